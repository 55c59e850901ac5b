"""Reading the dependency parse: the few walks every stage needs, written once.

Pure functions of spaCy tokens. The label sets come from `lexicon.en_deps`, the words from the
lexicon modules, so a model with another scheme changes those files, not this one.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from itertools import islice
from typing import Callable, Iterable, Optional

from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import news as N
from .lexicon import speech as S

# A `pick` returns this when the clause has a subject but it names no one: the walk stops there.
STOP = object()

_VERB_POS = ("VERB", "AUX")


def subject_of(verb, deps: frozenset = D.SUBJECT_DEPS, climb: Optional[frozenset] = D.CLAUSE_SHARING_SUBJECT_DEPS,
               steps: Optional[int] = None, through_verbs_only: bool = False,
               pick: Optional[Callable] = None):
    """The subject of a predicate, or that of the clause it hangs from.

    At each clause, `pick(verb)` (by default: the first child whose label is in `deps`) says
    what stands for the subject; failing that the walk climbs to the head, when the clause
    shares its subject (`climb`: conjuncts, complements, adverbial clauses; None: any clause),
    at most `steps` times in all (None: to the root); with `through_verbs_only` only to a verb
    ("Trump tweeted …, encouraging his supporters to …")."""
    pick = pick or (lambda v: next((c for c in children(v) if c.dep_ in deps), None))
    n = 0
    while steps is None or n < steps:
        n += 1
        found = pick(verb)
        if found is STOP:
            return None
        if found is not None:
            return found
        if verb.head == verb or (climb is not None and verb.dep_ not in climb) or (
                through_verbs_only and verb.head.pos_ not in _VERB_POS):
            return None
        verb = verb.head
    return None


def quoted_before(token, cue) -> bool:
    """Whether a word is set in quotation marks that close before the cue ("“Safety,” said
    Hartmann": the quoted word the parser made a subject is what was said, not who said it)."""
    first = token.left_edge
    opened = first.text in N.QUOTATION_MARKS or (first.i > 0 and token.doc[first.i - 1].text in N.QUOTATION_MARKS)
    return opened and any(t.text in N.QUOTATION_MARKS for t in token.doc[token.i + 1:cue.i])


def governor(token):
    """The predicate a time expression dates: the noun it modifies ("the 1991 settlement",
    "Monday's announcement"), else the nearest verb or event noun above it."""
    if token.dep_ in D.PREMODIFIER_DEPS and token.head.pos_ == "NOUN" and token.head.i > token.i:
        return token.head
    t = token
    for _ in range(12):
        if t.head == t:
            return t
        t = t.head
        if is_predicate_verb(t):
            return t
        if t.pos_ == "NOUN" and t.lemma_.lower() in N.EVENT_NOUNS or t.text.lower() in N.EVENT_NOUNS:
            return t
    return t


def dates_the_noun_only(token, start: Optional[int], end: Optional[int]) -> bool:
    """Whether text[start:end] (a date) stands among a noun's words before it ("the Sept. 11, 2001,
    terrorist attacks", "the 2012 document"): it says which one the noun names, not when its
    sentence's other happenings were."""
    return (start is not None and end is not None and token.pos_ == "NOUN"
            and token.left_edge.idx <= start and end <= token.idx)


def verb_sharing_subject(token):
    """The verb whose subject does the act of a phrase hanging from it ("was booed after telling
    holdouts …", "hit back by saying …", "began by crediting …"); None when the token is no such
    phrase or has a subject of its own."""
    prep = token.head
    if (token.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in S.SUBJECT_SHARING_PREPOSITIONS
            and prep.head.pos_ in _VERB_POS and not any(c.dep_ in D.SUBJECT_DEPS for c in children(token))):
        return prep.head
    return None


def is_predicate_verb(token) -> bool:
    """A verb that heads a predicate, not an auxiliary of one."""
    return token.pos_ in _VERB_POS and token.dep_ not in D.AUXILIARY_DEPS


def under(token, top, steps: int = 8) -> bool:
    """Whether `top` is among the token's heads, a few steps up."""
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == top.i:
            return True
    return False


def subtree(token, skip: Iterable[str] = D.NOT_IN_SUMMARY_DEPS) -> list:
    """The token and the words that belong to its phrase, leaving out the labels in `skip`."""
    # Depth first, children in order, with a stack of its own: a chain of thousands of words
    # ("1 May 1 May …") is deeper than Python's recursion allows.
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(reversed([c for c in children(t) if _kept(c, skip)]))
    return out


def _kept(c, skip) -> bool:
    return _inner_hyphen(c) or not (c.dep_ in skip or c.is_space or c.dep_ == "punct" or c.text in E.OPENING_BRACKETS)


def _inner_hyphen(token) -> bool:
    """The hyphen inside a word ("Spain-based"), which a phrase keeps as it keeps the word."""
    return (token.text == "-" and not token.whitespace_ and 0 < token.i < len(token.doc) - 1
            and not token.doc[token.i - 1].whitespace_)


def subtree_start(token, skip: frozenset, k: int, memo: dict) -> tuple[list[int], int]:
    """The first `k` words of `subtree(token, skip)` in the order of the text (as indexes), and
    how many words it has in all. A summary needs the first words only, and in a long sentence
    the phrases nest thousands deep ("1 May 1 May …"): each word's start is made from its
    children's, once per document (`memo`), from the leaves up."""
    done = memo.setdefault(skip, {})
    stack = [(token, False)]
    while stack:
        t, ready = stack.pop()
        if t.i in done:
            continue
        kids = [c for c in children(t) if _kept(c, skip)]
        if not ready:
            stack.append((t, True))
            stack.extend((c, False) for c in kids if c.i not in done)
            continue
        first = list(islice(heapq.merge([t.i], *(done[c.i][0] for c in kids)), k))
        done[t.i] = (first, 1 + sum(done[c.i][1] for c in kids))
    return done[token.i]


def children(token) -> list:
    """`token.children`, from a table made once per document: spaCy finds a word's children by
    reading its whole phrase, which in a parse thousands deep is the whole sentence."""
    table = token.doc.user_data.get("timeline_children")
    if table is None:
        tokens = tokens_of(token.doc)
        table = [[] for _ in tokens]
        for t in tokens:
            if t.head.i != t.i:
                table[t.head.i].append(t)
        token.doc.user_data["timeline_children"] = table
    return list(table[token.i])


def tokens_of(doc) -> list:
    """The document's tokens, listed once per document: spaCy makes a new Token object at every
    `doc[i]` and at every step of every walk over the document, and the stages walk it dozens of
    times (the same words, so the same answers)."""
    tokens = doc.user_data.get("timeline_tokens")
    if tokens is None:
        tokens = doc.user_data["timeline_tokens"] = list(doc)
    return tokens


def sentence(token):
    """`token.sent`, looked up: spaCy walks the sentence to its ends on every call, which over
    the words of a long sentence is square in its length. Listed once per document."""
    cached = token.doc.user_data.get("timeline_sentence_starts")
    if cached is None:
        sents = list(token.doc.sents)
        cached = token.doc.user_data["timeline_sentence_starts"] = (sents, [s.start for s in sents])
    sents, starts = cached
    return sents[bisect_right(starts, token.i) - 1]


def _tense_chain(token) -> list:
    """The predicate and those it takes its tense from ("plans to sell": sell, plans)."""
    chain = [token]
    t = token
    for _ in range(4):
        if t.head == t or t.dep_ not in D.TENSE_FROM_HEAD_DEPS:
            break
        t = t.head
        chain.append(t)
    return chain


def tense_of(token) -> str:
    """past, present or future for a predicate. What is not (yet) realised counts as future:
    "will"/"would"/"could" clauses and infinitive complements ("plans to sell", "in talks to
    arrange", "Apple to give"); the planning verb itself keeps its own tense."""
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == S.INFINITIVE_MARK for c in children(token)):
        return "future"
    chain = _tense_chain(token)
    for i, t in enumerate(chain):
        aux = [c for c in children(t) if c.dep_ in D.AUXILIARY_DEPS]
        words = {c.lower_ for c in aux} | {t.lower_}
        if words & N.FUTURE_MODALS:
            return "past" if _could_not(t, words) else "future"
        if i > 0 and chain[i - 1].dep_ == "xcomp" and t.lemma_.lower() in N.FUTURE_ORIENTED:
            return "future"
        if t.tag_ == "VBD" or (t.tag_ == "VBN" and words & E.PAST_AUXILIARIES):
            return "past"
        if any(c.tag_ == "VBD" for c in aux):
            return "past"
        if t.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in aux):
            if words & E.PERFECT_AUXILIARIES and t.tag_ == "VBN":
                return "past"
            return "present"
    return "past" if token.pos_ in ("NOUN", "PROPN") else "present"


def _could_not(verb, words: set) -> bool:
    """"could not be reached", "couldn't estimate the charge": an ability that failed, a past
    fact, not something still to come like "could be reached"."""
    return words & N.FUTURE_MODALS <= N.PAST_ABILITY_MODALS and any(c.dep_ == "neg" for c in children(verb))


def token_at(doc, offset: int):
    """The token holding the character at `offset`, or None: by bisection over the tokens'
    starts, listed once per document (a walk over the document for each offset was square)."""
    starts = doc.user_data.get("timeline_token_starts")
    if starts is None:
        starts = doc.user_data["timeline_token_starts"] = [t.idx for t in doc]
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < starts[i] + len(doc[i]):
        return tokens_of(doc)[i]
    return None


def first_token_from(doc, text: str, offset: int):
    """The first token at or after `offset`, spaces skipped."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return token_at(doc, offset)


def span_root(doc, start: int, end: int):
    """`Span.root` of the words over [start, end). spaCy counts, for each word whose head is
    outside the span, its steps up to the sentence's root: over a parse thousands deep ("1 May
    1 May …") each look-up walked the sentence. A sentence root in the span is its root, and a
    single word headed from outside is the root without counting; only for several is it asked."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    outside = []
    for t in span:
        if t.head.i == t.i:
            return t
        if not span.start <= t.head.i < span.end:
            outside.append(t)
    if len(outside) == 1:
        return outside[0]
    # As spaCy does: the fewest steps up, the first among equals; a space or punctuation mark
    # with no children counts as far (len(doc) - 1); none nearer than len(doc): the first word.
    best, root = len(span.doc), span[0]
    for t in outside:
        steps = len(span.doc) - 1 if (t.is_space or t.is_punct) and not t.n_lefts and not t.n_rights else depth(t)
        if steps < best:
            best, root = steps, t
    return root


def depth(token) -> int:
    """The steps from the token up to its sentence's root, from a table made once per document."""
    depth = token.doc.user_data.get("timeline_depth")
    if depth is None:
        doc = token.doc
        depth = [-1] * len(doc)
        for t in doc:
            path = []
            while depth[t.i] < 0 and t.head.i != t.i and len(path) < len(doc):     # no endless loop on a broken parse
                path.append(t.i)
                t = t.head
            known = depth[t.i] if depth[t.i] >= 0 else 0
            depth[t.i] = known
            for n, i in enumerate(reversed(path), 1):
                depth[i] = known + n
        token.doc.user_data["timeline_depth"] = depth
    return depth[token.i]


def sentence_of(text: str, token) -> tuple[int, int]:
    """The token's sentence as character offsets, without trailing spaces."""
    s = sentence(token)
    start, end = s.start_char, s.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def rest_of_hyphenated_word(token) -> list:
    """The tokens after `token` that make one hyphenated word with it where the parse gave each a
    dependency of its own ("co", "-", "operation" each the subject of "foreign co-operation has
    contributed"): a summary that keeps the first keeps them all."""
    rest, t = [], token
    while (t.i + 2 < len(t.doc) and _inner_hyphen(t.doc[t.i + 1]) and t.doc[t.i + 2].is_alpha
           and t.doc[t.i + 1].head == token.head and t.doc[t.i + 2].head == token.head):
        rest += [t.doc[t.i + 1], t.doc[t.i + 2]]
        t = t.doc[t.i + 2]
    return rest


def join(tokens) -> str:
    """Tokens as text: their own spacing where they are adjacent, one space where words are left out
    (and with them the hyphen that joined them to a word kept)."""
    out = ""
    prev = None
    tokens = list(tokens)
    for at, t in enumerate(tokens):
        if _inner_hyphen(t) and not (prev is not None and prev.i == t.i - 1
                                     and at + 1 < len(tokens) and tokens[at + 1].i == t.i + 1):
            continue        # the hyphen of a word whose other part the phrase leaves out
        if prev is not None:
            adjacent = t.i == prev.i + 1
            out += prev.whitespace_ if adjacent else " "
        out += t.text
        prev = t
    return re.sub(r"\s+", " ", out).strip(" ,;:–—-")
