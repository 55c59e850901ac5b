"""Word lists and patterns, one module per language and area: nothing language-specific lives elsewhere.

The statement and actor stages read the lexicon through the names below; the language is chosen
in this one import (English is the only one written).
"""
from . import en_deps as deps, en_naming as naming, en_news as news, en_speech as speech  # noqa: F401
