"""The shape of the code, kept by tests: short functions, stages that do not import each other,
no import cycles, and no English word lists outside `timeline/lexicon/` (so that choosing the
lexicon by language stays a change in one place).

The checks read the source with `ast`; nothing is imported or run.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"

MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 200

# Modules exempt from the length limits, with the reason (none: the time grammar's rule table is
# a list, not a function, and its productions are functions like any other).
EXEMPT_FROM_LENGTH: dict[str, str] = {}


STAGES = {"actors", "statements", "events", "relations"}

# Lowercase words that are names in the model, not English: participant roles and the like.
NOT_ENGLISH = {
    ("agent", "speaker", "patient", "addressee", "other"),       # model.Participant roles, in rank order
    ("day", "month", "year"),                                     # dateparser's REQUIRE_PARTS setting
    ("id", "doc", "trigger", "sentence", "time", "actors", "speaker", "addressee"),  # Event fields the merge maps
}
# Modules whose lowercase word lists are the names of fields, formats and values of the model and
# its output files (granularities, statuses, CSV columns): part of the interface, not English.
INTERFACE_NAMES = "names of the model's and the output formats' fields and values, not words read from text"
NOT_ENGLISH_MODULES = {"model.py": INTERFACE_NAMES, "formats.py": INTERFACE_NAMES, "export/*": INTERFACE_NAMES,
                       # Like HeidelTime's rule files, the time grammar is a language's resource: its
                       # patterns are spelled over the word classes of lexicon/en_time.py, and another
                       # language is another rule table, not a change to this one.
                       "temporal/grammar/*": "the English rule table of the time grammar and its productions"}


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _modules(exempt: dict[str, str] | None = None) -> list:
    """One pytest parameter per module of the package; an exempt one is skipped, saying why."""
    params = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = _relative(path)
        reason = (exempt or {}).get(relative)
        marks = [pytest.mark.skip(reason=reason)] if reason else []
        params.append(pytest.param(path, id=relative, marks=marks))
    return params


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


# ---- (a) length -------------------------------------------------------------------------------

def too_long(tree: ast.Module) -> list[str]:
    """Functions over MAX_FUNCTION_LINES lines and classes over MAX_CLASS_LINES, with their sizes."""
    found = []
    for node in ast.walk(tree):
        limit = MAX_CLASS_LINES if isinstance(node, ast.ClassDef) else MAX_FUNCTION_LINES
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            size = node.end_lineno - first + 1
            if size > limit:
                found.append(f"{node.name} (line {node.lineno}): {size} lines, limit {limit}")
    return found


@pytest.mark.parametrize("path", _modules(EXEMPT_FROM_LENGTH))
def test_no_long_functions_or_classes(path):
    assert too_long(_tree(path)) == []


# ---- (b) imports ------------------------------------------------------------------------------

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Nodes under `if TYPE_CHECKING:`: imports for annotations, never run."""
    return {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
            and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
            for stmt in node.body for n in ast.walk(stmt)}


def imports_of(path: Path) -> set[str]:
    """The modules of the package that `path` imports at run time (in a function too), as dotted
    names ("timeline.cues")."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = _tree(path)
    annotations_only = _type_checking_only(tree)
    found = set()
    for node in ast.walk(tree):
        if id(node) in annotations_only:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "timeline"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "timeline":
                target = node.module
            else:
                continue
            found.add(target)
            # "from . import cues" imports the module timeline.cues
            found |= {f"{target}.{a.name}" for a in node.names}
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {t for t in imports_of(path) if t in modules and t != name} for name, path in modules.items()}


def test_stages_do_not_import_each_other():
    graph = _graph()
    crossing = {(a, b) for a, targets in graph.items() for b in targets
                if a.split(".")[-1] in STAGES and b.split(".")[-1] in STAGES}
    assert crossing == set()


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles, each as the path that closes it."""
    found, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                found.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


@pytest.mark.parametrize("path", _modules())
def test_no_import_cycle_through_module(path):
    # A package imports its own modules to offer them (timeline/__init__.py); that is not a cycle.
    packages = {_module_name(p) for p in PACKAGE.rglob("__init__.py")}
    graph = {a: {b for b in targets if not (a in packages and b.rpartition(".")[0] == a)}
             for a, targets in _graph().items()}
    name = _module_name(path)
    assert [c for c in cycles(graph) if name in c] == []


# ---- (c) English word lists live in the lexicon -----------------------------------------------

_WORD = re.compile(r"[a-z]+")
# Three or more lowercase words alternated in a regex: "(?:the|a|an)", "said|says|told".
_ALTERNATED_WORDS = re.compile(r"(?<![\w\\])[a-z]+(?:\|[a-z]+){2,}(?![\w])")


def _words_in(node: ast.AST) -> list[str] | None:
    """The elements of a set, tuple or list literal when all are strings, else None."""
    if not isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        return None
    values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return values if len(values) == len(node.elts) else None


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def word_lists(tree: ast.Module, skip_functions: set[str] = frozenset()) -> list[str]:
    """Literals that are English word lists: a set, tuple or list of three or more lowercase
    words, or a string alternating three or more lowercase words as a regex does."""
    skipped = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name in skip_functions
               for n in ast.walk(f)}
    docstrings = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        words = _words_in(node)
        if words is not None:
            lowercase = tuple(w for w in words if _WORD.fullmatch(w))
            if len(lowercase) >= 3 and tuple(words) not in NOT_ENGLISH:
                found.append(f"line {node.lineno}: {words}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            m = _ALTERNATED_WORDS.search(node.value)
            if m:
                found.append(f"line {node.lineno}: regex {m.group()!r}")
    return found


def _english_params() -> list:
    def exempt(relative: str) -> bool:
        return relative.startswith("lexicon/") or any(
            relative == m or (m.endswith("/*") and relative.startswith(m[:-1])) for m in NOT_ENGLISH_MODULES)
    return [p for p in _modules() if not exempt(_relative(p.values[0]))]


@pytest.mark.parametrize("path", _english_params())
def test_no_english_word_lists_outside_the_lexicon(path):
    assert word_lists(_tree(path)) == []


# ---- the checks can fail ----------------------------------------------------------------------

def test_the_checks_find_what_they_look_for():
    long_function = "def f():\n" + "    x = 1\n" * MAX_FUNCTION_LINES
    assert too_long(ast.parse(long_function)) == [f"f (line 1): {MAX_FUNCTION_LINES + 1} lines, limit 60"]
    assert too_long(ast.parse("def f():\n    return 1\n")) == []
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    source = ('A = {"said", "says", "told"}\n'
              'B = re.compile(r"\\b(?:the|a|an)\\s+")\n'
              'C = ("nsubj", "nsubjpass")\n'
              'D = ("VERB", "AUX", "NOUN")\n'
              'E = r"[A-Z][a-z]+|\\d+"\n')
    assert [f.split(":")[0] for f in word_lists(ast.parse(source))] == ["line 1", "line 2"]
