"""gunicorn settings for `make run` and the container.

Sized for a 2-core machine: 2 processes use both cores for the Python work of a request, and
each runs 8 threads because most of a request's time is spent waiting on SQS, during which the
GIL is released. Override with WEB_CONCURRENCY / WEB_THREADS.
"""

import os
from typing import Any

from core.metrics_dir import WEB, metrics_dir_default, metrics_dir_empty

# Before the app (and prometheus_client) is loaded: without PROMETHEUS_MULTIPROC_DIR every
# worker writes its samples to var/prometheus/web, emptied here at start, and /metrics adds
# up every worker and the worker cluster's var/prometheus/cluster (core/metrics_dir.py).
_metrics_dir = metrics_dir_default(role=WEB)
if _metrics_dir is not None:
    metrics_dir_empty(_metrics_dir)

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "8"))
timeout = 30
graceful_timeout = 20
keepalive = 5
# Load Django once in the master so that workers share its memory. Safe because nothing
# opens a connection at import: boto3 clients, the SQS sender threads and the database
# connections are all created per process, after the fork.
preload_app = True
accesslog = None
errorlog = "-"


def post_fork(server: Any, worker: Any) -> None:
    """Build the SQS client, queue URL and broker now, not on the first request."""
    from ingest.warmup import ingest_warm

    ingest_warm()
