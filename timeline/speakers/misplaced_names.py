"""Names the parser hung elsewhere than on the cue, or behind a word that is not the speaker: a
dateline's place before the name, a name after a closing quotation mark or after a cue set off by
commas, a title or a role with the name in apposition; and a day, which never speaks."""
from __future__ import annotations

from .. import syntax
from ..lexicon import deps as D, naming as W, news as N, speech as S, time_words as T
from .ages import AGE_DESCRIPTION
from .spans import run_around


def after_dateline(subject):
    """"TOLEDO, May 3 (UPI) — Former Attorney General Frank Lysander told …": the parser
    makes the dateline's place the subject and the speaker after the dash its apposition; the
    speaker is the first name after the dash."""
    dash = next((c.i for c in subject.children if c.dep_ == "punct" and c.text in S.DATELINE_DASHES), None)
    if dash is None or dash < subject.i:
        return subject           # "WASHINGTON — Sen. Ann Lee (R-Ohio) said": the name is the subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash and c.pos_ == "PROPN"), subject)


def a_day(token) -> bool:
    """A time the recogniser labels, or a weekday: never who speaks (but "the 54-year-old", which
    the recogniser labels a date, is a person)."""
    if token.ent_type_ not in S.TIME_ENTITY_LABELS and token.lower_ not in T.WEEKDAYS:
        return False
    return not AGE_DESCRIPTION.match(" ".join(t.text for t in token.subtree if not t.is_space).replace(" - ", "-"))


def _participle(token, cue) -> bool:
    """Whether a word belongs to a participle's phrase before the cue ("wearing a straw hat")."""
    return any(p.dep_ in D.PARTICIPLE_PHRASE_DEPS and p.tag_ in D.PARTICIPLE_TAGS for p in [token, *token.ancestors]
               if p.i < cue.i)


def _between_name_and_cue(name, cue) -> bool:
    """Only punctuation, or a participle's phrase ("Sam Fuller, wearing a straw hat, said"),
    stands between the name and the cue."""
    return all(t.is_punct or _participle(t, cue) for t in name.doc[name.right_edge.i + 1:cue.i])


def _name_after_mark(mark: int, cue):
    """The name that alone fills the words between a quotation mark and the cue (with a
    participle's phrase at most), when the parser hung it elsewhere than on the cue."""
    doc = cue.doc
    # The phrases of the stretch: its words whose head lies outside it.
    roots = [t for t in doc[mark + 1:cue.i] if not t.is_punct and not mark < t.head.i < cue.i]
    names = [t for t in roots if t.pos_ == "PROPN" and t.dep_ in D.POSTPOSED_NAME_DEPS]
    if len(names) != 1 or names[0].head.i == cue.i:
        return None
    name = names[0]
    if any(t is not name and not _participle(t, cue) for t in roots) or not _between_name_and_cue(name, cue):
        return None
    return name


def postposed_name(cue):
    """"“We were wrong,” Vega, 58, told AFP": the words between the closing quotation mark and
    a cue without a subject of its own are one name, which the parser hung from a word of the
    quote instead of the cue; the name's apposition (an age, a role) is left out."""
    if any(c.dep_ in D.SUBJECT_DEPS for c in cue.children):
        return None
    sent = syntax.sentence(cue)
    marks = [t.i for t in cue.doc[sent.start:cue.i] if t.text in N.QUOTATION_MARKS]
    # The last mark first; an earlier one when the name's phrase quotes a word itself
    # ("Sam Fuller, wearing “Vote Hale” pins, said").
    name = next((n for n in (_name_after_mark(m, cue) for m in reversed(marks)) if n is not None), None)
    if name is None:
        return None
    own = [t for t in name.subtree if not any(a.dep_ in D.APPOSITION_OR_CLAUSE_DEPS and a.i != name.i
                                              and name in a.ancestors for a in [t, *t.ancestors])]
    own = run_around(own, name)
    return own[0].idx, own[-1].idx + len(own[-1])


def parenthetical_name(cue):
    """"The contrast with the mayor, said Stein, would be clear": a cue set off by commas inside
    the sentence it reports; the parser makes the name after it the subject of the reported
    clause and the words before it the cue's subject, but the name is who speaks."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    for clause in (c for c in cue.children if c.dep_ in D.CLAUSE_OF_NOUN_DEPS and c.i > cue.i):
        name = next((c for c in clause.children if c.dep_ in D.SUBJECT_DEPS and c.pos_ == "PROPN"
                     and c.left_edge.i == cue.i + 1), None)
        if name is None:
            continue
        own = [t for t in name.subtree if not any(a.dep_ in D.APPOSITION_OR_CLAUSE_DEPS and a.i != name.i
                                                  and name in a.ancestors for a in [t, *t.ancestors])]
        own = run_around(own, name)
        after = own[-1].i + 1
        if after < len(doc) and doc[after].text == ",":
            return own[0].idx, own[-1].idx + len(own[-1])
    return None


def person_after_role_of(role):
    """"A spokeswoman for Harlow Bank, Ann Lee, said": the parser hangs the name in apposition on
    the organisation, the nearest name, but one name is not set beside another to describe it:
    the name is the role's holder (so also "a lawyer for Tom Fay, Ann Lee,")."""
    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in W.ROLE_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            name = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and a_person(c) and c.i > obj.i), None)
            if name is not None:
                return name
    return None


def a_person(name) -> bool:
    """Whether a name's head word names a person: so the recogniser says, or its phrase opens with
    a common first name ("Tomas Reinholt", which the recogniser may leave unlabelled)."""
    if name.ent_type_ == "PERSON":
        return True
    first = name.left_edge
    return first.i < name.i and first.pos_ == "PROPN" and first.lower_ in N.FIRST_NAMES and name.ent_type_ != "GPE"


def holder_of_role(noun, name) -> bool:
    """A name set beside a noun for one person ("her spokesman, Arno Vigh,") is that person's
    name, even where the recogniser took it for an organisation's; not a people's ("his critics,
    many of them Catholics,") nor a name the recogniser did not label."""
    return (noun.tag_ == D.SINGULAR_NOUN_TAG and name.ent_type_ in N.PERSON_OR_ORG_LABELS
            and (noun.lemma_.lower() in N.PEOPLE_NOUNS or noun.lemma_.lower() in N.DESCRIBED_PEOPLE))
