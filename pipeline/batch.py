"""Convert a whole archive: resumable, parallel on local cores or on a Ray cluster.

The driver walks the source tree, skips documents the manifest says are done with the same
input, tool, lexicon and options, and hands the rest to workers that load the lexicon
once. Every output is written whole or not at all (a temporary file, then a rename), and
the manifest after each result, so an interrupted run leaves nothing half-written and the
next run finishes the job. One bad document never stops the batch.
"""

from __future__ import annotations

import contextlib
import fnmatch
import functools
import hashlib
import itertools
import json
import logging
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from vanban.context import DEFAULT_THRESHOLD, Context, tune_garbage_collector
from vanban.errors import InputError, OutputError, VanbanError
from vanban.parts import Conversion
from vanban.result import Result

log = logging.getLogger("vanban")

SUFFIXES = (".txt", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
MANIFEST = "manifest.json"
LOCK = ".vanban-batch.lock"
FAILURES = "failures.tsv"
SUMMARY = "summary.json"
INDEX = "index.html"
MANIFEST_EVERY = 2.0  # seconds between manifest saves while results come in
TOP_CHANGES = 200  # rows of the archive-wide concordance
WORKER_DIED = "the worker process died (killed or out of memory)"
PR_SET_PDEATHSIG = 1  # prctl(2)


@dataclass(frozen=True)
class Options:
    threshold: float = DEFAULT_THRESHOLD
    report: bool = False
    ocr: str = "auto"

    def key(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Task:
    rel: str  # the input's path below the source folder
    src: str  # where a worker reads it
    sha256: str
    stem: str  # the outputs' path below OUT, without extension
    data: bytes | None = None  # the input itself, when workers cannot read `src`


@dataclass
class Finished:
    """One document's conversion as the driver records it: the shared `Result` (detached
    from its document) and the batch's own bookkeeping."""

    rel: str
    sha256: str
    result: Result
    outputs: list[str] = field(default_factory=list)
    bytes: int = 0
    seconds: float = 0.0
    texts: dict[str, str] | None = None  # the outputs themselves, when gathered

    @property
    def status(self) -> str:
        return self.result.status

    @property
    def error(self) -> str:
        return self.result.error

    @classmethod
    def failure(cls, task: Task, error: str, seconds: float = 0.0) -> Finished:
        return cls(task.rel, task.sha256, Result.failed(task.rel, error), seconds=seconds)


# ---------------------------------------------------------------------- versions

@lru_cache(maxsize=1)
def lexicon_version() -> str:
    """A digest of the built lexicon: a rebuilt lexicon redoes every document."""
    from vanban_lexicon import DATA

    digest = hashlib.sha256()
    for path in sorted(DATA.glob("*")):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def tool_version() -> str:
    from vanban import __version__

    return __version__


# ---------------------------------------------------------------------- the inputs

def find_inputs(src: Path, include: Iterable[str] = (), exclude: Iterable[str] = ()
                ) -> list[Path]:
    """Documents below `src`: .txt, .pdf and page images, narrowed by glob patterns on
    their relative path (or name), in a stable order."""
    include, exclude = list(include), list(exclude)
    out = []
    root = src.resolve()
    for path in sorted(src.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in SUFFIXES:
            continue
        if path.is_symlink() and root not in path.resolve().parents:
            # a link out of the archive: not the archive's document, and its target's
            # path is nobody's business in the outputs
            log.warning("%s links outside %s: left out", path, src)
            continue
        rel = path.relative_to(src).as_posix()
        if any(part.startswith(".") for part in Path(rel).parts):
            continue
        if include and not any(matches(rel, p) for p in include):
            continue
        if any(matches(rel, p) for p in exclude):
            continue
        out.append(path)
    return out


def matches(rel: str, pattern: str) -> bool:
    return fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(Path(rel).name, pattern)


def output_stems(rels: list[str]) -> dict[str, str]:
    """Output path (no extension) per input: its own name, or with its extension where two
    inputs of a folder share a name ("a.txt" and "a.pdf")."""
    stems = {rel: str(Path(rel).with_suffix("")) for rel in rels}
    seen = Counter(stems.values())
    return {rel: (stem if seen[stem] == 1 else rel) for rel, stem in stems.items()}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------------- one document

_CONTEXT: Context | None = None


def start_worker(options: Options, driver: int | None = None) -> None:
    """A worker dies of SIGTERM as a process does (the driver's own handler is for the
    driver), dies with the driver however the driver ends (Linux: the parent-death
    signal), and loads the lexicon before its first document."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    tune_garbage_collector()
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if driver is not None and os.getppid() != driver:
        os._exit(1)  # the driver died before the signal was asked for: nobody will send it
    worker_context(options)


def worker_context(options: Options) -> Context:
    """One context per worker process: the lexicon is loaded once, not per document."""
    global _CONTEXT
    if (_CONTEXT is None or _CONTEXT.threshold != options.threshold
            or _CONTEXT.ocr != options.ocr):
        _CONTEXT = Context(threshold=options.threshold, ocr=options.ocr)  # type: ignore[arg-type]
        _CONTEXT.warm_up()
    return _CONTEXT


def convert_one(task: Task, out: str | None, options: Options) -> Finished:
    """Convert one document. With `out`, write its outputs there; without, return them."""
    from vanban import process_document
    from vanban.export.report import render_report
    from vanban.ingest import ingest_bytes

    start = time.perf_counter()
    try:
        data = task.data if task.data is not None else Path(task.src).read_bytes()
        # one OCR thread: the batch already keeps a worker per core busy
        doc = ingest_bytes(data, task.rel, path=task.src, ocr=options.ocr,  # type: ignore[arg-type]
                           ocr_jobs=1)
        if out is not None and not options.report:
            # written as it is worked through: a long document a part at a time
            conversion = Conversion(doc, worker_context(options))
            del doc
            outputs = write_conversion(conversion, Path(out), task.stem)
            result = Result.counted(task.rel, conversion.doc.source.pages, conversion.counts,
                                    conversion.changes)
            return Finished(task.rel, task.sha256, result, outputs=outputs, bytes=len(data),
                            seconds=time.perf_counter() - start)
        doc = process_document(doc, worker_context(options))
        texts = {f"{task.stem}.json": doc.to_json() + "\n",
                 f"{task.stem}.corrected.txt": doc.corrected_text()}
        if options.report:
            texts[f"{task.stem}.review.html"] = render_report(doc)
        if out is not None:
            for name, text in texts.items():
                write_file(Path(out) / name, text)
        return Finished(task.rel, task.sha256, Result.done(task.rel, doc).detached(),
                        outputs=sorted(texts), bytes=len(data),
                        seconds=time.perf_counter() - start,
                        texts=None if out is not None else texts)
    except VanbanError as exc:
        return Finished.failure(task, str(exc), time.perf_counter() - start)
    except Exception as exc:  # a bug, or a document no rule foresaw: record it, go on
        log.debug("failure on %s", task.rel, exc_info=True)
        return Finished.failure(task, f"internal error: {type(exc).__name__}: {exc}",
                                time.perf_counter() - start)


def write_conversion(conversion: Conversion, out: Path, stem: str) -> list[str]:
    """The JSON and the corrected text of one document, from one pass through it."""
    json_name, text_name = f"{stem}.json", f"{stem}.corrected.txt"
    with tempfile.TemporaryFile("w+", encoding="utf-8") as text:
        write_file(out / json_name, conversion.json(text_to=text))
        text.seek(0)
        write_file(out / text_name, iter(functools.partial(text.read, 1 << 20), ""))
    return sorted([json_name, text_name])


def write_file(path: Path, text: str | Iterable[str]) -> None:
    from vanban.export import write_output

    path.parent.mkdir(parents=True, exist_ok=True)
    write_output(path, text)


# ---------------------------------------------------------------------- executors

def run_local(tasks: list[Task], out: Path, options: Options, jobs: int
              ) -> Iterator[Finished]:
    """Each document in a worker process. A worker that dies (killed, out of memory)
    breaks the pool and every document in flight with it: those are read again, each
    alone in a fresh worker, so only the one that kills its worker is a failure."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield convert_one(task, str(out), options)
        return
    todo = list(tasks)
    while todo:
        suspects: list[Task] = []
        left: list[Task] = []
        yield from run_pool(todo, out, options, jobs, suspects, left)
        for task in suspects:
            dead: list[Task] = []
            yield from run_pool([task], out, options, 1, dead, [])
            for task_ in dead:
                yield Finished.failure(task_, WORKER_DIED)
        todo = left


def run_pool(tasks: list[Task], out: Path, options: Options, jobs: int,
             suspects: list[Task], left: list[Task]) -> Iterator[Finished]:
    """The documents through one pool of workers. If the pool breaks, the documents it
    had in flight go to `suspects`, those it never started to `left`."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=start_worker,
                               initargs=(options, os.getpid()))
    pending: dict[Any, Task] = {}
    queue = iter(tasks)
    broken = False

    def submit(task: Task) -> None:
        nonlocal broken
        if broken:
            left.append(task)
            return
        try:
            pending[pool.submit(convert_one, task, str(out), options)] = task
        except BrokenProcessPool:
            broken = True
            left.append(task)

    try:
        for task in queue:  # keep a few documents per worker in flight, not the archive
            submit(task)
            if len(pending) >= 2 * jobs or broken:
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.append(task)
                    continue
                for nxt in queue:
                    submit(nxt)
                    break
    finally:
        left.extend(queue)
        suspects.extend(pending.values())
        pool.shutdown(wait=False, cancel_futures=True)


class RayWorker:
    """A Ray actor: loads the lexicon once, then converts the documents it is given."""

    def __init__(self, out: str | None, options: Options) -> None:
        self.out = out
        self.options = options
        worker_context(options)

    def convert(self, task: Task) -> Finished:
        return convert_one(task, self.out, self.options)


def reachable(address: str, timeout: float = 5.0) -> None:
    """Fail at once on a cluster that is not there: Ray itself would retry for minutes."""
    import socket

    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise VanbanError(f"--address must be HOST:PORT of the Ray cluster, not {address!r}")
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            pass
    except OSError as exc:
        raise VanbanError(f"cannot reach the Ray cluster at {address}: {exc}") from None


def run_ray(tasks: list[Task], out: Path, options: Options, jobs: int, address: str,
            gather: bool) -> Iterator[Finished]:
    try:
        import ray
        from ray.util.actor_pool import ActorPool
    except ImportError:
        raise VanbanError("the Ray executor needs Ray: pip install 'vanban[ray]'") from None
    reachable(address)
    try:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=False,
                 ignore_reinit_error=True)
    except Exception as exc:
        raise VanbanError(f"cannot reach the Ray cluster at {address}: {exc}") from None
    try:
        cpus = int(ray.cluster_resources().get("CPU", 1))
        workers = max(1, min(jobs or cpus, len(tasks) or 1))
        log.info("Ray: %d workers on a cluster of %d CPUs", workers, cpus)
        actor = ray.remote(num_cpus=1)(RayWorker)
        target = None if gather else str(out.resolve())
        pool = ActorPool([actor.remote(target, options) for _ in range(workers)])
        yield from pool.map_unordered(lambda a, t: a.convert.remote(t), tasks)
    finally:
        ray.shutdown()


# ---------------------------------------------------------------------- the batch

@dataclass
class Summary:
    documents: int = 0
    converted: int = 0
    skipped: int = 0
    failed: int = 0
    pages: int = 0
    applied: int = 0
    proposed: int = 0
    seconds: float = 0.0
    bytes: int = 0

    def line(self) -> str:
        rate = self.converted / self.seconds if self.seconds else 0.0
        kb = self.bytes / 1024 / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents: {self.converted} converted, {self.skipped} "
                f"already done, {self.failed} failed; {self.pages} pages; corrections "
                f"{self.applied} applied, {self.proposed} proposed; {self.seconds:.1f} s, "
                f"{rate:.2f} documents/s, {kb:.0f} KB/s")


class Manifest:
    """What was done with which input, tool, lexicon and options: the record a rerun reads."""

    def __init__(self, out: Path, options: Options) -> None:
        self.path = out / MANIFEST
        self.versions = {"vanban": tool_version(), "lexicon": lexicon_version(),
                         "options": options.key()}
        self.documents: dict[str, dict[str, Any]] = {}
        if self.path.exists():
            try:
                saved = json.loads(self.path.read_text(encoding="utf-8"))
                documents = saved.get("documents", {}) if isinstance(saved, dict) else None
                if not isinstance(documents, dict) or not all(
                        isinstance(e, dict) for e in documents.values()):
                    raise ValueError("not a manifest")
                self.documents = dict(documents)
                self.saved_versions = {k: saved.get(k) for k in self.versions}
            except (OSError, ValueError, RecursionError):
                self.documents = {}
                log.warning("the manifest %s is unreadable: every document is redone",
                            self.path)
        self.last_save = 0.0

    def done(self, rel: str, sha256: str, out: Path) -> bool:
        entry = self.documents.get(rel)
        if entry is None or entry.get("status") != "done" or entry.get("sha256") != sha256:
            return False
        if getattr(self, "saved_versions", None) != self.versions:
            return False
        return all((out / name).exists() for name in entry.get("outputs", []))

    def record(self, finished: Finished) -> None:
        result = finished.result
        self.documents[finished.rel] = {
            "rel": finished.rel, "sha256": finished.sha256, "status": result.status,
            "error": result.error, "outputs": finished.outputs, "pages": result.pages,
            "bytes": finished.bytes, "applied": result.applied, "proposed": result.proposed,
            "seconds": round(finished.seconds, 3),
            "changes": [[*change, n] for change, n in sorted(result.changes.items())],
        }

    def save(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last_save < MANIFEST_EVERY:
            return
        self.last_save = now
        from vanban.export import write_output

        data = {**self.versions, "documents": dict(sorted(self.documents.items()))}
        write_output(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        self.saved_versions = dict(self.versions)


def run_batch(src: Path, out: Path, *, options: Options, jobs: int = 0,
              include: Iterable[str] = (), exclude: Iterable[str] = (), force: bool = False,
              executor: str = "local", address: str | None = None, gather: bool = False,
              progress: bool = True) -> Summary:
    if not src.is_dir():
        raise InputError(f"{src} is not a folder (give vanban batch the archive's folder)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {out}: {exc.strerror}") from None
    if out.resolve() == src.resolve():
        raise OutputError("the output folder must not be the source folder")
    if out.resolve() in src.resolve().parents:
        raise OutputError(f"the source folder {src} is inside the output folder {out}: "
                          "give the output a folder of its own")
    with batch_lock(out):
        return run_locked(src, out, options=options, jobs=jobs, include=include,
                          exclude=exclude, force=force, executor=executor, address=address,
                          gather=gather, progress=progress)


@contextlib.contextmanager
def batch_lock(out: Path) -> Iterator[None]:
    """One batch writes a folder at a time: two would lose each other's manifest entries."""
    import fcntl

    path = out / LOCK
    try:
        handle = path.open("a")
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(f"another vanban batch is writing {out}; wait for it to "
                              "finish") from None
        yield
    finally:
        handle.close()


def run_locked(src: Path, out: Path, *, options: Options, jobs: int,
               include: Iterable[str], exclude: Iterable[str], force: bool, executor: str,
               address: str | None, gather: bool, progress: bool) -> Summary:
    paths = [p for p in find_inputs(src, include, exclude)
             if out.resolve() not in p.resolve().parents]  # never our own outputs
    rels = [p.relative_to(src).as_posix() for p in paths]
    stems = output_stems(rels)
    remove_stale_temporaries(out)
    manifest = Manifest(out, options)
    summary = Summary(documents=len(paths))
    tasks = []
    unreadable: list[Finished] = []
    for path, rel in zip(paths, rels, strict=True):
        try:
            sha = file_sha256(path)
        except OSError as exc:  # gone or unreadable since the folder was listed
            unreadable.append(Finished.failure(Task(rel, str(path), "", stems[rel]),
                                               f"cannot read it ({exc.strerror})"))
            continue
        if not force and manifest.done(rel, sha, out):
            summary.skipped += 1
            entry = manifest.documents[rel]
            summary.pages += entry.get("pages", 0)
            continue
        tasks.append(Task(rel, str(path.absolute()), sha, stems[rel],
                          data=path.read_bytes() if executor == "ray" and gather else None))
    start = time.perf_counter()
    if executor == "ray":
        if not address:
            raise VanbanError("--executor ray needs --address HOST:PORT of the cluster")
        # -j 0 means every CPU of the cluster, which only Ray can count
        results = run_ray(tasks, out, options, jobs, address, gather)
    else:
        results = run_local(tasks, out, options, jobs or os.cpu_count() or 1)
    bar = progress_bar(len(tasks) + len(unreadable), progress)
    try:
        for finished in itertools.chain(unreadable, results):
            if finished.texts:  # gathered from the cluster: written here
                for name, text in finished.texts.items():
                    write_file(out / name, text)
            manifest.record(finished)
            manifest.save()
            result = finished.result
            if result.ok:
                summary.converted += 1
                summary.pages += result.pages
                summary.applied += result.applied
                summary.proposed += result.proposed
                summary.bytes += finished.bytes
            else:
                summary.failed += 1
                log.info("failed: %s: %s", finished.rel, result.error)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(failed=summary.failed, refresh=False)
    finally:
        if bar is not None:
            bar.close()
        summary.seconds = time.perf_counter() - start
        manifest.save(force=True)
    current = set(rels)  # what this run was asked for, not every document ever seen
    write_failures(out, manifest, current)
    write_summary(out, summary)
    write_index(out, manifest, options, current)
    return summary


def remove_stale_temporaries(out: Path) -> None:
    """A run killed outright (not interrupted) may leave a temporary file behind, never a
    half-written output: remove them before starting again."""
    for tmp in out.rglob(".*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


def progress_bar(total: int, wanted: bool):
    """Documents done, failures, rate and time left; only on a terminal."""
    if not wanted or not sys.stderr.isatty() or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True,
                desc="vanban batch")


def write_failures(out: Path, manifest: Manifest, current: set[str]) -> None:
    from vanban.export import write_output

    rows = ["document\terror"]
    for rel, entry in sorted(manifest.documents.items()):
        if entry.get("status") == "failed" and rel in current:
            error = " ".join(str(entry.get("error", "")).split())
            rows.append(f"{tsv_field(rel)}\t{tsv_field(error)}")
    write_output(out / FAILURES, "\n".join(rows) + "\n")


def tsv_field(text: str) -> str:
    """A field of a TSV row: a tab, a newline or a backslash in a file name escaped as
    "\\t", "\\n", "\\\\" (so every row is one line of two fields)."""
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def write_summary(out: Path, summary: Summary) -> None:
    from vanban.export import write_output

    data = {**asdict(summary), "seconds": round(summary.seconds, 3),
            "documents_per_second": round(summary.converted / summary.seconds, 3)
            if summary.seconds else 0.0}
    write_output(out / SUMMARY, json.dumps(data, indent=1) + "\n")


# ---------------------------------------------------------------------- the archive report

def archive_changes(manifest: Manifest, current: set[str]) -> tuple[Counter, Counter]:
    """How often each change (kind, before, after) was made across the archive, and in how
    many documents: the same scanner damage recurs and is better decided once. Read from
    the manifest's record of each document, not from the JSON files written."""
    times: Counter = Counter()
    docs: Counter = Counter()
    for rel, entry in sorted(manifest.documents.items()):
        if entry.get("status") != "done" or rel not in current:
            continue
        for row in entry.get("changes") or []:
            if not (isinstance(row, list) and len(row) == 4):
                continue
            kind, before, after, n = row
            times[(kind, before, after)] += int(n)
            docs[(kind, before, after)] += 1
    return times, docs


def write_index(out: Path, manifest: Manifest, options: Options, current: set[str]) -> None:
    from vanban.export import write_output
    from vanban.export.report import render_archive_index

    times, docs = archive_changes(manifest, current)
    documents = [(rel, entry) for rel, entry in sorted(manifest.documents.items())
                 if rel in current]
    ranked = sorted(times.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CHANGES]
    changes = [(kind, before, after, n, docs[(kind, before, after)])
               for (kind, before, after), n in ranked]
    write_output(out / INDEX, render_archive_index(documents, changes, options.threshold))
