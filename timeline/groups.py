"""Groups of positions in a list, joined pair by pair (union-find), each led by its first position,
so that what a group becomes takes the id of its first appearance."""
from __future__ import annotations


class FirstLed:
    """Union-find over positions 0..n-1; the smallest position of a group is its root."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
