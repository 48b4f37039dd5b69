"""The reducer: a pure fold of typed events into the control state of every capital.

Each capital keeps a ledger: the newest `WINDOW` control events in event-time order and a
checkpoint of everything older. Its state is the fold of the window over the checkpoint, so
the result depends on the *set* of events, not their arrival order, and a duplicate event id is
a no-op. Only an event older than the whole window (more than `WINDOW` newer events already
seen for that capital) is set aside as late, and counted.

Within one calendar day, fighting sorts before a change of hands and a claim before its
confirmation or denial: an undated "fighting continued" never overrides a capture of the same
day, and the latest word of the day decides the status.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from operator import itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple

from pydantic_core import TzInfo

from schemas.common import AttributionKind, Modality, TimePrecision
from schemas.events import CONTROL_EVENT_TYPES, ControlEvent, CountClaimEvent, Event
from schemas.state import MAX_EVIDENCE, MAX_VOICES, Claim, ControlState, EvidenceRef, Status, Transition
from schemas.theatre import Theatre
from streams.core.timeref import parse_offset

WINDOW = 64
CONTESTED = "contested"
_TAKES = frozenset({"captured", "surrendered", "retaken"})
_STRENGTH = {"contested": 0, "entered": 1, "captured": 2, "surrendered": 2, "retaken": 2}
_MODALITY_RANK = {"claimed": 0, "asserted": 1, "partial": 2, "denied": 3}
_RANKS = len(_MODALITY_RANK)
_RANKS_PER_DAY = (max(_STRENGTH.values()) + 1) * _RANKS
_RANK = {
    kind: {modality: strength * _RANKS + modality_rank for modality, modality_rank in _MODALITY_RANK.items()}
    for kind, strength in _STRENGTH.items()
}
"""An event's place within its day, by type, then modality (`EventKey`): fighting before a change
of hands, a claim before its confirmation."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

EventKey = tuple[int, timedelta, timedelta, str, "Fact"]
"""The order of a capital's events: local day (days since 1970), fighting before a change of hands, a
claim before its confirmation (the three as one number: `_RANKS_PER_DAY` per day), then event
time and report time (since `_EPOCH`) and the id; last the fact itself, never reached by a
comparison (ids are unique in a window), so a key is also the window's entry. Few plain values,
because keys are compared at every insertion: aware datetimes ask their tzinfos for offsets at each
comparison, timedeltas (exact, and a third cheaper to get than POSIX seconds) do not. `Hearing`
reuses them."""

_FIXED_OFFSETS = (timezone, TzInfo)
"""The tzinfo types whose offset is the same on every date (pydantic's and the standard library's)."""

Epochs = dict[int, datetime]
"""`_EPOCH` told in the fixed-offset tzinfos a batch met first, by the tzinfo object's `id`
(`_epoch`). Each epoch keeps its tzinfo alive, so no other object takes that id meanwhile."""

_EPOCHS_KEPT = 8
"""A batch's events come from few tzinfo objects unless decoded (each datetime brings its own), so
`Epochs` holds the first few, not one per datetime."""


@dataclass(slots=True)
class Fact:
    """What the fold needs of a control event: small, so ledgers and changelogs stay small.

    Never changed once built, but not a frozen dataclass: those take five times longer to
    build, and a replay builds one per event.
    """

    event_id: str
    article_id: str
    type: str
    actor: str
    modality: Modality
    time_precision: TimePrecision
    event_time: datetime
    reported_at: datetime
    attribution: str | None
    source: str | None
    attribution_kind: AttributionKind = "reporter"
    _ref: EvidenceRef | None = field(default=None, init=False, compare=False, repr=False)
    _row: list[Any] | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def ref(self) -> EvidenceRef:
        """The evidence pointer, built once when first needed and reused by every refold."""
        if self._ref is None:
            self._ref = EvidenceRef(
                event_id=self.event_id,
                article_id=self.article_id,
                type=self.type,
                modality=self.modality,
                attribution=self.attribution,
                source=self.source,
                event_time=self.event_time,
            )
        return self._ref

    def row(self) -> list[Any]:
        """The stored form, a JSON array, built once: a ledger is stored after every batch
        that touches it, mostly with the same facts as before."""
        if self._row is None:
            self._row = [
                self.event_id,
                self.article_id,
                self.type,
                self.actor,
                self.modality,
                self.time_precision,
                self.event_time.isoformat(),
                self.reported_at.isoformat(),
                self.attribution,
                self.source,
                self.attribution_kind,
            ]
        return self._row

    @classmethod
    def from_row(cls, row: list[Any]) -> Fact:
        fact = cls(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            datetime.fromisoformat(row[6]),
            datetime.fromisoformat(row[7]),
            row[8],
            row[9],
            row[10] if len(row) > 10 else "reporter",  # rows stored before claims were tallied
        )
        fact._row = row
        return fact

    @classmethod
    def of(cls, event: ControlEvent) -> Fact:
        """The fact of an event, built once per event of a replay. A pydantic model keeps its
        fields in its `__dict__`, so one C call reads them all, faster than eleven attribute reads."""
        return cls(*_FACT_FIELDS(event.__dict__))


_FACT_FIELDS = itemgetter(
    "event_id",
    "article_id",
    "type",
    "actor",
    "modality",
    "time_precision",
    "event_time",
    "reported_at",
    "attribution",
    "source",
    "attribution_kind",
)
"""The fields of a control event that make its `Fact`, in the order of `Fact`'s own fields."""


class Tally(NamedTuple):
    """One claim about who holds a capital, as a state keeps it (`Hearing` tallies it while folding)."""

    controller: str
    voices: tuple[str, ...]
    """Independent sources for it, in the order first heard (at most `MAX_VOICES`)."""
    confirmed: bool
    """An independent source other than the claimant asserted it."""
    denied: bool
    """A denial (or "only parts fell") stands: none of the confirmations came after it."""
    denied_by: tuple[str, ...]
    first_at: datetime
    last_at: datetime

    @property
    def status(self) -> Status:
        if self.denied:
            return "disputed"
        return "confirmed" if self.confirmed else "claimed"


def voice(fact: Fact) -> str:
    """Who stands behind a report, so that independent sources can be counted.

    A side's word about its own gains is one voice however many outlets quote it; an official
    or a witness is one voice per name; an outlet's own reporting is one voice per outlet.
    Syndicated copies of a story yield no events at all (the syndication index), so they
    add nothing here.
    """
    if fact.modality == "claimed" or fact.attribution_kind == "claimant":
        return f"claimant:{fact.actor}"
    if fact.attribution_kind == "reporter" or not fact.attribution:
        return _voice("reporter", fact.source or fact.article_id)
    return _voice(fact.attribution_kind, fact.attribution)


@lru_cache(maxsize=4096)
def _voice(kind: str, name: str) -> str:
    """`kind:name`, the name case-folded with its spaces collapsed. Remembered: a replay hears
    the same few outlets and officials again and again."""
    return f"{kind}:{' '.join(name.casefold().split())}"


@dataclass(frozen=True, slots=True)
class Derived:
    """The state of one capital as the fold leaves it."""

    controller: str
    status: Status
    since: datetime
    updated_at: datetime
    evidence: tuple[EvidenceRef, ...] = ()
    events_applied: int = 0
    established: bool = False
    """True once an event (not the baseline) put the current controller in place."""
    claims: tuple[Tally, ...] = ()
    """Every claim made about the city, in the order first made."""


Proof = Fact | EvidenceRef
"""An item of evidence while folding: the fact itself (its `EvidenceRef` is built only when a
state is published) or, from a stored checkpoint, the reference."""

Position = tuple[str, Status, datetime, tuple[Proof, ...], bool, tuple[Tally, ...]]
"""What decides the next step of a capital's fold: controller, status, since, evidence,
whether an event established the controller, and the claims made. The counters of `Derived` (events applied, newest
report) do not depend on the order of events, so they are kept once per ledger, not per step."""


class Hearing:
    """One claim while folding: `Tally` made mutable, with its event times also as in keys.

    Building a new tuple per step and comparing aware datetimes cost more than the rest of a
    step; the times since `_EPOCH` come with the events' keys and order exactly as the datetimes.
    """

    __slots__ = (
        "confirmed",
        "controller",
        "denied",
        "denied_by",
        "first_at",
        "first_since",
        "last_at",
        "last_since",
        "voices",
    )

    def __init__(self, claim: Tally) -> None:
        self.controller = claim.controller
        self.voices = list(claim.voices)
        self.confirmed = claim.confirmed
        self.denied = claim.denied
        self.denied_by = list(claim.denied_by)
        self.first_at, self.last_at = claim.first_at, claim.last_at
        self.first_since, self.last_since = claim.first_at - _EPOCH, claim.last_at - _EPOCH

    def hear(self, who: str, supports: bool, confirms: bool, at: datetime, since: timedelta) -> None:
        """One report for (`supports`) or against the claim, by `who`, about event time `at`
        (`since` `_EPOCH`)."""
        if since < self.first_since:
            self.first_at, self.first_since = at, since
        if since > self.last_since:
            self.last_at, self.last_since = at, since
        if supports:
            _add(self.voices, who)
            self.confirmed = self.confirmed or confirms
            self.denied = self.denied and not confirms
        else:
            self.denied = True
            _add(self.denied_by, who)

    def tally(self) -> Tally:
        return Tally(
            self.controller,
            tuple(self.voices),
            self.confirmed,
            self.denied,
            tuple(self.denied_by),
            self.first_at,
            self.last_at,
        )


def _add(voices: list[str], who: str) -> None:
    if len(voices) < MAX_VOICES and who not in voices:
        voices.append(who)


class Folding:
    """A capital's `Position` while folding, changed in place by each event (`add`).

    A fold of many events builds its tuples once, at the end (`position`), not at every step.
    """

    __slots__ = ("claims", "controller", "established", "evidence", "since", "status")

    def __init__(self, position: Position) -> None:
        self.controller, self.status, self.since, evidence, self.established, claims = position
        self.evidence: list[Proof] = list(evidence)
        self.claims = {claim.controller: Hearing(claim) for claim in claims}
        """Every claim made, by controller, in the order first made."""

    def position(self) -> Position:
        claims = tuple(hearing.tally() for hearing in self.claims.values())
        return (self.controller, self.status, self.since, tuple(self.evidence), self.established, claims)

    def add(self, event: Fact, since: timedelta) -> None:
        """Who holds the city after this event, how sure, since when, on what evidence, and
        what each side claims; `since` is the event time since `_EPOCH` (from its key).

        A take asserts (or denies) that its actor holds the city; a partial take denies the
        full claim and asserts the city is contested; fighting asserts (or denies) that it is
        contested.
        """
        modality, at, who, claims = event.modality, event.event_time, voice(event), self.claims
        confirms = modality in ("asserted", "partial") and not who.startswith("claimant:")
        if event.type in _TAKES:
            claim = claims.get(event.actor) or self._first(event.actor, at)
            if modality == "partial":
                claim.hear(who, False, confirms, at, since)
                claim = claims.get(CONTESTED) or self._first(CONTESTED, at)
            claim.hear(who, modality != "denied", confirms, at, since)
            outcome = _take(self.controller, self.status, self.established, event)
        else:
            claim = claims.get(CONTESTED) or self._first(CONTESTED, at)
            claim.hear(who, modality != "denied", confirms, at, since)
            outcome = _press(self.controller, self.status, self.established, event)
        if outcome is None:
            return
        new_controller, self.status = outcome
        if new_controller is None:  # the holder is supported: evidence added
            self.evidence.append(event)
            if len(self.evidence) > MAX_EVIDENCE:
                del self.evidence[0]
        else:
            self.controller, self.since = new_controller, event.event_time
            self.evidence, self.established = [event], True

    def _first(self, controller: str, at: datetime) -> Hearing:
        """A claim made for the first time, at event time `at`."""
        claim = self.claims[controller] = Hearing(Tally(controller, (), False, False, (), at, at))
        return claim


@dataclass(frozen=True, slots=True)
class CapitalLedger:
    capital: str
    checkpoint: Derived
    derived: Derived
    window: tuple[EventKey, ...] = ()
    watermark: EventKey | None = None
    """The newest key to have left the window: an event at or before it is late."""
    late_events: int = 0
    ids: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    """The window's event ids, for the duplicate check."""


@dataclass(frozen=True, slots=True)
class TheatreState:
    """The whole table: a ledger per capital and the latest count claim per actor."""

    theatre: Theatre
    tz: timezone
    ledgers: Mapping[str, CapitalLedger]
    count_claims: Mapping[str, CountClaimEvent] = field(default_factory=lambda: MappingProxyType({}))

    def controller(self, capital: str) -> str:
        return self.ledgers[capital].derived.controller


def baseline(theatre: Theatre, capital: str | None = None) -> Derived:
    """A capital as the theatre's start date finds it: held by its initial controller (the
    incumbent unless the theatre file names another holder)."""
    start = datetime.combine(theatre.start_date, datetime.min.time(), parse_offset(theatre.utc_offset))
    holder = theatre.initial_controller(capital) if capital is not None else theatre.baseline_controller
    return Derived(holder, "confirmed", start, start)


def initial_ledger(theatre: Theatre, capital: str) -> CapitalLedger:
    start = baseline(theatre, capital)
    return CapitalLedger(capital, start, start)


def initial_state(theatre: Theatre) -> TheatreState:
    ledgers = {c.id: initial_ledger(theatre, c.id) for c in theatre.capitals}
    return TheatreState(theatre, parse_offset(theatre.utc_offset), MappingProxyType(ledgers))


def event_key(event: Fact, tz: timezone) -> EventKey:
    return _key(event, _offset(tz), {})


def _offset(tz: timezone) -> timedelta:
    return tz.utcoffset(None)


def _key(event: Fact, offset: timedelta, epochs: Epochs) -> EventKey:
    """`event_key` with the theatre's UTC offset, found once per batch, not per event, and the
    epoch told in the batch's tzinfos (`_epoch`)."""
    at, reported = event.event_time, event.reported_at
    event_time = at - (epochs.get(id(at.tzinfo)) or _epoch(at, epochs))
    day = (event_time + offset).days  # the local day, as a number
    place = day * _RANKS_PER_DAY + _RANK[event.type][event.modality]
    reported_since = reported - (epochs.get(id(reported.tzinfo)) or _epoch(reported, epochs))
    return (place, event_time, reported_since, event.event_id, event)


def _epoch(moment: datetime, epochs: Epochs) -> datetime:
    """`_EPOCH` for `moment - _epoch(moment, epochs)` to be `moment - _EPOCH`, exactly, and sooner
    for the later moments of the batch with the same tzinfo object (the extractor stamps a
    theatre's event times with one, an article's report times with another).

    Datetimes with different tzinfo objects subtract by asking both for their UTC offsets, which
    costs most of a key; with the same object they subtract as naive datetimes, exact for a fixed
    offset. So the epoch is told in a fixed-offset tzinfo, and remembered, the first time it is met.
    """
    tz = moment.tzinfo
    if len(epochs) >= _EPOCHS_KEPT or not isinstance(tz, _FIXED_OFFSETS):
        return _EPOCH
    epoch = epochs[id(tz)] = _EPOCH.astimezone(tz)
    return epoch


def restore_ledger(
    capital: str,
    checkpoint: Derived,
    window: Iterable[Fact],
    watermark_fact: Fact | None,
    late_events: int,
    tz: timezone,
) -> CapitalLedger:
    """A ledger from its stored parts: the window is refolded over the checkpoint."""
    watermark = event_key(watermark_fact, tz) if watermark_fact else None
    start = CapitalLedger(capital, checkpoint, checkpoint, (), watermark, late_events)
    return replay_ledger(start, window, tz)


def _updated_ledger(ledgers: Mapping[str, CapitalLedger], event: Event, tz: timezone) -> CapitalLedger | None:
    """The capital's ledger with the event in it, or None when the event does not apply or
    changes nothing."""
    capital = event.capital
    if event.type not in CONTROL_EVENT_TYPES or capital is None:
        return None
    ledger = ledgers.get(capital)
    if ledger is None:
        return None
    updated = apply_to_ledger(ledger, Fact.of(event), tz)  # type: ignore[arg-type]
    return None if updated is ledger else updated


def apply(state: TheatreState, event: Event) -> TheatreState:
    """Fold one event into the table. Pure; unknown capitals and non-control events are kept
    out of the ledgers (count claims are remembered per actor)."""
    if isinstance(event, CountClaimEvent):
        return _apply_count_claim(state, event)
    updated = _updated_ledger(state.ledgers, event, state.tz)
    if updated is None:
        return state
    ledgers = dict(state.ledgers)
    ledgers[updated.capital] = updated
    return replace(state, ledgers=MappingProxyType(ledgers))


def apply_to_ledger(ledger: CapitalLedger, event: Fact, tz: timezone) -> CapitalLedger:
    """Insert the event in event-time order and refold (the ledger itself when nothing changes)."""
    return replay_ledger(ledger, (event,), tz)


def _position(state: Derived) -> Position:
    return (state.controller, state.status, state.since, state.evidence, state.established, state.claims)


def _derived(position: Position, updated_at: datetime, events_applied: int) -> Derived:
    controller, status, since, evidence, established, claims = position
    refs = tuple(item if isinstance(item, EvidenceRef) else item.ref for item in evidence)
    return Derived(controller, status, since, updated_at, refs, events_applied, established, claims)


def step(state: Derived, event: Fact) -> Derived:
    """One event's effect on one capital, given everything before it in event time."""
    updated_at = state.updated_at if state.updated_at >= event.reported_at else event.reported_at
    return _derived(decide(_position(state), event), updated_at, state.events_applied + 1)


def decide(position: Position, event: Fact) -> Position:
    """Who holds the city after this event, how sure, since when, on what evidence, and what
    each side claims (`Folding.add`, for one event)."""
    folding = Folding(position)
    folding.add(event, event.event_time - _EPOCH)
    return folding.position()


Outcome = tuple[str | None, Status] | None
"""None: nothing changes; (None, status): the holder is supported with that status;
(controller, status): the city changes hands."""


def _take(controller: str, status: Status, established: bool, event: Fact) -> Outcome:
    """Captured, surrendered or retaken: the actor gains the city, as sure as the text is; but
    one side's word alone (a claim, or its own account of a partial retake) does not overturn a
    holder that an event put in place and some source confirmed (the claim is still tallied, and a
    confirmation of it moves the city)."""
    actor, modality = event.actor, event.modality
    if controller == actor:
        if modality == "asserted":
            return None, "confirmed"
        if modality in ("partial", "denied"):
            return None, "disputed"
        return None, status
    if modality == "denied":
        return None
    if (
        established
        and status == "confirmed"
        and (modality == "claimed" or (modality == "partial" and event.attribution_kind == "claimant"))
    ):
        return None
    if modality == "partial":
        if controller == CONTESTED:
            return None, status
        return CONTESTED, "confirmed"
    return actor, "confirmed" if modality == "asserted" else "claimed"


def _press(controller: str, status: Status, established: bool, event: Fact) -> Outcome:
    """Entered or contested: fighting makes the city contested, unless the attacker holds it,
    the report is a denial, or an undated report meets a capture some source confirmed."""
    if event.modality == "denied" or controller == event.actor:
        return None
    if event.time_precision == "report" and established and status == "confirmed":
        return None
    new_status: Status = "claimed" if event.modality == "claimed" else "confirmed"
    if controller == CONTESTED:
        return None, new_status if status != "confirmed" else "confirmed"
    return CONTESTED, new_status


def _newer_claim(current: CountClaimEvent | None, event: CountClaimEvent) -> bool:
    return current is None or (current.reported_at, current.event_id) < (event.reported_at, event.event_id)


def _apply_count_claim(state: TheatreState, event: CountClaimEvent) -> TheatreState:
    actor = event.actor or "unknown"
    if not _newer_claim(state.count_claims.get(actor), event):
        return state
    claims = dict(state.count_claims)
    claims[actor] = event
    return replace(state, count_claims=MappingProxyType(claims))


FOLD_CHUNK = 16_384
"""Events a replay gathers before it folds them into the ledgers: the facts of a long log are not
all held at once (a ledger keeps only its window), and the working set stays small."""


def fold(events: Iterable[Event], theatre: Theatre, chunk: int = FOLD_CHUNK) -> TheatreState:
    """Replay: the table is the fold of the event log from the baseline. The same as applying
    each event with `apply`, computed per capital `chunk` control events at a time
    (`replay_ledger`), so a replay streaming a long log holds no more than that of it."""
    start = initial_state(theatre)
    ledgers = dict(start.ledgers)
    arrivals: dict[str, list[Fact]] = {capital: [] for capital in ledgers}
    claims: dict[str, CountClaimEvent] = {}
    gathered = 0
    for event in events:
        fields = event.__dict__  # one read per field, not a model attribute lookup (`Fact.of`)
        if fields["type"] in CONTROL_EVENT_TYPES:
            facts = arrivals.get(fields["capital"])
            if facts is not None:  # a capital of the theatre
                facts.append(Fact(*_FACT_FIELDS(fields)))
                gathered += 1
                if gathered == chunk:
                    _fold_arrivals(ledgers, arrivals, start.tz)
                    gathered = 0
        elif isinstance(event, CountClaimEvent):
            actor = event.actor or "unknown"
            if _newer_claim(claims.get(actor), event):
                claims[actor] = event
    _fold_arrivals(ledgers, arrivals, start.tz)
    return replace(start, ledgers=MappingProxyType(ledgers), count_claims=MappingProxyType(claims))


def _fold_arrivals(ledgers: dict[str, CapitalLedger], arrivals: dict[str, list[Fact]], tz: timezone) -> None:
    """Fold each capital's gathered facts into its ledger, and forget them."""
    for capital, facts in arrivals.items():
        if facts:
            ledgers[capital] = replay_ledger(ledgers[capital], facts, tz)
            facts.clear()


def replay_ledger(ledger: CapitalLedger, facts: Iterable[Fact], tz: timezone) -> CapitalLedger:
    """The ledger after `apply_to_ledger` of each fact in turn, in one pass.

    Which facts count (not duplicates, not late) follows from the newest `WINDOW` keys at each
    arrival, kept in key order; the state is then the fold of the counted facts in key order, as
    the window and the checkpoint hold them. Each arrival past a full window sends its oldest entry
    out, and those leave in key order (each is the oldest of the newest at its time, and a later
    arrival older than it is late), so the counted facts in order are the entries that left, then
    the window: no sort.
    """
    offset = _offset(tz)
    epochs: Epochs = {}
    window = list(ledger.window)
    held = len(window)
    left: list[EventKey] = []
    ids = set(ledger.ids)
    watermark, late = ledger.watermark, ledger.late_events
    newest, newest_since = ledger.derived.updated_at, ledger.derived.updated_at - _EPOCH
    in_order = True  # every fresh fact after everything held
    added = 0
    for fact in facts:
        if fact.event_id in ids:
            continue
        key = _key(fact, offset, epochs)
        # at or before the watermark: late (the id first, as a key equal but for its fact would
        # go on to compare facts)
        if watermark is not None and (fact.event_id == watermark[3] or key < watermark):
            late += 1
            continue
        if not window or window[-1] < key:
            window.append(key)
        else:
            insort(window, key)
            in_order = in_order and (not held or ledger.window[-1] < key)
        added += 1
        if key[2] > newest_since:  # the newest report, as `_newest_report` finds it
            newest, newest_since = fact.reported_at, key[2]
        ids.add(fact.event_id)
        if len(window) > WINDOW:
            watermark = window.pop(0)
            left.append(watermark)
            ids.discard(watermark[3])
    if added == 0:
        return ledger if late == ledger.late_events else replace(ledger, late_events=late)
    # Events after everything held (the usual case) fold on from the held state; an earlier
    # one refolds the window from the checkpoint.
    counted = left + window
    split = len(left)  # the oldest entries left the window for the checkpoint
    checkpoint = ledger.checkpoint
    if in_order and split < held:  # only held entries leave: fold them apart from the fresh ones
        if split:
            checkpoint = _checkpoint(checkpoint, _folded(checkpoint, left), left)
        folding = _folded(ledger.derived, counted[held:])
    else:  # one pass, the checkpoint taken on the way
        start, entries = (ledger.derived, counted[held:]) if in_order else (checkpoint, counted)
        cut = len(entries) - len(window)
        folding = _folded(start, entries[:cut])
        if split:
            checkpoint = _checkpoint(checkpoint, folding, left)
        for key in entries[cut:]:
            folding.add(key[4], key[1])
    derived = ledger.derived
    return CapitalLedger(
        ledger.capital,
        checkpoint,
        _derived(folding.position(), newest, derived.events_applied + added),
        tuple(window),
        watermark,
        late,
        frozenset(ids),
    )


def _folded(start: Derived, entries: Iterable[EventKey]) -> Folding:
    """A fold of the entries, in the order given, from a state."""
    folding = Folding(_position(start))
    for key in entries:
        folding.add(key[4], key[1])
    return folding


def _checkpoint(old: Derived, folding: Folding, entries: Sequence[EventKey]) -> Derived:
    """The checkpoint after `entries` left the window, `folding` having folded them into `old`."""
    return _derived(
        folding.position(), _newest_report(old.updated_at, entries), old.events_applied + len(entries)
    )


def _newest_report(since: datetime, entries: Iterable[EventKey]) -> datetime:
    """The latest of `since` and the entries' report times (the first of equal ones, as `max`
    keeps), compared as in the keys rather than as aware datetimes."""
    newest, newest_since = since, since - _EPOCH
    for key in entries:
        if key[2] > newest_since:
            newest, newest_since = key[4].reported_at, key[2]
    return newest


def control_state(state: TheatreState, capital_id: str) -> ControlState:
    """The published view of one capital."""
    return ledger_state(state.theatre, state.ledgers[capital_id])


def ledger_state(theatre: Theatre, ledger: CapitalLedger) -> ControlState:
    """The published view of one capital's ledger."""
    capital = theatre.capital(ledger.capital)
    derived = ledger.derived
    holder = next((c for c in derived.claims if c.controller == derived.controller), None)
    return ControlState(
        capital=capital.id,
        capital_name=capital.name,
        province=capital.province,
        controller=derived.controller,
        status=derived.status,
        since=derived.since,
        updated_at=derived.updated_at,
        evidence=derived.evidence,
        events_applied=derived.events_applied,
        sources=len(holder.voices) if holder else 0,
        claims=tuple(claim_view(c) for c in derived.claims),
        last_evidence_at=derived.updated_at if derived.events_applied else None,
    )


def claim_view(claim: Tally) -> Claim:
    """The published form of a claim."""
    return Claim(
        controller=claim.controller,
        status=claim.status,
        sources=len(claim.voices),
        voices=claim.voices,
        denied_by=claim.denied_by,
        first_at=claim.first_at,
        last_at=claim.last_at,
    )


def table(state: TheatreState) -> dict[str, ControlState]:
    """Every capital's published state, in gazetteer order."""
    return {c.id: control_state(state, c.id) for c in state.theatre.capitals}


def transition(before: Derived, after: Derived, capital_name: str, capital: str) -> Transition | None:
    """The change of hands between two states of a capital, if any."""
    if before.controller == after.controller:
        return None
    last = after.evidence[-1]
    return Transition(
        capital=capital,
        capital_name=capital_name,
        from_controller=before.controller,
        to_controller=after.controller,
        from_status=before.status,
        to_status=after.status,
        at=after.since,
        event_id=last.event_id,
        article_id=last.article_id,
    )


def table_json(state: TheatreState) -> dict[str, Any]:
    """The final-state JSON of `frontline fold`: every capital id to its ControlState."""
    return {cid: cs.model_dump(mode="json") for cid, cs in table(state).items()}
