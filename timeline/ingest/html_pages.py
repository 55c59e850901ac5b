"""A news page: its main text, title and publication date (`timeline.html` reads the page)."""
from __future__ import annotations

from datetime import date
from typing import Iterator, Optional

from ..model import Document
from .problems import Failure, Item
from .published import published_by_head


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


def from_html(where: str, html: str, doc_id: str, published: Optional[date]) -> Iterator[Item]:
    from ..html import extract_article

    try:
        article = extract_article(html)
    except RecursionError:
        yield Failure(where, "HTML nested too deeply to read")
        return
    except Exception as exc:     # a third-party parser on a hostile page: one line, not a traceback
        yield Failure(where, f"cannot read the HTML page ({type(exc).__name__}: {str(exc)[:200]})")
        return
    if not article.text.strip():
        yield Failure(where, "no article text found in the HTML page")
        return
    pub = published or article.published or published_by_head(article.text)
    yield Document(id=doc_id, text=article.text, published=pub, title=article.title,
                   source=article.source, url=article.url, path=where)
