"""Assembles the spaCy pipeline: press tokenizer, layout, optional NER model, rule extractors.

The stages and their order are data (``STAGES``). Each stage module registers one spaCy component
under ``komunikat_<stage>``; stages exchange results only through ``Doc`` extensions
(:mod:`pipeline.items`), so a stage can be replaced without touching the others.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.language import Language

from . import items  # noqa: F401  (registers Doc extensions)
from .tokenizer import blank
from .typography import plain_text

# Stage name -> module that registers ``komunikat_<stage>``; "ner" is where the statistical model's
# pipes go. Order matters: later stages read the Doc attributes earlier ones wrote.
#
# The model runs after the rule extractors, so it feeds the ``entities`` layer only. Measured on the
# annotated dev releases, letting the rule stages also take the model's spans (doc.ents) lowered
# the mean F1 (0.987 with the current model, 0.981 with the first one, against 0.988 for the rules
# alone; on the held-out releases 0.993 against 0.996).
STAGES: tuple[tuple[str, str | None], ...] = (
    ("layout", "pipeline.layout"),
    ("dates", "pipeline.dates"),
    ("organizations", "pipeline.organizations"),
    ("locations", "pipeline.locations"),
    ("people", "pipeline.people"),
    ("contacts", "pipeline.contacts"),
    ("agreements", "pipeline.agreements"),
    ("ner", None),
    ("entities", "pipeline.entities"),
)

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_NER = "ner-nkjp"


def ner_model_path(name: str | None = None) -> Path | None:
    """Where the NER model lives: ``$KOMUNIKAT_NER_MODEL``, else ``models/<name>/model``.

    Returns None when no model is installed (the rules then work alone).
    """
    env = os.environ.get("KOMUNIKAT_NER_MODEL")
    if env is not None:
        return Path(env) if env else None
    path = MODELS_DIR / (name or DEFAULT_NER) / "model"
    return path if (path / "config.cfg").exists() else None


def blas_gemm(self, x, y, out=None, trans1=False, trans2=False):
    """thinc's ``Ops.gemm`` through numpy's BLAS (OpenBLAS) instead of thinc's bundled BLIS.

    On the CPUs we measured, BLIS's generic kernel was ~6x slower than OpenBLAS for the tok2vec
    shapes, and the tok2vec is most of the model's cost. The results are the same floats up to
    rounding. ``models/spacy_code.py`` uses it for training too.
    """
    a = x.T if trans1 else x
    b = y.T if trans2 else y
    if out is None:
        return numpy.dot(a, b)
    numpy.dot(a, b, out=out)
    return out


def _use_fast_matmul() -> None:
    """Run the model's matrix products through :func:`blas_gemm`."""
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    class NumpyBlasOps(NumpyOps):
        name = "numpy_blas"
        gemm = blas_gemm

    if type(get_current_ops()) is NumpyOps:
        set_current_ops(NumpyBlasOps())


def build(ner: bool = True) -> Language:
    import importlib

    import spacy

    nlp = blank()
    model_path = ner_model_path() if ner else None
    ner_nlp = None
    if model_path is not None:
        importlib.import_module("pipeline.entities")  # registers the NER model's feature layer
        _use_fast_matmul()
        # Loaded into our vocab: the pipes then share it, and adding them copies no strings.
        ner_nlp = spacy.load(model_path, vocab=nlp.vocab, exclude=["tokenizer"])
        nlp.meta["ner_model"] = {
            "name": ner_nlp.meta.get("name", "ner"),
            "version": ner_nlp.meta.get("version", "0"),
            "path": str(model_path),
        }
    for stage, module in STAGES:
        if module is None:
            for name in ner_nlp.pipe_names if ner_nlp is not None else ():
                nlp.add_pipe(name, source=ner_nlp)
            continue
        importlib.import_module(module)
        nlp.add_pipe(f"komunikat_{stage}")
    return nlp


@lru_cache(maxsize=2)
def get_nlp(ner: bool = True) -> Language:
    """The pipeline, built once per process (models load once)."""
    return build(ner=ner)


# One short release that touches every stage: see :func:`warm_up`.
WARM_UP_TEXT = (
    "Białystok, 8 grudnia 2017 r. Wójt Gminy Lipsk Jan Kowalski i prezes Budmax sp. z o.o. Anna Nowak "
    "podpisali w Urzędzie Gminy umowę na przebudowę drogi. Kontakt: tel. 85 123 45 67, biuro@lipsk.pl."
)


@lru_cache(maxsize=2)
def warm_up(ner: bool = True) -> None:
    """Build the pipeline and run it once, so that the word lists, tables and Morfeusz that stages
    load on first use are loaded. A parent process does this before forking its workers: they then
    share all of it, and none of them spends its first batch loading it again. (Outside a memory
    zone: the text's few words stay in the vocabulary, and a zone the runner has open is not nested.)"""
    annotate(WARM_UP_TEXT, ner=ner)


def annotate(text: str, meta: dict | None = None, ner: bool = True):
    """Run every stage on ``text``; ``meta`` holds caller-supplied facts (a CMS export's title, date)."""
    return annotate_many([(text, meta)], ner)[0]


def annotate_many(texts: Sequence[tuple[str, dict | None]], ner: bool = True) -> list:
    """Run every stage on several (text, meta) pairs, in order.

    The model's pipes take the texts as one batch: its parser then advances all documents in one
    matrix product per step (measured 2.7x faster than one at a time on short NKJP paragraphs,
    about 1.2x on whole releases). The rule stages go document by document, so each document's
    result is the same as :func:`annotate`'s.
    """
    nlp = get_nlp(ner)
    with _blas_threads().limit(limits=1):
        return _run_stages(nlp, texts)


@lru_cache(maxsize=1)
def _blas_threads():
    """Control over the BLAS thread pools (numpy's OpenBLAS).

    The model's matrices are small: extra BLAS threads only spin, and on a busy machine (or beside
    other workers) the spinning cost 3x the time in our measurements. So the model runs with one
    thread, and parallelism comes from worker processes.
    """
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _run_stages(nlp: Language, texts: Sequence[tuple[str, dict | None]]) -> list:
    docs = []
    for text, meta in texts:
        if len(text) >= nlp.max_length:
            nlp.max_length = len(text) + 1
        plain = plain_text(text)  # the stages read plain spacing; records point into ``text``
        doc = nlp.make_doc(plain.text)
        if plain.text != text:
            doc.user_data["komunikat_plain"] = plain
        doc._.meta = dict(meta or {})
        docs.append(doc)
    # Consecutive model pipes (tok2vec, ner) run together on each group of documents.
    for is_model, group in itertools.groupby(nlp.pipeline, key=lambda stage: hasattr(stage[1], "pipe")):
        procs = [proc for _name, proc in group]
        if is_model:
            docs = _run_model([_model_runner(proc) for proc in procs], docs)
        else:
            for proc in procs:
                docs = [proc(doc) for doc in docs]
    return docs


def _run_model(runners: list[Callable[[list], Iterable]], docs: list) -> list:
    out = []
    for group in _token_groups(docs, MODEL_BATCH_TOKENS):
        if len(group) == 1 and len(group[0]) > MODEL_BATCH_TOKENS:
            out.append(_run_long(runners, group[0]))
        else:
            out += _through(runners, group)
    return out


def _through(runners: list[Callable[[list], Iterable]], docs: list) -> list:
    for run in runners:
        docs = list(run(docs))
    return docs


def _run_long(runners: list[Callable[[list], Iterable]], doc):
    """The model on a document longer than one batch, in pieces of whole sentences.

    The model's activations grow with the tokens it takes at once, so a 20 MB input would need tens
    of GB in one piece. Entities never cross a sentence start, so the pieces give the same entities
    up to the CNN's context (four tokens) at their edges. Only the entities come back to ``doc``.
    """
    from spacy.tokens import Span

    ents = []
    for start, end in _pieces(doc, MODEL_BATCH_TOKENS):
        (piece,) = _through(runners, [doc[start:end].as_doc()])
        ents += [Span(doc, start + e.start, start + e.end, label=e.label) for e in piece.ents]
    doc.set_ents(ents, default="outside")
    return doc


def _pieces(doc, limit: int) -> list[tuple[int, int]]:
    """(start, end) token ranges of at most ``limit`` tokens, cut at sentence starts where one is
    near enough (a longer sentence is cut where the limit falls)."""
    starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    pieces = []
    begin = 0
    cut = 0  # the last sentence start seen after ``begin``
    for s in [*starts[1:], len(doc)]:
        while s - begin > limit:
            end = cut if cut > begin else begin + limit
            pieces.append((begin, end))
            begin = end
        cut = s
    if begin < len(doc):
        pieces.append((begin, len(doc)))
    return pieces


@lru_cache(maxsize=8)
def _model_runner(proc) -> Callable[[list], Iterable]:
    """How one of the model's pipes runs on a group of docs: the NER through
    :class:`pipeline.ner_greedy.GreedyNER` (the same entities, about five times faster than spaCy's
    parser loop), any other pipe through its own ``pipe``."""
    from spacy.pipeline import EntityRecognizer

    if isinstance(proc, EntityRecognizer) and proc.cfg.get("beam_width", 1) == 1:
        from .ner_greedy import GreedyNER

        return GreedyNER(proc)
    return lambda group: proc.pipe(group, batch_size=len(group))


# Most tokens the model takes in one call. Its activations grow with the tokens of a batch (about
# 5 kB a token at width 128), so sixteen long documents must not go in at once.
MODEL_BATCH_TOKENS = 5000


def _token_groups(docs: list, limit: int) -> list[list]:
    """Consecutive groups of ``docs`` with at most ``limit`` tokens each (a longer document alone)."""
    groups: list[list] = []
    size = limit
    for doc in docs:
        if size + len(doc) > limit:
            groups.append([])
            size = 0
        groups[-1].append(doc)
        size += len(doc)
    return groups


def ner_model_info() -> dict[str, str] | None:
    """Name and version of the NER model a run uses (for manifest.json), or None."""
    path = ner_model_path()
    if path is None:
        return None
    import json

    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return {"name": meta.get("name", path.parent.name), "version": meta.get("version", "0"), "path": str(path)}
