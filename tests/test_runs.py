"""Corpus runs: findings written as each document is done, a killed run resumed without redoing
what it finished, long texts read in parts, the same outputs on a Dask cluster."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
FORMATS = "json,csv,graphml,gexf,md,timelinejs"


def _corpus(path: Path, n: int) -> Path:
    """`n` documents: the sample's paragraphs, a different pair in each, each its own id."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if len(p) > 80]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = "\n\n".join(paragraphs[(2 * i + k) % len(paragraphs)] for k in range(3))
            f.write(json.dumps({"id": f"story-{i}", "text": text, "published": "2019-02-26"}) + "\n")
    return path


def _cli(*args, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "timeline", "build", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _analysed(stdout: str) -> int:
    """Documents analysed by a run: its -v lines."""
    return sum(1 for line in stdout.splitlines() if line.startswith("story-") and " events, " in line)


def test_a_result_read_back_from_its_shard_is_the_same(sample_timeline):
    from timeline.pipeline import analyse_all
    from timeline.runs import result_from_line, result_line
    from timeline.model import Document

    result, = analyse_all([Document("s", SAMPLE.read_text(encoding="utf-8"), date(2019, 2, 26), title="T")])
    assert result_from_line(result_line(result)) == result


# The killed run: the real CLI in its own process, which SIGKILLs itself as soon as its third
# document is written, so the kill lands mid-run however fast or loaded the machine is.
_KILLED_AFTER = 3
_KILL_ITSELF = """
import os, signal, sys
import timeline.runs
from timeline.cli import main
written = []
add = timeline.runs.RunFolder.add
def add_then_die(self, doc_hash, result):
    add(self, doc_hash, result)
    written.append(doc_hash)
    if len(written) == {after}:
        os.kill(os.getpid(), signal.SIGKILL)
timeline.runs.RunFolder.add = add_then_die
sys.exit(main(["build", *sys.argv[1:]]))
"""


def test_a_killed_run_resumes_without_redoing_finished_documents(tmp_path):
    corpus = _corpus(tmp_path / "corpus.jsonl", 8)
    whole = _cli(corpus, "--out", tmp_path / "whole", "--format", FORMATS, "-v")
    out, err = whole.communicate(timeout=900)
    assert whole.returncode == 0, err
    assert _analysed(out) == 8

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", _KILL_ITSELF.format(after=_KILLED_AFTER), str(corpus),
                             "--out", str(tmp_path / "resumed"), "--format", FORMATS, "-v"],
                            env=env, capture_output=True, text=True, timeout=900)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    manifest = tmp_path / "resumed" / "corpus.parts" / "manifest.jsonl"
    assert len(manifest.read_text().splitlines()) == _KILLED_AFTER
    assert not any((tmp_path / "resumed").glob("*.json")), "a killed run publishes nothing"

    resumed = _cli(corpus, "--out", tmp_path / "resumed", "--format", FORMATS, "-v", "--resume")
    out, err = resumed.communicate(timeout=900)
    assert resumed.returncode == 0, err
    assert _analysed(out) == 8 - _KILLED_AFTER
    assert _outputs(tmp_path / "resumed") == _outputs(tmp_path / "whole")
    assert not (tmp_path / "resumed" / "corpus.parts").exists()


def test_a_long_text_is_read_in_parts_with_exact_offsets(monkeypatch):
    """A text longer than the parser takes at once is cut at a paragraph: the second part's
    sentences, words and names are where they are in the whole text, as when it is read alone;
    the stages read the whole."""
    import timeline.nlp
    import timeline.nlp_parts
    from timeline.model import Document
    from timeline.pipeline import analyse_all

    nlp = timeline.nlp.load()
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    cut = next(k for k in range(len(paragraphs)) if len("".join(paragraphs[:k])) > len("".join(paragraphs[k:])))
    first, second = "\n\n".join(paragraphs[:cut]) + "\n\n", "\n\n".join(paragraphs[cut:])
    alone = nlp(second)
    monkeypatch.setattr(timeline.nlp_parts, "PART_CHARS", len(first) + 10)
    assert timeline.nlp_parts.part_bounds(first + second) == [len(first), len(first + second)]
    whole, = timeline.nlp_parts.parse_in_parts(nlp, iter([first + second]))
    assert whole.text == first + second
    shift = len(first)
    layers = lambda doc, at: ({(s.start_char - at, s.end_char - at) for s in doc.sents if s.start_char >= at},
                              {(t.idx - at, t.text, t.dep_, t.head.idx - at) for t in doc if t.idx >= at},
                              {(e.start_char - at, e.text, e.label_) for e in doc.ents if e.start_char >= at})
    assert layers(whole, shift) == layers(alone, 0)
    result, = analyse_all([Document("ab", first + second, date(2019, 2, 26))])
    assert {e.trigger[0] < shift for e in result.events} == {True, False}


def test_a_text_longer_than_spacys_limit_is_read():
    from timeline.ingest import read_inputs
    from timeline.model import Document

    item, = read_inputs([Document("long", "The vote was lost. " * 60_000)])
    assert isinstance(item, Document) and len(item.text) > 1_000_000


def test_a_dask_cluster_writes_the_same_outputs_as_one_process(tmp_path):
    pytest.importorskip("dask.distributed", reason="the cluster extra is not installed")
    corpus = _corpus(tmp_path / "corpus.jsonl", 4)
    one = _cli(corpus, "--out", tmp_path / "one", "--format", FORMATS, "--jobs", "1")
    on_dask = _cli(corpus, "--out", tmp_path / "dask", "--format", FORMATS, "--dask", "local", "--jobs", "2")
    for run in (one, on_dask):
        out, err = run.communicate(timeout=900)
        assert run.returncode == 0, err
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "one")


def test_a_run_ends_with_one_summary_line_and_v_adds_one_per_document(run_cli, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("The minister said on Monday that the plan was unfair.", encoding="utf-8")
    code, out, err = run_cli("build", SAMPLE, undated, "--out", tmp_path / "o", "--format", "json")
    assert code == 0, err
    summary = [l for l in out.splitlines() if l.startswith("timeline: ")]
    assert len(summary) == 1 and "2 documents" in summary[0] and " statements" in summary[0]
    assert "1 document without a publication date" in summary[0] and "--published" in summary[0]
    assert not any(l.startswith(("undated:", "jlm-letter-2019:")) for l in out.splitlines())
    code, out, err = run_cli("build", SAMPLE, undated, "--out", tmp_path / "o", "--format", "json", "-v")
    assert {l.split(":")[0] for l in out.splitlines() if " events, " in l and "relations (" in l} == \
        {"undated", "jlm-letter-2019"}


def test_help_shows_examples_and_exit_codes(run_cli):
    code, out, _ = run_cli("build", "--help")
    assert code == 0 and "examples:" in out and "exit codes:" in out and "--resume" in out


def test_the_json_written_a_record_at_a_time_is_what_json_dumps_writes():
    from hypothesis import given, settings, strategies as st

    from timeline.export.json_out import _json_chunks

    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text())
    values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                           st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                          max_leaves=10)

    @settings(max_examples=300, deadline=None)
    @given(st.dictionaries(st.text(max_size=5), values, max_size=5))
    def same(data):
        expected = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        assert "".join(_json_chunks(data)) == expected
        # the writer gives its lists as generators, each record made as it is written
        lazily = {key: iter(value) if isinstance(value, list) else value for key, value in data.items()}
        assert "".join(_json_chunks(lazily)) == expected
    same()


def test_a_timeline_written_as_it_goes_is_the_json_of_its_dict(sample_timeline, tmp_path):
    from timeline.export.json_out import timeline_to_dict, write_json

    written = write_json(sample_timeline, tmp_path / "t.json").read_text(encoding="utf-8")
    assert written == json.dumps(timeline_to_dict(sample_timeline), ensure_ascii=False, indent=2) + "\n"


def _statement_count(folder: Path) -> int:
    data = json.loads(next(folder.glob("*.json")).read_text(encoding="utf-8"))
    return sum(1 for e in data["events"] if e["kind"] == "statement")


def test_the_attribution_model_reaches_the_dask_workers(tmp_path):
    """--attribution-model read where the run starts is the one the cluster's workers use: a model
    that keeps no statement gives, on Dask, what it gives on one process."""
    pytest.importorskip("dask.distributed", reason="the cluster extra is not installed")
    model = tmp_path / "keeps-nothing.json"
    model.write_text(json.dumps({"format": "timeline-attribution/1", "threshold": 0.5,
                                 "keep": {"bias": -30.0, "weights": {}}}), encoding="utf-8")
    corpus = _corpus(tmp_path / "corpus.jsonl", 3)
    runs = {"rules": _cli(corpus, "--out", tmp_path / "rules", "--format", "json", "--jobs", "1"),
            "one": _cli(corpus, "--out", tmp_path / "one", "--format", "json", "--jobs", "1",
                        "--attribution-model", model),
            "dask": _cli(corpus, "--out", tmp_path / "dask", "--format", "json", "--dask", "local", "--jobs", "2",
                         "--attribution-model", model)}
    for run in runs.values():
        out, err = run.communicate(timeout=900)
        assert run.returncode == 0, err
    assert _statement_count(tmp_path / "rules") > 0 and _statement_count(tmp_path / "one") == 0
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "one")


def test_a_result_found_with_another_attribution_model_is_not_reused(monkeypatch):
    from timeline import attribution
    from timeline.model import Document
    from timeline.runs import attribution_key, input_hash

    document = Document("s", "Corbyn said the party would stay.", date(2019, 2, 26))
    monkeypatch.setattr(attribution, "_state", {})
    attribution.use_model(None)
    rules = input_hash(document, None, attribution_key())
    attribution.use_model(attribution.Model(attribution.Linear(-30.0), 0.5, None))
    assert input_hash(document, None, attribution_key()) != rules


def test_a_merged_builds_event_ids_run_from_e1_without_gaps(tmp_path):
    """Reports of one event made one leave no hole in the ids: e1..eN in output order, and every
    reference to an event names one of them."""
    import timeline

    copy = tmp_path / "again.txt"
    copy.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    built = timeline.build([str(SAMPLE), str(copy)])
    assert any(e.sources for e in built.events), "the two copies' reports were to merge"
    ids = [e.id for e in built.events]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    anchors = {e.time.anchor[6:] for e in built.events if e.time and e.time.anchor.startswith("event:")}
    pointed = anchors | {r.event for r in built.relations if r.event} | {x for l in built.links for x in (l.source, l.target)}
    assert pointed <= set(ids)
