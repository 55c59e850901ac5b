"""The command line a user runs: outputs, exit codes, one clear line per failed input, no traceback."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from conftest import SAMPLE


def test_build_writes_every_default_output(run_cli, tmp_path):
    code, out, err = run_cli("build", SAMPLE, "--out", tmp_path)
    assert code == 0, err
    for suffix in ("json", "csv", "png", "graphml"):
        assert (tmp_path / f"jlm-letter-2019.{suffix}").stat().st_size > 0
    assert "1984" in out and "wrote" in out
    data = json.loads((tmp_path / "jlm-letter-2019.json").read_text())
    assert data["schema"] == "timeline/1" and data["documents"][0]["published"] == "2019-02-26"
    listed = [line.split(None, 2)[2] for line in out.splitlines() if line.startswith("  ") and line[2].isdigit()]
    assert not [a for a in listed for b in listed if a != b and a in b], "a listed event repeats part of another"
    assert "affiliation" not in listed


def test_some_inputs_fail_exit_1_and_the_rest_is_written(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x00\x01\x02\x03")
    code, out, err = run_cli("build", SAMPLE, empty, binary, tmp_path / "missing.txt", "--out", tmp_path / "o",
                             "--format", "json")
    assert code == 1
    lines = [l for l in err.splitlines() if "error" in l]
    assert len(lines) == 3
    assert any(str(empty) in l and "empty file" in l for l in lines)
    assert any(str(binary) in l and "binary" in l for l in lines)
    assert any("missing.txt" in l and "no such file" in l for l in lines)
    assert "Traceback" not in err
    data = json.loads((tmp_path / "o" / "timeline.json").read_text())
    assert [d["id"] for d in data["documents"]] == ["jlm-letter-2019"]


def test_nothing_processed_exit_2_and_old_outputs_kept(run_cli, tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = out_dir / "empty.json"
    old.write_text('{"old": true}')
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run_cli("build", empty, "--out", out_dir)
    assert code == 2 and "nothing could be processed" in err
    assert old.read_text() == '{"old": true}'


def test_invalid_published_is_a_usage_error(run_cli, tmp_path):
    code, _, err = run_cli("build", SAMPLE, "--published", "2019-02-30", "--out", tmp_path)
    assert code == 2 and "--published" in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_unknown_format_and_missing_arguments_are_usage_errors(run_cli, tmp_path):
    assert run_cli("build", SAMPLE, "--format", "json,gif", "--out", tmp_path)[0] == 2
    assert run_cli("build")[0] == 2
    assert run_cli()[0] == 2


@pytest.mark.parametrize("option", ["--dates", "--per-date", "--max-events", "--width"])
def test_a_number_option_refuses_other_digits_by_reason(run_cli, tmp_path, option):
    code, _, err = run_cli("build", SAMPLE, option, "²", "--out", tmp_path)
    assert code == 2 and option in err and "'²'" in err and "invalid _" not in err
    assert not list(tmp_path.iterdir())


def test_out_that_is_a_file_is_a_usage_error_naming_it(run_cli, tmp_path):
    taken = tmp_path / "notes.txt"
    taken.write_text("keep me")
    code, _, err = run_cli("build", SAMPLE, "--out", taken)
    assert code == 2 and f"--out {taken} is a file" in err
    assert taken.read_text() == "keep me"


def test_a_document_id_with_an_escape_sequence_reaches_the_terminal_quoted(run_cli, tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "a\u001b[31mRED", "text": "The minister resigned on Monday.",
                                  "published": "2019-02-26"}) + "\n")
    code, out, err = run_cli("build", corpus, "--out", tmp_path / "o", "--format", "json", "-v")
    assert code == 0, err
    assert "\x1b" not in out + err and "RED" in out


def test_article_without_dates_still_builds(run_cli, tmp_path):
    f = tmp_path / "nodates.txt"
    f.write_text("The minister said the plan was unfair. Critics said she was wrong about the plan.")
    code, out, err = run_cli("build", f, "--out", tmp_path / "o")
    assert code == 0, err
    data = json.loads((tmp_path / "o" / "nodates.json").read_text())
    assert data["documents"][0]["published"] is None
    assert all(e["time"] is None or e["time"]["earliest"] is None for e in data["events"])
    assert (tmp_path / "o" / "nodates.png").stat().st_size > 0


def test_document_without_date_is_never_anchored_to_today(run_cli, tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text("The party was founded in 1900. It split last year and will vote next month.")
    code, _, _ = run_cli("build", f, "--out", tmp_path / "o", "--format", "json")
    data = json.loads((tmp_path / "o" / "undated.json").read_text())
    times = [e["time"] for e in data["events"] if e["time"]]
    assert any(t["value"] == "1900" for t in times)
    assert all(t["earliest"] is None for t in times if t["value"] != "1900")


def test_published_option_anchors_relative_dates(run_cli, tmp_path):
    f = tmp_path / "rel.txt"
    f.write_text("The council voted to close the library last year.")
    run_cli("build", f, "--published", "2010-06-01", "--out", tmp_path / "o", "--format", "json")
    data = json.loads((tmp_path / "o" / "rel.json").read_text())
    assert any(e["time"] and e["time"]["value"] == "2009" for e in data["events"])


def test_jsonl_corpus_with_a_bad_line(run_cli, tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text(json.dumps({"id": "d1", "text": "Labour won the election in 1997.", "dct": "1998-01-01"}) + "\n"
                 + "{not json\n"
                 + json.dumps({"id": "d2", "text": "The Conservatives lost power in 1997.", "dct": "1998-01-02"}) + "\n")
    code, _, err = run_cli("build", f, "--out", tmp_path / "o")
    assert code == 1 and f"{f}:2" in err
    g = nx.read_graphml(tmp_path / "o" / "corpus.graphml")
    assert any(d.get("kind") == "event" for _, d in g.nodes(data=True))
    data = json.loads((tmp_path / "o" / "corpus.json").read_text())
    assert {d["id"] for d in data["documents"]} == {"d1", "d2"}


def test_stdin(run_cli, tmp_path, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("The summit was held in 2004.".encode())))
    code, out, _ = run_cli("build", "-", "--published", "2019-01-01", "--out", tmp_path, "--format", "csv")
    assert code == 0 and (tmp_path / "stdin.csv").exists()


def test_tag_command(run_cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "It comes 35 years after the motion.", "dct": "2019-02-26"}) + "\n"
                   + "oops\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run_cli("tag", src, "-o", out)
    assert code == 1 and f"{src}:2" in err
    rec = json.loads(out.read_text())
    assert rec["id"] == "x"
    t = rec["timexes"][0]
    assert (t["text"], t["type"], t["value"], t["earliest"], t["latest"]) == (
        "35 years after", "DATE", "1984", "1984-01-01", "1984-12-31")


def test_tag_reads_standard_input(run_cli, monkeypatch, capsys):
    import io
    import sys

    line = json.dumps({"id": "s", "text": "It comes 35 years after the motion.", "dct": "2019-02-26"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
    code, out, err = run_cli("tag", "-")
    assert code == 0, err
    assert json.loads(out)["timexes"][0]["value"] == "1984"


@pytest.mark.parametrize("package", ["rapidfuzz", "spacy"])
def test_missing_dependency_is_one_clear_line(tmp_path, package):
    import subprocess
    import sys

    from conftest import SAMPLE

    # The package made unimportable, as in a Python where the project was never installed
    # (spaCy is needed as soon as the command line reads its own options).
    code = (f"import sys; sys.modules[{package!r}] = None; sys.modules[{package + '.distance'!r}] = None; "
            "from timeline.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "build", str(SAMPLE), "--out", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"'{package}' is not installed" in done.stderr and "pip install ." in done.stderr


def test_output_piped_into_head_ends_quietly(tmp_path):
    import subprocess
    import sys

    from conftest import SAMPLE

    done = subprocess.run(f'"{sys.executable}" -m timeline build "{SAMPLE}" --out "{tmp_path}" --format json | head -1',
                          shell=True, capture_output=True, text=True)
    assert done.stdout.startswith("jlm-letter-2019:")
    assert "Traceback" not in done.stderr
    assert not list(tmp_path.glob("*.parts"))      # no run folder left behind
