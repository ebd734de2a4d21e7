"""Flat exact-match P/R/F1 per NKJP type of the NER model on the NKJP test split, and its speed.

Usage (after ``python -m models.convert_nkjp /tmp/nkjp/nkjp1m models/ner-nkjp/corpus``)::

    .venv/bin/python bench/ner_eval.py [--model models/ner-nkjp/model]
        [--data models/ner-nkjp/corpus/test.spacy] [--pipeline] [--lemmas]

An entity counts as correct only when its label and both character offsets equal the gold ones.
Both the model's entities and the records' ``entities`` layer (the model plus the clock-time rules
of ``pipeline.entities``) are scored.
``--pipeline`` also times the whole komunikat pipeline (``pipeline.nlp.get_nlp()``) on the same
texts; ``--lemmas`` scores ``pipeline.normalize.base_form`` against NKJP's base forms (from
``entities.jsonl`` beside the data) on the correctly found entities.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

import pipeline.entities  # noqa: E402,F401  (registers the model's feature layer)
import pipeline.tokenizer  # noqa: E402,F401  (registers the press tokenizer)

LABELS = ("persName", "orgName", "geogName", "placeName", "date", "time")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def model_spans(doc) -> set[tuple[int, int, str]]:
    return {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def layer_spans(doc) -> set[tuple[int, int, str]]:
    """The records' ``entities`` layer: the model's entities with the clock-time rules."""
    from pipeline.entities import entity_spans

    return set(entity_spans(doc))


def score(gold_docs, pred_docs, spans=model_spans) -> dict[str, Counter]:
    counts = {label: Counter() for label in (*LABELS, "ALL")}
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        g = model_spans(gold)
        p = spans(pred)
        for key, items in (("tp", g & p), ("fp", p - g), ("fn", g - p)):
            for *_, label in items:
                counts.setdefault(label, Counter())[key] += 1
                counts["ALL"][key] += 1
    return counts


def run_model(nlp, texts: list[str], batch_size: int = 64, spacy_loop: bool = False) -> list:
    """The model on ``texts`` as komunikat runs it (``pipeline.nlp._model_runner``: the NER decoded by
    ``pipeline.ner_greedy``), or with spaCy's own parser loop."""
    from pipeline.nlp import _model_runner, _through

    def spacys(proc):
        return lambda group: proc.pipe(group, batch_size=len(group))

    runners = [spacys(proc) if spacy_loop else _model_runner(proc) for _name, proc in nlp.pipeline]
    docs = [nlp.make_doc(t) for t in texts]
    return [d for i in range(0, len(docs), batch_size) for d in _through(runners, docs[i : i + batch_size])]


def words_per_second(texts: list[str]) -> tuple[float, float]:
    """The whole komunikat pipeline, in batches of 16 as a worker runs it: (words per wall-clock
    second, words per CPU second of this process). On a shared machine the CPU-time figure is the
    one that says how fast the code is."""
    from pipeline.nlp import annotate_many

    def run() -> int:
        return sum(len(d) for i in range(0, len(texts), 16) for d in annotate_many([(t, None) for t in texts[i : i + 16]]))

    annotate_many([(t, None) for t in texts[:20]])  # warm caches
    wall, cpu = time.perf_counter(), time.process_time()
    words = run()
    return words / (time.perf_counter() - wall), words / (time.process_time() - cpu)


def lemma_accuracy(data: Path, gold_docs, pred_docs) -> dict[str, Counter]:
    from pipeline.normalize import base_form

    side = data.parent / "entities.jsonl"
    split = data.stem
    bases: dict[tuple[str, int, int], str] = {}
    for line in side.open(encoding="utf-8"):
        row = json.loads(line)
        if row["split"] == split:
            bases[(row["orth"], row["start"], row["end"])] = row["base"]
    counts: dict[str, Counter] = {}
    for gold, pred in zip(gold_docs, pred_docs, strict=True):
        g = {(e.start_char, e.end_char, e.label_) for e in gold.ents}
        for span in pred.ents:
            key = (span.start_char, span.end_char, span.label_)
            base = bases.get((span.text, span.start_char, span.end_char))
            if key not in g or base is None or span.label_ in ("date", "time"):
                continue
            c = counts.setdefault(span.label_, Counter())
            c["n"] += 1
            c["ok"] += base_form(span, span.label_) == base
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "models/ner-nkjp/model"))
    ap.add_argument("--data", default=str(ROOT / "models/ner-nkjp/corpus/test.spacy"))
    ap.add_argument("--pipeline", action="store_true", help="also time the whole komunikat pipeline")
    ap.add_argument("--lemmas", action="store_true", help="also score base forms")
    ap.add_argument("--spacy-loop", action="store_true", help="decode with spaCy's parser loop instead")
    args = ap.parse_args()

    from threadpoolctl import threadpool_limits

    from pipeline.nlp import _use_fast_matmul

    _use_fast_matmul()  # the matrix products komunikat uses at run time
    threadpool_limits(1)  # and one BLAS thread, as in every komunikat worker
    nlp = spacy.load(args.model)
    gold_docs = list(DocBin().from_disk(args.data).get_docs(nlp.vocab))
    texts = [d.text for d in gold_docs]
    n_words = sum(len(d) for d in gold_docs)

    wall, cpu = time.perf_counter(), time.process_time()
    pred_docs = run_model(nlp, texts, spacy_loop=args.spacy_loop)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu

    for title, spans in (("NER model", model_spans), ("entities layer (model + clock-time rules)", layer_spans)):
        counts = score(gold_docs, pred_docs, spans)
        print(title)
        print(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
        for label in (*LABELS, "ALL"):
            c = counts.get(label, Counter())
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            print(f"{label:<10} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp'] + c['fn']:6d}")
        c = counts["ALL"]
        print(f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")
    print(
        f"docs {len(gold_docs)}  words {n_words}  NER model: {n_words / wall:,.0f} words/s wall, "
        f"{n_words / cpu:,.0f} words/CPU-s"
    )
    if args.pipeline:
        import os

        os.environ.setdefault("KOMUNIKAT_NER_MODEL", args.model)
        per_wall, per_cpu = words_per_second(texts)
        print(f"whole pipeline: {per_wall:,.0f} words/s wall, {per_cpu:,.0f} words/CPU-s")
    if args.lemmas:
        for label, c in sorted(lemma_accuracy(Path(args.data), gold_docs, pred_docs).items()):
            print(f"base form {label:<10} {c['ok'] / c['n']:.3f} of {c['n']}")


if __name__ == "__main__":
    main()
