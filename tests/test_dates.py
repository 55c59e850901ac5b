"""Publication dates: one parser (timeline/dates.py) for the command line, files, HTML pages and
tagger records, refusing years the calendar arithmetic cannot hold."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

import timeline
from timeline.dates import MAX_YEAR, MIN_YEAR, DateError, leading_date, parse_date
from timeline.temporal import tag_documents


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "0999-12-31", "9999-01-01T10:00:00Z"])
def test_years_outside_the_range_are_refused_with_a_reason(text):
    with pytest.raises(DateError, match="out of range"):
        parse_date(text)


@pytest.mark.parametrize("value", [date(1, 1, 1), datetime(9999, 12, 31, 23, 59)])
def test_date_objects_outside_the_range_are_refused_too(value):
    with pytest.raises(DateError):
        parse_date(value)


def test_the_edges_of_the_range_are_dates():
    assert parse_date(f"{MIN_YEAR}-01-01") == date(MIN_YEAR, 1, 1)
    assert parse_date(f"{MAX_YEAR}-12-31") == date(MAX_YEAR, 12, 31)


def test_the_old_import_path_still_works():
    from timeline.ingest import DateError as D, parse_date as p

    assert D is DateError and p is parse_date


@pytest.mark.parametrize("value,expected", [("2019-02-26", date(2019, 2, 26)), ("2019-02-26T10:00:00+01:00", date(2019, 2, 26)),
                                            ("0001-01-01", None), ("9999-12-31", None), ("2019-02-30", None),
                                            ("yesterday", None), ("", None), (None, None), (date(2019, 2, 26), date(2019, 2, 26))])
def test_metadata_dates_are_hints(value, expected):
    assert leading_date(value) == expected


def test_a_record_dated_year_one_is_tagged_without_a_publication_date():
    out = list(tag_documents([{"id": "a", "text": "He resigned on Friday.", "dct": "0001-01-01"}]))
    assert out[0]["timexes"][0]["value"] == "XXXX-WXX-5"


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_tag_refuses_a_publication_date_out_of_range(published):
    with pytest.raises(DateError):
        timeline.tag("He resigned on Friday.", published)


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_command_line_refuses_a_publication_date_out_of_range(run_cli, tmp_path, published):
    f = tmp_path / "a.txt"
    f.write_text("He resigned on Friday, the minister said.\n")
    code, _, err = run_cli("build", f, "--published", published, "--out", tmp_path / "o", "--format", "json")
    assert code == 2 and "out of range" in err and "Traceback" not in err


def test_reading_html_does_not_import_ingest():
    code = "import sys, timeline.html; print('timeline.ingest' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
