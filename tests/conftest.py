from __future__ import annotations

import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SAMPLE = FIXTURES / "jlm-letter-2019.txt"
EXPECTED = FIXTURES / "jlm-letter-2019.expected.json"
SHARED = HERE.parent.parent / "shared"


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
