"""English words for telling a story's dates (timeline/story/): what makes a sentence lean on the
one before it, so that it cannot stand alone under a date."""
from __future__ import annotations

# A sentence opening with one of these continues another ("He added that…", "But the well…",
# "This came after…"): it is a poor summary of a day on its own.
DEPENDENT_OPENINGS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "this", "these", "those", "that", "there",
    "but", "and", "or", "so", "also", "however", "meanwhile", "still", "yet", "then", "instead",
    "his", "her", "its", "their", "our", "such", "both", "nor", "thus", "otherwise", "besides",
})
# Words of a query that join its phrases rather than name what it is about.
QUERY_JOINERS = frozenset({"and", "or", "the", "of", "a", "an"})
# The stop-word list scikit-learn's TF-IDF drops when it weighs a sentence's words.
TFIDF_STOP_WORDS = "english"
