"""General rules found in the rounds of the session of 7 Dec 2026 from 18:53, each tested on
sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every event it must yield. Each case fails on the rules before it (extractor
1.176.0 for those marked 1.177.0, from the session's first two batches: the early phase, press
reviews, fact boxes, explainers, quote-led copy, local-source reporting, translated copy and
second-day stories of the Afghan offensive; second-day stories, eyewitness accounts, translated
copy, explainers, fact boxes, press reviews, local-source reporting and military analysis of the
Syrian one; and 1.176.0's finals)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import control

CASES = [
    # (1.177.0) "including the second- and third-largest cities, X and Y": a plural head naming
    # the items after it
    pytest.param(
        AF,
        "2021-08-14T09:00:00+04:30",
        "The insurgents now hold 17 provincial capitals, including the second- and third-largest "
        "cities, Kandahar and Herat.",
        {("herat", "captured", "asserted", "2021-08-14"), ("kandahar", "captured", "asserted", "2021-08-14")},
        id="including_the_cities_named_after",
    ),
    # (1.177.0) "and X, home to millions, is ...": an appositive of "home to" before the capital's
    # own verb, a clause of its own
    pytest.param(
        AF,
        "2021-08-15T09:00:00+04:30",
        "The insurgents now control most provincial capitals, and Kabul, home to millions of people, "
        "is crowded with displaced families.",
        set(),
        id="home_to_appositive",
    ),
    # (1.177.0) "In X, elders accused the insurgents of ... by shelling villages": a deed spoken of
    # in a gerund after a preposition, no attack the sentence set in X tells
    pytest.param(
        AF,
        "2021-08-09T09:00:00+04:30",
        "In Kandahar, elders accused the insurgents of breaking their promises by shelling villages.",
        set(),
        id="gerund_after_preposition_in_setting",
    ),
    # (1.177.0) a fact box's head of several capitals, each with its province in brackets
    pytest.param(
        AF,
        "2021-08-09T09:00:00+04:30",
        "- Sar-e Pul (Sar-e Pul) and Taloqan (Takhar): both captured Aug. 8.",
        {
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="bracketed_items_and",
    ),
    pytest.param(
        AF,
        "2021-08-09T09:00:00+04:30",
        "- Kunduz (Kunduz), Taloqan (Takhar): both captured Aug. 8.",
        {("kunduz", "captured", "asserted", "2021-08-08"), ("taloqan", "captured", "asserted", "2021-08-08")},
        id="bracketed_items_comma",
    ),
    # (1.177.0) a lead-in's source before its colon is no part of its length as a heading
    pytest.param(
        AF,
        "2021-08-16T09:00:00+04:30",
        "These provincial capitals fell on Sunday, according to officials in each province:\n- Khost\n"
        "- Maidan Shahr",
        {
            ("khost", "captured", "asserted", "2021-08-15"),
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
        },
        id="lead_in_with_source",
    ),
    # (1.177.0) "have not yet been followed by reports of clashes in the city": no fighting reported
    pytest.param(
        AF,
        "2021-08-08T09:00:00+04:30",
        "Taliban fighters seized Sheberghan on Saturday. Government promises of a counter-attack have "
        "not yet been followed by reports of clashes in the city.",
        {("sheberghan", "captured", "asserted", "2021-08-07")},
        id="not_followed_by_reports",
    ),
    # (1.177.0) "had been driven back from the edges of the city": a repulsed attack, in the passive
    pytest.param(
        AF,
        "2021-08-15T09:00:00+04:30",
        "Mazar-i-Sharif fell on Saturday evening. Hours earlier the insurgents had been driven back "
        "from the edges of the city, officials said.",
        {
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("mazar-i-sharif", "contested", "asserted", "2021-08-14"),
        },
        id="driven_back_from_the_edges_passive",
    ),
    # (1.177.0) "under the SDF throughout": an item its holder kept, under a heading of takes
    pytest.param(
        SYRIA,
        "2024-12-20T09:00:00+03:00",
        "Here is who holds each provincial capital, with the day it changed hands:\n- Hama: captured "
        "Dec 5.\n- Raqqa: under the SDF throughout.",
        {("hama", "captured", "asserted", "2024-12-05")},
        id="under_a_side_throughout",
    ),
    # (1.177.0) "boys who were not yet born when the old city was besieged": history
    pytest.param(
        SYRIA,
        "2024-12-15T09:00:00+03:00",
        "Rebels took Homs on Saturday. Fighters posed for photographs with boys who were not yet born "
        "when the old city was besieged.",
        {("homs", "captured", "asserted", "2024-12-14")},
        id="not_yet_born_when",
    ),
    # (1.177.0) "that city" with no capital named in its sentence: the place the sentence before
    # named last
    pytest.param(
        SYRIA,
        "2024-12-06T09:00:00+03:00",
        "Rebels captured Aleppo on Nov. 30. The loss of the city opened the way to Hama, 140 km to the "
        "south. Five days later, that city was in rebel hands too.",
        {("aleppo", "captured", "asserted", "2024-11-30"), ("hama", "captured", "asserted", "2024-12-05")},
        id="that_city_the_place_named_before",
    ),
    # (1.177.0) "officials in Kabul had declined to confirm the loss of the city": where the speakers
    # are, not the city, as with a verb of speech
    pytest.param(
        AF,
        "2021-08-14T15:00:00+04:30",
        "Officials in Logar confirmed that Pul-e Alam had fallen. On Friday, officials in Kabul had "
        "declined to confirm the loss of the city.",
        {
            ("pul-e-alam", "captured", "asserted", "2021-08-13"),
            ("pul-e-alam", "captured", "claimed", "2021-08-13"),
        },
        id="speakers_declined_to_confirm",
    ),
    # (1.177.0) "the northern town of Manbij" tells a town: "the town" after it is that town
    pytest.param(
        SYRIA,
        "2024-12-11T12:00:00+03:00",
        "Rebels took Aleppo on Saturday. Clashes flared around the northern town of Manbij on Tuesday. "
        "Fighters said they had taken the town on Monday.",
        {("aleppo", "captured", "asserted", "2024-12-07")},
        id="the_town_of_a_named_town",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_unsettled_label_ends_a_list_of_takes(extractor: Extractor) -> None:
    """(1.177.0) "UNCLEAR / DISPUTED" over an item after a list of claimed takes: no take below it."""
    body = (
        "Two more provincial capitals were lost overnight and a third is claimed by the insurgents.\n\n"
        "CONFIRMED\n\n- Farah: fell on Tuesday.\n\nCLAIMED\n\n"
        "- Faizabad: the Taliban said they had captured the city.\n\nUNCLEAR / DISPUTED\n\n"
        "- Kunduz: soldiers at the airport outside Kunduz were said to be negotiating their surrender."
    )
    assert control(extractor, body, published="2021-08-11T09:00:00+04:30") == {
        ("farah", "captured", "asserted", "2021-08-10"),
        ("faizabad", "captured", "claimed", "2021-08-11"),
    }
