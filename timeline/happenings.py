"""Words that name happenings: a noun of an event ("the bombing", "a news conference"), the
happenings named as a predicate's subject, object or setting, and the kind of happening a word
names, so that "the killing" is known for the shooting told before."""
from __future__ import annotations

from . import syntax
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import news as N


def is_event_noun(token) -> bool:
    if token.pos_ != "NOUN":
        return False
    lemma, word = token.lemma_.lower(), token.lower_
    return any(w in words for w in (lemma, word) for words in (N.EVENT_NOUNS, E.DATED_EVENT_NOUNS, E.HAPPENING_NOUNS))


def event_arguments(gov, governors=frozenset()) -> list:
    """Happenings named as the subject or object of a dated verb happen at its time: "the
    ceremony took place Friday", "held a rally on Saturday", "reported a loss for the quarter";
"""
    args = [c for c in syntax.children(gov) if c.dep_ in D.SUBJECT_OR_OBJECT_DEPS]
    # "wounded in the bombing", "read at a rally"; not "resigned after the vote"
    places = [c for c in syntax.children(gov) if c.dep_ == "prep" and c.lower_ not in E.ORDERING_PREPOSITIONS]
    args += [o for p in places for o in syntax.children(p) if o.dep_ == "pobj"]
    # "a surge in gains that began last fall": a happening its own clause dates is not the verb's
    return [n for a in args for n in _nouns_of_phrase(a) if is_event_noun(n)
            and not any(c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.i in governors for c in syntax.children(n))]


def _nouns_of_phrase(noun) -> list:
    """The noun and the nouns its phrase names through its prepositions and coordinations ("a
    drop of 62.5 cents in over-the-counter trading", "charges of $3 million"), not through a
    clause of its own or a preposition that places them before or after ("losses since 1987")."""
    found, frontier = [], [noun]
    while frontier:
        n = frontier.pop()
        found.append(n)
        for c in syntax.children(n):
            if c.dep_ == "prep" and c.lower_ not in E.ORDERING_PREPOSITIONS:
                frontier.extend(o for o in syntax.children(c) if o.dep_ == "pobj")
            elif c.dep_ in E.NOUN_PHRASE_DEPS:
                frontier.append(c)
    return found


def happening_word(noun) -> str:
    """The verb a noun of a happening is made from ("shooting": "shoot"), else its lemma; for a
    happening a story names by several words ("the slaying", "the murder"), the word of its kind."""
    lemma = noun.lemma_.lower()
    word = lemma[:-len(E.GERUND)] if lemma.endswith(E.GERUND) and len(lemma) > len(E.GERUND) + 2 else lemma
    return kind_of_happening(word)


def kind_of_happening(word: str) -> str:
    return E.SAME_HAPPENING.get(word, word)
