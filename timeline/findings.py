"""The records that stages hand on to later stages, before the merge gives out ids.

Each stage (actors, statements, events, relations) reads the parse and the findings of the
stages before it, and returns findings of its own; none imports another. `pipeline.merge`
turns them into the model (`model.py`) of a whole timeline.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .model import Actor, EventTime, Participant
from .names import clean_name, name_key


@dataclass
class ActorIndex:
    """The actors of one document and where each is mentioned."""
    actors: list[Actor] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)     # (start, end, actor id), sorted

    def at(self, start: int, end: int) -> Optional[str]:
        """The actor mentioned inside [start, end), the longest mention first."""
        best = None
        for s, e, aid in self.spans:
            if s >= start and e <= end and (best is None or e - s > best[1] - best[0]):
                best = (s, e, aid)
        return best[2] if best else None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [t for t in self.spans if t[0] < end and start < t[1]]

    def get(self, actor_id: Optional[str]) -> Optional[Actor]:
        return next((a for a in self.actors if a.id == actor_id), None)

    def by_name(self, name: str) -> Optional[Actor]:
        k = name_key(clean_name(name))
        for a in self.actors:
            if k in {name_key(n) for n in [a.name, *a.aliases]}:
                return a
        return None



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
