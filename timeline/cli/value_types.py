"""The types of option values: each turns the text given into a value, or refuses it with the
one line argparse prints (exit code 2). A number is read only from decimal digits: "²" is a digit
to str.isdigit but no number to int, and a ValueError would make argparse print the function's
name ("invalid _count value: '²'") instead of the reason."""
from __future__ import annotations

import argparse


def _count(value: str) -> int:
    if not value.strip().isdecimal() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return int(value)


def _width(value: str) -> int:
    from ..render import WIDTHS

    if value.lower() in WIDTHS:
        return WIDTHS[value.lower()]
    if not value.isdecimal() or not 500 <= int(value) <= 3000:
        raise argparse.ArgumentTypeError(f"{value!r}: give {' or '.join(WIDTHS)}, or a number from 500 to 3000")
    return int(value)


def day_bound(end: bool):
    """A date bound: a day, or the first (for --from) or last (for --to) day of a month or year."""
    def parse(value: str):
        import calendar
        import re
        from datetime import date

        from ..dates import DateError, parse_date

        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", value.strip())
        try:
            if m and 1 <= int(m[2] or 1) <= 12:
                year, month = int(m[1]), int(m[2] or (12 if end else 1))
                return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
            return parse_date(value)
        except (DateError, ValueError) as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return parse


def _size(value: str) -> int:
    from ..ingest import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
