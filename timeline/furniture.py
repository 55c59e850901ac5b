"""Page furniture is not news: readers' comments, "Report abuse" lines, live-blog time stamps,
buttons and polls, and the boilerplate a site repeats on every page.

Texts from any input (plain text, JSONL, the main text of an HTML page) may still carry them.
They are found by line and blanked to spaces, so that every offset into the text stays valid
(a character of news keeps its position; newlines are kept, so lines do too).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Iterator, Optional

from .lexicon import page as P
from .model import Document

_LINE = re.compile(r"[^\n]+")
_COMMENTS_OPEN = re.compile(r"^\s*(?:" + "|".join(P.COMMENTS_OPEN) + ")", re.I)
_SIGNATURE = re.compile("|".join(P.COMMENT_SIGNATURES))
_POST_BYLINE = re.compile(P.POST_BYLINE)
_TIME_STAMP = re.compile(r"^\s*" + P.TIME_STAMP, re.I)
_MARKUP_TAG = re.compile(P.MARKUP_TAG)
_CLOCK_STAMP = re.compile(P.CLOCK_STAMP, re.M)
_FURNITURE_LINE = re.compile(r"^\s*(?:" + "|".join(P.FURNITURE_LINES) + r")\s*$", re.I)
# A comment section opens after the article: a heading in the first part of a page is its menu.
COMMENTS_NOT_BEFORE = 0.15


Spans = list[tuple[int, int]]


def furniture_spans(text: str) -> Spans:
    """The parts of one page's text that are furniture, in order."""
    spans: Spans = []
    comments = _comments_start(text)
    end = comments if comments is not None else len(text)
    for line in _LINE.finditer(text, 0, end):
        if _FURNITURE_LINE.match(line.group()):
            spans.append(line.span())
            continue
        stamp = _TIME_STAMP.match(line.group())
        if stamp:
            spans.append((line.start(), line.start() + stamp.end()))
    spans += _clock_stamps(text, end)
    spans += [tag.span() for tag in _MARKUP_TAG.finditer(text, 0, end)]
    if comments is not None:
        spans.append((comments, len(text)))
    return sorted(spans)


def _clock_stamps(text: str, end: int) -> Spans:
    """A live page's 24-hour stamps opening its entries ("2143 Rescue teams reach ..."): a run of
    CLOCK_STAMP_RUN or more, each earlier in the day than the one above it (newest first), but for
    one step back over midnight ("0005" above "2358"). Ascending, such numbers are more likely a
    chronology's years ("1983 ...", "2000 ...")."""
    stamps = list(_CLOCK_STAMP.finditer(text, 0, end))
    if len(stamps) < P.CLOCK_STAMP_RUN:
        return []
    minutes = [int(m.group(1)) * 60 + int(m.group(2)) for m in stamps]
    steps = list(zip(minutes, minutes[1:]))
    wraps = sum(_over_midnight(newer, older) for newer, older in steps)
    if wraps > 1 or any(older > newer and not _over_midnight(newer, older) for newer, older in steps):
        return []
    return [m.span() for m in stamps]


def _over_midnight(newer: int, older: int) -> bool:
    return newer < P.SMALL_HOURS_END and older >= P.LATE_EVENING_START


def _comments_start(text: str) -> Optional[int]:
    """Where the readers' comments begin: a heading that opens them, or the first reader's
    signature (from the post's closing byline before it, if there is one, else from its line)."""
    earliest = int(len(text) * COMMENTS_NOT_BEFORE)
    starts = []
    for line in _LINE.finditer(text):
        if line.start() >= earliest and _COMMENTS_OPEN.match(line.group()):
            starts.append(line.start())
            break
    signature = _SIGNATURE.search(text)
    if signature:
        line_start = text.rfind("\n", 0, signature.start()) + 1
        bylines = [m.start() for m in _POST_BYLINE.finditer(text, 0, signature.start())]
        starts.append(bylines[-1] if bylines else line_start)
    return min(starts) if starts else None


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each span's characters made spaces, its newlines kept."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _edge_lines(text: str) -> list[tuple[int, int, str]]:
    """The first and last few non-empty lines of a page, where a site puts its boilerplate."""
    lines = [(m.start(), m.end(), " ".join(m.group().split())) for m in _LINE.finditer(text) if m.group().strip()]
    edge = P.BOILERPLATE_EDGE_LINES
    chosen = lines if len(lines) <= 2 * edge else lines[:edge] + lines[-edge:]
    return [line for line in chosen if len(line[2]) >= P.BOILERPLATE_MIN_CHARS]


def boilerplate_spans(documents: list[Document]) -> dict[int, Spans]:
    """For each page (by its place in `documents`: ids may not be unique yet), the lines at its top or bottom that BOILERPLATE_MIN_PAGES pages of the same
    source (of the whole collection, for pages without one) carry too."""
    pages = defaultdict(Counter)
    for doc in documents:
        pages[doc.source].update({line for _, _, line in _edge_lines(doc.text)})
    found: dict[int, Spans] = {}
    for i, doc in enumerate(documents):
        counts = pages[doc.source]
        spans = [(s, e) for s, e, line in _edge_lines(doc.text) if counts[line] >= P.BOILERPLATE_MIN_PAGES]
        if spans:
            found[i] = spans
    return found


def news_only(documents: Iterable[Document]) -> Iterator[Document]:
    """`without_furniture` over a stream, a window of pages at a time: a corpus is never held
    whole, and a site's boilerplate is found among the pages read together."""
    window: list[Document] = []
    for document in documents:
        window.append(document)
        if len(window) == P.BOILERPLATE_WINDOW:
            yield from without_furniture(window)
            window = []
    yield from without_furniture(window)


def without_furniture(documents: Iterable[Document]) -> list[Document]:
    """The documents with their furniture blanked: each page's own, and the boilerplate their
    site repeats across them."""
    docs = list(documents)
    repeated = boilerplate_spans(docs) if len(docs) >= P.BOILERPLATE_MIN_PAGES else {}
    out = []
    for i, doc in enumerate(docs):
        spans = furniture_spans(doc.text) + repeated.get(i, [])
        out.append(replace(doc, text=blank(doc.text, spans)) if spans else doc)
    return out
