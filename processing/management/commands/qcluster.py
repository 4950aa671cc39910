from __future__ import annotations

from processing.management.commands import workers


class Command(workers.Command):
    """`manage.py qcluster`, django-q2's usual name, runs `manage.py workers`.

    Django picks this over django-q2's own `qcluster` only while `processing` comes before
    `django_q` in INSTALLED_APPS; the check processing.E001 refuses to start otherwise.
    """
