"""Whatever the marks, quoted passages lie inside the text, in order, and never overlap."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from timeline.quotes import find_quotes

PIECES = ["“", "”", '"', "''", "``", "‘", "’", "'", " ", "\n", "\n\n", "he said", "Yes", "no", ",", ".", "—",
          "― Jane Doe", "“hell”", "”Mr. Trump", "(", ")", ":"]


def _check(text: str) -> None:
    last_end = 0
    for quote in find_quotes(text):
        assert quote.segments, "a quote has at least one segment"
        for start, end in quote.segments:
            assert 0 <= start <= end <= len(text)
            assert start >= last_end, "quotes and their segments come in order, without overlap"
            last_end = end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_quotation_mark_soup(pieces):
    _check("".join(pieces))


def test_a_nested_quotation_does_not_end_the_outer_one():
    text = "“As a voter, I’d rather stay in what he calls “ruin” than stay with him.” ― Ana Ruiz"
    (quote,) = find_quotes(text)
    assert text[quote.start:quote.end].endswith("than stay with him.")
