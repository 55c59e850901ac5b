"""Main text, title and publication date of an HTML news page.

The date comes from the article's metadata first (meta tags, JSON-LD, <time> elements, as
htmldate reads them without its extensive text search), then from a visible byline near the
top of the page. Reader comments are removed before either search: a date found only there
says when someone commented, not when the article appeared.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .dates import DateError, leading_date, parse_date
from .lexicon import page as P

_BYLINE_DATE = re.compile(
    r"\b(?:" + "|".join(P.BYLINE_DATE_LABELS) + r")\s*(?:" + P.BYLINE_DATE_PREPOSITION + r"|:)?\s*"
    r"(?P<date>" + P.BYLINE_DAY_MONTH_YEAR + "|" + P.BYLINE_MONTH_DAY_YEAR + r"|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE)
_MARKER_LETTERS = "".join(dict.fromkeys(P.COMMENT_MARKER))
_COMMENT_XPATH = (f"//*[contains(translate(@id,'{_MARKER_LETTERS.upper()}','{_MARKER_LETTERS}'),'{P.COMMENT_MARKER}') or "
                  f"contains(translate(@class,'{_MARKER_LETTERS.upper()}','{_MARKER_LETTERS}'),'{P.COMMENT_MARKER}')]")


@dataclass(frozen=True)
class Article:
    text: str
    title: Optional[str] = None
    published: Optional[date] = None
    source: Optional[str] = None
    url: Optional[str] = None


def extract_article(html: str) -> Article:
    import lxml.html
    import trafilatura
    from htmldate import find_date

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return Article(text="")
    for node in tree.xpath(_COMMENT_XPATH):
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    for node in tree.xpath("//comment()"):
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return Article(text="")
    get = (lambda k: doc.get(k)) if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = (get("text") or "").strip()
    if not _has_prose(text):
        return Article(text="", title=get("title"))
    published = leading_date(get("date")) or leading_date(find_date(tree, extensive_search=False, original_date=True))
    if published is None:
        published = _byline_date(tree)
    return Article(text=text, title=get("title"), published=published, source=get("sitename"), url=get("url"))


def _has_prose(text: str) -> bool:
    """Menus and link lists are not an article: at least one sentence of six words or more."""
    return any(len(re.findall(r"\w+", s)) >= 6 for s in re.split(r"(?<=[.!?])\s+|\n", text))


def _byline_date(tree) -> Optional[date]:
    visible = " ".join(t.strip() for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    m = _BYLINE_DATE.search(visible[:3000])
    if not m:
        return None
    try:
        return parse_date(m.group("date"))
    except DateError:
        return None
