"""The reducer's rules, one behaviour per test."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from functools import reduce
from zoneinfo import ZoneInfo

from pydantic_core import TzInfo

from schemas import Theatre
from streams.bench.corpus import corpus, sample_articles
from streams.bench.pure import replay_log
from streams.core import reduce as reducer
from streams.core.extract import Extractor
from streams.core.ledger_codec import ledger_from_json, ledger_to_json
from streams.core.reduce import apply, fold, initial_state, table
from tests.factories import make_event


def state_of(theatre: Theatre, *events: object, capital: str = "kunduz") -> tuple[str, str]:
    result = table(fold(events, theatre))[capital]  # type: ignore[arg-type]
    return result.controller, result.status


def test_baseline_is_the_incumbent_everywhere(theatre: Theatre) -> None:
    states = table(initial_state(theatre))
    assert len(states) == 34
    assert {s.controller for s in states.values()} == {"government"}
    assert {s.since.date().isoformat() for s in states.values()} == {"2021-05-01"}


def test_claim_then_confirmation_upgrades(theatre: Theatre) -> None:
    claim = make_event("captured", "kunduz", modality="claimed", day="2021-08-08", article="a1")
    assert state_of(theatre, claim) == ("taliban", "claimed")
    confirm = make_event("captured", "kunduz", day="2021-08-08", article="a2", hour=18)
    assert state_of(theatre, claim, confirm) == ("taliban", "confirmed")
    assert state_of(theatre, confirm, claim) == ("taliban", "confirmed")


def test_denial_marks_disputed(theatre: Theatre) -> None:
    claim = make_event("captured", "kunduz", modality="claimed", day="2021-08-08")
    denial = make_event("captured", "kunduz", modality="denied", day="2021-08-09", article="a2")
    assert state_of(theatre, claim, denial) == ("taliban", "disputed")


def test_denial_of_something_not_believed_changes_nothing(theatre: Theatre) -> None:
    denial = make_event("captured", "kunduz", modality="denied", day="2021-08-09")
    assert state_of(theatre, denial) == ("government", "confirmed")


def test_partial_fall_after_capture_is_disputed(theatre: Theatre) -> None:
    capture = make_event("captured", "ghazni", day="2021-08-12")
    partial = make_event("captured", "ghazni", modality="partial", day="2021-08-13", article="a2")
    assert state_of(theatre, capture, partial, capital="ghazni") == ("taliban", "disputed")


def test_partial_fall_alone_is_contested(theatre: Theatre) -> None:
    partial = make_event("captured", "ghazni", modality="partial", day="2021-08-11")
    assert state_of(theatre, partial, capital="ghazni") == ("contested", "confirmed")


def test_undated_fighting_never_overrides_a_confirmed_capture(theatre: Theatre) -> None:
    capture = make_event("captured", "lashkar-gah", day="2021-08-13")
    fighting = make_event(
        "contested", "lashkar-gah", precision="report", article="late", reported="2021-08-16T09:00:00+04:30"
    )
    assert state_of(theatre, capture, fighting, capital="lashkar-gah") == ("taliban", "confirmed")


def test_one_sides_word_never_overturns_a_confirmed_capture(theatre: Theatre) -> None:
    """A side's word alone ("commandos have retaken Kunduz", dated or not; "commandos cleared several
    neighbourhoods", a claimant's partial retake) is tallied as its claim but leaves a holder that a
    source confirmed in place; a holder put there by a claim alone, or the baseline, still gives way,
    and a confirmed retake moves the city."""
    capture = make_event("captured", "kunduz", day="2021-08-08")
    undated = make_event(
        "retaken",
        "kunduz",
        actor="government",
        modality="claimed",
        precision="report",
        article="late",
        reported="2021-08-12T19:30:00+04:30",
    )
    assert state_of(theatre, capture, undated) == ("taliban", "confirmed")
    claims = {c.controller: c.status for c in table(fold([capture, undated], theatre))["kunduz"].claims}
    assert claims == {"taliban": "confirmed", "government": "claimed"}
    dated = make_event(
        "retaken", "kunduz", actor="government", modality="claimed", day="2021-08-12", article="d"
    )
    assert state_of(theatre, capture, dated) == ("taliban", "confirmed")
    cleared = make_event(
        "retaken",
        "kunduz",
        actor="government",
        modality="partial",
        day="2021-08-09",
        article="p",
        attribution="the defence ministry",
        attribution_kind="claimant",
    )
    assert state_of(theatre, capture, cleared) == ("taliban", "confirmed")
    witnessed = make_event(
        "retaken",
        "kunduz",
        actor="government",
        modality="partial",
        day="2021-08-09",
        article="w",
        attribution="residents",
        attribution_kind="witness",
    )
    assert state_of(theatre, capture, witnessed) == ("contested", "confirmed")
    unconfirmed = make_event("captured", "kunduz", modality="claimed", day="2021-08-08")
    assert state_of(theatre, unconfirmed, undated) == ("government", "claimed")
    assert state_of(theatre, make_event("captured", "kunduz", modality="claimed")) == ("taliban", "claimed")
    retaken = make_event("retaken", "kunduz", actor="government", day="2021-08-12", article="r")
    assert state_of(theatre, capture, retaken) == ("government", "confirmed")


def test_older_fighting_never_overrides_a_newer_capture(theatre: Theatre) -> None:
    capture = make_event("captured", "herat", day="2021-08-12")
    fighting = make_event("contested", "herat", day="2021-08-10", article="old")
    assert state_of(theatre, fighting, capture, capital="herat") == ("taliban", "confirmed")
    assert state_of(theatre, capture, fighting, capital="herat") == ("taliban", "confirmed")


def test_same_day_fighting_sorts_before_the_capture(theatre: Theatre) -> None:
    capture = make_event("captured", "herat", day="2021-08-12", hour=9)
    fighting = make_event("contested", "herat", day="2021-08-12", hour=20, article="b")
    assert state_of(theatre, fighting, capture, capital="herat") == ("taliban", "confirmed")


def test_newer_dated_fighting_contests_a_city(theatre: Theatre) -> None:
    capture = make_event("captured", "charikar", day="2021-08-15")
    counter = make_event("contested", "charikar", actor="nrf", day="2021-08-17", article="b")
    assert state_of(theatre, capture, counter, capital="charikar") == ("contested", "confirmed")


def test_retaken_restores_the_incumbent(theatre: Theatre) -> None:
    entered = make_event("entered", "qala-e-naw", day="2021-07-07")
    retaken = make_event("retaken", "qala-e-naw", actor="government", day="2021-07-08", article="b")
    assert state_of(theatre, entered, capital="qala-e-naw") == ("contested", "confirmed")
    assert state_of(theatre, entered, retaken, capital="qala-e-naw") == ("government", "confirmed")


def test_duplicates_are_no_ops(theatre: Theatre) -> None:
    capture = make_event("captured", "kunduz", day="2021-08-08")
    once = fold([capture], theatre)
    twice = apply(once, capture)
    assert twice is once


def test_transitions_report_the_change(theatre: Theatre) -> None:
    before = initial_state(theatre).ledgers["kunduz"].derived
    after = fold([make_event("captured", "kunduz", day="2021-08-08")], theatre).ledgers["kunduz"].derived
    change = reducer.transition(before, after, "Kunduz", "kunduz")
    assert change is not None
    assert (change.from_controller, change.to_controller) == ("government", "taliban")
    assert reducer.transition(after, after, "Kunduz", "kunduz") is None


def test_window_bounds_the_ledger_and_counts_late_events(theatre: Theatre) -> None:
    events = [make_event("contested", "kunduz", day="2021-07-01", hour=1, article=f"a{i}") for i in range(1)]
    events += [
        make_event("contested", "kunduz", day=f"2021-07-{1 + i // 20:02d}", hour=i % 20, article=f"w{i}")
        for i in range(reducer.WINDOW + 10)
    ]
    state = fold(events[1:], theatre)
    ledger = state.ledgers["kunduz"]
    assert len(ledger.window) == reducer.WINDOW
    assert ledger.derived.events_applied == reducer.WINDOW + 10
    late = apply(state, events[0])
    assert late.ledgers["kunduz"].late_events == 1


def test_fold_is_apply_event_by_event(theatre: Theatre, extractor: Extractor) -> None:
    """The replay folds each capital's events in one pass; `apply` refolds its window at every
    event. Both must leave the same state, here for the extractor's events of a corpus, repeated
    past the window, with duplicates and late arrivals mixed in."""
    articles = corpus(sample_articles(theatre.id), "8 KB", 6, 8000, prefix="fold-apply").articles
    log = replay_log([extractor.extract(article) for article in articles], 2000)
    log += random.Random(7).sample(log, 300)
    folded, stepwise = fold(log, theatre), reduce(apply, log, initial_state(theatre))
    assert folded == stepwise
    assert reducer.table_json(folded) == reducer.table_json(stepwise)  # offsets of the times too
    ledgers = folded.ledgers.values()
    assert sum(ledger.late_events for ledger in ledgers) > 0
    assert max(ledger.checkpoint.events_applied for ledger in ledgers) > 0


def test_ledger_round_trips_through_json(theatre: Theatre) -> None:
    events = [
        make_event("captured", "kunduz", modality="claimed", day="2021-08-08"),
        make_event("captured", "kunduz", day="2021-08-09", article="b"),
    ]
    ledger = fold(events, theatre).ledgers["kunduz"]
    restored = ledger_from_json(ledger_to_json(ledger), fold([], theatre).tz)
    assert restored == replace(ledger)


def test_ledgers_stored_in_format_1_still_load(theatre: Theatre) -> None:
    ledger = fold([make_event("captured", "kunduz", day="2021-08-09")], theatre).ledgers["kunduz"]
    stored = ledger_to_json(ledger)
    format_1 = {**stored, "format": 1, "derived": stored["checkpoint"]}  # format 1 kept a copy of the state
    assert ledger_from_json(format_1, fold([], theatre).tz) == ledger


def test_count_claims_keep_the_latest_per_actor(theatre: Theatre) -> None:
    older = make_event_count(10, "2021-08-12T10:00:00+04:30", "a")
    newer = make_event_count(12, "2021-08-13T10:00:00+04:30", "b")
    state = fold([newer, older], theatre)
    assert state.count_claims["taliban"].count == 12


def make_event_count(count: int, reported: str, article: str) -> object:
    from schemas.events import EVENT_ADAPTER

    return EVENT_ADAPTER.validate_python(
        {
            "event_id": f"{count:032x}",
            "article_id": article,
            "type": "count_claim",
            "actor": "taliban",
            "event_time": reported,
            "time_precision": "report",
            "reported_at": reported,
            "evidence": {"text": "x", "start": 0, "end": 1},
            "confidence": 0.8,
            "extractor_version": "test",
            "count": count,
            "total": 34,
        }
    )


def test_keys_count_time_from_the_epoch_whatever_the_tzinfo(theatre: Theatre) -> None:
    """A batch tells the epoch in the tzinfos it meets again (`_epoch`); its keys must be the
    plain `moment - _EPOCH` ones for shared and distinct, fixed and changing offsets alike."""
    kabul = TzInfo(16200)
    moments = [
        datetime(2021, 8, 8, 23, 59, 59, 999_999, tzinfo=kabul),
        datetime(2021, 8, 9, 0, 30, tzinfo=kabul),
        datetime(2021, 8, 9, 0, 30, tzinfo=TzInfo(16200)),
        datetime(2021, 8, 9, 0, 30, tzinfo=TzInfo(-3600)),
        datetime(2021, 8, 9, 0, 30, tzinfo=timezone(timedelta(hours=4, minutes=30))),
        datetime(2021, 8, 9, 0, 30, tzinfo=UTC),
        datetime(2021, 3, 28, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        datetime(2021, 7, 1, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")),
    ]
    tz = initial_state(theatre).tz
    facts = [
        reducer.Fact.of(
            make_event("captured", "kunduz", article=f"a{i}").model_copy(update={"event_time": at})
        )  # type: ignore[arg-type]
        for i, at in enumerate(moments + moments[::-1])
    ]
    epochs: reducer.Epochs = {}
    for fact in facts:
        batch_key = reducer._key(fact, tz.utcoffset(None), epochs)
        assert batch_key[1] == fact.event_time - reducer._EPOCH
        assert batch_key[2] == fact.reported_at - reducer._EPOCH
        assert batch_key == reducer.event_key(fact, tz)
