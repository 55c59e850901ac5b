"""The same actor across documents: one actor per real-world entity in a collection.

Each document names its actors its own way ("Donald J. Trump", "Trump", "President Obama", "E.U.").
Two actors are one when their names agree once titles, company suffixes and middle initials are
set aside (any name or alias of two words or more, or the same name). A one-word name ("Trump",
"EU") joins the one fuller name the collection ties it to: the name whose documents use it as
an alias, by a clear majority ("Trump" is "Donald Trump" in dozens of articles and "Ivanka
Trump" in none); else, when it is the only candidate, the one person it is the surname of or the
one organisation it abbreviates. Distinct names never meet ("GM Europe" is not "GM"), generic
actors ("officials") stay in their document, and the type is the collection's majority.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Optional

from .groups import FirstLed
from .lexicon import naming as W, news as N
from .model import Actor
from .names import distinct_names, name_key

# (document id, id within the document) -> id in the timeline
IdMap = dict[tuple[str, str], str]

_COMPANY_SUFFIX = re.compile(r"\s+(?:" + "|".join(W.COMPANY_SUFFIXES) + r")$", re.I)
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
# A one-word name joins the candidate with this many times the evidence of the next one.
CLEAR_MAJORITY = 2


def identity_key(name: str) -> str:
    """The form two spellings of one name share: "Donald J. Trump" -> "donald trump", "E.U." -> "eu",
    "General Motors Corp." -> "general motors", "Joe Biden" -> "joseph biden". (Titles are already
    off: `actors` takes "President" out of "President Obama" in each document.)"""
    key = _COMPANY_SUFFIX.sub("", name_key(name))
    words = key.split()
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    if len(words) > 1:
        words[0] = W.GIVEN_NAME_FORMS.get(words[0], words[0])
    return " ".join(words)


def merge_actors(documents: Iterable[tuple[str, list[Actor]]]) -> tuple[list[Actor], IdMap]:
    """The actors of every document merged into one actor per entity, with the map from each
    document's actor ids to the merged ids (a1, a2, ... in order of first appearance)."""
    entries = [(doc_id, a) for doc_id, actors in documents for a in actors]
    clusters = FirstLed(len(entries))
    named = [i for i, (_, a) in enumerate(entries) if not a.generic]
    _join_same_names(entries, named, clusters)
    if len({doc_id for doc_id, _ in entries}) > 1:
        _join_short_names(entries, named, clusters)
    return _merged(entries, clusters)


def _keys(actor: Actor) -> set[str]:
    """The keys an actor is found by: its name, and each alias of two words or more that is a
    name ("The firm", how one article refers back to NPD Group, is no name of it elsewhere)."""
    keys = {identity_key(actor.name)}
    keys |= {k for k in map(identity_key, filter(_a_name, actor.aliases)) if len(k.split()) > 1}
    return {k for k in keys if k}


_OFFICE_TITLES = {t.lower() for t in W.PORTFOLIO_TITLES}


def _a_name(alias: str) -> bool:
    """A capitalised word after the first: "the Labour Party", not "the company"; and no title of
    office ("the Home Secretary" is one person in one story and another in the next)."""
    words = alias.split()
    return any(w[:1].isupper() for w in words[1:]) and words[-1].lower() not in _OFFICE_TITLES


def _join_same_names(entries: list, named: list[int], clusters: FirstLed) -> None:
    first: dict[str, int] = {}
    for i in named:
        for key in _keys(entries[i][1]):
            if key in first:
                clusters.union(first[key], i)
            else:
                first[key] = i


def _join_short_names(entries: list, named: list[int], clusters: FirstLed) -> None:
    """Each one-word cluster joins the fuller cluster the collection ties it to, if one stands out."""
    members = defaultdict(list)
    for i in named:
        members[clusters.find(i)].append(i)
    short = {root: identity_key(entries[root][1].name) for root, ms in members.items()
             if all(len(k.split()) == 1 for i in ms for k in _keys(entries[i][1]))}
    full = [root for root in members if root not in short]
    claims = _alias_claims(entries, members, full)
    shapes = _shape_candidates(entries, members, full)
    docs = {root: {entries[i][0] for i in ms} for root, ms in members.items()}
    for root, key in short.items():
        if not entries[root][1].name[:1].isupper():
            continue                  # "officials" is not a name
        person = _majority_type(entries, members[root]) == W.PERSON_TYPE
        if person:
            shaped = shapes["surname"].get(key, [])
        elif any(_ACRONYM.match(entries[i][1].name) for i in members[root]):
            # Initials alone are weak ("D.C." is not the Daily Caller): the long form must appear
            # in an article that uses the short one.
            shaped = [t for t in shapes["acronym"].get(key, []) if docs[t] & docs[root]]
        else:
            shaped = []
        target = _standout(claims.get(key, Counter()), shaped)
        if target is not None:
            clusters.union(root, target)


def _alias_claims(entries: list, members: dict, full: list[int]) -> dict[str, Counter]:
    """For each one-word key, how many documents use it as an alias of each fuller cluster."""
    claims: dict[str, Counter] = defaultdict(Counter)
    for root in full:
        docs_by_key = defaultdict(set)
        for i in members[root]:
            doc_id, actor = entries[i]
            for alias in actor.aliases:
                key = identity_key(alias)
                if key and len(key.split()) == 1:
                    docs_by_key[key].add(doc_id)
        for key, docs in docs_by_key.items():
            claims[key][root] = len(docs)
    return claims


def _shape_candidates(entries: list, members: dict, full: list[int]) -> dict[str, dict[str, list[int]]]:
    """The fuller clusters a one-word name could stand for by its shape alone: people by their
    surname ("trump"), organisations and places by their initials ("eu" for "European Union")."""
    shapes: dict[str, dict[str, list[int]]] = {"surname": defaultdict(list), "acronym": defaultdict(list)}
    for root in full:
        keys = {k for i in members[root] for k in _keys(entries[i][1]) if len(k.split()) > 1}
        if _majority_type(entries, members[root]) == W.PERSON_TYPE:
            for surname in {k.split()[-1] for k in keys if k.split()[-1] not in W.GENERATIONS}:
                shapes["surname"][surname].append(root)
        else:
            for initials in {"".join(w[0] for w in k.split() if w not in N.ACRONYM_STOPWORDS) for k in keys}:
                shapes["acronym"][initials].append(root)
    return shapes


def _standout(claims: Counter, shaped: list[int]) -> Optional[int]:
    """The cluster the evidence points to: the most claimed, with CLEAR_MAJORITY times the claims
    of the next (another name of the right shape counts as one claim: "Lynch" claimed once by
    "Stephen Lynch" stays apart while "Loretta Lynch" is there too); with no claim, the only one
    of the right shape."""
    if not claims:
        return shaped[0] if len(shaped) == 1 else None
    ranked = sorted(claims.items(), key=lambda kv: (-kv[1], kv[0]))
    best, votes = ranked[0]
    runner_up = max([n for _, n in ranked[1:]] + [1 for root in shaped if root != best] + [0])
    return best if votes >= CLEAR_MAJORITY * runner_up else None


def _majority_type(entries: list, positions: list[int]) -> str:
    """The type most mentions give the cluster ("Trump" tagged ORG in one article is still a
    person); a tie goes to the first actor's type."""
    votes: Counter = Counter()
    for i in positions:
        actor = entries[i][1]
        votes[actor.type] += max(len(actor.mentions), 1)
    best = max(votes.values())
    return next(entries[i][1].type for i in positions if votes[entries[i][1].type] == best)


def _merged(entries: list, clusters: FirstLed) -> tuple[list[Actor], IdMap]:
    members = defaultdict(list)
    for i in range(len(entries)):
        members[clusters.find(i)].append(i)
    actors, id_map = [], {}
    for root in sorted(members):
        positions = members[root]
        new_id = f"a{len(actors) + 1}"
        actors.append(_one_actor(new_id, [entries[i] for i in positions], _majority_type(entries, positions)))
        for i in positions:
            id_map[(entries[i][0], entries[i][1].id)] = new_id
    return actors, id_map


def _one_actor(new_id: str, entries: list[tuple[str, Actor]], type_: str) -> Actor:
    if len(entries) == 1:
        doc_id, a = entries[0]
        return Actor(new_id, a.name, a.type, a.aliases, a.mentions, doc_id, generic=a.generic)
    mentions = Counter()
    for _, a in entries:
        mentions[a.name] += max(len(a.mentions), 1)
    # The fullest name the collection uses most: "Donald Trump" over "Trump" and "Donald J. Trump".
    name = max(mentions, key=lambda n: (len(identity_key(n).split()) > 1, mentions[n], n))
    names = [x for _, a in entries for x in (a.name, *a.aliases)]
    aliases = distinct_names(x for x in names if x.lower() != name.lower())
    docs = {doc_id for doc_id, _ in entries}
    return Actor(new_id, name, type_, aliases, tuple(m for _, a in entries for m in a.mentions),
                 next(iter(docs)) if len(docs) == 1 else None)
