"""The extractor: a pure function from an article to typed events, driven by data.

Rules are general: a trigger word, a capital it governs (by position and the words between),
gates that drop negated, hypothetical and historical readings, and modality from cue words and
who is speaking. Place names come from the theatre file, cue words from the lexicon file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any, Literal

from schemas.article import Article
from schemas.common import AttributionKind, Evidence, Modality, TimePrecision
from schemas.events import CONTROL_EVENT_TYPES, EVENT_ADAPTER, Event
from schemas.theatre import Theatre
from streams.core.cues import Cue, Cues, TriggerSpec
from streams.core.gazetteer import Gazetteer, Mention, MentionRole, alternation, fold_accents
from streams.core.resources import DEFAULT_THEATRE, load_lexicon_data, load_theatre
from streams.core.speakers import Attribution, SpeakerFinder, SpeakerMemory
from streams.core.text import Clause, Sentence, clause_of, split_clauses, split_sentences
from streams.core.timeref import TimeRef, TimeResolver, parse_offset

EXTRACTOR_VERSION = "1.2.0"
"""Bumped when the rules change what an article yields: events carry it, so a replay can tell old readings from new."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TOPIC_WINDOW = 3
_AGENT_GAP = re.compile(r"^\s*(?:\w+\s+){0,6}?(?:to|by)\s+(?:the\s+)?$")


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
class _Context:
    """What earlier sentences of the same article tell later ones (coreference, speakers)."""

    article: Article
    published_day: date
    mentions_by_sentence: dict[int, set[str]] = field(default_factory=dict)
    focus_by_sentence: dict[int, set[str]] = field(default_factory=dict)
    """The capitals a sentence reports a change of control for: its news, not its backdrop."""
    last_actor: str | None = None
    speakers: SpeakerMemory = field(default_factory=SpeakerMemory)
    last_end: int = -1
    in_past: bool = False
    """The current paragraph has named a year before the theatre's start."""
    past_paragraph: bool = False
    """This sentence sits in such a paragraph and gives no current date of its own."""
    paragraph_day: date | None = None
    """The date heading the current paragraph, as a timeline's entries do ("Aug. 13 — ...")."""
    claims: set[tuple[str, str]] = field(default_factory=set)
    """(capital, event type) a side has claimed so far: a party's negation of one is a denial."""
    news_day: date | None = None
    """The day the story's news happened, for its undated events (None: not known yet)."""
    anchor_day: date | None = None
    """The day the text spoke of last: what "a day earlier" and "the next day" count from."""
    list_heading: tuple[str, str] | None = None
    """(event type, actor) the line heading the current list reports for each of its items."""
    last_day: date | None = None
    """The day of the last dated control event: what "the same day" refers to."""
    trace: list[Decision] | None = None
    national_capital: str | None = None
    lead: str | None = None
    """The one capital the story's first news (headline or lede) is about, "" if several."""
    dateline_end: int = 0
    """Where the body's dateline ("KABUL, Aug 13 (Agency) —") ends: the reporter's location."""

    def note(
        self, sentence: Sentence, rule: str, outcome: Literal["event", "dropped"], reason: str, text: str
    ) -> None:
        if self.trace is not None:
            self.trace.append(Decision(sentence.index, sentence.field, rule, outcome, reason, text))

    def in_dateline(self, sentence: Sentence, start: int) -> bool:
        """Whether a position of the sentence lies in the body's dateline."""
        return sentence.field == "body" and sentence.start + start < self.dateline_end

    def topic(self, sentence: Sentence) -> str | None:
        """The single capital the last few sentences talk about, if there is exactly one. In a
        story about another capital, the national capital named in passing ("we asked Kabul for
        reinforcements": the government, or where people fly) does not take its place."""
        passing: str | None = None
        for index in range(sentence.index - 1, sentence.index - 1 - _TOPIC_WINDOW, -1):
            capitals = self.mentions_by_sentence.get(index)
            if capitals:
                # "took Ghazni, on the highway linking Kabul with the south. ... left the city":
                # of several capitals, the one the sentence's news was about
                focus = capitals if len(capitals) == 1 else self.focus_by_sentence.get(index, set())
                if (
                    focus == {self.national_capital}
                    and self.lead
                    and self.lead != self.national_capital
                    and not self.focus_by_sentence.get(index)
                ):
                    passing = passing or self.national_capital
                    continue
                return next(iter(focus)) if len(focus) == 1 else passing
        return passing


@dataclass(frozen=True, slots=True)
class _Draft:
    """An event's fields before validation, with the key `extract` deduplicates on."""

    type: str
    capital: str | None
    key: tuple[Any, ...]
    payload: dict[str, Any]

    @property
    def undated(self) -> bool:
        """Dated only by the report ("Taliban take Kandahar" in a headline)."""
        return bool(self.payload["time_precision"] == "report")


@dataclass(slots=True)
class _Scan:
    """One sentence's lower-cased text and the sentence- and clause-wide cue lookups that each
    of its candidate events would otherwise repeat, made once on first use."""

    low: str
    following: str
    """The next sentence's text: a caveat there ("the claim could not be verified") counts."""
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
            self.asides = tuple(m.span() for m in _CLOSED_ASIDE.finditer(self.low)) if ", " in self.low else ()
        return self.asides

    def has(self, pattern: Cue | re.Pattern[str]) -> bool:
        """Whether the cue occurs anywhere in the sentence."""
        hit = self.hits.get(pattern)
        if hit is None:
            hit = self.hits[pattern] = pattern.search(self.low) is not None
        return hit


class Extractor:
    """Compiled once per theatre and language; `extract` is then pure and thread-safe."""

    def __init__(self, theatre: Theatre, lexicon: dict[str, Any] | None = None) -> None:
        self.theatre = theatre
        self.gazetteer = Gazetteer(theatre)
        self.cues = Cues(lexicon or load_lexicon_data(theatre.language), self.gazetteer)
        self.tz = parse_offset(theatre.utc_offset)
        self.times = TimeResolver(lexicon or load_lexicon_data(theatre.language), self.tz)
        self.speaker_finder = SpeakerFinder(self.cues, self.gazetteer)
        # "<name> province" or "<name> <the theatre's region noun>" is the region, not its capital
        regions = {"province", theatre.region_noun.lower()}
        self._region_after = re.compile(rf"^\s+(?:{alternation(regions)})\b")
        # "the capital", "the Afghan capital", "Afghanistan's capital": the national capital (not
        # "the capital of Helmand province", "the capital city", "the capital province")
        self.national_capital = theatre.national_capital
        not_region = rf"(?!['’]?\s*(?:of|city|{alternation(regions)})\b)"
        forms = [rf"\bthe\s+capital\b{not_region}"]
        if theatre.country_names:
            country = alternation([name.lower() for name in theatre.country_names])
            forms += [
                rf"\bthe\s+(?:{country})\s+capital\b{not_region}",
                rf"\b(?:{country})['’]s\s+capital\b{not_region}",
            ]
        self._national_capital_re = re.compile("|".join(forms))
        # "Tirin Kot in Uruzgan, Qalat in Zabul province": where a list item lies, not a new clause
        self._item_place = re.compile(
            rf"\b(?:in|of)\s+(?:the\s+)?(?:(?:{self.gazetteer.province_alternation})"
            rf"(?:\s+(?:{alternation(regions)}))?|(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
            rf"(?:\s+(?:{alternation(regions)}))?)(?![\w-])"
        )

    # ---------------------------------------------------------------- public
    def extract(self, article: Article, trace: list[Decision] | None = None) -> list[Event]:
        ctx = _Context(
            article, self.times.local_day(article.published_at), trace=trace, national_capital=self.national_capital
        )
        dateline = _DATELINE.match(article.body)
        ctx.dateline_end = dateline.end() if dateline else 0
        sentences = self._sentences(article)
        lowered = {"title": _field_lower(article.title or ""), "body": _field_lower(article.body)}
        drafts: dict[tuple[Any, ...], _Draft] = {}
        in_note = False
        for position, sentence in enumerate(sentences):
            following = sentences[position + 1].text if position + 1 < len(sentences) else ""
            field_low = lowered[sentence.field]
            low = field_low[sentence.start : sentence.end] if field_low is not None else _lower(sentence.text)
            previous = sentences[position - 1] if position else None
            if previous is None or previous.field != sentence.field or "\n" in _field_text(article, sentence)[
                previous.end : sentence.start
            ]:  # a sentence that starts a line: a writethru's note to editors runs to the line's end
                in_note = _EDITORIAL_NOTE.match(sentence.text) is not None
            if in_note:
                self._skim(ctx, sentence, low)
                continue
            found = list(self._sentence_events(ctx, sentence, _Scan(low, following)))
            found += self._listed(ctx, sentence, low, found)
            entered = {d.capital for d in found if d.type == "entered"}
            focus = ctx.focus_by_sentence[sentence.index] = {
                d.capital for d in found if d.capital and d.type in CONTROL_EVENT_TYPES
            }
            if ctx.lead is None and focus:
                ctx.lead = next(iter(focus)) if len(focus) == 1 else ""
            if ctx.news_day is None and focus:
                ctx.news_day = self._news_day(ctx, found)
            for draft in found:
                if draft.type == "contested" and draft.capital in entered:
                    continue  # the fighting of an entry ("pushed into X, battling troops") is the entry
                kept = drafts.get(draft.key)
                if kept is None or (kept.undated and not draft.undated):
                    drafts[draft.key] = draft  # the same event, told where the text dates it
        return [EVENT_ADAPTER.validate_python(d.payload) for d in drafts.values()]

    # ------------------------------------------------------------- sentences
    def _sentences(self, article: Article) -> list[Sentence]:
        title = split_sentences(article.title or "", "title", self.cues.abbreviations)
        body = split_sentences(article.body, "body", self.cues.abbreviations, len(title))
        return title + body

    def _sentence_events(self, ctx: _Context, sentence: Sentence, scan: _Scan) -> Iterator[_Draft]:
        text = sentence.text
        low = scan.low
        # A cheap first look (most sentences name no capital and no other event; one that names
        # a seat of power may be set in the capital the sentences before talk about); the names
        # and the other-event cue found here are what the full analysis needs anyway.
        names = self.gazetteer.capital_mentions(text)
        other_present = self.cues.other_events_present.search(low) is not None
        if not (
            other_present
            or names
            or "capital" in low
            or self.cues.coref_city.search(low)
            or ("it " in low and self.cues.pronoun_subject.search(low) and ctx.topic(sentence) is not None)
            or (
                self.cues.seat_of_power_any.search(low)
                and (ctx.topic(sentence) is not None or self._national_seat(low))
            )
        ):
            self._skim(ctx, sentence, low)
            return
        mentions = self._mentions(ctx, sentence, low, names)
        places = any(m.role == "place" for m in mentions)
        other = {m.lastgroup for m in self.cues.other_events_any.finditer(low)} if other_present else set()
        wants_triggers = (
            places
            or ctx.topic(sentence) is not None
            or any(m.role == "modifier" for m in mentions)
            or self._national_seat(low)
        )
        triggers = (
            [self._trigger(low, *found) for found in self.cues.triggers_in(low)] if wants_triggers else []
        )
        if triggers and " it" in low:
            mentions = self._object_pronouns(ctx, sentence, low, mentions, triggers)
        if not triggers and not other:
            # No event to read: only what later sentences need, as for a sentence without names
            self._skim(ctx, sentence, low)
            ctx.mentions_by_sentence[sentence.index] = _named(mentions)
            return
        clauses = _with_item_heads(split_clauses(text), text, mentions)
        time_refs = self._time_refs(ctx, sentence, low)
        self._track_period(ctx, sentence, low, time_refs)
        attribution = (
            self.speaker_finder.find(ctx.speakers, text, low) if self.cues.speech.search(low) else None
        )
        actors = self.gazetteer.actor_mentions(low) if (triggers or other) else []
        used_triggers: set[int] = set()
        governed: set[int] = set()
        # every capital named (a modifier too: "soldiers surrendered at the Kunduz airport" is not
        # another capital's surrender) and whether it is named as a place
        places_at = tuple((m.start, m.capital, m.role == "place") for m in mentions if m.role in ("place", "modifier"))
        governed_by: dict[int, list[Trigger]] = {}
        coordinated: set[int] = set()
        for mention in mentions:
            if mention.role != "place":
                continue
            readings = self._governing_triggers(text, mention, triggers, clauses, mentions)
            if not readings:
                readings = _coordinated(low, mention, mentions, governed_by, coordinated) or self._gapped(
                    low, mention, mentions, governed_by, time_refs
                )
                if readings:
                    coordinated.add(mention.start)
            if readings:
                governed_by[mention.start] = readings
            for trigger in readings:
                used_triggers.add(trigger.start)
                governed.add(mention.start)
                yield from self._control_event(
                    ctx,
                    sentence,
                    scan,
                    mention,
                    trigger,
                    clauses,
                    time_refs,
                    attribution,
                    actors,
                    tuple(t.start for t in triggers),
                    places_at,
                )
        yield from self._seat_of_power_events(
            ctx,
            sentence,
            scan,
            mentions,
            triggers,
            used_triggers,
            governed,
            clauses,
            time_refs,
            attribution,
            actors,
        )
        if other:
            yield from self._other_events(
                ctx, sentence, scan, mentions, clauses, time_refs, attribution, actors, other
            )
        if actors:
            ctx.last_actor = actors[-1].actor
        ctx.mentions_by_sentence[sentence.index] = _named(mentions)

    def _gapped(
        self,
        low: str,
        mention: Mention,
        mentions: list[Mention],
        governed_by: dict[int, list[Trigger]],
        time_refs: list[TimeRef],
    ) -> list[Trigger]:
        """A verb left out after "and" and a day: "had taken Ghazni on Thursday, and on Wednesday
        Faizabad" (Faizabad was taken too, on its own day)."""
        lead = _AND_DAY.search(low, max(0, mention.start - 60), mention.start)
        if lead is None:
            return []
        dated = [r for r in time_refs if r.start >= lead.end() and not r.is_report_time]
        if not dated or not _DAY_GAP.fullmatch(low, dated[-1].end, mention.start):
            return []
        earlier = [m for m in mentions if m.start < lead.start() and m.start in governed_by]
        readings = governed_by[earlier[-1].start] if earlier else []
        return [t for t in readings if t.spec.role == "object" and t.end <= earlier[-1].start]

    def _object_pronouns(
        self, ctx: _Context, sentence: Sentence, low: str, mentions: list[Mention], triggers: list[Trigger]
    ) -> list[Mention]:
        """ "It" right after an object trigger ("by nightfall they were in control of it"): the
        one capital named before it in the sentence, else, with none named, the capital of the
        sentences before."""
        added: list[Mention] = []
        for trigger in triggers:
            pronoun = _IT_OBJECT.match(low, trigger.end) if trigger.spec.role == "object" else None
            if pronoun is None:
                continue
            before = {m.capital for m in mentions if m.start < trigger.start and m.role == "place"}
            capital = next(iter(before)) if len(before) == 1 else None if before else ctx.topic(sentence)
            if capital is not None:
                added.append(Mention(capital, pronoun.start(1), pronoun.end(1), "place", "coref"))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _skim(self, ctx: _Context, sentence: Sentence, low: str) -> None:
        """What a sentence without events still tells later ones: speakers, period, paragraphs."""
        time_refs = self._time_refs(ctx, sentence, low)
        self._track_period(ctx, sentence, low, time_refs)
        if self.cues.speech.search(low):
            self.speaker_finder.find(ctx.speakers, sentence.text, low)
        ctx.mentions_by_sentence[sentence.index] = self._section_heading(sentence.text)

    def _news_day(self, ctx: _Context, found: list[_Draft]) -> date | None:
        """The day a story filed in the small hours reports ("captured Mazar-i-Sharif late
        Saturday", filed at 01:40 on Sunday): its first dated news, when that is the day before;
        its undated events ("took four other capitals during the day") happened then too."""
        local = ctx.article.published_at.astimezone(self.tz)
        if local.hour >= _SMALL_HOURS_END:
            return ctx.published_day
        for draft in found:
            if draft.type in CONTROL_EVENT_TYPES and not draft.undated:
                day = self.times.local_day(draft.payload["event_time"])
                return day if day == ctx.published_day - timedelta(days=1) else ctx.published_day
        return None

    def _listed(self, ctx: _Context, sentence: Sentence, low: str, found: list[_Draft]) -> list[_Draft]:
        """A fact box's list under a heading that says what happened to each item ("CAPITALS
        TAKEN", "Cities seized by the Taliban:"): an item headed by a capital ("- Aug. 8:
        Sar-e-Pul, Sar-e-Pul province.") reports that event for it, on the item's date."""
        text = _field_text(ctx.article, sentence)
        if sentence.start > 0 and text[sentence.start - 1] != "\n":
            return []  # not the first sentence of its line
        lead = _LIST_LEAD.match(low)
        if lead is None or not lead.group(0).strip():
            ctx.list_heading = self._list_heading(low, sentence, text)
            return []
        heading = ctx.list_heading
        if heading is None:
            return []
        event_type, actor = heading
        head = self._item_head(sentence.text, low, lead.end())
        if head is None or any(d.capital == head and d.type in CONTROL_EVENT_TYPES for d in found):
            return []
        rule = f"{event_type}:list heading"
        capital = self.gazetteer.capitals[head]
        if self.cues.negation.search(low) or self.cues.hypothetical.search(low):
            ctx.note(sentence, rule, "dropped", "negated or hypothetical item", capital.name)
            return []
        day = ctx.paragraph_day
        ctx.note(sentence, rule, "event", f"asserted, actor {actor}, list item", capital.name)
        precision: TimePrecision = "day"
        return [
            self._build(ctx, sentence, kind, head, actor, "asserted", None, day, precision, False)
            for kind in ([event_type, "captured"] if event_type == "surrendered" else [event_type])
        ]

    def _list_heading(self, low: str, sentence: Sentence, text: str) -> tuple[str, str] | None:
        """(event type, actor) of a line that heads a list by what happened to its items: short,
        in capitals or ending with a colon, naming no capital, with a control trigger."""
        whole_line = sentence.end == len(text) or text[sentence.end] == "\n"
        if not whole_line or len(low) > 70 or self.gazetteer.capital_mentions(sentence.text):
            return None
        if not (sentence.text.isupper() or sentence.text.rstrip().endswith(":")):
            return None
        triggers = self.cues.triggers_in(low)
        if not triggers:
            return None
        spec = self.cues.trigger_specs[triggers[0][0]]
        actors = self.gazetteer.actor_mentions(low)
        if actors:
            return spec.type, actors[0].actor
        return spec.type, (self.gazetteer.incumbent if spec.type == "retaken" else self.gazetteer.default_attacker)

    def _item_head(self, text: str, low: str, lead: int) -> str | None:
        """The capital a list item starts with, after its bullet and date ("Aug. 8: Kunduz"),
        as a place, not as its province ("Kunduz province")."""
        names = self.gazetteer.capital_mentions(text)
        if not names:
            return None
        capital, start, end = names[0]
        if _ITEM_DATE.fullmatch(low, lead, start) is None or self._region_after.match(low[end : end + 40]):
            return None
        return capital

    def _time_refs(self, ctx: _Context, sentence: Sentence, low: str) -> list[TimeRef]:
        """The sentence's time expressions; a date in the dateline ("HERAT, Afghanistan, July 31
        -") is when the story was filed, not when anything in it happened."""
        refs = self.times.find(low, ctx.published_day, ctx.anchor_day)
        if refs and ctx.in_dateline(sentence, refs[0].start):
            refs = [replace(r, is_report_time=True) if ctx.in_dateline(sentence, r.start) else r for r in refs]
        asides = [m.span() for m in _CLOSED_ASIDE.finditer(low)] if refs and ", " in low else []
        days = [
            r.day
            for r in refs
            if r.precision == "day" and not any(a <= r.start < b for a, b in asides)
        ]
        if days:
            ctx.anchor_day = days[-1]
        return refs

    def _section_heading(self, text: str) -> set[str]:
        """A briefing's section heading that is only a capital's name in capitals ("JALALABAD."):
        the capital the sentences under it talk about."""
        name = text.strip(" .:—–-")
        if len(name) > 40 or not name.isupper():
            return set()
        capital = self.gazetteer.heading_to_capital.get(fold_accents(name).lower())
        return {capital} if capital else set()

    def _track_period(self, ctx: _Context, sentence: Sentence, low: str, time_refs: list[TimeRef]) -> None:
        """Stale background: after "In 1989, ..." the rest of the paragraph is history too, until a
        sentence gives a current date. A paragraph is a run of sentences with no line break."""
        text = _field_text(ctx.article, sentence)
        if ctx.last_end < 0 or "\n" in text[ctx.last_end : sentence.start]:
            # a history that runs on into a paragraph told in the past with no date of its own
            # ("It lasted three. Weeks after the withdrawal, mujahideen laid siege to Jalalabad")
            ctx.in_past = ctx.in_past and not time_refs and not self.cues.present.search(low)
            ctx.paragraph_day = self._date_heading(low, time_refs, ctx.published_day)
        ctx.last_end = sentence.end
        current = any(not r.is_report_time and r.day >= self.theatre.start_date for r in time_refs)
        ctx.past_paragraph = ctx.in_past and not current
        years = [
            int(m.group(1))
            for m in self.cues.year.finditer(low)
            if not self.cues.since.search(low[: m.start()])
        ]
        if years and max(years) < self.theatre.start_date.year and not current:
            ctx.in_past = True
        elif current:
            ctx.in_past = False

    def _date_heading(self, low: str, time_refs: list[TimeRef], published_day: date) -> date | None:
        """The day a paragraph opens with when a dash or colon sets it off as a heading (after a
        list item's number or bullet: "13. Aug. 12 - Ghazni falls")."""
        lead = _LIST_LEAD.match(low).end()  # type: ignore[union-attr]  # matches the empty string
        if not time_refs and len(low) > lead + 40 and not _HEADING_MARK.search(low, lead, lead + 48):
            return None  # neither a dash or colon heading nor a sentence that is only a date
        refs = time_refs or self.times.find(low[: lead + 40], published_day)
        for ref in refs:
            if (
                ref.start <= lead + 2
                and not ref.is_report_time
                and (
                    _HEADING_MARK.match(low, ref.end)
                    or not low[ref.end :].strip(" .,;:")  # "MONDAY, AUG. 9."
                )
            ):
                return ref.day
        return None

    def _trigger(self, low: str, number: int, start: int, end: int) -> Trigger:
        return Trigger(self.cues.trigger_specs[number], start, end, low[start:end])

    # --------------------------------------------------------------- mentions
    def _mentions(
        self, ctx: _Context, sentence: Sentence, low: str, names: list[tuple[str, int, int]]
    ) -> list[Mention]:
        text = sentence.text
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for match in self._province_capitals(low):
            province = next(g for g in match.groups() if g)
            capital = self.gazetteer.capital_of_province(province)
            if capital:
                found.append(Mention(capital, match.start(), match.end(), "place", "province"))
                taken.append((match.start(), match.end()))
        for capital, start, end in names:
            if any(s <= start < e for s, e in taken) or ctx.in_dateline(sentence, start):
                continue  # a dateline names where the reporter files from, not a place in the news
            found.append(Mention(capital, start, end, self._role(low, start, end)))
        for match in self.cues.coref_city.finditer(low):
            if any(s <= match.start() < e for s, e in taken) or low.startswith(" of ", match.end()):
                continue
            capital = self._resolve_coref(ctx, sentence, low, match.start(), found)
            if capital is None:
                ctx.note(
                    sentence,
                    "coreference",
                    "dropped",
                    "unresolved (no single capital nearby)",
                    match.group(0),
                )
                continue
            # "seizing the city's television station": the station is taken, not the city
            possessive = low.startswith(("'s ", "’s "), match.end())
            role: MentionRole = (
                "modifier"
                if possessive and self.cues.modifier_after.match(low[match.end() : match.end() + 40])
                else "place"
            )
            found.append(Mention(capital, match.start(), match.end(), role, "coref"))
        for match in self.cues.pronoun_subject.finditer(low) if "it " in low else ():
            topic = ctx.topic(sentence)
            if topic is not None and not any(m.start < match.start() for m in found):
                found.append(Mention(topic, match.start(), match.end(), "place", "coref"))
        if self.national_capital is not None:
            spans = [(m.start, m.end) for m in found]
            for match in self._national_capital_re.finditer(low):
                if not any(
                    s <= match.start() < e or match.start() <= s <= match.end() + 1 for s, e in spans
                ):  # nor "the capital Qalat": the word labels the name after it
                    role = self._role(low, match.start(), match.end())
                    found.append(Mention(self.national_capital, match.start(), match.end(), role, "coref"))
        found.sort(key=lambda m: m.start)
        return _without_appositives(text, found)

    def _province_capitals(self, low: str) -> list[re.Match[str]]:
        """ "the capital of Helmand province", "Helmand's capital": searched only around the word."""
        found: list[re.Match[str]] = []
        position = low.find("capital")
        while position >= 0:
            start = max(0, position - 40, found[-1].end() if found else 0)
            match = self.cues.province_capital.search(low, start, position + 80)
            if match and match.end() > position:
                found.append(match)
            position = low.find("capital", max(position + 7, match.end() if match else 0))
        return found

    def _role(self, low: str, start: int, end: int) -> MentionRole:
        after = low[end : end + 30]
        if self._region_after.match(after):
            return "province"
        if _RELATIVE_AFTER.match(low, end):
            return "place"  # "south of X, the Jowzjan capital that the Taliban took": news of its own
        if self.cues.modifier_after.match(after.lstrip() if not after.startswith(("'", "’", "-")) else after):
            return "modifier"
        before = low[max(0, start - 60) : start]
        if _DISTRICT_IN.search(before) and not after.startswith(" city"):
            return "province"  # "Arghandab district in Kandahar": the province (not "police districts of X city")
        if self.cues.reference_before.search(before):
            return "destination"  # a distance reference ("south of Kabul, which fell": the item fell)
        went = self.cues.destination_before.search(before)
        if went and _MOVED_INTO.match(went.group(0)) and self._armed_subject(before[: went.start()]):
            return "place"  # "Kurdish-led forces moved into Deir ez-Zor": an entry, not a refuge
        if went or self.cues.origin_before.search(before):
            # where people went or came from, unless news of its own follows ("came from Kunduz, which fell")
            return "place" if _OWN_RELATIVE.match(low, end) else "destination"
        if self.cues.speaker_place_before.search(before):
            return "speakers"
        return "place"

    def _armed_subject(self, before: str) -> bool:
        """Whether a side other than the holder is named just before a movement."""
        return any(a.actor != self.gazetteer.incumbent for a in self.gazetteer.actor_mentions(before[-40:]))

    def _resolve_coref(
        self, ctx: _Context, sentence: Sentence, low: str, position: int, earlier: list[Mention]
    ) -> str | None:
        names = {(m.start, m.end) for m in earlier if m.via == "name"}
        named_before = [
            m for m in earlier if m.via == "name" and _APPOSITION_GAP.fullmatch(low, m.end, position)
        ]
        if named_before:  # "Bazarak, the provincial centre": the name it stands beside
            return named_before[-1].capital
        provinces = [
            (m.start(1), self.gazetteer.capital_of_province(m.group(1)))
            for m in self.gazetteer.province_re.finditer(low)
            if ((m.start(1), m.end(1)) not in names or low.startswith(" province", m.end(1)))
            and not ctx.in_dateline(sentence, m.start(1))
        ]
        before = {
            m.capital for m in earlier if m.start < position and m.role in ("place", "modifier", "speakers")
        }
        places = {m.capital for m in earlier if m.start < position and m.role == "place"}
        if (
            not places
            and before
            and all(m.role == "speakers" for m in earlier if m.start < position and m.capital in before)
        ):
            # "Officials in Kabul said the Taliban had been driven out of the city": where the
            # speakers are, unless the article is about it
            topic = ctx.topic(sentence)
            if topic is not None:
                return topic
        if (
            len(before) == 1 or len(places) == 1
        ):  # "In Douma, the main town of the Damascus countryside, ... the town"
            return next(iter(before if len(before) == 1 else places))
        if before:
            return None
        # "the governor of Khost province handed the provincial capital over": the province just
        # named before the phrase owns it; else the only province the sentence names
        preceding = {capital for start, capital in provinces if start < position and capital}
        # not where people went ("left the city towards Balkh province")
        anywhere = {
            capital
            for start, capital in provinces
            if capital
            and (start < position or not self.cues.destination_before.search(low[max(0, start - 30) : start]))
        }
        if len(preceding) == 1:
            return next(iter(preceding))
        if not preceding and len(anywhere) == 1:
            return next(iter(anywhere))
        return ctx.topic(sentence) if not anywhere else None

    # ---------------------------------------------------------- control events
    def _governing_triggers(
        self,
        text: str,
        mention: Mention,
        triggers: list[Trigger],
        clauses: list[Clause],
        mentions: list[Mention],
    ) -> list[Trigger]:
        """For each event type, the trigger whose object or subject the mention is, by position and
        bridging words ("had entered and captured X" is both an entry and a capture)."""
        clause = clause_of(clauses, mention.start)
        best: dict[str, tuple[int, Trigger]] = {}
        others = [(m.start, m.end) for m in mentions if m is not mention]
        for trigger in triggers:
            if trigger.end <= mention.start and self._listed_after_colon(text, trigger, mention, others):
                best.setdefault(trigger.spec.type, (mention.start - trigger.end + 40, trigger))
                continue
            if (
                clause_of(clauses, trigger.start) is not clause
                and clause_of(clauses, trigger.end - 1) is not clause
                and not (trigger.spec.role == "subject" and _ASIDE.match(text, mention.end, trigger.start))
            ):
                continue
            distance = self._link(text, mention, trigger, others)
            kind = trigger.spec.type
            if distance is not None and (kind not in best or distance < best[kind][0]):
                best[kind] = (distance, trigger)
        ranked = [trigger for _, trigger in sorted(best.values(), key=lambda item: item[0])]
        own = [t for t in ranked if not (t.spec.role == "subject" and t.end <= mention.start)]
        if own:  # a mention with its own predicate borrows none from a list before it
            ranked = own
        # A second reading must not reach across another capital ("X, which fell, and Y, which was
        # handed over": X was not handed over).
        return ranked[:1] + [
            t
            for t in ranked[1:]
            if not any(
                min(t.start, mention.start) < m.start < max(t.end, mention.end)
                for m in mentions
                if m is not mention
            )
        ]

    def _listed_after_colon(
        self, text: str, trigger: Trigger, mention: Mention, others: list[tuple[int, int]]
    ) -> bool:
        """A list of capitals after a colon, where the clause before it names capitals in the
        plural: "Three capitals fall in a single day: Kunduz, the main city of the northeast;
        Sar-e Pul; and Taloqan", "the Taliban have seized five cities: Zaranj, Sheberghan, ...".
        With semicolons every earlier item must hold a capital; with commas nothing but capitals
        and separators may come between the colon and this one."""
        colon = text.find(":", trigger.end, mention.start)
        if colon < 0:  # "have taken 18 of the 34 capitals, including Kandahar and Herat"
            including = _INCLUDING.search(text, trigger.end, mention.start)
            colon = including.end() - 1 if including else -1
            if colon < 0 or ";" in text[trigger.end : colon] or _INCLUDING.search(text, colon + 1, mention.start):
                return False
        elif text.find(":", colon + 1, mention.start) >= 0:
            return False
        head_start = max(text.rfind(";", 0, trigger.start), text.rfind(":", 0, trigger.start), 0)
        if not self.cues.plural_capitals.search(text.lower(), head_start, colon):
            return False
        listed = _mask(text, colon + 1, mention.start, others)
        if ";" in listed:
            starts = [s for s, _ in others if colon < s < mention.start]
            bounds = [colon, *(colon + 1 + i for i, c in enumerate(listed) if c == ";")]
            return all(any(a < s < b for s in starts) for a, b in pairwise(bounds))
        # "Lashkar Gah in Helmand, Qalat in Zabul": where an item lies is part of the item
        return _LIST_SEPARATORS.fullmatch(self._item_place.sub(" ", listed.lower())) is not None

    def _link(
        self, text: str, mention: Mention, trigger: Trigger, others: list[tuple[int, int]]
    ) -> int | None:
        """How closely a trigger governs a mention (smaller is closer), or None if it does not."""
        cues = self.cues
        if trigger.end <= mention.start:
            gap = _mask(text, trigger.end, mention.start, others)
            low_gap = gap.lower()
            if _FRONTED_PARTICIPLE.fullmatch(trigger.text):
                return self._inverted(text, trigger, low_gap, mention, others)
            if trigger.spec.role == "object":
                return self._object_link(text, trigger, low_gap, mention, others)
            # "X fell on Friday, Y on Saturday" and "X was the third to fall, along with Y"
            no_times = _DAYPART.sub(" ", self.times.pattern.sub(" ", low_gap))
            connected = cues.list_connectors.match(no_times)
            if connected and (no_times != low_gap or connected.group("phrase")):
                return mention.start - trigger.end + 30
            return None
        if trigger.start < mention.end:
            return None
        head_end = _item_head_end(text, mention)
        if (
            head_end is not None
            and head_end <= trigger.start
            and (trigger.spec.role == "subject" or _PARTICIPLE.fullmatch(trigger.text))
        ):  # "- Zaranj (Nimroz): fell on Friday": the item's predicate, with no subject of its own
            return (
                trigger.start - head_end
                if self._bridges(text[head_end : trigger.start], cues.subject_bridge)
                else None
            )
        gap = _mask(text, mention.end, trigger.start, others)
        if trigger.spec.role == "object":
            if (
                _PARTICIPLE.fullmatch(trigger.text)
                and _PARTICIPLE_GAP.match(gap)
                and self._participle_ends(text.lower(), trigger.end)
            ):
                return trigger.start - mention.end  # "to Fayzabad in the far northeast, taken on Wednesday"
            low_gap = _drop_appositive(gap).lower()
            relative = cues.relative_object.match(low_gap) and (
                self.gazetteer.actor_re.search(low_gap) or _SIDE_PRONOUN.search(low_gap)
            )  # "the Jowzjan capital that the Taliban took", "the city which the group took over"
            return trigger.start - mention.end if relative else None
        # "from Zaranj on the border, which fell": the antecedent, whatever governs it; also past an
        # appositive ("Kunduz, the largest city in the north, which fell")
        for lead in (gap, _LEADING_APPOSITIVE.sub("", gap, count=1)):
            relative = _RELATIVE_LEAD.match(lead)
            if relative and self._bridges(lead[relative.end() :], cues.subject_bridge):
                return trigger.start - mention.end
        if gap.lstrip().startswith(",") and _OPEN_ASIDE.search(
            text, max(0, mention.start - 160), mention.start
        ):
            return None  # "Aybak, which sits on the road between Mazar and Kabul, was handed over"
        if _PREPOSITION_BEFORE.search(text, 0, mention.start):
            return None  # "east of Kabul, was seized": Kabul is not the subject
        # "Zaranj in the far south-west became the first to fall": where it lies, not a new clause
        # "Kandahar and Herat, the second- and third-largest cities, had fallen": the list, then the aside
        listed = _drop_appositive(_LIST_BEFORE_ASIDE.sub("", gap, count=1))
        if not self._bridges(self._item_place.sub(" ", listed.lower()), cues.subject_bridge):
            return None
        return trigger.start - mention.end

    def _object_link(
        self, text: str, trigger: Trigger, low_gap: str, mention: Mention, others: list[tuple[int, int]]
    ) -> int | None:
        """How closely an object trigger before a mention governs it: bridging words only ("seized
        the key city of X"), or a place phrase after a locative trigger. A participle set off by a
        comma after a capital ("Zaranj, taken on Friday, and Sheberghan") qualifies that capital
        and governs nothing after it; with no capital before it, it is the verb of a subject set
        off by an aside ("The rebels, led by HTS, captured Aleppo")."""
        cues = self.cues
        if (
            _PARTICIPLE.fullmatch(trigger.text)
            and text[: trigger.start].rstrip().endswith(",")
            and any(end <= trigger.start for _, end in others)
        ):
            return None
        bridge = _ATTRIBUTION_ASIDE.sub(" ", self._item_place.sub(" ", low_gap))
        if _NAMED_CITY_OF.search(low_gap):  # "the Mediterranean port city of Tartus": a proper adjective
            bridge = " ".join(
                word for word in _mask(text, trigger.end, mention.start, others).split() if not word[:1].isupper()
            )
        if self._bridges(bridge, cues.object_bridge) and not self.gazetteer.actor_re.search(low_gap):
            return mention.start - trigger.end
        if (
            (trigger.spec.type == "entered" or cues.locative_triggers.match(trigger.text))
            and mention.start - trigger.end <= 60
            and cues.locative_before.search(_lower(_mask(text, 0, mention.start, others)))
        ):
            return mention.start - trigger.end + 50  # "attacked checkpoints on the edges of X"
        return None

    def _inverted(
        self, text: str, trigger: Trigger, low_gap: str, mention: Mention, others: list[tuple[int, int]]
    ) -> int | None:
        """A participle fronted before its subjects: "Also taken on Saturday, officials said, were
        Asadabad, the capital of Kunar, and Maymana", "Fallen on Sunday was Taloqan". The only
        reading of "fallen" or "lost" standing before a capital."""
        if (
            _COPULA.search(low_gap)
            and _INVERTED_LEAD.search(text.lower(), 0, trigger.start)
            and _INVERTED_GAP.fullmatch(_APPOSITION_IN_LIST.sub(" ", self._item_place.sub(" ", low_gap)))
        ):
            return mention.start - trigger.end
        if trigger.text.endswith(("fallen", "lost")):
            return None  # "the government lost Kunduz": no capture by the government
        return self._object_link(text, trigger, low_gap, mention, others)  # "and also captured X": active

    def _participle_ends(self, low: str, end: int) -> bool:
        """What may follow a reduced participle ("X, taken on Wednesday"): a time or manner, or
        the agent when it is a side of the conflict ("taken by the Taliban", not "taken by
        hundreds of families")."""
        after = _AFTER_PARTICIPLE.match(low, end)
        if after is None:
            return False
        return after.group("by") is None or bool(self.gazetteer.actor_re.match(low, after.end()))

    def _handed_over(
        self,
        low: str,
        clauses: list[Clause],
        clause: Clause,
        mention: Mention,
        places: tuple[tuple[int, str, bool], ...],
        trigger_start: int = -1,
    ) -> bool:
        """A surrender cue that belongs to this capture: from the clause's start (from the capital
        itself when another capital comes before it in the clause) to the clause's end, carried on
        through clauses that only qualify it ("took Sharana, the capital of Paktika, after elders
        negotiated a handover"), and never past another capital ("took X without a fight and
        seized Y": Y was not handed over; "X fell on Sunday, and on Wednesday troops at its airport
        surrendered": a later, other surrender)."""
        others = [p for p, capital, _ in places if capital != mention.capital]
        before = [p for p in others if clause.start <= p < mention.start]
        # "took X, after elders negotiated its handover, and also captured Y": a clause that
        # qualifies the capital before it says nothing of the one named after
        qualifies_earlier = bool(_QUALIFYING_CLAUSE.match(low, clause.start)) and any(
            p < clause.start for p in others
        )
        start = mention.start if before or qualifies_earlier else clause.start
        end = clause.end
        for following in clauses[clauses.index(clause) + 1 :]:
            if not _QUALIFYING_CLAUSE.match(low, following.start):
                break
            end = following.end
        end = min([p for p in others if p > mention.start] + [end])
        # "in Kunduz, which they took on Sunday, the army corps surrendered": a capture told in a
        # relative clause is handed over only within it
        for aside in _CLOSED_ASIDE.finditer(low, clause.start, clause.end):
            if aside.start() <= trigger_start < aside.end():
                start, end = max(start, aside.start()), min(end, aside.end())
        return bool(self.cues.surrender.search(low, start, end))

    def _bridges(self, gap: str, allowed: frozenset[str]) -> bool:
        gap = self.times.pattern.sub(" ", gap.lower())
        if re.search(r"[.;:!?\"“”]", gap):
            return False
        return all(word.lower() in allowed for word in _WORD.findall(gap))

    def _control_event(
        self,
        ctx: _Context,
        sentence: Sentence,
        scan: _Scan,
        mention: Mention,
        trigger: Trigger,
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
        trigger_starts: tuple[int, ...] = (),
        places: tuple[tuple[int, str, bool], ...] = (),
    ) -> list[_Draft]:
        low = scan.low
        clause = clause_of(clauses, min(mention.start, trigger.start))
        reason = (
            self._gate(scan, clause, trigger.start, trigger.text, ctx.past_paragraph)
            or self._holding(low, trigger, actors, attribution)
            or self._challenger_lost(low, clause, trigger, actors)
            or self._civilians(low, clause, trigger, actors)
        )
        capital = self.gazetteer.capitals[mention.capital]
        rule = f"{trigger.spec.type}:{trigger.text}"
        # "The Taliban have not captured Bazarak," a resistance spokesman said, after the Taliban
        # claimed it: a party's word against the claim is its denial, not a mere negation
        denial = (
            reason == "negated"
            and attribution is not None
            and (mention.capital, trigger.spec.type) in ctx.claims
        )
        if reason and not denial:
            ctx.note(sentence, rule, "dropped", reason, capital.name)
            return []
        event_types = [trigger.spec.type]
        if trigger.spec.type == "captured" and self._handed_over(
            low, clauses, clause, mention, places, trigger.start
        ):
            event_types.append("surrendered")  # "fell without a fight": taken, and handed over
        if trigger.spec.type == "surrendered":
            event_types.append("captured")  # handed over to someone: they took control of it
        actor = self._actor(low, trigger, trigger.spec.type, actors, attribution)
        anchors = trigger_starts + tuple(
            start for start, capital, place in places if place and capital != mention.capital
        )
        modality = (
            "denied"
            if denial
            else self._modality(
                scan, clause, mention, trigger, attribution, actor, anchors, actors, trigger_starts
            )
        )
        if modality == "claimed":
            ctx.claims.update((mention.capital, event_type) for event_type in event_types)
        # the trigger's own clause dates it ("Lashkar Gah, ..., where troops had fought for weeks, fell on Friday")
        day, precision = self._event_day(
            ctx,
            low,
            clause_of(clauses, trigger.start),
            trigger.start,
            time_refs,
            mention,
            trigger_starts,
            scan.closed_asides(),
        )
        ctx.last_day = day or ctx.last_day
        if day is not None and day < self.theatre.start_date:
            ctx.note(
                sentence, rule, "dropped", f"historical (dated {day} before the theatre start)", capital.name
            )
            return []
        ctx.note(sentence, rule, "event", f"{modality}, actor {actor}, {mention.via} mention", capital.name)
        resolved = mention.via != "name"
        return [
            self._build(
                ctx, sentence, event_type, capital.id, actor, modality, attribution, day, precision, resolved
            )
            for event_type in event_types
        ]

    def _holding(
        self, low: str, trigger: Trigger, actors: list[Any], attribution: Attribution | None
    ) -> str | None:
        """ "The city is under the control of the security forces", "government forces still hold
        Kandahar": the incumbent still holds it, which changes no hands (its return is a retake:
        "back under government control")."""
        if trigger.spec.type != "captured":
            return None
        if trigger.spec.role == "subject":
            holder = self.gazetteer.actor_of(trigger.text)
        elif _HOLD.fullmatch(trigger.text):
            holder = self._actor(low, trigger, "captured", actors, attribution)
        else:
            return None
        if holder == self.gazetteer.incumbent:
            return "the incumbent still holds it (no change of hands)"
        since = _SINCE_YEAR.search(low, trigger.end, trigger.end + 80)
        if since and int(since.group(1)) < self.theatre.start_date.year:
            return f"historical (held since {since.group(1)})"  # "which the opposition has held since 2015"
        return None

    def _challenger_lost(self, low: str, clause: Clause, trigger: Trigger, actors: list[Any]) -> str | None:
        """ "The Taliban lost control of X": a loss by a side other than the holder is no capture."""
        if not _LOSS_VERB.match(trigger.text):
            return None
        losers = [a for a in actors if clause.start <= a.start < trigger.start]
        if losers and losers[-1].actor != self.gazetteer.incumbent:
            return "a side other than the holder lost it (no capture)"
        return None

    def _civilians(self, low: str, clause: Clause, trigger: Trigger, actors: list[Any]) -> str | None:
        """ "Families displaced by the fighting have poured into Kabul": people moving, no side."""
        if trigger.spec.type not in ("entered", "contested") or trigger.spec.role != "object":
            return None
        if any(clause.start <= a.start < trigger.start for a in actors):
            return None
        if self.cues.civilian_subject.search(low, clause.start, trigger.start):
            return "civilians on the move, not a side of the conflict"
        return None

    def _seat_of_power_events(
        self,
        ctx: _Context,
        sentence: Sentence,
        scan: _Scan,
        mentions: list[Mention],
        triggers: list[Trigger],
        used: set[int],
        governed: set[int],
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
    ) -> Iterator[_Draft]:
        """ "Insurgents seized the governor's office" in a sentence set in one capital: a capture;
        fighters who "entered the governor's office", fighting "near the police headquarters" or
        "street fighting": an entry or a fight there. A capital whose mention already has its own
        predicate ("after the fall of X") is not the setting, so "In Y, fighters took over the
        governor's office, after the fall of X" is Y."""
        places = {m.capital for m in mentions if m.role == "place"}
        free = {m.capital for m in mentions if m.role == "place" and m.start not in governed}
        if len(places) > 1 and len(free) == 1:
            places = free
        fronted = (
            bool(mentions)
            and mentions[0].via == "name"
            and bool(_FRONTED_LOCATIVE.fullmatch(scan.low, 0, mentions[0].start))
        )
        for trigger in triggers:
            if trigger.start in used or not (
                self._in_setting(scan.low, trigger, fronted)
                if trigger.spec.role == "object"
                else self._seat_is_subject(scan.low, trigger)
            ):
                continue
            capital_id = self._setting(ctx, sentence, mentions, places, trigger)
            if capital_id is None:
                continue
            mention = Mention(capital_id, trigger.end, trigger.end, "place", "coref")
            named = tuple((m.start, m.capital, False) for m in mentions if m.role in ("place", "modifier"))
            yield from self._control_event(
                ctx, sentence, scan, mention, trigger, clauses, time_refs, attribution, actors, (), named
            )

    def _national_seat(self, low: str) -> bool:
        """The sentence names a seat of the national government and the theatre has a national capital."""
        return self.national_capital is not None and self.cues.national_seat_any.search(low) is not None

    def _setting(
        self, ctx: _Context, sentence: Sentence, mentions: list[Mention], places: set[str], trigger: Trigger
    ) -> str | None:
        """The capital a seat-of-power trigger acts in: the one whose possessive names the seat
        ("took over Kandahar's police headquarters"), else the sentence's single place, else (with
        no place) the capital the sentences before talk about; the presidential palace is in the
        national capital."""
        if self.national_capital and self.cues.national_seat.match(sentence.text.lower(), trigger.end):
            return self.national_capital
        if places:
            return next(iter(places)) if len(places) == 1 else None
        for mention in mentions:
            if mention.role == "modifier" and trigger.end < mention.start <= trigger.end + 5:
                return mention.capital
        return ctx.topic(sentence)

    def _seat_is_subject(self, low: str, trigger: Trigger) -> bool:
        """A seat of power taken or handed over in the passive: "the governor's compound was
        handed over to the Taliban"."""
        return trigger.spec.type in ("captured", "surrendered") and bool(
            self.cues.seat_of_power_before.search(low, max(0, trigger.start - 80), trigger.start)
        )

    def _in_setting(self, low: str, trigger: Trigger, fronted: bool = False) -> bool:
        """Whether an object trigger acts on the sentence's setting rather than a named place;
        `fronted`: the sentence opens with the capital it is set in ("In Kandahar, ...")."""
        after = low[trigger.end : trigger.end + 80]
        if trigger.spec.type in ("captured", "entered", "surrendered") and self.cues.seat_of_power.match(
            after
        ):
            return True  # "seized the governor's office", "entered the police headquarters"
        if trigger.spec.type in ("entered", "contested"):
            return bool(
                self.cues.seat_of_power_near.match(after)
                or (_ENDS_WITH_PREPOSITION.search(trigger.text) and self.cues.seat_of_power.match(after))
                or self.cues.setting_triggers.match(trigger.text)
                or (  # "In Kandahar, the country's second city, heavy fighting continued"
                    fronted
                    and trigger.spec.type == "contested"
                    and _FIGHTING_NOUN.fullmatch(trigger.text) is not None
                    and _OWN_PLACE_AFTER.match(low, trigger.end) is None
                )
            )
        return False

    def _gate(
        self, scan: _Scan, clause: Clause, start: int, trigger_text: str = "", past_paragraph: bool = False
    ) -> str | None:
        """Why a candidate is not a real, current event: negated, hypothetical or historical."""
        if past_paragraph:
            return "historical (the paragraph is about an earlier period)"
        low = scan.low
        if low[clause.start : clause.end].rstrip(" \"'”’").endswith("?"):
            return 'a question ("Is there fighting in X?")'
        if (
            trigger_text
            and _NOUN_TRIGGER.search(trigger_text)
            and _MODAL_AFTER.match(low, start + len(trigger_text))
        ):
            return 'hypothetical ("a push on X could follow")'
        lead = low[clause.start : start]
        relative = max(lead.rfind(mark) for mark in _RELATIVE_MARKS)
        if (
            relative >= 0
        ):  # "preparing to retake Kunduz, which fell on Sunday": the relative clause's own words
            lead = lead[relative:]
        if self.cues.negation.search(" " + trigger_text) or self.cues.negation_nt.search(trigger_text):
            return "negated"
        words = lead.split()
        window = self.cues.unverified.sub(" ", " ".join(words[-5:]))
        wide = " ".join(words[-8:])
        near = " ".join(words[-2:])
        if self.cues.negation.search(" " + window) or self.cues.negation_nt.search(window):
            return "negated"
        if not re.search(r"\bto have\b", window):
            for hit in self.cues.hypothetical.finditer(wide):
                if hit.group(0) != "to" or near.endswith("to"):
                    return f"hypothetical ({hit.group(0)})"
        if re.search(r"\b(?:if|unless)\b", lead):
            return "hypothetical (conditional)"
        # a forecast after a verb is about something else ("took X on Sunday, in a campaign launched
        # as foreign forces withdraw, a pull-out set to be completed by the end of the month")
        span = (clause.start, clause.end)
        forecast = scan.forecasts.get(span)
        if forecast is None:
            first = self.cues.forecast.search(low, clause.start, clause.end)
            forecast = scan.forecasts[span] = first.start() if first else -1
        if (
            forecast >= 0
            and (forecast < start or not trigger_text or _NOMINAL_TRIGGER.search(trigger_text))
            and not _in_other_aside(scan.closed_asides(), start, forecast)
        ):
            return "hypothetical (forecast)"
        if span not in scan.clause_reasons:
            scan.clause_reasons[span] = self._clause_reason(low, clause)
        reason = scan.clause_reasons[span]
        if reason and reason.startswith("historical (") and self._dated_aside_only(low, clause, start):
            return None  # "In Douma, which forces besieged until 2018, fighters took control of the town"
        return reason

    def _dated_aside_only(self, low: str, clause: Clause, start: int) -> bool:
        """Whether every early year of a clause sits in a relative clause or an appositive closed
        before the trigger (or after it), so that it dates the aside, not the trigger's event."""
        asides = [m.span() for m in _DATED_ASIDE.finditer(low, clause.start, clause.end)]
        if not asides or any(a <= start < b for a, b in asides):
            return False
        early = [
            m.start()
            for m in self.cues.year.finditer(low, clause.start, clause.end)
            if int(m.group(1)) < self.theatre.start_date.year
        ]
        return all(any(a <= y < b for a, b in asides) for y in early)

    def _clause_reason(self, low: str, clause: Clause) -> str | None:
        """The part of `_gate` that reads the whole clause: the same for every candidate in it."""
        clause_text = low[clause.start : clause.end]
        if self.cues.history.search(clause_text):
            return "historical"
        # An undated clause takes its period from the sentence: "Echoes of 1996: how the Taliban
        # took Kabul"; a clause with a date of its own keeps it ("took Kunduz on Sunday, a city
        # they last held in 2001").
        scope = clause_text if self.times.mentioned(clause_text) else low
        for match in self.cues.year.finditer(scope):
            year = int(match.group(1))
            if year < self.theatre.start_date.year and not self.cues.since.search(scope[: match.start()]):
                return f"historical ({match.group(0)})"
        return None

    def _actor(
        self,
        low: str,
        trigger: Trigger,
        event_type: str,
        actors: list[Any],
        attribution: Attribution | None = None,
    ) -> str:
        """The side that gains or presses: named in the trigger, the agent after it ("by the
        Taliban"), the subject before an object trigger (not the speaker: in "X fell, a government
        official said, after weeks of fighting" the government is not the attacker), else the
        theatre's default."""
        if _LOSS_VERB.match(trigger.text):  # "the government lost control of X (to Y)": the other side took it
            after = [a for a in actors if trigger.end <= a.start <= trigger.end + 60]
            return str(after[0].actor) if after else self.gazetteer.default_attacker
        inside = self.gazetteer.actor_of(trigger.text) if trigger.spec.role == "subject" else None
        if inside:  # "under Taliban control"; in "drove Taliban fighters out of" they are the losers
            return inside
        if event_type == "retaken" and _PASSIVE_BEFORE.search(low, max(0, trigger.start - 12), trigger.start):
            return self.gazetteer.incumbent  # "the Taliban had been driven out of the city": they lost it
        after = [
            a
            for a in actors
            if trigger.end <= a.start <= trigger.end + 40 and _AGENT_GAP.match(low[trigger.end : a.start])
        ]
        if after:
            return str(after[0].actor)
        if (trigger.spec.role == "object" and not _LOSS_NOUN.match(trigger.text)) or event_type == "retaken":
            # not for "the fall of X": "soldiers flee after the fall of Kabul" are the losers
            speaker = _speaker_span(low, attribution)
            before = [a for a in actors if a.end <= trigger.start and not speaker[0] <= a.start < speaker[1]]
            if event_type == "surrendered" or _FIGHTING_NOUN.match(trigger.text):
                # "government officials handed over X": not the receiver; "government forces
                # withdrew after street fighting": both sides fight, the incumbent is not the attacker
                before = [a for a in before if a.actor != self.gazetteer.incumbent]
            if before:
                return str(before[-1].actor)
            # "local armed groups said they had taken control of Daraa": the speaker's own side
            speakers = [a for a in actors if speaker[0] <= a.start < speaker[1]]
            if (
                speakers
                and _OWN_SIDE.search(low, speaker[1], trigger.start)
                and not self.cues.denial.search(low[speaker[1] : trigger.start])
            ):
                return str(speakers[-1].actor)
        if event_type == "retaken":
            return self.gazetteer.incumbent
        return self.gazetteer.default_attacker

    def _modality(
        self,
        scan: _Scan,
        clause: Clause,
        mention: Mention,
        trigger: Trigger,
        attribution: Attribution | None,
        actor: str,
        anchors: tuple[int, ...] = (),
        actors: list[Any] | None = None,
        trigger_starts: tuple[int, ...] = (),
    ) -> Modality:
        """How the text holds the event: `anchors` are where the sentence's triggers and capitals
        stand, which tell whose claim a claim cue reports; `actors`, where the sides are named."""
        text = scan.low
        takes = trigger.spec.type in ("captured", "surrendered", "retaken")
        if takes and (
            self.cues.partial_before.search(text[max(0, mention.start - 30) : mention.start])
            or self.cues.partial_any.search(text[clause.start : clause.end])
        ):
            return "partial"
        if _NOMINAL_TRIGGER.search(trigger.text) and _PRESUPPOSED.search(
            text, 0, min(mention.start, trigger.start)
        ):
            return "asserted"  # "since the fall of Kabul": the reporter's background, not what is claimed
        if self._denial_covers(text, mention, trigger, trigger_starts):
            return "denied"
        rejection = self.cues.denied_claim.search(text) if scan.has(self.cues.denied_claim) else None
        if rejection is not None and rejection.start() < trigger.start:
            return "denied"  # "officials dismissed reports that the city had fallen"
        if scan.unverified is None:
            following = scan.following.lower()
            scan.unverified = scan.has(self.cues.unverified) or bool(
                self.cues.unverified.match(following.strip())
                or (len(following) < 120 and self.cues.unverified.search(following))
            )
        unverified = scan.unverified
        confirmed = self._cue_covers(scan, self.cues.confirm, trigger, anchors) and not unverified
        if confirmed:
            return "asserted"
        if attribution is not None and self._reporter_aside(scan, trigger, attribution):
            return "asserted"
        claimant = (
            attribution is not None
            and attribution.actor == actor
            and not self.speaker_finder.corroborated(attribution)
            and ";" not in text[trigger.end : attribution.start]  # "X fell; the Taliban also claim Y"
        ) or any(  # "..., an official said, and the Taliban announced they had also taken Y"
            a.actor == actor and clause.start <= a.start < trigger.start and _SPEECH_AFTER.match(text, a.end)
            for a in actors or ()
        )
        if unverified or claimant or self._cue_covers(scan, self.cues.claim, trigger, anchors):
            # a claim rejected in its sentence or the next ("A spokesman rejected the claim."); a
            # rejected claim says nothing of the reporter's own news beside it
            following = scan.following
            rejected = rejection is not None or (
                len(following) < 200 and self.cues.denied_claim.search(following.lower()) is not None
            )
            return "denied" if rejected else "claimed"
        return "asserted"

    def _reporter_aside(self, scan: _Scan, trigger: Trigger, attribution: Attribution) -> bool:
        """A relative clause set off by commas is the reporter's background, not the speaker's
        words: "In Herat, which the Taliban took on Thursday, the governor surrendered on Friday,
        a Taliban spokesman said"."""
        for start, end in scan.closed_asides():
            if start < trigger.start < end:
                inside = start <= attribution.start < end
                return not inside and not self.cues.claim.search(scan.low, start, end)
        return False

    def _denial_covers(
        self, low: str, mention: Mention, trigger: Trigger, trigger_starts: tuple[int, ...]
    ) -> bool:
        """A denial cue before the event, with no other trigger between them: "denied that the city
        had fallen, saying troops were battling the insurgents on its edges" denies the fall only."""
        end = max(mention.start, trigger.start)
        hits = list(self.cues.denial.finditer(low[:end]))
        if not hits:
            return False
        last = hits[-1]
        return not any(last.end() <= start < trigger.start for start in trigger_starts)

    def _cue_covers(
        self, scan: _Scan, cue: Cue | re.Pattern[str], trigger: Trigger, anchors: tuple[int, ...]
    ) -> bool:
        """Whether a claim or confirmation cue is about this trigger: one before it is ("said on
        Twitter they had taken X"), and one after it unless it has a capital or a trigger of its
        own after it ("X, Y and Z fell; the Taliban also claim W", "said they had captured X,
        while officials acknowledged that parts of the city had fallen")."""
        if not scan.has(cue):
            return False
        for hit in cue.finditer(scan.low):
            if hit.start() < trigger.start or not any(anchor >= hit.end() for anchor in anchors):
                return True
        return False

    def _event_day(
        self,
        ctx: _Context,
        low: str,
        clause: Clause,
        position: int,
        time_refs: list[TimeRef],
        mention: Mention | None = None,
        blockers: tuple[int, ...] = (),
        asides: Sequence[tuple[int, int]] = (),
    ) -> tuple[date | None, TimePrecision]:
        """The day of the nearest time expression: the mention's own ("Zaranj on Friday, Shebirghan
        on Saturday") first, then the trigger's clause, then a fronted one earlier in the sentence,
        then the date heading the paragraph ("Aug. 13 — ..." in a timeline). An event told as "a
        day after" another ("on Thursday, a day after fighters broke into the city") is that many
        days before the day it is told against; "the same day" is the day of the news before it."""
        told = max(position, mention.start) if mention is not None else position
        when = [r for r in time_refs if r.end < position <= r.end + 80 and _WHEN_AFTER.match(low, r.end)]
        if (
            when
            and "," not in low[when[-1].end + 2 : position]
            and not any(when[-1].end < r.start < told for r in time_refs)
        ):
            return when[-1].day, when[-1].precision  # "since Friday, when they took Zaranj"
        candidates = [r for r in time_refs if not r.is_report_time]
        if candidates and asides:
            # "Mazar-i-Sharif, which Ghani had visited three days earlier, fell": the aside's day
            candidates = [
                r for r in candidates if not any(a <= r.start < b and not a <= position < b for a, b in asides)
            ]
        earlier = _DAYS_EARLIER.search(low, 0, position) if low.find("after", 0, position) >= 0 else None
        if earlier:
            shifted = self._days_earlier(ctx, low, earlier, position, candidates)
            if shifted is not None:
                return shifted, "day"
        if mention is not None:
            followed = _FOLLOWED_BY.search(low, max(0, mention.start - 40), mention.start)
            inner = [r for r in candidates if followed and followed.start() <= r.start < mention.start]
            if inner:  # "fell Friday, followed a day later by Sheberghan"
                return inner[-1].day, inner[-1].precision
            told_first = [r for r in candidates if _DAY_GAP.fullmatch(low, r.end, mention.start)]
            if told_first and _AND_DAY.search(low, max(0, told_first[-1].start - 30), told_first[-1].start):
                return told_first[-1].day, told_first[-1].precision  # "and on Wednesday Faizabad"
            own = [
                r
                for r in candidates
                if 0 <= r.start - mention.end <= 80
                and r.start < clause.end
                and not any(mention.end < b < r.start for b in blockers if b != position)
            ]
            if own:
                return own[0].day, own[0].precision
        in_clause = [r for r in candidates if clause.start <= r.start < clause.end]
        if _AFTER_EVENT.search(low, max(clause.start, position - 20), position):
            # "declared the war over on Monday after taking control of Kabul": the day is the
            # main clause's; the event came before it, on a day told elsewhere
            in_clause = [r for r in in_clause if r.start > position]
            if not in_clause:
                return None, "report"
        pool = in_clause or [r for r in candidates if r.start < clause.start]
        if not pool:
            if ctx.last_day is not None and _SAME_DAY.search(low, clause.start, clause.end):
                return ctx.last_day, "day"
            if ctx.paragraph_day:
                return ctx.paragraph_day, "day"
            return (ctx.news_day, "report") if ctx.news_day != ctx.published_day else (None, "report")
        nearest = min(pool, key=lambda r: abs(r.start - position))
        return nearest.day, nearest.precision

    def _days_earlier(
        self, ctx: _Context, low: str, earlier: re.Match[str], position: int, candidates: list[TimeRef]
    ) -> date | None:
        """The day of an event inside "a day after ...", counted back from the day it is told
        against: a date before the phrase ("on Thursday, a day after"), else one after the event's
        own words ("A day after the Taliban took Kunduz, fighters patrolled on Monday"), else the
        paragraph's or the report's day. None when the phrase dates the event itself ("two days
        after ... took it on Sunday")."""
        own = [
            r
            for r in candidates
            if r.start >= earlier.start() and (r.start < position or "," not in low[position : r.start])
        ]
        if own:
            return None
        before = [r for r in candidates if r.end <= earlier.start()]
        after = [r for r in candidates if r.start > position]
        anchor = (
            before[-1].day if before else after[0].day if after else (ctx.paragraph_day or ctx.published_day)
        )
        return anchor - timedelta(days=self.cues.number(earlier.group("n")) or 1)

    # ------------------------------------------------------------ attribution
    # ------------------------------------------------------------ other events
    def _other_events(
        self,
        ctx: _Context,
        sentence: Sentence,
        scan: _Scan,
        mentions: list[Mention],
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
        kinds: set[str | None],
    ) -> Iterator[_Draft]:
        text = sentence.text
        low = scan.low
        site = [m.capital for m in mentions if m.role in ("place", "modifier")]
        place = site[0] if len(set(site)) == 1 else (None if site else ctx.topic(sentence))
        checks = (
            ("officials_fled", self.cues.officials_fled, True),
            ("prison_break", self.cues.prison_break, True),
            ("airstrike", self.cues.airstrike, False),
            ("arrest", self.cues.arrest, True),
        )
        for event_type, pattern, needs_place in checks:
            match = pattern.search(low) if event_type in kinds else None
            if not match:
                continue
            if event_type == "officials_fled" and not self.cues.officials_nouns.search(low[: match.start()]):
                continue
            if event_type == "arrest" and re.search(r"\bwho\s+$", low[: match.start()]):
                continue
            clause = clause_of(clauses, match.start())
            reason = self._gate(scan, clause, match.start(), past_paragraph=ctx.past_paragraph)
            if reason:
                ctx.note(sentence, event_type, "dropped", reason, match.group(0))
                continue
            capital = place if (needs_place or place in {m.capital for m in mentions}) else None
            actor = self._striker(text, low, match.start(), actors) if event_type == "airstrike" else None
            day, precision = self._event_day(
                ctx, low, clause, match.start(), time_refs, asides=scan.closed_asides()
            )
            ctx.note(sentence, event_type, "event", f"capital {capital}", match.group(0))
            yield self._build(
                ctx, sentence, event_type, capital, actor, "asserted", attribution, day, precision, False
            )
        if "troop_deployment" in kinds:
            yield from self._troop_deployments(ctx, sentence, low, clauses, attribution)
        if "count_claim" in kinds:
            yield from self._count_claims(ctx, sentence, low, attribution, actors)

    def _striker(self, text: str, low: str, position: int, actors: list[Any]) -> str | None:
        """Who carried out airstrikes: a country named before the word, else the nearest actor."""
        countries = [c for c in self.gazetteer.countries_in(text) if c[1] < position]
        if countries:
            return countries[-1][0]
        before = [a for a in actors if a.end <= position]
        return str(before[-1].actor) if before else None

    def _troop_deployments(
        self,
        ctx: _Context,
        sentence: Sentence,
        low: str,
        clauses: list[Clause],
        attribution: Attribution | None,
    ) -> Iterator[_Draft]:
        text = sentence.text
        for match in self.cues.troop_deployment.finditer(low):
            clause = clause_of(clauses, match.start())
            lead = " ".join(low[clause.start : match.start()].split()[-4:])
            if self.cues.negation.search(" " + lead) or self.cues.negation_nt.search(lead):
                ctx.note(sentence, "troop_deployment", "dropped", "negated", match.group(0))
                continue
            countries = [c for c in self.gazetteer.countries_in(text) if c[1] < match.end()]
            if not countries:
                countries = self.gazetteer.countries_in(text)
            if not countries:
                ctx.note(sentence, "troop_deployment", "dropped", "no country named", match.group(0))
                continue
            country = countries[-1][0]
            number_match = self.cues.troop_number.search(low[max(0, match.start() - 40) : match.end() + 20])
            number = self.cues.number(number_match.group("n")) if number_match else None
            purpose_match = self.cues.troop_purpose.search(low, match.end())
            purpose = text[purpose_match.start() : purpose_match.end()].strip() if purpose_match else None
            ctx.note(sentence, "troop_deployment", "event", f"{country} {number}", match.group(0))
            yield self._build(
                ctx,
                sentence,
                "troop_deployment",
                None,
                None,
                "asserted",
                attribution,
                None,
                "report",
                False,
                {"country": country, "number": number, "purpose": purpose},
            )

    def _count_claims(
        self, ctx: _Context, sentence: Sentence, low: str, attribution: Attribution | None, actors: list[Any]
    ) -> Iterator[_Draft]:
        for match in self.cues.count_claim.finditer(low):
            count = self.cues.number(match.group("count"))
            total = self.cues.number(match.group("total"))
            if count is None or (total is not None and count > total):
                continue
            actor = actors[-1].actor if actors else ctx.last_actor
            ctx.note(sentence, "count_claim", "event", f"{count} of {total}", match.group(0))
            yield self._build(
                ctx,
                sentence,
                "count_claim",
                None,
                actor,
                "asserted",
                attribution,
                None,
                "report",
                False,
                {"count": count, "total": total},
            )

    # ------------------------------------------------------------------ build
    def _build(
        self,
        ctx: _Context,
        sentence: Sentence,
        event_type: str,
        capital_id: str | None,
        actor: str | None,
        modality: Modality,
        attribution: Attribution | None,
        day: date | None,
        precision: TimePrecision,
        resolved: bool,
        extra: dict[str, Any] | None = None,
    ) -> _Draft:
        """The event's fields; `extract` validates only those that survive its deduplication."""
        article = ctx.article
        capital = self.gazetteer.capitals.get(capital_id) if capital_id else None
        event_time: datetime = self.times.at_day(day) if day is not None else article.published_at
        kind = self.speaker_finder.kind(attribution, actor)
        identity = (
            article.id,
            event_type,
            capital_id,
            actor,
            modality,
            sentence.field,
            sentence.start,
            *sorted((extra or {}).items()),
        )
        digest = hashlib.blake2b(repr(identity).encode(), digest_size=16).hexdigest()
        payload: dict[str, Any] = {
            "event_id": digest,
            "article_id": article.id,
            "type": event_type,
            "capital": capital_id,
            "capital_name": capital.name if capital else None,
            "province": capital.province if capital else None,
            "actor": actor,
            "modality": modality,
            "attribution": attribution.text if attribution else None,
            "attribution_kind": kind,
            "source": article.source,
            "event_time": event_time,
            "time_precision": precision if day is not None else "report",
            "reported_at": article.published_at,
            "evidence": Evidence(
                text=sentence.text[:4000], start=sentence.start, end=sentence.end, field=sentence.field
            ),
            "confidence": _confidence(modality, kind, resolved, day is not None),
            "extractor_version": EXTRACTOR_VERSION,
            **(extra or {}),
        }
        key = (
            event_type,
            capital_id,
            actor,
            modality,
            event_time.date(),
            payload.get("country"),
            payload.get("count"),
        )
        return _Draft(event_type, capital_id, key, payload)


def _field_text(article: Article, sentence: Sentence) -> str:
    return article.body if sentence.field == "body" else (article.title or "")


def _field_lower(text: str) -> str | None:
    """`_lower` of a whole title or body, when slicing it gives each sentence's `_lower`: no
    character lengthens and none is a capital sigma (the one letter lowered by its context)."""
    low = fold_accents(text).lower()
    return low if len(low) == len(text) and "\u03a3" not in text else None


def _lower(text: str) -> str:
    """Lower case with offsets kept (a few characters lengthen when lowered; those stay)."""
    low = fold_accents(text).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in fold_accents(text))


_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}"  # the city in capitals
    r"(?:,\s*[A-Za-z][\w.]*(?: [\w.]+){0,2}){0,2}"  # ", Afghanistan", ", Aug 13" or both
    r"\s*(?:\([^()\n]{1,80}\))?\s*"  # "(Agency)"
    r"(?:—|–|--?)\s"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<!city )(?<!town )(?<!capital )(?<!centre )(?<!center )(?<!parts )(?<!much )(?<!most )(?<!rest )(?<!fall )(?<!control )\bof"
    r"|\b(?:near|from|to|toward|towards|outside|around|into|at|for|by|with|between|beyond|past|across|"
    r"including|like|than))\s+$",
    re.IGNORECASE,
)


def _named(mentions: list[Mention]) -> set[str]:
    """The capitals a sentence names as places (or as modifiers), for later coreference."""
    return {m.capital for m in mentions if m.role in ("place", "modifier")}


def _without_appositives(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Tarinkot, the capital of Uruzgan province,`: one entity, keep the name mention only."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and (mention.via != "name" or previous.via != "name")
            and previous.capital == mention.capital
            and re.fullmatch(r"\s*[,(]?\s*", text[previous.end : mention.start])
        ):
            if mention.via == "name":
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _mask(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text between two positions with other capital mentions blanked (lists bridge)."""
    chars = list(text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


_AND_PREPOSITION = re.compile(r"\band\s+(in|on|into|near|around|at|against|of)\s+(?:the\s+)?$")
_NOUN_TRIGGER = re.compile(r"\s(?:of|on|against|toward|towards|into)$|^['’]s\s")
_MODAL_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:could|would|might|may|will|is expected to|is likely to"
    r"|(?:is|would be|remains?) (?:another|a different|a separate|a distant|unlikely|not imminent|far off|a long way))\b"
)
"""What makes a nominal trigger's event unreal: "a push on X could follow", "a push on X itself
is another matter"."""
_NOMINAL_TRIGGER = re.compile(r"\sof$|^['’]s\s")
_PRESUPPOSED = re.compile(r"\b(?:since|after|before|following|until|till)\s+(?:the\s+)?$")
_FIGHTING_NOUN = re.compile(
    r"(?:street |house-to-house |heavy )?(?:fighting|clashes|battles?|gunbattles?|firefights?|combat|skirmishes|gunfire)\b"
    r"|(?:battling|struggling|scrambling) to\b"
)
_DAYS_EARLIER = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after\b(?:(?!\bafter\b)[^.;])*$"
)
_SAME_DAY = re.compile(
    r"\b(?:(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)|later\s+that\s+day)\s*(?:[,.;:]|$)"
)
"""Told against the news before it, not a clause of its own ("on the same day the Taliban seized")."""
_LIST_LEAD = re.compile(r"\s*(?:\d{1,3}[.)]\s|[-–—*•·]\s)?")
"""A list item's number or bullet, before the date that heads it."""
_ITEM_DATE = re.compile(r"\s*(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[a-z]{3,9}\.?)?\s*(?:[:—–-]\s*)?")
"""What may come between a list item's bullet and the capital it is about: its date."""
_HEADING_MARK = re.compile(r"\s*(?:[—–:]|-\s)")
_FRONTED_LOCATIVE = re.compile(r"\s*(?:in|inside)\s+")
_OWN_PLACE_AFTER = re.compile(r"[^,;.]*?\s(?:in|around|near|outside|across|at|for)\s+(?!\w+day\b)")
"""A place of its own after a fighting noun ("fighting continued on Monday around the airport")."""
_APPOSITION_GAP = re.compile(r"\s*,\s*")
_IT_OBJECT = re.compile(r"\s+(it)\b(?!['’])")
_RELATIVE_MARKS = (", which ", ", who ", ", where ", ", that ")
"""Where a relative clause starts: the last one before a trigger holds the trigger."""
_DAYPART = re.compile(
    r"\b(?:in the (?:early hours|morning|afternoon|evening|night)|at (?:dawn|dusk|night|noon))\b"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being)\s+$")
_LOSS_NOUN = re.compile(r"(?:fall|loss)\b")
_SPEECH_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|say|says|announced|announces|claimed|claims|declared|stated|tweeted|wrote)\b"
)
"""A side named as the speaker: its word about its own gains is a claim."""
_ATTRIBUTION_ASIDE = re.compile(
    r",\s*(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}(?:officials?|lawmakers?|spokesm[ae]n|residents?|"
    r"sources?|(?:council )?members?|witness(?:es)?)\s+(?:said|says|told\s+[^,;.]{1,40})\s*,"
)
"""A speaker set off in a list ("took Asadabad, a local official said, and Maymana")."""
_SEMICOLON_ITEM = re.compile(r"[^;.!?]{0,120};\s*(?:and\s+)?")
"""From one item of a list set off by semicolons to the next capital."""
_PREDICATE_WORD = re.compile(r"\b(?:also|was|were|is|are|has|have|had|fell|falls|lost|remain(?:s|ed)?)\b")
"""A listed item with a predicate of its own ("; Asadabad, Maymana also lost") is no bare item."""
_ITEM_ENDS = re.compile(r"\s*(?:[,;.(]|and\b|$)")
"""After a listed capital: the next item or its appositive, not a predicate of its own."""
_INCLUDING = re.compile(r",\s+(?:including|among them|such as)\s")
"""Where a list of the capitals a plural noun counts begins."""
_NAMED_CITY_OF = re.compile(r"\b(?:city|town|port|capital)\s+of\s+$")
_SINCE_YEAR = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-)?(\d{4})\b")
_HOLD = re.compile(r"(?:have|has|had|now|still|firmly) (?:held|hold|holds|controlled|control|controls)")
_LIST_BEFORE_ASIDE = re.compile(r"^\s*(?:and|or)\s+(?=\s*,)")
_AND_DAY = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:(?:on|late|early|by)\s+)?")
_DAY_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?:the\s+)?(?:city|town)\s+of\s+)?")
"""Between the day of a gapped item and its capital ("and on Wednesday Faizabad")."""
_MOVED_INTO = re.compile(r"(?:moved|moving|moves|move) (?:\w+ ){0,3}into")
_LOSS_VERB = re.compile(r"(?:lost|lose|loses|losing)\b")
_SIDE_PRONOUN = re.compile(r"\b(?:they|the group|the insurgent group|the militant group|the movement)\b")
_DISTRICT_IN = re.compile(r"(?<!police )\bdistricts?\s+(?:in|of)\s+(?:the\s+)?$")
_EDITORIAL_NOTE = re.compile(
    r"\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|releads|writes through|"
    r"edits|fixes|removes|inserts|restores|clarifies|amends|expands|combines|moves|tops)\b",
    re.IGNORECASE,
)
_SMALL_HOURS_END = 5
"""A story filed before this local hour may report the day before as its news day."""
_AFTER_EVENT = re.compile(
    r"(?<!hours )(?<!minutes )(?<!shortly )(?<!soon )(?<!just )\b(?:after|following)\s+(?:the\s+|their\s+|its\s+)?$"
)
"""A trigger right after "after" ("after taking Kabul", "after the fall of"): an earlier event
("hours after the fall of X" is the same day)."""
_OWN_SIDE = re.compile(r"\b(?:they|we|their fighters|their forces|our fighters|our forces)\b")
"""The speaker's side as the subject after a speech verb ("said they had taken")."""
_CLOSED_ASIDE = re.compile(r",\s*(?:which|who|where|whose)\b[^,;]*,")
_DATED_ASIDE = re.compile(r",\s*(?:(?:which|who|where|whose)\b[^,;]*|(?:the|a|an)\s[^,;]{1,120})(?:,|$)")
"""A relative clause or an appositive set off by commas ("Daraa, the cradle of the 2011 uprising,")."""
_COPULA = re.compile(r"\b(?:was|were)\b")
_FRONTED_PARTICIPLE = re.compile(r"(?:also )?(?:taken|fallen|captured|seized|lost|overrun|handed over)")
_INVERTED_LEAD = re.compile(r"(?:^|[;:—–]|,\s*and)\s*(?:also\s+)?$")
_INVERTED_GAP = re.compile(r"[^.;:!?]{0,80}?\b(?:was|were)\b[\s,]*(?:(?:and|or)\s+)?")
_APPOSITION_IN_LIST = re.compile(r",\s*(?:the|a)\s[^,;]{1,60}?(?=,|\s+and\b|\s*$)")
_LIST_SEPARATORS = re.compile(r"[\s,]*(?:(?:and|or)[\s,]+)?")
_FOLLOWED = re.compile(r"\s+(?:soon\s+|quickly\s+)?followed\b(?!\s+(?:by|the|a|an)\b)")
_WHEN_AFTER = re.compile(r",\s+when\s")
_FOLLOWED_BY = re.compile(r",\s*(?:and\s+)?(?:then\s+)?followed\s+(?:(?:a|two|three)\s+days?\s+later\s+)?by\s+(?:the\s+)?$")
_AS_DID = re.compile(r"\b(?:as|so)\s+(?:too\s+)?(?:did|do|does|had|has|have|was|were|is|are)\s+$")
_OPEN_ASIDE = re.compile(r",\s*(?:which|where|who|whose|that)\b[^,;.]*$")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_ENDS_WITH_PREPOSITION = re.compile(r"\b(?:near|around|outside|at|in|inside|into|for|on|close to)$")
_APPOSITIVE = re.compile(
    r"^\s*,[^,;]{0,120},(?:\s*(?:just\s+|about\s+|some\s+)?\d[^,;]{0,60}?\b(?:of|from)\s+[^,;]{1,40},)?"
    r"(?:\s*(?:which|who|where|that)\b[^,;]{0,120},)?"
)
_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:capital|city|town)\s+(?:which|that|taken|captured|seized|overrun)\s"
)
_OWN_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\s")
_LEADING_APPOSITIVE = re.compile(r"^\s*,\s*(?:the|a|an)\s[^,;.]{1,80}(?=,\s*(?:which|that)\s)")
"""An appositive before a relative clause: "Kunduz, the largest city in the north, which fell"."""
_RELATIVE_LEAD = re.compile(
    r"^(?:,?\s+(?:in|on|near|at|along)\s+[^,;.\"“”]{1,40}?)?(?:\s*(?:and|or)\s+)?\s*,\s*(?:which|that)\s"
)
_PARTICIPLE = re.compile(
    r"taken|captured|seized|overrun|lost|fallen|surrendered|retaken|recaptured|(?:handed|turned) over"
)
_PARTICIPLE_GAP = re.compile(
    r"^(?:\s+(?:in|on|near|at)\s+[^,;.\"“”]{1,40}?)?\s*,\s*(?:(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?(?:capital|city|town)\s+)?$"
)
"""Between a capital and a reduced participle: "X in the north, taken", "X, the Takhar capital taken"."""
_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:on|in|last|earlier|early|late|overnight|yesterday|after|without|days|hours|a day)\b|\s*[,.;]"
    r"|(?P<by>\s+by\s+(?:the\s+)?)"
)
_ITEM_LEAD = re.compile(r"\s*(?:[-–—*•·]\s*)?")
_ITEM_HEAD = re.compile(r"(?:\s*\([^()]{1,60}\)|\s*,[^,:;.()—–]{1,60})?\s*(?::|\s[—–-])\s+")
"""A list item's heading: the capital at the item's start, a bracket or an aside ("(Nimroz
province)", ", Jowzjan province"), then a colon or a dash before what is said of it."""
_QUALIFYING_CLAUSE = re.compile(
    r"[\s,]*(?:after|under|following|without|by|through|as part|as (?:a|the) result)\b"
)
_ASIDE = re.compile(
    r"\s*(?:,\s*(?:the|a|an)\s[^,;.]{1,80})?,\s*(?:where|which|who|when)\b[^,;.]{0,120},\s*(?:\w+\s+){0,2}$"
)
"""Between a capital and its predicate: a relative clause, after an appositive or not ("Lashkar
Gah, the capital of Helmand, where troops had fought for weeks, fell")."""


def _coordinated(
    low: str,
    mention: Mention,
    mentions: list[Mention],
    governed_by: dict[int, list[Trigger]],
    coordinated: set[int],
) -> list[Trigger]:
    """The readings a capital shares with an earlier one it is coordinated with across an aside:
    "attacks on X in the north, where fighting continued, and on Y, Z and W" (the same
    preposition again after "and"), then the list that follows Y."""
    earlier = [m for m in mentions if m.start < mention.start and m.role == "place"]
    if (
        _AS_DID.search(low, max(0, mention.start - 24), mention.start)
        or _FOLLOWED.match(low, mention.end)
        or _FOLLOWED_BY.search(low, max(0, mention.start - 40), mention.start)
    ):
        # "Maimana also fell, an MP said, as did Puli Alam"; "Hama fell on Thursday and Homs followed";
        # "Zaranj fell Friday, followed by Sheberghan on Saturday"
        return next((governed_by[m.start] for m in reversed(earlier) if m.start in governed_by), [])
    repeated = _AND_PREPOSITION.search(low, 0, mention.start)
    if repeated:
        preposition = repeated.group(1)
        for other in reversed(earlier):
            readings = governed_by.get(other.start, [])
            if readings and all(t.text.endswith(f" {preposition}") for t in readings):
                return readings
        return []
    if (
        earlier
        and earlier[-1].start in coordinated
        and _LIST_GAP.fullmatch(low, earlier[-1].end, mention.start)
    ):
        return governed_by[earlier[-1].start]
    if (
        earlier
        and earlier[-1].start in governed_by
        and _SEMICOLON_ITEM.fullmatch(low, earlier[-1].end, mention.start)
        and _ITEM_ENDS.match(low, mention.end)
        and not _PREDICATE_WORD.search(low, mention.end, _item_end(low, mention.end))
    ):
        # "took Khost, near the border; Maidan Shahr, the capital of Wardak; and Charikar"
        return [t for t in governed_by[earlier[-1].start] if t.spec.role == "object" and t.end <= earlier[-1].start]
    return []


def _item_end(low: str, start: int) -> int:
    """Where a semicolon list's item ends: at the next semicolon, or the sentence's end."""
    end = low.find(";", start)
    return end if end >= 0 else len(low)


def _item_head_end(text: str, mention: Mention) -> int | None:
    """Where a list item's heading ends when the capital heads it, as in fact boxes and
    question-and-answer lists ("- Zaranj (Nimroz province): fell on Friday", "Kunduz, Kunduz
    province: taken on Aug. 8"): what follows is said of the capital."""
    if mention.via != "name" or not _ITEM_LEAD.fullmatch(text, 0, mention.start):
        return None
    head = _ITEM_HEAD.match(text, mention.end)
    return head.end() if head else None


def _with_item_heads(clauses: list[Clause], text: str, mentions: list[Mention]) -> list[Clause]:
    """A heading and the predicate it heads read as one clause, for the links, gates and dates
    a clause bounds."""
    head_end = _item_head_end(text, mentions[0]) if mentions else None
    if head_end is None or len(clauses) < 2 or clauses[1].start > head_end:
        return clauses
    return [Clause(clauses[0].start, clauses[1].end), *clauses[2:]]


def _in_other_aside(asides: Sequence[tuple[int, int]], position: int, other: int) -> bool:
    """Whether a position sits in a relative aside that does not hold the other position ("The
    Taliban, who have held Kabul since Aug. 15, are expected to name a government")."""
    return any(start <= position < end and not start <= other < end for start, end in asides)


def _speaker_span(low: str, attribution: Attribution | None) -> tuple[int, int]:
    """Where the quoted speaker's words stand in the sentence ((0, 0) when not found)."""
    if attribution is None:
        return (0, 0)
    who = attribution.text.lower()
    found = low.find(who, max(0, attribution.start - len(who) - 10))
    return (found, found + len(who)) if found >= 0 else (0, 0)


def _drop_appositive(gap: str) -> str:
    """`Kunduz, the capital of the province of the same name, fell`, `Kunduz, where fighting
    raged in July, fell` and `Pul-e-Alam, the capital of Logar province, which is 70 km south of
    Kabul, was captured`: skip the aside (an appositive, and a relative clause after it)."""
    return _APPOSITIVE.sub(" ", gap)


def _confidence(modality: Modality, kind: AttributionKind, resolved: bool, dated: bool) -> float:
    base = {"asserted": 0.85, "partial": 0.7, "denied": 0.6, "claimed": 0.5}[modality]
    if kind in ("official", "witness") and modality == "asserted":
        base += 0.1
    if resolved:
        base -= 0.1
    if not dated:
        base -= 0.05
    return round(max(0.05, min(1.0, base)), 2)


_DEFAULT: dict[str, Extractor] = {}


def extractor_for(theatre: Theatre) -> Extractor:
    """One compiled extractor per theatre, reused (compiling is the expensive part)."""
    if theatre.id not in _DEFAULT:
        _DEFAULT[theatre.id] = Extractor(theatre)
    return _DEFAULT[theatre.id]


def extract(article: Article, theatre: Theatre | None = None) -> list[Event]:
    """Read the typed events of one article. Pure: same article, same events, same ids."""
    return extractor_for(theatre or load_theatre(DEFAULT_THEATRE)).extract(article)
