"""The readiness watchdog's verdicts: slow but moving is never stuck; ready forgets it all."""

from __future__ import annotations

from streams.health import StuckWatch, reads_nothing


def test_a_worker_not_ready_but_moving_is_never_still() -> None:
    watch = StuckWatch(stall_s=60)
    for step, offsets_read in enumerate(range(0, 5000, 100)):  # a long recovery, reading on
        watch.observe(step * 30.0, ready=False, mark=(3, offsets_read))
        assert watch.still_s == 0.0 and not watch.rejoin_due and not watch.stuck


def test_still_counts_from_the_last_headway() -> None:
    watch = StuckWatch(stall_s=60)
    watch.observe(0.0, ready=False, mark=(3, 100))
    watch.observe(50.0, ready=False, mark=(3, 100))
    assert watch.still_s == 50.0 and not watch.rejoin_due
    watch.observe(60.0, ready=False, mark=(4, 100))  # a new generation: headway
    watch.observe(100.0, ready=False, mark=(4, 100))
    assert watch.still_s == 40.0


def test_two_rejoins_a_stall_apart_then_stuck() -> None:
    watch = StuckWatch(stall_s=60)
    watch.observe(0.0, ready=False, mark=1)
    watch.observe(59.0, ready=False, mark=1)
    assert not watch.rejoin_due
    watch.observe(61.0, ready=False, mark=1)
    assert watch.rejoin_due and not watch.stuck
    watch.rejoined()
    watch.observe(100.0, ready=False, mark=1)  # the new rebalance never came
    assert not watch.rejoin_due
    watch.observe(121.0, ready=False, mark=1)
    assert watch.rejoin_due
    watch.rejoined()
    watch.observe(170.0, ready=False, mark=1)
    assert not watch.rejoin_due and not watch.stuck
    watch.observe(181.0, ready=False, mark=1)
    assert watch.stuck and not watch.rejoin_due  # two tries are all it makes


def test_a_rejoin_not_possible_yet_stays_due() -> None:
    watch = StuckWatch(stall_s=60)
    watch.observe(0.0, ready=False, mark=1)
    watch.observe(70.0, ready=False, mark=1)
    assert watch.rejoin_due  # a join under way: nothing asked, nothing counted
    watch.observe(75.0, ready=False, mark=1)
    assert watch.rejoin_due and watch.rejoins == 0


def test_ready_ends_the_spell() -> None:
    watch = StuckWatch(stall_s=60)
    watch.observe(0.0, ready=False, mark=1)
    watch.observe(200.0, ready=False, mark=1)
    watch.rejoined()
    assert watch.stuck
    watch.observe(210.0, ready=True, mark=1)
    assert (watch.still_s, watch.rejoins, watch.stuck) == (0.0, 0, False)
    watch.observe(600.0, ready=False, mark=1)  # a new spell starts its own clock
    watch.observe(610.0, ready=False, mark=1)
    assert watch.still_s == 10.0


def _idle_watch(ticks: list[tuple[float, bool, bool, int, float]]) -> StuckWatch:
    """Feed a watch as the worker's timer does: (now, ready, batch in hand, lag, last batch at)."""
    watch = StuckWatch(stall_s=60)
    for now, ready, in_hand, lag, last_batch_at in ticks:
        watch.observe(now, not reads_nothing(ready, in_hand, lag), last_batch_at)
    return watch


def test_a_ready_worker_that_reads_nothing_with_input_waiting_rejoins() -> None:
    """Records the consumer holds back and never reads again (seen once in the crash test: a
    worker ready, four partitions' backlogs waiting, nothing read for nine minutes)."""
    watch = _idle_watch([(t, True, False, 223, 5.0) for t in (10.0, 40.0, 69.0)])
    assert not watch.rejoin_due
    watch = _idle_watch([(t, True, False, 223, 5.0) for t in (10.0, 40.0, 71.0)])
    assert watch.rejoin_due


def test_a_batch_in_hand_or_nothing_waiting_or_batches_finishing_is_no_reason_to_rejoin() -> None:
    in_hand = _idle_watch([(t, True, True, 223, 5.0) for t in range(0, 600, 5)])  # a frozen helper
    idle = _idle_watch([(t, True, False, 0, 5.0) for t in range(0, 600, 5)])  # nothing to read
    busy = _idle_watch([(t, True, False, 223, t - 1.0) for t in range(0, 600, 5)])  # batches finish
    recovering = _idle_watch([(t, False, False, 223, 5.0) for t in range(0, 600, 5)])  # `watch`'s case
    assert not any(w.rejoin_due for w in (in_hand, idle, busy, recovering))
