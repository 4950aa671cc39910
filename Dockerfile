# syntax=docker/dockerfile:1
# One image for every role: `web` (default), `worker`, `provision` (docker/entrypoint.sh).
# The `emulator` stage is the local AWS emulator for compose.yaml; it is not part of the app.

# --- build: the pinned requirements in a virtualenv, redaction compiled, static files collected -
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
# A C compiler for mypyc (scripts/build_native.py), in this stage only: the runtime has none.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt requirements-build.txt ./
RUN python -m venv /opt/venv /opt/build-venv \
    && /opt/venv/bin/pip install --no-cache-dir --requirement requirements.txt \
    && /opt/build-venv/bin/pip install --no-cache-dir \
        --requirement requirements.txt --requirement requirements-build.txt
# Compiled before the rest is copied: this layer changes only with the redaction sources.
# The image must not run slower than a checkout: a failed compile fails the build.
COPY core/ core/
COPY scripts/ scripts/
COPY processing/__init__.py processing/
COPY processing/redaction/ processing/redaction/
RUN /opt/build-venv/bin/python -m scripts.build_native --require
COPY . .
# collectstatic signs nothing: local-development mode, for this step only, lets the settings load
# without a secret, so the image holds none. The runtime refuses to start without real keys.
RUN DJANGO_DEBUG=1 DJANGO_READ_ENV_FILE=0 \
    /opt/venv/bin/python manage.py collectstatic --no-input

# --- emulator: ministack (SQS + DynamoDB) for compose.yaml --------------------------------------
FROM python:3.11-slim-bookworm AS emulator
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONUNBUFFERED=1 \
    BIND_HOST=0.0.0.0 GATEWAY_PORT=4566 SERVICES=sqs,dynamodb LOG_LEVEL=WARNING
COPY requirements-emulator.txt /tmp/
RUN pip install --no-cache-dir --requirement /tmp/requirements-emulator.txt \
    && useradd --system --uid 10002 --no-create-home emulator
USER 10002
WORKDIR /tmp
EXPOSE 4566
HEALTHCHECK --interval=5s --timeout=3s --retries=20 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:4566/_ministack/health', timeout=2)"]
CMD ["python", "-m", "ministack"]

# --- runtime: the application, as a non-root user ----------------------------------------------
FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_READ_ENV_FILE=0 \
    PORT=8000 \
    PROMETHEUS_MULTIPROC_DIR=/tmp/prometheus
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home app
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
# The code belongs to root: the app user can read it, not change it. It writes only to var/
# (the default SQLite database) and the metrics directory; compose mounts volumes there.
COPY --from=build /app /app
RUN mkdir -p /app/var /tmp/prometheus && chown app:app /app/var /tmp/prometheus
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["/app/docker/entrypoint.sh", "healthcheck"]
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["web"]
