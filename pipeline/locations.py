"""Locations: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_locations(doc: Doc) -> list:
    return []


@Language.component("komunikat_locations")
def locations_component(doc: Doc) -> Doc:
    doc._.locations = extract_locations(doc)
    return doc
