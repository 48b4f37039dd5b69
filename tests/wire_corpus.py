"""Test corpora: valid wire-style articles (our own text) and malformed messages of every kind.

Valid articles come from the bundled samples (new ids, shifted dates) and from short templates
written here, spread over the theatre's capitals so that no capital gets more control events
than the reducer's window (then the final state is independent of arrival order, and a live run
can be compared exactly with an offline fold). Malformed messages cover what a topic open to
other producers can carry; each one is checked offline to be refused.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import orjson

from schemas import Article, Theatre
from schemas.events import CONTROL_EVENT_TYPES, Event
from streams.core.dedupe import SyndicationIndex
from streams.core.extract import Extractor
from streams.core.reduce import WINDOW, table
from streams.core.reduce import fold as fold_events
from streams.core.resources import sample_articles_path
from streams.processing import Origin, decode_article, syndicated_from

FIVE_MB = 5 * 1024 * 1024
_KABUL_NOON = "T12:00:00+04:30"
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TEMPLATES = [
    "Taliban fighters captured {capital} on {weekday}, officials said.",
    "The insurgents seized the governor's office in {capital} on {weekday}, residents said.",
    "Fighting continued on the outskirts of {capital} on {weekday}, a provincial official said.",
    "Government forces retook {capital} on {weekday} after days of clashes, the defence ministry said.",
    "The Taliban said they had taken control of {capital}. Officials denied that the city had fallen.",
    "Taliban fighters entered {capital} on {weekday} and clashed with police, witnesses said.",
    "Airstrikes hit Taliban positions near {capital} on {weekday}, the army said.",
    "Officials fled {capital} on {weekday} as the insurgents advanced, a lawmaker said.",
    "Peace talks resumed in Doha on {weekday} with no sign of progress, diplomats said.",
    "{country_name} said on {weekday} it would send {troops} troops to help evacuate its embassy staff.",
    "Prices of flour and cooking oil rose again in the markets of {capital} this week.",
    "The Taliban now hold {count} of the 34 provincial capitals, their spokesman said on {weekday}.",
    "Schools in {capital} reopened on {weekday} after a week of closures, teachers said.",
    "Aid agencies said on {weekday} that thousands of families had reached Kabul from the north.",
    "The afghani fell against the dollar on {weekday}, money changers in Kabul said.",
    "Flights from {capital} were cancelled on {weekday} because of dust storms, the airline said.",
]
_COUNTRIES = ["The United States", "Britain", "Germany", "Turkey", "Canada", "Australia"]


def _samples() -> list[dict[str, object]]:
    lines = sample_articles_path().read_text(encoding="utf-8").splitlines()
    return [orjson.loads(line) for line in lines if line.strip()]


def wire_articles(
    count: int, seed: int, theatre: Theatre, prefix: str = "wire", most_sentences: int = 2
) -> list[Article]:
    """`count` valid articles, none a syndicated copy of another: one in forty a bundled sample
    under a new id and date (each sample once), the rest one or two template sentences about
    capitals taken in turn."""
    rng = random.Random(seed)
    samples = _samples()
    capitals = [c.name for c in theatre.capitals]
    start = datetime.fromisoformat(f"2021-07-01{_KABUL_NOON}")
    articles: list[Article] = []
    index, extractor = SyndicationIndex(), Extractor(theatre)
    for number in range(count):
        published = start + timedelta(days=rng.randrange(62), minutes=rng.randrange(600))
        article_id = f"{prefix}-{seed}-{number:05d}"
        if number % 40 == 0 and number // 40 < len(samples):  # each once: a repeat is a copy
            sample = samples[number // 40]
            payload = {**sample, "id": article_id, "published_at": published.isoformat()}
            articles.append(Article.model_validate(payload))
            continue
        for attempt in itertools.count():  # no syndicated copies: which copy a worker sees first varies
            article = _template_article(rng, number, article_id, published, capitals, most_sentences)
            # Each candidate under an id of its own: the index takes a known id for a redelivery.
            probe = article.model_copy(update={"id": f"{article_id}~{attempt}"})
            if syndicated_from(index, extractor, probe) is None:
                break
        articles.append(article)
    return articles


def _template_article(
    rng: random.Random,
    number: int,
    article_id: str,
    published: datetime,
    capitals: list[str],
    most_sentences: int,
) -> Article:
    """One to `most_sentences` template sentences about capitals taken in turn."""
    sentences = []
    for _ in range(rng.randint(1, most_sentences)):
        template = rng.choice(_TEMPLATES)
        sentences.append(
            template.format(
                capital=capitals[(number * 7 + len(sentences)) % len(capitals)],
                weekday=rng.choice(_WEEKDAYS),
                country_name=rng.choice(_COUNTRIES),
                troops=rng.choice([200, 600, 1000, 3000]),
                count=rng.randint(5, 20),
            )
        )
    return Article(
        id=article_id,
        published_at=published,
        title=f"Report {number} from the provinces",
        body="\n\n".join(sentences),
        source="frontline test wire",
    )


@dataclass(frozen=True)
class Reference:
    """What an uninterrupted run must produce, computed offline with the pure core."""

    events: list[Event]
    table: dict[str, object]
    article_ids: frozenset[str]

    @property
    def event_ids(self) -> frozenset[str]:
        return frozenset(e.event_id for e in self.events)


def reference(raw_messages: Iterable[bytes | None], extractor: Extractor, theatre: Theatre) -> Reference:
    """Decode and extract every message as the worker does, then fold (None: dead letters)."""
    events: list[Event] = []
    ids: set[str] = set()
    for raw in raw_messages:
        decoded = decode_article(raw, Origin("reference", 0, 0), 1_500_000)
        if isinstance(decoded, Article):
            ids.add(decoded.id)
            events.extend(extractor.extract(decoded))
    per_capital = Counter(e.capital for e in events if e.type in CONTROL_EVENT_TYPES and e.capital)
    busiest = max(per_capital.values(), default=0)
    assert busiest <= WINDOW, f"a capital gets {busiest} control events; the comparison needs <= {WINDOW}"
    return Reference(events, dict(table(fold_events(events, theatre))), frozenset(ids))


# ------------------------------------------------------------------ malformed input
def _valid_payload(rng: random.Random) -> dict[str, object]:
    return {
        "id": f"bad-{rng.randrange(10**9)}",
        "published_at": "2021-08-13T12:00:00+04:30",
        "body": "Taliban fighters captured Kunduz on Sunday, officials said.",
    }


def _random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(1, 400))


def _truncated_json(rng: random.Random) -> bytes:
    whole = orjson.dumps(_valid_payload(rng))
    return whole[: rng.randint(1, len(whole) - 1)]


def _wrong_types(rng: random.Random) -> bytes:
    payload = _valid_payload(rng)
    field, value = rng.choice(
        [
            ("id", rng.randint(0, 99)),
            ("id", ""),
            ("published_at", [2021, 8, 13]),
            ("published_at", "yesterday"),
            ("published_at", "2021-08-13T12:00:00"),  # no time zone
            ("body", ["Kunduz", "fell"]),
            ("body", None),
            ("title", {"text": "x"}),
            ("source", 42),
        ]
    )
    payload[field] = value
    return orjson.dumps(payload)


def _missing_fields(rng: random.Random) -> bytes:
    payload = _valid_payload(rng)
    for field in rng.sample(["id", "published_at", "body"], rng.randint(1, 3)):
        del payload[field]
    return orjson.dumps(payload)


def _not_an_object(rng: random.Random) -> bytes:
    return rng.choice([b"[]", b"[1, 2, 3]", b"42", b'"an article"', b"null", b"true", b"", b"   "])


def _deeply_nested(rng: random.Random) -> bytes:
    depth = rng.choice([300, 2_000, 20_000])
    nested = b"[" * depth + b"]" * depth
    if depth < 1024:  # within the JSON parser's depth: valid JSON, wrong type for the body
        return b'{"id": "deep", "published_at": "2021-08-13T12:00:00Z", "body": ' + nested + b"}"
    return nested


def _invalid_utf8(rng: random.Random) -> bytes:
    whole = orjson.dumps(_valid_payload(rng))
    cut = whole.index(b"Kunduz")
    return (
        whole[:cut]
        + rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"])
        + whole[cut:]
    )


def _control_characters(rng: random.Random) -> bytes:
    whole = orjson.dumps(_valid_payload(rng))
    cut = whole.index(b"Kunduz")
    return whole[:cut] + bytes([rng.choice([0, 1, 7, 8, 11, 27, 31])]) + whole[cut:]


def _html(rng: random.Random) -> bytes:
    return rng.choice(
        [
            b"<!DOCTYPE html><html><body><h1>Kunduz falls</h1><p>Taliban fighters captured it.</p></body></html>",
            b"<rss><item><title>Herat</title></item></rss>",
            b'<script>alert("x")</script>',
        ]
    )


def _other_scripts(rng: random.Random) -> bytes:
    text = rng.choice(
        [
            "طالبان کندز را تصرف کردند",  # Dari
            "طالبانو کندز ونیو",  # Pashto
            "Талибы захватили Кундуз",  # Russian
            "塔利班占领了昆都士",  # Chinese
            "タリバンがクンドゥズを制圧",  # Japanese
            "🙂🔥 Kunduz 🙂",
        ]
    )
    payload = rng.choice(
        [
            {"标题": text, "正文": text},  # keys in another script: every field missing
            {"id": text, "published_at": "١٣ اوت ٢٠٢١", "body": text},  # Arabic-Indic date
            {"id": text, "body": text},
        ]
    )
    return orjson.dumps(payload)


def _body_over_1_mb(rng: random.Random) -> bytes:
    payload = _valid_payload(rng)
    payload["body"] = "Kunduz " * 150_000  # 1.05 MB: under the message limit, over the body limit
    return orjson.dumps(payload)


MALFORMED_KINDS: dict[str, Callable[[random.Random], bytes]] = {
    "random bytes": _random_bytes,
    "truncated JSON": _truncated_json,
    "wrong types": _wrong_types,
    "missing fields": _missing_fields,
    "not an object": _not_an_object,
    "deeply nested JSON": _deeply_nested,
    "invalid UTF-8": _invalid_utf8,
    "control characters": _control_characters,
    "HTML": _html,
    "other languages and scripts": _other_scripts,
}


def malformed_messages(count: int, seed: int) -> list[tuple[str, bytes]]:
    """`count` refused messages by kind: one 5 MB body, one body over 1 MB, the rest drawn from
    every kind in turn. Each is checked against the decoder, so the expected count is exact."""
    rng = random.Random(seed)
    kinds = list(MALFORMED_KINDS.items())
    big = _valid_payload(rng)
    big["body"] = "Herat " * (FIVE_MB // 6)
    messages = [("5 MB body", orjson.dumps(big)), ("body over 1 MB", _body_over_1_mb(rng))]
    while len(messages) < count:
        name, make = kinds[len(messages) % len(kinds)]
        messages.append((name, make(rng)))
    for name, raw in messages:
        assert not isinstance(decode_article(raw, Origin("check", 0, 0), 1_500_000), Article), name
    return messages
