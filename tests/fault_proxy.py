"""An HTTP proxy between AWS clients and the emulator that answers like AWS does when it fails.

Both DynamoDB and SQS speak the JSON protocol on this botocore: a POST whose X-Amz-Target
header names the operation (`DynamoDB_20120810.TransactWriteItems`, `AmazonSQS.ReceiveMessage`).
Each request is forwarded to the emulator unless a fault answers it first:

- throttle / provisioned / server_error / conflict: an error response in the shape botocore
  parses (`__type` = `<namespace>#<Code>`, `x-amzn-query-error` for SQS's query-compatible
  codes); the request never reaches the emulator, as when AWS refuses it;
- partial: a SendMessageBatch / DeleteMessageBatch reaches the emulator with only some of its
  entries, the others come back as `Failed` entries of a 200 answer;
- latency: a pause before forwarding;
- reset: the request is forwarded, its answer dropped and the connection reset (TCP RST), so
  the client cannot tell whether the call went through (it did).

Each (fault, operation) pair draws from its own seeded random sequence, so the n-th call of an
operation meets the same faults in every run whatever the threads' interleaving.
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import struct
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

DYNAMODB = "DynamoDB_20120810"
SQS = "AmazonSQS"
KINDS = ("throttle", "provisioned", "server_error", "conflict", "partial", "latency", "reset")
BATCH_OPERATIONS = {"SendMessageBatch", "DeleteMessageBatch"}
# Headers that describe the body or the connection: the proxy sets its own.
HOP_HEADERS = {"content-length", "transfer-encoding", "connection", "keep-alive"}


@dataclass(frozen=True)
class Fault:
    """Inject `kind` into `rate` of the calls of `operations` (X-Amz-Target values)."""

    kind: str
    rate: float
    operations: frozenset[str]
    latency: tuple[float, float] = (0.2, 0.5)  # seconds, for kind "latency"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}")


def fault(kind: str, rate: float, *operations: str, **options: Any) -> Fault:
    return Fault(kind=kind, rate=rate, operations=frozenset(operations), **options)


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]


class FaultProxy:
    """A threaded proxy on 127.0.0.1 in front of `upstream`; `injected` counts what it did."""

    def __init__(self, *, upstream: str, faults: list[Fault], seed: int = 13) -> None:
        self.upstream = urlsplit(upstream)
        self.seed = seed
        self.injected: Counter[tuple[str, str]] = Counter()
        self.forwarded: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._draws: dict[tuple[str, str], random.Random] = {}
        self.faults = faults
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def set_faults(self, faults: list[Fault]) -> None:
        with self._lock:
            self.faults = faults

    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def injected_kinds(self) -> set[str]:
        return {kind for kind, _ in self.injected}

    def _hits(self, kind: str, target: str) -> bool:
        """Whether this call of `target` meets fault `kind` (and count it)."""
        with self._lock:
            rules = [f for f in self.faults if f.kind == kind and target in f.operations]
            if not rules:
                return False
            hit = self._draw(kind, target) < rules[0].rate
            if hit:
                self.injected[(kind, target)] += 1
            return hit

    def _draw(self, kind: str, target: str) -> float:
        """The next number of the (kind, target) sequence; the caller holds the lock."""
        key = (kind, target)
        if key not in self._draws:
            self._draws[key] = random.Random(f"{self.seed}/{kind}/{target}")
        return self._draws[key].random()

    def _latency(self, target: str) -> float:
        with self._lock:
            rules = [f for f in self.faults if f.kind == "latency" and target in f.operations]
            low, high = rules[0].latency if rules else (0.0, 0.0)
            return low + (high - low) * self._draw("latency-seconds", target)

    def _forward(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        connection = http.client.HTTPConnection(
            self.upstream.hostname or "127.0.0.1", self.upstream.port, timeout=30
        )
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            kept = {k: v for k, v in response.getheaders() if k.lower() not in HOP_HEADERS}
            return Answer(response.status, data, kept)
        finally:
            connection.close()

    def answer(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer | None:
        """The answer to send, or None to reset the connection after forwarding."""
        target = headers.get("X-Amz-Target", "")
        if self._hits("latency", target):
            time.sleep(self._latency(target))
        for kind in ("throttle", "provisioned", "server_error", "conflict"):
            if self._hits(kind, target):
                return error_answer(kind, target, body)
        if target.split(".")[-1] in BATCH_OPERATIONS and self._hits("partial", target):
            return self._partial(method, path, headers, body)
        forwarded = self._forward(method, path, headers, body)
        with self._lock:
            self.forwarded[target] += 1
        if self._hits("reset", target):
            return None
        return forwarded

    def _partial(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        request = json.loads(body)
        entries = request["Entries"]
        # About half the entries fail, at least one; the rest go through.
        target = headers.get("X-Amz-Target", "")
        with self._lock:
            failed = {e["Id"] for e in entries if self._draw("partial-entry", target) < 0.5}
        failed = failed or {entries[-1]["Id"]}
        kept = [entry for entry in entries if entry["Id"] not in failed]
        result: dict[str, Any] = {"Successful": [], "Failed": []}
        answer_headers = {"Content-Type": "application/x-amz-json-1.0"}
        if kept:
            forwarded = self._forward(
                method, path, headers, json.dumps({**request, "Entries": kept}).encode()
            )
            if forwarded.status != 200:
                return forwarded
            result = json.loads(forwarded.body)
            result.setdefault("Failed", [])
            answer_headers = forwarded.headers
        result["Failed"] += [
            {
                "Id": entry_id,
                "SenderFault": False,
                "Code": "InternalError",
                "Message": "We encountered an internal error. Please try again.",
            }
            for entry_id in sorted(failed)
        ]
        return Answer(200, json.dumps(result).encode(), answer_headers)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as botocore's pooled connections expect

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                answer = proxy.answer(self.command, self.path, headers, body)
                if answer is None:
                    # SO_LINGER 0: close() sends a RST instead of a FIN.
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                    return
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_PUT = do_DELETE = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                pass  # one line per AWS call would drown the test output

        return Handler


def error_answer(kind: str, target: str, body: bytes) -> Answer:
    """The error AWS answers for fault `kind` on `target`, as its JSON protocol spells it."""
    service = target.split(".")[0]
    if kind == "conflict":
        # What DynamoDB answers when another transaction holds one of the items: one reason per
        # item of the request, in order, "None" for the items that were not the cause.
        items = json.loads(body).get("TransactItems", [])
        reasons = [{"Code": "None"} for _ in items] or [{"Code": "None"}]
        reasons[-1] = {
            "Code": "TransactionConflict",
            "Message": "Transaction is ongoing for the item",
        }
        codes = ", ".join(reason["Code"] for reason in reasons)
        return _json_error(
            400,
            "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
            "Transaction cancelled, please refer cancellation reasons for specific reasons "
            f"[{codes}]",
            CancellationReasons=reasons,
        )
    if service == DYNAMODB:
        status, code, message = {
            "throttle": (
                400,
                "ThrottlingException",
                "Rate of requests exceeds the allowed throughput.",
            ),
            "provisioned": (
                400,
                "ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded.",
            ),
            "server_error": (500, "InternalServerError", "Internal server error"),
        }[kind]
        return _json_error(status, f"com.amazonaws.dynamodb.v20120810#{code}", message)
    status, code, message = {
        "throttle": (400, "ThrottlingException", "Rate exceeded"),
        "provisioned": (400, "ThrottlingException", "Rate exceeded"),
        "server_error": (503, "ServiceUnavailable", "Service is unavailable. Try again later."),
    }[kind]
    fault_of = "Sender" if status < 500 else "Receiver"
    return _json_error(
        status, f"com.amazonaws.sqs#{code}", message, query_error=f"{code};{fault_of}"
    )


def _json_error(
    status: int, error_type: str, message: str, *, query_error: str = "", **fields: Any
) -> Answer:
    headers = {
        "Content-Type": "application/x-amz-json-1.0",
        "x-amzn-RequestId": str(uuid.uuid4()),
    }
    if query_error:
        headers["x-amzn-query-error"] = query_error
    if status == 503:
        headers["Retry-After"] = "1"
    body = {"__type": error_type, "message": message, **fields}
    return Answer(status, json.dumps(body).encode(), headers)
