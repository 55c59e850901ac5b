"""Making article text safe in the formats that are opened by other programs.

Article text is untrusted: a page can hold `<img onerror=…>`, a `javascript:` link, a cell that a
spreadsheet would run as a formula, or control characters that XML forbids. Each format gets the
text with what would be live in *that* format neutralised; the plain data formats (`NAME.json`,
node-link JSON) keep the text exactly as read.
"""
from __future__ import annotations

import re
from typing import Optional
from urllib.parse import urlsplit


def html_text(text: str) -> str:
    """Text to put between HTML tags: `&`, `<` and `>` escaped (quotes need no escaping there)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_attr(text: str) -> str:
    """Text to put in a double-quoted HTML attribute (the only kind written)."""
    return html_text(text).replace('"', "&quot;")


def web_url(url: Optional[str]) -> Optional[str]:
    """The URL when it is an absolute http(s) URL (no `javascript:`, `data:` or relative link), else None."""
    if not url:
        return None
    url = url.strip()
    if any(ord(c) < 0x20 or c in ' "<>\\`' or ord(c) == 0x7f for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


# A cell that a spreadsheet would read as a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def csv_cell(value) -> str:
    """A CSV cell that no spreadsheet runs: a text starting with = + - @ tab or CR gets a leading
    `'`. Plain numbers ("-3", "2019") are left as they are."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


_MD_SPECIAL = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]", "&": "&amp;", "<": "&lt;", ">": "&gt;"})


def md_text(text: str) -> str:
    """Text for Markdown, on one line: no HTML (tags become text), no link syntax (`[…](…)` stays
    text), and no line break that could start a heading, a rule or a code block of its own."""
    return " ".join(text.split()).translate(_MD_SPECIAL)


_URL_UNSAFE_IN_MD = str.maketrans({c: f"%{ord(c):02X}" for c in " ()[]<>\\`"})


def md_url(url: Optional[str]) -> Optional[str]:
    """An http(s) URL that cannot end the Markdown link early, or None."""
    url = web_url(url)
    return url.translate(_URL_UNSAFE_IN_MD) if url else None


# XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF only.
_XML_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_OTHER = re.compile("[\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text that an XML 1.0 file can hold: control characters (form feed, vertical tab…) become a
    space, lone surrogates and U+FFFE/U+FFFF become U+FFFD."""
    if text.isprintable() or not (_XML_CONTROL.search(text) or _XML_OTHER.search(text)):
        return text
    return _XML_OTHER.sub("\ufffd", _XML_CONTROL.sub(" ", text))


_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                                "\u2029": "\\u2029"})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def script_json(data) -> str:
    """JSON to embed in an HTML `<script type="application/json">` element: no `</script>`, `<!--`
    or `]]>` can end or change the element (`<`, `>` and `&` are written as \\u escapes, which
    JSON.parse reads back), U+2028/U+2029 are escaped for older JavaScript parsers, and a lone
    surrogate (which UTF-8 cannot hold) becomes U+FFFD."""
    import json
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return _LONE_SURROGATE.sub("\ufffd", text.translate(_SCRIPT_UNSAFE))


def page_text(text: str) -> str:
    """Text that a UTF-8 page can hold: a lone surrogate becomes U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)
