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


PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def logging_config(settings: Settings) -> dict[str, Any]:
    """The worker's dictConfig: every logger (Faust's included) to stderr at the configured
    level, as plain text or JSON lines.

    A whole config, never an incremental one: the Faust worker clears the root logger's
    handlers before it applies this, so an incremental config left Faust's own INFO lines
    (recovery, rebalances) with no handler at all, and its warnings bare on stderr.
    """
    formatter = {"()": "streams.logs.JsonFormatter"} if settings.log_json else {"format": PLAIN_FORMAT}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {
            "stderr": {"class": "logging.StreamHandler", "formatter": "main", "stream": "ext://sys.stderr"}
        },
        "root": {"level": settings.log_level, "handlers": ["stderr"]},
        "loggers": {"aiokafka": {"level": "INFO"}, "kafka": {"level": "INFO"}},
    }
