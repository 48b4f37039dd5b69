"""The table agent's one-pass reading of event messages agrees with the full decoding."""

from __future__ import annotations

from typing import get_args

import orjson

from schemas.events import CONTROL_EVENT_TYPES, Event
from schemas.messages import DeadLetter
from streams.bench.corpus import corpus, sample_articles
from streams.core.extract import Extractor
from streams.core.reduce import Fact
from streams.processing import Origin, decode_event, decode_for_fold
from tests.factories import make_event

ORIGIN = Origin("events.typed", 1, 7)


def test_every_event_type_is_read_as_the_full_decoding_reads_it(extractor: Extractor) -> None:
    articles = corpus(sample_articles("afghanistan-2021"), "8 KB", 6, 8000, prefix="fold-input").articles
    events = [event for article in articles for event in extractor.extract(article)]
    assert {event.type for event in events} >= CONTROL_EVENT_TYPES - {"surrendered", "retaken"}
    for event in events:
        raw = event.model_dump_json().encode()
        read = decode_for_fold(raw, ORIGIN)
        full = decode_event(raw, ORIGIN)
        if event.type in CONTROL_EVENT_TYPES:
            assert read == (event.capital, Fact.of(full))  # type: ignore[arg-type]
        elif event.type == "count_claim":
            assert read == full
        else:
            assert read is None


def test_the_reader_knows_every_event_type_of_the_schema() -> None:
    known = {kind.model_fields["type"].default for kind in get_args(get_args(Event)[0])}
    for kind in known:
        payload = orjson.loads(make_event("captured", "kunduz").model_dump_json())
        payload["type"] = kind
        if kind == "count_claim":
            payload |= {"count": 12, "total": 34}
        if kind == "troop_deployment":
            payload |= {"country": "us"}
        read = decode_for_fold(orjson.dumps(payload), ORIGIN)
        assert not isinstance(read, DeadLetter), kind


def test_bad_event_messages_are_dead_letters_with_the_reason() -> None:
    good = orjson.loads(make_event("captured", "kunduz").model_dump_json())
    for raw in (
        b"nope",
        b'{"type": "captured"}',
        orjson.dumps({**good, "type": "annexed"}),
        orjson.dumps({**good, "event_time": "2021-08-08T10:00:00"}),
        orjson.dumps({**good, "schema_version": 9}),
    ):
        read = decode_for_fold(raw, ORIGIN)
        assert isinstance(read, DeadLetter), raw
        assert read.reason == "validation"
        assert (read.source_topic, read.partition, read.offset) == ("events.typed", 1, 7)
