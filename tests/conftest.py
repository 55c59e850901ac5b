from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so that a run that passed passes again
# (CI included); `HYPOTHESIS_PROFILE=explore pytest` draws fresh ones to look for new failures.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SAMPLE = FIXTURES / "jlm-letter-2019.txt"
EXPECTED = FIXTURES / "jlm-letter-2019.expected.json"
SHARED = HERE.parent.parent / "shared"
CORPUS = HERE / "corpus"


def corpus_lines(name: str):
    """One pytest parameter per `a | b | c` line of a corpus in tests/corpus (`#` comments skipped;
    `\\n` in the first column is a line break), its id the line number and the text's start."""
    for n, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            parts = [p.strip() for p in line.split(" | ")]
            parts[0] = parts[0].replace("\\n", "\n")
            yield pytest.param(*parts, id=f"{n}:{parts[0][:40]}")


def actor_names(actor) -> set[str]:
    """An actor's name and aliases, lowercased: what a corpus line may call it."""
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}


@pytest.fixture(scope="session")
def sample_timeline():
    """The sample article built once for the whole session (the spaCy model loads once)."""
    import timeline

    return timeline.build([SAMPLE])


@pytest.fixture(scope="session")
def expected_reading() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture
def run_cli(capsys):
    """Runs the command line in-process; returns (exit code, stdout, stderr)."""
    from timeline.cli import main

    def run(*argv: str):
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def calls_made(function, *args) -> int:
    """How many function calls running `function(*args)` makes: a count of work that, unlike a
    clock, does not depend on how busy the machine is."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(function, *args)
    return pstats.Stats(profile).total_calls
