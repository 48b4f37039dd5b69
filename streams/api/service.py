"""`frontline api`: the read-only query API and live page, an aiohttp server over an in-memory
fold of `events.typed`.

A service of its own rather than pages of the worker: the worker's table keeps per capital only
the newest 64 events and a checkpoint, split over partitions (and workers), while the evidence
chain and as-of queries need every event; a reader of the whole log from offset 0 has them all,
scales apart from the stream, and cannot disturb the worker's consumer group.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from importlib.resources import files
from typing import Any

import orjson
from aiohttp import web

from schemas.events import ControlEvent, Event
from schemas.messages import DeadLetter
from schemas.theatre import Theatre
from streams.api.models import (
    CapitalDetail,
    CapitalPage,
    CapitalsPage,
    CapitalSummary,
    ErrorBody,
    Health,
    Position,
    TransitionsPage,
    View,
    WhyPage,
    WhyStep,
)
from streams.api.store import EventStore
from streams.core.history import Step, capital_history, timeline
from streams.core.reduce import TheatreState, control_state
from streams.core.timeref import parse_offset
from streams.processing import Origin, decode_event
from streams.settings import Settings

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(days=7)
"""A state no evidence has renewed for this long is shown faded."""
HEARTBEAT_S = 15.0
STATIC = files("streams.api") / "static"
STATIC_FILES = {"app.js": "text/javascript", "style.css": "text/css", "index.html": "text/html"}

STORE: web.AppKey[EventStore] = web.AppKey("store", EventStore)
THEATRE: web.AppKey[Theatre] = web.AppKey("theatre", Theatre)


class BadRequestError(Exception):
    """A query the API cannot answer as asked (400)."""


class NotFoundError(Exception):
    """No such capital (404)."""


def parse_time(text: str, tz: Any, *, end_of_day: bool) -> datetime:
    """An ISO 8601 time with an offset, or a date (the end, or start, of that day in the
    theatre's local time). A time without an offset is refused: it would be ambiguous."""
    try:
        if len(text) == 10:
            day = datetime.strptime(text, "%Y-%m-%d").date()
            return datetime.combine(day, time.max if end_of_day else time.min, tz)
        value = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadRequestError(f"not an ISO 8601 date or time: {text!r}") from exc
    if value.tzinfo is None or value.utcoffset() is None:
        raise BadRequestError(f"time {text!r} needs a UTC offset (e.g. +04:30 or Z)")
    return value


def _param(request: web.Request, name: str, *, end_of_day: bool = True) -> datetime | None:
    text = request.query.get(name)
    if text is None:
        return None
    return parse_time(text, parse_offset(request.app[THEATRE].utc_offset), end_of_day=end_of_day)


def _json(model: Any, status: int = 200) -> web.Response:
    return web.Response(
        body=model.__pydantic_serializer__.to_json(model), status=status, content_type="application/json"
    )


def _error(status: int, kind: str, detail: str) -> web.Response:
    return _json(ErrorBody(error=kind, detail=detail), status)


@web.middleware
async def json_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Every client error as JSON with a reason."""
    try:
        return await handler(request)
    except BadRequestError as exc:
        return _error(400, "bad_request", str(exc))
    except NotFoundError as exc:
        return _error(404, "not_found", str(exc))
    except web.HTTPNotFound:
        return _error(404, "not_found", f"no route {request.path}")
    except web.HTTPMethodNotAllowed as exc:
        response = _error(405, "method_not_allowed", f"{request.method} {request.path}: the API is read-only")
        response.headers["Allow"] = ", ".join(sorted(exc.allowed_methods))
        return response


def _view(
    store: EventStore, state: TheatreState, as_of: datetime | None, known_at: datetime | None
) -> dict[str, Any]:
    events = store.events(as_of, known_at)
    newest = max((e.reported_at for e in events), default=None)
    return {
        "theatre": store.theatre.id,
        "as_of": as_of,
        "known_at": known_at,
        "clock": as_of or newest,
        "events": len(events),
        "first_event_at": min((e.event_time for e in events), default=None),
        "last_event_at": max((e.event_time for e in events), default=None),
        "stale_after_s": STALE_AFTER.total_seconds(),
    }


def _summary(
    theatre: Theatre, state: TheatreState, capital_id: str, clock: datetime | None
) -> dict[str, Any]:
    place = theatre.capital(capital_id)
    current = control_state(state, capital_id)
    age = (clock - current.last_evidence_at) if clock and current.last_evidence_at else None
    return {
        "capital": capital_id,
        "name": place.name,
        "province": place.province,
        "lat": place.lat,
        "lon": place.lon,
        "controller": current.controller,
        "status": current.status,
        "since": current.since,
        "updated_at": current.updated_at,
        "last_evidence_at": current.last_evidence_at,
        "freshness_s": max(0.0, age.total_seconds()) if age is not None else None,
        "stale": age is not None and age > STALE_AFTER,
        "sources": current.sources,
        "events_applied": current.events_applied,
    }


def _detail(theatre: Theatre, state: TheatreState, capital_id: str, clock: datetime | None) -> CapitalDetail:
    current = control_state(state, capital_id)
    return CapitalDetail.model_validate(
        {
            **_summary(theatre, state, capital_id, clock),
            "claims": current.claims,
            "evidence": current.evidence,
        }
    )


def _capital_id(request: web.Request) -> str:
    capital_id = request.match_info["capital_id"]
    theatre = request.app[THEATRE]
    if capital_id not in {c.id for c in theatre.capitals}:
        raise NotFoundError(f"no capital {capital_id!r} in theatre {theatre.id} (GET /capitals lists them)")
    return capital_id


def _bounds(request: web.Request) -> tuple[datetime | None, datetime | None]:
    return _param(request, "as_of"), _param(request, "known_at")


async def capitals(request: web.Request) -> web.Response:
    store = request.app[STORE]
    as_of, known_at = _bounds(request)
    state = store.view(as_of, known_at)
    view = _view(store, state, as_of, known_at)
    rows = [
        CapitalSummary.model_validate(_summary(store.theatre, state, c.id, view["clock"]))
        for c in store.theatre.capitals
    ]
    return _json(CapitalsPage(**view, capitals=tuple(rows)))


@dataclass(frozen=True)
class _CapitalQuery:
    """What the routes about one capital share: its id, the bounds, the view and its detail."""

    store: EventStore
    capital_id: str
    as_of: datetime | None
    known_at: datetime | None
    view: dict[str, Any]
    detail: CapitalDetail


def _capital_query(request: web.Request) -> _CapitalQuery:
    store = request.app[STORE]
    capital_id = _capital_id(request)
    as_of, known_at = _bounds(request)
    state = store.view(as_of, known_at)
    view = _view(store, state, as_of, known_at)
    detail = _detail(store.theatre, state, capital_id, view["clock"])
    return _CapitalQuery(store, capital_id, as_of, known_at, view, detail)


async def capital(request: web.Request) -> web.Response:
    query = _capital_query(request)
    return _json(CapitalPage(**query.view, capital=query.detail))


def _why_step(store: EventStore, step: Step) -> WhyStep:
    event: ControlEvent = step.event
    known = store.known.get(event.event_id)
    return WhyStep(
        event_id=event.event_id,
        article_id=event.article_id,
        type=event.type,
        actor=event.actor,
        source=event.source,
        sentence=event.evidence.text,
        attribution=event.attribution,
        attribution_kind=event.attribution_kind,
        modality=event.modality,
        confidence=event.confidence,
        event_time=event.event_time,
        time_precision=event.time_precision,
        reported_at=event.reported_at,
        processed_at=known.processed_at if known else None,
        before=Position(controller=step.before[0], status=step.before[1]),
        after=Position(controller=step.after[0], status=step.after[1]),
        effect=step.effect,
    )


async def why(request: web.Request) -> web.Response:
    query = _capital_query(request)
    store = query.store
    history = capital_history(store.events(query.as_of, query.known_at), store.theatre, query.capital_id)
    steps = [_why_step(store, s) for s in history]
    return _json(
        WhyPage(
            **query.view,
            capital=query.detail,
            chain=tuple(s for s in steps if s.effect != "no effect"),
            unmoved=tuple(s for s in steps if s.effect == "no effect"),
        )
    )


async def transitions(request: web.Request) -> web.Response:
    store = request.app[STORE]
    as_of, known_at = _bounds(request)
    since = _param(request, "since", end_of_day=False)
    events = store.events(as_of, known_at)
    changes = [t for t in timeline(events, store.theatre) if since is None or t.at >= since]
    view = _view(store, store.view(as_of, known_at), as_of, known_at)
    return _json(TransitionsPage(**view, since=since, transitions=tuple(changes)))


async def transition_stream(request: web.Request) -> web.StreamResponse:
    """Server-sent events: one `transition` event per change of hands this service folds from
    now on (the live table's changes, in processing order); a comment every 15 s keeps
    proxies from closing the connection."""
    store = request.app[STORE]
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    queue = store.subscribe()
    sequence = len(store.live)
    try:
        await response.write(b"retry: 2000\n: frontline transitions\n\n")
        while True:
            try:
                change = await asyncio.wait_for(queue.get(), HEARTBEAT_S)
            except TimeoutError:
                await response.write(b": heartbeat\n\n")
                continue
            if change is None:
                break
            sequence += 1
            data = change.__pydantic_serializer__.to_json(change)
            await response.write(b"id: %d\nevent: transition\ndata: %s\n\n" % (sequence, data))
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        store.unsubscribe(queue)
    return response


async def health(request: web.Request) -> web.Response:
    return _json(Health(status="ok", events=len(request.app[STORE].known)))


async def openapi_view(request: web.Request) -> web.Response:
    from streams.api.openapi import document

    return web.Response(body=orjson.dumps(document(request.app[THEATRE])), content_type="application/json")


async def static(request: web.Request) -> web.Response:
    name = request.match_info.get("name", "index.html")
    if name not in STATIC_FILES:
        raise web.HTTPNotFound()
    body = (STATIC / name).read_bytes()
    return web.Response(body=body, content_type=STATIC_FILES[name], headers={"Cache-Control": "no-cache"})


def build_web_app(store: EventStore) -> web.Application:
    """The routes; every one is a GET (the API is read-only)."""
    app = web.Application(middlewares=[json_errors])
    app[STORE] = store
    app[THEATRE] = store.theatre
    app.router.add_get("/", static, allow_head=False)
    app.router.add_get("/static/{name}", static, allow_head=False)
    app.router.add_get("/openapi.json", openapi_view, allow_head=False)
    app.router.add_get("/healthz", health, allow_head=False)
    app.router.add_get("/capitals", capitals, allow_head=False)
    app.router.add_get("/capitals/{capital_id}", capital, allow_head=False)
    app.router.add_get("/capitals/{capital_id}/why", why, allow_head=False)
    app.router.add_get("/transitions", transitions, allow_head=False)
    app.router.add_get("/transitions/stream", transition_stream, allow_head=False)

    async def end_streams(app: web.Application) -> None:
        store.close()

    app.on_shutdown.append(end_streams)
    return app


async def follow_events(settings: Settings, store: EventStore, stop: asyncio.Event) -> None:
    """Read `events.typed` from offset 0 (no consumer group: every replica holds the whole log)
    and fold each batch; an event that does not validate is logged and skipped."""
    from aiokafka import AIOKafkaConsumer

    from streams.topics import client_options

    consumer = AIOKafkaConsumer(
        settings.topic_events,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
        fetch_max_wait_ms=100,
        **client_options(settings),
    )
    await consumer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=300, max_records=2000)
            now = datetime.now(UTC)
            items: list[tuple[Event, datetime]] = []
            for records in batches.values():
                for record in records:
                    event = decode_event(
                        record.value, Origin(record.topic, record.partition, record.offset, record.timestamp)
                    )
                    if isinstance(event, DeadLetter):
                        log.warning(
                            "skipping an unreadable event at %d:%d: %s",
                            record.partition,
                            record.offset,
                            event.error,
                        )
                        continue
                    items.append((event, now))
            if items:
                store.add(items)
    finally:
        await consumer.stop()


async def serve(settings: Settings, theatre: Theatre, host: str, port: int) -> None:
    """Follow the log and serve until SIGINT/SIGTERM."""
    import signal

    store = EventStore(theatre)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    runner = web.AppRunner(build_web_app(store), shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    log.info("frontline api at http://%s:%d/ following %s", host, port, settings.topic_events)
    follower = asyncio.create_task(follow_events(settings, store, stop))
    try:
        await _until(stop, follower)
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(follower, 5)
        await runner.cleanup()


async def _until(stop: asyncio.Event, follower: asyncio.Task[None]) -> None:
    waiter = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait({waiter, follower}, return_when=asyncio.FIRST_COMPLETED)
    waiter.cancel()
    if follower in done:
        follower.result()  # a consumer that died takes the service down, loudly


__all__ = ["View", "build_web_app", "parse_time", "serve"]
