"""The forms of a verb that tell its time, read from its auxiliaries: the perfect ("has
agreed"), the past perfect ("had sunk"), the simple past of a passive ("were killed"), a perfect
that spans a time since something, and a participle joined to a verb whose auxiliaries it shares
("has interviewed and released")."""
from __future__ import annotations

from . import syntax
from .lexicon import deps as D
from .lexicon import events as E


def passive_simple_past(token) -> bool:
    """"were killed", "was seen": the simple past of a passive, told as "died" or "rose" is (a
    participle with "was" or "were" of its own, not "had been")."""
    return token.tag_ == E.PERFECT_PARTICIPLE_TAG and any(
        c.dep_ == D.PASSIVE_AUXILIARY_DEP and c.tag_ in E.SIMPLE_PAST_TAGS for c in syntax.children(token))


def is_perfect(token) -> bool:
    """A verb with "has" or "have" of its own, or one that shares them with the verb it is
    joined to ("has interviewed and released two men"): no auxiliary or subject of its own."""
    if any(c.dep_ == "aux" and c.lower_ in E.PERFECT_AUXILIARIES for c in syntax.children(token)):
        return True
    return token.dep_ == "conj" and token.head.i != token.i and shares_auxiliaries(token) and is_perfect(token.head)


def is_past_perfect(token) -> bool:
    """A participle with "had" of its own ("had sunk", "had been located"), or one joined to such
    a participle that shares its auxiliaries ("had been located, interviewed and released")."""
    if token.tag_ != E.PERFECT_PARTICIPLE_TAG or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in E.PAST_PERFECT_AUXILIARIES for c in syntax.children(token)):
        return True
    return token.dep_ == "conj" and token.head.i != token.i and shares_auxiliaries(token) and is_past_perfect(token.head)


def spans_since(token) -> bool:
    """"have been sold since it went on sale in 1952", "has been on the run since the
    bombing": a perfect that spans a time up to now, not something that happened at the DCT;
    so does a verb joined to it that shares its auxiliary ("have been taken or located since")."""
    if any(c.lower_ in E.SINCE or any(g.lower_ in E.SINCE for g in syntax.children(c) if g.dep_ == "mark")
           for c in syntax.children(token)):
        return True
    return token.dep_ == "conj" and token.head.i != token.i and shares_auxiliaries(token) and spans_since(token.head)


def shares_auxiliaries(token) -> bool:
    """A participle joined to a verb with no auxiliary or subject of its own ("has interviewed
    and released"; the tagger often reads the second as a simple past): it takes the tense of
    the verb it is joined to."""
    head = token.head
    joined = any(c.dep_ == "cc" and head.i < c.i < token.i for c in syntax.children(head)) or (
        # "had been located, questioned and released": a middle one of a list, its "and" further on
        any(c.dep_ == "cc" and c.i > token.i for c in syntax.children(token))
        and any(t.text in E.LIST_SEPARATORS for t in token.doc[head.i + 1:token.i]))
    return joined and token.tag_ in E.JOINED_PARTICIPLE_TAGS and not any(
        c.dep_ in D.AUXILIARY_DEPS or c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in syntax.children(token))
