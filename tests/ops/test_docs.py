"""The README documents every setting and every metric the code has (and no other)."""

from __future__ import annotations

import re
from pathlib import Path

from prometheus_client import CollectorRegistry

from streams.metrics import Metrics
from streams.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    missing = [
        f"FRONTLINE_{n.upper()}" for n in Settings.model_fields if f"FRONTLINE_{n.upper()}" not in README
    ]
    assert not missing, f"settings missing from README: {missing}"


def test_the_metrics_table_lists_exactly_the_metrics() -> None:
    section = README.split("### Metrics", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(frontline_\w+)` \|", section, re.MULTILINE))
    registry = CollectorRegistry()
    Metrics(registry)
    exposed = set()
    for family in registry.collect():
        name = family.name + ("_total" if family.type == "counter" else "")
        exposed.add(name.removesuffix("_info") + "_info" if family.type == "info" else name)
    assert documented == exposed
