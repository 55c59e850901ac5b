"""The time grammar as data: each rule carries its own trigger classes, the trigger words come from
the lexicon, and a rule that could match nothing at all is refused when it is registered."""
from __future__ import annotations

import re

import pytest

from timeline.lexicon import en_time as L
from timeline.temporal import grammar, tagger
from timeline.temporal.grammar import RULES, rule


def test_every_rule_names_known_triggers():
    for r in RULES:
        assert r.triggers and r.triggers <= tagger.TRIGGER_CLASSES, r.name


def test_a_rule_matching_the_empty_string_is_refused():
    with pytest.raises(ValueError, match="empty string"):
        rule("nothing", r"(?:{WEEKDAY})?", grammar.p_weekday, 1, ("weekday",))


def test_a_rule_without_triggers_is_refused():
    with pytest.raises(ValueError, match="trigger"):
        rule("untriggered", r"(?P<weekday>{WEEKDAY})", grammar.p_weekday, 1, ())


def test_a_rule_with_an_unknown_trigger_class_is_refused():
    bad = rule("odd", r"(?P<weekday>{WEEKDAY})", grammar.p_weekday, 1, ("no_such_class",))
    with pytest.raises(ValueError, match="no_such_class"):
        tagger._check_triggers([bad])


@pytest.mark.parametrize("name", list(L.HOLIDAYS_FIXED) + list(L.HOLIDAYS_MOVABLE))
def test_every_holiday_in_the_lexicon_has_a_trigger_word(name):
    words = re.findall(r"[a-z]+", name.lower())
    assert any("holiday" in tagger._WORD_CLASSES.get(w, ()) for w in words), name


def test_every_reference_word_has_a_trigger_word():
    for phrase in tagger._REFERENCE_PHRASES:
        assert any(tagger._WORD_CLASSES.get(w) for w in phrase.split()), phrase
