"""The data that flows between stages: small immutable dataclasses.

Character offsets are Python string offsets into `Document.text`, end exclusive.
Dates are `datetime.date`; the exporters turn them into ISO strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown")
STATUSES = ("past", "present", "future")
# Granularities that are calendar units, as measured lengths count them ("35 years", "a week").
CALENDAR_UNITS = tuple(g for g in GRANULARITIES if g not in ("quarter", "season", "unknown"))
# Anchors that say the text itself placed the date (not another event or a duration).
TEXT_ANCHORS = ("absolute", "dct", "context")
# A document's fields that hold text from the input.
DOCUMENT_TEXT_FIELDS = ("id", "text", "title", "source", "url", "path")


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    published: Optional[date] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeExpr:
    """A TIMEX3 expression with the interval it denotes.

    `earliest`/`latest` are None when the expression has no position in time
    (a bare duration, a set) or when its anchor is unknown (no publication date).
    """
    start: int
    end: int
    text: str
    type: str                      # DATE, TIME, DURATION, SET
    value: str
    mod: Optional[str] = None
    earliest: Optional[date] = None
    latest: Optional[date] = None
    granularity: str = "unknown"
    approximate: bool = False
    anchor: str = "absolute"       # absolute, dct, context, none

    def to_dict(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "type": self.type,
            "value": self.value, "mod": self.mod,
            "earliest": _iso(self.earliest), "latest": _iso(self.latest),
            "granularity": self.granularity, "approximate": self.approximate,
            "anchor": self.anchor,
        }


@dataclass(frozen=True)
class EventTime:
    """When an event happened, and how that was worked out (SPEC 3.1 `time`)."""
    value: Optional[str]
    earliest: Optional[date]
    latest: Optional[date]
    granularity: str = "unknown"
    approximate: bool = False
    anchor: str = "none"           # absolute, dct, event:<id>, duration, context, none
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None

    def to_dict(self) -> dict:
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": self.value,
            "earliest": _iso(self.earliest), "latest": _iso(self.latest),
            "granularity": self.granularity, "approximate": self.approximate,
            "anchor": self.anchor,
        }


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str                      # PERSON, ORG, GPE, NORP
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    doc: Optional[str] = None
    generic: bool = False          # named by what it is ("officials"), not who: not merged across stories

    def names(self) -> set[str]:
        return {self.name.lower(), *(a.lower() for a in self.aliases)}


@dataclass(frozen=True)
class Participant:
    actor: str                     # actor id
    role: str                      # agent, patient, speaker, addressee, other


@dataclass(frozen=True)
class Source:
    """Where something is told: a sentence (or a quote) of a document, by character offsets."""
    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    doc: str
    kind: str                      # event or statement
    summary: str
    trigger: Span
    sentence: Span
    time: Optional[EventTime]
    status: str
    actors: tuple[Participant, ...] = ()
    quote: Optional[str] = None
    quote_span: Optional[tuple[int, int]] = None
    direct: Optional[bool] = None
    speaker: Optional[str] = None
    addressee: Optional[str] = None
    # The other reports of the same event or statement, when several articles tell it and the
    # story step merged them into this one (its own `doc` and `sentence` are not repeated here).
    sources: tuple[Source, ...] = ()

    def placed_by_text(self) -> bool:
        """Dated by what the text says: not only by the publication date standing in for a
        statement's or a present-tense clause's time. These are what a chart or a list shows."""
        t = self.time
        if t is None or t.earliest is None or t.latest is None or t.anchor == "context":
            return False
        return not (self.kind == "statement" and t.anchor == "dct")


@dataclass(frozen=True)
class Relation:
    source: str                    # actor id
    target: str                    # actor id
    type: str
    event: Optional[str]
    doc: str
    start: int
    end: int
    hypothetical: bool = False     # "should sever ties": said as possible, not as done


@dataclass(frozen=True)
class TemporalLink:
    """Event-to-event order: `source` is `type` (before/after/includes) `target`."""
    source: str
    target: str
    type: str
    offset: Optional[str] = None   # e.g. "P35Y" for "35 years after"
    text: Optional[str] = None


@dataclass(frozen=True)
class StoryDate:
    """One date of a story (SPEC 3.5): what a timeline editor would publish for that day."""
    date: date
    sentences: tuple[str, ...]
    events: tuple[str, ...]            # event ids supporting the date
    sources: tuple[Source, ...]        # the sentences used, in the order of `sentences`
    score: float = 0.0


@dataclass(frozen=True)
class Timeline:
    documents: tuple[Document, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    links: tuple[TemporalLink, ...] = ()
    title: Optional[str] = None
    failures: tuple[str, ...] = field(default=(), compare=False)
    story: tuple[StoryDate, ...] = ()  # best date first; empty when no story was made

    def actor(self, actor_id: Optional[str]) -> Optional[Actor]:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None


def _iso(d: Optional[date]) -> Optional[str]:
    return d.isoformat() if d else None
