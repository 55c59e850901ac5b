"""Parts of a year: seasons ("last summer", "spring 2019"), quarters ("the third quarter",
"Q3 2018", "the quarter ended Sept. 30", "the year-earlier quarter"), halves ("the first half of
2019", "H1 2018"), fiscal years ("fiscal 2019", "FY19") and reporting periods ("the year ended
March 31").

Quarters and halves are mostly the calendar of results news: "the 1988 quarter" is that quarter
of the year a results story reports, and "the year-earlier quarter" counts back from it.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..literals import alternation
from ..resolve import (absolute, by_tense, Context, from_dct, known, latest_quarter, no_position, Reading, Resolved,
                       unknown, year_before_reference)
from ..values import duration_value
from .patterns import PLACEHOLDERS
from .surroundings import previous_words, second_of_a_set
from .readers import month_of, position_mod, SPACES, unit_of, year_of


def p_season(m: re.Match) -> Optional[Reading]:
    code = L.SEASONS[m["season"].lower()]
    mod = position_mod(m["pos"])
    if not (m["the"] or m["pos"] or m["rel"] or m["year"]) and second_of_a_set(m):
        return Reading("SET", no_position(f"XXXX-{code}"))
    if m["year"]:
        return Reading("DATE", absolute(f"{year_of(m['year']):04d}-{code}", mod), mod)
    rel = SPACES.sub(" ", (m["rel"] or "").lower())
    if not rel and not m["the"] and not m["pos"]:
        prev = previous_words(m, 1)
        if not prev or (prev[0] not in L.BARE_SEASON_AFTER and not _joined_to_a_season(m)):
            return None
    if rel.startswith("this ") and rel != "this":
        # "this past spring", "this coming winter": the nearest one on that side of the DCT.
        return Reading("DATE", by_tense(lambda y: f"{y:04d}-{code}", mod, f"XXXX-{code}",
                                        heeds=frozenset({"past", "future"}), forced="past" if "past" in rel else "future"), mod)
    offset = -1 if ("last" in rel or "past" in rel) else 1 if ("next" in rel or "coming" in rel) else None
    if offset is not None or "this" in rel:
        def resolve(ctx: Context) -> Resolved:
            if ctx.dct is None:
                return unknown(f"XXXX-{code}")
            year = ctx.dct.year + (offset or 0)
            return known(f"{year:04d}-{code}", mod, "dct")
        return Reading("DATE", resolve, mod)
    return Reading("DATE", by_tense(lambda y: f"{y:04d}-{code}", mod, f"XXXX-{code}"), mod)


_SEASON_JOINED_BEFORE = re.compile(r"\b(?:" + alternation(L.BARE_SEASON_AFTER) + r")\s+(?:(?:early|late|mid)[\s-]*)?(?:"
                                   + alternation(L.SEASONS) + r")\s+(?:and|or)\s+$", re.I)


def _joined_to_a_season(m: re.Match) -> bool:
    """"in the spring and summer": a bare season after "and", beside another that is a time, is one too."""
    return _SEASON_JOINED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None


def p_quarter(m: re.Match) -> Optional[Reading]:
    q = L.ORDINALS.get((m["ord"] or "").lower()) or int(m["qn"] or re.match(r"\d", m["ord"]).group())
    if not 1 <= q <= 4:
        return None
    if m["year"] or m["year2"]:
        return Reading("DATE", absolute(f"{year_of(m['year'] or m['year2']):04d}-Q{q}"))
    if m["rel"]:
        # "the fourth quarter of last year": that quarter in the year named from the DCT's
        return Reading("DATE", _part_of_a_year_from_dct(f"Q{q}", L.RELATIVE_YEAR_OFFSETS[m["rel"].lower()]))
    # Results news reports the latest quarter even in a future clause ("will report third-quarter
    # results"): the nearest such quarter, unless the clause is past ("earned $2 million in the
    # fiscal first quarter" is the one before).
    return Reading("DATE", by_tense(lambda y: f"{y:04d}-Q{q}", placeholder=f"XXXX-Q{q}", heeds=frozenset({"past"})))


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<month>" + PLACEHOLDERS["MONTH"] + r")\s+(?P<day>\d{1,2})\b")


def p_latest_quarter(m: re.Match) -> Optional[Reading]:
    ended = _QUARTER_ENDED.match(m.string, m.end(), m.end() + 30)
    if ended and m.group().lower().endswith("quarter"):
        # "the quarter ended Sept. 30": the calendar quarter that holds most of its three months,
        # in the past ("the quarter ended July 31", May to July, is the second).
        month = month_of(ended["month"])
        month -= 1 if month % 3 == 1 else 0
        q, back = ((month - 1) // 3 + 1, 0) if month else (4, 1)
        return Reading("DATE", by_tense(lambda y: f"{y - back:04d}-Q{q}", placeholder=f"XXXX-Q{q}", forced="past"))
    return Reading("DATE", latest_quarter())


def p_year_earlier(m: re.Match) -> Optional[Reading]:
    """"year-earlier", "the year-ago quarter", "the corresponding period last year": the same
    period a year before; a quarter named without one to follow is the last complete quarter's."""
    if re.search(r"quarter", m.group(), re.I):
        return Reading("DATE", year_before_reference("quarter"), sets_reference=False)
    return Reading("DATE", year_before_reference("year"), sets_reference=False)


def p_year_period(m: re.Match) -> Optional[Reading]:
    """"the 1988 period", "the 1988 quarter": in a story about a quarter, that quarter in 1988."""
    year = int(m["year"])

    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reported_quarter or ctx.reference
        if ref is not None and ref.earliest and ref.granularity == "quarter":
            return known(f"{year:04d}-Q{(ref.earliest.month - 1) // 3 + 1}", None, "context")
        return known(f"{year:04d}")
    return Reading("DATE", resolve, sets_reference=False)


def _part_of_a_year_from_dct(part: str, offset: int):
    """A part of the year ("Q3", "H1") of the year `offset` years from the publication date's."""
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-{part}")
        return known(f"{ctx.dct.year + offset:04d}-{part}", None, "dct")
    return resolve


def p_possessive_quarter(m: re.Match) -> Optional[Reading]:
    q = L.ORDINALS[m["ord"].lower()]
    return Reading("DATE", _part_of_a_year_from_dct(f"Q{q}", L.RELATIVE_YEAR_OFFSETS[m["rel"].lower()]))


def p_half_quarters(m: re.Match) -> Optional[Reading]:
    h = 1 if m["which"].lower() == "first" else 2
    return Reading("DATE", absolute(f"{int(m['year']):04d}-H{h}"))


def p_period_ended(m: re.Match) -> Optional[Reading]:
    """"the year ended March 31", "the quarter ending June 30": a reporting period's length."""
    return Reading("DURATION", no_position(duration_value(1, unit_of(m["unit"]))))


def p_half(m: re.Match) -> Optional[Reading]:
    h = 1 if m["which"].lower() in ("first", "1st") else 2
    if m["year"]:
        return Reading("DATE", absolute(f"{year_of(m['year']):04d}-H{h}"))
    return Reading("DATE", _part_of_a_year_from_dct(f"H{h}", L.RELATIVE_YEAR_OFFSETS.get((m["rel"] or "this").lower(), 0)))


def p_period_code(m: re.Match) -> Optional[Reading]:
    """"H1 2018", "2H 2019", "3Q 2018": a half or a quarter of the year named."""
    return Reading("DATE", absolute(f"{year_of(m['year']):04d}-{L.PERIOD_CODES[m['code'].lower()]}"))


def p_fiscal(m: re.Match) -> Optional[Reading]:
    if m["fy"]:
        y = int(m["fy"])
        year = y if y > 99 else (2000 + y if y < 50 else 1900 + y)
        return Reading("DATE", absolute(f"{year:04d}"))
    if m["year"]:
        return Reading("DATE", absolute(f"{year_of(m['year']):04d}"))
    offset = L.RELATIVE_FISCAL_OFFSETS.get((m["rel2"] or m["rel3"] or "").lower(), 0)
    return Reading("DATE", from_dct(offset, "year", "year"))
