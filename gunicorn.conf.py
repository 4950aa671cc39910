"""gunicorn settings for `make run` and the container.

Sized for a 2-core machine: 2 processes use both cores for the Python work of a request, and
each runs 8 threads because most of a request's time is spent waiting on SQS, during which the
GIL is released. Override with WEB_CONCURRENCY / WEB_THREADS.
"""

import os

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
