"""The extractor's working vocabulary, shared by its parts: what earlier sentences of an article
tell later ones (`Context`), a candidate event before validation (`Draft`), one sentence's
cached cue look-ups (`Scan`), a trigger found in it and a line of `--explain` (`Decision`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from schemas.article import Article
from schemas.common import Modality
from streams.core.cues import Cue, TriggerSpec
from streams.core.gazetteer import fold_accents
from streams.core.speakers import SpeakerMemory
from streams.core.text import Sentence

EXTRACTOR_VERSION = "1.192.0"
"""Bumped when the rules change what an article yields: events carry it, so a replay can tell old readings from new."""

_TOPIC_WINDOW = 3
_STORY_CITY_LEAD = 2
"""How many times more often than any other capital a story names its city."""
NEWS_WEEK = timedelta(days=6)
"""The week before filing that a bare weekday names; a day told before it is the story's past."""


@dataclass(frozen=True, slots=True)
class Decision:
    """One line of `frontline extract --explain`: what a rule did with a candidate, and why."""

    sentence: int
    field: str
    rule: str
    outcome: Literal["event", "dropped"]
    reason: str
    text: str


@dataclass(frozen=True, slots=True)
class Trigger:
    spec: TriggerSpec
    start: int
    end: int
    text: str


@dataclass
class Context:
    """What earlier sentences of the same article tell later ones (coreference, speakers)."""

    article: Article
    published_day: date
    mentions_by_sentence: dict[int, set[str]] = field(default_factory=dict)
    focus_by_sentence: dict[int, set[str]] = field(default_factory=dict)
    elsewhere: dict[int, set[str]] = field(default_factory=dict)
    """Sentences that name capitals only as how far away their news is (those capitals, by
    sentence): no topic for the next."""
    """The capitals a sentence reports a change of control for: its news, not its backdrop."""
    last_place: tuple[int, str] | None = None
    """The sentence that last named a capital as a place or destination, and the capital it named
    last: what "that city" in the next sentence points back to."""
    last_actor: str | None = None
    opening: tuple[int, str] | None = None
    """The last sentence read for its sides, and its text where a side may open it ("The
    Kurdish-led SDF hold Raqqa"): what a bare "They" opening the next one means, read only then."""
    speakers: SpeakerMemory = field(default_factory=SpeakerMemory)
    in_past: bool = False
    """The current paragraph has named a year before the theatre's start."""
    last_year: int | None = None
    """The last year the text named: what "that year" and "the following year" count from."""
    past_paragraph: bool = False
    """This sentence sits in such a paragraph and gives no current date of its own."""
    paragraph_day: date | None = None
    """The date heading the current paragraph, as a timeline's entries do ("Aug. 13 — ...")."""
    section_day: date | None = None
    """The day a line of its own heads the entries below with ("THURSDAY" in a live file)."""
    asked_day: date | None = None
    """The day an explainer's question heading names ("What else fell on Saturday?"): the day of
    the undated news in its answer, until the next question."""
    section_capital: str | None = None
    """The one capital a feature's subheading names ("Hama: the test"), until the next subheading:
    of several capitals told together below it, the one the section is about."""
    in_statements: bool = False
    """The paragraphs are a statement's text a monitor introduced ("The following are texts of
    statements by ..."): `section_voice` speaks them."""
    entry_capital: str | None = None
    """The capital a reference entry's head names ("Aleppo (Halab). Largest city ...", a situation
    report's "LASHKAR GAH (HELMAND): ..."), for "the city" in the rest of its paragraph."""
    speaker_capital: str | None = None
    """The one capital a line introducing a quote names ("Asadullah, whose sister lives in Zaranj:"),
    until the next such line: "the city" in the quote below it."""
    section_voice: str | None = None
    """The side whose own header heads the entries below (a spokesman's posts): their words."""
    soundbite_left: int = 0
    """Paragraphs a video script's soundbite line ("SOUNDBITE (Arabic) Rebel commander:") gives
    its speaker's voice: the quote after it (2 on the line itself, 1 on the quote, then none)."""
    claims: set[tuple[str, str]] = field(default_factory=set)
    """(capital, event type) a side has claimed so far: a party's negation of one is a denial."""
    news_day: date | None = None
    """The day the story's news happened, for its undated events (None: not known yet)."""
    anchor_day: date | None = None
    """The day the text spoke of last: what "a day earlier" and "the next day" count from."""
    day_before: date | None = None
    """`anchor_day` before the current sentence: the day a story's undated event happened, when
    none of the sentence's own days is the event's ("capped a collapse that began on Aug. 6")."""
    named: Counter[str] = field(default_factory=Counter)
    """How often the text has named each capital so far, in any role (a dateline's too)."""
    headline_named: set[str] = field(default_factory=set)
    """The capitals the headline names."""
    told_dates: set[date] = field(default_factory=set)
    """The days the text has told with their dates ("Saturday, December 7", "Aug. 13"): in a look
    back a bare weekday of the day before the one told last is that day, not six days on."""
    news_first: bool | None = None
    """Whether the first day the text tells an event on (no speech's) is in the filing's week: a
    news story, whose paragraphs' speeches are of that week even after a flashback."""
    told_back: bool | None = None
    """The text is a look back that tells its days as a story: its first date is over a week
    before its filing, or it pins such a day with weekday and date ("on Thursday 5 December",
    "Friday the 29th"). None until it dates anything."""
    list_heading: tuple[str, str] | None = None
    """(event type, actor) the line heading the current list reports for each of its items."""
    list_claimed: bool = False
    """The current list's lead-in tells its items as claims ("None of the claims could be verified:")."""
    item_take: tuple[str, str, Modality] | None = None
    """(event type, actor, modality) the dated list item on the line before told for all its
    capitals, with no heading over the list: what a verbless item after it reports."""
    list_day: date | None = None
    """The day the list's heading gives its items ("UNDER ATTACK, AUG. 12:")."""
    fall_told_at: int = -2
    """The index of the last sentence that told a capital's fall: what "X followed" follows."""
    facility_told_at: int = -2
    town_told_at: int = -2
    """The last sentence that named a town that is no capital ("Spin Boldak, the border town"):
    "the town" in the next sentences is that one."""
    """The last sentence whose subject is a place a side holds that is no city ("The sprawling
    airfield on the edge of Kandahar city housed ..."): what an opening "It" after it stands for."""
    lead_day: date | None = None
    """The day a lead that sums up several capitals' falls gives them ("Government control of three
    provincial capitals collapsed on Friday"): the day of the story's undated takes after it."""
    paragraph_told: date | None = None
    """The last event day the sentences of the paragraph so far told ("The north was not the only
    region to collapse on Saturday."), before the current sentence's own."""
    paragraph_told_next: date | None = None
    """The same, with the current sentence's own: what the next sentence's `paragraph_told` is."""
    story_told: date | None = None
    """The last event day the text so far told, a past perfect's or a relative clause's excepted
    ("Mazar-i-Sharif had fallen the day before, on 14 August" is a flashback): the day a story told
    as a look back stands on, before the current sentence's own."""
    story_told_next: date | None = None
    """The same, with the current sentence's own: what the next sentence's `story_told` is."""
    paragraph_starts: tuple[int, int] = (-1, -1)
    """The index of the first sentence of the current paragraph, and of the one before it."""
    tallies_falls: bool = False
    """Whether the story counts capitals fallen anywhere (`Cues.falls_tallied`)."""
    last_day: date | None = None
    """The day of the last dated control event: what "the same day" refers to."""
    told_at: int = -2
    """The index of the last sentence that opened on its one day (`anchor_day`)."""
    day_just_before: date | None = None
    """The day the sentence right before told, in the same paragraph: what "the same day" refers
    to there ("On Saturday, Dec. 7, the army announced ... Local factions took Quneitra the same
    day"), before the last control event's."""
    trace: list[Decision] | None = None
    national_capital: str | None = None
    lead_over_earlier: set[int] = field(default_factory=set)
    """Sentences whose news is the lead's, beside other capitals' earlier events ("captured Hama on
    Thursday, less than a week after seizing Aleppo"): "the city" next is the lead."""
    lead: str | None = None
    """The one capital the story's first news (headline or lede) is about, "" if several."""
    first_day: date | None = None
    """The day of the story's first dated control event: what its undated "The pullout came a day
    after ..." counts back from."""
    dateline_start: int = 0
    dateline_end: int = 0
    """Where the body's dateline ("KABUL, Aug 13 (Agency) —") ends: the reporter's location."""
    item_start: int = -1
    """The first sentence of the round-up item being read (a line past the dateline that opens on
    a place in capitals and a dash: "ADDIS ABABA - Tigrayan forces took Lalibela ..."): "the town"
    does not reach back past it to another item's capital."""
    item_abroad: bool = False
    """Whether that item is about a place outside the theatre ("CONAKRY - ... in the capital"):
    "the capital" there is not the theatre's."""
    paragraph_year: int | None = None
    """The year a chronology's paragraph opens on ("2018 - ..."), if it does."""
    name_heads: dict[int, Any] = field(default_factory=dict)
    """Each sentence's fact-box item head (`ExtractorBase._name_head`), read once: the sentence
    loop, the fact boxes and the paragraph tracking all ask."""

    def note(
        self, sentence: Sentence, rule: str, outcome: Literal["event", "dropped"], reason: str, text: str
    ) -> None:
        if self.trace is not None:
            self.trace.append(Decision(sentence.index, sentence.field, rule, outcome, reason, text))

    def narrative(self, day: date | None) -> bool:
        """Whether the text tells the past as a story at `day`, the day it stands on: it dates
        its days as a look back does (`told_back`), and that day is over a week before it was
        filed, so its weekdays and undated events count from that day."""
        return bool(self.told_back) and day is not None and day < self.published_day - NEWS_WEEK

    def past_dateline(self, sentence: Sentence) -> int:
        """Where the sentence's own words begin past the body's dateline (0 with none in it)."""
        if sentence.field != "body" or sentence.start >= self.dateline_end:
            return 0
        return self.dateline_end - sentence.start

    def in_dateline(self, sentence: Sentence, start: int) -> bool:
        """Whether a position of the sentence lies in the body's dateline."""
        return sentence.field == "body" and self.dateline_start <= sentence.start + start < self.dateline_end

    def head_list(self, heading: tuple[str, str] | None, *, claimed: bool = False) -> None:
        """A new list heading, or none: whether its lead-in tells its items as claims goes with it."""
        self.list_heading = heading
        self.list_claimed = heading is not None and claimed

    def fall_just_told(self, sentence: Sentence) -> bool:
        """Whether the sentence before told a capital's fall, or the paragraph before did when this
        sentence opens one: what a bare "X followed" or a list item of names goes on from."""
        opens, before = self.paragraph_starts
        return self.fall_told_at == sentence.index - 1 or (
            opens == sentence.index and 0 <= before <= self.fall_told_at
        )

    def topic(self, sentence: Sentence, *, past_elsewhere: bool = False) -> str | None:
        """The single capital the last few sentences talk about, if there is exactly one. In a
        story about another capital, the national capital named in passing ("we asked Kabul for
        reinforcements": the government, or where people fly) does not take its place. A sentence
        about a place some way off a capital (`elsewhere`) ends the search, unless the phrase insists
        on the city ("the city itself", `past_elsewhere`)."""
        passing: str | None = None
        for index in range(sentence.index - 1, sentence.index - 1 - 2 * _TOPIC_WINDOW, -1):
            if passing is None and index <= sentence.index - 1 - _TOPIC_WINDOW:
                break  # past the window: only a capital named in passing looks further back
            if index < self.item_start:
                return passing or self.entry_capital  # another item of a round-up, or entry
            landmarks = self.elsewhere.get(index)
            if landmarks is not None and not past_elsewhere:
                return passing
            capitals = self.mentions_by_sentence.get(index) or landmarks
            if capitals:
                # "took Ghazni, on the highway linking Kabul with the south. ... left the city":
                # of several capitals, the one the sentence's news was about
                focus = capitals if len(capitals) == 1 else self.focus_by_sentence.get(index, set())
                if (
                    focus == {self.national_capital}
                    and (self.lead is not None or self._story_city() not in (None, self.national_capital))
                    # a story led by another capital, or by several without it ("Elders hand Samangan
                    # capital to Taliban; fighting reaches Pul-e Khumri", then "said by phone from Kabul"),
                    # or led by none but about another ("the 'Lion of Herat' ... served as a minister
                    # in Kabul")
                    and (self.lead or self.national_capital not in self.focus_by_sentence.get(0, set()))
                    and self.lead != self.national_capital
                    and not self.focus_by_sentence.get(index)
                ):
                    passing = passing or self.national_capital
                    continue
                if len(focus) != 1 and self.section_capital in capitals:
                    return (
                        self.section_capital
                    )  # "Hama: the test / If Aleppo was a surprise, Hama was a test."
                if len(focus) > 1 and index in self.lead_over_earlier:
                    # "captured Hama on Thursday, five days after seizing Aleppo. ... the city"
                    return self.lead
                if len(focus) != 1 and self.entry_capital in capitals:
                    return (
                        self.entry_capital
                    )  # "Khost. ... the Khost Protection Force, flown out through Kabul"
                if (
                    not focus
                    and passing is None
                    and (story := self._story_city()) in capitals
                    and story != self.national_capital
                ):
                    # "Jalalabad is the city Kabulis drive to in winter, when the capital freezes":
                    # of several capitals and no news, the one the story is about
                    return story
                return next(iter(focus)) if len(focus) == 1 else passing
        if passing is None and not past_elsewhere:
            # a quote under its speaker's line ("Parwana, whose husband is a soldier in
            # Shiberghan:"): the city that line named, past the window
            return self.speaker_capital or self.entry_capital or self._story_city()
        if passing is not None and self.entry_capital and self.entry_capital != passing:
            return self.entry_capital  # the entry's city, not the national capital its text names in passing
        if passing is not None and self.lead is None and (story := self._story_city()) not in (None, passing):
            return story  # the city the story is about, past the national capital named in passing
        if (
            passing is not None
            and self.lead
            and self.lead != passing
            and self.named[self.lead] > self.named[passing]
        ):
            # "it looked to many in Kabul like the start of something larger. ... fought their way
            # back through the city": the city the story is about, named more often than the
            # national capital it names in passing
            return self.lead
        return passing

    def _story_city(self) -> str | None:
        """The city a story is about (its headline's, or its first news'), when the text has named
        it at least twice as often as any other capital but the national one: "By evening the city
        was theirs", in "A Herat shopkeeper's account" that has named Kabul in passing; "By
        Saturday afternoon the city had fallen", in an Aleppo surgeon's account that named the road
        to Idlib once."""
        candidates = ({self.lead} if self.lead else set()) | self.headline_named
        # the national capital named in passing does not count against the story's city, unless
        # the headline names it too ("Taliban in Kabul presidential palace; Jalalabad fell")
        passing = self.national_capital if self.national_capital not in candidates else None
        for city in sorted(candidates, key=lambda capital: (-self.named[capital], capital)):
            others = [n for capital, n in self.named.items() if capital not in (city, passing)]
            if self.named[city] and self.named[city] >= _STORY_CITY_LEAD * max(others, default=0):
                return city
        return None


@dataclass(frozen=True, slots=True)
class Draft:
    """An event's fields before validation, with the key `extract` deduplicates on."""

    type: str
    capital: str | None
    key: tuple[Any, ...]
    payload: dict[str, Any]
    prelude: bool = False
    """Fighting told as what a take came after ("seized the governor's compound after heavy
    fighting"): the take's story, no event of its own when the sentence tells the take."""
    moved_in: bool = False
    """An entry told with a verb of moving in ("SDF moves into Deir ez-Zor"): where the text tells
    the city taken, the take's own telling, no fight inside it."""
    at: int = -1
    """Where in its sentence the trigger it was read from starts (-1: no trigger of the sentence)."""
    aside: bool = False
    """Told in passing beside the sentence's news ("a day after Zaranj"): not what the sentence,
    or the story it opens, is about."""

    @property
    def undated(self) -> bool:
        """Dated only by the report ("Taliban take Kandahar" in a headline)."""
        return bool(self.payload["time_precision"] == "report")


@dataclass(slots=True)
class Scan:
    """One sentence's lower-cased text and the sentence- and clause-wide cue lookups that each
    of its candidate events would otherwise repeat, made once on first use."""

    low: str
    following: str
    """The next sentence's text: a caveat there ("the claim could not be verified") counts."""
    preceding: str = ""
    """The paragraph's sentence before, lower-cased: where a holder's leaving may be told."""
    voice: str | None = None
    """The side whose own words the sentence is (under its header), if any."""
    published_year: int = 0
    """The year of the article's publication: what "twenty years after" counts back from."""
    text: str = ""
    """The sentence as written (`low` lower-cased), where capitals' names are looked up."""
    hits: dict[Cue | re.Pattern[str], bool] = field(default_factory=dict)
    clause_reasons: dict[tuple[int, int], str | None] = field(default_factory=dict)
    forecasts: dict[tuple[int, int], int] = field(default_factory=dict)
    """Where a clause's first forecast cue starts (-1: none)."""
    unverified: bool | None = None
    asides: tuple[tuple[int, int], ...] | None = None
    """Where the sentence's relative clauses set off by commas lie (`closed_asides`)."""

    def closed_asides(self) -> tuple[tuple[int, int], ...]:
        """The spans of ", which ...," asides: the gates, the modality and the event day all ask."""
        if self.asides is None:
            self.asides = closed_aside_spans(self.low)
        return self.asides

    def has(self, pattern: Cue | re.Pattern[str]) -> bool:
        """Whether the cue occurs anywhere in the sentence."""
        hit = self.hits.get(pattern)
        if hit is None:
            hit = self.hits[pattern] = pattern.search(self.low) is not None
        return hit


def ends_its_line(sentence: Sentence, text: str) -> bool:
    """Whether the sentence ends its line (a heading's or an item's, not a paragraph's first)."""
    return sentence.end == len(text) or text[sentence.end] == "\n"


def field_text(article: Article, sentence: Sentence) -> str:
    return article.body if sentence.field == "body" else (article.title or "")


def blank_spans(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The text between two positions with the given spans (other capitals' names) blanked, so
    that lists bridge and a pattern sees only what stands between them."""
    chars = list(text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def lower_text(text: str) -> str:
    """Lower case with offsets kept (a few characters lengthen when lowered; those stay)."""
    low = fold_accents(text).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in fold_accents(text))


LAND_AROUND_AFTER = re.compile(r"\s+(?:enclave|pocket|countryside|hinterland)\b")
"""A capital's name for the land around it ("the Idlib enclave", "the Aleppo countryside"): the
modifier nouns of the lexicon that name land, not a place in the city."""
TURN = re.compile(
    r",?\s+(?:but|while|whereas|although|though|however)\s+|\s*;\s+"
    # "the army acknowledged losing parts of Aleppo, as the rebels said they held all of it"
    r"|,\s+as\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:said|says|claimed|claim|claims|insisted|announced|declared)\b)"
    # "the Taliban said they took Asadabad, ..., and in Paktika, local officials said Sharana was
    # handed over": a clause of its own, placed and told by its own speakers
    r"|,\s+and\s+(?:in|at)\s+[^,;]{2,30},\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:said|says|told|confirmed|reported)\b)"
)
"""Where a sentence turns from one speaker's account to another's ("the Taliban claimed X, but an
official said ...")."""
FIGHTING_NOUN = re.compile(
    r"(?:street |house-to-house |heavy )?(?:fighting|clashes|battles?|gunbattles?|firefights?|combat|skirmishes|gunfire)\b"
    r"|(?:battling|struggling|scrambling) (?:(?:for|since) (?:days|weeks|hours|a week|months) )?to\b"
)
HOLDOUT = re.compile(
    r"(?:holding|held|hold|holds) (?:out|on to|onto)\b|(?:surrounded|besieged|encircled) in\b"
    r"|(?:pushed|pushing|drove|driving|forced|forcing|beat|beaten|beating)\b.*\bback from\b"
)
"""Defenders holding out in a city, surrounded in it or pushing attackers back from its edges: it
is contested, by the other side."""


LIST_LEAD = re.compile(r"\s*(?:\d{1,3}[.)/]\s|\(\d{1,3}\)\s|\(?[a-hA-H]\)\s|[-–—*•·]\s)?")
SOME_OF_WHOM = r"(?:many|most|some|all|none|several|both|each|one|two|three)\s+of\s+(?:whom|which)"
"""A relative clause on part of a group ("former rebels, many of whom had signed deals in 2018,")."""
DATED_ASIDE = re.compile(
    # an appositive whose years follow it ("Kunduz, a city the insurgents had overrun twice
    # before, in 2015 and 2016,")
    r"(?:,\s*(?:the|a|an)\s(?:[^,;]|(?<=\d),(?=\d{3})){1,140},\s*(?:in|from|between|during)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b"
    r"[^,;]{0,30}(?=,|[.!?]?$))"
    r"|(?:,\s*(?:(?:which|who|where|whose|"
    + SOME_OF_WHOM
    + r")\b[^,;]*|(?:the|a|an|(?:many|most|some|all|both|several)\s+of\s+them)\s(?:[^,;]|(?<=\d),(?=\d{3})){1,120}"
    # an appositive without an article: "Daraa, cradle of the 2011 uprising,"
    r"|(?:cradle|birthplace|heartland|home|scene|site|stronghold|bastion)\s+of\s[^,;]{1,100}"
    # or an adjective's: "Bamyan, famous for the giant Buddha statues the Taliban destroyed in 2001,"
    r"|(?:(?:best\s+|once\s+|long\s+)?(?:famous|known|renowned|notorious|remembered|celebrated))\s+(?:for|as)\s[^,;]{1,100}"
    # or one that places it first: "Daraa, 100 km south of Damascus and the cradle of the 2011 uprising,"
    r"|(?:about\s+|some\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b[^,;]{1,120}"
    r"|(?:[a-z]+ed|held|won|lost|taken|retaken|ruled|overrun)(?:\s+and\s+[a-z]+ed)?\s+(?:under|by|until|since|in|from|for|during)\b[^,;]{1,100}"
    # or a participle of remembrance: ", remembering the chemical attack of April 2018."
    r"|(?:remembering|recalling|commemorating|marking|mourning)\s[^,;]{1,100})"
    r"|\b(?:city|town|place|province|country|region)\s+(?:where|in which)\b[^,;]*)(?=,|[.!?]?$)"
    r"|\s[—–-]\s[^—–;]{1,140}?\s[—–-](?=\s)"
    # a restrictive clause that a year ends: "former rebels who had reconciled with the
    # government in 2018 took up arms again"
    # ("the movement that lost the capital in November 2001 had taken it back")
    # (not "the siege of eastern Aleppo that ended in December 2016": the event's own years)
    r"|\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?!(?:ended|started|lasted|continued|happened|occurred|finished|culminated)\b)"
    r"(?:\w+ed|lost|took|held|won|fought|ran|left|fled|overran)\b"
    r"[^,;.]{0,80}?\b(?:in|since|until|from)\s+(?:[a-z]+\s+)?(?:19|20)\d\d\b"
)
"""An aside that a year dates, which the event around it is not: a relative clause, an appositive, or a participle ("Douma, starved
under siege until 2018,"); a place's own restrictive clause ("ending government rule in the city
where the 2011 uprising began"), or one between dashes ("Daraa - where the uprising began in 2011 -")."""
POST_WORDS = r"airport|airfield|air base|base|barracks|garrison|corps|camp"
"""Posts a side holds that are no city (an airport, a corps base)."""
NUMBERED_TITLE = re.compile(r"\d{1,2}[.)]\s+[^.!?;:\n]{1,60}[.!?]?")
"""A numbered section's title on a line of its own ("4. Herat fell the same day."): it counts from
the story's day, not from a day the section before told."""
HAS_PERFECT = re.compile(r"(?:has|have)\s")
"""A trigger told in the present perfect ("has fallen", "have taken")."""
FRONTED_LOCATIVE = re.compile(
    r"\s*(?:(?:(?:early|late)\s+)?on\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\.?\s+\d{1,2}|[a-z]+day),\s+)?(?:in|inside)\s+"
)
"""What opens a sentence set in a place ("In Kandahar, ...", "On 9 August, in Aybak, ...")."""
AND_BEFORE = re.compile(r"\band\s+$")
"""An "and" right before a word: what follows shares the subject or verb before it."""
APPOSITIVE = re.compile(r"\s*,\s*(?:the|a|an|home\s+to|(?:provincial\s+)?capital\s+of)\s[^,;]{1,120},")
"""An appositive set off by commas right after a name ("Homs, the country's third city and the
hinge to the coast,"; "Mazar-i-Sharif, the hub that Ghani had visited on Aug. 11,"; "Pul-e Khumri,
capital of Baghlan province,")."""
CAPITAL_ASIDE = (
    r"\s*,\s*(?:the|a|an|on|near|in|along|close\s+to|(?:provincial\s+)?capital\s+of)\s[^,;:.]{1,80}?,"
)
"""A capital's appositive or place phrase set off by commas (", the third city,", ", near the border,")."""
BEARING = r"(?:north|south|east|west)(?:-?(?:east|west))?"
"""A compass point, a quarter one too ("north", "south-west", "northeast")."""
PLACE_FROM = (
    r"(?:(?:about|some|just)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,20}\)\s+)?)?"
    rf"{BEARING}\s+of\s[^,;:.]{{1,40}}?,"
)
"""Where a capital lies from another place, up to the comma that closes it ("southwest of Kabul,",
"about 70 km (45 miles) south of Kabul,")."""
WHERE_AFTER = re.compile(r"(?:\s+(?:city|town))?,\s*where\b")
"""A relative clause of place after a capital ("Tarinkot, where the governor handed over the city",
"Deir ez-Zor city, where the SDF took over")."""
_LYING = rf",?\s+(?:in|to)\s+the\s+(?:far\s+)?{BEARING}"
"""Where a capital lies, after its name ("in the west", ", to the west")."""
PLACED_WHERE_AFTER = re.compile(rf"(?:\s+(?:city|town))?(?:{_LYING})?,\s*where\b")
"""`WHERE_AFTER` past where the capital lies: "it was Farah in the west, where the insurgents took the
governor's compound" (the seat is Farah's)."""
OWN_WHERE = rf"(?:{_LYING}|\s+(?:on|in|late|early)\s+[^,;.]{{1,30}}?)?\s*,\s*where\b"
"""A capital's own clause of place, past the day it is told with ("Tartus on Monday, where") or
where it lies ("Maidan Shahr, to the west, where")."""
POSSESSED_PART = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:districts|neighbou?rhoods|parts|areas|quarters|sections|suburbs)\b"
)
"""A part of the city named after it ("Lashkar Gah's ten police districts"): part of a fall."""
CITY_PARTS_AFTER = re.compile(
    r"\s+(?:several|some|many|a\s+few|two|three|four|most\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:neighbou?rhoods|sections|quarters)\b"
    r"(?!\s+(?:of|in|near|around|outside)\b)"
)
"""Parts of a city with no place of their own ("took several neighbourhoods"): the city a sentence
is set in, in part."""
ITEM_HEAD_END = re.compile(r":|\s[—–-]\s")
"""Where a list item's head ends and its notes begin."""


AND_DAY = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:(?:on|late|early|by)\s+)?")


GAPPED_ITEM_BEFORE = re.compile(r"[^\s,;.]\s*,\s*(?:and\s+)?$|,\s*[\w'’-]+(?:[\s-][\w'’-]+){0,2}\s+and\s+$")
"""A list item's opening after an earlier item, its verb left out ("fell on the 12th, Kandahar",
"..., Kandahar and Lashkar Gah")."""
GAPPED_ITEM_ON = (
    r"(?:\s+and\s+[\w'’-]+(?:[\s-][\w'’-]+){0,2})?\s+(?:all\s+|both\s+)?(?:late\s+|early\s+)?on\s+"
)
"""After a list item's name, the way to its own day with no verb ("Kandahar and Lashkar Gah on ..."),
up to the day."""
DAYS_APART_LIST = re.compile(
    r",\s*(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<way>after|before)\s+"
    r"(?:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}(?:,\s*|,?\s+and\s+))*$",
    re.IGNORECASE,
)
"""A list of places a day or days apart from the take before it, with no verb of their own: "fell
on Wednesday, a day after Farah and Pul-i-Khumri"."""
DAY_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?:the\s+)?(?:city|town)\s+of\s+)?")


PAST_VERB = r"[\w-]+ed|took|fell|overran|seized|lost|broke|fought|won|drove|went|gave|came"
"""A verb in the simple past, regular or one of the irregular ones wire copy tells falls with."""
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,8}?in\s+$")
"""A year that ends a clause of "since" ("had not held a capital since they seized Kunduz in 2015"):
a period that runs to now, no history for the paragraph nor for the news before it."""
NOT_REJECTING = re.compile(
    r"\b(?:nor|not|neither|never|n['’]t|refused\s+to|declined\s+to)\s+(?:[\w-]+\s+){0,2}$"
)
"""Words that undo a rejection after them ("would neither confirm nor deny it")."""
CLAIM_VERB = re.compile(r"claim(?:s|ed|ing)?")
"""A trigger that is the claim itself ("Taliban claim Firozkoh", "the Taliban claimed Feroz Koh")."""
REFERENCE_TAIL = re.compile(
    r",\s*(?:an?\s+|in\s+)?(?:reference|allusion|nod|referring|alluding)\s+to\b[^;]*$"
)
"""A sentence's closing aside that points to something else ("..., a reference to the 1982
massacre in the city"): its years are its own, no period of the paragraph's."""
CLOSED_ASIDE = re.compile(r",\s*(?:which|who|where|whose)\b[^,;]*,")
_CHAINED_ASIDE = re.compile(rf"(?=({CLOSED_ASIDE.pattern}))")
_DASHED_RELATIVE = re.compile(r"\s[—–]\s[^—–;]{0,80}?\b(?:which|who|where|whose)\b[^—–;]{1,160}?\s[—–]\s")


def closed_aside_spans(low: str) -> tuple[tuple[int, int], ...]:
    """The spans of ", which ...," asides, each of a chain too: in "The Taliban, who now hold
    Kunduz, which fell to them on Sunday, are advancing" both, the second starting at the
    comma that closes the first; and of a relative clause between dashes ("Mazar-e-Sharif — the
    north's biggest city, which Ghani had visited three days earlier — belonged to the Taliban")."""
    commas = tuple(m.span(1) for m in _CHAINED_ASIDE.finditer(low)) if ", " in low else ()
    dashes = tuple(m.span() for m in _DASHED_RELATIVE.finditer(low)) if "—" in low or "–" in low else ()
    return commas + dashes if dashes else commas


AND_BY = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:(?:on|the\s+next|the\s+following)\s+[\w.]+(?:\s+\d{1,2})?\s+"
    r"|(?:a|two|three)\s+days?\s+later\s+)?by\s+(?:the\s+)?$"
)
"""The next item of "followed on Sunday by X, and on Monday by Y"."""
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
"""What stands between two items of a list of names (", ", ", and ", " and ")."""
LISTED_BEFORE = re.compile(rf"(?:[\w'’ -]{{1,30}}?{LIST_SEPARATOR})*")
"""Earlier items of the list a capital ends ("Kunduz, Sar-e Pul and "): names and separators only."""
FOLLOWED_BY = re.compile(
    r",\s*(?:and\s+)?(?:then\s+)?followed\s+(?:(?:a|two|three)\s+days?\s+later\s+|(?:on|the\s+next|the\s+following)\s+[\w.]+(?:\s+\d{1,2})?\s+)?by\s+(?:the\s+)?$"
)


FINAL_DATED_RELATIVE = re.compile(
    r"(?:,\s*which|\bsince)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:took|seized|captured|overran|entered)\s+"
    r"(?:[^,;]{1,40}?\s)?(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;]*$"
)
"""A relative clause that closes the sentence with a take on a weekday ("..., which the Taliban took
on Sunday.", "... the first setback since they took Kabul on Sunday."): the reporter's background to
a claim, not the claim."""
