"""Reading article files (JSON, JSON Lines, plain text, folders) and producing them to `articles.raw`.

A plain-text file (`.txt`) is one article: its whole text is the body, as wire copy is often kept
on disk. The text carries no publication time, so the caller gives one (`--published-at`); event
days are read against it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

import orjson
from pydantic import ValidationError

from schemas.article import Article


@dataclass(frozen=True, slots=True)
class Problem:
    """A line (or a whole file, line 0) that is not an article: reported with where it is."""

    path: str
    line: int
    error: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path  # line 0: the whole file
        return f"{where}: {self.error}"


@dataclass(frozen=True, slots=True)
class Loaded:
    article: Article
    raw: bytes


ARTICLE_SUFFIXES = (".json", ".jsonl", ".txt")
PLAIN_TEXT = ".txt"


def article_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES)
        else:
            yield path


def _validate(raw: bytes, path: str, line: int) -> Loaded | Problem:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return Problem(path, line, f"not JSON: {exc}")
    if isinstance(data, dict) and "article" in data and "gold" in data:
        data = data["article"]  # a gold-corpus record carries its article
        raw = orjson.dumps(data)
    try:
        return Loaded(Article.model_validate(data), raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "article"
        return Problem(path, line, f"{where}: {first['msg']}")


def read_articles(
    paths: Iterable[str | Path], published_at: datetime | None = None
) -> Iterator[Loaded | Problem]:
    """Every article in the files, in order; a `Problem` for each bad line (and going on).

    `published_at` dates the plain-text files, which carry no time of their own."""
    for path in article_files(paths):
        name = str(path)
        if name == "-":
            yield from _read_lines(sys.stdin, "<stdin>")
            continue
        if not path.exists():
            yield Problem(name, 0, "no such file")
            continue
        if path.suffix == ".json":
            yield from _read_json(path)
        elif path.suffix == PLAIN_TEXT:
            yield _read_text(path, published_at)
        else:
            with path.open(encoding="utf-8", errors="surrogateescape") as handle:
                yield from _read_lines(handle, name)


def _read_json(path: Path) -> Iterator[Loaded | Problem]:
    try:
        data = orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as exc:
        yield Problem(str(path), 1, f"not JSON: {exc}")
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items, start=1):
        yield _validate(orjson.dumps(item), str(path), index)


def _read_text(path: Path, published_at: datetime | None) -> Loaded | Problem:
    if published_at is None:
        return Problem(str(path), 0, "a plain-text article has no publication time: give --published-at")
    try:
        body = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(str(path), 0, f"not UTF-8 text: {exc}")
    if not body.strip():
        return Problem(str(path), 0, "empty article")
    record = {"id": path.stem, "published_at": published_at.isoformat(), "body": body}
    return _validate(orjson.dumps(record), str(path), 1)


def _read_lines(handle: TextIO, name: str) -> Iterator[Loaded | Problem]:
    for number, line in enumerate(handle, start=1):
        if line.strip():
            yield _validate(line.strip().encode("utf-8", errors="surrogateescape"), name, number)


class ProgressBar:
    """A one-line progress bar on stderr (silent when stderr is not a terminal and quiet)."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.total = max(total, 1)
        self.stream = stream
        self.width = width
        self.done = 0

    def advance(self, n: int = 1) -> None:
        self.done += n
        filled = int(self.width * self.done / self.total)
        self.stream.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total}")
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


async def produce_articles(
    bootstrap_options: dict[str, object], topic: str, items: list[Loaded], progress: ProgressBar | None = None
) -> int:
    """Send articles keyed by id with a batching producer; wait for every acknowledgement."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(
        linger_ms=5, max_batch_size=1_000_000, max_request_size=8_000_000, acks="all", **bootstrap_options
    )
    await producer.start()
    try:
        pending = []
        for item in items:
            pending.append(await producer.send(topic, key=item.article.id.encode(), value=item.raw))
            if len(pending) >= 500:
                for fut in pending:
                    await fut
                if progress:
                    progress.advance(len(pending))
                pending.clear()
        for fut in pending:
            await fut
        if progress and pending:
            progress.advance(len(pending))
    finally:
        await producer.stop()
    return len(items)
