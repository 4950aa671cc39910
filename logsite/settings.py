"""Settings for every process (web, qcluster, provision): all of them read the same variables.

Every variable is listed in `.env.example`. A `.env` file in the project root, if present, fills
in variables that the environment does not set.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from logsite.env import (
    env_bool,
    env_float,
    env_int,
    env_list,
    env_optional,
    env_str,
    load_env_file,
)

BASE_DIR = Path(__file__).resolve().parent.parent
if env_bool("DJANGO_READ_ENV_FILE", True):
    load_env_file(BASE_DIR / ".env")

DEBUG = env_bool("DJANGO_DEBUG", False)
if DEBUG:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY", "django-insecure-local-development-only")
else:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_q",
    "ingest",
    "processing",
    "dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

REST_FRAMEWORK = {
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "ingest.parsers.PlainTextParser",
    ],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "EXCEPTION_HANDLER": "ingest.errors.api_exception_handler",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"botocore": {"level": "WARNING"}, "pynamodb": {"level": "WARNING"}},
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

# --- Ingest and processing --------------------------------------------------------------------
MAX_TEXT_BYTES = env_int("MAX_TEXT_BYTES", 64 * 1024, minimum=1)
PROCESSING_DELAY_PER_CHAR = env_float("PROCESSING_DELAY_PER_CHAR", 0.05)
PROCESSING_DELAY_MAX = env_float("PROCESSING_DELAY_MAX", 5.0)
# Share of processing attempts that fail on purpose, before any side effect (chaos drills).
CHAOS_FAILURE_RATE = env_float("CHAOS_FAILURE_RATE", 0.0)
if CHAOS_FAILURE_RATE > 1:
    raise ImproperlyConfigured("CHAOS_FAILURE_RATE must be between 0 and 1")
# Seconds the ingest API asks a client to wait when SQS cannot be reached.
INGEST_RETRY_AFTER = env_int("INGEST_RETRY_AFTER", 5, minimum=1)

# --- Worker cluster and its timeouts ----------------------------------------------------------
# The arithmetic, so that no message is redelivered while a worker still holds it:
#   storage budget = AWS_MAX_ATTEMPTS * (AWS_CONNECT_TIMEOUT + AWS_READ_TIMEOUT)
#     the longest a DynamoDB write can take before botocore gives up;
#   WORKER_TIMEOUT (django-q2 `timeout`) = PROCESSING_DELAY_MAX + storage budget, rounded up
#     (defaults: 5 + 3 * (2 + 5) = 26 s);
#   a received message may wait behind the prefetched batch (`bulk` 10 plus `queue_limit`)
#     before a worker takes it: ceil((10 + workers) / workers) task durations;
#   QUEUE_VISIBILITY_TIMEOUT (django-q2 `retry`) = WORKER_TIMEOUT * (1 + that wait) + the long
#     poll, so a message only becomes visible again when its worker has really given up
#     (defaults with 2 workers: 26 * (1 + 6) + 5 = 187 s).
QCLUSTER_WORKERS = env_int("QCLUSTER_WORKERS", os.cpu_count() or 2, minimum=1)
QUEUE_BULK = 10  # SQS's maximum per ReceiveMessage
QUEUE_WAIT_SECONDS = env_int("QUEUE_WAIT_SECONDS", 5, minimum=0)
if QUEUE_WAIT_SECONDS > 20:
    raise ImproperlyConfigured("QUEUE_WAIT_SECONDS must be <= 20 (SQS long-poll maximum)")
_storage_budget = AWS_MAX_ATTEMPTS * (AWS_CONNECT_TIMEOUT + AWS_READ_TIMEOUT)
WORKER_TIMEOUT = env_int(
    "WORKER_TIMEOUT", math.ceil(PROCESSING_DELAY_MAX + _storage_budget), minimum=1
)
_prefetch_wait = math.ceil((QUEUE_BULK + QCLUSTER_WORKERS) / QCLUSTER_WORKERS)
QUEUE_VISIBILITY_TIMEOUT = env_int(
    "QUEUE_VISIBILITY_TIMEOUT",
    WORKER_TIMEOUT * (1 + _prefetch_wait) + QUEUE_WAIT_SECONDS,
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
    "queue_limit": QCLUSTER_WORKERS,
    "bulk": QUEUE_BULK,
    "timeout": WORKER_TIMEOUT,
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
