"""Layout: sentence boundaries and the title.

Press releases mix prose with headline lines and contact blocks that carry no final period, so a
line break is a sentence boundary as much as a full stop is. Abbreviations keep their period inside
the token (see :mod:`pipeline.tokenizer`), so "m.in." or "tel." never end a sentence here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_MAX_TITLE = 250


def set_sentences(doc: Doc) -> None:
    if not len(doc):
        return
    doc[0].is_sent_start = True
    for i in range(1, len(doc)):
        prev, tok = doc[i - 1], doc[i]
        if tok.is_space:
            tok.is_sent_start = False
            continue
        starts = False
        if prev.is_space and "\n" in prev.text:
            starts = True
        elif "\n" in prev.whitespace_:
            starts = True
        elif prev.text in _ENDERS and (tok.is_title or tok.is_upper or tok.is_digit or tok.is_quote or tok.is_punct):
            starts = True
        tok.is_sent_start = starts


def find_title(text: str) -> str | None:
    """The first non-empty line, when it is short enough to be a headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _MAX_TITLE else None
    return None


@Language.component("komunikat_layout")
def layout_component(doc: Doc) -> Doc:
    set_sentences(doc)
    doc._.title = find_title(doc.text)
    return doc
