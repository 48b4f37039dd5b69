"""General rules found in session 21's unfitted rounds (picture and video desks, verification
desks, business copy) and in the corpora's remaining errors, each tested on sentences of our own
(never the rounds' sentences): the text, the theatre it is read in, when it was published, and
every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import control

AF_SATURDAY_NIGHT = "2021-08-14T23:00:00+04:30"  # Saturday 14 Aug 2021
AF_WEDNESDAY_NIGHT = "2021-08-11T20:30:00+04:30"  # Wednesday 11 Aug 2021
AF_THURSDAY_NIGHT = "2021-08-12T23:10:00+04:30"  # Thursday 12 Aug 2021
SYRIA_TUESDAY = "2024-12-03T12:00:00+03:00"  # Tuesday 3 Dec 2024

CASES = [
    # "said fell on Thursday": the day is the fall's, not the speech's
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents control Ghazni, which officials said fell on Thursday morning.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="a_day_after_said_and_a_verb_dates_the_verb",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban control Ghazni, which the militants said they captured on Thursday.",
        {("ghazni", "captured", "claimed", "2021-08-12")},
        id="said_they_captured_on_a_day_dates_the_capture",
    ),
    # an aside on the capital that tells its take dates the take the main clause reports as a state
    pytest.param(
        AF,
        AF_SATURDAY_NIGHT,
        (
            "A provincial council member confirmed that Pul-e Alam, which the Taliban said they "
            "captured on Friday, was under the insurgents' control."
        ),
        {("pul-e-alam", "captured", "asserted", "2021-08-13")},
        id="an_aside_telling_the_take_dates_the_state",
    ),
    # ... but an aside telling an entry comes before the state the sentence tells
    pytest.param(
        AF,
        AF_SATURDAY_NIGHT,
        (
            "Officials said on Saturday that Qala-e Naw, which the Taliban entered on Thursday, "
            "was in the insurgents' hands."
        ),
        {
            ("qala-e-naw", "entered", "asserted", "2021-08-12"),
            ("qala-e-naw", "captured", "asserted", "2021-08-14"),
        },
        id="an_aside_telling_an_entry_does_not_date_the_state",
    ),
    # two asides in a chain: the second's day is its own, not the main clause's
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban, who now hold Kunduz, which fell to them on Sunday, are advancing on Mazar-i-Sharif.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("mazar-i-sharif", "contested", "asserted", "2021-08-13"),
        },
        id="a_chain_of_asides_keeps_its_day",
    ),
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "The rebels, who have taken Aleppo, which fell to them on Saturday, are racing south.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="a_chain_of_asides_dates_the_take_in_it",
    ),
    # a fact box's bulleted item headed by a name in capitals, its sentence with no subject
    pytest.param(
        AF,
        AF_WEDNESDAY_NIGHT,
        (
            "Here are some facts about the capitals the insurgents have taken:\n\n"
            "* SHEBERGHAN (Jowzjan) - Taken on Saturday, Aug. 7. Government troops pulled back to "
            "the airport.\n\n"
            "* FAIZABAD (Badakhshan) - Fell on Wednesday, Aug. 11, the ninth capital to go."
        ),
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
        },
        id="a_bulleted_item_in_capitals_is_its_sentences_subject",
    ),
    # a map's lists: items with no bullet in plain case, the heading's date for undated ones
    pytest.param(
        AF,
        AF_THURSDAY_NIGHT,
        (
            "CAPITALS UNDER TALIBAN CONTROL:\n"
            "Farah (Farah) - Aug. 10\n"
            "Pul-e Khumri (Baghlan) - Aug. 10\n\n"
            "UNDER ATTACK, AUG. 12:\n"
            "Kandahar (Kandahar)\n"
            "Lashkar Gah (Helmand)"
        ),
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            ("kandahar", "contested", "asserted", "2021-08-12"),
            ("lashkar-gah", "contested", "asserted", "2021-08-12"),
        },
        id="a_bare_list_under_a_heading_with_its_day",
    ),
    # a partisan source speaks for its side: its word on the side's gains is a claim
    pytest.param(
        AF,
        FRIDAY,
        (
            "Pro-Taliban accounts said on Friday that fighters had captured Lashkar Gah.\n\n"
            "Government supporters posted that commandos had cleared Herat."
        ),
        {
            ("lashkar-gah", "captured", "claimed", "2021-08-13"),
            ("herat", "retaken", "claimed", "2021-08-13"),
        },
        id="a_partisan_source_claims_for_its_side",
    ),
    # a viral graphic or caption "saying" a city fell is a claim, and so is what no one has confirmed
    pytest.param(
        AF,
        FRIDAY,
        (
            'A graphic declaring that "Lashkar Gah is under the full control of the Islamic Emirate" '
            "circulated widely on Friday.\n\n"
            "The photographs look recent, but no one outside the group has confirmed that Kunduz is in "
            "their hands."
        ),
        {
            ("lashkar-gah", "captured", "claimed", "2021-08-13"),
            ("kunduz", "captured", "claimed", "2021-08-13"),
        },
        id="a_viral_graphic_and_an_unconfirmed_take_are_claims",
    ),
    # a fact check's verdict on the claim line before it
    pytest.param(
        AF,
        FRIDAY,
        (
            "CLAIM: Lashkar Gah has fallen to the Taliban.\nVERDICT: FALSE\n\n"
            "CLAIM: The Taliban have captured Ghazni.\nVERDICT: TRUE\n\n"
            "CLAIM: Government forces have driven the Taliban out of Herat.\nVERDICT: PARTLY TRUE"
        ),
        {
            ("lashkar-gah", "captured", "claimed", "2021-08-13"),
            ("lashkar-gah", "captured", "denied", "2021-08-13"),
            ("ghazni", "captured", "claimed", "2021-08-13"),
            ("ghazni", "captured", "asserted", "2021-08-13"),
            ("herat", "retaken", "claimed", "2021-08-13"),
        },
        id="a_fact_checks_verdict_rules_on_its_claim",
    ),
    # "most of the city's police districts": a part of the city the sentence before named
    pytest.param(
        AF,
        FRIDAY,
        (
            "The Taliban pushed deeper into Lashkar Gah on Friday. A council member said most of the "
            "city's police districts were now in the hands of the insurgents."
        ),
        {
            ("lashkar-gah", "entered", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "partial", "2021-08-13"),
        },
        id="most_of_the_citys_districts_is_a_partial_take",
    ),
    # an undated event told in the simple past in the paragraph of a dated one: on its day
    pytest.param(
        AF,
        "2021-08-15T11:10:00+04:30",
        (
            "The north was not the only region to collapse on Saturday. The Taliban took Maymana, "
            "officials said. In Paktika, Sharana was handed over to the insurgents under a deal.\n\n"
            "The insurgents have also taken Khost."
        ),
        {
            ("maymana", "captured", "asserted", "2021-08-14"),
            ("sharana", "captured", "asserted", "2021-08-14"),
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("khost", "captured", "asserted", "2021-08-15"),
        },
        id="an_undated_past_event_takes_its_paragraphs_day",
    ),
    # ... not after a past perfect's day or a relative clause's, nor in the present perfect
    pytest.param(
        AF,
        "2021-08-15T01:40:00+04:30",
        (
            "A council member confirmed on Saturday that Pul-e-Alam had fallen on Friday. Fighters "
            "also attacked Maidan Shahr, officials said.\n\n"
            "Local groups who took over Daraa on Friday pushed north. Fighters also attacked Gardez."
        ),
        {
            ("pul-e-alam", "captured", "asserted", "2021-08-13"),
            ("maidan-shahr", "contested", "asserted", "2021-08-15"),
            ("gardez", "contested", "asserted", "2021-08-15"),
        },
        id="a_past_perfects_or_relatives_day_is_no_paragraphs_day",
    ),
    # "the first time ... since troops recaptured it in 2016": the year measures the news, it is no history
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        (
            "Rebels broke into Aleppo on Friday. The rebels seized most of the city on Saturday, a war "
            "monitor said, the first time forces opposed to President Bashar al-Assad have held ground "
            "in Aleppo since troops recaptured its eastern half in 2016."
        ),
        {
            ("aleppo", "entered", "asserted", "2024-11-29"),
            ("aleppo", "captured", "partial", "2024-11-30"),
        },
        id="a_first_time_since_a_year_is_no_history",
    ),
    # a province placing another town is not the capital "the town" stands for
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        (
            "Fighters ride through Maarat al-Numan, in the south of Idlib province, on November 30, "
            "after the rebels took the town on the M5 highway."
        ),
        set(),
        id="a_province_placing_a_town_is_not_its_capital",
    ),
    # a claim told after a semicolon is another statement; "a negotiated army withdrawal" is a deal;
    # "push to the edge of" in a timeline's present
    pytest.param(
        SYRIA,
        "2024-12-10T18:00:00+03:00",
        (
            "DEC 3 - Fierce fighting on Hama's northern outskirts; the army claims heavy rebel losses.\n\n"
            "DEC 6 - In the south, local factions take over Daraa after a negotiated army withdrawal.\n\n"
            "DEC 7 - Fighters from the south push to the edge of Damascus."
        ),
        {
            ("hama", "contested", "asserted", "2024-12-03"),
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("daraa", "surrendered", "asserted", "2024-12-06"),
            ("damascus", "contested", "asserted", "2024-12-07"),
        },
        id="a_timelines_claim_after_a_semicolon_deal_and_push",
    ),
    # a verdict that ends a paragraph rules on the paragraph's claims; "driving ... back out of";
    # "taken together" takes nothing
    pytest.param(
        SYRIA,
        "2024-11-29T22:40:00+03:00",
        (
            "Taken together, the footage leaves little doubt: rebels broke into western Aleppo on Friday.\n\n"
            "Pro-government pages shared a video which, they said, showed troops driving the militants "
            "back out of Aleppo. The clip is old. Verdict: FALSE."
        ),
        {
            ("aleppo", "entered", "asserted", "2024-11-29"),
            ("aleppo", "retaken", "claimed", "2024-11-29"),
            ("aleppo", "retaken", "denied", "2024-11-29"),
        },
        id="a_verdict_ending_a_paragraph_rules_on_its_claims",
    ),
    # "four days after rebels seized Aleppo, on Saturday,": the day set off by commas is the take's;
    # "fell the night before"
    pytest.param(
        SYRIA,
        "2024-12-08T12:00:00+03:00",
        (
            "The visit comes four days after rebels seized Aleppo, on Saturday, in a lightning advance.\n\n"
            "Damascus fell on Sunday. Homs fell the night before."
        ),
        {
            ("aleppo", "captured", "asserted", "2024-12-07"),
            ("damascus", "captured", "asserted", "2024-12-08"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="a_day_set_off_after_the_object_and_the_night_before",
    ),
    # a bare "the capital" after the one province its sentence names is that province's seat (not
    # one people came from); "the Afghan presidential palace"
    pytest.param(
        AF,
        FRIDAY,
        (
            "A member of the Farah provincial council said on Tuesday that the capital had fallen.\n\n"
            "Fighters from Logar province pushed into the outskirts of the capital on Friday.\n\n"
            "Taliban fighters took control of the Afghan presidential palace in Kabul on Friday."
        ),
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("kabul", "entered", "asserted", "2021-08-13"),
            ("kabul", "captured", "asserted", "2021-08-13"),
        },
        id="the_capital_after_a_province_is_its_seat",
    ),
    # "villages in southern Idlib": the province's quarter, not the city
    pytest.param(
        SYRIA,
        SYRIA_TUESDAY,
        "A rebel spokesman said government artillery had been shelling villages in southern Idlib.",
        set(),
        id="villages_in_a_provinces_quarter_are_not_its_capital",
    ),
    # a retrospective filed a year on: a day and month with no year is the campaign's; "the battle
    # for X was one of the ..." characterises a past; "it is ours" in a returnee's quote takes nothing
    pytest.param(
        SYRIA,
        "2025-12-05T12:00:00+03:00",
        (
            "This day last year: on 5 December, rebels took Hama. Aleppo had fallen on November 30.\n\n"
            'The battle for Aleppo was one of the defining episodes of the war. "There is no water, '
            'but it is ours," said a mother who came back to Aleppo.'
        ),
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("aleppo", "captured", "asserted", "2024-11-30"),
        },
        id="a_retrospectives_yearless_days_are_the_campaigns",
    ),
    # "a year ago today"; a look back pinned by a date with its year: "overnight" is the night before
    # the day it stands on
    pytest.param(
        AF,
        "2022-08-06T07:00:00+04:30",
        (
            "A year ago today Zaranj became the first provincial capital to fall to the Taliban.\n\n"
            "On the morning of 15 August 2021, the people of Kabul woke to news from the east. "
            "Overnight, elders in Jalalabad had handed the city to the Taliban without a fight."
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="a_year_ago_today_and_overnight_in_a_look_back",
    ),
    # a day with no year read as after the campaign is another war's
    pytest.param(
        AF,
        "2021-11-13T08:00:00+04:30",
        (
            "Twenty years ago, on 13 November 2001, Northern Alliance fighters drove into the city. "
            "Then, on 9 November, forces loyal to Dostum took Mazar-i-Sharif."
        ),
        set(),
        id="a_day_after_the_campaign_is_another_wars",
    ),
    # a history paragraph stays history past yearless days after the campaign ("on 12 November",
    # "in the last week of November", filed in November 2021)
    pytest.param(
        AF,
        "2021-11-13T08:00:00+04:30",
        (
            "American bombing began on 7 October 2001. Ismail Khan returned to Herat on 12 November.\n\n"
            "The fall of Kabul was followed by the siege of Kunduz, where fighters surrendered in the "
            "last week of November."
        ),
        set(),
        id="a_history_paragraph_past_the_campaigns_end",
    ),
    # a day in a time clause ("after elders met them on Saturday night") is no day for the paragraph
    pytest.param(
        AF,
        "2021-08-15T11:50:00+04:30",
        (
            "A council member said the governor had agreed to leave Khost after elders met Taliban "
            "commanders on Saturday night. The governor left, and the Taliban took control of the city."
        ),
        {("khost", "captured", "asserted", "2021-08-15")},
        id="a_time_clauses_day_is_no_paragraphs_day",
    ),
    # briefings: "cannot confirm reports that" is no confirmation; "within the next day or two" dates
    # nothing; "fighting on Friday to hold X, Y and Z"; an aside's own day against a later year
    pytest.param(
        AF,
        "2021-08-13T03:40:00+04:30",
        (
            "The State Department said it cannot confirm reports that anti-Taliban fighters retook "
            "Charikar.\n\n"
            "Troops will fly in within the next day or two, the Pentagon said on Thursday, on a day "
            "the Taliban took Ghazni.\n\n"
            "Afghan forces were fighting on Thursday to hold Lashkar Gah, Kandahar and Herat.\n\n"
            "Kunduz, which fell on Sunday, was home to a German base until 2013."
        ),
        {
            ("charikar", "retaken", "claimed", "2021-08-13"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("lashkar-gah", "contested", "asserted", "2021-08-12"),
            ("kandahar", "contested", "asserted", "2021-08-12"),
            ("herat", "contested", "asserted", "2021-08-12"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
        },
        id="a_briefings_hedges_and_an_asides_own_day",
    ),
    # "went on to take" is a past take, not an aim; "X in neighbouring Helmand" places X
    pytest.param(
        AF,
        "2021-08-20T12:00:00+04:30",
        (
            "Fighters went on to take Herat on Aug. 12 and Kandahar a day later.\n\n"
            "On Aug. 13, Lashkar Gah in neighbouring Helmand was handed over to the insurgents."
        ),
        {
            ("herat", "captured", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
        },
        id="went_on_to_take_and_a_neighbouring_province",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_list_headed_only_by_its_kind_takes_the_titles_event(extractor: Extractor) -> None:
    """ "TIMELINE (capital, province):" says only what the list is; the title says what happened
    to the capitals ("How the provincial capitals fell"). An item's note on one capital of a
    line tells its handover, not the others' ("Sharana (Paktika), handed over by agreement;
    Asadabad (Kunar)"), and "without a fight" is a handover, not a negation."""
    body = (
        "TIMELINE (capital, province):\n"
        "Aug. 6 - Zaranj (Nimroz), taken without a fight\n"
        "Aug. 14 - Sharana (Paktika), handed over by agreement; Asadabad (Kunar); Maymana (Faryab)"
    )
    title = "How the provincial capitals fell, Aug. 6-15"
    assert control(extractor, body, title=title, published="2021-08-16T11:00:00+04:30") == {
        ("zaranj", "captured", "asserted", "2021-08-06"),
        ("zaranj", "surrendered", "asserted", "2021-08-06"),
        ("sharana", "captured", "asserted", "2021-08-14"),
        ("sharana", "surrendered", "asserted", "2021-08-14"),
        ("asadabad", "captured", "asserted", "2021-08-14"),
        ("maymana", "captured", "asserted", "2021-08-14"),
    }
    # under a title that tells no event the same list is no list of falls: its bare items tell
    # nothing (an item's own participle still tells its take: "Zaranj (Nimroz), taken ...")
    neutral = control(extractor, body, title="Afghanistan's provinces", published="2021-08-16T11:00:00+04:30")
    assert not {event for event in neutral if event[0] in ("asadabad", "maymana")}
