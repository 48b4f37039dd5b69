"""The day an event happened: dates and weekdays in its clause, anaphoric days ("a day earlier"),
the day of the event it follows, the paragraph's date heading, else the story's news day."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from schemas.common import TimePrecision
from streams.core.extraction.base import ExtractorBase
from streams.core.extraction.context import (
    AND_BY,
    AND_DAY,
    APPOSITIVE,
    DAY_GAP,
    FOLLOWED_BY,
    GAPPED_ITEM_BEFORE,
    GAPPED_ITEM_ON,
    LIST_SEPARATOR,
    LISTED_BEFORE,
    NUMBERED_TITLE,
    PAST_VERB,
    Context,
)
from streams.core.gazetteer import Mention
from streams.core.text import Clause
from streams.core.timeref import THE_DAY_CLAUSE, TimeRef

_GAPPED_ITEM_DAY = re.compile(
    rf"(?:\s*,\s*(?:[a-z]+(?:ed|en)|the|an?)\s[^,;.]{{2,80}},)?{GAPPED_ITEM_ON}(?P<day>\S[^,;.]{{0,20}}?)\s*(?:[,;.]|$)"
)
"""A list item's own day after its name, with no verb, maybe past its aside ("Kandahar and Lashkar
Gah on the 13th,", "and Aybak, surrendered by its governor, on Aug 9")."""
_LATER_CLAUSE = re.compile(
    r"\s(?:before|until)\s+(?!(?:the\s+)?(?:end|start|middle|morning|afternoon|evening|night|dawn|noon|midnight"
    r"|weekend|deadline)\b)(?:[\w'’-]+\s+){1,4}?(?:pushed|drove|forced|threw|retook|recaptured|regained|cleared"
    r"|repelled|withdrew|pulled|left|fled|arrived|reached)\b"
)
"""A later clause of "before" or "until" with a subject and a verb of its own, whose day is its own."""
_DAYS_APART = re.compile(
    r"\b(?P<n>[a-z]+(?:-[a-z]+)?|\d{1,2})\s+days?\s+(?P<way>after|before)\b"
    r"(?:(?!\b(?:after|before)\b)[^.;])*$"
)
"""An event inside "a day after ..." (a day earlier than the day it is told against) or "a day
before ..." (a day later: "Ghazni fell on 12 August, a day before Kandahar did"), "eleven days"
too. A count that is no number ("several days after") tells no day; weeks are loose ("a week after
they seized Aleppo", five days before) and tell none either."""

_CAME_BEFORE = re.compile(r"\bcame\s+(?:just\s+|only\s+)?$")
_VERB_THEN_DAY = re.compile(r"[\w'’-]+(?:\s+control)?\s+(?:late\s+|early\s+)?on\s+")
"""A verb and its day before its object ("took on Friday"), as translated copy orders them."""
_RELATIVE_OPEN = re.compile(r",\s*(?:which|that|where|who)\b")
_OWN_RELATIVE_AFTER = re.compile(r"(?:,\s*(?:the|a|an|in)\s[^,;.]{1,60})?,\s*(?:which|that|where|who)\b")
"""A capital's own relative clause, past an appositive or where it lies ("Jalalabad, the main city
in the east, which", "Zaranj, in Nimroz Province, which")."""
_ASIDE_THEN_DAY = re.compile(
    r"[^,;.]*,(?:(?!\s*(?:which|that|where|who|and|but|while)\b)[^,;.]{1,50},)?\s*(?:late\s+|early\s+)?(?:on\s+)?"
)
"""The object, an aside on it, then the day ("seized Hama, 40 kilometres to the north, on Thursday"),
or the day set off by itself ("four days after rebels seized Aleppo, on Saturday, in a ...")."""


_NOMINAL_FALL_BEFORE = re.compile(
    r"\b(?:fall|capture|loss|seizure|takeover|surrender|handover)\s+of\s+(?:[\w'’-]+\s+){1,3}?(?:on\s+|late\s+on\s+)?$"
)


_FRONTED_APART = re.compile(r"\W*(?:(?:barely|just|only|some|nearly|almost|about|exactly|more\s+than)\s+)?")
"""What may open a sentence before a fronted "N days after ..." phrase."""
_THAT_DAY_AFTER = re.compile(r"\s+(?:that|this|then)\b")
"""A fronted "Five days after that," counts from the day told before: the main clause's day."""
_TAKE_NOUN = r"(?:fall|capture|loss|seizure|takeover)"
"""The nouns of a take ("the fall of X"), for the phrases of two takes below."""
_TO_THE_FALL_OF = re.compile(rf",?\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+)?{_TAKE_NOUN}\s+of\s+$")
"""The second event of "from the fall of X, on Aug. 6, to the fall of Y": X's day is not Y's."""
_FROM_THE_FALL_OF = re.compile(rf"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+)?{_TAKE_NOUN}\s+of\b")
_EVE_OF = re.compile(
    r"\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:fall|capture|seizure|takeover|loss)\s+of\s+$"
)
"""An event named as what a day was the eve of: the day after it."""

_RESPECTIVELY = re.compile(r"\brespectively\b")
_ITEMS_BEFORE = re.compile(rf"(?:[\w'’-]+(?:\s[\w'’-]+){{0,3}}{LIST_SEPARATOR})+$")
_SEPARATOR = re.compile(LIST_SEPARATOR)


def _respective_day(low: str, mention: Mention, position: int, time_refs: list[TimeRef]) -> TimeRef | None:
    """The day of a list's item where "respectively" pairs the items with as many days, in order:
    "Aleppo, Hama and Homs: under MOC control since 30 November, 5 December and 7 December
    respectively" (Hama's is the second)."""
    end = _RESPECTIVELY.search(low, max(position, mention.end))
    if end is None:
        return None
    days = [r for r in time_refs if max(position, mention.end) <= r.start < end.start()]  # "since" ones too
    items = _ITEMS_BEFORE.search(low, max(0, mention.start - 120), mention.start)
    rank = len(_SEPARATOR.findall(items.group(0))) if items else 0
    return days[rank] if len(days) >= 2 and rank < len(days) else None


def _followed_lead(low: str, start: int) -> re.Match[str] | None:
    """The "followed on Sunday by" (or ", and on Monday by") that heads the list a capital stands
    in: "followed on Sunday by Kunduz, Sar-e Pul and Taloqan" dates all three."""
    window = max(0, start - 120)
    if low.find(" by ", window, start) < 0:
        return None
    leads = [m for pattern in _LEADS for m in pattern.finditer(low, window, start)]
    listed = [m for m in leads if LISTED_BEFORE.fullmatch(low, m.end(), start)]
    return max(listed, key=lambda m: m.end(), default=None)


_LEADS = tuple(re.compile(pattern.pattern.removesuffix("$")) for pattern in (FOLLOWED_BY, AND_BY))


def _another_falls_day(low: str, start: int, mention: Mention | None) -> bool:
    """Whether a day right after another capital's nominal fall is that fall's ("have been in
    retreat since the fall of Aleppo on November 30"), not the day of the event at hand."""
    nominal = _NOMINAL_FALL_BEFORE.search(low, max(0, start - 50), start)
    return nominal is not None and mention is not None and not nominal.start() <= mention.start < start


def _in_other_relative(low: str, start: int, end: int, mention: Mention | None) -> bool:
    """Whether `end` lies in a relative clause opened after `start` on another noun: "X's loss cuts
    the road to Mazar, which Ghani is due to visit on Wednesday" (not the capital's own, past an
    appositive: "lost Aleppo, which rebels seized on Saturday")."""
    return _in_relative(low, start, end) and not (
        mention is not None and _OWN_RELATIVE_AFTER.match(low, mention.end) is not None
    )


def _in_relative(low: str, start: int, end: int) -> bool:
    """Whether `end` lies in a relative clause opened after `start` and not yet closed."""
    opened = [m.end() for m in _RELATIVE_OPEN.finditer(low, start, end)]
    return bool(opened) and "," not in low[opened[-1] : end]


def _in_asides_relative(low: str, start: int, end: int) -> bool:
    """Whether `end` lies in a restrictive relative clause of a phrase set off by a comma after
    `start` (", in a lightning offensive that started on Nov. 27")."""
    comma = low.rfind(",", start, end)
    return comma >= 0 and next(_relatives_on_nouns(low, comma, end), None) is not None


_HEAD_AFTER_PREPOSITION = re.compile(
    r"\b(?:after|with|in|on|of|since|before|during|following|from|by|for|at|to|into|against|amid|under)"
    r"\s+(?:[\w'’-]+\s+){0,3}$"
)
"""A relative clause's noun inside a phrase ("after a lightning campaign that began on Friday with
the fall of Zaranj"): no subject whose main verb comes next."""
_MAIN_VERB_LEAD = re.compile(
    r"(?:\s+(?:have|has|had|are|is|was|were|been|now|then|also|already|finally|later|still|soon|quickly"
    r"|eventually|reportedly))*\s*"
)
"""What may stand between a subject's relative clause and its main verb ("who took Aleppo on
Saturday are now fighting")."""


def _in_subject_relative(low: str, start: int, day: TimeRef, verb_at: int) -> bool:
    """Whether `day` ends a relative clause on the subject ("insurgents who took Aleppo on
    Saturday", "an offensive that began a week ago") whose main verb, at `verb_at`, comes right
    after it (not "Residents who fled on Sunday described fighting": the fight is what they told)."""
    return _MAIN_VERB_LEAD.fullmatch(low, day.end, verb_at) is not None and any(
        m.end() <= day.start
        and "," not in low[m.end() : verb_at]
        and not _HEAD_AFTER_PREPOSITION.search(low, start, m.start())
        for m in _relatives_on_nouns(low, start, day.start)
    )


_RESTRICTIVE_OPEN = re.compile(
    r"(?<![\w'’])([a-z]+)\s+(?:(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:[a-z]+(?:ed|gan|an)|shut|hit|cut|struck|took|fell|left|drove|brought|sent|kept|held|won|lost|saw)\b"
    # "a 12-day campaign in which the insurgents took Aleppo on Nov. 30"
    r"|(?P<in_which>(?:in|during|under|through)\s+which\b))"
)
_SPEECH_WORDS = frozenset(
    {
        "said",
        "says",
        "say",
        "announced",
        "claimed",
        "confirmed",
        "reported",
        "added",
        "saying",
        "adding",
        "noted",
        "stated",
        "told",
        "insisted",
        "denied",
    }
)


def _relatives_on_nouns(low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The restrictive relative clauses opened between `start` and `end` on a noun, not on a verb
    of speech ("a campaign that began", not "said that")."""
    return (m for m in _RESTRICTIVE_OPEN.finditer(low, start, end) if m.group(1) not in _SPEECH_WORDS)


_REDUCED_RELATIVE = re.compile(
    r"\b(?:offensive|campaign|operation|assault|push|drive|advance|onslaught|war|uprising|talks|deal"
    r"|agreement|ceasefire|truce|withdrawal|evacuation|airlift)\s+"
    r"(?:launched|begun|started|signed|announced|agreed|reached|struck|unleashed|mounted)\b"
)
"""A participle on an undertaking's name, a relative clause without "that": "an offensive launched on
Wednesday"."""


_APPOSITIVE_INSIDE = re.compile(r",\s*(?:the|a|an)\s[^,;.]{1,60},")
"""An appositive set inside a clause between commas ("Zaranj, the capital of Nimroz, on August 6")."""


def _in_restrictive(low: str, start: int, end: int) -> bool:
    """Whether `end` lies in a relative clause on a noun ("a collapse that began on Aug. 6", "an
    offensive launched on Wednesday") opened after `start`, with no comma after its opening (not
    "said that ...")."""
    # (end, whether an "in which" clause: "a campaign in which they took Aleppo on Nov. 30, Hama on
    # Thursday" goes on past its list's commas)
    opened = [(m.end(), m.group("in_which") is not None) for m in _relatives_on_nouns(low, start, end)]
    opened += [(m.end(), False) for m in _REDUCED_RELATIVE.finditer(low, start, end)]
    if not opened:
        return False
    last, listed = max(opened)
    # past an appositive on a noun of the clause ("a sweep that began with the fall of Zaranj, the
    # capital of Nimroz, on August 6")
    clause = _APPOSITIVE_INSIDE.sub("", low[last:end])
    return ";" not in clause if listed else "," not in clause


_SAME_DAY = re.compile(
    r"\b(?:(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)|later\s+that\s+day)"
    r"(?:\s*(?:[,.;:]|$)|\s+(?:after|following|when)\b)"
)
_SAME_DAY_FRONTED = re.compile(
    r"\W*(?:in\s+[\w'’ -]{1,40}?,?\s+)?(?:(?:earlier|later)\s+)?(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)\b"
    r"|\W*(?:earlier|later)\s+that\s+(?:day|morning|afternoon|evening|night)\b"
    # (not a past perfect, which tells what came before then: "By then Damascus had fallen too")
    r"|\W*by\s+then\b(?!,?(?:\s+[\w'’-]+){0,6}?\s+had\b)"
)
"""A clause that opens on the day told before: "Earlier the same day the Taliban took Maymana", "In
Deir ez-Zor the same day, the SDF moved in", "By then fighters were battling on the outskirts"."""

_FRONTED_DAY = 15
"""How far into a sentence a day may start and still open it ("On Aug. 17, ...")."""
_DAY_THEN_APPOSITION = re.compile(r"\s*,\s*")
"""Between a day and a phrase set beside it ("On Aug. 17, two days after ...")."""
_LATER_COORDINATE = re.compile(r"(?:,\s*and|;)\s")
"""Where a later coordinate clause opens ("took Farah, and early on Wednesday Fayzabad went")."""
_FOLLOWED_MARK = re.compile(r",\s*(?:and\s+)?(?:then\s+)?followed\b")
_HOURS_AFTER_WORDS = r"\b(?:hours|minutes|shortly|soon|just)\s+after\s+(?:the\s+)?"
_HOURS_AFTER = re.compile(rf"{_HOURS_AFTER_WORDS}(?:[\w'’-]+\s+){{1,3}}$")
"""An event told in a clause of "hours after" right before its trigger: hours before the event of
the clause it came before."""
_HOURS_AFTER_NAME = re.compile(rf"{_HOURS_AFTER_WORDS}$")
"""The same, right before the capital whose verb comes after it ("hours after Herat fell")."""
_SMALL_HOURS = re.compile(
    r"\b(?:(?:early|small|wee)\s+hours|before\s+dawn|before\s+daybreak|just\s+after\s+midnight|overnight)\b"
)
"""The first hours of a day: what came hours before them came the day before."""
_AFTER_EVENT = re.compile(
    r"(?<!hours )(?<!minutes )(?<!shortly )(?<!soon )(?<!just )\b(?:after|following|fresh\s+from|buoyed\s+by"
    r"|emboldened\s+by|on\s+the\s+back\s+of)\s+(?:the\s+|their\s+|its\s+)?$"
)
"""An event the clause's own came after ("insurgents fresh from their capture of Aleppo pressed
south on Tuesday"): not of the clause's day."""

_SEAT_APPOSITIVE = re.compile(
    r",\s*(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:capital|centre|center|seat)\s+of\s+[^,;.]{1,60},"
)
"""An object's appositive that names its province ("took Farah, capital of the western province of
the same name, and Pul-e Khumri, capital of Baghlan province, on Tuesday")."""
_LIST_COMMA = re.compile(r",\s+(?=[\w'’-]+(?:[ -][\w'’-]+){0,2}(?:,|\s+and\s))")
"""The commas of a list of names ("overran Kunduz, Sar-e-Pul and Taloqan on Sunday"): no clause ends there."""
_PASSIVE_PARTICIPLE_DAY = re.compile(r"being\s+[a-z]+ed\s+(?:(?:late|early)\s+)?(?:on\s+)?")
"""A subject's passive participle right before its day ("after being attacked on Saturday")."""
_RIGHT_AFTER = re.compile(
    r"(?:\s*,\s*(?:the|a|an|in|near|on)\s(?:[^,;]|(?<=\d),(?=\d{3})){1,40},"
    r"|\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:(?:late|early)\s+)?on\s))?"
    r"\s*(?:(?:late|early)\s+)?(?:on\s+)?"
)
"""Between a capital and the day that follows it at once ("Aybak on Monday", "Zaranj, the first, on
Friday", "Faizabad, in the far north-east, on Wednesday")."""
_SAID_AFTER = re.compile(
    r",\s*(?:[\w'’.-]+\s+){0,8}?(?:said|says|told|confirmed|reported)\b[^,;.]{0,40}?\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
"""The attribution that closes a report of an event: "Kunduz has fallen, officials said on Sunday"."""
_REPORTED_AFTER = re.compile(
    r"[\w'’-]+\s+(?:[\w'’-]+\s+){0,2}?(?:was|were|(?:had|has|have)\s+been)\s+(?:also\s+)?reported\s+"
    r"(?:(?:around|near|in|inside|outside)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:(?:late|early)\s+)?(?:on\s+)?"
)
"""An event reported in the passive, with its day after: "Heavy fighting was reported on Sunday",
"Heavy fighting had been reported around Bazarak on Sunday"."""
_LIST_ITEM = r"(?!(?:the|a|an|and|or|on|in|at|by|late|early|last|this|overnight|which|who|where|said|says|was|were|is|are|had|has|have)\b)[\w'’-]+(?:[ -](?!(?:and|on|late|early)\b)[\w'’-]+){0,2}"
_OTHER_EVENTS_DAY = re.compile(
    r"\b(?:after|since|before|with|between|separated|separate|separates)\s+the\s+"
    r"(?:start|beginning|launch|end|announcement|completion)\s+of\s+(?:(?!\band\s+the\b)[^,;])*$"
)
"""A day told of another event's noun phrase ("after the start of the withdrawal ... on May 1",
"Twelve days separated the start of the offensive ... on 27/11/2024 and the fall of Damascus"; the
phrase ends at "and the": "... and the fall of Damascus on Sunday" is the fall's day)."""
_NEXT_CLAUSE_BY = re.compile(r",\s*(?:and|but|while)\s+(?:by|until|after)\s")
"""A clause of its own that opens on a deadline ("..., and by the following day they held it")."""
_LISTED_THEN_DAY = re.compile(
    rf"{LIST_SEPARATOR}{_LIST_ITEM}(?:{LIST_SEPARATOR}{_LIST_ITEM}){{0,4}}\s+(?:(?:late|early)\s+)?(?:on\s+)?"
)
"""Between the first capital of a list and the list's own day ("Kunduz, Sar-e-Pul and Taloqan on Sunday")."""
_SEQUENCED = re.compile(r"\b(?:follows|follow|(?:comes|came|followed)\s+(?:[\w'’-]+\s+){0,4}?after)\b")
"""What puts the event at hand after another ("follows the rebel capture of", "came only ten days
after Zaranj ... was overrun"): a day past it is the other event's."""
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){2,}")
"""A "since" clause, past two words at least, that a day ends ("since foreign forces began their
withdrawal on May 1"; not "since Friday")."""
_APART_PHRASE = re.compile(
    # (not a bound: "less than 10 days after")
    r"(?<!than )(?<!under )(?<!nearly )(?<!almost )(?<!over )"
    r"\b(?:(?:just|only|barely|some)\s+)?(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,2})\s+days?"
    r"|(?:(?:a\s+few|several|mere|a\s+couple\s+of)\s+)?hours|shortly)\s+(?P<way>after|before)\b"
)
"""A span between two events ("a day after", "hours before"): the second's day counts from the first's."""
_EARLY_IN_DAY = re.compile(r"\s+(?:morning|afternoon|at\s+(?:midday|noon|dawn|daybreak))\b")
"""A part of a day told after its name that leaves hours of it after ("on Thursday afternoon")."""
_WENT_NEXT = re.compile(r"(?:went|fell|was|were|came|followed)\s+next\b")
_YEARS_BACK = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|\d)\s+years?\s+(?:since|to\s+the\s+day\s+after)\s+(?:[\w'’-]+\s+){0,6}$"
)
"""An anniversary: the event N years before the day of writing ("one year since the insurgents
rolled into the capital"; not "a year after", which a story filed days off the date says too)."""


_RECENT_SPAN = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?:24|48|36|twenty-four|forty-eight|few)\s+hours|day|two\s+days)\b"
)
"""A span back from the time of writing, which may reach into the day before the entry's."""
_AFTER_WORD = re.compile(r"\b(?:after|following)\b")
_AFTER_OR_SINCE = re.compile(
    r"\b(?:after|following|(?:first|biggest|largest|worst|greatest|heaviest|only|major|significant)\b"
    r"[^,;.]{0,60}?\bsince)\b"
)
"""What puts the event after it after another ("a day after", "the first setback since")."""


def _after_another(low: str, told_end: int, ref_start: int, others: list[int]) -> bool:
    """Whether a day past the event at hand is told of another event the text puts it after: the
    last trigger before the day opens on "after" or a first "since" ("The fall of Hama, less than a week
    after the rebels seized Aleppo on Nov. 30", "the first setback since they took Kabul on
    Sunday"), not on "and" ("was taken after the fall of Damascus and was
    under rebel control by Dec. 9": the subject's own second predicate)."""
    between = sorted(b for b in others if told_end < b < ref_start)
    if not between:
        return False
    opens = between[-2] if len(between) > 1 else told_end
    return _AFTER_OR_SINCE.search(low, opens, between[-1]) is not None


_WHEN_AFTER = re.compile(rf",\s+when\s|{THE_DAY_CLAUSE}")
"""A relative clause of time after a day ("since Friday, when Zaranj fell", "since Aug. 12, the day
fighters seized the governor's office")."""
_ITEM_BRACKET_DAY = re.compile(
    r"(?:(?:,|\s+and)\s*[\w'’. -]{1,30}?){0,6}?\s*\(\s*(?:(?:all|both)\s+)?(?:on\s+)?"
    r"|(?:,\s*[\w'’. -]{1,30}?)?(?:\s*;\s*[\w'’. -]{1,30}?(?:,\s*[\w'’. -]{1,30}?)?){1,6}?\s*\(\s*(?:all|both)\s+(?:on\s+)?"
)
"""From a list item (and its province, or the last item of its group: "Kunduz, Sar-e Pul and
Taloqan (Aug. 8)") to its day in brackets, or to the day in brackets that a run of items separated
by semicolons shares ("Kunduz, Kunduz; Taloqan, Takhar (all 8 August)")."""
_SINCE_CLAUSE_DAY = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,5}?(?:on\s+)?$")
"""A day that ends a clause of "since" ("since it began on Wednesday")."""
_NEW_SUBJECT_AFTER = re.compile(r"\s*,\s*(?:the|a|an|its|their|his|her)\s")
"""A subject of its own after a comma (not "since they rode into Kabul on 15 August, took over ...")."""
_STRIFE_SINCE = re.compile(
    r"(?:(?:(?:has|have|had)\s+been|(?:is|are|was|were|remains|remained))\s+(?=under\s))?"  # "had been under attack since"
    r"(?:fighting|fought|clashes|clashed|battles?|battled|battling|attacks?|attacked|assault|siege|besieged"
    r"|encircled|surrounded|under\s+(?:attack|siege|fire))\b"
    # (past who fights whom: "clashes between the security forces and the Taliban are going on")
    r"(?:\s+between\s+[^,;.]{1,80}?\s+and\s+(?:the\s+)?[\w'’-]+)?"
    r"[^,;.]{0,60}?\b(?:since|from)\s+$"
)
"""A fight told with the day it began ("fighting has raged on the outskirts since Tuesday",
"clashes on its northern outskirts from Dec 3")."""
_SINCE_BEFORE = re.compile(r"\bsince\s+$")
_PERFECT_GAP = re.compile(r"\s+(?:have|has|had)\s+(?:been\s+)?")
"""A perfect between a "since" day and the verb after it ("since Tuesday have besieged")."""
_STRIFE_AT = re.compile(r"(?:besieg|attack|fight|fought|clash|battl|shell|encircl|surround|pound)")
"""A verb of fighting, where the trigger starts."""
_SINCE_OPENING = re.compile(r"(?:^|[,;:]\s*)since\s+$")
"""A "since" that opens the sentence or its clause, before a day."""
_PERFECT_STRIFE_AFTER = re.compile(r"[\s,]+(?:[\w'’-]+\s+){0,4}?(?:has|have|had)\s+been\s+")
"""From a fronted day to a fight in the perfect progressive ("Since Tuesday the rebels had been ")."""
_FIGHT_STARTS = re.compile(r"(?:fighting|battling|clashing|besieging|attacking|shelling|encircling)\b")
"""A trigger of a fight in its progressive form."""
_HELD_FOR = re.compile(
    r"(?:(?:has|have)\s+)?been\s+(?:in|under)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hands|control)\s+for\s+"
    r"(?:the\s+(?:past|last)\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\b"
)
"""A holding told with how long it has lasted ("has been in Taliban hands for three days")."""
_HELD_SINCE = re.compile(
    r"(?:(?:(?:has|have|had)\s+)?been\s+)?(?:(?:in|under)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:hands|control)"
    r"(?:\s+of\s+[^,;.]{1,60}?)?|held\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"|(?:(?:has|have|had)\s+)?(?:held|controlled|ruled)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"|(?:(?:has|have|had)\s+)?(?:held|controlled|ruled)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r",\s*(?:the|a|an)\s[^,;.]{1,60},\s*"  # (past the object's appositive)
    r"|(?:is|are)\s+(?:(?:still|now)\s+)?(?:holding|controlling)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"|(?:has|have|had)\s+been\s+inside\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)\s*since\s+$"  # "had been inside X since"
)
_DAY_BEFORE_WORDS = ("yesterday", "last night")
_FALLEN_SINCE = re.compile(
    r"(?:has|have|had)\s+(?:(?:all|also|now)\s+)?(?:fallen|been\s+(?:taken|captured|seized|overrun|lost))"
    r"(?:\s+(?:to|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?\s*since\s+$"
)
"""Falls told as a run since the day before ("four more centres have fallen to the Taliban since
yesterday"): that day's (not a run since Friday, which spans days)."""
"""A holding told with the day it began ("has been in Taliban hands since Sunday", "Hama, under NSAG
control since 5 December,", "a movement that has held the Afghan capital since Aug. 15"): the day
of the take."""


_PLACE_BEFORE_ASIDE = re.compile(r"\s*,\s*(?:in|near|on|the|a)\s[^,;]{1,60}")
"""Where a capital lies, or its appositive, before its ", which ..." aside ("Zaranj, in Nimroz Province, which")."""
_SECTION_TITLE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[^.!?;:\"“”]{1,60}")
"""A section's title ("3. The fall of Bazarak"): it names what the section tells, on no day of the story's."""
_PERFECT_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:has|have|had)\s+(?:already\s+|now\s+|also\s+)?$")
"""A relative clause's perfect right before the trigger ("an offensive that has already taken")."""
_SIMPLE_PAST = re.compile(
    rf"(?:(?:was|were)\s+(?:[\w-]+\s+)?(?:[\w-]+ed|taken|overrun|lost|given|in|inside|under)|{PAST_VERB})\b"
)
"""A verb in the simple past, active or passive ("took", "was handed over"), or a state told in
the narration's past ("Damascus was in their hands")."""
_NO_DAY_WORD = r"(?!on\b|yesterday\b|today\b|tonight\b|this\b|last\b|late\b|early\b)[\w'’-]+\s+"
_NO_DAY_WORD_COMMA = _NO_DAY_WORD.replace(r"+\s+", r"+,?\s+")
"""The same, or one closing an appositive ("said Maidan Shahr, the capital of Maidan Wardak, and
Charikar had been handed over")."""
_TOLD_THAT_HAD = re.compile(
    r"\b(?:told|said|called\s+to\s+say|wrote|reported)\s+"
    rf"(?:{_NO_DAY_WORD}){{0,5}}?(?:that\s+(?:[\w'’-]+\s+){{1,4}}?|(?:{_NO_DAY_WORD_COMMA}){{1,12}}?(?=had\s|$))"
    r"(?:had\s+(?:been\s+)?)?$"
)
"""A that-clause of a simple past telling with no day of its own, up to its pluperfect (or the
trigger that opens on it; "he said the fighters had taken", with no "that", up to the pluperfect
or to a trigger that starts with it, "had been handed over"):
backshifted news of the telling's day (not "said on Sunday that ...")."""
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:had|has|have|'ve|’ve|been|being|is|are|will|would|could|may|might)\s+(?:[\w-]+\s+){0,2}$"
)
"""A perfect, a progressive or a modal before the verb: not a past event told in the narration."""


class EventDays(ExtractorBase):
    """The calendar day of a candidate control or other event."""

    def _event_day(
        self,
        ctx: Context,
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
        eve = _EVE_OF.search(low, max(0, told - 80), told) if "eve of" in low else None
        if eve is not None:
            # "fell on Aug. 14, the eve of the Taliban's capture of Kabul": the day after the eve
            dated = next(
                (r for r in time_refs if r.end <= eve.start() and not low[r.end : eve.start()].strip(" ,")),
                None,
            )
            return (dated.day + timedelta(days=1), dated.precision) if dated else (None, "report")
        respective = (
            _respective_day(low, mention, position, time_refs) if mention and "respectively" in low else None
        )
        if respective is not None:
            return respective.day, respective.precision  # "X, Y and Z: taken on A, B and C respectively"
        held = [
            r
            for r in time_refs
            if position < r.start <= position + 140
            and (
                _HELD_SINCE.match(low, position, r.start)
                or (
                    _FALLEN_SINCE.match(low, position, r.start) and low.startswith(_DAY_BEFORE_WORDS, r.start)
                )
            )
        ]
        if held:
            return held[0].day, held[0].precision  # "has been in Taliban hands since Sunday": taken then
        if (held_for := _HELD_FOR.match(low, position)) is not None and (
            count := self.cues.number(held_for.group("n"))
        ):
            # "has been in Taliban hands for three days": taken that many days before the filing
            return ctx.published_day - timedelta(days=count), "day"
        fought = [
            r
            for r in time_refs
            if position < r.start <= position + 140 and _STRIFE_SINCE.match(low, position, r.start)
        ]
        fought = fought or [
            r
            for r in time_refs
            if r.end < position
            and _SINCE_BEFORE.search(low, max(0, r.start - 8), r.start)
            and _PERFECT_GAP.fullmatch(low, r.end, position)
            and _STRIFE_AT.match(low, position)
        ]  # "the Taliban fighters since Tuesday have besieged Faizabad": begun then
        if fought and fought[0].precision == "day":
            return fought[
                0
            ].day, "day"  # "Fighting had raged on Hama's northern edge since Tuesday": begun then
        fronted = [
            r
            for r in time_refs
            if r.end < position <= r.end + 80
            and r.precision == "day"
            and _SINCE_OPENING.search(low, max(0, r.start - 10), r.start)
            and _PERFECT_STRIFE_AFTER.fullmatch(low, r.end, position)
            and _FIGHT_STARTS.match(low, position)
        ]
        if fronted:
            return fronted[0].day, "day"  # "Since Tuesday the rebels had been battling on its outskirts"
        when = [r for r in time_refs if r.end < position <= r.end + 80 and _WHEN_AFTER.match(low, r.end)]
        if (
            when
            and "," not in low[when[-1].end + 2 : position]
            and not any(when[-1].end < r.start < told for r in time_refs)
        ):
            return when[-1].day, when[-1].precision  # "since Friday, when they took Zaranj"
        # "claimed on Tuesday that fighters had retaken Charikar, which the Taliban took on Sunday":
        # the closing relative's day is its own take's, not the claim's (not "lost Aleppo, which
        # rebels seized on Saturday": the same take)
        final = self._background_relative(low)
        background = final.start() if final is not None and position < final.start() else len(low)
        candidates = [
            r
            for r in time_refs
            if not r.is_report_time
            and r.start < background
            # "the first capital which fell after the start of the withdrawal of foreign forces on
            # May 1": the day of the other event the phrase names
            and not _OTHER_EVENTS_DAY.search(low, max(0, r.start - 100), r.start)
            and not _another_falls_day(low, r.start, mention)
            # "In its first statement since the offensive began on Wednesday, the army said they had
            # entered the city": the day of the clause of "since", not of the event after it
            and not (
                r.end < position
                and _NEW_SUBJECT_AFTER.match(low, r.end)
                and _SINCE_CLAUSE_DAY.search(low, max(0, r.start - 60), r.start)
            )
            # "Insurgents who took Aleppo on Saturday have reached the gates of Hama": the day of
            # the subject's relative clause, not of the main verb after it
            and not (r.end < position and _in_subject_relative(low, clause.start, r, position))
        ]
        to_the_fall = (
            _TO_THE_FALL_OF.search(low, max(0, mention.start - 40), mention.start)
            if mention is not None and "from " in low
            else None
        )
        if to_the_fall is not None and _FROM_THE_FALL_OF.search(low, 0, to_the_fall.start()):
            candidates = [r for r in candidates if r.start >= to_the_fall.start()]
        told_at = max(position, mention.end) if mention is not None else position
        later = _LATER_CLAUSE.search(low, told_at)
        if later is not None:
            # "broke into the city on July 7 before commandos pushed them out the next day": the
            # later clause's day is not the event's
            candidates = [r for r in candidates if r.start < later.start()]
        perfect = _PERFECT_RELATIVE.search(low, max(0, position - 40), position)
        if perfect is not None and not any(perfect.start() <= r.start < clause.end for r in candidates):
            # "fought on the outskirts of Hama on Tuesday, in an offensive that has already taken
            # Aleppo": the relative clause's perfect is no event of the main clause's day
            return (ctx.news_day, "report") if ctx.news_day != ctx.published_day else (None, "report")
        if candidates and asides:
            take = self._take_aside(low, mention, asides)
            if take is not None and not take[0] <= position < take[1]:
                # "Pul-e Alam, which the Taliban said they captured on Friday, was under insurgent
                # control": an aside on the capital that tells its take dates it, when the clause
                # gives no other day
                in_take = [r for r in candidates if take[0] <= r.start < take[1]]
                if in_take and not any(
                    clause.start <= r.start < clause.end for r in candidates if r not in in_take
                ):
                    return in_take[0].day, in_take[0].precision
            # "Mazar-i-Sharif, which Ghani had visited three days earlier, fell": not the aside's day
            candidates = [
                r
                for r in candidates
                if not any(a <= r.start < b and not a <= position < b and (a, b) != take for a, b in asides)
            ]
        apart = (
            _DAYS_APART.search(low, 0, position)
            if low.find("after", 0, position) >= 0 or low.find("before", 0, position) >= 0
            else None
        )
        if (
            apart
            and "," in low[apart.start() : position]
            and any(
                r.start <= _FRONTED_DAY
                and r.end <= apart.start()
                and _DAY_THEN_APPOSITION.fullmatch(low, r.end, apart.start())
                for r in candidates
            )
        ):
            # "On Aug. 17, two days after the Taliban entered Kabul, accounts posted that ...": the
            # phrase places the day before it, the event is that day's
            apart = None
        if (
            apart
            and _FRONTED_APART.fullmatch(low, 0, apart.start())
            and "," in low[apart.end("way") : position]
            and not _THAT_DAY_AFTER.match(low, apart.end("way"))
        ):
            # "Barely ten days after the Taliban took their first capital, they are in control of
            # Kabul": the main clause's event, told against the day, not inside the phrase
            apart = None
        if apart:
            shifted = self._days_apart(
                ctx,
                low,
                apart,
                position,
                candidates,
                mention.end if mention is not None else position,
                time_refs,
            )
            if shifted is not None:
                return shifted, "day"
        counted = (
            self._counted_from_after(low, told, candidates) if "after" in low or "before" in low else None
        )
        if counted is not None:
            return counted, "day"
        if _WENT_NEXT.match(low, position) and not any(
            clause.start <= r.start < clause.end for r in candidates
        ):
            return None, "report"  # "Homs ... went next": after the day told last, not on it
        anniversary = _YEARS_BACK.search(low, max(0, position - 80), position) if " year" in low else None
        if anniversary is not None and not any(clause.start <= r.start < clause.end for r in candidates):
            # "one year since the insurgents rolled into the capital", filed on 15 August 2022: that day of 2021
            back = self.cues.number(anniversary.group("n")) or 1
            published = ctx.published_day
            if not (published.month == 2 and published.day == 29):
                return published.replace(year=published.year - back), "day"
        # (with no dated event before it, the day the text told last: "Army officers agreed on Dec.
        # 6 to leave the city. ... In Suwayda, Druze factions took over the governorate building the
        # same day")
        same_day = ctx.last_day or ctx.day_before
        if (
            same_day is not None
            and (
                _SAME_DAY_FRONTED.match(low, clause.start)
                or _SAME_DAY_FRONTED.match(low)
                # "Douma and Latakia were taken the same day, and Tartus passed to the rebels on Dec
                # 9": the day told before, not the later clause's (the sentence's own, told before it:
                # "pulled out on 6 December, and the SDF took over the city the same day")
                or (
                    _SAME_DAY.search(low, position, clause.end)
                    and not any(r.start < position for r in time_refs)
                )
            )
            and not NUMBERED_TITLE.fullmatch(low.strip())
            and not any(
                clause.start <= r.start < position
                # (nor its own day after it, "Kunduz, which the Taliban seized on Sunday", short of
                # a later clause's)
                or (
                    r.start > position
                    and not _LATER_COORDINATE.search(low, position, r.start)
                    and not self._own_relative_other_event(low, position, mention, r.start)
                )
                for r in candidates
            )
        ):
            # "The same day the insurgents took Farah, and early on Wednesday Fayzabad went too":
            # the fronted day dates the clause it opens, not a later clause's day
            return ctx.day_just_before or same_day, "day"
        if mention is not None and position < mention.start:
            # "Herat went on the 12th, Kandahar and Lashkar Gah on the 13th": a gapped item's own day
            item = _GAPPED_ITEM_DAY.match(low, mention.end)
            own_day = next(
                (r for r in time_refs if item is not None and item.start("day") <= r.start < item.end()),
                None,
            )
            if own_day is not None and GAPPED_ITEM_BEFORE.search(
                low, max(0, mention.start - 40), mention.start
            ):
                return own_day.day, own_day.precision
        if mention is not None:
            bracketed = next(
                (
                    r
                    for r in candidates
                    if r.start > mention.end and _ITEM_BRACKET_DAY.fullmatch(low, mention.end, r.start)
                ),
                None,
            )
            if bracketed is not None:
                # "taken so far: Zaranj, Nimruz (6 August); Kunduz, Kunduz; Taloqan, Takhar (all 8 August)"
                return bracketed.day, bracketed.precision
            followed = _followed_lead(low, mention.start)
            inner = [r for r in candidates if followed and followed.start() <= r.start < followed.end()]
            if inner:  # "fell Friday, followed a day later by Sheberghan"
                return inner[-1].day, inner[-1].precision
            appositive = APPOSITIVE.match(low, mention.end)
            if appositive and appositive.end() <= position:
                # "Mazar-i-Sharif, the hub that Ghani had visited on Aug. 11, fell on Aug. 14"
                candidates = [r for r in candidates if not mention.end <= r.start < appositive.end()]
            right_after = [
                r
                for r in candidates
                if _RIGHT_AFTER.fullmatch(low, mention.end, r.start)
                or _LISTED_THEN_DAY.fullmatch(low, mention.end, r.start)
            ]
            if right_after and right_after[0].start > position:
                # "Farah fell on Tuesday, Aybak on Monday, Sheberghan on Saturday and Zaranj, the
                # first, on Friday": each item's own day, past the clause of the verb
                return right_after[0].day, right_after[0].precision
            fronted_object = [
                r
                for r in candidates
                if position < r.start < mention.start
                and not low[r.end : mention.start].strip()
                and _VERB_THEN_DAY.fullmatch(low, position, r.start)
            ]
            if fronted_object:  # translated word order: "after taking on Friday Zarandj"
                return fronted_object[-1].day, fronted_object[-1].precision
            told_first = [r for r in candidates if DAY_GAP.fullmatch(low, r.end, mention.start)]
            if told_first and AND_DAY.search(low, max(0, told_first[-1].start - 30), told_first[-1].start):
                return told_first[-1].day, told_first[-1].precision  # "and on Wednesday Faizabad"
            own = [
                r
                for r in candidates
                if 0 <= r.start - mention.end <= 80
                and r.start < clause.end
                and not any(mention.end < b < r.start for b in blockers if b != position)
                and not _FOLLOWED_MARK.search(low, mention.end, r.start)  # "X, followed on Saturday by Y"
                # "By the evening of Nov. 29 they were inside the city's western districts, and by
                # the following day they held most of it": the next clause's day, when the event
                # has its own before it
                and not (
                    _NEXT_CLAUSE_BY.search(low, mention.end, r.start + 1)
                    and any(c.start < mention.start and c.precision == "day" for c in candidates)
                )
                and not (
                    r.start > position
                    and (
                        _in_restrictive(low, max(position, mention.end), r.start)
                        or _in_other_relative(low, max(position, mention.end), r.start, mention)
                    )
                )
            ]
            if own:
                return own[0].day, own[0].precision
        told_end = max(position, mention.end if mention else position)
        in_clause = [
            r
            for r in candidates
            if clause.start <= r.start < clause.end
            # "The fall of Kabul capped a collapse that began on Aug. 6 with the loss of Zaranj":
            # the day of a relative clause past the event, the clause's own
            and not (
                r.start > told_end
                and (
                    _in_restrictive(low, told_end, r.start)
                    or _in_other_relative(low, told_end, r.start, mention)
                    or self._own_relative_other_event(low, position, mention, r.start)
                )
            )
            # "The fall of Hama follows the rebel capture of Aleppo ... on Nov. 30": the earlier
            # event's day, past the word that puts it before the event at hand
            and _SEQUENCED.search(low, max(position, mention.end if mention else position), r.start) is None
            # "the first serious attempt on a provincial capital since foreign forces began their
            # withdrawal on May 1": the day of the clause the event is measured from
            # (not "have controlled Kabul since they swept into the city on Sunday": the take's own)
            and not (r.start > told_end and self._since_other_news(low, told_end, r.start))
            # "The fall of Hama, less than a week after the rebels seized Aleppo on Nov. 30, opens ...":
            # the day of another event the text puts this one after
            and not _after_another(low, told_end, r.start, [b for b in blockers if b != position])
            # "Kunduz came under attack on Saturday and fell on Sunday": the day of an earlier
            # predicate of the same subject is that predicate's
            and not (
                mention is not None
                and mention.end <= r.start < position
                and any(mention.end <= b < r.start for b in blockers if b != position)
            )
        ]
        if _AFTER_EVENT.search(low, max(clause.start, position - 20), position):
            # "declared the war over on Monday after taking control of Kabul": the day is the
            # main clause's; the event came before it, on a day told elsewhere
            # ("rebels fresh from their seizure of Aleppo shelled Hama on Tuesday": nor the day of the
            # verb after it)
            in_clause = [
                r
                for r in in_clause
                if r.start > position
                and (
                    mention is None
                    or _RIGHT_AFTER.fullmatch(low, mention.end, r.start)
                    or _OWN_RELATIVE_AFTER.match(
                        low, mention.end
                    )  # "..., which the Taliban took on Saturday"
                    # "Maidan Shahr was taken after being attacked on Saturday": the participle's own day
                    or _PASSIVE_PARTICIPLE_DAY.fullmatch(low, position, r.start)
                )
            ]
            if not in_clause:
                return None, "report"
        pool = in_clause or [r for r in candidates if r.start < clause.start]
        if not pool:
            said = [
                r
                for r in time_refs
                if r.is_report_time
                and r.precision == "day"
                and r.start < position
                and not self.times.bounds_period(low, r.start, r.end)  # "Since Wednesday", no speech
            ]
            if said and said[-1].day < ctx.published_day:
                # "said late on Saturday that they had taken Homs", filed on Sunday: taken by Saturday
                return said[-1].day, "day"
            if (
                ctx.last_day is not None
                and not NUMBERED_TITLE.fullmatch(low.strip())
                and (
                    _SAME_DAY.search(low, clause.start, clause.end)
                    or _SAME_DAY_FRONTED.match(low, clause.start)
                    # "The same day, troops pulled out of X, and the SDF moved in and took control": the
                    # sentence's fronted day dates its clauses
                    or _SAME_DAY_FRONTED.match(low)
                )
            ):
                return ctx.day_just_before or ctx.last_day, "day"
            said_after = next((r for r in time_refs if r.start > position and r.is_report_time), None)
            if (
                said_after is not None
                and said_after.precision == "day"
                and said_after.day < ctx.published_day
                and (
                    _SAID_AFTER.search(low, position, said_after.start)
                    or _REPORTED_AFTER.fullmatch(low, position, said_after.start)
                )
            ):  # "Kunduz has fallen, officials said on Sunday": by the day of the words after it
                return said_after.day, "day"
            if _RECENT_SPAN.search(low, clause.start, clause.end):
                return None, "report"  # "fell in the past 24 hours", at 00:20: no one day of its own
            if ctx.paragraph_day:
                return ctx.paragraph_day, "day"
            if ctx.asked_day:
                return ctx.asked_day, "day"
            past_news = (
                _SIMPLE_PAST.match(low, position)
                and not _AUXILIARY_BEFORE.search(low, max(0, position - 30), position)
            ) or (
                # "In the morning colleagues told me that Asadabad had been taken": the news of
                # the paragraph's day, backshifted in the telling
                _TOLD_THAT_HAD.search(low, max(0, position - 100), position) is not None
                and "had " in low[max(0, position - 12) : position + 4]
            )
            if ctx.paragraph_told is not None and ctx.paragraph_told < ctx.published_day and past_news:
                # "The north was not the only region to collapse on Saturday. The Taliban took
                # Maymana ...": an undated event in the paragraph of a dated one, on its day
                return ctx.paragraph_told, "day"
            if ctx.lead_day is not None and past_news:
                # "Government control of three provincial capitals collapsed on Friday. ... / In
                # Deir ez-Zor, the SDF moved into the city after government troops withdrew"
                return ctx.lead_day, "day"
            story_day = ctx.story_told if ctx.narrative(ctx.story_told) else ctx.day_before
            if ctx.narrative(story_day) and not _SECTION_TITLE.fullmatch(low):
                # "Saturday 7 December belonged to Homs. Rebel fighters entered the city in the
                # morning", filed two weeks on: the day the story stands on (not a flashback's:
                # "Mazar-i-Sharif had fallen the day before, on 14 August")
                return story_day, "day"
            return (ctx.news_day, "report") if ctx.news_day != ctx.published_day else (None, "report")
        nearest = min(pool, key=lambda r: abs(r.start - position))
        if (
            nearest.end <= position
            and (
                _HOURS_AFTER.search(low, nearest.end, position)
                # "hours after seizing Herat": the trigger right after the words
                or _HOURS_AFTER_NAME.search(low, nearest.end, position)
                or (mention is not None and _HOURS_AFTER_NAME.search(low, nearest.end, mention.start))
            )
            and _SMALL_HOURS.search(low, max(0, nearest.start - 30), nearest.end)
        ):
            # "took Kandahar in the early hours of Friday, hours after they seized Herat": the
            # evening before (not "entered Kabul on Sunday, hours after they took Jalalabad")
            return nearest.day - timedelta(days=1), nearest.precision
        return nearest.day, nearest.precision

    def _since_other_news(self, low: str, start: int, day_at: int) -> bool:
        """Whether a day ends a "since" clause after the event that tells no control event of its own."""
        since = _SINCE_CLAUSE.search(low, start, day_at)
        return since is not None and not self.cues.triggers_in(low[since.start() : day_at])

    def _own_relative_other_event(
        self, low: str, position: int, mention: Mention | None, day_at: int
    ) -> bool:
        """Whether a day past the capital lies in its own relative clause telling another kind of
        event than the verb before it ("took Maidan Shahr, which had come under attack on
        Saturday": the attack's day; not "lost Aleppo, which rebels seized on Saturday")."""
        if mention is None or not position < mention.start:
            return False
        relative = _OWN_RELATIVE_AFTER.match(low, mention.end)
        if relative is None or relative.end() > day_at:
            return False
        specs = self.cues.trigger_specs
        kinds = {"surrendered": "captured"}
        main = {
            kinds.get(specs[n].type, specs[n].type)
            for n, _, _ in self.cues.triggers_in(low[position : mention.start])
        }
        told = {
            kinds.get(specs[n].type, specs[n].type)
            for n, _, _ in self.cues.triggers_in(low[relative.end() : day_at])
        }
        return bool(main and told) and not main & told

    def _take_aside(
        self, low: str, mention: Mention | None, asides: Sequence[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """The ", which ...," aside right after the capital that tells its take ("Kunduz, which
        fell to them on Sunday,"), if any; not an entry or an attack ("which the Taliban entered
        on Tuesday,"), which comes before the state the sentence goes on to tell, nor a take of a
        part ("which the Taliban had partly overrun earlier in the week,")."""
        if mention is None:
            return None
        specs = self.cues.trigger_specs
        return next(
            (
                (a, b)
                for a, b in asides
                if (a == mention.end or _PLACE_BEFORE_ASIDE.fullmatch(low, mention.end, a))
                and any(specs[number].type == "captured" for number, _, _ in self.cues.triggers_in(low[a:b]))
                and not self.cues.partial_any.search(low, a, b)
            ),
            None,
        )

    def _counted_from_after(self, low: str, told: int, candidates: list[TimeRef]) -> date | None:
        """The day of an event told before "a day after ..." phrases, from the first of them that
        dates its own event ("The fall of the capital came hours after Jalalabad was handed over,
        and a day after they took Mazar-i-Sharif on Saturday": Sunday). None when the event has a
        day of its own before the phrase."""
        first = _APART_PHRASE.search(low, told, told + 60)
        if first is None or any(told <= r.start < first.start() for r in candidates):
            return None
        phrases = list(_APART_PHRASE.finditer(low, first.start()))
        for phrase, following in zip(phrases, [*phrases[1:], None], strict=True):
            end = following.start() if following is not None else len(low)
            # not a day past the phrase's clause ("fell two days after Hama, on the Saturday night": the
            # fall's own), as one comma closes it; an appositive's two do not
            dated = next(
                (r for r in candidates if phrase.end() <= r.start < end and r.precision == "day"), None
            )
            if dated is not None and low.count(",", phrase.end(), dated.start) % 2:
                return None
            if dated is not None:
                n = phrase.group("n")
                if n is None:
                    # "hours after the insurgents pushed through its defences on Thursday afternoon":
                    # that day (not "hours after rebels took Homs late on Saturday": that night, or
                    # the next day)
                    return dated.day if _EARLY_IN_DAY.match(low, dated.end) else None
                days = timedelta(days=self.cues.number(n) or 1)
                return dated.day + days if phrase.group("way") == "after" else dated.day - days
        return None

    def _span(self, apart: re.Match[str]) -> timedelta | None:
        """The span "a day", "eleven days" measures; None for "several days"."""
        word = apart.group("n")
        if word == "the" and "days" in apart.group(0):
            return None  # "in the days after Aleppo fell": no count of days
        count = 1 if word in ("a", "an", "the") else self.cues.number(word)
        return None if count is None else timedelta(days=count)

    def _days_apart(
        self,
        ctx: Context,
        low: str,
        earlier: re.Match[str],
        position: int,
        candidates: list[TimeRef],
        told_end: int,
        time_refs: Sequence[TimeRef] = (),
    ) -> date | None:
        """The day of an event inside "a day after ..." ("... before"), counted back (on) from the day it is told
        against: a date before the phrase ("on Thursday, a day after"), else one after the event's
        own words ("A day after the Taliban took Kunduz, fighters patrolled on Monday"), else the
        paragraph's or the report's day. None when the phrase dates the event itself ("two days
        after ... took it on Sunday")."""
        own = [
            r
            for r in candidates
            if r.start >= earlier.start()
            and (
                r.start < position
                or "," not in _LIST_COMMA.sub(" ", _SEAT_APPOSITIVE.sub(" ", low[position : r.start]))
                or _ASIDE_THEN_DAY.fullmatch(low, position, r.start) is not None
                # the capital's own day past its asides ("seized their first provincial capital,
                # Zaranj, on the Iranian border, on August 6")
                or (told_end > position and _ASIDE_THEN_DAY.fullmatch(low, told_end, r.start) is not None)
            )
        ]
        if own:
            return None
        # not a day another "after" clause tells ("come a week after rebels took Aleppo last Saturday,
        # and a day after they captured Hama": the closures' day is the report's)
        before = [
            r
            for r in candidates
            if r.end <= earlier.start() and not _AFTER_WORD.search(low, max(0, r.start - 100), r.start)
        ]
        # not a day in a relative clause of the event's object ("came a day after the insurgents
        # took Ghazni and Herat, the third-largest city, which fell on Thursday evening"): that
        # clause's own day, not the one the event is told against
        # nor one in an aside's own relative clause ("came a day after the insurgents captured Homs,
        # in a lightning offensive that started on Nov. 27": the offensive's day)
        after = [
            r
            for r in candidates
            if r.start > position
            and not _in_relative(low, position, r.start)
            and not _in_asides_relative(low, position, r.start)
        ]
        # "The pullout came a day after the rebels captured Hama", in a story of past days: the day
        # of the story's first news, not the filing's
        told = (
            ctx.first_day if _CAME_BEFORE.search(low, max(0, earlier.start() - 12), earlier.start()) else None
        )
        anchor = (
            before[-1].day
            if before
            else after[0].day
            if after
            else (ctx.paragraph_day or told or ctx.published_day)
        )
        days = self._span(earlier)
        if days is None:
            return None
        if earlier.group("way") == "after":
            return anchor - days
        # "His death came a day before the rebels captured Hama": a day later than a day of the
        # death's own, which this sentence does not tell; the day of another fall counts too ("The
        # fall of Pul-e Alam on Friday put them within reach of Kabul, two days before they entered
        # the capital")
        told_before = before or [
            r
            for r in time_refs
            if not r.is_report_time
            and r.end <= earlier.start()
            and not _AFTER_WORD.search(low, max(0, r.start - 100), r.start)
        ]
        return told_before[-1].day + days if told_before else None
