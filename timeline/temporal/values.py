"""TIMEX3 values and the calendar intervals they denote, and the date arithmetic behind them."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from ..lexicon import time_words as _L

MIN_DATE, MAX_DATE = date(1, 1, 1), date(9999, 12, 31)


def clamp_year(year: int) -> int:
    return max(1, min(9999, year))


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    year = clamp_year(year)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def add_years(d: date, years: float) -> date:
    return add_months(d, round(years * 12))


def shift(d: date, amount: float, unit: str) -> date:
    """`d` moved by `amount` calendar units (negative for the past)."""
    try:
        if unit in ("day", "night"):
            return d + timedelta(days=round(amount))
        if unit == "week":
            return d + timedelta(days=round(amount * 7))
        if unit == "fortnight":
            return d + timedelta(days=round(amount * 14))
        if unit == "month":
            return add_months(d, round(amount))
        if unit == "quarter":
            return add_months(d, round(amount * 3))
        if unit == "year":
            return add_years(d, amount)
        if unit == "decade":
            return add_years(d, amount * 10)
        if unit == "century":
            return add_years(d, amount * 100)
        if unit == "millennium":
            return add_years(d, amount * 1000)
        return d  # hours, minutes: no change at day resolution
    except OverflowError:
        return MAX_DATE if amount > 0 else MIN_DATE


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def iso_week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, max(1, min(week, 52)), 1)


def value_for(d: date, granularity: str) -> str:
    """The TIMEX3 value of the `granularity` unit that contains `d`."""
    if granularity == "day":
        return d.isoformat()
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    if granularity == "millennium":
        return f"{d.year // 1000:01d}"
    return d.isoformat()


_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?:-(?P<wd>\d|WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$")


_DECADE_VALUE, _CENTURY_VALUE = re.compile(r"\d{3}"), re.compile(r"\d{2}")
_SIMPLE_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)(Y|M|W|D|H|S|DE|CE|L|Q|WE)")


@lru_cache(maxsize=4096)
def interval_of(value: str) -> tuple[Optional[date], Optional[date], str]:
    """(earliest, latest, granularity) of a DATE/TIME value; (None, None, 'unknown') when it has none."""
    if not value or "X" in value[:4]:
        return None, None, "unknown"
    if _DECADE_VALUE.fullmatch(value):
        y = int(value) * 10
        return date(max(1, y), 1, 1), date(y + 9, 12, 31), "decade"
    if _CENTURY_VALUE.fullmatch(value):
        y = int(value) * 100
        return date(max(1, y), 1, 1), date(y + 99, 12, 31), "century"
    m = _VALUE.match(value)
    if not m:
        return None, None, "unknown"
    year = int(m["year"])
    if year < 1:
        return None, None, "unknown"
    try:
        if m["day"]:
            d = date(year, int(m["month"]), int(m["day"]))
            return d, d, "day"
        if m["month"]:
            month = int(m["month"])
            return date(year, month, 1), month_end(year, month), "month"
        if m["week"]:
            start = iso_week_start(year, int(m["week"]))
            if m["wd"] == "WE":
                return start + timedelta(days=5), start + timedelta(days=6), "week"
            if m["wd"]:
                d = start + timedelta(days=int(m["wd"]) - 1)
                return d, d, "day"
            return start, start + timedelta(days=6), "week"
        if m["quarter"]:
            q = int(m["quarter"])
            return date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter"
        if m["half"]:
            h = int(m["half"])
            return date(year, 6 * h - 5, 1), month_end(year, 6 * h), "quarter"
        if m["season"]:
            first, last = _L.SEASON_MONTHS[m["season"]]
            end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
            if end_year > 9999:
                return None, None, "unknown"
            return date(year, first, 1), month_end(end_year, end_month), "season"
        return date(year, 1, 1), date(year, 12, 31), "year"
    except ValueError:
        return None, None, "unknown"


def narrow(earliest: date, latest: date, mod: Optional[str]) -> tuple[date, date]:
    """The part of an interval a position modifier picks: the first, middle or last third."""
    if mod not in ("START", "MID", "END") or earliest is None or latest is None:
        return earliest, latest
    span = (latest - earliest).days
    third = span // 3
    if mod == "START":
        return earliest, earliest + timedelta(days=third)
    if mod == "END":
        return latest - timedelta(days=third), latest
    return earliest + timedelta(days=third), latest - timedelta(days=third)


def duration_value(amount: Optional[float], unit: str) -> str:
    """`P3Y`, `PT5H`, `PXM` (unknown amount), `P2Y6M` (two and a half years), `P2Q`."""
    TIME_UNITS, UNITS = _L.TIME_UNITS, _L.UNITS
    letter = UNITS[unit][0]
    # TimeBank writes decades and centuries in years: "a decade" is P10Y, "almost a century"
    # P100Y; an unknown number of decades PXY, of centuries PXC.
    if letter in ("DE", "CE") and amount is not None:
        amount, letter = amount * (10 if letter == "DE" else 100), "Y"
    elif letter == "DE":
        letter = "Y"                           # "decades-long": PXY
    elif letter == "CE":
        letter = "C"
    time = "T" if unit in TIME_UNITS else ""
    if amount is None:
        return f"P{time}X{letter}"
    if letter == "2W":
        amount, letter = amount * 2, "W"
    whole = int(amount)
    smaller = _SMALLER_UNIT.get(letter + time)
    if not float(amount).is_integer() and smaller:
        # ISO 8601 writes the fraction in the next unit down: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
        rest = round((amount - whole) * smaller[1], 6)
        head = f"{whole}{letter}" if whole else ""
        if letter == "D":                     # a day and a half: P1DT12H
            return f"P{head}T{_fmt(rest)}H"
        return f"P{time}{head}{_fmt(rest)}{smaller[0]}"
    return f"P{time}{_fmt(amount)}{letter}"


# The next unit down and how many of it make one: years -> months, hours -> minutes.
_SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "HT": ("M", 60),
                 "MT": ("S", 60), "Q": ("M", 3)}


def _fmt(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def parse_duration(value: str) -> Optional[tuple[float, str]]:
    """(amount, unit) of a simple TIMEX3 duration value such as P35Y or PT4H; None if vague."""
    m = _SIMPLE_DURATION.fullmatch(value or "")
    if not m:
        return None
    time, number, letter = m.groups()
    units = {"Y": "year", "W": "week", "D": "day", "H": "hour", "S": "second", "DE": "decade",
             "CE": "century", "L": "millennium", "Q": "quarter", "WE": "week"}
    unit = ("minute" if time else "month") if letter == "M" else units[letter]
    return float(number), unit


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for last) ISO `weekday` of a month."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    last = month_end(year, month)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def movable_holiday(name: str, year: int) -> date:
    name = name.lower()
    if name.startswith("easter") or name == "good friday":
        base = easter(year)
        return base + timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
    if name == "thanksgiving":
        return nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return nth_weekday(year, 5, 1, -1)
    if name == "mother's day":
        return nth_weekday(year, 5, 7, 2)
    if name == "father's day":
        return nth_weekday(year, 6, 7, 3)
    if name == "election day":
        # US federal elections: the Tuesday after the first Monday in November.
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    raise KeyError(name)
