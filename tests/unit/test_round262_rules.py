"""General rules found in session 44's rounds and in the second-author corpora's fold day by day,
each tested on sentences of our own (never the rounds' sentences): the text, the theatre it is read
in, when it was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from schemas.events import CONTROL_EVENT_TYPES
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

AF_FRIDAY_LATER = "2021-08-20T11:00:00+04:30"  # Friday 20 Aug 2021, a week after Kandahar fell
AF_THURSDAY_LATER = "2021-08-19T15:00:00+04:30"  # Thursday 19 Aug 2021
AF_MONDAY = "2021-08-09T16:00:00+04:30"  # Monday 9 Aug 2021
AF_WEEKS_ON = "2021-08-27T09:00:00+04:30"  # Friday 27 Aug 2021
AF_MONDAY_AFTER = "2021-08-16T08:00:00+04:30"  # Monday 16 Aug 2021
SYRIA_FRIDAY_DEC = "2024-12-06T12:00:00+03:00"  # Friday 6 Dec 2024
SYRIA_SATURDAY_DEC = "2024-12-07T22:00:00+03:00"  # Saturday 7 Dec 2024
SYRIA_SUNDAY_DEC = "2024-12-08T14:00:00+03:00"  # Sunday 8 Dec 2024
SYRIA_THURSDAY_LATER = "2024-12-12T10:00:00+03:00"  # Thursday 12 Dec 2024

CASES = [
    # a clause opened by ", and now with ..." ends the verb's list of objects
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "The army lost Aleppo and Hama, and now with Daraa and Suwayda in the balance, the capital "
        "stands exposed.",
        {
            ("aleppo", "captured", "asserted", "2024-12-07"),
            ("hama", "captured", "asserted", "2024-12-07"),
        },
        id="a_fronted_with_ends_the_objects",
    ),
    # "With X lost, Y ...": the participle is X's, Y is the next clause's subject
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_DEC,
        "With Hama lost, Homs, some 45 km further south, is the last big city standing between the "
        "rebels and the capital.",
        {("hama", "captured", "asserted", "2024-12-06")},
        id="with_x_lost_then_another_capital",
    ),
    # a sentence naming a province of its own is set there, not in the city of the sentences before
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "The presidency said the president was at work in Damascus.\n\nStreet fighting was reported "
        "in the eastern districts of Homs by evening, a monitor said.",
        set(),
        id="a_named_province_sets_the_sentence",
    ),
    # one man walking into a city is no side taking it; fighters he tells of are (the second case
    # guards the rule's reach: it held before the rule too)
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "Crowds filled the streets of Damascus on Sunday.\n\nA young soldier from Latakia said he had "
        "thrown away his rifle before dawn and walked into the city on foot.",
        set(),
        id="one_person_walked_in",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "Her cousin lives in Tartus. He told her the fighters drove into the city on Sunday without "
        "a shot being fired.",
        {
            ("tartus", "captured", "asserted", "2024-12-08"),
            ("tartus", "surrendered", "asserted", "2024-12-08"),
        },
        id="fighters_he_tells_of_drove_in",
    ),
    # a party that says a city has not fallen, after a claimed entry, denies the fall
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_DEC,
        "Rebels said on Friday they had pushed into Homs, but an army officer insisted the city had "
        "not fallen.",
        {("homs", "entered", "claimed", "2024-12-06"), ("homs", "captured", "denied", "2024-12-06")},
        id="a_claimed_entry_then_a_fall_denied",
    ),
    # "the same Friday" is the Friday the text told, not the day of filing; nor does a past
    # perfect's "overnight" after that day move the story to the filing
    pytest.param(
        AF,
        AF_FRIDAY_LATER,
        "The handover came before dawn on Friday, Aug. 13, after the garrison had been flown out "
        "overnight.\n\nThe same Friday, Lashkar Gah had fallen to the insurgents too.",
        {("lashkar-gah", "captured", "asserted", "2021-08-13")},
        id="the_same_friday",
    ),
    # a list item's indefinite appositive, numbers and all, closes before the next item
    pytest.param(
        AF,
        AF_MONDAY,
        "On Sunday the Taliban seized Kunduz, a trading hub of some 370,000 people near the Tajik "
        "border, as well as Taloqan.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_list_items_indefinite_appositive",
    ),
    # held "since" a day, past the capital's appositive
    pytest.param(
        AF,
        AF_THURSDAY_LATER,
        "The Taliban have controlled Maymana, the capital of Faryab province, since last Saturday.",
        {("maymana", "captured", "asserted", "2021-08-14")},
        id="held_since_past_an_appositive",
    ),
    # the event a day was the eve of came the day after it
    pytest.param(
        AF,
        AF_WEEKS_ON,
        "Jalalabad was handed over on Aug. 14, the eve of the Taliban's takeover of Kabul.",
        {
            ("jalalabad", "surrendered", "asserted", "2021-08-14"),
            ("jalalabad", "captured", "asserted", "2021-08-14"),
            ("kabul", "captured", "asserted", "2021-08-15"),
        },
        id="the_eve_of_an_event",
    ),
    # "in Taliban hands since" with no verb: an absolute phrase tells the take and its day
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "With Kandahar in Taliban hands since Friday, the south had nothing left to defend.",
        {("kandahar", "captured", "asserted", "2021-08-13")},
        id="in_their_hands_since",
    ),
    # a gapped item dated "two days after that"
    pytest.param(
        SYRIA,
        SYRIA_THURSDAY_LATER,
        "Hama fell to the rebels on Dec. 5, and Homs two days after that.",
        {
            ("hama", "captured", "asserted", "2024-12-05"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="days_after_that",
    ),
    # a main clause after a fronted "N days after ..." is told against the day, not counted back
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "Just nine days after the Taliban seized their first provincial capital, their fighters are "
        "in control of Kabul.",
        {("kabul", "captured", "asserted", "2021-08-16")},
        id="a_main_clause_after_a_fronted_days_after",
    ),
    # inside "N days after ...", a capital's own day past its asides is its day
    pytest.param(
        AF,
        AF_WEEKS_ON,
        "Nine days after the Taliban seized their first provincial capital, Zaranj, on the Iranian "
        "border, on August 6, the government was gone.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="an_own_day_past_asides_inside_days_after",
    ),
    # "from the fall of X, on a day, to the fall of Y": the day is X's
    pytest.param(
        AF,
        AF_WEEKS_ON,
        "From the fall of Sheberghan, the second capital to go, on August 7, to the fall of "
        "Mazar-i-Sharif took a week.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("mazar-i-sharif", "captured", "asserted", "2021-08-27"),
        },
        id="from_the_fall_of_x_to_the_fall_of_y",
    ),
    # a pronoun that comes under attack a day before the fall: the attack is that day's
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "Gardez fell on Saturday, a day after it came under attack from three sides.",
        {
            ("gardez", "captured", "asserted", "2021-08-14"),
            ("gardez", "contested", "asserted", "2021-08-13"),
        },
        id="a_day_after_it_came_under_attack",
    ),
    # "two decades after" an invasion that drove them out: history
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "Taliban fighters took control of the presidential palace in Kabul on Sunday night, two decades "
        "after a U.S.-led invasion drove them from the city.",
        {("kabul", "captured", "asserted", "2021-08-15")},
        id="decades_after_a_us_led_invasion",
    ),
    # buses reaching a city carry people, not a side
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_DEC,
        "The first buses began reaching the edge of Raqqa before dawn on Thursday, carrying families "
        "from the north.",
        set(),
        id="buses_reaching_the_edge",
    ),
    # "under \"full control\" of": the quote marks change nothing
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY_DEC,
        'Late on Thursday a rebel commander said in a video that Hama was under "full control" of '
        "the fighters.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="under_quoted_full_control",
    ),
    # the administration building is a seat that governs the city: its takeover is the city's
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY_DEC,
        "In Douma, local fighters took over the police station and the administration building on "
        "Sunday as the army pulled out, residents said.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="the_administration_building",
    ),
    # a rejection that says what it rejects ("reports that Assad had left were false") leaves the
    # claims before it alone
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "In Suwayda, Druze armed groups said they had taken over the governorate building.\n\nIn "
        "Damascus, officials said reports that the president had left the country were false.",
        {("suwayda", "captured", "claimed", "2024-12-07")},
        id="a_rejection_of_other_news",
    ),
    # a province named as where people came from is no antecedent of "the city"
    pytest.param(
        AF,
        AF_MONDAY_AFTER,
        "Fighters stood at the gates of Kabul on Sunday.\n\nFamilies from Shomali and Parwan moved "
        "again, toward relatives in the old city.\n\nBy the afternoon the fighters were inside the city.",
        {("kabul", "contested", "asserted", "2021-08-15"), ("kabul", "entered", "asserted", "2021-08-15")},
        id="an_origin_province_is_no_antecedent",
    ),
    # "held all of it" takes the city "it" stands for; said by the side that holds it, a claim,
    # past the capital's appositive before "and said"
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY_DEC,
        "Rebel fighters pushed into Hama, the fourth-largest city, on Thursday and said hours later "
        "that they held all of it.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "claimed", "2024-12-05")},
        id="said_they_held_all_of_it",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_the_national_capital_named_in_passing_beside_several_leads(extractor: Extractor) -> None:
    """A story whose headline leads with two other capitals names Kabul as where a lawmaker spoke
    from: the governor's office taken next is the first lead's, not Kabul's."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-08-09T20:00:00+04:30"),
        title="Elders hand Aybak to Taliban; fighting reaches Pul-e Khumri",
        body="Elders handed Aybak to the Taliban on Monday after the governor agreed to pull his forces "
        'out, a lawmaker said.\n\n"The forces withdrew in the morning," the lawmaker said by phone '
        "from Kabul. Taliban fighters took over the governor's office shortly afterwards, he said.",
    )
    control = {(e.capital, e.type) for e in extractor.extract(article) if e.type in CONTROL_EVENT_TYPES}
    assert control == {("aybak", "captured"), ("aybak", "surrendered"), ("pul-e-khumri", "contested")}
