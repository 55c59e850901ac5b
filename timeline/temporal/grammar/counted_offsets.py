"""A counted stretch from a known day: "two years ago", "three weeks from now", "a day later",
"(it) comes 35 years after": the date that far from the publication date or from the story's
last date.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..anchor import offset_sign
from ..resolve import from_dct, from_reference, Reading, reference_word, year_before_reference
from .surroundings import previous_words
from .readers import number, quantity_mod, unit_of, VAGUE_WORDS


def p_ago(m: re.Match) -> Optional[Reading]:
    return _counted_from_dct(m, -1)


def p_from_now(m: re.Match) -> Optional[Reading]:
    """"three weeks from now", "a year from today": that long after the DCT."""
    if m["num"] and VAGUE_WORDS.fullmatch(m["num"]):
        return None
    return _counted_from_dct(m, 1)


def _counted_from_dct(m: re.Match, direction: int) -> Optional[Reading]:
    """"two years ago" (direction -1), "two years from now" (+1): the date that far from the DCT,
    as fine as the count makes it (a year is a year, a week or two a day)."""
    unit = unit_of(m["unit"])
    amount = number(m["num"]) if m["num"] and not VAGUE_WORDS.match(m["num"]) else None
    mod = quantity_mod(m["qmod"], m) or ("APPROX" if m["orso"] else None)
    if amount is None:
        return Reading("DATE", reference_word("PAST_REF"))
    if unit in L.TIME_UNITS:
        return Reading("TIME", from_dct(0, "day", "day", mod))
    gran = {"day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month"}.get(unit, "year")
    if unit == "decade":
        gran = "year"
    if unit == "day" or (unit == "week" and amount < 3):
        gran = "day"
    if amount == 1 and unit == "year" and direction < 0:
        return Reading("DATE", year_before_reference("year", mod), mod, sets_reference=False)
    return Reading("DATE", from_dct(direction * amount, unit, gran, mod, approximate=mod is not None), mod)


def p_offset_from_reference(m: re.Match) -> Optional[Reading]:
    """"two years later", "a day earlier": relative to the last date mentioned."""
    unit = unit_of(m["unit"])
    amount = number(m["num"])
    if amount is None or unit in L.TIME_UNITS:
        return None
    direction = 1 if m["dir"].lower() in L.FORWARD_WORDS else -1
    mod = quantity_mod(m["qmod"], m)
    if direction < 0 and amount == 1 and unit == "year":
        return Reading("DATE", year_before_reference("year", mod), mod, sets_reference=False)
    gran = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")
    return Reading("DATE", from_reference(direction * amount, unit, gran, mod), mod)


def p_day_beside_reference(m: re.Match) -> Optional[Reading]:
    """"The day before, at a rally in Beaumont, …", "… and left the day after.": the day next to
    the last date mentioned (with nothing after it to be next to: not "the day before the vote")."""
    direction = 1 if m["dir"].lower() in L.FORWARD_WORDS else -1
    return Reading("DATE", from_reference(direction, "day", "day", None))


def p_comes_after(m: re.Match) -> Optional[Reading]:
    """"(it) comes 35 years after ...": the earlier event is that long before the DCT."""
    previous = previous_words(m, 1)
    if not (len(previous) == 1 and previous[0] in L.COME_FORMS):
        return None
    unit = unit_of(m["unit"])
    if unit in L.TIME_UNITS:
        return None          # "came less than an hour after": a duration, not a calendar date
    amount = number(m["num"])
    if amount is None:
        return None
    direction = offset_sign(m["dir"].lower())
    mod = quantity_mod(m["qmod"])
    gran = {"day": "day", "week": "day", "month": "month"}.get(unit, "year")
    return Reading("DATE", from_dct(direction * amount, unit, gran, mod, approximate=mod is not None), mod)
