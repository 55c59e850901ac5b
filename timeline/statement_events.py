"""Statements as events: someone's words, dated by the time expression their cue governs
("said on Monday"), else at the publication date, and summed up in a line."""
from __future__ import annotations

import re
from typing import Optional

from . import syntax
from .date_governors import in_the_subject
from .event_drafts import DocumentEvents
from .findings import DraftEvent, StatementFinding
from .lexicon import events as E
from .lexicon import news as N
from .lexicon import speech as S
from .model import EventTime, Participant
from .temporal import anchor

_SPOKESPERSON = re.compile(r"\b(?:" + "|".join(N.SPOKESPERSON_NOUNS) + r")\b", re.I)


def add_statements(drafts: DocumentEvents) -> None:
    """Each statement as an event, dated by its own date, else by the dateline's day, else by the
    publication date."""
    dateline = drafts.dateline()
    default = anchor.time_of(dateline) if dateline is not None else anchor.dct_time(drafts.dct)
    for s in drafts.statements:
        cue = drafts.doc[s.cue_token] if s.cue_token is not None else syntax.token_at(drafts.doc, s.cue_start)
        own = _own_time(drafts, s, cue)
        said = own or (default if drafts.status(cue, None) != "future" else None)   # "will announce": not yet said
        quote = (E.QUOTE_SEGMENT_JOINER.join(drafts.text[a:b] for a, b in s.segments) if s.segments
                 else drafts.text[s.quote_start:s.quote_end])
        if s.inside_another:
            drafts.event_for(cue, said)     # part of another statement's words: an event, not a statement
            continue
        if own is None and said is not None:
            drafts.memo.setdefault("told_by_default", set()).add(f"q{s.cue_start}-{s.quote_start}")
        drafts.events.append(DraftEvent(
            key=f"q{s.cue_start}-{s.quote_start}", kind="statement", trigger=(s.cue_start, s.cue_end),
            sentence=drafts.sentence_of(cue), summary=statement_summary(drafts, s, quote),
            time=said, status=drafts.status(cue, own),
            actors=_speaker_and_addressee(s), quote=quote, quote_span=(s.quote_start, s.quote_end),
            direct=s.direct, speaker=s.speaker, addressee=s.addressee, token=cue.i))


def _own_time(drafts: DocumentEvents, s: StatementFinding, cue) -> Optional[EventTime]:
    """The statement's own date: the last one outside the quotation that the cue governs ("said on
    Monday") or that dates its source; failing those, one inside that bids a deed already due
    ("urged him to resign last year")."""
    own = None
    sent = syntax.sentence(cue)
    for t in drafts.timexes_in(sent.start_char, sent.end_char):
        if t.type in ("DATE", "TIME") and not t.value.endswith("_REF"):
            root = drafts.root_at(t.start, t.end)
            if root is None:
                continue
            gov = syntax.governor(root)
            if not (s.quote_start <= t.start < s.quote_end):
                if (gov.i == cue.i and not in_the_subject(root, gov)) or _dates_the_source(gov, cue):
                    own = anchor.time_of(t)
            elif own is None and _bids_a_past_deed(drafts, cue, gov, t):
                own = anchor.time_of(t)
    return own


def _bids_a_past_deed(drafts: DocumentEvents, cue, gov, t) -> bool:
    """"were invited to join NATO in July 1997", "urged him to resign last year": what the words
    bid someone do was due by a day already past, so they were said then (or just before), not
    when the article appeared."""
    return (gov.head.i == cue.i and gov.dep_ == "xcomp" and gov.tag_ == "VB" and syntax.tense_of(cue) == "past"
            and drafts.dct is not None and t.latest is not None and t.latest < drafts.dct)


def _dates_the_source(gov, cue) -> bool:
    """"said in the letter, dated Monday", "said a statement, read Wednesday night": a date on
    the document or utterance the cue says the words came from is when they were said; so is
    one in a clause of its own ("said a message that was read Wednesday night")."""
    noun = gov.head
    return (gov.dep_ in S.DATED_SOURCE_CLAUSE_DEPS and gov.tag_ == "VBN" and noun.lemma_.lower() in S.DATED_SOURCE_NOUNS
            and any(a.i == cue.i for a in noun.ancestors))


def _speaker_and_addressee(s: StatementFinding) -> list[Participant]:
    actors = []
    if s.speaker:
        actors.append(Participant(s.speaker, "speaker"))
    if s.addressee and s.addressee != s.speaker:
        actors.append(Participant(s.addressee, "addressee"))
    return actors


def _speaker_name(drafts: DocumentEvents, s: StatementFinding) -> str:
    """The speaker's name; "Labour spokesperson" when a spokesperson speaks for an organisation."""
    actor = drafts.index.get(s.speaker) if s.speaker else None
    speaker = actor.name if actor else (s.speaker_text or E.SOMEONE)
    if actor and s.speaker_text and actor.type != "PERSON" and not actor.generic and _SPOKESPERSON.search(s.speaker_text):
        speaker = f"{speaker} {E.SPOKESPERSON}"
    return speaker


def _cue_words(drafts: DocumentEvents, s: StatementFinding) -> str:
    cue = drafts.text[s.cue_start:s.cue_end].lower()
    addressee = drafts.index.get(s.addressee) if s.addressee else None
    if addressee:
        return f"{cue} {addressee.name}"
    if not s.direct and s.cue_end < s.quote_start:
        # "focused on British Jewry", "accused Pryor of being a socialist": the words that join
        # the cue to what it reports belong to the cue.
        between = drafts.text[s.cue_end:s.quote_start].strip()
        if between and len(between.split()) <= E.JOINING_WORDS_MAX and not E.PUNCTUATION.search(between):
            return f"{cue} {between}"
    return cue


def statement_summary(drafts: DocumentEvents, s: StatementFinding, quote: str) -> str:
    speaker = _speaker_name(drafts, s)
    cue = _cue_words(drafts, s)
    words = quote.split()
    head = " ".join(words[:E.SUMMARY_QUOTE_WORDS]) + ("…" if len(words) > E.SUMMARY_QUOTE_WORDS else "")
    if cue.startswith(E.ACCORDING):
        return f"According to {speaker}, {head}"
    if not s.speaker and not s.speaker_text:
        # No one named: "some JLM members are expected to push for …", "questions about …".
        line = head if s.quote_start <= s.cue_start < s.quote_end else f"{cue} {head}"
        return line[:1].upper() + line[1:]
    return f"{speaker} {cue}: “{head}”" if s.direct else f"{speaker} {cue} {head}"
