"""django-q2's cluster with thread-pool workers, started through explicit subclasses.

- LogCluster starts LogSentinel instead of django-q2's Sentinel (Cluster.start names the class
  it spawns; nothing in django-q2 is replaced globally).
- Each worker process runs up to QCLUSTER_THREADS tasks at once on threads: concurrency without
  a process (~40 MB) per task. A thread takes a task off the queue only when it is free, so
  every prefetched task that has not started can still be handed back.
- Each task keeps its own timeout: past it, the task is reported failed (not acknowledged, so
  SQS delivers it again), the process stops taking work and is replaced once its other threads
  are done. The process refreshes django-q2's timer while it works, so a process that hangs as
  a whole is still killed by the sentinel's guard.
- On stop, tasks no thread has started are made visible on SQS again at once (visibility 0),
  where stock Sentinel.stop() queues its STOP pills behind every prefetched task.
"""

from __future__ import annotations

import logging
import pydoc
import queue
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from multiprocessing import Event, Value, current_process
from multiprocessing.process import BaseProcess as Process
from typing import Any

from django import db
from django.conf import settings
from django.utils import timezone
from django_q.cluster import Cluster, Sentinel, get_mp_context
from django_q.conf import Conf, error_reporter
from django_q.conf import logger as q_logger
from django_q.monitor import monitor
from django_q.signals import post_execute_in_worker, post_spawn, pre_execute
from django_q.utils import get_func_repr
from django_q.worker import rss_check

from processing.aws import attempt_deadline
from processing.broker import pusher

logger = logging.getLogger(__name__)

IDLE, RECYCLED, EXPIRED = -1.0, -2.0, 0.0  # django-q2's timer values
POLL = 0.25  # seconds between two looks at the clock of a worker process


def monitor_then_flush(result_queue: Any, broker: Any) -> None:
    """django-q2's monitor, then the acknowledgements still waiting for their batch."""
    monitor(result_queue, broker)
    broker.flush_acknowledgements()


@dataclass
class _Running:
    task: dict[str, Any]
    deadline: float
    reported: bool = False
    thread: threading.Thread | None = field(default=None, repr=False)


class _ThreadPool:
    """The tasks one worker process runs at once; results go to django-q2's monitor."""

    def __init__(self, *, result_queue: Any, timeout: int, threads: int) -> None:
        self.result_queue = result_queue
        self.timeout = timeout
        self.slots = threading.Semaphore(threads)
        self.lock = threading.Lock()
        self.running: list[_Running] = []
        self.expired = False
        self.proc_name = current_process().name

    def start(self, task: dict[str, Any]) -> None:
        timeout = task.pop("timeout", self.timeout) or self.timeout
        entry = _Running(task=task, deadline=time.monotonic() + timeout)
        entry.thread = threading.Thread(target=self._run, args=(entry,), daemon=True)
        with self.lock:
            self.running.append(entry)
        entry.thread.start()

    def busy(self) -> bool:
        with self.lock:
            return any(not entry.reported for entry in self.running)

    def expire_overdue(self) -> None:
        """Report every task past its timeout as failed; its thread is abandoned."""
        now = time.monotonic()
        with self.lock:
            overdue = [e for e in self.running if not e.reported and now > e.deadline]
        for entry in overdue:
            message = f"Task exceeded maximum timeout value ({self.timeout} seconds)"
            if self._report(entry, (message, False), release=False):
                self.expired = True
                q_logger.error("%s: %s timed out", self.proc_name, entry.task.get("name"))

    def _run(self, entry: _Running) -> None:
        task = entry.task
        func = task["func"]
        q_logger.info("%s processing %s '%s'", self.proc_name, task["name"], get_func_repr(func))
        if not callable(func):
            func = pydoc.locate(func)
        attempt_deadline.set(entry.deadline)
        pre_execute.send(sender="django_q", func=func, task=task)
        try:
            if func is None:
                raise ValueError(f"Function {task['func']} is not defined")
            result: tuple[Any, bool] = (func(*task["args"], **task["kwargs"]), True)
        except Exception as error:
            result = (f"{error} : {traceback.format_exc()}", False)
            if error_reporter:
                error_reporter.report()
        finally:
            db.connections.close_all()  # this thread's own connections, if the task made any
        self._report(entry, result, release=True)

    def _report(self, entry: _Running, result: tuple[Any, bool], *, release: bool) -> bool:
        with self.lock:
            if entry.reported:
                return False  # timed out earlier: the late result is dropped
            entry.reported = True
            if release:
                self.running.remove(entry)
        task = entry.task
        task["result"], task["success"] = result
        task["stopped"] = timezone.now()
        post_execute_in_worker.send(sender="django_q", func=task["func"], task=task)
        self.result_queue.put(task)
        if release:
            self.slots.release()
        return True


def thread_pool_worker(
    task_queue: Any, result_queue: Any, timer: Any, timeout: int, threads: int
) -> None:
    """A worker process: takes a task whenever one of its `threads` is free, until STOP."""
    pool = _ThreadPool(result_queue=result_queue, timeout=timeout, threads=threads)
    q_logger.info("%s ready for work at %s", pool.proc_name, current_process().pid)
    post_spawn.send(sender="django_q", proc_name=pool.proc_name)
    taken = 0
    stopping = False
    while not (stopping or pool.expired or taken >= Conf.RECYCLE):
        _heartbeat(pool, timer, timeout)
        if not pool.slots.acquire(timeout=POLL):
            continue
        try:
            task = task_queue.get(timeout=POLL)
        except queue.Empty:
            pool.slots.release()
            continue
        if task == "STOP":
            pool.slots.release()
            stopping = True
            break
        taken += 1
        pool.start(task)
        if rss_check():
            break
    # Let the running tasks finish (or time out) before the process ends.
    while pool.busy():
        _heartbeat(pool, timer, timeout)
        time.sleep(POLL)
    with timer.get_lock():
        timer.value = EXPIRED if pool.expired else (IDLE if stopping else RECYCLED)
    q_logger.info("%s stopped doing work", pool.proc_name)


def _heartbeat(pool: _ThreadPool, timer: Any, timeout: int) -> None:
    pool.expire_overdue()
    with timer.get_lock():
        # While busy the guard counts this down; it reaches 0 only if this loop stops running.
        timer.value = float(timeout + 3) if pool.busy() else IDLE


class LogSentinel(Sentinel):
    """django-q2's Sentinel with thread-pool workers and hand-back on stop."""

    def spawn_worker(self) -> None:
        timer = Value("f", IDLE)
        process = get_mp_context().Process(
            target=thread_pool_worker,
            args=(self.task_queue, self.result_queue, timer, self.timeout, _threads()),
            name=f"Process-{uuid.uuid4().hex}",
        )
        process.daemon = Conf.DAEMONIZE_WORKERS
        process.timer = timer  # what the guard loop reads
        self.pool.append(process)
        process.start()

    def spawn_monitor(self) -> Process:
        return self.spawn_process(monitor_then_flush, self.result_queue, self.broker)

    def spawn_pusher(self) -> Process:
        # The broker's pusher: it puts verified, decoded tasks on the queue (no unpickling).
        return self.spawn_process(pusher, self.task_queue, self.event_out, self.broker)

    def stop(self) -> None:
        self.event_out.set()
        # The pusher ends after its current receive, putting what it got on the task queue
        # (blocking while that is full): take everything it puts until it has gone.
        while self.pusher.is_alive():
            self._hand_back_one()
        while self._hand_back_one():
            pass
        super().stop()  # the pusher is gone: only the STOP pills are queued now

    def _hand_back_one(self) -> bool:
        try:
            # A free thread may take a task first: it then runs it, like any in-flight task.
            task: Any = self.task_queue.get(timeout=0.1)
        except queue.Empty:
            return False
        try:
            self.broker.release(task["ack_id"])
        except Exception:  # SQS unreachable: the message comes back after its visibility timeout
            logger.warning("Could not hand task %s back to the queue", task.get("id"))
        return True


def _threads() -> int:
    return int(settings.QCLUSTER_THREADS)


class LogCluster(Cluster):
    """django-q2's Cluster, spawning LogSentinel (the same start-up as Cluster.start)."""

    def start(self) -> int:
        self.stop_event = Event()
        self.start_event = Event()
        self.sentinel = get_mp_context().Process(
            target=LogSentinel,
            name=f"Process-{uuid.uuid4().hex}",
            args=(self.stop_event, self.start_event, self.cluster_id, self.broker, self.timeout),
        )
        self.sentinel.start()
        q_logger.info("Q Cluster %s starting.", self.name)
        # Polled, not wait()ed: a signal during wait() would deadlock with the sentinel.
        while self.start_event and not self.start_event.is_set():
            if not self.sentinel.is_alive():
                if self.sentinel.exitcode == 0:
                    break  # stopped by SIGTERM/SIGINT while starting
                raise RuntimeError(
                    f"Q Cluster {self.name} failed to start: sentinel exited "
                    f"with code {self.sentinel.exitcode}"
                )
            time.sleep(0.1)
        return int(self.pid)
