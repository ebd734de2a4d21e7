"""Records: the per-document dict of ``docs/records.md`` and its flat tables.

``to_record`` reads only the ``Doc`` extensions the stages wrote; ``table_rows`` flattens one record
into the rows of the eight Parquet tables.
"""

from __future__ import annotations

import hashlib
from typing import Any

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from .identity import KINDS, entity_id
from .items import source_text, to_dict
from .typography import PlainText

TABLES = ("documents", "entities", "people", "organizations", "locations", "dates", "agreements", "contacts")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_record(doc: Doc, doc_id: str, source: str | None = None, sha256: str | None = None) -> dict[str, Any]:
    def items(name: str) -> list[dict]:
        out = [to_dict(x) for x in (getattr(doc._, name) or [])]
        if name in KINDS:
            for item in out:
                item["entity_id"] = entity_id(name, item["name"])
        return out

    record = {
        "doc_id": doc_id,
        "source": source,
        "sha256": sha256 or sha256_hex(source_text(doc).encode("utf-8")),
        "title": doc._.title,
        "published": doc._.published,
        "n_chars": len(source_text(doc)),
        "n_words": word_count(doc),
        "entities": items("entities"),
        "people": items("people"),
        "organizations": items("organizations"),
        "locations": items("locations"),
        "dates": items("dates"),
        "agreements": items("agreements"),
        "contacts": items("contacts"),
    }
    plain = doc.user_data.get("komunikat_plain")
    if plain is not None:
        _point_into(plain, record)
    return record


def word_count(doc: Doc) -> int:
    """Tokens that are neither space nor punctuation (read from the token array: iterating over a
    Doc's Token objects cost more than the rest of the record)."""
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    return int((flags.sum(axis=1) == 0).sum()) if len(doc) else 0


def _point_into(plain: PlainText, value: Any) -> None:
    """Every offset pair of ``value`` moved from the copy the stages read into the text as read, and
    every quoted ``text`` cut again from that."""
    if isinstance(value, dict):
        if isinstance(value.get("start_char"), int) and isinstance(value.get("end_char"), int):
            start, end = plain.source_span(value["start_char"], value["end_char"])
            value["start_char"], value["end_char"] = start, end
            if isinstance(value.get("text"), str):
                value["text"] = plain.source[start:end]
        for v in value.values():
            _point_into(plain, v)
    elif isinstance(value, list):
        for v in value:
            _point_into(plain, v)


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """One record as rows of each table; every row carries ``doc_id``."""
    doc_id = record["doc_id"]
    rows: dict[str, list[dict[str, Any]]] = {
        "documents": [
            {
                "doc_id": doc_id,
                "source": record.get("source"),
                "sha256": record.get("sha256"),
                "title": record.get("title"),
                "published": record.get("published"),
                "n_chars": record.get("n_chars"),
                "n_words": record.get("n_words"),
                **{f"n_{t}": len(record.get(t) or []) for t in TABLES[1:]},
            }
        ]
    }
    for table in TABLES[1:]:
        rows[table] = [{"doc_id": doc_id, **item} for item in record.get(table) or []]
    return rows
