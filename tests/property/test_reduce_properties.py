"""Replay properties: the table depends on the set of events, not on their arrival order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Theatre
from streams.core.reduce import apply, fold, table
from tests.factories import make_event

CAPITALS = ["kunduz", "herat", "ghazni"]
TYPES = ["captured", "entered", "contested", "retaken", "surrendered"]
MODALITIES = ["asserted", "claimed", "denied", "partial"]


@st.composite
def event_logs(draw: st.DrawFn) -> list:
    count = draw(st.integers(min_value=1, max_value=25))
    slots = draw(
        st.lists(st.integers(min_value=0, max_value=24 * 40 - 1), min_size=count, max_size=count, unique=True)
    )  # distinct event times
    events = []
    for i, slot in enumerate(slots):
        day, hour = divmod(slot, 24)
        events.append(
            make_event(
                draw(st.sampled_from(TYPES)),
                draw(st.sampled_from(CAPITALS)),
                actor=draw(st.sampled_from(["taliban", "government", "nrf"])),
                modality=draw(st.sampled_from(MODALITIES)),
                day=f"2021-07-{1 + day % 31:02d}" if day < 31 else f"2021-08-{1 + day - 31:02d}",
                hour=hour,
                article=f"a{i}",
            )
        )
    return events


@settings(max_examples=200, deadline=None)
@given(log=event_logs(), data=st.data())
def test_any_arrival_order_folds_to_the_same_state(theatre: Theatre, log: list, data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(log))
    assert table(fold(shuffled, theatre)) == table(fold(log, theatre))


@settings(max_examples=200, deadline=None)
@given(log=event_logs(), data=st.data())
def test_duplicates_never_change_the_state(theatre: Theatre, log: list, data: st.DataObject) -> None:
    repeats = data.draw(st.lists(st.sampled_from(log), max_size=10))
    with_duplicates = data.draw(st.permutations(log + repeats))
    assert table(fold(with_duplicates, theatre)) == table(fold(log, theatre))


@settings(max_examples=100, deadline=None)
@given(log=event_logs())
def test_apply_is_idempotent_per_event(theatre: Theatre, log: list) -> None:
    state = fold(log, theatre)
    for event in log:
        assert apply(state, event) is state
