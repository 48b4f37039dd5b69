"""The worker's metrics: names by Prometheus conventions, series created up front, the table
gauges (one series per capital across workers), consumer lag and the count-claim gap."""

from __future__ import annotations

import re

import pytest
from aiokafka.partitioner import DefaultPartitioner
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from schemas import Theatre
from streams.app import _event_types, _refresh_table_gauges
from streams.bench.rss import DictTable
from streams.metrics import Metrics, capital_partition, consumer_lag, owned_capitals
from streams.processing import Origin
from streams.table import Ledgers, TableFolder, TableTopics
from tests.factories import make_event

HIGH_CARDINALITY = {"article", "article_id", "event_id", "id", "evidence", "offset", "url", "title"}


def samples(registry: CollectorRegistry, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    found: dict[tuple[tuple[str, str], ...], float] = {}
    for family in text_string_to_metric_families(generate_latest(registry).decode()):
        for sample in family.samples:
            if sample.name == name:
                found[tuple(sorted(sample.labels.items()))] = sample.value
    return found


@pytest.fixture
def metrics(theatre: Theatre) -> Metrics:
    m = Metrics(CollectorRegistry())
    m.initialise(_event_types(), [a.id for a in theatre.actors] + ["contested"])
    return m


def test_names_follow_prometheus_conventions(metrics: Metrics) -> None:
    text = generate_latest(metrics.registry).decode()
    names = set(re.findall(r"^# TYPE (\S+) (\S+)$", text, re.MULTILINE))
    assert names, text
    for name, kind in names:
        assert name.startswith("frontline_"), name
        assert not re.search(r"_(ms|milliseconds|minutes|hours|days)(_|$)", name), f"{name}: not a base unit"
        if kind == "counter":
            assert name.endswith("_total"), name
        if kind == "histogram":
            assert name.endswith("_seconds"), name
    for labels in re.findall(r"\{([^}]*)\}", text):
        keys = {pair.split("=")[0] for pair in labels.split(",") if pair}
        assert not keys & HIGH_CARDINALITY, keys


def test_known_series_start_at_zero(metrics: Metrics) -> None:
    letters = samples(metrics.registry, "frontline_deadletters_total")
    assert {dict(k)["reason"] for k in letters} == {"decode", "validation", "too_large", "extraction"}
    assert set(letters.values()) == {0.0}
    events = samples(metrics.registry, "frontline_events_total")
    assert len(events) == 11 * 4
    assert (("modality", "claimed"), ("type", "captured")) in events
    moves = samples(metrics.registry, "frontline_control_transitions_total")
    assert len(moves) == 4 * 3  # taliban, government, nrf, contested: every ordered pair
    assert (("from_controller", "government"), ("to_controller", "taliban")) in moves


def test_capital_partition_is_the_producer_partition(theatre: Theatre) -> None:
    partitioner = DefaultPartitioner()
    for capital in theatre.capitals:
        for n in (1, 4, 12):
            parts = list(range(n))
            assert capital_partition(capital.id, n) == partitioner(capital.id.encode(), parts, parts)


def test_owned_capitals_split_the_theatre_between_workers(theatre: Theatre) -> None:
    ids = [c.id for c in theatre.capitals]
    first, second = owned_capitals(ids, 4, {0, 1}), owned_capitals(ids, 4, {2, 3})
    assert first and second
    assert not first & second
    assert first | second == set(ids)
    assert owned_capitals(ids, 4, set()) == set()


def test_consumer_lag_per_partition() -> None:
    a0, a1, e0 = ("articles.raw", 0), ("articles.raw", 1), ("events.typed", 0)
    lags = consumer_lag([a0, a1, e0], {a0: 120, a1: None, e0: 7}, {a0: 100, e0: None})
    assert lags == {a0: 20, e0: 7}  # a1: no high watermark known yet; e0: nothing committed
    assert consumer_lag([a0], {a0: 5}, {a0: 9}) == {a0: 0}  # never negative


def test_consumer_lag_series_follow_the_assignment(metrics: Metrics) -> None:
    metrics.set_consumer_lag({("articles.raw", 0): 3, ("articles.raw", 1): 0})
    metrics.set_consumer_lag({("articles.raw", 1): 4})  # partition 0 revoked
    assert samples(metrics.registry, "frontline_consumer_lag_messages") == {
        (("partition", "1"), ("topic", "articles.raw")): 4.0
    }


def _fold(theatre: Theatre, metrics: Metrics) -> tuple[Ledgers, TableFolder]:
    ledgers = Ledgers(DictTable(), theatre)
    folder = TableFolder(ledgers, metrics, TableTopics("control.state", "control.transitions", "dl"))
    events = [
        make_event("captured", "kandahar", article="k"),
        make_event("captured", "herat", article="h"),
        make_event("count_claim", "kabul", article="c", count=12, total=34),
    ]
    raw = [(e.model_dump_json().encode(), Origin("events.typed", 0, i, 1.0)) for i, e in enumerate(events)]
    folded = folder.fold_batch(raw)
    folder.store(folded)
    return ledgers, folder


def test_table_gauges_and_count_claim_gap(theatre: Theatre, metrics: Metrics) -> None:
    ledgers, folder = _fold(theatre, metrics)
    everything = {c.id for c in theatre.capitals}
    _refresh_table_gauges(metrics, ledgers, folder.count_claims, everything)
    per_capital = samples(metrics.registry, "frontline_capital_controller")
    assert len(per_capital) == 34
    assert {dict(k)["capital"] for k in per_capital} == everything
    held = {dict(k)["capital"] for k in per_capital if dict(k)["controller"] == "taliban"}
    assert held == {"kandahar", "herat"}
    by_controller = {
        dict(k)["controller"]: v
        for k, v in samples(metrics.registry, "frontline_capitals_by_controller").items()
    }
    assert by_controller == {"taliban": 2, "government": 32, "nrf": 0, "contested": 0}
    assert samples(metrics.registry, "frontline_count_claim_capitals") == {(("actor", "taliban"),): 12.0}
    assert samples(metrics.registry, "frontline_count_claim_gap") == {(("actor", "taliban"),): 10.0}
    transitions = samples(metrics.registry, "frontline_control_transitions_total")
    assert transitions[(("from_controller", "government"), ("to_controller", "taliban"))] == 2.0


def test_table_gauges_cover_only_owned_capitals(theatre: Theatre, metrics: Metrics) -> None:
    ledgers, folder = _fold(theatre, metrics)
    ids = [c.id for c in theatre.capitals]
    _refresh_table_gauges(metrics, ledgers, folder.count_claims, set(ids))
    mine = owned_capitals(ids, 4, {capital_partition("kandahar", 4)})
    _refresh_table_gauges(metrics, ledgers, folder.count_claims, mine)  # a rebalance took the rest
    per_capital = samples(metrics.registry, "frontline_capital_controller")
    assert {dict(k)["capital"] for k in per_capital} == mine
    assert sum(samples(metrics.registry, "frontline_capitals_by_controller").values()) == len(mine)
    # the gap compares the claim with the worker's whole table, standby partitions included
    assert samples(metrics.registry, "frontline_count_claim_gap") == {(("actor", "taliban"),): 10.0}
