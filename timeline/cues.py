"""The syntax of reporting: which words are cues, what they report and whether someone reports it.

Pure functions of spaCy tokens, reading the word lists of the lexicon (`lexicon.news`, `lexicon.speech`).
"""
from __future__ import annotations

import re

from . import syntax
from .lexicon import deps as D, news as N, speech as S
from .quotes import Quote


# Word classes these tests combine, joined once rather than for every token.
_PERSONAL_PRONOUNS = N.PRONOUNS_PERSON_MALE | N.PRONOUNS_PERSON_FEMALE | S.SPEAKING_PRONOUNS
_SOURCE_NOUNS = N.PEOPLE_NOUNS | N.ORG_NOUNS | N.DOCUMENT_SOURCES | N.DESCRIBED_PEOPLE | N.DESCRIBED_BODIES
_SAYING_OR_STANCE_VERBS = N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS
_JUDGED_IN_PASSIVE = N.STANCE_VERBS | N.REPUTATION_VERBS | N.VIEWING_VERBS  # "criticized for", "known for", "seen as"
_JUDGED_IN_PASSIVE_ANY = _JUDGED_IN_PASSIVE | S.JUDGED_WITH_COMPLEMENT_VERBS
_AS_X_SAID_VERBS = N.COMMUNICATION_VERBS | S.AS_X_SAID_PHRASES     # "as X pointed out", "as X put it"
_RELATIVE_OBJECT_VERBS = N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS | N.DESIRE_VERBS  # "a deal she once supported"
_NAMING_OR_VIEWING_VERBS = N.NAMING_VERBS | N.VIEWING_VERBS | S.DESCRIBING_VERBS  # "what he calls / sees as / describes as"


def is_cue(token) -> bool:
    return token.lemma_.lower() in N.SPEECH_VERBS and token.pos_ in ("VERB", "AUX") or token.text.lower() in S.CUE_FORMS


def lemmas(verb) -> set[str]:
    """The verb's lemma, and with its particle ("laid out" → "lay out")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def has_subject(verb) -> bool:
    """A subject of its own, or one it shares with the verb it hangs from: "Trump tweeted …,
    encouraging his supporters to …", "She thanked them and urged them to …"."""
    return subject_of(verb, through_verbs_only=True) is not None or subject_of_phrase(verb) is not None


def subject_of_phrase(verb):
    """"was booed after telling holdouts …", "began by crediting Trump": a gerund in a phrase of
    the verb it is attached to shares that verb's subject; the subject, or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in S.SAID_GERUND_PREPOSITIONS \
            or prep.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in D.SUBJECT_DEPS for c in verb.children) \
            or verb.lemma_.lower() in S.PERCEIVING_VERBS or not (is_cue(verb) or lemmas(verb) & _SAYING_OR_STANCE_VERBS):
        return None
    return subject_of(prep.head, through_verbs_only=True)


def content_object(verb):
    """The verb's object, or the object of its preposition, when it names something said or
    stood for ("delivered a mostly positive message", "unleashed a flurry of tweets")."""
    if verb.lemma_.lower() in N.NOT_CONTENT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ in S.CONTENT_PREPOSITIONS):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in N.CONTENT_MEASURES:
            inner = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == S.TOPIC_OF_OBJECT_PREPOSITION), None)
            inner = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
            if inner is not None and inner.lemma_.lower() in N.CONTENT_NOUNS:
                return obj
        elif lemma in N.CONTENT_NOUNS and obj.pos_ == "NOUN" and names_content(obj):
            if not _carried_bare(obj):
                return obj
            # "used her speech to restate the case for a new bridge": what the speech said is
            # the purpose it was put to
            return next((c for c in verb.children if c.dep_ in D.PURPOSE_CLAUSE_DEPS and c.i > obj.i and any(
                a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)
    return None


def _carried_bare(noun) -> bool:
    """"sent a letter", "gave a defiant speech", "is running TV ads": a thing that carries words,
    named with no more than determiners, adjectives, compounds and an owner, does not tell what
    was said."""
    return noun.lemma_.lower() in N.WORDS_CARRIER_NOUNS and all(c.dep_ in D.BARE_NOUN_DEPS for c in noun.children)


def names_content(noun) -> bool:
    kids = list(noun.children)
    if noun.lemma_.lower() in N.SPEECH_NOUNS and any(c.dep_ == "poss" for c in kids) and any(
            c.dep_ in D.CLAUSE_OF_NOUN_DEPS and c.left_edge.lower_ == S.COMPLEMENTISER for c in kids):
        return False              # "checked Trump's claim that …": the claim is Trump's statement
    if noun.lemma_.lower() in N.OWNED_CONTENT_NOUNS and not any(c.dep_ == "poss" for c in kids):
        return False
    # "made the comments", "this statement": a pointer to words given elsewhere, not the words.
    pointer = any(c.dep_ == "det" and c.lower_ in S.POINTING_DETERMINERS for c in kids)
    if pointer and any(c.lower_ in S.FORWARD_POINTERS for c in kids):
        return False              # "made the following comment:", the words come after
    return not pointer or any(c.dep_ not in D.NOUN_MODIFIER_DEPS for c in kids)


def subject_of(verb, through_verbs_only: bool = False):
    """The verb's subject, or the one of the verb a conjunct, adverbial or complement clause
    hangs from (up to three steps)."""
    return syntax.subject_of(verb, steps=3, through_verbs_only=through_verbs_only)


def someone(verb) -> bool:
    """The verb's subject is a person, a group or a document that speaks for them."""
    subject = subject_of(verb)
    if subject is None:
        subject = subject_of_phrase(verb)
    if subject is None:
        return False
    if subject.lower_ in _PERSONAL_PRONOUNS:
        return True
    return subject.ent_type_ in N.ACTOR_LABELS or subject.pos_ == "PROPN" or subject.lemma_.lower() in _SOURCE_NOUNS


def is_attribution(token) -> bool:
    """A cue word, or any verb whose subject is someone and whose complement is a proposition
    ("Republicans are convinced the department mishandled ...", "he hopes that ...") or an
    intention ("wants to", "refused to", "urged them to")."""
    if is_cue(token):
        return True
    if participle_of_noun(token) and unattributed_judgement(token) is not None:
        return True                  # "the series of races known as the Triple Crown"
    if participle_of_noun(token) and lemmas(token) & _SAYING_OR_STANCE_VERBS \
            and any(c.dep_ == "agent" for c in token.children):
        return True                  # "the levy, opposed by the crews", "a sentiment endorsed by most"
    if token.pos_ != "VERB" or not has_subject(token):
        return False
    own_subject = any(c.dep_ in D.SUBJECT_DEPS for c in token.children)
    if own_subject and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children) \
            and token.lemma_.lower() not in N.CONSEQUENCE_VERBS and (
                token.lemma_.lower() not in N.MAKING_VERBS or someone(token)):
        return True                  # any verb with a proposition, with a subject of its own
    if lemmas(token) & _SAYING_OR_STANCE_VERBS and any(c.dep_ == "agent" for c in token.children) \
            and any(c.dep_ == "nsubjpass" for c in token.children):
        return True                  # "The nominee has been endorsed by scores of papers"
    if unattributed_judgement(token) is not None or unattributed_passive(token) is not None:
        return True                  # "he has been sharply criticized for rules …", "the plan was endorsed"
    if appearance(token) is not None or seeming_deed(token) is not None:
        return True                  # "Ferris's voters seemed untroubled", "She appeared to imply …"
    put, it = S.PUT_IT
    if token.lemma_.lower() == put and any(c.dep_ == "dobj" and c.lower_ == it for c in token.children) and any(
            c.dep_ == "mark" and c.lower_ == S.AS_MARK for c in token.children):
        return True                  # "as a Treasury Department memo put it"
    if content_object(token) is not None and someone(token):
        return True                  # "laid out her plans", "is stepping up his attacks"
    if not own_subject and token.lemma_.lower() in N.EFFORT_VERBS:
        return False                 # "…, trying to help them": an effort, not a stance
    if token.lemma_.lower() in N.TOPIC_VERBS or lemmas(token) & N.PHRASAL_TOPIC_VERBS.keys():
        return True                  # "spoke about her ties to black churches" (with its topic)
    if token.lemma_.lower() in N.NAMING_VERBS and any(c.dep_ == "oprd" for c in token.children):
        return True                  # "branded the plan a disaster"
    if token.lemma_.lower() in N.VIEWING_VERBS and (judged_as(token) is not None or named_relative(token) is not None):
        return True                  # "see the scheme as a cheaper route to a permit"
    if lemmas(token) & N.OBJECT_SPEECH_VERBS and any(c.dep_ == "dobj" for c in token.children):
        return True                  # "Ted Dane endorses Ferris", "offered no proof that …"
    if token.lemma_.lower() in S.COGNITION_OBJECT_VERBS and _said_words(token) is not None:
        return True                  # "we have seen this kind of cover-up", "voters know this"
    if stated_object(token) is not None or relative_object(token) is not None:
        return True                  # "listed three reasons", "a deal she once supported"
    if token.lemma_.lower() in N.DEMAND_FOR_VERBS and demanded_deed(token) is not None and someone(token):
        return True                  # "Brant is pushing for her state to require a four-day week"
    if token.lemma_.lower() in N.DESIRE_VERBS and desired(token) is not None and someone(token):
        return True                  # "Rep. Murphy wants more funding", "He also seeks an injunction"
    return token.lemma_.lower() in N.INTENTION_VERBS and infinitive(token) is not None


def deed_not_words(verb) -> bool:
    """A verb of saying used of a deed, which reports no one's words: "addressed a rally", "is
    challenging the senator for her seat", "the slump threatens the recovery", "makes it hard to
    see how …", "attention was focused on the race". Said words stay: "addressed the
    controversy", "is challenging candidates on policing", "he threatened to quit", "made clear
    that …", "the complaint was referred to by …"."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in S.AUDIENCE_VERBS and any(o.lemma_.lower() in S.AUDIENCE_NOUNS for o in objects) \
            and not _setting_of_a_statement(verb):
        return True
    if lemma in S.CONTEST_VERBS and _running_against(verb, objects):
        return True
    if lemma in S.THREAT_VERBS and _thing_as_subject(verb):
        return True
    if lemma in S.CAUSING_VERBS and _caused_state(verb):
        return True
    return lemma in S.UNSAID_PASSIVE_TOPIC_VERBS and any(c.dep_ == "auxpass" for c in verb.children) \
        and not any(c.dep_ == "agent" for c in verb.children)


def _setting_of_a_statement(verb) -> bool:
    """"Addressing the rally, Dunmore said …": a participle opening the clause of a cue is the
    scene of that statement, read with it (its day is the statement's)."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i and is_cue(verb.head)


def _caused_state(verb) -> bool:
    """"makes it hard to see how …", "made climate change a priority", "will make voters feel
    betrayed": "make" with a small clause (a subject and a bare predicate) causes a state and
    says nothing. Not "made clear (that) …", a statement made plain, nor "made the case to …"."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or not any(c.dep_ in D.SUBJECT_DEPS and c.i < clause.i for c in clause.children):
        return False
    bare = clause.pos_ in ("ADJ", "NOUN") or clause.tag_ in ("VB", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ == S.INFINITIVE_MARK for c in clause.children)
    said_plainly = any(t.lemma_.lower() in S.MADE_PLAIN_WORDS for t in verb.doc[verb.i + 1:clause.i + 1])
    return bare and not said_plainly


def _thing_as_subject(verb) -> bool:
    """"the slump threatens the recovery", "a case that threatened to cripple the unions": a thing,
    or "it" / "that" standing for one, is the subject, and no one named or described speaks."""
    subject = subject_of(verb)
    if subject is None or someone(verb):
        return False
    return subject.lower_ in S.THING_PRONOUNS or subject.pos_ == "NOUN"


def _running_against(verb, objects) -> bool:
    """"who is challenging Rep. Lund (for her seat)": in the progressive, a person challenged with
    no topic is an opponent in a race."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == S.PROGRESSIVE_AUXILIARY for c in verb.children)
    person = any(o.ent_type_ == "PERSON" or o.pos_ == "PROPN" for o in objects)
    topic = any(c.dep_ == "prep" and c.lower_ in S.CONTEST_TOPIC_PREPOSITIONS for c in verb.children)
    return progressive and person and not topic


def demanded_deed(verb):
    """"Ferris has called for the mayor to step down": the parser hangs the "for … to" clause
    as an adverbial marked by "for" right after the verb; the clause is the demand."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.lower_ != S.DEMAND_PREPOSITION or after.dep_ == "prep" and (
            after.head.i != verb.i or any(c.dep_ in D.PREPOSITION_OBJECT_DEPS for c in after.children)):
        return None                  # (or a bare "for" the verb holds: "is pushing for [X to be banned]")
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)


def named_relative(verb):
    """"Maine, which he describes as his summer retreat", "what he sees as price fixing":
    the name or judgement given to a relative pronoun the verb has for its object; None if none."""
    if not any(c.dep_ == "dobj" and c.i < verb.i and c.lower_ in S.RELATIVE_PRONOUNS for c in verb.children) or any(
            c.dep_ in ("dobj", "auxpass") and c.i > verb.i for c in verb.children):
        return None
    for c in (c for c in verb.children if c.i > verb.i):
        if c.dep_ == "oprd":
            return c
        if c.dep_ == "prep" and c.lower_ == S.VIEWED_AS_PREPOSITION:
            return next((p for p in c.children if p.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
    return None


def relative_object(verb):
    """"a deal she once supported", "an arrangement the campaign has criticized": a relative clause
    whose verb of speech or stance has the noun it hangs from for its object (no object of its
    own after it), with someone as its subject; that noun, or None."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or not lemmas(verb) & _RELATIVE_OBJECT_VERBS:
        return None
    if any(c.dep_ in D.RELATIVE_GAP_FILLERS and c.i > verb.i for c in verb.children) or any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.lower_ in S.RELATIVE_SUBJECTS or not someone(verb):
        return None
    return verb.head


def desired(verb):
    """What a verb of wanting wants when it is a thing, not a deed: its object ("wants more
    funding for teachers", "doesn't expect a pact before 2030")."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)


def quote_is_object(text: str, doc, q: Quote, cue) -> bool:
    """The quoted words are what the cue's verb says, chants or types: its object ("Protesters
    chanted “What curfew?”", "a nurse had written “acute distress.”"). `text` is the
    document's text (`doc.text` would be rebuilt from the tokens on every call)."""
    if not lemmas(cue) & N.VERBATIM_VERBS or not re.fullmatch(r"\s*(?:[“\"‘']|``|'')?", text[cue.idx + len(cue):q.start]):
        return False                 # "she said, “and then …”" continues a quote; it is not said's object
    root = syntax.span_root(doc, q.start, q.end)
    if root is None:
        return False
    return root.head.i == cue.i and root.dep_ in D.SAID_WORDS_DEPS


def judged_as(verb):
    """The object of "see X as Y", "consider X a threat": X, when a judgement follows it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    if any(c.dep_ == "oprd" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == S.VIEWED_AS_PREPOSITION and c.i > obj.i for c in verb.children):
        return obj
    return None


def report_of_its_own(cue) -> bool:
    """A statement even within the words of another: a report in a relative clause
    (`relative_report`), one set against what another cue reports (`contrasted_report`), or one
    named by a noun with its owner that another report is about (`owned_claim_as_subject`)."""
    return relative_report(cue) or contrasted_report(cue) or owned_claim_as_subject(cue)


def owned_claim_as_subject(cue) -> bool:
    """"Reinholt's claim that the mine was safe was disputed by the union": a statement named by a
    noun with its owner and its words, the subject of another report, is a statement of its own
    (the other is about it)."""
    if cue.pos_ != "NOUN" or cue.dep_ not in D.SUBJECT_DEPS:
        return False
    owned = any(c.dep_ == "poss" for c in cue.children) or any(
        c.dep_ == "prep" and c.lower_ == S.AGENT_PREPOSITION and any(o.pos_ == "PROPN" for o in c.children)
        for c in cue.children)
    return owned and any(c.dep_ in D.CLAUSE_OF_NOUN_DEPS and any(m.dep_ == "mark" for m in c.children)
                         for c in cue.children)


def _speaker_of_its_own(cue) -> bool:
    """Whether a cue has a subject that is not a relative pronoun standing for another noun."""
    return any(c.dep_ in D.SUBJECT_DEPS and c.lower_ not in S.RELATIVE_PRONOUNS for c in cue.children)


def contrasted_report(cue) -> bool:
    """"most say they will, while a third say they won't": a cue with a subject of its own in a
    clause set against the one before it, a second speaker's report ("said that while he doubts
    it, …" sets a thought against what follows: part of that report)."""
    if cue.dep_ != "advcl" or not is_cue(cue) or cue.left_edge.i < cue.head.i:
        return False
    return (any(c.dep_ == "mark" and c.lower_ in S.CONTRAST_CONJUNCTIONS for c in cue.children)
            and _speaker_of_its_own(cue))


def aside_report(cue) -> bool:
    """"…, which he called “a cartel”", "…, who she said had misled them": a cue in a relative
    clause set off by a comma, with a subject of its own, is that subject's aside on what came
    before, not more of what another cue reports."""
    if cue.dep_ != "relcl" or not is_cue(cue):
        return False
    doc = cue.doc
    first = doc[cue.left_edge.i]
    return (first.lower_ in S.WH_RELATIVE_PRONOUNS and first.i > 0 and doc[first.i - 1].text == ","
            and _speaker_of_its_own(cue))


def relative_report(cue) -> bool:
    """"her hands, which she said were in her lap", "what the senators said was county
    map rigging": a report inside a relative clause, a statement even within another one."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    return (clause is not None and is_cue(cue)
            and any(c.dep_ in D.SUBJECT_DEPS and c.lower_ in S.RELATIVE_PRONOUNS and c.i < cue.i
                    for c in clause.children))


def unattributed_judgement(cue):
    """"He has been sharply criticized for rules that …", "what is being criticized as a
    “spend it or lose it” scheme": a judgement in the passive, by people left unnamed; the
    phrase that gives the grounds."""
    passive = any(c.dep_ == "auxpass" for c in cue.children) or participle_of_noun(cue)
    if not lemmas(cue) & _JUDGED_IN_PASSIVE_ANY or not passive or any(c.dep_ == "agent" for c in cue.children):
        return None
    if cue.lemma_.lower() in S.JUDGED_WITH_COMPLEMENT_VERBS:
        judgement = next((c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i), None)
        if judgement is not None:
            return judgement         # "Dover's old air base has long been considered a likely site"
    if not lemmas(cue) & _JUDGED_IN_PASSIVE:
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in S.PASSIVE_JUDGEMENT_PREPOSITIONS
                 and c.i > cue.i):
        grounds = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
        if grounds is not None:
            return grounds
    return None


def unattributed_passive(cue):
    """"The levy was endorsed last week", "the report has been denied": a verb of speech or stance in
    the passive, its holders left unnamed; its subject (a noun, which is what was said or stood
    for), or None."""
    if not lemmas(cue) & _SAYING_OR_STANCE_VERBS or not any(c.dep_ == "auxpass" for c in cue.children) \
            or any(c.dep_ == "agent" for c in cue.children):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i), None)
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in S.RELATIVE_PRONOUNS:
        return None
    return subject


def participle_of_noun(verb) -> bool:
    """"the contests known as Super Tuesday": a passive participle modifying a noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def appearance(cue):
    """"the politician seemed [to be shrinking]", "his supporters seemed [unperturbed]", "It
    appears [that …]": how something seems, to a judge the sentence leaves unnamed; the
    complement, or None."""
    if cue.lemma_.lower() not in N.APPEARANCE_VERBS or cue.pos_ != "VERB" or not any(
            c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS and c.i < cue.i for c in cue.children):
        return None
    complement = next((c for c in cue.children if c.dep_ in D.APPEARANCE_COMPLEMENT_DEPS and c.i > cue.i), None)
    if complement is not None and complement.dep_ == "xcomp" and complement.pos_ == "VERB" and not any(
            c.dep_ in D.AUXILIARY_DEPS and c.lemma_ == N.COPULA for c in complement.children):
        return None                  # "Saddam appeared to accept the treaty": an event, seen; not a judgement
    return complement


def seeming_deed(cue):
    """"She appeared to imply that …", "Obama seemed to recognize the significance": what someone
    seems to do, as the writer reads them; the deed (the infinitive), or None. A state that seems
    so ("seemed to be shrinking") is `appearance`'s."""
    if cue.lemma_.lower() not in N.APPEARANCE_VERBS or cue.pos_ != "VERB" or not any(
            c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS and c.i < cue.i for c in cue.children):
        return None
    deed = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
    if deed is None or deed.pos_ != "VERB" or appearance(cue) is not None:
        return None
    return deed


def raised_passive(cue) -> bool:
    """"Ruiz's signature is expected to come before the cutoff", "he is said to have …": an
    expectation or a report whose holders the sentence does not name."""
    return (cue.lemma_.lower() in N.RAISING_PASSIVE_VERBS and any(c.dep_ == "auxpass" for c in cue.children)
            and any(c.dep_ == "xcomp" and c.i > cue.i for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children))


def clause_break_between(doc, clause, subject) -> bool:
    """A clause before the subject, cut from it by a semicolon, a dash or a sentence's end."""
    if clause.i > subject.i:
        return False
    between = doc[clause.right_edge.i + 1:subject.left_edge.i]
    # (a hyphen with a space before it is a dash typed as one: "… bigger - Nefzi said he …")
    return any(t.text in (";", "—", "–", ":") or t.text in ("-", "--") and doc[t.i - 1].whitespace_ for t in between)


def infinitive(verb):
    """The infinitive a verb of intention governs: its xcomp ("refused to testify"), or, after its
    object, a "to" clause the parser hung as an adverbial ("tells his supporters to “go …”")."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is not None:
        return xcomp
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)


def content_of(cue):
    """What a cue reports: its clause ("said [it found …]", "[Y], Smith said"), else, for verbs
    that announce or claim something, their object ("announced [the first Intel-based Macs]"),
    else, for a cue set in the middle of what it reports ("Y, he said, Z"), the clause around it."""
    for step in (_reported_clause, _clause_around, _judged_or_written, _named_or_demanded, _said_about, _proform,
                 _said_words):
        content = step(cue)
        if content is not None:
            return content
    return None


def _reported_clause(cue):
    """The cue's complement clause, or a "that" clause the parser hung elsewhere."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    introduced = [c for c in clauses if c.i > cue.i and c.left_edge.lower_ == S.COMPLEMENTISER]
    if introduced:
        return introduced[0]          # "She was ill (her office later disclosed she had bronchitis)"
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    following = [c for c in clauses if c.i > cue.i]
    if following:
        # "It was remote; Mercer's team says she'll keep up …", "He likes it here, Nefzi said they
        # are trying …": with a clause after the cue, one the parser hung on it from before is the
        # writer's own sentence, not what the cue reports.
        return following[0]
    if clauses and not (subjects and clause_break_between(cue.doc, clauses[0], subjects[0])) \
            and not _object_of_its_own(cue, clauses[0]):
        return clauses[0]             # (not "The rift is plain: growers prefer to fund the dam")
    asked = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and is_cue(cue) and any(
        m.dep_ == "mark" and m.lower_ in S.QUESTION_MARKS and m.i == c.left_edge.i for m in c.children)), None)
    if asked is not None:
        return asked                  # "asked the ferrymen if the levy was steep"
    if len(subjects) >= 2 and cue.doc[subjects[-1].i - 1].text == ",":
        return subjects[0]            # "People like Scott, he said."
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.i > cue.i):
        # "said on Friday at a press briefing that she may delay", parsed as a relative clause
        # of the conference: "that" as a mark opens what was said.
        for clause in (c for c in prep.subtree if c.dep_ in D.MODIFYING_CLAUSE_DEPS
                       and c.left_edge.lower_ == S.COMPLEMENTISER and c.left_edge.dep_ == "mark"):
            return clause
    for obj in (c for c in cue.children if c.dep_ in D.DIRECT_OBJECT_DEPS and c.i > cue.i):
        # "told a meeting of Atlantic port officials that few people understood …", parsed as a
        # relative clause of the addressee: "that" as a mark opens what was told.
        for clause in (c for c in obj.subtree if c.dep_ in D.MODIFYING_CLAUSE_DEPS
                       and c.left_edge.lower_ == S.COMPLEMENTISER and c.left_edge.dep_ == "mark"):
            return clause
    return None


def _object_of_its_own(cue, clause) -> bool:
    """A clause before a cue that has a thing of its own after it ("As the ferry left, Orla defended
    [her decision]", "the more the levy grows, the more crews fear [the winter]"): the cue reports its
    object, not the clause. Verbs of saying keep the clause ("Y, she told reporters")."""
    if clause.i > cue.i or cue.lemma_.lower() in N.COMMUNICATION_VERBS:
        return False
    return any(c.i > cue.i and (c.dep_ in D.DIRECT_OBJECT_DEPS and c.pos_ not in ("PROPN", "PRON")
                                or c.dep_ == "prep" and c.lower_ in S.CLAIM_TOPIC_PREPOSITIONS)
               for c in cue.children)


def _clause_around(cue):
    """A cue set inside what it reports: "Y, he said", "as one of Mrs. Mercer's aides pointed out"."""
    if cue.dep_ == "parataxis" and cue.lemma_.lower() in S.PARATAXIS_CUE_VERBS:
        return cue.head
    if cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == S.AS_MARK for c in cue.children) \
            and lemmas(cue) & _AS_X_SAID_VERBS:
        return cue.head               # "Maine, as one of Mrs. Mercer's aides pointed out, rarely gets …"
    return None


def _judged_or_written(cue):
    """What a passive reports, and a "that" clause of the document the cue was given in."""
    if raised_passive(cue):
        return next(c for c in cue.children if c.dep_ == "xcomp")
    seeming = appearance(cue)
    if seeming is None:
        seeming = seeming_deed(cue)
    if seeming is not None:
        return seeming
    judged = unattributed_judgement(cue)
    if judged is None:
        judged = unattributed_passive(cue)
    if judged is not None:
        return judged
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        # "announced Monday in a staff email that she would step aside"
        for doc_noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in N.DOCUMENT_NOUNS):
            clause = next((c for c in doc_noun.children if c.dep_ in D.CLAUSE_OF_NOUN_DEPS
                           and c.left_edge.lower_ == S.COMPLEMENTISER), None)
            if clause is not None:
                return clause
    if any(c.dep_ == "agent" for c in cue.children):
        # "“American Skin” was written by Springsteen": in the passive, what was said is the subject.
        passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            return passive_subject
        if participle_of_noun(cue) and lemmas(cue) & _SAYING_OR_STANCE_VERBS:
            return cue.head          # "the levy, opposed by the crews": what the agent stands against
    return None


def _named_or_demanded(cue):
    """By the kind of verb: the judgement of a viewing verb, the name given by a naming verb, the
    demand of "call for", the object or infinitive of a verb of speech, what an intention wants."""
    lemma = cue.lemma_.lower()
    if lemma in N.VIEWING_VERBS:
        judged = judged_as(cue)
        if judged is not None:
            return judged
    if lemma in N.NAMING_VERBS and not _name_it_goes_by(cue):
        # "Dane called Ferris a habitual fibber": the naming is what was said.
        for c in cue.children:
            if c.dep_ == "oprd" and c.i > cue.i:
                return c
    if lemma in _NAMING_OR_VIEWING_VERBS:
        named = named_relative(cue)
        if named is not None:
            return named
    if lemma in N.DEMAND_FOR_VERBS:
        # "The NFGA called for a freeze on pesticide permits."
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == S.DEMAND_PREPOSITION
                     and c.i == cue.i + 1):
            obj = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
            if obj is not None:
                return obj
        demanded = demanded_deed(cue)
        if demanded is not None:
            return demanded
    if lemmas(cue) & N.OBJECT_SPEECH_VERBS:
        # "urged Republicans to join …": the infinitive carries what was urged.
        xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
        if xcomp is not None:
            return xcomp
        for c in cue.children:
            if c.dep_ == "dobj" and c.i > cue.i:
                return c
    if lemma in N.INTENTION_VERBS:
        wanted = infinitive(cue)
        if wanted is not None:
            return wanted
    if lemma in N.DESIRE_VERBS and someone(cue):
        return desired(cue)
    return None


def _name_it_goes_by(cue) -> bool:
    """"a group called Harbour Watch", "the so-called shuttle deal": a participle after a noun,
    with no one doing the naming, gives the name a thing goes by, which nobody is reported to say.
    A name set in quotation marks ("a film called “Old Roads”") is a title annotators read as
    words quoted, and stays."""
    if cue.dep_ not in D.MODIFYING_CLAUSE_DEPS or cue.head.pos_ != "NOUN" or cue.tag_ not in ("VBN", "VBD"):
        return False
    if cue.head.i != cue.i - 1 or any(c.dep_ in ("agent", "dobj") for c in cue.children):
        return False              # "a plan called reckless by the growers"; "Ferris, an ally, called Dane a liar"
    name = next((c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i), None)
    return name is not None and not any(t.is_quote for t in cue.doc[cue.i + 1:name.left_edge.i + 3])


def _said_about(cue):
    """What someone's words were about: an object that names something said, what a document
    shows, or the topic a preposition brings in."""
    lemma = cue.lemma_.lower()
    content = content_object(cue)
    if content is not None and someone(cue):
        return content
    if found_by_document(cue):
        # "Polls show a tight race in the county", "A 2014 study found 27 cases of fraud".
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
        if obj is not None:
            return obj
    stated = stated_object(cue)
    if stated is None:
        stated = relative_object(cue)
    if stated is not None:
        return stated
    phrasal = next((N.PHRASAL_TOPIC_VERBS[p] for p in lemmas(cue) if p in N.PHRASAL_TOPIC_VERBS), None)
    if lemma in N.SPEECH_VERBS or lemma in N.TOPIC_VERBS or phrasal:
        # "warned against potential hackers", "complained about his microphone", "accused Pryor of
        # being a socialist", "pointed to Britain's decision", "spoke out against the law": what the
        # words were about.
        allowed = phrasal or N.TOPIC_VERBS.get(lemma, N.TOPIC_PREPOSITIONS)
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in allowed and c.i > cue.i):
            obj = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
        return stranded_topic(cue, allowed)
    return None


def stranded_topic(verb, prepositions):
    """"the issues they care about", "the trends politicians point to": a relative clause whose verb
    leaves its preposition without an object, the noun it hangs from being what it is about."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return None
    stranded = any(c.dep_ == "prep" and c.lower_ in prepositions and c.i > verb.i
                   and not any(p.dep_ in D.PREPOSITION_OBJECT_DEPS for p in c.children) for c in verb.children)
    return verb.head if stranded and not any(c.dep_ == "dobj" for c in verb.children) else None


def stated_object(verb):
    """"Rubio listed three reasons", "she recalled the thinking back then": the object of a verb
    that states, remembers, names or puts on record what it takes, when someone is its subject."""
    if verb.lemma_.lower() not in N.STATING_OBJECT_VERBS or not someone(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.ent_type_ not in S.TIME_ENTITY_LABELS),
                None)


def found_by_document(cue) -> bool:
    """"Polls show …", "A 2014 study found …": a verb of finding whose subject is a document."""
    if cue.lemma_.lower() not in N.FINDING_VERBS:
        return False
    subject = subject_of(cue)
    return subject is not None and subject.lemma_.lower() in N.DOCUMENT_SOURCES or document_participle(cue)


def document_participle(cue) -> bool:
    """"a new poll showing a tight race", "records showing no gifts": a participle of finding
    describing a document, which finds what it says as if its subject. (Not one of saying: "a
    press release saying …" is its sender's words.)"""
    return (cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.i < cue.i and cue.lemma_.lower() in S.EVIDENCE_VERBS
            and cue.head.lemma_.lower() in N.DOCUMENT_SOURCES)


def _proform(cue):
    """"half said so", "75 percent said yes", "did not say when": a word standing for what was said."""
    if cue.lemma_.lower() not in S.PROFORM_SAYING_VERBS:
        return None
    return next((c for c in cue.children if c.i > cue.i and c.lower_ in S.SAID_PROFORMS
                 and c.dep_ in D.PROFORM_CONTENT_DEPS), None)


def _said_words(cue):
    """What a verb of saying has for its object or opening gerund when no clause was found: "says
    racist things", "said goodbye", "say taxing consumption encourages saving" (the gerund the
    parser hung as a complement is the subject of the clause said)."""
    lemma = cue.lemma_.lower()
    if lemma in S.GERUND_CLAUSE_VERBS:
        gerund = next((c for c in cue.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > cue.i
                       and all(t.dep_ in D.MODIFIER_BETWEEN_DEPS for t in cue.doc[cue.i + 1:c.left_edge.i])), None)
        if gerund is not None:
            return gerund
    if lemma in S.WORDS_AS_OBJECT_VERBS or lemma in S.COGNITION_OBJECT_VERBS and someone(cue):
        return next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                     and c.ent_type_ not in S.TIME_ENTITY_LABELS), None)
    return None


def broad_content(verb):
    """For the learned reading only (`attribution`): what any predicate of someone may state or
    stand for, its complement clause, infinitive, object or prepositional object ("rooted for [the
    Eagles]", "came out against [the TPP]", "is creating [an alternative]"). The rules do not
    take these as statements; a model trained on attributions decides which are."""
    if verb.pos_ != "VERB" or not someone(verb):
        return None
    complements = [c for c in verb.children if c.i > verb.i and c.dep_ in D.BROAD_CONTENT_DEPS]
    if complements:
        return complements[0]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        obj = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
            return obj
    return None
