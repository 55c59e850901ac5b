"""The story's TF-IDF (story/tfidf.py) gives scikit-learn's TfidfVectorizer results to the bit, so
that dropping the scikit-learn import changed no story: the same vocabulary, the same rows, the
same order of terms in a row, the same floating-point values."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from timeline.story.tfidf import TfidfModel

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text", reason="scikit-learn is the reference")
ROOT = Path(__file__).resolve().parent.parent
# the sample article, the test corpora, and (where the shared data is) 100 BBC articles
SOURCES = [ROOT / "data", ROOT / "tests" / "corpus", ROOT.parent / "shared" / "data" / "bbc-politics"]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for folder in SOURCES for p in sorted(folder.glob("*.txt"))[:100]]
    return [s.strip() for t in texts for s in t.replace("\n", " ").split(". ") if s.strip()]


def _same(ours, theirs) -> None:
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indptr, theirs.indptr)
    assert np.array_equal(ours.indices, theirs.indices)
    assert ours.data.tobytes() == theirs.data.tobytes()


def test_fitted_and_new_rows_are_scikit_learns_to_the_bit():
    sentences = _sentences()
    assert len(sentences) > 50, "the sample article and the test corpora are the input"
    fitted, later = sentences[: len(sentences) // 2], sentences[len(sentences) // 2:] + ["", "the and of"]
    ours, theirs = TfidfModel("english"), sklearn_text.TfidfVectorizer(stop_words="english", sublinear_tf=True)
    _same(ours.fit_transform(fitted), theirs.fit_transform(fitted).tocsr())
    assert ours.vocabulary == {k: int(v) for k, v in theirs.vocabulary_.items()}
    _same(ours.transform(later), theirs.transform(later).tocsr())


def test_nothing_but_stop_words_is_the_same_error():
    with pytest.raises(ValueError):
        TfidfModel("english").fit_transform(["the and of", ""])
    with pytest.raises(ValueError):
        sklearn_text.TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(["the and of", ""])
