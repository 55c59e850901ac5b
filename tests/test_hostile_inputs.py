"""Hostile inputs (issue 10): whatever a user gives, each problem is one line on stderr naming the
input and the reason, the other inputs are still built, and the exit code says whether all were read.

The uniform cases (one file, one outcome) are data, in tests/corpus/hostile_files.txt; the cases
that need a folder, a link, a pipe or a second input are written out below.
"""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import timeline
from timeline.ingest import (DEFAULT_MAX_BYTES, MAX_CHARS, MAX_DEPTH, OUTPUT_MARKER, Document, Failure, InputWarning, parse_size,
                             read_inputs, unique_ids)

from conftest import SAMPLE

CASES = Path(__file__).parent / "corpus" / "hostile_files.txt"
ROOT = Path(__file__).parent.parent


def _unescape(text: str) -> str:
    text = re.sub(r"\{\{(\d+)\*(.+?)\}\}", lambda m: m[2] * int(m[1]), text)
    return re.sub(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)",
                  lambda m: {"n": "\n", "r": "\r", "t": "\t"}.get(m[1], chr(int(m[1][1:], 16)) if len(m[1]) > 1 else m[1]),
                  text)


def _cases():
    for n, line in enumerate(CASES.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, content, outcome, said, holds = line.split(" | ")
        # \xNN is one byte; every other character is written as UTF-8.
        raw = re.sub(r"\{\{(\d+)\*(.+?)\}\}", lambda m: m[2] * int(m[1]), content)
        data = re.sub(rb"\\(x[0-9a-fA-F]{2}|.)",
                      lambda m: {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(
                          m[1], bytes([int(m[1][1:], 16)]) if len(m[1]) > 1 else m[1]),
                      raw.encode("utf-8"))
        yield pytest.param(name, data, outcome, said, holds, id=f"{n}:{name}")


CASE_LIST = list(_cases())


def _items(*inputs, **kw):
    items = list(read_inputs([str(i) if isinstance(i, Path) else i for i in inputs], **kw))
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)],
            [i for i in items if isinstance(i, InputWarning)])


@pytest.mark.parametrize("name,data,outcome,said,holds", CASE_LIST)
def test_each_hostile_file_gives_its_outcome(tmp_path, name, data, outcome, said, holds):
    f = tmp_path / name
    f.write_bytes(data)
    docs, fails, warns = _items(f)
    lines = [str(x) for x in fails + warns]
    if outcome == "read":
        assert len(docs) == 1 and not lines, lines
    elif outcome == "warn":
        assert len(docs) == 1 and not fails and len(warns) == 1, lines
    else:
        assert not docs and len(fails) == 1 and not warns, lines
    if said != "-":
        assert said in lines[0] and name in lines[0], lines
    if holds != "-":
        field, op, value = re.fullmatch(r"(\w+) ([=~]) (.*)", holds).groups()
        got = getattr(docs[0], field)
        got = None if got is None else str(got)
        expected = None if value == "None" else _unescape(value)
        assert (got == expected) if op == "=" else (expected in got), (field, got)


def test_hostile_files_in_one_run_exit_1_each_named_once_and_the_rest_built(run_cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for case in CASE_LIST:
        name, data = case.values[:2]
        (folder / name).write_bytes(data)
    (folder / "sample.txt").write_bytes(SAMPLE.read_bytes())
    code, out, err = run_cli("build", folder, "--out", tmp_path / "o", "--format", "json,csv,graphml", "-q")
    assert code == 1 and "Traceback" not in err
    lines = err.splitlines()
    for case in CASE_LIST:
        name, _, outcome, said = case.values[:4]
        named = [l for l in lines if f"/{name}:" in l]
        assert len(named) == (outcome != "read"), (name, named)
        if said != "-":
            assert said in named[0], named
    data = json.loads((tmp_path / "o" / "in.json").read_text(encoding="utf-8"))
    built = {d["id"] for d in data["documents"]}
    readable = {case.values[0] for case in CASE_LIST if case.values[2] != "fail"}
    assert "sample" in built and len(built) == len(readable) + 1
    assert any(e["doc"] == "sample" and e["time"] and e["time"]["value"] == "1984" for e in data["events"])
    nx.read_graphml(tmp_path / "o" / "in.graphml")      # every document's text survived XML


# --- 1. ids unique across a run ------------------------------------------------------------------

MAY = 'Theresa May said: "We will leave the European Union on time," on Monday.\n'
BLAIR = 'Tony Blair said: "The war in Iraq was the right decision," on Tuesday.\n'


def _speakers(tl) -> dict[str, set[str]]:
    names = {a.id: a.name for a in tl.actors}
    out: dict[str, set[str]] = {}
    for e in tl.events:
        if e.kind == "statement" and e.quote:
            out.setdefault(e.quote.split()[0] + " " + e.quote.split()[1], set()).add(names.get(e.speaker))
    return out


def test_two_stories_with_one_name_keep_their_own_speakers(tmp_path):
    for folder, text in (("a", MAY), ("b", BLAIR)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    tl = timeline.build([tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"])
    assert [d.id for d in tl.documents] == ["a/story", "b/story"]
    speakers = _speakers(tl)
    assert speakers["We will"] == {"Theresa May"} and speakers["The war"] == {"Tony Blair"}
    assert {e.doc for e in tl.events if e.kind == "statement"} == {"a/story", "b/story"}


def test_one_jsonl_id_in_two_files_and_two_documents_keep_their_speakers(tmp_path):
    for name, text in (("one.jsonl", MAY), ("two.jsonl", BLAIR)):
        (tmp_path / name).write_text(json.dumps({"id": "7", "text": text}) + "\n", encoding="utf-8")
    tl = timeline.build([tmp_path / "one.jsonl", tmp_path / "two.jsonl"])
    assert [d.id for d in tl.documents] == ["one.jsonl:7", "two.jsonl:7"]
    assert _speakers(tl) == {"We will": {"Theresa May"}, "The war": {"Tony Blair"}}
    tl = timeline.build([Document(id="story", text=MAY), Document(id="story", text=BLAIR)])
    assert [d.id for d in tl.documents] == ["story", "story#2"]
    assert _speakers(tl) == {"We will": {"Theresa May"}, "The war": {"Tony Blair"}}


@pytest.mark.parametrize("docs,expected", [
    ([("story", "in/a/story.txt"), ("story", "in/b/story.txt")], ["a/story", "b/story"]),
    ([("story", "x/a/story.txt"), ("story", "y/a/story.txt")], ["x/a/story", "y/a/story"]),
    ([("story", "/abs/a/story.txt"), ("story", "b/story.txt")], ["a/story", "b/story"]),
    ([("story", "a/story.txt"), ("story", "a/story.md")], ["story.txt", "story.md"]),
    ([("story", "a/story.txt"), ("story", "a/story.txt")], ["story", "story#2"]),
    ([("story", None), ("story", None), ("story", None)], ["story", "story#2", "story#3"]),
    ([("7", "c/one.jsonl"), ("7", "c/two.jsonl")], ["one.jsonl:7", "two.jsonl:7"]),
    ([("7", "c/one.jsonl"), ("7", "c/one.jsonl"), ("7", "c/two.jsonl")], ["one.jsonl:7", "one.jsonl:7#2", "two.jsonl:7"]),
    ([("story", "a/story.txt"), ("story", "b/story.txt"), ("a/story", None)], ["a/story#2", "b/story", "a/story"]),
    ([("one", "a/one.txt"), ("two", "a/two.txt")], ["one", "two"]),
])
def test_ids_made_unique_by_the_shortest_distinguishing_path(docs, expected):
    items = unique_ids([Document(id=i, text="x", path=p) for i, p in docs] + [Failure("f", "reason")])
    assert [d.id for d in items if isinstance(d, Document)] == expected
    assert isinstance(items[-1], Failure)


def test_duplicate_ids_in_one_jsonl_file_are_all_read_with_a_warning(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": "x", "text": t}) + "\n" for t in ("One.", "Two.", "Three.")))
    docs, fails, warns = _items(f)
    assert [d.id for d in docs] == ["x", "x#2", "x#3"] and not fails
    assert len(warns) == 2 and "also on line 1" in str(warns[0])


# --- 2. never read the tool's own outputs ----------------------------------------------------------

def test_output_folders_are_not_read_back(run_cli, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "output").mkdir(parents=True)
    (corpus / "story.txt").write_text(MAY)
    (corpus / "output" / OUTPUT_MARKER).write_text("")
    (corpus / "output" / "story.md").write_text("# Timeline\n\nTony Blair said things.\n")
    docs, fails, warns = _items(corpus)
    assert [d.id for d in docs] == ["story"] and not fails and not warns
    docs, fails, _ = _items(corpus / "output")
    assert not docs and "output folder" in fails[0].reason
    code, _, err = run_cli("build", corpus / "output", "--out", tmp_path / "o")
    assert code == 2 and "output folder" in err and "Traceback" not in err


# --- 3. bounded reading ------------------------------------------------------------------------

def test_a_file_over_the_limit_is_refused_and_the_flag_raises_it(run_cli, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Theresa May said the vote was lost. " * 3000)
    code, _, err = run_cli("build", big, SAMPLE, "--out", tmp_path / "o", "--format", "json", "--max-bytes", "100kB")
    assert code == 1 and "Traceback" not in err
    line, = [l for l in err.splitlines() if "big.txt" in l]
    assert "100 kB" in line and "--max-bytes" in line
    assert [d["id"] for d in json.loads((tmp_path / "o" / "timeline.json").read_text())["documents"]] == ["jlm-letter-2019"]
    docs, fails, _ = _items(big, max_bytes=200_000)
    assert len(docs) == 1 and not fails
    assert DEFAULT_MAX_BYTES == 10_000_000 and _items(big)[0]


class _Endless(io.RawIOBase):
    """Standard input that never ends; counts what was asked of it."""
    given = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        n = len(buffer)
        buffer[:n] = b"y\n" * (n // 2) + b"y" * (n % 2)
        self.given += n
        return n


def test_a_text_longer_than_the_bound_fails_alone(run_cli, tmp_path, monkeypatch):
    import timeline.ingest

    monkeypatch.setattr(timeline.ingest, "MAX_CHARS", 20_000)      # the bound itself is 10 million
    long = tmp_path / "long.txt"
    long.write_text("Theresa May said the vote was lost on Monday. " * 500)
    code, _, err = run_cli("build", long, SAMPLE, "--out", tmp_path / "o", "--format", "json")
    assert code == 1 and "Traceback" not in err
    line, = [l for l in err.splitlines() if "long.txt" in l]
    assert "characters" in line and "split it" in line
    assert timeline.build([Document(id="long", text="word " * 5000)]).failures
    assert MAX_CHARS >= 10 * 1_000_000       # ten times what spaCy parses at once


def test_endless_standard_input_stops_at_the_limit(run_cli, tmp_path, monkeypatch):
    endless = _Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    code, _, err = run_cli("build", "-", "--out", tmp_path / "o", "--max-bytes", "1MB")
    assert code == 2 and "Traceback" not in err
    assert re.search(r"<stdin>: .*1 MB", err)
    assert endless.given <= 1_000_001 + io.DEFAULT_BUFFER_SIZE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # A separate process, so that a read that blocks fails the test by its timeout, not by hanging the suite.
    done = subprocess.run([sys.executable, "-m", "timeline", "build", str(fifo), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    line, = [l for l in done.stderr.splitlines() if "pipe.txt" in l]
    assert "named pipe" in line and "refused" in line


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused(run_cli, tmp_path):
    code, _, err = run_cli("build", "/dev/zero", "--out", tmp_path / "o")
    assert code == 2 and "/dev/zero: a character device" in err and "Traceback" not in err


def test_link_loops_and_very_deep_folders_give_one_line_each(run_cli, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(MAY)
    (corpus / "loop").symlink_to(".")                 # a folder that holds itself
    (corpus / "self.txt").symlink_to("self.txt")      # a link to itself
    deep = corpus.joinpath(*["d"] * (MAX_DEPTH + 30))
    deep.mkdir(parents=True)
    (deep / "bottom.txt").write_text("Deep down.")
    code, _, err = run_cli("build", corpus, "--out", tmp_path / "o", "--format", "json")
    assert code == 1 and "Traceback" not in err
    assert len([l for l in err.splitlines() if "self.txt" in l]) == 1
    assert len([l for l in err.splitlines() if "levels deep" in l]) == 1
    assert [d["id"] for d in json.loads((tmp_path / "o" / "corpus.json").read_text())["documents"]] == ["story"]


def test_links_out_of_the_tree_are_not_followed(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("Not for this timeline.")
    (outside / "folder").mkdir()
    (outside / "folder" / "more.txt").write_text("Nor this.")
    (corpus / "story.txt").write_text(MAY)
    (corpus / "inside.txt").symlink_to("story.txt")
    (corpus / "secret.txt").symlink_to(outside / "secret.txt")
    (corpus / "folder").symlink_to(outside / "folder")
    docs, fails, warns = _items(corpus)
    assert sorted(d.id for d in docs) == ["inside", "story"] and not fails
    assert sorted(Path(w.where).name for w in warns) == ["folder", "secret.txt"]
    assert all("not followed" in w.message for w in warns)


def test_an_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "hidden.txt").write_text("Unseen.")
    (corpus / "story.txt").write_text(MAY)
    scandir = os.scandir

    def refusing(path="."):
        if Path(path).name == "locked":      # chmod 000 would not stop root, who runs some CI
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    docs, fails, _ = _items(corpus)
    assert [d.id for d in docs] == ["story"]
    assert len(fails) == 1 and fails[0].where.endswith("locked") and "Permission denied" in fails[0].reason


@pytest.mark.parametrize("text,size", [("10000000", 10_000_000), ("10MB", 10_000_000), ("50 mb", 50_000_000),
                                       ("512k", 512_000), ("1GiB", 2**30), ("1.5M", 1_500_000)])
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "ten", "-5", "0", "1TB"])
def test_bad_sizes_are_usage_errors(run_cli, tmp_path, text):
    code, _, err = run_cli("build", SAMPLE, "--max-bytes", text, "--out", tmp_path)
    assert code == 2 and "--max-bytes" in err and "Traceback" not in err


def test_long_jsonl_line_fails_alone(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "long", "text": "word " * 5000}) + "\n" + json.dumps({"id": "short", "text": MAY}) + "\n")
    docs, fails, _ = _items(f, max_bytes=10_000)
    assert [d.id for d in docs] == ["short"]
    assert fails[0].where == f"{f}:1" and "10 kB" in fails[0].reason


def test_many_bad_jsonl_lines_are_counted_not_listed(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("not json\n" * 500 + json.dumps({"id": "ok", "text": MAY}) + "\n")
    docs, fails, _ = _items(f)
    assert [d.id for d in docs] == ["ok"]
    assert len(fails) < 20 and "more bad lines" in str(fails[-1])


# --- 4. file names that are not UTF-8 --------------------------------------------------------------

def test_a_file_name_that_is_not_utf8_is_read_and_written_to_every_format(run_cli, tmp_path):
    name = os.fsdecode(b"caf\xe9-story.txt")
    try:
        (tmp_path / name).write_text(MAY)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system does not take file names that are not UTF-8")
    code, _, err = run_cli("build", tmp_path, "--out", tmp_path / "o", "--format", "json,csv,graphml", "--name", "t")
    assert code == 0 and "Traceback" not in err, err
    data = json.loads((tmp_path / "o" / "t.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["id"] == "caf\ufffd-story"
    assert data["documents"][0]["path"].endswith("caf\ufffd-story.txt")
    assert "caf\ufffd-story" in (tmp_path / "o" / "t.csv").read_text(encoding="utf-8")
    assert any(d.get("doc") == "caf\ufffd-story" for _, d in nx.read_graphml(tmp_path / "o" / "t.graphml").nodes(data=True))


# --- timeline tag: the same bounds as build ------------------------------------------------------

def test_tag_reports_each_bad_line_and_tags_the_rest(run_cli, tmp_path):
    lines = [json.dumps({"id": "ok", "text": "It came in May\u2028 2019.", "dct": "2019-02-26"}, ensure_ascii=False),
             "[" * 1000 + "]" * 1000,
             '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
             "not json",
             json.dumps({"id": "late", "text": "Next year.", "dct": "2019-02-26"})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_cli("tag", src)
    assert code == 1
    # Written raw, U+2028 splits a line for str.splitlines but not for a JSONL reader.
    assert [json.loads(l)["id"] for l in out.split("\n") if l] == ["ok", "late"]
    said = err.strip().splitlines()
    assert len(said) == 3 and all(l.startswith(f"timeline: error: {src}:") for l in said), said
    assert "nested too deeply" in said[0] and "Traceback" not in err


def test_tag_never_writes_over_its_input(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    before = json.dumps({"id": "a", "text": "In 2019.", "dct": "2019-02-26"}) + "\n"
    src.write_text(before, encoding="utf-8")
    code, _, err = run_cli("tag", src, "-o", src)
    assert code == 2 and "is the input" in err
    assert src.read_text(encoding="utf-8") == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_tag_refuses_a_named_pipe(run_cli, tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    code, _, err = run_cli("tag", fifo)
    assert code == 2 and "named pipe" in err


def test_tag_stops_a_line_at_the_limit(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "In 2019. " * 50}) + "\n"
                   + json.dumps({"id": "b", "text": "In 2019."}) + "\n", encoding="utf-8")
    code, out, err = run_cli("tag", src, "--max-bytes", "100")
    assert code == 1 and "longer than the limit" in err
    assert [json.loads(l)["id"] for l in out.splitlines()] == ["b"]


def test_tag_reads_a_file_that_begins_with_a_byte_order_mark(run_cli, tmp_path):
    src = tmp_path / "notepad.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "In 2019.", "dct": "2019-02-26"}).encode() + b"\n")
    code, out, err = run_cli("tag", src)
    assert code == 0, err
    assert [json.loads(l)["id"] for l in out.splitlines()] == ["a"]
