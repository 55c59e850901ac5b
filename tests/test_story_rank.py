"""Which days a story chooses (timeline/story/support.py, rank.py): the evidence each report gives."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import corpus_lines
from timeline.model import Document, Event, EventTime, Span, Timeline
from timeline.story.support import Query, Weights, days_of


def _one_report(marked: str, published: str, day: str) -> Timeline:
    """A collection of one article whose one event is dated by the [bracketed] words of `marked`."""
    start = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    named = date.fromisoformat(day)
    time = EventTime(day, named, named, "day", False, "absolute", text[start:end], start, end)
    event = Event("e1", "d1", "event", text, Span(0, 3, text[:3]), Span(0, len(text), text), time, "past")
    return Timeline((Document("d1", text, date.fromisoformat(published)),), (), (event,))


@pytest.mark.parametrize("marked, published, day, counts", list(corpus_lines("story_stamps_en.txt")))
def test_a_time_stamp_is_no_report_of_its_day(marked, published, day, counts):
    days = days_of(_one_report(marked, published, day), Query(None), Weights())
    assert (date.fromisoformat(day) in days) == (counts == "yes")
