"""The timeline chart: a pure function of a `Timeline` to PNG bytes.

- Time runs left to right, but long empty stretches are compressed (the gap between two
  neighbouring events grows with the logarithm of its length) and marked with an axis break,
  so that a century and the last few days of a story are both readable.
- Labels sit above and below the axis on as many levels as they need; a greedy layout places
  each label at the first level where its measured box overlaps nothing already placed.
- Future events are hollow with a dashed stem; dates known only as a range are drawn as a bar
  over that range; the publication date is a vertical line; colour says whose event it is.
- Statements dated only by the publication date are counted in the caption, not drawn: they
  would all stand on one day.
"""
from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .model import Event, Timeline

MAX_DRAWN = 40
LABEL_WIDTH = 26            # characters per label line
GAP_BREAK_DAYS = 3 * 365    # a gap longer than this gets an axis break
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
OTHER_COLOUR = "#7f7f7f"


@dataclass
class _Placed:
    event: Event
    x: float
    x0: float
    x1: float
    colour: str
    label: str


def _mid(e: Event) -> date:
    t = e.time
    return date.fromordinal((t.earliest.toordinal() + t.latest.toordinal()) // 2)


class TimeScale:
    """Maps dates to x positions: monotone, with long gaps compressed logarithmically."""

    def __init__(self, anchors: list[date]):
        points = sorted(set(anchors))
        self.days = [p.toordinal() for p in points]
        self.xs = [0.0]
        self.breaks: list[float] = []
        for a, b in zip(self.days, self.days[1:]):
            gap = b - a
            step = 0.6 + 0.45 * math.log10(1 + gap)
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


def _date_label(e: Event) -> str:
    t = e.time
    g = t.granularity
    prefix = "c. " if t.approximate and e.time.anchor != "dct" else ""
    if g == "day" and t.earliest != t.latest and t.earliest.year == t.latest.year:
        if t.earliest.month == t.latest.month:
            return f"{t.earliest.day}–{t.latest.strftime('%-d %b %Y')}"
        return f"{t.earliest.strftime('%-d %b')}–{t.latest.strftime('%-d %b %Y')}"
    if g == "day" and t.earliest == t.latest:
        return prefix + t.earliest.strftime("%-d %b %Y")
    if g == "month":
        return prefix + t.earliest.strftime("%b %Y")
    if g in ("year",) and t.earliest.year == t.latest.year:
        return prefix + str(t.earliest.year)
    if g == "decade":
        return prefix + f"{t.earliest.year}s"
    if t.earliest.year != t.latest.year:
        return f"{t.earliest.year}–{t.latest.year}"
    if t.earliest.month != t.latest.month:
        return f"{t.earliest.strftime('%-d %b')}–{t.latest.strftime('%-d %b %Y')}"
    return prefix + t.earliest.strftime("%-d %b %Y")


def _main_actor(e: Event, types: dict[str, str]) -> Optional[str]:
    """Whose event it is: the speaker or agent, else a person or organisation taking part.
    A place is where something happens, not whose it is."""
    if e.speaker:
        return e.speaker
    for role in ("agent", "speaker", "patient", "addressee", "other"):
        for p in e.actors:
            if p.role == role and types.get(p.actor) != "GPE":
                return p.actor
    return None


def _is_range(e: Event) -> bool:
    """Drawn as a bar: a date known only approximately, or only to something coarser than a year."""
    t = e.time
    return (t.approximate and t.earliest != t.latest) or t.granularity in ("decade", "century") or (
        t.earliest.year != t.latest.year)


def drawable(tl: Timeline) -> tuple[list[Event], int, int]:
    """The events the chart draws; how many it leaves to the files because the publication
    date is all that dates them; how many it thins out beyond MAX_DRAWN."""
    dated = [e for e in tl.events if e.time and e.time.earliest and e.time.latest]
    # Statements and present-tense clauses dated only by the publication date would all stand
    # on one day; the chart leaves them to the CSV/JSON.
    events = [e for e in dated if e.placed_by_text()]
    by_publication = len(dated) - len(events)
    thinned = 0
    if len(events) > MAX_DRAWN:
        # Thin evenly over the time order, so that the long history and the dense recent days
        # both keep their share; the caption says how many were left out.
        ordered = sorted(events, key=lambda e: (e.time.earliest, e.id))
        step = (len(ordered) - 1) / (MAX_DRAWN - 1)
        keep = {id(ordered[round(i * step)]) for i in range(MAX_DRAWN)}
        thinned = len(events) - len(keep)
        events = [e for e in events if id(e) in keep]
    return events, by_publication, thinned


def render_png(tl: Timeline) -> bytes:
    return save(figure(tl), "png")


def render(tl: Timeline, fmt: str) -> bytes:
    """The chart as png, svg or pdf bytes."""
    return save(figure(tl), fmt)


def figure(tl: Timeline):
    """The chart as a matplotlib Figure (Agg canvas, no pyplot state); labels carry gid "label"."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    events, by_publication, thinned = drawable(tl)
    published = [d.published for d in tl.documents if d.published]
    n = len(events)
    width = min(28.0, max(11.0, 1.45 * n + 3))
    fig = Figure(figsize=(width, 7.5), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.03, 0.16, 0.94, 0.68))
    ax.set_axis_off()
    _heading(fig, tl, n, published)
    if not events:
        ax.text(0.5, 0.5, "No dated events were found in this text.", ha="center", va="center",
                fontsize=13, color="#555555", transform=ax.transAxes)
        return fig

    anchors = [_mid(e) for e in events] + published[-1:]
    scale = TimeScale(anchors)
    types = {a.id: a.type for a in tl.actors}
    ranked, colours = _actor_colours(events, types)
    placed = _placed(events, scale, colours, types)
    _draw_axis(ax, placed, scale, published)
    unlabelled = _draw_events(fig, ax, placed)
    _legend(fig, tl, ranked, colours, placed)
    _caption(fig, by_publication, thinned, unlabelled)
    return fig


def _heading(fig, tl: Timeline, n: int, published: list[date]) -> None:
    """The title, and a line with the sources, the publication date and the count of events."""
    title = textwrap.fill(tl.title or "Timeline", 110)
    fig.text(0.03, 0.955, title, fontsize=14, fontweight="bold", va="top", ha="left")
    sources = sorted({d.source for d in tl.documents if d.source})
    sub = []
    if sources:
        sub.append(", ".join(sources))
    if published:
        sub.append("published " + max(published).strftime("%-d %B %Y"))
    sub.append(f"{n} dated event{'s' if n != 1 else ''}")
    fig.text(0.03, 0.955 - 0.045 * (title.count("\n") + 1), " · ".join(sub), fontsize=10, color="#555555", va="top")


def _actor_colours(events: list[Event], types: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """The actors ranked by how many drawn events are theirs, and a colour for each of the first."""
    actor_counts: dict[str, int] = {}
    for e in events:
        a = _main_actor(e, types)
        if a:
            actor_counts[a] = actor_counts.get(a, 0) + 1
    ranked = sorted(actor_counts, key=lambda a: (-actor_counts[a], a))
    colours = {a: PALETTE[i] for i, a in enumerate(ranked[:len(PALETTE)])}
    return ranked, colours


def _placed(events: list[Event], scale: TimeScale, colours: dict[str, str], types: dict[str, str]) -> list[_Placed]:
    placed = []
    for e in sorted(events, key=lambda e: (_mid(e), e.id)):
        x = scale(_mid(e))
        x0, x1 = scale(e.time.earliest), scale(e.time.latest)
        label = _date_label(e) + "\n" + textwrap.fill(e.summary, LABEL_WIDTH, max_lines=3, placeholder="…")
        if not _is_range(e):
            x0 = x1 = x
        placed.append(_Placed(e, x, x0, x1, colours.get(_main_actor(e, types), OTHER_COLOUR), label))
    return placed


def _draw_axis(ax, placed: list[_Placed], scale: TimeScale, published: list[date]) -> None:
    """The time axis, its breaks, and the publication date."""
    xmin = min(p.x0 for p in placed) - 0.8
    xmax = max(p.x1 for p in placed) + 0.8
    if published:
        xmin, xmax = min(xmin, scale(published[-1]) - 0.8), max(xmax, scale(published[-1]) + 0.8)
    ax.set_xlim(xmin, xmax)
    ax.set_ylim(-1, 1)
    ax.axhline(0, color="#333333", linewidth=1.4, zorder=1)
    for b in scale.breaks:
        ax.plot([b - 0.06, b + 0.02], [-0.05, 0.05], color="#333333", linewidth=1.4, zorder=3)
        ax.plot([b - 0.02, b + 0.06], [-0.05, 0.05], color="#333333", linewidth=1.4, zorder=3)
        ax.plot([b - 0.04, b + 0.04], [0, 0], color="white", linewidth=3, zorder=2)
    if published:
        px = scale(published[-1])
        ax.axvline(px, color="#999999", linestyle=":", linewidth=1.2, zorder=0)
        ax.text(px, -0.985, "published " + published[-1].strftime("%-d %b %Y"), ha="center", va="bottom",
                fontsize=8, color="#666666", bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})


def _draw_events(fig, ax, placed: list[_Placed]) -> int:
    """Each event's label, stem, range bar and marker; how many markers had no room for a label."""
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    boxes: list = []
    unlabelled = 0
    for i, p in enumerate(placed):
        future = p.event.status == "future"
        y = None
        for side in ((1, -1) if i % 2 == 0 else (-1, 1)):
            text = ax.text(p.x, 0, p.label, fontsize=8.5, gid="label", ha="center",
                           va="bottom" if side > 0 else "top", color="#222222", zorder=5, linespacing=1.15,
                           bbox={"facecolor": "white", "edgecolor": p.colour, "boxstyle": "round,pad=0.3",
                                 "linewidth": 0.8, "linestyle": "--" if future else "-"})
            y = _place(text, side, boxes, renderer, frame)
            if y is not None:
                break
            text.remove()
        if y is None:
            unlabelled += 1          # no room left on either side: the marker alone
            y = 0
        ax.plot([p.x, p.x], [0, y], color=p.colour, linewidth=1, linestyle="--" if future else "-", zorder=2)
        if p.x1 - p.x0 > 0.05:
            ax.plot([p.x0, p.x1], [0, 0], color=p.colour, linewidth=6, alpha=0.45, solid_capstyle="butt", zorder=3)
        ax.plot([p.x], [0], marker="o" if p.event.kind == "event" else "s", markersize=8 if p.event.kind == "event" else 7,
                markerfacecolor="white" if future else p.colour, markeredgecolor=p.colour, markeredgewidth=1.8,
                zorder=4, linestyle="none")
    return unlabelled


def _legend(fig, tl: Timeline, ranked: list[str], colours: dict[str, str], placed: list[_Placed]) -> None:
    from matplotlib.lines import Line2D

    names = {a.id: a.name for a in tl.actors}
    handles = [Line2D([], [], marker="o", linestyle="none", color=colours[a], label=names.get(a, a)) for a in ranked[:len(PALETTE)]]
    if any(p.event.kind == "statement" for p in placed):
        handles.append(Line2D([], [], marker="s", linestyle="none", color="#555555", label="statement"))
    handles += [Line2D([], [], marker="o", linestyle="--", color="#555555", markerfacecolor="white", label="future"),
                Line2D([], [], linewidth=6, alpha=0.45, color="#555555", label="date range")]
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.03, 0.02), ncol=min(6, len(handles)),
               frameon=False, fontsize=8.5)


def _caption(fig, by_publication: int, thinned: int, unlabelled: int) -> None:
    caption = "Dates as read from the text, anchored on the publication date. Gaps longer than three years are shortened (//)."
    if by_publication:
        caption += (f" Not drawn: {by_publication} statement{'s' if by_publication != 1 else ''} and present-tense"
                    f" clauses dated only by the publication date (they are in the CSV/JSON).")
    if thinned:
        caption += f" {thinned} more left out to keep {MAX_DRAWN} events, an even sample over time."
    if unlabelled:
        caption += f" {unlabelled} marker{'s' if unlabelled != 1 else ''} without a label for lack of room."
    fig.text(0.03, 0.095, caption, fontsize=8, color="#555555", va="bottom")


def _place(text, side: int, boxes: list, renderer, frame) -> Optional[float]:
    """Moves `text` outward from the axis, level by level, to the first place where its box
    overlaps no placed box and stays inside the plot; None when there is no such place."""
    step = 0.07
    y = side * 0.12
    while -1 <= y <= 1:
        text.set_y(y)
        bbox = text.get_window_extent(renderer).expanded(1.04, 1.12)
        if bbox.y1 > frame.y1 or bbox.y0 < frame.y0 or bbox.x0 < 0 or bbox.x1 > frame.x1 + frame.x0:
            return None
        if not any(bbox.overlaps(b) for b in boxes):
            boxes.append(bbox)
            return y
        y += side * step
    return None


# Fixed metadata (no dates, no version strings) so that the same timeline gives the same bytes.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
             "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}}


def save(fig, fmt: str) -> bytes:
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "timeline", "pdf.compression": 6}):
        fig.savefig(buf, format=fmt, metadata=_METADATA[fmt])
    return buf.getvalue()
