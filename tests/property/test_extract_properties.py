"""The extractor on arbitrary text: it never raises and always returns valid events."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import Article, Theatre
from schemas.events import EVENT_ADAPTER
from streams.core.extract import Extractor

WORDS = [
    "Taliban",
    "captured",
    "seized",
    "Kunduz",
    "Herat",
    "the city",
    "fell",
    "to",
    "not",
    "could",
    "on Sunday",
    "said",
    "officials",
    "denied",
    "parts of",
    "Ghazni",
    "province",
    ",",
    ".",
    "in 1996",
    "entered",
    "retook",
    "government forces",
    "12 of 34 provincial capitals",
    "troops",
    "airstrikes",
    "the provincial capital",
    "Mazar",
    "'s fall",
    "\n",
    "“",
    "”",
    "Aug. 12",
    "yesterday",
]


def _article(body: str, title: str | None = None) -> Article:
    return Article(
        id="p", published_at=datetime.fromisoformat("2021-08-13T12:00:00+04:30"), body=body, title=title
    )


def _check(extractor: Extractor, article: Article) -> None:
    for event in extractor.extract(article):
        EVENT_ADAPTER.validate_python(event.model_dump())
        field = article.body if event.evidence.field == "body" else (article.title or "")
        assert field[event.evidence.start : event.evidence.end] == event.evidence.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.text(max_size=2000), title=st.none() | st.text(max_size=200))
def test_arbitrary_unicode_never_raises(
    extractor: Extractor, theatre: Theatre, body: str, title: str | None
) -> None:
    _check(extractor, _article(body, title))


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=80))
def test_wire_like_word_salad_gives_valid_events(extractor: Extractor, words: list[str]) -> None:
    _check(extractor, _article(" ".join(words)))
