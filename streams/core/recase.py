"""Copy written without capitals (a stringer's notes sent by text message, a chat post), read as
if it were capitalised: the extractor's sentence splitter and name matchers lean on capitals, so
an uncased field gets them back at its sentence starts and on the theatre's place names. Every
change swaps a letter's case only, so offsets into the text stay those of the original."""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SENTENCE_START = re.compile(r"""(?:^|\n)[ \t]*([a-z])|[.!?]["'”’)\]]*\s+["'“‘(\[]?([a-z])""")
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]")
_OPENING = 600
_OPENING_NAMES = 4
"""Four capitalised words in a text's first 600 characters: cased copy, no need to count them all."""
_MIN_WORDS = 40
_MAX_CAPITALISED = 0.02
"""Wire copy capitalises 7% or more of its words (sentence starts, names); copy with fewer than
2% was written without capitals, bar an acronym or an emphatic "NOT"."""


def is_uncased(text: str) -> bool:
    """No capital letter in three words or more, or almost none in a longer text."""
    if text.islower():  # no capital letter at all
        return len(_WORD.findall(text)) >= 3
    if len(_TITLE_WORD.findall(text, 0, _OPENING)) >= _OPENING_NAMES:
        return False  # wire copy: names and sentence starts from its first lines on
    words = _WORD.findall(text)
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= _MIN_WORDS and capitalised < _MAX_CAPITALISED * len(words)


def recased(text: str, names: Callable[[str], list[tuple[int, str]]]) -> str:
    """The text with its sentence starts capitalised and the names `names` finds (position and
    cased form, of the same length) written as the gazetteer writes them."""
    chars = list(text)
    for match in _SENTENCE_START.finditer(text):
        letter = match.start(1) if match.group(1) else match.start(2)
        chars[letter] = chars[letter].upper()
    for position, cased in names(text):
        chars[position : position + len(cased)] = cased
    return "".join(chars)
