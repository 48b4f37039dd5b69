"""What a worker does with one message, as plain functions returning values (errors included).

No Kafka or Faust here: the agents in `streams.app` only move bytes between topics and call
these. A bad message becomes a `DeadLetter` value on its own stream, never an exception that
stops the worker (Bytewax's errors-as-values).
"""

from __future__ import annotations

import base64
import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Literal

import orjson
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from schemas.article import Article
from schemas.common import ActorId, AttributionKind, CapitalId, Modality, TimePrecision
from schemas.events import CONTROL_EVENT_TYPES, EVENT_ADAPTER, CountClaimEvent, Event, parse_event
from schemas.messages import ArticleReceipt, DeadLetter, DeadLetterReason
from streams.core.dedupe import SyndicationIndex
from streams.core.extract import EXTRACTOR_VERSION, Extractor
from streams.core.reduce import Fact


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from: kept in dead letters and receipts so nothing is untraceable."""

    topic: str
    partition: int
    offset: int
    timestamp_s: float | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """A message to produce: topic role, key and serialized value."""

    topic: str
    key: bytes | None
    value: bytes


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    """An extracted event as the worker sends it: its partition key, metric labels and bytes.

    Plain values, cheap to pass back from an extraction process."""

    capital: str | None
    type: str
    modality: str
    control: bool
    value: bytes


@dataclass(frozen=True, slots=True)
class Extraction:
    """The extractor's result for one article, or the error it raised (an error is a value)."""

    events: tuple[ExtractedEvent, ...] = ()
    seconds: float = 0.0
    error_class: str | None = None
    error: str | None = None


def extract_article(extractor: Extractor, article: Article) -> Extraction:
    """Extract and serialise one article's events; an extractor bug becomes an error value, so
    it dead-letters the article instead of stopping the stream."""
    started = time.perf_counter()
    try:
        events = extractor.extract(article)
    except Exception as exc:
        return Extraction(error_class=type(exc).__name__, error=str(exc))
    extracted = tuple(
        ExtractedEvent(
            event.capital,
            event.type,
            event.modality,
            bool(event.capital) and event.type in CONTROL_EVENT_TYPES,
            event.__pydantic_serializer__.to_json(event),
        )
        for event in events
    )
    return Extraction(extracted, time.perf_counter() - started)


@dataclass(frozen=True, slots=True)
class Admitted:
    """A valid article, checked against the syndication index, waiting for its extraction."""

    article: Article
    origin: Origin
    duplicate_of: str | None

    @property
    def needs_extraction(self) -> bool:
        """A syndicated copy adds no events of its own."""
        return self.duplicate_of is None


@dataclass
class ArticleOutcome:
    article: Article | None
    events: tuple[ExtractedEvent, ...] = ()
    records: list[Record] = field(default_factory=list)
    dead_letter: DeadLetter | None = None
    extraction_s: float = 0.0
    duplicate_of: str | None = None


SAMPLE_BYTES = 65_536
"""What a dead letter keeps of a message over the size limit (the rest stays in its topic)."""


def dead_letter(
    raw: bytes,
    origin: Origin,
    reason: DeadLetterReason,
    exc: BaseException | str,
    keep: int | None = None,
    error_class: str | None = None,
) -> DeadLetter:
    """The dead letter of `raw`; `keep` bounds the original bytes it carries (None: all);
    `error_class` names the exception a string `exc` came from (default: "Refused")."""
    error = exc if isinstance(exc, str) else str(exc)
    kept = raw if keep is None else raw[:keep]
    if error_class is None:
        error_class = type(exc).__name__ if not isinstance(exc, str) else "Refused"
    return DeadLetter(
        reason=reason,
        error_class=error_class,
        error=error[:2000],
        source_topic=origin.topic,
        partition=origin.partition,
        offset=origin.offset,
        original_base64=base64.b64encode(kept).decode("ascii"),
        original_size=len(raw),
        original_truncated=len(kept) < len(raw),
        original_sha256=hashlib.sha256(raw).hexdigest(),
        received_at=datetime.now(UTC),
    )


def decode_article(raw: bytes | None, origin: Origin, max_bytes: int) -> Article | DeadLetter:
    """Bytes to a valid Article, or the dead letter saying why not."""
    raw = raw or b""
    if len(raw) > max_bytes:
        return dead_letter(
            raw,
            origin,
            "too_large",
            f"message is {len(raw)} bytes, the limit is {max_bytes}",
            keep=SAMPLE_BYTES,
        )
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return dead_letter(raw, origin, "decode", exc)
    if not isinstance(data, dict):
        return dead_letter(
            raw, origin, "validation", f"an article is a JSON object, got {type(data).__name__}"
        )
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        return dead_letter(raw, origin, "validation", _short(exc))
    except (ValueError, TypeError, RecursionError) as exc:
        return dead_letter(raw, origin, "validation", exc)


def _short(exc: ValidationError) -> str:
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'article'}: {e['msg']}" for e in exc.errors()[:5]]
    return "; ".join(parts)


def syndicated_from(index: SyndicationIndex, extractor: Extractor, article: Article) -> str | None:
    """Index the article; the earlier one it copies: near-identical text whose headline and lede
    name the same capitals (two template reports about different cities differ there; a copy may
    drop a later paragraph that names a province of a capital's name, the dateline's city, or the
    writethru's note to editors). A writethru or correction is indexed but never a copy: it is the
    desk's new version of the story, whose changes are news."""
    text = f"{article.title or ''}\n{article.body}"
    lede = f"{article.title or ''}\n{extractor.lede(article.body)}"
    places = frozenset(c for c, _, _ in extractor.gazetteer.capital_mentions(lede))
    original = index.add(article.id, text, places)
    return None if extractor.revised(article) else original


class ArticleProcessor:
    """Decode, extract and package the outputs of one article."""

    def __init__(
        self,
        extractor: Extractor,
        topics: dict[str, str],
        max_bytes: int,
        remember: int = 100_000,
        syndication: SyndicationIndex | None = None,
    ) -> None:
        self.extractor = extractor
        self.syndication = syndication
        self.topics = topics
        self.max_bytes = max_bytes
        self._seen: set[str] = set()
        self._seen_earlier: set[str] = set()
        self._remember = remember

    def seen_before(self, article_id: str) -> bool:
        """Whether this worker processed the id among its last `remember` / 2 to `remember`
        articles (counted as a duplicate). Two generations of ids, the older one dropped whole:
        memory stays flat, where an ordered dict evicting one id at a time keeps growing its
        table long after it is full (measured: +65 % between 100k and 200k articles)."""
        if article_id in self._seen or article_id in self._seen_earlier:
            return True
        self._seen.add(article_id)
        if len(self._seen) >= self._remember // 2:
            self._seen_earlier, self._seen = self._seen, set()
        return False

    def process(self, raw: bytes | None, origin: Origin) -> ArticleOutcome:
        """Decode, check for a syndicated copy, extract here and package the outputs."""
        admitted = self.admit(raw, origin)
        if isinstance(admitted, ArticleOutcome):
            return admitted
        extraction = extract_article(self.extractor, admitted.article) if admitted.needs_extraction else None
        return self.package(admitted, extraction, raw)

    def admit(self, raw: bytes | None, origin: Origin) -> Admitted | ArticleOutcome:
        """The steps that must run in stream order (decoding, the syndication index): a valid
        article ready for extraction, or the outcome of an invalid one (its dead letter)."""
        decoded = decode_article(raw, origin, self.max_bytes)
        if isinstance(decoded, DeadLetter):
            return self._dead(decoded)
        original = (
            syndicated_from(self.syndication, self.extractor, decoded)
            if self.syndication is not None
            else None
        )
        return Admitted(decoded, origin, original)

    def package(self, admitted: Admitted, extraction: Extraction | None, raw: bytes | None) -> ArticleOutcome:
        """The records of an admitted article: its events and receipt, or the dead letter of an
        extraction that failed; `extraction` is None for a syndicated copy."""
        extraction = extraction or Extraction()
        origin = admitted.origin
        if extraction.error is not None:
            letter = dead_letter(
                raw or b"", origin, "extraction", extraction.error, error_class=extraction.error_class
            )
            return self._dead(letter)
        article, events = admitted.article, extraction.events
        records = [
            Record(self.topics["events"], (event.capital or "").encode(), event.value) for event in events
        ]
        receipt = ArticleReceipt(
            article_id=article.id,
            duplicate_of=admitted.duplicate_of,
            event_count=len(events),
            control_event_count=sum(1 for e in events if e.control),
            extractor_version=EXTRACTOR_VERSION,
            source_partition=origin.partition,
            source_offset=origin.offset,
            processed_at=datetime.now(UTC),
        )
        records.append(
            Record(self.topics["receipts"], article.id.encode(), receipt.model_dump_json().encode())
        )
        return ArticleOutcome(article, events, records, None, extraction.seconds, admitted.duplicate_of)

    def _dead(self, letter: DeadLetter) -> ArticleOutcome:
        key = f"{letter.source_topic}:{letter.partition}:{letter.offset}".encode()
        record = Record(self.topics["deadletter"], key, letter.model_dump_json().encode())
        return ArticleOutcome(None, (), [record], letter)


def decode_event(raw: bytes | None, origin: Origin) -> Event | DeadLetter:
    """An event from our own topic; a bad one (a foreign producer, a newer schema) is a dead letter."""
    raw = raw or b""
    try:
        return EVENT_ADAPTER.validate_json(raw)  # one pass, for events of the current schema
    except ValueError:
        pass  # an older schema (upcast below) or a bad event (its dead letter below)
    try:
        return parse_event(orjson.loads(raw))
    except (orjson.JSONDecodeError, ValidationError, ValueError, TypeError, RecursionError) as exc:
        return dead_letter(raw, origin, "validation", exc, keep=SAMPLE_BYTES)


class _ControlFields(BaseModel):
    """The part of a control event the table agent folds; the rest of the message is neither
    read nor checked (building the whole `Event` would cost more than the fold itself)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    type: Literal["captured", "entered", "contested", "retaken", "surrendered"]
    schema_version: Literal[1] = 1
    event_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    article_id: str
    capital: CapitalId
    actor: ActorId
    modality: Modality = "asserted"
    time_precision: TimePrecision
    event_time: AwareDatetime
    reported_at: AwareDatetime
    attribution: str | None = None
    source: str | None = None
    attribution_kind: AttributionKind = "reporter"


class _OtherFields(BaseModel):
    """An event type the table does not fold."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    type: Literal["officials_fled", "prison_break", "airstrike", "troop_deployment", "arrest"]
    schema_version: Literal[1] = 1


_FOLD_INPUT: TypeAdapter[_ControlFields | CountClaimEvent | _OtherFields] = TypeAdapter(
    Annotated[_ControlFields | CountClaimEvent | _OtherFields, Field(discriminator="type")]
)

FoldInput = tuple[str, Fact] | CountClaimEvent | DeadLetter | None
"""A control event as (capital, fact), a count claim, a dead letter, or None (another type)."""


def decode_for_fold(raw: bytes | None, origin: Origin) -> FoldInput:
    """What the table agent needs of an event message, validated in one pass; an older schema
    version (or a bad message, for its dead letter) takes the full path of `decode_event`."""
    try:
        read = _FOLD_INPUT.validate_json(raw or b"")
    except ValueError:
        event = decode_event(raw, origin)
        if isinstance(event, DeadLetter | CountClaimEvent):
            return event
        return (event.capital, Fact.of(event)) if event.type in CONTROL_EVENT_TYPES else None  # type: ignore[arg-type,return-value]
    if isinstance(read, _ControlFields):
        fact = Fact(
            read.event_id,
            read.article_id,
            read.type,
            read.actor,
            read.modality,
            read.time_precision,
            read.event_time,
            read.reported_at,
            read.attribution,
            read.source,
            read.attribution_kind,
        )
        return read.capital, fact
    return read if isinstance(read, CountClaimEvent) else None
