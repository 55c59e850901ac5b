"""Which of a document's actors a span of its text names, and who spoke or was named last before a
place: the lookups a cue's speaker is chosen by (`NamedActors`)."""
from __future__ import annotations

import re
from typing import Optional

from .. import syntax
from ..findings import ActorIndex, Role
from ..names import names_a_base
from ..lexicon import deps as D, naming as W
from .sexes import known_sexes
from .spans import inside


# Who spoke where: (offset of the cue, actor id) of the statements found so far, in the order
# they were found. The statement scan keeps it and hands it to the methods that read it.
History = list[tuple[int, str]]


def _speaking_actor(spans: list, described: set[str], types: dict[str, str]) -> Optional[str]:
    """Which of the actors named in a speaker's phrase speaks."""
    if not spans:
        return None
    # "the Vermont senator": the description speaks, not the place that qualifies it.
    holding = [t for t in spans if t[2] in described and all(t[0] <= u[0] and u[1] <= t[1] for u in spans)]
    if holding:
        return holding[0][2]
    # "A JLM spokesman": the organisation speaks; "Labour leader Jeremy Corbyn": the person;
    # "Harlow Bank's statement": its owner, named before it, not the thing that carries its
    # words ("protesters in Charlotte" are still the protesters).
    starts = [t[0] for t in spans if t[2] in described]
    owners = [t for t in spans if t[2] not in described and all(t[1] <= d for d in starts)]
    pool = owners or spans
    persons = [t for t in pool if types.get(t[2]) == "PERSON"]
    return (persons or pool)[-1][2]


def _by_name(words: str, index: ActorIndex) -> Optional[str]:
    """A name the entity recogniser missed here but found elsewhere ("Lynch said" after "Loretta
    E. Lynch"): a capitalised word of the subject that is an actor's last name or alias."""
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", words) if w.lower() not in W.NOT_NAME_WORDS]
    for w in reversed(names):
        w = w.capitalize() if w.isupper() and len(w) > 3 else w        # "PENCE" in a transcript
        for actor in index.actors:
            if any(n == w or n.split()[-1] == w for n in [actor.name, *actor.aliases]):
                return actor.id
    return None


def _end_of_sentence(doc, offset: int) -> int:
    token = syntax.token_at(doc, offset)
    return syntax.sentence(token).end_char if token is not None else offset + 1


def _subject_at(doc, start: int, end: int) -> bool:
    """The name at [start, end) is the subject of a clause ("… what Ms Vale had hidden")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in D.SUBJECT_DEPS


def _may_speak_next(speakers: "NamedActors", spoke_at: int, start: int, end: int) -> bool:
    """Whether a person named at [start, end) after a speaker's cue at `spoke_at` can be the one
    a later pronoun refers to: named after the speaker's sentence, or in it as the subject of a
    clause; not its object ("Cardinal Ames backed Mr Ross's stance. … he said" is Ames, not Ross:
    one the speaker acts on or speaks of)."""
    return start >= _end_of_sentence(speakers.doc, spoke_at) or _subject_at(speakers.doc, start, end)


def _known_sex_named_since(speakers: "NamedActors", spoke: tuple, before: int, sex: Optional[str],
                           quote: Optional[tuple[int, int]]) -> Optional[str]:
    """"Kel Ostrow said the bridge would reopen. His wife, Karin Volde, stayed on. “…,” she
    said": a person the text tells is of the pronoun's sex, named after a speaker it tells
    nothing of, is the one the pronoun refers to; None when there is none (outside the
    quotation), or the speaker's sex is known."""
    if sex is None or spoke[1] in speakers.sexes:
        return None
    named = [aid for s, e, aid in speakers.index.starting_in(spoke[0] + 1, before)
             if speakers.sexes.get(aid) == sex and not inside(quote, s) and _may_speak_next(speakers, spoke[0], s, e)]
    return named[-1] if named else None


class NamedActors:
    """A document's actors as a cue's speaker is looked for among them: which one a span names (not
    a place it qualifies, nor one only described), the holder of a role, and who spoke or was named
    last before a place."""

    def __init__(self, text: str, doc, index: ActorIndex, roles: list[Role]):
        self.text, self.doc, self.index = text, doc, index
        self.types = {a.id: a.type for a in index.actors}
        self.described = {a.id for a in index.actors if a.generic}
        self.roles = roles
        self.sexes = known_sexes(text, index)

    def by_name(self, s: int, e: int) -> Optional[str]:
        """An actor named elsewhere by a capitalised word here (`_by_name`)."""
        return _by_name(self.text[s:e], self.index)

    def persons_in(self, s: int, e: int) -> list:
        """The people named here ("a reporter", described, names no one)."""
        return [t for t in self.named_in(s, e) if self.types.get(t[2]) == "PERSON"]

    def named_in(self, s: int, e: int) -> list:
        """The actors named here, not described ("the town", "a reporter": `Actor.generic`)."""
        return [t for t in self.index.overlapping(s, e) if t[2] not in self.described]

    def actor_in(self, s: int, e: int) -> Optional[str]:
        # "the Delvin-based company said": the company speaks, not the place it is based in.
        spans = [t for t in self.index.overlapping(s, e)
                 if not names_a_base(self.text, t[1])]
        return _speaking_actor(spans, self.described, self.types)

    def role_holder(self, s: int, e: int) -> Optional[str]:
        phrase = self.text[s:e].lower()
        orgs = {t[2] for t in self.index.overlapping(s, e)}
        for role in self.roles:
            if re.search(r"\b" + re.escape(role.word) + r"\b", phrase) and (not orgs or role.org in orgs):
                return role.person
        return None

    def last_mentioned(self, types: tuple[str, ...], before: int) -> Optional[str]:
        """The actor of these types named last before `before` ("NPD Group, a research firm. The firm said")."""
        # The spans start in order: those that can end by `before` are read from the last back.
        for s, e, aid in reversed(self.index.starting_before(before + 1)):
            if e <= before and self.types.get(aid) in types and aid not in self.described:
                return aid
        return None

    def last(self, types: tuple[str, ...], before: int, history: History, sex: Optional[str] = None,
             quote: Optional[tuple[int, int]] = None) -> Optional[str]:
        """The last speaker of these types before `before`, else the last actor of them named there;
        with a pronoun's `sex`, not one known to be of the other ("Greta Holm met Tomas Reinholt.
        “…,” he said" is Reinholt, though Holm spoke last)."""
        def fits(aid: str) -> bool:
            return self.types.get(aid) in types and (sex is None or self.sexes.get(aid, sex) == sex)
        # The latest fitting speaker: the greatest (offset, id), as the history sorted would give.
        spoke = max((h for h in history if h[0] < before and fits(h[1])), default=None)
        if spoke is not None:
            return _known_sex_named_since(self, spoke, before, sex, quote) or spoke[1]
        for s, e, aid in reversed(self.index.starting_before(before)):
            if fits(aid) and not inside(quote, s):
                return aid          # not one the words speak of ("“The president is working …,” she said")
        return None
