"""The extractor: a pure function from an article to typed events, driven by data.

Rules are general: a trigger word, a capital it governs (by position and the words between),
gates that drop negated, hypothetical and historical readings, and modality from cue words and
who is speaking. Place names come from the theatre file, cue words from the lexicon file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from schemas.article import Article
from schemas.common import Modality, TimePrecision
from schemas.events import CONTROL_EVENT_TYPES, EVENT_ADAPTER, Event
from schemas.theatre import Theatre
from streams.core.cues import Cue, TriggerSpec
from streams.core.extraction.context import (
    CITY_PARTS_AFTER,
    CLAIM_VERB,
    DAYS_APART_LIST,
    EXTRACTOR_VERSION,
    FIGHTING_NOUN,
    FRONTED_LOCATIVE,
    HAS_PERFECT,
    HOLDOUT,
    LAND_AROUND_AFTER,
    LIST_LEAD,
    NOT_REJECTING,
    PLACED_WHERE_AFTER,
    POST_WORDS,
    TURN,
    WHERE_AFTER,
    Context,
    Decision,
    Draft,
    Scan,
    Trigger,
    field_text,
    lower_text,
)
from streams.core.extraction.fact_boxes import FactBoxes
from streams.core.extraction.judging import BARE_THEY, DETERMINER_BEFORE
from streams.core.extraction.linking import (
    DAYPART,
    Linking,
    after_relative_item,
    coordinated_readings,
    echoes_earlier_verb,
    item_head_end,
    with_item_heads,
)
from streams.core.extraction.other_events import OtherEvents
from streams.core.extraction.periods import Periods
from streams.core.gazetteer import Mention, fold_accents
from streams.core.recase import is_uncased, recased
from streams.core.resources import DEFAULT_THEATRE, load_theatre
from streams.core.speakers import Attribution
from streams.core.text import (
    Clause,
    Sentence,
    clause_of,
    opens_unclosed_quote,
    split_clauses,
    split_sentences,
)
from streams.core.timeref import TimeRef

__all__ = ["EXTRACTOR_VERSION", "Decision", "Extractor", "extract", "extractor_for"]


class Extractor(Linking, OtherEvents, Periods, FactBoxes):
    """Compiled once per theatre and language; `extract` is then pure and thread-safe.

    The sentence loop and the control events live here; the parts it leans on are mixins of
    `streams.core.extraction`: mentions and the triggers governing them (`Linking`), the gates,
    modality and actor of a candidate (`Judging`), its day (`EventDays`), the other event types
    (`OtherEvents`), what a sentence says about the period (`Periods`) and fact-box lists.
    """

    @staticmethod
    def dateline_end(body: str) -> int:
        """Where the body's dateline ("KABUL, Aug 8 (Agency) -") ends, 0 with none: a place that
        says where the story was filed, which a republished copy may drop."""
        dateline = _DATELINE.match(body)
        return dateline.end() if dateline else 0

    @staticmethod
    def revised(article: Article) -> bool:
        """A new version of a story, not a copy of one: a writethru or correction whose note to
        editors ("(Adds ...)", "(Corrects day ...)") or headline ("CORRECTED-UPDATE 1-") says so."""
        first = article.body.lstrip().split("\n", 1)[0].strip()
        return bool(_REVISION_NOTE.match(first) or _REVISED_HEADLINE.match(article.title or ""))

    @classmethod
    def lede(cls, body: str) -> str:
        """The story's first paragraph without its dateline, past any note to editors ("(Adds
        prison, fighting in Sheberghan)"), which a writethru carries and its copies do not."""
        paragraphs = [p for p in body.strip().split("\n") if p.strip()]
        first = next((p for p in paragraphs if not _EDITORIAL_NOTE.match(p.strip())), "")
        return first[cls.dateline_end(first) :]

    def _opening_side(self, ctx: Context, sentence: Sentence) -> str | None:
        """The side the sentence before opens on as its subject ("The Kurdish-led Syrian
        Democratic Forces hold Raqqa"), for a bare "They" that opens this one; read only then."""
        if ctx.opening is None or ctx.opening[0] != sentence.index - 1:
            return None
        text = ctx.opening[1]
        actors = self.gazetteer.actor_mentions(text)
        first = actors[0] if actors else None
        if first is not None and first.start < _OPENING and _OPENING_SUBJECT.fullmatch(text, 0, first.start):
            return str(first.actor)
        return None

    def extract(self, article: Article, trace: list[Decision] | None = None) -> list[Event]:
        written = article
        article, origins = _tidied(article)
        article = _lists_unflattened(article)
        slugged = article  # (a line a blanked slug opened: "EDITORS: Updates with ..." is a note)
        article = self._slugs_blanked(article)
        article = self._capitalised(article)
        ctx = Context(
            article,
            self.times.local_day(article.published_at),
            trace=trace,
            national_capital=self.national_capital,
        )
        ctx.dateline_start, ctx.dateline_end = _dateline_span(article.body)
        sentences = self._sentences(article)
        lowered = {"title": _field_lower(article.title or ""), "body": _field_lower(article.body)}
        ctx.tallies_falls = any(
            self.cues.falls_tallied.search(lower_text(text)) for text in (article.title or "", article.body)
        )
        drafts: dict[tuple[Any, ...], Draft] = {}
        claimed: list[Draft] = []  # the events of a fact check's claim line, for its verdict
        paragraph_claims: list[Draft] = []  # the claims of the paragraph so far, for a verdict ending it
        recent_claims: list[tuple[int, Draft]] = []  # claims and their sentences, for a later rejection
        in_note = False
        previous_low = ""
        told_before: tuple[int, list[Draft]] = (-2, [])
        unverified_whole = _unverified_whole(article.body)
        furniture = self.cues.page_furniture.spans(article.body)
        for position, sentence in enumerate(sentences):
            following = _answer_or_next(sentences, position)
            field_low = lowered[sentence.field]
            low = (
                field_low[sentence.start : sentence.end]
                if field_low is not None
                else lower_text(sentence.text)
            )
            previous = sentences[position - 1] if position else None
            if (
                previous is None
                or previous.field != sentence.field
                or "\n" in field_text(article, sentence)[previous.end : sentence.start]
            ):  # a sentence that starts a line: a writethru's note to editors runs to the line's end
                line = field_text(slugged, sentence)
                line_start = line.rfind("\n", 0, sentence.start) + 1  # (past a blanked slug)
                in_note = (
                    _EDITORIAL_NOTE.match(line, sentence.start, sentence.end) is not None
                    or _EDITORIAL_NOTE.match(line, line_start, sentence.end) is not None
                )
                self._statement_voice(ctx, sentence, low)
                self._speaker_line(ctx, sentence)
                ctx.entry_capital = self._entry_head(sentence)
                if ctx.entry_capital is not None:
                    ctx.item_start = sentence.index  # an entry, like a round-up's item: its own setting
                ctx.paragraph_starts = (sentence.index, ctx.paragraph_starts[0])
                ctx.paragraph_told_next = None
                paragraph_claims = []
            if sentence.field == "body" and any(a <= sentence.start < b for a, b in furniture):
                # "Read more: Taliban take Aibak ...", a "Most read" list: other stories' headlines
                ctx.note(sentence, "page-furniture", "dropped", "a link or list of other stories", "")
                continue
            preceding = previous_low if ctx.paragraph_starts[0] != sentence.index else ""
            previous_low = low
            if _FACILITY_SUBJECT.match(low):
                ctx.facility_told_at = sentence.index
            town = (
                _TOWN_APPOSITIVE.search(sentence.text)
                or _TOWN_OF_NAME.search(sentence.text)
                or _ASKED_PLACE.fullmatch(sentence.text)
            )
            if town is not None and not self.gazetteer.capital_mentions(town.group("name")):
                # "Spin Boldak, the border town ...", "the northern town of Manbij": "the town" after it
                ctx.town_told_at = sentence.index
            if in_note or self.cues.retraction.search(low):
                self._skim(ctx, sentence, low)
                if not in_note:
                    # "An entry ... said local factions had taken Daraa on Saturday. The city was in
                    # fact taken on Friday": what the retracted words named, "the city" after them stands for
                    ctx.mentions_by_sentence[sentence.index] |= {
                        capital for capital, _, _ in self.gazetteer.capital_mentions(sentence.text)
                    }
                continue
            claim_line = self._claim_line(ctx, sentence)
            claim_source = self._claim_source(claim_line) if claim_line is not None else None
            scan = Scan(
                low,
                following,
                preceding,
                voice=claim_source or ctx.section_voice,
                published_year=ctx.published_day.year,
                unverified=True if unverified_whole else None,
                text=sentence.text,
            )
            found = list(self._sentence_events(ctx, sentence, scan))
            found += self._listed(ctx, sentence, low, found)
            found += self._driven_out_after(
                ctx,
                sentence,
                low,
                found,
                # the sentence before's events, when it is in this paragraph and read for them
                told_before[1]
                if told_before[0] == sentence.index - 1 and ctx.paragraph_starts[0] != sentence.index
                else [],
            )
            if claim_line is not None and claim_source is None and _SOURCE_TOLD.search(claim_line):
                found = self._rumours_dropped(ctx, sentence, found)
            # a verdict rules on the claim line before it, else on the claims of its paragraph
            found += self._verdict(ctx, sentence, low, claimed or paragraph_claims)
            found += self._rejected_earlier(
                ctx,
                sentence,
                low,
                found,
                [d for at, d in recent_claims if at >= sentence.index - _REJECTION_REACH],
            )
            found += self._confirmed_earlier(
                ctx, sentence, low, found, [d for at, d in recent_claims if at == sentence.index - 1]
            )
            told_before = (sentence.index, found)
            if any(d.undated for d in found if d.type in CONTROL_EVENT_TYPES):
                # "Druze groups seize the buildings": the paragraph has turned to the news's now
                ctx.paragraph_told_next = None
            paragraph_claims += [
                d for d in found if d.type in CONTROL_EVENT_TYPES and d.payload["modality"] == "claimed"
            ]
            if any(
                d.type in CONTROL_EVENT_TYPES and d.payload["modality"] in ("claimed", "denied")
                for d in found
            ):
                # the claims told last: a rejection after them answers these, not older ones
                recent_claims = [
                    (sentence.index, d)
                    for d in found
                    if d.type in CONTROL_EVENT_TYPES and d.payload["modality"] == "claimed"
                ]
            if claim_line is not None:  # (a claim line of several sentences: all of them)
                opens_line = self.cues.fact_check_claim.match(low) is not None
                claimed = [
                    *(() if opens_line else claimed),
                    *(d for d in found if d.type in CONTROL_EVENT_TYPES),
                ]
            elif found:
                claimed = []
            taken = {d.capital for d in found if d.type in ("captured", "surrendered")}
            found = [d for d in found if not (d.prelude and d.capital in taken)]
            entered: dict[tuple[str | None, date, bool], int] = {}
            for d in found:
                # a denied entry only for fighting denied with it ("rejected a claim that fighters had
                # entered Homs and were fighting in its districts"): "denied that the militants had
                # entered Aleppo, saying army units were repelling an attack on its outskirts" tells
                # the attack instead
                if d.type == "entered":
                    key = (d.capital, d.payload["event_time"].date(), d.payload["modality"] != "denied")
                    entered[key] = min(entered.get(key, d.at), d.at)
            focus = ctx.focus_by_sentence[sentence.index] = {
                d.capital
                for d in found
                if d.capital
                and d.type in CONTROL_EVENT_TYPES
                and not d.aside
                # not a fall that only times the news ("authority in the port city melted away after
                # the fall of Damascus"): the sentence's news is elsewhere
                and not (d.type == "captured" and _TIMED_BY_FALL.search(low, max(0, d.at - 40), d.at))
            }
            if any(d.type == "captured" and d.payload["modality"] != "denied" for d in found):
                ctx.fall_told_at = sentence.index
            if ctx.lead is None and focus:
                ctx.lead = next(iter(focus)) if len(focus) == 1 else ""
            if ctx.lead and ctx.lead in focus and len(focus) > 1:
                days = {d.capital: d.payload["event_time"].date() for d in found if d.capital in focus}
                others = [d for d in found if d.capital in focus and d.capital != ctx.lead]
                if all(
                    d.capital is not None
                    and days[d.capital] < days[ctx.lead]
                    and (
                        _PARTICIPLE_AT.match(low, d.at)
                        # "a day after the fall of Zaranj": the earlier fall as a noun of time
                        or _AFTER_THE_NOUN.search(low, max(0, d.at - 40), d.at)
                    )
                    for d in others
                ):
                    ctx.lead_over_earlier.add(sentence.index)
            if ctx.first_day is None:
                ctx.first_day = next(
                    (
                        d.payload["event_time"].date()
                        for d in found
                        if d.type in CONTROL_EVENT_TYPES and not d.undated
                    ),
                    None,
                )
            if ctx.news_day is None and focus:
                ctx.news_day = self._news_day(ctx, found)
            siege = _SIEGE.search(low) is not None
            for draft in found:
                day = draft.payload["event_time"].date()
                entry = entered.get((draft.capital, day, True))
                if entry is None and draft.payload["modality"] == "denied":
                    entry = entered.get((draft.capital, day, False))
                if (
                    draft.type == "contested"
                    and not siege
                    and entry is not None
                    and not 0 <= draft.at < entry
                    and not _NEW_REPORTED_CLAUSE.search(low, entry)
                ):
                    # the fighting of an entry ("pushed into X, battling troops") is the entry; not
                    # fighting on another day ("after fighting on its outskirts on Wednesday"), nor
                    # a siege the entry broke into ("pushed into the besieged capital"), nor an
                    # assault told before the entry ("launched an assault on X and had broken in"),
                    # nor fighting a report tells apart ("had pushed in and that clashes continued
                    # on its outskirts")
                    continue
                kept = drafts.get(draft.key)
                if (
                    kept is None
                    or _PRECISION_RANK[draft.payload["time_precision"]]
                    < _PRECISION_RANK[kept.payload["time_precision"]]
                ):
                    # the same event, told where the text dates it most closely ("overran Aleppo at
                    # the weekend", then "captured Aleppo on Saturday")
                    drafts[draft.key] = draft
        final = self._dated_alike(
            self._acted_alike(
                _without_headline_days(_without_coarse_repeats(_without_moves_into_takes(drafts.values()))),
                article,
            )
        )
        if article is not written:  # evidence quotes the text as it was written, where it was
            for draft in final:
                evidence = draft.payload["evidence"]
                source = written.body if evidence.field == "body" else written.title or ""
                origin = origins.get(evidence.field)
                start, end = (
                    (origin[evidence.start], origin[evidence.end])
                    if origin
                    else (evidence.start, evidence.end)
                )
                draft.payload["evidence"] = evidence.model_copy(
                    update={"text": source[start:end][:4000], "start": start, "end": end}
                )
        return [EVENT_ADAPTER.validate_python(d.payload) for d in final]

    def _dated_alike(self, drafts: list[Draft]) -> list[Draft]:
        """A control event told only with the report's day (a headline's "Factions take control
        of Deraa after an agreement", filed the next morning) that the text also tells on one
        day, with another modality ("announced, yesterday Friday, their control of the city of
        Deraa"): that day, where the text says it happened."""
        days = _dated_alike_days(drafts)
        dated = []
        for draft in drafts:
            told = days.get(_day_key(draft))
            if draft.type in CONTROL_EVENT_TYPES and draft.undated and told and len(told) == 1:
                payload = {
                    **draft.payload,
                    "event_time": self.times.at_day(next(iter(told))),
                    "time_precision": "day",
                }
                dated.append(replace(draft, payload=payload))
            else:
                dated.append(draft)
        return dated

    def _acted_alike(self, drafts: list[Draft], article: Article) -> list[Draft]:
        """A headline's change of hands that names no side ("Daraa, Suwayda, Deir ez-Zor change
        hands"), whose capital the body tells taken by one side ("Kurdish-led forces moved into
        Deir ez-Zor"): that side, not the theatre's default."""
        if not article.title:
            return drafts
        named = {
            self.gazetteer.actor_of(m.group(0))
            for m in self.gazetteer.actor_re.finditer(article.title.lower())
        }
        sides: dict[tuple[str, str | None], set[Any]] = {}
        for draft in drafts:
            if draft.type in _GAINS and draft.payload["evidence"].field == "body":
                sides.setdefault(_day_key(draft)[:2], set()).add(draft.payload["actor"])
        acted = []
        for draft in drafts:
            told = sides.get(_day_key(draft)[:2])
            if (
                draft.type in _GAINS
                and draft.payload["evidence"].field == "title"
                and told is not None
                and len(told) == 1
                and draft.payload["actor"] not in told | named
            ):
                acted.append(replace(draft, payload={**draft.payload, "actor": next(iter(told))}))
            else:
                acted.append(draft)
        return acted

    def _capitalised(self, article: Article) -> Article:
        """An article written without capitals, with them put back (see `streams.core.recase`);
        the article itself when it has its capitals."""
        body_uncased = is_uncased(article.body)
        title = article.title or ""
        if not (body_uncased or is_uncased(title)):
            shouted = _SHOUTED_LINE.search(article.body)
            if shouted is None:
                return article
            # a ticker's lines set all in capitals ("21:00 — TALIBAN CLAIM CAPTURE OF QALA-I-NAW,
            # CAPITAL OF BADGHIS PROVINCE; ..."): read as if written in lower case, then recased
            body = _SHOUTED_LINE.sub(
                lambda line: recased(line.group(0).lower(), self.gazetteer.cased_names), article.body
            )
            return article.model_copy(update={"body": body})
        return article.model_copy(
            update={
                "title": recased(title, self.gazetteer.cased_names) if title else article.title,
                "body": recased(article.body, self.gazetteer.cased_names) if body_uncased else article.body,
            }
        )

    def _statement_voice(self, ctx: Context, sentence: Sentence, low: str) -> None:
        """A monitor's "The following are texts of statements by Taliban spokesman X" or "Text of
        statement by X": the paragraphs after it are that side's own words, printed as issued, until
        a monitor's note, the sources or a heading ends them. A video script's "SOUNDBITE (Arabic)
        Rebel commander, no name given:" gives the quote after it its speaker's voice."""
        if ctx.soundbite_left:
            ctx.soundbite_left -= 1
            if not ctx.soundbite_left:
                ctx.section_voice = None
        soundbite = _SOUNDBITE_INTRO.match(low)
        if soundbite is not None:  # the next paragraph is its speaker's words
            ctx.section_voice = self.gazetteer.actor_of(soundbite.group("who"))
            ctx.soundbite_left = 2
            return
        intro = _STATEMENT_INTRO.search(low)
        if intro is not None:
            ctx.section_voice = self.gazetteer.actor_of(intro.group("who"))
            ctx.in_statements = ctx.section_voice is not None
        elif ctx.in_statements and _STATEMENT_END.match(low) and not _STATEMENT_LINE.match(low):
            ctx.section_voice = None
            ctx.in_statements = False

    def _speaker_line(self, ctx: Context, sentence: Sentence) -> None:
        """A line that introduces the quote below it and ends on a colon ("Parwana, 31, whose husband
        is a soldier in Shiberghan, Jowzjan province:"): the capital it names is what "the city" in
        the quote stands for; a speaker's line naming none ends the last one's."""
        text = field_text(ctx.article, sentence)
        _, line_end = _line_bounds(text, sentence.start)
        line = text[sentence.start : line_end].rstrip()
        if not line.endswith(":") or len(line) > 200:
            return
        named = {capital for capital, _, _ in self.gazetteer.capital_mentions(line)}
        ctx.speaker_capital = next(iter(named)) if len(named) == 1 else None

    def _driven_out_after(
        self, ctx: Context, sentence: Sentence, low: str, found: list[Draft], previous: list[Draft]
    ) -> list[Draft]:
        """A holder's forces driving the attackers out after their entry or partial take, told
        with no place of its own ("broke into Qala-e Naw on July 7 ... before commandos pushed them
        out the following day"; the sentence before's entry for one that opens so): the holder
        retook that city, on the day told after the verb."""
        match = _DROVE_THEM_OUT.search(low)
        if match is None:
            return []
        incumbent = self.gazetteer.incumbent
        opening = match.start() == 0 and not found
        taken = [
            d
            for d in (previous if opening else found)
            if d.type in ("entered", "captured")
            and d.capital
            and d.payload["actor"] != incumbent
            and d.payload["modality"] in ("asserted", "partial")
            and (opening or 0 <= d.at < match.start())
        ]
        if len({d.capital for d in taken}) != 1:
            return []
        entry = taken[0]
        told_before = [  # the entry's day as told before the verb ("On July 7 ..."), else its event's
            r.day
            for r in self.times.find(low[: match.start()], ctx.published_day, ctx.anchor_day)
            if r.precision == "day" and not r.is_report_time
        ]
        entry_day = told_before[-1] if told_before else self.times.local_day(entry.payload["event_time"])
        refs = [
            r
            for r in self.times.find(low[match.end() :], ctx.published_day, entry_day)
            if r.precision == "day" and not r.is_report_time
        ]
        day = refs[0].day if refs and refs[0].start < 40 else entry_day
        ctx.note(
            sentence,
            "retaken:drove them out",
            "event",
            "asserted, the holder drove them out",
            entry.payload["capital_name"],
        )
        return [
            self._build(
                ctx, sentence, "retaken", entry.capital, incumbent, "asserted", None, day, "day", True
            )
        ]

    def _entry_head(self, sentence: Sentence) -> str | None:
        """The capital a paragraph's head names alone, as a gazetteer's or an almanac's entry
        opens ("Aleppo (Halab). Largest city before the war; ...") or a situation report's section
        ("LASHKAR GAH (HELMAND): Bad day."): what its "the city" is."""
        capitals_head = _CAPITALS_HEAD.match(sentence.text)
        if capitals_head is not None and (sentence.start > 0 or capitals_head.group("bracket")):
            # a sitrep's "LASHKAR GAH (HELMAND): Bad day." (not a body's dateline, "KANDAHAR: ...")
            # ("CHAGHCHARAN / FEROZ KOH (GHOR):": a capital's two names, either)
            names = [fold_accents(name).strip().lower() for name in capitals_head.group("name").split("/")]
            capitals = {self.gazetteer.heading_to_capital.get(name) for name in names}
            return capitals.pop() if len(capitals) == 1 else None
        head = _ENTRY_HEAD.fullmatch(sentence.text.strip())
        if head is None:
            return None
        named = self.gazetteer.capital_mentions(head.group("name"))
        if len(named) != 1 or named[0][1] != 0 or named[0][2] != len(head.group("name")):
            return None
        return named[0][0]

    def _claim_line(self, ctx: Context, sentence: Sentence) -> str | None:
        """The line of a fact check's claim ("CLAIM: "Halab has fallen. Not one soldier is left."
        (Post on X, Saturday)") that the sentence is part of, if it is."""
        text = field_text(ctx.article, sentence)
        line_start, line_end = _line_bounds(text, sentence.start)
        if not self.cues.fact_check_claim.match(text[line_start : line_start + 12].lower()):
            return None
        return text[line_start:line_end]

    def _claim_source(self, line: str) -> str | None:
        """The side a claim line names as the claim's source: in the note that closes it
        ("(Taliban spokesman Zabihullah Mujahid, Monday)", "(Several pro-government Telegram
        channels, Sunday)"), or as a partisan source anywhere ("Taliban-linked accounts say")."""
        note = _SOURCE_NOTE.search(line)
        if note is not None:
            source = note.group(1)
            named = self.gazetteer.actor_of(source) or self.speaker_finder.partisan(source)
            if named:
                return named
        return self.speaker_finder.partisan(line)

    def _rumours_dropped(self, ctx: Context, sentence: Sentence, found: list[Draft]) -> list[Draft]:
        """A claim line whose told source is no side ("(Video shared on Facebook and TikTok,
        Sunday)", "Claim: A video shows ..."): what it tells with no speaker of its own is a
        rumour, which no verdict turns into anyone's claim or denial (a line that tells no source
        at all stays a claim: "CLAIM: Lashkar Gah has fallen to the Taliban.")."""
        rumours = [d for d in found if d.type in CONTROL_EVENT_TYPES and d.payload["attribution"] is None]
        for draft in rumours:
            ctx.note(sentence, f"{draft.type}:claim line", "dropped", "a rumour: no side is its source", "")
        return [d for d in found if d not in rumours]

    def _verdict(self, ctx: Context, sentence: Sentence, low: str, claimed: list[Draft]) -> list[Draft]:
        """A fact check's verdict on the claim line before it ("CLAIM: Lashkar Gah has fallen to
        the Taliban." then "VERDICT: FALSE"): the claim's events, denied by a false verdict or
        told as fact by a true one."""
        verdict = self.cues.fact_check_verdict.match(low) if claimed else None
        if verdict is None or verdict.lastgroup is None:
            return []
        modality: Modality = "denied" if verdict.lastgroup == "denied" else "asserted"
        return self._ruled(ctx, sentence, claimed, modality, "verdict", "the claim's verdict")

    def _rejected_earlier(
        self, ctx: Context, sentence: Sentence, low: str, found: list[Draft], recent: list[Draft]
    ) -> list[Draft]:
        """A sentence that names no capital and rejects "the claim" ("The National Resistance
        Front rejected the claim.", "... said the Taliban's claim of victory was false"), a few
        sentences after a side's claims: those claims, denied, unless the rejecting side is the
        claimant's own."""
        if not recent or any(d.type in CONTROL_EVENT_TYPES for d in found):
            return []
        hit = self.cues.denied_claim.search(low)
        if hit is None:
            return []
        named = self._claim_rejected_about(sentence.text, low, hit.end())
        if (
            named is None
            # a claim of its own before the rejection (not "The claim could not be verified, and the
            # front rejected it": the claim before, as a noun)
            or any(
                not DETERMINER_BEFORE.search(low, max(0, claim.start() - 12), claim.start())
                for claim in self.cues.claim.finditer(low, 0, hit.start())
            )
            or self._rejects_other_news(low, hit)
        ):
            return []
        if named:
            recent = [d for d in recent if d.capital in named]
        if NOT_REJECTING.search(low, max(0, hit.start() - 40), hit.start()):
            return []  # "would neither confirm nor deny it"
        rejecting = {
            a.actor
            for a in self.gazetteer.actor_mentions(low[: hit.start()])
            if not _CLAIMANTS_OWN.fullmatch(low, a.end, hit.start())  # "the Taliban's claim"
        }
        # and the speaker named after it ('Reports of fighting there are lies," a Taliban
        # spokesman said': the claimant's own quote going on, rejecting others' reports)
        memory = ctx.speakers.copy()
        said = self.speaker_finder.find(memory, sentence.text, low) if self.cues.speech.search(low) else None
        if said is not None and said.actor is not None and said.start > hit.start():
            rejecting.add(said.actor)
        denied = [d for d in recent if d.payload["actor"] not in rejecting]
        if any(d.type in _TAKES for d in denied):
            # "said they had entered Bazarak and raised their flag ... The NRF rejected the claim":
            # the claim of the take, not of the entry on the way to it
            denied = [d for d in denied if d.type in _TAKES]
        return self._ruled(ctx, sentence, denied, "denied", "rejected", "the claim rejected after it")

    def _claim_rejected_about(self, text: str, low: str, end: int) -> set[str] | None:
        """The capitals a rejection ending at `end` names: none, or the one it says the claim was
        about ("rejected the claim about Pul-e Alam"); None when it names a capital otherwise ("no
        truth to reports of a withdrawal from Damascus": another thing's place)."""
        mentions = self.gazetteer.capital_mentions(text)
        if not mentions:
            return set()
        named = {capital for capital, _, _ in mentions}
        about = _CLAIM_ABOUT.match(low, end)
        if len(named) > 1 or about is None or not any(start == about.end() for _, start, _ in mentions):
            return None
        return named

    def _confirmed_earlier(
        self, ctx: Context, sentence: Sentence, low: str, found: list[Draft], recent: list[Draft]
    ) -> list[Draft]:
        """A sentence that names no capital and confirms the claim told just before it ("Two
        residents confirmed the account.", "Residents confirmed that fighters were guarding the
        governorate building"): those claims, asserted, unless the confirming side is the
        claimant's own or the confirmation is undone ("could not confirm")."""
        if not recent or any(d.type in CONTROL_EVENT_TYPES for d in found):
            return []
        hit = self.cues.confirm.search(low)
        if (
            hit is None
            or not _DONE_CONFIRMING.fullmatch(hit.group(0))  # not "were unable to confirm it"
            or _UNDONE_BEFORE.search(low, 0, hit.start())  # "could not reach officials ... who confirmed"
            or self.gazetteer.capital_mentions(sentence.text)
            or self.cues.unverified.search(low)
            or not self._confirms_a_take(sentence.text, low, hit.end())
        ):
            return []
        said = (
            self.speaker_finder.find(ctx.speakers.copy(), sentence.text, low)
            if self.cues.speech.search(low, 0, hit.start())
            else None
        )
        confirming = (
            {said.actor}  # "The Observatory said ... rebel units were now deployed in the centre,
            # confirming the Command's account": the speaker confirms, not the sides it tells of
            if said is not None and said.start < hit.start() and said.text[:1].isupper()
            else {a.actor for a in self.gazetteer.actor_mentions(low[: hit.start()])}
        )
        if self.speaker_finder.partisan(low[: hit.start()]) is not None:
            return []
        confirmed = [d for d in recent if d.payload["actor"] not in confirming]
        return self._ruled(ctx, sentence, confirmed, "asserted", "confirmed", "the claim confirmed after it")

    def _confirms_a_take(self, text: str, low: str, end: int) -> bool:
        """Whether what a confirmation ending at `end` confirms is the claim before it ("confirmed
        the account", "confirmed it"), or that a seat of power is held or a city taken ("confirmed
        that the insurgents were in control of the palace compound"; not "confirmed that Rastan and
        Talbiseh had fallen": places of their own)."""
        if _CONFIRMED_ACCOUNT.match(low, end):
            return True
        that = _CONFIRMED_THAT.match(low, end)
        if that is None:
            return False
        if _HOLDER_LEFT.search(low, that.end(), that.end() + 40):
            return True  # "Residents confirmed that the army had withdrawn": the claim borne out
        return self.cues.seat_of_power_any.search(low, end) is not None or any(
            self.cues.trigger_specs[number].type in ("captured", "entered")
            and not _NAMED_BEFORE.search(text, that.end(), start)
            for number, start, _ in self.cues.triggers_in(low, that.end())
        )

    def _ruled(
        self,
        ctx: Context,
        sentence: Sentence,
        claimed: list[Draft],
        modality: Modality,
        rule: str,
        reason: str,
    ) -> list[Draft]:
        """The claims' events again, told with the modality a later sentence rules for them."""
        drafts = []
        for draft in claimed:
            payload = draft.payload
            ctx.note(
                sentence, f"{draft.type}:{rule}", "event", f"{modality}, {reason}", payload["capital_name"]
            )
            day = None if draft.undated else self.times.local_day(payload["event_time"])
            drafts.append(
                self._build(
                    ctx,
                    sentence,
                    draft.type,
                    draft.capital,
                    payload["actor"],
                    modality,
                    None,
                    day,
                    "day",
                    True,
                )
            )
        return drafts

    def _slugs_blanked(self, article: Article) -> Article:
        """The article with the wire's marks that open its title or body ("UPDATE 3-Taliban say
        ...", "FLASH: ...") blanked to spaces: "Taliban say" opens the headline, as written, and
        every offset holds."""
        fields = {}
        for name, text in (("title", article.title or ""), ("body", article.body)):
            lead = self.cues.slug_lead.match(text)
            if lead is not None and lead.end() < len(text):
                fields[name] = " " * lead.end() + text[lead.end() :]
        return article.model_copy(update=fields) if fields else article

    def _item_line(self, ctx: Context, sentence: Sentence) -> re.Match[str] | None:
        """The head of a round-up item's line, if the sentence opens one: a body line past the
        dateline that opens on a name in capitals and a dash ("HOMS - Rebels took Rastan ..."), or
        a colon past the first line ("JALALABAD: The city was handed over ..."; "KABUL: ..." on
        the first line is a dateline)."""
        if sentence.field != "body" or ctx.in_dateline(sentence, 0):
            return None
        item = _ITEM_DASH.match(sentence.text, LIST_LEAD.match(sentence.text).end())  # type: ignore[union-attr]
        if item is None or (item.group("mark") == ":" and sentence.start == 0):
            return None
        body = ctx.article.body
        return item if sentence.start == 0 or body[sentence.start - 1] == "\n" else None

    def _item_head(self, sentence: Sentence, item: re.Match[str] | None) -> str | None:
        """The place that opens a round-up's item line ("ADDIS ABABA - ...", not "UPDATE - ..."):
        the items before it are other places' news."""
        if item is None or item.group("mark") == ":":
            return None
        head = sentence.text[: item.start("mark")].strip(" *•-")
        low = head.lower()
        return None if low in self.cues.wire_slugs or set(low.split()) & self.cues.wire_slugs else head

    def _abroad(self, head: str) -> bool:
        """Whether an item's place is outside the theatre: no capital, province or country of it
        (a head that tells a time or a section, "NIGHT - ...", "BACKGROUND - ...", is no place)."""
        low = head.lower()
        if _TIME_OR_SECTION_HEAD.fullmatch(low.strip(" -—–:")):
            return False
        return not (
            self.gazetteer.capital_mentions(head.title())
            or self.gazetteer.province_re.search(low)
            or any(name.lower() in low for name in self.theatre.country_names)
        )

    def _sentences(self, article: Article) -> list[Sentence]:
        title = split_sentences(article.title or "", "title", self.cues.abbreviations)
        body = split_sentences(article.body, "body", self.cues.abbreviations, len(title))
        return title + body

    def _sentence_events(self, ctx: Context, sentence: Sentence, scan: Scan) -> Iterator[Draft]:
        text = sentence.text
        low = scan.low
        item_line = self._item_line(ctx, sentence)
        item_head = self._item_head(sentence, item_line)
        if item_head is not None:
            ctx.item_start = sentence.index
            ctx.item_abroad = self._abroad(item_head)
        # A cheap first look (most sentences name no capital and no other event; one that names
        # a seat of power may be set in the capital the sentences before talk about); the names
        # and the other-event cue found here are what the full analysis needs anyway.
        names = self.gazetteer.capital_mentions(text)
        ctx.named.update(name for name, _, _ in names)
        if sentence.field == "title":
            ctx.headline_named.update(name for name, _, _ in names)
        item_end = 0  # where a fact box's item head ends: its notes are telegraphic
        if text[LIST_LEAD.match(text).end() :][:1].isupper() and (  # type: ignore[union-attr]  # past a bullet
            ctx.list_heading is not None or item_line is not None
        ):
            # a fact box's item head in capitals ("AUG 13 - LASHKAR GAH (Helmand): the governor's
            # compound was handed over"), or a round-up's ("TARTUS - The coastal city was taken
            # without a fight"): its capitals are the item's places
            head = self._fact_box_head(ctx, sentence)
            if head is not None:
                names = sorted({*names, *head[0]}, key=lambda name: name[1])
                item_end = head[2]
        other_present = self.cues.other_events_present.search(low) is not None
        if not (
            other_present
            or names
            or "capital" in low
            or ("city" in low and self.gazetteer.epithet_mentions(low))
            or self.cues.coref_city.search(low)
            or ("it " in low and self.cues.pronoun_subject.search(low) and ctx.topic(sentence) is not None)
            # "Officers handed it over without a shot fired": the topic as a trigger's object
            or (
                " it" in low
                and (_IT_AFTER_VERB.search(low) is not None or self._side_took_it(low))
                and ctx.topic(sentence) is not None
            )
            or (
                self.cues.seat_of_power_any.search(low)
                and (ctx.topic(sentence) is not None or self._national_seat(ctx, low))
            )
            or (_ELIDED_SUBJECT.match(text) and ctx.topic(sentence) is not None)
            # "On Wednesday the fighting had reached the northern outskirts": the topic's edge
            or (_CITY_EDGE.search(low) is not None and ctx.topic(sentence) is not None)
            # a reference entry's "Opposition forces entered on 7 Dec. 2024 and declared full control"
            or (ctx.entry_capital is not None and _ENTRY_NEWS.search(low) is not None)
            # "commandos had driven the insurgents out": the topic's expulsion
            or (" out" in low and ctx.topic(sentence) is not None and self._bare_expulsion(low))
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
            or self._national_seat(ctx, low)
            or any(WHERE_AFTER.match(low, m.end) for m in mentions)  # "had come from Douma, where ..."
            # "troops withdrew from Deir al-Zor and the SDF took over its government buildings"
            or any(_LEFT_FROM_BEFORE.search(low, max(0, m.start - 40), m.start) for m in mentions)
        )
        triggers = (
            [self._trigger(low, *found) for found in self._clipped(low, self.cues.triggers_in(low), mentions)]
            if wants_triggers
            else []
        )
        if places and (
            "follow" in low
            or " came" in low
            or "turn of" in low
            or "it was" in low
            or "then" in low
            or "so did" in low
            or "so too did" in low
            or _NAMES_THEN_DAY.match(low)
            or _DAY_THEN_NAMES.match(low)
        ):
            triggers += self._following_falls(ctx, sentence, low, triggers)
        if places and not triggers and _DATED_ITEM_HEAD.match(low):
            triggers = self._dated_item_falls(ctx, sentence, low, mentions)
        if triggers and " of " in low and ("that of" in low or "those of" in low):
            triggers += _echoed_nouns(low, triggers)
        if triggers and " it" in low:
            mentions = self._object_pronouns(ctx, sentence, low, mentions, triggers)
        if not triggers and not other:
            # No event to read: only what later sentences need, as for a sentence without names
            self._skim(ctx, sentence, low)
            _remember_places(ctx, sentence, low, mentions, self.cues.route_after, self.cues.speech)
            ctx.opening = (sentence.index, low[:_OPENING])
            return
        clauses = with_item_heads(split_clauses(text), text, mentions)
        time_refs = self._time_refs(ctx, sentence, low)
        self._track_period(ctx, sentence, low, time_refs)
        attribution = (
            self.speaker_finder.find(ctx.speakers, text, low) if self.cues.speech.search(low) else None
        ) or self._speaker_of_open_quote(ctx, text, scan.following)
        actors = self.gazetteer.actor_mentions(low) if (triggers or other) else []
        used_triggers: set[int] = set()
        governed: set[int] = set()
        # every capital named (a modifier too: "soldiers surrendered at the Kunduz airport" is not
        # another capital's surrender) and whether it is named as a place
        places_at = tuple(
            (m.start, m.capital, m.role == "place") for m in mentions if m.role in ("place", "modifier")
        )
        governed_by: dict[int, list[Trigger]] = {}
        coordinated: set[int] = set()
        for mention in mentions:
            if mention.role != "place":
                continue
            readings = self._governing_triggers(text, mention, triggers, clauses, mentions)
            readings = after_relative_item(low, mention, mentions, governed_by) or readings
            if readings and echoes_earlier_verb(low, mention):
                # "Asadabad fell on Saturday, as did Maimana, which had been surrounded for weeks":
                # the verb "as did" repeats, not the capital's own relative clause
                readings = coordinated_readings(low, mention, mentions, governed_by, coordinated) or readings
            if (
                readings
                and all(t.start > mention.end for t in readings)
                and _OWN_RELATIVE_NEXT.match(low, mention.end)
                and (shared := coordinated_readings(low, mention, mentions, governed_by, coordinated))
            ):
                # "Charikar fell, as did Gardez in Paktia and Mehtarlam in Laghman, where fighting had
                # been reported a day earlier": the list's verb, and the capital's own clause's
                told = {t.spec.type for t in readings} | (
                    {"captured"} if any(t.spec.type == "surrendered" for t in readings) else set()
                )
                readings = [*readings, *(t for t in shared if t.spec.type not in told)]
            if not readings:
                readings = (
                    coordinated_readings(low, mention, mentions, governed_by, coordinated)
                    or self._gapped(low, mention, mentions, governed_by, time_refs)
                    or self._gapped_subject(low, mention, mentions, governed_by, time_refs)
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
        elided = self._elided_subject(ctx, sentence, mentions, triggers, item_end)
        if elided is not None:
            used_triggers.add(triggers[0].start)
            yield from self._control_event(
                ctx, sentence, scan, elided, triggers[0], clauses, time_refs, attribution, actors, (), ()
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
        ctx.opening = (sentence.index, low)
        _remember_places(ctx, sentence, low, mentions, self.cues.route_after, self.cues.speech)

    @staticmethod
    def _dated_item_falls(
        ctx: Context, sentence: Sentence, low: str, mentions: list[Mention]
    ) -> list[Trigger]:
        """A dated item of a list of falls that names capitals with no verb of its own ("- Tuesday,
        Aug. 10: Farah in the west and Pul-e Khumri in the north."), after an item that told a fall:
        each capital it names as a place fell that day."""
        if not ctx.fall_just_told(sentence):
            return []
        head = _DATED_ITEM_HEAD.match(low)
        previous = ctx.opening[1] if ctx.opening is not None and ctx.opening[0] == sentence.index - 1 else ""
        if head is None or not (
            head.group("bullet") or ":" in head.group(0) or _DATED_ITEM_HEAD.match(previous) is not None
        ):
            return []  # not a section's heading ("Thursday, 5 December — Hama."): its news follows
        # only names, with where and when in the day ("Ghazni in the morning, Herat in the afternoon"),
        # not an item with a verb of its own ("Dec. 6 - Army withdraws from Daraa")
        rest = list(low[head.end() :])
        for m in mentions:
            if m.start >= head.end():
                rest[m.start - head.end() : m.end - head.end()] = " " * (m.end - m.start)
        unknown = [w for w in _ITEM_WORD.findall("".join(rest)) if not _ITEM_FILLER.fullmatch(w)]
        if len(unknown) > 2:
            return []
        return [
            Trigger(_NEXT_TO_FALL, m.start, m.start, "")
            for m in mentions
            if m.role == "place" and m.via == "name" and m.start >= head.end()
        ]

    @staticmethod
    def _following_falls(
        ctx: Context, sentence: Sentence, low: str, triggers: list[Trigger]
    ) -> list[Trigger]:
        """ "Kunduz fell on Sunday. Taloqan followed on Monday.", "Sheberghan falls on the 7th;
        Kunduz and Taloqan follow on the 8th": "follow" with no object after a fall told in the
        sentence before (or the paragraph before, when it opens one) or in a clause of its own
        before it: the next to fall."""
        after_fall = ctx.fall_just_told(sentence)
        turns = [
            Trigger(_NEXT_TO_FALL, hit.start(), hit.end(), hit.group(0))
            for hit in _TURN_OF.finditer(low)
            # ("so did X" only where nothing else happens in the sentence: not "So did Qala-i-Naw,
            # the city the Taliban broke into on July 7", whose day and "the city" are the entry's)
            if not (hit.group(0).endswith("did") and triggers)
        ]
        listed = _NAMES_THEN_DAY.match(low)
        if listed and (after_fall or ctx.tallies_falls):
            # "Zaranj, handed over on Aug. 6. Kunduz, Sar-e Pul and Taloqan on Aug. 8.": a list of
            # falls told on, each sentence only names and a day (or, in a story that counts the
            # falls, "Six capitals in four days", its first: "The list grows. Zaranj on Friday.")
            turns.append(Trigger(_LISTED_FALL, listed.start(1), listed.end(1), listed.group(1)))
        fronted = _DAY_THEN_NAMES.match(low) if after_fall or ctx.tallies_falls else None
        if fronted and any(t.start <= fronted.start(1) < t.end for t in turns):
            fronted = None  # "And on Friday it was Sheberghan": the turn's own day
        if fronted:  # "On Sunday, in a single day, Kunduz, Sar-i-Pul and Taluqan."
            turns.append(Trigger(_NEXT_TO_FALL, fronted.start(1), fronted.end(1), fronted.group(1)))
            after_fall = True
        return (
            (turns if after_fall or listed else [])
            + [
                Trigger(_FOLLOWING_FALL, hit.start(1), hit.end(1), hit.group(1))
                for hit in _FOLLOWED_ALONE.finditer(low)
                if after_fall
                # "three more capitals had followed: Kunduz, Sar-i-Pul and Taluqan": the list says which
                or (
                    low.startswith(":", hit.end())
                    and _CAPITALS_FOLLOWED.search(low, 0, hit.start()) is not None
                )
                or any(
                    t.spec.type == "captured" and t.end <= hit.start() and ";" in low[t.end : hit.start()]
                    for t in triggers
                )
            ]
        )

    def _elided_subject(
        self,
        ctx: Context,
        sentence: Sentence,
        mentions: list[Mention],
        triggers: list[Trigger],
        item_end: int = 0,
    ) -> Mention | None:
        """Telegraphic copy that leaves out the subject ("KUNDUZ - Aug. 8. Handed over by
        elders.", "Zaranj (Nimroz). Fell without resistance."): a sentence that opens on a
        participle trigger (or "Fell"), naming no other place, is about the capital the sentences
        before talk about; so are a fact box item's notes after its head ("AUG 9 - AYBAK (Samangan):
        handed over after elders asked ...")."""
        if (
            not triggers
            or triggers[0].start != item_end
            # a participle, or "Fell to the Taliban this evening" (a subject's verb with no subject)
            # (or a subject's participle pattern: "Handed over to the Taliban by agreement on 14 August")
            or (triggers[0].spec.role != "object" and not _ELIDED_SUBJECT.match(triggers[0].text))
        ):
            return None
        if item_end:
            heads = {m.capital for m in mentions if m.end <= item_end and m.role == "place"}
            topic = next(iter(heads)) if len(heads) == 1 else None
        else:
            topic = ctx.topic(sentence)
        if topic is None or not _ELIDED_SUBJECT.match(sentence.text, item_end):
            return None
        if any(m.role in ("place", "province") and m.capital != topic for m in mentions):
            # "Handed over, like Kunduz, ...", "Street fighting continues in the northern districts
            # of Homs": a sentence of its own places
            return None
        return Mention(topic, triggers[0].end, triggers[0].end, "place", "coref")

    def _clipped(
        self, low: str, found: list[tuple[int, int, int]], mentions: list[Mention]
    ) -> list[tuple[int, int, int]]:
        """Triggers that end before any capital named inside their span: a pattern's free words
        ("fighting ... in") must not run over the capital it is about."""
        clipped = []
        for trigger in found:
            _, start, end = trigger
            inside = [m.start for m in mentions if start < m.start < end]
            shorter = self.cues.trigger_before(low, start, inside[0]) if inside else trigger
            if shorter is not None:
                clipped.append(shorter)
            elif inside:
                # the pattern's later words may hold a trigger of their own ("fighters had taken
                # Bamyan in the centre of the country": "taken"), before the capital it swallowed
                clipped += [
                    hit for hit in self.cues.triggers_in(low, start + 1, inside[0]) if hit[2] <= inside[0]
                ]
        return clipped

    def _trigger(self, low: str, number: int, start: int, end: int) -> Trigger:
        return Trigger(self.cues.trigger_specs[number], start, end, low[start:end])

    def _control_event(
        self,
        ctx: Context,
        sentence: Sentence,
        scan: Scan,
        mention: Mention,
        trigger: Trigger,
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
        trigger_starts: tuple[int, ...] = (),
        places: tuple[tuple[int, str, bool], ...] = (),
    ) -> list[Draft]:
        low = scan.low
        attribution = self._speaker_after_turn(ctx, sentence, low, attribution, trigger)
        clause = clause_of(clauses, min(mention.start, trigger.start))
        reason = (
            self._gate(scan, clause, trigger.start, trigger.text, ctx.past_paragraph)
            or self._holding(low, trigger, actors, attribution, mention.capital)
            or self._challenger_lost(low, clause, trigger, actors)
            or self._challenger_clearing(low, clause, trigger, attribution, mention.capital)
            or self._civilians(low, clause, trigger, actors)
            or self._foreign_state(sentence.text, trigger, actors, ctx.past_dateline(sentence))
            or self._ruled_out_place(low, trigger, mention)
            or self._prison_raid(low, trigger)
            or (
                "negated (none of those who would tell it said so)"
                if attribution is not None and _NO_TELLER.search(attribution.text)
                else None
            )
        )
        capital = self.gazetteer.capitals[mention.capital]
        rule = f"{trigger.spec.type}:{trigger.text}"
        # "The Taliban have not captured Bazarak," a resistance spokesman said, after the Taliban
        # claimed it, or with the claim rejected in the same sentence ("called the reports
        # fabrications and said no militant had set foot in Hama"): a party's word against the
        # claim is its denial, not a mere negation
        denial = (
            reason == "negated"
            and attribution is not None
            and (
                (mention.capital, trigger.spec.type) in ctx.claims
                # "Rebels said they had entered Hama, but a military source insisted the city had
                # not fallen": the claimed entry is the fall a party denies
                or (trigger.spec.type == "captured" and (mention.capital, "entered") in ctx.claims)
                or self._rejects_then_says(scan, trigger)
            )
            # "did not say whether it still held the capital": no word either way
            and not _UNSAID_WHETHER.search(low, 0, trigger.start)
            # "there were no reports of fighting in the city itself": no news of it, no one's denial
            and not _NO_NEWS_OF.search(low, max(0, trigger.start - 60), trigger.start)
            # "said there had been no fighting inside the city": no fight there, no entry denied
            and not (trigger.spec.type == "entered" and FIGHTING_NOUN.match(trigger.text))
        )
        if reason and not denial:
            ctx.note(sentence, rule, "dropped", reason, capital.name)
            return []
        if (
            trigger.spec.type == "entered"
            and (
                (
                    _MOVED_INTO.match(trigger.text)
                    and (
                        _HOLDER_LEFT.search(low)
                        # "Government forces left Deir ez-Zor in the morning. The SDF moved into the city"
                        or (mention.via == "coref" and _HOLDER_LEFT.search(scan.preceding))
                        # "the Taliban moved into the governor's compound": into the seat of power
                        or (
                            self.cues.seat_of_power.match(
                                _THE_AFTER.sub("", low[trigger.end : trigger.end + 80], count=1)
                            )
                            # not "many families had moved into the city centre"
                            and not self.cues.civilian_subject.search(low, clause.start, trigger.start)
                        )
                    )
                )
                or self._handed_over(low, clauses, clause, mention, places, trigger.start)
                # "swept into Hama and drove out the army": in, and the holder out
                or _DROVE_HOLDER_OUT.match(low, max(trigger.end, mention.end))
            )
        ):
            # "troops pulled out of Deir ez-Zor and the SDF moved into the city", "fighters moved
            # into the city without a fight": no fight for it, the side that moves in takes it over
            trigger = replace(trigger, spec=replace(trigger.spec, type="captured"))
            rule = f"captured:{trigger.text}"
        if trigger.spec.type == "surrendered" and _HANDED_BY_EVENT.search(
            low, max(0, trigger.start - 50), trigger.end
        ):
            # "a weekend collapse that handed the country's second city to rebels": what an event
            # gave away, no side's handover
            trigger = replace(trigger, spec=replace(trigger.spec, type="captured"))
            rule = f"captured:{trigger.text}"
        event_types = [trigger.spec.type]
        if (
            trigger.spec.type == "contested"
            and FIGHTING_NOUN.match(trigger.text) is not None
            and trigger.end <= mention.start
            and (low.startswith("its streets", mention.start) or low.startswith(_STREETS_AFTER, mention.end))
        ):
            event_types = ["entered"]  # "fighting in its streets", "in Homs's streets": inside the city
        national_seat = (
            trigger.spec.type == "entered"
            and mention.capital == self.national_capital
            and self.cues.national_seat.match(low, trigger.end) is not None
        )
        if national_seat:
            event_types.append("captured")  # "tonight they are inside the presidential palace": the seat
        elif (
            trigger.spec.type == "entered"
            and trigger.end <= mention.start
            and self._governing_seat_next(low, trigger)
        ):
            event_types = ["captured"]  # "entered the governorate building in Hama": the seat taken
        # "Kandahar fell, as did Lashkar Gah, where officials left under a deal": the echo's own clause
        own_clause = clause_of(clauses, mention.start) if echoes_earlier_verb(low, mention) else clause
        if trigger.spec.type == "captured" and self._handed_over(
            low, clauses, own_clause, mention, places, trigger.start
        ):
            event_types.append("surrendered")  # "fell without a fight": taken, and handed over
        if trigger.spec.type == "surrendered":
            event_types.append("captured")  # handed over to someone: they took control of it
        previous = self._opening_side(ctx, sentence) if BARE_THEY.match(low) else None
        actor = self._actor(low, trigger, trigger.spec.type, actors, attribution, mention.capital, previous)
        if (
            trigger.spec.type == "contested"
            and (
                _BOMBARDED.match(trigger.text)
                # "drone attacks by government forces on Idlib": from afar too
                or _REMOTE_BEFORE.search(low, max(0, trigger.start - 14), trigger.start) is not None
                # "recent government attacks on Idlib": the holder's enemy's raids, no fight for it
                or (actor == self.gazetteer.incumbent and trigger.text.startswith("attack"))
            )
            and (actor == self.gazetteer.incumbent) != (self.theatre.initial_controller(capital.id) == actor)
        ):
            # "regime artillery shelled neighbourhoods in Idlib city": the holder's enemy bombarding
            # a city it does not hold from afar, no fight for it ("the shelling of Idlib", no side
            # named: not its holder's own, so its enemy's)
            ctx.note(sentence, rule, "dropped", "a bombardment of a city the other side holds", capital.name)
            return []
        if event_types == ["retaken"] and _DRIVE_OUT.match(trigger.text):
            holder = self.theatre.initial_controller(capital.id)
            heirs = self.theatre.heirs(holder)
            expelled = self.gazetteer.actor_of(trigger.text) or (
                self.gazetteer.incumbent if _INCUMBENTS_FORCES.search(trigger.text.lower()) else None
            )
            if expelled == holder and actor not in heirs:
                # "local factions drove government forces out of Daraa": the holder driven out of
                # its own city by its challenger is a capture, no retake
                event_types = ["captured"]
            elif expelled == holder == actor:
                # "fighting had forced security forces to withdraw from Kunduz": no side drives
                # itself out; with no other side named, the city's challenger took it
                event_types = ["captured"]
                actor = self.gazetteer.attacker_of(capital.id)
        if event_types == ["captured"] and self.gazetteer.roles.get(actor) == "resistance":
            # "resistance claims Charikar": a resistance takes back what the incumbent's side held
            event_types = ["retaken"]
        if (
            actor is not None
            and actor == self.theatre.initial_controller(capital.id) != self.theatre.baseline_controller
            and set(event_types) <= {"captured", "entered", "surrendered"}
        ):
            # "Aleppo and Idlib are now in rebel hands": a city its side has held from the start
            # (Idlib, the rebels' since 2015), told again; no side takes what it holds
            ctx.note(
                sentence, rule, "dropped", "the side that has held the city from the start", capital.name
            )
            return []
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
        if modality == "denied" and _THREAT_WORD.search(trigger.text):
            # "Officials denied that Jalalabad was under imminent threat", "rejected the report, saying
            # Kabul is not under threat": a danger denied, no event
            ctx.note(sentence, rule, "dropped", "a danger denied, no event denied", capital.name)
            return []
        if modality == "claimed":
            ctx.claims.update((mention.capital, event_type) for event_type in event_types)
        # the trigger's own clause dates it ("Lashkar Gah, ..., where troops had fought for weeks, fell on Friday")
        day, precision = (
            self._since_day(trigger, time_refs)
            or self._respective_day(low, mention, trigger, time_refs, places)
            or self._event_day(
                ctx,
                low,
                clause_of(clauses, trigger.start),
                trigger.start,
                # "announced on Saturday evening its full control of Homs": the day the trigger's
                # own words tell is its event's, not only the telling's
                [
                    replace(r, is_report_time=False)
                    if (trigger.start < r.start and r.end < trigger.end)
                    # "The Taliban claimed Feroz Koh on Aug 13": the claim is the event told
                    or (CLAIM_VERB.fullmatch(trigger.text) and trigger.end < r.start <= mention.end + 4)
                    else r
                    for r in time_refs
                ],
                mention,
                trigger_starts,
                scan.closed_asides(),
            )
        )
        if day is not None and self._told_as_state(ctx, low, trigger, day):
            day, precision = None, "report"
        apart = (
            DAYS_APART_LIST.search(low, max(trigger.end, mention.start - 80), mention.start)
            if mention.start > trigger.end
            else None
        )
        if apart is not None and day is not None:
            # "Faizabad fell on Wednesday, a day after Farah and Pul-i-Khumri": the day before
            count = 1 if apart.group("n").lower() in ("a", "one") else self.cues.number(apart.group("n")) or 1
            day += timedelta(days=-count if apart.group("way").lower() == "after" else count)
        if "retaken" in event_types and actor == self.gazetteer.incumbent:
            # "fighters had driven the Taliban out of Charikar", two days after the government fell:
            # the side that carries its cause on (the theatre's data says who and from when)
            actor = self.theatre.successor(actor, day or ctx.published_day)
        ctx.last_day = day or ctx.last_day
        if day is not None and day < self.theatre.start_date:
            ctx.note(
                sentence, rule, "dropped", f"historical (dated {day} before the theatre start)", capital.name
            )
            return []
        if day is not None and self.theatre.end_date is not None and day > self.theatre.end_date:
            # "on 13 November 2001 ... Then, on 9 November, forces took Mazar-i-Sharif", filed in
            # November 2021: a day with no year read as after the campaign is another war's
            ctx.note(
                sentence, rule, "dropped", f"outside the theatre (dated {day}, after its end)", capital.name
            )
            return []
        ctx.note(sentence, rule, "event", f"{modality}, actor {actor}, {mention.via} mention", capital.name)
        resolved = mention.via != "name"
        prelude = (
            trigger.spec.type == "contested"
            and FIGHTING_NOUN.match(trigger.text) is not None  # not a siege ("after days of besieging it")
            and _PRELUDE.search(low, 0, trigger.start) is not None
            # not "after weeks of fighting on its edges": a siege
            and _EDGES_AHEAD.match(low, trigger.start) is None
        ) or (
            # fighters into a seat of power ("have taken Bamyan, with fighters moving into the
            # government offices"): the take's detail, when the sentence tells the take
            trigger.spec.type == "entered"
            and mention.start == mention.end == trigger.end
            # (not an entry with no object: "where the SDF enter and take control")
            and not (_BARE_ENTER.fullmatch(trigger.text) and _NO_OBJECT_AFTER.match(low, trigger.end))
            and not national_seat  # the palace is the national capital's seat, told as its take
            # nor parts of the city ("broke into the western districts on Nov. 29, and by the next
            # day they had seized the city"): an entry of its own
            and not _city_parts_after(low, trigger.end)
        )
        return [
            replace(
                draft,
                prelude=prelude,
                # (not into the national capital, whose seat is taken after the entry: "moved into
                # Kabul on Sunday and took over the presidential palace in the evening")
                moved_in=trigger.spec.type == "entered"
                and _MOVES_INTO.match(trigger.text) is not None
                and mention.capital != self.national_capital,
                at=trigger.start,
                aside=apart is not None,
            )
            for draft in (
                self._build(
                    ctx,
                    sentence,
                    event_type,
                    capital.id,
                    actor,
                    modality,
                    attribution,
                    day,
                    precision,
                    resolved,
                )
                for event_type in event_types
            )
        ]

    def _speaker_of_open_quote(self, ctx: Context, text: str, following: str) -> Attribution | None:
        """A quote that opens the sentence and closes in the next one ('"We have taken Kunduz. The
        enemy fled," a spokesman said'): the speaker named after it speaks this sentence too, after
        all of it."""
        if not opens_unclosed_quote(text):
            return None
        closing = _CLOSING_THEN_SPEAKER.match(following)
        if closing is None:
            return None
        memory = ctx.speakers.copy()
        said = self.speaker_finder.find(memory, following, lower_text(following))
        return replace(said, start=len(text)) if said is not None else None

    def _speaker_after_turn(
        self, ctx: Context, sentence: Sentence, low: str, attribution: Attribution | None, trigger: Trigger
    ) -> Attribution | None:
        """The speaker of the trigger's own clause when the sentence turns to another after the
        first ("The Taliban claimed X, but a local official said fighting was going on inside the
        city"): the official's word, not the claim's. None before a speech verb that is the
        subject's second predicate ("took Herat and said that ...")."""
        if attribution is None:
            return None
        if attribution.start > trigger.start:
            return attribution if attribution.covers_before else None
        turn = TURN.search(low, attribution.start, trigger.start)
        if turn is None:
            return attribution
        memory = ctx.speakers.copy()
        rest = slice(turn.end(), trigger.start)
        later = self.speaker_finder.find(memory, sentence.text[rest], low[rest])
        if later is None:
            return attribution
        return replace(later, start=later.start + turn.end())

    @staticmethod
    def _since_day(trigger: Trigger, time_refs: list[TimeRef]) -> tuple[date, TimePrecision] | None:
        """A fact box's "Kunduz: Taliban since Sunday": the day the holding began, its take's."""
        if not trigger.text.endswith(" since"):
            return None
        told = next((r for r in time_refs if trigger.end < r.start <= trigger.end + 4), None)
        return (told.day, told.precision) if told is not None else None

    def _respective_day(
        self,
        low: str,
        mention: Mention,
        trigger: Trigger,
        time_refs: list[TimeRef],
        places: tuple[tuple[int, str, bool], ...],
    ) -> tuple[date, TimePrecision] | None:
        """ "Zaranj and Sheberghan fell on Friday and Saturday respectively": the n-th capital
        named before the verb on the n-th day after it."""
        respectively = low.find("respectively", trigger.end)
        if respectively < 0:
            # "Zaranj and Sheberghan fell on Friday and Saturday": days coordinated right after the
            # verb pair with the names before it as "respectively" would
            paired = _PAIRED_DAYS.match(low, trigger.end)
            respectively = paired.end() if paired is not None else -1
        if respectively < 0 or mention.start > trigger.start:
            return None
        named = [start for start, _, place in places if place and start < trigger.start]
        days = [r for r in time_refs if trigger.end <= r.start < respectively and not r.is_report_time]
        if len(named) < 2 or len(named) != len(days) or mention.start not in named:
            return None
        told = days[named.index(mention.start)]
        return told.day, told.precision

    def _told_as_state(self, ctx: Context, low: str, trigger: Trigger, day: date) -> bool:
        """Whether a take dated `day` is told as a state of the report's time, whose own day the
        text leaves to elsewhere: "The men who took Aleppo five days ago now hold Syria's fourth
        city" (now, not on the day of the relative clause before it); "Tonight it has lost Aleppo
        and Hama" (as of the report; "Aleppo, lost on 30 November" may date it); "residents woke on
        Sunday to a second day of rebel rule, ... since opposition fighters took it" (the take began
        what Sunday tells, on a day the clause of "since" leaves to elsewhere); "residents tested a new
        routine on Tuesday under the armed men who swept into their city" (likewise)."""
        opening = _SINCE_SUBJECT_BEFORE.search(low, max(0, trigger.start - 60), trigger.start) or (
            _WHO_BEFORE.search(low, max(0, trigger.start - 20), trigger.start)
        )
        if opening is not None:
            stop = _CLAUSE_STOP.search(low, trigger.end)
            clause = low[opening.start() : stop.start() if stop else len(low)]
            if not self.times.mentioned(clause) and not DAYPART.search(clause):
                return True
        if day != ctx.published_day:
            now = _NOW_BEFORE.search(
                low, max(0, trigger.start - 8), trigger.start
            ) or trigger.text.startswith("now ")
            subject = _SUBJECT_RELATIVE_BEFORE.search(low, 0, trigger.start)
            return bool(
                (
                    (now and _PRESENT_STATE.match(trigger.text.removeprefix("now ")))
                    # "rebels who took Hama yesterday ... are now on the northern approaches to Homs"
                    or _NOW_STATE_TRIGGER.match(trigger.text)
                )
                and subject is not None
                and self.times.mentioned(subject.group(0))
            )
        return bool(
            _NOW_WORD.match(low)
            and (
                HAS_PERFECT.match(trigger.text)
                or _PERFECT_END.search(low, max(0, trigger.start - 24), trigger.start)
            )
        )

    def _rejects_then_says(self, scan: Scan, trigger: Trigger) -> bool:
        """ "called the reports fabrications and said no militant had set foot in Hama": the
        speaker rejects a claim, then says the negation (not the reporter's "and there has been
        no evidence the city changed hands")."""
        if not scan.has(self.cues.denied_claim):  # the sentence-wide look-up the modality makes too
            return False
        rejection = self.cues.denied_claim.search(scan.low, 0, trigger.start)
        if rejection is None:
            # "insisted that no rebel fighters had entered the capital, calling the reports 'lies'":
            # the speaker's rejection of the claim in a participle after the negation
            # (an entry or a take, not a fight: "said there was no fighting in the city,
            # describing reports of clashes as rumours" denies no one's claim)
            after = self.cues.denied_claim.search(scan.low, trigger.end)
            return (
                trigger.spec.type != "contested"
                and after is not None
                and _REJECTING_AFTER.fullmatch(scan.low, trigger.end, after.start()) is not None
                and _PARTICIPLE_AT.match(after.group(0)) is not None
            )
        said = self.cues.speech.search(scan.low, rejection.end(), trigger.start)
        # not another speaker's ("The Taliban rejected the claim, and residents said they had seen
        # no sign of fighting": no one claimed a fight there)
        return said is not None and not _NEW_SUBJECT.search(scan.low, rejection.end(), said.start())

    def _seat_of_power_events(
        self,
        ctx: Context,
        sentence: Sentence,
        scan: Scan,
        mentions: list[Mention],
        triggers: list[Trigger],
        used: set[int],
        governed: set[int],
        clauses: list[Clause],
        time_refs: list[TimeRef],
        attribution: Attribution | None,
        actors: list[Any],
    ) -> Iterator[Draft]:
        """ "Insurgents seized the governor's office" in a sentence set in one capital: a capture;
        fighters who "entered the governor's office", fighting "near the police headquarters" or
        "street fighting": an entry or a fight there. A capital whose mention already has its own
        predicate ("after the fall of X") is not the setting, so "In Y, fighters took over the
        governor's office, after the fall of X" is Y; one named only after the seat is not either
        ("had taken the governor's office after the governor handed the city over and left for X"),
        nor is the dateline's city ("KABUL - Fighters pushed into Lashkar Gah, fighting in the streets")."""
        mentions = [m for m in mentions if not ctx.in_dateline(sentence, m.start)]
        fronted = (
            bool(mentions)
            and mentions[0].via == "name"
            and bool(
                FRONTED_LOCATIVE.fullmatch(scan.low, 0, mentions[0].start)
                # "On Dec. 6, former rebels in Daraa took control": the subject's own place
                or _FIGHTERS_IN_SUBJECT.fullmatch(scan.low, 0, mentions[0].start)
            )
        ) or (ctx.entry_capital is not None and not mentions)  # a reference entry's sentence: set in its city
        headed: bool | None = None  # read for the first take only: most sentences have none
        for trigger in triggers:
            if headed is None and trigger.spec.type == "captured":
                headed = _item_headed(sentence.text, mentions)
            if trigger.spec.type == "entered" and self.cues.civilian_subject.search(
                scan.low, clause_of(clauses, trigger.start).start, trigger.start
            ):
                continue  # "many families had moved into the city centre": people moving, no side
            where = _where_clause(scan.low, mentions, trigger)
            # "local officials in Lashkar Gah handed over the governor's compound": officials who
            # act there, not speak, set the seat in their city
            seated = mentions
            if (
                any(m.role == "speakers" and m.start < trigger.start for m in mentions)
                and not any(m.role == "place" and m.start < trigger.start for m in mentions)
                and not (
                    self.cues.speech.search(scan.low, 0, trigger.end)
                    or self.cues.claim.search(scan.low, 0, trigger.end)
                )
            ):
                seated = [
                    replace(m, role="place") if m.role == "speakers" and m.start < trigger.start else m
                    for m in mentions
                ]
            # "Lashkar Gah's governor's compound was handed over": the city that owns the seat
            seated = [
                replace(m, role="place")
                if m.role == "modifier"
                and m.end < trigger.start  # the seat as the subject (past the trigger: `_setting`'s)
                and scan.low.startswith(("'s ", "’s "), m.end)
                and self.cues.seat_of_power.match(scan.low[m.end + 2 : m.end + 80])
                else m
                for m in seated
            ]
            places = {m.capital for m in seated if m.role == "place"}
            if (
                trigger.start in used
                or _district_seat(scan.low, trigger)
                or not (
                    self._in_setting(
                        scan.low,
                        trigger,
                        fronted,
                        where,
                        unnamed=not places,
                        headed=bool(headed),
                        none_before=not any(m.role == "place" and m.start < trigger.start for m in seated),
                    )
                    if trigger.spec.role == "object"
                    else self._seat_is_subject(scan.low, trigger)
                    or (fronted and self._defenders_besieged(scan.low, trigger))
                )
            ):
                continue
            free = {  # named before the seat, with no predicate of its own
                m.capital
                for m in seated
                if m.role == "place" and m.start not in governed and m.start < trigger.start
            }
            named_before = {m.capital for m in seated if m.role == "place" and m.start < trigger.start}
            setting = (
                places
                if len(places) <= 1
                else free
                if len(free) == 1
                else named_before
                if len(named_before) == 1 and trigger.spec.type in ("captured", "surrendered")
                else places
            )  # "... had overrun most of Tarinkot, and the governor handed over the buildings and left for Kabul"
            if not any(m.role == "place" and m.start < trigger.start for m in seated) and not (
                # (but parts entered of the one city the sentence names after them: "broke into the
                # western districts on Nov. 29, and by the next day they had seized the city")
                trigger.spec.type == "entered"
                and len(places) == 1
                and _city_parts_after(scan.low, trigger.end)
            ):
                setting = set()  # a place named only after the seat ("and left for X"): the topic's
            taken = _TAKE_PARTICIPLE.match(trigger.text) and next(
                (
                    m
                    for m in reversed(seated)
                    if m.role == "place" and m.start in governed and m.end <= trigger.start
                ),
                None,
            )
            # "In Lashkar Gah and Tarinkot, officials handed over the governor's compounds": each
            capitals = _coordinated_setting(scan.low, seated, trigger, where)
            if taken and _PARTICIPLE_GAP.fullmatch(scan.low, taken.end, trigger.start):
                # "took Ghazni, a strategic city 150 km southwest of Kabul, on Thursday, hoisting
                # their white flag over the governor's office": the take's own seat
                capitals = [Mention(taken.capital, 0, 0, "place")]
            if not capitals:
                capital_id = self._setting(ctx, sentence, seated, setting, trigger)
                capitals = [] if capital_id is None else [Mention(capital_id, 0, 0, "place")]
            for setting_capital in capitals:
                capital_id = setting_capital.capital
                reading = trigger
                if trigger.spec.type == "captured" and self._foothold_only(scan.low, trigger):
                    if any(m.capital == capital_id and m.start in governed for m in mentions):
                        continue  # "took control of Douma, seizing police stations": the capture's detail
                    reading = replace(trigger, spec=replace(trigger.spec, type="entered"))
                elif trigger.spec.type == "entered" and self._governing_seat_next(scan.low, trigger):
                    # "insurgents were inside the governor's compound", "entered the governor's
                    # office": the seat that governs the city, taken (its take, not an entry)
                    reading = replace(trigger, spec=replace(trigger.spec, type="captured"))
                mention = Mention(capital_id, trigger.end, trigger.end, "place", "coref")
                named = tuple(
                    (m.start, m.capital, False) for m in mentions if m.role in ("place", "modifier")
                )
                yield from self._control_event(
                    ctx, sentence, scan, mention, reading, clauses, time_refs, attribution, actors, (), named
                )

    def _foothold_only(self, low: str, trigger: Trigger) -> bool:
        """ "seized the police headquarters" (and no seat that governs the city, as the governor's
        compound): fighters inside the city, which has not been handed over by it."""
        if "flag" in trigger.text:
            return False  # "raised their flag over the main square": the sign of control itself
        after = low[trigger.end : trigger.end + 100]
        return bool(self.cues.foothold_seat.match(after)) and not self.cues.governing_seat_any.search(after)

    def _governing_seat_next(self, low: str, trigger: Trigger) -> bool:
        """The trigger's object is a seat that governs the city ("the governor's compound and the
        police headquarters"), not a foothold inside it alone ("the police headquarters")."""
        start = _object_start(low, trigger.end)
        seat = self.cues.seat_of_power.match(low[start : start + 80])
        return (
            seat is not None
            # (the presidential palace is told as an entry and a take of the national capital)
            and self.cues.national_seat.match(low, start) is None
            and self.cues.governing_seat_any.search(seat.group(0)) is not None
            and not self.cues.foothold_seat.match(seat.group(0))
        )

    def _national_seat(self, ctx: Context, low: str) -> bool:
        """The sentence names a seat of the national government and the theatre has a national
        capital (not in a round-up's item from abroad: "CONAKRY - ... near the presidential palace")."""
        return (
            self.national_capital is not None
            and not ctx.item_abroad
            and self.cues.national_seat_any.search(low) is not None
        )

    def _setting(
        self, ctx: Context, sentence: Sentence, mentions: list[Mention], places: set[str], trigger: Trigger
    ) -> str | None:
        """The capital a seat-of-power trigger acts in: the one whose possessive names the seat
        ("took over Kandahar's police headquarters"), else the sentence's single place, else (with
        no place) the capital the sentences before talk about; the presidential palace is in the
        national capital."""
        if (
            self.national_capital
            and not ctx.item_abroad
            and self.cues.national_seat.match(sentence.text.lower(), trigger.end)
        ):
            return self.national_capital
        low = sentence.text.lower()
        if not places and _DISTRIBUTIVE.search(low):
            return None  # "In city after city, governors handed over government buildings": no one city
        seat_start = _object_start(low, trigger.end)
        seat = self.cues.seat_of_power.match(low[seat_start : seat_start + 80])
        if seat is not None:
            seat_end = seat_start + seat.end()
            region = _SEAT_IN_REGION.match(low, seat_end)
            province = self.gazetteer.province_re.match(low, region.end()) if region else None
            if province is not None and low.startswith(_REGION_NOUNS, province.end()):
                return None  # "took over state buildings in neighbouring Quneitra province": no city's
            if _SEAT_IN_THE_REGION.match(low, seat_end):
                return None  # "had taken over government offices in the province": no city's
            for mention in mentions:
                if mention.role == "place" and _SEAT_LOCATIVE.fullmatch(low, seat_end, mention.start):
                    return mention.capital  # "took over the governor's office in Latakia, and Tartus ..."
            if _THERE.match(low, seat_end):
                # "hours after fighters broke into Herat and seized the main government buildings
                # there": the place the clause named last
                named = [m for m in mentions if m.role == "place" and m.start < trigger.start]
                if named:
                    return named[-1].capital
        for mention in reversed(mentions):
            # (past an appositive: "the road to Kandahar, Afghanistan's second city, where fighting raged")
            where = PLACED_WHERE_AFTER.match(low, mention.end) or _APPOSITIVE_THEN_WHERE.match(
                low, mention.end
            )
            if (
                where
                and where.end() <= trigger.start
                and not any(where.end() <= m.start < trigger.start for m in mentions)
            ):  # "had come from Douma, where local fighters took control of government buildings"
                return mention.capital
        if _MOVED_IN.fullmatch(trigger.text) or seat is not None:
            # "troops withdrew from Deir al-Zor city on Friday and the SDF moved in" (or "took over
            # its government buildings"): the city left
            left = {
                m.capital
                for m in mentions
                if m.start < trigger.start
                and _LEFT_FROM_BEFORE.search(low, max(0, m.start - 40), m.start)
                # (a seat not past another place or clause: "the army has left Daraa ...; in
                # Suwayda, Druze factions seized the governorate buildings")
                and (
                    seat is None
                    or (
                        ";" not in low[m.end : trigger.start]
                        and not any(
                            m.end <= o.start < trigger.start and o.capital != m.capital for o in mentions
                        )
                    )
                )
            }
            if len(left) == 1:
                return left.pop()
        if places:
            return next(iter(places)) if len(places) == 1 else None
        for mention in mentions:
            if mention.role == "modifier" and trigger.end < mention.start <= trigger.end + 5:
                return mention.capital
        topic = ctx.topic(sentence)
        if any(
            m.role == "province"
            and m.capital != topic
            # (not where the side came from: "after a drive from their bastion in Idlib province")
            and not _ORIGIN_PROVINCE.search(low, max(0, m.start - 40), m.start)
            for m in mentions
        ):
            return None  # "Street fighting continues in the northern districts of Homs": set there
        return topic

    def _defenders_besieged(self, low: str, trigger: Trigger) -> bool:
        """ "In Maymana, security forces have been besieged for weeks": the defenders of the city a
        sentence is set in, under siege there; it is contested."""
        return (
            trigger.spec.type == "contested"
            and _SIEGE_STATE.search(trigger.text) is not None
            and _DEFENDERS_BEFORE.search(low, 0, trigger.start) is not None
            and _OUTPOST_AFTER.match(low, trigger.end) is None
            and _OUTPOST_WHERE.search(low, max(0, trigger.start - 100), trigger.start) is None
        )

    def _side_took_it(self, low: str) -> bool:
        """Whether a side, or fighters, took "it" ("the Taliban said they had captured it"; not
        "Everyone who had a car took it")."""
        taken = _TAKE_OF_IT.search(low)
        return taken is not None and (
            self.gazetteer.actor_re.search(low, max(0, taken.start() - 60), taken.start()) is not None
            or _ARMED_BEFORE_TAKE.search(low, max(0, taken.start() - 60), taken.start()) is not None
        )

    def _bare_expulsion(self, low: str) -> bool:
        """Whether a sentence tells a retake by an expulsion with no place ("drove them out"); the
        trigger scan runs only where an "out" ends a clause."""
        return _OUT_ENDS_CLAUSE.search(low) is not None and any(
            self.cues.trigger_specs[number].type == "retaken" and _BARE_EXPULSION_OUT.search(low, start, end)
            for number, start, end in self.cues.triggers_in(low)
        )

    def _seat_is_subject(self, low: str, trigger: Trigger) -> bool:
        """A seat of power taken, handed over or surrounded in the passive: "the governor's
        compound was handed over to the Taliban", "... was surrounded"."""
        return (
            trigger.spec.type in ("captured", "surrendered")
            or (trigger.spec.type == "contested" and _PASSIVE_SIEGE.fullmatch(trigger.text) is not None)
        ) and bool(self.cues.seat_of_power_before.search(low, max(0, trigger.start - 80), trigger.start))

    def _in_setting(
        self,
        low: str,
        trigger: Trigger,
        fronted: bool = False,
        where: bool = False,
        *,
        unnamed: bool = False,
        headed: bool = False,
        none_before: bool = False,
    ) -> bool:
        """Whether an object trigger acts on the sentence's setting rather than a named place;
        `fronted`: the sentence opens with the capital it is set in ("In Kandahar, ..."); `where`:
        the trigger is in a capital's ", where" clause ("Tartus, where they took control");
        `unnamed`: the sentence names no capital as a place, so its setting is the story's;
        `headed`: a list item's line headed by the capital, whose take with no object is its own."""
        fronted = fronted or where
        if _DISTANCE_FROM.search(low, max(0, trigger.start - 60), trigger.start):
            return False  # "In Aleppo, whose outskirts lie 15 kilometres from the nearest clashes"
        after = low[trigger.end : trigger.end + 80]
        seat_start = _object_start(low, trigger.end)
        if trigger.spec.type in _SEAT_EVENT_TYPES and self.cues.seat_of_power.match(
            low[seat_start : seat_start + 80]
        ):
            # "seized the governor's office", "entered the police headquarters"; "by nightfall they
            # were in the presidential palace" (fighters named before it: not "Ghani was in ...")
            return not _BEING_IN.fullmatch(trigger.text) or self._armed_before(low[: trigger.start])
        if (
            trigger.spec.type in ("captured", "retaken")
            and fronted
            and CITY_PARTS_AFTER.match(after) is not None
        ):  # "In Herat, government forces pushed the Taliban out of several southern neighbourhoods"
            return True
        if trigger.spec.type == "retaken" and unnamed and _BARE_EXPULSION_OUT.search(trigger.text):
            return True  # "commandos flown in overnight had driven the insurgents out": of the story's city
        if (
            trigger.spec.type == "captured"
            and (
                (_CONTROL_ALONE.fullmatch(trigger.text) and not _CONTROL_OBJECT.match(low, trigger.end))
                or _TOOK_OVER_ALONE.match(low, trigger.start)
            )
            and (fronted or headed or _AND_AUXILIARY_BEFORE.search(low, 0, trigger.start))
        ):  # "In Daraa, former rebel factions took control on Friday"; "pushed into Homs the next
            # day and were in full control by late on Dec. 7"; "entered the city on Dec. 7 and had
            # taken full control by nightfall"
            return True
        if (
            trigger.spec.type == "entered"
            # (or the story's city, in a sentence naming no other place: not "In Tajikistan, ...
            # soldiers had been allowed to enter")
            and (fronted or (unnamed and not _OTHER_PLACE_OPENING.match(low)))
            and _BARE_ENTRY.fullmatch(trigger.text)
            and _NO_OBJECT.match(after)
            # (not a relative clause's, whose object is the place noun before it: "including a western
            # provincial capital they entered on Thursday")
            and not _PLACE_NOUN_RELATIVE.search(low, max(0, trigger.start - 60), trigger.start)
            # "where fighters broke in" (not "thieves broke in"): a side forcing its way in
            and (trigger.text.startswith("ent") or self._armed_before(low[: trigger.start]))
        ):
            return True  # "Homs (Hims). Third city. ... Opposition forces entered on 7 Dec. 2024"
        if (
            trigger.spec.type == "captured"
            and _MOVED_IN.fullmatch(trigger.text)
            and not low.startswith(
                (" with ", " to live", " to stay"), trigger.end
            )  # "moved in with relatives"
            and (fronted or _HOLDER_LEFT.search(low) or _AND_THEY_BEFORE.search(low, 0, trigger.start))
            # not a post the sentence names ("took control of Aleppo international airport, after
            # Kurdish-led forces who had briefly moved in withdrew")
            and not (unnamed and _POST_NAMED.search(low, 0, trigger.start))
        ):  # "In Bamyan, officials left and the Taliban moved in"; "troops quit X, and the SDF moved in";
            # "had taken Zaranj, ..., and that they walked in without a fight"
            return True
        if trigger.spec.type in ("entered", "contested") and not HOLDOUT.match(trigger.text):
            # not defenders "holding out at the intelligence headquarters": after a fall, too
            return bool(
                # "residents said fighters had entered the northern districts by the afternoon" (or
                # the city it names only after: "Rebels, who broke into the western districts on
                # Friday, have held most of Aleppo since Saturday")
                (
                    (unnamed or none_before)
                    and trigger.spec.type == "entered"
                    and _city_parts_after(low, trigger.end)
                )
                or self.cues.seat_of_power_near.match(after)
                # "clashes were under way near the governor's office", "fighting continued around
                # the besieged governor's compound"
                or (
                    (going_on := _FIGHT_GOES_ON.match(after)) is not None
                    and self.cues.seat_of_power_near.match(after[going_on.end() :]) is not None
                )
                or (_ENDS_WITH_PREPOSITION.search(trigger.text) and self.cues.seat_of_power.match(after))
                or self.cues.setting_triggers.match(trigger.text)
                or (  # "In Kandahar, the country's second city, heavy fighting continued"
                    fronted
                    and trigger.spec.type == "contested"
                    and (
                        FIGHTING_NOUN.fullmatch(trigger.text)
                        or (where and _ATTACK_NOUN.fullmatch(trigger.text))
                    )
                    and (
                        _OWN_PLACE_AFTER.match(low, trigger.end) is None
                        or _CITY_EDGE_AFTER.match(low, trigger.end) is not None
                    )
                )
                or (  # "In Kandahar, fighters kept up their attacks on the western outskirts"
                    (fronted or unnamed)
                    and trigger.spec.type == "contested"
                    and (
                        _CITY_EDGE_AFTER.match(low, trigger.end) is not None
                        or _CITY_EDGE_IN.search(trigger.text) is not None
                    )
                )
            )
        return False


_OUT_ENDS_CLAUSE = re.compile(
    r"\sout(?=\s*(?:$|[.,;:]| on\b| by\b| overnight\b| after\b| before\b| early\b| late\b| within\b))"
)
"""An "out" ending its clause, as the lexicon's bare expulsions end ("drove the insurgents out.")."""
_BARE_EXPULSION_OUT = re.compile(r"\sout$")
"""An expulsion with no place after it ("drove the insurgents out")."""
_WEEKDAY = r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PAIRED_DAYS = re.compile(rf"\s+{_WEEKDAY}(?:\s*,\s*{_WEEKDAY})*\s*,?\s+and\s+{_WEEKDAY}\b")
"""Weekdays coordinated right after a verb ("fell on Friday and Saturday")."""
_BOMBARDED = re.compile(r"(?:shell|bomb|pound|strik|struck|rocket)")
"""An attack from afar: shelling, bombing, strikes, rockets."""
_REMOTE_BEFORE = re.compile(r"\b(?:drone|air|aerial|rocket|artillery|mortar|missile)\s+(?:and\s+\w+\s+)?$")
"""What makes the attack after it one from afar ("drone attacks", "artillery and mortar attacks")."""
_NOW_BEFORE = re.compile(r"\bnow\s+$")
_SUBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s+[^,;]{1,80}$")
"""A relative clause on the subject, running up to the verb: "The men who took Aleppo five days ago"."""
_SINCE_SUBJECT_BEFORE = re.compile(
    r"(?<!years\s)(?<!year\s)(?<!months\s)(?<!month\s)(?<!weeks\s)(?<!week\s)(?<!days\s)(?<!day\s)"
    r"\bsince\s+(?!(?:the\s+|early\s+|late\s+)?(?:morning|afternoon|evening|night|dawn|weekend|day|start|beginning)\b)"
    r"(?:[\w'’-]+\s+){1,4}?$"
)
"""A clause of "since" up to its verb ("for the first time since opposition fighters took it"): the
take that began what the sentence tells (not a span that dates it: "one year since the insurgents
rolled into the capital")."""
_WHO_BEFORE = re.compile(r"\b(?:men|fighters|rebels|insurgents|militants|forces|gunmen)\s+who\s+(?:had\s+)?$")
"""Fighters picked out by what they did ("under the armed men who swept into their city"): the deed
began what the sentence tells, on a day the relative clause leaves to elsewhere."""
_CLAUSE_STOP = re.compile(r"[;:]")
"""Where such a clause's sentence part ends: what is told after a semicolon or colon is another's."""
_PRESENT_STATE = re.compile(r"(?:hold|holds|control|controls|occupy|occupies|run|runs)\b")
"""With `_NOW_BEFORE`: a state in the present ("now hold")."""
_NOW_STATE_TRIGGER = re.compile(r"(?:is|are)\s+now\s")
"""A trigger that tells where a side is now ("are now on the northern approaches to")."""
_NOW_WORD = re.compile(r"(?:tonight|today|now),?\s+(?:it|they|the\s+\w+|\w+)\s+(?:has|have)\b")
_PERFECT_END = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|also|finally)\s+)?$")
"""With `_NOW_WORD`: a take in the present perfect, told as the state of the report's day."""
_BARE_ENTER = re.compile(r"enter(?:s|ed|ing)?")
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[,.;:]|and\b|$)")
"""What ends "enter" with no object ("where the SDF enter and take control")."""


def _field_lower(text: str) -> str | None:
    """`lower_text` of a whole title or body, when slicing it gives each sentence's `lower_text`: no
    character lengthens and none is a capital sigma (the one letter lowered by its context)."""
    low = fold_accents(text).lower()
    return low if len(low) == len(text) and "\u03a3" not in text else None


_TIME_OR_SECTION_HEAD = re.compile(
    r"(?:(?:early|late)\s+)?(?:night|morning|afternoon|evening|dawn|midday|noon|midnight|overnight|today"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|update(?:d)?|background|analysis|context|correction|earlier|later|reaction|what\s+next"
)
"""An item head that is a time of day or a section's name, no place ("NIGHT - At around 8:30 pm ...")."""
_TAKE_PARTICIPLE = re.compile(r"(?:hoisting|raising|planting|seizing|taking|storming|overrunning)\b")
"""A take's participle after the capital it took ("took Ghazni, ..., hoisting their flag over ...")."""
_PARTICIPLE_GAP = re.compile(r"[^.;:]{0,120},\s+")
"""What may stand between a taken capital and the participle that goes on with the take: its
appositive and time, then a comma."""
_SEAT_EVENT_TYPES = ("captured", "entered", "surrendered", "retaken")
"""What a trigger does to a seat of power that it does to the city the seat governs."""
_TAKE_OF_IT = re.compile(
    r"\b(?:captured|seized|took|taken|overran|overrun|stormed|retook|recaptured|liberated|conquered|entered"
    r"|(?:broke|broken|pushed|swept|moved)\s+into"
    r"|(?:(?:took|taken|seized)\s+|in\s+)(?:full\s+|complete\s+)?control\s+of)"
    r"\s+(?:(?:most|much|all|half|(?:large\s+)?parts?)\s+of\s+)?it\b(?!\s+(?:off|away|apart|down|home|up|out)\b)"
)
"""A take or an entry of "it" told as done ("the Taliban said they had captured it", "hours after the
insurgents entered it"), or a hold of it ("they appear to be in control of most of it"): the
topic's, worth a full look."""
_ARMED_BEFORE_TAKE = re.compile(r"\b(?:they|fighters|insurgents|militants|rebels|troops|forces|factions)\b")
"""Who may take a city, named before a take of "it"."""
_IT_AFTER_VERB = re.compile(
    r"\b(?:handed|hand|hands|handing|turned|turning|gave|give|gives|giving)\s+it\s+(?:over|up)\b"
)
"""A handover of "it" ("handed it over", "gave it up"): the topic's, worth a full look."""
_ELIDED_SUBJECT = re.compile(
    r"(?:[Ff]ell|[Ff]alls|[Ff]allen|[Hh]anded|[Tt]aken|[Cc]aptured|[Ss]eized|[Oo]verrun|[Ss]urrendered|[Rr]etaken|[Gg]iven up)\b"
)
"""A sentence that opens on a participle with no subject before it (telegraphic fact-box copy)."""
_DROVE_THEM_OUT = re.compile(
    r"(?:\b(?:before|until|when|but|and)\s+|^)(?:the\s+|government\s+|afghan\s+|syrian\s+|special\s+|security\s+|army\s+)*"
    r"(?:forces|troops|commandos|soldiers|army|police)\s+(?:backed\s+by\s+[^,;.]{1,40}?\s+)?"
    r"(?:pushed|drove|forced|threw|kicked|flushed)\s+(?:them|the\s+(?:taliban|insurgents|militants|rebels|fighters))"
    r"\s+(?:back\s+)?out\b(?!\s+of\b)"
)
"""The holder's forces driving the attackers out, with no place named ("before commandos drove
them out the next day"), or a sentence opening so after the entry's ("Commandos pushed them out the
next day")."""
_ENTRY_NEWS = re.compile(
    r"\b(?:entered|moved\s+in|walked\s+in|took\s+(?:full\s+)?control|declared\s+(?:full\s+|complete\s+)?control)\b"
)
"""Words of a take or an entry with no place of their own, in a reference entry's paragraph."""
_BARE_ENTRY = re.compile(
    r"(?:entered|enter|enters|entering)"
    r"|(?:broke|broken|burst|bursting|(?:forced|forcing|fought) (?:their|its) way|pushed|poured|swept) in"
)
"""An entry verb that may stand with no object: "entered on 7 Dec.", "where fighters broke in"."""
_FIGHTERS_IN_SUBJECT = re.compile(
    r"(?:[^,;:]{0,60},\s*)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rebels|fighters|factions|insurgents|gunmen|militants|militias|militiamen|tribesmen)\s+in\s+"
)
"""A sentence's subject, armed men placed in a capital, after an opening adverbial at most: what they
do with no object of its own they do there."""
_PLACE_NOUN_RELATIVE = re.compile(
    r"\b(?:city|town|capital|centre|center)\s+(?:that\s+|which\s+)?"
    r"(?:they|the\s+[\w-]+|fighters|insurgents|rebels|militants)\s+(?:had\s+|have\s+|finally\s+)?$"
)
"""A place noun, then the subject of a relative clause with no pronoun ("a western town they"): the
clause's verb has that place as its object."""
_NO_OBJECT = re.compile(
    r"\s*(?:,|\.|$|\s(?:on|late|early|at|in\s+the|overnight|and|from|shortly|before|after)\b)"
)
"""What may follow an entry verb that has no object of its own."""
_CAPITALS_HEAD = re.compile(
    r"(?P<bullet>[*•]\s+)?"
    r"(?P<name>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}(?: ?/ ?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})?)"
    r"(?P<bracket>\s*\([^()]{1,40}\))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*(?::|(?(bullet)\s[—–-]|:))\s|\s[—–-]\s(?=(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)))"
)
"""A paragraph headed by a place in capital letters and a colon or a dash, as a situation report's
are, or a fact box's bulleted item ("* KANDAHAR - Heavy fighting on ..."), perhaps with its day
("GHAZNI, Aug 12: Fighters raised their flag over the governor's office"), or a guide's entry
with its day after a dash ("LATAKIA - 8 Dec. Rebels took over the governor's office", "ALEPPO -
Fell 30 Nov.")."""
_ENTRY_HEAD = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}?)(?:\s*\([^()]{1,40}\))?\.")
"""A reference entry's head: a name alone, perhaps with another form of it in brackets."""
_SOURCE_NOTE = re.compile(r"\(([^()]{3,160})\)\s*$")
"""The note closing a fact check's claim line on where the claim came from."""
_SOURCE_TOLD = re.compile(
    r"\([^()]{3,160}\)\s*$|\b(?:videos?|clips?|photos?|images?|pictures?|footage|posts?|messages?|tweets?)\b",
    re.IGNORECASE,
)
"""A claim line that says where the claim came from: a closing note, or the media it went round in."""
_FACILITY_SUBJECT = re.compile(
    # (a fact box's item label first: "* AN AMERICAN HUB - Kandahar Airfield, on the outskirts, ...")
    r"(?:[*•]\s*[^-—–:]{1,40}\s[-—–:]\s+)?"
    r"(?:(?:the|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?|[\w'’-]+\s+(?=\w+\s*,))"
    r"(?:air\s*base|base|airport|airfield|border\s+crossing|crossing"
    r"|border\s+post|checkpoint|outpost|garrison|barracks|dam)"
    r"(?=\s*,|\s+(?:on|in|at|near|outside|of|was|is|has|had|housed|lies|sits|served|remained|remains)\b)"
)
"""A sentence whose subject is a place a side holds that is no city."""
_SEAT_IN_REGION = re.compile(r"\w*\s+(?:in|across)\s+(?:the\s+)?(?:[\w-]+\s+)?(?=[\w'’-])")
"""From a seat of power to the region it is placed in ("... buildings in neighbouring X province")."""
_REGION_NOUNS = (" province", " governorate", " countryside", " region")
_SEAT_IN_THE_REGION = re.compile(
    rf"\w*\s+(?:in|across|throughout)\s+the\s+(?:[\w-]+\s+)?(?:{'|'.join(n.strip() for n in _REGION_NOUNS)})\b"
)
"""A seat of power placed in a region named by its noun alone ("offices in the province")."""
_THERE = re.compile(r"\w*\s+there\b")
"""A seat of power placed by "there": in the place named before it."""
_SEAT_LOCATIVE = re.compile(
    r"\w*(?:\s*,\s*[^,;.]{2,40}?){0,3}(?:,?\s+and\s+(?:the\s+)?[^,;.]{2,50}?)?(?:\s+here)?\s+(?:in|of)\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}city\s+of\s+|the\s+(?:provincial\s+)?(?:capital|city|town),?\s+)?"
)
"""Between a seat of power and the capital it stands in ("the governor's office (here) in Latakia", "the
governorate headquarters and the police command in Suwayda city", "the governor's office, police
command and other state buildings in the provincial capital", "the governor's compound in the
provincial capital, Bazarak")."""
_DISTRICT_OWNER = re.compile(
    r"\bdistrict(?:['’]s|s['’])?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:police|governor|administrative|government|headquarters|centre|center|compound|offices?|buildings?)\b"
    r"|\b(?:headquarters|centre|center|compound|offices?|buildings?)\s+(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?district\b"
)
"""A seat of power a district owns ("the district's police headquarters and administrative centre",
"the district governor's office", "the administrative centre of Nerkh district")."""


def _item_headed(text: str, mentions: list[Mention]) -> bool:
    """Whether a list item's line opens on the capital and a colon ("- Douma (Damascus
    countryside): local fighters took control on Dec 8"): the place its notes are about."""
    head_end = item_head_end(text, mentions[0]) if mentions else None
    return head_end is not None and ":" in text[mentions[0].end : head_end]


def _district_seat(low: str, trigger: Trigger) -> bool:
    """The seat a trigger acts on is a district's, not a capital's: "He said the district's police
    headquarters and administrative centre were now in Taliban hands" (the seat before a subject
    trigger; after an object trigger: "seized the district's police headquarters")."""
    if trigger.spec.role == "object":
        span = low[trigger.end : trigger.end + 60]
    else:
        span = low[max(0, trigger.start - 80) : trigger.start]
    return _DISTRICT_OWNER.search(span) is not None


_THE_AFTER = re.compile(r"^\s*(?:the\s+|its\s+|their\s+)?")
_MOVES_INTO = re.compile(r"mov(?:ed|e|es|ing) (?:back )?into")
"""Moving into a place, with no fight in the word."""


_STREETS_AFTER = ("'s streets", "’s streets")
"""A capital's streets, after its name: inside the city."""


def _without_moves_into_takes(drafts: Iterable[Draft]) -> list[Draft]:
    """Without an entry told as moving into a city the text tells taken ("SDF moves into Deir
    ez-Zor" over "the SDF took control of the city after government troops withdrew"): the
    takeover's own telling, no fight inside the city before it."""
    kept = list(drafts)
    taken = {
        d.capital for d in kept if d.type in ("captured", "surrendered") and d.payload["modality"] != "denied"
    }
    return [d for d in kept if not (d.moved_in and d.capital in taken)]


_THREAT_WORD = re.compile(r"\b(?:threat|threats|threatened|threatening|danger)\b")
"""A danger a trigger tells ("under threat"): a prospect, whose denial denies no event."""
_MOVED_INTO = re.compile(
    r"(?:mov(?:ed|e|es|ing)|advanc(?:ed|e|es|ing)|pour(?:ed|s|ing)?|sw(?:ept|eep|eeps|eeping)|c(?:ame|ome|omes|oming))"
    r" (?:back )?into"
)
"""An entry with no force in the word ("moved into", "advanced into"), unlike "broke into" or "stormed":
as the holder leaves, a takeover."""
_HOLDER_LEFT = re.compile(
    r"\b(?:forces|troops|army|soldiers|militias|units|garrison)(?:\s+(?:that|which|who)\s+[^,;.]{1,80}?)?"
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:left|leaves?|leaving)\b"  # ("troops and Iran-backed militia fighters left")
    r"(?!\s+(?:their|its|his)\b)"
    # (not from parts of the city: "had pulled troops out of parts of the city")
    r"|\b(?:pull(?:ed|s|ing)? (?:[\w-]+ ){0,3}?out(?! of (?:some |several |many )?(?:parts|districts|neighbou?rhoods|areas) of)"
    r"|withdr[ae]w|withdrawn|withdrawing|withdraws|quit(?:s|ting)?"
    r"|(?:retreat(?:ed|s|ing)?|pull(?:ed|s|ing)? back)(?= from| to| toward| towards|[.,;]| as| after)"
    r"|(?:left|leave|leaves|leaving)(?= (?:the |their )?(?:city|town|capital|area)\b|[.,;]| as| after| on)"
    # "abandoned Deir ez-Zor" (not "abandoned their posts", "abandoned checkpoints")
    r"|abandon(?:ed|s|ing)?(?=\s+\w)(?!\s+(?:their|its|his|(?:the\s+)?(?:posts?|positions?|checkpoints?|bases?|barracks)))"
    # the holder's leaving as a noun: "moved into Deir ez-Zor on Friday after a government pullout"
    r"|(?:government|army|regime)(?:'s|’s)?\s+(?:pull-?out|withdrawal)"
    r")\b"
)
"""The holder leaving in the same sentence ("as Syrian troops pull out", "withdrew from", "after
government forces left the city", "retreated"); not soldiers who "abandoned their posts", whose
city the side that moves in enters (main corpus)."""
_LEFT_FROM_BEFORE = re.compile(
    r"\b(?:(?:withdrew|withdrawn|withdrawing|pulled\s+out|pulling\s+out|retreated|fled)\s+from"
    r"|left|abandoned|quit|evacuated)\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town)\s+of\s+)?$"
)
"""The holder leaving the capital named next ("withdrew from Deir al-Zor", "abandoned Tartus")."""
_AND_AUXILIARY_BEFORE = re.compile(
    r"\band\s+(?:(?:by|shortly|late|early|soon|later|then|before|after|within)\b[^,;.]{0,40}?,?\s+)?"
    r"(?:(?:they|it)\s+(?:(?:announced|said|declared|claimed)\s+(?:that\s+)?(?:they|it)\s+)?)?"
    r"(?:(?:had|has|have|were|was)\s+(?:also\s+|now\s+|already\s+)?)?$"
)
"""An "and" before a verb that shares the subject before it, its auxiliary between ("and had"),
after a time ("and by midnight they had"), or as the side's own word ("and shortly before
midnight they announced they had")."""
_AND_THEY_BEFORE = re.compile(r"\band\s+(?:that\s+)?they\s+(?:had\s+)?$")
"""Moving in told as the same side's next deed, after its take of a place named before it."""
_MOVED_IN = re.compile(
    r"(?:moved|move|moves|moving|walked|walking|walks|walk|rolled|rolling|rolls|roll|drove|driving|drives|drive) in"
)
"""Moving in with no object: taking over the place the sentence is set in, or that its holder left."""
_CONTROL_ALONE = re.compile(r"(?:(?:were|was|are|is) in|\w+) (?:(?:full|complete|total) )?control")
_BEING_IN = re.compile(r"(?:is|are|was|were|have been|has been|had been) (?:now |already )?(?:in|inside)")
_TOOK_OVER_ALONE = re.compile(
    r"(?:took|take|takes|taking|taken) over(?=\s*(?:[,.;]|$)|\s+(?:as|on|in|after|when|late|early|by|at|without|from|overnight|this|last|yesterday|today|tonight|\w+day)\b)"
)
"""Taking over with no object ("In Douma, local fighters took over as the army pulled out")."""
_CONTROL_OBJECT = re.compile(
    r"\s+(?:of\s+|over\s+)?(?!(?:the|that)\s+(?:same\s+|next\s+|following\s+)?(?:day|morning|afternoon|evening|night)\b)"
    r"(?:most|much|all|large|parts?|swathes|areas|territory|the|a|an|\d|several|many|some|numerous|dozens|scores"
    r"|hundreds|key|vast|two|three|four|five|six|seven|eight|nine|ten)\b"
)
"""What "control" takes as its object: "and now control most of the north", "and now control
several key border crossings" is no control alone (but "took control the same day" is)."""


def _dateline_span(body: str) -> tuple[int, int]:
    """Where the body's dateline lies: at its start, or opening one of its first paragraphs after
    a correction note or a summary's bullets ("(Corrects day ...)", "* Rebels claim Homs")."""
    end = Extractor.dateline_end(body)
    if end:
        return 0, end
    for line in _LEAD_LINES.finditer(body, 0, _DATELINE_REACH):
        later = _DATELINE.match(body, line.end())
        # a city in capitals with a date or an agency ("BEIRUT, Dec 8 (APS) -"), not a fact box's
        # "ALEPPO — ..." nor a rundown's "Aybak (Samangan) - 09 Aug:"
        if (
            later is not None
            and later.end() > line.end()
            and _CAPITALS_CITY.match(body, line.end())
            and _DATED_OR_SOURCED.search(body, line.end(), later.end())
        ):
            return line.end(), later.end()
    return 0, 0


_LEAD_LINES = re.compile(r"\n\s*\n|\n(?=[A-Z]{3,}[ ,/])")
"""A line break before a paragraph that may open on a dateline."""
_NO_TELLER = re.compile(r"(?i)(?:^|\s)(?:none|neither)\s+of\b")
"""A speaker phrase that names no one who said it ("none of the rebel channels had reported")."""
_TOWN_APPOSITIVE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?town\b"
)
"""A place named with "town" as its appositive ("Spin Boldak, the border town on the highway")."""
_TOWN_OF_NAME = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,3}?town\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)
"""A place named as a town ("the northern town of Manbij")."""
_HANDED_BY_EVENT = re.compile(
    r"\b(?:collapse|rout|defeat|retreat|withdrawals?|pull-?outs?|advance|offensive|blitz|victory|onslaught)"
    r"\s+(?:that\s+|which\s+)?(?:(?:has|have|had)\s+)?(?:handed|hand|hands|handing)\b[^.;]*$"
)
"""An event as the subject of a handing over ("a weekend collapse that handed the city to rebels",
"army withdrawals hand Daraa to local forces"): what it gave away, no side's handover."""
_REJECTING_AFTER = re.compile(r"[^.;,]{0,80},\s*")
"""What runs from a negated event to a participle of its speaker's that rejects a claim ("had
entered the capital, calling the reports 'lies'")."""
_ASKED_PLACE = re.compile(
    r"\s*(?:[Ww]hat|[Hh]ow)\s+about\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*\?\s*"
)
"""An explainer's question that names a place of its own ("What about Manbij?"): "the town" in
the answer is that place."""
_DATED_OR_SOURCED = re.compile(r"\d|\(")
"""A date's digit or an agency's bracket: what a dateline past the body's start must hold."""
_CAPITALS_CITY = re.compile(r"\s*[A-Z][A-Z'’.-]{2,}[ ,/]")
"""A city in capitals opening a line ("BEIRUT, Dec 8"): how a dateline past the body's start opens."""
_DATELINE_REACH = 1200
"""How far into a body a dateline may come, past notes and bullets."""
_DATELINE = re.compile(
    r"\s*(?:\([A-Z][^()\n]{1,40}\)\s*(?:—|–|-)\s*)?"  # an agency's tag before it: "(ASM) - ROME, 22 JUN -"
    r"(?:"
    r"[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}"  # the city in capitals ("DAMASCUS/BEIRUT" too)
    r"(?:\s*\([A-Z][^()\n]{1,30}\))?"  # "HERAT (Afghanistan), 8 July 2021"
    r"(?:,\s*[A-Za-z0-9][\w./]*(?: [\w.]+){0,2}){0,2}"  # ", Afghanistan", ", Aug 13" or both ("16/8/2021")
    r"(?:\s*[/–—-]\s*\d{1,2}\s+[A-Z][a-z]{2,10}\s+\d{4})?"  # the date in another calendar: "/ 12 Asad 1400"
    r"\s*(?:\([^()\n]{1,80}\))?\s*"  # "(Agency)"
    # or in title case, with its date or agency: "Kabul, 6 Aug (AIN).-", "Washington/Kabul (DNI) -"
    r"|[A-Z][\w'’.-]+(?:[ /][A-Z][\w'’.-]+){0,3}"
    r"(?:,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?\s*(?:\([^()\n]{1,40}\))?|\s*\([A-Z][^()\n]{1,40}\))\s*"
    r")"
    r"\.?(?:—|–|--?)\s"
)


_STATEMENT_INTRO = re.compile(
    r"\b(?:the\s+following\s+(?:is|are)\s+(?:the\s+)?(?:full\s+)?(?:texts?|excerpts?)|(?:full\s+)?texts?)\s+of\s+"
    r"(?:a\s+|the\s+|two\s+|three\s+|several\s+)?(?:statements?|posts?|tweets?|messages?)\s+"
    r"(?:issued\s+|posted\s+|released\s+)?by\s+(?P<who>[^,.:;\[]{3,80})"
)
_SOUNDBITE_INTRO = re.compile(
    r"\s*(?:\d+\.\s*)?sound\s?bite\b[^:]{0,30}?(?:\)\s*|\s)(?P<who>[^:()]{3,80}):\s*$"
)
"""A video script's line naming the speaker of the quote below it."""
_STATEMENT_LINE = re.compile(
    r"\s*(?:(?:[\w-]+\s+)?(?:statement|tweet|post|message)(?:\s+\d+)?:\s*)?"
    r"(?:[\"“”'‘]|\[(?:translated|text|passage|words|excerpt)|\(translated)"
)
"""A paragraph of the statement itself: a quotation, or the monitor's note of its language."""
_STATEMENT_END = re.compile(r"\s*(?:\[|\(?sources?\b|[^.!?\"“”]{1,60}$)")
"""A paragraph that ends a statement's text: a monitor's note, its sources, a heading."""
_REJECTION_REACH = 6
_CLAIM_ABOUT = re.compile(r"\s+(?:about|on|over|regarding|concerning)\s+(?:the\s+)?")
"""What a rejected claim was about, a capital named right after it ("rejected the claim about Pul-e Alam")."""
_CONFIRMED_ACCOUNT = re.compile(
    r"\s+(?:(?:the|that|this|those|these|their|its)\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:[\w-]+\s+)?"
    r"(?:claims?|accounts?|reports?|takeover|capture|fall|seizure|loss|news)\b"
    r"|\s+(?:it|this|that)\s*(?:[,.;]|$)"
)
"""What a confirmation confirms when it is the claim before it ("confirmed the account", "confirmed it",
"confirming the Command's account")."""
_NAMED_BEFORE = re.compile(r"\s[A-Z][\w'’-]")
"""A capitalised word: a name of its own."""
_CONFIRMED_THAT = re.compile(r"(?:\s+to(?:\s+[\w'’-]+){1,3}?)?\s+that\b")
"""A confirmation's clause of what it confirms ("confirmed to reporters that")."""
_DONE_CONFIRMING = re.compile(
    r"confirmed|confirms|confirming|acknowledged|acknowledges|conceded|concedes|admitted|corroborated|corroborates|verified"
)
"""A confirmation told as done, not sought ("to confirm") nor only possible."""
_UNDONE_BEFORE = re.compile(
    r"\b(?:not|n['’]t|no|never|neither|nor|unable|failed|declined|refused|would|could|might)\b"
)
"""A negation or a modal before a confirmation, which undoes it ("No official could confirm ...")."""
"""How many sentences back a rejection of "the claim" that names no capital reaches."""
_NOT_REJECTING = re.compile(
    r"\b(?:nor|not|neither|never|n['’]t|refused\s+to|declined\s+to)\s+(?:[\w-]+\s+){0,2}$"
)
_TAKES = ("captured", "surrendered", "retaken")
_CLAIMANTS_OWN = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?")
"""Between a side and "claim" when the claim is that side's ("the Taliban's claim")."""


_DROVE_HOLDER_OUT = re.compile(
    r"\s*,?\s*and\s+(?:drove|forced|pushed|chased|expelled|ousted|ejected)\s+(?:out\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:army|troops|forces|soldiers|defenders|garrison)(?:\s+out)?\b"
)
"""An entry that drives the holder out ("swept into Hama and drove out the army"): a capture."""
_OWN_RELATIVE_NEXT = re.compile(r"(?:\s+(?:in|near)\s+[\w'’ -]{1,30}?)?,\s*(?:where|which|whose)\b")
"""A capital's own relative clause right after it (past where it lies): "Mehtarlam in Laghman, where"."""
_NO_NEWS_OF = re.compile(
    r"\bno\s+(?:(?:immediate|independent|official|further|other)\s+)?(?:reports?|word|signs?|news|indications?|evidence)"
    r"\s+(?:of|that)\s+(?:[\w'’-]+\s+){0,3}$"
)
"""An absence of news before a trigger ("no reports of fighting"): nothing said, so nothing denied."""
_UNSAID_WHETHER = re.compile(
    r"\b(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t|declined\s+to|refused\s+to)"
    r"\s+(?:say|confirm|specify|disclose|comment\s+on)\s+(?:\w+\s+)?(?:whether|if)\b"
    # "They don't say the city has fallen": what a side leaves unsaid, no word against it
    r"|\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:say|claim|admit|concede|acknowledge)\s+(?:that\s+)?"
    r"(?=(?:the|it|[A-Za-z-]+)\s)"
)
"""A side that would not say whether something happened, or does not say it did: no denial of it."""


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "report": 3}
"""How closely each precision dates an event, closest first."""
_COARSE_REACH = {"week": timedelta(days=6), "month": timedelta(days=31)}
"""How far from its date an event told only by its week or month may have happened."""


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    """Where the line of the text that holds `position` starts and ends."""
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, end if end >= 0 else len(text)


_OTHER_PLACE_OPENING = re.compile(r"\s*(?:in|inside|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,")
"""A sentence that opens on a place of its own ("In Tajikistan, ..."), in one naming no capital."""
_POST_NAMED = re.compile(rf"\b(?:{POST_WORDS})\b")
"""A post a side can hold that is no city ("the airport"), named in a sentence."""

_GAINS = frozenset({"captured", "entered", "surrendered"})
"""Events by which a side gains a city, which a headline and its body tell alike."""


def _dated_alike_days(drafts: list[Draft]) -> dict[tuple[str, str | None, Any], set[date]]:
    """The days the text gives each (type, capital, actor) of its control events; not a fall of
    part of a city the text tells handed over with no day ("Governor hands Tirin Kot over ...
    Most of the city had been overrun on Thursday": the handover is not Thursday's)."""
    handed_over = {(d.capital, d.payload["actor"]) for d in drafts if d.type == "surrendered" and d.undated}
    days: dict[tuple[str, str | None, Any], set[date]] = {}
    for draft in drafts:
        if draft.payload["modality"] == "partial" and (draft.capital, draft.payload["actor"]) in handed_over:
            continue
        if draft.type in CONTROL_EVENT_TYPES and draft.payload["time_precision"] == "day":
            days.setdefault(_day_key(draft), set()).add(draft.payload["event_time"].date())
    return days


def _without_headline_days(drafts: Iterable[Draft]) -> list[Draft]:
    """The drafts but a headline's dated event that the body dates otherwise ("Homs taken
    overnight" over "took full control of the city late on Saturday"): the body's fuller account
    says the day."""
    kept = list(drafts)
    body_days: dict[tuple[str, str | None, Any], dict[date, Draft]] = {}
    for draft in kept:
        # (not a partial fall's day: "had taken most of the provincial capital on Thursday" before
        # the headline's handover)
        if (
            draft.payload["evidence"].field == "body"
            and not draft.undated
            and draft.payload["modality"] != "partial"
        ):
            body_days.setdefault(_told_key(draft), {})[draft.payload["event_time"].date()] = draft
    told_right = []
    for d in kept:
        told = body_days.get(_told_key(d))
        if (
            d.payload["evidence"].field != "title"
            or d.undated
            or d.type not in CONTROL_EVENT_TYPES
            or not told
            or d.payload["event_time"].date() in told
        ):
            told_right.append(d)
        elif (
            d.type in _TAKES
            and len(told) == 1
            and all(o.payload["modality"] != d.payload["modality"] for o in told.values())
        ):
            # "Pul-e Khumri and Farah also lost" over "the Taliban said on Tuesday they had captured
            # Farah": the body's day, the headline's own word on the take (not on fighting:
            # "rebels at the gates of Homs" tells no more than the body's "rebels said")
            (body,) = told.values()
            told_right.append(
                replace(
                    d,
                    payload={
                        **d.payload,
                        "event_time": body.payload["event_time"],
                        "time_precision": body.payload["time_precision"],
                    },
                )
            )
    return told_right


def _told_key(draft: Draft) -> tuple[str, str | None, Any]:
    """What a headline and its body tell alike: an event of a type, a capital and an actor."""
    return draft.type, draft.capital, draft.payload["actor"]


def _day_key(draft: Draft) -> tuple[str, str | None, Any]:
    """What shares a day: an event of a type, a capital and an actor (a surrender is its capture,
    the same day)."""
    kind = "captured" if draft.type == "surrendered" else draft.type
    return kind, draft.capital, draft.payload["actor"]


def _without_coarse_repeats(drafts: Iterable[Draft]) -> list[Draft]:
    """The drafts but an event told only by its week ("captured Aleppo last week") that the text
    also tells to the day within that reach ("since it lost Aleppo on Saturday"): one event, dated
    where the text dates it."""
    kept = list(drafts)
    dated = [d for d in kept if d.payload["time_precision"] == "day"]
    return [
        d
        for d in kept
        if (reach := _COARSE_REACH.get(d.payload["time_precision"])) is None
        or not any(
            o.type == d.type
            and o.capital == d.capital
            and o.payload["actor"] == d.payload["actor"]
            and abs(o.payload["event_time"] - d.payload["event_time"]) <= reach
            for o in dated
        )
    ]


_ECHO = re.compile(r"\b(?:that|those)\s+of(?=\s)")
"""A pronoun standing for a noun told before it: "the fall of the capital came hours after that of Homs"."""


def _echoed_nouns(low: str, triggers: list[Trigger]) -> list[Trigger]:
    """ "that of X" after a nominal trigger ("the fall of ...", "the siege of ..."): the same event
    for X."""
    echoes: list[Trigger] = []
    for hit in _ECHO.finditer(low):
        noun = next((t for t in reversed(triggers) if t.end <= hit.start() and t.text.endswith(" of")), None)
        if noun is not None:
            echoes.append(Trigger(noun.spec, hit.start(), hit.end(), hit.group(0)))
    return echoes


def _tidied(article: Article) -> tuple[Article, dict[str, list[int]]]:
    """The article with HTML entities a scraper left in ("governor&#8217;s", "&amp;") decoded and
    runs of spaces inside a line (a wrapped or justified copy's "on Monday  into the hands of")
    made one, and for each field changed, where each character of the tidied text stands in the
    written one."""
    fields: dict[str, str] = {}
    origins: dict[str, list[int]] = {}
    for name, text in (("title", article.title or ""), ("body", article.body)):
        if _WRITTEN_NOISE.search(text) is None:
            continue
        tidied: list[str] = []
        origin: list[int] = []
        at = 0
        for noise in _WRITTEN_NOISE.finditer(text):
            tidied.append(text[at : noise.start()])
            origin.extend(range(at, noise.start()))
            written = noise.group(0)
            at = noise.end()
            if written[0] in _SCARE_QUOTES:
                # a few words in quotes: the words, each where it was written
                tidied.append(written[1:-1])
                origin.extend(range(noise.start() + 1, noise.end() - 1))
                continue
            char = _tidy(written)
            tidied.append(char)
            # (an entity it does not know stays as written, each character where it was)
            origin.extend(
                range(noise.start(), noise.end()) if char == written else [noise.start()] * len(char)
            )
        tidied.append(text[at:])
        origin.extend(range(at, len(text) + 1))  # and the end of the text
        if len(tidied) == 1:
            continue
        fields[name] = "".join(tidied)
        origins[name] = origin
    if not fields:
        return article, origins
    return article.model_copy(update=fields), origins


def _lists_unflattened(article: Article) -> Article:
    """The body with a list a page flattened onto one line ("- Zaranj, Nimroz (Aug. 6) - Sheberghan,
    Jowzjan (Aug. 7) - Kunduz ...") put back one item a line: each separator's space before the
    bullet becomes a line break, so the text keeps its length and every offset."""
    body = article.body
    if " - " not in body and " • " not in body:
        return article
    lines = body.split("\n")
    changed = False
    for number, line in enumerate(lines):
        if _FLAT_LIST_LEAD.match(line) and len(_FLAT_LIST_SEPARATOR.findall(line)) >= 2:
            lines[number] = _FLAT_LIST_SEPARATOR.sub(lambda m: "\n" + m.group(0)[1:], line)
            changed = True
        elif _DAY_THEN_BULLET.match(line):
            # "Friday, Aug. 13 • Kandahar (Kandahar), taken overnight. • Lashkar Gah (Helmand).":
            # the day's line, then its items
            lines[number] = _BULLET_SEPARATOR.sub("\n• ", line)
            changed = True
    return article.model_copy(update={"body": "\n".join(lines)}) if changed else article


_SHOUTED_LINE = re.compile(r"(?m)^(?=(?:[^a-z\n]*?[A-Z][A-Z'’-]+\b){8})[^a-z\n]{40,}$")
"""A line of eight words or more, all in capitals: a ticker's, shouted, not a heading."""
_FLAT_LIST_LEAD = re.compile(r"\s*[-•]\s+[A-Z]")
_FLAT_LIST_SEPARATOR = re.compile(r" [-•] (?=[A-Z])")
"""A bullet between two items of a list run onto one line."""
_DAY_THEN_BULLET = re.compile(
    r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?:?\s+•\s+(?=[A-Z])"
)
"""A day's line whose items follow it on the line, each after a bullet."""
_BULLET_SEPARATOR = re.compile(r" • (?=[A-Z])")


_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML character reference; `html.unescape` leaves one it does not know as it is."""
_SCARE_QUOTES = '"“'
_WRITTEN_NOISE = re.compile(
    _HTML_ENTITY.pattern
    + r"|(?<=\S) {2,}(?=\S)|\*\*(?=\S)|(?<=\S)\*\*|(?<=[A-Za-z])['’](?:re|ve)\b"
    + r"|(?<=[a-z] )[\"“][A-Za-z][\w'’-]*(?: [\w'’-]+){0,2}[\"”](?=[\s,.;:)])"
)
"""What `_tidied` undoes: an HTML character reference, a run of spaces between two words, the
asterisks of Markdown's bold ("**Friday, Aug. 6**"), a contracted "are" or "have" ("they're on
the outskirts", "they've begun to encircle the capital"), or the quotes around a few words inside
a sentence (the city 'in the hands of the "mujahideen"', fighters who 'held "all government
buildings"'), which name a thing as someone put it, not a quoted speech."""
_CONTRACTED = {"re": " are", "ve": " have"}


def _tidy(written: str) -> str:
    """What a piece of `_WRITTEN_NOISE` stands for."""
    if written.startswith(" "):
        return " "
    if written == "**":
        return ""
    if written[0] in "'’":
        return _CONTRACTED[written[1:].lower()]
    return html.unescape(written)


def _named(mentions: list[Mention]) -> set[str]:
    """The capitals a sentence names as places (or as modifiers), for later coreference."""
    return {m.capital for m in mentions if m.role in ("place", "modifier")}


_CLOSING_THEN_SPEAKER = re.compile(
    r"[^\"“”]*[,?!.…—–-][\"”]\s+(?:[\w'’.-]+\s+){0,8}?(?:said|says|wrote|writes|added|adds|told|posted|tweeted)\b"
)
"""The next sentence ends the quote and names who said it ('The enemy fled," a spokesman said')."""


def _answer_or_next(sentences: list[Sentence], position: int) -> str:
    """The sentence after this one, past an interviewer's bare question on it ("Taliban accounts
    say their fighters have entered the city. Is that true?"): the answer is what rules on it."""
    rest = sentences[position + 1 : position + 3]
    if len(rest) == 2 and _BARE_QUESTION.fullmatch(rest[0].text):
        return rest[1].text
    return rest[0].text if rest else ""


_BARE_QUESTION = re.compile(
    r"(?i)\s*(?:is|was)\s+(?:that|this|it)\s+(?:true|right|correct|so)\?"
    r"|\s*(?:can|could)\s+you\s+confirm(?:\s+(?:that|this|it))?\?"
    r"|\s*(?:true|really|correct)\?"
)
"""A question that asks only whether what was just said is so."""


_KEPT_SILENT = re.compile(r"\b(?:comment|commented|respond|responded|spoke|speak|declined|refused)\b")
"""A verb of keeping silent ("did not comment"): with a verb of speech, a sentence whose capitals
are where its speakers are."""
_LEFT_FROM = re.compile(r"\b(?:withdrew|withdrawn|pulled\s+out|pulled\s+back|retreated)\s+from\s+$")
"""A holder's forces leaving a place: the place the next sentences' news is in."""
_TELLER_WENT = re.compile(
    r"\b(?:i|we|he|she)\s+(?:[\w'’-]+\s+){0,2}?(?:drove|went|travell?ed|walked|flew|returned|headed|came)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:to|into)\s+$"
)
"""One teller's journey to a place ("he drove south to Tartous"): the place the story goes on in."""


_ROAD_FROM_BEFORE = re.compile(r"\b(?:highway|road|motorway|route)\s+from\s+$")
"""Before a capital's name: the road from it, where fighters came from."""
_ORIGIN_AFTER = re.compile(r"(?:\s+(?:accents?|dialects?|natives?|origins?)|-born)\b")
"""After a capital's name: a person's origin ("an Idlib accent", "a Homs native")."""
_OPENING = 60
"""How far into a sentence its subject may name a side."""
_OPENING_SUBJECT = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


def _remember_places(
    ctx: Context,
    sentence: Sentence,
    low: str,
    mentions: list[Mention],
    route_after: re.Pattern[str],
    speech: Cue,
) -> None:
    """The capitals the sentence names, for "the city" in the sentences after it (not one that
    names a route from where the news is: "a rocket fell near the Herat bus station", in Kandahar);
    a sentence that names capitals only as how far away its news is ("posts at Shir Khan Bandar,
    50 kilometres north of Kunduz city") is about somewhere else; nor the land around a capital
    in a sentence that names a place ("began in the Idlib enclave ... reached Homs")."""
    placed = any(m.role == "place" for m in mentions)
    named = _named(
        [
            m
            for m in mentions
            if not (
                m.role == "modifier"
                and (route_after.match(low, m.end) or (placed and LAND_AROUND_AFTER.match(low, m.end)))
            )
            # "a fighter with an Idlib accent": where a person is from, not where the news is; nor
            # "came in along the highway from Hama, which they had captured": where they came from
            and not _ORIGIN_AFTER.match(low, m.end)
            and not _ROAD_FROM_BEFORE.search(low, max(0, m.start - 30), m.start)
        ]
    )
    if not named:
        # "government troops withdrew from Deir al-Zor": the city they left is where the news is;
        # "he drove south to Tartous": where the teller went is where his story goes on
        named = {
            m.capital
            for m in mentions
            if m.role == "destination"
            and (
                _LEFT_FROM.search(low, 0, m.start) or _TELLER_WENT.search(low, max(0, m.start - 60), m.start)
            )
        }
    if not named:
        # "The offensive began on Nov. 27 west of Aleppo. Two days later fighters broke into the
        # city's western districts": the one city the news was by, with no distance to it
        near = {
            m.capital
            for m in mentions
            if m.role == "reference"
            and m.via == "name"
            and (near_at := _NEAR_BEFORE.search(low, max(0, m.start - 40), m.start)) is not None
            and not _PLACED_THING_BEFORE.search(low, max(0, near_at.start() - 30), near_at.start())
            and not _DISTANCE_TO.search(low, max(0, m.start - 80), m.start)
        }
        named = near if len(near) == 1 else set()
    if not named and not speech.search(low) and not _KEPT_SILENT.search(low):
        # "a slightly better picture for the government in Herat": those in a capital who say
        # nothing here, the place the news goes on in
        named = {m.capital for m in mentions if m.role == "speakers" and m.via == "name"}
        named = named if len(named) == 1 else set()
    ctx.mentions_by_sentence[sentence.index] = named
    placed_names = [m for m in mentions if m.via == "name" and m.role in ("place", "destination")]
    if placed_names:
        ctx.last_place = (sentence.index, placed_names[-1].capital)
    if any(m.role == "place" for m in mentions):
        return
    landmarks = {
        m.capital
        for m in mentions
        if m.role == "reference"
        and m.via == "name"  # not "the airport, a few kilometres south of the city": the same city's
        and _DISTANCE_TO.search(low, max(0, m.start - 80), m.start)
    }
    if landmarks:
        ctx.elsewhere[sentence.index] = landmarks


_DISTANCE_TO = re.compile(
    r"(?:\b(?:kilomet(?:re|er)s?|km|miles?)(?:\s*\([^()]{1,24}\))?\s+"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside)\s+"
    r"|^\s*(?:just\s+|further\s+|farther\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+)"
    r"(?:the\s+)?(?:(?:provincial\s+)?(?:city|town|capital)\s+of\s+)?$"
)
"""How far a sentence's news is from a capital: "50 kilometres north of", or a fronted "North of"
("North of Homs, rebels captured the towns of Rastan and Talbiseh")."""

_NEAR_BEFORE = re.compile(
    r"\b(?:outside|near|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
    r"|on\s+the\s+(?:outskirts|edges?|approaches|fringes)\s+of)\s+(?:the\s+)?$"
)
"""A capital named as where the news was by ("began west of Aleppo"), not as a likeness ("destroyed
like Kunduz") or where someone came from."""
_PLACED_THING_BEFORE = re.compile(
    r"(?:(?<!\d),|\b(?:province|district|town|village|villages|base|area|areas|region|countryside|road|highway"
    r"|crossing|airport|plain|valley|hills?|mountains?))\s*$"
)
"""A place the words after it locate ("Manbij, east of Aleppo", "the countryside west of Aleppo"):
that place is the news's, not the capital (a date's comma is none: "on Nov. 27, west of Aleppo")."""

_OUTSIDE_BEFORE = re.compile(
    r"\b(?:outside|near|beyond|from|toward|towards|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+)?(?:(?:provincial\s+)?(?:city|town|capital)\s+of\s+)?$"
)
"""A capital named as what something lies by ("a base outside the city, where"): a landmark."""
_DISTANCE_FROM = re.compile(
    r"\b(?:kilomet(?:re|er)s?|km|miles?|hours?|minutes?)\)?\s+(?:(?:away\s+)?from"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)"
    r"\s+(?:the\s+)?(?:nearest\s+|closest\s+|main\s+)?$"
)
"""A distance to the fighting: it happens elsewhere, not in the place the sentence is set in."""
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b")
"""A take told by a participle with no subject of its own ("five days after seizing Aleppo"): the
same side's earlier step, backdrop to the sentence's news."""
_TIMED_BY_FALL = re.compile(
    r"(?<!came\s)(?<!comes\s)\b(?:after|since|following|within\s+(?:[\w-]+\s+){1,3}?of)\s+the\s+$"
)
"""Before a fall told as a noun that times a sentence's news ("within hours of the fall of Damascus")."""
_AFTER_THE_NOUN = re.compile(
    r",\s*(?:(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|hours?|weeks?)\s+)?(?:after|following)\s+(?:the\s+)?$"
)
"""A fall told as a noun in an adjunct set off by a comma, which times the sentence's news
("captured Sheberghan on Saturday, a day after the fall of Zaranj"; not the predicate of "The fall
of the capital came hours after the surrender of Jalalabad")."""
_DRIVE_OUT = re.compile(
    r"(?:cleared|clear|clearing|pushed|pushing|drove|driven|driving|drive|drives|forced|forcing|expelled|expelling"
    r"|kicked|threw|thrown|chased|flushed|routed|ousted|ousting)\b"
)
"""A trigger that drives a side out of a city (no "back" of its own, unlike "recaptured")."""
_INCUMBENTS_FORCES = re.compile(
    r"\b(?:the army|army (?:units|troops)|regime|government|security forces|soldiers|troops|garrison)\b"
)
"""Forces a drive-out names with no side, as the incumbent's ("drove the army out of Hama")."""
_SIEGE = re.compile(r"\b(?:besieged|under siege|encircled)\b")
"""A city under siege: a state of its own, beside an entry into it."""
_NEW_REPORTED_CLAUSE = re.compile(
    r"\b(?:and|but|while) (?:that|said|added)\b[^;]*?\b(?:on|at) (?:the |its |\w+'s )?(?:[\w-]+ (?:and [\w-]+ )?)?outskirts\b"
)
"""A report's next clause on the outskirts ("had pushed in, and that clashes continued on its western
outskirts"): fighting around the city, of its own beside the entry."""
_SIEGE_STATE = re.compile(r"\b(?:besieged|encircled|surrounded|under (?:\w+ )?siege)\b")
_DEFENDERS_BEFORE = re.compile(
    r"\b(?:forces|troops|soldiers|police|policemen|commandos|garrisons?|defenders|officials)\s+(?:\w+\s+){0,2}$"
)
"""The holder's men as the subject of a verb ("security forces have been besieged")."""
_OUTPOST_AFTER = re.compile(
    r"\s+(?:(?:at|in|inside|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:airport|airfield|air\s+base|base|barracks|corps)\b"
    r"|outside\b)"
)
"""Besieged at a post that is not the city ("remain besieged at the airport outside the city")."""
_OUTPOST_WHERE = re.compile(
    r"\b(?:airport|airfield|air\s+base|base|barracks|corps|headquarters)\b[^.;]{0,40}?,\s*where\b[^.;]*$"
)
"""A post's own clause of place ("remained at the airport and the corps headquarters, where officials
said they were surrounded"): the post is besieged, not the city."""
_PASSIVE_SIEGE = re.compile(
    r"(?:(?:was|were|is|are|been|remained|remains)\s+)?(?:surrounded|besieged|encircled)"
)
"""A seat of power besieged, in the passive ("the governor's compound was surrounded")."""
_ATTACK_NOUN = re.compile(r"(?:assaults?|attacks?|offensives?)")
"""Attacks named by a noun alone: in a capital's ", where" clause, on that capital."""
_FOLLOWED_ALONE = re.compile(
    r"\s(?:soon\s+|quickly\s+|swiftly\s+)?(follow(?:s|ed)?)\b(?!\s+(?:by|a|an|suit|up|its|their|his|her|weeks|days|"
    r"months|hours|years|talks|reports|orders|calls)\b|\s+the\s+(?!(?:next|following|same)\b))"
)
_FOLLOWING_FALL = TriggerSpec("captured", "subject")
_CAPITALS_FOLLOWED = re.compile(
    r"\b(?:capitals|cities)(?:\s+(?:had|have|has))?(?:\s+(?:soon|quickly|swiftly))?\s*$"
)
"""Capitals counted as the subject of "followed" ("three more capitals had followed: ...")."""
_ON_A_DAY = r"(?:(?:early\s+|late\s+)?on\s+[\w'’.-]+(?:\s+\d{1,2})?,?\s+)"
"""A day opening a clause ("On Friday, ", "late on Aug. 13 ")."""
_TURN_OF = re.compile(
    r"\b(?:it\s+was|(?:then|next)\s+(?:it\s+was|came))\s+the\s+turn\s+of|\b(?:then|next)\s+came"
    # "On the 13th came Kandahar and Lashkar Gah": a day, then "came" and the names
    r"|^(?:(?:early\s+|late\s+)?on\s+(?:the\s+)?[\w'’.-]+(?:\s+\d{1,2})?,?\s+)came(?=\s+[a-z])"
    # "The next day, Saturday, it was Sheberghan, the home of ...": a clause that is only its name
    # (and where it lies: "On Tuesday it was Farah in the west, where ...")
    rf"|(?:^(?:and\s+)?|[,;:]\s*)(?:{_ON_A_DAY}|then\s+|next\s+)?"
    r"it\s+was(?!\s+the\s+turn\b)(?=\s+[\w'’-]+(?:[\s-][\w'’-]+){0,3}\s*(?:[,.;]|$))"
    # "Kunduz had gone. Then Sar-e Pul.": a sentence that is only "then" and a name
    r"|^(?:and\s+)?then(?=\s+[\w'’-]+(?:[\s-][\w'’-]+){0,2}\s*[.;!]?\s*$)"
    # "Herat fell on Thursday. On Friday, so did Kandahar.": the fall before, said again
    rf"|^(?:{_ON_A_DAY}|(?:a|one)\s+day\s+later,?\s+)?so\s+(?:too\s+)?did"
    r"(?=\s+[\w'’-]+(?:[\s-][\w'’-]+){0,3}\s*(?:[,.;]|$))"
)
_NEXT_TO_FALL = TriggerSpec("captured", "object")
_MONTH_WORD = r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*"
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
"""A month's name or its short form, and a weekday, as the day-told patterns below spell them."""
_NAMES_THEN_DAY = re.compile(
    r"(?:and\s+)?[\w'’-]+(?:[\s-][\w'’-]+){0,2}(?:\s*,\s*[\w'’-]+(?:[\s-][\w'’-]+){0,2})*"
    r"(?:,?\s+and\s+[\w'’-]+(?:[\s-][\w'’-]+){0,2})?"
    rf"(\s+on\s+(?:{_MONTH_WORD}\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+[a-z]+|{_WEEKDAY_WORD}))\s*[.;]?\s*$"
)
"""A sentence that is only capitals' names and a day ("Kunduz, Sar-e Pul and Taloqan on Aug. 8.")."""
_DAY_THEN_NAMES = re.compile(
    rf"(?:and\s+)?(on\s+(?:{_MONTH_WORD}\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+[a-z]+|{_WEEKDAY_WORD})\s*,?\s*(?:in\s+(?:a|one)\s+single\s+day\s*,?\s*)?)"
    r"[\w'’-]+(?:[\s-][\w'’-]+){0,2}(?:\s*,\s*[\w'’-]+(?:[\s-][\w'’-]+){0,2})*"
    r"(?:,?\s+and\s+[\w'’-]+(?:[\s-][\w'’-]+){0,2})?\s*[.;]?\s*$"
)
"""The same with the day first ("On Sunday, in a single day, Kunduz, Sar-e Pul and Taloqan.")."""
_DATED_ITEM_HEAD = re.compile(
    rf"\s*(?P<bullet>[-•*–—]\s*)?(?:{_WEEKDAY_WORD},?\s+)?"
    rf"(?:{_MONTH_WORD}\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+{_MONTH_WORD})\s*[:—–-]\s+"
)
"""A list item headed by its day ("- Tuesday, Aug. 10: ...")."""
_ITEM_WORD = re.compile(r"[a-z][a-z'’-]*")
_ITEM_FILLER = re.compile(
    r"and|the|a|in|at|by|on|of|its|far|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central"
    r"|centre|center|morning|afternoon|evening|night|nightfall|dawn|noon|midnight|day|single|same|capital"
    r"|province|city|town"
)
"""The words a dated item of names may have besides them: where in the country, when in the day."""
_LISTED_FALL = TriggerSpec("captured", "subject")
"""'It was the turn of X', 'next came X', '..., it was X' after a sentence that told a fall: X fell next."""
"""'X followed' with no object, after a sentence that told a fall: the next to fall."""
_PRELUDE = re.compile(
    r"\bafter\s+(?:(?:a|an|two|three|four|several|many|\d+|days?|hours?|weeks?|months?|nights?|night|"
    r"of|long|more|than|a\s+week|a\s+month)\s+)*"
    r"(?:heavy|fierce|intense|bitter|street|house-to-house|brief|short|sporadic|light|limited|some)?\s*$"
)
"""What a take came after, right before a fighting trigger: "after heavy fighting", "after two
weeks of fighting", "after days of clashes"."""
_EDGES_AHEAD = re.compile(r"[^,.;]{0,50}?\b(?:outskirts|edges?|approaches|fringes|gates|suburbs)\b")
"""Fighting placed at a city's edges ("after weeks of fighting on its outskirts"): a siege before
the take, an event of its own."""
_DISTRIBUTIVE = re.compile(
    r"\b(?:(city|town|capital|province) after \1|one (?:city|town|capital) after another)\b"
)
"""A sentence about many cities at once, which no topic stands for."""
_ITEM_DASH = re.compile(
    r"(?:[A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3}\s*/\s*)?"  # "SAMANGAN / AYBAK - ..."
    r"[A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3}(?:\s*\([^()\n]{1,40}\))?(?P<mark>\s+[-–—]|:)\s+[A-Za-z]"
)
"""A line that opens (past a bullet) on a name in capitals, its province in brackets, a dash or
colon and a sentence ("TARTUS - The coastal city ...", "JALALABAD: The main eastern city ...",
"* ZARANJ (Nimroz) - Fell on Friday")."""
_COORDINATION = re.compile(r",\s*|,?\s+and\s+")
"""Between the capitals of a list ("In Lashkar Gah and Tarinkot,")."""
_LOCATIVE_END = re.compile(r"\s*,")
"""The comma that closes a fronted locative."""


_APPOSITIVE_THEN_WHERE = re.compile(
    r"\s*,\s+(?:the\s+(?:provincial\s+)?capital\s+of\s+[^,;]{1,50}|(?:the|[\w-]+['’]s)\s+[\w-]+\s+(?:city|town))"
    r",\s*where\b"
)
"""A capital's appositive naming its province ("Qala-i-Naw, the capital of Badghis province,") or
its rank ("Kandahar, Afghanistan's second city,"), then its clause of place."""


def _where_clause(low: str, mentions: list[Mention], trigger: Trigger) -> bool:
    """Whether the trigger's clause is a capital's ", where" clause ("Tartus, where they took control
    on Monday"): set in that capital as a fronted "In Tartus," sets a sentence."""
    before = [m for m in mentions if m.end <= trigger.start]
    place = next((m for m in reversed(before) if m.role in ("place", "reference")), None)
    if place is None or _OUTSIDE_BEFORE.search(low, 0, place.start):
        return False  # "an army base outside the city, where fighting was continuing": the base
    # (or past an appositive that names its province: "Qala-i-Naw, the capital of Badghis
    # province, where fighters broke in")
    where = WHERE_AFTER.match(low, place.end) if place is before[-1] else None
    where = where or _APPOSITIVE_THEN_WHERE.match(low, place.end)
    return (
        where is not None
        and all(m.end <= where.end() for m in before)
        and not any(c in low[where.end() : trigger.start] for c in ",;")
    )


def _coordinated_setting(low: str, mentions: list[Mention], trigger: Trigger, where: bool) -> list[Mention]:
    """The capitals of a fronted locative that names several ("In Lashkar Gah and Tarinkot, ...")
    and opens the sentence, or the trigger's clause after a semicolon; or of a ", where" clause
    after several ("Kandahar and Herat, where they have fought off weeks of assaults"); else none."""
    opening = low.rfind(";", 0, trigger.start) + 1
    named = [m for m in mentions if m.via == "name" and opening <= m.start < trigger.start]
    if not named:
        return []
    if where:
        run = named[-1:]
        for mention in reversed(named[:-1]):
            if not _COORDINATION.fullmatch(low, mention.end, run[0].start):
                break
            run.insert(0, mention)
        return run if len(run) > 1 else []
    if not FRONTED_LOCATIVE.fullmatch(low, opening, named[0].start):
        return []
    run = named[:1]
    for mention in named[1:]:
        if not _COORDINATION.fullmatch(low, run[-1].end, mention.start):
            break
        run.append(mention)
    if len(run) < 2 or not _LOCATIVE_END.match(low, run[-1].end):
        return []
    return run


_CITY_EDGE_AFTER = re.compile(
    r"(?:(?:\s+[\w'’-]+){0,3}?\s+(?:on|along|at))?\s+the\s+(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?)?"
    r"(?:outskirts|edges?|fringes|approaches)\b(?!\s+(?:of|to)\b)"
)
"""The outskirts of the city a sentence is set in ("fighting continued on the outskirts near the airport")."""
_CITY_EDGE = re.compile(
    r"\b(?:the (?:[\w-]+ (?:and [\w-]+ )?)?(?:outskirts|edges?|fringes|approaches|(?P<part>districts"
    r"|neighbou?rhoods|quarters))|(?:several|some|many|a few|two|three|four) (?:[\w-]+ )?"
    r"(?P<parts>districts|neighbou?rhoods|quarters))\b(?! (?:of|to|in)\b)"
    # (but "on Friday", "on Nov. 29": the day it happened)
    r"(?! on (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d))"
)
"""An edge or part of no named place: the city the story is about ("the battle had reached the
northern outskirts", "fighters had entered the northern districts", "had pushed into several
neighbourhoods")."""


_ORIGIN_PROVINCE = re.compile(r"\bfrom\s+(?:(?:their|its|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:in\s+)?$")
"""Where a province comes as the place a side set out from ("from their bastion in Idlib province")."""


def _city_parts_after(low: str, end: int) -> bool:
    """Parts of no named place right after a trigger ("broke into the western districts"), not
    its edges: the parts of the city a sentence is about."""
    part = _CITY_EDGE.match(low, end + 1)
    return part is not None and part.group("part", "parts") != (None, None)


_CITY_EDGE_IN = re.compile(
    r"\b(?:on|along|at) the (?:[\w-]+ )?(?:outskirts|edges?|fringes)\b(?! (?:of|to)\b)"
)
_OWN_PLACE_AFTER = re.compile(
    r"[^,;.]*?\s(?:in|around|near|outside|across|at|for)\s+(?!\w+day\b)"
    r"(?!(?:up\s+to|about|nearly|almost|more\s+than|over|the\s+(?:past|last))?\s*(?:a|an|\w+)\s+"
    r"(?:(?:few|more|straight)\s+)?(?:hours?|days?|nights?|weeks?|months?)\b)"
)
"""A place of its own after a fighting noun ("fighting continued on Monday around the airport"), not
a span of time ("pressing assaults for up to two weeks")."""
_NEW_SUBJECT = re.compile(r",\s*(?:and|but|while)\s+(?!(?:also|later|then|further|again)\b)[\w'’-]+\s")
"""A coordinated clause with a subject of its own before a speech verb (", and residents reached by
telephone said"), not the same speaker's next verb (", and said", ", and later said")."""
_FRAMING_NOTE = re.compile(
    r"(?:^|\n)[ \t]*(?:\[[^\n\]]*|(?:editor'?s|editors'|desk)\s+note\s*:[^\n]*)", re.IGNORECASE
)
"""A desk's framing note: a line opening in brackets, or an editor's or desk note."""
_WHOLE_TEXT = re.compile(
    r"\b(?:its|the|this|these|their)\s+(?:contents?|statements?|messages?|posts?|texts?)\b"
    r"|\b(?:claims|information)\s+in\s+(?:this|the|these)\s+(?:statements?|messages?|posts?)\b"
    r"|\b(?:posts|statements|messages)\s+(?:from|by|of|on)\b",  # "[Desk intake: posts from the channel of ..."
    re.IGNORECASE,
)
_NOT_VERIFIED = re.compile(
    r"\b(?:could\s*not|cannot|can't|has\s+not|have\s+not|had\s+not|were\s+not|was\s+not|not|unable\s+to)\s+"
    r"(?:been\s+|be\s+)?(?:able\s+to\s+)?(?:independently\s+)?(?:verif|confirm|check)\w*"
    r"|\bnone\s+of\s+(?:these|the|its|their)\s+[\w-]+\s+(?:could|can|has|have)\s+(?:been\s+|be\s+)?"
    r"(?:independently\s+)?(?:verif|confirm|check)\w*"
    r"|\bunverified\b",
    re.IGNORECASE,
)


def _unverified_whole(body: str) -> bool:
    """Whether a framing note says the whole text (a statement or a forwarded message printed as
    received) could not be verified: its news is then its author's claim."""
    if "[" not in body and "note" not in body and "Note" not in body:
        return False  # no framing note at all: most copy
    return any(
        _WHOLE_TEXT.search(note.group(0)) and _NOT_VERIFIED.search(note.group(0))
        for note in _FRAMING_NOTE.finditer(body)
    )


_FIGHT_GOES_ON = re.compile(
    r"\s+(?:continued|continues|continuing|raged|rages|raging|(?:were|was|are|is)\s+under\s+way|erupted"
    r"|broke\s+out|went\s+on|flared)(?=\s)"
)
"""A fight's verb between its noun and where it is ("clashes were under way near ...")."""
_TIME_BEFORE_OBJECT = re.compile(
    r" (?:(?:late|early) )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight)"
    r"(?: (?:morning|afternoon|evening|night))?(?= the )"
)
"""A day told between a verb and its object, as translated copy orders it ("took over on Sunday
evening the headquarters of the governorate")."""


def _object_start(low: str, end: int) -> int:
    """Where the object after a verb ending at `end` starts, past a day told before it."""
    day = _TIME_BEFORE_OBJECT.match(low, end)
    return day.end() if day else end


_EDITS = (
    r"(?:adds|updates|recasts|corrects|changes|rewrites|refiles|repeats|releads|writes through|"
    r"edits|fixes|removes|inserts|restores|clarifies|amends|expands|combines|moves|tops)\b"
)
_NOTE_LABEL = r"(?:note\s+to\s+editors?|editors?|editor['’]s\s+note|eds)\s*:\s*"
_EDITORIAL_NOTE = re.compile(
    rf"\({_EDITS}|\s*{_NOTE_LABEL}(?:{_EDITS}|writethru\b)"
    rf"|\s*(?:{_NOTE_LABEL})?(?:this|the)\s+(?:article|story|report|explainer|piece|page|live\s+blog)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:first\s+)?(?:updated|amended|corrected|revised|published)\b",
    re.IGNORECASE,
)
"""A writethru's note to editors ("(Adds quotes, paragraphs 5-7)", "EDITORS: Updates with details
from Zaranj, adds fighting in Lashkar Gah"), or a page's update note ("This article was updated on
August 15 to add the fall of Sharana"): no news, to the end of its line."""
_REVISED_HEADLINE = re.compile(r"\s*(?:CORRECTED|UPDATE\s*\d*|WRITETHRU|RECASTS?)\b[\s\d-]*-")
"""A wire headline's tag of a new version ("CORRECTED-UPDATE 2-", "UPDATE 1-"); not "REFILE-", a
copy sent again."""
_REVISION_NOTE = re.compile(
    r"\((?:adds|updates|recasts|corrects|changes|rewrites|releads|writes through|removes|inserts|"
    r"restores|clarifies|amends|expands|combines|tops)\b",
    re.IGNORECASE,
)
"""A note to editors that tells of changed news ("(Corrects day Herat fell ...)"), not of a copy
sent again ("(Refiles to correct spelling ...)", "(Repeats ...)", "(Fixes typo)")."""
_ENDS_WITH_PREPOSITION = re.compile(r"\b(?:near|around|outside|at|in|inside|into|for|on|close to)$")
"""A trigger that ends on a preposition ("fighting near"): a seat of power right after it is where."""


_DEFAULT: dict[str, Extractor] = {}


def extractor_for(theatre: Theatre) -> Extractor:
    """One compiled extractor per theatre, reused (compiling is the expensive part)."""
    if theatre.id not in _DEFAULT:
        _DEFAULT[theatre.id] = Extractor(theatre)
    return _DEFAULT[theatre.id]


def extract(article: Article, theatre: Theatre | None = None) -> list[Event]:
    """Read the typed events of one article. Pure: same article, same events, same ids."""
    return extractor_for(theatre or load_theatre(DEFAULT_THEATRE)).extract(article)
