"""Finds time expressions in text and resolves them: the engine behind `timeline tag`.

1. A cheap scan finds the places where a time expression could start (digits, month and
   weekday names, unit and deictic words); the rules run only around them.
2. Every rule proposes matches; overlapping proposals are settled longest first, then by rule
   priority, then leftmost.
3. The survivors are resolved in document order, so that the narrative chain ("the next day")
   sees the dates mentioned before it.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Optional, Sequence

from ..model import TimeExpr
from ..lexicon import en_time as L
from .grammar import RULES, Rule
from .resolve import Context, Reading, Resolved
from .tense import SentenceIndex, clause_tense, sentence_bounds

_TRIGGER_WORDS = (
    list(L.MONTHS) + list(L.MONTH_ABBREVIATIONS) + list(L.WEEKDAYS) + list(L.WEEKDAY_ABBREVIATIONS)
    + list(L.UNITS) + list(L.UNIT_PLURALS) + list(L.SEASONS) + list(L.PARTS_OF_DAY)
    + list(L.DECADE_WORDS) + list(L.SET_ADVERBS)
    + ["today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "present",
       "recently", "previously", "formerly", "lately", "soon", "shortly", "future", "past", "ago",
       "fiscal", "noon", "midnight", "century", "quarter", "half", "moment", "days", "christmas", "easter",
       "thanksgiving", "halloween", "eve", "holiday", "new", "valentine", "independence", "labor",
       "memorial", "boxing", "guy", "bonfire", "armistice", "veterans", "remembrance", "anzac", "burns",
       "mother", "father", "good", "st", "bastille", "fy", "q1", "q2", "q3", "q4", "once", "twice"]
)
_TRIGGER = re.compile(r"\d|\b(?:" + "|".join(sorted({re.escape(w) for w in _TRIGGER_WORDS}, key=len, reverse=True))
                      + r")", re.IGNORECASE)
_WINDOW = 60          # characters each side of a trigger that a rule may reach


def _windows(text: str) -> list[tuple[int, int]]:
    spans: list[list[int]] = []
    for m in _TRIGGER.finditer(text):
        a, b = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def _candidates(text: str) -> list[tuple[int, int, int, Rule, Reading]]:
    found = {}
    for a, b in _windows(text):
        for rule in RULES:
            for m in rule.pattern.finditer(text, a, b):
                if m.end() == m.start():
                    continue
                key = (m.start(), m.end(), rule.name)
                if key in found:
                    continue
                # A match cut by the window edge is not trusted: the full-text match will come
                # from the neighbouring window, or the expression is longer than a window.
                if (m.end() == b and b < len(text)) or (m.start() == a and a > 0):
                    full = rule.pattern.match(text, m.start())
                    if not full or full.end() != m.end():
                        continue
                reading = rule.produce(m)
                if reading is not None:
                    found[key] = (m.start(), m.end(), rule.priority, rule, reading)
    return list(found.values())


def _select(cands: list[tuple[int, int, int, Rule, Reading]]) -> list[tuple[int, int, Rule, Reading]]:
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _, rule, reading in cands:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, rule, reading))
    chosen.sort(key=lambda c: c[0])
    return chosen


def tag_text(text: str, dct: Optional[date], *, sentences: Optional[Sequence[tuple[int, int]]] = None,
             tense: Optional[str] = None) -> list[TimeExpr]:
    """All time expressions of `text`, resolved against the publication date `dct`.

    `sentences` (character bounds, e.g. from spaCy) improves tense detection; without it a
    punctuation-based splitter is used. `tense` ("past", "present", "future") overrides the
    tense read from each clause, for callers who know it.
    """
    index = SentenceIndex(sentences if sentences is not None else sentence_bounds(text))
    reference: Optional[Resolved] = None
    out: list[TimeExpr] = []
    for start, end, rule, reading in _select(_candidates(text)):
        clause = tense or clause_tense(text, start, end, index.around(start))
        resolved = reading.resolve(Context(dct, clause, reference))
        if (reading.type in ("DATE", "TIME") and resolved.earliest is not None
                and resolved.granularity in ("day", "week", "month", "quarter", "season", "year")
                and not resolved.value.endswith("_REF")):
            reference = resolved
        out.append(TimeExpr(
            start=start, end=end, text=text[start:end], type=reading.type, value=resolved.value,
            mod=reading.mod, earliest=resolved.earliest, latest=resolved.latest,
            granularity=resolved.granularity if reading.type in ("DATE", "TIME") else _duration_granularity(resolved.value),
            approximate=resolved.approximate, anchor=resolved.anchor))
    return out


def _duration_granularity(value: str) -> str:
    letter = value.rstrip("0123456789.X")[-1:] if value else ""
    tail = re.sub(r"^PT?[\dX.]*", "", value or "")
    return {"Y": "year", "M": "month" if not value.startswith("PT") else "unknown", "W": "week", "D": "day",
            "DE": "decade", "CE": "century", "Q": "quarter"}.get(tail, "unknown")


def tag_documents(records: Iterable[dict]) -> Iterable[dict]:
    """`{"id", "text", "dct"}` records in, `{"id", "timexes"}` records out (SPEC §2)."""
    for rec in records:
        dct = _parse_dct(rec.get("dct") or rec.get("published"))
        timexes = tag_text(rec.get("text") or "", dct)
        yield {"id": rec.get("id"), "timexes": [t.to_dict() for t in timexes]}


def _parse_dct(value) -> Optional[date]:
    if not value:
        return None
    if isinstance(value, date):
        return value
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
