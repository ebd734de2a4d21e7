"""Peak RSS per worker as an archive grows: ``extract run`` over 1k, 10k and 100k documents.

The documents are short synthetic releases; each has a new surname, e-mail address, contract number
and phone number, so the vocabulary keeps growing with the archive (about four new strings a
document: the case that fills per-word caches and spaCy's string store). Each size is a real ``extract run`` in a child process.

    python bench/memory.py                       # 1k, 10k, 100k documents, --jobs 1, with the model
    python bench/memory.py --docs 1000 20000 --no-ner --jobs 2
    python bench/memory.py --nkjp /tmp/nkjp/nkjp1m --docs 1000 10000 39000

``--nkjp`` takes the documents from real text instead: NKJP 1M's paragraphs in corpus order, one
paragraph a document (39,566 of them, 1M words, none repeated), so the vocabulary grows as it does
in a real archive rather than by four invented words a document.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from throughput import run_extract  # same folder: one way to run and read an extract run

LETTERS = "abcdefghijklmnoprstuwyzęóąśłżźćń"
TEMPLATE = (
    "Wójt Gminy Lipsk {f} {s}ski podpisał {d} grudnia 2017 r. w Białymstoku umowę nr {n}/2017 z firmą "
    "Budmax sp. z o.o. na przebudowę drogi gminnej. Kontakt: {e}@lipsk.pl, tel. {tel}."
)


def word(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 9))).capitalize()


def make_docs(folder: Path, n: int, seed: int = 0) -> int:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    words = 0
    for i in range(n):
        text = TEMPLATE.format(f=rng.choice(["Jan", "Anna", "Piotr", "Ewa"]), s=word(rng), d=1 + i % 28, n=i,
                               e=word(rng).lower(), tel=600_000_000 + i)
        sub = folder / f"{i // 1000:04d}"  # 1,000 files a folder
        sub.mkdir(exist_ok=True)
        (sub / f"{i:07d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def make_nkjp_docs(folder: Path, n: int, root: Path) -> int:
    """The first ``n`` paragraphs of the NKJP texts under ``root``, one a document."""
    import xml.etree.ElementTree as ET

    tei, xml_id = "{http://www.tei-c.org/ns/1.0}", "{http://www.w3.org/XML/1998/namespace}id"
    folder.mkdir(parents=True)
    words = i = 0
    for text_dir in sorted(p for p in root.iterdir() if (p / "text.xml").exists()):
        for el in ET.parse(text_dir / "text.xml").iter():
            if el.tag not in (f"{tei}ab", f"{tei}u", f"{tei}p") or not el.get(xml_id):
                continue
            text = "".join(el.itertext()).strip()
            if not text:
                continue
            sub = folder / f"{i // 1000:04d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{i:07d}.txt").write_text(text, encoding="utf-8")
            words += len(text.split())
            i += 1
            if i == n:
                return words
    raise SystemExit(f"{root} has only {i:,} paragraphs, fewer than {n:,}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--nkjp", type=Path, help="unpacked NKJP 1M folder: real paragraphs as documents")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="komunikat-memory-"))
    try:
        for n in args.docs:
            folder, out = tmp / f"in-{n}", tmp / f"out-{n}"
            words = make_nkjp_docs(folder, n, args.nkjp) if args.nkjp else make_docs(folder, n)
            r = run_extract(folder, out, args.jobs, ner=not args.no_ner)
            print(f"{n:>7,} documents, {words:,} words, --jobs {args.jobs}{' --no-ner' if args.no_ner else ''}: "
                  f"{r['docs']:,} records in {r['wall_s']:.0f} s, peak RSS per worker {r['peak_rss_mb']:.0f} MB "
                  f"(main process {r['main_rss_mb']:.0f} MB)", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
