"""The same event or statement told by several articles: one `Event` with the other reports in
its `sources`.

Two events are one when they are dated to the same interval (or one to a few days, the other to
the one of them most reports tell), have the same predicate ("debate",
"debated"), no two different agents, and share most of their words ("Monday's debate", "the
first televised debate Monday night"); a light predicate ("is", "has", "said") asks for
nearly the same sentence, and an undated event for the very same one. Two statements are one
when the same speaker says nearly the same words. Events are compared only within blocks of the
same date and predicate, statements only with earlier ones that share a run of three words with
them, so the work grows with the events, not with their pairs. The event that comes first in
the timeline's order stands for the others and keeps its id.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import timedelta
from functools import cached_property, lru_cache
from typing import Optional

from .groups import FirstLed
from .lexicon import events as W, time_words as T
from .model import Event, Source

# Words shared by two summaries, over the words of the shorter one.
SUMMARY_OVERLAP = 0.5
# Words shared by two sentences (or quotes), over all the words of both.
SAME_SENTENCE = 0.8
SAME_QUOTE = 0.6
MIN_QUOTE_WORDS = 2             # content words: a shorter quote is a phrase many people use
MIN_UNATTRIBUTED_QUOTE_WORDS = 6
# How far back in a block an event looks for its match, and how many earlier statements share a
# run of words before that run stops being a clue: both keep the work linear on large stories.
BLOCK_WINDOW = 64
SHINGLE_LIMIT = 64
SHORT_QUOTE_RUNS = 12           # runs of a quote all indexed; of a longer one, every third
# An event dated to an interval this short may be the event of one of its days, the one with
# CLEAR_MAJORITY times the reports of any other.
WIDEST_INTERVAL_DAYS = 8
CLEAR_MAJORITY = 2

_WORD = re.compile(r"[^\W_]+")
_AGENT = "agent"


@lru_cache(maxsize=200_000)
def _content_stem(word: str) -> str:
    """The stem of a lower-case word, or "" for a function word (cached: a story has a
    vocabulary of some ten thousand words and a million running words)."""
    return "" if word in W.FUNCTION_WORDS or len(word) < 2 else _stem(word)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    for ending in W.INFLECTION_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def content_words(text: Optional[str], leaving_out: Optional[str] = None) -> frozenset[str]:
    """The stems of a text's words that are not function words (nor words of `leaving_out`: the
    date two events of a block share anyway)."""
    stems = frozenset(map(_content_stem, _WORD.findall(text.lower()))) if text else frozenset()
    stems = stems - {""}
    return stems - content_words(leaving_out) if leaving_out else stems


_NUMBER_WORDS = {w: str(n) for w, n in T.NUMBER_WORDS.items() if len(w) > 2}


def numbers(text: Optional[str], leaving_out: Optional[str] = None) -> frozenset[str]:
    """The numbers a text says, in figures or words ("11", "eleven" -> "11")."""
    words = _WORD.findall((text or "").lower())
    found = frozenset(w if w.isdigit() else _NUMBER_WORDS[w] for w in words if w.isdigit() or w in _NUMBER_WORDS)
    return found - numbers(leaving_out) if leaving_out else found


def _quote_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def _shingles(event: Event) -> list[tuple]:
    """Runs of three words of a quote, with its speaker, in the quote's order: two reports of
    one statement share one."""
    words = _quote_words(event.quote)
    runs = ((event.speaker, *words[k:k + 3]) for k in range(max(len(words) - 2, 1))) if words else ()
    return list(dict.fromkeys(runs))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def overlap(a: frozenset, b: frozenset) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


class _Report:
    """What two reports are compared by, worked out when first needed (most events are alone
    in their block and never compared)."""

    def __init__(self, event: Event):
        self.event = event
        trigger = event.trigger.text.lower()
        self.light = trigger in W.LIGHT_PREDICATES
        self.predicate = _stem(trigger)

    @cached_property
    def summary(self) -> frozenset[str]:
        return content_words(self.event.summary, self.event.time.text if self.event.time else None)

    @cached_property
    def numbers(self) -> frozenset[str]:
        text = self.event.quote if self.event.kind == "statement" else self.event.summary
        return numbers(text, self.event.time.text if self.event.time else None)

    @cached_property
    def agents(self) -> frozenset[str]:
        return frozenset(p.actor for p in self.event.actors if p.role == _AGENT)

    @cached_property
    def one_day(self) -> bool:
        t = self.event.time
        return bool(t and t.earliest and t.earliest == t.latest)

    @cached_property
    def quote(self) -> frozenset[str]:
        return content_words(self.event.quote)

    @cached_property
    def sentence(self) -> frozenset[str]:
        return content_words(self.event.sentence.text)


def same_event(a: _Report, b: _Report) -> bool:
    """Two dated events of one block (same interval, same predicate) are one."""
    if a.agents and b.agents and not a.agents & b.agents:
        return False
    if a.light or b.light:
        return jaccard(a.sentence, b.sentence) >= SAME_SENTENCE
    if _other_numbers(a, b):
        return False                  # "killed 13" is not "killed 40"
    shared = a.summary & b.summary
    if len(shared) >= 2 and overlap(a.summary, b.summary) >= SUMMARY_OVERLAP:
        return True
    # A bare mention of one day's occasion ("Monday's debate") is that day's debate however
    # another article tells it; "a 2014 study" is not every study of that year.
    return a.one_day and shared == {a.predicate} and min(len(a.summary), len(b.summary)) == 1


def _other_numbers(a: _Report, b: _Report) -> bool:
    return bool(a.numbers and b.numbers and a.numbers != b.numbers and not a.numbers & b.numbers)


def same_statement(a: _Report, b: _Report) -> bool:
    """The same words said by the same speaker (or, with no speaker, the same long quote)."""
    if a.event.speaker != b.event.speaker:
        return False
    wa, wb = a.quote, b.quote
    if _other_numbers(a, b):
        return False
    if min(len(wa), len(wb)) < (MIN_QUOTE_WORDS if a.event.speaker else MIN_UNATTRIBUTED_QUOTE_WORDS):
        return False
    if not a.event.speaker:
        return jaccard(wa, wb) >= SAME_SENTENCE
    return jaccard(wa, wb) >= SAME_QUOTE or len(wa & wb) >= 0.9 * min(len(wa), len(wb))


def _dated(event: Event) -> Optional[tuple]:
    t = event.time
    if t is None or t.earliest is None or t.latest is None or t.anchor == "context":
        return None
    return (t.earliest, t.latest)


def _join_events(reports: list[_Report], groups: FirstLed) -> None:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        if r.event.kind != "event":
            continue
        when = _dated(r.event)
        if when is None:
            # Undated: only the very same sentence, as wire copy repeats it.
            key = (r.predicate, None, r.event.sentence.text.strip().lower())
        else:
            key = (r.predicate, when)
        block = blocks[key]
        for j in reversed(block[-BLOCK_WINDOW:]):
            if when is None or same_event(reports[j], r):
                groups.union(j, i)
                break
        block.append(i)
    _join_days_of_weeks(reports, groups, blocks)


def _join_days_of_weeks(reports: list[_Report], groups: FirstLed, blocks: dict[tuple, list[int]]) -> None:
    """An event dated to a few days ("last week's debate") is the event of one of those days
    that it matches: the only one, or the one that CLEAR_MAJORITY times more reports tell."""
    for (predicate, *when), members in list(blocks.items()):
        if not when or when[0] is None:
            continue
        first, last = when[0]
        span = (last - first).days
        if not 0 < span < WIDEST_INTERVAL_DAYS:
            continue
        days = [first + timedelta(days=k) for k in range(span + 1)]
        for i in members:
            matches = []                  # (reports of that day that match, the first of them)
            for day in days:
                found = [j for j in blocks.get((predicate, (day, day)), ())[:BLOCK_WINDOW]
                         if same_event(reports[j], reports[i])]
                if found:
                    matches.append((len(found), found[0]))
            matches.sort(reverse=True)
            if matches and (len(matches) == 1 or matches[0][0] >= CLEAR_MAJORITY * matches[1][0]):
                groups.union(matches[0][1], i)


def _join_statements(reports: list[_Report], groups: FirstLed) -> None:
    """Each statement joins the first earlier one, by the order of their shared runs of words,
    that tells the same words."""
    seen: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        if r.event.kind != "statement":
            continue
        shingles = _shingles(r.event)
        tried: set[int] = set()
        for j in (j for s in shingles for j in seen.get(s, ())):
            if j in tried:
                continue
            tried.add(j)
            if same_statement(reports[j], r):
                groups.union(j, i)
                break
            if len(tried) >= BLOCK_WINDOW:
                break
        # Of a long quote every third run is enough to be found by: a later report sharing five
        # words in a row with it shares one of these runs.
        for s in shingles[::1 if len(shingles) <= SHORT_QUOTE_RUNS else 3]:
            if len(seen[s]) < SHINGLE_LIMIT:
                seen[s].append(i)


def merge_reports(events: list[Event]) -> tuple[list[Event], dict[str, str]]:
    """The events with each group of reports of one event made one; and, for each event merged
    into another, the id of the one it became. The order and the ids of the kept events do not
    change."""
    reports = [_Report(e) for e in events]
    groups = FirstLed(len(events))
    _join_events(reports, groups)
    _join_statements(reports, groups)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        members[groups.find(i)].append(i)
    kept, merged_into = [], {}
    for lead in sorted(members):
        group = [events[i] for i in members[lead]]
        kept.append(_one_event(group))
        merged_into.update({e.id: group[0].id for e in group[1:]})
    return kept, merged_into


def _one_event(group: list[Event]) -> Event:
    """The first report, with every other as a source and the participants of all."""
    lead = group[0]
    if len(group) == 1:
        return lead
    own = (lead.doc, lead.sentence.start, lead.sentence.end)
    sources, seen = [], {own}
    for e in group[1:]:
        where = (e.doc, e.sentence.start, e.sentence.end)
        if where not in seen:
            seen.add(where)
            sources.append(Source(*where))
    participants = list(lead.actors)
    present = {p.actor for p in participants}
    for e in group[1:]:
        for p in e.actors:
            if p.actor not in present:
                present.add(p.actor)
                participants.append(p)
    return replace(lead, sources=tuple(sources), actors=tuple(participants))
