#!/usr/bin/env python3
"""Every output of `timeline build`, in every format, over the sample and the dev sets: one digest per file.

    python eval/snapshot.py OUT.txt            # build and list "set/file sha256" lines
    python eval/snapshot.py OUT.txt --bbc 100  # how many BBC articles (default 100)
    diff before.txt after.txt                  # a refactor must leave this empty

Used to prove that a change of structure changes no output. Needs ../shared for the dev sets (the
sample is in the repository); a set that is absent is left out and said so.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def _sets(bbc: int, scratch: Path) -> dict[str, list[str]]:
    shutil.copy(ROOT / "data" / "jlm-letter-2019.txt", scratch)
    sets = {"sample": ["jlm-letter-2019.txt"]}        # relative: the path is in the output
    for name in ("meantime-dev", "polnear-dev"):
        path = DATA / name / "docs.jsonl"
        if path.exists():
            sets[name] = [str(path)]
        else:
            print(f"left out {name}: {path} is not here", file=sys.stderr)
    articles = sorted((DATA / "bbc-politics").glob("*.txt"))[:bbc]
    if articles:
        folder = scratch / "bbc-input"
        folder.mkdir()
        for a in articles:
            shutil.copy(a, folder / a.name)
        sets["bbc"] = ["bbc-input", "--published", "2005-01-01"]     # relative: the path is in the output
    return sets


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("listing")
    ap.add_argument("--bbc", type=int, default=100)
    args = ap.parse_args(argv)
    lines = []
    with tempfile.TemporaryDirectory(prefix="timeline-snapshot-") as tmp:
        scratch = Path(tmp)
        for name, inputs in _sets(args.bbc, scratch).items():
            out = scratch / name
            cmd = [sys.executable, "-m", "timeline", "build", *inputs, "--format", "all",
                   "--out", str(out), "--name", name, "-q"]
            # The checkout this script lives in, whatever is installed.
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            done = subprocess.run(cmd, cwd=scratch, env=env, capture_output=True, text=True)
            lines.append(f"{name}/exit {done.returncode}")
            for f in sorted(out.iterdir()) if out.exists() else []:
                lines.append(f"{name}/{f.name} {hashlib.sha256(f.read_bytes()).hexdigest()}")
            print(f"{name}: exit {done.returncode}", file=sys.stderr)
    Path(args.listing).write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
