from __future__ import annotations

from pathlib import Path

from django.conf import settings

from scripts.layers import violations


def write(root: Path, path: str, source: str) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(source)


def test_the_project_imports_only_downwards() -> None:
    assert [str(found) for found in violations(Path(settings.BASE_DIR))] == []


def test_it_names_an_app_that_imports_upwards(tmp_path: Path) -> None:
    write(tmp_path, "processing/services.py", "from ingest.records import LogRecord\n")
    write(tmp_path, "core/metrics.py", "import processing.tasks\n")
    write(tmp_path, "ingest/apis.py", "from processing import broker\nfrom core import errors\n")

    found = sorted((str(v.path), v.line, v.importer, v.imported) for v in violations(tmp_path))

    assert found == [
        ("core/metrics.py", 1, "core", "processing"),
        ("processing/services.py", 1, "processing", "ingest"),
    ]


def test_an_import_deferred_into_a_function_still_counts(tmp_path: Path) -> None:
    write(tmp_path, "processing/tasks.py", "def run():\n    from dashboard import views\n")

    assert [(v.importer, v.imported, v.line) for v in violations(tmp_path)] == [
        ("processing", "dashboard", 2)
    ]


def test_tests_and_benchmarks_are_outside_the_layers(tmp_path: Path) -> None:
    write(tmp_path, "bench/worker.py", "import logsite.settings\n")
    write(tmp_path, "tests/test_x.py", "from dashboard import views\n")

    assert violations(tmp_path) == []
