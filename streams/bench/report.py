"""The bench figures as a table for people, or one JSON object for dashboards and CI."""

from __future__ import annotations

import math
from typing import Any

import orjson

REQUIRED_KEYS = (
    "extract_articles_per_s",
    "ceiling_msgs_per_s",
    "e2e_articles_per_s",
    "e2e_ratio",
    "e2e_vs_extract",
    "latency_ms_p50",
    "latency_ms_p95",
    "latency_ms_p99",
    "fold_events_per_s",
    "rss_mb_100k",
    "rss_mb_1m",
)


def as_json(figures: dict[str, Any]) -> str:
    def rounded(value: Any) -> Any:
        if isinstance(value, float):
            return round(value, 4 if abs(value) < 10 else 1) if math.isfinite(value) else None
        if isinstance(value, dict):
            return {k: rounded(v) for k, v in value.items()}
        return value

    return orjson.dumps(rounded(figures), option=orjson.OPT_INDENT_2).decode()


def _n(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}" if value >= 10 else f"{value:,.2f}"


def as_table(f: dict[str, Any]) -> str:
    m = f["machine"]
    small, large = f["rss_articles"]
    rows = [
        (
            "(a) extractor, seed-sized articles",
            f"{_n(f['extract_articles_per_s'])} articles/s",
            f"{f['extract_mb_per_s']:.2f} MB/s, {f['extract_article_bytes']:,} B each, {f['extract_events_per_article']:.1f} events each",
        ),
        (
            "(a) extractor, 50 KB articles",
            f"{_n(f['extract_long_articles_per_s'])} articles/s",
            f"{f['extract_long_mb_per_s']:.2f} MB/s, {f['extract_long_article_bytes']:,} B each",
        ),
        (
            "(b) ceiling: aiokafka produce, then consume",
            f"{_n(f['ceiling_msgs_per_s'])} msgs/s",
            f"produce {_n(f['ceiling_produce_msgs_per_s'])}/s, consume {_n(f['ceiling_consume_msgs_per_s'])}/s (the slower)",
        ),
        (
            "(c) end to end, articles.raw -> control.state",
            f"{_n(f['e2e_articles_per_s'])} articles/s",
            f"{f['e2e_articles']:,} articles; {f['e2e_ratio']:.1%} of (b), {f['e2e_vs_extract']:.1%} of (a)",
        ),
        (
            f"(d) latency at {f['latency_rate_per_s']:.0f} articles/s, p50/p95/p99",
            f"{_n(f['latency_ms_p50'])} / {_n(f['latency_ms_p95'])} / {_n(f['latency_ms_p99'])} ms",
            f"{f['latency_probes']} probes: produce -> their capitals' state on control.state"
            + ("; above the rate (c): queueing" if f["e2e_articles_per_s"] < f["latency_rate_per_s"] else ""),
        ),
        (
            f"(d) latency at {f['calm_latency_rate_per_s']:.0f} articles/s, p50/p95/p99",
            f"{_n(f['calm_latency_ms_p50'])} / {_n(f['calm_latency_ms_p95'])} / {_n(f['calm_latency_ms_p99'])} ms",
            f"{f['calm_latency_probes']} probes, sent first"
            + (
                ": below the rate (c), the pipeline's own latency"
                if f["e2e_articles_per_s"] > f["calm_latency_rate_per_s"]
                else "; above the rate (c): queueing"
            ),
        ),
        (
            "(e) pure fold (replay)",
            f"{_n(f['fold_events_per_s'])} events/s",
            f"{f['fold_events']:,} events, best of 3 passes; with JSON decoding {_n(f['replay_events_per_s'])}/s",
        ),
        (
            f"(f) RSS after {small:,} / {large:,} articles",
            f"{f['rss_mb_100k']:.1f} / {f['rss_mb_1m']:.1f} MB",
            f"growth {f['rss_growth_pct']:+.1f}%; worker after (c): {f['worker_rss_mb_after_e2e']:.0f} MB in {f.get('worker_processes', 1)} processes",
        ),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    head = ("measure", "figure", "notes")
    width = [max(w, len(h)) for w, h in zip(width, head, strict=True)]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, width, strict=True)) + " |"

    out = [
        f"frontline bench{' --quick' if f['quick'] else ''}: {m['cores']} cores ({m['cpu']}), Python {m['python']}, {m['platform']}",
        line(head),
        "| " + " | ".join("-" * w for w in width) + " |",
        *(line(r) for r in rows),
    ]
    return "\n".join(out)
