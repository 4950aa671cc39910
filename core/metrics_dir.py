"""Where each process writes its Prometheus samples (PROMETHEUS_MULTIPROC_DIR) by default.

prometheus_client chooses in-process or per-process-file storage when it is first imported, by
whether that variable is set, so these run before it: gunicorn.conf.py for the web, the settings
for `manage.py qcluster`/`workers`. Neither imports Django or prometheus_client.

Set by hand (`make run`, the container), the variable is used as it is and its owner empties the
directory. Unset, the web writes to var/prometheus/web and the worker cluster to
var/prometheus/cluster, each emptied by the process that starts that side, so that neither
deletes the other's live files; /metrics adds up both (logsite/health.py).
"""

from __future__ import annotations

import os
from pathlib import Path

VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "var" / "prometheus"
WEB = "web"
CLUSTER = "cluster"


def metrics_dir_default(*, role: str) -> Path | None:
    """Point the variable at var/prometheus/<role> unless it is set; returns that directory.

    None when the variable was set already: whoever set it owns (and empties) its directory.
    """
    if os.environ.get(VARIABLE):
        return None
    path = DEFAULT_ROOT / role
    os.environ[VARIABLE] = str(path)
    return path


def metrics_dir_empty(path: Path) -> None:
    """Create `path`, or delete the samples an earlier run left there (they would be added in)."""
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink()


def metrics_dirs() -> list[Path]:
    """The directories whose samples /metrics adds up (none: this process's own samples only).

    The variable's directory and, when that is the web's default one, the worker cluster's
    default one (if a cluster wrote there).
    """
    configured = os.environ.get(VARIABLE)
    if not configured:
        return []
    dirs = [Path(configured)]
    cluster = DEFAULT_ROOT / CLUSTER
    if Path(configured) == DEFAULT_ROOT / WEB and cluster.is_dir():
        dirs.append(cluster)
    return dirs
