"""Dates between statements and what they tell, once every event is drafted: words with no date
of their own were said when their clause happened, or on the occasion the speaker's words before
were dated; a past perfect they report ("said the ferry had sunk") and the happening where they
were said ("said at the ceremony") take the statement's day."""
from __future__ import annotations

from . import syntax
from .clause_dates import clause_date
from .date_governors import dated_predicates
from .event_drafts import DocumentEvents
from .findings import DraftEvent
from .happenings import is_event_noun
from .lexicon import deps as D
from .lexicon import events as E
from .temporal import anchor
from .verb_forms import is_past_perfect, spans_since


def statements_dated_by_their_context(drafts: DocumentEvents) -> None:
    """Words told without a date of their own were said when the clause they are part of
    happened ("In a survey finished on Saturday, 58 percent said"), before the dateline's day or
    the publication date they were given. (Not on the day the sentence before gave: "Moreno
    said Wednesday ... He said" carried that day, and lost more dates than it won on TimeBank.)"""
    default = drafts.memo.get("told_by_default", set())
    for ev in drafts.events:
        if ev.kind != "statement" or ev.key not in default or ev.status != "past" or ev.token is None:
            continue
        token = drafts.doc[ev.token]
        time = clause_date(drafts, token)
        if time is not None and _reported(drafts, ev, token, time):
            time = None
        if time is not None:
            ev.time = time


def statements_on_the_speakers_occasion(drafts: DocumentEvents) -> None:
    """Words a speaker goes on to say with no date of their own, right after words of theirs
    the text dated ("Moreno said on Wednesday ... “…,” he added"), were said on that occasion;
    another speaker's words between them end it."""
    default = drafts.memo.get("told_by_default", set())
    occasion = None         # (speaker, time) of the last statement
    for ev in sorted(drafts.events, key=lambda e: e.trigger[0]):
        if ev.kind != "statement":
            continue
        if ev.key in default and ev.status == "past" and ev.speaker and occasion and occasion[0] == ev.speaker \
                and occasion[1] is not None:
            ev.time = occasion[1]
            continue
        dated = ev.key not in default and ev.time is not None and ev.time.text and not anchor.clock_time(ev.time)
        occasion = (ev.speaker, ev.time if dated else None)


def reported_perfects(drafts: DocumentEvents) -> None:
    """"Officials said the ferry had sunk", "said he had been located and released": a past
    perfect in reported words is the present perfect of the speaker ("has sunk"), done by the
    time the words were said. With no date of its own it takes the statement's day, as the
    story's own present perfect takes the publication date. Not inside quotation marks, where
    "had" is the speaker's own past."""
    for ev in drafts.events:
        if ev.kind != "statement" or ev.direct or ev.quote_span is None or ev.time is None \
                or not ev.time.value or anchor.clock_time(ev.time):
            continue
        cue = drafts.doc[ev.token] if ev.token is not None else None
        if cue is None or cue.tag_ not in E.FINITE_TAGS:
            continue        # "later revealing he had …": a participle's words take their time from the story
        start, end = ev.quote_span
        for token in drafts.doc.char_span(start, end, alignment_mode="expand") or []:
            own = drafts.by_token.get(token.i)
            if (own is None or own.time is None) and is_past_perfect(token) and not drafts.in_quote(token.idx) \
                    and token.i not in drafts.cue_tokens and not spans_since(token) and _reported_by(token, cue):
                drafts.event_for(token, ev.time)


def _reported_by(token, cue) -> bool:
    """Whether the verb is what the cue reports ("said [the ferry had sunk]", and past perfects
    joined to it), not a clause describing a participant ("protesters who had blocked the
    entrance") nor one set before another past the words tell ("were trying to attend but had
    been sent": before the trying, not the saying)."""
    step = token
    for _ in range(6):
        if step.head.i == step.i or step.dep_ not in E.REPORTED_CHAIN_DEPS:
            return False
        step = step.head
        if step.i == cue.i:
            return True
        if not is_past_perfect(step):
            return False
    return False


def _reported(drafts: DocumentEvents, ev: DraftEvent, cue, time) -> bool:
    """Whether the date is of what was said, not of the saying: inside the words reported, or
    in a clause joined to the cue as its report ("said he was there in 1968"; "closed it
    Thursday night, spokesman Serge Clermont said")."""
    if ev.quote_span and ev.quote_span[0] <= time.start < ev.quote_span[1]:
        return True
    gov = next((g for g, t in dated_predicates(drafts) if t is time), None)
    if gov is None:
        return True
    low, high = (gov, cue) if syntax.under(gov, cue) else (cue, gov)
    while low.i != high.i and low.head.i != low.i:
        if low.dep_ in E.REPORTED_CLAUSE_DEPS:
            return True
        low = low.head
    return False


def settings_of_statements(drafts: DocumentEvents) -> None:
    """A happening where words were said ("said at the ceremony", "in speeches before the vote,
    the ministers said", "told a news conference") happened when they were said; not the manner
    of saying ("said in a move to calm investors")."""
    for ev in drafts.events:
        if ev.kind != "statement" or ev.time is None or ev.token is None or anchor.clock_time(ev.time):
            continue
        cue = drafts.doc[ev.token]
        places = [c for c in syntax.children(cue) if c.dep_ == "prep" and c.lower_ in E.SETTING_PREPOSITIONS]
        settings = [o for p in places for o in syntax.children(p) if o.dep_ == "pobj"]
        if cue.lemma_.lower() in E.AUDIENCE_CUES:
            # "told a news conference", "addressed a rally": the gathering spoken to
            settings += [c for c in syntax.children(cue) if c.dep_ in D.ADDRESSEE_DEPS]
        for noun in settings:
            if noun.i not in drafts.by_token and is_event_noun(noun) and not drafts.in_quote(noun.idx) \
                    and noun.lemma_.lower() not in E.NOT_SETTING_NOUNS:
                drafts.event_for(noun, ev.time)
