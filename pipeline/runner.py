"""Batch runs: inputs -> records.jsonl, errors.jsonl, Parquet tables, manifest.json.

Every input ends up exactly once in records.jsonl or in errors.jsonl, in input order. A failing
input is reported and the batch goes on. The same function, :func:`process_batch` (inputs in
batches of ``RunOptions.batch_size``), runs on every engine (in-process, a pool of worker processes,
or a Dask cluster); workers build the spaCy pipeline once per process.
"""

from __future__ import annotations

import gc
import itertools
import logging
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .io import DEFAULT_MAX_BYTES, ExportColumns, InputDoc, InputError, iter_tasks, load_task
from .output import JsonlWriter, iter_jsonl, repair_jsonl, write_json_atomic, write_tables

log = logging.getLogger("komunikat")


@dataclass
class RunOptions:
    out_dir: Path
    jobs: int = 1
    resume: bool = False
    ner: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    engine: str = "local"
    scheduler: str | None = None
    quiet: bool = False
    columns: ExportColumns = field(default_factory=ExportColumns)
    # Documents per batch through the model: larger batches are faster, smaller ones report sooner.
    batch_size: int = 16
    # A batch also closes at this many bytes of input, so that workers get even shares of work when
    # documents differ in length (sixteen 80 kB documents would be a few batches for two workers).
    batch_bytes: int = 32_000


@dataclass
class RunSummary:
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    words: int = 0
    renamed_ids: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0


# A process empties its per-word caches every this many documents (see :func:`_end_cache_epoch`).
CACHE_EPOCH_DOCS = 1000


@dataclass
class _CacheEpoch:
    docs: int = 0
    # The spaCy memory zone the epoch's documents run in, and the pipeline it belongs to.
    zone: ExitStack | None = None
    nlp: Any = None
    # The first epoch runs outside any zone: its words stay in the vocabulary, and the tokenizer
    # caches how it split them (it caches nothing inside a zone), so later epochs find the common
    # words ready. That is a bounded, one-off cost: a thousand documents' words and at most the
    # tokenizer's 10,000 cached chunks.
    first: bool = True


_epoch = _CacheEpoch()  # one per process: each worker counts the documents it ran


def _enter_zone(nlp: Any) -> None:
    """Run in one spaCy memory zone until the epoch ends.

    The zone frees the strings and lexemes spaCy adds for new words, so the vocabulary does not grow
    with the archive. It spans the epoch rather than one batch: leaving a zone drops every lexeme
    made in it, and rebuilding them for each batch of 16 releases cost 6-10% of the run's time.
    (spaCy's tokenizer keeps no cache inside a zone at all.) Nothing of a batch's Docs is used after
    its records are made.
    """
    if _epoch.nlp is nlp or _epoch.first:
        return
    _close_zone()
    zone = ExitStack()
    zone.enter_context(nlp.memory_zone())
    _epoch.zone, _epoch.nlp = zone, nlp


def _close_zone() -> None:
    if _epoch.zone is not None:
        _epoch.zone.close()
    _epoch.zone = _epoch.nlp = None


def _end_cache_epoch(docs: int) -> None:
    """Count ``docs`` more documents; past ``CACHE_EPOCH_DOCS``, leave the memory zone and empty the
    per-word caches.

    Full caches hold a few hundred MB, so without this a worker's memory grows with the archive
    until they fill (tens of thousands of documents in). Emptying them every thousand documents
    keeps a worker near the size it has after its first thousand (bench/memory.py, --jobs 2: 221,
    231 and 245 MB at 1k, 10k and 100k documents). Filling them again cost about 4% of the time on
    short NKJP paragraphs (29 words a document), less on longer documents. The freed memory goes
    back to the system, not only to the allocator.
    """
    _epoch.docs += docs
    if _epoch.docs < CACHE_EPOCH_DOCS:
        return
    from .morphology import clear_caches

    _epoch.docs = 0
    _epoch.first = False
    _close_zone()
    clear_caches()
    _freeze_heap()
    _release_free_memory()


def _freeze_heap() -> None:
    """Collect garbage, then move what is left (models, word lists, tables, the vocabulary's
    strings) into the collector's permanent generation. Otherwise every full collection walks all
    of it again: garbage collection took 6.8-6.9% of a run's CPU time, 3.9-4.0% with this. (Frozen
    objects that become garbage are still freed by reference counting; forked workers also touch
    fewer shared pages.)"""
    gc.collect()
    gc.freeze()


def _release_free_memory() -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (macOS, musl): the allocator keeps it, still reused
        pass


def process(task: Any, ner: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, dict[str, Any]]:
    """One input -> ("record", record) or ("error", error entry). Never raises for bad input."""
    return process_batch([task], ner, max_bytes)[0]


def process_batch(tasks: list[Any], ner: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[str, dict[str, Any]]]:
    """Several inputs -> one ("record" | "error", ...) result each, in order. Never raises for bad input.

    The texts go through the model together (:func:`pipeline.nlp.annotate_many`), which is what makes
    batches faster than single documents; the results are the same.
    """
    from .nlp import annotate_many, get_nlp

    results: list[tuple[str, dict[str, Any]] | None] = [None] * len(tasks)
    loaded: list[tuple[int, InputDoc]] = []
    for i, task in enumerate(tasks):
        try:
            loaded.append((i, load_task(task, max_bytes=max_bytes)))
        except InputError as e:
            results[i] = ("error", e.to_dict())
    _enter_zone(get_nlp(ner))
    try:
        docs = annotate_many([(d.text, d.meta) for _i, d in loaded], ner)
    except Exception:  # one document broke the batch: run them one by one so only that one fails
        log.debug("batch failed, retrying its documents one by one", exc_info=True)
        docs = [None] * len(loaded)
    for (i, doc_in), doc in zip(loaded, docs, strict=True):
        results[i] = _result(doc_in, doc, ner)  # records are plain data: nothing of the Docs is kept
    del docs
    _end_cache_epoch(len(loaded))
    return results  # type: ignore[return-value]


def _result(doc_in: InputDoc, doc: Any, ner: bool) -> tuple[str, dict[str, Any]]:
    from .nlp import annotate
    from .records import to_record

    try:
        if doc is None:
            doc = annotate(doc_in.text, doc_in.meta, ner)
        record = to_record(doc, doc_in.doc_id, source=doc_in.source, sha256=doc_in.sha256)
        record["encoding"] = doc_in.encoding
        return "record", record
    except Exception as e:  # a bug on one document must not stop the batch
        log.debug("processing failed", exc_info=True)
        return "error", {
            "source": doc_in.source,
            "error": f"{doc_in.source}: processing failed ({type(e).__name__}: {e}).",
            "kind": "processing",
        }


def _process_packed(args: tuple[list[Any], bool, int]) -> list[tuple[str, dict[str, Any]]]:
    return process_batch(*args)


def _batches(tasks: Iterable[Any], size: int, max_bytes: int | None = None) -> Iterator[list[Any]]:
    """Consecutive batches of at most ``size`` tasks and, past the first task, ``max_bytes`` bytes."""
    batch: list[Any] = []
    total = 0
    for task in tasks:
        hint = task.size_hint() if max_bytes is not None else 0
        if batch and (len(batch) >= max(1, size) or (max_bytes is not None and total + hint > max_bytes)):
            yield batch
            batch, total = [], 0
        batch.append(task)
        total += hint
    if batch:
        yield batch


def _init_worker(ner: bool) -> None:
    from .nlp import warm_up

    warm_up(ner)  # load models once per worker, before the first document (forked: already done)
    _freeze_heap()


def _local_results(tasks: Iterable[Any], opts: RunOptions) -> Iterator[tuple[str, dict[str, Any]]]:
    packed = ((batch, opts.ner, opts.max_bytes) for batch in _batches(tasks, opts.batch_size, opts.batch_bytes))
    if opts.jobs <= 1:
        from .nlp import warm_up

        warm_up(opts.ner)
        _freeze_heap()
        for results in map(_process_packed, packed):
            yield from results
        return
    method = "spawn" if sys.platform == "darwin" else "fork"
    ctx = mp.get_context(method)
    if method == "fork":
        from .nlp import warm_up

        warm_up(opts.ner)  # build and load once in the parent; forked workers share it copy-on-write
        _freeze_heap()
    with ctx.Pool(opts.jobs, initializer=_init_worker, initargs=(opts.ner,), maxtasksperchild=None) as pool:
        # imap keeps input order and pulls batches lazily, so memory stays flat on huge archives.
        for results in pool.imap(_process_packed, packed, chunksize=1):
            yield from results


def _dask_results(tasks: Iterable[Any], opts: RunOptions) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("--engine dask needs the dask extra: pip install 'komunikat[dask]'") from e
    cluster = None
    if opts.scheduler:
        client = Client(opts.scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, opts.jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)

    def submit(batch: list[Any]) -> Any:
        return client.submit(process_batch, batch, opts.ner, opts.max_bytes, pure=False)

    try:
        window = max(4, 2 * max(1, opts.jobs))
        batches = _batches(tasks, opts.batch_size, opts.batch_bytes)
        # A sliding window of futures: results come back in input order, memory stays bounded.
        pending = [submit(batch) for batch in itertools.islice(batches, window)]
        while pending:
            yield from pending.pop(0).result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.append(submit(nxt))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _done(out_dir: Path) -> tuple[set[tuple[str, str | None]], set[str]]:
    """What an earlier run wrote, in one pass: (source, sha256) of every input, and the doc_ids used."""
    keys: set[tuple[str, str | None]] = set()
    ids: set[str] = set()
    for name in ("records.jsonl", "errors.jsonl"):
        for obj in iter_jsonl(out_dir / name):
            keys.add((obj.get("source"), obj.get("sha256")))
            if "doc_id" in obj:
                ids.add(obj["doc_id"])
    return keys, ids


def run(inputs: list[str], opts: RunOptions, progress: Callable[[RunSummary], None] | None = None) -> RunSummary:
    out = opts.out_dir
    out.mkdir(parents=True, exist_ok=True)
    records_path, errors_path = out / "records.jsonl", out / "errors.jsonl"
    summary = RunSummary()
    started = time.time()
    done: set[tuple[str, str | None]] = set()
    seen_ids: set[str] = set()
    if opts.resume:
        repair_jsonl(records_path)
        repair_jsonl(errors_path)
        done, seen_ids = _done(out)
    else:
        for name in ("records.jsonl", "errors.jsonl"):
            (out / name).unlink(missing_ok=True)

    done_sources = {src for src, _sha in done}

    def todo() -> Iterator[Any]:
        for task in iter_tasks(inputs, columns=opts.columns, max_bytes=opts.max_bytes):
            # A file is done when its source is in the output; an archive row when its content is too.
            if task.source in done_sources and (task.sha256 is None or (task.source, task.sha256) in done):
                summary.skipped += 1
                continue
            yield task

    records = JsonlWriter(records_path, append=opts.resume)
    errors = JsonlWriter(errors_path, append=opts.resume)
    engine = _dask_results if opts.engine == "dask" else _local_results
    last_sync = time.time()
    try:
        for kind, obj in engine(todo(), opts):
            if kind == "record":
                doc_id = _unique_id(obj["doc_id"], seen_ids)
                if doc_id != obj["doc_id"]:
                    summary.renamed_ids.append((obj["doc_id"], doc_id))
                    log.warning("duplicate doc_id %r from %s renamed to %r", obj["doc_id"], obj["source"], doc_id)
                    obj["doc_id"] = doc_id
                records.write(obj)
                summary.processed += 1
                summary.words += obj.get("n_words") or 0
            else:
                errors.write(obj)
                summary.failed += 1
                log.error("%s", obj["error"])
            if progress:
                progress(summary)
            if time.time() - last_sync > 5:
                records.sync()
                errors.sync()
                last_sync = time.time()
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        records.close()
        errors.close()
        summary.seconds = time.time() - started
    if not summary.interrupted:
        counts = write_tables(records_path, out)
        from .nlp import ner_model_info

        write_json_atomic(out / "manifest.json", {
            "tool": "komunikat",
            "version": __version__,
            "model": ner_model_info() if opts.ner else None,
            "inputs": inputs,
            "engine": opts.engine,
            "jobs": opts.jobs,
            "resumed": opts.resume,
            "counts": {
                "processed": summary.processed,
                "failed": summary.failed,
                "skipped_as_done": summary.skipped,
                "records_total": counts["documents"],
                "words": summary.words,
                "rows": counts,
            },
            "errors": list(itertools.islice(iter_jsonl(errors_path), 1000)),  # the full list is errors.jsonl
            "renamed_doc_ids": [{"from": a, "to": b} for a, b in summary.renamed_ids],
            "wall_time_s": round(summary.seconds, 3),
            "peak_rss_mb": _peak_rss_mb(),
            "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        })
    return summary


def _peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of the largest worker process it waited for."""
    import resource

    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return {
        "main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale, 1),
        "workers": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale, 1),
    }


def _unique_id(doc_id: str, seen: set[str]) -> str:
    if doc_id not in seen:
        seen.add(doc_id)
        return doc_id
    for n in itertools.count(2):
        candidate = f"{doc_id}__{n}"
        if candidate not in seen:
            seen.add(candidate)
            return candidate
    raise AssertionError("unreachable")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover
        return os.cpu_count() or 1
