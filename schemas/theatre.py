"""The gazetteer of a theatre: places and actors as data, so a new conflict is one file away."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

ActorRole = Literal["incumbent", "insurgent", "resistance", "foreign", "other"]


def canonical_id(name: str) -> str:
    """`Qala-e Naw` -> `qala-e-naw`: lower case, each run of non-letters becomes `-`."""
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")


class Actor(_Data):
    id: str
    name: str
    role: ActorRole
    aliases: tuple[str, ...] = ()
    spokespeople: tuple[str, ...] = ()
    succeeds: str | None = None
    """The side whose cause this one carries on once that side has gone (a resistance after the
    government's fall): from `succeeds_from`, a city retaken with no side named is retaken by
    this one, not by the side that is gone."""
    succeeds_from: date | None = None


class Country(_Data):
    id: str
    name: str
    aliases: tuple[str, ...] = ()


class Capital(_Data):
    id: str
    name: str
    province: str
    province_aliases: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    initial_controller: str | None = None
    """Who holds the city at the theatre's start, when not the `baseline_controller`."""
    epithets: tuple[str, ...] = ()
    """What wire copy calls the city in place of its name ("the country's second-largest city"),
    lower case; hyphens and spaces are interchangeable."""
    local_side: str | None = None
    """The side the city's own armed groups belong to ("local factions took over Daraa": the
    southern factions), when not the theatre's first insurgent: also who presses the city when
    the text names no side."""


class Theatre(_Data):
    id: str
    name: str
    language: str = "en"
    timezone: str
    utc_offset: str = Field(pattern=r"^[+-]\d\d:\d\d$")
    start_date: date
    end_date: date | None = None
    """The last day of the campaign the theatre covers: a day and month with no year in copy
    written a year on ("On 5 December, rebels took Hama", filed in December 2025) is the
    campaign's, when that year's day lies between `start_date` and this."""
    baseline_controller: str
    capital_noun: str = "provincial capital"
    region_noun: str = "province"
    total_capitals: int
    country_names: tuple[str, ...] = ()
    """Names of the country itself ("Afghanistan"), which wire copy puts between a verb and its city."""
    national_capital: str | None = None
    """The capital id that wire copy calls "the capital" or "the Afghan capital"."""
    timeline_checkpoints: tuple[date, ...] = ()
    """Days on which `frontline eval` checks the folded table against the theatre's fact file."""
    actors: tuple[Actor, ...]
    countries: tuple[Country, ...] = ()
    capitals: tuple[Capital, ...]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [c.id for c in self.capitals]
        if len(set(ids)) != len(ids):
            raise ValueError("capital ids are not unique")
        for capital in self.capitals:
            if capital.id != canonical_id(capital.name):
                raise ValueError(f"capital id {capital.id!r} is not canonical_id({capital.name!r})")
        if len(self.capitals) != self.total_capitals:
            raise ValueError(f"total_capitals is {self.total_capitals}, {len(self.capitals)} listed")
        if self.national_capital is not None and self.national_capital not in ids:
            raise ValueError(f"national_capital {self.national_capital!r} is not a capital id")
        actor_ids = {a.id for a in self.actors}
        if self.baseline_controller not in actor_ids:
            raise ValueError(f"baseline_controller {self.baseline_controller!r} is not an actor")
        for capital in self.capitals:
            if capital.initial_controller is not None and capital.initial_controller not in actor_ids:
                raise ValueError(
                    f"initial_controller {capital.initial_controller!r} of {capital.id} is not an actor"
                )
            if capital.local_side is not None and capital.local_side not in actor_ids:
                raise ValueError(f"local_side {capital.local_side!r} of {capital.id} is not an actor")
        for actor in self.actors:
            if (actor.succeeds is None) != (actor.succeeds_from is None):
                raise ValueError(f"actor {actor.id!r} needs both succeeds and succeeds_from, or neither")
            if actor.succeeds is not None and actor.succeeds not in actor_ids:
                raise ValueError(f"actor {actor.id!r} succeeds {actor.succeeds!r}, which is not an actor")
        return self

    def heirs(self, actor_id: str) -> set[str]:
        """The side `actor_id` stands for: itself and every actor that carries its cause on."""
        return {actor_id} | {actor.id for actor in self.actors if actor.succeeds == actor_id}

    def successor(self, actor_id: str, day: date) -> str:
        """Who carries on `actor_id`'s side on `day`: the actor that succeeds it from then, else itself."""
        for actor in self.actors:
            if actor.succeeds == actor_id and actor.succeeds_from is not None and day >= actor.succeeds_from:
                return actor.id
        return actor_id

    def initial_controller(self, capital_id: str) -> str:
        """Who holds a capital at `start_date`: its own `initial_controller`, else the baseline."""
        return self.capital(capital_id).initial_controller or self.baseline_controller

    def capital(self, capital_id: str) -> Capital:
        for capital in self.capitals:
            if capital.id == capital_id:
                return capital
        raise KeyError(capital_id)
