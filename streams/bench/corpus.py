"""Benchmark articles generated from the bundled sample articles (our own text, not the seed's).

A seed-sized article (about 8 KB) or a long one (50 KB) is a run of sample bodies joined by
blank lines, starting at a different sample each time, with its own id and publication time,
so every article yields its own event ids (event ids hash the article id).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

import orjson

from schemas.article import Article
from streams.core.resources import sample_articles_path
from streams.ingest import Loaded, read_articles

SEED_SIZE = 8_000
LONG_SIZE = 50_000


@cache
def sample_articles(theatre_id: str) -> tuple[Article, ...]:
    """The bundled samples of a theatre; the benchmark has no other text."""
    articles = tuple(
        item.article for item in read_articles([sample_articles_path(theatre_id)]) if isinstance(item, Loaded)
    )
    if not articles:
        raise RuntimeError(f"no sample articles for theatre {theatre_id}")
    return articles


@dataclass(frozen=True)
class Corpus:
    """Articles of one size, ready to produce (raw JSON bytes) and to extract (parsed)."""

    label: str
    items: tuple[Loaded, ...]

    @property
    def body_bytes(self) -> int:
        return sum(len(item.article.body.encode()) for item in self.items)

    @property
    def articles(self) -> list[Article]:
        return [item.article for item in self.items]


def synthesize(
    samples: tuple[Article, ...],
    index: int,
    target_bytes: int,
    *,
    prefix: str,
    step: timedelta = timedelta(minutes=1),
    shift: timedelta = timedelta(0),
) -> Article:
    """Article number `index`: sample bodies from sample `index` on, until `target_bytes`.

    Its publication time is the first sample's plus `shift` plus `index` steps, so a stream of
    them moves forward in time the way a news wire does.
    """
    first = samples[index % len(samples)]
    bodies: list[str] = []
    size = 0
    offset = index
    while size < target_bytes:
        body = samples[offset % len(samples)].body
        bodies.append(body)
        size += len(body.encode()) + 2
        offset += 1
    return Article(
        id=f"{prefix}-{index:07d}",
        published_at=first.published_at + shift + index * step,
        title=first.title,
        body="\n\n".join(bodies),
        source="frontline bench (from the bundled samples)",
    )


def articles(
    samples: tuple[Article, ...],
    count: int,
    target_bytes: int,
    *,
    prefix: str,
    step: timedelta = timedelta(minutes=1),
    shift: timedelta = timedelta(0),
) -> Iterator[Loaded]:
    """`count` generated articles with their JSON bytes."""
    for index in range(count):
        article = synthesize(samples, index, target_bytes, prefix=prefix, step=step, shift=shift)
        yield Loaded(article, orjson.dumps(article.model_dump(mode="json", exclude_none=True)))


def corpus(samples: tuple[Article, ...], label: str, count: int, target_bytes: int, *, prefix: str) -> Corpus:
    return Corpus(label, tuple(articles(samples, count, target_bytes, prefix=prefix)))
