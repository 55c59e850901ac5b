"""Events: what happened, when, with what status.

An event is a predicate (a verb, or a noun that names a happening) with its time. A time
expression dates the predicate that governs it in the parse. On top of that, the constructions
news uses to date one thing by another (`event_anchors`: "35 years after", "a week before",
"within hours of", "after 99 years", "its centenary next year").

Events that a timeline can place (a date) or that are someone's words (statements,
`statement_events`) are kept; an undated clause is kept when an actor takes part in it.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from . import syntax
from .event_anchors import anchor_by_others, anniversary
from .event_drafts import DocumentEvents, refused_to_tell
from .findings import ActorIndex, DraftEvent, DraftLink, StatementFinding
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import news as N
from .lexicon import time_words as T
from .model import EventTime, TimeExpr
from .statement_events import add_statements
from .temporal import anchor


def _date_events(drafts: DocumentEvents, consumed: set[int]) -> None:
    """Each date (not used up by a construction) dates the predicate that governs it, and the
    predicates that share it (`_sharing_the_date`) unless they govern a date of their own."""
    dated = []
    for i, t in enumerate(drafts.timexes):
        if i in consumed or t.type not in ("DATE", "TIME") or t.value.endswith("_REF") or _is_dateline(drafts, t):
            continue
        root = drafts.root_at(t.start, t.end)
        if root is not None and not _describes_a_person(root):
            dated.append((t, root, syntax.governor(root)))
    governors = drafts.memo["date_governors"] = {gov.i for _, _, gov in dated}
    drafts.memo["dated_predicates"] = [(gov, anchor.time_of(t)) for t, root, gov in dated if not _in_comparison(root, gov)]
    for t, root, gov in dated:
        time = anchor.time_of(t)
        baseline = _in_comparison(root, gov)
        if gov.i not in drafts.cue_tokens and not baseline:      # a statement's own date is its statement's
            own = anchor.last_before(time, drafts.dct) if gov.tag_ in E.SIMPLE_PAST_TAGS else time
            anniversary(drafts, gov, drafts.event_for(gov, own))
        for other in _sharing_the_date(drafts, root, gov, t, baseline) + _when_clause(drafts, t):
            if other.i not in governors and other.i not in drafts.cue_tokens:
                drafts.event_for(other, time)


def _describes_a_person(root) -> bool:
    """"The 2008 nominee, John McCain, said", "the fourth century saint, Augustine,": a date before
    a noun naming someone tells who they are, not when the sentence's acts happened."""
    noun = root.head
    if root.dep_ not in D.PREMODIFIER_DEPS and root.dep_ != D.DETERMINER_DEP or noun.i < root.i \
            or noun.pos_ != "NOUN" or _is_event_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    return (lemma in N.PEOPLE_NOUNS or lemma in N.ROLE_RELATIONS or lemma in E.DATED_ROLE_NOUNS
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in syntax.children(noun)))


def _when_clause(drafts: DocumentEvents, t: TimeExpr) -> list:
    """The verbs of a clause that tells what happened at a date it follows ("a year ago, when the
    market enjoyed high demand"; "in 1968 when flood waters swept through the valley"), with the
    verbs joined to them, wherever the parser attached the clause."""
    m = E.WHEN_AFTER_DATE.match(drafts.text, t.end)
    when = syntax.token_at(drafts.doc, m.end() - 1) if m else None
    if when is None or when.lower_ not in E.WHEN or when.head.pos_ != "VERB" or when.head.i == when.i:
        return []
    return [when.head] + _joined_verbs(when.head, _governors(drafts))


def _is_dateline(drafts: DocumentEvents, t: TimeExpr) -> bool:
    """The dateline's date ("WASHINGTON, March 12 (Xinhua) --") dates the story, not a predicate."""
    line = drafts.dateline()
    return line is not None and (line.start, line.end) == (t.start, t.end)


def _on_head_date_line(drafts: DocumentEvents, offset: int) -> bool:
    """"Detroit, March 3, 2009" over a story: a line that dates the page tells no happening (its
    date still dates the lede after it, `_dated_by_the_sentence_before`)."""
    line = drafts.head_date_line()
    return line is not None and line[0] <= offset < line[1]


def _is_event_noun(token) -> bool:
    if token.pos_ != "NOUN":
        return False
    lemma, word = token.lemma_.lower(), token.lower_
    return any(w in words for w in (lemma, word) for words in (N.EVENT_NOUNS, E.DATED_EVENT_NOUNS, E.HAPPENING_NOUNS))


def _in_comparison(root, gov) -> bool:
    """Whether the date belongs to the figure a predicate is compared with ("rose to $5 million
    from $4 million a year earlier", "compared with $2 million in the year-earlier quarter"):
    it dates that figure, not the predicate."""
    if gov.lower_ in E.COMPARISON_WORDS:
        return True
    step = root
    while step.head.i != step.i and step.head.i != gov.i:
        if step.head.lower_ in E.COMPARISON_WORDS and (step.i != root.i or step.dep_ not in D.PREPOSITION_OBJECT_DEPS):
            return True         # "from $4 million a year earlier"; not "from 1968", "from Sept. 14"
        step = step.head
    return False


def _sharing_the_date(drafts: DocumentEvents, root, gov, t: TimeExpr, baseline: bool = False) -> list:
    """The other predicates a date dates besides its governor: event nouns between the date and
    the governor ("a loss of $2 million last year") or just before it ("a news conference
    Friday", "early trading yesterday"); verbs joined to the governor ("killed three soldiers and
    wounded six"); the verb of a phase and its complement ("began to break up in mid-1996").
    A date in a comparison (`baseline`) dates only the nouns."""
    shared = []
    step = root
    while step.head.i != step.i and step.head.i != gov.i:
        step = step.head
        if _is_event_noun(step):
            shared.append(step)
    before = syntax.token_at(drafts.doc, t.start - 2) if t.start >= 2 else None
    if before is not None and before.i != gov.i and _is_event_noun(before) and _under(before, gov):
        shared.append(before)
    if not baseline:
        shared.extend(_told_of_the_date(root, gov))
        shared.extend(_verb_of_dated_happening(gov))
    if gov.pos_ == "VERB" and not baseline:
        shared.extend(_deeds_of_objects(gov, _governors(drafts)))
        shared.extend(_joined_verbs(gov, _governors(drafts)))
        shared.extend(_event_arguments(gov, _governors(drafts)))
        if gov.dep_ in D.OBJECT_PREDICATE_DEPS and gov.head.lemma_.lower() in E.ASPECTUAL_LEMMAS:
            shared.append(gov.head)
        if gov.lemma_.lower() in E.ASPECTUAL_LEMMAS or _date_after(t, gov):
            # "began delving Thursday"; "plans to hold a conference Tuesday": the plan's date is the act's
            shared.extend(c for c in syntax.children(gov) if c.dep_ == "xcomp" and c.pos_ == "VERB")
    if gov.pos_ == "AUX" and not baseline:
        shared.extend(_event_arguments(gov, _governors(drafts)))       # "the third quarter's losers were"; "the change is"
        shared.extend(_predicate_adjectives(gov))
    if not baseline:
        shared.extend(_described_happenings(gov, shared))
        shared.extend(_happening_made(gov))
    return shared + [c for n in [gov] + shared if n.pos_ == "NOUN"
                     for c in syntax.children(n) if c.dep_ == "conj" and _is_event_noun(c)]


def _predicate_adjectives(gov) -> list:
    """The adjective a dated copula says of its subject is the state the date dates ("the dividend
    is payable Jan. 2", "results were weak during the quarter", "officials weren't available
    late yesterday"): the state is named by the adjective as much as by "is"."""
    if gov.lemma_ != E.COPULA:
        return []
    return [c for c in syntax.children(gov) if c.dep_ in D.ADJECTIVE_PREDICATE_DEPS and c.pos_ == "ADJ"]


def _governors(drafts: DocumentEvents) -> set:
    """The predicates a date of the document dates directly (their token indexes)."""
    return drafts.memo.get("date_governors", set())


def _deeds_of_objects(gov, governors: set) -> list:
    """A past clause on what a dated past verb acted on tells what it did then ("signed the
    Lisbon Charter, which created the league"), unless a date of its own places it."""
    if syntax.tense_of(gov) != "past":
        return []
    objects = [c for c in syntax.children(gov) if c.dep_ in D.DIRECT_OBJECT_DEPS]
    return [c for o in objects for c in syntax.children(o) if c.dep_ == "relcl" and c.pos_ == "VERB"
            and c.i not in governors and syntax.tense_of(c) == "past"]


def _joined_verbs(gov, governors: set) -> list:
    """The verbs coordinated with the governor, down the chain the parser makes of a list
    ("charged $46 million, added $20 million and established a reserve": each joined to the one
    before); the chain stops at a verb with a date of its own."""
    joined, frontier = [], [gov]
    while frontier:
        nxt = [c for v in frontier for c in syntax.children(v) if c.dep_ == "conj" and c.pos_ == "VERB"]
        joined.extend(nxt)
        frontier = [c for c in nxt if c.i not in governors]
    return joined


def _date_after(t: TimeExpr, gov) -> bool:
    return t.start > gov.idx


def _described_happenings(gov, shared: list) -> list:
    """The participle that tells of a dated happening ("joined NATO Friday at a ceremony held in
    Independence", "a summit set for April") happens with it."""
    nouns = [n for n in [gov] + shared if n.pos_ == "NOUN" and _is_event_noun(n)]
    return [c for n in nouns for c in syntax.children(n)
            if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBG")]


def _happening_made(gov) -> list:
    """A happening the dated participle describes the making of ("an agreement reached in 1991",
    "a law passed in 1994") took place then."""
    noun = gov.head
    if gov.dep_ == "acl" and gov.tag_ == "VBN" and noun.i != gov.i and _is_event_noun(noun):
        return [noun]
    return []


def _told_of_the_date(root, gov) -> list:
    """The verbs of a clause that tells what happened at the date ("in 1968, when the Soviets
    invaded"), or what a dated happening did ("the 1996 bombing that killed one person and
    injured 100"), with the verbs joined to them."""
    clauses = [c for c in syntax.children(root) if c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.pos_ == "VERB"
               and any(g.lower_ in E.WHEN for g in syntax.children(c) if g.dep_ == "advmod")]
    if gov.pos_ == "NOUN" and _is_event_noun(gov):
        # "the 1996 bombing of a clinic that killed one person": the parser ties the clause to the
        # nearer noun, but a past deed there is the dated happening's
        of = [o for p in syntax.children(gov) if p.dep_ == "prep" and p.lower_ in E.OF
              for o in syntax.children(p) if o.dep_ == "pobj"]
        clauses += [c for n in [gov] + of for c in syntax.children(n) if c.dep_ == "relcl" and c.pos_ == "VERB"
                    and syntax.tense_of(c) == "past"]
    return clauses + [c for v in clauses for c in syntax.children(v) if c.dep_ == "conj" and c.pos_ == "VERB"]


def _verb_of_dated_happening(gov) -> list:
    """The verb a dated happening is the subject or the setting of happens at its time:
    "third-quarter sales dropped", "six were killed in an attack on Friday"."""
    if gov.pos_ != "NOUN" or not _is_event_noun(gov):
        return []
    verb = gov.head
    if gov.dep_ == "pobj" and verb.lower_ in E.SETTING_PREPOSITIONS:
        verb = verb.head
    elif gov.dep_ not in D.SUBJECT_DEPS:
        return []       # "strengthened the 1959 embargo": what is done to a happening comes after it
    return [verb] if verb.pos_ == "VERB" and verb.i != gov.i and syntax.tense_of(verb) == "past" else []


def _event_arguments(gov, governors=frozenset()) -> list:
    """Happenings named as the subject or object of a dated verb happen at its time: "the
    ceremony took place Friday", "held a rally on Saturday", "reported a loss for the quarter";
"""
    args = [c for c in syntax.children(gov) if c.dep_ in D.SUBJECT_OR_OBJECT_DEPS]
    # "wounded in the bombing", "read at a rally"; not "resigned after the vote"
    places = [c for c in syntax.children(gov) if c.dep_ == "prep" and c.lower_ not in E.ORDERING_PREPOSITIONS]
    args += [o for p in places for o in syntax.children(p) if o.dep_ == "pobj"]
    # "a surge in gains that began last fall": a happening its own clause dates is not the verb's
    return [n for a in args for n in _nouns_of_phrase(a) if _is_event_noun(n)
            and not any(c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.i in governors for c in syntax.children(n))]


def _nouns_of_phrase(noun) -> list:
    """The noun and the nouns its phrase names through its prepositions and coordinations ("a
    drop of 62.5 cents in over-the-counter trading", "charges of $3 million"), not through a
    clause of its own or a preposition that places them before or after ("losses since 1987")."""
    found, frontier = [], [noun]
    while frontier:
        n = frontier.pop()
        found.append(n)
        for c in syntax.children(n):
            if c.dep_ == "prep" and c.lower_ not in E.ORDERING_PREPOSITIONS:
                frontier.extend(o for o in syntax.children(c) if o.dep_ == "pobj")
            elif c.dep_ in E.NOUN_PHRASE_DEPS:
                frontier.append(c)
    return found


def _under(token, top, depth: int = 8) -> bool:
    """Whether `top` is among the token's heads, a few steps up."""
    for _ in range(depth):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == top.i:
            return True
    return False


def _narrates(drafts: DocumentEvents, token, reported: bool = False) -> bool:
    """Whether a word is a full verb of the story's own telling (`reported`: or of the words
    it reports, outside quotation marks)."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in D.AUXILIARY_DEPS or token.i in drafts.by_token \
            or token.i in drafts.cue_tokens:
        return False
    if token.pos_ == "AUX" and token.lemma_ != "be":
        return False        # "is", "are", "were" as main predicates; not modals
    if token.text[:1].isupper() and not token.is_sent_start:
        return False        # a name the tagger took for a verb ("MPs")
    if drafts.in_quote(token.idx) and not (reported and _plainly_told(token)):
        return False
    if not reported and drafts.in_statement(token.idx):
        return False
    if token.tag_ in ("VBG", "VBN") and token.dep_ in D.DESCRIBING_DEPS:
        return False        # "a growing market", "the phone released last year" describe, not narrate
    return not _fragment(token)


def _plainly_told(token) -> bool:
    """A quoted verb without a modal ("I have lost a son", "job creation is sturdy") tells
    what is or was; one with a modal ("they could go", "it will be") is the speaker's guess."""
    return not any(c.dep_ in D.AUXILIARY_DEPS and c.lower_ in N.FUTURE_MODALS for c in syntax.children(token))


def _fragment(token) -> bool:
    """A predicate that tells nothing on its own: a sentence that opens with its verb and has
    no subject, as an instruction to the reader ("read more") or page furniture ("comments");
    "is" with nothing after it, or with neither a subject nor a predicate of its own
    ("Corbyn's letter is", "… so is office could keep track")."""
    kids = syntax.children(token)
    if token.head.i == token.i and token.is_sent_start and syntax.subject_of(token, D.SUBJECT_OR_EXPLETIVE_DEPS) is None:
        return True
    if token.lemma_ != E.COPULA:
        return False
    said = [c for c in kids if c.dep_ in D.COMPLEMENT_DEPS or c.dep_ in D.COPULA_COMPLEMENT_DEPS]
    own_subject = any(c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in kids)
    end = syntax.sentence(token).end
    last = end <= token.i + 4 and all(t.is_punct or t.is_space for t in token.doc[token.i + 1:end])
    predicate = any(c.dep_ in D.COPULA_PREDICATE_DEPS for c in said)
    return (last and not said) or (not own_subject and not predicate)


def _undated_events(drafts: DocumentEvents) -> None:
    """Every full verb outside quotations is an event. One in the present tense ("Apple
    reports", "the store currently sells") describes the state at publication: it takes the
    publication date, anchored on context. A past one without a date keeps just its status.
    In reported words ("the company said it has agreed to buy"), only the recent past the
    present perfect tells is an event of the story: it happened by the publication date."""
    for token in syntax.tokens_of(drafts.doc):
        if not _narrates(drafts, token, reported=True):
            continue
        time = None
        tense = syntax.tense_of(token)
        perfect = _perfect(token)
        recent = tense == "past" and perfect and token.tag_ == "VBN"
        if drafts.in_statement(token.idx) and not recent and not _reported_state(drafts, token, tense) \
                and not (tense == "past" and (token.tag_ == "VBD" or _passive_simple_past(token))):
            continue
        if drafts.dct is not None and (tense == "present" or (tense == "past" and perfect)) \
                and not _since(token) and not _scheduled(drafts, token):
            time = anchor.dct_time(drafts.dct, anchor="context")
        if drafts.dct is not None and refused_to_tell(token):
            time = anchor.dct_time(drafts.dct, anchor="context")
        drafts.event_for(token, time)


def _passive_simple_past(token) -> bool:
    """"were killed", "was seen": the simple past of a passive, told as "died" or "rose" is (a
    participle with "was" or "were" of its own, not "had been")."""
    return token.tag_ == E.PERFECT_PARTICIPLE_TAG and any(
        c.dep_ == D.PASSIVE_AUXILIARY_DEP and c.tag_ in E.SIMPLE_PAST_TAGS for c in syntax.children(token))


def _perfect(token) -> bool:
    """A verb with "has" or "have" of its own, or one that shares them with the verb it is
    joined to ("has interviewed and released two men"): no auxiliary or subject of its own."""
    if any(c.dep_ == "aux" and c.lower_ in E.PERFECT_AUXILIARIES for c in syntax.children(token)):
        return True
    return token.dep_ == "conj" and token.head.i != token.i and _shares_auxiliaries(token) and _perfect(token.head)


def _reported_state(drafts: DocumentEvents, token, tense: str) -> bool:
    """A finite present in reported or quoted words ("Iran condemns any acts", "claims that the
    store violates an agreement", "said analysts are expecting write-downs", "“Job creation is
    sturdy,” he said") tells the state when the words were said, as the story's own does; not a
    participle of its own ("appears to be running")."""
    finite = token.tag_ in E.FINITE_PRESENT_TAGS or any(
        c.dep_ in D.AUXILIARY_DEPS and c.tag_ in E.FINITE_PRESENT_TAGS for c in syntax.children(token))
    return tense == "present" and finite


def _since(token) -> bool:
    """"have been sold since it went on sale in 1952", "has been on the run since the
    bombing": a perfect that spans a time up to now, not something that happened at the DCT;
    so does a verb joined to it that shares its auxiliary ("have been taken or located since")."""
    if any(c.lower_ in E.SINCE or any(g.lower_ in E.SINCE for g in syntax.children(c) if g.dep_ == "mark")
           for c in syntax.children(token)):
        return True
    return token.dep_ == "conj" and token.head.i != token.i and _shares_auxiliaries(token) and _since(token.head)


def _shares_auxiliaries(token) -> bool:
    """A participle joined to a verb with no auxiliary or subject of its own ("has interviewed
    and released"; the tagger often reads the second as a simple past): it takes the tense of
    the verb it is joined to."""
    head = token.head
    joined = any(c.dep_ == "cc" and head.i < c.i < token.i for c in syntax.children(head)) or (
        # "had been located, questioned and released": a middle one of a list, its "and" further on
        any(c.dep_ == "cc" and c.i > token.i for c in syntax.children(token))
        and any(t.text in E.LIST_SEPARATORS for t in token.doc[head.i + 1:token.i]))
    return joined and token.tag_ in E.JOINED_PARTICIPLE_TAGS and not any(
        c.dep_ in D.AUXILIARY_DEPS or c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in syntax.children(token))


def _scheduled(drafts: DocumentEvents, token) -> bool:
    """A present in a clause of a predicate dated after the DCT tells a plan ("to join in April,
    when the alliance celebrates its anniversary"), not the state at publication."""
    future = drafts.memo.get("future_dated")
    if future is None:
        future = drafts.memo["future_dated"] = {gov.i for gov, time in drafts.memo.get("dated_predicates", [])
                                                if anchor.side_of_dct(time, drafts.dct) == "future"}
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.i in future:
            return True
    return False


def _dated_in_sentence(drafts: DocumentEvents, token) -> tuple[list, set]:
    """The predicates of the token's sentence a date dates, with their times, and how many
    dates those are (indexed once per document)."""
    return _sentences_dated(drafts).get(syntax.sentence(token).start, ([], set()))


def _dated_with_their_clause(drafts: DocumentEvents) -> None:
    """A past verb with no date of its own takes the one day its sentence names when it is a part
    of the dated predicate's clause, or the dated predicate a part of its own ("the bomb
    exploded on Friday, killing 12"), not across a clause that describes a participant. A verb
    still to come does so with a date to come ("will meet on Monday to decide the matter")."""
    for ev in drafts.events:
        if ev.time is None and ev.kind == "event" and ev.status in ("past", "future") and ev.token is not None:
            time = _clause_date(drafts, drafts.doc[ev.token])
            if time is not None and (anchor.side_of_dct(time, drafts.dct) == "future") == (ev.status == "future"):
                _date_with_arguments(drafts, ev, time)


def _clauses_of_dated_nouns(drafts: DocumentEvents) -> None:
    """A past verb in the relative clause of a happening the text dates happens with it: "the
    2004 tsunami, which killed 230,000 people"."""
    for ev in list(drafts.events):
        if ev.kind != "event" or ev.token is None or ev.time is None or not ev.time.text \
                or anchor.clock_time(ev.time) or drafts.doc[ev.token].pos_ != "NOUN":
            continue
        for verb in syntax.children(drafts.doc[ev.token]):
            own = drafts.by_token.get(verb.i)
            if verb.dep_ == E.RELATIVE_CLAUSE_DEP and verb.pos_ == "VERB" and syntax.tense_of(verb) == "past" \
                    and verb.i not in _governors(drafts) and (own is None or own.time is None) \
                    and not drafts.in_quote(verb.idx):
                drafts.event_for(verb, ev.time)


def _happenings_of_dated_clauses(drafts: DocumentEvents) -> None:
    """A happening whose relative clause tells, with a date, what it did happened then: "the
    shootings that wounded two doctors in November", "the storm that hit the coast on Sunday"
    (the other way round from `_clauses_of_dated_nouns`)."""
    for noun in syntax.tokens_of(drafts.doc):
        own = drafts.by_token.get(noun.i)
        if (own is not None and own.time is not None) or not _is_event_noun(noun) or drafts.in_quote(noun.idx):
            continue
        for verb in syntax.children(noun):
            ev = drafts.by_token.get(verb.i)
            if verb.dep_ == E.RELATIVE_CLAUSE_DEP and verb.i in _governors(drafts) and ev is not None \
                    and ev.time is not None and ev.time.text and not anchor.clock_time(ev.time) \
                    and syntax.tense_of(verb) == "past":
                drafts.event_for(noun, ev.time)
                break


def _nouns_dated_with_their_clause(drafts: DocumentEvents) -> None:
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
            if noun.i in drafts.by_token or noun.i == gov.i or not _is_event_noun(noun):
                continue
            verb = _verb_of_noun(noun)
            if verb is not None and (verb.i == gov.i or _in_clause_of(verb, gov) or _in_clause_of(gov, _first_conjunct(verb))):
                drafts.event_for(noun, time)


def _nouns_of_dated_verbs(drafts: DocumentEvents) -> None:
    """A happening named by a noun in the clause of a dated verb happens at its time ("the
    ceremony drew 500 people", "took a write-off"), when a date written in the text dated the
    verb: the state a present verb tells at publication is often that of a happening before it
    ("a suspect in the shootings")."""
    for noun in syntax.tokens_of(drafts.doc):
        if noun.i in drafts.by_token or not _is_event_noun(noun):
            continue
        verb = _verb_of_noun(noun)
        ev = drafts.by_token.get(verb.i) if verb is not None else None
        if ev is not None and ev.kind == "event" and ev.time is not None and ev.time.text \
                and not anchor.clock_time(ev.time) and not _own_clause_dated(drafts, noun):
            drafts.event_for(noun, ev.time)


def _settings_of_statements(drafts: DocumentEvents) -> None:
    """A happening where words were said ("said at the ceremony", "in speeches before the vote,
    the ministers said") happened when they were said; not the manner of saying ("said in a
    move to calm investors")."""
    for ev in drafts.events:
        if ev.kind != "statement" or ev.time is None or ev.token is None or anchor.clock_time(ev.time):
            continue
        cue = drafts.doc[ev.token]
        places = [c for c in syntax.children(cue) if c.dep_ == "prep" and c.lower_ in E.SETTING_PREPOSITIONS]
        for noun in (o for p in places for o in syntax.children(p) if o.dep_ == "pobj"):
            if noun.i not in drafts.by_token and _is_event_noun(noun) and not drafts.in_quote(noun.idx) \
                    and noun.lemma_.lower() not in E.NOT_SETTING_NOUNS:
                drafts.event_for(noun, ev.time)


def _own_clause_dated(drafts: DocumentEvents, noun) -> bool:
    """"the coup that brought Varga to power 42 years ago": its own clause dates it."""
    return any(c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.i in _governors(drafts) for c in syntax.children(noun))


def _named_again(drafts: DocumentEvents) -> None:
    """A happening named again with a definite article ("the bombing", "the summit") is the one
    the story named and dated before with the same noun, when that noun had one date."""
    seen: dict = {}
    for tok in syntax.tokens_of(drafts.doc):
        ev = drafts.by_token.get(tok.i)
        if tok.pos_ == "VERB" and ev is not None and ev.time is not None and ev.time.text \
                and not anchor.clock_time(ev.time) and syntax.tense_of(tok) == "past":
            seen.setdefault(_kind_of_happening(tok.lemma_.lower()), set()).add(ev.time)     # "was shot on Friday" … "the killing"
        if not _is_event_noun(tok) or tok.dep_ == "compound":
            continue        # "the murder investigation" names the investigation
        if ev is not None and ev.time is not None:
            if ev.time.text and not anchor.clock_time(ev.time):
                seen.setdefault(_happening_word(tok), set()).add(ev.time)
            continue
        earlier = seen.get(_happening_word(tok), set())
        definite = any((c.dep_ == "det" and c.lower_ in E.DEFINITE) or c.dep_ in D.POSSESSOR_DEPS
                       for c in syntax.children(tok))      # "the bombing", "Ostrow's murder"
        one = _one_time(earlier) if definite else None
        if one is not None:
            drafts.event_for(tok, one)


def _one_time(times: set) -> Optional[EventTime]:
    """The time that dates of one happening agree on: the finest, when it lies within each of
    the others ("killed last October" … "shot on Oct. 23": Oct. 23), the first mentioned of it;
    None when they differ ("shot in 1994" … "shot on Oct. 23": two happenings)."""
    if not times or any(t.earliest is None or t.latest is None for t in times):
        return None
    finest = min(times, key=lambda t: t.latest - t.earliest)
    if any(not (t.earliest <= finest.earliest and finest.latest <= t.latest) for t in times):
        return None
    return _first_mentioned({t for t in times if t.value == finest.value})


def _happening_word(noun) -> str:
    """The verb a noun of a happening is made from ("shooting": "shoot"), else its lemma; for a
    happening a story names by several words ("the slaying", "the murder"), the word of its kind."""
    lemma = noun.lemma_.lower()
    word = lemma[:-len(E.GERUND)] if lemma.endswith(E.GERUND) and len(lemma) > len(E.GERUND) + 2 else lemma
    return _kind_of_happening(word)


def _kind_of_happening(word: str) -> str:
    return E.SAME_HAPPENING.get(word, word)


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


def _sentences_dated(drafts: DocumentEvents) -> dict:
    """For each sentence (by its first word), the predicates a date dates with their times, and
    the dates those are (indexed once per document)."""
    by_sentence = drafts.memo.get("dated_by_sentence")
    if by_sentence is None:
        by_sentence = drafts.memo["dated_by_sentence"] = {}
        for gov, time in drafts.memo.get("dated_predicates", []):
            entry = by_sentence.setdefault(syntax.sentence(gov).start, ([], set()))
            entry[0].append((gov, time))
            entry[1].add((time.start, time.end))
    return by_sentence


def _date_with_arguments(drafts: DocumentEvents, ev: DraftEvent, time) -> None:
    """The event takes the time, and so do the happenings named as its arguments ("the ceremony
    took place at the library")."""
    ev.time = time
    for noun in _event_arguments(drafts.doc[ev.token], _governors(drafts)):
        if noun.i not in drafts.by_token:
            drafts.event_for(noun, time)


def _clause_date(drafts: DocumentEvents, token):
    """The one day, month or year the token's sentence names, when the token is a part of the
    dated predicate's clause or the dated predicate a part of its own; else None."""
    dated, dates = _dated_in_sentence(drafts, token)
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


def _days_named(drafts: DocumentEvents) -> dict:
    """For each sentence (by its first word), the days (months, quarters, years) its past events
    and statements take from a date written in the text ("on Friday", "Oct. 23", "in the third
    quarter"): not from the publication date."""
    days: dict = {}
    for ev in drafts.events:
        t = ev.time
        if ev.token is not None and t is not None and t.text and ev.status == "past" \
                and t.granularity in E.CARRIED_GRANULARITIES and not anchor.clock_time(t):
            days.setdefault(syntax.sentence(drafts.doc[ev.token]).start, set()).add(t)
    return days


def _first_mentioned(times: set) -> EventTime:
    """Of mentions of one date ("Friday" … "today"), the first in the text: a set's own order
    changes from run to run, and the same articles must give the same file."""
    return min(times, key=lambda t: (t.start is None, t.start or 0, t.text or ""))


def _dated_by_the_sentence_before(drafts: DocumentEvents) -> None:
    """A story goes on where it was: a past verb in a sentence that names no date of its own
    happened on the one day, month, quarter or year the sentence before gave its past events
    ("Ostrow was shot on Friday night. He died in hospital."; "Third-quarter net rose 5%.
    Revenue gained 13%.")."""
    days = _days_named(drafts)
    told = _sentences_telling_the_past(drafts)
    carried: dict = {}
    for ev in sorted(drafts.events, key=lambda e: e.trigger[0]):
        if ev.time is not None or ev.kind != "event" or ev.status != "past" or ev.token is None \
                or drafts.in_statement(ev.trigger[0]):
            continue        # what someone reports happened before they told it, not where the story is
        sent = syntax.sentence(drafts.doc[ev.token])
        if sent.start == 0 or sent.start in days or _dated_in_sentence(drafts, drafts.doc[ev.token])[1] \
                or _has_when_clause(sent):
            continue        # "He moved to New York when he was nine": a time of its own
        token = drafts.doc[ev.token]
        before = _days_before(drafts, sent, days, carried, told, token.tag_ in E.SIMPLE_PAST_TAGS)
        if len({t.value for t in before}) == 1:
            _date_with_arguments(drafts, ev, _first_mentioned(before))
            carried.setdefault(sent.start, set()).add(ev.time)


def _has_when_clause(sent) -> bool:
    return any(t.dep_ == "advmod" and t.lower_ in E.WHEN and t.head.dep_ == "advcl" for t in sent)


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


def _statements_dated_by_their_context(drafts: DocumentEvents) -> None:
    """Words told without a date of their own were said when the clause they are part of
    happened ("In a survey finished on Saturday, 58 percent said"), before the dateline's day or
    the publication date they were given. (Not on the day the sentence before gave: "Moreno
    said Wednesday ... He said" carried that day, and lost more dates than it won on TimeBank.)"""
    default = drafts.memo.get("told_by_default", set())
    for ev in drafts.events:
        if ev.kind != "statement" or ev.key not in default or ev.status != "past" or ev.token is None:
            continue
        token = drafts.doc[ev.token]
        time = _clause_date(drafts, token)
        if time is not None and _reported(drafts, ev, token, time):
            time = None
        if time is not None:
            ev.time = time


def _statements_on_the_speakers_occasion(drafts: DocumentEvents) -> None:
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


def _reported_perfects(drafts: DocumentEvents) -> None:
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
            if (own is None or own.time is None) and _past_perfect(token) and not drafts.in_quote(token.idx) \
                    and token.i not in drafts.cue_tokens and not _since(token) and _reported_by(token, cue):
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
        if not _past_perfect(step):
            return False
    return False


def _past_perfect(token) -> bool:
    """A participle with "had" of its own ("had sunk", "had been located"), or one joined to such
    a participle that shares its auxiliaries ("had been located, interviewed and released")."""
    if token.tag_ != E.PERFECT_PARTICIPLE_TAG or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in E.PAST_PERFECT_AUXILIARIES for c in syntax.children(token)):
        return True
    return token.dep_ == "conj" and token.head.i != token.i and _shares_auxiliaries(token) and _past_perfect(token.head)


def _reported(drafts: DocumentEvents, ev: DraftEvent, cue, time) -> bool:
    """Whether the date is of what was said, not of the saying: inside the words reported, or
    in a clause joined to the cue as its report ("said he was there in 1968"; "closed it
    Thursday night, spokesman Serge Clermont said")."""
    if ev.quote_span and ev.quote_span[0] <= time.start < ev.quote_span[1]:
        return True
    gov = next((g for g, t in drafts.memo.get("dated_predicates", []) if t is time), None)
    if gov is None:
        return True
    low, high = (gov, cue) if _under(gov, cue) else (cue, gov)
    while low.i != high.i and low.head.i != low.i:
        if low.dep_ in E.REPORTED_CLAUSE_DEPS:
            return True
        low = low.head
    return False


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


def _stretches_since(drafts: DocumentEvents) -> None:
    """An event dated by "since X" ("has been closed since Monday", "Since 1983, the firm has
    shed 70 businesses") lasts, or falls, from X up to the publication date: not on X."""
    for ev in drafts.events:
        if ev.time is not None and ev.time.start is not None and _after_since(drafts.text, ev.time.start):
            ev.time = anchor.up_to_dct(ev.time, drafts.dct)


def _after_since(text: str, start: int) -> bool:
    """Whether the words right before a date are "since"."""
    before = text[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in E.SINCE


def extract_events(text: str, doc, dct: Optional[date], timexes: list[TimeExpr], index: ActorIndex,
                   statements: list[StatementFinding]) -> tuple[list[DraftEvent], list[DraftLink]]:
    drafts = DocumentEvents(text, doc, dct, timexes, index, statements)
    _date_events(drafts, anchor_by_others(drafts))
    add_statements(drafts)
    _undated_events(drafts)
    _dated_with_their_clause(drafts)
    _clauses_of_dated_nouns(drafts)
    _nouns_dated_with_their_clause(drafts)
    _dated_by_the_sentence_before(drafts)
    _nouns_of_dated_verbs(drafts)
    _named_again(drafts)
    _happenings_of_dated_clauses(drafts)     # after: "a spill that occurred 20 years ago" names another spill than "the spill"
    _statements_dated_by_their_context(drafts)
    _statements_on_the_speakers_occasion(drafts)
    _reported_perfects(drafts)
    _settings_of_statements(drafts)
    _stretches_since(drafts)
    # Inside a quotation, only what the speaker dates is a timeline event; the rest is their words.
    events = [e for e in drafts.events if e.kind == "statement" or e.time is not None or not drafts.in_quote(e.trigger[0])]
    dropped = {e.key for e in events if _on_head_date_line(drafts, e.trigger[0])}
    events = sorted((e for e in events if e.key not in dropped), key=lambda e: e.trigger[0])
    return events, [link for link in drafts.links
                    if link.source != link.target and link.source not in dropped and link.target not in dropped]
