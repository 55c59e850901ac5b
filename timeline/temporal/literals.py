"""The strings a regular expression cannot match without: a cheap test that spares its scan.

`required_strings(pattern)` reads the pattern's syntax tree (the standard library's own parser)
and returns a few lowercase ASCII strings one of which every non-empty match holds, or None
when it cannot tell. The tagger then skips a window whose case-folded text holds none of them:
the pattern could not match there, so the results are the same, only cheaper.

The test is exact under one condition, which the caller checks (`folds_exactly`): case-
insensitive matching treats a few non-ASCII letters as ASCII ones ("K" KELVIN SIGN as "k",
"ſ" as "s", dotted and dotless I as "i"), which an ASCII case fold does not see.
"""
from __future__ import annotations

import re
from itertools import product
from typing import Callable, Optional

try:                                       # the parser behind `re` (Python 3.11 renamed it)
    from re import _constants as _C, _parser as _P
except ImportError:                        # pragma: no cover - Python < 3.11
    import sre_constants as _C             # type: ignore[no-redef]
    import sre_parse as _P                 # type: ignore[no-redef]

_MAX_STRINGS = 64          # the most strings an exact reading keeps before giving up
_MAX_REQUIRED = 12         # the most strings worth testing in a window
_MAX_TESTS = 3             # the most sets tested
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT) + ((_C.POSSESSIVE_REPEAT,) if hasattr(_C, "POSSESSIVE_REPEAT") else ())

# The non-ASCII letters that case-insensitive matching equates with ASCII ones.
_UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_exactly(text: str) -> bool:
    """Whether an ASCII case fold of `text` shows every letter a case-insensitive pattern sees."""
    return text.isascii() or _UNFOLDED.search(text) is None


def required_strings(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of a few lowercase strings, each such that every non-empty match of `pattern`
    contains one of its strings; the least likely to be found first. Empty if none is known."""
    try:
        tree = _P.parse(pattern.pattern, pattern.flags)
    except Exception:                      # an unknown parser: no shortcut, never a wrong one
        return ()
    options = sorted(_options(list(tree), _cost), key=_cost)
    return tuple(frozenset(o) for o in options if len(o) <= _MAX_REQUIRED)[:_MAX_TESTS]


def _exact(items) -> Optional[set[str]]:
    """Every string the sequence `items` can match, lowercased, when they are few and ASCII."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL and av < 128:
            alternatives: Optional[set[str]] = {chr(av).lower()}
        elif op is _C.SUBPATTERN:
            alternatives = _exact(av[-1])
        elif op is _C.BRANCH:
            readings = [_exact(branch) for branch in av[1]]
            alternatives = None if any(r is None for r in readings) else set().union(*readings)
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            inner = _exact(av[2])
            alternatives = None if inner is None else inner | {""}
        else:
            return None
        if alternatives is None or len(out) * len(alternatives) > _MAX_STRINGS:
            return None
        out = {a + b for a, b in product(out, alternatives)}
    return out


def _required(items, cost: Callable[[set[str]], float]) -> Optional[set[str]]:
    """Strings one of which every match of the sequence `items` holds; None if unknown."""
    options = _options(items, cost)
    return min(options, key=cost) if options else None


def _options(items, cost: Callable[[set[str]], float]) -> list[set[str]]:
    """Every set of strings found of which each match of the sequence `items` holds one."""
    options: list[set[str]] = []
    run: set[str] = {""}                   # the exact strings of the current run of exact items

    def close_run() -> None:
        if "" not in run:
            options.append(run)

    for item in items:
        exact = _exact([item])
        if exact is not None:
            longer = {a + b for a, b in product(run, exact)} if len(run) * len(exact) <= _MAX_STRINGS else None
            if longer is None:
                close_run()
                longer = exact
            run = longer
            continue
        close_run()
        run = {""}
        inner = _inner_required(*item, cost)
        if inner:
            options.append(inner)
    close_run()
    return options


def _inner_required(op, av, cost) -> Optional[set[str]]:
    if op is _C.SUBPATTERN:
        return _required(av[-1], cost)
    if op is _C.BRANCH:
        readings = [_required(branch, cost) for branch in av[1]]
        return None if any(not r for r in readings) else set().union(*readings)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2], cost)
    return None


def _cost(strings: set[str]) -> float:
    """How likely a window is to hold one of `strings`: short strings are common."""
    return sum(1.0 / len(s) ** 3 for s in strings)


def alternation(words, space: str = r"\s+") -> str:
    """An alternation of words or phrases (a space in them matching `space`), factored by common
    prefixes: at a given place it matches the longest that fits, as a longest-first alternation
    does, and the engine tries one branch per character instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie, space)


def _trie_pattern(node: dict, space: str) -> str:
    branches = [(space if ch == " " else re.escape(ch)) + _trie_pattern(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
