"""`timeline build`: the options checked, the documents analysed into the run folder, merged into
one timeline with its story, the files written, and what was done told."""
from __future__ import annotations

import time

from .build_options import plan_build, story_choice, use_attribution_model
from .corpus_run import run_corpus
from .messages import warn_unknown_actors
from .output import write_outputs
from .report import report, summary


def run_build(args) -> int:
    started = time.monotonic()
    plan = plan_build(args)
    use_attribution_model(args.attribution_model)
    from ..runs import PARTS_SUFFIX, remove_run_folder      # the pipeline is loaded once the options are good
    parts = plan.out / f"{plan.name}{PARTS_SUFFIX}"
    outcome = run_corpus(args, plan.published, parts)
    if outcome is None:
        return 2
    run, done, counts, failures = outcome
    timeline = _merged(args, plan.name, run, done)
    warn_unknown_actors(timeline, args.actor)
    written, write_failures = write_outputs(timeline, plan.out, plan.name, plan.formats, plan.shown)
    if not written:
        return 2
    if not args.keep_parts:
        remove_run_folder(parts)    # before anything is printed: a reader gone ("| head") stops the printing
    if not args.quiet:
        print(summary(plan.name, timeline, counts, time.monotonic() - started))
        report(timeline, len(done))
    print("wrote " + ", ".join(str(p) for p in written))
    return 1 if failures or counts.failed or write_failures else 0


def _merged(args, name: str, run, done):
    """One timeline of the documents done, read back from the run folder's shards a document at a
    time, with its story."""
    from ..pipeline import merge_stream, with_story
    from ..runs import release_parser, results_in_order

    merged = len(done)
    release_parser()
    with run:
        timeline = merge_stream(lambda: results_in_order(run, done),
                                title=None if merged == 1 else f"{name}: {merged} documents",
                                merge_reports=not args.per_document)
    return with_story(timeline, **story_choice(args))
