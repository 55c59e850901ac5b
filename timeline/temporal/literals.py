"""The strings a regular expression cannot match without: a cheap test that spares its scan.

`required_strings(pattern)` reads the pattern's syntax tree (the standard library's own parser)
and returns a few lowercase ASCII strings one of which every non-empty match holds, or None
when it cannot tell. The tagger then skips a window whose case-folded text holds none of them:
the pattern could not match there, so the results are the same, only cheaper.

`case_folded(pattern)` is the same pattern for that case-folded text, matched case-sensitively,
which the engine runs faster than a case-insensitive pattern (a case-sensitive alternation
skips each branch whose first letter differs, without entering it).

Both are exact under one condition, which the caller checks (`folds_exactly`): case-
insensitive matching treats a few non-ASCII letters as ASCII ones ("K" KELVIN SIGN as "k",
"ſ" as "s", dotted and dotless I as "i"), which an ASCII case fold does not see.
"""
from __future__ import annotations

import re
from itertools import product
from typing import Callable, Optional

try:                                       # the parser and compiler behind `re` (Python 3.11 renamed them)
    from re import _compiler as _K, _constants as _C, _parser as _P
except ImportError:                        # pragma: no cover - Python < 3.11
    import sre_compile as _K               # type: ignore[no-redef]
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


# ---------------------------------------------------------------- opening on the character before a match

def refused_before(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """The ASCII characters that `pattern` refuses right before a match, if it opens on a
    lookbehind for one character ("(?<![\\w'-])..."); else None."""
    try:
        refused = _refused_before(_P.parse(pattern.pattern, pattern.flags))
    except Exception:                      # an unknown parser: no shortcut, never a wrong one
        return None
    return frozenset(map(chr, refused)) if refused is not None else None


def _refused_before(tree) -> Optional[list[int]]:
    """The codes of the ASCII characters refused by the lookbehind for one character that the
    parsed pattern `tree` opens on; None if it opens on no such lookbehind (or on a choice of
    branches, of which the lookbehind opens only the first)."""
    if not tree.data or tree.data[0][0] is not _C.ASSERT_NOT:
        return None
    direction, inner = tree.data[0][1]
    if direction != -1 or inner.getwidth() != (1, 1):
        return None
    lookbehind = _K.compile(_P.SubPattern(tree.state, [tree.data[0]]), tree.state.flags)
    return [code for code in range(128) if lookbehind.match(chr(code), 1) is None]


def _open_before(tree) -> bool:
    """Make the parsed pattern `tree`, which opens on a lookbehind for one character, open on
    that character itself, in place: it then matches from s - 1 to e wherever it matched from s
    to e (s > 0), and nowhere else. A pattern that opens on a lookbehind has no first character
    the engine can look for, so it is tried at every place of the text; opened, it starts on
    a set of characters (all but the ASCII ones the lookbehind refuses), which the engine skips
    to. False, and `tree` untouched, if it opens on no such lookbehind."""
    refused = _refused_before(tree)
    if refused is None:
        return False
    # the lookbehind stays: it still tests the character, now the first of the match
    tree.data.insert(0, (_C.IN, [(_C.NEGATE, None)] + [(_C.LITERAL, code) for code in refused]))
    return True


# ---------------------------------------------------------------- case-folded patterns

_IGNORECASE = _C.SRE_FLAG_IGNORECASE
_ASCII_UPPER = range(ord("A"), ord("Z") + 1)
_TO_LOWER = ord("a") - ord("A")
_WIDEST_CLASS_READ = 0x3000        # a wider range of non-ASCII characters is not read for letters


class _Unfoldable(Exception):
    """The pattern cannot be matched in folded text, not even as a superset of its matches."""


def case_folded(pattern: re.Pattern, opened: bool = False) -> Optional[tuple[re.Pattern, bool]]:
    """`pattern` for text case-folded to ASCII lowercase, matched case-sensitively: (the pattern,
    whether it is exact); `opened`: also made to open on the character before a match (see
    _open_before), None if it cannot be. Exact: at every place of a text (that `folds_exactly`),
    it matches where `pattern` matches in the original text, with the same span, so `finditer`
    finds the same spans. Not exact (a part of `pattern` is case-sensitive, "(?-i:May)"): it matches at
    least where `pattern` does (and also at "may"), so each of its places must be confirmed by
    `pattern` itself. None if neither holds (a backreference, an atomic group, a possessive
    repeat, a case-sensitive part in a negative lookaround, or a cased non-ASCII letter where
    case is ignored) or the pattern is not case-insensitive."""
    if not pattern.flags & _IGNORECASE:
        return None
    try:
        tree = _P.parse(pattern.pattern, pattern.flags)
        inexact = _fold_items(tree, sensitive=False, negative=False)
        tree.state.flags &= ~_IGNORECASE
        if opened and not _open_before(tree):
            return None
        return _K.compile(tree, tree.state.flags), not inexact
    except _Unfoldable:
        return None
    except Exception:                      # an unknown parser: no shortcut, never a wrong one
        return None


def _fold_items(items, sensitive: bool, negative: bool) -> bool:
    """Lowercase, in place, the letters of the parsed sequence `items`; `sensitive`: within a
    case-sensitive part; `negative`: within a negative lookaround. True if a case-sensitive
    letter was folded (the result then matches more than the original)."""
    inexact = False
    data = items.data if hasattr(items, "data") else items
    for i, (op, av) in enumerate(data):
        if op is _C.LITERAL or op is _C.NOT_LITERAL:
            # NOT_LITERAL matches more once folded where case counted: the opposite of a superset
            folded, cased = _fold_char(av, sensitive, negative or op is _C.NOT_LITERAL)
            data[i] = (op, folded)
            inexact |= cased
        elif op is _C.IN:
            inexact |= _fold_class(av, sensitive, negative)
        elif op is _C.SUBPATTERN:
            group, add, remove, sub = av
            inner = (sensitive or bool(remove & _IGNORECASE)) and not add & _IGNORECASE
            inexact |= _fold_items(sub, inner, negative)
        elif op is _C.BRANCH:
            for branch in av[1]:
                inexact |= _fold_items(branch, sensitive, negative)
        elif op is _C.MAX_REPEAT or op is _C.MIN_REPEAT:
            inexact |= _fold_items(av[2], sensitive, negative)
        elif op is _C.ASSERT:
            inexact |= _fold_items(av[1], sensitive, negative)
        elif op is _C.ASSERT_NOT:
            inexact |= _fold_items(av[1], sensitive, not negative)
        elif op is _C.GROUPREF_EXISTS:
            inexact |= _fold_items(av[1], sensitive, negative)
            if av[2] is not None:
                inexact |= _fold_items(av[2], sensitive, negative)
        elif op not in (_C.AT, _C.ANY, _C.CATEGORY):
            # backreferences (re.I compares "é" with "É", the fold does not), atomic groups and
            # possessive repeats (which give up paths that the folded pattern might take)
            raise _Unfoldable(op)
    return inexact


def _fold_char(code: int, sensitive: bool, negative: bool) -> tuple[int, bool]:
    """A literal character folded, and whether folding it widened a case-sensitive match."""
    ch = chr(code)
    if ch.lower() == ch.upper():
        return code, False
    if code >= 128:
        if not sensitive:              # re.I equates "é" and "É"; the ASCII fold keeps them apart
            raise _Unfoldable(ch)
        return code, False
    if sensitive and negative:
        raise _Unfoldable(ch)
    return ord(ch.lower()), sensitive


def _fold_class(items: list, sensitive: bool, negative: bool) -> bool:
    """Add to a character class, in place, the lowercase of its ASCII capitals."""
    negated = any(op is _C.NEGATE for op, _ in items)
    added, cased = [], False
    for op, av in items:
        if op is _C.LITERAL:
            lo = hi = av
        elif op is _C.RANGE:
            lo, hi = av
        else:
            continue
        if hi >= 128 and (hi - lo > _WIDEST_CLASS_READ or any(
                chr(c).lower() != chr(c).upper() for c in range(max(lo, 128), hi + 1))):
            if not sensitive:
                raise _Unfoldable(op)
        a, b = max(lo, _ASCII_UPPER.start), min(hi, _ASCII_UPPER.stop - 1)
        if a <= b:
            added.append((_C.RANGE, (a + _TO_LOWER, b + _TO_LOWER)))
        cased |= any(chr(c).isalpha() for c in range(lo, min(hi, 127) + 1))
    if sensitive and cased and (negated or negative):
        raise _Unfoldable("class")
    items.extend(added)
    return sensitive and cased
