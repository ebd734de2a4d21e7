"""Batch behaviour: resume after SIGKILL, duplicate ids, the Dask engine matching a local run."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED

from pipeline.runner import RunOptions, run


def make_batch(folder: Path, n: int) -> list[str]:
    folder.mkdir()
    base = SEED.read_text(encoding="utf-8")
    paths = []
    for i in range(n):
        p = folder / f"{i:04d}.txt"
        # Vary the date so the records differ from document to document.
        p.write_text(base.replace("4.12.2017", f"{1 + i % 28}.12.2017"), encoding="utf-8")
        paths.append(str(p))
    return paths


def read_records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def test_sigkill_then_resume_gives_the_same_records(tmp_path):
    paths = make_batch(tmp_path / "in", 60)
    full = tmp_path / "full"
    run(paths, RunOptions(out_dir=full, jobs=1, ner=False, quiet=True))
    expected = read_records(full)

    out = tmp_path / "killed"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run", *paths, "--out", str(out), "--jobs", "1", "--no-ner", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    records = out / "records.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline:
        if records.exists() and records.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = records.read_bytes().count(b"\n")
    assert 5 <= done_before < len(paths), "the run must be killed mid-way"
    assert not (out / "manifest.json").exists()

    summary = run(paths, RunOptions(out_dir=out, jobs=1, ner=False, quiet=True, resume=True))
    assert summary.skipped >= done_before
    assert read_records(out) == expected
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["records_total"] == len(paths)


def test_torn_last_line_is_cut_before_resume(tmp_path):
    paths = make_batch(tmp_path / "in", 3)
    out = tmp_path / "out"
    run(paths[:2], RunOptions(out_dir=out, jobs=1, ner=False, quiet=True))
    with open(out / "records.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "0002", "sourc')  # a write cut by a kill
    run(paths, RunOptions(out_dir=out, jobs=1, ner=False, quiet=True, resume=True))
    assert [r["doc_id"] for r in read_records(out)] == ["0000", "0001", "0002"]


def test_duplicate_doc_ids_are_made_unique_and_reported(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a" / "x.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    summary = run([str(tmp_path / "a"), str(tmp_path / "b")], RunOptions(out_dir=out, jobs=1, ner=False, quiet=True))
    assert [r["doc_id"] for r in read_records(out)] == ["x", "x__2"]
    assert summary.renamed_ids == [("x", "x__2")]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["renamed_doc_ids"] == [{"from": "x", "to": "x__2"}]


def test_two_jobs_keep_input_order(tmp_path):
    paths = make_batch(tmp_path / "in", 12)
    one, two = tmp_path / "one", tmp_path / "two"
    run(paths, RunOptions(out_dir=one, jobs=1, ner=False, quiet=True))
    run(paths, RunOptions(out_dir=two, jobs=2, ner=False, quiet=True))
    assert read_records(one) == read_records(two)


def test_dask_engine_matches_local_run(tmp_path):
    pytest.importorskip("distributed")
    paths = make_batch(tmp_path / "in", 6) + [str(SEED), str(tmp_path / "missing.txt")]
    local, dask = tmp_path / "local", tmp_path / "dask"
    run(paths, RunOptions(out_dir=local, jobs=1, ner=False, quiet=True))
    run(paths, RunOptions(out_dir=dask, jobs=2, ner=False, quiet=True, engine="dask"))
    assert read_records(local) == read_records(dask)
    assert (local / "errors.jsonl").read_text() == (dask / "errors.jsonl").read_text()


def test_every_bad_input_ends_up_once_in_records_or_errors(tmp_path):
    text = "Spotkanie w Białymstoku odbyło się 4 grudnia 2017 r. Zażółć gęślą jaźń."
    d = tmp_path / "in"
    d.mkdir()
    files = {
        "utf8.txt": text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "cp1250.txt": text.encode("cp1250"),
        "iso.txt": text.encode("iso-8859-2"),
        "empty.txt": b"",
        "nul.txt": text.encode("utf-8") + b"\x00\x00" + text.encode("utf-8"),
        "binary.bin": bytes(range(256)) * 40,
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    (d / "sub").mkdir()
    (d / "sub" / "utf8.txt").write_bytes(text.encode("utf-8"))  # duplicate doc_id "utf8"
    big = d / "big.txt"
    with open(big, "wb") as fh:  # a single 50 MB file: over the default limit, reported, not processed
        fh.write((text + "\n").encode("utf-8") * (50 * 1024 * 1024 // len(text.encode("utf-8"))))
    unreadable = d / "locked.txt"
    unreadable.write_bytes(text.encode("utf-8"))
    unreadable.chmod(0)
    out = tmp_path / "out"
    inputs = [str(d), str(tmp_path / "missing.txt")]
    summary = run(inputs, RunOptions(out_dir=out, jobs=2, ner=False, quiet=True))
    records = read_records(out)
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    sources = [r["source"] for r in records] + [e["source"] for e in errors]
    expected = [str(p) for p in sorted(d.rglob("*")) if p.is_file()] + [str(tmp_path / "missing.txt")]
    assert sorted(sources) == sorted(expected)  # each input exactly once
    kinds = {Path(e["source"]).name: e["kind"] for e in errors}
    assert kinds["empty.txt"] == "empty" and kinds["nul.txt"] == "binary" and kinds["binary.bin"] == "binary"
    assert kinds["big.txt"] == "too_large" and kinds["missing.txt"] == "missing"
    if os.geteuid() != 0:  # root reads files whatever their mode
        assert kinds["locked.txt"] == "unreadable"
    by_name = {Path(r["source"]).name + ("/sub" if "/sub/" in r["source"] else ""): r for r in records}
    for name in ("utf8.txt", "utf16.txt", "cp1250.txt", "iso.txt"):
        assert [x["start"] for x in by_name[name]["dates"]] == ["2017-12-04"], name
    assert sorted(r["doc_id"] for r in records if r["doc_id"].startswith("utf8")) == ["utf8", "utf8__2"]
    assert summary.failed == len(errors) and summary.processed == len(records)


def test_batches_give_the_same_records_as_one_document_at_a_time(tmp_path):
    from pipeline.io import iter_tasks
    from pipeline.runner import process, process_batch

    paths = make_batch(tmp_path / "in", 3) + [str(tmp_path / "missing.txt"), str(SEED)]
    tasks = list(iter_tasks(paths))
    batched = process_batch(tasks, ner=True)
    single = [process(t, ner=True) for t in tasks]
    assert [kind for kind, _ in batched] == ["record", "record", "record", "error", "record"]
    assert batched == single


def test_batches_close_at_a_byte_limit_so_long_documents_spread_over_workers(tmp_path):
    from pipeline.io import Task, iter_tasks
    from pipeline.runner import _batches

    short = "Wojewoda podpisał porozumienie w Białymstoku."
    tasks = [Task(source=f"s{i}", text=short) for i in range(5)]
    tasks.insert(2, Task(source="long", text=short * 200))  # ~9 kB
    sizes = [[t.source for t in b] for b in _batches(tasks, 16, 1000)]
    assert sizes == [["s0", "s1"], ["long"], ["s2", "s3", "s4"]]
    assert [len(b) for b in _batches(tasks, 4, None)] == [4, 2]  # no byte limit: by count only
    # A file's size is known from the file system before it is read; a missing file counts 0.
    paths = make_batch(tmp_path / "in", 3) + [str(tmp_path / "missing.txt")]
    hints = [t.size_hint() for t in iter_tasks(paths)]
    assert hints[:3] == [Path(p).stat().st_size for p in paths[:3]] and hints[3] == 0
    assert [len(b) for b in _batches(iter_tasks(paths), 16, 2 * hints[0])] == [2, 2]


def test_a_document_that_breaks_its_batch_fails_alone(tmp_path, monkeypatch):
    import pipeline.nlp
    from pipeline.io import iter_tasks
    from pipeline.runner import process_batch

    real = pipeline.nlp._run_stages

    def breaks_on_marker(nlp, texts):
        if any("ZEPSUTY" in text for text, _meta in texts):
            raise ValueError("stage bug")
        return real(nlp, texts)

    monkeypatch.setattr(pipeline.nlp, "_run_stages", breaks_on_marker)
    paths = make_batch(tmp_path / "in", 3)
    Path(paths[1]).write_text("ZEPSUTY komunikat z Białegostoku.", encoding="utf-8")
    results = process_batch(list(iter_tasks(paths)), ner=False)
    assert [kind for kind, _ in results] == ["record", "error", "record"]
    assert results[1][1]["kind"] == "processing" and paths[1] in results[1][1]["error"]
    assert "ValueError: stage bug" in results[1][1]["error"]


def test_a_directory_of_10000_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    n = 10_000
    for i in range(n):
        sub = d / f"{i // 1000:02d}"  # nested folders: the directory is read recursively
        sub.mkdir(exist_ok=True)
        text = f"Wójt Gminy Lipsk Jan Kowalski podpisał {1 + i % 28} grudnia 2017 r. umowę nr {i}." if i % 500 else ""
        (sub / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    summary = run([str(d)], RunOptions(out_dir=out, jobs=2, ner=False, quiet=True))
    records = read_records(out)
    errors = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert (summary.processed, summary.failed) == (n - 20, 20)  # every 500th file is empty
    assert len(records) == n - 20 and len(errors) == 20
    assert len({r["source"] for r in records}) == n - 20
    assert [Path(r["source"]).name for r in records] == sorted(Path(r["source"]).name for r in records)
    assert records[0]["people"][0]["name"] == "Jan Kowalski"
    assert records[0]["dates"][0]["start"] == "2017-12-02"  # file 00001
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["records_total"] == n - 20


def test_emptying_the_word_caches_between_documents_changes_no_record(tmp_path, monkeypatch):
    # Releases that differ in their words: each fixture release is its own input.
    paths = sorted(str(p) for p in (Path(__file__).parent / "fixtures" / "heldout4").glob("*.txt"))[:12]
    kept = tmp_path / "kept"
    run(paths, RunOptions(out_dir=kept, jobs=1, ner=False, quiet=True, batch_size=4))

    import pipeline.runner as runner
    from pipeline import morphology

    emptied: list[int] = []
    clear = morphology.clear_caches
    monkeypatch.setattr(morphology, "clear_caches", lambda: emptied.append(clear()) or emptied[-1])
    monkeypatch.setattr(runner, "CACHE_EPOCH_DOCS", 4)  # empty them after every batch of four
    epoch = tmp_path / "epoch"
    run(paths, RunOptions(out_dir=epoch, jobs=1, ner=False, quiet=True, batch_size=4))

    assert len(emptied) == 3 and all(n > 1000 for n in emptied)  # full caches were emptied each time
    assert read_records(kept) == read_records(epoch)


def test_first_cache_epoch_runs_outside_a_memory_zone(tmp_path, monkeypatch):
    # The first thousand documents leave their words in the vocabulary and the tokenizer's cache
    # (spaCy caches nothing inside a zone); later ones run in a zone that frees theirs.
    import pipeline.nlp as nlp_module
    import pipeline.runner as runner

    nlp_module.warm_up(False)  # the run warms up first; done here, its one text is not a batch below
    monkeypatch.setattr(runner, "_epoch", runner._CacheEpoch())
    monkeypatch.setattr(runner, "CACHE_EPOCH_DOCS", 4)
    zoned: list[bool] = []
    annotate = nlp_module.annotate_many

    def spy(items, ner):
        zoned.append(nlp_module.get_nlp(ner).vocab.in_memory_zone)
        return annotate(items, ner)

    monkeypatch.setattr(nlp_module, "annotate_many", spy)
    paths = sorted(str(p) for p in (Path(__file__).parent / "fixtures" / "heldout4").glob("*.txt"))[:12]
    run(paths, RunOptions(out_dir=tmp_path / "out", jobs=1, ner=False, quiet=True, batch_size=4))
    assert zoned == [False, True, True]
    assert len(read_records(tmp_path / "out")) == 12
