"""Weekdays: "Tuesday", "last Friday", "next Monday night", "the day before last Tuesday's
hearing", "the following Thursday"; and which side of the publication date a bare weekday lies
on (the tense, a deferral, "until", a possessive naming an occasion: "Friday's debate").
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from ...lexicon import time_words as L
from ..literals import alternation
from ..resolve import (AWAITED_DAY, by_tense, COMING_DAY, Context, EVENT_DAY, known, LAST_DAY, NEXT_WEEKS_DAY,
                       no_position, OCCASION_DAY, Reading, Resolved, THIS_WEEKS_DAY, unknown, weekday_by_tense)
from .surroundings import POSSESSIVE_S, previous_words, second_of_a_set
from .readers import day_of, month_of, position_mod, SPACES, weekday_of, ymd


_PREPOSITION_OR_CLOCK_AT_END = re.compile(r"(?:" + "|".join(L.WEEKDAY_PREPOSITIONS)
                                          + r"|\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?(?: \w{2,3}t)?)\s*$")
_UNTIL_AT_END = re.compile(r"\b(?:" + "|".join(L.UNTIL_WORDS) + ")$")
_UNTIL_WIDTH = max(map(len, L.UNTIL_WORDS))
_SENTENCE_PUNCTUATION = re.compile(r"[.;:!?]")


# "on Monday and Tuesday nights", "Saturdays and Sundays": a weekday joined to a plural one.
_BEFORE_A_PLURAL_WEEKDAY = re.compile(r"\s+(?:and|or)\s+(?:" + alternation(L.WEEKDAYS) + r")(?:s\b|\s+(?P<parts>(?:morning|afternoon|evening|night)s)\b)", re.I)


def _first_of_a_plural_pair(m: re.Match) -> Optional[str]:
    """The part of day a set reading of the weekday takes ("" for none) when a plural weekday
    follows it ("on Monday and Tuesday nights": Mondays at night too), else None."""
    found = _BEFORE_A_PLURAL_WEEKDAY.match(m.string, m.end())
    if found is None:
        return None
    return "T" + L.PARTS_OF_DAY[found["parts"].lower()[:-1]] if found["parts"] else ""


def _names_a_title(m: re.Match) -> bool:
    """"the Sunday Times", "the Monday Night Club": after "the", a weekday and a capitalised word
    that is no month ("the Friday Sept. 26 debate") begin a name, not a time."""
    words = m.string[max(0, m.start() - 5):m.start()].split()
    if not words or words[-1].lower() != L.TITLE_ARTICLE:
        return False
    after = _NEXT_NAME_WORD.match(m.string, m.end("weekday"))
    return after is not None and after.group(1).lower().rstrip(".") not in L.MONTHS_AND_ABBREVIATIONS


_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+\.?)")


def p_weekday(m: re.Match) -> Optional[Reading]:
    if not m["rel"] and _names_a_title(m):
        return None
    weekday = weekday_of(m["weekday"])
    rel = (m["rel"] or "").lower()
    if not rel and not m["pos"] and second_of_a_set(m):
        part = L.PARTS_OF_DAY.get((m["part"] or "").lower())
        return Reading("SET", no_position(f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")))
    plural_part = None if rel or m["pos"] or m["part"] else _first_of_a_plural_pair(m)
    if plural_part is not None:
        return Reading("SET", no_position(f"XXXX-WXX-{weekday}{plural_part}"))
    direction = (LAST_DAY if ("last" in rel or "past" in rel) else COMING_DAY if "coming" in rel
                 else NEXT_WEEKS_DAY if "next" in rel else THIS_WEEKS_DAY if rel == "this" else None)
    part = L.PARTS_OF_DAY.get((m["part"] or "").lower())
    mod = position_mod(m["pos"])
    if direction is None and before_a_coming_day(m):
        direction = COMING_DAY
    if direction is None and set(previous_words(m, 1)) & set(L.SINCE_WORDS):
        direction = LAST_DAY
    if direction is None and POSSESSIVE_S.match(m.string[m.end():m.end() + 3]):
        direction = _possessive_day_direction(m)
    if part:
        return Reading("TIME", weekday_by_tense(weekday, direction, "T" + part, mod), mod)
    return Reading("DATE", weekday_by_tense(weekday, direction, "", mod), mod)


def p_day_beside(m: re.Match) -> Optional[Reading]:
    """"the day before last Tuesday's hearing", "the day after Christmas": one day from a named day."""
    step = -1 if m["dir"].lower() == "before" else 1
    if m["weekday"]:
        rel = (m["rel"] or "").lower()
        direction = LAST_DAY if rel == "last" else NEXT_WEEKS_DAY if rel == "next" else THIS_WEEKS_DAY if rel == "this" else None
        inner = weekday_by_tense(weekday_of(m["weekday"]), direction)
    elif m["month"]:
        month, day = month_of(m["month"]), day_of(m["day"])
        inner = by_tense(lambda y: ymd(y, month, day), placeholder=f"XXXX-{month:02d}-{day:02d}")
    else:
        name = SPACES.sub(" ", m["name"].lower()).replace("’", "'")
        if name not in L.HOLIDAYS_FIXED:
            return None
        month, day = L.HOLIDAYS_FIXED[name]
        inner = by_tense(lambda y: ymd(y, month, day), placeholder=f"XXXX-{month:02d}-{day:02d}")

    def resolve(ctx: Context) -> Resolved:
        found = inner(ctx)
        if found.earliest is None or found.granularity != "day":
            return unknown("XXXX-XX-XX")
        return known((found.earliest + timedelta(days=step)).isoformat(), None, found.anchor)
    return Reading("DATE", resolve)


def p_weekday_from_reference(m: re.Match) -> Optional[Reading]:
    """"up 2.5% from the previous Friday", "left the following Thursday": the nearest such day
    before (after) the day the story last named, else the publication date."""
    weekday = weekday_of(m["weekday"])
    step = 1 if m["rel"].lower() in L.FORWARD_RELATIVE else -1

    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        base = ref.earliest if ref is not None and ref.earliest and ref.granularity == "day" else ctx.dct
        if base is None:
            return unknown(f"XXXX-WXX-{weekday}")
        ahead, back = (weekday - base.isoweekday()) % 7 or 7, (base.isoweekday() - weekday) % 7 or 7
        day = base + timedelta(days=ahead if step > 0 else -back)
        return known(day.isoformat(), None, "context" if base is not ctx.dct else "dct")
    return Reading("DATE", resolve)


def _possessive_day_direction(m: re.Match) -> int:
    """Where a day named by its possessive ("Friday's debate") lies: what is put off is to come;
    an occasion looked to ("for Saturday's show") is ahead unless the clause is past; the occasion
    of the clause's act goes where its tense says; any other event named by its day has happened."""
    if _after_a_deferral(m):
        return COMING_DAY
    preposition, occasion = _preposition_before(m), _names_an_occasion(m)
    if preposition in L.AWAITING_PREPOSITIONS or (occasion and preposition in L.AWAITING_OCCASION_PREPOSITIONS):
        return AWAITED_DAY
    if preposition or occasion:
        return OCCASION_DAY
    return EVENT_DAY


def _preposition_before(m: re.Match) -> Optional[str]:
    """The occasion preposition right before the day ("at Tuesday's results", "ahead of Friday's
    vote"), if any."""
    before = " ".join(m.string[max(0, m.start() - 12):m.start()].lower().split()[-2:])
    return next((p for p in L.OCCASION_PREPOSITIONS if before == p or before.endswith(" " + p)), None)


def _names_an_occasion(m: re.Match) -> bool:
    """"Saturday's tribute concert", "Friday's debate": the day's possessive names an occasion set
    for it (within its next three words, past the capitalised words of a title: "Friday's Songs For
    Shelters telethon"), which the clause's tense places."""
    words = [w.strip(".,;:!?\"'") for w in m.string[m.end():m.end() + 80].split()[1:]]
    title = 0
    while title < min(len(words), _TITLE_WORDS) and words[title][:1].isupper():
        title += 1
    return any(word.lower() in L.SCHEDULED_OCCASIONS for word in words[:title + 3])


_TITLE_WORDS = 4
_DEFERRAL = re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in L.DEFERRING_VERBS) + ")")
_PHRASE_PUNCTUATION = re.compile(r"[.,;:!?]")


def _after_a_deferral(m: re.Match) -> bool:
    """"asked for a delay of Friday's hearing", "postponed Monday's vote": what is put off had not
    happened yet, so the day is the coming one."""
    before = _PHRASE_PUNCTUATION.split(m.string[max(0, m.start() - 40):m.start()])[-1]
    return _DEFERRAL.search(before.lower()) is not None


def before_a_coming_day(m: re.Match) -> bool:
    # the words before, one space between them (what "\s+" replaced by a space and stripped gives)
    before = " ".join(m.string[max(0, m.start() - 80):m.start()].lower().split())
    before = _PREPOSITION_OR_CLOCK_AT_END.sub("", before).strip()
    if before.endswith(L.COMING_DAY_BEFORE):
        return True
    # a match ends the text and is one of the words: only its last few characters can hold it
    if _UNTIL_AT_END.search(before, max(0, len(before) - _UNTIL_WIDTH)):
        clause = _SENTENCE_PUNCTUATION.split(before)[-1]
        return any(verb in clause for verb in L.DEFERRING_VERBS)
    return False
