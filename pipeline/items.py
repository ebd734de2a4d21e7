"""The items each stage puts on the ``Doc``, and the ``Doc`` extensions that hold them.

Stages talk to each other only through these attributes: ``doc._.dates`` is written by the dates
stage and read by the agreements stage, and so on. Field names follow ``docs/records.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from spacy.tokens import Doc


@dataclass(slots=True)
class Mention:
    text: str
    start_char: int
    end_char: int


@dataclass(slots=True)
class DateItem:
    text: str
    start: str  # ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY or XXXX-MM-DD
    end: str
    start_char: int
    end_char: int
    rule: str = ""  # the name of the grammar rule that matched, for debugging and tests


@dataclass(slots=True)
class Entity:
    text: str
    label: str  # NKJP: persName, orgName, geogName, placeName, date, time
    start_char: int
    end_char: int
    lemma: str


@dataclass(slots=True)
class Organization:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Location:
    name: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    name: str
    roles: list[str] = field(default_factory=list)
    organization: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Agreement:
    kind: str
    text: str
    parties: list[str]
    signatories: list[str]
    date: str | None
    signed: bool
    start_char: int
    end_char: int


@dataclass(slots=True)
class Contact:
    person: str | None
    organization: str | None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: spaCy joins every token on each access (~2 ms a release)."""
    text = doc.user_data.get("komunikat_text")
    if text is None:
        text = doc.user_data["komunikat_text"] = doc.text
    return text


def source_text(doc: Doc) -> str:
    """The text exactly as read. The stages read a copy with plain spacing
    (:func:`pipeline.typography.plain_text`); records quote and point into this one."""
    plain = doc.user_data.get("komunikat_plain")
    return plain.source if plain is not None else doc_text(doc)


def to_dict(item) -> dict:
    """``dataclasses.asdict`` without its deep copies of strings and numbers, which cost as much as
    the rest of a record."""
    return {name: _plain(getattr(item, name)) for name in _field_names(type(item))}


def _plain(value: Any) -> Any:
    if hasattr(type(value), "__dataclass_fields__"):
        return to_dict(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value  # str, int, bool, None: immutable, nothing to copy


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


# name -> default; every stage's output is a Doc attribute of this name.
EXTENSIONS: dict[str, object] = {
    "title": None,
    "published": None,  # ISO date string
    "meta": None,  # dict of caller-supplied facts (e.g. a CMS export's date), see pipeline.extract
    "dates": None,
    "entities": None,
    "organizations": None,
    "locations": None,
    "people": None,
    "agreements": None,
    "contacts": None,
}

for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
