"""What a title or a description refers back to: "the minister" is the person last named with
that title ("Interior Minister Hugo Brandt … the minister added"), "the commission" the
organisation whose name holds the noun ("Federal Election Commission")."""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import naming as W, news as N
from .mention_drafts import MentionDraft


_TITLE_REACH = 40                   # characters around a name in which its title stands
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_TITLE_WORDS = {w for title in (*N.HONORIFICS, *N.ROLE_RELATIONS) for w in title.split()}


def title_holder(words: list, people: list[MentionDraft], text: str) -> Optional[MentionDraft]:
    """The person named earlier with the title these capitalised words are, all of them title
    words ("the Prime Minister", "the Interior Minister"); None for a name."""
    lower = [t.lower_ for t in words]
    if not all(w in _TITLE_WORDS for w in lower) and words[-1].text not in W.PORTFOLIO_TITLES:
        return None                  # ("Culture Secretary" is a title, a portfolio's words and all)
    return titled_referent(lower, words[0].idx, people, text)


def organisation_referent(d, named: list[MentionDraft], text: str) -> Optional[MentionDraft]:
    """The named organisation "the <noun>" refers back to: the one whose name holds the noun
    ("the commission" after "Federal Election Commission"), else, for a kind of organisation
    that is named as such, the one named last before it, unless the noun came up unnamed in a
    later sentence ("Vellmar … a spokesman for the transport agency … the agency said" is that
    agency, not Vellmar); None when the description stands alone."""
    if not d.definite or d.kind != "ORG":
        return None
    before = [m for m in named if m.end <= d.start]
    holding = {m.key: m for m in before if d.head in m.key.split()}
    if len(holding) == 1:
        return next(iter(holding.values()))
    if not before or d.head not in N.REFERRING_ORG_NOUNS:
        return None
    since = text[before[-1].end:d.start]
    sentence_end = _SENTENCE_END.search(since)     # an apposition ("X, a toy firm,") describes X itself
    since = since[sentence_end.end():] if sentence_end else ""
    return None if re.search(r"\b" + re.escape(d.head) + r"\b", since, re.IGNORECASE) else before[-1]


def named_people(mentions: list[MentionDraft]) -> list[MentionDraft]:
    """The people named by name (not described nor generic), in the order of the text: those a
    title ("the Prime Minister") can refer back to."""
    return sorted((m for m in mentions if m.label == "PERSON" and not m.generic and not m.described),
                  key=lambda m: m.start)


def titled_referent(words: list[str], at: int, people: list[MentionDraft], text: str) -> Optional[MentionDraft]:
    """The person "the <title>" (its words after the determiner) at `at` refers back to: the one
    last named with that title before or after the name ("Interior Minister Hugo Brandt … The
    minister added", "Acme's chief executive, Greta Holm, … the chief executive said", "Ben
    Carrow, the opposition leader, … the opposition leader said"). Every word of the description
    must be the title's, so "the prime minister" is not the interior minister."""
    if not words or not all(re.fullmatch(r"[\w'’-]+", w) for w in words):
        return None
    title = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
    before = re.compile(title + r",?\s+$", re.IGNORECASE)        # "Acme's chief executive, Greta Holm,"
    after = re.compile(r"^,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?" + title, re.IGNORECASE)
    for m in reversed([m for m in people if m.end <= at]):
        if before.search(text[max(0, m.start - _TITLE_REACH):m.start]) or after.match(text[m.end:m.end + _TITLE_REACH]):
            return m
    return None
