"""Typed readers for environment variables that fail loudly on bad values."""

from __future__ import annotations

import os
import re
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def load_env_file(path: Path) -> None:
    """Put KEY=VALUE lines of `path` into os.environ without overriding what is already set.

    This lets `manage.py qcluster`, `runserver` and `provision` started by hand read the same
    variables as `make run`, which writes `.env` from `.env.example`.
    """
    if not path.is_file():
        return
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ImproperlyConfigured(f"{path}:{number}: expected KEY=VALUE")
        os.environ.setdefault(key.strip(), value.strip().strip("'\""))


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name)
    if value is None or not value.strip():
        if default is None:
            raise ImproperlyConfigured(f"Environment variable {name} is required")
        return default
    return value


def env_optional(name: str) -> str | None:
    return os.environ.get(name, "").strip() or None


def env_bool(name: str, default: bool) -> bool:
    """An unset or empty variable is the default, so `NAME=` never flips a switch off."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {value!r}")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be >= {minimum}, got {number}")
    return number


def env_float(name: str, default: float, *, minimum: float = 0.0) -> float:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        number = float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, got {value!r}") from None
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be >= {minimum}, got {number}")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


_RATE_RE = re.compile(r"([0-9]+)\s*([kmg]?i?b?)\s*/\s*(s|sec|second|m|min|minute|h|hour|d|day)")
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_UNITS = {"": 1, "b": 1} | {
    prefix + suffix: 1024**power
    for power, prefix in enumerate("kmg", start=1)
    for suffix in ("", "b", "ib")
}


def env_rate(name: str, default: str, *, multiples: bool = False) -> tuple[int, int] | None:
    """(amount, seconds) from "N/s", "N/min", "N/hour" or "N/day"; "0" or "off" is None.

    With `multiples` (byte rates) N may end in k, m or g (KiB, MiB, GiB: "256MiB/min").
    """
    value = env_str(name, default).strip().lower()
    if value in ("0", "off"):
        return None
    match = _RATE_RE.fullmatch(value)
    unit = match[2] if match else ""
    if match is None or (unit and not multiples) or unit not in _UNITS or int(match[1]) == 0:
        example = "256MiB/min" if multiples else "6000/min"
        raise ImproperlyConfigured(f"{name} must be like {example}, 0 or off: {value!r}")
    return int(match[1]) * _UNITS[unit], _PERIODS[match[3][0]]
