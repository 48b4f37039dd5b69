"""General rules found in the second-author round 24 (AF) and Syria round 20 copy, each tested on
sentences of our own (never the rounds' sentences)."""

from __future__ import annotations

import pytest

from streams.core.extract import Extractor
from tests.unit.test_extract_rules import SYRIA_PUBLISHED, control


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the capitals of a list of provinces, as subjects and as objects
            "Officials said the capitals of Khost, Kapisa and Parwan provinces had fallen on Sunday. The "
            "insurgents also seized the capitals of Laghman and Logar provinces on Saturday.",
            {
                ("khost", "captured", "asserted", "2021-08-08"),
                ("mahmud-i-raqi", "captured", "asserted", "2021-08-08"),
                ("charikar", "captured", "asserted", "2021-08-08"),
                ("mehtarlam", "captured", "asserted", "2021-08-07"),
                ("pul-e-alam", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # a year in the appositive that ends the sentence dates the aside, not a fronted day's capture
            "On Sunday, the insurgents took Kunduz, a city that they had held briefly in 2015. On Saturday, "
            "they raised their flag over Sheberghan, the city where Dostum had ruled since 1992.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # a city that opens its gates is handed over; insurgents who open a jail's gates take nothing
            "Jalalabad opened its gates to the Taliban on Sunday. In Herat, prisoners held at the city's main "
            "jail walked free after the insurgents opened its gates.",
            {
                ("jalalabad", "surrendered", "asserted", "2021-08-08"),
                ("jalalabad", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # a second object past the first one's appositive and a speaker named with his council
            "The insurgents took Maymana, the capital of Faryab province, a member of the Faryab provincial "
            "council said, and Asadabad, the capital of Kunar province, a local official confirmed.",
            {
                ("maymana", "captured", "asserted", "2021-08-09"),
                ("asadabad", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # "since Friday" bounds a period: "hours later" counts from the news told, Sunday
            "The Taliban on Sunday took Kunduz, the third capital taken by the group since Friday. Hours "
            "later, they also took Sar-e Pul.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "rejected the group's claim, saying the city had not fallen": a denial; with no claim, nothing
            "The insurgents said they had seized Ghazni. A police spokesman rejected the group's claim, "
            "saying the city had not fallen. Officials said Kabul has not fallen and is calm.",
            {("ghazni", "captured", "denied", "2021-08-09")},
        ),
    ],
)
def test_constructions_of_round_24_copy(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Constructions found in copy by authors who never saw the rules (round 24)."""
    assert control(extractor, body) == expected


def test_a_list_after_followed_by_takes_each_item_s_day(extractor: Extractor) -> None:
    """ "X fell on Tuesday, followed by Y in Z on Wednesday, A and B on Thursday and C on Friday":
    every item fell, each on the day after it."""
    body = (
        "Farah fell on Tuesday, followed by Pul-e-Khumri in Baghlan province on Wednesday, Faizabad and "
        "Ghazni on Thursday and Herat in the west on Friday."
    )
    assert control(extractor, body, published="2021-08-14T09:00:00+04:30") == {
        ("farah", "captured", "asserted", "2021-08-10"),
        ("pul-e-khumri", "captured", "asserted", "2021-08-11"),
        ("faizabad", "captured", "asserted", "2021-08-12"),
        ("ghazni", "captured", "asserted", "2021-08-12"),
        ("herat", "captured", "asserted", "2021-08-13"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the main verb after a relative clause with a holding in it: the sentence's news
            "Hama, which government forces had held through 13 years of war, fell on Dec. 5.",
            {("hama", "captured", "asserted", "2024-12-05")},
        ),
        (  # a sentence's fronted "the same day" dates its later clauses too
            "On Dec. 6, local factions took Daraa. The same day, government forces pulled out of Deir ez-Zor "
            "in the east, and the SDF took control of the city.",
            {
                ("daraa", "captured", "asserted", "2024-12-06"),
                ("deir-ez-zor", "captured", "asserted", "2024-12-06"),
            },
        ),
    ],
)
def test_constructions_of_syria_round_20_copy(
    syria_extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Constructions found in Syria round 20's copy, on sentences of our own."""
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == expected


def test_the_day_after_follows_the_capture_of_is_the_earlier_event_s(syria_extractor: Extractor) -> None:
    """ "The fall of Hama follows the rebel capture of Aleppo, Syria's second city, on Nov. 30":
    Aleppo's day, not Hama's (the story is filed on the day Hama fell)."""
    body = "The fall of Hama follows the rebel capture of Aleppo, Syria's second city, on Nov. 30."
    assert control(syria_extractor, body, published="2024-12-05T20:00:00+03:00") == {
        ("hama", "captured", "asserted", "2024-12-05"),
        ("aleppo", "captured", "asserted", "2024-11-30"),
    }
