"""Which words are cues: a verb of saying (or a cue form), its lemmas with a particle, a participle
after a noun; and the word classes the other tests of this package share."""
from __future__ import annotations

from ..lexicon import news as N, speech as S


# Verbs of speech and of stance, joined once rather than for every token.
SAYING_OR_STANCE_VERBS = N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS


def is_cue(token) -> bool:
    return token.lemma_.lower() in N.SPEECH_VERBS and token.pos_ in ("VERB", "AUX") or token.text.lower() in S.CUE_FORMS


def lemmas(verb) -> set[str]:
    """The verb's lemma, and with its particle ("laid out" → "lay out")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def participle_of_noun(verb) -> bool:
    """"the contests known as Super Tuesday": a passive participle modifying a noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"
