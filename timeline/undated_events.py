"""The predicates no date of the text governs: every full verb of the story's own telling is an
event (in reported words, only the state or the recent past they tell). A present one, or a
perfect, tells the state at publication and takes the publication date; a past one keeps just its
status until a later step dates it."""
from __future__ import annotations

from . import syntax
from .date_governors import dated_predicates
from .event_drafts import DocumentEvents, refused_to_tell
from .lexicon import deps as D
from .lexicon import events as E
from .lexicon import news as N
from .temporal import anchor
from .verb_forms import is_perfect, passive_simple_past, spans_since


def undated_events(drafts: DocumentEvents) -> None:
    """Every full verb outside quotations is an event. One in the present tense ("Apple
    reports", "the store currently sells") describes the state at publication: it takes the
    publication date, anchored on context. A past one without a date keeps just its status.
    In reported words ("the company said it has agreed to buy"), only the recent past the
    present perfect tells is an event of the story: it happened by the publication date."""
    for token in syntax.tokens_of(drafts.doc):
        if not _narrates(drafts, token, reported=True):
            continue
        time = None
        tense = syntax.tense_of(token)
        perfect = is_perfect(token)
        recent = tense == "past" and perfect and token.tag_ == "VBN"
        if drafts.in_statement(token.idx) and not recent and not _reported_state(drafts, token, tense) \
                and not (tense == "past" and (token.tag_ == "VBD" or passive_simple_past(token))):
            continue
        if drafts.dct is not None and (tense == "present" or (tense == "past" and perfect)) \
                and not spans_since(token) and not _scheduled(drafts, token):
            time = anchor.dct_time(drafts.dct, anchor="context")
        if drafts.dct is not None and refused_to_tell(token):
            time = anchor.dct_time(drafts.dct, anchor="context")
        drafts.event_for(token, time)


def _narrates(drafts: DocumentEvents, token, reported: bool = False) -> bool:
    """Whether a word is a full verb of the story's own telling (`reported`: or of the words
    it reports, outside quotation marks)."""
    if not syntax.is_predicate_verb(token) or token.i in drafts.by_token \
            or token.i in drafts.cue_tokens:
        return False
    if token.pos_ == "AUX" and token.lemma_ != "be":
        return False        # "is", "are", "were" as main predicates; not modals
    if token.text[:1].isupper() and not token.is_sent_start:
        return False        # a name the tagger took for a verb ("MPs")
    if drafts.in_quote(token.idx) and not (reported and _plainly_told(token)):
        return False
    if not reported and drafts.in_statement(token.idx):
        return False
    if token.tag_ in ("VBG", "VBN") and token.dep_ in D.DESCRIBING_DEPS:
        return False        # "a growing market", "the phone released last year" describe, not narrate
    return not _fragment(token)


def _plainly_told(token) -> bool:
    """A quoted verb without a modal ("I have lost a son", "job creation is sturdy") tells
    what is or was; one with a modal ("they could go", "it will be") is the speaker's guess."""
    return not any(c.dep_ in D.AUXILIARY_DEPS and c.lower_ in N.FUTURE_MODALS for c in syntax.children(token))


def _fragment(token) -> bool:
    """A predicate that tells nothing on its own: a sentence that opens with its verb and has
    no subject, as an instruction to the reader ("read more") or page furniture ("comments");
    "is" with nothing after it, or with neither a subject nor a predicate of its own
    ("Corbyn's letter is", "… so is office could keep track")."""
    kids = syntax.children(token)
    if token.head.i == token.i and token.is_sent_start and syntax.subject_of(token, D.SUBJECT_OR_EXPLETIVE_DEPS) is None:
        return True
    if token.lemma_ != E.COPULA:
        return False
    said = [c for c in kids if c.dep_ in D.COMPLEMENT_DEPS or c.dep_ in D.COPULA_COMPLEMENT_DEPS]
    own_subject = any(c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in kids)
    end = syntax.sentence(token).end
    last = end <= token.i + 4 and all(t.is_punct or t.is_space for t in token.doc[token.i + 1:end])
    predicate = any(c.dep_ in D.COPULA_PREDICATE_DEPS for c in said)
    return (last and not said) or (not own_subject and not predicate)


def _reported_state(drafts: DocumentEvents, token, tense: str) -> bool:
    """A finite present in reported or quoted words ("Iran condemns any acts", "claims that the
    store violates an agreement", "said analysts are expecting write-downs", "“Job creation is
    sturdy,” he said") tells the state when the words were said, as the story's own does; not a
    participle of its own ("appears to be running")."""
    finite = token.tag_ in E.FINITE_PRESENT_TAGS or any(
        c.dep_ in D.AUXILIARY_DEPS and c.tag_ in E.FINITE_PRESENT_TAGS for c in syntax.children(token))
    return tense == "present" and finite


def _scheduled(drafts: DocumentEvents, token) -> bool:
    """A present in a clause of a predicate dated after the DCT tells a plan ("to join in April,
    when the alliance celebrates its anniversary"), not the state at publication."""
    future = drafts.memo.get("future_dated")
    if future is None:
        future = drafts.memo["future_dated"] = {gov.i for gov, time in dated_predicates(drafts)
                                                if anchor.side_of_dct(time, drafts.dct) == "future"}
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.i in future:
            return True
    return False
