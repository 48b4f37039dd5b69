"""Syndicated copies: recognised as near-duplicates; distinct stories are not."""

from __future__ import annotations

from streams.core.dedupe import SyndicationIndex, similarity, sketch

STORY = (
    "KUNDUZ, Afghanistan - Taliban fighters captured the northern city of Kunduz on Sunday after "
    "days of fighting, officials said, the third provincial capital to fall in three days. The "
    "insurgents seized the governor's compound and the police headquarters, and government troops "
    "retreated to the airport outside the city, a member of the provincial council said. Residents "
    "described gunfire through the night and said many families had fled toward Mazar-i-Sharif."
)


def test_a_lightly_edited_copy_is_a_duplicate() -> None:
    index = SyndicationIndex()
    assert index.add("wire-1", STORY) is None
    copy = STORY.replace("officials said", "Afghan officials said").replace(
        " Residents described gunfire through the night and said many families had fled toward "
        "Mazar-i-Sharif.",
        "",
    )
    assert index.add("outlet-2", "Taliban seize Kunduz\n" + copy) == "wire-1"


def test_a_different_story_is_not() -> None:
    index = SyndicationIndex()
    index.add("wire-1", STORY)
    other = (
        "HERAT, Afghanistan - Government forces pushed the Taliban out of several neighbourhoods on "
        "the edge of Herat on Friday, regaining parts of the city's outskirts, officials said."
    )
    assert index.add("wire-2", other) is None


def test_redelivery_of_the_same_id_is_not_a_copy() -> None:
    index = SyndicationIndex()
    index.add("wire-1", STORY)
    assert index.add("wire-1", STORY) is None


def test_similarity_bounds() -> None:
    assert similarity(sketch(STORY), sketch(STORY)) == 1.0
    assert similarity(sketch(STORY), sketch("")) == 0.0


def test_capacity_forgets_the_oldest() -> None:
    index = SyndicationIndex(capacity=2)
    index.add("a", STORY)
    index.add("b", "A completely different text about peace talks in Doha between the sides.")
    index.add("c", "Yet another unrelated report on refugees at the border with Iran this week.")
    assert len(index) == 2
    assert index.add("d", STORY) is None  # "a" was forgotten

