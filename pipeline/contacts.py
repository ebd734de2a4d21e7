"""Contacts: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_contacts(doc: Doc) -> list:
    return []


@Language.component("komunikat_contacts")
def contacts_component(doc: Doc) -> Doc:
    doc._.contacts = extract_contacts(doc)
    return doc
