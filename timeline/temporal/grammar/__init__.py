"""The English time grammar: rules of (pattern, production).

A pattern is a regular expression written with placeholders from the lexicon ({MONTH},
{NUM}, ...). A production reads the match (and, for the traps, the text around it) and
returns a `Reading`, or None to reject the match. Adding an expression is one rule in
`table.py`, its production in the module of its kind, plus lines in `tests/corpus/`.

Span conventions (TimeML): no leading preposition; determiners and modifiers inside.

The modules, by job:
- `patterns.py`: the placeholders patterns are written with, and compiling a pattern;
- `rule_type.py`: the `Rule` record and `rule`, which builds and checks one;
- `readers.py`: what a match's own words say (numbers, units, months, years, modifiers);
- `surroundings.py`: the text around a match (the words before and after, names, sets, targets);
- the productions, one module a kind of expression: `month_dates.py`, `years.py`,
  `year_parts.py` (seasons, quarters, halves, fiscal years), `weekdays.py`, `deictic_days.py`,
  `relative_units.py`, `counted_offsets.py`, `durations.py`, `sets.py`, `clock_times.py`,
  `holidays.py`, `reference_words.py`;
- `table.py`: the rules in the order the tagger tries them, with their priorities: `RULES`.
"""
from .rule_type import Rule, rule
from .table import RULES

__all__ = ["Rule", "rule", "RULES"]
