"""The worker's DynamoDB connection: one per process, whatever its threads do."""

from __future__ import annotations

import threading
from typing import Any

from processing.tables import configure_tables, dynamodb_connection


def test_threads_starting_at_once_share_one_botocore_client() -> None:
    configure_tables()  # no connection yet, as in a worker process that just started
    start = threading.Barrier(20)
    clients: list[Any] = []

    def first_use() -> None:
        start.wait()
        clients.append(dynamodb_connection().client)

    threads = [threading.Thread(target=first_use) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # PynamoDB would build one client (and botocore session, ~8 MB) per racing thread.
    assert len({id(client) for client in clients}) == 1
