"""communique.scale — run the pipeline over large corpora: batches, local processes, Dask, Parquet.

``Executor.map_batches(fn, batches)`` is the one interface (serial, process pool, Dask); the batch
functions in ``worker`` build a ``Pipeline`` once per worker process from the settings; the
``parquet`` module writes and reads the partitioned output of distributed runs. See docs/scale.md.
"""

from communique.scale.executors import (
    DaskExecutor,
    Executor,
    ProcessExecutor,
    SerialExecutor,
    batched,
    effective_workers,
    make_executor,
)
from communique.scale.parquet import parquet_dir, read_processed, write_partition
from communique.scale.worker import BatchSummary, ProcessBatch, WriteParquet

__all__ = [
    "BatchSummary",
    "DaskExecutor",
    "Executor",
    "ProcessBatch",
    "ProcessExecutor",
    "SerialExecutor",
    "WriteParquet",
    "batched",
    "effective_workers",
    "make_executor",
    "parquet_dir",
    "read_processed",
    "write_partition",
]
