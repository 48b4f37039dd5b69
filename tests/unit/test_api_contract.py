"""The checked-in OpenAPI document and the ledger codec keep up with the code."""

from __future__ import annotations

from schemas import Theatre
from streams.api.openapi import DOCUMENT_PATH, rendered
from streams.core.ledger_codec import ledger_from_json, ledger_to_json
from streams.core.reduce import WINDOW, fold
from tests.factories import make_event


def test_openapi_document_is_current() -> None:
    assert DOCUMENT_PATH.read_text(encoding="utf-8") == rendered(), "run `make schemas`"


def test_claims_survive_the_changelog_round_trip_past_the_window(theatre: Theatre) -> None:
    """Claims older than the window live in the checkpoint; the stored form keeps them."""
    log = [
        make_event(
            "contested",
            "kunduz",
            article=f"a{i}",
            source=f"outlet {i % 5}",
            day=f"2021-07-{1 + i % 28:02d}",
            hour=i % 24,
        )
        for i in range(WINDOW + 20)
    ]
    log.append(
        make_event("captured", "kunduz", modality="claimed", attribution_kind="claimant", day="2021-08-08")
    )
    state = fold(log, theatre)
    ledger = state.ledgers["kunduz"]
    assert ledger.checkpoint.claims  # some claims were folded into the checkpoint
    restored = ledger_from_json(ledger_to_json(ledger), state.tz)
    assert restored.derived == ledger.derived
    assert {c.controller: len(c.voices) for c in restored.derived.claims} == {"contested": 5, "taliban": 1}
