"""TF-IDF rows of sentences, computed as scikit-learn's `TfidfVectorizer(stop_words="english",
sublinear_tf=True)` computes them, to the last bit (the same tokens, the same order of terms in
each row, the same arithmetic in the same order), without importing scikit-learn: its import
(scipy.stats, pandas, ...) took seconds of every run, more than a one-article run's analysis.

tests/test_story_tfidf.py holds it to scikit-learn's own results where scikit-learn is installed.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from ..lexicon.en_stop import ENGLISH_STOP_WORDS

# scikit-learn's default token_pattern: runs of two or more word characters
TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _terms(text: str, stop_words: frozenset) -> list[str]:
    return [t for t in TOKEN.findall(text.lower()) if t not in stop_words]


class TfidfModel:
    """`fit_transform` learns the vocabulary and the idf weights; `transform` weighs new texts."""

    def __init__(self, stop_words: Optional[str | frozenset] = "english"):
        self.stop_words = ENGLISH_STOP_WORDS if stop_words == "english" else frozenset(stop_words or ())
        self.vocabulary: dict[str, int] = {}
        self.idf = None

    def fit_transform(self, texts: list[str]):
        import numpy as np

        seen: dict[str, int] = {}                   # term -> order of first appearance
        indices, counts, indptr = self._count(texts, seen, grow=True)
        if not seen:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        # each row's terms in order of first appearance, then named by their place in the sorted vocabulary
        order = sorted(seen.items())
        renumber = np.empty(len(order), dtype=np.int32)
        for new, (term, old) in enumerate(order):
            self.vocabulary[term] = new
            renumber[old] = new
        indices = renumber.take(indices)
        df = np.bincount(indices, minlength=len(order)).astype(np.float64)
        df += 1.0
        self.idf = np.full_like(df, fill_value=len(texts) + 1, dtype=np.float64)
        self.idf /= df
        np.log(self.idf, out=self.idf)
        self.idf += 1.0
        return self._weighed(indices, counts, indptr)

    def transform(self, texts: list[str]):
        indices, counts, indptr = self._count(texts, self.vocabulary, grow=False)
        return self._weighed(indices, counts, indptr)

    def _count(self, texts: list[str], vocabulary: dict[str, int], grow: bool):
        """Each text's terms and counts, a row's terms sorted by their number in `vocabulary`."""
        import numpy as np

        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for text in texts:
            counter: dict[int, int] = {}
            for term in _terms(text, self.stop_words):
                number = vocabulary.setdefault(term, len(vocabulary)) if grow else vocabulary.get(term)
                if number is not None:
                    counter[number] = counter.get(number, 0) + 1
            for number in sorted(counter):
                indices.append(number)
                counts.append(counter[number])
            indptr.append(len(indices))
        return np.asarray(indices, dtype=np.int32), np.asarray(counts, dtype=np.float64), np.asarray(indptr, dtype=np.int32)

    def _weighed(self, indices, counts, indptr):
        """Sublinear term frequency times idf, each row scaled to unit length (summed in row order)."""
        from scipy.sparse import csr_matrix

        data = counts
        np_log(data)
        data += 1.0
        data *= self.idf[indices]
        bounds = indptr.tolist()
        for start, end in zip(bounds, bounds[1:]):
            total = 0.0
            for value in data[start:end].tolist():
                total += value * value
            if total != 0.0:
                data[start:end] /= math.sqrt(total)
        return csr_matrix((data, indices, indptr), shape=(len(bounds) - 1, len(self.vocabulary)))


def np_log(values) -> None:
    import numpy as np

    np.log(values, values)
