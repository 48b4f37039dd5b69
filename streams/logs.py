"""Log formats: plain text, or one JSON object per line for log shippers."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.settings import Settings


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "message", ...}` per line; exceptions as text."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(payload).decode()


def logging_config(settings: Settings) -> dict[str, Any] | None:
    """A dictConfig for the worker, or None to keep Faust's default text format."""
    quiet = {"aiokafka": {"level": "INFO"}, "kafka": {"level": "INFO"}}
    if not settings.log_json:
        return {"version": 1, "disable_existing_loggers": False, "loggers": quiet, "incremental": True}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "streams.logs.JsonFormatter"}},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
        },
        "root": {"level": settings.log_level, "handlers": ["stderr"]},
        "loggers": quiet,
    }
