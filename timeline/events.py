"""Events: what happened, when, with what status.

An event is a predicate (a verb, or a noun that names a happening) with its time. A time
expression dates the predicate that governs it in the parse. On top of that, the constructions
news uses to date one thing by another:

- "X came a week before Y", "it comes 35 years after Y": Y is that far from X, and X (the
  story's own event, with no date of its own) is the publication date;
- "X came within hours of Y": Y is at X's time;
- "after 99 years", "for almost a century": a state that began that long before the
  publication date (its start is an event of its own);
- "its centenary ... next year": what the centenary is of happened 100 years before.

Events that a timeline can place (a date) or that are someone's words (statements) are kept;
an undated clause is kept when an actor takes part in it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from .findings import ActorIndex, DraftEvent, DraftLink, StatementFinding
from .lexicon import en_news as N
from .model import EventTime, Participant, TimeExpr
from .temporal.values import interval_of, parse_duration, shift, value_for

MAX_SUMMARY_WORDS = 15
_SKIP_DEPS = {"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc", "conj", "mark", "ccomp", "dep", "meta"}
_OBJECT_DEPS = {"dobj", "attr", "acomp", "dative", "oprd", "agent", "prep", "xcomp", "npadvmod", "prt", "pobj"}


def _dct_time(dct: Optional[date], text: Optional[str] = None, start=None, end=None) -> Optional[EventTime]:
    if dct is None:
        return None
    return EventTime(dct.isoformat(), dct, dct, "day", True, "dct", text, start, end)


def _time_of(t: TimeExpr) -> EventTime:
    anchor = t.anchor if t.anchor in ("absolute", "dct", "context") else "none"
    return EventTime(t.value, t.earliest, t.latest, t.granularity, t.approximate, anchor, t.text, t.start, t.end)


def _shifted(base: EventTime, amount: float, unit: str, approximate: bool, anchor: str,
             text: Optional[str], start: Optional[int], end: Optional[int]) -> Optional[EventTime]:
    if base.earliest is None or base.latest is None:
        return None
    earliest, latest = shift(base.earliest, amount, unit), shift(base.latest, amount, unit)
    if earliest > latest:
        earliest, latest = latest, earliest
    granularity = unit if unit in ("day", "week", "month", "year", "decade", "century") else "day"
    if base.granularity in ("year", "decade", "century") and granularity in ("day", "week", "month"):
        granularity = base.granularity
    if granularity == "week":
        granularity = "day"
    value = value_for(earliest, granularity) if granularity != "day" or earliest == latest else earliest.isoformat()
    if granularity in ("year", "decade", "century"):
        e2, l2, _ = interval_of(value)
        if e2 is not None and not approximate:
            earliest, latest = min(earliest, e2), max(latest, l2)
    return EventTime(value, earliest, latest, granularity, approximate or base.approximate, anchor, text, start, end)


class _Builder:
    def __init__(self, text: str, doc, dct: Optional[date], timexes: list[TimeExpr], index: ActorIndex,
                 statements: list[StatementFinding]):
        self.text, self.doc, self.dct = text, doc, dct
        self.timexes = timexes
        self.index = index
        self.statements = statements
        self.events: list[DraftEvent] = []
        self.links: list[DraftLink] = []
        self.by_token: dict[int, DraftEvent] = {}
        self.quote_ranges = [(s.quote_start, s.quote_end) for s in statements if s.direct]
        self.types = {a.id: a.type for a in index.actors}

    # ------------------------------------------------------------ helpers
    def token_at(self, offset: int):
        for t in self.doc:
            if t.idx <= offset < t.idx + len(t):
                return t
        return None

    def span_root(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quote_ranges)

    def sentence_of(self, token) -> tuple[int, int]:
        s = token.sent
        start, end = s.start_char, s.end_char
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def governor(self, token):
        """The predicate a time expression dates: the noun it modifies ("the 1991 settlement",
        "Monday's announcement"), else the nearest verb or event noun above it."""
        if token.dep_ in ("compound", "nummod", "amod", "poss", "npadvmod", "nmod") and token.head.pos_ == "NOUN" \
                and token.head.i > token.i:
            return token.head
        t = token
        for _ in range(12):
            if t.head == t:
                return t
            t = t.head
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
                return t
            if t.pos_ == "NOUN" and t.lemma_.lower() in N.EVENT_NOUNS or t.text.lower() in N.EVENT_NOUNS:
                return t
        return t

    def event_for(self, token, time: Optional[EventTime], derived: bool = False,
                  summary: Optional[str] = None, fallback_actors: Optional[list[Participant]] = None) -> DraftEvent:
        existing = self.by_token.get(token.i)
        if existing is not None:
            if time is not None and (existing.time is None or _finer(time, existing.time)):
                existing.time = time
                existing.status = self.status(token, time)
            return existing
        actors = self.participants(token) or fallback_actors or []
        ev = DraftEvent(key=f"t{token.i}", kind="event", trigger=(token.idx, token.idx + len(token)),
                        sentence=self.sentence_of(token), summary=summary or self.summary(token),
                        time=time, status=self.status(token, time), actors=actors,
                        token=token.i, derived=derived)
        self.events.append(ev)
        self.by_token[token.i] = ev
        return ev

    # ------------------------------------------------------------ summaries and participants
    def subject(self, verb):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                return c
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
            return self.subject(verb.head)
        return None

    def _subtree(self, token, skip=_SKIP_DEPS) -> list:
        out = [token]
        for c in token.children:
            if c.dep_ in skip or c.is_space or (c.dep_ == "punct"):
                continue
            if c.text in ("(", "["):
                continue
            out.extend(self._subtree(c, skip))
        return out

    def summary(self, token) -> str:
        if token.pos_ in ("NOUN", "PROPN"):
            tokens = self._subtree(token, _SKIP_DEPS | {"acl"})
        else:
            tokens = [token]
            subj = self.subject(token)
            if subj is not None and subj.lower_ in ("which", "who", "that") and token.dep_ == "relcl":
                tokens += self._subtree(token.head, _SKIP_DEPS | {"acl", "prep"})   # its antecedent
            elif subj is not None and subj.lower_ not in ("it", "this", "that", "which", "who"):
                tokens += self._subtree(subj)
            for c in token.children:
                if c.dep_ in ("aux", "auxpass", "neg", "prt"):
                    tokens.append(c)
                elif c.dep_ in _OBJECT_DEPS:
                    tokens += self._subtree(c)
        asides = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)|\[[^\[\]]*\]", self.text[token.sent.start_char:token.sent.end_char])]
        base = token.sent.start_char
        tokens = sorted({t.i: t for t in tokens if not t.is_space
                         and not any(base + a <= t.idx < base + b for a, b in asides)}.values(), key=lambda t: t.i)
        return _shorten(_join(tokens))

    def participants(self, token) -> list[Participant]:
        roles: dict[str, str] = {}
        subj = self.subject(token) if token.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.lower_ in ("which", "who", "that") and token.dep_ == "relcl":
            subj = token.head
        if subj is not None:
            for aid in self._actors_in(subj):
                roles.setdefault(aid, "agent")
        for c in token.children:
            if c.dep_ == "poss":
                for aid in self._actors_in(c):
                    roles.setdefault(aid, "agent")
            elif c.dep_ in ("dobj", "dative", "pobj", "prep", "attr", "oprd"):
                for aid in self._actors_in(c):
                    roles.setdefault(aid, "patient")
        return [Participant(aid, role) for aid, role in roles.items()]

    def _actors_in(self, token) -> list[str]:
        s, e = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        seen = []
        for _, _, aid in self.index.overlapping(s, e):
            if aid not in seen:
                seen.append(aid)
        return seen

    # ------------------------------------------------------------ status
    def status(self, token, time: Optional[EventTime]) -> str:
        if time is not None and self.dct is not None:
            if time.latest is not None and time.latest < self.dct:
                return "past"
            if time.earliest is not None and time.earliest > self.dct:
                return "future"
        return self.tense(token)

    def tense(self, token) -> str:
        """past, present or future for a predicate. What is not (yet) realised counts as future:
        "will"/"would"/"could" clauses and infinitive complements ("plans to sell", "in talks to
        arrange", "Apple to give"); the planning verb itself keeps its own tense."""
        if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return "future"
        chain = [token]
        t = token
        for _ in range(4):
            if t.head == t or t.dep_ not in ("xcomp", "conj", "pobj", "prep", "relcl", "acl", "ccomp", "dobj",
                                             "nsubj", "pcomp", "advcl"):
                break
            t = t.head
            chain.append(t)
        for i, t in enumerate(chain):
            aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
            words = {c.lower_ for c in aux} | {t.lower_}
            if words & N.FUTURE_MODALS:
                return "future"
            if i > 0 and chain[i - 1].dep_ == "xcomp" and t.lemma_.lower() in N.FUTURE_ORIENTED:
                return "future"
            if t.tag_ == "VBD" or (t.tag_ == "VBN" and words & {"has", "have", "had", "was", "were"}):
                return "past"
            if any(c.tag_ == "VBD" for c in aux):
                return "past"
            if t.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux):
                if words & {"has", "have"} and t.tag_ == "VBN":
                    return "past"
                return "present"
        return "past" if token.pos_ in ("NOUN", "PROPN") else "present"

    # ------------------------------------------------------------ the constructions
    def signal_after(self, t: TimeExpr) -> Optional[tuple[str, int]]:
        m = re.match(r"\s+(after|before|of|since)\b", self.text[t.end:t.end + 12], re.I)
        if m:
            return m.group(1).lower(), t.end + m.end()
        if re.search(r"\b(after|before)$", t.text, re.I):
            return t.text.split()[-1].lower(), t.end
        return None

    def signal_before(self, t: TimeExpr) -> Optional[str]:
        m = re.search(r"\b(after|for|within|in|over|since)\s+$", self.text[max(0, t.start - 10):t.start], re.I)
        return m.group(1).lower() if m else None

    def first_token_from(self, offset: int):
        while offset < len(self.text) and self.text[offset].isspace():
            offset += 1
        return self.token_at(offset)

    def complement_head(self, offset: int):
        """The event after a signal word: a preposition's object, else the first finite verb of
        the clause it introduces, else its first event noun."""
        signal = self.token_at(max(0, offset - 1))
        if signal is not None and signal.pos_ == "ADP":
            objects = [c for c in signal.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
        first = self.first_token_from(offset)
        if first is None:
            return None
        sent_end = first.sent.end
        tokens = []
        for t in first.doc[first.i:sent_end]:
            if t.text in (",", ";", ".", ":") or (t.lower_ in ("which", "who", "where") and tokens):
                break
            tokens.append(t)
        for t in tokens:
            if t.tag_ in ("VBD", "VBZ", "VBP") and not t.dep_.startswith("aux"):
                return t
        for t in tokens:
            if t.lemma_.lower() in N.EVENT_NOUNS or t.lower_ in N.EVENT_NOUNS:
                return t
        nouns = [t for t in tokens if t.pos_ in ("NOUN",)]
        return nouns[0] if nouns else None

    def complement(self, head, offset: int) -> tuple[str, list[Participant]]:
        """The words after a signal, as a summary, and the actors they name: with a broken parse
        ("after Corbyn backer a motion") the words are surer than the tree."""
        first = self.first_token_from(offset) or head
        tokens = []
        for t in head.doc[first.i:head.sent.end]:
            if t.text in (",", ";", ".", ":", "“", "”") or (t.lower_ in ("which", "who", "where", "so") and tokens):
                break
            if t.is_space:
                break
            tokens.append(t)
        named: list[str] = []
        if tokens:
            for _, _, aid in self.index.overlapping(tokens[0].idx, tokens[-1].idx + len(tokens[-1])):
                if aid not in named:
                    named.append(aid)
        actors = [Participant(a, "agent" if i == 0 else "patient") for i, a in enumerate(named)]
        return (_shorten(_join(tokens)) if tokens else self.summary(head)), actors

    def build(self) -> None:
        consumed: set[int] = set()
        for i, t in enumerate(self.timexes):
            root = self.span_root(t.start, t.end)
            if root is None:
                continue
            signal = self.signal_after(t)
            before = self.signal_before(t)
            duration = parse_duration(t.value) if t.type == "DURATION" else None
            if signal and signal[0] in ("after", "before") and (t.type == "DATE" or duration):
                if self.offset_event(t, root, signal, duration):
                    consumed.add(i)
                    continue
            if signal and signal[0] == "of" and before == "within" and t.type == "DURATION":
                if self.within_event(t, root, signal[1]):
                    consumed.add(i)
                    continue
            if t.type == "DURATION" and before in ("after", "for") and duration:
                if self.state_start(t, root, duration, before):
                    consumed.add(i)
                    continue
        for i, t in enumerate(self.timexes):
            if i in consumed or t.type not in ("DATE", "TIME") or t.value.endswith("_REF"):
                continue
            root = self.span_root(t.start, t.end)
            if root is None:
                continue
            gov = self.governor(root)
            if gov.i in self.statement_tokens():
                continue
            ev = self.event_for(gov, _time_of(t))
            self.anniversary(gov, ev)

    def statement_tokens(self) -> set[int]:
        return {s.cue_token for s in self.statements if s.cue_token is not None}

    def story_event(self, root) -> Optional[DraftEvent]:
        """The event a "comes/came ... after/before/within" clause is about: dated by its own
        time expression if it has one, else the story's own news at the publication date."""
        gov = self.governor(root)
        if gov.lemma_.lower() not in ("come",) and gov.pos_ != "VERB":
            return None
        own = [t for t in self.timexes if t.type in ("DATE", "TIME") and not t.value.endswith("_REF")
               and gov.sent.start_char <= t.start < gov.sent.end_char
               and not re.search(r"\b(after|before)$", t.text) and self.governor(self.span_root(t.start, t.end) or gov) is gov]
        time = _time_of(own[0]) if own else (_dct_time(self.dct) if gov.lemma_.lower() == "come" else None)
        subj = self.subject(gov)
        if subj is not None and subj.lower_ in ("it", "this", "that") and time is not None and time.anchor == "dct":
            return DraftEvent(key="dct", kind="event", trigger=(gov.idx, gov.idx + len(gov)),
                              sentence=self.sentence_of(gov), summary="", time=time, status="past")
        if time is None:
            return None
        return self.event_for(gov, time)

    def offset_event(self, t: TimeExpr, root, signal: tuple[str, int], duration) -> bool:
        word, at = signal
        head = self.complement_head(at)
        if head is None:
            return False
        summary, named = self.complement(head, at)
        if t.type == "DATE" and t.earliest is not None:
            # The tagger already placed it ("35 years after" in "it comes ..."): the date is the complement's.
            time = _time_of(t)
            target = self.event_for(head, time, summary=summary, fallback_actors=named)
            story = self.story_event(root)
            if story is not None and story.key != "dct":
                self.links.append(DraftLink(target.key, story.key, "before" if word == "after" else "after",
                                            None, t.text))
            return True
        story = self.story_event(root)
        if story is None or story.time is None or duration is None:
            target = self.event_for(head, None, summary=summary, fallback_actors=named)
            if story is not None and story.key != "dct":
                self.links.append(DraftLink(target.key, story.key, "before" if word == "after" else "after",
                                            t.value, t.text + " " + word))
            return target is not None
        amount, unit = duration
        sign = -1 if word == "after" else 1
        time = _shifted(story.time, sign * amount, unit, t.approximate, "dct" if story.key == "dct" else f"event:{story.key}",
                        t.text + " " + word, t.start, at)
        target = self.event_for(head, time, summary=summary, fallback_actors=named)
        if story.key != "dct":
            self.links.append(DraftLink(target.key, story.key, "before" if word == "after" else "after",
                                        t.value, t.text + " " + word))
        return True

    def within_event(self, t: TimeExpr, root, at: int) -> bool:
        head = self.complement_head(at)
        story = self.story_event(root)
        if head is None:
            return False
        summary, named = self.complement(head, at)
        time = None
        if story is not None and story.time is not None:
            base = story.time
            earliest = base.earliest - timedelta(days=1) if base.earliest else None
            time = EventTime(base.value, earliest, base.latest, base.granularity, True,
                             "dct" if story.key == "dct" else f"event:{story.key}", t.text, t.start, t.end)
        target = self.event_for(head, time, summary=summary, fallback_actors=named)
        if story is not None and story.key != "dct":
            self.links.append(DraftLink(target.key, story.key, "includes", t.value, "within " + t.text + " of"))
        return True

    def state_start(self, t: TimeExpr, root, duration, signal: str) -> bool:
        """"after 99 years", "for almost a century": the state began that long before now."""
        if self.dct is None:
            return False
        gov = self.governor(root)
        state = self._state_noun(gov, t)
        if state is None:
            return False
        if signal == "for" and self.tense(gov) == "future":
            return False
        amount, unit = duration
        start = shift(self.dct, -amount, unit)
        approximate = t.approximate or t.mod is not None
        if approximate:
            # "almost a century": up to a tenth less than the stated length.
            earliest, latest = start, shift(self.dct, -amount * (0.9 if t.mod in ("LESS_THAN", "EQUAL_OR_LESS") else 1), unit)
            if t.mod in ("MORE_THAN", "EQUAL_OR_MORE"):
                earliest, latest = shift(self.dct, -amount * 1.1, unit), start
            if t.mod == "APPROX":
                earliest, latest = shift(self.dct, -amount * 1.05, unit), shift(self.dct, -amount * 0.95, unit)
        else:
            earliest, latest = interval_of(value_for(start, "year" if unit in ("year", "decade", "century") else "day"))[:2]
        granularity = "year" if unit in ("year", "decade", "century") else "day"
        time = EventTime(value_for(start, granularity), earliest, latest, granularity, approximate, "duration",
                         f"{signal} {t.text}", t.start, t.end)
        summary = _shorten(self.state_phrase(state) + " began")
        self.add_state_start(state, time, summary)
        return True

    def state_phrase(self, state) -> str:
        tokens = [t for t in self._subtree(state, _SKIP_DEPS | {"acl"}) if t.lower_ not in ("the",) or t.i != state.left_edge.i]
        tokens = [t for t in tokens if not (t.dep_ == "prep" and t.lower_ in ("after", "for", "since"))]
        tokens = [t for t in tokens if not any(a.dep_ == "prep" and a.lower_ in ("after", "for", "since") for a in t.ancestors if a.i > state.i and a in state.subtree)]
        phrase = _join(sorted(tokens, key=lambda x: x.i))
        return phrase[:1].upper() + phrase[1:]

    def add_state_start(self, state, time: EventTime, summary: str) -> None:
        for ev in self.events:
            if ev.derived and ev.time and _overlap(ev.time, time):
                if _narrower(time, ev.time):
                    ev.time = time
                return
        ev = DraftEvent(key=f"s{state.i}", kind="event", trigger=(state.idx, state.idx + len(state)),
                        sentence=self.sentence_of(state), summary=summary, time=time, status="past",
                        actors=self.participants(state), token=state.i, derived=True)
        self.events.append(ev)

    def _state_noun(self, gov, t: TimeExpr):
        candidates = [gov] + list(gov.children) + [gov.head]
        for c in list(candidates):
            candidates.extend(c.children)
        for c in candidates:
            if c.lemma_.lower() in N.STATE_NOUNS or c.lower_ in N.STATE_NOUNS:
                return c
        return None

    def anniversary(self, gov, ev: DraftEvent) -> None:
        """"its centenary of affiliation next year": affiliation 100 years before next year."""
        if ev.time is None or ev.time.earliest is None:
            return
        for tok in [gov] + list(gov.subtree):
            years = N.ANNIVERSARY_NOUNS.get(tok.lower_) or N.ANNIVERSARY_NOUNS.get(tok.lemma_.lower())
            if not years:
                if tok.lower_ in ("anniversary",):
                    ordinal = [c for c in tok.children if c.dep_ == "amod" and re.match(r"\d+(?:st|nd|rd|th)$", c.text)]
                    years = int(re.match(r"\d+", ordinal[0].text).group()) if ordinal else None
            if not years:
                continue
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            obj = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
            state = obj[0] if obj else None
            if state is None:
                continue
            time = _shifted(ev.time, -years, "year", ev.time.approximate, f"event:{ev.key}",
                            ev.time.text, ev.time.start, ev.time.end)
            if time is None:
                continue
            time = replace(time, anchor="duration")
            self.add_state_start(state, time, _shorten(self.state_phrase(state) + " began"))
            return

    def add_statements(self) -> None:
        for s in self.statements:
            cue = self.doc[s.cue_token] if s.cue_token is not None else self.token_at(s.cue_start)
            own = None
            for t in self.timexes:
                if t.type in ("DATE", "TIME") and not t.value.endswith("_REF") and cue.sent.start_char <= t.start < cue.sent.end_char:
                    if not (s.quote_start <= t.start < s.quote_end):
                        root = self.span_root(t.start, t.end)
                        if root is not None and self.governor(root).i == cue.i:
                            own = _time_of(t)
            time = own or _dct_time(self.dct)
            actors = []
            if s.speaker:
                actors.append(Participant(s.speaker, "speaker"))
            if s.addressee and s.addressee != s.speaker:
                actors.append(Participant(s.addressee, "addressee"))
            quote = " … ".join(self.text[a:b] for a, b in s.segments) if s.segments else self.text[s.quote_start:s.quote_end]
            self.events.append(DraftEvent(
                key=f"q{s.cue_start}-{s.quote_start}", kind="statement", trigger=(s.cue_start, s.cue_end),
                sentence=self.sentence_of(cue), summary=self.statement_summary(s, quote),
                time=time, status=self.status(cue, own) if own else self.tense(cue) if self.tense(cue) != "future" else "future",
                actors=actors, quote=quote, quote_span=(s.quote_start, s.quote_end), direct=s.direct,
                speaker=s.speaker, addressee=s.addressee, token=cue.i))

    def statement_summary(self, s: StatementFinding, quote: str) -> str:
        actor = self.index.get(s.speaker) if s.speaker else None
        speaker = actor.name if actor else (s.speaker_text or "Someone")
        cue = self.text[s.cue_start:s.cue_end].lower()
        if actor and s.speaker_text and actor.type != "PERSON" and not actor.generic and re.search(r"\b(?:" + "|".join(N.SPOKESPERSON_NOUNS) + r")\b", s.speaker_text, re.I):
            speaker = f"{speaker} spokesperson"
        addressee = self.index.get(s.addressee) if s.addressee else None
        if addressee:
            cue = f"{cue} {addressee.name}"
        elif not s.direct and s.cue_end < s.quote_start:
            # "focused on British Jewry", "accused Holt of being a Democrat": the words that join
            # the cue to what it reports belong to the cue.
            between = self.text[s.cue_end:s.quote_start].strip()
            if between and len(between.split()) <= 3 and not re.search(r"[.,;:!?\"“”]", between):
                cue = f"{cue} {between}"
        words = quote.split()
        head = " ".join(words[:9]) + ("…" if len(words) > 9 else "")
        if cue.startswith("according"):
            return f"According to {speaker}, {head}"
        if not s.speaker and not s.speaker_text:
            # No one named: "some JLM members are expected to push for …", "questions about …".
            line = head if s.quote_start <= s.cue_start < s.quote_end else f"{cue} {head}"
            return line[:1].upper() + line[1:]
        return f"{speaker} {cue}: “{head}”" if s.direct else f"{speaker} {cue} {head}"

    def add_undated(self) -> None:
        """Every full verb outside quotations is an event. One in the present tense ("Apple
        reports", "the store currently sells") describes the state at publication: it takes the
        publication date, anchored on context. A past one without a date keeps just its status."""
        cues = self.statement_tokens()
        for token in self.doc:
            if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass") or token.i in self.by_token or token.i in cues:
                continue
            if token.pos_ == "AUX" and token.lemma_ != "be":
                continue        # "is", "are", "were" as main predicates; not modals
            if token.text[:1].isupper() and not token.is_sent_start:
                continue        # a name the tagger took for a verb ("MPs")
            if self.in_quote(token.idx) or any(s.quote_start <= token.idx < s.quote_end for s in self.statements):
                continue
            if token.tag_ in ("VBG", "VBN") and token.dep_ in ("amod", "acl", "compound"):
                continue        # "a growing market", "the phone released last year" describe, not narrate
            time = None
            tense = self.tense(token)
            perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children)
            if self.dct is not None and (tense == "present" or (tense == "past" and perfect)):
                time = EventTime(self.dct.isoformat(), self.dct, self.dct, "day", True, "context")
            self.event_for(token, time)


def _finer(a: EventTime, b: EventTime) -> bool:
    order = ["day", "week", "month", "quarter", "season", "year", "decade", "century", "unknown"]
    return order.index(a.granularity if a.granularity in order else "unknown") < order.index(
        b.granularity if b.granularity in order else "unknown")


def _overlap(a: EventTime, b: EventTime) -> bool:
    return bool(a.earliest and a.latest and b.earliest and b.latest and a.earliest <= b.latest and b.earliest <= a.latest)


def _narrower(a: EventTime, b: EventTime) -> bool:
    return (a.latest - a.earliest) < (b.latest - b.earliest)


def _join(tokens) -> str:
    out = ""
    prev = None
    for t in tokens:
        if prev is not None:
            adjacent = t.i == prev.i + 1
            out += prev.whitespace_ if adjacent else " "
        out += t.text
        prev = t
    return re.sub(r"\s+", " ", out).strip(" ,;:–—-")


def _shorten(words: str) -> str:
    parts = words.split()
    if len(parts) <= MAX_SUMMARY_WORDS:
        return words
    return " ".join(parts[:MAX_SUMMARY_WORDS]).rstrip(",;:") + "…"


def extract_events(text: str, doc, dct: Optional[date], timexes: list[TimeExpr], index: ActorIndex,
                   statements: list[StatementFinding]) -> tuple[list[DraftEvent], list[DraftLink]]:
    builder = _Builder(text, doc, dct, timexes, index, statements)
    builder.build()
    builder.add_statements()
    builder.add_undated()
    # Inside a quotation, only what the speaker dates is a timeline event; the rest is their words.
    builder.events = [e for e in builder.events
                      if e.kind == "statement" or e.time is not None or not builder.in_quote(e.trigger[0])]
    builder.events.sort(key=lambda e: e.trigger[0])
    return builder.events, [l for l in builder.links if l.source != l.target]
