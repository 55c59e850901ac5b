"""The anchoring policy: how a reading becomes a value and an interval.

- Deictic expressions ("today", "last year", "two weeks ago", "next March") anchor on the
  publication date (DCT).
- Underspecified ones ("Friday", "in March", "the summer") are placed by the tense of their
  clause: the last such day/month before the DCT in a past clause, the next one in a future
  clause, the nearest one otherwise. A date without a year within two months of the DCT stays
  in the DCT's year unless a tense cue right beside it says otherwise (news writes the year of
  older dates): "gave no grounds for the Jan. 14 cutoff", written on Jan. 5, is this January.
- "last Friday" is the latest Friday before the DCT, "next Friday" the Friday of next week,
  "this coming Sunday" the first Sunday after the DCT; "as soon as Tuesday" and "postponed
  until Tuesday" are the coming Tuesday.
- Narrative ones ("the next day", "that year", "two weeks later") anchor on the last date the
  text mentioned at a fine enough granularity; with none, on the DCT. So does a clock time
  without a day ("was shot at 10 p.m."), on the last day named.
- Without a DCT nothing relative is resolved: the value keeps X's and the interval is unknown,
  never silently anchored to today.

How an event is dated by another event or by a duration ("a week before the meetings", "after
99 years") is the event anchoring policy, in `anchor`.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable, NamedTuple, Optional

from ..lexicon import time_words as _L
from .values import interval_of, narrow, shift, value_for, clamp_year


# Resolved and Reading are named tuples, not frozen dataclasses: as immutable, and one of each
# is made for every expression, which a tuple makes in half the time.
class Resolved(NamedTuple):
    value: str
    earliest: Optional[date] = None
    latest: Optional[date] = None
    granularity: str = "unknown"
    anchor: str = "absolute"
    approximate: bool = False


class Context:
    """What resolution may look at: the DCT, the clause's tense (worked out only when a
    reading asks for it), and the last date mentioned (the narrative chain)."""
    __slots__ = ("dct", "reference", "reported_quarter", "after_months", "_tense", "_cue_distance", "_tense_of")

    def __init__(self, dct: Optional[date], tense: Optional[str] = None, reference: Optional[Resolved] = None,
                 tense_of: Optional[Callable[[], Optional[tuple[str, int]]]] = None,
                 reported_quarter: Optional[Resolved] = None, after_months: bool = False):
        self.dct, self.reference = dct, reference
        # The first completed quarter the story names: what a results story reports, which its
        # comparisons ("the year-earlier period") and "the quarter" go back to.
        self.reported_quarter = reported_quarter
        # Whether the expression before this one was a period of months ("in the nine months"):
        # a comparison right after it ("a year earlier") is with the year before, not a quarter.
        self.after_months = after_months
        self._tense, self._cue_distance, self._tense_of = tense, 0, tense_of

    def _read_tense(self) -> None:
        if self._tense is None and self._tense_of is not None:
            found, self._tense_of = self._tense_of(), None
            if found:
                self._tense, self._cue_distance = found

    @property
    def tense(self) -> Optional[str]:
        self._read_tense()
        return self._tense

    @property
    def tense_is_close(self) -> bool:
        """Whether the tense cue sits right by the expression ("slowed in late March"), as
        against somewhere else in the clause ("gave no grounds for the Jan. 14 cutoff")."""
        self._read_tense()
        return self._tense is not None and self._cue_distance <= _CLOSE_CUE_CHARS


# Characters between a tense cue and a date within which the cue governs it: "slowed in late".
_CLOSE_CUE_CHARS = 12


class Reading(NamedTuple):
    """What a rule understood; `resolve` turns it into a value once the context is known.

    `sets_reference` is False for comparisons ("a year ago", "year-earlier"): the story stays
    on the period it was about, and "the quarter" after them still means that period."""
    type: str
    resolve: Callable[[Context], Resolved]
    mod: Optional[str] = None
    sets_reference: bool = True


def known(value: str, mod: Optional[str] = None, anchor: str = "absolute",
          approximate: bool = False) -> Resolved:
    earliest, latest, granularity = interval_of(value)
    if earliest is not None:
        earliest, latest = narrow(earliest, latest, mod)
    return Resolved(value, earliest, latest, granularity, anchor,
                    approximate or mod in _L.APPROXIMATE_MODS)


def unknown(value: str) -> Resolved:
    return Resolved(value, None, None, "unknown", "none")


def absolute(value: str, mod: Optional[str] = None) -> Callable[[Context], Resolved]:
    return lambda ctx: known(value, mod)


def from_dct(offset: float, unit: str, granularity: str, mod: Optional[str] = None,
             placeholder: str = "XXXX", approximate: bool = False) -> Callable[[Context], Resolved]:
    """The `granularity` unit `offset` units away from the DCT ("last year", "two weeks ago")."""
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(placeholder)
        return known(value_for(shift(ctx.dct, offset, unit), granularity), mod, "dct", approximate)
    return resolve


def from_reference(offset: float, unit: str, granularity: Optional[str] = None,
                   mod: Optional[str] = None, approximate: bool = False) -> Callable[[Context], Resolved]:
    """Relative to the last date mentioned ("the next day", "two years later")."""
    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        base = ref.earliest if ref is not None and ref.earliest else ctx.dct
        if base is None:
            return unknown("XXXX")
        gran = granularity or unit
        anchor = "context" if ref is not None and ref.earliest else "dct"
        return known(value_for(shift(base, offset, unit), gran), mod, anchor, approximate)
    return resolve


def year_before_reference(granularity: str, mod: Optional[str] = None) -> Callable[[Context], Resolved]:
    """"a year ago", "a year earlier", "year-earlier" in a story about a quarter or a month: the
    same quarter (month) a year before; otherwise the year before the DCT (or the story's year)."""
    def resolve(ctx: Context) -> Resolved:
        ref = None if ctx.after_months else ctx.reported_quarter or ctx.reference
        if ref is not None and ref.earliest and ref.granularity in ("quarter", "month"):
            return known(value_for(shift(ref.earliest, -1, "year"), ref.granularity), mod, "context")
        if ctx.dct is None:
            return unknown("XXXX")
        if granularity == "quarter":
            # The last complete quarter before the DCT, a year earlier.
            return known(value_for(shift(ctx.dct, -15, "month"), "quarter"), mod, "dct")
        return known(value_for(shift(ctx.dct, -1, "year"), granularity), mod, "dct")
    return resolve


def latest_quarter(offset: int = 0) -> Callable[[Context], Resolved]:
    """"the quarter", "the latest quarter": the quarter the story is about (the last one it
    named), else the last complete quarter before the DCT."""
    def resolve(ctx: Context) -> Resolved:
        ref = ctx.reference
        if ref is None or ref.granularity != "quarter" or (ctx.dct is not None and ref.latest and ref.latest >= ctx.dct):
            ref = ctx.reported_quarter       # not a quarter still to come ("expects a weak fourth quarter")
        if ref is not None and ref.earliest and ref.granularity == "quarter":
            return known(value_for(shift(ref.earliest, 3 * offset, "month"), "quarter"), None, "context")
        if ctx.dct is None:
            return unknown("XXXX-QX")
        return known(value_for(shift(ctx.dct, -3 + 3 * offset, "month"), "quarter"), None, "dct")
    return resolve


def reference_unit(granularity: str, mod: Optional[str] = None) -> Callable[[Context], Resolved]:
    """"that year", "the same day": the unit containing the last date mentioned."""
    return from_reference(0, "day", granularity, mod)


def stage_of_running_event(granularity: str) -> Callable[[Context], Resolved]:
    """"the eighth day of the blockade": in a past clause the day of the last date mentioned, else
    the day of publication (news counts a running event's days up to the day it writes)."""
    def resolve(ctx: Context) -> Resolved:
        if ctx.tense == "past":
            return reference_unit(granularity)(ctx)
        return from_dct(0, "day", granularity)(ctx)
    return resolve


# A date without a year this near the publication date, in its year, beats the tense's choice
# when that lies this far away.
_NEAR_DAYS, _FAR_DAYS = 60, 300


def by_tense(candidates: Callable[[int], Optional[str]], mod: Optional[str] = None,
             placeholder: str = "XXXX", heeds: frozenset[str] = frozenset({"past", "future"}),
             forced: Optional[str] = None,
             agrees: Optional[Callable[[str], bool]] = None) -> Callable[[Context], Resolved]:
    """An underspecified date (a month, a weekday, a season) placed by tense.

    `candidates(year)` gives the value of the expression in a year; the resolver picks the
    year so that the date falls before the DCT in a past clause, after it in a future one,
    and in the DCT's year (or nearest) otherwise; but a date weeks from the DCT in its year
    is not moved a year away by the tense. `heeds` are the tenses that may place it: a target
    ("by August") heeds only the future, a reported quarter only the past. `forced` is a side
    the words themselves name ("this past spring"), whatever the clause's tense. `agrees` says
    which values the words allow ("Tuesday 17 August": a year whose 17 August is a Tuesday).
    """
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(placeholder)
        dct = ctx.dct
        options = []
        for year in (dct.year - 1, dct.year, dct.year + 1):
            value = candidates(clamp_year(year))
            if value:
                e, l, _ = interval_of(value)
                if e is not None:
                    options.append((value, e, l))
        if not options:
            return unknown(placeholder)
        if agrees is not None:
            options = [o for o in options if agrees(o[0])] or options

        def cost(o, tense):
            # On the tense's side of the DCT first, then the nearest; the past when equally near.
            if o[1] <= dct <= o[2]:
                return (False, 0, 0)
            ahead = o[1] > dct
            days = (o[1] - dct).days if ahead else (dct - o[2]).days
            against = (tense == "past" and ahead) or (tense == "future" and not ahead)
            return (against, days, ahead)

        tense = forced or _heeded_tense(ctx, heeds, options, cost)
        chosen = min(options, key=lambda o: cost(o, tense))
        same_year = next((o for o in options if o[1].year == dct.year), None)
        if (same_year is not None and chosen is not same_year and cost(same_year, tense)[1] <= _NEAR_DAYS
                and cost(chosen, tense)[1] >= _FAR_DAYS and not forced and not ctx.tense_is_close):
            # A date without a year weeks from the publication date is that one, not one nearly
            # a year away: news names the year of older dates. A clause read as past ("gave no
            # grounds for the Jan. 14 cutoff", written on Jan. 5) does not move it back a year.
            chosen = same_year
        return known(chosen[0], mod, "dct")
    return resolve


def _heeded_tense(ctx: Context, heeds: frozenset[str], options: list, cost: Callable) -> Optional[str]:
    """The clause's tense if it is one of `heeds`, else None. Reading the tense is the dearest
    part of resolving (its clause is read), so it is read only where it may change the choice:
    where each tense heeded picks the same option as none, the answer is none."""
    plain = min(options, key=lambda o: cost(o, None))
    if all(min(options, key=lambda o: cost(o, tense)) is plain for tense in heeds):
        return None
    return ctx.tense if ctx.tense in heeds else None


# Which weekday a reading names; None places it by the clause's tense.
LAST_DAY, THIS_WEEKS_DAY, NEXT_WEEKS_DAY, COMING_DAY = -1, 0, 1, 2
EVENT_DAY = -3          # an event named by its day ("Thursday's closing price"): past unless the clause is future
OCCASION_DAY = -4       # the occasion of the clause's act ("at Tuesday's results"): the clause's tense places it
AWAITED_DAY = -5        # an occasion the clause's act looks to ("ahead of Friday's vote"): ahead, the nearest when the clause is past


def weekday_by_tense(weekday: int, direction: Optional[int], suffix: str = "",
                     mod: Optional[str] = None) -> Callable[[Context], Resolved]:
    """A weekday: `direction` LAST_DAY, THIS_WEEKS_DAY, NEXT_WEEKS_DAY, COMING_DAY, EVENT_DAY,
    OCCASION_DAY, AWAITED_DAY, or None (by tense)."""
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None:
            return unknown(f"XXXX-WXX-{weekday}{suffix}")
        dct = ctx.dct
        delta = weekday - dct.isoweekday()
        if direction is not None:
            step = direction
        elif delta == 0:
            step = 0         # the DCT's own weekday, whichever way the tense looks: no need to read it
        else:
            step = {"past": -1, "future": 1}.get(ctx.tense or "", None)
        if direction == EVENT_DAY:
            # "Thursday's closing price", "Wednesday's ruling": an event named by its day has
            # happened, unless the clause looks ahead right beside it ("will watch Monday's
            # debate"); a future further off in the clause is a plan about a done thing ("would
            # look for means to work around Wednesday's decision").
            step = 1 if ctx.tense == "future" and ctx.tense_is_close else -1
        elif direction == OCCASION_DAY:
            step = 1 if ctx.tense == "future" else -1
        elif direction == AWAITED_DAY:
            # "shares rise ahead of Friday's vote": to come; "shares rose ahead of Friday's vote":
            # after the act, which is past, so the nearest such day either side
            step = None if ctx.tense == "past" else 1
        if step == 0:
            day = dct + timedelta(days=delta)
        elif direction == LAST_DAY:
            # "last Friday": the latest Friday before the DCT ("the day before last Tuesday",
            # written on a Thursday, is this Monday); on a Friday, the Friday a week ago.
            day = dct + timedelta(days=delta if delta < 0 else delta - 7)
        elif direction == NEXT_WEEKS_DAY:
            # "next Friday": that day of the next week, as against "this Friday".
            day = dct + timedelta(days=delta + 7)
        elif direction == COMING_DAY:
            # "this coming Sunday": the first one after the DCT.
            day = dct + timedelta(days=delta if delta > 0 else delta + 7)
        elif step == -1:
            day = dct + timedelta(days=delta if delta <= 0 else delta - 7)
        elif step == 1:
            day = dct + timedelta(days=delta if delta >= 0 else delta + 7)
        else:
            # No tense: the nearest such day, in the past when equally near (news reports the past).
            back = dct + timedelta(days=delta if delta <= 0 else delta - 7)
            ahead = back + timedelta(days=7)
            day = back if (dct - back) <= (ahead - dct) else ahead
        resolved = known(day.isoformat() + suffix, mod, "dct")
        return resolved
    return resolve


def reference_word(value: str) -> Callable[[Context], Resolved]:
    """PRESENT_REF, PAST_REF, FUTURE_REF: open intervals around the DCT."""
    def resolve(ctx: Context) -> Resolved:
        dct = ctx.dct
        if dct is None:
            return unknown(value)
        if value == "PRESENT_REF":
            return Resolved(value, dct, dct, "day", "dct", True)
        if value == "PAST_REF":
            return Resolved(value, None, dct, "unknown", "dct", True)
        return Resolved(value, dct, None, "unknown", "dct", True)
    return resolve


def no_position(value: str) -> Callable[[Context], Resolved]:
    """Durations and sets: a value, no place on the calendar."""
    return lambda ctx: Resolved(value, None, None, "unknown", "none")


def span_from_dct(value: str, amount: Optional[float], unit: str,
                  direction: int) -> Callable[[Context], Resolved]:
    """"the past three years" (direction -1) or "the next two weeks" (+1): a duration ending or
    starting at the DCT, whose interval is known when the amount is."""
    def resolve(ctx: Context) -> Resolved:
        if ctx.dct is None or amount is None:
            return Resolved(value, None, None, "unknown", "none")
        other = shift(ctx.dct, direction * amount, unit)
        earliest, latest = (other, ctx.dct) if direction < 0 else (ctx.dct, other)
        return Resolved(value, earliest, latest, "day", "dct")
    return resolve
