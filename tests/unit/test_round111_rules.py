"""General rules found in session 28's rounds (fact-checks and verification desks; official and
legal records: parliamentary debates, hearings, written answers, tribunal decisions), each tested
on sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

SYRIA_FRIDAY = "2024-12-06T20:00:00+03:00"  # Friday 6 Dec 2024
AF_WEDNESDAY = "2021-08-18T20:00:00+04:30"  # Wednesday 18 Aug 2021

CASES = [
    # "the provincial capital of the same name": the province just named
    pytest.param(
        AF,
        FRIDAY,
        "An MP from Ghazni province said insurgents had seized the provincial capital of the same name.",
        {("ghazni", "captured", "asserted", "2021-08-13")},
        id="the_capital_of_the_same_name_is_the_provinces",
    ),
    # a list of capitals opened by a dash, as by a colon
    pytest.param(
        AF,
        FRIDAY,
        "The insurgents have taken five provincial capitals — Zaranj on Friday, Sheberghan on Saturday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
        },
        id="a_list_opened_by_a_dash",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban have taken two capitals — a heavy blow for Kabul — and fighting goes on near Herat.",
        {("herat", "contested", "asserted", "2021-08-13")},
        id="guard_a_dashed_aside_is_no_list",
    ),
    # a partial fall told of "the provincial capital, X"
    pytest.param(
        AF,
        FRIDAY,
        "Fighters had overrun large parts of the provincial capital, Ghazni, by Thursday night.",
        {("ghazni", "captured", "partial", "2021-08-12")},
        id="parts_of_the_provincial_capital_comma_name",
    ),
    # "hon." is no sentence's end, and a question asking the hearer to agree asserts its content
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Does the hon. Lady agree that the fall of Kunduz on Sunday the 8th was the turning point?",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="a_question_asking_agreement_asserts",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Will the Minister tell the House whether Kunduz has fallen?",
        set(),
        id="guard_a_real_question_stays_open",
    ),
    # an absolute construction opening a list after a dash or a colon
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "It went quickly: Ghazni taken last Thursday, Kandahar gone the next day.",
        {
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="a_participle_after_a_colon_is_the_items_own",
    ),
    # "had all gone within hours", "had gone by Sunday"
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "By that evening Aybak and Taloqan had all gone within a few hours of each other.",
        {
            ("aybak", "captured", "asserted", "2021-08-18"),
            ("taloqan", "captured", "asserted", "2021-08-18"),
        },
        id="had_all_gone_within_hours",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "The governor's staff in Aybak had all gone by Sunday.",
        set(),
        id="guard_people_who_had_gone",
    ),
    # "the Friday before last"
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Insurgents broke into Lashkar Gah on the Friday before last.",
        {("lashkar-gah", "entered", "asserted", "2021-08-06")},
        id="the_weekday_before_last",
    ),
    # "X having fallen" is X's fall
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "With Maymana having fallen on Saturday, the north-west was lost.",
        {("maymana", "captured", "asserted", "2021-08-14")},
        id="having_fallen_is_a_fall",
    ),
    # every capital except X: X is left out
    pytest.param(
        AF,
        "2021-08-20T20:00:00+04:30",
        "By then every provincial capital other than Bazarak was held by the Taliban.",
        set(),
        id="every_capital_except_one_leaves_it_out",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Most of the cities held out, but Qalat fell on Friday.",
        {("qalat", "captured", "asserted", "2021-08-13")},
        id="guard_a_but_clause_is_no_exception",
    ),
    # air missions over a city are no fight for it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Russian aircraft flew combat sorties over Hama throughout Friday.",
        set(),
        id="combat_sorties_over_a_city_are_no_fight",
    ),
    # a sentence's opening clause of time stands outside the claim its main clause tells of
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Ever since rebels pushed into Hama on Thursday, state television has aired claims of a counter-attack.",
        {("hama", "entered", "asserted", "2024-12-05")},
        id="a_since_clause_stands_outside_a_claim",
    ),
    # a scare-quoted verb before "the city of X"
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The rebel command said its units had 'liberated' the city of Hama on Thursday.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="a_scare_quoted_verb_before_the_city_of",
    ),
    # an aside on when a statement came out, between it and its verb
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "A statement by the rebels' operations room, issued late on Thursday, said its fighters had taken Hama.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="a_statement_past_its_issued_aside",
    ),
    # a place that is no capital, named with the subject
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Douma and Harasta changed hands on Thursday night.",
        {("douma", "captured", "asserted", "2024-12-05")},
        id="a_town_named_with_the_subject",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The army abandoned Deir ez-Zor and the SDF moved in on Friday.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},  # the city the army left, no town "SDF"
        id="guard_a_side_after_and_is_no_town",
    ),
    # a caption posted by no side named is a rumour; one a side posted is its claim
    pytest.param(
        AF,
        FRIDAY,
        'A clip went viral on Thursday with the caption "Taloqan is now in the hands of the mujahideen".',
        set(),
        id="a_caption_of_no_side_is_a_rumour",
    ),
    pytest.param(
        AF,
        FRIDAY,
        'The Taliban shared a photo on Thursday with the caption "Our fighters have taken Taloqan".',
        {("taloqan", "captured", "claimed", "2021-08-12")},
        id="a_sides_caption_is_its_claim",
    ),
    # troops pushing attackers back from a city's edges: a fight, no retake
    pytest.param(
        AF,
        FRIDAY,
        "Lashkar Gah came under attack on Friday. Commandos pushed the insurgents back from its eastern edges.",
        {("lashkar-gah", "contested", "asserted", "2021-08-13")},
        id="pushed_back_from_its_edges_is_a_fight",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Commandos pushed the insurgents back from Kunduz's western outskirts on Friday.",
        {("kunduz", "contested", "asserted", "2021-08-13")},
        id="pushed_back_from_a_citys_outskirts_is_a_fight",
    ),
    # a report said to be lacking, far from its negation
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Monitors have not, so far, received any reports of clashes in Hama since Thursday.",
        set(),
        id="not_any_reports_of_clashes",
    ),
    # "on the 6th" after a day told: that day's month, and "the 6th after ..."
    pytest.param(
        SYRIA,
        "2025-02-20T12:00:00+03:00",
        "Homs fell on 7 December. Tartus was handed to the factions on the 8th after the army left.",
        {
            ("homs", "captured", "asserted", "2024-12-07"),
            ("tartus", "surrendered", "asserted", "2024-12-08"),
            ("tartus", "captured", "asserted", "2024-12-08"),
        },
        id="a_day_of_the_month_in_the_month_told",
    ),
    # storming a base in a city is not entering the city; an attack on one is a fight for it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Gunmen stormed the old French naval barracks in Latakia on Friday.",
        set(),
        id="storming_a_post_in_a_city_is_no_entry",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Insurgents attacked the police headquarters in Ghazni on Friday.",
        {("ghazni", "contested", "asserted", "2021-08-13")},
        id="guard_an_attack_on_a_post_in_a_city_is_a_fight",
    ),
    # a reference entry's head names the city its "the city" is, over the whole entry
    pytest.param(
        SYRIA,
        "2025-03-01T12:00:00+03:00",
        (
            "Hama (Hamah). Fourth city; pop. c. 0.9 mn. Norias on the Orontes. Scene of the 1982 "
            "massacre. Site of mass protests in 2011. Opposition forces took the city on 5 Dec. 2024."
        ),
        {("hama", "captured", "asserted", "2024-12-05")},
        id="a_reference_entrys_head_is_its_city",
    ),
    pytest.param(
        AF,
        "2022-08-15T12:00:00+04:30",
        (
            "Khost. Capital of Khost province; home of the Khost Protection Force, whose men were "
            "flown out of Kabul in August. The city was taken on 15 August 2021."
        ),
        {("khost", "captured", "asserted", "2021-08-15")},
        id="an_entrys_city_over_the_national_capital_in_passing",
    ),
    pytest.param(
        AF,
        "2022-08-15T12:00:00+04:30",
        "Sharana. Capital of Paktika. Handed over to the Taliban by agreement on 14 August 2021.",
        {
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("sharana", "captured", "asserted", "2021-08-14"),
        },
        id="an_entrys_subjectless_handover",
    ),
    # "the same day as X": X fell that day too
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Qalat fell on Friday, the same day as Tarinkot.",
        {
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("tarinkot", "captured", "asserted", "2021-08-13"),
        },
        id="the_same_day_as_x",
    ),
    # "the third capital lost, following X and Y": the ones that fell before it
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Taloqan was the fourth capital lost by the government, after Zaranj and Sheberghan.",
        {
            ("taloqan", "captured", "asserted", "2021-08-18"),
            ("zaranj", "captured", "asserted", "2021-08-18"),
            ("sheberghan", "captured", "asserted", "2021-08-18"),
        },
        id="an_ordinal_loss_after_others",
    ),
    # a list item placed by an appositive that names another capital
    pytest.param(
        AF,
        "2021-08-15T21:00:00+04:30",
        "Fighters took Gardez, the capital of Paktia province just south of Kabul, and Khost on Sunday.",
        {
            ("gardez", "captured", "asserted", "2021-08-15"),
            ("khost", "captured", "asserted", "2021-08-15"),
        },
        id="a_list_item_past_a_placed_appositive",
    ),
    # the holder's forces driving the attackers out, with no place named: a retake of the city entered
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "On August 3 insurgents broke into Lashkar Gah before army commandos pushed them out the next day.",
        {
            ("lashkar-gah", "entered", "asserted", "2021-08-03"),
            ("lashkar-gah", "retaken", "asserted", "2021-08-04"),
        },
        id="drove_them_out_after_an_entry_is_a_retake",
    ),
    pytest.param(
        AF,
        AF_WEDNESDAY,
        "Insurgents seized Ghazni in 2018 before government forces drove them out.",
        set(),
        id="guard_drove_them_out_in_history",
    ),
    # a headline's next clause with its own verb of speech takes no place from the first's verb
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rebels storm into Hama, say they are tightening the noose around Homs",
        {("hama", "entered", "asserted", "2024-12-06")},
        id="a_headlines_said_clause_is_its_own",
    ),
    # an "HTS-led" speaker is the rebels', also after the day that introduces it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "Early on Friday an officer of the HTS-led command said its units had captured Hama. "
            "The defence ministry denied the claim."
        ),
        {("hama", "captured", "denied", "2024-12-06")},
        id="an_hts_led_speaker_claims",
    ),
    # a cue in single quotes ("had fallen 'without a fight'"), as in double ones
    pytest.param(
        AF,
        FRIDAY,
        "An official told reporters that Zaranj had fallen 'without a fight' on Friday.",
        {
            ("zaranj", "captured", "asserted", "2021-08-13"),
            ("zaranj", "surrendered", "asserted", "2021-08-13"),
        },
        id="a_cue_in_single_quotes",
    ),
    # machine-translated Arabic: "announced, yesterday Friday, their control of the city of X",
    # "their entry to the city of X", "a large attack of the terrorist organisations on X"
    pytest.param(
        SYRIA,
        "2024-12-07T09:00:00+03:00",
        "Local factions announced, yesterday Friday, their control of the city of Deraa.",
        {("daraa", "captured", "claimed", "2024-12-06")},
        id="announced_their_control_of",
    ),
    pytest.param(
        SYRIA,
        "2024-11-29T21:00:00+03:00",
        "A military source denied what the pages of the terrorists circulated about their entry to the city of Aleppo.",
        {("aleppo", "entered", "denied", "2024-11-29")},
        id="their_entry_to_the_city",
    ),
    pytest.param(
        SYRIA,
        "2024-11-29T21:00:00+03:00",
        "The units of our armed forces are repelling an attack of the terrorist groups on the edges of the city of Aleppo.",
        {("aleppo", "contested", "asserted", "2024-11-29")},
        id="an_attack_of_a_side_on_a_city_told_by_its_holder",
    ),
    # defence trade copy: an item head with its day after the capital ("Aybak (Samangan) - 09 Aug:")
    # or before it ("Aug 9 - Aybak (Samangan):"), "PC" for the provincial capital, "were all in TB hands"
    pytest.param(
        AF,
        "2021-08-09T23:00:00+04:30",
        "A rundown.\n\nAybak (Samangan) - 09 Aug: Handed over to TB today without a fight.",
        {
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("aybak", "captured", "asserted", "2021-08-09"),
        },
        id="an_item_head_with_its_day_after_the_capital",
    ),
    pytest.param(
        AF,
        "2021-08-09T23:00:00+04:30",
        "A rundown.\n\nSheberghan (Jowzjan) - 07 Aug: PC fell to TB on Saturday afternoon.",
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="pc_is_the_provincial_capital",
    ),
    pytest.param(
        AF,
        "2021-08-16T09:00:00+04:30",
        "Khost, Bamyan and Charikar (Parwan) were all in TB hands by midday on Sunday.",
        {
            ("khost", "captured", "asserted", "2021-08-15"),
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("charikar", "captured", "asserted", "2021-08-15"),
        },
        id="were_all_in_their_hands",
    ),
    # a military clock entry ("0500-0800:") is an entry of the day told before it
    pytest.param(
        AF,
        "2021-08-16T09:00:00+04:30",
        "A reconstruction of Sunday 15 AUG follows.\n\n0500-0800: Jalalabad was handed over to TB at dawn.",
        {
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
        },
        id="a_military_clock_entry",
    ),
    # machine-translated Dari and Pashto: "have fallen ... since yesterday", a list whose items
    # carry their own days before the verb, "took the control of the Presidential Palace"
    pytest.param(
        AF,
        "2021-08-14T09:00:00+04:30",
        "Two more provincial centres, Qalat of Zabul and Tirinkot of Uruzgan, have fallen to the Taliban since yesterday.",
        {
            ("qalat", "captured", "asserted", "2021-08-13"),
            ("tarinkot", "captured", "asserted", "2021-08-13"),
        },
        id="have_fallen_since_yesterday",
    ),
    pytest.param(
        AF,
        "2021-08-12T09:00:00+04:30",
        "Farah on Tuesday and Faizabad on Wednesday were taken by the Taliban.",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
        },
        id="list_items_with_their_own_days",
    ),
    pytest.param(
        AF,
        "2021-08-12T09:00:00+04:30",
        "In Kunduz, soldiers who had held out at the airport since the Taliban overran the city on Sunday surrendered.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="guard_a_day_preposition_outside_a_list",
    ),
    pytest.param(
        AF,
        "2021-08-16T12:00:00+04:30",
        "The fighters of the Taliban in the evening of Sunday took the control of the Presidential Palace (Arg).",
        {("kabul", "captured", "asserted", "2021-08-15")},
        id="took_the_control_of_the_palace",
    ),
    # a negation that opens a single quote ("was 'not under threat'")
    pytest.param(
        AF,
        FRIDAY,
        "An officer in Faizabad said the city was 'not under attack' and the roads were open.",
        set(),
        id="a_negation_in_single_quotes",
    ),
    # "the city" after "the city of <a town>" is that town
    pytest.param(
        SYRIA,
        "2024-12-11T15:00:00+03:00",
        (
            "Raqqa residents celebrated. A truce was reached in the city of Manbij after Turkish-backed "
            "factions took control of the city last week."
        ),
        set(),
        id="the_city_after_the_city_of_a_town",
    ),
    # "consolidated control of", and "X falls — ..." before a headline's dash
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The MOC consolidated control of Hama city on 05 DEC.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="consolidated_control_of",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Hama falls — army confirms it has left the city",
        {("hama", "captured", "asserted", "2024-12-06")},
        id="falls_before_a_dash",
    ),
    # "the city" past a relative aside on the subject that names another capital
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Former rebels in Quneitra, who had made peace with Damascus in 2018, took over the city on Friday.",
        {("quneitra", "captured", "asserted", "2024-12-06")},
        id="the_city_past_a_relative_aside",
    ),
    # a capital's name in a list of provinces is the province
    pytest.param(
        AF,
        FRIDAY,
        "Families fled the provinces of Badghis, Faryab and Kunduz, where fighting has raged for weeks.",
        set(),
        id="a_list_of_provinces",
    ),
    # fighting a take came after, however brief, is the take's story
    pytest.param(
        AF,
        FRIDAY,
        "In Qalat, the insurgents took the governor's office after brief fighting on Friday.",
        {("qalat", "captured", "asserted", "2021-08-13")},
        id="after_brief_fighting_is_the_takes_story",
    ),
    # a quoted label of a video is no news; accounts that present a clip "as proof that" claim
    pytest.param(
        AF,
        FRIDAY,
        "Clashes reached the outskirts of Ghazni on Friday, but the viral 'fall of the city' clip shows another town.",
        {("ghazni", "contested", "asserted", "2021-08-13")},
        id="a_quoted_label_of_a_video",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "Pro-Taliban accounts presented the clip as proof that Ghazni had been taken on Friday.",
        {("ghazni", "captured", "claimed", "2021-08-13")},
        id="presented_as_proof_that",
    ),
    # a reference entry's own sentences are set in its city: an entry with no object
    pytest.param(
        SYRIA,
        "2025-03-01T12:00:00+03:00",
        "Hama (Hamah). Fourth city; pop. c. 0.9 mn. Opposition forces entered on 5 Dec. 2024.",
        {("hama", "entered", "asserted", "2024-12-05")},
        id="an_entrys_bare_entry",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rebels massed north of the town. Opposition forces entered on Friday.",
        set(),
        id="guard_a_bare_entry_outside_an_entry",
    ),
    # a claim quoted and tagged by a fact check ("— OLD FOOTAGE"); a take told again as what was more than it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        '2. "Rebels have entered Homs" — FALSE',
        set(),
        id="a_quoted_claim_tagged_false",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "When the rebels took Hama on Thursday, two days after the army's lines broke, they did more than take Syria's fourth city.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="did_more_than_take",
    ),
]


def test_an_undated_take_is_dated_where_the_text_tells_it(syria_extractor: Extractor) -> None:
    """A headline's take with no day of its own, filed the morning after, is dated by the one day
    the body gives the same take, even in another voice (a side's announcement)."""
    article = Article(
        id="d",
        published_at=datetime.fromisoformat("2024-12-07T09:15:00+03:00"),
        title="Local factions take control of Deraa after an agreement",
        body="Local factions announced, yesterday Friday, their control of the city of Deraa.",
    )
    days = {
        (e.type, e.modality, e.event_time.date().isoformat())
        for e in syria_extractor.extract(article)
        if e.capital == "daraa"
    }
    assert days == {
        ("captured", "asserted", "2024-12-06"),
        ("surrendered", "asserted", "2024-12-06"),
        ("captured", "claimed", "2024-12-06"),
    }


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def _control(extractor: Extractor, body: str, published: str) -> set[tuple[str, str, str]]:
    article = Article(id="fc", published_at=datetime.fromisoformat(published), title=None, body=body)
    return {
        (e.capital, e.type, e.modality)
        for e in extractor.extract(article)
        if e.capital and e.type != "airstrike"
    }


def test_a_claim_line_with_no_side_as_its_source_is_a_rumour(syria_extractor: Extractor) -> None:
    """A fact check's claim line whose note names no side ("Video shared on Facebook") tells a
    rumour: nothing, whatever the verdict; one whose note names a side is that side's claim, over
    every sentence of the line, and a false verdict denies it."""
    body = (
        'CLAIM: "Rebel fighters enter Homs. The city is theirs." (Video shared on TikTok, Thursday)\n\n'
        "VERDICT: False\n\n"
        'CLAIM: "Glory to our army. The terrorists were driven out of Hama." (Pro-government Telegram '
        "channels, Thursday)\n\n"
        "VERDICT: False"
    )
    assert _control(syria_extractor, body, SYRIA_FRIDAY) == {
        ("hama", "retaken", "claimed"),
        ("hama", "retaken", "denied"),
    }


def test_a_sitrep_section_headed_in_capitals_sets_its_city(extractor: Extractor) -> None:
    """A situation report's paragraph headed by a place in capital letters and a colon
    ("LASHKAR GAH (HELMAND): Bad day.") is set in that city: its "the city centre"."""
    article = Article(
        id="s",
        published_at=datetime.fromisoformat("2021-08-03T21:45:00+04:30"),
        title="SITREP 03 AUG 21: Lashkar Gah, Herat, Kandahar",
        body=(
            "LASHKAR GAH (HELMAND): Bad day. TB fighters, who pushed into the city centre on Sunday "
            "01 AUG, are now fighting around the governor's compound.\n\nHERAT: Fighting continues."
        ),
    )
    found = {
        (e.capital, e.type, e.event_time.date().isoformat()) for e in extractor.extract(article) if e.capital
    }
    assert ("lashkar-gah", "entered", "2021-08-01") in found
