"""Organizations: institutions, companies and acting self-government units, merged per base form.

Rules, each small and named (``Candidate.rule``):

- ``head``: an institutional head noun written as a proper name ("Podlaskiej Fundacji Rozwoju
  Regionalnego", "Świętokrzyskim Urzędzie Wojewódzkim", "Gminą Spytkowice") with its agreeing
  capitalised adjectives, genitive complements, "im. ...", a quoted name and a seat ("w Kaliszu").
  A body named inside another ("Wydział X Politechniki Krakowskiej") is also an organisation itself.
- ``coordinated``: "Stowarzyszenie i Fundacja Terytorialni" names two organisations.
- ``organ``: a lowercase organ of a named self-government unit ("sejmiku województwa mazowieckiego").
- ``company``: a name closed by a legal form, quoted or not ("„Inaleks Energy” sp. z o.o.").
- ``foreign``: a capitalised non-Polish name with a foreign head word ("... Institute of Stavanger
  AS", "Explorer HQ") or right after a word that announces an organisation ("przedstawiciel
  Greater Stavanger Area").
- ``quoted``: a quoted name after a lowercase head or an announcing word ("firma „Agromax”").
- ``role``: "Wiceminister Młodzieży i Sportu Ukrainy" names "Ministerstwo Młodzieży i Sportu Ukrainy".
- ``acronym``: a known institution acronym with a seat ("DPS w Rudzie Różanieckiej") or one that is
  an organisation wherever it appears ("UE").
- ``defined``: a capitalised name defined by its acronym ("Krakowski Park Technologiczny (KPT)").
- ``party``: a named side of "porozumienie pomiędzy X a Y" that is no person and no place.
- ``ner``: an orgName entity of the optional NER model shaped like a foreign multi-word name.
- ``dictionary``: a word Morfeusz knows only as a firm or institution name ("Orlen", "Caritas").

Then: acronyms in parentheses and acronyms equal to a found name's initials become aliases; bare
capitalised heads ("Politechniki", "Powiatu") are mentions of the one found organisation with that
head; names whose words are a subset of a longer name with the same head are merged into it.
Programmes, projects, funds, laws and events (``org_not_orgs.txt``) are never organisations, nor is
anything named inside them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import morphology
from .items import Mention, Organization, doc_text
from .normalize import inflect, org_base, org_base_text, place_base
from .resources import table, word_list, word_set

_OPEN_QUOTES = frozenset("„“\"«‚'")
_CLOSE_QUOTES = frozenset("”“\"»‘’'")
_SEAT_PREPS = frozenset({"w", "we"})
_ORIGIN_PREPS = frozenset({"z", "ze"})
_NAME_LINKS = frozenset({"of", "and", "for", "the", "de", "der", "für", "und", "&", "dei", "di", "del", "della", "des", "du", "zu", "am",
                         "et", "la", "le"})
_ACRONYM = re.compile(r"^[^\W\d_a-ząćęłńóśźż][^\W\d_]*$")  # letters only, any alphabet ("ŽSR"), a capital first
_MAX_NAME_TOKENS = 16
_E_PREFIXED = re.compile(r"^e-[A-ZĄĆĘŁŃÓŚŹŻ]")  # "e-Zdrowia", "e-Administracji"
_VERBAL = frozenset({"fin", "praet", "impt", "inf", "bedzie", "pcon", "pant", "imps", "winien", "pred"})
_ORG_CLASSES = frozenset({"nazwa_firmy", "nazwa_instytucji", "nazwa_organizacji"})


@cache
def _heads() -> dict[str, str]:
    return {row["lemma"]: row["kind"] for row in table("org_heads.tsv")}


@cache
def _acronyms() -> dict[str, tuple[str, bool]]:
    return {row["acronym"]: (row["expansion"], row["standalone"] == "yes") for row in table("org_acronyms.tsv")}


@cache
def _institution_funds() -> frozenset[str]:
    """Funds that are institutions, by the expansions of their acronyms ("Narodowy Fundusz Zdrowia")."""
    return frozenset(_key(expansion) for expansion, _ in _acronyms().values() if "fundusz" in expansion.lower())


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(form.lower() for form in word_list("org_legal_forms.txt"))


# ----------------------------------------------------------------------------------------------
# word predicates
#
# The rules ask the same questions about the same word forms over and over, so every predicate is a
# pure function of the word, cached per process. Readings are morphology's cached ``Analysis``
# objects, whose grammatical features are parsed once.


_Reading = morphology.Analysis
_raw = morphology.analyse  # the word's readings as written


def _known(found: tuple[_Reading, ...]) -> bool:
    return any(a.pos != "ign" for a in found)


@morphology.word_cache
def _analyses(word: str) -> tuple[_Reading, ...]:
    """Morfeusz readings; a hyphenated word ("Historyczno-prawnego") is read by its last part."""
    found = _raw(word)
    if len(word) > 3 and word.isupper() and not _known(found):
        # all-capital headings ("URZĄD GMINY NAROL"); acronyms stay unknown either way
        found = _raw(word.capitalize()) or _raw(word.lower()) or found
    if "-" in word and not any(a.pos in ("adj", "subst") for a in found):
        last = word.rsplit("-", 1)[1]
        if last:
            found = _raw(last) or _raw(last.lower())
    return found


_VERB_POS = frozenset({"fin", "praet", "impt", "inf", "bedzie", "imps"})


@morphology.word_cache
def _capital_verb(word: str) -> bool:
    """A word in capitals that can be a verb and no genitive or adjective a name goes on with
    ("RUSZA", "PODPISAŁA"): a headline's predicate, where the name before it ends."""
    if len(word) < 2 or not word.isupper():
        return False
    found = _raw(word.lower())
    return any(a.pos in _VERB_POS for a in found) \
        and not any(a.pos in ("adj", "ppas", "pact") or a.pos == "subst" and "gen" in a.cases for a in found)


def _all_capitals(name: str) -> bool:
    words = [w for w in name.split() if sum(ch.isalpha() for ch in w) > 1]
    return bool(words) and all(w.isupper() for w in words) and any(sum(ch.isalpha() for ch in w) > 5 for w in words)


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


@morphology.word_cache
def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 10 and bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def _paren_acronym(word: str) -> bool:
    """An acronym as written in parentheses after a name, hyphenated ones too: "(ROPS)", "(PEC-Ruda)",
    "(GIG-PIB)"."""
    parts = word.split("-")
    return _is_acronym(word) or len(parts) in (2, 3) and _is_acronym(parts[0]) \
        and all(p.isalpha() and p[:1].isupper() for p in parts[1:])


def _is_legal_form(word: str) -> bool:
    return word.lower() in _legal_forms()


def _line_break_before(doc: _Doc, i: int) -> bool:
    return doc.breaks[i]


def _gap_ok(doc: _Doc, i: int) -> bool:
    """Token i follows token i-1 on the same line with at most ordinary spacing."""
    return doc.gaps[i]


_NOT_HEAD: tuple[str, tuple[_Reading, ...]] = ("", ())


@morphology.word_cache
def _head_readings(word: str) -> tuple[str, tuple[_Reading, ...]]:
    """(kind, noun readings) when ``word`` is an organisation head noun, else ("", ())."""
    heads = _heads()
    readings = tuple(a for a in _analyses(word) if a.pos == "subst" and a.lemma_base.lower() in heads)
    if not readings:
        return ("foreign", ()) if heads.get(word) == "foreign" else _NOT_HEAD
    kind = heads[readings[0].lemma_base.lower()]
    return _NOT_HEAD if kind == "foreign" else (kind, readings)


_ADJ_ENDINGS = ("skiej", "skiego", "skiemu", "skich", "skimi", "skim", "ską", "ska", "ski", "skie",
                "ckiej", "ckiego", "ckiemu", "ckich", "ckimi", "ckim", "cką", "cka", "cki", "ckie")


@morphology.word_cache
def _adjective_readings(word: str) -> tuple[_Reading, ...]:
    found = tuple(a for a in _analyses(word) if a.pos in ("adj", "ppas", "pact"))
    if not found and _is_cap(word) and not _known(_analyses(word)):
        # a foreign place's adjective ("Iwano-Frankiwska"): read as "polska" / "niemiecka" with its ending
        ending = next((e for e in _ADJ_ENDINGS if word.endswith(e)), None)
        if ending:
            found = tuple(a for a in _raw(("pol" if ending[0] == "s" else "niemie") + ending) if a.pos == "adj")
    return found


def _agrees(word: str, heads: Sequence[_Reading]) -> bool:
    """An adjective reading of ``word`` agrees in case, number and gender with a head reading."""
    for a in _adjective_readings(word):
        for h in heads:
            if a.number == h.number and a.cases & h.cases and a.genders & h.genders:
                return True
    return False


@morphology.word_cache
def _cases(word: str) -> frozenset[str]:
    return frozenset(c for a in _analyses(word) for c in a.cases)


def _has_case(word: str, case: str) -> bool:
    return case in _cases(word)


@morphology.word_cache
def _first_name(word: str) -> bool:
    # singular readings only: "Kraków" is also a plural of the first name "Krak"; an acronym in
    # capitals is no first name ("PAN" is not "Pan")
    if len(word) > 1 and word.isupper():
        return False
    return any(morphology.FIRST_NAME in a.name_classes and a.number == "sg" for a in _analyses(word))


@morphology.word_cache
def _unknown(word: str) -> bool:
    return not _known(_raw(word))


@morphology.word_cache
def _place_word(word: str) -> bool:
    """A word that can be (part of) a place name in a seat: capitalised, geographic or unknown."""
    if not _is_cap(word) or _head_readings(word)[0]:
        return False
    found = _analyses(word)
    return _unknown(word) or any(
        morphology.GEOGRAPHIC in a.name_classes or "człon_nazwy_geograficznej" in a.name_classes or a.pos == "adj"
        for a in found
    )


@morphology.word_cache
def _place_part(word: str, case: str) -> bool:
    """A further word of a multi-word place name in ``case`` ("w Rudzie Różanieckiej")."""
    return (
        _is_cap(word)
        and _has_case(word, case)
        and not _first_name(word)
        and not _head_readings(word)[0]
        and word not in word_set("org_name_stops.txt")
    )


@morphology.word_cache
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(a.lemma_base.lower() for a in _analyses(word))


@morphology.word_cache
def _is_noun(word: str) -> bool:
    return any(a.pos in ("subst", "ger", "depr") for a in _analyses(word))


@morphology.word_cache
def _common_noun_word(word: str) -> bool:
    """A noun that is no surname: "Gorlickich" is an adjective here, though SGJP has a surname Gorlicki."""
    return any(a.pos in ("subst", "ger", "depr") and "nazwisko" not in a.name_classes for a in _analyses(word))


class _Tok:
    """What the rules read of one token."""

    __slots__ = ("text", "whitespace_", "is_space", "is_punct", "i", "idx", "pos_", "is_sent_start", "cap")

    def __init__(self, tok: Token) -> None:
        self.text = tok.text
        self.whitespace_ = tok.whitespace_
        self.is_space = tok.is_space
        self.is_punct = tok.is_punct
        self.i = tok.i
        self.idx = tok.idx
        self.pos_ = tok.pos_
        self.is_sent_start = tok.is_sent_start
        self.cap = _is_cap(self.text)  # read by most rules at every token


_ROMAN_PERIOD = re.compile(r"^[IVXLC]+\.$")


class _Doc(list):
    """A Doc read once into a list of :class:`_Tok`: spaCy builds a new Token on every ``doc[i]``
    and the rules look at each token many times. ``span(start, end)`` is the real spaCy Span (for
    its text and base form). ``breaks[i]``/``gaps[i]`` answer ``_line_break_before``/``_gap_ok``
    for 0 <= i <= len(doc)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(_Tok(t) for t in doc)
        self.doc = doc
        self.breaks = [True]
        self.gaps = [False]
        for i, prev in enumerate(self):
            brk = "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)
            self.breaks.append(brk)
            # (A sentence that ends in a regnal number's period, "Jana Pawła II. W uroczystości",
            # ends a name too. After a legal form a branch may follow: "S.A. Oddział Terenowy".)
            ended = i + 1 < len(self) and _ROMAN_PERIOD.match(prev.text) is not None and self[i + 1].is_sent_start
            self.gaps.append(not brk and not prev.is_space and not ended)

    def span(self, start: int, end: int) -> Span:
        return self.doc[start:end]

    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence as ``Doc.sents`` gives them, without building their Spans."""
        starts = [t.i for t in self[1:] if t.is_sent_start]
        bounds = list(zip([0, *starts], [*starts, len(self)], strict=True))
        return [(a, b) for a, b in bounds if a < b]


# ----------------------------------------------------------------------------------------------
# candidates


@dataclass(slots=True)
class Candidate:
    start: int  # token indices, end exclusive
    end: int
    rule: str
    head: int | None = None
    kind: str = ""
    name: str | None = None  # set when the name is not the base form of the span
    aliases: list[str] = field(default_factory=list)


def _apostrophe(doc: _Doc, j: int) -> bool:
    """doc[j] is an apostrophe inside a word ("Rak’n’Roll", "Ma’am"), not a closing quote."""
    return (doc[j].text in ("’", "'") and 0 < j < len(doc) - 1 and not doc[j - 1].whitespace_
            and not doc[j].whitespace_ and doc[j - 1].text[-1:].isalpha() and doc[j + 1].text[:1].isalnum())


def _quote_end(doc: _Doc, i: int) -> int | None:
    """Index after the closing quote when doc[i] opens a short quoted name on the same line."""
    if doc[i].text not in _OPEN_QUOTES or doc[i].whitespace_ or i + 1 >= len(doc):
        return None
    for j in range(i + 1, min(len(doc), i + 12)):  # "„Rak’n’Roll. Wygraj Życie!”" is ten tokens
        if _line_break_before(doc, j):
            return None
        if doc[j].text in _CLOSE_QUOTES and j > i + 1 and not doc[j - 1].whitespace_ and not _apostrophe(doc, j):
            return j + 1
    return None


def _patron_end(doc: _Doc, i: int) -> int:
    """Index after a patron ("pw. św. Małgorzaty", "im. Jana Pawła II") starting at i, or i."""
    if i >= len(doc) or not _gap_ok(doc, i):
        return i
    if doc[i].text in ("pw.", "p.w.", "im."):
        j = i + 1
    elif doc[i].text in ("pw", "im") and i + 1 < len(doc) and doc[i + 1].text == ".":
        j = i + 2
    else:
        return i
    start = j
    while j < len(doc) and j - i < 6 and _gap_ok(doc, j) and (
            doc[j].text.lower() in word_set("org_patron_titles.txt") or doc[j].cap
            or doc[j].text == "." and f"{doc[j - 1].text.lower()}." in word_set("org_patron_titles.txt")):
        j += 1
    return j if j > start else i


@morphology.word_cache
def _town_reading(word: str) -> bool:
    """A capitalised word SGJP also knows as a place name, in the singular ("Hanna", "Koło", "Kole")."""
    return _is_cap(word) and any(morphology.GEOGRAPHIC in a.name_classes and a.number == "sg" for a in _analyses(word))


def _unit_name(doc: _Doc, j: int) -> bool:
    """A town's name right after "gmina" / "miasto" that is also a first name or a head noun:
    "Gmina Hanna", "Urzędu Gminy Hanna", "gminy Koło". A person's surname after it makes it a first
    name again ("Gminy Hanna Kowalska"); another first name does not ("gminy Hanna Andrzej Nowak")."""
    if j == 0 or not _gap_ok(doc, j) or not _town_reading(doc[j].text):
        return False
    if not _lemmas(doc[j - 1].text) & word_set("org_town_units.txt"):
        return False
    nxt = doc[j + 1].text if j + 1 < len(doc) and _gap_ok(doc, j + 1) else ""
    if nxt and (_person_word(nxt) or _is_cap(nxt) and any(morphology.SURNAME in a.name_classes for a in _analyses(nxt))) \
            and not _first_name(nxt):
        return False
    return True


def _seat_end(doc: _Doc, i: int) -> int | None:
    """Index after a seat "w Kaliszu", "we Włoszczowie", "w Rudzie Różanieckiej" starting at i."""
    if i + 1 >= len(doc) or doc[i].text not in _SEAT_PREPS or not _gap_ok(doc, i + 1):
        return None
    j = i + 1
    if j + 1 < len(doc) and doc[j].cap and _lemmas(doc[j].text) & word_set("org_town_units.txt") \
            and _has_case(doc[j].text, "loc") and _gap_ok(doc, j + 1) and _place_word(doc[j + 1].text):
        j += 1  # "w Mieście Krakowie": the town named with its unit
    if j + 1 < len(doc) and doc[j].cap and _lemmas(doc[j].text) & word_set("org_state_nouns.txt") \
            and _has_case(doc[j].text, "loc") and _gap_ok(doc, j + 1) and doc[j + 1].cap \
            and _agrees(doc[j + 1].text, _analyses(doc[j].text)):
        return j + 2  # "Muzułmański Związek Religijny w Rzeczypospolitej Polskiej": the state by its name
    # (a foreign town SGJP lists in the nominative only is not declined: "Uniwersytetu w Birmingham")
    undeclined = any(morphology.GEOGRAPHIC in a.name_classes for a in _analyses(doc[j].text)) \
        and not _has_case(doc[j].text, "gen")
    if not (_place_word(doc[j].text) and (_has_case(doc[j].text, "loc") or _unknown(doc[j].text) or undeclined)):
        if not (_town_reading(doc[j].text) and _has_case(doc[j].text, "loc")
                and not (j + 1 < len(doc) and _gap_ok(doc, j + 1) and doc[j + 1].cap)):
            return None
    j += 1
    while j < len(doc) and _gap_ok(doc, j) and _place_part(doc[j].text, "loc") and not _is_legal_form(doc[j].text):
        j += 1
    if j + 1 < len(doc) and doc[j].text == "nad" and _gap_ok(doc, j + 1) and doc[j + 1].cap \
            and any(morphology.GEOGRAPHIC in a.name_classes and "inst" in a.cases for a in _analyses(doc[j + 1].text)):
        j += 2  # the river is part of the town's name: "Urząd Miasta w Kostrzynie nad Odrą"
    if j < len(doc) and _gap_ok(doc, j) and doc[j].cap and _head_readings(doc[j].text)[0] \
            and (_agrees(doc[j - 1].text, _head_readings(doc[j].text)[1]) or not _has_case(doc[j].text, "gen")):
        # "w Wielkopolskim Centrum Onkologii" is another organisation, not a seat ("im. Ludwika Rydygiera w
        # Bydgoszczy Uniwersytetu Mikołaja Kopernika" is: the university the college belongs to follows it)
        return None
    return j


def _origin_end(doc: _Doc, i: int) -> int | None:
    """Index after "z Rudy Różanieckiej" (a place the body comes from) starting at i."""
    if i + 1 >= len(doc) or doc[i].text not in _ORIGIN_PREPS or not _gap_ok(doc, i + 1):
        return None
    j = i + 1
    first = doc[j]
    if not (_is_cap(first.text) and not _head_readings(first.text)[0] and _has_case(first.text, "gen")):
        return None
    if not any(morphology.GEOGRAPHIC in a.name_classes for a in _analyses(first.text)):
        return None
    j += 1
    while j < len(doc) and _gap_ok(doc, j) and _place_part(doc[j].text, "gen"):
        j += 1
    return j


def _after_quote(doc: _Doc, q: int) -> tuple[int, int | None]:
    """End of a quoted name with the town a club is known by, in the nominative, as sports clubs
    are named ("Klub Sportowy „Lubuszanin” Drezdenko"). A seat after the quote ("„Dębowy Dwór” w
    Rudzie Różanieckiej") stays out: the quoted name is the name."""
    if q < len(doc) and _gap_ok(doc, q):
        word = doc[q].text
        if _is_cap(word) and _has_case(word, "nom") and not _head_readings(word)[0] and any(
            morphology.GEOGRAPHIC in a.name_classes for a in _analyses(word)
        ):
            j = q + 1
            while j < len(doc) and _gap_ok(doc, j) and _place_part(doc[j].text, "nom"):
                j += 1
            return j, None
        if _is_legal_form(word):
            return q + 1, None  # "Przedsiębiorstwo Budowlane „Kujawy” sp. z o.o."
        if _is_acronym(word) and q + 1 < len(doc) and _gap_ok(doc, q + 1) and _is_legal_form(doc[q + 1].text):
            # "Komisja Zakładowa NSZZ „Solidarność” MPK S.A. w Krakowie": the workplace after the union
            end = q + 2
            return _seat_end(doc, end) or end, None
    return q, None


@morphology.word_cache
def _name_word(word: str, after_im: bool) -> bool:
    """A capitalised word that continues a name: a genitive complement or an apposed proper name."""
    if not (_is_cap(word) or word.isdigit() or _E_PREFIXED.match(word)):  # ("Centrum e-Zdrowia")
        return False
    if word in word_set("org_name_stops.txt") and not (after_im and word.startswith("Pan")) or _is_legal_form(word):
        return False  # ("pw. Najświętszego Serca Pana Jezusa": the Lord in a patron's name)
    if _first_name(word) and not after_im:
        return False
    found = _analyses(word)
    if found and all(a.pos in _VERBAL for a in found):
        return False  # "Gmina Narol Zaprasza ...": a title-case headline
    return True


@morphology.word_cache
def _domain_after_adjective(word: str) -> bool:
    """A capitalised common noun read only as a plural genitive, heading no body and naming no place or
    person: "Nauk" in "Wydział Lekarski i Nauk o Zdrowiu" ("Ministra" is a person's, "Technologii"
    also a singular)."""
    found = _analyses(word)
    return _is_cap(word) and not _head_readings(word)[0] and not _first_name(word) and bool(found) \
        and any(a.pos in ("subst", "ger") and "nazwa_pospolita" in a.name_classes for a in found) \
        and all(a.cases == {"gen"} and a.number == "pl" and "m1" not in a.genders for a in found)


def _first_name_after_apposition(doc: _Doc, j: int) -> bool:
    """A first name only in the genitive, with no surname after it, right after a capitalised common noun
    in the nominative that is no head: "Dwór Artusa" in "Centrum Kultury Dwór Artusa"."""
    word, before = doc[j].text, doc[j - 1].text
    if not _first_name(word) or _has_case(word, "nom") or not _has_case(word, "gen"):
        return False
    if j + 1 < len(doc) and _gap_ok(doc, j + 1) and doc[j + 1].cap:
        return False
    return _is_cap(before) and not _head_readings(before)[0] and any(
        a.pos == "subst" and "nazwa_pospolita" in a.name_classes and "nom" in a.cases and a.number == "sg"
        for a in _analyses(before))


def _title_in_name(doc: _Doc, j: int, head: int) -> bool:
    """"Pani"/"Pana" and a surname, both in the genitive, governed by a capitalised common noun of the
    name's complement: "Teatr Moralności Pani Dulskiej" (but "Dyrektor Szkoły Pani Kowalska" ends at
    "Szkoły": the surname is no genitive; "Fundacji Pani Anny Nowak": a first name follows)."""
    word = doc[j].text
    if word not in word_set("org_name_stops.txt") or not word.startswith("Pan") or not _has_case(word, "gen"):
        return False
    if j - 1 <= head or j + 1 >= len(doc) or not _gap_ok(doc, j + 1) or not doc[j + 1].cap:
        return False
    before, after = doc[j - 1].text, doc[j + 1].text
    return _is_cap(before) and _common_noun_word(before) and _has_case(before, "gen") and not _head_readings(before)[0] \
        and _has_case(after, "gen") and not _first_name(after) \
        and not (j + 2 < len(doc) and _gap_ok(doc, j + 2) and doc[j + 2].cap)


@morphology.word_cache
def _surname_not_genitive(word: str) -> bool:
    """A surname reading and no genitive one (indeclinable feminine surnames do not count)."""
    found = _analyses(word)
    if not any(morphology.SURNAME in a.name_classes for a in found):
        return False
    return not any(
        "gen" in a.cases and not (morphology.SURNAME in a.name_classes and "f" in a.genders) for a in found
    )


@morphology.word_cache
def _surname_only(word: str) -> bool:
    found = _analyses(word)
    return bool(found) and all(morphology.SURNAME in a.name_classes or morphology.FIRST_NAME in a.name_classes for a in found)


@morphology.word_cache
def _person_word(word: str) -> bool:
    """A capitalised word that can go on a person's name: a name in SGJP or a word it does not know."""
    return _is_cap(word) and not _is_acronym(word) and (_unknown(word) or _surname_only(word))


# "ds.", "do spraw", "do walki z": the remit in a unit's name, before a capitalised word.
_SCOPES = (("ds.",), ("do", "spraw"), ("do", "walki", "z"), ("do", "walki", "ze"), ("do", "walki"))


def _scope_end(doc: _Doc, j: int) -> int | None:
    """Index of the capitalised word after a remit phrase starting at j, or None."""
    for words in _SCOPES:
        k = j + len(words)
        if k < len(doc) and all(doc[j + m].text.lower() == w and _gap_ok(doc, j + m) for m, w in enumerate(words)) \
                and _gap_ok(doc, k) and doc[k].cap and _name_word(doc[k].text, False):
            return k
    return None


@morphology.word_cache
def _adjective_or_surname(word: str) -> bool:
    """An adjective whose only noun readings are surnames: "Pomorski" before "Ośrodek"."""
    found = _analyses(word)
    return any(a.pos == "adj" for a in found) and all(
        a.pos not in ("subst", "ger", "depr") or morphology.SURNAME in a.name_classes for a in found)


def _patron_first_name(doc: _Doc, j: int) -> bool:
    """doc[j] is a first name in the genitive that closes the name or comes before its seat:
    a patron without a surname ("Uniwersytet Karola w Pradze"), not a person named after the body."""
    word = doc[j].text
    if not (_first_name(word) and _has_case(word, "gen")) or _has_case(word, "nom"):
        return False
    nxt = j + 1
    if nxt >= len(doc) or not _gap_ok(doc, nxt):
        return True
    return doc[nxt].text in _SEAT_PREPS or doc[nxt].is_punct and doc[nxt].text not in "-–"


_ROMAN = re.compile(r"^[IVX]+$")


def _regnal_patron_end(doc: _Doc, j: int) -> int | None:
    """End of a ruler's or pope's name in the genitive, one or two first names and a Roman numeral,
    written after a name without "im.": "Lubelski Jana Pawła II", "Szpital Kazimierza Wielkiego" is not
    one (no numeral)."""
    k = j
    while k < len(doc) and k - j < 2 and _gap_ok(doc, k) and any(
            morphology.FIRST_NAME in a.name_classes and "gen" in a.cases for a in _analyses(doc[k].text)):
        k += 1
    if k == j or k >= len(doc) or not _gap_ok(doc, k) or not _ROMAN.match(doc[k].text):
        return None
    return k + 1


def _patron_full_name(doc: _Doc, j: int) -> bool:
    """doc[j:j+2] is a patron's first name and surname in the genitive right after an institution's
    head noun, written without "im.": "Uniwersytetu Marii Curie-Skłodowskiej", "Uniwersytet
    Mikołaja Kopernika". A person named after a body is in the nominative ("prezes Fundacji Jan
    Kowalski")."""
    if j + 1 >= len(doc) or not _gap_ok(doc, j + 1) or _head_readings(doc[j - 1].text)[0] != "body":
        return False
    first, surname = doc[j].text, doc[j + 1].text
    if not (_first_name(first) and _has_case(first, "gen")) or _has_case(first, "nom"):
        return False
    return _is_cap(surname) and not _first_name(surname) and not _head_readings(surname)[0] \
        and (_has_case(surname, "gen") or _unknown(surname))


def _enumeration_continues(doc: _Doc, comma: int) -> bool:
    """After a comma inside a name, capitalised genitives run on to "i" and one more: a list of
    the body's remits ("Promocji, Turystyki i Współpracy"), not the end of the name."""
    k = comma + 1
    while k < len(doc) and k - comma <= 6 and _gap_ok(doc, k):
        word = doc[k].text
        if word == "i":
            return k + 1 < len(doc) and doc[k + 1].cap and _domain_genitive(doc[k + 1].text) \
                and not _head_readings(doc[k + 1].text)[0]
        if not (_is_cap(word) and _domain_genitive(word)) or _head_readings(word)[0]:
            return False
        k += 1
    return False


def _abstract_complement(doc: _Doc, k: int) -> bool:
    """Capitalised adjectives (joined by "i") before a common noun in the genitive that heads no body
    and names no person: "(oraz) Małej i Średniej Przedsiębiorczości"."""
    n = len(doc)
    first = k
    while k < n and _gap_ok(doc, k) and (doc[k].text == "i" or doc[k].cap and _is_adjective(doc[k].text)
                                         and k + 1 < n and (doc[k + 1].cap or doc[k + 1].text == "i")):
        k += 1
    if k == first or k >= n or not _gap_ok(doc, k) or not doc[k].cap or _head_readings(doc[k].text)[0]:
        return False
    return any(a.pos == "subst" and "gen" in a.cases and a.lemma_base[:1].islower() for a in _analyses(doc[k].text)) \
        and not _person_word(doc[k].text) and doc[k - 1].text != "i"


def _extend_right(doc: _Doc, head: int, readings: Sequence[_Reading]) -> tuple[int, int | None]:
    """End (exclusive) of the name that starts with the head noun at ``head``, and where its seat
    ("w Kaliszu") starts, if it has one."""
    j = head + 1
    n = len(doc)
    # agreeing adjectives after the head: "Urząd Marszałkowski", "Ośrodek wypoczynkowo – szkoleniowy"
    while j < n and _gap_ok(doc, j) and doc[j].cap and _agrees(doc[j].text, readings):
        j += 1
    k = j
    lower = k
    while lower < n and _gap_ok(doc, lower) and (
        _agrees(doc[lower].text, readings) or doc[lower].text in "–-" or doc[lower].pos_ == "ADV"
        or any(a.pos == "adv" for a in _analyses(doc[lower].text))
    ):
        lower += 1
    if lower > k and lower < n and _quote_end(doc, lower) and _agrees(doc[lower - 1].text, readings):
        j = lower  # lowercase description before a quoted name
    if j < n and _gap_ok(doc, j):
        q = _quote_end(doc, j)
        if q:
            return _after_quote(doc, q)
    after_im = False
    complement = False
    last_word = j - 1  # the head and its adjectives
    while j < n and j - head < _MAX_NAME_TOKENS and _gap_ok(doc, j):
        tok = doc[j]
        text = tok.text
        if _capital_verb(text):
            break  # a headline in capitals: "SAMORZĄD MAZOWSZA RUSZA Z PROGRAMAMI WSPARCIA"
        if text in ("im.", "imienia", "pw.", "p.w."):
            after_im = True
            j += 1
            continue
        if text in ("im", "pw") and j + 1 < n and doc[j + 1].text == ".":
            after_im = True
            j += 2
            continue
        if not after_im and text in ("św.", "Św.", "bł.", "Bł.") and j + 1 < n and doc[j + 1].cap:
            after_im = True  # a saint for a patron, with no "im.": "Szpital św. Wincentego a Paulo"
            j += 1
            continue
        if after_im and text in ("a", "à", "de", "da", "di", "von", "van") and j > head + 1 and doc[j - 1].cap \
                and j + 1 < n and _gap_ok(doc, j + 1) and doc[j + 1].cap:
            j += 1  # "św. Wincentego a Paulo", "im. Leonarda da Vinci"
            continue
        if after_im and text.lower() in word_set("org_patron_titles.txt"):
            j += 1  # "Parafii pw. św. Jana Chrzciciela", "Liceum im. gen. Józefa Bema"
            continue
        if after_im and j + 1 < n and doc[j + 1].text == "." and f"{text.lower()}." in word_set("org_patron_titles.txt"):
            j += 2  # "im. bł. ks. Jerzego Popiełuszki" with "bł" and "." apart
            continue
        if after_im and text == "." and doc[j - 1].text.isupper():
            j += 1
            continue
        if not after_im and j == last_word + 1 and (regnal := _regnal_patron_end(doc, j)):
            last_word = regnal - 1  # "Katolicki Uniwersytet Lubelski Jana Pawła II": a pope for a patron
            complement = True
            j = regnal
            continue
        if not after_im and j == last_word + 1 and _patron_full_name(doc, j):
            last_word = j + 1  # "Uniwersytetu Marii Curie-Skłodowskiej w Lublinie"
            complement = True
            j += 2
            continue
        if complement and not after_im and _surname_not_genitive(tok.text) and j + 1 < n and _first_name(doc[j + 1].text) \
                and not _agrees(tok.text, _analyses(doc[j - 1].text)) \
                and not (_lemmas(doc[j - 1].text) & word_set("org_town_units.txt") and _town_reading(tok.text)):
            break  # (but "na Śląsku Opolskim Rafał Bartek", "Rady Miasta Kraśnik Paweł Rzepecki" name the place)  # "prezes Fundacji Rozwoju Regionu Kowalski Jan": a person, surname first
        if (complement or last_word > head) and not after_im and _surname_only(text) and j + 1 < n \
                and _gap_ok(doc, j + 1) and _person_word(doc[j + 1].text):
            break  # "w Ministerstwie Transportu Republiki Słowackiej Martin Hudák": the person after it
        if not after_im and _unknown(text) and j + 1 < n and _gap_ok(doc, j + 1) \
                and "-" in doc[j + 1].text and _surname_only(doc[j + 1].text):
            break  # "przewodnicząca Wołyńskiej Obwodowej Rady Iryna Kowalczuk-Hnatiuk": a foreign first name, then her surname
        if j == last_word + 1 and j - 1 > head and not after_im and _first_name_after_apposition(doc, j):
            last_word = j  # "Centrum Kultury Dwór Artusa": a building named after someone, in apposition
            j += 1
            continue
        if j == last_word + 1 and not complement and not after_im and _patron_first_name(doc, j):
            last_word = j  # "Uniwersytet Karola w Pradze": a patron's first name alone
            complement = True
            j += 1
            continue
        if _is_cap(text) and _lemmas(text) & word_set("org_role_nouns.txt") \
                and not any("gen" in a.cases and "nom" not in a.cases for a in _analyses(text)):
            break  # "w imieniu Funduszu Prezes Zarządu WFOŚiGW": a person's title after the name
        if text.isdigit() and j + 1 < n and _gap_ok(doc, j + 1) and doc[j + 1].text[:1].islower() \
                and doc[j + 1].text not in _SEAT_PREPS:
            break  # "z Zarządem Województwa Śląskiego 14 sierpnia": a date, a count after the name
        if complement and doc[j - 1].text in ("i", "oraz") and _first_name(text) and _has_case(text, "gen") \
                and not (j + 1 < n and _gap_ok(doc, j + 1) and doc[j + 1].cap):
            last_word = j  # "Instytutu Mikroelektroniki i Fotoniki": a complement SGJP also lists as a name
            j += 1
            continue
        if j == head + 1 and _first_name(text) and _heads().get(readings[0].lemma_base.lower()) == "body" \
                and not (j + 1 < n and _gap_ok(doc, j + 1) and (doc[j + 1].cap or doc[j + 1].text in ("i", "oraz"))):
            last_word = j  # "Fundacja Sławek z Oświęcimia": a body named with a first name alone
            j += 1
            continue
        if _title_in_name(doc, j, head) and complement and not after_im:
            last_word = j + 1  # "Teatr Moralności Pani Dulskiej": a play's title, not a person after the name
            j += 2
            continue
        if _name_word(tok.text, after_im) or _unit_name(doc, j):
            if j == head + 1 and _head_readings(tok.text)[0] and _heads().get(readings[0].lemma_base.lower()) == "territory" \
                    and not (tok.text in ("Miasto", "Miasta") and readings[0].lemma_base.lower() == "gmina") \
                    and readings[0].lemma_base.lower() not in word_set("org_unit_governments.txt"):
                break  # "w Gminie Centrum Kultury": the territory is not named here ("Gminy Miasto Rzeszów" is)
            complement = complement or (not _agrees(tok.text, readings) and _has_case(tok.text, "gen"))
            last_word = j
            j += 1
            continue
        if text == "&" and j > head + 1 and doc[j - 1].cap and j + 1 < n and _gap_ok(doc, j + 1) \
                and doc[j + 1].cap:
            j += 1  # "Spółka Pratt & Whitney Rzeszów S.A."
            continue
        if text == "m.st" and j + 2 < n and doc[j + 1].text == "." and doc[j + 2].cap:
            j += 2  # "Urzędu m.st. Warszawy"
            continue
        if text in ("nr", "Nr") and j + 1 < n and doc[j + 1].text[:1].isdigit():
            j += 2
            last_word = j - 1
            continue
        if text == "," and complement and _enumeration_continues(doc, j):
            j += 1  # "Departament Promocji, Turystyki i Współpracy Gospodarczej"
            continue
        if text == "i" and j + 1 < n and (_is_acronym(doc[j + 1].text) or _org_name_only(doc[j + 1].text)):
            break  # "Galeria EL i CAC", "Stowarzyszenie Monar Olsztyn i Caritas ...": another body after "i"
        if text == "i" and j + 2 < n and not _foreign_word(doc[j - 1].text) and doc[j + 1].cap \
                and _foreign_word(doc[j + 1].text) and _gap_ok(doc, j + 2) and doc[j + 2].cap \
                and _foreign_word(doc[j + 2].text):
            break  # "Narodowe Centrum Nauki i Deutsche Forschungsgemeinschaft": a foreign body after "i"
        if text == "i" and not complement and not after_im and j == last_word + 1 and j - 1 > head \
                and _agrees(doc[j - 1].text, readings) and j + 1 < n and _domain_after_adjective(doc[j + 1].text):
            complement = True  # "Wydział Lekarski i Nauk o Zdrowiu": a genitive domain beside the adjective
            j += 1
            continue
        if text == "i" and complement and j + 1 < n and (_name_word(doc[j + 1].text, False) or _first_name(doc[j + 1].text)
                                                         and _has_case(doc[j + 1].text, "gen") and _is_noun(doc[j + 1].text)
                                                         and not (j + 2 < n and doc[j + 2].cap)):
            # the next noun, over capitalised adjectives: "Radzie Miasta i Regionalnej Izbie ..."
            k = j + 1
            while k + 1 < n and doc[k + 1].cap and not _head_readings(doc[k].text)[0] \
                    and not (_is_noun(doc[k].text) and not _adjective_or_surname(doc[k].text)
                             and not _agrees(doc[k].text, _head_readings(doc[k + 1].text)[1])):
                k += 1  # ("i Podkarpackie Centrum Innowacji": a region's name that is an adjective here)
            nxt_kind, nxt = _head_readings(doc[k].text)
            same_case = any(a.cases & h.cases for a in nxt for h in readings)
            # "Rządu i Samorządu", "Miasta i Gminy" continue the complement;
            # "Politechniki Krakowskiej i Uniwersytetu Jagiellońskiego" are two bodies.
            inner_pair = j - 1 > head and _head_readings(doc[j - 1].text)[0]  # "Zarządu Szkół i Przedszkoli"
            # "Gminy Świdnik i Powiatu Świdnickiego" are two units too, once the first has its name
            named = _is_adjective(doc[j - 1].text) or any(
                morphology.GEOGRAPHIC in a.name_classes for a in _analyses(doc[j - 1].text))
            # "z Urzędem Miasta Łodzi i Wojewódzkim Funduszem Ochrony Środowiska": a fund with its own
            # adjective is a second body
            plural_body = nxt_kind == "plural" and k + 1 < n and doc[k + 1].cap and _agrees(doc[k + 1].text, nxt)
            if (nxt_kind in ("body", "unit") or nxt_kind == "territory" and named or nxt_kind in ("fund", "qualified") and k > j + 1
                    or plural_body) and same_case and not inner_pair:
                break
            if readings[0].lemma_base.lower() in word_set("org_unit_governments.txt"):
                break  # "Samorząd Województwa Podkarpackiego i Lwowska Obwodowa Administracja": two bodies
            if nxt_kind and same_case and _has_case(doc[j - 1].text, "gen") and not _has_case(doc[k].text, "gen"):
                break  # "Skarb Państwa i Gmina Miasta Gdyni": in the head's case, not the complement's
            if not nxt_kind and "gen" not in readings[0].cases and _has_case(doc[j - 1].text, "gen") \
                    and not _has_case(doc[k].text, "gen") and k + 1 < n and _gap_ok(doc, k + 1) and doc[k + 1].cap \
                    and any(a.pos == "subst" and a.cases & h.cases for a in _analyses(doc[k].text) for h in readings) \
                    and _agrees(doc[k + 1].text, [a for a in _analyses(doc[k].text) if a.pos == "subst"]):
                break  # "z Inspekcją Transportu Drogowego i Żandarmerią Wojskową": a second body in the head's case
            j += 1
            continue
        if text == "oraz" and j == last_word + 1 and _abstract_complement(doc, j + 1):
            j += 1  # "Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości": a genitive the head governs
            complement = True
            continue
        if text in _ORIGIN_PREPS and complement and j + 1 < n and _gap_ok(doc, j + 1) and doc[j + 1].cap \
                and _has_case(doc[j + 1].text, "inst") and not _has_case(doc[j + 1].text, "gen") and _is_noun(doc[j + 1].text):
            j += 1  # "Stowarzyszenie Rodzin i Opiekunów Osób z Niepełnosprawnością Intelektualną"
            continue
        if text in _ORIGIN_PREPS and complement and j + 2 < n and _gap_ok(doc, j + 1) and doc[j + 1].cap \
                and _has_case(doc[j + 1].text, "gen") and _common_noun_word(doc[j + 1].text) \
                and not _head_readings(doc[j + 1].text)[0] and not _place_word(doc[j + 1].text) \
                and doc[j + 2].cap and _agrees(doc[j + 2].text, _analyses(doc[j + 1].text)):
            j += 1  # "Koalicja na rzecz Dzieci z Pieczy Zastępczej": a common noun and its adjective, no place
            continue
        if text == "o" and j + 1 < n and doc[j + 1].cap and _has_case(doc[j + 1].text, "loc") and j > head + 1:
            j += 1
            continue
        # only right after a unit's head and adjectives: in "Biura Klastra ds. Kontaktów" the remit
        # is the director's, and a cluster has no remit
        unit_before = _heads().get(_head_lemma_of(doc[j - 1].text)) == "unit" and j - 1 > head
        scope = None if (complement and not unit_before) or after_im else _scope_end(doc, j)
        # a body with its own adjective has a remit too: "Europejska Agencja Wykonawcza ds. Klimatu, ..."
        if scope and (_heads().get(readings[0].lemma_base.lower()) == "unit" or unit_before
                      or _heads().get(readings[0].lemma_base.lower()) == "body" and last_word > head):
            j = scope  # "Wydział do walki z Przestępczością Gospodarczą", "Zespół ds. Nieletnich"
            complement = True
            continue
        if text.lower() == "na" and j + 2 < n and doc[j + 1].text.lower() == "rzecz" and doc[j + 2].cap:
            j += 2  # "Stowarzyszenie na Rzecz Rozwoju Wsi"
            complement = True
            continue
        if text == "przy" and complement and j + 1 < n and _gap_ok(doc, j + 1) and doc[j + 1].cap \
                and _heads().get(readings[0].lemma_base.lower()) == "unit" and _head_readings(doc[j + 1].text)[0] == "body" \
                and _has_case(doc[j + 1].text, "loc"):
            j += 1  # "Rada Rodziców przy Szkole Podstawowej w Lubiatowie": a unit attached to a body
            continue
        if text == "dla" and j + 1 < n and doc[j + 1].cap and _has_case(doc[j + 1].text, "gen") and (
                complement or last_word > head and (_place_word(doc[j + 1].text) or not _head_readings(doc[j + 1].text)[0])):
            j += 1  # "Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie"
            continue
        if text == "na" and complement and j + 1 < n and _gap_ok(doc, j + 1) and doc[j + 1].cap \
                and _place_word(doc[j + 1].text) and _has_case(doc[j + 1].text, "loc") and any(
                    a.pos == "subst" and a.number == "pl" and "gen" in a.cases and "m1" in a.genders
                    for a in _analyses(doc[j - 1].text)):
            j += 1  # "Towarzystwa Społeczno-Kulturalnego Niemców na Śląsku Opolskim", "Związek Polaków na
            continue  # Białorusi": a people's land ("Departament Rozwoju ... na Białorusi" is where it went)
        q = _quote_end(doc, j)
        if q:
            return _after_quote(doc, q)  # "Stowarzyszenia Promocji Artystów Wybrzeża „Era-Art”"
        if _is_legal_form(tok.text):
            # "Przedsiębiorstwo Usług Komunalnych sp. z o.o. w Kaliszu"
            last_word = j
            j += 1
            if tok.text.endswith(".") and j < n and _gap_ok(doc, j) and doc[j].cap \
                    and not _is_legal_form(doc[j].text):
                break  # "z Grupą Azoty S.A. Spółkę reprezentowali": the legal form's period ends the sentence
            if j + 1 < n and doc[j].text in ("i", "oraz", ",") and doc[j + 1].cap:
                break  # "Bank Pekao S.A. i Giełda Papierów Wartościowych": the legal form closes a name
            continue
        # a company's legal form closes its name: "Trans-Kon sp. z o.o. ze Słupcy" is where it comes from
        seat = _seat_end(doc, j)
        origin = None if seat else _origin_end(doc, j)
        if origin and after_im and _first_name(doc[j - 1].text):
            last_word = origin - 1  # "Akademia im. Jakuba z Paradyża": the patron's epithet (after a surname,
            # "im. Artura Malawskiego z Rzeszowa", it is where the body comes from)
            j = origin
            continue
        if origin and readings[0].lemma_base.lower() in word_set("org_origin_heads.txt"):
            last_word = origin - 1  # "Koło Gospodyń Wiejskich z Wąchocka": a village's own circle
            j = origin
            break
        if origin:
            # "Fundacja Zielone Podwórka z Krakowa", "Trans-Kon sp. z o.o. ze Słupcy": where the body
            # comes from is no part of its name
            break
        if seat:
            if seat < n and _gap_ok(doc, seat) and _is_legal_form(doc[seat].text):
                return seat + 1, j  # "Miejski Zakład Wodociągów i Kanalizacji w Kole sp. z o.o."
            if (patron := _patron_end(doc, seat)) > seat:
                return patron, j  # "Bank Żywności w Łodzi im. Marka Edelmana": a patron after the seat
            return seat, j
        break
    return last_word + 1, None  # never end on a connector ("i", "im.", "na rzecz")


def _extend_left(doc: _Doc, head: int, readings: Sequence[_Reading]) -> int:
    i = head
    while i > 0 and _gap_ok(doc, i) and doc[i - 1].cap and _agrees(doc[i - 1].text, readings):
        i -= 1
    if i > 0 and _gap_ok(doc, i) and doc[i - 1].text.isdigit() and len(doc[i - 1].text) <= 3 \
            and _lemmas(doc[head].text) & word_set("org_numbered_heads.txt"):
        i -= 1  # "5 Lubuski Pułk Artylerii", "12 Brygada Zmechanizowana"
    elif i > 0 and _gap_ok(doc, i) and _ROMAN.match(doc[i - 1].text) and (
            _heads().get(_head_lemma_of(doc[head].text)) == "unit" or _lemmas(doc[head].text) & word_set("org_numbered_heads.txt")):
        i -= 1  # "II Wydział Karny", "III Oddział Zamiejscowy": a unit numbered in its body
    return i


_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")


@cache
def _not_orgs(kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset(row["lemma"] for row in table("org_not_orgs.tsv") if row["kind"] in kinds)


def _inside_non_org(doc: _Doc, start: int, kind: str = "territory", since: int = 0) -> bool:
    """The name continues a programme, project, fund or law name to its left (for a territory, also
    an event: "Dni Gminy Narol"; a body named after an event stays: "Konferencja Naukowa Uniwersytetu ...").
    Words before ``since`` are not looked at: a fund named inside a body's name ("Departamentu
    Europejskiego Funduszu Rozwoju Regionalnego Urzędu Marszałkowskiego") is that body's complement."""
    not_orgs = _not_orgs(("name",) if kind in ("body", "unit") else ("name", "event"))
    i = start
    while i > since and _gap_ok(doc, i):
        prev = doc[i - 1]
        if prev.text in _OPEN_QUOTES:
            # "projektu „Centrum Usług Społecznych”", "zadania pn. „Budowa Domu Kultury”"
            k = i - 2
            while k >= 0 and doc[k].text.lower() in ("pn.", "pt.", "p.n.", "pn", "pt", "."):
                k -= 1
            if k >= 0 and (_lemmas(doc[k].text) & not_orgs or doc[k].text.lower() in not_orgs):
                return True
            i -= 1
            continue
        if prev.text in _CLOSE_QUOTES:
            i -= 1
            continue
        if not (_is_cap(prev.text) or prev.text.isupper()):
            break
        if _lemmas(prev.text) & not_orgs or prev.text.lower() in not_orgs:
            return True
        if _head_readings(prev.text)[0]:
            break
        i -= 1
    return False


def _quoted_non_org_tokens(doc: _Doc) -> set[int]:
    """Tokens inside a quoted programme, project or task title ("projekt „Centrum Usług Społecznych
    w Gminie Narol”", "zadania pn. „Budowa Domu Kultury”"): nothing named there is an organisation."""
    not_orgs = _not_orgs(("name", "event"))
    inside: set[int] = set()
    for i, tok in enumerate(doc):
        if tok.text not in _OPEN_QUOTES or tok.whitespace_:
            continue
        k = i - 1
        while k >= 0 and doc[k].text.lower() in ("pn.", "pt.", "p.n.", "pn", "pt", "."):
            k -= 1
        if k < 0 or not (_lemmas(doc[k].text) & not_orgs or doc[k].text.lower() in not_orgs):
            continue
        for j in range(i + 1, min(len(doc), i + 40)):
            if _line_break_before(doc, j) or (doc[j].text in _CLOSE_QUOTES and not doc[j - 1].whitespace_ and not _apostrophe(doc, j)):
                break
            inside.add(j)
    return inside


def _programme_titles(doc: _Doc) -> frozenset[str]:
    """Quoted names of programmes and projects ("Programu Wieloletniego „Senior+”"), lowercase."""
    not_orgs = _not_orgs(("name",))
    titles = set()
    for i, tok in enumerate(doc):
        if tok.text not in _OPEN_QUOTES or tok.whitespace_:
            continue
        k = i - 1
        while k >= 0 and i - k <= 3 and (doc[k].text.lower() in ("pn.", "pt.", "pn", "pt", ".")
                                         or doc[k].cap and _is_adjective(doc[k].text)):
            k -= 1
        if k < 0 or not (_lemmas(doc[k].text) & not_orgs or doc[k].text.lower() in not_orgs):
            continue
        q = _quote_end(doc, i)
        if q:
            titles.add(doc.span(i + 1, q - 1).text.lower())
    return frozenset(titles)


def _programme_facility(doc: _Doc, c: Candidate, titles: frozenset[str]) -> bool:
    """A club or home named after a programme of the text ("Dzienny Klub Senior+" of the programme
    „Senior+”) is the programme's facility, not an organisation of its own."""
    if c.head is None or c.head + 1 >= c.end:
        return False
    rest = "".join(t.text + t.whitespace_ for t in doc[c.head + 1:c.end] if t.text not in _OPEN_QUOTES | _CLOSE_QUOTES)
    return rest.strip().lower() in titles


def _street(doc: _Doc, start: int) -> bool:
    """"przy al. Unii Lubelskiej", "na placu Politechniki": a street named after a body."""
    if start == 0:
        return False
    prev = doc[start - 1]
    words = word_set("org_street_words.txt")
    return prev.text.lower() in words or bool(_lemmas(prev.text) & words)


def _generic_reference(doc: _Doc, head: int, end: int) -> bool:
    """"Zarząd Spółki", "Rada Fundacji": a unit of a body that is not named here."""
    if end != head + 2 or _heads().get(_head_lemma_of(doc[head].text)) != "unit":
        return False
    return _head_readings(doc[head + 1].text)[0] == "body"


@morphology.word_cache
def _head_lemma_of(word: str) -> str:
    _, readings = _head_readings(word)
    return readings[0].lemma_base.lower() if readings else ""


@cache
def _place_names() -> dict[str, list[tuple[str, ...]]]:
    """Place-like names by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for entry in word_list("org_place_names.txt"):
        words = tuple(entry.lower().split())
        by_first.setdefault(words[0], []).append(words)
    return by_first


def _place_like(doc: _Doc, start: int, end: int) -> bool:
    """Names built like organisations that denote places or other things ("Park Narodowy", "Sąd Ostateczny").
    After "gmina" / "miasto" such words are the town's name: "Gmina Stare Miasto"."""
    lemma_sets = [_lemmas(doc[k].text) | {doc[k].text.lower()} for k in range(start, end)]
    by_first = _place_names()
    for k, first in enumerate(lemma_sets):
        if k > 0 and lemma_sets[k - 1] & word_set("org_town_units.txt"):
            return False
        for w in first:
            for words in by_first.get(w, ()):
                if k + len(words) <= len(lemma_sets) and all(x in lemma_sets[k + m] for m, x in enumerate(words)):
                    return True
    return False


def _after_noun(doc: _Doc, i: int) -> bool:
    """A genitive directly governed by a noun ("Burmistrz Miasta Truskawiec")."""
    return i > 0 and _gap_ok(doc, i) and _is_noun(doc[i - 1].text) and not _head_readings(doc[i - 1].text)[0]


_BUILDING_PREPS = frozenset({"do", "na", "przy", "obok", "koło", "przed", "za"})


def _building_or_several(doc: _Doc, i: int, seat: int) -> bool:
    """A lowercase local body with its seat that names no one institution: the building after a
    preposition of place ("trafił do szpitala w Lipnie", "przy szkole w Uhowie"), where someone comes
    from ("nauczyciel ze szkoły w Sobótce"), or several bodies over a list of places ("szkoły w Górze,
    Niechlowie i Naratowie"). "Wspólnie z parafią w Czarnej" and "proboszcz parafii w ..." name one."""
    prep = doc[i - 1].text.lower() if i > 0 and _gap_ok(doc, i) else ""
    if prep in _BUILDING_PREPS:
        return True
    if prep in _ORIGIN_PREPS and _has_case(doc[i].text, "gen") and not _has_case(doc[i].text, "inst"):
        return True
    return seat + 1 < len(doc) and doc[seat].text in (",", "i", "oraz") and _gap_ok(doc, seat + 1) \
        and doc[seat + 1].cap and (_has_case(doc[seat + 1].text, "loc") or _unknown(doc[seat + 1].text)
                                             and not (seat + 2 < len(doc) and doc[seat + 2].cap))


def _honorary_patron(doc: _Doc, start: int, end: int) -> bool:
    """"Patronat honorowy objął Marszałek Województwa Pomorskiego": a unit named only in the title of
    its head, with no person after it, in a sentence about patronage."""
    if start == 0 or not _gap_ok(doc, start) or not _lemmas(doc[start - 1].text) & word_set("org_unit_head_roles.txt"):
        return False
    if end < len(doc) and _gap_ok(doc, end) and _person_word(doc[end].text):
        return False
    sent = doc.doc[start].sent if doc.doc.has_annotation("SENT_START") else doc.doc[:]
    words = word_set("org_patronage_words.txt")
    return any(_lemmas(t.text) & words for t in sent)


def _members_of(doc: _Doc, j: int, end: int) -> bool:
    """Bodies or people in the genitive plural at j (before end): "(Porozumienie) Związków
    Zawodowych", "(Forum) Rektorów" name an association of them."""
    return j < end and (_members_after(doc, j) or any(
        a.pos == "subst" and a.number == "pl" and "gen" in a.cases and a.lemma_base.lower() in _heads()
        for a in _analyses(doc[j].text)))


def _members_after(doc: _Doc, j: int) -> bool:
    """People in the genitive plural at j: "(Konferencja) Rektorów", "(Forum) Osób"."""
    if j >= len(doc) or not _gap_ok(doc, j) or not doc[j].cap:
        return False
    return any(a.pos == "subst" and a.number == "pl" and "gen" in a.cases
               and ("m1" in a.genders or a.lemma_base.lower() in word_set("org_person_nouns.txt"))
               for a in _analyses(doc[j].text))


def _head_candidates(doc: _Doc) -> tuple[list[Candidate], list[tuple[int, str, list]]]:
    """Named organisations built around head nouns, and bare capitalised heads (for mentions)."""
    found: list[Candidate] = []
    bare: list[tuple[int, str, list]] = []
    covered_until = -1
    outer: Sequence[_Reading] = ()
    outer_head = 0
    branches = word_set("org_branch_nouns.txt")
    titles = _quoted_non_org_tokens(doc)
    for i, tok in enumerate(doc):
        kind, readings = _head_readings(tok.text)
        if not kind or kind == "foreign" or i in titles:
            continue
        if i > 0 and doc[i - 1].text in _SEAT_PREPS and _town_reading(tok.text) and _seat_end(doc, i - 1):
            continue  # "w Kole": the town Koło, not a circle ("koło")
        if not tok.cap:
            # "parafii w Rudzie Różanieckiej": a lowercase body with its seat
            local = readings[0].lemma_base.lower() in word_set("org_local_heads.txt")
            after = _patron_end(doc, i + 1) if local else i + 1
            seat = _seat_end(doc, after) if local and after < len(doc) else None
            if seat and any(a.number == "sg" for a in readings) and not _inside_non_org(doc, i) \
                    and not _building_or_several(doc, i, seat):
                base = org_base(doc.span(i, seat))
                found.append(Candidate(i, seat, "head", i, kind, name=base[:1].upper() + base[1:]))
                continue
            organ = _territorial_organ(doc, i, readings)
            if organ:
                found.append(organ)
                covered_until = max(covered_until, organ.end)
                continue
            bare.append((i, kind, readings))
            continue
        staff = False
        if kind == "park":
            # a science or technology park is a body; a park with trees is a place
            adjectives = [doc[k].text for k in range(max(0, i - 2), min(len(doc), i + 3)) if k != i]
            staff = any(_lemmas(w) & word_set("org_park_staff_kinds.txt") for w in adjectives) \
                and _from_body(doc, _extend_left(doc, i, readings))
            if not staff and not any(_lemmas(w) & word_set("org_park_kinds.txt") or w.lower() in word_set("org_park_kinds.txt")
                                     for w in adjectives):
                continue
            kind = "body"
        if kind == "assembly":
            # "Konferencja Rektorów Akademickich Szkół Polskich" is a body, "Konferencja Naukowa" an event
            if not _members_after(doc, i + 1):
                continue
            kind = "body"
        if kind == "plural":
            # "Lasy Państwowe", "Lasy Republiki Czeskiej": a body named in the plural, never alone
            kind = "body"
            if i + 1 >= len(doc) or not _gap_ok(doc, i + 1) or not doc[i + 1].cap or not (
                    _agrees(doc[i + 1].text, readings) or _lemmas(doc[i + 1].text) & word_set("org_state_nouns.txt")):
                continue  # "Lasy Mazur" are forests
            if readings[0].lemma_base.lower() in word_set("org_plural_proper_heads.txt") \
                    and not any(lemma.endswith(("ski", "cki", "zki")) or lemma == "państwowy" for lemma in _lemmas(doc[i + 1].text)):
                continue  # "Wody Polskie", "Wody Państwowe" name a body; "Wody Gruntowe" are water
        elif not any(a.number == "sg" for a in readings):
            continue  # "Województwami Katowickiego i ...", "Szkół i Przedszkoli Miejskich": names are singular
        start = i if kind == "territory" else _extend_left(doc, i, readings)
        end, seat = _extend_right(doc, i, readings)
        qualified = kind == "qualified"
        if qualified:
            # ("Stacja Doświadczalna w Chylicach": with a seat, its own adjective may come after it)
            adjective_after = seat is not None and i + 1 < end and doc[i + 1].cap and _agrees(doc[i + 1].text, readings)
            if start == i and not adjective_after or i < covered_until:
                continue  # "Administracja Uniwersytetu", "Spraw Wewnętrznych i Administracji"
            kind = "body"
        if kind == "fund":
            # a fund is money, not an organisation ("Rządowy Fundusz Polski Ład"), unless it is an
            # institution: with a seat ("Wojewódzki Fundusz ... w Krakowie") or known by its acronym
            if seat is None and _key(org_base(doc.span(start, end))) not in _institution_funds():
                covered_until = max(covered_until, end)
                continue
            kind = "body"
        nested = i < covered_until
        if nested and i > 0 and doc[i - 1].text in _OPEN_QUOTES:
            continue  # "Fundacja „Dom w Dobrym Miejscu”": the quoted name is the outer body's
        if nested:
            # adjectives of the outer name are not this one's: "Wydziału Historyczno-prawnego Uniwersytetu",
            # nor those of a noun before them: "Instytutu Chemii Bioorganicznej Polskiej Akademii Nauk"
            # (with one adjective only, "Historii Polskiej Akademii", the head keeps it)
            while start < i and (_agrees(doc[start].text, outer) or start > 0 and _is_noun(doc[start - 1].text)
                                 and (start + 1 < i or _head_lemma_of(doc[start - 1].text) in branches)
                                 and _agrees(doc[start].text, _analyses(doc[start - 1].text))):
                start += 1  # ("Oddziału Wojewódzkiego Związku ...": the branch's own adjective)
        if start == i and end == i + 1 or _generic_reference(doc, i, end):
            bare.append((i, kind, readings))
            continue
        if start == i and seat == i + 1 and doc[seat].text in _ORIGIN_PREPS:
            # "Teatr z Wałbrzycha i teatr z Ostrawy": a noun and where it comes from name nothing
            bare.append((i, kind, readings))
            continue
        # "po Starym Mieście w Krakowie": a territory's adjective before it may make a place of it
        place_start = start - 1 if kind == "territory" and start == i and i > 0 and _gap_ok(doc, i) \
            and doc[i - 1].cap and _agrees(doc[i - 1].text, readings) else start
        # a common noun inside an event's name is its topic: "Kongresu Cyfrowej Administracji w Łodzi"
        if _inside_non_org(doc, start, "territory" if qualified else kind, start if nested and outer_head < start else 0) \
                or _place_like(doc, place_start, end) and not staff \
                or _street(doc, start):
            covered_until = max(covered_until, end)
            continue
        if start > 0 and doc[start - 1].text in ("im.", "pw.", "p.w."):
            covered_until = max(covered_until, end)
            continue  # "III LO im. Unii Lubelskiej": a patron, not a body
        if start > 0 and _gap_ok(doc, start) and not doc[start - 1].cap \
                and _lemmas(doc[start - 1].text) & word_set("org_works_nouns.txt") and kind != "territory":
            covered_until = max(covered_until, end)
            continue  # "na budowę Domu Wsparcia ...": the building
        if kind == "territory" and _honorary_patron(doc, start, end):
            covered_until = max(covered_until, end)
            continue
        if not nested and _organ_of_body(doc, i, end, readings):
            # "Zarządu Fundacji Rozwoju": the organisation is the body; its organ is not filed apart
            covered_until = max(covered_until, end)
            outer, outer_head = readings, i
            continue
        if nested:
            # a head inside a name already found is an organisation of its own only when it is a
            # body, and a singular one ("Zespołu Szkół Technicznych" holds no school of its own)
            parent = kind == "body" or readings[0].lemma_base.lower() in word_set("org_parent_units.txt")
            if not parent or not any(a.number == "sg" for a in readings):
                continue
            singular = [a for a in readings if a.number == "sg"]
            if start < i and not _agrees(doc[start].text, singular) or i + 1 < end and _is_adjective(doc[i + 1].text) \
                    and not _agrees(doc[i + 1].text, singular) \
                    and not (i + 2 < end and _agrees(doc[i + 1].text, _analyses(doc[i + 2].text))):
                continue  # "Rady Polskich Organizacji Pozarządowych", "Federacji Organizacji Pozarządowych": plural
            if not any("gen" in a.cases for a in readings):
                continue  # "Bankiem Polska Kasa Opieki S.A.": a name apposed to the head, not a body inside
            if i + 1 < end and _is_adjective(doc[i + 1].text) and _agrees(doc[i + 1].text, readings) \
                    and not _has_case(doc[i + 1].text, "gen"):
                continue  # "Stowarzyszenie Hospicjum Nowosądeckie": an apposed name, its adjective no genitive
            if end == i + 2 and _is_acronym(doc[i + 1].text) and not _is_cap(doc[i].text[1:2] or "a"):
                continue  # "Dział Organizacji WSPR": a common noun and the body's acronym name no body
            if end == covered_until and doc[end - 1].text in _CLOSE_QUOTES:
                continue  # "Stowarzyszenie Grupy Przedsiębiorców ... „Dolina Lotnicza”": the quoted name is the outer body's
            rule = "nested"
            if seat is not None and any(_head_lemma_of(doc[k].text) in branches
                                        or _lemmas(doc[k].text) & word_set("org_branch_adjectives.txt")
                                        for k in range(outer_head, i)):
                end = seat  # "Pomorskim Oddziałem Wojewódzkim Narodowego Funduszu Zdrowia w Gdańsku": the branch's seat
            elif seat is not None and (_lemmas(doc[start].text) & word_set("org_national_adjectives.txt")
                                       or readings[0].lemma_base.lower() in word_set("org_seatless_heads.txt")):
                end = seat  # "Instytut ... Polskiej Akademii Nauk w Jastrzębcu": the institute's seat
        else:
            rule = "head"
            outer, outer_head = readings, i
            if kind == "territory" and tok.text.startswith("Miast") and _after_noun(doc, start):
                covered_until = max(covered_until, end)
                continue
            if seat is not None and start > 0 and _lemmas(doc[start - 1].text) & branches:
                end = seat  # "delegatury Urzędu Marszałkowskiego w Płocku": the seat is the branch's
        name = None
        if rule == "head" and start > 0 and _gap_ok(doc, start) and doc[start - 1].cap \
                and _org_name_only(doc[start - 1].text) and any("gen" in a.cases for a in readings):
            # "Caritas Archidiecezji Krakowskiej": a firm's or charity's own word, then the body it
            # belongs to in the genitive, as written
            start -= 1
            name = f"{doc[start].text} {doc.span(start + 1, end).text}"
            found.append(Candidate(start + 1, end, "nested", i, kind))  # the diocese is a body of its own
        elif rule == "head" and start > 0 and _gap_ok(doc, start) and doc[start - 1].cap \
                and not _is_acronym(doc[start - 1].text) and _unknown(doc[start - 1].text) \
                and readings[0].lemma_base.lower() in word_set("org_brand_heads.txt"):
            # "Mlekomar Spółdzielnią Mleczarską w Sierpcu": a cooperative's own word (no dictionary
            # knows it) written before its kind
            start -= 1
            name = f"{doc[start].text} {org_base(doc.span(start + 1, end))}"
        elif rule == "head" and end < len(doc) and _gap_ok(doc, end) and _named_after_kind(doc, i, end, readings):
            # "z Elbląskim Klubem Sportowym Olimpia": the club's own name stays in the nominative
            name = f"{org_base(doc.span(start, end))} {doc[end].text}"
            end += 1
        elif rule == "head" and (line := _line_opening(doc, start)) is not None and line < start \
                and readings[0].lemma_base.lower() in word_set("org_brand_heads.txt") and _has_case(tok.text, "nom"):
            # "– Mleczarnia Wysokie Mazowieckie Spółdzielnia Pracy,": a listed cooperative's whole line
            name = f"{doc.span(line, start).text} {org_base(doc.span(start, end))}"
            start = line
        found.append(Candidate(start, end, rule, i, kind, name=name))
        covered_until = max(covered_until, end)
    return found, bare


def _named_after_kind(doc: _Doc, head: int, end: int, readings: Sequence[_Reading]) -> bool:
    """Is doc[end] a club's own name after its inflected kind ("Klubem Sportowym Olimpia"): a capitalised
    word in the nominative only, where the head is in another case?"""
    word = doc[end].text
    if readings[0].lemma_base.lower() not in word_set("org_named_heads.txt") or not _is_cap(word) \
            or _is_acronym(word) or _head_readings(word)[0]:
        return False
    head_cases = frozenset().union(*(a.cases for a in readings if a.number == "sg"))
    nominative = _cases(word) == {"nom"} or _unknown(word)
    # (a capitalised word after it would make a person of a first name: "z klubem Olimpia Nowak")
    return nominative and "nom" not in head_cases and not (end + 1 < len(doc) and _gap_ok(doc, end + 1)
                                                          and doc[end + 1].cap)


def _line_opening(doc: _Doc, start: int) -> int | None:
    """The first word of the line (after a bullet) when every word from it to ``start`` is
    capitalised, else None."""
    k = start
    while k > 0 and _gap_ok(doc, k) and not _line_break_before(doc, k) and doc[k - 1].cap \
            and not _is_acronym(doc[k - 1].text):
        k -= 1
    if k == 0 or _line_break_before(doc, k):
        return k
    if doc[k - 1].text in ("–", "-", "•", "*", "—") and (k == 1 or _line_break_before(doc, k - 1)):
        return k
    return None


def _from_body(doc: _Doc, start: int) -> bool:
    """Someone comes from the body named at start ("przyrodnik z Mazowieckiego Parku Krajobrazowego"),
    or it is named with no preposition, as a subject or a side ("Babiogórski Park Narodowy podpisał"),
    not as a place ("przez Kampinoski Park Narodowy", "w Wielkopolskim Parku Narodowym")."""
    if start == 0 or not _gap_ok(doc, start):
        return True
    prev = doc[start - 1].text.lower()
    if prev in _ORIGIN_PREPS:
        return True
    # in the genitive after its staff, over a lowercase adjective ("przedstawiciele słowackiego
    # Parku Krajobrazowego Kysuce", "dyrektor Tatrzańskiego Parku Narodowego")
    k = start - 1
    if k > 0 and _gap_ok(doc, k) and not doc[k].cap and _agrees(doc[k].text, _analyses(doc[start].text)):
        k -= 1
    if _has_case(doc[start].text, "gen") and _lemmas(doc[k].text) & word_set("org_member_nouns.txt"):
        return True
    return not any(a.pos == "prep" for a in _analyses(prev)) and _has_case(doc[start].text, "nom") \
        and not _is_cap(prev)


def _capitals(doc: _Doc, start: int, end: int) -> bool:
    words = [doc[k].text for k in range(start, end) if any(ch.isalpha() for ch in doc[k].text)]
    return bool(words) and all(w.isupper() and len(w) > 1 for w in words)


def _line_end(doc: _Doc, i: int) -> int:
    j = i + 1
    while j < len(doc) and not _line_break_before(doc, j):
        j += 1
    return j


@cache
def _foreign_units() -> dict[str, str]:
    return {row["form"]: row["base"] for row in table("org_foreign_units.tsv")}


@cache
def _feminine_endings() -> tuple[tuple[str, str], ...]:
    return tuple((row["ending"], row["nominative"]) for row in table("org_feminine_endings.tsv"))


def _feminine_nominative(word: str) -> str:
    """A feminine adjective in the nominative: "Samborską" -> "Samborska", "terytorialnej" -> "terytorialna"."""
    for ending, nominative in _feminine_endings():
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + nominative
    return word


def _foreign_unit_candidates(doc: _Doc) -> list[Candidate]:
    """A Ukrainian hromada named by its adjectives, in any case: "Samborska miejska hromada
    terytorialna", "z Ustiłuską hromadą terytorialną" (SGJP knows none of the words)."""
    units = _foreign_units()
    out: list[Candidate] = []
    for i, tok in enumerate(doc):
        if tok.text.lower() not in units:
            continue
        start = i
        while start > 0 and _gap_ok(doc, start) and doc[start - 1].text[:1].isalpha() and not doc[start - 1].cap \
                and any(a.pos == "adj" for a in _analyses(doc[start - 1].text)):
            start -= 1  # "miejska", "wiejska", "osiedlowa"
        if start == 0 or not _gap_ok(doc, start) or not doc[start - 1].cap \
                or _foreign_unit_adjective(doc[start - 1].text) is None:
            continue
        start -= 1
        end = i + 1
        while end < len(doc) and _gap_ok(doc, end) and "terytorialny" in _lemmas(doc[end].text):
            end += 1
        words = [_feminine_nominative(doc[k].text) for k in range(start, end)]
        words[i - start] = units[tok.text.lower()]
        out.append(Candidate(start, end, "foreign_unit", name=" ".join(words)))
    return out


def _full_company_names(doc: _Doc, found: list[Candidate]) -> list[Candidate]:
    """A company named once with its legal form is named in full without it later, where other
    rules stop at "i": "BioPakt Warmia i Mazury sp. z o.o. ... BioPakt Warmia i Mazury przygotuje"."""
    names = set()
    for c in found:
        if c.rule == "company" and c.end - c.start > 3 and _is_legal_form(doc[c.end - 1].text):
            words = tuple(doc[k].text for k in range(c.start, c.end - 1))
            if any(w in ("i", "oraz") for w in words[1:-1]):
                names.add(words)
    if not names:
        return found
    out = []
    for c in found:
        for words in names:
            size = len(words)
            p = next((p for p in range(c.start, c.end) if doc[p].text == words[0]
                      and c.end < p + size <= len(doc)
                      and all(doc[p + k].text == words[k] for k in range(size))), None)
            if p is not None:
                c = Candidate(p, p + size, "company", name=" ".join(words))
                break
        out.append(c)
    return out


def _cut_before(doc: _Doc, c: Candidate, later: list[Candidate]) -> Candidate:
    """c ending where a name found by a surer rule starts, without the connector between them."""
    cuts = [d.start for d in later if c.start < d.start < c.end]
    if not cuts:
        return c
    end = min(cuts)
    while end > c.start and doc[end - 1].text in ("i", "oraz", ",", "–", "-"):
        end -= 1
    return Candidate(c.start, end, c.rule, c.head, c.kind)


def _without_closing_person(doc: _Doc, c: Candidate) -> Candidate:
    """A name read by its head in another case than the nominative of the first name and surname
    closing it ends before them: "dyrektorka Muzeum Kultury Rusińskiej Zuzana Hromadová",
    "przewodniczący Komisji Zakładowej NSZZ „Solidarność” Grzegorz Wolny" (but the owner in a firm's
    name stays: "Stolarstwo Jan Wiśniewski"; a patron is in the genitive: "Fundacja Stefana Batorego")."""
    if c.rule != "head" or c.name is not None or c.end - c.start < 3 or c.end > len(doc):
        return c
    given, surname = c.end - 2, c.end - 1
    if not _gap_ok(doc, surname) or not doc[surname].cap or _is_acronym(doc[surname].text):
        return c
    readings = _analyses(doc[given].text)
    nominative = any(morphology.FIRST_NAME in a.name_classes and a.number == "sg" and "nom" in a.cases for a in readings) \
        if readings and not _unknown(doc[given].text) else doc[given].text in word_set("people_first_names.txt")
    if not nominative or _has_case(doc[surname].text, "gen") and not _unknown(doc[surname].text) \
            and not _has_case(doc[surname].text, "nom"):
        return c
    first = c.head if c.head is not None and c.head < given else c.start
    head_cases = frozenset().union(*(a.cases for a in _analyses(doc[first].text) if a.pos in ("subst", "adj")))
    if "nom" in head_cases and len(head_cases) >= 4 and c.start > 0:
        before = [a for a in _analyses(doc[c.start - 1].text) if a.pos in ("adj", "subst") and not doc[c.start - 1].cap]
        head_cases = frozenset().union(*(a.cases for a in before)) or head_cases
    if not head_cases or "nom" in head_cases:
        return c
    end = given
    while end > c.start and doc[end - 1].text in (",", "–", "-"):
        end -= 1
    return Candidate(c.start, end, c.rule, c.head, c.kind)


def _foreign_unit_adjective(word: str) -> str | None:
    """A capitalised adjective of a town ("Samborska", "Ustiłuskiej"): SGJP knows it as such or not at all."""
    nominative = _feminine_nominative(word)
    return nominative if nominative.endswith(("ska", "cka", "dzka")) else None


def _capitals_name_end(doc: _Doc, c: Candidate, written: set[tuple[str, ...]]) -> int:
    """End of a name in a headline in capitals that runs on into the headline's phrase: it stops
    before a preposition after its seat ("UNIWERSYTET PRZYRODNICZY W POZNANIU W KONSORCJUM Z BIZNESEM")
    or where the name is written as usual elsewhere in the text ("POLITECHNIKA GDAŃSKA W PROGRAMIE ...")."""
    preps = word_set("org_capitals_stops.txt")
    for m in range(c.start + 2, c.end):
        if doc[m].text.lower() not in preps:
            continue
        if tuple(doc[k].text.lower() for k in range(c.start, m)) in written:
            return m
        k = m - 1
        while k > c.start + 1 and _place_part(doc[k].text, "loc") and doc[k - 1].text not in ("W", "WE"):
            k -= 1
        if k > c.start + 1 and doc[k - 1].text in ("W", "WE") and _place_word(doc[k].text) and _has_case(doc[k].text, "loc"):
            return m
    return c.end


def _capitals_headers(doc: _Doc, found: list[Candidate]) -> list[Candidate]:
    """A letterhead in capitals over two lines is one name: "URZĄD MARSZAŁKOWSKI / WOJEWÓDZTWA
    PODKARPACKIEGO" -> "Urząd Marszałkowski Województwa Podkarpackiego"."""
    out: list[Candidate] = []
    drop: set[tuple[int, int]] = set()
    capitals = [c for c in found if c.head is not None and c.end - c.start > 3 and doc[c.start].text.isupper()
                and _all_capitals(" ".join(doc[k].text for k in range(c.start, c.end)))]
    if capitals:
        written = {tuple(doc[k].text.lower() for k in range(d.start, d.end)) for d in found
                   if not _capitals(doc, d.start, d.end)}
        for c in capitals:
            end = _capitals_name_end(doc, c, written)
            if end < c.end:
                words = [doc[k].text for k in range(c.start, end) if not doc[k].text.isspace()]
                name = " ".join(w.lower() if w in ("W", "WE") else w[:1] + w[1:].lower() for w in words)
                found = [Candidate(d.start, end, d.rule, d.head, d.kind, name=name) if d is c else d for d in found]
    for c in found:
        first = c.end
        while first < len(doc) and doc[first].text.isspace():
            first += 1
        if c.head is None or not _capitals(doc, c.start, c.end) or (c.start > 0 and not _line_break_before(doc, c.start)) \
                or first >= len(doc) or not _line_break_before(doc, first):
            out.append(c)
            continue
        nxt = _line_end(doc, first)
        end = c.end
        if nxt - first <= 4 and _capitals(doc, first, nxt) and _has_case(doc[first].text.capitalize(), "gen") \
                and not _agrees(doc[first].text.lower(), _head_readings(doc[c.head].text)[1]):
            end = nxt
            while doc[end - 1].text.isspace():
                end -= 1
            drop |= {(d.start, d.end) for d in found if d.start >= first and d.end <= nxt}
        words = [doc[k].text for k in range(c.start, end) if not doc[k].text.isspace()]
        name = " ".join(w if w in ("i", "w", "we") else w[:1] + w[1:].lower() for w in words)
        out.append(Candidate(c.start, end, c.rule, c.head, c.kind, name=name))
    return [c for c in out if (c.start, c.end) not in drop]


def _without_generic_head(doc: _Doc, c: Candidate) -> Candidate:
    """"Spółka Infotech Solutions Poland sp. z o.o.": a generic noun before a company's own name in the
    nominative (no adjective agreeing with it, no genitive after it) and its legal form is dropped."""
    if c.head != c.start or c.end - c.start < 3 or not _is_legal_form(doc[c.end - 1].text) \
            or not _lemmas(doc[c.start].text) & word_set("org_generic_heads.txt"):
        return c
    nxt = doc[c.start + 1].text
    if not _is_cap(nxt) or _has_case(nxt, "gen") and not _is_acronym(nxt) or _is_adjective(nxt):
        return c  # ("Spółka PKP Polskie Linie Kolejowe S.A.": an acronym opens the company's own name)
    return Candidate(c.start + 1, c.end, c.rule, c.start + 1, c.kind, None, list(c.aliases))


def _organ_of_body(doc: _Doc, head: int, end: int, readings: Sequence[_Reading]) -> bool:
    """An organ ("Zarząd", "Rada") whose genitive names a body, not a self-government unit; an office
    ("Biuro") right before a body's name or acronym ("Biuro Stowarzyszenia X", "Biuro ZMP")."""
    lemma = readings[0].lemma_base.lower()
    office = lemma in word_set("org_office_heads.txt")
    if not office and lemma not in word_set("org_territorial_organs.txt"):
        return False
    if head + 1 < end and (_is_acronym(doc[head + 1].text) if office else (
            not doc[head].text.isupper() and _is_acronym(doc[head + 1].text.replace("-", "")))):
        return True  # "Biuro ZMP", "prezes Zarządu W-MIR": the acronym names the body ("URZĄD GMINY" is capitals)
    if not office and any(_is_legal_form(doc[k].text) for k in range(head + 1, end)):
        return True  # "Zarząd Chemwet S.A. informuje", "Zarząd MPK S.A. w Krakowie": the company acts through its board
    k = head + 1
    while k < end and (_agrees(doc[k].text, readings) or not _is_noun(doc[k].text)):
        k += 1
    if k >= end or office and k > head + 1:
        return False
    kind, body = _head_readings(doc[k].text)
    if not office and k > head + 1 and doc[k - 1].cap and any(a.number == "sg" for a in body) \
            and body and body[0].lemma_base.lower() in word_set("org_territorial_organs.txt"):
        return True  # "Zarządu Krajowej Rady Izb Rolniczych": a named council is the body
    if not office and k == end - 1 and k > head + 1 and _town_reading(doc[k].text):
        return False  # "Rady Miejskiej Koła": the town's council, not the organ of a circle ("koło")
    # "Zarząd Szkół i Przedszkoli Miejskich" manages many bodies: the organ is the organisation
    return kind == "body" and any(a.number == "sg" for a in body)


def _territorial_organ(doc: _Doc, i: int, readings: Sequence[_Reading]) -> Candidate | None:
    """A lowercase organ of a named self-government unit: "sejmiku województwa mazowieckiego",
    "rady gminy Narol", "urzędu marszałkowskiego województwa łódzkiego"."""
    if readings[0].lemma_base.lower() not in word_set("org_territorial_organs.txt"):
        return None
    n = len(doc)
    j = i + 1
    while j < n and _gap_ok(doc, j) and not doc[j].cap and _agrees(doc[j].text, readings):
        j += 1
    if j + 1 >= n or not _gap_ok(doc, j) or not _gap_ok(doc, j + 1):
        return None
    kind, unit = _head_readings(doc[j].text)
    unit = [a for a in unit if "gen" in a.cases and a.number == "sg"]
    if kind != "territory" or not unit:
        return None
    name = doc[j + 1]
    if _agrees(name.text, unit):
        end = j + 2  # "województwa mazowieckiego"
    elif _is_cap(name.text) and (_name_word(name.text, False) and not _head_readings(name.text)[0]
                                 or _unit_name(doc, j + 1)):
        end = j + 2  # "gminy Narol", "gminy Hanna", "gminy Koło"
    else:
        return None
    if _inside_non_org(doc, i):
        return None
    base = org_base(doc.span(i, end))
    title = " ".join(w if w in ("i", "w", "we") else w[:1].upper() + w[1:] for w in base.split())
    return Candidate(i, end, "organ", i, "unit", name=title)


def _coordinated(doc: _Doc, found: list[Candidate], bare: list[tuple[int, str, list]]) -> list[Candidate]:
    """"Stowarzyszenie i Fundacja Terytorialni": the first head shares the second one's name."""
    out = []
    by_head = {c.head: c for c in found if c.rule == "head"}
    for i, kind, readings in bare:
        if kind == "territory" or not doc[i].cap or i + 2 >= len(doc) or doc[i + 1].text not in ("i", "oraz"):
            continue
        if not any(a.number == "sg" for a in readings):
            continue
        other = by_head.get(i + 2)
        if other is None or other.start != i + 2:
            continue
        _, other_readings = _head_readings(doc[i + 2].text)
        if not any(a.cases & b.cases for a in readings for b in other_readings):
            continue
        if kind == "unit" and _heads().get(_head_lemma_of(doc[i + 2].text)) == "unit":
            out.append(Candidate(i, other.end, "joined", i, kind))  # "Katedra i Zakład Genetyki Medycznej"
            continue
        other_name = org_base(doc.span(other.start, other.end))
        rest = other_name.split(" ", 1)[1] if " " in other_name else ""
        if rest:
            own = org_base(doc.span(i, i + 1))
            out.append(Candidate(i, i + 1, "coordinated", i, kind, name=f"{own} {rest}"))
    return out


def _descriptive_prefix(doc: _Doc, k: int, taken: set[int]) -> int:
    """Start of the capitalised common words a company's quoted name is written after, on its line:
    "Lubelski Węgiel „Bogdanka” S.A." (k is the opening quote). Proper names, roles and generic
    words ("Spółka „X” S.A.", "firma „X”") are no part of it."""
    m = k
    stops = word_set("org_generic_heads.txt") | word_set("org_context.txt")
    while m > 0 and k - m < 5 and _gap_ok(doc, m) and m - 1 not in taken and doc[m - 1].cap \
            and not _is_acronym(doc[m - 1].text):
        found = _analyses(doc[m - 1].text)
        if _lemmas(doc[m - 1].text) & stops and m < k and _is_noun(doc[m - 1].text) \
                and _common_genitive_after(doc, m):
            m -= 1  # "Fundusz Poręczeń Kredytowych „Wielkopolska” sp. z o.o.": the head of a genitive name
            break
        if not _known(found) or _lemmas(doc[m - 1].text) & stops or _surname_only(doc[m - 1].text) or not any(
                a.pos in ("adj", "subst") and a.lemma_base[:1].islower() for a in found) \
                or any(a.pos in _VERBAL or a.pos in ("prep", "conj", "adv") for a in found):
            break
        m -= 1
    # a lone adjective ("Nowa „X” S.A.") or a run that starts a sentence with a plain noun is no name
    if m < k and not any(_is_noun(doc[x].text) for x in range(m, k)):
        return k
    return m


def _common_genitive_after(doc: _Doc, k: int) -> bool:
    """doc[k] is a common word in the genitive that does not agree with the organ noun before it:
    "Zarząd Morskich Portów Szczecin i Świnoujście S.A." is the company's name, while "Zarząd Chemwet
    S.A.", "Rada Nadzorcza Elektrobud S.A." and "Zarząd Spółki X S.A." are its organ."""
    word = doc[k].text
    # (a brand SGJP reads only by its last part is no genitive: "Zarząd Polfarm-Lab S.A.")
    if _lemmas(word) & word_set("org_generic_heads.txt") or _agrees(word, _analyses(doc[k - 1].text)) or _unknown(word):
        return False
    return any("gen" in a.cases and a.pos in ("adj", "subst") and a.lemma_base[:1].islower() for a in _analyses(word)) \
        and not any("nom" in a.cases for a in _analyses(word))


def _company_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    out = []
    for j, tok in enumerate(doc):
        if not _is_legal_form(tok.text) or j == 0 or not _gap_ok(doc, j) or j in taken or j - 1 in taken:
            continue
        legal = tok.text
        prev = doc[j - 1]
        if prev.text == "," and j >= 2 and j - 2 not in taken and _gap_ok(doc, j - 1) and doc[j - 2].cap \
                and _foreign_word(doc[j - 2].text) and not _is_acronym(doc[j - 2].text) and _split_form_end(doc, j) is None:
            # "Ferrovial Construcción, S.A.", "Budamar Logistics, a.s.": a foreign name writes a comma before its form
            k = j - 2
            while k > 0 and j - k < 6 and _gap_ok(doc, k) and k - 1 not in taken and doc[k - 1].cap \
                    and not _lemmas(doc[k - 1].text) & (word_set("org_context.txt") | word_set("org_generic_heads.txt")):
                k -= 1
            k = _sentence_case_start(doc, k, taken)  # "Technické služby Hrádek nad Nisou, s.r.o."
            if k > 2 and doc[k - 1].text in ("–", "—") and doc[k - 2].cap and _foreign_word(doc[k - 2].text) \
                    and k - 2 not in taken:
                k = _sentence_case_start(doc, k - 2, taken)
                while k > 0 and k - 1 not in taken and _gap_ok(doc, k) and doc[k - 1].cap and _foreign_word(doc[k - 1].text):
                    k -= 1  # "Letisko Košice – Airport Košice, a.s.": a name in two languages
            inner = doc.span(k, j - 1).text
            out.append(Candidate(k, j + 1, "company", name=f"{inner}, {legal}", aliases=[inner]))
            continue
        if prev.text in _CLOSE_QUOTES:
            k = j - 2
            while k > 0 and doc[k].text not in _OPEN_QUOTES and j - k < 10 and not _line_break_before(doc, k):
                k -= 1
            if doc[k].text in _OPEN_QUOTES:
                inner = doc.span(k + 1, j - 1).text
                m = _descriptive_prefix(doc, k, taken)
                if m < k:
                    # "Lubelski Węgiel „Bogdanka” S.A.", "Wałbrzyska Specjalna Strefa Ekonomiczna „INVEST-PARK” sp. z o.o."
                    prefix = org_base(doc.span(m, k))
                    out.append(Candidate(m, j + 1, "company", name=f"{prefix} {doc.span(k, j).text} {legal}",
                                         aliases=[inner, f"{inner} {legal}"]))
                    continue
                out.append(Candidate(k, j + 1, "company", name=f"{inner} {legal}", aliases=[inner]))
            continue
        k = j
        # another company's legal form ends the name ("Ferrobet S.A. i Ferrobet Tory sp. z o.o."), and
        # so does an organ of the company ("Zarząd Chemwet S.A.", "Rada Nadzorcza X S.A.")
        while k > 0 and _gap_ok(doc, k) and j - k < 6 and k - 1 not in taken and not _is_legal_form(doc[k - 1].text) \
                and not (doc[k - 1].text == "i" and k >= 3 and doc[k - 3].text.lower() in _ORIGIN_PREPS | _SEAT_PREPS) \
                and not (_lemmas(doc[k - 1].text) & word_set("org_territorial_organs.txt") and not _town_reading(doc[k - 1].text)
                         and not _common_genitive_after(doc, k)) and (
            doc[k - 1].cap or doc[k - 1].text[:1].islower() and any(c.isupper() for c in doc[k - 1].text[1:]) or doc[k - 1].text in _NAME_LINKS or doc[k - 1].text in ("i", "&") or doc[k - 1].text.isdigit()
            or _leading_particles(doc, k - 1, j)
        ):
            k -= 1
        if 0 < k < j and _gap_ok(doc, k) and k - 1 not in taken and _lowercase_brand(doc[k - 1].text) \
                and not (k > 1 and doc[k - 2].text.isalpha() and doc[k - 2].text.islower() and _unknown(doc[k - 2].text)):
            k -= 1  # "z thyssenkrupp Materials Services GmbH": a brand written lowercase (not "venture capital X")
        if k > 2 and doc[k - 1].text in ("–", "-", "—") and k - 2 not in taken and doc[k - 2].cap \
                and (_unknown(doc[k - 2].text) or _is_acronym(doc[k - 2].text)) and not doc[k - 3].cap:
            k -= 2  # "Ekocentrum – Wrocławski Ośrodek Ekologiczny sp. z o.o.": a brand, a dash, the full name
        if k > 1 and doc[k - 1].text in _SEAT_PREPS and _gap_ok(doc, k) and _seat_end(doc, k - 1) == j \
                and (_is_acronym(doc[k - 2].text) or doc[k - 2].cap and not _town_reading(doc[k - 2].text)
                     and not _unknown(doc[k - 2].text)):
            k -= 1  # "PGK w Brodach sp. z o.o.", "Wodociągi Miejskie w Radomiu sp. z o.o."
            while k > 0 and _gap_ok(doc, k) and j - k < 8 and k - 1 not in taken and doc[k - 1].cap \
                    and not _is_legal_form(doc[k - 1].text):
                k -= 1
        if k > 0 and _lemmas(doc[k - 1].text) & word_set("org_territorial_organs.txt"):
            while k < j - 1 and _is_adjective(doc[k].text) and not _is_noun(doc[k].text):
                k += 1  # "Rada Nadzorcza Elektrobud S.A.": the organ's adjective is not the company's
        while k < j and not _leading_particles(doc, k, j) and (
            doc[k].text in _NAME_LINKS
            or doc[k].text in ("i", "&")
            or _lemmas(doc[k].text) & word_set("org_context.txt")
            or any(a.pos in ("prep", "conj", "comp", "qub") for a in _analyses(doc[k].text))
            or _known(_analyses(doc[k].text)) and all(a.pos in _VERBAL for a in _analyses(doc[k].text))
        ):
            k += 1  # "W ABC sp. z o.o." does not start with "W", "Zaproszono ABC sp. z o.o." with "Zaproszono"
        # a limited partnership whose partner is a company: "BDO sp. z o.o. sp.k."
        stop = j + 1
        while stop < len(doc) and _gap_ok(doc, stop) and _is_legal_form(doc[stop].text):
            legal = f"{legal} {doc[stop].text}"
            stop += 1
        if k < j:
            inner = doc.span(k, j).text
            # leading acronyms stay as written; the words after them tell the case ("PKP Polskich
            # Linii Kolejowych S.A." -> "PKP Polskie Linie Kolejowe S.A.")
            f = k
            while f < j - 1 and _is_acronym(doc[f].text):
                f += 1
            first = _analyses(doc[f].text)
            # (a foreign name stays as written: "Stena Line Scandinavia AB" is no genitive of "Sten")
            foreign = any(_unknown(doc[m].text) and not _is_acronym(doc[m].text) for m in range(f, j))
            if _known(first) and not foreign and not _has_case(doc[f].text, "nom") and any(a.pos in ("adj", "subst") for a in first):
                inner = org_base(doc.span(k, j))  # "z Pomorską Specjalną Strefą Ekonomiczną sp. z o.o."
            elif foreign and f == k and _known(first) and not _has_case(doc[f].text, "nom") \
                    and any(a.pos == "adj" for a in first):
                # Polish words in an oblique case before a brand: "z Bydgoskimi Zakładami Elektromechanicznymi
                # Belma S.A." -> "Bydgoskie Zakłady Elektromechaniczne Belma S.A."
                m = next(m for m in range(f, j) if _unknown(doc[m].text) and not _is_acronym(doc[m].text))
                if m - f >= 2 and all(_known(_analyses(doc[x].text)) for x in range(f, m)):
                    inner = f"{org_base(doc.span(f, m))} {doc.span(m, j).text}"
            out.append(Candidate(k, stop, "company", name=f"{inner} {legal}", aliases=[inner]))
    return out


@morphology.word_cache
def _lowercase_brand(word: str) -> bool:
    """A lowercase word no dictionary knows, long enough to be a brand ("thyssenkrupp", "innogy")."""
    return len(word) >= 5 and word.isalpha() and word.islower() and _unknown(word)


def _leading_particles(doc: _Doc, k: int, j: int) -> bool:
    """doc[k] opens a run of a foreign surname's particles followed by a capitalised word, all before
    the legal form at j: "van der Linden Agritech B.V.", "de Heus sp. z o.o." keep their "van der"."""
    particles = word_set("org_name_particles.txt")
    m = k
    while m < j and doc[m].text in particles:
        m += 1
    return k < m < j and doc[m].cap


@cache
def _split_legal_forms() -> tuple[str, ...]:
    """Legal forms the tokenizer splits ("Co., Ltd.", "Ltd."), longest first."""
    forms = {f for f in word_list("org_legal_forms.txt") if not f.isalpha()}
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def _split_forms_by_start() -> dict[str, tuple[str, ...]]:
    """The split legal forms by their first token ("Co" -> "Co., Ltd.", "Co. Ltd.")."""
    out: dict[str, list[str]] = {}
    for form in _split_legal_forms():
        out.setdefault(re.split(r"[\s.,]", form)[0], []).append(form)
    return {start: tuple(forms) for start, forms in out.items()}


@morphology.word_cache
def _split_forms_from(word: str) -> tuple[str, ...]:
    """The split legal forms that can start at ``word``, by the form's first letters too: the
    tokenizer keeps "z.s" of "z.s." whole."""
    by_start = _split_forms_by_start()
    return by_start.get(word, ()) or by_start.get(re.split(r"[\s.,]", word)[0], ())


def _split_form_end(doc: _Doc, j: int) -> int | None:
    """End of a legal form written over several tokens from j ("Co", ".", ",", "Ltd", ".")."""
    for form in _split_forms_from(doc[j].text):
        text = ""
        for m in range(1, 7):  # the tokens' texts joined as written, without a Span
            if j + m > len(doc):
                break
            text += doc[j + m - 1].text
            if m >= 2 and text == form:
                return j + m
            if len(text) >= len(form):
                break
            text += doc[j + m - 1].whitespace_
    return None


def _sentence_case_start(doc: _Doc, k: int, taken: set[int]) -> int:
    """Where a Czech or Slovak name in sentence case opens before its capitalised words at k: back
    over foreign lowercase words and their short links to its first capitalised word ("Spolek pro
    obnovu venkova Broumovska, z.s."); k itself when no foreign word stands before it."""
    links = word_set("org_foreign_links.txt")
    m = k
    while m > 0 and k - m < 8 and _gap_ok(doc, m) and m - 1 not in taken and doc[m - 1].text.replace("-", "").isalpha() \
            and (doc[m - 1].cap or _foreign_word(doc[m - 1].text) or doc[m - 1].text in links):
        m -= 1
    while m < k and not doc[m].cap:
        m += 1
    if any(not doc[x].cap and _foreign_word(doc[x].text) for x in range(m, k)):
        return m
    return k


def _foreign_company_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A foreign company with its legal form split by the tokenizer: "Korea Aerospace Industries,
    Ltd.", "Hanwha Aerospace Co., Ltd.", "Minh Phat Co., Ltd."; the name is the capitalised words
    before it, as written."""
    out = []
    j = 1
    while j < len(doc):
        comma = doc[j].text == "," and j + 1 < len(doc)
        end = _split_form_end(doc, j + 1 if comma else j)
        if end is None or j in taken or not doc[j - 1].cap:
            j += 1
            continue
        k = j
        while k > 0 and j - k < 5 and _gap_ok(doc, k) and k - 1 not in taken and doc[k - 1].cap \
                and not _lemmas(doc[k - 1].text) & (word_set("org_context.txt") | word_set("org_generic_heads.txt")):
            k -= 1
        while k > 0 and k < j and _gap_ok(doc, k) and k - 1 not in taken and _leading_particles(doc, k - 1, j):
            k -= 1  # "van der Linden Agritech B.V."
        if comma and k < j:
            k = _sentence_case_start(doc, k, taken)  # "Spolek pro obnovu venkova Broumovska, z.s."
        if k < j:
            text = doc.span(k, end).text
            out.append(Candidate(k, end, "company", name=text, aliases=[doc.span(k, j).text]))
        j = end
    return out


@cache
def _spelled_legal_forms() -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = table("org_spelled_legal_forms.tsv")
    return tuple(sorted(((tuple(r["lemmas"].split()), r["form"]) for r in rows), key=lambda r: -len(r[0])))


def _spelled_form_end(doc: _Doc, j: int) -> tuple[int, str] | None:
    """End and abbreviation of a legal form written out in words at j ("Spółka Akcyjna")."""
    for lemmas, form in _spelled_legal_forms():
        end = j + len(lemmas)
        if end <= len(doc) and all(_gap_ok(doc, k) for k in range(j + 1, end)) \
                and all(lemma in _lemmas(doc[k].text) | {doc[k].text.lower()} for k, lemma in zip(range(j, end), lemmas, strict=True)):
            return end, form
    return None


def _spelled_company_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A company's own name before its legal form written out: "Zarząd ELEKTROMONT Spółka Akcyjna z
    siedzibą w Radomiu" -> "ELEKTROMONT S.A."; the name is its capitalised words the dictionary does
    not know as common words."""
    out = []
    for j in range(1, len(doc)):
        if not _gap_ok(doc, j) or doc[j].text.lower() not in ("spółka", "spółki", "spółce", "spółkę", "spółką"):
            continue
        found = _spelled_form_end(doc, j)
        if found is None:
            continue
        end, form = found
        k = j
        while k > 0 and j - k < 4 and _gap_ok(doc, k) and k - 1 not in taken and doc[k - 1].cap \
                and (_unknown(doc[k - 1].text) or doc[k - 1].text.isupper() or _is_acronym(doc[k - 1].text)
                     or not any(a.lemma_base[:1].islower() for a in _analyses(doc[k - 1].text))):
            k -= 1
        if k < j:
            inner = doc.span(k, j).text
            out.append(Candidate(k, end, "company", name=f"{inner} {form}", aliases=[inner]))
    return out


def _partner_word(word: str) -> bool:
    """A surname or an unknown capitalised word: a partner's name in a firm's name."""
    if not _is_cap(word) or _is_acronym(word) or _first_name(word):
        return False
    return word in word_set("org_firm_words.txt") or _unknown(word) or any(
        morphology.SURNAME in a.name_classes for a in _analyses(word))


def _firm_candidates(doc: _Doc) -> list[Candidate]:
    """A firm named after its partners, after "kancelaria": "kancelaria Domański Legal z Poznania",
    "Kancelaria Nowicki Zawada i Wspólnicy sp.k.". Common nouns after the head make an office's
    name instead ("Kancelaria Sejmiku", "Kancelaria Radcy Prawnego"), left to the head rule."""
    heads = word_set("org_firm_heads.txt")
    partners = word_set("org_firm_words.txt")
    out = []
    for i, tok in enumerate(doc):
        if i + 1 >= len(doc) or not _lemmas(tok.text) & heads or not _gap_ok(doc, i + 1):
            continue
        j = i + 1
        while j < len(doc) and _gap_ok(doc, j):
            word = doc[j].text
            if _partner_word(word):
                j += 1
            elif j - i > 2 and _is_cap(word) and _has_case(word, "nom") and not _head_readings(word)[0] \
                    and not any(morphology.GEOGRAPHIC in a.name_classes for a in _analyses(word)) \
                    and not (j + 1 < len(doc) and _gap_ok(doc, j + 1) and doc[j + 1].cap):
                j += 1  # "kancelaria Domański Zakrzewski Palinka": a third partner's name is a common noun too
            elif word == "&" and j + 1 < len(doc) and _partner_word(doc[j + 1].text):
                j += 1
            elif word == "i" and j + 1 < len(doc) and doc[j + 1].text in partners:
                j += 1
            else:
                break
        if j == i + 1:
            continue
        if j < len(doc) and _gap_ok(doc, j) and doc[j].cap and _head_readings(doc[j].text)[0] == "territory":
            continue  # "Kancelaria Marszałka Województwa Lubelskiego": an office's name, left to the head rule
        legal = j < len(doc) and _is_legal_form(doc[j].text) and _gap_ok(doc, j)
        end = j + 1 if legal else j
        inner = doc.span(i + 1, end).text
        if tok.cap:
            head = org_base(doc.span(i, i + 1))
            out.append(Candidate(i, end, "firm", name=f"{head} {inner}", aliases=[inner]))
        else:
            out.append(Candidate(i + 1, end, "firm", name=inner))
    return out


def _owner_end(doc: _Doc, j: int) -> int:
    """End of an owner's name (first name(s), then a surname) starting at j, or j if none."""
    k = j
    while k < len(doc) and _gap_ok(doc, k) and _first_name(doc[k].text) and k - j < 2:
        k += 1
    surname = doc[k].text if k < len(doc) and _gap_ok(doc, k) else ""
    if k == j or not _is_cap(surname) or _is_acronym(surname) and surname.isupper() or not (
            _unknown(surname) or any(morphology.SURNAME in a.name_classes for a in _analyses(surname))):
        return j
    end = k + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].cap:
        end += 2  # "Marta Zielińska-Kos"
    return end


def _trader_candidates(doc: _Doc) -> list[Candidate]:
    """A sole trader's or civil partnership's firm: a trade word, then a quoted name and/or the
    owner's name and/or a legal form ("Stolarstwo Jan Wiśniewski z Kleczewa", "PHU „Kowalscy”
    s.c.", "Piekarnia „Złoty Kłos” Marta Zielińska", "firma „Drogbud” Jan Kowalczyk")."""
    trades = word_set("org_trade_nouns.txt")
    out = []
    inside: set[int] = set()
    for i, tok in enumerate(doc):
        if i + 1 >= len(doc) or not _gap_ok(doc, i + 1):
            continue
        if not (tok.text in trades or _lemmas(tok.text) & trades):
            continue
        if i in inside:
            continue  # "Usług" in "Przedsiębiorstwo Usług Wodno-Kanalizacyjnych „Hydrobud”" is no firm of its own
        j = i + 1
        while j < len(doc) and tok.cap and _gap_ok(doc, j) and doc[j].cap \
                and _agrees(doc[j].text, _analyses(tok.text)) and not _first_name(doc[j].text):
            j += 1  # "Zakład Instalacyjny „Termex” Piotr Nowak"
        k = j
        while k < len(doc) and k - j < 4 and tok.cap and _gap_ok(doc, k) and doc[k].cap \
                and _has_case(doc[k].text, "gen") and not _first_name(doc[k].text):
            k += 1
        if k > j and k < len(doc) and doc[k].text in _OPEN_QUOTES:
            j = k  # "Przedsiębiorstwo Usług Wodno-Kanalizacyjnych „Hydrobud” Zdzisław Bąk"
            inside.update(range(i, k))
        quoted = None
        if j < len(doc) and doc[j].text in _OPEN_QUOTES:
            q = _quote_end(doc, j)
            if q is None:
                continue
            quoted = doc.span(j + 1, q - 1).text
            j = q
        elif not tok.cap and j + 1 < len(doc) and doc[j].cap and _unknown(doc[j].text) \
                and "-" in doc[j].text and _owner_end(doc, j + 1) > j + 1:
            quoted = doc[j].text  # "firma Inwest-Nadzór Anna Lewandowska"
            j += 1
        owner_end = _owner_end(doc, j) if j < len(doc) else j
        end = owner_end
        legal = end < len(doc) and _gap_ok(doc, end) and _is_legal_form(doc[end].text)
        if legal:
            end += 1
        elif end + 1 < len(doc) and _gap_ok(doc, end) and doc[end + 1].text == "." and _is_legal_form(doc[end].text + "."):
            legal = True  # "s.c" "." as tokenised
            end += 2
        if not (owner_end > j or legal and quoted):
            continue  # "Piekarnia „Złoty Kłos”" alone is left to the other rules
        words = []
        start = i
        if tok.cap:
            while start > 0 and _gap_ok(doc, start) and doc[start - 1].cap \
                    and _agrees(doc[start - 1].text, _analyses(tok.text)) and _common_noun_word(doc[start - 1].text) is False:
                start -= 1  # "Górnośląskie Zakłady Wapiennicze „Wapnotech” sp. z o.o.", "Gorlickich" (also a surname)
            lead_end = i + 1
            while lead_end < len(doc) and doc[lead_end].text not in _OPEN_QUOTES and lead_end < j \
                    and (_agrees(doc[lead_end].text, _analyses(tok.text)) or lead_end in inside):
                lead_end += 1
            words.append(tok.text if tok.text in trades and start == i else org_base(doc.span(start, lead_end)))
        else:
            start = i + 1  # "firma „Drogbud” ...": the noun only introduces the name
            if quoted is None:
                continue
        # trades listed one after another make one firm: "Piekarnia Cukiernia Ryszard Gąsior"
        while tok.cap and start > 0 and _gap_ok(doc, start) and doc[start - 1].cap \
                and (doc[start - 1].text in trades or _lemmas(doc[start - 1].text) & trades) \
                and (doc[start - 1].text in trades or _has_case(doc[start - 1].text, "nom")):
            start -= 1
            words.insert(0, doc[start].text)
        if quoted:
            words.append(quoted)
        words.append(doc.span(j, end).text)
        aliases = [doc.span(start, end).text] if quoted else []
        out.append(Candidate(start, end, "trader", name=" ".join(w for w in words if w), aliases=aliases))
    return out


def _suffix_end(doc: _Doc, i: int, words: list[str]) -> int | None:
    """Index after ``words`` (in any case: lemmas compared) starting at token i, or None."""
    for k, word in enumerate(words):
        j = i + k
        if j >= len(doc) or not _gap_ok(doc, j):
            return None
        tok = doc[j].text
        if tok != word and not (_lemmas(tok) & _lemmas(word) and tok[:1].isupper() == word[:1].isupper()):
            return None
    return i + len(words)


def _dash_joined(doc: _Doc, found: list[Candidate]) -> list[Candidate]:
    """Join a name and its status after a dash: "Państwowy Instytut Weterynaryjny – Państwowy
    Instytut Badawczy w Puławach" is one institute, not two."""
    suffixes = [line.split() for line in word_list("org_dash_suffixes.txt")]
    out: list[Candidate] = []
    swallowed: tuple[int, int] | None = None
    for a in sorted(found, key=lambda c: (c.start, -c.end)):
        if swallowed and swallowed[0] <= a.start and a.end <= swallowed[1] and a.start > swallowed[0]:
            continue  # a part of the joined name
        k = a.end
        if k + 1 < len(doc) and doc[k].text in "–-—" and a.rule != "nested":
            for words in suffixes:
                end = _suffix_end(doc, k + 1, words)
                if end is None:
                    continue
                end = _seat_end(doc, end) or end
                out.append(Candidate(a.start, end, a.rule, a.head, a.kind, name=_dashed_name(doc, a, k, end)))
                swallowed = (a.start, end)
                break
            else:
                out.append(a)
            continue
        out.append(a)
    return out


def _company_branches(doc: _Doc, found: list[Candidate]) -> list[Candidate]:
    """A company's branch named right after its legal form is one name: "Telewizji Polskiej S.A.
    Oddziału Terenowego w Gorzowie Wielkopolskim" -> "Telewizja Polska S.A. Oddział Terenowy w
    Gorzowie Wielkopolskim", the company's own name an alias."""
    branches = word_set("org_branch_nouns.txt")
    by_start = {c.start: c for c in found if c.head is not None and _head_lemma_of(doc[c.head].text) in branches}
    out, used = [], set()
    for c in found:
        b = by_start.get(c.end)
        seat = ""
        # (so is a body's branch after the body's seat: "Związek Podhalan w Polsce Oddział w Nowym Targu")
        seated = c.rule == "head" and c.kind == "body"
        if b is None and seated and c.end + 2 < len(doc) and doc[c.end].text in _SEAT_PREPS and _gap_ok(doc, c.end) \
                and doc[c.end + 1].cap and (b := by_start.get(c.end + 2)) is not None:
            seat = f" {doc.span(c.end, c.end + 2).text}"
        elif seated:
            seated = any(doc[x].text in _SEAT_PREPS for x in range(c.start + 1, c.end))
        if b is None or c.rule != "company" and not _is_legal_form(doc[c.end - 1].text) and not seated \
                or not _gap_ok(doc, c.end):
            out.append(c)
            continue
        company = (c.name or org_base(doc.span(c.start, c.end))) + seat
        out.append(Candidate(c.start, b.end, "company", name=f"{company} {org_base(doc.span(b.start, b.end))}",
                             aliases=[*c.aliases, company]))
        used.add(id(b))
    return [c for c in out if id(c) not in used]


def _umbrella_joined(doc: _Doc, found: list[Candidate]) -> list[Candidate]:
    """A network's name, a dash and a member's name are one name: "Sieci Badawczej Łukasiewicz –
    Instytutu Mikroelektroniki i Fotoniki" -> "Sieć Badawcza Łukasiewicz – Instytut Mikroelektroniki
    i Fotoniki" (org_umbrella_names.txt)."""
    umbrellas = _umbrellas()
    singles = {words[0] for words in umbrellas if len(words) == 1}
    out = []
    for c in found:
        e = c.end
        if doc[e - 1].text in singles and e + 1 < len(doc) and doc[e].text in ("–", "-", "—") and _gap_ok(doc, e + 1) \
                and _is_acronym(doc[e + 1].text) and c.head is not None:
            # "Dział Komunikacji i Marketingu Łukasiewicz – PIT": the member's acronym ends the unit's name
            name = c.name or org_base(doc.span(c.start, e))
            c = Candidate(c.start, e + 2, c.rule, c.head, c.kind, name=f"{name} – {doc[e + 1].text}", aliases=c.aliases)
        dash = c.start - 1
        if dash < 1 or doc[dash].text not in ("–", "-", "—") or c.rule == "nested" or c.head is None:
            out.append(c)
            continue
        for words in umbrellas:
            start = dash - len(words)
            if start >= 0 and all(_gap_ok(doc, k) for k in range(start + 1, dash + 1)) \
                    and doc[dash - 1].text == words[-1] and (len(words) == 1 or org_base(doc.span(start, dash)) == " ".join(words)):
                member = c.name or org_base(doc.span(c.start, c.end))
                out.append(Candidate(start, c.end, c.rule, c.head, c.kind, name=f"{' '.join(words)} – {member}",
                                     aliases=[member]))
                break
        else:
            out.append(c)
    return out


@cache
def _umbrellas() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(line.split()) for line in word_list("org_umbrella_names.txt")), key=len, reverse=True))


def _umbrella_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A network named alone ("Sieć Badawcza Łukasiewicz to ...") or with a member's acronym after
    a dash ("w imieniu Łukasiewicz – PIT"); a lone "Łukasiewicz" may be a person and is left alone.
    A member named in full after the dash is joined later (``_umbrella_joined``)."""
    umbrellas = _umbrellas()
    firsts = {words[0][:3] for words in umbrellas}
    out: list[Candidate] = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.text[:3] not in firsts or i in taken:
            continue
        for words in umbrellas:
            end = i + len(words)
            if end > n or not doc[end - 1].text.startswith(words[-1][:4]) or any(k in taken for k in range(i, end)) \
                    or not all(_gap_ok(doc, k) for k in range(i + 1, end)):
                continue
            if len(words) == 1 and tok.text != words[0] or len(words) > 1 and org_base(doc.span(i, end)) != " ".join(words):
                continue
            name = " ".join(words)
            if end + 1 < n and doc[end].text in ("–", "-", "—") and _gap_ok(doc, end + 1):
                if not _is_acronym(doc[end + 1].text) or end + 1 in taken:
                    break  # a member named in full: joined to it later
                name = f"{name} – {doc[end + 1].text}"
                end += 2
            elif len(words) == 1:
                break
            out.append(Candidate(i, end, "umbrella", name=name))
            break
    return out


def _dashed_name(doc: _Doc, a: Candidate, dash: int, end: int) -> str:
    """The base form of a name joined to a status by a dash. A status with the name's own head is
    apposed to it and takes its case ("z Instytutem Ochrony Roślin – Państwowym Instytutem
    Badawczym" -> "... – Państwowy Instytut Badawczy"); one of another head is a genitive the name
    governs and stays ("Oddział Instytutu Pamięci Narodowej – Komisji Ścigania Zbrodni ...")."""
    whole = org_base(doc.span(a.start, end))
    if a.head is None or dash + 1 >= end:
        return whole
    head = _head_lemma_of(doc[a.head].text)
    status = next((k for k in range(dash + 1, end) if _head_lemma_of(doc[k].text)), None)
    if not head or status is None or _head_lemma_of(doc[status].text) != head:
        return whole
    return f"{org_base(doc.span(a.start, dash))} {doc[dash].text} {org_base(doc.span(dash + 1, end))}"


def _dashed_companies(doc: _Doc, companies: list[Candidate], found: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """"Miejskie Przedsiębiorstwo Komunikacyjne – Łódź sp. z o.o.": a company whose name goes on
    after a dash is one name with the body named before the dash."""
    ends = {c.end: c for c in found}
    joined: list[Candidate] = []
    used: set[int] = set()
    for c in companies:
        before = ends.get(c.start - 1)
        if c.start >= 2 and doc[c.start - 1].text in "–-—" and _gap_ok(doc, c.start - 1) and before is not None \
                and before.rule == "head" and c.name:
            head = before.name or org_base(doc.span(before.start, before.end))
            joined.append(Candidate(before.start, c.end, "company", name=f"{head} {doc[c.start - 1].text} {c.name}",
                                    aliases=[f"{head} {doc[c.start - 1].text} {c.aliases[0]}"] if c.aliases else []))
            used.add(id(before))
        else:
            joined.append(c)
    return joined, [f for f in found if id(f) not in used]


def _foreign_run(doc: _Doc, i: int) -> int:
    """End of a run of capitalised words (with "of", "and", ...) that starts at i. After a foreign
    head first names go on the name, as its patron's ("Université Marie et Louis Pasteur")."""
    j = i
    patron = _heads().get(doc[i].text) == "foreign"
    while j < len(doc) and (j == i or _gap_ok(doc, j)):
        tok = doc[j]
        # (a patron's first name stands right after the head, a link or another first name: "Université
        # Marie et Louis Pasteur"; after the place of "Comune di Castel San Pietro Terme" it opens a person)
        patron_name = patron and (j == i + 1 or doc[j - 1].text in _NAME_LINKS or _first_name(doc[j - 1].text))
        if tok.cap and (patron_name or not _first_name(tok.text)) and tok.text not in word_set("org_name_stops.txt"):
            j += 1
        elif tok.text in _NAME_LINKS and j + 1 < len(doc) and doc[j + 1].cap:
            j += 1
        elif tok.text == "/" and j > i and j + 1 < len(doc) and doc[j + 1].cap and not doc[j].whitespace_ \
                and _gap_ok(doc, j + 1):
            j += 1  # "Hochschule Zittau/Görlitz": a seat of two towns
        elif tok.text == "(" and j > i and j + 2 < len(doc) and doc[j + 2].text == ")" and doc[j + 1].cap \
                and not _is_acronym(doc[j + 1].text) and not _first_name(doc[j + 1].text):
            j += 3  # "Stadt Frankfurt (Oder)"
        else:
            break
    while j > i and doc[j - 1].text in _NAME_LINKS:
        j -= 1
    return j


@morphology.word_cache
def _foreign_compound_head(word: str) -> bool:
    """"Staatskanzlei", "Landratsamt": an unknown word ending in a foreign institution's head."""
    low = word.lower()
    return _unknown(word) and any(low.endswith(e) and len(low) > len(e) + 2 for e in word_list("org_foreign_head_endings.txt"))


def _sentence_case_tail(doc: _Doc, j: int) -> int:
    """End of the lowercase foreign words and capitalised words that go on a foreign name in sentence
    case from j: "České [dráhy]", "Železničná [spoločnosť Slovensko]"."""
    while j < len(doc) and _gap_ok(doc, j) and (
            doc[j].text.islower() and doc[j].text.isalpha() and (_foreign_word(doc[j].text) or all(
                a.lemma_base != a.lemma_base.lower() for a in _analyses(doc[j].text)))  # "transportas": a name only
            or doc[j].cap and doc[j].text.isalpha() and not _first_name(doc[j].text) and not _listed_first_name(doc[j].text)):
        j += 1
    return j


_CASE_ENDINGS = ("owi", "em", "a", "u")


@morphology.word_cache
def _listed_first_name(word: str) -> bool:
    """A foreign first name SGJP lacks but komunikat lists, as written or with a Polish case ending:
    "Javiera", "Javierem" (Javier)."""
    names = word_set("people_first_names.txt")
    return _unknown(word) and (word in names or any(
        word.endswith(e) and word[: -len(e)] in names for e in _CASE_ENDINGS))


def _foreign_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    heads = {k for k, v in _heads().items() if v == "foreign"}
    context = word_set("org_context.txt")
    known = _acronyms()
    out = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or not tok.cap or _head_readings(tok.text)[0] not in ("", "foreign") or tok.text in known:
            i += 1
            continue
        prev = doc[i - 1] if i > 0 and _gap_ok(doc, i) else None
        starts_run = prev is None or not prev.cap or i - 1 in taken
        if not starts_run:
            i += 1
            continue
        end = _foreign_run(doc, i)
        words = doc[i:end]
        unknown = [t for t in words if _unknown(t.text) and t.text.replace("-", "").isalpha()]  # "Alpen-Adria"
        has_head = any(t.text in heads or _foreign_compound_head(t.text) for t in words) \
            or bool(words) and _heads().get(words[-1].text) == "foreign_end"
        compound = len(words) == 1 and _foreign_compound_head(words[0].text) and _foreign_word(words[0].text)
        announced = prev is not None and bool(_lemmas(prev.text) & context or (
            # "zespół folklorystyczny Sūduva": a lowercase adjective between the noun and the name
            i > 1 and not prev.cap and _is_adjective(prev.text) and _gap_ok(doc, i - 1)
            and _lemmas(doc[i - 2].text) & context))
        if announced and end < len(doc) and _gap_ok(doc, end) and doc[end].text.islower() and _foreign_word(doc[end].text):
            end = _sentence_case_tail(doc, end)  # "przewoźnikiem České dráhy", "Železničná spoločnosť Slovensko"
            words = doc[i:end]
            unknown = [t for t in words if _unknown(t.text) and t.text.replace("-", "").isalpha()]
        legal = end < len(doc) and _is_legal_form(doc[end].text) and _gap_ok(doc, end)
        persons = any(_first_name(t.text) or _surname_only(t.text) for t in words if t.text not in _NAME_LINKS and not t.text.islower())
        if persons and len(words) >= 2 and words[0].text in heads:
            persons = False  # "Divadlo Petra Bezruče", "Team Alpen-Adria": a head, then its patron or name
        if not has_head and len(words) >= 2 and _listed_first_name(words[0].text):
            persons = True  # "pełnomocnik hiszpańskiej spółki Javiera Fernándeza Lópeza": a person after the firm
        if unknown and not persons and not any(j in taken for j in range(i, end)) and (
            (has_head and (len(words) >= 2 or compound)) or (announced and (len(words) >= 2 or len(unknown) == 1))
        ):
            if legal:
                out.append(Candidate(i, end + 1, "foreign", name=f"{doc.span(i, end).text} {doc[end].text}", aliases=[doc.span(i, end).text]))
                end += 1
            else:
                out.append(Candidate(i, end, "foreign", name=doc.span(i, end).text))
        i = max(end, i + 1)
    return _cut_at_written_heads(doc, out, heads)


def _cut_at_written_heads(doc: _Doc, found: list[Candidate], heads: set[str]) -> list[Candidate]:
    """A foreign name the text writes elsewhere ending at its head word ("z Daegu Technopark.")
    ends there wherever it is followed by more capitalised words ("prezes Daegu Technopark Kim
    Sung-ho"): the words after it are a person's name."""
    written = {doc.span(c.start, c.end).text for c in found}
    out = []
    for c in found:
        cut = next((k for k in range(c.start + 2, c.end) if doc[k - 1].text in heads
                    and doc.span(c.start, k).text in written), None)
        out.append(Candidate(c.start, cut, c.rule, name=doc.span(c.start, cut).text) if cut and c.rule == "foreign"
                   and c.name == doc.span(c.start, c.end).text else c)
    return out


_NON_POLISH_LETTERS = frozenset("áéíýúůěščřžňťďäöüßőűàèìòùâêîôûçã")


@morphology.word_cache
def _foreign_word(word: str) -> bool:
    """A word SGJP does not know, or one spelt with letters Polish lacks ("město", "báňská")."""
    return word.isalpha() and (_unknown(word) or bool(set(word.lower()) & _NON_POLISH_LETTERS))


def _polish_head_of_foreign_name(doc: _Doc, i: int, heads: set[str]) -> bool:
    """A head Polish shares, opening a sentence-case name whose next words are foreign: "Centrum pro
    regionální rozvoj České republiky" (but "Centrum Kultury" is Polish)."""
    if doc[i].text.lower() not in heads or i + 1 >= len(doc) or not _gap_ok(doc, i + 1) or doc[i + 1].cap:
        return False
    nxt = doc[i + 1].text
    return _foreign_word(nxt) or nxt in word_set("org_foreign_links.txt") and i + 2 < len(doc) and _foreign_word(doc[i + 2].text)


def _sentence_case_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """Czech and Slovak names in sentence case, with a foreign head written lowercase: "Statutární
    město Ostrava", "Vysoká škola báňská – Technická univerzita Ostrava"."""
    heads = {k.lower() for k, v in _heads().items() if v == "foreign"} | word_set("org_sentence_case_heads.txt")
    out = []
    i = 0
    while i < len(doc):
        links = word_set("org_foreign_links.txt")
        if i in taken or not doc[i].cap or not (_foreign_word(doc[i].text) or _polish_head_of_foreign_name(doc, i, heads)) \
                or i > 0 and _gap_ok(doc, i) and doc[i - 1].cap:
            i += 1
            continue
        j = i + 1
        while j < len(doc) and _gap_ok(doc, j) and j not in taken:
            word = doc[j].text
            if _is_cap(word) and doc[j - 1].cap and j - 1 > i and j + 1 < len(doc) and _gap_ok(doc, j + 1) \
                    and doc[j + 1].cap and any(not t.cap for t in doc[i + 1:j - 1]):
                break  # "Sdružení obcí Jesenicka Zdeněk Brandl": the name ends before its chairman's
            if _foreign_word(word) or _is_cap(word) and (word.isalpha() or "-" in word) and not _first_name(word) \
                    or word in heads and _foreign_word(doc[j - 1].text):
                j += 1
            elif word in _NAME_LINKS and j + 1 < len(doc) and doc[j + 1].cap:
                j += 1
            elif word in links and j + 1 < len(doc) and _gap_ok(doc, j + 1) and not doc[j + 1].cap \
                    and _foreign_word(doc[j + 1].text) and (_foreign_word(doc[j - 1].text) or j - 1 == i):
                j += 1  # "Svazek měst a obcí Javornicka", "Centrum pro regionální rozvoj"
            elif word in links and j + 1 < len(doc) and _gap_ok(doc, j + 1) and doc[j + 1].cap \
                    and _foreign_word(doc[j + 1].text) and j - 1 > i:
                j += 1  # a town's own preposition: "Městské muzeum Police nad Metují", "Frenštát pod Radhoštěm"
            elif word in "–-" and j + 1 < len(doc) and doc[j + 1].cap and _foreign_word(doc[j + 1].text):
                j += 1
            else:
                break
        words = [t.text for t in doc[i:j]]
        lowercase = [w for w in words if w.isalpha() and not _is_cap(w) and w not in _NAME_LINKS and w not in heads
                     and w not in links]
        # a foreign head may open the name capitalised: "Gymnázium Štefana Moysesa"
        if (lowercase or any(w in heads for w in words)
                or _foreign_word(words[0]) and words[0].lower() in word_set("org_sentence_case_heads.txt")) \
                and any(w.lower() in heads for w in words) \
                and all(_foreign_word(w) for w in lowercase) and sum(_foreign_word(w) for w in words) >= 2:
            out.append(Candidate(i, j, "foreign", name=doc.span(i, j).text))
        i = j
    return out


def _party_run(doc: _Doc, i: int, stop: int) -> int:
    """End of a capitalised name starting at i (up to ``stop``), before any person's name."""
    j = i
    while j < stop and (j == i or _gap_ok(doc, j)) and doc[j].cap and not doc[j].is_punct:
        if _first_name(doc[j].text) or _surname_only(doc[j].text) or doc[j].text in word_set("org_name_stops.txt"):
            break
        j += 1
    return j


def _party_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """The sides of "porozumienie pomiędzy X a Y": a named side that is no person and no place is
    an organisation acting as a party ("pomiędzy Wojewodą Świętokrzyskim ... a Gminą Włoszczowa",
    "pomiędzy Województwem Śląskim a Borsod-Abaúj-Zemplén")."""
    cues = word_set("org_party_cues.txt")
    out = []
    if doc.doc.has_annotation("SENT_START"):
        sentences = doc.sentences()
    else:
        sentences = [(0, len(doc))]
    for sent_start, sent_end in sentences:
        sent = doc[sent_start:sent_end]
        if not any(_lemmas(t.text) & cues for t in sent):
            continue
        for t in sent:
            if t.text.lower() not in ("pomiędzy", "między"):
                continue
            sides = [t.i + 1]
            depth = 0
            for u in doc[t.i + 1 : sent_end]:
                depth += (u.text == "(") - (u.text == ")")
                if depth == 0 and u.text == "a" and u.i + 1 < sent_end:
                    sides.append(u.i + 1)
                    break
            if len(sides) < 2:
                continue
            for start in sides:
                while start < sent_end and not doc[start].cap and _is_adjective(doc[start].text):
                    start += 1  # "pomiędzy węgierską Gminą ..."
                end = _party_run(doc, start, sent_end)
                if end == start or any(k in taken for k in range(start, end)):
                    continue
                if any(morphology.GEOGRAPHIC in a.name_classes for a in _analyses(doc[start].text)):
                    continue  # "między Polską a Ukrainą": places, not parties
                if end == start + 1 and not (
                    _unknown(doc[start].text) or any(set(a.name_classes) & _ORG_CLASSES for a in _raw(doc[start].text))
                ):
                    continue  # "między Klastrami a firmami", "między Siwcem a Jurgielem": no named body
                out.append(Candidate(start, end, "party"))
    return out


@morphology.word_cache
def _is_adjective(word: str) -> bool:
    return any(a.pos in ("adj", "ppas", "pact") for a in _analyses(word))


def _short_names(doc: _Doc, found: list[Candidate], taken: set[int]) -> list[Candidate]:
    """A short name of several words in capitals in parentheses right after an organisation's name
    ("Wileńskim Uniwersytetem Technicznym im. Giedymina (VILNIUS TECH)") names it there and
    wherever else it is written ("rektor VILNIUS TECH")."""
    out = []
    for c in found:
        if c.rule == "nested":
            continue  # the short name is the outer organisation's
        e = c.end
        k = e + 1
        while k < len(doc) and k - e <= 4 and doc[k].text != ")":
            k += 1
        if not (e < len(doc) and doc[e].text == "(" and k < len(doc) and doc[k].text == ")" and k - e >= 3):
            continue
        words = [t.text for t in doc[e + 1:k]]
        if not all(_is_acronym(w) and len(w) > 1 for w in words) \
                or any(morphology.GEOGRAPHIC in a.name_classes for w in words for a in _raw(w)):
            continue
        name = c.name or org_base(doc.span(c.start, c.end))
        n = len(words)
        for i in range(len(doc) - n + 1):
            if [t.text for t in doc[i:i + n]] == words and not any(j in taken for j in range(i, i + n)) \
                    and all(_gap_ok(doc, j) for j in range(i + 1, i + n)):
                out.append(Candidate(i, i + n, "short", name=name, aliases=[" ".join(words)]))
    return out


def _acronym_pairs(doc: _Doc, found: list[Candidate], taken: set[int]) -> list[Candidate]:
    """Two acronyms in a row that shorten a name found in full: "członek zarządu PKP PLK" is
    "PKP Polskie Linie Kolejowe S.A." (its first word, then the initials of the rest)."""
    names = []
    for c in found:
        if c.name is None and not doc[c.start].text[:2].isupper():
            continue  # (no acronym opens the name: its base form is not needed)
        words = (c.name or org_base(doc.span(c.start, c.end))).split()
        while words and _is_legal_form(words[-1]):
            words = words[:-1]
        if len(words) >= 3 and _is_acronym(words[0]) and words[0].isupper():
            names.append((words[0], _initials(" ".join(words[1:])), c.name or org_base(doc.span(c.start, c.end))))
    out = []
    for i in range(len(doc) - 1):
        first, second = doc[i].text, doc[i + 1].text
        if i in taken or i + 1 in taken or not _gap_ok(doc, i + 1) or not (second.isupper() and len(second) > 1):
            continue
        for lead, initials, name in names:
            if first == lead and second in initials:
                out.append(Candidate(i, i + 2, "short", name=name, aliases=[f"{first} {second}"]))
                break
    return out


def _ner_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """orgName entities of the NER model, when one ran, that have the shape of a name the rules
    cannot confirm alone: two or more capitalised words, one of them foreign ("Greater Stavanger
    Area"). Without a model (no ``doc.ents``) this adds nothing."""
    out = []
    for ent in doc.doc.ents:
        if ent.label_ != "orgName" or any(k in taken for k in range(ent.start, ent.end)):
            continue
        words = [t for t in ent if not t.is_punct and t.text not in _NAME_LINKS]
        if len(words) < 2 or not all(_is_cap(t.text) for t in words):
            continue
        if any(_first_name(t.text) for t in words) or not any(_unknown(t.text) for t in words):
            continue
        if not any(_heads().get(t.text) == "foreign" or _head_readings(t.text)[0] or _is_acronym(t.text) for t in ent) \
                and not any(t.text in _NAME_LINKS for t in ent):
            continue  # "Kiskunfélegyházy Gábor Tóth", "Gáborem Tóthem": a place or a person, no head word
        out.append(Candidate(ent.start, ent.end, "ner", name=ent.text))
    return out


@cache
def _role_bodies() -> dict[str, str]:
    return {row["role"]: row["body"] for row in table("org_role_bodies.tsv")}


@morphology.word_cache
def _role_reading(word: str) -> _Reading | None:
    bodies = _role_bodies()
    return next((a for a in _analyses(word) if a.pos == "subst" and a.lemma_base.lower() in bodies), None)


@morphology.word_cache
def _domain_genitive(word: str) -> bool:
    """A genitive reading that is not a person's name: "Infrastruktury", "Młodzieży", not "Kowalczyk";
    a word that is also a surname needs a common noun's genitive ("Zielińskiej-Ryś" is a surname,
    though SGJP also reads it as the village Zielińsk)."""
    found = _analyses(word)
    surname = any(morphology.SURNAME in a.name_classes for a in found)
    return any("gen" in a.cases and not {morphology.SURNAME, morphology.FIRST_NAME} & set(a.name_classes)
               and (not surname or a.lemma_base[:1].islower()) for a in found)


def _role_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """"Wiceminister Młodzieży i Sportu Ukrainy" names "Ministerstwo Młodzieży i Sportu Ukrainy"."""
    bodies = _role_bodies()
    out = []
    for i, tok in enumerate(doc):
        role = _role_reading(tok.text)
        if role is None or i + 1 >= len(doc) or not _gap_ok(doc, i + 1) or i + 1 in taken:
            continue
        first = doc[i + 1]
        if not (_name_word(first.text, False) and _domain_genitive(first.text) and not _head_readings(first.text)[0]):
            continue  # "wiceminister Kowalczyk" is a person: a surname's genitive names no domain
        if i > 0 and _gap_ok(doc, i) and _lemmas(doc[i - 1].text) & _not_orgs(("name",)):
            continue  # "Rozporządzenia Ministra Finansów": the title of an act names its author, who does not act here
        end, _ = _extend_right(doc, i, [role])
        if end > i + 1:
            body = bodies[role.lemma_base.lower()]
            out.append(Candidate(i + 1, end, "role", name=f"{body} {doc.span(i + 1, end).text}"))
    return out


def _acts_in_sentence(doc: _Doc, i: int) -> bool:
    """Whether the sentence of token i has a verb of signing ("podpisali porozumienie")."""
    sent = doc.doc[i].sent if doc.doc.has_annotation("SENT_START") else doc.doc[:]
    verbs = word_set("org_acting_verbs.txt")
    return any(_lemmas(t.text) & verbs for t in sent)


def _organ_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A one-person organ written as a proper name with its region's adjective: "Wojewoda
    Świętokrzyski Zbigniew Koniusz wydał decyzję" -> "Wojewoda Świętokrzyski" (lowercase
    "wojewoda łódzki" is the person's role only)."""
    organs = word_set("org_organ_offices.txt")
    out = []
    for i, tok in enumerate(doc):
        if i + 1 >= len(doc) or i in taken or i + 1 in taken or not tok.cap or not _gap_ok(doc, i + 1):
            continue
        role = next((a for a in _analyses(tok.text) if a.pos == "subst" and a.lemma_base.lower() in organs), None)
        if role is None:
            continue
        nxt = doc[i + 1].text
        if _is_cap(nxt) and any(a.pos == "adj" and a.cases & role.cases and a.number == role.number for a in _analyses(nxt)):
            out.append(Candidate(i, i + 2, "organ", name=org_base(doc.span(i, i + 2))))
            continue
        # "Małopolski Kurator Oświaty": the region's adjective before, the remit in the genitive after
        if i > 0 and i - 1 not in taken and _gap_ok(doc, i) and doc[i - 1].cap and any(
                a.pos == "adj" and a.cases & role.cases for a in _analyses(doc[i - 1].text)) \
                and _is_cap(nxt) and _is_noun(nxt) and _has_case(nxt, "gen") and not _person_word(nxt) \
                and _acts_in_sentence(doc, i):
            out.append(Candidate(i - 1, i + 2, "organ", name=org_base(doc.span(i - 1, i + 2))))
    return out


@cache
def _public_organs() -> dict[str, str]:
    return {row["lemma"]: row["needs"] for row in table("org_public_organs.tsv")}


def _held_by_person(doc: _Doc, lemma: str, words: list[str]) -> bool:
    """Whether the text gives the office to a person: "burmistrz Ryk Marcin Kwiatkowski",
    "Andrzej Maciejewski, burmistrz Barczewa"."""
    stems = [w.lower()[:4] for w in words]
    n = len(doc)
    for k, tok in enumerate(doc):
        if lemma not in _lemmas(tok.text):
            continue
        after = k + 1 + len(stems)
        if after > n or [doc[m].text.lower()[:4] for m in range(k + 1, after)] != stems:
            continue
        if after < n and _gap_ok(doc, after) and (_first_name(doc[after].text) or doc[after].text in word_set("org_name_stops.txt")):
            return True
        if k >= 2 and doc[k - 1].text in (",", "-", "–") and _person_word(doc[k - 2].text):
            return True
    return False


def _public_organ_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A one-person organ written as a proper name, held by no person the text names, is the
    institution: "Burmistrz Wadowic zawiadamia", "Państwowego Powiatowego Inspektora Sanitarnego w
    Wadowicach", "stypendia Starosty Kolbuszowskiego"."""
    organs = _public_organs()
    deputies = word_set("org_deputy_roles.txt")
    out = []
    n = len(doc)
    for i, tok in enumerate(doc):
        if i in taken or i + 1 >= n or not tok.cap or not _gap_ok(doc, i + 1):
            continue
        role = next((a for a in _analyses(tok.text) if a.pos == "subst" and a.number == "sg"
                     and a.lemma_base.lower() in organs), None)
        if role is None:
            continue
        lemma = role.lemma_base.lower()
        start = i
        while start > 0 and _gap_ok(doc, start) and start - 1 not in taken and doc[start - 1].cap \
                and any(a.pos == "adj" and a.cases & role.cases for a in _analyses(doc[start - 1].text)):
            start -= 1
        end, seat = _extend_right(doc, i, [role])
        if organs[lemma] == "before" and start == i or organs[lemma] == "after" and end == i + 1:
            continue
        if organs[lemma] == "genitive" and (start < i or end == i + 1 or _is_adjective(doc[i + 1].text)
                                            or not _has_case(doc[i + 1].text, "gen")):
            continue
        if any(k in taken for k in range(i, end)) or any(_head_readings(doc[k].text)[0] == "body" for k in range(i + 1, end)):
            continue
        if end < n and _gap_ok(doc, end) and (_person_word(doc[end].text) or doc[end].text in word_set("org_name_stops.txt")) \
                or any(_surname_not_genitive(doc[k].text) for k in range(i + 1, seat or end)) \
                or any(morphology.SURNAME in a.name_classes and "nom" in a.cases for a in _analyses(doc[i + 1].text)):
            continue  # "Burmistrz Miasta Limanowa Władysław Bieda", "Wójt Wiśniewski": the person
        if start > 0 and _gap_ok(doc, start) and (_lemmas(doc[start - 1].text) & deputies
                                                    or doc[start - 1].cap and _is_noun(doc[start - 1].text)
                                                    and not _line_break_before(doc, start)):
            continue  # "Zastępcy Burmistrza Miasta Truskawiec", "Turniej o Puchar Burmistrza Przeworska"
        if _held_by_person(doc, lemma, [doc[k].text for k in range(i + 1, end) if doc[k].text not in _SEAT_PREPS][:2]):
            continue
        out.append(Candidate(start, end, "organ", name=org_base(doc.span(start, end))))
    return out


@cache
def _office_roles() -> dict[str, str]:
    return {row["role"]: row["body"] for row in table("org_office_roles.tsv")}


def _feminine(adjective: str) -> str:
    """"miejski" -> "Miejska", "powiatowy" -> "Powiatowa" (masculine base forms of level adjectives)."""
    return adjective[:1].upper() + adjective[1:-1] + "a"


@morphology.word_cache
def _office_role(word: str) -> _Reading | None:
    """The reading of ``word`` as the title of an office's head ("Komendant"), if it has one."""
    roles = _office_roles()
    return next((a for a in _analyses(word) if a.pos == "subst" and a.lemma_base.lower() in roles), None)


def _office_candidates(doc: _Doc) -> list[Candidate]:
    """"Komendant Miejski Państwowej Straży Pożarnej w Tarnowie" names "Komenda Miejska Państwowej
    Straży Pożarnej w Tarnowie"; the body inside the role ("Państwowej Straży Pożarnej") is the
    service, not a separate organisation of the text."""
    roles = _office_roles()
    levels = word_set("org_office_levels.txt")
    out = []
    n = len(doc)
    for i, tok in enumerate(doc):
        role = _office_role(tok.text)
        if role is None or i + 2 >= n or not _gap_ok(doc, i + 1):
            continue
        level = next((a for a in _analyses(doc[i + 1].text) if a.pos == "adj" and a.lemma_base.lower() in levels
                      and a.cases & role.cases), None)
        if level is None:
            continue
        j = i + 2
        while j < n and j - i < 8 and _gap_ok(doc, j) and doc[j].text not in _SEAT_PREPS and (
                _has_case(doc[j].text, "gen") and (doc[j].cap or _is_noun(doc[j].text)
                                                   or _is_adjective(doc[j].text))):
            j += 1
        complement = [t.text for t in doc[i + 2:j]]
        seat = _seat_end(doc, j) if j < n else None
        if seat is None and not (complement and all(_is_cap(w) for w in complement)):
            continue  # "prokurator okręgowy przesłuchał": no office is named
        if any(not _is_cap(w) for w in complement) and seat is None:
            continue
        words = [_feminine(level.lemma_base.lower())] + [w[:1].upper() + w[1:] for w in complement]
        if seat:
            words.append(doc.span(j, seat).text)
        end = seat or j
        out.append(Candidate(i + 1, end, "office", name=f"{roles[role.lemma_base.lower()]} {' '.join(words)}"))
    return out


_PARTNER_UNITS = {"gmina": "Gmina", "powiat": "Powiat"}


def _partner_unit_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """Units listed after "z gminami" act as partners: "umowy z trzema gminami: Myślenicami,
    Wadowicami i Gminą Zabierzów", "z gminami Skawina i Niepołomice" -> "Gmina Skawina", ...; so do
    units listed after "gminy" as the subject of a verb ("Porozumienie poparły gminy Pieniężno i
    Lelkowo") (but "w gminach Tarnogród i Księżpol" are places)."""
    out = []
    n = len(doc)
    for j, tok in enumerate(doc):
        if not _plural_unit_word(tok.text):
            continue  # (checked first: it rules out nearly every token)
        opening = j == 0 or _line_break_before(doc, j) or doc[j - 1].text in (".", "!", "?")
        if not (tok.text[:1].islower() or opening and tok.text[:1].isupper()):
            continue  # ("Gminy Pruszków, Piastów ... przystąpiły" opens its sentence)
        units = [a for a in _analyses(tok.text.lower()) if a.pos == "subst" and a.number == "pl"
                 and a.lemma_base in _PARTNER_UNITS]
        if not units:
            continue
        i = j - 1
        if i >= 0 and any(a.pos == "num" for a in _analyses(doc[i].text)):
            i -= 1
        head = units[0]
        k = j + 1 + (j + 1 < n and doc[j + 1].text == ":")
        names: list[tuple[int, int]] = []
        while k < n and _gap_ok(doc, k) and doc[k].cap and (k not in taken or opening and k == j + 1):
            e = k + 1
            while e < n and _gap_ok(doc, e) and doc[e].cap and doc[e].text not in ("I", "Oraz"):
                e += 1
            names.append((k, e))
            if e < n and doc[e].text in (",", "i", "oraz") and e + 1 < n:
                k = e + 1
                continue
            break
        if len(names) < 2:
            continue
        if names[0][0] in taken:
            names = names[1:]  # "Gminy Pruszków" opening the sentence is found as a name of its own
        partners = i >= 0 and doc[i].text.lower() in _ORIGIN_PREPS and any("inst" in a.cases for a in units)
        # the subject of a verb before the units or after them ("Gminy X, Y i Z przystąpiły")
        after_prep = i >= 0 and any(a.pos == "prep" for a in _analyses(doc[i].text))  # "z gminy Czarna, Brzostku i ..."
        subject = any("nom" in a.cases for a in units) and (_acted_on(doc, j) or not after_prep and _acts(doc, names[-1][1]))
        if not (partners or subject):
            continue
        for a, b in names:
            if _head_readings(doc[a].text)[0]:
                continue  # "Gminą Zabierzów" is found as a name of its own
            place = place_base(doc.span(a, b), frozenset({"inst", "nom"}))
            out.append(Candidate(a, b, "partner", name=f"{_PARTNER_UNITS[head.lemma_base]} {place}"))
    return out


_UNIT_LEMMAS = frozenset({"gmina", "powiat", "miasto", "województwo"})


@morphology.word_cache
def _unit_word(word: str) -> bool:
    """A singular form of "gmina", "powiat", "miasto" or "województwo"."""
    return any(a.pos == "subst" and a.number == "sg" and a.lemma_base in _UNIT_LEMMAS for a in _analyses(word))


@morphology.word_cache
def _plural_unit_word(word: str) -> bool:
    """A plural form of "gmina" or "powiat" in any letter case ("gminami", "Gminy")."""
    return any(a.pos == "subst" and a.number == "pl" and a.lemma_base in _PARTNER_UNITS for a in _analyses(word.lower()))


def _unit_phrase(doc: _Doc, i: int) -> tuple[int, str] | None:
    """End and name of a lowercase self-government unit starting at i: "gminy Hanna" -> "Gmina
    Hanna", "powiatowi włodawskiemu" -> "Powiat Włodawski", "miasto Koło" -> "Miasto Koło"."""
    tok = doc[i]
    if not _unit_word(tok.text):
        return None  # (checked first: it rules out nearly every token)
    starts = i == 0 or _line_break_before(doc, i) or doc[i - 1].text in (".", "!", "?", "–", "-")
    if tok.cap and not (starts and not _is_cap(doc[i + 1].text if i + 1 < len(doc) else "")) \
            or i + 1 >= len(doc) or not _gap_ok(doc, i + 1):
        return None
    readings = [a for a in _analyses(tok.text) if a.pos == "subst" and a.number == "sg" and a.lemma_base in _UNIT_LEMMAS]
    if not readings:
        return None
    j = i + 1
    if readings[0].lemma_base in ("powiat", "województwo"):
        if doc[j].cap or not _agrees(doc[j].text, readings) or not doc[j].text.endswith(("ski", "skiego", "skiemu", "skim", "cki", "ckiego", "ckiemu", "ckim", "skie", "ckie")):
            return None
        end = j + 1
    else:
        if not (doc[j].cap and (_place_word(doc[j].text) or _town_reading(doc[j].text))) or _first_name(doc[j].text) and not _unit_name(doc, j):
            return None
        end = j + 1
        while end < len(doc) and _gap_ok(doc, end) and doc[end].cap and not _first_name(doc[end].text) \
                and (not _head_readings(doc[end].text)[0] or _lemmas(doc[end].text) & word_set("org_town_units.txt")):
            end += 1  # "gminy Stare Miasto"
        if end - j > 3:
            return None
        # the town's name is mostly apposed in the nominative: "gminy Stare Miasto", "gminie Hanna"
        unit = readings[0].lemma_base
        place = place_base(doc.span(j, end), frozenset({"nom"}) | readings[0].cases)
        return end, f"{unit[:1].upper() + unit[1:]} {place}"
    base = org_base(doc.span(i, end))
    return end, " ".join(w if w in ("i", "w", "we") else w[:1].upper() + w[1:] for w in base.split())


def _acts(doc: _Doc, end: int) -> bool:
    """A finite verb follows a subject ending at ``end``, over adverbs and one more unit joined by "i":
    "gmina Hanna przekaże", "Gmina Hanna i powiat włodawski wspólnie przebudują"."""
    k = end
    for _ in range(6):
        if k >= len(doc) or _line_break_before(doc, k):
            return False
        if doc[k].text == "(":
            close = next((c for c in range(k + 1, min(k + 5, len(doc))) if doc[c].text == ")"), None)
            if close is not None:
                k = close + 1  # "miasto Orgiejów (Orhei) podpisały": the name in its own language
                continue
        found = _analyses(doc[k].text)
        if not doc[k].cap and any(a.pos in ("fin", "praet", "bedzie") for a in found):
            return True
        if doc[k].text in ("i", "oraz") and k + 1 < len(doc):
            nxt = _unit_phrase(doc, k + 1)
            if nxt is None:
                return False
            k = nxt[0]
            continue
        if any(a.pos == "prep" for a in found) and k + 1 < len(doc) and not doc[k + 1].cap \
                and _is_noun(doc[k + 1].text):
            k += 2  # "powiat wschowski od lat wspiera", "gmina Koło w tym roku złoży"
            continue
        if not any(a.pos == "adv" for a in found):
            return False
        k += 1
    return False


def _acted_on(doc: _Doc, i: int) -> bool:
    """A finite verb right before a subject at i: "wspierają gmina Ryki", "otrzymała gmina Dobra"."""
    if i == 0 or not _gap_ok(doc, i):
        return False
    prev = doc[i - 1].text
    if i > 1 and _gap_ok(doc, i - 1) and any(a.pos == "bedzie" for a in _analyses(prev)) \
            and any(a.pos == "inf" for a in _analyses(doc[i - 2].text)):
        return False  # "reprezentować będą województwo pomorskie": the unit is the object
    if i > 1 and _gap_ok(doc, i - 1) and _lemmas(prev) == {"być"} \
            and any(a.pos in ("adj", "ppas") and "nom" in a.cases for a in _analyses(doc[i - 2].text)):
        return False  # "poszkodowane są gminy Lewin Brzeski, Skarbimierz i Olszanka": described, not acting
    return not _is_cap(prev) and any(a.pos in ("fin", "praet", "bedzie") for a in _analyses(prev))


_PLACE_PREPS = frozenset({"w", "we", "do", "na"})


def _after_place_prep(doc: _Doc, i: int) -> bool:
    """A unit at i after a preposition of place is the territory: "w gminie Hanna", "seniorom z powiatu
    ryckiego" ("z" with the genitive; "porozumienie z gminą Koło" and "od gminy Koło" name a side)."""
    if i == 0:
        return False
    prep = doc[i - 1].text.lower()
    return prep in _PLACE_PREPS or prep in _ORIGIN_PREPS and _has_case(doc[i].text, "gen") \
        and not _has_case(doc[i].text, "inst")


def _acting_unit_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A lowercase unit is an organisation when it acts: "gmina Hanna przekaże powiatowi ...",
    "Koło i gmina Koło razem zadbają o wodę"; then its other lowercase mentions are its mentions too
    ("wójt gminy Hanna", "powiatowi włodawskiemu")."""
    phrases = []
    for i in range(len(doc)):
        if i in taken:
            continue
        found = _unit_phrase(doc, i)
        if found:
            phrases.append((i, *found))
    acting = {name for n, (i, end, name) in enumerate(phrases)
              if any("nom" in a.cases and a.number == "sg" for a in _analyses(doc[i].text) if a.lemma_base in _UNIT_LEMMAS)
              and (i == 0 or doc[i - 1].text.lower() not in ("w", "we", "na", "do", "z", "ze", "od", "dla", "przez"))
              and (_acts(doc, end) or _acted_on(doc, i) or n > 0 and phrases[n - 1][1] + 1 == i
                   and doc[i - 1].text in ("i", "oraz") and _acted_on(doc, phrases[n - 1][0]))}
    if not acting:
        return []
    # a unit named in a capitalised name elsewhere ("Gmina Hanna" in the headline) is that name's mention
    # "seniorom z powiatu ryckiego", "w gminie Hanna": after a preposition of place it is the territory
    return [Candidate(i, end, "acting", i, "territory", name=name) for i, end, name in phrases
            if name in acting and not _after_place_prep(doc, i)]


def _unit_mentions(doc: _Doc, taken: set[int], names: set[str]) -> list[Candidate]:
    """Lowercase mentions ("wójt gminy Hanna") of a unit found under its capitalised name ("Gmina Hanna")."""
    out = []
    for i in range(len(doc)):
        if i in taken:
            continue
        found = _unit_phrase(doc, i)
        if found and _key(found[1]) in names and not _after_place_prep(doc, i):
            out.append(Candidate(i, found[0], "acting", i, "territory", name=found[1]))
    return out


def _unit_head_candidates(doc: _Doc, taken: set[int], names: set[str]) -> list[Candidate]:
    """The unit a head of a self-government unit heads: "Umowy podpisali: wójt gminy Brudzew Anna
    Walczak, ..." makes "Gmina Brudzew" a side; "burmistrz Sławy" is a mention of "Gmina Sława" (or
    "Miasto ...") when the text names that unit."""
    roles = word_set("org_unit_head_roles.txt")
    out = []
    for i in range(len(doc) - 1):
        if i + 1 in taken or not (_lemmas(doc[i].text) & roles or doc[i].text.lower() in _ORIGIN_PREPS) \
                or not _gap_ok(doc, i + 1):
            continue
        unit = _unit_phrase(doc, i + 1)
        if unit and doc[i].text.lower() in _ORIGIN_PREPS:
            if _acts_in_sentence(doc, i) and any("inst" in a.cases for a in _analyses(doc[i + 1].text)):
                out.append(Candidate(i + 1, unit[0], "acting", i + 1, "territory", name=unit[1]))
            continue
        if unit:
            if _key(unit[1]) in names or _acts_in_sentence(doc, i):
                out.append(Candidate(i + 1, unit[0], "acting", i + 1, "territory", name=unit[1]))
            continue
        j = i + 1
        if doc[i].text.lower() in _ORIGIN_PREPS:
            continue  # "uczniowie z Perzowa": the village, not the gmina
        if not (doc[j].cap and _has_case(doc[j].text, "gen") and (_place_word(doc[j].text) or _town_reading(doc[j].text))):
            continue
        end = j + 1
        while end < len(doc) and _gap_ok(doc, end) and _place_part(doc[end].text, "gen"):
            end += 1
        place = place_base(doc.span(j, end), frozenset({"gen"}))
        name = next((f"{unit_name} {place}" for unit_name in ("Gmina", "Miasto") if _key(f"{unit_name} {place}") in names), None)
        if name:
            out.append(Candidate(j, end, "acting", j, "territory", name=name))
    return out


def _quoted_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A quoted name after a lowercase head or a word that announces an organisation:
    "stowarzyszenie „Razem dla Gminy”" -> "Stowarzyszenie „Razem dla Gminy”", "firma „Agromax”" -> "Agromax"."""
    context = word_set("org_context.txt")
    out = []
    for i, tok in enumerate(doc):
        if i + 1 >= len(doc) or doc[i + 1].text not in _OPEN_QUOTES:
            continue  # no quoted name follows (checked first: it rules out nearly every token)
        if i in taken or i + 1 in taken or not _gap_ok(doc, i + 1):
            continue
        q = _quote_end(doc, i + 1)
        if not q:
            continue
        inner = doc.span(i + 2, q - 1).text
        if _is_acronym(tok.text) and len(tok.text) >= 3 and tok.text not in _acronyms() and _is_cap(inner) \
                and not any(k in taken for k in range(i, q)):
            out.append(Candidate(i, q, "quoted", name=doc.span(i, q).text))  # "NSZZ „Solidarność”"
            continue
        if tok.cap:
            continue
        if _lemmas(tok.text) & (context | word_set("org_media_nouns.txt")):
            out.append(Candidate(i + 1, q, "quoted", name=inner))
        elif _head_readings(tok.text)[0] == "body" and not _inside_non_org(doc, i):
            base = org_base(doc.span(i, q))
            out.append(Candidate(i, q, "quoted", i, "body", name=base[:1].upper() + base[1:]))
        elif i > 0 and i - 1 not in taken and _gap_ok(doc, i) and not doc[i - 1].cap \
                and (head := _head_readings(doc[i - 1].text))[0] == "body" and _agrees(tok.text, head[1]) \
                and not _inside_non_org(doc, i - 1):
            base = org_base(doc.span(i - 1, q))  # "spółdzielni socjalnej „Nowy Start”": the head's adjective first
            out.append(Candidate(i - 1, q, "quoted", i - 1, "body", name=base[:1].upper() + base[1:]))
    return out


@morphology.word_cache
def _org_name_only(word: str) -> bool:
    # (a region named like its club is the region: "firm z Podbeskidzia")
    found = _raw(word)
    return bool(found) and all(set(a.name_classes) & _ORG_CLASSES and morphology.GEOGRAPHIC not in a.name_classes
                               for a in found)


def _dictionary_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """Words the dictionary knows only as names of firms or institutions ("Orlen", "Caritas");
    an all-capital one ("PZU") only right after a word that announces an organisation."""
    context = word_set("org_context.txt")
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not tok.cap:
            continue
        if not _org_name_only(tok.text):
            continue
        found = _raw(tok.text)
        if (tok.text.isupper() or _is_acronym(tok.text)) and not (i > 0 and _lemmas(doc[i - 1].text) & context):
            continue
        if _names_league(doc, i + 1):
            continue  # the sponsor in a league's name: "w Orlen Superlidze Kobiet"
        out.append(Candidate(i, i + 1, "dictionary", name=found[0].lemma_base))
    return out


def _names_league(doc: _Doc, k: int) -> bool:
    """A league's noun within the next two capitalised words: "Orlen [Superlidze]", "Tauron [Hokej Ligi]"."""
    leagues = word_set("org_league_nouns.txt")
    for j in range(k, min(k + 2, len(doc))):
        if not _gap_ok(doc, j) or not doc[j].cap:
            return False
        if _lemmas(doc[j].text) & leagues:
            return True
    return False


@morphology.word_cache
def _town_in_nominative(word: str) -> frozenset[str]:
    """The cases of a geographic name that has a nominative reading, else nothing."""
    found = [a for a in _analyses(word) if morphology.GEOGRAPHIC in a.name_classes]
    return frozenset(c for a in found for c in a.cases) if any("nom" in a.cases for a in found) else frozenset()


def _prefixed_company_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A legal form written before the company's name and the capitalised words after it: "SIA Medilink
    Riga", "OÜ Nordic Health Partners" (a quoted name after the form is the quoted rule's)."""
    forms = word_set("org_prefix_legal_forms.txt")
    out = []
    for i, tok in enumerate(doc):
        if tok.text not in forms or i in taken or i + 1 >= len(doc) or not _gap_ok(doc, i + 1):
            continue
        j = i + 1
        while j < len(doc) and j - i <= 4 and j not in taken and _gap_ok(doc, j) and doc[j].cap \
                and not _is_legal_form(doc[j].text):
            j += 1
        if j > i + 1:
            out.append(Candidate(i, j, "company", name=doc.span(i, j).text, aliases=[doc.span(i + 1, j).text]))
    return out


def _prefixed_club_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A sports club abbreviation and the capitalised words after it: "z RK Nexe Našice",
    "z BM Granollers", "MKS Kalisz"."""
    prefixes = word_set("org_club_prefixes.txt")
    out = []
    for i, tok in enumerate(doc):
        if tok.text not in prefixes or i in taken or i + 1 >= len(doc) or not _gap_ok(doc, i + 1):
            continue
        j = i + 1
        # a university's acronym may come first: "AZS AWF Gorzów Wielkopolski", "AZS UMCS Lublin"
        while j < len(doc) and j - i <= 2 and j not in taken and _gap_ok(doc, j) and _is_acronym(doc[j].text) \
                and j + 1 < len(doc) and _gap_ok(doc, j + 1) and doc[j + 1].cap:
            j += 1
        acronyms = j
        while j < len(doc) and j - acronyms <= 2 and j not in taken and _gap_ok(doc, j) and doc[j].cap \
                and not _is_acronym(doc[j].text) and not _first_name(doc[j].text):
            j += 1
        if j == acronyms:
            j = i + 1  # only acronyms after the prefix: "AZS UMCS" is left to the rules for acronyms
        if j > i + 1:
            end = j + 1 if j < len(doc) and _gap_ok(doc, j) and _is_legal_form(doc[j].text) else j
            out.append(Candidate(i, end, "club", name=doc.span(i, end).text))
    return out


def _club_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A sports club named after its town: an inflected word, then the town left in the nominative
    ("do Górnika Zabrze", "w Gwardii Opole", "z Wisłą Płock"). Two nouns in one phrase would
    agree in case; the town that does not follow the first word's case is part of a name."""
    out = []
    for i in range(len(doc) - 1):
        first, town = doc[i].text, doc[i + 1].text
        if i in taken or i + 1 in taken or not _is_cap(first) or _is_acronym(first) or not _gap_ok(doc, i + 1):
            continue
        if i > 0 and _gap_ok(doc, i) and doc[i - 1].cap or i + 2 < len(doc) and _gap_ok(doc, i + 2) \
                and doc[i + 2].cap:
            continue  # a longer capitalised run is some other name
        town_cases = _town_in_nominative(town)
        if not town_cases or _first_name(town) or _head_readings(first)[0] or _paren_acronym(town) \
                or _lemmas(first) & (word_set("org_facility_nouns.txt") | _not_orgs(("name", "event"))):
            continue  # "w Gminie Narol" is left to the rules for head nouns; "do Portu Gdańsk" is a place,
            # "finał Pucharu Polski" an event
        readings = [a for a in _analyses(first) if a.pos == "subst" and a.number == "sg" and "nom" not in a.cases
                    and a.cases - town_cases]
        if not readings or any("nom" in a.cases for a in _analyses(first) if a.pos == "subst") \
                or any(morphology.FIRST_NAME in a.name_classes or a.pos == "adj" for a in _analyses(first)) \
                or any(morphology.SURNAME in a.name_classes for a in _analyses(town)):
            continue  # "pani Marii Bąk", "z Zielonej Góry": a person, a two-word town
        lemma = readings[0].lemma_base
        out.append(Candidate(i, i + 2, "club", name=f"{lemma[:1].upper() + lemma[1:]} {town}"))
    return out


def _club_word(word: str) -> str:
    """A club's word in the nominative, in its own number: "Astorią" -> "Astoria", "Azotów" -> "Azoty",
    a foreign one by its Polish ending: "Slavią" -> "Slavia", "Szachtarem" -> "Szachtar"."""
    if "-" in word:
        return word  # "Termo-Bud" is read as a form of its second part
    if _unknown(word):
        return org_base_text(word) or word
    nouns = [a for a in _analyses(word) if a.pos == "subst"]
    plural_nominatives = {a.lemma for a in nouns if "nom" in a.cases and a.number == "pl"}
    singular = {a.lemma for a in nouns if a.number == "sg"}
    if not nouns or any("nom" in a.cases and a.number in ("sg", None) for a in nouns) \
            or plural_nominatives and not plural_nominatives <= singular:
        return word  # ("do Zagłębia Sosnowiec": a singular's genitive, not a plural -> Zagłębie; "Stali" no adjective)
    for a in sorted(nouns, key=lambda a: a.number != "sg"):
        if a.pos == "subst":
            form = inflect(word, a, "nom", a.number, None)
            if form:
                return form[:1].upper() + form[1:]
    return word


def _person_pair(first: str, last: str) -> bool:
    """A first name or a man's noun and a surname in one case and gender read as a person ("Trener
    Wróbel"); "z Lechem Poznań" is none: "Lechem" is in the instrumental, "Poznań" a nominative or a
    woman's surname."""
    heads = [a for a in _analyses(first) if a.pos == "subst" and (
        morphology.FIRST_NAME in a.name_classes or "m1" in a.genders and a.lemma_base[:1].islower())]
    return any(morphology.SURNAME in s.name_classes and s.cases & h.cases and s.genders & h.genders
               for s in _analyses(last) for h in heads)


def _sport_sentence(doc: _Doc, i: int) -> bool:
    sent = doc.doc[i].sent if doc.doc.has_annotation("SENT_START") else doc.doc[:]
    cues = word_set("org_sport_cues.txt")
    return any(_lemmas(t.text) & cues or t.text.lower() in cues for t in sent)


def _town_readings(word: str) -> list[_Reading]:
    """The town's noun readings ("Poznań" the town, not the surname)."""
    nouns = [a for a in _analyses(word) if a.pos == "subst"]
    return [a for a in nouns if morphology.GEOGRAPHIC in a.name_classes] or nouns


def _affiliation(doc: _Doc, start: int, end: int) -> bool:
    """A name in parentheses right after a person's: "Bartosz Grabowski (Warta Poznań)"."""
    return start > 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")" \
        and doc[start - 2].cap and (_person_word(doc[start - 2].text) or _first_name(doc[start - 3].text))


def _announced_club_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """The name apposed to a lowercase "klub" or a media outlet's noun and its adjectives is the
    club's or the outlet's, as written: "klub piłkarski Stal Stalowa Wola", "klubu sportowego Orzeł
    Przeworsk", "portalu Wirtualny Gorzów"."""
    out = []
    n = len(doc)
    nouns = {"klub"} | word_set("org_media_nouns.txt")
    for i, tok in enumerate(doc):
        if not tok.text[:1].islower() or not _lemmas(tok.text) & nouns:
            continue
        j = i + 1
        while j < n and j - i <= 2 and _gap_ok(doc, j) and doc[j].text[:1].islower() and _agrees(doc[j].text, _analyses(tok.text)):
            j += 1
        end = j
        while end < n and end - j < 4 and end not in taken and _gap_ok(doc, end) and doc[end].cap \
                and doc[end].text not in word_set("org_name_stops.txt"):
            end += 1
        if end > j and not (end < n and _gap_ok(doc, end) and doc[end].cap) \
                and not any(k in taken for k in range(j, end)) and not _first_name(doc[j].text):
            out.append(Candidate(j, end, "club", name=doc.span(j, end).text))
    return out


def _sport_club_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """In a sentence about sport, a capitalised run of common or unknown words ending in a town in
    the nominative is a club, its sponsor included: "pokonali Sokół Łańcut", "z Enea Astorią
    Bydgoszcz", "Klub piłki ręcznej Energa Wybrzeże Gdańsk"."""
    out = []
    n = len(doc)
    i = 0
    while i < n:
        if i in taken or not doc[i].cap or i > 0 and _gap_ok(doc, i) and doc[i - 1].cap:
            i += 1
            continue
        j = i
        while j < n and j - i < 4 and j not in taken and (j == i or _gap_ok(doc, j)) and doc[j].cap:
            j += 1
        run = range(i, j)
        town = j - 1
        if j - i < 2 or j < n and _gap_ok(doc, j) and doc[j].cap or not _town_in_nominative(doc[town].text) \
                or any(_is_acronym(doc[k].text) and not (k == i and j - i > 2) or _first_name(doc[k].text) and k > i
                       or _head_readings(doc[k].text)[0] or doc[k].text in word_set("org_name_stops.txt") for k in run) \
                or not (_unknown(doc[i].text) or _is_noun(doc[i].text)) \
                or any(not _unknown(doc[k].text) and _agrees(doc[k].text, _town_readings(doc[town].text))
                       or _unknown(doc[k].text) and doc[k].text.endswith(("em", "owi")) and town - i > 1
                       for k in range(i, town)) \
                or _person_pair(doc[i].text, doc[town].text) \
                or any(_lemmas(doc[k].text) & word_set("org_facility_nouns.txt") for k in (i - 1, i) if k >= 0) \
                or _lemmas(doc[i].text) & _not_orgs(("name", "event")) \
                or any(_lemmas(doc[k].text) & word_set("org_league_nouns.txt") for k in run) \
                or not (_sport_sentence(doc, i) or _affiliation(doc, i, j)):
            i = max(j, i + 1)
            continue
        words = [_club_word(doc[k].text) for k in range(i, town)]
        out.append(Candidate(i, j, "club", name=" ".join([*words, doc[town].text])))
        i = j
    return out


_DEFINITION_LINKS = frozenset({"i", "o", "w", "we", "na", "dla", "ds.", "oraz", "&", "-", "–", "of", "and", "for"})


def _defined_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """A capitalised name defined by its acronym in parentheses: "Krakowski Park Technologiczny (KPT)"."""
    not_orgs = _not_orgs(("name", "event"))
    out = []
    for p, tok in enumerate(doc):
        if tok.text != "(" or p + 2 >= len(doc) or doc[p + 2].text != ")" or not _is_acronym(doc[p + 1].text):
            continue
        acronym = doc[p + 1].text
        k = p
        while k > 0 and p - k < 12 and k - 1 not in taken and not _line_break_before(doc, k) and (
            doc[k - 1].cap or doc[k - 1].text in _DEFINITION_LINKS
            # a lowercase word the acronym spells: "Železnice Slovenskej republiky (ŽSR)"
            or doc[k - 1].text.isalpha() and doc[k - 1].text[0].upper() in acronym and p - k < len(acronym)
        ):
            k -= 1
        for start in range(k, p):
            if not doc[start].cap:
                continue
            span = doc.span(start, p)
            if acronym not in _initials(span.text) and acronym.upper() not in _initials(span.text):
                continue
            if any((_lemmas(doc[x].text) & not_orgs or doc[x].text.lower() in not_orgs) and not _members_of(doc, x + 1, p)
                   for x in range(start, p)):
                break  # "Regionalny Program Operacyjny (RPO)" ("Porozumienie Związków Zawodowych" is its members')
            if start > 0 and (_lemmas(doc[start - 1].text) & not_orgs):
                break
            out.append(Candidate(start, p, "defined", aliases=[acronym]))
            break
    return out


@cache
def _acronym_units() -> dict[str, str]:
    return {row["prefix"]: row["unit"] for row in table("org_acronym_units.tsv")}


def _genitive(name: str) -> str:
    """"Państwowa Straż Pożarna" -> "Państwowej Straży Pożarnej" (a name in the nominative)."""
    out = []
    for word in name.split():
        reading = next((a for a in _analyses(word) if "nom" in a.cases and a.number == "sg"
                        and a.pos in ("subst", "adj")), None)
        form = reading and inflect(word, reading, "gen", "sg")
        out.append(form or word)
    return " ".join(out)


def _acronym_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    known = _acronyms()
    units = _acronym_units()
    out = []
    for i, tok in enumerate(doc):
        if i in taken or tok.text not in known:
            continue
        expansion, standalone = known[tok.text]
        if i > 0 and doc[i - 1].text in units and _gap_ok(doc, i) and i - 1 not in taken:
            # "KM PSP w Tarnowie": the city command of the fire service
            seat = _seat_end(doc, i + 1) if i + 1 < len(doc) and _gap_ok(doc, i + 1) else None
            name = f"{units[doc[i - 1].text]} {_genitive(expansion)}"
            end = seat or i + 1
            where = f" {doc.span(i + 1, seat).text}" if seat else ""
            out.append(Candidate(i - 1, end, "acronym", name=name + where, aliases=[doc.span(i - 1, end).text]))
            continue
        patron = _patron_end(doc, i + 1) if not standalone else i + 1
        if patron > i + 1 and i > 0 and _gap_ok(doc, i) and _ROMAN.match(doc[i - 1].text) and i - 1 not in taken:
            # "VIII LO im. Kazimierza Wielkiego": a numbered school by its acronym and patron, as written
            end = _seat_end(doc, patron) or patron
            out.append(Candidate(i - 1, end, "acronym", name=doc.span(i - 1, end).text,
                                 aliases=[f"{doc[i - 1].text} {expansion} {doc.span(i + 1, end).text}"]))
            continue
        seat = _seat_end(doc, i + 1) if i + 1 < len(doc) and _gap_ok(doc, i + 1) and not standalone else None
        if seat:
            where = doc.span(i + 1, seat).text
            out.append(Candidate(i, seat, "acronym", name=f"{expansion} {where}", aliases=[doc.span(i, seat).text, tok.text]))
        elif (
            not standalone
            and i + 1 < len(doc)
            and _gap_ok(doc, i + 1)
            and _place_word(doc[i + 1].text)
            and _has_case(doc[i + 1].text, "nom")
            and not (_first_name(doc[i + 1].text) or _surname_only(doc[i + 1].text)
                     and not any(morphology.GEOGRAPHIC in a.name_classes for a in _analyses(doc[i + 1].text)))
            and not _town_is_subject(doc, i)
        ):
            # "UMiG Narol" -> "Urząd Miasta i Gminy Narol"; a body not named after its town keeps the
            # short name as written, its town being its seat: "OSP Zabłudów" ("Ochotnicza Straż
            # Pożarna w Zabłudowie"), "JRG Łomża"
            place = doc[i + 1].text
            written = doc.span(i, i + 2).text
            if _lemmas(expansion.split()[-1]) & word_set("org_town_units.txt"):
                out.append(Candidate(i, i + 2, "acronym", name=f"{expansion} {place}", aliases=[written]))
            else:
                seat_words = _locative([place])
                out.append(Candidate(i, i + 2, "acronym", name=written,
                                     aliases=[f"{expansion} {seat_words}"] if seat_words else []))
        elif standalone:
            if i + 1 < len(doc) and _gap_ok(doc, i + 1) and doc[i + 1].cap and not _first_name(doc[i + 1].text) \
                    and any(morphology.GEOGRAPHIC in a.name_classes for a in _analyses(doc[i + 1].text)):
                continue  # "(UE Katowice)": a university's short name with its town, not the European Union
            out.append(Candidate(i, i + 1, "acronym", name=expansion, aliases=[tok.text]))
    return out


def _town_is_subject(doc: _Doc, i: int) -> bool:
    """The town after the acronym at i is the subject of the verb after it, the acronym the object of a
    preposition before: "Umowę z WFOŚiGW Włocławek podpisał w marcu" (not "Autobusy MZK Zamość pojadą")."""
    if not (i > 0 and i + 2 < len(doc) and any(a.pos == "prep" for a in _analyses(doc[i - 1].text))
            and not doc[i + 2].cap):
        return False
    town = [a for a in _analyses(doc[i + 1].text) if a.pos == "subst" and "nom" in a.cases]
    # the verb agrees with the town ("Włocławek podpisał"; "Spotkanie z OSP Zabłudów odbyło się" does not)
    return any(v.pos == "praet" and v.number == t.number and v.genders & t.genders or v.pos == "fin" and v.number == t.number
               for v in _analyses(doc[i + 2].text) for t in town)


def _common_word(word: str) -> bool:
    """A word SGJP knows only as a common word ("Autobusy" opening a sentence)."""
    found = _analyses(word)
    return _known(found) and not _is_acronym(word) and all(a.lemma_base[:1].islower() for a in found)


def _acronym_town_candidates(doc: _Doc, taken: set[int]) -> list[Candidate]:
    """An acronym no table knows, followed by a town in the nominative, is a local body named as
    written: "Autobusy MZK Zamość pojadą objazdami" (a run of acronyms or capitalised words before
    it is a longer name: "AZS UPH Siedlce", "Interreg NEXT Polska")."""
    known = _acronyms()
    out = []
    for i in range(len(doc) - 1):
        word, town = doc[i].text, doc[i + 1].text
        if i in taken or i + 1 in taken or word in known or not _is_acronym(word) or sum(ch.isupper() for ch in word) < 2 \
                or not _gap_ok(doc, i + 1) or _first_name(town) or not _town_in_nominative(town):
            continue
        if i > 0 and _gap_ok(doc, i) and doc[i - 1].cap and not _common_word(doc[i - 1].text) \
                or i + 2 < len(doc) and _gap_ok(doc, i + 2) \
                and doc[i + 2].cap or any(morphology.SURNAME in a.name_classes for a in _analyses(town)) \
                and not _town_reading(town):
            continue  # ("WWF Polska": a country SGJP also lists as a surname)
        if any(morphology.GEOGRAPHIC in a.name_classes for a in _raw(word)):
            continue  # "USA Kraków"
        if _town_is_subject(doc, i):
            continue
        if i + 3 < len(doc) and doc[i + 2].text in ("–", "-", "—") and doc[i + 3].cap \
                or any(_lemmas(doc[k].text) & _not_orgs(("name",)) for k in range(max(0, i - 2), i)):
            continue  # "programu Interreg NEXT Polska–Ukraina": a programme named after two countries
        out.append(Candidate(i, i + 2, "acronym", name=f"{word} {town}", aliases=[word]))
    return out


def _locative(words: list[str]) -> str | None:
    """"Nowy Targ" -> "w Nowym Targu": a nominative place name as a seat."""
    head = next((a for a in _analyses(words[-1]) if a.pos == "subst" and "nom" in a.cases and a.number == "sg"), None)
    if head is None:
        return None
    out = []
    for w in words:
        a = next((x for x in morphology.analyse(w) if x.pos in ("subst", "adj") and "nom" in x.cases
                  and x.number == "sg" and (x.pos == "subst" or x.genders & head.genders)), None)
        form = a and inflect(w, a, "loc", "sg", head.genders if a.pos == "adj" else None)
        if not form:
            return None
        out.append(form)
    prep = "we" if out[0][:1].lower() in "wf" and out[0][1:2].lower() not in "aeiouyąęó" else "w"
    return f"{prep} {' '.join(out)}"


def _nested_acronyms(doc: _Doc, found: list[Candidate]) -> list[Candidate]:
    """A known body's acronym with its place inside another name: "Orkiestra Dęta OSP Nowy Targ"
    also names "Ochotnicza Straż Pożarna w Nowym Targu"."""
    known = _acronyms()
    out = []
    for c in found:
        for i in range(c.start + 1, c.end - 1):
            entry = known.get(doc[i].text)
            if entry is None or entry[1] or not any(_head_readings(w)[0] == "body" for w in entry[0].split()):
                continue  # a standalone acronym is found anywhere; a unit ("UMiG") keeps its own style
            j = i + 1
            while j < c.end and doc[j].cap and _has_case(doc[j].text, "nom") and not _head_readings(doc[j].text)[0]:
                j += 1
            if j != c.end or j == i + 1:
                continue
            seat = _locative([doc[k].text for k in range(i + 1, j)])
            if seat:
                out.append(Candidate(i, j, "acronym", name=f"{entry[0]} {seat}", aliases=[doc[i].text]))
    return out


# ----------------------------------------------------------------------------------------------
# assembling organisations


_CONTACT_STARTS = frozenset({"tel.", "tel", "ul.", "al.", "pl.", "e-mail", "(", "+48", "kom.", "fax"})


def _contact_label(doc: _Doc, c: Candidate) -> bool:
    """"Biuro Obsługi Klienta: ul. Piaskowa 1, tel. ...", "Centrum Obsługi Klienta: (42)675-44-44": a
    desk named by its remit alone and followed by a colon and contact data labels the data; with its
    body's name ("Biuro Obsługi Klienta ZGK: ...") it is that body's unit."""
    if c.rule != "head" or c.head is None or c.end + 1 >= len(doc) or doc[c.end].text != ":":
        return False
    nxt = doc[c.end + 1].text
    if nxt.lower() not in _CONTACT_STARTS and not nxt[:1].isdigit() and not nxt.startswith(("(", "+")):
        return False
    if c.start != c.head or _heads().get(_head_lemma_of(doc[c.head].text)) not in ("unit", "body"):
        return False
    rest = [doc[k].text for k in range(c.head + 1, c.end)]
    return bool(rest) and not any(_is_acronym(w) or _head_readings(w)[0] or w[:1] in _OPEN_QUOTES for w in rest)


def _capitalised_common_noun(doc: _Doc, c: Candidate) -> bool:
    """"Zakład w Kutnie pracował na trzy zmiany": a head noun capitalised only because it opens the
    sentence, with nothing but a seat after it; heads that name one local institution with a seat
    ("Sąd w Gdańsku", org_local_heads.txt) still do."""
    if c.rule != "head" or c.head != c.start or c.start + 1 >= c.end or doc[c.start + 1].text not in _SEAT_PREPS:
        return False
    opens = c.start == 0 or _line_break_before(doc, c.start) or doc[c.start - 1].text in (".", "!", "?", "–", "-", "—")
    # (a date's "r." closes a sentence as well: "do 31 grudnia 2026 r. Placówki w ...")
    if (opens or doc[c.start - 1].text in ("r.", "w.")) and _building_or_several(doc, c.start, c.end):
        return True  # "Placówki w Dąbrowie Białostockiej, Sztabinie i Nowym Dworze": several, no one body
    # (a school or hospital with only its seat is described: "– Szkoła w Nowem to dla nas sprawa kluczowa")
    return opens and _head_lemma_of(doc[c.start].text) not in word_set("org_local_heads.txt") - word_set("org_described_heads.txt")


def _venue(name: str) -> bool:
    """"Centrum Kongresowe UMCS", "UMCS Congress Centre", "Dom Ludowy": a venue named like a body."""
    low = " ".join(name.lower().split())
    return any(low.startswith(v) or f" {v}" in f" {low}" and v.split()[-1] in ("centre", "center")
               for v in word_set("org_venue_names.txt"))


def _company_organ(name: str) -> bool:
    """"Rada Nadzorcza", "Zarząd ds. Rynków Zagranicznych": an organ named only by its kind."""
    kind = name.split(" ds. ")[0].strip().lower()
    return kind in word_set("org_company_organs.txt")


def _key(name: str) -> str:
    return re.sub(r"[„”\"«»‚‘’'“]", "", " ".join(name.lower().split()))


def _initials(name: str) -> set[str]:
    """Acronyms a name may be shortened to: "Komisja Wspólna Rządu i Samorządu Terytorialnego" -> KWRiST."""
    words = name.replace("-", " ").split()
    for cut, w in enumerate(words):
        if w in _SEAT_PREPS and cut > 0:
            words = words[:cut]
            break
    keep_small = "".join(w[0] if w.islower() else w[0].upper() for w in words if w)
    capitals = "".join(w[0].upper() for w in words if w and not w.islower())
    every = "".join(w[0].upper() for w in words if w)
    return {v for v in (keep_small, capitals, every) if len(v) >= 2}


@dataclass(slots=True)
class _Org:
    name: str
    aliases: list[str]
    mentions: list[Mention]
    head_lemma: str


def _mention(doc: _Doc, start: int, end: int) -> Mention:
    span = doc.span(start, end)
    return Mention(span.text, span.start_char, span.end_char)


def _head_lemma(doc: _Doc, c: Candidate) -> str:
    return "" if c.head is None else _head_lemma_of(doc[c.head].text)


def _base_before_oraz(doc: _Doc, c: Candidate) -> str:
    """The base form of a name whose genitive complement follows "oraz": the words before it go to the
    nominative, the complement stays ("Izby Rzemieślniczej oraz Małej i Średniej Przedsiębiorczości")."""
    cut = next((k for k in range(c.start + 1, c.end) if doc[k].text == "oraz"), None)
    if cut is None:
        return org_base(doc.span(c.start, c.end))
    return f"{org_base(doc.span(c.start, cut))} {doc.span(cut, c.end).text}"


def _apposed_branch(doc: _Doc, c: Candidate, name: str) -> str:
    """A branch apposed to its body in the same case has its own base form: "Polskiemu Czerwonemu
    Krzyżowi Małopolskiemu Oddziałowi Okręgowemu w Krakowie" -> "Polski Czerwony Krzyż Małopolski
    Oddział Okręgowy w Krakowie" (after an organ, "Zarząd Oddziału", "Zarządu Oddziału", the branch is a
    genitive, and stays)."""
    h = c.head
    if h is None or _head_lemma_of(doc[h].text) in word_set("org_territorial_organs.txt"):
        return name  # an organ's branch is its genitive: "Zarządu Oddziału Okręgowego PCK"
    head_cases = {case for a in _head_readings(doc[h].text)[1] for case in a.cases}
    branches = word_set("org_branch_nouns.txt")
    for k in range(h + 1, c.end):
        # (a branch noun that heads no name of its own counts too: "Związkiem Niewidomych Okręgiem Lubelskim")
        readings = _head_readings(doc[k].text)[1] or tuple(
            a for a in _analyses(doc[k].text) if a.pos == "subst" and a.lemma_base.lower() in branches)
        if not doc[k].cap or not readings or readings[0].lemma_base.lower() not in branches:
            continue
        cases = {case for a in readings for case in a.cases}
        if not cases & head_cases - {"nom", "acc"}:
            return name
        split = k
        while split > h + 1 and _agrees(doc[split - 1].text, readings):
            split -= 1
        return f"{org_base(doc.span(c.start, split))} {org_base(doc.span(split, c.end))}"
    return name


def _complement_as_written(doc: _Doc, c: Candidate, name: str) -> str:
    """The head alone goes to the nominative and the genitive complement after it stays as written,
    where the base form took the complement's first adjective for the head's:

    - a body is named in the singular: a head read plural to agree with a plural complement
      ("Federacji Polskich Banków Żywności" read as "Federacje Polskie Banków Żywności") is singular
      ("Federacja Polskich Banków Żywności"); bodies named in the plural ("Lasy Państwowe") have no
      singular reading of their head in this case;
    - an adjective before a fund's or a programme's noun is that name's ("Departamentu Europejskiego
      Funduszu Rozwoju Regionalnego" -> "Departament Europejskiego Funduszu Rozwoju Regionalnego").
    """
    h = c.head
    if h is None or h != c.start or c.end - h < 3 or c.kind not in ("body", "unit"):
        return name
    words = name.split()
    head_text, adj, noun = doc[h].text, doc[h + 1].text, doc[h + 2].text
    if len(words) != c.end - c.start or words[1] == adj:
        return name  # the adjective stayed as written: it was not read as the head's
    heads = [a for a in _analyses(head_text) if a.pos == "subst" and a.lemma_base.lower() in _heads()]
    singular = next((a for a in heads if a.number == "sg" and a.cases - {"nom"}), None)
    if singular is None:
        return name
    plural = any(a.number == "pl" and "gen" in a.cases for a in heads) \
        and any(a.pos == "adj" and a.number == "pl" and "gen" in a.cases for a in _analyses(adj)) \
        and any(a.pos == "subst" and a.number == "pl" and "gen" in a.cases for a in _analyses(noun))
    named = bool(_lemmas(noun) & _not_orgs(("name",))) and _agrees(adj, _analyses(noun))
    if not (plural or named):
        return name
    form = inflect(head_text, singular, "nom", "sg")
    if not form:
        return name
    return " ".join([form, *(doc[k].text for k in range(h + 1, c.end))])


def extract_organizations(spacy_doc: Doc) -> list[Organization]:
    doc = _Doc(spacy_doc)
    found, bare = _head_candidates(doc)
    found = _capitals_headers(doc, found)
    units = _foreign_unit_candidates(doc)
    if units:
        # "Gmina Miasta Sanoka i Samborska miejska hromada": the name before "i" ends there
        found = [_cut_before(doc, c, units) for c in found]
        found = [c for c in found if c.end > c.start] + units
    found = [_without_generic_head(doc, c) for c in found]
    firms = _firm_candidates(doc) + _trader_candidates(doc)
    # a trader's firm inside a longer name found by its head is that name's part: "Grupa Azoty
    # Zakłady Azotowe „Puławy” S.A."
    firms = [f for f in firms if not any(c.start < f.start and f.end <= c.end and c.head is not None for c in found)]
    if firms:
        inside = {k for c in firms for k in range(c.start, c.end)}
        found = [c for c in found if not set(range(c.start, c.end)) & inside] + firms
    offices = _office_candidates(doc)
    if offices:
        inside = {k for c in offices for k in range(c.start, c.end)}
        found = [c for c in found if not set(range(c.start, c.end)) <= inside] + offices
    coordinated = _coordinated(doc, found, bare)
    joined = {(c.start + 2, c.end) for c in coordinated if c.rule == "joined"}
    found = [c for c in found if (c.start, c.end) not in joined] + coordinated
    taken = {k for c in found for k in range(c.start, c.end)}
    companies = _company_candidates(doc, taken)
    spelled = _spelled_company_candidates(doc, {k for c in companies for k in range(c.start, c.end)})
    spelled += _foreign_company_candidates(doc, {k for c in companies + spelled for k in range(c.start, c.end)})
    if spelled:
        # "Budimex Spółką Akcyjną": the written-out legal form is no body of its own
        inside = {k for c in spelled for k in range(c.start, c.end)}
        found = [c for c in found if not set(range(c.start, c.end)) <= inside]
        taken = {k for c in found for k in range(c.start, c.end)}
        companies += spelled
    companies, found = _dashed_companies(doc, companies, found)
    found += companies
    taken |= {k for c in companies for k in range(c.start, c.end)}
    foreign = _sentence_case_candidates(doc, taken)
    taken |= {k for c in foreign for k in range(c.start, c.end)}
    foreign += _foreign_candidates(doc, taken)
    found += foreign
    taken |= {k for c in foreign for k in range(c.start, c.end)}
    short = _short_names(doc, found, taken)
    short += _acronym_pairs(doc, found, taken | {k for c in short for k in range(c.start, c.end)})
    found += short
    taken |= {k for c in short for k in range(c.start, c.end)}
    rules = (
        _partner_unit_candidates,
        _defined_candidates,
        _quoted_candidates,
        _role_candidates,
        _organ_candidates,
        _public_organ_candidates,
        _acronym_candidates,
        _acronym_town_candidates,
        _prefixed_company_candidates,
        _prefixed_club_candidates,
        _announced_club_candidates,
        _club_candidates,
        _sport_club_candidates,
        _dictionary_candidates,
        _umbrella_candidates,
        _party_candidates,
        _ner_candidates,
    )
    for rule in rules:
        more = rule(doc, taken)
        found += more
        taken |= {k for c in more for k in range(c.start, c.end)}
    acting = _acting_unit_candidates(doc, taken)
    found += acting
    taken |= {k for c in acting for k in range(c.start, c.end)}
    units = {_key(c.name or org_base(doc.span(c.start, c.end))) for c in found if c.kind == "territory"}
    more = _unit_mentions(doc, taken, units)
    found += more
    taken |= {k for c in more for k in range(c.start, c.end)}
    found += _unit_head_candidates(doc, taken, units)
    found += _nested_acronyms(doc, found)
    found = [_without_closing_person(doc, c) for c in found]
    found = _dash_joined(doc, found)
    found = _umbrella_joined(doc, found)
    found = _company_branches(doc, found)
    found = _full_company_names(doc, found)
    titles = _programme_titles(doc)
    if titles:
        found = [c for c in found if not _programme_facility(doc, c, titles)]
    found.sort(key=lambda c: (c.start, -c.end))

    orgs: dict[str, _Org] = {}
    owner_at_end: dict[int, _Org] = {}
    owner_at_start: dict[int, tuple[_Org, Candidate]] = {}
    for c in found:
        name = c.name or _apposed_branch(doc, c, _complement_as_written(doc, c, _base_before_oraz(doc, c)))
        name = " ".join(name.split())
        if _company_organ(name) or _contact_label(doc, c) or _venue(name) or _capitalised_common_noun(doc, c):
            continue
        key = _key(name)
        org = orgs.get(key)
        if org is None:
            org = orgs[key] = _Org(name, [], [], _head_lemma(doc, c))
        elif _all_capitals(org.name) and not _all_capitals(name):
            org.name = name  # a headline's "SAMORZĄD MAZOWSZA", written as usual in the text
        org.mentions.append(_mention(doc, c.start, c.end))
        owner_at_end[c.end] = org
        owner_at_start.setdefault(c.start, (org, c))
        for alias in c.aliases:
            if alias not in org.aliases and _key(alias) != key:
                org.aliases.append(alias)
        # an acronym in parentheses right after the name: "(ROPS)"
        e = c.end
        if e + 2 < len(doc) and doc[e].text == "(" and _paren_acronym(doc[e + 1].text) and doc[e + 2].text == ")":
            acronym = doc[e + 1]
            geographic = any(morphology.GEOGRAPHIC in a.name_classes for a in _raw(acronym.text))
            # "(ROPS)" names the organisation; "(USA)" after "... w Baltimore" names a country
            if not geographic and acronym.text[0] == name[0].upper() and acronym.text not in org.aliases:
                org.aliases.append(acronym.text)

    _translations(doc, orgs, found, owner_at_start)
    _merge_subsets(orgs)
    _drop_described(doc, orgs, found)
    _merge_patron_short_names(orgs)
    _merge_self_governments(orgs)
    _merge_acronyms(doc, orgs)
    _merge_quoted_acronyms(orgs)
    _acronym_mentions(doc, orgs, found)
    _alias_mentions(doc, orgs)
    _announced_acronyms(doc, orgs)
    terms = _defined_terms(doc, owner_at_end)
    _drop_inside_terms(doc, orgs, terms)
    _drop_organs_of_terms(orgs)
    _merge_terms_with_seats(orgs)
    _merge_acronym_towns(orgs)  # ("ZMP Brzezina" found as a name, then defined as a short name)
    _merge_member_acronyms(orgs)
    _bare_mentions(doc, orgs, [b for b in bare if b[0] not in terms], found)

    result = []
    for org in orgs.values():
        org.mentions.sort(key=lambda m: m.start_char)
        seen: set[tuple[int, int]] = set()
        mentions = []
        for m in org.mentions:
            if (m.start_char, m.end_char) not in seen:
                seen.add((m.start_char, m.end_char))
                mentions.append(m)
        result.append(Organization(org.name, org.aliases, mentions))
    result.sort(key=lambda o: o.mentions[0].start_char if o.mentions else 0)
    return result


def _translations(doc: _Doc, orgs: dict[str, _Org], found: list[Candidate],
                  owner_at_start: dict[int, tuple[_Org, Candidate]]) -> None:
    """A name with its translation in parentheses is one organisation: "Brandenburgische Technische
    Universität Cottbus-Senftenberg (Brandenburski Uniwersytet Techniczny ..., BTU)", "Industrie- und
    Handelskammer Cottbus (Izby Przemysłowo-Handlowej w Chociebużu)". One of the two is foreign."""
    for c in found:
        k = c.end
        if k + 2 >= len(doc) or doc[k].text != "(" or k + 1 not in owner_at_start:
            continue
        outer = owner_at_start.get(c.start)
        if outer is None:
            continue
        # the translation may itself be two names joined by a dash, as the original is
        inner = [owner_at_start[k + 1]]
        e = inner[0][1].end
        while e + 1 < len(doc) and doc[e].text in "–-" and e + 1 in owner_at_start:
            inner.append(owner_at_start[e + 1])
            e = inner[-1][1].end
        acronym = None
        if e + 2 < len(doc) and doc[e].text == "," and _is_acronym(doc[e + 1].text.replace("-", "")) and doc[e + 2].text == ")":
            acronym, e = doc[e + 1].text, e + 2
        tail = None
        if e < len(doc) and doc[e].text != ")" and len(inner) == 1:
            # "(Miasto Frankfurt nad Odrą)": the translation goes on past the name found in it
            close = next((x for x in range(e, min(len(doc), e + 4)) if doc[x].text == ")"), None)
            if close is not None and not any(doc[x].text in ("(", ",") for x in range(e, close)):
                tail, e = org_base(doc.span(k + 1, close)), close
        if e >= len(doc) or doc[e].text != ")" or "foreign" not in (c.rule, inner[0][1].rule):
            continue
        org = outer[0]
        if any(o is org or _key(o.name) not in orgs for o, _ in inner):
            continue
        if len(inner) > 1:  # "Wyższa Szkoła Górnicza – Uniwersytet Techniczny w Ostrawie" as one alias
            org.aliases.append(doc.span(inner[0][1].start, e - (2 if acronym else 0)).text)
        for o, _ in inner:
            orgs.pop(_key(o.name))
            for alias in [o.name, *o.aliases]:
                if alias not in org.aliases and _key(alias) != _key(org.name):
                    org.aliases.append(alias)
            org.mentions += o.mentions
        for extra in (acronym, tail):
            if extra and extra not in org.aliases:
                org.aliases.append(extra)


def _acronym_tail(short: list[str], long: list[str]) -> bool:
    """``short`` ends with an acronym of the words ``long`` has in its place: "... PAN" and
    "... Polskiej Akademii Nauk (w Poznaniu)"."""
    if len(short) < 2 or not _is_acronym_text(short[-1]) or long[:len(short) - 1] != short[:-1]:
        return False
    acronym = short[-1]
    tail = [w for w in long[len(short) - 1:len(short) - 1 + len(acronym)]]
    return len(tail) == len(acronym) and "".join(w[0] for w in tail) == acronym


def _merge_subsets(orgs: dict[str, _Org]) -> None:
    """"Urząd Marszałkowski" and "Urząd Marszałkowski Województwa Podlaskiego" are one organisation."""
    keys = sorted(orgs, key=lambda k: -len(k.split()))
    split = {k: k.split() for k in orgs}
    for short in sorted(orgs, key=lambda k: len(k.split())):
        if short not in orgs:
            continue
        words = short.split()
        for long in keys:
            if long == short or long not in orgs:
                continue
            long_words = split[long]
            if len(long_words) <= len(words):
                continue  # a name no longer than the short one cannot hold it: skipped before the costlier tests
            # "szpital w Kaliszu" is the one "Wojewódzki Szpital Zespolony ... w Kaliszu" of the text
            local = len(words) >= 3 and words[1] in ("w", "we") and long_words[-len(words) + 1:] == words[1:] \
                and words[0] in long_words and orgs[short].head_lemma == orgs[long].head_lemma
            # "Instytut Chemii Bioorganicznej PAN" is "... Polskiej Akademii Nauk w Poznaniu"
            local = local or _acronym_tail(orgs[short].name.split(), orgs[long].name.split())
            # "PGK w Brodach sp. z o.o." is "Przedsiębiorstwo Gospodarki Komunalnej (PGK) w Brodach sp. z o.o."
            local = local or len(words) >= 2 and words[0] in {a.lower() for a in orgs[long].aliases} \
                and long_words[-len(words) + 1:] == words[1:]
            if (long_words[0] != words[0] or not set(words) <= set(long_words)) and not local:
                continue
            if tuple(orgs[short].name.split()) in _umbrellas():
                continue  # "Sieć Badawcza Łukasiewicz" is the network, not its institute named after a dash
            if words[0] == "gmina" and set(long_words) - set(words) & word_set("org_town_gmina_words.txt"):
                continue  # "Gmina Miejska Siemiatycze" is the town, "Gmina Siemiatycze" the rural gmina
            a, b = orgs[long], orgs.pop(short)
            # the form written more often names the organisation; ties go to the fuller name
            if len(b.mentions) > len(a.mentions) and not local:
                a.aliases.append(a.name)
                a.name = b.name
            else:
                a.aliases.append(b.name)
            a.aliases += [x for x in b.aliases if x not in a.aliases]
            a.mentions += b.mentions
            break


def _drop_described(doc: _Doc, orgs: dict[str, _Org], found: list[Candidate]) -> None:
    """A lowercase school or hospital with only its seat ("szkoła w Rybnej", org_described_heads.txt)
    describes the village's one; it stays only as a mention of a body the text names in full
    ("szpital w Kaliszu" beside "Wojewódzki Szpital Zespolony ... w Kaliszu")."""
    heads = word_set("org_described_heads.txt")
    described = {(doc.span(c.start, c.end).start_char, doc.span(c.start, c.end).end_char) for c in found
                 if c.rule == "head" and c.head == c.start and c.end - c.start >= 3 and doc[c.start].text[:1].islower()
                 and doc[c.start + 1].text in _SEAT_PREPS and _head_lemma_of(doc[c.start].text) in heads}
    if not described:
        return
    for key, org in list(orgs.items()):
        if org.mentions and all((m.start_char, m.end_char) in described for m in org.mentions):
            del orgs[key]


def _fold(orgs: dict[str, _Org], key: str, owner: _Org, with_aliases: bool = False) -> None:
    """Another name of ``owner`` was filed under ``key``: it becomes one of the owner's aliases (with
    its own aliases, if asked) and its mentions the owner's."""
    org = orgs.pop(key)
    if org.name not in owner.aliases:
        owner.aliases.append(org.name)
    if with_aliases:
        owner.aliases += [x for x in org.aliases if x not in owner.aliases]
    owner.mentions += org.mentions


def _merge_quoted_acronyms(orgs: dict[str, _Org]) -> None:
    """"LGD „Puszcza Knyszyńska”" is "Stowarzyszenie Lokalna Grupa Działania „Puszcza Knyszyńska”": an
    acronym of the words before the same quoted name; the acronym alone becomes an alias too."""
    quoted = re.compile(r"^(\S+) („[^”]+”)$")
    for key in list(orgs):
        org = orgs.get(key)
        m = quoted.match(org.name) if org is not None else None
        if m is None or not (_is_acronym_text(m.group(1)) or _head_readings(m.group(1))[0]):
            continue
        acronym, name = m.groups()
        # (or the kind the longer name holds: "Spółdzielnia „Czechów”" of "Lubelska Spółdzielnia Mieszkaniowa „Czechów”")
        owners = [k for k, o in orgs.items() if k != key and o.name.endswith(" " + name)
                  and (any(acronym in _initials(" ".join(o.name[:-len(name)].split()[x:])) for x in range(3))
                       or not _is_acronym_text(acronym) and acronym in o.name[:-len(name)].split())]
        if len(owners) == 1:
            owner = orgs[owners[0]]
            _fold(orgs, key, owner, with_aliases=True)
            if acronym not in owner.aliases and _is_acronym_text(acronym):
                owner.aliases.append(acronym)


def _merge_patron_short_names(orgs: dict[str, _Org]) -> None:
    """"Teatru Słowackiego" is the "Teatr im. Juliusza Słowackiego w Krakowie" the text names: a head
    and its patron's surname alone, whatever case the base form gave the surname."""
    for key in list(orgs):
        short = orgs.get(key)
        words = short.name.split() if short else []
        if not 2 <= len(words) <= 3 or "im." in words:
            continue
        owners = [k for k, o in orgs.items() if k != key and " im. " in o.name
                  and o.name.split()[0][:4] == words[0][:4]
                  and all(any(w[:5] == p[:5] for p in o.name.split(" im. ", 1)[1].split()) for w in words[1:])]
        if len(owners) != 1:
            continue
        _fold(orgs, key, orgs[owners[0]])


def _same_stems(a: list[str], b: list[str]) -> bool:
    """"Województwa Pomorskiego" and "Województwo Pomorskie": the same words in other cases."""
    return len(a) == len(b) and all(
        x.lower()[:max(4, min(len(x), len(y)) - 3)] == y.lower()[:max(4, min(len(x), len(y)) - 3)] for x, y in zip(a, b, strict=True))


def _merge_self_governments(orgs: dict[str, _Org]) -> None:
    """"Samorząd Województwa Pomorskiego" and "Województwo Pomorskie" (from "wicemarszałek
    województwa pomorskiego") are one organisation, filed under the self-government's name."""
    governments = word_set("org_unit_governments.txt")
    for key in list(orgs):
        if key not in orgs or key.split()[0] not in governments:
            continue
        unit = orgs[key].name.split()[1:]
        for other in list(orgs):
            if other != key and _same_stems(orgs[other].name.split(), unit):
                b = orgs.pop(other)
                orgs[key].aliases += [x for x in [b.name, *b.aliases] if x not in orgs[key].aliases]
                orgs[key].mentions += b.mentions


def _seat_of(name: str) -> str | None:
    """"Regionalny Zarząd Gospodarki Wodnej w Poznaniu" -> "w Poznaniu"."""
    words = name.split()
    at = max((k for k, w in enumerate(words) if w in _SEAT_PREPS and k > 0), default=None)
    return " ".join(words[at:]) if at is not None else None


def _merge_acronyms(doc: _Doc, orgs: dict[str, _Org]) -> None:
    """An acronym found on its own ("Umowę między RZGW w Poznaniu a wykonawcą") is the one
    organisation of the text whose initials or aliases it spells ("Regionalny Zarząd Gospodarki
    Wodnej w Poznaniu (RZGW w Poznaniu)"); a nationwide acronym ("NFZ") keeps its own expansion."""
    known = _acronyms()
    for key in list(orgs):
        org = orgs.get(key)
        # (with its legal form: "prezes zarządu USK sp. z o.o." of "Uniwersytecki Szpital Kliniczny w Opolu")
        short = _without_legal_form(org.name) if org is not None else ""
        if org is None or " " in short or not _is_acronym_text(short) or short in known:
            continue
        owners = [k for k, o in orgs.items() if k != key and (short in _initials(o.name) or short in o.aliases
                                                               or any(a.startswith(short + " ") for a in o.aliases))]
        if len(owners) > 1:  # "RZGW w Poznaniu" of two regional boards: the seat written after it decides
            text = doc_text(doc.doc)
            owners = [k for k in owners if (seat := _seat_of(orgs[k].name))
                      and any(text[m.end_char:m.end_char + len(seat) + 1] == f" {seat}" for m in org.mentions)]
        if len(owners) != 1:
            continue
        _fold(orgs, key, orgs[owners[0]], with_aliases=True)
    _merge_acronym_towns(orgs)


def _without_legal_form(name: str) -> str:
    """The name without the legal form that closes it ("USK sp. z o.o." -> "USK")."""
    low = name.lower()
    for form in _legal_forms():
        if low.endswith(" " + form):
            return name[:-len(form) - 1].rstrip(" ,")
    return name


def _core_name(name: str) -> str:
    """A name without its seat and legal form: "Miejskie Przedsiębiorstwo Komunikacyjne S.A. w
    Krakowie" -> "Miejskie Przedsiębiorstwo Komunikacyjne"."""
    core = re.split(r" we? ", name, maxsplit=1)[0]
    for form in sorted(_legal_forms(), key=len, reverse=True):
        if core.lower().endswith(" " + form):
            return core[: -len(form) - 1]
    return core


def _merge_acronym_towns(orgs: dict[str, _Org]) -> None:
    """"ARR Bielsko-Biała" (an acronym and a town, as in a headline) is the organisation the text
    gives that acronym and a seat in that town: "Agencja Rozwoju Regionalnego w Bielsku-Białej S.A.
    (ARR)". ("AZS Koszalin" stays a club of its own beside "Akademicki Związek Sportowy (AZS)".)"""
    for key in list(orgs):
        org = orgs.get(key)
        words = org.name.split() if org else []
        if len(words) != 2 or not _is_acronym_text(words[0]):
            continue
        acronym, town = words
        owners = [k for k, o in orgs.items() if k != key and (org.name in o.aliases or (acronym in o.aliases or acronym in _initials(_core_name(o.name)))
                  and (seat := _seat_of(o.name)) and any(w[:4] == town[:4] for w in seat.split()[1:]))]
        if len(owners) != 1:
            continue
        _fold(orgs, key, orgs[owners[0]])


def _merge_member_acronyms(orgs: dict[str, _Org]) -> None:
    """"Łukasiewicz – ICiMB" is the network's member the text names in full: "Sieć Badawcza Łukasiewicz –
    Instytut Ceramiki i Materiałów Budowlanych" (by the member's initials)."""
    singles = {words[0] for words in _umbrellas() if len(words) == 1}
    for key in list(orgs):
        org = orgs[key]
        umbrella, dash, acronym = org.name.partition(" – ")
        if not dash or umbrella not in singles or not _is_acronym_text(acronym):
            continue
        owners = [o for k, o in orgs.items() if k != key and " – " in o.name and o.name.split()[-1] != acronym and (
            acronym in o.aliases or acronym in _initials(o.name.split(" – ", 1)[1]))]
        if len(owners) != 1:
            continue
        _fold(orgs, key, owners[0])


def _acronym_mentions(doc: _Doc, orgs: dict[str, _Org], found: list[Candidate]) -> None:
    taken = {k for c in found for k in range(c.start, c.end)}
    by_acronym: dict[str, _Org] = {}
    for org in orgs.values():
        for variant in _initials(org.name):
            by_acronym.setdefault(variant, org)
        for alias in org.aliases:
            if _is_acronym_text(alias):
                by_acronym[alias] = org
    for i, tok in enumerate(doc):
        if tok.text not in by_acronym or i in taken or not _is_acronym(tok.text):
            continue
        org = by_acronym.get(tok.text)
        if org is None:
            continue
        if tok.text not in org.aliases:
            org.aliases.append(tok.text)
        org.mentions.append(_mention(doc, i, i + 1))


def _alias_mentions(doc: _Doc, orgs: dict[str, _Org]) -> None:
    """A company's name without its legal form, wherever else it is written: "Asseco Poland S.A."
    then "wiceprezes zarządu Asseco Poland Andrzej Dopierała"."""
    covered = {k for org in orgs.values() for m in org.mentions for k in range(m.start_char, m.end_char)}
    texts = [t.text for t in doc]
    positions: dict[str, list[int]] = {}  # where each word stands, so a name is sought only where it starts
    for i, text in enumerate(texts):
        positions.setdefault(text, []).append(i)
    # longest first: "Ferrobet Tory" (of Ferrobet Tory sp. z o.o.) before "Ferrobet" (of Ferrobet S.A.)
    # (and a name of capitalised words written again as it stands: "i Eko-Instal Jan Kowalczyk z
    # Biłgoraja (partner)" before "właściciel firmy Eko-Instal Jan Kowalczyk")
    aliases = sorted([(alias, org) for org in orgs.values() for alias in org.aliases
                      if any(org.name.lower().endswith(" " + form) for form in _legal_forms())]
                     + [(org.name, org) for org in orgs.values() if len(org.name.split()) >= 2],
                     key=lambda pair: -len(pair[0].split()))
    for alias, org in aliases:
        words = alias.split()
        if _is_acronym_text(alias) or not all(_name_cased(w) for w in words) or not any(_is_cap(w) for w in words):
            continue
        n = len(words)
        for i in positions.get(words[0], ()):
            if i > len(doc) - n:
                break
            if texts[i:i + n] != words or doc[i].idx in covered:
                continue
            if not all(_gap_ok(doc, j) for j in range(i + 1, i + n)):
                continue
            mention = _mention(doc, i, i + n)
            org.mentions.append(mention)
            covered.update(range(mention.start_char, mention.end_char))
    _inflected_firm_mentions(doc, orgs, covered)
    _quoted_name_mentions(doc, orgs, covered)


def _name_cased(word: str) -> bool:
    """A word as a firm's name writes it: capitalised, with a capital inside ("eXplore", "iSpot"), or a
    surname's particle ("van der Linden Agritech")."""
    return _is_cap(word) or word[:1].islower() and any(c.isupper() for c in word[1:]) \
        or word in word_set("org_name_particles.txt")


def _quoted_name_mentions(doc: _Doc, orgs: dict[str, _Org], covered: set[int]) -> None:
    """The quoted part of a body's name, inflected elsewhere, is the body: "Stowarzyszenie ...
    „Dolina Lotnicza”" then "w zakładach członków Doliny Lotniczej"."""
    for org in orgs.values():
        m = re.search(r"„([^”]+)”", org.name)
        words = m.group(1).split() if m else []
        if len(words) < 2 or not all(_is_cap(w) for w in words):
            continue
        alias = " ".join(words)
        n = len(words)
        for i in range(len(doc) - n + 1):
            if doc[i].text[:3] != words[0][:3] or doc[i].idx in covered or i > 0 and doc[i - 1].text in _OPEN_QUOTES:
                continue
            if not all(_gap_ok(doc, k) and doc[k].cap for k in range(i + 1, i + n)):
                continue
            if " ".join(doc[k].text for k in range(i, i + n)) != alias and org_base(doc.span(i, i + n)) != alias:
                continue
            mention = _mention(doc, i, i + n)
            org.mentions.append(mention)
            covered.update(range(mention.start_char, mention.end_char))
            if alias not in org.aliases:
                org.aliases.append(alias)


_CASE_ENDINGS = ("a", "u", "owi", "em", "ie", "iem", "ach", "ami", "ów")


def _inflected_firm_mentions(doc: _Doc, orgs: dict[str, _Org], covered: set[int]) -> None:
    """The first word of a company's name, unknown to the dictionary, inflected on its own
    stands for the company: "Tauron Dystrybucja S.A." then "umowę zawarła z Tauronem"."""
    for org in orgs.values():
        first = org.name.split()[0]
        if len(first) < 4 or _is_acronym(first) or not _unknown(first) \
                or not any(org.name.lower().endswith(" " + form) for form in _legal_forms()):
            continue
        for i, tok in enumerate(doc):
            rest = tok.text[len(first):]
            if tok.text.startswith(first) and rest in _CASE_ENDINGS and tok.idx not in covered:
                org.mentions.append(_mention(doc, i, i + 1))
                covered.update(range(tok.idx, tok.idx + len(tok.text)))


def _announced_acronyms(doc: _Doc, orgs: dict[str, _Org]) -> None:
    """An acronym no found name explains, right after a word for someone's post or an organisation
    ("dyrektor Biura ZMP", "prezesa PFRR"): an organisation known by its acronym."""
    covered = {k for org in orgs.values() for m in org.mentions for k in range(m.start_char, m.end_char)}
    cues = word_set("org_acronym_cues.txt") | word_set("org_context.txt")
    for i, tok in enumerate(doc):
        if i == 0 or tok.idx in covered or not _is_acronym(tok.text) or not _gap_ok(doc, i):
            continue
        if not (_unknown(tok.text) or any(set(a.name_classes) & _ORG_CLASSES for a in _raw(tok.text))):
            continue  # "dyrektor IT", "rzecznik VAT": common words
        if tok.text in _acronyms() or not (_lemmas(doc[i - 1].text) & cues):
            continue
        org = orgs.setdefault(_key(tok.text), _Org(tok.text, [], [], ""))
        org.mentions.append(_mention(doc, i, i + 1))


def _is_acronym_text(text: str) -> bool:
    return " " not in text and 2 <= len(text) <= 10 and bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


_DEFINED_AS = frozenset({"dalej", "zwany", "zwana", "zwane", "zwanym", "zwaną", "zwanej", "zwanego", "zwani"})
_TERM_GAP = 8  # tokens between a name and its definition ("... S.A. z siedzibą w Gdańsku („Spółka”)")


def _term_words(doc: _Doc, i: int, end: int, need_dalej: bool) -> list[int]:
    """Positions of the defined terms in doc[i:end]: "dalej: Spółka", "dalej „Emitent”",
    "„Spółka”, „Emitent”" (quoted common nouns), "zwana dalej Zamawiającym"."""
    # "(dalej: „Emitent” lub „Sprzedający”)": two terms joined by "lub" / "albo"
    words = [k for k in range(i, end) if doc[k].text.isalpha() and doc[k].text not in ("lub", "albo", "i", "oraz")]
    dalej = [k for k in words if doc[k].text.lower() in _DEFINED_AS]
    terms = [k for k in words if k not in dalej and doc[k].cap and not _is_acronym(doc[k].text)]
    # "(dalej: KPAI lub Agencja)": an acronym beside the term is the organisation's too
    acronyms = [k for k in words if dalej and _is_acronym(doc[k].text) and k + 1 < end and doc[k + 1].text in ("lub", "albo")]
    if not terms or len(terms) > 3 or len(words) != len(terms) + len(dalej) + len(acronyms):
        return []
    if not dalej:
        if need_dalej:
            return []
        # quoted common nouns only: "(„Spółka”)", not a quoted proper name
        quoted = all(k > 0 and doc[k - 1].text in _OPEN_QUOTES and k + 1 < len(doc) and doc[k + 1].text in _CLOSE_QUOTES
                     for k in terms)
        if not quoted or not all(any(a.pos == "subst" and a.lemma_base[:1].islower() for a in _analyses(doc[k].text))
                                 for k in terms):
            return []
    return terms


def _drop_inside_terms(doc: _Doc, orgs: dict[str, _Org], terms: set[int]) -> None:
    """An acronym found only inside a defined short name ("ZMP" of "prezes ZMP Brzezina" after
    "(dalej: ZMP Brzezina)") is that name's part, not a body of its own."""
    chars = {c for k in terms for c in range(doc[k].idx, doc[k].idx + len(doc[k].text))}
    for key in list(orgs):
        org = orgs[key]
        if org.mentions and _is_acronym_text(org.name) \
                and all(c in chars for m in org.mentions for c in range(m.start_char, m.end_char)):
            del orgs[key]
        elif org.mentions and any(org.name in o.aliases for o in orgs.values() if o is not org) \
                and all(m.start_char in chars and m.end_char - 1 in chars for m in org.mentions):
            # "Łukasiewicz – PIT" after "(dalej: Łukasiewicz – PIT)": the short name defined for another
            del orgs[key]


def _merge_terms_with_seats(orgs: dict[str, _Org]) -> None:
    """"w siedzibie Agencji w Toruniu" after "(dalej: KPAI lub Agencja)": the defined term with a seat
    is the organisation it was defined for."""
    for key in list(orgs):
        words = orgs[key].name.split()
        if len(words) < 3 or words[1] not in _SEAT_PREPS:
            continue
        owners = [o for k, o in orgs.items() if k != key and words[0] in o.aliases]
        if len(owners) == 1:
            owners[0].mentions += orgs.pop(key).mentions


def _drop_organs_of_terms(orgs: dict[str, _Org]) -> None:
    """"Zarząd Emitenta": an organ of a company named by its defined term ("ELEKTROMONT S.A. (dalej:
    „Emitent”)") is that company's organ, not filed apart."""
    terms = {a.lower() for org in orgs.values() for a in org.aliases if " " not in a and not _is_acronym_text(a)}
    for key in list(orgs):
        words = orgs[key].name.split()
        if len(words) >= 2 and " ".join(words[:-1]).lower() in word_set("org_company_organs.txt") \
                and (_lemmas(words[-1]) | {words[-1].lower()}) & terms:
            del orgs[key]


def _short_name_term(doc: _Doc, p: int) -> tuple[int, int] | None:
    """"(dalej: ZMP Brzezina)": a short name of two to four capitalised words, one an acronym,
    defined after "dalej"; returns its token span."""
    k = p + 1
    if k >= len(doc) or doc[k].text.lower() != "dalej":
        return None
    k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ":")
    end = k
    while end < len(doc) and end - k < 4 and _gap_ok(doc, end) and doc[end].cap and doc[end].text.isalnum() \
            or end < len(doc) and end > k and doc[end].text in ("-", "&", "–"):
        end += 1
    if end - k < 2 or end >= len(doc) or doc[end].text != ")" or not any(_is_acronym(doc[m].text) for m in range(k, end)):
        return None
    return k, end


def _defined_terms(doc: _Doc, owner_at_end: dict[int, _Org]) -> set[int]:
    """Defined terms of legal-style releases: "Elektrobud S.A. z siedzibą w Gdańsku („Spółka”,
    „Emitent”)", "(dalej: Spółka)", ", zwana dalej Zamawiającym". The term is an alias of the
    organisation named just before, and the same capitalised word later on is a mention of it.
    Returns the token positions taken by the terms."""
    out: set[int] = set()
    n = len(doc)
    for p, tok in enumerate(doc):
        low = tok.text.lower()
        if tok.text == "(":
            close = next((k for k in range(p + 1, min(n, p + 12)) if doc[k].text == ")"), None)
            if close is None:
                continue
            terms = _term_words(doc, p + 1, close, need_dalej=False)
        elif low in _DEFINED_AS and low != "dalej" and p + 1 < n and doc[p + 1].text.lower() == "dalej":
            end = p + 2
            while end < n and (doc[end].text in _OPEN_QUOTES or doc[end].text == ":"):
                end += 1
            terms = _term_words(doc, p, end + 1, need_dalej=True) if end < n else []
        else:
            continue
        phrase = _short_name_term(doc, p) if not terms and tok.text == "(" else None
        if not terms and not phrase:
            continue
        owner = None
        for e in range(p, max(0, p - _TERM_GAP) - 1, -1):
            if e in owner_at_end:
                owner = owner_at_end[e]
                break
            if e < p and (doc[e].text == "." or _line_break_before(doc, e)):
                break
        if owner is None:
            continue
        if phrase:
            words = [doc[k].text for k in range(*phrase)]
            alias = " ".join(words)
            if alias not in owner.aliases:
                owner.aliases.append(alias)
            for j in range(phrase[0], n - len(words) + 1):  # the definition and every later use
                if [doc[j + m].text for m in range(len(words))] == words and not out & set(range(j, j + len(words))):
                    out.update(range(j, j + len(words)))
                    owner.mentions.append(_mention(doc, j, j + len(words)))
            continue
        for k in terms:
            word = doc[k].text
            lemmas = {a.lemma_base.lower() for a in _analyses(word) if a.pos in ("subst", "adj", "pact")}
            alias = word if _has_case(word, "nom") or not lemmas else sorted(lemmas)[0].capitalize()
            if alias not in owner.aliases:
                owner.aliases.append(alias)
            for j in range(k, n):  # the definition and every later use
                if doc[j].cap and (doc[j].text == word or lemmas & _lemmas(doc[j].text)) and j not in out:
                    if j != k and doc[j].text.lower() != word.lower() and not lemmas:
                        continue
                    out.add(j)
                    owner.mentions.append(_mention(doc, j, j + 1))
    return out


def _bare_mentions(doc: _Doc, orgs: dict[str, _Org], bare: list[tuple[int, str, list]], found: list[Candidate]) -> None:
    """A bare capitalised head ("Politechniki", "Powiatu") refers to the one found org with that head."""
    taken = {k for c in found for k in range(c.start, c.end)}
    by_head: dict[str, list[_Org]] = {}
    for org in orgs.values():
        if org.head_lemma:
            by_head.setdefault(org.head_lemma, []).append(org)
    for i, _kind, readings in bare:
        if i in taken or not doc[i].cap or _inside_non_org(doc, i):
            continue
        lemma = readings[0].lemma_base.lower()
        candidates = by_head.get(lemma, [])
        if len(candidates) == 1 and any(a.number == "sg" for a in readings):
            candidates[0].mentions.append(_mention(doc, i, i + 1))


@Language.component("komunikat_organizations")
def organizations_component(doc: Doc) -> Doc:
    doc._.organizations = extract_organizations(doc)
    return doc
