"""Base-form accuracy of pipeline.normalize on NKJP 1M named entities.

Every outermost persName / orgName / geogName / placeName entity of NKJP (not derived forms, i.e.
without ``derivType``) has a gold ``base``. The entity's paragraph is run through the press
tokenizer, the tokens covering the entity form the span, and ``base_form(span, label)`` is compared
with the gold base, exactly and ignoring case. Entities whose words are not contiguous in the text
("województw takich, jak białostockie" for "województwo białostockie") are left out: no span is them.

    mkdir -p /tmp/nkjp_nf && tar -xJf nkjp1m.tar.xz -C /tmp/nkjp_nf
    python bench/baseforms.py /tmp/nkjp_nf/nkjp1m [--split test|dev|train|all] [--sample 20] [--errors 40]

``--split`` selects the documents of the NKJP split the NER model is trained and tested on
(``models/ner-nkjp/split.json``, or its rule: sha1(text id) % 100 < 5 test, < 10 dev, else train);
the reported number is ``--split test``. Its errors have been read to find classes of rules, so it
is not blind: every rule is kept only if ``--split train`` (20 times larger) does not lose by it, and
``--split dev`` is reported beside it. ``--sample N`` further
keeps only the documents whose sha1(text id) is divisible by N (deterministic).

``--build-freq`` instead writes ``pipeline/resources/normalize_lemma_freq.tsv``: how often NKJP's
gold lemmas occur for word forms that Morfeusz reads as more than one noun or adjective lemma
("gminie": gmina or gmin, "Łodzi": Łódź or Łodzia). It counts only the train split: the test and
dev documents are left out, so the measurement stays honest.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import pickle
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.evaluate import norm  # noqa: E402
from pipeline.normalize import base_form  # noqa: E402
from pipeline.tokenizer import blank  # noqa: E402
from pipeline.typography import plain_text  # noqa: E402

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
LABELS = ("persName", "orgName", "geogName", "placeName")
_RANGE = re.compile(r"string-range\(([^,]+),(\d+),(\d+)\)")


def _texts(folder: Path) -> dict[str, str]:
    out = {}
    for el in ET.parse(folder / "text.xml").iter():
        if el.tag in (f"{TEI}ab", f"{TEI}u", f"{TEI}p") and el.get(XML_ID):
            out[el.get(XML_ID)] = "".join(el.itertext())
    return out


def _segments(folder: Path) -> dict[str, tuple[str, int, int]]:
    """segm id -> (ab id, start, end)."""
    out = {}
    for el in ET.parse(folder / "ann_segmentation.xml").iter(f"{TEI}seg"):
        m = _RANGE.search(el.get("corresp", ""))
        if m:
            start = int(m.group(2))
            out[el.get(XML_ID)] = (m.group(1), start, start + int(m.group(3)))
    return out


def _morph_to_segm(folder: Path) -> dict[str, str]:
    path = folder / "ann_morphosyntax.xml"
    out = {}
    if not path.exists():
        return out
    for el in ET.parse(path).iter(f"{TEI}seg"):
        corresp = el.get("corresp", "")
        if "#" in corresp:
            out[el.get(XML_ID)] = corresp.split("#", 1)[1]
    return out


def _entities(folder: Path):
    """(label, base, [segm ids]) for each outermost, non-derived entity."""
    path = folder / "ann_named.xml"
    if not path.exists():
        return
    segs: dict[str, dict] = {}
    for el in ET.parse(path).iter(f"{TEI}seg"):
        fs = el.find(f"{TEI}fs")
        if fs is None:
            continue
        feats = {}
        for f in fs.findall(f"{TEI}f"):
            sym, st = f.find(f"{TEI}symbol"), f.find(f"{TEI}string")
            feats[f.get("name")] = sym.get("value") if sym is not None else (st.text if st is not None else None)
        ptrs = [p.get("target") for p in el.findall(f"{TEI}ptr")]
        segs[el.get(XML_ID)] = {"feats": feats, "ptrs": ptrs}
    inner = {p for s in segs.values() for p in s["ptrs"] if p in segs}

    def leaves(sid: str) -> list[str]:
        out = []
        for p in segs[sid]["ptrs"]:
            if p in segs:
                out.extend(leaves(p))
            else:
                out.append(p.split("#", 1)[-1])
        return out

    for sid, s in segs.items():
        if sid in inner:
            continue
        feats = s["feats"]
        if feats.get("type") not in LABELS or "derived" in feats or not feats.get("base"):
            continue
        yield feats["type"], feats["base"], feats.get("orth", ""), leaves(sid)


_LEMMA_POS = ("subst", "depr", "adj", "ger")
_ORTH_INTERP = re.compile(
    r'<f name="orth">\s*<string>(.*?)</string>.*?<f name="interpretation">\s*<string>(.*?)</string>', re.DOTALL)
_INTERP = re.compile(r"^(.+?):(subst|depr|adj|ger)(?::|$)")
FREQ_PATH = Path(__file__).resolve().parents[1] / "pipeline" / "resources" / "normalize_lemma_freq.tsv"


SPLIT_PATH = Path(__file__).resolve().parents[1] / "models" / "ner-nkjp" / "split.json"


def _hash(name: str) -> int:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16)


def _in_sample(name: str, sample: int) -> bool:
    return _hash(name) % sample == 0


@lru_cache(maxsize=1)
def _split_lists() -> dict[str, str]:
    if not SPLIT_PATH.exists():
        return {}
    data = json.loads(SPLIT_PATH.read_text(encoding="utf-8"))
    return {doc: part for part in ("train", "dev", "test") for doc in data.get(part, [])}


def split_of(name: str) -> str:
    """"test", "dev" or "train": the NER split of an NKJP text (split.json, else its rule)."""
    if name in _split_lists():
        return _split_lists()[name]
    h = _hash(name) % 100
    return "test" if h < 5 else "dev" if h < 10 else "train"


def build_freq(root: Path) -> None:
    from pipeline.normalize import whole_analyses

    counts: Counter = Counter()
    for k, folder in enumerate(sorted(p for p in root.iterdir() if p.is_dir())):
        if k % 200 == 0:
            print(k, folder.name, len(counts), flush=True)
        if split_of(folder.name) != "train":
            continue
        path = folder / "ann_morphosyntax.xml"
        if not path.exists():
            continue
        # A regular expression over the file: ElementTree is too slow for 1.3 GB of TEI.
        for orth_text, interp_text in _ORTH_INTERP.findall(path.read_text(encoding="utf-8")):
            orth_text, interp_text = html.unescape(orth_text), html.unescape(interp_text)
            m = _INTERP.match(interp_text)
            if not m:
                continue
            pos = "subst" if m.group(2) == "depr" else m.group(2)
            readings = {(a.lemma_base, "subst" if a.pos == "depr" else a.pos)
                        for a in whole_analyses(orth_text) if a.pos in _LEMMA_POS}
            if len(readings) > 1 and (m.group(1), pos) in readings:
                counts[(m.group(1), pos)] += 1
    with FREQ_PATH.open("w", encoding="utf-8") as fh:
        fh.write("# Gold-lemma counts in NKJP 1M (CC BY 3.0 PL: Narodowy Korpus Języka Polskiego (NKJP), IPI PAN\n")
        fh.write("# et al.) for word forms Morfeusz reads as several noun/adjective lemmas; written by\n")
        fh.write("# bench/baseforms.py --build-freq (only the train split: test and dev documents left out).\n")
        fh.write("lemma\tpos\tcount\n")
        for (lemma, pos), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write(f"{lemma}\t{pos}\t{n}\n")
    print(f"{len(counts)} lemmas -> {FREQ_PATH}")


def _gapped(ranges: list[tuple[str, int, int]], starts: list[int]) -> bool:
    """An entity whose words are not contiguous ("województw takich, jak białostockie" for
    "województwo białostockie"): no span of the text is that name, so it is not measured."""
    lo, hi = min(r[1] for r in ranges), max(r[2] for r in ranges)
    own = {r[1] for r in ranges}
    return any(lo <= s < hi and s not in own for s in starts)


Paragraph = tuple[str, list[tuple[str, str, int, int]]]  # text, [(label, gold base, start, end)]


def _read_paragraphs(root: Path, split: str, sample: int) -> tuple[list[Paragraph], Counter]:
    """The paragraphs with measured entities of the selected documents, and the counts of the
    entities left out because their words are not contiguous."""
    out: list[Paragraph] = []
    gapped: Counter = Counter()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if split != "all" and split_of(folder.name) != split:
            continue
        if not _in_sample(folder.name, sample):
            continue
        if not (folder / "ann_segmentation.xml").exists():
            continue
        texts = _texts(folder)
        segments = _segments(folder)
        morph = _morph_to_segm(folder)
        starts: dict[str, list[int]] = defaultdict(list)
        for seg_ab, seg_start, _end in segments.values():
            starts[seg_ab].append(seg_start)
        by_ab: dict[str, list[tuple[str, str, int, int]]] = {}
        for label, base, _orth, ptrs in _entities(folder):
            ranges = []
            for p in ptrs:
                sid = morph.get(p, p.replace("morph_", "segm_"))
                if sid in segments:
                    ranges.append(segments[sid])
            if not ranges or len({r[0] for r in ranges}) != 1:
                continue
            ab = ranges[0][0]
            if ab not in texts:
                continue
            if _gapped(ranges, starts.get(ab, [])):
                gapped[label] += 1
                continue
            by_ab.setdefault(ab, []).append((label, base, min(r[1] for r in ranges), max(r[2] for r in ranges)))
        out.extend((texts[ab], ents) for ab, ents in by_ab.items())
    return out, gapped


def _cached_paragraphs(root: Path, split: str, sample: int, cache: Path | None) -> tuple[list[Paragraph], Counter]:
    if cache is None:
        return _read_paragraphs(root, split, sample)
    path = cache / f"baseforms-{split}-{sample}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    data = _read_paragraphs(root, split, sample)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(data))
    return data


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root", type=Path)
    ap.add_argument("--split", choices=("test", "dev", "train", "all"), default="test")
    ap.add_argument("--sample", type=int, default=1)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors per label")
    ap.add_argument("--build-freq", action="store_true")
    ap.add_argument("--exact-errors", action="store_true", help="list errors of exact match, not of scored")
    ap.add_argument("--dump", type=Path, help="write every exact-match error as TSV (label, word before, text, "
                    "prediction, gold) to this file")
    ap.add_argument("--cache", type=Path, help="keep the entities read from the TEI in this folder (reading the "
                    "TEI takes half the time of a run)")
    args = ap.parse_args()
    if args.build_freq:
        build_freq(args.root)
        return
    nlp = blank()
    exact: Counter = Counter()
    icase: Counter = Counter()
    scored: Counter = Counter()
    total: Counter = Counter()
    errors: dict[str, list] = defaultdict(list)
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    paragraphs, gapped = _cached_paragraphs(args.root, args.split, args.sample, args.cache)
    for text, entities in paragraphs:
        plain = plain_text(text)  # the copy the pipeline's stages read
        doc = nlp(plain.text)
        for label, base, start, end in entities:
            start, end = plain.copy_span(start, end)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            pred = base_form(span, label)
            total[label] += 1
            if pred == base:
                exact[label] += 1
            if norm(pred) == norm(base):
                scored[label] += 1
            if pred.lower() == base.lower():
                icase[label] += 1
            if dump is not None and pred != base:
                before = doc[span.start - 1].text if span.start else ""
                dump.write("\t".join((label, before, span.text, pred, base)).replace("\n", " ") + "\n")
            if (pred != base if args.exact_errors else norm(pred) != norm(base)) and len(errors[label]) < args.errors:
                errors[label].append((span.text, pred, base))
    if dump is not None:
        dump.close()
    n = sum(total.values())
    # scored: equal after the normalisation records are scored with (case, quotes, spaces).
    print(f"{'label':10} {'n':>6} {'exact':>7} {'icase':>7} {'scored':>7}")
    for label in LABELS:
        if total[label]:
            t = total[label]
            print(f"{label:10} {t:6d} {exact[label] / t:7.3f} {icase[label] / t:7.3f} {scored[label] / t:7.3f}")
    if n:
        print(f"{'all':10} {n:6d} {sum(exact.values()) / n:7.3f} {sum(icase.values()) / n:7.3f} "
              f"{sum(scored.values()) / n:7.3f}")
        # The counts too: three decimals cannot tell 0.9496 from 0.9502.
        print(f"correct of {n}: exact {sum(exact.values())}, icase {sum(icase.values())}, "
              f"scored {sum(scored.values())}")
    if gapped:
        print("left out, not contiguous in the text:", ", ".join(f"{k} {v}" for k, v in sorted(gapped.items())))
    for label, errs in errors.items():
        print(f"\n## {label}")
        for text, pred, base in errs:
            print(f"  {text!r:45} -> {pred!r:40} gold {base!r}")


if __name__ == "__main__":
    main()
