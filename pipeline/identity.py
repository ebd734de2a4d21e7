"""Archive-wide identity: a stable ``entity_id`` for people, organisations and places.

The id depends only on the entity type and its canonical name, so the same organisation gets the
same id in every document and every run, and an analyst can group a whole archive by it. The
canonical form is the comparison form of ``docs/records.md`` (case, quotes, dashes, legal-form
spelling and spacing do not matter); for people the order of the words does not matter either
("Kowalski Jan" is "Jan Kowalski") and titles are dropped.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

_QUOTES = re.compile("[„”\"«»‚‘’'“]")
_DASHES = re.compile("[‐‑‒–—―−-]")
_SPZOO = re.compile(r"\bsp\.?\s*z\s*o\.?\s*o\.?", re.IGNORECASE)
_SA = re.compile(r"\bs\.\s*a\.?(?=\s|$)", re.IGNORECASE)
TITLES = frozenset({"dr", "prof", "hab", "inż", "pan", "pani", "mgr", "lek"})

KINDS = {"people": "per", "organizations": "org", "locations": "loc"}


def canonical(s: str | None) -> str:
    """The comparison form of a name: NFKC, lower case, quotes removed, dashes and legal forms unified."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).lower()
    s = _QUOTES.sub("", s)
    s = _DASHES.sub("-", s)
    s = _SPZOO.sub("sp. z o.o.", s)
    s = _SA.sub("s.a.", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(".,;: ")


def person_words(name: str | None) -> frozenset[str]:
    """A person's name as a set of words, titles dropped: word order does not matter."""
    words = (w.strip(".,;:") for w in canonical(name).split())
    return frozenset(w for w in words if w and w not in TITLES)


def entity_id(kind: str, name: str) -> str:
    """``per_…``, ``org_…`` or ``loc_…`` followed by 16 hex digits, stable across documents and runs."""
    prefix = KINDS.get(kind, kind[:3])
    key = " ".join(sorted(person_words(name))) if prefix == "per" else canonical(name)
    return f"{prefix}_{hashlib.sha1(f'{prefix}:{key}'.encode()).hexdigest()[:16]}"


def document_date(record: dict) -> str | None:
    """The date a document speaks from: its published date, else its earliest full date."""
    if record.get("published"):
        return record["published"]
    days = sorted(d["start"] for d in record.get("dates") or []
                  if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("start") or ""))
    return days[0] if days else None


class EntityIndex:
    """Accumulates the archive-wide table of entities: canonical name, type, documents, first/last date.

    The table lives in a temporary SQLite file, not in memory: an archive of a million releases
    holds millions of distinct names, and the main process must not grow with the archive. A row
    keeps the name it was first seen with.
    """

    # Two plain statements rather than an UPSERT, which needs SQLite 3.24 or later.
    _INSERT = "INSERT OR IGNORE INTO entities VALUES (?, ?, ?, 0, NULL, NULL, NULL)"
    _UPDATE = """
        UPDATE entities SET
            documents = documents + (last_doc IS NOT :doc),
            last_doc = :doc,
            first_seen = min(coalesce(first_seen, :when), coalesce(:when, first_seen)),
            last_seen = max(coalesce(last_seen, :when), coalesce(:when, last_seen))
        WHERE entity_id = :id
    """

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="komunikat-index-")
        self._db = sqlite3.connect(Path(self._dir.name) / "index.sqlite")
        self._db.executescript("""
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE entities (entity_id TEXT PRIMARY KEY, type TEXT, name TEXT, documents INTEGER,
                                   first_seen TEXT, last_seen TEXT, last_doc TEXT);
        """)

    def add(self, record: dict) -> None:
        when = document_date(record)
        rows = [(item.get("entity_id") or entity_id(kind, item["name"]), kind, item["name"])
                for kind in KINDS for item in record.get(kind) or []]
        self._db.executemany(self._INSERT, rows)
        self._db.executemany(self._UPDATE, [{"id": eid, "doc": record["doc_id"], "when": when} for eid, _k, _n in rows])

    def iter_rows(self, batch: int = 5_000) -> Iterator[list[dict]]:
        """The rows in batches, ordered by type, name and id (SQLite compares UTF-8 bytes, which
        orders as Python compares the strings). A batch becomes one row group of the table: 50,000
        rows as Python dicts and their Arrow copy took about 90 MB of the main process at the end
        of a 100k-document run, 5,000 take a tenth of that."""
        cur = self._db.execute("SELECT entity_id, type, name, documents, first_seen, last_seen FROM entities "
                               "ORDER BY type, name, entity_id")
        cols = [c[0] for c in cur.description]
        while chunk := cur.fetchmany(batch):
            yield [dict(zip(cols, row, strict=True)) for row in chunk]

    def table_rows(self) -> list[dict]:
        return [row for chunk in self.iter_rows() for row in chunk]

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()
