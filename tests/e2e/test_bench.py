"""`frontline bench --quick --json` end to end: every figure is there and positive (no timing
assertions: speed targets live in the benchmark's output, not in tests)."""

from __future__ import annotations

import json

import pytest

from streams.bench.report import REQUIRED_KEYS
from tests.e2e.test_cli import run

pytestmark = pytest.mark.e2e


def test_bench_quick_prints_every_figure_as_json() -> None:
    result = run(["bench", "--quick", "--json"], timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    for key in REQUIRED_KEYS:
        assert isinstance(figures[key], int | float) and figures[key] > 0, (key, figures.get(key))
    assert figures["quick"] is True
    assert figures["machine"]["cores"] >= 1
    assert figures["machine"]["python"].count(".") == 2
    assert figures["latency_probes"] > 0 and figures["e2e_articles"] > 0
    assert figures["calm_latency_probes"] > 0
    assert 0 < figures["calm_latency_ms_p50"] <= figures["calm_latency_ms_p99"]
    assert figures["rss_articles"] == sorted(figures["rss_articles"])
