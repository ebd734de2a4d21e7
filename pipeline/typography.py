"""Typography: the copy of a text that the stages read, and the way back to the text as read.

Press releases come with typography that means nothing but breaks token-level rules. Spacing,
because spaCy keeps every space except a single " " as a token of its own, and a line break ends a
sentence:

* typographic spaces: Polish typesetting glues one-letter words to the next with a no-break space
  ("w\\u00a0Warszawie", "sp.\\u00a0z\\u00a0o.o.");
* runs of spaces ("Beata Jóźwiak  Wicestarosta", "na  realizację");
* hard-wrapped lines: plain-text mail and wire copy break every line at a fixed width, so names
  and sentences run over line breaks ("prezes\\nJan Kowalski");
* invisible characters: soft hyphens and zero-width spaces cut the words they sit in.

And straight double quotes: the rules read Polish quotation marks („Dębowy Dwór”), which tell an
opening mark from a closing one, while many releases type '"' for both.

:func:`plain_text` gives the copy: every typographic space a " ", every run of spaces one " ", in a
hard-wrapped text every wrapped line break a " ", no invisible character, and every straight double
quote the Polish opening or closing mark its place shows. It also gives, for each character of the
copy, its offset in the text as read, so that records quote and point into the original exactly
(``docs/records.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# No-break, en, em, thin, narrow no-break and the other fixed-width spaces.
_TYPOGRAPHIC_SPACES = str.maketrans({c: " " for c in
                                     "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"})
_SPACE_RUN = re.compile(r" {2,}")
# Soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks: invisible, and
# inside a word they would cut it ("Urzędu Wojewódz\u00adkiego").
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")

# A text is hard-wrapped when no line is longer than this, and when many of its lines were clearly
# broken for width: see _wrapped_breaks.
_MAX_WRAP_WIDTH = 100
_MIN_WRAPPED_LINES = 4
_MIN_WRAPPED_SHARE = 0.4


@dataclass(frozen=True, slots=True)
class PlainText:
    text: str
    # origin[i]: the offset in the text as read of the copy's character i (one entry more, for the
    # end). None when the copy has the same offsets as the original.
    origin: tuple[int, ...] | None = None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the copy's ``[start, end)``."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def plain_text(text: str) -> PlainText:
    """The copy of ``text`` the stages read (see the module's docstring)."""
    plain, dropped = _squeeze(text, _INVISIBLE, keep=0)
    plain = _curl_quotes(_unwrap(plain.translate(_TYPOGRAPHIC_SPACES)))
    plain, collapsed = _squeeze(plain, _SPACE_RUN, keep=1)
    if dropped is None:
        return PlainText(plain, collapsed)
    if collapsed is None:
        return PlainText(plain, dropped)
    return PlainText(plain, tuple(dropped[i] for i in collapsed))


def _squeeze(text: str, pattern: re.Pattern, keep: int) -> tuple[str, tuple[int, ...] | None]:
    """``text`` with each match of ``pattern`` cut to its first ``keep`` characters, and the offset
    in ``text`` of each character of the result (None when nothing matched)."""
    if not pattern.search(text):
        return text, None
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos:m.start() + keep])
        origin.extend(range(pos, m.start() + keep))
        pos = m.end()
    out.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(out), tuple(origin)


# A straight quote opens after a space, a line start or an opening bracket and before a word; any
# other closes ('"Dębowy Dwór"', 'spółka "Ekoterm".').
_OPENING_STRAIGHT = re.compile(r'(?:(?<=^)|(?<=[\s(\[/–—-]))"(?=[^\s"])', re.MULTILINE)


def _curl_quotes(text: str) -> str:
    """``text`` with its straight double quotes as „ and ” (the same length)."""
    if '"' not in text:
        return text
    return _OPENING_STRAIGHT.sub("„", text).replace('"', "”")


def _unwrap(text: str) -> str:
    """``text`` with the line breaks of hard wrapping made spaces (the same length)."""
    breaks = _wrapped_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for start, end in breaks:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line break that hard wrapping made, or none if ``text`` is not
    hard-wrapped.

    A break is a wrap when the next line's first word would not have fitted on the line: the line,
    a space and that word are longer than the text's longest line. Headings, list items and contact
    lines are short, so their breaks stay. A text counts as wrapped only when no line is longer than
    ``_MAX_WRAP_WIDTH`` and enough breaks are wraps; releases written with one line a paragraph have
    far longer lines.
    """
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group()]
    if len(lines) < _MIN_WRAPPED_LINES + 1:
        return []
    bodies = [(start, raw.rstrip("\r\n")) for start, raw in lines]
    width = max(len(body.rstrip()) for _s, body in bodies)
    if width > _MAX_WRAP_WIDTH:
        return []
    breaks = []
    candidates = 0
    for (start, body), (_next_start, next_body) in zip(bodies, bodies[1:], strict=False):
        line, following = body.rstrip(), next_body.strip()
        if not line or not following:
            continue  # a blank line parts paragraphs
        candidates += 1
        if len(line) + 1 + len(following.split()[0]) > width:
            breaks.append((start + len(line), start + len(body) + _eol_length(text, start + len(body))))
    if len(breaks) < _MIN_WRAPPED_LINES or len(breaks) < _MIN_WRAPPED_SHARE * candidates:
        return []
    return breaks


def _eol_length(text: str, at: int) -> int:
    return 2 if text.startswith("\r\n", at) else 1
