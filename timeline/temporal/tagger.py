"""Finds time expressions in text and resolves them: the engine behind `timeline tag`.

1. A cheap scan finds the places where a time expression could start (digits, month and
   weekday names, unit and deictic words); the rules run only around them.
2. Every rule proposes matches; overlapping proposals are settled longest first, then by rule
   priority, then leftmost. A match is read (its production run, which may reject it) only
   when it would be chosen: one that overlaps a match chosen before it is passed over unread.
3. The survivors are resolved in document order, so that the narrative chain ("the next day")
   sees the dates mentioned before it.

Every step is linear in the length of the text, however dense its dates (tests/test_hostile_tagger.py):
overlaps are found by bisection over the spans taken, and the tense of each clause is read once.
The words that open a rule's windows come from the lexicon; each rule names its trigger classes.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence

from ..dates import leading_date
from ..model import GRANULARITIES, TimeExpr
from ..lexicon import time_words as L
from .grammar import RULES, Rule
from .literals import alternation, case_folded, folds_exactly, refused_before, required_strings
from .resolve import Context, Reading, Resolved
from .tense import TenseReader

# A date this fine becomes the reference for the expressions after it; a decade or century does not.
_REFERENCE_GRANULARITIES = GRANULARITIES[:GRANULARITIES.index("year") + 1]


def _head_word(phrase: str) -> str:
    """The first word of a name, without a possessive: "mother's day" -> "mother"."""
    return re.split(r"['’]s\b|\s", phrase)[0]


def _last_word(phrase: str) -> str:
    return phrase.split()[-1]


# Trigger classes: each rule runs only around the words (or digit shapes) that can be part of it.
# Every class is computed from the lexicon's lists; a phrase is found through one of its words.
_REFERENCE_PHRASES = [w for w in list(L.PRESENT_WORDS) + list(L.PAST_WORDS) + list(L.FUTURE_WORDS)
                      if w not in L.REFERENCE_WORDS_NOT_ALONE]
_CLASS_WORDS = {
    "month": list(L.MONTHS) + list(L.MONTH_ABBREVIATIONS),
    "weekday": list(L.WEEKDAYS) + list(L.WEEKDAY_ABBREVIATIONS),
    "unit": list(L.UNITS) + list(L.UNIT_PLURALS),
    "season": list(L.SEASONS),
    "part": list(L.PARTS_OF_DAY),
    "decade_word": list(L.DECADE_WORDS),
    # "annual" opens a window only before "basis" (it is a set nowhere else): the word is common
    "set_adverb": ([w for w in L.SET_ADVERBS if w not in L.SET_ADJECTIVES_ONLY_BEFORE]
                   + [f"{w} {after}" for w in L.SET_ADJECTIVES_ONLY_BEFORE for after in L.SET_ADVERB_WORDS_ALLOWED_AFTER]),
    "closed_long": list(L.CLOSED_LONG_WORDS),
    "closed_mid": list(L.CLOSED_MID_WORDS),
    "deictic": list(L.DEICTIC_DAYS) + list(L.CLOCK_WORDS),
    "reference": [_last_word(w) for w in _REFERENCE_PHRASES],
    "ago": list(L.AGO_WORDS),
    "fiscal": list(L.FISCAL_WORDS),
    "quarter_code": list(L.QUARTER_CODES),
    "every": list(L.SET_QUANTIFIERS) + list(L.FREQUENCY_WORDS),
    "latest": list(L.LATEST_PERIOD_WORDS),
    "spelled": [_last_word(w) for w in L.SPELLED_YEAR_STARTS],
    "holiday": [_head_word(h) for h in list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_MOVABLE)],
    "vague_length": list(L.VAGUE_LENGTH_WORDS),
}
_WORD_CLASSES: dict[str, set[str]] = {}
for _cls, _words in _CLASS_WORDS.items():
    for _w in _words:
        _WORD_CLASSES.setdefault(_w.lower(), set()).add(_cls)
# Digit shapes, told apart by _number_class.
_NUMBER_CLASSES = {"year4", "short_year", "clock", "slash_date"}
TRIGGER_CLASSES = frozenset(_CLASS_WORDS) | _NUMBER_CLASSES


def _check_triggers(rules: Sequence[Rule]) -> None:
    for rule in rules:
        unknown = rule.triggers - TRIGGER_CLASSES
        if unknown:
            raise ValueError(f"time rule {rule.name!r}: unknown trigger classes {sorted(unknown)}")


_check_triggers(RULES)


# One pattern for every trigger word, factored by common prefixes. It opens on the character
# before the word, which no word character may be: the engine skips to the characters of that
# set (all but the ASCII letters, digits and underscore) without trying the places in between,
# where a lookbehind would run at every place of the text. A word at the very start of the text
# has no such character: it is matched on its own. The word is group 1.
_TRIGGER_WORD_ITSELF = "(" + alternation(_WORD_CLASSES) + r")(?:['’]?s)?(?![a-z])"
_TRIGGER_WORD = re.compile(r"[^0-9a-z_](?<!\w)" + _TRIGGER_WORD_ITSELF)
_TRIGGER_WORD_AT_START = re.compile(_TRIGGER_WORD_ITSELF)


def _trigger_words(low: str) -> Iterator[re.Match]:
    """The trigger words of the case-folded text, in order, as matches whose group 1 is the word."""
    first = _TRIGGER_WORD_AT_START.match(low)
    if first is not None:
        yield first
    yield from _TRIGGER_WORD.finditer(low, first.end() if first is not None else 0)


# Numbers are scanned as plain tokens and classified here: lookarounds in a regular expression
# would run at every position of the text. Only shapes a time expression can take open a
# window: years (and 1980s, 1215 GMT), '98, 12/31/2001, 3:30, 7pm. Counts and money do not.
# The pattern opens on a character of a known set (a digit or an apostrophe) so that the engine
# looks only at those: the same tokens as "'\d\d|\d+(?:[/:.]\d+)*(?:\s*[ap]\.?m\b)?".
_NUMBER = re.compile(r"[\d'](?:(?<=')\d\d|(?<=\d)\d*(?:[/:.]\d+)*(?:\s*[ap]\.?m\b)?)")


def _number_class(token: str) -> Optional[str]:
    if token[0] == "'":
        return "short_year"
    if token[-1] == "m":
        return "clock"
    if "/" in token:
        return "slash_date" if token.count("/") == 2 else None
    if ":" in token:
        return "clock" if _CLOCK_TOKEN.fullmatch(token) else None
    if "." in token:
        return None
    return "year4" if len(token) == 4 else None


_CLOCK_TOKEN = re.compile(r"\d{1,2}:\d\d")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _fold(text: str) -> str:
    # Case folding once, in C, is much cheaper than a case-insensitive scan. ASCII only, so
    # that offsets stay put ("İ".lower() is two characters).
    return text.translate(_ASCII_LOWER)

_BEFORE, _AFTER = 40, 35          # how far a rule's match may reach before and after its trigger


def _windows_by_class(text: str, low: Optional[str] = None) -> tuple[dict[str, list[tuple[int, int]]], dict[str, list[int]]]:
    """For each trigger class, the stretches of text around its triggers (merged), and where
    its triggers start. `low` is the text case-folded by `_fold`, if the caller has it."""
    low = low if low is not None else _fold(text)
    # Word classes and number shapes are apart, so the hits of each class come from one of the
    # two scans, in the order of the text: each class's windows are merged as they come.
    lefts: dict[str, list[int]] = {}
    rights: dict[str, list[int]] = {}
    starts: dict[str, list[int]] = {}
    n = len(text)
    classes_seen = _CLASSES_SEEN
    for m in _trigger_words(low):
        start, end = m.start(1), m.end()
        a, b = (start - _BEFORE if start > _BEFORE else 0), (end + _AFTER if end + _AFTER < n else n)
        word = m.group(1)
        for cls in classes_seen.get(word) or _classes_of(word):
            _widen(lefts, rights, cls, a, b)
            starts.setdefault(cls, []).append(start)
    for m in _NUMBER.finditer(low):
        cls = _number_class(m.group())
        if cls:
            start, end = m.span()
            _widen(lefts, rights, cls, (start - _BEFORE if start > _BEFORE else 0),
                   (end + _AFTER if end + _AFTER < n else n))
            starts.setdefault(cls, []).append(start)
    return {cls: list(zip(lows, rights[cls])) for cls, lows in lefts.items()}, starts


def _widen(lefts: dict[str, list[int]], rights: dict[str, list[int]], cls: str, a: int, b: int) -> None:
    """Add the window [a, b) to the class's windows, merged with the last one if they meet."""
    starts = lefts.get(cls)
    if starts is None:
        lefts[cls], rights[cls] = [a], [b]
        return
    ends = rights[cls]
    if a <= ends[-1]:
        if b > ends[-1]:
            ends[-1] = b
    else:
        starts.append(a)
        ends.append(b)


_CLASSES_SEEN: dict[str, tuple[str, ...]] = {}


def _classes_of(word: str) -> tuple[str, ...]:
    """The trigger classes of a word found by _trigger_words (a plural counts as its singular);
    computed once per word, in a fixed order."""
    classes = _CLASSES_SEEN.get(word)
    if classes is None:
        found = set(_WORD_CLASSES.get(word, ()))
        if word.endswith("s"):
            found |= _WORD_CLASSES.get(word[:-1], set())
        classes = _CLASSES_SEEN[word] = tuple(sorted(found))
    return classes


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not spans:
        return []
    spans = sorted(spans)
    out = []
    start, end = spans[0]
    for a, b in spans:
        if a <= end:
            if b > end:
                end = b
        else:
            out.append((start, end))
            start, end = a, b
    out.append((start, end))
    return out


class _Windows:
    """The windows of one trigger set in the case-folded text, and the text of all of them
    joined: a string absent from it is in none of them, found by one search."""

    def __init__(self, low: str, spans: list[tuple[int, int]]):
        self.low, self.spans = low, spans
        self._joined: Optional[str] = None       # joined when first needed: many sets are never tested

    @property
    def joined(self) -> str:
        if self._joined is None:
            self._joined = "\0".join([self.low[a:b] for a, b in self.spans])
        return self._joined

    def holding(self, spans: list[tuple[int, int]], needs: tuple[str, ...]) -> list[tuple[int, int]]:
        """Those of `spans` (some of these windows) that hold one of `needs`."""
        find = self.low.find
        if len(spans) == 1:              # the first string found settles it
            a, b = spans[0]
            for word in needs:
                if find(word, a, b) >= 0:
                    return spans
            return []
        joined = self.joined
        present = [word for word in needs if word in joined]
        if not present:
            return []
        if len(present) == 1:
            word = present[0]
            return [span for span in spans if find(word, span[0], span[1]) >= 0]
        out = []
        for span in spans:
            a, b = span
            for word in present:
                if find(word, a, b) >= 0:
                    out.append(span)
                    break
        return out


# Strings one of which every match of a rule holds: where a window has none, the rule cannot
# match there and its scan is skipped (the results are the same). A rule's own `needs` are
# tested first; the strings read from its pattern only where the case fold is exact.
# A set that a set tested before it implies (each string of that one holds one of its strings:
# "day after" and "day") is passed by every window left, so it is not tested.
_REQUIRED = {rule.name: required_strings(rule.pattern) for rule in RULES}


def _window_tests(rule: Rule, exact_fold: bool) -> tuple[tuple[str, ...], ...]:
    """The sets of strings a window must hold one of, each, for `rule` to be run there."""
    sets = [tuple(rule.needs)] if rule.needs else []
    if exact_fold:
        sets += [tuple(sorted(strings)) for strings in _REQUIRED[rule.name]]
    kept: list[tuple[str, ...]] = []
    for strings in sets:
        if not any(all(any(s in held for s in strings) for held in before) for before in kept):
            kept.append(strings)
    return tuple(kept)


_TESTS_ANY_FOLD = {rule.name: _window_tests(rule, False) for rule in RULES}
_TESTS_EXACT_FOLD = {rule.name: _window_tests(rule, True) for rule in RULES}


def _rule_windows(text: str, low: str, exact_fold: bool) -> Iterator[tuple[Rule, list[tuple[int, int]], Optional[list[int]]]]:
    """Each rule, in order, with the windows of `text` where it may match, and, for a rule that
    holds its trigger, where the last trigger of each window starts (else None). `low` is the
    text case-folded by `_fold`; `exact_fold` whether that fold is exact (literals.folds_exactly)."""
    by_class, trigger_starts = _windows_by_class(text, low)
    windows_of: dict[frozenset[str], _Windows] = {}     # rules share trigger sets
    tests_of = _TESTS_EXACT_FOLD if exact_fold else _TESTS_ANY_FOLD
    # Only the rules of the classes found in the text have windows: the others are not looked at.
    for i in sorted({i for cls in by_class for i in _RULES_OF_CLASS[cls]}):
        rule = RULES[i]
        classes = rule.triggers
        windows = windows_of.get(classes)
        if windows is None:
            windows = windows_of[classes] = _Windows(low, _windows_of_classes(classes, by_class))
        spans = windows.spans
        for needs in tests_of[rule.name]:
            if not spans:
                break
            spans = windows.holding(spans, needs)
        if spans:
            yield rule, spans, _last_triggers(spans, classes, trigger_starts) if rule.holds_trigger else None


# Where in RULES the rules of each trigger class are.
_RULES_OF_CLASS = {cls: [i for i, rule in enumerate(RULES) if cls in rule.triggers] for cls in TRIGGER_CLASSES}


def _windows_of_classes(classes: frozenset[str], by_class: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The windows of a set of trigger classes: those of each class, merged where they meet."""
    if len(classes) == 1:
        for cls in classes:
            return by_class.get(cls, [])
    return _merge([w for c in classes for w in by_class.get(c, ())])


def _last_triggers(spans: list[tuple[int, int]], classes: frozenset[str], trigger_starts: dict[str, list[int]]) -> list[int]:
    """Where the last trigger of each window starts (each window holds one: it was made around it)."""
    starts = trigger_starts.get(next(iter(classes)), []) if len(classes) == 1 else \
        sorted(s for c in classes for s in trigger_starts.get(c, ()))
    return [starts[bisect_left(starts, b) - 1] for _, b in spans]


class _FoldedScan(NamedTuple):
    """How a rule's pattern runs over the case-folded text (literals.case_folded): where the
    fold is exact, the rules scan that text case-sensitively, which the engine does faster than
    with re.I. `folded` is the pattern for that text, `exact` whether it is exact; `opened` the
    same made to open on the character before a match (None for a pattern that does not open
    on a lookbehind for one), which the engine runs faster still, and `refused_before` the
    ASCII characters that lookbehind refuses (literals.refused_before)."""
    folded: re.Pattern
    exact: bool
    opened: Optional[re.Pattern]
    refused_before: frozenset[str]

    def search(self, low: str, pos: int, end: int) -> Optional[tuple[int, int]]:
        """The span of `self.folded.search(low, pos, end)`, if any."""
        opened = self.opened
        if opened is None:
            m = self.folded.search(low, pos, end)
            return m.span() if m is not None else None
        if pos == 0:                      # a match at the start has no character before it
            m = self.folded.match(low, 0, end)
            if m is not None:
                return m.span()
        m = opened.search(low, pos - 1 if pos else 0, end)
        return (m.start() + 1, m.end()) if m is not None else None

    def spans(self, low: str, a: int, b: int, last: Optional[int] = None) -> Iterator[tuple[int, int]]:
        """The spans of `self.folded.finditer(low, a, b)`; given `last`, up to the first that
        ends after it: a rule that holds its trigger has no match that starts after the window's
        last trigger, so the search of the rest of the window is spared."""
        last = b if last is None else last
        opened = self.opened
        if opened is None:
            yield from _spans_up_to(self.folded.finditer(low, a, b), last)
            return
        pos = a
        if a == 0:                        # a match at the start has no character before it
            m = self.folded.match(low, 0, b)
            if m is not None:
                if m.end() == 0:
                    yield from _spans_up_to(self.folded.finditer(low, 0, b), last)
                    return
                yield m.span()
                if m.end() > last:
                    return
                pos = m.end()
        while True:
            for m in opened.finditer(low, pos - 1 if pos else 0, b):
                start, end = m.start() + 1, m.end()
                if end == start:
                    # finditer goes on from an empty match in its own way: let it (no rule matches empty)
                    yield from _spans_up_to(self.folded.finditer(low, start, b), last)
                    return
                yield start, end
                if end > last:
                    return
                if low[end - 1] not in self.refused_before:
                    # the next match may open on this one's last character ("a.m."), which this
                    # finditer has taken: it is looked for anew from there
                    pos = end
                    break
            else:
                return


def _spans_up_to(matches: Iterator[re.Match], last: int) -> Iterator[tuple[int, int]]:
    """The spans of `matches` up to the first that ends after `last`."""
    for m in matches:
        yield m.span()
        if m.end() > last:
            return


def _folded_scan(rule: Rule) -> Optional[_FoldedScan]:
    folded = case_folded(rule.pattern)
    if folded is None:
        return None
    opened = case_folded(rule.pattern, opened=True)
    if opened is None:
        return _FoldedScan(folded[0], folded[1], None, frozenset())
    return _FoldedScan(folded[0], folded[1], opened[0], refused_before(rule.pattern) or frozenset())


_FOLDED = {rule.name: _folded_scan(rule) for rule in RULES}


def _found(rule: Rule, text: str, low: Optional[str], spans: list[tuple[int, int]],
           last_triggers: Optional[list[int]] = None) -> Iterator[tuple]:
    """The matches of `rule` in each window of `spans`, as `finditer` finds them there: (start,
    end, the match or None, the window). `low` is the text case-folded, if that fold is
    exact, else None. A match found by an exact folded pattern is given as None: the match of
    `rule.pattern` at its start, up to the window's end, is the same one, made only if read.
    `last_triggers`, for a rule that holds its trigger: where each window's last trigger starts."""
    scan = _FOLDED[rule.name] if low is not None else None
    if scan is None:
        finditer = rule.pattern.finditer
        for a, b in spans:
            for m in finditer(text, a, b):
                yield m.start(), m.end(), m, a, b
        return
    lasts = last_triggers if last_triggers is not None else [b for _, b in spans]
    if scan.exact:
        for (a, b), last in zip(spans, lasts):
            for start, end in scan.spans(low, a, b, last):
                yield start, end, None, a, b
    else:
        for (a, b), last in zip(spans, lasts):
            for m in _confirmed(scan, rule.pattern, text, low, a, b, last):
                yield m.start(), m.end(), m, a, b


def _confirmed(scan: _FoldedScan, pattern: re.Pattern, text: str, low: str, a: int, b: int,
               last: int) -> Iterator[re.Match]:
    """What pattern.finditer(text, a, b) finds, where the folded pattern of `scan` matches
    wherever `pattern` does (and in more places): it finds the places to try, and `pattern` the
    match. No match starts after `last` (the window's last trigger, or its end)."""
    search, match = scan.search, pattern.match
    pos = a
    while pos <= last:
        place = search(low, pos, b)
        if place is None:
            return
        start = place[0]
        m = match(text, start, b)
        if m is None:
            pos = start + 1
        elif m.end() == start:
            # finditer goes on from an empty match in its own way: let it (no rule matches empty)
            yield from pattern.finditer(text, start, b)
            return
        else:
            yield m
            pos = m.end()


def _candidates(text: str) -> list[tuple[int, int, int, Rule, Reading]]:
    """Every reading a rule finds in `text`: (start, end, priority, rule, reading), in scan order."""
    found: dict[tuple[int, int, str], tuple] = {}
    low, exact_fold = _fold(text), folds_exactly(text)
    for rule, spans, last_triggers in _rule_windows(text, low, exact_fold):
        _scan(text, rule, spans, found, low if exact_fold else None, last_triggers)
    return list(found.values())


def _scan(text: str, rule: Rule, spans: list[tuple[int, int]], found: dict[tuple[int, int, str], tuple],
          low: Optional[str], last_triggers: Optional[list[int]] = None) -> None:
    """The readings of `rule`'s matches in the windows `spans`, added to `found`."""
    n = len(text)
    match, produce, name = rule.pattern.match, rule.produce, rule.name
    for start, end, m, a, b in _found(rule, text, low, spans, last_triggers):
        if end == start:
            continue
        key = (start, end, name)
        if key in found:
            continue
        # A match cut by the window edge is not trusted: the full-text match will come
        # from the neighbouring window, or the expression is longer than a window.
        if (end == b and b < n) or (start == a and a > 0):
            full = match(text, start)
            if not full or full.end() != end:
                continue
        reading = produce(m if m is not None else match(text, start, b))
        if reading is not None:
            found[key] = (start, end, rule.priority, rule, reading)


def _select(cands: list[tuple[int, int, int, Rule, Reading]]) -> list[tuple[int, int, Rule, Reading]]:
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    # The spans taken never overlap, so sorted by start they are sorted by end too: a candidate
    # overlaps one of them if and only if it overlaps the last one that starts before it ends.
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for start, end, _, rule, reading in cands:
        i = bisect_left(starts, end)
        if i and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((start, end, rule, reading))
    chosen.sort(key=lambda c: c[0])
    return chosen


def _matches(text: str) -> Optional[list[tuple]]:
    """Every match of every rule in its windows, in scan order, not yet read: (start, end,
    priority, rule, match or None (see _found), the window's end, whether a window edge cuts
    it). None if a rule matches one span twice, which its windows (apart from each other)
    never allow."""
    n = len(text)
    low, exact_fold = _fold(text), folds_exactly(text)
    out: list[tuple] = []
    seen: set[tuple[int, int, str]] = set()
    for rule, spans, last_triggers in _rule_windows(text, low, exact_fold):
        name, priority = rule.name, rule.priority
        for start, end, m, a, b in _found(rule, text, low if exact_fold else None, spans, last_triggers):
            if end == start:
                continue
            key = (start, end, name)
            if key in seen:
                return None
            seen.add(key)
            out.append((start, end, priority, rule, m, b, (end == b and b < n) or (start == a and a > 0)))
    return out


def _chosen(text: str) -> list[tuple[int, int, Rule, Reading]]:
    """What `_select(_candidates(text))` chooses, reading a match only when it would be chosen:
    a match that overlaps one chosen before it is passed over whatever it reads as, so it is
    not read. The matches are taken in the order _select takes the readings (the same sort,
    stable over the same scan order), and one that reads as nothing is passed over, as a match
    with no reading is absent there; so the same ones are chosen."""
    found = _matches(text)
    if found is None:
        return _select(_candidates(text))
    found.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for start, end, _, rule, m, b, cut in found:
        i = bisect_left(starts, end)
        if i and ends[i - 1] > start:
            continue
        if cut:          # as in _scan: a match cut by a window edge must be the full text's match
            full = rule.pattern.match(text, start)
            if not full or full.end() != end:
                continue
        reading = rule.produce(m if m is not None else rule.pattern.match(text, start, b))
        if reading is None:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((start, end, rule, reading))
    chosen.sort(key=lambda c: c[0])
    return chosen


def tag_text(text: str, dct: Optional[date], *, sentences: Optional[Sequence[tuple[int, int]]] = None,
             tense: Optional[str] = None) -> list[TimeExpr]:
    """All time expressions of `text`, resolved against the publication date `dct`.

    `sentences` (character bounds, e.g. from spaCy) improves tense detection; without it a
    punctuation-based splitter is used. `tense` ("past", "present", "future") overrides the
    tense read from each clause, for callers who know it.
    """
    return _tag(text, dct, sentences, tense)


def dateline_of(text: str, dct: Optional[date]) -> Optional[TimeExpr]:
    """The date of the dateline the text opens with ("WASHINGTON, March 12 (Xinhua) --"), if
    any: when the story was filed, which dates no predicate of the story."""
    head = text[:L.DATELINE_WIDTH]
    found = _tag(head, dct, None, None)
    return found[0] if found and _is_dateline(text, found[0]) else None


def head_date_of(text: str, dct: Optional[date]) -> Optional[TimeExpr]:
    """The date the text's head says it was filed: its dateline, or its date line (`date_line_of`)."""
    return dateline_of(text, dct) or date_line_of(text, dct)


def date_line_of(text: str, dct: Optional[date]) -> Optional[TimeExpr]:
    """The date of a line of the text's head that only dates the page ("Detroit, March 3, 2009",
    "Published: 4 May 2010", under a title and a byline), if any."""
    for t in _tag(text[:L.HEAD_WIDTH], dct, None, None):
        if _is_head_date(text, t):
            return t
    return None


def _is_dateline(text: str, t: TimeExpr) -> bool:
    return (t.type == "DATE" and t.end <= L.DATELINE_WIDTH and L.DATELINE_BEFORE.fullmatch(text[:t.start]) is not None
            and L.DATELINE_AFTER.match(text[t.end:]) is not None)


def _is_head_date(text: str, t: TimeExpr) -> bool:
    return (t.type in ("DATE", "TIME") and L.HEAD_DATE_BEFORE.fullmatch(text[:t.start]) is not None
            and L.HEAD_DATE_AFTER.match(text, t.end) is not None)


def _tag(text: str, dct: Optional[date], sentences: Optional[Sequence[tuple[int, int]]],
         tense: Optional[str]) -> list[TimeExpr]:
    tenses = TenseReader(text, sentences)      # reads sentences on first use: most readings need no tense

    reference: Optional[Resolved] = None
    reported_quarter: Optional[Resolved] = None
    after_months = False
    out: list[TimeExpr] = []
    for start, end, rule, reading in _chosen(text):
        context = Context(dct, tense, reference,
                          tense_of=None if tense else (lambda s=start, e=end: tenses.cue(s, e)),
                          reported_quarter=reported_quarter, after_months=after_months)
        resolved = reading.resolve(context)
        after_months = reading.type == "DURATION" and _MONTHS_PERIOD.fullmatch(resolved.value) is not None
        if (reading.sets_reference and resolved.granularity == "quarter"
                and dct is not None and resolved.latest is not None and resolved.latest < dct
                and (dct - resolved.latest).days <= _REPORTED_QUARTER_DAYS
                and (reported_quarter is None or _results_of(text, end))):
            reported_quarter = resolved
        if (reading.type in ("DATE", "TIME") and reading.sets_reference and resolved.earliest is not None
                and resolved.granularity in _REFERENCE_GRANULARITIES
                and not resolved.value.endswith("_REF")):
            reference = resolved
        out.append(TimeExpr(
            start=start, end=end, text=text[start:end], type=reading.type, value=resolved.value,
            mod=reading.mod, earliest=resolved.earliest, latest=resolved.latest,
            granularity=resolved.granularity if reading.type in ("DATE", "TIME") else _duration_granularity(resolved.value),
            approximate=resolved.approximate, anchor=resolved.anchor))
    return out


# A reporting period of several months ("the nine months", "the first six months").
_MONTHS_PERIOD = re.compile(r"P(?:[2-9]|1[01])M")

# A quarter ended within a year of publication may be the one a results story reports.
_REPORTED_QUARTER_DAYS = 370


def _results_of(text: str, end: int) -> bool:
    """Whether a quarter is written as the period of results ("third-quarter profit", "fourth
    quarter earnings"): a results story starts there, and its comparisons go back from it."""
    found = _A_WORD_AFTER.match(text, end)
    return found is not None and found.group(1).lower() in L.RESULTS_NOUNS


_A_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")


_DURATION_HEAD = re.compile(r"^PT?[\dX.]*")
_GRANULARITY_OF_UNIT = {"Y": "year", "W": "week", "D": "day", "DE": "decade", "CE": "century", "Q": "quarter"}


def _duration_granularity(value: str) -> str:
    tail = _DURATION_HEAD.sub("", value or "")
    if tail == "M":
        return "month" if not value.startswith("PT") else "unknown"
    return _GRANULARITY_OF_UNIT.get(tail, "unknown")


def tag_documents(records: Iterable[dict]) -> Iterable[dict]:
    """`{"id", "text", "dct"}` records in, `{"id", "timexes"}` records out (SPEC §2)."""
    for rec in records:
        dct = _parse_dct(rec.get("dct") or rec.get("published"))
        timexes = tag_text(rec.get("text") or "", dct)
        yield {"id": rec.get("id"), "timexes": [t.to_dict() for t in timexes]}


def _parse_dct(value) -> Optional[date]:
    """A record's publication date: the ISO date its `dct` starts with, else none."""
    return leading_date(value)
