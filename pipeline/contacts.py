"""Contacts: phone numbers, e-mail addresses and URLs, grouped into contact blocks.

A press release ends with lines such as::

    Marcin Pogorzelski
    Podlaska Fundacja Rozwoju Regionalnego
    tel. 662 493 089
    e-mail: pogorzelski@pfrr.pl

Each phone/e-mail/URL is found in the raw text (the shapes are regular, so regular expressions on
characters are more reliable than tokens). The lines around it form its *contact block*: short
header lines above it (a name, a function, an institution) and the contact lines that follow. One
``Contact`` is produced per block and owner: the person named in the block (from ``doc._.people``,
or a header line that is a first name plus surname) and the organisation (from
``doc._.organizations``, or a header line headed by an institution noun). Phones are reported as
digits without the +48 / 0048 prefix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .items import Contact, doc_text
from .morphology import FIRST_NAME, analyse, has_class
from .resources import word_list, word_set

# --- e-mail ---------------------------------------------------------------------------------
# "(at)", "[at]", "{at}", "(małpa)" and " at " in brackets are common obfuscations of "@"; "[dot]",
# "(kropka)" and "[.]" of the dot.
_AT = r"(?:@|\s?[\(\[\{]\s?(?:at|małpa|malpa)\s?[\)\]\}]\s?)"
_DOT = r"(?:\.|\s?[\(\[\{]\s?(?:dot|kropka|\.)\s?[\)\]\}]\s?)"
_EMAIL = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][\w.+-]*(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)+"  # "jan[kropka]nowak[at]..."
    rf"(?:{_AT}[\w-]+(?:{_DOT}[\w-]+)+)*",  # glued addresses: "a@x.plb@y.pl"
    re.IGNORECASE,
)
_AT_NORM = re.compile(_AT, re.IGNORECASE)
_DOT_NORM = re.compile(r"\s?[\(\[\{]\s?(?:dot|kropka|\.)\s?[\)\]\}]\s?", re.IGNORECASE)

# --- URL ------------------------------------------------------------------------------------
_URL = re.compile(r"(?<![\w@./])(?:https?://|www\.)[^\s<>\"“”„'()]+", re.IGNORECASE)

# --- phone ----------------------------------------------------------------------------------
# A maximal run of digits with the separators phone numbers use; validated afterwards (9 digits
# once the country prefix is dropped, not an amount, not a registry or bank number).
# A cue glued to the number by its period ("tel.52 349 11 25") also opens a run; an area code may
# end in a slash ("42/675 47 47").
_PHONE_RUN = re.compile(r"(?:(?<![\w@.,/-])|(?<=(?i:tel)\.)|(?<=(?i:kom)\.)|(?<=(?i:fax)\.))(?:\+|00)?[ \t\u00a0]?\(?[ \t\u00a0]?(?:\d{2}/[ \t\u00a0]?)?\d[\d \t\u00a0().-]*\d(?![\w@]|[.,]\d)")
_SPACES = "[ \t\u00a0]"


@cache
def _words_regex(name: str) -> re.Pattern[str]:
    words = sorted(word_list(name), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


@dataclass(slots=True)
class _Item:
    kind: str  # phone, email, url
    value: str
    start: int
    end: int


@dataclass(slots=True)
class _Name:
    name: str
    start: int
    end: int
    organization: str | None = None


@dataclass
class _Block:
    header_start: int  # char offset where the block's header lines begin
    items: list[_Item] = field(default_factory=list)


# --- finding items --------------------------------------------------------------------------


def split_glued_emails(address: str) -> list[str]:
    """"a@x.plb@y.pl" -> ["a@x.pl", "b@y.pl"]: split after a known TLD that runs into a new local part."""
    parts = address.split("@")
    if len(parts) <= 2:
        return [address]
    tlds = sorted(word_list("contact_tlds.txt"), key=len, reverse=True)
    out: list[str] = []
    local = parts[0]
    for middle in parts[1:-1]:
        labels = middle.split(".")
        cut = None
        for k in range(1, len(labels)):
            label = labels[k]
            tld = next((t for t in tlds if label.lower().startswith(t) and len(label) > len(t)), None)
            if tld:
                domain = ".".join(labels[:k] + [label[: len(tld)]])
                next_local = ".".join([label[len(tld):]] + labels[k + 1:])
                cut = (domain, next_local)
                break
        if cut is None:  # cannot split sensibly: keep the text whole
            return [address]
        out.append(f"{local}@{cut[0]}")
        local = cut[1]
    out.append(f"{local}@{parts[-1]}")
    return out


def _cut_glued_word(raw: str) -> str:
    """"jan@umk.plTel" -> "jan@umk.pl": a capitalised word glued to the top-level domain."""
    cut = re.search(r"\.([a-z]{2,4})[A-ZĄĆĘŁŃÓŚŹŻ]\w*$", raw)
    if cut and cut.group(1) in word_set("contact_tlds.txt"):
        return raw[: cut.end(1)]
    return raw


def find_emails(text: str) -> list[_Item]:
    items = []
    for m in _EMAIL.finditer(text):
        raw = _cut_glued_word(m.group().rstrip(".-_"))
        address = _DOT_NORM.sub(".", _AT_NORM.sub("@", raw))
        pos = m.start()
        for part in split_glued_emails(address):
            items.append(_Item("email", part.lower(), pos, m.start() + len(raw)))
    return items


def find_urls(text: str, emails: list[_Item]) -> list[_Item]:
    items = []
    for m in _URL.finditer(text):
        if any(e.start <= m.start() < e.end for e in emails):
            continue
        url = m.group().rstrip(".,;:!?")
        items.append(_Item("url", url, m.start(), m.start() + len(url)))
    return items


def phone_digits(raw: str) -> str | None:
    """Digits of a phone number without the Polish country prefix, or None when it is not 9 digits.
    A foreign number written with its own country code ("+420 491 426 111", "0049 371 3378 220")
    keeps the code: 10 to 13 digits after the "+" or "00"."""
    if raw.lstrip(" \t\u00a0(").startswith(("+", "00")):
        raw = re.sub(r"\(\s?0\s?\)", "", raw)  # "+48 (0) 71 344 21 90": the trunk zero in brackets
    d = re.sub(r"\D", "", raw)
    stripped = raw.lstrip(" \t\u00a0(")
    foreign = d[2:] if stripped.startswith("00") else d if stripped.startswith("+") else None
    if foreign is not None and not foreign.startswith("48") and 10 <= len(foreign) <= 13 and foreign[0] != "0":
        return foreign
    if stripped.startswith("+") and d.startswith("48") and len(d) == 11:
        d = d[2:]
    elif d.startswith("0048") and len(d) == 13:
        d = d[4:]
    elif d.startswith("48") and len(d) == 11 and re.match(r"\(?48\)?[ \t\u00a0-]", stripped):
        d = d[2:]
    elif d.startswith("0") and len(d) == 10:  # old trunk prefix: "(0 22) 590 76 02"
        d = d[1:]
    return d if len(d) == 9 else None


def _line_before(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    return text[start:pos]


def _has_cue(before: str, cue_re: re.Pattern[str], window: int = 30) -> re.Match[str] | None:
    found = None
    for m in cue_re.finditer(before[-window:]):
        found = m
    return found


def find_phones(text: str) -> list[_Item]:
    cue_re = _words_regex("contact_phone_cues.txt")
    blocked_re = _words_regex("contact_not_phone_labels.txt")
    units = word_list("contact_amount_units.txt")
    items: list[_Item] = []
    for m in _PHONE_RUN.finditer(text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip(" \t\u00a0"))
        raw = raw.strip(" \t\u00a0")
        start = m.start() + lead
        # The run may end on a separator or on the ")" of a surrounding parenthesis.
        raw = raw.rstrip(" \t\u00a0.-")
        while raw.endswith(")") and raw.count(")") > raw.count("("):
            raw = raw[:-1].rstrip(" \t\u00a0.-")
        for piece_start, piece in _split_run(raw, start):
            digits = phone_digits(piece) or _same_exchange(text, items, piece_start, piece)
            if digits is None:
                continue
            end = piece_start + len(piece)
            before = _line_before(text, piece_start)
            cue = _has_cue(before, cue_re)
            blocked = _has_cue(before, blocked_re, window=25)
            if blocked and (cue is None or cue.start() < blocked.start()):
                continue
            after = text[end:end + 12].lstrip(" \t\u00a0").lower()
            if any(after.startswith(u) for u in units):
                continue
            if cue is None and not _looks_like_phone(piece):
                continue
            items.append(_Item("phone", digits, piece_start, end))
            # "32 643 07 50/51": more lines of the same exchange, their last digits after a slash
            for more in re.finditer(r"/(\d{1,3})(?!\d)", _slash_tail(text, end)):
                items.append(_Item("phone", digits[: -len(more.group(1))] + more.group(1), piece_start, end + more.end()))
    return items


def _same_exchange(text: str, items: list[_Item], start: int, piece: str) -> str | None:
    """"tel. 61 852 05 20, 852 05 21": seven digits grouped as a local number right after a number
    of the same area take its two-digit area code."""
    if not items or not re.fullmatch(r"\d{3}[ \t\u00a0-]\d{2}[ \t\u00a0-]\d{2}", piece):
        return None
    last = items[-1]
    if not re.fullmatch(r"\s*(?:,|;|/|lub|i|oraz)\s*", text[last.end:start]):
        return None
    # the number before must show its area code apart: "61 852 05 20", "(61) 852-05-20", not "600 100 200"
    if not re.match(r"(?:\+48|0048)?[ \t\u00a0]*\(?(?:0[ \t\u00a0]?)?\d{2}\)?[ \t\u00a0/-]+\d{3}[ \t\u00a0-]\d{2}[ \t\u00a0-]\d{2}$",
                    text[last.start:last.end]):
        return None
    return last.value[:2] + re.sub(r"\D", "", piece)


def _slash_tail(text: str, end: int) -> str:
    """The "/51/52" right after a phone number."""
    m = re.match(r"(?:/\d{1,3}(?!\d))+", text[end:])
    return m.group() if m else ""


def _split_run(raw: str, start: int) -> list[tuple[int, str]]:
    """A digit run may hold two numbers separated only by spaces; keep it whole unless it splits
    into valid numbers."""
    if phone_digits(raw) is not None or len(re.sub(r"\D", "", raw)) < 18:
        return [(start, raw)]
    out = []
    for m in re.finditer(r"(?:\+48|0048)?[ \t\u00a0]?(?:\(\d{2,3}\)[ \t\u00a0]?)?\d[\d \t\u00a0-]*", raw):
        out.append((start + m.start(), m.group().strip()))
    return out


# "22 628 12 34", "(22) 628 12 34", "0 801 100 100" (an old trunk zero before a grouped number)
_GROUPED = re.compile(rf"^(?:\+48|0048)?{_SPACES}*(?:0{_SPACES})?(?:\(0?\d{{2,3}}\){_SPACES}*|\d{{2,3}}[{_SPACES[1:-1]}-])")


def _looks_like_phone(piece: str) -> bool:
    """Without a "tel."-like cue, accept only shapes amounts and dates do not have."""
    if piece.startswith(("+", "00", "(")):
        return True
    if "." in piece:
        return False
    groups = re.split(rf"{_SPACES}+|-", piece)
    if len(groups) == 1:
        return len(piece) == 9
    if all(len(g) == 3 for g in groups) and groups[-1] == "000":
        return False  # "250 000 000" is an amount
    return bool(_GROUPED.match(piece))


# --- people and organisations near a contact ---------------------------------------------


def _people_mentions(doc: Doc) -> list[_Name]:
    out = []
    for person in doc._.people or []:
        for m in person.mentions:
            out.append(_Name(person.name, m.start_char, m.end_char, person.organization))
    return out


def _org_mentions(doc: Doc) -> list[_Name]:
    out = []
    for org in doc._.organizations or []:
        for m in org.mentions:
            out.append(_Name(org.name, m.start_char, m.end_char))
    return out


def _line_person(line: str) -> str | None:
    """A header line that is just a name: "Marcin Pogorzelski", "dr Anna Nowak"."""
    words = [w for w in re.split(r"\s+", line.strip(" ,;:.")) if w]
    titles = word_set("contact_titles.txt")
    words = [w for w in words if w.lower() not in titles and w.lower().rstrip(".") not in titles]
    if not 2 <= len(words) <= 4:
        return None
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    if not any(has_class(analyse(w), FIRST_NAME) for w in words):
        return None
    heads = word_set("contact_org_heads.txt")
    if any(a.lemma_base.lower() in heads for w in words for a in analyse(w)):
        return None
    return " ".join(words)


def _line_org(line: str) -> str | None:
    """A header line that names an institution: "Urząd Marszałkowski Województwa Mazowieckiego"."""
    name = line.strip(" ,;:.\t")
    words = name.split()
    if not words or len(words) > 12 or not words[0][:1].isupper() or re.search(r"\d|@", name):
        return None
    heads = word_set("contact_org_heads.txt")
    if re.search(r"\b(?:sp\.\s?z\s?o\.\s?o\.|S\.\s?A\.)", name):
        return name
    for w in words[:3]:
        if w.lower() in heads or any(a.lemma_base.lower() in heads for a in analyse(w)):
            return name
    return None


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ł", "l"))
    return "".join(c for c in s if c.isalnum())


def _person_from_email(email: str, people: list[_Name]) -> str | None:
    """The e-mail's local part names a person: "pogorzelski@", "m.pogorzelski@", "marcin.pogorzelski@"."""
    local = _fold(email.split("@", 1)[0])
    for p in people:
        surname = _fold(p.name.split()[-1]) if p.name.split() else ""
        if len(surname) >= 4 and surname in local:
            return p.name
    return None


# --- blocks ---------------------------------------------------------------------------------


_MAX_HEADER_LINES = 4
_MAX_HEADER_LEN = 120


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_prose(line: str) -> bool:
    s = line.strip()
    return len(s) > _MAX_HEADER_LEN or (s.endswith((".", "!", "?")) and len(s.split()) > 6)


def group_blocks(text: str, items: list[_Item], people: list[_Name]) -> list[_Block]:
    """Contact blocks: runs of contact lines with the short header lines just above them.

    A blank line, a prose line or a new person's name after some contact lines closes a block.
    """
    blocks: list[_Block] = []
    current: _Block | None = None
    header: list[tuple[int, int]] = []
    for start, end in _lines(text):
        line = text[start:end]
        line_items = [it for it in items if start <= it.start < end]
        if not line.strip():
            current, header = None, []
            continue
        if not line_items:
            if current is not None and current.items:
                current = None
                header = []
            if _is_prose(line):
                header = []
            else:
                header = (header + [(start, end)])[-_MAX_HEADER_LINES:]
            continue
        names_on_line = [p for p in people if start <= p.start < end]
        if current is None or (names_on_line and names_on_line[0].start < line_items[0].start):
            head_start = header[0][0] if header else start
            if _is_prose(line):
                head_start = start
            current = _Block(head_start)
            blocks.append(current)
            header = []
        current.items.extend(line_items)
    return blocks


def extract_contacts(doc: Doc) -> list[Contact]:
    text = doc_text(doc)
    emails = find_emails(text)
    items = sorted(emails + find_phones(text) + find_urls(text, emails), key=lambda it: it.start)
    if not items:
        return []
    people = _people_mentions(doc)
    orgs = _org_mentions(doc)
    contacts: list[Contact] = []
    previous_org: str | None = None
    for block in group_blocks(text, items, people):
        groups: dict[str | None, list[_Item]] = {}
        owners: dict[str | None, str | None] = {}
        for it in block.items:
            person = _owner(text, block.header_start, it, people)
            if person is None and it.kind == "email":
                person = _person_from_email(it.value, people)
            groups.setdefault(person, []).append(it)
            if person not in owners:
                owners[person] = _organization(text, block.header_start, it, orgs, people, person)
        for person, group in groups.items():
            org = owners[person] or previous_org
            previous_org = org
            contacts.append(
                Contact(
                    person=person,
                    organization=org,
                    phones=_unique(it.value for it in group if it.kind == "phone"),
                    emails=_unique(it.value for it in group if it.kind == "email"),
                    urls=_unique(it.value for it in group if it.kind == "url"),
                )
            )
    return contacts


def _pieces(line: str) -> list[str]:
    """A header line, or the parts of one: "Piotr Zieliński, Wydział Inwestycji, tel. ..."."""
    parts = re.split(r"[,;:()|–—]|\s-\s", line)
    return parts if len(parts) > 1 else [line]


def _owner(text: str, block_start: int, item: _Item, people: list[_Name]) -> str | None:
    near = [p for p in people if block_start <= p.start and p.end <= item.start]
    if near:
        return max(near, key=lambda p: p.start).name
    found = None
    for start, end in _lines(text[block_start:item.start]):
        # a line, or a piece of one: "Piotr Zieliński, tel. 23 692 04 12"
        for piece in _pieces(text[block_start + start:block_start + end]):
            found = _line_person(piece) or found
    return found


def _organization(text: str, block_start: int, item: _Item, orgs: list[_Name],
                  people: list[_Name], person: str | None) -> str | None:
    near = [o for o in orgs if block_start <= o.start and o.end <= item.start]
    if near:
        return max(near, key=lambda o: o.start).name
    for start, end in _lines(text[block_start:item.start]):
        for piece in _pieces(text[block_start + start:block_start + end]):
            name = _line_org(piece)
            if name:
                return name
    for p in people:
        if p.name == person and p.organization:
            return p.organization
    return None


def _unique(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


@Language.component("komunikat_contacts")
def contacts_component(doc: Doc) -> Doc:
    doc._.contacts = extract_contacts(doc)
    return doc
