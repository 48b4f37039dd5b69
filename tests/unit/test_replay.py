"""Replay's pure comparisons: re-extraction reports what a better extractor changes, and a
rebuilt table is compared with a live one field by field."""

from __future__ import annotations

import orjson

from schemas import Article, Theatre
from streams.core.extract import Extractor
from streams.core.resources import sample_articles_path
from streams.replay import compare_tables, rebuild_table, reextract


def _samples() -> list[Article]:
    lines = sample_articles_path().read_text(encoding="utf-8").splitlines()
    return [Article.model_validate(orjson.loads(line)) for line in lines if line.strip()]


def test_reextracting_with_the_same_extractor_changes_nothing(extractor: Extractor, theatre: Theatre) -> None:
    articles = _samples()
    logged = [e for a in articles for e in extractor.extract(a)]
    report = reextract(logged + logged[:5], articles, extractor, theatre)  # redelivered duplicates too
    assert (report.added, report.removed, report.state_changes) == ([], [], [])
    assert report.articles == len(articles) and report.events_before == report.events_after


def test_reextracting_reports_what_an_older_log_lacked(extractor: Extractor, theatre: Theatre) -> None:
    articles = _samples()
    current = [e for a in articles for e in extractor.extract(a)]
    lost = {e.event_id for e in current if e.capital == "bazarak"}  # as if an older extractor missed them
    report = reextract([e for e in current if e.event_id not in lost], articles, extractor, theatre)
    assert {e.event_id for e in report.added} == lost and report.removed == []
    assert {d.capital for d in report.state_changes} == {"bazarak"}


def test_compare_tables_names_every_differing_field(extractor: Extractor, theatre: Theatre) -> None:
    events = [e for a in _samples() for e in extractor.extract(a)]
    live = rebuild_table(events, theatre)
    assert compare_tables(live, rebuild_table(events, theatre)) == []
    without = rebuild_table([e for e in events if e.capital != "zaranj"], theatre)
    differences = compare_tables(live, without)
    assert {d.capital for d in differences} == {"zaranj"}
    assert "controller" in {d.field for d in differences}
