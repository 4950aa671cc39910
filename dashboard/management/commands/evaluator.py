from __future__ import annotations

import secrets
import sys
from typing import Any, TextIO

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from dashboard.evaluators import evaluator_create


class Command(BaseCommand):
    help = (
        "Manage read-only dashboard evaluators. `create` reads the password from stdin; "
        "from a terminal, or with empty input, it generates one and prints it."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser("create", help="create an evaluator login")
        create.add_argument("username")
        scope = create.add_mutually_exclusive_group(required=True)
        scope.add_argument(
            "--tenant",
            action="append",
            dest="tenant_ids",
            metavar="ID",
            help="a tenant the evaluator may see (repeat for several)",
        )
        scope.add_argument(
            "--all-tenants", action="store_true", help="every tenant, present and future"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stdin: TextIO = options.get("stdin") or sys.stdin
        password = "" if stdin.isatty() else stdin.readline().strip()
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        try:
            user = evaluator_create(
                username=options["username"],
                password=password,
                tenant_ids=options["tenant_ids"] or (),
                all_tenants=options["all_tenants"],
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        scope = "all tenants" if options["all_tenants"] else ", ".join(options["tenant_ids"])
        self.stdout.write(f"Created evaluator {user.username} (sees {scope}).")
        if generated:
            self.stdout.write(f"Password: {password}")
