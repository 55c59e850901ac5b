"""Sets, that is frequencies and rates: "every week", "each spring", "twice a year", "four days a
week", "$40,000 a year", "weekly", "on weekends", "Tuesday nights", "day after day".

A rate ("a year" after an amount or a count of things) is a set in TimeML; which amounts and
counts come before it is read here.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import no_position, Reading
from ..values import duration_value
from .patterns import alternation_in_order, NUMWORD, UNIT_WORDS
from .surroundings import next_word
from .readers import number, SPACES, unit_of, UNIT_ORDER, VAGUE_WORDS, weekday_of


def p_set(m: re.Match) -> Optional[Reading]:
    target = SPACES.sub(" ", m["target"].lower())
    if target.startswith("quarter") and target.endswith("hour"):
        return Reading("SET", no_position("PT15M"))          # "every quarter-hour"
    num = (m["num"] or "").lower()
    # "every other week" is every second one; "every few months" an unknown number of them.
    amount = (2 if num == "other" else L.ORDINALS[num] if num in L.ORDINALS else None
              if num and VAGUE_WORDS.fullmatch(num) else number(num) if num else 0.5 if m["half"] else 1)
    if num and amount is None and not VAGUE_WORDS.fullmatch(num):
        return None
    if target in L.SEASONS:
        return Reading("SET", no_position(f"XXXX-{L.SEASONS[target]}"))
    if target == "weekend":
        return Reading("SET", no_position("XXXX-WXX-WE"))
    day, _, part = target.partition(" ")
    if day in L.WEEKDAYS:
        # "every Saturday morning": every Saturday, in the morning.
        at = f"T{L.PARTS_OF_DAY[part]}" if part else ""
        return Reading("SET", no_position(f"XXXX-WXX-{L.WEEKDAYS[day]}{at}"))
    if target in L.MONTHS:
        return Reading("SET", no_position(f"XXXX-{L.MONTHS[target]:02d}"))
    if target in L.PARTS_OF_DAY and not (target in L.UNITS and m.group().lower().startswith("per")):
        return Reading("SET", no_position(f"TXX{L.PARTS_OF_DAY[target]}"))     # not "$90 per night", a rate
    if target in L.HOLIDAYS_FIXED:
        month, day = L.HOLIDAYS_FIXED[target]
        return Reading("SET", no_position(f"XXXX-{month:02d}-{day:02d}"))
    unit = unit_of(target)
    if unit not in L.UNITS or unit == "weekend":
        return None
    return Reading("SET", no_position(duration_value(amount, unit)), "APPROX" if m["orso"] else None)


def p_counted_per_unit(m: re.Match) -> Optional[Reading]:
    """"four days a week", "eight months a year", "60 minutes a day": a share of each longer unit, a set."""
    counted = unit_of(m["counted"])
    counted = "week" if counted == "weekend" else counted
    if UNIT_ORDER.index(counted) <= UNIT_ORDER.index(unit_of(m["unit"])):
        return None          # "two years a month" says nothing of the kind
    return p_frequency(m)


def p_frequency(m: re.Match) -> Optional[Reading]:
    unit = unit_of(m["unit"])
    return Reading("SET", no_position(duration_value(1, unit)))


# "$40,000 a year", "5% a month", "$5m a year", "£2bn a year": an amount before the unit.
RATE_AMOUNT_BEFORE = re.compile(r"(?:\d%?|\d(?:" + alternation_in_order(L.MONEY_MAGNITUDE_SUFFIXES) + r")|"
                                + alternation_in_order(L.RATE_AMOUNT_WORDS).replace(r"\s+", r"\s?")
                                + r")\s*$", re.I)


# "four flights a week", "50,000 CDs a year", "1.2 million visitors a year", "200,000 new jobs a month",
# "500 tons of steel a day", "thousands of people a year": a count of things per unit of time. The
# count, up to two words (adjectives, a measure), then a plural noun or "of" and what is counted.
_COUNT = (r"(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:" + alternation_in_order(L.LARGE_NUMBER_WORDS) + r"))?"
          r"|an?\s+(?:" + alternation_in_order(L.LARGE_NUMBER_WORDS) + r")|" + NUMWORD + r")")
_COUNTED_THINGS_BEFORE = re.compile(
    r"(?<![\w.,$£€])(?:" + _COUNT + r"(?P<words>(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:(?P<noun>[a-z]+s)|of\s+(?P<what>[a-z]+))"
    r"|(?:" + alternation_in_order(L.COUNTS_OF) + r")\s+(?P<group_of>[a-z]+))\s+$", re.I)
_RATE_LOOKBACK = 60


def _counts_things(before: str) -> bool:
    """Whether `before` ends with a count of things ("four flights", "500 tons of steel"), with no
    verb inside it ("five men waited [a day]", "two firms said") and no unit as the thing counted
    ("three days a week" is its own rule)."""
    counted = _COUNTED_THINGS_BEFORE.search(before)
    if counted is None:
        return False
    noun = (counted["noun"] or counted["what"] or counted["group_of"]).lower()
    if noun in UNIT_WORDS or noun in L.NOT_PLURAL_S:
        return False
    inner = (counted["words"] or "").lower().split() + ([noun] if counted["what"] or counted["group_of"] else [])
    return not any(_is_a_verb(word) for word in inner)


def _is_a_verb(word: str) -> bool:
    return (word in L.PAST_IRREGULAR or word in L.PRESENT_AUXILIARIES or word in L.FUTURE_AUXILIARIES
            or word in L.MODAL_VERBS or (word.endswith(L.PAST_SUFFIX) and word not in L.NOT_PAST_ED))


def p_rate(m: re.Match) -> Optional[Reading]:
    """"$40,000 a year", "5% a month", "four flights a week": a rate, which TimeML marks as a set."""
    before = m.string[max(0, m.start() - _RATE_LOOKBACK):m.start()]
    if not RATE_AMOUNT_BEFORE.search(before[-25:]) and not _counts_things(before):
        return None
    return Reading("SET", no_position(duration_value(1, unit_of(m["unit"]))))


def p_weekends(m: re.Match) -> Optional[Reading]:
    """"open on weekends": every weekend."""
    return Reading("SET", no_position("XXXX-WXX-WE"))


def p_plural_weekday(m: re.Match) -> Optional[Reading]:
    if m["parts"]:
        # "Tuesday nights": every Tuesday, at night.
        part = L.PARTS_OF_DAY[m["parts"].lower()[:-1]]
        return Reading("SET", no_position(f"XXXX-WXX-{weekday_of(m['day'])}T{part}"))
    return Reading("SET", no_position(f"XXXX-WXX-{weekday_of(m['weekday'][:-1])}"))


def p_repeated_unit(m: re.Match) -> Optional[Reading]:
    """"day after day", "year after year": the unit over and over."""
    return Reading("SET", no_position(L.REPEATED_UNIT_SETS[m["unit"].lower()]))


def p_set_adverb(m: re.Match) -> Optional[Reading]:
    word = m["word"].lower()
    if word in L.SET_ADVERBS_ONLY_AT_A_CLAUSE_END and not _ends_a_clause_or_before(m, L.SET_ADVERB_WORDS_ALLOWED_AFTER):
        return None          # "its quarterly dividend", "an initial quarterly of 5 cents": an adjective or a noun
    if word in L.SET_ADJECTIVES_ONLY_BEFORE and next_word(m).lower() not in L.SET_ADVERB_WORDS_ALLOWED_AFTER:
        return None          # "the annual meeting"; "on an annual basis" is a set
    return Reading("SET", no_position(L.SET_ADVERBS[word]))


_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”—–]|$)")


def _ends_a_clause_or_before(m: re.Match, words: tuple[str, ...]) -> bool:
    """Whether punctuation (or the text's end) follows the match, or one of `words` does."""
    return _CLAUSE_END_AFTER.match(m.string, m.end()) is not None or next_word(m).lower() in words
