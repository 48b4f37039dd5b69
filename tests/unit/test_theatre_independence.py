"""What a theatre file decides, the code must not assume: a small made-up theatre (no real
place in it) exercises each rule that used to hold only for the first theatre."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from schemas import Article, Theatre
from streams.core.extract import Extractor
from streams.core.reduce import fold, table
from streams.core.resources import load_theatre
from streams.evaluate import evaluate

REPO = Path(__file__).parents[2]
PUBLISHED = "2024-03-05T18:00:00+02:00"  # a Tuesday


def theatre_data(**capital_overrides: Any) -> dict[str, Any]:
    return {
        "id": "testland-2024",
        "name": "Testland",
        "timezone": "Etc/GMT-2",
        "utc_offset": "+02:00",
        "start_date": "2024-03-01",
        "baseline_controller": "gov",
        "capital_noun": "regional capital",
        "region_noun": "region",
        "total_capitals": 3,
        "actors": [
            {
                "id": "rebels",
                "name": "Rebels",
                "role": "insurgent",
                "aliases": ["rebels", "the rebels", "rebel fighters"],
                "spokespeople": ["rebel commanders"],
            },
            {"id": "gov", "name": "Government", "role": "incumbent", "aliases": ["the army"]},
        ],
        "capitals": [
            {"id": "alpha", "name": "Alpha", "province": "North", "lat": 1.0, "lon": 1.0},
            {"id": "beta", "name": "Beta", "province": "South", "lat": 2.0, "lon": 2.0},
            {
                "id": "hasakah",
                "name": "Hasakah",
                "province": "East",
                "variants": ["Hasakah", "al-Hasakah"],
                "lat": 3.0,
                "lon": 3.0,
                **capital_overrides,
            },
        ],
    }


@pytest.fixture(scope="module")
def testland() -> Theatre:
    return Theatre.model_validate(theatre_data(initial_controller="rebels"))


@pytest.fixture(scope="module")
def extractor(testland: Theatre) -> Extractor:
    return Extractor(testland)


def events(extractor: Extractor, body: str) -> set[tuple[str | None, str, str, str]]:
    article = Article.model_validate({"id": "t1", "published_at": PUBLISHED, "body": body})
    return {(e.capital, e.type, e.modality, e.actor or "") for e in extractor.extract(article)}


def test_a_capital_starts_with_its_own_initial_controller(testland: Theatre) -> None:
    state = table(fold([], testland))
    assert state["hasakah"].controller == "rebels"
    assert state["alpha"].controller == "gov"
    assert testland.initial_controller("hasakah") == "rebels"
    assert testland.initial_controller("beta") == "gov"


def test_an_initial_controller_must_be_an_actor() -> None:
    with pytest.raises(ValidationError, match="initial_controller"):
        Theatre.model_validate(theatre_data(initial_controller="nobody"))


def test_a_national_capital_must_be_a_capital() -> None:
    data = {**theatre_data(), "national_capital": "gamma"}
    with pytest.raises(ValidationError, match="national_capital"):
        Theatre.model_validate(data)


def test_the_capital_is_the_theatre_s_national_capital_if_it_names_one(extractor: Extractor) -> None:
    assert events(extractor, "The rebels entered the capital on Tuesday.") == set()
    named = Theatre.model_validate(
        {**theatre_data(), "national_capital": "alpha", "country_names": ["Testland"]}
    )
    for body in (
        "The rebels entered the capital on Tuesday.",
        "The rebels entered the Testland capital on Tuesday.",
    ):
        assert events(Extractor(named), body) == {("alpha", "entered", "asserted", "rebels")}


def test_timeline_counts_a_capital_held_from_the_start_as_not_fallen(extractor: Extractor) -> None:
    report = evaluate([], extractor, {}, [date(2024, 3, 4)])
    assert report.timeline["2024-03-04"] == []


def test_names_with_a_lower_case_article_are_found(extractor: Extractor) -> None:
    assert ("hasakah", "captured", "asserted", "gov") in events(
        extractor, "The army captured al-Hasakah on Sunday, residents said."
    )
    assert extractor.gazetteer.capital_mentions("They reached al-Hasakah.") == [("hasakah", 13, 23)]


def test_no_side_takes_a_city_it_has_held_from_the_start(extractor: Extractor) -> None:
    """The theatre file says who held a capital at the start (here the rebels hold Hasakah): "the
    rebels hold al-Hasakah" is no capture of it."""
    assert events(extractor, "Alpha and al-Hasakah are now in rebel hands, residents said.") == {
        ("alpha", "captured", "asserted", "rebels")
    }


def test_seat_of_power_goes_to_the_capital_without_its_own_predicate(extractor: Extractor) -> None:
    found = events(
        extractor,
        "In Alpha, rebels took over the governor's office on Sunday evening, hours after the fall "
        "of Beta, residents said.",
    )
    assert ("alpha", "captured", "asserted", "rebels") in found
    assert ("beta", "captured", "asserted", "rebels") in found


def test_the_theatre_region_noun_names_the_region_not_its_capital(extractor: Extractor) -> None:
    assert events(extractor, "Rebels seized much of Alpha region on Sunday, a war monitor said.") == set()
    assert ("alpha", "captured", "partial", "rebels") in events(
        extractor, "Rebels seized much of Alpha on Sunday, a war monitor said."
    )


def test_a_claim_shared_with_witnesses_is_asserted(extractor: Extractor) -> None:
    joint = events(
        extractor, "Rebels took full control of Beta on Sunday, rebel commanders and residents said."
    )
    alone = events(extractor, "Rebels took full control of Beta on Sunday, rebel commanders said.")
    assert ("beta", "captured", "asserted", "rebels") in joint
    assert ("beta", "captured", "claimed", "rebels") in alone


def _code_strings(path: Path) -> list[str]:
    """String constants of a module, documentation (bare string statements) left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documentation = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documentation
    ]


def test_the_code_names_no_place_or_actor_of_any_bundled_theatre() -> None:
    names: set[str] = set()
    for path in (REPO / "streams" / "theatres").glob("*.json"):
        theatre = load_theatre(str(path))
        names |= {v for c in theatre.capitals for v in (c.name, *c.variants, c.province)}
        names |= {a.name for a in theatre.actors} | {n for n in theatre.country_names}
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )
    offenders = [
        f"{path.relative_to(REPO)}: {text[:60]!r}"
        for path in sorted([*(REPO / "streams").rglob("*.py"), *(REPO / "schemas").rglob("*.py")])
        for text in _code_strings(path)
        if pattern.search(text)
    ]
    assert offenders == []
