"""Time per pipeline stage: microseconds per word for each component and words/s overall.

    python bench/stages.py                        # data/ and tests/fixtures/heldout/
    python bench/stages.py DIR [DIR ...]          # any folders of .txt releases
    python bench/stages.py --ner                  # with the NER model, when one is installed
    python bench/stages.py --profile organizations [--sort tottime]

Every text is run once first so Morfeusz and the per-word caches are warm: the numbers are those of
a long batch run, where nearly every word form has been seen before. Words are ``\\w+`` runs.
Stage times are CPU time of this process (steady on a busy machine); words/s is given for both wall
and CPU time.
``--profile STAGE`` adds a cProfile listing of that one component over the corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.nlp import _blas_threads, _model_runner, get_nlp  # noqa: E402

DEFAULT_DIRS = (ROOT / "data", ROOT / "tests" / "fixtures" / "heldout")


def read_texts(folders: list[Path]) -> list[str]:
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_DIRS))
    parser.add_argument("--ner", action="store_true", help="include the NER model when installed")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes over the corpus")
    parser.add_argument("--profile", metavar="STAGE", help="cProfile one component (e.g. dates)")
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key (tottime, cumulative, ...)")
    parser.add_argument("--lines", type=int, default=30, help="cProfile lines to print")
    args = parser.parse_args(argv)

    nlp = get_nlp(ner=args.ner)
    texts = read_texts(args.folders)
    if not texts:
        parser.error("no .txt files in " + ", ".join(map(str, args.folders)))
    words = sum(len(re.findall(r"\w+", t)) for t in texts) * args.repeat
    for text in texts:  # warm the caches
        nlp(text)

    # The model's pipes run as in a komunikat run: through the same runners, with one BLAS thread.
    steps = [(name, _step(proc)) for name, proc in nlp.pipeline]
    _blas_threads().limit(limits=1)
    times = {"tokenizer": 0.0} | {name: 0.0 for name in nlp.pipe_names}
    clock = time.process_time
    start, cpu_start = time.perf_counter(), clock()
    for _ in range(args.repeat):
        for text in texts:
            t0 = clock()
            doc = nlp.make_doc(text)
            times["tokenizer"] += clock() - t0
            for name, step in steps:
                t0 = clock()
                doc = step(doc)
                times[name] += clock() - t0
    elapsed, cpu = time.perf_counter() - start, clock() - cpu_start

    print(
        f"{len(texts)} texts, {words} words: {elapsed:.2f} s wall, {words / elapsed:,.0f} words/s;"
        f" {cpu:.2f} s CPU, {words / cpu:,.0f} words/s"
    )
    for name, seconds in times.items():
        print(f"{name:28s} {seconds * 1e6 / words:8.1f} us/word")

    if args.profile:
        name = args.profile if args.profile in nlp.pipe_names else f"komunikat_{args.profile}"
        if name not in nlp.pipe_names:
            parser.error(f"no stage {args.profile!r}; stages: {', '.join(nlp.pipe_names)}")
        proc = nlp.get_pipe(name)
        docs = []
        for text in texts:  # run everything before the stage, so it sees what it reads
            doc = nlp.make_doc(text)
            for other, step in nlp.pipeline:
                if other == name:
                    break
                doc = step(doc)
            docs.append(doc)
        profiler = cProfile.Profile()
        profiler.enable()
        for doc in docs:
            proc(doc)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.lines)


def _step(proc):
    """One document through one pipe, the model's pipes as :func:`pipeline.nlp.annotate_many` runs them."""
    if not hasattr(proc, "pipe"):
        return proc
    run = _model_runner(proc)
    return lambda doc: next(iter(run([doc])))


if __name__ == "__main__":
    main()
