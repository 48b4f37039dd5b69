"""The founding article: the events a careful coder reads from it, and the table they fold to."""

from __future__ import annotations

from collections import Counter

import pytest

from schemas import Article, Theatre
from schemas.events import CountClaimEvent, TroopDeploymentEvent
from streams.core.extract import Decision, Extractor
from streams.core.reduce import fold, table

EXPECTED_TABLE = {
    "lashkar-gah": ("taliban", "confirmed"),
    "kandahar": ("taliban", "confirmed"),
    "herat": ("taliban", "confirmed"),
    "ghazni": ("taliban", "disputed"),
    "qala-e-naw": ("taliban", "claimed"),
    "feroz-koh": ("contested", "confirmed"),
}


@pytest.fixture(scope="module")
def seed_events(extractor: Extractor, seed_article: Article) -> list:
    return extractor.extract(seed_article)


def test_seed_folds_to_the_expected_table(seed_events: list, theatre: Theatre) -> None:
    state = table(fold(seed_events, theatre))
    for capital, (controller, status) in EXPECTED_TABLE.items():
        assert (state[capital].controller, state[capital].status) == (controller, status), capital
    untouched = [c for c in state if c not in EXPECTED_TABLE]
    assert len(untouched) == 28
    for capital in untouched:  # Kabul ("isn't directly under threat") included
        assert state[capital].controller == "government", capital
        assert state[capital].events_applied == 0, capital


def test_seed_troop_deployments(seed_events: list) -> None:
    troops = {(e.country, e.number) for e in seed_events if isinstance(e, TroopDeploymentEvent)}
    assert troops == {("us", 3000), ("uk", 600), ("canada", None)}


def test_seed_context_events(seed_events: list) -> None:
    kinds = {(e.type, e.capital) for e in seed_events}
    assert ("prison_break", "kandahar") in kinds
    assert ("arrest", "ghazni") in kinds
    assert ("officials_fled", "kandahar") in kinds
    claims = [e for e in seed_events if isinstance(e, CountClaimEvent)]
    assert [(c.count, c.total, c.actor) for c in claims] == [(12, 34, "taliban")]


def test_seed_modalities_and_attribution(seed_events: list) -> None:
    by_capital = {(e.capital, e.type, e.modality): e for e in seed_events if e.capital}
    qala = by_capital[("qala-e-naw", "captured", "claimed")]
    assert qala.attribution_kind == "claimant"
    lashkar = by_capital[("lashkar-gah", "captured", "asserted")]
    assert "security source" in (lashkar.attribution or "")
    assert ("ghazni", "captured", "partial") in by_capital
    feroz = by_capital[("feroz-koh", "entered", "asserted")]
    assert feroz.attribution and feroz.attribution.startswith("Fazel Haq Ehsan")


def test_seed_weekday_anchoring(seed_events: list) -> None:
    """'Earlier Thursday' in an article of Friday 13 Aug is 12 Aug."""
    ghazni = [
        e for e in seed_events if e.capital == "ghazni" and e.modality == "asserted" and e.type == "captured"
    ]
    assert ghazni and ghazni[0].event_time.date().isoformat() == "2021-08-12"
    assert ghazni[0].time_precision == "day"


def test_seed_no_event_from_negation_or_hypothetical(
    seed_events: list, extractor: Extractor, seed_article: Article
) -> None:
    assert not [
        e
        for e in seed_events
        if e.capital == "kabul" and e.type in ("captured", "entered", "contested", "surrendered", "retaken")
    ]
    trace: list[Decision] = []
    extractor.extract(seed_article, trace)
    reasons = Counter(d.reason.split(" ")[0] for d in trace if d.outcome == "dropped")
    assert reasons["negated"] >= 1
    assert reasons["hypothetical"] >= 1


def test_event_ids_are_deterministic(extractor: Extractor, seed_article: Article) -> None:
    first = [e.event_id for e in extractor.extract(seed_article)]
    second = [e.event_id for e in extractor.extract(seed_article)]
    assert first == second
    assert len(set(first)) == len(first)


def test_every_event_has_its_evidence_span(seed_events: list, seed_article: Article) -> None:
    for event in seed_events:
        span = seed_article.body[event.evidence.start : event.evidence.end]
        assert span == event.evidence.text
