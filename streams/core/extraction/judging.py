"""Judging a candidate event: the gates that drop negated, forecast and historical readings, the
modality (asserted, claimed, denied, partial) from cue words and the speaker, the actor, and the
readings that turn a control word around (a city held, lost, handed over)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from schemas.common import Modality
from streams.core.cues import Cue
from streams.core.extraction.base import ExtractorBase
from streams.core.extraction.context import (
    APPOSITIVE,
    CAPITAL_ASIDE,
    CITY_PARTS_AFTER,
    CLAIM_VERB,
    CLOSED_ASIDE,
    DATED_ASIDE,
    FIGHTING_NOUN,
    HAS_PERFECT,
    HOLDOUT,
    NOT_REJECTING,
    OWN_WHERE,
    PAST_VERB,
    PLACE_FROM,
    POSSESSED_PART,
    POST_WORDS,
    REFERENCE_TAIL,
    SINCE_CLAUSE,
    TURN,
    Scan,
    Trigger,
)
from streams.core.gazetteer import Mention
from streams.core.speakers import PASSIVE_BEFORE, Attribution
from streams.core.text import Clause, opens_unclosed_quote

_NEXT_SPEAKER = re.compile(
    r",\s*(?:and|while|but|after|as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:say|says|said|claim|claims|claimed)\b"
)
"""A clause with a speaker of its own after a confirmation ("..., officials confirmed, and the
insurgents say they have also taken Taloqan", "the ministry acknowledged, after the insurgents said
they had taken the whole of the city"): the confirmation is not about its news."""
_FIGHTERS_FROM = re.compile(
    r"\b(?:factions|fighters|groups|gunmen|militias|militiamen|rebels)\s+from\s+(?P<places>[\w'’ -]{3,60}?)"
    r"(?=\s*(?:,|\bsaid\b|\bhad\b|\bhave\b|\bwere\b|\bwas\b|\bclaimed\b|$))"
)
"""Unnamed fighters and the places they come from ("factions from Daraa and Suwayda said")."""
_REPORTS_THAT_WERE_FALSE = re.compile(
    r"(?:claims?|reports?|rumou?rs?|information|news)\s+(that|of)\s+(.+?)\s+(?:is|are|was|were)\s+[\"“']?"
    r"(?:(?:completely|totally|entirely|utterly|wholly|absolutely)\s+)?(?:false|untrue|baseless|incorrect|fabricated"
    r"|not true|lies|a lie)\b"
)
"""A rejection that says itself what it rejects ("reports that Assad had left the country were false",
"reports of a general collapse were lies", not "reports of a Taliban victory are lies": a side's)."""
_WALKED_IN = re.compile(r"(?:walk|march|dr[oi]v|roll|mov|c[ao]me)")
"""A movement verb, which a side's column or one man may be the subject of."""
_ONE_PERSON_BEFORE = re.compile(
    r"\b(?:he|she|i)\s+(?:(?!(?:said|says|told|tells|that|they|we|fighters|men|troops|forces|rebels|insurgents"
    r"|militants|soldiers|convoys?|columns?|units?)\b)[\w'’-]+\s+){0,14}?$"
)
"""He, she or I as the nearest subject of the verb: one person, not a side (not "he told me the
fighters drove into the city": the words he reports have a subject of their own)."""
_REGION_OF = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?(?:province|governorate|city)\s+of\s+")
"""A place's label before its name ("the southern province of Daraa")."""
_PLACES_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_DATED_BEFORE_RELATIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|capital|one)\s+(?:that|which|whose)\s"
)
"""A relative clause on an appositive after the news ("..., the city that the army had recaptured in
2016"): its years are its own when the news before it is dated."""
_NO_EVIDENCE_THAT = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:signs?|evidence|indications?|proof|suggestion)\s+(?:[\w'’-]+\s+){0,3}?that\b"
    # "Nothing in the posts suggested the city was under attack"
    r"|\bnothing\s+(?:[\w'’-]+\s+){0,4}?(?:suggested|suggests|indicated|indicates|showed|shows)\s+(?:that\s+)?"
    r"|\b(?:neither|no)\s+(?:side|one|party)\s+(?:has|had|have)\s+(?:yet\s+)?"
    r"(?:produced|offered|shown|given|provided|presented)\s+(?:any\s+)?(?:evidence|proof)\s+that\b"
    # "there was no sign on Sunday of a major push on that city": the event noun itself lacking
    r"|\bno\s+(?:\w+\s+)?(?:signs?|evidence|indications?)\s+(?:(?:on|by|as\s+of|yet|so\s+far)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"of\s+(?:(?:a|an|the|any)\s+)?(?:[\w'’-]+\s+){0,2}$"
)
"""A clause said to lack support: "there is no sign that Bazarak has changed hands"."""
_NOT_ANY_REPORT = re.compile(
    r"\b(?:not|never|nor)\b[^.;]{0,60}?\b(?:any|(?:followed|accompanied|backed\s+up|borne\s+out)\s+by(?:\s+any)?)\s+"
    r"(?:information|evidence|reports?|reporting|indications?"
    r"|signs?|proof|footage|confirmation)\s+(?:(?:indicating|suggesting|showing|pointing\s+to|of|about)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
)
"""A report said to be lacking, far from its negation ("has not been provided with, and has not
located, any information indicating armed clashes in Douma"), or said to have followed none ("such
statements have not, so far, been followed by reports of fighting in the city")."""
_SUBSET_BEFORE = re.compile(
    r"\b(?:some|most|several|many|a\s+few|one|two|three|four|five|all\s+but\s+one)\s+of\s+(?:them|which|those|these)\s+$"
    r"|\b(?:often|mostly|largely|frequently|in\s+many\s+cases)\s+$"
)
"""Part of a group before a surrender cue ("some of them without a fight"): not every capital told."""
_OTHER_PLACES_GAVE_UP = re.compile(
    r"\b(?:towns|villages|districts|positions|bases|outposts|checkpoints|areas|posts)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+)?(?:[\w'’-]+\s+){1,2}?(?:abandoned|gave\s+up|surrendered|left|handed\s+over|yielded|ceded)\s+$"
)
"""Other places a side gave up before a surrender cue ("through towns the army abandoned without a
fight"): their handover, not the capital's."""
_ACTION_NOUN = re.compile(
    r"(?:attacks?|assaults?|offensive|push|advance|siege|bombardment|shelling|capture|takeover|seizure)\b"
)
"""A trigger that is an action noun, which a side before it qualifies ("government attacks on")."""
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")
"""The word right before a position."""
_PREMODIFIER_GAP = re.compile(r"(?:['’]s?)?\s+")
"""Between a side and the noun it qualifies ("government attacks on", "the Taliban's assault on")."""
_FEW_GAVE_UP = re.compile(
    r"\b(?:a\s+(?:(?:large|great)\s+)?number\s+of|(?:large|great)\s+numbers\s+of|some|several|dozens\s+of"
    r"|scores\s+of|hundreds\s+of|a\s+few|a\s+handful\s+of|a\s+group\s+of)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:soldiers|troops|forces|personnel|policemen|police|officers"
    r"|commandos|guards|men|members)\s+(?:(?:had|have|has)\s+)?)?$"
)
"""Some of the defenders before a surrender cue ("a number of security personnel had laid down
their weapons", "some members of the security forces had surrendered to them"): men who gave up,
not the city handed over."""
_AT_POST_BEFORE = re.compile(
    rf"\b(?:at|in|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{POST_WORDS})\b[^,;.:]*$"
)
"""Men placed at a post before a surrender cue ("soldiers who had held out at the city's airport
laid down their weapons"): the post's men gave up, not the city."""
_PERSON_HELD_BEFORE = re.compile(
    r"\b(?:detained|arrested|jailed|released|freed|executed|exiled|taken\s+prisoner|taken\s+into\s+custody)\s+$"
)
"""A person's fate right before a cue ("Ismail Khan detained after talks"): the talks are the
detention's, no handover of the city."""
_NAMED_YEAR = re.compile(r"the\s+\d{4}\s+[a-z]")
"""A year that names a thing ("the 1982 massacre"), read from four characters before the year."""
_CLAUSE_BETWEEN = re.compile(r"\b(?:which|who|whom|whose|said|says|saying|because|although)\b")
_ANNIVERSARY = re.compile(
    r"\s*(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years|a\s+(?:quarter\s+of\s+a\s+|half\s+a\s+)?century|decades)"
    r"\s+(?:on|later|after|ago(?:\s+today)?)\s*[:—–-]\s"
)
"""A kicker that sets the story years after what it tells ("Twenty-five years on: ...", "25 years
ago today: ...")."""
_FRONTED_YEAR = re.compile(
    r"\s*(?:in|by|during|until|from|late|early|throughout)\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(\d{4})\s*,"
)
"""A year that opens the sentence ("In November 2001, ..."): the period of what follows it."""
_LATER_SPEAKER = re.compile(
    r",\s+(?:and|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:said|says|saying|announced|announcing|claimed|claiming|declared|declaring|insisted|reported)\b"
)
"""A clause of a later speaker's own after a trigger's ("..., and the Taliban announced that ...",
"..., with the Taliban also announcing control of X")."""
_SPEAKER_PARTICIPLE = re.compile(r",\s*(?:sharing|posting|releasing|publishing|citing|showing)\b")
"""A speaker's participle after the speech verb: what follows is the same speaker's."""
_PRONOUN_HOLDER = re.compile(r"(?:it|they)\s")
"""A holding told with its holder as a pronoun ("it controls", "they controlled")."""
_OWN_WORDS = re.compile(
    r",\s*(?:saying|adding|insisting|stressing|noting|telling\s+(?:[\w'’-]+\s+){1,5}?that)\b"
)
"""A denier's own words after the denial ("denied the claim, saying troops were still fighting",
"rejected the claim, telling the agency that the fighters had entered the city")."""
_POST_BEFORE = re.compile(rf"\b(?:{POST_WORDS}|headquarters|checkpoints?|outposts?)\s+$")
"""A post right before "at the edge of": where the post stands, not where fighters are."""
_AIMED_BEFORE = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|point(?:s|ed|ing)?|direct(?:s|ed|ing)?|look(?:s|ed|ing)?|stare[sd]?|"
    r"star(?:ing)|gaz(?:es|ed|ing)|glanc(?:es|ed|ing))\s+$"
)
"""What is aimed or looked at ("a wedge whose point aims at the western edge of Aleppo"): a
direction, not where anyone fights."""
BARE_THEY = re.compile(r"\s*they\s+(?:(?:also|then|later|soon|quickly|now|have|had|were|have\s+since)\s+)*")
"""A sentence that opens on "They" and its verb: the side the sentence before named."""
_PART_ADMITTED = re.compile(
    r"\s+(?:that\s+)?(?:only\s+)?(?:some|several|large|parts?|areas?|much|most|a\s+few|sections?)\b"
    r"(?:\s+(?:parts?|areas?|districts|neighbou?rhoods|sections))?\s+of\b"
)
"""A confirmation of part of a city ("admitted that some parts of the city had fallen")."""
_REJECTION_OPENS = 160
"""How far into the next sentence a rejection of the claim before it may begin."""
_TO_HAVE = re.compile(r"\bto have\b")
_OWN_TAKE = re.compile(
    r"\b(?:had|have|has)\s+(?:also\s+)?(?:taken|captured|seized|entered|overrun|retaken)\b"
)
"""A take told in the perfect: news of the sentence's own."""
_BASE_VERB = re.compile(
    r"(?:take|fall|capture|seize|enter|overrun|storm|besiege|encircle|retake|recapture)\b(?!-)"
)
"""A trigger in the bare form of its verb."""
_SHARED_MODAL = re.compile(
    r"\b(?:could|might|may|would|will|can|should)\s+[^.;:]{1,120}?\band\s+"
    r"(?:(?:possibly|perhaps|even|then|eventually|later)\s+)?$"
)
"""A modal before an "and" that joins a bare verb to the one the modal governs."""
_DECLARED_CONTROL = re.compile(
    r"(?:declared|declares|declare|announced|announces|announce|proclaimed|proclaims|proclaim)\b"
)
"""A trigger that is itself a side's declaration of control ("declared full control of")."""
_DECLARATION_BEFORE = re.compile(
    r"\b(?:declared|declares|announced|announces|proclaimed|proclaims)\b(?:[^.;,]{0,60}?\bthat)?\s+[^.;,]{0,30}$"
)
"""A side's declaration whose words are the trigger's clause ("announced late that night that they
were in full control of", "announced they had full control of")."""
_BACKDROP_AFTER = (
    r"\b(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|\d+|several|a\s+few)\s+)?"
    r"(?:hours?|days?|minutes?)?\s*after\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
)
_BACKDROP_CLAIM = re.compile(
    _BACKDROP_AFTER + r"(?:declared|announced|said|claimed|proclaimed)\s+(?:that\s+)?[^.;,]{0,40}$"
)
"""A side's claim told as the time the reporter's news came after ("The capital's fall came hours after
the insurgents said they had captured Homs"): the reporter's backdrop, told as fact."""
_BACKDROP_DECLARATION = re.compile(_BACKDROP_AFTER + "$")
"""The same before a trigger that is the declaration ("came hours after the rebels declared full
control of Homs")."""
_HOLDER_WITHDREW_AFTER = re.compile(
    r"\b(?:after|following|as|once|when)\s+(?:the\s+)?(?:(?:government|regime|syrian|afghan|last)\s+)?"
    r"(?:army|troops|forces|soldiers|units|garrison|defenders)\b[^.;]{0,40}?"
    r"\b(?:withdr[ae]w|had\s+withdrawn|pulled\s+out|abandoned|had\s+abandoned|left|fled|melted\s+away)\b"
    r"|\bfollowing\s+the\s+(?:withdrawal|departure|pull-?out)\s+of\b"
)
"""The holder's withdrawal told as the reporter's news after a declaration of control."""
_BARE_ARMY_SUBJECT = re.compile(
    r"\bthe\s+(?:army|military|troops|soldiers|garrison|defenders|police|government|regime|authorities)\s+"
    r"(?:(?:still|now|firmly)\s+)?$"
)
"""The bare army, named by no side, right before what it holds: the holder's."""
_BARE_TROOPS_BEFORE = re.compile(
    r"(?:saying|said|says|that)\s+(?:the\s+)?(?:troops|soldiers|army|army units|units|forces|security forces)"
    r"\s+(?:were|are|was|is|remain|remained|still)?\s*(?:still\s+)?$"
)
"""Troops named by no side in a speaker's words: the speaker's own ("saying troops were in full control")."""
_PRESUPPOSED_RELATIVE = re.compile(r",\s*(?:which|where|whose\s+\w+)\s+(?:[\w'’-]+\s+){0,4}$")
_NEVER_HAPPENED = re.compile(
    r"\b(?:that|which)\s+never\s+(?:took\s+place|happened|came|materiali[sz]ed|began|started)\b"
    r"|\bnever\s+(?:took\s+place|happened|materiali[sz]ed)\b"
)
_YEARS_AFTER = re.compile(
    r"\b(?P<n>[a-z]+(?:-[a-z]+)?|\d{1,2})\s+years"
    # past what else the years cost ("Twenty years, hundreds of billions of dollars and tens of
    # thousands of lives after the Taliban were driven from the capital")
    r"(?:,[^.;:,]{1,100}?)?\s+(?:to\s+the\s+day\s+)?(?:after|since)\s+(?:[\w'’-]+\s+){0,9}$"
)
_LONG_AGO_AFTER = re.compile(
    r"\b(?:(?:a\s+)?quarter\s+of\s+a\s+century|half\s+a\s+century|(?:a|two|three|four|several)\s+decades?)"
    r"\s+(?:to\s+the\s+day\s+)?(?:after|since)\s+(?:[\w'’-]+(?:\.[\w'’-]+)*\.?\s+){0,6}$"
)
"""A span back from the time of writing too long for the theatre ("a quarter of a century after",
"two decades after a U.S.-led invasion drove them from it")."""
_ACCOUNT_OF = re.compile(
    r"\b(?:account|accounts|history|histories|memoir|memoirs|book|film|documentary|chronicle|novel)\s+of\s+(?:the\s+)?$"
)
"""A story told of an event ("her account of the battle for Aleppo"): no news of it."""
DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|these|those|their|its|his|her|such|a)\s+$")
_OTHER_CLAIMS = re.compile(r"\bother\s+(?:claims?|cities|capitals|towns|reports)\b|\bthe\s+rest\b")
_FRONTED_PHRASE = re.compile(
    r"(?:^|[;:—–]\s*|\s-\s+)(?:in|on|at|across|by|after|from|with|for|near|around|outside|inside|elsewhere"
    r"|meanwhile)\b[^,;:—–]*$"
)
"""A phrase that opens the sentence (or a dateline's text) before its first comma."""
_SCENARIO_OPENING = re.compile(
    r"\s*(?:in|under)\s+(?:the|a|this|that)\s+(?:first|second|third|fourth|last|final|worst|best|likeliest"
    r"|most\s+likely|darkest|bleakest|other)(?:[- ]case)?(?:\s+(?:scenario|case|outcome))?\s*,"
)
"""A sentence of an analyst's scenarios ("In the third, a fall of Kandahar triggers a cascade")."""
_SINCE_WORD = re.compile(r"\bsince\b")
_RELATIVE_AFTER_TRIGGER = re.compile(r"\b(?:that|which|who|whose|where)\b")
_CLAUSE_MARK = re.compile(r"[,;:]")
_SINCE_GOES_ON = re.compile(r"\s+since\b")
"""A clause of "since" after a comma: it goes on with the relative clause before it."""
_MEASURED_SINCE = re.compile(
    r"\bfirst time\b|\bthan at any (?:time|point|moment)\b"
    r"|\b(?:biggest|largest|deepest|worst|heaviest|fiercest|closest|most (?:serious|significant))\b"
)
"""What a clause of "since" measures against the past: a first time, a record."""
_THAT_CONTENT = re.compile(r"(?:\s+(?:on|in|from|by)\s+[\w'’ -]{1,30}?)?\s+that\s+([^.;]*)")
"""What the reports a rejection names say ("denied reports that the president had left", "denied
reports on social media that Assad had left the country")."""
_SUBORDINATE_PAST = re.compile(r"\b(?:since|after|when|because|ever since|until)\s+(?:[\w'’-]+\s+){0,4}$")
_RESTRICTIVE_RELATIVE = re.compile(r"(?<=\w )(?:that|which|who)\s+(?:[\w'’-]+\s+){0,3}$")
_PAST_FORM = re.compile(rf"(?:{PAST_VERB})\b")
"""A past verb in a clause of time or cause: a fact, whatever the main clause says of the future."""
_MODAL_IN = re.compile(r"\b(?:would|will|could|can|may|might|shall|going to|expected|likely)\b")
_NOBODY_SAID = re.compile(
    r"\b(?:nobody|no\s+one|no\s+side|neither\s+side"
    r"|none\s+of\s+the\s+(?:[\w-]+\s+)?(?:coverage|reports|reporting|accounts|footage|videos|sources|outlets))"
    r"\s+(?:(?:has|had|have)\s+)?(?:yet\s+)?"
    r"(?:announced|claimed|said|confirmed|reported|declared|suggested|showed|indicated)\s+(?:that\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?$"
)
"""A speech nobody made ("Nobody has announced that they have taken the city", "None of the coverage
suggested the fighting had reached the city"): what it would tell is not told."""
_YEAR_THEN_WHEN = re.compile(r"\b(1[89]\d\d|20[0-2]\d),?\s+when\s+(?:[\w'’-]+\s+){0,8}?$")
"""A year a clause of "when" tells of, right before the trigger ("of 1996, when the Taliban swept into")."""
_SUBJECT_RELATIVE_YEAR = re.compile(
    r"\b(?:that|who|which)\s+(?:had|has|have|were|was)\s+(?:[\w'’-]+\s+){1,8}?"
    # ("factions which were part of the opposition before the 2018 settlement took control")
    r"(?:(?:in|since|until)\s+(1[89]\d\d|20[0-2]\d)|(?:before|after|until)\s+the\s+(1[89]\d\d|20[0-2]\d)\s+[a-z]+)\s+$"
)
"""A relative clause with its own perfect and year, right before the trigger ("factions that had
made peace with Damascus in 2018 seized ...")."""
_MOSTLY_TAKEN = re.compile(r"\b(?:mostly|largely)\s+(?:taken|captured|seized|overrun|overran|controlled)\b")
"""A take's own adverb that leaves part of the city out ("Tarinkot: mostly taken Thursday")."""
_NAMING_YEAR_BEFORE = re.compile(r"\bof\s*$")
"""Right before a year: one that names a thing ("the revolution of 2011"), no date of a verb."""
_PLACE_WHERE_YEAR = re.compile(
    r"\b(?:city|town|place|capital)\s+(?:where|in\s+which)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(1[89]\d\d|20[0-2]\d)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:began|started|erupted|broke\s+out|took\s+place|happened)\s+$"
)
"""A place's own restrictive clause with its year, right before the trigger ("The southern city where
the 2011 uprising began was handed over ...")."""
_ANSWER_LEAD = r"\s*(?:[a-z][\w'’.-]*(?:\s[a-z][\w'’.-]*){0,2}\s*:)?\s*[\"“]?"
"""An interview's turn: the speaker's label ("A:", "NAZIR:") before the answer."""
_YES_ANSWER = re.compile(_ANSWER_LEAD + r"(?:yes|yeah|that'?s right|that is right|correct|exactly|indeed)\b")
_NO_ANSWER = re.compile(
    _ANSWER_LEAD + r"(?:no(?=[\s,.!;])(?!\s+(?:one|doubt|question|matter|longer)\b)|not true|that'?s not true"
    r"|that is not true|it is not true|absolutely not|of course not)"
)


def _asks(low: str, clause: Clause) -> bool:
    """Whether the clause is a question."""
    return low[clause.start : clause.end].rstrip(" \"'”’").endswith("?")


_RHETORICAL_ASK = re.compile(
    r"^(?:[\w'’.,-]+\s+){0,6}?(?:agree|accept|acknowledge|recogni[sz]e|concede)\s+(?:with\s+me\s+)?that\b"
)
"""A question that asks the hearer to grant what it states ("Does the hon. Gentleman agree that
the speed of the collapse, Herat taken last Thursday, ... shows ...?"): the speaker asserts it."""


_WHEN_ASKED = re.compile(
    r"\W*(?:when|how|at what time|on what day)\s+(?:did|was|were|had)\b"
    r"(?![^?]*\b(?:last|first|ever|previously|before|in\s+\d{4})\b)"
)
"""A question that asks when or how something happened, which it takes as given (not "when did
they last take Kabul?", which asks of the past)."""


def _answered(scan: Scan) -> str | None:
    """How the next turn answers a question: "yes" ("A: Yes. They are at the governor's office"),
    "no" ("NAZIR: No, they never entered"), or None."""
    following = scan.following.lower()
    if _YES_ANSWER.match(following):
        return "yes"
    return "no" if _NO_ANSWER.match(following) else None


_CLAIM_ASKED = re.compile(
    r"\b(?:true|claim\w*|reports?|reported|rumou?rs?|say|says|said|saying|heard|hear|posts?|videos?|footage)\b"
)
"""A question about a claim ("Is it true that Ghazni has fallen?"): a "no" to it denies the claim."""
_EXPECTED_NOUN = re.compile(r"(?:expect|fear|anticipat|predict|brac)\w*\s+(?:for\s+)?an?$")
"""A hypothetical cue of an expected thing ("had expected a battle for Homs to last weeks"): its
own clause's, not a trigger's past a comma."""
_CLAIM_NAMED = re.compile(r"\b(?:the|this|that|these|those|such|its|their)\s+$")
_AFTER_CLAUSE_OPEN = re.compile(
    r",\s+(?:(?:a|one|two|three|\d+)\s+(?:days?|hours?|weeks?)\s+)?after\s+[^,;]*$"
)
"""A clause of "after" opened past a cue and holding the trigger ("have taken or claimed five
capitals, after Zaranj and Sheberghan fell"): news the cue's clause stands on, not its content."""
"""A claim named as a thing told before ("call the claim a rumour"), not one made there."""
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:(?:already|finally|all|now)\s+)?$")
_SAW = re.compile(r"\b(?:saw|has seen|had seen|witnessed|watched)\b")
"""A past verb of the clause that the trigger completes ("an offensive that saw them seize Aleppo")."""
_FUTURE_MODAL = re.compile(r"\b(?:would|will|shall|going to)\b")
_INTENT = re.compile(
    r"\b(?:intend(?:s|ed)?|plan(?:s|ned)?|want(?:s|ed)?|wish(?:es|ed)?|aim(?:s|ed)?|seek(?:s)?|sought"
    r"|intention|intentions)\b"
)
"""A plan or wish, which a negation disowns ("did not intend to take the city by force")."""
_DIRECTIVE_TO = re.compile(r"\b(?:ordered|told|instructed|urged|asked|called on)\s+(?:[\w'’-]+\s+){0,3}?to$")
"""An order to do something: "ordered their fighters to wait at the gates of the city"."""
_HOW_MANY_TIMES = re.compile(
    r"\bhow\s+(?:many\s+times|often)\s+(?:[\w'’-]+\s+){1,3}?(?:has|have|had)\s+(?:been\s+)?$"
)
"""A count of times over the years before a perfect: habit and history, no event."""
_ANONYMITY_TO = re.compile(r"\s+be\s+(?:named|identified|quoted)\b")
"""After "asked not to": a source's anonymity, not a hope or an order."""
_RANKED_TO = (
    r"\b(?:were|was|(?:had|has|have)\s+been|became|become|becomes)\s+(?:among\s+|one\s+of\s+)?(?:the\s+)?"
    r"(?:first|second|third|last|only)"
    r"\s+(?:[\w-]+\s+){0,2}to"
)
"""A subject ranked first among a class before its verb ("were the first opposition forces to"):
the verb tells a deed, and the subject is its actor, not the class."""
_RANKED_PREDICATE = re.compile(rf"{_RANKED_TO}\s+$")
_GERUND = re.compile(
    r"(?:reach|tak|captur|seiz|enter|storm|march|overrun|retak|recaptur|liberat|encircl|besieg)ing\b"
)
"""A gerund of a deed a side may talk of doing (not "fighting", which is news)."""
_SPOKEN_OF_BEFORE = re.compile(
    r"\b(?:spoken|spoke|speak|speaks|speaking|talked|talk|talks|talking|dreamed|dreamt|dream|dreams|dreaming)"
    r"\s+(?:of|about)\s+$"
)
"""Talk of doing something ("fighters have spoken of reaching the edges of X"): a goal, not a deed."""
_SURROUND_VERB = re.compile(r"(?:surround|encircl|ring)(?:s|ed|es)?\b")
_LAND_SUBJECT_BEFORE = re.compile(
    r"\b(?:province|governorate|countryside|region|mountains|hills|desert|valley|plains?|farmland|orchards"
    r"|suburbs|villages)\s*,?\s*(?:which|that)?\s*$"
)
"""Land as the subject of "surrounds" ("Rif Dimashq province, which surrounds the capital"): where
the city lies, no siege of it."""
_DURATION_ASIDE = re.compile(
    r",\s*(?:for|over)\s+(?:many\s+)?(?:decades|years|centuries|generations)\b[^,;]{1,120},"
)
"""An aside set off by commas that opens on how long something was so ("..., for decades the
bedrock of the Assad family's power, ...")."""
_IMPLICATIVE_TO = re.compile(
    r"\b(?:persuaded|convinced|forced|compelled|prompted|pressured|pressed|managed|allowed|enabled|permitted)\s+(?:[\w'’-]+\s+){0,4}?to$"
    r"|\b(?:after|before)(?:\s*,[^,;]{1,60},)?\s+agreeing\s+to$"
    r"|\bagreed\s+(?:with\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?)?to$"  # "agreed with Taliban commanders to hand over"
    r"|\b(?:began|begun|begins|started|starts)\s+to$"  # "they've begun to encircle the capital"
    r"|\b(?:leaving|left)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?to$"  # "leaving the Taliban to walk in"
    rf"|{_RANKED_TO}$"  # "were the first to enter", "became the first opposition forces to enter"
    r"|^(?:[\w'’-]+\s+)?the\s+(?:first|second|last|only)\s+(?:[\w'’-]+\s+){1,2}to$"
    r"|\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+able\s+to$"
    r"|\b(?:struck|striking|reached|reaching|sealed|cut|made|making|negotiated|brokered)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|pact)"
    r"\s+(?:with\s+(?:[\w'’-]+\s+){1,4}?)?to$"
)
"""A verb whose "to" happened ("elders persuaded the governor to hand the city over"; "were (among)
the first to enter the capital"; "were able to enter large parts of the city"; "had struck a deal with
the insurgents to hand over the city", "made a deal with the Taliban to hand the city over"; "left
after agreeing to surrender it"; "the governor agreed to hand over the city": news tells the deal
that was kept)."""
_WHEN_AFTER_YEAR = re.compile(r"\s*,\s*when\b")
_YEAR_BEFORE_WHEN = re.compile(r"\b(1[89]\d\d|20\d\d)(?:\s+(?!when\b)[a-z'’-]+){0,2},?\s*when\b")
"""A clause of "when" that a year opens ("revived memories of 1994, when ... had taken Kandahar",
"survivors of the 1982 massacre, when the army besieged and shelled the city"): the year's,
wherever else the sentence sets it."""


def _year_opening(low: str, clause: Clause) -> re.Match[str] | None:
    """The year whose clause of "when" the clause is, if it opens so."""
    opened = _YEAR_BEFORE_WHEN.search(low, max(0, clause.start - 40), clause.start + 6)
    return opened if opened is not None and opened.end() >= clause.start - 2 else None


_CONDITIONAL = re.compile(
    r"\b(?:if|unless)\b"
    # the inverted "had": "Had the army retaken Aleppo in the first week, would Hama have held?"
    r"|(?:^|[,;:?]\s+)had\s+(?:(?:the|its|their|an?)\s+(?:[\w'’-]+\s+){1,2}?|(?:we|they|he|she|it|i)\s+)"
    r"(?:[\w'’-]+\s+(?:and|or)\s+)?$"  # (past a first verb: "Had the army stood and fought at Hama")
)
_COUNTER_DENIAL = re.compile(
    r"[^;.]{0,60}?,?\s+(?:while|but|whereas)\s+[^;.,]{0,60}?\b(?:denied|denies|deny)\s+that\s+(?P<content>[^;.]{1,120})"
)
"""A clause after a claim that denies news of the same kind ("..., while the defence ministry denied
that any insurgents were inside")."""
_RELATIVE_DURATION = re.compile(
    r"\b(?:that|which|who)\s+(?:have|has|had)\s+(?:been|[a-z]+ed)\b[^,;.]{0,60}?\bfor\s+(?:years|decades|months)\b"
)
"""A relative clause that tells how long its noun has been somewhere ("militias that have been
there for years")."""
_ONCE_IN_SUBJECT_RELATIVE = re.compile(
    r"\b(?:who|that)\s+(?:had\s+)?once\s+(?:[a-z]+ed|fought|held|ran|led|won|saw|took|made|had)\b[^,;]*$"
)
"""A subject's relative clause with "once" and its own verb, before the trigger ("fighters who
once belonged to the rebel movement")."""
_FORMERLY = re.compile(
    r"\b(?:once|formerly)\s+(?:[a-z]+ed|held|fought|ran|led|won|saw|took|made|had)\b"
    r"(?:(?!\b(?:is|are|was|were|has|have|had|now)\b)[^,;])*$"
    r"|\b(?:had|have|has)\s+once\s+$"
    r"|\b(?:who|that|which)\s+(?:once|formerly)\s+$"  # "the local factions that once fought the government"
)
"""A past "once" up to the trigger, with no verb of the present story between: "Hezbollah, whose
fighters once played a central role in the battles around Aleppo" (history, no date given); not
"the city that activists once called 'the capital of the revolution' was in rebel hands"."""

_AGENT_GAP = re.compile(r"^[\"”’]?\s*(?:\w+\s+){0,6}?(?:to|by)\s+(?:the\s+)?$")
_THE_GAP = re.compile(r"\s*(?:the\s+)?")

_NOUN_TRIGGER = re.compile(r"\s(?:of|on|against|toward|towards|into)$|^(?:['’]s|its)\s")

_FRONTED_TIME_CLAUSE = re.compile(
    r"(?:[^,]{0,30},\s*)?(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|hours?|weeks?)\s+)?"
    r"(?:after|before|as|when|while|since)\s+[^,;]{3,80},"
)
"""A clause of time that opens the sentence, closed by a comma ("On Aug. 17, two days after the
Taliban entered Kabul,"): the sides in it act in it, not in the sentence's main clause."""
_MODAL_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:[\w'’-]+,\s+(?:if|once|should|were)\s+(?:it|that)\s[^,;.]{1,40},\s+)?"  # "if it came"
    # "the fall of Lashkar Gah, a city of about 200,000 that was ..., would be"; "an assault on the
    # city, Syria's largest before the war, would mark"
    r"(?:[\w'’-]+,\s+(?:(?:the|a|an)\s(?:[^,;.]|(?<=\d)[,.](?=\d)){1,140}|[\w'’-]+(?:['’]s)?\s+(?:largest|biggest|second|third|main|oldest)\b[^,;.]{0,60}"
    # "the loss of Hama, which government forces held throughout the war, would leave"
    r"|(?:which|that)\s(?!(?:came|happened|occurred|took\s+place|followed)\b)[^,;.]{1,100}),\s+)?"
    r"(?:could|would|might|may|will|(?:is|are) expected to|(?:is|are) likely to"
    r"|(?:is|are|would be|remains?|remained) (?:another|a different|a separate|a distant|unlikely|not imminent|far off|a long way)"
    r"|(?:is|are|seems|looks|appears) (?:now |increasingly |highly |very )?(?:likely|possible|expected|feared|inevitable)"
    r"|(?:is|are) (?:two |quite |very )?(?:different|separate) (?:things|matters|questions)"
    # a demand: "attacks on Idlib had to stop"
    r"|(?:must|should|had to|has to|have to|needs? to) (?:stop|end|cease|be (?:halted|stopped|ended)))\b"
)

_EARLIER_TIMES_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:once|twice|three\s+times|several\s+times|many\s+times)\s+before\b"
    # (not one dated by a day of its own: "had been entered once before, on 7 July", news of the theatre)
    r"(?!\s*,?\s*on\s+(?:\d{1,2}\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+\d{1,2})\b)"
    r"|\s+(?:twice|three\s+times|several\s+times|many\s+times)\b"
    r"(?!\s+(?:this|in|within|since|over|during|today|yesterday|last|that|on\s+\w+day)\b)"
)
"""A fall told as one of the past ("Khan's forces lost Herat once before.", "had been lost twice"):
history, not news (not "changed hands twice this week")."""
_MODAL_RELATIVE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*which\s+(?:could|would|may|might|will|(?:is|was)\s+expected\s+to)\b"
)
"""A nominal take's object, then a relative clause that puts it in the future ("a handover of the
city, which could take place on Monday")."""
_OWN_TIME_GAP = re.compile(r"\s+(?:[\w'’-]+\s+)?")
"""At most a word between a verb and the forecast time after it ("falls tomorrow", "fall by next week")."""
_FUTURE_DAY = re.compile(r"(?:tomorrow|(?<!the )next\s+(?:week|month))\b")
"""A day to come, as a forecast's time (not "within a matter of hours", which a past tense tells)."""
_IF_IT_CAME_AFTER = re.compile(
    r"[^,;.]{0,50},\s*if\s+(?:it|one|they|that)\s+(?:ever\s+)?"
    r"(?:came|comes|happens|happened|materiali[sz]ed|materiali[sz]es|took\s+place|takes\s+place)\b"
)
_EARLIER_ONES_BEFORE = re.compile(r"\b(?:earlier|previous|past|prior)\s+$")
_FIRST_OF_TWO_BEFORE = re.compile(
    r"\b(?:the|their|its|his)\s+(?:[\w'’-]+\s+)?first\s+(?:(?!to\b)[\w'’-]+\s+)?$"
)
"""A take told as the first of its kind of a city ("the movement's first capture of the capital"): one
before the news's, which is its second."""
_ORDINAL_LIST_AFTER = re.compile(r"\s*(?:a|an|any|one)\b")
"""An indefinite after the trigger ("the first capture of a provincial capital"): a rank, no earlier take."""
_PLURAL_TAKES = re.compile(
    r"(?:incursions|captures|occupations|falls|seizures|takeovers|assaults|offensives)\b"
)
"""With `_EARLIER_ONES_BEFORE`: "both of the Taliban's earlier incursions into Kunduz", takes of the past."""
_BARE_BEFORE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?before\s*(?:[.;]|$|,\s*(?:once|twice|three\s+times|several\s+times|many\s+times|in\s+\d{4}))"
)
_EXPERIENCE_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?$")
"""With `_BARE_BEFORE_AFTER`: "Kunduz has changed hands before.", a perfect of experience."""
_SEEN_BEFORE_NOW = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:seen|watched|witnessed)\s+(?:[\w'’-]+\s+){0,3}$"
)
_BEFORE_AS_ADVERB = re.compile(
    r"\s+before\s*(?:[.;,]|$|and\b|but\b"
    # (or the main clause's verb past the relative clause: "A teacher who has watched Kunduz change
    # hands before counts the days")
    r"|(?!(?:this|his|its|is|was|has|as|us|days|weeks|months|years|hours|elections|talks)\b)[a-z]{2,}s\b)"
)
"""With `_SEEN_BEFORE_NOW`: "he had seen the city change hands before and did not want to see it
again", an experience of earlier times."""
_INDEFINITE_RELATIVE = re.compile(r"\b(?:a|an|any)\s+(?:[\w'’-]+\s+){0,2}?(?:that|which|who)\s+$")
_MODAL_BE_AFTER = re.compile(r"\b(?:will|would|could|might|may|can)\s+(?:not\s+|never\s+)?be\b")
"""With `_INDEFINITE_RELATIVE`: a take told of any side that might make it, in a generic statement."""
_CLAUSE_OPENING = re.compile(
    r"[\s\"'“‘(]*(?:(?:but|and|yet|still)\s+)?(?:[\w'’-]+ing\s+(?:[\w'’-]+\s+){0,3}?(?:and|or)\s+)?"
)
"""Nothing of a clause before its first word but quotes, a conjunction and a gerund coordinated
with the trigger's ("But testing the lines and taking Aleppo are two different things")."""
_NOMINAL_TRIGGER = re.compile(r"\sof$|^(?:['’]s|its)\s")
_SPAN_OF_THE_EVENT = re.compile(
    r"[^,;]{1,40},\s*(?:which|that)\s+(?:had\s+)?(?:ended|lasted|began|started|raged|dragged\s+on|took\s+place)\b"
)
"""A relative clause right after a noun of fighting and its capital that tells when the fight
ran ("the battle for Aleppo, which ended in December 2016"): its years are the fight's own."""
_EVENT_NOUN_ENDED_IN = re.compile(
    r"[^.;]{0,160}?,\s*(?:ended|began|started|lasted|was\s+lifted|was\s+broken|came\s+to\s+an\s+end)"
    r"\s+(?:in|on)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b"
)
"""The verb of a fight's noun past its aside, with the year it tells ("The siege of the old city, in
which ..., ended in May 2014"): the fight's own year."""
_SUBJECT_APPOSITIVE = re.compile(r",\s*(?:the|a|an)\s[^,;]{1,160},\s*$")
"""An appositive that ends a clause's lead, right before the verb (a capital's, for the gate)."""
_SPEAKERS_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)\s[^,;:]*$")
"""A relative clause open before a year, on the speaker a speech verb after it names."""
_LIKELY_OUTCOME_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:appeared|appears|seemed|seems|looked|looks|is|was|remains|remained)\s+(?:now\s+)?"
    r"(?:to\s+be\s+)?(?:the\s+)?(?:most\s+|more\s+|increasingly\s+|highly\s+|very\s+)?"
    r"(?:likely|probable|possible|plausible|unlikely|improbable|impossible|doubtful)\b"
)
"""A take named as a noun, then said to be likely or not ("an assault on the city itself was
unlikely"): an outcome weighed, not an event."""
_UNDER_DISCUSSION_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:is|was|are|were|remains|remained)\s+(?:reportedly\s+|still\s+|now\s+)?"
    r"(?:under\s+(?:discussion|negotiation|consideration)|being\s+(?:discussed|negotiated|considered)|on\s+the\s+table)\b"
)
"""A take named as a noun, then said to be talked over: a deal not yet made."""
_DOUBT_OF_FALL = re.compile(r"(?:\s+of)?\s+(?:its|the\s+city['’]s|the)\s+(?:fall|capture|takeover|loss)\b")
"""What a doubt names after it when it is of the city's fall only."""
_FIGHT_FOR = re.compile(r"(?:battle|fight|struggle)\s+for")
_NEGOTIATED_FOR = re.compile(
    r"\b(?:negotiat(?:ing|e|es)|talks|negotiations)\s+(?:(?:are|were|is|was)\s+(?:taking\s+place|under\s*way|going\s+on)\s+)?"
    r"(?:(?:with|between)\s+(?:[\w'’-]+\s+){1,8}?)?(?:for|on|about|over)\s+(?:the\s+|a\s+)?$"
)
"""Talks still going on for a take named right after them: the take has not happened."""
_MODAL_IN_TRIGGER = re.compile(
    r"\b(?:could|would|might|may|will|should|can)\b(?!\s+(?:be\s+)?(?:heard|seen)\b)"
)
"""A modal in a trigger's words (not what "could be heard" or "can be seen": a perception, told)."""
_NEWS_CONJUNCT = re.compile(r"[^,;.:]{1,50}?\sand\s+")
"""From one trigger to a nominal one after "and", with no clause between ("entering the city of
Aleppo and its fall")."""
_RELATIVE_PRONOUN = re.compile(r"(?<=\s)(?:that|which|who|whose)\s")
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|any|another)\s+(?:(?:further|new|fresh|renewed|major|final)\s+)?$"
)
"""An event told as a noun with an indefinite article ("a further push"): one that may yet come."""
_PREFERRED_TO = re.compile(
    r"\b(?:would|will|'d)\s+(?:much\s+|still\s+|rather\s+)?(?:prefer|rather)\b[^.;]*\b(?:to|than|over)\s+(?:a|an|the)?\s*$"
)

_PRESUPPOSED = re.compile(r"\b(?:since|after|before|following|until|till)\s+(?:the\s+)?$")

_RELATIVE_MARKS = (", which ", ", who ", ", where ", ", that ")

_BARE_EXPULSION = re.compile(
    r"(?:pushed|driven|forced|kicked|thrown|chased|flushed|routed|ousted|expelled)\s+(?:out\s+of|from)\b"
)
"""An expulsion verb with no object after it: a headline's passive ("Taliban pushed out of Qala-e Naw")."""
_EXPELLED_BEFORE = re.compile(
    r"\b(?:cleared|clearing|clear|drove|driven|driving|drive|pushed|pushing|push|forced|expelled|expelling|ousted|"
    r"ousting|routed|routing|flushed|flushing|evicted|evicting|killed|killing)\s+(?:out\s+)?(?:the\s+)?"
    r"(?:(?:last|remaining|few|scattered)\s+)?$"
)
"""The losers as the object of another verb: in "commandos cleared the last Taliban positions and
recaptured the police headquarters" (or "had driven the Taliban out of several neighbourhoods, ...
and army units were back in control") the Taliban did not retake it."""

_LOSS_NOUN = re.compile(r"(?:fall|loss)\b")

_GROUP_SPEAKER = re.compile(r"\bthe (?:group|movement|militants|insurgent group|militant group)\b")
"""The side named by its kind ("the group announced"): the challenger speaking of its own gains."""
_SPEECH_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|say|says|announced|announces|claimed|claims|declared|stated|tweeted|wrote)\b"
)

_SINCE_EVENT = r"since\s+(?:the|their|its|his|her|a|an)\s[^,;]{1,100}?\b((?:19|20)\d\d)\b"
"""A period bounded by an earlier event, and that event's year."""
_SINCE_PHRASE = re.compile(rf"\b{_SINCE_EVENT}")
"""A period bounded by an earlier event ("since their seizure of Kunduz in September 2015")."""
_STATE_SINCE = re.compile(rf"\s+{_SINCE_EVENT}")
"""A state told right before "since" an event of an early year."""
_INCUMBENT_SUBJECT = re.compile(r"\bthe\s+(\w+)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|effectively\s+)?$")
"""A bare noun subject right before a verb of loss ("the government had lost it")."""
_SINCE_YEAR = re.compile(
    r"\bsince\s+(?:early\s+|late\s+|mid-|the\s+(?:spring|summer|autumn|fall|winter|start|end|beginning)\s+of\s+)?(\d{4})\b"
)
_RELATIVE_WORD = re.compile(r",\s*(?:which|that|who|whom|whose)\b")

_OWN_ASIDE = re.compile(rf"{CAPITAL_ASIDE}|\s*,\s*{PLACE_FROM}")
"""A capital's appositive or place phrase set off by commas, or where it lies from another place
(", southwest of Kabul,", ", 150 km (95 miles) south of Kabul,")."""
_WHERE_OPENS = re.compile(OWN_WHERE)
_NAMED_AS_CITY = re.compile(r"\s*,\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|town)\s+of\s+")
"""An aside that names another city as a city ("the capital, the eastern city of Jalalabad"): that
city is the subject of its own clause, not this capital's appositive."""
_LOCAL_QUALIFIER = re.compile(r"\blocal\s")
"""A side's fighters named as a city's own ("local fighters", "local opposition fighters")."""
_OUR_BEFORE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}(?:are\s+|were\s+|is\s+|now\s+|still\s+)*$")
"""The speaker's own side as the subject ("our forces are in full control of")."""
_OUR_SIDE_SUBJECT = re.compile(
    r"\bour\s+(?:[\w-]+\s+){0,2}(?:forces|fighters|factions|troops|units|mujahideen|heroes|soldiers|army)\b"
    r"|\bwe\s+(?:have\s+|had\s+|now\s+|also\s+)*$"
)
"""A side writing of itself before the trigger: "our forces entered the city", "we have liberated"."""
_REPELLING = re.compile(
    r"\b(?:repell?(?:ing|ed|s)?|repuls(?:ing|ed|es?)|fighting\s+off|fought\s+off|confronting|thwart(?:ing|ed))\b"
)
"""A defender's verb: what it holds off is the other side's attack, not its own news."""
_VERDICT_NEXT = re.compile(
    r"\s*[\"“]?(?:and\s+|but\s+)?(?:it|this|that|the\s+(?:report|reports|claim|claims|news|rumou?rs?))\s+"
    r"(?:was|were|is|are|proved|turned\s+out\s+to\s+be|soon\s+proved)\s+(?:all\s+)?"
    r"(?:true|correct|right|accurate|(?P<false>not\s+true|untrue|false|wrong|incorrect))\b"
)
"""A next sentence that opens by ruling on the claim before it ("It was true.", "It was not true.")."""
_PARTS_NEXT = re.compile(
    r"\s+(?:(?:large|big|wide|several|many|some|the\s+\w+ern)\s+)?(?:parts?|swathes?|sections?|neighbou?rhoods"
    r"|districts|areas)\s+of\b|\s+(?:much|most)\s+of\b"
)
"""Parts of a city as a holding's object: what a challenger holds of it is its part taken."""
_HOLD = re.compile(
    r"(?:have|has|had|now|still|firmly) (?:held|hold|holds|controlled|control|controls)"
    r"|had (?:full|complete|total) control"
    r"|(?:they|we|it) (?:also |now |fully )?(?:controlled|control|controls)"
    r"|controls|holds|controlled|held"
    r"|(?:now |are |were |was |is )?in (?:full |complete )?control of"
    r"|(?:were|was|are|is) in (?:full |complete |total )?control"
)

_LOST_TO = re.compile(r"[^.;]*?\bto\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
"""Between a loss and the side it went to ("abandoned Deir ez-Zor to the Kurdish-led SDF")."""
_QUOTE_OPENED_MARKS = (', "', ", “", ': "', ": “")
"""A quotation opened after a comma or a colon: a new utterance, with words of its own."""
_OWN_RELATIVE_TAKE = re.compile(r"(?:\s+(?:city|town))?\s*,\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,6}?")
"""A capital's own relative clause up to its verb ("Kunduz city, which the Taliban seized")."""
_LOSS_VERB = re.compile(r"(?:lost|lose|loses|losing|abandoned|abandon|abandons|abandoning)\b")

_CLAIM_REJECTED_AFTER = re.compile(
    r",\s*(?:a|the)\s+claims?\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?"
    r"(?:(?:quickly|swiftly|promptly|flatly|strongly|later|immediately)\s+)?"
    r"(?:rejected|denied|dismissed|refuted|disputed)\b"
    # a fact box's note: "- Rebels inside Homs: rebel claim, denied by the ministry."
    r"|:\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+)?claims?\s*,\s*(?:but\s+)?(?:rejected|denied|dismissed|refuted|disputed)\s+by\b"
)
"""A claim's rejection set after it as an appositive ("..., a claim the defence ministry rejected")."""
_REJECTED_AS_SUBJECT = re.compile(
    r"\s*[\"”'’]?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:quickly|swiftly|promptly|flatly|strongly|later|immediately)\s+)?"
    r"(?:rejected|denied|dismissed|refuted|disputed)\b"
)
"""A passive rejection right after the claim it is told of ("the claim that the city had been
captured was rejected by provincial officials")."""
_CLAIM_THAT_BEFORE = re.compile(r"\b(?:claims?|reports?|statements?|rumou?rs?|assertions?)\s+that\s+")
"""With `_REJECTED_AS_SUBJECT`: the claim the passive's subject names."""
_DENIES_AT_END = re.compile(
    r"[;,]\s*(?:[\w'’-]+\s+){1,3}?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dispute[sd]?|dismiss(?:es|ed)?)"
    r"(?:\s+(?:it|them|that|this|the\s+(?:claims?|reports?)|claims?|reports?))?\s*[.!]?\s*$"
)
"""A headline's claim answered by a bare denial at its end ("Taliban say they have captured
Bazarak; resistance denies", "..., army denies")."""
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but)\b|,\s*and\b")
"""What ends the clause a claim's appositive rejection answers."""
_CALLED_FALSE = re.compile(
    r"[\"”'’]?\s+(?:is|was|are|were)\s+(?:a\s+|all\s+|just\s+|nothing\s+but\s+|simply\s+|an?\s+(?:complete|outright|total)\s+)?"
    r"[\"“'‘]?(?:lies?|false|untrue|baseless|fabricated|fabrications?|fake|fiction|not\s+true|propaganda)\b"
)
"""What calls an event told as a noun false, right after its capital ("the capture of Bazarak is a lie",
'was "propaganda"')."""
_PASSIVE_LOSS = re.compile(
    r"(?:was|were|is|are|been|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?lost\b"
    r"|\w+\s+(?:[\w'’-]+\s+){0,3}?(?:capital|city|town|one)s?\s+lost\b"  # "the third capital lost by ..."
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_SPEAKERS_OWN_FORCES = re.compile(
    r"\b(?:saying|said|says|insisting|insisted|adding|added)(?:\s+that)?\s+(?:its|their|our)\s+(?:own\s+)?"
    r"(?:forces|troops|units|soldiers|army)\s+(?:(?:were|was|are|is|remain|remained|still)\s+)?$"
)
"""The speaker's own forces as the subject of a state told in its words ("saying its forces were in
full control")."""
_AGENT_INSIDE = re.compile(r"\bby\s+(.+?)\s+(?:on|against)$")
"""The agent a nominal attack names inside its trigger ("attacks by government forces on")."""
_THEIR = re.compile(r"\btheir\b")
"""A side named by a possessive ("under their control"), not by name."""
_SIEGE_ADJECTIVE = re.compile(r"besieged|encircled|surrounded")
"""A siege told by an adjective of the city, with no agent of its own."""
_EPITHET_OPENS = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?$")
"""An appositive that opens right before the trigger ("Lashkar Gah, the besieged capital")."""
_NAMED_PARTS = re.compile(r"\s+(?:neighbou?rhoods|districts|suburbs|quarters)\b")
"""Parts of a city its name premodifies ("retake Herat neighbourhoods"): a part, not the city."""
_POST_SURRENDERED = re.compile(
    rf"\b(?:{POST_WORDS}|battalion|brigade)\s+(?:(?:had|has|have)\s+)?(?:surrendered|gave\s+up|capitulated)$"
)
"""A post or unit as the subject of a surrender: its men gave up, not the city."""
_EARLIER_CLAIM_BEFORE = re.compile(
    r"\b(?:a|one|two|three|\d+|several|some)\s+(?:days?|hours?|weeks?)\s+after\s+(?:[\w'’-]+\s+){1,4}$"
)
"""What opens a clause that tells a claim as earlier than the news ("a day after the Taliban first
claimed it")."""
_JOINED_BY_BEFORE = re.compile(r"\b(?:joined|accompanied|followed)\s+by\s+(?:[\w'’-]+\s+)?$")
"""Civilians named as joining others ("armed rebels joined by local residents"): not movers alone."""
_POWER_IN_BEFORE = re.compile(r"\b(?:power|rule|authority|leadership)\s+in\s+[\w'’ -]{2,30}?\s+$")
"""Power in a place as the subject of a change of hands ("as power in Damascus changed hands"):
the country's rulers changed, no city's."""
_DESPITE_VIEW = re.compile(
    r"\bdespite\s+(?:[\w'’-]+\s+){0,4}?(?:insistence|insistences|assurances?|claims?|denials?|statements?)\s+that\s+[^;]*$"
)
"""A view the news overrides, told after "despite" ("Ghazni also fell, despite the government's
insistence that its forces were still fighting in the city")."""
_BEGUN_BEFORE = re.compile(
    r"\b(?:began|begun|begin|begins|beginning|started|starts|starting)\s+(?:to\s+)?['\"‘“]?$"
)
"""A phase verb right before a take: the take is under way, not done ("had 'begun liberating'")."""
_TAKE_WORD = re.compile(r"(?:liberat|captur|seiz|tak(?:e|es|ing)\b)")
"""A take's verb, as a trigger's words open."""
_NEVER_BEFORE = re.compile(r"\b(?:never|yet\s+to|failed\s+to|declined\s+to|refused\s+to)\s+(?:[\w-]+ly\s+)?$")
"""A confirmation that did not happen ("officials never publicly confirmed it")."""
_OUR = re.compile(r"\bour\b")
"""A holder told in the first person ("Bazarak is in our hands"): the speaker's own side."""


def _quoted(low: str, at: int) -> bool:
    """Whether a position lies inside a quotation: an odd count of straight quotes before it, or
    an opening curly quote not closed yet."""
    before = low[:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_CLAIM_TO_HAVE = re.compile(
    r"\s*claims?\s+(?:to\s+have|that\s+(?:they|it)\s+(?:had|have|has))\s+(?:[\w-]+\s+)?"
)
"""A speaker's claim of its own deed ("the Taliban's claim to have taken"): the speaker is its agent."""
_SIDE_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and)\s")
"""A clause break between a side named before and a later speaker."""
_OUR_SIDE_BEFORE = re.compile(
    r"\b(?:we|(?:our|the\s+group(?:'s|’s)|the\s+movement(?:'s|’s)|its)\s+(?:forces|fighters|troops|men|units|brothers|mujahideen))\b"
)
"""A speaker's own side as a clause's subject ("our forces ... are clearing", reported: "the
group's fighters had entered Gardez and were clearing government buildings")."""
_UNITS = re.compile(r"\b(?:their|its|our)\s+units\b")
_OWN_SIDE = re.compile(
    r"\b(?:they|we|it|(?:their|its|our|the) (?:fighters|forces|troops|men|units|factions|mujahideen)|to have)\b"
)

_TIME_ADJUNCT = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|several|just|only|barely|some)\s+)?(?:day|days|hours?|weeks?)\s+(?:after|before)\b"
)

_TIME_LEAD = re.compile(
    r"^(?:(?:late|early)\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)
"""A day the speaker is introduced with ("Late on Saturday a commander ... said")."""
_OWN_FIGHTERS_TOLD = re.compile(
    r"[a-z]+\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:fighters|forces|troops|men|units|mujahideen)\b"
)
"""A speech verb, then the speaker's own fighters ("said its fighters had entered")."""
_AUXILIARIES = re.compile(
    r"[\s\"“”]+(?:(?:had|have|has|were|was|are|is|been|now|also|already|just|begun|began|started|to)[\s\"“”]+)*"
)
"""What may stand between a subject and its verb ("had begun to", 'had "begun')."""
_PRISON_OBJECT = re.compile(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:prison|jail)\b")
"""A prison as what a trigger acts on ("attacked the central prison", "stormed Kandahar's Sarposa prison")."""
_RAID_VERB = re.compile(r"(?:attack|storm|raid|assault|broke|broken|break)")
"""A raid's verb ("attacked", "stormed", "had broken into"), not a fight's ("fighting continued around")."""
_FIGHT_TOLD = re.compile(rf"\b(?:{FIGHTING_NOUN.pattern}|assault\b|offensive\b)")
"""A fight told beside a trigger ("as fighting raged in several neighborhoods", "during the assault")."""
_INMATES_FREED = re.compile(
    r"\b(?:freed|freeing|released|releasing|free|release)\b[^.;]{0,30}?\b(?:inmates|prisoners|detainees)\b"
)
"""Inmates set free ("freed its inmates", "released hundreds of prisoners")."""
_ARMED_SPEAKER = re.compile(
    r"(?:(?:a|the) (?:group|band|coalition) of )?"  # "a group of local fighters in Eastern Ghouta"
    r"(?:the |some |local |armed |several |two |three )*"
    r"(?:fighters|gunmen|militiamen|commanders|a commander|a fighter|groups|factions)"
    r"(?:\s+(?:in|from|of|on)\b.*)?"  # "armed groups in Quneitra province on the Golan frontier"
)
_NOT_THERE = re.compile(
    r"(?:,|\bbut|\band)\s+not\s+(?:in|inside|into|at|on|around|near)\s+(?:the\s+)?$|\b(?:rather\s+than|instead\s+of)\s+(?:in\s+)?(?:the\s+)?$"
)
"""Right before a place: the place a text sets against the one it tells."""
_OPENING_SINCE = re.compile(r"\s*(?:ever\s+)?(?:since|after|once|as\s+soon\s+as)\s[^,;:]*,\s")
"""A sentence's opening clause of time, whose news the rest stands on."""
_NEGATED_PRO_VERB = re.compile(
    r"\b(?:which|as|what|something)\s+(?:it|they|he|she|we|you|the\s+[\w-]+)\s+(?:did|does|do|had|has|have)\s*"
    r"(?:not|n't|never)\s+(?:(?:do|done)\s+)?(?:so\s+)?(?:in|at|for|around|near|inside)\s+(?:the\s+)?$"
)
"""Right before a place: a clause that says the verb before did not happen there ("The army has
fought here, which it did not do in Aleppo")."""
_RELATIVE_OPEN = re.compile(r",\s*(?:which|where|who|that)\b")
_EXCEPTED = re.compile(
    r"\b(?:every|each|all)\s+(?:(?:[^;.:,\s]+\s+){0,8}?(?:[^;.:,\s]+,\s+)?(?:except(?:\s+for)?|apart\s+from"
    r"|other\s+than|save\s+for|with\s+the\s+exception\s+of)|(?:[^;.:,\s]+\s+){1,6}?but)\s+(?:[\w'’-]+\s+){0,3}$"
)
"""Right before a place: one left out of what the sentence says of all ("every provincial capital
except Bazarak, in Panjshir province, was under Taliban control")."""
_RUMOUR_DENIED = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\s+"
    r"(?:the\s+|these\s+|such\s+)?(?:[\w-]+\s+)?(?:rumou?rs?|speculation|gossip)\b[^.;]*$"
)
_POSTS_ON_ITS_EDGE = re.compile(
    r"\b(?:checkpoints|posts|outposts|positions|villages|bases|hilltops|districts)\s+(?:on|around|near|outside|at)\s+"
    r"(?:its|their|the\s+(?:city|town)['’]s)\s+(?:[\w-]+\s+)?(?:outskirts|edges?|approaches|perimeter|fringes)\s+$"
)
"""Posts on a city's edge as a trigger's subject ("several checkpoints on its outskirts changed hands")."""
_REPORTS_OF_BEFORE = re.compile(
    r"\b(?:(?:reports?|rumou?rs?|talk|news)\s+of"
    r"|what\s+(?:is|was|has\s+been)\s+(?:being\s+)?(?:spread|said|circulated|circulating|reported)\s+about)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
"""Reports named before the event they tell ("reports of fighting near", "What is being spread
about the fall of")."""
_CALLED_FALSE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:were|was|are|is)\s+(?:all\s+|completely\s+|totally\s+|entirely\s+|utterly\s+)?"
    r"[\"“'‘]?(?:lies|false|untrue|baseless|fabricated|fabrications|a\s+lie|not\s+true)\b"
)
"""What a sentence calls the reports it names false ("reports of fighting near the city were lies")."""
_RUMOUR_OF = re.compile(
    r"\b(?:rumou?rs?|unconfirmed\s+reports?)\s+(?:[\w-]+\s+){0,4}?(?:of|that)\s+(?:[\w-]+\s+){0,2}$"
    # "Q: There are reports of clashes in Latakia. Is it true ...?": an interviewer's premise
    r"|^\s*(?:q|question)\s*[:.]\s*there\s+(?:are|were|have\s+been|had\s+been)\s+(?:some\s+|several\s+)?reports\s+of\s+$"
)
"""A rumour of an event just before its trigger ("rumours on social media of fighting near X")."""
_POSTS_SAYING = re.compile(
    r"\b(?:a\s+|the\s+|some\s+)?(?:messages?|posts?|videos?|clips?)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:saying|claiming|suggesting)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}$"
)
"""Messages or videos going round that say so, with no side named as their source ("a message went
round Facebook saying that Kunduz had fallen", "videos online saying fighters are in the streets"):
a rumour."""
_MORE_THAN_BEFORE = re.compile(
    r"\b(?:did|do|does|doing|done)\s+(?:much\s+|far\s+)?more\s+than\s+(?:just\s+|simply\s+)?$"
)
_VERDICT_TAG_AFTER = re.compile(
    r"[\"”’']\s*(?:[—–:|-]+\s*)(?:old(?:\s+(?:footage|video|photo|image|clip))?|false|fake|misleading|"
    r"misattributed|fabricated|unverified|not\s+true|doctored|altered)\s*[.!]?\s*$"
)
_QUOTE_OPENED_BEFORE = re.compile(r"(?:^|[\s(])[\"“‘'][^\"“”]*$")
"""A claim quoted and tagged by a fact check's verdict after it ("1. "The SDF has taken Raqqa" — OLD
FOOTAGE"): no one's news."""
_QUOTE_OPENS = re.compile(r"(?:^|\s)['‘\"“](?:the\s+)?$")
_QUOTED_LABEL_AFTER = re.compile(
    r"[^\"“”‘’'.;]{0,40}['’\"”]\s+(?:videos?|clips?|footage|photos?|pictures?|images?|posts?|claims?|captions?|story|stories|rumou?rs?|narratives?)\b"
)
"""A trigger quoted as the label of a thing ("the viral 'fall of the city' video"): no news."""
_CAPTION_QUOTE = re.compile(r"\b(?:captions?|captioned|the\s+words)\b[^.;\"“”]{0,80}?[\"“‘']\s*[^\"“”]*$")
"""The caption of a post or picture, quoted up to the trigger."""
_NOBODY_TOLD = re.compile(r"\b(?:nobody|no\s+one|no-one)\b[^.;,]{0,30}\b(?:told|said|reported)\b[^.;]{0,50}$")
"""A telling nobody did ("nobody I trust has told me the factions are inside it"): a negation."""
_ALMOST_BEFORE = re.compile(r"\b(?:almost|nearly)\s+[\"“'‘]?$")
"""A near-peaceful take ("almost without resistance"): some fighting, so no handover."""
_ACCOUNT_DOUBTED = re.compile(
    r"\b(?:the|that|this|these|those|its|their|[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+)?(?:account|accounts|claim|claims"
    r"|statement|statements|report|reports|version)(?:\s*,[^,;.]{1,140},)?\s+(?:could|can|has|have|had|was|were|is|are)\s*(?:not|n't|n’t)\s+"
    r"(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed)\b"
)
"""A doubt of the account told before ("the ministry's account could not be independently verified",
past an aside: "The claim, circulated on social media by his supporters, could not be verified")."""
_SAYS_OWN_PRONOUN = re.compile(r"(?:say|says|said|claim|claims|claimed)\s+(?:that\s+)?(?=(?:they|it)\b)")
"""A pronoun speaker's verb, then the same pronoun ("they say they now control"): its own deed."""
_PRONOUN_SPEAKER = re.compile(r"\b(?:they|it)\s+$")
"""A pronoun right before a speech verb: the speaker is no named side."""
_PRONOUN_THEN_AUXILIARIES = re.compile(rf"(?:they|it){_AUXILIARIES.pattern}")
"""The speaker's pronoun again, then auxiliaries up to its verb ("they had already")."""
_SPEECH_SET_OFF = re.compile(r"[a-z]+(?:\s+(?:on\s+)?[a-z]+day)?\s*,\s+(?:and|but|while)\b")
"""A speech verb the sentence goes on from past a comma (", they say, and ..."): it ends its aside."""
_SPEECH_RESUMED = re.compile(r",\s+and\s+that\b")
"""A reported speech's next clause after an aside ("..., and that they had begun encircling")."""
_EPITHET_OF_YEAR = re.compile(
    r"\b(?:birthplace|cradle|scene|site|home|heartland|symbol|epicent(?:re|er)|centre|center|capital)\s+of\s+the\s+$"
)
"""A place's epithet by an event of its year, before the year ("the birthplace of the 2011 uprising")."""
_SAYING_BEFORE = re.compile(
    r"\b(?:always|often|like\s+to|used\s+to)\s+say\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?$"
    r"|\bas\s+the\s+(?:old\s+)?saying\s+goes,?\s+(?:[\w'’-]+\s+){0,5}?$"
)
"""A saying, not news ("people here always say Damascus is the last to fall")."""
_WHOLE = re.compile(
    r"(?<!almost )(?<!nearly )(?<!not )(?<!virtually )(?<!largely )\b(?:fully|completely|entirely|wholly|totally)\b"
)
"""A trigger's own word that the take was whole ("was fully in insurgent hands", not "almost
entirely")."""
_LABEL_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:provincial\s+|regional\s+|[a-z-]+ern\s+)?(?:capital|city|town|metropolis)(?:\s+of|,)?\s+$"
)

_QUALIFYING_CLAUSE = re.compile(
    r"[\s,]*(?:after|under|following|without|by|through|as part|as (?:a|the) result"
    # "had been in control of the city since Friday, when the army withdrew under an agreement"
    r"|when\s+(?:the\s+)?(?:army|troops|soldiers|(?:government\s+|security\s+)?forces|officials|governor)"
    r"\s+(?:had\s+)?(?:withdrew|withdrawn|pulled\s+out|left|retreated))\b"
)


def _in_other_aside(asides: Sequence[tuple[int, int]], position: int, other: int) -> bool:
    """Whether a position sits in a relative aside that does not hold the other position ("The
    Taliban, who have held Kabul since Aug. 15, are expected to name a government")."""
    return any(start <= position < end and not start <= other < end for start, end in asides)


def _speaker_span(low: str, attribution: Attribution | None) -> tuple[int, int]:
    """Where the quoted speaker's words stand in the sentence ((0, 0) when not found)."""
    if attribution is None:
        return (0, 0)
    who = attribution.text.lower()
    found = low.find(who, max(0, attribution.start - len(who) - 10))
    return (found, found + len(who)) if found >= 0 else (0, 0)


_AGENTLESS_PREPOSITIONS = r"by|of|into|on|from|with|to|for|near|towards?|at|in|against"
"""Prepositions whose object does not act ("backed by Russia", "targets of the army")."""
_SIDE_NO_AGENT_BEFORE = re.compile(rf"\b(?:{_AGENTLESS_PREPOSITIONS})\s+(?:the\s+)?$", re.IGNORECASE)
"""A word before a side's name that makes it no agent: "targets of the army", "backed by the SDF"."""
_NOT_AN_AGENT_BEFORE = re.compile(rf"\b(?:{_AGENTLESS_PREPOSITIONS}|the|an?|and|or)\s+$", re.IGNORECASE)
"""A word before a state's name that makes it no agent: "backed by Russia", "the Iranian border"."""


def _cues_beside(
    cue: Cue | re.Pattern[str], low: str, start: int, end: int, trigger_start: int
) -> list[re.Match[str]]:
    """The cue's hits in low[start:end] that leave the trigger out. Not "the army corps, at its base
    since the city fell on Sunday, surrendered": the fall told inside the surrendering troops' own
    words came before, and was no handover. A hit across the trigger is searched past again ("rebels
    in Deraa took the city under a deal": not "in Deraa took the city under a deal" but "under a
    deal")."""
    hits = []
    position = start
    while hit := cue.search(low, position, end):
        if hit.start() < trigger_start < hit.end():
            position = trigger_start
            continue
        hits.append(hit)
        position = max(hit.end(), hit.start() + 1)
    return hits


_AND_PREDICATE = re.compile(r",\s+and\s+(?=(?:then\s+|later\s+)?[a-z]+ed\b|took\b|fell\b|seized\b|overran\b)")
"""A comma and "and" that join a second predicate of the subject ("..., and took Deir ez-Zor")."""


def _last_turn(text: str, before: int) -> int | None:
    """Where the last turn to another speaker's account before `before` ends, if any."""
    # (the whole text searched: a turn's look-ahead reaches the speech verb at `before`)
    turns = [turn for turn in TURN.finditer(text) if turn.start() < before]
    return turns[-1].end() if turns else None


class Judging(ExtractorBase):
    """Gates, modality and actor of a capital linked to a trigger."""

    def _handed_over(
        self,
        low: str,
        clauses: list[Clause],
        clause: Clause,
        mention: Mention,
        places: tuple[tuple[int, str, bool], ...],
        trigger_start: int = -1,
    ) -> bool:
        """A surrender cue that belongs to this capture: from the clause's start (from the capital
        itself when another capital comes before it in the clause) to the clause's end, carried on
        through clauses that only qualify it ("took Sharana, the capital of Paktika, after elders
        negotiated a handover"), and never past another capital ("took X without a fight and
        seized Y": Y was not handed over; "X fell on Sunday, and on Wednesday troops at its airport
        surrendered": a later, other surrender)."""
        others = [p for p, capital, _ in places if capital != mention.capital]
        before = [p for p in others if clause.start <= p < mention.start]
        # "took X, after elders negotiated its handover, and also captured Y": a clause that
        # qualifies the capital before it says nothing of the one named after
        qualifies_earlier = bool(_QUALIFYING_CLAUSE.match(low, clause.start)) and any(
            p < clause.start for p in others
        )
        start = mention.start if before or qualifies_earlier else clause.start
        end = clause.end
        # "seized Ghazni, on the highway between Kabul and Kandahar, after the governor struck a
        # deal": capitals in the capital's own aside are no other capital's clause
        aside = _OWN_ASIDE.match(low, mention.end)
        if aside is not None and any(
            aside.start() <= p < aside.end() and _NAMED_AS_CITY.fullmatch(low, aside.start(), p)
            for p in others
        ):
            # "Hours before they entered the capital, the eastern city of Jalalabad fell without a
            # fight": an aside naming another capital is that one's subject, not this one's aside
            aside = None
        aside_end = aside.end() if aside else mention.end
        # "took Ghazni, southwest of Kabul, where the governor had struck a deal": the capital's own
        # relative clause of place
        where = _WHERE_OPENS.match(low, aside_end - 1 if aside else aside_end)
        for following in clauses[clauses.index(clause) + 1 :]:
            if not (
                _QUALIFYING_CLAUSE.match(low, following.start)
                or (where is not None and following.start <= where.end() - len("where") < following.end)
            ):
                break
            end = following.end
        # "Latakia and Tartus passed to the rebels without a fight": the subjects of one verb share it
        end = min([p for p in others if p >= aside_end and p >= trigger_start] + [end])
        # "in Kunduz, which they took on Sunday, the army corps surrendered": a capture told in a
        # relative clause is handed over only within it
        for aside in CLOSED_ASIDE.finditer(
            low, max(0, clause.start - 2), clause.end
        ):  # its opening comma too
            if aside.start() <= trigger_start < aside.end():
                start, end = max(start, aside.start()), min(end, aside.end())
        hits = [  # not "took a string of capitals, some of them without a fight": a subset's
            hit
            for hit in _cues_beside(self.cues.surrender, low, start, end, trigger_start)
            if not _SUBSET_BEFORE.search(low, max(0, hit.start() - 30), hit.start())
            and not _FEW_GAVE_UP.search(low, max(0, hit.start() - 60), hit.start())
            and not _OTHER_PLACES_GAVE_UP.search(low, max(0, hit.start() - 60), hit.start())
            # "Herat under Taliban control, Ismail Khan detained after talks": a person's fate
            and not _PERSON_HELD_BEFORE.search(low, max(0, hit.start() - 24), hit.start())
            # "after the army corps base surrendered": a post's men, not the city
            and not _POST_SURRENDERED.search(hit.group(0))
            and not _AT_POST_BEFORE.search(low, max(0, hit.start() - 60), hit.start())
            # "took control of the city almost without resistance": a little fighting, no handover
            and not _ALMOST_BEFORE.search(low, max(0, hit.start() - 12), hit.start())
        ]
        if not hits:
            return False
        # "factions, many of them former rebels who made peace under a 2018 deal, took over Daraa":
        # the deal of a dated aside is the aside's own
        asides = [
            a.span()
            for a in DATED_ASIDE.finditer(low, start, end)
            if not a.start() <= trigger_start < a.end() and self._early_year(a.group(0))
        ]
        return any(not any(a <= hit.start() < b for a, b in asides) for hit in hits)

    def _holding(
        self, low: str, trigger: Trigger, actors: list[Any], attribution: Attribution | None, capital: str
    ) -> str | None:
        """ "The city is under the control of the security forces", "government forces still hold
        Kandahar", "the SDF still holds Raqqa" (held since before the theatre's start): the side
        that held it at the start still holds it, which changes no hands (its return is a retake:
        "back under government control")."""
        if trigger.spec.type != "captured":
            return None
        if trigger.spec.role == "subject":
            holder = self.gazetteer.actor_of(trigger.text)
            if _OUR.search(trigger.text) and (
                attribution is None
                or (attribution.actor is None and not self.cues.official_words.search(attribution.text))
            ):
                # "'The city is in our hands,' he said": a holder of no side the text names
                return "a holder told as ours by a speaker of no named side"
            if holder is None and (_THEIR.search(trigger.text) or _OUR.search(trigger.text)):
                # "officials said it was in their hands", "'Kunduz is in our hands,' a police officer said"
                holder = self._actor(low, trigger, "captured", actors, attribution)
        elif _HOLD.fullmatch(trigger.text):
            subject = [  # (not a building named by a side: "the police headquarters and were in control")
                a
                for a in actors
                if a.end <= trigger.start <= a.end + 24
                and not self.cues.seat_of_power.match(low[a.start : a.start + 60])
            ]
            if subject and subject[-1].actor in (
                self.gazetteer.incumbent,
                self.theatre.initial_controller(capital),
            ):
                # "The government had held the town since its forces retook it": its own holding
                return "its holder names itself as holding it (no change of hands)"
            holder = self._actor(low, trigger, "captured", actors, attribution)
            if _BARE_ARMY_SUBJECT.search(low, max(0, trigger.start - 40), trigger.start):
                holder = self.gazetteer.incumbent  # "In Kunduz, the army had full control": a holder's army
            if attribution is not None and (
                trigger.text.startswith("we ")
                or _OUR_BEFORE.search(low, max(0, trigger.start - 40), trigger.start)
                # "a military source ..., saying troops were in full control of the city"
                or _BARE_TROOPS_BEFORE.search(low, max(0, trigger.start - 40), trigger.start)
            ):  # "'Our forces are in full control of the city,' a ministry spokesman said"
                official = self.cues.official_words.search(attribution.text) is not None
                holder = attribution.actor or (self.gazetteer.incumbent if official else holder)
        else:
            return None
        if holder == self.gazetteer.incumbent:
            return "the incumbent still holds it (no change of hands)"
        if trigger.text.startswith(("still ", "remain")):
            if (
                holder is not None
                and holder != self.theatre.initial_controller(capital)
                and _PARTS_NEXT.match(low, trigger.end)
            ):
                return None  # "the insurgents still held large parts of the provincial capital": a part
            # "its forces still hold Kandahar", "Bazarak remains in the hands of the resistance"
            return "still held by the same side (no change of hands)"
        if holder == self.theatre.initial_controller(capital):
            return "its holder at the theatre's start still holds it (no change of hands)"
        since = _SINCE_YEAR.search(low, trigger.end, trigger.end + 80)
        if (
            since
            and int(since.group(1)) < self.theatre.start_date.year
            # not another side's holding in a relative clause ("held most of the city, which the
            # army had controlled since 2016")
            and not _RELATIVE_WORD.search(low, trigger.end, since.start())
        ):
            return f"historical (held since {since.group(1)})"  # "which the opposition has held since 2015"
        return None

    def _challenger_lost(self, low: str, clause: Clause, trigger: Trigger, actors: list[Any]) -> str | None:
        """ "The Taliban lost control of X": a loss by a side other than the holder is no capture."""
        if not _LOSS_VERB.match(trigger.text):
            return None
        losers = [a for a in actors if clause.start <= a.start < trigger.start]
        subject = _INCUMBENT_SUBJECT.search(low, max(clause.start, trigger.start - 40), trigger.start)
        if subject is not None and self.cues.incumbent_words.fullmatch(subject.group(1)):
            return None  # "Insurgents broke in on Nov. 29, and by Nov. 30 the government had lost it"
        if losers and losers[-1].actor != self.gazetteer.incumbent:
            return "a side other than the holder lost it (no capture)"
        return None

    def _challenger_clearing(
        self, low: str, clause: Clause, trigger: Trigger, attribution: Attribution | None, capital: str
    ) -> str | None:
        """ "'Our forces have entered the city of Homs and are clearing its neighbourhoods,' a rebel
        commander said": the speaker's own side, a challenger, clearing what it took is no retake."""
        if (
            trigger.spec.type != "retaken"
            or attribution is None
            or attribution.actor is None
            or not _OUR_SIDE_BEFORE.search(low, clause.start, trigger.start)
        ):
            return None
        if attribution.actor in self.theatre.heirs(self.theatre.initial_controller(capital)):
            return None
        return "the challenger's own forces clearing the city (no retake)"

    def _civilians(self, low: str, clause: Clause, trigger: Trigger, actors: list[Any]) -> str | None:
        """ "Families displaced by the fighting have poured into Kabul", "passport offices besieged by
        crowds": people moving, no side; nor one man ("a conscript said he had walked into the city
        from his post")."""
        if (
            _WALKED_IN.match(trigger.text)
            and (alone := _ONE_PERSON_BEFORE.search(low, clause.start, trigger.start)) is not None
            and not any(alone.start() < a.start < trigger.start for a in actors)
        ):
            return "one person on the move, not a side of the conflict"
        if (
            trigger.spec.type == "captured"
            and trigger.spec.role == "object"
            and _WALKED_IN.match(trigger.text)
            and (
                movers := self.cues.civilian_subject.search(
                    low, max(clause.start, trigger.start - 40), trigger.start
                )
                or self.cues.civilian_then_they.search(
                    low, max(clause.start, trigger.start - 60), trigger.start
                )
            )
            # (nor with others beside them: "Rebels and local residents walked into the governor's
            # office", "armed men and local residents", "armed rebels joined by local residents")
            and " and " not in low[max(0, movers.start() - 30) : movers.start()]
            and not _JOINED_BY_BEFORE.search(low, max(0, movers.start() - 30), movers.start())
            and not any(movers.start() < a.start < trigger.start for a in actors)
        ):
            # "the first thing visitors see when they drive into the town": people moving, no side
            return "civilians on the move, not a side of the conflict"
        if trigger.spec.type not in ("entered", "contested"):
            return None
        if self.cues.civilian_agent.match(low, trigger.end):
            return "civilians on the move, not a side of the conflict"  # "besieged by crowds for weeks"
        if trigger.spec.role != "object":
            return None
        if any(clause.start <= a.start < trigger.start for a in actors):
            return None
        movers = self.cues.civilian_subject.search(low, clause.start, trigger.start)
        if (
            movers is None
            and trigger.spec.type == "entered"
            and FIGHTING_NOUN.match(trigger.text) is None  # not "reported artillery fire and clashes on"
            and (
                shared := self.cues.civilian_then_and.search(low, max(0, trigger.start - 120), trigger.start)
            )
            # (not past a side named between: "Residents fled as the Taliban advanced and moved in")
            and not any(shared.start() < a.start < trigger.start for a in actors)
            and not self.cues.armed_noun.search(low, shared.start(), trigger.start)
        ):
            movers = shared
        # (not with armed men beside them into a seat of power: "armed men and residents entered
        # the governor's office")
        if movers is not None and not (
            self.cues.armed_beside.search(low, max(0, movers.start() - 30), movers.start())
            and self.cues.seat_of_power_any.search(low, trigger.end, trigger.end + 40)
        ):
            return "civilians on the move, not a side of the conflict"
        return None

    @staticmethod
    def _ruled_out_place(low: str, trigger: Trigger, mention: Mention) -> str | None:
        """ "Fighting is in the villages, not in the city": the place set against the one told; and
        "every capital except Bazarak": the one left out."""
        if _EXCEPTED.search(low, max(0, mention.start - 100), mention.start) and not (
            mention.end < trigger.start and _RELATIVE_OPEN.search(low, mention.end, trigger.start)
        ):  # (not "every one except Bazarak, which the Taliban claimed to have captured on Sept. 6")
            return 'negated ("every capital except X")'
        if mention.start < trigger.end:
            return None
        if _NEGATED_PRO_VERB.search(low, max(trigger.end, mention.start - 50), mention.start):
            return 'negated ("which it did not do in X")'
        if not _NOT_THERE.search(low, max(trigger.end, mention.start - 30), mention.start):
            return None
        return 'negated ("in the villages, not in the city")'

    @staticmethod
    def _prison_raid(low: str, trigger: Trigger) -> str | None:
        """ "attacked the central prison in Kandahar and freed its inmates": a prison break (its own
        event), no fight for the city nor entry into it."""
        if (
            trigger.spec.type not in ("contested", "entered")
            or not _RAID_VERB.match(trigger.text)
            or not _PRISON_OBJECT.match(low, trigger.end)
            # (not with a fight of its own: "... and freed inmates, as fighting raged in several
            # neighborhoods", "During the assault the militants attacked the city prison")
            or _FIGHT_TOLD.search(low, trigger.end)
            or _FIGHT_TOLD.search(low, 0, trigger.start)
        ):
            return None
        return "a prison break, no fight for the city" if _INMATES_FREED.search(low, trigger.end) else None

    def _foreign_state(self, text: str, trigger: Trigger, actors: list[Any], since: int = 0) -> str | None:
        """ "Israel ... denies advance on Damascus": a foreign state (the theatre's `countries`)
        is the only agent named before an entry, an attack or a capture. A state is no actor of
        the gazetteer, so what it does or denies doing moves no control. Not a state that only
        backs or borders ("troops backed by US airstrikes", "the Iranian border"), nor one the
        dateline names before `since` ("GAZIANTEP, Turkey, Dec 7 (Agency) - The SDF took ...")."""
        if trigger.spec.type not in ("entered", "contested", "captured") or trigger.spec.role != "object":
            return None
        low = text.lower()
        # (a side named only as what is hit or owned is no agent: "hit hundreds of Syrian military
        # targets")
        if any(a.start < trigger.start and not _SIDE_NO_AGENT_BEFORE.search(low, 0, a.start) for a in actors):
            return None  # (a side after its article is one: "and the U.S.-backed SDF moved into the city")
        states = [s for s in self.gazetteer.countries_in(text[: trigger.start]) if s[1] >= since]
        if not states or _NOT_AN_AGENT_BEFORE.search(text, 0, states[-1][1]):
            return None
        return "a foreign state's act, not a side's"

    def _gate(
        self, scan: Scan, clause: Clause, start: int, trigger_text: str = "", past_paragraph: bool = False
    ) -> str | None:
        """Why a candidate is not a real, current event: negated, hypothetical or historical."""
        if past_paragraph:
            return "historical (the paragraph is about an earlier period)"
        low = scan.low
        if _SCENARIO_OPENING.match(low):
            return 'hypothetical (a scenario: "In the third, a fall of X triggers ...")'
        if trigger_text.startswith("at ") and _POST_BEFORE.search(low, max(0, start - 30), start):
            return 'a post placed by the city ("the corps base at the edge of the city"), no fight'
        if trigger_text.startswith("at ") and _AIMED_BEFORE.search(low, max(0, start - 12), start):
            return 'a direction ("the advance aims at the western edge of X"), no fight'
        if (
            _asks(low, clause)
            and not _PRESUPPOSED_RELATIVE.search(low, max(0, start - 40), start)
            # (nor one that asks when or how it happened: "When did Kabul fall?" takes the fall as given)
            and not _WHEN_ASKED.match(low, clause.start)
            and not _RHETORICAL_ASK.search(low, 0, start)
            and _answered(scan) is None
        ):  # (not "after Aleppo, which they took last Saturday?": the question takes it as given; nor
            # one the next turn answers, "Q: So the city is under Taliban control? A: Yes.")
            return 'a question ("Is there fighting in X?")'
        if _asks(low, clause) and _answered(scan) == "no" and not _CLAIM_ASKED.search(low, 0, clause.end):
            # "Q: Are the fighters inside the city? A: No, not inside.": nobody claimed it, so the
            # answer is a plain negation, not a denial
            return "negated (a question answered no)"
        if (
            _REPORTS_OF_BEFORE.search(low, max(0, start - 50), start)
            and _CALLED_FALSE_AFTER.match(low, start + len(trigger_text))
            # (not where a side's claim stands behind them: "rejected the claim, saying reports of
            # the fall of Bazarak were false")
            and not self.cues.claim.search(low, 0, start)
        ):
            # "reports of fighting near the city were lies spread by terrorist channels": reports no
            # side stands behind, dismissed
            return "a rumour dismissed: no side claimed it"
        if _RUMOUR_DENIED.search(low, 0, start):
            return "a rumour dismissed: no side claimed it"  # "dismissing rumours of fighting in the city"
        if (
            _RUMOUR_OF.search(low, max(0, start - 60), start)
            or (
                (posts := _POSTS_SAYING.search(low, max(0, start - 100), start)) is not None
                and not self.gazetteer.actor_re.search(low, max(0, posts.start() - 60), start)
                and not _VERDICT_NEXT.match(
                    scan.following.lower()
                )  # "... saying Homs had fallen. It was true."
            )
        ) and not self.cues.denial.search(low, 0, start):
            return "a rumour: no side claimed it"  # "there were rumours on social media of fighting near X"
        if _GERUND.match(trigger_text) and _SPOKEN_OF_BEFORE.search(low, max(0, start - 30), start):
            return 'hypothetical ("have spoken of reaching X"): talk of a goal'
        if _SURROUND_VERB.match(trigger_text) and _LAND_SUBJECT_BEFORE.search(low, max(0, start - 40), start):
            return 'geography ("the province, which surrounds the capital"), no siege'
        if _MORE_THAN_BEFORE.search(low, max(0, start - 30), start):
            return 'a take told again as what was more than it ("they did more than take the city")'
        if _VERDICT_TAG_AFTER.search(low, start) and _QUOTE_OPENED_BEFORE.search(low, 0, start):
            return 'a quoted claim a fact check tags ("... " — OLD FOOTAGE)'
        if _QUOTE_OPENS.search(low, max(0, start - 12), start) and _QUOTED_LABEL_AFTER.match(low, start):
            return "a quoted label of a video or a claim (\"the viral 'fall of the city' video\")"
        caption = _CAPTION_QUOTE.search(low, max(0, start - 160), start)
        if (
            caption is not None
            and not self.gazetteer.actor_re.search(low, 0, caption.start())
            and not self.cues.partisan.search(low, 0, caption.start())
        ):  # "A video that spread on Tuesday with the caption "Kunduz is now under the control of
            # the Islamic Emirate"": words posted by no side named
            return "a rumour: a caption no side is named for"
        if _NOBODY_TOLD.search(low, max(0, start - 90), start):
            return "negated"
        if _POSTS_ON_ITS_EDGE.search(low, max(0, start - 80), start):
            # "several checkpoints on its outskirts changed hands more than once": posts, not the city
            return "posts on the city's edge, not the city"
        if (
            trigger_text
            and (
                _NOUN_TRIGGER.search(trigger_text)
                or _FIGHT_FOR.fullmatch(trigger_text)  # "the battle for Hama would be pivotal"
                # "But storming the city would be a different operation": a gerund as the subject
                or (trigger_text.endswith("ing") and _CLAUSE_OPENING.fullmatch(low, clause.start, start))
            )
            and _MODAL_AFTER.match(low, start + len(trigger_text))
        ):  # "its fall would leave the government without the north"
            return 'hypothetical ("a push on X could follow")'
        if (
            trigger_text
            and _NOUN_TRIGGER.search(trigger_text)
            and _IF_IT_CAME_AFTER.match(low, start + len(trigger_text))
        ):  # "an assault on the capital, if it came, was still far off"
            return 'hypothetical ("an assault on X, if it came, ...")'
        if (
            trigger_text
            and _NOUN_TRIGGER.search(trigger_text)
            and _LIKELY_OUTCOME_AFTER.match(low, start + len(trigger_text))
        ):  # "a negotiated handover of the capital, rather than a battle for it, now appeared the
            # most likely outcome"
            return 'hypothetical ("a handover of X appeared the likeliest outcome")'
        if (
            trigger_text
            and _NOUN_TRIGGER.search(trigger_text)
            and _UNDER_DISCUSSION_AFTER.match(low, start + len(trigger_text))
        ):
            return 'hypothetical ("a handover of X is under discussion")'
        if _NEVER_HAPPENED.search(low, start, clause.end if clause.end > start else len(low)):
            return 'negated ("a battle for the capital that never took place")'
        if _LONG_AGO_AFTER.search(low, max(0, start - 90), start):
            return 'historical ("a quarter of a century after")'
        if _ACCOUNT_OF.search(low, max(0, start - 30), start):
            return 'a told story ("an account of the battle for X")'
        years = _YEARS_AFTER.search(low, max(0, start - 200), start)
        if years is not None and self._years_back(scan, years.group("n")):
            return f"historical ({years.group(0).strip()})"  # "Twenty-five years after the Taliban first took Kabul"
        if _INDEFINITE_RELATIVE.search(low, max(0, start - 40), start) and _MODAL_BE_AFTER.search(
            low, start, min(len(low), start + 120)
        ):  # "a government that takes Kabul by force will be an international pariah"
            return 'hypothetical ("a side that takes X will be ...")'
        if _PLURAL_TAKES.match(trigger_text) and _EARLIER_ONES_BEFORE.search(low, max(0, start - 20), start):
            return 'historical ("the earlier incursions into X")'
        if (
            _NOMINAL_TRIGGER.search(trigger_text)
            and _FIRST_OF_TWO_BEFORE.search(low, max(0, start - 30), start)
            and not _ORDINAL_LIST_AFTER.match(low, start + len(trigger_text))
        ):
            return "historical (\"the movement's first capture of X\": an earlier one than the news's)"
        if trigger_text and (
            _EARLIER_TIMES_AFTER.match(low, start + len(trigger_text))
            or (
                _BARE_BEFORE_AFTER.match(low, start + len(trigger_text))
                # "Kunduz has fallen before.": the perfect may be the trigger's own words
                and (
                    _EXPERIENCE_PERFECT.search(low, max(0, start - 20), start)
                    or HAS_PERFECT.match(trigger_text)
                )
            )
            or (
                _SEEN_BEFORE_NOW.search(low, max(0, start - 50), start)
                and _BEFORE_AS_ADVERB.match(low, start + len(trigger_text))
            )
        ):
            return 'historical ("lost the city once before", "has changed hands before")'
        # a relative clause closed before the trigger is the subject's own: "Hama, which had never
        # fallen during the war, was taken on Dec. 5"
        lead = CLOSED_ASIDE.sub(" ", low[clause.start : start])
        # and so is an appositive between the subject and its verb: "Mazar-i-Sharif, the place the
        # government had hoped to make its last stronghold, fell"
        apposed = _SUBJECT_APPOSITIVE.search(lead)
        if apposed is not None and any(
            end == apposed.start()
            for _, _, end in self.gazetteer.capital_mentions(
                scan.text[clause.start : clause.start + apposed.start()]
            )
        ):
            lead = lead[: apposed.start()] + " "
        relative = max(lead.rfind(mark) for mark in _RELATIVE_MARKS)
        if (
            relative >= 0
        ):  # "preparing to retake Kunduz, which fell on Sunday": the relative clause's own words
            lead = lead[relative:]
        # ("no longer in government hands" is a loss, told by the trigger itself)
        # (nor "took control on Friday, without a fight, of": the manner, no negation)
        said = self.cues.peaceful_manner.sub(" ", trigger_text.removeprefix("no longer "))
        if self.cues.negation.search(" " + said) or self.cues.negation_nt.search(said):
            return "negated"
        if _MODAL_IN_TRIGGER.search(trigger_text):
            return "hypothetical (a modal in the trigger's words)"  # "the next battle could be for Homs"
        # (in the trigger's own part of the sentence: "Our source meant villages north of the city;
        # there is no sign that insurgents have entered Hama itself")
        if _NO_EVIDENCE_THAT.search(low, low.rfind(";", 0, start) + 1, start):
            return 'negated ("no sign that X has changed hands")'
        if _NOT_ANY_REPORT.search(low, max(0, start - 120), start):
            return 'negated ("has not located any information indicating clashes")'
        if _SAYING_BEFORE.search(low, max(0, start - 80), start):
            return "hypothetical (a saying)"  # "people here always say Damascus is the last to fall"
        if _NOBODY_SAID.search(low, max(0, start - 80), start):
            return 'negated ("nobody has announced that they have taken the city")'
        if _FORMERLY.search(lead) and not (
            # "local fighters who once belonged to the rebel movement took over the city": the
            # subject's relative clause, closed by the main verb
            _PAST_FORM.match(trigger_text) and _ONCE_IN_SUBJECT_RELATIVE.search(lead)
        ):
            return "historical (once ...)"
        if _HOW_MANY_TIMES.search(low, max(0, start - 80), start):
            # "a reminder of how many times the city has been fought over"
            return "historical (how many times it has ...)"
        if trigger_text.startswith("chang") and _POWER_IN_BEFORE.search(low, max(0, start - 50), start):
            return 'power changed hands, not a city ("as power in X changed hands")'
        if _DESPITE_VIEW.search(low, max(0, start - 100), start):
            return 'a view the news overrides ("fell, despite the insistence that forces were fighting")'
        if _TAKE_WORD.match(trigger_text) and _BEGUN_BEFORE.search(low, max(0, start - 24), start):
            return 'under way ("had begun liberating X"), not yet done'
        if _NEGOTIATED_FOR.search(lead):
            # "the elders are negotiating with the governor for the handover of the city"
            return "hypothetical (negotiations for it)"
        presupposed = _NOMINAL_TRIGGER.search(trigger_text) and _PRESUPPOSED.search(lead)
        if presupposed:
            lead = lead[presupposed.start() :]  # "vows to crush the rebels after the loss of Aleppo"
        since = _SUBORDINATE_PAST.search(lead) or _RESTRICTIVE_RELATIVE.search(lead)
        if since and (_PAST_FORM.match(trigger_text) or _SAW.search(since.group(0))):
            # "have been trying to form a government since they captured Kabul"; "trying to halt an
            # offensive that on Saturday seized most of Aleppo": the clause's own words
            lead = lead[since.start() :]
        opened = max(lead.rfind(mark) for mark in _QUOTE_OPENED_MARKS)
        if opened >= 0:
            # 'the governor withdrew the forces to avoid the destruction of the city, "the city was
            # handed over without fighting," he said': the quote's own words, not the clause's before it
            lead = lead[opened + 2 :]
        words = lead.rstrip("'\"‘“ ").split()  # "the goal was to 'liberate' Aleppo": up to the quote
        # (past the possessor of a trigger that opens on its "'s": "rather than fight in the city's
        # streets", whose window counts from before "the city")
        reach = 7 if trigger_text.startswith(("'s", "’s")) else 5
        window = self.cues.peaceful_manner.sub(" ", self.cues.unverified.sub(" ", " ".join(words[-reach:])))
        wide = " ".join(words[-8:])
        near = " ".join(words[-2:])
        if self.cues.negation.search(" " + window) or self.cues.negation_nt.search(window):
            # "there would be no attack on the city": a promise about the future, no denial
            if _FUTURE_MODAL.search(window):
                return "hypothetical (a negated forecast)"
            # "the group did not intend to take the city by force": a plan disowned, no denial
            return "hypothetical (a disowned intention)" if _INTENT.search(window) else "negated"
        if not _TO_HAVE.search(window) and not _IMPLICATIVE_TO.search(wide):
            for hit in self.cues.hypothetical.finditer(wide):
                if _EXPECTED_NOUN.match(hit.group(0)) and "," in wide[hit.end() :]:
                    continue  # "where many analysts had expected a last stand, passed to the rebels"
                if _ANONYMITY_TO.match(wide, hit.end()):
                    continue  # "a local official who asked not to be named said Qalat had fallen"
                if hit.group(0) != "to" or near.endswith("to") or _DIRECTIVE_TO.search(wide, 0, hit.end()):
                    return f"hypothetical ({hit.group(0)})"
        if _NOMINAL_TRIGGER.search(trigger_text) and _MODAL_RELATIVE_AFTER.match(
            low, start + len(trigger_text)
        ):
            # "a handover of the city, which could take place as early as Monday": a take to come
            return "hypothetical (a relative clause's modal)"
        if _BASE_VERB.match(trigger_text) and _SHARED_MODAL.search(low, max(0, start - 160), start):
            # "could isolate Kabul within 30 days and possibly take over the capital": the modal
            # of the verb before it, which this bare verb shares
            return "hypothetical (a shared modal)"
        if _CONDITIONAL.search(lead):
            return "hypothetical (conditional)"
        if FIGHTING_NOUN.match(trigger_text) and _PREFERRED_TO.search(lead):
            # "they would prefer a negotiated transfer of power to a battle for the city"
            return "hypothetical (the alternative a side would rather avoid)"
        # a forecast after a verb is about something else ("took X on Sunday, in a campaign launched
        # as foreign forces withdraw, a pull-out set to be completed by the end of the month")
        span = (clause.start, clause.end)
        forecast = scan.forecasts.get(span)
        if forecast is None:
            first = self.cues.forecast.search(low, clause.start, clause.end)
            forecast = scan.forecasts[span] = first.start() if first else -1
        if (
            forecast >= 0
            and (
                forecast < start
                or not trigger_text
                or _NOMINAL_TRIGGER.search(trigger_text)
                # "a further push toward Aleppo's edge over the coming days cannot be ruled out"
                or _INDEFINITE_BEFORE.search(low, max(0, start - 24), start)
                # the verb's own time: "says Kabul falls tomorrow"
                or (
                    _OWN_TIME_GAP.fullmatch(low, start + len(trigger_text), forecast) is not None
                    and _FUTURE_DAY.match(low, forecast) is not None
                )
            )
            and not _in_other_aside(scan.closed_asides(), start, forecast)
            and not self._past_span(low, clause, forecast, start, trigger_text)
        ):
            return "hypothetical (forecast)"
        for phrase in _SINCE_PHRASE.finditer(low, clause.start, clause.end):
            if phrase.start() < start < phrase.end() and int(phrase.group(1)) < self.theatre.start_date.year:
                # "the first capital to fall since their seizure of Kunduz in September 2015": the
                # phrase's own event is of its year
                return f"historical ({phrase.group(1)})"
        if (
            (FIGHTING_NOUN.match(trigger_text) or _NOMINAL_TRIGGER.search(trigger_text))
            and (ended := _EVENT_NOUN_ENDED_IN.match(low, start + len(trigger_text))) is not None
            and int(ended.group(1)) < self.theatre.start_date.year
        ):
            return f"historical ({ended.group(1)})"  # "The siege of the old city, ..., ended in May 2014"
        state_since = _STATE_SINCE.match(low, start + len(trigger_text)) if trigger_text else None
        if state_since is not None and int(state_since.group(1)) < self.theatre.start_date.year:
            # "Idlib has been out of government control since an alliance drove the army from the
            # city in March 2015": a state that began then
            return f"historical (since {state_since.group(1)})"
        if span not in scan.clause_reasons:
            scan.clause_reasons[span] = self._clause_reason(low, clause)
        reason = scan.clause_reasons[span]
        if reason == "historical" and not any(
            # (not a clause of "when" on an early year: "reminded of 1996, when the Taliban swept into
            # Kabul, and of the civil war that followed the Soviet withdrawal in 1989")
            int(m.group(1)) < self.theatre.start_date.year
            for m in _YEAR_THEN_WHEN.finditer(low, max(0, start - 80), start)
        ):
            if self._history_measured_since(low, clause, start):
                # "fought their way into Aleppo, bringing insurgents back for the first time since
                # troops drove them out eight years ago": the history is the measure's, not the news
                reason = None
            elif self._history_in_relative_after(low, clause, start):
                # "the loss of Mazar-i-Sharif removes the last obstacle in a region that held out in
                # the 1990s": the relative clause's past; an early year before it still dates the
                # clause ("last held Kabul in 1996 to 2001, having entered the city after years of
                # civil war that followed the Soviet withdrawal")
                reason = self._early_year_before_relative(low, clause, start)
        if reason == "historical" and self._history_in_aside_only(
            low, clause, start, verbal=not _NOMINAL_TRIGGER.search(trigger_text)
        ):
            # "in Lashkar Gah, where British troops had fought for years, officials handed": the
            # aside's past; a year of the clause's own still dates it ("whose men entered X in 1992")
            reason = self._year_reason(low, clause)
        if (
            reason
            and reason.startswith("historical (")
            and not _year_opening(low, clause)
            and self._dated_aside_only(low, clause, start)
            and not (
                (FIGHTING_NOUN.match(trigger_text) or _NOMINAL_TRIGGER.search(trigger_text))
                and _SPAN_OF_THE_EVENT.match(low, start + len(trigger_text))
            )
        ):
            return None  # "In Douma, which forces besieged until 2018, fighters took control of the town"
        if (
            reason
            and reason.startswith("historical (")
            and self._year_in_dated_relative_after(low, clause, start)
        ):
            # "entered the capital in the early hours of Sunday and announced the fall of a regime
            # that ruled Syria for 54 years, since Hafez al-Assad took power in 1970"
            return None
        if reason and reason.startswith("historical (") and self._dated_in_own_aside(scan, start):
            return None  # "Kunduz, which fell on Sunday, was home to a German base until 2013"
        if reason and reason.startswith("historical (") and self._since_years_after(low, start):
            # "seized most of the city on Saturday, the first time the rebels have held ground in
            # Aleppo since government troops recaptured its eastern half in 2016"
            return None
        if (
            reason
            and reason.startswith("historical (")
            and (
                subject_relative := _SUBJECT_RELATIVE_YEAR.search(low, clause.start, start)
                or _PLACE_WHERE_YEAR.search(low, clause.start, start)
            )
            is not None
            and int(subject_relative.group(1) or subject_relative.group(2)) < self.theatre.start_date.year
            and not any(
                int(m.group(1)) < self.theatre.start_date.year
                for m in self.cues.year.finditer(low, start, clause.end)
                # (not a year that names a thing: "the cradle of the revolution of 2011")
                if not _NAMING_YEAR_BEFORE.search(low, max(0, m.start() - 4), m.start())
            )
        ):
            # "factions that had made peace with Damascus in 2018 seized the city": the year of a
            # relative clause on the subject, closed by the trigger, its main verb
            return None
        if reason and reason.startswith("historical (") and self._named_years_after(low, clause, start):
            return None  # "When Hama fell he said they had cleansed a wound left by the 1982 massacre"
        return reason

    def _years_back(self, scan: Scan, count: str) -> bool:
        """Whether "N years after" counts back from the time of writing to before the theatre."""
        parts = [self.cues.number(p) or 0 for p in count.split("-")]
        years = sum(parts)
        return bool(years) and scan.published_year - years < self.theatre.start_date.year

    def _named_years_after(self, low: str, clause: Clause, start: int) -> bool:
        """Whether every early year of the clause's scope names a thing after the trigger ("a wound
        left by the 1982 massacre"), dating that thing, not the trigger's event."""
        begin, end = (
            (clause.start, clause.end)
            if self.times.mentioned(low[clause.start : clause.end])
            else (0, len(low))
        )
        early = [
            m
            for m in self.cues.year.finditer(low, begin, end)
            if int(m.group(1)) < self.theatre.start_date.year
        ]
        return bool(early) and all(
            m.start() > start
            and _NAMED_YEAR.match(low, max(0, m.start() - 4))
            # in a clause of its own after the trigger, not its phrase ("took Kabul in the 1996 offensive")
            and _CLAUSE_BETWEEN.search(low, start, m.start())
            for m in early
        )

    def _history_in_aside_only(self, low: str, clause: Clause, start: int, *, verbal: bool = True) -> bool:
        """Whether every history cue of a clause ("for years", "decades ago") sits in a relative
        clause closed before the trigger ("in Lashkar Gah, where foreign troops had fought for
        years, officials handed the city over") or in an aside after it: the aside's past, not the
        trigger's event."""
        # the clause may open on the aside itself (split at ", where"): read from the sentence
        asides = [
            m.span() for m in CLOSED_ASIDE.finditer(low, 0, clause.end) if clause.start < m.end() <= start
        ]
        # "had taken Kandahar and Lashkar Gah, the group's heartland during its rule in the 1990s":
        # an appositive after the trigger's object
        asides += [m.span() for m in DATED_ASIDE.finditer(low, start, clause.end) if m.start() > start]
        # "Shibirghan, the capital of Jowzjan and for decades the fief of Dostum, fell": the subject's
        asides += [m.span() for m in APPOSITIVE.finditer(low, clause.start, start) if m.end() <= start]
        # "The coast, for decades the bedrock of the family's power, passed out of government hands
        # within a day of rebels seizing Damascus": the subject's aside of how long
        asides += [m.span() for m in _DURATION_ASIDE.finditer(low, clause.start, start) if m.end() <= start]
        # "In Douma, besieged and bombed for years, local fighters took over": a fronted place's aside
        asides += [m.span() for m in DATED_ASIDE.finditer(low, 0, start) if m.end() <= start]
        # "the militias that have been there for years pulled out, and the SDF moved in": a
        # subject's relative clause of how long
        # (not when the trigger sits in a relative clause of its own: "Syrians who had lived for years
        # in Turkey, many of them natives who fled the siege of the city")
        asides += [
            m.span()
            for m in _RELATIVE_DURATION.finditer(low, 0, start)
            if not _RELATIVE_PRONOUN.search(low, m.end(), start)
        ]
        # "took over Tartus ..., completing the collapse of government authority along the coast that
        # for decades was the bedrock of the family's rule": a relative clause past a verb tells its own
        # past (not past a noun's capital: "the fall of X, a city that was at the centre of operations
        # for years, would be a blow")
        asides += [
            (m.start(), comma if (comma := low.find(",", m.end(), clause.end)) >= 0 else clause.end)
            for m in (_RELATIVE_PRONOUN.finditer(low, start, clause.end) if verbal else ())
        ]
        # "have held Raqqa and Hasakah for years, and took Deir ez-Zor on Friday": the subject's
        # earlier predicate, when the trigger's own tells its day
        joined = _AND_PREDICATE.search(low, clause.start)
        if (
            joined is not None
            and joined.end() <= start
            and self.times.mentioned(low[joined.end() : clause.end])
        ):
            asides.append((clause.start, joined.start()))
        if not asides:
            return False
        cues = [m.start() for m in self.cues.history.finditer(low, clause.start, clause.end)]
        return bool(cues) and all(any(a <= c < b for a, b in asides) for c in cues)

    def _dated_aside_only(self, low: str, clause: Clause, start: int) -> bool:
        """Whether every early year of a clause sits in a relative clause or an appositive closed
        before the trigger (or after it), so that it dates the aside, not the trigger's event."""
        # the clause, or the sentence when the clause has no time of its own (as `_clause_reason`)
        begin, end = (
            (clause.start, clause.end)
            if self.times.mentioned(low[clause.start : clause.end])
            else (0, len(low))
        )
        asides = [m.span() for m in DATED_ASIDE.finditer(low) if m.end() > begin and m.start() < end]
        early = [
            m.start()
            for m in self.cues.year.finditer(low, begin, end)
            if int(m.group(1)) < self.theatre.start_date.year
        ]
        # the asides that hold those years ("raised their flag over Kunduz, the gateway to the north
        # that they had held in 2015": not the one read from the comma before the subject)
        dated = [(a, b) for a, b in asides if any(a <= y < b for y in early)]
        if not dated or any(a <= start < b for a, b in dated):
            return False
        return all(any(a <= y < b for a, b in dated) for y in early)

    def _dated_in_own_aside(self, scan: Scan, start: int) -> bool:
        """Whether the trigger lies in a ", which ...," aside that dates it with a day and holds no
        early year, so that the sentence's years outside it are not its."""
        for begin, end in scan.closed_asides():
            if begin < start < end:
                aside = scan.low[begin:end]
                return not self._early_year(aside) and self.times.mentioned(aside)
        return False

    def _early_year_before_relative(self, low: str, clause: Clause, start: int) -> str | None:
        """A year before the theatre's start in the clause, short of the relative clause past the
        trigger: the clause's own time, not the relative clause's."""
        relative = _RELATIVE_AFTER_TRIGGER.search(low, start, clause.end)
        end = relative.start() if relative is not None else clause.end
        early = next(
            (
                m
                for m in self.cues.year.finditer(low, clause.start, end)
                if int(m.group(1)) < self.theatre.start_date.year
            ),
            None,
        )
        return f"historical ({early.group(0)})" if early is not None else None

    def _history_in_relative_after(self, low: str, clause: Clause, start: int) -> bool:
        """Whether every history cue of the clause lies in a relative clause past the trigger ("the
        loss of Mazar-i-Sharif removes the last obstacle in a region that held out against the
        movement in the 1990s"): the relative clause's past, not the news's."""
        relative = _RELATIVE_AFTER_TRIGGER.search(low, start, clause.end)
        if relative is None:
            return False
        cues = list(self.cues.history.finditer(low, clause.start, clause.end))
        return bool(cues) and all(
            cue.start() > relative.start() and not _CLAUSE_MARK.search(low, relative.start(), cue.start())
            for cue in cues
        )  # (and still in the relative clause: no comma closed it)

    def _year_in_dated_relative_after(self, low: str, clause: Clause, start: int) -> bool:
        """Whether every early year of the clause lies in a relative clause past the trigger, which
        a day of its own dates before it: the relative clause's past, not the news's."""
        relative = _RELATIVE_AFTER_TRIGGER.search(low, start, clause.end)
        if relative is None or not self.times.mentioned(low[start : relative.start()]):
            return False
        early = [
            m
            for m in self.cues.year.finditer(low, clause.start, clause.end)
            if int(m.group(1)) < self.theatre.start_date.year
        ]
        return bool(early) and all(
            year.start() > relative.start()
            and not any(
                not _SINCE_GOES_ON.match(low, mark.end())
                for mark in _CLAUSE_MARK.finditer(low, relative.start(), year.start())
            )
            for year in early
        )

    def _history_measured_since(self, low: str, clause: Clause, start: int) -> bool:
        """Whether every history cue of the clause lies in a clause of "since" past the trigger
        that measures a first time or a record against the past."""
        since = _SINCE_WORD.search(low, start, clause.end)
        if since is None or not _MEASURED_SINCE.search(low, start, since.start()):
            return False
        cues = list(self.cues.history.finditer(low, clause.start, clause.end))
        return bool(cues) and all(cue.start() > since.start() for cue in cues)

    def _since_years_after(self, low: str, start: int) -> bool:
        """Whether every early year of the sentence ends a clause of "since" that measures a
        first time past the trigger ("..., the first time they have held ground in Aleppo since
        troops recaptured it in 2016", "closer to the city than at any time since"): not "has been
        in their hands since they overran it in 2015"."""
        early = [m for m in self.cues.year.finditer(low) if int(m.group(1)) < self.theatre.start_date.year]
        if not early:
            return False
        for year in early:
            since = SINCE_CLAUSE.search(low, max(0, year.start() - 80), year.start())
            if since is None or not _MEASURED_SINCE.search(low, start, since.start()):
                return False
        return True

    def _early_year(self, text: str) -> bool:
        """Whether the text names a year before the theatre's start."""
        return any(int(m.group(1)) < self.theatre.start_date.year for m in self.cues.year.finditer(text))

    @staticmethod
    def _past_span(low: str, clause: Clause, forecast: int, start: int, trigger_text: str) -> bool:
        """Whether "within three days" only measures a span in the past: "Within three days the
        rebels had taken Aleppo" (not "could fall within 30 days")."""
        return (
            low.startswith("within", forecast)
            and not _MODAL_IN.search(low, clause.start, clause.end)
            and bool(_PAST_FORM.match(trigger_text) or _PERFECT_BEFORE.search(low, max(0, start - 24), start))
        )

    def _clause_reason(self, low: str, clause: Clause) -> str | None:
        """The part of `_gate` that reads the whole clause: the same for every candidate in it."""
        clause_text = low[clause.start : clause.end]
        if self.cues.history.search(clause_text):
            return "historical"
        return self._year_reason(low, clause)

    def _year_reason(self, low: str, clause: Clause) -> str | None:
        """A year before the theatre's start in the clause, or in the sentence when the clause has
        no time of its own."""
        clause_text = low[clause.start : clause.end]
        # An undated clause takes its period from the sentence: "Echoes of 1996: how the Taliban
        # took Kabul"; a clause with a date of its own keeps it ("took Kunduz on Sunday, a city
        # they last held in 2001").
        scope = clause_text if self.times.mentioned(clause_text) else low
        opened = _year_opening(low, clause)
        if opened and int(opened.group(1)) < self.theatre.start_date.year:
            return (
                f"historical ({opened.group(1)})"  # "remember 1996, when ... and the city changed overnight"
            )
        if _ANNIVERSARY.match(low):
            return (
                "historical (an anniversary: years on)"  # "Twenty-five years on: the night they took Kabul"
            )
        fronted = _FRONTED_YEAR.match(low) if clause.start > 0 else None
        if (
            fronted
            and fronted.end() <= clause.start + 1
            and int(fronted.group(1)) < self.theatre.start_date.year
        ):
            # "In November 2001, after the September 11 attacks, the movement was driven from Kabul"
            return f"historical ({fronted.group(1)})"
        # (an appositive that tells no take of its own: not ", the first time since they overran
        # Kunduz in 2015,")
        apposed = (
            [a.span() for a in APPOSITIVE.finditer(scope) if not self.cues.triggers_in(a.group(0))]
            if "," in scope
            else []
        )
        reference = REFERENCE_TAIL.search(scope)
        if reference is not None and self.cues.triggers_in(scope[: reference.start()]):
            # "entered Hama to heal a wound, a reference to the 1982 massacre"
            apposed.append(reference.span())
        own_time = _DATED_BEFORE_RELATIVE.search(scope)
        if own_time is not None and not self.times.mentioned(scope[: own_time.start()]):
            own_time = None
        for match in self.cues.year.finditer(scope):
            year = int(match.group(1))
            if any(a < match.start() < b for a, b in apposed):
                continue  # "Deraa, the cradle of the 2011 uprising,": the appositive's own time
            if _EPITHET_OF_YEAR.search(scope, max(0, match.start() - 40), match.start()):
                continue  # "handing the insurgents the birthplace of the 2011 uprising": an epithet's time
            if own_time is not None and match.start() > own_time.start():
                # "By November 30 the rebels had taken Aleppo, the city that the army had recaptured
                # in December 2016": a dated take, and the relative clause's own earlier time
                continue
            if (
                (relative := _SPEAKERS_RELATIVE_BEFORE.search(scope, 0, match.start())) is not None
                and (said := self.cues.speech.search(scope, match.end())) is not None
                and not _CLAUSE_BREAK.search(scope, match.end(), said.start())
                # (no take of its own in the clause: not "Residents of Kunduz, which the militants
                # overran in 2015, said")
                and not self.cues.triggers_in(scope[relative.start() : said.start()])
            ):
                continue  # "former rebels who reconciled under a 2018 deal said they had taken Deraa"
            if year < self.theatre.start_date.year and (
                not self.cues.since.search(scope[: match.start()])
                or _WHEN_AFTER_YEAR.match(scope, match.end())
            ):  # "held since 2016" is no past event; "since 2016, when forces recaptured it" is
                return f"historical ({match.group(0)})"
        return None

    def _actor(
        self,
        low: str,
        trigger: Trigger,
        event_type: str,
        actors: list[Any],
        attribution: Attribution | None = None,
        capital: str | None = None,
        previous: str | None = None,
    ) -> str:
        """The side that gains or presses: named in the trigger, the agent after it ("by the
        Taliban"), the subject before an object trigger (not the speaker: in "X fell, a government
        official said, after weeks of fighting" the government is not the attacker), the side the
        sentence before named last (`previous`) for a bare "They" that opens this one, else the
        capital's local side or the theatre's default. A capital's "local" armed groups are its
        local side ("local opposition fighters took control of Daraa": the southern factions)."""
        attacker = self.gazetteer.attacker_of(capital)
        # "the police headquarters" names a building, not the side that holds it
        actors = [a for a in actors if not self.cues.seat_of_power.match(low[a.start : a.start + 60])]

        def side(named: Any) -> str:
            if named.actor == self.gazetteer.incumbent:
                return str(named.actor)  # "local police": the incumbent's, wherever they are
            local = _LOCAL_QUALIFIER.search(low, max(0, named.start - 12), named.end)
            return attacker if local and local.start() < named.start + 6 else str(named.actor)

        if _LOSS_VERB.match(trigger.text) or _PASSIVE_LOSS.match(trigger.text):
            # "the government lost control of X (to Y)", "abandoned X to Y", "X was lost by the
            # government": the other side took it
            after = [  # "to Y" (not "With X lost on Sunday, the government's position ...")
                a
                for a in actors
                if trigger.end <= a.start <= trigger.end + 60 and _LOST_TO.match(low, trigger.end, a.start)
            ]
            return side(after[0]) if after else attacker
        if _SIEGE_ADJECTIVE.fullmatch(trigger.text):
            return attacker  # "Lashkar Gah, the besieged capital": besieged by its challenger
        inside = self.gazetteer.actor_of(trigger.text) if trigger.spec.role == "subject" else None
        if inside:  # "under Taliban control"; in "drove Taliban fighters out of" they are the losers
            return inside
        agent = _AGENT_INSIDE.search(trigger.text)
        if agent is not None and (agent_side := self.gazetteer.actor_of(agent.group(1))) is not None:
            return agent_side  # "attacks by government forces on Idlib": the agent the trigger names
        if _ACTION_NOUN.match(trigger.text):
            premodifier = [
                a
                for a in actors
                if a.end <= trigger.start and _PREMODIFIER_GAP.fullmatch(low, a.end, trigger.start)
            ]
            if premodifier:
                return side(premodifier[-1])  # "the Taliban's assault on Kandahar": the noun's own side
            word = _WORD_BEFORE.search(low, max(0, trigger.start - 24), trigger.start)
            if word is not None and self.cues.incumbent_words.fullmatch(word.group(1)):
                return self.gazetteer.incumbent  # "recent government attacks on Idlib"
        if (
            event_type == "captured"
            and attribution is not None
            and attribution.actor == self.gazetteer.incumbent
            and _SPEAKERS_OWN_FORCES.search(low, max(0, trigger.start - 50), trigger.start)
        ):
            # "the defence ministry ..., saying its forces were in full control of the city": the
            # incumbent speaker's own side still holds it
            return self.gazetteer.incumbent
        if (
            trigger.spec.role == "subject"
            and event_type == "captured"
            and _OUR.search(trigger.text)
            and attribution is not None
        ):
            # "'Bazarak is in our hands,' a Taliban spokesman said": the speaker's own side
            if attribution.actor is not None:
                return attribution.actor
            if self.cues.official_words.search(attribution.text):
                return self.gazetteer.incumbent
        if trigger.spec.role == "subject" and event_type == "captured" and _THEIR.search(trigger.text):
            # "in their hands", "under their control": the side named last before ("officials said
            # Mehtarlam, which the Taliban attacked, was in their hands"); in a quotation naming none,
            # the speaker's opponents; in reported speech naming none, the speaker's side ("government
            # officials said the city remained under their control")
            named = [a for a in actors if a.end <= trigger.start]
            if named:
                return side(named[-1])
            if _quoted(low, trigger.start):
                return attacker
            if attribution is not None and attribution.actor is not None:
                return attribution.actor
            if attribution is not None and self.cues.official_words.search(attribution.text):
                return self.gazetteer.incumbent
        if (
            event_type == "captured"
            and _PRONOUN_HOLDER.match(trigger.text)
            and attribution is not None
            and attribution.actor is not None
            and attribution.start < trigger.start
            and not any(attribution.start <= a.start < trigger.start for a in actors)  # (start: its verb's)
        ):
            return attribution.actor  # "The SDF says it controls Deir ez-Zor": the speaker's own side
        if event_type == "retaken" and (
            PASSIVE_BEFORE.search(low, max(0, trigger.start - 12), trigger.start)
            or _BARE_EXPULSION.match(trigger.text)
        ):
            return self.gazetteer.incumbent  # "the Taliban had been driven out of the city": they lost it
        after = [
            a
            for a in actors
            if trigger.end <= a.start <= trigger.end + 40
            and (
                _AGENT_GAP.match(low[trigger.end : a.start])
                # "retaken by the army": the trigger ends on its agent's "by"
                or (trigger.text.endswith(" by") and _THE_GAP.fullmatch(low, trigger.end, a.start))
            )
        ]
        if after:
            return side(after[0])
        if event_type == "retaken" and trigger.text.endswith(" by"):
            return self.gazetteer.incumbent  # "and retaken by the army": its agent, no side of ours
        if (trigger.spec.role == "object" and not _LOSS_NOUN.match(trigger.text)) or event_type == "retaken":
            # not for "the fall of X": "soldiers flee after the fall of Kabul" are the losers
            speaker = _speaker_span(low, attribution)
            # not a side named in an appositive closed before the trigger ("the Panjshir valley, the
            # last holdout of anti-Taliban forces, and that their fighters had raised the flag")
            apposed = [
                m.span()
                for m in APPOSITIVE.finditer(low, 0, trigger.start)
                # not the subject after a fronted phrase ("In the east, the SDF, ..., took control")
                if not _FRONTED_PHRASE.search(low, 0, m.start())
            ]
            # nor one in a fronted clause of time ("On Aug. 17, two days after the Taliban entered
            # Kabul, resistance fighters said they had retaken Charikar")
            fronted = _FRONTED_TIME_CLAUSE.match(low)
            fronted_end = fronted.end() if fronted is not None and fronted.end() <= trigger.start else 0
            before = [
                a
                for a in actors
                if a.end <= trigger.start
                and not speaker[0] <= a.start < speaker[1]
                and not self.cues.media_voice.search(low, a.start, a.end)
                and not any(x < a.start < y for x, y in apposed)
                and a.start >= fronted_end
            ]
            if (
                event_type == "surrendered"
                or FIGHTING_NOUN.match(trigger.text)
                or HOLDOUT.match(trigger.text)
            ):
                # "government officials handed over X": not the receiver; "government forces
                # withdrew after street fighting": both sides fight, the incumbent is not the attacker
                before = [a for a in before if a.actor != self.gazetteer.incumbent]
            elif capital is not None and event_type in ("captured", "entered", "contested"):
                # "Government troops fought the insurgents on the outskirts of Kandahar": the side
                # that held the city at the start defends it; it neither takes nor presses it
                holder = self.theatre.initial_controller(capital)
                # nor, beside its challenger, the side that carries the holder's cause on ("Taliban and
                # resistance forces fought on the approaches to Bazarak": the resistance defends it)
                heirs = self.theatre.heirs(holder)
                challengers = [a for a in before if a.actor not in heirs]
                before = challengers or [a for a in before if a.actor != holder]
            elif event_type == "retaken":
                # not the side the trigger drives out ("drove the militants out of the city": the
                # Taliban of "strikes on Taliban positions" before it are the losers too)
                expelled = self.gazetteer.actor_of(trigger.text)
                before = [
                    a
                    for a in before
                    if not _EXPELLED_BEFORE.search(low, max(0, a.start - 40), a.start) and a.actor != expelled
                ]
            if (
                len(before) > 1
                and _BETWEEN.search(low, max(0, before[-2].start - 14), before[-2].start)
                and _AND_THE.fullmatch(low, before[-2].end, before[-1].start)
            ):
                return side(before[-2])  # "fighting between the Taliban and resistance forces": the first
            claimant = [a for a in actors if speaker[0] <= a.start < speaker[1]]
            if claimant and _CLAIM_TO_HAVE.fullmatch(low, speaker[1], trigger.start):
                return side(claimant[-1])  # "rejected the Taliban's claim to have taken the valley"
            ranked = _RANKED_PREDICATE.search(low, max(0, trigger.start - 80), trigger.start)
            if ranked is not None and any(a.end <= ranked.start() for a in before):
                # "Fighters of the Southern Operations Room were the first opposition forces to
                # enter X": the subject, not the class the predicate ranks it in
                before = [a for a in before if a.end <= ranked.start()]
            # "local armed groups said they had taken control of Daraa": the speaker's own side (also
            # past a clause of its own: "Rebels fight into Homs; southern factions say they are at
            # the gates of Damascus", "..., while in the south former rebel factions said they had")
            speakers = [a for a in actors if speaker[0] <= a.start < speaker[1]]
            if before and not (
                speakers
                and _SIDE_CLAUSE_BREAK.search(low, before[-1].end, speaker[0])
                # (not past a side named after the speaker: "rejected insurgent claims that their
                # fighters had broken into the city")
                and not any(speaker[1] <= a.start < trigger.start for a in actors)
                and not self.cues.claim.search(low, speaker[1], trigger.start)
            ):
                return side(before[-1])
            if (
                speakers
                and _OWN_SIDE.search(low, speaker[1], trigger.start)
                and not self.cues.denial.search(low[speaker[1] : trigger.start])
                # (not the holder's "units" facing an attack: "the army said its units were
                # confronting a large-scale attack on Aleppo")
                and not (
                    _UNITS.search(low, speaker[1], trigger.start)
                    and speakers[-1].actor == self.gazetteer.incumbent
                )
            ):
                return side(speakers[-1])
            if before:
                return side(before[-1])
        if event_type == "retaken":
            return self.gazetteer.incumbent
        if (
            previous is not None
            and trigger.spec.role == "object"
            and BARE_THEY.match(low, 0, trigger.start)
            and not any(a.end <= trigger.start for a in actors)
            and (
                capital is None
                or previous not in self.theatre.heirs(self.theatre.initial_controller(capital))
            )
        ):  # "The Kurdish-led SDF hold Raqqa and Hasakah. They also took control of Deir ez-Zor"
            return previous
        return self._side_from_home(low[: trigger.start]) or attacker

    def _side_from_home(self, before: str) -> str | None:
        """The local side of the capitals unnamed fighters come from ("factions from Daraa and
        Suwayda said their fighters had reached the edges of Damascus": the southern factions)."""
        homes = list(_FIGHTERS_FROM.finditer(before))
        if not homes:
            return None
        home = homes[-1]
        capitals = [
            self.gazetteer.heading_to_capital.get(_REGION_OF.sub("", place))
            for place in _PLACES_SPLIT.split(home.group("places"))
        ]
        sides = {self.gazetteer.local_sides.get(capital) if capital else None for capital in capitals}
        return sides.pop() if len(sides) == 1 else None

    def _modality(
        self,
        scan: Scan,
        clause: Clause,
        mention: Mention,
        trigger: Trigger,
        attribution: Attribution | None,
        actor: str,
        anchors: tuple[int, ...] = (),
        actors: list[Any] | None = None,
        trigger_starts: tuple[int, ...] = (),
    ) -> Modality:
        """How the text holds the event: `anchors` are where the sentence's triggers and capitals
        stand, which tell whose claim a claim cue reports; `actors`, where the sides are named."""
        text = scan.low
        takes = trigger.spec.type in ("captured", "surrendered", "retaken")
        label = _LABEL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        head = label.start() if label else mention.start  # "parts of the provincial capital Qala-e-Naw"
        # (not a take the capital's own relative clause tells: "retook parts of Kunduz city, which
        # the Taliban seized on Sunday")
        own_relative = trigger.start > mention.end and _OWN_RELATIVE_TAKE.fullmatch(
            text, mention.end, trigger.start
        )
        if (
            takes
            and (
                (self.cues.partial_before.search(text[max(0, head - 60) : head]) and not own_relative)
                # (not past a whole take's own word: "Qala-e Naw, which the Taliban had partly overrun
                # earlier in the week, was fully in insurgent hands")
                or (
                    (part := self.cues.partial_any.search(text[clause.start : clause.end])) is not None
                    and not _WHOLE.search(trigger.text)
                    # (not what a country-wide sweep left: "all fell on Sunday, leaving only the
                    # Panjshir valley and its capital Bazarak outside insurgent hands")
                    and not self.gazetteer.capital_mentions(
                        scan.text[clause.start + part.start() : clause.start + part.end()]
                    )
                )
                or _MOSTLY_TAKEN.search(
                    text, max(0, trigger.start - 9), trigger.end
                )  # "mostly taken Thursday"
                or POSSESSED_PART.match(text, mention.end)  # "in the city's southern districts"
                or _NAMED_PARTS.match(text, mention.end)  # "retake Herat neighbourhoods"
                or (mention.end == mention.start and CITY_PARTS_AFTER.match(text, trigger.end))
            )
        ):  # the last: "In Herat, troops pushed the Taliban out of several neighbourhoods"
            return "partial"
        if _NOMINAL_TRIGGER.search(trigger.text) and _PRESUPPOSED.search(
            text, 0, min(mention.start, trigger.start)
        ):
            return "asserted"  # "since the fall of Kabul": the reporter's background, not what is claimed
        if _BACKDROP_CLAIM.search(text, max(0, trigger.start - 120), trigger.start) or (
            _DECLARED_CONTROL.match(trigger.text)
            and _BACKDROP_DECLARATION.search(text, max(0, trigger.start - 120), trigger.start)
        ):
            return "asserted"  # "The collapse came hours after the rebels declared full control of Homs"
        if _asks(text, clause) and _answered(scan) == "no":
            return "denied"  # "Q: Is it true the Taliban have taken Ghazni? A: No, ..."
        if self._denial_covers(text, mention, trigger, trigger_starts) or (
            trigger.start < mention.start
            and _NOMINAL_TRIGGER.search(trigger.text)
            and _CALLED_FALSE.match(text, mention.end)
        ):  # the last: "the capture of Bazarak is a lie"
            return "denied"
        rejected_after = _CLAIM_REJECTED_AFTER.search(text, trigger.end)
        told_end = max(trigger.end, mention.end)
        if _REJECTED_AS_SUBJECT.match(text, told_end) and _CLAIM_THAT_BEFORE.search(
            text, max(0, min(trigger.start, mention.start) - 70), min(trigger.start, mention.start)
        ):
            return "denied"
        if rejected_after is not None and not _CLAUSE_BREAK.search(text, told_end, rejected_after.start()):
            # "had entered Homs, a claim the defence ministry quickly rejected": the claim told last
            # (not "captured Ghazni and broke into Herat, while ... had taken Kandahar, a claim ...")
            return "denied"
        countered = _COUNTER_DENIAL.match(text, told_end)
        if (
            countered is not None
            # (a denial that names the city tells its own denied event: "denied that the city had fallen")
            and not self.gazetteer.capital_mentions(countered.group("content"))
            and not self.cues.coref_city.search(countered.group("content"))
            and any(
                self.cues.trigger_specs[number].type == trigger.spec.type
                for number, _, _ in self.cues.triggers_in(countered.group("content"))
            )
        ):
            # "rebels said they had entered Homs, while the ministry denied that any insurgents were
            # inside": the same news, denied in the clause that answers it
            return "denied"
        rejection = self.cues.denied_claim.search(text) if scan.has(self.cues.denied_claim) else None
        if rejection is not None and rejection.start() < trigger.start:
            if any(  # "rejected the claim, saying that reports of the fall of Bazarak were false"
                hit.start() < trigger.start < hit.end()
                # 'saying there was "no truth" to reports that the city was surrounded'
                or (
                    (told := _THAT_CONTENT.match(text, hit.end())) is not None
                    and told.start(1) <= trigger.start
                )
                for hit in self.cues.denied_claim.finditer(text, rejection.end())
            ):
                return "denied"
            if not _OWN_WORDS.search(text, rejection.end(), trigger.start):
                return "denied"  # "officials dismissed reports that the city had fallen"
            if attribution is None or attribution.actor != actor:
                # "an official denied the claim, saying troops were still fighting the insurgents":
                # the denier's own news, not the claim
                return "asserted"
        if self._speakers_own_aside(scan, trigger):
            # "Fighters of the Southern Operations Room, which took Daraa on Friday, said they were
            # on the outskirts of Damascus. There was no confirmation.": the doubt is of the words
            return "asserted"
        if scan.unverified is None:
            following = scan.following.lower()
            scan.unverified = (
                scan.has(self.cues.unverified)
                or bool(
                    self.cues.unverified.match(following.strip())
                    or (
                        # (a longer one when its doubt is of the account before: "Residents said
                        # gunfire could still be heard on the northern edge of town, and the
                        # ministry's account could not be independently verified.")
                        (len(following) < 120 or _ACCOUNT_DOUBTED.search(following) is not None)
                        and (doubt := self.cues.unverified.search(following)) is not None
                        # not a next sentence with news of its own ("The Taliban also announced they had
                        # taken Mahmud-i-Raqi; there is no confirmation of that.", "TB later claimed full
                        # control; not confirmed.")
                        and not self.gazetteer.capital_mentions(scan.following)
                        and not any(
                            not DETERMINER_BEFORE.search(following, max(0, c.start() - 12), c.start())
                            for c in self.cues.claim.finditer(following[: doubt.start()])
                        )  # (not "The claim could not be verified": the claim before it)
                        # nor "The Taliban later said they had taken the city; that claim could not
                        # be verified": a take of its own before the doubt
                        and not _OWN_TAKE.search(following, 0, doubt.start())
                    )
                )
            )
        unverified = scan.unverified
        semicolon = text.find(";", trigger.end)
        if (
            unverified
            and semicolon >= 0
            and scan.has(self.cues.unverified)
            and all(m.start() > semicolon for m in self.cues.unverified.finditer(text))
            and _OTHER_CLAIMS.search(text, semicolon)
        ):
            # "Officials confirmed the fall of Kandahar; there was no confirmation of the other
            # claims": the doubt is of a clause of its own
            unverified = False
        if unverified and scan.has(self.cues.unverified):
            doubts = [m.start() for m in self.cues.unverified.finditer(text)]
            later_claim = self.cues.claim.search(text, trigger.end)
            if (
                doubts
                and (attribution is None or attribution.start >= trigger.end)
                and later_claim is not None
                and later_claim.end() < min(doubts)
                and any(later_claim.end() <= a < min(doubts) for a in anchors)
            ):
                # "were attacking Mehtarlam, and the group claimed that Gardez was in their hands, a
                # claim that could not be verified": the doubt is of the later claim's news
                unverified = False
        if (
            unverified
            and scan.has(self.cues.unverified)
            and (doubts := [doubt.start() for doubt in self.cues.unverified.finditer(text)])
            and min(doubts) > trigger.end
            and _LATER_SPEAKER.search(text, trigger.end, min(doubts))
        ):
            # "Bamyan was handed over without fighting, local sources said, and the Taliban announced
            # that they took Mahmud-i-Raqi, the claim was not confirmed": the doubt is of the later
            # speaker's clause
            unverified = False
        if (
            unverified
            and attribution is not None
            and scan.has(self.cues.unverified)
            and (turn := _last_turn(text, attribution.start)) is not None
            and turn < trigger.start
            and all(doubt.end() <= turn for doubt in self.cues.unverified.finditer(text))
        ):
            # "the Taliban said they took Asadabad, there was no independent confirmation, and in
            # Paktika, local officials said Sharana was handed over": the doubt is of the clause
            # before the turn to another speaker
            unverified = False
        if unverified and trigger.spec.type in ("entered", "contested"):
            doubt = self.cues.unverified.search(text, trigger.end)
            if (
                doubt is not None
                and _DOUBT_OF_FALL.match(text, doubt.end())
                and _CLAUSE_BREAK.search(text, trigger.end, doubt.start())
                and not self.cues.unverified.search(text, 0, trigger.end)
            ):  # "fighting was still going on inside the city, and there was no official confirmation
                # of its fall": the doubt is of the fall, in a clause of its own
                unverified = False
        # "The Taliban claimed X, but a local official said fighting went on": the turn's speaker
        # has the words after it; the claim before the turn is not about them
        since = (
            attribution.start
            if attribution is not None and _last_turn(text, attribution.start) is not None
            else 0
        )
        confirmed = (
            self._cue_covers(scan, self.cues.confirm, trigger, anchors)
            and not unverified
            # "23 PCs confirmed under TB control; three more claimed (Gardez, Nili)": a claim told
            # by its verb is confirmed only in its own clause
            and not (
                CLAIM_VERB.fullmatch(trigger.text)
                and not self.cues.confirm.search(text, text.rfind(";", 0, trigger.start) + 1)
            )
        )
        if confirmed:
            admission = self.cues.confirm.search(text, trigger.end)
            if admission is not None and _PART_ADMITTED.match(text, admission.end()):
                # "said they had captured Ghazni, while the ministry admitted that some parts of the
                # city had fallen": what is confirmed is a part
                return "partial"
            return "asserted"
        if attribution is not None and self._reporter_aside(scan, trigger, attribution):
            return "asserted"
        if (
            (
                _DECLARED_CONTROL.match(trigger.text)
                # "announced late that night that they were in full control of Homs, after ..."
                or _DECLARATION_BEFORE.search(text, max(0, trigger.start - 80), trigger.start)
            )
            and not unverified
            and (withdrawal := _HOLDER_WITHDREW_AFTER.search(text, told_end)) is not None
            and (
                attribution is None
                or attribution.start <= trigger.start
                or attribution.start > withdrawal.end()
            )
        ):
            # "the rebels declared full control of Homs after the army withdrew from the city": the
            # declaration is an act, the withdrawal the reporter's own news, which bears it out
            return "asserted"
        final = self._background_relative(text)
        if final is not None and final.start() < trigger.start:
            # "claimed that fighters had retaken Charikar, which the Taliban took on Sunday": the
            # reporter's background, dated, closing the sentence after the claim
            return "asserted"
        claimant = (
            (
                attribution is not None
                and (
                    attribution.actor == actor
                    # "'We cleared Charikar yesterday,' an NRF spokesman said": the side that carries
                    # the holder's cause on claims its retake
                    or (
                        trigger.spec.type == "retaken"
                        and attribution.actor is not None
                        and attribution.actor in self.theatre.heirs(actor)
                    )
                )
                and not self.speaker_finder.corroborated(attribution)
                # (not the holder's own officials on its retake: "commandos drove the Taliban out
                # of Qala-e Naw, the defence ministry said", an official confirmation)
                and not (
                    attribution.actor == actor == self.gazetteer.incumbent
                    and trigger.spec.type == "retaken"
                    and self.speaker_finder.partisan(attribution.text) is None
                )
                and ";" not in text[trigger.end : attribution.start]  # "X fell; the Taliban also claim Y"
                # "Officials said they took X, while the Taliban said they had captured Y": the later
                # speaker's words are the later trigger's
                and not (
                    attribution.start > trigger.end
                    # (a speech set off by commas covers the clause before it: "local factions have
                    # taken control of Quneitra, they say, and Druze groups hold ...")
                    and not _SPEECH_SET_OFF.match(text, attribution.start)
                    and any(  # (start: the speech verb's)
                        anchor > attribution.start
                        # (not the speaker's own participle: "'X has been conquered,' the spokesman
                        # wrote, sharing pictures of fighters outside the governor's office")
                        and not _SPEAKER_PARTICIPLE.search(text, attribution.start, anchor)
                        for anchor in anchors
                    )
                )
            )
            or any(  # "..., an official said, and the Taliban announced they had also taken Y"
                a.actor == actor
                and max(clause.start, since) <= a.start < trigger.start
                and _SPEECH_AFTER.match(text, a.end)
                for a in actors or ()
            )
            or any(  # "..., residents said, as opposition channels declared the city liberated"
                _SPEECH_AFTER.match(text, p.end()) and self.speaker_finder.partisan(p.group()) == actor
                for p in self.cues.partisan.finditer(text, max(clause.start, since), trigger.start)
            )
            or (  # "..., officials said, and the group announced it had taken Y": the side itself
                actor != self.gazetteer.incumbent
                and not any(clause.start <= a.start < trigger.start for a in actors or ())
                and any(
                    _SPEECH_AFTER.match(text, g.end())
                    for g in _GROUP_SPEAKER.finditer(text, clause.start, trigger.start)
                )
            )
            or (  # "Our forces entered the first neighbourhoods of Homs": a side's statement, printed as
                # issued, or quoted from a speaker the sentence does not name ("'Our mujahideen have
                # entered Kunduz city,' he said")
                (attribution is None and scan.voice == actor)
                or (
                    (attribution is None or attribution.actor is None)
                    and ("our " in text or "we " in text)
                    and (ours := _OUR_SIDE_SUBJECT.search(text, clause.start, trigger.start)) is not None
                    # (not "our armed forces are repelling a large attack of the terrorists on Aleppo":
                    # the side that tells it holds the city)
                    and not _REPELLING.search(text, ours.end(), trigger.start)
                )
            )
            or (  # "In a post on its Telegram channel, it said its fighters had entered Hama": a speaker
                # of no named side telling of its own fighters, the challenger's
                attribution is not None
                and attribution.actor is None
                and actor != self.gazetteer.incumbent
                and attribution.start < trigger.start
                and (fighters := _OWN_FIGHTERS_TOLD.match(text, attribution.start)) is not None
                # (the fighters' own verb, not the other side's after them: "said its units had
                # repelled a large-scale attack on Aleppo")
                and (
                    trigger.start < fighters.end()  # "said their fighters were already inside Homs"
                    or _AUXILIARIES.fullmatch(text, fighters.end(), trigger.start) is not None
                )
            )
            or (  # "they say they now control the city": a pronoun speaker telling its own take
                attribution is not None
                and attribution.actor is None
                and actor != self.gazetteer.incumbent
                and (said := _SAYS_OWN_PRONOUN.match(text, attribution.start)) is not None
                and _PRONOUN_SPEAKER.search(text, max(0, attribution.start - 6), attribution.start)
                is not None
                and (
                    said.end() == trigger.start
                    or _PRONOUN_THEN_AUXILIARIES.fullmatch(text, said.end(), trigger.start) is not None
                )
            )
            or (  # "Fighters said on Monday that they were in control of Tartus": armed men of no named side
                attribution is not None
                and attribution.actor is None
                and _ARMED_SPEAKER.fullmatch(_TIME_LEAD.sub("", attribution.text.lower())) is not None
                and _OWN_SIDE.search(text, attribution.start, trigger.start) is not None
            )
        )
        following = scan.following.lower()
        verdict = _VERDICT_NEXT.match(following)  # "It was true." / "It was not true." after it
        if (
            unverified
            or claimant
            or CLAIM_VERB.fullmatch(trigger.text)  # "Taliban claim Firozkoh": the claim is the take
            or self._cue_covers(scan, self.cues.claim, trigger, anchors, since)
        ):
            # a claim rejected in its sentence or the next ("A spokesman rejected the claim."); a
            # rejected claim says nothing of the reporter's own news beside it
            rejected = (
                (rejection is not None and not _OWN_WORDS.search(text, rejection.end(), trigger.start))
                # (not the same quote going on: "X is ours. These are rumours," an official said)
                or (
                    not opens_unclosed_quote(text)
                    and self._rejected_next(following, scan.following, mention.capital, trigger.spec.type)
                )
                or _DENIES_AT_END.search(text, trigger.end) is not None
            )
            if rejected:
                return "denied"
            # "... read out that Homs had fallen. It was true, as we all knew by the morning."
            if verdict is not None and verdict.group("false"):
                return "denied"  # "... said they had taken Homs. It was not true."
            return "asserted" if verdict is not None and not unverified else "claimed"
        if verdict is not None and verdict.group("false") and self.cues.speech.search(text, 0, trigger.start):
            return "denied"  # "an earlier update said rebels had taken Tartus. That was wrong."
        return "asserted"

    def _rejects_other_news(self, low: str, rejection: re.Match[str]) -> bool:
        """Whether the reports a rejection names are of another thing, with no take of a place in
        them ("Assad's office denied reports that the president had left the country")."""
        content = _THAT_CONTENT.match(low, rejection.end())
        if content is not None:
            return not self.cues.triggers_in(content.group(1))
        told = _REPORTS_THAT_WERE_FALSE.match(rejection.group(0))
        return (
            told is not None
            and not self.cues.triggers_in(told.group(2))
            # (reports "of" a side's victory are of its claim)
            and not (told.group(1) == "of" and self.gazetteer.actor_mentions(told.group(2)))
        )

    def _rejected_next(self, following: str, written: str, capital: str, kind: str) -> bool:
        """Whether the next sentence (`following`, lowered, of the `written` text) opens by
        rejecting the claim of `capital` ("However, the ministry rejected the claim as propaganda,
        saying ..."): a rejection near its start, with no claim of its own before it for the
        rejection to answer, naming no capital or this one; a claimed fight (`kind`) is not
        rejected by a denial of an entry or a take alone."""
        hit = self.cues.denied_claim.search(following)
        if (
            hit is None
            or hit.start() >= _REJECTION_OPENS
            or self.cues.claim.search(following, 0, hit.start())
            or NOT_REJECTING.search(following, max(0, hit.start() - 40), hit.start())  # "nor deny it"
        ):
            return False
        if self._rejects_other_news(following, hit):
            return False
        told = {
            self.cues.trigger_specs[number].type
            for number, _, _ in self.cues.triggers_in(following, hit.start())
        }
        if kind == "contested" and told and "contested" not in told:
            return False  # "... had begun encircling the capital. The ministry denied that rebels had entered it"
        # "The defence ministry rejected the claim about Kondoz": of the claims before, that one
        named = {c for c, start, _ in self.gazetteer.capital_mentions(written) if start >= hit.start()}
        return not named or capital in named

    def _speakers_own_aside(self, scan: Scan, trigger: Trigger) -> bool:
        """A relative clause set off by commas on the speaker, right before the speech verb
        ("Fighters of the Southern Operations Room, which took Daraa on Friday, said ..."): the
        reporter's background on who speaks, which no doubt of the words reaches."""
        return any(
            start < trigger.start < end
            and _SPEECH_AFTER.match(scan.low, end)
            and not self.cues.claim.search(scan.low, start, end)
            and not self.cues.speech.search(scan.low, start, end)
            for start, end in scan.closed_asides()
        )

    def _reporter_aside(self, scan: Scan, trigger: Trigger, attribution: Attribution) -> bool:
        """A relative clause set off by commas is the reporter's background, not the speaker's
        words: "In Herat, which the Taliban took on Thursday, the governor surrendered on Friday,
        a Taliban spokesman said"."""
        for start, end in scan.closed_asides():
            if start < trigger.start < end:
                inside = start <= attribution.start < end
                return not inside and not self.cues.claim.search(scan.low, start, end)
        if (
            _SIEGE_ADJECTIVE.fullmatch(trigger.text)
            and attribution.start < trigger.start
            and _EPITHET_OPENS.search(scan.low, max(0, trigger.start - 12), trigger.start)
        ):
            # "said it was sending more troops to Lashkar Gah, the besieged capital of Helmand": the
            # reporter's epithet for the city, not the speaker's news
            return True
        where = _WHERE_OPENS.search(scan.low, attribution.start, trigger.start)
        if (
            where is not None
            and FIGHTING_NOUN.match(trigger.text)
            and not _CLAUSE_MARK.search(scan.low, where.end())
        ):
            # "said they had captured Mehtarlam, capital of Laghman, where fighting had been under way
            # since Saturday": the place's clause closing the sentence tells its state, the reporter's
            return not self.cues.speech.search(scan.low, where.start(), len(scan.low))
        # "local factions said they had taken Quneitra, a day after former rebels seized Daraa":
        # a time adjunct after the speaker's words dates them against the reporter's own news
        adjunct = _TIME_ADJUNCT.search(scan.low, attribution.start, trigger.start)
        return (
            adjunct is not None
            and not self.cues.claim.search(scan.low, adjunct.start(), trigger.end)
            and not self.cues.speech.search(scan.low, adjunct.end(), trigger.start)
            # (not past the speech's next "that": "said they had taken Homs, hours after their
            # fighters pushed into the city, and that they had begun encircling the capital")
            and not _SPEECH_RESUMED.search(scan.low, adjunct.end(), trigger.start)
        )

    def _denial_covers(
        self, low: str, mention: Mention, trigger: Trigger, trigger_starts: tuple[int, ...]
    ) -> bool:
        """A denial cue before the event, with no other trigger between them: "denied that the city
        had fallen, saying troops were battling the insurgents on its edges" denies the fall only."""
        end = max(mention.start, trigger.start)
        hits = list(self.cues.denial.finditer(low[:end]))
        if not hits:
            return False
        last = hits[-1]
        between = [start for start in trigger_starts if last.end() <= start < trigger.start]
        if between and not (
            # "false news about entering the city of Aleppo and its fall": one denied list of news
            _NOMINAL_TRIGGER.search(trigger.text)
            and _NEWS_CONJUNCT.fullmatch(low, between[-1], trigger.start)
        ):
            return False
        return not _OWN_WORDS.search(low, last.end(), trigger.start)

    def _cue_covers(
        self,
        scan: Scan,
        cue: Cue | re.Pattern[str],
        trigger: Trigger,
        anchors: tuple[int, ...],
        since: int = 0,
    ) -> bool:
        """Whether a claim or confirmation cue is about this trigger: one before it is ("said on
        Twitter they had taken X"), and one after it unless it has a capital or a trigger of its
        own after it ("X, Y and Z fell; the Taliban also claim W", "said they had captured X,
        while officials acknowledged that parts of the city had fallen")."""
        if not scan.has(cue):
            return False
        for hit in cue.finditer(scan.low):
            if hit.start() < since:
                continue  # another speaker's, before the sentence turned
            if cue is self.cues.confirm and _NEVER_BEFORE.search(
                scan.low, max(0, hit.start() - 30), hit.start()
            ):
                continue  # "but officials never publicly confirmed the takeover": no confirmation
            if hit.start() < trigger.start and (
                TURN.search(scan.low, hit.end(), trigger.start)
                or (cue is self.cues.claim and _AFTER_CLAUSE_OPEN.search(scan.low, hit.end(), trigger.start))
                # "X fell, officials confirmed, and the insurgents say they have also taken Y"
                or (cue is self.cues.confirm and _NEXT_SPEAKER.search(scan.low, hit.end(), trigger.start))
            ):
                continue  # "claims to have pushed them back, but by Dec. 4 fighting has reached the city"
            if (
                cue is self.cues.claim
                and (opening := _OPENING_SINCE.match(scan.low)) is not None
                and trigger.end <= opening.end() <= hit.start()
            ):  # "Since fighters swept into Aleppo on Friday, social media have filled with claims
                # about who holds the city": the news the sentence stands on, not what is claimed
                continue
            if (
                hit.start() > trigger.end
                and (turn := TURN.search(scan.low, trigger.end, hit.start())) is not None
                and self.cues.speech.search(scan.low, trigger.end, turn.start())
            ):  # "seized Kunduz on Sunday, local officials said, while the insurgents claimed a third
                # northern city": the trigger's own speaker told it before the turn to the claim
                continue
            if (
                cue is self.cues.claim
                and hit.start() > trigger.end
                and hit.group(0).endswith("ing")
                and scan.low.endswith(", ", 0, hit.start())
                and self.cues.speech.search(scan.low, trigger.end, hit.start())
                and not any(anchor >= hit.end() for anchor in anchors)
            ):  # "repelled an assault on Herat, the police spokesman said, claiming dozens of
                # insurgents were killed": what the speaker went on to claim, after telling the event
                continue
            if (
                hit.start() > trigger.end
                and ";" in scan.low[trigger.end : hit.start()]
                and not _CLAIM_NAMED.search(scan.low, max(0, hit.start() - 8), hit.start())
            ):  # "Fierce fighting on Hama's outskirts; the army claims heavy rebel losses" (not "X
                # says it has retaken Charikar; the Taliban call the claim a rumour")
                continue
            if (
                cue is self.cues.claim
                and hit.start() > trigger.end
                and _EARLIER_CLAIM_BEFORE.search(scan.low, trigger.end, hit.start())
            ):  # "Pul-e Alam fell on Aug 14, a local official said, a day after the Taliban first
                # claimed it": the claim came before the news that bears it out
                continue
            if hit.start() < trigger.start or not any(anchor >= hit.end() for anchor in anchors):
                return True
        return False
