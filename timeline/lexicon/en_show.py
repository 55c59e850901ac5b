"""English words for showing a timeline (selection.py, render.py, the exporters): what marks a
summary as a fragment rather than an event, the words a title match ignores, and the words of
the chart's date labels."""
from __future__ import annotations

# A summary that ends on one of these has lost what follows ("Corbyn's letter is", "she has received").
FRAGMENT_ENDINGS = {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
                    "did", "will", "would", "can", "could", "should", "may", "might", "must", "the", "a", "an",
                    "of", "to", "with", "by", "for", "from", "in", "on", "at", "and", "or", "but", "that", "his",
                    "her", "its", "their", "our", "my", "your"}
# A summary that starts with one of these depends on a sentence the chart does not show
# ("which he signs off with", "she has my full solidarity").
FRAGMENT_OPENERS = {"which", "who", "whom", "whose", "where", "when", "while", "she", "he", "it", "they", "this",
                    "that", "these", "those", "her", "him", "them", "to"}
FRAGMENT_MIN_WORDS = 3                # "read more", "to decide"
QUOTE_MIN_WORDS = 3                   # "focused on British Jewry": a topic, not words said
# Words that say nothing about what a title is about.
TITLE_STOPWORDS = {"the", "a", "an", "of", "to", "for", "in", "on", "at", "and", "or", "is", "it", "its", "his", "her",
                   "their", "be", "was", "were", "are", "says", "said", "with", "by", "from", "as", "that", "this"}
# Quotation marks in a reported quote, and the ones a label uses instead.
OPENING_QUOTES = "“‘\""
CLOSING_QUOTES = "”’\""
LABEL_QUOTES = ("‘", "’")
ELLIPSIS = "…"
# A quote's first sentence that opens with one of these has its main clause after the first comma.
PHRASE_OPENERS = {"at", "in", "on", "after", "before", "during", "despite", "since", "with", "without", "under",
                  "amid", "following", "as", "while", "when", "although", "though", "if", "until", "unless",
                  "for", "from", "by", "given", "because"}
PARTICIPLE_ENDING = "ing"             # "Having made bold claims …, it now appears …"
CENTURY_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
CENTURY = "century"
CIRCA = "c. "
# What `--kind` may choose: both, or one of the two kinds (an event's kind plus "s").
KINDS = ("all", "events", "statements")
