"""Names with a headline's word glued on: in a title-case headline the parser cannot tell the
verb or adjective in front of a name from a first name ("Senators Rip Maria Lopez Over Budget",
"Derelict Johnson And Smith", "Furious Becker Hits Back"), and the article gets an actor named
"Rip Maria Lopez" beside the "Maria Lopez" its text names.

`without_headline_words` renames such an actor to the name the article itself uses, so that the
merge (identity.merge_actors: same name, same actor) makes the two one actor, with every event and
statement kept. An actor is renamed only when

- every mention of it stands in a title-case line (a headline), never in the article's sentences;
- the article's sentences name another person whose full name (two words or more) is in it, with
  the other words at its edges ("Rip" + "Maria Lopez"); or whose surname is in it, that surname
  belonging to one full name of the article only ("Derelict" + "Johnson" of "Peter Johnson");
- it is a person, or an organisation (the recogniser's other reading of a long title-case run)
  that a full name opens ("Maria Lopez Promises Action On Housing").

A full name the headline alone uses is left alone when the article names that person by
surname only ("Hillary Clinton" in the headline, "Clinton" below): nothing says which words
are the name.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Iterable, Optional

from .lexicon import naming as W
from .model import Actor

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
TITLE_CASE_SHARE = 0.8     # of a line's longer words that start with a capital: the line is a headline
LONGER_WORD = 4            # "of", "and", "the", "as" may stay lower case in a headline
HEADLINE_WORDS = 3         # the fewest words of a headline
# The recogniser labels a name with a title-case headline's words run into it a person's, or, as
# often, an organisation's ("Ann Roe Promises Action On Jobs"), when the name opens it.
_GLUED_TYPES = (W.PERSON_TYPE, "ORG")


def _line(text: str, start: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start)
    return text[first:last if last >= 0 else len(text)]


def is_headline(line: str) -> bool:
    """A title-case line: most of its longer words start with a capital."""
    words = _WORD.findall(line)
    longer = [w for w in words if len(w) >= LONGER_WORD]
    return len(words) >= HEADLINE_WORDS and bool(longer) and \
        sum(w[0].isupper() for w in longer) >= TITLE_CASE_SHARE * len(longer)


def _in_headlines(text: str, actor: Actor) -> bool:
    return bool(actor.mentions) and all(is_headline(_line(text, m.start)) for m in actor.mentions)


def _within(words: list[str], part: list[str]) -> bool:
    """`part` is a run of `words` with at least one other word beside it."""
    n = len(part)
    return len(words) > n and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _named_in(actor: Actor, told: list[Actor]) -> Optional[str]:
    """The name of the one actor of the article's sentences that `actor`'s name holds, if any."""
    words = actor.name.split()
    full = {a.name for a in told if len(a.name.split()) >= 2 and _within(words, a.name.split())}
    if len(full) == 1:
        return full.pop()
    if full:
        return None
    by_surname: dict[str, set[str]] = {}
    for a in told:
        if len(a.name.split()) >= 2:
            by_surname.setdefault(a.name.split()[-1], set()).add(a.name)
    found = {name for w in words if len(by_surname.get(w, ())) == 1 for name in by_surname[w]}
    return found.pop() if len(found) == 1 else None


def without_headline_words(text: str, actors: Iterable[Actor]) -> list[Actor]:
    """The article's actors, those named only in headlines with a headline word glued to a name
    renamed to that name (see the module's note); every other actor as it was."""
    actors = list(actors)
    headline_only = {a.id for a in actors if not a.generic and a.type in _GLUED_TYPES and _in_headlines(text, a)}
    told = [a for a in actors if a.id not in headline_only and not a.generic and a.type == W.PERSON_TYPE]
    out = []
    for a in actors:
        name = _named_in(a, told) if a.id in headline_only and len(a.name.split()) >= 2 else None
        if name and a.type != W.PERSON_TYPE and not a.name.startswith(name + " "):
            name = None              # an organisation only when a full name opens it ("Clinton Foundation" holds a surname)
        if name:
            a = dataclasses.replace(a, type=W.PERSON_TYPE)
        out.append(dataclasses.replace(a, name=name, aliases=()) if name else a)
    return out
