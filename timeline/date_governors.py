"""What a date of the text dates directly: the predicate that governs it in the parse, and the
predicates that share it ("a loss of $2 million last year", "killed three soldiers and wounded
six", "in 1968, when the Soviets invaded"). Not a date that tells who someone is ("the 2008
nominee"), the dateline's, nor the date of a figure a predicate is compared with.

The predicates dated here (`governor_indexes`, `dated_predicates`) are what the later steps of the
event stage date others by.
"""
from __future__ import annotations

from . import syntax
from .event_anchors import anniversary
from .event_drafts import DocumentEvents
from .happenings import event_arguments, is_event_noun
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import news as N
from .model import TimeExpr
from .temporal import anchor


def date_events(drafts: DocumentEvents, consumed: set[int]) -> None:
    """Each date (not used up by a construction) dates the predicate that governs it, and the
    predicates that share it (`_sharing_the_date`) unless they govern a date of their own."""
    dated = []
    for i, t in enumerate(drafts.timexes):
        if i in consumed or t.type not in ("DATE", "TIME") or t.value.endswith("_REF") or _is_dateline(drafts, t) \
                or _calendar_date_beside(drafts, i):
            continue
        root = drafts.root_at(t.start, t.end)
        if root is not None and not _describes_a_person(root):
            governor = syntax.governor(root)
            if _across_a_semicolon(drafts.text, t, governor):
                governor = _predicate_of_its_item(drafts.text, t, syntax.sentence(root))
            if governor is not None and not _tells_who(root, governor):
                dated.append((t, root, governor))
    governors = drafts.memo["date_governors"] = {gov.i for _, _, gov in dated}
    readings = [(t, root, gov, anchor.time_of(t), _in_comparison(root, gov)) for t, root, gov in dated]
    drafts.memo["dated_predicates"] = [(gov, time) for _, _, gov, time, baseline in readings if not baseline]
    for t, root, gov, time, baseline in readings:
        if gov.i not in drafts.cue_tokens and not baseline:      # a statement's own date is its statement's
            own = anchor.last_before(time, drafts.dct) if gov.tag_ in E.SIMPLE_PAST_TAGS else time
            anniversary(drafts, gov, drafts.event_for(gov, own))
        for other in _sharing_the_date(drafts, root, gov, t, baseline) + _when_clause(drafts, t):
            if other.i not in governors and other.i not in drafts.cue_tokens \
                    and not _across_a_semicolon(drafts.text, t, other):
                drafts.event_for(other, time)


def _calendar_date_beside(drafts: DocumentEvents, i: int) -> bool:
    """A date reckoned from another ("nearly two weeks later") with a calendar date set right
    after it (", on Sept. 13"): the calendar date dates the predicate, the reckoning only
    repeats it (and may be reckoned from the wrong point)."""
    t = drafts.timexes[i]
    if t.anchor != "context":
        return False
    after = drafts.text[t.end:t.end + 8]
    return any(u.type == "DATE" and u.anchor in ("absolute", "dct") and after[:u.start - t.end] in E.APPOSED_DATE_JOINERS
               for u in drafts.timexes_in(t.end + 1, t.end + len(after) + 1))


def _across_a_semicolon(text: str, t: TimeExpr, token) -> bool:
    """A semicolon parts the items of a list ("in 1692 a quake killed 2,000; in 1843 another killed
    5,000"): a date in one item dates nothing in another, wherever the parser attached it."""
    between = text[token.idx + len(token):t.start] if token.idx < t.start else text[t.end:token.idx]
    return ";" in between


def _predicate_of_its_item(text: str, t: TimeExpr, sentence):
    """The verb highest in the parse between the semicolons around the date, if any."""
    start = text.rfind(";", sentence.start_char, t.start) + 1 or sentence.start_char
    end = text.find(";", t.end, sentence.end_char)
    end = sentence.end_char if end < 0 else end
    verbs = [tok for tok in sentence if start <= tok.idx < end and syntax.is_predicate_verb(tok)]
    return min(verbs, key=syntax.depth, default=None)


def _describes_a_person(root) -> bool:
    """"The 2008 nominee, John McCain, said", "the fourth century saint, Augustine,": a date before
    a noun naming someone tells who they are, not when the sentence's acts happened."""
    noun = root.head
    if root.dep_ not in D.PREMODIFIER_DEPS and root.dep_ != D.DETERMINER_DEP or noun.i < root.i \
            or noun.pos_ != "NOUN" or is_event_noun(noun):
        return False
    lemma = noun.lemma_.lower()
    return (lemma in N.PEOPLE_NOUNS or lemma in N.ROLE_RELATIONS or lemma in E.DATED_ROLE_NOUNS
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in syntax.children(noun)))


def _tells_who(root, gov) -> bool:
    """Whether the date describes a noun of the clause rather than when its verb happened."""
    return _in_an_apposition(root, gov) or in_the_subject(root, gov)


def _in_an_apposition(root, gov) -> bool:
    """"Eritrea, an Italian colony from 1890 until 1941, was annexed", "Borders, a child of the
    '80s, is": a date inside a noun set beside another tells what that one is, not when the
    sentence's verb happened (the date hangs from a phrase of that noun, not from the noun itself)."""
    # not "the one that made him angry: a tweet last February" (the tweet's own date)
    return any(step.dep_ == D.APPOSITION_DEP and step.pos_ in ("NOUN", "PROPN") and not is_event_noun(step)
               and root.head.i != step.i for step in _path_up(root, gov)[1:])


def in_the_subject(root, gov) -> bool:
    """"The minister, who lived in London from 1968 until 1989, said": a date after a clause
    inside the phrase of the verb's subject tells who or what the subject is, not when the verb
    happened, wherever the parser hangs it. (Not "the minister on Monday said": the parser hangs
    a verb's date on its subject too.)"""
    step = _just_under(root, gov)
    return (step is not None and step.i != root.i and step.dep_ in D.SUBJECT_DEPS
            and step.pos_ in ("NOUN", "PROPN", "PRON") and not is_event_noun(step)
            and any(c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.i < root.i for c in syntax.subtree(step, frozenset())))


def _just_under(root, gov):
    """The word on the path up from `root` that hangs from `gov` itself, or None when `gov` is
    not above it."""
    step = _path_up(root, gov)[-1]
    return step if step.head.i == gov.i and step.i != gov.i else None


def _path_up(root, gov) -> list:
    """The date's word and its heads up to the one that hangs from `gov` (or to the sentence's
    root, when `gov` is not above it)."""
    path = [root]
    while path[-1].head.i != path[-1].i and path[-1].head.i != gov.i:
        path.append(path[-1].head)
    return path


def _when_clause(drafts: DocumentEvents, t: TimeExpr) -> list:
    """The verbs of a clause that tells what happened at a date it follows ("a year ago, when the
    market enjoyed high demand"; "in 1968 when flood waters swept through the valley"), with the
    verbs joined to them, wherever the parser attached the clause."""
    m = E.WHEN_AFTER_DATE.match(drafts.text, t.end)
    when = syntax.token_at(drafts.doc, m.end() - 1) if m else None
    if when is None or when.lower_ not in E.WHEN or when.head.pos_ != "VERB" or when.head.i == when.i:
        return []
    return [when.head] + _joined_verbs(when.head, governor_indexes(drafts))


def _is_dateline(drafts: DocumentEvents, t: TimeExpr) -> bool:
    """The dateline's date ("WASHINGTON, March 12 (Xinhua) --") dates the story, not a predicate."""
    line = drafts.dateline()
    return line is not None and (line.start, line.end) == (t.start, t.end)


def _in_comparison(root, gov) -> bool:
    """Whether the date belongs to the figure a predicate is compared with ("rose to $5 million
    from $4 million a year earlier", "compared with $2 million in the year-earlier quarter"):
    it dates that figure, not the predicate."""
    if gov.lower_ in E.COMPARISON_WORDS or _of_the_starting_figure(root, gov):
        return True
    path = _path_up(root, gov)
    # "from $4 million a year earlier"; not "from 1968", "from Sept. 14"
    return any(head.lower_ in E.COMPARISON_WORDS and (step.i != root.i or step.dep_ not in D.PREPOSITION_OBJECT_DEPS)
               for step, head in zip(path, path[1:]))


def _of_the_starting_figure(root, gov) -> bool:
    """"jumped from 100,000 in 1980 to 300,000 last year": a date set between the figure a change
    starts from and the one it reaches dates the start, not the change (the parser hangs it on
    the verb)."""
    step = _just_under(root, gov)
    if step is None:
        return False
    starts = [c for c in syntax.children(gov) if c.lower_ in E.CHANGE_START_WORDS and c.i < step.i
              and any(o.like_num for o in syntax.subtree(c, frozenset()))]
    return bool(starts) and any(c.lower_ in E.CHANGE_END_WORDS and c.i > step.i for c in syntax.children(gov))


def _sharing_the_date(drafts: DocumentEvents, root, gov, t: TimeExpr, baseline: bool = False) -> list:
    """The other predicates a date dates besides its governor: event nouns between the date and
    the governor ("a loss of $2 million last year") or just before it ("a news conference
    Friday", "early trading yesterday"); verbs joined to the governor ("killed three soldiers and
    wounded six"); the verb of a phase and its complement ("began to break up in mid-1996").
    A date in a comparison (`baseline`) dates only the nouns."""
    shared = [step for step in _path_up(root, gov)[1:] if is_event_noun(step)]
    before = syntax.token_at(drafts.doc, t.start - 2) if t.start >= 2 else None
    if before is not None and before.i != gov.i and is_event_noun(before) and syntax.under(before, gov):
        shared.append(before)
    if not baseline:
        shared.extend(_told_of_the_date(root, gov))
        shared.extend(_verb_of_dated_happening(gov))
    if gov.pos_ == "VERB" and not baseline:
        shared.extend(_deeds_of_objects(gov, governor_indexes(drafts)))
        shared.extend(_joined_verbs(gov, governor_indexes(drafts)))
        shared.extend(event_arguments(gov, governor_indexes(drafts)))
        if gov.dep_ in D.OBJECT_PREDICATE_DEPS and gov.head.lemma_.lower() in E.ASPECTUAL_LEMMAS:
            shared.append(gov.head)
        if gov.lemma_.lower() in E.ASPECTUAL_LEMMAS or _date_after(t, gov):
            # "began delving Thursday"; "plans to hold a conference Tuesday": the plan's date is the act's
            shared.extend(c for c in syntax.children(gov) if c.dep_ == "xcomp" and c.pos_ == "VERB")
    if gov.pos_ == "AUX" and not baseline:
        # "the third quarter's losers were"; "the change is"
        shared.extend(event_arguments(gov, governor_indexes(drafts)))
        shared.extend(_predicate_adjectives(gov))
    if not baseline:
        shared.extend(_described_happenings(gov, shared))
        shared.extend(_happening_made(gov))
    return shared + [c for n in [gov] + shared if n.pos_ == "NOUN"
                     for c in syntax.children(n) if c.dep_ == "conj" and is_event_noun(c)]


def _predicate_adjectives(gov) -> list:
    """The adjective a dated copula says of its subject is the state the date dates ("the dividend
    is payable Jan. 2", "results were weak during the quarter", "officials weren't available
    late yesterday"): the state is named by the adjective as much as by "is"."""
    if gov.lemma_ != E.COPULA:
        return []
    return [c for c in syntax.children(gov) if c.dep_ in D.ADJECTIVE_PREDICATE_DEPS and c.pos_ == "ADJ"]


def governor_indexes(drafts: DocumentEvents) -> set:
    """The predicates a date of the document dates directly (their token indexes)."""
    return drafts.memo.get("date_governors", set())


def dated_predicates(drafts: DocumentEvents) -> list:
    """The predicates the document's dates date directly, outside comparisons, each with its
    date's time: (token, time) pairs, in the order of the dates."""
    return drafts.memo.get("dated_predicates", [])


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
    nouns = [n for n in [gov] + shared if n.pos_ == "NOUN" and is_event_noun(n)]
    return [c for n in nouns for c in syntax.children(n)
            if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBG")]


def _happening_made(gov) -> list:
    """A happening the dated participle describes the making of ("an agreement reached in 1991",
    "a law passed in 1994") took place then."""
    noun = gov.head
    if gov.dep_ == "acl" and gov.tag_ == "VBN" and noun.i != gov.i and is_event_noun(noun):
        return [noun]
    return []


def _told_of_the_date(root, gov) -> list:
    """The verbs of a clause that tells what happened at the date ("in 1968, when the Soviets
    invaded", "the following year he was appointed"), or what a dated happening did ("the 1996
    bombing that killed one person and injured 100"), with the verbs joined to them."""
    clauses = [c for c in syntax.children(root) if c.dep_ in D.MODIFYING_CLAUSE_DEPS and c.pos_ == "VERB"
               and (any(g.lower_ in E.WHEN for g in syntax.children(c) if g.dep_ == "advmod")
                    or (c.dep_ == D.RELATIVE_CLAUSE_DEP and root.pos_ == "NOUN"))]
    if gov.pos_ == "NOUN" and is_event_noun(gov):
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
    if gov.pos_ != "NOUN" or not is_event_noun(gov):
        return []
    verb = gov.head
    if gov.dep_ == "pobj" and verb.lower_ in E.SETTING_PREPOSITIONS:
        verb = verb.head
    elif gov.dep_ not in D.SUBJECT_DEPS:
        return []       # "strengthened the 1959 embargo": what is done to a happening comes after it
    if verb.pos_ != "VERB" or verb.i == gov.i or syntax.tense_of(verb) != "past":
        return []
    return [verb] + _gapped_head(verb)


def _gapped_head(verb) -> list:
    """"Six were killed and 58 injured in an attack on Friday": the parser hangs the second,
    verbless half's participle on its number ("58 injured"), joined to the first verb; the setting
    both halves share dates that verb too."""
    number = verb.head
    if verb.dep_ == "acl" and number.dep_ == "conj" and number.head.pos_ == "VERB" and number.head.i != number.i:
        return [number.head]
    return []
