"""Names the recogniser missed, found by their form: titled people ("Mrs May"), a common first
name and a capitalised word ("Theresa May"), a known person's surname alone, proper names as the
subject of a speech verb ("Marc H. Morial suggested"), businesses' names ("Castor Mining") and
the capitalised speaker labels of a transcript ("HARPER: …")."""
from __future__ import annotations

import re

from . import syntax
from .acronyms import ACRONYM
from .entity_mentions import HONORIFIC, name_start
from .lexicon import naming as W, news as N, time_words as T
from .mention_drafts import Cover, MentionDraft
from .names import _POSSESSIVE, name_key
from .referents import named_people, title_holder


_APOSTROPHE_NAME = re.compile(W.APOSTROPHE_NAME)


_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"      # "Kilroy-Silk", "O’Brien"
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(W.NAME_TITLES) + r")\.?"
                         r"\s+(?P<name>(?:" + _NAME_WORD + r"\s+)?" + _NAME_WORD + r")")


def titled_people(text: str, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"Mrs May", "Prime Minister Theresa May": a title before capitalised words is a person,
    when the recogniser saw none there (it reads "May" as a month)."""
    found = []
    persons = Cover([x for x in mentions if x.label == "PERSON"])
    for m in _TITLED_NAME.finditer(text):
        s, e = m.start("name"), m.end("name")
        if not persons.overlaps(s, e):
            found.append(MentionDraft(s, e, m["name"], "PERSON", name_key(m["name"])))
    return found


_FIRST_NAME = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def first_name_people(text: str, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"Theresa May": a common first name and a capitalised word, where the recogniser saw no
    person (it reads "May" as a month)."""
    found = []
    for m in _FIRST_NAME.finditer(text):
        if m["first"].lower() not in N.FIRST_NAMES or m["last"].lower() in N.PLACE_WORDS:
            continue
        name = _POSSESSIVE.sub("", m.group())
        s, e = m.start(), m.start() + len(name)
        if any(x.start < e and s < x.end and x.label in ("PERSON", "ORG", "GPE") for x in mentions):
            continue
        found.append(MentionDraft(s, e, name, "PERSON", name_key(name)))
    return found


def surname_mentions(text: str, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """A known person's surname alone, where the recogniser missed it ("Corbyn later left")."""
    # (a title that refers to a named person, "the Prime Minister", has no surname, nor has a
    # title whose holder goes unnamed, "the Culture Secretary")
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2
                and not m.described and m.text.split()[-1] not in W.PORTFOLIO_TITLES}
    found = []
    covered = Cover(mentions)
    for name in surnames:
        if len(name) < 3:
            continue
        for at in _whole_words(text, name):
            if not covered.holds(at):
                found.append(MentionDraft(at, at + len(name), name, "PERSON", name_key(name)))
                covered.add(found[-1])
    return found


_WORD_BEFORE = re.compile(r"[\w'’-]")
_WORD_AFTER = re.compile(r"[\w-]")


def _whole_words(text: str, name: str):
    """Where `name` stands as a word of its own: the matches of `(?<![\\w'’-])name(?![\\w-])`,
    in order, found with `str.find` (a regex that begins with a look-behind is tried at every
    character, and this runs once per surname over the whole text)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _WORD_BEFORE.match(text, at - 1)) and not _WORD_AFTER.match(text, end):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def named_speakers(text: str, spacy_doc, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """A proper name the recogniser missed, as the subject of a speech verb ("Marc H. Morial
    suggested", "CNS reported"): a person, or an organisation when it is an acronym."""
    found = []
    cover = Cover(mentions)
    people = named_people(mentions)
    for token in syntax.tokens_of(spacy_doc):
        if token.lemma_.lower() not in N.SPEECH_VERBS or token.pos_ != "VERB":
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or syntax.quoted_before(subject, token):
            continue
        # "D’Souza replied": a name with an apostrophe inside, which the tagger can take for a common noun
        apostrophe_name = _APOSTROPHE_NAME.match(subject.text) is not None
        if subject.pos_ != "PROPN" and not apostrophe_name:
            continue
        words = [t for t in subject.subtree if t.i <= subject.i and (t.pos_ == "PROPN" or t.text == "." or t.i == subject.i)
                 and t.i >= subject.left_edge.i]
        while words and words[0].pos_ != "PROPN" and words[0].i != subject.i:
            words.pop(0)
        if not words or words[-1].i != subject.i or any(t.lower_ in W.NOT_IN_NAMES for t in words):
            continue
        start, end = words[0].idx, subject.idx + len(subject)
        if cover.overlaps(start, end):
            continue
        name = HONORIFIC.sub("", text[start:end]).strip()
        if not name or name.lower() in N.KICKERS or name.lower() in T.WEEKDAYS:
            continue                 # "Saturday at the convention Sen. Olsen said": a day, not a name
        from spacy.lang.en.stop_words import STOP_WORDS
        if name.lower() in STOP_WORDS:
            continue
        titled = title_holder(words, people, text)
        if titled is not None:
            # "Prime Minister Karl Brisk … the Prime Minister praised": a title, not a name.
            found.append(MentionDraft(start, end, text[start:end], "PERSON", titled.key, described=True))
            cover.add(found[-1])
            continue
        if _portfolio_title(words):
            # "The Culture Secretary said", whose holder the story does not name: one described by
            # office, no person of that name.
            title = text[start:end]
            found.append(MentionDraft(start, end, title, "PERSON", name_key(title), generic=True))
            cover.add(found[-1])
            continue
        label = "ORG" if ACRONYM.match(name) else "PERSON"
        start = text.find(name, start, end)
        found.append(MentionDraft(start, start + len(name), name, label, name_key(name)))
        cover.add(found[-1])
    return found


def _portfolio_title(words: list) -> bool:
    """"Culture Secretary", "Shadow Secretary": capitalised words that end with a title of office."""
    return words[-1].text in W.PORTFOLIO_TITLES


def business_names(text: str, spacy_doc, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"The claim by Castor Mining that …": proper nouns that end with a word of business names
    ("Mining", "Motors"), where the recogniser saw nothing, name an organisation."""
    found = []
    cover = Cover(mentions)
    for token in syntax.tokens_of(spacy_doc):
        if token.pos_ != "PROPN" or token.lower_ not in W.ORG_NAME_ENDINGS or not token.text[:1].isupper():
            continue
        start = name_start(spacy_doc, token.i)
        if start == token.i:
            continue
        first = spacy_doc[start]
        s, e = first.idx, token.idx + len(token)
        if cover.overlaps(s, e):
            continue
        found.append(MentionDraft(s, e, text[s:e], "ORG", name_key(text[s:e])))
        cover.add(found[-1])
    return found


_TRANSCRIPT_LABEL = re.compile(r"(?m)^[\"“]?(?P<name>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?):[ \t]+\S")


def transcript_speakers(text: str, mentions: list[MentionDraft]) -> list[MentionDraft]:
    """"HARPER: Senator, I hate to cut in": a speaker's name set in capitals at the
    start of a transcript line, which the recogniser reads as nothing."""
    found = []
    cover = Cover(mentions)
    labels = [m for m in _TRANSCRIPT_LABEL.finditer(text) if m["name"].lower() not in N.KICKERS]
    if len(labels) < 2:
        return found                 # one capitalised label is a headline, not a transcript
    for m in labels:
        start, end = m.start("name"), m.end("name")
        if cover.overlaps(start, end):
            continue
        name = " ".join(w.capitalize() for w in m["name"].split())
        found.append(MentionDraft(start, end, name, "PERSON", name_key(name)))
        cover.add(found[-1])
    return found
