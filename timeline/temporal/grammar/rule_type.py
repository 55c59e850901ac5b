"""What one rule of the time grammar is: the `Rule` record the tagger runs (pattern, production,
priority, trigger classes, needed strings), and `rule`, which builds one and refuses a rule that
could match nothing or would never run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..resolve import Reading
from .patterns import compile_pattern


@dataclass(frozen=True)
class Rule:
    """A pattern and its production; `triggers` names the word classes (or number shapes) the
    tagger looks for before running the pattern around them (see tagger.TRIGGER_CLASSES)."""
    name: str
    pattern: re.Pattern
    produce: Callable[[re.Match], Optional[Reading]]
    priority: int = 0
    triggers: frozenset[str] = frozenset()
    # Lowercase strings one of which a window must hold for the rule to run there: a cheap test
    # that spares the pattern's scan where it cannot match ("and" for "four years and two months").
    needs: tuple[str, ...] = ()
    # Whether every match holds one of the rule's trigger words as the trigger scan finds it (a
    # whole word): then no match starts after a window's last trigger, and the scan stops there.
    holds_trigger: bool = False


# Texts on which a pattern must not find an empty match: a rule must read something.
_EMPTY_PROBES = ("", " ", "x", "1", " a. ", "\n")


def rule(name: str, pattern: str, produce: Callable, priority: int, triggers: tuple[str, ...],
         needs: tuple[str, ...] = (), holds_trigger: bool = False) -> Rule:
    """A rule, refused (ValueError) if its pattern can match the empty string, as ctparse does,
    or if it names no trigger."""
    compiled = compile_pattern(pattern)
    if any(m.end() == m.start() for probe in _EMPTY_PROBES for m in compiled.finditer(probe)):
        raise ValueError(f"time rule {name!r}: its pattern matches the empty string")
    if not triggers:
        raise ValueError(f"time rule {name!r}: no trigger classes, so it would never run")
    return Rule(name, compiled, produce, priority, frozenset(triggers), tuple(needs), holds_trigger)
