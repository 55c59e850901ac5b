"""The events of one document as they are drafted: one per predicate, each with its summary,
participants, time and status. The event stage's parts (`events`, `event_anchors`,
`statement_events`) add to it; a predicate drafted twice keeps the finer time."""
from __future__ import annotations

from datetime import date
from typing import Optional

from . import syntax
from .findings import ActorIndex, DraftEvent, DraftLink, StatementFinding
from .lexicon import deps as D
from .lexicon import events as E
from .model import EventTime, Participant, TimeExpr
from .temporal import anchor

MAX_SUMMARY_WORDS = 15


def shorten(words: str) -> str:
    parts = words.split()
    if len(parts) <= MAX_SUMMARY_WORDS:
        return words
    return " ".join(parts[:MAX_SUMMARY_WORDS]).rstrip(",;:") + "…"


class DocumentEvents:
    """What the event stage reads of one document, and the events and links drafted so far."""

    def __init__(self, text: str, doc, dct: Optional[date], timexes: list[TimeExpr], index: ActorIndex,
                 statements: list[StatementFinding]):
        self.text, self.doc, self.dct = text, doc, dct
        self.timexes = timexes
        self.index = index
        self.statements = statements
        self.events: list[DraftEvent] = []
        self.links: list[DraftLink] = []
        self.by_token: dict[int, DraftEvent] = {}
        self.quote_ranges = [(s.quote_start, s.quote_end) for s in statements if s.direct]
        self.cue_tokens = {s.cue_token for s in statements if s.cue_token is not None}

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quote_ranges)

    def sentence_of(self, token) -> tuple[int, int]:
        return syntax.sentence_of(self.text, token)

    def root_at(self, start: int, end: int):
        return syntax.span_root(self.doc, start, end)

    def event_for(self, token, time: Optional[EventTime], derived: bool = False,
                  summary: Optional[str] = None, fallback_actors: Optional[list[Participant]] = None) -> DraftEvent:
        """The event of this predicate: drafted now, or the one already drafted, which takes
        `time` when it is finer than its own."""
        existing = self.by_token.get(token.i)
        if existing is not None:
            if time is not None and (existing.time is None or anchor.finer(time, existing.time)):
                existing.time = time
                existing.status = self.status(token, time)
            return existing
        actors = self.participants(token) or fallback_actors or []
        ev = DraftEvent(key=f"t{token.i}", kind="event", trigger=(token.idx, token.idx + len(token)),
                        sentence=self.sentence_of(token), summary=summary or self.summary(token),
                        time=time, status=self.status(token, time), actors=actors,
                        token=token.i, derived=derived)
        self.events.append(ev)
        self.by_token[token.i] = ev
        return ev

    def add_state_start(self, state, time: EventTime, summary: str) -> None:
        """The start of a state ("Affiliation began"), once: a second reading of the same start
        only narrows it."""
        for ev in self.events:
            if ev.derived and ev.time and anchor.overlap(ev.time, time):
                if anchor.narrower(time, ev.time):
                    ev.time = time
                return
        ev = DraftEvent(key=f"s{state.i}", kind="event", trigger=(state.idx, state.idx + len(state)),
                        sentence=self.sentence_of(state), summary=summary, time=time, status="past",
                        actors=self.participants(state), token=state.i, derived=True)
        self.events.append(ev)

    # ------------------------------------------------------------ summaries and participants
    def summary(self, token) -> str:
        """The predicate with its subject and complements, asides left out."""
        if token.pos_ in ("NOUN", "PROPN"):
            tokens = syntax.subtree(token, D.NOT_IN_SUMMARY_DEPS | {"acl"})
        else:
            tokens = [token]
            subj = syntax.subject_of(token, D.SUBJECT_OR_EXPLETIVE_DEPS)
            if subj is not None and subj.lower_ in E.RELATIVE_PRONOUNS and token.dep_ == "relcl":
                tokens += syntax.subtree(token.head, D.NOT_IN_SUMMARY_DEPS | {"acl", "prep"})   # its antecedent
            elif subj is not None and subj.lower_ not in E.EMPTY_SUBJECTS:
                tokens += syntax.subtree(subj)
            for c in token.children:
                if c.dep_ in D.VERB_MARKER_DEPS:
                    tokens.append(c)
                elif c.dep_ in D.COMPLEMENT_DEPS:
                    tokens += syntax.subtree(c)
        base = token.sent.start_char
        asides = [(m.start(), m.end()) for m in E.ASIDE.finditer(self.text[base:token.sent.end_char])]
        tokens = sorted({t.i: t for t in tokens if not t.is_space
                         and not any(base + a <= t.idx < base + b for a, b in asides)}.values(), key=lambda t: t.i)
        return shorten(syntax.join(tokens))

    def participants(self, token) -> list[Participant]:
        """The actors named as its subject or possessor (agents) and as its objects (patients)."""
        roles: dict[str, str] = {}
        subj = syntax.subject_of(token, D.SUBJECT_OR_EXPLETIVE_DEPS) if token.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.lower_ in E.RELATIVE_PRONOUNS and token.dep_ == "relcl":
            subj = token.head
        if subj is not None:
            for aid in self.actors_in(subj):
                roles.setdefault(aid, "agent")
        for c in token.children:
            if c.dep_ in D.POSSESSOR_DEPS:
                for aid in self.actors_in(c):
                    roles.setdefault(aid, "agent")
            elif c.dep_ in D.PATIENT_DEPS:
                for aid in self.actors_in(c):
                    roles.setdefault(aid, "patient")
        return [Participant(aid, role) for aid, role in roles.items()]

    def actors_in(self, token) -> list[str]:
        """The actors named in the token's phrase, in order."""
        return self.named_between(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))

    def named_between(self, start: int, end: int) -> list[str]:
        """The actors named between two offsets, each once, in order."""
        named: list[str] = []
        for _, _, aid in self.index.overlapping(start, end):
            if aid not in named:
                named.append(aid)
        return named

    def status(self, token, time: Optional[EventTime]) -> str:
        """past or future by the date when it lies wholly on one side of the DCT, else by tense."""
        return anchor.side_of_dct(time, self.dct) or syntax.tense_of(token)
