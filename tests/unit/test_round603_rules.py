"""General rules found in the first two batches of the session of 7 Dec 2026 from 21:24 (sidebars,
press reviews, broadcast copy, fact boxes, quote-led, translated, numbers-heavy and mixed-desk
copy of the Afghan offensive; military analysis, local-source, sidebar, translated, press-review,
eyewitness, explainer and fact-box copy of the Syrian one), each tested on sentences of our own
(never the rounds' sentences): the text, the theatre it is read in, when it was published, and
every event it must yield. Each case fails on extractor 1.180.0."""

from __future__ import annotations

import pytest

from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule

CASES = [
    # (1.181.0) a lead's count of takes, then "Here is what we know about each.": the dated items under it are its takes
    pytest.param(
        AF,
        "2021-08-10T18:00:00+04:30",
        "KABUL, Aug 10 (Agency) - In five days the insurgents have taken seven of the country's "
        "34 provincial capitals, most of them in the north. Here is what we know about "
        "each.\n\nZARANJ (Nimroz) - Friday, Aug 6. Officials left before the fighters "
        "arrived.\n\nSHEBERGHAN (Jowzjan) - Saturday, Aug 7. The army fell back to the "
        "airport.\n\nTALOQAN (Takhar) - Sunday, Aug 8. Police and soldiers withdrew after a night "
        "of clashes.\n\nWHAT NEXT?\n\nMazar-i-Sharif may be the next target, analysts say.",
        {
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="here_is_what_we_know_about_each",
    ),
    # (1.181.0) a neutral chronology ("Key dates:") under a story that counts the capitals taken lists those takes
    pytest.param(
        AF,
        "2021-08-12T18:00:00+04:30",
        "KABUL, Aug 12 (Agency) - The Taliban took Ghazni on Thursday, officials said, in an "
        "offensive that now holds ten of Afghanistan's 34 provincial capitals.\n\nKey dates:\n- "
        "Aug 6: Zaranj\n- Aug 8: Kunduz, Taloqan\n- Aug 11: Faizabad (Taliban claim)",
        {
            ("faizabad", "captured", "claimed", "2021-08-11"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="key_dates_under_a_count",
    ),
    # (1.181.0) men placed at a post before a surrender cue ("soldiers who had held out at the city's airport laid down their weapons") gave up the post, not the city
    pytest.param(
        AF,
        "2021-08-11T18:00:00+04:30",
        "In Kunduz, seized on Sunday, several hundred soldiers who had held out at the city's "
        "airport laid down their weapons on Wednesday, according to the insurgents.",
        {("kunduz", "captured", "claimed", "2021-08-08")},
        id="post_men_laid_down_arms",
    ),
    # (1.181.0) a gapped item's own day past its aside, and the aside's handover ("and Aybak, surrendered by its governor ..., on Aug 9")
    pytest.param(
        AF,
        "2021-08-20T12:00:00+04:30",
        "Sheberghan went on Aug 7. Kunduz and Taloqan followed on Sunday Aug 8, and Aybak, "
        "surrendered by its governor after elders intervened, on Aug 9.",
        {
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="gapped_item_day_past_surrender_aside",
    ),
    # (1.181.0) "took it down": a flag removed, no take
    pytest.param(
        SYRIA,
        "2024-12-11T12:00:00+03:00",
        "In Raqqa, young men raised a new flag at the clock tower on Tuesday, and the SDF took it "
        "down within the hour, residents said.",
        set(),
        id="took_it_down",
    ),
    # (1.181.0) an explainer's question that names a town ("What about Tal Abyad?"): "the town" in its answer is that town
    pytest.param(
        SYRIA,
        "2024-12-10T12:00:00+03:00",
        "Is Raqqa under threat? The SDF says there is no fighting in Raqqa.\n\nWhat about Tal "
        "Abyad? Turkish-backed factions have kept up their attacks on the town for a week.",
        set(),
        id="asked_town_then_the_town",
    ),
    # (1.181.0) "the cradle of the 2011 uprising" stands for the city named before
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Daraa was the first city to rise against Assad in 2011. On Friday, the cradle of the "
        "2011 uprising was taken over by local factions after the army negotiated its withdrawal, "
        "residents said.",
        {
            ("daraa", "captured", "asserted", "2024-12-06"),
            ("daraa", "surrendered", "asserted", "2024-12-06"),
        },
        id="cradle_of_the_uprising",
    ),
    # (1.181.0) "on Thursday, the 11th provincial capital to fall": an ordinal of a noun, no day of the month
    pytest.param(
        AF,
        "2021-08-13T18:00:00+04:30",
        "The insurgents seized Kandahar on Thursday, the 11th provincial capital to fall in a "
        "week, officials said.",
        {("kandahar", "captured", "asserted", "2021-08-12")},
        id="ordinal_of_a_noun_no_date",
    ),
    # (1.181.0) "leaving only the Panjshir valley and its capital Bazarak outside insurgent hands": what a country-wide sweep left, no partial fall
    pytest.param(
        AF,
        "2021-08-16T12:00:00+04:30",
        "Gardez, Khost and Bamyan all fell on Sunday too, officials said, leaving only the "
        "Panjshir valley and its capital Bazarak outside insurgent hands.",
        {
            ("bamyan", "captured", "asserted", "2021-08-15"),
            ("gardez", "captured", "asserted", "2021-08-15"),
            ("khost", "captured", "asserted", "2021-08-15"),
        },
        id="leaving_only_another_capital",
    ),
    # (1.181.0) "the former rebels of Daraa" name where the fighters come from: "the city" after them is the story's
    pytest.param(
        SYRIA,
        "2024-12-08T12:00:00+03:00",
        "Overnight, fighters of the Southern Operations Room, the former rebels of Daraa, pushed "
        "into the city's southern districts, witnesses in the capital said.",
        {("damascus", "entered", "asserted", "2024-12-08")},
        id="former_rebels_of_origin",
    ),
    # (1.181.0) a negation the speaker goes on to reject as a claim ("insisted that no rebel fighters had entered the city, calling the reports 'lies'") is a denial
    pytest.param(
        SYRIA,
        "2024-12-07T20:00:00+03:00",
        "In Damascus, the interior ministry insisted that no rebel fighters had entered the city, "
        'calling the reports "lies".',
        {("damascus", "entered", "denied", "2024-12-07")},
        id="negation_then_calling_reports_lies",
    ),
    # (1.181.0) "a day after the Taliban first claimed it": the claim came before the news that bears the fall out
    pytest.param(
        AF,
        "2021-08-16T12:00:00+04:30",
        "Charikar fell on Aug 15, a local official said, a day after the Taliban first claimed it.",
        {
            ("charikar", "captured", "asserted", "2021-08-15"),
            ("charikar", "captured", "claimed", "2021-08-14"),
        },
        id="a_day_after_first_claimed_it",
    ),
    # (1.181.0) "X is the next big city south of Y, which fell": the relative clause is the landmark's
    pytest.param(
        SYRIA,
        "2024-12-06T12:00:00+03:00",
        "Homs is the next big city south of Hama, which fell to the rebels on Thursday.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="next_city_south_of_landmark_relative",
    ),
    # (1.181.0) "moved into positions on the city's southern ring road": no entry
    pytest.param(
        SYRIA,
        "2024-12-04T12:00:00+03:00",
        "Rebels fought on the northern edge of Hama on Wednesday. Residents said army units had "
        "moved into positions on the city's southern ring road.",
        {("hama", "contested", "asserted", "2024-12-04")},
        id="moved_into_positions",
    ),
    # (1.181.0) a list item whose holder kept it ("The capital remained under government control") under a lead-in of takes
    pytest.param(
        SYRIA,
        "2024-12-07T12:00:00+03:00",
        "Armed factions in the south took control of a string of cities on Friday and Saturday. A "
        "summary:\n\n• Suwayda: Druze fighters took over state offices in the city on Friday.\n• "
        "Damascus: Southern fighters said they were heading north. The capital remained under "
        "government control on Saturday.",
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="item_remained_under_government_control",
    ),
    # (1.181.0) "Douma and other towns were taken over": the list's first item is the subject
    pytest.param(
        SYRIA,
        "2024-12-09T12:00:00+03:00",
        "Douma and other towns were taken over by local fighters on Sunday, residents said.",
        {("douma", "captured", "asserted", "2024-12-08")},
        id="capital_and_other_towns",
    ),
    # (1.181.0) "had begun liberating Homs": under way, not a take
    pytest.param(
        SYRIA,
        "2024-11-29T20:00:00+03:00",
        "The rebel command said its units had begun liberating Homs, a claim no one could verify.",
        set(),
        id="begun_liberating",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)
