"""Fact boxes: a list under a heading that says what happened to each item ("CAPITALS TAKEN:"),
each item headed by a capital and often a date."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from schemas.common import Modality, TimePrecision
from schemas.events import CONTROL_EVENT_TYPES
from streams.core.extraction.base import ExtractorBase
from streams.core.extraction.context import (
    ITEM_HEAD_END,
    LIST_LEAD,
    POST_WORDS,
    Context,
    Draft,
    blank_spans,
    ends_its_line,
    field_text,
)
from streams.core.text import Sentence

_MONTH_DAY = r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[a-z]{3,9}\.?)"
"""A day and its month, either way round ("Aug. 6", "6 August", "Aug 8th")."""
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
"""A weekday written out ("Friday")."""
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center|central)(?:ern)?"
_BRACKETED = re.compile(r"\([^()]*\)")
"""An aside in brackets."""
_FIGHT_OPENING = 12
"""How far into an item's notes a fight may start and still be what the item tells."""
_REGION_LABEL = re.compile(
    rf"\s*(?:in\s+the\s+)?{_COMPASS}(?:\s+(?:and|&)\s+{_COMPASS})?(?:\s+(?:region|front))?"
    r"(?:\s*\(\s*\d{1,2}\s*\))?\s*:\s*"  # its count in brackets: "North (6): "
)
"""A tally's region label before its items ("North: Sheberghan (Aug 7); Kunduz (Aug 8).",
"West and southwest: Zaranj (Aug 6)"): a group of the list, not a place of its own."""
_ITEM_DATE = re.compile(
    # "First wave, 6 to 9 August:": a label of the item's group, with the span it covers
    r"\s*(?:(?:[a-z]+\s+){1,2}(?:wave|phase|stage|round|batch),?\s+(?:\d{1,2}\s+(?:to|-|–)\s+(?=\d))?)?"
    rf"(?:{_REGION_LABEL.pattern})?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+(?=\d)"  # "Fri 06 Aug"
    rf"|{_WEEKDAY},?\s+(?=\d|[a-z]{{3,9}}\.?\s+\d))?"  # "Friday, Aug. 6"
    rf"{_MONTH_DAY}?\s*(?:[:—–-]\s*)?"
)

_LINE_DATE = re.compile(rf"\s*(?:{_WEEKDAY},?\s+)?{_MONTH_DAY}\s*(?::|\s[—–-])")
"""A chronology's line that opens on its date and a colon or dash ("Aug 8: ...", "5 Dec - ...")."""
_HEAD_ONLY_REST = re.compile(
    r"(?:\s*,\s*(?:the\s+)?(?:provincial\s+)?capital\s+of\s+[\w'’ -]{1,30}?(?:\s+province)?(?=\s*[(.:—–-]))?"
    r"\s*(?:\([^()]{1,40}\))?\s*"
    rf"(?:[—–-]\s*(?:[a-z]+day,?\s+)?{_MONTH_DAY}(?:,?\s+\d{{4}})?\s*)?"
    r"[.:]?\s*"
)
"""What may end an item's head sentence after its last name: what it is the capital of, the
province or date in brackets, and the item's date after a dash ("Zaranj (Nimroz province) —
Friday, August 6.", "Feroz Koh, capital of Ghor (Aug 13).")."""
_SIDE_THEN_DAY = re.compile(
    r"\s*[a-z][\w'’ ()-]{0,40},\s*(?:since\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+[a-z]{3}"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)
"""A tally item's bare note: a side, then the day ("southern factions, Dec 7", "rebels, since Nov 30",
"rebels, since Thursday")."""
_SIDE_THEN_DAY_ONLY = re.compile(rf"{_SIDE_THEN_DAY.pattern}(?:,?\s+\d{{4}})?\s*(?:[.,;](?:\s|$)|$)")
"""A note that opens on a side and its day ("Taliban, 8 Aug.", "SDF, 6 Dec, after ...")."""
_HOLDER_LINE_SHAPE = re.compile(rf"[^\n]{{2,80}}?(?:\s[—–-]|:){_SIDE_THEN_DAY.pattern}")
"""The shape of a prose table's line: a head, a dash or colon, a side and a day."""
_TITLE_HEAD_DASH = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+[—–-]\s+")
"""What ends a prose table's head in title case: its note in brackets, then a dash."""
_LOST_BY = re.compile(r"(?:lost|lose|loses|losing)\b")
"""A list heading's loss ("capitals lost by the government"): the loser named, not the taker."""
_TRAILING_NOTE = re.compile(r"\s*\([^()]{1,60}\)[\s:.]*$")
_UNSETTLED_LABEL = re.compile(r"\b(?:disputed|unclear|uncertain|conflicting|contested|unresolved)\b")
"""A label over items whose fate is open ("DISPUTED / UNCLEAR"): it ends a list of takes."""
_TRAILING_SOURCE = re.compile(r"\s*,\s*according\s+to\s[^,:;.]{1,50}(?=:\s*$)")
"""A lead-in's source before its colon ("these capitals changed hands during the day, according to
local officials:"): no part of its length as a heading."""
_WHERE_FROM_BEFORE = re.compile(
    r"\b(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|near|outside|beyond|from|to|towards?)\s+$"
)
"""A place an item lies from, or one its notes send someone to, not the item: "Taloqan, east of
Kunduz", "Kandahar, taken after officials flew to Kabul"."""
_ACCORDING_TO = re.compile(
    r"\baccording to\b|\b(?:close|closer|next|near|nearer|adjacent|on the way|the road|the gateway|en route)\s+to\b"
)
"""A source ("according to officials") or a place ("close to Pakistan"): a "to" that is no infinitive."""
_NAMES_ONLY = re.compile(
    r"(?:\s+and\s+[\w'’ -]{2,30}?)?(?:\s*\([^()]{1,80}\))?(?:\s*,[^;]{1,80})?"
    r"(?:\s*;\s*[\w'’ -]{2,30}?(?:\s*\([^()]{1,80}\))?(?:\s+and\s+[\w'’ -]{2,30}?(?:\s*\([^()]{1,80}\))?)?"
    r"(?:\s*,[^;]{1,80})?)*[\s.]*"
)
"""The rest of an item that only lists more names, each with its province in brackets and a
note after a comma ("; Sharana (Paktika), handed over by agreement; Asadabad (Kunar)", "; Qalat
(Zabul) and Qala-e Naw (Badghis).")."""
_NAMED_LIST = re.compile(
    r"[^\x00]*?\x00+(?:\s*\([^()]{1,40}\))?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+and,)"
    # "Charikar and, in the evening, Kabul": a time between two items
    r"(?:\s*(?:in\s+the\s+(?:morning|afternoon|evening|night)|late\s+in\s+the\s+day|overnight|later)\s*,\s*)?"
    r"\x00+(?:\s*\([^()]{1,40}\))?)*[\s.]*"
)
"""An item's text, its capitals blanked, that lists them only: names, provinces in brackets, commas."""


def _names_blanked(low: str, names: list[tuple[str, int, int]]) -> str:
    """The text with each capital's name as NUL characters, for `_NAMED_LIST`."""
    blanked = list(low)
    for _, start, stop in names:
        blanked[start:stop] = "\x00" * (stop - start)
    return "".join(blanked)


_CLAIMS_MARKED = re.compile(
    r"\b(?:[\w-]+\s+)?claims?\s+(?:are|is|have\s+been|will\s+be)\s+(?:marked|flagged|noted|labell?ed|identified|shown)\b"
)
"""A lead-in's note that the list marks the items that are claims ("Taliban claims are marked")."""
_POST_SUBJECT = re.compile(rf"\b(?:{POST_WORDS})\b[^,;.:]*$")
"""A post named before a surrender in an item's notes: its own surrender."""
_ACRONYM_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")
_CONTROL_CHANGES = re.compile(
    r"\bcontrol\s+(?:changes?|timeline)\b|\b(?:changes?|transfers?)\s+of\s+control\b"
)
"""A list's heading that says its items changed hands, with no trigger word."""
_STATUS_HEAD = re.compile(r"(?P<label>[^\W\d][^:;()\d]{1,58}?)\s*(?:\(\s*\d+\s*\))?\s*:\s*(?=\S)")
"""A tracker's status line up to its items: "Taliban-controlled (9): ", "Contested: "."""
_STATUS_FILLER = re.compile(r"\([^()]{0,80}\)|\band\b|\b\d{1,3}\b|[,;.\s]+")
"""What may stand between a status line's names: notes in brackets, separators."""


def _in_capitals(line: str) -> bool:
    """Whether a line is set in capitals, an acronym's plural too ("PCs UNDER TB CONTROL")."""
    return _ACRONYM_PLURAL.sub(r"\1", line).isupper()


def _segments(low: str, start: int) -> list[tuple[int, int]]:
    """The groups of a status line's items, up to each semicolon: "Kunduz, Sar-e Pul and Taloqan
    (8 August); Aybak (9 August)"."""
    bounds = [start, *(i + 1 for i in range(start, len(low)) if low[i] == ";"), len(low) + 1]
    return [(a, b - 1) for a, b in pairwise(bounds)]


def _item_segments(names: list[tuple[str, int, int]], low: str) -> dict[str, tuple[int, int]]:
    """Each capital's part of an item line that lists several, up to the next semicolon:
    "Sharana (Paktika), handed over by agreement; Asadabad (Kunar)"."""
    segments: dict[str, tuple[int, int]] = {}
    for capital, start, _ in names:
        end = low.find(";", start)
        segments.setdefault(capital, (start, end if end >= 0 else len(low)))
    return segments


_STILL_HELD = re.compile(
    r"\bstill\s+(?:hold|holds|held|holding|control|controls|controlled|in\s+(?:the\s+)?hands)\b"
)
"""What a side still holds: kept, not taken."""
_KEPT = re.compile(
    r"\b(?:held|kept|controlled|ruled|under)\b[^.;:]{0,40}?\bthroughout\b"
    r"|\b(?:still|already|always)\s+(?:held|controlled|ruled|in\s+(?:the\s+)?(?:[\w'’-]+\s+)?hands)\b"
    r"|\bnever\s+(?:changed\s+hands|fell)\b"
    r"|\bremain(?:s|ed)?\s+(?:firmly\s+)?(?:under|in)\s+(?:the\s+)?(?:government|army|regime|state)(?:'s|’s)?\s+(?:control|hands)\b"
)
"""An item its holder kept: "Held by the SDF throughout", "under the Kurdish-led SDF throughout",
"still held by the army", "The capital remained under government control"."""
_LIST_QUESTION = re.compile(r"\s*(?:which|what)\s[^?]{3,60}\?\s*$", re.IGNORECASE)
"""A question that asks which places something happened to, heading its answer's list."""


_CAPITALS_TAKEN = re.compile(
    r"\s+(?:(?:[\w'’-]+\s+){0,4}?of\s+)?(?:[\w'’-]+\s+){0,3}?(?:provincial\s+)?(?:capitals|cities)\b"
)
"""Capitals as a take's object ("take 33 of Afghanistan's 34 provincial capitals")."""
_CAPITALS_FALLEN = re.compile(
    r"\b(?:capitals|cities)\s+(?:(?:have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?)?$"
)
"""Capitals as a take's subject, right before its verb ("Six provincial capitals have fallen")."""

_SERIAL_TAKE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)"
    r"|latest)\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?(?:[\w'’-]+\s+){0,2}?(?:capital|city|capitals|cities)\b"
)
"""A take counted in a series ("ninth provincial capital to fall", "the tenth of the country's 34
provincial capitals taken")."""

_OWN_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")
"""A bracket right after a capital's name: its province or its day."""

_LABEL_WORDS = 3
"""The most words a line that only labels a list may have."""
_ITEM_LENGTH = 240
"""The longest line an item with no bullet may be: longer, it is a sentence of prose."""
_REGION_LINE_LENGTH = 480
"""The longest line a tally's region may be, its capitals and their days one after another."""


_GAVE_UP = re.compile(
    r"\b(?:surrender(?:ed|ing|s)?|gave up|giving up|capitulat(?:ed|ing)|laid down|handed over (?:their|its) (?:weapons|arms))\b"
)
"""Troops who gave up: in a dated item's notes, maybe a post's, not the city's handover."""
_FALLEN_LABEL = re.compile(
    r"(?:(?:confirmed|reported)\s+)?(?:fallen|taken|captured|seized|lost|overrun|losses|falls)\s*:?"
)
"""A heading of a word or two that says what happened to the items under it ("FALLEN",
"CONFIRMED LOSSES")."""


def _under_heading(ctx: Context, day: date | None) -> date | None:
    """An item's own day under a dated heading: a relative one ("FRIDAY, AUG 13 / - Kandahar,
    overnight; Lashkar Gah"), which comes out as the filing's day, is told against the heading's."""
    return ctx.list_day if ctx.list_day is not None and day == ctx.published_day else day


_RUNNING_TALLY = re.compile(r"\brunning\s+(?:tally|count)\b")
"""A running tally, the count of a side's takes so far."""


class FactBoxes(ExtractorBase):
    """Events read from the items of a list under a trigger heading."""

    def _listed(self, ctx: Context, sentence: Sentence, low: str, found: list[Draft]) -> list[Draft]:
        """A fact box's list under a heading that says what happened to each item ("CAPITALS
        TAKEN", "Cities seized by the Taliban:", "Below is a list of the capitals and the dates
        they fell."): an item headed by capitals ("- Aug. 8: Sar-e-Pul, Sar-e-Pul province.",
        "AUG 8 - KUNDUZ, SAR-E PUL, TALOQAN (Takhar): ...") reports that event for each of them,
        on the item's date."""
        text = field_text(ctx.article, sentence)
        if (
            sentence.start > 0
            and text[sentence.start - 1] != "\n"
            # (but a tally's next region on the line is its next item: "North: Sheberghan (Aug 7).
            # Northeast: Faizabad (Aug 11).")
            and not (ctx.list_heading is not None and _REGION_LABEL.match(low))
        ):
            # not the first sentence of its line: only a lead-in that ends it can head a list
            # ("... Here is a list, in the order they fell:")
            if sentence.text.rstrip().endswith(":") or self.cues.list_intro.search(low):
                # ("The insurgents announced the capture of a ring of capitals. None of the claims
                # could be verified:": items that are the lead-in's claims)
                ctx.head_list(
                    self._list_heading(low, sentence, text, title=ctx.article.title or ""),
                    # (not "Taliban claims are marked": some items are claims, each said so)
                    claimed=self._told_claimed(_CLAIMS_MARKED.sub(" ", low)),
                )
            return []
        chronology = (
            self._chronology_item(ctx, sentence, low, text, found) if ctx.list_heading is None else []
        )
        if chronology:
            return chronology
        status = self._status_line(ctx, sentence, low, text, found)
        if status is not None:
            ctx.head_list(None)
            return status
        lead = LIST_LEAD.match(low)
        if lead is not None and lead.group(0).strip() and self._section_line(sentence, text, lead.end()):
            # "2. REVISIONS TO EARLIER WEEKS": a numbered section's heading ends the list before it
            ctx.head_list(self._list_heading(low, sentence, text))
            ctx.list_day = self._heading_day(ctx, low) if ctx.list_heading is not None else None
            return []
        if ctx.list_heading is None and (held := self._holder_line(ctx, sentence, low, found)) is not None:
            return held
        listed = self._fact_box_head(ctx, sentence) if ctx.list_heading else None
        bare = ctx.list_heading is not None and listed is None and self._bare_item(sentence, low, text)
        if (lead is None or not lead.group(0).strip()) and listed is None and not bare:
            heading = self._list_heading(
                low, sentence, text, title=ctx.article.title or ""
            ) or self._titled_heading(ctx, sentence, low, text)
            if heading is None and ctx.list_heading is not None and self._sub_intro(low, sentence, text):
                return []  # "WHICH CITIES HAVE FALLEN?" then "Nine of the 34 capitals, all since Friday:"
            if heading is None and ctx.list_heading is not None and self._label_line(sentence, low, text):
                if _UNSETTLED_LABEL.search(low):
                    ctx.head_list(None)  # "DISPUTED / UNCLEAR" after the confirmed falls: no takes below
                return []  # "Below are the cities that have fallen ... / The list / 1. Zaranj ..."
            if heading is None and ctx.list_heading is not None and ends_its_line(sentence, text):
                dated = self._heading_date(low, ctx.published_day)
                if dated is not None and dated[1] is None and dated[0].precision == "day":
                    # "Friday, Aug. 6" above the items of that day: the list goes on, dated by it
                    ctx.list_day = dated[0].day
                    return []
            ctx.head_list(heading)
            ctx.list_day = self._heading_day(ctx, low) if heading is not None else None
            return []
        heading = ctx.list_heading
        if heading is None or lead is None:
            return []
        told_here = {d.capital for d in found if d.type in CONTROL_EVENT_TYPES}
        if (
            listed is not None
            and listed[1] is None
            and (
                told_here
                or not self._note_day(ctx, low, listed[2])
                or not (self._notes_tell_a_take(low[listed[2] :]) or self._note_side(low[listed[2] :]))
            )
        ):
            return []  # "FEROZ KOH (Ghor) - The Taliban said ...": an item its own sentence tells
        event_type, actor = heading
        if listed is None and event_type == "captured" and self._notes_tell_only_a_fight(low[lead.end() :]):
            return []  # "Homs - fighting on the outskirts: rebel claim.": a fight, not the list's take
        if (
            listed is not None
            and not self._notes_tell_a_take(low[listed[2] :])
            and (side := self._note_side(low[listed[2] :])) is not None
        ):
            actor = side  # "QUNEITRA - southern factions, Dec 7": the side the bare note opens on
        if listed is not None:
            # (or, its notes telling no event of their own, on the day they give: "ZARANJ (Nimroz
            # province) - The first provincial capital to fall, on Aug. 6.")
            heads = tuple(capital for capital, _, _ in listed[0])
            day = listed[1] or self._note_day(ctx, low, listed[2])
            # what "the city" in the item's next sentences stands for
            ctx.mentions_by_sentence.setdefault(sentence.index, set()).update(heads)
        else:
            heads = self._item_heads(sentence.text, low, lead.end())
            day = (
                _under_heading(ctx, self._item_day(ctx, low, lead.end())) or ctx.list_day or ctx.paragraph_day
            )
        drafts: list[Draft] = []
        notes = ""
        if len(heads) == 1:
            # an item's notes, the sentences after it on its line ("• Ghazni (Ghazni). The governor
            # left under a deal."; "NILI (Daykundi) - Aug 15. Taliban claim only."): a handover or a
            # claim they tell is its own (not when they name a capital: "In Tirin Kot, the governor
            # handed the city over"),
            line_end = text.find("\n", sentence.end)
            rest = text[sentence.end : line_end if line_end >= 0 else len(text)]
            notes = f" {rest.lower()}"
            if self.gazetteer.capital_mentions(rest) or self.cues.negation.search(
                self.cues.unverified.sub(" ", notes)
            ):  # (nor what they deny: "a battalion on the outskirts had not surrendered")
                notes = ""
        segments = _item_segments(self.gazetteer.capital_mentions(sentence.text), low + notes)
        for head in heads:
            if any(d.capital == head and d.type in CONTROL_EVENT_TYPES for d in found):
                continue  # its own words in the item tell it
            rule = f"{event_type}:list heading"
            capital = self.gazetteer.capitals[head]
            # a fact box's head, not its notes (but the notes too where they give its day)
            said = low[: listed[2]] if listed is not None and listed[1] is not None else low
            said = _ACCORDING_TO.sub(" ", said)  # "Aug. 9, according to officials", "close to Pakistan"
            said = self.cues.surrender.sub(" ", said)  # "taken without a fight": a handover, no negation
            # "Firozkoh (Ghor): Taliban claim only; no official confirmation": a claim, no negation
            # (not "TB claim on 13 Aug, confirmed by a provincial council member on 14 Aug")
            told = said + notes
            claimed = ctx.list_claimed or self._told_claimed(told)
            said = self.cues.unverified.sub(" ", said)
            # (not a bare "to": "ANDSF withdrew to the airport" is no infinitive of a plan)
            if self.cues.negation.search(said) or any(
                m.group(0) != "to" for m in self.cues.hypothetical.finditer(said)
            ):
                ctx.note(sentence, rule, "dropped", "negated or hypothetical item", capital.name)
                continue
            if event_type in ("captured", "surrendered") and any(
                self.cues.trigger_specs[number].type == "retaken"
                for number, _, _ in self.cues.triggers_in(said)
            ):
                # "CLAIMED / DISPUTED / - Herat: residents say several districts recaptured by
                # government forces": the item's own words tell the other way, not the heading's take
                ctx.note(sentence, rule, "dropped", "an item that tells a retake", capital.name)
                continue
            kept_after = _KEPT.search(notes)
            if _KEPT.search(said) or (
                # (not a post's: "The airport and the army corps base were still held by government forces")
                kept_after is not None and not _POST_SUBJECT.search(notes, 0, kept_after.start())
            ):
                # "- Raqqa and Hasakah: Held by the SDF throughout.", "• Damascus: Factions from the
                # south said they were moving north. The capital remained under government control.":
                # no hands changed
                ctx.note(sentence, rule, "dropped", "an item its holder kept", capital.name)
                continue
            if any(int(m.group(1)) < self.theatre.start_date.year for m in self.cues.year.finditer(said)):
                # "* Idlib city ... fell to an Islamist alliance in March 2015": an item of history
                ctx.note(sentence, rule, "dropped", "an item of an earlier year", capital.name)
                continue
            modality: Modality = "claimed" if claimed else "asserted"
            ctx.note(sentence, rule, "event", f"{modality}, actor {actor}, list item", capital.name)
            precision: TimePrecision = "day"
            segment = segments.get(head)
            # "Zaranj (6 August); Sheberghan (7 August)": a capital's own bracketed day in its part
            own = [
                r.day
                for r in (self.times.find(low[segment[0] : segment[1]], ctx.published_day) if segment else ())
                if r.precision == "day" and not r.is_report_time
            ]
            head_day = _under_heading(ctx, own[0]) if own and listed is None else day
            drafts += [
                self._build(ctx, sentence, kind, head, actor, modality, None, head_day, precision, False)
                # (a dated item's notes tell its claim, not a handover: "KUNDUZ - Aug. 8. The army
                # base held out until Wednesday, when the troops there surrendered.")
                for kind in self._item_kinds(
                    event_type, low + (notes if listed is None else ""), segment, notes if listed else ""
                )
            ]
        return drafts

    def _chronology_item(
        self, ctx: Context, sentence: Sentence, low: str, text: str, found: list[Draft]
    ) -> list[Draft]:
        """A dated item with no verb under no heading ("- Aug 12: Ghazni and Herat."), after an
        item that told one event for all its capitals ("- Aug 8: Kunduz, Sar-e Pul and Taloqan
        fall on the same day."): that event, on its own day; a chronology says it once."""
        take, ctx.item_take = ctx.item_take, None
        lead = LIST_LEAD.match(low)
        start = lead.end() if lead is not None else 0
        if not _LINE_DATE.match(low, start):
            return []  # (an item opens on its date, past its bullet: "- Aug 8: ...", "Dec 5 - ...")
        if found or self.cues.triggers_in(low):
            told: set[tuple[str, str, Modality]] = {
                (d.type, d.payload["actor"], d.payload["modality"])
                for d in found
                if d.type in CONTROL_EVENT_TYPES and d.type != "surrendered"
            }
            if len(told) == 1:
                ctx.item_take = next(iter(told))
            return []
        heads = self._item_heads(sentence.text, low, start)
        day = self._item_day(ctx, low, start) if heads else None
        names = self.gazetteer.capital_mentions(sentence.text)
        if take is None or day is None or not _NAMED_LIST.fullmatch(_names_blanked(low, names), names[0][1]):
            return []  # (not "- Aug 12: Ghazni, where the governor fled.")
        event_type, actor, modality = take
        ctx.item_take = take
        drafts = []
        for head in heads:
            ctx.note(
                sentence, f"{event_type}:chronology item", "event", f"{modality}, as the item before", head
            )
            drafts.append(
                self._build(ctx, sentence, event_type, head, actor, modality, None, day, "day", False)
            )
        return drafts

    def _told_claimed(self, told: str) -> bool:
        """Whether a text tells a claim, unverified or not confirmed."""
        return self.cues.unverified.search(told) is not None or (
            self.cues.claim.search(told) is not None and self.cues.confirm.search(told) is None
        )

    def _note_side(self, notes: str) -> str | None:
        """The side a tally's item note opens on ("southern factions, Dec 7", "SDF, Dec 6"), if any."""
        if not _SIDE_THEN_DAY.match(notes):
            return None  # (not "Fighters from the south reached the outskirts late on Dec. 7")
        actors = self.gazetteer.actor_mentions(notes[:40])
        if not actors or actors[0].start > 2 or actors[0].actor == self.gazetteer.incumbent:
            return None  # (not "government forces hold the airport": the holder, no taker)
        return str(actors[0].actor)

    def _holder_line(
        self, ctx: Context, sentence: Sentence, low: str, found: list[Draft]
    ) -> list[Draft] | None:
        """A table's line in prose with no list heading above it: a capital in capitals, then
        only the side that holds it and the day it took it ("SAR-E PUL (Sar-e Pul) - Taliban, 8
        Aug."), a take by that side on that day; not the side that held it at the start, whose
        line tells no change."""
        if not _HOLDER_LINE_SHAPE.match(low):
            return None  # (most lines: no dash or colon, then a side and a day)
        head = self._fact_box_head(ctx, sentence)
        if head is not None and (head[1] is not None or len(head[0]) != 1):
            return None
        if head is not None:
            capital, notes_start = head[0][0][0], head[2]
        else:  # the head in title case: "Homs - rebels, 7 Dec."
            lead = LIST_LEAD.match(sentence.text).end()  # type: ignore[union-attr]  # matches ""
            named = self.gazetteer.capital_mentions(sentence.text)
            dash = (
                _TITLE_HEAD_DASH.match(sentence.text, named[0][2]) if named and named[0][1] == lead else None
            )
            if dash is None:
                return None
            capital, notes_start = named[0][0], dash.end()
        notes = low[notes_start:]
        side = self._note_side(notes)
        note = _SIDE_THEN_DAY_ONLY.match(notes)  # (a sentence of its own may follow on the line)
        if (
            side is None
            or note is None
            or side in self.theatre.heirs(self.theatre.initial_controller(capital))
            or any(d.capital == capital and d.type in CONTROL_EVENT_TYPES for d in found)
            or (day := self._note_day(ctx, low[: notes_start + note.end()], notes_start)) is None
        ):
            return None
        ctx.note(sentence, "captured:holder line", "event", f"asserted, actor {side}", capital)
        return [self._build(ctx, sentence, "captured", capital, side, "asserted", None, day, "day", False)]

    def _notes_tell_only_a_fight(self, notes: str) -> bool:
        """Whether an item's notes open on a fight for the city and tell no take of it (not a later
        note of their own: "8 Aug. The corps at the airport held out until 11 Aug", nor an aside in
        brackets: "Aug. 8 (troops at the airport held out until Aug. 11)")."""
        found = sorted(self.cues.triggers_in(_BRACKETED.sub(" ", notes)), key=lambda hit: hit[1])
        types = {self.cues.trigger_specs[number].type for number, _, _ in found}
        return (
            bool(found)
            and self.cues.trigger_specs[found[0][0]].type == "contested"
            and found[0][1] <= _FIGHT_OPENING
            and not types & {"captured", "surrendered"}
        )

    def _notes_tell_a_take(self, notes: str) -> bool:
        """Whether an item's notes speak of a take ("The first provincial capital to fall", "Local
        fighters took over the main town"), not of something else ("Fighters reached the outskirts")."""
        return any(
            self.cues.trigger_specs[number].type in ("captured", "surrendered")
            for number, _, _ in self.cues.triggers_in(notes)
        )

    def _note_day(self, ctx: Context, low: str, start: int) -> date | None:
        """The one day an item's notes give, past its head (a holder's "since Nov 30" too: the day
        it took the place)."""
        notes = low[start:]
        days = {
            r.day
            for r in self.times.find(notes, ctx.published_day, ctx.anchor_day)
            if r.precision == "day" and (not r.is_report_time or notes[: r.start].rstrip().endswith("since"))
        }
        return days.pop() if len(days) == 1 else None

    def _status_line(
        self, ctx: Context, sentence: Sentence, low: str, text: str, found: list[Draft]
    ) -> list[Draft] | None:
        """A tracker's line of capitals by status ("Taliban-controlled (9): Zaranj, Nimroz (6
        August); Kunduz, Sar-e Pul and Taloqan (8 August); ...", "Contested: Mazar-i-Sharif,
        Maidan Shahr", "Claimed by the Taliban, not confirmed (1): Feroz Koh"): each capital has the
        label's status, on the date its group gives (up to a semicolon), else the report's day. A
        holder's own ("Government-controlled (20): ...") changes no hands. None: no such line."""
        lead = LIST_LEAD.match(low)
        start = lead.end() if lead else 0
        head = _STATUS_HEAD.match(low, start)
        if head is None or not ends_its_line(sentence, text):
            return None
        label = head.group("label").strip()
        named = self.gazetteer.capital_mentions(sentence.text)
        names = [n for n in named if n[1] >= head.end()]
        if not names or len(names) < len(named):  # no capital in the label
            return None
        rest = blank_spans(low, head.end(), len(low), [(begin, end) for _, begin, end in names])
        # what is left past the names and their provinces ("Zaranj, Nimroz (6 August)")
        if _STATUS_FILLER.sub("", self.gazetteer.province_re.sub(" ", rest)):
            return None  # prose after the colon, not a list of names
        reading = self._status_reading(label)
        if reading is None:
            return None
        event_type, side, modality = reading
        drafts: list[Draft] = []
        for segment_start, segment_end in _segments(low, head.end()):
            segment = low[segment_start:segment_end]
            days = [
                r.day
                for r in self.times.find(segment, ctx.published_day, ctx.anchor_day)
                if r.precision == "day" and not r.is_report_time
            ]
            heads = {c: e for c, b, e in reversed(names) if segment_start <= b < segment_end}
            heads = dict(reversed(heads.items()))  # (each capital's first naming, in order)
            for capital, name_end in heads.items():
                actor = side or self.gazetteer.attacker_of(capital)
                if event_type != "contested" and actor == self.theatre.initial_controller(capital):
                    continue  # "Government-controlled": its holder still holds it
                if any(d.capital == capital and d.type in CONTROL_EVENT_TYPES for d in found):
                    continue
                rule = f"{event_type}:status line"
                ctx.note(sentence, rule, "event", f"{modality}, actor {actor}, list item", capital)
                # "Zaranj (6 August), Sheberghan (7 August) and Kunduz (8 August)": its own day
                bracket = _OWN_BRACKET.match(low, name_end)
                own = (
                    [
                        r.day
                        for r in self.times.find(bracket.group(0), ctx.published_day, ctx.anchor_day)
                        if r.precision == "day" and not r.is_report_time
                    ]
                    if bracket
                    else []
                )
                day = own[0] if own else days[0] if days else None
                drafts += [
                    self._build(ctx, sentence, kind, capital, actor, modality, None, day, "day", False)
                    for kind in self._item_kinds(event_type, low, (segment_start, segment_end))
                ]
        return drafts

    def _status_reading(self, label: str) -> tuple[str, str | None, Modality] | None:
        """(event type, actor or None for each capital's attacker, modality) a status label reports."""
        status = self.cues.status_label.match(label)
        if status is not None and status.group("contested"):
            return "contested", None, "asserted"
        if status is not None:
            named = status.group("side") or status.group("under")
            # ("Rebel-held": the side in the singular)
            side = self.gazetteer.actor_of(named) or self.gazetteer.actor_of(f"{named}s")
            return ("captured", side, "asserted") if side else None
        if self.gazetteer.actor_re.fullmatch(label) is not None:
            # a tally's line under a side's name alone ("Local factions: Daraa (Dec 6), Quneitra
            # (Dec 7)", "SDF: Deir ez-Zor (Dec 6)"): the places it holds
            return "captured", self.gazetteer.actor_of(label), "asserted"
        triggers = self.cues.triggers_in(label)
        unverified = self.cues.unverified.search(label) is not None  # "Claimed, not confirmed (1):"
        said = self.cues.unverified.sub(" ", label)
        if not triggers or self.cues.negation.search(said) or self.cues.hypothetical.search(said):
            return None
        actors = self.gazetteer.actor_mentions(label)
        modality: Modality = "claimed" if unverified or self.cues.claim.search(label) else "asserted"
        return self.cues.trigger_specs[triggers[0][0]].type, actors[0].actor if actors else None, modality

    def _section_line(self, sentence: Sentence, text: str, lead: int) -> bool:
        """Whether a numbered line is a section's heading in capitals that names no capital."""
        rest = _TRAILING_NOTE.sub("", sentence.text[lead:])
        return (
            ends_its_line(sentence, text)
            and _in_capitals(rest)
            and len(rest) <= 70
            and not self.gazetteer.capital_mentions(rest)
        )

    def _label_line(self, sentence: Sentence, low: str, text: str) -> bool:
        """A line of a few words that only labels what follows ("The list", "Timeline:"): no
        capital, no event, no number."""
        whole = ends_its_line(sentence, text)
        words = low.strip(" .:").split()
        return (
            whole
            and 0 < len(words) <= _LABEL_WORDS
            and not any(ch.isdigit() for ch in low)
            and not self.gazetteer.capital_mentions(sentence.text)
            and not self.cues.triggers_in(low)
        )

    def _list_heading(
        self, low: str, sentence: Sentence, text: str, whole: bool = False, title: str = ""
    ) -> tuple[str, str] | None:
        """(event type, actor) of a line that heads a list by what happened to its items: short,
        in capitals or ending with a colon, naming no capital, with a control trigger. `whole`:
        the text is the title, a heading of itself."""
        whole_line = whole or ends_its_line(sentence, text)
        introduces = self.cues.list_intro.search(low) is not None  # "Below is a list of ..."
        # "PROVINCIAL CENTRES UNDER AOG CONTROL (as of 1800 hrs, 9 August)": the heading, past its note
        heading = _TRAILING_SOURCE.sub("", _TRAILING_NOTE.sub("", text if whole else sentence.text))
        if (
            # (a lead-in may share its line with a note after it: "Below is every capital reported
            # taken, with the day it fell. Where the only source is the Taliban, we say so.")
            not (whole_line or introduces)
            or len(heading) > (200 if introduces else 120 if whole else 70)
            # (not a note's time zone: "... since Nov 27 (updated 0200 Damascus time, Dec 8)")
            or self.gazetteer.capital_mentions(heading)
        ):
            return None
        if not (
            whole
            or _in_capitals(heading)
            or sentence.text.rstrip().endswith(":")
            or introduces
            # an explainer's question heading the answer's list ("Which cities have fallen, and when?")
            or _LIST_QUESTION.match(heading) is not None
        ):
            return None
        triggers = self.cues.triggers_in(low)
        if not triggers:
            # (or a line's last sentence that ends on a colon: "... announced the capture of a ring
            # of provincial capitals around Kabul. None of the claims could be verified:")
            lead = (
                self._lead_in_take(sentence, text)
                if (introduces or sentence.text.rstrip().endswith(":")) and not whole
                else None
            )
            if lead is not None:
                return lead
            if introduces and not whole and title and not self.gazetteer.capital_mentions(title):
                # "This is the list as it stands on Friday morning." under "Which cities have
                # fallen? The Taliban's week, day by day": the title's take heads the list
                titled = self._list_heading(title.lower(), sentence, title, whole=True)
                if titled is not None:
                    return titled
            # "PC CONTROL TIMELINE AS CODED": the days each capital changed hands; "The running tally,
            # with dates:" under a story of a fall, the capitals fallen so far
            changes = _CONTROL_CHANGES.search(low) or (introduces and _RUNNING_TALLY.search(low))
            # "FALLEN" over an explainer's list, before "DISPUTED" and "UNDER ATTACK"
            fallen = whole_line and _FALLEN_LABEL.fullmatch(low.strip()) is not None
            return ("captured", self.gazetteer.default_attacker) if changes or fallen else None
        spec = self.cues.trigger_specs[triggers[0][0]]
        actors = self.gazetteer.actor_mentions(low)
        if spec.type == "captured" and _LOST_BY.match(low, triggers[0][1]):
            # "provincial capitals lost by the Syrian government since Nov 27": its enemies' takes
            return spec.type, self.gazetteer.default_attacker
        if spec.type == "captured" and (
            (actors and actors[0].actor == self.gazetteer.incumbent) or _STILL_HELD.search(low)
        ):
            return None  # "What does the government still hold?": what it kept, no take
        if actors:
            return spec.type, actors[0].actor
        return spec.type, (
            self.gazetteer.incumbent if spec.type == "retaken" else self.gazetteer.default_attacker
        )

    def _lead_in_take(self, sentence: Sentence, text: str) -> tuple[str, str] | None:
        """The take a lead-in with no trigger of its own ("Below is a day-by-day list, based on
        statements by officials") lists, told before it on its line: "It took the Taliban ten
        days to take 33 of the 34 provincial capitals."."""
        before = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].lower()
        for number, start, end in self.cues.triggers_in(before):
            if self.cues.trigger_specs[number].type == "captured" and (
                _CAPITALS_TAKEN.match(before, end)
                # "Six provincial capitals have fallen to the Taliban in four days."
                or _CAPITALS_FALLEN.search(before, max(0, start - 60), start)
            ):
                return "captured", self._named_taker(before)
        return None

    def _titled_heading(
        self, ctx: Context, sentence: Sentence, low: str, text: str
    ) -> tuple[str, str] | None:
        """A list's heading that says only what the list is ("TIMELINE (capital, province):")
        under a title that says what happened to the capitals ("How Afghanistan's provincial
        capitals fell, Aug. 6-15"), or under a story that counts its capital in a series: the
        title's event, or the series', heads the list."""
        whole_line = ends_its_line(sentence, text)
        title = ctx.article.title or ""
        # "TIMELINE:", or a line of its own in capitals ("TIMELINE")
        if not (whole_line and (low.rstrip().endswith(":") or sentence.text.isupper()) and len(low) <= 70):
            return None
        if self.gazetteer.capital_mentions(sentence.text) or not self.cues.list_kind.search(low):
            return None
        if not title or self.gazetteer.capital_mentions(title):
            # (or the story above it: "Ghazni is the tenth of the country's 34 provincial capitals
            # taken by the insurgents in a week. / Key dates:")
            # (or a title that tells its capital's take: "Damascus falls to rebels as Assad flees /
            # ... / Key dates:", whose chronology lists the takes that led to it)
            above = ctx.article.body[: sentence.start].lower() if sentence.field == "body" else ""
            return (
                self._serial_take(title.lower())
                or self._serial_take(above)
                or self._counted_take(above)
                or self._title_take(title)
            )
        return self._list_heading(title.lower(), sentence, title, whole=True)

    def _serial_take(self, title: str) -> tuple[str, str] | None:
        """The take of a title that counts its capital among a series ("Faizabad becomes ninth
        capital to fall"): a chronology under it lists the series' takes."""
        for number, start, end in self.cues.triggers_in(title):
            if self.cues.trigger_specs[number].type == "captured" and _SERIAL_TAKE.search(title, start, end):
                return "captured", self._named_taker(title)
        return None

    def _title_take(self, title: str) -> tuple[str, str] | None:
        """A title's take of a capital it names, told as done ("Damascus falls to rebels")."""
        low = title.lower()
        if self.cues.negation.search(low) or not self.gazetteer.capital_mentions(title):
            return None
        for number, start, _ in self.cues.triggers_in(low):
            # (not a take to come: "Could Damascus fall next?")
            if self.cues.trigger_specs[number].type == "captured" and not self.cues.hypothetical.search(
                low, 0, start
            ):
                return "captured", self._named_taker(low)
        return None

    def _counted_take(self, above: str) -> tuple[str, str] | None:
        """The takes a story above a chronology counts ("an offensive that now holds nine of
        Afghanistan's 34 provincial capitals. / Key dates:"): the chronology lists them."""
        count = self.cues.count_claim.search(above)
        if count is None:
            return None
        return "captured", self._named_taker(above[above.rfind("\n", 0, count.start()) + 1 : count.end()])

    def _named_taker(self, text: str) -> str:
        """The first side a heading names, else the theatre's default attacker."""
        actors = self.gazetteer.actor_mentions(text)
        return actors[0].actor if actors else self.gazetteer.default_attacker

    def _item_kinds(
        self, event_type: str, low: str, segment: tuple[int, int] | None, dated_notes: str = ""
    ) -> list[str]:
        """The events a list item reports for one capital: a handover is a capture too, and a
        capture whose notes tell a handover is one ("Aybak (Samangan), handed over after elders'
        request", "Zaranj (Nimroz), taken without a fight"; in a line of several, the notes up to
        the next semicolon). A dated item's notes tell one by a deal or a handover ("GHAZNI - Aug.
        12. The governor fled after what a councillor called a deal"), not by troops who gave up,
        who may be a post's ("The army base held out until Wednesday, when the troops there
        surrendered")."""
        if event_type == "surrendered":
            return ["surrendered", "captured"]
        if event_type != "captured":
            return [event_type]
        notes = low[segment[0] : segment[1]] if segment else low
        handed_over = (
            any(
                not _POST_SUBJECT.search(notes, max(0, hit.start() - 50), hit.end())
                for hit in self.cues.surrender.finditer(notes)
            )
            or self._handover_verb(notes)
            or any(not _GAVE_UP.search(hit.group(0)) for hit in self.cues.surrender.finditer(dated_notes))
            or self._handover_verb(dated_notes, troops=False)  # "the governor handed over the rest"
        )
        return ["surrendered", "captured"] if handed_over else ["captured"]

    def _handover_verb(self, notes: str, *, troops: bool = True) -> bool:
        """Notes that tell a handover by its verb: not a post's ("the army corps at the airport
        surrendered"), nor, unless `troops`, troops who gave up."""
        return any(
            self.cues.trigger_specs[number].type == "surrendered"
            and (troops or not _GAVE_UP.match(notes, start))
            and not _POST_SUBJECT.search(notes, max(0, start - 50), start)
            for number, start, _ in self.cues.triggers_in(notes)
        )

    def _heading_day(self, ctx: Context, low: str) -> date | None:
        """The day a list's heading gives its items ("UNDER ATTACK, AUG. 12:")."""
        days = [
            r.day
            for r in self.times.find(low, ctx.published_day, ctx.anchor_day)
            if r.precision == "day" and not r.is_report_time
        ]
        return days[0] if len(days) == 1 else None

    def _bare_item(self, sentence: Sentence, low: str, text: str) -> bool:
        """A list's item with no bullet, on a line of its own that opens (past its date) on
        capitals' names: "Zaranj (Nimroz) - Aug. 6", "Aug. 8 - Kunduz (Kunduz); Sar-e Pul"."""
        # (a region's line of a tally may run longer: "North: Sheberghan (Jowzjan), Aug. 7; Kunduz,
        # Aug. 8; ... Maymana (Faryab), Aug. 14")
        limit = _REGION_LINE_LENGTH if _REGION_LABEL.match(low) else _ITEM_LENGTH
        heads = self._item_heads(sentence.text, low, 0) if len(low) <= limit else ()
        if not heads:
            return False
        # on a line of its own, or a head sentence of names only with its notes after it on the line
        # ("Fri 06 Aug - Zaranj (Nimroz). Fell without resistance.")
        # (not a province of the capital's name in brackets: "Sar-e Pul (Sar-e Pul) — Sunday")
        last_end = max(
            end
            for capital, start, end in self.gazetteer.capital_mentions(sentence.text)
            if capital in heads and not low[:start].endswith("(")
        )
        return (
            ends_its_line(sentence, text)
            or _HEAD_ONLY_REST.fullmatch(low, last_end) is not None
            # a chronology's dated line, its notes after the names ("Aug. 8 - Kunduz, Sar-e Pul and
            # Taloqan, all in the north, in a single day.")
            or _LINE_DATE.match(low) is not None
        )

    def _sub_intro(self, low: str, sentence: Sentence, text: str) -> bool:
        """A line under a list's heading that introduces its items without a verb of its own
        ("Nine of Afghanistan's 34 provincial capitals, all since Friday:"): the heading holds."""
        whole_line = ends_its_line(sentence, text)
        return (
            whole_line
            and low.rstrip().endswith(":")
            and not self.cues.triggers_in(low)
            and not self.gazetteer.capital_mentions(sentence.text)
        )

    def _item_heads(self, text: str, low: str, lead: int) -> tuple[str, ...]:
        """The capitals a list item starts with, after its bullet and date ("Aug. 8: Kunduz",
        "- Kunduz, Sar-e Pul and Taloqan (Takhar): Sunday"), up to the colon or dash that ends
        its head; as places, not as their provinces ("Kunduz province")."""
        names = self.gazetteer.capital_mentions(text)
        if not names or _ITEM_DATE.fullmatch(low, lead, names[0][1]) is None:
            return ()
        head_end = ITEM_HEAD_END.search(low, names[0][2])
        end = head_end.start() if head_end else names[0][2]
        if head_end is None and (
            _NAMES_ONLY.fullmatch(low, names[0][2]) or _NAMED_LIST.fullmatch(_names_blanked(low, names))
        ):
            # "Aug. 8 - Kunduz (Kunduz); Sar-e Pul (Sar-e Pul); Taloqan (Takhar)", "Friday, Aug. 13:
            # Kandahar, Lashkar Gah (Helmand), Qala-e Naw (Badghis) and Qalat (Zabul)."
            end = len(low)
        return tuple(
            dict.fromkeys(
                capital
                for capital, start, stop in names
                if start < end
                and not self._region_after.match(low[stop : stop + 40])
                and not _WHERE_FROM_BEFORE.search(low, max(0, start - 24), start)  # "Taloqan, east of Kunduz"
            )
        )
