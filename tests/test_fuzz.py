"""Fuzzing (issue 10): whatever the text, the date or the file, nothing raises.

`timeline.tag` over arbitrary text and publication dates; reading over random bytes, random front
matter and random JSON Lines; and whole runs of the command line (the spaCy model loaded once) over
folders of such files, which must end with an exit code and no traceback. Example counts are small
so that the file runs in well under a minute (TIMELINE_FUZZ=10 for ten times as many); hypothesis keeps
failing examples in its database.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import timeline
from timeline.dates import DateError, in_range
from timeline.ingest import Document, Failure, InputWarning, read_inputs

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".text", ".htm"]
KEYS = ["title", "published", "date", "source", "url", "id", "author", ""]
WORDS = ["Theresa", "May", "said", "“We", "will", "leave”", "Tony", "Blair", "told", "the", "BBC", "on", "Monday",
         "last", "year", "35", "years", "after", "2019-02-26", "Labour", "party", ".", ",", "\n", "\n\n", "---",
         "<p>", "</p>", "<html>", "{", "}", "\"", ":", "\u2028", "\x0c", "\x00", "\ud800", "é", "\ufeff"]
# Everything XML 1.0 can hold: what every output format must be able to write.
# No UTF-8 output can encode half of a UTF-16 pair (control characters are kept: JSON holds them).
UNENCODABLE = set(map(chr, range(0xD800, 0xE000)))

# TIMELINE_FUZZ=10 runs ten times as many examples, for a deeper search than the suite's.
SCALE = float(os.environ.get("TIMELINE_FUZZ", "1"))
FAST = settings(max_examples=int(100 * SCALE), deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=int(50 * SCALE), deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
texts = st.one_of(st.text(max_size=400), words)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | words,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
records = st.dictionaries(st.sampled_from(["id", "text", "published", "dct", "title", "source", "url", "x"]),
                          st.one_of(json_values, texts, st.sampled_from(["2019-02-26", "26 February 2019", "1984"])),
                          max_size=7)


@st.composite
def front_matter_files(draw) -> bytes:
    sep = draw(st.sampled_from(["\n", "\r\n"]))
    meta = draw(st.dictionaries(st.sampled_from(KEYS), st.one_of(st.text(max_size=30), st.sampled_from(
        ["2019-02-26", "2019-02-30", "26 February 2019", "0001-01-01", "9999-12-31", "yesterday"])), max_size=5))
    lines = ["---", *(f"{k}: {v}" for k, v in meta.items())]
    if draw(st.booleans()):
        lines.append("---")
    text = sep.join(lines) + sep + draw(texts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace")


@st.composite
def jsonl_files(draw) -> bytes:
    lines = []
    for rec in draw(st.lists(st.one_of(records, json_values), max_size=5)):
        lines.append(json.dumps(rec, ensure_ascii=draw(st.booleans())))
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text(max_size=40)))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


files = st.tuples(st.sampled_from(SUFFIXES),
                  st.one_of(st.binary(max_size=600), front_matter_files(), jsonl_files(), texts.map(
                      lambda t: t.encode("utf-8", "surrogatepass"))))


def _write(folder: Path, generated) -> list[Path]:
    paths = []
    for n, (suffix, data) in enumerate(generated):
        path = folder / f"f{n % 3}" / f"doc{suffix}"          # names repeat across folders: ids must not
        path.parent.mkdir(exist_ok=True)
        if path.exists():
            path = path.with_name(f"doc{n}{suffix}")
        path.write_bytes(data)
        paths.append(path)
    return paths


def _check_items(items) -> list[Document]:
    assert all(isinstance(i, (Document, Failure, InputWarning)) for i in items)
    docs = [i for i in items if isinstance(i, Document)]
    assert len({d.id for d in docs}) == len(docs), [d.id for d in docs]
    for d in docs:
        assert any(c.isalnum() for c in d.text)
        for value in (d.id, d.text, d.title, d.source, d.url, d.path):
            assert value is None or (isinstance(value, str) and not UNENCODABLE.intersection(value)), repr(value)
    for i in items:
        if not isinstance(i, Document):
            assert "\n" not in str(i), str(i)      # one line each
            str(i).encode("utf-8")                  # which can be printed
    return docs


@FAST
@given(texts, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.none())
def test_tag_any_text_any_date(text, dct):
    if dct is not None and not in_range(dct):
        # Years the anchoring arithmetic has no room around are refused, with a reason.
        with pytest.raises(DateError, match="year out of range"):
            timeline.tag(text, dct)
        return
    for t in timeline.tag(text, dct):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.earliest is None or t.latest is None or t.earliest <= t.latest


@FAST
@given(st.lists(files, min_size=1, max_size=6))
def test_reading_any_files(generated):
    with tempfile.TemporaryDirectory() as tmp:
        paths = _write(Path(tmp), generated)
        _check_items(list(read_inputs([str(p) for p in paths])))
        _check_items(list(read_inputs([tmp])))


@SLOW
@given(st.lists(files, min_size=1, max_size=4))
def test_building_any_files_ends_with_an_exit_code(generated):
    from timeline.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        _write(folder, generated)
        code = main(["build", str(folder), "--out", str(Path(tmp) / "out"), "--format", "json,csv,graphml", "-q"])
        assert code in (0, 1, 2)
        if code != 2:
            assert json.loads((Path(tmp) / "out" / "in.json").read_text(encoding="utf-8"))["schema"] == "timeline/1"
