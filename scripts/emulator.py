"""The local AWS emulator (ministack) for development and tests, in its own virtualenv.

The application never imports this: it only knows AWS_ENDPOINT_URL. ministack pins an older
botocore, so it lives in `.venv-aws`, never in the app's virtualenv.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EMULATOR_PYTHON = ROOT / ".venv-aws" / "bin" / "python"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def is_up(endpoint: str) -> bool:
    try:
        with urllib.request.urlopen(f"{endpoint}/_ministack/health", timeout=1) as response:
            return bool(json.load(response).get("services"))
    except (OSError, ValueError, urllib.error.URLError):
        return False


def start(*, port: int, state_dir: Path | None, log_path: Path) -> subprocess.Popen[bytes]:
    """Start ministack on 127.0.0.1:port; with state_dir, state survives a clean restart."""
    if not EMULATOR_PYTHON.exists():
        raise SystemExit("The emulator is not installed: run `make install` first.")
    if is_up(f"http://127.0.0.1:{port}"):
        # Its health check would answer for the other one: refuse rather than share it.
        raise RuntimeError(f"an emulator already answers on port {port}")
    env = {
        **os.environ,
        "BIND_HOST": "127.0.0.1",
        "GATEWAY_PORT": str(port),
        "SERVICES": "sqs,dynamodb",
        "LOG_LEVEL": "WARNING",
    }
    if state_dir is not None:
        state_dir.mkdir(parents=True, exist_ok=True)
        env.update({"PERSIST_STATE": "1", "STATE_DIR": str(state_dir)})
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [str(EMULATOR_PYTHON), "-m", "ministack"],
            env=env,
            cwd=log_path.parent,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not is_up(endpoint):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process)
            raise RuntimeError(f"ministack did not start on port {port}; see {log_path}")
        time.sleep(0.1)
    return process


def stop(process: subprocess.Popen[bytes], *, timeout: float = 15) -> None:
    """SIGTERM and wait (ministack saves its state then; a hard kill would lose it); SIGKILL
    the process group of a process started in its own session if it does not end in time."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def reset(endpoint: str) -> None:
    request = urllib.request.Request(f"{endpoint}/_ministack/reset", method="POST", data=b"")
    with urllib.request.urlopen(request, timeout=10):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=4566)
    parser.add_argument("--state-dir", type=Path, default=ROOT / "var" / "emulator")
    args = parser.parse_args()
    process = start(
        port=args.port, state_dir=args.state_dir, log_path=ROOT / "var" / "emulator.log"
    )
    print(f"ministack on http://127.0.0.1:{args.port} (Ctrl-C stops it)", flush=True)
    try:
        process.wait()
    except KeyboardInterrupt:
        stop(process)
    sys.exit(0)


if __name__ == "__main__":
    main()
