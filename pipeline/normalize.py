"""Base forms (nominative) of multi-word names: organisations, people and places.

The public API (used by the organizations, people, locations and entities stages):

- ``org_base(span) -> str``      "Podlaskiej Fundacji Rozwoju Regionalnego" -> "Podlaska Fundacja Rozwoju Regionalnego"
- ``person_base(span) -> str``   "Kamila Pendowskiego" -> "Kamil Pendowski"
- ``place_base(span) -> str``    "Białymstoku" -> "Białystok"
- ``base_form(span, label) -> str`` dispatches on an NKJP label (persName, orgName, geogName, placeName).

``span`` is a spaCy ``Span`` (tokens carry ``token._.analyses`` from Morfeusz).
"""

from __future__ import annotations

from spacy.tokens import Span

from . import morphology  # noqa: F401  (registers token._.analyses)


def org_base(span: Span) -> str:
    return span.text


def person_base(span: Span) -> str:
    return span.text


def place_base(span: Span) -> str:
    return span.text


def base_form(span: Span, label: str) -> str:
    if label == "persName":
        return person_base(span)
    if label == "orgName":
        return org_base(span)
    if label in ("geogName", "placeName"):
        return place_base(span)
    return span.text
