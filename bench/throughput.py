"""Throughput of ``extract run`` on one corpus: end-to-end words/s for --jobs 1 and --jobs 2, the
tokenizer floor (``spacy.blank("pl")`` alone), and peak RSS per worker.

    python bench/throughput.py                       # ~100k words made from data/ and tests' releases
    python bench/throughput.py --words 200000 --no-ner
    python bench/throughput.py --corpus DIR          # any folder of .txt releases
    python bench/throughput.py --nkjp /tmp/nkjp/nkjp1m  # NKJP 1M texts (unpacked TEI), none repeated

Prints one line per measurement. Each run is a real ``extract run`` in a child process, so model
loading is included once per worker, as users see it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def make_corpus(folder: Path, target_words: int, sources: list[Path]) -> tuple[int, int]:
    """Releases sampled (with a fixed seed) from ``sources`` until ``target_words`` words."""
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng = random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    words = n = 0
    while words < target_words:
        text = rng.choice(texts)
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        words += count_words(text)
        n += 1
    return n, words


def make_nkjp_corpus(folder: Path, target_words: int, root: Path) -> tuple[int, int]:
    """One document per NKJP text (its paragraphs joined by blank lines) until ``target_words``.

    Unlike the releases of ``make_corpus``, no text repeats, so per-word caches warm up as they do on
    a real archive.
    """
    import xml.etree.ElementTree as ET

    tei, xml_id = "{http://www.tei-c.org/ns/1.0}", "{http://www.w3.org/XML/1998/namespace}id"
    folder.mkdir(parents=True, exist_ok=True)
    words = n = 0
    for text_dir in sorted(p for p in root.iterdir() if (p / "text.xml").exists()):
        paragraphs = ["".join(el.itertext()).strip() for el in ET.parse(text_dir / "text.xml").iter()
                      if el.tag in (f"{tei}ab", f"{tei}u", f"{tei}p") and el.get(xml_id)]
        text = "\n\n".join(p for p in paragraphs if p)
        if not text:
            continue
        (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        words += count_words(text)
        n += 1
        if words >= target_words:
            break
    return n, words


def tokenizer_floor(folder: Path) -> float:
    import spacy

    nlp = spacy.blank("pl")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    words = sum(count_words(t) for t in texts)
    start = time.perf_counter()
    for _doc in nlp.pipe(texts):
        pass
    return words / (time.perf_counter() - start)


def run_extract(folder: Path, out: Path, jobs: int, ner: bool) -> dict:
    cmd = [sys.executable, "-m", "pipeline.cli", "run", str(folder), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    if not ner:
        cmd.append("--no-ner")
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    rss = manifest["peak_rss_mb"]
    # With --jobs 1 the main process does the work; with more, each worker does.
    peak = rss["main"] if jobs == 1 else rss["workers"]
    return {"wall_s": wall, "words": manifest["counts"]["words"], "docs": manifest["counts"]["processed"],
            "peak_rss_mb": peak, "main_rss_mb": rss["main"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--corpus", type=Path, help="folder of .txt releases to use as they are")
    ap.add_argument("--nkjp", type=Path, help="unpacked NKJP 1M folder: its texts, none repeated")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="komunikat-bench-"))
    try:
        if args.corpus:
            folder = args.corpus
            n = len(list(folder.glob("*.txt")))
            words = sum(count_words(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt"))
        elif args.nkjp:
            folder = tmp / "corpus"
            n, words = make_nkjp_corpus(folder, args.words, args.nkjp)
        else:
            sources = sorted((ROOT / "data").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
            folder = tmp / "corpus"
            n, words = make_corpus(folder, args.words, sources)
        print(f"corpus: {n} documents, {words:,} words ({os.cpu_count()} cores)")
        floor = tokenizer_floor(folder)
        print(f"tokenizer floor (spacy.blank('pl')): {floor:,.0f} words/s")
        results = {}
        for jobs in args.jobs:
            r = run_extract(folder, tmp / f"out-{jobs}", jobs, ner=not args.no_ner)
            wps = r["words"] / r["wall_s"]
            results[jobs] = wps
            print(f"extract run --jobs {jobs}{' --no-ner' if args.no_ner else ''}: {r['docs']} docs in {r['wall_s']:.1f} s, "
                  f"{wps:,.0f} words/s ({wps / jobs:,.0f} per core, {wps / floor:.1%} of the floor), "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB")
        if 1 in results and 2 in results:
            print(f"speed-up --jobs 2 / --jobs 1: {results[2] / results[1]:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
