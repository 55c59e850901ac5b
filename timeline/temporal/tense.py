"""The tense of the clause around a time expression, read from plain text.

Used to place underspecified dates ("Friday", "in March"). A cue word nearer the expression
wins; future cues beat past ones at equal distance because modality is explicit in English.

The work is linear in the text however dense its dates: each sentence's clause breaks and each
clause's cue words are read once (`TenseReader`), and an expression looks up only the nearest
cue on either side of it, not every word of its clause.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterator, Optional, Sequence

from ..lexicon import time_words as L
from .literals import alternation, folds_exactly


def _words(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
# A sentence ends after [.!?] and any closing quotes, before an opening capital or digit; or at a
# blank line, or a line opening with a capital. The pattern starts on the stop or the newline, so
# that the engine looks only at those characters; the end itself is group 1 after a stop, the
# whole match after a newline: the same ends, in the same order, as finditer of
# "(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z“\"])".
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])([\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9]))|(?<=\n)(?:\s*\n|(?=[A-Z“\"])))")


def sentence_ends(text: str) -> Iterator[tuple[int, int]]:
    """The spans between sentences of `text`, abbreviations not set apart."""
    for m in _SENTENCE_END.finditer(text):
        yield m.span(1) if m.start(1) >= 0 else m.span()


_MULTIWORD_FUTURE = re.compile(r"\b(?:" + alternation(L.FUTURE_PHRASES, space=" ") + r")\b", re.I)
# The same phrases in text folded by fold_words, where that fold shows every letter re.I would
# see (literals.folds_exactly): a case-sensitive scan, which the engine runs faster.
_MULTIWORD_FUTURE_FOLDED = (re.compile(r"\b(?:" + alternation((p.lower() for p in L.FUTURE_PHRASES), space=" ") + r")\b")
                            if all(p.isascii() for p in L.FUTURE_PHRASES) else None)
_PERFECT = re.compile(r"\b(?:" + _words(L.PERFECT_AUXILIARIES) + r")\s+(?!(?:" + "|".join(sorted(L.PLANNING_PARTICIPLES))
                      + r")\b)(?:\w+" + L.PAST_SUFFIX + "|" + _words(L.PERFECT_PARTICIPLES) + r")\b")
_PAST_PLAN = re.compile(r"\b(?:" + _words(L.PAST_PLAN_AUXILIARIES) + r")\s+$", re.I)
_PAST_NEED = re.compile(r"\b(?:" + _words(L.PAST_NEED_AUXILIARIES) + r")\s+$", re.I)
_BY_AGENT = re.compile(r"\s+" + L.AGENT_PREPOSITION + r"\s+(?:" + _words(L.AGENT_DETERMINERS) + r")\b")
# A colon between digits is a clock time ("at 10:35 a.m."), not a clause break. A quotation that
# ends on its own punctuation ('... these bad loans," he told donors Sunday') ends the speaker's
# clause: the attribution after it has its own tense.
# One branch per first character, so that the engine looks only at those characters:
# the same matches as "[;—–()]|(?<!\d):|:(?!\d)|,\s+(?:but|and|...)\b|(?<=[,.!?])[\"”]".
_CLAUSE_BREAK = re.compile("|".join(re.escape(ch) for ch in L.CLAUSE_BREAK_PUNCTUATION.replace(":", ""))
                           + r"|:(?<!\d:)|:(?!\d)|,\s+(?:" + _words(L.CLAUSE_BREAK_CONJUNCTIONS) + r")\b"
                           + "|[" + L.CLOSING_QUOTES + "](?<=[" + L.QUOTE_END_PUNCTUATION + "][" + L.CLOSING_QUOTES + "])")
_REPORT_ADJACENT = re.compile(r"\s*(?:" + L.REPORTED_DATE_PREPOSITION + r"\s+)?")
# A report's setting or addressee between it and its date: "in a statement", "to CNN", "reporters".
_SETTING_WORDS = 5
_SETTING_WORD = r"[A-Za-z][\w.'’&-]*\s+"
_REPORT_SETTING = re.compile(r"\s+(?:" + _words(L.REPORT_SETTING_PREPOSITIONS) + r")\s+(?:" + _SETTING_WORD + r"){1,4}(?:"
                             + L.REPORTED_DATE_PREPOSITION + r"\s+)?")
_REPORT_ADDRESSEE = re.compile(r"\s+(?:" + _SETTING_WORD + r"){1,4}(?:" + L.REPORTED_DATE_PREPOSITION + r"\s+)?")
_RANK = {"future": 0, "past": 1, "present": 2}
_AFTER_PENALTY = 100


_ASCII_LETTER_STRING = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ABBREVIATION_WIDTH = 12          # how far back an abbreviation's letters are read


def _word_before_stop(text: str, at: int) -> Optional[str]:
    r"""The ASCII letters right before a full stop that ends text[:at] (or before it and a final
    newline), reading no further back than _ABBREVIATION_WIDTH characters; None if there are none.
    What the search of "([A-Za-z]+)\.$" in text[at - 12:at] finds, without trying every start."""
    low = max(0, at - _ABBREVIATION_WIDTH)
    stop = at - 1
    if stop >= low and text[stop] == "\n":
        stop -= 1
    if stop < low or text[stop] != ".":
        return None
    before = text[low:stop]
    # the run of letters that ends it: what stripping the letters off the end takes away
    return before[len(before.rstrip(_ASCII_LETTER_STRING)):] or None


def _abbreviation_stop(text: str, start: int, end: int) -> bool:
    """Whether the full stop before text[start:end] closes an abbreviation, not a sentence:
    "Mr. Bush", "Sept. 14", "No. 2"."""
    word = _word_before_stop(text, start)
    if word is None:
        return False
    word = word.lower()
    if word in L.ABBREVIATIONS_BEFORE_NAME:
        return True
    return word in L.ABBREVIATIONS_BEFORE_NUMBER and text[end:end + 1].isdigit()


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    return list(_sentences(text))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """The bounds of the sentences of `text`, in order, read as they are asked for."""
    start, found = 0, False
    for stop, after in sentence_ends(text):
        if _abbreviation_stop(text, stop, after):
            continue
        if stop > start:
            found = True
            yield start, stop
        start = after
    if start < len(text):
        yield start, len(text)
    elif not found:
        yield 0, len(text)


class SentenceIndex:
    def __init__(self, bounds: Sequence[tuple[int, int]]):
        self.bounds = list(bounds)
        self.starts = [b[0] for b in self.bounds]

    def around(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, offset) - 1)
        return self.bounds[i] if self.bounds else (0, offset)


class _SentencesSoFar(SentenceIndex):
    """A SentenceIndex that splits the text only as far as the offsets asked about: most texts
    have their last expression that needs a tense well before their end. The sentence around an
    offset is known once a sentence starting after it is read (or the text is read through)."""

    def __init__(self, text: str):
        super().__init__([])
        self._rest = _sentences(text)

    def around(self, offset: int) -> tuple[int, int]:
        while not self.starts or self.starts[-1] <= offset:
            bound = next(self._rest, None)
            if bound is None:
                break
            self.bounds.append(bound)
            self.starts.append(bound[0])
        return super().around(offset)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _next_word(text: str, at: int) -> str:
    found = _NEXT_WORD.match(text, at)
    return found.group(1).lower() if found else ""


def word_tense(text: str, word_end: int, word: str, before: str) -> Optional[str]:
    """The tense a word (lowercased, straight apostrophes) marks after the word `before`; None
    for most words. Reporting verbs are judged by the caller."""
    if word in L.FUTURE_AUXILIARIES or word.endswith(L.FUTURE_CONTRACTION):
        return "future"
    if word in L.PLANNING_PARTICIPLES or word in L.PLANNED_AFTER_PERFECT and before in L.PERFECT_AUXILIARIES_OF_SET:
        return "present"     # "has scheduled a news conference Thursday": the plan's date, either side
    if (word in L.NEGATIONS and before in L.PAST_ABILITY_MODALS) or word in L.PAST_NEGATED_MODALS:
        return "past"
    if word == "last" and _next_word(text, word_end) in L.CALENDAR_WORDS:
        return None          # "a loss for the whole of last year when it reports on Friday"
    regular = word.endswith(L.PAST_SUFFIX)
    if (word in L.PAST_IRREGULAR or (regular and len(word) > 4 and word not in L.NOT_PAST_ED)) \
            and before not in L.NOT_FINITE_BEFORE and not (regular and (
                _BY_AGENT.match(text, word_end) or word.startswith(L.NEGATIVE_PARTICIPLE_PREFIX)
                or (before in L.BEFORE_ADJECTIVAL_PARTICIPLE and not _relative_past(text, word_end, before)))):
        return "past"        # but "markets untouched by the crisis": a participle, its tense elsewhere
    if word in L.PRESENT_AUXILIARIES:
        return "present"
    return None


def _relative_past(text: str, word_end: int, before: str) -> bool:
    """"the attack that killed four on Friday": after a relative "that", an -ed word followed by
    what starts an object or a phrase of place and time is the clause's finite past."""
    return before == L.RELATIVE_THAT and L.FINITE_AFTER_RELATIVE.match(text, word_end) is not None


# The words word_tense may find a tense in: any other word marks none.
_MAY_MARK_TENSE = frozenset(L.FUTURE_AUXILIARIES | L.PLANNING_PARTICIPLES | L.PLANNED_AFTER_PERFECT
                            | L.NEGATIONS | L.PAST_NEGATED_MODALS
                            | L.PAST_IRREGULAR | L.PRESENT_AUXILIARIES)
_TENSE_SUFFIXES = (L.FUTURE_CONTRACTION, L.PAST_SUFFIX)

# ASCII case and the curly apostrophe folded, one character for one so that offsets stay put:
# the words of _WORD are ASCII letters and apostrophes, so this is their .lower() with "’" as "'".
_WORD_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ’", "abcdefghijklmnopqrstuvwxyz'")


def fold_words(text: str) -> str:
    return text.translate(_WORD_FOLD)


def _word_before(words: list[str], i: int) -> str:
    """The word before words[i] that says whether it is a finite verb, past an adverb of manner
    or two: "will be officially released Monday" is no past."""
    j = i - 1
    while j >= max(0, i - 2) and _is_manner_adverb(words[j]):
        j -= 1
    return words[j] if j >= 0 else ""


def _is_manner_adverb(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ly") and word not in L.NOT_MANNER_ADVERBS
            and word not in L.BEFORE_ADJECTIVAL_PARTICIPLE)


def _after_hyphen(text: str, start: int) -> bool:
    """A word joined to the one before it by a hyphen is part of a compound, no verb: "so-called",
    "long-awaited"."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


class ClauseCues:
    """The tense cues of one clause, text[start:end], read once for every expression in it."""

    def __init__(self, text: str, start: int, end: int, folded: Optional[str] = None):
        """`folded` is the text (at least up to `end`) folded by `fold_words`, if the caller has it."""
        self.text, self.start, self.end = text, start, end
        self.phrases: list[tuple[int, int, str]] = []
        if folded is not None and _MULTIWORD_FUTURE_FOLDED is not None and folds_exactly(text[start:end]):
            phrases = _MULTIWORD_FUTURE_FOLDED.finditer(folded, start, end)
        else:
            phrases = _MULTIWORD_FUTURE.finditer(text, start, end)
        for m in phrases:
            # "had been due to expire Friday", "had been set to expire Nov. 6": a plan seen from the
            # past may fall either side of the publication date; the nearest reading stands.
            past_plan = _PAST_PLAN.search(text, max(start, m.start() - 12), m.start())
            # "had to be moved on Saturday": what had to happen has happened
            past_need = not past_plan and _PAST_NEED.search(text, max(start, m.start() - 12), m.start())
            self.phrases.append((m.start(), m.end(), "past" if past_need else "present" if past_plan else "future"))
        self.phrase_ends = [p[1] for p in self.phrases]
        self._read_words(folded)
        self._perfect: Optional[bool] = None

    def _read_words(self, folded: Optional[str]) -> None:
        text, start = self.text, self.start
        if folded is None:
            folded = fold_words(text[:self.end])
        # The clause split around its words gives words and gaps in turn; their running lengths
        # are the words' offsets (what _WORD.finditer gives, without a match object per word).
        parts = _WORD_SPLIT.split(folded[start:self.end])
        offsets = list(accumulate(map(len, parts), initial=start))
        self.words = words = parts[1::2]
        self.starts = starts = offsets[1:-1:2]
        self.ends = ends = offsets[2::2]
        # Most words mark no tense: word_tense is asked only about those that may.
        may_mark = [i for i, word in enumerate(words)
                    if (word in _MAY_MARK_TENSE or word.endswith(_TENSE_SUFFIXES)) and not _after_hyphen(text, starts[i])]
        self.tenses = tenses = [None] * len(words)
        for i in may_mark:
            tenses[i] = word_tense(text, ends[i], words[i], _word_before(words, i))
        if not L.PLANNING_PARTICIPLES.isdisjoint(words):
            for i, word in enumerate(words):
                if i and word in L.PLANNING_PARTICIPLES and words[i - 1] in L.AUXILIARIES_OF_PLANS:
                    # "were planning to drive there on Monday": the plan's tense, not the auxiliary's.
                    tenses[i - 1] = None
        self.reporting = reporting = list(map(L.REPORTING_VERBS.__contains__, words))
        # The words that are cues: before a word, reporting verbs only count beside the date (the
        # caller sees to that); after it they always count. Looked up by bisection.
        self._cues_before = [i for i in may_mark if tenses[i] and not reporting[i]]
        self._cues_after = [i for i in may_mark if tenses[i]]

    def cue_before(self, i: int) -> int:
        """The nearest cue word at or before word i (reporting verbs aside), else -1."""
        k = bisect_right(self._cues_before, i)
        return self._cues_before[k - 1] if k else -1

    def cue_after(self, i: int) -> int:
        """The nearest cue word at or after word i, else the number of words."""
        k = bisect_left(self._cues_after, i)
        return self._cues_after[k] if k < len(self._cues_after) else len(self.words)

    def perfect(self) -> bool:
        if self._perfect is None:
            self._perfect = bool(_PERFECT.search(self.text[self.start:self.end].lower()))
        return self._perfect

    def cue(self, start: int, end: int) -> Optional[tuple[str, int]]:
        """The tense of the clause for the expression text[start:end], and the distance of its cue."""
        governing = self._governing_verb(start)
        found = [governing] if governing else self._phrase_cues(start, end) + self._word_cues(start, end)
        if not found:
            return None
        # A cue after the expression governs it less closely: "the Nov. 1 deadline fixed in that
        # contract" (a participle after its noun), "will take place on Tuesday, officials said".
        distance, best = min((cue[0] + (_AFTER_PENALTY if cue[3] else 0), cue) for cue in found)
        if best[2] == "present":
            # "has said", "have been" are past; plain present stays present.
            return ("past" if self.perfect() else "present"), distance
        return best[2], distance

    def _governing_verb(self, start: int) -> Optional[tuple[int, int, str]]:
        """The tensed verb the expression's phrase hangs on ("opened on 24 May", "met Friday"),
        when it stands right before it; None otherwise."""
        k = bisect_left(self.starts, start) - 1
        gap_end = start
        if k >= 0 and self.words[k] in L.VERB_DATE_PREPOSITIONS and not self.text[self.ends[k]:start].strip():
            gap_end, k = self.starts[k], k - 1
        if k < 0 or self.reporting[k] or self.words[k] in L.PAST_CUE_ADVERBS or self.text[self.ends[k]:gap_end].strip():
            return None
        # A participle before a dated phrase is a verb, not an adjective: "the inquiry that opened on".
        before = _word_before(self.words, k)
        if self.words[k] in L.SCHEDULED_PRESENT_VERBS and before not in L.NOT_SCHEDULED_BEFORE:
            # "the hearing begins Monday", "talks resume on Friday": the present of a timetable
            return (_distance(self.starts[k], self.ends[k], start, start), _RANK["future"], "future", False)
        tense = self.tenses[k] or word_tense(self.text, self.ends[k], self.words[k],
                                             "" if before in L.BEFORE_ADJECTIVAL_PARTICIPLE else before)
        return (_distance(self.starts[k], self.ends[k], start, start), _RANK[tense], tense, False) if tense == "past" else None

    def _phrase_cues(self, start: int, end: int) -> list[tuple[int, int, str]]:
        out = []
        i = bisect_right(self.phrase_ends, start)
        if i:
            out.append(self.phrases[i - 1])                  # the nearest one before
        while i < len(self.phrases):
            out.append(self.phrases[i])                      # those over the expression, then the next
            if self.phrases[i][0] >= end:
                break
            i += 1
        return [(_distance(a, b, start, end), _RANK[t], t, a >= end) for a, b, t in out]

    def _report_before_setting(self, first_inside: int, start: int) -> Optional[int]:
        """The reporting verb a date follows across the report's setting or addressee ("said in a
        statement Monday", "said at a hearing on Monday", "told reporters Monday"): the report is
        what the date dates. None when a word between marks a tense or opens the reported words."""
        for k in range(first_inside - 1, max(-1, first_inside - 2 - _SETTING_WORDS), -1):
            if self.reporting[k]:
                gap = self.text[self.ends[k]:start]
                setting = (_REPORT_ADDRESSEE if self.words[k] in L.ADDRESSEE_REPORTING_VERBS else _REPORT_SETTING)
                return k if setting.fullmatch(gap) else None
            if self.tenses[k] or self.words[k] in L.REPORTED_WORDS_OPENERS:
                return None
        return None

    def _word_cues(self, start: int, end: int) -> list[tuple[int, int, str]]:
        first_inside = bisect_left(self.starts, start)
        first_after = bisect_left(self.starts, end)
        picked: list[tuple[int, Optional[str]]] = []
        if first_inside:
            picked.append((self.cue_before(first_inside - 1), None))
            # "Paribas said Monday that ...": right next to the date, the report is what it dates.
            for k in (first_inside - 1, first_inside - 2):
                if k >= 0 and self.reporting[k] and _REPORT_ADJACENT.fullmatch(self.text, self.ends[k], start):
                    picked.append((k, None))
            report = self._report_before_setting(first_inside, start)
            if report is not None:
                picked.append((report, None))
        if first_after < len(self.words):
            # The word after the expression follows no word when the expression has words of its own.
            before = "" if first_after > first_inside else (self.words[first_after - 1] if first_after else "")
            k = first_after
            picked.append((k, word_tense(self.text, self.ends[k], self.words[k], before)))
            picked.append((self.cue_after(k + 1), None))
        out = []
        for k, tense in picked:
            if 0 <= k < len(self.words):
                tense = tense or (self.tenses[k] if k != first_after else None)
                if tense:
                    out.append((_distance(self.starts[k], self.ends[k], start, end), _RANK[tense], tense,
                                self.starts[k] >= end))
        return out


class TenseReader:
    """Clause tense for the expressions of one text, each sentence and clause read once."""

    def __init__(self, text: str, sentences: Optional[Sequence[tuple[int, int]]] = None):
        self.text = text
        self._sentences = sentences
        self._index: Optional[SentenceIndex] = None
        self._breaks: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._clauses: dict[tuple[int, int], ClauseCues] = {}
        self._folded: Optional[str] = None

    def sentence_around(self, offset: int) -> tuple[int, int]:
        if self._index is None:
            self._index = SentenceIndex(self._sentences) if self._sentences is not None else _SentencesSoFar(self.text)
        return self._index.around(offset)

    def cue(self, start: int, end: int) -> Optional[tuple[str, int]]:
        """The tense (past, future, present) of the clause holding text[start:end], and how many
        characters lie between its cue and the expression; None without a cue."""
        s, e = self.sentence_around(start)
        if e <= start:               # outside every sentence: read directly (never in practice)
            return clause_tense_cue(self.text, start, end, (s, e))
        s, e = self._clause(s, e, start, end)
        clause = self._clauses.get((s, e))
        if clause is None:
            if self._folded is None:
                self._folded = fold_words(self.text)
            clause = self._clauses[(s, e)] = ClauseCues(self.text, s, e, self._folded)
        return clause.cue(start, end)

    def _clause(self, s: int, e: int, start: int, end: int) -> tuple[int, int]:
        """Narrow the sentence to the clause: stop at the nearest strong break on each side."""
        breaks = self._breaks.get((s, e))
        if breaks is None:
            found = clause_breaks(self.text, s, e)
            breaks = self._breaks[(s, e)] = ([b[0] for b in found], [b[1] for b in found])
        starts, ends = breaks
        i = bisect_right(ends, start)
        j = bisect_left(starts, end)
        return (ends[i - 1] if i else s), (starts[j] if j < len(starts) else e)


_LIST_SEMICOLON = re.compile(r";\s+(?:" + _words(L.LIST_CONJUNCTIONS) + r")\s")


def clause_breaks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The clause breaks of the sentence text[s:e]. Semicolons that separate the items of a list
    ("will visit Leeds, Yorks.; Hull, Humbs.; and York on Friday", the last item after "; and")
    break no clause."""
    sentence = text[s:e]
    found = [(m.start() + s, m.end() + s) for m in _CLAUSE_BREAK.finditer(sentence)]
    if sentence.count(";") >= 2 and _LIST_SEMICOLON.search(sentence):
        found = [b for b in found if text[b[0]] != ";"]
    return found


def clause_bounds(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The clause of `sentence` that holds text[start:end]: from the last clause break before it
    to the first after it."""
    s, e = sentence
    # breaks found in the whole sentence, as TenseReader finds them: a slice would end "3:30" at "3:"
    breaks = clause_breaks(text, s, e)
    before = [b_end for _, b_end in breaks if b_end <= start]
    after = [b_start for b_start, _ in breaks if b_start >= end]
    return (before[-1] if before else s), (after[0] if after else e)


def clause_tense_cue(text: str, start: int, end: int,
                     sentence: tuple[int, int]) -> Optional[tuple[str, int]]:
    """The tense of the clause holding text[start:end] within `sentence`, for one expression
    (`TenseReader` does the same for many, reading each clause once)."""
    s, e = clause_bounds(text, start, end, sentence)
    return ClauseCues(text, s, e).cue(start, end)


def _distance(a: int, b: int, start: int, end: int) -> int:
    return start - b if b <= start else a - end if a >= end else 0
