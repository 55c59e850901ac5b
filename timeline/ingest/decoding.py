"""Bytes into text, honestly: a byte-order mark is obeyed, a few bad bytes are replaced and
counted, a legacy encoding is used only when the bytes clearly are in one, and NUL bytes mean a
binary file."""
from __future__ import annotations

import codecs
import re
from typing import Optional, Union

from .problems import Failure, InputWarning

BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
        (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
_ESCAPED = re.compile("[\udc80-\udcff]")       # bytes that were not UTF-8, as surrogateescape keeps them


def decode(data: bytes, where: str) -> Union[tuple[str, Optional[InputWarning]], Failure]:
    """Text from bytes, honestly: a byte order mark says UTF-8, UTF-16 or UTF-32; otherwise UTF-8,
    with the few bytes that are not UTF-8 replaced by U+FFFD (and counted in a warning), unless
    the bytes are clearly in a legacy encoding (more invalid bytes than valid UTF-8 characters),
    which are read as Windows-1252, else Latin-1. NUL bytes without a BOM mean binary."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return _by_bom(data[len(bom):], codec, name, where)
    if b"\x00" in data[:8192]:
        return Failure(where, "binary file, not text")
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if not bad:
        return text, None
    good = sum(1 for c in text if c > "\x7f") - bad
    if good >= bad:
        plural = "s" * (bad != 1)
        return (_ESCAPED.sub("\ufffd", text),
                InputWarning(where, f"{bad} byte{plural} not valid UTF-8, replaced by U+FFFD"))
    try:
        return data.decode("cp1252"), InputWarning(where, "not UTF-8; read as Windows-1252")
    except UnicodeDecodeError:
        return data.decode("latin-1"), InputWarning(where, "not UTF-8; read as Latin-1")


def _by_bom(data: bytes, codec: str, name: str, where: str) -> Union[tuple[str, Optional[InputWarning]], Failure]:
    """The bytes after a byte-order mark, in the encoding it names."""
    text = data.decode(codec, "replace")
    if "\x00" in text[:4096]:
        return Failure(where, f"binary file, not text (it starts like {name} but is not)")
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        bad = text.count("\ufffd")
        return text, InputWarning(where, f"{bad} invalid {name} sequence{'s' * (bad != 1)} replaced by U+FFFD")
    return text, None
