"""The sample article read the way a careful reader does (tests/fixtures/*.expected.json)."""
from __future__ import annotations

import pytest

from conftest import SAMPLE

TEXT = None


def _body() -> str:
    import re
    text = SAMPLE.read_text(encoding="utf-8")
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    return text[m.end():] if m else text


def _context(ev, body: str) -> str:
    s = ev.sentence
    return " ".join([ev.summary, ev.trigger.text, body[s.start:s.end]]).lower()


def _names(actor) -> set[str]:
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}


def _events(expected):
    return [pytest.param(e, id=e["what"][:40]) for e in expected["events"]]


import json
from conftest import EXPECTED
EXPECTED_READING = json.loads(EXPECTED.read_text(encoding="utf-8"))


def _overlapping(timeline, lo: str, hi: str) -> list:
    """The events dated to a time that overlaps lo..hi (ISO dates)."""
    return [e for e in timeline.events if e.time and e.time.earliest and e.time.latest
            and e.time.earliest.isoformat() <= hi and e.time.latest.isoformat() >= lo]


@pytest.mark.parametrize("want", _events(EXPECTED_READING))
def test_event_is_dated_and_placed(sample_timeline, want):
    body = _body()
    lo, hi = want["overlaps"]
    hits = [e for e in _overlapping(sample_timeline, lo, hi) if e.status == want["status"]
            and any(m.lower() in _context(e, body) for m in want["mentions"])]
    assert hits, f"no {want['status']} event about {want['mentions']} overlapping {lo}..{hi}"


@pytest.mark.parametrize("want", EXPECTED_READING["actors"], ids=lambda a: a["name"])
def test_actor_with_aliases_merged(sample_timeline, want):
    need = {want["name"].lower(), *(s.lower() for s in want["same_as"])}
    assert any(need <= _names(a) for a in sample_timeline.actors), need


def test_no_spurious_actors(sample_timeline, expected_reading):
    names = {a.name.lower() for a in sample_timeline.actors}
    assert not names & {n.lower() for n in expected_reading["not_actors"]}


@pytest.mark.parametrize("want", EXPECTED_READING["statements"], ids=lambda s: s["quote_starts"][:30])
def test_statement_with_speaker(sample_timeline, want):
    known = {a["name"].lower(): {a["name"].lower(), *(s.lower() for s in a["same_as"])}
             for a in EXPECTED_READING["actors"]}
    wanted = known.get(want["speaker"].lower(), {want["speaker"].lower()})
    by_id = {a.id: a for a in sample_timeline.actors}
    for ev in sample_timeline.events:
        if ev.kind != "statement" or not ev.speaker:
            continue
        said = _names(by_id[ev.speaker])
        if any(w in n for w in wanted for n in said) and want["quote_starts"].lower() in (ev.quote or "").lower():
            assert want["cue"] in ev.trigger.text.lower()
            return
    pytest.fail(f"no statement by {want['speaker']} starting {want['quote_starts']!r}")


@pytest.mark.parametrize("want", EXPECTED_READING["relations"], ids=lambda r: r["meaning"])
def test_relation(sample_timeline, want):
    by_id = {a.id: a for a in sample_timeline.actors}
    assert any(want["source"].lower() in _names(by_id[r.source]) and want["target"].lower() in _names(by_id[r.target])
               for r in sample_timeline.relations), want


def test_35_years_after_in_a_2019_article_is_1984(sample_timeline):
    motion = [e for e in sample_timeline.events if "motion" in e.summary.lower() and e.time]
    assert motion and motion[0].time.value == "1984"


def test_meetings_a_week_after_the_letter_are_in_the_future(sample_timeline):
    meetings = [e for e in sample_timeline.events if e.trigger.text == "meetings"]
    assert meetings and meetings[0].status == "future"
    letter = [l for l in sample_timeline.links if l.source == meetings[0].id]
    assert letter and letter[0].type == "after"


def test_hypothetical_severing_is_marked(sample_timeline):
    severed = [r for r in sample_timeline.relations if r.type == "severed_ties_with"]
    assert severed and all(r.hypothetical for r in severed)


def test_events_sorted_by_earliest_then_document_order(sample_timeline):
    keys = [e.time.earliest for e in sample_timeline.events if e.time and e.time.earliest]
    assert keys == sorted(keys)
    dated_then_undated = [bool(e.time and e.time.earliest) for e in sample_timeline.events]
    assert dated_then_undated == sorted(dated_then_undated, reverse=True)


@pytest.mark.parametrize("wrong", EXPECTED_READING["not_dated"], ids=lambda w: w["what"][:40])
def test_event_is_not_misdated(sample_timeline, wrong):
    lo, hi = wrong["not_overlaps"]
    misdated = [e for e in _overlapping(sample_timeline, lo, hi)
                if any(m.lower() in " ".join([e.summary, e.trigger.text]).lower() for m in wrong["mentions"])]
    assert not misdated, [e.summary for e in misdated]
