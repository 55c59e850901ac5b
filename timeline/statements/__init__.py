"""Statements: who said what, with which cue, to whom.

Direct speech comes from a scan of quotation marks that knows the newspaper conventions: curly
and straight marks, a quote that runs over several paragraphs (each opens with a mark, only the
last closes), and a quote split by its cue ("X," he said, "Y"). Each quote finds its cue verb
in its own sentence (before the quote, then after it); the speaker is the cue's grammatical
subject, else the nearest actor, else, for a pronoun, the last speaker it can refer to. A
quote with no cue of its own that directly follows a statement continues that statement's
speaker. Reported speech ("JLM said it found it hard to believe ...") is a speech verb with a
clausal complement outside quotation marks.

The work is shared: `quotes` finds the quoted passages, `cues` reads the syntax of reporting
(which words are cues, what they report), `speakers` decides who speaks. Each reading has its
module here: `direct` (quotations and labelled lines), `reported` (a cue with the clause it
reports), `nominal` (statements named by a noun, stances), `sources` ("according to X"), over
`found` (what they share: the statements found so far). This module runs them in order and puts
them together into findings. The scan's one state, who spoke where (a `History`, which a later
"he said" refers back to), is kept here and handed to the steps that read it.
"""
from __future__ import annotations
from typing import Optional

from .. import attribution
from ..findings import ActorIndex, Role, StatementFinding
from ..cues import report_of_its_own
from ..quotes import Quotes, find_quotes
from ..speakers import History, Speakers, pronoun_speaker

from .direct import direct_statements, labelled_statements
from .reported import broad_statements, reported_statements


def extract_statements(text: str, spacy_doc, index: ActorIndex, roles: list[Role]) -> list[StatementFinding]:
    """The statements of a document: the rules' (`find_statements`), as a learned model reads
    them when one is configured (`attribution.revise`; with a model that asks for them, the
    broad candidates too)."""
    found, broad = find_statements(text, spacy_doc, index, roles, attribution.wants_broad(), attribution.wants_nominal())
    return attribution.revise(text, spacy_doc, index, found, broad)


def find_statements(text: str, spacy_doc, index: ActorIndex, roles: list[Role],
                    broad: bool = False, nominal: bool = False) -> tuple[list[StatementFinding], list[bool]]:
    """Direct quotes first, then reported speech that no direct quote already covers; a pronoun
    speaker ("he added") is the last speaker of a fitting kind named before it, in either. Who
    spoke where is the one state of the scan: `history`, kept here and handed to each step.
    With `broad`, also any predicate of someone with a complement the rules left (for a learned
    model to judge, never kept without one), each flagged True in the second list; with `nominal`
    too, the statements named by a noun the rules left ("the DNC's decision to …")."""
    quotes = Quotes(find_quotes(text))
    speakers = Speakers(text, spacy_doc, index, roles)
    history: History = []
    direct = direct_statements(text, spacy_doc, quotes, speakers, history)
    labelled = labelled_statements(text, speakers, direct, history)
    reported = reported_statements(text, spacy_doc, quotes, speakers, direct, labelled, history)
    _pronoun_speakers_again(speakers, direct, history)
    _speakers_by_nearness_again(speakers, direct, history)
    found = _mark_nested(spacy_doc, direct + reported)
    extra = broad_statements(text, spacy_doc, quotes, speakers, found, history, nominal) if broad else []
    ordered = sorted([(f, False) for f in found] + [(f, True) for f in extra],
                     key=lambda p: (p[0].cue_start, p[0].quote_start, p[1]))
    return [f for f, _ in ordered], [b for _, b in ordered]


def _pronoun_speakers_again(speakers: Speakers, direct: list[StatementFinding], history: History) -> None:
    """"Ray Ebbing, who chairs the panel, warned the deal was poor. He said: “…”": a quotation's
    "he" was read when only the quotations were in the history; the reported statements, read
    after them, can name a speaker closer before it. Read again in the order of the text, each
    answer in the history before the next is read."""
    for finding in sorted(direct, key=lambda f: f.cue_start):
        own = (finding.cue_start, finding.speaker)
        others = [h for h in history if h != own]
        again = pronoun_speaker(speakers, finding.speaker_text, finding.cue_start, others,
                                (finding.quote_start, finding.quote_end))
        if again is None or again == finding.speaker or _described_for_named(speakers, again, finding.speaker):
            continue
        history[:] = others + [(finding.cue_start, again)]
        finding.speaker = again


def _described_for_named(speakers: Speakers, again: str, before: Optional[str]) -> bool:
    """"Hana Lind said … The minister told delegates … She said": a described speaker ("the
    minister") read after a named one is most often that one again; the name is kept."""
    return again in speakers.described and before is not None and before not in speakers.described


def _speakers_by_nearness_again(speakers: Speakers, direct: list[StatementFinding], history: History) -> None:
    """"Massie now said Trump could unite them. “I think he can do that …”": a quote naming its
    own act is the last speaker's before it, and the reported statements, read after the
    quotations, are in the history only now."""
    # "I" is someone named: not "researchers" nor "the filings", described speakers of the reported statements
    named = [h for h in history if h[1] not in speakers.described]
    for finding in direct:
        if finding.speaker_by_nearness:
            finding.speaker = speakers.last(finding.speaker_by_nearness, finding.quote_start, named) or finding.speaker


def _inside_words_of(inner: StatementFinding, outer: StatementFinding) -> bool:
    """`inner`'s cue and words both inside `outer`'s reported words, and no longer than them.
    Inside a quotation they are the speaker's own report ("I have always said …"), kept."""
    if inner.cue_start == outer.cue_start or outer.direct:
        return False
    spans, inner_spans = outer.pieces, inner.pieces
    if sum(e - s for s, e in inner_spans) > sum(e - s for s, e in spans):
        return False
    return (any(s <= inner.cue_start < e for s, e in spans)
            and all(any(s <= a and b <= e for s, e in spans) for a, b in inner_spans))


def _mark_nested(doc, found: list[StatementFinding]) -> list[StatementFinding]:
    """A statement read inside the words of another is part of that one ("One volunteer offered
    to shelter them, Marlow said": one statement, not two), unless it is a report of its own in
    a relative clause ("the plan, which she said was fair"), which annotators count apart. The
    scan of reported speech skips cues inside the statements found before; this marks those
    whose words are found only later, when a cue after them takes them in (`inside_another`:
    still an event of the story, no longer a statement). (Measured on PolNeAR train: reading
    every nested cue as a statement of its own added 2,366 statements for 213 matches, 9%; no
    shape of the cue, relative clause 11%, coordinated clause 8%, reached the ~41% at which a
    statement raises F1. Annotators cut a nested report out of the outer one's words only 127
    times in 19,832.)"""
    def nested(f: StatementFinding) -> bool:
        if f.cue_token is not None and report_of_its_own(doc[f.cue_token]):
            return False
        return any(g is not f and not g.inside_another and _inside_words_of(f, g) for g in found)
    for finding in found:
        finding.inside_another = nested(finding)
    return found
