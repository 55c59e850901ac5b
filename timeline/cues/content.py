"""What a cue reports (`content_of`), step by step: the clause it reports, else what a passive or a
document gives, else what its kind of verb names or demands, else what the words were about, else
a word or an object standing for them; and, for the learned reading, what any predicate of someone
may state (`broad_content`)."""
from __future__ import annotations

from ..lexicon import deps as D, news as N, speech as S
from .complements import demanded_deed, desired, infinitive, judged_as, named_relative, relative_object
from .reported_clauses import clause_around, reported_clause
from .said_objects import content_object, proform, said_words, stated_object
from .subjects import found_by_document, someone
from .unnamed_holders import appearance, raised_passive, seeming_deed, unattributed_judgement, unattributed_passive
from .words import SAYING_OR_STANCE_VERBS, lemmas, participle_of_noun


# "what he calls / sees as / describes as"
_NAMING_OR_VIEWING_VERBS = N.NAMING_VERBS | N.VIEWING_VERBS | S.DESCRIBING_VERBS


def content_of(cue):
    """What a cue reports: its clause ("said [it found …]", "[Y], Smith said"), else, for verbs
    that announce or claim something, their object ("announced [the first Intel-based Macs]"),
    else, for a cue set in the middle of what it reports ("Y, he said, Z"), the clause around it."""
    return _first_found(cue, reported_clause, clause_around, _judged_or_written, _named_or_demanded, _said_about,
                        proform, said_words)


def _first_found(cue, *readers):
    """What the first of the readers that finds something finds for the cue, in their order."""
    return next((found for found in (read(cue) for read in readers) if found is not None), None)


def _judged_or_written(cue):
    """What a passive reports, and a "that" clause of the document the cue was given in."""
    if raised_passive(cue):
        return next(c for c in cue.children if c.dep_ == "xcomp")
    judged = _first_found(cue, appearance, seeming_deed, unattributed_judgement, unattributed_passive)
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
        if participle_of_noun(cue) and lemmas(cue) & SAYING_OR_STANCE_VERBS:
            return cue.head          # "the levy, opposed by the crews": what the agent stands against
    return None


def _named_or_demanded(cue):
    """By the kind of verb: the judgement of a viewing verb, the name given by a naming verb, the
    demand of "call for", the object or infinitive of a verb of speech, what an intention wants."""
    return _first_found(cue, _judged_or_named, _demanded_or_wanted)


def _judged_or_named(cue):
    """The judgement of a viewing verb ("see the scheme as a cheaper route"), the name a naming
    verb gives, or the name or judgement given to a relative pronoun; None if none."""
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
    return None


def _demanded_or_wanted(cue):
    """The demand of "call for", the object or infinitive of a verb of speech, what an intention
    or someone's desire wants; None if none."""
    lemma = cue.lemma_.lower()
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
    stated = _first_found(cue, stated_object, relative_object)
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
