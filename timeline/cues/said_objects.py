"""Objects that are what was said: a message or plan named by a noun ("delivered a mostly positive
message"), what is stated or listed, said words ("said goodbye"), a word standing for them ("said
so"), and quoted words a verb takes for its object ("chanted “What curfew?”")."""
from __future__ import annotations

import re

from .. import syntax
from ..lexicon import deps as D, news as N, speech as S
from ..quotes import Quote
from .subjects import someone
from .words import lemmas


def content_object(verb):
    """The verb's object, or the object of its preposition, when it names something said or
    stood for ("delivered a mostly positive message", "unleashed a flurry of tweets")."""
    if verb.lemma_.lower() in N.NOT_CONTENT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ in S.CONTENT_PREPOSITIONS):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in N.CONTENT_MEASURES:
            inner = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == S.TOPIC_OF_OBJECT_PREPOSITION), None)
            inner = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
            if inner is not None and inner.lemma_.lower() in N.CONTENT_NOUNS:
                return obj
        elif lemma in N.CONTENT_NOUNS and obj.pos_ == "NOUN" and names_content(obj):
            if not _carried_bare(obj):
                return obj
            # "used her speech to restate the case for a new bridge": what the speech said is
            # the purpose it was put to
            return next((c for c in verb.children if c.dep_ in D.PURPOSE_CLAUSE_DEPS and c.i > obj.i and any(
                a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)
    return None


def _carried_bare(noun) -> bool:
    """"sent a letter", "gave a defiant speech", "is running TV ads": a thing that carries words,
    named with no more than determiners, adjectives, compounds and an owner, does not tell what
    was said."""
    return noun.lemma_.lower() in N.WORDS_CARRIER_NOUNS and all(c.dep_ in D.BARE_NOUN_DEPS for c in noun.children)


def names_content(noun) -> bool:
    kids = list(noun.children)
    if noun.lemma_.lower() in N.SPEECH_NOUNS and any(c.dep_ == "poss" for c in kids) and any(
            c.dep_ in D.CLAUSE_OF_NOUN_DEPS and c.left_edge.lower_ == S.COMPLEMENTISER for c in kids):
        return False              # "checked Trump's claim that …": the claim is Trump's statement
    if noun.lemma_.lower() in N.OWNED_CONTENT_NOUNS and not any(c.dep_ == "poss" for c in kids):
        return False
    # "made the comments", "this statement": a pointer to words given elsewhere, not the words.
    pointer = any(c.dep_ == "det" and c.lower_ in S.POINTING_DETERMINERS for c in kids)
    if pointer and any(c.lower_ in S.FORWARD_POINTERS for c in kids):
        return False              # "made the following comment:", the words come after
    return not pointer or any(c.dep_ not in D.NOUN_MODIFIER_DEPS for c in kids)


def stated_object(verb):
    """"Rubio listed three reasons", "she recalled the thinking back then": the object of a verb
    that states, remembers, names or puts on record what it takes, when someone is its subject."""
    if verb.lemma_.lower() not in N.STATING_OBJECT_VERBS or not someone(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.ent_type_ not in S.TIME_ENTITY_LABELS),
                None)


def proform(cue):
    """"half said so", "75 percent said yes", "did not say when": a word standing for what was said."""
    if cue.lemma_.lower() not in S.PROFORM_SAYING_VERBS:
        return None
    return next((c for c in cue.children if c.i > cue.i and c.lower_ in S.SAID_PROFORMS
                 and c.dep_ in D.PROFORM_CONTENT_DEPS), None)


def said_words(cue):
    """What a verb of saying has for its object or opening gerund when no clause was found: "says
    racist things", "said goodbye", "say taxing consumption encourages saving" (the gerund the
    parser hung as a complement is the subject of the clause said)."""
    lemma = cue.lemma_.lower()
    if lemma in S.GERUND_CLAUSE_VERBS:
        gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > cue.i
                       and all(t.dep_ in D.MODIFIER_BETWEEN_DEPS for t in cue.doc[cue.i + 1:c.left_edge.i])), None)
        if gerund is not None:
            return gerund
    if lemma in S.WORDS_AS_OBJECT_VERBS or lemma in S.COGNITION_OBJECT_VERBS and someone(cue):
        return next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                     and c.ent_type_ not in S.TIME_ENTITY_LABELS), None)
    return None


def quote_is_object(text: str, doc, q: Quote, cue) -> bool:
    """The quoted words are what the cue's verb says, chants or types: its object ("Protesters
    chanted “What curfew?”", "a nurse had written “acute distress.”"). `text` is the
    document's text (`doc.text` would be rebuilt from the tokens on every call)."""
    if not lemmas(cue) & N.VERBATIM_VERBS or not re.fullmatch(r"\s*(?:[“\"‘']|``|'')?", text[cue.idx + len(cue):q.start]):
        return False                 # "she said, “and then …”" continues a quote; it is not said's object
    root = syntax.span_root(doc, q.start, q.end)
    if root is None:
        return False
    return root.head.i == cue.i and root.dep_ in D.SAID_WORDS_DEPS
