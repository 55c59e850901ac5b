"""What verbs of demanding, naming, viewing, wanting and intending take for their content: the
deed demanded ("called for the mayor to step down"), the name or judgement given ("what he sees as
price fixing", "consider X a threat"), the noun a relative clause of speech or stance is about ("a
deal she once supported"), the thing wanted, the infinitive intended."""
from __future__ import annotations

from ..lexicon import deps as D, news as N, speech as S
from .subjects import someone
from .words import lemmas


# "a deal she once supported"
_RELATIVE_OBJECT_VERBS = N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS | N.DESIRE_VERBS


def demanded_deed(verb):
    """"Ferris has called for the mayor to step down": the parser hangs the "for … to" clause
    as an adverbial marked by "for" right after the verb; the clause is the demand."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ != S.DEMAND_PREPOSITION or after.dep_ == "prep" and (
            after.head.i != verb.i or any(c.dep_ in D.PREPOSITION_OBJECT_DEPS for c in after.children)):
        return None                  # (or a bare "for" the verb holds: "is pushing for [X to be banned]")
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)


def named_relative(verb):
    """"Maine, which he describes as his summer retreat", "what he sees as price fixing":
    the name or judgement given to a relative pronoun the verb has for its object; None if none."""
    if not any(c.dep_ == "dobj" and c.i < verb.i and c.lower_ in S.RELATIVE_PRONOUNS for c in verb.children) or any(
            c.dep_ in ("dobj", "auxpass") and c.i > verb.i for c in verb.children):
        return None
    for c in (c for c in verb.children if c.i > verb.i):
        if c.dep_ == "oprd":
            return c
        if c.dep_ == "prep" and c.lower_ == S.VIEWED_AS_PREPOSITION:
            return next((p for p in c.children if p.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
    return None


def relative_object(verb):
    """"a deal she once supported", "an arrangement the campaign has criticized": a relative clause
    whose verb of speech or stance has the noun it hangs from for its object (no object of its
    own after it), with someone as its subject; that noun, or None."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or not lemmas(verb) & _RELATIVE_OBJECT_VERBS:
        return None
    if any(c.dep_ in D.RELATIVE_GAP_FILLERS and c.i > verb.i for c in verb.children) or any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in S.RELATIVE_SUBJECTS or not someone(verb):
        return None
    return verb.head


def desired(verb):
    """What a verb of wanting wants when it is a thing, not a deed: its object ("wants more
    funding for teachers", "doesn't expect a pact before 2030")."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def judged_as(verb):
    """The object of "see X as Y", "consider X a threat": X, when a judgement follows it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    if any(c.dep_ == "oprd" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == S.VIEWED_AS_PREPOSITION and c.i > obj.i for c in verb.children):
        return obj
    return None


def infinitive(verb):
    """The infinitive a verb of intention governs: its xcomp ("refused to testify"), or, after its
    object, a "to" clause the parser hung as an adverbial ("tells his supporters to “go …”")."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is not None:
        return xcomp
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)
