"""Entities: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_entities(doc: Doc) -> list:
    return []


@Language.component("komunikat_entities")
def entities_component(doc: Doc) -> Doc:
    doc._.entities = extract_entities(doc)
    return doc
