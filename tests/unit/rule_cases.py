"""What the tables of rule cases (`test_round*_rules.py`) share: the theatres' extractor fixtures,
a Friday of the offensive to publish on, and the check of one case: the control events a text
yields, as (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.test_extract_rules import control

FRIDAY = "2021-08-13T20:00:00+04:30"  # Friday 13 Aug 2021
AF, SYRIA = "extractor", "syria_extractor"
"""The fixtures of the two theatres' extractors, by name."""
Expected = set[tuple[str, str, str, str]]


def check_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    extractor: Extractor = request.getfixturevalue(theatre_extractor)
    assert control(extractor, body, published=published) == expected


def sides(extractor: Extractor, body: str, published: str) -> list[tuple[str | None, str, str | None]]:
    """The events a text yields as (capital, type, actor): what an actor rule's test checks."""
    article = Article(id="t", published_at=datetime.fromisoformat(published), body=body)
    return [
        (getattr(e, "capital", None), e.type, getattr(e, "actor", None)) for e in extractor.extract(article)
    ]
