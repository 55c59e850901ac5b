"""Days and parts of days named from the publication date or the story's day: "today",
"yesterday", "tonight", "tomorrow morning", "this evening", "the next morning", "in the
afternoon"; and the helpers that put a clock or a part of the day on such a day, which the clock
times share.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import Context, from_dct, from_reference, known, no_position, Reading, Resolved, unknown
from ..values import value_for
from .patterns import alternation_in_order
from .surroundings import inside_a_name, previous_words, second_of_a_set
from .readers import position_mod


DEICTIC_DAYS = L.DEICTIC_DAYS


_GENERIC_POSSESSIVE = re.compile(r"['’]s\s+(?:" + alternation_in_order(L.NOUNS_OF_OUR_TIMES) + r")\b", re.I)


def p_deictic_day(m: re.Match) -> Optional[Reading]:
    if inside_a_name(m):
        return None
    word = m["word"].lower()
    if _GENERIC_POSSESSIVE.match(m.string, m.end()) and word in L.GENERIC_DAY_WORDS:
        return None          # "today's youth", "the people of tomorrow's world": our times, not a day
    offset = DEICTIC_DAYS[word]
    mod = position_mod(m["pos"])
    part = L.PARTS_OF_DAY.get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    if part:
        return Reading("TIME", day_with_suffix(offset, "T" + part, mod), mod)
    return Reading("DATE", from_dct(offset, "day", "day", mod, "XXXX-XX-XX"), mod)


def day_with_suffix(offset: int, suffix: str, mod: Optional[str]):
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown("XXXX-XX-XX" + suffix)
        base = known(value_for(ctx.dct, "day"), None, "dct")
        day = base.earliest.fromordinal(base.earliest.toordinal() + offset)
        r = known(day.isoformat(), None, "dct")
        return Resolved(day.isoformat() + suffix, r.earliest, r.latest, "day", "dct")
    return resolve


def clock_on_story_day(clock: str, mod: Optional[str]):
    """A clock time without a day ("shot at 10 p.m."): on the day the story last named, else
    on the publication date."""
    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        if ref is not None and ref.granularity == "day" and ref.earliest is not None:
            day = ref.earliest.isoformat()
            return Resolved(day + clock, ref.earliest, ref.earliest, "day", "context")
        return day_with_suffix(0, clock, mod)(ctx)
    return resolve


def p_part_of_day(m: re.Match) -> Optional[Reading]:
    """"by mid-afternoon", "orders placed in the morning", "mid-afternoon yesterday": a part of
    the day the story tells of (of the day named, if one follows)."""
    previous = previous_words(m, 1)
    if not (m["the"] or m["pos"] or m["word"] or m["rel"]) and second_of_a_set(m):
        return Reading("SET", no_position("TXX" + L.PARTS_OF_DAY[m["part"].lower()]))   # "each morning and evening"
    if not (m["pos"] or m["word"] or m["rel"] or (m["the"] and previous and previous[0] in L.PART_OF_DAY_BEFORE)):
        return None          # "good evening", "a morning talk show"
    part = "T" + L.PARTS_OF_DAY[m["part"].lower()]
    mod = position_mod(m["pos"])
    if m["rel"]:
        # "the next morning": the day after the one the story last named.
        offset = -1 if m["rel"].lower() == "previous" else 1
        return Reading("TIME", _beside_story_day(offset, part), mod)
    if m["word"]:
        return Reading("TIME", day_with_suffix(DEICTIC_DAYS[m["word"].lower()], part, mod), mod)
    return Reading("TIME", clock_on_story_day(part, mod), mod)


def _beside_story_day(offset: int, suffix: str):
    inner = from_reference(offset, "day", "day")

    def resolve(ctx: Context) -> Resolved:
        r = inner(ctx)
        if r.earliest is None:
            return unknown("XXXX-XX-XX" + suffix)
        return Resolved(r.value + suffix, r.earliest, r.latest, "day", r.anchor)
    return resolve


def p_this_part(m: re.Match) -> Optional[Reading]:
    part = L.PARTS_OF_DAY[m["part"].lower()]
    offset = L.PART_OF_DAY_OFFSETS[m["rel"].lower()]
    if m["rel"].lower() == "last" and part != "NI":
        return None
    return Reading("TIME", day_with_suffix(offset, "T" + part, None))
