"""The import check of `make lint`: dependencies between the project's packages run one way.

    python -m scripts.layers [ROOT]

Each package may import only the packages below it (README "Layout"):

    logsite      settings, URLs, WSGI, health and request logs: the web process on top
    dashboard    the evaluators' pages
    ingest       the API that accepts logs
    processing   the worker: redaction, queue, storage
    core         what every app shares; imports no app
    scripts      development tooling (emulator, `make run`); imports only core

An import inside a function counts like any other: deferring an import does not change which
way a dependency runs. Tests and benchmarks sit outside the layers and may import anything.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Each package and what it may import besides itself.
ALLOWED: dict[str, frozenset[str]] = {
    "logsite": frozenset({"dashboard", "ingest", "processing", "core"}),
    "dashboard": frozenset({"ingest", "processing", "core"}),
    "ingest": frozenset({"processing", "core"}),
    "processing": frozenset({"core", "scripts"}),
    "core": frozenset(),
    "scripts": frozenset({"core"}),
}


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    importer: str
    imported: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.importer} imports {self.imported}, which is not "
            f"below it (allowed: {', '.join(sorted(ALLOWED[self.importer])) or 'nothing'})"
        )


def imported_packages(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


def violations(root: Path) -> list[Violation]:
    """Every import in `root`'s packages that points up or sideways."""
    found = []
    for package, allowed in ALLOWED.items():
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, imported in imported_packages(tree):
                if imported in ALLOWED and imported != package and imported not in allowed:
                    found.append(Violation(path.relative_to(root), line, package, imported))
    return found


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    found = violations(root)
    for violation in found:
        print(violation)
    if found:
        raise SystemExit(f"{len(found)} import(s) against the layers (scripts/layers.py)")


if __name__ == "__main__":
    main()
