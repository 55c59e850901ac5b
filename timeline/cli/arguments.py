"""The command line's arguments: `timeline build` and `timeline tag`, each with its arguments."""
from __future__ import annotations

import argparse

from ..version import __version__
from .build_arguments import add_build_parser
from .messages import PROG
from .tag_arguments import add_tag_parser


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Political news articles in, timelines out.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    add_build_parser(sub)
    add_tag_parser(sub)
    return p
