"""Convert NKJP 1M (TEI XML) into spaCy DocBins for training the Polish NER model.

Usage::

    .venv/bin/python -m models.convert_nkjp /tmp/nkjp/nkjp1m models/ner-nkjp/corpus

Decisions (see ``models/ner-nkjp/README.md``):

* One ``Doc`` per NKJP paragraph. Text and spacing come from the segmentation layer: segments are
  joined with a space unless marked ``nkjp:nps`` (no preceding space); rejected alternatives of a
  ``<choice>`` are skipped.
* Labels are the flat OUTERMOST entities of six types: persName, orgName, geogName, placeName, date,
  time. Subtypes (forename, surname, settlement, country, ...) collapse into the main type.
* Derived forms (``derivType``: relAdj such as "polski", "warszawski"; persDeriv such as
  "kopernikowski") are not names and are dropped.
* A discontinuous entity is labelled with the hull from its first to its last segment.
* The text is re-tokenized with the press tokenizer (``pipeline.tokenizer.blank()``) and the entity
  character spans are projected onto its tokens: strict alignment first, then "expand"; a span that
  still cannot be placed (or overlaps an earlier one after expanding) is dropped. Counts are printed.
* Every token that is exactly one NKJP segment gets that segment's gold part of speech and case as
  its tag ("subst:gen", "adj:nom", "prep:loc", "fin"), for multi-task training with a tagger; other
  tokens (the press tokenizer's merged dates, legal forms, phone numbers) have no tag, which spaCy's
  tagger treats as missing.
* The split is by document (NKJP text id), fixed by the SHA-1 of the id: 5% test, 5% dev, 90% train.
* Every entity's base form goes to ``entities.jsonl`` (doc id, paragraph id, split, char offsets in
  the paragraph text, label, subtype, orth, base) for base-form evaluation.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin
from spacy.util import filter_spans

TEI = "{http://www.tei-c.org/ns/1.0}"
NKJP = "{http://www.nkjp.pl/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
LABELS = ("persName", "orgName", "geogName", "placeName", "date", "time")
RANGE = re.compile(r"string-range\(([^,]+),(\d+),(\d+)\)")


def split_of(doc_id: str) -> str:
    """Fixed document-level split: 5% test, 5% dev, 90% train, by SHA-1 of the id."""
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 100
    if bucket < 5:
        return "test"
    if bucket < 10:
        return "dev"
    return "train"


def _ab_texts(path: Path) -> dict[str, str]:
    texts = {}
    for el in ET.parse(path).iter():
        if el.tag in (TEI + "ab", TEI + "u", TEI + "p", TEI + "head") and el.get(XML_ID):
            texts[el.get(XML_ID)] = "".join(el.itertext())
    return texts


def _segments(node):
    """Accepted segments under ``node`` in document order (rejected choice branches skipped)."""
    for child in node:
        if child.tag == TEI + "seg":
            if child.get(NKJP + "rejected") != "true":
                yield child
        elif child.tag == TEI + "choice":
            for alt in child:
                if alt.tag == TEI + "seg" and alt.get(NKJP + "rejected") == "true":
                    continue
                if alt.tag == TEI + "seg":
                    yield alt
                else:
                    yield from _segments(alt)
        else:
            yield from _segments(child)


def read_paragraphs(doc_dir: Path):
    """Yield (paragraph id, text, {segm id: (start, end)}) from the segmentation layer."""
    abs_ = _ab_texts(doc_dir / "text.xml")
    root = ET.parse(doc_dir / "ann_segmentation.xml").getroot()
    for p in root.iter(TEI + "p"):
        parts: list[str] = []
        offsets: dict[str, tuple[int, int]] = {}
        pos = 0
        for seg in _segments(p):
            m = RANGE.search(seg.get("corresp", ""))
            if not m:
                continue
            ab, start, length = m.group(1), int(m.group(2)), int(m.group(3))
            orth = abs_[ab][start : start + length]
            if parts and seg.get(NKJP + "nps") != "true":
                parts.append(" ")
                pos += 1
            offsets[seg.get(XML_ID)] = (pos, pos + len(orth))
            parts.append(orth)
            pos += len(orth)
        yield p.get(XML_ID), "".join(parts), offsets


def _feature(fs, name: str) -> str | None:
    for f in fs.findall(TEI + "f"):
        if f.get("name") == name:
            for v in f:
                return v.get("value") if v.tag == TEI + "symbol" else (v.text or "")
    return None


_CASES = frozenset({"nom", "gen", "dat", "acc", "inst", "loc", "voc"})
# NKJP's parts of speech (the "ctag" of its tagset).
_POS = frozenset("subst depr num numcol adj adja adjp adjc adv ppron12 ppron3 siebie fin bedzie aglt praet "
                 "impt imps inf pcon pant ger pact ppas winien pred prep conj comp qub brev burk interj "
                 "interp xxx ign".split())


def coarse_tag(interpretation: str) -> str | None:
    """"Polska:subst:sg:nom:f" -> "subst:nom"; "w:prep:loc:nwok" -> "prep:loc"; "być:fin:sg:ter:imperf"
    -> "fin". The lemma may itself hold a colon ("::interp"), so the part of speech is the first known
    one after it."""
    parts = interpretation.split(":")
    pos_index = next((i for i in range(1, len(parts)) if parts[i] in _POS), None)
    if pos_index is None:
        return None
    pos = parts[pos_index]
    case = next((c for p in parts[pos_index + 1 :] for c in p.split(".") if c in _CASES), None)
    return f"{pos}:{case}" if case else pos


def read_tags(doc_dir: Path) -> dict[str, str]:
    """Segmentation id -> coarse gold tag (:func:`coarse_tag`) from the disambiguated morphosyntax."""
    path = doc_dir / "ann_morphosyntax.xml"
    if not path.exists():
        return {}
    tags: dict[str, str] = {}
    for seg in ET.parse(path).getroot().iter(TEI + "seg"):
        corresp = seg.get("corresp", "")
        if "#" not in corresp:
            continue
        for f in seg.iter(TEI + "f"):
            if f.get("name") == "interpretation":
                s = f.find(TEI + "string")
                if s is not None and s.text and (tag := coarse_tag(s.text)):
                    tags[corresp.split("#", 1)[1]] = tag
                break
    return tags


def read_entities(doc_dir: Path) -> list[dict]:
    """Outermost named entities with the segmentation ids they cover."""
    root = ET.parse(doc_dir / "ann_named.xml").getroot()
    nodes: dict[str, dict] = {}
    for seg in root.iter(TEI + "seg"):
        fs = seg.find(TEI + "fs")
        if fs is None:
            continue
        targets = [ptr.get("target") for ptr in seg.findall(TEI + "ptr")]
        nodes[seg.get(XML_ID)] = {
            "id": seg.get(XML_ID),
            "type": _feature(fs, "type"),
            "subtype": _feature(fs, "subtype"),
            "deriv": next(
                (_feature(d, "derivType") for d in fs.iter(TEI + "fs") if d.get("type") == "derivation"),
                None,
            ),
            "orth": _feature(fs, "orth"),
            "base": _feature(fs, "base"),
            "targets": targets,
        }
    inner = {t for n in nodes.values() for t in n["targets"] if t in nodes}

    def leaves(node_id: str) -> list[str]:
        out = []
        for t in nodes[node_id]["targets"]:
            if t in nodes:
                out.extend(leaves(t))
            else:  # ann_morphosyntax.xml#morph_X-seg: morph ids equal segmentation ids
                out.append("segm_" + t.split("#morph_", 1)[-1])
        return out

    result = []
    for node in nodes.values():
        if node["id"] in inner:
            continue
        node["segs"] = leaves(node["id"])
        result.append(node)
    return result


def convert(corpus: Path, out_dir: Path) -> Counter:
    from pipeline.tokenizer import blank

    nlp = blank()
    out_dir.mkdir(parents=True, exist_ok=True)
    bins = {name: DocBin(store_user_data=False) for name in ("train", "dev", "test")}
    split_ids: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    stats: Counter = Counter()
    side = (out_dir / "entities.jsonl").open("w", encoding="utf-8")
    for doc_dir in sorted(p for p in corpus.iterdir() if p.is_dir()):
        doc_id = doc_dir.name
        if not (doc_dir / "ann_segmentation.xml").exists():
            stats["docs_without_segmentation"] += 1
            continue
        split = split_of(doc_id)
        split_ids[split].append(doc_id)
        entities = read_entities(doc_dir) if (doc_dir / "ann_named.xml").exists() else []
        by_para: dict[str, list] = {}
        seg_para: dict[str, str] = {}
        paragraphs = list(read_paragraphs(doc_dir))
        gold_tags = read_tags(doc_dir)
        for pid, _, offsets in paragraphs:
            for sid in offsets:
                seg_para[sid] = pid
        for ent in entities:
            stats["entities_total"] += 1
            if ent["type"] not in LABELS:
                stats["entities_other_type"] += 1
                continue
            if ent["deriv"]:
                stats["entities_derived_dropped"] += 1
                continue
            paras = {seg_para.get(s) for s in ent["segs"]}
            if None in paras or len(paras) != 1:
                stats["entities_unresolved"] += 1
                continue
            by_para.setdefault(paras.pop(), []).append(ent)
        for pid, text, offsets in paragraphs:
            if not text.strip():
                continue
            doc = nlp.make_doc(text)
            by_start = {t.idx: t for t in doc}
            for sid, (seg_start, seg_end) in offsets.items():
                token = by_start.get(seg_start)
                if token is not None and seg_end - seg_start == len(token) and sid in gold_tags:
                    token.tag_ = gold_tags[sid]
                    stats["tokens_tagged"] += 1
            stats["tokens_total"] += len(doc)
            spans = []
            for ent in by_para.get(pid, []):
                positions = sorted(offsets[s] for s in ent["segs"])
                start, end = positions[0][0], max(e for _, e in positions)
                if len(positions) > 1 and any(
                    positions[i + 1][0] > positions[i][1] + 1 for i in range(len(positions) - 1)
                ):
                    stats["entities_discontinuous_hull"] += 1
                side.write(
                    json.dumps(
                        {
                            "doc": doc_id,
                            "paragraph": pid,
                            "split": split,
                            "start": start,
                            "end": end,
                            "label": ent["type"],
                            "subtype": ent["subtype"],
                            "orth": text[start:end],
                            "base": ent["base"],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                span = doc.char_span(start, end, label=ent["type"], alignment_mode="strict")
                if span is None:
                    stats["spans_misaligned"] += 1
                    span = doc.char_span(start, end, label=ent["type"], alignment_mode="expand")
                    if span is None:
                        stats["spans_dropped"] += 1
                        continue
                    stats["spans_expanded"] += 1
                spans.append(span)
            kept = filter_spans(spans)
            stats["spans_dropped_overlap"] += len(spans) - len(kept)
            doc.ents = kept
            stats[f"entities_{split}"] += len(kept)
            stats[f"words_{split}"] += len(doc)
            for span in kept:
                stats[f"label_{span.label_}"] += 1
            bins[split].add(doc)
    side.close()
    for name, db in bins.items():
        db.to_disk(out_dir / f"{name}.spacy")
        stats[f"docs_{name}"] = len(split_ids[name])
        stats[f"paragraphs_{name}"] = len(db)
    split_path = Path(__file__).resolve().parent / "ner-nkjp" / "split.json"
    split_path.parent.mkdir(parents=True, exist_ok=True)
    split_path.write_text(
        json.dumps(
            {
                "rule": "sha1(doc id) % 100: <5 test, <10 dev, else train",
                **{k: sorted(v) for k, v in split_ids.items()},
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    (out_dir / "stats.json").write_text(json.dumps(dict(stats), indent=1) + "\n")
    return stats


if __name__ == "__main__":
    corpus_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/nkjp/nkjp1m")
    target = Path(sys.argv[2] if len(sys.argv) > 2 else "models/ner-nkjp/corpus")
    for key, value in sorted(convert(corpus_dir, target).items()):
        print(f"{key}\t{value}")
