"""Where the chart's labels go: boxes above and below a horizontal time axis, each joined to its
marker by a leader line, with nothing overlapping.

All geometry is in pixels with y growing away from the axis on each side (the caller turns it
into figure coordinates). A label is tried at every distance from the axis, nearest first, and
at several sideways shifts; it takes the first place where its box overlaps no other box, its
leader crosses no other box or leader, and no earlier leader crosses its box. A label that finds
no place within the allowed height is left out, and the caller says so.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

GAP = 4.0            # pixels between two boxes
FIRST_DISTANCE = 16  # the nearest a box comes to the axis
STEP = 5             # how far each try moves a box away from the axis
SHIFTS = (0.0, -0.25, 0.25, -0.45, 0.45, -0.7, 0.7, -1.0, 1.0, -1.3, 1.3, -1.7, 1.7)   # sideways, in box widths
SLANT_COST = 0.35    # a pixel of leader slant costs this many pixels of distance from the axis
END_INSET = 6.0      # a leader meets its box at least this far inside the box's corners


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float        # signed: above the axis positive, below negative; y0 < y1
    x1: float
    y1: float

    def overlaps(self, other: "Box", gap: float = 0.0) -> bool:
        return not (self.x1 + gap <= other.x0 or other.x1 + gap <= self.x0
                    or self.y1 + gap <= other.y0 or other.y1 + gap <= self.y0)


@dataclass(frozen=True)
class Leader:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Placed:
    key: int
    box: Box
    leader: Leader
    side: int        # 1 above the axis, -1 below


def _cross(ax, ay, bx, by, cx, cy) -> float:
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def segments_cross(a: Leader, b: Leader) -> bool:
    """Whether two segments cross (touching at an end counts when the segments are not collinear)."""
    d1 = _cross(b.x0, b.y0, b.x1, b.y1, a.x0, a.y0)
    d2 = _cross(b.x0, b.y0, b.x1, b.y1, a.x1, a.y1)
    d3 = _cross(a.x0, a.y0, a.x1, a.y1, b.x0, b.y0)
    d4 = _cross(a.x0, a.y0, a.x1, a.y1, b.x1, b.y1)
    return ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and d1 * d2 <= 0 and d3 * d4 <= 0


def segment_hits_box(s: Leader, b: Box) -> bool:
    """Liang-Barsky: whether the segment passes through the inside of the box."""
    t0, t1 = 0.0, 1.0
    dx, dy = s.x1 - s.x0, s.y1 - s.y0
    for p, q in ((-dx, s.x0 - b.x0), (dx, b.x1 - s.x0), (-dy, s.y0 - b.y0), (dy, b.y1 - s.y0)):
        if p == 0:
            if q <= 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 >= t1:
            return False
    return True


def _hits(sx0, sy0, sx1, sy1, bx0, by0, bx1, by1):
    """`segment_hits_box` for arrays that broadcast together."""
    import numpy as np

    dx, dy = sx1 - sx0, sy1 - sy0
    shape = np.broadcast(sx0, sy0, sx1, sy1, bx0, by0, bx1, by1).shape
    t0, t1, miss = np.zeros(shape), np.ones(shape), np.zeros(shape, dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, sx0 - bx0), (dx, bx1 - sx0), (-dy, sy0 - by0), (dy, by1 - sy0)):
            p, q = np.broadcast_to(p, shape), np.broadcast_to(q, shape)
            r = np.where(p == 0, 0.0, q / np.where(p == 0, 1.0, p))
            miss |= (p == 0) & (q <= 0)
            t0 = np.where((p < 0), np.maximum(t0, r), t0)
            t1 = np.where((p > 0), np.minimum(t1, r), t1)
    return ~miss & (t0 < t1)


def _crosses(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1):
    """`segments_cross` for arrays that broadcast together."""
    d1 = _cross(bx0, by0, bx1, by1, ax0, ay0)
    d2 = _cross(bx0, by0, bx1, by1, ax1, ay1)
    d3 = _cross(ax0, ay0, ax1, ay1, bx0, by0)
    d4 = _cross(ax0, ay0, ax1, ay1, bx1, by1)
    return ((d1 > 0) != (d2 > 0)) & ((d3 > 0) != (d4 > 0)) & (d1 * d2 <= 0) & (d3 * d4 <= 0)


class Layout:
    """Labels placed so far, within [left, right] and at most `height` pixels from the axis."""

    def __init__(self, left: float, right: float, height: float, marker_radius: float = 5.0,
                 below: float = FIRST_DISTANCE):
        self.left, self.right, self.height = left, right, height
        self.radius = marker_radius
        self.nearest = {1: FIRST_DISTANCE, -1: below}     # below the axis may hold its tick labels
        self.placed: list[Placed] = []
        self.extent = {1: 0.0, -1: 0.0}

    def place(self, key: int, x: float, w: float, h: float) -> Optional[Placed]:
        """The nearest free place for a w x h box whose marker is at x; None when there is none.
        Every try is tested at once (numpy), with the same tests `_try` makes one by one."""
        import numpy as np

        sides = sorted((1, -1), key=lambda s: (self.extent[s], -s))
        # every (distance, shift, side), in this order of nesting, nearer than the side allows left out
        distance, shift, side = (a.ravel().astype(float) for a in np.meshgrid(
            np.arange(FIRST_DISTANCE, int(self.height - h) + 1, STEP), SHIFTS, sides, indexing="ij"))
        allowed = distance >= np.where(side > 0, self.nearest[1], self.nearest[-1])
        distance, shift, side = distance[allowed], shift[allowed], side[allowed]
        if not len(distance):
            return None
        x0 = np.minimum(np.maximum(x - w / 2 + shift * w, self.left), self.right - w)
        cost = distance + SLANT_COST * np.abs(x0 + w / 2 - x)
        order = np.lexsort((np.arange(len(cost)), cost))
        ok = (x0 >= self.left) & self._clear(x, x0, w, h, distance, side)
        for n in order[ok[order]].tolist():
            found = self._try(key, x, w, h, int(distance[n]), float(shift[n]), int(side[n]))
            if found is not None:
                self.placed.append(found)
                self.extent[found.side] = max(self.extent[found.side], int(distance[n]) + h)
                return found
        return None

    def _clear(self, x: float, x0, w: float, h: float, distance, side):
        """Which tries' boxes and leaders meet no placed box or leader (see `_try`): the boxes
        first, the leaders only for the tries whose box is free."""
        import numpy as np

        if not self.placed:
            return np.ones(len(x0), dtype=bool)
        near, far = side * distance, side * (distance + h)
        y0, y1 = np.minimum(near, far)[:, None], np.maximum(near, far)[:, None]
        bx0, by0, bx1, by1 = (np.array([getattr(p.box, a) for p in self.placed]) for a in ("x0", "y0", "x1", "y1"))
        left, right = x0[:, None], (x0 + w)[:, None]
        free = ~(~((right + GAP <= bx0) | (bx1 + GAP <= left) | (y1 + GAP <= by0) | (by1 + GAP <= y0))).any(axis=1)
        at = np.nonzero(free)[0]
        if len(at):
            free[at] = self._leaders_clear(x, left[at], right[at], y0[at], y1[at], near[at], side[at], w)
        return free

    def _leaders_clear(self, x: float, left, right, y0, y1, near, side, w: float):
        import numpy as np

        bx0, by0, bx1, by1 = (np.array([getattr(p.box, a) for p in self.placed]) for a in ("x0", "y0", "x1", "y1"))
        lx0, ly0, lx1, ly1 = (np.array([getattr(p.leader, a) for p in self.placed]) for a in ("x0", "y0", "x1", "y1"))
        end_x = np.minimum(np.maximum(x, left + END_INSET), left + w - END_INSET)
        start_y, near = (side * self.radius)[:, None], near[:, None]
        theirs = _hits(lx0, ly0, lx1, ly1, left, y0, right, y1)
        mine = _hits(x, start_y, end_x, near, bx0, by0, bx1, by1)
        others = np.array([p.side for p in self.placed])
        crossing = _crosses(x, start_y, end_x, near, lx0, ly0, lx1, ly1) & (np.abs(lx0 - x) > 0.5) \
            & (others == side[:, None])
        return ~(theirs | mine | crossing).any(axis=1)

    def _left(self, x: float, w: float, shift: float) -> float:
        return min(max(x - w / 2 + shift * w, self.left), self.right - w)

    def _try(self, key: int, x: float, w: float, h: float, distance: float, shift: float, side: int) -> Optional[Placed]:
        x0 = self._left(x, w, shift)
        if x0 < self.left:
            return None
        near, far = side * distance, side * (distance + h)
        box = Box(x0, min(near, far), x0 + w, max(near, far))
        end_x = min(max(x, x0 + END_INSET), x0 + w - END_INSET)
        leader = Leader(x, side * self.radius, end_x, near)
        if any(box.overlaps(other.box, GAP) for other in self.placed):     # the cheap test first
            return None
        for other in self.placed:
            if segment_hits_box(other.leader, box):
                return None
            if segment_hits_box(leader, other.box):
                return None
            if abs(other.leader.x0 - x) > 0.5 and other.side == side and segments_cross(leader, other.leader):
                return None
        return Placed(key, box, leader, side)
