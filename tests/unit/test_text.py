"""Sentence and clause splitting: offsets stay exact and pathological input stays bounded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.text import MAX_SENTENCE_CHARS, Clause, clause_of, split_clauses, split_sentences

ABBREVIATIONS = frozenset({"gen", "u.s", "aug"})


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, "body", ABBREVIATIONS)]


def test_boundaries_after_punctuation_runs_and_quotes() -> None:
    assert _texts('He left!!! "Then what?" Kunduz fell... The end') == [
        "He left!!!",
        '"Then what?"',
        "Kunduz fell...",
        "The end",
    ]
    assert _texts("Gen. Smith spoke. Then\n\nnothing") == ["Gen. Smith spoke.", "Then", "nothing"]


def test_a_run_of_punctuation_is_not_a_sentence_per_mark() -> None:
    assert _texts("." * 500 + " Kunduz fell.") == ["." * 500, "Kunduz fell."]
    long_run = _texts("." * 50_000 + " Kunduz fell.")
    assert long_run[-1] == "Kunduz fell." and set("".join(long_run[:-1])) == {"."}
    assert _texts("!" * 500 + " a") == ["!" * 500 + " a"]


def test_overlong_sentences_are_cut_at_spaces() -> None:
    words = " ".join(f"w{i}" for i in range(2000))
    sentences = split_sentences(words, "body", ABBREVIATIONS)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert " ".join(s.text for s in sentences) == words
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_a_sentence_without_spaces_is_cut_hard() -> None:
    sentences = split_sentences("x" * (MAX_SENTENCE_CHARS * 2 + 5), "body", ABBREVIATIONS)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .!?\n\"'“”(\t"), max_size=3000))
def test_sentences_index_the_text_and_stay_bounded(text: str) -> None:
    for sentence in split_sentences(text, "body", ABBREVIATIONS, first_index=3):
        assert text[sentence.start : sentence.end] == sentence.text
        assert 0 < len(sentence.text) <= MAX_SENTENCE_CHARS
        assert not sentence.text[0].isspace() and not sentence.text[-1].isspace()


def test_clause_of_finds_the_last_clause_starting_at_or_before() -> None:
    clauses = split_clauses("Kunduz fell; Herat held, while Ghazni fought")
    assert [c.start for c in clauses] == [0, 11, 24]
    assert clause_of(clauses, 0) is clauses[0]
    assert clause_of(clauses, 23) is clauses[1]
    assert clause_of(clauses, 40) is clauses[2]
    try:
        clause_of([Clause(5, 9)], 2)
    except ValueError as exc:
        assert "precedes" in str(exc)
    else:
        raise AssertionError("a position before every clause must be an error")
