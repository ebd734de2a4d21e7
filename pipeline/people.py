"""People: (to be written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def extract_people(doc: Doc) -> list:
    return []


@Language.component("komunikat_people")
def people_component(doc: Doc) -> Doc:
    doc._.people = extract_people(doc)
    return doc
