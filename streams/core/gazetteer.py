"""Compiled matchers for a theatre: capitals, provinces, actors and countries in one pass each."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from schemas.theatre import Capital, Theatre

MentionRole = Literal["place", "modifier", "province", "reference", "destination", "speakers", "name"]
"""`speakers`: where the people who speak are ("officials in Kabul said"), not what they speak of."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference to a capital in a sentence; `via` says how it was found."""

    capital: str
    start: int
    end: int
    role: MentionRole
    via: Literal["name", "coref", "province"] = "name"


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: str
    start: int
    end: int


def _fold_table() -> dict[int, str]:
    """One-to-one folding of accented Latin letters (ā -> a), so offsets do not move."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    for quote in "’‘`´":
        table[ord(quote)] = "'"
    return table


FOLD = _fold_table()
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in FOLD) + "]")


def fold_accents(text: str) -> str:
    """`Lashkar Gāh` -> `Lashkar Gah`, same length. Most text has nothing to fold, and a
    character-set scan finds that faster than `translate`, which slows after any non-ASCII
    character (a dash)."""
    return text.translate(FOLD) if _FOLDABLE.search(text) else text


def spellings(variant: str) -> set[str]:
    """The forms wire copy writes one listed spelling in: hyphens or spaces between its parts
    (`Sar-e Pul`, `Sar-e-Pul`, `Sar e Pul`) and the case of the letters after the first
    (`Lashkar-gah`, `Lashkar-Gah`)."""
    parts = re.split(r"[-\s]+", variant)
    forms = {parts[0]}
    for part in parts[1:]:
        forms = {f"{form}{sep}{part}" for form in forms for sep in ("-", " ")}
    cased = set()
    for form in forms:
        cased |= {form, form[0] + form[1:].lower(), "-".join(w[:1].upper() + w[1:] for w in form.split("-"))}
    return {form for form in cased if form}


def _by_first(phrases: Iterable[str]) -> dict[str, list[str]]:
    """The phrases, longest first, grouped by their first character (the rest, escaped)."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted({p for p in phrases if p}, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return groups


def alternation(phrases: Iterable[str], *, escape: bool = True) -> str:
    """One regex alternative per phrase, longest first so the longest spelling wins. Escaped
    phrases are grouped by first character (`K(?:unduz|abul)`): the same choices in the same
    order where any can match, but `re` tries one group per position instead of every phrase.
    Lower-case the phrases, not the result (lowering would merge groups out of order)."""
    if not escape:
        return "|".join(sorted({p for p in phrases if p}, key=len, reverse=True))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in _by_first(phrases).items())


def word_start_alternation(phrases: Iterable[str], not_after: str, nor_after: str = "") -> str:
    """`(?<!not_after)(?:phrase|...)`, longest first, written with the look-behind after each
    first letter (`K(?<!not_afterK)(?:abul|...)`): the same matches, but a pattern that starts
    with a letter set lets `re` skip every other character in C instead of trying each one.
    `nor_after`: a second look-behind, of another width."""
    return "|".join(
        f"{re.escape(first)}(?<!{not_after}{re.escape(first)})"
        + (f"(?<!{nor_after}{re.escape(first)})" if nor_after else "")
        + f"(?:{'|'.join(rests)})"
        for first, rests in _by_first(phrases).items()
    )


def _cased_forms(listed: Iterable[str], forms: Iterable[str]) -> dict[str, str]:
    """Each name's lower-case form and the one cased form it is written back in: a listed spelling
    where one matches ("Deir ez-Zor"), else the first of the forms in order."""
    preferred = {fold_accents(name) for name in listed}
    cased: dict[str, str] = {}
    for form in sorted(forms, key=lambda form: (form not in preferred, form)):
        if len(form.lower()) == len(form):
            cased.setdefault(form.lower(), form)
    return cased


_CAPS_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]*)*(?![\w'’-])")
"""A run of words set all in capitals."""
_CAPS_PREFIX = re.compile(r"(?:[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)*(?:,\s*[A-Z][a-z]+)?\s*/\s*)*")
"""What may stand before a dateline's second name in capitals ("GHAZNI/", "TERMEZ, Uzbekistan / ")."""
_DATELINE_AFTER = re.compile(
    r"\s*(?:/|:|\(|[-—–]|,\s*(?:[A-Z][a-z]+\.?\s+\d|\d|[A-Z][a-z]+\s*(?:[,(:]|[-—–])))"
)
"""What follows a dateline's or a heading's name ("KABUL, Aug 15 (", "HERAT -", "KABUL, Afghanistan (")."""


class Gazetteer:
    """Everything place- and actor-specific the extractor needs, compiled once."""

    def __init__(self, theatre: Theatre) -> None:
        self.theatre = theatre
        self.capitals: dict[str, Capital] = {c.id: c for c in theatre.capitals}
        self.variant_to_capital: dict[str, str] = {}
        for capital in theatre.capitals:
            for variant in (capital.name, *capital.variants):
                for form in spellings(fold_accents(variant)):
                    self.variant_to_capital.setdefault(form, capital.id)
        self.capital_re = re.compile(
            r"(" + word_start_alternation(self.variant_to_capital, r"[\w'’-]") + r")(?![\w-]*\w)(?!-)"
        )
        self.epithet_to_capital = {
            form: capital.id
            for capital in theatre.capitals
            for epithet in capital.epithets
            for form in {epithet.lower(), epithet.lower().replace("-", " ")}
        }
        self.epithet_re = (
            re.compile(r"\b(" + alternation(self.epithet_to_capital) + r")(?![\w-])")
            if self.epithet_to_capital
            else None
        )
        """Epithets in lower-cased text ("syria's second city")."""
        self.headless_epithets = {
            form.removesuffix(" city"): capital
            for form, capital in self.epithet_to_capital.items()
            if form.endswith(" city") and " " in form.removesuffix(" city")
        }
        self._apposed_epithet = (
            re.compile(r"\s*,\s*(" + alternation(self.headless_epithets) + r")\s*,")
            if self.headless_epithets
            else None
        )
        self.heading_to_capital = {form.lower(): capital for form, capital in self.variant_to_capital.items()}
        """Names as a section heading writes them in capitals ("MAZAR-I-SHARIF."), lower-cased."""
        self._index_names()
        self.province_to_capital: dict[str, str] = {}
        for capital in theatre.capitals:
            for alias in (capital.province, *capital.province_aliases):
                self.province_to_capital.setdefault(alias.lower(), capital.id)
        self.province_names = [a for c in theatre.capitals for a in (c.province, *c.province_aliases)]
        self.province_alternation = alternation([name.lower() for name in self.province_names])
        """Lower case: province cues run on lower-cased text."""
        self.province_re = re.compile(
            r"("
            + word_start_alternation([name.lower() for name in self.province_names], r"[\w-]")
            + r")(?![\w-])"
        )
        wider = [
            alias
            for alias, seat in self.province_to_capital.items()
            if any(
                other != seat
                and len(form) < len(alias)
                and re.search(rf"\b{re.escape(form.lower())}\b", alias)
                for form, other in self.variant_to_capital.items()
            )
        ]
        self.wider_province_re = (
            re.compile(r"(" + word_start_alternation(wider, r"[\w-]") + r")(?![\w-])") if wider else None
        )
        """Province names that hold another seat's name ("rif dimashq", "the damascus countryside"):
        a name inside one is the province's, not that seat's. None in a theatre without such names."""
        self.alias_to_actor: dict[str, str] = {}
        for actor in theatre.actors:
            for alias in (actor.name, *actor.aliases, *actor.spokespeople):
                self.alias_to_actor.setdefault(alias.lower(), actor.id)
        self.actor_alternation = alternation(
            [a.lower() for actor in theatre.actors for a in (actor.name, *actor.aliases)]
        )
        self.challenger_alternation = alternation(
            [
                a.lower()
                for actor in theatre.actors
                if actor.id != theatre.baseline_controller
                for a in (actor.name, *actor.aliases)
            ]
        )
        """The sides other than the one that held the capitals at the start."""
        self.actor_re = re.compile(
            r"(" + word_start_alternation(self.alias_to_actor, r"[\w-]") + r")(?![\w-])"
        )
        self.alias_to_country: dict[str, str] = {}
        for country in theatre.countries:
            for alias in (country.name, *country.aliases):
                self.alias_to_country.setdefault(alias, country.id)
        self.country_re = (
            re.compile(r"(" + word_start_alternation(self.alias_to_country, r"[\w-]") + r")(?![\w-])")
            if self.alias_to_country
            else None
        )
        self._cased = _cased_forms(
            [v for c in theatre.capitals for v in (c.name, *c.variants)],
            [*self.variant_to_capital, *self.alias_to_country],
        )
        self._lower_names = re.compile(r"(?<![\w'’-])(" + alternation(self._cased) + r")(?![\w-]*\w)(?!-)")
        self.roles = {actor.id: actor.role for actor in theatre.actors}
        insurgents = [a.id for a in theatre.actors if a.role == "insurgent"]
        self.default_attacker = insurgents[0] if insurgents else theatre.actors[0].id
        self.local_sides = {c.id: c.local_side for c in theatre.capitals if c.local_side}
        self.incumbent = theatre.baseline_controller

    def _index_names(self) -> None:
        """Names grouped by their first three letters: each capitalised word is looked up, and
        only its group's small alternation is tried (one big alternation is slow in `re`)."""
        groups: dict[str, list[str]] = {}
        for variant in self.variant_to_capital:
            groups.setdefault(variant[:3], []).append(variant)
        self._name_groups = {
            key: re.compile(r"(" + alternation(names) + r")(?![\w-]*\w)(?!-)")
            for key, names in groups.items()
        }
        # One scan for the words a name can start with (its first three letters, case kept:
        # names begin with a capital or with a listed article, "al-Hasakah"); only they are tried.
        self._word_starts = re.compile(word_start_alternation(groups, r"[\w'’-]"))

    def capital_mentions(self, text: str) -> list[tuple[str, int, int]]:
        """Capital names in the text, accents ignored (`Lashkar Gāh`)."""
        folded = fold_accents(text)
        found: list[tuple[str, int, int]] = []
        resume = 0
        for start in self._word_starts.finditer(folded):
            position = start.start()
            group = self._name_groups.get(folded[position : position + 3])
            if group is None or position < resume:
                continue
            match = group.match(folded, position)
            if match:
                found.append((self.variant_to_capital[match.group(1)], position, match.end(1)))
                resume = match.end(1)
        if _CAPS_RUN.search(folded):
            found = sorted(found + self._capitalised_mentions(folded, found), key=lambda item: item[1])
        return found

    def _capitalised_mentions(
        self, folded: str, found: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """Capital names set in capitals inside a line ("followed by LASHKAR GAH (Helmand),
        QALAT (Zabul)"), as a chronology or fact box writes them, where no cased name stands (not
        one opening its line: a dateline or a heading, which the callers read as such)."""
        more: list[tuple[str, int, int]] = []
        for run in _CAPS_RUN.finditer(folded):
            line_start = folded.rfind("\n", 0, run.start()) + 1
            if _CAPS_PREFIX.fullmatch(folded, line_start, run.start()) and _DATELINE_AFTER.match(
                folded, run.end()
            ):
                continue  # a dateline or a heading opening its line ("GHAZNI/KABUL:", "HERAT -")
            for match in self._lower_names.finditer(run.group(0).lower()):
                capital = self.variant_to_capital.get(self._cased[match.group(1)])
                start, end = run.start() + match.start(1), run.start() + match.end(1)
                if capital is not None and not any(s < end and start < e for _, s, e in found):
                    more.append((capital, start, end))
        return more

    def cased_names(self, text: str) -> list[tuple[int, str]]:
        """Capitals' and countries' names written in lower case ("took hama"), each with its
        position and the form the gazetteer writes it in (for copy written without capitals)."""
        low = fold_accents(text).lower()
        if len(low) != len(text):
            return []
        return [(match.start(1), self._cased[match.group(1)]) for match in self._lower_names.finditer(low)]

    def epithet_mentions(self, low: str) -> list[tuple[str, int, int]]:
        """Epithets of capitals in lower-cased text: "the country's second-largest city"."""
        if self.epithet_re is None:
            return []
        return [
            (self.epithet_to_capital[m.group(1)], m.start(1), m.end(1)) for m in self.epithet_re.finditer(low)
        ]

    def apposed_epithet(self, low: str, end: int) -> str | None:
        """The capital an epithet set off right after `end` names with its head noun left out:
        "The city, Syria's second-largest, fell"."""
        if self._apposed_epithet is None:
            return None
        match = self._apposed_epithet.match(low, end)
        return self.headless_epithets[match.group(1)] if match else None

    def actor_mentions(self, low: str) -> list[ActorMention]:
        """Actor aliases in lower-cased text."""
        return [
            ActorMention(self.alias_to_actor[m.group(1)], m.start(1), m.end(1))
            for m in self.actor_re.finditer(low)
        ]

    def attacker_of(self, capital: str | None) -> str:
        """Who presses a capital when the text names no side, or only its local armed groups."""
        return self.local_sides.get(capital or "", self.default_attacker)

    def actor_of(self, phrase: str) -> str | None:
        """The actor a phrase (an attribution, a subject) names, if any."""
        match = self.actor_re.search(phrase.lower())
        return self.alias_to_actor[match.group(1)] if match else None

    def countries_in(self, text: str) -> list[tuple[str, int, int]]:
        if self.country_re is None:
            return []
        return [
            (self.alias_to_country[m.group(1)], m.start(1), m.end(1)) for m in self.country_re.finditer(text)
        ]

    def capital_of_province(self, province: str) -> str | None:
        return self.province_to_capital.get(province.lower())
