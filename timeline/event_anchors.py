"""Events dated by other events and by durations, the constructions news uses:

- "X came a week before Y", "it comes 35 years after Y": Y is that far from X, and X (the
  story's own event, with no date of its own) is the publication date;
- "X came within hours of Y": Y is at X's time;
- "after 99 years", "for almost a century": a state that began that long before the
  publication date (its start is an event of its own);
- "its centenary ... next year": what the centenary is of happened 100 years before.

The arithmetic is `temporal.anchor`'s; this module finds the events in the parse.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

from . import syntax
from .event_drafts import DocumentEvents, shorten
from .findings import DraftEvent, DraftLink
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import news as N
from .model import Participant, TimeExpr
from .temporal import anchor
from .temporal.values import parse_duration


def anchor_by_others(drafts: DocumentEvents) -> set[int]:
    """Drafts the events the constructions date; returns the time expressions they used up."""
    consumed: set[int] = set()
    for i, t in enumerate(drafts.timexes):
        root = drafts.root_at(t.start, t.end)
        if root is not None and _anchor_one(drafts, t, root):
            consumed.add(i)
    return consumed


def _anchor_one(drafts: DocumentEvents, t: TimeExpr, root) -> bool:
    signal = _signal_after(drafts.text, t)
    before = _signal_before(drafts.text, t)
    duration = parse_duration(t.value) if t.type == "DURATION" else None
    # A placed date is an offset only when the tagger took the signal in ("35 years after"):
    # "resigned on Monday after the party lost the vote" dates the resignation, not the loss;
    # "in the days before the robbery" (no place of its own) still relates the two.
    offset = t.type == "DATE" and (t.earliest is None or E.ENDS_IN_SIGNAL.search(t.text))
    if signal and signal[0] in E.OFFSET_SIGNALS and (offset or duration):
        if _offset_event(drafts, t, root, signal, duration):
            return True
    if signal and signal[0] == "of" and before == "within" and t.type == "DURATION":
        if _within_event(drafts, t, root, signal[1]):
            return True
    if t.type == "DURATION" and before in E.STATE_SIGNALS and duration:
        if _state_start(drafts, t, root, duration, before):
            return True
    return False


# ------------------------------------------------------------ the signal words
def _signal_after(text: str, t: TimeExpr) -> Optional[tuple[str, int]]:
    """"35 years after", "within hours of": the signal word and where its complement starts."""
    m = E.SIGNAL_AFTER.match(text[t.end:t.end + E.SIGNAL_AFTER_WIDTH])
    if m:
        return m.group(1).lower(), t.end + m.end()
    if E.ENDS_IN_SIGNAL.search(t.text):
        return t.text.split()[-1].lower(), t.end
    return None


def _signal_before(text: str, t: TimeExpr) -> Optional[str]:
    """"after 99 years", "for almost a century": the word before a duration."""
    m = E.SIGNAL_BEFORE.search(text[max(0, t.start - E.SIGNAL_BEFORE_WIDTH):t.start])
    return m.group(1).lower() if m else None


def _clause_from(first, breaks, openers) -> list:
    """The words of the clause starting at `first`, up to a break or a new clause."""
    tokens = []
    for t in first.doc[first.i:syntax.sentence(first).end]:
        if t.text in breaks or (t.lower_ in openers and tokens):
            break
        tokens.append(t)
    return tokens


def _complement_head(drafts: DocumentEvents, offset: int):
    """The event after a signal word: a preposition's object, else the first finite verb of
    the clause it introduces, else its first event noun."""
    signal = syntax.token_at(drafts.doc, max(0, offset - 1))
    if signal is not None and signal.pos_ == "ADP":
        objects = [c for c in signal.children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
    first = syntax.first_token_from(drafts.doc, drafts.text, offset)
    if first is None:
        return None
    tokens = _clause_from(first, E.CLAUSE_BREAKS, E.CLAUSE_OPENERS)
    for t in tokens:
        if t.tag_ in ("VBD", "VBZ", "VBP") and not t.dep_.startswith("aux"):
            return t
    for t in tokens:
        if t.lemma_.lower() in N.EVENT_NOUNS or t.lower_ in N.EVENT_NOUNS:
            return t
    nouns = [t for t in tokens if t.pos_ in ("NOUN",)]
    return nouns[0] if nouns else None


def _complement(drafts: DocumentEvents, head, offset: int) -> tuple[str, list[Participant]]:
    """The words after a signal, as a summary, and the actors they name: with a broken parse
    ("after Corbyn backer a motion") the words are surer than the tree."""
    first = syntax.first_token_from(drafts.doc, drafts.text, offset) or head
    tokens = []
    for t in head.doc[first.i:syntax.sentence(head).end]:
        if t.text in E.CLAUSE_BREAKS_QUOTED or (t.lower_ in E.CLAUSE_OPENERS_SO and tokens):
            break
        if t.is_space:
            break
        tokens.append(t)
    named = drafts.named_between(tokens[0].idx, tokens[-1].idx + len(tokens[-1])) if tokens else []
    actors = [Participant(a, "agent" if i == 0 else "patient") for i, a in enumerate(named)]
    return (shorten(syntax.join(tokens)) if tokens else drafts.summary(head)), actors


# ------------------------------------------------------------ one event by another
def _own_dates(drafts: DocumentEvents, gov) -> list[TimeExpr]:
    """The dates in the predicate's sentence that it governs itself."""
    sent = syntax.sentence(gov)
    return [t for t in drafts.timexes_in(sent.start_char, sent.end_char)
            if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
            and not E.ENDS_IN_SIGNAL_CASED.search(t.text)
            and syntax.governor(drafts.root_at(t.start, t.end) or gov) is gov]


def _story_event(drafts: DocumentEvents, root) -> Optional[DraftEvent]:
    """The event a "comes/came ... after/before/within" clause is about: dated by its own
    time expression if it has one, else the story's own news at the publication date."""
    gov = syntax.governor(root)
    if gov.lemma_.lower() not in E.COMING_LEMMAS and gov.pos_ != "VERB":
        return None
    own = _own_dates(drafts, gov)
    time = anchor.time_of(own[0]) if own else (
        anchor.dct_time(drafts.dct) if gov.lemma_.lower() in E.COMING_LEMMAS else None)
    subj = syntax.subject_of(gov, D.SUBJECT_OR_EXPLETIVE_DEPS)
    if subj is not None and subj.lower_ in E.STORY_PRONOUNS and time is not None and time.anchor == anchor.DCT:
        return DraftEvent(key="dct", kind="event", trigger=(gov.idx, gov.idx + len(gov)),
                          sentence=drafts.sentence_of(gov), summary="", time=time, status="past")
    if time is None:
        return None
    return drafts.event_for(gov, time)


def _link(drafts: DocumentEvents, target: DraftEvent, story: Optional[DraftEvent], word: str,
          offset: Optional[str], text: str) -> None:
    """"Y came after X": X before Y, kept unless X is the story's own news (the DCT)."""
    if story is not None and story.key != "dct":
        drafts.links.append(DraftLink(target.key, story.key, "before" if word == "after" else "after", offset, text))


def _offset_event(drafts: DocumentEvents, t: TimeExpr, root, signal: tuple[str, int], duration) -> bool:
    word, at = signal
    head = _complement_head(drafts, at)
    if head is None:
        return False
    summary, named = _complement(drafts, head, at)
    if t.type == "DATE" and t.earliest is not None:
        # The tagger already placed it ("35 years after" in "it comes ..."): the date is the complement's.
        target = drafts.event_for(head, anchor.time_of(t), summary=summary, fallback_actors=named)
        _link(drafts, target, _story_event(drafts, root), word, None, t.text)
        return True
    story = _story_event(drafts, root)
    placed = _date_in_apposition(drafts, t) if story is None or story.time is None else None
    if placed is not None and duration is not None:
        # "resigned on Friday, two days after the report was published": counted from that date
        base = anchor.time_of(placed)
        amount, unit = duration
        time = anchor.offset_from(base, amount, unit, word, t.approximate, base.anchor, t.text + " " + word, t.start, at)
        drafts.event_for(head, time, summary=summary, fallback_actors=named)
        return True
    if story is None or story.time is None or duration is None:
        target = drafts.event_for(head, None, summary=summary, fallback_actors=named)
        _link(drafts, target, story, word, t.value, t.text + " " + word)
        return target is not None
    amount, unit = duration
    time = anchor.offset_from(story.time, amount, unit, word, t.approximate,
                              anchor.DCT if story.key == "dct" else anchor.event_anchor(story.key),
                              t.text + " " + word, t.start, at)
    target = drafts.event_for(head, time, summary=summary, fallback_actors=named)
    _link(drafts, target, story, word, t.value, t.text + " " + word)
    return True


def _date_in_apposition(drafts: DocumentEvents, t: TimeExpr) -> Optional[TimeExpr]:
    """The date a length before or after stands beside, set off by a comma ("on March 17, two days
    before the launch"; "on Friday, just a week after the vote"): the length counts from it."""
    before = [d for d in drafts.timexes_in(max(0, t.start - E.APPOSED_DATE_WIDTH), t.start)
              if d.type in ("DATE", "TIME") and d.earliest is not None and d.latest is not None
              and not d.value.endswith("_REF") and d.end <= t.start]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    return last if E.APPOSED_DATE_GAP.fullmatch(drafts.text[last.end:t.start]) else None


def _within_event(drafts: DocumentEvents, t: TimeExpr, root, at: int) -> bool:
    head = _complement_head(drafts, at)
    story = _story_event(drafts, root)
    if head is None:
        return False
    summary, named = _complement(drafts, head, at)
    time = None
    if story is not None and story.time is not None:
        time = anchor.within(story.time, anchor.DCT if story.key == "dct" else anchor.event_anchor(story.key),
                             t.text, t.start, t.end)
    target = drafts.event_for(head, time, summary=summary, fallback_actors=named)
    if story is not None and story.key != "dct":
        drafts.links.append(DraftLink(target.key, story.key, "includes", t.value, "within " + t.text + " of"))
    return True


# ------------------------------------------------------------ states and their starts
def _state_start(drafts: DocumentEvents, t: TimeExpr, root, duration, signal: str) -> bool:
    """"after 99 years", "for almost a century": the state began that long before now."""
    if drafts.dct is None:
        return False
    gov = syntax.governor(root)
    state = _state_noun(gov)
    if state is None:
        return False
    if signal == "for" and syntax.tense_of(gov) == "future":
        return False
    amount, unit = duration
    time = anchor.began_before(drafts.dct, amount, unit, t.mod, t.approximate, f"{signal} {t.text}", t.start, t.end)
    drafts.add_state_start(state, time, shorten(_state_phrase(state) + E.STATE_START_SUFFIX))
    return True


def _state_phrase(state) -> str:
    """"ties with the party" for the state of "ties with the party after 99 years"."""
    tokens = [t for t in syntax.subtree(state, D.NOT_IN_SUMMARY_DEPS | {"acl"})
              if t.lower_ not in E.ARTICLE or t.i != state.left_edge.i]
    tokens = [t for t in tokens if not (t.dep_ == "prep" and t.lower_ in E.STATE_PREPOSITIONS)]
    tokens = [t for t in tokens if not any(a.dep_ == "prep" and a.lower_ in E.STATE_PREPOSITIONS
                                           for a in t.ancestors if a.i > state.i and a in state.subtree)]
    phrase = syntax.join(sorted(tokens, key=lambda x: x.i))
    return phrase[:1].upper() + phrase[1:]


def _state_noun(gov):
    candidates = [gov] + list(gov.children) + [gov.head]
    for c in list(candidates):
        candidates.extend(c.children)
    for c in candidates:
        if c.lemma_.lower() in N.STATE_NOUNS or c.lower_ in N.STATE_NOUNS:
            return c
    return None


def _anniversary_years(tok) -> Optional[int]:
    """"centenary": 100; "its 70th anniversary": 70."""
    years = N.ANNIVERSARY_NOUNS.get(tok.lower_) or N.ANNIVERSARY_NOUNS.get(tok.lemma_.lower())
    if not years and tok.lower_ in E.ANNIVERSARY:
        ordinal = [c for c in tok.children if c.dep_ == "amod" and E.ORDINAL.match(c.text)]
        years = int(E.NUMBER.match(ordinal[0].text).group()) if ordinal else None
    return years


def _anniversaries(drafts: DocumentEvents) -> tuple[list[int], dict[int, tuple[int, object]]]:
    """Every anniversary noun of the document with its years and what it is of, found once:
    looked for in each dated predicate's phrase, a long sentence made that square."""
    found = drafts.memo.get("anniversaries")
    if found is None:
        found = {}
        for tok in drafts.doc:
            years = _anniversary_years(tok)
            if not years:
                continue
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            obj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            if obj:
                found[tok.i] = (years, obj[0])
        found = drafts.memo["anniversaries"] = (sorted(found), found)
    return found


def _in_phrase_order(gov, tokens: list) -> list:
    """Those of `tokens` in the phrase of `gov`, in the order `gov.subtree` yields them (the
    parse may cross: not always the order in the text). A token's key is the path down to it,
    then itself: a left child comes before its head, a right one after; `gov` itself first."""
    keyed = []
    for tok in tokens:
        path, t = [tok.i, tok.i], tok
        while t.i != gov.i and t.head.i != t.i:
            t = t.head
            path.append(t.i)
        if t.i == gov.i:
            keyed.append((tuple(reversed(path[:-1])) if tok.i != gov.i else (-1,), tok))
    return [tok for _, tok in sorted(keyed, key=lambda x: x[0])]


def anniversary(drafts: DocumentEvents, gov, ev: DraftEvent) -> None:
    """"its centenary of affiliation next year": affiliation 100 years before next year."""
    if ev.time is None or ev.time.earliest is None:
        return
    positions, found = _anniversaries(drafts)
    lo, hi = bisect_left(positions, gov.left_edge.i), bisect_right(positions, gov.right_edge.i)
    if lo == hi:
        return
    for tok in _in_phrase_order(gov, [drafts.doc[i] for i in positions[lo:hi]]):
        years, state = found[tok.i]
        time = anchor.years_before(ev.time, years, ev.key)
        if time is None:
            continue
        drafts.add_state_start(state, time, shorten(_state_phrase(state) + E.STATE_START_SUFFIX))
        return
