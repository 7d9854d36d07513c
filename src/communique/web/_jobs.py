"""Background ingest jobs started from the upload page, with progress the page can poll.

An upload is written to a private temporary directory and handed to the same
``communique.pipeline.ingest`` the CLI uses (so the formats are the CLI's). Jobs run one at a time
on a worker thread: the machine's spaCy pipeline is loaded once and reused, and two concurrent
writers would only contend for the same SQLite file.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import CommuniqueError
from communique.ingest import DocumentDefaults
from communique.settings import Settings

__all__ = ["IngestJob", "IngestJobs"]

log = logging.getLogger(__name__)

_KEEP = 20  # finished jobs remembered for the status page; older ones are forgotten


@dataclass
class IngestJob:
    """The state of one upload's ingest, as the page shows it."""

    id: str
    files: list[str]
    status: str = "queued"  # queued → running → done | failed
    read: int = 0
    report: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    started: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    finished: dt.datetime | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the job as a JSON-ready dict."""
        return {
            "id": self.id,
            "files": list(self.files),
            "status": self.status,
            "read": self.read,
            "report": dict(self.report),
            "error": self.error,
            "started": self.started.isoformat(timespec="seconds"),
            "finished": self.finished.isoformat(timespec="seconds") if self.finished else None,
        }


class IngestJobs:
    """The jobs of one router: start, look up, list; one worker at a time."""

    def __init__(self) -> None:
        """Create an empty registry."""
        self._jobs: OrderedDict[str, IngestJob] = OrderedDict()
        self._lock = threading.Lock()  # guards _jobs
        self._run_lock = threading.Lock()  # one ingest at a time
        self._pipeline: Any = None

    def start(
        self,
        workdir: Path,
        files: list[str],
        *,
        settings: Settings,
        defaults: DocumentDefaults | None = None,
        fmt: str | None = None,
    ) -> IngestJob:
        """Ingest the files in ``workdir`` on a background thread; the directory is removed afterwards.

        Args:
            workdir: a temporary directory holding the uploaded files (owned by the job from now on).
            files: the uploaded file names (for display).
            settings: the settings naming the database.
            defaults: source/published values for documents that carry none.
            fmt: force an input format (as the CLI's ``--format``).

        Returns:
            The new job (status "queued").
        """
        job = IngestJob(id=uuid.uuid4().hex, files=files)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > _KEEP:
                self._jobs.popitem(last=False)
        thread = threading.Thread(target=self._run, args=(job, workdir, settings, defaults, fmt), daemon=True)
        thread.start()
        return job

    def get(self, job_id: str) -> IngestJob | None:
        """Return the job with this id, or None."""
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self) -> list[IngestJob]:
        """Return the remembered jobs, newest first."""
        with self._lock:
            return list(reversed(self._jobs.values()))

    def _run(
        self,
        job: IngestJob,
        workdir: Path,
        settings: Settings,
        defaults: DocumentDefaults | None,
        fmt: str | None,
    ) -> None:
        from communique.pipeline import Pipeline, ingest

        def progress(n: int) -> None:
            job.read = n

        try:
            with self._run_lock:
                job.status = "running"
                if self._pipeline is None:
                    self._pipeline = Pipeline(settings)
                report = ingest(
                    [str(workdir)],
                    settings=settings,
                    defaults=defaults,
                    fmt=fmt,
                    pipeline=self._pipeline,
                    on_progress=progress,
                )
            job.report = report.as_dict()
            job.read = report.read
            job.status = "done"
        except CommuniqueError as exc:
            # A user-caused failure (unreadable database, bad input): the job's page shows it.
            log.warning("ingest job %s failed: %s", job.id, exc)
            job.error = str(exc)
            job.status = "failed"
        except Exception as exc:  # the job's error handler: any failure ends this job only
            # Not swallowed: logged with its traceback and shown on the job's page; without this a
            # crashed thread would leave the job "running" forever and the page polling it.
            log.exception("ingest job %s crashed", job.id)
            job.error = f"internal error: {type(exc).__name__}: {exc}"
            job.status = "failed"
        finally:
            job.finished = dt.datetime.now(dt.UTC)
            shutil.rmtree(workdir, ignore_errors=True)
