"""Sentence and clause splitting that keeps character offsets into the original text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

Field = Literal["title", "body"]

# Possessive quantifiers and "not inside a run" keep this linear: "....." (1 MB of dots) would
# otherwise be retried from every dot with a full backtrack each time (quadratic).
_BOUNDARY = re.compile(
    r"""(?<![.!?])[.!?]++["'”’)\]]*+(?:\[\d{1,3}(?:[-–,]\s?\d{1,3})*\])*+(?=\s++["'“‘(\[]?[A-Z0-9])|\n+"""
)
"""A sentence's end: its punctuation, closing quotes and footnote markers ("...the airport.[5] Sheberghan")."""
MAX_SENTENCE_CHARS = 1000
"""Longer "sentences" (no punctuation for a page) are cut at a space: each sentence's analysis
is polynomial in its length, so a bound keeps extraction linear in the article's size. Real
wire sentences stay far below it (the longest in the samples and seed is about 300)."""
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]{0,8}\d{1,3}$")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.*$")
_CLAUSE_BREAK = re.compile(
    r";|:\s|\s[—–]\s|\s--\s|,\s+(?:while|but|whereas|although|though|where|when|as(?! well as)|after|before|"
    r"and\s+(?:that|then|later|the|a|an|it|they|he|she|on|government|officials|residents|analysts)|"
    r"saying|adding|even as|(?:(?:a|an|one|two|three|several|a\s+few)\s+)?(?:hours?|days?|weeks?)\s+(?:after|before))\b"
    r"|\s(?:while|whereas|although|but)\s"
    # "took Tarinkot as Kabul braced": "as" before a named subject and its verb (not "such as Kabul
    # and Herat", "as well as")
    r"|\s(?<!such\s)(?<!well\s)(?<!same\s)(?<!known\s)as\s(?=[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}\s+"
    r"(?:[a-z]+(?:s|ed)|fell|held|stood|lay|came|went|remained"
    # (a plural subject's verb: "as Taliban claim Kandahar")
    r"|claim|take|seize|capture|enter|storm|attack|push|press|advance|close|move|battle|fight|say"
    r"|launch|tighten|surround|shell|near|hold|threaten|mass|gain)\b)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the title or body; `start`/`end` index the field's text."""

    index: int
    field: Field
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Clause:
    """A span of a sentence, relative to the sentence's own text."""

    start: int
    end: int


def _is_abbreviation(text: str, dot_at: int, abbreviations: frozenset[str]) -> bool:
    match = _LAST_WORD.search(text, max(0, dot_at - 12), dot_at + 1)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower()
    if match.start(1) > 0 and text[match.start(1) - 1].isdigit():
        return False  # "in the 1990s. Below ...": a decade's plural, no initial
    return word in abbreviations or (len(word) == 1 and word.isalpha())


def _is_list_number(text: str, dot_at: int) -> bool:
    """ "13. Aug. 12 - Ghazni falls": the number of a numbered list's item, not a sentence."""
    return _LIST_NUMBER.search(text, max(0, dot_at - 12), dot_at) is not None


def split_sentences(
    text: str, field: Field, abbreviations: frozenset[str], first_index: int = 0
) -> list[Sentence]:
    """Split on sentence-final punctuation and newlines, not after abbreviations or initials."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if (
            match.group(0)[0] == "."
            and "\n" not in match.group(0)
            and (_is_abbreviation(text, match.start(), abbreviations) or _is_list_number(text, match.start()))
        ):
            continue
        end = match.end() if match.group(0)[0] != "\n" else match.start()
        sentences.extend(_trimmed(text, start, end, field, first_index + len(sentences)))
        start = match.end()
    sentences.extend(_trimmed(text, start, len(text), field, first_index + len(sentences)))
    return sentences


def _trimmed(text: str, start: int, end: int, field: Field, index: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        piece = cut
        while piece > start and text[piece - 1].isspace():
            piece -= 1
        yield Sentence(index, field, start, piece, text[start:piece])
        index += 1
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield Sentence(index, field, start, end, text[start:end])


def split_clauses(sentence: str) -> list[Clause]:
    """Split a sentence where a new subject or a subordinate clause may begin."""
    clauses: list[Clause] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.start() > start:
            clauses.append(Clause(start, match.start()))
        start = match.start() + (1 if match.group(0).startswith(",") else 0)
    clauses.append(Clause(start, len(sentence)))
    return clauses


def clause_of(clauses: Sequence[Clause], position: int) -> Clause:
    """The clause that holds a character position (clauses are in order: binary search)."""
    found = bisect_right(clauses, position, key=lambda clause: clause.start) - 1
    if found < 0:
        raise ValueError(f"position {position} precedes every clause")
    return clauses[found]


_OPENS_QUOTE = re.compile(r"\s*[\"“]")


def opens_unclosed_quote(text: str) -> bool:
    """Whether the text opens with a quotation mark that is still open at its end: a quote that
    goes on into the next sentence ('"We have taken Kunduz. The enemy fled," a spokesman said')."""
    if not _OPENS_QUOTE.match(text):
        return False
    if "“" in text:
        return text.count("“") > text.count("”")
    return text.count('"') % 2 == 1
