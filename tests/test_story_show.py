"""A collection's story in every shown output: the chart draws a box per story date with its
sentences, best dates first, on a time axis; TimelineJS has a slide per date with its sentences
and their articles; the page opens on the story. A single article keeps its event chart.
Article text stays text in all of them."""
from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from conftest import CORPUS
from test_html_page import browser  # noqa: F401  (the headless browser fixture; skips without Chromium)
from timeline.export.html_page import html_page
from timeline.export.safe import html_text
from timeline.export.timelinejs import timelinejs
from timeline.model import Source, StoryDate
from timeline.render import Chart, alt_text, chart
from timeline.render_story import StoryChart, room
from timeline.selection import Policy, story_shown

STORY_FOLDER = CORPUS / "story_show"
SURE = {700: 5, 1200: 8}          # the best dates a chart of that width shows for this collection


@pytest.fixture(scope="module")
def bridge():
    import timeline

    return timeline.build([STORY_FOLDER])


def _first_words(sentence: str, n: int = 4) -> str:
    return " ".join(sentence.split()[:n])


@pytest.mark.parametrize("width", [700, 1200])
def test_the_best_story_dates_are_on_the_chart_with_their_sentences(bridge, width):
    drawn = chart(bridge, width=width)
    assert isinstance(drawn, StoryChart)
    placed = {box.day.date: box for box in drawn.labelled}
    best = story_shown(bridge)[:min(SURE[width], room(width))]
    assert len(best) == SURE[width], "the collection has that many dates to tell"
    for day in best:
        assert day.date in placed, f"{day.date} is one of the best dates and is not on the chart"
        assert " ".join(placed[day.date].text.split()).lstrip("• ").startswith(_first_words(day.sentences[0]))
    boxes = [b.placed.box for b in drawn.labelled]
    assert all(not a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), "boxes never overlap"
    assert all(0 <= b.x0 and b.x1 <= width for b in boxes), "boxes stay inside the chart"
    xs = [box.x for box in drawn.days]
    assert xs == sorted(xs), "the dates stand in time order"


def test_the_story_axis_is_true_to_time(bridge):
    """Equal gaps of days are equal gaps of pixels, unless a long gap is cut out (and marked)."""
    drawn = chart(bridge, width=1200)
    per_day = {(b.day.date - a.day.date).days: b.x - a.x for a, b in zip(drawn.days, drawn.days[1:])}
    one_day = [gap / days for days, gap in per_day.items() if days < 30]
    assert max(one_day) - min(one_day) < 0.5
    assert [t for t in drawn.figure.axes[0].texts if t.get_gid() == "tick"], "the axis names its dates"


def test_every_story_date_is_a_timelinejs_slide_with_its_sentences_and_sources(bridge):
    slides = {s["unique_id"]: s for s in timelinejs(bridge)["events"]}
    documents = {d.id: d for d in bridge.documents}
    assert len(slides) == len(story_shown(bridge))
    for day in story_shown(bridge):
        slide = slides[f"story-{day.date.isoformat()}"]
        assert slide["start_date"] == {"year": day.date.year, "month": day.date.month, "day": day.date.day}
        for sentence, source in zip(day.sentences, day.sources):
            assert html_text(" ".join(sentence.split())) in slide["text"]["text"]
            assert f'href="{documents[source.doc].url}"' in slide["text"]["text"]


def test_the_page_opens_on_the_story(bridge):
    page = html_page(bridge)
    assert page.index('id="story"') < page.index('id="chart"')
    for day in story_shown(bridge):
        assert f'data-day="{day.date.isoformat()}"' in page


def test_one_article_or_one_actor_keeps_the_event_chart(sample_timeline, bridge):
    assert sample_timeline.story, "a single article has a story of its own few dates"
    assert isinstance(chart(sample_timeline, width=700), Chart)
    assert "unique_id" in timelinejs(sample_timeline)["events"][0] and not story_shown(sample_timeline)
    assert isinstance(chart(bridge, Policy(actors=("Elena Vasquez",)), width=700), Chart)
    assert story_shown(bridge, Policy(start=date(2022, 5, 20)))[0].date >= date(2022, 5, 20)


HOSTILE = ['<img src=x onerror=alert(1)>"; </script><script>alert(2)</script>', "=HYPERLINK(\"http://x\")",
           "$\\frac{1}{2}$ costs $5 and $6", "Ωμέγα Ολέγ Петров — " + "word " * 60]


def test_hostile_story_text_stays_text(bridge, tmp_path):
    """Sentences and titles from the articles are escaped; a javascript: URL is never a link."""
    doc = dataclasses.replace(bridge.documents[0], title=HOSTILE[0], url="javascript:alert(1)")
    days = tuple(StoryDate(date(2022, 5, 3 + n), (text,), (), (Source(doc.id, 0, 5),), 1.0)
                 for n, text in enumerate(HOSTILE))
    tl = dataclasses.replace(bridge, documents=(doc, *bridge.documents[1:]), story=days)
    tjs = json.dumps(timelinejs(tl))
    assert "<script" not in tjs and "<img" not in tjs and "javascript:" not in tjs
    page = html_page(tl)
    assert "<img src=x" not in page and "javascript:" not in page and page.count("<script") == 2
    drawn = chart(tl, width=700)
    shown = " ".join(" ".join(b.text.split()) for b in drawn.labelled)
    assert "$\\frac{1}{2}$" in shown, "a dollar sign is text, not mathematics"
    assert all(len(line) <= 40 for b in drawn.labelled for line in b.text.splitlines()), "long sentences wrap"
    assert "Петров" in alt_text(drawn)


def test_a_story_date_on_the_page_brings_the_axis_to_its_day(browser, bridge, tmp_path):
    from test_html_page import Page
    from timeline.export.html_page import write_html

    page = Page(browser, write_html(bridge, tmp_path / "bridge.html"))
    page.click("all")
    everything = page.on_axis()
    days = browser.find_elements("css selector", "button.story-day")
    assert len(days) == len(story_shown(bridge))
    days[-1].click()                          # the story's last date: a day weeks after the first
    page.settle()
    assert 0 < page.on_axis() < everything, "the axis shows the weeks around that day"
    assert page.errors() == []
