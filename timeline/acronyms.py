"""Acronyms and the names they stand for: an acronym's form, the initials of a name with or
without its legal form (GM and GMC for "General Motors Corporation"), and the acronyms a text
defines in brackets ("Jewish Labour Movement (JLM)", "JLM [Jewish Labour Movement]")."""
from __future__ import annotations

import re

from .lexicon import naming as W, news as N


ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")
_ACRONYM_LINK = "|".join(W.ACRONYM_LINK_WORDS)
_BRACKET_DEF = re.compile(r"(?P<long>(?:[A-Z][\w'’&-]*\s+)(?:(?:" + _ACRONYM_LINK + r"|&|[A-Z][\w'’&-]*)\s+)*[A-Z][\w'’&-]*)\s*[(\[]\s*(?P<short>[A-Z][A-Za-z&]{1,7})\s*[)\]]"
                          r"|(?P<short2>[A-Z][A-Z&]{1,7})\s*[(\[]\s*(?P<long2>[A-Z][\w'’&-]*(?:\s+(?:" + _ACRONYM_LINK + r"|&|[A-Z][\w'’&-]*))*)\s*[)\]]")


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in N.ACRONYM_STOPWORDS]
    return "".join(w[0] for w in words).upper()


_LEGAL_FORMS = frozenset(W.LEGAL_FORMS)


def without_legal_form(name: str) -> str:
    """"General Motors Corporation" → "General Motors", "Ford Motor Co." → "Ford Motor": the name
    without the legal form that ends it (and an "&" before it); the name itself when nothing is left."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in _LEGAL_FORMS:
        words.pop()
        while len(words) > 1 and words[-1] in ("&", ","):
            words.pop()
    return " ".join(words).rstrip(",")


def spells(name: str, acronym: str) -> bool:
    """The initials of the name, with or without its legal form, spell the acronym ("General
    Motors Corporation" spells GM and GMC)."""
    return _initials(name) == acronym or _initials(without_legal_form(name)) == acronym


def acronym_definitions(text: str) -> dict[str, tuple[str, int, int]]:
    """ACR -> (long name, start, end) from "Long Name (ACR)" and "ACR [Long Name]"."""
    found = {}
    for m in _BRACKET_DEF.finditer(text):
        short = m["short"] or m["short2"]
        long_ = m["long"] or m["long2"]
        start, end = (m.start("long"), m.end("long")) if m["long"] else (m.start("long2"), m.end("long2"))
        # Keep the longest tail of the long form whose initials spell the acronym.
        words = long_.split()
        first = next((i for i, w in enumerate(words) if w.lower() not in N.ACRONYM_STOPWORDS), 0)
        for i in range(first, len(words)):
            candidate = " ".join(words[i:])
            if spells(candidate, short.upper().rstrip("S")):
                offset = text.find(candidate, start, end)
                found[short] = (candidate, offset, offset + len(candidate))
                break
    return found
