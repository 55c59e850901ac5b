"""Statements: who said what, with which cue, to whom.

Direct speech comes from a scan of quotation marks that knows the newspaper conventions: curly
and straight marks, a quote that runs over several paragraphs (each opens with a mark, only the
last closes), and a quote split by its cue ("X," he said, "Y"). Each quote finds its cue verb
in its own sentence (before the quote, then after it); the speaker is the cue's grammatical
subject, else the nearest actor, else, for a pronoun, the last speaker it can refer to. A
quote with no cue of its own that directly follows a statement continues that statement's
speaker. Reported speech ("JLM said it found it hard to believe ...") is a speech verb with a
clausal complement outside quotation marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .actors import ActorIndex, Role
from .lexicon import en_news as N

_OPEN, _CLOSE = "“", "”"
_MIN_QUOTE_WORDS = 4           # shorter quoted fragments inside a sentence are scare quotes


@dataclass
class Quote:
    segments: list[tuple[int, int]]          # the quoted words of each paragraph, marks excluded

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


@dataclass
class StatementFinding:
    cue_start: int
    cue_end: int
    quote_start: int
    quote_end: int
    direct: bool
    speaker: Optional[str] = None
    addressee: Optional[str] = None
    speaker_text: Optional[str] = None
    cue_token: Optional[int] = None          # spaCy token index of the cue
    segments: list[tuple[int, int]] = field(default_factory=list)


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages, with multi-paragraph quotes joined."""
    marks = []      # (position, kind, width)
    # Newspapers also quote with two characters: ``...'' (PTB) and ''...'' (NYT archives).
    for m in re.finditer(r"[“”\"]|``|''", text):
        ch, i = m.group(), m.start()
        if ch in ('"', "''"):
            before = text[i - 1] if i else " "
            after = text[m.end()] if m.end() < len(text) else " "
            ch = _OPEN if (before.isspace() or before in "([{—–-:") else _CLOSE
            if ch == _OPEN and before == " " and text[max(0, i - 2)] in ",.!?'’" and not (after.isalnum() or after in "‘'`"):
                ch = _CLOSE          # "… 'African American outreach,' " he told the group
        elif ch == "``":
            ch = _OPEN
        elif ch == "”" and (i == 0 or text[i - 1] == "\n") and m.end() < len(text) and text[m.end()].isalnum():
            ch = _OPEN               # a paragraph opened with the wrong curly mark (”Mr. Trump embodies …)
        marks.append((i, ch, m.end() - m.start()))
    quotes: list[Quote] = []
    current: Optional[Quote] = None
    open_at: Optional[int] = None
    nested = 0          # curly quotation marks opened inside an open quotation (“… he calls “hell” than …”)
    for i, ch, width in marks:
        if open_at is not None:
            newline = text.find("\n", open_at, i)
            if newline >= 0:
                # The quote ran to the end of its paragraph without closing: it continues if
                # the next paragraph opens with a quotation mark, and ends here otherwise.
                seg_end = newline
                segments = (current.segments if current else []) + [(open_at, seg_end)]
                current = Quote(segments)
                next_para = re.match(r"\n+\s*", text[newline:])
                next_start = newline + (next_para.end() if next_para else 1)
                if ch == _OPEN and i == next_start:
                    open_at = i + width
                    continue
                quotes.append(current)
                current, open_at = None, None
        if ch == _OPEN:
            if open_at is None:
                open_at, nested = i + width, 0
            elif text[i] == "“" and text[i - 1].isspace() and text[open_at - 1] == "“":
                nested += 1          # only inside a quotation opened with the same mark
            continue
        if nested and text[i] == "”":
            nested -= 1
            continue
        if open_at is not None:                      # a closing mark
            segments = (current.segments if current else []) + [(open_at, i)]
            quotes.append(Quote(segments))
            current, open_at = None, None
    if open_at is not None:
        end = text.find("\n", open_at)
        end = len(text) if end < 0 else end
        quotes.append(Quote((current.segments if current else []) + [(open_at, end)]))
    return [_trim(text, q) for q in quotes if any(b > a for a, b in q.segments)]


def _trim(text: str, q: Quote) -> Quote:
    segs = []
    for a, b in q.segments:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        segs.append((a, b))
    return Quote(segs)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _sentence_of(spacy_doc, offset: int):
    for s in spacy_doc.sents:
        if s.start_char <= offset < s.end_char:
            return s
    return None


def _is_cue(token) -> bool:
    return token.lemma_.lower() in N.SPEECH_VERBS and token.pos_ in ("VERB", "AUX") or token.text.lower() in ("said", "says", "told", "wrote", "added")


def _lemmas(verb) -> set[str]:
    """The verb's lemma, and with its particle ("laid out" → "lay out")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def _has_subject(verb) -> bool:
    """A subject of its own, or one it shares: "Trump tweeted …, encouraging his supporters to …",
    "She thanked them and urged them to …"."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return False


def _content_object(verb):
    """The verb's object, or the object of its preposition, when it names something said or
    stood for ("delivered a mostly positive message", "unleashed a flurry of tweets")."""
    if verb.lemma_.lower() in N.NOT_CONTENT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ in ("on", "for", "about", "over", "against", "with", "to")):
        objects += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma in N.CONTENT_MEASURES:
            inner = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            inner = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
            if inner is not None and inner.lemma_.lower() in N.CONTENT_NOUNS:
                return obj
        elif lemma in N.CONTENT_NOUNS and obj.pos_ == "NOUN" and _names_content(obj):
            return obj
    return None


def _names_content(noun) -> bool:
    kids = list(noun.children)
    if noun.lemma_.lower() in N.SPEECH_NOUNS and any(c.dep_ == "poss" for c in kids) and any(
            c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" for c in kids):
        return False              # "checked Trump's claim that …": the claim is Trump's statement
    if noun.lemma_.lower() in N.OWNED_CONTENT_NOUNS and not any(c.dep_ == "poss" for c in kids):
        return False
    # "made the comments", "this statement": a pointer to words given elsewhere, not the words.
    pointer = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids)
    if pointer and any(c.lower_ in ("following", "above", "same") for c in kids):
        return False              # "made the following comment:", the words come after
    return not pointer or any(c.dep_ not in ("det", "amod") for c in kids)


def _subject(verb):
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _someone(verb) -> bool:
    """The verb's subject is a person, a group or a document that speaks for them."""
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.lower_ in N.PRONOUNS_PERSON_MALE | N.PRONOUNS_PERSON_FEMALE | {"i", "we", "they", "you", "who"}:
        return True
    return (subject.ent_type_ in N.ACTOR_LABELS or subject.pos_ == "PROPN"
            or subject.lemma_.lower() in N.PEOPLE_NOUNS | N.ORG_NOUNS | N.DOCUMENT_SOURCES)


def _is_attribution(token) -> bool:
    """A cue word, or any verb whose subject is someone and whose complement is a proposition
    ("Republicans are convinced the department mishandled ...", "he hopes that ...") or an
    intention ("wants to", "refused to", "urged them to")."""
    if _is_cue(token):
        return True
    if token.pos_ != "VERB" or not _has_subject(token):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    if own_subject and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return True                  # any verb with a proposition, with a subject of its own
    if _lemmas(token) & (N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS) and any(c.dep_ == "agent" for c in token.children) \
            and any(c.dep_ == "nsubjpass" for c in token.children):
        return True                  # "The nominee has been endorsed by dozens of papers"
    if _unattributed_judgement(token) is not None:
        return True                  # "he has been harshly criticized for policies …"
    if token.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return True                  # "as a Homeland Security memo put it"
    if _content_object(token) is not None and _someone(token):
        return True                  # "laid out her proposals", "is doubling down on his attacks"
    if not own_subject and token.lemma_.lower() in N.EFFORT_VERBS:
        return False                 # "…, trying to help them": an effort, not a stance
    if token.lemma_.lower() in N.TOPIC_VERBS:
        return True                  # "spoke about her ties to black churches" (with its topic)
    if token.lemma_.lower() in N.NAMING_VERBS and any(c.dep_ == "oprd" for c in token.children):
        return True                  # "branded the plan a disaster"
    if token.lemma_.lower() in N.VIEWING_VERBS and _judged_as(token) is not None:
        return True                  # "see the program as an easier way to citizenship"
    if _lemmas(token) & N.OBJECT_SPEECH_VERBS and any(c.dep_ == "dobj" for c in token.children):
        return True                  # "Ted Cruz endorses Trump", "offered no proof that …"
    return token.lemma_.lower() in N.INTENTION_VERBS and any(c.dep_ == "xcomp" for c in token.children)


class _Speakers:
    """The speaker of a cue, from syntax, then proximity, then pronoun reference."""

    def __init__(self, text: str, doc, index: ActorIndex, roles: list[Role]):
        self.text, self.doc, self.index = text, doc, index
        self.types = {a.id: a.type for a in index.actors}
        self.roles = roles
        self.history: list[tuple[int, str]] = []      # (where, speaker) of the statements found

    def subject_of(self, cue) -> Optional[tuple[int, int]]:
        # "was written by Springsteen": in the passive, the speaker is the agent.
        for child in cue.children:
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
        children = list(cue.children)
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < cue.i]
        if len(subjects) >= 2:
            # "People like Scott, he said.": the subject nearest the cue is the speaker.
            children = [c for c in children if c not in subjects[:-1]]
        for child in children:
            if child.dep_ == "nsubj" and child.pos_ == "VERB" and child.i < cue.i:
                # A headline's run of verbs parsed as a subject ("Apple releases SDK, announces
                # update"): the first verb's subject is the speaker.
                return self.subject_of(child)
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.lower_ in ("who", "that", "which") and cue.dep_ == "relcl" and cue.head.i < cue.i:
                    # "Christie, who has campaigned heavily for Trump": the one the clause is about.
                    child = cue.head
                    own = [t for t in child.subtree if t.i < child.i or t.i == child.i]
                    own = [t for t in own if not t.is_punct]
                    return own[0].idx, own[-1].idx + len(own[-1])
                if child.lower_.rstrip(".") in N.HONORIFICS or child.pos_ == "NOUN":
                    # "Sen. David Perdue (R-Ga.) said", "her spokesman Brian Fallon disclosed":
                    # parsed with the title or the role as the head, the name in apposition.
                    child = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                                  and (c.ent_type_ == "PERSON" or child.pos_ != "NOUN")), child)
                # The subject's own words: not a relative clause or apposition hanging from it
                # ("Rucker Culpepper, who runs Clinton's campaign, said" is Culpepper speaking).
                own = [t for t in child.subtree if not any(a.dep_ in ("relcl", "appos", "acl") and a.i != child.i
                                                         and child in a.ancestors for a in [t, *t.ancestors])]
                own = own or [child]
                return own[0].idx, own[-1].idx + len(own[-1])
        if cue.dep_ in ("conj", "advcl", "xcomp") and cue.head != cue:
            return self.subject_of(cue.head)
        if cue.dep_ == "acl":
            noun = cue.head
            if any(c.dep_ in ("compound", "poss") and (c.ent_type_ or c.pos_ == "PROPN") for c in noun.children):
                # "a BBC story claiming …": the story's named owner speaks through it.
                own = [t for t in noun.subtree if t.i <= noun.i]
                return own[0].idx, noun.idx + len(noun)
            # "resigned in a letter to the board stating ...": the letter's writer, the clause's subject.
            for a in cue.ancestors:
                if a.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
                    return self.subject_of(a)
        return None

    def resolve(self, cue, quote: Optional[tuple[int, int]] = None) -> tuple[Optional[str], Optional[str]]:
        subject = self.subject_of(cue)
        if subject:
            s, e = subject
            words = self.text[s:e].strip()
            lower = words.lower()
            if not self._persons_in(s, e):
                role_person = self._role_holder(s, e)
                if role_person:
                    return role_person, words
            if lower in N.PRONOUNS_PERSON_MALE | N.PRONOUNS_PERSON_FEMALE | {"i"}:
                return self._last(("PERSON",), before=cue.idx), words
            if lower in N.PRONOUNS_GROUP:
                return self._last(("ORG", "GPE", "NORP", "PERSON") if lower == "they" else ("ORG", "GPE"), before=cue.idx), words
            head = lower.split()[-1] if lower.split() else ""
            if lower.split()[0:1] in (["the"], ["this"]) and not self.index.overlapping(s, e):
                named = [a for a in self.index.actors if a.type == "ORG" and head in a.name.lower().split()]
                if len(named) == 1:
                    return named[0].id, words                           # "the commission" = the FEC
                if head in N.ORG_NOUNS:
                    return self._last_mentioned(("ORG",), cue.idx), words  # "the firm said"
            actor = self._actor_in(s, e)
            if actor:
                return actor, words
            role_person = self._role_holder(s, e)
            if role_person:
                return role_person, words
            return self._by_name(s, e), words
        # No subject: the nearest actor mention in the sentence outside the quote.
        sent = cue.sent
        best = None
        for s, e, aid in self.index.overlapping(sent.start_char, sent.end_char):
            if quote and quote[0] <= s < quote[1]:
                continue
            d = abs(s - cue.idx)
            if best is None or d < best[0]:
                best = (d, aid, self.text[s:e])
        if best:
            return best[1], best[2]
        return None, None

    def _by_name(self, s: int, e: int) -> Optional[str]:
        """A name the entity recogniser missed here but found elsewhere ("Lynch said" after
        "Loretta E. Lynch"): a capitalised word of the subject that is an actor's last name or alias."""
        words = [w for w in re.findall(r"[A-Z][\w'’-]+", self.text[s:e]) if w.lower() not in ("the", "a", "an", "mr", "mrs", "ms", "dr")]
        for w in reversed(words):
            w = w.capitalize() if w.isupper() and len(w) > 3 else w        # "PENCE" in a transcript
            for actor in self.index.actors:
                names = [actor.name, *actor.aliases]
                if any(n == w or n.split()[-1] == w for n in names):
                    return actor.id
        return None

    def _persons_in(self, s: int, e: int) -> list:
        return [t for t in self.index.overlapping(s, e) if self.types.get(t[2]) == "PERSON"]

    def _actor_in(self, s: int, e: int) -> Optional[str]:
        spans = self.index.overlapping(s, e)
        if not spans:
            return None
        # "A JLM spokesman": the organisation speaks; "Labour leader Jeremy Corbyn": the person.
        persons = [t for t in spans if self.types.get(t[2]) == "PERSON"]
        return (persons or spans)[-1][2]

    def _role_holder(self, s: int, e: int) -> Optional[str]:
        phrase = self.text[s:e].lower()
        orgs = {t[2] for t in self.index.overlapping(s, e)}
        for role in self.roles:
            if re.search(r"\b" + re.escape(role.word) + r"\b", phrase) and (not orgs or role.org in orgs):
                return role.person
        return None

    def _last_mentioned(self, types: tuple[str, ...], before: int) -> Optional[str]:
        """The actor of these types named last before `before` ("NPD Group, a research firm. The firm said")."""
        best = None
        for s, e, aid in self.index.spans:
            if e <= before and self.types.get(aid) in types:
                best = aid
        return best

    def _last(self, types: tuple[str, ...], before: int) -> Optional[str]:
        for _, aid in sorted((h for h in self.history if h[0] < before), reverse=True):
            if self.types.get(aid) in types:
                return aid
        best = None
        for s, e, aid in self.index.spans:
            if s < before and self.types.get(aid) in types:
                best = aid
        return best


def extract_statements(text: str, spacy_doc, index: ActorIndex, roles: list[Role]) -> list[StatementFinding]:
    """Direct quotes first, then reported speech that no direct quote already covers; a pronoun
    speaker ("he added") is the last speaker of a fitting kind named before it, in either."""
    quotes = find_quotes(text)
    speakers = _Speakers(text, spacy_doc, index, roles)
    quoted_ranges = [(q.start, q.end) for q in quotes]
    used_quotes: set[int] = set()

    direct: list[StatementFinding] = []
    last: Optional[StatementFinding] = None
    for q in quotes:
        if id(q) in used_quotes:
            continue
        finding = _direct(text, spacy_doc, q, quotes, speakers, used_quotes, last)
        if finding:
            direct.append(finding)
            last = finding
            if finding.speaker:
                speakers.history.append((finding.cue_start, finding.speaker))
                direct += _said_inside(text, spacy_doc, finding)

    reported: list[StatementFinding] = []
    for m in _LABELLED_LINE.finditer(text):
        finding = _labelled(text, m, speakers, direct)
        if finding:
            reported.append(finding)
            if finding.speaker:
                speakers.history.append((finding.cue_start, finding.speaker))
    candidates = [("reported", t.idx, t) for t in spacy_doc if _is_attribution(t) and _content_of(t) is not None]
    candidates += [("according", t.idx, t) for t in spacy_doc
                   if t.lower_ == "according" and t.i + 1 < len(spacy_doc) and spacy_doc[t.i + 1].lower_ == "to"]
    candidates += [("claim", t.idx, t) for t in spacy_doc if t.pos_ == "NOUN"
                   and t.lemma_.lower() in N.SPEECH_NOUNS | N.UNOWNED_SPEECH_NOUNS]
    candidates += [("stance", t.idx, t) for t in spacy_doc if t.lower_ in N.STANCE_ADJECTIVES and (
        t.dep_ == "acomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))]
    for kind, _, token in sorted(candidates, key=lambda c: c[1]):
        if kind == "according":
            finding = _according_to(text, token, speakers, direct + reported)
        elif kind in ("claim", "stance"):
            if any(a <= token.idx < b for a, b in quoted_ranges):
                continue
            finding = (_claimed if kind == "claim" else _stance)(text, token, speakers, direct + reported)
        else:
            if any(a <= token.idx < b for a, b in quoted_ranges) or any(
                    f.quote_start <= token.idx < f.quote_end for f in reported) and not _relative_report(token):
                continue
            finding = _reported(text, token, direct, speakers, direct + reported)
            if finding:
                # "analysts said [the factors have contributed …], citing [the war]": the same
                # speaker's second statement, cut from the first.
                participle = _trailing_participle(token, finding)
                if participle is not None:
                    finding.quote_end = _clause_end_before(text, finding.quote_start, participle.idx)
                    finding.segments = [(finding.quote_start, finding.quote_end)]
                    second = _reported(text, participle, direct, speakers, direct + reported)
                    if second:
                        second.speaker, second.speaker_text = finding.speaker, finding.speaker_text
                        reported.append(second)
        if finding:
            reported.append(finding)
            if finding.speaker:
                speakers.history.append((finding.cue_start, finding.speaker))
    return sorted(direct + reported, key=lambda f: (f.cue_start, f.quote_start))


def _direct(text, doc, q: Quote, quotes: list[Quote], speakers: _Speakers, used: set,
            last: Optional[StatementFinding]) -> Optional[StatementFinding]:
    used.add(id(q))
    sent = _sentence_of(doc, max(0, q.start - 1)) or _sentence_of(doc, q.start)
    para_start = text.rfind("\n", 0, q.start) + 1
    # The cue before the quote: "X said:", "X told Y:", within the quote's sentence or paragraph lead-in.
    lead_start = max(para_start, sent.start_char if sent is not None else para_start)
    if not text[para_start:q.start - 1].strip():
        # "He said:\n\n“We have a situation …”": the lead-in is the paragraph before, ending in a colon.
        window = max(0, para_start - 200)
        previous = text[window:para_start].rstrip()
        if previous.endswith(":") and "\n" in previous:
            lead_start = window + previous.rfind("\n") + 1
    cue = None
    if text[lead_start:q.start - 1].strip():
        for token in reversed(doc.char_span(lead_start, q.start - 1, alignment_mode="contract") or []):
            if _is_cue(token) and not any(a <= token.idx < b for a, b in ((x.start, x.end) for x in quotes)):
                cue = token
                break
    if cue is None and text[lead_start:q.start - 1].rstrip().endswith(":"):
        # "Sanders made the following comment:\n\n“For young people …”": the lead-in's own verb,
        # when someone is its subject.
        lead = doc.char_span(lead_start, q.start - 1, alignment_mode="contract")
        verb = next((t for t in reversed(lead) if t.pos_ == "VERB" and t.dep_ == "ROOT"), None) if lead else None
        if verb is not None and _someone(verb):
            cue = verb
    # Otherwise the cue after it: "…,” he said. / “…,” said X, “…”
    if cue is None:
        para_end = text.find("\n", q.end)
        para_end = len(text) if para_end < 0 else para_end
        trail = doc.char_span(q.end + 1, min(para_end, q.end + 120), alignment_mode="contract")
        if trail is not None:
            for token in trail:
                if token.text in ".!?" and token.i > trail.start:
                    break
                if any(x.start <= token.idx < x.end for x in quotes):
                    break
                if _is_cue(token):
                    if not any(_quote_is_object(doc, other, token) for other in quotes if other.start > token.idx):
                        cue = token      # not "a doctor had typed “homicidal ideation.”": that cue has its own
                    break
    spoken = cue is not None and cue.idx < q.start and _quote_is_object(doc, q, cue)
    short = _words(text[q.start:q.end]) < _MIN_QUOTE_WORDS and len(q.segments) == 1 and not spoken
    if _embedded(text, q) and not (cue is not None and cue.idx > q.end) and not spoken:
        return None                              # a phrase quoted inside someone else's sentence
    if cue is None:
        # A quote standing alone right after a statement continues it (same speaker).
        if last is not None and not short and _adjacent(text, last.quote_end, q.start):
            return StatementFinding(last.cue_start, last.cue_end, q.start, q.end, True, last.speaker,
                                    last.addressee, last.speaker_text, last.cue_token, list(q.segments))
        # "“Maybe we can build a wall around Donald Trump.” ― Steve Quinlan": a quote signed
        # with a dash, as readers' replies, epigraphs and pull quotes are.
        signed = _DASH_SIGNATURE.match(text, q.end, min(len(text), q.end + 80))
        if signed is not None and not short:
            s, e = signed.span("name")
            speaker = speakers._actor_in(s, e) or speakers._by_name(s, e)
            d = signed.start("dash")
            return StatementFinding(d, d + 1, q.start, q.end, True, speaker, None, text[s:e], None,
                                    list(q.segments))
        # "Mr Justice Mann agreed - “I conclude that …”": the quote names its own act; the
        # speaker is the one the text was just about.
        opening = _first_person_cue(doc, q.start, min(q.end, q.start + 40))
        if opening is not None and not short:
            pronoun, verb = opening
            kinds = ("PERSON",) if pronoun == "i" else ("ORG", "GPE", "PERSON")
            speaker = speakers._last(kinds, before=q.start)
            if speaker is not None:
                return StatementFinding(verb.idx, verb.idx + len(verb), q.start, q.end, True, speaker, None,
                                        None, verb.i, list(q.segments))
        return None
    if short and not _attached(text, q, cue):
        return None                              # a scare quote, not a statement
    if short and re.search(r"\b(?:the|a|an|his|her|its|their|our|this|that|so-called)\s+[“\"]$", text[max(0, q.start - 14):q.start]):
        # "Bemoaning the “phony system,” Trump accused …": a noun quoted, said only by the verb
        # whose object it is.
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is None or root.dep_ != "dobj" or not _lemmas(root.head) & (N.SPEECH_VERBS | N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS):
            return None
        cue = root.head
    if _is_title(text[q.start:q.end]) and not spoken and not re.search(r"[:,]\s*[“\"]$", text[max(0, q.start - 3):q.start]):
        return None                              # “Fox News Sunday,” “Face the Nation”: a name, not words said
    speaker, speaker_text = speakers.resolve(cue, (q.start, q.end))
    addressee = _addressee(cue, speakers)
    if cue.lemma_.lower() not in N.COMMUNICATION_VERBS:
        # "Mann agreed … - “I conclude that …”": the quote names its own act of speech, a
        # better cue than the attitude introducing it.
        opening = _first_person_cue(doc, q.start, min(q.end, q.start + 25))
        if opening is not None and _is_cue(opening[1]):
            cue = opening[1]
    segments = list(q.segments)
    # "X," he said, "Y": the second part belongs to the same statement.
    for other in quotes:
        if other.start > q.end and id(other) not in used:
            between = text[q.end:other.start]
            if "\n" not in between and cue.idx < other.start and re.fullmatch(
                    r"[,.!?]?[”\"]\s*,?\s*[^“\"”.!?]{0,60}?(?:said|says|added|adds|told|wrote|writes|continued|insisted|warned|explained)[^“\"”.!?]{0,40}[,:.]\s*[“\"]", between):
                segments += other.segments
                used.add(id(other))
            break
    return StatementFinding(cue.idx, cue.idx + len(cue), segments[0][0], segments[-1][1], True, speaker,
                            addressee, speaker_text, cue.i, segments)


_DASH_SIGNATURE = re.compile(r"[.,!?…]?[”\"’]?[^\S\n]*\n?[^\S\n]*(?P<dash>[―—–]|--)[^\S\n]*"
                             r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,4})")
_FIRST_PERSON = {"i", "we"}


def _first_person_cue(doc, start: int, end: int):
    """("i"|"we", verb) for a speech or attribution verb whose subject is I or we, between
    start and end ("I conclude that …", "I have always said …"); else None."""
    span = doc.char_span(start, end, alignment_mode="contract")
    for token in span or []:
        if token.lower_ in _FIRST_PERSON and token.dep_ in ("nsubj", "nsubjpass"):
            verb = token.head
            if verb.idx < end and _is_attribution(verb) and _content_of(verb) is not None:
                return token.lower_, verb
    return None


def _said_inside(text: str, doc, outer: StatementFinding) -> list[StatementFinding]:
    """"I have always said if there ever came a day …", inside Jobs's letter: an earlier
    statement the speaker reports having made, nested in the quote and credited to them."""
    found = []
    for a, b in outer.segments:
        span = doc.char_span(a, b, alignment_mode="contract")
        for token in span or []:
            if token.lower_ not in _FIRST_PERSON or token.dep_ != "nsubj":
                continue
            verb = token.head
            if not (a <= verb.idx < b) or verb.idx == outer.cue_start or not _is_cue(verb):
                continue
            if verb.lemma_.lower() not in N.COMMUNICATION_VERBS or verb.tag_ not in ("VBD", "VBN"):
                continue      # "I think …" is the quote itself; "I told them …" an earlier statement
            comp = _content_of(verb)
            if comp is None or comp.dep_ != "ccomp":
                continue
            c_start, c_end = comp.left_edge.idx, min(b, comp.right_edge.idx + len(comp.right_edge))
            if _words(text[c_start:c_end]) < 3:
                continue
            found.append(StatementFinding(verb.idx, verb.idx + len(verb), c_start, c_end, True, outer.speaker,
                                          None, outer.speaker_text, verb.i, [(c_start, c_end)]))
    return found


_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by"}


def _is_title(quoted: str) -> bool:
    """A name in quotation marks (a show, a book, a slogan-like title): every word capitalised."""
    words = re.findall(r"[\w'’]+", quoted)
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS or w[0].isdigit() for w in words) \
        and words[0][0].isupper() and sum(w[0].isupper() for w in words) >= 2


def _quote_is_object(doc, q: Quote, cue) -> bool:
    """The quoted words are what the cue's verb says, chants or types: its object ("Protesters
    chanted “What curfew?”", "a doctor had typed “homicidal ideation.”")."""
    if not re.fullmatch(r"\s*(?:[“\"‘']|``|'')?", doc.text[cue.idx + len(cue):q.start]) or not _lemmas(cue) & N.VERBATIM_VERBS:
        return False                 # "she said, “and then …”" continues a quote; it is not said's object
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.head.i == cue.i and root.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "attr", "dep", "npadvmod", "appos")


def _embedded(text: str, q: Quote) -> bool:
    """Quoted words inside a running sentence ("recognised the “hurt and pain” caused ...")."""
    before = text[max(0, q.start - 3):q.start - 1].rstrip()
    starts_clause = not before or before[-1] in ":,;.!?—–-(\n" or text[q.start - 2:q.start - 1] == "\n"
    return not starts_clause


def _attached(text: str, q: Quote, cue) -> bool:
    """A short quote is a statement only when its cue sits right next to it ("said: “No.”")."""
    before = text[max(0, q.start - 30):q.start]
    after = text[q.end:q.end + 30]
    return bool(re.search(r"[:,]\s*[“\"]$", before)) or bool(re.match(r"[,.!?]?[”\"]\s*,?\s*\w+\s+\w*", after)) and cue.idx > q.end


def _adjacent(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return len(between) < 12 and "\n" in between or bool(re.fullmatch(r"[”\"\s.,]*", between))


def _addressee(cue, speakers: _Speakers) -> Optional[str]:
    if cue.lemma_.lower() not in N.ADDRESSEE_VERBS and cue.lemma_.lower() not in ("say", "write"):
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative", "iobj") or (child.dep_ == "prep" and child.text.lower() == "to"):
            node = child
            if child.dep_ == "prep":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                node = objs[0]
            s, e = node.left_edge.idx, node.right_edge.idx + len(node.right_edge)
            actor = speakers._actor_in(s, e)
            if actor:
                return actor
    return None


def _judged_as(verb):
    """The object of "see X as Y", "consider X a threat": X, when a judgement follows it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    if any(c.dep_ == "oprd" for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in verb.children):
        return obj
    return None


def _relative_report(cue) -> bool:
    """"his hands, which he said were at his side", "what the senators said was economic
    gerrymandering": a report inside a relative clause, a statement even within another one."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    return (clause is not None and _is_cue(cue)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "what", "that", "who") and c.i < cue.i
                    for c in clause.children))


def _unattributed_judgement(cue):
    """"He has been harshly criticized for policies that …", "what is being criticized as a
    “use it or lose it” approach": a judgement in the passive, by people left unnamed; the
    phrase that gives the grounds."""
    if not _lemmas(cue) & N.STANCE_VERBS or not any(c.dep_ == "auxpass" for c in cue.children) or any(
            c.dep_ == "agent" for c in cue.children):
        return None
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("for", "as", "of") and c.i > cue.i):
        grounds = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if grounds is not None:
            return grounds
    return None


def _raised_passive(cue) -> bool:
    """"Obama's veto is expected to come before the deadline", "he is said to have …": an
    expectation or a report whose holders the sentence does not name."""
    return (cue.lemma_.lower() in N.RAISING_PASSIVE_VERBS and any(c.dep_ == "auxpass" for c in cue.children)
            and any(c.dep_ == "xcomp" and c.i > cue.i for c in cue.children)
            and not any(c.dep_ == "agent" for c in cue.children))


def text_between_has_clause_break(doc, clause, subject) -> bool:
    """A clause before the subject, cut from it by a semicolon, a dash or a sentence's end."""
    if clause.i > subject.i:
        return False
    between = doc[clause.right_edge.i + 1:subject.left_edge.i]
    return any(t.text in (";", "—", "–", ":") for t in between)


def _content_of(cue):
    """What a cue reports: its clause ("said [it found …]", "[Y], Smith said"), else, for verbs
    that announce or claim something, their object ("announced [the first Intel-based Macs]"),
    else, for a cue set in the middle of what it reports ("Y, he said, Z"), the clause around it."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    introduced = [c for c in clauses if c.i > cue.i and c.left_edge.lower_ == "that"]
    if introduced:
        return introduced[0]          # "She was sick (her campaign later disclosed that she has pneumonia)"
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    following = [c for c in clauses if c.i > cue.i]
    if subject is not None and following and text_between_has_clause_break(cue.doc, clauses[0], subject):
        return following[0]           # "It was unlikely; Clinton's team says she'll continue …"
    if clauses:
        return clauses[0]
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) >= 2 and cue.doc[subjects[-1].i - 1].text == ",":
        return subjects[0]            # "People like Scott, he said."
    for obj in (c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i):
        # "told a meeting of Pacific Island leaders that few people understood …", parsed as a
        # relative clause of the addressee: "that" as a mark opens what was told.
        for clause in (c for c in obj.subtree if c.dep_ in ("relcl", "acl") and c.left_edge.lower_ == "that"
                       and c.left_edge.dep_ == "mark"):
            return clause
    if cue.dep_ == "parataxis" and cue.lemma_.lower() in ("say", "tell", "add", "note", "write", "explain", "argue"):
        return cue.head
    if cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) and _lemmas(cue) & (N.COMMUNICATION_VERBS | {"point out", "put"}):
        return cue.head               # "Hawaii, as one of Mr. Obama's advisers pointed out, normally does not get …"
    if _raised_passive(cue):
        return next(c for c in cue.children if c.dep_ == "xcomp")
    judged = _unattributed_judgement(cue)
    if judged is not None:
        return judged
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        # "announced Monday in an internal memo that he would take leave"
        for doc_noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in N.DOCUMENT_NOUNS):
            clause = next((c for c in doc_noun.children if c.dep_ in ("acl", "relcl", "ccomp")
                           and c.left_edge.lower_ == "that"), None)
            if clause is not None:
                return clause
    if any(c.dep_ == "agent" for c in cue.children):
        # "“American Skin” was written by Springsteen": in the passive, what was said is the subject.
        passive_subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            return passive_subject
    lemma = cue.lemma_.lower()
    if lemma in N.VIEWING_VERBS:
        judged = _judged_as(cue)
        if judged is not None:
            return judged
    if lemma in N.NAMING_VERBS:
        # "Cruz called Trump a pathological liar": the naming is what was said.
        for c in cue.children:
            if c.dep_ == "oprd" and c.i > cue.i:
                return c
    if lemma in N.DEMAND_FOR_VERBS:
        # "The NAACP called for a moratorium on charter schools."
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == cue.i + 1):
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    if _lemmas(cue) & N.OBJECT_SPEECH_VERBS:
        # "urged Republicans to join …": the infinitive carries what was urged.
        xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
        if xcomp is not None:
            return xcomp
        for c in cue.children:
            if c.dep_ == "dobj" and c.i > cue.i:
                return c
    if lemma in N.INTENTION_VERBS:
        for c in cue.children:
            if c.dep_ == "xcomp" and c.i > cue.i:
                return c
    content = _content_object(cue)
    if content is not None and _someone(cue):
        return content
    if lemma in N.FINDING_VERBS:
        # "Polls show a close contest in the state", "A 2014 study found 31 incidents of fraud".
        subject = _subject(cue)
        if subject is not None and subject.lemma_.lower() in N.DOCUMENT_SOURCES:
            obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
            if obj is not None:
                return obj
    if lemma in N.SPEECH_VERBS or lemma in N.TOPIC_VERBS:
        # "warned against potential hackers", "complained about his microphone", "accused Holt of
        # being a Democrat", "pointed to Britain's decision": what the words were about.
        allowed = N.TOPIC_VERBS.get(lemma, N.TOPIC_PREPOSITIONS)
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in allowed and c.i > cue.i):
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


# "PENCE: Well, look, ..." (a transcript) and "Pence: Flowers won't be at debate" (a headline).
_LABELLED_LINE = re.compile(r"(?m)^[\"“]?(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):[ \t]+(?P<content>\S[^\n]*)")
_NOT_SPEAKERS = {"note", "update", "updated", "editor's note", "photo", "video", "read more", "watch", "related",
                 "source", "sources", "correction", "disclosure", "q", "a", "warning", "spoiler", "breaking"}


def _labelled(text, m: re.Match, speakers: _Speakers, direct: list) -> Optional[StatementFinding]:
    label = m["label"]
    if label.lower() in _NOT_SPEAKERS or label.lower() in N.KICKERS or len(re.findall(r"\w+", m["content"])) < 3:
        return None
    start, end = m.start("content"), m.end("content")
    while end > start and text[end - 1] in " \t\"”":
        end -= 1
    if any(f.quote_start < end and start < f.quote_end for f in direct):
        return None
    s, e = m.start("label"), m.end("label")
    speaker = speakers._actor_in(s, e) or speakers._by_name(s, e)
    colon = m.end("label")
    # A transcript's speaker is set in capitals, and its words are verbatim.
    return StatementFinding(colon, colon + 1, start, end, label.isupper(), speaker, None, label, None, [(start, end)])


def _according_to(text, according, speakers: _Speakers, findings) -> Optional[StatementFinding]:
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
    if len(content) < 3:
        return None
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    if any(f.quote_start < end and start < f.quote_end for f in findings):
        return None
    speaker, speaker_text = None, None
    if source is not None:
        s, e = source.left_edge.idx, source.right_edge.idx + len(source.right_edge)
        speaker, speaker_text = speakers._actor_in(s, e), text[s:e]
    return StatementFinding(according.idx, to.idx + len(to), start, end, False, speaker, None, speaker_text,
                            according.i, [(start, end)])


# The end of a sentence inside reported words: a full stop not after an abbreviation or an
# initial ("Mrs. Clinton's proposal", "the U.S. economy"), or a line break.
_SENTENCE_STOP = re.compile(r"(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
                            r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bNo)(?<!\bInc)"
                            r"(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bvs)(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)"
                            r"(?<!\bOct)(?<!\bNov)(?<!\bDec)[.!?][”\"]?\s|\n")


def _sentence_end(text: str, start: int, end: int) -> int:
    stop = _SENTENCE_STOP.search(text, start, end)
    if not stop:
        return end
    return stop.start()


def _with_closing_mark(text: str, start: int, end: int) -> int:
    """“deplorables” rather than “deplorables: a quotation opened in reported words is closed."""
    words = text[start:end]
    if words.count("“") > words.count("”"):
        close = re.match(r"[.,!?]?”", text[end:end + 2])
        if close:
            return end + close.end()
    return end


def _claimed(text, noun, speakers: _Speakers, findings) -> Optional[StatementFinding]:
    """"Donald Trump's claim that there have been thousands of shootings": a statement named by
    a noun, its speaker the possessor, its content the clause that follows."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    lemma = noun.lemma_.lower()
    if owner is None and lemma not in N.UNOWNED_SPEECH_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                   and c.left_edge.lower_ == "that" and c.left_edge.i == noun.i + 1
                   and c.left_edge.dep_ not in ("nsubj", "nsubjpass", "dobj")), None)   # not "charges that might arise"
    if clause is not None:
        start = clause.left_edge.idx + len(clause.left_edge) + 1
    else:
        # "his determination to act alone", "questions about business practices at his
        # foundation", "his adulation of Putin", "calls for his dismissal"
        clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if clause is None:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                         and (c.lower_ in ("about", "of", "on", "for", "over", "against")
                              or c.lower_ == "to" and lemma in N.ANSWER_NOUNS)):
                clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")
                               and not (prep.lower_ == "for" and c.ent_type_ == "PERSON")), None)  # "a question for the president"
                if clause is not None:
                    break
        if clause is None or (lemma in ("plan", "idea", "position", "question", "call", "support") and clause.dep_ == "pobj"
                              and clause.head.lower_ == "of"):
            return None
        start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge)
    end = _sentence_end(text, start, end)
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    someone = owner is not None and clause.pos_ in ("PROPN", "PRON")
    if _words(text[start:end]) < (1 if someone else 2 if clause.dep_ in ("pobj", "pcomp") else 3) or any(
            f.quote_start < end and start < f.quote_end for f in findings):
        return None
    if owner is None:
        return StatementFinding(noun.idx, noun.idx + len(noun), start, end, False, None, None, None, noun.i,
                                [(start, end)])
    s, e = owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)
    if owner.lower_ in ("his", "her"):
        speaker = speakers._last(("PERSON",), before=noun.idx)
    elif owner.lower_ in ("its", "their"):
        speaker = speakers._last(("ORG", "GPE", "PERSON"), before=noun.idx)
    else:
        speaker = speakers._actor_in(s, e) or speakers._by_name(s, e)
    return StatementFinding(noun.idx, noun.idx + len(noun), start, end, False, speaker, None, text[s:e], noun.i,
                            [(start, end)])


def _stance(text, adjective, speakers: _Speakers, findings) -> Optional[StatementFinding]:
    """"Officials remain confident that the deal will pass", "Democratic leaders are worried
    about a lack of passion": a stance stated of someone, with what it is about."""
    verb = adjective.head if adjective.dep_ == "acomp" else adjective      # "were coy about", parsed as a verb
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    content = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    if content is None:
        for prep in (c for c in adjective.children if c.dep_ == "prep" and c.lower_ in N.TOPIC_PREPOSITIONS | {"with", "at"}):
            content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if content is not None:
                break
    if content is None:
        return None
    start, end = content.left_edge.idx, content.right_edge.idx + len(content.right_edge)
    if content.left_edge.lower_ == "that":
        start = content.left_edge.idx + len(content.left_edge) + 1
    end = _sentence_end(text, start, end)
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    someone = content.pos_ in ("PROPN", "PRON") and content.dep_ == "pobj"      # "has been critical of Trump"
    if _words(text[start:end]) < (1 if someone else 3) or any(f.quote_start < end and start < f.quote_end for f in findings):
        return None
    speaker, speaker_text = speakers.resolve(verb)
    return StatementFinding(adjective.idx, adjective.idx + len(adjective), start, end, False, speaker, None,
                            speaker_text, adjective.i, [(start, end)])


def _trailing_participle(cue, finding: StatementFinding):
    """A participle of speech closing what a cue reports, after a comma ("…, citing the war",
    "…, arguing that it was wrong"), which states something of its own."""
    for token in cue.doc[cue.i + 1:]:
        if token.idx >= finding.quote_end:
            return None
        if (token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj") and token.idx > finding.quote_start
                and token.i > 0 and cue.doc[token.i - 1].text == "," and token.head != cue
                and _lemmas(token) & (N.SPEECH_VERBS | N.OBJECT_SPEECH_VERBS | N.STANCE_VERBS)
                and _content_of(token) is not None):
            return token
    return None


def _clause_end_before(text: str, start: int, limit: int) -> int:
    end = limit
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return end


def _reported(text, cue, direct: list, speakers: _Speakers, findings) -> Optional[StatementFinding]:
    comp = _content_of(cue)
    if cue.lemma_.lower() not in N.COMMUNICATION_VERBS | N.DISCUSSION_VERBS and cue.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return None           # "meetings to decide if …": a decision not yet taken is nobody's statement
    start, end = comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge)
    raised, gap = _raised_passive(cue) or _unattributed_judgement(cue) is not None, None
    if raised:
        subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.i < cue.i:
            start = subject.left_edge.idx     # "[Obama's veto] is expected [to come before the deadline]"
    if comp.dep_ == "dobj":
        # "blasted the media for being dishonest", "described Clinton as a lifetime politician":
        # the judgement follows the object.
        judgement = ("for", "as", "to", "with") if cue.lemma_.lower() in N.LIKENING_VERBS else \
            ("for", "as", "of") if cue.lemma_.lower() in ("accuse", "suspect", "convict", "clear") else ("for", "as")
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in judgement and c.i > comp.i):
            end = max(end, prep.right_edge.idx + len(prep.right_edge))
    if comp.dep_ in ("pobj", "pcomp"):
        # "called for female contestants [to wear shorter dresses]": the infinitive is the demand.
        xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > comp.i), None)
        if xcomp is not None:
            end = max(end, xcomp.right_edge.idx + len(xcomp.right_edge))
    if comp.dep_ in ("oprd", "xcomp"):
        # "called [half of Trump's supporters] deplorables", "urged [Republicans] to join …":
        # who was named or urged belongs to what was said.
        obj = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i), None)
        if obj is not None:
            start = obj.left_edge.idx
    if comp.dep_ == "nsubjpass" or raised:
        pass                  # the passive's subject is the content as it stands
    elif comp == cue.head or start < cue.idx:
        # "Y, Smith said." / "Y, he said, Z": the content is the clause without the reporting part.
        own = [t for t in comp.subtree if not (cue.left_edge.i <= t.i <= cue.right_edge.i)
               and not (t.i > cue.right_edge.i and comp.i < cue.i and t.dep_ == "punct")]
        if comp != cue.head:
            own = [t for t in comp.subtree]
        own = [t for t in own if not t.is_punct or t.text in ("%", "$")]
        if not own:
            return None
        start, end = own[0].idx, own[-1].idx + len(own[-1])
        # "The plan, he said, would fail": the words around the reporting part, without it.
        cut = next((k for k in range(1, len(own)) if own[k].i - own[k - 1].i > 1
                    and cue.left_edge.i < own[k].i and own[k - 1].i < cue.right_edge.i), None)
        if cut is not None:
            gap = (own[cut - 1].idx + len(own[cut - 1]), own[cut].idx)
    first = comp.doc[comp.left_edge.i]
    if first.lower_ in ("which", "what", "who") and first.idx == start and first.i < cue.i:
        start = cue.idx + len(cue) + 1                 # "which he said [were at his side]"
    if first.lower_ == "that" and first.idx == start:
        start = first.idx + len(first) + 1
    end = _sentence_end(text, start, end)
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    end = _with_closing_mark(text, start, end)
    # An announced thing may be two words ("announces upcoming update"); a said clause is longer.
    stance_on_someone = comp.dep_ == "dobj" and _lemmas(cue) & N.STANCE_VERBS and comp.pos_ in ("PROPN", "PRON")
    if _words(text[start:end]) < (1 if comp.dep_ == "nsubjpass" or stance_on_someone else 2 if comp.dep_ in ("dobj", "xcomp", "pobj") else 3):
        return None
    # Already a direct statement: the complement is (mostly) its quotation ("Corbyn wrote: “I know …”").
    inside = sum(max(0, min(f.quote_end, end) - max(f.quote_start, start)) for f in direct)
    if inside > 0.6 * (end - start):
        return None
    if any(f.cue_start == cue.idx for f in findings):
        return None
    speaker, speaker_text = speakers.resolve(cue) if not raised else (None, None)
    segments = [(start, end)]
    if gap is not None and start < gap[0] < gap[1] < end:
        segments = [(start, gap[0]), (gap[1], end)]
    return StatementFinding(cue.idx, cue.idx + len(cue), start, end, False, speaker,
                            _addressee(cue, speakers), speaker_text, cue.i, segments)
