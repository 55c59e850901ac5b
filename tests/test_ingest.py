"""Inputs as SPEC §1 reads them, and the bad ones each reported with a reason."""
from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import corpus_lines
from timeline.ingest import DateError, Document, Failure, InputWarning, parse_date, read_inputs


def _read(*paths, published=None):
    items = list(read_inputs([str(p) for p in paths], published))
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)],
            [i for i in items if isinstance(i, InputWarning)])


def test_front_matter_gives_title_date_and_source(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: A title\npublished: 2019-02-26\nsource: Jewish News\n---\nBody text here.\n")
    docs, fails, _ = _read(f)
    assert not fails
    assert docs[0].title == "A title" and docs[0].published == date(2019, 2, 26) and docs[0].source == "Jewish News"
    assert docs[0].text == "Body text here.\n"


@pytest.mark.parametrize("text,published", list(corpus_lines("head_dates_en.txt")))
def test_a_text_without_a_date_is_dated_by_its_head(tmp_path, text, published):
    f = tmp_path / "a.txt"
    f.write_text(text + "\n")
    docs, _, _ = _read(f)
    assert docs[0].published == (None if published == "-" else date.fromisoformat(published))


def test_a_given_date_wins_over_the_head(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\npublished: 2019-02-26\n---\nDetroit, March 3, 2009\nText.\n")
    assert _read(f)[0][0].published == date(2019, 2, 26)
    assert _read(f, published=date(2020, 1, 1))[0][0].published == date(2020, 1, 1)


def test_published_option_overrides_the_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\npublished: 2019-02-26\n---\nText.\n")
    docs, _, _ = _read(f, published=date(2020, 1, 1))
    assert docs[0].published == date(2020, 1, 1)


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"---\ntitle: x\n---\n\n", "no article text"),
])
def test_unreadable_files_fail_with_a_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    docs, fails, _ = _read(f)
    assert not docs and reason in fails[0].reason and fails[0].where == str(f)


def test_missing_path(tmp_path):
    docs, fails, _ = _read(tmp_path / "nope.txt")
    assert "no such file" in fails[0].reason


def test_cp1252_file_is_read_with_a_warning(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("Corbyn said the party\x92s future was \x93bright\x94 in 2019.".encode("latin-1"))
    docs, fails, warns = _read(f)
    assert not fails and "party’s" in docs[0].text and "“bright”" in docs[0].text
    assert "Windows-1252" in warns[0].message


def test_jsonl_malformed_line_fails_alone(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join([json.dumps({"id": "a", "text": "One.", "dct": "2019-02-26"}),
                            '{"id": "b", "text": "broken',
                            json.dumps({"id": "c", "text": "Three.", "published": "2019-03-01"}),
                            json.dumps({"id": "d"})]) + "\n")
    docs, fails, _ = _read(f)
    assert [d.id for d in docs] == ["a", "c"]
    assert [x.where for x in fails] == [f"{f}:2", f"{f}:4"]
    assert docs[0].published == date(2019, 2, 26) and docs[1].published == date(2019, 3, 1)


def test_directory_reads_supported_files_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("Second.")
    (tmp_path / "a.md").write_text("First.")
    (tmp_path / "notes.csv").write_text("ignored")
    docs, fails, _ = _read(tmp_path)
    assert [d.id for d in docs] == ["a", "b"] and not fails


ARTICLE_HTML = """<html><head><title>Minister resigns | Paper</title>
<meta property="article:published_time" content="2019-02-26T10:00:00Z"></head>
<body><article><h1>Minister resigns</h1>
<p>The minister resigned on Monday after a row over the budget, the government said in a statement.</p>
<p>Officials said the decision was taken last week and that a successor would be named in March.</p>
<p>The opposition called for an inquiry into the affair, which has dominated politics for months.</p>
</article><div id="comments"><p>Posted 3 March 2019 by reader: terrible news.</p></div></body></html>"""


def test_html_article_text_title_and_metadata_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(ARTICLE_HTML)
    docs, fails, _ = _read(f)
    assert not fails
    assert "minister resigned on Monday" in docs[0].text and "terrible news" not in docs[0].text
    assert docs[0].published == date(2019, 2, 26)
    assert "Minister resigns" in docs[0].title


def test_html_date_only_in_comments_is_not_trusted(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(ARTICLE_HTML.replace('<meta property="article:published_time" content="2019-02-26T10:00:00Z">', ""))
    docs, _, _ = _read(f)
    assert docs[0].published is None


def test_html_without_article_text_fails(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>Nothing</title></head><body><nav>Home | About</nav></body></html>")
    docs, fails, _ = _read(f)
    assert not docs and "no article text" in fails[0].reason


@pytest.mark.parametrize("text,expected", [("2019-02-26", date(2019, 2, 26)), ("2019-02-26T10:00:00Z", date(2019, 2, 26)),
                                           ("26 February 2019", date(2019, 2, 26)), ("Feb 26, 2019", date(2019, 2, 26))])
def test_publication_dates_in_common_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2019-02-30", "next week", "26/02", "", "2019"])
def test_invalid_publication_dates(text):
    with pytest.raises(DateError):
        parse_date(text)
