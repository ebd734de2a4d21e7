"""Writing a run's output: records.jsonl, errors.jsonl, the Parquet tables and manifest.json.

records.jsonl and errors.jsonl are appended one whole line per write and flushed, so a run killed at
any moment leaves at most a torn last line, which :func:`repair_jsonl` cuts off before a resumed
run appends. The Parquet tables are derived from records.jsonl at the end of a run, streamed in
row groups into a temporary file that is renamed into place, so a table is either complete or
absent, and memory does not grow with the archive.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .identity import EntityIndex
from .records import TABLES, table_rows

ROW_GROUP_DOCS = 1000


def repair_jsonl(path: Path) -> int:
    """Cut a torn (unterminated or unparsable) last line; returns the number of good lines."""
    if not path.exists():
        return 0
    good_end = 0
    count = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                json.loads(line)
            except ValueError:
                break
            good_end += len(line)
            count += 1
    if good_end != path.stat().st_size:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return count


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


class JsonlWriter:
    """Appends one JSON object per line; each line is written whole and flushed."""

    def __init__(self, path: Path, append: bool):
        self.path = path
        self._fh = open(path, "a" if append else "w", encoding="utf-8")

    def write(self, obj: dict[str, Any]) -> None:
        self._fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self._fh.flush()

    def sync(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if not self._fh.closed:
            self.sync()
            self._fh.close()


# Explicit schemas keep tables loadable (and concatenable) even when a batch has no rows of a kind.
_MENTIONS = pa.list_(pa.struct([("text", pa.string()), ("start_char", pa.int64()), ("end_char", pa.int64())]))
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [("doc_id", pa.string()), ("source", pa.string()), ("sha256", pa.string()), ("title", pa.string()),
         ("published", pa.string()), ("n_chars", pa.int64()), ("n_words", pa.int64())]
        + [(f"n_{t}", pa.int64()) for t in TABLES[1:]]
    ),
    "entities": pa.schema([("doc_id", pa.string()), ("text", pa.string()), ("label", pa.string()),
                           ("start_char", pa.int64()), ("end_char", pa.int64()), ("lemma", pa.string())]),
    "people": pa.schema([("doc_id", pa.string()), ("entity_id", pa.string()), ("name", pa.string()), ("roles", pa.list_(pa.string())),
                         ("organization", pa.string()), ("mentions", _MENTIONS)]),
    "organizations": pa.schema([("doc_id", pa.string()), ("entity_id", pa.string()), ("name", pa.string()),
                                ("aliases", pa.list_(pa.string())), ("mentions", _MENTIONS)]),
    "locations": pa.schema([("doc_id", pa.string()), ("entity_id", pa.string()), ("name", pa.string()),
                            ("mentions", _MENTIONS)]),
    "dates": pa.schema([("doc_id", pa.string()), ("text", pa.string()), ("start", pa.string()), ("end", pa.string()),
                        ("start_char", pa.int64()), ("end_char", pa.int64()), ("rule", pa.string())]),
    "agreements": pa.schema([("doc_id", pa.string()), ("kind", pa.string()), ("text", pa.string()),
                             ("parties", pa.list_(pa.string())), ("signatories", pa.list_(pa.string())),
                             ("date", pa.string()), ("signed", pa.bool_()), ("start_char", pa.int64()),
                             ("end_char", pa.int64())]),
    "contacts": pa.schema([("doc_id", pa.string()), ("person", pa.string()), ("organization", pa.string()),
                           ("phones", pa.list_(pa.string())), ("emails", pa.list_(pa.string())),
                           ("urls", pa.list_(pa.string()))]),
}


def _conform(rows: list[dict[str, Any]], schema: pa.Schema, keep_extra: bool = True) -> pa.Table:
    """Rows -> table with ``schema``; extra fields that stages add are kept as extra columns."""
    names = list(schema.names)
    extra = sorted({k for r in rows for k in r} - set(names)) if keep_extra else []
    columns = {n: [r.get(n) for r in rows] for n in names + extra}
    arrays, fields = [], []
    for n in names:
        arrays.append(pa.array(columns[n], type=schema.field(n).type))
        fields.append(schema.field(n))
    for n in extra:
        try:
            arr = pa.array(columns[n])
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arr = pa.array([json.dumps(v, ensure_ascii=False) for v in columns[n]])
        arrays.append(arr)
        fields.append(pa.field(n, arr.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


INDEX_SCHEMA = pa.schema([("entity_id", pa.string()), ("type", pa.string()), ("name", pa.string()),
                          ("documents", pa.int64()), ("first_seen", pa.string()), ("last_seen", pa.string())])


def write_tables(records_path: Path, out_dir: Path, row_group_docs: int = ROW_GROUP_DOCS) -> dict[str, int]:
    """Stream records.jsonl into the eight Parquet tables and entities_index.parquet; returns row counts."""
    index = EntityIndex()
    tmp = {t: out_dir / f".{t}.parquet.tmp" for t in TABLES}
    writers: dict[str, pq.ParquetWriter] = {}
    counts = dict.fromkeys(TABLES, 0)
    buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}

    def flush() -> None:
        for t in TABLES:
            rows = buffers[t]
            if not rows:
                continue
            if t not in writers:
                table = _conform(rows, SCHEMAS[t])
                writers[t] = pq.ParquetWriter(tmp[t], table.schema)
            else:
                # Later row groups follow the first one's columns.
                table = _conform(rows, writers[t].schema, keep_extra=False)
            writers[t].write_table(table)
            counts[t] += len(rows)
            buffers[t] = []

    try:
        pending = 0
        for record in iter_jsonl(records_path):
            index.add(record)
            for t, rows in table_rows(record).items():
                buffers[t].extend(rows)
            pending += 1
            if pending >= row_group_docs:
                flush()
                pending = 0
        flush()
        for t in TABLES:
            if t not in writers:
                writers[t] = pq.ParquetWriter(tmp[t], SCHEMAS[t])
                writers[t].write_table(SCHEMAS[t].empty_table())
        for w in writers.values():
            w.close()
        for t in TABLES:
            os.replace(tmp[t], out_dir / f"{t}.parquet")
        index_tmp = out_dir / ".entities_index.parquet.tmp"
        counts["entities_index"] = 0
        with pq.ParquetWriter(index_tmp, INDEX_SCHEMA) as writer:
            for rows in index.iter_rows():
                writer.write_table(pa.Table.from_pylist(rows, schema=INDEX_SCHEMA))
                counts["entities_index"] += len(rows)
        os.replace(index_tmp, out_dir / "entities_index.parquet")
    finally:
        index.close()
        for t in TABLES:
            if tmp[t].exists():
                tmp[t].unlink()
    return counts


def write_json_atomic(path: Path, obj: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
