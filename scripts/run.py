"""`make run`: from a fresh clone to a running system on the local emulator.

Starts the emulator (unless AWS_ENDPOINT_URL points elsewhere or one already answers there),
provisions queues and tables, migrates, creates the demo logins, then runs gunicorn and one
qcluster in the foreground. Ctrl-C stops every process it started.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.env import load_env_file  # noqa: E402
from scripts import emulator  # noqa: E402

PYTHON = sys.executable
SEED_JSON = (
    '{"tenant_id": "acme_corp", "log_id": "101", '
    '"text": "User 800-555-0199 logged in from 192.168.1.1"}'
)
ENV_FILE = ROOT / ".env"
# Django's default database (logsite/settings.py) when DATABASE_URL is empty.
DEFAULT_DATABASE = ROOT / "var" / "db.sqlite3"
DEMO_TENANTS = ("acme_corp", "beta_inc")
# Written by `manage.py demo_setup`: the demo tenants' API keys, for the curl commands below.
DEMO_KEYS_FILE = ROOT / "var" / "demo-api-keys.json"


# Filled in with fresh random values when .env is written: .env.example leaves them empty.
GENERATED_SECRETS = ("DJANGO_SECRET_KEY", "QUEUE_SIGNING_KEY", "METRICS_TOKEN")
# Only the owner may read what holds secrets: .env (the keys) and Django's SQLite database
# (sessions, password hashes, API key hashes).
PRIVATE_MODE = 0o600


def ensure_env_file(*, env_file: Path = ENV_FILE) -> None:
    """Write .env from .env.example with random keys, readable by its owner only.

    An existing .env is made private, keeps its values, and gets a random key for each of
    GENERATED_SECRETS it lacks (one written before QUEUE_SIGNING_KEY existed has none).
    """
    if not env_file.exists():
        template = (ROOT / ".env.example").read_text(encoding="utf-8")
        write_private(env_file, with_generated_secrets(template))
        print(f"Wrote {env_file.name} from .env.example (with fresh random keys)")
        return
    env_file.chmod(PRIVATE_MODE)  # one written by an earlier version may be world-readable
    current = env_file.read_text(encoding="utf-8")
    completed = with_generated_secrets(current)
    if completed != current:
        env_file.write_text(completed, encoding="utf-8")
        print(f"Added fresh random keys missing from {env_file.name}")


def with_generated_secrets(text: str) -> str:
    """`text` (KEY=VALUE lines) with a random value for each GENERATED_SECRETS empty or absent."""
    lines, present = [], set()
    for line in text.splitlines(keepends=True):
        name, sep, value = line.partition("=")
        if sep and name.strip() in GENERATED_SECRETS:
            present.add(name.strip())
            if not value.strip():
                line = f"{name.strip()}={secrets.token_urlsafe(50)}\n"
        lines.append(line)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines += [
        f"{name}={secrets.token_urlsafe(50)}\n" for name in GENERATED_SECRETS if name not in present
    ]
    return "".join(lines)


def write_private(path: Path, text: str) -> None:
    """Create `path` with PRIVATE_MODE from the start: never readable by others, even briefly."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)


def ensure_private_database(*, database: Path = DEFAULT_DATABASE) -> None:
    """Create the default SQLite database owner-only before Django opens it.

    SQLite gives its -wal and -shm files the database file's mode. A database of an earlier
    run is made private too.
    """
    if os.environ.get("DATABASE_URL", "").strip():
        return  # another database, configured by its owner
    if not database.exists():
        write_private(database, "")
    for path in (database, *(database.with_name(database.name + end) for end in ("-wal", "-shm"))):
        if path.exists():
            path.chmod(PRIVATE_MODE)


def manage(*args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return result.stdout


def empty_metrics_dir() -> None:
    """gunicorn and qcluster write their metrics here; /metrics adds up what it finds."""
    metrics_dir = Path(
        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", str(ROOT / "var" / "prometheus"))
    )
    metrics_dir.mkdir(parents=True, exist_ok=True)
    for stale in metrics_dir.glob("*.db"):  # an earlier run's samples would be added in
        stale.unlink()


def start_emulator_if_needed() -> subprocess.Popen[bytes] | None:
    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    if not endpoint:
        print("AWS_ENDPOINT_URL is unset: using real AWS")
        return None
    parsed = urlparse(endpoint)
    if emulator.is_up(endpoint):
        print(f"Emulator already answering at {endpoint}: reusing it")
        return None
    if parsed.hostname not in ("127.0.0.1", "localhost"):
        print(f"Using the AWS endpoint {endpoint}")
        return None
    print(f"Starting the local AWS emulator at {endpoint} (state in var/emulator)")
    return emulator.start(
        port=parsed.port or 4566,
        state_dir=ROOT / "var" / "emulator",
        log_path=ROOT / "var" / "emulator.log",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    args = parser.parse_args()

    ensure_env_file()
    load_env_file(ENV_FILE)
    os.environ["PORT"] = str(args.port)
    (ROOT / "var").mkdir(exist_ok=True)
    ensure_private_database()
    empty_metrics_dir()

    aws_emulator = start_emulator_if_needed()
    children: list[subprocess.Popen[bytes]] = []

    def shutdown(*_: object) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
        if aws_emulator is not None:
            emulator.stop(aws_emulator)
        print("Stopped.")
        sys.exit(0)

    signal.signal(signal.SIGTERM, shutdown)
    try:
        manage("migrate", "--no-input")
        manage("createcachetable")
        manage("collectstatic", "--no-input")
        print(manage("provision").rstrip())
        demo = manage("demo_setup").rstrip()

        children.append(
            subprocess.Popen(
                [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "logsite.wsgi"], cwd=ROOT
            )
        )
        children.append(subprocess.Popen([PYTHON, "manage.py", "qcluster"], cwd=ROOT))
        time.sleep(1.5)
        print_banner(port=args.port, demo=demo)
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
        print("A process exited; stopping the rest.")
    except KeyboardInterrupt:
        pass
    except subprocess.CalledProcessError as error:
        print(error.stdout, error.stderr, sep="\n", file=sys.stderr)
    shutdown()


def print_banner(*, port: int, demo: str) -> None:
    base = f"http://127.0.0.1:{port}"
    keys = json.loads(DEMO_KEYS_FILE.read_text(encoding="utf-8"))
    acme, beta = (keys.get(t, "<key: manage.py tenant key " + t + ">") for t in DEMO_TENANTS)
    print(
        f"""
==============================================================================
 Multi-tenant log processor is running
   API         {base}/api/v1/logs
   API docs    {base}/api/docs/   (OpenAPI schema at {base}/api/schema/)
   Operations  {base}/healthz  {base}/readyz  {base}/metrics
               (readyz, metrics: -H "Authorization: Bearer $METRICS_TOKEN", in .env)
   Dashboard   {base}/dashboard/   (login at {base}/accounts/login/)
   Admin       {base}/admin/
{demo}

 Try it:
   curl -X POST {base}/api/v1/logs -H "Authorization: Api-Key {acme}" \\
     -H "Content-Type: application/json" \\
     -d '{SEED_JSON}'
   curl -X POST {base}/api/v1/logs -H "Authorization: Api-Key {beta}" \\
     -H "Content-Type: text/plain" -H "X-Tenant-ID: beta_inc" \\
     -d "This is a raw log file dump that will take some time to process."

 Ctrl-C stops everything.
==============================================================================
""",
        flush=True,
    )


if __name__ == "__main__":
    main()
