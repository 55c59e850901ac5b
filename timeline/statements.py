"""Statements: who said what, with which cue, to whom.

Direct speech comes from a scan of quotation marks that knows the newspaper conventions: curly
and straight marks, a quote that runs over several paragraphs (each opens with a mark, only the
last closes), and a quote split by its cue ("X," he said, "Y"). Each quote finds its cue verb
in its own sentence (before the quote, then after it); the speaker is the cue's grammatical
subject, else the nearest actor, else, for a pronoun, the last speaker it can refer to. A
quote with no cue of its own that directly follows a statement continues that statement's
speaker. Reported speech ("JLM said it found it hard to believe ...") is a speech verb with a
clausal complement outside quotation marks.

The work is shared: `quotes` finds the quoted passages, `cues` reads the syntax of reporting
(which words are cues, what they report), `speakers` decides who speaks; this module puts them
together into findings. The scan's one state, who spoke where (a `History`, which a later "he
said" refers back to), is kept here and handed to the steps that read it.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from typing import Optional

from . import attribution
from .findings import ActorIndex, Role, StatementFinding
from .cues import (appearance, broad_content, content_of, found_by_document, is_attribution, is_cue, lemmas, quote_is_object, raised_passive,
                   contrasted_report, report_of_its_own, someone, unattributed_judgement, unattributed_passive)
from .lexicon import deps as D, news as N, speech as S
from .nlp import sentence_at
from .quotes import (DASH_SIGNATURE, MIN_QUOTE_WORDS, Quote, Quotes, adjacent, attached, embedded, find_quotes,
                     is_title)
from .speakers import History, Speakers


# Word classes joined once, not for every token.
_STATEMENT_NOUNS = N.SPEECH_NOUNS | N.UNOWNED_SPEECH_NOUNS
_SAYING_VERBS = N.SPEECH_VERBS | N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS
_SAID_EVEN_AS_PURPOSE = N.COMMUNICATION_VERBS | N.DISCUSSION_VERBS       # "met to discuss the test"
_STANCE_PREPOSITIONS = N.TOPIC_PREPOSITIONS | S.STANCE_EXTRA_PREPOSITIONS  # "angry with", "alarmed at"


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _shares_words(finding: StatementFinding, start: int, end: int) -> bool:
    """Whether the statement's words (its segments: not the reporting clause between two parts
    of a quote, "“X,” he said, referring to Y. “Z”") overlap [start, end)."""
    return any(a < end and start < b for a, b in finding.pieces)


def _record(history: History, finding: StatementFinding) -> None:
    """A statement with a speaker is what a later pronoun ("he added") can refer back to."""
    if finding.speaker:
        history.append((finding.cue_start, finding.speaker))


def extract_statements(text: str, spacy_doc, index: ActorIndex, roles: list[Role]) -> list[StatementFinding]:
    """The statements of a document: the rules' (`find_statements`), as a learned model reads
    them when one is configured (`attribution.revise`; with a model that asks for them, the
    broad candidates too)."""
    found, broad = find_statements(text, spacy_doc, index, roles, attribution.wants_broad(), attribution.wants_nominal())
    return attribution.revise(text, spacy_doc, index, found, broad)


def find_statements(text: str, spacy_doc, index: ActorIndex, roles: list[Role],
                    broad: bool = False, nominal: bool = False) -> tuple[list[StatementFinding], list[bool]]:
    """Direct quotes first, then reported speech that no direct quote already covers; a pronoun
    speaker ("he added") is the last speaker of a fitting kind named before it, in either. Who
    spoke where is the one state of the scan: `history`, kept here and handed to each step.
    With `broad`, also any predicate of someone with a complement the rules left (for a learned
    model to judge, never kept without one), each flagged True in the second list; with `nominal`
    too, the statements named by a noun the rules left ("the DNC's decision to …")."""
    quotes = Quotes(find_quotes(text))
    speakers = Speakers(text, spacy_doc, index, roles)
    history: History = []
    direct = _direct_statements(text, spacy_doc, quotes, speakers, history)
    labelled = _labelled_statements(text, speakers, direct, history)
    reported = _reported_statements(text, spacy_doc, quotes, speakers, direct, labelled, history)
    found = _mark_nested(spacy_doc, direct + reported)
    extra = _broad_statements(text, spacy_doc, quotes, speakers, found, history, nominal) if broad else []
    ordered = sorted([(f, False) for f in found] + [(f, True) for f in extra],
                     key=lambda p: (p[0].cue_start, p[0].quote_start, p[1]))
    return [f for f, _ in ordered], [b for _, b in ordered]


def _inside_words_of(inner: StatementFinding, outer: StatementFinding) -> bool:
    """`inner`'s cue and words both inside `outer`'s reported words, and no longer than them.
    Inside a quotation they are the speaker's own report ("I have always said …"), kept."""
    if inner.cue_start == outer.cue_start or outer.direct:
        return False
    spans, inner_spans = outer.pieces, inner.pieces
    if sum(e - s for s, e in inner_spans) > sum(e - s for s, e in spans):
        return False
    return (any(s <= inner.cue_start < e for s, e in spans)
            and all(any(s <= a and b <= e for s, e in spans) for a, b in inner_spans))


def _mark_nested(doc, found: list[StatementFinding]) -> list[StatementFinding]:
    """A statement read inside the words of another is part of that one ("One volunteer offered
    to shelter them, Marlow said": one statement, not two), unless it is a report of its own in
    a relative clause ("the plan, which she said was fair"), which annotators count apart. The
    scan of reported speech skips cues inside the statements found before; this marks those
    whose words are found only later, when a cue after them takes them in (`inside_another`:
    still an event of the story, no longer a statement)."""
    def nested(f: StatementFinding) -> bool:
        if f.cue_token is not None and report_of_its_own(doc[f.cue_token]):
            return False
        return any(g is not f and not g.inside_another and _inside_words_of(f, g) for g in found)
    for finding in found:
        finding.inside_another = nested(finding)
    return found


def _broad_statements(text: str, doc, quotes: list[Quote], speakers: Speakers, found: list[StatementFinding],
                      history: History, nominal: bool = False) -> list[StatementFinding]:
    """Candidates for a learned model: every verb of someone, not a cue of the rules, with a
    complement ("rooted for the Eagles"), and the rules' cues their coverage skipped (a
    statement inside another's words). Read with the history as it stands; none is recorded."""
    quoted = _quotes(quotes)
    cues = {f.cue_start for f in found}
    direct = _Direct([f for f in found if f.direct])
    extra: list[StatementFinding] = []
    for token in doc:
        if token.idx in cues or quoted.inside(token.idx):
            continue
        if nominal and token.pos_ == "NOUN" and token.lemma_.lower() in N.BROAD_STATEMENT_NOUNS:
            finding = _claimed(text, token, speakers, direct, history, _broad_owner_of, N.BROAD_STATEMENT_NOUNS)
            extra += [finding] if finding else []
            continue
        if token.pos_ != "VERB":
            continue
        comp = content_of(token) if is_attribution(token) else None
        comp = comp if comp is not None else broad_content(token)
        if comp is None:
            continue
        finding = _reported(text, token, direct, speakers, _SoFar(found, cues), history, comp)
        if finding:
            extra.append(finding)
    return extra


def _direct_statements(text: str, doc, quotes: list[Quote], speakers: Speakers,
                       history: History) -> list[StatementFinding]:
    """The quotations that are statements, in the order of the text, with the statements their
    speakers report inside them."""
    used: set[int] = set()
    direct: list[StatementFinding] = []
    last: Optional[StatementFinding] = None
    for q in quotes:
        if id(q) in used:
            continue
        finding = _direct(text, doc, q, quotes, speakers, used, last, history)
        if finding and last is not None and finding.cue_start == last.cue_start and finding.quote_start >= last.quote_end:
            # A quotation standing alone after a statement continues it: one statement over
            # several paragraphs, as a reader (and the annotators) count it.
            last.segments = last.segments + finding.segments
            last.quote_end = finding.quote_end
            continue
        if finding:
            direct.append(finding)
            last = finding
            if finding.speaker:
                _record(history, finding)
                direct += _said_inside(text, doc, finding)
    return direct


def _labelled_statements(text: str, speakers: Speakers, direct: list[StatementFinding],
                         history: History) -> list[StatementFinding]:
    found = []
    for m in _LABELLED_LINE.finditer(text):
        finding = _labelled(text, m, speakers, direct)
        if finding:
            found.append(finding)
            _record(history, finding)
    return found


def _candidates(doc) -> list:
    """Words that may open a statement outside quotation marks, as (kind, offset, token) in the
    order of the text: attributions, "according to", statement nouns, stance adjectives."""
    according, to = S.ACCORDING_TO
    candidates = [("reported", t.idx, t) for t in doc if is_attribution(t) and content_of(t) is not None]
    candidates += [("according", t.idx, t) for t in doc
                   if t.lower_ == according and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == to]
    candidates += [("in_source", t.idx, t) for t in doc if t.lower_ == S.IN_SOURCE_PREPOSITION and t.dep_ == "prep"
                   and _clause_of(t) is not None and any(c.dep_ == "pobj" and c.lemma_.lower() in S.IN_SOURCE_NOUNS
                                                         for c in t.children)]
    candidates += [("hearsay", t.idx, t) for t in doc if t.lower_ in S.HEARSAY_ADVERBS and t.dep_ == "advmod"
                   and t.head.pos_ in ("VERB", "AUX")]
    candidates += [("claim", t.idx, t) for t in doc if t.pos_ == "NOUN"
                   and t.lemma_.lower() in _STATEMENT_NOUNS]
    candidates += [("content_noun", t.idx, t) for t in doc if _content_clause_noun(t)]
    candidates += [("in_stance", t.idx, t) for t in doc if t.lower_ in S.STANCE_PHRASE_NOUNS and t.dep_ == "pobj"
                   and t.head.lower_ == S.STANCE_PHRASE_PREPOSITION and t.head.head.pos_ in ("VERB", "AUX")]
    candidates += [("partisan", t.idx, t) for t in doc if t.lemma_.lower() in N.PARTISAN_NOUNS
                   and t.dep_ == "attr" and t.head.pos_ in ("VERB", "AUX")]
    candidates += [("attitude", t.idx, t) for t in doc if t.dep_ == "dobj" and t.pos_ == "NOUN"
                   and t.head.pos_ == "VERB" and t.lemma_.lower() in S.ATTITUDE_OBJECT_NOUNS]
    candidates += [("owned", t.idx, t) for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in S.ATTITUDE_OWNED_NOUNS
                   and any(c.dep_ == "poss" for c in t.children)]
    candidates += [("stance", t.idx, t) for t in doc if _stance_adjective(t) and (
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


def _reported_statements(text: str, doc, quotes: list[Quote], speakers: Speakers, direct: list[StatementFinding],
                         labelled: list[StatementFinding], history: History) -> list[StatementFinding]:
    """Statements outside quotation marks, after the labelled lines, in the order of the text."""
    quoted = _quotes(quotes)
    direct = _Direct(direct)
    reported = list(labelled)
    covered = _Sweep([(f.quote_start, f.quote_end) for f in reported])
    cues = {f.cue_start for f in direct + reported}
    candidates = _candidates(doc)
    reports = {t.i: content_of(t) for kind, _, t in candidates if kind == "reported"}
    for kind, _, token in candidates:
        # The statements so far (`findings`) are listed only for a candidate that is read.
        if kind == "according":
            finding = _according_to(text, token, speakers, direct + reported)
        elif kind == "hearsay":
            finding = None if quoted.inside(token.idx) else _hearsay(text, token, direct + reported)
        elif kind == "in_source":
            finding = None if quoted.inside(token.idx) else _in_source(text, token, speakers, direct + reported)
        elif kind == "partisan":
            finding = None if quoted.inside(token.idx) else _partisan(text, token, speakers, direct + reported, history)
        elif kind in ("attitude", "owned"):
            read = _attitude_object if kind == "attitude" else _owned_attitude
            finding = None if quoted.inside(token.idx) else read(text, token, speakers, direct + reported, history)
        elif kind == "content_noun":
            # "Okoye has made the case that …", "floated the notion that …": held by the owner, the
            # one whose verb takes the noun, or (as no one's) by no one named
            finding = None if quoted.inside(token.idx) else _claimed(
                text, token, speakers, direct + reported, history, _broad_owner_of, {token.lemma_.lower()})
        elif kind in ("claim", "stance", "in_stance"):
            if quoted.inside(token.idx):
                continue
            read = _claimed if kind == "claim" else _stance if kind == "stance" else _stance_phrase
            finding = read(text, token, speakers, direct + reported, history)
        else:
            if quoted.inside(token.idx) or (covered.holds(token.idx) or _inside_later_report(token, reports)) \
                    and not report_of_its_own(token):
                continue
            findings = _SoFar(direct + reported, cues)
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
            _record(history, finding)
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


class _SoFar(list):
    """The statements found so far, with the set of their cues' offsets (kept up to date by the
    caller, and only read while the list is): "is there one at this cue" without a scan."""

    def __init__(self, findings: list[StatementFinding], cues: set[int]):
        super().__init__(findings)
        self.cues = cues


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


def _direct(text, doc, q: Quote, quotes: list[Quote], speakers: Speakers, used: set,
            last: Optional[StatementFinding], history: History) -> Optional[StatementFinding]:
    used.add(id(q))
    lead_start = _lead_start(text, doc, q)
    cue = _cue_before(text, doc, q, quotes, lead_start)
    # Otherwise the cue after it: "…,” he said. / “…,” said X, “…”
    if cue is None:
        cue = _cue_after(text, doc, q, quotes)
    spoken = cue is not None and cue.idx < q.start and quote_is_object(text, doc, q, cue)
    short = _words(text[q.start:q.end]) < MIN_QUOTE_WORDS and len(q.segments) == 1 and not spoken
    if embedded(text, q) and not (cue is not None and cue.idx > q.end) and not spoken:
        return None                              # a phrase quoted inside someone else's sentence
    if cue is None:
        return _uncued(text, doc, q, speakers, last, short, history)
    cue = _statement_cue(text, doc, q, cue, short, spoken)
    if cue is None:
        return None
    speaker, speaker_text = speakers.resolve(cue, history, (q.start, q.end))
    addressee = _addressee(cue, speakers)
    if cue.lemma_.lower() not in N.COMMUNICATION_VERBS:
        # "Mann agreed … - “I conclude that …”": the quote names its own act of speech, a
        # better cue than the attitude introducing it.
        opening = _first_person_cue(doc, q.start, min(q.end, q.start + 25))
        if opening is not None and is_cue(opening[1]):
            cue = opening[1]
    segments = _joined_segments(text, doc, q, quotes, cue, used)
    return StatementFinding(cue_start=cue.idx, cue_end=cue.idx + len(cue), quote_start=segments[0][0],
                            quote_end=segments[-1][1], direct=True, speaker=speaker, addressee=addressee,
                            speaker_text=speaker_text, cue_token=cue.i, segments=segments)


# A sentence's end just before a quotation's opening mark (the mark itself excluded).
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’']*\s*(?:''|``|[“\"'])?$")


def _lead_start(text: str, doc, q: Quote) -> int:
    """Where the lead-in to a quote starts: its sentence or paragraph, or the paragraph before."""
    sent = sentence_at(doc, max(0, q.start - 1)) or sentence_at(doc, q.start)
    para_start = text.rfind("\n", 0, q.start) + 1
    # The cue before the quote: "X said:", "X told Y:", within the quote's sentence or paragraph lead-in.
    lead_start = max(para_start, sent.start_char if sent is not None else para_start)
    if _ENDS_SENTENCE.search(text, lead_start, max(lead_start, q.start - 1)):
        # "… bound to annoy many farmers. ''Well, what a clever plan,'' she said": the parser
        # ended the sentence after the opening mark; what comes before it is no lead-in.
        return q.start
    if not text[para_start:q.start - 1].strip():
        # "He said:\n\n“We have a problem …”": the lead-in is the paragraph before, ending in a colon.
        window = max(0, para_start - 200)
        previous = text[window:para_start].rstrip()
        if previous.endswith(":") and "\n" in previous:
            lead_start = window + previous.rfind("\n") + 1
    return lead_start


def _cue_before(text: str, doc, q: Quote, quotes: list[Quote], lead_start: int):
    """The cue in the lead-in to a quote, the nearest first; None when there is none."""
    if text[lead_start:q.start - 1].strip():
        for token in reversed(doc.char_span(lead_start, q.start - 1, alignment_mode="contract") or []):
            if is_cue(token) and not _quotes(quotes).inside(token.idx):
                return token
    if text[lead_start:q.start - 1].rstrip().endswith(":"):
        # "Lund made the following comment:\n\n“For young workers …”": the lead-in's own verb,
        # when someone is its subject.
        lead = doc.char_span(lead_start, q.start - 1, alignment_mode="contract")
        verb = next((t for t in reversed(lead) if t.pos_ == "VERB" and t.dep_ == "ROOT"), None) if lead else None
        if verb is not None and someone(verb):
            return verb
    return None


def _cue_after(text: str, doc, q: Quote, quotes: list[Quote]):
    """The cue after a quote, in its paragraph and sentence, before any other quote; none after
    a quote that ends its sentence with a full stop (“… the bully.” He said, twice, that …)."""
    if text[q.end - 1:q.end] == ".":
        return None
    para_end = text.find("\n", q.end)
    para_end = len(text) if para_end < 0 else para_end
    trail = doc.char_span(q.end + 1, min(para_end, q.end + 120), alignment_mode="contract")
    if trail is None:
        return None
    for token in trail:
        if token.text in ".!?" and token.i > trail.start:
            return None
        if _quotes(quotes).inside(token.idx):
            return None
        if is_cue(token):
            if not any(quote_is_object(text, doc, other, token) for other in _objects_near(text, token, quotes)):
                return token     # not "a nurse had written “acute distress.”": that cue has its own
            return None
    return None


def _quotes(quotes: list[Quote]) -> Quotes:
    return quotes if isinstance(quotes, Quotes) else Quotes(quotes)


_OPENING = re.compile(r"\s*")


def _objects_near(text: str, cue, quotes: list[Quote]) -> list[Quote]:
    """The quotes after the cue that could be its object: only spaces and an opening mark (two
    characters at most) stand between them (`quote_is_object`), so only those are read."""
    after = _OPENING.match(text, cue.idx + len(cue)).end()
    return _quotes(quotes).starting_in(cue.idx + 1, after + 3)


# "Bemoaning the “rigged contest,” Ferris accused …": a noun quoted after a determiner.
_QUOTED_NOUN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in S.QUOTED_NOUN_DETERMINERS) + r")\s+[“\"]$")


def _statement_cue(text: str, doc, q: Quote, cue, short: bool, spoken: bool):
    """The cue of a quote that is a statement; None for a scare quote or a quoted name."""
    if short and not attached(text, q, cue):
        return None                              # a scare quote, not a statement
    if short and _QUOTED_NOUN.search(text[max(0, q.start - 14):q.start]):
        # "Bemoaning the “rigged contest,” Ferris accused …": a noun quoted, said only by the verb
        # whose object it is.
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or root.dep_ != "dobj" or not lemmas(root.head) & _SAYING_VERBS:
            return None
        cue = root.head
    if is_title(text[q.start:q.end]) and not spoken and not re.search(r"[:,]\s*[“\"]$", text[max(0, q.start - 3):q.start]):
        return None                              # “Fox News Sunday,” “Face the Nation”: a name, not words said
    return cue


def _uncued(text: str, doc, q: Quote, speakers: Speakers, last: Optional[StatementFinding], short: bool,
            history: History) -> Optional[StatementFinding]:
    """A quote with no cue: a continuation, a signed quote, or one naming its own act of speech."""
    # A quote standing alone right after a statement continues it (same speaker).
    if last is not None and not short and adjacent(text, last.quote_end, q.start):
        return StatementFinding(cue_start=last.cue_start, cue_end=last.cue_end, quote_start=q.start, quote_end=q.end,
                                direct=True, speaker=last.speaker, addressee=last.addressee,
                                speaker_text=last.speaker_text, cue_token=last.cue_token, segments=list(q.segments))
    # "“Maybe we can put a fence around Martin Ferris.” ― Paul Verity": a quote signed
    # with a dash, as readers' replies, epigraphs and pull quotes are.
    signed = DASH_SIGNATURE.match(text, q.end, min(len(text), q.end + 80))
    if signed is not None and not short:
        s, e = signed.span("name")
        speaker = speakers.actor_in(s, e) or speakers.by_name(s, e)
        d = signed.start("dash")
        return StatementFinding(cue_start=d, cue_end=d + 1, quote_start=q.start, quote_end=q.end, direct=True,
                                speaker=speaker, addressee=None, speaker_text=text[s:e], cue_token=None,
                                segments=list(q.segments))
    # "Mr Justice Mann agreed - “I conclude that …”": the quote names its own act; the
    # speaker is the one the text was just about.
    opening = _first_person_cue(doc, q.start, min(q.end, q.start + 40))
    if opening is not None and not short:
        pronoun, verb = opening
        kinds = ("PERSON",) if pronoun in S.FIRST_PERSON_SINGULAR else ("ORG", "GPE", "PERSON")
        speaker = speakers.last(kinds, q.start, history)
        if speaker is not None:
            return StatementFinding(cue_start=verb.idx, cue_end=verb.idx + len(verb), quote_start=q.start,
                                    quote_end=q.end, direct=True, speaker=speaker, addressee=None,
                                    speaker_text=None, cue_token=verb.i, segments=list(q.segments))
    return None


# "X," he said, "Y" / "X," said Jo Lund, a farmer. "Y": the reporting clause between two quotes
# of one statement (no quotation mark in it; at most one paragraph break after it).
_SPLIT_QUOTE = re.compile(r"[,.!?…]?(?:[”\"’]|'')\s*,?\s*(?:(?!''|``)[^“\"”\n]){1,250}?[,:.!?]\s*(?:[“\"]|``|'')")


def _joined_segments(text: str, doc, q: Quote, quotes: list[Quote], cue, used: set) -> list[tuple[int, int]]:
    """The quote's segments, with the next quote's when only the cue's clause stands between
    them ("X," he said, "Y" / "X," she said. "Y"); not when that clause says more in a second
    cue ("X," he said, adding: "Y") nor when the next quote has a cue of its own ("Y," he added)."""
    segments = list(q.segments)
    other = next((o for o in quotes if o.start > q.end and id(o) not in used), None)
    if other is None or not q.end < cue.idx < other.start:
        return segments
    between = text[q.end:other.start]
    if between.count("\n") > 2 or not _SPLIT_QUOTE.fullmatch(between):
        return segments
    span = doc.char_span(q.end, other.start, alignment_mode="contract") or []
    if any(t.i != cue.i and _second_cue(t, cue) for t in span) or _cue_after(text, doc, other, quotes) is not None:
        return segments
    used.add(id(other))
    return segments + list(other.segments)


def _second_cue(token, cue) -> bool:
    """A verb of saying in the reporting clause that is not the cue's nor a description of the
    speaker ("said Lund, who thinks …"): "adding", "before adding", "and her husband cut in"."""
    if not (is_cue(token) or token.pos_ == "VERB" and lemmas(token) & _SAYING_VERBS):
        return False
    node = token
    while node.i != node.head.i and node.i != cue.i:
        if node.dep_ in D.APPOSITION_OR_CLAUSE_DEPS:
            return False
        node = node.head
    return True


def _first_person_cue(doc, start: int, end: int):
    """("i"|"we", verb) for a speech or attribution verb whose subject is I or we, between
    start and end ("I conclude that …", "I have always said …"); else None."""
    span = doc.char_span(start, end, alignment_mode="contract")
    for token in span or []:
        if token.lower_ in S.FIRST_PERSON_PRONOUNS and token.dep_ in D.SUBJECT_DEPS:
            verb = token.head
            if verb.idx < end and is_attribution(verb) and content_of(verb) is not None:
                return token.lower_, verb
    return None


def _said_inside(text: str, doc, outer: StatementFinding) -> list[StatementFinding]:
    """"I have always said if the moment ever arrived …", opening Calder's letter: an earlier
    statement the speaker reports having made, nested in the quote and credited to them. One
    further into the quotation ("… and I said he would") is part of what the quote tells."""
    found = []
    for a, b in outer.segments:
        span = doc.char_span(a, b, alignment_mode="contract")
        for token in span or []:
            if token.lower_ not in S.FIRST_PERSON_PRONOUNS or token.dep_ != "nsubj":
                continue
            verb = token.head
            if not _opens(verb, span):
                continue
            if not (a <= verb.idx < b) or verb.idx == outer.cue_start or not is_cue(verb):
                continue
            if verb.lemma_.lower() not in N.COMMUNICATION_VERBS or verb.tag_ not in ("VBD", "VBN"):
                continue      # "I think …" is the quote itself; "I told them …" an earlier statement
            comp = content_of(verb)
            if comp is None or comp.dep_ != "ccomp":
                continue
            c_start, c_end = comp.left_edge.idx, min(b, comp.right_edge.idx + len(comp.right_edge))
            if _words(text[c_start:c_end]) < 3:
                continue
            found.append(StatementFinding(cue_start=verb.idx, cue_end=verb.idx + len(verb), quote_start=c_start,
                                          quote_end=c_end, direct=True, speaker=outer.speaker, addressee=None,
                                          speaker_text=outer.speaker_text, cue_token=verb.i,
                                          segments=[(c_start, c_end)]))
    return found


def _opens(verb, span) -> bool:
    """The verb's clause is the first words of the span, bar quotation marks."""
    first = next((t for t in span if not (t.is_quote or t.is_punct)), None)
    return first is not None and verb.left_edge.i <= first.i


def _addressee(cue, speakers: Speakers) -> Optional[str]:
    if cue.lemma_.lower() not in N.ADDRESSEE_VERBS and cue.lemma_.lower() not in S.TO_ADDRESSEE_VERBS:
        return None
    for child in cue.children:
        if child.dep_ in D.ADDRESSEE_DEPS or (child.dep_ == "prep" and child.text.lower() == S.ADDRESSEE_PREPOSITION):
            node = child
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                node = objs[0]
            s, e = node.left_edge.idx, node.right_edge.idx + len(node.right_edge)
            actor = speakers.actor_in(s, e)
            if actor:
                return actor
    return None


# "MOLINA: Well, look, ..." (a transcript) and "Molina: Rivals won't be at the forum" (a headline).
_LABELLED_LINE = re.compile(r"(?m)^[\"“]?(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):[ \t]+(?P<content>\S[^\n]*)")


def _labelled(text, m: re.Match, speakers: Speakers, direct: list) -> Optional[StatementFinding]:
    label = m["label"]
    if label.lower() in N.LABELS_NOT_SPEAKERS or label.lower() in N.KICKERS or len(re.findall(r"\w+", m["content"])) < 3:
        return None
    start, end = m.start("content"), m.end("content")
    while end > start and text[end - 1] in " \t\"”":
        end -= 1
    if any(_shares_words(f, start, end) for f in direct):
        return None
    s, e = m.start("label"), m.end("label")
    speaker = speakers.actor_in(s, e) or speakers.by_name(s, e)
    colon = m.end("label")
    # A transcript's speaker is set in capitals, and its words are verbatim.
    return StatementFinding(cue_start=colon, cue_end=colon + 1, quote_start=start, quote_end=end,
                            direct=label.isupper(), speaker=speaker, addressee=None, speaker_text=label,
                            cue_token=None, segments=[(start, end)])


def _according_to(text, according, speakers: Speakers, findings) -> Optional[StatementFinding]:
    """"According to X, Y" and "Y, according to X": X says Y."""
    to = according.doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None) or next(
        (c for c in according.children if c.dep_ == "pobj"), None)
    sent = according.sent
    phrase_end = (source.right_edge.i if source is not None else to.i) + 1
    content = [t for t in sent if not (according.i <= t.i < phrase_end) and not t.is_space]
    while content and content[0].is_punct:
        content.pop(0)
    while content and content[-1].is_punct:
        content.pop()
    if content and content[0].lower_ in S.BACKWARD_POINTERS and sent.start > 0 and len(content) <= 2 \
            and content[-1].i < according.i:
        # "That's according to first counts of the ballots": what the sentence before said.
        content = [t for t in according.doc[sent.start - 1].sent if not t.is_space and not t.is_punct]
    if len(content) < 3:
        return None
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    if any(_shares_words(f, start, end) for f in findings):
        return None
    speaker, speaker_text = None, None
    if source is not None:
        s, e = source.left_edge.idx, source.right_edge.idx + len(source.right_edge)
        speaker, speaker_text = speakers.actor_in(s, e), text[s:e]
    return StatementFinding(cue_start=according.idx, cue_end=to.idx + len(to), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                            cue_token=according.i, segments=[(start, end)])


def _clause_of(prep):
    """The verb whose clause an "in" phrase belongs to: its head, or the verb of the object it
    hangs from ("has a lead [in the polls]"); None if neither."""
    head = prep.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ in D.OBJECT_OR_ATTRIBUTE_DEPS:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _in_source(text, prep, speakers: Speakers, findings) -> Optional[StatementFinding]:
    """"In a KTV News poll, she led Mr. Lund 51 to 37", "Ferris has a lead in the polls": the
    poll, statement or speech says the clause the phrase belongs to. Not when the clause's verb
    is a cue of its own ("said in a statement that …": that verb's statement)."""
    verb = _clause_of(prep)
    if is_attribution(verb):
        return None
    source = next(c for c in prep.children if c.dep_ == "pobj")
    content = [t for t in verb.subtree if not (prep.left_edge.i <= t.i <= prep.right_edge.i) and not t.is_space]
    while content and content[0].is_punct:
        content.pop(0)
    while content and content[-1].is_punct:
        content.pop()
    if len(content) < 3 or not any(c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children):
        return None
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    if any(_shares_words(f, start, end) for f in findings):
        return None
    s, e = source.left_edge.idx, source.right_edge.idx + len(source.right_edge)
    speaker = speakers.actor_in(s, e)
    if speaker is None and any(t.dep_ == "poss" or t.pos_ == "PROPN" for t in source.subtree):
        return None                   # "in his statement", "in a Fox poll": someone's, whom we cannot name
    return StatementFinding(cue_start=prep.idx, cue_end=prep.idx + len(prep), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=text[s:e],
                            cue_token=prep.i, segments=[(start, end)])


def _hearsay(text, adverb, findings) -> Optional[StatementFinding]:
    """"The Taxpayers Alliance is reportedly spending $2.5 million": the clause the adverb qualifies
    is what someone left unnamed reports."""
    verb = adverb.head
    if not any(c.dep_ in D.SUBJECT_OR_EXPLETIVE_DEPS for c in verb.children):
        return None
    content = [t for t in verb.subtree if not t.is_space]
    while content and content[-1].is_punct:
        content.pop()
    if len(content) < 3:
        return None
    start, end = content[0].idx, _reported_end(text, content[0].idx, content[-1].idx + len(content[-1]))
    if any(_shares_words(f, start, end) for f in findings):
        return None
    return StatementFinding(cue_start=adverb.idx, cue_end=adverb.idx + len(adverb), quote_start=start, quote_end=end,
                            direct=False, speaker=None, addressee=None, speaker_text=None,
                            cue_token=adverb.i, segments=[(start, end)])


# The end of a sentence inside reported words: a full stop not after an abbreviation or an
# initial ("Mrs. Clinton's proposal", "the U.S. economy"), or a line break.
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])" + "".join(r"(?<!\b" + a + ")" for a in S.ABBREVIATIONS)
                            + r"[.!?][”\"]?\s|\n")


def _reported_end(text: str, start: int, end: int) -> int:
    """Where reported words starting at `start` end: at `end`, or at a sentence's end before it,
    without the punctuation that trails them."""
    stop = _SENTENCE_STOP.search(text, start, end)
    if stop:
        end = stop.start()
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return end


def _with_closing_mark(text: str, start: int, end: int) -> int:
    """“deplorables” rather than “deplorables: a quotation opened in reported words is closed."""
    words = text[start:end]
    if words.count("“") > words.count("”"):
        close = re.match(r"[.,!?]?”", text[end:end + 2])
        if close:
            return end + close.end()
    return end


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


def _broad_owner_of(noun):
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


def _claimed(text, noun, speakers: Speakers, findings, history: History, owner_of=_owner_of,
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
    end = clause.right_edge.idx + len(clause.right_edge)
    end = _reported_end(text, start, end)
    named_person = owner is not None and clause.pos_ in ("PROPN", "PRON")
    if _words(text[start:end]) < (1 if named_person else 2 if clause.dep_ in D.PREPOSITION_OBJECT_DEPS else 3) or any(
            _shares_words(f, start, end) for f in findings):
        return None
    if owner is None:
        return StatementFinding(cue_start=noun.idx, cue_end=noun.idx + len(noun), quote_start=start, quote_end=end,
                                direct=False, speaker=None, addressee=None, speaker_text=None, cue_token=noun.i,
                                segments=[(start, end)])
    return _owned(text, noun, owner, (start, end), speakers, history)


def _owned(text, noun, owner, content: tuple[int, int], speakers: Speakers, history: History) -> StatementFinding:
    """The statement or stance a noun names, held by its owner ("his", "Trump's", "by Ford")."""
    s, e = owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)
    if owner.lower_ in S.PERSON_POSSESSIVES:
        speaker = speakers.last(("PERSON",), noun.idx, history)
    elif owner.lower_ in S.GROUP_POSSESSIVES:
        speaker = speakers.last(("ORG", "GPE", "PERSON"), noun.idx, history)
    else:
        speaker = speakers.actor_in(s, e) or speakers.by_name(s, e)
    start, end = content
    return StatementFinding(cue_start=noun.idx, cue_end=noun.idx + len(noun), quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=text[s:e], cue_token=noun.i,
                            segments=[(start, end)])


def _owned_attitude(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"his critique of the levy", "Dunmore's embrace of the plan", "her commitment to the harbour": an
    attitude its owner holds, about what the noun's preposition brings in."""
    owner = next(c for c in noun.children if c.dep_ == "poss")
    _, content = _preposition_object(noun, S.ATTITUDE_OWNED_NOUNS[noun.lemma_.lower()])
    if content is None or content.ent_type_ in S.TIME_ENTITY_LABELS:
        return None
    start = content.left_edge.idx
    end = _reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    if end <= start or any(_shares_words(f, start, end) for f in findings):
        return None
    return _owned(text, noun, owner, (start, end), speakers, history)


def _stance(text, adjective, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
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
    end = _reported_end(text, start, end)
    named_person = content.pos_ in ("PROPN", "PRON") and content.dep_ == "pobj"      # "has been critical of Trump"
    # what a stance is towards may be two words ("furious at the company"); a clause is longer
    least = 1 if named_person else 2 if content.dep_ in D.PREPOSITION_OBJECT_DEPS else 3
    if _words(text[start:end]) < least or any(_shares_words(f, start, end) for f in findings):
        return None
    speaker, speaker_text = speakers.resolve(verb, history)
    if speaker is None and adjective.lower_ not in N.STANCE_ADJECTIVES:
        return None           # "no one is eager to …": a state of someone unnamed is no one's stance
    return StatementFinding(cue_start=adjective.idx, cue_end=adjective.idx + len(adjective), quote_start=start,
                            quote_end=end, direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                            cue_token=adjective.i, segments=[(start, end)])


def _stance_phrase(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
    """"The council voted in favor of the plan", "she spoke in support of the strikers": a stance
    told by a phrase of the clause, its speaker the clause's subject (named), its content what
    the phrase is for."""
    prep, content = _preposition_object(noun, S.STANCE_PHRASE_OBJECT_PREPOSITIONS)
    if content is None:
        return None
    start = content.left_edge.idx
    end = _reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    return _held_by_subject(noun.head.head, (noun.head.idx, prep.idx + len(prep)), noun, (start, end),
                            speakers, findings, history)


def _partisan(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
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
        end = _reported_end(text, start, content.right_edge.idx + len(content.right_edge))
    return _held_by_subject(noun.head, (noun.idx, noun.idx + len(noun)), noun, (start, end), speakers, findings, history)


def _attitude_object(text, noun, speakers: Speakers, findings, history: History) -> Optional[StatementFinding]:
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
    end = _reported_end(text, start, content.right_edge.idx + len(content.right_edge))
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
    if end <= start or any(_shares_words(f, start, end) for f in findings):
        return None
    speaker, speaker_text = speakers.resolve(verb, history)
    if speaker is None and not (people_too and someone(verb)):
        return None
    return StatementFinding(cue_start=cue[0], cue_end=cue[1], quote_start=start, quote_end=end,
                            direct=False, speaker=speaker, addressee=None, speaker_text=speaker_text,
                            cue_token=cue_token.i, segments=[(start, end)])


def _trailing_participle(cue, finding: StatementFinding):
    """A participle of speech closing what a cue reports, after a comma ("…, citing the war",
    "…, arguing that it was wrong"), which states something of its own."""
    for token in cue.doc[cue.i + 1:]:
        if token.idx >= finding.quote_end:
            return None
        if (token.tag_ == "VBG" and token.dep_ in D.DEPENDENT_VERB_DEPS and token.idx > finding.quote_start
                and _after_a_break(token) and token.head != cue
                and lemmas(token) & _SAYING_VERBS
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
            c.dep_ == "nsubj" for c in cue.children):
        # "meetings to decide if …": a decision not yet taken is nobody's statement; but an infinitive
        # with a subject of its own is a headline's future or a deed of someone ("Ferris to call for
        # a recount", "it is rare for a governor to campaign for a candidate").
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
    end = _reported_end(text, start, end)
    end = _with_closing_mark(text, start, end)
    # An announced thing may be two words ("announces upcoming update"); a said clause is longer.
    # "endorsed Trump", "would vote for Clinton", "focused on him": someone named is what a stance is about.
    on_someone = comp.dep_ in D.NAMED_CONTENT_DEPS and comp.pos_ in ("PROPN", "PRON")
    if _words(text[start:end]) < (1 if comp.dep_ == "nsubjpass" or on_someone or comp.lower_ in S.SAID_PROFORMS
                                  else 2 if comp.dep_ in D.OBJECT_CONTENT_DEPS or _clause_of_its_own(comp) else 3):
        return None
    # Already a direct statement: the complement is (mostly) its quotation ("Corbyn wrote: “I know …”").
    inside = sum(max(0, min(b, end) - max(a, start)) for f in _near(direct, start, end) for a, b in f.segments)
    if inside > 0.6 * (end - start):
        return None
    if (cue.idx in findings.cues) if isinstance(findings, _SoFar) else any(f.cue_start == cue.idx for f in findings):
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
                            direct=False, speaker=speaker, addressee=_addressee(cue, speakers),
                            speaker_text=speaker_text, cue_token=cue.i, segments=segments)


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
    the first reports: annotators count one statement."""
    return next((t for t in _coordinated_verbs(cue, comp) if not _view_held(t)), None)


def _coordinated_verbs(cue, comp) -> list:
    """The verbs of saying or thinking joined, without a subject of their own, inside what a cue reports."""
    return [token for token in comp.subtree
            if token.i > cue.i and token.dep_ == "conj" and token.pos_ == "VERB" and token.head.i != cue.i
            and not any(c.dep_ in D.SUBJECT_DEPS for c in token.children)
            and (is_cue(token) or lemmas(token) & _SAYING_VERBS) and content_of(token) is not None]


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
    ends before the clause that sets a second speaker's report against it (read on its own)."""
    second = next((t for t in comp.subtree if t.i > cue.i and start < t.idx < end and contrasted_report(t)), None)
    if second is None:
        return end
    k = second.left_edge.i - 1
    while k > comp.left_edge.i and comp.doc[k].is_punct:
        k -= 1
    return min(end, comp.doc[k].idx + len(comp.doc[k]))


class _Direct(list):
    """The direct statements, with their quotations listed by start once: each reported
    statement asks which of them its words overlap."""

    def near(self, start: int, end: int) -> list[StatementFinding]:
        """Those whose quotation can share a character with [start, end) (the others share
        none), by bisection; the quotations do not change while reported speech is read."""
        if getattr(self, "_starts", None) is None:
            self._ordered = sorted(self, key=lambda f: f.quote_start)
            self._starts = [f.quote_start for f in self._ordered]
            self._longest = max([f.quote_end - f.quote_start for f in self._ordered] + [0])
        return self._ordered[bisect_left(self._starts, start - self._longest):bisect_left(self._starts, end)]


def _near(direct: list[StatementFinding], start: int, end: int) -> list[StatementFinding]:
    return direct.near(start, end) if isinstance(direct, _Direct) else direct


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


def _without_reporting_part(cue, comp) -> Optional[tuple[int, int, Optional[tuple[int, int]]]]:
    """"Y, Smith said." / "Y, he said, Z": the content is the clause without the reporting part."""
    if comp == cue.head:
        own = [t for t in comp.subtree if not (cue.left_edge.i <= t.i <= cue.right_edge.i)
               and not (t.i > cue.right_edge.i and comp.i < cue.i and t.dep_ == "punct")]
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
