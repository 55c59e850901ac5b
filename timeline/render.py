"""The timeline chart: a pure function of a `Timeline` to PNG, SVG or PDF bytes.

- What is shown comes from the inclusion policy (selection.py): events placed in time by the
  text and statements, the most telling first, as many as the width has room for.
- Time runs left to right, long empty stretches compressed (a gap grows with the logarithm of its
  length) and marked with an axis break, so that a century and the last days of a story both read.
- Each item is a marker on the axis and a label joined to it by a leader line; the labels are
  placed best item first, nearest the axis first, and never overlap (chart_layout.py).
- A statement has a speech-bubble marker and reads "Speaker: ‘short quote’"; statements dated
  only by the publication date stand on that day with the others of the day around them.
- The main actors have a colour from the Okabe-Ito palette (safe for colour-blind readers) and
  a marker shape each; future items are hollow with dashed leaders; a date known only as a short
  range is a bar over it (a coarse one, such as "this century", is not: it would shade the axis).
- Widths are presets in pixels (700 for a news column, 1200 for a wide page), drawn at twice that
  density; text stays text in SVG and is embedded as TrueType in PDF, so it can be edited.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field
from datetime import date
from typing import Optional, Union

from .chart_layout import Box, Layout, Placed
from .chart_page import (DEFAULT_WIDTH, DENSITY, DPI, INK, LABEL_FONT, LINESPACING, MARGIN, PAD, PALETTE,  # noqa: F401
                         SMALL_FONT, SOFT, SUB_FONT, TITLE_FONT, WIDTHS, Page, count as _count, save)
from .model import Event, Timeline
from .render_story import StoryChart, story_chart
from .selection import Policy, Selection, date_label, headline, main_actor, position, select, story_shown

GAP_BREAK_DAYS = 3 * 365          # a gap longer than this gets an axis break
CROWD, CROWD_ROOM = 6, 0.45       # each item on a date (up to CROWD) widens the gaps beside it
FAN = 12                          # pixels between the markers of items on the same day
DAY_ROOM = 4                      # the most items a narrow chart shows on one day (one more when wide)
SHAPES = list("o^Dvph")            # matplotlib markers; not a square: the statements' bubble is one
OTHER_COLOUR = "#8C8C8C"
MAX_BAR_SHARE = 0.15              # a range bar longer than this share of the axis is not drawn


def room(width: int) -> int:
    """How many items a chart of this width shows when the policy does not say."""
    return max(6, width // 60)


def label_chars(width: int) -> int:
    return 22 if width < 1000 else 26


def heights(width: int) -> int:
    """The most a label may stand from the axis, on each side."""
    return 340 if width < 1000 else 300


@dataclass
class Item:
    event: Event
    x: float
    x0: float
    x1: float
    colour: str
    shape: str
    text: str
    placed: Optional[Placed] = None
    when: str = ""                    # the date as the label writes it
    fan: float = 0.0                  # how far the marker was moved to stand beside others of its day


@dataclass
class Chart:
    """A drawn chart and what it shows, in time order (for the alt text and the tests)."""
    figure: object
    items: list[Item]
    selection: Selection
    title: str
    subtitle: str
    caption: str
    actors: list[tuple[str, str, str]] = field(default_factory=list)   # (name, colour, shape)
    breaks: list[float] = field(default_factory=list)

    @property
    def labelled(self) -> list[Item]:
        return [i for i in self.items if i.placed is not None]


class TimeScale:
    """Maps dates to abstract x positions: monotone, with long gaps compressed logarithmically
    and more room around a date that holds several items."""

    def __init__(self, anchors: list[date]):
        counts: dict[int, int] = {}
        for p in anchors:
            counts[p.toordinal()] = counts.get(p.toordinal(), 0) + 1
        self.days = sorted(counts)
        self.xs = [0.0]
        self.breaks: list[float] = []
        for a, b in zip(self.days, self.days[1:]):
            gap = b - a
            crowd = min(counts[a], CROWD) + min(counts[b], CROWD) - 2
            step = 0.6 + 0.45 * math.log10(1 + gap) + CROWD_ROOM * crowd
            self.xs.append(self.xs[-1] + step)
            if gap > GAP_BREAK_DAYS:
                self.breaks.append(self.xs[-2] + step / 2)

    def __call__(self, d: date) -> float:
        n = d.toordinal()
        days, xs = self.days, self.xs
        if len(days) == 1:
            return xs[0] + (n - days[0]) / 365.0 * 0.3
        if n <= days[0]:
            return xs[0] - 0.3 * math.log10(1 + days[0] - n)
        if n >= days[-1]:
            return xs[-1] + 0.3 * math.log10(1 + n - days[-1])
        for i in range(1, len(days)):
            if n <= days[i]:
                frac = (n - days[i - 1]) / (days[i] - days[i - 1])
                return xs[i - 1] + frac * (xs[i] - xs[i - 1])
        return xs[-1]


def render_png(tl: Timeline) -> bytes:
    return render(tl, "png")


def render(tl: Timeline, fmt: str, policy: Optional[Policy] = None, width: Optional[int] = None) -> bytes:
    """The chart as png, svg or pdf bytes."""
    return save(chart(tl, policy, width).figure, fmt)


def figure(tl: Timeline, policy: Optional[Policy] = None, width: Optional[int] = None):
    """The chart as a matplotlib Figure (Agg canvas, no pyplot state); labels carry gid "label"."""
    return chart(tl, policy, width).figure


def chart(tl: Timeline, policy: Optional[Policy] = None, width: Optional[int] = None) -> Union[Chart, StoryChart]:
    """Lays out and draws the chart: a collection's story (its dates, each told by its sentences)
    when it has one to show (selection.story_shown), else the events; labels placed best first,
    then the figure sized to them."""
    width = int(width or DEFAULT_WIDTH)
    days = story_shown(tl, policy)
    if days:
        return story_chart(tl, days, width)
    selection = select(tl, policy, limit=room(width), per_day=DAY_ROOM if width < 1000 else DAY_ROOM + 1)
    published = max((d.published for d in tl.documents if d.published), default=None)
    page = _Page(width)
    axis = _Axis.of(tl, selection, width, published)
    page.place_labels(axis.items, selection)
    result = Chart(page.fig, axis.items, selection, tl.title or "Timeline", "", "", axis.actors, axis.breaks)
    page.draw(result, axis, tl, published)
    return result


@dataclass
class _Axis:
    """The shown items on a pixel axis, the axis breaks and the publication date's x."""
    items: list[Item]
    breaks: list[float]
    published_x: Optional[float]
    actors: list[tuple[str, str, str]]

    @classmethod
    def of(cls, tl: Timeline, selection: Selection, width: int, published: Optional[date]) -> "_Axis":
        docs = {d.id: d.published for d in tl.documents}
        where = {e.id: position(e, docs.get(e.doc)) for e in selection.shown}
        anchors = list(where.values()) + ([published] if published and published not in where.values() else [])
        if not where:
            return cls([], [], None, [])
        scale = TimeScale(anchors)
        lo, hi = min(scale.xs) - 0.25, max(scale.xs) + 0.25
        span = (width - 2 * MARGIN - 24) / max(hi - lo, 1e-9)

        def px(d: date) -> float:
            return MARGIN + 12 + (scale(d) - lo) * span

        types = {a.id: a.type for a in tl.actors}
        actors, style = _actor_styles(tl, selection.shown, types)
        items = []
        for e in selection.shown:
            x, x0, x1 = px(where[e.id]), px(e.time.earliest), px(e.time.latest)
            if not _is_range(e) or x1 - x0 > MAX_BAR_SHARE * (width - 2 * MARGIN) or x1 - x0 < 3:
                x0 = x1 = x
            colour, shape = style.get(main_actor(e, types), (OTHER_COLOUR, "o"))
            items.append(Item(e, x, x0, x1, colour, shape, _label(e, tl, width), when=date_label(e.time)))
        _fan_out(items, [where[i.event.id] for i in items], FAN if width < 1000 else FAN * 1.25, published)
        breaks = [MARGIN + 12 + (b - lo) * span for b in scale.breaks]
        return cls(items, breaks, px(published) if published else None, actors)


def _fan_out(items: list[Item], days: list[date], spacing: float, published: Optional[date]) -> None:
    """The markers of items on the same day side by side around the day's place, so that each
    has a leader of its own: the day's statements stand as a group. The publication day's group
    ends at the publication line, so that nothing said that day looks like the future."""
    groups: dict[date, list[Item]] = {}
    for item, day in zip(items, days):
        groups.setdefault(day, []).append(item)
    for day, group in groups.items():
        centre = len(group) - 1 if day == published else (len(group) - 1) / 2
        for n, item in enumerate(group):
            offset = (n - centre) * spacing
            item.x, item.x0, item.x1 = item.x + offset, item.x0 + offset, item.x1 + offset
            item.fan = offset


def _is_range(e: Event) -> bool:
    """Drawn as a bar: a date that runs over years ("1914-1918"); never a coarse unit ("the 1980s",
    "this century"), which would shade much of the axis, and never a span of days, which the
    scale's extra room around busy days would stretch."""
    t = e.time
    return t.granularity not in ("decade", "century") and t.earliest.year != t.latest.year


def _actor_styles(tl: Timeline, shown, types):
    """The actors with most shown items get a colour and a shape each, in that order."""
    counts: dict[str, int] = {}
    for e in shown:
        a = main_actor(e, types)
        if a:
            counts[a] = counts.get(a, 0) + 1
    ranked = sorted(counts, key=lambda a: (-counts[a], a))[:len(PALETTE)]
    names = {a.id: a.name for a in tl.actors}
    style = {a: (PALETTE[i], SHAPES[i]) for i, a in enumerate(ranked)}
    return [(names.get(a, a), *style[a]) for a in ranked], style


def _label(e: Event, tl: Timeline, width: int) -> str:
    text = headline(e, tl, max_words=12)
    text = text[:1].upper() + text[1:]
    lines = 5 if e.kind == "statement" else 4          # a quote cut short loses its point sooner
    body = textwrap.fill(text, label_chars(width), max_lines=lines, placeholder=" …")
    return date_label(e.time) + "\n" + body


def _bubble():
    """A speech-bubble marker for statements."""
    from matplotlib.path import Path

    return Path([(-1, -0.45), (-0.5, -0.45), (-0.8, -1.0), (0.05, -0.45), (1, -0.45), (1, 0.75), (-1, 0.75),
                 (-1, -0.45)], closed=True)


STACK_GAP = 3                         # pixels between the boxes of one day's statements


def _units(items: list[Item]) -> list[list[Item]]:
    """What is placed as one: an event alone; the statements of one day together."""
    units, days = [], {}
    for item in items:
        if item.event.kind == "statement":
            key = round(item.x - item.fan)
            if key not in days:
                days[key] = []
                units.append(days[key])
            days[key].append(item)
        else:
            units.append([item])
    return units


class _Page(Page):
    """The event chart's page: its labels placed on a layout as they are measured."""

    def __init__(self, width: int):
        super().__init__(width)
        self.layout = Layout(MARGIN, width - MARGIN, heights(width))

    def place_labels(self, items: list[Item], selection: Selection) -> None:
        """Best item first, each label at the nearest free place to its marker; the statements of
        one day stacked in one column with one leader, best first, the date written once."""
        rank = {e.id: n for n, e in enumerate(selection.ranked)}
        for unit in sorted(_units(items), key=lambda u: min(rank[i.event.id] for i in u)):
            unit.sort(key=lambda i: rank[i.event.id])
            for n, item in enumerate(unit):
                if n:
                    item.text = item.text.split("\n", 1)[1]
            sizes = [self.size(i.text, LABEL_FONT, linespacing=LINESPACING) for i in unit]
            w = max(s[0] for s in sizes) + 2 * PAD
            h = sum(s[1] + 2 * PAD for s in sizes) + STACK_GAP * (len(unit) - 1)
            x = sum(i.x for i in unit) / len(unit)
            placed = self.layout.place(rank[unit[0].event.id], x, w, h)
            if placed is None:
                continue
            top = placed.box.y1
            for item, (_, th) in zip(unit, sizes):
                box = Box(placed.box.x0, top - th - 2 * PAD, placed.box.x1, top)
                item.placed = Placed(placed.key, box, placed.leader, placed.side)
                top = box.y0 - STACK_GAP

    def draw(self, result: Chart, axis: _Axis, tl: Timeline, published: Optional[date]) -> None:
        result.subtitle = _subtitle(tl, result, published)
        y = self.block(result.title, MARGIN * 0.8, TITLE_FONT, "title", fontweight="bold", color=INK) + 4
        y = self.block(result.subtitle, y, SUB_FONT, "subtitle", color=SOFT) + (26 if published else 8)
        if not result.items:
            self.ax.text(self.width / 2, y + 40, "No dated events or statements to show.", ha="center", va="center",
                         fontsize=12, color=SOFT)
            self.finish(self.block(_caption(result), y + 90, SMALL_FONT, "caption", color=SOFT))
            return
        axis_y = y + max(self.layout.extent[1], 30) + 6
        bottom = axis_y + max(self.layout.extent[-1], 30) + 6
        _Plot(self, axis, axis_y).draw(y - 4, bottom, published)
        y = self.legend(result, axis, bottom + 12)
        result.caption = _caption(result)
        self.finish(self.block(result.caption, y + 6, SMALL_FONT, "caption", color=SOFT))

    def legend(self, result: Chart, axis: _Axis, y: float) -> float:
        """The main actors (colour and shape), then the marks; in rows that fit the width."""
        drawn = {i.colour for i in result.labelled}
        entries = [(name, dict(marker=shape, color=colour, markersize=7)) for name, colour, shape in result.actors
                   if colour in drawn]
        kinds = {i.event.kind for i in result.labelled}
        if "statement" in kinds:
            entries.append(("statement", dict(marker=_bubble(), color=SOFT, markersize=10)))
        if any(i.event.status == "future" for i in result.labelled):
            entries.append(("future", dict(marker="o", color=SOFT, markerfacecolor="white", markersize=7)))
        if any(i.x1 > i.x0 for i in result.labelled):
            entries.append(("date range", dict(marker="none", color=SOFT, linewidth=6, alpha=0.45,
                                               solid_capstyle="butt")))
        x, row = MARGIN, 0
        for text, style in entries:
            w, _ = self.size(text, SMALL_FONT)
            if x + 18 + w > self.width - MARGIN and x > MARGIN:
                x, row = MARGIN, row + 1
            cy = y + row * 18 + 7
            span = [x, x + 14] if style.get("marker") == "none" else [x + 7]
            self.ax.plot(span, [cy] * len(span), linestyle="-" if len(span) > 1 else "none",
                         markeredgewidth=1.5, **style)
            self.ax.text(x + 18, cy, text, fontsize=SMALL_FONT, va="center", ha="left", color=INK, parse_math=False)
            x += 18 + w + 16
        return y + (row + 1) * 18 if entries else y


class _Plot:
    """The axis, the publication date, the markers, leaders and labels."""

    def __init__(self, page: _Page, axis: _Axis, axis_y: float):
        self.page, self.ax, self.axis, self.axis_y = page, page.ax, axis, axis_y

    def draw(self, top: float, bottom: float, published: Optional[date]) -> None:
        ax, y = self.ax, self.axis_y
        ax.plot([MARGIN, self.page.width - MARGIN], [y, y], color="#333333", linewidth=1.4, zorder=1)
        for b in self.axis.breaks:
            for dx in (-3, 3):
                ax.plot([b + dx - 3, b + dx + 3], [y + 6, y - 6], color="#333333", linewidth=1.4, zorder=3)
            ax.plot([b - 3, b + 3], [y, y], color="white", linewidth=3, zorder=2)
        if published and self.axis.published_x is not None:
            self.published(published, top, bottom)
        leaders: set = set()
        for item in self.axis.items:
            if item.placed is not None:
                self.item(item, leaders)

    def published(self, published: date, top: float, bottom: float) -> None:
        px = self.axis.published_x
        self.ax.plot([px, px], [top, bottom], color="#9A9A9A", linestyle=":", linewidth=1.2, zorder=0)
        text = "published " + published.strftime("%-d %b %Y")
        w, _ = self.page.size(text, SMALL_FONT)
        x = min(max(px, MARGIN + w / 2), self.page.width - MARGIN - w / 2)
        self.ax.text(x, top - 2, text, ha="center", va="bottom", fontsize=SMALL_FONT, color=SOFT, gid="published")

    def item(self, item: Item, leaders: set) -> None:
        from matplotlib.patches import FancyBboxPatch

        ax, y, p = self.ax, self.axis_y, item.placed
        future = item.event.status == "future"
        style = "--" if future else "-"
        if id(p.leader) not in leaders:
            leaders.add(id(p.leader))
            ax.plot([p.leader.x0, p.leader.x1], [y - p.leader.y0, y - p.leader.y1], color=item.colour,
                    linewidth=1, linestyle=style, zorder=2)
        ax.add_patch(FancyBboxPatch((p.box.x0, y - p.box.y1), p.box.x1 - p.box.x0, p.box.y1 - p.box.y0,
                                    boxstyle="round,pad=0,rounding_size=4", facecolor="white", gid="label-box",
                                    edgecolor=item.colour, linewidth=0.9, linestyle=style, zorder=5))
        ax.text(p.box.x0 + PAD, y - p.box.y1 + PAD, item.text, fontsize=LABEL_FONT, ha="left", va="top", gid="label",
                color=INK, zorder=6, linespacing=LINESPACING, parse_math=False)
        if item.x1 > item.x0:
            ax.plot([item.x0, item.x1], [y, y], color=item.colour, linewidth=6, alpha=0.45, solid_capstyle="butt",
                    zorder=3)
        statement = item.event.kind == "statement"
        ax.plot([item.x], [y], marker=_bubble() if statement else item.shape, markersize=11 if statement else 8,
                markerfacecolor="white" if future else item.colour, markeredgecolor=item.colour,
                markeredgewidth=1.6, zorder=4, linestyle="none")


def _subtitle(tl: Timeline, result: Chart, published: Optional[date]) -> str:
    sources = sorted({d.source for d in tl.documents if d.source})
    parts = [", ".join(sources)] if sources else []
    if published:
        parts.append("published " + published.strftime("%-d %B %Y"))
    shown = result.labelled
    statements = sum(1 for i in shown if i.event.kind == "statement")
    counts = [_count(n, noun) for n, noun in ((len(shown) - statements, "event"), (statements, "statement")) if n]
    parts.append(" and ".join(counts) or "nothing to show")
    return " · ".join(parts)


def _caption(result: Chart) -> str:
    caption = ["Dates as read from the text, anchored on the publication date."]
    if any(i.event.kind == "statement" and i.event.time.anchor == "dct" for i in result.labelled):
        caption.append("Statements with no date of their own stand on the day they were published.")
    if result.breaks:
        caption.append("Gaps longer than three years are shortened (//).")
    s = result.selection
    unplaced = len(result.items) - len(result.labelled)
    left = s.over_limit + unplaced
    if left:
        caption.append(f"The {len(result.labelled)} most telling of {len(result.labelled) + left} items are shown;"
                       f" every item is in the CSV/JSON.")
    if s.filtered:
        caption.append(f"{_count(s.filtered, 'item')} left out by the chosen actors, dates or kind.")
    return " ".join(caption)


def alt_text(result: Union[Chart, StoryChart]) -> str:
    """What the chart shows, in words, for a reader who cannot see it (NAME.alt.txt)."""
    if isinstance(result, StoryChart):
        return result.alt_text()
    lines = [f"Timeline chart: {result.title}. {result.subtitle}."]
    for item in result.labelled:
        what = "statement" if item.event.kind == "statement" else "future event" if item.event.status == "future" else "event"
        body = item.text.split("\n", 1)[1] if item.text.startswith(item.when + "\n") else item.text
        lines.append(f"{item.when} ({what}): {' '.join(body.split())}")
    if result.caption:
        lines.append(result.caption)
    return "\n".join(lines) + "\n"
