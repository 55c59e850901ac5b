"""Dates carried from one sentence to another: a story goes on where it was (a past verb in a
sentence with no date of its own happened on the day the sentence before gave its past events),
and a happening named again ("the bombing", "Ostrow's murder") is the one the story dated before."""
from __future__ import annotations

from typing import Optional

from . import syntax, verb_forms
from .clause_dates import date_with_arguments, dated_in_sentence
from .event_drafts import DocumentEvents, after_since
from .happenings import happening_word, is_event_noun, kind_of_happening
from .lexicon import deps as D
from .lexicon import events as E
from .model import EventTime
from .temporal import anchor


def dated_by_the_sentence_before(drafts: DocumentEvents) -> None:
    """A story goes on where it was: a past verb in a sentence that names no date of its own
    happened on the one day, month, quarter or year the sentence before gave its past events
    ("Ostrow was shot on Friday night. He died in hospital."; "Third-quarter net rose 5%.
    Revenue gained 13%.")."""
    days = _days_named(drafts)
    told = _sentences_telling_the_past(drafts)
    carried: dict = {}
    elsewhere: dict = {}        # per sentence: (a "when" clause, the words of another time), read once
    for ev in sorted(drafts.events, key=lambda e: e.trigger[0]):
        if ev.time is not None or ev.kind != "event" or ev.status != "past" or ev.token is None \
                or drafts.in_statement(ev.trigger[0]):
            continue        # what someone reports happened before they told it, not where the story is
        token = drafts.doc[ev.token]
        sent = syntax.sentence(token)
        if sent.start == 0 or sent.start in days or verb_forms.is_past_perfect(token) \
                or dated_in_sentence(drafts, token)[1]:
            continue
        when, other_times = elsewhere.get(sent.start) or elsewhere.setdefault(sent.start, _times_elsewhere(sent))
        if when or _tells_another_time(token, other_times):
            continue        # "He moved to New York when he was nine": a time of its own; "had been
                            # rescheduled", "sometimes hosted": before the story's time, or how often
        before = _days_before(drafts, sent, days, carried, told, token.tag_ in E.SIMPLE_PAST_TAGS)
        if len({t.value for t in before}) == 1 and not _words_told_long_after(drafts, sent, before):
            date_with_arguments(drafts, ev, _first_mentioned(before))
            carried.setdefault(sent.start, set()).add(ev.time)


def _words_told_long_after(drafts: DocumentEvents, sent, before: set) -> bool:
    """"When revelations emerged in 2015, JLM said … . Saying he recognised the hurt caused to
    Jews …, he added": a sentence built on words said at publication (no date of their own) is
    their setting, not the story's earlier time, when that time lies well before publication."""
    if sent.root.i not in drafts.cue_tokens or drafts.dct is None:
        return False
    latest = next(iter(before)).latest
    return latest is not None and (drafts.dct - latest).days > E.WORDS_SETTING_REACH_DAYS


def _days_named(drafts: DocumentEvents) -> dict:
    """For each sentence (by its first word), the days (months, quarters, years) its past events
    and statements take from a date written in the text ("on Friday", "Oct. 23", "in the third
    quarter"): not from the publication date."""
    days: dict = {}
    for ev in drafts.events:
        t = ev.time
        if ev.token is not None and ev.status == "past" and _tells_its_day(drafts, t) \
                and t.granularity in E.CARRIED_GRANULARITIES \
                and not syntax.dates_the_noun_only(drafts.doc[ev.token], t.start, t.end) and not _still_ahead(drafts, t):
            days.setdefault(syntax.sentence(drafts.doc[ev.token]).start, set()).add(t)
    return days


def _still_ahead(drafts: DocumentEvents, time: EventTime) -> bool:
    """A date after publication ("The next hearing has been set for 5 April") is a target the
    past act aimed at, not where the story stands: "were in court for the hearing" is not then."""
    return drafts.dct is not None and time.earliest is not None and time.earliest > drafts.dct


def _first_mentioned(times: set) -> EventTime:
    """Of mentions of one date ("Friday" … "today"), the first in the text: a set's own order
    changes from run to run, and the same articles must give the same file."""
    return min(times, key=lambda t: (t.start is None, t.start or 0, t.text or ""))


def _times_elsewhere(sent) -> tuple[bool, list]:
    """Whether the sentence has a "when" clause, and the words that place a verb at another time
    than the story's ("sometimes", "previously")."""
    when = any(t.dep_ == "advmod" and t.lower_ in E.WHEN and t.head.dep_ == "advcl" for t in sent)
    return when, [t for t in sent if t.dep_ == "advmod" and t.lower_ in E.NOT_WHERE_THE_STORY_STANDS]


def _tells_another_time(token, other_times: list) -> bool:
    """"On weekends he sometimes hosted dinners", "which had previously detained him": how often,
    or an earlier time, not the day the sentence before was at (for the verb the word modifies
    and the verbs under it: "which had previously detained him" leaves "now sentenced him")."""
    return any(t.head.i == token.i or syntax.under(token, t.head) for t in other_times)


def _sentences_telling_the_past(drafts: DocumentEvents) -> set:
    """The sentences (by their first word) with a past event of the story's own telling."""
    return {syntax.sentence(drafts.doc[ev.token]).start for ev in drafts.events
            if ev.kind == "event" and ev.status == "past" and ev.token is not None
            and not drafts.in_statement(ev.trigger[0])}


def _days_before(drafts: DocumentEvents, sent, days: dict, carried: dict, told: set, finite: bool) -> set:
    """The days the sentence before gave its past events; when that one tells no past of the
    story's own (what someone said, how things stand), those of the nearest before it in the
    same paragraph that does, for a verb in the simple past (`finite`): a participle ("with
    the inquiry just getting under way") tells no time of its own that far from the date."""
    start = sent.start
    while start > 0:
        prev = syntax.sentence(drafts.doc[start - 1])
        if prev.start in days or prev.start in carried or prev.start in told:
            if _years_written(drafts, prev) > 1:
                return set()    # "in 1692 ...; in 1843 ...; in 1907 ...": a list, not where the story stands
            return days.get(prev.start) or carried.get(prev.start, set())
        if not finite or "\n" in drafts.text[prev.start_char:prev.end_char].strip():
            return set()
        start = prev.start
        if "\n" in drafts.text[drafts.doc[start].idx - 2:drafts.doc[start].idx]:
            return set()
    return set()


def _years_written(drafts: DocumentEvents, sent) -> int:
    """How many different years a sentence names as years ("in 1843")."""
    return len({t.value for t in drafts.timexes_in(sent.start_char, sent.end_char) if t.granularity == "year"})


def named_again(drafts: DocumentEvents) -> None:
    """A happening named again with a definite article ("the bombing", "the summit") is the one
    the story named and dated before with the same noun, when that noun had one date."""
    seen: dict = {}
    for tok in syntax.tokens_of(drafts.doc):
        ev = drafts.by_token.get(tok.i)
        if tok.pos_ == "VERB" and ev is not None and _tells_its_day(drafts, ev.time) and syntax.tense_of(tok) == "past":
            seen.setdefault(kind_of_happening(tok.lemma_.lower()), set()).add(ev.time)     # "was shot on Friday" … "the killing"
        if not is_event_noun(tok) or tok.dep_ == "compound":
            continue        # "the murder investigation" names the investigation
        if ev is not None and ev.time is not None:
            if _tells_its_day(drafts, ev.time):
                seen.setdefault(happening_word(tok), set()).add(ev.time)
            continue
        earlier = seen.get(happening_word(tok), set())
        definite = any((c.dep_ == "det" and c.lower_ in E.DEFINITE) or c.dep_ in D.POSSESSOR_DEPS
                       for c in syntax.children(tok))      # "the bombing", "Ostrow's murder"
        one = _one_time(earlier) if definite else None
        if one is not None and not _held_again_since(drafts, tok, one):
            drafts.event_for(tok, one)


def _held_again_since(drafts: DocumentEvents, noun, time: EventTime) -> bool:
    """"Hillary Clinton's 2008 campaign" … "Clinton's campaign responded": a happening held again
    and again (a campaign, an election, the caucuses) named in an earlier year than the article's
    is another one than the one the story names later without a date."""
    return (happening_word(noun) in E.RECURRING_HAPPENINGS and drafts.dct is not None
            and time.latest is not None and time.latest.year < drafts.dct.year)


def _tells_its_day(drafts: DocumentEvents, time: Optional[EventTime]) -> bool:
    """A time written in the text that dates a happening: not a clock time, and not the start
    of a stretch ("the biggest quake since 1900" … "the Haiti quake" is not of 1900)."""
    return time is not None and bool(time.text) and not anchor.clock_time(time) and not after_since(drafts.text, time)


def _one_time(times: set) -> Optional[EventTime]:
    """The time that dates of one happening agree on: the finest, when it lies within each of
    the others ("killed last October" … "shot on Oct. 23": Oct. 23), the first mentioned of it;
    None when they differ ("shot in 1994" … "shot on Oct. 23": two happenings)."""
    if not times or any(t.earliest is None or t.latest is None for t in times):
        return None
    # equal spans ("Monday" and "Monday night") go to the first mentioned, not to the set's order
    finest = min(times, key=lambda t: (t.latest - t.earliest, t.start is None, t.start or 0, t.text or ""))
    if any(not (t.earliest <= finest.earliest and finest.latest <= t.latest) for t in times):
        return None
    return _first_mentioned({t for t in times if t.value == finest.value})
