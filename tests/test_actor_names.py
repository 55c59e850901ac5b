"""An actor's other names come out the same on every run, whatever order they were met in."""
from __future__ import annotations

import os
import subprocess
import sys

NAMES = ["ministers", "Ministers", "Minister", "executive", "Executive"]
SCRIPT = f"from timeline.actors import distinct_names; print(distinct_names({NAMES!r}))"


def test_aliases_are_the_same_on_every_run():
    # Python orders a set of strings differently from one run to the next (hash seeds): the
    # aliases must not follow it.
    outputs = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        outputs.add(subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                                   check=True).stdout.strip())
    # One spelling per name whatever its case, alphabetical, the capitalised one kept.
    assert outputs == {"('Executive', 'Minister', 'Ministers')"}
