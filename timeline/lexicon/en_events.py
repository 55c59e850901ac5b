"""English words the event stage reads, beside the parse: signals that date one event by
another, pronouns that name no one, words that mark a summary's asides."""
import re

from . import en_time

# "35 years after Corbyn backed", "a week before crunch meetings", "within hours of", "since 1920".
SIGNAL_AFTER = re.compile(r"\s+(after|before|of|since)\b", re.I)
SIGNAL_AFTER_WIDTH = 12           # characters looked at after a time expression
ENDS_IN_SIGNAL = re.compile(r"\b(after|before)$", re.I)
ENDS_IN_SIGNAL_CASED = re.compile(r"\b(after|before)$")
# "after 99 years", "for almost a century", "within hours", "over a decade".
SIGNAL_BEFORE = re.compile(r"\b(after|for|within|in|over|since)\s+$", re.I)
SIGNAL_BEFORE_WIDTH = 10
OFFSET_SIGNALS = ("after", "before")
STATE_SIGNALS = ("after", "for")
STATE_PREPOSITIONS = ("after", "for", "since")     # "ties after 99 years": not part of the state's name

# The verb of "it comes 35 years after ...": what comes is the story's own news.
COMING_LEMMAS = ("come",)
STORY_PRONOUNS = ("it", "this", "that")
# A subject that says nothing about who acts ("it", "this") is left out of a summary.
EMPTY_SUBJECTS = ("it", "this", "that", "which", "who")
# Words that end the clause a signal introduces.
CLAUSE_BREAKS = (",", ";", ".", ":")
CLAUSE_BREAKS_QUOTED = (",", ";", ".", ":", "“", "”")
CLAUSE_OPENERS = ("which", "who", "where")
CLAUSE_OPENERS_SO = ("which", "who", "where", "so")
OPENING_BRACKETS = ("(", "[")
ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")     # "(R-Ga.)", "[sic]": left out of summaries
ARTICLE = ("the",)

ANNIVERSARY = ("anniversary",)
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")       # "its 70th anniversary"
NUMBER = re.compile(r"\d+")
STATE_START_SUFFIX = " began"                      # "Affiliation began"

# Perfect and past auxiliaries: "has backed", "was elected".
PAST_AUXILIARIES = {"has", "have", "had", "was", "were"}
PERFECT_AUXILIARIES = frozenset(en_time.PERFECT_AUXILIARIES)

# Statements.
ACCORDING = "according"
SOMEONE = "Someone"
SPOKESPERSON = "spokesperson"
QUOTE_SEGMENT_JOINER = " … "
SUMMARY_QUOTE_WORDS = 9
JOINING_WORDS_MAX = 3              # "accused Holt of": words joining a cue to what it reports
PUNCTUATION = re.compile(r"[.,;:!?\"“”]")

# ---- the same event told by several articles (same_events.py) ----
# Words that say nothing of what happened: left out when two reports' words are compared.
from spacy.lang.en.stop_words import STOP_WORDS as FUNCTION_WORDS  # noqa: E402
# Endings taken off a word before comparing ("debates", "debated", "debating" -> "debat").
INFLECTION_ENDINGS = ("ing", "ed", "es", "s", "e")
# Predicates too common to tell one event from another: two reports with these must tell them
# in nearly the same sentence ("Trump is ...", "the company has ...").
LIGHT_PREDICATES = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "have", "has", "had", "having",
    "do", "does", "did", "done", "say", "says", "said", "saying", "make", "makes", "made", "get", "gets",
    "got", "go", "goes", "went", "gone", "going", "take", "takes", "took", "taken", "come", "came",
    "comes", "give", "gave", "given", "see", "saw", "seen", "put", "need", "needs", "want", "wants"})
