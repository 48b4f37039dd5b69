"""`frontline bench`: every measurement of issue 7 in one run, on one fresh embedded broker."""

from __future__ import annotations

import asyncio
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson

from schemas.events import Event
from schemas.theatre import Theatre
from streams.bench import broker_phases as bp
from streams.bench.corpus import LONG_SIZE, SEED_SIZE, articles, corpus, sample_articles
from streams.bench.pure import fold_in_fresh_process, measure_extractor, seed_corpus
from streams.bench.rss import tree_rss_mb
from streams.broker import EmbeddedBroker
from streams.core.extract import Extractor
from streams.core.reduce import apply, initial_state
from streams.core.resources import load_theatre
from streams.settings import Settings
from streams.topics import ensure_topics
from streams.worker_process import stop_worker


@dataclass(frozen=True)
class Plan:
    """How much of each measurement a run does."""

    extract_seconds: float
    long_articles: int
    e2e_seconds: float
    e2e_articles_min: int
    e2e_articles_max: int
    latency_seconds: float
    latency_rate: float
    calm_seconds: float
    calm_rate: float
    fold_events: int
    rss_checkpoints: tuple[int, int]


FULL = Plan(5.0, 24, 15.0, 500, 30_000, 20.0, 100.0, 10.0, 20.0, 200_000, (100_000, 1_000_000))
QUICK = Plan(1.5, 6, 4.0, 120, 6_000, 2.0, 100.0, 2.0, 20.0, 40_000, (10_000, 50_000))

Say = Callable[[str], None]


def machine() -> dict[str, Any]:
    model = ""
    if Path("/proc/cpuinfo").exists():
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cores": os.cpu_count(),
        "cpu": model or platform.processor(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def latency_probes(extractor: Extractor, theatre: Theatre, count: int, after: timedelta) -> list[bp.Probe]:
    """Seed-sized articles a day apart, later than anything else the run sends, each with the
    capitals whose published state it must move (found by folding them with the pure core)."""
    samples = sample_articles(theatre.id)
    items = articles(samples, count, SEED_SIZE, prefix="bench-probe", step=timedelta(days=1), shift=after)
    state = initial_state(theatre)
    probes: list[bp.Probe] = []
    for item in items:
        before = state
        events: list[Event] = extractor.extract(item.article)
        for event in events:
            state = apply(state, event)
        moved = frozenset(
            capital
            for capital, ledger in state.ledgers.items()
            if ledger is not before.ledgers[capital]
            and ledger.derived.updated_at == item.article.published_at
        )
        probes.append(bp.Probe(item, moved))
    return probes


def run_rss_probe(checkpoints: Sequence[int], say: Say) -> list[dict[str, Any]]:
    say(f"(f) memory probe, fresh process, {checkpoints[-1]:,} articles ...")
    result = subprocess.run(
        [sys.executable, "-m", "streams.bench.rss", *map(str, checkpoints)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"memory probe failed:\n{result.stderr[-3000:]}")
    return [orjson.loads(line) for line in result.stdout.splitlines() if line.strip()]


def run_bench(settings: Settings, quick: bool, say: Say) -> dict[str, Any]:
    """Every figure of the benchmark; `settings.broker` is ignored (a fresh broker is started)."""
    plan = QUICK if quick else FULL
    theatre = load_theatre(settings.theatre)
    samples = sample_articles(theatre.id)
    extractor = Extractor(theatre)
    figures: dict[str, Any] = {"quick": quick, "machine": machine()}

    say("(a) pure extractor ...")
    seed = seed_corpus(theatre.id)
    long = corpus(samples, "50 KB", plan.long_articles, LONG_SIZE, prefix="bench-long")
    seed_fig = measure_extractor(extractor, seed.label, seed.articles, plan.extract_seconds)
    long_fig = measure_extractor(extractor, long.label, long.articles, plan.extract_seconds)
    figures |= {
        "extract_articles_per_s": seed_fig.articles_per_s,
        "extract_mb_per_s": seed_fig.mb_per_s,
        "extract_events_per_article": seed_fig.events_per_article,
        "extract_article_bytes": seed.body_bytes // len(seed.items),
        "extract_long_articles_per_s": long_fig.articles_per_s,
        "extract_long_mb_per_s": long_fig.mb_per_s,
        "extract_long_article_bytes": long.body_bytes // len(long.items),
    }

    say("(e) pure fold ...")
    fold_fig = fold_in_fresh_process(theatre.id, plan.fold_events)
    figures |= {
        "fold_events": fold_fig.events,
        "fold_events_per_s": fold_fig.events_per_s,
        "replay_events_per_s": fold_fig.decode_events_per_s,
    }

    rss = run_rss_probe(plan.rss_checkpoints, say)
    figures |= {
        "rss_articles": [line["articles"] for line in rss],
        "rss_mb_100k": rss[0]["rss_mb"],
        "rss_mb_1m": rss[-1]["rss_mb"],
        "rss_growth_pct": 100 * (rss[-1]["rss_mb"] / rss[0]["rss_mb"] - 1),
        "rss_probe_seconds": rss[-1]["seconds"],
    }

    e2e_count = int(
        min(plan.e2e_articles_max, max(plan.e2e_articles_min, seed_fig.articles_per_s * plan.e2e_seconds))
    )
    say(
        f"generating {e2e_count:,} seed-sized articles and {plan.latency_seconds * plan.latency_rate:.0f} latency probes ..."
    )
    stream = corpus(samples, "8 KB", e2e_count, SEED_SIZE, prefix="bench-e2e")
    warm = corpus(samples, "8 KB", len(samples), SEED_SIZE, prefix="bench-warm")
    after = timedelta(days=30) + e2e_count * timedelta(minutes=1)
    calm_count = int(plan.calm_seconds * plan.calm_rate)
    calm_probes = latency_probes(extractor, theatre, calm_count, after=after)
    probes = latency_probes(
        extractor,
        theatre,
        int(plan.latency_seconds * plan.latency_rate),
        after=after + timedelta(days=calm_count + 1),  # published after the calm probes
    )
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as scratch, EmbeddedBroker() as broker:
        live = settings.model_copy(update={"broker": broker.url})
        say(f"(b) ceiling: plain aiokafka, {e2e_count:,} messages ...")
        ceiling = bp.measure_ceiling(live, stream.items)
        figures |= {
            "ceiling_msgs_per_s": ceiling.msgs_per_s,
            "ceiling_produce_msgs_per_s": ceiling.produce_per_s,
            "ceiling_consume_msgs_per_s": ceiling.consume_per_s,
        }
        asyncio.run(ensure_topics(live))
        say("starting a frontline worker ...")
        worker = bp.start_worker(live, Path(scratch) / "worker.log")
        try:
            bp.measure_end_to_end(worker, live, warm.items, timeout_s=300)
            say(f"(c) end to end, {e2e_count:,} articles ...")
            e2e = bp.measure_end_to_end(worker, live, stream.items, timeout_s=900)
            worker_rss, worker_processes = tree_rss_mb(worker.process.pid)
            figures |= {
                "e2e_articles": e2e.articles,
                "e2e_articles_per_s": e2e.articles_per_s,
                "e2e_ratio": e2e.articles_per_s / ceiling.msgs_per_s,
                "e2e_vs_extract": e2e.articles_per_s / seed_fig.articles_per_s,
                "worker_rss_mb_after_e2e": worker_rss,
                "worker_processes": worker_processes,
            }
            for prefix, batch, rate, seconds in (
                ("calm_", calm_probes, plan.calm_rate, plan.calm_seconds),
                ("", probes, plan.latency_rate, plan.latency_seconds),
            ):
                say(f"(d) latency at {rate:.0f} articles/s for {seconds:.0f} s ...")
                figures |= bp.measure_latency(live, batch, rate, timeout_s=300).as_figures(prefix)
        finally:
            stop_worker(worker)
    return figures
