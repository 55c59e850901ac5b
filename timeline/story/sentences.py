"""Telling a day: among the sentences that date something to it, the most central ones that can
stand alone (an extractive summary).

Each sentence is weighed by TF-IDF: its centrality is its cosine with the centroid of the day's
sentences (what most reports of the day say), times the weight of its evidence (a sentence that
states the date outranks one dated by its publication). Sentences too short to be news, too long
to read, opening on a word that leans on the sentence before or on a headline in title case, or
naming nothing of the query, pass after the others; one whose every date is said as what would
have been ("By Saturday we'd have been of limited use") tells no day at all. A sentence longer than a journalist's timeline entry (TOLD_WORDS) loses in
proportion: a long sentence holds more of the centroid's words only by saying more besides.
Chosen sentences may not repeat one another (cosine above REDUNDANT), and each next one is weighed
against what the chosen ones left unsaid (the centroid without their words).

A sentence is shown as its own words: without the page furniture a splitter left around it (a
dateline, a photo credit, a time stamp, a wire's name), without a headline or caption run into it
(told by the words that open sentences, by another article printing the sentence alone, by the
sentence repeating the headline's subject, or by a titled speaker's "said:" after a caption), and
ending as a sentence (`closed`), and without the words that repeat the day it is shown under
(`without_own_day`).

Measured on T17 dev (s11 builds, AR1 0.1669, AR2 0.0488) and not kept: AR1 moves by more than the
effects below with the pool's size alone (100 candidates 0.1571, 400 0.1624), so a change must gain
on most topics, not on the average. Per sentence, a day's reports written a week or more later
match the gold better than its first reports (ROUGE-1 F +0.064 within a day, 60 days), yet
preferring them (x1.5) gave 0.1649 (mj, guardian up; reuters, washingtonpost down); an article's
lead (x1.2 within its first 500 characters) 0.1674 but AR2 0.0475; parentheses cut (a pound sum
after a dollar one is the gold's too) 0.1673/0.0489, mj down; a sentence that states another day
too, x0.5 or x1.5: 0.1603, 0.1434. Nor (s12, from AR1 0.1657-0.1677, AR2 0.0485-0.0496): a
sentence that states its day (a date in its words; its ROUGE-1 with the gold is 0.106 against 0.069
for the others) preferred x1.3 / x1.6 (0.1604 / 0.1521) or weighing more in the centroid (x2:
0.1599), nor the sentence's evidence as an exponent (0.5: 0.1597, 1: 0.1554); the topic's centroid
taken from the day's (0.3: 0.1560) or added to it (0.15: 0.1679 but AR2 0.0480); centrality squared
(0.1647); an article's lead preferred ((1 + offset/3000)^-0.2: 0.1685 but AR2 0.0487, haiti -0.03;
^-0.1: 0.1665); a lower-case opening x0.5 (0.1650); a run-on cut leaving 10 words (0.1650); quotes
shown as their sentences rather than "Speaker: quote" (0.1663); TOLD_WORDS 28 (0.1619); MAX_WORDS
50 (0.1644); LEANING 0.3 (0.1668).

Nor (s15, from Date F1 / AR1 / AR2 0.7025 / 0.1720 / 0.0496; days unchanged): the pool and the
centroid count each article's sentences as they come, and every way of spreading them lost. Each
article weighing once in the centroid (its sentences 1/n each: 0.1375 / 0.0339; 1/sqrt(n): 0.1564 /
0.0422; n^0.25, the other way: 0.1621 / 0.0445); the pool's ties taken round-robin over articles
(their first sentence each, then their second: 0.1664 / 0.0468), by position in the article (0.1681 /
0.0466), or the articles telling the day most first (0.1702 / 0.0490); centrality against the other
articles' sentences only (0.1713 / 0.0480, at half 0.1705 / 0.0476); a sentence other articles say
nearly alike (cosine > 0.4) preferred (x1.3 for three: 0.1637 / 0.0479); the reports merged into
another article's event (its `sources`) added to the pool as their own sentences, so that each
(article, sentence, day) counts once in the choice as it does in the support (0.1674 / 0.0480;
haiti -0.028). Nor: TF-IDF terms stemmed (0.1638 / 0.0454); length scaled on the words shown rather
than weighed (0.1633 / 0.0478); REDUNDANT 0.4 or 0.6 (no line moves: the centroid without the
chosen words already keeps them apart); fewer sentences for a day under the chosen days' median
support (half: 0.1673 / 0.0485; under half the median: 0.1714 / 0.0488); the evidence as an
exponent again (0.3: 0.1630 / 0.0444). Shown text, scored on the lines as told: attributions cut
("..., officials said": 0.1715 / 0.0492, h1n1 down); conversions in parentheses cut ("$20bn
(£13.5bn)": 0.1723 / 0.0497 but mj down, the gold keeps them)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice

from ..lexicon import news as N
from ..lexicon import story as S
from ..lexicon import time_words as T
from ..model import Document, Event, Source
from ..quotes import curly_left_open, straight_left_open
from .support import Day, Query, Weights, evidence_weight, hypothetical

MIN_WORDS, MAX_WORDS = 13, 60  # a shorter sentence rarely tells a day (measured on T17 dev: 6 -> 13)
MAX_CANDIDATES = 200        # per day: the centroid of the best-weighed is the day's centroid. Most
                            # weights tie (1.0); ties go to the first reports, those published on the
                            # day or soonest after it (then those before it), never to an order of
                            # document ids, which says nothing (T17 dev showed how much an accident
                            # of id order can look like skill: ids sorting one outlet first gave AR1
                            # 0.1625, outlets reversed 0.1553, a hashed order 0.1573; first reports 0.1602).
REDUNDANT = 0.5
OTHER_ENTRY = 0.3           # a factor for a line that is another day's entry of a printed timeline
                            # (T17 dev AR1 0.1677 -> 0.1678, AR2 0.0496 -> 0.0497; no task lower)
RETOLD = 0.7                # a sentence this close (cosine) to one told under another day passes after
                            # the others: a later day's report repeats the earlier day's line ("Nine more
                            # cases confirmed, taking the total to 27" under two days); T17 dev AR1
                            # 0.1676 -> 0.1677, AR2 0.0494 -> 0.0496 (0.8 the same; 0.5, 0.6: 0.1653, 0.1655)
HEADLINE = 0.5              # a factor for a line that opens on a headline in title case (T17 dev AR1
                            # 0.1661 -> 0.1676, AR2 0.0489 -> 0.0494; 0.3: 0.1657, 0.6: 0.1674)
HEADLINE_WORDS = 5          # the words of its opening that must all be in title case (6: AR1 0.1668)
HEADLINE_COMMON = 2         # of which this many (its first left out) are common words in capitals
LEANING = 0.5               # a factor for a sentence that opens on a word leaning on another
OFF_QUERY = 0.3             # a factor for a sentence that names nothing of the query
FIRST_PERSON = 0.3          # a factor for a sentence in the first person (a comment, a column)
BEFORE_REACH = 400           # characters of title a run-on boundary looks back over
TOLD_WORDS = 35             # words a timeline entry takes at most; a longer sentence's centrality is
                            # scaled by TOLD_WORDS / its words (T17 dev AR1 0.1578 -> 0.1614; 30 and 40
                            # gave 0.159: journalists' entries run 20-30 words)
_ENTRY_DATE = re.compile(S.ENTRY_DATE)


def entry_of_another_day(text: str, day: date) -> bool:
    """Whether a line (as shown under `day`) opens as an entry of a timeline a page printed, for
    another day: "June 10 - The minister says ..." under 16 June tells 10 June."""
    found = _ENTRY_DATE.match(text)
    if not found:
        return False
    name = found.group(1).lower()
    month = T.MONTHS.get(name) or T.MONTH_ABBREVIATIONS.get(name)
    return bool(month) and (month, int(found.group(2))) != (day.month, day.day)


# a capitalised word after a word, a lower-case word or a number after it; a 24-hour time stamp
_RUN_ON_AT = re.compile(r"(?<=\S)\s+([A-Z][a-z'’-]*)(?=,?\s+[\"'“‘(]*[a-z0-9])")
# an article in capitals after a lower-case word, whatever follows ("... left homeless A charity ...")
_ARTICLE_AT = re.compile(r"(?<=\S)\s+(" + "|".join(S.RUN_ON_ARTICLES) + r")(?=\s+[\"'“‘(]*(?:[A-Z][a-z]|[A-Z]+\b))")
# a speaker named after a caption's last word, a colon or a quotation after the verb of saying
_CAPITALISED_WORD = r"[A-Z][\w'’.-]*\s+"
_TITLED_NAME = (_CAPITALISED_WORD + r"(?:(?:" + "|".join(S.RUN_ON_TITLE_WORDS) + r")\s+){1," + str(S.RUN_ON_TITLE_LOWER)
                + r"}(?:" + _CAPITALISED_WORD + r"){2,3}")     # "Chief operating officer Ann Roe"
_SPEAKER_AT = re.compile(r"(?<=[a-z0-9])\s+((?:" + _CAPITALISED_WORD + r"){" + f"{S.RUN_ON_SPEAKER_LEAST},{S.RUN_ON_SPEAKER_WORDS}"
                         + r"}|" + _TITLED_NAME + r")" + S.RUN_ON_SPEECH)
_WORD = re.compile(r"\S+")
# a speaker named by capitalised words (a title and a name) before a verb of saying
_NAMED_SAYING = re.compile(r"((?:" + _CAPITALISED_WORD + r"){2,}|" + _TITLED_NAME + r")" + S.RUN_ON_SPEECH)
_WEEKDAYS = frozenset(T.WEEKDAYS)
# words after which a name repeated continues the sentence: "and Acme", "said Tuesday Acme", "one
# Acme worker"
_NOT_BEFORE_SUBJECT = S.LEADS_ON | S.DETERMINERS | _WEEKDAYS
# words a line may open on twice without a headline between: a title ("Mr Roe met Mr Doe"), a
# pronoun ("I think ... I said"), a word that leans on another sentence or leads into a name
_NO_SUBJECT = frozenset(N.HONORIFICS) | S.DEPENDENT_OPENINGS | S.DETERMINERS | S.LEADS_ON | S.TITLE_LEAD_INS
_CLOCK_AT = re.compile(r"(?<=\S)\s+" + S.RUN_ON_CLOCK + r"\s+(?=[A-Z][a-z'’-]*\b)")
# a capitalised word said twice in a row: a caption ending on a name, the sentence opening on it
_REPEATED_AT = re.compile(r"(?:(?<=\S)\s+|(?<!\S))([A-Z][\w'’.-]*)\s+(\1)(?![\w-])")
# the end of a live page's headline, and the capitalised word after it
_HEADLINE_END_AT = re.compile(r"(?:\s+[-–—])?\s+(?:" + "|".join(S.RUN_ON_HEADLINE_ENDS) + r")\s+(?=[\"'“‘]*[A-Z])",
                              re.IGNORECASE)
# a word inside a sentence: after a word that ends no sentence, past any opening quotation mark
_INNER_WORD = re.compile(r"(?<=[^\s.!?:])\s+[\"'“‘(]*([A-Za-z][A-Za-z'’-]*)")
_LEAD_IN = re.compile("|".join(S.LEAD_IN_PATTERNS), re.IGNORECASE)
_TRAILING = re.compile("|".join(S.TRAILING_PATTERNS))
# a capitalised word after a word: where a sentence another article prints on its own may start
_CAPITALISED_AT = re.compile(r"(?<=\S)\s+(?=[\"'“‘(]*[A-Z])")
CAPTION_WORDS = 6           # words a caption holds at least, before a speaker's sentence run into it
OPENING_WORDS = 8           # words of a sentence's opening that must match another sentence's opening
_FIRST_PERSON = re.compile(r"\b(?:" + "|".join(map(re.escape, S.FIRST_PERSON)) + r")\b")
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


@dataclass(frozen=True)
class Candidate:
    text: str                   # as shown: the sentence, or "Speaker: quote"
    source: Source
    weight: float               # how well it can stand alone, times its evidence
    weighed: str = ""           # the words its centrality is weighed on (default: `text`)

    @property
    def words(self) -> str:
        return self.weighed or self.text


def candidates(day: Day, documents: dict[str, Document], names: dict[str, str], query: Query,
               weights: Weights, casing: "Casing | None" = None) -> list[Candidate]:
    """The day's sentences, one candidate each, the best-weighed first (at most MAX_CANDIDATES).
    A busy day has thousands: they are weighed on their raw text, and only the kept ones shown."""
    by_sentence: dict[tuple[str, int, int], list[Event]] = {}
    for event in day.events:
        by_sentence.setdefault((event.doc, event.sentence.start, event.sentence.end), []).append(event)
    weighed, lead_ins = [], {}
    for key, events in by_sentence.items():
        document = documents.get(key[0])
        if all(hypothetical(e, document.published if document else None) for e in events):
            continue                    # "we'd have arrived on Saturday" tells no Saturday
        text = events[0].sentence.text
        lead_in = lead_ins[key] = _after_lead_in(text)
        weight = _standing(text[lead_in:], query)
        if casing is not None and opens_on_headline(text[lead_in:], casing):
            weight *= HEADLINE
        if weights.sentence_evidence:
            document = documents.get(key[0])
            published = document.published if document else None
            weight *= max(evidence_weight(e, published, weights) for e in events) ** weights.sentence_evidence
        weighed.append((-weight, _report_order(documents.get(key[0]), day), key))
    weighed.sort()
    return [_candidate(by_sentence[key], key, lead_ins[key], names, -negative, casing, day.day,
                       _published(documents.get(key[0])))
            for negative, _, key in weighed[:MAX_CANDIDATES]]


def _published(document: "Document | None") -> "date | None":
    return document.published if document else None


def _report_order(document: "Document | None", day: Day) -> int:
    """How early a report of the day it is: 0 for one published that day, then the days after it;
    reports published before the day (previews) and undated ones after all of those."""
    if document is None or document.published is None:
        return 1 << 30
    after = (document.published - day.day).days
    return after if after >= 0 else (1 << 20) - after


def _candidate(events: list[Event], key: tuple[str, int, int], lead_in: int, names: dict[str, str],
               weight: float, casing: "Casing | None", day: date, published: "date | None" = None) -> Candidate:
    """A sentence as told: from where it starts after any lead-in, headline or caption run into it.
    A headline run into it is not shown, but its words still say what the sentence is about."""
    text = events[0].sentence.text
    doc, start, end = key
    skip = _told_from(text, lead_in, casing)
    until = _told_until(text, skip)
    weighed = text[lead_in:until] if skip > lead_in or until < len(text) else ""
    shown = _shown(text[skip:until], events, names)
    if until < len(text) and shown[-1:].isalnum():
        shown += "."                    # what was cut off held its full stop
    # weighed on all its words: the day it names is a word of the day's reports
    told = without_own_day(shown, day, published)
    if entry_of_another_day(told, day):
        weight *= OTHER_ENTRY
    return Candidate(told, Source(doc, start + skip, start + until), weight, weighed or shown)


def told_until(text: str) -> int:
    """Where a sentence's own words end: before a page's time stamp or a wire's name tagged on."""
    return _told_until(text, 0)


def _told_until(text: str, start: int) -> int:
    """Where a sentence's own words end: before a page's time stamp or a wire's name tagged on."""
    found = _TRAILING.search(text, start)
    return found.start() if found and _words(text[start:found.start()]) >= MIN_WORDS else len(text)


def told_from(text: str, casing: "Casing | None" = None) -> int:
    """Where a sentence's own words start: after a lead-in (a dateline, a time stamp) near its start,
    and after a headline or caption run into it, when what is left can still be a sentence.
    `casing` tells which capitalised words the collection writes in lower case (common words)."""
    return _told_from(text, _after_lead_in(text), casing)


def _told_from(text: str, start: int, casing: "Casing | None") -> int:
    for boundary in _run_on_starts(text, start, casing):
        if _words(text[boundary:]) >= MIN_WORDS:
            start = boundary
    return start


def _after_lead_in(text: str) -> int:
    start = 0
    for found in _LEAD_IN.finditer(text, 0, S.LEAD_IN_REACH):
        if _words(text[found.end():]) >= MIN_WORDS:
            start = found.end()
    return start


def _run_on_starts(text: str, start: int, casing: "Casing | None") -> list[int]:
    """Where a new sentence starts inside `text` after `start`, no full stop before it: a capitalised
    common word (an opener, or a word the collection writes in lower case) right after a word with
    no punctuation that does not lead into a name ("of", "the", "said"), with a lower-case word or a
    number after it (a capitalised one may continue a title: "New York Times Square"); any
    capitalised word after a live page's time stamp ("... killed 2050 Lorvia's Premier ..."); the
    second of a capitalised word said twice ("Costs mount for Acme Acme has said ...", "Acme Acme's
    plant ..."); the word after a live page's "- as it happened"; or an
    article in capitals right after a lower-case word, whatever follows it ("Crews reach the cut-off
    valley A Red Cross convoy ..."): a title it opens follows a word leading into it ("of The Times").
    An opener may take a comma ("... the family However, lawyers ...")."""
    starts = _retold_starts(text, start, casing.openings) if casing and casing.openings else []
    starts += [found.start(2) for found in _REPEATED_AT.finditer(text, start)]
    starts += [found.end() for found in _HEADLINE_END_AT.finditer(text, start)]
    starts += _speaker_starts(text, start) + _repeated_subject_starts(text, start)
    for found in _CLOCK_AT.finditer(text, start):
        before = _words_before(text, start, found.start())
        if before and _unpunctuated(before[-1]):
            starts.append(found.end())
    for found in _RUN_ON_AT.finditer(text, start):
        before = _words_before(text, start, found.start())
        if not before or not _unpunctuated(before[-1]):
            continue
        common = found.group(1).lower()
        if common not in S.RUN_ON_OPENERS and not (before[-1][0].islower() and casing and casing.common(common)):
            continue
        if not _in_title(before):
            starts.append(found.start(1))
    for found in _ARTICLE_AT.finditer(text, start):
        before = _words_before(text, start, found.start())
        if before and before[-1][0].islower() and _unpunctuated(before[-1]):
            starts.append(found.start(1))
    return sorted(set(starts))


def _speaker_starts(text: str, start: int) -> list[int]:
    """Where a sentence reporting speech starts right after a caption's last word, a lower-case word
    that leads into nothing, a caption of CAPTION_WORDS words or more, the speaker named by a title
    and a name: "Crowds gather to hear the new band play Festival Director Anna Roe said: ..." (a
    name after "and" or "that" continues the sentence; "chief executive Anna Roe said:" is the
    speaker's description)."""
    starts = []
    for found in _SPEAKER_AT.finditer(text, start):
        before = _words_before(text, start, found.start())
        if len(before) >= CAPTION_WORDS and before[-1][0].islower() and _unpunctuated(before[-1]) \
                and before[-1].lower() not in S.LEADS_ON:
            starts.append(found.start(1))
    return starts


def _repeated_subject_starts(text: str, start: int) -> list[int]:
    """Where the sentence a headline runs into starts: it repeats the headline's subject within
    HEADLINE_REACH words ("Acme plans new plant Acme is to build ...", "Rescuers reach the valley
    Italian rescuers have ...", "Acme opens a plant The Acme group has ..."), after a word that
    leads into nothing (not "and Acme", "said Tuesday Acme", "some Acme staff")."""
    if not text[start:start + 1].isupper():
        return []
    words = [(found.start(), _bare(found.group()), found.group())
             for found in islice(_WORD.finditer(text, start), S.HEADLINE_REACH)]
    if len(words) < 3 or words[0][1] in _NO_SUBJECT:
        return []
    first, second = words[0][1], words[1][1]
    starts = []
    for i in range(2, len(words) - 1):
        at, bare, word = words[i]
        previous = words[i - 1]
        if not word[:1].isupper() or not _unpunctuated(previous[2]) or previous[1] in _NOT_BEFORE_SUBJECT:
            continue
        follows = [w[1] for w in words[i + 1:i + 3]]
        if not follows[0][:1].isalpha() or follows[0] in S.NOT_AFTER_SUBJECT:
            continue                    # "wants Acme to pay", "could cost Acme $4bn"
        if ((bare == first and previous[2][0].islower())
                or (bare in S.DETERMINERS and follows[:1] == [first])
                or (follows == [first, second] and words[i + 1][2][0].islower())):
            starts.append(at)
    return starts


def _retold_starts(text: str, start: int, openings: frozenset) -> list[int]:
    """Where a sentence that another article prints on its own starts inside `text`: a capitalised
    word after a word with no punctuation (a lower-case word, or a name before an opener such as
    "The"), the OPENING_WORDS words from it opening a sentence of the collection. A caption or a
    headline printed without a full stop runs into a sentence that other pages carry alone
    ("Aerial view of the capital US troops have landed at ...")."""
    starts = []
    for found in _CAPITALISED_AT.finditer(text, start):
        before = _words_before(text, start, found.start())
        if not before or not _unpunctuated(before[-1]) or before[-1].lower() in S.LEADS_ON:
            continue
        words = text[found.end():found.end() + 30 * OPENING_WORDS].split(None, OPENING_WORDS)[:OPENING_WORDS]
        if len(words) < OPENING_WORDS or _opening(words) not in openings:
            continue
        if before[-1][:1].isupper() and _bare(words[0]) not in S.RUN_ON_OPENERS:
            continue                    # a name's second word ("Gordon Brown"), not a new sentence
        starts.append(found.end())
    return starts


def _bare(word: str) -> str:
    return word.strip("\"'“”‘’()[],.;:!?").lower()


def _opening(words: list[str]) -> tuple[str, ...]:
    return tuple(_bare(w) for w in words)


def _words_before(text: str, start: int, end: int) -> list[str]:
    """The words of text[start:end] that a boundary's checks read: the sentence's first word and
    the run of words ending at `end`, at most BEFORE_REACH characters of them (a split of the whole
    prefix at every match would cost the square of a long sentence)."""
    if end - start <= BEFORE_REACH:
        return text[start:end].split()
    return [text[start:end].split(None, 1)[0]] + text[end - BEFORE_REACH:end].split()[1:]


def _unpunctuated(word: str) -> bool:
    """A word a new sentence may follow unmarked: no punctuation after it, and no word that leads
    into a name or a title ("of", "the", "said")."""
    return word[-1].isalnum() and word.lower() not in S.TITLE_LEAD_INS


def _in_title(before: list[str]) -> bool:
    """Whether the capitalised words ending `before` (the sentence's first word left out) hold an
    opener: a title in capitals ("the This Is It tour"), which the next opener continues."""
    j = len(before) - 1
    while j > 0 and before[j][:1].isupper():
        if before[j].lower() in S.RUN_ON_OPENERS:
            return True
        j -= 1
    return False


class Casing:
    """How a collection writes its words inside sentences (the first word of each left out): a
    capitalised word it writes in lower case nearly always is a common word, not a name. And how
    its sentences open (`openings`: the first OPENING_WORDS words of each that can stand alone)."""

    def __init__(self, texts):
        texts = list(texts)
        self.lower: dict[str, int] = {}
        self.upper: dict[str, int] = {}
        self.openings = frozenset(_opening(words[:OPENING_WORDS]) for words in (t.split(None, MIN_WORDS) for t in texts)
                                  if len(words) >= MIN_WORDS and words[0][:1].isupper())
        for word, seen in Counter(_INNER_WORD.findall(" . ".join(texts))).items():
            counts = self.lower if word[0].islower() else self.upper
            key = word.lower()
            counts[key] = counts.get(key, 0) + seen

    def common(self, word: str) -> bool:
        lower = self.lower.get(word, 0)
        return lower >= S.RUN_ON_COMMON_SEEN and lower >= S.RUN_ON_COMMON_SHARE * (lower + self.upper.get(word, 0))


def _words(text: str) -> int:
    return len(text.split())


def _shown(sentence: str, events: list[Event], names: dict[str, str]) -> str:
    """A sentence that is one direct quotation of a named speaker is shown "Speaker: quote",
    unless it names another speaker itself (then the speaker read is wrong, and the sentence says
    better who spoke)."""
    text = " ".join(sentence.split())
    quoted = [e for e in events if e.kind == "statement" and e.direct and e.quote and names.get(e.speaker)]
    if len(quoted) == 1 and len(quoted[0].quote) >= len(text) / 2:
        speaker, quote = names[quoted[0].speaker], " ".join(quoted[0].quote.split())
        if not _names_another_speaker(text.replace(quote, " "), speaker):
            return closed(f"{speaker}: {quote}")
    return closed(text)


def _names_another_speaker(words: str, speaker: str) -> bool:
    """Whether the words name someone saying, none of whose words are in the speaker's name
    ("Chief operating officer Ann Roe said:" when the speaker read is "Coast Guard")."""
    own = {w.lower() for w in speaker.split()}
    return any(not own & {w.lower().rstrip(".") for w in found.group(1).split()}
               for found in _NAMED_SAYING.finditer(words))


def without_own_day(text: str, day: date, published: "date | None" = None) -> str:
    """A line shown under `day` without the words that repeat it: "on Tuesday" when the day is a
    Tuesday, "on June 1, 2010" when it is that date; one that opens on them ("On Tuesday, BP
    said ...", a caption's "June 4: Crews ...") opens on what follows. Another day the sentence
    names stays: it is news. (T17 dev: AR1 0.1668 -> 0.1681, AR2 0.0503 -> 0.0511: journalists'
    entries do not repeat their heading.) With the day its article appeared (`published`), the
    words that name the day by it go too: "yesterday" in an article of the day after, "today" in
    one of the day itself (T17 dev, 11 tasks: AR2 0.0496 -> 0.0497, AR1 0.1720 and Date F1 the
    same; 18 lines shorter, no task lower)."""
    text = _without_relative_day(text, day, published)
    names, opening, inside, after_saying = _own_day(day)
    if not any(name in text for name in names):
        return text                     # most sentences name no day: no pattern tried
    text = opening.sub(lambda found: found.group(1).upper(), text)
    return after_saying.sub("", inside.sub("", text))


def _without_relative_day(text: str, day: date, published: "date | None") -> str:
    """The line without "yesterday", "today" (and the like) when they name `day`, counted from the
    day its article appeared: opening the line, after "on"/"late" or a verb, as `_own_day` reads
    a weekday ("The vote is today" stays: the day is what it says)."""
    words = S.OWN_DAY_RELATIVE.get((published - day).days) if published else None
    if not words:
        return text
    lowered = text.lower()
    if not any(word in lowered for word in words):
        return text
    opening, inside = _relative_day(words)
    text = opening.sub(lambda found: found.group(1).upper(), text)
    return inside.sub("", text)


@lru_cache(maxsize=4)
def _relative_day(words: tuple[str, ...]):
    said = "(?:" + "|".join(r"\s+".join(w.split()) for w in words) + ")" + S.OWN_DAY_PARTS
    before = S.OWN_DAY_BEFORE.replace(r"(?:on|last)\s+", r"(?:on\s+)?")
    # Inside a line, only in lower case: a capital makes it a name ("the Lorvia Today newspaper").
    return (re.compile(r"^" + said + r",?\s+(\S)", re.IGNORECASE),
            re.compile(before + said + r"(?![\w'’])"))


@lru_cache(maxsize=512)
def _own_day(day: date):
    """The names of `day` (its weekday, its month) and the patterns of the ways a sentence says it:
    its weekday (a date may follow) or its date ("June 1", "1st of June 2010"), a part of the
    day after either; opening the sentence, after "on" or "last", after a verb of saying."""
    weekdays = [w.capitalize() for w, n in T.WEEKDAYS.items() if n == day.isoweekday()]
    months = ([m.capitalize() for m, n in T.MONTHS.items() if n == day.month]
              + [m.capitalize() for m, n in T.MONTH_ABBREVIATIONS.items() if n == day.month])
    month = "|".join(m + (r"\.?" if m.lower() in T.MONTH_ABBREVIATIONS else "") for m in months)
    number, year = rf"{day.day}{S.OWN_DAY_ORDINAL}", rf"(?:,?\s+{day.year})?"
    on_date = rf"(?:(?:{month})\s+{number}{year}|{number}\s+{S.OWN_DAY_OF}(?:{month}){year})"
    said = rf"(?:(?:{'|'.join(weekdays)})(?:,?\s+{on_date})?|{on_date}){S.OWN_DAY_PARTS}"
    return (tuple(weekdays + months), re.compile(S.OWN_DAY_OPENING + said + r"[,:]\s+(\S)"),
            re.compile(S.OWN_DAY_BEFORE + said + r"(?![\w'’])"), re.compile(S.OWN_DAY_AFTER_SAYING + said + r"(?![\w'’])"))


def closed(text: str) -> str:
    """A sentence shown ends as a sentence: a quotation cut before its "he said" ends on a full stop,
    not on the comma that led into the attribution, and a quotation it opens and does not close is
    closed (one it closes, opened in the sentence before, is left as it is)."""
    if text and text[-1] in ",;:":
        text = text[:-1].rstrip() + "."
    if curly_left_open(text):
        return text + "”"
    last = text.rfind('"')
    if straight_left_open(text) and (last == 0 or text[last - 1] in " (["):
        return text + '"'
    return text


def opens_on_headline(text: str, casing: "Casing") -> bool:
    """Whether a line opens on a headline or a title in title case: its first HEADLINE_WORDS words
    capitalised but for the small words a title leaves in lower case, HEADLINE_COMMON of them
    words the collection writes in lower case or small words ("Bailout Could Deepen Crisis, Fund
    Chief Says Anna Roe ...", "Songs For The Long Road Home is ..."). Where the headline ends no
    word tells (a name may open the sentence after it), so the line is not cut: it passes after
    plain ones."""
    words = text.split(None, HEADLINE_WORDS)[:HEADLINE_WORDS]
    if len(words) < HEADLINE_WORDS:
        return False
    common = 0
    for word in words[1:]:
        bare = _bare(word)
        if not bare or not word[:1].isalpha():
            return False
        if word[:1].islower():
            if bare not in S.TITLE_LEAD_INS:
                return False            # a lower-case word that is no title's small word: a sentence
        elif casing.common(bare) or bare in S.TITLE_LEAD_INS:
            common += 1
    return common >= HEADLINE_COMMON


def _standing(text: str, query: Query) -> float:
    """How well a sentence (as told: `told_from` already applied) stands alone under its date,
    from 0 (not at all) to 1."""
    words = text.count(" ") + 1          # about: enough to tell a fragment or a wall of text
    if not MIN_WORDS <= words <= MAX_WORDS or text.rstrip()[-1:] == "?":
        return 0.05
    factor = 1.0
    if text.lstrip().split(" ", 1)[0].strip("\"'“‘(").lower() in S.DEPENDENT_OPENINGS:
        factor *= LEANING
    if query and not query.matches(text):
        factor *= OFF_QUERY
    if _FIRST_PERSON.search(_QUOTED.sub("", text)):
        factor *= FIRST_PERSON
    return factor


def choose(day_candidates: list[Candidate], vectors, count: int, told_before=()) -> list[Candidate]:
    """The `count` most central candidates that do not repeat one another, each next one central to
    what the chosen ones have not said: the centroid loses the words of every sentence chosen. (A
    day's second sentence that restates the first's words with a few more tells the reader nothing
    new: T17 dev AR1 0.1592 -> 0.1659, AR2 0.0472 -> 0.0490; keeping a tenth, 0.3 or 0.6 of
    the covered words' weight gave 0.1653, 0.1627, 0.1632.) `vectors` holds the candidates' TF-IDF
    rows (L2-normalised, CSR), in the same order; `told_before`, those of the sentences told under
    other days: one that says the same again (RETOLD) passes after the others."""
    if not day_candidates:
        return []
    import numpy as np

    weights = np.array([c.weight for c in day_candidates])
    centroid = np.asarray(vectors.T @ weights).ravel()
    words = np.array([_words(c.words) for c in day_candidates], dtype=float)
    standing = weights * np.minimum(1.0, TOLD_WORDS / np.maximum(words, 1.0))
    if len(told_before):
        from scipy.sparse import vstack
        retold = np.asarray((vectors @ vstack(list(told_before)).T).max(axis=1).toarray()).ravel() > RETOLD
        standing = np.where(retold, 0.0, standing)
    chosen: list[int] = []
    while len(chosen) < count:
        norm = np.linalg.norm(centroid)
        if chosen and not norm:
            break                       # the chosen sentences said every word the day's reports say
        centrality = np.asarray(vectors @ (centroid / norm)).ravel() if norm else np.zeros(len(day_candidates))
        best = next((int(i) for i in np.argsort(-(centrality * standing), kind="stable") if int(i) not in chosen
                     and not (chosen and _most_similar(vectors, i, chosen) > REDUNDANT)), None)
        if best is None:
            break
        chosen.append(best)
        centroid[vectors[best].indices] = 0.0
    return [day_candidates[i] for i in chosen]


def _most_similar(vectors, i: int, chosen: list[int]) -> float:
    return float((vectors[chosen] @ vectors[i].T).toarray().max())


class Tfidf:
    """TF-IDF rows (L2-normalised) of sentences, the weights fitted once on the chosen days' sentences."""

    def __init__(self, texts: list[str]):
        from .tfidf import TfidfModel       # scikit-learn's TfidfVectorizer, to the bit, without its import

        self.model = TfidfModel(stop_words=S.TFIDF_STOP_WORDS)
        try:
            self.fitted = self.model.fit_transform(texts).tocsr()
        except ValueError:          # no text, or nothing but stop words
            self.model = None
            self.fitted = self.empty(len(texts))

    @staticmethod
    def empty(rows: int):
        from scipy.sparse import csr_matrix
        return csr_matrix((rows, 1))

    def rows(self, texts: list[str]):
        return self.model.transform(texts).tocsr() if self.model is not None else self.empty(len(texts))
