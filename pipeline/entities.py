"""Entities: NKJP-typed names, dates and times (persName, orgName, geogName, placeName, date, time).

With the statistical NER model installed (``models/ner-nkjp/model``, added by :mod:`pipeline.nlp`)
the entities are ``doc.ents``. Without it they come from the rule stages that ran before: people ->
persName, organizations -> orgName, locations -> placeName, dates -> date, so that a record always
has entities. Each entity's lemma is its base form from :func:`pipeline.normalize.base_form`.

This module also registers the model's feature layer ``komunikat.NameClassEmbed.v1``: the NER
tok2vec embeds, besides the word's NORM/PREFIX/SUFFIX/SHAPE, the Morfeusz (SGJP) name classes and
parts of speech of the word ("imię", "nazwisko", "nazwa_geograficzna", ...). The layer computes the
feature from the token text itself, so it is the same at training and at run time.
"""

from __future__ import annotations

import re
import zlib

import numpy
import spacy
from spacy.attrs import IDS, IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array

from . import morphology
from .items import Entity, Mention, doc_text

LABELS = ("persName", "orgName", "geogName", "placeName", "date", "time")
# Rule stage (Doc attribute) -> NKJP label, used when no NER model is loaded.
RULE_LABELS = (("people", "persName"), ("organizations", "orgName"), ("locations", "placeName"))


# --------------------------------------------------------------------------- model features


def name_class_key(word: str) -> str:
    """Morfeusz name classes and parts of speech of ``word``: "imię,nazwisko|brev,subst"."""
    analyses = morphology.analyse(word) if len(word) <= 60 else ()
    classes = sorted({c for a in analyses for c in a.name_classes if c != "nazwa_pospolita"})
    pos = sorted({a.pos for a in analyses})
    return ",".join(classes) + "|" + ",".join(pos)


def lemma_key(word: str) -> str:
    """The word's lemma (Morfeusz), lower-cased: inflected forms of one name share an embedding row."""
    analyses = morphology.analyse(word) if len(word) <= 60 else ()
    lemmas = {a.lemma_base.lower() for a in analyses if a.pos != "ign"}
    return min(lemmas) if lemmas else word.lower()


def morph_key(word: str) -> str:
    """The cases and numbers the word can be in ("gen,loc|sg"): where a name ends often shows in case."""
    analyses = morphology.analyse(word) if len(word) <= 60 else ()
    cases = sorted({c for a in analyses for c in a.cases})
    numbers = sorted({a.number for a in analyses if a.number})
    return ",".join(cases) + "|" + ",".join(numbers)


# Extra feature columns a config may ask for: name -> word -> key (hashed to a stable id).
EXTRA_FEATURES = {"name_class": name_class_key, "lemma": lemma_key, "morph": morph_key}


def feature_id(name: str, word: str) -> int:
    """A stable id of the ``name`` feature's key for ``word`` (the embedding table hashes it again)."""
    return zlib.crc32(EXTRA_FEATURES[name](word).encode("utf-8")) + 1


# The one cache of the feature layer: the keys and ids above are computed on its misses only, so
# caching them too would hold every word's features twice.
@morphology.word_cache
def _extra_ids(word: str, names: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(feature_id(name, word) for name in names)


def _features_forward(model: Model, docs: list[Doc], is_train: bool):
    columns, extra = model.attrs["columns"], tuple(model.attrs["extra"])
    out = []
    for doc in docs:
        n = len(doc)
        table = doc.to_array([*columns, IDX, LENGTH]).reshape(n, len(columns) + 2).astype("uint64")
        if extra:
            # Words cut from the text by offset: no Token objects, one cache lookup a word.
            text = doc_text(doc)
            words = (text[i : i + k] for i, k in table[:, -2:].tolist())
            ids = numpy.array([_extra_ids(w, extra) for w in words], dtype="uint64").reshape(n, len(extra))
            table = numpy.hstack([table[:, :-2], ids])
        else:
            table = table[:, :-2]
        out.append(model.ops.asarray2i(numpy.ascontiguousarray(table), dtype="uint64"))
    return out, lambda d_features: []


def NameClassFeatures(attrs: list[str], extra: list[str] = ("name_class",)) -> Model:
    """spaCy's FeatureExtractor plus one column per ``extra`` Morfeusz feature of each token."""
    unknown = [name for name in extra if name not in EXTRA_FEATURES]
    if unknown:
        raise ValueError(f"unknown extra features {unknown}; known: {sorted(EXTRA_FEATURES)}")
    columns = [IDS[a.upper()] if isinstance(a, str) else a for a in attrs]
    return Model("komunikat_name_class_features", _features_forward, attrs={"columns": columns, "extra": list(extra)})


@spacy.registry.architectures("komunikat.NameClassEmbed.v1")
def name_class_embed(width: int, attrs: list[str], rows: list[int]) -> Model:
    """spaCy's MultiHashEmbed (no static vectors) with an extra table for the name class.

    ``rows`` has one entry more than ``attrs``: the last is the size of the name-class table.
    """
    return morph_embed(width, attrs, rows, ["name_class"])


@spacy.registry.architectures("komunikat.MorphEmbed.v1")
def morph_embed(width: int, attrs: list[str], rows: list[int], extra: list[str]) -> Model:
    """spaCy's MultiHashEmbed (no static vectors) plus one table per Morfeusz feature in ``extra``
    ("name_class", "lemma", "morph"); ``rows`` gives the sizes of the ``attrs`` tables, then of the
    ``extra`` ones."""
    if len(rows) != len(attrs) + len(extra):
        raise ValueError(f"rows needs {len(attrs) + len(extra)} entries (attrs + extra), got {len(rows)}")
    embeddings = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
    return chain(
        NameClassFeatures(attrs, extra),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


# --------------------------------------------------------------------------- entities


def _lemma(span: Span, label: str) -> str:
    from .normalize import base_form

    try:
        return base_form(span, label)
    except Exception:  # a failing normaliser must not lose the entity
        return span.text


# Clock times written with digits, as NKJP marks them: "godz. 17.00", "godzinie 11", "godz. 10.00 –
# 15.00", "o 16.30", "godz. 7 rano" (the noun and the part of the day are in the span, the preposition
# is not). The model finds few of them (NKJP has 513 times to learn from, most of them in words).
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?"
_TIME_TAIL = rf"(?:\s?[-–]\s?{_CLOCK})?(?: (?:rano|wieczorem|po południu|w nocy))?(?![\d.:]*\d)(?! ?min)"
TIME_RULES = {
    "hour_noun": re.compile(rf"(?<!\d )(?<!\d)\b(?:[Gg]odz\.|[Gg]odzin(?:a|ą|ie|y|ę|ach|ami)?)\s?{_CLOCK}{_TIME_TAIL}"),
    "at_clock": re.compile(rf"(?<=\b[oO] )\d{{1,2}}[.:]\d{{2}}{_TIME_TAIL}"),
    "from_clock": re.compile(rf"(?<=\b[oO]d )\d{{1,2}}[.:]\d{{2}}{_TIME_TAIL}"),
    "until_clock": re.compile(rf"(?<=\b[dD]o )\d{{1,2}}[.:]\d{{2}}{_TIME_TAIL}"),
    "about_clock": re.compile(rf"(?<=\b[oO]k\. )\d{{1,2}}[.:]\d{{2}}{_TIME_TAIL}"),
}


def clock_times(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clock times in ``text`` (see ``TIME_RULES``), hours up to 24."""
    found = set()
    for rule in TIME_RULES.values():
        for m in rule.finditer(text):
            hours = [int(h) for h in re.findall(r"(?<![.:\d])\d{1,2}", m.group())]
            if hours and max(hours) <= 24:
                found.add((m.start(), m.end()))
    return sorted(found)


def entity_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of the model's entities, with the clock times the rules find:
    a time replaces the model's dates and times it overlaps, and yields to its names."""
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
    for start, end in clock_times(doc_text(doc)):
        overlaps = [x for x in spans if x[0] < end and start < x[1]]
        if any(label not in ("date", "time") for *_, label in overlaps):
            continue
        if doc.char_span(start, end) is None:  # not on token boundaries
            continue
        spans = [x for x in spans if x not in overlaps] + [(start, end, "time")]
    return sorted(spans)


def _from_model(doc: Doc) -> list[Entity]:
    # (Base forms are kept by pipeline.normalize, per document and across documents: a name repeated
    # in the same context is normalised once.)
    out = []
    for start, end, label in entity_spans(doc):
        span = doc.char_span(start, end)
        out.append(Entity(span.text, label, start, end, _lemma(span, label)))
    return out


def _mention_span(doc: Doc, mention: Mention) -> Span | None:
    return doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")


def _from_rules(doc: Doc) -> list[Entity]:
    text = doc_text(doc)
    found: dict[tuple[int, int], Entity] = {}
    for attr, label in RULE_LABELS:
        for item in getattr(doc._, attr) or []:
            for m in item.mentions:
                key = (m.start_char, m.end_char)
                if key in found or text[m.start_char : m.end_char] != m.text:
                    continue
                span = _mention_span(doc, m)
                lemma = _lemma(span, label) if span is not None and span.text == m.text else item.name
                found[key] = Entity(m.text, label, m.start_char, m.end_char, lemma)
    for d in doc._.dates or []:
        key = (d.start_char, d.end_char)
        if key not in found and text[d.start_char : d.end_char] == d.text:
            found[key] = Entity(d.text, "date", d.start_char, d.end_char, d.text)
    return _drop_overlaps(sorted(found.values(), key=lambda e: (e.start_char, -e.end_char)))


def _drop_overlaps(entities: list[Entity]) -> list[Entity]:
    """Keep the first (earliest, then longest) of overlapping entities: NER entities are flat."""
    out: list[Entity] = []
    for e in entities:
        if out and e.start_char < out[-1].end_char:
            continue
        out.append(e)
    return out


def has_ner(doc: Doc) -> bool:
    return doc.has_annotation("ENT_IOB")


def extract_entities(doc: Doc) -> list[Entity]:
    if has_ner(doc):
        return _from_model(doc)
    return _from_rules(doc)


@Language.component("komunikat_entities")
def entities_component(doc: Doc) -> Doc:
    doc._.entities = extract_entities(doc)
    return doc
