"""The CLI as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from schemas import Article
from streams.broker import free_port
from streams.core.resources import sample_articles_path
from tests.conftest import REPO, SEED
from tests.unit.test_extract_seed import EXPECTED_TABLE

pytestmark = pytest.mark.e2e
FRONTLINE = [sys.executable, "-m", "streams.cli"]


def run(args: list[str], stdin: str | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FRONTLINE_BROKER"}
    return subprocess.run(
        [*FRONTLINE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=env,
        check=False,
    )


def test_help_documents_every_command() -> None:
    result = run(["--help"])
    assert result.returncode == 0
    for command in ("demo", "worker", "ingest", "extract", "fold", "state", "broker", "bench"):
        assert command in result.stdout


def test_extract_then_fold_the_seed(seed_article: Article, tmp_path: Path) -> None:
    articles = tmp_path / "seed.jsonl"
    articles.write_text(seed_article.model_dump_json() + "\n")
    extracted = run(["extract", str(articles)])
    assert extracted.returncode == 0, extracted.stderr
    folded = run(["fold", "-"], stdin=extracted.stdout)
    assert folded.returncode == 0, folded.stderr
    state = json.loads(folded.stdout)
    assert len(state) == 34
    for capital, (controller, status) in EXPECTED_TABLE.items():
        assert (state[capital]["controller"], state[capital]["status"]) == (controller, status)
    assert state["kabul"]["controller"] == "government"


def test_extract_reads_the_seed_as_the_plain_text_file_it_is(seed_article: Article) -> None:
    """The founding article is a .txt file: read as it lies on disk, dated by --published-at, it
    gives the same events as its JSON record; without a date it is refused with the reason."""
    seed_file = str(SEED)
    as_text = run(["extract", seed_file, "--published-at", seed_article.published_at.isoformat()])
    assert as_text.returncode == 0, as_text.stderr
    as_json = run(["extract", "-"], stdin=seed_article.model_dump_json() + "\n")
    texts = [json.loads(line)["evidence"]["text"] for line in as_text.stdout.splitlines()]
    assert texts == [json.loads(line)["evidence"]["text"] for line in as_json.stdout.splitlines()]
    assert len(texts) >= 20
    undated = run(["extract", seed_file])
    assert undated.returncode == 1 and undated.stdout == ""
    assert f"{seed_file}: a plain-text article has no publication time: give --published-at" in undated.stderr
    naive = run(["extract", seed_file, "--published-at", "2021-08-13T12:00"])
    assert naive.returncode == 2 and "has no UTC offset" in naive.stderr


def test_extract_explain_says_why(seed_article: Article, tmp_path: Path) -> None:
    articles = tmp_path / "seed.jsonl"
    articles.write_text(seed_article.model_dump_json() + "\n")
    result = run(["extract", "--explain", str(articles)])
    assert result.returncode == 0
    assert "+ captured" in result.stdout
    assert "negated" in result.stdout and "Kabul" in result.stdout


def test_extract_reports_bad_lines_with_file_and_line(tmp_path: Path) -> None:
    articles = tmp_path / "mixed.jsonl"
    good = {"id": "a", "published_at": "2021-08-08T10:00:00+04:30", "body": "Kunduz fell to the Taliban."}
    articles.write_text(json.dumps(good) + "\n{oops\n" + json.dumps({"id": "b"}) + "\n")
    result = run(["extract", str(articles)])
    assert result.returncode == 1
    assert f"{articles}:2: not JSON" in result.stderr
    assert f"{articles}:3: " in result.stderr
    assert '"capital":"kunduz"' in result.stdout


def test_demo_once_prints_the_final_table() -> None:
    started = time.monotonic()
    result = run(["demo", "--once", "--web-port", str(free_port())], timeout=300)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    state = json.loads(result.stdout)
    expected = json.loads(Path(str(sample_articles_path()).replace(".jsonl", ".expected.json")).read_text())
    assert {c: s["controller"] for c, s in state.items()} == expected
    assert "ingested 24 sample articles" in result.stderr
    print(f"frontline demo --once took {elapsed:.1f} s")


@pytest.mark.broker
def test_ingest_produces_articles_and_reports_bad_lines(broker: object, tmp_path: Path) -> None:
    from tests.integration.test_pipeline import read_topic

    folder = tmp_path / "in"
    folder.mkdir()
    samples = sample_articles_path().read_text().splitlines()[:5]
    (folder / "good.jsonl").write_text("\n".join(samples) + "\n")
    (folder / "bad.jsonl").write_text('{"id": "x"}\nnot json\n')
    env = {**os.environ, "FRONTLINE_BROKER": broker.url, "FRONTLINE_TOPIC_ARTICLES": "ingest.test"}  # type: ignore[attr-defined]
    result = subprocess.run(
        [*FRONTLINE, "ingest", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert result.returncode == 1  # some lines were bad
    assert f"{folder / 'bad.jsonl'}:1: " in result.stderr
    assert f"{folder / 'bad.jsonl'}:2: not JSON" in result.stderr
    assert "ingested 5 articles into ingest.test; 2 bad lines" in result.stderr
    records = read_topic(broker.bootstrap, "ingest.test", lambda r: len(r) >= 5)  # type: ignore[attr-defined]
    assert sorted(r.key.decode() for r in records) == sorted(json.loads(s)["id"] for s in samples)
