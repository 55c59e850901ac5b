"""The statements found so far and what every reading of them shares: counting words, overlap
with what is already found, the quotation index, where a reported clause ends, whom a cue addresses."""
from __future__ import annotations

from bisect import bisect_left
import re
from typing import Optional

from ..findings import StatementFinding
from ..lexicon import deps as D, news as N, speech as S
from ..quotes import Quote, Quotes
from ..speakers import History, Speakers


SAYING_VERBS = N.SPEECH_VERBS | N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def shares_words(finding: StatementFinding, start: int, end: int) -> bool:
    """Whether the statement's words (its segments: not the reporting clause between two parts
    of a quote, "“X,” he said, referring to Y. “Z”") overlap [start, end)."""
    return any(a < end and start < b for a, b in finding.pieces)


def record(history: History, finding: StatementFinding) -> None:
    """A statement with a speaker is what a later pronoun ("he added") can refer back to."""
    if finding.speaker:
        history.append((finding.cue_start, finding.speaker))


class SoFar(list):
    """The statements found so far, with the set of their cues' offsets (kept up to date by the
    caller, and only read while the list is): "is there one at this cue" without a scan."""

    def __init__(self, findings: list[StatementFinding], cues: set[int]):
        super().__init__(findings)
        self.cues = cues


def quote_index(quotes: list[Quote]) -> Quotes:
    return quotes if isinstance(quotes, Quotes) else Quotes(quotes)


def addressee_of(cue, speakers: Speakers, words: Optional[tuple[int, int]] = None) -> Optional[str]:
    """Who the cue's words were told to ("told reporters", "said to the BBC"); never a "to" phrase
    of the reported words themselves (`words`: their span), wherever the parser attached it
    ("said she resented criticism of American assistance to Haiti")."""
    if cue.lemma_.lower() not in N.ADDRESSEE_VERBS and cue.lemma_.lower() not in S.TO_ADDRESSEE_VERBS:
        return None
    for child in cue.children:
        if child.dep_ in D.ADDRESSEE_DEPS or (child.dep_ == "prep" and child.text.lower() == S.ADDRESSEE_PREPOSITION):
            node = child
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                node = objs[0]
            s, e = node.left_edge.idx, node.right_edge.idx + len(node.right_edge)
            if words is not None and words[0] <= s < words[1]:
                continue
            actor = speakers.actor_in(s, e)
            if actor:
                return actor
    return None


def clause_of(prep):
    """The verb whose clause an "in" phrase belongs to: its head, or the verb of the object it
    hangs from ("has a lead [in the polls]"); None if neither."""
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ in D.OBJECT_OR_ATTRIBUTE_DEPS:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# The end of a sentence inside reported words: a full stop not after an abbreviation or an
# initial ("Mrs. Clinton's proposal", "the U.S. economy"), or a line break.
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])" + "".join(r"(?<!\b" + a + ")" for a in S.ABBREVIATIONS)
                            + r"[.!?][”\"]?\s|\n")


def reported_end(text: str, start: int, end: int) -> int:
    """Where reported words starting at `start` end: at `end`, or at a sentence's end before it,
    without the punctuation that trails them."""
    stop = _SENTENCE_STOP.search(text, start, end)
    if stop:
        end = stop.start()
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


class DirectStatements(list):
    """The direct statements, with their quotations listed by start once: each reported
    statement asks which of them its words overlap."""

    def near(self, start: int, end: int) -> list[StatementFinding]:
        """Those whose quotation can share a character with [start, end) (the others share
        none), by bisection; the quotations do not change while reported speech is read."""
        if getattr(self, "_starts", None) is None:
            self._ordered = sorted(self, key=lambda f: f.quote_start)
            self._starts = [f.quote_start for f in self._ordered]
            self._longest = max([f.quote_end - f.quote_start for f in self._ordered] + [0])
        return self._ordered[bisect_left(self._starts, start - self._longest):bisect_left(self._starts, end)]


def near_direct(direct: list[StatementFinding], start: int, end: int) -> list[StatementFinding]:
    return direct.near(start, end) if isinstance(direct, DirectStatements) else direct
