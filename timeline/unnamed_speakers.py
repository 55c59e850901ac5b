"""Speakers named by what they are, not by a name: people ("Foreign policy analysts said"), a
share of people polled ("Sixty-six percent said"), documents ("The study found") and the
descriptions of `described` ("the town said"); each a generic actor, or a mention of the named
actor a definite description refers back to ("the firm", "the chief executive")."""
from __future__ import annotations

from . import syntax
from .cues import is_attribution
from .described import described_speakers, speaks_for_a_name
from .lexicon import deps as D, naming as W, news as N, speech as S
from .mention_drafts import Cover, MentionDraft
from .names import name_key, names_a_base
from .referents import named_people, organisation_referent, titled_referent


_NOT_IN_GENERIC_NAME_DEPS = D.ATTACHED_PHRASE_DEPS | {"punct"}
_BEFORE_GENERIC_NAME = N.QUANTIFIERS | W.POSSESSIVE_MARKERS      # "many officials", "the company 's officials"


def _speaks(verb) -> bool:
    """Sources say, warn, believe, want or are worried: a verb of attribution (`cues`), or one
    whose complement is an attitude ("fans were not fond of …")."""
    return verb.pos_ == "VERB" and is_attribution(verb) or any(
        c.dep_ == "acomp" and c.lower_ in N.STANCE_ADJECTIVES for c in verb.children)


def _generic_people(subject) -> bool:
    """"analysts", "Sanders protesters", "some fans": people named by what they are, a people
    noun or a plural one."""
    if subject.lemma_.lower() in N.PEOPLE_NOUNS:
        return subject.tag_ in ("NNS", "NNPS", "NN")
    return subject.pos_ == "NOUN" and subject.tag_ in ("NNS", "NNPS")


def _share_of_people(subject) -> bool:
    """"Sixty-six percent said", "Nearly half said", "Some of the women said", "Six in 10 say": a
    share of people polled or named, the speaker a poll gives."""
    return subject.pos_ == "NUM" or subject.lemma_.lower() in N.SHARE_WORDS and subject.pos_ in ("NOUN", "PRON", "ADJ")


def generic_speakers(text: str, spacy_doc, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"Foreign policy analysts said ...": a speaker named by what they are. The subject of a
    speech verb, with no name in it, whose head is a people noun."""
    found = []
    cover = Cover(mentions)
    people = named_people(mentions)
    for token in syntax.tokens_of(spacy_doc):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in D.SUBJECT_DEPS), None)
        if subject is None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            continue                 # "your members", "its officials": someone already named
        share = _share_of_people(subject)
        if not (share or _generic_people(subject)) or not _speaks(token):
            continue
        if share:
            words = _share_words(subject)
        else:
            words = [t for t in subject.subtree if t.dep_ not in _NOT_IN_GENERIC_NAME_DEPS and not any(
                a.dep_ in D.ATTACHED_PHRASE_DEPS for a in t.ancestors if a in subject.subtree and a != subject)]
            while words and words[0].lower_ in _BEFORE_GENERIC_NAME:
                words.pop(0)
            if words and words[-1].i != subject.i:
                continue
        if not words:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if cover.overlaps(start, end):
            continue
        if subject.lemma_.lower() in W.SPEAKING_FOR_OTHERS and len(words) == 1 or speaks_for_a_name(subject):
            continue                 # "a spokesman (for Acme) said" speaks for an organisation named nearby
        name = text[start:end]
        referent = titled_referent([t.lower_ for t in words], start, people, text) if _definite(subject) else None
        if referent is not None:
            found.append(MentionDraft(start, end, name, "PERSON", referent.key, described=True))
        else:
            found.append(MentionDraft(start, end, name, "PERSON", name_key(name), generic=True))
        cover.add(found[-1])
    return found


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ in S.DEFINITE_DETERMINERS for c in noun.children)


def _share_words(subject) -> list:
    """The words naming a share of people: the share and whose it is ("75 percent of Democrats",
    "Some of the women"), without a clause or apposition hanging from them."""
    words = [t for t in subject.subtree if not any(
        a.dep_ in D.APPOSITION_OR_CLAUSE_DEPS for a in [t, *t.ancestors] if a in subject.subtree and a != subject)]
    while words and words[-1].is_punct:
        words.pop()
    return words


def document_sources(text: str, spacy_doc, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"A new poll shows …", "The study found …": a source that is a document, not a person. The
    subject of a verb reporting what it says, named by what it is ("new poll")."""
    found = []
    cover = Cover(mentions)
    for token in syntax.tokens_of(spacy_doc):
        if token.pos_ != "VERB" or token.lemma_.lower() not in N.REPORTING_VERBS:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in N.DOCUMENT_SOURCES:
            continue
        # "Trump's new ad" speaks for Trump, named apart; "the new group's mission statement" keeps its owner.
        named_owner = any(t.pos_ == "PROPN" or t.ent_type_ for c in subject.children if c.dep_ == "poss" for t in c.subtree)
        words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "punct"
                 and not (named_owner and (t.dep_ in D.POSSESSIVE_DEPS or any(
                     a.dep_ == "poss" for a in t.ancestors if a in subject.subtree and a != subject)))]
        while words and (words[0].lower_ in N.QUANTIFIERS or words[0].pos_ in ("DET", "PRON", "NUM")):
            words.pop(0)
        if not words:
            continue
        start, end = words[0].idx, subject.idx + len(subject)
        if cover.overlaps(start, end):
            continue
        name = text[start:end]
        found.append(MentionDraft(start, end, name, "ORG", name_key(name), generic=True))
        cover.add(found[-1])
    return found


def described_mentions(text: str, spacy_doc, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"The town said", "a reporter asked": speakers named by what they are (`described`), where
    no name was found; each a generic actor, one per wording in the document, or a mention of
    the organisation it refers back to ("NPD Group, a research firm. The firm said")."""
    found = []
    # A people or a place may qualify a description ("the Vermont senator"), which then holds it.
    qualifying = [m for m in mentions if m.label in N.QUALIFYING_LABELS or names_a_base(text, m.end)]
    cover = Cover([m for m in mentions if m not in qualifying])
    qualifiers = Cover(qualifying)
    named = sorted((m for m in mentions if m.label == "ORG" and not m.generic), key=lambda m: m.start)
    people = named_people(mentions)
    for d in described_speakers(spacy_doc):
        if cover.overlaps(d.start, d.end) or qualifiers.holds(d.start) or qualifiers.holds(d.end - 1):
            continue
        name = text[d.start:d.end]
        referent = organisation_referent(d, named, text)
        if referent is None and d.definite and d.kind == "PERSON":
            referent = titled_referent(text[d.start:d.end].lower().split()[1:], d.start, people, text)
        if referent is not None:
            found.append(MentionDraft(d.start, d.end, name, "ORG", referent.key, described=True))
        else:
            found.append(MentionDraft(d.start, d.end, name, d.kind, name_key(name), generic=True))
        cover.add(found[-1])
    return found
