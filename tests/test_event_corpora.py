"""Events and relations read from small corpora of (text, expected reading) lines."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.pipeline import analyse_all

from conftest import actor_names as _names, corpus_lines as _lines


def _read(text: str, published: date = date(2019, 2, 26)):
    return analyse_all([Document("t", text, published)])[0]


@pytest.mark.parametrize("text,published,trigger,value,status,anchor", list(_lines("events_en.txt")))
def test_event(text, published, trigger, value, status, anchor):
    result = _read(text, date.fromisoformat(published))
    found = []
    if status == "none":        # a fragment that is no event: no event has this trigger
        triggers = [text[ev.trigger[0]:ev.trigger[1]] for ev in result.events]
        assert trigger not in triggers, f"{trigger!r} is not an event; found {triggers}"
        return
    for ev in result.events:
        time = ev.time
        reading = (text[ev.trigger[0]:ev.trigger[1]], time.value if time else "-", ev.status,
                   time.anchor.split(":")[0] if time else "-")
        found.append(reading)
        if reading == (trigger, value, status, anchor):
            return
    pytest.fail(f"no event {trigger} {value} {status} {anchor}; found {found}")


@pytest.mark.parametrize("text,published,trigger,earliest,latest", list(_lines("event_spans_en.txt")))
def test_event_interval(text, published, trigger, earliest, latest):
    result = _read(text, date.fromisoformat(published))
    found = []
    for ev in result.events:
        time = ev.time
        reading = (text[ev.trigger[0]:ev.trigger[1]],
                   time.earliest.isoformat() if time and time.earliest else "-",
                   time.latest.isoformat() if time and time.latest else "-")
        found.append(reading)
        if reading == (trigger, earliest, latest):
            return
    pytest.fail(f"no event {trigger} {earliest}..{latest}; found {found}")


@pytest.mark.parametrize("text,source,rtype,target,kind", list(_lines("relations_en.txt")))
def test_relation(text, source, rtype, target, kind):
    result = _read(text)
    actors = {a.id: a for a in result.actors.actors}
    found = []
    for rel in result.relations:
        src, dst = actors[rel.source], actors[rel.target]
        found.append((src.name, rel.type, dst.name, rel.hypothetical))
        matches = source.lower() in _names(src) and target.lower() in _names(dst) and rel.type == rtype
        if kind == "none":          # a relation the text does not state
            assert not matches, f"{source} {rtype} {target} is not stated; found {found}"
        elif matches and rel.hypothetical == (kind == "hypothetical"):
            return
    if kind != "none":
        pytest.fail(f"no {kind} relation {source} {rtype} {target}; found {found}")


@pytest.mark.parametrize("text,trigger,summary", list(_lines("summaries_en.txt")))
def test_event_summary(text, trigger, summary):
    result = _read(text)
    found = {text[ev.trigger[0]:ev.trigger[1]]: ev.summary for ev in result.events}
    assert found.get(trigger) == summary, found
