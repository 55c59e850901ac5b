"""Corrections to the dependency parse that every later stage should read, made once.

The English model hangs a time phrase that follows a verb of saying on the clause after it when
no "that" stands between them: in "GM said on Tuesday it would cut jobs" it reads "on Tuesday"
as the time of the cutting. News writes the day of the saying there ("said Tuesday he would
resign"; with "that", "said that on Tuesday it would" keeps the phrase in the clause). Read
wrong, the statement loses its date, its content starts with the date, and the cutting is dated
to the day it was announced.
"""
from __future__ import annotations

from bisect import bisect_right

from .lexicon import deps as D
from .model import TimeExpr

_PLACED_TYPES = ("DATE", "TIME")


def reattach_time_of_saying(spacy_doc, timexes: list[TimeExpr]) -> int:
    """Hangs each time phrase that opens a complement clause without "that", before its subject,
    on the verb the clause is the complement of. Returns how many were moved."""
    placed = sorted((t.start, t.end) for t in timexes if t.type in _PLACED_TYPES)
    if not placed:
        return 0
    starts = [s for s, _ in placed]
    moved = 0
    for clause in spacy_doc:
        if clause.dep_ not in D.REPORTED_CLAUSE_DEPS or clause.head.i >= clause.i:
            continue
        phrase = _opening_time_phrase(clause, placed, starts)
        if phrase is not None:
            phrase.head = clause.head
            moved += 1
    return moved


def _opening_time_phrase(clause, placed: list[tuple[int, int]], starts: list[int]):
    """The clause's first dependent when it is a time phrase right after the governing verb's own
    words and before the clause's subject, with no complementizer before it."""
    first = clause.left_edge
    if first.head != clause or first.dep_ not in D.REPORTED_CLAUSE_OPENING_TIME_DEPS:
        return None
    if any(t.is_punct for t in first.doc[clause.head.i + 1:first.i]):
        return None      # 'added: "Now I am going …"': the words of a quotation stay whole
    subject = next((c for c in clause.children if c.dep_ in D.SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i <= first.right_edge.i:
        return None
    if any(c.dep_ in D.COMPLEMENTIZER_DEPS and c.i < subject.i for c in clause.children):
        return None
    if not _in_time_expression(first, placed, starts):
        return None
    return first


def _in_time_expression(phrase, placed: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the phrase's words past its preposition lie in one dated time expression."""
    words = [t for t in phrase.subtree if t.i > phrase.i] if phrase.dep_ == "prep" else list(phrase.subtree)
    if not words:
        return False
    begin, end = words[0].idx, words[-1].idx + len(words[-1])
    at = bisect_right(starts, begin) - 1
    return at >= 0 and placed[at][0] <= begin and end <= placed[at][1]
