"""Decoding and dead letters: bad input becomes a value with the reason, never an exception."""

from __future__ import annotations

import base64

import orjson
import pytest

from schemas.article import Article
from schemas.messages import ArticleReceipt, DeadLetter
from streams.core.extract import Extractor
from streams.processing import ArticleProcessor, Origin, decode_event, syndicated_from

TOPICS = {"events": "events.typed", "receipts": "articles.processed", "deadletter": "articles.deadletter"}
ORIGIN = Origin("articles.raw", 2, 41)
GOOD = {
    "id": "a1",
    "published_at": "2021-08-08T10:00:00+04:30",
    "body": "Taliban fighters captured Kunduz on Sunday, officials said.",
}


@pytest.fixture
def processor(extractor: Extractor) -> ArticleProcessor:
    return ArticleProcessor(extractor, TOPICS, max_bytes=10_000)


@pytest.mark.parametrize(
    ("raw", "reason", "fragment"),
    [
        (b"{not json", "decode", "unexpected"),
        (b"", "decode", ""),
        (b"[1, 2]", "validation", "JSON object"),
        (orjson.dumps({k: v for k, v in GOOD.items() if k != "body"}), "validation", "body"),
        (orjson.dumps({**GOOD, "body": 42}), "validation", "body"),
        (orjson.dumps({**GOOD, "published_at": "2021-08-08T10:00:00"}), "validation", "published_at"),
        (orjson.dumps({**GOOD, "body": "x" * 20_000}), "too_large", "limit"),
        (b"\xff\xfe\x00garbage", "decode", ""),
    ],
)
def test_bad_input_is_dead_lettered_with_reason(
    processor: ArticleProcessor, raw: bytes, reason: str, fragment: str
) -> None:
    outcome = processor.process(raw, ORIGIN)
    letter = outcome.dead_letter
    assert isinstance(letter, DeadLetter)
    assert letter.reason == reason
    assert fragment.lower() in letter.error.lower()
    assert base64.b64decode(letter.original_base64) == raw
    assert (letter.source_topic, letter.partition, letter.offset) == ("articles.raw", 2, 41)
    assert [r.topic for r in outcome.records] == ["articles.deadletter"]


def test_good_article_gives_events_and_a_receipt(processor: ArticleProcessor) -> None:
    outcome = processor.process(orjson.dumps(GOOD), ORIGIN)
    assert outcome.dead_letter is None
    topics = [r.topic for r in outcome.records]
    assert topics == ["events.typed", "articles.processed"]
    assert outcome.records[0].key == b"kunduz"
    receipt = ArticleReceipt.model_validate_json(outcome.records[-1].value)
    assert (receipt.article_id, receipt.event_count, receipt.control_event_count) == ("a1", 1, 1)


def test_article_without_events_still_gets_a_receipt(processor: ArticleProcessor) -> None:
    outcome = processor.process(orjson.dumps({**GOOD, "body": "Peace talks resumed in Doha."}), ORIGIN)
    assert [r.topic for r in outcome.records] == ["articles.processed"]


def test_duplicate_article_ids_are_noticed(processor: ArticleProcessor) -> None:
    assert not processor.seen_before("a1")
    assert processor.seen_before("a1")


def test_events_from_a_foreign_producer_are_dead_lettered() -> None:
    assert isinstance(decode_event(b'{"type": "captured"}', ORIGIN), DeadLetter)
    assert isinstance(decode_event(b"nope", ORIGIN), DeadLetter)


def test_syndicated_copies_emit_no_events(extractor: Extractor) -> None:
    from streams.core.dedupe import SyndicationIndex

    processor = ArticleProcessor(extractor, TOPICS, max_bytes=100_000, syndication=SyndicationIndex())
    body = (
        GOOD["body"] + " The insurgents seized the governor's compound and the police headquarters, "
        "and government troops retreated to the airport outside the city, residents said."
    )
    first = processor.process(orjson.dumps({**GOOD, "body": body}), ORIGIN)
    copy = processor.process(
        orjson.dumps({**GOOD, "id": "a2", "title": "Kunduz falls", "body": body}), ORIGIN
    )
    assert first.events and first.duplicate_of is None
    assert copy.events == () and copy.duplicate_of == "a1"
    receipt = ArticleReceipt.model_validate_json(copy.records[-1].value)
    assert receipt.duplicate_of == "a1"


_STORY = (
    "Taliban fighters captured Zaranj, the capital of Nimroz province, on Friday, officials said.\n\n"
    "The insurgents seized the governor's compound and the police headquarters, and government troops "
    "retreated to a base outside the city, a member of the provincial council said by telephone.\n\n"
    "Residents said the city was calm by evening and that shops had begun to reopen on the main road."
)


def test_a_copy_that_drops_a_later_place_is_still_a_copy(extractor: Extractor) -> None:
    """An outlet that cuts a later paragraph naming a province of a capital's name ("from the
    neighbouring province of Farah") publishes the same story: its headline and lede are the key."""
    from streams.core.dedupe import SyndicationIndex

    index = SyndicationIndex()
    original = {**GOOD, "id": "z1", "body": _STORY + "\n\nHe spoke from the neighbouring province of Farah."}
    copy = {**GOOD, "id": "z2", "body": _STORY}
    assert syndicated_from(index, extractor, Article.model_validate(original)) is None
    assert syndicated_from(index, extractor, Article.model_validate(copy)) == "z1"


def test_a_template_report_about_another_city_is_no_copy(extractor: Extractor) -> None:
    """The same wording about another capital in the lede is other news, however similar."""
    from streams.core.dedupe import SyndicationIndex

    index = SyndicationIndex()
    first = {**GOOD, "id": "t1", "body": _STORY}
    other = {
        **GOOD,
        "id": "t2",
        "body": _STORY.replace("Zaranj, the capital of Nimroz", "Farah, the capital of Farah"),
    }
    assert syndicated_from(index, extractor, Article.model_validate(first)) is None
    assert syndicated_from(index, extractor, Article.model_validate(other)) is None


def test_a_copy_that_drops_the_dateline_is_still_a_copy(extractor: Extractor) -> None:
    """An outlet that drops the wire's dateline ("Kabul, 6 Aug (Agency) -") drops a capital's name
    from the lede: where the story was filed is no place the story is about."""
    from streams.core.dedupe import SyndicationIndex

    index = SyndicationIndex()
    original = {**GOOD, "id": "d1", "body": "Kabul, 6 Aug (Meridian) - " + _STORY}
    copy = {**GOOD, "id": "d2", "body": _STORY}
    assert syndicated_from(index, extractor, Article.model_validate(original)) is None
    assert syndicated_from(index, extractor, Article.model_validate(copy)) == "d1"


@pytest.mark.parametrize(
    ("title", "note", "copy"),
    [
        ("UPDATE 1-Taliban take Zaranj", "(Adds governor's compound, residents)", False),
        ("CORRECTED-Taliban take Zaranj", "(Corrects day of the fall in paragraph 1 to Friday)", False),
        ("CORRECTED-UPDATE 1-Taliban take Zaranj", "", False),
        ("REFILE-Taliban take Zaranj", "(Refiles to correct spelling of Nimroz in paragraph 1)", True),
        ("Taliban take Zaranj", "(Repeats with no changes to text)", True),
    ],
)
def test_a_new_version_of_a_story_is_no_copy_but_a_refile_is(
    extractor: Extractor, title: str, note: str, copy: bool
) -> None:
    """A writethru or correction is the desk's new version, whose changes are news; a refile or
    repeat is the same story sent again. Its note to editors is no part of the key: the copy of
    an update ("(Adds ...)" dropped by the outlet) is still a copy."""
    from streams.core.dedupe import SyndicationIndex

    index = SyndicationIndex()
    original = {**GOOD, "id": "v1", "title": "Taliban take Zaranj", "body": _STORY}
    version = {**GOOD, "id": "v2", "title": title, "body": f"{note}\n\n{_STORY}" if note else _STORY}
    outlet = {**GOOD, "id": "v3", "title": "Zaranj falls to Taliban", "body": _STORY}
    assert syndicated_from(index, extractor, Article.model_validate(original)) is None
    assert syndicated_from(index, extractor, Article.model_validate(version)) == ("v1" if copy else None)
    index = SyndicationIndex()
    assert syndicated_from(index, extractor, Article.model_validate(version)) is None
    assert syndicated_from(index, extractor, Article.model_validate(outlet)) == "v2"
