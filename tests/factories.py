"""Small builders of valid events for reducer tests."""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta, timezone
from typing import Any

from schemas.events import EVENT_ADAPTER, Event

KABUL = timezone(timedelta(hours=4, minutes=30))


def make_event(
    type_: str,
    capital: str,
    actor: str = "taliban",
    modality: str = "asserted",
    day: str = "2021-08-10",
    *,
    precision: str = "day",
    article: str = "a1",
    reported: str | None = None,
    hour: int = 12,
    **extra: Any,
) -> Event:
    event_time = datetime.combine(datetime.fromisoformat(day).date(), time(hour), KABUL)
    reported_at = datetime.fromisoformat(reported) if reported else event_time + timedelta(hours=6)
    identity = f"{type_}|{capital}|{actor}|{modality}|{day}|{hour}|{article}|{precision}"
    payload = {
        "event_id": hashlib.blake2b(identity.encode(), digest_size=16).hexdigest(),
        "article_id": article,
        "type": type_,
        "capital": capital,
        "capital_name": capital.title(),
        "province": None,
        "actor": actor,
        "modality": modality,
        "event_time": event_time if precision != "report" else reported_at,
        "time_precision": precision,
        "reported_at": reported_at,
        "evidence": {"text": f"{type_} {capital}", "start": 0, "end": 10},
        "confidence": 0.8,
        "extractor_version": "test",
        **extra,
    }
    return EVENT_ADAPTER.validate_python(payload)
