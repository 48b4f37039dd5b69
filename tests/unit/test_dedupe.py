"""Syndicated copies: recognised as near-duplicates; distinct stories are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


TRIMMED = [
    "TALOQAN, Afghanistan - Taliban fighters took control of Taloqan, the capital of northern Takhar "
    "province, on Sunday after government forces withdrew overnight, a member of the provincial council said.",
    "The council member said the governor and the police chief had left for the airport before dawn, and "
    "that fighters raised their white flag over the governor's office by mid-morning.",
    "Taloqan is the third provincial capital to fall on Sunday, after Kunduz and Sar-e Pul, and the sixth "
    "since Friday, when the insurgents seized Zaranj on the Iranian border.",
    "Residents reached by telephone said the streets were quiet by the afternoon and that many shops had "
    "stayed shut.",
    "A doctor at the main hospital said it had received the bodies of four civilians and more than thirty "
    "wounded since Saturday evening.",
    "The defence ministry said special forces were being sent north and that the lost cities would be "
    "retaken within days.",
    "The United Nations said on Sunday that tens of thousands of people had fled the fighting in the north "
    "in the past month, many of them to Kabul.",
    "Diplomats in Kabul said the speed of the advance had surprised Western governments, which had "
    "expected the provincial capitals to hold until the autumn.",
]


def test_a_copy_trimmed_of_three_paragraphs_is_a_duplicate() -> None:
    """A desk that runs five of the wire's eight paragraphs, one attribution reworded: still the
    wire's story (its sketch shares about half the original's, 0.52)."""
    index = SyndicationIndex()
    assert index.add("wire-1", "Taliban take Taloqan\n" + "\n\n".join(TRIMMED)) is None
    kept = "\n\n".join(p for i, p in enumerate(TRIMMED) if i not in (3, 4, 6))
    copy = kept.replace("a member of the provincial council said", "a provincial council member said")
    assert index.add("outlet-2", "Taloqan falls to Taliban\n" + copy) == "wire-1"


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


def _reference_verdicts(items: list[tuple[str, str, frozenset[str]]], capacity: int) -> list[str | None]:
    """The index's rule by brute force: every remembered article of the same key, most shared
    sketch hashes first (then id), the first one similar enough."""
    remembered: list[tuple[str, frozenset[int], frozenset[str]]] = []
    verdicts: list[str | None] = []
    for article_id, text, key in items:
        signature = sketch(text)
        candidates = sorted(
            (
                (len(signature & other), other_id, other)
                for other_id, other, other_key in remembered
                if other_key == key
            ),
            key=lambda c: (-c[0], c[1]),
        )
        verdict = None
        for shared, other_id, other in candidates:
            if shared < min(8, len(signature)) or shared == 0:
                break
            if similarity(signature, other) >= SyndicationIndex().required(signature, other):
                verdict = other_id
                break
        verdicts.append(verdict)
        remembered = [*remembered, (article_id, signature, key)][-capacity:]
    return verdicts


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(0, 5), min_size=1, max_size=6),
            st.frozensets(st.sampled_from(["kunduz", "herat", "ghazni"]), max_size=2),
        ),
        min_size=1,
        max_size=25,
    ),
    st.integers(2, 30),
)
def test_the_index_agrees_with_a_brute_force_search(
    drafts: list[tuple[list[int], frozenset[str]]], capacity: int
) -> None:
    """Articles cut from a few shared paragraphs, naming overlapping places: the partitioned
    inverted index finds exactly what comparing with every remembered article finds."""
    paragraphs = [
        STORY,
        "Government forces pushed the Taliban out of several neighbourhoods on the edge of the city.",
        "Residents said the markets were closed and families were leaving toward the border crossing.",
        "A spokesman for the ministry of defence said reinforcements had reached the airport overnight.",
        "The insurgents have taken several provincial capitals in the past week, officials said.",
        "Peace talks in Doha have made little progress, diplomats said on condition of anonymity.",
    ]
    items = [(f"a{i}", "\n".join(paragraphs[p] for p in picks), key) for i, (picks, key) in enumerate(drafts)]
    index = SyndicationIndex(capacity=capacity)
    assert [index.add(*item) for item in items] == _reference_verdicts(items, capacity)
