"""Clock times: "10:30 a.m.", "at 2153 GMT", "4 in the morning", "noon"; on the day named with
them ("at 8 p.m. on Monday", "9 a.m. Tuesday"), else on the story's day.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import by_tense, COMING_DAY, Reading, weekday_by_tense
from .patterns import PLACEHOLDERS
from .surroundings import previous_words, tenses_heeded
from .readers import day_of, month_of, quantity_mod, weekday_of, ymd
from .deictic_days import clock_on_story_day, day_with_suffix, DEICTIC_DAYS
from .weekdays import before_a_coming_day


# The day a clock time is on, named right after it: "at 1653 local time (2153 GMT) on Tuesday";
# a clock time in brackets closes them first ("at 4:53 pm (2153 GMT) on Tuesday").
_DAY_AFTER_CLOCK = re.compile(r"\)?\s+(?:(?:local\s+time|\([^()\n]{1,16}\))(?:\s+on)?|on)\s+(?:(?P<day>" + PLACEHOLDERS["WEEKDAY"] + ")|(?P<month>"
                              + PLACEHOLDERS["MONTH"] + r")\s+(?P<dom>" + PLACEHOLDERS["DAY"] + ")|(?P<dom_first>"
                              + PLACEHOLDERS["DAY"] + r")\s+(?P<month_after>" + PLACEHOLDERS["MONTH"] + "))", re.I)


def p_clock(m: re.Match) -> Optional[Reading]:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif not (m["mi"] and (m["tz"] or previous_words(m, 1) == ["at"])):
        return None
    if hour > 23 or minute > 59:
        return None
    mod = quantity_mod(m["qmod"], m)
    clock = f"T{hour:02d}:{minute:02d}"
    day = (m["day"] or "").lower()
    later_day = None if day or m["cmonth"] else _DAY_AFTER_CLOCK.match(m.string, m.end())
    if later_day and later_day["day"]:
        day = later_day["day"].lower()       # "at 10:35 a.m. local time Friday", "at 8 p.m. on Monday": on that day
    month_day = (m["cmonth"], m["cday"]) if m["cmonth"] else _month_day_after(later_day)
    return _clock_on_named_day(m, clock, mod, day, month_day)


def _month_day_after(later_day: Optional[re.Match]) -> Optional[tuple[Optional[str], Optional[str]]]:
    """The month and day _DAY_AFTER_CLOCK found, in either order ("on May 5", "on 5 May")."""
    if later_day is None:
        return None
    if later_day["month_after"]:
        return later_day["month_after"], later_day["dom_first"]
    return later_day["month"], later_day["dom"]


def _clock_on_named_day(m: re.Match, clock: str, mod: Optional[str], day: str,
                        month_day: Optional[tuple[Optional[str], Optional[str]]]) -> Reading:
    """A clock time on the day named with it (a weekday, a deictic day, a month and day), else on
    the story's day."""
    if month_day and month_day[0]:
        month, dom = month_of(month_day[0]), day_of(month_day[1])
        return Reading("TIME", by_tense(lambda y: (ymd(y, month, dom) or "") + clock if ymd(y, month, dom) else None,
                                        mod, f"XXXX-{month:02d}-{dom:02d}{clock}", heeds=tenses_heeded(m)), mod)
    if day in DEICTIC_DAYS:
        return Reading("TIME", day_with_suffix(DEICTIC_DAYS[day], clock, mod), mod)
    if day:
        # "extended its offer until 9 a.m. Tuesday": the coming Tuesday, as for a bare weekday.
        direction = COMING_DAY if before_a_coming_day(m) else None
        return Reading("TIME", weekday_by_tense(weekday_of(day), direction, clock, mod), mod)
    return Reading("TIME", clock_on_story_day(clock, mod), mod)


def p_clock24(m: re.Match) -> Optional[Reading]:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 23 or minute > 59:
        return None
    # "struck at 2153 GMT on Tuesday", "at 1653 (2153 GMT) on Tuesday": on the day named after it
    later_day = _DAY_AFTER_CLOCK.match(m.string, m.end())
    day = (later_day["day"] or "").lower() if later_day else ""
    month_day = _month_day_after(later_day)
    return _clock_on_named_day(m, f"T{hour:02d}:{minute:02d}", None, day, month_day)


def p_clock_words(m: re.Match) -> Optional[Reading]:
    """"4 in the morning", "7 in the evening"."""
    hour = int(m["h"])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if m["part"].lower() in L.AFTERNOON_PARTS else 0)
    return Reading("TIME", clock_on_story_day(f"T{hour:02d}:00", None))


def p_noon(m: re.Match) -> Optional[Reading]:
    clock = L.CLOCK_WORDS[m["word"].lower()]
    if previous_words(m, 1) == [L.NOT_A_CLOCK_BEFORE]:
        return None          # "high noon": a showdown, not twelve o'clock
    day = (m["day"] or "").lower()
    if day in DEICTIC_DAYS:
        return Reading("TIME", day_with_suffix(DEICTIC_DAYS[day], clock, None))
    if day:
        return Reading("TIME", weekday_by_tense(weekday_of(day), None, clock, None))
    return Reading("TIME", day_with_suffix(0, clock, None))
