"""Which days the collection tells, and how strongly: every event dated to one day is evidence for
that day, from each document that reports it (its own and, once merged, its `sources`).

A day's support counts documents, not mentions: an article that names a day ten times is one
article. What a document's evidence weighs depends on how the text placed the event: a date the
text states ("on April 20", "on Tuesday") weighs most; the publication date standing in for a
statement's time, or given to a present-tense clause, weighs less (every article has one). A page's
or a reader comment's time stamp ("At 01:55 2nd Jun 2010, … wrote") is no report of its day: it
counts as the publication date on that day, and for nothing on another.

What was measured and not kept (T17 dev, 11 tasks, Date F1 0.6914; a change had to gain on three
of the five topics): of the 114 days chosen wrongly, 76 are one day off a gold day, but 51 of those
stand next to a gold day also chosen, and the other 25 lean as often early as late (15, 10) and are
three quarters stated dates: no rule that moves a day's evidence to its neighbour can mend them
(an article's undated clauses moved to the day its own dated clauses name most: 0.6888; the day
before's share set by how a publication day's articles date their clauses: 0.6802; an adjacency
penalty in ranking: 0.6876 at 0.3). Nor did a day's support counted otherwise: mentions within an
article (log, 0.6881), recall by distinct later days (0.6731) or by articles a week later (0.6936:
bpoil alone, mj lost), support over the neighbourhood's (0.6673-0.6827), the query share of a
day's articles (0.6665-0.6880), or fewer days than asked (0.9 l: 0.6695).

Nor is the extraction the evidence comes from the bottleneck. The 46 gold days the 6 smaller tasks
miss (mj 18, finan 20, h1n1 7, haiti 1) are named, in any written form (a month and day, a weekday
up to six days before the article, "yesterday" or "last night" the day before), in 46 article-days
of the window: 38 already dated to that day, 6 future weekdays read rightly ("will continue on
Thursday"), 1 a publication date, 1 another date of the clause. They are missed because few tell
them: mj's trial days one or two articles each, finan's later weeks one or two articles a week
(8 days none), h1n1's early days only articles weeks later. bpoil's 57 missed days are told by
a median of 10 articles (41 by 5 or more): a choice among well-told days. Three misreadings found
in all gold days' mentions were mended in the tagger and measured (T17 11 tasks 0.6914 / 0.1669 / 0.0488 before):
a 24-hour clock before its day ("at 2153 GMT on Tuesday" was the publication day), a range's first
day ("Monday 7 to Friday 11 September": the Monday before publication), holiday names of things
("Easter eggs", "Operation Easter"): 0.6914 / 0.1665 / 0.0488, TempEval-3, TimeBank and MEANTIME
unchanged; the sentences of the mended days moved (haiti AR1 -0.002): kept, as the dates are right. Nor a merged event taking
its day from the report that names it when the first report names only the week ("this week's
earthquake" had led 27 haiti articles' "Tuesday's earthquake", so their day went uncounted): gold
days gain support (bpoil 53 gold, 16 other days; haiti's quake day 83 -> 110 articles) but bpoil's
rank edges shift (bbc Date F1 0.562 -> 0.521, guardian 0.716 -> 0.706; h1n1 reuters AR1 0.154 ->
0.158): 0.6867 / 0.1662 / 0.0487, with no weights that mend it (diversity 0.7, looking back 0.3,
unstated recall 0.3: at most 0.6886 / 0.1669 / 0.0488); joining no week-dated report to a day at all: 0.6886 / 0.1664 / 0.0470.

Nor, measured on the chosen days' evidence against the gold days (before Weights.thin_day, 0.6914),
other signals for a day: support over the articles published within days of it (0.64-0.689), fewer
days chosen near a chosen one (0.667-0.6914), the date's form (a month and day x1.3: 0.6765, x0.8:
0.6876), the clause's tense (present x0.8: 0.6784, past x1.2: 0.6784), statements (x0.8 or x1.2:
0.6904-0.6914), what was announced before the day (x0.5: 0.6784, x0 past three days: 0.6840), a
sentence repeated word for word by several articles counting once (0.6848-0.6876), weekend days
(0.6819-0.6923: finan's wrong days are weekends, but the days they make room for are wrong too),
days with no report within a day or two (0.6914-0.6928), sentences that open on a date with its year
(a chronology; inside a task's window too rare to matter: 0.6905-0.6914). A logistic model of these
beside the support ranked no held-out topic's days better than the support alone.

Nor (session 14, from Date F1 0.7034 on the 11 tasks; the ranking is what is measured, the
sentences unchanged) a day's evidence counted another way: summed per publication day and then
taken sublinearly, so that a day referred to on many days outweighs one told by many articles of
one day (square root 0.6908, power 0.75 0.7006, log 0.6960; for the recalled reports only, square
root 0.6949); per outlet, sublinearly (square root 0.6761, power 0.85 0.7015); a recall's bonus
growing with how long after the day it was written (0.4 x log2(1 + days/3), at most 2: 0.7004;
0.2: 0.7025-0.7034), or a share of a day's support written a week or a month later raising it
(x(1 + a x share): 0.6895-0.7034), or withheld unless two articles recall the day (a lone recall
x0.4-1.0: 0.7018-0.7034); a day weighed by the share of its articles telling it in a past clause
(0.6841-0.6904), a past event (0.6870-0.7034), a stated date (0.6999-0.7009) or written on or after
it (0.6889-0.6904); an announcement made more than 3 to 30 days ahead weighing less (x0.5, x0.75:
0.7034, no day moves); an article's evidence scaled by how much of it tells the day (its sentences
for the day over those for its most told day, to a power 0.2 / 0.5: 0.6885 / 0.6786); an article
that reports the day before lending its own publication day less (x0.8 / x0.5: 0.7009 / 0.6888);
the last days of a window, which no later article can recall yet, raised by the share of evidence
they could not receive (0.7034: no day moves); a day no article reports within one to three days
lowered (x0.4-0.8: 0.7034). Nor does a day's novelty (its sentences' words against the three days
before) tell gold days: below 0.5 AUC in 8 of 10 tasks, gold days are told in the words of the days
around them. The margin is thin: pooled over tasks, the chosen days ranked in the last quarter are
gold days half the time, the next quarter's a quarter of the time, and days told by one article
are as often wrong whatever their kind (mj: a lone later recall 0 of 45 gold, a lone announcement 2
of 41, a lone same-day report 10 of 48). In bpoil, 41 of the 69 wrong days are gold days of another
of its timelines (rbpoil 11 of 11, washingtonpost 7 of 7, bbc 16 of 22, guardian 7 of 29): the
journalists' choice among well-told days, not a signal the support misses.

One sentence is one unit, however many events it holds (session 15): a day's support keeps each
document's strongest report (`Day.add`), and the sentences are chosen one candidate per (document,
sentence), so a noun dated with the verb of its clause ("the explosion that destroyed the rig") adds
nothing a second time. The T17 difference the noun rule of `events` makes (without it AR1 / AR2
0.1723 / 0.0504, with it 0.1720 / 0.0496) is one line of one task: a sentence it dates joins the
pool of washingtonpost's 22 April, the centroid moves by 0.0001 and the next of two near copies
("Oil has been gushing since ..." / "Oil has been spewing into the Gulf since ...") is told.

Nor (session 18, from 0.7025 / 0.1708 / 0.0502) an article's lede counting more: a report in its
first 1, 2, 3 or 6 lines raised by 0.2 or 0.5 (0.6887-0.7016), or lowered by 0.2 (0.6957-0.7011).
What an article opens on is its own news, mostly the day it appeared, which the support already
counts; the days journalists chose are as often told further down."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from typing import Optional, Sequence

from ..lexicon import story as S
from ..model import Event, Timeline

ONE_DAY = timedelta(days=1)
LOOKING_BACK_DAYS = 3
_STAMP_CLOCK = re.compile(S.STAMP_CLOCK, re.IGNORECASE)
_STAMP_YEAR = re.compile(S.STAMP_YEAR)
_COUNTERFACTUAL = re.compile("|".join(S.COUNTERFACTUAL))     # in lower case: "May" may be a name
_EXPECTED = re.compile(S.EXPECTED)
_CLAUSE_BREAK = re.compile(S.CLAUSE_BREAKS)


@dataclass(frozen=True)
class Weights:
    """What one document's evidence for a day weighs, by how the day was read."""
    stated: float = 1.0         # the text states the date, absolutely or relative to publication
    stated_today: float = 0.6   # the text states it, and it is the article's own publication day
    published: float = 0.6      # the publication date standing in (statements, present tense)
    future: float = 0.7         # a factor for what was still to come when the article was written (a
                                # day announced ahead, "the vote will be on Thursday", is often the day
                                # it happens; T17 dev 0.6 -> 0.7 with looking_back 0.4: Date F1 / AR1 / AR2
                                # 0.7007 / 0.1692 / 0.0498 -> 0.7034 / 0.1709 / 0.0501, from three tasks:
                                # h1n1 reuters one wrong day fewer, foxnews and mj sentences; none lower than
                                # -0.001; the same for 0.7 to 0.8 with looking_back 0.3 to 0.4; future 0.65:
                                # 0.7034 / 0.1701 / 0.0498, looking_back 0.45: 0.7007 / 0.1701 / 0.0501)
    off_query: float = 0.4      # a factor for a sentence that names nothing of the query
    diversity: float = 0.8      # how much a day told by the same articles as a chosen neighbour loses:
                                # not all (an article that tells a happening tells its next day too;
                                # T17 dev 1.0 -> 0.8: Date F1 0.683 -> 0.690, AR1 0.1648 -> 0.1667)
    day_before: float = 0.3     # a share of the publication date's evidence given to the day before
    looking_back: float = 0.4   # a bonus for a day recalled by an article written days later (0.3 to 0.4
                                # alike; 0.8: Date F1 0.6864)
    unstated_recall: float = 0.0  # what another article's report of a merged event weighs for a day its
                                  # own text did not state, when it appeared days later (a quote repeated)
    thin_day: float = 0.3       # a day whose support is under this share of the median chosen day's is left
                                # out (T17 dev: 8 such days of 338 chosen, 2 of them gold; a day right less than
                                # about half as often as the story's precision costs more than it brings)
    sentence_evidence: float = 0.0  # how much a sentence's evidence counts in choosing it (an exponent:
                                    # 0, the centroid alone chooses, measured best on T17)
    hypothetical: float = 0.0   # a factor for a date stated in a clause of what would have been, or of
                                # what is expected when the day read is past ("we'd have arrived on
                                # Saturday", "should be there by Sunday"): no report that anything happened
                                # (T17 dev: the same figures for 0, 0.3 and 1; haiti loses its two days
                                # before the quake, told only by such sentences)


@dataclass
class Day:
    """The evidence for one day: each document's strongest weight, and the events that give it."""
    day: date
    by_doc: dict[str, float] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def add(self, doc: str, weight: float) -> None:
        if weight > self.by_doc.get(doc, 0.0):
            self.by_doc[doc] = weight

    @property
    def support(self) -> float:
        return sum(self.by_doc.values())


class Query:
    """The words or phrases a story is about ("Gaddafi, Libya"), matched at the start of a word and
    regardless of case ("spill" finds "spills", "BP" finds "BP's")."""

    def __init__(self, query: Optional[str | Sequence[str]]):
        terms = query.split(",") if isinstance(query, str) else list(query or ())
        terms = [" ".join(t.split()).lower() for t in terms]
        self.terms = tuple(t for t in dict.fromkeys(terms) if t and t not in S.QUERY_JOINERS)
        self._pattern = (re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in self.terms)
                                    + ")", re.IGNORECASE) if self.terms else None)
        self._first_words = tuple({t.split()[0] for t in self.terms})
        self._seen: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return self._pattern is not None

    def matches(self, text: str) -> bool:
        if self._pattern is None:
            return True
        known = self._seen.get(text)         # the events of a sentence share its text: tried once
        if known is None:
            lowered = text.lower()      # most sentences hold no term at all: a substring test rules them out
            known = self._seen[text] = (any(w in lowered for w in self._first_words)
                                        and self._pattern.search(text) is not None)
        return known


def single_day(event: Event) -> Optional[date]:
    """The day an event is dated to, when it is dated to one day."""
    t = event.time
    if t is None or t.earliest is None or t.earliest != t.latest or t.granularity != "day":
        return None
    return t.earliest


def evidence_weight(event: Event, published: Optional[date], weights: Weights) -> float:
    """What this report of the event says for its day."""
    t = event.time
    if t.text and t.anchor != "context":
        weight = weights.stated_today if t.earliest == published else weights.stated
        if published and (published - t.earliest).days >= LOOKING_BACK_DAYS:
            weight *= 1.0 + weights.looking_back      # still worth recalling: it mattered
        if hypothetical(event, published):
            weight *= weights.hypothetical
    else:
        weight = weights.published
    if event.status == "future":
        weight *= weights.future
    return weight


def hypothetical(event: Event, published: Optional[date]) -> bool:
    """Whether the event's stated date is governed by a modal of what would have been ("we'd have
    arrived on Saturday", "By Saturday we'd have been of limited use"), or by one of what is
    expected or possible when the day read lies before the article appeared ("should be there by
    Sunday" read as the Sunday past): the tagger places such a day by a tense that is not there,
    and nothing is reported to have happened on it either way."""
    t, sentence = event.time, event.sentence
    if t is None or not t.text or t.start is None or not sentence.start <= t.start < sentence.end:
        return False
    at = t.start - sentence.start
    when = (at, at + len(t.text))
    counterfactual, expected = _modals(sentence.text)
    if any(_governs(sentence.text, modal, when) for modal in counterfactual):
        return True
    return (published is not None and t.latest is not None and t.latest < published
            and any(_governs(sentence.text, modal, when) for modal in expected if modal[1] <= at))


@lru_cache(maxsize=4096)
def _modals(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of a sentence's counterfactual and expecting modals (its many events ask alike)."""
    return (tuple(found.span() for found in _COUNTERFACTUAL.finditer(text)),
            tuple(found.span() for found in _EXPECTED.finditer(text)))


def _governs(text: str, modal: tuple[int, int], when: tuple[int, int]) -> bool:
    """Whether a modal verb group and a date are of one clause: the date a few words after the modal,
    or opening the clause before its subject and modal, with nothing between them that opens
    another clause ("said on Monday that it would have ...")."""
    ahead = modal[0] < when[0]
    gap = text[modal[1]:when[0]] if ahead else text[when[1]:modal[0]]
    words = [word.strip(",").lower() for word in gap.split()]
    return (len(words) <= (S.MODAL_DATE_WORDS if ahead else S.SUBJECT_WORDS) and not _CLAUSE_BREAK.search(gap)
            and not any(word in S.MODAL_DATE_BREAKS for word in words))


def time_stamp(event: Event, text: str) -> bool:
    """Whether the event's date is a time stamp of its page (`text`, the event's document): a date
    with its year, a clock time right before or after it."""
    t = event.time
    if not t.text or t.start is None or not _STAMP_YEAR.search(t.text):
        return False
    return bool(_STAMP_CLOCK.search(text, max(0, t.start - S.STAMP_REACH), t.start)
                or _STAMP_CLOCK.search(text, t.end, t.end + S.STAMP_REACH))


def _recalled_unstated(event: Event, day: date, published: Optional[date]) -> bool:
    """Whether another article's report of a merged event gives the day only by the merge: the
    first report's date was its publication (or the event is a statement, merged by its words
    whatever day each article read), and this article appeared days later. Unmerged, that
    article would have dated the report to its own day."""
    unstated = event.kind == "statement" or not event.time.text
    return unstated and published is not None and not 0 <= (published - day).days <= 1


def days_of(timeline: Timeline, query: Query, weights: Weights,
            date_from: Optional[date] = None, date_to: Optional[date] = None) -> dict[date, Day]:
    """Every day within the window that some event is dated to, with its evidence. (One pass over
    the events, the query tried once per sentence: a story of a thousand articles is 100,000 events.)
    An event several articles tell counts once per article, each report as its own article
    reads it: its sentence, its publication date."""
    docs = {d.id: d for d in timeline.documents}
    days: dict[date, Day] = {}
    for event in timeline.events:
        day = single_day(event)
        if day is None or (date_from and day < date_from) or (date_to and day > date_to):
            continue
        if event.doc in docs and time_stamp(event, docs[event.doc].text) and day != docs[event.doc].published:
            continue        # a comment posted days later, a print edition: they date the page only
        entry = days.get(day)
        if entry is None:
            entry = days[day] = Day(day)
        entry.events.append(event)
        reports = [(event.doc, event.sentence.text)] + [
            (s.doc, docs[s.doc].text[s.start:s.end] if s.doc in docs else "") for s in event.sources]
        for doc, sentence in reports:
            _add_report(days, entry, event, doc, sentence, docs, query, weights, date_from)
    return days


def _add_report(days: dict[date, Day], entry: Day, event: Event, doc: str, sentence: str, docs: dict,
                query: Query, weights: Weights, date_from: Optional[date]) -> None:
    """One article's report of `event` as evidence for its day (and a share for the day before)."""
    published = docs[doc].published if doc in docs else None
    factor = 1.0 if query.matches(sentence) else weights.off_query
    if doc != event.doc and _recalled_unstated(event, entry.day, published):
        factor *= weights.unstated_recall
        if not factor:
            return
    weight = evidence_weight(event, published, weights) * factor
    entry.add(doc, weight)
    if weights.day_before and not event.time.text and entry.day == published:
        # news of the day is published the next morning: what an article tells without a
        # date may have happened the day before it appeared
        before = entry.day - ONE_DAY
        if not date_from or before >= date_from:
            earlier = days.setdefault(before, Day(before))
            earlier.add(doc, weight * weights.day_before)
            if doc == event.doc:
                earlier.events.append(event)
