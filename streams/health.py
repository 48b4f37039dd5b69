"""Health verdicts of a worker, pure: the HTTP probes and the readiness watchdog ask them."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field


def stalled(lag: int, quiet_s: float, stall_s: float) -> bool:
    """Input is waiting and no batch finished for longer than `stall_s` while the worker was ready:
    a stuck worker, which a liveness probe should restart (nothing uncommitted is lost)."""
    return lag > 0 and quiet_s > stall_s


def reads_nothing(ready: bool, batch_in_hand: bool, lag: int) -> bool:
    """Ready, input waiting and no batch in hand: the consumer hands the agents nothing. Watched with
    a `StuckWatch` whose mark is the time the last batch finished, it asks for a new rebalance,
    whose seek to the committed offsets reads again whatever the consumer held back. (A batch in
    hand that does not finish is another stall: `stalled`, for the liveness probe.)"""
    return ready and not batch_in_hand and lag > 0


@dataclass
class StuckWatch:
    """Tells a worker stuck out of readiness from one slowly getting there.

    A rebalance or a table recovery takes as long as it takes, but it moves: the group's
    generation changes, changelog offsets advance. `mark` is whatever shows that movement. Not
    ready with the mark unchanged for `stall_s`, the worker should ask the group for a new
    rebalance (`rejoin_due`), once more after another `stall_s`, and after a third it is `stuck`:
    only a restart is left (seen in the failover test: the survivor assigned every partition,
    never ready, for 300 s).
    """

    stall_s: float
    max_rejoins: int = 2
    still_s: float = 0.0
    """How long the worker has been not ready with the mark unchanged (0 while ready or moving)."""
    rejoins: int = 0
    """New rebalances asked for since the worker was last ready."""
    _mark: Hashable = field(default=None, repr=False)
    _moved_at: float | None = field(default=None, repr=False)

    def observe(self, now: float, ready: bool, mark: Hashable) -> None:
        if ready:
            self._moved_at, self.still_s, self.rejoins = None, 0.0, 0
        elif self._moved_at is None or mark != self._mark:
            self._mark, self._moved_at, self.still_s = mark, now, 0.0
        else:
            self.still_s = now - self._moved_at

    @property
    def rejoin_due(self) -> bool:
        return self.rejoins < self.max_rejoins and self.still_s >= self.stall_s * (self.rejoins + 1)

    def rejoined(self) -> None:
        self.rejoins += 1

    @property
    def stuck(self) -> bool:
        return self.still_s >= self.stall_s * (self.max_rejoins + 1)
