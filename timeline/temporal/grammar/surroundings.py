"""The text around a match, as the productions read it: the words just before and after it,
whether it stands inside a name or title, whether it is the second member of a set ("every Monday
and Thursday"), and which tenses may place it (a target after "by" or "until" is placed by a
future clause only).

Shared by the productions of every kind of expression; none of it reads the match's own words.
"""
from __future__ import annotations

import re

from ...lexicon import time_words as L


POSSESSIVE_S = re.compile(r"['’]s\b")


_A_WORD_BEFORE = re.compile(r"[\w.'’$£€#]+")
_A_WORD_AFTER = re.compile(r"\s*([\w%$'’-]+)")


def previous_words(m: re.Match, n: int = 2) -> list[str]:
    before = m.string[max(0, m.start() - 40):m.start()]
    return _A_WORD_BEFORE.findall(before.lower())[-n:]


def next_word(m: re.Match) -> str:
    found = _A_WORD_AFTER.match(m.string[m.end():m.end() + 30])
    return found.group(1) if found else ""


_TITLE_AFTER_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])\s+(?:\"|“|``)$")


def inside_a_name(m: re.Match) -> bool:
    """"ABC's This Week", "VOA Today": a normally lowercase time word set in capitals in the middle
    of a sentence belongs to a title."""
    text = m.group()
    if not any(w[:1].isupper() for w in text.split()[1:]) and not (text[:1].isupper() and text.split()[0].lower() in
                                                                 L.TITLE_TIME_WORDS):
        return False
    if _TITLE_AFTER_POSSESSIVE.search(m.string, max(0, m.start() - 20), m.start()):
        return True          # ABC News' "This Week", NBC's "Today"
    before = m.string[max(0, m.start() - 3):m.start()]
    sentence_start = m.start() == 0 or bool(re.search(r"(?:[.!?:]\s*[\"“'‘]?|\n)\s*$", m.string[max(0, m.start() - 4):m.start()]))
    return not sentence_start and not before.endswith(("“", '"', "``"))


def tenses_heeded(m: re.Match) -> frozenset[str]:
    """A target ("by August", "until Nov. 20") is placed by a future clause, not by a past one."""
    return frozenset({"future"}) if _after_target_word(m) else frozenset({"past", "future"})


def _after_target_word(m: re.Match) -> bool:
    """"until mid-November", "by August", "extended to Nov. 20": a deadline or target, which
    the clause's tense does not place."""
    previous = previous_words(m, 1)
    return bool(previous) and previous[0] in L.TARGET_WORDS


_AFTER_A_SET = re.compile(r"\b(?:every|each)\s+[A-Za-z]+(?:\s+(?:morning|afternoon|evening|night))?"
                         r"(?:\s*,\s*[A-Za-z]+)*\s*(?:,|,?\s+and|,?\s+or)\s+$", re.I)


def second_of_a_set(m: re.Match) -> bool:
    """"every Monday and Thursday", "each spring and fall": the second member is a set too."""
    return _AFTER_A_SET.search(m.string, max(0, m.start() - 50), m.start()) is not None
