"""The chart a newsroom publishes: who said what, readable in a 700 px column, labels that never
overlap, text an editor can change, alt text beside it; and the one policy of what is shown."""
from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import SAMPLE, corpus_lines
from timeline.model import Actor, Document, Event, EventTime, Participant, Span, Timeline
from timeline.render import DENSITY, chart, save
from timeline.selection import Policy, is_fragment, select, short_quote


def _boxes(drawn, gid):
    renderer = drawn.figure.canvas.get_renderer()
    ax = drawn.figure.axes[0]
    artists = ax.texts if gid == "label" else ax.patches
    return [a.get_window_extent(renderer) for a in artists if a.get_gid() == gid]


def _apart(boxes):
    return all(not a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


@pytest.mark.parametrize("width", [700, 1200])
def test_sample_chart_shows_who_said_what_without_overlaps(sample_timeline, width):
    drawn = chart(sample_timeline, width=width)
    labels = [t.get_text().replace("\n", " ") for t in drawn.figure.axes[0].texts if t.get_gid() == "label"]
    assert any(re.search(r"(^|\d{4} )Corbyn: ‘heartfelt wish’", t) for t in labels), labels
    assert any(re.search(r"(^|\d{4} )JLM spokesperson: ‘", t) for t in labels), labels
    for gid in ("label", "label-box"):
        boxes = _boxes(drawn, gid)
        assert len(boxes) >= 8 and _apart(boxes), gid
        assert all(0 <= b.x0 and b.x1 <= width for b in boxes), "labels stay inside the chart"
    fig_w, fig_h = drawn.figure.get_size_inches() * drawn.figure.dpi
    assert round(fig_w) == width
    caption = [t for t in drawn.figure.axes[0].texts if t.get_gid() == "caption"][0]
    assert caption.get_window_extent(drawn.figure.canvas.get_renderer()).x1 <= width, "the caption wraps to fit"


def test_png_is_drawn_at_twice_the_width(sample_timeline):
    import struct

    png = save(chart(sample_timeline, width=700).figure, "png")
    assert struct.unpack(">I", png[16:20])[0] == 700 * DENSITY


def test_svg_and_pdf_keep_text_editable(sample_timeline):
    drawn = chart(sample_timeline, width=700)
    svg = save(drawn.figure, "svg").decode("utf-8")
    assert "<text" in svg and "heartfelt wish" in svg
    pdf = save(drawn.figure, "pdf")
    assert b"/Type3" not in pdf and b"/FontFile2" in pdf


def test_alt_text_is_written_beside_the_chart(run_cli, tmp_path):
    code, _, err = run_cli("build", SAMPLE, "--out", tmp_path, "--format", "png,svg", "--width", "narrow", "-q")
    assert code == 0, err
    alt = (tmp_path / "jlm-letter-2019.alt.txt").read_text(encoding="utf-8")
    assert alt.startswith("Timeline chart: ") and "(statement): Corbyn: ‘heartfelt wish’" in alt


@pytest.mark.parametrize("option, check", [
    (("--kind", "statements"), lambda e, tl: e.kind == "statement"),
    (("--kind", "events"), lambda e, tl: e.kind == "event"),
    (("--actor", "Corbyn"), lambda e, tl: "a1" in {p.actor for p in e.actors} | {e.speaker}),
    (("--from", "2000", "--to", "2018"), lambda e, tl: date(2000, 1, 1) <= e.time.latest and e.time.earliest <= date(2018, 12, 31)),
])
def test_policy_options_choose_what_every_shown_output_holds(run_cli, tmp_path, sample_timeline, option, check):
    import json

    code, _, err = run_cli("build", SAMPLE, "--out", tmp_path, "--format", "timelinejs", "-q", *option)
    assert code == 0, err
    slides = json.loads((tmp_path / "jlm-letter-2019.timelinejs.json").read_text(encoding="utf-8"))["events"]
    events = {e.id: e for e in sample_timeline.events}
    assert slides and all(check(events[s["unique_id"]], sample_timeline) for s in slides)


def test_max_events_caps_every_shown_output(sample_timeline):
    assert len(select(sample_timeline, Policy(max_events=5)).shown) == 5
    assert len(chart(sample_timeline, Policy(max_events=5), width=1200).labelled) <= 5


@pytest.mark.parametrize("quote, expected", [p for p in corpus_lines("show_en.txt") if p.values[1] not in ("fragment", "event")])
def test_a_statement_reads_as_its_telling_words(quote, expected):
    assert short_quote(quote, 12) == expected


@pytest.mark.parametrize("summary, verdict", [p for p in corpus_lines("show_en.txt") if p.values[1] in ("fragment", "event")])
def test_fragments_are_not_shown(summary, verdict):
    t = EventTime("2019", date(2019, 1, 1), date(2019, 12, 31), "year", False, "absolute")
    e = Event("e1", "d", "event", summary, Span(0, 1, "x"), Span(0, 1, "x"), t, "past")
    assert is_fragment(e) == (verdict == "fragment")


def _two_documents() -> Timeline:
    """A later article listed first, and a past event dated "this century"."""
    docs = (Document("late", "x", date(2019, 3, 1), "Later", "Paper"), Document("early", "x", date(2019, 1, 1), "Early", "Paper"))
    actors = (Actor("a1", "Ann Example", "PERSON"),)
    century = EventTime("20", date(2000, 1, 1), date(2099, 12, 31), "century", False, "dct")
    day = EventTime("2019-01-01", date(2019, 1, 1), date(2019, 1, 1), "day", False, "absolute")
    events = (Event("e1", "early", "event", "Ann Example led the party this century", Span(0, 1, "x"), Span(0, 1, "x"),
                    century, "past", (Participant("a1", "agent"),)),
              Event("e2", "early", "event", "Ann Example resigned from the party", Span(0, 1, "x"), Span(0, 1, "x"),
                    day, "past", (Participant("a1", "agent"),)))
    return Timeline(docs, actors, events, title="Two articles")


def test_published_line_and_subtitle_agree_and_coarse_intervals_are_no_bands():
    drawn = chart(_two_documents(), width=700)
    texts = {t.get_gid(): t.get_text() for t in drawn.figure.axes[0].texts}
    assert "1 Mar 2019" in texts["published"] and "1 March 2019" in texts["subtitle"]
    century = next(i for i in drawn.items if i.event.id == "e1")
    assert century.x0 == century.x1, "'this century' is a marker, not a band over the axis"
    resigned = next(i for i in drawn.items if i.event.id == "e2")
    assert century.x < resigned.x, "a past 'this century' stands before the events of 2019, not in 2049"


def test_a_story_lifts_its_dates_and_its_absence_ranks_by_the_title(sample_timeline):
    import dataclasses

    from timeline.model import StoryDate

    plain = select(sample_timeline, limit=3).ranked
    assert plain[0].kind == "statement" and "heartfelt wish" in plain[0].quote, "the headline quote comes first"
    later = [e for e in sample_timeline.events if e.status == "future" and e.placed_by_text()][0]
    story = (StoryDate(later.time.earliest, ("The meetings.",), (later.id,), ()),)
    place = lambda ranked: [e.id for e in ranked].index(later.id)
    with_story = select(dataclasses.replace(sample_timeline, story=story)).ranked
    assert place(with_story) < place(select(sample_timeline).ranked), "an item of the story's date ranks higher"
