"""Attribution: who a sentence quotes ("X said", "said X", "according to X"), and what kind of
source that is relative to the side that gains (a claimant, an official, a witness)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from schemas.common import AttributionKind
from streams.core.cues import Cues
from streams.core.gazetteer import Gazetteer

_SURNAME = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}")
"""A name told again without its first name ("Stanekzai", "Abdul Ghani")."""

_DEFINITE_HEAD = re.compile(
    r"(?:[Tt]he\s+(?:statement|message|post|communiqu[eé]|announcement)\s+(?:of|from|by)\s+)?[Tt]he\s+([a-z]+)"
)
"""A speaker told again by the head noun of its name ("the command", "the front", "the statement
of the command")."""
_ADVERBS = re.compile(
    r"(?:\s+(?:also|later|meanwhile|earlier|previously|separately|again|too|then|now|had|has|have))+$"
)
_TIMESTAMP = re.compile(r"^\d{1,2}(?:\s*[ap]\.?m\.?)?\s*[-–—]\s*")
"""What is left of a live file's time ("18:05 - ") once the colon has split it off."""
_DATELINE_REST = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}[-–—]\s+")
"""What is left of a dateline ("Syria — ", of "DARAA, Syria — ") once the comma has split it off."""
_CHUNK_BREAK = re.compile(r"[,;:\"“”()]|\bthat\b")
_LOCATIVE_ASIDE = re.compile(
    r"(?:on|in|near|at|along|across|outside|inside|close to|north|south|east|west)\s"
)
"""A chunk before a speech verb that is where the speaker is, set off by commas: not the speaker."""
_ISSUED_ASIDE = re.compile(
    r"(?:published|issued|released|posted|broadcast|carried|circulated|shared|read\s+out|sent\s+out)"
    r"(?:\s+(?:late|early|on|in|at|overnight|last|this|earlier|later|by|online|to|from)\b[^,]{0,40})?"
)
"""An aside on when or where a statement came out, between it and its speech verb."""
_RELATIVE_OPENER = re.compile(r"(?:where|when)\s+")
"""A speaker's chunk that opens a relative clause of place or time ("where the rebels declared")."""
_RELATIVE_ASIDE = re.compile(r"(?:who|which|whose)\s")
"""A relative clause on the speaker set off by commas before the verb: "HTS-led rebels, who seized
Hama a day earlier, said"."""
_CLOSED_RELATIVE = re.compile(r",\s*(?:who|which|whose)\s[^,;:\"“”()]*\bthat\b[^,;:\"“”()]*,\s*$")
"""A relative aside with a "that" clause inside it, closed right before the speech verb."""
_PROPER_NAME = re.compile(r"^(?:[A-Z][\w.'’-]*\s?){1,5}$")
_NAME_AFTER_VERB = re.compile(r"\s+(?P<who>(?:[A-Z][\w.'’-]*\s?){1,6}|(?:an?|the)\s[^,.;]{2,60})")


_PRONOUN_SPEAKER = re.compile(r"\b(?:in which|in whose|where|when|as|and|but|while)\s+(?:he|she)$")
"""A speaker told again as a pronoun at the end of a clause of the sentence's subject ("posted a
video in which he")."""
_AUXILIARY = re.compile(r"(?:has|have|had|has also|have also|had also)")
_PROGRESSIVE_AUXILIARY = re.compile(r"\s+(?:are|is|were|was|(?:have|has|had)\s+been)$")
"""The auxiliary of a progressive speech verb, not the speaker ("Rebel commanders are telling")."""
_OWN_CLAIM_AFTER = re.compile(r"\s+(?:that\s+)?(?:they|it|their|its)\b")
"""A speech verb's own side right after it ("say they are encircling Damascus")."""
_THEY_AFTER_COMMA = re.compile(r",\s*they\s*$", re.IGNORECASE)
"""A clause's subject told again as the speaker after it ("have taken control of Quneitra, they say")."""
_SUBJECT_LEAD = re.compile(r"\W*(?:[\w'’]+[\s-]+)?")
"""What may stand before a sentence's subject: a wire tag or an adjective ("CORRECTED-Syrian rebels")."""
_CONJOINED_SUBJECT = re.compile(r"(?:and|but|while|whereas)\s+(?=[\w'’])(?!(?:and|but)\b)")
"""A coordinated clause's own subject after a comma (", and a Taliban spokesman said")."""
PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being)\s+$")
"""The auxiliary of a passive just before a participle: a speech verb so told ("were reported",
"was said to") names no speaker; an expulsion so told ("had been driven out") has the driven-out
side as its subject."""
_REJECTER = re.compile(
    r"^(?P<who>.+?)\s+(?:\w+\s+)?(?:rejected|denied|dismissed|refuted|disputed)\s+(?:a|an|the)\s+[\w'’ -]+$",
    re.IGNORECASE,
)
"""A speaker who rejects another's claim ("Officials rejected a Taliban claim that"): the claim
is the other's, the words after the rejection the rejecter's own."""
_CONJOINED_TAIL = re.compile(r"\s(?:and|but|while|whereas)\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)$")
"""The same with no comma before it: the last few words after the conjunction."""
_THEIR_OWN = re.compile(
    r"their\s+(?:[\w-]+\s+)?(?:command|commanders?|leaders?|leadership|spokes(?:man|men|woman|person)|"
    r"statement|channels?|media\s+office|officials?)$",
    re.IGNORECASE,
)
"""A side's own people told with "their" after the side ("and their command says")."""
_COORDINATED = re.compile(r"(?:^|\s)(?:and|but)$")
"""A speech verb that is a sentence's second predicate ("... and said")."""
_CONJUNCTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BOTH_SIDES = re.compile(r"\b(?:both|the two) (?:sides|camps|parties)\b")
"""A source that speaks for both sides ("sources on both sides said"): no one side's claim."""
_INDEFINITE = re.compile(r"(?:an?|another)\s")
_QUALIFIED = re.compile(
    r"\b(?:government|security|local|provincial|police|army|military|western|u\.?n\.?|independent)\b"
)
_INDEPENDENT_SOURCE = re.compile(
    r"\b(?:officials?|sources?|security|police|army|military|government|authorities|ministry|minister"
    r"|governor|diplomats?|lawmakers?|mp|mayor|embassy|pentagon)\b"
)
"""A joint source's own part that speaks for no side's fighters: not "a spokesman", "commanders"."""


_CHALLENGERS_OUTLET = re.compile(
    r"the\s+(?:group|movement|insurgents|militants)(?:'s|’s|'|’)\s+(?:[\w-]+\s+)?"
    r"(?:channel|channels|website|account|accounts|media|outlet|outlets|spokesman|spokesperson|statement)\b"
)
"""An outlet or voice of "the group" a story's insurgents are ("the group's channel"): their own."""


@dataclass(frozen=True, slots=True)
class Attribution:
    text: str
    actor: str | None
    start: int
    covers_before: bool = True
    """Whether it attributes what the sentence says before the speech verb: not when the verb is
    the subject's second predicate ("captured Herat and said that they had taken Kandahar")."""


@dataclass
class SpeakerMemory:
    """Named speakers of the article so far, for "she said" and a surname alone ("Stanekzai")."""

    names: list[str] = field(default_factory=list)
    last: str | None = None
    last_group: str | None = None
    """The last speaker that is a side or its men, named or not ("armed factions from the Southern
    Operations Room say"): who a "They say" in the next sentences is."""

    def copy(self) -> SpeakerMemory:
        """A copy to read another sentence's speaker with, leaving the article's memory as it is."""
        return SpeakerMemory(list(self.names), self.last, self.last_group)


def _named(speaker: str, surname: str) -> bool:
    """Whether a speaker introduced earlier ("Hassan Abdul Ghani, a spokesman for the rebels")
    bears the name told again alone ("Abdul Ghani")."""
    name = speaker.split(",", 1)[0]
    return name.endswith(" " + surname) and name != surname


_PRONOUN_SOURCE = re.compile(r"(?:them|him|her|it|they|he|she)")
"""A source told by a pronoun ("after, according to them, the troops left"): the one the
sentence's own speech verb names."""


class SpeakerFinder:
    def __init__(self, cues: Cues, gazetteer: Gazetteer) -> None:
        self.cues = cues
        self.gazetteer = gazetteer

    def find(self, memory: SpeakerMemory, text: str, low: str) -> Attribution | None:
        """Who the sentence quotes, if anyone."""
        according = self.cues.according_to.search(low)
        if according and not _PRONOUN_SOURCE.fullmatch(according.group("who").strip()):
            # (not "according to them": the speaker the sentence names with its verb)
            return self._attributed(
                memory, text[according.start("who") : according.end("who")], according.start()
            )
        for verb in self.cues.speech.finditer(low):
            if not verb.group(0).endswith("ing") and PASSIVE_BEFORE.search(
                low, max(0, verb.start() - 12), verb.start()
            ):
                continue  # "fighters were reported at the gates of the capital": no one speaks
            chunks = [c.strip() for c in _CHUNK_BREAK.split(text[: verb.start()])]
            while chunks and not chunks[-1]:
                chunks.pop()
            who = (
                _DATELINE_REST.sub("", _TIMESTAMP.sub("", _ADVERBS.sub("", chunks[-1]).strip()))
                if chunks
                else ""
            )
            if verb.group(0).endswith("ing"):
                who = _PROGRESSIVE_AUXILIARY.sub("", who)  # "Rebel commanders are telling their supporters"
            if len(chunks) > 1 and _LOCATIVE_ASIDE.match(who) and chunks[-2] and not _COORDINATED.search(who):
                # "Local fighters in Quneitra province, on the edge of the Golan Heights, said" (not
                # "broke into Homs, Syria's third city, on Saturday and said": the subject's verb)
                who = chunks[-2]
            elif len(chunks) > 1 and _ISSUED_ASIDE.fullmatch(who) and any(chunks[:-1]):
                # "A statement from the rebels' "Military Operations Command", published late on
                # Friday, said": the statement's source, before the aside
                who = " ".join(c for c in chunks[:-1] if c)
            elif (
                len(chunks) > 1
                and _RELATIVE_ASIDE.match(who)
                and text[: verb.start()].rstrip().endswith(",")  # closed ("which they declared": open)
                and chunks[-2]
                and len(chunks[-2].split()) <= 8
                and not self.cues.triggers_in(chunks[-2].lower())
            ):
                # the aside's own news is the reporter's, not what the speaker says
                return replace(self._attributed(memory, chunks[-2], verb.start()), covers_before=False)
            elif (
                text[: verb.start()].rstrip().endswith(",")
                and (aside := _CLOSED_RELATIVE.search(text, 0, verb.start())) is not None
            ):
                # "The Military Operations Command, which is the HTS-led alliance that toppled Assad,
                # says": the subject before an aside with a "that" of its own
                subject = [c.strip() for c in _CHUNK_BREAK.split(text[: aside.start()])][-1]
                if subject and len(subject.split()) <= 8 and not self.cues.triggers_in(subject.lower()):
                    return replace(self._attributed(memory, subject, verb.start()), covers_before=False)
            if (
                text[: verb.start()].rstrip().endswith(",")
                and _OWN_CLAIM_AFTER.match(low, verb.end()) is not None
                and (subject := self._opening_side(low, verb.start())) is not None
            ):
                # "Syrian rebels fight their way into Homs, say they are encircling Damascus": a
                # second verb of the sentence's subject, which says what follows
                said = self._attributed(memory, text[subject.start() : subject.end()], verb.start())
                return replace(said, covers_before=False)
            if _COORDINATED.search(who):
                # "The Taliban captured Herat late on Thursday and said on Friday that ...": the
                # sentence's subject said it
                subject = self.gazetteer.actor_re.search(low, 0, verb.start())
                if subject is not None:
                    said = self._attributed(memory, text[subject.start() : subject.end()], verb.start())
                    return replace(said, covers_before=False)
            conjoined = _CONJOINED_SUBJECT.match(who)
            if (
                conjoined
                and len(chunks) > 1
                and len(who.split()) <= 14
                and not self.cues.triggers_in(who.lower())
            ):
                # "..., and a Taliban spokesman said the group had taken the city": a clause of its
                # own, whose speaker says nothing of the clauses before it
                said = self._attributed(memory, who[conjoined.end() :], verb.start())
                return replace(said, covers_before=False)
            subject = (
                self._opening_side(chunks[-2].lower(), len(chunks[-2]))
                if who.lower() == "they"
                and len(chunks) > 1
                and _THEY_AFTER_COMMA.search(text, 0, verb.start())
                else None
            )
            if subject is not None:
                # "Local factions have taken control of Quneitra, they say": the clause's own subject
                return self._attributed(memory, chunks[-2][subject.start() : subject.end()], verb.start())
            if (_PRONOUN_SPEAKER.search(who) or _AUXILIARY.fullmatch(who) or who.lower() == "they") and len(
                chunks
            ) > 1:
                # "A spokesman for the rebels, calling it X, has posted a video in which he says":
                # the pronoun, or the verb past an aside, is the sentence's subject's ("Rebel
                # commanders go further: they are telling their supporters ...")
                opening = next(
                    (
                        c
                        for c in (_TIMESTAMP.sub("", c).strip() for c in chunks[:-1])
                        if c and not c.isdigit()
                    ),
                    "",
                )
                if opening and len(opening.split()) <= 10 and not self.cues.triggers_in(opening.lower()):
                    return self._attributed(memory, opening, verb.start())
            tail = _CONJOINED_TAIL.search(who) if len(chunks) == 1 or len(who.split()) > 14 else None
            if (
                tail is not None
                and _THEIR_OWN.match(tail.group(1))
                and (subject := self._opening_side(low, verb.start())) is not None
            ):
                # "Rebels pushed into Homs on Saturday and their command says it now holds the city":
                # the subject's own people, saying nothing of the clause before
                said = self._attributed(memory, text[subject.start() : subject.end()], verb.start())
                return replace(said, covers_before=False)
            if (
                tail is not None
                and not self.cues.triggers_in(tail.group(1).lower())
                and (self.gazetteer.actor_of(tail.group(1)) or self.partisan(tail.group(1)))
            ):
                # "Taliban fighters pushed into Kunduz on Sunday and the insurgents said ...": with
                # no comma, the clause's own subject after "and", saying nothing of the clause before
                said = self._attributed(memory, tail.group(1), verb.start())
                return replace(said, covers_before=False)
            opened = _RELATIVE_OPENER.match(who)
            if opened and len(chunks) > 1 and not self.cues.triggers_in(who.lower()):
                # "after that of Homs, where the rebels declared full control": a speaker in another
                # capital's relative clause says nothing of what comes before it
                said = self._attributed(memory, who[opened.end() :], verb.start())
                return replace(said, covers_before=False)
            if (
                len(chunks) > 1
                and who.split()[:1] in (["a"], ["an"], ["the"])
                and len(chunks[-2].split()) <= 14
                and (self.partisan(chunks[-2]) is not None or self._side_named_first(chunks[-2]))
                and not self.cues.triggers_in(chunks[-2].lower())
            ):
                # "posts by supporters of the NRF, the group gathering around Massoud, said": the
                # appositive of a partisan source, or of a side ("the Southern Operations Room, a
                # coalition of former rebel groups in Daraa province, said")
                return self._attributed(memory, f"{chunks[-2]}, {who}", verb.start())
            if (
                who.lower() in ("who", "which")
                and len(chunks) > 1
                and chunks[-2]
                and len(chunks[-2].split()) <= 8
                and not self.cues.triggers_in(chunks[-2].lower())
                # (not "Taliban fighters, who had said they would not enter Kabul by force, moved
                # into the city": the main clause's news, past the aside, is the reporter's)
                and not ((closed := low.find(",", verb.end())) >= 0 and self.cues.triggers_in(low[closed:]))
            ):
                # "The rebels, who say they now control the whole city, posted images": the
                # relative pronoun's antecedent speaks
                return self._attributed(memory, chunks[-2], verb.start())
            rejecter = _REJECTER.match(who)
            if (
                rejecter is not None
                and (owner := self.gazetteer.actor_of(who[rejecter.end("who") :])) is not None
                and owner != self.gazetteer.actor_of(rejecter.group("who"))
            ):
                return replace(
                    self._attributed(memory, rejecter.group("who"), verb.start()), covers_before=False
                )
            if who and len(who.split()) <= 14 and not self.cues.triggers_in(who.lower()):
                if (
                    len(chunks) > 1
                    and who[0].islower()
                    and _PROPER_NAME.match(chunks[-2])
                    and (who.split()[0] not in ("a", "an", "the") or self.gazetteer.actor_of(chunks[-2]))
                ):
                    # "Fazel Haq Ehsan, chief of the council, said"; "Hassan Abdul Ghani, a
                    # spokesman for the rebel command, said" (a side's known spokesman)
                    who = f"{chunks[-2]}, {who}"
                return self._attributed(memory, who, verb.start())
            after = _NAME_AFTER_VERB.match(text[verb.end() :])
            if after:
                return self._attributed(memory, after.group("who").strip(), verb.start())
        return None

    def _attributed(self, memory: SpeakerMemory, who: str, start: int) -> Attribution:
        who = who.strip()[:300]
        earlier = (
            next((s for s in reversed(memory.names) if _named(s, who)), None)
            if _SURNAME.fullmatch(who)
            else None
        )
        told_again = _DEFINITE_HEAD.fullmatch(who)
        if who.lower() == "they" and memory.last_group:
            who = memory.last_group
        elif who.lower() in ("he", "she", "they") and memory.last:
            who = memory.last
        elif told_again is not None and (
            named := next(
                (n for n in reversed(memory.names) if n.lower().endswith(" " + told_again.group(1).lower())),
                None,
            )
        ):
            who = named  # "The rebel Military Operations Command said ... The command also said"
        elif earlier is not None:
            who = earlier
        elif who[:1].isupper() and who[:1].isascii():
            memory.names.append(who)
        if who[:1].isupper() and who[:1].isascii():
            memory.last = who
        side = self.gazetteer.actor_of(who) or self.partisan(who)
        if side is None and _CHALLENGERS_OUTLET.match(who.lower()):
            # "The group's channel also announced that ...": the insurgents' own outlet
            side = self.gazetteer.default_attacker
        memory.last_group = who if side is not None else None
        return Attribution(who, side, start)

    def _opening_side(self, low: str, end: int) -> re.Match[str] | None:
        """The side a clause opens on, before `end`, past a wire tag or an adjective
        ("CORRECTED-Syrian rebels ..."); None when its first side comes later."""
        side = self.gazetteer.actor_re.search(low, 0, end)
        return side if side is not None and _SUBJECT_LEAD.fullmatch(low, 0, side.start()) else None

    def _side_named_first(self, chunk: str) -> bool:
        """Whether a chunk opens on a side's name ("the Southern Operations Room"), not a clause
        that names one later ("to the Taliban on Friday and flew to Kabul")."""
        side = self.gazetteer.actor_re.search(chunk.lower())
        return side is not None and chunk.lower()[: side.start()] in ("", "the ")

    def partisan(self, who: str) -> str | None:
        """The side a partisan source speaks for: "pro-Taliban accounts", "Taliban-affiliated
        channels", "government supporters", "supporters of the rebels"."""
        match = self.cues.partisan.search(who.lower())
        if match is None:
            return None
        side = next(group for group in match.groups() if group)
        if self.cues.incumbent_words.fullmatch(side):
            return self.gazetteer.incumbent
        # "opposition channels": a side named as "the opposition"; "rebel channels": as "rebels";
        # "supporters of the National Resistance Front": a side of several words
        return (
            self.gazetteer.actor_of(side)
            or self.gazetteer.actor_of(f"the {side}")
            or self.gazetteer.actor_of(f"{side}s")
            or self.gazetteer.actor_of(who[match.start() :])
        )

    def corroborated(self, attribution: Attribution) -> bool:
        """A joint source that names witnesses besides the claimant ("rebel commanders and
        residents said"), a source of its own ("the SDF and a security source said", "and
        government officials") or both sides is not the claimant's word alone. Not the claimant's
        own people ("Taliban officials and commanders said")."""
        low = attribution.text.lower()
        if self.cues.witness_words.search(self.gazetteer.actor_re.sub(" ", low)):
            return True
        # "according to both resistance sources and Taliban commanders": the other side agrees
        sides = {self.gazetteer.actor_of(part) for part in _CONJUNCTS.split(low)} - {None}
        if _BOTH_SIDES.search(low) or len(sides) > 1:
            return True
        if attribution.actor == self.gazetteer.incumbent:
            return False  # "the army and a security source said": the state's own officials
        parts = _CONJUNCTS.split(low)
        if (
            len(parts) > 1
            and self.gazetteer.actor_of(parts[0]) is None
            and _INDEPENDENT_SOURCE.search(parts[0])
            and any(self.gazetteer.actor_of(part) == attribution.actor for part in parts[1:])
        ):
            return True  # "officials and a Taliban spokesman said": officials first, then the claimant
        return any(
            _INDEPENDENT_SOURCE.search(part)
            and (_INDEFINITE.match(part) or _QUALIFIED.search(part))
            and self.gazetteer.actor_of(part) != attribution.actor
            for part in _CONJUNCTS.split(low)[1:]
        )

    def kind(self, attribution: Attribution | None, actor: str | None) -> AttributionKind:
        """A side's word about its own gains is a claim; an opponent's or official's is not."""
        if attribution is None:
            return "reporter"
        if actor is not None and attribution.actor == actor:
            return "claimant"
        if self.cues.witness_words.search(attribution.text):
            return "witness"
        if self.cues.official_words.search(attribution.text) or attribution.actor == self.gazetteer.incumbent:
            return "official"
        return "other"
