"""Sources named by a preposition or an adverb: "according to X", "in X's view", "reportedly"."""
from __future__ import annotations

from typing import Optional

from ..findings import StatementFinding
from ..cues import is_attribution
from ..lexicon import deps as D, speech as S
from ..speakers import Speakers

from .found import clause_of, reported_end, shares_words


def according_to(text, according, speakers: Speakers, findings) -> Optional[StatementFinding]:
    """"According to X, Y" and "Y, according to X": X says Y."""
    to = according.doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None) or next(
        (c for c in according.children if c.dep_ == "pobj"), None)
    sent = according.sent
    phrase_end = (source.right_edge.i if source is not None else to.i) + 1
    content = [t for t in sent if not (according.i <= t.i < phrase_end) and not t.is_space]
    while content and content[0].is_punct:
        content.pop(0)
    while content and content[-1].is_punct:
        content.pop()
    if content and content[0].lower_ in S.BACKWARD_POINTERS and sent.start > 0 and len(content) <= 2 \
            and content[-1].i < according.i:
        # "That's according to first counts of the ballots": what the sentence before said, up to
        # the word that points back to it.
        pointer = content[0]
        content = [t for t in according.doc[sent.start - 1].sent if not t.is_space and not t.is_punct] + [pointer]
    if len(content) < 3:
        return None
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    if any(shares_words(f, start, end) for f in findings):
        return None
    speaker, speaker_text = None, None
    if source is not None:
        s, e = source.left_edge.idx, source.right_edge.idx + len(source.right_edge)
        speaker, speaker_text = speakers.actor_in(s, e), text[s:e]
    return StatementFinding(cue_start=according.idx, cue_end=to.idx + len(to), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                            cue_token=according.i, segments=[(start, end)])


def in_source(text, prep, speakers: Speakers, findings) -> Optional[StatementFinding]:
    """"In a KTV News poll, she led Mr. Lund 51 to 37", "Ferris has a lead in the polls": the
    poll, statement or speech says the clause the phrase belongs to. Not when the clause's verb
    is a cue of its own ("said in a statement that …": that verb's statement)."""
    verb = clause_of(prep)
    if is_attribution(verb):
        return None
    source = next(c for c in prep.children if c.dep_ == "pobj")
    content = [t for t in verb.subtree if not (prep.left_edge.i <= t.i <= prep.right_edge.i) and not t.is_space]
    while content and content[0].is_punct:
        content.pop(0)
    while content and content[-1].is_punct:
        content.pop()
    if len(content) < 3 or not any(c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children):
        return None
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    if any(shares_words(f, start, end) for f in findings):
        return None
    s, e = source.left_edge.idx, source.right_edge.idx + len(source.right_edge)
    speaker = speakers.actor_in(s, e)
    if speaker is None and any(t.dep_ == "poss" or t.pos_ == "PROPN" for t in source.subtree):
        return None                   # "in his statement", "in a Fox poll": someone's, whom we cannot name
    return StatementFinding(cue_start=prep.idx, cue_end=prep.idx + len(prep), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=text[s:e],
                            cue_token=prep.i, segments=[(start, end)])


def hearsay(text, adverb, findings) -> Optional[StatementFinding]:
    """"The Taxpayers Alliance is reportedly spending $2.5 million": the clause the adverb qualifies
    is what someone left unnamed reports."""
    verb = adverb.head
    if not any(c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children):
        return None
    content = [t for t in verb.subtree if not t.is_space]
    while content and content[-1].is_punct:
        content.pop()
    if len(content) < 3:
        return None
    start, end = content[0].idx, reported_end(text, content[0].idx, content[-1].idx + len(content[-1]))
    if any(shares_words(f, start, end) for f in findings):
        return None
    return StatementFinding(cue_start=adverb.idx, cue_end=adverb.idx + len(adverb), quote_start=start, quote_end=end,
                            direct=False, speaker=None, addressee=None, speaker_text=None,
                            cue_token=adverb.i, segments=[(start, end)])
