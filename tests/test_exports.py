"""The files a user takes elsewhere: JSON schema, CSV columns, GraphML that networkx reads, atomic writes."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from timeline.export import CSV_COLUMNS, atomic_write, to_networkx, write_csv, write_graphml, write_json
from timeline.model import GRANULARITIES, STATUSES
from timeline.render import figure, render_png


def test_json_follows_the_schema(sample_timeline, tmp_path):
    data = json.loads(write_json(sample_timeline, tmp_path / "t.json").read_text())
    assert data["schema"] == "timeline/1"
    ids = {a["id"] for a in data["actors"]}
    for e in data["events"]:
        assert e["kind"] in ("event", "statement") and e["status"] in STATUSES
        assert e["time"] is None or e["time"]["granularity"] in GRANULARITIES
        assert {"id", "doc", "summary", "trigger", "sentence", "time", "actors", "quote", "speaker"} <= set(e)
        if e["time"] and e["time"]["earliest"] and e["time"]["latest"]:
            assert e["time"]["earliest"] <= e["time"]["latest"]
        if e["kind"] == "statement":
            # A statement whose source the text leaves unnamed ("… are expected to …") has none.
            assert (e["speaker"] in ids or e["speaker"] is None) and "quote_span" in e and isinstance(e["direct"], bool)
        assert all(p["actor"] in ids for p in e["actors"])
    for r in data["relations"]:
        assert r["source"] in ids and r["target"] in ids


def test_offsets_quote_the_text(sample_timeline):
    text = sample_timeline.documents[0].text
    for e in sample_timeline.events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        if e.quote_span and e.direct:
            assert text[e.quote_span[0]:e.quote_span[1]].startswith(e.quote.split(" … ")[0][:20])


def test_csv_has_the_spec_columns_and_one_row_per_event(sample_timeline, tmp_path):
    path = write_csv(sample_timeline, tmp_path / "t.csv")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[0] == CSV_COLUMNS
    assert [r[CSV_COLUMNS.index("event_id")] for r in rows[1:]] == [e.id for e in sample_timeline.events]


def test_graphml_reads_back_in_networkx(sample_timeline, tmp_path):
    g = nx.read_graphml(write_graphml(sample_timeline, tmp_path / "t.graphml"))
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"actor", "event"}
    edge_kinds = {d.get("kind") for *_, d in g.edges(data=True)}
    assert {"participant", "relation", "temporal"} <= edge_kinds
    assert to_networkx(sample_timeline).number_of_nodes() == g.number_of_nodes()


def test_same_input_gives_the_same_bytes(sample_timeline, tmp_path):
    for name, write in (("a", write_json), ("b", write_json)):
        write(sample_timeline, tmp_path / f"{name}.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert render_png(sample_timeline) == render_png(sample_timeline)


def test_interrupted_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "t.json"
    target.write_text("good")

    def explode(tmp):
        tmp.write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, explode)
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_chart_labels_never_overlap(sample_timeline):
    fig = figure(sample_timeline)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_gid() == "label"]
    assert len(boxes) >= 10
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b)


def test_chart_is_a_png(sample_timeline):
    assert render_png(sample_timeline)[:8] == b"\x89PNG\r\n\x1a\n"
