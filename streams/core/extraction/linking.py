"""Linking: which capitals a sentence names and in what role (place, modifier, coreference), and
which trigger words govern each of them, by position and the words between (lists, asides,
participles, inversion, coordination and gapping)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from schemas.article import Article
from streams.core.extraction.base import ExtractorBase
from streams.core.extraction.context import (
    AND_BEFORE,
    AND_BY,
    AND_DAY,
    APPOSITIVE,
    BEARING,
    CAPITAL_ASIDE,
    CLOSED_ASIDE,
    DAY_GAP,
    DAYS_APART_LIST,
    FIGHTING_NOUN,
    FOLLOWED_BY,
    FRONTED_LOCATIVE,
    GAPPED_ITEM_BEFORE,
    GAPPED_ITEM_ON,
    LAND_AROUND_AFTER,
    LIST_SEPARATOR,
    OWN_WHERE,
    PLACE_FROM,
    PLACED_WHERE_AFTER,
    POSSESSED_PART,
    WHERE_AFTER,
    Context,
    Trigger,
    blank_spans,
    closed_aside_spans,
    field_text,
    lower_text,
)
from streams.core.gazetteer import Mention, MentionRole, fold_accents
from streams.core.text import Clause, Sentence, clause_of
from streams.core.timeref import TimeRef

_NAME_GAP = re.compile(r"\s*[,(]?\s*")
_STOP_IN_GAP = re.compile(r"[.;:!?\"“”]|(?<!such )(?<!known )(?<!same )(?<!well )\bas\s+(?!well\b)")
"""What no gap between a trigger and its capital crosses: a sentence's or a quote's end, or an "as"
that opens a clause ("push into Lashkar Gah as Herat, Kandahar battles rage"; not "as well as")."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

_FACILITY_IN_BEFORE = re.compile(
    r"\b(?:airport|airfield|air\s+base|base|barracks|garrison|prison|jail|compound|headquarters|facility|facilities"
    r"|corps|battalion|brigade|division|regiment)"  # "soldiers of the army's corps in Kunduz surrendered"
    r"\s+(?:(?:in|inside|at|of|near|outside)\s+(?:the\s+(?:[\w'’-]+\s+){0,2}?(?:city|town)\s+of\s+)?"
    # "the prison on the northern edge of the capital"
    r"|(?:on|at)\s+the\s+(?:[\w-]+\s+)?(?:edges?|outskirts|fringes|perimeter)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
"""A post the subject of a verb holds in a city or on its edge: "soldiers holding out at the airport in
Kunduz surrendered" (the post's men did, not the city)."""
_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<!city )(?<!cities )(?<!town )(?<!towns )(?<!capital )(?<!capitals )(?<!centre )(?<!center )(?<!parts )(?<!districts )(?<!neighbourhoods )(?<!neighborhoods )(?<!areas )(?<!sections )(?<!quarters )(?<!half )(?<!much )(?<!most )(?<!bulk )(?<!rest )(?<!whole )(?<!all )(?<!entirety )(?<!fall )(?<!control )(?<!stronghold )(?<!bastion )(?<!heartland )(?<!birthplace )\bof"
    r"|\b(?:near|from|to|toward|towards|outside|around|into|at|for|by|with|between|beyond|past|across|over|above|"
    r"including|like|than)|\b(?:held|based|located|stationed|hosted|signed|born)\s+in)\s+$",
    re.IGNORECASE,
)


def _list_end(text: str, end: int, others: Sequence[tuple[int, int]]) -> int:
    """Where the run of capitals listed from one ending at `end` ends, with only separators between
    them ("Kandahar, Herat and Lashkar Gah"): `end` itself when none follows."""
    while following := next((e for s, e in others if s > end and _LIST_GAP.fullmatch(text, end, s)), None):
        end = following
    return end


def _listed_before(text: str, start: int, others: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The capital listed right before one starting at `start`, with only a separator between."""
    return next(((s, e) for s, e in others if e < start and _LIST_GAP.fullmatch(text, e, start)), None)


def _list_start(text: str, start: int, others: Sequence[tuple[int, int]]) -> int:
    """Where the run of capitals listed up to one starting at `start` starts (`_list_end`'s
    mirror): `start` itself when none comes before. A comma after a list closed by "and" opens
    a new one ("Taliban seize Farah and Pul-e Khumri, Aybak handed over")."""
    while (preceding := _listed_before(text, start, others)) is not None:
        closed = _listed_before(text, preceding[0], others)
        if (
            "and" not in text[preceding[1] : start]
            and closed is not None
            and "and" in text[closed[1] : preceding[0]]
        ):
            break
        start = preceding[0]
    return start


def _opens_clause(text: str, start: int, others: Sequence[tuple[int, int]]) -> bool:
    """Whether the list of capitals a capital at `start` is in opens a clause: with nothing
    before it (a headline), after "with", "and", a colon or a dash, or after a list closed by
    "and" ("Taliban seize Farah and Pul-e Khumri, Aybak handed over")."""
    first = _list_start(text, start, others)
    # (a capital still listed before the first is past a list closed by "and": `_list_start` stops there)
    return (
        _LIST_OPENS_CLAUSE.fullmatch(text, 0, first) is not None
        or _listed_before(text, first, others) is not None
    )


def _without_appositives(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Tarinkot, the capital of Uruzgan province,`: one entity, keep the name mention only; nor
    is "the city" in a list of what a mention of its name took in another place ("controlled
    most of Aleppo on Saturday, including the city centre")."""
    kept: list[Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and (mention.via != "name" or previous.via != "name")
            and previous.capital == mention.capital
            and _NAME_GAP.fullmatch(text, previous.end, mention.start)
        ):
            if mention.via == "name":
                kept[-1] = mention
            continue
        if (
            previous is not None
            and mention.via == "coref"
            and previous.role == "place"
            and previous.capital == mention.capital
            and _ELABORATION_GAP.fullmatch(text, previous.end, mention.start)
        ):
            continue
        kept.append(mention)
    return kept


_ELABORATION_GAP = re.compile(
    r"[^,;.]{0,40},\s+(?:including|notably|among\s+them)\s+(?:[^,;.]{1,40},\s+)*(?:the\s+)?"
)
"""From a place to what a list of its parts names ("Aleppo on Saturday, including the ...")."""

_AND_WITH_IT = re.compile(
    r"\s+(?:the\s+)?[^,;.]{1,40}?,?\s+and\s+with\s+(?:it|them)\s+(?:the\s+)?(?:whole\s+|entire\s+)?"
)
"""From a trigger past its first object to what came with it ("took the base, and with it the whole city")."""
_FRONTED_WITH = re.compile(r",\s+and\s+(?:now\s+|then\s+|so\s+)?with\s")
"""A new clause opened by a phrase of "with" ("lost Aleppo and Hama, and now with Daraa and Sweida
gone, Damascus is surrounded"): the verb's list of objects has ended."""
_PREPOSITION_END = re.compile(r"\s(?:in|on|at|near|around)$")
_OWN_OBJECT_THEN_VERB = re.compile(
    r"\s*(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:is|are|was|were|has|have|had|remains|remained)\s"
)
"""After a locative trigger, an object of its own and a verb: a place further on is another clause's."""

_AND_PREPOSITION = re.compile(r"\band\s+(in|on|into|near|around|at|against|of)\s+(?:the\s+)?$")

_AND_AT_AN_EDGE = (
    r"\band\s+(?:also\s+)?(?:on|in|at|near|around|along)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:outskirts|edges?|fringes|approaches|suburbs|gates)\s+(?:of|to)"
)
"""A later list item's own place at a city's edge, after "and" ("and on the outskirts of")."""
_AND_EDGES = re.compile(_AND_AT_AN_EDGE + r"\s+(?:the\s+)?$")
"""Fighting told at another city's edge after "and": the same fighting."""

_AND_CLAUSE_BEFORE = re.compile(
    r",\s*(?:and|but)\s+(?:(?:by|at|on|in|late|early|then|soon|later)\b[\w\s'’-]{0,20}?)?$"
    r"|;\s*(?:according\s+to\s+[^,;]{1,40},\s*)?$"  # "...; according to local officials, it was taken"
)
"""A coordinated clause opening on the pronoun, after an adverbial of time at most."""
_TIME_CLAUSE_BEFORE = re.compile(
    r"\b(?:before|until|till|once|(?:a|one|two|three)\s+days?\s+after)\s+$|,\s*when\s+$"
)
"""A pronoun opening a clause of time: the one city the sentence named before it (also a day
apart: "fell on Sunday, a day after it came under attack", the attack its own day's news; or the
day's own clause: "held out until the night of Aug. 14, when it too fell")."""
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|added|confirmed|acknowledged)\s+(?:that\s+)?$")
"""A pronoun that opens reported words: the one city the sentence named before it."""

_APPOSITION_GAP = re.compile(r"\s*,\s*")
_NAME_APPOSED = re.compile(r"\s*,?\s*")
_SHARED_SUBJECT_GAP = re.compile(
    r"[^,;.:]{0,30}?\s+and\s+(?:then\s+|later\s+|quickly\s+|soon\s+|eventually\s+|finally\s+)?[a-z]+\s+"
)
"""A place's name, then "and" and the verb of the phrase: a second predicate of the same subject
("swept into Aleppo last week and seized the city on Saturday"), whose city is the first one's."""

_KEEPER_SUBJECT_GAP = re.compile(
    r"['’]s\s+(?:provincial\s+)?(?:governor|mayor|officials|police\s+chief|garrison|defenders|elders|commanders?)"
    r"\s+(?:(?:had|has|then|finally|eventually|later)\s+)?(?:[\w-]+\s+){1,2}"
)
"""A capital's keepers as the subject of the verb of the phrase after it ("Jalalabad's governor
surrendered the city"): their own city."""
_FACILITY_NOUN = re.compile(
    r"\b(?:air\s*base|base|airport|airfield|crossing|border\s+post|checkpoint|outpost|post|garrison|district|barracks"
    r"|village|farm|valley|prison|jail|academy|hospital|university|stadium|citadel|factory)s?\b"
)
"""A place a side can hold, or war can reach, that is no city: what "it" stands for when one is
named before it ("had left her village when the fighting reached it", "prisoners were freed from
the central prison after rebels stormed it")."""
_POSSESSED_FACILITY = re.compile(
    r"(?:'s|’s)\s+(?P<facility>(?:[\w-]+\s+){0,2}?(?:office|offices|headquarters|airport|airfield|air\s*base|base"
    r"|barracks|garrison|prison|jail|compound|station|hospital|university|citadel|checkpoints?)\b)"
)
"""A facility a capital owns, as a verb's object ("the city's intelligence office")."""
_SIDE_OF_ITEM = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$")
"""Right before a side's name: the side an item passed to or from ("lost Aleppo to the rebels")."""
_AND_AFTER_SIDE = re.compile(r"\band\s*$")
"""The list going on after the side, up to the next item."""
_BOUNDARY_TRIGGER = re.compile(r"\b(?:gates?|edges?|outskirts|doorstep|walls|perimeter)\s+of$", re.IGNORECASE)
"""A trigger that places a fight at a boundary of what follows it ("at the gates of")."""
_FACILITY_KINDS = r"(?:air\s*base|airport|airfield|garrison|barracks|prison)"
"""Facilities named by a capital's name or standing for "it" in their own sentences."""
_FACILITY_OPENING = re.compile(
    rf"\s*(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:international\s+)?(?:{_FACILITY_KINDS}|border\s+crossing)\b"
)
"""A sentence that opens on a facility (its subject): what its "it" stands for."""
_IT_OBJECT = re.compile(
    r"\s+(?:[\"“]?(?:most|much|half|(?:large\s+)?parts?|all|the\s+whole)[\"”]?\s+of\s+)?(it)\b(?!['’])"
)
"""The pronoun right after an object trigger, or after the part or whole of it ("held most of it",
"said they held all of it")."""
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose)\s+[^,;]*$")
"""A relative clause open before a place: the place is the clause's, not the sentence's setting."""
_LANDSCAPE_AFTER = (" valley", " river", " mountains", " hills", " desert", " plain")
"""A province's name as the landscape it names ("the Panjshir valley", a name that may end on the
word itself): no seat for "the city"."""
_ITS_PART = re.compile(
    r"\s+(its)\s+(?:[\w-]+\s+){0,2}?(?:districts|neighbou?rhoods|streets|suburbs|centre|center|quarters)\b"
)
"""A part of "it" after a trigger of entry or fighting ("entering its southern districts"): the city's."""
_PARTICIPLE_ADJUNCT = re.compile(r",\s*(?:having\s+|after\s+|before\s+)?$")
"""A participle set off after the main clause ("took Homs late on Saturday, having entered it",
", after entering it"): it shares that clause's subject and object."""

_PROVINCE_ITEM = r"(?!and\b)[\w'’-]+(?:\s+(?!and\b|provinces\b)[\w'’-]+)?"
_LISTED_PROVINCES = re.compile(
    rf"\b(?:capitals|centres|centers)\s+of\s+(?:the\s+)?({_PROVINCE_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PROVINCE_ITEM})+)"
    r"\s+provinces\b"
)
"""A list of provinces whose capitals are meant ("the capitals of Khost, Kapisa and Parwan provinces",
"the centres of Parwan and Bamyan provinces")."""
_LIST_ITEM = re.compile(r"(?<![\w'’-])" + _PROVINCE_ITEM)

DAYPART = re.compile(
    r"\b(?:in the (?:early hours|morning|afternoon|evening|night)|at (?:dawn|dusk|night|noon)"
    r"|(?:early |late )?(?:morning|afternoon|evening|night))\b"
)
"""A part of a day ("in the afternoon", "at dawn"): a time that the day around it dates."""

_BETWEEN_DASHES = r"[—–-]\s[^—–;.]{{1,{longest}}}?\s[—–-]\s"
"""An aside set off by dashes, up to a length."""
_DASHED_ASIDE = re.compile(r"\s" + _BETWEEN_DASHES.format(longest=100))
"""An aside between dashes inside a list ("Qalat in Zabul and - a local official confirmed on
Saturday - Pul-e Alam")."""
_ITEM_ASIDE = re.compile(
    rf",\s*(?:the\s+(?:provincial\s+)?capital\s+of\s+(?:[\w'’-]+\s+){{1,3}}?)?{PLACE_FROM}"
    r"(?=\s*(?:and|as\s+well\s+as|along\s+with)\s)"
)
"""Where one object of a list lies, closed before the next ("took Maidan Shahr, some 40 km west of
Kabul, and Khost", "Maidan Shahr, the capital of Wardak province just west of Kabul, and Bamiyan")."""
_RELATIVE_ITEM_ASIDE = re.compile(
    r",\s*(?:which|where|whose)\b[^,;.:\"“”]*(?=,\s*(?:and|as\s+well\s+as|along\s+with)\s)"
    # what the item is, an indefinite noun phrase with no verb ("overran Kunduz, a city of more
    # than 300,000 people on the road to Tajikistan, as well as Sar-e Pul")
    # (or what it is the capital of, and more: "Pul-e Khumri, capital of Baghlan province and a
    # crossroads on the main highway between Kabul and the north, and Farah")
    r"|,\s*(?:an?\s+(?!(?:day|week|month|year|few|couple)\b)|(?:the\s+)?(?:provincial\s+)?capital\s+of\s+)"
    r"(?:\d[\d,.]*\d|(?!\b(?:is|was|were|are|has|had|have|said|says|which|that|who|after|before|when)\b)[^,;.:\"“”]){1,100}"
    r"(?=,\s*(?:and|as\s+well\s+as|along\s+with)\s)"
)
"""A list item's own relative clause, closed before the next item ("took Sharana, which was handed
over under a deal, as well as Asadabad")."""
_PART_OF_BEFORE = re.compile(
    rf"\bthe\s+(?:{BEARING}(?:ern)?\s+(?:and\s+)?)+(?:part\s+|side\s+|edge\s+)?of\s+$"
)
"""A part of a city before it ("in the south and west of the city", "pushed into the north of the
city"): the city's own, no landmark (as "north of the city" is)."""
_AND_ASIDE = re.compile(
    r"(?<=\band),\s*(?!(?:which|where|who|whose|that|as|if|when|after|before|while)\b)"
    r"(?:(?!\b(?:is|was|were|are|has|had|have|said|says|took|fell|captured|seized)\b)[^,;.:\"“”]){1,60},"
)
"""A short aside with no verb of its own between "and" and a list's next item ("captured Pul-e
Khumri and, hundreds of kilometres away in the west, Farah")."""
_ATTRIBUTION_ASIDE = re.compile(
    r",\s*(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,3}(?:officials?|lawmakers?|spokesm[ae]n|residents?|"
    r"sources?|(?:council )?members?|witness(?:es)?)"
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"  # "a member of the Faryab provincial council"
    r"\s+(?:said|says|confirmed|told\s+[^,;.]{1,40})\s*,"
)

_CLOSED_RELATIVE = re.compile(
    r",\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which|where)|which|where|who|whose)\b[^,;.]*,",
    re.IGNORECASE,
)
"""A relative clause set off by commas right after a capital ("Hama, which the army had held,"), or
an appositive's ("Hama, a city that had never been in opposition hands,")."""

_SEMICOLON_ITEM = re.compile(r"[^;.!?]{0,120};\s*(?:and\s+)?")

_PREDICATE_WORD = re.compile(
    r"\b(?:also|was|were|is|are|has|have|had|fell|falls|went|lost|remain(?:s|ed)?)\b"
)

_ITEM_ENDS = re.compile(r"\s*(?:[,;.(]|and\b|$)")
_PLACED_ITEM_ENDS = re.compile(
    r"(?:\s+in\s+(?:the\s+)?(?:(?:[\w'’-]+\s+)?province\s+of\s+)?[\w'’-]+(?:\s+province)?)?"
    + _ITEM_ENDS.pattern
)
"""An item's end, past where it lies ("and Faizabad in Badakhshan.", "and Qala-e-Naw in the western
province of Badghis.")."""

_PLURAL_NOUN_TRIGGER = re.compile(r"(?:attacks|assaults|clashes|battles|offensives|raids)")
_INCLUDING_GAP = re.compile(r"\s*,\s*(?:including|among them|such as)\b")
_LIST_OPENER = re.compile(r":|\s[—–]\s|(?<=capitals)\s+(?:are|were|include|included)\s")
"""What opens a list after its head: a colon, a spaced dash ("nine of the 34 provincial capitals
— Kunduz on Sunday, Farah on Tuesday"), or a copula right after the head's plural ("The eight
fallen capitals are Zaranj, Sheberghan, ...")."""
_LAST_ITEM_BEFORE = re.compile(r",\s+and\s+$")
"""A sentence's last item after ", and"."""
_LAST_ITEM_ALONE = re.compile(
    r"(?:\s*,\s*(?:the|a|an|(?:provincial\s+)?capital\s+of)\s[^,;:.]{1,80})?"
    r"(?:\s*,\s*(?:[\w'’-]+\s+){1,4}?(?:said|say|says|reported|confirmed))?\s*[.]?\s*"
)
"""All that follows a last item with no verb of its own: its appositive, a source, the stop."""
_SUBORDINATE_AFTER_ITEM = re.compile(r",\s*(?:after|before|when|as|while|once|until)\s")
"""The clause of the first item's own that leaves a last item alone ("took Sharana, ..., after elders
brokered a handover, and Asadabad"), where a participle of its own would not ("hold Sheberghan,
taken by the Taliban on Saturday, and Zaranj")."""
_BARE_COUNT = re.compile(
    r"\s+(?:another\s+|a\s+further\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+more)?\s*"
)
"""A take's object that only counts the items its colon lists ("took three: Kunduz, ...")."""
_SUBJECT_RELATIVE_END = re.compile(rf"(?:{CLOSED_ASIDE.pattern})\s*$")
"""A relative clause closed between a subject and its verb ("The SDF, who have held Raqqa since 2017,
moved into Deir ez-Zor"): the subject is before it."""
_KEPT_HEAD = re.compile(
    r"\b(?:hold(?:s|ing)?|held|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?"
    r"|(?:leaves?|leaving|left)\s+(?:[\w'’-]+\s+){0,3}?(?:with|in\s+control\s+of|in\s+charge\s+of))\b"
)
"""A verb of keeping between a trigger and a list's colon or "including": the list is what was
kept, not taken ("The fall of the three cities leaves the government with only a handful of
major urban centres, including ...", "has left the government in control of only a handful of major
cities, including ...")."""
_NEAR_ONLY = re.compile(r"\s*(?:near|outside|close\s+to)\b")
"""A place only by a city, which an entry does not reach ("southern fighters near Damascus")."""
_AND_AT_THE_EDGES = re.compile(_AND_AT_AN_EDGE + r"\b")
"""A later list item's own place at a city's edge, which an entry into the first item does not
reach ("battled inside Lashkar Gah and on the edges of Herat and Kandahar")."""
_FINITE_VERB_NEXT = re.compile(r"\s+(?:was|is|were|are|has|had|have|became|seemed|remained)\b", re.IGNORECASE)
"""A finite verb right after a nominal trigger's own object: the verb of the clause it heads."""
_TIMED_VERB_NEXT = re.compile(
    r"\s+(?:last|this|on)\s+(?:week|month|\w+day)\s+(?:tried|were|was|are|is|had|have|began|started|moved"
    r"|pushed|pressed|attacked|launched|turned|headed|advanced)\b"
)
"""A time and a finite verb right after a trigger's own object: the verb of the subject's next clause."""
_INCLUDING = re.compile(
    r",\s+(?:including|among them|such as|beginning with|starting with|the first of them|after)\s"
)

_CHAINED_PREDICATE = re.compile(
    # (past the day's date set off by commas: "was entered on Saturday, December 7, and was")
    r"[^,;:.!?\"“”()]{0,60}?(?:,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|,\s*\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?"
    r",?\s(?:and|but|before|until|after)\s+"
    r"(?:(?:it|then|finally|eventually|later|soon|quickly|swiftly|ultimately)\s+)*"
)
"""Between a capital's first predicate and a second one ("... on Saturday and fell", "before it
fell", "was taken the same day after being attacked on Saturday")."""
_CORRECTED_AFTER = re.compile(r"\s*[-–—,]\s*(?:sorry|i mean|i'm sorry|pardon me|correction|rather)\b")
"""A speaker taking a name back to say another ("Kunduz - sorry, Taloqan")."""
_FRONTED_SETTING = re.compile(
    rf"\s*(?:in|inside|around|on\s+the\s+(?:{BEARING}ern\s+)?"
    r"(?:edges?|outskirts|fringes|approaches)\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?"
)
"""A place phrase that opens a sentence and sets it in a capital ("In Kandahar, ...")."""
_ATTACK_VERB = re.compile(
    r"(?:attacked|attacking|assaulted|assaulting|stormed|storming|shelled|shelling|pounded|pounding"
    r"|fought|clashed|clashing|battled|battling|fighting|clashes|battles|gunbattles|firefights|skirmishes)\b"
)
"""A side's attack told as an active verb ("fighters attacked police posts", "fought for") or
a fight as the subject ("On the edges of X, fighting went on through the night")."""
_BARE_CAPITAL = re.compile(r"the\s+capital")
"""The word "capital" with no word that makes it the country's ("the national capital")."""
_CALLED_A_CAPITAL = re.compile(
    r"\b(?:the\s+provincial\s+capital|(?:provincial\s+)?capital\s+of\s+(?:[\w'’-]+\s+){1,3}?province)\b"
)
"""A text that has called a city its province's capital ("Bazarak, the provincial capital")."""
_FIGHT_PLACE_AFTER = re.compile(
    r"[^,;.]*?\s(?:(?:in|around|near|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:airport|airfield|air\s+base|base|corps|garrison|barracks|cantonment)\b|outside\b)"
)
"""A place of its own after a fight, off the city ("fighting continued on Monday around the
airport"; not "in several neighbourhoods", "around the central prison")."""
_SUBJECT_OPENING = re.compile(r"(?:(?:the|heavy|fierce|intense|sporadic|renewed|fresh)\s+)*")
"""What may come before a fight that is its clause's subject ("the heavy fighting went on")."""
_NOT_MAIN_CLAUSE = re.compile(
    r"[,;:]|\b(?:who|whom|whose|which|that|saying|after|before|when|since|because|while|as|if)\b"
)
"""What puts a verb past the setting out of the sentence's main clause."""
_PREPOSED_GERUND = re.compile(r"\b(?:by|of|for|from|against|without)\s+$")
"""A preposition right before a gerund: a deed spoken of ("accused the Taliban of violating the deal
by attacking cities"), not the one the sentence tells."""
_SETTING_COMMA = re.compile(
    r"(?:\s+(?:city|town))?(?:\s*,\s*(?:the|a|an|(?:provincial\s+)?capital\s+of)\s[^,;:.]{1,80})?\s*,\s"
)
"""The comma that closes the setting (past the capital's appositive)."""
_CLAUSE_LOCATIVE = re.compile(r"(?:\b(?:while|whereas|and|but)|[;,])\s+in\s+$")
"""A place that opens a clause of its own ("..., while in Kandahar fighting ..."): its topic."""
_ITSELF = re.compile(r"[\w ]{0,30}?\b(?:city|town|capital)\s+itself\b")
"""The city as against what is around it ("the outskirts of the city itself"): the city the story is
about, past a sentence about a place near it."""
_NAMED_CITY_OF = re.compile(r"\b(?:city|town|port|capital)\s+of\s+$")
_CITY_LABEL_END = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|port|hub|capital)\s+of\s*$")
"""The words naming a capital as a city ("the northern city of"), between a place phrase and the name."""

_PEOPLE_IN_BEFORE = re.compile(
    r"\b(?:staff|officials|employees|residents|families|people|workers|civilians|doctors|nurses|teachers"
    r"|students|relatives|colleagues|friends|journalists|diplomats|patients|shopkeepers|traders)"
    r"\s+(?:in|from)\s+$",
    re.IGNORECASE,
)
"""People placed in a capital, the subject before its name."""
_LIST_ITEM_BEFORE = re.compile(r"\band\s+$")
"""A capital that closes a list, right after its "and"."""
_DAY_PART_OF = re.compile(
    r"\b(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+\x00"
)
"""A part of a day told with its date ("the evening of 8 December"), once the date is marked out."""
_OPENING_SUBJECT = re.compile(r"\s*(?:the\s+(?:city|town)\s+of\s+)?", re.IGNORECASE)
"""What may come before a capital that opens its sentence as the subject ("The city of Tartus")."""
_DAY_PREPOSITION = re.compile(r"\b(?:on|by|late\s+on|early\s+on)\s+\x00")
"""A time expression's preposition, once the expression is marked out."""
_ONE_PROVINCE_AND = re.compile(
    r"\b(?:province|governorate)\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+$"
)
"""One province named, then "and": a singular province has one name, so the next is something else."""
_PROVINCES_OF_BEFORE = re.compile(
    r"\b(?:provinces|governorates)\s+of\s+(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:and\s+)?|\s+and\s+))*$"
)
"""A list of provinces ("the provinces of Takhar, Baghlan and"): each name in it is a province."""
_NO_VERB_AFTER = re.compile(
    r"(?:\s*(?:,\s*|,?\s+and\s+)[\w'’ -]{1,30}?)*\s*(?:[.;]|$|,\s+(?:and\s+)?(?:the|a|an|with|as|in)\s)"
)
"""Nothing after a list but its other items and the sentence's end or an unrelated clause."""
_REMNANT_OF = re.compile(r"\bwhat\s+(?:remained|remains|was\s+left|is\s+left)\s+of\b")
"""The rest of a city an object names ("handed over what remained of the city"): the city's last part."""
_IN_SEQUENCE = re.compile(
    r"\b(?:in\s+(?:quick\s+|rapid\s+)?succession|one\s+after\s+(?:another|the\s+other)|in\s+turn)\b"
)
"""An adverb of sequence between a take and its list of objects."""
_TOWN_NAMED = re.compile(
    r"\bthe\s+(?:(?:city|town)\s+of\s+(?=[A-Z])|(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+area\b))"
    r"(?P<name>[A-Z][\w'’-]+)"
)
"""A town named as one ("the city of Manbij", "the Tal Rifaat area"): what "the city" or "the
town" after it in the sentence is, unless a capital."""
_PLACE_CONJUNCT = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?=[a-z]|$)")
"""A place that is no capital, named with the subject ("Douma and Harasta fell")."""
_LIST_BEFORE_ASIDE = re.compile(r"^(?:\s*,|\s*(?:and|or)\b)+\s*(?=,)")
_ITEM_PLACE_WORDS = (
    r"(?:in|on|near|along|(?:just\s+|some\s+|about\s+|[\d,.]+\s+(?:km|kilometres|kilometers|miles)\s+)?"
    rf"{BEARING}\s+of)"
)
"""The words opening where a list item lies ("in the southeast", "just west of the capital")."""
_PLACE_BEFORE_AND = re.compile(rf"^\s*,\s*{_ITEM_PLACE_WORDS}\s[^,;.]{{1,40}}?(?=\s*,\s*(?:and|or)\s)")
"""A list item's place set off by commas before the next item ("Khost, in the southeast, and ...",
"Maidan Shahr, just west of the capital, and Khost")."""

_FURTHER = r"(?:deep |deeper |further |farther |back )?"
"""How far a way into a city went ("fought their way deeper into")."""
_MOVED_INTO = re.compile(
    rf"(?:(?:moved|moving|moves|move|drove|driving|drives|drive|streamed|streaming) (?:\w+ ){{0,3}}into|(?:made|forced) (?:their|its) way {_FURTHER}into)\s*$"
)
_TOWN_AT = re.compile(r"(?:the|that|this)\s+town\b")
_OTHERS_RELATIVE = re.compile(r",\s*(?:which|who|that)\s+(?:[\w'’-]+\s+){0,4}?", re.IGNORECASE)
"""A relative clause opened right after another capital: the trigger in it is that capital's."""
_NEW_ITEM_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\sand\s+)$")
"""Another item of a sentence's run of capitals (not a landmark: "west of Kabul, which ...")."""
_SHORT_PREDICATE = re.compile(r"\s+(?![^,]*\b(?:and|but|which|who|that|said|says)\b)[\w'’ -]{2,50},\s+")
"""A subject's own short predicate before a trailing participle ("went first, ")."""
_CLAUSE_OPENING = re.compile(r"(?:[\w'’ -]{0,40},\s+)?")
"""What may open a sentence before its subject: a fronted phrase set off by a comma."""
_DISTRICT_NAMED = re.compile(
    r"\b(?!(?:the|a|its|their|one|each|every|key|another|that|this)\s)[\w'’-]+\s+district\b"
)
"""A district named by its name, whose own town "the town" after it may be."""
_NAMED_PLACE_END = re.compile(
    r"(?:(?<=\s)|^)(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
    r"(?:\s+(?P<noun>area|town|village|district|region|enclave|suburb|neighbou?rhood))?"
    r"\s*,?\s*(?:(?:some|about|around|nearly)\s+)?(?:[\d,.]+\s+)?$"
)
"""A proper name (a town, an area) that ends right before a distance reference: "the Tal Rifaat area
north of Aleppo", "Bagram, 60 km north of Kabul"."""
_WITHDREW_FROM = re.compile(
    r"\b(?:withdr[ae]w\w*|pull(?:ed|ing|s)? out|retreat\w*|abandon\w*|evacuat\w*|quit(?:s|ting)?)"
    # "the withdrawal of the government's forces and of the militias from the city of X"
    r"(?:\s+(?:of\s+|from\s+)?|(?:\s+[\w'’-]+){1,12}?\s+from\s+(?:the\s+(?:city|town)\s+of\s+)?)$"
)
"""A side leaving a capital: the city the sentence then speaks of (not forces "sent from" one)."""
_FOUGHT_INTO = re.compile(
    r"(?:fought|fight|fights|fighting|battled|battling|shot|shooting|smashed|blasted) (?:their|its) way "
    rf"{_FURTHER}into\s*$"
)
"""A way into a city made by force: fighters entering, whoever the subject, never people seeking refuge."""
_POST_AT_EDGE = re.compile(
    r"\b(?:airport|airfield|air\s+base|base|barracks|garrison)\s+"
    r"(?:on|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:edge|edges|fringes?|outskirts|perimeter)\s+of\s+(?:the\s+)?$"
)
"""A post named by where it lies at the city's edge ("the airport on the eastern edge of the city")."""
_POSSESSED_SEAT = re.compile(r"(?:'s|’s)\s+governor(?:'s|’s)\s+(?:compound|office|palace|headquarters)\b")
"""The city's seat of power named after it ("the handover of Lashkar Gah's governor's compound")."""


_AND_OR = re.compile(r"\s+(?:and|or)\s+")
"""What joins a name to the next one ("Kandahar and Helmand")."""
_CAPITALS_OF_BEFORE = re.compile(r"\bcapitals?\s+of\s+(?:the\s+)?$")
"""Provinces named for their capitals ("the capitals of Sar-e-Pul and Takhar")."""


def _clause_before(low: str, position: int) -> str:
    """The words of the clause before a position, back to the comma or semicolon that opens it."""
    return low[max(low.rfind(",", 0, position), low.rfind(";", 0, position)) + 1 : position]


_FIGHTERS_BEFORE = re.compile(
    r"\b(?:their|its|his|her|rebel|insurgent|opposition) fighters\s+(?:\w+\s+){0,2}$"
)

_ADDRESSED = re.compile(
    r"\b(?:calls?|called|calling|phoned|phones|rang|rings|begged|begs|asked|asks|pleaded\s+with|appealed\s+to|wrote\s+to"
    r"|informed|urged|urges|(?:requests?|appeals?|pleas?|calls?)\s+(?:\w+\s+)?to"
    # "Four days that stunned Damascus": the government a setback shakes
    r"|stunned|stuns|shocked|shocks|rattled|rattles|alarmed|alarms|humiliated|humiliates"
    # "former rebels who made their peace with Damascus in 2018"
    r"|(?:peace|deals?|talks|truce|reconciliation|reconciled|agreements?|ties|relations|negotiations)\s+with)\s+$"
)
"""A capital someone calls or appeals to, or makes peace with, or a setback stuns, stands for its
government ("the governor calls Kabul", "Four days that stunned Damascus")."""
_ARMED_WORD = re.compile(r"\b(?:fighters|gunmen|militiamen|militants|insurgents|rebels)\b")
_POSSESSED_STREETS = re.compile(r"['’]s (?:streets|city cent)")
"""A city's streets or centre, where a sentence's fighters are ("were patrolling the city's streets")."""
_BOTH_CITIES = re.compile(
    r"\b(?:both|the\s+two)\s+(?:(?:provincial|regional|southern|northern|eastern|western|main)\s+)?"
    r"(?:cities|towns|capitals|provincial\s+capitals|provincial\s+centres|provincial\s+centers)\b"
)
"""A phrase for two cities ("both provincial capitals", "the two cities")."""
_OBJECT_GAP_RELATIVE = re.compile(r",?\s*(?:which|that|whom)\s+(?:[\w'’-]+\s+){1,6}$")
"""A relative clause whose verb's object is its pronoun ("..., which the rebels seized"): the verb
takes nothing past the comma that closes it."""
_ARMED_NOUN = re.compile(
    r"\b(?:fighters|gunmen|militiamen|militants|insurgents|rebels|factions|opposition\s+[\w-]+|armed\s+[\w-]+)\s+(?:[\w'’-]+\s+){0,2}$"
)
"""Armed men of no named side as the subject of a relative clause ("Latakia, which opposition
supporters took over")."""
_IT_AS_TAKER = re.compile(r"\b(?:which|that)\s+it\s+(?:had\s+|has\s+|then\s+|later\s+)?$")
"""A relative clause whose subject is "it" before a take ("Hama, which it captured"): a side, since
a place takes nothing."""
_SIDE_PRONOUN = re.compile(
    r"\b(?:they|we|our (?:forces|fighters|men)|the group|the insurgent group|the militant group|the movement)\b"
)

_INTO_DISTRICTS = re.compile(
    r"\b(?:into|inside|entered|entering|enters|enter)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:(?:and|,)\s+[\w-]+\s+)?districts\s+of\s+(?:the\s+)?$"
)
"""Fighters who "pushed into" or "entered the western districts of Aleppo" are in the city, not the province."""
_DISTRICT_IN = re.compile(r"(?<!police )\bdistricts?\s+(?:in|of)\s+(?:the\s+)?$")

_COPULA = re.compile(r"\b(?:was|were)\b")

_FRONTED_PARTICIPLE = re.compile(r"(?:also )?(?:taken|fallen|captured|seized|lost|overrun|handed over)")

_INVERTED_LEAD = re.compile(r"(?:^|[;:—–]|,\s*and)\s*(?:also\s+)?$")

_INVERTED_GAP = re.compile(r"[^.;:!?]{0,80}?\b(?:was|were)\b[\s,]*(?:(?:and|or)\s+)?")

_BLANKED_ITEM_APPOSITIVE = re.compile(r"(?<=\s{3}),\s*(?:the|a)\s[^,;]{1,60}?(?=,\s*(?:and|or)\s)")
"""An appositive right after a capital blanked out of a gap, closed before the list's next item."""
_APPOSITION_IN_LIST = re.compile(r",\s*(?:the|a)\s[^,;]{1,60}?(?=,|\s+and\b|\s*$)")

_ITEMS_HEAD = re.compile(r"^\s*the\s+(?:[\w'’-]+\s+){0,5}?(?:cities|capitals|towns),\s")
"""A plural head naming the items that follow it ("including the country's second and third cities,
Kandahar and Herat")."""

_LIST_SEPARATORS = re.compile(r"(?:[\s,]|\b(?:and|or|then)\b)*")
"""What may come between a list's items: commas, "and", "or", "then" ("Sheberghan on Aug. 7, then
Kunduz, Sar-e Pul and Taloqan on Aug. 8")."""

_ITEM_DAY = re.compile(
    r"\s+(?:(?:late|early)\s+)?on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?|[a-z]+day)\b"
    r"|\s*\((?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}|[a-z]+day|\d{1,2}\.\d{1,2}\.)\)"
)
"""An item's own day in a list ("Aleppo on 30 November, Hama on 5 December", "Aleppo (30.11.)")."""

_FOLLOWED = re.compile(r"\s+(?:soon\s+|quickly\s+)?followed\b(?!\s+(?:by|the|a|an)\b)")

_AS_DID = re.compile(r"\b(?:as|so)\s+(?:too\s+)?(?:did|do|does|had|has|have|was|were|is|are)\s+$")

_WHERE_OPENED = re.compile(r",\s*where\s+")
_OPEN_ASIDE = re.compile(r",\s*(?:(?:which|where|who|whose)\b[^,;.]*|that\s+[^,;.\s][^,;.]*)$")
"""An aside opened before the capital and not closed ("Aybak, which sits on the road between ..."); not
a "that" right before it, which opens a clause the capital is the subject of ("will know that X, that Y ...")."""

_APPOSITIVE_AND = re.compile(
    rf"(?:{CAPITAL_ASIDE}(?:\s*{PLACE_FROM})?|\s*,\s*{PLACE_FROM})"  # the first capital's appositive, where it lies
    + r"(?:\s*(?:which|where|who)\b[^,;:.]{1,140}?,)?"  # and a relative clause
    r"(?:\s*(?:on|late|early|overnight|in the)\b[^,;:.]{0,30}?)?"  # and when
    r",?\s+and\s+(?:also\s+)?"
)
"""Between two objects of one verb when the first has an appositive ("Herat, the country's
third-largest city, on Thursday and Kandahar")."""
_SAID_INSERT = re.compile(
    r"^\s*(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?(?:says|said|say|reports|reported|claims|claimed)\s*$"
)
"""A speaker set into a relative clause before its verb ("which it says fell", "which its deputy
governor said had been taken")."""
_LATER_ITEM_APPOSITIVE = re.compile(
    rf"\b(and|or)\s+,\s*(?:the|a|an|(?:provincial\s+)?capital|{_ITEM_PLACE_WORDS})\s[^,;]{{1,80}},"
)
"""A later list item's own appositive or place, its name blanked ("X, the capital of Faryab, and
Mazar-i-Sharif, the largest city in the north, came under Taliban control", "and Khost, near the
Pakistani border, also fell", "and Maidan Shahr, capital of Wardak, were taken")."""
_RAISED_REPORT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:generally|widely|now|also)\s+)?"
    r"(?:reported|said|believed|thought|understood|known|confirmed)\s+to\s+(?:have\s+)?"
)
"""A report raised over the verb: "Khost is generally reported to have come under Taliban control"."""
_TOO_AFTER = re.compile(r"\s+(?:too|as\s+well|also)\s*(?:[.;]|$)")
"""A capital that shares the clause before it: "Kandahar is under attack, Herat too"."""
_OWN_VERB_AFTER = re.compile(
    r"(?:\s+(?:city|capital))?\s+(?:(?:also|still|now|itself)\s+)?(?:is|are|was|were|has|have|had|remains?|remained|fell|falls?"
    r"|held|holds|lies|sits|stays?|stayed|looks|looked|seemed|seems|comes|came"
    # a headline's "Ghazni partly lost, Herat breached": a participle of its own
    r"|breached|besieged|encircled|surrounded|attacked|stormed|entered|captured|taken|seized|overrun|retaken"
    r"|recaptured|threatened|shelled"
    # "stormed Homs, Damascus denies": the government that the capital names speaks
    r"|says|said|denies|denied|insists|insisted|rejects|rejected|confirms|confirmed|admits|admitted|warns|warned|loses|lost|vows|vowed|hits|sends|sent"
    r"|did|does|didn['’]t|doesn['’]t|could|couldn['’]t|would|wouldn['’]t|will|won['’]t|cannot|can['’]t)\b"
    # "fell on Friday, and Kabul barely noticed"
    r"|\s+(?:barely|hardly|scarcely|scarce)\s+[a-z]{3,}(?:ed|ew|ook|aw)\b"
)
"""A verb of its own right after a capital (or "X city"): the subject of a new clause, no verb's object
("Why Hama fought and Damascus didn't")."""
_QUOTE_MARK = re.compile(r"(?:^|(?<=\s))[\"“”‘']|[\"“”’'](?=\s|$)")
"""A quotation mark that opens or closes a word: a quoted verb ('had "completely liberated" Homs')."""
_CAPITAL_NAMED = re.compile(
    r"\b(?:capital|(?:provincial|regional|administrative) (?:centre|center|seat))\b(?:,\s*)?"
    r"|\bcity\s+of\s+"  # "the governorate of Quneitra, including the ruined city of Quneitra"
)
"""The word that names a region's capital in a list of what was taken with the region."""
_LANDMARK_PLACE = re.compile(
    r"(?:^|(?<=\s{3}))\s*(?:on|near|along|by)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:border|frontier|coast|highway|road|river)\b"
    r"(?:\s+(?:with|to|of)\s+(?:the\s+)?[\w'’-]+|\s+(?:to|from)(?=\s+$))?,?"
    r"|(?:^|(?<=\s{3}))\s*(?:(?:just|some|about|\d+\s*(?:km|kilomet(?:re|er)s|miles))\s+)?"
    rf"{BEARING}\s+of(?=\s{{3,}}(?:[a-z]+\s+){{0,3}}$)"
)
"""Where a capital lies, between it and its verb ("Zaranj on the Iranian border, fell", "the city
on the border with Iran had been taken", "Pul-e Khumri on the road to [Kabul] had gone", "Charikar
north of [Kabul] fell", "... had also come under their control", the capital it leads to or lies by
blanked); also a later item's, after the blanked name ("Farah in the west and [Pul-e Khumri] on the
road to [Kabul] had gone")."""
_NEW_CLAUSE = re.compile(r"\b(?:as|while|when|after|before|because|but|whereas|that|which|who|whom|where)\b")
"""A clause of its own between a trigger's capital and a later one: "break into Herat as the ring
around Kabul tightens", "broke into Qala-e-Naw, a warning that few in Kabul heeded"."""
_VERB_AFTER_COMMA = re.compile(r"\s*,\s*(?!and\b|or\b)[a-z]+\s+(?:on|at|in|near|around|for|over)\b")
"""A comma after a capital, then a word and its preposition: the head of a clause of its own
("Lashkar Gah, battle on edge of Herat"), not a list ("Kunduz, and the edges of Taloqan")."""
_HEADLINE_CLAUSE = re.compile(r",\s+(?:say|says|said|claim|claims|vow|vows|warn|warns)\b")
"""A headline's next clause after a comma, with its own verb of speech."""
_BETWEEN_PLACES = re.compile(
    r"\b(?:between|(?:linking|connecting)(?!\s+up\b))\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}(?:and|with)\s+)?$"
)
"""A capital named as one end of a road or a distance ("between Kabul and Mazar-i-Sharif", "the
junction linking Damascus with the coast")."""
_GAINSAID = re.compile(r"\b(?:but|saying|insisting|adding)\b")
"""A claim answered in its own sentence, which names the city the claim was about."""
_FRONTED_PHRASE_END = re.compile(
    r"(?P<appositive>\s*,\s*(?:the|a|an|(?:provincial\s+)?capital\s+of)\s[^,;]{1,80})?"
    r"(?:\s*,\s*(?:which|where|who)\b[^,;]{0,140})?\s*,"
)
"""The end of a sentence's fronted place with its appositive and relative clause ("In Douma, the
main town of the Eastern Ghouta, which endured a siege,")."""
_PLACE_DAY_AND = re.compile(
    r"\s+(?:in|on|near|along|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"  # where the first lies
    r"(?:\s+(?:on|late|early|overnight)\b[^,;:.]{0,25}?)?"  # and when it was taken
    r",?\s+and\s+(?:also\s+)?"
)
"""Between two objects of one verb when the first has a place phrase and a day of its own."""
_PLACE_DAY_TAIL = re.compile(
    r"(?:\s+(?:in|on|near|along|at|late|early)\s+[^,;:.]{1,40}?)?\s*(?:[,;.(]|and\b|$)"
)
_LIST_GAP = re.compile(LIST_SEPARATOR)
_PLACED_LIST_GAP = re.compile(
    rf"\s+in\s+(?:[\w'’-]+(?:\s+province)?|the\s+(?:[\w'’-]+\s+)?(?:north|south|east|west|centre|center|highlands"
    rf"|north-?east|north-?west|south-?east|south-?west|interior|mountains|valley)){LIST_SEPARATOR}"
)
_PLACED_DAY_GAP = re.compile(
    r"(?:\s+(?:in|near|along|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"  # where the item lies
    r"\s+(?:on|late|early|overnight)\b[^,;:.]{0,25}?"  # and its day
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
)
"""Between list items after the first was coordinated, past its place and day."""

_NAME_HEAD = re.compile(r"^\s+(?:city|town|itself|city\s+itself)\b(?=\s*[,—–-])")
"""The head noun after a capital's name ("Bamyan city, in the central highlands,"), or "itself"
("Aleppo itself, the country's largest city,"), before an aside."""
_AROUND_IT = re.compile(
    r"^\s+and\s+(?:the|its)\s+(?:rest\s+of\s+the\s+|surrounding\s+|nearby\s+)?"
    r"(?:valley|villages|districts|province|areas?|outskirts|airport"
    r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west|coast|countryside)(?!\s+of\b))\b"
)
"""What lies around a capital, coordinated with it ("Bazarak and the rest of the valley had fallen",
"Daraa and the south had been lost")."""
_DASH_ASIDE = re.compile(r"^\s+" + _BETWEEN_DASHES.format(longest=140))
_APPOSITIVE = re.compile(
    r"^\s*,(?:[^,;]|(?<=\d),(?=\d{3})){0,160},(?:\s*(?:just\s+|about\s+|some\s+)?\d[^,;]{0,60}?\b(?:of|from)\s+[^,;]{1,40},"
    # a second aside that places it ("Maidan Shahr, the capital of Wardak, an hour's drive west of Kabul,")
    rf"|\s*(?!(?:and|or|but|while)\b)[^,;]{{0,60}}?\b(?:{BEARING}\s+of|from)\s+[^,;]{{1,40}},"
    # or on a road ("Qalat, capital of Zabul, on the highway that links Kabul with Kandahar,")
    r"|\s*(?:on|along)\s+the\s+(?:[\w-]+\s+)?(?:highway|road|route|motorway)\b[^,;]{0,80},"
    # or by a bearing ("Maidan Shahr, capital of Maidan Wardak, 35 km to the west,")
    r"|\s*(?:(?:just\s+|about\s+|some\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?"
    rf"to\s+the\s+{BEARING}\s*,)?"
    r"(?:\s*(?:which|who|where|that)\b[^,;]{0,120},)?"
)

_LIST_APPOSITIVE = re.compile(
    r"^\s*,[^,;]{0,100}?\b(?:between|linking|connecting|joining|including)\s+[^,;]{1,40}"
    r"(?:,\s*[^,;]{1,40}){1,3}?\s+(?:and|or)\s+[^,;]{1,40},"
)
"""An appositive that holds a list of its own ("Syria's third-largest city, the crossroads between
Damascus, the coast and the north, had changed hands"): skipped whole."""

_PLACE_BEFORE_ANOTHER = re.compile(
    r"\b(?:city|cities|town|towns|capital|capitals|stop|obstacle|barrier|bastion|stronghold)\s+before\s+$"
)
"""A place told as the one on the way before a capital ("the last major city before Kabul")."""
_AIRFIELD_AFTER = re.compile(r"(?:['’]s)?\s+(?:international\s+)?(?:airport|airfield|air\s*base|airbase)\b")
"""An airfield a capital names, as where people went ("flew out to Kandahar's airport")."""
_LAST_CITY_OF_ITEM = re.compile(r",?\s*and\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:city|town)\s+of\s+")
"""The last item of a list of "the city of X" objects, which opens on ", and the"."""
_THEN_ITEM = re.compile(r"\s*,\s*(?:and\s+)?then\s")
"""A list's next item told in sequence (", then the city of Hama")."""
_SPAN_OF_FIGHTING = re.compile(
    r"\bafter\s+(?:[\w-]+\s+){1,2}?(?:days|weeks|hours)\s+of\s+(?:[\w-]+\s+)?(?:battles|fighting|clashes|siege)(?=,)"
)
"""An item's adjunct of how long the fight for it went on, before the list's next item."""
_GOVERNOR_BEFORE = re.compile(
    r"\b(?:the|a|its|his)\s+(?:provincial\s+|local\s+|deputy\s+)?governor\b(?!['’]s\s+office)"
)
"""A provincial governor before "the capital": his province's seat, not the country's."""
_DATED_ENTRY = re.compile(r"\s*(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2})\s*[—–-]\s")
"""A chronology's entry, opened by its date and a dash ("Aug 12 — ...", "6 Dec - ...")."""
_CLOSED_APPOSITIVE_GAP = re.compile(r"\s*,\s*(?:the|a|an|in|where)\s+[^,;.:]{1,60},\s*")
"""An appositive or a place set off by commas between an item's head and its participle."""
_ITEM_OPENING = re.compile(r"\s*(?:[-–—*•]\s*)?[^:\n]{1,30}:\s*")
"""An item's opening up to its head: a bullet and a date or label before a colon ("- Aug 8: ")."""
_PROVINCE_AND_BEFORE = re.compile(
    r"\b(?:districts?|parts|provinces?|countryside)\s+of\s+([\w'’-]+(?:\s[\w'’-]+)?)\s+(?:and|or)\s+$"
)
"""A list of provinces' districts right before a name ("several districts of Helmand and ")."""
_COMPARED_WITH = re.compile(
    r"(?:\b(?:just|exactly|much|not)\s+like|\b(?:destroyed|ruined|razed|flattened|burned|bombed)\s+like"
    r"|\bend(?:ed|s)?\s+up\s+like|\b(?:same|similar)\s+fate\s+as|\bfate\s+of"
    r"|\b(?:a\s+)?repeat\s+of\s+(?:[\w'’-]+\s+){0,5}?(?:in|at|of))\s+$"
)
"""A place another is compared with ("we do not want our city destroyed like Kunduz", "feared a
repeat of the destruction seen in Kunduz"): no news of its own, nor the city the next sentence
speaks of."""
_APPROACH_VERB = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)|bor(?:e|ing)\s+down|bears?\s+down|edg(?:e|es|ed|ing)\s+closer)"
    r"(?:\s+in)?\s+(?:on|to|towards?)\s+$"
)
"""A predicate of approach right before a capital: no entry to it, whatever verb came before."""
_RESTRICTIVE_WHERE_GAP = re.compile(r"\s+(?:where|in\s+which)\s[^;.:]{1,140}?(?:,\s*)?")
"""A clause of "where" picking out the city a phrase names, up to the phrase's own verb."""
_ROAD_TO = re.compile(r"\b(?:road|highway|route)s?\s+(?:(?:north|south|east|west)\w*\s+)?(?:to|towards?)\s+$")
_ROAD_END = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:road|highway|route)s?\s+(?:from|to|linking)\s+$"
    rf"|\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:road|highway|route)s?\s+{BEARING}"
    r"(?:wards?)?\s+(?:to|towards?|from|out\s+of)\s+$"  # "the roads south towards Farah", "the highway north from Kabul"
)
"""A capital named as where a road described in passing leads ("the main highway to Kandahar")."""
_ROAD_LED = re.compile(
    r"\b(?:road|path|way|route)\s+(?:then\s+)?(?:led|leads|lay|lies)\s+(?:(?:north|south|east|west)\w*\s+)?(?:on\s+)?to\s+$"
)
"""A road that led on to a capital, the subject of its sentence: the next place the story is in."""
_RELATIVE_OPENS = re.compile(r"\s*,\s*(?:which|where|whose)\b")
_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:capital|city|town)\s+(?:which|that|taken|captured|seized|overrun)\s"
)

_THERE = re.compile(r"\b(?:people|residents|officials|fighters|witnesses|men|shopkeepers|everyone)\s+there\b")
"""People the teller met at the place named before: "people there told me"."""
_OWN_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\s")
_SIZE_OF = re.compile(
    r"(?:roughly|about|around|some|nearly|almost|more\s+than|over|close\s+to|at\s+least)?\s*"
    r"(?:\d[\d,.]*|half\s+a|a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:hundred|thousand|million|[\d,.]+)?\s*(?:people|residents|inhabitants|souls)\b"
    # a count with no noun ("the city of around 600,000 has been under attack")
    r"|(?:roughly|about|around|some|nearly|almost|more\s+than|over|close\s+to|at\s+least)?\s*"
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)(?!\s*(?:km|kilomet|miles|dollars|afghanis))\b"
)
"""A city's size after "the city of" ("the city of roughly a million people", "of around 600,000"):
no name follows."""
_COUNTED_CAPITALS_RELATIVE = (
    r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:provincial\s+)?"
    r"(?:capitals|cities|towns)\s+(?:that|which)\s"
)
"""A list's appositive that counts its items and opens a relative clause ("three provincial
capitals that ")."""
_LISTED_RELATIVE_GAP = re.compile(
    rf"[\s,]*(?:and\s[\s,]*)?{_COUNTED_CAPITALS_RELATIVE}\s*(?:had\s+|have\s+)?(?:all\s+)?"
)
"""Between a listed capital and the verb of the list's appositive relative clause, the other items
blanked: "[Kunduz], [Taloqan] and [Sar-e Pul], three provincial capitals that "."""
_LIST_THEN_RELATIVE = re.compile(
    r"(?:,\s[\w'’-]+(?:[ -][\w'’-]+){0,3}){0,6}(?:,?\sand\s[\w'’-]+(?:[ -][\w'’-]+){0,3})?,\s"
    + _COUNTED_CAPITALS_RELATIVE
)
"""A list whose appositive opens a relative clause of its own ("from Kunduz, Taloqan and Sar-e Pul,
three provincial capitals that fell on Sunday"): news of the listed places."""
_LIES_BEFORE = re.compile(
    r"\b(?:lies|lay|sits|sat|is\s+located|located|situated)\s+(?:[\w'’-]+\s+){0,5}?(?:of|from)\s+$"
    r"|\b(?:is|was)\s+the\s+next\s+(?:[\w'’-]+\s+){1,5}?(?:of|from)\s+$"
)
"""Where a place lies told in its own predicate ("Homs lies 40 km south of ", "Hama is the next major
city south of "): the landmark after it is named in the main clause, and a relative clause after it
is the landmark's."""
_OPENING_ASIDE = re.compile(
    r"(?:the|a|an|this|that|his|her|their|its)\s[\w'’ -]{1,40}?(,\s(?!who|which|that|whose|where)[^,;:]{3,100}?,)\s"
    r"(?=(?:[a-z]+ed|[a-z]+s|had|has|was|were|is|are|came|went|fell|took|made|gave)\b)"
)
"""A sentence's opening subject and the aside set off after it, before the main verb ("The wording,
familiar from the statement on Aleppo last week, amounted to ..."; not "A day later, in Aybak, the
governor ...", nor a relative clause: "The militants, who broke into Aleppo on Friday, had taken
control of most of the city")."""
_PARENTHETICAL = re.compile(
    r",\s*(?:(?:many|some|most|all|several|few|one|two|three)\s+of\s+(?:them|whom)|who|whom)\b[^,;]*,"
)
"""An aside on a part of the group before it ("local factions, many of them former rebels ..., "),
or on the group ("former rebels in Deraa, who had made their peace with Damascus in 2018, ")."""

_ORDINAL_FALL_TEXT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s"
    r"(?:[\w'’-]+\s+){0,3}?(?:capital|city|town|one)s?\s"
)
_ORDINAL_BEFORE_TAKE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s"
    r"(?:[\w'’-]+\s+){0,3}?(?:capital|city|town|one)\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,3}?$"
)
"""An ordinal fall told before its verb ("the ninth provincial capital the Taliban have taken")."""
_AFTER_ORDINAL_GAP = re.compile(r"[\s,]*(?:by\s+the\s+\w+\s*,\s*)?(?:after|following)\s+(?:(?:and|,)\s*|\s)*")
_AFTER_ORDINAL_SPAN_GAP = re.compile(
    r"\s*(?:(?:to|by)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s*)?"
    r"(?:(?:in|within)\s+(?:under\s+|less\s+than\s+|just\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+(?:weeks?|days?)\s*)?,?\s*(?:after|following)\s+"
)
"""The same past the fall's agent and span ("the second major city to fall to the HTS-led alliance
in under a week, after Aleppo on Nov. 30"), where the earlier one carries its own day."""
_OWN_DAY_AFTER = re.compile(
    r"(?:\s+in\s+(?:the\s+)?[\w'’-]+(?:[\s-][\w'’-]+){0,2})?\s+(?:on|late\s+on|early\s+on)\s"
)
"""An earlier fall's own day right after it, past where it lies ("Zaranj in the far south-west on Friday")."""
"""Between an ordinal fall and the ones that fell before it ("..., after Zaranj and Sheberghan")."""
_ORDINAL_TO_FALL = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last)\s"
)
"""A subject trigger that is itself the noun phrase ("the first capital to fall"): the capital in
apposition right after it is the one that fell."""
_APPOSITION_COMMA = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s*,\s*|\s+(?:was|is|had\s+been|has\s+been)\s+)"
)
"""Between "the first city to fall" and the capital it is: "..., Zaranj", "... to the Taliban was
Zaranj", "The first city to go had been Zaranj"."""
_CLEFT_OPENING = re.compile(r"(?:[A-Z]+:\s+)?It\s+(?:was|is|had\s+been)\s")
"""A cleft sentence ("It was on Sunday evening, after ..., that fighters walked in"): its "that" opens
the clause the focus is put on, no relative clause of the place named before it."""
_LEADING_APPOSITIVE = re.compile(r"^\s*,\s*(?:the|a|an)\s[^,;.]{1,80}(?=,\s*(?:which|that)\s)")
_APPOSED_RESTRICTIVE = re.compile(r"^\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:that|which)\s")
"""An appositive whose own relative clause tells the news ("Mazar-i-Sharif, the northern hub
that fell on Saturday, was calm"): the clause's verb is the capital's."""

_RELATIVE_LEAD = re.compile(
    r"^(?:,?\s+(?:in|on|near|at|along)\s+[^,;.\"“”]{1,40}?)?(?:\s*(?:and|or)\s+)?\s*,\s*"
    r"(?:which|that|whose\s+(?:provincial\s+)?(?:capital|centre|center|city)|(?:both|all|each|all\s+(?:two|three|four|five))\s+of\s+which)\s"
)
_WHERE_THE_LEAD = re.compile(rf"(?i){OWN_WHERE}\s+the\s+")
"""Between a capital and the handover its clause of place tells ("Tartus on Monday, where the
takeover passed without a fight")."""
_HANDOVER_NOUN = re.compile(r"(?:takeover|handover|hand-over)")
_WHERE_FIGHTING_LEAD = re.compile(
    rf"(?i)(?:\s*,\s*(?:the\s+|(?:provincial\s+)?capital\s+of\s+)[^,;.]{{1,60}}?)?{OWN_WHERE}\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?said\s+(?:that\s+)?)?"
    r"(?:(?:heavy|fierce|intense|sporadic|renewed|street)\s+)?"
)
"""Between a capital (and its appositive) and the fighting its clause of place tells ("Lashkar Gah,
where fighting continued for an eleventh day", "Feroz Koh, the capital of Ghor, where a local
official said fighting was going on", "Mehtarlam, capital of Laghman province, where fighting had
been under way since Saturday")."""
_OUTSIDE_BEFORE = re.compile(
    r"\b(?:outside|near|beyond|around|close\s+to|(?:north|south|east|west)\w*\s+of)\s+$"
)
"""A place beside the capital, not the capital ("a base outside the city, where fighting went on")."""


def _told_where(
    text: str, mention: Mention, trigger: Trigger, others: Sequence[tuple[int, int]] = ()
) -> bool:
    """A handover, or fighting, told in the capital's own clause of place, with no subject but
    the noun; the clause after a list of capitals is each one's ("In Lashkar Gah and Kandahar,
    where fighting has raged for weeks")."""
    end = _list_end(text, mention.end, others)
    if end > trigger.start:
        return False
    if _HANDOVER_NOUN.fullmatch(trigger.text):
        return _WHERE_THE_LEAD.fullmatch(text, end, trigger.start) is not None
    if (
        trigger.spec.role == "object"
        and trigger.spec.type in ("entered", "captured")
        and _WHERE_SIDE_LEAD.fullmatch(text, end, trigger.start) is not None
        and _NO_OBJECT_AFTER.match(text[trigger.end : trigger.end + 40].lower()) is not None
    ):
        return True  # "Herat, where the fighters entered on Thursday, is fully under their control"
    return (
        trigger.spec.type == "contested"
        and FIGHTING_NOUN.match(trigger.text) is not None
        and _OUTSIDE_BEFORE.search(text, 0, mention.start) is None  # "a base outside the city, where"
        and _WHERE_FIGHTING_LEAD.fullmatch(text, end, trigger.start) is not None
    )


_WHERE_SIDE_LEAD = re.compile(
    r"\s*,\s*where\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:fighters|insurgents|militants|rebels|taliban"
    r"|forces|troops|factions|gunmen|mujahideen)\s+(?:(?:had|have|has)\s+(?:first\s+)?)?",
    re.IGNORECASE,
)
"""A capital's clause of place opening on the side whose verb comes next ("Herat, where the fighters
entered on Thursday")."""
_PARTICIPLE = re.compile(
    r"taken|captured|seized|overrun|lost|fallen|gone|surrendered|retaken|recaptured|(?:handed|turned) over"
)
_GENERIC_CITY = re.compile(r"\b(?:a|any|each|every)\s+(?:[\w-]+\s+)?(?:capital|city|town)\b")
"""A city in general ("a provincial capital", "any city"), which a later "its" may stand for."""
_ITEM_PARTICIPLE = re.compile(rf"{_PARTICIPLE.pattern}|taken\s+over|entered|attacked|besieged|stormed")
"""A participle an item's head takes as its predicate ("- Homs: entered and taken on Dec 7")."""
_ITEM_PARTICIPLE_WORD = re.compile(rf"\b(?:{_ITEM_PARTICIPLE.pattern})\b")
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:$|[,.;]|(?:on|late|early|overnight|that\s+(?:night|day|evening|morning)|the\s+same\s+day|after|before"
    r"|shortly|within|as|when)\b)"
)
"""What follows a verb used without its object ("took over on 8 December", "moved in the same day")."""
_NEW_SENTENCE_IN_ITEM = re.compile(r"[.;]\s")
"""A stop between an item's head and a verb: the verb's sentence is another."""

_SIDES_BETWEEN = re.compile(r"\s*(?:between|launched|mounted|staged|carried\s+out)\s")
"""The sides or the launch of a fight named after its noun ("clashes between rebel fighters and
government troops are under way on the outskirts of X", "an attack launched at dawn by the
insurgents on the outskirts of X"): the place comes further on."""
_CLAUSE_JOINT_OR_SEMICOLON = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")
"""Where a clause of its own begins, after another."""
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|while|whereas|though|although)\s")
"""Where a clause of its own begins after a list's head."""
_QUALIFIED_CAPITAL = re.compile(r"\s*,(?:\s*the\s[^,;]{1,60},)?\s*")
"""Between a capital and a participle that qualifies it: "Zaranj, taken on Friday", "Zaranj, the
capital of Nimroz, taken on Friday"."""
_ITS_FALL = re.compile(r"\bits(?=\s+(?:fall|capture|seizure|takeover)\b(?!\s+of\b))")
"""A possessive pronoun before a fall: the fallen capital is what it stands for."""
_LIST_PARTICIPLE_GAP = re.compile(r"\s*,\s*(?P<plural>both\s+|all\s+(?:[a-z]+\s+)?)?")
"""Between a list of capitals and a participle they share ("Kandahar and Herat, both taken")."""
_PARTICIPLE_GAP = re.compile(
    r"^(?:\s+city)?(?:\s+itself)?(?:\s*\([^()]{1,40}\))?"  # its province in brackets: "Zaranj (Nimroz), taken without a fight"
    r"(?:\s+(?:in|on|near|at)\s+[^,;.\"“”]{1,40}?)?"
    r"(?:\s*,\s*(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:capital|city|town|centre|center|seat)\s+of\s+[^,;.\"“”]{1,60}?)?"
    r"(?:\s*,\s*(?:(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?(?:capital|city|town)\s+)?|\s*\(\s*)$"
)
"""Between a capital and a reduced participle: where it lies, an appositive naming its province
("Zaranj, capital of Nimroz province on the Iranian border, taken on Friday"), or the bracket the
participle opens ("Aleppo (taken on 30 November)")."""

_SUBORDINATOR_GAP = re.compile(r"\s+(?:as|while|when|after|before|because|since|until|once)\s+(?:the\s+)?")
"""A conjunction that opens a clause of its own between a trigger and a capital."""
_CITY_PART_OBJECT = re.compile(
    r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:districts|neighbou?rhoods|quarters|suburbs)\b(?!\s+(?:of|in|near|around|outside)\b)"
)
"""A part of a city with no place of its own as a verb's object ("broke into the western districts")."""
_OWN_VERB_GAP = re.compile(
    r"\s+(?:(?:had|have|has)\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|[^d\W]\w*)?\s+(?:over\s+)?"
)
"""One verb between those who act and the phrase ("officials in Tartus handed the city over")."""
_CAME_WHEN = re.compile(
    r"\s+(?:came|come|comes)\s+(?:(?:a|one|two|three|a\s+few|several|just|only|shortly|hours|days|weeks)\s+)*"
    r"(?:days?\s+|hours?\s+|weeks?\s+)?(?:after|before|as|amid|while)\b"
)
"""A fight noun as the subject of "came ... after": what follows tells when, not where it is."""
_GOVERNMENT_ACTS_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+(?:now\s+|also\s+)?)?(?:lost|conceded|admitted|acknowledged)\s+(?:the|control|its|that|parts?)\b"
)
"""The national capital as the government that loses or concedes ("Damascus has lost the city")."""
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")
"""An infinitive after a name ("for Damascus to reach"): the name is the infinitive's subject."""
_HOLDERS_BEFORE = re.compile(
    r"\b(?:officials|governor|commanders?|forces|troops|police|policemen|garrison|defenders|soldiers)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:had|have|has)\s+)?$"
)
"""The holders of a city as the subject right before a surrender ("senior provincial officials surrendered")."""
_POST_WORD = re.compile(r"\b(?:airport|airfield|air\s*base|base|barracks|corps|battalion|brigade)\b")
"""A post or unit whose men may surrender without the city."""
_IT_WAS_GAP = re.compile(r"\s+(?:was|is)\s+(?:now\s+|then\s+)?")
"""Between "it" and a capital it presents ("it was Tartus"): a cleft, no pronoun of a city."""
_LIST_OPENS_CLAUSE = re.compile(
    r"[\s\"“‘']*|.*?(?:\b(?:with|and)\s|[:;—–]\s*|\s-\s)\s*", re.IGNORECASE | re.DOTALL
)
"""What may stand before a list that opens a clause: nothing (a headline), an absolute
construction's "with" or "and", or a colon, semicolon or dash ("Daraa handed over ...; Suwayda
taken by Druze fighters")."""
_ABSOLUTE_GAP = re.compile(r"\s+(?:(?:also|already|now|finally)\s+)?")
_WITH_BEFORE = re.compile(r"(?:\b(?:with|and)\s|[:—–]\s*|\s-\s)\s*$", re.IGNORECASE)
"""An absolute construction: "with Latakia taken on Dec. 8" (and "and Tartus taken a day later"),
or one opening a list after a colon or a dash ("the speed of the collapse—Herat taken last
Thursday, Kandahar gone overnight")."""

_SIDE_AGENT = re.compile(
    r"(?:local\s+|government\s+|security\s+)?(?:army|military|troops|soldiers|forces|government|regime|garrison"
    r"|authorities|officials|governor|elders|insurgents|militants|rebels|fighters)\b"
)
"""An agent that is a side or its men with no name of its own ("handed over by the army")."""
_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:on|in|last|earlier|early|late|overnight|yesterday|after|without|days|hours|a day|this week|as|while|amid|when|and"
    # (a headline's "Aybak handed over at elders' request", "... under deal", "... following talks")
    r"|at|under|following|before"
    # its manner ("Mazar-i-Sharif taken with little fighting")
    r"|with(?=\s+(?:little|no|barely|hardly|scarcely|minimal|almost)\b)"
    r"|(?:the|that)\s+(?:same|next|following|previous)?\s*(?:day|morning|afternoon|evening|night))\b|\s*[,.;]"
    # a bare date ("Hama (taken Dec 5)")
    r"|\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b"
    r"|(?P<by>\s+by\s+(?:the\s+)?)"
)

_HEAD_DAY = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
)
_ITEM_LEAD = re.compile(rf"\s*(?:[-–—*•·]\s*|\d{{1,3}}[.)/]\s+|{_HEAD_DAY}\s*[—–:-]\s*)?", re.IGNORECASE)
"""A bullet, an item's or a thread post's number ("2.", "2)", "2/"), or its day ("Aug 9 - ")."""

_ITEM_LIST_LEAD = re.compile(
    r"\s*(?:[-–—*•·]\s*|\d{1,3}[.)/]\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}(?:\s*\([^()]{1,40}\))?(?:,\s*(?:and\s+)?|\s+and\s+))+"
)
"""The capitals before this one in a list that heads an item ("- Aleppo, Hama and Homs: ...")."""
_ITEM_HEAD = re.compile(
    # (with the province and the day: "Sharana, Paktika (Aug 14): handed over by agreement")
    # (or the items after it, each with its own: "- Kunduz (Kunduz), Sar-e Pul (Sar-e Pul) and Taloqan
    # (Takhar): all captured Aug. 8")
    r"(?:(?:\s*,[^,:;.()—–]{1,60}?)?\s*\([^()]{1,60}\)"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[^,:;.()—–]{1,40}?\s*\([^()]{1,60}\)){0,6}"
    r"|\s*,[^,:;.()—–]{1,60}|\s+and\s[^,:;.()—–]{1,60})?\s*(?::|\s[—–-])\s+"
    rf"(?:{_HEAD_DAY}\s*(?::|\s[—–-])\s+)?",  # "TALOQAN (TAKHAR) - 08 AUG: Taken Sunday evening."
    re.IGNORECASE,
)

_NEIGHBOURING = re.compile(r"\bneighbou?ring\s+(?:\w+\s+){0,2}$")
_ASIDE = re.compile(
    r"(?:\s+(?:city|town))?\s*(?:,\s*(?:the|a|an)\s[^,;.]{1,80})?,\s*(?:where|which|who|when)\b[^,;.]{0,120},\s*(?:\w+\s+){0,2}$"
    r"|\s+[—–-]\s[^—–;.]{1,140}?\s[—–-]\s+(?:\w+\s+){0,3}$"
)


_ALONG_WITH = re.compile(
    r"\b(?:together|along)\s+with\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?other\s+(?:provincial\s+)?(?:capitals|cities|towns)\s*,?\s*)?$"
)
"""What joins a capital to one taken or fought over before it in the sentence ("together with two
other provincial capitals,")."""


def echoes_earlier_verb(low: str, mention: Mention) -> bool:
    """Whether "as did" (or "as were", "so too did") puts the capital under the verb told before it."""
    return _AS_DID.search(low, max(0, mention.start - 24), mention.start) is not None


_FACILITY_BEFORE_ITS = re.compile(
    r"\b(?:airport|air\s*base|airbase|airfield|base|prison|jail|embassy|consulate|barracks|hospital)\b"
    r"(?:(?!\b(?:city|town|capital)\b)[^.;])*$"
)
"""A facility named last before an "its" (no city named since): the facility is what "its" is."""
_ITS_EDGE = re.compile(
    r"its\s+(?:[\w-]+\s+)?(?:approaches|outskirts|edges?|gates|fringes|perimeter|environs|surroundings)\b"
)
"""A city's edge told by "its" ("its northern approaches")."""
_OUTLYING_NOUN = re.compile(
    r"\b(?:towns?|villages?|hills?|heights|hilltops?|positions|checkpoints|bases?|posts|outposts|airports?)\b"
)
"""What lies on a city's edge but is no part of the city: taking it takes no part of the city."""
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]|\s(?:and|but|while|as|after|before|when)\s")
"""Where a trigger's object phrase ends and another clause or aside begins."""
_ARMED_PAIR_AND = re.compile(
    r"\sand\s+(?:(?:allied|armed|loyal|local|tribal|government|regime|pro-[\w-]+|[\w-]+-backed|[\w-]+-led)\s+)?"
    r"(?:militia|militias|militiamen|fighters|forces|troops|units|police|soldiers|guards|gunmen|tribesmen)\s+"
)
"""A second armed group joined to a trigger's object ("... and allied militia "): no clause of its own."""
_SHARED_OBJECT_GAP = re.compile(r"\s+(?:and\s+(?:then\s+)?|then\s+)")
"""Between two verbs that share the object after the second ("broke in and took the city")."""
_ONE_OF_CITIES = re.compile(
    r"^\s*(?:is|was|remains|remained|became)\s+one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:cities|capitals|towns)\b"
)
"""A capital told as one of several cities, before what the cities share: its own predicate."""
_ONE_OF_THE_TAKEN = re.compile(
    r"(?:\s*,(?:[^,;]|(?<=\d),(?=\d{3})){1,80},)?\s+(?:is|was|became)\s+one\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:cities|capitals|towns)\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
)
"""From a capital to the take of the several cities it is told as one of ("Kunduz ... was one of
three provincial capitals the insurgents overran", "... taken by the insurgents")."""
_REASON_CLAUSE = re.compile(r"\b(?:because|although|though|whereas|unless)\b")
"""A subordinate clause of reason or concession opening between a trigger and a place."""
_REGION_AND_ITS = re.compile(r"\bthe\s+(?:governorate|province|region)\s+and\s+$")
"""A region named again right before "its capital": the capital is that region's seat."""
_NEWS_FROM_BEFORE = re.compile(r"\b(?:once|after|when|as|until)\s+(?:the\s+)?(?:news|word)\s+from\s+$")
"""Where the news that times a clause came from ("Once the news from Damascus sank in, ..."): not the
clause's place (but "We are getting reports from Kunduz" sets the story there)."""
_FACILITY_SUBJECT = re.compile(
    r"\b(?:the|its|a)\s+(?:[\w-]+\s+)?(?:airport|airfield|air\s*base|military\s+base|barracks|prison|jail|hospital"
    r"|university|stadium|school|camp|citadel|airbase|embassy|consulate|hotel|mosque|church|museum)"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s+(?:in|at|of)\s+$"
)
"""A facility in a capital as a clause's subject ("the airport in Aleppo was taken", "the embassy of
the Islamic Republic of Iran in Damascus was attacked"): the facility is what the verb after the
capital tells of (not a relative clause's: "the airport outside Kunduz, which fell on Sunday")."""
_QUANTITY_SUBJECT = re.compile(
    r"\b(?:prices?|rents?|costs?|fares|wages|temperatures?|(?:exchange\s+)?rates?|sales|stocks|supplies"
    r"|the\s+(?:currency|pound|lira|afghani|value|number|level|price|cost)(?:\s+of\s+[\w-]+)?)"
    r"\s+(?:in|at|of|across)\s+(?:the\s+)?$"
)
"""A quantity in a capital as a clause's subject ("prices in the capital had fallen"): what falls
is the quantity, not the city."""
_RELATIVE_NEXT = re.compile(
    r"\s*,?\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:city|capital|town)\s+)?(?:which|where|that|whose)\b",
    re.IGNORECASE,
)
"""A relative clause right after a capital, or after its appositive ("the Iranian consulate in Herat,
the western city which the group took over"): the verb after it is the clause's, about the capital."""
_AROUND_THE_CITY = re.compile(
    r"\b(?:districts|villages|areas|countryside|towns|cities|capitals|hills|farmland)\s+(?:around|surrounding|outside|ringing|near|closer\s+to|close\s+to)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$"
)
"""Places around a city right before it: a fight there is outside it."""
_AND_THAT = re.compile(r"\b(?:and|but)\s+that\b")
"""A second reported clause between a trigger and a place ("said ... and that")."""
_AND_FINITE_VERB = re.compile(r"\b(?:and|but)\s+(?:are|were|is|was|have|has|had)\b")
"""A second predicate of another subject between a fight and a place: "and are now in"."""
_AFTER_RELATIVE_ITEM = re.compile(
    r"(?:\s*,\s+(?:the|a|an)\s+[^,;:]{1,60})?\s*,\s+(?:where|which|whose|who|when)\b[^;:()]{1,150}?,\s+and\s+"
)
"""From a list's item past its relative clause to the next item: "took Sar-i-Pul, the capital of the
province of the same name, where a battalion briefly held out, and Taluqan"."""
_OWN_PREDICATE = re.compile(
    r"(?:\s*,\s*(?:the|a|an)\s[^,;]{1,60})?\s*,?\s*"
    r"(?:(?:also|still|now|was|were|is|are|has|have|had|fell|falls|went|lost|remains?|remained"
    r"|held|holds|lies|sits|stays?|stayed|looks|looked|seemed|seems|did|does|could|would|will|cannot)"
    r"|taken|captured|seized|overrun|handed|surrendered)\b"
)
"""The next item's own verb right after it (past its appositive): "and Kandahar, taken on Friday"."""


def after_relative_item(
    low: str, mention: Mention, mentions: list[Mention], governed_by: dict[int, list[Trigger]]
) -> list[Trigger]:
    """The readings of the list item before a relative clause that "and" closes, for the item
    after it: the clause's own verb does not govern the next item."""
    listed = next((m for m in reversed(mentions) if m.start < mention.start and m.start in governed_by), None)
    if listed is None or not _AFTER_RELATIVE_ITEM.fullmatch(low, listed.end, mention.start):
        return []
    if any(listed.end <= m.start < mention.start and m.capital != listed.capital for m in mentions):
        return []  # ("the city" in the clause is the item itself)
    if mention.via != "name" or _OWN_PREDICATE.match(low, mention.end):
        return []  # not "Herat, which fell on Thursday, and Kandahar, taken on Friday": its own verb
    # the verbs that take the list's items, not the clause's own ("lost Aleppo, which fell on
    # Nov 30, and Hama")
    return [t for t in governed_by[listed.start] if t.end <= listed.start]


def coordinated_readings(
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
        echoes_earlier_verb(low, mention)
        or _FOLLOWED.match(low, mention.end)
        or FOLLOWED_BY.search(low, max(0, mention.start - 40), mention.start)
        or _ALONG_WITH.search(low, max(0, mention.start - 70), mention.start)
        or (
            AND_BY.search(low, max(0, mention.start - 40), mention.start)
            and "followed" in low[: mention.start]
        )
    ):
        # "Maimana also fell, an MP said, as did Puli Alam"; "Hama fell on Thursday and Homs followed";
        # "Zaranj fell Friday, followed by Sheberghan on Saturday"; "Kunduz was captured on Sunday
        # together with two other provincial capitals, Sar-e-Pul and Taloqan" (the rest of the list
        # follows its first item)
        return next((governed_by[m.start] for m in reversed(earlier) if m.start in governed_by), [])
    if _AND_EDGES.search(low, 0, mention.start):
        # "heavy fighting in Kandahar and Lashkar Gah in the south, and on the outskirts of Herat"
        for other in reversed(earlier):
            readings = governed_by.get(other.start, [])
            if readings and all(t.spec.type == "contested" for t in readings):
                return readings
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
        and (
            _LIST_GAP.fullmatch(low, earlier[-1].end, mention.start)
            # "as did Khost, Charikar in Parwan, Bamyan and Parun": past the item's province
            or _PLACED_LIST_GAP.fullmatch(low, earlier[-1].end, mention.start)
        )
    ):
        return governed_by[earlier[-1].start]
    listed = next((m for m in reversed(earlier) if m.start in governed_by), None)
    if (
        listed is not None
        and (listed.start in coordinated or FOLLOWED_BY.search(low, max(0, listed.start - 40), listed.start))
        and all(m.capital == listed.capital for m in earlier if m.start > listed.start)
        and _PLACED_DAY_GAP.fullmatch(low, listed.end, mention.start)
        and (tail := _PLACE_DAY_TAIL.match(low, mention.end))
        and not _PREDICATE_WORD.search(tail.group(0))
    ):
        # "fell on Friday, followed by Sheberghan in Jowzjan province on Saturday, Kunduz, Sar-e-Pul
        # and Taloqan on Sunday and Aybak on Monday": a list item's place and day end it
        return governed_by[listed.start]
    if (
        earlier
        and earlier[-1].start in governed_by
        and _SEMICOLON_ITEM.fullmatch(low, earlier[-1].end, mention.start)
        and _ITEM_ENDS.match(low, mention.end)
        and not _PREDICATE_WORD.search(low, mention.end, _item_end(low, mention.end))
    ):
        # "took Khost, near the border; Maidan Shahr, the capital of Wardak; and Charikar"
        return _objects_before(governed_by[earlier[-1].start], earlier[-1])
    if (
        earlier
        and earlier[-1].start in governed_by
        and _PLACE_DAY_AND.fullmatch(low, earlier[-1].end, mention.start)
        and (tail := _PLACE_DAY_TAIL.match(low, mention.end))
        and not _PREDICATE_WORD.search(tail.group(0))
    ):
        # "took Zaranj on the Iranian border on Friday and Farah in the west on Tuesday"
        return _objects_before(governed_by[earlier[-1].start], earlier[-1])
    if _PLACED_ITEM_ENDS.match(low, mention.end):
        # "seized Herat, the third-largest city, on Thursday and Kandahar, the second-largest, ...";
        # "took Sharana, ..., which was handed over after talks, and Maymana": the verb, not the
        # aside; "took Ghazni, on the road south from Kabul, and Herat": past a capital in the aside
        for other in reversed(earlier):
            if other.start in governed_by and _APPOSITIVE_AND.fullmatch(low, other.end, mention.start):
                return _objects_before(governed_by[other.start], other)
    return []


_FACILITY_HEAD = re.compile(rf"\s+(?:international\s+)?{_FACILITY_KINDS}\b")
"""A facility right after a capital used as its modifier ("the Herat airport")."""


def _named_in_last_clause(
    earlier: list[Mention], joints: list[int], position: int, role: MentionRole
) -> list[Mention]:
    """The capitals named, in `role`, in the clause a phrase at `position` stands in (past the
    last of the sentence's `joints` before it)."""
    if not joints:
        return []
    return [m for m in earlier if joints[-1] <= m.start < position and m.via == "name" and m.role == role]


def _own_clause_facility(low: str, position: int, earlier: list[Mention], joints: list[int]) -> str | None:
    """The one capital whose facility a clause of its own places its news by, when no capital is
    named in that clause and another was before it: "Kandahar saw clashes on its outskirts, while
    in the west troops fought near the Herat airport and on the southern edge of the city".
    `joints`: where the clauses before `position` begin."""
    if not joints or not any(m.start < joints[-1] for m in earlier):
        return None
    own = [m for m in earlier if joints[-1] <= m.start < position]
    if (
        len({m.capital for m in own}) == 1
        and all(m.role == "modifier" for m in own)
        and _FACILITY_HEAD.match(low, own[-1].end)
    ):
        return own[-1].capital
    return None


def _city_label_length(gap: str) -> int:
    """How long the words calling a capital a city at the end of the gap are ("the northern city
    of"; 0 without them)."""
    label = _CITY_LABEL_END.search(gap)
    return len(label.group(0)) if label else 0


def _objects_before(readings: list[Trigger], mention: Mention) -> list[Trigger]:
    """The readings of a capital that are verbs taking it as their object, before it."""
    return [t for t in readings if t.spec.role == "object" and t.end <= mention.start]


def _item_end(low: str, start: int) -> int:
    """Where a semicolon list's item ends: at the next semicolon, or the sentence's end."""
    end = low.find(";", start)
    return end if end >= 0 else len(low)


def item_head_end(text: str, mention: Mention) -> int | None:
    """Where a list item's heading ends when the capital heads it, as in fact boxes and
    question-and-answer lists ("- Zaranj (Nimroz province): fell on Friday", "Kunduz, Kunduz
    province: taken on Aug. 8"): what follows is said of the capital."""
    if mention.via != "name" or not (
        _ITEM_LEAD.fullmatch(text, 0, mention.start) or _ITEM_LIST_LEAD.fullmatch(text, 0, mention.start)
    ):
        return None
    head = _ITEM_HEAD.match(text, mention.end)
    return head.end() if head else None


def with_item_heads(clauses: list[Clause], text: str, mentions: list[Mention]) -> list[Clause]:
    """A heading and the predicate it heads read as one clause, for the links, gates and dates
    a clause bounds."""
    head_end = item_head_end(text, mentions[0]) if mentions else None
    if head_end is None or len(clauses) < 2 or clauses[1].start > head_end:
        return clauses
    return [Clause(clauses[0].start, clauses[1].end), *clauses[2:]]


def _demonstrated(
    ctx: Context, sentence: Sentence, low: str, match: re.Match[str], found: list[Mention]
) -> str | None:
    """ "that city", "this city": the capital named last before it in the sentence, in whatever
    role ("families from Homs who fled before the rebels entered that city"); with none named in
    the sentence, the place the sentence before named last ("The loss of the city opened the way
    to Homs, 45 km to the south. Two days later, that city was in rebel hands too")."""
    if not low.startswith(("that ", "this "), match.start()):
        return None
    named = [m for m in found if m.via == "name" and m.end <= match.start() and m.role != "province"]
    if named:
        return named[-1].capital
    last = ctx.last_place
    return last[1] if last is not None and last[0] == sentence.index - 1 and not found else None


def _list_before(text: str, trigger: Trigger, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether only a list's earlier items stand between an object verb and the capital ("took
    Charikar, Khost and Maidan Shahr")."""
    gap = text[trigger.end : mention.start].lower()
    for other in sorted(mentions, key=lambda m: -m.start):
        if trigger.end <= other.start and other.end <= mention.start and other.role == "place":
            gap = gap[: other.start - trigger.end] + "\x00" + gap[other.end - trigger.end :]
    return _LIST_ITEMS_GAP.fullmatch(gap) is not None


_LIST_ITEMS_GAP = re.compile(r"\s*(?:\x00(?:\s*,\s*(?:and\s+)?|\s+and\s+))+")
"""Earlier list items, blanked, and their separators."""


def _own_clause(before: str) -> str:
    """The words of the last coordinated clause ("..., and volunteers have paraded through")."""
    cut = max(before.rfind(", and "), before.rfind(", but "), before.rfind("; "))
    return before[cut + 2 :] if cut >= 0 else before


def _without_opening_quote(text: str, gap: str, end: int) -> str:
    """The gap before a verb without the quotation mark that opens a quoted predicate there
    ("said Zaranj \"fell without a fight\""): no quote's end, which a gap may not cross."""
    stripped = gap.rstrip()
    if stripped.endswith("“") or (
        stripped.endswith('"') and text.count('"', 0, end - (len(gap) - len(stripped))) % 2 == 1
    ):
        return stripped[:-1] + " " * (len(gap) - len(stripped) + 1)
    return gap


def _drop_appositive(gap: str) -> str:
    """`Kunduz, the capital of the province of the same name, fell`, `Kunduz, where fighting
    raged in July, fell` and `Pul-e-Alam, the capital of Logar province, which is 70 km south of
    Kabul, was captured` (a number's thousands separator is no comma of the aside); `Gardez —
    which the police said was still held — had fallen`: skip the aside (an appositive, and a
    relative clause after it, or one between dashes)."""
    gap = _APPOSITIVE.sub(" ", _LIST_APPOSITIVE.sub(" ", _DASH_ASIDE.sub(" ", gap, count=1), count=1))
    # with no commas round it, as a second-language copy writes it: "Zaranj the capital of
    # southwestern Nimroz province fell to Taliban"
    return _BARE_CAPITAL_OF.sub(" ", gap, count=1)


_BARE_CAPITAL_OF = re.compile(
    r"^\s+the\s+(?:provincial\s+)?(?:capital|centre|center)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?province(?=\s)"
)


_SUBJECT_GAP_LEAD = re.compile(r"(?:;|,)\s*(?:and\s+)?$|(?<=[\w.)])\s+and\s+$")
_SUBJECT_GAP_DAY = re.compile(
    r"(?:\s*,(?:[^,;:.()]|(?<=\d),(?=\d{3})){1,100},|\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r"\s+(?:(?:on|late|early|a\s+few|several)\s+)?"
)
"""Between a gapped subject (and its list) and its own day ("and Damascus a few hours later"): an
aside may come between ("and
Sheberghan, the northern stronghold of Dostum, on Saturday"), or where it lies ("Sheberghan in
Jowzjan on Saturday")."""
_SUBJECT_GAP_END = re.compile(
    r"\s*(?:[;.]|,\s*(?:and\b|followed\b|when\b|as\b|while\b|(?:[\w'’-]+\s+){1,5}?(?:said|says|say|reported|told)\b"
    r"|in\s+the\s+(?:early|small|late)\s+(?:hours|morning|evening|night)\b[^,;:.]{0,30}[;.])|and\b|$)"
)
"""What ends a gapped subject's day: the item's end, a speaker, a clause of when ("Pul-e Khumri on
Tuesday, when Farah in the west was also taken", "and Damascus in the early hours of 8 December, as
Bashar al-Assad fled"), or the day told again ("and Damascus a few hours later, in the early
morning of Dec 8.")."""


_PROVINCE_WORD = re.compile(r"\s+(?:province|provincial)\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,2}$")
_LOCATING_PROVINCE = re.compile(
    rf"[\w)],\s+in\s+(?:the\s+)?(?:(?:far\s+)?{BEARING}(?:ern)?\s+"
    r"(?:part\s+of\s+|of\s+)?)?(?:the\s+)?$"
    r"|[a-z]\w*\s+\($"
    r"|\b(?:checkpoint|village|district|town|base|crossing|camp|border\s+post)\s+in\s+(?:the\s+)?(?:neighbou?ring\s+)?$"
)
"""A province set after a place's name to say where it lies (", in the south of Idlib province",
"Saraqeb (Idlib governorate)", "detained at a checkpoint in Maidan Wardak province")."""


_TO_FALL_AFTER = re.compile(
    r"\bto\s+(?:fall|be\s+(?:taken|captured|seized|lost|overrun))\b"
    r"(?:[^.;:]{0,40}?(?P<same_day>\b(?:a\s+single|one|the\s+same)\s+day\b))?[^.;:]{0,40}?,?\s+(?:after|following)\s+$"
)
"""An ordinal fall set after another with no verb of its own: "the second capital to fall in two
days, after Zaranj on Friday" (Zaranj fell too)."""
_PLACE_AND_DAY_TAIL = re.compile(
    r"(?:\s+in\s+(?:the\s+)?(?:far\s+)?[\w'’-]+(?:\s+province)?)?(?P<day>\s+(?:late\s+|early\s+)?on\s+[\w.]+(?:\s+\d{1,2}|\s+(?:morning|afternoon|evening|night))?)?"
)
"""Where an item lies and when, after its name ("Zaranj in Nimroz on Friday", "Zaranj in the
southwest")."""


_THE_PROVINCE_BEFORE = re.compile(r"\b(?:the|this|that)\s+province\b")
"""A province told before "the capital" without its name: the capital is that province's seat."""


_ITEM_DAY_AFTER = re.compile(
    rf"{GAPPED_ITEM_ON}(?:the\s+\d{{1,2}}(?:st|nd|rd|th)|\w+day|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+[a-z]+)\s*(?:[,.;]|$)"
)
"""An item's own day with no verb after the names ("Kandahar and Lashkar Gah on the 13th,")."""


_POSSESSED_EDGE = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:outskirts|edges?|approaches|fringes|gates|perimeter)\b"
)
"""The edge of the city named after it ("Hama's northern outskirts"): where a fight for it is."""
_LOCATING_ON_BEFORE = re.compile(r",\s*(?:on|at|along|near)\s+$", re.IGNORECASE)
"""An aside opened after a subject to place it ("The airport, on Aleppo's eastern edge, ...")."""
_EDGE_OF_BEFORE = re.compile(
    r"(?:^|[.;:]\s*|\b(?:the|its)\s+)(?:[\w-]+\s+){0,2}?(?:outskirts|edges?|approaches|fringes|gates|perimeter)\s+of\s+$",
    re.IGNORECASE,
)
"""The edge of the city opening the subject before its name ("The northern outskirts of Hama")."""

_AND_THEN = re.compile(r"\s*,?\s+and\s+(?:then\s+|later\s+|soon\s+|quickly\s+)?")
"""A second verb after the capital a first one took as its object ("entered Damascus and took")."""

_AS_CLAUSE_GAP = re.compile(r"\b(?:capital|city|town|centre|center)\s+as\s+$")
"""An object noun, then "as" before a name: "as" opens a clause of the name's own."""

_FIGHT_VERB_AFTER = re.compile(
    r"\s+(?:rages|raged|continues|continued|intensifies|intensified|escalates|escalated|spreads|spread"
    r"|drags\s+on|dragged\s+on|grinds\s+on|enters|entered|goes\s+on|went\s+on|heats\s+up|heated\s+up)\b"
)
"""A fight's own verb after it ("fighting rages"): the noun heads its clause, named by the word before."""

_OPEN_WITH_BEFORE = re.compile(r"(?:^|[\"“(]|[.;:]\s)\s*with\s+[^,;]*$")
"""A sentence opened by an absolute phrase of "with" not yet closed ("With Ghazni gone and ...")."""

_SUBJECT_ONLY_PARTICIPLES = frozenset({"gone"})
"""A participle of a subject only ("with Ghazni gone"), which no capital after it is the object of."""

_NEARBY_TAIL = re.compile(r"(?:neighbou?ring|nearby|adjacent)\s+$")
"""An adjective between a movement and the province it went to ("fled toward neighbouring ")."""


class Linking(ExtractorBase):
    """Capital mentions of a sentence and the triggers that govern them."""

    def _gapped(
        self,
        low: str,
        mention: Mention,
        mentions: list[Mention],
        governed_by: dict[int, list[Trigger]],
        time_refs: list[TimeRef],
    ) -> list[Trigger]:
        """A verb left out after "and" and a day: "had taken Ghazni on Thursday, and on Wednesday
        Faizabad", "Mazar fell on Saturday, and on Sunday Kabul" (taken too, on its own day); and
        after a day with the names before it: "Herat went on the 12th, Kandahar on the 13th"."""
        if GAPPED_ITEM_BEFORE.search(
            low, max(0, mention.start - 40), mention.start
        ) and _ITEM_DAY_AFTER.match(low, mention.end):
            first = next((m for m in mentions if m.start < mention.start and m.start in governed_by), None)
            if first is not None:
                with_day = [
                    t
                    for t in governed_by[first.start]
                    if t.spec.type in ("captured", "surrendered")
                    and first.end <= t.start
                    and _ITEM_DAY_AFTER.match(low, t.end)  # "went on the 12th, X on the 13th"
                ]
                if with_day:
                    return with_day
        apart = DAYS_APART_LIST.search(low, max(0, mention.start - 80), mention.start)
        # past where the item lies and when: "a day after Zaranj in the southwest", "after Zaranj in
        # Nimroz on Friday"
        told = _PLACE_AND_DAY_TAIL.match(low, mention.end)
        tail = told.end() if told is not None else mention.end
        if apart is None:
            apart = _TO_FALL_AFTER.search(low, max(0, mention.start - 80), mention.start)
            day_told = told is not None and told.group("day") is not None
            if apart is not None and not day_told and apart.group("same_day") is None:
                apart = None  # "the second capital to fall in a week, after Aleppo": no day to give it
        if apart is not None and _NO_VERB_AFTER.match(low, tail):
            # "Faizabad fell on Wednesday, a day after Farah and Pul-i-Khumri": they fell too, the
            # day before
            earlier = [m for m in mentions if m.start < apart.start() and m.start in governed_by]
            return [
                t
                for t in (governed_by[earlier[-1].start] if earlier else [])
                if t.spec.type in ("captured", "surrendered") and t.start < apart.start()
            ]
        lead = AND_DAY.search(low, max(0, mention.start - 60), mention.start)
        if lead is None:
            return []
        dated = [r for r in time_refs if r.start >= lead.end() and not r.is_report_time]
        if not dated or not DAY_GAP.fullmatch(low, dated[-1].end, mention.start):
            return []
        earlier = [m for m in mentions if m.start < lead.start() and m.start in governed_by]
        readings = governed_by[earlier[-1].start] if earlier else []
        return [
            t
            for t in readings
            if (t.spec.role == "object" and t.end <= earlier[-1].start)
            # "Mazar fell on Saturday, and on Sunday Kabul": the subject's own verb
            or (t.spec.role == "subject" and earlier[-1].end <= t.start < lead.start())
        ]

    def _gapped_subject(
        self,
        low: str,
        mention: Mention,
        mentions: list[Mention],
        governed_by: dict[int, list[Trigger]],
        time_refs: list[TimeRef],
    ) -> list[Trigger]:
        """A verb left out after the subject's list and before its own day: "Sheberghan fell on
        Saturday; Kunduz, Sar-e-Pul and Taloqan on Sunday", "Zaranj fell to the Taliban on Friday,
        and Sheberghan, Dostum's stronghold, on Saturday" (each item fell, on the day it is told)."""
        lead = _SUBJECT_GAP_LEAD.search(low, max(0, mention.start - 8), mention.start)
        if lead is None:
            return []
        item_end = mention.end
        for later in mentions:
            if later.start >= item_end and later.role == "place":
                if not _LIST_GAP.fullmatch(low, item_end, later.start):
                    break
                item_end = later.end
        own_day = next((r for r in time_refs if r.start >= item_end and not r.is_report_time), None)
        if (
            own_day is None
            or not _SUBJECT_GAP_DAY.fullmatch(low, item_end, own_day.start)
            or not (
                _SUBJECT_GAP_END.match(low, own_day.end)
                # "Sheberghan on Saturday, Kunduz ... on Sunday": the next item of the list
                or any(
                    m.role == "place" and _LIST_GAP.fullmatch(low, own_day.end, m.start)
                    for m in mentions
                    if m.start > own_day.end
                )
            )
        ):
            return []
        for earlier in reversed(mentions):  # the list's first subject ("X fell ...; Y ...; and Z ...")
            if earlier.start >= lead.start() or earlier.start not in governed_by:
                continue
            told = [
                t
                for t in governed_by[earlier.start]
                # "Zaranj fell on Friday, Sheberghan on Saturday"; "Zaranj, taken on Friday, Sheberghan
                # on Saturday" (a participle after the first item)
                if (t.spec.role == "subject" or _PARTICIPLE.fullmatch(t.text))
                and earlier.end <= t.start
                and any(t.end <= r.start < lead.start() and not r.is_report_time for r in time_refs)
            ]
            if told:
                return told
        return []

    def _object_pronouns(
        self, ctx: Context, sentence: Sentence, low: str, mentions: list[Mention], triggers: list[Trigger]
    ) -> list[Mention]:
        """ "It" right after an object trigger ("by nightfall they were in control of it"): the
        one capital named before it in the sentence, else, with none named, the capital of the
        sentences before."""
        added: list[Mention] = []
        for trigger in triggers:
            pronoun = (
                None
                if trigger.spec.role != "object"
                else _IT_OBJECT.match(low, trigger.end)
                or (
                    _ITS_PART.match(low, trigger.end)
                    if trigger.spec.type in ("entered", "contested")
                    else None
                )
            )
            if pronoun is None:
                continue
            named = [m for m in mentions if m.start < trigger.start and m.role == "place"]
            before = {m.capital for m in named}
            # "fled the Tal Rifaat area, north of Aleppo, when fighters took it": a place set by a
            # capital named as its landmark is what "it" stands for, not the topic
            if _FACILITY_OPENING.match(low) is not None:
                # "Aleppo International Airport, on the eastern edge of the city, closed after
                # fighters overran it": the facility the sentence is about
                continue
            landmark = any(m.role == "reference" and m.start < trigger.start for m in mentions) or (
                # "left Bagram air base last Friday, handing it over": the facility named before it
                not before and _FACILITY_NOUN.search(low, 0, trigger.start) is not None
            )
            capital = (
                next(iter(before))
                if len(before) == 1
                else None
                if before or landmark
                else ctx.topic(sentence)
            )
            adjunct = (
                _PARTICIPLE_ADJUNCT.search(low, max(0, trigger.start - 12), trigger.start)
                if capital is None and named
                else None
            )
            if adjunct is not None and (trigger.text.endswith("ing") or "having" in adjunct.group(0)):
                # "the fall of Damascus came after the rebels took Homs, having entered it": the last
                capital = named[-1].capital
            if (
                capital is None
                and named
                and _AND_THEN.fullmatch(low, named[-1].end, trigger.start)
                and any(t.spec.role == "object" and 0 <= named[-1].start - t.end <= 1 for t in triggers)
            ):
                # "..., then of Homs, before the factions entered Damascus and took control of it":
                # the object the verb before it has just told
                capital = named[-1].capital
            if capital is not None and not (
                pronoun.re is _ITS_PART and ";" in low[named[-1].end if named else 0 : trigger.start]
            ):  # not "advancing from Daraa, were the first to reach the capital; they entered its ..."
                added.append(Mention(capital, pronoun.start(1), pronoun.end(1), "place", "coref"))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _mentions(
        self, ctx: Context, sentence: Sentence, low: str, names: list[tuple[str, int, int]]
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
        for start, end, capital in self._listed_province_capitals(low):
            found.append(Mention(capital, start, end, "place", "province"))
            taken.append((start, end))
        wider = self.gazetteer.wider_province_re
        others_provinces = (
            [
                (m.start(1), m.end(1), self.gazetteer.capital_of_province(m.group(1)))
                for m in wider.finditer(low)
            ]
            if names and wider is not None
            else []
        )
        for capital, start, end in names:
            if any(s <= start < e for s, e in taken) or ctx.in_dateline(sentence, start):
                continue  # a dateline names where the reporter files from, not a place in the news
            if any(
                s <= start and end <= e and e - s > end - start and c != capital
                for s, e, c in others_provinces
            ):
                continue  # "Douma (Rif Dimashq)", "the Damascus countryside": another seat's province
            if _CORRECTED_AFTER.match(low, end):
                continue  # "In Kunduz - sorry, in Taloqan - our forces withdrew": a name taken back
            named_role: MentionRole = (
                "name"  # "the first time Damascus has lost the city": the government, no place
                if capital == self.national_capital
                and (
                    _GOVERNMENT_ACTS_AFTER.match(low, end)
                    # "the need for Damascus to reach a settlement": the government's act to come
                    or (low.endswith("for ", 0, start) and _INFINITIVE_AFTER.match(low, end))
                )
                else self._role(low, start, end)
            )
            found.append(Mention(capital, start, end, named_role))
        for capital, start, end in self.gazetteer.epithet_mentions(low):
            if not any(s <= start < e or start <= s < end for s, e in taken):
                # "seized the country's second-largest city": the city the theatre file says it is
                found.append(Mention(capital, start, end, self._role(low, start, end), "coref"))
                taken.append((start, end))
        national: list[Mention] = []
        if self.national_capital is not None and not ctx.item_abroad:
            # (before "the city" is resolved: "entered the capital on Sunday and by evening had taken
            # control of the city": the capital it names)
            spans = [(m.start, m.end) for m in found]
            for match in self._national_capital_re.finditer(low):
                if not any(
                    s <= match.start() < e
                    or match.start() <= s <= match.end() + 2
                    or _NAME_GAP.fullmatch(low, e, match.start())
                    for s, e in spans
                ):  # nor "the capital Qalat" or "the capital, Qalat": the word labels the name after it,
                    # and in "handed Tarin Kot, the capital, to the Taliban" the name before it
                    capital = self._province_named_before(low, match.start(), found)
                    if capital is None and _THE_PROVINCE_BEFORE.search(low, 0, match.start()):
                        continue  # "every district of the province except the capital": its own seat
                    if (
                        capital is None
                        and _GOVERNOR_BEFORE.search(low, 0, match.start())
                        and not any(m.start < match.start() and m.role == "place" for m in found)
                    ):
                        # "The governor withdrew his forces from the capital": his province's seat,
                        # the city the story is about, not the national capital
                        topic = ctx.topic(sentence)
                        if topic is None or topic == self.national_capital:
                            continue
                        capital = topic
                    if (  # (the cheap tests first: most sentences stop at them)
                        capital is None
                        and _BARE_CAPITAL.fullmatch(match.group(0))
                        and not ctx.named[self.national_capital]
                        and _CALLED_A_CAPITAL.search(
                            field_text(ctx.article, sentence)[: sentence.start].lower()
                        )
                        and (topic := ctx.topic(sentence)) not in (None, self.national_capital)
                        and not self._names_national_capital(ctx.article)
                    ):
                        # "The NRF said the capital had not fallen" in a story of Bazarak, "the
                        # provincial capital", that has not named Kabul: the city it is about (not
                        # in a story that calls no city a capital: "Mazar-i-Sharif fell. On Sunday the
                        # insurgents entered the capital")
                        capital = topic
                    national.append(
                        Mention(
                            capital or self.national_capital,
                            match.start(),
                            match.end(),
                            self._role(low, match.start(), match.end()),
                            "coref",
                        )
                    )
            found += national
        for match in self.cues.coref_city.finditer(low):
            size = _SIZE_OF.match(low, match.end() + 4) if low.startswith(" of ", match.end()) else None
            # "the city of Herat" names it (not "the city of roughly a million people": its size)
            if any(s <= match.start() < e for s, e in taken) or (
                low.startswith(" of ", match.end()) and not size
            ):
                continue
            if any(m.via == "name" and _NAME_APPOSED.fullmatch(low, match.end(), m.start) for m in found):
                continue  # "its capital, Bazarak, was in Taliban hands": the name that follows says which
            if match.group(0).startswith("its ") and _FACILITY_BEFORE_ITS.search(
                low, max(0, match.start() - 240), match.start()
            ):
                continue  # "flights resumed from Kabul airport ... gunfire outside its gates": the airport's
            regional = self.cues.coref_regional_seat.search(match.group(0)) is not None
            capital = (
                self.gazetteer.apposed_epithet(low, match.end())
                or _demonstrated(ctx, sentence, low, match, found)
                or self._resolve_coref(
                    ctx,
                    sentence,
                    low,
                    match.start(),
                    # a capital named before it outranks "the capital" ("The fall of the capital came
                    # hours after the rebels declared full control of Homs, ... broke into the city")
                    found
                    if not any(m.via == "name" and m.start < match.start() for m in found)
                    else [m for m in found if m not in national],
                    regional=regional,
                )
            )
            if (
                capital is not None
                and capital == self.national_capital
                and _TOWN_AT.match(low, match.start())
            ):
                capital = (
                    None  # "the town" is no national capital ("around Damascus ... the town's brigades")
                )
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
                if possessive
                and self.cues.modifier_after.match(low[match.end() : match.end() + 40])
                and not POSSESSED_PART.match(low, match.end())  # "most of the city's police districts"
                # "the districts surrounding the provincial capital": a landmark, as a name would be
                else "reference"
                if self.cues.surrounding_before.search(low, max(0, match.start() - 40), match.start())
                # "took a string of towns north of the city": a landmark too (not "neighbourhoods in
                # the south and west of the city": its parts)
                or (
                    self.cues.reference_before.search(low[max(0, match.start() - 60) : match.start()])
                    and not _PART_OF_BEFORE.search(low, max(0, match.start() - 40), match.start())
                )
                # "fighting for Aleppo international airport on the eastern edge of the city"
                or _POST_AT_EDGE.search(low, max(0, match.start() - 60), match.start())
                # "the Iranian embassy in the city had been stormed": the embassy's, as with a name
                else "speakers"
                if self.cues.speaker_place_before.search(low[max(0, match.start() - 80) : match.start()])
                else "place"
            )
            # (the phrase runs to the size's end: "the city of roughly a million people was theirs")
            found.append(Mention(capital, match.start(), size.end() if size else match.end(), role, "coref"))
        if "both " in low or "the two " in low:
            found += self._pair_mentions(ctx, sentence, low, found)
        for match in self.cues.pronoun_subject.finditer(low) if "it " in low else ():
            topic = ctx.topic(sentence)
            named = {m.capital for m in found if m.start < match.start() and m.role == "place"}
            if any(m.via == "name" and _IT_WAS_GAP.fullmatch(low, match.end(), m.start) for m in found):
                continue  # "The next morning it was Tartus": the capital the sentence names, not "it"
            if (
                topic is not None
                and not any(m.start < match.start() for m in found)
                # not "It was handed over" after "The airfield on the edge of Kandahar city housed ..."
                and not (
                    ctx.facility_told_at == sentence.index - 1 and not low[: match.start()].strip(" \"'“‘")
                )
            ):
                found.append(Mention(topic, match.start(), match.end(), "place", "coref"))
            elif len(named) == 1 and (
                _SAID_BEFORE.search(low, max(0, match.start() - 16), match.start())
                or _AND_CLAUSE_BEFORE.search(low, max(0, match.start() - 64), match.start())
                or _TIME_CLAUSE_BEFORE.search(low, max(0, match.start() - 12), match.start())
            ):
                # "in Zaranj, a trading town whose deputy governor said it fell without a fight";
                # "broke into Homs on Saturday, and by nightfall it was in their hands"; "Mazar-i-Sharif
                # held for three more days before it fell"
                found.append(Mention(next(iter(named)), match.start(), match.end(), "place", "coref"))
        if "its " in low:
            found += self._possessive_pronouns(ctx, sentence, low, found)
        found.sort(key=lambda m: m.start)
        return _without_appositives(text, found)

    def _province_named_before(self, low: str, position: int, found: list[Mention]) -> str | None:
        """The capital of the one province a bare "the capital" follows in its sentence, with no
        capital named there ("A member of the Farah provincial council said the capital had
        fallen"): the province's seat, not the national capital; or the provincial capital a
        fronted locative names ("In Sar-e-Pul, a lawmaker said the capital had fallen")."""
        if not low.startswith("the capital", position):
            return None
        places = [m for m in found if m.start < position and m.role == "place"]
        if (
            len(places) == 1
            and places[0].via == "name"
            and places[0].capital != self.national_capital
            and FRONTED_LOCATIVE.fullmatch(low, 0, places[0].start)
            and low.startswith(",", places[0].end)
        ):
            return places[0].capital
        if places:
            return None
        seats = {
            self.gazetteer.capital_of_province(m.group(1))
            for m in self.gazetteer.province_re.finditer(low, 0, position)
            if _PROVINCE_WORD.match(low, m.end(1))
            # "fighters from Daraa province", "drawn from former rebel groups in Daraa province"
            and not _FROM_BEFORE.search(low, max(0, m.start(1) - 30), m.start(1))
            and not self.cues.origin_before.search(low, max(0, m.start(1) - 80), m.start(1))
        }
        seats.discard(None)
        return next(iter(seats)) if len(seats) == 1 and self.national_capital not in seats else None

    def _possessive_pronouns(
        self, ctx: Context, sentence: Sentence, low: str, found: list[Mention]
    ) -> list[Mention]:
        """ "its" before a fall ("families who fled Kunduz after its fall on Sunday"): the capital
        that opens the sentence, or the one named last before it as a place or where people came
        from (not one of a list); with no capital named in the sentence, or after an opening "it",
        the one the story is about."""
        pronouns = []
        for match in _ITS_FALL.finditer(low):
            before = [m for m in found if m.end <= match.start()]
            named = [m for m in before if m.role in ("place", "destination")]
            # the sentence's subject when it opens it ("Aybak lies on the highway between Kabul
            # and Mazar-i-Sharif, and its fall isolates the city"), else the capital named last
            subject = named[0] if named and not low[: named[0].start].strip() else None
            last = named[-1] if named else None
            if (
                subject is None
                and last is not None
                and any(_LIST_GAP.fullmatch(low, m.end, last.start) for m in found if m.end <= last.start)
            ):
                last = None  # "highways to Mazar-i-Sharif and Kabul, and its capture": which of them?
            if not found and _GENERIC_CITY.search(low, 0, match.start()):
                continue  # "counts a provincial capital as captured when its fall is confirmed": any city
            if low.startswith("it "):
                capital = ctx.topic(sentence)  # "It sits at the junction ..., and its capture": the same "it"
            else:
                chosen = subject or last
                capital = chosen.capital if chosen else None if found else ctx.topic(sentence)
            if capital is not None:
                # before the trigger that starts with the word ("its fall"): empty, where it starts
                pronouns.append(Mention(capital, match.start(), match.start(), "place", "coref"))
        return pronouns

    def _listed_province_capitals(self, low: str) -> list[tuple[int, int, str]]:
        """ "the capitals of Khost, Kapisa and Parwan provinces": each province's capital, where the
        province is named (only when every item is a province of the theatre)."""
        if not any(head in low for head in ("capitals of", "centres of", "centers of")):
            return []
        found: list[tuple[int, int, str]] = []
        for match in [*_LISTED_PROVINCES.finditer(low), *self._provincial_capitals_of.finditer(low)]:
            items = [
                (item.start() + match.start(1), item.end() + match.start(1), item.group(0))
                for item in _LIST_ITEM.finditer(match.group(1))
            ]
            capitals = [self.gazetteer.capital_of_province(name) for _, _, name in items]
            if len(items) > 1 and all(capitals):
                items[-1] = (items[-1][0], match.end(), items[-1][2])  # the last one up to "provinces"
                found.extend((start, end, c) for (start, end, _), c in zip(items, capitals, strict=True) if c)
        return found

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
        if self._region_after.match(low[end : end + 60]):
            return "province"
        if self.cues.outlet_after.match(after):
            return "name"  # "confirmed to Kabul Dispatch": an outlet's name, no place
        alias = self.gazetteer.actor_re.match(low, start)
        if alias is not None and alias.end() > end:
            return "name"  # "a blow for the Kabul administration": a side's name, no place
        if _ADDRESSED.search(low, max(0, start - 24), start):
            return "name"  # "the governor calls Kabul, nobody answers": the government, no place
        if _RELATIVE_AFTER.match(low, end):
            return "place"  # "south of X, the Jowzjan capital that the Taliban took": news of its own
        if self.cues.modifier_after.match(
            after.lstrip() if not after.startswith(("'", "’", "-")) else after
        ) and not (
            POSSESSED_PART.match(low, end) or _POSSESSED_SEAT.match(low, end)
        ):  # "Kunduz's police chief", not "Kunduz's police districts" nor "Lashkar Gah's governor's compound"
            if LAND_AROUND_AFTER.match(low, end) and self.cues.origin_before.search(
                low[max(0, start - 60) : start]
            ):
                return "destination"  # "fighters from the Idlib enclave": where they came from
            if _AIRFIELD_AFTER.match(low, end) and self.cues.destination_before.search(
                low[max(0, start - 60) : start]
            ):
                return "destination"  # "the governor had left the province for Kandahar's airport"
            return "modifier"
        before = low[max(0, start - 60) : start]
        if (
            _BETWEEN_PLACES.search(before)
            and not WHERE_AFTER.match(low, end)
            and not _RELATIVE_OPENS.match(low, end)
        ):
            # "the highway between Kabul and Mazar-i-Sharif" (not "Kandahar, where ...", nor
            # "between Aleppo, which the rebels seized on Saturday, and Homs": Aleppo's own news)
            return "reference"
        if (
            self._region_before.search(before)
            and not after.startswith(" city")
            # not the next item after one province ("Asadabad in the eastern province of Kunar and
            # Maymana, the capital of Faryab, also fell")
            and not _ONE_PROVINCE_AND.search(before)
        ):
            return "province"  # "the countryside of Idlib", "the province of Helmand"
        if _PROVINCES_OF_BEFORE.search(before) and not after.startswith(" city"):
            return "province"  # "the northern provinces of Takhar, Baghlan and Kunduz"
        if self._paired_with_a_province(low, start, end):
            return "province"  # "fighters injured in the fighting in Kandahar and Helmand"
        if (
            _DISTRICT_IN.search(before)
            and not after.startswith(" city")
            and not _INTO_DISTRICTS.search(before)
            and self.gazetteer.capital_of_province(low[start:end]) is not None
        ):
            # "Arghandab district in Kandahar": the province (not "police districts of X city", nor
            # "several districts of Lashkar Gah", a name no province bears)
            return "province"
        if (_LIES_BEFORE.search(before) or _BETWEEN_PLACES.search(before)) and _OWN_RELATIVE.match(low, end):
            # "Homs lies south of Hama, which the insurgents captured", "on the road between Aleppo,
            # which the rebels seized on Saturday, and Damascus": the place's own clause
            return "place"
        if _ROAD_END.search(before) and _OWN_RELATIVE.match(low, end):
            return "place"  # "the towns on the highway from Hama, which fell to them on Thursday"
        if (
            self.cues.reference_before.search(before) or self.cues.surrounding_before.search(before)
        ) and not (_BETWEEN_PLACES.search(before) and WHERE_AFTER.match(low, end)):
            # a distance reference ("south of Kabul, which fell": the item fell); not the last place
            # a road links, with a clause of place of its own ("the road between Kabul and Kandahar,
            # where fighting went on at the city's edge")
            return "reference"
        if _POST_AT_EDGE.search(before):
            return "reference"  # "fighting for the airport on the eastern edge of the city": the post's place
        if _NEWS_FROM_BEFORE.search(before) and not _RELATIVE_OPENS.match(low, end):
            # "Once the news from Damascus sank in, ... took over the governor's office": where the
            # news was told, as a speaker's place is
            return "speakers"
        if _PLACE_BEFORE_ANOTHER.search(before):
            return "reference"  # "the last major city before Kabul was handed over": the other one
        if _COMPARED_WITH.search(before) and not _RELATIVE_OPENS.match(low, end):
            return "reference"  # "our city destroyed like Kunduz": the one compared with
        if _ROAD_END.search(before) and not _RELATIVE_OPENS.match(low, end):
            return "reference"  # "on the main highway to Kandahar" (not "from Hama, which they seized")
        if _ROAD_LED.search(before):
            return "place"  # "From there the road led south to Homs": where the story goes next
        went = self.cues.destination_before.search(before)
        moved = _MOVED_INTO.search(before) if went else None
        if went and _FOUGHT_INTO.search(before):
            return "place"  # "captured Ghazni and fought their way into Herat"
        if (
            moved
            and (
                self._armed_subject(before[: moved.start()])
                or self._armed_subject(
                    _SUBJECT_RELATIVE_END.sub("", low[: max(0, start - 60) + moved.start()])[-80:]
                )
                # "fighters of the Kurdish-led Syrian Democratic Forces crossed the river bridges from the
                # eastern bank and moved into Deir ez-Zor": the side is the subject of the verbs joined
                or (
                    before[: moved.start()].endswith(" and ")
                    and self._challenger_named(_clause_before(low, max(0, start - 60) + moved.start()))
                )
            )
        ):
            return "place"  # "Kurdish-led forces moved into Deir ez-Zor": an entry, not a refuge
        if went or self.cues.origin_before.search(before):
            # where people went or came from, unless news of its own follows ("came from Kunduz, which fell")
            return (
                "place"
                if _OWN_RELATIVE.match(low, end) or _LIST_THEN_RELATIVE.match(low, end)
                else "destination"
            )
        if self.cues.speaker_place_before.search(before):
            return "speakers"
        return "place"

    def _paired_with_a_province(self, low: str, start: int, end: int) -> bool:
        """Whether a name its province shares is followed by "and" or "or" and a province whose
        capital has another name ("the fighting in Kandahar and Helmand"): the province."""
        if self.gazetteer.capital_of_province(low[start:end]) is None or _CAPITALS_OF_BEFORE.search(
            low, max(0, start - 30), start
        ):
            return False  # (not "the capitals of Sar-e-Pul and Takhar": those provinces' capitals)
        joined = _AND_OR.match(low, end)
        other = self.gazetteer.province_re.match(low, joined.end()) if joined else None
        if other is None and (before := _PROVINCE_AND_BEFORE.search(low, max(0, start - 40), start)):
            # "several districts of Helmand and Kandahar": the item after a province is one too
            other = self.gazetteer.province_re.match(low, before.start(1))
            if other is None or other.end() != before.end(1):
                return False
        capital_id = self.gazetteer.capital_of_province(other.group(0)) if other else None
        if other is None or capital_id is None:
            return False
        capital = self.gazetteer.capitals[capital_id]
        names = (capital.name, *capital.variants)
        province = other.group(0)
        return not any(
            fold_accents(n).lower() in province or province in fold_accents(n).lower() for n in names
        )

    def _armed_before(self, before: str) -> bool:
        """Whether armed men or a side other than the holder are named in the words before."""
        return bool(_ARMED_WORD.search(before)) or self._challenger_named(before)

    def _armed_subject(self, before: str) -> bool:
        """Whether a side other than the holder is named just before a movement, or its fighters
        ("hours after their fighters began moving into the capital")."""
        return bool(_FIGHTERS_BEFORE.search(before)) or self._challenger_named(before[-40:])

    def _challenger_named(self, text: str) -> bool:
        """Whether the text names a side other than the holder."""
        return any(a.actor != self.gazetteer.incumbent for a in self.gazetteer.actor_mentions(text))

    def _resolve_coref(
        self,
        ctx: Context,
        sentence: Sentence,
        low: str,
        position: int,
        earlier: list[Mention],
        *,
        regional: bool,
    ) -> str | None:
        """The capital a phrase such as "the city" stands for. `regional`: the phrase names a region's
        seat ("the provincial capital"), which the national capital a story has talked about is not
        ("an hour from Kabul ... forces pulled back towards the provincial capital")."""
        if (
            0 <= ctx.town_told_at < sentence.index <= ctx.town_told_at + 2
            and _TOWN_AT.match(low, position)
            and not any(m.via == "name" and m.role == "place" and m.start < position for m in earlier)
        ):
            return None  # "Spin Boldak, the border town ... / commandos reached the outskirts of the town"
        towns = list(_TOWN_NAMED.finditer(sentence.text, 0, position))
        if (
            towns
            and (not regional or _TOWN_AT.match(low, position))  # ("the town" is no region's seat)
            and not any(m.start == towns[-1].start("name") for m in earlier)
        ):
            return None  # "a ceasefire in the city of Manbij, after ... took control of the city": that town
        if "," in low[:position]:
            # "local factions in Daraa, many of them former rebels who made peace with Damascus,
            # took control of the city": not a capital an aside closed before the phrase names, when
            # a place is named outside it
            asides = [a.span() for a in _PARENTHETICAL.finditer(low, 0, position)]
            outside = [m for m in earlier if not any(a < m.start < b <= position for a, b in asides)]
            if any(m.role == "place" and m.start < position for m in outside):
                earlier = outside
            opening = _OPENING_ASIDE.match(low)
            named = [m for m in earlier if m.start < position]
            if (
                opening is not None
                and opening.end() <= position
                and named
                and all(opening.start(1) < m.start < opening.end(1) for m in named)
                and (topic := ctx.topic(sentence)) is not None
                and topic not in {m.capital for m in named}
            ):
                # "The wording, familiar from the statement on Aleppo last week, amounted to an
                # acknowledgement that the city had been lost": an aside's capital, no antecedent
                return topic
        # names of capitals, not of provinces before the phrase ("In the province of Sweida, ...
        # in the provincial capital")
        names = {
            (m.start, m.end)
            for m in earlier
            if m.via == "name" and not (m.role == "province" and m.start < position)
        }
        named_before = [
            m for m in earlier if m.via == "name" and _APPOSITION_GAP.fullmatch(low, m.end, position)
        ]
        if named_before:  # "Bazarak, the provincial centre": the name it stands beside
            return named_before[-1].capital
        keepers = [
            m for m in earlier if m.via == "name" and _KEEPER_SUBJECT_GAP.fullmatch(low, m.end, position)
        ]
        if keepers:  # "Jalalabad's governor surrendered the city to them": the keeper's own city
            return keepers[-1].capital
        places_before = [m for m in earlier if m.via == "name" and m.role == "place" and m.start < position]
        if places_before and _SHARED_SUBJECT_GAP.fullmatch(low, places_before[-1].end, position):
            return places_before[-1].capital
        for m in reversed(earlier):  # "... and Tarinkot, where the governor hands over the city"
            where = WHERE_AFTER.match(low, m.end) or (
                PLACED_WHERE_AFTER.match(low, m.end) if m.end <= position else None
            )  # "and Khowst in the southeast, where officials said the governor handed the city over"
            if (
                m.via == "name"
                and where
                and m.end <= position
                and not any(where.end() <= o.start < position for o in earlier)
            ):
                if m.role == "reference":
                    # "Mehtarlam, the capital of Laghman, east of Kabul, where ...": the place, not
                    # the landmark it is placed by
                    heads = [h for h in earlier if h.start < m.start and h.role == "place"]
                    return heads[-1].capital if heads else None
                return m.capital
        provinces = [
            (m.start(1), self.gazetteer.capital_of_province(m.group(1)))
            for m in self.gazetteer.province_re.finditer(low)
            if ((m.start(1), m.end(1)) not in names or low.startswith(" province", m.end(1)))
            and not ctx.in_dateline(sentence, m.start(1))
            # "told Balkh Regional Service by phone": an outlet's name, no province
            and not self.cues.outlet_after.match(low[m.end(1) : m.end(1) + 40])
            # "accounts close to the resistance in the Panjshir valley": a landscape, no seat's province
            and not low.startswith(_LANDSCAPE_AFTER, m.end(1))
            and not m.group(1).endswith(_LANDSCAPE_AFTER)
            # "Maarat al-Numan, in the south of Idlib province, ... took the town": the province
            # places another town; the phrase is that town, not the province's capital
            and not _LOCATING_PROVINCE.search(low, max(0, m.start(1) - 40), m.start(1))
            # "families from Shomali and Parwan ... moved to relatives in the old city": where people
            # came from, not where the news is (but "fighters from Daraa province, who seized their
            # own provincial capital": theirs)
            and not (
                not low.startswith("their ", position)
                # (nor "factions from the province of Quneitra said they had taken over the
                # governorate and its capital": the region's own seat)
                and not _REGION_AND_ITS.search(low, max(0, position - 30), position)
                and (
                    self.cues.origin_before.search(low, max(0, m.start(1) - 80), m.start(1))
                    # (nor where they went: "officials had fled toward neighbouring Badakhshan
                    # after the city was overrun")
                    or self.cues.destination_before.search(
                        _NEARBY_TAIL.sub("", low[max(0, m.start(1) - 80) : m.start(1)])
                    )
                )
            )
        ]
        located = any(
            _LOCATING_PROVINCE.search(low, max(0, m.start(1) - 40), m.start(1))
            for m in self.gazetteer.province_re.finditer(low, 0, position)
        )
        town = _TOWN_AT.match(low, position) is not None
        before = {
            m.capital
            for m in earlier
            if m.start < position and (m.role in ("place", "speakers") or (m.role == "modifier" and not town))
        }
        places = {m.capital for m in earlier if m.start < position and m.role == "place"}
        if regional and self.national_capital:
            # "Residents who reached Kabul said the provincial capital had come under fire": a
            # region's seat is not the national capital the sentence names
            before.discard(self.national_capital)
            places.discard(self.national_capital)
        speakers = [m for m in earlier if m.start < position and m.capital in before]
        if (
            not places
            and before
            and all(m.role == "speakers" for m in speakers)
            # (officials in a provincial capital speak of their own city: "officials in Herat said
            # troops had pushed the insurgents out of the city's southern edge")
            and (self.national_capital is None or all(m.capital == self.national_capital for m in speakers))
            # (or refused to confirm it: "officials in Kabul had refused to confirm the fall of the city";
            # or disputed it: "a spokesman in Kabul disputed that the city had been lost")
            and any(
                self.cues.speech.search(low, m.end, position)
                or self.cues.confirm.search(low, m.end, position)
                or self.cues.denial.search(low, m.end, position)
                for m in speakers
            )
        ):
            # "Officials in Kabul said the Taliban had been driven out of the city": where the
            # speakers are, unless the article is about it (not where officials who act are:
            # "officials in Bamyan handed their city over")
            topic = self._coref_topic(ctx, sentence, regional, _ITSELF.match(low, position) is not None)
            if topic is not None:
                return topic
        fronted = earlier[0] if earlier and FRONTED_LOCATIVE.fullmatch(low, 0, earlier[0].start) else None
        phrase = _FRONTED_PHRASE_END.match(low, fronted.end) if fronted is not None else None
        if (
            fronted is not None
            and phrase is not None
            and phrase.end() <= position
            and all(m.start < phrase.end("appositive") for m in earlier if m.start < position)
        ):  # "In Douma, the main town of the Eastern Ghouta outside Damascus, which ..., fighters
            # took control of the town": the fronted place, not those its asides name
            return fronted.capital
        if fronted is not None and phrase is not None:
            others = [
                m for m in earlier if phrase.end() <= m.start < position and m.capital != fronted.capital
            ]
            if others and all(
                _RELATIVE_BEFORE.search(low, max(phrase.end(), m.start - 60), m.start) for m in others
            ):  # "In Deraa, factions that had made peace with Damascus in 2018 seized the city": the
                # fronted place, not one a relative clause on the subject names
                return fronted.capital
        joints = [j.end() for j in _CLAUSE_JOINT_OR_SEMICOLON.finditer(low, 0, position)]
        own_facility = _own_clause_facility(low, position, earlier, joints)
        if own_facility is not None:
            return own_facility
        acting = {
            m.capital
            for m in _named_in_last_clause(earlier, joints, position, "speakers")
            if _OWN_VERB_GAP.fullmatch(low, m.end, position) is not None
        }
        if (
            len(acting) == 1
            and not any(joints[-1] <= m.start < position and m.role == "place" for m in earlier)
            and any(m.start < joints[-1] for m in earlier)
        ):  # "took over the governor's office in Latakia on Sunday, and on Monday officials in Tartus
            # handed the city over": the city of those who act in the phrase's own clause
            return acting.pop()
        if (
            len(before) == 1 or len(places) == 1
        ):  # "In Douma, the main town of the Damascus countryside, ... the town"
            return next(iter(before if len(before) == 1 else places))
        opened = [
            m
            for m in earlier
            if m.start < position
            and m.via == "name"
            and _CLAUSE_LOCATIVE.search(low, max(0, m.start - 16), m.start)
            and not any(m.end <= o.start < position for o in earlier)
        ]
        if opened:  # "Clashes went on near Herat, while in Kandahar fighting hit the edge of the city"
            return opened[-1].capital
        own_clause = {
            m.capital
            for m in _named_in_last_clause(earlier, joints, position, "place")
            # (not the national capital as the clause's subject: "; Kabul concedes parts of the
            # city lost", the government)
            if not (m.capital == self.national_capital and not low[joints[-1] : m.start].strip())
        }
        if len(own_clause) == 1 and any(m.start < joints[-1] for m in earlier):
            # "... took Kunduz, Sar-e Pul and Taloqan, and on Monday elders in Aybak persuaded its
            # governor to hand the city over": the one capital the phrase's own clause names, after
            # a clause naming others
            return own_clause.pop()
        left = [
            m
            for m in earlier
            if m.start < position
            and m.role in ("destination", "place")
            and _WITHDREW_FROM.search(low, 0, m.start)
        ]
        if len({m.capital for m in left}) == 1 and not any(
            left[-1].start < m.start < position for m in earlier if m.capital in before
        ):  # "troops withdrew from Deir al-Zor and the SDF took control of the city" (the last named)
            return left[-1].capital
        if before:
            return None
        went = [m for m in earlier if m.start < position and m.role == "destination" and m.via == "name"]
        if len({m.capital for m in went}) == 1 and _THERE.search(low, went[-1].end, position):
            # "I went out to Douma ..., and people there told me fighters took over the town": the
            # place the teller went to, which "there" names again
            return went[-1].capital
        # "the governor of Khost province handed the provincial capital over": the province just
        # named before the phrase owns it; else the only province the sentence names
        preceding = {capital for start, capital in provinces if start < position and capital}
        if (
            preceding
            and _TOWN_AT.match(low, position)
            and _DISTRICT_NAMED.search(
                low, max(start for start, _ in provinces if start < position), position
            )
        ):
            return None  # "Kandahar province: Spin Boldak district fell when fighters took the town"
        # not where people went ("left the city towards Balkh province")
        named_after = {m.capital for m in earlier if m.start > position}
        anywhere = {
            capital
            for start, capital in provinces
            if capital
            and (
                start < position
                # nor the province of an appositive ("The city's fall came as ... Lashkar Gah, the
                # capital of Helmand province"): the name told there is another city than the phrase's
                or not (self._elsewhere(low[max(0, start - 40) : start]) or capital in named_after)
            )
        }
        if len(preceding) == 1:
            return next(iter(preceding))
        if located and _TOWN_AT.match(low, position):
            return None  # "Maarat al-Numan (Idlib governorate) / Opposition took the town": that town
        if not preceding and len(anywhere) == 1 and not _TOWN_AT.match(low, position):
            # not "had taken control of the town and the crossing in southern Kandahar province":
            # a town the sentence's province names only after it may be any of its towns
            return next(iter(anywhere))
        if anywhere:
            return None
        # "the countryside north of Aleppo ... most of the city itself": the one capital named as
        # a distance reference (a region's seat is not the national capital: "south of Kabul")
        town = _TOWN_AT.match(low, position) is not None
        references = {
            m.capital
            for m in earlier
            if m.start < position
            and m.role == "reference"
            and not (town and self._places_a_named_town(sentence.text, m))
            # not where a road leads ("pulled out towards the highway to Mazar-i-Sharif and the
            # Taliban entered the city"): the city the story is about
            and not _ROAD_TO.search(low, max(0, m.start - 40), m.start)
            # nor where fighters came from ("fighters from the south, moving up the highway from
            # Daraa, clashed ... on the city's outskirts")
            and not self.cues.origin_before.search(low, max(0, m.start - 80), m.start)
        }
        if regional and self.national_capital:
            references.discard(self.national_capital)
        if len(references) == 1:
            return next(iter(references))
        topic = self._coref_topic(ctx, sentence, regional, _ITSELF.match(low, position) is not None)
        if topic is None:
            # "they had captured the city, but a spokesman rejected the claim, saying Qala-e-Naw
            # remained in government hands": with no capital before, the one named after
            later = {
                m.capital
                for m in earlier
                if m.start > position
                and m.via == "name"
                and m.role == "place"
                and _GAINSAID.search(low, position, m.start)
            }
            if not later:
                # ""The governor made a deal and handed over the city," a member of the Ghazni
                # provincial council said": the city of the local office the speaker holds
                later = {
                    m.capital
                    for m in earlier
                    if m.start > position
                    and m.via == "name"
                    and m.role == "modifier"
                    and m.capital != self.national_capital
                    and self.cues.speech.search(low, m.end)
                }
            return next(iter(later)) if len(later) == 1 else None
        return topic

    def _places_a_named_town(self, text: str, reference: Mention) -> bool:
        """The capital is named as the landmark of a place named just before ("fled the Tal Rifaat
        area north of Aleppo after factions captured the town"): "the town" is that place, not
        the capital ("took the towns of Rastan and Talbiseh north of Homs ... the outskirts of the
        city" is). Not the sentence's first word alone ("Fighting north of Aleppo"), not a side
        ("Taliban north of Kunduz"), not a capital or a country."""
        window = max(0, reference.start - 90)
        before = text[window : reference.start]
        direction = self.cues.reference_before.search(before.lower())
        named = _NAMED_PLACE_END.search(before, 0, direction.start()) if direction else None
        if named is None:
            return False
        name = named.group("name")
        opens_sentence = window == 0 and named.start() == 0
        if opens_sentence and " " not in name and not named.group("noun"):
            return False
        return not (
            self.gazetteer.actor_of(name)
            or self.gazetteer.capital_mentions(name)
            or self.gazetteer.countries_in(name.lower())
        )

    def _elsewhere(self, before: str) -> bool:
        """A province named after "the city" as where people went or came from, or as a neighbour
        ("an offensive from their enclave in neighbouring Idlib province"): not the city's own."""
        return bool(
            self.cues.destination_before.search(before)
            or self.cues.origin_before.search(before)
            or _NEIGHBOURING.search(before)
        )

    @staticmethod
    def _pair_mentions(ctx: Context, sentence: Sentence, low: str, found: list[Mention]) -> list[Mention]:
        """ "Daraa and Suwayda, where local factions took over both provincial capitals": a phrase for
        two cities stands for the two capitals the sentence names as places, or else the two whose
        news the sentence before told; with any other count it is left unread."""
        pairs: list[Mention] = []
        for match in _BOTH_CITIES.finditer(low):
            named = sorted({m.capital for m in found if m.start < match.start() and m.role == "place"})
            if not named:  # the two whose news the sentence before told, not those it names in passing
                named = sorted(ctx.focus_by_sentence.get(sentence.index - 1, set()))
            if len(named) == 2:
                pairs += [Mention(c, match.start(), match.end(), "place", "coref") for c in named]
        return pairs

    def _coref_topic(self, ctx: Context, sentence: Sentence, regional: bool, itself: bool) -> str | None:
        topic = ctx.topic(sentence, past_elsewhere=itself)
        return None if regional and topic == self.national_capital else topic

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
            if trigger.end <= mention.start and trigger.text in _SUBJECT_ONLY_PARTICIPLES:
                continue  # "With Mazar gone, ... among them Jalalabad": a participle with no object
            if trigger.end <= mention.start and self._listed_after_colon(text, trigger, mention, others):
                best.setdefault(trigger.spec.type, (mention.start - trigger.end + 40, trigger))
                continue
            if (
                clause_of(clauses, trigger.start) is not clause
                and clause_of(clauses, trigger.end - 1) is not clause
                and not (trigger.spec.role == "subject" and _ASIDE.match(text, mention.end, trigger.start))
                and not _told_where(text, mention, trigger, others)
                # "the fourth capital lost, after Zaranj and Sheberghan": `_link` reads the gap
                and not (trigger.end <= mention.start and _ORDINAL_FALL_TEXT.search(trigger.text))
                # "took the city of Aleppo on 30 November, then the city of Hama on 5 December, and
                # the city of Homs on 7 December": the list's last item, split off by its article
                and not (
                    trigger.end <= mention.start
                    and _LAST_CITY_OF_ITEM.fullmatch(text.lower(), clause.start, mention.start)
                )
                # "on the outskirts of Kandahar, where rockets struck the airport, and around Herat":
                # a list item's relative clause closes before the next item
                and not (
                    trigger.end <= mention.start
                    and _RELATIVE_ITEM_ASIDE.search(text, trigger.end, mention.start)
                )
            ):
                continue
            distance = self._link(text, mention, trigger, others)
            kind = trigger.spec.type
            if distance is None:
                continue
            if kind in best and self._main_after_aside(text, mention, best[kind][1], trigger):
                best[kind] = (distance, trigger)  # "Hama, which the army had held for years, fell"
            elif (kind not in best or distance < best[kind][0]) and not (
                kind in best and self._main_after_aside(text, mention, trigger, best[kind][1])
            ):
                best[kind] = (distance, trigger)
        chained = self._chained_predicates(text, mention, triggers, best, others)
        low = text.lower() if best else ""
        for first in triggers if best else ():  # "they broke in and took the city": both verbs' object
            if first.spec.role != "object" or first.spec.type in best or first.end > mention.start:
                continue
            second = next(
                (
                    t
                    for _, t in best.values()
                    if t.spec.role == "object"
                    and first.end < t.start < mention.start
                    and _SHARED_OBJECT_GAP.fullmatch(low, first.end, t.start)
                ),
                None,
            )
            if second is not None:
                best[first.spec.type] = (best[second.spec.type][0] + 1, first)
                chained.add(first.start)
        ranked = [trigger for _, trigger in sorted(best.values(), key=lambda item: item[0])]
        if (
            not ranked
            and _LAST_ITEM_BEFORE.search(text, 0, mention.start)
            and _LAST_ITEM_ALONE.fullmatch(text, mention.end)
        ):
            return self._first_item_verbs(text, mention, triggers, clauses, mentions)
        if not ranked:
            return self._set_in(text, mention, triggers, mentions)
        own = [t for t in ranked if not (t.spec.role == "subject" and t.end <= mention.start)]
        if own:  # a mention with its own predicate borrows none from a list before it
            ranked = own
        # A second reading must not reach across another capital ("X, which fell, and Y, which was
        # handed over": X was not handed over).
        return ranked[:1] + [
            t
            for t in ranked[1:]
            if t.start in chained
            # "took Charikar and Maidan Shahr, which had come under attack on Saturday": the verb
            # of the list the capital ends, past the items before it
            or (
                t.spec.role == "object"
                and t.end <= mention.start
                and _list_before(text, t, mention, mentions)
            )
            or not any(
                min(t.start, mention.start) < m.start < max(t.end, mention.end)
                for m in mentions
                if m is not mention
                and m.role != "reference"  # not "the capital of Wardak west of Kabul"
                # "Kunduz, where fighting raged on the edges of the city, fell"
                and m.capital != mention.capital
            )
        ]

    def _first_item_verbs(
        self,
        text: str,
        mention: Mention,
        triggers: list[Trigger],
        clauses: list[Clause],
        mentions: list[Mention],
    ) -> list[Trigger]:
        """A last item left alone at the sentence's end, past a clause of the first item's own
        ("took Sharana ..., after elders brokered a handover with the governor, and Asadabad, the
        capital of Kunar, officials said"): the take of the first capital the verb has as object."""
        first = next(
            (m for m in mentions if m.via == "name" and m.role == "place" and m.end < mention.start), None
        )
        if (
            first is None
            or first.capital == mention.capital
            or (
                not _SUBORDINATE_AFTER_ITEM.search(text, first.end, mention.start)
                and _ITEM_PARTICIPLE_WORD.search(text.lower(), first.end, mention.start)
            )
        ):
            return []  # (not "hold Sheberghan, taken by the Taliban on Saturday, and Zaranj")
        return [
            t
            for t in self._governing_triggers(text, first, triggers, clauses, mentions)
            if t.spec.role == "object"
            and t.spec.type in ("captured", "entered", "retaken")
            and t.end <= first.start
        ]

    def _names_national_capital(self, article: Article) -> bool:
        """Whether the article names the national capital anywhere, its headline included."""
        return any(
            capital == self.national_capital
            for text in (article.title or "", article.body)
            for capital, _, _ in self.gazetteer.capital_mentions(text)
        )

    @staticmethod
    def _set_in(
        text: str, mention: Mention, triggers: list[Trigger], mentions: list[Mention]
    ) -> list[Trigger]:
        """A sentence set in a capital by a fronted place phrase ("In Kandahar, Taliban fighters
        attacked police posts"; "On the edges of Kandahar, the second city, ..."): the attack its
        main clause tells, on something in the city, is fighting there."""
        low = text.lower()
        if (
            mention.via != "name"
            or mention.role != "place"
            or not _FRONTED_SETTING.fullmatch(low, 0, mention.start)
        ):
            return []
        opened = _SETTING_COMMA.match(low, mention.end)
        if opened is None:
            return []
        for trigger in triggers:
            if (
                trigger.start < opened.end()
                or trigger.spec.type != "contested"
                or trigger.spec.role != "object"
                or not _ATTACK_VERB.match(trigger.text)
            ):
                continue
            if _NOT_MAIN_CLAUSE.search(low, opened.end(), trigger.start) or (
                trigger.text.endswith("ing") and _PREPOSED_GERUND.search(low, 0, trigger.start)
            ):
                return []  # "In Herat, the defence rested on a commander who had fought the Soviets"
            if (noun := FIGHTING_NOUN.match(trigger.text)) is not None and (
                not _SUBJECT_OPENING.fullmatch(low, opened.end(), trigger.start)
                or _FIGHT_PLACE_AFTER.match(low, trigger.start + len(noun.group(0)))
            ):
                # not the fight as the subject ("In Kabul, Afghans fleeing the fighting ..."), nor one
                # with a place of its own ("fighting continued on Monday around the airport")
                continue
            if any(
                m is not mention and m.role in ("place", "province") and m.start >= trigger.start
                for m in mentions
            ):
                return []  # "attacked posts in Zhari district of Kandahar province": told where, elsewhere
            return [trigger]
        return []

    @staticmethod
    def _chained_predicates(
        text: str,
        mention: Mention,
        triggers: list[Trigger],
        best: dict[str, tuple[int, Trigger]],
        others: list[tuple[int, int]],
    ) -> set[int]:
        """A second predicate of the same subject: "Maidan Shahr came under attack on Saturday and
        fell in the afternoon", "was besieged for weeks before it fell" (the capital fell too).
        Added to `best`; returns where they start."""
        linked = [t for _, t in best.values() if t.start >= mention.end]
        chained: set[int] = set()
        if not linked:
            return chained
        low = text.lower()
        for trigger in triggers:
            kind = trigger.spec.type
            if kind in best or trigger.spec.role != "subject" or trigger.start <= mention.end:
                continue
            first = max((t for t in linked if t.end <= trigger.start), key=lambda t: t.end, default=None)
            if (
                first is not None
                and _CHAINED_PREDICATE.fullmatch(low, first.end, trigger.start)
                and not any(first.end <= start < trigger.start for start, _ in others)
            ):
                best[kind] = (trigger.start - mention.end, trigger)
                chained.add(trigger.start)
        return chained

    @staticmethod
    def _main_after_aside(text: str, mention: Mention, inner: Trigger, main: Trigger) -> bool:
        """Whether `inner` sits in a relative clause set off right after the capital and `main`, a
        subject's verb of the same kind, comes after that clause: the sentence's own news."""
        aside = _CLOSED_RELATIVE.match(text, mention.end)
        return (
            aside is not None
            and aside.start() <= inner.start < aside.end() <= main.start
            and main.spec.role == "subject"
            # (not a holding that goes on: "Pul-e Alam, which the insurgents took on Friday,
            # remained under their control" tells the take in its aside)
            and not main.text.startswith(("still ", "remain"))
        )

    def _listed_after_colon(
        self, text: str, trigger: Trigger, mention: Mention, others: list[tuple[int, int]]
    ) -> bool:
        """A list of capitals after a colon, where the clause before it names capitals in the
        plural: "Three capitals fall in a single day: Kunduz, the main city of the northeast;
        Sar-e Pul; and Taloqan", "the Taliban have seized five cities: Zaranj, Sheberghan, ...".
        With semicolons every earlier item must hold a capital; with commas nothing but capitals
        and separators may come between the colon and this one."""
        opener = _LIST_OPENER.search(text, trigger.end, mention.start)
        colon = opener.end() - 1 if opener else -1  # where the list's items start, less one
        if colon < 0:  # "have taken 18 of the 34 capitals, including Kandahar and Herat"
            including = _INCLUDING.search(text, trigger.end, mention.start)
            colon = including.end() - 1 if including else -1
            if (
                colon < 0
                or ";" in text[trigger.end : colon]
                or _CLAUSE_JOINT.search(
                    text, trigger.end, colon
                )  # "hold five, and threaten others, including X"
                or _INCLUDING.search(text, colon + 1, mention.start)
            ):
                return False
        elif _LIST_OPENER.search(text, colon + 1, mention.start):
            return False
        if _KEPT_HEAD.search(text.lower(), trigger.end, colon):
            return False  # "The loss of Herat leaves the government holding a handful of cities: Kabul, ..."
        head_start = max(text.rfind(";", 0, trigger.start), text.rfind(":", 0, trigger.start), 0)
        if not self.cues.plural_capitals.search(text.lower(), head_start, colon) and not (
            opener is not None and _BARE_COUNT.fullmatch(text.lower(), trigger.end, colon)
        ):
            return False  # (but "the insurgents took three: Kunduz, Taloqan and Sar-e Pul")
        listed = blank_spans(text, colon + 1, mention.start, others)
        if ";" in listed:
            starts = [s for s, _ in others if colon < s < mention.start]
            bounds = [colon, *(colon + 1 + i for i, c in enumerate(listed) if c == ";")]
            return all(any(a < s < b for s in starts) for a, b in pairwise(bounds))
        # "Lashkar Gah in Helmand, Qalat in Zabul": where an item lies is part of the item
        # "Kunduz, the commercial hub of the north, Sar-e Pul and Taloqan": an item's appositive too
        items = _APPOSITION_IN_LIST.sub(" ", self._item_place.sub(" ", _ITEM_DAY.sub(" ", listed.lower())))
        items = _ITEMS_HEAD.sub("", items)  # "including the country's second and third cities, X and Y"
        items = _CITY_LABEL_END.sub("", items)  # "including the strategic city of Kunduz"
        return _LIST_SEPARATORS.fullmatch(items) is not None

    def _link(
        self, text: str, mention: Mention, trigger: Trigger, others: list[tuple[int, int]]
    ) -> int | None:
        """How closely a trigger governs a mention (smaller is closer), or None if it does not."""
        cues = self.cues
        if (
            mention.via == "coref"
            and trigger.spec.type in ("captured", "surrendered", "retaken")
            and _ITS_EDGE.match(text.lower(), mention.start)
            and _OUTLYING_NOUN.search(text.lower(), trigger.end, mention.start)
        ):
            # "after capturing two towns on its northern approaches": places outside it, no take of
            # the city (not "took several neighbourhoods on its western edge": a part of it)
            return None
        if trigger.end <= mention.start:
            if any(
                a < trigger.start < b <= mention.start
                and (
                    trigger.spec.role == "subject"
                    or _OBJECT_GAP_RELATIVE.match(text.lower(), a, trigger.start)
                )
                for a, b in closed_aside_spans(text.lower())
            ):
                # "lost Aleppo, which fell on Nov 30, and Hama"; "between Aleppo, which the rebels
                # seized on Saturday, and Homs": the aside's verb is Aleppo's
                return None
            gap = blank_spans(text, trigger.end, mention.start, others)
            low_gap = gap.lower()
            if _FRONTED_PARTICIPLE.fullmatch(trigger.text):
                return self._inverted(text, trigger, low_gap, mention, others)
            if trigger.spec.role == "object":
                return self._object_link(text, trigger, low_gap, mention, others)
            if trigger.spec.type == "surrendered" and low_gap.strip():
                # "surrendered to the Taliban in Herat": where it was (not the city's own "its gates"
                # right after "opened")
                located = self._object_link(text, trigger, low_gap, mention, others)
                if located is not None:
                    return located
            if _ORDINAL_TO_FALL.match(trigger.text) and _APPOSITION_COMMA.fullmatch(gap):
                return (
                    mention.start - trigger.end
                )  # "The first capital to be taken, Zaranj, ...", "... was Zaranj"
            # "X fell on Friday, Y on Saturday" and "X was the third to fall, along with Y"
            # (past a listed capital's appositive: "the same day as Taloqan, the capital of Takhar, and")
            no_times = DAYPART.sub(
                " ", self.times.pattern.sub(" ", _BLANKED_ITEM_APPOSITIVE.sub("", low_gap))
            )
            connected = cues.list_connectors.match(no_times)
            if _ORDINAL_FALL_TEXT.search(trigger.text) and (
                _AFTER_ORDINAL_GAP.fullmatch(no_times)
                or (
                    _AFTER_ORDINAL_SPAN_GAP.fullmatch(low_gap) is not None
                    and _OWN_DAY_AFTER.match(text.lower(), mention.end) is not None
                )
            ):
                # "the third provincial capital lost by the government, following Zaranj on 6 August
                # and Sheberghan on 7 August": the ones that fell before it
                return mention.start - trigger.end + 30
            if (
                connected
                and (no_times != low_gap or connected.group("phrase"))
                # not "Hama followed on Thursday, and Homs, the third city, fell late last night"
                and not self._own_verb_after(text, mention, others)
            ):
                return mention.start - trigger.end + 30
            if low_gap.strip() == "," and _TOO_AFTER.match(text.lower(), mention.end):
                return mention.start - trigger.end + 30  # "Kandahar is under attack, Herat too"
            return None
        if trigger.start < mention.end:
            return None
        if trigger.spec.type in ("captured", "surrendered") and _ONE_OF_THE_TAKEN.fullmatch(
            text.lower(), mention.end, trigger.start
        ):
            # "Kunduz, a crossroads city, was one of three provincial capitals the insurgents overran"
            return trigger.start - mention.end
        if (
            _FACILITY_SUBJECT.search(before := text.lower(), max(0, mention.start - 80), mention.start)
            or _QUANTITY_SUBJECT.search(before, max(0, mention.start - 40), mention.start)
        ) and not (
            (relative := _RELATIVE_NEXT.match(text, mention.end)) is not None
            and "," not in text[relative.end() : trigger.start]  # the relative clause's own verb
        ):
            return None  # "the airport in Aleppo is now controlled by the SDF": the facility's subject
        if (
            mention.via == "coref"
            and trigger.spec.type in ("captured", "surrendered")
            and _ITS_EDGE.match(text.lower(), mention.start)
        ):
            # "after government defences on its northern approaches collapsed": the edge's, not the city's
            return None
        if trigger.text.startswith("its ") and mention.end != trigger.start:
            return None  # "its capture": the capital "its" stands for, not one named before it
        if (
            trigger.text[:1] in "'’"
            and _POSSESSED_STREETS.match(trigger.text)
            and not self._armed_before(_own_clause(text[: mention.start].lower()))
        ):
            # "In the city's streets, shops shut early": nobody's fighters are there; nor in "X, who
            # fought the Taliban, has called for arms, and volunteers paraded through the city's streets"
            return None
        head_end = item_head_end(text, mention)
        if (
            head_end is not None
            and head_end <= trigger.start
            and (trigger.spec.role == "subject" or _ITEM_PARTICIPLE.fullmatch(trigger.text))
            # not "5. Homs and Hama: Homs, taken late on 7 December": a capital the item names again
            and not any(head_end <= start <= head_end + 2 for start, _ in others)
        ):  # "- Zaranj (Nimroz): fell on Friday": the item's predicate, with no subject of its own
            # (past the item's other participles: "- Homs: entered and taken on Dec 7")
            gap = _ITEM_PARTICIPLE_WORD.sub(" ", text[head_end : trigger.start].lower())
            if self._bridges(gap, cues.subject_bridge):
                return trigger.start - head_end
            if trigger.spec.role == "subject":
                return None
        if (
            head_end is not None
            and head_end <= trigger.start
            and trigger.spec.role == "object"
            and trigger.spec.type != "contested"  # (not "Fell on Sunday, with little fighting")
            and not trigger.text.endswith("inside")  # (nor "video shows fighters inside.")
            and not trigger.text.startswith("claim")  # (nor "Herat, Kandahar - what is only claimed")
            and (
                (
                    not any(trigger.end <= start < trigger.end + 60 for start, _ in others)
                    and (
                        _NO_OBJECT_AFTER.match(after := text[trigger.end : trigger.end + 80].lower())
                        # "- Suwayda: Druze groups took over the governorate and police buildings": its seat
                        or cues.seat_of_power.match(after)
                    )
                )
                # "- Aleppo: Rebels broke into the western districts": a part of it, entered
                or (
                    trigger.spec.type == "entered"
                    and (part := _CITY_PART_OBJECT.match(text[trigger.end : trigger.end + 80].lower()))
                    is not None
                    and not any(trigger.end <= start < trigger.end + part.end() + 5 for start, _ in others)
                )
            )
            and not any(head_end <= start < trigger.start for start, _ in others)
            and not _NEW_SENTENCE_IN_ITEM.search(text, head_end, trigger.start)
        ):  # "DOUMA — Local fighters took over on 8 December": an item's verb with no object of
            # its own takes the capital heading the item
            return trigger.start - head_end + 40
        if _told_where(text, mention, trigger, others):
            return trigger.start - mention.end  # "arrived in Tartus, where the takeover passed off calmly"
        if any(
            mention.end <= start
            and _OTHERS_RELATIVE.fullmatch(text, end, trigger.start)
            and _NEW_ITEM_BEFORE.search(text, max(0, start - 8), start)
            and _list_end(text, mention.end, others) < start
            for start, end in others
        ):
            # "Kunduz ... on Sunday, and Aybak, which was handed over": Aybak's clause (not "Farah
            # and Pul-e Khumri, which fell on Tuesday": the list's)
            return None
        gap = _without_opening_quote(
            text, blank_spans(text, mention.end, trigger.start, others), trigger.start
        )
        if (
            trigger.spec.role == "subject"
            and (" that " in gap or " which " in gap)
            and _LISTED_RELATIVE_GAP.fullmatch(gap.lower())
        ):
            # "Kunduz, Taloqan and Sar-e Pul, three provincial capitals that fell on Sunday": the
            # relative clause of the list's appositive is each item's
            return trigger.start - mention.end
        if (
            trigger.text == "falling"
            and _SHORT_PREDICATE.fullmatch(gap)
            and (mention.start == 0 or _CLAUSE_OPENING.fullmatch(text, 0, mention.start))
        ):  # "Aleppo went first, falling to HTS-led rebels": the subject of the clause it trails
            return trigger.start - mention.end + 30
        if (
            trigger.spec.type == "contested"
            and gap == " "
            and FIGHTING_NOUN.fullmatch(trigger.text)
            and _FIGHT_VERB_AFTER.match(text.lower(), trigger.end)
        ):  # "as Lashkar Gah fighting rages", "The Lashkar Gah battle enters its second week": the
            # name that premodifies the fight
            return 1
        if trigger.spec.role == "object":
            listed_end = _list_end(text, mention.end, others)
            if (
                _PARTICIPLE.fullmatch(trigger.text)
                and (
                    (
                        _PARTICIPLE_GAP.match(gap)
                        # (not past another capital right before it: "Pul-e Khumri, Aybak handed over")
                        and not any(
                            mention.end < e <= trigger.start and not text[e : trigger.start].strip()
                            for _, e in others
                        )
                    )
                    or (_ABSOLUTE_GAP.fullmatch(gap) and _WITH_BEFORE.search(text, 0, mention.start))
                    # "- Aug 8: Kunduz, the north's gateway city, overrun.": an item's head, its
                    # appositive, then its participle
                    or (
                        _CLOSED_APPOSITIVE_GAP.fullmatch(gap) is not None
                        and _ITEM_OPENING.fullmatch(text, 0, mention.start) is not None
                    )
                    # "Kunduz and Taloqan captured by Taliban", "with Latakia and Tartus taken": a
                    # capital or a list opening its clause, every item the participle's subject
                    or (
                        mention.via == "name"
                        and _ABSOLUTE_GAP.fullmatch(text, listed_end, trigger.start) is not None
                        and _opens_clause(text, mention.start, others)
                    )
                    # "Kandahar and Herat, taken on Friday and Thursday respectively": the list's
                    or (
                        (shared := _LIST_PARTICIPLE_GAP.fullmatch(text, listed_end, trigger.start))
                        is not None
                        # (the last of the list too where "both" or "all" says so)
                        and (mention.end < listed_end or bool(shared.group("plural")))
                    )
                )
                and self._participle_ends(text.lower(), trigger.end)
            ):  # "to Fayzabad in the far northeast, taken on Wednesday"; "with Latakia taken on Dec. 8"
                return trigger.start - mention.end
            # (past the name's head noun too: "parts of Kunduz city, which the Taliban seized")
            low_gap = _drop_appositive(_NAME_HEAD.sub("", gap, count=1)).lower()
            relative_object = bool(
                cues.relative_object.match(low_gap)
                and (
                    self.gazetteer.actor_re.search(low_gap)
                    or _SIDE_PRONOUN.search(low_gap)
                    or _ARMED_NOUN.search(low_gap)
                    # "from Hama, which it captured on Thursday": a side's "it", the one that takes
                    or (trigger.spec.type in ("captured", "retaken") and _IT_AS_TAKER.search(low_gap))
                )
                # not past another capital: "outside the city, ... after the loss of Aleppo, which
                # the rebels seized last Saturday" is Aleppo's clause (a landmark is no other:
                # "Pul-i-Khumri, on the road north of Kabul, which ...")
                and not any(
                    mention.end <= start < trigger.start
                    and not cues.reference_before.search(text[max(0, start - 60) : start].lower())
                    for start, _ in others
                )
                # nor past a clause of someone's words set off by commas ("In Kabul, the adviser's
                # office said it would recapture the lost districts, which leave the militants in
                # control of ..."): the relative clause is that clause's
                and not ((aside := _APPOSITIVE.match(gap)) and cues.speech.search(aside.group(0).lower()))
            )  # "the Jowzjan capital that the Taliban took", "the city which the group took over"
            if relative_object and _CLEFT_OPENING.match(text) and low_gap.lstrip(", ").startswith("that "):
                return None  # "It was on Sunday, after the news from Damascus, that fighters walked in"
            return trigger.start - mention.end if relative_object else None
        # "from Zaranj on the border, which fell": the antecedent, whatever governs it; also past an
        # appositive ("Kunduz, the largest city in the north, which fell")
        # (past the name's head noun too: "the streets of Kunduz city, which fell")
        for lead in (gap, _LEADING_APPOSITIVE.sub("", gap, count=1), _NAME_HEAD.sub("", gap, count=1)):
            relative = _RELATIVE_LEAD.match(lead)
            # "Pul-e Khumri, which it says fell to the Taliban": the speaker set into the clause
            if relative and self._bridges(_SAID_INSERT.sub(" ", lead[relative.end() :]), cues.subject_bridge):
                return trigger.start - mention.end
        restrictive = _APPOSED_RESTRICTIVE.match(gap)
        if (
            restrictive
            # (not "In Kabul, a defence ministry spokesman denied that the provincial capital had
            # fallen": a speaker's clause of what was said, of another place)
            and not cues.speech.search(gap, 0, restrictive.end())
            and not any(mention.end + restrictive.end() <= start < trigger.start for start, _ in others)
            and self._bridges(_SAID_INSERT.sub(" ", gap[restrictive.end() :]), cues.subject_bridge)
        ):
            return trigger.start - mention.end
        if mention.via == "coref" and _RESTRICTIVE_WHERE_GAP.fullmatch(gap.lower()):
            # "The city where Hafez al-Assad crushed a revolt in 1982 fell on Dec. 5": the phrase's
            # own verb, past the clause that picks the city out
            return trigger.start - mention.end
        if (
            trigger.spec.type == "surrendered"
            and trigger.spec.role == "subject"
            and FRONTED_LOCATIVE.fullmatch(lead := text[: trigger.start].lower(), 0, mention.start)
            and _HOLDERS_BEFORE.search(lead, mention.end)
            and not _POST_WORD.search(lead)
            and not any(mention.end <= start < trigger.start for start, _ in others)
        ):  # "In Herat, which the insurgents broke into on Thursday, ... senior provincial officials
            # surrendered to the Taliban": the holders of the city the sentence is set in
            return trigger.start - mention.end + 20
        aside = _OPEN_ASIDE.search(text, max(0, mention.start - 160), mention.start)
        if gap.lstrip().startswith(",") and aside and not _WHERE_OPENED.fullmatch(aside.group(0)):
            # "Aybak, which sits on the road between Mazar and Kabul, was handed over" (not "began in
            # the south-west, where Zaranj, the capital of Nimroz, was taken": the clause's subject)
            return None
        part = POSSESSED_PART.match(gap) if gap[:1] in "'’" else None
        if part is None and trigger.spec.type == "contested" and gap[:1] in "'’":
            part = _POSSESSED_EDGE.match(gap)  # "Hama's northern outskirts came under attack"
            if (
                part is not None
                and _LOCATING_ON_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                and gap[part.end() :].lstrip().startswith(",")
            ):
                # "The city's airport, on Aleppo's eastern edge, was still contested": the edge
                # places the subject, which is not the city
                return None
        preposition = _PREPOSITION_BEFORE.search(text, 0, mention.start)
        if (
            preposition
            and not (part and preposition.group(0).lower().startswith("of"))
            # "The outskirts of Hama were the scene of the fiercest fighting": the fight is the city's
            and not (
                trigger.spec.type == "contested"
                and _EDGE_OF_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
            )
            # "ended with Kandahar's fall": the possessive nominal is the capital's own
            and not (
                trigger.start == mention.end
                and trigger.text[:1] in "'’"
                and not preposition.group(0).lower().startswith("of")
            )
            # "with Damascus already gone": an absolute construction's subject
            and not (_WITH_BEFORE.search(text, 0, mention.start) and _ABSOLUTE_GAP.fullmatch(gap))
        ):
            return None  # "east of Kabul, was seized": Kabul is not the subject (but "nine of its districts" are)
        if _PEOPLE_IN_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            return None  # "The governor's staff in Aybak had gone by Sunday": they had, not the city
        facility = (
            _FACILITY_IN_BEFORE.search(text, 0, mention.start) if trigger.spec.type == "surrendered" else None
        )
        if facility is not None and not cues.governing_seat_any.search(
            text.lower(), max(0, facility.start() - 40), facility.end()
        ):
            # "soldiers holding out at the airport in Kunduz surrendered": they did, not the city
            # (but "the governor's compound in Lashkar Gah was handed over": the seat that governs it)
            return None
        # "Zaranj in the far south-west became the first to fall": where it lies, not a new clause
        # "Kandahar and Herat, the second- and third-largest cities, had fallen": the list, then the aside;
        # "Khost, in the southeast, and Maidan Shahr, ..., had fallen": past the first item's place
        # "Bamyan city, in the central highlands, was taken": the name's own head noun, then the aside;
        # "Bazarak and the rest of the valley had been captured": the city with what lies around it
        if part is not None:  # "Lashkar Gah's southern districts fell": a part of the city (told as partial)
            gap = gap[part.end() :]
        own = _AROUND_IT.sub("", _NAME_HEAD.sub("", gap, count=1), count=1)
        conjunct = _PLACE_CONJUNCT.match(own)
        if (
            conjunct is not None
            and not self.gazetteer.actor_re.search(conjunct.group(0).lower())
            and not self.gazetteer.countries_in(conjunct.group(0).lower())
        ):  # "Douma and the Eastern Ghouta have changed hands": a place that went with it
            own = own[conjunct.end() :]
        indent = len(own) - len(own.lstrip())
        if own[indent : indent + 3].lower() in ("in ", "of ") and (
            placed := self._item_place.match(own.lower(), indent)
        ):
            own = own[placed.end() :]  # "Farah in the west and Pul-e Khumri, on the highway, fall"
        listed = _drop_appositive(
            _LIST_BEFORE_ASIDE.sub("", _PLACE_BEFORE_AND.sub("", own, count=1), count=1)
        )
        listed = _LANDMARK_PLACE.sub(" ", self._item_place.sub(" ", listed.lower()))
        listed = _RAISED_REPORT.sub(" ", _LATER_ITEM_APPOSITIVE.sub(r"\1 ", listed))
        listed = _ONE_OF_CITIES.sub(" ", listed)  # "Lashkar Gah is one of three major cities under attack"
        item = (
            " and " in gap
            or _LIST_ITEM_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
        )
        # a sentence's opening subject past its day ("The city of Tartus on Monday passed under the
        # control of the opposition"), as a list's item past its own
        opens = _OPENING_SUBJECT.fullmatch(text, 0, mention.start) is not None
        if not self._bridges(listed, cues.subject_bridge, listed=item or opens):
            return None
        return trigger.start - mention.end

    @staticmethod
    def _own_verb_after(text: str, mention: Mention, others: list[tuple[int, int]]) -> bool:
        """Whether the capital, or the list of capitals it opens, has a verb of its own right
        after it: a headline's "Tarinkot handed over, Qalat and Qala-e-Naw fall"."""
        end = mention.end
        while (gap := _LIST_GAP.match(text, end)) and (
            following := next((e for s, e in others if s == gap.end()), None)
        ):
            end = following
        aside = APPOSITIVE.match(text, end)  # "Homs, the country's third city, fell"
        return _OWN_VERB_AFTER.match(text[aside.end() if aside else end : end + 160].lower()) is not None

    def _object_link(
        self, text: str, trigger: Trigger, low_gap: str, mention: Mention, others: list[tuple[int, int]]
    ) -> int | None:
        """How closely an object trigger before a mention governs it: bridging words only ("seized
        the key city of X"), or a place phrase after a locative trigger. A participle set off by a
        comma after a capital ("Zaranj, taken on Friday, and Sheberghan") qualifies that capital
        and governs nothing after it; with no capital before it, it is the verb of a subject set
        off by an aside ("The rebels, led by HTS, captured Aleppo")."""
        cues = self.cues
        if _APPROACH_VERB.search(low_gap):
            return None  # "broke into Homs and closed in on Damascus": the second is only neared
        if (
            trigger.spec.type == "captured"
            and _ORDINAL_BEFORE_TAKE.search(text.lower(), max(0, trigger.start - 60), trigger.start)
            and _AFTER_ORDINAL_SPAN_GAP.fullmatch(low_gap)
            and _OWN_DAY_AFTER.match(text.lower(), mention.end)
        ):
            # "the ninth provincial capital the Taliban have taken in less than a week, following
            # Pul-e Khumri on Tuesday": the one taken before it, on its own day
            return mention.start - trigger.end + 30
        after_mention = text[mention.end : mention.end + 140].lower()
        if _BOUNDARY_TRIGGER.search(trigger.text) and _POSSESSED_FACILITY.match(after_mention):
            return None  # "at the gates of Ghazni's old citadel": the facility's gates, not the city's
        owned = (
            _POSSESSED_FACILITY.match(after_mention)
            if trigger.spec.type in ("captured", "surrendered", "retaken")
            else None
        )
        if owned is not None and not cues.governing_seat_any.search(
            after_mention, owned.start(), owned.end() + 60
        ):
            return None  # "had overrun the city's intelligence office": the facility, not the city
        region = self._region_including.match(low_gap)
        if (
            region
            and ";" not in low_gap
            and _CAPITAL_NAMED.search(text[trigger.end + region.end() : mention.end].lower())
        ):
            # "took control of the governorate, including the offices in Baath City and the ruined
            # provincial capital, Quneitra": the region's capital is taken with it
            return mention.start - trigger.end
        if _REGION_AND_ITS.fullmatch(low_gap.lstrip()) and low_gap[:1].isspace():
            return mention.start - trigger.end  # "had taken over the governorate and its capital"
        if _PARTICIPLE.fullmatch(trigger.text) and any(
            end <= trigger.start and _QUALIFIED_CAPITAL.fullmatch(text, end, trigger.start)
            for _, end in others
        ):
            return None  # not "launched from Idlib province, captured Aleppo": a province is no capital
        if (
            _PARTICIPLE.fullmatch(trigger.text)
            and low_gap[:1] == ","
            and any(end <= trigger.start and not text[end : trigger.start].strip() for _, end in others)
        ):
            return None  # "With Hama lost, Homs is the last obstacle": the participle is Hama's
        if self._own_verb_after(text, mention, others) and (
            AND_BEFORE.search(low_gap)
            or low_gap.strip(" \"“”‘’'") == ","  # also when the clause is quoted
            # "Farah lost as Badakhshan capital comes under attack": a subordinate clause's subject
            or _SUBORDINATOR_GAP.fullmatch(low_gap) is not None
            or any(trigger.end <= start and end <= mention.start for start, end in others)
        ):
            # "took Zaranj on Friday and Kabul remains calm"; a headline's "Sharana handed over,
            # Asadabad falls": a clause of its own
            return None
        if _AND_WITH_IT.fullmatch(low_gap):
            return (
                mention.start - trigger.end
            )  # "surrendered the compound, and with it the city, to the Taliban"
        if _FRONTED_WITH.search(low_gap):
            return None
        if "," in low_gap and _OPEN_WITH_BEFORE.search(
            text.lower(), max(0, trigger.start - 80), trigger.start
        ):
            # "With Ghazni gone and Pul-e Khumri lost on Tuesday, the capital is being approached":
            # the absolute phrase ends at its comma, and its participle with it
            return None
        if FIGHTING_NOUN.fullmatch(trigger.text) and _THEN_ITEM.match(low_gap):
            # "took the city of Aleppo on 30 November after two days of battles, then the city of
            # Hama": the next object of the take, not the fight's
            return None
        if _AS_CLAUSE_GAP.search(low_gap):
            return None  # "Taliban seize first provincial capital as Lashkar Gah fighting rages": a clause of its own
        if _PLURAL_NOUN_TRIGGER.fullmatch(trigger.text) and _INCLUDING_GAP.match(low_gap):
            return None  # "areas that witnessed terrorist attacks, including Aleppo": the areas include it
        bridge = self._item_place.sub(
            " ",
            _ATTRIBUTION_ASIDE.sub(
                " ",
                _DASHED_ASIDE.sub(
                    " ",
                    _ITEM_ASIDE.sub(
                        ",", _RELATIVE_ITEM_ASIDE.sub("", _AND_ASIDE.sub(" ", _QUOTE_MARK.sub("", low_gap)))
                    ),
                ),
            ),
        )
        bridge = _IN_SEQUENCE.sub(" ", bridge)  # "has taken in succession Aleppo, Hama and Homs"
        bridge = _REMNANT_OF.sub(" ", bridge)  # "handed over what remained of the city on Friday"
        if _NAMED_CITY_OF.search(low_gap):  # "the Mediterranean port city of Tartus": a proper adjective
            raw = _QUOTE_MARK.sub("", blank_spans(text, trigger.end, mention.start, others))
            # (a time's capitalised weekday goes with its time: "captured last Saturday the city of")
            times = [t.span() for t in self.times.pattern.finditer(raw.lower())]
            bridge = " ".join(  # (past a scare quote: "had 'liberated' the city of Aleppo")
                word.group(0)
                for word in re.finditer(r"\S+", raw)
                if not word.group(0)[:1].isupper() and not any(x <= word.start() < y for x, y in times)
            )
        # "took Aleppo on 30 November after two days of battles, then Hama": the item's adjunct
        bridge = _SPAN_OF_FIGHTING.sub(" ", bridge) if _THEN_ITEM.search(bridge) else bridge
        if (
            trigger.spec.type == "entered"
            and (edges := _AND_AT_THE_EDGES.search(low_gap))
            and any(trigger.end <= start < trigger.end + edges.start() for start, _ in others)
        ):
            return None
        if trigger.spec.type in ("captured", "surrendered"):
            # "lost Aleppo to the rebels on Nov. 30 and Hama on Thursday": the side an item passed to
            # (or from) is the first item's, and the list goes on past it
            low_gap, bridge = self._item_side_blanked(low_gap), self._item_side_blanked(bridge)
        if self._bridges(bridge, cues.object_bridge) and not self.gazetteer.actor_re.search(low_gap):
            return mention.start - trigger.end
        if _PREPOSITION_END.search(trigger.text) and _OWN_OBJECT_THEN_VERB.match(low_gap):
            return None  # "the cost of the fighting in the north is visible in the city centre"
        place_end = mention.start - _city_label_length(low_gap)  # "on the edges of the city of X"
        listed_from = _list_start(text, mention.start, others)
        if listed_from < mention.start:
            # "battled Afghan forces in Herat, Kandahar and Lashkar Gah": where the list is placed
            place_end = listed_from - _city_label_length(text[trigger.end : listed_from].lower())
        located = cues.locative_before.search(lower_text(blank_spans(text, 0, place_end, others)))
        # how far the trigger's object runs, up to the place phrase ("clashing with the last
        # government units on the southern outskirts of X")
        object_end = (
            located.start()
            if located is not None
            and located.start() >= trigger.end
            and (
                (mark := _CLAUSE_MARK.search(text, trigger.end, located.start())) is None
                # (not a second armed group in the object: "battled government troops and allied
                # militia on the northern outskirts of X")
                or _ARMED_PAIR_AND.fullmatch(text.lower(), mark.start(), located.start()) is not None
            )
            else place_end
        )
        # (past a list item's own relative clause: "on the outskirts of Kandahar, where rockets struck
        # the airport, and around Herat")
        relative = sum(len(m.group(0)) for m in _RELATIVE_ITEM_ASIDE.finditer(low_gap))
        if not (
            (trigger.spec.type == "entered" or cues.locative_triggers.match(trigger.text))
            and object_end - trigger.end - relative <= (110 if _SIDES_BETWEEN.match(low_gap) else 60)
            and not any(
                trigger.end <= start < mention.start
                and (
                    _NEW_CLAUSE.search(
                        tail := _RELATIVE_ITEM_ASIDE.sub("", text[end : mention.start].lower())
                    )
                    # a headline's "push into Lashkar Gah, battle on edge of Herat": a clause of its own
                    or _VERB_AFTER_COMMA.match(tail)
                )
                for start, end in others
            )
        ):  # not past the capital the trigger took: "break into Herat as the ring around Kabul tightens"
            return None
        own_object = next((end for start, end in others if trigger.end <= start <= trigger.end + 5), None)
        if own_object is not None and _FINITE_VERB_NEXT.match(
            text, own_object
        ):  # "The battle for Qala-e-Naw was seen in Kabul as a test": the trigger's own object, then
            # its verb; the place after is the verb's
            return None
        if own_object is not None and _TIMED_VERB_NEXT.match(text.lower(), own_object):
            # "fighters who swept through Aleppo last week tried to break the defences around Syria's
            # fourth-largest city": the object's own time, then the subject's next verb
            return None
        if _HEADLINE_CLAUSE.search(low_gap):
            return None  # "Rebels push into Homs, say they are closing ring around Damascus"
        if _AND_FINITE_VERB.search(low_gap):
            return None  # "left Aleppo in the first days of the fighting and are now in Latakia"
        if _REASON_CLAUSE.search(low_gap):
            return None  # "surrendered because nobody in Kabul could tell them why": the reason's place
        if _AND_THAT.search(low_gap):
            # "said the campaign was a response to months of shelling and that its fighters intended
            # to push towards Aleppo": another thing said, with a place of its own
            return None
        if _CAME_WHEN.match(low_gap):
            return None  # "The clashes came a day after celebratory gunfire erupted across Kabul": the time's place
        if _AROUND_THE_CITY.search(low_gap):
            return None  # "heavy fighting in districts around the southern city": outside it
        if (
            located is None
            or (trigger.spec.type != "contested" and _FACILITY_IN_BEFORE.search(low_gap))
            or (trigger.spec.type == "surrendered" and cues.proximity.match(located.group(0)))
            or (trigger.spec.type == "entered" and _NEAR_ONLY.match(located.group(0)))
        ):
            # soldiers who surrendered "near Kunduz", "at a base in Kunduz" did not hand the city
            # over, nor did fighters "near Damascus" enter it; fighters who "stormed the Russian
            # naval base in Tartus" did not enter the city
            # (but an attack on a post in a city is a fight for it)
            return None
        return mention.start - trigger.end + 50  # "attacked checkpoints on the edges of X"

    def _item_side_blanked(self, gap: str) -> str:
        """A list's gap with the side an earlier item passed to or from blanked ("Aleppo to the
        rebels on Nov. 30 and"), when the list goes on after it with "and"."""
        sides = [
            (side.start(), m.end())
            for m in self.gazetteer.actor_re.finditer(gap)
            if (side := _SIDE_OF_ITEM.search(gap, max(0, m.start() - 12), m.start())) is not None
        ]
        if not sides or not _AND_AFTER_SIDE.search(gap, sides[-1][1]):
            return gap
        return blank_spans(gap, 0, len(gap), sides)

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
        if trigger.text.endswith("fallen"):
            return None  # "had fallen Kunduz" is no English; "the army lost Aleppo" is its loss (`_actor`)
        return self._object_link(text, trigger, low_gap, mention, others)  # "and also captured X": active

    def _participle_ends(self, low: str, end: int) -> bool:
        """What may follow a reduced participle ("X, taken on Wednesday"): a time or manner, or
        the agent when it is a side of the conflict ("taken by the Taliban", not "taken by
        hundreds of families")."""
        after = _AFTER_PARTICIPLE.match(low, end)
        if after is None:
            # a chronology's dated entry, whose participle ends it ("Aug 12 — Herat and Ghazni taken")
            return not low[end:].strip() and _DATED_ENTRY.match(low) is not None
        return (
            after.group("by") is None
            or bool(self.gazetteer.actor_re.match(low, after.end()))
            or bool(_SIDE_AGENT.match(low, after.end()))  # "handed over by the army under a deal"
        )

    def _bridges(self, gap: str, allowed: frozenset[str], listed: bool = False) -> bool:
        """Whether only `allowed` words (and time expressions) stand in the gap; in a `listed`
        item, a day's preposition too ("Zaranj on Friday and Shebirghan on Saturday were taken")."""
        gap = self.times.pattern.sub("\x00", gap.lower())
        if allowed is self.cues.object_bridge:
            gap = _DAY_PART_OF.sub("\x00", gap)  # "took Latakia on the evening of 8 December and Tartus"
        if listed:
            gap = _DAY_PREPOSITION.sub(" ", gap)
        gap = gap.replace("\x00", " ")
        if _STOP_IN_GAP.search(gap):
            return False
        return all(word.lower() in allowed for word in _WORD.findall(gap))
