"""The generated stream of the fault tests: its reference is only exact if no article is a
syndicated copy of another, whatever order a worker sees them in."""

from __future__ import annotations

import random

from schemas import Theatre
from streams.core.dedupe import SyndicationIndex
from streams.core.extract import Extractor
from streams.processing import syndicated_from
from tests.wire_corpus import wire_articles


def test_no_generated_article_is_a_copy_in_any_order(theatre: Theatre, extractor: Extractor) -> None:
    articles = wire_articles(600, seed=81, theatre=theatre)
    assert len({a.id for a in articles}) == 600
    for trial in range(2):
        order = articles[:]
        random.Random(trial).shuffle(order)
        index = SyndicationIndex()
        assert [a.id for a in order if syndicated_from(index, extractor, a)] == []


def test_the_crash_test_stream_has_no_copy_for_a_fresh_index(theatre: Theatre, extractor: Extractor) -> None:
    """The crash test's 2,000 one-sentence articles, as a worker restarted with an empty index sees
    them: a verdict must not depend on what the index saw before (a cap on common shingles once
    made 178 of them copies here)."""
    articles = wire_articles(2_000, seed=71, theatre=theatre, most_sentences=1)
    index = SyndicationIndex()
    assert [a.id for a in articles[1_000:] if syndicated_from(index, extractor, a)] == []
