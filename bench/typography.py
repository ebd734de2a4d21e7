"""komunikat's scores on a gold folder when the same releases come with other typography.

Each variant rewrites every release of the folder (the golds stay as they are) the way real archives
differ: no-break spaces after one-letter words, doubled spaces, hard wrapping, text taken from PDF
with words hyphenated over the line breaks, soft hyphens, zero-width spaces, decomposed letters
(NFD), old Mac and Windows line ends, HTML character references, straight quotes, a headline in
capitals. A robust pipeline scores the same on every variant as on the releases as given.

    python bench/typography.py ../shared/gold/dev [--variants nbsp,wrap]
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pipeline  # noqa: E402
from pipeline.evaluate import FIELDS, evaluate  # noqa: E402


def _wrap(text: str, width: int = 76) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.split("\n"))


def _pdf(text: str, width: int = 70) -> str:
    """Lines cut at ``width``; a long word crossing the edge is hyphenated in its middle."""
    out = []
    for line in text.split("\n"):
        lines = []
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            word = line[cut + 1:].split(" ")[0]
            if len(word) >= 8 and word.isalpha():
                k = cut + 1 + len(word) // 2
                lines.append(line[:k] + "-")
                line = line[k:]
            else:
                lines.append(line[:cut])
                line = line[cut + 1:]
        lines.append(line)
        out.append("\n".join(lines))
    return "\n".join(out)


def _title_caps(text: str) -> str:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        lines[first] = lines[first].upper()
    return "\n".join(lines)


def _references(text: str) -> str:
    return html.escape(text, quote=True).replace("\u00a0", "&nbsp;").replace("„", "&bdquo;") \
        .replace("”", "&rdquo;").replace("–", "&ndash;")


VARIANTS: dict[str, Callable[[str], str]] = {
    "as given": lambda t: t,
    "nbsp": lambda t: re.sub(r"(?<=\b[wWzZiIoOaAuU]) (?=\w)", "\u00a0", t),
    "doubled spaces": lambda t: re.sub(r"(?<=\w) (?=\w)", "  ", t),
    "wrapped at 76": _wrap,
    "PDF hyphenated": _pdf,
    "soft hyphens": lambda t: re.sub(r"(\w{4})(\w{4,})", lambda m: m.group(1) + "\u00ad" + m.group(2), t),
    "zero-width spaces": lambda t: re.sub(r"(?<=\w) (?=[A-ZŁŚŻ])", " \u200b", t),
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "CR": lambda t: t.replace("\n", "\r"),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "HTML references": _references,
    "straight quotes": lambda t: re.sub("[„”“]", '"', t),
    "headline in capitals": _title_caps,
}


def score(gold: Path, variant: Callable[[str], str], work: Path) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    records = []
    for path in sorted(gold.glob("*.txt")):
        shutil.copy(path.with_suffix(".json"), work / f"{path.stem}.json")
        text = variant(path.read_text(encoding="utf-8"))
        (work / path.name).write_bytes(text.encode("utf-8"))
        records.append(pipeline.extract(text, doc_id=path.stem))
    return evaluate(work, records)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path, help="a folder of releases (*.txt) with their golds (*.json)")
    ap.add_argument("--variants", help="comma-separated names (default: all)")
    args = ap.parse_args()
    names = args.variants.split(",") if args.variants else list(VARIANTS)
    print(f"{'variant':<22} {'mean':>6} " + " ".join(f"{f[:6]:>6}" for f in FIELDS))
    with tempfile.TemporaryDirectory() as tmp:
        for k, name in enumerate(names):
            result = score(args.gold, VARIANTS[name], Path(tmp) / str(k))
            fields = result["fields"]
            print(f"{name:<22} {result['mean_f1']:6.3f} " + " ".join(f"{fields[f]['f1']:6.3f}" for f in FIELDS),
                  flush=True)


if __name__ == "__main__":
    main()
