"""Compiled redaction: the build (scripts/build_native.py) and the check that a compiled module
was built from the source beside it (core/native.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.native import (
    EXT_SUFFIX,
    MANIFEST_NAME,
    StaleCompiledModule,
    check_compiled,
    is_compiled,
    write_manifest,
)
from scripts.build_native import COMPILED_MODULES

ROOT = Path(__file__).resolve().parent.parent


def fake_package(path: Path, modules: dict[str, str]) -> Path:
    """A package directory whose modules each have a source and an (empty) compiled file."""
    path.mkdir()
    for name, source in modules.items():
        (path / f"{name}.py").write_text(source)
        (path / f"{name}{EXT_SUFFIX}").write_bytes(b"")
    (path / f"native__mypyc{EXT_SUFFIX}").write_bytes(b"")
    return path


def test_it_accepts_a_package_without_compiled_modules(tmp_path: Path) -> None:
    (tmp_path / "phones.py").write_text("X = 1\n")

    check_compiled(tmp_path)


def test_it_accepts_compiled_modules_built_from_the_sources_beside_them(tmp_path: Path) -> None:
    package = fake_package(tmp_path / "pkg", {"phones": "X = 1\n", "emails": "Y = 2\n"})
    write_manifest(package, ["phones", "emails"])

    check_compiled(package)


def test_it_refuses_a_compiled_module_whose_source_changed(tmp_path: Path) -> None:
    package = fake_package(tmp_path / "pkg", {"phones": "X = 1\n", "emails": "Y = 2\n"})
    write_manifest(package, ["phones", "emails"])
    (package / "emails.py").write_text("Y = 3\n")

    with pytest.raises(StaleCompiledModule, match=r"emails\.py"):
        check_compiled(package)


def test_it_refuses_compiled_modules_without_a_manifest(tmp_path: Path) -> None:
    package = fake_package(tmp_path / "pkg", {"phones": "X = 1\n"})

    with pytest.raises(StaleCompiledModule, match="make install"):
        check_compiled(package)


def test_it_refuses_a_compiled_module_whose_source_is_gone(tmp_path: Path) -> None:
    package = fake_package(tmp_path / "pkg", {"phones": "X = 1\n"})
    (package / "old.py").write_text("Z = 1\n")
    write_manifest(package, ["phones", "old"])
    (package / f"old{EXT_SUFFIX}").write_bytes(b"")
    (package / "old.py").unlink()

    with pytest.raises(StaleCompiledModule, match=r"old\.py"):
        check_compiled(package)


def test_it_refuses_a_compiled_module_the_manifest_does_not_list(tmp_path: Path) -> None:
    package = fake_package(tmp_path / "pkg", {"phones": "X = 1\n", "emails": "Y = 2\n"})
    write_manifest(package, ["phones"])

    with pytest.raises(StaleCompiledModule, match=r"emails"):
        check_compiled(package)


def copy_of_the_redaction_sources(destination: Path) -> Path:
    """What the image's build stage copies before it compiles (Dockerfile): no .so, no manifest."""
    ignore = shutil.ignore_patterns("*.so", MANIFEST_NAME, "__pycache__")
    for part in ("core", "scripts", "processing/redaction"):
        shutil.copytree(ROOT / part, destination / part, ignore=ignore)
    shutil.copy(ROOT / "processing" / "__init__.py", destination / "processing" / "__init__.py")
    return destination


def run_python(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


REDACT_CORPUS = """
import json, sys
import processing.redaction.phones as phones
from processing.redaction import redact_counts
texts = [json.loads(line)["text"] for path in sys.argv[1:] for line in open(path) if line.strip()]
texts += ["1-" * 4000, "+1 (" * 3000, "@" * 9000, "a." * 5000, "DE " + " 0123" * 2000]
print(json.dumps({"file": phones.__file__, "results": [redact_counts(t) for t in texts]}))
"""
CORPORA = sorted(str(path) for path in (ROOT / "tests" / "processing").glob("*.jsonl"))


def test_a_copy_of_the_sources_compiles_and_redacts_exactly_as_the_sources_do(
    tmp_path: Path,
) -> None:
    copy = copy_of_the_redaction_sources(tmp_path)

    build = run_python(copy, "-m", "scripts.build_native", "--require")
    assert build.returncode == 0, build.stderr
    for name in COMPILED_MODULES:
        assert (copy / "processing" / "redaction" / f"{name}{EXT_SUFFIX}").is_file()
    manifest = json.loads((copy / "processing" / "redaction" / MANIFEST_NAME).read_text())
    assert sorted(manifest["sources"]) == sorted(f"{name}.py" for name in COMPILED_MODULES)
    compiled = run_python(copy, "-c", REDACT_CORPUS, *CORPORA)
    assert compiled.returncode == 0, compiled.stderr
    for path in (copy / "processing" / "redaction").glob(f"*{EXT_SUFFIX}"):
        path.unlink()
    source = run_python(copy, "-c", REDACT_CORPUS, *CORPORA)
    assert source.returncode == 0, source.stderr

    compiled_run, source_run = json.loads(compiled.stdout), json.loads(source.stdout)
    assert compiled_run["file"].endswith(EXT_SUFFIX)
    assert source_run["file"].endswith("phones.py")
    assert len(source_run["results"]) > 3000
    assert compiled_run["results"] == source_run["results"]


def test_without_a_compiler_the_build_warns_and_the_sources_run(tmp_path: Path) -> None:
    copy = copy_of_the_redaction_sources(tmp_path)

    build = run_python(copy, "-m", "scripts.build_native", CC="/bin/false")
    redacted = run_python(copy, "-m", "processing.redaction", "--stats")

    assert build.returncode == 0, build.stderr
    assert "warning: redaction is not compiled" in build.stderr
    assert not list((copy / "processing" / "redaction").glob(f"*{EXT_SUFFIX}"))
    assert redacted.returncode == 0, redacted.stderr
    assert redacted.stderr == "email=0 phone=0\n"


def test_the_image_build_fails_rather_than_run_uncompiled(tmp_path: Path) -> None:
    copy = copy_of_the_redaction_sources(tmp_path)

    build = run_python(copy, "-m", "scripts.build_native", "--require", CC="/bin/false")

    assert build.returncode == 1
    assert "error: redaction is not compiled" in build.stderr


@pytest.mark.skipif(shutil.which("gcc") is None, reason="no C compiler: the sources run")
def test_make_install_compiled_the_redactor_this_suite_runs() -> None:
    import processing.redaction.phones

    # `make test` installs first; with a compiler there, what it tests is the compiled build.
    assert is_compiled(processing.redaction.phones), "run `make install`"
