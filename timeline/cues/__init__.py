"""The syntax of reporting: which words are cues, what they report and whether someone reports it.

Pure functions of spaCy tokens, reading the word lists of the lexicon (`lexicon.news`, `lexicon.speech`).
One job a module:
- `words`: which words are cues, a verb's lemmas, a participle after a noun
- `subjects`: whose words a cue gives, and whether that is someone (or a document that finds)
- `said_objects`: objects that are what was said ("delivered a message", "said so", quoted words)
- `complements`: what verbs of demanding, naming, viewing, wanting and intending take
- `unnamed_holders`: judgements and reports whose holders go unnamed (passives, "seemed")
- `attributing_verbs`: which verbs attribute words, a view or a wish to someone (`is_attribution`)
- `deeds_not_words`: verbs of saying used of a deed ("addressed a rally")
- `nested_reports`: reports of their own inside the words of another
- `reported_clauses`: the clause a cue reports, or the one it is set in
- `content`: what a cue reports (`content_of`), step by step; `broad_content` for the learned reading
The names the statement and actor stages read are re-exported here.
"""
from __future__ import annotations

from .attributing_verbs import is_attribution
from .content import broad_content, content_of
from .deeds_not_words import deed_not_words
from .nested_reports import aside_report, contrasted_report, report_of_its_own
from .said_objects import quote_is_object
from .subjects import document_participle, found_by_document, someone
from .unnamed_holders import appearance, raised_passive, unattributed_judgement, unattributed_passive
from .words import is_cue, lemmas

__all__ = [f.__name__ for f in (
    appearance, aside_report, broad_content, content_of, contrasted_report, deed_not_words, document_participle,
    found_by_document, is_attribution, is_cue, lemmas, quote_is_object, raised_passive, report_of_its_own, someone,
    unattributed_judgement, unattributed_passive)]
