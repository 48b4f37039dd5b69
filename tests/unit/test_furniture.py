"""Page furniture: the lines of a scraped page that point to other stories."""

from __future__ import annotations

import pytest

from streams.core.cues import Cues
from streams.core.furniture import PageFurniture


@pytest.fixture(scope="module")
def furniture(extractor: object) -> PageFurniture:
    cues: Cues = extractor.cues  # type: ignore[attr-defined]
    return cues.page_furniture


def _lines(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_links_and_lists_of_other_stories_are_furniture(furniture: PageFurniture) -> None:
    page = (
        "Taliban fighters entered Ghazni on Thursday, officials said.\n"
        "Read more: Taliban take Zaranj, the first provincial capital to fall\n"
        "The governor left for Kabul.\n"
        "MOST READ\n"
        "1. Taliban seize Kunduz in northern sweep\n"
        "2. Heatwave grips southern Europe\n"
        "Residents said shops stayed shut.\n"
        "Related stories\n"
        "Herat falls after two-week battle\n"
        "\n"
        "» Kandahar taken as the south collapses\n"
        "Tags: Afghanistan, Taliban, Ghazni"
    )
    assert _lines(page, furniture.spans(page)) == [
        "Read more: Taliban take Zaranj, the first provincial capital to fall",
        "MOST READ",
        "1. Taliban seize Kunduz in northern sweep",
        "2. Heatwave grips southern Europe",
        "Related stories",
        "Herat falls after two-week battle",
        "» Kandahar taken as the south collapses",
        "Tags: Afghanistan, Taliban, Ghazni",  # still the list's: no prose line came between
    ]


def test_the_story_its_captions_and_subheadings_are_not(furniture: PageFurniture) -> None:
    page = (
        "Taliban seize Kunduz in biggest prize yet\n"
        "Photo: Taliban fighters in Kunduz on Sunday.\n"
        "How the north fell\n"
        "Related talks in Doha made no progress, diplomats said.\n"
        "Most of the city was quiet by evening."
    )
    assert furniture.spans(page) == []


def test_a_list_ends_at_the_first_line_of_prose(furniture: PageFurniture) -> None:
    page = "Trending now\n- Kabul airport reopens\nThe Taliban took Faizabad on Wednesday, a lawmaker said."
    assert _lines(page, furniture.spans(page)) == ["Trending now", "- Kabul airport reopens"]
