"""Statements named by a noun or held as a stance: "X's claim that", "the announcement by X",
"angry at", "threw her support behind"; each with the one who holds it."""
from __future__ import annotations

from typing import Optional

from ..findings import StatementFinding
from ..cues import someone
from ..lexicon import deps as D, news as N, speech as S
from ..speakers import History, Speakers, subject_owning

from .found import reported_end, shares_words, word_count


_STANCE_PREPOSITIONS = N.TOPIC_PREPOSITIONS | S.STANCE_EXTRA_PREPOSITIONS  # "angry with", "alarmed at"


def _owner_of(noun):
    """Whose statement a noun names, and where the clause saying what it was may open: "Trump's
    claim [that …]", "the announcement by Ford [that …]" (the owner in a "by" phrase)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner, noun.i + 1
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ == S.AGENT_PREPOSITION):
        agent = next((c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_)), None)
        if agent is not None:
            return agent, prep.right_edge.i + 1
    return None, noun.i + 1


def broad_owner_of(noun):
    """`_owner_of` for the learned reading, which also takes the owner from an "of"/"from" phrase
    ("the views of the voters") or from the subject of the verb the noun is the object of
    ("Clinton announced plans to …")."""
    owner, opens = _owner_of(noun)
    if owner is not None:
        return owner, opens
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1
                 and c.lower_ in N.BROAD_OWNER_PREPOSITIONS):
        agent = next((c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_)), None)
        if agent is not None:
            return agent, prep.right_edge.i + 1
    verb = noun.head if noun.dep_ in D.OBJECT_CONTENT_DEPS else None
    subject = next((c for c in verb.children if c.dep_ in D.SUBJECT_DEPS), None) if verb is not None else None
    return subject, noun.i + 1


def claimed(text, noun, speakers: Speakers, findings, history: History, owner_of=_owner_of,
             unowned=N.UNOWNED_SPEECH_NOUNS) -> Optional[StatementFinding]:
    """"Martin Ferris's claim that there have been hundreds of burglaries": a statement named by
    a noun, its speaker the possessor, its content the clause that follows. (The learned reading
    asks with an owner found more widely, and with any noun of its own list owned by no one.)"""
    owner, opens = owner_of(noun)
    lemma = noun.lemma_.lower()
    if owner is None and lemma not in unowned:
        return None
    clause = next((c for c in noun.children if c.dep_ in D.CLAUSE_OF_NOUN_DEPS and c.i > noun.i
                   and c.left_edge.lower_ == S.COMPLEMENTISER and c.left_edge.i == opens
                   and c.left_edge.dep_ not in D.SUBJECT_OR_OBJECT_DEPS), None)   # not "charges that might arise"
    if clause is not None:
        start = clause.left_edge.idx + len(clause.left_edge) + 1
    else:
        # "his determination to act alone", "questions about business practices at his
        # foundation", "his adulation of Putin", "calls for his dismissal"
        clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                       and any(a.dep_ == "aux" and a.lower_ == S.INFINITIVE_MARK for a in c.children)), None)
        if clause is None:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                         and (c.lower_ in S.CLAIM_TOPIC_PREPOSITIONS
                              or c.lower_ == S.ANSWER_PREPOSITION and lemma in N.ANSWER_NOUNS)):
                clause = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS
                               and not (prep.lower_ == S.ASKED_FOR_PREPOSITION and c.ent_type_ == "PERSON")),
                              None)  # "a question for the president"
                if clause is not None:
                    break
        if clause is None or (lemma in S.OF_OWNER_NOUNS and clause.dep_ == "pobj"
                              and clause.head.lower_ == S.OWNER_PREPOSITION):
            return None
        start = clause.left_edge.idx
    if owner is None and lemma in N.UNOWNED_STANCE_NOUNS and not _stance_towards(noun, clause):
        return None
    end = clause.right_edge.idx + len(clause.right_edge)
    end = reported_end(text, start, end)
    named_person = owner is not None and clause.pos_ in ("PROPN", "PRON")
    if word_count(text[start:end]) < (1 if named_person else 2 if clause.dep_ in D.PREPOSITION_OBJECT_DEPS else 3) or any(
            shares_words(f, start, end) for f in findings):
        return None
    if owner is None:
        speaker, speaker_text = _holder_by_verb(noun, speakers, history)
        return StatementFinding(cue_start=noun.idx, cue_end=noun.idx + len(noun), quote_start=start, quote_end=end,
                                direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                                cue_token=noun.i, segments=[(start, end)])
    return _owned(text, noun, owner, (start, end), speakers, history)


def _holder_by_verb(noun, speakers: Speakers, history: History) -> tuple[Optional[str], Optional[str]]:
    """"The Courier made the same allegations against the mayor": a statement noun with no owner of
    its own, the object of a verb whose subject holds it, is that subject's; (None, None) otherwise."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in S.STATEMENT_HOLDING_VERBS:
        return None, None
    if not someone(verb):
        return None, None            # "his willingness to fight, raising questions about …": no one's
    return speakers.resolve(verb, history)


def _stance_towards(noun, content) -> bool:
    """"support for the levy", "opposition to the plan": an unowned stance with what it is for or
    against, in its own phrase (in "voted in opposition to …" the stance is the voter's act)."""
    return (content.dep_ in D.PREPOSITION_OBJECT_DEPS and content.head.head.i == noun.i
            and content.head.lower_ in N.UNOWNED_STANCE_NOUNS[noun.lemma_.lower()]
            and not (noun.dep_ in D.PREPOSITION_OBJECT_DEPS and noun.head.lower_ == S.STANCE_PHRASE_PREPOSITION))


def _owned(text, noun, owner, content: tuple[int, int], speakers: Speakers, history: History) -> StatementFinding:
    """The statement or stance a noun names, held by its owner ("his", "Trump's", "by Ford")."""
    s, e = owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)
    if owner.lower_ in S.PERSON_POSSESSIVES:
        speaker = subject_owning(speakers, noun, owner.lower_) or speakers.last(("PERSON",), noun.idx, history)
    elif owner.lower_ in S.GROUP_POSSESSIVES:
        speaker = speakers.last(("ORG", "GPE", "PERSON"), noun.idx, history)
    else:
        speaker = speakers.actor_in(s, e) or speakers.by_name(s, e)
    start, end = content
    return StatementFinding(cue_start=noun.idx, cue_end=noun.idx + len(noun), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=text[s:e], cue_token=noun.i,
                            segments=[(start, end)])


def owned_attitude(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"his critique of the levy", "Dunmore's embrace of the plan", "her commitment to the harbour": an
    attitude its owner holds, about what the noun's preposition brings in."""
    owner = next(c for c in noun.children if c.dep_ == "poss")
    _, content = _preposition_object(noun, S.ATTITUDE_OWNED_NOUNS[noun.lemma_.lower()])
    if content is None or content.ent_type_ in S.TIME_ENTITY_LABELS:
        return None
    start = content.left_edge.idx
    end = reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    if end <= start or any(shares_words(f, start, end) for f in findings):
        return None
    return _owned(text, noun, owner, (start, end), speakers, history)


def stance(text, adjective, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"Officials remain confident that the deal will pass", "Union leaders are worried
    about a lack of turnout": a stance stated of someone, with what it is about."""
    verb = adjective.head if adjective.dep_ == "acomp" else adjective      # "were coy about", parsed as a verb
    if not any(c.dep_ in D.SUBJECT_DEPS for c in verb.children):
        return None
    content = next((c for c in adjective.children if c.dep_ in D.STANCE_CLAUSE_DEPS and c.i > adjective.i), None)
    if content is None:
        prepositions = _STANCE_PREPOSITIONS.union(S.ATTITUDE_ADJECTIVES.get(adjective.lower_, ()))
        for prep in (c for c in adjective.children if c.dep_ in D.ADJECTIVE_PREPOSITION_DEPS and c.lower_ in prepositions):
            content = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None)
            if content is not None:
                break
    if content is None:
        return None
    start, end = content.left_edge.idx, content.right_edge.idx + len(content.right_edge)
    if content.left_edge.lower_ == S.COMPLEMENTISER:
        start = content.left_edge.idx + len(content.left_edge) + 1
    end = reported_end(text, start, end)
    named_person = content.pos_ in ("PROPN", "PRON") and content.dep_ == "pobj"      # "has been critical of Trump"
    # what a stance is towards may be two words ("furious at the company"); a clause is longer
    least = 1 if named_person else 2 if content.dep_ in D.PREPOSITION_OBJECT_DEPS else 3
    if word_count(text[start:end]) < least or any(shares_words(f, start, end) for f in findings):
        return None
    speaker, speaker_text = speakers.resolve(verb, history)
    if speaker is None and adjective.lower_ not in N.STANCE_ADJECTIVES:
        return None           # "no one is eager to …": a state of someone unnamed is no one's stance
    return StatementFinding(cue_start=adjective.idx, cue_end=adjective.idx + len(adjective), quote_start=start,
                            quote_end=end, direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                            cue_token=adjective.i, segments=[(start, end)])


def stance_phrase(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"The council voted in favor of the plan", "she spoke in support of the strikers": a stance
    told by a phrase of the clause, its speaker the clause's subject (named), its content what
    the phrase is for."""
    prep, content = _preposition_object(noun, S.STANCE_PHRASE_OBJECT_PREPOSITIONS)
    if content is None:
        return None
    start = content.left_edge.idx
    end = reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    return _held_by_subject(noun.head.head, (noun.head.idx, prep.idx + len(prep)), noun, (start, end),
                            speakers, findings, history)


def partisan(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"Dayton has long been a Clinton supporter", "she is a fierce critic of the plan": a stance
    its subject (named) is said to hold, towards the name before the noun or the "of" phrase after it."""
    _, content = _preposition_object(noun, (S.PARTISAN_OBJECT_PREPOSITION,))
    if content is None:
        content = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i), None)
        if content is None:
            return None
        start, end = content.left_edge.idx, content.idx + len(content)
    else:
        start = content.left_edge.idx
        end = reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    return _held_by_subject(noun.head, (noun.idx, noun.idx + len(noun)), noun, (start, end), speakers, findings, history)


def attitude_object(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"Ferris made no mention of the levy", "she voiced doubts about the plan", "took a swipe at the
    mayor": an attitude or words the verb's subject (named) holds or gives, told by the verb and its
    object, about what the object's preposition brings in."""
    prepositions = S.ATTITUDE_OBJECT_NOUNS[noun.lemma_.lower()]
    verb = noun.head
    prep, content = _preposition_object(noun, prepositions)
    if content is None:
        # "took a swipe [at the board]", the phrase hung from the verb right after its object
        prep, content = _preposition_object(verb, prepositions, at=noun.right_edge.i + 1)
    if content is None or content.ent_type_ in S.TIME_ENTITY_LABELS:
        return None
    start = content.left_edge.idx
    end = reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    return _held_by_subject(verb, (verb.idx, prep.idx + len(prep)), verb, (start, end), speakers, findings, history,
                            people_too=True)


def _preposition_object(noun, prepositions, at: Optional[int] = None):
    """The noun's preposition among `prepositions` (the one at token `at`, if given) and that
    preposition's object, or Nones."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in prepositions
                 and (at is None or c.i == at)), None)
    content = next((c for c in prep.children if c.dep_ in D.PREPOSITION_OBJECT_DEPS), None) if prep is not None else None
    return prep, content


def _held_by_subject(verb, cue: tuple[int, int], cue_token, content: tuple[int, int], speakers: Speakers, findings,
                     history: History, people_too: bool = False) -> Optional[StatementFinding]:
    """The stance the named subject of `verb` holds towards text[content], told by text[cue]; None
    when the content is empty, overlaps a statement found already, or no one named holds it (with
    `people_too`, a subject that names people unnamed will do: "many voters have doubts about")."""
    start, end = content
    if end <= start or any(shares_words(f, start, end) for f in findings):
        return None
    speaker, speaker_text = speakers.resolve(verb, history)
    if speaker is None and not (people_too and someone(verb)):
        return None
    return StatementFinding(cue_start=cue[0], cue_end=cue[1], quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                            cue_token=cue_token.i, segments=[(start, end)])
