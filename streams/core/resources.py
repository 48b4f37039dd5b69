"""Loading theatres and lexicons: data files, never code."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from schemas.theatre import Theatre

DEFAULT_THEATRE = "afghanistan-2021"


def _package_file(folder: str, name: str) -> Path:
    return Path(str(resources.files("streams") / folder / name))


def theatre_path(name_or_path: str) -> Path:
    """A bundled theatre by id (`afghanistan-2021`) or any JSON file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".json" or candidate.exists():
        return candidate
    return _package_file("theatres", f"{name_or_path}.json")


@cache
def load_theatre(name_or_path: str = DEFAULT_THEATRE) -> Theatre:
    path = theatre_path(name_or_path)
    if not path.exists():
        raise FileNotFoundError(f"no theatre file {path}")
    return Theatre.model_validate_json(path.read_bytes())


@cache
def load_lexicon_data(language: str) -> dict[str, Any]:
    path = _package_file("lexicons", f"{language}.json")
    if not path.exists():
        raise FileNotFoundError(f"no lexicon for language {language!r} ({path})")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def facts_path(theatre_id: str) -> Path:
    """`<theatre>.facts.csv`: the date each capital changed hands, from the public record."""
    return _package_file("theatres", f"{theatre_id}.facts.csv")


def sample_articles_path(theatre_id: str = DEFAULT_THEATRE) -> Path:
    return _package_file("samples", f"{theatre_id}.jsonl")
