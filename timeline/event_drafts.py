"""The events of one document as they are drafted: one per predicate, each with its summary,
participants, time and status. The event stage's steps (`events` names them, in order) add to
it; a predicate drafted twice keeps the finer time."""
from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from datetime import date
from typing import Callable, Optional

from . import syntax
from .findings import ActorIndex, DraftEvent, DraftLink, StatementFinding
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import speech as S
from .model import EventTime, Participant, TimeExpr
from .temporal import anchor, date_line_of, dateline_of

MAX_SUMMARY_WORDS = 15
SUMMARY_READ = 4 * MAX_SUMMARY_WORDS     # the first words of a phrase kept, to make a summary from


def shorten(words: str) -> str:
    parts = words.split()
    if len(parts) <= MAX_SUMMARY_WORDS:
        return words
    return " ".join(parts[:MAX_SUMMARY_WORDS]).rstrip(",;:") + "…"


def _covered(memo: dict, name: str, ranges: Callable[[], list[tuple[int, int]]], offset: int) -> bool:
    """Whether some [a, b) of `ranges` holds the offset: the ranges are merged into disjoint
    ones once (under `name` in `memo`), then found by bisection; each word of a document asks."""
    merged = memo.get(("covered", name))
    if merged is None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(r for r in ranges() if r[0] < r[1]):
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        merged = memo[("covered", name)] = (starts, ends)
    starts, ends = merged
    k = bisect_right(starts, offset) - 1
    return k >= 0 and offset < ends[k]


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
        # the quoted pieces, not the reporting clause between two parts of a quote ("“X,” said
        # Doyle, an analyst who expects a vote. “Y”"): that clause is the story's own words
        self.quote_ranges = [piece for s in statements if s.direct for piece in s.pieces]
        self.cue_tokens = {s.cue_token for s in statements if s.cue_token is not None}
        self.memo: dict = {}        # what the stage's parts work out once per document

    def timexes_in(self, start: int, end: int) -> list[TimeExpr]:
        """The time expressions that start in [start, end), in the order of `timexes`: by
        bisection, since each predicate and cue asks for its sentence's."""
        order = self.memo.get("timex_order")
        if order is None:
            order = sorted(range(len(self.timexes)), key=lambda i: self.timexes[i].start)
            order = self.memo["timex_order"] = (order, [self.timexes[i].start for i in order])
        ids, starts = order
        return [self.timexes[i] for i in sorted(ids[bisect_left(starts, start):bisect_left(starts, end)])]

    def dateline(self) -> Optional[TimeExpr]:
        """The date of a dateline ("WASHINGTON, March 12 (Xinhua) --") in the days before the
        DCT: the day the story was filed."""
        if "dateline" not in self.memo:
            t = dateline_of(self.text, self.dct)
            recent = (t is not None and self.dct is not None and t.granularity == "day" and t.earliest is not None
                      and t.earliest == t.latest and 0 <= (self.dct - t.earliest).days < E.DATELINE_DAYS)
            self.memo["dateline"] = t if recent else None
        return self.memo["dateline"]

    def head_date_line(self) -> Optional[tuple[int, int]]:
        """The bounds of the head's line that only dates the page ("Detroit, March 3, 2009"), if any."""
        if "head_date_line" not in self.memo:
            t = date_line_of(self.text, self.dct)
            self.memo["head_date_line"] = None if t is None else (
                self.text.rfind("\n", 0, t.start) + 1, _line_end(self.text, t.end))
        return self.memo["head_date_line"]

    def in_quote(self, offset: int) -> bool:
        """Whether the offset is inside a direct quotation."""
        return _covered(self.memo, "direct", lambda: self.quote_ranges, offset)

    def in_statement(self, offset: int) -> bool:
        """Whether the offset is inside the words of any statement, direct or reported."""
        return _covered(self.memo, "any", lambda: [(s.quote_start, s.quote_end) for s in self.statements], offset)

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
        parts = self._summary_parts(token)
        memo = self.memo.setdefault("subtree_starts", {})
        starts = [syntax.subtree_start(t, skip, SUMMARY_READ, memo) if skip is not None else ([t.i], 1)
                  for t, skip in parts]
        line, whole = self._first_words(token, heapq.merge(*(first for first, _ in starts)))
        if whole or all(size <= SUMMARY_READ for _, size in starts):
            return line
        # Asides took out too many of the first words: the phrases read to their ends.
        every = [sorted(x.i for x in syntax.subtree(t, skip)) if skip is not None else [t.i] for t, skip in parts]
        return self._first_words(token, heapq.merge(*every))[0]

    @staticmethod
    def _summary_parts(token) -> list[tuple[object, Optional[frozenset]]]:
        """The phrases of a summary (a word and the labels its phrase leaves out), or single
        words (None): a noun's own phrase; a verb with its subject, markers and complements."""
        if token.pos_ in ("NOUN", "PROPN"):
            return [(token, D.NOT_IN_SUMMARY_DEPS | {"acl"})]
        parts = [(token, None)]
        subj = syntax.subject_of(token, D.SUBJECT_OR_EXPLETIVE_DEPS)
        if subj is not None and subj.lower_ in S.RELATIVE_SUBJECTS and token.dep_ == "relcl":
            parts.append((token.head, D.NOT_IN_SUMMARY_DEPS | {"acl", "prep"}))     # its antecedent
        elif subj is not None and subj.lower_ not in E.EMPTY_SUBJECTS:
            parts += [(t, D.NOT_IN_SUMMARY_DEPS) for t in [subj, *syntax.rest_of_hyphenated_word(subj)]]
            if token.dep_ == "relcl" and not any(c.dep_ in D.DIRECT_OBJECT_DEPS and c.lower_ not in S.RELATIVE_SUBJECTS
                                                 for c in syntax.children(token)):
                parts.append((token.head, D.NOT_IN_SUMMARY_DEPS | {"acl", "prep"}))  # "the abuse she has received"
        for c in syntax.children(token):
            if c.dep_ in D.VERB_MARKER_DEPS:
                parts.append((c, None))
            elif c.dep_ in D.COMPLEMENT_DEPS:
                parts.append((c, D.NOT_IN_SUMMARY_DEPS))
        return parts

    def _first_words(self, token, ordered) -> tuple[str, bool]:
        """The summary of the words `ordered` (indexes in the order of the text), each once,
        asides left out; and whether it was cut: read only as far as the words a summary keeps.
        Once the words read make MAX_SUMMARY_WORDS + 2, the first MAX_SUMMARY_WORDS + 1 are
        whole and no later word changes what `shorten` keeps."""
        starts, ends = self._asides(token)
        tokens, last, limit = [], -1, 2 * MAX_SUMMARY_WORDS
        for i in ordered:
            if i == last:
                continue
            last, t = i, self.doc[i]
            k = bisect_right(starts, t.idx) - 1
            if t.is_space or (k >= 0 and t.idx < ends[k]):
                continue
            tokens.append(t)
            if len(tokens) >= limit:
                if len(syntax.join(tokens).split()) >= MAX_SUMMARY_WORDS + 2:
                    return shorten(syntax.join(tokens)), True
                limit *= 2
        return shorten(syntax.join(tokens)), False

    def _asides(self, token) -> tuple[list[int], list[int]]:
        """The asides of the token's sentence ("(R-Ga.)", "[sic]"), found once per sentence."""
        sent = syntax.sentence(token)
        found = self.memo.setdefault("asides", {}).get(sent.start)
        if found is None:
            base = sent.start_char
            spans = [(base + m.start(), base + m.end()) for m in E.ASIDE.finditer(self.text[base:sent.end_char])]
            found = self.memo["asides"][sent.start] = ([a for a, _ in spans], [b for _, b in spans])
        return found

    def participants(self, token) -> list[Participant]:
        """The actors named as its subject or possessor (agents) and as its objects (patients)."""
        roles: dict[str, str] = {}
        subj = syntax.subject_of(token, D.SUBJECT_OR_EXPLETIVE_DEPS) if token.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.lower_ in S.RELATIVE_SUBJECTS and token.dep_ == "relcl":
            subj = token.head
        if subj is not None:
            for aid in self.actors_in(subj):
                roles.setdefault(aid, "agent")
        for c in syntax.children(token):
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
        """past or future by the date when it lies wholly on one side of the DCT, else by tense;
        a refusal to tell is past."""
        side = anchor.side_of_dct(time, self.dct)
        if side == "future" and _plans_for(token):
            side = None
        return side or ("past" if refused_to_tell(token) else syntax.tense_of(token))


def after_since(text: str, time: Optional[EventTime]) -> bool:
    """Whether the time is read from a date right after "since" ("has lived there since 1969",
    "the biggest quake since 1900"): where a stretch up to now starts, not a happening's day."""
    if time is None or time.start is None:
        return False
    before = text[max(0, time.start - 12):time.start].lower().split()
    return bool(before) and before[-1] in E.SINCE


def _plans_for(token) -> bool:
    """A plan, an expectation or a putting off ("has scheduled a news conference Thursday", "the
    ruling is expected next week", "extended its deadline until Tuesday") takes the date of what
    it is about, but is made now or was made before: it keeps the status of its own tense. So
    does a state said in the present of a date to come ("the dividend is payable Jan. 2")."""
    if token.pos_ == "ADJ" and token.dep_ in D.ADJECTIVE_PREDICATE_DEPS:
        return syntax.tense_of(token.head) == "present"
    return token.pos_ == "VERB" and token.lemma_.lower() in E.PLANNING_LEMMAS and syntax.tense_of(token) != "future"


def refused_to_tell(token) -> bool:
    """"would not comment", "wouldn't say": a refusal the story reports, made by the time of its
    telling, not a speech still to come."""
    kids = syntax.children(token)
    return token.lemma_.lower() in E.REFUSED_TELLING_LEMMAS and any(c.dep_ == "neg" for c in kids) \
        and any(c.dep_ == "aux" and c.lower_ in E.REFUSING_MODALS for c in kids)


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
