"""The OpenAPI 3.1 document of the query API, built from the response models; checked in at
docs/openapi.json (`make schemas` rewrites it; a test fails when it is stale)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic.json_schema import models_json_schema

from schemas.theatre import Theatre
from streams import __version__
from streams.api.models import CapitalPage, CapitalsPage, ErrorBody, Health, TransitionsPage, WhyPage
from streams.core.resources import load_theatre

DEFAULT_THEATRE = "afghanistan-2021"
"""The document lists this theatre's capital ids; another theatre serves its own at /openapi.json."""
DOCUMENT_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
_REF = "#/components/schemas/{model}"

_TIME = (
    "ISO 8601 time with a UTC offset (`2021-08-06T18:00:00+04:30`, `...Z`), or a date "
    "(`2021-08-06`: the end of that day in the theatre's local time)."
)


def _time_param(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": f"{description} {_TIME}",
        "schema": {
            "anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]
        },
    }


_BOUNDS = [
    _time_param("as_of", "Only events that happened by then (event time)."),
    _time_param("known_at", "Only events reported by then (report time)."),
]
_CAPITAL = {
    "name": "capital_id",
    "in": "path",
    "required": True,
    "description": "Capital id from the theatre's gazetteer, e.g. `lashkar-gah` (any other id: 404).",
    "schema": {"type": "string"},
}


def _json_response(model: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": _REF.format(model=model)}}},
    }


_ERROR_400 = _json_response("ErrorBody", "A bad time parameter.")
_ERROR_404 = _json_response("ErrorBody", "No such capital.")


def document(theatre: Theatre | None = None) -> dict[str, Any]:
    """The whole document; deterministic, so the checked-in copy can be compared byte for byte."""
    ids = [c.id for c in (theatre or load_theatre(DEFAULT_THEATRE)).capitals]
    capital = {**_CAPITAL, "schema": {"type": "string", "enum": ids}}
    _, definitions = models_json_schema(
        [
            (m, "serialization")
            for m in (CapitalsPage, CapitalPage, WhyPage, TransitionsPage, ErrorBody, Health)
        ],
        ref_template=_REF,
    )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Frontline query API",
            "version": __version__,
            "description": "Read-only: who holds each provincial capital, on what evidence, as of when.",
        },
        "paths": {
            "/capitals": {
                "get": {
                    "operationId": "listCapitals",
                    "summary": "Every capital: controller, status, since, freshness, independent sources.",
                    "parameters": _BOUNDS,
                    "responses": {"200": _json_response("CapitalsPage", "All capitals."), "400": _ERROR_400},
                }
            },
            "/capitals/{capital_id}": {
                "get": {
                    "operationId": "getCapital",
                    "summary": "One capital with its competing claims and evidence.",
                    "parameters": [capital, *_BOUNDS],
                    "responses": {
                        "200": _json_response("CapitalPage", "The capital."),
                        "400": _ERROR_400,
                        "404": _ERROR_404,
                    },
                }
            },
            "/capitals/{capital_id}/why": {
                "get": {
                    "operationId": "explainCapital",
                    "summary": "The evidence chain: every event that moved the capital's state, with its three times.",
                    "parameters": [capital, *_BOUNDS],
                    "responses": {
                        "200": _json_response("WhyPage", "The chain."),
                        "400": _ERROR_400,
                        "404": _ERROR_404,
                    },
                }
            },
            "/transitions": {
                "get": {
                    "operationId": "listTransitions",
                    "summary": "Changes of hands in event time, oldest first.",
                    "parameters": [
                        _time_param("since", "Only changes at or after this event time (a date: its start)."),
                        *_BOUNDS,
                    ],
                    "responses": {
                        "200": _json_response("TransitionsPage", "The changes."),
                        "400": _ERROR_400,
                    },
                }
            },
            "/transitions/stream": {
                "get": {
                    "operationId": "streamTransitions",
                    "summary": "Server-sent events: one `transition` event (a Transition as JSON) per change "
                    "of hands folded from the moment of connection; comments as heartbeats.",
                    "responses": {
                        "200": {
                            "description": "An endless event stream.",
                            "content": {"text/event-stream": {"schema": {"type": "string"}}},
                        }
                    },
                }
            },
            "/healthz": {
                "get": {
                    "operationId": "health",
                    "summary": "Liveness and the number of events held.",
                    "responses": {"200": _json_response("Health", "Alive.")},
                }
            },
        },
        "components": {"schemas": definitions["$defs"]},
    }


def rendered() -> str:
    return json.dumps(document(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    DOCUMENT_PATH.write_text(rendered(), encoding="utf-8")
    print(DOCUMENT_PATH, file=sys.stderr)
