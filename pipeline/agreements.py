"""Agreements: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_agreements(doc: Doc) -> list:
    return []


@Language.component("komunikat_agreements")
def agreements_component(doc: Doc) -> Doc:
    doc._.agreements = extract_agreements(doc)
    return doc
