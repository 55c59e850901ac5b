"""The story chart: a collection's story (`Timeline.story`) as one box per date, each holding the
sentences that tell the day, joined by a leader line to its place on a true time axis.

- Shown instead of the event chart when selection.story_shown says so (a collection's story of
  more than one date); a single article keeps its event chart.
- The dates are placed best first, so the best ones are on the chart: a date that finds no room
  with all its sentences tries again with its first sentence, then with that sentence shorter;
  what still finds none is left out, and the caption says how many dates are shown.
- Time is linear: within a stretch of the story a day is as wide as any other. Only a gap that
  would squeeze the rest (see `_cuts`) is cut out and marked with an axis break (//); each
  stretch has its own ticks.
- A date's mark grows with its support (how strongly the collection dates something to that day).
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from .chart_layout import Layout, Placed
from .chart_page import INK, LABEL_FONT, LINESPACING, MARGIN, PAD, PALETTE, SMALL_FONT, SOFT, SUB_FONT, TITLE_FONT, Page
from .chart_page import count as _count
from .model import StoryDate, Timeline

COLOUR = PALETTE[0]
GAP_BREAK_DAYS = 45          # the shortest gap cut out of the axis ...
GAP_BREAK_SHARE = 0.3        # ... when it is also longer than this share of the time the others cover
MAX_BREAKS = 3
BREAK_ROOM = 24              # pixels of an axis break
STRETCH_INSET = 8            # pixels between a stretch's end and its first or last date
MIN_STRETCH = 0.06           # the least share of the axis a stretch of the story gets
TICK_ROOM = 70               # the least pixels between two ticks
BELOW = 36                   # the nearest a box below the axis comes to it: room for the tick labels
SENTENCE_LINES = 4           # the most lines of one sentence in a box
MARK_SIZES = (7.0, 12.0)     # the marker of the least and of the best supported date
LAYOUT_TRIES = 12            # layouts tried before the best of them is kept


def room(width: int) -> int:
    """The most dates a chart of this width shows."""
    return 8 if width < 1000 else 12


def heights(width: int) -> int:
    """The most a box may stand from the axis, on each side."""
    return 420 if width < 1000 else 380


def line_chars(width: int) -> int:
    return 30 if width < 1000 else 34


@dataclass
class DayBox:
    """One story date on the chart."""
    day: StoryDate
    rank: int                         # 1 for the best date
    x: float
    when: str                         # the date as the box writes it
    text: str = ""                    # the sentences as drawn (wrapped)
    told: int = 0                     # how many of the date's sentences the box holds
    placed: Optional[Placed] = None
    head: float = 0.0                 # the height of the date line, in pixels


@dataclass
class StoryChart:
    """A drawn story chart and what it shows, in time order (for the alt text and the tests)."""
    figure: object
    days: list[DayBox]
    title: str
    subtitle: str = ""
    caption: str = ""
    breaks: list[float] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)

    @property
    def labelled(self) -> list[DayBox]:
        return [d for d in self.days if d.placed is not None]

    def alt_text(self) -> str:
        """What the chart shows, in words, best date first (NAME.alt.txt)."""
        lines = [f"Timeline chart of a story: {self.title}. {self.subtitle}."]
        for box in sorted(self.labelled, key=lambda b: b.rank):
            told = " ".join(" ".join(s.split()) for s in box.day.sentences[:box.told])
            lines.append(f"{box.when} (date {box.rank} of the story): {told}")
        if self.caption:
            lines.append(self.caption)
        return "\n".join(lines) + "\n"


def day_label(d: date) -> str:
    return d.strftime("%-d %b %Y")


def _cuts(gaps: list[int]) -> set[int]:
    """The gaps cut out of the axis: the longest, one by one while it is longer than GAP_BREAK_DAYS
    and than GAP_BREAK_SHARE of the time the gaps not yet cut cover; at most MAX_BREAKS."""
    cuts: set[int] = set()
    for n in sorted(range(len(gaps)), key=lambda n: -gaps[n])[:MAX_BREAKS]:
        rest = sum(g for k, g in enumerate(gaps) if k not in cuts)
        if gaps[n] <= GAP_BREAK_DAYS or gaps[n] <= GAP_BREAK_SHARE * rest:
            break
        cuts.add(n)
    return cuts


class Scale:
    """Dates to pixels: linear within each stretch of the story, the long gaps between stretches cut out."""

    def __init__(self, days: list[date], left: float, right: float):
        days = sorted(set(days))
        cuts = _cuts([(b - a).days for a, b in zip(days, days[1:])])
        self.stretches: list[list[date]] = [[days[0]]]
        for n, day in enumerate(days[1:]):
            if n in cuts:
                self.stretches.append([day])
            else:
                self.stretches[-1].append(day)
        lengths = [(s[-1] - s[0]).days + 1 for s in self.stretches]
        shares = [max(n / sum(lengths), MIN_STRETCH) for n in lengths]
        usable = right - left - BREAK_ROOM * (len(self.stretches) - 1)
        self.spans: list[tuple[date, date, float, float]] = []    # first day, last day, x0, x1
        x = left
        for stretch, share in zip(self.stretches, shares):
            w = usable * share / sum(shares)
            self.spans.append((stretch[0], stretch[-1], x, x + w))
            x += w + BREAK_ROOM
        self.breaks = [x1 + BREAK_ROOM / 2 for *_, x1 in self.spans[:-1]]

    def __call__(self, d: date) -> float:
        for first, last, x0, x1 in self.spans:
            if d <= last or (first, last, x0, x1) == self.spans[-1]:
                return self._within(d, first, last, x0, x1)
        return self.spans[-1][3]

    @staticmethod
    def _within(d: date, first: date, last: date, x0: float, x1: float) -> float:
        """Each day of a stretch is a slot of equal width; a date stands in the middle of its slot,
        kept clear of the breaks at the stretch's ends."""
        slots, inset = (last - first).days + 1, min(STRETCH_INSET, (x1 - x0) / 2)
        return x0 + inset + ((d - first).days + 0.5) / slots * (x1 - x0 - 2 * inset)

    def ticks(self) -> list[tuple[float, str]]:
        """Where the axis is labelled: in each stretch, days, weeks, months or years as far
        apart as TICK_ROOM allows."""
        out = []
        for first, last, x0, x1 in self.spans:
            per_day = (x1 - x0) / ((last - first).days + 1)
            out += [(self(d), text) for d, text in _ticks(first, last, per_day)]
        return out


_STEPS = ((1, "d"), (2, "d"), (7, "d"), (14, "d"), (1, "m"), (2, "m"), (3, "m"), (6, "m"), (1, "y"), (2, "y"),
          (5, "y"), (10, "y"), (20, "y"), (50, "y"), (100, "y"))


def _ticks(first: date, last: date, per_day: float) -> list[tuple[date, str]]:
    length = {"d": 1, "m": 30.4, "y": 365.25}
    n, unit = next((s for s in _STEPS if s[0] * length[s[1]] * per_day >= TICK_ROOM), _STEPS[-1])
    if unit == "d":
        days = [first + timedelta(days=k) for k in range(0, (last - first).days + 1, n)]
        if n == 7 or n == 14:
            monday = first - timedelta(days=first.weekday())
            days = [d for d in (monday + timedelta(days=k) for k in range(0, (last - monday).days + 1, n)) if d >= first]
        return [(d, d.strftime("%-d %b" if n and d.year == days[n - 1].year else "%-d %b %Y")) for n, d in enumerate(days)]
    if unit == "m":
        months = range(first.year * 12 + first.month - 1 + (first.day > 1), last.year * 12 + last.month)
        return [(date(m // 12, m % 12 + 1, 1), date(m // 12, m % 12 + 1, 1).strftime("%b %Y"))
                for m in months if (m % 12) % n == 0]
    years = range(first.year if (first.month, first.day) == (1, 1) else first.year + 1, last.year + 1)
    return [(date(y, 1, 1), str(y)) for y in years if y % n == 0]


def story_chart(tl: Timeline, days: tuple[StoryDate, ...], width: int) -> StoryChart:
    """The chart of `days` (best first): boxes placed best date first, then the figure sized to them."""
    shown = days[:room(width)]
    scale = Scale([d.date for d in shown], MARGIN + 14, width - MARGIN - 14)
    boxes = [DayBox(d, n, scale(d.date), day_label(d.date)) for n, d in enumerate(shown, 1)]
    page = _StoryPage(width)
    page.place_all(boxes)
    boxes.sort(key=lambda b: b.day.date)
    result = StoryChart(page.fig, boxes, tl.title or "Timeline", breaks=scale.breaks, ticks=scale.ticks())
    page.draw(result, tl, len(days))
    return result


def _sentence_lines(text: str, chars: int, lines: int, bullet: bool) -> str:
    text = " ".join(text.split())
    first, rest = ("• ", "  ") if bullet else ("", "")
    return textwrap.fill(text, chars, max_lines=lines, placeholder=" …", initial_indent=first,
                         subsequent_indent=rest, break_on_hyphens=False) or "…"


def tellings(day: StoryDate, width: int) -> list[tuple[str, int]]:
    """A date's text, from the fullest to the shortest, with how many sentences each holds:
    every sentence in up to SENTENCE_LINES lines each, then in fewer, then the first alone, down
    to one line of it."""
    chars, many = line_chars(width), len(day.sentences) > 1
    out = []
    if many:
        for lines in (SENTENCE_LINES, SENTENCE_LINES - 1):
            out.append(("\n".join(_sentence_lines(s, chars, lines, True) for s in day.sentences), len(day.sentences)))
    for lines in (SENTENCE_LINES, SENTENCE_LINES - 1, 2, 1):
        out.append((_sentence_lines(day.sentences[0], chars, lines, False), 1))
    return out


class _StoryPage(Page):
    """The story chart's page: a layout of boxes over a time axis, and its title, ticks and caption."""

    def __init__(self, width: int):
        super().__init__(width)
        self.layout = Layout(MARGIN, width - MARGIN, heights(width))
        self.sizes: dict[tuple[str, bool], tuple[float, float]] = {}

    def place_all(self, boxes: list[DayBox]) -> None:
        """Every box placed, best date first, each with as much of its text as finds room. When
        a date finds none, it is placed first on the next try (a date next to a better one is
        otherwise shut out by that one's box), and when that was tried, the dates placed before
        it get shorter texts. The try that shows the longest run of best dates is kept."""
        options = [tellings(b.day, self.width) for b in boxes]
        order, first, promoted = list(range(len(boxes))), [0] * len(boxes), set()
        best, tried = None, []
        for _ in range(LAYOUT_TRIES):
            missed = self.lay_out(boxes, options, order, first)
            worth = (next((n for n, b in enumerate(boxes) if b.placed is None), len(boxes)),
                     sum(b.placed is not None for b in boxes))
            tried.append((order[:], first[:]))
            if best is None or worth > best[0]:
                best = (worth, len(tried) - 1)
            if missed is None:
                return
            if missed not in promoted:
                promoted.add(missed)
                order.remove(missed)
                order.insert(0, missed)
                continue
            shorter = {n for n in self.in_the_way(boxes, missed, order) if first[n] < len(options[n]) - 1}
            if not shorter:
                break
            for n in shorter:
                first[n] += 1
        if best[1] != len(tried) - 1:
            self.lay_out(boxes, options, *tried[best[1]])

    @staticmethod
    def in_the_way(boxes: list[DayBox], missed: int, order: list[int]) -> list[int]:
        """The boxes placed before the missed one within a box's width of its date (all of them
        when none is that near)."""
        before = [n for n in order[:order.index(missed)] if boxes[n].placed is not None]
        near = [n for n in before if boxes[n].placed.box.x0 - (boxes[n].placed.box.x1 - boxes[n].placed.box.x0)
                <= boxes[missed].x <= boxes[n].placed.box.x1 + (boxes[n].placed.box.x1 - boxes[n].placed.box.x0)]
        return near or before

    def lay_out(self, boxes: list[DayBox], options, order: list[int], first: list[int]) -> Optional[int]:
        """The boxes placed in `order` on a new layout; the best rank that found no room, if any."""
        self.layout = Layout(MARGIN, self.width - MARGIN, heights(self.width), marker_radius=7.0, below=BELOW)
        missed = [n for n in order if not self.place(boxes[n], options[n][first[n]:])]
        return min(missed) if missed else None

    def place(self, box: DayBox, texts: list[tuple[str, int]]) -> bool:
        """The box at the nearest free place with the fullest of `texts` that finds room."""
        box.text, box.told, box.placed = "", 0, None
        head_w, box.head = self.measure(box.when, bold=True)
        for text, told in texts:
            w, h = self.measure(text)
            placed = self.layout.place(box.rank, box.x, max(w, head_w) + 2 * PAD, h + box.head + 3 * PAD)
            if placed is not None:
                box.text, box.told, box.placed = text, told, placed
                return True
        return False

    def measure(self, text: str, bold: bool = False) -> tuple[float, float]:
        key = (text, bold)
        if key not in self.sizes:
            style = dict(fontweight="bold") if bold else dict(linespacing=LINESPACING)
            self.sizes[key] = self.size(text, LABEL_FONT, **style)
        return self.sizes[key]

    def draw(self, result: StoryChart, tl: Timeline, told: int) -> None:
        result.subtitle = _subtitle(tl, result)
        y = self.block(result.title, MARGIN * 0.8, TITLE_FONT, "title", fontweight="bold", color=INK) + 4
        y = self.block(result.subtitle, y, SUB_FONT, "subtitle", color=SOFT) + 8
        axis_y = y + max(self.layout.extent[1], 30) + 6
        bottom = axis_y + max(self.layout.extent[-1], BELOW) + 6
        _StoryPlot(self, result, axis_y).draw()
        result.caption = _caption(result, told)
        self.finish(self.block(result.caption, bottom + 10, SMALL_FONT, "caption", color=SOFT))


class _StoryPlot:
    """The axis with its ticks and breaks, the date marks, leaders and boxes."""

    def __init__(self, page: _StoryPage, result: StoryChart, axis_y: float):
        self.page, self.ax, self.result, self.y = page, page.ax, result, axis_y

    def draw(self) -> None:
        ax, y, width = self.ax, self.y, self.page.width
        ax.plot([MARGIN, width - MARGIN], [y, y], color="#333333", linewidth=1.4, zorder=1)
        for b in self.result.breaks:
            ax.plot([b - BREAK_ROOM / 2 + 3, b + BREAK_ROOM / 2 - 3], [y, y], color="white", linewidth=3, zorder=2)
            for dx in (-BREAK_ROOM / 2 + 3, BREAK_ROOM / 2 - 3):
                ax.plot([b + dx - 3, b + dx + 3], [y + 6, y - 6], color="#333333", linewidth=1.4, zorder=3)
        free = MARGIN
        for x, text in self.result.ticks:
            ax.plot([x, x], [y, y + 4], color="#333333", linewidth=1, zorder=1)
            half = self.page.size(text, SMALL_FONT - 1)[0] / 2
            centre = min(max(x, MARGIN + half), width - MARGIN - half)       # kept inside the page
            if centre - half < free:
                continue                     # a label that would run into the one before it
            free = centre + half + 6
            ax.text(centre, y + 9, text, fontsize=SMALL_FONT - 1, ha="center", va="top", color=SOFT, gid="tick",
                    parse_math=False)
        scores = [b.day.score for b in self.result.days] or [0.0]
        low, high = min(scores), max(scores)
        for box in self.result.labelled:
            share = (box.day.score - low) / (high - low) if high > low else 1.0
            self.box(box, MARK_SIZES[0] + share * (MARK_SIZES[1] - MARK_SIZES[0]))

    def box(self, box: DayBox, mark: float) -> None:
        from matplotlib.patches import FancyBboxPatch

        ax, y, p = self.ax, self.y, box.placed
        ax.plot([p.leader.x0, p.leader.x1], [y - p.leader.y0, y - p.leader.y1], color=COLOUR, linewidth=1, zorder=2)
        ax.add_patch(FancyBboxPatch((p.box.x0, y - p.box.y1), p.box.x1 - p.box.x0, p.box.y1 - p.box.y0,
                                    boxstyle="round,pad=0,rounding_size=4", facecolor="white", gid="label-box",
                                    edgecolor=COLOUR, linewidth=1.3 if box.rank <= 3 else 0.8, zorder=5))
        top = y - p.box.y1 + PAD
        ax.text(p.box.x0 + PAD, top, box.when, fontsize=LABEL_FONT, fontweight="bold", ha="left", va="top",
                gid="date", color=INK, zorder=6, parse_math=False)
        ax.text(p.box.x0 + PAD, top + box.head + PAD, box.text, fontsize=LABEL_FONT, ha="left", va="top", gid="label",
                color=INK, zorder=6, linespacing=LINESPACING, parse_math=False)
        ax.plot([box.x], [y], marker="o", markersize=mark, markerfacecolor=COLOUR, markeredgecolor="white",
                markeredgewidth=1.2, zorder=4, linestyle="none")


def _subtitle(tl: Timeline, result: StoryChart) -> str:
    sources = sorted({d.source for d in tl.documents if d.source})
    published = sorted(d.published for d in tl.documents if d.published)
    parts = [_count(len(tl.documents), "article")]
    if sources:
        parts.append(", ".join(sources[:4]) + (f" and {len(sources) - 4} more" if len(sources) > 4 else ""))
    if published:
        first, last = day_label(published[0]), day_label(published[-1])
        parts.append("published " + (first if first == last else f"{first} – {last}"))
    parts.append(f"the story in {_count(len(result.labelled), 'date')}")
    return " · ".join(parts)


def _caption(result: StoryChart, told: int) -> str:
    caption = ["The dates the articles tell most, each with its most central sentences in the articles' own words;"
               " the larger the mark, the more the collection dates to that day."]
    if result.breaks:
        caption.append("Long gaps between dates are cut out of the axis (//).")
    shown = len(result.labelled)
    if shown < told:
        caption.append(f"The {shown} best of the story's {told} dates are shown; every date is in the JSON's story"
                       f" and NAME.story.csv.")
    return " ".join(caption)
