"""Replay properties: the table depends on the set of events, not on their arrival order."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Theatre
from streams.core.reduce import Fact, apply, event_key, fold, initial_state, replay_ledger, table
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


def _long_log(rng: random.Random, size: int, capitals: list[str]) -> list:
    """`size` events over 20 days of August on the capitals, then 10 of them again (duplicates)."""
    log = [
        make_event(
            rng.choice(TYPES),
            rng.choice(capitals),
            actor=rng.choice(["taliban", "government"]),
            modality=rng.choice(MODALITIES),
            day=f"2021-08-{1 + rng.randrange(20):02d}",
            hour=rng.randrange(24),
            article=f"a{i}",
        )
        for i in range(size)
    ]
    return log + rng.sample(log, 10)


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


@settings(max_examples=100, deadline=None)
@given(log=event_logs(), data=st.data())
def test_replay_in_batches_equals_one_event_at_a_time(
    theatre: Theatre, log: list, data: st.DataObject
) -> None:
    """The table agent folds a batch per capital at once; a replay folds the whole log at once."""
    log = log + data.draw(st.lists(st.sampled_from(log), max_size=5))
    one_by_one = initial_state(theatre)
    for event in log:
        one_by_one = apply(one_by_one, event)
    tz = one_by_one.tz
    cuts = sorted(data.draw(st.lists(st.integers(0, len(log)), max_size=4)))
    batched = dict(initial_state(theatre).ledgers)
    for start, end in zip([0, *cuts], [*cuts, len(log)], strict=True):
        for capital in CAPITALS:
            facts = [Fact.of(e) for e in log[start:end] if e.capital == capital]
            batched[capital] = replay_ledger(batched[capital], facts, tz)
    assert batched == dict(one_by_one.ledgers)
    assert fold(log, theatre).ledgers == one_by_one.ledgers


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1), size=st.integers(70, 220), batch=st.integers(1, 90), ordered=st.booleans()
)
def test_replay_past_the_window_equals_one_event_at_a_time(
    theatre: Theatre, seed: int, size: int, batch: int, ordered: bool
) -> None:
    """Long enough logs to push events out of the window, into the checkpoint, and to arrive late;
    or, `ordered`, arriving in event-key order (folded on from the held state, never refolded),
    which must give what one fold of the whole log from the baseline gives."""
    log = _long_log(random.Random(seed), size, ["kunduz"])
    if ordered:
        log.sort(key=lambda e: event_key(Fact.of(e), initial_state(theatre).tz))
    one_by_one = initial_state(theatre)
    for event in log:
        one_by_one = apply(one_by_one, event)
    ledger = initial_state(theatre).ledgers["kunduz"]
    for start in range(0, len(log), batch):
        ledger = replay_ledger(ledger, [Fact.of(e) for e in log[start : start + batch]], one_by_one.tz)  # type: ignore[arg-type]
    assert ledger == one_by_one.ledgers["kunduz"]
    if ordered:
        assert ledger == fold(log, theatre).ledgers["kunduz"]
    else:
        assert ledger.late_events > 0 or size < 100


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(70, 220), chunk=st.integers(1, 90))
def test_a_replay_in_chunks_equals_one_event_at_a_time(
    theatre: Theatre, seed: int, size: int, chunk: int
) -> None:
    """`fold` folds a long log a chunk at a time, to hold little of it: the chunks must not show."""
    log = _long_log(random.Random(seed), size, CAPITALS)
    one_by_one = initial_state(theatre)
    for event in log:
        one_by_one = apply(one_by_one, event)
    assert fold(iter(log), theatre, chunk=chunk).ledgers == one_by_one.ledgers
