"""komunikat: Polish press releases to structured records.

>>> import pipeline
>>> record = pipeline.extract("Białystok, 11 grudnia 2017 r. ...")
>>> tables = pipeline.load("out/")     # {"people": DataFrame, ...}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "load"]


def extract(text: str, doc_id: str | None = None, *, source: str | None = None,
            meta: dict[str, Any] | None = None, ner: bool = True) -> dict[str, Any]:
    """One record (``docs/records.md``) for one press release given as text."""
    from .nlp import annotate
    from .records import sha256_hex, to_record

    doc = annotate(text, meta, ner)
    sha = sha256_hex(text.encode("utf-8"))
    return to_record(doc, doc_id or sha[:16], source=source, sha256=sha)


def load(out_dir: str | Path) -> dict[str, Any]:
    """The tables an ``extract run`` wrote, as pandas DataFrames keyed by table name."""
    import pandas as pd

    from .records import TABLES

    out = Path(out_dir)
    names = (*TABLES, "entities_index")
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in names if (out / f"{name}.parquet").exists()}
