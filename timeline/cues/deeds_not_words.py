"""Verbs of saying used of a deed, which report no one's words: "addressed a rally", "is challenging
the senator for her seat", "the slump threatens the recovery", "makes it hard to see how …"."""
from __future__ import annotations

from ..lexicon import deps as D, speech as S
from .subjects import someone, subject_of
from .words import is_cue, lemmas


def deed_not_words(verb) -> bool:
    """A verb of saying used of a deed, which reports no one's words: "addressed a rally", "is
    challenging the senator for her seat", "the slump threatens the recovery", "makes it hard to
    see how …", "attention was focused on the race". Said words stay: "addressed the
    controversy", "is challenging candidates on policing", "he threatened to quit", "made clear
    that …", "the complaint was referred to by …"."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in S.AUDIENCE_VERBS and any(o.lemma_.lower() in S.AUDIENCE_NOUNS for o in objects) \
            and not _setting_of_a_statement(verb):
        return True
    if lemma in S.CONTEST_VERBS and _running_against(verb, objects):
        return True
    if lemma in S.THREAT_VERBS and _thing_as_subject(verb):
        return True
    if lemma in S.CAUSING_VERBS and _caused_state(verb):
        return True
    if lemmas(verb) & S.DEED_PHRASAL_VERBS:
        return True                  # "called off the deal": a plan dropped (PolNeAR train: 3, none annotated)
    if lemma in S.RACE_CALLING_VERBS and _race_called(verb):
        return True
    if lemma in S.ACQUAINTANCE_VERBS and _acquaintance(verb):
        return True
    return lemma in S.UNSAID_PASSIVE_TOPIC_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _setting_of_a_statement(verb) -> bool:
    """"Addressing the rally, Dunmore said …": a participle opening the clause of a cue is the
    scene of that statement, read with it (its day is the statement's)."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i and is_cue(verb.head)


def _caused_state(verb) -> bool:
    """"makes it hard to see how …", "made climate change a priority", "will make voters feel
    betrayed": "make" with a small clause (a subject and a bare predicate) causes a state and
    says nothing. Not "made clear (that) …", a statement made plain, nor "made the case to …"."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ in D.SUBJECT_DEPS and c.i < clause.i for c in clause.children):
        return False
    bare = clause.pos_ in ("ADJ", "NOUN") or clause.tag_ in ("VB", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ == S.INFINITIVE_MARK for c in clause.children)
    said_plainly = any(t.lemma_.lower() in S.MADE_PLAIN_WORDS for t in verb.doc[verb.i + 1:clause.i + 1])
    return bare and not said_plainly


def _thing_as_subject(verb) -> bool:
    """"the slump threatens the recovery", "a case that threatened to cripple the unions": a thing,
    or "it" / "that" standing for one, is the subject, and no one named or described speaks."""
    subject = subject_of(verb)
    if subject is None or someone(verb):
        return False
    return subject.lower_ in S.THING_PRONOUNS or subject.pos_ == "NOUN"


def _running_against(verb, objects) -> bool:
    """"who is challenging Rep. Lund (for her seat)": in the progressive, a person challenged with
    no topic is an opponent in a race."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == S.PROGRESSIVE_AUXILIARY for c in verb.children)
    person = any(o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in objects)
    topic = any(c.dep_ == "prep" and c.lower_ in S.CONTEST_TOPIC_PREPOSITIONS for c in verb.children)
    return progressive and person and not topic


def _race_called(verb) -> bool:
    """"after the race was called", "Texas was called for Cruz": in the passive, with a race or a
    place as its subject and no name or judgement given ("was called a fraud", "called into
    question"), "call" declares a race's winner; it reports no one's words. (Measured on PolNeAR
    train: 4 statements, none annotated.)"""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in D.NAMED_AS_DEPS or c.dep_ == "prep" and not _winner_or_time(c) for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in D.PASSIVE_SUBJECT_DEPS), None)
    return subject is not None and (subject.ent_type_ in S.PLACE_ENTITY_LABELS
                                    or subject.lemma_.lower() in S.RACE_NOUNS)


def _acquaintance(verb) -> bool:
    """"who has known Lund since 1990", "had known him for years": knowing a person for a time is
    an acquaintance, not a view held of anything ("knows the stakes", "knew that …" stay).
    (PolNeAR train: 4 of 6 such statements matched no annotated attribution.)"""
    person = any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in S.PERSON_OBJECT_PRONOUNS)
                 for c in verb.children)
    lasting = any(c.dep_ == "prep" and c.lower_ in S.DURATION_PREPOSITIONS for c in verb.children)
    return person and lasting


def _winner_or_time(prep) -> bool:
    """"called for Okafor", "called on Tuesday night", "called just after nine": the winner, or when."""
    if prep.lower_ in S.RACE_CALL_PREPOSITIONS:
        return True
    return any(c.dep_ in D.PREPOSITION_OBJECT_DEPS and c.ent_type_ in S.TIME_ENTITY_LABELS for c in prep.children)
