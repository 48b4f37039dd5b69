"""General rules found in session 27's rounds (an agency's fast copy: urgent alerts, write-throughs
and corrections; humanitarian and economic news touching the offensive; video scripts and photo
packages; interviews as question-and-answer transcripts), each tested on sentences
of our own (never the rounds' sentences): the text, the theatre it is read in, when it was
published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

SYRIA_FRIDAY = "2024-12-06T20:00:00+03:00"  # Friday 6 Dec 2024
AF_MONDAY = "2021-08-09T20:00:00+04:30"  # Monday 9 Aug 2021

CASES = [
    # districts named by two directions are the city's, not the province's
    pytest.param(
        AF,
        FRIDAY,
        "Insurgents pushed into the southern and western districts of Kunduz on Sunday.",
        {("kunduz", "entered", "asserted", "2021-08-08")},
        id="districts_of_two_directions_are_the_citys",
    ),
    # a seat of power listed after the posts taken with it
    pytest.param(
        AF,
        FRIDAY,
        "In Sar-e Pul, fighters took over police posts and the governor's compound on Sunday.",
        {("sar-e-pul", "captured", "asserted", "2021-08-08")},
        id="a_seat_after_the_posts_taken_with_it",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Local gunmen took over state buildings in neighbouring Daraa province on Friday.",
        set(),
        id="a_seat_placed_in_a_province_is_no_citys",
    ),
    # "its western districts" after a participle: the capital named last
    pytest.param(
        AF,
        FRIDAY,
        (
            "Fighters from Helmand, where the Taliban took Lashkar Gah on Friday, were the first to "
            "reach Kandahar, entering its western districts late on Thursday."
        ),
        {
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            ("kandahar", "entered", "asserted", "2021-08-12"),
        },
        id="its_districts_after_a_participle_are_the_last_named_capitals",
    ),
    # leaving under an arrangement is a handover, as under a deal
    pytest.param(
        AF,
        FRIDAY,
        "Officials quit Tarinkot on Friday under an arrangement brokered by local elders.",
        {
            ("tarinkot", "surrendered", "asserted", "2021-08-13"),
            ("tarinkot", "captured", "asserted", "2021-08-13"),
        },
        id="leaving_under_an_arrangement_is_a_handover",
    ),
    # a claim cue does not reach into a clause of "after" that holds the news
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban have taken or claimed nine capitals in a week, after Kunduz and Taloqan fell on Sunday.",
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_claim_cue_stops_at_a_clause_of_after",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban said on Friday that, after a night of fighting, they had taken Kunduz.",
        {("kunduz", "captured", "claimed", "2021-08-13")},
        id="guard_an_after_phrase_inside_the_claim",
    ),
    # a headline's bare denial at its end answers its claim
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rebels say they have entered Hama, army denies",
        {("hama", "entered", "denied", "2024-12-06")},
        id="a_bare_denial_ending_a_headline",
    ),
    # armed men who sweep through a city take it
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Opposition fighters swept through most of Hama on Thursday, residents said.",
        {("hama", "captured", "partial", "2024-12-05")},
        id="fighters_sweeping_through_a_city",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rumours swept through Homs on Friday.",
        set(),
        id="guard_rumours_sweep_through_a_city",
    ),
    # a distance in a direction from the fighting sets it elsewhere
    pytest.param(
        AF,
        FRIDAY,
        "In Kandahar city, some 30 km (19 miles) west of the fighting, markets were busy on Friday.",
        set(),
        id="a_direction_from_the_fighting_sets_it_elsewhere",
    ),
    # reaching a city's outskirts, told with its possessive
    pytest.param(
        AF,
        AF_MONDAY,
        "The insurgents had reached Kunduz's southern outskirts on Sunday, residents said.",
        {("kunduz", "contested", "asserted", "2021-08-08")},
        id="reaching_a_citys_outskirts_by_its_possessive",
    ),
    # a relative clause on the subject: its place and its year are its own
    pytest.param(
        AF,
        AF_MONDAY,
        "In Sar-e Pul, fighters who had trained near Sheberghan since 2017 seized the city on Sunday.",
        {("sar-e-pul", "captured", "asserted", "2021-08-08")},
        id="a_relative_clause_on_the_subject_keeps_its_place_and_year",
    ),
    # an interview: the next turn answers the question
    pytest.param(
        AF,
        AF_MONDAY,
        "Q: So the city of Taloqan has fallen?\n\nA: Yes. Their flag is over the governor's office.",
        {("taloqan", "captured", "asserted", "2021-08-09")},
        id="a_question_answered_yes",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Q: Is it true the Taliban have taken Taloqan?\n\nA: No, the army still holds every district.",
        {("taloqan", "captured", "denied", "2021-08-09")},
        id="a_question_answered_no",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Q: Has Taloqan fallen?\n\nA: I do not know.",
        set(),
        id="guard_a_question_left_open",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban say their fighters are inside Taloqan. Is that true?\n\nA: That is a lie. Our forces hold the city.",
        {("taloqan", "entered", "denied", "2021-08-09")},
        id="a_claim_put_as_a_question_and_called_a_lie",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Nobody has attacked Taloqan, the governor said.",
        set(),
        id="nobody_negates",
    ),
    # a route named after another city is no topic for "the city"
    pytest.param(
        AF,
        AF_MONDAY,
        (
            "Kunduz is quiet. A rocket landed near the Herat bus station on Sunday. Fighters attacked "
            "checkpoints on the edge of the city."
        ),
        {("kunduz", "contested", "asserted", "2021-08-08")},
        id="a_route_named_after_a_city_is_no_topic",
    ),
    # a headline's clauses: the first verb's place, then the second's
    pytest.param(
        AF,
        AF_MONDAY,
        "Taliban push into Kunduz, battle on edge of Taloqan",
        {("kunduz", "entered", "asserted", "2021-08-09"), ("taloqan", "contested", "asserted", "2021-08-09")},
        id="a_headlines_clause_of_its_own",
    ),
    # a side's words in the first person, quoted from a speaker the sentence does not name
    pytest.param(
        AF,
        AF_MONDAY,
        '"Our mujahideen have entered Taloqan and hold the main square," he said.',
        {("taloqan", "entered", "claimed", "2021-08-09")},
        id="our_fighters_quoted_from_an_unnamed_speaker",
    ),
    # a video script's soundbite line gives the quote below it its speaker's voice
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "4. SOUNDBITE (Arabic) Rebel commander, no name given:\n\n"
            '"Hama is liberated, every street of it."\n\n'
            "5. Wide of fighters on the main square\n\n"
            "Residents said the army had left Homs on Friday."
        ),
        {("hama", "captured", "claimed", "2024-12-06")},
        id="a_soundbite_is_its_speakers_claim",
    ),
    # the holders hand over "their buildings": the city's seats
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "In Homs, police and army officers handed over their buildings to rebel commanders on Friday.",
        {("homs", "surrendered", "asserted", "2024-12-06"), ("homs", "captured", "asserted", "2024-12-06")},
        id="holders_handing_over_their_buildings",
    ),
    # "the first fighters to reach": what happened, no plan
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The first fighters to reach the heart of Hama were local men, residents said.",
        {("hama", "entered", "asserted", "2024-12-06")},
        id="the_first_to_reach_is_no_plan",
    ),
    # "saying" reports a side's words as "said" does
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban released a statement saying they had taken Kunduz.",
        {("kunduz", "captured", "claimed", "2021-08-09")},
        id="a_statement_saying",
    ),
    # "I cannot confirm it yet" leaves the report before it unverified
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Local channels report that fighters have taken over Hama. I cannot confirm it yet.",
        {("hama", "captured", "claimed", "2024-12-06")},
        id="i_cannot_confirm_it",
    ),
    # the earlier takes of a profile's life are history
    pytest.param(
        AF,
        AF_MONDAY,
        "A photographer who filmed both of the Taliban's earlier incursions into Kunduz was buried on Sunday.",
        set(),
        id="earlier_incursions_are_history",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "His widow said Kunduz had been lost twice while he lived there.",
        set(),
        id="a_city_lost_twice_is_history",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Kunduz changed hands twice on Sunday.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="guard_twice_on_a_day_is_news",
    ),
    # attacks on people in a city are no fight for it
    pytest.param(
        AF,
        AF_MONDAY,
        "Gunmen have carried out several attacks on journalists in Jalalabad this year.",
        set(),
        id="attacks_on_journalists_are_no_fight_for_the_city",
    ),
    # a province's valley is no seat for "the city"
    pytest.param(
        AF,
        AF_MONDAY,
        (
            "Resistance fighters said they had retaken Charikar on Sunday.\n\nAccounts in the Panjshir "
            "valley said fighters had pushed the Taliban out of the city on Sunday."
        ),
        {("charikar", "retaken", "claimed", "2021-08-08"), ("charikar", "retaken", "asserted", "2021-08-08")},
        id="a_valley_is_no_seat_for_the_city",
    ),
    # a diary's day heading opening its entry dates the entry
    pytest.param(
        AF,
        AF_MONDAY,
        "Saturday, 7 August. I will write it all down.\n\nAfternoon: the Taliban took Sheberghan, my uncle says.",
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="a_diary_entrys_day_heading",
    ),
    # a city "gone" that morning has fallen
    pytest.param(
        AF,
        AF_MONDAY,
        "Kandahar had also gone that same morning.",
        {("kandahar", "captured", "asserted", "2021-08-09")},
        id="a_city_gone_that_morning",
    ),
    # a side's flag on a seat of power
    pytest.param(
        AF,
        AF_MONDAY,
        "In Ghazni their flag is on the governor's office.",
        {("ghazni", "captured", "asserted", "2021-08-09")},
        id="their_flag_on_the_governors_office",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "In Ghazni the national flag still flies over the governor's office.",
        set(),
        id="guard_the_national_flag",
    ),
    # driving in, and walking in after a take told before
    pytest.param(
        AF,
        AF_MONDAY,
        "In Tirin Kot the Taliban drove in on Friday.",
        {("tarinkot", "captured", "asserted", "2021-08-06")},
        id="driving_in",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "The radio said the Taliban had taken Zaranj, and that they walked in without a fight.",
        {
            ("zaranj", "captured", "asserted", "2021-08-09"),
            ("zaranj", "surrendered", "asserted", "2021-08-09"),
        },
        id="walking_in_after_the_take",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Our nurses left their homes near Kandahar, and they moved in with relatives.",
        set(),
        id="guard_moving_in_with_relatives",
    ),
    # news told that day, backshifted in the telling, is of the day the paragraph told
    pytest.param(
        AF,
        "2021-08-17T13:00:00+04:30",
        "On Saturday the east came apart. In the morning colleagues told me that Asadabad had been taken.",
        {("asadabad", "captured", "asserted", "2021-08-14")},
        id="told_that_it_had_been_taken_on_the_paragraphs_day",
    ),
    pytest.param(
        AF,
        "2021-08-17T13:00:00+04:30",
        "On Saturday the east came apart. The Taliban said on Sunday that they had taken Asadabad.",
        {("asadabad", "captured", "claimed", "2021-08-15")},
        id="guard_a_telling_with_its_own_day",
    ),
    # an army that pulls out of a city under a deal hands it over
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "The army pulled out of Hama on Thursday after a deal with the local factions, a resident said.",
        {("hama", "surrendered", "asserted", "2024-12-05"), ("hama", "captured", "asserted", "2024-12-05")},
        id="an_army_pulling_out_under_a_deal",
    ),
    # messages going round that say so, from no named side: a rumour
    pytest.param(
        AF,
        AF_MONDAY,
        "Last night a message went round WhatsApp saying that Taloqan had fallen to the Taliban.",
        set(),
        id="a_message_going_round_is_a_rumour",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban posted videos saying their fighters had entered Taloqan.",
        {("taloqan", "entered", "claimed", "2021-08-09")},
        id="guard_a_sides_own_videos",
    ),
    # a telling nobody did negates what it would have told
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Homs is quiet tonight, and nobody I trust has told me the factions are inside it.",
        set(),
        id="nobody_has_told_me",
    ),
    # under a diary entry's heading, a fall told on a bare weekday is the week's before the entry
    pytest.param(
        AF,
        "2021-08-19T20:00:00+04:30",
        "Tuesday, 10 August\n\nEveryone in the dormitory is counting. Shiberghan fell on Saturday.",
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="a_weekday_under_a_diary_heading_is_before_the_entry",
    ),
    # a post that says so, ruled true by the next sentence, is no rumour
    pytest.param(
        SYRIA,
        "2024-12-13T21:00:00+03:00",
        "On Saturday night a message went round saying Homs had fallen. It was true, as we learned by morning.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="a_message_ruled_true_is_no_rumour",
    ),
    # fighting their way through the streets is an entry
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban fought their way through the streets of Taloqan on Sunday.",
        {("taloqan", "entered", "asserted", "2021-08-08")},
        id="fighting_their_way_through_the_streets",
    ),
    # a battle someone expected is no battle
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Officers had expected a battle for Hama to last weeks; it lasted a day.",
        set(),
        id="an_expected_battle",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Hama, where many officers had expected a long siege, fell to the rebels on Thursday.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="guard_an_expectation_in_a_closed_aside",
    ),
    # a quote under its speaker's line is set in the city that line names
    pytest.param(
        AF,
        AF_MONDAY,
        (
            'Parwana, whose husband serves in Shiberghan:\n\n"We did not sleep. The children cried. My '
            "husband called twice. He said to stay inside. On Saturday the Taliban seized the governor's office.\""
        ),
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="a_quote_under_its_speakers_line",
    ),
    # fighters who were in the governor's office hold the city (not the army's men there)
    pytest.param(
        AF,
        AF_MONDAY,
        "Shiberghan fell quiet. By noon on Saturday the Taliban were in the governor's office.",
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="fighters_who_were_in_the_governors_office",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "Shiberghan held out. On Saturday the army's last troops were in the governor's office.",
        set(),
        id="guard_troops_in_the_governors_office",
    ),
    # "by that night it was theirs": the city told before
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Rebels pushed into Hama from the north on Thursday, and by that night it was theirs.",
        {("hama", "entered", "asserted", "2024-12-05"), ("hama", "captured", "asserted", "2024-12-05")},
        id="by_that_night_it_was_theirs",
    ),
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Hama was quiet on Friday. The choice was theirs, it was theirs to make.",
        set(),
        id="guard_it_was_theirs_to_make",
    ),
    # the city the holder's troops withdrew from is where the next sentence's news is
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        (
            "Government troops withdrew from Homs on Friday, a resident said. Fighters of the Syrian "
            "Democratic Forces moved into the city within hours, the sources said."
        ),
        {("homs", "captured", "asserted", "2024-12-06")},
        id="the_city_troops_withdrew_from",
    ),
    # a region's possessive in the epithet before a name ("the north's biggest city, X")
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban swept into the north's biggest city, Mazar-i-Sharif, on Sunday.",
        {("mazar-i-sharif", "entered", "asserted", "2021-08-08")},
        id="the_norths_biggest_city_x",
    ),
    # fighters sitting in the seat of power
    pytest.param(
        AF,
        AF_MONDAY,
        "Kunduz went quiet. By noon on Sunday the Taliban were sitting in the governor's office.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="sitting_in_the_governors_office",
    ),
    # half of a city overrun: a partial take
    pytest.param(
        AF,
        AF_MONDAY,
        "A nurse said the Taliban had overrun half of Qala-i-Naw on Sunday, including the police headquarters.",
        {("qala-e-naw", "captured", "partial", "2021-08-08")},
        id="half_of_a_city_overrun",
    ),
    # held "since the summer of 2012": a holding older than the theatre
    pytest.param(
        SYRIA,
        SYRIA_FRIDAY,
        "Aleppo was quiet. Rebels had held the eastern half of the city since the summer of 2012.",
        set(),
        id="held_since_the_summer_of_an_early_year",
    ),
    # a chronology's "X went first, on Friday"
    pytest.param(
        AF,
        AF_MONDAY,
        "The Taliban have taken six capitals in four days. Zaranj, on the Iranian border, went first, on Friday.",
        {("zaranj", "captured", "asserted", "2021-08-06")},
        id="a_chronologys_x_went_first",
    ),
    pytest.param(
        AF,
        AF_MONDAY,
        "The delegation from Kabul went first to Doha on Friday.",
        set(),
        id="guard_went_first_somewhere",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def _modalities(
    extractor: Extractor, title: str, body: str, published: str = FRIDAY
) -> dict[tuple[str, str], str]:
    article = Article(id="h", published_at=datetime.fromisoformat(published), title=title, body=body)
    return {(e.capital, e.type): e.modality for e in extractor.extract(article) if e.capital}


def test_a_write_through_slug_leaves_the_headline_its_speaker(extractor: Extractor) -> None:
    """ "UPDATE 2-Taliban say they have taken Gardez": the desk's mark is no part of the headline,
    whose speaker still makes it a claim; the evidence quotes the headline's words at their place."""
    for title in (
        "UPDATE 2-Taliban say they have taken Gardez",
        "CORRECTED-UPDATE 1-Taliban say they have taken Gardez",
        "URGENT: Taliban say they have taken Gardez",
    ):
        article = Article(
            id="s", published_at=datetime.fromisoformat(FRIDAY), title=title, body="Fighting was reported."
        )
        events = [e for e in extractor.extract(article) if e.capital == "gardez"]
        assert [(e.type, e.modality) for e in events] == [("captured", "claimed")], title
        evidence = events[0].evidence
        assert evidence.text == "Taliban say they have taken Gardez"
        assert title[evidence.start : evidence.end] == evidence.text


def test_the_national_capital_in_the_headline_is_the_storys_city(extractor: Extractor) -> None:
    """A headline that names the national capital as its news makes it the story's city: "the city"
    several sentences on is Kabul, not the other capital the headline names."""
    title = "Taliban fighters in Kabul presidential palace after Ghani leaves; Gardez handed over"
    body = (
        "KABUL, Aug 15 - Taliban fighters took over the presidential palace in Kabul on Sunday "
        "evening, hours after they entered the capital.\n\n"
        "Ghani said on Facebook that he had left to avoid bloodshed.\n\n"
        "He did not say where he had gone.\n\n"
        "Diplomats were flown to the airport by helicopter.\n\n"
        "An official said fighters were entering the city from all sides in the afternoon."
    )
    published = "2021-08-15T23:00:00+04:30"
    assert ("gardez", "entered") not in _modalities(extractor, title, body, published)
