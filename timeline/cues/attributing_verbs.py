"""Which verbs attribute words, a view or a wish to someone (`is_attribution`): a cue word, a
participle of judgement or stance after a noun, or a verb of someone whose complement is a
proposition, a judgement, what was said, or what is wanted."""
from __future__ import annotations

from ..lexicon import deps as D, news as N, speech as S
from .complements import demanded_deed, desired, infinitive, judged_as, named_relative, relative_object
from .said_objects import content_object, said_words, stated_object
from .subjects import has_subject, someone
from .unnamed_holders import appearance, seeming_deed, unattributed_judgement, unattributed_passive
from .words import SAYING_OR_STANCE_VERBS, is_cue, lemmas, participle_of_noun


def is_attribution(token) -> bool:
    """A cue word, or any verb whose subject is someone and whose complement is a proposition
    ("Republicans are convinced the department mishandled ...", "he hopes that ...") or an
    intention ("wants to", "refused to", "urged them to")."""
    if is_cue(token):
        return True
    if _attributing_participle(token):
        return True
    if token.pos_ != "VERB" or not has_subject(token):
        return False
    own_subject = any(c.dep_ in D.SUBJECT_DEPS for c in token.children)
    if _proposition_or_judgement(token, own_subject):
        return True
    if not own_subject and token.lemma_.lower() in N.EFFORT_VERBS:
        return False                 # "…, trying to help them": an effort, not a stance
    return _topic_words_or_wish(token)


def _attributing_participle(token) -> bool:
    """A participle after a noun that judges it or stands for or against it, with no subject."""
    if participle_of_noun(token) and unattributed_judgement(token) is not None:
        return True                  # "the series of races known as the Triple Crown"
    if participle_of_noun(token) and lemmas(token) & SAYING_OR_STANCE_VERBS \
            and any(c.dep_ == "agent" for c in token.children):
        return True                  # "the levy, opposed by the crews", "a sentiment endorsed by most"
    return False


def _proposition_or_judgement(token, own_subject: bool) -> bool:
    """A verb with a proposition, a passive of speech or stance, a judgement or appearance left
    unattributed, "as X put it", or an object that names what was said by someone."""
    if own_subject and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children) \
            and token.lemma_.lower() not in N.CONSEQUENCE_VERBS and (
                token.lemma_.lower() not in N.MAKING_VERBS or someone(token)):
        return True                  # any verb with a proposition, with a subject of its own
    if lemmas(token) & SAYING_OR_STANCE_VERBS and any(c.dep_ == "agent" for c in token.children) \
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
    return False


def _topic_words_or_wish(token) -> bool:
    """A verb with its topic, a name or view it gives, an object of speech, something known or
    stated, or a demand, a desire or an intention of someone."""
    if token.lemma_.lower() in N.TOPIC_VERBS or lemmas(token) & N.PHRASAL_TOPIC_VERBS.keys():
        return True                  # "spoke about her ties to black churches" (with its topic)
    if token.lemma_.lower() in N.NAMING_VERBS and any(c.dep_ == "oprd" for c in token.children):
        return True                  # "branded the plan a disaster"
    if token.lemma_.lower() in N.VIEWING_VERBS and (judged_as(token) is not None or named_relative(token) is not None):
        return True                  # "see the scheme as a cheaper route to a permit"
    if lemmas(token) & N.OBJECT_SPEECH_VERBS and any(c.dep_ == "dobj" for c in token.children):
        return True                  # "Ted Dane endorses Ferris", "offered no proof that …"
    if token.lemma_.lower() in S.COGNITION_OBJECT_VERBS and said_words(token) is not None:
        return True                  # "we have seen this kind of cover-up", "voters know this"
    if stated_object(token) is not None or relative_object(token) is not None:
        return True                  # "listed three reasons", "a deal she once supported"
    if token.lemma_.lower() in N.DEMAND_FOR_VERBS and demanded_deed(token) is not None and someone(token):
        return True                  # "Brant is pushing for her state to require a four-day week"
    if token.lemma_.lower() in N.DESIRE_VERBS and desired(token) is not None and someone(token):
        return True                  # "Rep. Murphy wants more funding", "He also seeks an injunction"
    return token.lemma_.lower() in N.INTENTION_VERBS and infinitive(token) is not None
