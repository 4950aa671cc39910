"""Compile the redaction modules with mypyc, in place: ``make install`` runs this.

Compiled, ``processing.redaction`` gives the same results about 1.5 times faster (it is the
per-line cost of every stored log and of the CLI). The extension modules land next to their
sources with ``native.json``, the SHA-256 of each source they were built from;
``processing.redaction`` refuses at import a compiled module whose source has changed since
(``core/native.py``), so an edit is never shadowed by an old build.

Without a C compiler or the Python headers the sources run unchanged and this says so, unless
``--require`` (the image build, which installs a compiler) makes that an error.

    .venv/bin/python -m scripts.build_native [--require]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import shutil
import sys
from pathlib import Path

from core.native import EXT_SUFFIX, MANIFEST_NAME, compiled_files, write_manifest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "processing" / "redaction"
# Everything but the package's ``__init__``, which checks the build before importing them, and
# ``__main__``, which only calls ``cli.main``.
COMPILED_MODULES = ["model", "context", "emails", "phones", "pipeline", "cli"]
BUILD_DIR = ROOT / "var" / "native-build"
# Only what mypyc needs to type the modules: the project's mypy configuration loads the Django
# plugins, which are development tools, not build requirements.
MYPY_CONFIG = "[mypy]\nignore_missing_imports = True\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--require", action="store_true", help="fail if it cannot compile")
    args = parser.parse_args(argv)

    # A failed build must leave the sources running, not an older build.
    remove_compiled()
    try:
        build()
    except (Exception, SystemExit) as error:  # setuptools reports a compiler error by exiting
        remove_compiled()
        message = f"redaction is not compiled, its Python source runs (slower): {error!r}"
        if args.require:
            print(f"error: {message}", file=sys.stderr)
            return 1
        # A manifest of nothing compiled: `make` does not try again on every run.
        write_manifest(PACKAGE, [])
        print(f"warning: {message}; `make clean-native install` tries again", file=sys.stderr)
        return 0
    write_manifest(PACKAGE, COMPILED_MODULES)
    print(f"compiled {', '.join(COMPILED_MODULES)} in {PACKAGE.relative_to(ROOT)} (mypyc)")
    return 0


def remove_compiled() -> None:
    for path in compiled_files(PACKAGE):
        path.unlink()
    (PACKAGE / MANIFEST_NAME).unlink(missing_ok=True)
    shutil.rmtree(BUILD_DIR, ignore_errors=True)


def build() -> None:
    # Imported here: build requirements (requirements-build.txt), which the image leaves out.
    from mypyc.build import mypycify
    from setuptools import setup

    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    config = BUILD_DIR / "mypy.ini"
    config.write_text(MYPY_CONFIG, encoding="utf-8")
    sources = [f"processing/redaction/{name}.py" for name in COMPILED_MODULES]
    log = io.StringIO()
    # mypyc names modules from paths relative to the working directory; its chatter goes to a
    # log that is shown only if the build fails.
    try:
        with (
            contextlib.chdir(ROOT),
            contextlib.redirect_stdout(log),
            contextlib.redirect_stderr(log),
        ):
            extensions = mypycify(
                ["--config-file", str(config), *sources],
                group_name="processing.redaction.native",
                target_dir=str(BUILD_DIR / "c"),
            )
            setup(
                name="processing-redaction-native",
                ext_modules=extensions,
                # Not a distribution: no package discovery over the project's directories.
                packages=[],
                py_modules=[],
                script_args=[
                    "--quiet",
                    "build_ext",
                    "--inplace",
                    "--build-temp",
                    str(BUILD_DIR / "temp"),
                    "--build-lib",
                    str(BUILD_DIR / "lib"),
                ],
            )
    except (Exception, SystemExit):
        sys.stderr.write(log.getvalue())
        raise
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    missing = [name for name in COMPILED_MODULES if not (PACKAGE / f"{name}{EXT_SUFFIX}").exists()]
    if missing:
        raise RuntimeError(f"the build produced no extension for {', '.join(missing)}")


if __name__ == "__main__":
    raise SystemExit(main())
