"""The library as a notebook user meets it: a DataFrame, a networkx graph, save and load, the
statements of a speaker by any of their names, a short repr, and clear errors for wrong input."""
from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from conftest import SAMPLE

import timeline
from timeline.export.json_in import TimelineFileError
from timeline.model import Document


def test_save_then_load_gives_the_same_timeline(sample_timeline, tmp_path):
    written = sample_timeline.save(tmp_path, ["json", "csv", "md"], name="jlm")
    assert [p.name for p in written] == ["jlm.json", "jlm.csv", "jlm.md"] and all(p.is_file() for p in written)
    loaded = timeline.load(written[0])
    assert loaded == sample_timeline
    assert loaded.save(tmp_path / "again", ["json"])[0].read_bytes() == written[0].read_bytes()


def test_load_names_the_file_when_it_is_not_a_timeline(tmp_path):
    for content in ("not json", '{"schema": "other"}', '{"schema": "timeline/1", "documents": [{}]}'):
        path = tmp_path / "x.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(TimelineFileError, match="x.json"):
            timeline.load(path)


def test_a_dataframe_has_one_flat_row_per_event(sample_timeline):
    pd = pytest.importorskip("pandas")
    frame = sample_timeline.to_dataframe()
    assert len(frame) == len(sample_timeline.events)
    assert list(frame["event_id"]) == [e.id for e in sample_timeline.events]
    ids = {a.id for a in sample_timeline.actors}
    names = {a.name for a in sample_timeline.actors}
    said = frame[frame["kind"] == "statement"]
    assert set(said["speaker"]) - {""} <= names and not set(said["speaker"]) & ids     # names, not ids
    assert pd.api.types.is_datetime64_any_dtype(frame["earliest"])
    assert (frame["earliest"].dropna() <= frame["latest"].dropna()).all()


def test_networkx_graph_has_actors_and_events(sample_timeline):
    g = sample_timeline.to_networkx()
    assert g.number_of_nodes() == len(sample_timeline.actors) + len(sample_timeline.events)


def test_statements_by_any_of_a_speakers_names(sample_timeline):
    corbyn = next(a for a in sample_timeline.actors if a.name == "Jeremy Corbyn")
    by_him = [e for e in sample_timeline.events if e.kind == "statement" and e.speaker == corbyn.id]
    assert by_him
    for name in ("Corbyn", "Jeremy Corbyn", "corbyn", corbyn.id):
        assert list(sample_timeline.statements(speaker=name)) == by_him
    assert sample_timeline.statements(speaker="Nobody Atall") == ()
    assert len(sample_timeline.statements()) == sum(e.kind == "statement" for e in sample_timeline.events)


def test_repr_is_one_short_line(sample_timeline):
    text = repr(sample_timeline)
    assert len(text) < 300 and "\n" not in text and "events" in text and "statements" in text


def test_build_takes_one_path_as_a_string_and_refuses_other_things():
    one = timeline.build(str(SAMPLE))
    assert one == timeline.build([SAMPLE])          # a bare string is one path, not its characters
    for wrong in (42, [42], {"a": 1}, [str(SAMPLE), None]):
        with pytest.raises(TypeError, match="build"):
            timeline.build(wrong)


def test_a_documents_publication_date_is_checked_where_it_is_given():
    assert Document("d", "text", "2019-02-26").published == date(2019, 2, 26)
    assert Document("d", "text", date(2019, 2, 26)) == Document("d", "text", "2019-02-26")
    assert dataclasses.replace(Document("d", "t"), published="2019-02-26T10:00:00Z").published == date(2019, 2, 26)
    with pytest.raises(ValueError, match="published"):
        Document("d", "text", "26/02/2019x")
    with pytest.raises(TypeError, match="published"):
        Document("d", "text", 20190226)
