"""Write the JSON Schema of every message to `schemas/json/` (run: python -m schemas.export).

Consumers in other languages generate code or validate against these files; a test keeps them
identical to the models.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

from schemas.article import Article
from schemas.events import Event
from schemas.messages import ArticleReceipt, DeadLetter
from schemas.state import ControlState, Transition

SCHEMA_DIR = Path(__file__).parent / "json"
BASE_ID = "https://frontline.example/schemas/v1/"

MODELS: dict[str, Any] = {
    "article": Article,
    "event": TypeAdapter(Event),
    "control-state": ControlState,
    "transition": Transition,
    "dead-letter": DeadLetter,
    "article-receipt": ArticleReceipt,
}


def schema_of(name: str) -> dict[str, Any]:
    model = MODELS[name]
    schema: dict[str, Any] = (
        model.model_json_schema(mode="serialization")
        if isinstance(model, type) and issubclass(model, BaseModel)
        else model.json_schema(mode="serialization")
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{BASE_ID}{name}.schema.json",
        **schema,
    }


def rendered(name: str) -> str:
    return json.dumps(schema_of(name), indent=2, sort_keys=True) + "\n"


def export(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MODELS:
        path = directory / f"{name}.schema.json"
        path.write_text(rendered(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in export():
        print(path, file=sys.stderr)
