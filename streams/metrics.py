"""Prometheus metrics of a worker, named by Prometheus conventions (base units, `_total`).

Labels have small, known value sets (event types, modalities, dead-letter reasons, actors,
topic partitions, the theatre's capitals); series whose label values are known in advance are
created at zero, so that `rate()` and `increase()` see their first increment.

Several workers split the partitions of `events.typed`; the table gauges of one worker cover
only the capitals whose partition it owns (`owned_capitals`), so the series of all workers add
up to one per capital and `sum by (controller)` gives the whole table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, get_args

from aiokafka.partitioner import murmur2
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from schemas.common import Modality
from schemas.messages import DeadLetterReason

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_LAG_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, 86400, 7 * 86400, 90 * 86400)


class Metrics:
    """All metrics of one worker, on one registry (the default one in a worker process)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.articles_received = Counter(
            "frontline_articles_received_total", "Messages read from the articles topic.", registry=registry
        )
        self.articles_processed = Counter(
            "frontline_articles_processed_total",
            "Articles decoded, validated and extracted.",
            registry=registry,
        )
        self.articles_invalid = Counter(
            "frontline_articles_invalid_total", "Messages refused, by reason.", ["reason"], registry=registry
        )
        self.articles_duplicate = Counter(
            "frontline_articles_duplicate_total",
            "Articles whose id this worker had already processed (redelivery or re-ingest).",
            registry=registry,
        )
        self.articles_syndicated = Counter(
            "frontline_articles_syndicated_total",
            "Near-duplicate copies of an earlier wire story; their events are not counted again.",
            registry=registry,
        )
        self.deadletters = Counter(
            "frontline_deadletters_total",
            "Messages written to the dead-letter topic, by reason.",
            ["reason"],
            registry=registry,
        )
        self.events = Counter(
            "frontline_events_total",
            "Typed events extracted, by type and modality.",
            ["type", "modality"],
            registry=registry,
        )
        self.events_applied = Counter(
            "frontline_events_applied_total", "Events folded into the control table.", registry=registry
        )
        self.extraction_seconds = Histogram(
            "frontline_extraction_seconds",
            "Time to extract one article.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.extraction_helper_restarts = Counter(
            "frontline_extraction_helper_restarts_total",
            "Extraction helper pools started again, by reason: a helper died, or was killed when an "
            "article outlasted FRONTLINE_EXTRACT_TIMEOUT_S.",
            ["reason"],
            registry=registry,
        )
        self.group_rejoins = Counter(
            "frontline_group_rejoins_total",
            "New rebalances this worker asked for because it stayed not ready with no headway for "
            "FRONTLINE_RECOVERY_STALL_S (rebalance or table recovery stuck).",
            registry=registry,
        )
        self.lag_published_seconds = Histogram(
            "frontline_state_lag_published_seconds",
            "State updated minus the article's published_at.",
            buckets=_LAG_BUCKETS,
            registry=registry,
        )
        self.lag_ingest_seconds = Histogram(
            "frontline_state_lag_ingest_seconds",
            "State updated minus the time the article was written to the articles topic.",
            buckets=_LAG_BUCKETS,
            registry=registry,
        )
        self.transitions = Counter(
            "frontline_control_transitions_total",
            "Changes of controller.",
            ["from_controller", "to_controller"],
            registry=registry,
        )
        self.capital_controller = Gauge(
            "frontline_capital_controller",
            "1 for the current controller and status of each capital (one series per capital).",
            ["capital", "controller", "status"],
            registry=registry,
        )
        self.capitals_by_controller = Gauge(
            "frontline_capitals_by_controller",
            "Capitals held by each controller.",
            ["controller"],
            registry=registry,
        )
        self.count_claim_gap = Gauge(
            "frontline_count_claim_gap",
            "Latest count claim (e.g. 12 of 34) minus capitals the table gives that actor.",
            ["actor"],
            registry=registry,
        )
        self.count_claim = Gauge(
            "frontline_count_claim_capitals",
            "Capitals the latest count claim gives an actor (the 12 of '12 of 34').",
            ["actor"],
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "frontline_consumer_lag_messages",
            "Messages in a source partition this worker consumes that it has not committed yet "
            "(high watermark minus committed offset, at scrape time).",
            ["topic", "partition"],
            registry=registry,
        )
        self.worker = Info("frontline_worker", "Versions and theatre of this worker.", registry=registry)
        self._capital_labels: dict[str, tuple[str, str]] = {}

    def initialise(self, event_types: Iterable[str], controllers: Iterable[str]) -> None:
        """Create at zero every counter series whose label values are known in advance."""
        reasons = get_args(DeadLetterReason)
        for reason in reasons:
            self.deadletters.labels(reason)
            self.articles_invalid.labels(reason)
        for restart in ("died", "timeout"):
            self.extraction_helper_restarts.labels(restart)
        for kind in event_types:
            for modality in get_args(Modality):
                self.events.labels(kind, modality)
        known = sorted(set(controllers))
        for before in known:
            for after in known:
                if before != after:
                    self.transitions.labels(before, after)

    def set_consumer_lag(self, lags: Mapping[tuple[str, int], int]) -> None:
        """One series per assigned source partition: partitions revoked since are dropped."""
        self.consumer_lag.clear()
        for (topic, partition), lag in sorted(lags.items()):
            self.consumer_lag.labels(topic, str(partition)).set(lag)

    def retain_capitals(self, capitals: set[str]) -> None:
        """Drop the series of capitals this worker no longer owns (a rebalance moved them)."""
        for capital in set(self._capital_labels) - capitals:
            self.capital_controller.remove(capital, *self._capital_labels.pop(capital))

    def set_capital(self, capital: str, controller: str, status: str) -> None:
        """Keep exactly one series per capital: drop the old label set on a change."""
        old = self._capital_labels.get(capital)
        if old == (controller, status):
            return
        if old is not None:
            self.capital_controller.remove(capital, *old)
        self.capital_controller.labels(capital, controller, status).set(1)
        self._capital_labels[capital] = (controller, status)

    def set_controller_counts(self, counts: Mapping[str, int], known: set[str]) -> None:
        for controller in known | set(counts):
            self.capitals_by_controller.labels(controller).set(counts.get(controller, 0))


def capital_partition(capital: str, partitions: int) -> int:
    """The partition of `events.typed` (and of the table) holding a capital's events: murmur2 of
    the key, as the Java client and aiokafka's default partitioner compute it."""
    hashed: int = murmur2(capital.encode())
    return (hashed & 0x7FFFFFFF) % partitions


def owned_capitals(capitals: Iterable[str], partitions: int, assigned: Iterable[int]) -> set[str]:
    """The capitals whose `events.typed` partition is actively assigned to this worker."""
    mine = set(assigned)
    return {c for c in capitals if capital_partition(c, partitions) in mine}


def consumer_lag(
    assigned: Iterable[tuple[str, int]],
    highwater: Mapping[tuple[str, int], int | None],
    committed: Mapping[tuple[str, int], int | None],
) -> dict[tuple[str, int], int]:
    """Lag per partition: high watermark (next offset to be written) minus the committed offset
    (next offset to read), never negative. A partition whose high watermark is not known yet (no
    fetch answered) is left out; one with nothing committed counts from offset 0."""
    lags: dict[tuple[str, int], int] = {}
    for tp in assigned:
        end = highwater.get(tp)
        if end is None:
            continue
        lags[tp] = max(0, end - (committed.get(tp) or 0))
    return lags


def faust_consumer_lag(consumer: Any, topics: set[str]) -> dict[tuple[str, int], int]:
    """`consumer_lag` from a running Faust consumer: its assignment, aiokafka's cached high
    watermarks (from the last fetch answer) and Faust's committed offsets. Empty while the
    consumer is not started."""
    try:
        assignment = [tp for tp in consumer.assignment() if tp.topic in topics]
        highwater = {(tp.topic, tp.partition): consumer.highwater(tp) for tp in assignment}
    except Exception:  # ConsumerNotStarted, or a rebalance in progress
        return {}
    committed = {(tp.topic, tp.partition): consumer._committed_offset.get(tp) for tp in assignment}
    return consumer_lag(list(highwater), highwater, committed)
