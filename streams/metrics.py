"""Prometheus metrics of a worker, named by Prometheus conventions (base units, `_total`)."""

from __future__ import annotations

from collections.abc import Mapping

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

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
        self.worker = Info("frontline_worker", "Versions and theatre of this worker.", registry=registry)
        self._capital_labels: dict[str, tuple[str, str]] = {}

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
