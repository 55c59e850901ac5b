"""A headline's verb or adjective glued to a name ("Rip Maria Lopez") is not an actor of its own:
the article's person it names is one actor, with the headline's mention among its own."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import corpus_lines
from timeline.model import Document


@pytest.mark.parametrize("article, named, not_named", list(corpus_lines("headline_names_en.txt")))
def test_headline_words_are_not_part_of_a_name(article, named, not_named):
    import timeline

    tl = timeline.build([Document("d", article, date(2020, 1, 1))])
    names = {a.name for a in tl.actors}
    assert named in names, names
    assert not_named not in names, names
