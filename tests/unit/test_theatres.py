"""Theatre files are data: every bundled one validates and its names do not collide."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from schemas import Theatre
from streams.core.gazetteer import Gazetteer
from streams.core.resources import load_theatre

THEATRES = sorted(p.stem for p in (Path(__file__).parents[2] / "streams" / "theatres").glob("*.json"))


@pytest.mark.parametrize("theatre_id", THEATRES)
def test_theatre_file_is_valid(theatre_id: str) -> None:
    theatre = load_theatre(theatre_id)
    assert theatre.baseline_controller in {a.id for a in theatre.actors}
    variants = [v for c in theatre.capitals for v in {c.name, *c.variants}]
    assert len(variants) == len(set(variants)), "a spelling names two capitals"
    epithets = [e.lower() for c in theatre.capitals for e in c.epithets]
    assert len(epithets) == len(set(epithets)), "an epithet names two capitals"


def test_epithets_stand_for_their_city_with_hyphens_or_spaces(theatre: Theatre) -> None:
    gazetteer = Gazetteer(theatre)
    low = "after afghanistan's second largest city fell, the country's third-largest city followed"
    assert [capital for capital, _, _ in gazetteer.epithet_mentions(low)] == ["kandahar", "herat"]
    assert gazetteer.epithet_mentions("the country's second-largest cities") == []


def test_afghanistan_has_34_capitals_with_wire_spellings(theatre: Theatre) -> None:
    assert len(theatre.capitals) == 34
    gazetteer = Gazetteer(theatre)
    for spelling, capital in [
        ("Lashkargah", "lashkar-gah"),
        ("Qala-i-Naw", "qala-e-naw"),
        ("Chaghcharan", "feroz-koh"),
        ("Mazar-e-Sharif", "mazar-i-sharif"),
        ("Pul-i-Khumri", "pul-e-khumri"),
        ("Tarin Kowt", "tarinkot"),
        ("Maimana", "maymana"),
        ("Shibirghan", "sheberghan"),
        ("Fayzabad", "faizabad"),
        ("Taleqan", "taloqan"),
    ]:
        assert gazetteer.variant_to_capital[spelling] == capital


def test_a_capital_s_local_side_must_be_an_actor() -> None:
    data = load_theatre("syria-2024").model_dump()
    assert {c["id"]: c["local_side"] for c in data["capitals"] if c["local_side"]} == {
        "daraa": "southern",
        "suwayda": "southern",
        "quneitra": "southern",
    }
    data["capitals"][0]["local_side"] = "nobody"
    with pytest.raises(ValueError, match="local_side 'nobody' of damascus is not an actor"):
        Theatre.model_validate(data)


def test_a_successor_carries_its_side_on_from_its_day() -> None:
    """The resistance carries the government's side on after Kabul fell: a city retaken with no
    side named from then is retaken by it; before, and for other sides, nothing changes."""
    theatre = load_theatre("afghanistan-2021")
    assert theatre.successor("government", date(2021, 8, 15)) == "government"
    assert theatre.successor("government", date(2021, 8, 17)) == "nrf"
    assert theatre.successor("taliban", date(2021, 8, 17)) == "taliban"
    assert load_theatre("syria-2024").successor("government", date(2024, 12, 9)) == "government"


def test_a_successor_needs_its_day_and_an_actor_it_succeeds() -> None:
    data = load_theatre("afghanistan-2021").model_dump()
    nrf = next(a for a in data["actors"] if a["id"] == "nrf")
    nrf["succeeds_from"] = None
    with pytest.raises(ValueError, match="needs both succeeds and succeeds_from"):
        Theatre.model_validate(data)
    nrf["succeeds"], nrf["succeeds_from"] = "nobody", date(2021, 8, 16)
    with pytest.raises(ValueError, match="succeeds 'nobody', which is not an actor"):
        Theatre.model_validate(data)
