"""The story of a collection (SPEC 3.5): the days that matter, best first, each told by a few
sentences of the articles. A plain function of a merged `Timeline`; it reads events, never texts
beyond the sentences they point at, so its memory grows with the events.

    make_story(timeline, query="BP, oil spill", dates=20, per_date=2)
"""
from __future__ import annotations

import math
from datetime import date
from typing import Optional, Sequence

from ..model import StoryDate, Timeline
from .rank import rank_days, without_thin_days
from .sentences import Casing, Tfidf, candidates, choose
from .support import Query, Weights, days_of

__all__ = ["make_story", "Weights", "default_dates", "default_per_date"]


def default_dates(documents: int) -> int:
    """How many days a story shows when not told: a handful for one article, growing with the
    square root of a collection's size, at most thirty (a page an editor would publish)."""
    return max(8, min(30, round(2 * math.sqrt(documents))))


def default_per_date(documents: int) -> int:
    """Sentences per day when not told: one for an article, two for a collection."""
    return 1 if documents <= 1 else 2


def make_story(timeline: Timeline, query: Optional[str | Sequence[str]] = None, dates: Optional[int] = None,
               per_date: Optional[int] = None, date_from: Optional[date] = None, date_to: Optional[date] = None,
               weights: Weights = Weights()) -> tuple[StoryDate, ...]:
    """The story: at most `dates` days within [date_from, date_to], best first, each with at most
    `per_date` sentences; `query` (comma-separated words or phrases) says what it is about."""
    count = default_dates(len(timeline.documents)) if dates is None else dates
    per_day = default_per_date(len(timeline.documents)) if per_date is None else per_date
    if count <= 0 or per_day <= 0:
        return ()
    terms = Query(query)
    # more days than asked ranked: a day whose every sentence tells a better day passes
    ranked = rank_days(list(days_of(timeline, terms, weights, date_from, date_to).values()), 2 * count,
                       weights.diversity)
    ranked = without_thin_days(ranked, count, weights.thin_day)
    documents = {d.id: d for d in timeline.documents}
    names = {a.id: a.line_name for a in timeline.actors}
    # which capitalised words are common words, as the chosen days' sentences write them
    casing = Casing({e.sentence.text: None for day in ranked[:count] for e in day.events})
    pools = [candidates(day, documents, names, terms, weights, casing) for day in ranked[:count]]
    tfidf = Tfidf([c.words for pool in pools for c in pool])
    story, first, told_before, told_rows = [], 0, set(), []
    for at, day in enumerate(ranked):
        if len(story) == count:
            break
        if at < len(pools):
            pool, rows = pools[at], tfidf.fitted[first:first + len(pools[at])]
            first += len(pool)
        else:
            pool = candidates(day, documents, names, terms, weights, casing)
            rows = tfidf.rows([c.words for c in pool])
        # a sentence tells one day: the day it dates best, which ranks first (known by its words:
        # what is shown of it depends on the day it is shown under)
        fresh = [i for i, c in enumerate(pool) if c.words not in told_before]
        fresh_pool = [pool[i] for i in fresh]
        told = choose(fresh_pool, rows[fresh], per_day, told_rows)
        if told:
            told_before.update(c.words for c in told)
            told_rows.extend(rows[fresh[place]] for place in _places(told, fresh_pool))
            story.append(StoryDate(day.day, tuple(c.text for c in told), tuple(e.id for e in day.events),
                                   tuple(c.source for c in told), round(day.support, 3)))
    return tuple(story)


def _places(chosen: list, candidates: list) -> list[int]:
    """Where each chosen candidate stands among the candidates it was chosen from."""
    return [next(at for at, c in enumerate(candidates) if c is x) for x in chosen]
