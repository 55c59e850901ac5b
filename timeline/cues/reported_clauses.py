"""The clause a cue reports: its complement ("said [it found …]"), a "that" clause the parser hung
elsewhere, or the clause a cue is set in ("[Y], he said", "as one of her aides pointed out")."""
from __future__ import annotations

from ..lexicon import deps as D, news as N, speech as S
from .words import is_cue, lemmas


# "as X pointed out", "as X put it"
_AS_X_SAID_VERBS = N.COMMUNICATION_VERBS | S.AS_X_SAID_PHRASES


def reported_clause(cue):
    """The cue's complement clause, or a "that" clause the parser hung elsewhere."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    introduced = [c for c in clauses if c.i > cue.i and c.left_edge.lower_ == S.COMPLEMENTISER]
    if introduced:
        return introduced[0]          # "She was ill (her office later disclosed she had bronchitis)"
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    following = [c for c in clauses if c.i > cue.i]
    if following:
        # "It was remote; Mercer's team says she'll keep up …", "He likes it here, Nefzi said they
        # are trying …": with a clause after the cue, one the parser hung on it from before is the
        # writer's own sentence, not what the cue reports.
        return following[0]
    if clauses and not (subjects and clause_break_between(cue.doc, clauses[0], subjects[0])) \
            and not _object_of_its_own(cue, clauses[0]):
        return clauses[0]             # (not "The rift is plain: growers prefer to fund the dam")
    asked = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and is_cue(cue) and any(
        m.dep_ == "mark" and m.lower_ in S.QUESTION_MARKS and m.i == c.left_edge.i for m in c.children)), None)
    if asked is not None:
        return asked                  # "asked the ferrymen if the levy was steep"
    if len(subjects) >= 2 and cue.doc[subjects[-1].i - 1].text == ",":
        return subjects[0]            # "People like Scott, he said."
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        # "said on Friday at a press briefing that she may delay", parsed as a relative clause
        # of the conference: "that" as a mark opens what was said.
        for clause in (c for c in prep.subtree if c.dep_ in D.MODIFYING_CLAUSE_DEPS
                       and c.left_edge.lower_ == S.COMPLEMENTISER and c.left_edge.dep_ == "mark"):
            return clause
    for obj in (c for c in cue.children if c.dep_ in D.DIRECT_OBJECT_DEPS and c.i > cue.i):
        # "told a meeting of Atlantic port officials that few people understood …", parsed as a
        # relative clause of the addressee: "that" as a mark opens what was told.
        for clause in (c for c in obj.subtree if c.dep_ in D.MODIFYING_CLAUSE_DEPS
                       and c.left_edge.lower_ == S.COMPLEMENTISER and c.left_edge.dep_ == "mark"):
            return clause
    return None


def _object_of_its_own(cue, clause) -> bool:
    """A clause before a cue that has a thing of its own after it ("As the ferry left, Orla defended
    [her decision]", "the more the levy grows, the more crews fear [the winter]"): the cue reports its
    object, not the clause. Verbs of saying keep the clause ("Y, she told reporters")."""
    if clause.i > cue.i or cue.lemma_.lower() in N.COMMUNICATION_VERBS:
        return False
    return any(c.i > cue.i and (c.dep_ in D.DIRECT_OBJECT_DEPS and c.pos_ not in ("PROPN", "PRON")
                                or c.dep_ == "prep" and c.lower_ in S.CLAIM_TOPIC_PREPOSITIONS)
               for c in cue.children)


def clause_around(cue):
    """A cue set inside what it reports: "Y, he said", "as one of Mrs. Mercer's aides pointed out"."""
    if cue.dep_ == "parataxis" and cue.lemma_.lower() in S.PARATAXIS_CUE_VERBS:
        return cue.head
    if cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == S.AS_MARK for c in cue.children) \
            and lemmas(cue) & _AS_X_SAID_VERBS:
        return cue.head               # "Maine, as one of Mrs. Mercer's aides pointed out, rarely gets …"
    return None


def clause_break_between(doc, clause, subject) -> bool:
    """A clause before the subject, cut from it by a semicolon, a dash or a sentence's end."""
    if clause.i > subject.i:
        return False
    between = doc[clause.right_edge.i + 1:subject.left_edge.i]
    # (a hyphen with a space before it is a dash typed as one: "… bigger - Nefzi said he …")
    return any(t.text in (";", "—", "–", ":") or t.text in ("-", "--") and doc[t.i - 1].whitespace_ for t in between)
