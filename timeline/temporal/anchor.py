"""The anchoring policy for events: how one event's time follows from another's, from a
duration, or from the publication date (DCT). `resolve` reads a time expression on its own;
this module places the events those expressions date.

- "X came a week before Y": Y is a week after X. X is the story's own news, at the DCT when it
  has no date of its own (then the tagger has already read "a week before" as a date,
  `grammar.counted_offsets.p_comes_after`); when X has a date, `offset_from` shifts it.
- "X came within hours of Y": Y is at X's time, from the day before.
- "after 99 years", "for almost a century": a state that began that long before the DCT;
  "almost" allows a tenth less, "more than" a tenth more, "about" a twentieth either way.
- "its centenary ... next year": what the centenary is of, 100 years before next year.
- An event dated before the DCT is past, one after it future, whatever the tense says.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from ..model import CALENDAR_UNITS, GRANULARITIES, TEXT_ANCHORS, EventTime, TimeExpr
from .values import interval_of, shift, value_for

_CALENDAR_UNITS = CALENDAR_UNITS
_SHORT_UNITS = CALENDAR_UNITS[:CALENDAR_UNITS.index("year")]          # day, week, month
_LONG_UNITS = CALENDAR_UNITS[CALENDAR_UNITS.index("year"):]           # year, decade, century
_LESS = ("LESS_THAN", "EQUAL_OR_LESS")
_MORE = ("MORE_THAN", "EQUAL_OR_MORE")
# How far a hedged length may be from the stated one: "almost a century", "more than 50 years", "about 20 years".
_LESS_FACTOR, _MORE_FACTOR, _APPROX_WIDER, _APPROX_NARROWER = 0.9, 1.1, 1.05, 0.95
_GRANULARITY_ORDER = list(GRANULARITIES)
_TEXT_ANCHORS = TEXT_ANCHORS

DCT, DURATION = "dct", "duration"
_CLOCK = re.compile(r"T\d")
_YEAR = re.compile(r"\d{2}")       # "December 1988", "Dec. '88": the year is written


def event_anchor(key: str) -> str:
    """The anchor of a time worked out from the event with this key."""
    return f"event:{key}"


def dct_time(dct: Optional[date], text: Optional[str] = None, start=None, end=None,
             anchor: str = DCT) -> Optional[EventTime]:
    """The publication date as an event's (approximate) time."""
    if dct is None:
        return None
    return EventTime(dct.isoformat(), dct, dct, "day", True, anchor, text, start, end)


def time_of(t: TimeExpr) -> EventTime:
    """The time a time expression gives the event it dates."""
    anchor = t.anchor if t.anchor in _TEXT_ANCHORS else "none"
    return EventTime(t.value, t.earliest, t.latest, t.granularity, t.approximate, anchor, t.text, t.start, t.end)


def _shifted(base: EventTime, amount: float, unit: str, approximate: bool, anchor: str,
             text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[EventTime]:
    if base.earliest is None or base.latest is None:
        return None
    earliest, latest = shift(base.earliest, amount, unit), shift(base.latest, amount, unit)
    if earliest > latest:
        earliest, latest = latest, earliest
    granularity = unit if unit in _CALENDAR_UNITS else "day"
    if base.granularity in _LONG_UNITS and granularity in _SHORT_UNITS:
        granularity = base.granularity
    if granularity == "week":
        granularity = "day"
    value = value_for(earliest, granularity) if granularity != "day" or earliest == latest else earliest.isoformat()
    if granularity in _LONG_UNITS:
        whole_earliest, whole_latest, _ = interval_of(value)
        if whole_earliest is not None and not approximate:
            earliest, latest = min(earliest, whole_earliest), max(latest, whole_latest)
    return EventTime(value, earliest, latest, granularity, approximate or base.approximate, anchor, text, start, end)


def offset_sign(signal: str) -> int:
    """"X came 35 years after Y": Y lies 35 years before X (-1); "before": after it (+1). The one
    statement of that rule, for events dated by events and for the tagger's "comes N years after"."""
    return -1 if signal == "after" else 1


def offset_from(base: EventTime, amount: float, unit: str, signal: str, approximate: bool, anchor: str,
                text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[EventTime]:
    """"X came 35 years after Y": Y is `amount` units before X's time (`base`); "before": after it."""
    return _shifted(base, offset_sign(signal) * amount, unit, approximate, anchor, text, start, end)


def within(base: EventTime, anchor: str, text: Optional[str], start: Optional[int], end: Optional[int]) -> EventTime:
    """"X came within hours of Y": Y at X's time, from the day before."""
    earliest = base.earliest - timedelta(days=1) if base.earliest else None
    return EventTime(base.value, earliest, base.latest, base.granularity, True, anchor, text, start, end)


def began_before(dct: date, amount: float, unit: str, mod: Optional[str], approximate: bool,
                 text: str, start: Optional[int], end: Optional[int]) -> EventTime:
    """"after 99 years", "for almost a century": the start of a state that long before the DCT."""
    began = shift(dct, -amount, unit)
    approximate = approximate or mod is not None
    if approximate:
        # "almost a century": up to a tenth less than the stated length.
        earliest, latest = began, shift(dct, -amount * (_LESS_FACTOR if mod in _LESS else 1), unit)
        if mod in _MORE:
            earliest, latest = shift(dct, -amount * _MORE_FACTOR, unit), began
        if mod == "APPROX":
            earliest, latest = shift(dct, -amount * _APPROX_WIDER, unit), shift(dct, -amount * _APPROX_NARROWER, unit)
    else:
        earliest, latest = interval_of(value_for(began, "year" if unit in _LONG_UNITS else "day"))[:2]
    granularity = "year" if unit in _LONG_UNITS else "day"
    return EventTime(value_for(began, granularity), earliest, latest, granularity, approximate, DURATION,
                     text, start, end)


def years_before(base: EventTime, years: int, key: str) -> Optional[EventTime]:
    """"its centenary ... next year": the start of what the anniversary is of."""
    time = _shifted(base, -years, "year", base.approximate, event_anchor(key), base.text, base.start, base.end)
    return replace(time, anchor=DURATION) if time is not None else None


def up_to_dct(time: EventTime, dct: Optional[date]) -> EventTime:
    """"has led the company since 2007", "prices have risen since March": the date starts a
    stretch that runs to the publication date; the event (a state, or acts within the stretch)
    is not on that date. Its interval runs from the date to the DCT; its value and granularity
    stay the date's, as TimeML dates such an event (TIMEX3 has no open interval), so that a
    scorer reading the value finds the start."""
    if dct is None or time.earliest is None or time.latest is None or time.latest >= dct:
        return time
    return replace(time, latest=dct)


def last_before(time: EventTime, dct: Optional[date]) -> EventTime:
    """A month named without its year that a past event took ("changed its fiscal year in
    December", written in October): the last such month before the DCT, not the next one."""
    if dct is None or time.granularity != "month" or time.earliest is None or time.latest is None \
            or time.earliest <= dct or _YEAR.search(time.text or ""):
        return time
    earliest, latest = shift(time.earliest, -1, "year"), shift(time.latest, -1, "year")
    return replace(time, value=value_for(earliest, "month"), earliest=earliest, latest=latest)


def clock_time(time: EventTime) -> bool:
    """"at 10:35 a.m." dates one act; "Friday night" (a part of the day) frames a day's."""
    return bool(_CLOCK.search(time.value))


def side_of_dct(time: Optional[EventTime], dct: Optional[date]) -> Optional[str]:
    """"past" for a time wholly before the DCT, "future" for one wholly after; else None."""
    if time is not None and dct is not None:
        if time.latest is not None and time.latest < dct:
            return "past"
        if time.earliest is not None and time.earliest > dct:
            return "future"
    return None


def finer(a: EventTime, b: EventTime) -> bool:
    order = _GRANULARITY_ORDER
    return order.index(a.granularity if a.granularity in order else "unknown") < order.index(
        b.granularity if b.granularity in order else "unknown")


def overlap(a: EventTime, b: EventTime) -> bool:
    return bool(a.earliest and a.latest and b.earliest and b.latest and a.earliest <= b.latest and b.earliest <= a.latest)


def narrower(a: EventTime, b: EventTime) -> bool:
    return (a.latest - a.earliest) < (b.latest - b.earliest)
