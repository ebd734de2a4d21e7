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
import unicodedata

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
    """Accumulates the archive-wide table of entities: canonical name, type, documents, first/last date."""

    def __init__(self) -> None:
        self.rows: dict[str, dict] = {}

    def add(self, record: dict) -> None:
        when = document_date(record)
        for kind in KINDS:
            for item in record.get(kind) or []:
                eid = item.get("entity_id") or entity_id(kind, item["name"])
                row = self.rows.get(eid)
                if row is None:
                    row = self.rows[eid] = {"entity_id": eid, "type": kind, "name": item["name"],
                                            "documents": 0, "first_seen": None, "last_seen": None,
                                            "_last_doc": None}
                if row["_last_doc"] != record["doc_id"]:
                    row["documents"] += 1
                    row["_last_doc"] = record["doc_id"]
                if when:
                    row["first_seen"] = min(filter(None, [row["first_seen"], when]))
                    row["last_seen"] = max(filter(None, [row["last_seen"], when]))

    def table_rows(self) -> list[dict]:
        return [{k: v for k, v in row.items() if not k.startswith("_")}
                for row in sorted(self.rows.values(), key=lambda r: (r["type"], r["name"], r["entity_id"]))]
