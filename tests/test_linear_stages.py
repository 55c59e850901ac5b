"""Hostile inputs: the stages after the parse (actors, statements, events, relations, the merge)
do work that grows linearly with the text, however dense its dates.

A page of "2019 2019 …" used to take minutes: every date looked for an anniversary in the whole
phrase of its predicate (the whole sentence), each summary walked a phrase thousands of words
deep, and each statement read every date of the document. The work is counted here in function
calls (cProfile counts every Python and built-in call, spaCy's token look-ups among them), not
in seconds: doubling the text must about double the calls. The parse is done before counting.
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline.model import Document
from timeline.nlp import load, parser_text
from timeline.pipeline import analyse, merge

from conftest import SAMPLE, calls_made

DCT = date(2019, 2, 26)

DENSE = ["2019 ", "1 May ", "In 2019 the party said in May 2018 that the leader would resign. "]


def _calls(text: str) -> int:
    """The calls the stages and the merge make over one parsed text."""
    parsed = load()(parser_text(text))
    document = Document(id="d", text=text, published=DCT)
    return calls_made(lambda: merge([analyse(document, parsed)]))


@pytest.mark.parametrize("unit", DENSE)
def test_stage_work_grows_linearly_with_dense_dates(unit):
    n = max(1, 2000 // len(unit))            # about 2 KB, then 4 KB: enough to show a square
    small, large = _calls(unit * n), _calls(unit * (2 * n))
    assert large <= 2.5 * small, f"{unit!r}: {small} calls for {n}, {large} for {2 * n}"


def test_stage_work_grows_linearly_with_ordinary_news():
    article = SAMPLE.read_text(encoding="utf-8")
    small, large = _calls(article), _calls("\n\n".join([article] * 2))
    assert large <= 2.5 * small, f"{small} calls for one copy, {large} for two"
