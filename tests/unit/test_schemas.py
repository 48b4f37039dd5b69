"""The message contracts: validation, the union, versions, and the exported JSON Schemas."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import ValidationError

from schemas import Article, parse_event
from schemas.export import MODELS, SCHEMA_DIR, rendered
from schemas.theatre import canonical_id
from tests.factories import make_event


@pytest.mark.parametrize("name", sorted(MODELS))
def test_exported_json_schemas_are_current(name: str) -> None:
    path = SCHEMA_DIR / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == rendered(name), (
        f"{path} is stale: run `python -m schemas.export`"
    )


def test_article_needs_a_timezone() -> None:
    with pytest.raises(ValidationError, match="timezone"):
        Article(id="a", published_at=datetime(2021, 8, 13, 12), body="x")


def test_events_round_trip_through_json() -> None:
    event = make_event("captured", "kunduz")
    assert parse_event(event.model_dump_json()) == event
    assert parse_event(event.model_dump(mode="json")) == event


def test_events_are_frozen() -> None:
    event = make_event("captured", "kunduz")
    with pytest.raises(ValidationError):
        event.capital = "herat"  # type: ignore[misc]


def test_control_events_need_a_capital() -> None:
    payload = make_event("captured", "kunduz").model_dump(mode="json")
    payload["capital"] = None
    with pytest.raises(ValidationError):
        parse_event(payload)


def test_newer_schema_versions_are_refused_clearly() -> None:
    payload = make_event("captured", "kunduz").model_dump(mode="json")
    payload["schema_version"] = 99
    with pytest.raises(ValueError, match="newer than this reader"):
        parse_event(payload)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Qala-e Naw", "qala-e-naw"), ("Mazar-i-Sharif", "mazar-i-sharif"), ("Lashkar Gah", "lashkar-gah")],
)
def test_canonical_ids(name: str, expected: str) -> None:
    assert canonical_id(name) == expected
