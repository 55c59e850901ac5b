"""Every line of tests/corpus/timex_en.txt: the tagger finds exactly the expected expressions."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import tag_text

CORPUS = Path(__file__).parent / "corpus" / "timex_en.txt"


def _cases():
    for n, line in enumerate(CORPUS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, dct, tense, expected = (part.strip() for part in line.split(" | "))
        wanted = [] if expected == "none" else sorted(x.strip() for x in expected.split(" ;; "))
        yield pytest.param(text, None if dct == "-" else date.fromisoformat(dct),
                           None if tense == "-" else tense, wanted, id=f"{n}:{text[:40]}")


@pytest.mark.parametrize("text,dct,tense,wanted", list(_cases()))
def test_expression(text, dct, tense, wanted):
    found = sorted(f"{t.text} => {t.type} {t.value}" + (f" {t.mod}" if t.mod else "")
                   for t in tag_text(text, dct, tense=tense))
    assert found == wanted


def test_corpus_is_substantial():
    assert len(list(_cases())) >= 170
