"""Whom a pronoun, or a possessive before a speaker or a statement, refers to: "she said" is the last
woman who spoke or was named, "her spokesman said" speaks as her, "Lund has toned down his
criticism" is Lund's."""
from __future__ import annotations

from typing import Optional

from .. import syntax
from ..lexicon import naming as W, speech as S
from .named_actors import History, NamedActors
from .sexes import PRONOUN_SEX


def pronoun_speaker(speakers: NamedActors, words: Optional[str], at: int, history: History,
                    quote: Optional[tuple[int, int]] = None) -> Optional[str]:
    """The person "he" or "she" at `at` refers to, read from `history`; None for other words."""
    lower = (words or "").strip().lower()
    if lower not in PRONOUN_SEX:
        return None
    return speakers.last(("PERSON",), at, history, sex=PRONOUN_SEX[lower], quote=quote)


def spoken_for(speakers: NamedActors, words: str, at: int, history: History) -> Optional[str]:
    """"Her spokesman said": one who speaks for the person or body a possessive pronoun refers to
    speaks as them, as "a spokesman for Acme" speaks as Acme."""
    split = words.split()
    if len(split) != 2 or split[1] not in W.SPEAKING_FOR_OTHERS:
        return None
    if split[0] in S.PERSON_POSSESSIVES:
        return speakers.last(("PERSON",), at, history, sex=PRONOUN_SEX.get(split[0]))
    if split[0] in S.GROUP_POSSESSIVES:
        people_too = split[0] == S.PEOPLE_POSSESSIVE              # "their spokesman": a group's, or people's
        return speakers.last(("ORG", "GPE", "PERSON") if people_too else ("ORG", "GPE"), at, history)
    return None


def subject_owning(speakers: NamedActors, noun, possessive: str) -> Optional[str]:
    """"Lund has toned down his criticism of the mayor": a person's possessive pronoun before a
    statement noun refers to the named person who is the subject of its clause, as long as
    nothing known of that person's sex says otherwise; None when the clause has no such subject."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = syntax.subject_of(verb)
    if subject is None or subject.pos_ != "PROPN" or subject.i > noun.i:
        return None
    s, e = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    actor = speakers.actor_in(s, e)
    sex = PRONOUN_SEX.get(possessive)
    if actor is None or speakers.types.get(actor) != "PERSON" or speakers.sexes.get(actor, sex) != sex:
        return None
    return actor
