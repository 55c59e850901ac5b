"""What a shown timeline shows: one inclusion policy for the chart, TimelineJS, Markdown and the page.

A `Policy` holds the reader's choices (`--max-events`, `--actor`, `--from`/`--to`, `--kind`);
`select` applies them and returns the items to show, best first and in time order:

- Events placed in time by what the text says, and statements (those dated only by the
  publication date too: they stand on their day). Fragments are left out ("read more",
  "Corbyn's letter is", a quote of two words), and so are repeats of one statement.
- When the timeline has a story (`Timeline.story`), its dates and events come first, best date
  first; the rest, and every item of a timeline without a story, are ranked by how much of the
  article's title they tell, how prominent their actor is, and whether the text states their
  date, with a penalty for each item already chosen on the same day or for the same actor, so
  that a budget of a dozen items spans the story rather than its busiest day.

`story_shown` says when a shown output tells the story itself (a box or a slide per date, with
its sentences) rather than the events: when a collection of at least STORY_MIN_DOCUMENTS
articles has a story of at least STORY_MIN_DATES dates told by sentences, and the reader did not
ask for one actor's items or one kind. A single article keeps its event chart: its story is its
own few dates, which its events already show with their actors and statements.
"""
from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from .lexicon import show as S
from .lexicon import speech as SPEECH
from .model import Actor, Event, EventTime, StoryDate, Timeline

KINDS = S.KINDS
_WORD = re.compile(r"\w+(?:[’']\w+)*")
SAME_DAY_PENALTY = 0.75      # the score kept by each further item of a kind on a day already shown
SAME_ACTOR_PENALTY = 0.75    # ... and by each further item of an actor already shown
REPEAT_OVERLAP = 0.6         # share of a shorter quote's words that makes it a repeat
STORY_BONUS = 1.5            # added to an item of the story's best date, less down the story's dates
STORY_MIN_DOCUMENTS = 2      # a story is shown as such for a collection, not for one article
STORY_MIN_DATES = 2          # ... and when it has more than one date to tell


@dataclass(frozen=True)
class Policy:
    """The reader's choices; None and empty mean no restriction."""
    max_events: Optional[int] = None
    actors: tuple[str, ...] = ()          # any of an actor's names, case-insensitive
    start: Optional[date] = None          # items whose dates overlap [start, end]
    end: Optional[date] = None
    kind: str = "all"                     # all, events, statements

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.max_events is not None and self.max_events < 1:
            raise ValueError("max_events must be at least 1")
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"the range starts ({self.start}) after it ends ({self.end})")


@dataclass(frozen=True)
class Selection:
    shown: tuple[Event, ...]              # in time order (by position, then id order)
    ranked: tuple[Event, ...]             # the same items, best first
    fragments: int                        # dated items left out as fragments or repeats
    filtered: int                         # left out by the policy's actor, date and kind filters
    over_limit: int                       # left out by the budget
    unknown_actors: tuple[str, ...] = ()  # names in the policy that no actor has


def select(tl: Timeline, policy: Optional[Policy] = None, limit: Optional[int] = None,
           per_day: Optional[int] = None) -> Selection:
    """The items to show. `limit` is the consumer's own budget (a chart's room), used when the
    policy sets none; `per_day` the most items it has room for on one day."""
    policy = policy or Policy()
    budget = policy.max_events or limit
    showable = [e for e in tl.events if _showable(e)]
    whole = [e for e in showable if not is_fragment(e)]
    wanted_ids, unknown = actor_ids(tl, policy.actors)
    kept = [e for e in whole if _passes(e, policy, wanted_ids)]
    order = {e.id: i for i, e in enumerate(tl.events)}
    ranked, repeats = _rank(tl, kept, _Chosen(tl, budget, per_day), order)
    published = _published(tl)
    shown = sorted(ranked, key=lambda e: (position(e, published.get(e.doc)), order[e.id]))
    over = len(kept) - repeats - len(ranked)
    return Selection(tuple(shown), tuple(ranked), len(showable) - len(whole) + repeats,
                     len(whole) - len(kept), over, unknown)


def story_shown(tl: Timeline, policy: Optional[Policy] = None) -> tuple[StoryDate, ...]:
    """The story's dates a shown output tells, best first (empty: show the events instead). The
    policy's dates bound them and its budget counts dates; its actor and kind choose events, so
    a reader who sets them gets the events."""
    policy = policy or Policy()
    if len(tl.documents) < STORY_MIN_DOCUMENTS or policy.actors or policy.kind != "all":
        return ()
    days = [d for d in tl.story if d.sentences and not (policy.start and d.date < policy.start)
            and not (policy.end and d.date > policy.end)]
    if policy.max_events:
        days = days[:policy.max_events]
    return tuple(days) if len(days) >= STORY_MIN_DATES else ()


def _showable(e: Event) -> bool:
    """Dated by the text, or a statement dated by the day it was published."""
    t = e.time
    if t is None or t.earliest is None or t.latest is None:
        return False
    return e.placed_by_text() or (e.kind == "statement" and t.anchor != "context")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def is_fragment(e: Event) -> bool:
    """A summary that is not an event ("read more", "Corbyn's letter is", "she has received"), or
    a statement whose words are too few to be something said."""
    if e.kind == "statement":
        return len(words(e.quote or "")) < S.QUOTE_MIN_WORDS
    w = words(e.summary)
    if not w:
        return True                     # a summary of punctuation or symbols only
    ends = w[-1] in S.FRAGMENT_ENDINGS or w[-1] in SPEECH.CUE_FORMS      # "In 2017 Kerry said": what?
    return len(w) < S.FRAGMENT_MIN_WORDS or ends or w[0] in S.FRAGMENT_OPENERS


def listed(tl: Timeline) -> list[Event]:
    """The events the text dates, for a reader's list: no fragments, and no event whose summary is
    told whole by a longer one of the same date and article ("affiliation" inside "its centenary of
    affiliation")."""
    dated = [e for e in tl.events if e.kind == "event" and e.placed_by_text() and not is_fragment(e)]
    by_day: dict[tuple, list[str]] = {}
    for e in dated:
        by_day.setdefault((e.doc, e.time.value), []).append(" ".join(words(e.summary)))
    return [e for e in dated if not _told_by_longer(" ".join(words(e.summary)), by_day[(e.doc, e.time.value)])]


def _told_by_longer(summary: str, same_day: list[str]) -> bool:
    return any(len(other) > len(summary) and f" {summary} " in f" {other} " for other in same_day)


def actor_ids(tl: Timeline, names: Iterable[str]) -> tuple[set[str], tuple[str, ...]]:
    """The ids of the actors called by any of `names` (name or alias, any case), and the names
    no actor answers to."""
    ids, unknown = set(), []
    for name in names:
        found = {a.id for a in tl.actors if name.strip().lower() in a.names()}
        ids |= found
        if not found:
            unknown.append(name)
    return ids, tuple(unknown)


def _involved(e: Event) -> set[str]:
    return {p.actor for p in e.actors} | {a for a in (e.speaker, e.addressee) if a}


def _passes(e: Event, policy: Policy, wanted: set[str]) -> bool:
    if policy.kind != "all" and e.kind + "s" != policy.kind:
        return False
    if policy.actors and not (_involved(e) & wanted):
        return False
    if policy.start and e.time.latest < policy.start:
        return False
    return not (policy.end and e.time.earliest > policy.end)


def _published(tl: Timeline) -> dict[str, Optional[date]]:
    return {d.id: d.published for d in tl.documents}


def position(e: Event, published: Optional[date] = None) -> date:
    """Where an item stands on a time axis: the middle of its dates, the part of a coarse
    interval that lies on its side of the publication date ("this century" said of the past
    is 2000 to the publication date, not 2000-2099)."""
    lo, hi = e.time.earliest, e.time.latest
    if published and e.status == "past" and lo <= published < hi:
        hi = published
    elif published and e.status == "future" and lo < published <= hi:
        lo = published
    return date.fromordinal((lo.toordinal() + hi.toordinal()) // 2)


# ---- ranking ----------------------------------------------------------------------------------

def main_actor(e: Event, types: dict[str, str]) -> Optional[str]:
    """Whose item it is: the speaker or agent, else a person or organisation taking part.
    A place is where something happens, not whose it is."""
    if e.speaker:
        return e.speaker
    for role in ("agent", "speaker", "patient", "addressee", "other"):
        for p in e.actors:
            if p.role == role and types.get(p.actor) != "GPE":
                return p.actor
    return None


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in S.TITLE_STOPWORDS}


class _Scorer:
    """An item's own worth: how much of its article's title it tells, how prominent its actor
    is, and how surely it is placed."""

    def __init__(self, tl: Timeline):
        self.types = {a.id: a.type for a in tl.actors}
        most = max((len(a.mentions) for a in tl.actors), default=0) or 1
        self.weight = {a.id: len(a.mentions) / most for a in tl.actors if not a.generic}
        self.titles = {d.id: _content(d.title or "") for d in tl.documents}

    def __call__(self, e: Event) -> float:
        score = 1.0 + self.weight.get(main_actor(e, self.types), 0.0)
        title = self.titles.get(e.doc)
        if title:
            score += 2.0 * len(title & _content(f"{e.summary} {e.quote or ''}")) / len(title)
        if e.kind == "statement":
            score += (0.5 if e.speaker else -0.7) + (0.2 if e.direct else 0.0)
        else:
            score += (0.3 if e.time.anchor == "absolute" else 0.0) + (0.3 if e.status == "future" else 0.0)
            score -= 0.0 if e.actors else 0.4
        return score


def _rank(tl: Timeline, items: list[Event], chosen: "_Chosen", order: dict[str, int]) -> tuple[list[Event], int]:
    """The items best first, greedily by penalised score (an item of a date the story chose
    scores more, the more the better that date), without repeats; and how many repeats were
    dropped. The story weighs in rather than taking the room: a date's events are many, and
    the chart still needs the day's other voices."""
    scorer, bonus = _Scorer(tl), _story_bonus(tl)
    heap = [(-score, order[e.id], score, e) for e in items for score in (scorer(e) + bonus.get(e.id, 0.0),)]
    heapq.heapify(heap)
    while heap and not chosen.full():
        _, n, score, e = heapq.heappop(heap)
        current = score * chosen.penalty(e)
        if heap and current < -heap[0][0]:
            heapq.heappush(heap, (-current, n, score, e))     # re-ranked lazily: penalties only grow
            continue
        chosen.add(e)
    return chosen.items, chosen.repeats


def _story_bonus(tl: Timeline) -> dict[str, float]:
    """Event id -> what being on one of the story's dates adds to its score."""
    bonus: dict[str, float] = {}
    for rank, story_date in enumerate(tl.story):
        for event_id in story_date.events:
            bonus.setdefault(event_id, STORY_BONUS * (1 - rank / len(tl.story)))
    return bonus


class _Chosen:
    """The items chosen so far, with what the penalties and the repeat check need."""

    def __init__(self, tl: Timeline, budget: Optional[int], per_day: Optional[int]):
        self.items: list[Event] = []
        self.repeats = 0
        self.types, self.published = {a.id: a.type for a in tl.actors}, _published(tl)
        self.budget, self.day_room = budget, per_day
        self.days: dict[date, int] = {}
        self.per_day: dict[tuple[date, str], int] = {}
        self.per_actor: dict[Optional[str], int] = {}
        self.quotes: dict[tuple, list[set[str]]] = {}

    def full(self) -> bool:
        return self.budget is not None and len(self.items) >= self.budget

    def penalty(self, e: Event) -> float:
        day = (position(e, self.published.get(e.doc)), e.kind)
        actor = main_actor(e, self.types)
        return (SAME_DAY_PENALTY ** self.per_day.get(day, 0)) * (SAME_ACTOR_PENALTY ** self.per_actor.get(actor, 0))

    def add(self, e: Event) -> None:
        day = position(e, self.published.get(e.doc))
        if self.day_room is not None and self.days.get(day, 0) >= self.day_room:
            return
        if e.kind == "statement":
            said = _content(e.quote or "")
            earlier = self.quotes.setdefault((e.speaker, day), [])
            if any(len(said & q) >= REPEAT_OVERLAP * max(1, min(len(said), len(q))) for q in earlier):
                self.repeats += 1
                return
            earlier.append(said)
        actor = main_actor(e, self.types)
        self.items.append(e)
        self.days[day] = self.days.get(day, 0) + 1
        self.per_day[(day, e.kind)] = self.per_day.get((day, e.kind), 0) + 1
        self.per_actor[actor] = self.per_actor.get(actor, 0) + 1


# ---- how a shown item reads -----------------------------------------------------------------

def short_name(actor: Actor) -> str:
    """The name a headline uses: a person's surname, an organisation's acronym; a description
    whole, as a line begins ("The former secretary of state", not "state")."""
    if actor.generic:
        return actor.line_name
    if actor.type == "PERSON":
        last = actor.name.split()[-1]
        return next((a for a in actor.aliases if a == last), last)
    acronyms = [a for a in actor.aliases if a.isupper() and 2 <= len(a) <= 6]
    return min(acronyms, key=len) if acronyms else actor.name


def speaker_label(e: Event, tl: Timeline) -> Optional[str]:
    """Who speaks, as a headline names them: "Corbyn", "JLM spokesperson"."""
    actor = tl.actor(e.speaker)
    if actor is None:
        return None
    short = short_name(actor)
    lead = e.summary.split(f" {e.trigger.text}", 1)[0] if e.trigger.text else ""
    if lead.startswith(actor.name) and 0 < len(lead.split()) - len(actor.name.split()) <= 2:
        return short + lead[len(actor.name):]       # "Jewish Labour Movement spokesperson" -> "JLM spokesperson"
    return short


def short_quote(quote: str, max_words: int = 10) -> str:
    """The telling part of a quote, in single quotation marks: the words the reporter quoted
    inside reported speech ("it is his “heartfelt wish” for …" -> "‘heartfelt wish’ for …"), else
    the main clause of a first sentence that opens with a long phrase, else its first words."""
    text = " ".join((quote or "").split())
    if text[:1] and text[0] in S.OPENING_QUOTES and text[-1] in S.CLOSING_QUOTES:
        text = text[1:-1].strip()
    inner = re.search(f"[{S.OPENING_QUOTES}]([^{S.CLOSING_QUOTES}]{{2,60}})[{S.CLOSING_QUOTES}]", text)
    if inner and inner.start() > 0:
        rest = words_after(text[inner.end():], max_words - len(inner.group(1).split()))
        return f"{S.LABEL_QUOTES[0]}{inner.group(1)}{S.LABEL_QUOTES[1]}{rest}"
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    head, _, tail = first.partition(", ")
    if tail and len(tail.split()) >= 5 and _opening_phrase(head):
        first = S.ELLIPSIS + tail
    cut = first.split()
    body = " ".join(cut[:max_words]).rstrip(".,;:") + (S.ELLIPSIS if len(cut) > max_words else "")
    return f"{S.LABEL_QUOTES[0]}{_single_quotes(body)}{S.LABEL_QUOTES[1]}"


def _opening_phrase(head: str) -> bool:
    """A long phrase before the main clause: "At every stage of crisis in …, the same pattern …"."""
    first = head.split()[0].lower() if head.split() else ""
    return len(head.split()) >= 6 and (first in S.PHRASE_OPENERS or first.endswith(S.PARTICIPLE_ENDING))


def words_after(text: str, n: int) -> str:
    """The first n words of `text`, with an ellipsis when there are more (quotation marks made single)."""
    cut = text.split()
    if n <= 0 or not cut:
        return S.ELLIPSIS if cut else ""
    more = S.ELLIPSIS if len(cut) > n else ""
    return " " + _single_quotes(" ".join(cut[:n])).rstrip(".,;:") + more


def _single_quotes(text: str) -> str:
    for mark in S.OPENING_QUOTES:
        text = text.replace(mark, S.LABEL_QUOTES[0]) if mark != '"' else text
    for mark in S.CLOSING_QUOTES:
        text = text.replace(mark, S.LABEL_QUOTES[1]) if mark != '"' else text
    return text


def headline(e: Event, tl: Timeline, max_words: int = 10) -> str:
    """One line for an item: "Corbyn: ‘heartfelt wish’ for JLM to remain…" for a statement with
    a known speaker, the summary otherwise."""
    if e.kind == "statement" and e.quote:
        speaker = speaker_label(e, tl)
        if speaker:
            return f"{speaker}: {short_quote(e.quote, max_words)}"
    return e.summary


def date_label(t: EventTime) -> str:
    """A date as a reader says it: "26 Feb 2019", "Mar 2019", "c. 2004", "1980s", "21st century"."""
    lo, hi, g = t.earliest, t.latest, t.granularity
    prefix = S.CIRCA if t.approximate and t.anchor != "dct" and lo != hi else ""
    if lo == hi:
        return lo.strftime("%-d %b %Y")
    if g == "century":
        n = lo.year // 100 + 1
        return prefix + f"{n}{S.CENTURY_SUFFIXES.get(n % 10 if n % 100 not in (11, 12, 13) else 0, 'th')} {S.CENTURY}"
    if g == "decade":
        return prefix + f"{lo.year}s"
    if lo.year != hi.year:
        return prefix + f"{lo.year}–{hi.year}"
    if g == "year" or (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        return prefix + str(lo.year)
    if g == "month" or (lo.month == hi.month and lo.day == 1 and hi.day >= 28):
        return prefix + lo.strftime("%b %Y")
    if lo.month == hi.month:
        return prefix + f"{lo.day}–{hi.strftime('%-d %b %Y')}"
    return prefix + f"{lo.strftime('%-d %b')}–{hi.strftime('%-d %b %Y')}"
