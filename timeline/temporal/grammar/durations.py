"""Lengths of time: "three weeks", "the past two years", "a decade-long war", "four years and two
months", "1 hour 20 minutes", "for a while", "a quarter-century", "the whole day", "the weeks
ahead", "years and years", "a weeklong pause"; streaks ("the third straight year") and the stage
a running event has reached ("the third day of the strike").

The traps of `p_duration` keep ages, fractions, clock times, amounts of money and rates out.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..literals import alternation
from ..resolve import no_position, Reading, reference_word, span_from_dct, stage_of_running_event, unknown
from ..values import duration_value
from .patterns import alternation_in_order, NUMWORD, PLACEHOLDERS
from .surroundings import next_word, previous_words
from .readers import DIGITS, number, quantity_mod, SPACES, unit_of, UNIT_ORDER, VAGUE_WORDS
from .sets import RATE_AMOUNT_BEFORE


_STREAK_AFTER = re.compile(r"\s+(?:" + alternation(L.STREAK_AFTER) + r")\b", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
_OF_AFTER = re.compile(r"\s+of\b")
_AGE_AFTER = re.compile(r"[\s-]+" + L.AGE_WORD + r"\b")


_EVENT_RELATIVE_AFTER = re.compile(r"\s+(?:" + alternation_in_order(L.EVENT_RELATIVE_WORDS) + r")\s")


_CLOCK_QUARTER_AFTER = re.compile(r"\s+(?:to|past|after|before)\s+(?:\d|" + NUMWORD + r"|noon|midnight)")
_PAY_AFTER = re.compile(r"(?:['’]|\s+of)\s+(?:[a-z]+\s+)?(?:" + alternation_in_order(L.PAY_NOUNS) + r")\b", re.I)


def p_duration(m: re.Match) -> Optional[Reading]:
    unit = unit_of(m["unit"])
    num_text = m["num"]
    vague = num_text is None or VAGUE_WORDS.fullmatch(num_text) is not None
    amount = None if vague else number(num_text)
    if not vague and amount is None:
        return None
    if amount is not None and 1800 <= amount <= 2099 and _FOUR_DIGITS.fullmatch(num_text or ""):
        return None          # "the 1988 quarter": a year, not 1988 quarters
    after = m.string[m.end():m.end() + 12].lower()
    if unit == "quarter" and not (vague and num_text) and (_OF_AFTER.match(after) or "-quarter" in m.group().lower() and not m["rel"]):
        return None          # "a quarter of", "three-quarters": fractions; not "several quarters of losses"
    if unit == "quarter" and _CLOCK_QUARTER_AFTER.match(after):
        return None          # "at a quarter to nine": a clock time
    if unit == "year" and _AGE_AFTER.match(after):
        return None          # ages are not time expressions in TimeBank ("52 years old")
    if m["adj"] and m["adj"] == "-old" and (unit == "year" or next_word(m).lower() in L.YOUNG_PERSON_NOUNS):
        return None          # "a 45-year-old man", "their 6-month-old son": ages
    if num_text and num_text.lower() in ("a", "an") and unit == "second":
        return None          # "a second term"
    if _PAY_AFTER.match(m.string, m.end()):
        return None          # "a grant equal to six months of salary": an amount of money
    if unit == "weekend":
        return None
    if m["ormore"] and RATE_AMOUNT_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return None          # "pay $15 an hour or less": a rate (the rate rule reads "an hour")
    if unit == "day" and m.group().lower() == "one day" and set(previous_words(m, 1)) & set(L.MODAL_VERBS):
        return Reading("DATE", reference_word("FUTURE_REF"))   # "the language will one day be ...": some day to come
    if num_text is None and not m["rel"] and not m["adj"]:
        plural = m["unit"].lower() != unit
        prev = previous_words(m, 1)
        if not plural or not (prev and prev[0] in L.BARE_UNITS_AFTER or _stretch_of_something(m, unit, prev)):
            return None
    if num_text is None and m["unit"].lower() == unit and (m["adj"] or m["rel"]):
        amount, vague = 1, False      # "a day-long meeting", "the decade-old law", "the next year or so": one
    if (m["half"] or m["half_before"]) and amount is not None:
        amount += 0.5
    if (num_text is None and not m["rel"] and m["unit"].lower() != unit and unit in ("day", "week", "month")
            and previous_words(m, 1) == ["the"]
            and _EVENT_RELATIVE_AFTER.match(m.string[m.end():m.end() + 20])):
        # "in the weeks before the robbery": a time placed by an event, not a length. Where
        # is left to the event layer, which may know the event's date; the value stays open.
        return Reading("DATE", lambda ctx: unknown("XXXX-XX"))
    if num_text and num_text.lower() == "coming" and not m["qmod"] and not m["rel"] and m["unit"].lower() != unit:
        # "in coming months": the future, as "in recent years" is the past.
        return Reading("DATE", reference_word("FUTURE_REF"))
    if num_text and num_text.lower() == "recent" and unit in ("year", "decade") and not m["qmod"]:
        # "in recent years" says "lately", like "recently": a vague past, not a measured stretch.
        return Reading("DATE", reference_word("PAST_REF"))
    mod = (quantity_mod(m["qmod"], None if m["rel"] else m) or ("APPROX" if m["orso"] or m["odd"] else None)
           or ("MORE_THAN" if m["plus"] else None) or _open_end_mod(m["ormore"]))
    value = duration_value(amount, unit)
    rel = (m["rel"] or "").lower().split()
    if rel and rel[-1] in L.BACKWARD_RELATIVE and amount is not None:
        return Reading("DURATION", span_from_dct(value, amount, unit, -1), mod)
    if rel and rel[-1] in L.FORWARD_RELATIVE and amount is not None:
        return Reading("DURATION", span_from_dct(value, amount, unit, 1), mod)
    return Reading("DURATION", no_position(value), mod)


def _open_end_mod(words: Optional[str]) -> Optional[str]:
    """"a month or more": at least a month; "a week or less": at most a week."""
    if not words:
        return None
    return "EQUAL_OR_LESS" if words.split()[-1].lower() == "less" else "EQUAL_OR_MORE"


def _stretch_of_something(m: re.Match, unit: str, prev: list[str]) -> bool:
    """"after months of debate", "follows years of war": a bare plural unit before "of" measures
    what follows; not after a determiner, with or without an adjective between ("the years of plenty",
    "the waning months of his term" name an era)."""
    return (unit in L.BARE_UNITS_BEFORE_OF and next_word(m).lower() == "of"
            and not set(previous_words(m, 2)) & L.ERA_DETERMINERS)


_OF_A_MONTH_AFTER = re.compile(r"\s+of\s+" + PLACEHOLDERS["MONTH_NAME"], re.I)


def p_stage(m: re.Match) -> Optional[Reading]:
    """"the third day of the strike", "in its second week": the stage a running event has reached."""
    before = previous_words(m, 2)
    if not m["the"]:
        if not before or before[-1] not in L.STAGE_POSSESSIVES:
            return None
        before = before[:-1]
    if L.ORDINALS.get(m["ord"].lower()) == 1:
        return None          # "the first day of school": a beginning, not a stage reached
    if next_word(m).lower() not in L.STAGE_AFTER and not (before and before[-1] in L.STAGE_BEFORE):
        return None
    if _STREAK_AFTER.match(m.string, m.end()):
        return None          # "the third day in a row": a streak, a length
    if _OF_A_MONTH_AFTER.match(m.string, m.end()):
        return None          # "the fifth week of May": a week of the calendar, no stage of an event
    unit = m["unit"].lower()
    return Reading("DATE", stage_of_running_event(unit))


def p_streak(m: re.Match) -> Optional[Reading]:
    """"for the third straight year", "the fifth month in a row": a run of that many units."""
    word = m["ord"].lower()
    n = L.ORDINALS.get(word) or int(DIGITS.match(word).group())
    if n < 2:
        return None
    return Reading("DURATION", no_position(duration_value(n, unit_of(m["unit"] or m["unit2"]))))


def p_stretch_ahead(m: re.Match) -> Optional[Reading]:
    """"the weeks ahead", "decades to come": a stretch of unknown length from now on ("a year
    ahead", counted, is a length measured in advance, left to the duration rule)."""
    return Reading("DURATION", no_position(duration_value(None, unit_of(m["unit"]))))


def p_compound_duration(m: re.Match) -> Optional[Reading]:
    """"four years and two months", "an hour and 20 minutes": one length, P4Y2M."""
    u1, u2 = unit_of(m["u1"]), unit_of(m["u2"])
    n1, n2 = number(m["n1"]), number(m["n2"])
    if (n1 is None or n2 is None or u1 not in UNIT_ORDER or u2 not in UNIT_ORDER
            or UNIT_ORDER.index(u1) >= UNIT_ORDER.index(u2) or {u1, u2} & {"weekend", "quarter", "fortnight"}):
        return None
    first, second = duration_value(n1, u1), duration_value(n2, u2)
    if first == second:
        return Reading("DURATION", no_position(first))      # "40 days and 40 nights": one stretch, both ways
    if first[-1] == second[-1] and ("T" in first) == ("T" in second):
        return None
    if "T" in first and "T" not in second:
        return None
    if "T" in second and "T" not in first:
        value = first + second[1:]                   # P2D + PT5H -> P2DT5H
    elif "T" in first:
        value = first + second[2:]                   # PT1H + PT20M -> PT1H20M
    else:
        value = first + second[1:]                   # P4Y + P2M -> P4Y2M
    mod = quantity_mod(m["qmod"], m)
    return Reading("DURATION", no_position(value), mod)


def p_vague_length(m: re.Match) -> Optional[Reading]:
    """"for a while", "for some time": a length of time of unknown size."""
    words = SPACES.sub(" ", m.group().lower())
    if words == "some time" and previous_words(m, 1) != ["for"]:
        return None          # "some time next year", "spent some time abroad"
    if previous_words(m, 2) == ["once", "in"]:
        return None          # "once in a while": now and then
    if re.match(r"\s+(?:ago|later|earlier|before|after)\b", m.string[m.end():m.end() + 10], re.I):
        return None          # "some time ago" is a past reference, read by its own rule
    return Reading("DURATION", no_position("PXX"))


def p_quarter_century(m: re.Match) -> Optional[Reading]:
    """"a quarter-century", "the past quarter of a century": 25 years; "a quarter of an hour" 15
    minutes, "three-quarters of an hour" 45."""
    quarters = 3 if m["three"] else 1
    if m["unit"].lower() == "hour":
        value, amount, unit = f"PT{15 * quarters}M", 15 * quarters, "minute"
    else:
        value, amount, unit = f"P{25 * quarters}Y", 25 * quarters, "year"
    if m["rel"]:
        direction = -1 if m["rel"].split()[1].lower() in L.BACKWARD_RELATIVE else 1
        return Reading("DURATION", span_from_dct(value, amount, unit, direction))
    return Reading("DURATION", no_position(value))


def p_whole_unit(m: re.Match) -> Optional[Reading]:
    """"the whole day", "the entire month": one unit taken as a length."""
    return Reading("DURATION", no_position(duration_value(1, unit_of(m["unit"]))))


def p_unsized_stretch(m: re.Match) -> Optional[Reading]:
    """"the early years of the mine", "years and years": a length of unknown size."""
    return Reading("DURATION", no_position(duration_value(None, unit_of(m["unit"]))))


def p_closed_long(m: re.Match) -> Optional[Reading]:
    """"a weeklong pause", "the yearlong inquiry": one unit, as "week-long" is."""
    return Reading("DURATION", no_position(L.CLOSED_LONG_WORDS[m["word"].lower()]))
