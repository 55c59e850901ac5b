"""`timeline build`'s arguments as the library's options, checked before anything is read: the
formats, the output folder and name, what the shown outputs show, the story's choice, the
publication date and the attribution model. Each problem is a UsageError (exit code 2)."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import NamedTuple, Optional

from ..environment import ATTRIBUTION_MODEL as ATTRIBUTION_ENV
from ..formats import FORMATS
from .messages import UsageError


class BuildPlan(NamedTuple):
    """What a build writes, where, and the date it gives every input."""
    formats: list[str]
    name: str
    out: Path
    shown: dict
    published: Optional[date]


def plan_build(args) -> BuildPlan:
    """The build asked for, every usage error found before the first input is read."""
    from ..export.outdir import OutputError, check_outputs
    from ..formats import output_paths
    from ..ingest import SUPPORTED

    formats = chosen_formats(args.format)
    name, out = output_name(args), Path(args.out)
    shown = shown_options(args)
    try:
        check_outputs(out, output_paths(out, name, formats), args.inputs, SUPPORTED)
    except OutputError as exc:
        raise UsageError(str(exc)) from None
    check_story_window(args)
    published = published_date(args.published)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    return BuildPlan(formats, name, out, shown, published)


def chosen_formats(value: str) -> list[str]:
    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    if chosen == ["all"]:
        return list(FORMATS)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise UsageError(f"unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(chosen))


def output_name(args) -> str:
    """`--name` (a plain file name: it never leads out of `--out`), else one from the input."""
    from ..export.outdir import OutputError, check_name

    if args.name is not None:
        try:
            return check_name(args.name)
        except OutputError as exc:
            raise UsageError(str(exc)) from None
    if len(args.inputs) == 1:
        raw = args.inputs[0]
        if raw == "-":
            return "stdin"
        path = Path(raw)
        name = path.name if path.is_dir() else path.stem
        if name in ("", ".", "..") or not name.isprintable():
            return "timeline"                  # "timeline build ..", or a file name with control characters
        return name
    return "timeline"


def shown_options(args) -> dict:
    """The writers' keyword arguments for what is shown; none when the user chose nothing."""
    from ..selection import Policy

    try:
        policy = Policy(args.max_events, tuple(args.actor), args.date_from, args.date_to, args.kind)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    shown = {}
    if policy != Policy():
        shown["policy"] = policy
    if args.width is not None:
        shown["width"] = args.width
    return shown


def check_story_window(args) -> None:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"--from {args.date_from} is after --to {args.date_to}: the story would be empty")


def story_choice(args) -> dict:
    """The options of `story.make_story` from the command line."""
    return {"query": args.query, "dates": args.dates, "per_date": args.per_date,
            "date_from": args.date_from, "date_to": args.date_to}


def published_date(value: Optional[str]) -> Optional[date]:
    """`--published`, the date every input is given; None when it is not given."""
    from ..dates import DateError, parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except DateError as exc:
        raise UsageError(f"--published: {exc}") from None


def use_attribution_model(path: Optional[str]) -> None:
    """The model this run uses, read before any document is (a bad file stops the run at once)."""
    from .. import attribution

    try:
        attribution.use(path or os.environ.get(ATTRIBUTION_ENV) or None)
    except attribution.ModelError as exc:
        raise UsageError(f"--attribution-model: {exc}" if path else f"${ATTRIBUTION_ENV}: {exc}") from None
