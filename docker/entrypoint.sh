#!/usr/bin/env bash
# One image, one role per container, chosen by its command:
#   web          gunicorn (gunicorn.conf.py) on 0.0.0.0:$PORT
#   worker       manage.py qcluster
#   provision    migrate Django's database, then create or repair the queues and tables
#   healthcheck  exit 0 when the web answers /healthz (the image's HEALTHCHECK)
# Anything else runs as a command, e.g. `python manage.py tenant create acme_corp`.
set -euo pipefail

usage() {
  echo "usage: entrypoint.sh web|worker|provision|healthcheck|<command> [args...]" >&2
}

# prometheus_client's multiprocess mode: each process writes its samples to files here and
# /metrics adds them up. Files of an earlier run would be added too, so the web, which owns the
# directory, empties it; a worker sharing it (compose.yaml) must not pull it from under the web.
metrics_dir() {
  local dir="${PROMETHEUS_MULTIPROC_DIR:?PROMETHEUS_MULTIPROC_DIR must be set}"
  mkdir -p "$dir"
  if [ "${1:-}" = "--empty" ]; then
    find "$dir" -maxdepth 1 -type f -name '*.db' -delete
  fi
}

# The image holds no secret and nothing may default one: outside local development
# (DJANGO_DEBUG=1) the service roles refuse to start without their keys. The settings then
# refuse keys published in the repository.
require_secrets() {
  case "${DJANGO_DEBUG:-}" in
    1 | [Tt][Rr][Uu][Ee] | [Yy][Ee][Ss] | [Oo][Nn]) return 0 ;;
  esac
  local name missing=0
  for name in DJANGO_SECRET_KEY QUEUE_SIGNING_KEY; do
    local value="${!name:-}"
    if [ -z "${value//[[:space:]]/}" ]; then
      echo "entrypoint.sh: $name must be set to a random secret (README \"Security\")" >&2
      missing=1
    fi
  done
  return "$missing"
}

if [ $# -eq 0 ] || [ -z "$1" ]; then
  echo "entrypoint.sh: no command given" >&2
  usage
  exit 64
fi

role="$1"
shift
case "$role" in
  web)
    require_secrets || exit 78  # EX_CONFIG
    metrics_dir --empty
    exec gunicorn --config gunicorn.conf.py --bind "0.0.0.0:${PORT:-8000}" "$@" logsite.wsgi
    ;;
  worker)
    require_secrets || exit 78  # EX_CONFIG
    metrics_dir
    exec python manage.py qcluster "$@"
    ;;
  provision)
    require_secrets || exit 78  # EX_CONFIG
    python manage.py migrate --no-input
    python manage.py createcachetable
    exec python manage.py provision "$@"
    ;;
  healthcheck)
    # A non-2xx answer raises, so the exit status is not 0.
    exec python -c 'import os, urllib.request
port = os.environ.get("PORT", "8000")
urllib.request.urlopen("http://127.0.0.1:" + port + "/healthz", timeout=3)'
    ;;
  *)
    if ! command -v "$role" >/dev/null 2>&1; then
      echo "entrypoint.sh: unknown command '$role'" >&2
      usage
      exit 64
    fi
    exec "$role" "$@"
    ;;
esac
