"""Dates: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_dates(doc: Doc) -> list:
    return []


@Language.component("komunikat_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.dates = extract_dates(doc)
    return doc
