"""The spans of a speaker's words: a name's unbroken run without punctuation at its edges, a noun
phrase's own words (not a relative clause or apposition hanging from it), and whether an offset
lies inside a quotation."""
from __future__ import annotations

from typing import Optional

from ..lexicon import deps as D


def run_around(tokens: list, head) -> list:
    """The unbroken run of `tokens` (in order) that holds `head`, without punctuation at its
    edges: "Northern Rock, the second-largest bank in Britain, has announced" leaves the
    apposition out, and with it the comma after it, so that the speaker is Northern Rock."""
    at = next((k for k, t in enumerate(tokens) if t.i == head.i), None)
    if at is None:
        return tokens
    first = last = at
    while first > 0 and tokens[first - 1].i == tokens[first].i - 1:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].i == tokens[last].i + 1:
        last += 1
    run = tokens[first:last + 1]
    while len(run) > 1 and run[-1].is_punct and run[-1].i != head.i:
        run.pop()
    while len(run) > 1 and run[0].is_punct and run[0].i != head.i:
        run.pop(0)
    return run


def own_words(head) -> tuple[int, int]:
    """The span of a noun phrase's own words: not a relative clause or apposition hanging from it
    ("Dean Holloway, who runs Mercer's campaign," is Holloway)."""
    own = [t for t in head.subtree if not any(a.dep_ in D.APPOSITION_OR_CLAUSE_DEPS and a.i != head.i
                                             and head in a.ancestors for a in [t, *t.ancestors])]
    own = run_around(own or [head], head)
    return own[0].idx, own[-1].idx + len(own[-1])


def inside(span: Optional[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies within the span (a quotation), if there is one."""
    return span is not None and span[0] <= at < span[1]
