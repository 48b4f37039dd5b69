"""The lexicon of a language, compiled once: trigger words, modality and gating cues."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]  # stdlib regex parser, for trigger prefixes
from typing import Any, Literal

from streams.core.furniture import PageFurniture
from streams.core.gazetteer import Gazetteer, alternation, word_start_alternation

_WORD_START = r"[\w'’]"
_CUE_NOT_AFTER, _CUE_NOR_AFTER = r"\w", r"\w['’]"
"""The look-behinds of `_words` cues: no word character, no word's apostrophe."""
r"""What may not come before a cue word: `_words` patterns start with `(?<![\w'’])`."""

TriggerRole = Literal["object", "subject"]


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    type: str
    role: TriggerRole


def _any(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


class Cue:
    """A cue pattern behind a quick scan for the literal starts of its matches (a letter-first
    alternation `re` skips through in C): most sentences hold no cue and a search ends with the
    scan; else the pattern runs from the first start, where its first match may begin. Same
    results as the pattern's own `search`, `finditer` and `sub`."""

    __slots__ = ("_starts", "regex")

    def __init__(self, pattern: str, not_after: str | None = None, nor_after: str = "") -> None:
        """`not_after` (and `nor_after`, of another width): the look-behinds every match of the
        pattern starts with."""
        self.regex = re.compile(pattern)
        starts = literal_starts(pattern)
        self._starts = (
            None
            if "" in starts
            else re.compile(
                word_start_alternation(starts, not_after, nor_after) if not_after else alternation(starts)
            )
        )

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._starts is not None:
            hit = self._starts.search(text, pos, endpos)
            if hit is None:
                return None
            pos = hit.start()
        return self.regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        position = pos
        while True:
            match = self.search(text, position, endpos)
            if match is None:
                return
            yield match
            if match.end() == match.start():  # an empty match: let re step past it as it does
                yield from self.regex.finditer(text, match.end(), endpos)
                return
            position = match.end()

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos)

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text) if self.search(text) else text


def _words(patterns: list[str], *, scan: bool = True) -> Cue | re.Pattern[str]:
    """Cue patterns run on lower-cased text: no IGNORECASE, which makes Python's re slow.
    `scan=False` where the starts are so many or so common that a scan for them gains nothing.
    A cue may open a single quote ("had fallen 'without a fight'"), not follow a word's
    apostrophe ("Taliban's")."""
    source = rf"(?<!\w)(?<!\w['’])(?:{_any(patterns)})(?![\w])"
    return Cue(source, _CUE_NOT_AFTER, _CUE_NOR_AFTER) if scan else re.compile(source)


def literal_starts(pattern: str, size: int = 3, *, past_boundaries: bool = True) -> set[str]:
    """The literal strings of up to `size` characters that the matches of `pattern` start with;
    "" among them when some match may start with no literal at all. `past_boundaries`: read on
    past a `\\b` (else stop there, as the trigger index always has)."""

    def first(items: list[tuple[Any, Any]], have: str) -> set[str]:
        if len(have) >= size or not items:
            return {have}
        (op, av), rest = items[0], items[1:]
        if op is _parser.LITERAL:
            return first(rest, have + chr(av))
        if (op in (_parser.ASSERT, _parser.ASSERT_NOT) and av[0] == -1) or (
            op is _parser.AT and past_boundaries
        ):
            return first(rest, have)  # zero width
        if op is _parser.SUBPATTERN:
            return first(list(av[3]) + rest, have)
        if op is _parser.BRANCH:
            return set().union(*(first(list(branch) + rest, have) for branch in av[1]))
        return {have}

    return first(list(_parser.parse(pattern)), "")


def literal_prefixes(pattern: str) -> set[str] | None:
    """The literal strings every match of `pattern` starts with (None if some branch has none
    of at least three characters): the index keys of the trigger scan."""
    starts = literal_starts(pattern, past_boundaries=False)
    prefixes = {p + " " if len(p) == 2 else p for p in starts}  # "is ", "on ": two-letter words
    if any(len(p) < 3 for p in prefixes):
        return None
    return prefixes


_YEAR_PARTS = ("winter", "spring", "summer", "autumn", "month", "year")
"""The parts of a year an anaphoric phrase may name inside a sentence ("that winter", "that month",
"that year")."""


class Cues:
    """Compiled cue patterns of one lexicon, with `{actor}` and `{province}` filled per theatre
    (and `{seat}`, the lexicon's seats of power, in control triggers)."""

    def __init__(self, lexicon: dict[str, Any], gazetteer: Gazetteer) -> None:
        actor = f"(?:{gazetteer.actor_alternation})"
        seat = f"(?:{_any(lexicon['seat_of_power'])})"
        province = f"(?:{gazetteer.province_alternation})"
        self.abbreviations = frozenset(lexicon["abbreviations"])
        self.wire_slugs = frozenset(lexicon["wire_slugs"])
        slug = _any([re.escape(word) for word in lexicon["wire_slugs"]])
        self.slug_lead = re.compile(
            rf"(?:\s*(?:{slug})(?:\s+news)?(?:\s*\d{{1,2}})?\s*(?:[-:|—–]|\s-\s)\s*)+", re.IGNORECASE
        )
        """The wire's marks that open a headline or alert ("UPDATE 2-", "CORRECTED-UPDATE 1-",
        "URGENT: ", "BREAKING NEWS | "): the desk's, not the story's words."""
        self.page_furniture = PageFurniture(lexicon["page_furniture"])
        """A wire service's words for a line's kind ("UPDATE - ..."), not a place that heads an item."""
        self.trigger_specs: list[TriggerSpec] = []
        self.trigger_patterns: list[re.Pattern[str]] = []
        self.trigger_index: dict[str, list[int]] = {}
        order = ["retaken", "surrendered", "entered", "captured", "contested"]
        for event_type in order:
            for spec in lexicon["control_triggers"][event_type]:
                pattern = spec["pattern"].replace("{actor}", actor.lower()).replace("{seat}", seat)
                number = len(self.trigger_specs)
                self.trigger_specs.append(TriggerSpec(event_type, spec["role"]))
                self.trigger_patterns.append(re.compile(f"(?:{pattern})(?!\\w)"))
                prefixes = literal_prefixes(pattern)
                if prefixes is None:
                    raise ValueError(f"trigger pattern needs a literal start of 3+ letters: {pattern}")
                for prefix in prefixes:
                    self.trigger_index.setdefault(prefix[:3], []).append(number)
        # Where a trigger may start: a word whose first three letters key the index, or "'s ".
        # One scan finds these few places; only they try the (many) trigger patterns. A word in
        # single quotes may ("had 'liberated' the city"), not one after a word's apostrophe.
        words = [key for key in self.trigger_index if key[0].isalpha()]
        possessives = [key for key in self.trigger_index if not key[0].isalpha()]
        self.trigger_starts = re.compile(
            word_start_alternation(words, r"[\w-]", r"\w['’]")
            + (f"|{alternation(possessives)}" if possessives else "")
        )
        self.surrender = _words(lexicon["surrender_cues"], scan=False)
        self.negation = re.compile(rf"(?:^|[\s,(\"“‘]|(?<!\w)')(?:{_any(lexicon['negation'])})\b")
        self.negation_nt = re.compile(r"n['’]t\b")
        self.hypothetical = _words(lexicon["hypothetical"], scan=False)
        self.forecast = _words(lexicon["forecast_cues"], scan=False)
        self.history = _words(lexicon["history_cues"])
        # `(?<!\d)(1[89]\d\d|20\d\d)` with the look-behind after the first digit: the same
        # matches, and `re` skips to the digits 1 and 2 in C
        self.year = re.compile(
            r"(1(?<!\d1)[89]\d\d|2(?<!\d2)0\d\d)(?:s)?(?!\d|\s?(?:z|hrs|hours|gmt|utc|zulu)\b|:\d)"
        )
        self.since = re.compile(rf"(?:{_any(lexicon['history_year_exceptions'])})\s+$")
        self.denial = _words(lexicon["denial_cues"])
        self.claim = _words(lexicon["claim_cues"])
        self.unverified = _words(lexicon["unverified_cues"])
        self.confirm = _words(lexicon["confirm_cues"])
        self.partial_before = re.compile(rf"(?:{_any(lexicon['partial_cues'])})\s*(?:the\s+)?$")
        self.partial_any = _words(lexicon["partial_after_cues"])
        seats = (
            rf"(?:(?:the|a|an|all|key|other|several|remaining|main|last|besieged|beleaguered|fortified|provincial|local)\s+|[\w-]+['’]s\s+"
            rf"|[\w-]+\s+(?=presidential\s+palace)|(?:their|its)\s+(?=(?:(?:government|administrative|state|official|main)\s+)?buildings\b|police\s+stations?\b|municipal\s)"
            rf"|(?:[\w-]+\s+)?(?:posts|bases|barracks)\s*(?:,\s*)?and\s+)*"
            rf"(?:{_any(lexicon['seat_of_power'])})"
        )  # "the Afghan presidential palace": a country's adjective; "army posts and the governor's office";
        # "the besieged governor's compound"
        self.seat_of_power = re.compile(rf"^\s*{seats}")
        self.foothold_seat = re.compile(
            rf"^\s*(?:(?:the|a|an|all|key|other|several|provincial|local)\s+|[\w-]+['’]s\s+)*(?:{_any(lexicon['foothold_seats_of_power'])})"
        )
        """A seat taken inside a city that still does not hand over the city ("took over the police
        headquarters" while the governor holds out): an entry, not a capture."""
        self.governing_seat_any = re.compile(
            _any(
                [seat for seat in lexicon["seat_of_power"] if seat not in lexicon["foothold_seats_of_power"]]
            )
        )
        self.national_seat = re.compile(
            rf"\s*(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+)?(?:{_any(lexicon['national_seats_of_power'])})\b"
        )
        """A seat of the national government ("the presidential palace", past a country's adjective or
        name: "the Afghan presidential palace", "Afghanistan's presidential palace"): in the national
        capital."""
        self.national_seat_any = _words(lexicon["national_seats_of_power"], scan=False)
        self.seat_of_power_before = re.compile(rf"{seats}(?:\s*,\s*(?:which|that))?\s+$")
        """A seat of power as the subject just before a passive trigger ("the governor's compound was
        handed over"), or of its relative clause ("evacuated from the governor's compound, which was
        handed over after elders brokered a ceasefire")."""
        self.seat_of_power_any = _words(lexicon["seat_of_power"])
        armed = _any(lexicon["armed_nouns"])
        challenger = f"(?:{gazetteer.challenger_alternation})"
        side_object = rf"(?:(?:the\s+)?(?:{challenger}(?:\s+(?:{armed}))?|{armed})\s+)?"
        self.seat_of_power_near = re.compile(rf"^\s*{side_object}(?:{lexicon['near_seat_of_power']}){seats}")
        """Fighting "near the governor's compound", "in the streets around the police headquarters",
        troops "battling the Taliban around the governor's compound" (a challenger: fighting the
        holder's troops there follows an entry, which the story tells)."""
        self.armed_noun = re.compile(rf"\b(?:{armed})\b")
        """Armed men of any side ("fighters", "gunmen")."""
        self.armed_beside = re.compile(rf"\b(?:armed\s+men|{armed})\s+and\s+(?:[\w'’-]+\s+)?$")
        """Armed men named with the people after them ("armed men and residents entered"): a side
        moves with them."""
        self.setting_triggers = re.compile(lexicon["setting_triggers"])
        """Triggers that say by themselves they happen inside a city ("street fighting")."""
        province_words = {w.lower() for w in re.findall(r"[\w'’-]+", "|".join(gazetteer.province_names))}
        country_words = {w.lower() for name in gazetteer.theatre.country_names for w in name.split()}
        self.object_bridge = frozenset(lexicon["object_bridge_words"]) | province_words | country_words
        self.locative_before = re.compile(lexicon["locative_before"])
        self.proximity = re.compile(lexicon["proximity_before"])
        """A place phrase that says near, not in ("near", "around", "on the way to")."""
        self.origin_before = re.compile(lexicon["origin_before"])
        self.peaceful_manner = re.compile(lexicon["peaceful_manner"])
        """How a city changed hands, set off by a comma ("without a fight,"): it negates nothing after it."""
        self.peaceful_phrase = re.compile(lexicon["peaceful_manner"].removesuffix(","))
        """The same manner anywhere ("lost two more capitals on Friday without a major battle")."""
        self.reference_before = re.compile(lexicon["reference_before"])
        self.surrounding_before = re.compile(lexicon["surrounding_before"])
        """ "the districts surrounding": what follows is a landmark, not where the news is."""
        self.speaker_place_before = re.compile(lexicon["speaker_place_before"])
        self.locative_triggers = re.compile(lexicon["locative_triggers"])
        self.denied_claim = Cue(lexicon["denied_claim"])
        self.retraction = _words(lexicon["retraction_cues"])
        """A correction's account of what an earlier version wrongly said: no news of its own."""
        self.list_connectors = re.compile(lexicon["list_connectors"])
        self.list_intro = re.compile(lexicon["list_intro"])
        self.status_label = re.compile(lexicon["status_label"])
        """A tracker's label for the capitals listed after it ("Taliban-controlled (9):",
        "Contested:"): who holds them, or that they are fought over."""
        self.list_kind = re.compile(lexicon["list_kind"])
        """A heading that names only the kind of list it heads ("TIMELINE:", "KEY DATES:")."""
        """A sentence that says a list follows ("Below is a list of the capitals and the dates they fell")."""
        self.relative_object = re.compile(lexicon["relative_object"].replace("{actor}", actor))
        self.subject_bridge = frozenset(lexicon["subject_bridge_words"]) | province_words
        self.modifier_after = re.compile(
            rf"^(?:['’]s)?\s*(?:(?:{_any(lexicon['modifier_adjectives'])})\s+)?"
            rf"(?:{_any([re.escape(w) for w in lexicon['modifier_heads']])})\b"
            rf"|^(?:{_any([re.escape(s) for s in lexicon['modifier_suffixes']])})"
        )
        self.route_after = re.compile(rf"\s+(?:{_any([re.escape(w) for w in lexicon['route_heads']])})\b")
        """A route named after the city it leads to ("the Herat bus station", "the Kandahar road")."""
        self.outlet_after = re.compile(
            rf"^\s*(?:[a-z]+\s+)?(?:{_any([re.escape(w) for w in lexicon['outlet_heads']])})\b"
            r"|^\s+[a-z]+\s+news\b(?!\s+(?:agenc\w*|reports?|conference)\b)"
        )
        """A city's name inside an outlet's ("Kabul Dispatch", "Kabul Evening Post", "Kabul Ufuq News"): no
        place at all."""
        self.destination_before = re.compile(rf"\b(?:{lexicon['destination_before']})\s*$")
        self.coref_city = _words(lexicon["coref_city"], scan=False)
        self.coref_regional_seat = re.compile(rf"\b(?:{_any(lexicon['coref_regional_seat_words'])})\b")
        """ "the provincial capital": a region's seat, which the national capital of a story is not."""
        self.pronoun_subject = re.compile(
            rf"(?<![\w'’])(?:{_any(lexicon['coref_pronoun'])})"
            r"(?=\s+(?:too\s+)?(?:was|were|has|had|is|fell|falls|also|finally|then|soon|came\s+under|comes\s+under"
            # "it became the sixth of the 34 capitals to fall" (not "it became a battlefield")
            r"|(?:became|becomes)\s+the\s+(?:\d+(?:st|nd|rd|th)|[a-z]+th|first|second|third|last|latest|next)"
            r"|changed\s+hands|changes\s+hands)\b)"
            r"(?!\s+(?:was|is|has\s+been|had\s+been)\s+(?:the\s+turn\b|time\b|(?:not\s+)?(?:yet\s+)?"
            r"(?:clear|unclear|possible|likely|unlikely|impossible|difficult|hard|too\s+early)\b"
            r"|the\s+first\s+time\b|(?:[\w'’-]+\s+){1,4}?who\b))"
        )
        """A pronoun as a subject ("the deputy governor said it was taken without a fight", "when it too
        fell"): the capital of the sentences before, when the sentence names none before it; not an
        "it" that stands for nothing ("it was the turn of Ghazni", "it was not clear", "it was elders
        who")."""
        self.plural_capitals = re.compile(rf"(?<![\w'’])(?:{_any(lexicon['plural_capital_nouns'])})\b")
        self.present = _words(lexicon["present_markers"], scan=False)
        """The narrative is back in the present ("That history weighs ... as troops leave" has none,
        "The Taliban now hold ..." has): a paragraph without any continues the history before it."""
        self.media_voice = re.compile(rf"\b(?:{_any(lexicon['media_voice_words'])})\b")
        """ "state television": a side's voice, never the side that moves or fights."""
        self.recollection_of_year = re.compile(lexicon["recollection_of_year"])
        """Someone remembering a year ("he talked about the autumn of 1996"): what the paragraphs
        after it tell, with no date of their own, is of that year."""
        self.anaphoric_years: dict[str, int] = lexicon.get("anaphoric_years", {})
        self.anaphoric_year = re.compile(
            rf"^\W*(?:in\s+)?({_any([re.escape(p) for p in self.anaphoric_years])})\b"
        )
        """A sentence that opens on a year told before ("That was the year ...", "The following year,")."""
        self.anaphoric_season = re.compile(
            rf"\b({_any([re.escape(p) for p in self.anaphoric_years if p.split()[-1] in _YEAR_PARTS])})\b"
        )
        """A part of a year told before, inside a sentence ("took back the east of the city that
        winter", after "left Aleppo in December 2016")."""
        self.civilian_agent = re.compile(
            rf"\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{_any(lexicon['civilian_movers'])})\b"
        )
        self.civilian_then_they = re.compile(
            rf"(?<![\w'’])(?:{_any(lexicon['civilian_movers'])})\b(?:\s+[\w'’-]+){{0,3}}\s+(?:when|as|once|after|before)\s+they\s+$"
        )
        """People named, then "they" in a clause of time ("the first thing visitors see when they drive
        into the town"): the people are the subject of the verb after it."""
        self.civilian_then_and = re.compile(
            rf"(?<![\w'’])(?:{_any(lexicon['civilian_movers'])})\b[^,;.:]{{0,80}}?\s+and\s+(?:then\s+)?$"
        )
        """People named as the subject of a predicate before a second one ("Hundreds of families
        have left villages on the outskirts and moved into the city centre"): the second's subject."""
        self.civilian_subject = re.compile(
            rf"(?<![\w'’])(?:{_any(lexicon['civilian_movers'])})\b"
            # how many they are, set off ("4,500 families, roughly 30,000 people, fled")
            r"(?:\s*,\s+(?:[\w'’.,-]+\s+){0,3}(?:people|persons|individuals|civilians)\s*,)?"
            # where they came from, a list of places too ("families from Injil and Guzara districts",
            # "families from the nearby Panjwai and Zhari districts")
            r"(?:\s+from\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}(?:\s*,\s*[\w'’-]+(?:\s+[\w'’-]+)?)*(?:\s+and\s+[\w'’-]+(?:\s+[\w'’-]+)?)?)?"
            # what drove them there ("families who fled the fighting in Kunduz and Takhar provinces",
            # "families fleeing fighting in the districts of Kandahar province")
            r"(?:\s+(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:fled|escaped|left)|fleeing|escaping)\s"
            r"(?:(?!\b(?:said|says|say|told|tells|reported|reports)\b)[^,;.]){1,80}?"
            r"(?=\s+(?:have|has|had|were|are)\b))?"
            r"(?:\s+(?!(?:said|say|says|told|tell|tells|reported|report|described|describe|confirmed|added|as|when|while"
            r"|after|because|since|and|but|where)\b)"
            r"[\w'’-]+){0,6}\s*$"
        )
        """People who are no side of the conflict, just before what they did ("families displaced
        by the fighting have poured into"): a movement of civilians, not an entry."""
        self.province_capital = re.compile(
            "|".join(
                f"(?:{p.replace('{province}', f'(?P<p{i}>{province})')})"
                for i, p in enumerate(lexicon["province_capital"])
            ),
        )
        speech = _any(lexicon["speech_verbs"])
        self.speech = Cue(rf"\b(?:{speech})\b")
        self.fact_check_claim = re.compile(lexicon["fact_check_claim"])
        self.fact_check_verdict = re.compile(lexicon["fact_check_verdict"])
        """A fact check's verdict line on the claim line before it; its group's name is the
        modality the verdict gives the claim's events (a mixed verdict gives none)."""
        self.partisan = re.compile(lexicon["partisan_source"])
        """A source that speaks for a side without being it ("pro-Taliban accounts"); its groups
        hold the side's name."""
        self.incumbent_words = re.compile(_any(lexicon["incumbent_words"]))
        self.according_to = Cue(r"\baccording to\s+(?P<who>[^,.;:\"“”]{2,120})")
        self.official_words = _words(lexicon["official_words"])
        self.witness_words = _words(lexicon["witness_words"], scan=False)
        self.officials_fled = _words(lexicon["officials_fled"])
        self.officials_nouns = _words(lexicon["officials_nouns"])
        self.prison_break = _words(lexicon["prison_break"])
        self.airstrike = _words(lexicon["airstrike"])
        self.troop_deployment = _words(lexicon["troop_deployment"])
        self.troop_purpose = re.compile(lexicon["troop_purpose"])
        self.arrest = _words(lexicon["arrest"])
        kinds = {
            "officials_fled": lexicon["officials_fled"],
            "prison_break": lexicon["prison_break"],
            "airstrike": lexicon["airstrike"],
            "troop_deployment": lexicon["troop_deployment"],
            "arrest": lexicon["arrest"],
            "count_claim": [re.escape(n) for n in lexicon["count_claim_requires"]],
        }
        self.other_events_present = _words([p for patterns in kinds.values() for p in patterns], scan=False)
        self.other_events_any = Cue(
            "|".join(
                f"(?P<{kind}>(?<![\\w'’])(?:{_any(patterns)})(?![\\w]))" for kind, patterns in kinds.items()
            ),
            _WORD_START,
        )
        """One pass naming which kinds of context event a sentence may hold."""
        self.numbers: dict[str, int] = lexicon["numbers"]
        number_words = "|".join(sorted((re.escape(n) for n in self.numbers), key=len, reverse=True))
        self.count_claim = re.compile(lexicon["count_claim"].replace("{numbers}", number_words))
        self.count_claim_requires = tuple(lexicon["count_claim_requires"])
        self.falls_tallied = re.compile(lexicon["falls_tallied"].replace("{numbers}", number_words))
        """A tally of capitals fallen ("Six of the 34 provincial capitals have now fallen", "Six
        capitals in four days"): a story that counts falls, whose sentences of bare names and days
        ("Zaranj on Friday.") are those falls."""
        self.troop_number = re.compile(
            rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{number_words})\s+(?:more\s+|additional\s+|extra\s+|"
            r"u\.?s\.?\s+|british\s+|american\s+)?(?:troops|soldiers|marines|paratroopers|service members|personnel)"
        )

    def triggers_in(self, low: str, begin: int = 0, stop: int | None = None) -> list[tuple[int, int, int]]:
        """(spec number, start, end) of control triggers in lower-cased text (those that start from
        `begin` and before `stop`), not overlapping; at each word the longest matching pattern wins
        ("assault on" over "assault"). An index on each word's first three letters replaces one
        slow alternation, and one scan for those keys skips the words no trigger starts with."""
        found: list[tuple[int, int, int]] = []
        resume = 0
        index, patterns = self.trigger_index, self.trigger_patterns  # locals: this loop is hot
        for start_match in self.trigger_starts.finditer(low, begin):
            start = start_match.start()
            if stop is not None and start >= stop:
                break
            if start < resume:
                continue
            best, best_end = -1, -1
            for number in index.get(low[start : start + 3], ()):
                match = patterns[number].match(low, start)
                if match is not None and match.end() > best_end:
                    best, best_end = number, match.end()
            if best >= 0:
                found.append((best, start, best_end))
                resume = best_end
        return found

    def trigger_before(self, low: str, start: int, limit: int) -> tuple[int, int, int] | None:
        """The longest trigger at `start` that ends by `limit` (a capital's name it must not
        swallow: "fighting reached X in Laghman" is "fighting reached", then X)."""
        best, best_end = -1, -1
        for number in self.trigger_index.get(low[start : start + 3], ()):
            match = self.trigger_patterns[number].match(low, start, limit)
            if match is not None and match.end() > best_end:
                best, best_end = number, match.end()
        return (best, start, best_end) if best >= 0 else None

    def number(self, text: str) -> int | None:
        text = text.lower().replace(",", "")
        if text.isdigit():
            return int(text)
        return self.numbers.get(text)
