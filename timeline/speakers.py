"""Who a cue's speaker is: syntax first, then proximity, then what a pronoun can refer to."""
from __future__ import annotations

import re
from typing import Optional

from . import cues, syntax
from .findings import ActorIndex, Role
from .names import names_a_base, sex_by_first_names, sex_by_title
from .lexicon import deps as D, naming as W, news as N, speech as S, time_words as T


# Who spoke where: (offset of the cue, actor id) of the statements found so far, in the order
# they were found. The statement scan keeps it and hands it to the methods that read it.
History = list[tuple[int, str]]

_AGE_DESCRIPTION = re.compile(W.AGE_DESCRIPTION, re.IGNORECASE)
_PERSON_PRONOUNS = N.PRONOUNS_PERSON_MALE | N.PRONOUNS_PERSON_FEMALE | S.FIRST_PERSON_SINGULAR


def _run_around(tokens: list, head) -> list:
    """The unbroken run of `tokens` (in order) that holds `head`, without punctuation at its
    edges: "Northern Rock, the second-largest bank in Britain, has announced" leaves the
    apposition out, and with it the comma after it, so that the speaker is Northern Rock."""
    at = next((k for k, t in enumerate(tokens) if t.i == head.i), None)
    if at is None:
        return tokens
    first = last = at
    while first > 0 and tokens[first - 1].i == tokens[first].i - 1:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].i == tokens[last].i + 1:
        last += 1
    run = tokens[first:last + 1]
    while len(run) > 1 and run[-1].is_punct and run[-1].i != head.i:
        run.pop()
    while len(run) > 1 and run[0].is_punct and run[0].i != head.i:
        run.pop(0)
    return run


def _after_dateline(subject):
    """"TOLEDO, May 3 (UPI) — Former Attorney General Frank Lysander told …": the parser
    makes the dateline's place the subject and the speaker after the dash its apposition; the
    speaker is the first name after the dash."""
    dash = next((c.i for c in subject.children if c.dep_ == "punct" and c.text in S.DATELINE_DASHES), None)
    if dash is None or dash < subject.i:
        return subject           # "WASHINGTON — Sen. Ann Lee (R-Ohio) said": the name is the subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash and c.pos_ == "PROPN"), subject)


def _a_day(token) -> bool:
    """A time the recogniser labels, or a weekday: never who speaks (but "the 54-year-old", which
    the recogniser labels a date, is a person)."""
    if token.ent_type_ not in S.TIME_ENTITY_LABELS and token.lower_ not in T.WEEKDAYS:
        return False
    return not _AGE_DESCRIPTION.match(" ".join(t.text for t in token.subtree if not t.is_space).replace(" - ", "-"))


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


def _postposed_name(cue):
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
    own = _run_around(own, name)
    return own[0].idx, own[-1].idx + len(own[-1])


def _parenthetical_name(cue):
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
        own = _run_around(own, name)
        after = own[-1].i + 1
        if after < len(doc) and doc[after].text == ",":
            return own[0].idx, own[-1].idx + len(own[-1])
    return None


def _reporter_of_trailing_participle(cue):
    """"Lund told reporters that Hale “had no plan,” adding …": a participle of speech with no
    subject of its own, which the parser hung from the clause another verb reports, goes on
    with that verb's report: the reporting verb, whose subject speaks (not the reported
    clause's). None when the participle is not of that shape."""
    participle = cue.tag_ == D.GERUND_TAG and cue.dep_ in D.TRAILING_PARTICIPLE_DEPS
    if not (participle or _second_saying(cue)) or not cues.is_cue(cue):
        return None
    if any(c.dep_ in D.SUBJECT_DEPS for c in cue.children):
        return None
    clause = cue.head
    if clause.dep_ not in D.REPORTED_OR_ADVERBIAL_CLAUSE_DEPS or clause.i > cue.i:
        return None
    reporter = clause.head
    if participle or reporter.lemma_.lower() == cue.lemma_.lower() or cue.lemma_.lower() in S.GOING_ON_VERBS:
        return reporter if reporter.pos_ in ("VERB", "AUX") and cues.is_cue(reporter) and reporter.i < cue.i else None
    return None


def _quoting_verb(cue):
    """The verb of quoting whose "as" phrase the gerund is ("quoted an aide as saying"), when it
    names no quoter by "by" (that reading is left to nearness: "was quoted by the Herald as
    saying" is the Herald's report); else None."""
    prep = cue.head
    if not (cue.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == S.AS_MARK
            and prep.head.lemma_.lower() in S.QUOTING_VERBS):
        return None
    verb = prep.head
    return None if any(c.dep_ == "agent" for c in verb.children) else verb


def _own_words(head) -> tuple[int, int]:
    """The span of a noun phrase's own words: not a relative clause or apposition hanging from it
    ("Dean Holloway, who runs Mercer's campaign," is Holloway)."""
    own = [t for t in head.subtree if not any(a.dep_ in D.APPOSITION_OR_CLAUSE_DEPS and a.i != head.i
                                             and head in a.ancestors for a in [t, *t.ancestors])]
    own = _run_around(own or [head], head)
    return own[0].idx, own[-1].idx + len(own[-1])


def _impersonal(doc, start: int, words: str) -> bool:
    """The subject at `start` is the "it" of a passive that stands for the clause after it."""
    token = syntax.token_at(doc, start) if words == S.IMPERSONAL_SUBJECT else None
    return token is not None and token.dep_ in D.PASSIVE_SUBJECT_DEPS


def _second_saying(cue) -> bool:
    """"De Blasio said the move was Bratton's and said, “…”": a second cue joined to the clause
    the first one reports (by the parser) rather than to the first cue."""
    return cue.dep_ == "conj" and cue.pos_ == "VERB"


def _producer_of_document(noun):
    """"Lund released a video that accuses the mayor …": a document no one named owns, the object
    of a verb of putting it out, says what its producer (that verb's subject) says; the verb, or
    None when the noun is not of that shape."""
    if noun.lemma_.lower() not in N.DOCUMENT_SOURCES | N.DOCUMENT_NOUNS or noun.dep_ != "dobj":
        return None
    if any(c.dep_ in D.POSSESSOR_DEPS or c.pos_ == "PROPN" for c in noun.children):
        return None                  # "the senator's video", "a CNN report": its owner speaks
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in S.PRODUCING_VERBS else None


def _person_after_role_of(role):
    """"A spokeswoman for Harlow Bank, Ann Lee, said": the parser hangs the name in apposition on
    the organisation, the nearest name, but one name is not set beside another to describe it:
    the name is the role's holder (so also "a lawyer for Tom Fay, Ann Lee,")."""
    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in W.ROLE_PREPOSITIONS):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            name = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and _a_person(c) and c.i > obj.i), None)
            if name is not None:
                return name
    return None


def _a_person(name) -> bool:
    """Whether a name's head word names a person: so the recogniser says, or its phrase opens with
    a common first name ("Tomas Reinholt", which the recogniser may leave unlabelled)."""
    if name.ent_type_ == "PERSON":
        return True
    first = name.left_edge
    return first.i < name.i and first.pos_ == "PROPN" and first.lower_ in N.FIRST_NAMES and name.ent_type_ != "GPE"


def _holder_of_role(noun, name) -> bool:
    """A name set beside a noun for one person ("her spokesman, Arno Vigh,") is that person's
    name, even where the recogniser took it for an organisation's; not a people's ("his critics,
    many of them Catholics,") nor a name the recogniser did not label."""
    return (noun.tag_ == D.SINGULAR_NOUN_TAG and name.ent_type_ in N.PERSON_OR_ORG_LABELS
            and (noun.lemma_.lower() in N.PEOPLE_NOUNS or noun.lemma_.lower() in N.DESCRIBED_PEOPLE))


def _person_of_age(text: str, index: ActorIndex, age: str, before: int) -> Optional[str]:
    """The person last named with this age before `before` ("Jane Roe, 54, … The 54-year-old said")."""
    given = re.compile(W.AGE_AFTER_NAME.format(age=re.escape(age)))
    persons = {a.id for a in index.actors if a.type == W.PERSON_TYPE}
    for s, e, aid in reversed(index.starting_before(before)):
        if e <= before and aid in persons and given.match(text, e):
            return aid
    return None


def _speaking_actor(spans: list, described: set[str], types: dict[str, str]) -> Optional[str]:
    """Which of the actors named in a speaker's phrase speaks."""
    if not spans:
        return None
    # "the Vermont senator": the description speaks, not the place that qualifies it.
    holding = [t for t in spans if t[2] in described and all(t[0] <= u[0] and u[1] <= t[1] for u in spans)]
    if holding:
        return holding[0][2]
    # "A JLM spokesman": the organisation speaks; "Labour leader Jeremy Corbyn": the person;
    # "Harlow Bank's statement": its owner, named before it, not the thing that carries its
    # words ("protesters in Charlotte" are still the protesters).
    starts = [t[0] for t in spans if t[2] in described]
    owners = [t for t in spans if t[2] not in described and all(t[1] <= d for d in starts)]
    pool = owners or spans
    persons = [t for t in pool if types.get(t[2]) == "PERSON"]
    return (persons or pool)[-1][2]


def _inside(span: Optional[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies within the span (a quotation), if there is one."""
    return span is not None and span[0] <= at < span[1]


_PRONOUN_SEX = {**{p: W.FEMALE for p in N.PRONOUNS_PERSON_FEMALE}, **{p: W.MALE for p in N.PRONOUNS_PERSON_MALE}}


def _sexes(text: str, index: ActorIndex) -> dict[str, str]:
    """The sex of each person the text tells it of: by an honorific before one of its mentions
    ("Ms Delane"), else by a common first name ("Greta Holm"); people it does not tell of are left out."""
    persons = {a.id: a for a in index.actors if a.type == W.PERSON_TYPE}
    sexes: dict[str, str] = {}
    for s, e, aid in index.starting_before(len(text) + 1):
        if aid not in persons or aid in sexes:
            continue
        titled = sex_by_title(text, s)
        if titled is not None:
            sexes[aid] = titled
    for aid, actor in persons.items():
        if aid not in sexes:
            named = sex_by_first_names(n.split()[0] for n in (actor.name, *actor.aliases) if len(n.split()) >= 2)
            if named is not None:
                sexes[aid] = named
    return sexes


def _spoken_for(speakers: "Speakers", words: str, at: int, history: History) -> Optional[str]:
    """"Her spokesman said": one who speaks for the person or body a possessive pronoun refers to
    speaks as them, as "a spokesman for Acme" speaks as Acme."""
    split = words.split()
    if len(split) != 2 or split[1] not in W.SPEAKING_FOR_OTHERS:
        return None
    if split[0] in S.PERSON_POSSESSIVES:
        return speakers.last(("PERSON",), at, history, sex=_PRONOUN_SEX.get(split[0]))
    if split[0] in S.GROUP_POSSESSIVES:
        people_too = split[0] == S.PEOPLE_POSSESSIVE              # "their spokesman": a group's, or people's
        return speakers.last(("ORG", "GPE", "PERSON") if people_too else ("ORG", "GPE"), at, history)
    return None


def _by_name(words: str, index: ActorIndex) -> Optional[str]:
    """A name the entity recogniser missed here but found elsewhere ("Lynch said" after "Loretta
    E. Lynch"): a capitalised word of the subject that is an actor's last name or alias."""
    names = [w for w in re.findall(r"[A-Z][\w'’-]+", words) if w.lower() not in W.NOT_NAME_WORDS]
    for w in reversed(names):
        w = w.capitalize() if w.isupper() and len(w) > 3 else w        # "PENCE" in a transcript
        for actor in index.actors:
            if any(n == w or n.split()[-1] == w for n in [actor.name, *actor.aliases]):
                return actor.id
    return None


def _opening_name(speakers: "Speakers", sent, cue, quote) -> Optional[tuple[str, str]]:
    """"Mr. Slinker, whose start-up helps brands find suppliers, said …": a cue whose subject the
    parser lost, in a sentence that opens with a person's or a body's name (set off by a comma
    or followed by a verb), is that name's; None otherwise."""
    if cue.dep_ == "pcomp" and cue.head.lower_ == S.AS_MARK:
        return None              # "Reuters quoted Brask as saying …": the one quoted (the nearest name)
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.i >= cue.i or _inside(quote, first.idx):
        return None
    named = [m for m in speakers.index.overlapping(first.idx, first.idx + len(first)) if m[0] == first.idx
             and speakers.types.get(m[2]) in W.SPEAKING_TYPES and m[2] not in speakers.described]
    if not named:
        return None
    s, e, aid = max(named, key=lambda m: m[1])
    head = next((t for t in sent if s <= t.idx < e and not s <= t.head.idx < e), None)
    if head is not None and head.dep_ in D.PASSIVE_SUBJECT_DEPS:
        return None              # "Holm was quoted by the Herald as saying …": the Herald's report
    return aid, speakers.text[s:e]


def subject_owning(speakers: "Speakers", noun, possessive: str) -> Optional[str]:
    """"Lund has toned down his criticism of the mayor": a person's possessive pronoun before a
    statement noun refers to the named person who is the subject of its clause, as long as
    nothing known of that person's sex says otherwise; None when the clause has no such subject."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = syntax.subject_of(verb)
    if subject is None or subject.pos_ != "PROPN" or subject.i > noun.i:
        return None
    s, e = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    actor = speakers.actor_in(s, e)
    sex = _PRONOUN_SEX.get(possessive)
    if actor is None or speakers.types.get(actor) != "PERSON" or speakers.sexes.get(actor, sex) != sex:
        return None
    return actor


def _speaker_of_noun_clause(speakers: "Speakers", cue):
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
            return speakers.subject_of(a)
    return None


def _end_of_sentence(doc, offset: int) -> int:
    token = syntax.token_at(doc, offset)
    return syntax.sentence(token).end_char if token is not None else offset + 1


def _subject_at(doc, start: int, end: int) -> bool:
    """The name at [start, end) is the subject of a clause ("… what Ms Vale had hidden")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in D.SUBJECT_DEPS


def _may_speak_next(speakers: "Speakers", spoke_at: int, start: int, end: int) -> bool:
    """Whether a person named at [start, end) after a speaker's cue at `spoke_at` can be the one
    a later pronoun refers to: named after the speaker's sentence, or in it as the subject of a
    clause; not its object ("Cardinal Ames backed Mr Ross's stance. … he said" is Ames, not Ross:
    one the speaker acts on or speaks of)."""
    return start >= _end_of_sentence(speakers.doc, spoke_at) or _subject_at(speakers.doc, start, end)


def _known_sex_named_since(speakers: "Speakers", spoke: tuple, before: int, sex: Optional[str],
                           quote: Optional[tuple[int, int]]) -> Optional[str]:
    """"Kel Ostrow said the bridge would reopen. His wife, Karin Volde, stayed on. “…,” she
    said": a person the text tells is of the pronoun's sex, named after a speaker it tells
    nothing of, is the one the pronoun refers to; None when there is none (outside the
    quotation), or the speaker's sex is known."""
    if sex is None or spoke[1] in speakers.sexes:
        return None
    named = [aid for s, e, aid in speakers.index.starting_in(spoke[0] + 1, before)
             if speakers.sexes.get(aid) == sex and not _inside(quote, s) and _may_speak_next(speakers, spoke[0], s, e)]
    return named[-1] if named else None


def _outside_quotation(text: str, cue_at: int, subject: Optional[tuple[int, int]]
                       ) -> Optional[tuple[int, int]]:
    """The subject the parse gives, unless it stands inside a quotation that opens after the cue
    ('telling voters, “Some people get …”'): a word of the reported speech, not who reports it."""
    if subject is None:
        return None
    between = text[cue_at:subject[0]]
    return None if between.count("“") > between.count("”") else subject


def pronoun_speaker(speakers: "Speakers", words: Optional[str], at: int, history: History,
                    quote: Optional[tuple[int, int]] = None) -> Optional[str]:
    """The person "he" or "she" at `at` refers to, read from `history`; None for other words."""
    lower = (words or "").strip().lower()
    if lower not in _PRONOUN_SEX:
        return None
    return speakers.last(("PERSON",), at, history, sex=_PRONOUN_SEX[lower], quote=quote)


class Speakers:
    """The speaker of a cue, from syntax, then proximity, then pronoun reference. It reads the
    document and its actors, and holds no state of the scan: pronoun reference reads the
    `History` it is given."""

    def __init__(self, text: str, doc, index: ActorIndex, roles: list[Role]):
        self.text, self.doc, self.index = text, doc, index
        self.types = {a.id: a.type for a in index.actors}
        self.described = {a.id for a in index.actors if a.generic}
        self.roles = roles
        self.sexes = _sexes(text, index)

    def subject_of(self, cue) -> Optional[tuple[int, int]]:
        """Where the cue's speaker is named, as the parse gives it: the subject of the cue (or
        its passive agent), or that of the clause it hangs from."""
        return syntax.subject_of(cue, pick=self._own_subject)

    def _own_subject(self, cue):
        """The speaker the cue's own clause names, as a span; None to look at the clause it
        hangs from; `syntax.STOP` when nothing can be found."""
        # "was written by Springsteen": in the passive, the speaker is the agent.
        for child in cue.children:
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
        quoting = _quoting_verb(cue)
        if quoting is not None:
            # "The AP quoted Ada Roos, a nurse, as saying …" is Roos; "Clarke has been quoted as
            # telling …", Clarke. One quoted unnamed ("quoted a witness as saying") is left to nearness.
            quoted = next((c for c in quoting.children if c.dep_ in D.DIRECT_OBJECT_DEPS), None)
            if quoted is None:
                return syntax.subject_of(quoting, pick=self._named_subject)
            span = _own_words(quoted)
            if self._named_in(*span):
                return span
        sharing = syntax.verb_sharing_subject(cue)
        if sharing is not None:
            # "was booed after telling holdouts …": that verb's subject, not its passive's agent
            return syntax.subject_of(sharing, pick=self._named_subject)
        reporter = _reporter_of_trailing_participle(cue)
        if reporter is not None:
            return syntax.subject_of(reporter, pick=self._own_subject)
        return _postposed_name(cue) or _parenthetical_name(cue) or self._named_subject(cue)

    def _named_subject(self, cue):
        """The speaker the clause's subject names (see `_own_subject`)."""
        children = list(cue.children)
        # Not a subject: a quoted word ("“Safety,” said Hartmann") or a day ("Saturday at the
        # convention Sen. Olsen said"), which the parser can take for one.
        days = [c for c in children if c.dep_ in D.SUBJECT_DEPS and _a_day(c)]
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
                return self.subject_of(child) or syntax.STOP
            if child.dep_ in D.SUBJECT_DEPS:
                if child.lower_ in S.RELATIVE_SUBJECTS and cue.dep_ == "relcl" and cue.head.i < cue.i:
                    producer = _producer_of_document(cue.head)
                    if producer is not None:
                        return self.subject_of(producer) or syntax.STOP
                    # "Keane, who has campaigned hard for Ferris": the one the clause is about.
                    child = cue.head
                    own = [t for t in child.subtree if t.i < child.i or t.i == child.i]
                    own = [t for t in own if not t.is_punct]
                    return own[0].idx, own[-1].idx + len(own[-1])
                child = _after_dateline(child)
                if child.lower_.rstrip(".") in N.HONORIFICS or child.pos_ == "NOUN":
                    # "Sen. Roy Mabry (R-Ala.) said", "her spokesman Alan Reid disclosed":
                    # parsed with the title or the role as the head, the name in apposition.
                    child = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                                  and (_a_person(c) or child.pos_ != "NOUN" or _holder_of_role(child, c))), child)
                    if child.pos_ == "NOUN":
                        child = _person_after_role_of(child) or child
                elif child.ent_type_ != "PERSON":
                    # "Apple CEO, Steve Jobs, justified …": a role tagged as a name, the person in apposition.
                    child = next((c for c in child.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), child)
                return _own_words(child)        # "Dean Holloway, who runs Mercer's campaign, said": Holloway
        if day and not any(c.dep_ in D.SUBJECT_DEPS for c in children):
            # the day took the subject's place: the speaker is the name nearest before the cue
            sent = syntax.sentence(cue)
            named = [(a, b) for a, b, _ in self.index.overlapping(sent.start_char, cue.idx) if b <= cue.idx]
            if named:
                return named[-1]
        if cue.dep_ == "acl":      # (a clause that shares no subject with the one it hangs from)
            return _speaker_of_noun_clause(self, cue)
        return None

    def resolve(self, cue, history: History, quote: Optional[tuple[int, int]] = None
                ) -> tuple[Optional[str], Optional[str]]:
        subject = _outside_quotation(self.text, cue.idx, self.subject_of(cue))
        if subject:
            s, e = subject
            words = self.text[s:e].strip()
            lower = words.lower()
            if not self._persons_in(s, e):
                role_person = self._role_holder(s, e)
                if role_person:
                    return role_person, words
            if lower in _PERSON_PRONOUNS:
                return self.last(("PERSON",), cue.idx, history, sex=_PRONOUN_SEX.get(lower), quote=quote), words
            spoken_for = _spoken_for(self, lower, s, history)
            if spoken_for is not None:
                return spoken_for, words
            aged = _AGE_DESCRIPTION.match(lower)
            if aged:
                return _person_of_age(self.text, self.index, aged["age"], s), words
            if _impersonal(self.doc, s, lower):
                return None, words          # "It is understood no deal was offered": no one named
            if lower in N.PRONOUNS_GROUP:
                kinds = ("ORG", "GPE", "NORP", "PERSON") if lower == S.GROUP_PRONOUN else ("ORG", "GPE")
                return self.last(kinds, cue.idx, history), words
            head = lower.split()[-1] if lower.split() else ""
            if (lower.split() or [""])[0] in S.DEFINITE_DETERMINERS and not self.index.overlapping(s, e):
                named = [a for a in self.index.actors if a.type == "ORG" and head in a.name.lower().split()]
                if len(named) == 1:
                    return named[0].id, words                           # "the commission" = the FEC
                if head in N.ORG_NOUNS:
                    return self._last_mentioned(("ORG",), cue.idx), words  # "the firm said"
            actor = self.actor_in(s, e)
            if actor:
                return actor, words
            role_person = self._role_holder(s, e)
            if role_person:
                return role_person, words
            return self.by_name(s, e), words
        # No subject: the one the sentence opens with, else the nearest actor mention in the
        # sentence outside the quote.
        sent = syntax.sentence(cue)
        opening = _opening_name(self, sent, cue, quote)
        if opening is not None:
            return opening
        best = None
        for s, e, aid in self.index.overlapping(sent.start_char, sent.end_char):
            if _inside(quote, s):
                continue
            d = abs(s - cue.idx)
            if best is None or d < best[0]:
                best = (d, aid, self.text[s:e])
        if best:
            return best[1], best[2]
        return None, None

    def by_name(self, s: int, e: int) -> Optional[str]:
        """An actor named elsewhere by a capitalised word here (`_by_name`)."""
        return _by_name(self.text[s:e], self.index)

    def _persons_in(self, s: int, e: int) -> list:
        """The people named here ("a reporter", described, names no one)."""
        return [t for t in self._named_in(s, e) if self.types.get(t[2]) == "PERSON"]

    def _named_in(self, s: int, e: int) -> list:
        """The actors named here, not described ("the town", "a reporter": `Actor.generic`)."""
        return [t for t in self.index.overlapping(s, e) if t[2] not in self.described]

    def actor_in(self, s: int, e: int) -> Optional[str]:
        # "the Delvin-based company said": the company speaks, not the place it is based in.
        spans = [t for t in self.index.overlapping(s, e)
                 if not names_a_base(self.text, t[1])]
        return _speaking_actor(spans, self.described, self.types)

    def _role_holder(self, s: int, e: int) -> Optional[str]:
        phrase = self.text[s:e].lower()
        orgs = {t[2] for t in self.index.overlapping(s, e)}
        for role in self.roles:
            if re.search(r"\b" + re.escape(role.word) + r"\b", phrase) and (not orgs or role.org in orgs):
                return role.person
        return None

    def _last_mentioned(self, types: tuple[str, ...], before: int) -> Optional[str]:
        """The actor of these types named last before `before` ("NPD Group, a research firm. The firm said")."""
        # The spans start in order: those that can end by `before` are read from the last back.
        for s, e, aid in reversed(self.index.starting_before(before + 1)):
            if e <= before and self.types.get(aid) in types and aid not in self.described:
                return aid
        return None

    def last(self, types: tuple[str, ...], before: int, history: History, sex: Optional[str] = None,
             quote: Optional[tuple[int, int]] = None) -> Optional[str]:
        """The last speaker of these types before `before`, else the last actor of them named there;
        with a pronoun's `sex`, not one known to be of the other ("Greta Holm met Tomas Reinholt.
        “…,” he said" is Reinholt, though Holm spoke last)."""
        def fits(aid: str) -> bool:
            return self.types.get(aid) in types and (sex is None or self.sexes.get(aid, sex) == sex)
        # The latest fitting speaker: the greatest (offset, id), as the history sorted would give.
        spoke = max((h for h in history if h[0] < before and fits(h[1])), default=None)
        if spoke is not None:
            return _known_sex_named_since(self, spoke, before, sex, quote) or spoke[1]
        for s, e, aid in reversed(self.index.starting_before(before)):
            if fits(aid) and not _inside(quote, s):
                return aid          # not one the words speak of ("“The president is working …,” she said")
        return None

