"""Holidays ("Christmas", "Easter 2019", "last Thanksgiving") and the calendar weeks named by a
day ("the week of March 6", "Easter week", "the second week of January").
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import absolute, by_tense, Context, known, Reading, Resolved, unknown
from ..values import movable_holiday, value_for
from .surroundings import next_word, previous_words
from .readers import day_of, month_of, SPACES, year_of, ymd


def p_holiday(m: re.Match) -> Optional[Reading]:
    name = SPACES.sub(" ", m["name"].lower()).replace("’", "'")
    if name == "may day" and m["name"][0] == "m":
        return None
    if next_word(m).lower() in L.NOT_A_HOLIDAY_AFTER or L.NOT_A_HOLIDAY_BEFORE.intersection(previous_words(m, 1)):
        return None          # "Easter eggs", "Operation Easter": things named after the day

    def on(year: int) -> Optional[str]:
        if name in L.HOLIDAYS_FIXED:
            month, day = L.HOLIDAYS_FIXED[name]
            return ymd(year, month, day)
        return movable_holiday(name, year).isoformat()

    if m["year"]:
        value = on(year_of(m["year"]))
        return Reading("DATE", absolute(value)) if value else None
    rel = (m["rel"] or "").lower()
    if rel in L.RELATIVE_YEAR_OFFSETS:
        offset = L.RELATIVE_YEAR_OFFSETS[rel]
        def resolve(ctx: Context) -> Resolved:
            if ctx.dct is None:
                return unknown("XXXX")
            return known(on(ctx.dct.year + offset) or "XXXX", None, "dct")
        return Reading("DATE", resolve)
    return Reading("DATE", by_tense(on))


def p_week_of(m: re.Match) -> Optional[Reading]:
    """"the week of March 6", "Easter week": the calendar week holding that day."""
    groups = m.groupdict()
    if groups.get("name"):
        name = SPACES.sub(" ", m["name"].lower()).replace("’", "'")
        fixed = L.HOLIDAYS_FIXED.get(name)

        def day_in(year: int) -> Optional[str]:
            return ymd(year, *fixed) if fixed else movable_holiday(name, year).isoformat()
    else:
        month, day = month_of(m["month"]), day_of(m["day"])

        def day_in(year: int) -> Optional[str]:
            return ymd(year, month, day)

    def week_in(year: int) -> Optional[str]:
        found = day_in(year)
        return value_for(date.fromisoformat(found), "week") if found else None

    if groups.get("year"):
        value = week_in(year_of(groups["year"]))
        return Reading("DATE", absolute(value)) if value else None
    return Reading("DATE", by_tense(week_in, placeholder="XXXX-WXX"))


def p_week_of_month(m: re.Match) -> Optional[Reading]:
    """"the second week of January", "the last week of March 2018": the calendar week holding
    that week's middle day (the 4th, 11th, 18th, 25th; the last week's, four days before the month's end)."""
    which = L.ORDINALS[m["ord"].lower()]
    if not (which == -1 or 1 <= which <= 4):
        return None
    month = month_of(m["month"])

    def week_in(year: int) -> Optional[str]:
        if which == -1:
            middle = date(year, month, 1) + timedelta(days=31)
            middle = middle.replace(day=1) - timedelta(days=4)
        else:
            middle = date(year, month, 7 * (which - 1) + 4)
        return value_for(middle, "week")

    if m["year"]:
        return Reading("DATE", absolute(week_in(year_of(m["year"]))))
    return Reading("DATE", by_tense(week_in, placeholder="XXXX-WXX"))
