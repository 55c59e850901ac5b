"""Page furniture is not news: comments, buttons, time stamps and a site's boilerplate are
blanked out of the text, and every offset of the news that is kept stays where it was."""
from __future__ import annotations

import pytest

from timeline.furniture import blank, furniture_spans, without_furniture
from timeline.model import Document

from conftest import corpus_lines


@pytest.mark.parametrize("page,kept", list(corpus_lines("furniture_en.txt")))
def test_furniture_is_left_out_and_news_kept_in_place(page, kept):
    page = page.replace("¦", "|")
    text = blank(page, furniture_spans(page))
    assert len(text) == len(page)
    assert " ".join(text.split()) == ("" if kept == "-" else kept)
    for word in text.split():                 # what is kept is where it was
        at = text.index(word)
        assert page[at:at + len(word)] == word


def test_a_line_a_site_repeats_at_the_foot_of_its_pages_is_boilerplate():
    foot = "The riddle - timeless craft, or the cheapest kind of joke?"
    news = ["Oil reached the coast of Louisiana on Friday.", "BP said on Monday it had capped the well.",
            "The blast killed 11 workers on the rig.", "Obama visited the Gulf coast on Friday."]
    pages = [Document(f"d{n}", f"{line}\nOfficials met {n} times.\n{foot}", source="bbc") for n, line in enumerate(news)]
    other_site = Document("other", f"A new line.\n{foot}", source="reuters")
    cleaned = {d.id: d.text for d in without_furniture(pages + [other_site])}
    for n, (page, line) in enumerate(zip(pages, news)):
        assert cleaned[page.id].split("\n") == [line, f"Officials met {n} times.", " " * len(foot)]
    assert foot in cleaned["other"]           # one page of another site: not its boilerplate
