"""Actors: spaCy's PERSON/ORG/GPE/NORP entities, corrected and merged (`extract_actors`), and the
roles people hold in the organisations named beside them (`find_roles`).

The steps, each in a module of its own:
- `acronyms`: the acronyms the text defines in brackets ("Jewish Labour Movement (JLM)");
- `entity_mentions`: the recogniser's entities as mentions, corrected (kicker lines, stop words,
  honorifics and possessives dropped; acronyms tagged PERSON made ORG; "Jewish" no actor);
- `missed_names`: the names it missed, by their form (titled and first-named people, surnames,
  speakers, businesses, transcript labels);
- `unnamed_speakers`: speakers named by what they are ("analysts said", "the firm said"), with
  `referents` for the named actor a description refers back to;
- `actor_clusters`: the mentions grouped by the actor they name (JLM = Jewish Labour Movement,
  Corbyn = Jeremy Corbyn, Labour = Labour Party, Paole Zion = Poale Zion);
- `actor_naming`: each group an Actor, its type the majority of its mentions' labels;
- `roles`: "Labour leader Jeremy Corbyn".
All of them share `mention_drafts` (a mention before it is an actor, and what the mentions so
far cover).
"""
from __future__ import annotations

import re

from .acronyms import acronym_definitions
from .actor_clusters import mention_clusters
from .actor_naming import actor_index
from .entity_mentions import raw_mentions, relabelled
from .findings import ActorIndex
from .mention_drafts import MentionDraft
from .missed_names import business_names, first_name_people, named_speakers, surname_mentions, titled_people, \
    transcript_speakers
from .names import distinct_names, name_key
from .roles import find_roles
from .unnamed_speakers import described_mentions, document_sources, generic_speakers

# What other modules import from here: the stage's entry points, and the rule that keeps one
# spelling of each of an actor's names.
__all__ = ["extract_actors", "find_roles", "distinct_names"]


def extract_actors(text: str, spacy_doc, doc_id: str = "") -> ActorIndex:
    definitions = acronym_definitions(text)
    mentions = _all_mentions(text, spacy_doc, definitions)
    if not mentions:
        return ActorIndex()
    return actor_index(mention_clusters(text, mentions, definitions), definitions, doc_id)


def _all_mentions(text: str, spacy_doc, definitions: dict[str, tuple[str, int, int]]) -> list[MentionDraft]:
    """Every mention of an actor, in the order of the text: the recogniser's, corrected, and the
    ones it missed (speakers, titled and first-named people, surnames, defined acronyms)."""
    mentions = [relabelled(m) for m in raw_mentions(text, spacy_doc)]
    mentions += transcript_speakers(text, mentions)
    mentions += business_names(text, spacy_doc, mentions)
    mentions += named_speakers(text, spacy_doc, mentions)
    mentions += generic_speakers(text, spacy_doc, mentions)
    mentions += document_sources(text, spacy_doc, mentions)
    titled = titled_people(text, mentions)
    titled += first_name_people(text, mentions + titled)
    mentions = [m for m in mentions if not any(t.start < m.end and m.start < t.end for t in titled)] + titled
    mentions += surname_mentions(text, mentions)
    for short, (long_, start, end) in definitions.items():
        if not any(m.start <= start and m.end >= end for m in mentions):
            mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
            mentions.append(MentionDraft(start, end, long_, "ORG", name_key(long_)))
    # Every further occurrence of a defined acronym is a mention, whatever the model said.
    for short in definitions:
        for m in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(MentionDraft(m.start(), m.end(), short, "ORG", name_key(short)))
    mentions = [relabelled(m) for m in mentions]
    mentions += described_mentions(text, spacy_doc, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions
