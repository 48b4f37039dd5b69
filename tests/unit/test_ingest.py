"""Reading article files: JSON Lines, JSON, plain text and folders of them, every problem reported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import orjson

from streams.ingest import Loaded, Problem, read_articles

KABUL_NOON = datetime.fromisoformat("2021-08-08T12:00:00+04:30")
WIRE_TEXT = "Taliban fighters captured Kunduz on Sunday, officials said.\nThe governor fled to the airport.\n"


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_a_plain_text_file_is_one_article_dated_by_the_caller(tmp_path: Path) -> None:
    path = _write(tmp_path / "kunduz-0808.txt", WIRE_TEXT)
    [item] = read_articles([path], KABUL_NOON)
    assert isinstance(item, Loaded)
    assert item.article.id == "kunduz-0808"
    assert item.article.body == WIRE_TEXT  # line breaks kept: they are the paragraphs
    assert item.article.published_at == KABUL_NOON
    assert orjson.loads(item.raw)["body"] == WIRE_TEXT  # what goes to the topic is the same article


def test_plain_text_without_a_time_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = _write(tmp_path / "undated.txt", WIRE_TEXT)
    [item] = read_articles([path])
    assert isinstance(item, Problem)
    assert str(item) == f"{path}: a plain-text article has no publication time: give --published-at"


def test_plain_text_that_is_not_utf8_or_is_empty_is_a_problem(tmp_path: Path) -> None:
    latin = _write(tmp_path / "latin.txt", "Mazar-i-Sharif tomb\xe9".encode("latin-1"))
    blank = _write(tmp_path / "blank.txt", "\n  \n")
    items = list(read_articles([latin, blank], KABUL_NOON))
    assert [type(item) for item in items] == [Problem, Problem]
    assert "not UTF-8 text" in str(items[0])
    assert str(items[1]) == f"{blank}: empty article"


def test_a_folder_gives_its_json_lines_and_text_files_in_name_order(tmp_path: Path) -> None:
    record = {"id": "jsonl-1", "published_at": "2021-08-06T09:00:00+04:30", "body": "Zaranj fell."}
    _write(tmp_path / "a.jsonl", orjson.dumps(record).decode() + "\n{oops\n")
    _write(tmp_path / "b" / "wire.txt", WIRE_TEXT)
    _write(tmp_path / "notes.md", "not an article")
    items = list(read_articles([tmp_path], KABUL_NOON))
    assert [type(item) for item in items] == [Loaded, Problem, Loaded]
    assert [item.article.id for item in items if isinstance(item, Loaded)] == ["jsonl-1", "wire"]
    assert str(items[1]).startswith(f"{tmp_path / 'a.jsonl'}:2: not JSON")
    # a JSON article keeps its own time: the caller's is for plain text only
    assert items[0].article.published_at.isoformat() == "2021-08-06T09:00:00+04:30"  # type: ignore[union-attr]
