"""Actors: spaCy's PERSON/ORG/GPE/NORP entities, corrected and merged.

Corrections for the small model's systematic errors: entities that run across a line break are
split; kicker lines ("EXCLUSIVE") and capitalised stop words ("Enough") are dropped; acronyms
tagged PERSON become ORG; nationality adjectives ("Jewish") are not actors; honorifics and
possessives are stripped. Merging: the same name, acronyms defined in brackets or matching a
name's initials (JLM = Jewish Labour Movement), surnames (Corbyn = Jeremy Corbyn), short
party names (Labour = Labour Party) and one-letter slips (Paole Zion = Poale Zion). An actor's
type is the majority of its mentions' labels.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Optional

from rapidfuzz.distance import OSA
from spacy.tokens import Span

from . import syntax
from .cues import is_attribution
from .described import described_speakers, speaks_for_a_name
from .lexicon import deps as D, naming as W, news as N, speech as S, time_words as T
from .findings import ActorIndex, Role
from .model import Actor, Mention
from .names import (_POSSESSIVE, clean_name, distinct_names, name_key, names_a_base, sex_by_first_names,
                    sex_by_title, title_before)

_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(sorted((re.escape(h) for h in N.HONORIFICS), key=len, reverse=True))
                        + r")\.?\s+)+", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")
_APOSTROPHE_NAME = re.compile(W.APOSTROPHE_NAME)
_ACRONYM_LINK = "|".join(W.ACRONYM_LINK_WORDS)
_BRACKET_DEF = re.compile(r"(?P<long>(?:[A-Z][\w'’&-]*\s+)(?:(?:" + _ACRONYM_LINK + r"|&|[A-Z][\w'’&-]*)\s+)*[A-Z][\w'’&-]*)\s*[(\[]\s*(?P<short>[A-Z][A-Za-z&]{1,7})\s*[)\]]"
                          r"|(?P<short2>[A-Z][A-Z&]{1,7})\s*[(\[]\s*(?P<long2>[A-Z][\w'’&-]*(?:\s+(?:" + _ACRONYM_LINK + r"|&|[A-Z][\w'’&-]*))*)\s*[)\]]")


@dataclass
class _Mention:
    start: int
    end: int
    text: str          # cleaned display form
    label: str
    key: str           # normalised for comparison
    generic: bool = False
    described: bool = False   # "the firm": a description of a named actor, never its name


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in N.ACRONYM_STOPWORDS]
    return "".join(w[0] for w in words).upper()


_LEGAL_FORMS = frozenset(W.LEGAL_FORMS)


def _without_legal_form(name: str) -> str:
    """"General Motors Corporation" → "General Motors", "Ford Motor Co." → "Ford Motor": the name
    without the legal form that ends it (and an "&" before it); the name itself when nothing is left."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in _LEGAL_FORMS:
        words.pop()
        while len(words) > 1 and words[-1] in ("&", ","):
            words.pop()
    return " ".join(words).rstrip(",")


def _spells(name: str, acronym: str) -> bool:
    """The initials of the name, with or without its legal form, spell the acronym ("General
    Motors Corporation" spells GM and GMC)."""
    return _initials(name) == acronym or _initials(_without_legal_form(name)) == acronym


def _is_kicker(doc_text: str, start: int, end: int, text: str) -> bool:
    line_start = doc_text.rfind("\n", 0, start) + 1
    line_end = doc_text.find("\n", end)
    line = doc_text[line_start:line_end if line_end >= 0 else len(doc_text)].strip()
    if text.lower() in N.KICKERS and (text.isupper() or line == text):
        return True
    return line == text and text.isupper() and len(text) > 4 and " " not in text


def _raw_mentions(text: str, spacy_doc) -> list[_Mention]:
    out: list[_Mention] = []
    entity_texts = {ent.text for ent in spacy_doc.ents}
    for ent in spacy_doc.ents:
        if ent.label_ not in N.ACTOR_LABELS:
            if not _first_name_and_surname(ent.text.split()):
                continue
            # "Ines Kalder", which the recogniser took for a product: a person by the name's form
            ent = Span(spacy_doc, ent.start, ent.end, label=W.PERSON_TYPE)
        ent = _with_business_name(ent)
        # Entities that run across a line break are two things ("EXCLUSIVE\n\nCorbyn").
        offset = ent.start_char
        for piece in re.split(r"(\n+)", ent.text):
            if not piece or piece.startswith("\n"):
                offset += len(piece)
                continue
            start, end = offset, offset + len(piece)
            offset = end
            for a, b in _split_possessive(piece, start, entity_texts):
                m = _mention(text, spacy_doc, a, b, ent.label_)
                if m:
                    out.append(m)
    return out


def _name_word(token) -> bool:
    """A word that may open a business's name: a proper noun, or a capitalised noun the tagger
    took for a common one ("Castor" in "Castor Mining")."""
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.text[:1].isupper()


def _with_business_name(ent):
    """"Castor Mining" where the recogniser labelled "Mining" alone: the last word of a business's
    name takes in the unlabelled proper nouns before it that it heads."""
    if len(ent) != 1 or ent.text.lower() not in W.ORG_NAME_ENDINGS:
        return ent
    start = _name_start(ent.doc, ent.start, unlabelled=True)
    return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.start else ent


def _name_start(doc, last: int, unlabelled: bool = False) -> int:
    """Where the business name ending on the token `last` starts: the name words before it that
    it heads as a compound ("Castor" in "Castor Mining"), only those no entity holds if asked."""
    start = last
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == last and not (unlabelled and doc[start - 1].ent_type_):
        start -= 1
    return start


_INNER_POSSESSIVE = re.compile(W.POSSESSIVE_S + r"\s+(?=[A-Z])")
_COMPANY_SUFFIX = re.compile(r"(?:" + "|".join(W.COMPANY_SUFFIXES) + r")\b\.?")


def _split_possessive(piece: str, start: int, entity_texts: set[str]) -> list[tuple[int, int]]:
    """"Apple Computer's Mac OS" is two names: the owner and what it owns. Split where the owner
    is plainly a name of its own (two words, or named alone elsewhere), not "McDonald's Corp"."""
    m = _INNER_POSSESSIVE.search(piece)
    if not m:
        return [(start, start + len(piece))]
    owner, owned = piece[:m.start()], piece[m.end():]
    if _COMPANY_SUFFIX.match(owned) or not (len(owner.split()) >= 2 or owner in entity_texts):
        return [(start, start + len(piece))]
    return [(start, start + m.start()), (start + m.end(), start + len(piece))]


def _mention(text: str, spacy_doc, start: int, end: int, label: str) -> Optional[_Mention]:
    # "Kilroy-" for "Kilroy-Silk's": a name the tokenizer cut at its hyphen runs to the word's end.
    while end < len(text) and text[end - 1] == "-" and text[end].isalpha():
        end += 1
        while end < len(text) and (text[end].isalpha() or text[end] == "-"):
            end += 1
    raw = text[start:end]
    if _is_kicker(text, start, end, raw.strip()):
        return None
    cleaned = clean_name(raw)
    if label == "PERSON":
        cleaned = _HONORIFIC.sub("", cleaned).strip()
    if not cleaned or not re.search(r"[A-Za-z]", cleaned):
        return None
    # Shift the span to the cleaned text so that offsets quote exactly what is named.
    i = text.find(cleaned, start, end)
    if i >= 0:
        start, end = i, i + len(cleaned)
    words = cleaned.split()
    if len(words) == 1:
        from spacy.lang.en.stop_words import STOP_WORDS
        if cleaned.lower() in STOP_WORDS or cleaned.lower() in N.KICKERS:
            return None
        if not cleaned[0].isupper():
            return None
    if _ACRONYM.match(cleaned) and label == "PERSON":
        label = "ORG"
    if label == "NORP":
        span = spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.pos_ == "ADJ" or span.root.tag_ == "JJ" or not cleaned.endswith("s"):
            return None   # "Jewish community": an adjective, not an actor
    return _Mention(start, end, cleaned, label, name_key(cleaned))


def _label_by_form(words: list[str], label: str) -> str:
    """The recogniser's label, unless the name's own words tell otherwise: "Castor Mining", ending
    with a word of business names, is an organisation, not a person; "Ivo Brask", a common first
    name and one more word, is a person (the small model often reads unfamiliar names the other
    way). A place keeps its label ("West Bank")."""
    if label == "PERSON" and len(words) >= 2 and words[-1].lower().rstrip(".") in W.ORG_NAME_ENDINGS:
        return "ORG"
    if label in ("ORG", "GPE") and _first_name_and_surname(words):
        return W.PERSON_TYPE
    return label


def _first_name_and_surname(words: list[str]) -> bool:
    """A common first name and one capitalised word that ends no business's or place's name
    ("Ivo Brask", not "Charlotte Observer" nor "Victoria Station")."""
    return (len(words) == 2 and words[0].lower() in N.FIRST_NAMES and words[0].lower() not in N.FIRST_NAMES_OF_PLACES
            and words[1][:1].isupper() and words[1].lower() not in W.ORG_NAME_ENDINGS
            and words[1].lower() not in N.PLACE_WORDS)


def _acronym_definitions(text: str) -> dict[str, tuple[str, int, int]]:
    """ACR -> (long name, start, end) from "Long Name (ACR)" and "ACR [Long Name]"."""
    found = {}
    for m in _BRACKET_DEF.finditer(text):
        short = m["short"] or m["short2"]
        long_ = m["long"] or m["long2"]
        start, end = (m.start("long"), m.end("long")) if m["long"] else (m.start("long2"), m.end("long2"))
        # Keep the longest tail of the long form whose initials spell the acronym.
        words = long_.split()
        first = next((i for i, w in enumerate(words) if w.lower() not in N.ACRONYM_STOPWORDS), 0)
        for i in range(first, len(words)):
            candidate = " ".join(words[i:])
            if _spells(candidate, short.upper().rstrip("S")):
                offset = text.find(candidate, start, end)
                found[short] = (candidate, offset, offset + len(candidate))
                break
    return found


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"      # "Kilroy-Silk", "O’Brien"
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(W.NAME_TITLES) + r")\.?"
                         r"\s+(?P<name>(?:" + _NAME_WORD + r"\s+)?" + _NAME_WORD + r")")


def _titled_people(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """"Mrs May", "Prime Minister Theresa May": a title before capitalised words is a person,
    when the recogniser saw none there (it reads "May" as a month)."""
    found = []
    persons = _Cover([x for x in mentions if x.label == "PERSON"])
    for m in _TITLED_NAME.finditer(text):
        s, e = m.start("name"), m.end("name")
        if not persons.overlaps(s, e):
            found.append(_Mention(s, e, m["name"], "PERSON", name_key(m["name"])))
    return found


_FIRST_NAME = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def _first_name_people(text: str, mentions: list[_Mention]) -> list[_Mention]:
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
        found.append(_Mention(s, e, name, "PERSON", name_key(name)))
    return found


def _surname_mentions(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A known person's surname alone, where the recogniser missed it ("Corbyn later left")."""
    # (a title that refers to a named person, "the Prime Minister", has no surname)
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2
                and not m.described}
    found = []
    covered = _Cover(mentions)
    for name in surnames:
        if len(name) < 3:
            continue
        for at in _whole_words(text, name):
            if not covered.holds(at):
                found.append(_Mention(at, at + len(name), name, "PERSON", name_key(name)))
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


class _Cover:
    """The characters the mentions so far cover, one flag each: "is this offset inside a
    mention" for every match in the text, without reading every mention each time."""

    def __init__(self, mentions: list[_Mention]):
        self.flags = bytearray(max((m.end for m in mentions), default=0))
        self.points: list[tuple[int, int]] = []      # mentions of no character (not in the flags)
        for m in mentions:
            self.add(m)

    def add(self, m: _Mention) -> None:
        if m.start >= m.end:
            self.points.append((m.start, m.end))
            return
        if m.end > len(self.flags):
            self.flags.extend(bytes(m.end - len(self.flags)))
        self.flags[max(m.start, 0):m.end] = b"\x01" * max(m.end - max(m.start, 0), 0)

    def holds(self, offset: int) -> bool:
        return 0 <= offset < len(self.flags) and self.flags[offset] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a mention so far shares a character with [start, end); one that covers
        nothing (kept apart) counts as `m.start < end and start < m.end` says."""
        return 1 in self.flags[max(start, 0):max(end, 0)] or any(a < end and start < b for a, b in self.points)


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


def _generic_speakers(text: str, spacy_doc, mentions: list[_Mention]) -> list[_Mention]:
    """"Foreign policy analysts said ...": a speaker named by what they are. The subject of a
    speech verb, with no name in it, whose head is a people noun."""
    found = []
    cover = _Cover(mentions)
    people = _named_people(mentions)
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
        referent = _titled_referent([t.lower_ for t in words], start, people, text) if _definite(subject) else None
        if referent is not None:
            found.append(_Mention(start, end, name, "PERSON", referent.key, described=True))
        else:
            found.append(_Mention(start, end, name, "PERSON", name_key(name), generic=True))
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


def _named_speakers(text: str, spacy_doc, mentions: list[_Mention]) -> list[_Mention]:
    """A proper name the recogniser missed, as the subject of a speech verb ("Marc H. Morial
    suggested", "CNS reported"): a person, or an organisation when it is an acronym."""
    found = []
    cover = _Cover(mentions)
    people = _named_people(mentions)
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
        name = _HONORIFIC.sub("", text[start:end]).strip()
        if not name or name.lower() in N.KICKERS or name.lower() in T.WEEKDAYS:
            continue                 # "Saturday at the convention Sen. Olsen said": a day, not a name
        from spacy.lang.en.stop_words import STOP_WORDS
        if name.lower() in STOP_WORDS:
            continue
        titled = _title_holder(words, people, text)
        if titled is not None:
            # "Prime Minister Karl Brisk … the Prime Minister praised": a title, not a name.
            found.append(_Mention(start, end, text[start:end], "PERSON", titled.key, described=True))
            cover.add(found[-1])
            continue
        label = "ORG" if _ACRONYM.match(name) else "PERSON"
        start = text.find(name, start, end)
        found.append(_Mention(start, start + len(name), name, label, name_key(name)))
        cover.add(found[-1])
    return found


def _business_names(text: str, spacy_doc, mentions: list[_Mention]) -> list[_Mention]:
    """"The claim by Castor Mining that …": proper nouns that end with a word of business names
    ("Mining", "Motors"), where the recogniser saw nothing, name an organisation."""
    found = []
    cover = _Cover(mentions)
    for token in syntax.tokens_of(spacy_doc):
        if token.pos_ != "PROPN" or token.lower_ not in W.ORG_NAME_ENDINGS or not token.text[:1].isupper():
            continue
        start = _name_start(spacy_doc, token.i)
        if start == token.i:
            continue
        first = spacy_doc[start]
        s, e = first.idx, token.idx + len(token)
        if cover.overlaps(s, e):
            continue
        found.append(_Mention(s, e, text[s:e], "ORG", name_key(text[s:e])))
        cover.add(found[-1])
    return found


_TITLE_WORDS = {w for title in (*N.HONORIFICS, *N.ROLE_RELATIONS) for w in title.split()}


def _title_holder(words: list, people: list[_Mention], text: str) -> Optional[_Mention]:
    """The person named earlier with the title these capitalised words are, all of them title
    words ("the Prime Minister", "the Interior Minister"); None for a name."""
    lower = [t.lower_ for t in words]
    if not all(w in _TITLE_WORDS for w in lower):
        return None
    return _titled_referent(lower, words[0].idx, people, text)


_TRANSCRIPT_LABEL = re.compile(r"(?m)^[\"“]?(?P<name>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+)?):[ \t]+\S")


def _transcript_speakers(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """"HARPER: Senator, I hate to cut in": a speaker's name set in capitals at the
    start of a transcript line, which the recogniser reads as nothing."""
    found = []
    cover = _Cover(mentions)
    labels = [m for m in _TRANSCRIPT_LABEL.finditer(text) if m["name"].lower() not in N.KICKERS]
    if len(labels) < 2:
        return found                 # one capitalised label is a headline, not a transcript
    for m in labels:
        start, end = m.start("name"), m.end("name")
        if cover.overlaps(start, end):
            continue
        name = " ".join(w.capitalize() for w in m["name"].split())
        found.append(_Mention(start, end, name, "PERSON", name_key(name)))
        cover.add(found[-1])
    return found


def _document_sources(text: str, spacy_doc, mentions: list[_Mention]) -> list[_Mention]:
    """"A new poll shows …", "The study found …": a source that is a document, not a person. The
    subject of a verb reporting what it says, named by what it is ("new poll")."""
    found = []
    cover = _Cover(mentions)
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
        found.append(_Mention(start, end, name, "ORG", name_key(name), generic=True))
        cover.add(found[-1])
    return found


def extract_actors(text: str, spacy_doc, doc_id: str = "") -> ActorIndex:
    definitions = _acronym_definitions(text)
    mentions = _all_mentions(text, spacy_doc, definitions)
    if not mentions:
        return ActorIndex()
    return _actor_index(_clusters(text, mentions, definitions), definitions, doc_id)


def _all_mentions(text: str, spacy_doc, definitions: dict[str, tuple[str, int, int]]) -> list[_Mention]:
    """Every mention of an actor, in the order of the text: the recogniser's, corrected, and the
    ones it missed (speakers, titled and first-named people, surnames, defined acronyms)."""
    mentions = [_relabelled(m) for m in _raw_mentions(text, spacy_doc)]
    mentions += _transcript_speakers(text, mentions)
    mentions += _business_names(text, spacy_doc, mentions)
    mentions += _named_speakers(text, spacy_doc, mentions)
    mentions += _generic_speakers(text, spacy_doc, mentions)
    mentions += _document_sources(text, spacy_doc, mentions)
    titled = _titled_people(text, mentions)
    titled += _first_name_people(text, mentions + titled)
    mentions = [m for m in mentions if not any(t.start < m.end and m.start < t.end for t in titled)] + titled
    mentions += _surname_mentions(text, mentions)
    for short, (long_, start, end) in definitions.items():
        if not any(m.start <= start and m.end >= end for m in mentions):
            mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
            mentions.append(_Mention(start, end, long_, "ORG", name_key(long_)))
    # Every further occurrence of a defined acronym is a mention, whatever the model said.
    for short in definitions:
        for m in re.finditer(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(_Mention(m.start(), m.end(), short, "ORG", name_key(short)))
    mentions = [_relabelled(m) for m in mentions]
    mentions += _described(text, spacy_doc, mentions)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _relabelled(m: _Mention) -> _Mention:
    """A name's mention with the label its own words give (`_label_by_form`)."""
    if m.generic or m.described:
        return m
    label = _label_by_form(m.text.split(), m.label)
    return m if label == m.label else replace(m, label=label)


def _described(text: str, spacy_doc, mentions: list[_Mention]) -> list[_Mention]:
    """"The town said", "a reporter asked": speakers named by what they are (`described`), where
    no name was found; each a generic actor, one per wording in the document, or a mention of
    the organisation it refers back to ("NPD Group, a research firm. The firm said")."""
    found = []
    # A people or a place may qualify a description ("the Vermont senator"), which then holds it.
    qualifying = [m for m in mentions if m.label in N.QUALIFYING_LABELS or names_a_base(text, m.end)]
    cover = _Cover([m for m in mentions if m not in qualifying])
    qualifiers = _Cover(qualifying)
    named = sorted((m for m in mentions if m.label == "ORG" and not m.generic), key=lambda m: m.start)
    people = _named_people(mentions)
    for d in described_speakers(spacy_doc):
        if cover.overlaps(d.start, d.end) or qualifiers.holds(d.start) or qualifiers.holds(d.end - 1):
            continue
        name = text[d.start:d.end]
        referent = _referent(d, named, text)
        if referent is None and d.definite and d.kind == "PERSON":
            referent = _titled_referent(text[d.start:d.end].lower().split()[1:], d.start, people, text)
        if referent is not None:
            found.append(_Mention(d.start, d.end, name, "ORG", referent.key, described=True))
        else:
            found.append(_Mention(d.start, d.end, name, d.kind, name_key(name), generic=True))
        cover.add(found[-1])
    return found


def _referent(d, named: list[_Mention], text: str) -> Optional[_Mention]:
    """The named organisation "the <noun>" refers back to: the one whose name holds the noun
    ("the commission" after "Federal Election Commission"), else, for a kind of organisation
    that is named as such, the one named last before it, unless the noun came up unnamed in a
    later sentence ("Vellmar … a spokesman for the transport agency … the agency said" is that
    agency, not Vellmar); None when the description stands alone."""
    if not d.definite or d.kind != "ORG":
        return None
    before = [m for m in named if m.end <= d.start]
    holding = {m.key: m for m in before if d.head in m.key.split()}
    if len(holding) == 1:
        return next(iter(holding.values()))
    if not before or d.head not in N.REFERRING_ORG_NOUNS:
        return None
    since = text[before[-1].end:d.start]
    sentence_end = _SENTENCE_END.search(since)     # an apposition ("X, a toy firm,") describes X itself
    since = since[sentence_end.end():] if sentence_end else ""
    return None if re.search(r"\b" + re.escape(d.head) + r"\b", since, re.IGNORECASE) else before[-1]


def _named_people(mentions: list[_Mention]) -> list[_Mention]:
    """The people named by name (not described nor generic), in the order of the text: those a
    title ("the Prime Minister") can refer back to."""
    return sorted((m for m in mentions if m.label == "PERSON" and not m.generic and not m.described),
                  key=lambda m: m.start)


def _titled_referent(words: list[str], at: int, people: list[_Mention], text: str) -> Optional[_Mention]:
    """The person "the <title>" (its words after the determiner) at `at` refers back to: the one
    last named with that title before or after the name ("Interior Minister Hugo Brandt … The
    minister added", "Acme's chief executive, Greta Holm, … the chief executive said", "Ben
    Carrow, the opposition leader, … the opposition leader said"). Every word of the description
    must be the title's, so "the prime minister" is not the interior minister."""
    if not words or not all(re.fullmatch(r"[\w'’-]+", w) for w in words):
        return None
    title = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b"
    before = re.compile(title + r",?\s+$", re.IGNORECASE)        # "Acme's chief executive, Greta Holm,"
    after = re.compile(r"^,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?" + title, re.IGNORECASE)
    for m in reversed([m for m in people if m.end <= at]):
        if before.search(text[max(0, m.start - _TITLE_REACH):m.start]) or after.match(text[m.end:m.end + _TITLE_REACH]):
            return m
    return None


_TITLE_REACH = 40                   # characters around a name in which its title stands
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def _clusters(text: str, mentions: list[_Mention], definitions: dict) -> list[list[_Mention]]:
    """The mentions grouped by the actor they name, the first named first."""
    uf = _UnionFind()
    mentions = _surnames_apart_by_title(text, mentions)
    names_by_key: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        names_by_key[m.key].append(m)
        uf.find(m.key)
    _join_legal_forms(uf, names_by_key)
    _join_acronyms(uf, names_by_key, definitions)
    _join_short_names(uf, names_by_key, text)
    _join_slips(uf, list(names_by_key))
    clusters: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        clusters[uf.find(m.key)].append(m)
    return sorted(clusters.values(), key=lambda ms: min(m.start for m in ms))


# A surname keyed apart for the sex its title gives: "howard|female" for "Mrs Howard" where "Mr
# Howard" is named too.
_SEX_KEY = "|"


def _surnames_apart_by_title(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """"Mr Howard" and "Mrs Howard" in one story are two people: where a surname is titled with
    both sexes, the mentions titled with a sex that the first names of the full names ending in
    it do not give ("Michael Howard") are keyed apart, by that sex; the untitled ones keep the
    surname's key, and named with their title. `_join_short_names` joins each to the full name
    of its sex, if one."""
    titles: dict[str, dict[int, str]] = defaultdict(dict)
    for i, m in enumerate(mentions):
        if m.label == "PERSON" and len(m.key.split()) == 1:
            sex = sex_by_title(text, m.start)
            if sex is not None:
                titles[m.key][i] = sex
    full_sex = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1] in titles:
            full_sex[words[-1]].add(sex_by_first_names(words[:1]))
    out = list(mentions)
    for key, by_mention in titles.items():
        if len(set(by_mention.values())) < 2:
            continue
        kept = full_sex[key] - {None} if len(full_sex[key] - {None}) == 1 else set()
        for i, sex in by_mention.items():
            if sex not in kept:
                # named with its title ("Mrs Howard"): no other story's "Howard" is joined to it
                titled = f"{title_before(text, out[i].start)} {out[i].text}"
                out[i] = replace(out[i], key=key + _SEX_KEY + sex, text=titled)
    return out


def _join_legal_forms(uf: _UnionFind, names_by_key: dict[str, list[_Mention]]) -> None:
    """"General Motors Corporation", "General Motors Corp." and "General Motors": the names of an
    organisation that differ only by the legal form that ends them are one actor."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for k, ms in names_by_key.items():
        if any(m.label == "ORG" for m in ms):
            by_core[name_key(_without_legal_form(ms[0].text))].append(k)
    for core, keys in by_core.items():
        if core in names_by_key and core not in keys and any(m.label in ("ORG", "GPE") for m in names_by_key[core]):
            keys.append(core)           # "General Motors", which the recogniser may have called anything
        for k in keys[1:]:
            uf.union(keys[0], k)


def _join_acronyms(uf: _UnionFind, names_by_key: dict[str, list[_Mention]], definitions: dict) -> None:
    """Acronyms: defined in brackets, or the initials of a multi-word organisation name."""
    keys = list(names_by_key)
    for k in keys:
        surface = names_by_key[k][0].text
        if not _ACRONYM.match(surface):
            continue
        short = surface.rstrip("s") if surface.endswith("s") and surface[:-1].isupper() else surface
        if short in definitions:
            uf.union(name_key(definitions[short][0]), k)
            continue
        matches = [o for o in keys if o != k and len(o.split()) >= 2 and _spells(names_by_key[o][0].text, short)]
        # "General Motors Corporation" and "General Motors" both spell GM: one company, joined already.
        if len({uf.find(o) for o in matches}) == 1:
            uf.union(matches[0], k)


def _join_short_names(uf: _UnionFind, names_by_key: dict[str, list[_Mention]], text: str) -> None:
    """Surnames and short party names: a one-word name that ends (PERSON) or begins (ORG) a longer one;
    not a surname a title gives one sex ("Mr Preval") and a full name whose first name gives the other
    ("Elisabeth Preval")."""
    keys = list(names_by_key)
    labels = {k: Counter(m.label for m in ms).most_common(1)[0][0] for k, ms in names_by_key.items()}
    main_label = labels.__getitem__
    # The longer names by their last and by their first word, in the order of `keys`: each
    # one-word name reads the few that end or begin with it, not every name of the document.
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, list[str]] = defaultdict(list)
    place = {o: i for i, o in enumerate(keys)}
    for o in keys:
        if len(o.split()) >= 2:
            by_last[o.split()[-1]].append(o)
            by_first[o.split()[0]].append(o)
    for k in keys:
        words = k.split()
        if len(words) != 1:
            continue
        surname, _, keyed_sex = k.partition(_SEX_KEY)
        titled = {keyed_sex} if keyed_sex else {sex_by_title(text, m.start) for m in names_by_key[k]} - {None}
        persons = [o for o in by_last.get(surname, ()) if main_label(o) == "PERSON"
                   and not (titled and sex_by_first_names(o.split()[:1]) not in titled | {None})]
        if len(persons) == 1 and main_label(k) in ("PERSON", "ORG"):
            uf.union(persons[0], k)
            continue
        near = set(by_first.get(k, ())) | set(by_last.get(k, ()) if k in N.ORG_GENERIC_TAILS else ())
        orgs = [o for o in sorted(near, key=place.__getitem__) if main_label(o) in ("ORG", "GPE")
                and (o.split()[:-1] == [k] and o.split()[-1] in N.ORG_GENERIC_TAILS
                     or (k in N.ORG_GENERIC_TAILS and o.split()[-1] == k))]
        if not orgs and (main_label(k) == "ORG" or main_label(k) == "PERSON" and not by_last.get(k)):
            # "Apple" and "Apple Computer": a short name for the one organisation it begins
            # (which the recogniser, seeing one word, may take for a person's).
            starts = {uf.find(o) for o in by_first.get(k, ()) if main_label(o) == "ORG"}
            if len(starts) == 1:
                orgs = [next(o for o in keys if uf.find(o) in starts)]
        if len(orgs) > 1 and k in N.ORG_GENERIC_TAILS:
            # "the Party": the party the story is about, if one is clearly the most mentioned.
            size = lambda o: sum(len(names_by_key[x]) for x in keys if uf.find(x) == uf.find(o))
            orgs.sort(key=size, reverse=True)
            if size(orgs[0]) >= 2 * size(orgs[1]):
                orgs = orgs[:1]
        if len(orgs) == 1 and not persons:
            uf.union(orgs[0], k)


def _join_slips(uf: _UnionFind, keys: list[str]) -> None:
    """One-letter slips between names of the same length in words ("Paole Zion" / "Poale Zion")."""
    # Only names with as many words, each with the same first letter, are compared: the names
    # are grouped by those letters first, not compared two by two across the whole document.
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in keys:
        if _SEX_KEY not in k:           # "clinton|male", "clinton|female": apart on purpose
            groups[tuple(w[0] for w in k.split())].append(k)
    for group in groups.values():
        for i, a in enumerate(group):
            if len(a) < 6:
                continue
            for b in group[i + 1:]:
                if uf.find(a) != uf.find(b) and OSA.distance(a, b) <= (1 if len(a) < 12 else 2):
                    uf.union(a, b)


def _actor_index(clusters: list[list[_Mention]], definitions: dict, doc_id: str) -> ActorIndex:
    index = ActorIndex()
    for n, ms in enumerate(clusters, 1):
        actor_id = f"{doc_id}:a{n}" if doc_id else f"a{n}"
        name = _canonical_name(ms, definitions)
        label = _cluster_label(ms, name)
        aliases = distinct_names(m.text for m in ms if m.text.lower() != name.lower())
        index.actors.append(Actor(actor_id, name, label, aliases,
                                  tuple(Mention(m.start, m.end, m.text, m.label) for m in ms), doc_id or None,
                                  generic=all(m.generic for m in ms)))
        index.spans.extend((m.start, m.end, actor_id) for m in ms)
    index.spans.sort()
    return index


def _canonical_name(ms: list[_Mention], definitions: dict) -> str:
    ms = [m for m in ms if not m.described] or ms     # "the firm" is no name of NPD Group
    counts = Counter(m.text for m in ms)
    long_forms = {v[0] for v in definitions.values()}
    for m in ms:
        if m.text in long_forms:
            return m.text
    # The fullest name, not a surname with its title ("Mrs Abedini" is no fuller than "Saeed
    # Abedini"); among equals the most frequent, then the first seen.
    first_seen = {}
    for m in ms:
        first_seen.setdefault(m.text, m.start)
    titled = {m.text for m in ms if _SEX_KEY in m.key}
    def rank(name: str):
        acronym = bool(_ACRONYM.match(name))
        return (not acronym, name not in titled, len(name.split()), counts[name], -first_seen[name])
    return max(counts, key=rank)


def _cluster_label(ms: list[_Mention], name: str) -> str:
    # The recogniser reads a full name more surely than a bare surname ("Carlos Vega" a
    # person, "Vega" as often an organisation): a name of several words decides by its own labels.
    ms = [m for m in ms if not m.described] or ms
    full = [m for m in ms if m.text == name] if len(name.split()) > 1 else []
    votes = Counter(m.label for m in (full or ms))
    top = votes.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        # A tie: the label the canonical name was given first.
        for m in ms:
            if m.text == name:
                return m.label
    return top[0][0]


_ROLE_WORDS = "|".join(sorted((re.escape(w) for w in N.ROLE_RELATIONS), key=len, reverse=True))
_ROLE_BEFORE = re.compile(r"^(?:" + W.POSSESSIVE_S + r")?\s+(?:(?:" + "|".join(W.ROLE_MODIFIERS_BEFORE) + r")\s+)*"
                          r"(?P<role>" + _ROLE_WORDS + r")\s+$", re.I)
_ROLE_AFTER = re.compile(r"^,?\s+(?:" + "|".join(a + r"\s+" for a in W.ARTICLES) + r")?(?:(?:"
                         + "|".join(W.ROLE_MODIFIERS_AFTER) + r")\s+)*(?P<role>" + _ROLE_WORDS + r")\s+(?:"
                         + "|".join(W.ROLE_PREPOSITIONS) + r")\s+(?:" + W.DEFINITE_ARTICLE + r"\s+)?$", re.I)


def find_roles(text: str, index: ActorIndex) -> list[Role]:
    roles = []
    types = {a.id: a.type for a in index.actors}
    spans = index.spans
    # A role word is within 40 characters of both names: only the spans that start near the
    # person's are read, by bisection over the starts (spans are sorted), not every span.
    starts = [t[0] for t in spans]
    longest = max((t[1] - t[0] for t in spans), default=0)
    for i, (ps, pe, pid) in enumerate(spans):
        if types.get(pid) != "PERSON":
            continue
        for os_, oe, oid in spans[bisect_left(starts, ps - 40 - longest):bisect_left(starts, pe + 40)]:
            if types.get(oid) not in ("ORG", "GPE") or oid == pid:
                continue
            if oe <= ps and ps - oe < 40:
                m = _ROLE_BEFORE.match(text[oe:ps])
                if m:
                    roles.append(Role(pid, oid, m["role"].lower(), os_, pe))
            elif os_ >= pe and os_ - pe < 40:
                m = _ROLE_AFTER.match(text[pe:os_])
                if m:
                    roles.append(Role(pid, oid, m["role"].lower(), ps, oe))
    return roles
