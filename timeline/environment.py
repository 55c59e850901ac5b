"""The environment variables the tool reads, named in one light module: the command line names
them in its help before anything heavy (spaCy) is imported."""

ATTRIBUTION_MODEL = "TIMELINE_ATTRIBUTION_MODEL"    # a learned attribution model's file
PARSE_CACHE = "TIMELINE_PARSE_CACHE"                # a folder where spaCy's parses are kept
