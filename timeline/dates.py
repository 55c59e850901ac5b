"""Calendar dates read from metadata: the one place where a publication date is parsed.

- `parse_date` reads a date a user or a file gives (`--published`, front matter, JSONL): ISO
  (`2019-02-26`, `2019-02-26T10:00:00Z`) or a written form (`26 February 2019`), and raises
  `DateError` for anything else.
- `leading_date` reads the ISO date at the start of a metadata value (an HTML page's date, a
  record's `dct`) and gives None when there is none: such values are hints, not demands.

Both refuse years outside MIN_YEAR..MAX_YEAR. TIMEX3 values write years with four digits, and
the anchoring arithmetic needs room on either side of the publication date ("next week" from
9999-12-31 or "last Friday" from 0001-01-01 is not a date Python can hold), so a publication
date must lie in the years 1000 to 9998.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

MIN_YEAR, MAX_YEAR = 1000, 9998

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_WITH_TIME = re.compile(_ISO.pattern + r"(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_NUMERIC_ONLY = re.compile(r"[\d\s/.-]+")
_HAS_YEAR = re.compile(r"\d{4}")


class DateError(ValueError):
    pass


def in_range(day: date) -> bool:
    return MIN_YEAR <= day.year <= MAX_YEAR


def _checked(day: date, text: str) -> date:
    if not in_range(day):
        raise DateError(f"year out of range: {text!r} (publication dates run from {MIN_YEAR} to {MAX_YEAR})")
    return day


def parse_date(value: object) -> date:
    """A publication date from ISO (`2019-02-26`, `2019-02-26T10:00:00Z`) or a written form
    (`26 February 2019`); raises DateError for anything that is not a full calendar date in range."""
    if isinstance(value, datetime):
        return _checked(value.date(), str(value))
    if isinstance(value, date):
        return _checked(value, str(value))
    text = str(value or "").strip().strip("'\"")
    if not text:
        raise DateError("empty date")
    m = _ISO_WITH_TIME.fullmatch(text)
    if m:
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            raise DateError(f"not a calendar date: {text!r} ({exc})") from None
        return _checked(day, text)
    if _NUMERIC_ONLY.fullmatch(text) is None and _HAS_YEAR.search(text):
        import dateparser  # slow to import; only written dates need it

        parsed = dateparser.parse(text, languages=["en"],
                                  settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                            "PREFER_DATES_FROM": "past"})
        if parsed:
            return _checked(parsed.date(), text)
    raise DateError(f"not a date: {text!r} (use YYYY-MM-DD)")


def leading_date(value: object) -> Optional[date]:
    """The ISO date at the start of `value` (a date object stands for itself), or None: for
    metadata, where a missing or broken date means no date."""
    if not value:
        return None
    if isinstance(value, date):
        return value if in_range(value) else None
    m = _ISO.match(str(value))
    if not m:
        return None
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day if in_range(day) else None
