"""As-of queries against a brute-force fold, and the claim tallies against a direct count."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Theatre
from streams.core.history import capital_history, state_as_of, timeline
from streams.core.reduce import apply, fold, initial_state, table
from tests.factories import KABUL
from tests.property.test_reduce_properties import event_logs

BOUNDS = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(2021, 6, 25), max_value=datetime(2021, 8, 15)).map(
        lambda t: t.replace(tzinfo=KABUL)
    ),
)


def brute_force(log: list, theatre: Theatre, as_of: datetime | None, known_at: datetime | None) -> dict:
    """One event at a time, with the bounds checked by hand."""
    state = initial_state(theatre)
    for event in log:
        if (as_of is None or event.event_time <= as_of) and (
            known_at is None or event.reported_at <= known_at
        ):
            state = apply(state, event)
    return table(state)


@settings(max_examples=100, deadline=None)
@given(log=event_logs(), as_of=BOUNDS, known_at=BOUNDS, data=st.data())
def test_state_as_of_equals_a_brute_force_fold(
    theatre: Theatre, log: list, as_of: datetime | None, known_at: datetime | None, data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(log + data.draw(st.lists(st.sampled_from(log), max_size=4))))
    assert table(state_as_of(shuffled, theatre, as_of, known_at)) == brute_force(
        log, theatre, as_of, known_at
    )


@settings(max_examples=50, deadline=None)
@given(log=event_logs(), as_of=BOUNDS)
def test_a_later_report_bound_only_adds_knowledge(
    theatre: Theatre, log: list, as_of: datetime | None
) -> None:
    """Unbounded `known_at` is the plain fold; a bound before every report is the baseline."""
    assert table(state_as_of(log, theatre, as_of, None)) == table(
        state_as_of(log, theatre, as_of, datetime.max.replace(tzinfo=KABUL))
    )
    first = min(e.reported_at for e in log) - timedelta(seconds=1)
    assert table(state_as_of(log, theatre, as_of, first)) == table(initial_state(theatre))
    assert table(state_as_of(log, theatre)) == table(fold(log, theatre))


@settings(max_examples=60, deadline=None)
@given(log=event_logs(), data=st.data())
def test_history_ends_where_the_fold_ends_and_ignores_order(
    theatre: Theatre, log: list, data: st.DataObject
) -> None:
    folded = table(fold(log, theatre))
    shuffled = data.draw(st.permutations(log))
    for capital in {e.capital for e in log}:
        steps = capital_history(shuffled, theatre, capital)
        assert steps == capital_history(log, theatre, capital)
        assert steps[-1].after == (folded[capital].controller, folded[capital].status)
        for before, after in pairwise(steps):
            assert before.after == after.before
    changes = timeline(log, theatre)
    assert changes == timeline(shuffled, theatre)
    for capital, state in folded.items():
        mine = [t for t in changes if t.capital == capital]
        assert (mine[-1].to_controller if mine else "government") == state.controller


@settings(max_examples=150, deadline=None)
@given(log=event_logs(), data=st.data())
def test_claims_count_independent_voices_in_any_order(
    theatre: Theatre, log: list, data: st.DataObject
) -> None:
    """Each claim's sources are the distinct voices that backed it (order and repeats aside)."""
    from streams.core.reduce import Fact, voice

    states = table(fold(data.draw(st.permutations(log + log[:3])), theatre))
    for capital in {e.capital for e in log}:
        backing: dict[str, set[str]] = {}
        for event in log:
            if event.capital != capital:
                continue
            fact = Fact.of(event)  # type: ignore[arg-type]
            takes = event.type in ("captured", "surrendered", "retaken")
            if event.modality == "denied":
                continue
            target = event.actor if takes and event.modality != "partial" else "contested"
            backing.setdefault(target, set()).add(voice(fact))
        claims = {c.controller: c for c in states[capital].claims}
        for controller, voices in backing.items():
            assert claims[controller].sources == len(voices)
            assert set(claims[controller].voices) == voices
        holder = states[capital]
        assert holder.sources == (claims[holder.controller].sources if holder.controller in claims else 0)
