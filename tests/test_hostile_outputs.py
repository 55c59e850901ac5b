"""Hostile inputs, the run and output side (issue 10): what a user needs whatever the articles hold.

- no input is ever overwritten; names stay inside --out (exit 2, one line);
- a format that cannot be written, or a document that cannot be analysed, is one line on stderr,
  the rest is written, and the exit code is 1;
- the files opened by other programs (TimelineJS, the Knight Lab sheet, Markdown, CSV, GraphML,
  GEXF) cannot run anything the article held (cases: tests/corpus/hostile_outputs.txt);
- a run's files appear together: no temporary folder left, a replaced file keeps its mode,
  Ctrl-C in a parallel run is one line and exit 130.
"""
from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from markdown_it import MarkdownIt

from conftest import HERE, SAMPLE

from timeline.export.outdir import MARKER, TMP_PREFIX, clean_stale, commit
from timeline.formats import FORMATS, Format
from timeline.model import (Actor, Document, Event, EventTime, Participant, Relation, Span, TemporalLink,
                            Timeline)

ROOT = HERE.parent
CASES_FILE = HERE / "corpus" / "hostile_outputs.txt"


_ESCAPE = re.compile(r"\\(?:[trn]|x[0-9a-f]{2})")
_ESCAPES = {"\\t": "\t", "\\r": "\r", "\\n": "\n"}


def _cases() -> list[tuple[str, str]]:
    out = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        where, value = line.split(" | ", 1)
        out.append((where.strip(), _ESCAPE.sub(lambda m: _ESCAPES.get(m[0]) or chr(int(m[0][2:], 16)), value)))
    return out


CASES = _cases()


def _timeline(text: str = "Ordinary text", url: str = "https://example.org/story") -> Timeline:
    """A small timeline with `text` in every text field."""
    doc = Document(id="d1", text=f"{text} happened. " * 3, published=date(2019, 2, 26), title=f"Title {text}",
                   source=text, url=url, path="d1.txt")
    actors = (Actor("a1", text, "PERSON", aliases=(f"{text} alias",)), Actor("a2", "Labour", "ORG"))
    when = EventTime("1984", date(1984, 1, 1), date(1984, 12, 31), "year", False, "dct", text, 0, 5)
    span = Span(0, len(text), text)
    events = (
        Event("e1", "d1", "event", text, span, span, when, "past", (Participant("a1", "agent"),)),
        Event("e2", "d1", "statement", text, span, span, when, "past", (Participant("a1", "speaker"),),
              quote=text, quote_span=(0, len(text)), direct=True, speaker="a1", addressee="a2"),
        Event("e3", "d1", "event", f"{text} again", span, span,
              EventTime("1980s", date(1980, 1, 1), date(1989, 12, 31), "decade", True, "absolute", text, 0, 5),
              "past", (Participant("a2", "agent"),)),
    )
    relations = (Relation("a1", "a2", "member_of", "e1", "d1", 0, 5),)
    links = (TemporalLink("e1", "e3", "after", "P1Y", text),)
    return Timeline((doc,), actors, events, relations, links, title=text)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


_PLAIN_TAGS = {"h1", "h2", "h3", "ul", "ol", "li", "p", "em", "strong", "code", "br", "hr", "blockquote"}


def _unsafe_html(fragment: str) -> list:
    """The tags of an HTML fragment that could load or run something: every tag but plain
    structure without attributes and <a href="http(s)://…">."""
    p = _Tags()
    p.feed(fragment)
    p.close()
    return [(t, a) for t, a in p.tags
            if not (t in _PLAIN_TAGS and not a)
            and not (t == "a" and list(a) == ["href"] and re.match(r"https?://[^\s\"'<>]+$", a["href"] or ""))]


def _formula_cells(text: str) -> list[str]:
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    return [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?\d+(\.\d+)?", c)]


def _write_all(tl: Timeline, folder: Path, formats=("json", "csv", "graphml", "gexf", "nodelink", "timelinejs",
                                                      "sheet", "md", "html")) -> dict[str, Path]:
    return {f: FORMATS[f].write(tl, folder / f"t{FORMATS[f].suffix}") for f in formats}


@pytest.mark.parametrize("where,value", CASES, ids=[f"{w}:{v[:30]!r}" for w, v in CASES])
def test_hostile_text_is_inert_in_every_format(where, value, tmp_path):
    tl = _timeline(text=value) if where == "text" else _timeline(url=value)
    files = _write_all(tl, tmp_path)

    tjs = json.loads(files["timelinejs"].read_text(encoding="utf-8"))
    fields = [tjs["title"]["text"]["headline"], tjs["title"]["text"]["text"]]
    for ev in tjs["events"]:
        fields += [ev["text"]["headline"], ev["text"]["text"], ev.get("display_date", ""), ev.get("group", "")]
    for f in fields:
        assert not _unsafe_html(f), f

    sheet = files["sheet"].read_text(encoding="utf-8")
    assert not _formula_cells(sheet)
    for row in csv.DictReader(io.StringIO(sheet, newline="")):
        for col in ("Headline", "Text", "Display Date", "Group"):
            assert not _unsafe_html(row[col].lstrip("'")), row[col]
    assert not _formula_cells(files["csv"].read_text(encoding="utf-8"))

    md = files["md"].read_text(encoding="utf-8")
    assert "<" not in md                                     # no raw HTML, no <autolink>
    assert not _unsafe_html(MarkdownIt("commonmark").render(md))

    page = _Tags()                                 # the page: its own two scripts, no handler, no script link
    page.feed(files["html"].read_text(encoding="utf-8"))
    assert [a for t, a in page.tags if t == "script"] == [{"type": "application/json", "id": "data"}, {}]
    assert not [(t, a) for t, a in page.tags if any(k.startswith("on") for k in a)]
    assert not [(t, a) for t, a in page.tags if any("javascript:" in (v or "").lower() for v in a.values())]

    for f in ("graphml", "gexf"):
        ET.parse(files[f])                                   # well-formed XML
    nx.read_graphml(files["graphml"])

    data = json.loads(files["json"].read_text(encoding="utf-8"))    # the data keeps the text exactly
    if where == "text":
        assert data["events"][0]["summary"] == value and data["actors"][0]["name"] == value
        assert json.loads(files["nodelink"].read_text(encoding="utf-8"))["nodes"][0]["label"] == value
    else:
        assert data["documents"][0]["url"] == value


def test_ordinary_text_and_links_stay_as_they_were(tmp_path):
    tl = _timeline(text="Corbyn’s letter: “stay” — 35 years, -3 and 2019", url="https://example.org/a?b=1&c=2")
    files = _write_all(tl, tmp_path)
    tjs = json.loads(files["timelinejs"].read_text(encoding="utf-8"))
    assert tjs["events"][0]["text"]["headline"] == "Corbyn’s letter: “stay” — 35 years, -3 and 2019"
    assert '<a href="https://example.org/a?b=1&amp;c=2">' in tjs["events"][0]["text"]["text"]
    md = files["md"].read_text(encoding="utf-8")
    assert "[Title Corbyn’s letter: “stay” — 35 years, -3 and 2019](https://example.org/a?b=1&c=2)" in md
    rows = list(csv.reader(io.StringIO(files["sheet"].read_text(encoding="utf-8"), newline="")))
    assert rows[2][0] in ("1980", "1984")                    # numbers are not prefixed


def test_negative_numbers_are_not_prefixed():
    from timeline.export.safe import csv_cell
    assert [csv_cell(x) for x in ("-3", "-2.5", "2019", -7, "+1", "-", "-x", "=1")] == \
        ["-3", "-2.5", "2019", "-7", "+1", "'-", "'-x", "'=1"]


# --- inputs never overwritten, names stay inside --out ------------------------------------------

def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_output_over_an_input_file_is_refused(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_bytes(SAMPLE.read_bytes())
    code, out, err = run_cli("build", "a.md", "--out", ".", "--format", "md")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "a.md" in err and "Traceback" not in err
    assert Path("a.md").read_bytes() == SAMPLE.read_bytes()
    # the same through another spelling of the folder, and inside an input folder
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.md").write_bytes(SAMPLE.read_bytes())
    before = _tree(tmp_path)
    assert run_cli("build", "a.md", "--out", f"{tmp_path}/articles/..", "--name", "a", "--format", "md")[0] == 2
    assert run_cli("build", "articles", "--out", "articles", "--name", "story", "--format", "json,md")[0] == 2
    assert _tree(tmp_path) == before


def test_out_inside_an_input_folder_is_marked_and_can_be_rebuilt(run_cli, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.md").write_bytes(SAMPLE.read_bytes())
    out = folder / "timeline"
    for _ in range(2):      # the second run does not take its own Markdown output for an input
        code, _, err = run_cli("build", folder, "--out", out, "--format", "md", "-q")
        assert code == 0, err
    assert (out / MARKER).is_file() and "timeline build" in (out / MARKER).read_text()
    assert (folder / "story.md").read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("name", ["../x", "/abs/x", "a/b", "..", ".", "", "a\\b", "x\ny"])
def test_a_name_that_leaves_out_is_refused(run_cli, tmp_path, name):
    out = tmp_path / "out"
    code, _, err = run_cli("build", SAMPLE, "--out", out, "--name", name, "--format", "json")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--name" in err
    assert not any(tmp_path.rglob("*"))


def test_document_ids_never_become_paths(run_cli, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": text, "published": "2019-02-26"}) + "\n"
                              for i in ("../../evil", "/tmp/evil", "a/b")), encoding="utf-8")
    code, _, err = run_cli("build", corpus, "--out", tmp_path / "out", "--format", "json,csv,md,graphml", "-q")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out"]
    assert all(p.parent == tmp_path / "out" for p in (tmp_path / "out").rglob("*"))


# --- failed outputs and failed documents: one line each, the rest written, exit 1 ---------------

def _failing(exc: Exception) -> Format:
    def write(tl, path):
        raise exc
    return Format(".x", write, "fails")


def test_formats_that_cannot_be_written_fail_alone_with_exit_1(run_cli, tmp_path, monkeypatch):
    full = OSError(errno.ENOSPC, "No space left on device")
    for fmt in ("png", "svg", "pdf", "gexf", "nodelink", "actors", "timelinejs", "sheet"):
        monkeypatch.setitem(FORMATS, fmt, FORMATS[fmt]._replace(write=_failing(full).write))
    monkeypatch.setitem(FORMATS, "graphml", FORMATS["graphml"]._replace(
        write=_failing(ValueError("All strings must be XML compatible")).write))
    out = tmp_path / "out"
    code, stdout, err = run_cli("build", SAMPLE, "--out", out, "--format", "all")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 9 and all("cannot write" in l for l in lines) and "Traceback" not in err
    assert any("jlm-letter-2019.graphml" in l and "XML" in l for l in lines)
    assert any("jlm-letter-2019.png" in l and "No space left" in l for l in lines)
    failing = {"png", "svg", "pdf", "gexf", "nodelink", "actors", "timelinejs", "sheet", "graphml"}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [MARKER] + [n for f in FORMATS if f not in failing for n in FORMATS[f].files("jlm-letter-2019")])
    assert {"jlm-letter-2019.csv", "jlm-letter-2019.json", "jlm-letter-2019.md"} <= {p.name for p in out.iterdir()}
    assert json.loads((out / "jlm-letter-2019.json").read_text())["events"]


def test_a_document_that_cannot_be_analysed_fails_alone(run_cli, tmp_path, monkeypatch):
    import timeline.pipeline as pipeline

    real = pipeline.analyse

    def analyse(document, spacy_doc):
        if document.id == "bad":
            raise RuntimeError("stage exploded")
        return real(document, spacy_doc)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    text = SAMPLE.read_text(encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": text, "published": "2019-02-26"}) + "\n"
                              for i in ("good", "bad")), encoding="utf-8")
    code, _, err = run_cli("build", corpus, "--out", tmp_path / "out", "--format", "json", "-q")
    assert code == 1
    assert err.strip().splitlines() == [f"timeline: error: {corpus}: bad: cannot be analysed "
                                        f"(RuntimeError: stage exploded)"]
    data = json.loads((tmp_path / "out" / "c.json").read_text())
    assert [d["id"] for d in data["documents"]] == ["good"] and data["events"]


def test_control_characters_in_a_quote_do_not_break_graphml(run_cli, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8").replace(" the ", " the\x0c").replace(" to ", " to\x0b")
    src = tmp_path / "ff.txt"
    src.write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", src, "--out", tmp_path / "out", "--format", "json,graphml,gexf", "-q")
    assert code == 0, err
    nx.read_graphml(tmp_path / "out" / "ff.graphml")
    ET.parse(tmp_path / "out" / "ff.gexf")
    assert "\x0c" in (tmp_path / "out" / "ff.json").read_text(encoding="utf-8").encode().decode("unicode_escape")


# --- whole runs -----------------------------------------------------------------------------------

def test_no_temporary_folder_left_and_modes_kept(run_cli, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    kept = out / "jlm-letter-2019.json"
    kept.write_text("{}")
    kept.chmod(0o640)
    dead = out / f"{TMP_PREFIX}999999999-abcd"          # a killed run's leftovers (no such pid)
    dead.mkdir()
    (dead / "jlm-letter-2019.json").write_text("half")
    monkeypatch.setitem(FORMATS, "png", FORMATS["png"]._replace(write=_failing(OSError(errno.ENOSPC, "full")).write))
    code, _, err = run_cli("build", SAMPLE, "--out", out, "--format", "json,csv,png", "-q")
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "jlm-letter-2019.csv", "jlm-letter-2019.json"]
    assert kept.stat().st_mode & 0o777 == 0o640 and json.loads(kept.read_text())["events"]


def test_a_live_runs_temporary_folder_is_left_alone(tmp_path):
    live = tmp_path / f"{TMP_PREFIX}{os.getppid()}-abcd"
    dead = tmp_path / f"{TMP_PREFIX}999999999-abcd"
    live.mkdir(), dead.mkdir()
    clean_stale(tmp_path)
    assert live.exists() and not dead.exists()


def test_the_final_move_waits_for_another_run(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    out = tmp_path / "out"
    stage = tmp_path / "stage"
    out.mkdir(), stage.mkdir()
    (out / MARKER).write_text("marker")
    staged = []
    for n in ("a.json", "a.csv"):
        (stage / n).write_text("new")
        staged.append((stage / n, out / n))
    with open(out / MARKER) as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)          # another run is moving its files
        mover = threading.Thread(target=commit, args=(staged, out))
        mover.start()
        mover.join(0.5)
        assert mover.is_alive() and not (out / "a.json").exists()
        fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
    mover.join(10)
    assert (out / "a.json").read_text() == "new" and (out / "a.csv").read_text() == "new"


@pytest.mark.skipif(not Path("/proc").is_dir() or os.name != "posix", reason="needs /proc and POSIX signals")
def test_ctrl_c_in_a_parallel_run_is_one_line_and_exit_130(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": text, "published": "2019-02-26"}) + "\n"
                              for i in range(48)), encoding="utf-8")
    # Without the parse cache a developer may have set: cached, the run can end before Ctrl-C.
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_PARSE_CACHE"} | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "timeline", "build", corpus, "--out", tmp_path / "out", "-q"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)

    def children() -> int:
        n = 0
        for stat_file in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat_file.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            n += fields[1] == str(proc.pid)
        return n

    deadline = time.monotonic() + 60
    while children() < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be interrupted")
    time.sleep(0.5)
    if proc.poll() is not None:
        pytest.skip("the run ended before it could be interrupted")
    os.killpg(proc.pid, signal.SIGINT)                     # Ctrl-C: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["timeline: interrupted"]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").glob(f"{TMP_PREFIX}*"))
