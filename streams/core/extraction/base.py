"""What every part of the extractor shares: the theatre's compiled readers and the making of an
event's fields (`_build`), so each part can be a mixin over the same state."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import Any

from schemas.common import AttributionKind, Evidence, Modality, TimePrecision
from schemas.theatre import Theatre
from streams.core.cues import Cues
from streams.core.extraction.context import (
    BEARING,
    EXTRACTOR_VERSION,
    FINAL_DATED_RELATIVE,
    ITEM_HEAD_END,
    LIST_LEAD,
    Context,
    Draft,
    lower_text,
)
from streams.core.gazetteer import Gazetteer, alternation, fold_accents
from streams.core.resources import load_lexicon_data
from streams.core.speakers import Attribution, SpeakerFinder
from streams.core.text import Sentence
from streams.core.timeref import TimeRef, TimeResolver, parse_offset

_CAPS_NAME = re.compile(
    r"\s*([A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3})(?![\w'’-])\s*"
    r"(?:\([^()\n]{1,40}\)|,\s*[A-Z][a-z][\w'’-]*(?:[ -][A-Z][\w'’-]+)?(?:\s+(?:province|governorate))?(?=\s*(?:[—–:]|-\s)))?"
)
"""A capital's name in capitals, with its province in brackets or after a comma ("ZARANJ, Nimroz
province — Taken Aug. 6")."""
_PROVINCE_SLASH = re.compile(r"\s*([A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3})\s*/\s*(?=[A-Z][A-Z])")
"""A province in capitals before its capital's name and a slash: "SAMANGAN / AYBAK - ..."."""
_OWN_PROVINCE_IN_CAPS = re.compile(
    r",\s*([A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,2}?)(?:\s+(?:PROVINCE|Province|province))?(?=\s*[—–:-])"
)
"""The capital's own province after a comma, in capitals, before the head's dash."""
_NAME_JOINT = re.compile(r"\s*(?:,|and\b|&)\s*(?:and\s+)?(?=[A-Z][A-Z])")
_HEADING_MARK = re.compile(
    # (past the date's weekday in brackets: "JULY 30 (Friday) - ...")
    r"(?:[-–]\d{1,2}\b)?(?:\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\))?\s*(?:[—–:]|-\s)\s*"
    # a post's date and time in brackets or before a bar: "[08 Dec 06:45 UTC] u/name:", "5 Dec, 11:45 |"
    r"|(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:utc|gmt|local))?)?\s*[]|]\s*(?:u/[\w-]+:\s*)?"
)
"""What ends a date heading, past the end of a range of days ("Aug. 7-8 - ")."""
NameHead = tuple[tuple[tuple[str, int, int], ...], date | None, int]
"""A fact-box item's head: its capitals (id, start, end), its date, where the head ends."""
_TAKEN_LEAD = re.compile(
    r"(?:taken|fell|captured|seized|overrun|handed\s+over|surrendered)\s+"
    r"(?:(?:late|early|on|in\s+the\s+early\s+hours\s+of|in\s+the\s+evening\s+of)\s+)*",
    re.IGNORECASE,
)
_HEAD_END = re.compile(r"\s*(?:[-–—:]\s*|\.(?:\s+|$)|$)")


def _confidence(modality: Modality, kind: AttributionKind, resolved: bool, dated: bool) -> float:
    base = {"asserted": 0.85, "partial": 0.7, "denied": 0.6, "claimed": 0.5}[modality]
    if kind in ("official", "witness") and modality == "asserted":
        base += 0.1
    if resolved:
        base -= 0.1
    if not dated:
        base -= 0.05
    return round(max(0.05, min(1.0, base)), 2)


_NAME_THEN_DAY = re.compile(
    r"[\w'’ -]{2,40}(?:\s*\([^()]{1,40}\))?\s*,\s*"
    r"|[\w'’ -]{2,40}(?:,\s*[\w'’ -]{1,30})?\s*\(\s*(?:on\s+)?"
)
"""An item's head name (and its province in brackets) before the comma and its day; or the name
(and its province after a comma) before its day in brackets ("- Zaranj, Nimroz (Aug. 6)")."""


class ExtractorBase:
    """The compiled resources of one theatre and language: gazetteer, cue lexicon, time and
    speaker readers, and the theatre-derived patterns; built once, read-only afterwards."""

    def __init__(self, theatre: Theatre, lexicon: dict[str, Any] | None = None) -> None:
        self.theatre = theatre
        self.gazetteer = Gazetteer(theatre)
        self.cues = Cues(lexicon or load_lexicon_data(theatre.language), self.gazetteer)
        self.tz = parse_offset(theatre.utc_offset)
        self.times = TimeResolver(
            lexicon or load_lexicon_data(theatre.language),
            self.tz,
            (theatre.start_date, theatre.end_date) if theatre.end_date else None,
        )
        self.speaker_finder = SpeakerFinder(self.cues, self.gazetteer)
        # "<name> province", "<name> <the theatre's region noun>" or "the Hama countryside" is the
        # region, not its capital
        lexicon_data = lexicon or load_lexicon_data(theatre.language)
        regions = {"province", theatre.region_noun.lower(), *lexicon_data["region_words"]}
        # ("Hama and Idlib provinces", "Daraa, Suwayda and Quneitra governorates", "the Aleppo and
        # Idlib countryside", a noun with no plural: all are regions)
        self._region_after = re.compile(
            rf"^(?:(?:\s*,\s*[\w'’-]+(?:\s+[\w'’-]+)?)*\s+(?:and|or)\s+(?:(?:[\w'’-]+\s+){{1,3}}?"
            rf"(?:{alternation(regions)})s|(?!(?:its|the|on|in|their|surrounding)\b)(?:[\w'’-]+\s+){{1,2}}?"
            rf"(?:{alternation(lexicon_data['region_mass_words'])}))\b"
            rf"|\s+(?:{alternation(regions)})s?\b)"
        )
        # ("the countryside of Aleppo and Idlib": both are regions)
        self._region_before = re.compile(
            rf"\b(?:{alternation(regions)})\s+(?:of|around)\s+(?:the\s+)?"
            r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|or)\s+)?$"
            # "shelling villages in southern Idlib": the quarter of a province its villages lie in
            r"|\b(?:villages|hamlets|towns|districts|areas)\s+in\s+(?:the\s+)?(?:far\s+)?"
            rf"{BEARING}(?:ern)?\s+$"
        )
        # "took control of the governorate, including ... the ruined provincial capital, Quneitra"
        self._region_including = re.compile(
            rf"\s*(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}(?:{alternation(regions)})\b[^,;:.]{{0,30}},"
            rf"(?:\s+the\s[^,;:.]{{1,80}},)?\s+including\s"  # past its appositive: "the last pocket of ..."
        )
        # "the capital", "the Afghan capital", "Afghanistan's capital": the national capital (not
        # "the capital of Helmand province", "the capital city", "the capital province")
        self.national_capital = theatre.national_capital
        not_region = rf"(?!['’]?\s*(?:of|city|{alternation(regions)})\b)"
        forms = [rf"\bthe\s+(?:(?:national|country['’]s)\s+)?capital\b{not_region}"]  # "the national capital"
        if theatre.country_names:
            country = alternation([name.lower() for name in theatre.country_names])
            forms += [
                rf"\bthe\s+(?:{country})\s+capital\b{not_region}",
                rf"\b(?:{country})['’]s\s+capital\b{not_region}",
            ]
        self._national_capital_re = re.compile("|".join(forms))
        province = rf"(?:{self.gazetteer.province_alternation})(?![\w-])"
        self._provincial_capitals_of = re.compile(
            rf"\bprovincial\s+capitals\s+of\s+(?:the\s+)?({province}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){province})+)"
        )
        """ "the provincial capitals of Khost, Maidan Wardak and Parwan": a list of provinces only."""
        # "Tirin Kot in Uruzgan, Qalat in Zabul province", "Lashkar Gah in neighbouring Helmand",
        # "Bamiyan in the central highlands", "Maidan Shahr to the west": where a list item lies, not
        # a new clause
        self._item_place = re.compile(
            rf"\b(?:in|of)\s+(?:the\s+)?(?:(?:neighbou?ring|nearby|adjacent|restive|remote)\s+)?"
            rf"(?:(?:{self.gazetteer.province_alternation})"
            rf"(?:\s+(?:{alternation(regions)}))?|(?:far\s+)?{BEARING}(?:ern)?"
            # "Sharana in southeastern Paktika province was handed over": the bearing, then the province
            rf"(?:\s+(?:{self.gazetteer.province_alternation})(?![\w-]))?"
            rf"(?:\s+(?:{alternation(regions)}))?|central\s+highlands|(?:central|western|eastern|northern|southern)"
            rf"\s+(?:{alternation(regions)}))(?![\w-])"
            # "Charikar and Maidan Shahr to the west had fallen"
            # (not "districts to the west and south of the city": places off it)
            rf"|\bto\s+the\s+(?:far\s+)?{BEARING}(?![\w-])(?!\s+(?:of\b|(?:and|or)\s+(?:the\s+)?(?:north|south|east|west)))"
        )

    def _heading_date(
        self, low: str, published_day: date, time_refs: list[TimeRef] | None = None
    ) -> tuple[TimeRef, int | None] | None:
        """The date a line opens with when a dash or colon sets it off as a heading (after a list
        item's number or bullet: "13. Aug. 12 - Ghazni falls", "AUG 8 - KUNDUZ, ...") and where
        that mark ends; or a line that is only a date ("MONDAY, AUG. 9.": no mark, None)."""
        lead = LIST_LEAD.match(low).end()  # type: ignore[union-attr]  # matches the empty string
        if not time_refs and len(low) > lead + 40 and not _HEADING_MARK.search(low, lead, lead + 48):
            return None  # neither a dash or colon heading nor a sentence that is only a date
        for ref in time_refs or self.times.find(low[: lead + 40], published_day):
            if ref.start <= lead + 2 and not ref.is_report_time:
                mark = _HEADING_MARK.match(low, ref.end)
                if mark is not None:
                    return ref, mark.end()
                if not low[ref.end :].strip(" .,;:"):
                    return ref, None
        return None

    def _background_relative(self, low: str) -> re.Match[str] | None:
        """A dated relative clause that closes a sentence after a claim or a speaker's words, with
        none of its own ("claimed that fighters had retaken Charikar, which the Taliban took on
        Sunday"): the reporter's background, with its own day."""
        final = FINAL_DATED_RELATIVE.search(low) if "which" in low or "since" in low else None
        if (
            final is None
            or self.cues.claim.search(low, final.start())
            or self.cues.speech.search(low, final.start())
            or not (
                self.cues.claim.search(low, 0, final.start())
                or self.cues.speech.search(low, 0, final.start())
            )
        ):
            return None
        return final

    def _fact_box_head(self, ctx: Context, sentence: Sentence) -> NameHead | None:
        """`_name_head` of a sentence, read once per sentence."""
        if sentence.index not in ctx.name_heads:
            ctx.name_heads[sentence.index] = self._name_head(sentence.text, ctx.published_day)
        head: NameHead | None = ctx.name_heads[sentence.index]
        return head

    def _name_head(self, text: str, published_day: date) -> NameHead | None:
        """A line headed by capitals' names in capitals, each with its province in brackets, as a
        fact box lists the falls: "ZARANJ (Nimroz) - Friday, Aug. 6.", "AUG 8 - KUNDUZ, SAR-E PUL,
        TALOQAN (Takhar): ...". The capitals (id, start, end), the date before or right after them (None: a
        sentence follows, "FEROZ KOH (Ghor) - The Taliban said ...") and where the head ends. A
        dateline ("KABUL (Agency) - The Taliban ...") is a head only where a fact box's list
        stands, which the callers see to."""
        position, day = LIST_LEAD.match(text).end(), None  # type: ignore[union-attr]  # "* ZARANJ (Nimroz) - ..."
        lead = self._heading_date(lower_text(text), published_day)
        if lead is not None and lead[1] is not None and lead[0].precision == "day":
            position, day = lead[1], lead[0].day
        capitals: list[tuple[str, int, int]] = []
        province = _PROVINCE_SLASH.match(text, position)
        if province is not None and self.gazetteer.capital_of_province(fold_accents(province.group(1))):
            position = province.end()
        while True:
            name = _CAPS_NAME.match(text, position)
            capital = (
                self.gazetteer.heading_to_capital.get(fold_accents(name.group(1)).lower()) if name else None
            )
            if name is None or capital is None:
                break
            capitals.append((capital, name.start(1), name.end(1)))
            position = name.end()
            own = _OWN_PROVINCE_IN_CAPS.match(text, position)
            if own is not None and self.gazetteer.capital_of_province(fold_accents(own.group(1))) == capital:
                position = own.end()  # "ZARANJ, NIMROZ PROVINCE - AUG. 6", "KUNDUZ, KUNDUZ - AUG. 8"
            joint = _NAME_JOINT.match(text, position)
            if joint is None:
                break
            position = joint.end()
        close = _HEAD_END.match(text, position) if capitals else None
        if close is None:
            return None
        if day is None and close.group(0).strip(" ") in ("-", "–", "—", ":"):
            day = self._dates_at(text[close.end() : close.end() + 40], published_day)
        return tuple(capitals), day, close.end()

    def _dates_at(self, text: str, published_day: date) -> date | None:
        """The day a piece of text opens with ("Friday, Aug. 6", "AUG 6"), past a bare verb of the
        take ("Taken Aug. 6", "Taken in the early hours of Aug. 11"), if it does."""
        verb = _TAKEN_LEAD.match(text)
        text = text[verb.end() :] if verb else text
        low = text.lower()
        found = [
            r
            for r in self.times.find(low, published_day)
            if r.start == 0
            and r.precision == "day"
            # (not a dateline's "KABUL — Ten days ago the government still held ...": a count back
            # from the filing, no date a fact box gives)
            and not low[r.start : r.end].endswith("ago")
        ]
        return found[0].day if found else None

    def _build(
        self,
        ctx: Context,
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
    ) -> Draft:
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
        return Draft(event_type, capital_id, key, payload)

    def _item_day(self, ctx: Context, low: str, lead: int) -> date | None:
        """An item's own day, told first after its bullet or right after its head ("- Farah and
        Pul-e Khumri (Baghlan): Tuesday.")."""
        head_end = ITEM_HEAD_END.search(low, lead)
        for ref in self.times.find(low, ctx.published_day, ctx.anchor_day):
            if (
                ref.precision == "day"
                and not ref.is_report_time
                and (
                    ref.start <= lead + 2
                    or (head_end is not None and ref.start <= head_end.end() + 8)
                    # "- Sar-e Pul, 8 Aug.", "- Taloqan (Takhar), 8 Aug.": the day after the name
                    or _NAME_THEN_DAY.fullmatch(low, lead, ref.start) is not None
                )
            ):
                return ref.day
        return None
