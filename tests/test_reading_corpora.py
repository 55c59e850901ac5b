"""Statements and actors read from small corpora of (text, expected reading) lines."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.pipeline import analyse_all

from conftest import actor_names as _names, corpus_lines as _lines


def _read(text: str):
    return analyse_all([Document("t", text, date(2019, 2, 26))])[0]


@pytest.mark.parametrize("text,speaker,cue,starts,kind", list(_lines("statements_en.txt")))
def test_statement(text, speaker, cue, starts, kind):
    result = _read(text)
    actors = {a.id: a for a in result.actors.actors}
    found = []
    for ev in result.events:
        if ev.kind != "statement":
            continue
        said = _names(actors[ev.speaker]) if ev.speaker in actors else set()
        found.append((sorted(said), text[ev.trigger[0]:ev.trigger[1]], (ev.quote or "")[:40], ev.direct))
        if ((speaker.lower() in said if speaker != "-" else not said) and text[ev.trigger[0]:ev.trigger[1]] == cue
                and (starts == "none" or (ev.quote or "").startswith(starts)) and ev.direct == (kind == "direct")):
            return
    pytest.fail(f"no {kind} statement by {speaker} ({cue}) starting {starts!r}; found {found}")


@pytest.mark.parametrize("text,cue,ends", list(_lines("statement_ends_en.txt")))
def test_statement_words_end(text, cue, ends):
    result = _read(text)
    quotes = [(e.quote or "") for e in result.events if e.kind == "statement" and text[e.trigger[0]:e.trigger[1]] == cue]
    assert any(q.rstrip(" .").endswith(ends) for q in quotes), f"no statement ({cue}) ending {ends!r}; found {quotes}"


@pytest.mark.parametrize("text,word", list(_lines("not_statements_en.txt")))
def test_word_is_no_statement_cue(text, word):
    """Words a reader does not take for a statement of their own (part of another's words, …)."""
    result = _read(text)
    cues = [text[e.trigger[0]:e.trigger[1]] for e in result.events if e.kind == "statement"]
    assert word not in cues, f"{word!r} read as a cue; cues: {cues}"


def test_a_cue_inside_another_statement_stays_an_event_of_the_story():
    """"One volunteer offered to shelter the crew, Marlow said": part of Marlow's words, not a
    statement of its own, but still something that happened."""
    text = "One volunteer offered to shelter the crew at a nearby farm, Marlow said."
    kinds = {text[e.trigger[0]:e.trigger[1]]: e.kind for e in _read(text).events}
    assert kinds.get("offered") == "event" and kinds.get("said") == "statement", kinds


@pytest.mark.parametrize("text,cue,starts,ends,count", list(_lines("statement_spans_en.txt")))
def test_statement_span(text, cue, starts, ends, count):
    """Where a statement's words start and end, and how many statements a text is cut into."""
    statements = [ev for ev in _read(text).events if ev.kind == "statement"]
    found = [(text[ev.trigger[0]:ev.trigger[1]], ev.quote) for ev in statements]
    assert len(statements) == int(count), f"{len(statements)} statements, not {count}: {found}"
    assert any(said == cue and (quote or "").startswith(starts) and (quote or "").endswith(ends) for said, quote in found), \
        f"no statement ({cue}) from {starts!r} to {ends!r}; found {found}"


def test_generic_speakers_stay_in_their_own_story():
    from timeline.pipeline import merge
    a = analyse_all([Document("a", "Officials said the plan had failed.", date(2019, 2, 26)),
                     Document("b", "Officials said the bridge would open.", date(2019, 2, 26))])
    generic = [x for x in merge(a).actors if x.generic]
    assert len(generic) == 2 and {x.doc for x in generic} == {"a", "b"}


def test_described_speakers_are_no_one_named():
    """"The campaign said": a speaker of its own, marked as described (not taken for a person or
    an organisation of that name), one per article, and so in the graph a user loads."""
    from timeline.export import to_networkx
    from timeline.pipeline import merge
    a = analyse_all([Document("a", "The campaign said the rally had been cancelled.", date(2019, 2, 26)),
                     Document("b", "The campaign said the rally would go ahead.", date(2019, 2, 26))])
    tl = merge(a)
    speakers = {e.speaker for e in tl.events if e.kind == "statement"}
    described = [x for x in tl.actors if x.id in speakers]
    assert len(described) == 2 and all(x.generic for x in described) and {x.doc for x in described} == {"a", "b"}
    graph = to_networkx(tl)
    assert all(graph.nodes[x.id]["generic"] for x in described)


def test_an_agency_quoted_after_an_unnamed_agency_is_not_the_firm_named_before():
    """"Dallow Rail … a spokesman for the regional water agency … according to the agency": the
    agency quoted is the water agency, not the firm named last; "X, a toy firm. The firm said" is X."""
    text = ("Dallow Rail cut its timetable. A spokesman for the regional water agency said the dam was safe. "
            "According to the agency, the reservoir at Pellton is full.")
    result = _read(text)
    actors = {a.id: a for a in result.actors.actors}
    quoted = [actors[e.speaker] for e in result.events
              if e.kind == "statement" and text[e.trigger[0]:e.trigger[1]] == "According to"]
    assert quoted and all("dallow rail" not in _names(a) and "the agency" in _names(a) for a in quoted)


@pytest.mark.parametrize("text,groups,not_actors", list(_lines("actors_en.txt")))
def test_actors(text, groups, not_actors):
    actors = _read(text).actors.actors
    if groups != "-":
        for group in groups.split(" ;; "):
            names = {n.strip().lower() for n in group.split(" = ")}
            assert any(names <= _names(a) for a in actors), f"{names} not one actor in {[a.name for a in actors]}"
    if not_actors != "-":
        for bad in not_actors.split(" ;; "):
            assert all(bad.lower() not in _names(a) for a in actors), f"{bad} is an actor"


def test_deciding_with_nobody_named_is_no_statement():
    result = _read("Labour MPs will hold crunch meetings to decide if the party should split.")
    assert not [e for e in result.events if e.kind == "statement"]


@pytest.mark.parametrize("text,word", [("Governor Paul Dunmore is likely to sign the new budget bill.", "likely"),
                                       ("It is unclear whether Governor Paul Dunmore is aware of the rules.", "aware"),
                                       ("Her win in Utah means she will collect the bulk of the votes.", "means"),
                                       ("The television ads helped Paul Dunmore win the primary in May.", "helped"),
                                       ("The new rule makes the choice of a nominee crucial for the party.", "makes")])
def test_likelihood_consequence_and_states_inside_a_clause_are_no_statement(text, word):
    """Nobody states a likelihood, a consequence or a state reported inside another clause."""
    result = _read(text)
    assert not [e for e in result.events if e.kind == "statement" and text[e.trigger[0]:e.trigger[1]] == word]


def test_reported_content_stops_at_the_end_of_its_line():
    text = "Corbyn says it is his wish for JLM to stay\n\nMessage to the executive comes before meetings"
    result = _read(text)
    quotes = [text[e.quote_span[0]:e.quote_span[1]] for e in result.events if e.kind == "statement"]
    assert quotes and all("\n" not in q for q in quotes)


@pytest.mark.parametrize("opening,closing", [("“", "”"), ('"', '"')])
def test_a_subject_inside_a_quotation_opened_after_the_cue_is_no_speaker(opening, closing):
    # Wire copy sets quotations in straight marks, which open and close alike: the subject the
    # parse finds after "Asked", inside the quotation, is a word of what was said.
    from timeline.speakers.resolution import _outside_quotation
    text = f"Asked about the vote, he said, {opening}It was a mistake.{closing}"
    subject = text.index("It"), text.index("It") + 2
    assert _outside_quotation(text, 0, subject) is None
    closed = f"{opening}We lost,{closing} said Ruth Olsen."
    assert _outside_quotation(closed, closed.index("said"), (closed.index("Ruth"), len(closed) - 1)) is not None
