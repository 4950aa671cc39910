"""Compiled (mypyc) modules that sit next to their Python sources, and the check that they were
built from those sources.

Python imports an extension module in preference to the ``.py`` beside it, so a compiled
module that outlived an edit of its source would silently run the old code. The build
(``scripts/build_native.py``) writes ``native.json``: the SHA-256 of every source it compiled.
``check_compiled`` refuses a package whose compiled files it does not vouch for.
"""

from __future__ import annotations

import hashlib
import json
import sysconfig
from pathlib import Path
from types import ModuleType

EXT_SUFFIX = str(sysconfig.get_config_var("EXT_SUFFIX"))  # .cpython-311-x86_64-linux-gnu.so
MANIFEST_NAME = "native.json"
# mypyc puts the code of every module of a build in one shared library, ``<group>__mypyc``;
# each module's own extension is a small shim that loads it.
SHARED_LIBRARY_MARK = "__mypyc"


class StaleCompiledModule(ImportError):
    pass


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_files(package: Path) -> list[Path]:
    """The extension modules in ``package`` for this interpreter."""
    return sorted(package.glob(f"*{EXT_SUFFIX}"))


def is_compiled(module: ModuleType) -> bool:
    """Whether ``module`` was loaded from an extension module rather than its ``.py``."""
    return str(module.__file__).endswith(EXT_SUFFIX)


def write_manifest(package: Path, modules: list[str]) -> None:
    digests = {f"{name}.py": source_digest(package / f"{name}.py") for name in modules}
    text = json.dumps({"sources": digests}, indent=2, sort_keys=True) + "\n"
    (package / MANIFEST_NAME).write_text(text, encoding="utf-8")


def check_compiled(package: Path) -> None:
    """Raise ``StaleCompiledModule`` if a compiled module in ``package`` is not vouched for by
    the manifest of the build that made it, from the source that is there now."""
    compiled = compiled_files(package)
    if not compiled:
        return
    try:
        built = json.loads((package / MANIFEST_NAME).read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        built = {}
    for path in compiled:
        name = path.name.removesuffix(EXT_SUFFIX)
        if name.endswith(SHARED_LIBRARY_MARK):
            continue  # no source of its own: the shims' sources vouch for it
        source = package / f"{name}.py"
        if not source.is_file() or built.get(source.name) != source_digest(source):
            raise StaleCompiledModule(
                f"{path} was not compiled from the {source.name} beside it: run `make install` "
                "to compile again, or `make clean-native` to run the Python source"
            )
