"""Organizations: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_organizations(doc: Doc) -> list:
    return []


@Language.component("komunikat_organizations")
def organizations_component(doc: Doc) -> Doc:
    doc._.organizations = extract_organizations(doc)
    return doc
