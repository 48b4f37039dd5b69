"""Benchmark articles generated from the bundled sample articles (our own text, not the seed's).

A seed-sized article (about 8 KB) or a long one (50 KB) is a random draw of the samples'
paragraphs (about 100), seeded by the article's number, with its own id and publication time:
every article yields its own event ids (they hash the article id), and two articles share too
few paragraphs to pass for syndicated copies of one story.
"""

from __future__ import annotations

import random
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


@cache
def _paragraphs(samples: tuple[Article, ...]) -> tuple[tuple[str, str | None], ...]:
    """Every paragraph of the samples, with the title of its article."""
    return tuple(
        (paragraph, sample.title)
        for sample in samples
        for paragraph in sample.body.split("\n\n")
        if paragraph.strip()
    )


def synthesize(
    samples: tuple[Article, ...],
    index: int,
    target_bytes: int,
    *,
    prefix: str,
    step: timedelta = timedelta(minutes=1),
    shift: timedelta = timedelta(0),
) -> Article:
    """Article number `index`: paragraphs drawn without repeats (until all were used) until
    `target_bytes`. Its publication time is the first sample's plus `shift` plus `index` steps,
    so a stream of them moves forward in time the way a news wire does."""
    paragraphs = _paragraphs(samples)
    draw = random.Random(f"{prefix}/{index}")
    chosen: list[tuple[str, str | None]] = []
    size = 0
    enough = min(len(paragraphs), target_bytes // 100 + 2)  # paragraphs are 66 to 411 bytes
    while size < target_bytes:
        for paragraph in draw.sample(paragraphs, enough):
            chosen.append(paragraph)
            size += len(paragraph[0].encode()) + 2
            if size >= target_bytes:
                break
        enough = len(paragraphs)
    return Article(
        id=f"{prefix}-{index:07d}",
        published_at=samples[0].published_at + shift + index * step,
        title=chosen[0][1],
        body="\n\n".join(text for text, _ in chosen),
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
