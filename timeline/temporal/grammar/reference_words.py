"""Words that name a time only by its side of the present: "now", "currently", "recently",
"soon", "the past", "the future"; with the traps that keep "now that", "the current" (a noun)
and "as soon as" out.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import time_words as L
from ..resolve import Reading, reference_word
from .surroundings import next_word, previous_words
from .readers import SPACES


def p_reference_word(m: re.Match) -> Optional[Reading]:
    word = SPACES.sub(" ", m["word"].lower()).replace("’", "'")
    value = L.PRESENT_WORDS.get(word) or L.PAST_WORDS.get(word) or L.FUTURE_WORDS.get(word)
    if word == "now" and (next_word(m).lower() in L.NOW_AS_CONJUNCTION_BEFORE
                          or re.match(L.NOW_AND_THEN, m.string[m.end():m.end() + 14], re.I)):
        return None
    if word == "current" and not _qualifies_a_noun(m):
        return None
    if word == "soon" and not _soon_looks_ahead(m):
        return None
    return Reading("DATE", reference_word(value))


def _soon_looks_ahead(m: re.Match) -> bool:
    """"may soon seek", "soon will begin": a time after the DCT; not "as soon as", "soon after",
    nor a narrative's "was soon released"."""
    before = previous_words(m, L.SOON_CUE_WORDS_BEFORE)
    after = _A_WORDS_AFTER.findall(m.string[m.end():m.end() + 30].lower())[:L.SOON_CUE_WORDS_AFTER]
    if (before and before[-1] in L.SOON_RELATING_BEFORE) or (after and after[0] in L.SOON_RELATING_AFTER):
        return False
    return any(w in L.SOON_FUTURE_CUES for w in before + after)


_A_WORDS_AFTER = re.compile(r"[\w'’]+")


def _qualifies_a_noun(m: re.Match) -> bool:
    """Whether an adjective stands before a lowercase word it can qualify ("current weakness"),
    as against a noun ("the current is strong") or a fixed term ("current account")."""
    after = next_word(m)
    return (bool(after) and after[0].islower() and after.isalpha() and after not in L.CURRENT_NOT_BEFORE
            and not after.endswith(L.PAST_VERB_ENDING))
