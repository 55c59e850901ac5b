"""Word lists and patterns, one module per language and area: nothing language-specific lives elsewhere.

Every stage reads the lexicon through the names below, so the language is chosen in this one
import (English is the only one written). The time grammar's rule table (`temporal/grammar/`)
spells its patterns over these words and is English too.
"""
from . import (en_deps as deps, en_events as events, en_naming as naming, en_news as news,  # noqa: F401
               en_page as page, en_relations as relations, en_show as show, en_speech as speech,
               en_story as story,
               en_time as time_words)
