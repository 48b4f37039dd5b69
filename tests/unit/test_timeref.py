"""Time expressions resolved against the publication day, numeric dates of timelines included."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from streams.core.resources import load_lexicon_data
from streams.core.timeref import TimeResolver

PUBLISHED = date(2024, 12, 11)


@pytest.fixture(scope="module")
def times() -> TimeResolver:
    return TimeResolver(load_lexicon_data("en"), UTC)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("29/11 - after car bombs, fighters break in", date(2024, 11, 29)),  # day first
        ("7/12/24 - rebels push into homs", date(2024, 12, 7)),
        ("2024-11-30 - aleppo falls", date(2024, 11, 30)),  # ISO
        ("05.12.2024 - rebels break into hama", date(2024, 12, 5)),
        ("12/25 - a month first date, as only that reads", date(2023, 12, 25)),  # never after publication
        ("friday 6th december - troops abandon the city", date(2024, 12, 6)),
    ],
)
def test_a_timeline_s_numeric_dates(times: TimeResolver, text: str, day: date) -> None:
    refs = times.find(text, PUBLISHED)
    assert [r.day for r in refs][:1] == [day]


@pytest.mark.parametrize("text", ["the 9/11 attacks", "a 24/7 watch on the city", "three of 3/4 units"])
def test_fractions_and_names_are_no_dates(times: TimeResolver, text: str) -> None:
    assert times.find(text, PUBLISHED) == []


@given(st.dates(min_value=date(2024, 1, 2), max_value=PUBLISHED))
def test_a_day_first_heading_is_its_own_day(day: date) -> None:
    """Any day of the year before publication, written "d/m -" heading an entry, is that day."""
    times = TimeResolver(load_lexicon_data("en"), UTC)
    refs = times.find(f"{day.day}/{day.month} - entry", PUBLISHED)
    assert [r.day for r in refs] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on friday last week they regained several areas", date(2024, 12, 6)),
        ("on monday of last week", date(2024, 12, 2)),
        ("on sunday, the week before", date(2024, 12, 8)),
        ("on friday", date(2024, 12, 6)),  # the weekday alone: the last one before publication
    ],
)
def test_a_weekday_of_the_week_before(times: TimeResolver, text: str, day: date) -> None:
    """Published Wednesday 11 Dec: "Friday last week" is the Friday of the week before, one
    expression, not "last week" read on its own."""
    assert [(r.day, r.precision) for r in times.find(text, PUBLISHED)] == [(day, "day")]


@pytest.mark.parametrize(
    ("text", "day"), [("fell 24 hours ago", date(2024, 12, 10)), ("taken 48 hours ago", date(2024, 12, 9))]
)
def test_hours_ago_count_whole_days(times: TimeResolver, text: str, day: date) -> None:
    assert [(r.day, r.precision) for r in times.find(text, PUBLISHED)] == [(day, "day")]
