"""Whatever the text, the tagger does not crash, quotes the text exactly and keeps intervals ordered."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings, strategies as st

from timeline.temporal import tag_text
from timeline.temporal.values import interval_of

WORDS = ["in", "on", "the", "last", "next", "May", "march", "2004", "1999s", "'98", "years", "ago", "after",
         "Friday", "week", "of", "century", "early", "mid-", "3", "p.m.", "every", "Tuesday", "a", "half",
         "and", "fiscal", "Q3", "12/31/2001", "-", "—", ",", ".", "\n\n", "“", "”", "almost", "decade", "today"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    _check(text, date(2019, 2, 26))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_temporal_word_soup(words, dct):
    _check(" ".join(words), dct)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_without_publication_date_nothing_relative_is_placed(words):
    """Nothing is placed from a publication date that is not there; a time placed on a date the
    text writes ("12/31/2001 3 p.m.", anchored on context) is."""
    for t in tag_text(" ".join(words), None):
        if t.anchor not in ("absolute", "context", "none"):
            assert t.earliest is None and t.latest is None, t


def _check(text, dct):
    previous_end = -1
    for t in tag_text(text, dct):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end, "expressions must not overlap"
        previous_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.earliest is not None and t.latest is not None:
            assert t.earliest <= t.latest


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 31)))
def test_intervals_of_values_are_ordered(d):
    for value in (d.isoformat(), d.isoformat()[:7], d.isoformat()[:4], f"{d.year}-Q{(d.month - 1) // 3 + 1}",
                  f"{d.year}-SU", f"{d.year}-WI", f"{d.year // 10}", f"{d.year // 100}",
                  f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}"):
        earliest, latest, _ = interval_of(value)
        assert earliest is not None and earliest <= latest, value
