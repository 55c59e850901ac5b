"""Reported speech and thought: a cue verb (or noun, or adjective) with the clause it reports, read
in the order of the text; a second statement of the same speaker cut from the first."""
from __future__ import annotations

import heapq
import re
from typing import Optional

from ..findings import StatementFinding
from ..cues import (appearance, broad_content, content_of, deed_not_words, found_by_document, is_attribution,
                    is_cue, lemmas, raised_passive, aside_report, contrasted_report, report_of_its_own, someone,
                    unattributed_judgement, unattributed_passive)
from ..lexicon import deps as D, news as N, speech as S
from ..quotes import Quote, curly_left_open
from ..speakers import History, Speakers
from ..syntax import tokens_of

from .found import (DirectStatements, SAYING_VERBS, SoFar, addressee_of, clause_of, near_direct, quote_index,
                    record, reported_end, word_count)
from .sources import according_to, hearsay, in_source
from .nominal import attitude_object, broad_owner_of, claimed, owned_attitude, partisan, stance, stance_phrase


# Word classes joined once, not for every token.
_STATEMENT_NOUNS = N.SPEECH_NOUNS | N.UNOWNED_SPEECH_NOUNS


_SAID_EVEN_AS_PURPOSE = N.COMMUNICATION_VERBS | N.DISCUSSION_VERBS       # "met to discuss the test"


def broad_statements(text: str, doc, quotes: list[Quote], speakers: Speakers, found: list[StatementFinding],
                      history: History, nominal: bool = False) -> list[StatementFinding]:
    """Candidates for a learned model: every verb of someone, not a cue of the rules, with a
    complement ("rooted for the Eagles"), and the rules' cues their coverage skipped (a
    statement inside another's words). Read with the history as it stands; none is recorded.
    Not for the rules alone: kept as they are, on PolNeAR train they were 17,000 statements that
    matched a gold attribution the rules missed 13% of the time, and no shape of them (the verb's
    place in its sentence, its subject's kind) reached 32%."""
    quoted = quote_index(quotes)
    cues = {f.cue_start for f in found}
    direct = DirectStatements([f for f in found if f.direct])
    extra: list[StatementFinding] = []
    for token in tokens_of(doc):
        if token.idx in cues or quoted.inside(token.idx):
            continue
        if nominal and token.pos_ == "NOUN" and token.lemma_.lower() in N.BROAD_STATEMENT_NOUNS:
            finding = claimed(text, token, speakers, direct, history, broad_owner_of, N.BROAD_STATEMENT_NOUNS)
            extra += [finding] if finding else []
            continue
        if token.pos_ != "VERB":
            continue
        comp = content_of(token) if is_attribution(token) else None
        comp = comp if comp is not None else broad_content(token)
        if comp is None:
            continue
        finding = _reported(text, token, direct, speakers, SoFar(found, cues), history, comp)
        if finding:
            extra.append(finding)
    return extra


def _set_phrase(noun) -> bool:
    """"the officer in charge of the base": a statement noun bare after a preposition in a set
    phrase names a role or a state, not anyone's words. (PolNeAR train: 4 of 6 matched none.)"""
    return (noun.dep_ in D.PREPOSITION_OBJECT_DEPS and not any(c.dep_ == "det" for c in noun.children)
            and (noun.head.lower_, noun.lower_) in S.SET_PHRASES_NOT_WORDS)


def _sources_in_general(noun) -> bool:
    """"leads in the polls", "has slipped in polls": polls in the plural with no word saying which
    ones are a standing the writer gives, drawn from no poll in particular ("in a CBS poll", "in
    the latest polls", "in polls of likely voters" name theirs). (Measured on PolNeAR train: 14 of
    the 21 such statements matched no annotated attribution.)"""
    return (noun.lemma_.lower() in S.POLL_NOUNS and noun.tag_ in S.PLURAL_NOUN_TAGS
            and all(c.dep_ == "det" and c.lower_ in S.GENERAL_DETERMINERS for c in noun.children))


def _candidates(doc) -> list:
    """Words that may open a statement outside quotation marks, as (kind, offset, token) in the
    order of the text: attributions, "according to", statement nouns, stance adjectives."""
    according, to = S.ACCORDING_TO
    tokens = tokens_of(doc)          # one walk's Token objects for the dozen lists below
    candidates = [("reported", t.idx, t) for t in tokens
                  if is_attribution(t) and not deed_not_words(t) and content_of(t) is not None]
    candidates += [("according", t.idx, t) for t in tokens
                   if t.lower_ == according and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == to]
    candidates += [("in_source", t.idx, t) for t in tokens if t.lower_ == S.IN_SOURCE_PREPOSITION and t.dep_ == "prep"
                   and clause_of(t) is not None and any(c.dep_ == "pobj" and c.lemma_.lower() in S.IN_SOURCE_NOUNS
                                                         and not _sources_in_general(c) for c in t.children)]
    candidates += [("hearsay", t.idx, t) for t in tokens if t.lower_ in S.HEARSAY_ADVERBS and t.dep_ == "advmod"
                   and t.head.pos_ in ("VERB", "AUX")]
    candidates += [("claim", t.idx, t) for t in tokens if t.pos_ == "NOUN"
                   and t.lemma_.lower() in _STATEMENT_NOUNS and not _set_phrase(t)]
    candidates += [("content_noun", t.idx, t) for t in tokens if _content_clause_noun(t)]
    candidates += [("in_stance", t.idx, t) for t in tokens if t.lower_ in S.STANCE_PHRASE_NOUNS and t.dep_ == "pobj"
                   and t.head.lower_ == S.STANCE_PHRASE_PREPOSITION and t.head.head.pos_ in ("VERB", "AUX")]
    candidates += [("partisan", t.idx, t) for t in tokens if t.lemma_.lower() in N.PARTISAN_NOUNS
                   and t.dep_ == "attr" and t.head.pos_ in ("VERB", "AUX")]
    candidates += [("attitude", t.idx, t) for t in tokens if t.dep_ == "dobj" and t.pos_ == "NOUN"
                   and t.head.pos_ == "VERB" and t.lemma_.lower() in S.ATTITUDE_OBJECT_NOUNS]
    candidates += [("owned", t.idx, t) for t in tokens if t.pos_ == "NOUN" and t.lemma_.lower() in S.ATTITUDE_OWNED_NOUNS
                   and any(c.dep_ == "poss" for c in t.children)]
    candidates += [("stance", t.idx, t) for t in tokens if _stance_adjective(t) and (
        t.dep_ == "acomp" or any(c.dep_ in D.SUBJECT_DEPS for c in t.children))]
    return sorted(candidates, key=lambda c: c[1])


def _content_clause_noun(token) -> bool:
    """A noun that a "that" clause right after it spells out ("the notion that …", "evidence that
    …"), not a statement noun of the lexicon (read as "claim"), nor a fact or a likelihood of the
    writer's ("the fact that …", "the possibility that …")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in _STATEMENT_NOUNS or token.lemma_.lower() in S.NOT_CONTENT_CLAUSE_NOUNS:
        return False
    return any(c.dep_ == "acl" and c.left_edge.i == token.i + 1 and c.left_edge.lower_ == S.COMPLEMENTISER
               and c.left_edge.dep_ == "mark" for c in token.children)


def _stance_adjective(token) -> bool:
    """A word of stance ("confident that", "worried about"), or any adjective said of someone
    ("were eager to", "was upfront about"), but not one of likelihood or ability ("likely to")."""
    if token.lower_ in N.STANCE_ADJECTIVES or token.lower_ in S.ATTITUDE_ADJECTIVES and token.dep_ == "acomp":
        return True
    return (token.pos_ == "ADJ" and token.dep_ == "acomp" and token.lower_ not in N.NOT_STANCE_ADJECTIVES
            and someone(token.head) and _main_clause(token.head))


def _main_clause(verb) -> bool:
    """The verb heads its sentence, alone or in a coordination: what it says is the writer's own
    report, not part of what someone else is reported to say or why ("because they were scared")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def reported_statements(text: str, doc, quotes: list[Quote], speakers: Speakers, direct: list[StatementFinding],
                         labelled: list[StatementFinding], history: History) -> list[StatementFinding]:
    """Statements outside quotation marks, after the labelled lines, in the order of the text."""
    quoted = quote_index(quotes)
    direct = DirectStatements(direct)
    reported = list(labelled)
    covered = _Sweep([(f.quote_start, f.quote_end) for f in reported])
    cues = {f.cue_start for f in direct + reported}
    candidates = _candidates(doc)
    reports = {t.i: content_of(t) for kind, _, t in candidates if kind == "reported"}
    for kind, _, token in candidates:
        # The statements so far (`findings`) are listed only for a candidate that is read.
        if kind == "according":
            finding = according_to(text, token, speakers, direct + reported)
        elif kind == "hearsay":
            finding = None if quoted.inside(token.idx) else hearsay(text, token, direct + reported)
        elif kind == "in_source":
            finding = None if quoted.inside(token.idx) else in_source(text, token, speakers, direct + reported)
        elif kind == "partisan":
            finding = None if quoted.inside(token.idx) else partisan(text, token, speakers, direct + reported, history)
        elif kind in ("attitude", "owned"):
            read = attitude_object if kind == "attitude" else owned_attitude
            finding = None if quoted.inside(token.idx) else read(text, token, speakers, direct + reported, history)
        elif kind == "content_noun":
            # "Okoye has made the case that …", "floated the notion that …": held by the owner, the
            # one whose verb takes the noun, or (as no one's) by no one named
            finding = None if quoted.inside(token.idx) else claimed(
                text, token, speakers, direct + reported, history, broad_owner_of, {token.lemma_.lower()})
        elif kind in ("claim", "stance", "in_stance"):
            if quoted.inside(token.idx):
                continue
            read = claimed if kind == "claim" else stance if kind == "stance" else stance_phrase
            finding = read(text, token, speakers, direct + reported, history)
        else:
            if quoted.inside(token.idx) or (covered.holds(token.idx) or _inside_later_report(token, reports)) \
                    and not report_of_its_own(token):
                continue
            findings = SoFar(direct + reported, cues)
            finding = _reported(text, token, direct, speakers, findings, history, reports.get(token.i))
            if finding:
                for second in _second_statement(text, token, finding, direct, speakers, findings, history):
                    reported.append(second)
                    covered.add(second.quote_start, second.quote_end)
                    cues.add(second.cue_start)
        if finding and finding.cue_start not in cues:       # one cue, one statement ("address voters' worries about …")
            reported.append(finding)
            covered.add(finding.quote_start, finding.quote_end)
            cues.add(finding.cue_start)
            record(history, finding)
    return reported


def _inside_later_report(token, reports: dict) -> bool:
    """"[Many voters did not recognise themselves in it], Raddatz said": a cue inside what a
    later cue it hangs from reports is part of that report, as one after the cue is."""
    node = token
    while node.head.i != node.i:
        node = node.head
        content = reports.get(node.i) if node.i > token.i else None
        if content is not None and content.left_edge.i <= token.i <= content.right_edge.i:
            return True
    return False


class _Sweep:
    """Quotations [start, end) added as they are found, asked about in the order of the text:
    whether one holds the offset. Those that start by the offset wait in a heap by their end,
    and one that ends by it is dropped for good, as no later offset is inside it. An offset
    before the last one asked is answered by reading them all."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.every: list[tuple[int, int]] = []
        self.waiting: list[tuple[int, int]] = []      # (start, end), by start
        self.open: list[int] = []                     # ends of those started
        self.last: Optional[int] = None
        for a, b in spans:
            self.add(a, b)

    def add(self, start: int, end: int) -> None:
        self.every.append((start, end))
        heapq.heappush(self.waiting, (start, end))

    def holds(self, offset: int) -> bool:
        if self.last is not None and offset < self.last:
            return any(a <= offset < b for a, b in self.every)
        self.last = offset
        while self.waiting and self.waiting[0][0] <= offset:
            heapq.heappush(self.open, heapq.heappop(self.waiting)[1])
        while self.open and self.open[0] <= offset:
            heapq.heappop(self.open)
        return bool(self.open)


def _second_statement(text: str, cue, finding: StatementFinding, direct: list[StatementFinding],
                      speakers: Speakers, findings: list[StatementFinding], history: History) -> list[StatementFinding]:
    """"analysts said [the factors have contributed …], citing [the war]": the same speaker's
    second statement, cut from the first (which it shortens)."""
    participle = _trailing_participle(cue, finding)
    if participle is not None:
        finding.quote_end = _clause_end_before(text, finding.quote_start, participle.idx)
        finding.segments = [(finding.quote_start, finding.quote_end)]
    else:
        comp = content_of(cue)
        participle = _coordinated_cue(cue, comp) if comp is not None else None
        if participle is None or participle.idx < finding.quote_end:
            return _views_held_inside(text, cue, comp, finding, direct, speakers, findings, history)
    second = _reported(text, participle, direct, speakers, findings, history)
    if not second:
        return []
    second.speaker, second.speaker_text = finding.speaker, finding.speaker_text
    return [second]


def _views_held_inside(text: str, cue, comp, finding: StatementFinding, direct: list[StatementFinding],
                       speakers: Speakers, findings: list[StatementFinding], history: History) -> list[StatementFinding]:
    """The views held that a cue's report goes on with: read as the speaker's, for their events;
    inside the first one's words, they are no statement of their own (`_mark_nested`)."""
    if comp is None:
        return []
    held = []
    for verb in (t for t in _coordinated_verbs(cue, comp) if _view_held(t)
                 and finding.quote_start <= t.idx < finding.quote_end):
        second = _reported(text, verb, direct, speakers, findings, history)
        if second:
            second.speaker, second.speaker_text = finding.speaker, finding.speaker_text
            held.append(second)
    return held


def _with_closing_mark(text: str, start: int, end: int) -> int:
    """“deplorables” rather than “deplorables: a quotation opened in reported words is closed."""
    if curly_left_open(text[start:end]):
        close = re.match(r"[.,!?]?”", text[end:end + 2])
        if close:
            return end + close.end()
    return end


def _trailing_participle(cue, finding: StatementFinding):
    """A participle of speech closing what a cue reports, after a comma ("…, citing the war",
    "…, arguing that it was wrong"), which states something of its own."""
    for token in cue.doc[cue.i + 1:]:
        if token.idx >= finding.quote_end:
            return None
        if (token.tag_ == "VBG" and token.dep_ in D.DEPENDENT_VERB_DEPS and token.idx > finding.quote_start
                and _after_a_break(token) and token.head != cue
                and lemmas(token) & SAYING_VERBS
                and content_of(token) is not None):
            return token
    return None


def _after_a_break(token) -> bool:
    """A comma right before the word, a closing quotation mark between them or not ("…,” arguing that")."""
    k = token.i - 1
    while k > 0 and token.doc[k].is_quote:
        k -= 1
    return k >= 0 and token.doc[k].text == ","


def _clause_end_before(text: str, start: int, limit: int) -> int:
    end = limit
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return end


def _reported(text, cue, direct: list, speakers: Speakers, findings, history: History,
              comp=None) -> Optional[StatementFinding]:
    comp = comp if comp is not None else content_of(cue)
    if cue.lemma_.lower() not in _SAID_EVEN_AS_PURPOSE and cue.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == S.INFINITIVE_MARK for c in cue.children) and not (
            cue.dep_ in D.CLAUSE_SHARING_SUBJECT_DEPS and lemmas(cue.head) & S.SAYING_DONE_VERBS) and not any(
            c.dep_ == "nsubj" for c in cue.children) and not _said_in_infinitive(cue):
        # "meetings to decide if …": a decision not yet taken is nobody's statement; but an infinitive
        # with a subject of its own is a headline's future or a deed of someone ("Ferris to call for
        # a recount", "it is rare for a governor to campaign for a candidate").
        return None
    if _only_where_published(cue, comp):
        return None
    raised = raised_passive(cue) or unattributed_judgement(cue) is not None or appearance(cue) is not None
    span = _reported_span(cue, comp, raised)
    if span is None:
        return None
    start, end, gap = span
    first = comp.doc[comp.left_edge.i]
    if first.lower_ in S.WH_RELATIVE_PRONOUNS and first.idx == start and first.i < cue.i:
        start = cue.idx + len(cue) + 1                 # "which she said [were in her lap]"
    if (first.lower_ == S.COMPLEMENTISER or first.lower_ == S.DEMAND_PREPOSITION and first.dep_ == "mark") \
            and first.idx == start:
        start = first.idx + len(first) + 1         # "that …", "called for [X to …]"
    end = _before_next_cue(comp, cue, start, end)
    end = _before_contrasted_report(comp, cue, start, end)
    end = reported_end(text, start, end)
    end = _with_closing_mark(text, start, end)
    # An announced thing may be two words ("announces upcoming update"); a said clause is longer.
    # "endorsed Trump", "would vote for Clinton", "focused on him": someone named is what a stance is about.
    on_someone = comp.dep_ in D.NAMED_CONTENT_DEPS and comp.pos_ in ("PROPN", "PRON")
    if word_count(text[start:end]) < (1 if comp.dep_ == "nsubjpass" or on_someone or comp.lower_ in S.SAID_PROFORMS
                                  else 2 if comp.dep_ in D.OBJECT_CONTENT_DEPS or _clause_of_its_own(comp) else 3):
        return None
    # Already a direct statement: the complement is (mostly) its quotation ("Corbyn wrote: “I know …”").
    inside = sum(max(0, min(b, end) - max(a, start)) for f in near_direct(direct, start, end) for a, b in f.segments)
    if inside > 0.6 * (end - start):
        return None
    if (cue.idx in findings.cues) if isinstance(findings, SoFar) else any(f.cue_start == cue.idx for f in findings):
        return None
    # (a name inside the reported words is what was said about, never the speaker by nearness)
    # "Clinton seemed ready to …": how someone named seems is read of them, and annotators name
    # them as its source; an expectation or a judgement in the passive has none ("is expected
    # to"), nor how a thing or a group seems ("Trump's supporters seemed unperturbed").
    unnamed = raised_passive(cue) or unattributed_judgement(cue) is not None or comp == unattributed_passive(cue) or (
        appearance(cue) is not None and not _seen_of_someone_named(cue))
    speaker, speaker_text = speakers.resolve(cue, history, (start, end)) if not unnamed else (None, None)
    if speaker is None and cue.lemma_.lower() in N.STATING_OBJECT_VERBS and not is_cue(cue):
        return None           # "several reports have praised …": an act of record needs someone named
    segments = [(start, end)]
    if gap is not None and start < gap[0] < gap[1] < end:
        segments = [(start, gap[0]), (gap[1], end)]
    return StatementFinding(cue_start=cue.idx, cue_end=cue.idx + len(cue), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=addressee_of(cue, speakers, (start, end)),
                            speaker_text=speaker_text, cue_token=cue.i, segments=segments)


def _only_where_published(cue, comp) -> bool:
    """"was posted [on Facebook]", "posted [on its website]": where some words were put, not the words."""
    return (cue.lemma_.lower() in S.PUBLISHING_VERBS and comp.dep_ == "pobj"
            and comp.head.lower_ in S.PUBLISHED_PLACE_PREPOSITIONS and comp.head.head.i == cue.i)


def _said_in_infinitive(cue) -> bool:
    """"went on the radio to declare the race over", "the first pilot to endorse the levy", "free
    to back any plan": a cue in an infinitive telling why its subject did something, who they
    are or how they stand is said all the same; not a decision or a wish still to come ("met to
    decide if …")."""
    stance = cue.dep_ == "xcomp" and cue.head.pos_ in D.STANCE_INFINITIVE_HEAD_TAGS
    return (cue.dep_ in D.SAID_INFINITIVE_DEPS or stance) and is_cue(cue) and cue.lemma_.lower() not in S.UNDECIDED_VERBS


def _clause_of_its_own(comp) -> bool:
    """"said he would", "said they did": a clause said, with a subject of its own, whole in two words."""
    return (comp.dep_ == "ccomp" and comp.head.lemma_.lower() in N.COMMUNICATION_VERBS
            and any(c.dep_ in D.SUBJECT_DEPS for c in comp.children))


def _seen_of_someone_named(cue) -> bool:
    """The subject of a verb of seeming is a name or a personal pronoun ("Clinton seemed", "she appeared")."""
    subject = next((c for c in cue.children if c.dep_ in D.SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ in ("PROPN", "PRON") and subject.lower_ not in N.PRONOUNS_GROUP


def _coordinated_cue(cue, comp):
    """"He says the answer was to cap the fees and says he drafted a bill": a second
    cue of the same speaker that the parser hung inside what the first reports; None if none.
    A view or wish held ("said she would stay on but wants a smaller role") goes on with what
    the first reports: annotators count one statement. (Measured on PolNeAR train: a cue after
    "and"/"but" that follows another statement's words in its sentence had a gold of its own 326
    times and belonged to the first one's gold 64 times, for verbs of speech and of stance alike;
    consecutive quotations of one paragraph 77 to 17: both stay apart.)"""
    return next((t for t in _coordinated_verbs(cue, comp) if not _view_held(t)), None)


def _coordinated_verbs(cue, comp) -> list:
    """The verbs of saying or thinking joined, without a subject of their own, inside what a cue reports."""
    return [token for token in comp.subtree
            if token.i > cue.i and token.dep_ == "conj" and token.pos_ == "VERB" and token.head.i != cue.i
            and not any(c.dep_ in D.SUBJECT_DEPS for c in token.children)
            and (is_cue(token) or lemmas(token) & SAYING_VERBS) and content_of(token) is not None]


def _view_held(verb) -> bool:
    return verb.lemma_.lower() in N.HELD_VIEW_VERBS


def _before_next_cue(comp, cue, start: int, end: int) -> int:
    """Where what a cue reports ends when a coordinated cue follows inside it: before that cue's
    conjunction (the second statement is read on its own, `_second_statement`)."""
    second = _coordinated_cue(cue, comp)
    if second is None or not start < second.idx < end:
        return end
    k = second.left_edge.i - 1
    while k > comp.left_edge.i and (comp.doc[k].dep_ == "cc" or comp.doc[k].is_punct):
        k -= 1
    return min(end, comp.doc[k].idx + len(comp.doc[k]))


def _before_contrasted_report(comp, cue, start: int, end: int) -> int:
    """"Most said the levy was fair, while a third said it was not": what the first cue reports
    ends before the clause that sets a second speaker's report against it (read on its own), and
    before an aside that closes it ("said the levy doubled, which Ferro called a tax"). (Measured on
    PolNeAR train: such asides are their own gold attributions, outside the first one's words.)"""
    second = next((t for t in comp.subtree if t.i > cue.i and start < t.idx < end
                   and (contrasted_report(t) or aside_report(t) and _closes(t, comp))), None)
    if second is None:
        return end
    k = second.left_edge.i - 1
    while k > comp.left_edge.i and comp.doc[k].is_punct:
        k -= 1
    return min(end, comp.doc[k].idx + len(comp.doc[k]))


def _closes(clause, comp) -> bool:
    """Whether a clause runs to the end of what a cue reports ("said it passed the bill, which
    she called a sham" but not "said the bill, which she called a sham, would pass")."""
    last = comp.right_edge.i
    while last > clause.right_edge.i and comp.doc[last].is_punct:
        last -= 1
    return clause.right_edge.i >= last


def _reported_span(cue, comp, raised: bool) -> Optional[tuple[int, int, Optional[tuple[int, int]]]]:
    """(start, end, gap) of what a cue reports: its content and what belongs to it, the gap being
    the reporting part set inside it ("The plan, he said, would fail"); None if nothing is left."""
    start, end = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge)
    if raised:
        subject = next((c for c in cue.children if c.dep_ in D.SUBJECT_DEPS), None)
        if subject is not None and subject.i < cue.i:
            # "[Ruiz's signature] is expected [to come before the cutoff]", "[the governor] seemed [to be losing]"
            start = subject.left_edge.idx
    if comp.dep_ == "dobj":
        # "blasted the media for being dishonest", "described Mercer as a career insider":
        # the judgement follows the object.
        judgement = S.LIKENING_PREPOSITIONS if cue.lemma_.lower() in N.LIKENING_VERBS else \
            S.ACCUSING_PREPOSITIONS if cue.lemma_.lower() in N.ACCUSING_VERBS else \
            S.STANCE_GIVEN_PREPOSITIONS if comp.lemma_.lower() in S.STANCE_GIVEN_NOUNS else S.JUDGEMENT_PREPOSITIONS
        for prep in (c for c in cue.children if c.dep_ in D.PREPOSITION_AFTER_OBJECT_DEPS and c.lower_ in judgement
                     and c.i > comp.i):
            end = max(end, prep.right_edge.idx + len(prep.right_edge))
        if found_by_document(cue):
            # "A Quinlan poll showed [Mercer with a narrow lead]": what is found of the object follows it.
            for tail in (c for c in cue.children if c.dep_ in D.FINDING_TAIL_DEPS and c.i > comp.i):
                end = max(end, tail.right_edge.idx + len(tail.right_edge))
    if comp.dep_ in D.TOPIC_AFTER_CONTENT_DEPS:
        end = max(end, _topic_after(cue, comp))
    if comp.dep_ in D.PREPOSITION_OBJECT_DEPS:
        # "called for male contestants [to wear tighter shirts]": the infinitive is the demand.
        xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > comp.i), None)
        if xcomp is not None:
            end = max(end, xcomp.right_edge.idx + len(xcomp.right_edge))
    if comp.dep_ in D.OBJECT_PREDICATE_DEPS:
        # "called [half of Trump's supporters] deplorables", "urged [Republicans] to join …":
        # who was named or urged belongs to what was said.
        obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i), None)
        if obj is not None:
            start = obj.left_edge.idx
    if comp.lower_ in S.SAID_PROFORMS:
        # "said yes, after half said so": the word and what hangs on it up to a comma ("the same of Sanders").
        stop = next((t for t in comp.subtree if t.i > comp.i and t.is_punct), None)
        end = min(end, stop.idx) if stop is not None else end
        return comp.left_edge.idx, end, None
    if comp.dep_ == "nsubjpass" or raised:
        return start, end, None       # the passive's subject is the content as it stands
    if comp == cue.head or start < cue.idx:
        return _without_reporting_part(cue, comp)
    return start, end, None


def _topic_after(cue, comp) -> int:
    """Where the topic that follows what a cue names ends ("challenged Ferris [on the levy]",
    "delivered a speech [about the harbour]", "was questioned [about the dispute]"): the person
    or the speech named is rarely all that was said; 0 when no topic follows. A time is no topic
    ("challenged Ferris on Tuesday"), and it dates the saying, not what was said."""
    head = comp.head if comp.dep_ in D.PREPOSITION_OBJECT_DEPS else comp
    topics = [c for c in cue.children if c.dep_ == "prep" and c.i > head.i
              and c.lower_ in S.TOPIC_AFTER_CONTENT_PREPOSITIONS
              and any(o.dep_ in D.PREPOSITION_OBJECT_DEPS and o.ent_type_ not in S.TIME_ENTITY_LABELS for o in c.children)
              and not _clause_inside(c)]
    return max((c.right_edge.idx + len(c.right_edge) for c in topics), default=0)


def _clause_inside(prep) -> bool:
    """A verb in the phrase, other than its own gerund ("against buying bonds") or a participle as an
    adjective ("the broken timetable"): "with three in ten saying …", "on the speeches by Sanders,
    who cites them …" hold a report of their own."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in D.WORD_MODIFIER_DEPS
               and not (t.dep_ == "pcomp" and t.head.i == prep.i) for t in prep.subtree)


def _without_reporting_part(cue, comp) -> Optional[tuple[int, int, Optional[tuple[int, int]]]]:
    """"Y, Smith said." / "Y, he said, Z": the content is the clause without the reporting part."""
    if comp == cue.head:
        own = [t for t in comp.subtree if not (cue.left_edge.i <= t.i <= cue.right_edge.i)
               and not (t.i > cue.right_edge.i and comp.i < cue.i and t.dep_ == "punct")]
        own = sorted(own + _standing_pronoun(cue, own), key=lambda t: t.i)
    else:
        own = list(comp.subtree)
    own = [t for t in own if not t.is_punct or t.text in ("%", "$")]
    if not own:
        return None
    start, end = own[0].idx, own[-1].idx + len(own[-1])
    # "The plan, he said, would fail": the words around the reporting part, without it.
    cut = next((k for k in range(1, len(own)) if own[k].i - own[k - 1].i > 1
                and cue.left_edge.i < own[k].i and own[k - 1].i < cue.right_edge.i), None)
    gap = (own[cut - 1].idx + len(own[cut - 1]), own[cut].idx) if cut is not None else None
    return start, end, gap


def _standing_pronoun(cue, own: list) -> list:
    """"Mr. Ryan's trade bill, which he once backed": the relative pronoun that stands for the noun
    as the cue's object is where the clause names what was said (PolNeAR's annotators mark it as
    the content), so it joins the noun's words when only punctuation (a comma, a dash) lies between them."""
    pronoun = next((c for c in cue.children if c.dep_ in D.RELATIVE_CONTENT_DEPS and c.i < cue.i
                    and c.lower_ in S.RELATIVE_OBJECT_PRONOUNS), None)
    if pronoun is None:
        return []
    before = pronoun.i - 1
    while before >= 0 and pronoun.doc[before].is_punct:
        before -= 1
    return [pronoun] if any(t.i == before for t in own) else []
