"""Calendar units named relative to the publication date or to the story's last date: "last
week", "this year", "the following day", "that month", "the day before yesterday", "earlier in
the year", "the end of the month", "the weekend", "midyear".
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import (COMING_DAY, Context, from_dct, from_reference, known, LAST_DAY, Reading, reference_unit,
                       Resolved, span_from_dct, unknown, weekday_by_tense)
from ..values import duration_value, value_for
from .surroundings import inside_a_name, POSSESSIVE_S, previous_words
from .readers import position_mod, SPACES, UNIT_GRANULARITY, unit_of


def p_in_the_unit(m: re.Match) -> Optional[Reading]:
    """"earlier in the year", "the full year": the story's year (the last one named, else the DCT's)."""
    unit = unit_of(m["unit"] or m["unit2"])
    mod = position_mod(m["pos"])
    if m["unit2"]:
        # "forecast an increase for the full year": the year of the story's publication.
        return Reading("DATE", from_dct(0, "year", "year"), sets_reference=False)
    return Reading("DATE", reference_unit(UNIT_GRANULARITY[unit], mod), mod)


def p_story_unit(m: re.Match) -> Optional[Reading]:
    """"For the year, volume was flat", "a high for the year", "the week's most active session": the
    year of publication, the week the story tells of."""
    unit = m["unit"]
    possessive = POSSESSIVE_S.match(m.string[m.end():m.end() + 3]) is not None
    previous = previous_words(m, 1)
    if unit[0].isupper() or not (possessive or (previous and previous[0] in L.STORY_UNIT_BEFORE)):
        return None          # "Person of the Year"; "the year" alone is a length or a name
    # The period the story is about: "four days earlier" after it still counts from the day last named.
    if unit.lower() == "year":
        return Reading("DATE", from_dct(0, "year", "year"), sets_reference=False)
    return Reading("DATE", reference_unit("week"), sets_reference=False)


def p_weekend(m: re.Match) -> Optional[Reading]:
    """"the weekend": the one before the DCT in a past clause, after it in a future one."""
    return Reading("DATE", _weekend())


def _weekend(direction: Optional[int] = None):
    """The weekend by the clause's tense, or the one a direction names ("this past weekend": the
    latest before the DCT, its Saturday in the week before when the DCT is a weekday)."""
    inner = weekday_by_tense(6, direction)
    def resolve(ctx: Context) -> Resolved:
        r = inner(ctx)
        if r.earliest is None:
            return unknown("XXXX-WXX-WE")
        return known(value_for(r.earliest, "week") + "-WE", None, "dct")
    return resolve


def p_relative_unit(m: re.Match) -> Optional[Reading]:
    """"last week", "this year", "next month", "the following day", "that year", "earlier this month"."""
    if inside_a_name(m):
        return None
    rel = SPACES.sub(" ", m["rel"].lower())
    unit = unit_of(m["unit"])
    gran = UNIT_GRANULARITY[unit]
    mod = position_mod(m["pos"])
    has_the = rel.startswith("the ")
    core = rel.replace("the ", "")
    if has_the and core in ("next", "following") and unit == "day":
        return Reading("DATE", from_reference(1, "day", "day", mod), mod)      # "the next day"
    if has_the and core in ("past", "last") and not m["pos"] and unit in ("year", "week", "month"):
        # "over the past year": TimeBank marks the calendar unit before the DCT (3 times of 3), with
        # an approximate interval, as against "the past three years", a measured stretch.
        return Reading("DATE", from_dct(-1, unit, gran, None, approximate=True))
    if has_the and core in ("past", "last", "next", "coming") and not m["pos"]:
        # "the next week": a stretch of time, not a calendar unit.
        direction = -1 if core in ("past", "last") else 1
        value = duration_value(1, unit)
        return Reading("DURATION", span_from_dct(value, 1, unit, direction))
    weekend = unit == "weekend"
    if weekend and core in ("this past", "this coming"):
        return Reading("DATE", _weekend(LAST_DAY if core == "this past" else COMING_DAY), mod)
    if core in ("last", "past", "previous") and not has_the and core != "previous":
        res = from_dct(-1, unit if not weekend else "week", gran, mod)
    elif core in ("next", "coming"):
        res = from_dct(1, unit if not weekend else "week", gran, mod)
    elif core in ("this", "current", "this past", "this coming"):
        res = from_dct(0, unit if not weekend else "week", gran, mod)
    elif core in ("following",):
        res = from_reference(1, unit if not weekend else "week", gran, mod)
    elif core in ("previous",):
        res = from_reference(-1, unit if not weekend else "week", gran, mod)
    else:  # that, same
        res = reference_unit(gran, mod)
    if weekend:
        base = res
        def res(ctx: Context, base=base) -> Resolved:
            r = base(ctx)
            if r.earliest is None:
                return unknown("XXXX-WXX-WE")
            return known(r.value + "-WE", mod, r.anchor)
    return Reading("DATE", res, mod)


def p_beyond_deictic(m: re.Match) -> Optional[Reading]:
    """"the day before yesterday", "the year before last", "the week after next": two units from the DCT."""
    unit, direction, end = m["unit"].lower(), m["dir"].lower(), m["end"].lower()
    if (unit == "day") != (end in ("yesterday", "tomorrow")) or (direction == "before") != (end in ("yesterday", "last")):
        return None          # "the day before last", "the year after tomorrow": no such reading
    return Reading("DATE", from_dct(-2 if direction == "before" else 2, unit, UNIT_GRANULARITY[unit]))


def p_closed_mid(m: re.Match) -> Optional[Reading]:
    """"by midyear", "a mid-month deadline": the middle of the DCT's year (month)."""
    unit = L.CLOSED_MID_WORDS[m["word"].lower()]
    return Reading("DATE", from_dct(0, unit, UNIT_GRANULARITY[unit], "MID"), "MID")


def p_position_of_unit(m: re.Match) -> Optional[Reading]:
    unit = unit_of(m["unit"] or m["unit2"])
    gran = UNIT_GRANULARITY[unit]
    mod = position_mod(m["pos"] or m["pos2"])
    if m["unit2"]:
        return Reading("DATE", from_dct(0, "year", "year", mod), mod)
    return Reading("DATE", from_dct(0, unit, gran, mod), mod)
