"""Layout: sentence boundaries and the title.

Press releases mix prose with headline lines and contact blocks that carry no final period, so a
line break is a sentence boundary as much as a full stop is. Abbreviations keep their period inside
the token (see :mod:`pipeline.tokenizer`), so "m.in." or "tel." never end a sentence here. A few do
end one when a capitalised common word follows (:func:`_opens_sentence`): "br.", "itd." and the
legal forms ("Wodociągi sp. z o.o. Dokument podpisano...").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .items import doc_text
from .morphology import FIRST_NAME, SURNAME, analyse
from .resources import word_list

_ROMAN_WITH_PERIOD = re.compile(r"^[IVXLC]+\.$")
_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_MAX_TITLE = 250


def set_sentences(doc: Doc) -> None:
    """Mark sentence starts in one array write (setting ``token.is_sent_start`` one by one is quadratic)."""
    n = len(doc)
    if not n:
        return
    starts = numpy.zeros((n, 1), dtype="int64")
    starts[0, 0] = 1
    prev_text, prev_ws, prev_space = doc[0].text, doc[0].whitespace_, doc[0].is_space
    for i in range(1, n):
        tok = doc[i]
        if tok.is_space:
            flag = -1
        elif (prev_space and "\n" in prev_text) or "\n" in prev_ws:
            flag = 1
        elif prev_text in _ENDERS and (tok.is_title or tok.is_upper or tok.is_digit or tok.is_quote or tok.is_punct) \
                and not (prev_text == "." and _is_initial(doc, i - 2) and not _opens_sentence(tok.text)):
            flag = 1
        elif prev_text[-1:] == "." and (prev_text.lower() in _final_abbreviations() or _ROMAN_WITH_PERIOD.match(prev_text)) \
                and _opens_sentence(tok.text) and not (len(tok.text) == 1 and i + 1 < n and doc[i + 1].text == "."):
            # (A regnal number takes no period: "Jana Pawła II. W uroczystości" ends a sentence. A
            # lone capital before a period is an initial: "sp. z o.o. A. Nowak".)
            flag = 1
        else:
            flag = -1
        starts[i, 0] = flag
        prev_text, prev_ws, prev_space = tok.text, tok.whitespace_, tok.is_space
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy reads -1 back from the uint64 cast


def _is_initial(doc: Doc, i: int) -> bool:
    """A lone capital letter standing as a word ("A" of "A. Nowak"): its period ends no sentence
    unless a common word follows ("z grupy B. W finale")."""
    tok = doc[i] if i >= 0 else None
    return tok is not None and len(tok.text) == 1 and tok.text.isupper() and tok.is_alpha \
        and (i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_punct)


@lru_cache(maxsize=1)
def _final_abbreviations() -> frozenset[str]:
    forms = word_list("layout_final_abbreviations.txt") + word_list("org_legal_forms.txt")
    return frozenset(f.lower() for f in forms if f.endswith("."))


def _opens_sentence(word: str) -> bool:
    """A capitalised common word ("Dokument", "Na", "W", "Jej"): no first name or surname going on
    with the name of a signer ("Lubtech Automatyka S.A. Beata Lis-Dmowska")."""
    if not (word[:1].isupper() and (word[1:].islower() or len(word) == 1) and word.isalpha()):
        return False
    analyses = analyse(word)
    return any(a.lemma_base[:1].islower() for a in analyses) \
        and not any(FIRST_NAME in a.name_classes or SURNAME in a.name_classes for a in analyses)


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
    meta = doc._.meta or {}
    doc._.title = meta.get("title") or find_title(doc_text(doc))  # an export's own title wins
    return doc


def sentence_of(doc: Doc, i: int):
    """The sentence holding token ``i``, in O(log n): ``token.sent`` rescans the whole Doc each call."""
    starts = doc.user_data.get("komunikat.sent_starts")
    if starts is None:
        if doc.has_annotation("SENT_START"):
            starts = [s.start for s in doc.sents]
        else:
            starts = [0]
        doc.user_data["komunikat.sent_starts"] = starts
    k = bisect.bisect_right(starts, i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k]:end]
