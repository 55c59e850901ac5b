"""Files people publish: TimelineJS, Gephi, Markdown, chart formats, all stable byte for byte."""
from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import networkx as nx
import pytest

from timeline.formats import FORMATS
from timeline.model import Document, Event, EventTime, Participant, Actor, Span, Timeline
from timeline.render import figure
from timeline.export.timelinejs import SHEET_COLUMNS, timelinejs
from timeline.selection import select


def _write_all(tl, out):
    out.mkdir()
    return {name: fmt.write(tl, out / f"t{fmt.suffix}") for name, fmt in FORMATS.items()}


def test_every_format_is_byte_identical_across_runs(sample_timeline, tmp_path):
    first, second = _write_all(sample_timeline, tmp_path / "a"), _write_all(sample_timeline, tmp_path / "b")
    for name in FORMATS:
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_gephi_and_graphml_files_read_back(sample_timeline, tmp_path):
    files = _write_all(sample_timeline, tmp_path / "o")
    for name in ("gexf", "graphml"):
        reader = nx.read_gexf if name == "gexf" else nx.read_graphml
        g = reader(files[name])
        assert g.number_of_nodes() == len(sample_timeline.actors) + len(sample_timeline.events)
        assert any(d.get("relation") == "renamed_to" or d.get("type") == "renamed_to" for *_, d in g.edges(data=True))
    nodelink = json.loads(files["nodelink"].read_text())
    assert len(nodelink["nodes"]) == len(sample_timeline.actors) + len(sample_timeline.events)


def test_timelinejs_has_every_required_field(sample_timeline):
    data = timelinejs(sample_timeline)
    assert data["title"]["text"]["headline"]
    assert [ev["unique_id"] for ev in data["events"]] == [e.id for e in select(sample_timeline, limit=100).shown]
    events = {e.id: e for e in sample_timeline.events}
    for ev in data["events"]:
        assert isinstance(ev["start_date"]["year"], int)
        assert ev["text"]["headline"] and ev["text"]["text"]
        if "end_date" in ev:
            assert (ev["end_date"]["year"], ev["end_date"].get("month", 12)) >= (ev["start_date"]["year"], ev["start_date"].get("month", 1))
        if "display_date" in ev:
            assert events[ev["unique_id"]].time.approximate, "only approximate dates carry a display date"
    approximate = [ev for ev in data["events"] if ev.get("display_date", "").startswith("c. ")]
    assert approximate, "approximate dates carry a display date"
    statements = [ev["text"]["headline"] for ev in data["events"] if events[ev["unique_id"]].kind == "statement"]
    assert any(h.startswith("Corbyn: ‘heartfelt wish’") for h in statements), "a statement's slide says who said what"


def test_knight_lab_sheet_columns(sample_timeline, tmp_path):
    path = FORMATS["sheet"].write(sample_timeline, tmp_path / "t.csv")
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows[0] == SHEET_COLUMNS
    assert rows[1][SHEET_COLUMNS.index("Type")] == "title"
    assert all(r[0].isdigit() for r in rows[2:])


def test_markdown_lists_dated_events_with_sources(sample_timeline, tmp_path):
    text = FORMATS["md"].write(sample_timeline, tmp_path / "t.md").read_text()
    assert "## What happened when" in text and "**1984**" in text and "*(future)*" in text
    assert "Jewish News" in text and "## Who said what" in text


def _label_boxes(tl):
    fig = figure(tl)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in fig.axes[0].texts if t.get_gid() == "label"]
    return fig, boxes


def _assert_apart(boxes):
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.overlaps(b)


def _synthetic(n: int) -> Timeline:
    """n events: a century of sparse history and a dense last month, as in real stories."""
    doc = Document("d", "x", date(2019, 2, 26), "A generated story", "Test")
    actors = tuple(Actor(f"a{i}", f"Actor {i}", "ORG") for i in range(12))
    events = []
    for i in range(n):
        if i % 3 == 0:
            d0 = date(1920 + i // 2, 1, 1)
            t = EventTime(str(d0.year), d0, date(d0.year, 12, 31), "year", i % 9 == 0, "absolute")
        else:
            d0 = date(2019, 2, 26) - timedelta(days=(n - i) % 40) + timedelta(days=5 if i % 7 == 0 else 0)
            t = EventTime(d0.isoformat(), d0, d0, "day", False, "absolute")
        status = "future" if t.earliest > date(2019, 2, 26) else "past"
        events.append(Event(f"e{i}", "d", "event", f"Event number {i} about something that happened", Span(0, 1, "x"),
                            Span(0, 1, "x"), t, status, (Participant(f"a{i % 12}", "agent"),)))
    events.sort(key=lambda e: e.time.earliest)
    return Timeline((doc,), actors, tuple(events), (), (), "A generated story")


def test_sample_chart_labels_do_not_overlap(sample_timeline):
    _, boxes = _label_boxes(sample_timeline)
    assert len(boxes) >= 10
    _assert_apart(boxes)


@pytest.mark.parametrize("n", [3, 150])
def test_small_and_large_charts_keep_labels_apart_and_say_what_is_left_out(n):
    fig, boxes = _label_boxes(_synthetic(n))
    assert boxes
    _assert_apart(boxes)
    frame = fig.axes[0].get_window_extent(fig.canvas.get_renderer())
    assert all(frame.y0 <= b.y0 and b.y1 <= frame.y1 for b in boxes), "labels stay inside the plot"
    caption = " ".join(t.get_text() for t in fig.axes[0].texts if t.get_gid() == "caption")
    if n == 150:
        assert "most telling of 150 items are shown" in caption
