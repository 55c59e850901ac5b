"""Quotation marks as newspapers use them: which passages are quoted, and the small tests that
tell a statement from a scare quote or a quoted name.

Curly and straight marks, ``PTB'' and ''NYT archive'' pairs; a quote that runs over several
paragraphs (each opens with a mark, only the last closes); a curly quotation nested in another.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

from .lexicon import speech as S

_OPEN, _CLOSE = "“", "”"


MIN_QUOTE_WORDS = 4           # shorter quoted fragments inside a sentence are scare quotes


@dataclass
class Quote:
    segments: list[tuple[int, int]]          # the quoted words of each paragraph, marks excluded

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


class Quotes(list):
    """The quotes of a document, in order, with the two questions every word of it asks looked
    up by bisection: which quotes start in a stretch, and whether an offset is inside one."""

    def _index(self):
        key = (len(self), tuple(id(q) for q in self[:1]))
        if getattr(self, "_built", None) is None or self._built[0] != key:
            order = sorted(range(len(self)), key=lambda i: self[i].start)
            spans: list[list[int]] = []
            for a, b in sorted((q.start, q.end) for q in self if q.start < q.end):
                if spans and a <= spans[-1][1]:
                    spans[-1][1] = max(spans[-1][1], b)
                else:
                    spans.append([a, b])
            self._built = (key, order, [self[i].start for i in order], [a for a, _ in spans], [b for _, b in spans])
        return self._built[1:]

    def starting_in(self, start: int, end: int) -> list[Quote]:
        """The quotes that start in [start, end), in the list's order."""
        order, starts, _, _ = self._index()
        return [self[i] for i in sorted(order[bisect_left(starts, start):bisect_left(starts, end)])]

    def inside(self, offset: int) -> bool:
        """Whether some quote's [start, end) holds the offset."""
        _, _, starts, ends = self._index()
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]


def curly_left_open(text: str) -> bool:
    """More curly quotation marks open in `text` than close: a quotation runs on past its end."""
    return text.count(_OPEN) > text.count(_CLOSE)


def straight_left_open(text: str) -> bool:
    """An odd number of straight marks (wire copy's, which open and close alike): one quotation in
    `text` is not closed within it."""
    return text.count('"') % 2 == 1


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages, with multi-paragraph quotes joined."""
    marks = []      # (position, kind, width)
    # Newspapers also quote with two characters: ``...'' (PTB) and ''...'' (NYT archives).
    for m in re.finditer(r"[“”\"]|``|''", text):
        ch, i = m.group(), m.start()
        if ch in ('"', "''"):
            before = text[i - 1] if i else " "
            after = text[m.end()] if m.end() < len(text) else " "
            ch = _OPEN if (before.isspace() or before in "([{—–-:") else _CLOSE
            if ch == _OPEN and before == " " and text[max(0, i - 2)] in ",.!?'’" and not (after.isalnum() or after in "‘'`"):
                ch = _CLOSE          # "… 'rural voter outreach,' " he told the group
        elif ch == "``":
            ch = _OPEN
        elif ch == "”" and (i == 0 or text[i - 1] == "\n") and m.end() < len(text) and text[m.end()].isalnum():
            ch = _OPEN               # a paragraph opened with the wrong curly mark (”Mr. Trump embodies …)
        marks.append((i, ch, m.end() - m.start()))
    quotes: list[Quote] = []
    current: Optional[Quote] = None
    open_at: Optional[int] = None
    nested = 0          # curly quotation marks opened inside an open quotation (“… he calls “hell” than …”)
    for i, ch, width in marks:
        if open_at is not None:
            newline = text.find("\n", open_at, i)
            if newline >= 0:
                # The quote ran to the end of its paragraph without closing: it continues if
                # the next paragraph opens with a quotation mark, and ends here otherwise.
                seg_end = newline
                segments = (current.segments if current else []) + [(open_at, seg_end)]
                current = Quote(segments)
                next_para = re.match(r"\n+\s*", text[newline:])
                next_start = newline + (next_para.end() if next_para else 1)
                if ch == _OPEN and i == next_start:
                    open_at = i + width
                    continue
                quotes.append(current)
                current, open_at = None, None
        if ch == _OPEN:
            if open_at is None:
                open_at, nested = i + width, 0
            elif text[i] == "“" and text[i - 1].isspace() and text[open_at - 1] == "“":
                nested += 1          # only inside a quotation opened with the same mark
            continue
        if nested and text[i] == "”":
            nested -= 1
            continue
        if open_at is not None:                      # a closing mark
            segments = (current.segments if current else []) + [(open_at, i)]
            quotes.append(Quote(segments))
            current, open_at = None, None
    if open_at is not None:
        end = text.find("\n", open_at)
        end = len(text) if end < 0 else end
        quotes.append(Quote((current.segments if current else []) + [(open_at, end)]))
    return [_trim(text, q) for q in quotes if any(b > a for a, b in q.segments)]


def _trim(text: str, q: Quote) -> Quote:
    segs = []
    for a, b in q.segments:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        segs.append((a, b))
    return Quote(segs)


DASH_SIGNATURE = re.compile(r"[.,!?…]?[”\"’]?[^\S\n]*(?:\n[^\S\n]*){0,2}(?P<dash>[―—–]|--|(?<=\n)-)[^\S\n]*"
                             r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})")


def is_title(quoted: str) -> bool:
    """A name in quotation marks (a show, a book, a slogan-like title): every word capitalised."""
    words = re.findall(r"[\w'’]+", quoted)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in S.TITLE_SMALL_WORDS or w[0].isdigit() for w in words) \
        and words[0][0].isupper() and sum(w[0].isupper() for w in words) >= 2


def embedded(text: str, q: Quote) -> bool:
    """Quoted words inside a running sentence ("recognised the “hurt and pain” caused ...")."""
    before = text[max(0, q.start - 3):q.start - 1].rstrip()
    starts_clause = not before or before[-1] in ":,;.!?—–-(\n" or text[q.start - 2:q.start - 1] == "\n"
    return not starts_clause


def attached(text: str, q: Quote, cue) -> bool:
    """A short quote is a statement only when its cue sits right next to it ("said: “No.”")."""
    before = text[max(0, q.start - 30):q.start]
    after = text[q.end:q.end + 30]
    return bool(re.search(r"[:,]\s*[“\"]$", before)) or bool(re.match(r"[,.!?]?[”\"]\s*,?\s*\w+\s+\w*", after)) and cue.idx > q.end


def adjacent(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return len(between) < 12 and "\n" in between or bool(re.fullmatch(r"[”\"\s.,]*", between))

