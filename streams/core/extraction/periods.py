"""What a sentence says about the period and the paragraph: its time expressions, a paragraph
set in an earlier year, a date heading, the story's news day, and a section heading."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from schemas.events import CONTROL_EVENT_TYPES
from streams.core.extraction.base import ExtractorBase
from streams.core.extraction.context import (
    DATED_ASIDE,
    LIST_LEAD,
    NEWS_WEEK,
    NUMBERED_TITLE,
    REFERENCE_TAIL,
    SINCE_CLAUSE,
    Context,
    Draft,
    closed_aside_spans,
    ends_its_line,
    field_text,
)
from streams.core.gazetteer import fold_accents
from streams.core.text import Sentence, opens_unclosed_quote
from streams.core.timeref import TimeRef

_YEAR_HEAD = re.compile(r"\s*((?:19|20)\d\d)\s*(?:[-–—:]|\.\s)")
"""A chronology's line opening on its year ("2018 - May: ...")."""
_SMALL_HOURS_END = 9
_REPORTERS_VISIT = re.compile(
    r"\bwhen\s+(?:i|we|this\s+(?:correspondent|reporter|writer)|your\s+correspondent)\s+(?:last\s+)?"
    r"(?:left|visited|drove|flew|was|were|went|came|travel(?:l)?ed|passed|saw|met|reported)\b[^.;]*$"
)
"""The reporter's own earlier trip ("When this correspondent last drove through Kandahar, on July
14"): its day is the trip's, not the story's."""
_CLOSING_RELATIVE = re.compile(r",\s*(?:where|which|who)\b[^,;]*$")
"""A non-restrictive relative clause the day lies in, after a comma."""
_QUOTE_CLOSED = re.compile(r"[,!?][\"”]\s")
"""The close of a quotation before its attribution (', nobody fired," he told ...')."""
_QUOTE_GIVEN = re.compile(r"[,!?][\"”]\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|tells|added|adds)\b")
"""The words that give a quotation its speaker ('," the 74-year-old said')."""
_HEADER_BYLINE = re.compile(r"\s*((?:@?[\w'’.,-]+\s+){0,6}?@?[\w'’.,-]+)\s*[·|•—–-]\s*")
"""Who a post or statement is by, before its date in its header line."""
_HEADER_TIME = re.compile(
    r"(?:\s*[·|•—–,-]\s*\d{1,2}[:.]\d{2}(?:\s*(?:utc|gmt|local|[ap]\.?m\.?))?)?\s*[.:]?\s*"
)
"""The clock time after a header's date, if any."""
_FRONTED_DAY_REACH = 15
"""How far into a sentence its day may open it and set the scene ("On Saturday, Dec. 7, ...")."""
_SAME_DAY = re.compile(r"\b(?:the\s+same|that)\s+day\b")
_HEADED_ITEM = re.compile(r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}(?:\s*\([^)]{1,30}\))?:\s")
"""A list item headed by a name ("- Homs: Rebels seized the towns ..."): news of its own place."""
_TURN_TO_PRESENT = re.compile(r",?\s+but\s+(?:this|that|it|now)\b[^.;]*?\b(?:is|are|has|have)\b")
"""A clause after a sentence's early years that turns to the present ("..., but this is the first
time since 2001 that it has been taken"): the paragraph after it is not history."""
_PERFECT_DAY = re.compile(r"\bhad\s+(?:been\s+)?[\w-]+(?:\s+[\w-]+){0,3}?,?\s+(?:on\s+|late\s+|early\s+)?$")
_HOLDER_AFTER_DASH = re.compile(r"\s+[—–-]\s+")
_HOUR = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|noon\b|midnight\b"
    r"|[01]\d[0-5]\d\s*[-–]\s*[012]\d[0-5]\d(?:\s*(?:hrs|h|z|local))?\b|[012]\d[0-5]\d\s*(?:hrs|h|z|local)\b)"
)
"""An hour of the clock ("6:30 a.m.", "10 P.M.", "noon", a military "0500-0800" or "1430 hrs"), for a
timeline's entries."""
_DAY_PART_POINT = rf"(?:{_HOUR}|dawn\b|dusk\b|nightfall\b|daybreak\b|sunrise\b|sunset\b)"
_RELATIVE_DAY = re.compile(rf"\b(?:who|which|where|(?:after|before|until)(?!\s+{_DAY_PART_POINT}))\b[^,;]*$")
"""A day in a relative or time clause ("local groups who took over Daraa yesterday pushed north",
"agreed to leave the city after elders met Taliban commanders on Saturday night"); not an hour's
("Just after 10 a.m. on Thursday, Dec. 5, residents saw fighters enter Hama": the story's day)."""
_CLOCK_ENTRY = re.compile(
    r"\s*(?:(?:about|around|at|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    rf"{_HOUR}\s*(?:[—–:-]|(?<=\.)\s|\.\s)"
)
"""A line that opens on an hour, a timeline's entry: "6:30 a.m. - ...", "About 2:30 p.m. —", "NOON."."""
_DAY_PART_TAIL = re.compile(r",?\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|hours)$")
_NEXT_DAYS = timedelta(days=6)
_PAST_ON_WEEKDAY = re.compile(
    r"\b(?:fell|was\s+taken|was\s+lost|was\s+handed\s+over|went|came|took|captured|seized|entered)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:on\s+)?$"
)
"""A simple past told right before a bare weekday: a day before the entry it is told in."""
_CLOCK_AFTER_DAY = re.compile(
    rf",?\s*(?:(?:at|about|around)\s+)?(?:{_HOUR}|\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:hrs|h)\b|dawn\b"
    r"|(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[—–:-]\s"  # a live page's "Sat 23:45 - Homs taken"
    r"|(?:early\s+|late\s+)?(?:hours|morning|afternoon|evening|night|midday|dusk)\s*[—–:-])"
)
"""An hour right after an entry's opening day ("Saturday, 7 a.m.", "SUNDAY, 1 A.M.", "FRIDAY,
early hours —")."""
_DAY_HEADING_REST = re.compile(r"\s*[:—–]\s*[^.!?;:]{1,50}")
"""What a day's heading may name after its date and a colon ("9 December: Tartous")."""
_QUESTION_HEADING = re.compile(r"\s*[A-Z][^.!?\n]{2,80}\?\s*")
"""A line that is one short question: an explainer's section heading."""
_SUBHEAD = re.compile(r"([^:]{2,40}):\s+[^.:!?]{1,40}")
_SENTENCE_END = frozenset(".!?\"”’'")
_HEAD_SEPARATORS = re.compile(r"\s*(?:,|\bAND\b|&)\s*")


_UNDATED_HEADING = re.compile(r"[A-Z][A-Z'’ -]{3,60}:")
"""A section's heading in capitals, ending on a colon ("CITIES UNDER ATTACK:")."""


_CLAUSE_BREAK = re.compile(r"[,;:]")
_FRONTED_SETTING = re.compile(r"\s*(?:in|across|elsewhere|meanwhile)\b[^,;:]{0,40},\s*")
"""A setting that opens a sentence before its comma ("In the south, ...")."""


def _fronted_setting_end(low: str, limit: int) -> int:
    """Where a sentence's fronted setting ends ("In the south, local factions took Daraa on Friday":
    its comma is no clause break before the day), else 0."""
    opened = _FRONTED_SETTING.match(low)
    return opened.end() if opened is not None and opened.end() <= limit else 0


_HOURS_APART_OPENING = re.compile(
    r"\s*(?:in\s+the\s+)?(?:(?:a\s+few|several|two|three)\s+)?(?:hours|minutes|moments|shortly|just)\s+(?:before|after)\b"
    r"[^,;]*?(?:on\s+)?$"
)
"""A sentence's opening clause of time hours apart from its news ("Hours before Kabul was taken on")."""
_SINCE_CLAUSE_DAY = re.compile(r"\bsince\s+(?=[a-z])(?:[\w'’.-]+\s+){1,10}?(?:on\s+)?$")
"""A day that ends a clause of "since" ("since US forces began their final withdrawal on May 1",
"since they launched their offensive from Idlib eight days ago")."""
_TIME_THEN_PLACE = re.compile(
    r"(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|[A-Z]{3,9}\.? \d{1,2}|\d{1,2} [A-Z]{3,9})"
    r"(?:,? (?:\d{1,2}(?::\d\d)? ?[AP]\.?M\.?|MORNING|AFTERNOON|EVENING|NIGHT|MIDNIGHT|NOON|DAWN))?"
    r"\s+[—–-]\s+(?P<place>[A-Z][A-Z'’ -]{2,30})"
)
"""A section heading that gives a time, then the place of what follows ("TUESDAY, 9 A.M. —
FARAH", "WEDNESDAY, AFTERNOON — PUL-I-KHUMRI")."""


_CAPITALS_PLURAL = re.compile(
    r"\b(?:provincial\s+)?(?:capitals|cities)\b|\bprovincial\s+(?:centres|centers)\b"
)
"""Several capitals told together, as a lead that sums up a day's falls does."""
_LOSS_VERB = re.compile(
    r"\b(?:collapsed|crumbled|fell|changed\s+hands|(?:were|was)\s+(?:taken|lost|seized|captured)"
    r"|(?:went|slipped|passed)\s+out\s+of)\b"
)
"""A loss told without a trigger's object ("Government control of three capitals ... collapsed",
"Three provincial centres ... went out of the control of the government")."""
_TRAILING_CLAUSE = re.compile(r",\s+(?:as|while|even\s+as)\s")
"""A clause of other news trailing a lead's main clause (", as their fighters attacked X")."""
_OVERNIGHT_NOUN = re.compile(r"\b(?:of|an|the)\s+overnight$")
""""Overnight" that qualifies a noun ("a digest of overnight reporting"): no event's day."""


_QUOTED_TODAY = re.compile(r"(?:today|tonight|this\s+(?:morning|afternoon|evening))")
"""The speaker's own day, as a quote tells it."""


def _quoted_today(low: str, refs: list[TimeRef]) -> list[TimeRef]:
    """The refs, with a quote's "today" on the day the speaker is told to have spoken ('"... in
    Pul-e Khumri this evening," a Taliban commander said on Tuesday', filed on Wednesday)."""
    spoken = next((r for r in refs if r.precision == "day" and _after_a_quote(low, r.start)), None)
    if spoken is None or _QUOTED_TODAY.fullmatch(low, spoken.start, spoken.end):
        return refs
    return [
        replace(r, day=spoken.day)
        if r.end <= spoken.start
        and _QUOTED_TODAY.fullmatch(low, r.start, r.end)
        and opens_unclosed_quote(low[: r.end])
        else r
        for r in refs
    ]


def _after_a_quote(low: str, position: int) -> bool:
    """Whether a position lies in the attribution after a quotation ('... at them," the driver
    told the agency on Saturday')."""
    return _QUOTE_CLOSED.search(low, 0, position) is not None


class Periods(ExtractorBase):
    """What sentences without events still tell the ones after them."""

    def _skim(self, ctx: Context, sentence: Sentence, low: str) -> None:
        """What a sentence without events still tells later ones: speakers, period, paragraphs."""
        time_refs = self._time_refs(ctx, sentence, low)
        self._track_period(ctx, sentence, low, time_refs)
        if self.cues.speech.search(low):
            self.speaker_finder.find(ctx.speakers, sentence.text, low)
        heading = self._section_heading(ctx, sentence)
        ctx.mentions_by_sentence[sentence.index] = heading
        if self._subheading(ctx, sentence):
            ctx.section_capital = next(iter(heading)) if len(heading) == 1 else None

    def _subheading(self, ctx: Context, sentence: Sentence) -> bool:
        """Whether the sentence is a feature's subheading: a short line of its own with no full
        stop ("Hama: the test", "The periphery peels away"), in the body."""
        text = field_text(ctx.article, sentence)
        whole_line = (sentence.start == 0 or text[sentence.start - 1] == "\n") and ends_its_line(
            sentence, text
        )
        line = sentence.text.strip()
        return (
            whole_line
            and sentence.field == "body"
            and 0 < len(line.split()) <= 8
            and line[-1] not in _SENTENCE_END
            and not line[:1].isdigit()
        )

    def _news_day(self, ctx: Context, found: list[Draft]) -> date | None:
        """The day a story filed in the small hours or early morning (before 09:00) reports
        ("captured Mazar-i-Sharif late Saturday", filed at 01:40, 06:40 or 08:40 on Sunday): its first
        dated news, when that is the day before; its undated events ("took four other capitals
        during the day") happened then too."""
        local = ctx.article.published_at.astimezone(self.tz)
        if local.hour >= _SMALL_HOURS_END:
            return ctx.published_day
        for draft in found:
            if draft.type in CONTROL_EVENT_TYPES and not draft.undated:
                day = self.times.local_day(draft.payload["event_time"])
                return day if day == ctx.published_day - timedelta(days=1) else ctx.published_day
        return None

    def _time_refs(self, ctx: Context, sentence: Sentence, low: str) -> list[TimeRef]:
        """The sentence's time expressions; a date in the dateline ("HERAT, Afghanistan, July 31
        -") is when the story was filed, not when anything in it happened."""
        ctx.day_before = ctx.anchor_day
        ctx.day_just_before = (
            ctx.anchor_day
            if ctx.told_at == sentence.index - 1 and ctx.paragraph_starts[0] != sentence.index
            else None
        )
        ctx.paragraph_told = ctx.paragraph_told_next
        ctx.story_told = ctx.story_told_next
        # "4. Herat fell the same day.": a numbered section's title counts from the story's day, not
        # from a day the section before told in its background
        anchor_day = None if NUMBERED_TITLE.fullmatch(sentence.text.strip()) else ctx.anchor_day
        narrative = ctx.narrative(anchor_day)
        refs = self.times.find(low, ctx.published_day, anchor_day, narrative, ctx.told_dates)
        if (
            narrative
            and ctx.news_first
            and ctx.paragraph_starts[0] == sentence.index
            and any(r.is_report_time for r in refs)
        ):
            # a paragraph that opens on a speech of a bare weekday ("In neighbouring Ghor province, the
            # Taliban said on Friday they had captured Feroz Koh", after a paragraph back in July): the
            # filing's week, as news tells its speeches, not the flashback's
            filed = {(r.start, r.end): r for r in self.times.find(low, ctx.published_day)}
            refs = [
                filed.get((r.start, r.end), r)
                if r.is_report_time and self.times.bare_weekday(low[r.start : r.end])
                else r
                for r in refs
            ]
        if (
            not refs
            and ctx.section_day is None
            and ctx.paragraph_day is None
            and ctx.anchor_day in (None, ctx.published_day, ctx.published_day - timedelta(days=1))
            and (late := self.times.hour_against_filing(low, ctx.article.published_at)) is not None
        ):  # a morning round-up's "Shortly before midnight, the faction posted ...": last evening
            refs = [late]
        if (
            not refs
            and ctx.section_day is None
            and ctx.paragraph_day is None
            and anchor_day is not None
            and anchor_day < ctx.published_day
            and (hour := self.times.hour_on(low, anchor_day)) is not None
        ):
            # "Shortly before dawn on Wednesday, the offensive reached the city. / Fighters attacked
            # it at about 4 a.m.": an hour with no day of its own, on the day told last
            refs = [hour]
        anchor = self._paragraph_anchor(ctx, sentence, low, refs) if refs else None
        if anchor is not None:
            # "Aug. 13 - Kandahar falls overnight", "Aug. 7-8 - Sheberghan falls on the 7th": a
            # chronology's relative days count from the day heading the paragraph
            again = {(r.start, r.end): r for r in self.times.find(low, anchor, anchor)}
            # ("the next day" counts from the day told before it, the heading's or a later one)
            # (a weekday and its hour in the week after that day are the next entry's: "SUNDAY,
            # 1 A.M." in a timeline after Saturday's entries, filed on Tuesday, is the Sunday between)
            refs = [
                r
                if self.times.absolute(low[r.start : r.end])
                or self.times.anaphoric(low[r.start : r.end])
                or (_CLOCK_AFTER_DAY.match(low, r.end) and anchor < r.day <= anchor + _NEXT_DAYS)
                # under a live file's or an account's day heading ("SATURDAY MORNING"), a later
                # weekday up to the filing is that one ("The next morning, Sunday, ...")
                or (
                    anchor == ctx.section_day
                    and anchor < r.day <= min(ctx.published_day, anchor + _NEXT_DAYS)
                    and self.times.bare_weekday(low[r.start : r.end])
                    # (not a diary's "Shiberghan fell on Saturday", under "Tuesday, 10 August": the
                    # Saturday before the entry; nor "men who had sat there on Thursday night were
                    # among the first to enter Damascus on Saturday night", under "SATURDAY,
                    # DECEMBER 7": the heading's Saturday and the Thursday before it)
                    and not _PAST_ON_WEEKDAY.search(low, max(0, r.start - 40), r.start)
                    and not _PERFECT_DAY.search(low, max(0, r.start - 50), r.start)
                )
                else again.get((r.start, r.end), r)
                for r in refs
            ]
        if len(refs) > 1 and ('"' in low or "“" in low):
            refs = _quoted_today(low, refs)
        if refs and ctx.in_dateline(sentence, refs[0].start):
            refs = [
                replace(r, is_report_time=True) if ctx.in_dateline(sentence, r.start) else r for r in refs
            ]
        asides = closed_aside_spans(low) if refs else ()
        told = [
            r
            for r in refs
            if r.precision == "day"
            and not any(a <= r.start < b for a, b in asides)
            # "since Friday" bounds a period: "hours later" in the next sentence counts from the news
            and not self.times.bounds_period(low, r.start, r.end)
            # nor the day of another event a "since" clause names ("the first capital to fall since
            # US forces began their final withdrawal on May 1"): no day of the story's
            and not _SINCE_CLAUSE_DAY.search(low, max(0, r.start - 80), r.start)
        ]
        if told:
            ctx.told_dates.update(r.day for r in told if self.times.absolute(low[r.start : r.end]))
            before_news = ctx.published_day - NEWS_WEEK
            # a story whose first day is over a week before its filing (a dateline's or a "said on
            # Monday" counts: news names its own week first), or that dates its days with their
            # weekdays, or with an earlier year ("On the morning of 15 August 2021", filed a year on),
            # that far back, tells them as a look back
            # (days before the theatre's start are history, not a look back at the campaign)
            start = self.theatre.start_date
            # (not the day of the reporter's own last visit: "When I left Herat ten days ago, the
            # commander was still holding court", in a story of Friday's fall)
            # (nor a count back from the filing: "Ten days ago the government still held every
            # provincial capital. By Saturday morning ...", news told against its own day)
            dated = [
                r
                for r in told
                if not _REPORTERS_VISIT.search(low, max(0, r.start - 80), r.start)
                and not low[r.start : r.end].endswith("ago")
            ]
            first_event = next((r for r in dated if not r.is_report_time), None)
            if ctx.news_first is None and first_event is not None:
                ctx.news_first = first_event.day >= before_news
            ctx.told_back = (
                (start <= dated[0].day < before_news if ctx.told_back is None and dated else ctx.told_back)
                or any(
                    start <= r.day < before_news
                    # (a speech dated so, weeks back, too: "The Taliban said on Friday, Aug. 13, that ...",
                    # filed in September; not a dateline's)
                    and (not r.is_report_time or not ctx.in_dateline(sentence, r.start))
                    and (
                        self.times.dated_weekday(low[r.start : r.end])
                        or (
                            r.day.year < ctx.published_day.year
                            and self.cues.year.search(low, r.start, r.end + 7) is not None  # "15 August 2021"
                        )
                    )
                    for r in dated
                )
            )
            # not a past perfect's day ("confirmed Saturday that Pul-e-Alam had fallen on Friday"):
            # a background to the news, not the day the paragraph tells
            events = [
                r
                for r in told
                if not r.is_report_time
                and not _PERFECT_DAY.search(low, max(0, r.start - 50), r.start)
                and (
                    not _RELATIVE_DAY.search(low, max(0, r.start - 60), r.start)
                    # "In the hours before the capital was taken on Sunday, Khost was captured": a
                    # clause hours apart from the news opens the sentence, on the news's own day
                    or _HOURS_APART_OPENING.match(low, 0, r.start) is not None
                )
            ]
            # (not a quote's attribution, the day the speaker was reached: '"By two o'clock they
            # were at the roundabout," the driver told the agency by telephone on Saturday.' The
            # story goes on from the day it told before)
            # (nor a closing relative clause's: "Army units fell back to the airport, where they were
            # still holding out on Monday." "that day" after it is the story's Sunday)
            anchors = [
                r
                for r in told
                if r in dated
                and not (r.is_report_time and _after_a_quote(low, r.start))
                and not _CLOSING_RELATIVE.search(low, max(0, r.start - 80), r.start)
            ]
            ctx.anchor_day = anchors[-1].day if anchors else ctx.anchor_day or told[-1].day
            if len({r.day for r in told}) == 1 and (
                told[0].start <= _FRONTED_DAY_REACH
                or not _CLAUSE_BREAK.search(low, _fronted_setting_end(low, told[0].start), told[0].start)
            ):
                # "On Saturday, Dec. 7, the army announced ...", "Ghani flew to Mazar on Wednesday":
                # its scene's day, what "the same day" after it is (not a later clause's: "Ghani had
                # flown out in the afternoon; he surfaced on Wednesday in the Emirates")
                ctx.told_at = sentence.index
            if events:
                ctx.paragraph_told_next = ctx.story_told_next = events[-1].day
            elif (
                summed := self._summing_day(ctx, sentence, low, [r for r in told if not r.is_report_time])
            ) is not None:
                # "Pajhwok said several provincial capitals had changed hands on Sunday as well. It
                # said Maidan Shahr ... had been handed over": the paragraph's takes are that day's
                ctx.paragraph_told_next = summed
            if sentence.field == "body" and sentence.start == 0:
                ctx.lead_day = self._summing_day(ctx, sentence, low, events)
        return refs

    def _summing_day(self, ctx: Context, sentence: Sentence, low: str, events: list[TimeRef]) -> date | None:
        """The one earlier day of a sentence that sums up several capitals' falls without naming them
        ("Government control of three provincial capitals collapsed on Friday"): the day of the
        undated takes told after it one by one (after a lead, in the paragraphs that follow)."""
        # (its main clause: "seized four more provincial capitals on Friday, ..., as their fighters
        # launched an assault on Mazar-i-Sharif early on Saturday")
        trailing = _TRAILING_CLAUSE.search(low)
        end = trailing.start() if trailing is not None else len(low)
        low = low[:end]
        days = {
            r.day
            for r in events
            if r.end <= end and not _OVERNIGHT_NOUN.search(low, max(0, r.start - 5), r.end)
        }
        if (
            len(days) != 1
            or min(days) >= ctx.published_day
            or not _CAPITALS_PLURAL.search(low)
            # not "On Aug. 6, the Taliban held none of the capitals" (but "lost two more capitals on
            # Friday without a major battle" is a loss)
            or self.cues.negation.search(self.cues.peaceful_phrase.sub(" ", low))
            or self.gazetteer.capital_mentions(sentence.text[:end])
        ):
            return None
        told_loss = _LOSS_VERB.search(low) is not None or any(
            self.cues.trigger_specs[number].type == "captured" for number, _, _ in self.cues.triggers_in(low)
        )
        return min(days) if told_loss else None

    def _paragraph_anchor(
        self, ctx: Context, sentence: Sentence, low: str, refs: list[TimeRef]
    ) -> date | None:
        """The day heading the sentence's paragraph, when it is before the publication day: the
        date that opens a paragraph with a dash or colon, or the day found for it already."""
        if ctx.paragraph_starts[0] == sentence.index:  # a line of its own starts here
            # a heading's date opens the line, past a bullet or an item's number at most
            heading = self._heading_date(low, ctx.published_day, refs) if refs[0].start <= 8 else None
            day = heading[0].day if heading is not None and heading[1] is not None else None
            # a live file's entry under an earlier day's heading ("THURSDAY 12 AUGUST"): its "this
            # afternoon" is that day's
            # (an hour-by-hour account's first entry: the day its lede told, `_track_period`)
            day = day or ctx.section_day or (ctx.day_before if _CLOCK_ENTRY.match(low) else None)
        else:
            day = ctx.paragraph_day
        return day if day is not None and day < ctx.published_day else None

    def _section_heading(self, ctx: Context, sentence: Sentence) -> set[str]:
        """A briefing's section heading that is only a capital's name in capitals ("JALALABAD."),
        or a fact box's item head: the capitals the sentences under it talk about."""
        text = sentence.text
        listed = self._fact_box_head(ctx, sentence)
        if listed is not None and listed[1] is not None:  # "ZARANJ (Nimroz) - Friday, Aug. 6."
            return {capital for capital, _, _ in listed[0]}
        name = text.strip(" .:—–-")
        capital = (
            self.gazetteer.heading_to_capital.get(fold_accents(name).lower()) if len(name) <= 60 else None
        )
        if capital:  # "JALALABAD." or a feature's "Aleppo" on a line of its own
            return {capital}
        subhead = _SUBHEAD.fullmatch(name)
        capital = (
            self.gazetteer.heading_to_capital.get(fold_accents(subhead.group(1)).lower()) if subhead else None
        )
        if capital:  # a feature's "Hama: the test"
            return {capital}
        if len(name) > 60 or not name.isupper():
            return set()
        # "ALEPPO - REBELS", "DAMASCUS, LATAKIA, TARTUS - GOVERNMENT": the places a "who holds
        # what" box's entry is about, before the dash
        timed = _TIME_THEN_PLACE.fullmatch(name)
        if timed is not None:
            # "TUESDAY, 9 A.M. — FARAH": a reconstruction's section, its time and then its place
            capital = self.gazetteer.heading_to_capital.get(fold_accents(timed.group("place")).lower())
            return {capital} if capital else set()
        head = _HOLDER_AFTER_DASH.split(name, maxsplit=1)[0]
        if len(head) == len(name):
            return set()
        capitals = {
            self.gazetteer.heading_to_capital.get(fold_accents(part).lower())
            for part in _HEAD_SEPARATORS.split(head)
        }
        return set() if None in capitals else {c for c in capitals if c}

    def _section_header(
        self, sentence: Sentence, text: str, low: str, time_refs: list[TimeRef]
    ) -> tuple[date, str] | None:
        """The day of a line that is nothing but a date ("THURSDAY", "Aug. 12"), or a post's or a
        statement's header ("Zabihullah Mujahid · 6 Aug 2021 · 16:20"): a live file's or a run of
        posts' section heading, dating the undated entries below it until the next one; and who
        the header names as the author ("" for none)."""
        whole_line = ends_its_line(sentence, text)
        days = [r for r in time_refs if r.precision == "day" and not r.is_report_time]
        if days and days[0].start <= 1 and _CLOCK_AFTER_DAY.match(low, days[0].end):
            # a timeline's entry that opens on its day and hour ("SATURDAY, 7 A.M. Reports reached
            # the city ..."): the entries after it ("NOON.", "3 P.M.") are of that day too
            return days[0].day, ""
        if len({r.day for r in days}) != 1:
            return None
        # "THURSDAY 12 AUGUST": a weekday and its date are one day ("SATURDAY MORNING": and its
        # hours); a diary's "Thursday, 12 August. Exam postponed again.": the line's opening sentence
        if len(_DAY_PART_TAIL.sub("", low.strip(" .:-—–,"))) <= days[-1].end - days[0].start + 2 and (
            whole_line or days[0].start <= 1
        ):
            return days[0].day, ""
        if not whole_line:
            return None
        if len(days) != 1:
            return None
        if days[0].start <= 1 and _DAY_HEADING_REST.fullmatch(low, days[0].end):
            return days[0].day, ""  # a digest's "9 December: Tartous"
        byline = _HEADER_BYLINE.fullmatch(low, 0, days[0].start)
        if byline is None or not _HEADER_TIME.fullmatch(low, days[0].end):
            return None
        return days[0].day, byline.group(1)

    def _current(self, time_refs: list[TimeRef], ctx: Context, low: str, *, within: bool = False) -> bool:
        """Whether the sentence dates something in the campaign: not before its start, nor after
        its end ("Ismail Khan returned to Herat on 12 November", in a piece on 2001 filed in
        November 2021), nor a day counted from an earlier period's `within` its paragraph; or "the
        same day" as the last event told, when that was in it."""
        end = self.theatre.end_date
        if (
            within
            and ctx.in_past
            and any(
                not low[: r.start].strip(" \"“‘'") and self.times.anaphoric(low[r.start : r.end])
                for r in time_refs
            )
        ):
            # a sentence within a paragraph on an earlier period that opens on a day counted from the
            # one told before: "in September 1996 when they drove in ... That day Kabul fell" (not a
            # new paragraph's "The next day, Friday, ...", after a statue "where, in 1982, ...")
            return False
        return any(
            not r.is_report_time and r.day >= self.theatre.start_date and (end is None or r.day <= end)
            for r in time_refs
        ) or (
            ctx.last_day is not None
            and ctx.last_day >= self.theatre.start_date
            and _SAME_DAY.search(low) is not None
        )

    def _paragraph_present(self, text: str, sentence: Sentence, low: str) -> bool:
        """Whether a paragraph is told in the present: its first sentence has a present marker, or
        a later one has and none of its sentences names an early year ("In the south, heavy
        fighting continued in Lashkar Gah. The UN said on Sunday that ...", after a paragraph on
        2015: the news of the day, not the history before it)."""
        end = text.find("\n", sentence.end)
        rest = text[sentence.end : end if end >= 0 else len(text)].lower()
        if low.startswith(('"', "“")):
            # a paragraph of someone's words: the verb that gives them is the telling's time, not
            # the told ('"The Taliban entered Kabul at night. ...," the 74-year-old said.')
            low, rest = _QUOTE_GIVEN.sub(" ", low), _QUOTE_GIVEN.sub(" ", rest)
        if self.cues.present.search(low):
            return True
        if not rest.strip() or not self.cues.present.search(rest):
            return False
        return not any(int(m.group(1)) < self.theatre.start_date.year for m in self.cues.year.finditer(rest))

    def _track_period(self, ctx: Context, sentence: Sentence, low: str, time_refs: list[TimeRef]) -> None:
        """Stale background: after "In 1989, ..." the rest of the paragraph is history too, until a
        sentence gives a current date. A paragraph is a run of sentences with no line break."""
        text = field_text(ctx.article, sentence)
        if ctx.paragraph_starts[0] == sentence.index:  # a line of its own starts here
            # a history that runs on into a paragraph told in the past with no date of its own
            # ("It lasted three. Weeks after the withdrawal, mujahideen laid siege to Jalalabad")
            item = LIST_LEAD.match(low)
            ctx.in_past = (
                ctx.in_past
                and not self._current(time_refs, ctx, low)
                and not self._paragraph_present(text, sentence, low)
                # (nor the next item of a list: "- Daraa: ... It was in Daraa that the 2011 uprising
                # began. / - Homs: Rebels ... fought army units on the northern approaches")
                and not (
                    item is not None
                    and item.group(0).strip()
                    and _HEADED_ITEM.match(sentence.text, item.end()) is not None
                )
            )
            listed = self._fact_box_head(ctx, sentence)
            heading = self._heading_date(low, ctx.published_day, time_refs)
            ctx.paragraph_day = (listed[1] if listed else None) or (heading[0].day if heading else None)
            section = self._section_header(sentence, text, low, time_refs)
            if (
                section is None
                and ctx.section_day is None
                and ctx.day_before
                and _CLOCK_ENTRY.match(low)
                and not any(r.precision == "day" and not r.is_report_time for r in time_refs)
            ):
                # an hour-by-hour account's first entry ("6:30 a.m. - News reaches the capital
                # ...") after a lede that told its day ("When Kabul woke up on Sunday, Aug. 15"):
                # its entries are of that day until one names another (not a story's "Just after
                # 10 a.m. on Thursday, Dec. 5, residents saw ...": a day of its own, told once)
                section = (ctx.day_before, "")
            if (
                section is None
                and ctx.section_day is not None
                and _UNDATED_HEADING.fullmatch(sentence.text)
                and ends_its_line(sentence, text)
                and not any(r.precision == "day" for r in time_refs)
            ):
                ctx.section_day = None  # "CITIES UNDER ATTACK:": a new section, of no earlier day
            if section is not None:
                ctx.section_day = section[0]
                # the entries under a side's own header are its words ("Zabihullah Mujahid · 6 Aug")
                ctx.section_voice = self.gazetteer.actor_of(section[1]) if section[1] else None
            if _QUESTION_HEADING.fullmatch(sentence.text) and ends_its_line(sentence, text):
                # an explainer's question heading its section ("What else fell on Saturday?"): its
                # day (told against the filing) dates the answer's undated news, until the next
                # question; what the answer tells as "yesterday" still counts from the filing
                days = {
                    r.day
                    for r in self.times.find(low, ctx.published_day)
                    if r.precision == "day" and not r.is_report_time
                }
                ctx.asked_day = days.pop() if len(days) == 1 else None
            ctx.paragraph_day = ctx.paragraph_day or ctx.section_day
            bullet = LIST_LEAD.match(low) if ctx.list_heading is not None else None
            if ctx.paragraph_day is None and bullet is not None and bullet.group(0).strip():
                # "- Zaranj, Nimroz province: Friday. Officials said the city was taken without a
                # fight.": the item's day dates its notes
                ctx.paragraph_day = self._item_day(ctx, low, bullet.end())
        if ctx.paragraph_starts[0] == sentence.index:
            head = _YEAR_HEAD.match(low)
            ctx.paragraph_year = int(head.group(1)) if head is not None else None
        current = self._current(
            time_refs, ctx, low, within=ctx.paragraph_starts[0] != sentence.index
        ) and not (
            # "2018 - May: An assault on Farah is repelled. Aug. 10: The Taliban attack Ghazni": a
            # chronology's yearless date under an earlier year's head is of that year
            ctx.paragraph_year is not None
            and ctx.paragraph_year < self.theatre.start_date.year
            and not any(self.cues.year.search(low, r.start, r.end) for r in time_refs)
        )
        ctx.past_paragraph = ctx.in_past and not current
        asides = (
            [m.span() for m in DATED_ASIDE.finditer(low)] + [m.span() for m in REFERENCE_TAIL.finditer(low)]
            if self.cues.year.search(low)
            else []
        )
        told_years = [
            m
            for m in self.cues.year.finditer(low)
            if not self.cues.since.search(low[: m.start()])
            and not SINCE_CLAUSE.search(low, max(0, m.start() - 80), m.start())
        ]
        # "took control of Hama, a name synonymous with the massacre of 1982": the aside's year
        # sets no period for the paragraph
        years = [int(m.group(1)) for m in told_years if not any(a <= m.start() < b for a, b in asides)]
        named = told_years or list(self.cues.year.finditer(low))
        if named and not years:
            # but "the following year" after "fighters who entered it in 1997 were routed" is 1998;
            # "That year" after "the first time since 2016" is 2016
            ctx.last_year = int(named[-1].group(1))
        told = (
            (self.cues.anaphoric_year.match(low) or self.cues.anaphoric_season.search(low))
            if ctx.last_year is not None
            else None
        )
        if (
            told is not None
            and told.start() > 0
            and told.group(1).endswith("year")
            and not self.cues.year.search(low, 0, told.start())
        ):
            told = None  # "that year" inside a sentence: of a year the sentence tells before it
            # ("hit by a chemical attack in 2018, was retaken by the government that year")
        if (
            told is not None and ctx.last_year is not None
        ):  # "That was the year Taliban fighters took the town"
            year = ctx.last_year + self.cues.anaphoric_years[told.group(1)]
            years.insert(0, year)
            ctx.past_paragraph = ctx.past_paragraph or (year < self.theatre.start_date.year and not current)
        if years:
            ctx.last_year = years[-1]
        if (
            years
            and max(years) < self.theatre.start_date.year
            and not current
            # (not "was held by the Taliban in 2015 and 2016, but this is the first time since 2001
            # that it has been taken": a sentence that turns to the present after its years)
            and not _TURN_TO_PRESENT.search(low, told_years[-1].end() if told_years else 0)
        ):
            ctx.in_past = True
        elif (recalled := self.cues.recollection_of_year.search(low)) is not None and int(
            recalled.group(1)
        ) < self.theatre.start_date.year:
            # "On Tuesday morning he talked about the autumn of 1996." dates the telling, and what
            # he tells next is of 1996
            ctx.in_past = True
        elif current:
            ctx.in_past = False
