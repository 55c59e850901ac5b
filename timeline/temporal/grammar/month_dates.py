"""Dates written with a month: a full date ("March 5, 2019", "the 5th of March 2019"), a month
and day ("March 5", "Tuesday 17 August"; "April 24 and 25"), ISO and numeric dates, a month and
year, "March of next year", and a month alone ("in March", "last May").

The traps here keep "May" the name, "the March on Washington" and a live blog's "19 JANUARY,
1130" (a day and a clock) from being read as dates.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Optional

from ...lexicon import time_words as L
from ..resolve import absolute, by_tense, Context, known, no_position, Reading, Resolved, unknown
from .patterns import alternation_in_order, PLACEHOLDERS
from .surroundings import next_word, previous_words, second_of_a_set, tenses_heeded
from .readers import day_of, month_of, position_mod, weekday_of, year_of, ymd


def _day_group(m: re.Match) -> str:
    return m["day"] or m["dayw"] if "dayw" in m.re.groupindex else m["day"]


def p_full_date(m: re.Match) -> Optional[Reading]:
    if clock_after_comma(m):
        return None
    value = ymd(year_of(m["year"]), month_of(m["month"]), day_of(_day_group(m)))
    return Reading("DATE", absolute(value)) if value else None


def clock_after_comma(m: re.Match) -> bool:
    """'19 JANUARY, 1130' in a live blog is a day and a clock, not the year 1130: after a comma,
    four digits that read as HHMM and are either a year before the earliest a news date plausibly
    names or followed by a time zone ('19 JANUARY, 1815 GMT', not the year 1815)."""
    digits = m["year"]
    if not (digits.isdigit() and len(digits) == 4):
        return False
    if int(digits) >= L.EARLIEST_CLOCK_LIKE_YEAR and not CLOCK_AFTER.match(m.string, m.end("year")):
        return False
    before = _MONTH_COMMA_BEFORE.search(m.string, max(0, m.start("year") - 14), m.start("year"))
    month_comma = bool(before) and before["word"].lower() in L.MONTHS
    return month_comma and int(digits[:2]) < 24 and int(digits[2:]) < 60


_MONTH_COMMA_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\.?,\s*$")


def p_month_day(m: re.Match) -> Optional[Reading]:
    month, day = month_of(m["month"]), day_of(_day_group(m))
    if day > 31:
        return None
    if m["month"].lower() == "may" and _may_is_a_name(m):
        return None
    return Reading("DATE", by_tense(lambda y: ymd(y, month, day), placeholder=f"XXXX-{month:02d}-{day:02d}",
                                    heeds=tenses_heeded(m), forced=_past_after_since(m),
                                    agrees=_on_weekday(m["named_weekday"])))


def _past_after_since(m: re.Match) -> Optional[str]:
    """"has leaked since April 20", "prices have doubled since March": what a stretch up to now
    starts from lies before the publication date, whatever the clause's tense or the month's
    nearness ahead."""
    return "past" if set(previous_words(m, 1)) & set(L.SINCE_WORDS) else None


def _on_weekday(word: Optional[str]) -> Optional[Callable[[str], bool]]:
    """"recorded on Tuesday 17 August", written on 2010-08-01: the year whose 17 August is a
    Tuesday (2010), whatever the tense says; a weekday no nearby year agrees with is ignored."""
    if not word:
        return None
    weekday = weekday_of(word)
    return lambda value: date.fromisoformat(value).isoweekday() == weekday


def p_second_day(m: re.Match) -> Optional[Reading]:
    """"on April 24 and 25": the second day is in the month (and year) of the first."""
    if not _MONTH_DAY_AND_BEFORE.search(m.string[max(0, m.start() - 30):m.start()]):
        return None
    day = day_of(m["day"])
    after = next_word(m)
    if not 1 <= day <= 31 or (after[:1].islower() and after not in L.WORDS_AFTER_A_DATE):
        return None          # "on April 24 and 25 people died": a count of things

    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        if ref is None or ref.earliest is None or ref.granularity != "day":
            return unknown(f"XXXX-XX-{day:02d}")
        value = ymd(ref.earliest.year, ref.earliest.month, day)
        return known(value, None, "context") if value else unknown(f"XXXX-XX-{day:02d}")
    return Reading("DATE", resolve)


def p_iso(m: re.Match) -> Optional[Reading]:
    value = ymd(int(m["year"]), int(m["m"]), int(m["d"]))
    return Reading("DATE", absolute(value)) if value else None


def p_numeric(m: re.Match) -> Optional[Reading]:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) >= 30 else 2000 + int(y))
    month, day = (a, b) if a <= 12 else (b, a)      # US order unless impossible
    value = ymd(year, month, day)
    return Reading("DATE", absolute(value)) if value else None


def p_month_year(m: re.Match) -> Optional[Reading]:
    if clock_after_comma(m):
        return None
    mod = position_mod(m["pos"])
    return Reading("DATE", absolute(f"{year_of(m['year']):04d}-{month_of(m['month']):02d}", mod), mod)


def p_month_relative_year(m: re.Match) -> Optional[Reading]:
    month, offset = month_of(m["month"]), L.RELATIVE_YEAR_OFFSETS[m["rel"].lower()]
    mod = position_mod(m["pos"])
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-{month:02d}")
        return known(f"{ctx.dct.year + offset:04d}-{month:02d}", mod, "dct")
    return Reading("DATE", resolve, mod)


_MAY_NAMES = tuple(L.MAY_AS_NAME_BEFORE)


def _may_is_a_name(m: re.Match) -> bool:
    return " ".join(previous_words(m, 2)).endswith(_MAY_NAMES)


def p_month(m: re.Match) -> Optional[Reading]:
    word = m["month"]
    month = month_of(word)
    mod = position_mod(m["pos"])
    rel = (m["rel"] or "").lower().split()
    if word.lower() == "may" and not rel and not m["pos"]:
        prev = previous_words(m, 1)
        if not prev or prev[0] not in L.MAY_AS_MONTH_AFTER:
            return None
        if _may_is_a_name(m):
            return None
    if _MARCH_AS_NOUN.match(m.string[m.end():m.end() + 20]) and not rel and not m["pos"]:
        return None          # "the March for Life", "the March on Washington": a march
    placeholder = f"XXXX-{month:02d}"
    if not rel and not m["pos"] and second_of_a_set(m):
        return Reading("SET", no_position(placeholder))     # "every July and August"
    if "last" in rel or "past" in rel:
        return Reading("DATE", _month_direction(month, -1, mod), mod)
    if "next" in rel or "coming" in rel:
        return Reading("DATE", _month_direction(month, 1, mod), mod)
    if rel == ["this"]:
        return Reading("DATE", _month_direction(month, 0, mod), mod)
    return Reading("DATE", by_tense(lambda y: f"{y:04d}-{month:02d}", mod, placeholder,
                                    heeds=tenses_heeded(m), forced=_past_after_since(m)), mod)


_MARCH_AS_NOUN = re.compile(r"\s+(?:" + "|".join(L.MARCH_AS_NOUN_BEFORE) + r")\s+(?:the\s+)?[A-Z]")


def _month_direction(month: int, direction: int, mod: Optional[str]):
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-{month:02d}")
        year = ctx.dct.year          # direction 0: "this September", the DCT's year
        if direction < 0 and month >= ctx.dct.month:
            year -= 1
        if direction > 0 and month <= ctx.dct.month:
            year += 1
        return known(f"{year:04d}-{month:02d}", mod, "dct")
    return resolve


CLOCK_AFTER = re.compile(r"\s*(?:(?:-|–|to)\s*\d{4}\s*)?(?:" + alternation_in_order(L.TIME_ZONES + L.HOUR_WORDS) + r")\b")


# "April 24 and ": a month and day just before a second day joined to it.
_MONTH_DAY_AND_BEFORE = re.compile(r"(?<![\w'’-])(?:" + PLACEHOLDERS["MONTH"] + r")\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:"
                                   + alternation_in_order(L.SECOND_DAY_JOINERS) + r")\s+$", re.IGNORECASE)
