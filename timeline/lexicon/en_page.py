"""English words for reading a news page (html.py): the labels of a visible byline date and
the word that marks reader comments in a page's ids and classes."""
from __future__ import annotations

# "Published on 26 February 2019", "Last updated: 2019-02-26".
BYLINE_DATE_LABELS = ("published", "posted", "updated", "first published", "last updated", "date")
BYLINE_DATE_PREPOSITION = "on"
# Written dates in a byline: "26 February 2019", "Feb. 26, 2019".
BYLINE_DAY_MONTH_YEAR = r"\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}"
BYLINE_MONTH_DAY_YEAR = r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}"
# A corpus folder's README or LICENSE describes the corpus; it is not an article in it.
CORPUS_DESCRIPTION_FILES = ("readme", "license", "licence", "changelog", "contributing", "copying", "notice")
# An element whose id or class holds this word is a comment thread (matched case-insensitively).
COMMENT_MARKER = "comment"
