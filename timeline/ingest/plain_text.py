"""A plain-text or Markdown article: optional front matter between `---` lines (`title`,
`published`, `source`, `url`), then the text every offset refers to."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator, Optional

from ..model import Document
from .problems import Failure, InputWarning, Item
from .published import given_date, published_by_head

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_OPENS_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:")


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text.lstrip("\ufeff")
    meta = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def from_text(where: str, text: str, doc_id: str, published: Optional[date], path: Optional[str]) -> Iterator[Item]:
    meta, body = _front_matter(text)
    if not meta and _OPENS_FRONT_MATTER.match(text):
        yield InputWarning(where, "front matter opened with --- but never closed by a --- line; "
                                  "read as article text (its title and date are not used)")
    if not body.strip():
        yield Failure(where, "no article text (only front matter)" if meta else "empty file")
        return
    pub = published
    if pub is None and (meta.get("published") or meta.get("date")):
        pub, problem = given_date(meta.get("published") or meta.get("date"))
        if problem:
            yield InputWarning(where, f"front matter 'published' ignored: {problem}")
    yield Document(id=meta.get("id") or doc_id, text=body, published=pub or published_by_head(body), title=meta.get("title") or None,
                   source=meta.get("source") or None, url=meta.get("url") or None, path=path)
