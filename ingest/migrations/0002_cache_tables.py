"""The tables of the database caches in settings.CACHES, so that `migrate` is the one step.

The ingest rate limit and django-q2's cluster status (read by the dashboard) live in the
database cache; without its table the dashboard fails and the limit cannot be shared.
`createcachetable` skips a table that exists, so databases set up before this migration keep
theirs.
"""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps: Any, schema_editor: Any) -> None:
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("ingest", "0001_initial")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
