"""Cues whose speaker is another verb's subject: a trailing participle of speech goes on with the
verb whose report it hangs from ("…, adding …"), a second saying with the first, "quoted X as
saying" with the verb of quoting, and a document put out with its producer ("released a video
that accuses …")."""
from __future__ import annotations

from .. import cues
from ..lexicon import deps as D, news as N, speech as S


def reporter_of_trailing_participle(cue):
    """"Lund told reporters that Hale “had no plan,” adding …": a participle of speech with no
    subject of its own, which the parser hung from the clause another verb reports, goes on
    with that verb's report: the reporting verb, whose subject speaks (not the reported
    clause's). None when the participle is not of that shape."""
    participle = cue.tag_ == D.GERUND_TAG and cue.dep_ in D.TRAILING_PARTICIPLE_DEPS
    if not (participle or _second_saying(cue)) or not cues.is_cue(cue):
        return None
    if any(c.dep_ in D.SUBJECT_DEPS for c in cue.children):
        return None
    clause = cue.head
    if clause.dep_ not in D.REPORTED_OR_ADVERBIAL_CLAUSE_DEPS or clause.i > cue.i:
        return None
    reporter = clause.head
    if participle or reporter.lemma_.lower() == cue.lemma_.lower() or cue.lemma_.lower() in S.GOING_ON_VERBS:
        return reporter if reporter.pos_ in ("VERB", "AUX") and cues.is_cue(reporter) and reporter.i < cue.i else None
    return None


def quoting_verb(cue):
    """The verb of quoting whose "as" phrase the gerund is ("quoted an aide as saying"), when it
    names no quoter by "by" (that reading is left to nearness: "was quoted by the Herald as
    saying" is the Herald's report); else None."""
    prep = cue.head
    if not (cue.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == S.AS_MARK
            and prep.head.lemma_.lower() in S.QUOTING_VERBS):
        return None
    verb = prep.head
    return None if any(c.dep_ == "agent" for c in verb.children) else verb


def _second_saying(cue) -> bool:
    """"De Blasio said the move was Bratton's and said, “…”": a second cue joined to the clause
    the first one reports (by the parser) rather than to the first cue."""
    return cue.dep_ == "conj" and cue.pos_ == "VERB"


def producer_of_document(noun):
    """"Lund released a video that accuses the mayor …": a document no one named owns, the object
    of a verb of putting it out, says what its producer (that verb's subject) says; the verb, or
    None when the noun is not of that shape."""
    if noun.lemma_.lower() not in N.DOCUMENT_SOURCES | N.DOCUMENT_NOUNS or noun.dep_ != "dobj":
        return None
    if any(c.dep_ in D.POSSESSOR_DEPS or c.pos_ == "PROPN" for c in noun.children):
        return None                  # "the senator's video", "a CNN report": its owner speaks
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in S.PRODUCING_VERBS else None
