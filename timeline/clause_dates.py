"""Dates passed between the predicates of one sentence: the one day, month or year a sentence
names frames the clauses of its dated predicate ("the bomb exploded on Friday, killing 12"); a
dated happening dates the past of its relative clause ("the 2004 tsunami, which killed 230,000
people") and the other way round; a dated verb dates the happenings its clause names ("the
ceremony drew 500 people"). Not across a clause that describes a participant, nor one placed
before or after ("resigned on Monday after the party lost the vote")."""
from __future__ import annotations

from . import syntax
from .date_governors import dated_predicates, governor_indexes
from .event_drafts import DocumentEvents
from .findings import DraftEvent
from .happenings import event_arguments, is_event_noun
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import time_words as T
from .temporal import anchor


def dated_with_their_clause(drafts: DocumentEvents) -> None:
    """A past verb with no date of its own takes the one day its sentence names when it is a part
    of the dated predicate's clause, or the dated predicate a part of its own ("the bomb
    exploded on Friday, killing 12"), not across a clause that describes a participant. A verb
    still to come does so with a date to come ("will meet on Monday to decide the matter")."""
    for ev in drafts.events:
        if ev.time is None and ev.kind == "event" and ev.status in ("past", "future") and ev.token is not None:
            time = clause_date(drafts, drafts.doc[ev.token])
            if time is not None and (anchor.side_of_dct(time, drafts.dct) == "future") == (ev.status == "future"):
                date_with_arguments(drafts, ev, time)


def clauses_of_dated_nouns(drafts: DocumentEvents) -> None:
    """A past verb in the relative clause of a happening the text dates happens with it: "the
    2004 tsunami, which killed 230,000 people"."""
    for ev in list(drafts.events):
        if ev.kind != "event" or ev.token is None or ev.time is None or not ev.time.text \
                or anchor.clock_time(ev.time) or drafts.doc[ev.token].pos_ != "NOUN":
            continue
        for verb in syntax.children(drafts.doc[ev.token]):
            own = drafts.by_token.get(verb.i)
            if verb.dep_ == D.RELATIVE_CLAUSE_DEP and verb.pos_ == "VERB" and syntax.tense_of(verb) == "past" \
                    and verb.i not in governor_indexes(drafts) and (own is None or own.time is None) \
                    and not drafts.in_quote(verb.idx):
                drafts.event_for(verb, ev.time)


def happenings_of_dated_clauses(drafts: DocumentEvents) -> None:
    """A happening whose relative clause tells, with a date, what it did happened then: "the
    shootings that wounded two doctors in November", "the storm that hit the coast on Sunday"
    (the other way round from `clauses_of_dated_nouns`)."""
    for noun in syntax.tokens_of(drafts.doc):
        own = drafts.by_token.get(noun.i)
        if (own is not None and own.time is not None) or not is_event_noun(noun) or drafts.in_quote(noun.idx):
            continue
        for verb in syntax.children(noun):
            ev = drafts.by_token.get(verb.i)
            if verb.dep_ == D.RELATIVE_CLAUSE_DEP and verb.i in governor_indexes(drafts) and ev is not None \
                    and ev.time is not None and ev.time.text and not anchor.clock_time(ev.time) \
                    and syntax.tense_of(verb) == "past":
                drafts.event_for(noun, ev.time)
                break


def nouns_dated_with_their_clause(drafts: DocumentEvents) -> None:
    """A happening named by a noun in a sentence with one date takes it when the noun belongs to
    the clause of the dated predicate ("the merger, which is expected in December"; "one-off
    costs in the latest quarter"), not through a preposition that places it before or after."""
    for sent_start, (dated, dates) in _sentences_dated(drafts).items():
        if len(dates) != 1:
            continue
        gov, time = dated[0]
        if anchor.clock_time(time):
            continue
        for noun in syntax.sentence(gov):
            if noun.i in drafts.by_token or noun.i == gov.i or not is_event_noun(noun):
                continue
            verb = _verb_of_noun(noun)
            if verb is not None and (verb.i == gov.i or _in_clause_of(verb, gov) or _in_clause_of(gov, _first_conjunct(verb))):
                drafts.event_for(noun, time)


def nouns_of_dated_verbs(drafts: DocumentEvents) -> None:
    """A happening named by a noun in the clause of a dated verb happens at its time ("the
    ceremony drew 500 people", "took a write-off"), when a date written in the text dated the
    verb: the state a present verb tells at publication is often that of a happening before it
    ("a suspect in the shootings")."""
    for noun in syntax.tokens_of(drafts.doc):
        if noun.i in drafts.by_token or not is_event_noun(noun):
            continue
        verb = _verb_of_noun(noun)
        ev = drafts.by_token.get(verb.i) if verb is not None else None
        if ev is not None and ev.kind == "event" and ev.time is not None and ev.time.text \
                and not anchor.clock_time(ev.time) and not _own_clause_dated(drafts, noun):
            drafts.event_for(noun, ev.time)


def _own_clause_dated(drafts: DocumentEvents, noun) -> bool:
    """"the coup that brought Varga to power 42 years ago": its own clause dates it."""
    return any(c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.i in governor_indexes(drafts) for c in syntax.children(noun))


def _verb_of_noun(noun):
    """The verb whose clause a noun is part of, unless a preposition on the way places it before
    or after ("resigned after the vote") or a clause of its own comes between."""
    step = noun
    for _ in range(6):
        if step.head.i == step.i or step.dep_ in D.MODIFYING_CLAUSE_DEPS:
            return None
        if step.dep_ == "pobj" and step.head.lower_ in E.ORDERING_PREPOSITIONS:
            return None
        step = step.head
        if step.pos_ in ("VERB", "AUX"):
            return step
    return None


def dated_in_sentence(drafts: DocumentEvents, token) -> tuple[list, set]:
    """The predicates of the token's sentence a date dates, with their times, and how many
    dates those are (indexed once per document)."""
    return _sentences_dated(drafts).get(syntax.sentence(token).start, ([], set()))


def _sentences_dated(drafts: DocumentEvents) -> dict:
    """For each sentence (by its first word), the predicates a date dates with their times, and
    the dates those are (indexed once per document)."""
    by_sentence = drafts.memo.get("dated_by_sentence")
    if by_sentence is None:
        by_sentence = drafts.memo["dated_by_sentence"] = {}
        for gov, time in dated_predicates(drafts):
            entry = by_sentence.setdefault(syntax.sentence(gov).start, ([], set()))
            entry[0].append((gov, time))
            entry[1].add((time.start, time.end))
    return by_sentence


def date_with_arguments(drafts: DocumentEvents, ev: DraftEvent, time) -> None:
    """The event takes the time, and so do the happenings named as its arguments ("the ceremony
    took place at the library")."""
    ev.time = time
    for noun in event_arguments(drafts.doc[ev.token], governor_indexes(drafts)):
        if noun.i not in drafts.by_token:
            drafts.event_for(noun, time)


def clause_date(drafts: DocumentEvents, token):
    """The one day, month or year the token's sentence names, when the token is a part of the
    dated predicate's clause or the dated predicate a part of its own; else None."""
    dated, dates = dated_in_sentence(drafts, token)
    if token.pos_ not in ("VERB", "AUX") or len(dates) != 1:
        return None
    gov, time = dated[0]
    if time.granularity not in E.CLAUSE_FRAMING_GRANULARITIES or anchor.clock_time(time):
        return None     # a day, month, quarter or year frames the acts of a sentence; a clock time is one act's
    if token.i in _timed_predicates(drafts):
        return None     # "was spotted in the weeks before the shooting, and found in December": a time of its own
    if gov.i != token.i and (_in_clause_of(token, gov, near=True) or _in_clause_of(gov, _first_conjunct(token), near=True)):
        return time     # "concluded on Wednesday after the Netherlands gave its go-ahead": the day frames both
    return None


def _timed_predicates(drafts: DocumentEvents) -> set:
    """The predicates a date of the text governs that the tagger could not place ("in the weeks
    before the shooting"), by token index (found once per document)."""
    found = drafts.memo.get("timed_predicates")
    if found is None:
        roots = (drafts.root_at(t.start, t.end) for t in drafts.timexes if t.type == "DATE" and t.earliest is None)
        found = drafts.memo["timed_predicates"] = {syntax.governor(r).i for r in roots if r is not None}
    return found


def _first_conjunct(token):
    """The first of the verbs a token is coordinated with ("searched the site and unearthed a
    rifle"): what frames that one's clause frames the others'."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _in_clause_of(token, top, depth: int = 4, near: bool = False) -> bool:
    """Whether `top` is a few steps above the token, not across a clause that describes a
    participant ("the bond, which is callable in 2003, was priced") or one placed before or
    after it ("resigned on Monday after the party lost the vote"; with `near`, only since or
    until it)."""
    for _ in range(depth):
        if token.head.i == token.i or token.dep_ in D.MODIFYING_CLAUSE_DEPS or _ordered_clause(token, near):
            return False
        token = token.head
        if token.i == top.i:
            return True
    return False


def _ordered_clause(token, near: bool = False) -> bool:
    """A clause placed before or after its head's time ("after the party lost the vote"); with
    `near` (the one date of a sentence framing its acts), only one placed over a span ("since",
    "until"): what happened just before or after falls in the same day, month or year."""
    marks = [c for c in syntax.children(token) if c.dep_ == "mark" and c.lower_ in E.ORDERING_MARKS]
    return any(not (near and m.lower_ in E.NEAR_ORDERING_MARKS and not _measured(m)) for m in marks)


def _measured(mark) -> bool:
    """"days after", "two weeks before": the clause is that far from its head's time."""
    unit = mark.doc[mark.i - 1] if mark.i > 0 else None
    return unit is not None and unit.lemma_.lower() in T.UNITS
