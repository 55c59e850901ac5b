"""The speaker of a cue (`resolve_speaker`): the actor its subject names (a name, a role, a pronoun,
"her spokesman", "the 54-year-old", "the commission"), else, with no subject, the one the sentence
opens with or the nearest named."""
from __future__ import annotations

from typing import Optional

from .. import syntax
from ..lexicon import deps as D, news as N, speech as S
from ..quotes import curly_left_open, straight_left_open
from .ages import AGE_DESCRIPTION, person_of_age
from .named_actors import History, NamedActors
from .pronouns import spoken_for
from .sexes import PRONOUN_SEX
from .subjects import subject_of
from .without_subject import speaker_without_subject


_PERSON_PRONOUNS = N.PRONOUNS_PERSON_MALE | N.PRONOUNS_PERSON_FEMALE | S.FIRST_PERSON_SINGULAR


def resolve_speaker(speakers: NamedActors, cue, history: History, quote: Optional[tuple[int, int]] = None
                    ) -> tuple[Optional[str], Optional[str]]:
    """The speaker of a cue and the words that name it: the actor its subject names, else (no
    subject, or one inside a quotation that opens after the cue) the one the sentence opens
    with or the nearest named."""
    subject = _outside_quotation(speakers.text, cue.idx, subject_of(speakers, cue))
    if subject:
        return _speaker_of_subject(speakers, cue, subject, history, quote)
    return speaker_without_subject(speakers, cue, quote)


def _speaker_of_subject(speakers: NamedActors, cue, subject: tuple[int, int], history: History,
                        quote: Optional[tuple[int, int]]) -> tuple[Optional[str], Optional[str]]:
    """The actor the subject's words name, and those words."""
    s, e = subject
    words = speakers.text[s:e].strip()
    lower = words.lower()
    if not speakers.persons_in(s, e):
        role_person = speakers.role_holder(s, e)
        if role_person:
            return role_person, words
    if lower in _PERSON_PRONOUNS:
        return speakers.last(("PERSON",), cue.idx, history, sex=PRONOUN_SEX.get(lower), quote=quote), words
    represented = spoken_for(speakers, lower, s, history)
    if represented is not None:
        return represented, words
    aged = AGE_DESCRIPTION.match(lower)
    if aged:
        return person_of_age(speakers.text, speakers.index, aged["age"], s), words
    if _impersonal(speakers.doc, s, lower):
        return None, words          # "It is understood no deal was offered": no one named
    if lower in N.PRONOUNS_GROUP:
        kinds = ("ORG", "GPE", "NORP", "PERSON") if lower == S.GROUP_PRONOUN else ("ORG", "GPE")
        return speakers.last(kinds, cue.idx, history), words
    head = lower.split()[-1] if lower.split() else ""
    if (lower.split() or [""])[0] in S.DEFINITE_DETERMINERS and not speakers.index.overlapping(s, e):
        named = [a for a in speakers.index.actors if a.type == "ORG" and head in a.name.lower().split()]
        if len(named) == 1:
            return named[0].id, words                           # "the commission" = the FEC
        if head in N.ORG_NOUNS:
            return speakers.last_mentioned(("ORG",), cue.idx), words  # "the firm said"
    actor = speakers.actor_in(s, e)
    if actor:
        return actor, words
    role_person = speakers.role_holder(s, e)
    if role_person:
        return role_person, words
    return speakers.by_name(s, e), words


def _outside_quotation(text: str, cue_at: int, subject: Optional[tuple[int, int]]
                       ) -> Optional[tuple[int, int]]:
    """The subject the parse gives, unless it stands inside a quotation that opens after the cue
    ('telling voters, “Some people get …”', or with straight marks, 'telling voters, "Some people
    get …"'): a word of the reported speech, not who reports it."""
    if subject is None:
        return None
    between = text[cue_at:subject[0]]
    return None if curly_left_open(between) or straight_left_open(between) else subject


def _impersonal(doc, start: int, words: str) -> bool:
    """The subject at `start` is the "it" of a passive that stands for the clause after it."""
    token = syntax.token_at(doc, start) if words == S.IMPERSONAL_SUBJECT else None
    return token is not None and token.dep_ in D.PASSIVE_SUBJECT_DEPS
