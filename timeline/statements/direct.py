"""Direct speech: each quotation finds its cue (before the quote, then after it) and its speaker; a
quote split by its cue is joined; labelled lines ("NAME: words") of transcripts and headlines."""
from __future__ import annotations

import re
from typing import Optional

from ..findings import StatementFinding
from ..cues import content_of, is_attribution, is_cue, lemmas, quote_is_object, someone
from ..lexicon import deps as D, news as N, speech as S
from ..nlp import sentence_at
from ..quotes import DASH_SIGNATURE, MIN_QUOTE_WORDS, Quote, adjacent, attached, embedded, is_title
from ..speakers import History, Speakers

from .found import SAYING_VERBS, addressee_of, quote_index, record, shares_words, word_count


def direct_statements(text: str, doc, quotes: list[Quote], speakers: Speakers,
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
                record(history, finding)
                direct += _said_inside(text, doc, finding)
    return direct


def labelled_statements(text: str, speakers: Speakers, direct: list[StatementFinding],
                         history: History) -> list[StatementFinding]:
    found = []
    for m in _LABELLED_LINE.finditer(text):
        finding = _labelled(text, m, speakers, direct)
        if finding:
            found.append(finding)
            record(history, finding)
    return found


def _direct(text, doc, q: Quote, quotes: list[Quote], speakers: Speakers, used: set,
            last: Optional[StatementFinding], history: History) -> Optional[StatementFinding]:
    used.add(id(q))
    lead_start = _lead_start(text, doc, q)
    cue = _cue_before(text, doc, q, quotes, lead_start)
    # Otherwise the cue after it: "…,” he said. / “…,” said X, “…”
    if cue is None:
        cue = _cue_after(text, doc, q, quotes)
    spoken = cue is not None and cue.idx < q.start and quote_is_object(text, doc, q, cue)
    short = word_count(text[q.start:q.end]) < MIN_QUOTE_WORDS and len(q.segments) == 1 and not spoken
    if embedded(text, q) and not (cue is not None and cue.idx > q.end) and not spoken:
        return None                              # a phrase quoted inside someone else's sentence
    if cue is None:
        return _uncued(text, doc, q, speakers, last, short, history)
    if short and cue.idx > q.end and _inside_subject(doc, q, cue) and _reports_clause_after(cue):
        return None         # “Going Viral,” … said the days of one story were gone: the cue says the clause
    cue = _statement_cue(text, doc, q, cue, short, spoken)
    if cue is None or short and cue.idx > q.end and embedded(text, q) and _reports_words_elsewhere(cue, q):
        return None                              # "the ad, titled “Unifier?”, concludes that …": a name
    speaker, speaker_text = speakers.resolve(cue, history, (q.start, q.end))
    addressee = addressee_of(cue, speakers, (q.start, q.end))
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


def _reports_words_elsewhere(cue, q: Quote) -> bool:
    """The cue after a short quote inside a sentence reports words of its own that leave the quote
    out ("the hacker known as “Guccifer,” stated that he …"): the quote names something; the cue's
    statement is its own clause (read with reported speech)."""
    comp = content_of(cue)
    if comp is None:
        return False
    return not comp.left_edge.idx <= q.start < comp.right_edge.idx + len(comp.right_edge)


def _inside_subject(doc, q: Quote, cue) -> bool:
    """The quote is part of the cue's subject ("Ada Moss, the author of “Going Viral,” said …")."""
    subject = next((c for c in cue.children if c.dep_ in D.SUBJECT_DEPS and c.i < cue.i), None)
    words = [t for t in doc.char_span(q.start, q.end, alignment_mode="expand") or [] if not t.is_punct]
    return subject is not None and bool(words) and all(
        subject.left_edge.i <= t.i <= subject.right_edge.i for t in words)


def _reports_clause_after(cue) -> bool:
    """The cue after a quote reports a clause of its own after it ("X, author of “Going Viral,”
    said the days … are gone"): the quote before it is a name or a phrase, not its words."""
    comp = content_of(cue)
    return (comp is not None and comp.dep_ in D.REPORTED_CLAUSE_DEPS and comp.left_edge.i > cue.i
            and not any(t.is_quote for t in cue.doc[cue.i:comp.left_edge.i + 1]))


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
        if previous.endswith(":"):
            # its last sentence, however long the paragraph ("… When the ferry sank, Lund
            # released the following statement:")
            colon = sentence_at(doc, window + len(previous) - 1)
            lead_start = max(window + previous.rfind("\n") + 1, colon.start_char if colon is not None else window)
    return lead_start


def _cue_before(text: str, doc, q: Quote, quotes: list[Quote], lead_start: int):
    """The cue in the lead-in to a quote, the nearest first; None when there is none."""
    if text[lead_start:q.start - 1].strip():
        for token in reversed(doc.char_span(lead_start, q.start - 1, alignment_mode="contract") or []):
            if is_cue(token) and not quote_index(quotes).inside(token.idx):
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
        if quote_index(quotes).inside(token.idx):
            return None
        if _quoting(token):
            if not any(quote_is_object(text, doc, other, token) for other in _objects_near(text, token, quotes)):
                return token     # not "a nurse had written “acute distress.”": that cue has its own
            return None
    return None


def _quoting(token) -> bool:
    """A cue, or a verb of a manner of saying that, right after a quotation, says it ("“Out!” he
    barked"); before one, it tells how the cue's speaker was ("laughing, she said: “…”")."""
    return is_cue(token) or token.pos_ == "VERB" and bool(lemmas(token) & S.QUOTING_MANNER_VERBS)


_OPENING = re.compile(r"\s*")


def _objects_near(text: str, cue, quotes: list[Quote]) -> list[Quote]:
    """The quotes after the cue that could be its object: only spaces and an opening mark (two
    characters at most) stand between them (`quote_is_object`), so only those are read."""
    after = _OPENING.match(text, cue.idx + len(cue)).end()
    return quote_index(quotes).starting_in(cue.idx + 1, after + 3)


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
        if root is None or root.dep_ != "dobj" or not lemmas(root.head) & SAYING_VERBS:
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
                                    speaker_text=None, cue_token=verb.i, segments=list(q.segments),
                                    speaker_by_nearness=kinds)
    # "More from Dana Oyelaran: “Turnout fell …”": a quote after a name and a colon.
    named = _named_lead(text, doc, q) if not short and not is_title(text[q.start:q.end]) else None
    if named is not None:
        s, e, colon = named
        speaker = speakers.actor_in(s, e) or speakers.by_name(s, e)
        return StatementFinding(cue_start=colon, cue_end=colon + 1, quote_start=q.start, quote_end=q.end, direct=True,
                                speaker=speaker, addressee=None, speaker_text=text[s:e], cue_token=None,
                                segments=list(q.segments))
    return None


def _named_lead(text: str, doc, q: Quote) -> Optional[tuple[int, int, int]]:
    """(start, end, colon) of the name a quote follows, with a colon between them ("Rep. Ada Moss
    (D-Ore.): “…”", "More from Jo Lund: “…”"), bar a label ("Update: …"); None if none."""
    lead = doc.char_span(max(0, q.start - 160), q.start, alignment_mode="contract")
    tokens = [t for t in lead or [] if not (t.is_quote or t.is_space)]
    if not tokens or tokens[-1].text != ":":
        return None
    k = len(tokens) - 2
    if k >= 0 and tokens[k].text == ")":         # "(R-S.C.)": the party and state after the name
        while k >= 0 and tokens[k].text != "(":
            k -= 1
        k -= 1
    end = k
    while k >= 0 and (tokens[k].pos_ == "PROPN" or tokens[k].ent_type_ in N.ACTOR_LABELS or tokens[k].tag_ == "POS"):
        k -= 1
    if k == end or not any(t.ent_type_ in N.ACTOR_LABELS for t in tokens[k + 1:end + 1]):
        return None
    if k >= 0 and tokens[k].pos_ == "ADP" and tokens[k].lower_ not in S.QUOTED_FROM_PREPOSITIONS:
        return None                              # "…,” by the Post's Jo Lund: “…”, "on CNN: “…”": a medium
    s, e = tokens[k + 1].idx, tokens[end].idx + len(tokens[end])
    if text[s:e].lower() in N.LABELS_NOT_SPEAKERS:
        return None
    return s, e, tokens[-1].idx


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
    if not (is_cue(token) or token.pos_ == "VERB" and lemmas(token) & SAYING_VERBS):
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
            if word_count(text[c_start:c_end]) < 3:
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


# "MOLINA: Well, look, ..." (a transcript) and "Molina: Rivals won't be at the forum" (a headline).
_LABELLED_LINE = re.compile(r"(?m)^[\"“]?(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):[ \t]+(?P<content>\S[^\n]*)")


# "Iowa: Tim Albane, Rob Baxter, Jo Crane": names listed under a heading, not words said.
_ROSTER = re.compile(r"{0}(?:,\s+(?:and\s+)?{0}){{{1},}}\.?\s*$".format(N.ROSTER_NAME, N.ROSTER_MIN_NAMES - 1))


SECTION_HEAD_MAX_WORDS = 4     # "Sanders: Win in a walk." heads a paragraph about Sanders
_QUOTE_MARKS = re.compile(r"[\"“”‘’']")


def _section_head(text, m: re.Match) -> bool:
    """"Kasich: Now or never." over a paragraph about Kasich: a name and a few words of the writer's,
    with no quotation marks, heads a section; it gives no one's words. Not in a transcript, where
    labelled lines follow one another ("BOULDUAN: Why not debate?"). (Measured on PolNeAR train: 8
    such lines, none annotated.)"""
    content = m["content"]
    if len(re.findall(r"\w+", content)) > SECTION_HEAD_MAX_WORDS or _QUOTE_MARKS.search(content):
        return False
    before = text[:m.start()].rstrip().rsplit("\n", 1)[-1]
    after = text[m.end():].lstrip().split("\n", 1)[0]
    return not (_LABELLED_LINE.match(before) or _LABELLED_LINE.match(after))


def _labelled(text, m: re.Match, speakers: Speakers, direct: list) -> Optional[StatementFinding]:
    label = m["label"]
    folded = label.lower().replace("’", "'")
    if folded in N.LABELS_NOT_SPEAKERS or folded in N.KICKERS or folded.rsplit(None, 1)[-1] in N.LABEL_HEAD_NOUNS \
            or len(re.findall(r"\w+", m["content"])) < 3 \
            or _ROSTER.match(m["content"]):
        return None
    start, end = m.start("content"), m.end("content")
    while end > start and text[end - 1] in " \t\"”":
        end -= 1
    if _section_head(text, m):
        return None
    if any(shares_words(f, start, end) for f in direct):
        return None
    s, e = m.start("label"), m.end("label")
    speaker = speakers.actor_in(s, e) or speakers.by_name(s, e)
    colon = m.end("label")
    # A transcript's speaker is set in capitals, and its words are verbatim.
    return StatementFinding(cue_start=colon, cue_end=colon + 1, quote_start=start, quote_end=end,
                            direct=label.isupper(), speaker=speaker, addressee=None, speaker_text=label,
                            cue_token=None, segments=[(start, end)])
