"""Whose words a cue gives: its subject (or the one it shares with the verb it hangs from), and
whether that is someone: a person, a group, or a document that finds."""
from __future__ import annotations

from .. import syntax
from ..lexicon import deps as D, news as N, speech as S
from .words import SAYING_OR_STANCE_VERBS, is_cue, lemmas


# Word classes these tests combine, joined once rather than for every token.
_PERSONAL_PRONOUNS = N.PRONOUNS_PERSON_MALE | N.PRONOUNS_PERSON_FEMALE | S.SPEAKING_PRONOUNS
_SOURCE_NOUNS = N.PEOPLE_NOUNS | N.ORG_NOUNS | N.DOCUMENT_SOURCES | N.DESCRIBED_PEOPLE | N.DESCRIBED_BODIES


def has_subject(verb) -> bool:
    """A subject of its own, or one it shares with the verb it hangs from: "Trump tweeted …,
    encouraging his supporters to …", "She thanked them and urged them to …"."""
    return subject_of(verb, through_verbs_only=True) is not None or subject_of_phrase(verb) is not None


def subject_of_phrase(verb):
    """"was booed after telling holdouts …", "began by crediting Trump": a gerund in a phrase of
    the verb it is attached to shares that verb's subject; the subject, or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in S.SAID_GERUND_PREPOSITIONS \
            or prep.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in D.SUBJECT_DEPS for c in verb.children) \
            or verb.lemma_.lower() in S.PERCEIVING_VERBS or not (is_cue(verb) or lemmas(verb) & SAYING_OR_STANCE_VERBS):
        return None
    return subject_of(prep.head, through_verbs_only=True)


def subject_of(verb, through_verbs_only: bool = False):
    """The verb's subject, or the one of the verb a conjunct, adverbial or complement clause
    hangs from (up to three steps)."""
    return syntax.subject_of(verb, steps=3, through_verbs_only=through_verbs_only)


def someone(verb) -> bool:
    """The verb's subject is a person, a group or a document that speaks for them."""
    subject = subject_of(verb)
    if subject is None:
        subject = subject_of_phrase(verb)
    if subject is None:
        return False
    if subject.lower_ in _PERSONAL_PRONOUNS:
        return True
    return subject.ent_type_ in N.ACTOR_LABELS or subject.pos_ == "PROPN" or subject.lemma_.lower() in _SOURCE_NOUNS


def found_by_document(cue) -> bool:
    """"Polls show …", "A 2014 study found …": a verb of finding whose subject is a document."""
    if cue.lemma_.lower() not in N.FINDING_VERBS:
        return False
    subject = subject_of(cue)
    return subject is not None and subject.lemma_.lower() in N.DOCUMENT_SOURCES or document_participle(cue)


def document_participle(cue) -> bool:
    """"a new poll showing a tight race", "records showing no gifts": a participle of finding
    describing a document, which finds what it says as if its subject. (Not one of saying: "a
    press release saying …" is its sender's words.)"""
    return (cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.i < cue.i and cue.lemma_.lower() in S.EVIDENCE_VERBS
            and cue.head.lemma_.lower() in N.DOCUMENT_SOURCES)
