"""Anchoring "on Thursday", "Aug. 12", "yesterday", "last month" to dates, from publication time."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from schemas.common import TimePrecision
from streams.core.gazetteer import word_start_alternation

_PLAIN_WORD = re.compile(r"\w[\w' ]*")


THE_DAY_CLAUSE = r",\s+the\s+(?:same\s+)?day\s+(?:that\s+|when\s+|on\s+which\s+)?(?!of\b|after\b|before\b)"
"""A day's appositive clause ("Aug. 12, the day fighters seized the governor's office")."""
_WHEN_NEXT = re.compile(rf",?\s+when\s|{THE_DAY_CLAUSE}")
"""A relative clause of time after a day ("since Friday, when Zaranj fell", "since Aug. 12, the day
fighters seized the governor's office"): the day of an event."""


_PAST_PERFECT = re.compile(r"(?:,\s*)?[^.;,]*?\bhad\s+(?:not\s+|already\s+|been\s+)?\w+")
"""A past perfect in the clause a weekday opens ("On the Saturday the radio had been full"), not
one past its comma ("on Thursday they captured Hama, a city government forces had held")."""
_FORWARD_BEFORE = re.compile(r"\b(?:following|next)\s+$")
"""A weekday said to come after the story's day ("The following Saturday we heard it had fallen")."""
_PAST_PERFECT_REACH = 2
"""How many days before the story's day a past perfect's weekday looks back at most."""
_HEADING_WEEKDAY = re.compile(
    r"\s*(?:[-–—*•]\s*)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
    r"(?=(?:,?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?)?\s*[—–:-]\s)"
)
"""A weekday's abbreviation heading a line before a dash or colon ("Fri — Zaranj"), or a live
page's entry with its hour ("Sat 23:45 - Homs taken"); never "sat" or "sun" in a sentence."""
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DATED_BY = re.compile(r"\s+(?:on|of)\s+(?:the\s+)?")
"""Between a time of day and the date it is on ("by dawn on Dec. 8")."""


_CLOCK_TOLD = re.compile(
    r"\b(?:at|about|around|by|(?:shortly|just|soon)\s+(?:before|after))\s+(?:about\s+|around\s+)?"
    r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?m\b\.?"
    r"|(?P<hour24>[01]?\d|2[0-3])[:.](?P<minute24>[0-5]\d)(?!\s*[ap]\.?m\b)(?!\d|[.:]\d)"
    r"|(?P<midnight>midnight)|(?P<noon>noon|midday))"
    r"|\b(?:in|during)\s+the\s+(?P<part>(?:(?:early|late)\s+)?(?:afternoon|evening))\b"
    r"|^\s*(?P<stamp_hour>[01]?\d|2[0-3])[:.](?P<stamp_minute>[0-5]\d)\s*(?:gmt\s*|local\s+time\s*)?[-–—:]\s"
)
"""An hour of the clock the text tells an event or a post at ("at 11.26 pm", "at 23:55", "shortly
before midnight", "shortly after noon", a live page's "22:15 - Deir ez-Zor: ..."), or a part of the day ("was overrun in
the afternoon"), with no day of its own."""
_PART_OF_DAY_STARTS = {
    "early afternoon": 12 * 60,
    "afternoon": 12 * 60,
    "late afternoon": 15 * 60,
    "early evening": 17 * 60,
    "evening": 17 * 60,
    "late evening": 20 * 60,
}
"""When a part of the day begins, in minutes after midnight: the earliest hour it can tell."""
_CLOCK_MARGIN = 30
"""Minutes past the filing an hour must be to be last night's, not a slip of the clock."""


_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:[\w'’-]+\s+){1,4}$")
"""A past perfect before a relative day ("had been evacuated overnight"): a look back from the day told;
also the past perfect a weekday dates ("Mazar-i-Sharif had fallen on Saturday night")."""
_SAME_BEFORE = re.compile(r"\b(?:the|that)\s+same\s+$")
"""A weekday told again ("the same Friday"): the one the text told before."""


def _bare_weekday(match: re.Match[str]) -> bool:
    """A weekday with no date, "last" or "last week" of its own ("on Sunday", "the Friday")."""
    return bool(
        match.re.groupindex.get("weekday")
        and match.group("weekday")
        and not (
            match.group("month3")
            or match.group("month4")
            or match.group("day9")
            or match.group("last")
            or match.group("previous_week")
            or match.group("before_last")
        )
    )


_ORDINAL_NOUNS = (
    r"days?|nights?|floor|storey|story|anniversary|century|of|district|police|army|corps|brigade|division"
    r"|battalion|regiment|round|time|attempt|place|hour|week|month|year|street|session|meeting|minute"
    r"|largest|biggest|capital|city|province|provincial|consecutive|straight"
)
"""What an ordinal "on the 5th" may count instead of a day of the month ("on the 5th day of")."""
_MONTH_PART_DAY = {
    "early": 5,
    "start": 5,
    "beginning": 5,
    "mid": 15,
    "middle": 15,
    "late": 25,
    "first day": 1,
}
"""The day standing for a part of a month; "the end of" one is its last, as is "the last day of"."""
_MONTH_DAYS = ("first day", "last day")
"""Parts of a month that are one day ("Aleppo fell on the last day of November")."""
_MONTHS_AHEAD = 3
"""A month this many ahead of the filing's, with no year, is still to come, not last year's."""


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression found in a sentence, resolved to a local calendar day."""

    start: int
    end: int
    day: date
    precision: TimePrecision
    is_report_time: bool


def parse_offset(offset: str) -> timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset[1:].split(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


_BARE_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:—–-]\s*|\bthat\s+)"
    r"(?:(?!(?:who|which|that|whom|when|after|before|as|while|since|until|took|seized|won|fell)\b)"
    r"(?![\w'’-]+ed\b)[\w'’-]+\s+){1,6}(?:(?:late|early)\s+)?(?:on\s+)?$"
)
"""A bare subject before a day and its verb of telling ("Local officials on Saturday"), not a
clause with a verb of its own ("the rebels who captured Hama on Thursday said")."""


class TimeResolver:
    """Finds time expressions and resolves them against an article's publication day."""

    def __init__(
        self, lexicon: dict[str, Any], tz: timezone, campaign: tuple[date, date] | None = None
    ) -> None:
        self.tz = tz
        self.campaign = campaign
        """The theatre's first and last days, if it has a last one: where a yearless date told a
        year or more on belongs."""
        self.weekdays: list[str] = lexicon["weekdays"]
        self.months: dict[str, int] = lexicon["months"]
        self.relative_days: dict[str, int] = lexicon["relative_days"]
        self.story_days: dict[str, int] = lexicon.get("story_relative_days", {})
        """Relative days a look back tells against the day it stands on ("overnight"), not its filing."""
        self.anaphoric_days: dict[str, int] = lexicon.get("anaphoric_days", {})
        """Days told against the day the text spoke of last ("a day earlier", "the next day")."""
        self.relative_weeks: dict[str, int] = lexicon["relative_weeks"]
        self.relative_months: dict[str, int] = lexicon["relative_months"]
        self.relative_years: dict[str, int] = lexicon.get("relative_years", {})
        """Anniversaries told from the day of filing ("a year ago today")."""
        self.weekend_words: list[str] = lexicon.get("weekend_words", [])
        """The last weekend up to the filing ("over the weekend"): from its Saturday, a span."""
        weekday = "|".join(self.weekdays)
        previous_week = "|".join(re.escape(words) for words in lexicon["previous_week"])
        month = "|".join(sorted(self.months, key=len, reverse=True))
        self.day_ordinals: dict[str, int] = lexicon.get("day_ordinals", {})
        ordinals = "|".join(sorted(self.day_ordinals, key=len, reverse=True)) or r"(?!x)x"
        year = r",? (?P<year{}>(?:19|20)\d\d)\b"  # "28 September 2015", "Sept. 28, 2015": that year's day
        relative = "|".join(
            re.escape(k)
            for k in sorted(
                {
                    **self.relative_days,
                    **self.anaphoric_days,
                    **self.relative_weeks,
                    **self.relative_months,
                    **self.relative_years,
                    **dict.fromkeys(self.weekend_words, 0),
                },
                key=len,
                reverse=True,
            )
        )
        self.pattern = re.compile(
            rf"\b(?:(?P<last>last|this past|previous) |overnight (?:into|to) )?(?P<weekday>{weekday})\b(?! mosque\b)"
            # "Friday, Aug. 6", "Friday (August 6)", "Friday night (August 6)": the date, read as one
            # expression with its weekday
            rf"(?:(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+|\s+\()(?:(?P<month3>{month})\.? (?P<day3>\d{{1,2}})(?:st|nd|rd|th)?\b(?:{year.format(3)}|(?!,? \d{{3}}))"
            rf"|(?P<day4>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month4>{month})\b(?:{year.format(4)})?)\)?"
            # "Friday the 29th", "Sunday night, the eighth": the latest such day (not an ordinal
            # of a noun: "on Thursday, the 10th provincial capital to fall")
            rf"|(?:\s+(?:morning|afternoon|evening|night))?,?\s+the\s+(?P<day9>\d{{1,2}}(?:st|nd|rd|th)\b(?!\s+(?:[\w-]+\s+)?(?:capitals?|cit(?:y|ies)|towns?|provinces?|time|one|day)\b)|(?:{ordinals})(?=\s*[,.;:)]|\s+(?:and|when|as)\b|$)))?"
            # "Friday last week": that weekday of the week before the publication's
            # "the Friday before last": the one before the last Friday
            rf"(?:,? (?:of )?(?P<previous_week>{previous_week})\b|\s+(?P<before_last>before\s+last)\b)?"
            rf"|\b(?P<month1>{month})\.? (?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:{year.format(1)}|(?!,? \d{{3}}))"
            # (not a section's number: "2.2 December 2024")
            rf"|\b(?<!\d\.)(?P<day2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month2>{month})\b(?:{year.format(2)})?"
            # a spoken day: "on the thirtieth of November"
            rf"|\bthe (?P<day11>{ordinals}) of (?P<month11>{month})\b(?!{year.format(11)})"
            rf"|\b(?P<relative>{relative})\b"
            # "in late November", "mid-August", "at the end of November": a part of a month, a week
            rf"|\b(?:(?P<part1>early|mid|late)[- ]|the (?P<part2>start|beginning|middle|end|(?:first|last) day) of )"
            rf"(?P<month10>{month})\b(?!\.? \d{{1,2}}\b|,? of (?:that|the same|the following|the previous) year)(?:{year.format(10)})?"
            # "on the 8th" (this month's day, not "the 3rd police district") and "08.08.2021"
            r"|\b(?P<day5>\d{1,2})(?:st|nd|rd|th)\b(?:(?=\s*(?:[,.;)—–]|$|(?:and|or|after|before|when|as|following|amid|under)\b))"
            # "On the 12th they took Ghazni": a day opening its clause (not "on the 5th day of")
            rf"|(?:(?<=\bon the \d\d(?:st|nd|rd|th))|(?<=\bon the \d(?:st|nd|rd|th)))(?!\s+(?:{_ORDINAL_NOUNS})\b))"
            r"|\b(?P<day6>\d{1,2})\.(?P<month6>\d{1,2})\.(?P<year6>20\d\d)\b"
        )
        # Timelines' all-digit dates, looked for apart (a slash or an ISO date is rare; most
        # sentences never run this): "2024-11-30", and "29/11 - ...", "7/12/24:" heading an entry
        # (never "the 9/11 attacks")
        self.digit_dates = re.compile(
            r"\b(?P<year7>20\d\d)-(?P<month7>\d\d)-(?P<day7>\d\d)\b"
            r"|(?<!the )(?<![\w/.-])(?P<a8>\d{1,2})/(?P<b8>\d{1,2})(?:/(?P<year8>(?:20)?\d\d))?(?=\s*(?:[-–—:]|$))"
            # "on 30/11/2024" inside a sentence: a full date, its year written out
            r"|(?<![\w/.-])(?P<a13>\d{1,2})/(?P<b13>\d{1,2})/(?P<year13>20\d\d)\b(?!/)"
            # "took over the governorate building on 6/12," (never "the attacks on 9/11")
            r"|(?<=\bon )(?!9/11\b)(?P<a14>\d{1,2})/(?P<b14>\d{1,2})\b(?![/\d])"
            # "Aleppo (30.11.), Hama (5.12.)": a German desk's day and month, bracketed
            r"|(?<=\()(?P<day12>\d{1,2})\.(?P<month12>\d{1,2})\.(?=\))"
        )
        self._digit_date_start = re.compile(r"\d/\d|\d{4}-\d\d-\d|\(\d{1,2}\.\d{1,2}\.\)")
        # Every time expression holds one of these words at a word start: most sentences have
        # none, and this letter-first scan says so faster than the pattern can (weekdays and
        # months enter the pattern unescaped: only plain words make a literal scan exact)
        words = [
            *self.weekdays,
            *self.months,
            *self.relative_days,
            *self.anaphoric_days,
            *self.relative_weeks,
            *self.relative_months,
            *self.relative_years,
            *self.weekend_words,
        ]
        plain = all(_PLAIN_WORD.fullmatch(word) for word in words)
        self._words = re.compile(word_start_alternation(words, r"\w") if plain else "")
        self._absolute = re.compile(rf"\b(?:{month})\b|\d[./]\d|\b\d{{4}}\b")
        self._numeric = re.compile(r"\d(?:st|nd|rd|th|\.\d)")
        """Dates with no word in them ("on the 8th", "08.08.2021"), looked for apart: a digit among
        the words' letters would stop `re` skipping through text to the words' first letters."""
        self.not_event_before = re.compile(lexicon["time_not_event_before"])
        self.not_event_after = re.compile(lexicon["time_not_event_after"])
        """An edition the day names ("Sunday media watch", "Monday's briefing"): the report's day."""
        verbs = "|".join(lexicon["report_time_verbs"])
        events = "|".join(lexicon["report_time_not_between"])  # "said fell on Thursday": the fall's day
        by_phone = r"(?:by|over|via)\s+(?:the\s+)?(?:(?:tele)?phone|(?:voice|text)\s+message|video\s+link)\s+"
        contacts = "|".join(lexicon["contact_time_verbs"])
        self.report_before = re.compile(
            rf"(?:\b(?:{verbs})\b(?:\s+(?:(?!{events}\b)\w+\s+){{0,2}}?"
            # "told Frontier Press Agency by telephone on Saturday", "told me by phone on Saturday"
            rf"|\s+(?:(?!{events}\b)\w+\s+){{0,3}}?{by_phone})?"
            # "residents reached by telephone on Saturday": only with the means ("reached the city on")
            rf"|\b(?:{contacts})\s+{by_phone}"
            # "told Pars Global Wire on Friday": the recipient, an outlet of three words
            rf"|\btold\s+(?:(?!{events}\b)\w+\s+){{3}})"
            r"(?:on|late|early|in a statement on)?\s*$"
        )
        self.report_after = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{verbs})\b")
        """A day between a subject and its verb of telling ("Local officials on Saturday confirmed
        the fall of Pul-e Alam"): the report's day, as after the verb."""

    def local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def hour_against_filing(self, low: str, published_at: datetime) -> TimeRef | None:
        """The day of an hour told with no day, set against the filing's: later in the day than the
        filing ("Shortly before midnight, the rebels posted ..." in a morning round-up, "at 23:55"), the
        evening before; "shortly after midnight" in a story filed before noon, the filing day's small
        hours."""
        filed = published_at.astimezone(self.tz)
        filed_minutes = filed.hour * 60 + filed.minute
        for match in _CLOCK_TOLD.finditer(low):
            if match.group("part"):
                minutes = _PART_OF_DAY_STARTS[" ".join(match.group("part").split())]
            elif match.group("midnight"):
                if "after" in match.group(0) and filed_minutes < 12 * 60:
                    # "taken shortly after midnight" in a morning bulletin: the small hours just gone
                    return self._clock_day(low, match, filed.date())
                if "before" not in match.group(0):
                    continue  # "at midnight", or "after midnight" told later in the day: either day
                minutes = 24 * 60
            elif match.group("noon"):
                minutes = 11 * 60 if "before" in match.group(0) else 12 * 60  # "shortly after noon"
            elif match.group("stamp_hour"):
                minutes = int(match.group("stamp_hour")) * 60 + int(match.group("stamp_minute"))
            elif match.group("hour24"):
                minutes = int(match.group("hour24")) * 60 + int(match.group("minute24"))
            else:
                hour = int(match.group("hour")) % 12 + (12 if match.group("half") == "p" else 0)
                minutes = hour * 60 + int(match.group("minute") or 0)
            if minutes > filed_minutes + _CLOCK_MARGIN:
                return self._clock_day(low, match, filed.date() - timedelta(days=1))
        return None

    def _clock_day(self, low: str, match: re.Match[str], day: date) -> TimeRef:
        """The day an hour of the clock is told on, as a report's time when a verb of telling comes
        right before it."""
        report = bool(self.report_before.search(low[max(0, match.start() - 40) : match.start()]))
        return TimeRef(match.start(), match.end(), day, "day", report)

    def hour_on(self, low: str, day: date) -> TimeRef | None:
        """The first hour of the clock the text tells an event at, as one on `day`."""
        match = next(
            (
                m
                for m in _CLOCK_TOLD.finditer(low)
                if not m.group("part") and not m.group("stamp_hour") and not m.group("noon")
            ),
            None,
        )
        if match is None:
            # (nor a part of the day, "in the afternoon" or "around midday" of any day told, nor an
            # entry's stamp)
            return None
        report = bool(self.report_before.search(low, max(0, match.start() - 40), match.start()))
        return TimeRef(match.start(), match.end(), day, "day", report)

    def at_day(self, day: date) -> datetime:
        """Noon local time: the middle of the day, so a day's events sort after earlier days."""
        return datetime.combine(day, time(12, 0), self.tz)

    def find(
        self,
        low: str,
        published: date,
        anchor: date | None = None,
        narrative: bool = False,
        told_dates: Collection[date] = (),
    ) -> list[TimeRef]:
        """Time expressions in lower-cased text; those that date a speech act ("said on
        Friday") are marked as report times, not event times. `anchor`: the day the text before
        spoke of last, which "a day earlier" counts from (else the publication day).
        `narrative`: the text tells a past told against `anchor`, not the day it was filed, so a
        bare weekday is the next such day from there ("Saturday 7 December belonged to Homs. ...
        In the early hours of Sunday", two weeks on: the 8th), or the day before it when the text
        told that day with its date (`told_dates`: "between Saturday, December 7, and Sunday,
        December 8 ... As late as Saturday evening")."""
        refs: list[TimeRef] = []
        heading = _HEADING_WEEKDAY.match(low)
        if heading is not None:  # "Fri — Zaranj (Nimroz), taken without a fight": a recap's item day
            target = _WEEKDAY_ABBREVIATIONS.index(heading.group(1)[:3])
            day = published - timedelta(days=(published.weekday() - target) % 7)
            # ("Sunday media watch: Mazar and Jalalabad lost": the edition's day, not the news's)
            edition = self.not_event_after.match(low, heading.end(1)) is not None
            refs.append(TimeRef(heading.start(1), heading.end(1), day, "day", edition))
            anchor = anchor if edition else day
        matches: list[re.Match[str]] = []
        if self._words.search(low) or self._numeric.search(low):
            matches = list(self.pattern.finditer(low))
        if self._digit_date_start.search(low):
            matches = sorted([*matches, *self.digit_dates.finditer(low)], key=lambda m: m.start())
        told_here = False
        for index, match in enumerate(matches):
            relative = match.group("relative") if match.re is self.pattern else None
            if relative == "on the eve" and low.startswith(" of ", match.end()):
                continue  # "on the eve of the fall of Kabul": the day before an event, not a day told
            shift = self.anaphoric_days.get(relative or "") if relative is not None else None
            if (
                shift is None
                and anchor is not None
                and (
                    narrative
                    or (
                        told_here
                        and _PAST_PERFECT_BEFORE.search(low, max(0, match.start() - 50), match.start())
                    )
                )
            ):
                # "On the morning of 15 August 2021 ... Overnight, elders in Jalalabad had
                # negotiated": in a look back, the night before the day the story stands on; so
                # in a past perfect after a day the sentence told ("in the early hours of Friday,
                # Aug. 13, after officials had been evacuated overnight"; not "took Herat on
                # Thursday and Kandahar overnight", the night after)
                shift = self.story_days.get(relative or "")
            if (
                shift is not None
                and index + 1 < len(matches)
                and _DATED_BY.fullmatch(low, match.end(), matches[index + 1].start())
            ):
                continue  # "by dawn on Dec. 8", "by the evening of Nov. 29": the date's day
            if shift == 0 and anchor is None:
                continue  # "By evening, the city was theirs" heading a story: no day told to count from
            if shift is not None:
                day = min(published, (anchor or published) + timedelta(days=shift))
                resolved: tuple[date, TimePrecision] | None = (day, "day")
            elif narrative and anchor is not None and _bare_weekday(match):
                resolved = self._narrative_weekday(low, match, anchor, published, told_dates), "day"
            elif anchor is not None and match.re is self.pattern and match.group("day5"):
                resolved = self._day_of_month_near(low, match, anchor, published)
            else:
                resolved = self._resolve(match, published)
                if (
                    resolved is not None
                    and _bare_weekday(match)
                    and _SAME_BEFORE.search(low, max(0, match.start() - 12), match.start())
                ):
                    # "The same Friday, Kandahar had been taken": the Friday told before (filed on
                    # a Friday with none told, the one before the filing's)
                    if anchor is not None and anchor.weekday() == resolved[0].weekday():
                        resolved = anchor, resolved[1]
                    elif resolved[0] == published:
                        resolved = published - timedelta(days=7), resolved[1]
            if resolved is None:
                continue
            day, precision = resolved
            before = low[max(0, match.start() - 60) : match.start()]
            # "said on Friday" dates the report; "since Friday" dates nothing that happened then
            is_report = bool(
                self.report_before.search(before)
                or self.not_event_before.search(before)
                or self.not_event_after.match(low, match.end())
                or (
                    self.report_after.match(low, match.end())
                    and _BARE_SUBJECT_BEFORE.search(low, max(0, match.start() - 60), match.start())
                )
            )
            refs.append(TimeRef(match.start(), match.end(), day, precision, is_report))
            if precision == "day" and not self.bounds_period(low, match.start(), match.end()):
                anchor = day  # "said on Friday that it fell a day earlier": Friday anchors too
                told_here = told_here or shift is None
        return refs

    @staticmethod
    def _day_of_month_near(
        low: str, match: re.Match[str], anchor: date, published: date
    ) -> tuple[date, TimePrecision] | None:
        """ "on the 6th" after a day told: the 6th nearest that day, not after publication
        ("Hama fell on 5 December. ... Daraa was handed over on the 6th", told in February)."""
        if not low.endswith("the ", 0, match.start()):
            return None  # "on the 8th", not "the 3rd" of a list
        number = int(match.group("day5"))
        candidates = []
        for shift in (-1, 0, 1):
            month = anchor.month + shift
            year = anchor.year + (month - 1) // 12
            try:
                day = date(year, (month - 1) % 12 + 1, number)
            except ValueError:
                continue
            if day <= published + timedelta(days=1):  # (a chronology's "Aug. 7-8 - ... on the 8th")
                candidates.append(day)
        if not candidates:
            return None
        return min(candidates, key=lambda day: abs((day - anchor).days)), "day"

    def _narrative_weekday(
        self, low: str, match: re.Match[str], anchor: date, published: date, told_dates: Collection[date] = ()
    ) -> date:
        """A weekday in a story told against `anchor`: the next such day from it (a story moves
        forward: "By the end of that week they had overrun Herat, on Thursday, and Kandahar,
        early on Friday"), or the day or two before it in the past perfect ("That was the Sunday.
        On the Saturday the radio had been full of voices"); no later than the publication day."""
        target = self.weekdays.index(match.group("weekday"))
        back = (anchor.weekday() - target) % 7
        following = _FORWARD_BEFORE.search(low, max(0, match.start() - 12), match.start()) is not None
        if (
            0 < back <= _PAST_PERFECT_REACH
            and not following
            and (
                _PAST_PERFECT.match(low, match.end(), match.end() + 60)
                or _PAST_PERFECT_BEFORE.search(low, max(0, match.start() - 50), match.start())
            )
        ):
            return anchor - timedelta(days=back)
        if back == 1 and not following and anchor - timedelta(days=1) in told_dates:
            return anchor - timedelta(days=1)  # the day before, told with its date
        ahead = (target - anchor.weekday()) % 7 or (7 if following else 0)  # "the following Saturday"
        day = anchor + timedelta(days=ahead)
        return day if day <= published else published - timedelta(days=(published.weekday() - target) % 7)

    def anaphoric(self, expression: str) -> bool:
        """Whether a time expression counts from the day told before it ("the next day")."""
        return expression in self.anaphoric_days

    def absolute(self, expression: str) -> bool:
        """Whether a time expression names its month or year ("Aug. 13", "08.08.2021"), or counts
        years back from the filing ("a year ago today"), so that no day it is told against moves it
        (unlike "on Friday", "overnight", "on the 8th")."""
        return bool(self._absolute.search(expression)) or expression in self.relative_years

    def bounds_period(self, low: str, start: int, end: int) -> bool:
        """Whether a time expression only bounds a period ("since Friday"), telling no event of its
        own day (not "since Friday, when Zaranj fell"): no day for "hours later" to count from."""
        return bool(self.not_event_before.search(low, max(0, start - 40), start)) and not _WHEN_NEXT.match(
            low, end
        )

    def mentioned(self, low: str) -> bool:
        """Whether lower-cased text holds a time expression (resolvable or not)."""
        return bool(
            ((self._words.search(low) or self._numeric.search(low)) and self.pattern.search(low))
            or (self._digit_date_start.search(low) and self.digit_dates.search(low))
        )

    def _weekday_of_month(self, published: date, weekday: str, day: int) -> tuple[date, TimePrecision] | None:
        """ "Friday the 29th": the latest day of that number that falls on that weekday, not
        after the publication day (within a year)."""
        target = self.weekdays.index(weekday)
        month = published.replace(day=1)
        for _ in range(12):
            try:
                candidate = month.replace(day=day)
            except ValueError:
                candidate = None
            if candidate is not None and candidate <= published and candidate.weekday() == target:
                return candidate, "day"
            month = (month - timedelta(days=1)).replace(day=1)
        return None

    def bare_weekday(self, expression: str) -> bool:
        """Whether a time expression is a weekday alone ("Sunday", "on Sunday")."""
        words = expression.split()
        return bool(words) and words[-1] in self.weekdays and words[:-1] in ([], ["on"])

    def dated_weekday(self, expression: str) -> bool:
        """Whether a time expression is a weekday with its date ("Thursday 5 December", "Friday
        the 29th"): how a story told days or weeks on pins down the days it tells."""
        return expression.startswith(tuple(self.weekdays)) and (
            self.absolute(expression) or " the " in expression
        )

    def _calendar_day(
        self, published: date, month: int, day_text: str, months_back: bool = False
    ) -> tuple[date, TimePrecision] | None:
        """A day and month with no year: the latest such day not after the publication day (a
        day of the month alone: in the latest month that makes it so), or the campaign's, when
        the copy is written after it and that day lies in it."""
        try:
            day = date(published.year, month, int(day_text))
            if day > published + timedelta(days=1):
                if months_back:
                    previous = published.replace(day=1) - timedelta(days=1)
                    day = date(previous.year, previous.month, int(day_text))
                else:
                    day = day.replace(year=day.year - 1)
        except ValueError:
            return None
        return self._in_campaign(day) if not months_back else day, "day"

    def _month_part(self, match: re.Match[str], published: date) -> tuple[date, TimePrecision] | None:
        """ "early August" (the 5th), "mid-August" (the 15th), "late November" (the 25th), "the end
        of November" (its last day): a week's precision, in the latest such month up to the filing
        (or the year told); none for a month still to come ("by the end of August", in July: a
        deadline, no day anything happened)."""
        month = self.months[match.group("month10")]
        year = int(match.group("year10")) if match.group("year10") else published.year
        if not match.group("year10") and month > published.month:
            if month - published.month <= _MONTHS_AHEAD:
                return None
            year -= 1
        part = match.group("part1") or match.group("part2")
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        number = _MONTH_PART_DAY.get(part, last)
        day = date(year, month, number)
        if day > published:
            if (year, month) == (published.year, published.month):
                return published, "week"
            return None
        day = day if match.group("year10") else self._in_campaign(day)
        if self.campaign is not None:
            # "in late November" of a campaign that began on the 27th: within it, as rough as it is
            first, end = self.campaign
            if day < first and (first.year, first.month) == (day.year, day.month):
                day = first
            elif day > end and (end.year, end.month) == (day.year, day.month):
                day = end
        return day, "day" if part in _MONTH_DAYS else "week"

    def _in_campaign(self, day: date) -> date:
        """The day, or the same day of the campaign's year when the day is after the campaign
        and that one falls in it ("5 December" in a retrospective filed in December 2025)."""
        if self.campaign is None or day <= self.campaign[1]:
            return day
        for back in range(1, 4):
            try:
                earlier = day.replace(year=day.year - back)
            except ValueError:
                return day  # 29 February
            if self.campaign[0] <= earlier <= self.campaign[1]:
                return earlier
        return day

    def _digit_date(self, match: re.Match[str], published: date) -> tuple[date, TimePrecision] | None:
        """ "2024-11-30"; "29/11" or "7/12/24"; "on 30/11/2024", "on 6/12"; "(30.11.)"."""
        if match.group("year7"):
            return self._full_date(match.group("year7"), match.group("month7"), match.group("day7"))
        if match.group("day12"):
            return self._slashed_day(published, match.group("day12"), match.group("month12"), None)
        if match.group("a14"):
            return self._slashed_day(published, match.group("a14"), match.group("b14"), None)
        if match.group("a13"):
            return self._slashed_day(published, match.group("a13"), match.group("b13"), match.group("year13"))
        return self._slashed_day(published, match.group("a8"), match.group("b8"), match.group("year8"))

    @staticmethod
    def _full_date(year: str, month: str, day: str) -> tuple[date, TimePrecision] | None:
        """A date written in full ("08.08.2021", "2024-11-30"); None for one that is no date."""
        try:
            return date(int(year), int(month), int(day)), "day"
        except ValueError:
            return None

    def _slashed_day(
        self, published: date, first: str, second: str, year: str | None
    ) -> tuple[date, TimePrecision] | None:
        """ "29/11", "7/12/24": day first as most of the world writes it, month first when only that
        reads as a date; with no year, the latest such day not after the publication day."""
        readings: list[date] = []
        for day, month in ((int(first), int(second)), (int(second), int(first))):
            years = (
                [int(year) + (2000 if len(year) == 2 else 0)]
                if year
                else [published.year, published.year - 1]
            )
            for number in years:
                try:
                    candidate = date(number, month, day)
                except ValueError:
                    continue
                if candidate <= published + timedelta(days=1):
                    readings.append(candidate if year else self._in_campaign(candidate))
                    break
            if readings:
                break  # the day-first reading, when it is a date at all
        return (readings[0], "day") if readings else None

    def _resolve(self, match: re.Match[str], published: date) -> tuple[date, TimePrecision] | None:
        if match.re is self.digit_dates:
            return self._digit_date(match, published)
        told = next((match.group(f"year{n}") for n in range(1, 5) if match.group(f"year{n}")), None)
        if told is not None:
            month = (
                match.group("month1")
                or match.group("month2")
                or match.group("month3")
                or match.group("month4")
            )
            day_text = (
                match.group("day1") or match.group("day2") or match.group("day3") or match.group("day4")
            )
            return self._full_date(told, str(self.months[month]), day_text)
        if match.group("month11"):
            return self._calendar_day(
                published, self.months[match.group("month11")], str(self.day_ordinals[match.group("day11")])
            )
        if match.group("month3") or match.group("month4"):
            return self._calendar_day(
                published,
                self.months[match.group("month3") or match.group("month4")],
                match.group("day3") or match.group("day4"),
            )
        if match.group("day5"):
            if not match.string.endswith("the ", 0, match.start()):
                return None  # "on the 8th", not "the 3rd" of a list
            return self._calendar_day(published, published.month, match.group("day5"), months_back=True)
        if match.group("day6"):
            return self._full_date(match.group("year6"), match.group("month6"), match.group("day6"))
        if match.group("month10"):
            return self._month_part(match, published)
        if match.group("day9"):
            number = match.group("day9")
            day = self.day_ordinals.get(number) or int(number[:-2])
            return self._weekday_of_month(published, match.group("weekday"), day)
        if match.group("weekday"):
            target = self.weekdays.index(match.group("weekday"))
            if match.group("previous_week"):
                return published - timedelta(days=published.weekday() + 7 - target), "day"
            back = (published.weekday() - target) % 7
            if (match.group("last") or match.group("before_last")) and back == 0:
                back = 7
            if match.group("before_last"):
                back += 7
            return published - timedelta(days=back), "day"
        month_name = match.group("month1") or match.group("month2")
        if month_name:
            return self._calendar_day(
                published, self.months[month_name], match.group("day1") or match.group("day2")
            )
        relative = match.group("relative")
        if relative in self.relative_days:
            return published + timedelta(days=self.relative_days[relative]), "day"
        if relative in self.relative_years:
            try:
                return published.replace(year=published.year + self.relative_years[relative]), "day"
            except ValueError:
                return None  # 29 February
        if relative in self.relative_weeks:
            return published + timedelta(days=self.relative_weeks[relative]), "week"
        if relative in self.weekend_words:  # the Saturday of the weekend up to the filing
            return published - timedelta(days=(published.weekday() - 5) % 7), "week"
        months_back = self.relative_months[relative]
        first = published.replace(day=1)
        for _ in range(-months_back):
            first = (first - timedelta(days=1)).replace(day=1)
        return first.replace(day=min(15, published.day) if months_back == 0 else 15), "month"
