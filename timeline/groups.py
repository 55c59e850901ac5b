"""Groups of positions in a list (or of keys, by the position of their first sight), joined pair
by pair (union-find), each led by its first position, so that what a group becomes takes the id
of its first appearance."""
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

    def add(self) -> int:
        """A new position, a group of its own."""
        self.parent.append(len(self.parent))
        return len(self.parent) - 1


class KeyedGroups:
    """`FirstLed` over keys, each placed at its first sight: a group's root is its first key."""

    def __init__(self):
        self._positions: dict = {}
        self._keys: list = []
        self._groups = FirstLed(0)

    def _position(self, key) -> int:
        at = self._positions.get(key)
        if at is None:
            at = self._positions[key] = self._groups.add()
            self._keys.append(key)
        return at

    def find(self, key):
        return self._keys[self._groups.find(self._position(key))]

    def union(self, a, b) -> None:
        self._groups.union(self._position(a), self._position(b))
