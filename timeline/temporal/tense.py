"""The tense of the clause around a time expression, read from plain text.

Used to place underspecified dates ("Friday", "in March"). A cue word nearer the expression
wins; future cues beat past ones at equal distance because modality is explicit in English.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional, Sequence

from ..lexicon import en_time as L

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z“\"])")
_MULTIWORD_FUTURE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, L.FUTURE_PHRASES), key=len, reverse=True))
                               + r")\b", re.I)
# A participle after these is passive or infinitive, not past tense: "to be completed by Dec. 15".
_NOT_FINITE_BEFORE = {"be", "been", "being", "to", "is", "are", "am", "get", "gets"}
_PERFECT = re.compile(r"\b(?:has|have)\s+(?!(?:" + "|".join(sorted(L.PLANNING_PARTICIPLES)) + r")\b)"
                      r"(?:\w+ed|been|said|told|made|had|won|lost|seen)\b")
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+$", re.I)
_BY_AGENT = re.compile(r"\s+by\s+(?:the|a|an|his|her|its|their)\b")
_CLAUSE_BREAK = re.compile(r"[;:—–()]|,\s+(?:but|and|while|whereas|although|which|who)\b")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


class SentenceIndex:
    def __init__(self, bounds: Sequence[tuple[int, int]]):
        self.bounds = list(bounds)
        self.starts = [b[0] for b in self.bounds]

    def around(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, offset) - 1)
        return self.bounds[i] if self.bounds else (0, offset)


def clause_tense_cue(text: str, start: int, end: int,
                     sentence: tuple[int, int]) -> Optional[tuple[str, int]]:
    """The tense (past, future, present) of the clause holding text[start:end], and how many
    characters lie between its cue and the expression; None without a cue."""
    s, e = sentence
    # Narrow to the clause: stop at the nearest strong break on each side.
    left = text[s:start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        s = s + breaks[-1].end()
    right = text[end:e]
    brk = _CLAUSE_BREAK.search(right)
    if brk:
        e = end + brk.start()
    best: Optional[tuple[int, int, str]] = None   # (distance, rank, tense)
    for m in _MULTIWORD_FUTURE.finditer(text, s, e):
        d = _distance(m.start(), m.end(), start, end)
        # "had been due to expire Friday", "had been set to expire Nov. 6": a plan seen from the
        # past may fall either side of the publication date; the nearest reading stands.
        tense = "present" if _PAST_PLAN.search(text, max(s, m.start() - 12), m.start()) else "future"
        cand = (d, 0 if tense == "future" else 2, tense)
        best = min(best or cand, cand)
    previous = ""
    for m in _WORD.finditer(text, s, e):
        if start <= m.start() < end:
            previous = ""
            continue
        word = m.group().lower().replace("’", "'")
        before, previous = previous, word
        if word in L.REPORTING_VERBS:
            # "Paribas said Monday that ...": right next to the date, the report is what it dates.
            if not re.fullmatch(r"\s*(?:on\s+)?", text[m.end():start]):
                continue
        tense = None
        if word in ("will", "shall", "won't") or word.endswith("'ll"):
            tense = "future"
        elif word in ("would",):
            tense = "future"
        elif word in L.PLANNING_PARTICIPLES or word == "set" and before in ("has", "have", "had"):
            tense = "present"     # "has scheduled a news conference Thursday": the plan's date, either side
        elif (word in L.PAST_IRREGULAR or (word.endswith("ed") and len(word) > 4 and word not in L.NOT_PAST_ED)) \
                and before not in _NOT_FINITE_BEFORE and not (word.endswith("ed") and (
                    _BY_AGENT.match(text, m.end()) or word.startswith("un") or before in L.BEFORE_ADJECTIVAL_PARTICIPLE)):
            tense = "past"        # but "markets untouched by the crisis": a participle, its tense elsewhere
        elif word in ("is", "are", "am", "says", "say", "has", "have"):
            tense = "present"
        if tense:
            d = _distance(m.start(), m.end(), start, end)
            rank = {"future": 0, "past": 1, "present": 2}[tense]
            cand = (d, rank, tense)
            if best is None or cand < best:
                best = cand
    if best is None:
        return None
    if best[2] == "present":
        # "has said", "have been" are past; plain present stays present.
        if _PERFECT.search(text[s:e].lower()):
            return "past", best[0]
        return "present", best[0]
    return best[2], best[0]


def _distance(a: int, b: int, start: int, end: int) -> int:
    return start - b if b <= start else a - end if a >= end else 0
