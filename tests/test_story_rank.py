"""Which days a story chooses (timeline/story/support.py, rank.py): the evidence each report gives."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import corpus_lines
from timeline.model import Document, Event, EventTime, Span, Timeline
from timeline.story.rank import rank_days, without_thin_days
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


def _collection(articles: str) -> Timeline:
    """The made-up collection a line of story_days_en.txt describes (its header says how)."""
    documents, events = [], []
    for n, article in enumerate(articles.split(";")):
        published, *marks = article.split()
        doc, text = f"d{n}", ""
        for mark in marks:
            future, off_query = mark.startswith(">"), mark.startswith("~")
            day = date.fromisoformat(published.rstrip(":") if mark == "-" else mark.lstrip(">~"))
            said = "" if mark == "-" else f"on {day:%B} {day.day}"
            sentence = f"The {'bridge' if off_query else 'dam'} held {said}. "
            start = len(text) + sentence.find(said) if said else None
            time = EventTime(day.isoformat(), day, day, "day", False, "absolute" if said else "dct", said or None,
                             start, start + len(said) if said else None)
            events.append(Event(f"e{len(events)}", doc, "event", sentence, Span(len(text), len(text) + 3, "The"),
                                Span(len(text), len(text) + len(sentence), sentence), time,
                                "future" if future else "past"))
            text += sentence
        documents.append(Document(doc, text, date.fromisoformat(published.rstrip(":"))))
    return Timeline(tuple(documents), (), tuple(events))


@pytest.mark.parametrize("articles, best_first", list(corpus_lines("story_days_en.txt")))
def test_the_days_that_matter_come_first(articles, best_first):
    expected = [date.fromisoformat(d.strip()) for d in best_first.split(",")]
    days = days_of(_collection(articles), Query("dam"), Weights())
    assert [d.day for d in rank_days(list(days.values()), len(expected))] == expected


@pytest.mark.parametrize("articles, asked, shown", list(corpus_lines("story_thin_en.txt")))
def test_a_thinly_told_day_is_left_out(articles, asked, shown):
    expected = [date.fromisoformat(d.strip()) for d in shown.split(",")]
    days = days_of(_collection(articles), Query("dam"), Weights())
    ranked = rank_days(list(days.values()), int(asked))
    assert [d.day for d in without_thin_days(ranked, int(asked))] == expected
