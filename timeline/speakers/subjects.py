"""Where the parse names a cue's speaker: the subject of the cue (or its passive agent), or that
of the clause it hangs from, with the names the parser hung elsewhere put back and the cues that
borrow another verb's subject followed to it."""
from __future__ import annotations

from functools import partial
from typing import Optional

from .. import cues, syntax
from ..lexicon import deps as D, news as N, speech as S
from .borrowed_subjects import producer_of_document, quoting_verb, reporter_of_trailing_participle
from .misplaced_names import (a_day, a_person, after_dateline, holder_of_role, parenthetical_name, person_after_role_of,
                              postposed_name)
from .named_actors import NamedActors
from .spans import own_words


def subject_of(speakers: NamedActors, cue) -> Optional[tuple[int, int]]:
    """Where the cue's speaker is named, as the parse gives it: the subject of the cue (or
    its passive agent), or that of the clause it hangs from."""
    return syntax.subject_of(cue, pick=partial(own_subject, speakers))


def own_subject(speakers: NamedActors, cue):
    """The speaker the cue's own clause names, as a span; None to look at the clause it
    hangs from; `syntax.STOP` when nothing can be found."""
    # "was written by Springsteen": in the passive, the speaker is the agent.
    for child in cue.children:
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    quoting = quoting_verb(cue)
    if quoting is not None:
        # "The AP quoted Ada Roos, a nurse, as saying …" is Roos; "Clarke has been quoted as
        # telling …", Clarke. One quoted unnamed ("quoted a witness as saying") is left to nearness.
        quoted = next((c for c in quoting.children if c.dep_ in D.DIRECT_OBJECT_DEPS), None)
        if quoted is None:
            return syntax.subject_of(quoting, pick=partial(named_subject, speakers))
        span = own_words(quoted)
        if speakers.named_in(*span):
            return span
    sharing = syntax.verb_sharing_subject(cue)
    if sharing is not None:
        # "was booed after telling holdouts …": that verb's subject, not its passive's agent
        return syntax.subject_of(sharing, pick=partial(named_subject, speakers))
    reporter = reporter_of_trailing_participle(cue)
    if reporter is not None:
        return syntax.subject_of(reporter, pick=partial(own_subject, speakers))
    return postposed_name(cue) or parenthetical_name(cue) or named_subject(speakers, cue)


def named_subject(speakers: NamedActors, cue):
    """The speaker the clause's subject names (see `own_subject`)."""
    children = list(cue.children)
    # Not a subject: a quoted word ("“Safety,” said Hartmann") or a day ("Saturday at the
    # convention Sen. Olsen said"), which the parser can take for one.
    days = [c for c in children if c.dep_ in D.SUBJECT_DEPS and a_day(c)]
    day = bool(days)
    children = [c for c in children
                if c not in days and not (c.dep_ in D.SUBJECT_DEPS and syntax.quoted_before(c, cue))]
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) >= 2:
        # "People like Scott, he said.": the subject nearest the cue is the speaker.
        children = [c for c in children if c not in subjects[:-1]]
    for child in children:
        if child.dep_ == "nsubj" and child.pos_ == "VERB" and child.i < cue.i:
            # A headline's run of verbs parsed as a subject ("Apple releases SDK, announces
            # update"): the first verb's subject is the speaker.
            return subject_of(speakers, child) or syntax.STOP
        if child.dep_ in D.SUBJECT_DEPS:
            return _speaker_named_by_subject(speakers, cue, child)
    if day and not any(c.dep_ in D.SUBJECT_DEPS for c in children):
        # the day took the subject's place: the speaker is the name nearest before the cue
        sent = syntax.sentence(cue)
        named = [(a, b) for a, b, _ in speakers.index.overlapping(sent.start_char, cue.idx) if b <= cue.idx]
        if named:
            return named[-1]
    if cue.dep_ == "acl":      # (a clause that shares no subject with the one it hangs from)
        return speaker_of_noun_clause(speakers, cue)
    return None


def _speaker_named_by_subject(speakers: NamedActors, cue, child):
    """The span of the speaker a subject names: the noun a relative clause describes (or the
    producer of the document it is), else the subject's own words, past a dateline and with the
    name a title or a role has in apposition."""
    if child.lower_ in S.RELATIVE_SUBJECTS and cue.dep_ == "relcl" and cue.head.i < cue.i:
        producer = producer_of_document(cue.head)
        if producer is not None:
            return subject_of(speakers, producer) or syntax.STOP
        # "Keane, who has campaigned hard for Ferris": the one the clause is about.
        child = cue.head
        own = [t for t in child.subtree if t.i < child.i or t.i == child.i]
        own = [t for t in own if not t.is_punct]
        return own[0].idx, own[-1].idx + len(own[-1])
    child = after_dateline(child)
    if child.lower_.rstrip(".") in N.HONORIFICS or child.pos_ == "NOUN":
        # "Sen. Roy Mabry (R-Ala.) said", "her spokesman Alan Reid disclosed":
        # parsed with the title or the role as the head, the name in apposition.
        child = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and (a_person(c) or child.pos_ != "NOUN" or holder_of_role(child, c))), child)
        if child.pos_ == "NOUN":
            child = person_after_role_of(child) or child
    elif child.ent_type_ != "PERSON":
        # "Apple CEO, Steve Jobs, justified …": a role tagged as a name, the person in apposition.
        child = next((c for c in child.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), child)
    return own_words(child)        # "Dean Holloway, who runs Mercer's campaign, said": Holloway


def speaker_of_noun_clause(speakers: NamedActors, cue):
    """The speaker of a cue in a clause that describes a noun: the noun itself when a document
    finds it or its named owner speaks through it, else the subject of the clause it is in."""
    noun = cue.head
    # "a new poll showing a tight race": the poll finds it, not the sentence's subject; "a BBC
    # story claiming …": the story's named owner speaks through it.
    if cues.document_participle(cue) or any(c.dep_ in ("compound", "poss") and (c.ent_type_ or c.pos_ == "PROPN")
                                            for c in noun.children):
        own = [t for t in noun.subtree if t.i <= noun.i]
        return own[0].idx, noun.idx + len(noun)
    # "resigned in a letter to the board stating ...": the letter's writer, the clause's subject.
    for a in cue.ancestors:
        if a.pos_ in ("VERB", "AUX") and any(c.dep_ in D.SUBJECT_DEPS for c in a.children):
            return subject_of(speakers, a)
    return None
