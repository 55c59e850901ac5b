"""A parse cache for development runs over fixed corpora (not used unless asked for).

Scoring a rule change re-parses the same thousand articles every time, and the parse is most of
the cost. With `TIMELINE_PARSE_CACHE=DIR` in the environment, each text's parse is kept in DIR
under a key of the text, the model and the pipeline's own components, and read back on the next
run. Nothing is cached without the variable, so a user's runs never read stale parses.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterator, Optional

from .environment import PARSE_CACHE

ENV = PARSE_CACHE


def cache_dir() -> Optional[Path]:
    value = os.environ.get(ENV)
    return Path(value) if value else None


def _pipeline_key(nlp) -> str:
    from . import nlp as nlp_module
    from .lexicon import news as N

    meta = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{','.join(nlp.pipe_names)}"
    source = Path(nlp_module.__file__).read_bytes()
    return hashlib.sha256(meta.encode() + source + repr(sorted(N.LEMMA_FIXES.items())).encode()).hexdigest()


def parse_cached(nlp, texts: list[str], parse, directory: Path) -> Iterator:
    """`parse(nlp, missing_texts)` for the texts not in the cache; every text's Doc, in order."""
    from spacy.tokens import Doc

    directory.mkdir(parents=True, exist_ok=True)
    base = _pipeline_key(nlp)
    keys = [hashlib.sha256((base + text).encode("utf-8", "surrogatepass")).hexdigest() for text in texts]
    missing = [i for i, k in enumerate(keys) if not (directory / k).exists()]
    fresh = dict(zip(missing, parse(nlp, [texts[i] for i in missing]))) if missing else {}
    for i, key in enumerate(keys):
        if i in fresh:
            doc = fresh.pop(i)
            if not isinstance(doc, Exception):
                tmp = directory / f".{key}.{os.getpid()}"
                tmp.write_bytes(doc.to_bytes())
                os.replace(tmp, directory / key)
            yield doc
        else:
            yield Doc(nlp.vocab).from_bytes((directory / key).read_bytes())
