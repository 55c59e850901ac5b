"""Typed actor–actor relations, each with the sentence that says so.

Sources, most specific first: roles in names ("Labour leader Jeremy Corbyn" -> leader_of),
renamings ("Poale Zion, which rebranded itself as JLM"), ties ("a motion to sever ties with"),
verbs and adjectives with a subject and an object actor ("remain affiliated to the party",
"criticised X"), and statements with an addressee (told / wrote to).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from . import syntax
from .findings import ActorIndex, DraftEvent, DraftRelation, Role, StatementFinding
from .lexicon import deps as D
from .lexicon import news as N
from .lexicon import naming as W
from .lexicon import relations as R
from .nlp import sentence_at

# A name: capitalised words, with "of", "and", "the" between them ("Poale Zion", "Jewish Labour Movement").
_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:" + "|".join(W.ACRONYM_LINK_WORDS) + r"|[A-Z][\w'’&.-]*))*"
_RENAME_RULES = tuple(re.compile(p.replace("{A}", _NAME).replace("{B}", _NAME)) for p in N.RENAME_PATTERNS)
_MODALS = N.HYPOTHETICAL_MARKERS | R.MODAL_WORDS
_FOUND_ELSEWHERE = ("renamed_to", "severed_ties_with")      # by the name patterns and SEVER_TIES

# What a finder yields: (source, target, type, offset of the cue, hypothetical).
Candidate = tuple[Optional[str], Optional[str], str, int, bool]


def _actor_within(index: ActorIndex, start: int, end: int):
    """The actor named at the end of a capitalised phrase (the phrase may begin earlier)."""
    spans = [t for t in index.overlapping(start, end) if t[1] <= end + 1]
    return spans[-1][2] if spans else None


def _sentence(doc, offset: int) -> tuple[int, int]:
    s = sentence_at(doc, offset)
    return (s.start_char, s.end_char) if s is not None else (offset, offset)


def _event_near(events: list[DraftEvent], start: int, end: int, offset: int) -> Optional[str]:
    inside = [e for e in events if start <= e.trigger[0] < end]
    if not inside:
        return None
    return min(inside, key=lambda e: abs(e.trigger[0] - offset)).key


def _resolve_common_noun(index: ActorIndex, word: str) -> Optional[str]:
    """"the party", "the group": the most mentioned organisation whose name fits, if one clearly is."""
    fits = N.ORG_ANAPHORS.get(word.lower())
    if not fits:
        return None
    candidates = [a for a in index.actors if a.type == "ORG"
                  and any(w in fits for w in re.findall(r"\w+", a.name.lower()))]
    candidates.sort(key=lambda a: len(a.mentions), reverse=True)
    if len(candidates) == 1 or (len(candidates) > 1 and len(candidates[0].mentions) >= 2 * len(candidates[1].mentions)):
        return candidates[0].id
    return None


def _actor_of_token(token, index: ActorIndex) -> Optional[str]:
    s, e = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    # The token itself first (a name), then its phrase.
    own = index.at(token.idx, token.idx + len(token))
    if own:
        return own
    spans = index.overlapping(token.idx, token.idx + len(token))
    if spans:
        return spans[0][2]
    if token.lower_ in N.ORG_ANAPHORS:
        return _resolve_common_noun(index, token.lower_)
    phrase = index.overlapping(s, e)
    return phrase[0][2] if phrase else None


def _subject_actor(token, index: ActorIndex) -> Optional[str]:
    """The actor of the subject or possessor of the word or of a word above it ("the party's
    affiliation", "X will remain affiliated")."""
    subject = syntax.subject_of(token, D.SUBJECT_DEPS | D.POSSESSOR_DEPS, climb=None, steps=4)
    return _actor_of_token(subject, index) if subject is not None else None


def _object_actor(token, index: ActorIndex) -> Optional[str]:
    for c in token.children:
        if c.dep_ in D.OBJECT_OR_ATTRIBUTE_DEPS:
            found = _actor_of_token(c, index)
            if found:
                return found
        if c.dep_ == "prep" and c.lower_ in R.OBJECT_PREPOSITIONS:
            for p in c.children:
                if p.dep_ == "pobj":
                    found = _actor_of_token(p, index)
                    if found:
                        return found
    return None


def _hedged(text: str, doc, offset: int) -> bool:
    """"should sever ties", "to decide if", "push for ties to be severed": not (yet) so."""
    start, _ = _sentence(doc, offset)
    words = set(re.findall(R.WORD, text[start:offset].lower())[-R.HEDGE_WINDOW:])
    return bool(words & N.HYPOTHETICAL_MARKERS) or bool(words & R.HEDGE_WORDS)


def _from_roles(roles: list[Role]) -> Iterator[Candidate]:
    for role in roles:
        yield role.person, role.org, N.ROLE_RELATIONS.get(role.word, "member_of"), role.start, False


def _renamings(text: str, index: ActorIndex) -> Iterator[Candidate]:
    if not index.spans:
        return
    for rx in _RENAME_RULES:
        for m in rx.finditer(text):
            a = _actor_within(index, m.start("a"), m.end("a"))
            b = _actor_within(index, m.start("b"), m.end("b"))
            yield a, b, "renamed_to", m.start(), False


def _severed_ties(text: str, doc, index: ActorIndex) -> Iterator[Candidate]:
    """"X severed ties with Y"; "a motion to sever ties with Y" opposes Y."""
    for m in re.finditer(N.SEVER_TIES, text, re.I):
        start, end = _sentence(doc, m.start())
        before = [t for t in index.spans if start <= t[0] < m.start()]
        after = [t for t in index.spans if m.end() <= t[0] < end]
        if not before or not after:
            continue
        between = text[before[-1][1]:m.start()].lower()
        rtype = "opposed" if re.search(R.CALL_WORDS, between) else "severed_ties_with"
        yield (before[-1][2], after[0][2], rtype, m.start(),
               rtype == "severed_ties_with" and _hedged(text, doc, m.start()))


def _by_words(doc, index: ActorIndex) -> Iterator[Candidate]:
    """Verbs, adjectives and nouns with a subject and an object actor ("criticised X")."""
    for token in syntax.tokens_of(doc):
        rtype = N.RELATION_LEMMAS.get(token.lemma_.lower()) or N.RELATION_LEMMAS.get(token.lower_)
        if not rtype or rtype in _FOUND_ELSEWHERE:
            continue
        if token.pos_ not in ("VERB", "ADJ", "NOUN"):
            continue
        target = _object_actor(token, index)
        source = _subject_actor(token, index)
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children)
        yield source, target, rtype, token.idx, modal


def _addressed(text: str, statements: list[StatementFinding]) -> Iterator[Candidate]:
    for s in statements:
        if s.speaker and s.addressee:
            cue = text[s.cue_start:s.cue_end].lower()
            yield s.speaker, s.addressee, "wrote_to" if cue in N.WRITING_CUES else "told", s.cue_start, False


def extract_relations(text: str, doc, index: ActorIndex, roles: list[Role], events: list[DraftEvent],
                      statements: list[StatementFinding]) -> list[DraftRelation]:
    found = [*_from_roles(roles), *_renamings(text, index), *_severed_ties(text, doc, index),
             *_by_words(doc, index), *_addressed(text, statements)]
    seen, unique = set(), []
    for source, target, rtype, offset, hypothetical in found:
        if not source or not target or source == target or (source, target, rtype) in seen:
            continue
        seen.add((source, target, rtype))
        start, end = _sentence(doc, offset)
        unique.append(DraftRelation(source, target, rtype, start, end, _event_near(events, start, end, offset),
                                    hypothetical))
    return unique
