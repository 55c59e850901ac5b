"""Events: what happened, when, with what status.

An event is a predicate (a verb, or a noun that names a happening) with its time.
`extract_events` runs the stage's steps over one document; their order matters, as each step
dates what the ones before left undated (or narrows it):

- `event_anchors`: the constructions news uses to date one thing by another ("35 years after",
  "a week before", "within hours of", "after 99 years", "its centenary next year");
- `date_governors`: a time expression dates the predicate that governs it in the parse, and
  the predicates that share its date;
- `statement_events`: someone's words, dated by their cue's date, else the publication date;
- `undated_events`: every other full verb; a present one tells the state at publication;
- `clause_dates`: the one date of a sentence dates the clauses it frames, the relative clauses
  of dated happenings and the happenings dated verbs name;
- `carried_dates`: the sentence before's day, and a happening named again;
- `statement_dates`: words dated by their context or the speaker's occasion, and what they
  report or where they were said dated by them.

Events that a timeline can place (a date) or that are someone's words (statements,
`statement_events`) are kept; an undated clause is kept when an actor takes part in it.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from . import syntax
from .carried_dates import dated_by_the_sentence_before, named_again
from .clause_dates import (clauses_of_dated_nouns, dated_with_their_clause, happenings_of_dated_clauses,
                           nouns_dated_with_their_clause, nouns_of_dated_verbs)
from .date_governors import date_events
from .event_anchors import anchor_by_others
from .event_drafts import DocumentEvents, after_since
from .findings import ActorIndex, DraftEvent, DraftLink, StatementFinding
from .lexicon import events as E
from .model import TimeExpr
from .statement_dates import (reported_perfects, settings_of_statements, statements_dated_by_their_context,
                              statements_on_the_speakers_occasion)
from .statement_events import add_statements
from .temporal import anchor
from .undated_events import undated_events


def extract_events(text: str, doc, dct: Optional[date], timexes: list[TimeExpr], index: ActorIndex,
                   statements: list[StatementFinding]) -> tuple[list[DraftEvent], list[DraftLink]]:
    """The events and statements of one document, sorted by where they are told, and the links
    between them: drafted and dated by the stage's steps in the order the module's text gives."""
    drafts = DocumentEvents(text, doc, dct, timexes, index, statements)
    date_events(drafts, anchor_by_others(drafts))
    add_statements(drafts)
    undated_events(drafts)
    dated_with_their_clause(drafts)
    clauses_of_dated_nouns(drafts)
    nouns_dated_with_their_clause(drafts)
    dated_by_the_sentence_before(drafts)
    nouns_of_dated_verbs(drafts)
    named_again(drafts)
    happenings_of_dated_clauses(drafts)     # after: "a spill that occurred 20 years ago" names another spill than "the spill"
    statements_dated_by_their_context(drafts)
    statements_on_the_speakers_occasion(drafts)
    reported_perfects(drafts)
    settings_of_statements(drafts)
    _stretches_since(drafts)
    # Inside a quotation, only what the speaker dates is a timeline event; the rest is their words.
    events = [e for e in drafts.events if e.kind == "statement" or e.time is not None or not drafts.in_quote(e.trigger[0])]
    dropped = {e.key for e in events if _on_head_date_line(drafts, e.trigger[0]) or _on_a_date_heading(drafts, e)}
    events = sorted((e for e in events if e.key not in dropped), key=lambda e: e.trigger[0])
    return events, [link for link in drafts.links
                    if link.source != link.target and link.source not in dropped and link.target not in dropped]


def _stretches_since(drafts: DocumentEvents) -> None:
    """An event dated by "since X" ("has been closed since Monday", "Since 1983, the firm has
    shed 70 businesses") lasts, or falls, from X up to the publication date: not on X."""
    for ev in drafts.events:
        if after_since(drafts.text, ev.time):
            ev.time = anchor.up_to_dct(ev.time, drafts.dct)


def _on_a_date_heading(drafts: DocumentEvents, ev: DraftEvent) -> bool:
    """A verbless line that opens with a date ("2 May 1787: Puerto Rico.", "12 Aug 1999: Izmit")
    heads the lines after it: its date and its place tell no happening of their own (its date still dates the sentence
    after it, `carried_dates`)."""
    t = ev.time
    if ev.token is None or t is None or t.start is None:
        return False
    token = drafts.doc[ev.token]
    if not (t.start <= token.idx < t.end or token.pos_ == "PROPN"):
        return False            # "Monday's vote: a win for the left" names a happening
    sentence = syntax.sentence(token)
    return (drafts.text[sentence.start_char:t.start].strip() == ""
            and not any(syntax.is_predicate_verb(word) for word in sentence))


def _on_head_date_line(drafts: DocumentEvents, offset: int) -> bool:
    """"Detroit, March 3, 2009" over a story: a line that dates the page tells no happening (its
    date still dates the lede after it, `carried_dates`)."""
    line = drafts.head_date_line()
    return line is not None and line[0] <= offset < line[1]
