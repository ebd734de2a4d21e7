"""Typography: the copy of a text that the stages read, and the way back to the text as read.

Press releases come with typography that means nothing but breaks token-level rules: spaCy keeps
every space except a single " " as a token of its own, a line break ends a sentence, and Morfeusz
reads only whole words of composed letters. Such typography is:

* typographic spaces: Polish typesetting glues one-letter words to the next with a no-break space
  ("w\\u00a0Warszawie", "sp.\\u00a0z\\u00a0o.o.");
* runs of spaces ("Beata Jóźwiak  Wicestarosta", "na  realizację");
* hard-wrapped lines: plain-text mail, wire copy and text taken from PDF break every line at a
  fixed width, so names and sentences run over line breaks ("prezes\\nJan Kowalski"), and words
  are hyphenated over them ("Wojewódz-\\nkiego");
* invisible characters: soft hyphens and zero-width spaces cut the words they sit in;
* decomposed letters ("o" and a combining acute for "ó");
* line ends written "\\r\\n" (Windows) or "\\r" (old Mac): rules look for "\\n" and "\\n\\n";
* HTML character references that CMS exports leave in the text ("&quot;", "&nbsp;").

:func:`plain_text` gives the copy: every typographic space a " ", every run of spaces one " ", in a
hard-wrapped text every wrapped line break a " " (a word hyphenated over it joined), no invisible
character, letters composed (NFC), every line end a "\\n", and character references as the
characters they stand for. It also gives, for each character of the copy, where it comes from in
the text as read, so that records quote and point into the original exactly (``docs/records.md``).
Quotation marks stay as typed: names keep them.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from . import morphology

# No-break, en, em, thin, narrow no-break and the other fixed-width spaces.
_TYPOGRAPHIC_SPACE = re.compile("[\u00a0\u2002-\u200a\u202f]")
_SPACE_RUN = re.compile(r" {2,}")
# HTML character references left in text exported from a CMS ("&quot;Ekoterm&quot;", "w&nbsp;Łodzi").
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CR = re.compile(r"\r\n?")  # Windows and old Mac line ends
# Soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks: invisible, and
# inside a word they would cut it ("Urzędu Wojewódz\u00adkiego").
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
# A letter with combining marks: texts in decomposed Unicode (NFD) write "ó" as "o" + U+0301, which
# neither the tokenizer nor Morfeusz reads as "ó".
_DECOMPOSED = re.compile("[^\u0300-\u036f][\u0300-\u036f]+")
_COMBINING = re.compile("[\u0300-\u036f]")
_LINE = re.compile(r"[^\n]*(?:\n|$)")  # (line ends are "\n" by the time lines are read)

# A text is hard-wrapped when nearly no line is longer than this, and when many of its lines were
# clearly broken for width: see _wrapped_breaks.
_MAX_WRAP_WIDTH = 100
_MIN_WRAPPED_LINES = 4
_MIN_WRAPPED_SHARE = 0.4


@dataclass(frozen=True, slots=True)
class _Layer:
    """One rewrite of a text: the pieces replaced, as (new start, new end, old start, old end), in
    order. Outside the pieces the new text equals the old one, shifted. Kept sparse, so a 20 MB
    release costs memory by its rewrites, not by its characters."""

    pieces: tuple[tuple[int, int, int, int], ...]
    new_starts: tuple[int, ...]
    old_starts: tuple[int, ...]

    def old_char(self, i: int) -> tuple[int, int]:
        """The old (start, end) that the new character ``i`` comes from (a replacement comes from its
        whole piece; ``i`` may be the end of the text)."""
        k = bisect.bisect_right(self.new_starts, i) - 1
        if k < 0:
            return i, i + 1
        new_start, new_end, old_start, old_end = self.pieces[k]
        if i < new_end:
            return old_start, old_end
        return old_end + i - new_end, old_end + i - new_end + 1

    def new_bound(self, j: int, is_end: bool) -> int:
        """The new offset of the old offset ``j``, a span's start or end; a bound inside a piece goes
        to the piece's start (an end drops the part of a piece it cuts)."""
        find = bisect.bisect_left if is_end else bisect.bisect_right
        k = find(self.old_starts, j) - 1  # the last piece that starts before ``j`` (or at it, for a start)
        if k < 0:
            return j
        new_start, new_end, _old_start, old_end = self.pieces[k]
        return new_start if j < old_end else new_end + j - old_end


@dataclass(frozen=True, slots=True)
class PlainText:
    text: str
    source: str  # the text as read
    layers: tuple[_Layer, ...] = ()  # the rewrites from ``source`` to ``text``, in order

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the copy's ``[start, end)``."""
        if not self.layers:
            return start, end
        first = start
        for layer in reversed(self.layers):
            first = layer.old_char(first)[0]
        if end <= start:
            return first, first
        last = end - 1
        for layer in reversed(self.layers[1:]):
            last = layer.old_char(last)[1] - 1
        return first, self.layers[0].old_char(last)[1]

    def copy_span(self, start: int, end: int) -> tuple[int, int]:
        """The copy's offsets of the original ``[start, end)`` (the inverse of :meth:`source_span`;
        a span may lose a rewritten piece at its edge)."""
        for layer in self.layers:
            start, end = layer.new_bound(start, False), layer.new_bound(end, True)
        return start, max(start, end)


def plain_text(text: str) -> PlainText:
    """The copy of ``text`` the stages read (see the module's docstring)."""
    layers: list[_Layer] = []
    plain = text
    if "&" in plain:
        plain = _rewrite(plain, _CHARACTER_REFERENCE, html.unescape, layers)
    if _COMBINING.search(plain):  # (a scan for one class of characters is several times faster)
        plain = _rewrite(plain, _DECOMPOSED, lambda s: unicodedata.normalize("NFC", s), layers)
    plain = _rewrite(plain, _INVISIBLE, lambda _s: "", layers)
    plain = _TYPOGRAPHIC_SPACE.sub(" ", plain)
    if "\r" in plain:
        plain = _rewrite(plain, _CR, lambda _s: "\n", layers)
    plain = _replace(plain, _unwrapping(plain), layers)
    plain = _rewrite(plain, _SPACE_RUN, lambda _s: " ", layers)
    return PlainText(plain, text, tuple(layers))


def _rewrite(text: str, pattern: re.Pattern, replace: Callable[[str], str], layers: list[_Layer]) -> str:
    """``text`` with each match of ``pattern`` replaced: see :func:`_replace`."""
    return _replace(text, [(m.start(), m.end(), replace(m.group())) for m in pattern.finditer(text)], layers)


def _replace(text: str, spans: list[tuple[int, int, str]], layers: list[_Layer]) -> str:
    """``text`` with each (start, end, new) span replaced by ``new``; the rewrite joins ``layers``
    when it changes the offsets."""
    if not spans:
        return text
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = 0
    size = 0
    for start, end, new in spans:
        out.append(text[pos:start])
        size += start - pos
        out.append(new)
        pieces.append((size, size + len(new), start, end))
        size += len(new)
        pos = end
    out.append(text[pos:])
    if any(new_end - new_start != old_end - old_start for new_start, new_end, old_start, old_end in pieces):
        layers.append(_Layer(tuple(pieces), tuple(p[0] for p in pieces), tuple(p[2] for p in pieces)))
    return "".join(out)


_HYPHENATED = re.compile(r"([^\W\d_]+)-$")
_CONTINUED = re.compile(r"^[^\W\d_]+")


def _unwrapping(text: str) -> list[tuple[int, int, str]]:
    """The replacements that undo hard wrapping: a wrapped line break becomes a space; a word
    hyphenated over it is joined ("zakr-\\nesie" -> "zakresie", "Kovác-\\nsne" -> "Kovácsne"), but
    keeps its hyphen before a capital ("Bielsko-\\nBiała"), after one letter ("e-\\nmail") and when
    the first part is a compound adjective's ("biało-\\nczerwony"; but capitalised, it is a region's
    adjective, written solid: "Wielko-\\npolskim")."""
    spans = []
    for start, end in _wrapped_breaks(text):
        before = _HYPHENATED.search(text, max(0, start - 40), start)
        after = _CONTINUED.match(text[end:end + 40])
        if before is None or after is None:
            spans.append((start, end, " "))
            continue
        left, right = before.group(1), after.group()
        if right[:1].islower() and len(left) > 1 and not (left[:1].islower() and _compound_start(left, right)):
            spans.append((start - 1, end, ""))  # the hyphen and the break
        else:
            spans.append((start, end, ""))
    return spans


def _compound_start(left: str, right: str) -> bool:
    """Morfeusz reads ``left`` as the first part of a hyphenated compound adjective ("biało-czerwone",
    "polsko-niemiecki")."""
    return any(start == 0 and a.pos == "adja" for start, _end, a in morphology.segments(f"{left}-{right}"))


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line break that hard wrapping made, or none if ``text`` is not
    hard-wrapped.

    A break is a wrap when the next line's first word would not have fitted on the line: the line,
    a space and that word are longer than the text's usual full line (its 90th percentile; see
    :func:`_wraps` for text taken from PDF). Headings, list items and contact lines are short, so
    their breaks stay. A text counts as wrapped only when 95% of its lines are no longer than
    ``_MAX_WRAP_WIDTH`` and enough breaks are wraps, or two words are hyphenated over breaks (which a
    text not wrapped never has); releases written with one line a paragraph have far longer lines.
    """
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    if len(lines) < _MIN_WRAPPED_LINES + 1:
        return []
    bodies = [(start, raw.rstrip("\n")) for start, raw in lines]
    lengths = sorted(len(body.rstrip()) for _s, body in bodies)
    if lengths[len(lengths) * 19 // 20] > _MAX_WRAP_WIDTH:  # (a URL or a table row may run longer)
        return []
    width = lengths[len(lengths) * 9 // 10]  # the usual full line
    breaks = []
    candidates = 0
    for (start, body), (_next_start, next_body) in zip(bodies, bodies[1:], strict=False):
        line, following = body.rstrip(), next_body.strip()
        if not line or not following:
            continue  # a blank line parts paragraphs
        candidates += 1
        if _wraps(line, following, width):
            breaks.append((start + len(line), start + len(body) + 1))  # up to and with its "\n"
    hyphenated = sum(1 for start, end in breaks if text[start - 1:start] == "-" and text[end:end + 1].islower())
    if hyphenated < 2 and (len(breaks) < _MIN_WRAPPED_LINES or len(breaks) < _MIN_WRAPPED_SHARE * candidates):
        return []
    return breaks


def _wraps(line: str, following: str, width: int) -> bool:
    """Whether the break between ``line`` and ``following`` (both stripped) is a wrap: the next word
    would not have fitted; or, as proportional fonts make lines of text taken from PDF uneven, a long
    line with no final punctuation goes on with a word, or a word is hyphenated over the break."""
    if len(line) + 1 + len(following.split()[0]) > width:
        return True
    if not following[:1].isalpha():
        return False
    if line[-1:] == "-" and line[-2:-1].isalpha():
        return len(line) >= width // 2
    return len(line) >= 0.75 * width and line[-1:] not in ".:;!?"
