"""Starting the project's own processes (gunicorn, qcluster, manage.py) in the background, with
their output in a log file: shared by the chaos drill and the benchmarks."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WEB_START_SECONDS = 30


def start_process(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`args` run from the project root in a session of their own, output appended to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen(
            args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def start_web(env: dict[str, str], *, port: int, log: Path) -> subprocess.Popen[bytes]:
    """gunicorn with the project's gunicorn.conf.py on `port`, once `/healthz` answers."""
    process = start_process(
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "logsite.wsgi"],
        {**env, "PORT": str(port)},
        log,
    )
    deadline = time.monotonic() + WEB_START_SECONDS
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return process
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"The web server did not start; see {log}") from None
            time.sleep(0.2)
