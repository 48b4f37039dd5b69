"""The table agent's work on a batch of event messages, over any key-value store.

`fold_events` in `streams.app` gives it the Faust table; the benchmark's memory probe gives it a
dict. A batch's events are read (only the fields the fold uses), grouped by capital and folded
into each capital's ledger at once (`replay_ledger`); the new state is stored and published
once per capital and batch, with a transition when the city changed hands over the batch.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from schemas.events import CountClaimEvent
from schemas.messages import DeadLetter
from schemas.state import ControlState
from schemas.theatre import Theatre
from streams.core.ledger_codec import ledger_from_json, ledger_to_json
from streams.core.reduce import (
    CapitalLedger,
    Fact,
    initial_ledger,
    ledger_state,
    replay_ledger,
    transition,
)
from streams.core.timeref import parse_offset
from streams.metrics import Metrics
from streams.processing import Origin, Record, decode_for_fold


class LedgerStore(Protocol):
    """What the folder needs of a table: values by capital, and each key's partition."""

    partition_hints: dict[Any, int]

    def get(self, key: Any, /) -> Any: ...

    def __setitem__(self, key: Any, value: Any) -> None: ...


class Ledgers:
    """Typed ledgers over the table, cached by revision so each is parsed once."""

    def __init__(self, table: LedgerStore, theatre: Theatre) -> None:
        self.table = table
        self.theatre = theatre
        self.tz = parse_offset(theatre.utc_offset)
        self.capitals = frozenset(c.id for c in theatre.capitals)
        self._cache: dict[str, tuple[str, CapitalLedger]] = {}

    def load(self, capital: str) -> CapitalLedger:
        stored = self.table.get(capital)
        if stored is None:
            return initial_ledger(self.theatre, capital)
        cached = self._cache.get(capital)
        if cached is not None and cached[0] == stored["rev"]:
            return cached[1]
        ledger = ledger_from_json(stored["ledger"], self.tz)
        self._cache[capital] = (stored["rev"], ledger)
        return ledger

    def store(self, ledger: CapitalLedger, partition: int, state: dict[str, Any]) -> None:
        """Store the ledger and its published state (`ControlState` in JSON form)."""
        rev = uuid.uuid4().hex
        self.table.partition_hints[ledger.capital] = partition
        self.table[ledger.capital] = {"rev": rev, "ledger": ledger_to_json(ledger), "state": state}
        self._cache[ledger.capital] = (rev, ledger)

    def states(self) -> dict[str, ControlState]:
        """Every capital of the theatre: from the table where known to this worker, else baseline."""
        result: dict[str, ControlState] = {}
        for capital in self.theatre.capitals:
            stored = self.table.get(capital.id)
            if stored is None:
                result[capital.id] = ledger_state(self.theatre, initial_ledger(self.theatre, capital.id))
            else:
                result[capital.id] = ControlState.model_validate(stored["state"])
        return result


@dataclass(frozen=True)
class TableTopics:
    state: str
    transitions: str
    deadletter: str


@dataclass
class FoldedBatch:
    """What one batch produced: records to publish, dead letters to count, and the ledgers to
    store once the records are acknowledged (`TableFolder.store`)."""

    records: list[Record]
    dead_letters: list[DeadLetter]
    ledgers: list[tuple[CapitalLedger, int, dict[str, Any]]] = field(default_factory=list)


class TableFolder:
    """Folds batches of `events.typed` messages into the ledgers; returns what to publish."""

    def __init__(self, ledgers: Ledgers, metrics: Metrics, topics: TableTopics) -> None:
        self.ledgers = ledgers
        self.metrics = metrics
        self.topics = topics
        self.theatre = ledgers.theatre
        self.count_claims: dict[str, CountClaimEvent] = {}

    def fold_batch(self, messages: Iterable[tuple[bytes | None, Origin]]) -> FoldedBatch:
        by_capital: dict[str, list[tuple[Fact, int, float | None]]] = defaultdict(list)
        records: list[Record] = []
        letters: list[DeadLetter] = []
        applied = 0
        for raw, origin in messages:
            applied += 1
            read = decode_for_fold(raw, origin)
            if isinstance(read, DeadLetter):
                letters.append(read)
                records.append(Record(self.topics.deadletter, None, read.model_dump_json().encode()))
            elif isinstance(read, CountClaimEvent):
                self.count_claims[read.actor or "unknown"] = read
            elif read is not None and read[0] in self.ledgers.capitals:
                by_capital[read[0]].append((read[1], origin.partition, origin.timestamp_s))
        self.metrics.events_applied.inc(applied)
        folded = FoldedBatch(records, letters)
        for capital, items in by_capital.items():
            self._fold_capital(capital, items, folded)
        return folded

    def store(self, folded: FoldedBatch) -> None:
        """Write the batch's ledgers to the table, after its records were acknowledged: a crash
        in between replays the batch and publishes them again (at-least-once), where the other
        order could leave a table entry whose state was never sent (the replay folds to the
        same ledger, a no-op that publishes nothing)."""
        for ledger, partition, state in folded.ledgers:
            self.ledgers.store(ledger, partition, state)

    def _fold_capital(
        self, capital: str, items: list[tuple[Fact, int, float | None]], folded: FoldedBatch
    ) -> None:
        """Fold one capital's events of a batch at once; the new state and, if the city
        changed hands over the batch, the transition."""
        ledgers, metrics, theatre = self.ledgers, self.metrics, self.theatre
        before = ledgers.load(capital)
        after = replay_ledger(before, [fact for fact, _, _ in items], ledgers.tz)
        if after is before:
            return
        now = time.time()
        for fact, _, ingest_ts in items:
            metrics.lag_published_seconds.observe(max(0.0, now - fact.reported_at.timestamp()))
            if ingest_ts:
                metrics.lag_ingest_seconds.observe(max(0.0, now - ingest_ts))
        records = folded.records
        change = transition(before.derived, after.derived, theatre.capital(capital).name, capital)
        if change is not None:
            metrics.transitions.labels(change.from_controller, change.to_controller).inc()
            records.append(
                Record(self.topics.transitions, capital.encode(), change.model_dump_json().encode())
            )
        state = ledger_state(theatre, after).model_dump(mode="json")
        folded.ledgers.append((after, items[-1][1], state))
        records.append(Record(self.topics.state, capital.encode(), orjson.dumps(state)))
