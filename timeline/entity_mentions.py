"""spaCy's PERSON/ORG/GPE/NORP entities as actor mentions, corrected for the small model's
systematic errors: entities that run across a line break are split, and possessives inside one
("Apple Computer's Mac OS"); kicker lines ("EXCLUSIVE") and capitalised stop words ("Enough")
are dropped; acronyms tagged PERSON become ORG; nationality adjectives ("Jewish") are not
actors; honorifics and possessives are stripped; a name's own words may change its label
("Castor Mining" an organisation, "Ivo Brask" a person)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Span

from .acronyms import ACRONYM
from .lexicon import naming as W, news as N
from .mention_drafts import MentionDraft
from .names import clean_name, name_key


HONORIFIC = re.compile(r"^(?:(?:" + "|".join(sorted((re.escape(h) for h in N.HONORIFICS), key=len, reverse=True))
                        + r")\.?\s+)+", re.I)


def _is_kicker(doc_text: str, start: int, end: int, text: str) -> bool:
    line_start = doc_text.rfind("\n", 0, start) + 1
    line_end = doc_text.find("\n", end)
    line = doc_text[line_start:line_end if line_end >= 0 else len(doc_text)].strip()
    if text.lower() in N.KICKERS and (text.isupper() or line == text):
        return True
    return line == text and text.isupper() and len(text) > 4 and " " not in text


_TITLE_AFTER_PORTFOLIO = re.compile(r"\s+(?:" + "|".join(W.PORTFOLIO_TITLES) + r")\b")
_TITLE_BEFORE_PORTFOLIO = re.compile(r"\b(?:" + "|".join(W.PORTFOLIO_TITLES) + r")" + W.PORTFOLIO_LINKS + r"$")


def _in_a_title(text: str, ent) -> bool:
    """"Home" in "Home Secretary", "State" in "Secretary of State": a portfolio's words, set
    before or after a title, that the recogniser took for a body (an acronym is one: "TUC")."""
    if ent.label_ == W.PERSON_TYPE or ACRONYM.match(ent.text):
        return False
    return bool(_TITLE_AFTER_PORTFOLIO.match(text, ent.end_char)
                or _TITLE_BEFORE_PORTFOLIO.search(text, max(0, ent.start_char - 40), ent.start_char))


def portfolio_entities(text: str, ents) -> set:
    """The entities that are a portfolio in a title and nothing else: a body the story also names
    on its own ("the Treasury said … Treasury Secretary Ann Roe") stays one."""
    portfolios = [e for e in ents if _in_a_title(text, e)]
    in_titles = {(e.start, e.end) for e in portfolios}
    named_alone = {clean_name(e.text) for e in ents if (e.start, e.end) not in in_titles}
    return {e for e in portfolios if clean_name(e.text) not in named_alone}


def raw_mentions(text: str, spacy_doc) -> list[MentionDraft]:
    out: list[MentionDraft] = []
    entity_texts = {ent.text for ent in spacy_doc.ents}
    portfolios = portfolio_entities(text, spacy_doc.ents)
    for ent in spacy_doc.ents:
        if ent in portfolios:
            continue
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
    start = name_start(ent.doc, ent.start, unlabelled=True)
    return Span(ent.doc, start, ent.end, label=ent.label_) if start < ent.start else ent


def name_start(doc, last: int, unlabelled: bool = False) -> int:
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


def _mention(text: str, spacy_doc, start: int, end: int, label: str) -> Optional[MentionDraft]:
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
        cleaned = _from_first_name(HONORIFIC.sub("", cleaned).strip())
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
    if ACRONYM.match(cleaned) and label == "PERSON":
        label = "ORG"
    if label == "NORP":
        span = spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.root.pos_ == "ADJ" or span.root.tag_ == "JJ" or not cleaned.endswith("s"):
            return None   # "Jewish community": an adjective, not an actor
    return MentionDraft(start, end, cleaned, label, name_key(cleaned))


def _from_first_name(name: str) -> str:
    """A person's name without the capitalised words the recogniser ran into it ("Billionaire
    Donald Trump", "Condemn Donald Trump" in a headline, "Assemblywoman Claudia Tenney"): a name
    that ends with a common first name and a surname starts at that first name, unless a word
    before it is a given name or an initial too ("John Paul Jones", "Mary Kay Lee")."""
    words = name.split()
    if len(words) < 3 or words[-2].lower() not in N.FIRST_NAMES or not words[-1][:1].isupper():
        return name
    before = words[:-2]
    if any(w.lower() in N.FIRST_NAMES or len(w.rstrip(".")) == 1 for w in before):
        return name
    return " ".join(words[-2:])


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


def relabelled(m: MentionDraft) -> MentionDraft:
    """A name's mention with the label its own words give (`_label_by_form`)."""
    if m.generic or m.described:
        return m
    label = _label_by_form(m.text.split(), m.label)
    return m if label == m.label else replace(m, label=label)
