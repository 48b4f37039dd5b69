"""The events that are not changes of control: officials fled, prison breaks, airstrikes, troop
deployments and count claims ("12 of 34 capitals")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from streams.core.extraction.context import (
    Context,
    Draft,
    Scan,
)
from streams.core.extraction.event_days import EventDays
from streams.core.extraction.judging import Judging
from streams.core.gazetteer import Mention
from streams.core.speakers import Attribution
from streams.core.text import Clause, Sentence, clause_of
from streams.core.timeref import TimeRef

_WHO_BEFORE = re.compile(r"\bwho\s+$")


class OtherEvents(Judging, EventDays):
    """Other event types, through the same gates and day as control events."""

    def _other_events(
        self,
        ctx: Context,
        sentence: Sentence,
        scan: Scan,
        mentions: list[Mention],
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
        kinds: set[str | None],
    ) -> Iterator[Draft]:
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
            if event_type == "arrest" and _WHO_BEFORE.search(low, 0, match.start()):
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
        ctx: Context,
        sentence: Sentence,
        low: str,
        clauses: list[Clause],
        attribution: Attribution | None,
    ) -> Iterator[Draft]:
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
        self, ctx: Context, sentence: Sentence, low: str, attribution: Attribution | None, actors: list[Any]
    ) -> Iterator[Draft]:
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
