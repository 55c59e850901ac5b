"""The time grammar as data: each rule carries its own trigger classes, the trigger words come from
the lexicon, and a rule that could match nothing at all is refused when it is registered."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.lexicon import en_time as L
from timeline.temporal import tagger
from timeline.temporal.grammar import RULES, rule
from timeline.temporal.grammar.weekdays import p_weekday
from timeline.temporal.literals import required_strings


def test_every_rule_names_known_triggers():
    for r in RULES:
        assert r.triggers and r.triggers <= tagger.TRIGGER_CLASSES, r.name


def test_a_rule_matching_the_empty_string_is_refused():
    with pytest.raises(ValueError, match="empty string"):
        rule("nothing", r"(?:{WEEKDAY})?", p_weekday, 1, ("weekday",))


def test_a_rule_without_triggers_is_refused():
    with pytest.raises(ValueError, match="trigger"):
        rule("untriggered", r"(?P<weekday>{WEEKDAY})", p_weekday, 1, ())


def test_a_rule_with_an_unknown_trigger_class_is_refused():
    bad = rule("odd", r"(?P<weekday>{WEEKDAY})", p_weekday, 1, ("no_such_class",))
    with pytest.raises(ValueError, match="no_such_class"):
        tagger._check_triggers([bad])


@pytest.mark.parametrize("name", list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_MOVABLE))
def test_every_holiday_in_the_lexicon_has_a_trigger_word(name):
    words = re.findall(r"[a-z]+", name.lower())
    assert any("holiday" in tagger._WORD_CLASSES.get(w, ()) for w in words), name


def test_every_reference_word_has_a_trigger_word():
    for phrase in tagger._REFERENCE_PHRASES:
        assert any(tagger._WORD_CLASSES.get(w) for w in phrase.split()), phrase


def _timex_corpus_texts() -> list[str]:
    corpus = Path(__file__).parent / "corpus" / "timex_en.txt"
    return [line.split(" | ")[0] for line in corpus.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.name)
def test_a_rule_is_skipped_only_where_it_cannot_match(r):
    """The tagger skips a rule in a window holding none of its required strings: every match of
    the rule over the time-expression corpus holds one string of each of them."""
    for text in _timex_corpus_texts():
        low = text.lower()
        for m in r.pattern.finditer(text):
            if m.end() > m.start():
                for required in tagger._REQUIRED[r.name]:
                    assert any(s in low[m.start():m.end()] for s in required), (r.name, m.group(), sorted(required))


@pytest.mark.parametrize("pattern, text", [
    (r"(?i)(?:next|last)\s+(?:week|year)s?", "Last  Years"),
    (r"(?i)\d+\s*(?:a\.?m|p\.?m)\b|noon", "3 P.M"),
    (r"(?i)(?<!\w)(?:the\s+)?(?P<a>mid|late)-?(?:year|month)", "the mid-year"),
])
def test_required_strings_are_in_every_match(pattern, text):
    compiled = re.compile(pattern)
    found = compiled.search(text)
    options = required_strings(compiled)
    assert found and options
    for required in options:
        assert any(s in found.group().lower() for s in required), sorted(required)


def _corpus_texts() -> list[str]:
    corpus = Path(__file__).parent / "corpus" / "timex_en.txt"
    return [line.split(" | ")[0] for line in corpus.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


HOLD_PIECES = ["last ", "week", "weeks", "the past ", "three ", "days", "-", "year", "’s", " a ", "an ", "per ",
               "hour", "today", "yesterday", "Q3", "quarter", "first ", "now", "then", " current", " ago", "s", "ly",
               "’", "'", ",", ".", " ", "\n", "2019", "or so", "and a half", "-long", "-old", "weekend", "century",
               "early", "mid", "May", "Friday", "Tue.", "Sept.", "Jan ", " 5", "5th ", " of ", "the ", "to "]


@pytest.mark.parametrize("r", [r for r in RULES if r.holds_trigger], ids=lambda r: r.name)
def test_a_rule_said_to_hold_its_trigger_holds_one_in_every_match(r):
    """The tagger stops a window's scan of such a rule at the window's last trigger: every match
    must hold the start of a trigger of the rule's classes, as the trigger scan finds them."""
    import random
    rng = random.Random(13)
    texts = _corpus_texts() + ["".join(rng.choice(HOLD_PIECES) for _ in range(rng.randint(1, 25))) for _ in range(3000)]
    for text in texts:
        _, starts = tagger._windows_by_class(text)
        held = sorted(s for c in r.triggers for s in starts.get(c, ()))
        for m in r.pattern.finditer(text):
            assert any(m.start() <= s < m.end() for s in held), (r.name, text, m.group())


def _resolved_reading_the_tense(reading, dct, tense):
    """What `reading` resolves to against `dct` in a clause of `tense`, and whether it asked."""
    from timeline.temporal.resolve import Context
    asked = []
    context = Context(dct, tense_of=lambda: asked.append(True) or (tense, 0))
    return reading.resolve(context).value, bool(asked)


@pytest.mark.parametrize("text, dct, value, asks", [
    ("Friday", "2024-05-10", "2024-05-10", False),        # the DCT's own weekday, whatever the tense
    ("Friday", "2024-05-13", "2024-05-10", True),
    ("March", "2024-03-20", "2024-03", False),            # the month of the DCT
    ("March", "2024-07-01", "2024-03", True),
])
def test_the_clause_tense_is_read_only_where_it_may_move_the_date(text, dct, value, asks):
    """Reading a clause's tense is the dearest part of resolving a date: a weekday or month
    that every tense places alike is resolved without it."""
    from datetime import date
    found = [(r, m) for r in RULES for m in [r.pattern.fullmatch(text)] if m]
    reading = max(found, key=lambda f: f[0].priority)
    reading = reading[0].produce(reading[1])
    assert _resolved_reading_the_tense(reading, date.fromisoformat(dct), "past") == (value, asks)
