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
    EXTRACTOR_VERSION,
    Context,
    Draft,
)
from streams.core.gazetteer import Gazetteer, alternation, fold_accents
from streams.core.resources import load_lexicon_data
from streams.core.speakers import Attribution, SpeakerFinder
from streams.core.text import Sentence
from streams.core.timeref import TimeResolver, parse_offset

_CAPS_NAME_HEAD = re.compile(r"\s*([A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3})\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]\s*")


def _confidence(modality: Modality, kind: AttributionKind, resolved: bool, dated: bool) -> float:
    base = {"asserted": 0.85, "partial": 0.7, "denied": 0.6, "claimed": 0.5}[modality]
    if kind in ("official", "witness") and modality == "asserted":
        base += 0.1
    if resolved:
        base -= 0.1
    if not dated:
        base -= 0.05
    return round(max(0.05, min(1.0, base)), 2)


class ExtractorBase:
    """The compiled resources of one theatre and language: gazetteer, cue lexicon, time and
    speaker readers, and the theatre-derived patterns; built once, read-only afterwards."""

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

    def _name_head(self, text: str, published_day: date) -> tuple[str, date | None, int] | None:
        """A line headed by a capital's name in capitals, its province in brackets and a dash, as
        a fact box lists the falls ("ZARANJ (Nimroz) - Friday, Aug. 6."): the capital, the date
        that opens what follows (None: a sentence follows, "FEROZ KOH (Ghor) - The Taliban said
        ...") and where the head ends. A dateline ("KABUL (Agency) - The Taliban ...") is a head
        only of a fact box's list, where the callers look for one."""
        head = _CAPS_NAME_HEAD.match(text)
        if head is None:
            return None
        capital = self.gazetteer.heading_to_capital.get(fold_accents(head.group(1)).lower())
        if capital is None:
            return None
        low = text[head.end() : head.end() + 40].lower()
        dates = [r for r in self.times.find(low, published_day) if r.start == 0 and r.precision == "day"]
        return capital, dates[0].day if dates else None, head.end()

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
