"""The functional core stays pure: nothing under `streams/core` imports Kafka, Faust or the shell."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "streams" / "core"
SHELL_PREFIXES = ("faust", "aiokafka", "kafka", "mode", "aiohttp", "prometheus_client", "streams.")
ALLOWED_STREAMS = "streams.core"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_module_imports_no_io_framework(path: Path) -> None:
    shell = [
        name
        for name in _imports(path)
        if name.startswith(SHELL_PREFIXES) and not name.startswith(ALLOWED_STREAMS)
    ]
    assert shell == [], f"{path.name} imports {shell}: the core must not depend on the shell"


def test_the_core_has_its_parts() -> None:
    """The walk above found the extractor's parts too (a moved directory would pass vacuously)."""
    found = {p.relative_to(CORE).as_posix() for p in CORE.rglob("*.py")}
    assert {"extract.py", "reduce.py", "extraction/linking.py", "extraction/judging.py"} <= found
