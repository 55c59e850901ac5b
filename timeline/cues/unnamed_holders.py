"""Judgements and reports whose holders the sentence leaves unnamed: passives of judgement or
stance ("he has been sharply criticized for …", "the levy was endorsed"), appearances ("seemed
untroubled", "appeared to imply …"), and raised passives ("is expected to", "is said to")."""
from __future__ import annotations

from ..lexicon import deps as D, news as N, speech as S
from .words import SAYING_OR_STANCE_VERBS, lemmas, participle_of_noun


# "criticized for", "known for", "seen as"; and with a complement, "considered a likely site".
_JUDGED_IN_PASSIVE = N.STANCE_VERBS | N.REPUTATION_VERBS | N.VIEWING_VERBS
_JUDGED_IN_PASSIVE_ANY = _JUDGED_IN_PASSIVE | S.JUDGED_WITH_COMPLEMENT_VERBS


def unattributed_judgement(cue):
    """"He has been sharply criticized for rules that …", "what is being criticized as a
    “spend it or lose it” scheme": a judgement in the passive, by people left unnamed; the
    phrase that gives the grounds."""
    passive = any(c.dep_ == "auxpass" for c in cue.children) or participle_of_noun(cue)
    if not lemmas(cue) & _JUDGED_IN_PASSIVE_ANY or not passive or any(c.dep_ == "agent" for c in cue.children):
        return None
    if cue.lemma_.lower() in S.JUDGED_WITH_COMPLEMENT_VERBS:
        judgement = next((c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i), None)
        if judgement is not None:
            return judgement         # "Dover's old air base has long been considered a likely site"
    if not lemmas(cue) & _JUDGED_IN_PASSIVE:
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in S.PASSIVE_JUDGEMENT_PREPOSITIONS
                 and c.i > cue.i):
        grounds = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
        if grounds is not None:
            return grounds
    return None


def unattributed_passive(cue):
    """"The levy was endorsed last week", "the report has been denied": a verb of speech or stance in
    the passive, its holders left unnamed; its subject (a noun, which is what was said or stood
    for), or None."""
    if not lemmas(cue) & SAYING_OR_STANCE_VERBS or not any(c.dep_ == "auxpass" for c in cue.children) \
            or any(c.dep_ == "agent" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in S.RELATIVE_PRONOUNS:
        return None
    return subject


def appearance(cue):
    """"the politician seemed [to be shrinking]", "his supporters seemed [unperturbed]", "It
    appears [that …]": how something seems, to a judge the sentence leaves unnamed; the
    complement, or None."""
    if cue.lemma_.lower() not in N.APPEARANCE_VERBS or cue.pos_ != "VERB" or not any(
            c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS and c.i < cue.i for c in cue.children):
        return None
    complement = next((c for c in cue.children if c.dep_ in D.APPEARANCE_COMPLEMENT_DEPS and c.i > cue.i), None)
    if complement is not None and complement.dep_ == "xcomp" and complement.pos_ == "VERB" and not any(
            c.dep_ in D.AUXILIARY_DEPS and c.lemma_ == N.COPULA for c in complement.children):
        return None                  # "Saddam appeared to accept the treaty": an event, seen; not a judgement
    return complement


def seeming_deed(cue):
    """"She appeared to imply that …", "Obama seemed to recognize the significance": what someone
    seems to do, as the writer reads them; the deed (the infinitive), or None. A state that seems
    so ("seemed to be shrinking") is `appearance`'s."""
    if cue.lemma_.lower() not in N.APPEARANCE_VERBS or cue.pos_ != "VERB" or not any(
            c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS and c.i < cue.i for c in cue.children):
        return None
    deed = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    if deed is None or deed.pos_ != "VERB" or appearance(cue) is not None:
        return None
    return deed


def raised_passive(cue) -> bool:
    """"Ruiz's signature is expected to come before the cutoff", "he is said to have …": an
    expectation or a report whose holders the sentence does not name."""
    return (cue.lemma_.lower() in N.RAISING_PASSIVE_VERBS and any(c.dep_ == "auxpass" for c in cue.children)
            and any(c.dep_ == "xcomp" and c.i > cue.i for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children))
