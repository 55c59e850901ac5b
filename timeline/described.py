"""Speakers a story names by what they are: "The town said …", "A reporter asked …", "according
to the agency", "the newspaper's editorial": a common-noun phrase whose words are reported.

Such a speaker is an actor of its own, described rather than named (`Actor.generic`): it is
never joined to a person or organisation of another story, and a chart does not take "the town"
for a person. Its name is the phrase's own words up to its head ("the billionaire businessman",
not the relative clause after it), with the determiner or possessive pronoun that opens it.
Pure functions of the parse; the actor stage turns what they find into mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from . import syntax
from .cues import document_participle, is_attribution
from .lexicon import deps as D, naming as W, news as N, speech as S

# Head nouns of a described speaker, by the kind of actor they make.
_PERSON_HEADS = N.PEOPLE_NOUNS | N.DESCRIBED_PEOPLE
_BODY_HEADS = N.ORG_NOUNS | N.DESCRIBED_BODIES | N.DOCUMENT_SOURCES | N.DOCUMENT_NOUNS
_PAPERS = N.DOCUMENT_SOURCES | N.DOCUMENT_NOUNS
_ACCORDING, _TO = S.ACCORDING_TO
_OF_PHRASE_WORDS = 3             # "of state", "of the agency", "of the rights group"


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    kind: str          # PERSON or ORG, by the head noun
    head: str          # the head noun's lemma: "firm" in "the market research firm"
    definite: bool     # "the firm", "this group": one the reader knows already


# A line that opens with one capitalised word and a colon: "Poll: Ferris leads in Dallow".
_LABEL = re.compile(r"(?m)^[\"“]?(?P<label>[A-Z][a-z]+):[ \t]+\S")


def described_speakers(doc) -> list[Description]:
    """Every described speaker of the document, once, in the order of the text."""
    seen: dict[int, Description] = {d.start: d for d in _labels(doc.text)}
    for token in syntax.tokens_of(doc):
        for head in _sources_of(token):
            found = _description(head)
            if found is not None:
                seen.setdefault(found.start, found)
    return [seen[k] for k in sorted(seen)]


def _labels(text: str) -> list[Description]:
    """"Poll: …", "Newspaper: …": a line's label that is a common noun of a speaker's kind."""
    found = []
    for m in _LABEL.finditer(text):
        word = m["label"].lower()
        kind = "PERSON" if word in _PERSON_HEADS else "ORG" if word in _BODY_HEADS else None
        if kind is not None:
            found.append(Description(m.start("label"), m.end("label"), kind, word, False))
    return found


def _speaks(verb) -> bool:
    """A verb of attribution (`cues`), or one whose complement is an attitude ("were worried")."""
    return verb.pos_ in ("VERB", "AUX") and (is_attribution(verb) or any(
        c.dep_ == "acomp" and c.lower_ in N.STANCE_ADJECTIVES for c in verb.children))


def _sources_of(token) -> Iterator:
    """The words that may name who speaks at this token: the subject of a speaking verb (or of
    the clause it shares its subject with) and its passive agent; the object of "according to";
    the owner of a document ("the agency's statement")."""
    if _speaks(token):
        subject = syntax.subject_of(syntax.verb_sharing_subject(token) or token, through_verbs_only=True)
        if subject is not None and not syntax.quoted_before(subject, token):
            yield subject
        for agent in (c for c in token.children if c.dep_ == "agent"):
            yield from (c for c in agent.children if c.dep_ == "pobj")
        if document_participle(token):
            yield token.head         # "a new poll showing a tight race": the poll speaks
    elif token.lower_ == _ACCORDING and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == _TO:
        to = token.doc[token.i + 1]
        yield from (c for c in [*to.children, *token.children] if c.dep_ == "pobj")
    elif token.pos_ == "NOUN" and token.lemma_.lower() in N.DOCUMENT_NOUNS:
        yield from (c for c in token.children if c.dep_ in D.POSSESSOR_DEPS)


def _description(head) -> Optional[Description]:
    """The phrase a head noun of a known kind opens, without what hangs after it; None for a
    name, a pronoun or a noun that is no one."""
    if head.pos_ != "NOUN" or head.ent_type_ in N.ACTOR_LABELS:
        return None
    lemma = head.lemma_.lower()
    kind = "PERSON" if lemma in _PERSON_HEADS else "ORG" if lemma in _BODY_HEADS else None
    if kind is None:
        return None
    if speaks_for_a_name(head):
        return None                  # "a spokesman for Acme": Acme speaks
    body = _spoken_for(head)
    if body is not None:
        return body                  # "a statement from the US military": the military speaks
    words = [t for t in head.subtree if t.i <= head.i and not any(
        a.dep_ in D.ATTACHED_PHRASE_DEPS for a in [t, *t.ancestors] if a.i != head.i and head in a.ancestors)]
    if any((t.pos_ == "PROPN" or t.ent_type_ in N.ACTOR_LABELS) and t.ent_type_ not in N.QUALIFYING_LABELS
           and not _names_a_base(t) for t in words):
        return None                  # "the Sanders campaign", "Bernie Sanders' campaign": someone named speaks
    if any(t.lower_ in S.SPEAKER_OR_LISTENER_POSSESSIVES for t in words) and not _newsroom_own(words, lemma):
        return None                  # "I hope your members will stay": whose, the quote says
    words = _run_to(words, head)
    while len(words) > 1 and (words[0].is_punct or words[0].dep_ in D.POSSESSIVE_DEPS and words[0].pos_ == "PART"):
        words.pop(0)
    last = (_of_phrase(head) or [head])[-1]
    return Description(words[0].idx, last.idx + len(last), kind, lemma, words[0].lower_ in S.DEFINITE_DETERMINERS)


def _newsroom_own(words: list, lemma: str) -> bool:
    """"our correspondent": the publication's own journalist, whose words the story reports."""
    return lemma in S.NEWSROOM_NOUNS and all(
        t.lower_ == S.PUBLICATION_POSSESSIVE for t in words if t.lower_ in S.SPEAKER_OR_LISTENER_POSSESSIVES)


def _names_a_base(token) -> bool:
    """"Delvin" in "the Delvin-based company": where the described one is based, not who speaks."""
    return any(a.lower_ in W.BASE_PARTICIPLES and a.dep_ in D.WORD_MODIFIER_DEPS for a in token.ancestors)


def speaks_for_a_name(noun) -> bool:
    """"A spokesman for Acme", "a source at Acme": one who speaks for the name that hangs from
    the noun by a preposition of roles."""
    return noun.lemma_.lower() in W.SPEAKING_FOR_OTHERS and any(
        p.dep_ == "prep" and p.lower_ in W.ROLE_PREPOSITIONS and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
        for p in noun.children)


def _spoken_for(noun) -> Optional[Description]:
    """The body a statement or a spokesperson speaks for, when the story describes it rather than
    names it ("a statement from the US military", "a spokesman for the ministry")."""
    if noun.lemma_.lower() not in N.SPOKESPERSON_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in W.SPOKEN_FOR_PREPOSITIONS:
            for obj in prep.children:
                found = _description(obj) if obj.dep_ == "pobj" else None
                if found is not None and found.head not in _PAPERS:
                    return found        # not "a source for the story"
    return None


def _of_phrase(head) -> list:
    """A short "of" phrase that completes the head ("the secretary of state", "the head of the
    agency"), its words; none when it is longer than a few words or has more hanging from it."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.i == head.i + 1
                 and c.lower_ == S.OWNER_PREPOSITION), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return []
    words = list(obj.subtree)
    if len(words) > _OF_PHRASE_WORDS or words[0].i != prep.i + 1 or words[-1].i != obj.i:
        return []
    return [prep, *words]


def _run_to(words: list, head) -> list:
    """The unbroken run of words that ends at the head (a word left out breaks it)."""
    run = [head]
    for t in reversed([w for w in words if w.i < head.i]):
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    return run
