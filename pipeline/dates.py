"""Dates: a small Polish date grammar (Duckling style) and the release's own date.

The grammar is a list of named rules (``_RULE_SPECS``). Each rule is a regular expression built
from the word tables in ``resources/date_*`` (month and weekday forms, year markers such as
``br.``, programme periods, publication words) and a builder that turns its match into a
:class:`Candidate`: a partial date or range, a weekday, or a relative day. Every rule runs over the
whole text; the longest matches win and may not overlap. Rules that match things which look like
dates but are not (``ul. 3 Maja``, ``od poniedziałku do piątku`` opening hours, ``godz. 11.00``,
``RPO WP 2014-2020``) win their span and produce nothing.

Resolution then fills in what the text leaves implicit:

* ``doc._.published``: the caller's ``meta["published"]``, else a date after a publication word
  ("Opublikowano", "Data dodania"), else a date line at the top or the bottom of the text
  ("Białystok, 11 grudnia 2017 r.", "30 listopada 2023"), else an update date ("Zaktualizowano");
* a day or month without a year takes the release's year (``br.`` = that year, ``ub.r.`` the one
  before), else the year of the nearest dated expression; the nearest such year wins unless that
  is far away and the sentence's tense (or, with no verb, a deadline: "do 30 września") points the
  other way. In a past sentence shortly after a date some years back in the same month it takes
  that story's year ("22 września 1939 r. [...] walczyli do 13 września"); in a sentence that says
  it comes every year ("każdego roku") it is no date. A day with no year anywhere becomes
  ``XXXX-MM-DD``; a month with no year anywhere is left out;
* weekdays ("w piątek", "piątkowy", "Od środy") take the day inside a short run of days the text
  names ("4.12.2017 – 8.12.2017"), else count from the release's date in the direction of the
  sentence's tense (the release's own weekday ahead is that day), else from the day named shortly
  before them; "w najbliższą środę", "w ubiegły czwartek" always count from the release's date, as
  relative days do ("wczoraj", "od jutra", "jutrzejszej"). A yearless month of the last weeks
  before the release, a paragraph after an old date, is this year's, not that story's.
  Unresolved ones are left out.

All offsets index ``doc.text``; the grammar reads the text, the morphology (tense, nouns after
numbers, place names) comes from :mod:`pipeline.morphology`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .items import DateItem, doc_text
from .layout import sentence_of
from .morphology import GEOGRAPHIC, analyse, word_cache
from .resources import table, word_list, word_set

try:  # the regex parser, to find the characters a rule can begin with
    import re._parser as _sre_parser  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_parse as _sre_parser  # type: ignore[no-redef]

# ---------------------------------------------------------------------------------------------
# Word tables


@dataclass(frozen=True)
class _Tables:
    month_of: dict[str, int]  # any case form, abbreviation or Roman numeral -> month number
    month_forms: tuple[str, ...]
    month_abbrs: tuple[str, ...]
    month_adj: dict[str, int]  # adjective stem -> month
    month_english: tuple[str, ...]  # "May", "April": capitalised, as English writes them
    weekday_of: dict[str, int]
    weekday_forms: tuple[str, ...]
    weekday_abbrs: tuple[str, ...]
    weekday_adj: dict[str, int]
    weekday_accusative: frozenset[str]
    relative_words: dict[str, int]
    relative_adj: dict[str, int]
    year_markers: dict[str, int]
    year_adj: dict[str, int]  # "tegoroczn" -> 0, "przyszłoroczn" -> +1
    programme_periods: frozenset[str]
    programme_words: tuple[str, ...]
    triggers: dict[str, int]
    name_prefixes: frozenset[str]
    habitual: frozenset[str]
    not_dates: tuple[str, ...]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


@cache
def tables() -> _Tables:
    month_of: dict[str, int] = {}
    month_forms, month_abbrs, month_adj, month_english = [], [], {}, []
    for row in table("date_months.tsv"):
        m = int(row["month"])
        for form in _split(row["forms"]):
            month_of[form] = m
            month_forms.append(form)
        for form in _split(row["abbr"]):
            month_of[form] = m
            month_abbrs.append(form)
        month_of[row["roman"].lower()] = m
        month_adj[row["adj_stem"]] = m
        for form in _split(row.get("english") or ""):
            month_of[form] = m
            month_english.append(form.capitalize())
    weekday_of: dict[str, int] = {}
    wd_forms, wd_abbrs, wd_adj = [], [], {}
    for row in table("date_weekdays.tsv"):
        w = int(row["weekday"])
        for form in _split(row["forms"]):
            weekday_of[form] = w
            wd_forms.append(form)
        for form in _split(row["abbr"]):
            weekday_of[form] = w
            wd_abbrs.append(form)
        wd_adj[row["adj_stem"]] = w
    rel_words, rel_adj = {}, {}
    for row in table("date_relative_days.tsv"):
        (rel_adj if row["kind"] == "adj_stem" else rel_words)[row["word"]] = int(row["offset"])
    return _Tables(
        month_of=month_of,
        month_forms=tuple(month_forms),
        month_abbrs=tuple(month_abbrs),
        month_adj=month_adj,
        month_english=tuple(month_english),
        weekday_of=weekday_of,
        weekday_forms=tuple(wd_forms),
        weekday_abbrs=tuple(wd_abbrs),
        weekday_adj=wd_adj,
        weekday_accusative=frozenset(row["accusative"] for row in table("date_weekdays.tsv")),
        relative_words=rel_words,
        relative_adj=rel_adj,
        year_markers={row["marker"]: int(row["offset"]) for row in table("date_year_markers.tsv")},
        year_adj={row["stem"]: int(row["offset"]) for row in table("date_year_adjectives.tsv")},
        programme_periods=frozenset(word_list("date_programme_periods.txt")),
        programme_words=word_list("date_programme_words.txt"),
        triggers={row["trigger"]: int(row["rank"]) for row in table("date_published_triggers.tsv")},
        name_prefixes=frozenset(word_list("date_name_prefixes.txt")),
        habitual=frozenset(word_list("date_habitual.txt")),
        not_dates=word_list("date_not_dates.txt"),
    )


def _alt(words, *, suffix: str = r"(?!\w)") -> str:
    """An alternation of ``words``, longest first, as a non-capturing group."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    # Grouped by first letter ("p(?:oniedziałek|iątek|...)|w(?:torek|...)"): ``re`` tries the
    # alternatives of a group one by one at every position, so a group that fails on its first
    # letter saves the rest. Alternatives starting with different letters cannot match the same
    # text, so the order that matters (longest first) is kept within each group.
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[:1].lower(), []).append(w)
    parts = []
    for group in groups.values():
        first = group[0][:1]
        if all(w[:1] == first for w in group):
            parts.append(re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")")
        else:  # "Pon." and "pon.": under (?i) both match, so they keep their order
            parts.append("(?:" + "|".join(re.escape(w) for w in group) + ")")
    return "(?:" + "|".join(parts) + ")" + suffix


# ---------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class Partial:
    """A date with possibly unknown parts."""

    y: int | None = None
    m: int | None = None
    d: int | None = None

    def fill(self, other: Partial) -> Partial:
        return Partial(self.y if self.y is not None else other.y, self.m if self.m is not None else other.m,
                       self.d if self.d is not None else other.d)

    def iso(self) -> str:
        y = f"{self.y:04d}" if self.y is not None else "XXXX"
        if self.m is None:
            return y
        if self.d is None:
            return f"{y}-{self.m:02d}"
        return f"{y}-{self.m:02d}-{self.d:02d}"

    def date(self) -> dt.date | None:
        if self.y is None or self.m is None or self.d is None:
            return None
        try:
            return dt.date(self.y, self.m, self.d)
        except ValueError:
            return None


@dataclass
class Candidate:
    start_char: int
    end_char: int
    rule: str
    kind: str = "date"  # date | weekday | relative | relative_month | after | after_year | skip
    start: Partial = field(default_factory=Partial)
    end: Partial = field(default_factory=Partial)
    year_offset: int | None = None  # "br." = 0, "ub.r." = -1: the year is the release's year + offset
    weekday: int | None = None
    offset: int = 0  # relative days
    direction: int = 0  # weekdays (and schedules): -1 past, +1 future, 0 from the sentence's tense
    week: int | None = None  # weekdays: "w przyszłym tygodniu" = +1, "w tym tygodniu" = 0 (weeks from the release's)
    joined: bool = False  # weekdays: "i wtorek" after another weekday
    bound: bool = False  # weekdays: "od piątku", "do środy"
    days_before: int = 0  # weekdays: the days the span holds before it ("w nocy z piątku na sobotę": 1)
    from_release: bool = False  # weekdays: "w najbliższą środę", "w przyszły poniedziałek", "w ubiegły czwartek"


# ---------------------------------------------------------------------------------------------
# The grammar


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str, Rule], Candidate | None]
    # Where a match can begin (see _start_scanner); None: try every position.
    starts: re.Pattern[str] | None = None
    # The characters a match begins with (see _first_chars), when it begins only at a word start:
    # such rules are tried together in one pass over the word starts (see match_candidates).
    first: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Exactly ``pattern.finditer(text)``, but the pattern is tried only where ``starts`` says a
        match can begin: most rules open with a weekday or month alternation that ``re`` otherwise
        tries at every character of the text."""
        if self.starts is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        end = 0
        for start in self.starts.finditer(text):
            pos = start.start()
            if pos < end:
                continue
            m = match(text, pos)  # lookbehinds still see the text before ``pos``
            if m is not None:
                yield m
                end = m.end()


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    v = value.strip(". ").lower()
    if v.isdigit():
        return int(v)
    return tables().month_of.get(v)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _year(value: str | None) -> int | None:
    """A year; two digits ("16.07.19") are this century's."""
    if value is None:
        return None
    return int(value) + 2000 if len(value) == 2 else int(value)


def _year_offset(match: re.Match[str]) -> int | None:
    mark = match.groupdict().get("mark")
    if not mark:
        return None
    return tables().year_markers.get(re.sub(r"\s+", " ", mark.lower()))


def _span(match: re.Match[str]) -> tuple[int, int]:
    if match.groupdict().get("s") is not None:
        return match.span("s")
    return match.span()


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _key(p: Partial) -> tuple[int, int]:
    return (p.m or 0, p.d or 0)


def build_date(match: re.Match[str], text: str, rule: Rule, without_year: bool = False) -> Candidate | None:
    """A day, month or year, or a range of them, from the groups d1 m1 y1 (start) d2 m2 y2 (end).

    ``without_year`` drops the year the match ends with (it counts something) and ends the span
    at the month.
    """
    g = match.groupdict()
    if without_year:
        g = {**g, "y1": g.get("y1") if g.get("m2") else None, "y2": None, "mark": None}
    start = Partial(_year(g.get("y1")), _month(g.get("m1") or g.get("mn")), _int(g.get("d1")))
    has_end = any(g.get(k) for k in ("d2", "m2", "y2"))
    end = Partial(_year(g.get("y2")), _month(g.get("m2")), _int(g.get("d2"))) if has_end else start
    if has_end:
        # "4–8 grudnia 2017": the start takes the month and year the text gives only once, at the end.
        if start.d is not None and start.m is None:
            start = replace(start, m=end.m)
        if start.y is None and end.y is not None and start.m is not None:
            start = replace(start, y=end.y - (1 if _key(start) > _key(end) else 0))
        if end.y is None and start.y is not None:
            end = replace(end, y=start.y + (1 if _key(start) > _key(end) else 0))
    for p in (start, end):
        if p.m is not None and not 1 <= p.m <= 12:
            return None
        if p.d is not None and (p.m is None or not 1 <= p.d <= 31):
            return None
        if p.d is not None and p.y is not None and p.date() is None:
            return None
    if has_end and start.y is not None and end.y is not None and (start.y, *_key(start)) > (end.y, *_key(end)):
        return None  # a range that ends before it starts
    s, e = _span(match)
    if without_year:
        e = match.end("m2") if g.get("m2") else match.end("m1")
    weekday = _stated_weekday(match) if not has_end and start.d is not None else None
    return Candidate(s, e, rule.name, "date", start, end, year_offset=None if without_year else _year_offset(match),
                     weekday=weekday)


def _year_counts(match: re.Match[str], group: str) -> bool:
    """A bare number after a month that counts something: "13 maja 1500 osób" has no year."""
    if not match.groupdict().get(group):
        return False
    end = match.end(group)
    if re.match(r"\s?(?:roku|rok|r\.|r(?!\w))", match.string[end:]):
        return False
    return _counts_something(match.string, end)


def _stated_weekday(match: re.Match[str]) -> int | None:
    """The weekday a single day's match names ("piątek, 7 lutego", "Sob., 17.05.2025", "8 grudnia
    (piątek)"): a full form, or an abbreviation with its period."""
    t = tables()
    for word, dot in re.findall(r"([^\W\d_]+)(\.?)", match.group()):
        w = word.lower()
        if w in t.weekday_forms or (dot and w in t.weekday_abbrs):
            return t.weekday_of[w]
    return None


def build_day_after_weekday(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"Wtorek 11.03": the weekday before the match picks the year."""
    cand = build_date(match, text, rule)
    if cand is not None:
        cand.weekday = tables().weekday_of.get(_word_before(text, match.start()).strip(",."))
    return cand


def build_day_weekday_paren(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"w piątek (8 grudnia)" or "do piątku (13.09)": one date, the weekday only confirms it."""
    if match.group("mn"):
        return build_date(match, text, rule)
    return build_day_month(match, text, rule)


def build_day_month(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """A day with a month name: not a street or a holiday's name ("ul. 3 Maja", "im. 11 Listopada")."""
    if _word_before(text, match.start()) in tables().name_prefixes:
        return None
    if _year_counts(match, "y1") or _year_counts(match, "y2"):
        return build_date(match, text, rule, without_year=True)
    month_text = match.group("m1") if match.groupdict().get("m1") else match.group("m2")
    if month_text[:1].isupper() and not (match.groupdict().get("y1") or match.groupdict().get("y2")):
        # "3 Maja", "11 Listopada" with a capital and no year are names.
        return None
    return build_date(match, text, rule)


@cache
def _period_parts() -> dict[str, int]:
    return {row["stem"]: int(row["parts"]) for row in table("date_periods.tsv")}


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@cache
def _ordinals() -> dict[str, int]:
    return {row["stem"]: int(row["number"]) for row in table("date_ordinals.tsv")}


def _part_number(word: str) -> int | None:
    """"II", "2" or "drugim" -> 2."""
    if word in _ROMAN:
        return _ROMAN[word]
    if word.isdigit():
        return int(word)
    return next((n for stem, n in _ordinals().items() if word.lower().startswith(stem)), None)


def build_period(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"IV kwartał 2026 r." -> 2026-10..2026-12, "I półrocze 2024" -> 2024-01..2024-06, "w drugim
    kwartale 2026 roku" -> 2026-04..2026-06."""
    n = _part_number(match.group("q"))
    parts = next((v for k, v in _period_parts().items() if match.group("unit").lower().startswith(k)), None)
    if not n or not parts or n > parts:
        return None
    months = 12 // parts
    y = _year(match.group("y1"))
    s, e = _span(match)
    return Candidate(s, e, rule.name, "date", Partial(y, (n - 1) * months + 1, None), Partial(y, n * months, None),
                     year_offset=_year_offset(match))


def build_month_to_period(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"od marca 2027 r. do końca II półrocza 2028 r." -> 2027-03..2028-12: a month to the last month of
    a quarter or half-year."""
    n = _part_number(match.group("q"))
    parts = next((v for k, v in _period_parts().items() if match.group("unit").lower().startswith(k)), None)
    if not n or not parts or n > parts:
        return None
    start = Partial(_year(match.group("y1")), _month(match.group("m1")), None)
    end = Partial(_year(match.group("y2")), n * (12 // parts), None)
    if start.m is None or (start.y, start.m) > (end.y, end.m):
        return None
    s, e = _span(match)
    return Candidate(s, e, rule.name, "date", start, end)


def build_quarter_q(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"Q3 2024", "1Q2025" -> the quarter's months; "H2 2025", "1H 2026" -> the half-year's."""
    quarter = match.group("q") or match.group("qa")
    n, months = (int(quarter), 3) if quarter else (int(match.group("h") or match.group("ha")), 6)
    y = _year(match.group("y1").strip(" '"))
    s, e = match.span()
    return Candidate(s, e, rule.name, "date", Partial(y, (n - 1) * months + 1, None), Partial(y, n * months, None))


def build_month_roman(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"V–VI 2025": not when the number after counts something ("klasy IV–VI 2025 uczniów")."""
    if _year_counts(match, "y2"):
        return None
    return build_date(match, text, rule)


def build_month(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """A month name: without a year only in lower case, so "Maja" the first name never matches."""
    if match.group("m1")[:1].isupper() and not match.groupdict().get("y1"):
        return None
    if _year_counts(match, "y1") or _year_counts(match, "y2"):
        return None
    return build_date(match, text, rule)


def build_habitual_month(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"w każdą sobotę maja": a schedule, so the month ahead whatever the sentence's tense ("teatr
    przygotował spektakl grany w każdą sobotę maja")."""
    cand = build_month(match, text, rule)
    if cand is not None:
        cand.direction = 1
    return cand


def _counts_something(text: str, end: int) -> bool:
    """Whether a number is followed by what it counts: a plural genitive noun ("2000 domów",
    "1500 osób") or a unit ("zł", "PLN"). A capital or a verb after it leaves it a year."""
    nxt = re.match(r"[^\S\n]*([^\W\d]+)", text[end:])  # the next word on the same line
    if not nxt:
        return False
    word = nxt.group(1)
    found = analyse(word)
    if any(a.pos == "brev" for a in found) or (word.isupper() and len(word) <= 4 and not any(a.pos == "subst" for a in found)):
        return True  # "zł", "PLN", "EUR"
    if word[:1].isupper():
        return False
    return any(a.pos in ("subst", "depr") and a.number == "pl" and "gen" in a.cases for a in found) or (
        bool(found) and all(a.pos == "ign" for a in found)
    )


def build_year(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """A year after a preposition ("w 1997") only when it counts nothing ("w 2000 egzemplarzy")."""
    if _counts_something(text, match.end()):
        return None
    return build_date(match, text, rule)


def _names_programme(words: list[str]) -> bool:
    """Whether a programme or fund is named in ``words`` (lower-cased, punctuation stripped)."""
    words = [w.lower().strip("„”\"(),.:;") for w in words]
    joined = " ".join(words)
    for entry in tables().programme_words:
        if " " in entry:
            if entry in joined:
                return True
        elif entry.endswith("*"):
            if any(w.startswith(entry[:-1]) for w in words):
                return True
        elif entry in words:
            return True
    return False


def build_year_range(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """A period of years, unless it names a programme ("RPO WP 2014-2020", "MF EOG 2009-2014")."""
    t = tables()
    y1, y2 = int(match.group("y1")), int(match.group("y2"))
    if len(match.group("y2")) == 2:  # "2024/25": the next year only
        y2 = y1 // 100 * 100 + y2
        if y2 != y1 + 1:
            return None
    # "poprzednie dotyczyły zlewni Niemna (2019–2022)": years alone in parentheses are a period too,
    # and may be a life ("dyrektora Kazimierza Gołby (1930–2019)").
    paren = text[match.start() - 1:match.start()] == "(" and text[match.end():match.end() + 1] == ")"
    if not y1 < y2 <= y1 + (120 if paren else 50):
        return None
    g = match.groupdict()
    if not (g.get("ctx") or g.get("rok") or paren):
        return None
    weak = (g.get("ctx") or "").lower() in ("od", "w", "z", "na")  # "lata", "sezon" name years; "od" may count
    if weak and not g.get("rok") and _counts_something(text, match.end()):
        return None
    before = text[max(0, match.start() - 120):match.start() - (1 if paren else 0)]
    before = re.split(r"[.!?\n]\s", before)[-1]
    prev = re.search(r"(\S+)\s*$", before)
    if not g.get("ctx") and prev and re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ+]{2,}[\w+]*", prev.group(1).strip("„”\"")):
        return build_skip(match, text, rule)  # an acronym right before the years: "RPO WP 2014-2020"
    if f"{y1}-{y2}" in t.programme_periods and _names_programme(before.split()[-10:]):
        return build_skip(match, text, rule)  # "Program ... na lata 2014-2020"
    return build_date(match, text, rule)


def build_weekday(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    t = tables()
    g = match.groupdict()
    prev = _word_before(text, match.start())
    if prev in t.habitual or (g.get("dir") or "").lower() in t.habitual:
        return None
    if not (g.get("prep") or g.get("dir")) or match.group("wd")[:1].isupper():
        return None  # a capital means a name: "w Środzie Śląskiej"
    if (g.get("prep") or "").lower() in ("w", "we", "na", "za") and not g.get("dir") \
            and match.group("wd").lower() not in t.weekday_accusative:
        return None  # "w środy", "w soboty": every Wednesday, every Saturday
    if (g.get("prep") or "").lower() in ("i", "oraz", "lub", "albo"):
        before = text[:match.start("prep")].rstrip()
        joined = _word_before(text, match.start("prep")).strip(",(")
        if joined in word_set("date_weekday_plurals.txt"):
            return None  # "we wtorki i soboty": joined to a plural weekday, every Saturday
        if joined in t.weekday_forms and _word_before(before, len(before) - len(joined)) in t.habitual:
            return None  # "w każdy poniedziałek i czwartek"
    direction = 0
    d = (g.get("dir") or "").lower()
    if d.startswith(("najbliższ", "przyszł")):
        direction = 1
    elif d.startswith(("ubiegł", "zeszł", "ostatni")):
        direction = -1
    s, e = match.span()
    return Candidate(s, e, rule.name, "weekday", weekday=t.weekday_of[match.group("wd").lower()], direction=direction,
                     from_release=d.startswith(("najbliższ", "przyszł", "ubiegł", "zeszł")),
                     week=_week_before(text, s), joined=(g.get("prep") or "").lower() in ("i", "oraz", "lub", "albo"),
                     bound=(g.get("prep") or "").lower() in ("od", "do"))


@cache
def _week_phrases() -> re.Pattern[str]:
    rows = table("date_week_phrases.tsv")
    alt = "|".join(re.escape(r["phrase"]).replace(r"\ ", r"\s+") for r in sorted(rows, key=lambda r: -len(r["phrase"])))
    return re.compile(r"(?<!\w)(?i:" + alt + r")(?!\w)")


@cache
def _week_offsets() -> dict[str, int]:
    return {r["phrase"]: int(r["offset"]) for r in table("date_week_phrases.tsv")}


def _week_before(text: str, pos: int) -> int | None:
    """The week a phrase earlier in the sentence names ("W przyszłym tygodniu, w poniedziałek"), in
    weeks from the release's week; None when there is none within a few words."""
    before = re.split(r"[.!?\n]", text[max(0, pos - 60):pos])[-1]
    found = None
    for m in _week_phrases().finditer(before):
        found = m
    return None if found is None else _week_offsets()[" ".join(found.group().lower().split())]


def build_night_weekdays(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"w nocy z piątku na sobotę": the night's two days, found from the second weekday."""
    t = tables()
    first, second = t.weekday_of[match.group("wd1").lower()], t.weekday_of[match.group("wd").lower()]
    if (second - first) % 7 != 1:
        return None
    s, e = match.span()
    return Candidate(s, e, rule.name, "weekday", weekday=second, week=_week_before(text, s), days_before=1)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The text of the sentence (roughly: between final punctuation or line breaks) around a match."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    right = min((i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0), default=len(text))
    return text[left:right]


def build_weekday_range(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"od poniedziałku do piątku" is opening hours ("Biuro czynne od poniedziałku do piątku"), unless
    its sentence tells a past event ("w wypadkach, do których doszło od piątku do niedzieli"): then the
    days, found from the last weekday."""
    t = tables()
    words = re.findall(r"[^\W\d_]+", _sentence_around(text, match.start(), match.end()))
    if not any(_form_tense(w) < 0 for w in words) or any(_form_tense(w) > 0 for w in words):
        return build_skip(match, text, rule)
    first, last = t.weekday_of[match.group("wd1").lower()], t.weekday_of[match.group("wd").lower()]
    span = (last - first) % 7
    if not 1 <= span <= 6:
        return build_skip(match, text, rule)
    s, e = match.span()
    return Candidate(s, e, rule.name, "weekday", weekday=last, week=_week_before(text, s), days_before=span)


def build_weekday_adj(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    s, e = match.span()
    return Candidate(s, e, rule.name, "weekday", weekday=tables().weekday_adj[match.group("stem")])


def build_month_adj(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    s, e = match.span()
    m = tables().month_adj[match.group("stem")]
    return Candidate(s, e, rule.name, "date", Partial(None, m), Partial(None, m))


def build_year_adj(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    s, e = match.span()
    offset = tables().year_adj[match.group("stem").lower()]
    return Candidate(s, e, rule.name, "date", year_offset=offset)


@cache
def _relative_years() -> dict[str, int]:
    return {row["stem"]: int(row["offset"]) for row in table("date_relative_years.tsv")}


@cache
def _years_ago() -> dict[str, int]:
    return {row["phrase"]: int(row["offset"]) for row in table("date_years_ago.tsv")}


def build_years_ago(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"Rok temu", "pięć lat temu": not a comparison ("o 7 proc. więcej niż przed rokiem") nor the end
    of a larger number or a guess ("dwadzieścia pięć lat temu", "pięć, sześć lat temu")."""
    s, e = match.span()
    before = _word_before(text, s)
    if before == "niż" or any(a.pos == "num" for a in analyse(before.strip(",;–-"))):
        return None
    return Candidate(s, e, rule.name, "date", year_offset=_years_ago()[" ".join(match.group().lower().split())])


def build_year_relative(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    s, e = match.span()
    return Candidate(s, e, rule.name, "date", year_offset=_relative_years()[match.group("rel").lower()])


def build_month_relative(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"w ubiegłym miesiącu", "w przyszłym miesiącu": the release's month plus the offset."""
    s, e = match.span()
    return Candidate(s, e, rule.name, "relative_month", offset=_relative_years()[match.group("rel").lower()])


def build_relative_to_day(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"od jutra do wtorku 15 grudnia": a relative day to a named day, one span."""
    word = match.group("w").lower()
    offset = tables().relative_words.get(word, tables().relative_words.get("od " + word))
    if offset is None:
        return None
    end = Partial(_year(match.group("y2")), _month(match.group("m2")), _int(match.group("d2")))
    s, e = match.span()
    return Candidate(s, e, rule.name, "relative", offset=offset, end=end)


def build_relative(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    t = tables()
    word = match.group("w").lower()
    offset = t.relative_words.get(word)
    if offset is None:
        offset = next(v for k, v in t.relative_adj.items() if word.startswith(k))
    s, e = match.span()
    return Candidate(s, e, rule.name, "relative", offset=offset)


@cache
def _after_days() -> dict[str, int]:
    return {row["phrase"]: int(row["offset"]) for row in table("date_after_days.tsv")}


def build_after(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"Dzień później", "następnego dnia": a day after the day named before it in the text."""
    s, e = match.span()
    offset = _after_days().get(" ".join(match.group().lower().split()))
    return None if offset is None else Candidate(s, e, rule.name, "after", offset=offset)


@cache
def _after_years() -> dict[str, int]:
    return {row["phrase"]: int(row["offset"]) for row in table("date_after_years.tsv")}


def build_after_year(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    """"rok później", "dwa lata wcześniej": a year counted from the year named just before it."""
    if _word_before(text, match.start()) == "niż":
        return None  # "o 9 proc. więcej niż rok wcześniej": a comparison, no date
    s, e = match.span()
    offset = _after_years().get(" ".join(match.group().lower().split()))
    return None if offset is None else Candidate(s, e, rule.name, "after_year", offset=offset)


def build_skip(match: re.Match[str], text: str, rule: Rule) -> Candidate | None:
    s, e = match.span()
    return Candidate(s, e, rule.name, "skip")


_ADJ_END = r"(?:ymi|ych|ego|emu|ej|ym|imi|ich|im|iego|iemu|y|a|e|ą|i)(?!\w)"


@cache
def fragments() -> dict[str, str]:
    t = tables()
    markers = _alt(t.year_markers)
    return {
        "B": r"(?<![\w.,:/-])",  # not inside a number or a word
        "E": r"(?![\w]|[.,/-]\d)",
        "D": r"(?:0?[1-9]|[12]\d|3[01])",
        "DG": r"(?:-(?:go|ego|ej))?",  # "4-go grudnia"
        "MN": r"(?:0?[1-9]|1[0-2])",
        "M2": r"(?:0[1-9]|1[0-2])",
        "Y": r"(?:1[5-9]|20)\d{2}",
        "YNOW": r"(?:19|20)\d{2}",
        "NAME": "(?i:" + _alt(t.month_forms) + ")",
        "NAME_LC": _alt(t.month_forms),
        "EN": _alt(t.month_english),
        "ABBR": "(?i:" + _alt(t.month_abbrs, suffix=r"(?:\.|(?!\w))") + ")",
        "ROM": r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)",
        # (each stem with its capital spelled out, so that the rule has first characters to scan for)
        "ORD": "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ordinals()) + r")\w*",
        "YS": r"(?:\s?(?:roku|rok|r\.|r(?!\w)))?",
        "YR": r"(?:\s?(?:roku|rok|r\.|r(?!\w)))",
        "MARK": r"(?:\s+(?P<mark>" + markers + "))?",
        "MARKERS": markers,
        "MARK_REQ": r"\s+(?P<mark>" + markers + ")",
        "DASH": r"\s?[-–—]\s?",
        "HOUR": r"(?i:godz\.|godziny)\s*\d{1,2}[.:]\d{2}",
        "YPART": r"(?i:wiosny|lata|jesieni|zimy|początku|połowy|końca)",
        "TO": r"(?:\s?[-–—]\s?|\s+do\s+)",
        # "od października 2023 do końca czerwca 2026 r.": the end month is still the whole month.
        "EDGE": r"(?:(?i:końca|początku|połowy)\s+)?",
        # A weekday glued before a date ("piątek, 8 grudnia", "Niedz., 3 Lst. 2013"): part of the span.
        "WD": r"(?:(?i:" + _alt(t.weekday_forms) + "|" + _alt(t.weekday_abbrs, suffix=r"\.") + r"),?\s+)?",
        "WDP": r"(?:\s*\((?i:" + _alt(t.weekday_forms) + r")\))?",
        "WDN": "(?i:" + _alt(t.weekday_forms) + ")",
        # Right after a weekday ("Wtorek 11.03", "środa, 12.03"): one fixed-width lookbehind per form, so
        # a rule can begin at the digit.
        "WDBEHIND": "(?:" + "|".join([f"(?<=(?i:{re.escape(w)}){sep})" for w in sorted(t.weekday_forms)
                                      for sep in (r"\s", r",\s")]
                                     + [rf"(?<=(?i:{re.escape(w)})\.{sep})" for w in sorted(t.weekday_abbrs)
                                        for sep in (r"\s", r",\s")]) + ")",
        "WDADJ": "(?P<stem>" + _alt(t.weekday_adj, suffix="") + ")" + _ADJ_END,
        "MADJ": "(?P<stem>" + _alt(t.month_adj, suffix="") + ")" + _ADJ_END,
        "YADJ": "(?P<stem>(?i:" + _alt(t.year_adj, suffix="") + "))" + _ADJ_END,
        "RELY": "(?P<rel>(?i:" + _alt(_relative_years(), suffix="") + "))" + _ADJ_END,
        "REL": "(?P<w>" + _alt(t.relative_words) + "|" + _alt(t.relative_adj, suffix="") + r"\w*)",
        "PREP": r"(?:w|we|od|do|na|za|z|ze|przed|po|i|oraz|lub|albo|koniec|końca|końcu|końcem|początek|początku"
                r"|początkiem|połowa|połowę|połowie|połowy|przełom|przełomie|przełomu|miesiąca|miesiącu"
                r"|tygodniu|tygodnia|tydzień|dekadzie|dekady|dekadę|weekend|weekendu|weekendzie)",
        "NOTDATE": _alt(t.not_dates),
        "AFTER_YEAR": "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_after_years(), key=len, reverse=True)),
        "AFTER": "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_after_days(), key=len, reverse=True)),
        "HAB": _alt(t.habitual),
        "AGO": "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_years_ago(), key=len, reverse=True)),
        "PROG_CTX": r"(?P<ctx>(?i:lat(?:a|ach|ami)?|okres\w*|od|w|z|na|rok|roku|szkoln\w*|akademick\w*|budżetow\w*"
                    r"|sezon\w*(?:\s+" + _alt(word_list("date_season_words.txt"), suffix="") + r"\w*)?))\s+",
        "YEARKIND": _alt(word_list("date_year_kinds.txt"), suffix=r"\w*"),
        "SEASONKIND": _alt(word_list("date_season_words.txt") + word_list("date_year_kinds.txt"), suffix=r"\w*"),
    }


# (name, pattern template, builder). Placeholders {X} expand to fragments(); group names:
# d1 m1 y1 = start, d2 m2 y2 = end, mark = a year marker ("br."), s = the span when not the whole.
_RULE_SPECS: tuple[tuple[str, str, Callable], ...] = (
    # Not dates, listed so that they win their span.
    ("skip_opening_hours", r"(?i:od\s+)(?P<wd1>{WDN})\s+do\s+(?P<wd>{WDN})", build_weekday_range),
    # "w każdą sobotę maja": every Saturday of the month is the month.
    ("month_of_habitual_weekday", r"(?i:\b{HAB}\s+){WDN}\s+(?P<s>(?P<m1>{NAME_LC}))(?!\s+\d)", build_habitual_month),
    ("skip_habitual_weekday", r"(?i:\b{HAB}\s+){WDN}", build_skip),
    ("skip_not_a_date", r"(?i:(?<!\w){NOTDATE})", build_skip),
    ("skip_time", r"(?i:godz\.|godzina|godzinie|godzin)\s*\d{1,2}[.:]\d{2}(?:\s?[-–—]\s?\d{1,2}[.:]\d{2})?", build_skip),
    ("skip_law_citation", r"(?i:Dz\.\s?U\.|M\.\s?P\.)\s?(?:z\s)?{Y}{YS}", build_skip),
    ("skip_document_number", r"(?<!\w)(?i:nr|numer|sygn\.)\.?\s?[\w/.-]*\d[\w/.-]*", build_skip),
    # Ranges.
    ("range_dmy_dmy", r"{B}{WD}(?P<d1>{D})\.(?P<m1>{MN})\.(?P<y1>{Y}){YS}{TO}{WD}(?P<d2>{D})\.(?P<m2>{MN})\.(?P<y2>{Y}){YS}{E}", build_date),
    ("range_dm_dmy", r"{B}(?P<d1>{D})\.(?P<m1>{MN})\.?{TO}(?P<d2>{D})\.(?P<m2>{MN})\.(?P<y2>{Y}){YS}{E}", build_date),
    # "12–14.03.2024", "od 23 do 27.09.2024 r."
    ("range_dd_dmy", r"{B}(?P<d1>{D}){TO}(?P<d2>{D})\.(?P<m2>{MN})\.(?P<y2>{Y}){YS}{E}", build_date),
    # "Webinaria dla gmin 28–29.04": days and a month in figures, no year.
    ("range_dd_dm", r"{B}(?P<d1>{D}){DASH}(?P<d2>{D})\.(?P<m2>{M2})(?:\.\s?(?P<mark>{MARKERS})|\.?(?!\w|\.?\d|[,/-]\d))",
     build_date),
    ("range_dd_month", r"{B}(?P<d1>{D}){TO}(?P<d2>{D}){DG}\s+(?P<m2>{NAME})(?:\s+(?P<y2>{Y}){YS})?{MARK}", build_day_month),
    ("range_od_dd_month", r"(?i:od)\s+(?P<d1>{D}){DG}\s+do\s+(?P<d2>{D}){DG}\s+(?P<m2>{NAME})(?:\s+(?P<y2>{Y}){YS})?{MARK}", build_day_month),
    ("range_dmonth_dmonth",
     r"{B}{WD}(?P<d1>{D}){DG}\s+(?P<m1>{NAME})(?:\s+(?P<y1>{Y}){YS})?{TO}{WD}(?P<d2>{D}){DG}\s+(?P<m2>{NAME})(?:\s+(?P<y2>{Y}){YS})?{MARK}",
     build_day_month),
    # A warning's hours or a comma inside a range: "od 12 lutego, godz. 20.00 do 15 lutego", "od czwartku,
    # 2 lipca, od godz. 11:00 do soboty, 4 lipca", "od niedzieli, 13 grudnia 2026 r., do 12 czerwca 2027 r.",
    # "od 5 stycznia 2027 r. (od godz. 4:00) do 28 lutego 2027 r.".
    ("range_dmonth_time_dmonth",
     r"{B}(?i:od)\s+{WD}(?P<d1>{D}){DG}\s+(?P<m1>{NAME})(?:\s+(?P<y1>{Y}){YS})?(?:,?\s+(?:(?i:od)\s+)?{HOUR},?|\s+\((?:(?i:od)\s+)?{HOUR}\)|,)"
     r"\s+(?i:do)\s+{WD}(?P<d2>{D}){DG}\s+(?P<m2>{NAME})(?:\s+(?P<y2>{Y}){YS})?{MARK}",
     build_day_month),
    # ... and in figures: "od poniedziałku 16.11.2026 r. od godz. 7:00 do piątku 20.11.2026 r."
    ("range_dmy_time_dmy",
     r"{B}(?i:od)\s+{WD}(?P<d1>{D})\.(?P<m1>{MN})\.(?P<y1>{Y}){YS}(?:,?\s+(?:(?i:od)\s+)?{HOUR},?|\s+\((?:(?i:od)\s+)?{HOUR}\)|,)"
     r"\s+(?i:do)\s+{WD}(?P<d2>{D})\.(?P<m2>{MN})\.(?P<y2>{Y}){YS}{E}",
     build_date),
    # "według rozkładu sobotniego": a timetable's kind, no day.
    ("skip_timetable_weekday", r"(?i:rozkład\w*)\s+{WDADJ}", build_skip),
    # "od wiosny 2027 do jesieni 2028 roku": a season or a part of a year is its year.
    ("range_years_parts",
     r"(?<!\w)(?i:od)\s+{YPART}\s+(?P<y1>{Y})(?:\s?(?:r\.|roku))?\s+(?i:do)\s+(?:{YPART}\s+)?(?P<y2>{Y}){YS}{E}",
     build_date),
    # "od 7 kwietnia 2025 r. do końca 2027 r.", "od 1.07.2025 do 2027 roku": a day to a year.
    ("range_day_year", r"{B}(?P<d1>{D}){DG}\s+(?P<m1>{NAME})\s+(?P<y1>{Y}){YS}\s+(?i:do)\s+{EDGE}(?P<y2>{Y}){YR}", build_date),
    ("range_day_year_numeric", r"{B}(?P<d1>{D})\.(?P<m1>{MN})\.(?P<y1>{Y}){YS}\s+(?i:do)\s+{EDGE}(?P<y2>{Y}){YR}", build_date),
    ("range_month_month",
     r"(?<!\w)(?P<m1>{NAME_LC})(?:\s+(?P<y1>{Y}){YS})?{TO}{EDGE}(?P<m2>{NAME_LC})(?:\s+(?P<y2>{Y}){YS})?{MARK}",
     build_month),
    # "na lata 2015-2020", "sezon grzewczy 2024/2025", "sezon 2024/25" (two digits only after a slash).
    ("range_years", r"(?<![\w.,/-])(?:{PROG_CTX})?(?P<y1>{Y})(?:\s?(?:r\.|roku))?(?:\s?[-–—/]\s?|\s+do\s+)(?P<y2>{Y}|(?<=/)\d{2})(?P<rok>{YR})?{E}", build_year_range),
    # "w piątek (8 grudnia)": one date, the weekday only confirms it.
    # "do piątku (13.09)": the day and month may be in figures.
    ("day_weekday_paren",
     r"(?<!\w)(?:(?i:w|we|do|od|na|przed|po)\s+)?{WDN},?\s*\((?P<d1>{D})(?:{DG}\s+(?P<m1>{NAME})(?:\s+(?P<y1>{Y}){YS})?"
     r"|\.(?P<mn>{M2})\.?)\)",
     build_day_weekday_paren),
    # "zgłoszenia do 7.10." at the end of a line or sentence: a preposition before it makes it a day.
    # (The lookbehinds let the rule begin at the digit, so it is tried only at numbers.)
    ("day_month_numeric_after_prep",
     r"{B}(?:(?<=(?i:do|od|po)\s)|(?<=(?i:dnia|dniu)\s)|(?<=(?i:dn\.)\s)|(?<=(?i:przed|dniem)\s))"
     r"(?P<d1>{D})\.(?P<m1>{M2})\.{MARK}(?=[^\S\n]*(?:\n|$)|\s+[A-ZĄĆĘŁŃÓŚŹŻ])",
     build_date),
    # "24.12 (czwartek) – czynne do godz. 13:00": the weekday in parentheses makes the figures a day.
    ("day_month_numeric_weekday_paren", r"{B}(?P<s>(?P<d1>{D})\.(?P<m1>{M2}))\.?(?=\s*\((?i:{WDN})\))", build_date),
    # "Wtorek 11.03 – warsztaty": a day and month in figures without a closing period after a weekday.
    ("day_month_after_weekday", r"{B}{WDBEHIND}(?P<d1>{D})\.(?P<m1>{M2})\.?(?!\w|\.?\d|[,/-]\d)", build_day_after_weekday),
    # Single days.
    ("day_numeric", r"{B}{WD}(?P<d1>{D})\.(?P<m1>{MN})\.(?P<y1>{Y}){YS}{E}", build_date),
    # "27.06. strażacy wyjechali", "z dniem 1.04. br.": a day and month without a year, then a small letter.
    ("day_month_numeric",
     r"{B}(?P<s>(?P<d1>{D})\.(?P<m1>{M2})\.(?:\s?(?P<mark>{MARKERS})|(?=\s+[a-ząćęłńóśźż(„\"]|\s*[,;)]|\s+[–—-]\s|\s*$)))",
     build_date),
    # "16.07.19 12:49", "16.07.19 r.": a two-digit year only with a time or "r." after it.
    ("day_numeric_short_year",
     r"{B}{WD}(?P<d1>{D})\.(?P<m1>{M2})\.(?P<y1>\d{2})(?:{YR}|(?=,?\s+(?:godz\.\s*)?\d{1,2}:\d{2}))",
     build_date),
    ("day_slash", r"{B}{WD}(?P<d1>{D})/(?P<m1>{MN})/(?P<y1>{Y}){YS}{E}", build_date),
    ("day_dashed", r"{B}{WD}(?P<d1>{D})-(?P<m1>{M2})-(?P<y1>{Y}){YS}{E}", build_date),
    # "2025-04-24", and as CMS exports stamp it: "2025-04-24T10:15:00+02:00"
    ("day_iso", r"{B}(?P<y1>{Y})-(?P<m1>{M2})-(?P<d1>{D})(?:{E}|(?=T\d\d:))", build_date),
    ("day_ymd_dotted", r"{B}(?P<y1>{Y})\.(?P<m1>{M2})\.(?P<d1>{D}){E}", build_date),
    ("day_roman", r"{B}{WD}(?P<d1>{D})[ .](?P<m1>{ROM})(?:[ .]\s?(?P<y1>{Y}){YS}{E}|\.?{MARK_REQ})", build_date),
    # "4, 5 i 6 grudnia 2017": each listed day takes the month and year of the last one.
    ("day_in_list",
     r"{B}(?P<s>(?P<d1>{D})){DG}(?=(?:,\s*{D}{DG})*\s*(?:,|i|oraz|lub|albo)\s+{D}{DG}\s+(?P<m1>{NAME})(?:\s+(?P<y1>{Y}))?)",
     build_day_month),
    # "przesuwa termin z 30 kwietnia na 31 sierpnia 2027 r.": a day moved to another takes its year
    # (two days, not a range).
    ("day_moved_to",
     r"(?<!\w)(?i:z|ze)\s+(?P<s>(?P<d1>{D}){DG}\s+(?P<m1>{NAME}))(?=\s+(?i:na)\s+{D}{DG}\s+{NAME}\s+(?P<y1>{Y}))",
     build_day_month),
    # "6–7 oraz 13–14 września 2025 r.": a range of days in a list takes the month of the last.
    ("range_dd_in_list",
     r"{B}(?P<s>(?P<d1>{D}){DASH}(?P<d2>{D})){DG}(?=\s*(?:,|i|oraz|lub|albo)\s+{D}(?:{DASH}{D})?{DG}\s+(?P<m2>{NAME})(?:\s+(?P<y2>{Y}))?)",
     build_day_month),
    # "w dniach 12.04 i 13.04.2025": a day in figures in a list takes the year of the last.
    ("day_numeric_in_list",
     r"{B}(?P<s>(?P<d1>{D})\.(?P<m1>{M2})\.?)(?=\s*(?:,|i|oraz|lub|albo)\s+{D}\.{M2}\.(?P<y1>{Y}))",
     build_date),
    ("day_month_name", r"{B}{WD}(?P<d1>{D}){DG}\s+(?P<m1>{NAME}){WDP}(?:\s+(?P<y1>{Y}){YS})?{MARK}", build_day_month),
    ("day_month_abbr", r"{B}{WD}(?P<d1>{D})\s+(?P<m1>{ABBR})\s*(?P<y1>{Y}){YS}{E}", build_day_month),
    # "w nocy z 14 na 15 lipca": the two days the night spans.
    ("range_night", r"(?<!\w)(?i:nocy|noc)\s+z\s+(?P<d1>{D})\s+na\s+(?P<d2>{D}){DG}\s+(?P<m2>{NAME})(?:\s+(?P<y2>{Y}){YS})?{MARK}",
     build_day_month),
    # "w nocy z 31 grudnia na 1 stycznia": a night across a month's (or a year's) end.
    ("range_night_months",
     r"(?<!\w)(?i:nocy|noc)\s+z\s+(?P<d1>{D}){DG}\s+(?P<m1>{NAME})\s+na\s+(?P<d2>{D}){DG}\s+(?P<m2>{NAME})"
     r"(?:\s+(?P<y2>{Y}){YS})?{MARK}",
     build_day_month),
    # "od jutra do wtorku 15 grudnia": from a relative day to a named one.
    ("range_relative_to_day",
     r"(?<!\w)(?i:od)\s+(?P<w>(?i:jutra|dziś|dzisiaj))\s+(?i:do)\s+{WD}(?P<d2>{D}){DG}\s+(?P<m2>{NAME_LC})"
     r"(?:\s+(?P<y2>{Y}){YS})?{MARK}",
     build_relative_to_day),
    # Quarters and halves of a year: "w IV kwartale 2026 r.", "w I półroczu 2024 roku", "w II połowie 2024 r.".
    ("period_of_year", r"(?<!\w)(?P<q>IV|III|II|I|[1-4])\.?\s+(?P<unit>(?i:kwarta\w+|kw\.|półrocz\w+|połow\w+))(?:\s+(?P<y1>{Y}){YS}{E}|{MARK_REQ})",
     build_period),
    # "od marca 2027 r. do końca II półrocza 2028 r.": a month to a quarter or half-year, one span.
    ("range_month_period",
     r"(?<!\w)(?i:od)\s+(?P<m1>{NAME_LC})\s+(?P<y1>{Y}){YS}\s+(?i:do)\s+{EDGE}(?P<q>IV|III|II|I|[1-4])\.?\s+"
     r"(?P<unit>(?i:kwarta\w+|kw\.|półrocz\w+|połow\w+))\s+(?P<y2>{Y}){YS}{E}",
     build_month_to_period),
    # ... and in words: "w drugim kwartale 2026 roku", "w pierwszej połowie 2028 roku".
    ("period_of_year_words", r"(?<!\w)(?P<q>{ORD})\s+(?P<unit>(?i:kwarta\w+|kw\.|półrocz\w+|połow\w+))(?:\s+(?P<y1>{Y}){YS}{E}|{MARK_REQ})",
     build_period),
    # Quarters as financial reports write them: "Q3 2024", "1Q2025", "3Q24".
    ("period_quarter_q", r"(?<!\w)(?:Q(?P<q>[1-4])|(?P<qa>[1-4])Q|H(?P<h>[12])|(?P<ha>[12])H)(?P<y1>\s?{Y}|'?\d{2})(?!\w)",
     build_quarter_q),
    # "na przełomie marca i kwietnia przyszłego roku": both months.
    ("range_month_turn",
     r"(?<!\w)(?i:przełom\w*)\s+(?P<s>(?P<m1>{NAME_LC})\s+(?:i|a)\s+(?P<m2>{NAME_LC})(?:\s+(?P<y2>{Y}){YS})?{MARK})",
     build_month),
    # "w 2027 i 2028 roku": two years under one "roku" are one span ("w 2018 i w 2023 roku" are two).
    ("range_years_joined", r"(?<![\w.,/-])(?P<y1>{Y})\s+(?:i|oraz)\s+(?P<y2>{Y}){YR}", build_date),
    # "na przełomie 2025 i 2026 roku": both years.
    ("range_year_turn", r"(?<!\w)(?i:przełom\w*)\s+(?:(?i:lat)\s+)?(?P<s>(?P<y1>{Y})\s+(?:i|a)\s+(?P<y2>{Y}){YS})", build_date),
    # English months in bilingual releases: "9 May 2025", "15–17 May 2025", "between 16 and 30 April 2025",
    # "April 15, 2025", "May 17", "March 2025".
    ("range_dd_month_en",
     r"{B}(?P<d1>{D})(?:st|nd|rd|th)?(?:{DASH}|\s+(?:and|to)\s+)(?P<d2>{D})(?:st|nd|rd|th)?\s+(?P<m2>{EN})(?:,?\s+(?P<y2>{Y}))?{E}",
     build_date),
    ("day_month_en", r"{B}(?P<d1>{D})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{EN})(?:,?\s+(?P<y1>{Y}))?{E}", build_date),
    ("month_day_en", r"(?<!\w)(?P<m1>{EN})\s+(?P<d1>{D})(?:st|nd|rd|th)?(?:,\s*(?P<y1>{Y}))?{E}", build_date),
    ("month_year_en", r"(?<!\w)(?P<m1>{EN})\s+(?P<y1>{Y}){E}", build_date),
    # "in May and June 2025": the first month takes the year of the last.
    ("month_in_list_en", r"(?<!\w)(?P<s>(?P<m1>{EN}))(?=,?\s+(?:and|or)\s+{EN}\s+(?P<y1>{Y}))", build_date),
    # "w marcu i czerwcu 2026 r.", "w styczniu, lutym oraz marcu 2024": a listed month takes the year
    # of the last one (the preposition is part of the match, so it wins over "w marcu" alone).
    ("month_in_list",
     r"(?<!\w)(?:(?i:{PREP})\s+)?(?P<s>(?P<m1>{NAME_LC}))(?=(?:,\s*{NAME_LC})*\s*(?:,|i|oraz|lub|albo)\s+{NAME_LC}\s+(?P<y1>{Y}))",
     build_month),
    # "V–VI 2025", "IX-XII 2024 r.": months in Roman numerals.
    ("range_roman_months", r"(?<!\w)(?P<m1>{ROM}){DASH}(?P<m2>{ROM})\s+(?P<y2>{Y}){YS}{E}", build_month_roman),
    # "w X 2025 r.": a Roman month alone only with "r." or "roku" after its year ("Pius XII 1939" is no date).
    ("month_roman_year", r"(?<!\w)(?P<m1>{ROM})\s+(?P<y1>{Y}){YR}", build_date),
    # "w dniach 22–30 IV 2025 r."
    ("range_dd_roman", r"{B}(?P<d1>{D}){DASH}(?P<d2>{D})[ .](?P<m2>{ROM})[ .]\s?(?P<y2>{Y}){YS}{E}", build_date),
    # "W dniach 12–14 V w Gliwicach", "zgłoszenia do 30 IV.": the year is the release's. A single day
    # needs a preposition before it ("kl. 3 IV" is no date).
    ("range_dd_roman_no_year", r"{B}(?P<d1>{D}){DASH}(?P<d2>{D})[ .](?P<m2>{ROM})(?![\w.-]|\.\s?\d)", build_date),
    # "od 1.12 do 15.12", "od 1 do 5 XII": a range with "od ... do" around it, no year.
    ("range_od_dm_dm",
     r"(?<!\w)(?i:od)\s+(?P<d1>{D})\.(?P<m1>{MN})\.?\s+(?i:do)\s+(?P<d2>{D})\.(?P<m2>{MN})\.?(?![\w-]|\.?\d)",
     build_date),
    ("range_od_dd_roman",
     r"(?<!\w)(?i:od)\s+(?P<d1>{D})\s+(?i:do)\s+(?P<d2>{D})[ .](?P<m2>{ROM})(?:[ .]\s?(?P<y2>{Y}){YS}{E})?(?![\w-]|\.?\s?\d)",
     build_date),
    ("day_roman_after_prep",
     r"{B}(?:(?<=(?i:do|od|po)\s)|(?<=(?i:dnia|dniu)\s)|(?<=(?i:przed|dniem)\s))(?P<d1>{D})[ .](?P<m1>{ROM})(?![\w-]|\.?\s?\d)",
     build_date),
    # Months.
    ("month_year", r"(?<!\w)(?P<m1>{NAME})\s+(?P<y1>{Y}){YS}{E}", build_month),
    ("month_marker", r"(?<!\w)(?P<m1>{NAME_LC}){MARK_REQ}", build_month),
    ("month_after_prep", r"(?<!\w)(?i:{PREP})\s+(?P<s>(?P<m1>{NAME_LC}){MARK})", build_month),
    ("month_adjective", r"(?<!\w){MADJ}", build_month_adj),
    ("year_adjective", r"(?<!\w){YADJ}", build_year_adj),
    # "w ubiegłym roku", "od przyszłego roku", "w roku ubiegłym": the release's year plus the offset.
    ("year_relative", r"(?<!\w){RELY}\s+(?i:rok|roku|rokiem)(?!\w)(?!\s+(?i:{YEARKIND}))", build_year_relative),
    ("year_relative_after", r"(?<!\w)(?i:rok|roku|rokiem)\s+{RELY}", build_year_relative),
    # "w ubiegłym miesiącu", "od przyszłego miesiąca": the release's month plus the offset.
    ("month_relative", r"(?<!\w){RELY}\s+(?i:miesiąc|miesiąca|miesiącu)(?!\w)", build_month_relative),
    # "Rok temu", "przed rokiem", "dwa lata temu": the release's year less the distance.
    ("years_ago", r"(?<!\w)(?i:{AGO})(?!\w)(?!\s+\d)", build_years_ago),
    # Years.
    # "w sezonie turystycznym 2028", "za rok obrotowy 2025": a season or a year of a kind is its year.
    ("year_of_a_kind", r"(?<!\w)(?i:rok|roku|rokiem|sezon\w*)\s+(?i:{SEASONKIND})\s+(?P<y1>{Y}){YS}{E}(?!\s?[-–—/]\s?\d)",
     build_year),
    ("year_with_rok", r"(?<![\w.,/-])(?P<y1>{Y}){YR}", build_date),
    # "odznaczony Krzyżem Komandorskim Orderu Odrodzenia Polski (2005)": a year alone in parentheses.
    ("year_in_parentheses", r"(?<=\()(?P<y1>{Y})(?=\))", build_date),
    ("year_after_rok", r"(?<!\w)(?i:roku|rok)\s+(?P<y1>{Y}){E}", build_date),
    ("year_after_w", r"(?<!\w)(?i:w|we)\s+(?P<s>(?P<y1>{Y})){E}(?!\s?[-–—/]\s?\d)", build_year),
    # After other prepositions numbers are often amounts ("po 1500 zł", "do 2000."): this century only.
    ("year_after_prep", r"(?<!\w)(?i:z|ze|od|do|przed)\s+(?P<s>(?P<y1>{YNOW})){E}(?!\s?[-–—/]\s?\d)", build_year),
    # Weekdays and relative days.
    ("weekday",
     r"(?<!\w)(?:(?P<prep>(?i:w|we|od|do|na|przed|po|za|i|oraz|lub|albo))\s+)?(?:(?P<dir>(?i:ten|tę|ta|najbliższy|najbliższą|najbliższa|przyszły|przyszłą|ubiegły|ubiegłą|zeszły|zeszłą|ostatni|ostatnią))\s+)?(?P<wd>{WDN})",
     build_weekday),
    ("range_night_weekdays", r"(?<!\w)(?i:nocy|noc)\s+(?i:z|ze)\s+(?P<wd1>{WDN})\s+(?i:na)\s+(?P<wd>{WDN})",
     build_night_weekdays),
    ("weekday_adjective", r"(?<!\w){WDADJ}", build_weekday_adj),
    ("relative_day", r"(?<!\w)(?i:{REL})(?!\w)", build_relative),
    ("day_after", r"(?<!\w)(?i:{AFTER})(?!\w)", build_after),
    ("year_after", r"(?<!\w)(?i:{AFTER_YEAR})(?!\w)", build_after_year),
)


@cache
def rules() -> tuple[Rule, ...]:
    frag = fragments()
    out = []
    for name, template, builder in _RULE_SPECS:
        pattern = re.sub(r"\{([A-Z_]+\d?)\}", lambda m: frag[m.group(1)], template)
        first = _first_chars(pattern)
        starts = _start_scanner(pattern, first)
        shared = None
        if starts is None and first is not None and _lead(pattern):
            exact, folded = first
            shared = re.compile("|".join([exact] * bool(exact) + [f"(?i:{folded})"] * bool(folded)))
        out.append(Rule(name, re.compile(_guarded(pattern, first)), builder, starts, shared))
    return tuple(out)


@cache
def _word_starts() -> re.Pattern[str]:
    """Where a rule tried at word starts may begin: a character some such rule begins with (spelt
    out over the Basic Multilingual Plane; any character beyond it is let through and tested
    exactly), with no word character before it."""
    chars = set()
    for rule in rules():
        if rule.first is not None:
            chars.update(rule.first.findall(_BMP))
    spelt = "".join(f"\\U{ord(c):08x}" for c in sorted(chars))
    return re.compile(f"[{spelt}\\U00010000-\\U0010ffff](?<!\\w[\\s\\S])")


@lru_cache(maxsize=10_000)
def _rules_beginning_with(char: str) -> tuple[int, ...]:
    return tuple(order for order, rule in enumerate(rules()) if rule.first is not None and rule.first.fullmatch(char))


# Lookbehinds that open rules ({B} and friends), rewritten to sit after the first character: a scanner
# that opens with a character class lets ``re`` skip to candidate characters at C speed.
_LEADS = {
    r"(?<![\w.,:/-])": r"(?<![\w.,:/-][\s\S])",
    r"(?<![\w.,/-])": r"(?<![\w.,/-][\s\S])",
    r"(?<!\w)": r"(?<!\w[\s\S])",
}
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _first_chars(pattern: str) -> tuple[str, str] | None:
    """Character classes (case-sensitive, case-insensitive; either may be "") that every match of
    ``pattern`` begins with, found from the parsed pattern; None when any character can begin a
    match or the pattern can match empty."""
    try:
        parsed = _sre_parser.parse(pattern)
        if parsed.getwidth()[0] == 0:
            return None
        first = _first_classes(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    except Exception:  # an unusual construct: no shortcut
        return None
    if first is None or first[2]:
        return None
    exact, folded, _ = first
    return ("[" + "".join(sorted(exact)) + "]" if exact else "", "[" + "".join(sorted(folded)) + "]" if folded else "")


def _lead(pattern: str) -> str:
    return next((before for before in _LEADS if pattern.startswith(before)), "")


def _guarded(pattern: str, first: tuple[str, str] | None) -> str:
    """``pattern`` with a lookahead for its first character right after its opening lookbehind: at
    the start of most words the rule then fails on one class test instead of trying every weekday
    and month alternative. The lookahead only restates what a match needs, so matches are the same."""
    if first is None:
        return pattern
    exact, folded = first
    options = [exact] if exact else []
    if folded:
        options.append(f"(?i:{folded})")
    lead = _lead(pattern)
    return lead + "(?=" + "|".join(options) + ")" + pattern[len(lead) :]


def _start_scanner(pattern: str, first: tuple[str, str] | None) -> re.Pattern[str] | None:
    """A one-character pattern that matches wherever a match of ``pattern`` can begin. Only worth
    it when that is a rare character (a digit, punctuation): None when a letter can begin a match
    (then ``finditer`` is used as it is)."""
    if first is None or first[1]:
        return None
    chars = first[0]
    if any(c.isalpha() for c in re.findall(chars, _BMP)):
        return None  # letters begin words everywhere: trying the rule at each costs more than it saves
    # the class first: ``re`` then skips to the next candidate character in C
    return re.compile(chars + _LEADS.get(_lead(pattern), ""))


_BMP = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)


def _class_parts(items: list) -> set[str] | None:
    parts = set()
    for op, av in items:
        if str(op) == "LITERAL":
            parts.add(f"\\U{av:08x}")
        elif str(op) == "RANGE":
            parts.add(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        elif str(op) == "CATEGORY" and str(av) in _CATEGORIES:
            parts.add(_CATEGORIES[str(av)])
        else:
            return None  # negated or unusual classes
    return parts


def _first_classes(items: list, icase: bool) -> tuple[set[str], set[str], bool] | None:
    """(case-sensitive class parts, case-insensitive class parts, can be empty) for the first
    character of a parsed regex sequence; None when it can be any character."""
    exact: set[str] = set()
    folded: set[str] = set()
    for op, av in items:
        kind = str(op)
        if kind in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # zero width: the next item supplies the character
        if kind == "LITERAL":
            parts, empty = {f"\\U{av:08x}"}, False
        elif kind == "IN":
            parts, empty = _class_parts(av), False
            if parts is None:
                return None
        elif kind in ("BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT", "ATOMIC_GROUP"):
            if kind == "BRANCH":
                branches = [(list(b), icase) for b in av[1]]
            elif kind == "SUBPATTERN":
                _group, add, remove, sub = av
                branches = [(list(sub), (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)]
            elif kind == "ATOMIC_GROUP":
                branches = [(list(av), icase)]
            else:
                branches = [(list(av[2]), icase)]
            empty = kind.endswith("REPEAT") and av[0] == 0
            for sub, sub_icase in branches:
                found = _first_classes(sub, sub_icase)
                if found is None:
                    return None
                exact |= found[0]
                folded |= found[1]
                empty = empty or found[2]
            if not empty:
                return exact, folded, False
            continue
        else:
            return None
        (folded if icase else exact).update(parts)
        if not empty:
            return exact, folded, False
    return exact, folded, True


def match_candidates(text: str) -> list[Candidate]:
    """All rules over ``text``; the longest non-overlapping matches win (earlier rules on ties)."""
    found: list[tuple[int, int, Candidate | None, int]] = []
    all_rules = rules()
    for order, rule in enumerate(all_rules):
        if rule.first is not None:
            continue
        for m in rule.finditer(text):
            if m.end() == m.start():
                continue
            cand = rule.build(m, text, rule)
            found.append((m.start(), m.end(), cand, order))
    # The rules that begin at a word start, in one pass: each word start tries only the rules that
    # can begin with its first character, each rule where its previous match has ended (as its own
    # ``finditer`` would). A pass per rule costs every rule a test at every character of the text.
    ends = [0] * len(all_rules)
    for start in _word_starts().finditer(text):
        pos = start.start()
        for order in _rules_beginning_with(text[pos]):
            if pos < ends[order]:
                continue
            rule = all_rules[order]
            m = rule.pattern.match(text, pos)  # lookbehinds still see the text before ``pos``
            if m is None or m.end() == m.start():
                continue
            ends[order] = m.end()
            found.append((pos, m.end(), rule.build(m, text, rule), order))
    # Rank by the whole match (not the reported span) so "w grudniu" beats "grudniu" alone.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[3], f[0]))
    # The spans taken so far are disjoint, so kept sorted their ends are sorted too: a new span
    # overlaps one only if it overlaps the last one that starts before its end.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen: list[Candidate] = []
    for s, e, cand, _order in found:
        if cand is None:
            continue
        i = bisect.bisect_left(taken_starts, e)
        if i and taken_ends[i - 1] > s:
            continue
        taken_starts.insert(i, s)
        taken_ends.insert(i, e)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start_char)
    return chosen


# ---------------------------------------------------------------------------------------------
# Resolution


def _iso_date(value) -> str | None:
    """A caller's date (date, datetime, ISO string or a date as Polish text) as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    days = [c.start for c in match_candidates(str(value)) if c.kind == "date" and c.start.date() is not None]
    return days[0].iso() if days else None


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


_VERB_TAGS = ("fin", "praet", "imps", "bedzie", "impt", "pred")
# Before a dateline's date: nothing, a place and a comma ("Białystok, ", two senders' towns
# "Wrocław/Opole, "), or a short label and a separator as CMS pages print it ("Aktualności | ").
_PLACE_PREFIX = re.compile(
    r"^\s*(?:(?P<place>[A-ZĄĆĘŁŃÓŚŹŻ][\w.\-]*(?:(?:[ -]|\s?/\s?)[\w.\-]+){0,3}),\s*|(?:[^|•·\n]{0,50}[|•·]\s*){1,3})?"
    r"(?:(?i:dnia|dn\.)\s*)?$"
)


# A date after these words bounds a period; it is never the release's own date.
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:do|przed|najpóźniej|od|po)\s+$")
# "Komunikat Państwowego Powiatowego Inspektora Sanitarnego w Nowym Sączu\nz dnia 7 lipca 2025 r.":
# a heading wrapped before its "z dnia" goes on from the line above.
_CONTINUED_HEADING = re.compile(r"^\s*z\s+(?:dnia|dn\.)\s*$", re.IGNORECASE)
# The dash that joins a lead's dateline to its first sentence on the same line.
# A bracketed source may stand between them: "Szczecin, 4 kwietnia 2025 (informacja własna) – ...".
_LEAD_DASH = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]\s")


def _is_place(words: str) -> bool:
    """A dateline's place: a geographic name, or a word the dictionary does not know (small towns);
    an adjective opening a name counts with the place word after it ("Nowy Targ", "Stalowa Wola")."""
    parts = re.findall(r"[^\W\d_]+", words)
    if not parts:
        return False
    found = analyse(parts[0])
    if not found or any(a.pos == "ign" or GEOGRAPHIC in a.name_classes for a in found):
        return True
    return len(parts) == 2 and any(a.lemma_base[:1].islower() for a in found) and any(
        GEOGRAPHIC in a.name_classes or "człon_nazwy_geograficznej" in a.name_classes for a in analyse(parts[1]))


def _has_verb(words: str) -> bool:
    return any(a.pos in _VERB_TAGS for w in re.findall(r"[^\W\d_]+", words) for a in analyse(w))


_LETTERHEAD_LINES = 12


def _letterhead(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines after the first five and before the first paragraph of prose, up to the twelfth: a
    letterhead (institution, address, phones, tax numbers) can push the date line below the top five."""
    out = []
    for ls, le in lines[5:_LETTERHEAD_LINES]:
        line = text[ls:le].strip()
        if len(line) > 120 or (line.endswith((".", "!", "?")) and len(line.split()) > 8):
            break
        out.append((ls, le))
    return out


def find_published(text: str, cands: list[Candidate]) -> Candidate | None:
    """The release's own date: after a publication word, else a date line at the top or bottom."""
    t = tables()
    days = [c for c in cands if c.kind == "date" and c.start == c.end and c.start.date() is not None]
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    head = _letterhead(text, lines)
    edge = lines[:5] + head + lines[-5:]
    edge_starts = {ls for ls, _le in edge}
    best: tuple[int, int, Candidate] | None = None
    for c in days:
        ls, _le = _line_bounds(text, c.start_char)
        prefix = text[ls:c.start_char].lower()
        limit = 60
        if ls and _CONTINUED_HEADING.match(prefix) and text[ls - 2:ls - 1] not in ("", "\n"):
            prefix = text[_line_bounds(text, ls - 1)[0]:ls - 1].lower() + " " + prefix
            limit = 160
        if len(prefix) > limit or _BOUND_BEFORE.search(prefix):
            continue  # "zostanie opublikowany do 31 stycznia": a deadline, not the release's date
        for trig, rank in t.triggers.items():
            # Rank 2 words ("Autor:", "Informacja prasowa") count only on the first and last lines.
            if rank == 2 and ls not in edge_starts:
                continue
            if re.search(r"(?<!\w)" + re.escape(trig) + r"(?!\w)", prefix):
                if best is None or (rank, c.start_char) < best[:2]:
                    best = (rank, c.start_char, c)
    if best is not None and best[0] < 3:
        return best[2]
    for ls, le in dict.fromkeys(edge):
        for c in days:
            if not ls <= c.start_char < le:
                continue
            prefix = _PLACE_PREFIX.match(text[ls:c.start_char])
            if prefix and (ls, le) in head and not (prefix.group("place") and _is_place(prefix.group("place"))):
                break  # below a letterhead only "Rzeszów, 14.04.2025 r." counts
            # On the headline line "Sesja Rady Miejskiej, 11 grudnia" is an event: there only a place counts.
            is_title = (ls, le) == lines[0]
            if not prefix or (is_title and prefix.group("place") and not _is_place(prefix.group("place"))):
                break
            rest = text[c.end_char:le]
            if is_title and not prefix.group("place") and _LEAD_DASH.match(rest):
                break  # "12 maja 2025 r. – sesja Rady Miejskiej": the headline's event, not a date line
            rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", " ", rest)
            if len(rest.strip()) <= 60 and not _has_verb(rest):
                return c
            # A news-agency lead: "Kielce, 29 sierpnia 2024 r. – Spółka opublikowała ..."
            if prefix.group("place") and _is_place(prefix.group("place")) and _LEAD_DASH.match(rest):
                return c
            break
    return best[2] if best is not None else None


def _year_of_weekday(day: Partial, weekday: int | None, anchor: Partial) -> int | None:
    """The year next to the anchor's in which a day the text gives with its weekday falls on that
    weekday ("sobotę, 17 maja": 17 May is a Saturday in 2025, not in 2024); None when no weekday is
    stated or none or several of the years fit."""
    if weekday is None or day.m is None or day.d is None or anchor.y is None:
        return None
    fits = []
    for y in (anchor.y - 1, anchor.y, anchor.y + 1):
        try:
            if dt.date(y, day.m, day.d).weekday() == weekday:
                fits.append(y)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


def find_release_month(text: str, cands: list[Candidate]) -> Partial | None:
    """A date line that gives only a month ("Kłodzko, luty 2025"): not the release's date, but the
    month its yearless dates are counted from."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    for ls, le in dict.fromkeys(lines[:5] + lines[-5:]):
        for c in cands:
            if not (ls <= c.start_char < le and c.kind == "date" and c.start == c.end
                    and c.start.y is not None and c.start.m is not None and c.start.d is None):
                continue
            if _PLACE_PREFIX.match(text[ls:c.start_char]) and not text[c.end_char:le].strip(" .,"):
                return c.start
    return None


_TENSE_MATTERS = 60  # days: closer to the anchor than this, the nearest year wins whatever the tense


def _closest_year(m: int, d: int | None, anchor: dt.date, tense: int = 0) -> int:
    """The year that puts month ``m`` (day ``d``) closest to ``anchor``; when that is far from it,
    the sentence's tense picks the side ("odbędzie się 20 grudnia" in a June release: December next)."""
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            day = dt.date(y, m, d or 15)
        except ValueError:
            continue
        options.append((abs((day - anchor).days), y, day))
    if not options:
        return anchor.year
    gap, y, _day = min(options)
    if gap > _TENSE_MATTERS and tense:
        side = [o for o in options if (o[2] >= anchor if tense > 0 else o[2] <= anchor)]
        if side:
            return min(side)[1]
    return y


@word_cache
def _verb_tense(word: str) -> int:
    """+1 a future or perfective present verb form, -1 a past one, 0 no verb."""
    found = analyse(word)
    if any(a.lemma_base in word_set("date_plan_verbs.txt") for a in found if a.pos in ("fin", "praet", "imps", "ppas")):
        return 1  # "zaplanowano wyjazd na 17 maja", "obchody zaplanowane na 14–16 sierpnia": ahead
    if any(a.lemma_base in word_set("date_reporting_verbs.txt") for a in found if a.pos in ("fin", "praet")):
        return 0  # "zapowiedział": the tense of the statement, not of the event
    return _form_tense(word)


@word_cache
def _form_tense(word: str) -> int:
    """The tense of a verb form alone: +1 future or perfective present, -1 past, 0 no verb."""
    tags = [a.tag for a in analyse(word)]
    if any(tg.startswith("bedzie") for tg in tags) or any(tg.startswith("fin") and tg.endswith(":perf") for tg in tags):
        return 1
    if any(tg.startswith(("praet", "imps")) for tg in tags):
        return -1
    return 0


@word_cache
def _schedules_with_na(word: str) -> bool:
    """A verb that names its planned day after "na" and its own day after "w": "zwołała sesję na
    17 maja" is ahead, "zwołała w czwartek posiedzenie" is the Thursday it was called."""
    return any(a.lemma_base in word_set("date_scheduling_verbs.txt") for a in analyse(word)
               if a.pos in ("fin", "praet", "imps", "ppas"))


@word_cache
def _is_infinitive(word: str) -> bool:
    return any(a.pos == "inf" for a in analyse(word))


@word_cache
def _is_future_aux(word: str) -> bool:
    return any(a.tag.startswith("bedzie") for a in analyse(word))


def _planned(word: str, nxt: str) -> bool:
    """"ma ruszyć", "mają zostać": a present form of mieć before an infinitive speaks of the future."""
    return any(a.lemma_base == "mieć" and a.tag.startswith("fin") for a in analyse(word)) and _is_infinitive(nxt)


_AFTER_NA = re.compile(r"(?<!\w)(?i:na)\s+(?:\d{1,2}\.?\s*(?:,|i|oraz)\s*)*$")


def _tense(doc: Doc, char: int) -> int:
    """-1 past, +1 future, 0 unknown: the verb nearest to ``char`` in its sentence."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 0
    sent = sentence_of(doc, span[0].i)
    # "wyznaczył na 8 i 22 lutego": the days listed after "na" are all planned ones
    text = doc_text(doc)
    on_day = not re.match(r"(?i:na)\s", text[char:char + 3]) and not _AFTER_NA.search(text, max(0, char - 40), char)
    best: tuple[int, int] | None = None
    for tok in sent:
        value = _verb_tense(tok.text)
        if value > 0 and on_day and _schedules_with_na(tok.text) and _form_tense(tok.text) < 0:
            value = -1
        if not value and tok.i + 1 < sent.end and _planned(tok.text, tok.nbor().text):
            value = 1  # "Ośrodek ma ruszyć we wrześniu": a plan
        if value < 0 and any(_is_future_aux(t.text) for t in sent[max(0, tok.i - sent.start - 2):tok.i - sent.start]):
            value = 1  # "Rozkład będzie obowiązywał do grudnia": a past form after "będzie" is the future
        if not value:
            continue
        dist = abs(tok.i - span[0].i)
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else 0


_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:do|przed|najpóźniej)\s+(?:(?:dnia|dniem)\s+|dn\.\s*)?$", re.IGNORECASE)


@word_cache
def _present_imperfective(word: str) -> bool | None:
    """True for a present imperfective verb form only ("pomagają"), False for another verb form,
    None for no verb."""
    tags = [a.tag for a in analyse(word) if a.pos in _VERB_TAGS]
    if not tags:
        return None
    return all(tg.startswith("fin") and tg.endswith(":imperf") for tg in tags)


def _in_present(doc: Doc, char: int) -> bool:
    """Whether the verb nearest to ``char`` in its sentence is a present imperfective one."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    best: tuple[int, bool] | None = None
    for tok in sentence_of(doc, span[0].i):
        value = _present_imperfective(tok.text)
        if value is not None and (best is None or abs(tok.i - span[0].i) < best[0]):
            best = (abs(tok.i - span[0].i), value)
    return bool(best and best[1])


def _is_deadline(text: str, pos: int) -> bool:
    """"do 30 września", "przed dniem 1 lipca", "najpóźniej 15 maja": a deadline."""
    return _DEADLINE_BEFORE.search(text[max(0, pos - 30):pos]) is not None


def _nearest(items: list[tuple[int, object]], pos: int) -> object | None:
    """The item nearest before ``pos``, else the nearest after it."""
    before = [x for p, x in items if p <= pos]
    if before:
        return before[-1]
    after = [x for p, x in items if p > pos]
    return after[0] if after else None


@cache
def _yearly_words() -> re.Pattern[str]:
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("date_yearly.txt"))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.IGNORECASE)


def _yearly(text: str, c: Candidate) -> bool:
    """Whether the sentence of a day or month without a year says it comes every year."""
    return _yearly_words().search(_sentence_around(text, c.start_char, c.end_char)) is not None


_STORY_REACH = 400  # characters
_STORY_AGE = 2  # years before the release's: a story from the past, not this year's news


def _story_year(doc: Doc, c: Candidate, dated: list[Candidate], anchor: Partial) -> int | None:
    """The year of a past story the text is telling: a day or month without a year, in a sentence in
    the past, shortly after a date of some years before the release in the same or the next month
    ("wkroczenie Armii Czerwonej do Białegostoku 22 września 1939 r. [...] żołnierze walczyli do 13
    września": 1939). None when the date before it is recent or far away, or the sentence is not past;
    nor across a paragraph when the day is of the last weeks before the release ("po wrześniu 2024 r."
    in a quote, then "Umowę podpisała w październiku" in a November release: this October)."""
    year = anchor.y
    assert year is not None
    if c.start.m is None or c.year_offset is not None or c.weekday is not None:
        return None
    before = [d for d in dated if d.end_char <= c.start_char and d.start.y is not None and d.start.m is not None]
    if not before:
        return None
    prev = before[-1]
    between = doc_text(doc)[prev.end_char:c.start_char]
    if (c.start_char - prev.end_char > _STORY_REACH or between.count("\n\n") > 1
            or prev.start.y > year - _STORY_AGE or abs(c.start.m - prev.start.m) > 1):  # type: ignore[operator]
        return None
    if "\n\n" in between and anchor.m is not None and _recent(c.start, anchor):
        return None
    if _tense(doc, c.start_char) >= 0:
        return None
    return prev.start.y


_SAME_YEAR = re.compile(r"\s+(?i:tego\s+samego|tegoż)\s+roku(?!\w)")


def _same_year_as_before(text: str, c: Candidate, dated: list[Candidate]) -> int | None:
    """The year of the date named last before a month or day followed by "tego samego roku"."""
    if not _SAME_YEAR.match(text, c.end_char):
        return None
    years = [d.start.y for d in dated if d.end_char <= c.start_char and d.start.y is not None]
    return years[-1] if years else None


def _recent(start: Partial, anchor: Partial) -> bool:
    """Whether month ``start.m`` (day ``start.d``) of the anchor's year lies in the weeks before it."""
    try:
        day = dt.date(anchor.y, start.m, start.d or 15)  # type: ignore[arg-type]
        release = dt.date(anchor.y, anchor.m, anchor.d or 15)  # type: ignore[arg-type]
    except ValueError:
        return False
    return 0 <= (release - day).days <= _TENSE_MATTERS


def resolve(doc: Doc, cands: list[Candidate], published: str | None, release: Partial | None = None) -> list[DateItem]:
    """``release``: the month of a date line without a day, the anchor when there is no ``published``."""
    text = doc_text(doc)
    pub = dt.date.fromisoformat(published) if published else None
    dated = [c for c in cands if c.kind == "date"]
    # Anchors for missing years: dates that name their year and at least a month.
    year_anchors = [(c.start_char, c.start) for c in dated if c.start.y is not None and c.start.m is not None]

    def anchor_for(pos: int) -> Partial | None:
        if pub is not None:
            return Partial(pub.year, pub.month, pub.day)
        if release is not None:
            return release
        return _nearest(year_anchors, pos)  # type: ignore[return-value]

    out: list[DateItem] = []
    resolved_days: list[tuple[int, dt.date, dt.date]] = []
    for c in dated:
        start, end = c.start, c.end
        if start.y is None and c.year_offset is None and _yearly(text, c):
            continue  # "od lutego do kwietnia każdego roku": every year's months, no date
        if start.y is None:
            anchor = anchor_for(c.start_char)
            if anchor is None or anchor.y is None:
                if start.d is None:
                    continue  # a month with no year anywhere has no ISO value
            else:
                if (same := _same_year_as_before(text, c, dated)) is not None:
                    y = same  # "W grudniu 2025 r. [...] niż w listopadzie tego samego roku"
                elif (story := _story_year(doc, c, dated, anchor)) is not None:
                    y = story
                elif c.year_offset is not None:
                    y = anchor.y + c.year_offset
                elif (by_weekday := _year_of_weekday(start, c.weekday, anchor)) is not None:
                    y = by_weekday
                elif anchor.m is not None and start.m is not None:
                    # A deadline with no verb to date it ("Wnioski można składać do 30 września") is ahead.
                    tense = c.direction or _tense(doc, c.start_char) or (1 if _is_deadline(text, c.start_char) else 0)
                    y = _closest_year(start.m, start.d, dt.date(anchor.y, anchor.m, anchor.d or 15),
                                      tense if pub is not None or release is not None else 0)
                else:
                    y = anchor.y
                start = replace(start, y=y)
                if end.y is None:
                    end = replace(end, y=y + (1 if _key(start) > _key(end) else 0))
        if start.d is not None and start.y is not None and start.date() is None:
            continue
        item = DateItem(text[c.start_char:c.end_char], start.iso(), end.iso(), c.start_char, c.end_char, c.rule)
        out.append(item)
        # Deadlines ("do 31 grudnia") are not events a weekday can be counted from.
        if start.date() and end.date() and start.d is not None and not _is_deadline(text, c.start_char):
            resolved_days.append((c.start_char, start.date(), end.date()))  # type: ignore[arg-type]

    told_days = list(resolved_days)  # and the weekdays, as they resolve
    named_years = [(i.start_char, i.start[:4]) for i in out if i.start[:4].isdigit() and i.start[:4] == i.end[:4]]
    last_weekday: tuple[int, dt.date] | None = None  # where the last resolved weekday ends, its day
    # Ends of weekdays right before a single day ("w środę 7.05", "w poniedziałek, 28.04"): the day is the date.
    dated_after_weekday = _weekdays_before_a_date(text, cands)
    for c in cands:
        day: dt.date | None = None
        if c.kind == "relative" and pub is not None:
            day = pub + dt.timedelta(days=c.offset)
            if c.end.m is not None and c.end.d is not None:
                # "od jutra do wtorku 15 grudnia": the named day on or after the first one
                last = _on_or_after(c.end, day)
                if last is not None:
                    out.append(DateItem(text[c.start_char:c.end_char], day.isoformat(), last.isoformat(),
                                        c.start_char, c.end_char, c.rule))
                day = None
        elif c.kind == "relative_month" and pub is not None:
            months = pub.year * 12 + pub.month - 1 + c.offset
            iso = f"{months // 12:04d}-{months % 12 + 1:02d}"
            out.append(DateItem(text[c.start_char:c.end_char], iso, iso, c.start_char, c.end_char, c.rule))
        elif c.kind == "weekday":
            if c.end_char in dated_after_weekday:
                continue  # "w środę 7.05": the date that follows says which Wednesday
            if c.joined and last_weekday is not None and 0 <= c.start_char - last_weekday[0] <= 3:
                # "w poniedziałek i wtorek": the first such day after the weekday it is joined to
                prev = last_weekday[1]
                day = prev + dt.timedelta(days=(c.weekday - prev.weekday() - 1) % 7 + 1)  # type: ignore[operator]
            else:
                day = _resolve_weekday(doc, c, pub, resolved_days)
            if day is not None:
                last_weekday = (c.end_char, day)
                told_days.append((c.start_char, day, day))
        elif c.kind == "after" and any(re.fullmatch(r",?\s+(?:(?:w|we)\s+)?\w*,?\s*", text[c.end_char:d.start_char])
                                       for d in dated if d.start.d is not None and 0 < d.start_char - c.end_char <= 20):
            pass  # "Dzień wcześniej, w piątek 11 października": the date that follows says the day
        elif c.kind == "after":
            # (a weekday counts: "pokonały w niedzielę ... w meczu rozegranym tydzień wcześniej")
            before = sorted((pos, s, e) for pos, s, e in told_days if pos < c.start_char and s == e)
            # the single day named last before it, not the release's own date line
            if before and not (pub is not None and before[-1][1] == pub and len(before) == 1):
                day = before[-1][1] + dt.timedelta(days=c.offset)
        elif c.kind == "after_year":
            # the year of the date named last before it, in the same paragraph
            year = next((y for pos, y in reversed(named_years) if pos < c.start_char
                         and "\n\n" not in text[pos:c.start_char]), None)
            if year is not None:
                iso = str(int(year) + c.offset)
                out.append(DateItem(text[c.start_char:c.end_char], iso, iso, c.start_char, c.end_char, c.rule))
        if day is not None:
            iso = day.isoformat()
            first = (day - dt.timedelta(days=c.days_before)).isoformat()
            out.append(DateItem(text[c.start_char:c.end_char], first, iso, c.start_char, c.end_char, c.rule))
    out.sort(key=lambda i: i.start_char)
    return out


def _in_heading(text: str, char: int) -> bool:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) < 150 and not line.endswith((".", "!", "?", ":", ";", ","))


def _on_or_after(p: Partial, day: dt.date) -> dt.date | None:
    """Day ``p`` in its own year, else the first one on or after ``day``."""
    if p.y is not None:
        return p.date()
    for y in (day.year, day.year + 1):
        found = Partial(y, p.m, p.d).date()
        if found is not None and found >= day:
            return found
    return None


def _weekdays_before_a_date(text: str, cands: list[Candidate]) -> set[int]:
    """The ends of weekdays the date right after them says ("w środę 7.05", "w poniedziałek, 28.04"),
    also when further weekdays are joined to them ("w piątek i sobotę, 28–29 listopada")."""
    out: set[int] = set()
    run: list[Candidate] = []  # weekdays joined one after another, waiting for a date
    for c in cands:
        if c.kind == "weekday" and (not run or (c.joined and not text[run[-1].end_char:c.start_char].strip())):
            run.append(c)
            continue
        if run and c.kind == "date" and c.start.d is not None and re.fullmatch(r",?\s{1,2}\(?", text[run[-1].end_char:c.start_char]):
            out.update(w.end_char for w in run)
        run = [c] if c.kind == "weekday" else []
    return out


_ANCHOR_REACH = 400  # characters


def _next_weekday(day: dt.date, wd: int) -> dt.date:
    """The first ``wd`` on or after ``day``."""
    return day + dt.timedelta(days=(wd - day.weekday()) % 7)


def _resolve_weekday(doc: Doc, c: Candidate, pub: dt.date | None,
                     days: list[tuple[int, dt.date, dt.date]]) -> dt.date | None:
    """A weekday's date: in a short run of days the text names, else counted from the release's
    date in the direction of the sentence's tense, else the first such day after the date before it.
    """
    wd = c.weekday
    assert wd is not None
    if c.week is not None and pub is not None:  # "w przyszłym tygodniu, w poniedziałek"
        return pub + dt.timedelta(days=7 * c.week + wd - pub.weekday())
    if c.from_release and pub is not None:
        # "najbliższy" and "ubiegły" point from the day of writing, never into a run of days the
        # text names elsewhere ("rozmowy w dniach 1–5 lutego [...] dzień otwarty w najbliższą środę").
        if c.direction > 0:
            return pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        return pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    # A run of days that holds this weekday: "w dniach 4–8.12.2017 ... piątkowy okrągły stół".
    # With the release's date known, only a run on the right side of it (by the sentence's tense).
    stated = c.direction or _tense(doc, c.start_char)
    # "Bilety od piątku", "zapisy do środy" with no verb to go by: a start or a deadline ahead; but
    # "od wtorku pomagają" with a verb in the present imperfective is a state since a day gone by.
    text = doc_text(doc)
    since = c.bound and text[c.start_char:c.start_char + 3].lower() == "od " and _in_present(doc, c.start_char)
    # A present imperfective with a bare weekday speaks of the days ahead: "Sezon rusza w sobotę".
    tense = stated or (-1 if since else 1 if c.bound or _in_present(doc, c.start_char) else -1)
    # With no tense to go by ("zgłoszenia na czwartkowe spotkanie"), a run on either side will do.
    # A run named later holds the weekday only within its paragraph: "a w piątek pojadą do Sanoka" is
    # not a Friday of the camp "zaplanowany na 20–30 lipca" two paragraphs on.
    holding = [(abs(pos - c.start_char), _next_weekday(s, wd), pos) for pos, s, e in days
               if s < e and (e - s).days <= 13 and _next_weekday(s, wd) <= e
               and (pub is None or not stated or (s <= pub if tense < 0 else e >= pub))
               and (pos < c.start_char or "\n\n" not in text[c.start_char:pos])]
    # A single day shortly before the weekday (the same paragraph, roughly) can anchor it.
    # Not across a paragraph break: a new paragraph's "W środę szpital podpisał umowę" is the news of
    # the release's week, not the day after the last paragraph's date.
    near = [(pos, s) for pos, s, e in days if c.start_char - _ANCHOR_REACH < pos < c.start_char and s == e
            and "\n\n" not in text[pos:c.start_char]]
    before = [s for _pos, s in near]
    # The story moves forward from a day ahead of the release: "wyjdzie w czwartek 14 maja ...
    # Grupy dołączą w piątek" is the 15th, not a Friday of a run the text names pages later.
    ahead = tense > 0 and bool(near) and (pub is None or near[-1][1] > pub)
    if ahead:  # then only a run nearer than that day and in the same paragraph
        holding = [h for h in holding if h[0] < c.start_char - near[-1][0]
                   and "\n\n" not in text[min(h[2], c.start_char):max(h[2], c.start_char)]]
    if holding:
        return min(holding)[1]
    if c.rule == "weekday_adjective":
        # "Koncert piątkowy będzie transmitowany": the Friday of the concert the text dates ("w piątek,
        # 5 marca"), on the side of the release its tense points to.
        dated_same = [(abs(pos - c.start_char), d) for pos, d, e in days if d == e and d.weekday() == wd
                      and (pub is None or not stated or (d >= pub if tense > 0 else d <= pub))]
        if dated_same:
            return min(dated_same)[1]
    if ahead:
        return _next_weekday(near[-1][1], wd)
    if not stated:
        # "Utrudnienia w ruchu w sobotę" (a headline, no verb): the same weekday the text dates nearby.
        # In a heading (a short line with no full stop) any such day ahead will do: "ZUS dyżuruje
        # także w sobotę" over a text that says "w sobotę 9 stycznia", two weeks on.
        heading = _in_heading(text, c.start_char)
        same = [(abs(pos - c.start_char), d) for pos, d, e in days if d == e and d.weekday() == wd
                and (pub is None or abs((d - pub).days) <= 7 or (heading and d > pub))]
        if same:
            return min(same)[1]
    if pub is not None:
        if tense > 0 and c.direction > 0:  # "w najbliższy poniedziałek": never the release's own day
            return pub + dt.timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        if tense > 0:  # "w poniedziałek usłyszy zarzut" in a Monday's release: that very day
            return _next_weekday(pub, wd)
        # A past story told well after its first date counts from that date, not from the release.
        if before and before[-1] <= pub and (pub - before[-1]).days > 6 and not c.direction:
            return _next_weekday(before[-1], wd)
        if c.direction < 0:  # "w ubiegłą środę" in a Wednesday's release: a week ago
            return pub - dt.timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
        return pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    # The story moves forward: the first such weekday on or after the date before it.
    if before:
        return _next_weekday(before[-1], wd)
    return None


# ---------------------------------------------------------------------------------------------
# The component


def analyse_dates(doc: Doc) -> tuple[list[DateItem], str | None]:
    """The dates of ``doc`` and the release's own date (ISO) or None."""
    text = doc_text(doc)
    cands = [c for c in match_candidates(text) if c.kind != "skip"]
    meta = doc._.meta or {}
    published = _iso_date(meta.get("published")) if isinstance(meta, dict) else None
    if published is None:
        own = find_published(text, cands)
        if own is not None:
            published = own.start.iso()
    release = find_release_month(text, cands) if published is None else None
    return resolve(doc, cands, published, release), published


def extract_dates(doc: Doc) -> list[DateItem]:
    return analyse_dates(doc)[0]


@Language.component("komunikat_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.dates, doc._.published = analyse_dates(doc)
    return doc
