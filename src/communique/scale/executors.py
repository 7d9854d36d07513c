"""Executors: one small interface for running a batch function serially, on local processes or on Dask.

``Executor.map_batches(fn, batches)`` applies ``fn`` to every batch and yields the results in
input order. Batches are pulled from the iterable lazily and at most ``window`` of them are in
flight at a time, so a corpus of any size streams through in bounded memory: the reader is never
more than ``window`` batches ahead of the consumer that writes results to the store.

``fn`` must be picklable for the process and Dask executors (a module-level function or a
callable object such as ``scale.worker.ProcessBatch``); its state should be rebuilt lazily and
cached per worker process so that every worker loads the spaCy pipeline once.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar

from communique.errors import ConfigError

__all__ = [
    "DaskExecutor",
    "Executor",
    "ProcessExecutor",
    "SerialExecutor",
    "batched",
    "effective_workers",
    "make_executor",
]

T = TypeVar("T")
R = TypeVar("R")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` consecutive items (the last one shorter), consuming ``items`` lazily.

    ``itertools.batched`` does this from Python 3.12; communique supports 3.11.

    Args:
        items: any iterable.
        size: items per batch (≥ 1).

    Returns:
        An iterator of non-empty lists.
    """
    if size < 1:
        raise ValueError("batch size must be ≥ 1")
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class Executor(Protocol):
    """Runs a batch function over a stream of batches; use as a context manager."""

    workers: int

    def map_batches(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to each batch and yield the results in input order."""
        ...

    def close(self) -> None:
        """Release the worker processes or the cluster connection."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def effective_workers(workers: int) -> int:
    """Return the number of worker processes meant by a ``workers`` setting.

    Args:
        workers: the setting; 0 means one per core available to this process.

    Returns:
        A positive number of workers.
    """
    if workers < 0:
        raise ConfigError(f"workers must be ≥ 0, got {workers}")
    if workers == 0:
        # sched_getaffinity honours CPU pinning (containers, taskset); cpu_count does not.
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return workers


class _Base:
    workers: int = 1

    def close(self) -> None:
        """Release resources (nothing to release by default)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class SerialExecutor(_Base):
    """Runs every batch in the calling process, one after the other (``workers = 1``)."""

    def map_batches(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to each batch in turn.

        Args:
            fn: the batch function.
            batches: the batches, consumed lazily.

        Returns:
            An iterator of results in input order.
        """
        for batch in batches:
            yield fn(batch)


def _ordered_window(
    submit: Callable[[T], Any], result: Callable[[Any], R], batches: Iterable[T], *, window: int
) -> Iterator[R]:
    """Keep ``window`` submitted batches in flight and yield their results in submission order.

    Ordered output keeps a parallel run reproducible: near-duplicates and stories are assigned in
    arrival order by the caller, exactly as in a serial run.
    """
    pending: collections.deque[Any] = collections.deque()
    iterator = iter(batches)
    try:
        for batch in iterator:
            pending.append(submit(batch))
            if len(pending) >= window:
                yield result(pending.popleft())
        while pending:
            yield result(pending.popleft())
    finally:
        # The consumer stopped early or a batch failed: do not leave work running.
        for handle in pending:
            cancel = getattr(handle, "cancel", None)
            if cancel is not None:
                cancel()


class ProcessExecutor(_Base):
    """Runs batches on a local pool of worker processes.

    Workers are started by the ``forkserver`` method (a clean process, not a fork of a parent that
    may hold database connections or threads); each keeps whatever ``fn`` caches between batches.
    """

    def __init__(self, workers: int, *, window: int | None = None) -> None:
        """Start the pool.

        Args:
            workers: number of processes; 0 means one per core.
            window: batches in flight at most (default: twice the workers, so none sits idle
                while the parent writes results).
        """
        self.workers = effective_workers(workers)
        self.window = window or 2 * self.workers
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def map_batches(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to each batch on the pool.

        Args:
            fn: a picklable batch function.
            batches: the batches, consumed lazily (at most ``window`` ahead).

        Returns:
            An iterator of results in input order; a batch's exception is re-raised here.
        """

        def submit(batch: T) -> Future[R]:
            return self._pool.submit(fn, batch)

        def result(future: Future[R]) -> R:
            return future.result()

        return _ordered_window(submit, result, batches, window=self.window)

    def close(self) -> None:
        """Stop the worker processes."""
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(_Base):
    """Runs batches on a Dask cluster: a given scheduler, or a ``LocalCluster`` started here."""

    def __init__(
        self,
        *,
        scheduler: str | None = None,
        workers: int = 0,
        window: int | None = None,
        connect_timeout: float = 30.0,
    ) -> None:
        """Connect to the scheduler, or start a local cluster of single-threaded worker processes.

        Args:
            scheduler: address such as ``tcp://10.0.0.5:8786``; None starts a ``LocalCluster``.
            workers: worker processes of the local cluster (0: one per core); ignored with a
                scheduler, whose workers are counted instead.
            window: batches in flight at most (default twice the workers).
            connect_timeout: seconds to wait for the scheduler.

        Raises:
            ConfigError: the scheduler cannot be reached.
        """
        from dask.distributed import Client, LocalCluster  # heavy import: only when Dask is used

        self._cluster: Any = None
        try:
            if scheduler is None:
                # One thread per worker process: spaCy is CPU-bound and holds the GIL.
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=effective_workers(workers),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
                self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
            else:
                self._client = Client(scheduler, timeout=f"{connect_timeout}s")  # type: ignore[no-untyped-call]
        except OSError as exc:
            self.close()
            raise ConfigError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from exc
        threads = self._client.nthreads()  # type: ignore[no-untyped-call]
        self.workers = max(1, sum(threads.values()))
        self.window = window or 2 * self.workers

    @property
    def dashboard_link(self) -> str | None:
        """The cluster's dashboard address, when it serves one."""
        link = getattr(self._client, "dashboard_link", None)
        return str(link) if link else None

    def map_batches(self, fn: Callable[[T], R], batches: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to each batch on the cluster.

        Args:
            fn: a picklable batch function (sent with each task; keep it small).
            batches: the batches, consumed lazily (at most ``window`` ahead).

        Returns:
            An iterator of results in input order; a task's exception is re-raised here.
        """

        def submit(batch: T) -> Any:
            # pure=False: two equal batches are still two tasks (no result sharing by hash).
            return self._client.submit(fn, batch, pure=False)

        def result(future: Any) -> R:
            value: R = future.result()
            future.release()
            return value

        return _ordered_window(submit, result, batches, window=self.window)

    def close(self) -> None:
        """Close the client, and the local cluster if this executor started one."""
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(*, engine: str = "local", workers: int = 1, scheduler: str | None = None) -> Executor:
    """Build the executor a command line asked for.

    Args:
        engine: "local" (serial for one worker, else a process pool) or "dask".
        workers: the ``workers`` setting (0: one per core).
        scheduler: Dask scheduler address (``engine="dask"`` only).

    Returns:
        The executor; close it (or use it as a context manager) when done.

    Raises:
        ConfigError: an unknown engine, or a scheduler given without ``engine="dask"``.
    """
    if engine == "dask":
        return DaskExecutor(scheduler=scheduler, workers=workers)
    if engine != "local":
        raise ConfigError(f"unknown engine {engine!r}: expected 'local' or 'dask'")
    if scheduler is not None:
        raise ConfigError("--scheduler needs --engine dask")
    count = effective_workers(workers)
    return SerialExecutor() if count == 1 else ProcessExecutor(count)
