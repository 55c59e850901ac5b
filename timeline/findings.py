"""The records that stages hand on to later stages, before the merge gives out ids.

Each stage (actors, statements, events, relations) reads the parse and the findings of the
stages before it, and returns findings of its own; none imports another. `pipeline.merge`
turns them into the model (`model.py`) of a whole timeline.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from .model import Actor, EventTime, Participant


@dataclass
class ActorIndex:
    """The actors of one document and where each is mentioned."""
    actors: list[Actor] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)     # (start, end, actor id), sorted
    _cache: Optional[tuple] = field(default=None, repr=False, compare=False)
    _ids: Optional[tuple] = field(default=None, repr=False, compare=False)

    def at(self, start: int, end: int) -> Optional[str]:
        """The actor mentioned inside [start, end), the longest mention first."""
        best = None
        for s, e, aid in self.starting_in(start, end):
            if e <= end and (best is None or e - s > best[1] - best[0]):
                best = (s, e, aid)
        return best[2] if best else None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        longest = self._sorted()[1]
        return [t for t in self.starting_in(start - longest, end) if t[0] < end and start < t[1]]

    def starting_before(self, end: int) -> list[tuple[int, int, str]]:
        """The spans that start before `end`, in order."""
        starts, _ = self._sorted()
        if starts is None:
            return [t for t in self.spans if t[0] < end]
        return self.spans[:bisect_left(starts, end)]

    def starting_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The spans that start in [start, end), in order: by bisection, since every stage asks
        for the actors at each of its words. (Spans not sorted are scanned, as they are given.)"""
        starts, _ = self._sorted()
        if starts is None:
            return [t for t in self.spans if start <= t[0] < end]
        return self.spans[bisect_left(starts, start):bisect_left(starts, end)]

    def _sorted(self) -> tuple[Optional[list[int]], int]:
        """The spans' starts (None unless sorted) and the longest span, kept while `spans` holds
        the same list."""
        key = (id(self.spans), len(self.spans), self.spans[0] if self.spans else None,
               self.spans[-1] if self.spans else None)
        if self._cache is None or self._cache[0] != key:
            starts = [t[0] for t in self.spans]
            ordered = all(a <= b for a, b in zip(starts, starts[1:]))
            longest = max((t[1] - t[0] for t in self.spans), default=0)
            self._cache = (key, starts if ordered else None, max(longest, 0))
        return self._cache[1], self._cache[2]

    def get(self, actor_id: Optional[str]) -> Optional[Actor]:
        """The first actor with this id: by a table made once, while `actors` holds as many."""
        if self._ids is None or self._ids[0] != (id(self.actors), len(self.actors)):
            table: dict = {}
            for a in self.actors:
                table.setdefault(a.id, a)
            self._ids = ((id(self.actors), len(self.actors)), table)
        return self._ids[1].get(actor_id)



@dataclass(frozen=True)
class Role:
    """"Labour leader Jeremy Corbyn": person a1 is `leader` of organisation a4."""
    person: str
    org: str
    word: str
    start: int
    end: int



@dataclass
class StatementFinding:
    cue_start: int
    cue_end: int
    quote_start: int
    quote_end: int
    direct: bool
    speaker: Optional[str] = None
    addressee: Optional[str] = None
    speaker_text: Optional[str] = None
    cue_token: Optional[int] = None          # spaCy token index of the cue
    segments: list[tuple[int, int]] = field(default_factory=list)
    # Its cue and words lie inside another statement's words: part of that one, an event of the
    # story (its date, its status) but not a statement of its own.
    inside_another: bool = False
    # A quote naming its own act ("“I think …”") whose speaker is the last one of these kinds
    # named before it: read again once every statement of the document is known.
    speaker_by_nearness: Optional[tuple[str, ...]] = None

    @property
    def pieces(self) -> list[tuple[int, int]]:
        """Where its words are: its segments (a quotation split by its reporting clause is two),
        else the one span from its first word to its last."""
        return self.segments or [(self.quote_start, self.quote_end)]



@dataclass
class DraftEvent:
    """An event before ids are given out; `key` identifies it within the document."""
    key: str
    kind: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    summary: str
    time: Optional[EventTime]
    status: str
    actors: list[Participant] = field(default_factory=list)
    quote: Optional[str] = None
    quote_span: Optional[tuple[int, int]] = None
    direct: Optional[bool] = None
    speaker: Optional[str] = None
    addressee: Optional[str] = None
    token: Optional[int] = None
    derived: bool = False                 # a state's start worked out from a duration


@dataclass
class DraftLink:
    source: str
    target: str
    type: str
    offset: Optional[str]
    text: Optional[str]



@dataclass(frozen=True)
class DraftRelation:
    source: str
    target: str
    type: str
    start: int
    end: int
    event: Optional[str] = None
    hypothetical: bool = False
