"""Claim lifecycle: competing claims side by side, independent sources, status and freshness."""

from __future__ import annotations

from schemas import Theatre
from streams.core.reduce import fold, table
from tests.factories import make_event


def _claims(state: object) -> dict[str, tuple[str, int]]:
    return {c.controller: (c.status, c.sources) for c in state.claims}  # type: ignore[attr-defined]


def test_a_claimants_word_and_an_officials_confirmation_are_two_sources(theatre: Theatre) -> None:
    claim = make_event(
        "captured",
        "ghazni",
        modality="claimed",
        attribution="Zabihullah Mujahid",
        attribution_kind="claimant",
        article="a1",
        source="Wire A",
    )
    again = make_event(
        "captured",
        "ghazni",
        modality="claimed",
        attribution="Taliban spokesman",
        attribution_kind="claimant",
        article="a2",
        source="Wire B",
        hour=13,
    )
    state = table(fold([claim, again], theatre))["ghazni"]
    assert (state.controller, state.status, state.sources) == ("taliban", "claimed", 1)
    official = make_event(
        "captured",
        "ghazni",
        attribution="a provincial council member",
        attribution_kind="official",
        article="a3",
        source="Wire C",
        hour=14,
    )
    state = table(fold([claim, again, official], theatre))["ghazni"]
    assert (state.status, state.sources) == ("confirmed", 2)
    assert _claims(state) == {"taliban": ("confirmed", 2)}
    assert state.last_evidence_at == official.reported_at


def test_competing_claims_stand_side_by_side_and_a_denial_disputes(theatre: Theatre) -> None:
    taken = make_event(
        "captured", "ghazni", attribution="witnesses", attribution_kind="witness", article="a1"
    )
    parts = make_event(
        "captured",
        "ghazni",
        modality="partial",
        attribution="Interior Ministry",
        attribution_kind="official",
        article="a2",
        hour=15,
    )
    state = table(fold([taken, parts], theatre))["ghazni"]
    assert state.status == "disputed"
    assert _claims(state) == {"taliban": ("disputed", 1), "contested": ("confirmed", 1)}
    [taliban] = [c for c in state.claims if c.controller == "taliban"]
    assert taliban.denied_by == ("official:interior ministry",)
    # A later independent confirmation (within a day a denial is the last word, so the next
    # day) lifts the denial; the claimant repeating itself does not.
    repeat = make_event(
        "captured", "ghazni", modality="claimed", attribution_kind="claimant", article="a3", hour=16
    )
    assert _claims(table(fold([taken, parts, repeat], theatre))["ghazni"])["taliban"][0] == "disputed"
    confirm = make_event(
        "captured",
        "ghazni",
        attribution="a senior security source",
        attribution_kind="official",
        article="a4",
        day="2021-08-11",
    )
    assert _claims(table(fold([taken, parts, confirm], theatre))["ghazni"])["taliban"] == ("confirmed", 2)


def test_one_outlet_is_one_voice_and_the_baseline_has_none(theatre: Theatre) -> None:
    first = make_event("captured", "herat", article="a1", source="Frontline Wire")
    second = make_event("captured", "herat", article="a2", source="frontline  wire", hour=14)
    states = table(fold([first, second], theatre))
    assert states["herat"].sources == 1
    assert (states["kabul"].sources, states["kabul"].claims, states["kabul"].last_evidence_at) == (
        0,
        (),
        None,
    )
