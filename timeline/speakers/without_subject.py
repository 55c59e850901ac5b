"""The speaker of a cue without a subject: the person or body the sentence opens with, else the
actor named nearest the cue in its sentence, outside the quotation."""
from __future__ import annotations

from typing import Optional

from .. import syntax
from ..lexicon import deps as D, naming as W, speech as S
from .named_actors import NamedActors
from .spans import inside


def opening_name(speakers: NamedActors, sent, cue, quote) -> Optional[tuple[str, str]]:
    """"Mr. Slinker, whose start-up helps brands find suppliers, said …": a cue whose subject the
    parser lost, in a sentence that opens with a person's or a body's name (set off by a comma
    or followed by a verb), is that name's; None otherwise."""
    if cue.dep_ == "pcomp" and cue.head.lower_ == S.AS_MARK:
        return None              # "Reuters quoted Brask as saying …": the one quoted (the nearest name)
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.i >= cue.i or inside(quote, first.idx):
        return None
    named = [m for m in speakers.index.overlapping(first.idx, first.idx + len(first)) if m[0] == first.idx
             and speakers.types.get(m[2]) in W.SPEAKING_TYPES and m[2] not in speakers.described]
    if not named:
        return None
    s, e, aid = max(named, key=lambda m: m[1])
    head = next((t for t in sent if s <= t.idx < e and not s <= t.head.idx < e), None)
    if head is not None and head.dep_ in D.PASSIVE_SUBJECT_DEPS:
        return None              # "Holm was quoted by the Herald as saying …": the Herald's report
    return aid, speakers.text[s:e]


def speaker_without_subject(speakers: NamedActors, cue, quote) -> tuple[Optional[str], Optional[str]]:
    """No subject: the one the sentence opens with, else the nearest actor mention in the
    sentence outside the quote; the actor and the words that name it."""
    sent = syntax.sentence(cue)
    opening = opening_name(speakers, sent, cue, quote)
    if opening is not None:
        return opening
    return _nearest_mention(speakers, sent, cue, quote)


def _nearest_mention(speakers: NamedActors, sent, cue, quote) -> tuple[Optional[str], Optional[str]]:
    """The actor named nearest the cue in its sentence, outside the quote, and the words naming it."""
    best = None
    for s, e, aid in speakers.index.overlapping(sent.start_char, sent.end_char):
        if inside(quote, s):
            continue
        d = abs(s - cue.idx)
        if best is None or d < best[0]:
            best = (d, aid, speakers.text[s:e])
    if best:
        return best[1], best[2]
    return None, None
