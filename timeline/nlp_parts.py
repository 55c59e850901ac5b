"""Long texts parsed in parts: spaCy reads at most 1,000,000 characters at once, and the parser's
memory grows with what it is given at once, so a text longer than PART_CHARS is cut at paragraph
breaks, each part parsed, and the parts joined into one Doc with every offset as in the text.

(Kept apart from nlp.py, whose source is part of the parse cache's key: a text within the limit
is parsed exactly as before.)
"""
from __future__ import annotations

from collections import deque
from typing import Iterator, Optional


# A text longer than this is parsed in parts (spaCy's own limit is 1,000,000 characters, and the
# parser's memory grows with the length of what it is given at once). Articles are far shorter.
PART_CHARS = 40_000
# Where a text is cut into parts, best first: a blank line, a line break, the end of a sentence.
_PART_BREAKS = ("\n\n", "\n", ". ")


def part_bounds(text: str, limit: Optional[int] = None) -> list[int]:
    """Where a long text is cut into parts of at most `limit` characters: at the last paragraph
    break before the limit, else a line break, else a sentence end, else at the limit. The ends of
    the parts, in order; a text within the limit is one part."""
    limit = limit or PART_CHARS
    ends, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = 0
        for mark in _PART_BREAKS:
            at = window.rfind(mark, limit // 2)
            if at > 0:
                cut = at + len(mark)
                break
        start += cut or limit
        ends.append(start)
    ends.append(len(text))
    return ends


def text_parts(text: str, limit: Optional[int] = None) -> list[str]:
    """The text cut at `part_bounds`: the parts joined are the text, character for character."""
    parts, start = [], 0
    for end in part_bounds(text, limit):
        parts.append(text[start:end])
        start = end
    return parts


def joined(docs: list):
    """One Doc of the parsed parts of a text, with every character offset as in the whole text.
    Each part's sentences end at its end (a part ends at a paragraph or a sentence)."""
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False)


def parse_in_parts(nlp, texts: Iterator[str], batch_size: int = 16, n_process: int = 1) -> Iterator:
    """`nlp.pipe` over texts of any length: a long text is parsed in parts and joined. In one
    process, a batch holds at most BATCH_CHARS characters as well as `batch_size` texts: the
    parser's memory follows the batch, and the parts of one long text would otherwise fill one."""
    counts: deque[int] = deque()

    def parts():
        for text in texts:
            pieces = text_parts(text)
            counts.append(len(pieces))
            yield from pieces

    parsed = (nlp.pipe(parts(), batch_size=batch_size, n_process=n_process) if n_process > 1 else
              (doc for batch in _batches(parts(), batch_size) for doc in nlp.pipe(batch, batch_size=len(batch))))
    pending: list = []
    for doc in parsed:
        pending.append(doc)
        if len(pending) == counts[0]:
            counts.popleft()
            yield joined(pending)
            pending = []


BATCH_CHARS = 50_000


def _batches(parts: Iterator[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    chars = 0
    for part in parts:
        if batch and (len(batch) == size or chars + len(part) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(part)
        chars += len(part)
    if batch:
        yield batch
