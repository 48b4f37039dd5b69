"""The extractor: a pure function from an article to typed events, driven by data.

Rules are general: a trigger word, a capital it governs (by position and the words between),
gates that drop negated, hypothetical and historical readings, and modality from cue words and
who is speaking. Place names come from the theatre file, cue words from the lexicon file.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from schemas.article import Article
from schemas.common import AttributionKind, Evidence, Modality, TimePrecision
from schemas.events import EVENT_ADAPTER, Event
from schemas.theatre import Theatre
from streams.core.cues import Cues, TriggerSpec
from streams.core.gazetteer import Gazetteer, Mention
from streams.core.resources import DEFAULT_THEATRE, load_lexicon_data, load_theatre
from streams.core.text import Clause, Sentence, clause_of, split_clauses, split_sentences
from streams.core.timeref import TimeRef, TimeResolver, parse_offset

EXTRACTOR_VERSION = "1.0.0"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TOPIC_WINDOW = 3
MAX_BRIDGE_CHARS = 200
"""A trigger governs a capital at most this far away (the samples' and seed's widest is 50)."""
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


@dataclass(frozen=True, slots=True)
class Attribution:
    text: str
    actor: str | None
    start: int


@dataclass
class _Context:
    """What earlier sentences of the same article tell later ones (coreference, speakers)."""

    article: Article
    published_day: date
    mentions_by_sentence: dict[int, set[str]] = field(default_factory=dict)
    last_actor: str | None = None
    last_speaker: str | None = None
    speakers: list[str] = field(default_factory=list)
    trace: list[Decision] | None = None

    def note(
        self, sentence: Sentence, rule: str, outcome: Literal["event", "dropped"], reason: str, text: str
    ) -> None:
        if self.trace is not None:
            self.trace.append(Decision(sentence.index, sentence.field, rule, outcome, reason, text))

    def topic(self, sentence: Sentence) -> str | None:
        """The single capital the last few sentences talk about, if there is exactly one."""
        for index in range(sentence.index - 1, sentence.index - 1 - _TOPIC_WINDOW, -1):
            capitals = self.mentions_by_sentence.get(index)
            if capitals:
                return next(iter(capitals)) if len(capitals) == 1 else None
        return None


class Extractor:
    """Compiled once per theatre and language; `extract` is then pure and thread-safe."""

    def __init__(self, theatre: Theatre, lexicon: dict[str, Any] | None = None) -> None:
        self.theatre = theatre
        self.gazetteer = Gazetteer(theatre)
        self.cues = Cues(lexicon or load_lexicon_data(theatre.language), self.gazetteer)
        self.tz = parse_offset(theatre.utc_offset)
        self.times = TimeResolver(lexicon or load_lexicon_data(theatre.language), self.tz)

    # ---------------------------------------------------------------- public
    def extract(self, article: Article, trace: list[Decision] | None = None) -> list[Event]:
        ctx = _Context(article, self.times.local_day(article.published_at), trace=trace)
        sentences = self._sentences(article)
        events: dict[tuple[Any, ...], Event] = {}
        for position, sentence in enumerate(sentences):
            following = sentences[position + 1].text if position + 1 < len(sentences) else ""
            for event in self._sentence_events(ctx, sentence, following):
                events.setdefault(_dedupe_key(event), event)
        return list(events.values())

    # ------------------------------------------------------------- sentences
    def _sentences(self, article: Article) -> list[Sentence]:
        title = split_sentences(article.title or "", "title", self.cues.abbreviations)
        body = split_sentences(article.body, "body", self.cues.abbreviations, len(title))
        return title + body

    def _sentence_events(self, ctx: _Context, sentence: Sentence, following: str) -> Iterator[Event]:
        text = sentence.text
        low = _lower(text)
        mentions = self._mentions(ctx, sentence, low)
        clauses = split_clauses(text)
        triggers = [self._trigger(low, *found) for found in self.cues.triggers_in(low)]
        time_refs = self.times.find(low, ctx.published_day)
        attribution = self._attribution(ctx, text, low)
        actors = self.gazetteer.actor_mentions(low)
        used_triggers: set[int] = set()
        masked = _mask(text, 0, len(text), [(m.start, m.end) for m in mentions])
        for mention in mentions:
            if mention.role != "place":
                continue
            trigger = self._governing_trigger(text, mention, triggers, clauses, masked)
            if trigger is None:
                continue
            used_triggers.add(trigger.start)
            event = self._control_event(
                ctx, sentence, low, following, mention, trigger, clauses, time_refs, attribution, actors
            )
            if event is not None:
                yield event
        yield from self._seat_of_power_events(
            ctx,
            sentence,
            low,
            following,
            mentions,
            triggers,
            used_triggers,
            clauses,
            time_refs,
            attribution,
            actors,
        )
        yield from self._other_events(ctx, sentence, low, mentions, clauses, time_refs, attribution, actors)
        if actors:
            ctx.last_actor = actors[-1].actor
        ctx.mentions_by_sentence[sentence.index] = {
            m.capital for m in mentions if m.role in ("place", "modifier")
        }

    def _trigger(self, low: str, number: int, start: int, end: int) -> Trigger:
        return Trigger(self.cues.trigger_specs[number], start, end, low[start:end])

    # --------------------------------------------------------------- mentions
    def _mentions(self, ctx: _Context, sentence: Sentence, low: str) -> list[Mention]:
        text = sentence.text
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for match in self.cues.province_capital.finditer(low) if "capital" in low else ():
            province = next(g for g in match.groups() if g)
            capital = self.gazetteer.capital_of_province(province)
            if capital:
                found.append(Mention(capital, match.start(), match.end(), "place", "province"))
                taken.append((match.start(), match.end()))
        for capital, start, end in self.gazetteer.capital_mentions(text):
            if any(s <= start < e for s, e in taken):
                continue
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
            found.append(Mention(capital, match.start(), match.end(), "place", "coref"))
        found.sort(key=lambda m: m.start)
        return _without_appositives(text, found)

    def _role(
        self, low: str, start: int, end: int
    ) -> Literal["place", "modifier", "province", "destination"]:
        after = low[end : end + 30]
        if re.match(r"^\s+province\b", after):
            return "province"
        if self.cues.modifier_after.match(after.lstrip() if not after.startswith(("'", "’", "-")) else after):
            return "modifier"
        if self.cues.destination_before.search(low[max(0, start - 60) : start]):
            return "destination"
        return "place"

    def _resolve_coref(
        self, ctx: _Context, sentence: Sentence, low: str, position: int, earlier: list[Mention]
    ) -> str | None:
        provinces = {
            self.gazetteer.capital_of_province(m.group(1)) for m in self.gazetteer.province_re.finditer(low)
        }
        provinces.discard(None)
        before = {m.capital for m in earlier if m.start < position and m.role in ("place", "modifier")}
        if len(before) == 1:
            return next(iter(before))
        if not before and len(provinces) == 1:
            return next(iter(provinces))
        if before:
            return None
        return ctx.topic(sentence)

    # ---------------------------------------------------------- control events
    def _governing_trigger(
        self,
        text: str,
        mention: Mention,
        triggers: list[Trigger],
        clauses: list[Clause],
        masked: str,
    ) -> Trigger | None:
        """The trigger whose object or subject the mention is, by position and bridging words:
        the nearest one whose gap bridges (a tie goes to the earlier trigger). Only triggers
        within `MAX_BRIDGE_CHARS` are tried, nearest first, so a sentence packed with names and
        triggers costs linear, not cubic, time. `masked` is the sentence with every capital
        mention blanked (lists bridge: "captured Kunduz, Taloqan and Sar-e Pul")."""
        first = bisect_left(triggers, mention.start - MAX_BRIDGE_CHARS, key=lambda t: t.end)
        last = bisect_right(triggers, mention.end + MAX_BRIDGE_CHARS, key=lambda t: t.start)
        candidates: list[tuple[int, int, Trigger]] = []
        for order, trigger in enumerate(triggers[first:last]):
            if trigger.spec.role == "object" and trigger.end <= mention.start:
                candidates.append((mention.start - trigger.end, order, trigger))
            elif trigger.spec.role == "subject" and trigger.start >= mention.end:
                candidates.append((trigger.start - mention.end, order, trigger))
        if not candidates:
            return None
        clause = clause_of(clauses, mention.start)
        after_preposition: bool | None = None
        for _, _, trigger in sorted(candidates, key=lambda c: (c[0], c[1])):
            if (
                clause_of(clauses, trigger.start) is not clause
                and clause_of(clauses, trigger.end - 1) is not clause
            ):
                continue
            if trigger.spec.role == "object":
                gap = masked[trigger.end : mention.start]
                if self._bridges(gap, self.cues.object_bridge) and not self.gazetteer.actor_re.search(
                    gap.lower()
                ):
                    return trigger
                continue
            if after_preposition is None:
                after_preposition = _after_preposition(text, mention.start)
            if after_preposition:
                continue  # "east of Kabul, was seized": Kabul is not the subject
            if self._bridges(_drop_appositive(masked[mention.end : trigger.start]), self.cues.subject_bridge):
                return trigger
        return None

    def _bridges(self, gap: str, allowed: frozenset[str]) -> bool:
        gap = self.times.pattern.sub(" ", gap.lower())
        if re.search(r"[.;:!?\"“”]", gap):
            return False
        return all(word.lower() in allowed for word in _WORD.findall(gap))

    def _control_event(
        self,
        ctx: _Context,
        sentence: Sentence,
        low: str,
        following: str,
        mention: Mention,
        trigger: Trigger,
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
    ) -> Event | None:
        clause = clause_of(clauses, min(mention.start, trigger.start))
        reason = self._gate(low, clause, trigger.start, trigger.text)
        capital = self.gazetteer.capitals[mention.capital]
        if reason:
            ctx.note(sentence, f"{trigger.spec.type}:{trigger.text}", "dropped", reason, capital.name)
            return None
        event_type = trigger.spec.type
        if event_type == "captured" and self.cues.surrender.search(low[clause.start : clause.end]):
            event_type = "surrendered"
        actor = self._actor(low, trigger, event_type, actors)
        modality = self._modality(low, clause, mention, trigger, following.lower(), attribution, actor)
        day, precision = self._event_day(clause, trigger.start, time_refs)
        if day is not None and day < self.theatre.start_date:
            ctx.note(
                sentence,
                f"{event_type}:{trigger.text}",
                "dropped",
                f"historical (dated {day} before the theatre start)",
                capital.name,
            )
            return None
        ctx.note(
            sentence,
            f"{event_type}:{trigger.text}",
            "event",
            f"{modality}, actor {actor}, {mention.via} mention",
            capital.name,
        )
        return self._build(
            ctx,
            sentence,
            event_type,
            capital.id,
            actor,
            modality,
            attribution,
            day,
            precision,
            mention.via != "name",
        )

    def _seat_of_power_events(
        self,
        ctx: _Context,
        sentence: Sentence,
        low: str,
        following: str,
        mentions: list[Mention],
        triggers: list[Trigger],
        used: set[int],
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
    ) -> Iterator[Event]:
        """ "Insurgents seized the governor's office" in a sentence set in one capital: a capture."""
        places = {m.capital for m in mentions if m.role == "place"}
        for trigger in triggers:
            if trigger.start in used or trigger.spec.type != "captured" or trigger.spec.role != "object":
                continue
            if not self.cues.seat_of_power.match(low[trigger.end : trigger.end + 60]):
                continue
            capital_id = (
                next(iter(places)) if len(places) == 1 else (ctx.topic(sentence) if not places else None)
            )
            if capital_id is None:
                continue
            mention = Mention(capital_id, trigger.end, trigger.end, "place", "coref")
            event = self._control_event(
                ctx, sentence, low, following, mention, trigger, clauses, time_refs, attribution, actors
            )
            if event is not None:
                yield event

    def _gate(self, low: str, clause: Clause, start: int, trigger_text: str = "") -> str | None:
        """Why a candidate is not a real, current event: negated, hypothetical or historical."""
        lead = low[clause.start : start]
        if self.cues.negation.search(" " + trigger_text) or self.cues.negation_nt.search(trigger_text):
            return "negated"
        window = " ".join(lead.split()[-5:])
        near = " ".join(lead.split()[-2:])
        if self.cues.negation.search(" " + window) or self.cues.negation_nt.search(window):
            return "negated"
        if self.cues.hypothetical.search(window) and not re.search(r"\bto have\b", window):
            hit = self.cues.hypothetical.search(window)
            if hit and (hit.group(0).lower() != "to" or near.lower().endswith("to")):
                return f"hypothetical ({hit.group(0)})"
        clause_text = low[clause.start : clause.end]
        if re.search(r"\b(?:if|unless)\b", lead):
            return "hypothetical (conditional)"
        if self.cues.forecast.search(clause_text):
            return "hypothetical (forecast)"
        if self.cues.history.search(clause_text):
            return "historical"
        for match in self.cues.year.finditer(clause_text):
            year = int(match.group(1))
            if year < self.theatre.start_date.year and not self.cues.since.search(
                clause_text[: match.start()]
            ):
                return f"historical ({match.group(0)})"
        return None

    def _actor(self, low: str, trigger: Trigger, event_type: str, actors: list[Any]) -> str:
        inside = self.gazetteer.actor_of(trigger.text)
        if inside:
            return inside
        after = [
            a
            for a in actors
            if trigger.end <= a.start <= trigger.end + 40 and _AGENT_GAP.match(low[trigger.end : a.start])
        ]
        if after:
            return str(after[0].actor)
        if trigger.spec.role == "object" or event_type == "retaken":
            before = [a for a in actors if a.end <= trigger.start]
            if before:
                return str(before[-1].actor)
        if event_type == "retaken":
            return self.gazetteer.incumbent
        return self.gazetteer.default_attacker

    def _modality(
        self,
        low: str,
        clause: Clause,
        mention: Mention,
        trigger: Trigger,
        following: str,
        attribution: Attribution | None,
        actor: str,
    ) -> Modality:
        text = low
        if self.cues.partial_before.search(text[max(0, mention.start - 30) : mention.start]) or (
            self.cues.partial_any.search(text[clause.start : clause.end])
        ):
            return "partial"
        if self.cues.denial.search(text[: max(mention.start, trigger.start)]):
            return "denied"
        unverified = bool(self.cues.unverified.search(text)) or bool(
            self.cues.unverified.match(following.strip())
            or (len(following) < 120 and self.cues.unverified.search(following))
        )
        confirmed = bool(self.cues.confirm.search(text)) and not unverified
        if confirmed:
            return "asserted"
        claimant = attribution is not None and attribution.actor == actor
        if unverified or claimant or self.cues.claim.search(text):
            return "claimed"
        return "asserted"

    def _event_day(
        self, clause: Clause, position: int, time_refs: list[TimeRef]
    ) -> tuple[date | None, TimePrecision]:
        candidates = [r for r in time_refs if not r.is_report_time]
        in_clause = [r for r in candidates if clause.start <= r.start < clause.end]
        pool = in_clause or [r for r in candidates if r.start < clause.start]
        if not pool:
            return None, "report"
        nearest = min(pool, key=lambda r: abs(r.start - position))
        return nearest.day, nearest.precision

    # ------------------------------------------------------------ attribution
    def _attribution(self, ctx: _Context, text: str, low: str) -> Attribution | None:
        """Who the sentence quotes: "X said", "said X", "according to X"."""
        according = self.cues.according_to.search(low)
        if according:
            return self._attributed(
                ctx, text[according.start("who") : according.end("who")], according.start()
            )
        for verb in self.cues.speech.finditer(low):
            chunks = [c.strip() for c in re.split(r"[,;:\"“”()]|\bthat\b", text[: verb.start()])]
            while chunks and not chunks[-1]:
                chunks.pop()
            who = _strip_adverbs(chunks[-1]) if chunks else ""
            if who and len(who.split()) <= 14 and not self.cues.triggers_in(who.lower()):
                if (
                    len(chunks) > 1
                    and who[0].islower()
                    and who.split()[0] not in ("a", "an", "the")
                    and _PROPER_NAME.match(chunks[-2])
                ):
                    who = f"{chunks[-2]}, {who}"
                return self._attributed(ctx, who, verb.start())
            after = re.match(
                r"\s+(?P<who>(?:[A-Z][\w.'’-]*\s?){1,6}|(?:an?|the)\s[^,.;]{2,60})", text[verb.end() :]
            )
            if after:
                return self._attributed(ctx, after.group("who").strip(), verb.start())
        return None

    def _attributed(self, ctx: _Context, who: str, start: int) -> Attribution:
        who = who.strip()[:300]
        if who.lower() in ("he", "she", "they") and ctx.last_speaker:
            who = ctx.last_speaker
        elif re.fullmatch(r"[A-Z][\w'’-]+", who):
            who = next((s for s in reversed(ctx.speakers) if s.split()[-1] == who), who)
        elif re.match(r"^[A-Z]", who):
            ctx.speakers.append(who)
        if re.match(r"^[A-Z]", who):
            ctx.last_speaker = who
        return Attribution(who, self.gazetteer.actor_of(who), start)

    def _attribution_kind(self, attribution: Attribution | None, actor: str | None) -> AttributionKind:
        if attribution is None:
            return "reporter"
        if actor is not None and attribution.actor == actor:
            return "claimant"
        if self.cues.witness_words.search(attribution.text):
            return "witness"
        if self.cues.official_words.search(attribution.text) or attribution.actor == self.gazetteer.incumbent:
            return "official"
        return "other"

    # ------------------------------------------------------------ other events
    def _other_events(
        self,
        ctx: _Context,
        sentence: Sentence,
        low: str,
        mentions: list[Mention],
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
    ) -> Iterator[Event]:
        text = sentence.text
        site = [m.capital for m in mentions if m.role in ("place", "modifier")]
        place = site[0] if len(set(site)) == 1 else (None if site else ctx.topic(sentence))
        checks = (
            ("officials_fled", self.cues.officials_fled, True),
            ("prison_break", self.cues.prison_break, True),
            ("airstrike", self.cues.airstrike, False),
            ("arrest", self.cues.arrest, True),
        )
        for event_type, pattern, needs_place in checks:
            match = pattern.search(low)
            if not match:
                continue
            if event_type == "officials_fled" and not self.cues.officials_nouns.search(low[: match.start()]):
                continue
            if event_type == "arrest" and re.search(r"\bwho\s+$", low[: match.start()]):
                continue
            clause = clause_of(clauses, match.start())
            reason = self._gate(low, clause, match.start())
            if reason:
                ctx.note(sentence, event_type, "dropped", reason, match.group(0))
                continue
            capital = place if (needs_place or place in {m.capital for m in mentions}) else None
            actor = self._striker(text, low, match.start(), actors) if event_type == "airstrike" else None
            day, precision = self._event_day(clause, match.start(), time_refs)
            ctx.note(sentence, event_type, "event", f"capital {capital}", match.group(0))
            yield self._build(
                ctx, sentence, event_type, capital, actor, "asserted", attribution, day, precision, False
            )
        yield from self._troop_deployments(ctx, sentence, low, clauses, attribution)
        if any(noun in low for noun in self.cues.count_claim_requires):
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
    ) -> Iterator[Event]:
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
    ) -> Iterator[Event]:
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
    ) -> Event:
        article = ctx.article
        capital = self.gazetteer.capitals.get(capital_id) if capital_id else None
        event_time: datetime = self.times.at_day(day) if day is not None else article.published_at
        kind = self._attribution_kind(attribution, actor)
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
        return EVENT_ADAPTER.validate_python(payload)


def _lower(text: str) -> str:
    """Lower case with offsets kept (a few characters lengthen when lowered; those stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_ADVERBS = re.compile(
    r"(?:\s+(?:also|later|meanwhile|earlier|previously|separately|again|too|then|now|had|has|have))+$"
)
_PROPER_NAME = re.compile(r"^(?:[A-Z][\w.'’-]*\s?){1,5}$")


def _strip_adverbs(who: str) -> str:
    return _ADVERBS.sub("", who).strip()


_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<!city )(?<!town )(?<!capital )(?<!parts )(?<!much )(?<!most )(?<!fall )(?<!control )\bof"
    r"|\b(?:near|from|to|toward|towards|outside|around|into|at|for|by|with|between|beyond|past|across|"
    r"including|like|than))\s+$",
    re.IGNORECASE,
)


def _after_preposition(text: str, position: int) -> bool:
    """Whether a preposition ("of", "near", ...) and spaces end right before `position`; the
    search starts just before the trailing spaces (a preposition is at most 9 letters), and
    look-behinds still see the text before the start."""
    spaces_start = position
    while spaces_start > 0 and text[spaces_start - 1].isspace():
        spaces_start -= 1
    return bool(_PREPOSITION_BEFORE.search(text, max(0, spaces_start - 16), position))


def _without_appositives(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Tarinkot, the capital of Uruzgan province,`: one entity, keep the name mention only."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and mention.via != "name"
            and previous.capital == mention.capital
            and re.fullmatch(r"\s*[,(]\s*", text[previous.end : mention.start])
        ):
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


def _drop_appositive(gap: str) -> str:
    """`Kunduz, the capital of the province of the same name, fell`: skip the aside."""
    return re.sub(r"^\s*,[^,]{0,80},", " ", gap)


def _dedupe_key(event: Event) -> tuple[Any, ...]:
    return (
        event.type,
        event.capital,
        event.actor,
        event.modality,
        event.event_time.date(),
        getattr(event, "country", None),
        getattr(event, "count", None),
    )


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
