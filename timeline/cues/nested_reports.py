"""Reports of their own inside the words of another: in a relative clause ("which she said were in
her lap"), set against another's ("while a third say they won't"), an aside ("…, which he called
“a cartel”"), or a claim named by a noun with its owner that another report is about."""
from __future__ import annotations

from ..lexicon import deps as D, speech as S
from .words import is_cue


def report_of_its_own(cue) -> bool:
    """A statement even within the words of another: a report in a relative clause
    (`relative_report`), one set against what another cue reports (`contrasted_report`), or one
    named by a noun with its owner that another report is about (`owned_claim_as_subject`)."""
    return relative_report(cue) or contrasted_report(cue) or owned_claim_as_subject(cue)


def owned_claim_as_subject(cue) -> bool:
    """"Reinholt's claim that the mine was safe was disputed by the union": a statement named by a
    noun with its owner and its words, the subject of another report, is a statement of its own
    (the other is about it)."""
    if cue.pos_ != "NOUN" or cue.dep_ not in D.SUBJECT_DEPS:
        return False
    owned = any(c.dep_ == "poss" for c in cue.children) or any(
        c.dep_ == "prep" and c.lower_ == S.AGENT_PREPOSITION and any(o.pos_ == "PROPN" for o in c.children)
        for c in cue.children)
    return owned and any(c.dep_ in D.CLAUSE_OF_NOUN_DEPS and any(m.dep_ == "mark" for m in c.children)
                         for c in cue.children)


def _speaker_of_its_own(cue) -> bool:
    """Whether a cue has a subject that is not a relative pronoun standing for another noun."""
    return any(c.dep_ in D.SUBJECT_DEPS and c.lower_ not in S.RELATIVE_PRONOUNS for c in cue.children)


def contrasted_report(cue) -> bool:
    """"most say they will, while a third say they won't": a cue with a subject of its own in a
    clause set against the one before it, a second speaker's report ("said that while he doubts
    it, …" sets a thought against what follows: part of that report)."""
    if cue.dep_ != "advcl" or not is_cue(cue) or cue.left_edge.i < cue.head.i:
        return False
    return (any(c.dep_ == "mark" and c.lower_ in S.CONTRAST_CONJUNCTIONS for c in cue.children)
            and _speaker_of_its_own(cue))


def aside_report(cue) -> bool:
    """"…, which he called “a cartel”", "…, who she said had misled them": a cue in a relative
    clause set off by a comma, with a subject of its own, is that subject's aside on what came
    before, not more of what another cue reports."""
    if cue.dep_ != "relcl" or not is_cue(cue):
        return False
    doc = cue.doc
    first = doc[cue.left_edge.i]
    return (first.lower_ in S.WH_RELATIVE_PRONOUNS and first.i > 0 and doc[first.i - 1].text == ","
            and _speaker_of_its_own(cue))


def relative_report(cue) -> bool:
    """"her hands, which she said were in her lap", "what the senators said was county
    map rigging": a report inside a relative clause, a statement even within another one."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    return (clause is not None and is_cue(cue)
            and any(c.dep_ in D.SUBJECT_DEPS and c.lower_ in S.RELATIVE_PRONOUNS and c.i < cue.i
                    for c in clause.children))
