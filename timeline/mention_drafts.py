"""The mentions the actor stage finds, before they are actors: one record each (`MentionDraft`),
and what the mentions found so far cover (`Cover`), which every later finder reads so that it
adds only what no earlier one holds."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class MentionDraft:
    start: int
    end: int
    text: str          # cleaned display form
    label: str
    key: str           # normalised for comparison
    generic: bool = False
    described: bool = False   # "the firm": a description of a named actor, never its name


class Cover:
    """The characters the mentions so far cover, one flag each: "is this offset inside a
    mention" for every match in the text, without reading every mention each time."""

    def __init__(self, mentions: list[MentionDraft]):
        self.flags = bytearray(max((m.end for m in mentions), default=0))
        self.points: list[tuple[int, int]] = []      # mentions of no character (not in the flags)
        for m in mentions:
            self.add(m)

    def add(self, m: MentionDraft) -> None:
        if m.start >= m.end:
            self.points.append((m.start, m.end))
            return
        if m.end > len(self.flags):
            self.flags.extend(bytes(m.end - len(self.flags)))
        self.flags[max(m.start, 0):m.end] = b"\x01" * max(m.end - max(m.start, 0), 0)

    def holds(self, offset: int) -> bool:
        return 0 <= offset < len(self.flags) and self.flags[offset] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a mention so far shares a character with [start, end); one that covers
        nothing (kept apart) counts as `m.start < end and start < m.end` says."""
        return 1 in self.flags[max(start, 0):max(end, 0)] or any(a < end and start < b for a, b in self.points)
