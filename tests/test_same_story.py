"""Many articles, one story: the same actor and the same event told by several articles are one.

`merge_en.txt` holds pairs of reports that must be one event or stay two; `identity_en.txt`
small collections of actors and which are the same entity; the articles in
`fixtures/story/` a story told three times, built end to end.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from timeline.identity import merge_actors
from timeline.model import Actor, Event, EventTime, Mention, Participant, Span
from timeline.same_events import merge_reports

from conftest import FIXTURES, corpus_lines

_TIME = re.compile(r"\{([^}]*)\}")
_AGENT = re.compile(r"\s*@(.+)$")


def _interval(value: str) -> tuple:
    if value == "-":
        return None, None
    parts = [int(p) for p in value.split("-")] if "W" not in value else None
    if parts is None:                                   # 2016-W37
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, date.fromisocalendar(int(year), int(week), 7)
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _report(n: int, kind: str, when: str, text: str) -> Event:
    """An event ("trigger: summary {time} @Agent") or statement ("speaker: quote") of article n."""
    head, _, body = text.partition(": ")
    earliest, latest = _interval(when)
    agent = _AGENT.search(body)
    body = _AGENT.sub("", body)
    time_text = _TIME.search(body)
    plain = _TIME.sub(r"\1", body)
    time = EventTime(when, earliest, latest, "day" if earliest and earliest == latest else "unknown", anchor="absolute",
                     text=time_text.group(1) if time_text else None) if earliest else None
    common = dict(id=f"e{n}", doc=f"article{n}", kind=kind, sentence=Span(0, len(plain), plain), time=time,
                  status="past")
    if kind == "statement":
        speaker = None if head == "-" else head
        return Event(summary=f"{head}: {plain}", trigger=Span(0, 4, "said"), quote=plain, speaker=speaker,
                     actors=(Participant(speaker, "speaker"),) if speaker else (), **common)
    actors = (Participant(agent.group(1), "agent"),) if agent else ()
    return Event(summary=plain, trigger=Span(0, len(head), head), actors=actors, **common)


@pytest.mark.parametrize("kind,when,first,second,expected", list(corpus_lines("merge_en.txt")))
def test_reports_of_one_event_are_one_and_others_stay_apart(kind, when, first, second, expected):
    first_when, _, second_when = when.partition("/")
    events = [_report(1, kind, first_when, first), _report(2, kind, second_when or first_when, second)]
    kept, merged_into = merge_reports(events)
    assert ("same" if len(kept) == 1 else "apart") == expected
    if expected == "same":
        assert merged_into == {"e2": "e1"} and [(s.doc, s.start) for s in kept[0].sources] == [("article2", 0)]


def _collection(text: str) -> list[tuple[str, list[Actor]]]:
    """"Name/TYPE=alias, Name/TYPE ; ..." -> the actors of each document, one mention each."""
    documents = []
    for n, doc in enumerate(text.split(" ; "), 1):
        actors = []
        for k, spec in enumerate(s.strip() for s in doc.split(", ")):
            names = spec.split("=")
            name, type_ = names[0].rsplit("/", 1)
            actors.append(Actor(f"d{n}:a{k}", name, type_, tuple(names[1:]), (Mention(0, len(name), name, type_),)))
        documents.append((f"d{n}", actors))
    return documents


@pytest.mark.parametrize("collection,facts", list(corpus_lines("identity_en.txt")))
def test_one_actor_per_entity_across_documents(collection, facts):
    documents = _collection(collection)
    actors, id_map = merge_actors(documents)
    by_id = {a.id: a for a in actors}
    merged = {a.name: id_map[(doc_id, a.id)] for doc_id, doc_actors in documents for a in doc_actors}
    for fact in facts.split(" ; "):
        if " != " in fact:
            a, b = fact.split(" != ")
            assert merged[a] != merged[b], fact
        elif " = " in fact:
            a, b = fact.split(" = ")
            assert merged[a] == merged[b], fact
        else:
            name, type_ = fact.split(" : ")
            assert by_id[merged[name]].type == type_, fact


STORY = FIXTURES / "story"


def test_a_story_told_by_three_articles_has_one_debate_and_one_actor_per_person():
    """The same debate, Trump, Obama and the EU, told three ways by three articles."""
    import timeline

    built = timeline.build(sorted(STORY.glob("*.txt")))
    names = lambda word: [a for a in built.actors if any(n.split()[-1:] == [word] for n in a.names())]
    for word in ("trump", "obama"):
        assert len(names(word)) == 1, [a.name for a in names(word)]
    assert len([a for a in built.actors if {"eu", "european union"} & a.names()]) == 1
    debates = [e for e in built.events if e.trigger.text.lower().startswith("debate")
               and e.time and e.time.earliest == date(2016, 9, 26)]
    assert len(debates) == 1
    assert {debates[0].doc, *(s.doc for s in debates[0].sources)} == {d.id for d in built.documents}
    from timeline.export.json_out import timeline_to_dict

    told = next(e for e in timeline_to_dict(built)["events"] if e["id"] == debates[0].id)
    assert told["support"] == 3 and len(told["sources"]) == len(debates[0].sources)


def test_a_scorer_of_single_articles_can_have_every_report_kept():
    import timeline

    built = timeline.build(sorted(STORY.glob("*.txt")), merge_reports=False)
    assert not any(e.sources for e in built.events)
    debates = {e.doc for e in built.events if e.trigger.text.lower().startswith("debate")
               and e.time and e.time.earliest == date(2016, 9, 26)}
    assert debates == {d.id for d in built.documents}
