"""What every chart shares: the sizes and colours of a page, the text measured and wrapped to
fit it, and the bytes written (render.py draws the events, render_story.py a story's dates).

A page is in pixels from its top-left corner (the axes' y runs downward), drawn at DENSITY
times its width; the same figure always gives the same bytes."""
from __future__ import annotations

import io
import textwrap

WIDTHS = {"narrow": 700, "wide": 1200}
DEFAULT_WIDTH = WIDTHS["wide"]
DENSITY = 2                       # pixels drawn per pixel of width
DPI = 100                         # layout units: one point of figure size is DPI/72 pixels
MARGIN = 20
INK, SOFT = "#222222", "#5A5A5A"
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]   # Okabe-Ito
LABEL_FONT, TITLE_FONT, SUB_FONT, SMALL_FONT = 9.0, 15.0, 10.0, 8.5
PAD = 0.35 * LABEL_FONT * DPI / 72    # a label box's padding, in pixels (0.35 em)
LINESPACING = 1.2


class Page:
    """A figure of `width` pixels with one borderless axes over all of it, and its renderer."""

    def __init__(self, width: int):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.width = width
        self.fig = Figure(figsize=(width / DPI, 6), dpi=DPI)
        FigureCanvasAgg(self.fig)
        self.ax = self.fig.add_axes((0, 0, 1, 1))
        self.ax.set_axis_off()
        self.renderer = self.fig.canvas.get_renderer()

    def size(self, s: str, fontsize: float, **kw) -> tuple[float, float]:
        probe = self.ax.text(0, 0, s, fontsize=fontsize, parse_math=False, **kw)
        box = probe.get_window_extent(self.renderer)
        probe.remove()
        return box.width, box.height

    def wrap(self, s: str, fontsize: float, room_px: float = 0, **kw) -> str:
        """`s` in lines that fit `room_px` (the width of the page when not given)."""
        room_px = room_px or self.width - 2 * MARGIN
        chars = max(20, int(room_px / (fontsize * DPI / 72 * 0.48)))
        while True:
            out = textwrap.fill(s, chars, break_on_hyphens=False)
            if chars <= 20 or self.size(out, fontsize, **kw)[0] <= room_px:
                return out
            chars -= 3

    def block(self, s: str, y: float, fontsize: float, gid: str, **kw) -> float:
        """A wrapped block of text at the left margin from y down; the y below it."""
        s = self.wrap(s, fontsize, **kw)
        _, h = self.size(s, fontsize, **kw)
        self.ax.text(MARGIN, y, s, fontsize=fontsize, va="top", ha="left", gid=gid, parse_math=False, **kw)
        return y + h

    def finish(self, y: float) -> None:
        height = y + MARGIN * 0.7
        self.fig.set_size_inches(self.width / DPI, height / DPI)
        self.ax.set_xlim(0, self.width)
        self.ax.set_ylim(height, 0)


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# Fixed metadata (no dates, no version strings) so that the same timeline gives the same bytes.
_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
             "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}}
# Text stays text: editable and searchable in SVG, TrueType (Type 42) rather than Type 3 in PDF.
_RC = {"svg.hashsalt": "timeline", "svg.fonttype": "none", "pdf.compression": 6, "pdf.fonttype": 42}


def save(fig, fmt: str) -> bytes:
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context(_RC):
        fig.savefig(buf, format=fmt, metadata=_METADATA[fmt], dpi=DPI * DENSITY)
    return buf.getvalue()
