from __future__ import annotations

from collections.abc import Iterator

import pytest

from communique.errors import ConfigError
from communique.scale import (
    DaskExecutor,
    ProcessExecutor,
    SerialExecutor,
    batched,
    effective_workers,
    make_executor,
)
from tests.scale import _standin


def test_batched_keeps_order_and_last_short_batch() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []
    with pytest.raises(ValueError):
        list(batched([1], 0))


def test_effective_workers_zero_means_cores() -> None:
    assert effective_workers(3) == 3
    assert effective_workers(0) >= 1
    with pytest.raises(ConfigError):
        effective_workers(-1)


def test_make_executor_picks_by_engine_and_workers() -> None:
    with make_executor(workers=1) as serial:
        assert isinstance(serial, SerialExecutor)
    with make_executor(workers=2) as pool:
        assert isinstance(pool, ProcessExecutor)
        assert pool.workers == 2
    with pytest.raises(ConfigError, match="engine"):
        make_executor(engine="spark")
    with pytest.raises(ConfigError, match="--engine dask"):
        make_executor(scheduler="tcp://127.0.0.1:8786")


def test_serial_executor_maps_in_order() -> None:
    with SerialExecutor() as executor:
        assert list(executor.map_batches(_standin.square_all, [[1, 2], [3]])) == [[1, 4], [9]]


def test_process_executor_returns_results_in_input_order() -> None:
    batches = [[i] for i in range(6)]
    with ProcessExecutor(2) as executor:
        # Earlier batches sleep longer, so they finish after later ones: order must still hold.
        assert list(executor.map_batches(_standin.slow_first, batches)) == batches


def test_process_executor_uses_several_processes() -> None:
    with ProcessExecutor(2) as executor:
        pids = {pid for pid, _ in executor.map_batches(_standin.with_pid, [[i] for i in range(8)])}
    assert len(pids) == 2


def test_process_executor_reads_at_most_window_batches_ahead() -> None:
    consumed = 0
    ahead: list[int] = []

    def source() -> Iterator[list[int]]:
        nonlocal consumed
        for i in range(40):
            consumed += 1
            yield [i]

    with ProcessExecutor(2, window=3) as executor:
        for returned, _ in enumerate(executor.map_batches(_standin.square_all, source()), start=1):
            ahead.append(consumed - returned)
    assert consumed == 40
    # Bounded memory: never more than `window` batches read but not yet handed back.
    assert max(ahead) <= 3


def test_process_executor_reraises_a_failed_batch() -> None:
    with ProcessExecutor(2) as executor, pytest.raises(ValueError, match="batch 3 is bad"):
        list(executor.map_batches(_standin.fail_on_three, [[i] for i in range(6)]))


@pytest.mark.slow
def test_dask_local_cluster_maps_in_order_on_two_workers() -> None:
    with DaskExecutor(workers=2) as executor:
        assert executor.workers == 2
        batches = [[i] for i in range(6)]
        assert list(executor.map_batches(_standin.slow_first, batches)) == batches
        with pytest.raises(ValueError, match="batch 3 is bad"):
            list(executor.map_batches(_standin.fail_on_three, batches))


def test_dask_executor_names_an_unreachable_scheduler() -> None:
    with pytest.raises(ConfigError, match=r"tcp://127\.0\.0\.1:1"):
        DaskExecutor(scheduler="tcp://127.0.0.1:1", connect_timeout=1)
