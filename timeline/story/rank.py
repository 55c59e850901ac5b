"""Which days matter: the best supported first, a day that only repeats the articles of a day
already chosen next to it passing after the others.

Spreading the days over the window was measured and not kept (T17 dev, 11 tasks, Date F1 0.7034):
the journalists' days are spread more evenly than the coverage (bpoil's guardian: May and June, the
busiest months, hold 41 of its 102 days and 56 of the support's), yet choosing by support over the
coverage around a day (the mean support or articles within 3 to 30 days, to a power 0.25 or 0.5:
0.6646-0.7023), or lowering a day for the chosen days near it (within 1 to 15 days, or 0.5 to 4
times the window over the days asked, by (1 + n)^-0.25 to ^-1: 0.6747-0.7034), or for a chosen
neighbour in proportion to how sparse the asked days are (0.7015-0.7034) all lose or stay. Even
told how many of the journalist's days fall in each 14 or 30 days of the window, the best supported
days of each stretch score 0.7001 / 0.6822: the days missed are thinly told within their own
stretch too. Nor waiving the thin-day floor when the days asked fill the window (9 in 10 or more:
0.7070, from one task, foxnews; in proportion to how full: 0.6963). Nor (session 17, from 0.7025)
a recall bonus (x1.5 to x3 for articles 7 or 30 days later) only where few days are asked of a long
window (0.6933-0.7081; the gain one task's, rbpoil), a day's support scaled by its distinct
publication days, events or articles to a power 0.05 to 0.5 (0.6513-0.7011), or by its mention
count on dense tasks only (0.6770-0.6968). The journalists of one story agree with each other less
than the story agrees with each (eval/t17_agreement.py: their consensus 0.591, the story 0.699)."""
from __future__ import annotations

from statistics import median

from .support import Day, Weights

NEAR_DAYS = 2        # days this close, told by the same articles, may be one story told twice


def rank_days(days: list[Day], count: int, diversity: float = Weights.diversity) -> list[Day]:
    """`count` days, best first. A day's score is its support, lowered by `diversity` times the
    share of its documents that already support a chosen day within NEAR_DAYS (the same articles
    telling one happening, dated two ways)."""
    pending = sorted(days, key=lambda d: (-d.support, d.day))
    chosen: list[Day] = []
    while pending and len(chosen) < count:
        best, best_score, best_at = pending[0], float("-inf"), 0
        for at, day in enumerate(pending):
            if day.support <= best_score:
                break                   # sorted by support: nothing further can beat the best
            score = day.support * (1.0 - diversity * _overlap(day, chosen))
            if score > best_score:
                best, best_score, best_at = day, score, at
        chosen.append(best)
        del pending[best_at]
    return chosen


def _overlap(day: Day, chosen: list[Day]) -> float:
    """The largest share of this day's support that comes from documents of a chosen day nearby."""
    total = day.support
    if not total:
        return 0.0
    shares = [sum(w for doc, w in day.by_doc.items() if doc in other.by_doc) / total
              for other in chosen if abs((other.day - day.day).days) <= NEAR_DAYS]
    return max(shares, default=0.0)


def without_thin_days(ranked: list[Day], count: int, thin_day: float = Weights.thin_day) -> list[Day]:
    """The ranked days less those whose support is under `thin_day` times the median support of the
    `count` best: a day told that much more thinly than the story's typical day is more often a
    stray date than a day that mattered, and a story is better without it than padded with it."""
    if not ranked or not thin_day:
        return ranked
    floor = thin_day * median(d.support for d in ranked[:count])
    return [d for d in ranked if d.support >= floor]
