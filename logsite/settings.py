"""Settings for every process (web, qcluster, provision): all of them read the same variables.

Every variable is listed in `.env.example`. A `.env` file in the project root, if present, fills
in variables that the environment does not set.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from core.env import (
    env_bool,
    env_float,
    env_int,
    env_list,
    env_optional,
    env_rate,
    env_str,
    load_env_file,
)
from core.metrics_dir import CLUSTER, metrics_dir_default, metrics_dir_empty

BASE_DIR = Path(__file__).resolve().parent.parent
if env_bool("DJANGO_READ_ENV_FILE", True):
    load_env_file(BASE_DIR / ".env")
# The worker cluster's default metrics directory, emptied as the cluster starts and before
# django.setup() imports prometheus_client (gunicorn.conf.py does the same for the web; see
# core/metrics_dir.py). Its worker processes are forked: they do not run this again.
if sys.argv[1:2] in (["qcluster"], ["workers"]):
    _metrics_dir = metrics_dir_default(role=CLUSTER)
    if _metrics_dir is not None:
        metrics_dir_empty(_metrics_dir)

DEBUG = env_bool("DJANGO_DEBUG", False)
# Keys written in this repository (defaults, examples, build steps): anyone can read them, so
# they are refused whenever DJANGO_DEBUG=0, even on a laptop (README "Security").
PUBLISHED_SECRETS = frozenset(
    {
        "django-insecure-local-development-only",
        "change-me-local-development-only",
        "compose-local-only-0123456789abcdefghijklmnopqrstuvwxyz",
        "collectstatic-only",
    }
)
if DEBUG:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY", "django-insecure-local-development-only")
else:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY")
    if SECRET_KEY in PUBLISHED_SECRETS:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is a key published in this repository; set a random one "
            "(`python -c 'import secrets; print(secrets.token_urlsafe(50))'`) or DJANGO_DEBUG=1"
        )
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_api_key",
    "axes",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's assets, served locally (no CDN)
    # Before django_q, so that `qcluster` is our alias of `workers` (a system check insists).
    "processing",
    "django_q",
    "ingest",
    "dashboard",
]

MIDDLEWARE = [
    # First, so that every response carries X-Request-ID and an ingest line times everything.
    "logsite.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "logsite.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "logsite.urls"
WSGI_APPLICATION = "logsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

VAR_DIR = BASE_DIR / "var"
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Web workers and qcluster processes write to one file: WAL lets readers run beside the
    # writer, and IMMEDIATE transactions take the write lock up front instead of failing
    # half-way with "database is locked".
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

# django-q2 keeps cluster status in the cache, and the dashboard reads it from another process:
# the cache must be shared by every process, so it lives in the database.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/dashboard/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

# --- Security (README "Security model") -------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out login before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Failed logins per username and client IP before that pair is locked out for a while.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The client address lockouts key on (core/client_ip.py). Behind TRUSTED_PROXY_COUNT reverse
# proxies (README "Security"), each appending to X-Forwarded-For, the client is the entry that
# many hops from the right; without proxies (0, the default) it is REMOTE_ADDR and the header
# is ignored. TRUSTED_PROXY_IPS (addresses or networks), when set, honours the header only on
# connections from those proxies, so a client that reaches the app directly cannot choose its
# own address.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
TRUSTED_PROXY_IPS = env_list("TRUSTED_PROXY_IPS", [])
for _proxy in TRUSTED_PROXY_IPS:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXY_IPS: {_proxy!r} is not an IP address or network"
        ) from None
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
# Behind TLS termination (DJANGO_HTTPS=1): redirect to HTTPS, cookies only over HTTPS, HSTS.
# Off by default so that `make run` works over plain HTTP on 127.0.0.1.
HTTPS = env_bool("DJANGO_HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
# /readyz and /metrics answer `Authorization: Bearer <METRICS_TOKEN>` only; unset: only with
# DJANGO_DEBUG=1, refused otherwise (logsite/health.py). /healthz is always open.
METRICS_TOKEN = env_optional("METRICS_TOKEN")
# Probes and Prometheus call the process directly over HTTP (README "Operations").
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 365 * 24 * 3600, minimum=0) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# The admin shows a new API key once in a message: a signed cookie, never a database row.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sent on every response that has none (logsite.middleware): same-origin scripts, styles and
# images only, no plugins, no framing, forms post to this site only.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)

REST_FRAMEWORK = {
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "ingest.parsers.PlainTextParser",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "EXCEPTION_HANDLER": "core.errors.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

# OpenAPI 3 schema at /api/schema/, Swagger UI at /api/docs/ from local static files.
SPECTACULAR_SETTINGS = {
    "TITLE": "Multi-tenant log processor",
    "DESCRIPTION": "Ingest API: logs are validated, queued on SQS, redacted and stored.",
    "VERSION": "1.0.0",
    "PREPROCESSING_HOOKS": ["ingest.schema.canonical_paths"],
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# One JSON object per line for the service's own events (README "Operations"), each stamped
# with the id of the request being handled. Lines carry ids and outcomes, never log text or keys.
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "logsite.request_log.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.orjson.OrjsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "botocore": {"level": "WARNING"},
        "pynamodb": {"level": "WARNING"},
        # 4xx answers are in the ingest request line already; Django's own line adds nothing.
        "django.request": {"level": "ERROR"},
        # django-q2 adds a plain-text handler of its own unless its logger has one.
        "django-q": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
    },
}

# --- AWS -------------------------------------------------------------------------------------
AWS_REGION = env_str("AWS_REGION", "us-east-1")
# Unset means real AWS; a URL points every SQS and DynamoDB client at an emulator.
AWS_ENDPOINT_URL = env_optional("AWS_ENDPOINT_URL")
AWS_CONNECT_TIMEOUT = env_float("AWS_CONNECT_TIMEOUT", 2.0, minimum=0.1)
AWS_READ_TIMEOUT = env_float("AWS_READ_TIMEOUT", 5.0, minimum=0.1)
AWS_MAX_ATTEMPTS = env_int("AWS_MAX_ATTEMPTS", 3, minimum=1)

LOGS_TABLE = env_str("LOGS_TABLE", "MultiTenantLogs")
LOGS_STATS_TABLE = env_str("LOGS_STATS_TABLE", "MultiTenantLogStats")
LOGS_QUEUE = env_str("LOGS_QUEUE", "logs-ingest")
LOGS_DLQ = env_str("LOGS_DLQ", "logs-ingest-dlq")
LOGS_MAX_RECEIVE_COUNT = 3

# --- Queue messages (README "Queue messages") --------------------------------------------------
# Queue messages are JSON signed with HMAC-SHA256 under a key of their own (core/messages.py).
# QUEUE_SIGNING_KEY signs and verifies; QUEUE_SIGNING_OLD_KEYS (comma-separated) only verify, so
# a rotation keeps what is queued valid. In local development the key is derived from SECRET_KEY.
QUEUE_SIGNING_KEY_MIN_CHARS = 32
if DEBUG:
    QUEUE_SIGNING_KEY = env_str(
        "QUEUE_SIGNING_KEY",
        hmac.new(SECRET_KEY.encode(), b"logsite queue signing key", hashlib.sha256).hexdigest(),
    )
else:
    QUEUE_SIGNING_KEY = env_str("QUEUE_SIGNING_KEY")
QUEUE_SIGNING_OLD_KEYS = env_list("QUEUE_SIGNING_OLD_KEYS", [])
for _name, _key in [
    ("QUEUE_SIGNING_KEY", QUEUE_SIGNING_KEY),
    *(("QUEUE_SIGNING_OLD_KEYS", old) for old in QUEUE_SIGNING_OLD_KEYS),
]:
    if not DEBUG and _key in PUBLISHED_SECRETS:
        raise ImproperlyConfigured(
            f"{_name} is a key published in this repository; set a random one or DJANGO_DEBUG=1"
        )
    if len(_key) < QUEUE_SIGNING_KEY_MIN_CHARS:
        raise ImproperlyConfigured(
            f"QUEUE_SIGNING_KEY and QUEUE_SIGNING_OLD_KEYS need {QUEUE_SIGNING_KEY_MIN_CHARS}+ "
            "characters each (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)"
        )
# A message signed longer ago than this is refused by the worker and by `dlq redrive`, so an old
# signed body cannot be replayed forever. Default: the DLQ's retention (14 days).
QUEUE_MESSAGE_MAX_AGE_SECONDS = env_int("QUEUE_MESSAGE_MAX_AGE_SECONDS", 14 * 24 * 3600, minimum=60)

# --- Ingest and processing --------------------------------------------------------------------
MAX_TEXT_BYTES = env_int("MAX_TEXT_BYTES", 64 * 1024, minimum=1)
# A batch request (JSON array or NDJSON) holds at most this many records and bytes, counted
# after gzip decompression (which is what bounds a zip bomb).
INGEST_BATCH_MAX_RECORDS = env_int("INGEST_BATCH_MAX_RECORDS", 1000, minimum=1)
INGEST_BATCH_MAX_BYTES = env_int("INGEST_BATCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1)
PROCESSING_DELAY_PER_CHAR = env_float("PROCESSING_DELAY_PER_CHAR", 0.05)
PROCESSING_DELAY_MAX = env_float("PROCESSING_DELAY_MAX", 5.0)
# Share of processing attempts that fail on purpose, before any side effect (chaos drills).
CHAOS_FAILURE_RATE = env_float("CHAOS_FAILURE_RATE", 0.0)
if CHAOS_FAILURE_RATE > 1:
    raise ImproperlyConfigured("CHAOS_FAILURE_RATE must be between 0 and 1")
# Group commit: concurrent requests of a web process share SendMessageBatch calls. One sender
# thread makes the fullest batches (measured: 2 senders made batches a third smaller and cost
# more CPU per message); under load it waits up to INGEST_BATCH_LINGER_MS for more messages.
INGEST_SENDER_THREADS = env_int("INGEST_SENDER_THREADS", 1, minimum=1)
INGEST_BATCH_LINGER_MS = env_float("INGEST_BATCH_LINGER_MS", 1.0)
# Seconds the ingest API asks a client to wait when SQS cannot be reached.
INGEST_RETRY_AFTER = env_int("INGEST_RETRY_AFTER", 5, minimum=1)
# Off only behind a gateway that authenticates: then a request without a key names its tenant.
INGEST_REQUIRE_API_KEY = env_bool("INGEST_REQUIRE_API_KEY", True)
# Seconds a web process trusts a verified key (or tenant) before asking the database again:
# the longest a revoked key or a deactivated tenant keeps working.
INGEST_KEY_CACHE_SECONDS = env_float("INGEST_KEY_CACHE_SECONDS", 5.0)
# Records per tenant and fixed window (a 1,000-record batch counts 1,000), "N/s", "N/min",
# "N/hour" or "N/day"; and request body bytes (as received) per tenant, e.g. "256MiB/min".
# 0 or off: no limit (ingest/throttling.py).
INGEST_RATE_LIMIT = env_rate("INGEST_RATE_LIMIT", "6000/min")
INGEST_RATE_LIMIT_BYTES = env_rate("INGEST_RATE_LIMIT_BYTES", "256MiB/min", multiples=True)
# Failed API-key attempts per client address and window before it gets 429 (per web process).
INGEST_AUTH_FAILURE_LIMIT = env_rate("INGEST_AUTH_FAILURE_LIMIT", "20/min")
# The longest the ingest path waits for a locked database (the shared rate-limit counter, a
# key's last use) before it goes on without it: milliseconds.
INGEST_DATABASE_WAIT_MS = env_int("INGEST_DATABASE_WAIT_MS", 5, minimum=1)

# --- Worker cluster and its timeouts ----------------------------------------------------------
# Concurrency: QCLUSTER_WORKERS processes (CPU parallelism for redaction), each running
# QCLUSTER_THREADS tasks at once on threads (the simulated work is a wait and the AWS calls are
# I/O), QCLUSTER_CONCURRENCY tasks in all. By Little's law a cluster drains at most
# QCLUSTER_CONCURRENCY / mean task duration records/s, so the default lets WORKER_TARGET_RATE
# records/s through even when every record takes PROCESSING_DELAY_MAX (plus ~0.1 s of AWS calls).
QCLUSTER_WORKERS = env_int("QCLUSTER_WORKERS", os.cpu_count() or 2, minimum=1)
WORKER_TARGET_RATE = 20  # records/s: 1,000 a minute with headroom
_longest_delay = PROCESSING_DELAY_MAX if PROCESSING_DELAY_PER_CHAR > 0 else 0.0
QCLUSTER_CONCURRENCY = env_int(
    "QCLUSTER_CONCURRENCY",
    # At least 16 threads per process: without delay a task mostly waits on its AWS calls.
    max(16 * QCLUSTER_WORKERS, math.ceil(WORKER_TARGET_RATE * (_longest_delay + 0.1))),
    minimum=1,
)
QCLUSTER_THREADS = math.ceil(QCLUSTER_CONCURRENCY / QCLUSTER_WORKERS)
# Counter items per tenant (and per minute) that a write picks at random and a read sums: no
# item is written by every record of a tenant. It may grow, never shrink (reads would miss the
# shards above it).
LOGS_COUNTER_SHARDS = env_int("LOGS_COUNTER_SHARDS", 8, minimum=1)

# The arithmetic, so that no message is redelivered while a worker still holds it:
#   each worker DynamoDB call is one try of at most AWS_CONNECT_TIMEOUT + AWS_READ_TIMEOUT;
#   transient faults are retried inside the attempt, with jittered exponential backoff, for
#     AWS_RETRY_BUDGET seconds (processing/aws.py);
#   WORKER_TIMEOUT (django-q2 `timeout`, enforced per task by processing/cluster.py) =
#     PROCESSING_DELAY_MAX + AWS_RETRY_BUDGET + one call, rounded up (defaults: 5 + 10 + 7 = 22 s);
#   a received message may wait for a free thread behind the pusher's batch (`bulk` 10) and the
#     prefetch queue (`queue_limit`): ceil((10 + queue_limit) / QCLUSTER_CONCURRENCY) tasks;
#   its acknowledgement may be retried for AWS_RETRY_BUDGET more seconds;
#   QUEUE_VISIBILITY_TIMEOUT (django-q2 `retry`) = WORKER_TIMEOUT * (1 + that wait) + the long
#     poll + AWS_RETRY_BUDGET (defaults, 102 tasks at once: 22 * (1 + 1) + 5 + 10 = 59 s).
QUEUE_BULK = 10  # SQS's maximum per ReceiveMessage
QUEUE_LIMIT = max(QUEUE_BULK, QCLUSTER_WORKERS)
QUEUE_WAIT_SECONDS = env_int("QUEUE_WAIT_SECONDS", 5, minimum=0)
if QUEUE_WAIT_SECONDS > 20:
    raise ImproperlyConfigured("QUEUE_WAIT_SECONDS must be <= 20 (SQS long-poll maximum)")
AWS_RETRY_BUDGET = env_float("AWS_RETRY_BUDGET", 10.0, minimum=0)
# The longest one botocore call with its own retries can take (the web process's enqueue).
AWS_CALL_BUDGET = AWS_MAX_ATTEMPTS * (AWS_CONNECT_TIMEOUT + AWS_READ_TIMEOUT) + sum(
    min(2**attempt, 20) for attempt in range(AWS_MAX_ATTEMPTS - 1)
)
WORKER_TIMEOUT = env_int(
    "WORKER_TIMEOUT",
    math.ceil(PROCESSING_DELAY_MAX + AWS_RETRY_BUDGET + AWS_CONNECT_TIMEOUT + AWS_READ_TIMEOUT),
    minimum=1,
)
_prefetch_wait = math.ceil((QUEUE_BULK + QUEUE_LIMIT) / QCLUSTER_CONCURRENCY)
QUEUE_VISIBILITY_TIMEOUT = env_int(
    "QUEUE_VISIBILITY_TIMEOUT",
    math.ceil(WORKER_TIMEOUT * (1 + _prefetch_wait) + QUEUE_WAIT_SECONDS + AWS_RETRY_BUDGET),
    minimum=1,
)
if QUEUE_VISIBILITY_TIMEOUT <= WORKER_TIMEOUT:
    raise ImproperlyConfigured(
        "QUEUE_VISIBILITY_TIMEOUT must exceed WORKER_TIMEOUT, or SQS hands a message to a "
        "second worker while the first still runs it"
    )

Q_CLUSTER = {
    # The SQS queue name: django-q2 uses the cluster name as the queue name.
    "name": LOGS_QUEUE,
    "broker_class": "processing.broker.SqsBroker",
    "workers": QCLUSTER_WORKERS,
    "queue_limit": QUEUE_LIMIT,
    "bulk": QUEUE_BULK,
    "timeout": WORKER_TIMEOUT,
    # A worker process is replaced after this many tasks (django-q2 default 500): it first lets
    # its running threads finish, so a rare restart keeps more of the concurrency.
    "recycle": 5000,
    "retry": QUEUE_VISIBILITY_TIMEOUT,
    # Failed tasks are left to SQS: after LOGS_MAX_RECEIVE_COUNT receives the redrive policy
    # moves them to the DLQ. Acknowledging failures or capping attempts would delete them.
    "ack_failures": False,
    "max_attempts": 0,
    # Successes are in DynamoDB already; failures are always kept (the dashboard shows them).
    "save_limit": -1,
    "scheduler": False,
    "cache": "default",
}
