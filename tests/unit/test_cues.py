"""The cue scan: a quick search for the literal starts of a cue's matches must find exactly what
the cue's own pattern finds, in a whole text or between two positions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.core.cues import Cue, _words
from streams.core.resources import load_lexicon_data

LEXICON = load_lexicon_data("en")
CUE_LISTS = ["negation", "surrender_cues", "hypothetical", "claim_cues", "retraction_cues"]
CUES = {name: _words(LEXICON[name]) for name in CUE_LISTS if name in LEXICON}
WORDS = sorted(
    {
        word
        for name in CUE_LISTS
        if name in LEXICON
        for p in LEXICON[name]
        for word in p.split()
        if word.isalpha()
    }
    | {"kunduz", "fell", "the", "city", ",", ".", "said", "on", "sunday", "n't", "’"}
)


def test_every_list_is_scanned() -> None:
    assert CUES and all(isinstance(cue, Cue) for cue in CUES.values())


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(CUES)),
    words=st.lists(st.sampled_from(WORDS), max_size=30),
    bounds=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_the_scan_finds_what_the_pattern_finds(name: str, words: list[str], bounds: tuple[int, int]) -> None:
    cue = CUES[name]
    assert isinstance(cue, Cue)
    text = " ".join(words)
    pos, endpos = min(bounds), max(bounds)
    expected = [m.span() for m in cue.regex.finditer(text, pos, endpos)]
    assert [m.span() for m in cue.finditer(text, pos, endpos)] == expected
    assert [m.span() for m in cue.finditer(text)] == [m.span() for m in cue.regex.finditer(text)]
    first = cue.regex.search(text, pos, endpos)
    found = cue.search(text, pos, endpos)
    assert (found and found.span()) == (first and first.span())
