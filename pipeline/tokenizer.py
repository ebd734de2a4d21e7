"""A spaCy tokenizer for Polish press text.

``spacy.blank("pl")`` splits "4.12.2017" into five tokens, "tel." into two and "sp. z o.o." into
four. Press releases are full of these, so this tokenizer keeps them whole:

* abbreviations from ``resources/abbreviations.txt`` keep their period (special cases);
* dates, times, postcodes, e-mails, URLs and numbers stay one token (``token_match``);
* "2017r." splits into "2017" + "r." (a suffix rule);
* multi-word units ("sp. z o.o.", phone numbers written with spaces) are merged into one token.

The same tokenizer is used at run time and to tokenise the NER training data, so the model sees
the tokens it will meet. It is registered as ``komunikat.press_tokenizer.v1`` for spaCy configs.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .resources import word_list

# Whole-chunk patterns that must never be split.
_TOKEN_MATCH = re.compile(
    r"""^(?:
        \d{1,2}\.\d{1,2}\.\d{2,4}            # 4.12.2017
      | \d{4}-\d{1,2}-\d{1,2}                # 2017-12-04
      | \d{1,2}/\d{1,2}/\d{4}                # 04/12/2017
      | \d{1,2}[:.]\d{2}(?::\d{2})?(?=$)     # 12:00, 9.30
      | \d{2}-\d{3}                          # 15-427 (postcode)
      | [IVXLC]+\.                           # roman numeral with period (XII.)
      | \d+(?:[.,]\d+)+                      # 1.000.000 / 3,5
      | \+?\d+(?:-\d+){2,}                   # 600-100-200 (phone with dashes)
      | [\w.+'-]+@[\w-]+(?:\.[\w-]+)+        # e-mail
    )$""",
    re.VERBOSE,
)

_URL_MATCH = re.compile(
    r"^(?:(?:https?|ftp)://|www\.)[^\s<>\"”“]+?(?=[.,;:!?)\]]*$)|^[\w-]+(?:\.[\w-]+)*\.(?:pl|com|eu|org|net|gov|edu|info|biz)(?:/[^\s<>\"]*)?(?=[.,;:!?)\]]*$)",
    re.IGNORECASE,
)

# Multi-word units merged after tokenisation. Each is (name, pattern).
_PHONE = (
    r"(?<![\d\w])(?:\+\s?48\s?|0048\s?)?(?:\(\d{2,3}\)\s?)?\d{2,3}(?:[ -]\d{2,3}){2,3}(?![\d\w])"
)
_MERGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("legal_form", re.compile(r"(?<!\w)(?:[Ss]p\.\s?z\s?o\.\s?o\.|[Ss]p\.\s?[jkp]\.|[Ss]p\.\s?k\.\s?a\.)")),
    ("legal_form", re.compile(r"(?<!\w)S\.\s?A\.")),
    # "P.S.A." (prosta spółka akcyjna), "S.K.A.", the Czech and Slovak "a.s.", "Co., Ltd."
    ("legal_form", re.compile(r"(?<![\w.])(?:P\.\s?S\.\s?A\.|S\.\s?K\.\s?A\.|a\.\s?s\.(?!\w)|Co\.,\s?Ltd\.)")),
    ("phone", re.compile(_PHONE)),
)
# A digit run is only a phone number when it has 9 digits (or 11 with the country code) and is
# not followed by a unit (amounts such as "100 000 000 zł" share the shape).
_NOT_PHONE_AFTER = re.compile(r"\s*(?:zł|złotych|euro|eur|pln|osób|mln|tys|km|m2|ha|proc|%)", re.IGNORECASE)


def _abbreviation_cases() -> dict[str, list[dict[str, str]]]:
    cases: dict[str, list[dict[str, str]]] = {}
    for abbr in word_list("abbreviations.txt"):
        for form in {abbr, abbr[:1].upper() + abbr[1:], abbr.upper()}:
            cases[form] = [{"ORTH": form}]
    return cases


def create_tokenizer(nlp: Language) -> Tokenizer:
    defaults = nlp.Defaults
    # "2017r." -> "2017" "r."; "(22)" keeps splitting as before.
    suffixes = [r"(?<=\d)r\.", r"(?<=\d)r(?=\.?$)", *defaults.suffixes]
    prefixes = list(defaults.prefixes)
    # Hyphens inside words ("Eko-Energetyczny", "Polska-Białoruś") stay inside the word: press names
    # are hyphenated far more often than they use a hyphen as a dash.
    infixes = [i for i in defaults.infixes if i not in ("-", "--")]
    rules = dict(defaults.tokenizer_exceptions)
    rules.update(_abbreviation_cases())
    return PressTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=_TOKEN_MATCH.match,
        url_match=_URL_MATCH.match,
    )


class PressTokenizer(Tokenizer):
    """spaCy's rule tokenizer plus a pass that merges multi-word units."""

    def __call__(self, text: str) -> Doc:  # type: ignore[override]
        doc = super().__call__(text)
        spans = merge_spans(doc, text)
        if spans:
            with doc.retokenize() as retok:
                for span in spans:
                    retok.merge(span)
        # The tokens join back to ``text`` (spaCy's tokenizer loses no character, merging neither):
        # keep it for ``items.doc_text`` instead of joining every token again.
        doc.user_data["komunikat_text"] = text
        return doc

    def pipe(self, texts, batch_size=1000):  # type: ignore[override]
        for text in texts:
            yield self(text)

    # Keep spaCy's (de)serialisation working: the merge pass needs no state of its own.
    def __reduce__(self):
        return (_rebuild, (self.vocab,))


def _rebuild(vocab):
    nlp = spacy.blank("pl", vocab=vocab)
    return create_tokenizer(nlp)


def merge_spans(doc: Doc, text: str) -> list:
    """The spans of ``doc`` (whose text is ``text``) that the press tokenizer makes one token."""
    taken: list[tuple[int, int]] = []
    spans = []
    for name, pattern in _MERGES:
        for m in pattern.finditer(text):
            start, end = m.span()
            if name == "phone":
                digits = re.sub(r"\D", "", m.group())
                if len(digits) not in (9, 11) or _NOT_PHONE_AFTER.match(text, end):
                    continue
            if any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is None or len(span) < 2:
                continue
            taken.append((start, end))
            spans.append(span)
    return spans


@spacy.registry.tokenizers("komunikat.press_tokenizer.v1")
def press_tokenizer():
    return create_tokenizer


def blank() -> Language:
    """``spacy.blank("pl")`` with the press tokenizer and sentence rules."""
    nlp = spacy.blank("pl")
    nlp.tokenizer = create_tokenizer(nlp)
    return nlp
