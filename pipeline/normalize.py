"""Base forms (nominative) of multi-word names: organisations, people and places.

The public API (used by the organizations, people, locations and entities stages):

- ``org_base(span) -> str``      "Podlaskiej Fundacji Rozwoju Regionalnego" -> "Podlaska Fundacja Rozwoju Regionalnego"
- ``person_base(span) -> str``   "Kamila Pendowskiego" -> "Kamil Pendowski"
- ``place_base(span) -> str``    "Białymstoku" -> "Białystok"
- ``base_form(span, label) -> str`` dispatches on an NKJP label (persName, orgName, geogName, placeName).

``span`` is a spaCy ``Span`` (tokens carry ``token._.analyses`` from Morfeusz). The word-level
helpers (``org_base_words``, ``person_base_words``, ``place_base_words``, ``nominative``) take plain
strings, for callers that have no span.

How it works. Morfeusz 2 (SGJP) gives every reading of a word (lemma + tag); ``generate`` gives the
whole paradigm of a lemma. A name is put in the nominative by choosing one grammatical reading for
the words that inflect together and regenerating each of them in the nominative:

* organisations and places: the head noun and the adjectives agreeing with it (before and right
  after it) inflect; genitive complements ("Rozwoju Regionalnego"), seats ("w Gdańsku"), quoted
  names, foreign words and legal forms are kept as written. The reading is chosen so that the most
  words agree in case, number and gender; the nominative wins ties (names already in the
  nominative stay unchanged), then the case the preposition before the name governs.
* people: first names fix the gender; the case that the most words of the name share wins; words
  Morfeusz does not know lose regular Polish case endings only when the rest of the name (or the
  preposition before it) confirms that case.

Capitalisation is copied from the text word by word ("Podlaskiej" -> "Podlaska", "województwa" ->
"województwo").

Where Morfeusz offers several lemmas for one form ("gminie": gmina or gmin; "Łodzi": Łódź or
Łodzia; "Józefa": Józef or Józefa) the more frequent one wins: ``resources/normalize_lemma_freq.tsv``
counts NKJP's gold lemmas for such forms (built by ``bench/baseforms.py --build-freq``).
Personal-name endings for words Morfeusz does not know are in ``resources/normalize_name_endings.tsv``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any

from spacy.tokens import Span

from . import morphology
from .morphology import FIRST_NAME, GEOGRAPHIC, SURNAME, Analysis
from .resources import table, word_set

NOUN_POS = frozenset({"subst", "depr", "ger"})
ADJ_POS = frozenset({"adj", "ppas", "pact"})
NAME_CLASSES = frozenset({FIRST_NAME, SURNAME})
PERSON_CLASSES = NAME_CLASSES | {"pseudonim"}  # "Loren" (Sophia Loren) is a pseudonym in SGJP
_NAME_PART = "człon_nazwy_geograficznej"
GEO_CLASSES = frozenset({GEOGRAPHIC, _NAME_PART})
# Places also name the sky ("Słońca" is Słońce's genitive, not the village Słońca).
PLACE_CLASSES = GEO_CLASSES | {"nazwa_własna_astronomiczna"}
QUOTES = frozenset("„”\"«»‚‘’'“")
# Nominative is the citation form; the vocative ("Maryjo") is the last reading to consider.
_CASE_ORDER = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


# --------------------------------------------------------------------------- words and readings


@morphology.word_cache
def whole_analyses(word: str) -> tuple[Analysis, ...]:
    """Analyses that cover the whole of ``word`` (no fallback to the first segment)."""
    return tuple(a for a in morphology.whole_word_analyses(word) if a.tag != "ign" and not _odd_lemma(a.lemma))


def _odd_lemma(lemma: str) -> bool:
    # Prefix derivations such as "samoŁazowa" (samo- + Łazowa) are not readings of a name.
    word = lemma.split(":", 1)[0]
    return word[:1].islower() and any(c.isupper() for c in word[1:])


@lru_cache(maxsize=1)
def _lemma_counts() -> dict[tuple[str, str], int]:
    try:
        rows = table("normalize_lemma_freq.tsv")
    except FileNotFoundError:
        return {}
    return {(r["lemma"], r["pos"]): int(r["count"]) for r in rows}


def lemma_count(analysis: Analysis) -> int:
    """How often NKJP chose this lemma for an ambiguous form ("gminie": gmina, not gmin)."""
    pos = "subst" if analysis.pos == "depr" else analysis.pos
    return _lemma_counts().get((analysis.lemma_base, pos), 0)


@lru_cache(maxsize=8192)
def _frequency_rank(analysis: Analysis) -> int:
    # Coarse (log scale), so that only a clear difference in frequency decides.
    return int(math.log2(1 + lemma_count(analysis)))


@dataclass(frozen=True, slots=True)
class Reading:
    """One grammatical reading of a word: case, number and the genders it allows."""

    case: str
    number: str
    genders: frozenset[str]
    analysis: Analysis


def _readings(analyses: Iterable[Analysis], pos: frozenset[str]) -> list[Reading]:
    out = []
    for a in analyses:
        if a.pos not in pos:
            continue
        # Indeclinable names are tagged "sg.pl" ("Loren:Sf"): both numbers.
        numbers = (a.number,) if a.number else tuple(n for n in ("sg", "pl") if n in a.values(("sg", "pl")))
        for number in numbers:
            # In a fixed order: ties between readings must not depend on set iteration.
            for case in sorted(a.cases, key=_CASE_ORDER.index):
                out.append(Reading(case, number, a.genders, a))
    return out


def _degree(tag: str) -> str | None:
    for part in tag.split(":"):
        if part in ("pos", "com", "sup"):
            return part
    return None


def _extras(tag: str) -> frozenset[str]:
    # Flags that must survive regeneration: noun collectivity, aspect, negation, degree.
    return frozenset(p for p in tag.split(":") if p in {"ncol", "col", "pt", "perf", "imperf", "aff", "neg", "pos", "com", "sup"})


def common_prefix(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share, ignoring case ("Poznaniu", "poznański" -> 5)."""
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def recase(original: str, new: str) -> str:
    """Give ``new`` the capitalisation of ``original`` (per hyphen-separated part)."""
    if not new:
        return new
    if len(original) > 1 and original.isupper():
        return new.upper()
    o_parts, n_parts = original.split("-"), new.split("-")
    if len(o_parts) != len(n_parts):
        o_parts, n_parts = [original], [new]
    out = []
    for o, n in zip(o_parts, n_parts, strict=True):
        if not o or not n:
            out.append(n)
        elif o[0].isupper():
            out.append(n[0].upper() + n[1:])
        else:
            out.append(n[0].lower() + n[1:])
    return "-".join(out)


def inflect(word: str, analysis: Analysis, case: str = "nom", number: str | None = None,
            genders: Iterable[str] | None = None) -> str | None:
    """The form of ``analysis.lemma`` in ``case`` (and ``number`` / one of ``genders``), cased like ``word``.

    >>> inflect("Podlaskiej", Analysis("podlaski", "adj:sg:gen:f:pos", ()), genders=["f"])
    'Podlaska'
    """
    number = number or analysis.number
    want_genders = frozenset(genders) if genders is not None else analysis.genders
    extras = _extras(analysis.tag)
    best: tuple[int, int, int, str] | None = None
    for i, (form, a) in enumerate(morphology.generate(analysis.lemma)):
        if a.pos != analysis.pos:
            continue
        tag = a.tag
        if case not in a.cases or (number and a.number != number):
            continue
        if want_genders and a.genders and not (a.genders & want_genders):
            continue
        # Same extras first (ncol vs col, pos vs com), then the form closest to the written one.
        score = (len(_extras(tag) ^ extras), -common_prefix(form, word), i)
        if best is None or score < best[:3]:
            best = (*score, form)
    if best is None:
        return None
    return recase(word, best[3])


def nominative(word: str, case: str | None = None, number: str | None = None,
               gender: str | None = None, pos: Iterable[str] | None = None) -> str:
    """The nominative of one word read in ``case``/``number``/``gender`` (any, when not given).

    >>> nominative("Białymstoku")
    'Białystok'
    """
    allowed = frozenset(pos) if pos else NOUN_POS | ADJ_POS
    for r in _readings(_word_analyses(word), allowed):
        if case and r.case != case:
            continue
        if number and r.number != number:
            continue
        if gender and gender not in r.genders:
            continue
        form = inflect(word, r.analysis, "nom", r.number, [gender] if gender else None)
        if form:
            return form
    return word


# --------------------------------------------------------------------------- tokens of a name


@dataclass(slots=True)
class Word:
    """A word of a name: its text, the text after it, and the parts of a hyphenated compound."""

    text: str
    space: str = " "
    parts: tuple[str, ...] = ()

    def __post_init__(self):
        if not self.parts:
            self.parts = (self.text,)


def _word_analyses(text: str) -> tuple[Analysis, ...]:
    return whole_analyses(text)


def _dash(text: str) -> str:
    """The dash of a compound: a hyphen, or the en dash press texts also use ("Szkolno–Wychowawczy")."""
    return "–" if "–" in text and "-" not in text else "-"


def _split_compound(text: str) -> tuple[str, ...]:
    """"Bielsku-Białej" -> ("Bielsku", "Białej") when Morfeusz does not know the whole word."""
    dash = _dash(text)
    if dash not in text.strip(dash) or whole_analyses(text):
        return (text,)
    parts = tuple(p for p in text.split(dash))
    if any(not p for p in parts):
        return (text,)
    return parts


def _words_from_span(span: Span) -> list[Word]:
    words: list[Word] = []
    for t in span:
        if t.is_space:  # a second space in the text: the name has one
            if words:
                words[-1].space = " "
            continue
        if t.text == "." and words and not words[-1].space and words[-1].text.isalpha() \
                and len(words[-1].text) <= 4 and not words[-1].text.endswith("."):
            words[-1].text += "."  # "Dol" "." -> "Dol." (an abbreviation)
            words[-1].parts = (words[-1].text,)
            words[-1].space = t.whitespace_
            continue
        words.append(Word(t.text, t.whitespace_, _split_compound(t.text)))
    return words


def _is_quote(text: str) -> bool:
    return bool(text) and all(c in QUOTES for c in text)


def _words_from_text(text: str) -> list[Word]:
    out = []
    for m in re.finditer(r"(\S+?)([,;:)\]”\"]*)(?=\s|$)(\s*)", text):
        core, punct, space = m.group(1), m.group(2), m.group(3)
        if punct:
            out.append(Word(core, ""))
            out.append(Word(punct, space))
        else:
            out.append(Word(core, space))
    return [w for w in out if w.text]


def _join(words: Sequence[Word], forms: Sequence[str]) -> str:
    out = []
    for i, (w, f) in enumerate(zip(words, forms, strict=True)):
        out.append(f)
        if i < len(words) - 1 and w.space:
            out.append(" ")
    return "".join(out).strip()


def _context_cases(span: Span) -> frozenset[str]:
    """Cases the preposition right before ``span`` governs ("z" -> gen/inst, "dla" -> gen)."""
    if span.start == 0:
        return frozenset()
    prev = span.doc[span.start - 1]
    cases: set[str] = set()
    for a in morphology.analyse(prev.text):
        if a.pos == "prep":
            cases |= a.cases
    return frozenset(cases)


def _address_context(span: Span) -> frozenset[str]:
    """{NO_ADDRESS} after a word no address follows: one that is no interjection, nor an adjective or
    personal noun in the vocative (``_vocative_word``)."""
    prev = span.doc[span.start - 1].text if span.start > 0 else ""
    return frozenset({NO_ADDRESS}) if prev.isalpha() and not _vocative_word(prev) else frozenset()


@morphology.word_cache
def _vocative_word(text: str) -> bool:
    """An interjection, or an adjective or personal noun in the vocative ("o", "droga", "panie";
    not "salonie", a thing's locative)."""
    return any(a.pos == "interj" or "voc" in a.cases and (
        a.pos == "adj" or "m1" in a.genders or "f" in a.genders and _feminine_personal(a.lemma_base))
        for a in whole_analyses(text))


def _person_context(span: Span) -> frozenset[str]:
    """What the words around a personal name say of its case and gender: the preposition's cases;
    "case/gender" of a word that agrees with the name (enough to decide): a lower-case personal
    noun in apposition before it ("prezydenta Peipera" -> "gen/m1", "aktorka Vanessa" ->
    "nom/f"), an adjective before it ("pięknej Ginie" -> "dat/f", "loc/f"), a past-tense verb
    after it ("Janka powiedziała" -> "nom/f"); "case/gender?" (a hint) of a past-tense verb before
    it ("powiedziała Janka", but also "zapytała Jana")."""
    out = set(_context_cases(span) | _address_context(span))
    doc = span.doc
    prev = doc[span.start - 1].text if span.start > 0 else ""
    if any(a.pos == "interj" for a in morphology.analyse(prev)) and out:
        out.add("voc")  # "o" is also the interjection of an address: "o Boże"
    if prev.isalpha():
        out |= _agreeing_before(prev) | _reporting_subject(prev) | _possessor_after(prev)
    elif _AGE_ADJECTIVE.match(prev):
        out |= _agreeing_before(prev.rsplit("-", 1)[1])  # "40-letniej Felli", "17-letniego Joe"
    # The verb after a name is its predicate, unless the name depends on a noun or a preposition
    # before it ("Plan Monneta zakładał") or is one of several ("Jana i Józefa").
    if span.end < len(doc) and not _governs(prev):
        genders = _past_genders(doc[span.end].text)
        out |= {f"nom/{g}" for g in genders}
        if not prev.isalpha() or not _common_noun_before(prev):
            out |= {f"nom!{g}" for g in genders}  # (not "Na śniadanie Handzia", see _person_plan)
    return frozenset(out)


_NOMINAL = frozenset({"subst", "depr", "ger", "adj", "ppas", "pact"})
_AGE_ADJECTIVE = re.compile(r"^\d+-[^\W\d_]+$")  # "40-letniej", "17-letniego"


def _governs(prev: str) -> bool:
    """A preposition or conjunction, or a word that is only a noun or adjective: a word the
    name after it may depend on ("z", "i", "plan"; not "wczoraj", also a noun)."""
    analyses = whole_analyses(prev)
    return any(a.pos in ("prep", "conj") for a in analyses) or bool(analyses) and all(
        a.pos in _NOMINAL for a in analyses)


@morphology.word_cache
def _agreeing_before(text: str) -> frozenset[str]:
    analyses = whole_analyses(text)
    # An abbreviated title ("dr") does not inflect and says nothing.
    if any(a.pos == "brev" for a in analyses):
        return frozenset()
    out: set[str] = set()
    for a in analyses:
        if a.number != "sg" or not a.lemma_base[:1].islower():
            continue
        if a.pos == "subst":
            # Only personal nouns are surely in apposition ("powieści Paźniewskiego" is not):
            # masculine ones (m1), and feminine ones derived from them ("aktorka", "kuzynka", "pani").
            if "m1" in a.genders or ("f" in a.genders and _feminine_personal(a.lemma_base)):
                out |= {f"{c}/{g}" for c in a.cases for g in a.genders & {"m1", "f"}}
        elif a.pos == "adj" and "pos" in a.tag.split(":") and text.islower():
            # (A capitalised one belongs to a name before: "Pracowni Autorskiej J. Dudy-Gracza".)
            out |= {f"{c}/{g}" for c in a.cases for g in a.genders & {"m1", "f"}}
    return frozenset(out)


@morphology.word_cache
def _possessor_after(text: str) -> frozenset[str]:
    """"gen~m1", "gen~f" (a weak hint) after a common noun that is no person: a name after it is
    mostly its genitive complement ("Twierdzenie Kołmogorowa", "w głosie Stroopa")."""
    if not _common_noun_before(text):
        return frozenset()
    analyses = whole_analyses(text)
    # A person in apposition ("prezydenta Peipera"), see _agreeing_before. Persons in the genitive
    # plural are mostly the name's ("jednym z ludzi Gierka"); in the nominative they name its
    # family ("bracia Lunelli").
    if any(("m1" in a.genders or "f" in a.genders and _feminine_personal(a.lemma_base))
           and (a.number != "pl" or "gen" not in a.cases) for a in analyses):
        return frozenset()
    return frozenset() if _names_in_apposition(text) else frozenset({"gen~m1", "gen~f"})


@morphology.word_cache
def _common_noun_before(text: str) -> bool:
    """A lower-case word that is only a common noun ("raport", "siedzibę"; not "wczoraj")."""
    analyses = whole_analyses(text) if text.isalpha() and text.islower() else ()
    return bool(analyses) and all(a.pos in ("subst", "ger") for a in analyses)


@morphology.word_cache
def _names_in_apposition(text: str) -> bool:
    """A noun a name follows in its own case ("firmy Savara", "pseudonim Kolba")."""
    names = word_set("normalize_naming_nouns.txt")
    return any(a.lemma_base in names for a in whole_analyses(text))


@morphology.word_cache
def _reporting_subject(text: str) -> frozenset[str]:
    """"nom?gender" (a hint) of a verb of speech before a name: its subject ("mówi Stasia", "dodał Janek")."""
    if not text.islower():
        return frozenset()
    out: set[str] = set()
    for a in whole_analyses(text):
        if a.lemma_base not in word_set("normalize_reporting_verbs.txt") or a.number != "sg":
            continue
        if a.pos == "praet":
            out |= a.genders & {"m1", "f"}
        elif a.pos == "fin" and "ter" in a.tag.split(":"):
            out |= {"m1", "f"}
    return frozenset(f"nom?{g}" for g in out)


@morphology.word_cache
def _past_genders(text: str) -> frozenset[str]:
    """"m1" or "f" of a singular past-tense verb ("powiedziała" -> "f")."""
    if not text.isalpha() or not text.islower():
        return frozenset()
    out: set[str] = set()
    for a in whole_analyses(text):
        if a.pos == "praet" and a.number == "sg":
            out |= a.genders & {"m1", "f"}
    return frozenset(out) if len(out) == 1 else frozenset()


_FEMININE_SUFFIXES = (("ka", ("", "a", "z")), ("na", ("",)), ("i", ("",)), ("yni", ("",)), ("ini", ("",)))
_SHORTEST_STEM = {"ka": 4}  # "matka" is not derived from "mat"


@lru_cache(maxsize=4096)
def _feminine_personal(lemma: str) -> bool:
    """A feminine noun derived from a masculine personal one: "aktorka" (aktor), "dentystka"
    (dentysta), "piosenkarka" (piosenkarz), "panna" and "pani" (pan), "mistrzyni" (mistrz); or one
    of the other nouns naming a woman ("babcia", "koleżanka")."""
    if lemma in word_set("normalize_feminine_persons.txt"):
        return True
    for suffix, additions in _FEMININE_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= _SHORTEST_STEM.get(suffix, 2):
            stem = lemma[: -len(suffix)]
            for add in additions:
                if any(a.pos == "subst" and "m1" in a.genders and a.lemma_base == stem + add
                       for a in whole_analyses(stem + add)):
                    return True
    return False


# --------------------------------------------------------------------------- organisations, places


@morphology.word_cache
def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


# Adjectives the dictionary does not know ("Szrenickiej", "Kondratową", "Szopczańskiego") are
# read from their endings: (ending, case, genders); the stem is what precedes the ending.
_GUESSED = "odgadnięty_przymiotnik"
_ADJ_ENDINGS = (
    ("iej", "gen", "f"), ("iej", "dat", "f"), ("iej", "loc", "f"),
    ("ej", "gen", "f"), ("ej", "dat", "f"), ("ej", "loc", "f"),
    ("ą", "acc", "f"), ("ą", "inst", "f"),
    ("iego", "gen", "m1 m2 m3 n"), ("ego", "gen", "m1 m2 m3 n"),
    ("iemu", "dat", "m1 m2 m3 n"), ("emu", "dat", "m1 m2 m3 n"),
    ("im", "inst", "m1 m2 m3 n"), ("ym", "inst", "m1 m2 m3 n"),
    ("im", "loc", "m1 m2 m3 n"), ("ym", "loc", "m1 m2 m3 n"),
)
_ADJ_STEM = re.compile(r"(?:sk|ck|dzk|ow|ew|in|yn|n|ń|ł|r|t|d|w|ż|cz|sz)$")


def _adjective_stem(word: str) -> str | None:
    for ending, _case, _genders in _ADJ_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if ending[0] in "ey" and stem.endswith(("k", "g")) or ending.startswith("i") and not stem.endswith(("k", "g")):
                continue  # "-kiej", "-kiego" after k/g; "-ej", "-ego" elsewhere; "-cką" as written
            if stem.endswith(("k", "g")) or _ADJ_STEM.search(stem):
                return stem
    return None


def _guess_adjective(word: str) -> list[Reading]:
    stem = _adjective_stem(word)
    if stem is None:
        return []
    ending = word[len(stem):]
    out = []
    for e, case, genders in _ADJ_ENDINGS:
        if e == ending:
            g = frozenset(genders.split())
            out.append(Reading(case, "sg", g, Analysis(word, f"adj:sg:{case}:{'.'.join(sorted(g))}:pos", (_GUESSED,))))
    return out


# Nouns the dictionary does not know (company names: "Polcitu", "Zepterem", "Hortexu") are read
# from the endings NKJP shows for them nine times in ten: (ending, case, gender, nominative ending).
_GUESSED_NOUN = "odgadnięty_rzeczownik"
_NOUN_ENDINGS = (
    ("owi", "dat", "m3", ""), ("em", "inst", "m3", ""),
    ("u", "gen", "m3", ""), ("u", "loc", "m3", ""),
    ("ii", "gen", "f", "ia"), ("ii", "dat", "f", "ia"), ("ii", "loc", "f", "ia"),
    # "-ą", "-ę" are only feminine endings ("z Arminią", "przez Altavistę"); a locative in "-dzie",
    # "-sie", "-mie" is a masculine stem's ("w Kauflandzie", "w Cosmosie", "w Cefarmie").
    ("ą", "inst", "f", "a"), ("ę", "acc", "f", "a"),
    ("dzie", "loc", "m3", "d"), ("sie", "loc", "m3", "s"), ("mie", "loc", "m3", "m"),
)
# Of places only these: "-em", "-owi" are rare in unknown place names, "-ie" ambiguous.
_PLACE_NOUN_ENDINGS = frozenset({"u", "ii"})
_CONSONANT_END = re.compile(r"[bcdfghjklłmnprstwxzż]$")


# "-a" after a consonant is a masculine genitive ("Vickersa", "Harrodsa") only when the preposition
# before wants a genitive ("od Vickersa", "u Harrodsa"); alone it is as often a feminine nominative
# ("Algida", "Benfica"). So are "-y", "-ki", "-gi" a feminine one's ("siedziby Octapharmy", "akcji
# Jelfy", "Liderem Bundesligi").
_GENITIVE_NOUN_ENDINGS = (("a", "gen", "m3", ""), ("ki", "gen", "f", "ka"), ("gi", "gen", "f", "ga"),
                          ("y", "gen", "f", "a"))
GENITIVE_WANTED = "gen?"  # a context mark: the preposition before the name wants only a genitive
# A one-word name of a body in "-y", "-ki", "-gi" after a consonant is a feminine genitive wherever
# it stands ("polityczną Batasuny", "Liderem Bundesligi", "łódzkiej Foniki"): an unknown word in
# them is in NKJP a feminine name's genitive twice as often as a nominative ("Vichy" keeps its "-hy").
LONE_NAME = "lone"
# A context mark: the word before a personal name is one no address follows ("jest Atonio"), so the
# name is no vocative of a common noun ("atonia"); after a comma, an exclamation or an agreeing
# word ("droga Mulatko") it may be. (Names are called anywhere, "wiesz Asiu", so is God,
# "szczęść Boże".)
NO_ADDRESS = "no-voc"
_LONE_GENITIVE_ENDINGS = tuple(e for e in _GENITIVE_NOUN_ENDINGS if e[2] == "f")
_LONE_GENITIVE = re.compile(r"(?:[bdfłlmnprsśtwzv]y|[kg]i)$")


def _guess_noun(word: str, place: bool = False, context: frozenset[str] = frozenset()) -> list[Reading]:
    head, dash, last = word.rpartition("-")
    if dash and 0 < len(head) <= 3 and not place and last[:1].isupper() and last.isalpha() \
            and not whole_analyses(last):
        # A name after a short article inflects in its last part ("al-Qaidy" -> "al-Qaida").
        return [Reading(r.case, r.number, r.genders, Analysis(head + dash + r.analysis.lemma, r.analysis.tag,
                                                              r.analysis.name_classes))
                for r in _guess_noun(last, place, context)]
    if not word[:1].isupper() or not word.isalpha() or _is_acronym(word) or len(word) < 5:
        return []
    out = []
    endings = _NOUN_ENDINGS + _GENITIVE_NOUN_ENDINGS if GENITIVE_WANTED in context and not place else _NOUN_ENDINGS
    if LONE_NAME in context and not place and GENITIVE_WANTED not in context and _LONE_GENITIVE.search(word):
        endings = _NOUN_ENDINGS + _LONE_GENITIVE_ENDINGS
    for ending, case, gender, replace in endings:
        if place and ending not in _PLACE_NOUN_ENDINGS:
            continue
        stem = word[: -len(ending)]
        # Not after "k": "Kežmarku" is Kežmarok's, "Julinku" Julinek's (a fleeting vowel); but a
        # bank's name keeps its "-bank" ("Citibanku", "Eurobanku").
        if word.endswith(ending) and _is_inflection(word, ending) \
                and (replace or (_CONSONANT_END.search(stem) and (not stem.endswith("k") or stem.endswith("bank")))):
            tag = f"subst:sg:{case}:{gender}"
            out.append(Reading(case, "sg", frozenset({gender}), Analysis(stem + replace, tag, (_GUESSED_NOUN,))))
    return out


def _guessed_nominative(word: str, reading: Reading, genders: frozenset[str]) -> str:
    stem = _adjective_stem(word)
    if stem is None:
        return word
    soft = stem.endswith(("k", "g"))
    if "f" in genders:
        return stem + "a"
    if "n" in genders and not genders & {"m1", "m2", "m3"}:
        return stem + ("ie" if soft else "e")
    return stem + ("i" if soft else "y")


_NON_FEMININE = frozenset({"m1", "m2", "m3", "n"})
_ADJECTIVAL = re.compile(r"(?:sk|ck|dzk)(?:i|a|ie)$")
_MENS_ADJECTIVAL_PLURAL = re.compile(r"(s|c|dz)cy$")  # "Czarkowscy", "Zawadzcy"
_ADJECTIVAL_SINGULAR = re.compile(r"(s|c|dz)ki$")  # "Skrzyński", "Zawadzki"
# An acronym with a case ending glued on in lower case ("w PRLu", "w ZUSie", "na MOSiRze"); not "-a",
# "-e", "-y", which end acronyms read as words ("FIFe" is FIFA's, "TeDe" a name).
_GLUED_ACRONYM_SUFFIX = re.compile(r"^([A-ZĄĆĘŁŃÓŚŹŻ][A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]*[A-ZĄĆĘŁŃÓŚŹŻ])"
                                   r"(?:u|ie|ze|em|owi|ów|ach|ami)$")
_ACRONYM_SUFFIX = re.compile(r"^([A-ZĄĆĘŁŃÓŚŹŻ0-9]{2,})-(?:u|em|owi|ie|a|y|ów|ach|om|ami)$")
# A case ending after an apostrophe or a hyphen keeps a foreign or coined name as written: "AWS'u",
# "ONR'em", "Truppenamt'u", "Leader Price'a", "Gawex-ie", "Sat-Kom-ie", "LiD-u", "MKR-ze".
_MARKED_SUFFIX = re.compile(r"^(.*[^\W\d_][^\W_]*?)(?:['’`](?:u|a|em|owi|ie|ze|y|ów|ach|om|ami)"
                            r"|-(?:u|em|owi|ie|ze|ów|ach|om|ami))$")


def _part_readings(part: str) -> list[Reading]:
    return _readings(whole_analyses(part), NOUN_POS | ADJ_POS)


@dataclass(slots=True)
class _Slot:
    """A word that may inflect with the head, with its readings (of the last part of a compound)."""

    index: int
    nouns: list[Reading]
    adjs: list[Reading]


# A short word with capitals inside ("LiD", "PiS", "MKOl", "ZBoWiD") is an acronym: it does not
# inflect ("z LiD" is not "Lida"'s genitive plural).
_MIXED_ACRONYM = re.compile(r"^(?=\w{2,6}$)[A-ZĄĆĘŁŃÓŚŹŻ]\w*?[a-ząćęłńóśźż][A-ZĄĆĘŁŃÓŚŹŻ]\w*$")


def _slot(index: int, word: Word, guess_noun: bool = False, place: bool = False,
          context: frozenset[str] = frozenset()) -> _Slot | None:
    text = word.text
    if not any(c.isalpha() for c in text) or any(c in QUOTES for c in text):
        return None
    if _is_acronym(text) or text.endswith(".") or _MIXED_ACRONYM.match(text):
        return None
    last = word.parts[-1]
    analyses = whole_analyses(last)
    if not analyses:
        guessed = _guess_adjective(last)
        if not guessed and guess_noun:
            nouns = _guess_noun(text, place, context)
            return _Slot(index, nouns, []) if nouns else None
        return _Slot(index, [], guessed) if guessed else None
    # "Kapitułę" the surname or "Podlaska" the surname are not what a name of a body means.
    not_people = [a for a in analyses if not (NAME_CLASSES & set(a.name_classes)) or GEO_CLASSES & set(a.name_classes)]
    analyses = tuple(not_people) or analyses
    if all(a.pos in ("prep", "conj", "comp", "qub", "interp", "brev", "adja", "num") for a in analyses):
        return None
    nouns = _unheard_dropped(_readings(analyses, NOUN_POS))
    if index == 0:
        # A name opening with a common noun's vocative is no address ("Coco Chanel" is no "coca",
        # "Aro" no "ara"); one after an adjective may be ("Wysoka Izbo"), so may a land's own
        # name ("Polsko").
        nouns = [r for r in nouns if r.case != "voc" or not r.analysis.lemma_base[:1].islower()]
    adjs = _readings(analyses, ADJ_POS)
    # Adjectival surnames double as adjectival parts of place names ("Rudzie Różanieckiej").
    # Its "-skiego" is also the form of the other non-feminine genders ("Stryjskiego parku").
    # (In the plural a surname names a family, whose body it is: "Fundacji Kościelskich".)
    adjs += [Reading(r.case, r.number, r.genders | _NON_FEMININE if "m1" in r.genders else r.genders, r.analysis)
             for r in nouns if SURNAME in r.analysis.name_classes and _ADJECTIVAL.search(r.analysis.lemma_base)
             and (place or r.number == "sg")]
    if len(word.parts) > 1:
        # A compound of inflected parts ("Bielsku-Białej") reads in the cases all parts share.
        shared = None
        for p in word.parts[:-1]:
            rs = _part_readings(p)
            if rs:
                cs = {r.case for r in rs}
                shared = cs if shared is None else shared & cs
        if shared is not None:
            nouns = [r for r in nouns if r.case in shared] or nouns
            adjs = [r for r in adjs if r.case in shared] or adjs
            if any(r.analysis.pos in NOUN_POS for p in word.parts[:-1] for r in _part_readings(p)):
                # "Bielsku-Białej" is a noun as a whole even if its last part is an adjective.
                nouns = nouns + [Reading(r.case, r.number, r.genders, r.analysis) for r in adjs]
    if not nouns and not adjs:
        return None
    return _Slot(index, nouns, adjs)


def _unheard_dropped(nouns: list[Reading]) -> list[Reading]:
    """Without the readings of a lemma NKJP never chose for the form when it often chose another:
    "Klub" is "klub" 66 times, "kluba" (its genitive plural) never, so "Klub Honorowych Dawców Krwi"
    is no plural."""
    if not any(lemma_count(r.analysis) >= _HEARD for r in nouns):
        return nouns
    return [r for r in nouns if lemma_count(r.analysis) > 0 or r.analysis.lemma_base[:1].isupper()]


_HEARD = 20


def _agrees(adj: Reading, case: str, number: str, genders: frozenset[str]) -> bool:
    return adj.case == case and adj.number == number and bool(adj.genders & genders)


def _class_score(a: Analysis, prefer: frozenset[str], word: str) -> int:
    score = 0
    if prefer & set(a.name_classes):
        score += 2
    if (SURNAME in a.name_classes or FIRST_NAME in a.name_classes) and not prefer & set(a.name_classes):
        score -= 1  # "Podlaska" the surname is not what an organisation's name means (Praga the city is)
    lemma_upper = a.lemma[:1].isupper()
    if lemma_upper == word[:1].isupper():
        score += 1
    if a.pos == "subst":
        score += 1
    elif a.pos == "depr":
        score -= 2
    return score


def _is_leading_mark(text: str) -> bool:
    return (_is_acronym(text) or text.isdigit() or bool(re.fullmatch(r"[IVXLC]+\.?|\d+\.|\.", text))
            or (text.endswith(".") and len(text) <= 5) or _is_fragment(text))


@morphology.word_cache
def _is_fragment(text: str) -> bool:
    """The first word of a foreign name that SGJP knows only as part of it ("New" York, "Sankt"
    Petersburg, "Santa" Barbara, "Tel" Awiw): it never inflects. (An oblique case of a place of
    its own is no such fragment: "Kole" is the town Koło's locative; not "New", Newa's genitive
    plural, nor "San", a river's nominative.)"""
    analyses = whole_analyses(text)
    places = [a for a in analyses if GEO_CLASSES & set(a.name_classes) and a.pos in NOUN_POS]
    own_place = any(a.number == "sg" for a in places) and not any("nom" in a.cases for a in places)
    return text[:1].isupper() and any(a.pos == "frag" for a in analyses) and not own_place


def _is_inflection(word: str, ending: str) -> bool:
    """Whether ``ending`` may be a Polish case ending of ``word``: a genitive "-y" follows a
    consonant ("Nitry", "Hildy"), not a vowel ("Horsley", "Cormay" are as written)."""
    return not (ending == "y" and word[-2:-1].lower() in _VOWEL_LETTERS)


_COORDINATORS = frozenset({"i", "oraz"})


def _coordinated(words: Sequence[Word], k: int, head: Reading) -> dict[int, tuple[Reading, frozenset[str]]]:
    """A noun joined to the head by "i" inflects with it ("Prawa i Sprawiedliwości")."""
    if k + 1 >= len(words) or words[k].text not in _COORDINATORS:
        return {}
    slot = _slot(k + 1, words[k + 1])
    if slot is None:
        return {}
    # The noun is in the head's case; its own number ("Wodociągi i Kanalizacja"), the singular
    # where it may be either ("Wodociągów i Kanalizacji").
    same_case = [r for r in slot.nouns if r.case == head.case]
    noun = next((r for r in same_case if r.number == "sg"), None) or next(iter(same_case), None)
    if noun is None:
        # An adjective joined to the head's adjectives: "Akademii Filmowej i Telewizyjnej".
        adj = next((a for a in slot.adjs if _agrees(a, head.case, head.number, head.genders)), None)
        return {k + 1: (adj, adj.genders & head.genders)} if adj and k + 2 == len(words) else {}
    out = {k + 1: (noun, noun.genders)}
    for j in range(k + 2, len(words)):
        s = _slot(j, words[j])
        adj = s and next((a for a in s.adjs if _agrees(a, noun.case, noun.number, noun.genders)), None)
        if not adj:
            break
        out[j] = (adj, adj.genders & noun.genders)
    return out


@lru_cache(maxsize=1)
def _territory_genders() -> dict[str, str]:
    """"woj." -> "n" (województwo), "pow." -> "m3" (powiat), "jez." -> "n" (jezioro)."""
    genders = {r["abbreviation"]: r["gender"] for r in table("normalize_abbreviation_genders.tsv")}
    return genders | {r["abbreviation"]: r["gender"] for r in table("locations_abbreviations.tsv")}


def _named_after(text: str) -> bool:
    """A person's name in the genitive ("Barlickiego", "Konopnickiej"), not an adjective that
    names the street itself: "Polnej", "Marszałkowskiej" are more often adjectives in NKJP."""
    analyses = whole_analyses(text)
    names = [a for a in analyses if NAME_CLASSES & set(a.name_classes) and "gen" in a.cases]
    if not names:
        return False
    adjs = [a for a in analyses if a.pos == "adj" and a.lemma_base[:1].islower() and "gen" in a.cases]
    return not adjs or max(map(lemma_count, names)) > max(map(lemma_count, adjs))


def _compound_prefix(words: Sequence[Word], i: int) -> bool:
    """"wypoczynkowo" before a dash and another word: the first half of a spaced compound adjective."""
    text = words[i].text
    if not (i + 2 < len(words) and words[i + 1].text in ("–", "-", "—") and text.endswith("o")):
        return False
    analyses = whole_analyses(text)
    if analyses:
        return all(a.pos in ("adja", "adv") for a in analyses)
    # SGJP lacks many such halves, capitalised in a name too ("Ośrodka Szkolno–Wychowawczego"):
    # the stem of an adjective ("szkolny") will do.
    stem = text[:-1].lower()
    return any(a.pos == "adj" for end in ("y", "i") for a in whole_analyses(stem + end))


@dataclass(slots=True)
class _Plan:
    forms: dict[int, tuple[Reading, frozenset[str]]]  # index -> (reading, genders to generate)


def _plan_phrase(words: Sequence[Word], context: frozenset[str], prefer: frozenset[str], place: bool) -> _Plan:
    # Leading acronyms, numerals and abbreviations stay as written ("PKO Banku Polskiego",
    # "I Liceum", "8. Bałtyckiej Dywizji", "ul. Wilczą").
    start = 0
    while start < len(words) and _is_leading_mark(words[start].text):
        start += 1
    if start == 0 and _foreign_modifiers(words):
        start = len(words) - 1
    # After an abbreviation a person's name in the genitive names the street or the school
    # ("pl. Barlickiego", "ul. Zapolskiej"): it stays.
    if 0 < start < len(words) and words[start - 1].text.endswith(".") and _named_after(words[start].text):
        return _Plan({})
    slots: list[_Slot] = []
    i = start
    while i < len(words):
        # An unknown company name opening an organisation's name inflects ("Polcitu"), so
        # does an unknown mountain or region in "-u" ("Hindukuszu").
        s = _slot(i, words[i], guess_noun=i == start, place=place, context=context)
        if s is None:
            if _compound_prefix(words, i):
                i += 2  # "wypoczynkowo – szkoleniowym": the adjective after the dash inflects
                continue
            break
        slots.append(s)
        i += 1
    # After "ul.", "al.", "pl." only an adjective inflects ("ul. Wilczą" -> "ul. Wilcza"); a noun
    # is the genitive the street is named with ("al. Wolności", "ul. Energetyków", "ul. 11
    # Listopada"). After "woj.", "pow." the adjective takes the full noun's gender.
    abbrev = next((w.text.lower() for w in words[:start] if w.text.endswith(".")
                   and (w.text[:1].islower() or w.text.lower() in _territory_genders())), None)
    if abbrev is not None:
        if not slots or not slots[0].adjs:
            return _Plan({})
        gender = _territory_genders().get(abbrev)
        for s in slots:
            s.nouns = []
            if gender:
                s.adjs = [Reading(a.case, a.number, frozenset({gender}), a.analysis) for a in s.adjs
                          if gender in a.genders] or s.adjs
    if not slots:
        return _Plan({})

    best: tuple | None = None
    best_plan: dict[int, tuple[Reading, frozenset[str]]] = {}
    best_case = ""
    in_context: tuple | None = None  # the best plan in a case the preposition governs
    for h in range(min(len(slots), 4)):
        head = slots[h]
        pre = slots[:h]
        if any(not s.adjs for s in pre):
            break
        head_readings = head.nouns or (head.adjs if h == 0 else [])
        for r in head_readings:
            genders = r.genders or frozenset({"m1", "m2", "m3", "f", "n"})
            plan = {head.index: (r, r.genders)}
            ok = True
            for s in pre:
                adj = next((a for a in s.adjs if _agrees(a, r.case, r.number, genders)), None)
                if adj is None:
                    ok = False
                    break
                plan[s.index] = (adj, adj.genders & genders)
            if not ok:
                continue
            post = 0
            for k, s in enumerate(slots[h + 1:], start=h + 1):
                adj = next((a for a in s.adjs if _agrees(a, r.case, r.number, genders)), None)
                if adj is not None and (h + post > 0 and _may_open_complement(slots, k, adj)
                                        or _saintly_complement(slots, k, adj)):
                    break
                if adj is not None and place and r.case == "gen" and k == h + 1 and h == 0 \
                        and words[head.index].text[:1].islower() and _named_after(words[s.index].text):
                    # A place named after a person: "parku Żeromskiego", "mostu Poniatowskiego"
                    # keep the name in the genitive ("park Żeromskiego"). (After a capitalised head
                    # the adjective is the name's own: "Mińska Mazowieckiego".)
                    break
                if adj is None:
                    # Of a place named with a name-part noun, the other noun in the same case
                    # inflects with it ("Kasprowego Wierchu" -> "Kasprowy Wierch").
                    noun = place and next((n for n in s.nouns if n.case == r.case and n.number == r.number
                                           and _NAME_PART in n.analysis.name_classes + r.analysis.name_classes), None)
                    if not noun:
                        break
                    plan[s.index] = (noun, noun.genders)
                    post += 1
                    continue
                plan[s.index] = (adj, adj.genders & genders)
                post += 1
            # A lone plural genitive head ("Elektrobud" is also elektrobuda's genitive plural)
            # is a name already in the nominative: an organisation's plural name has adjectives.
            # (Groups of people, "Benedyktynów", and countries, "Chin", are plural names.)
            if not place and r.number == "pl" and r.case == "gen" and h + post == 0 \
                    and not _genitive_complement(words, head.index + 1) \
                    and "m1" not in r.genders and not GEO_CLASSES & set(r.analysis.name_classes) \
                    and words[head.index].text[-1:].lower() not in _VOWEL_LETTERS:
                continue
            if r.case != "nom":
                plan.update(_coordinated(words, head.index + 1 + post, r))
            cls = _class_score(r.analysis, prefer, words[head.index].text)
            # Most agreeing words first; then, for places, a geographic reading ("Polski" is
            # Polska's genitive); then singular ("Rady Gminy" is one council), nominative (names
            # already in the nominative stay), the preposition's case.
            # For places the preposition comes before the nominative ("do Sanoka" is Sanok's
            # genitive, "Sanoka" alone may be the village Sanoka), and of "-owa" the town in
            # "-ów" is likelier than one in "-owo" (Stryków, Wilanów).
            score = (
                h + post,
                r.case != "voc",
                cls if place else 0,
                place and r.case in context,
                # A plural-only name ("Węgry", "Mikołajki") is no worse than a singular one.
                r.number == "sg" or "pt" in r.analysis.tag.split(":"),
                not (place and _rare_ew(r.analysis)),
                _frequency_rank(r.analysis),
                r.case == "nom",
                r.case in context,
                cls,
                place and _likelier_place_gender(r.analysis),
                -h,
            )
            if best is None or score > best:
                best, best_plan, best_case = score, plan, r.case
            if r.case in context and (in_context is None or score > in_context[0]):
                in_context = (score, plan)
    # A genitive where the preposition wants another case: the genitive words are the
    # complement of a head in the preposition's case ("na Rynku Starego Miasta", "na placu
    # Dąbrowskiego"), or, with no such head, a street or a place named after someone ("przy
    # Kazimierza Wielkiego", "na Legionów"): it stays as written.
    if place and context and best is not None and best_case == "gen" and "gen" not in context:
        complement = in_context is not None and max(in_context[1]) < len(words) - 1
        return _Plan(in_context[1] if complement else {})
    return _Plan(best_plan)


def _genitive_complement(words: Sequence[Word], k: int) -> bool:
    """A known word in the genitive follows: the word before it is a head with its complement
    ("Sił Natychmiastowego Reagowania" are "Siły"), no name of its own in the nominative."""
    # (A common word that cannot be a nominative: not "Novum", which is in every case, nor "Dei".)
    analyses = whole_analyses(words[k].text) if k < len(words) else ()
    return any("gen" in a.cases and a.lemma_base[:1].islower() for a in analyses) \
        and not any("nom" in a.cases for a in analyses)


def _foreign_modifiers(words: Sequence[Word]) -> bool:
    """Foreign words before a Polish noun that takes the case ("Scotland Yardu", "Focus Parku",
    "Deutsche Bankiem"): the noun is the head and inflects, the foreign words stay as written."""
    if len(words) < 2 or not words[-1].text[:1].isupper():
        return False
    if any(not (w.text.isalpha() and w.text[:1].isupper()) or whole_analyses(w.text) or _guess_adjective(w.text)
           for w in words[:-1]):
        return False
    # (A common noun in the singular: "Garden" is no genitive plural of "gardna", nor "Zameckim" a
    # surname, nor "Hydro" a vocative.)
    nouns = [r for r in _readings(whole_analyses(words[-1].text), NOUN_POS)
             if not PERSON_CLASSES & set(r.analysis.name_classes) and r.case != "voc"]
    return any(r.number == "sg" for r in nouns) and not any(r.case == "nom" for r in nouns)


def _likelier_place_gender(analysis: Analysis) -> bool:
    # Of "-owa"/"-owie" the town in "-ów" is likelier than one in "-owo" (Stryków, Wilanów).
    return "m3" in analysis.genders and not _rare_ew(analysis)


def _rare_ew(analysis: Analysis) -> bool:
    # Of "-ewa"/"-ewie" the place in "-ewo" is five times likelier than one in "-ew" in NKJP
    # (Barczewo, Maszewo, Lisewo; but Dobiegniew); not where "-ew" is a common noun ("Zalewie
    # Szczecińskim" is the Zalew, a lagoon).
    lemma = analysis.lemma_base
    return lemma.endswith("ew") and "m3" in analysis.genders and not _common_noun(lemma) \
        and any(a.lemma_base == lemma + "o" and GEO_CLASSES & set(a.name_classes) for a in whole_analyses(lemma + "o"))


def _common_noun(lemma: str) -> bool:
    return any(a.pos == "subst" and a.lemma_base == lemma.lower() for a in whole_analyses(lemma.lower()))


def _saintly_complement(slots: Sequence[_Slot], k: int, adj: Reading) -> bool:
    """"Świętego", "Bożego" before a noun in the genitive belong to it, whatever the case of the
    head ("w parafii Świętej Katarzyny", "kościoła Bożego Ciała")."""
    if adj.analysis.lemma_base.lower() not in word_set("normalize_complement_adjectives.txt"):
        return False
    return any(a.case == "gen" and _opens_complement(slots, k, a) for a in slots[k].adjs)


def _opens_complement(slots: Sequence[_Slot], k: int, adj: Reading) -> bool:
    """A second adjective after the head that agrees with the noun right after it belongs to that
    genitive complement: "Zarządu Głównego Polskiego Towarzystwa" (Polskiego Towarzystwa)."""
    if adj.case != "gen" or k + 1 >= len(slots) or slots[k + 1].index != slots[k].index + 1:
        return False  # (a complement is in the genitive; "Szpitalu Klinicznym Collegium" is not)
    return any(n.case == adj.case and n.number == adj.number and n.genders & adj.genders
               and n.analysis.pos in NOUN_POS for n in slots[k + 1].nouns) \
        and not any(_agrees(a, adj.case, adj.number, adj.genders) for a in slots[k + 1].adjs)


def _may_open_complement(slots: Sequence[_Slot], k: int, adj: Reading) -> bool:
    """``_opens_complement`` for the adjective's own reading or, where its dative or locative is
    also a genitive (a feminine "-ej"), for that: "Komendzie Miejskiej Państwowej Straży Pożarnej"
    (Państwowej Straży)."""
    return _opens_complement(slots, k, adj) or adj.case in ("dat", "loc") and any(
        a.case == "gen" and a.number == adj.number and a.genders & adj.genders and _opens_complement(slots, k, a)
        for a in slots[k].adjs)


def _inflect_word(word: Word, reading: Reading, genders: frozenset[str]) -> str:
    if reading.analysis.name_classes == (_GUESSED_NOUN,):
        return reading.analysis.lemma
    if reading.analysis.name_classes == (_GUESSED,):
        head, sep, last = word.text.rpartition("-")
        return head + sep + _guessed_nominative(last, reading, genders)
    if len(word.parts) == 1:
        form = inflect(word.text, reading.analysis, "nom", reading.number, genders or None)
        if form is None and SURNAME in reading.analysis.name_classes:
            # An adjectival surname read as a place's adjective has only its own genders: it takes
            # the place's ending ("Budek Czarkowskich" -> "Budki Czarkowskie", "Wielopola
            # Skrzyńskiego" -> "Wielopole Skrzyńskie").
            form = inflect(word.text, reading.analysis, "nom", reading.number)
            if form and "m1" not in genders:
                if reading.number == "pl":
                    form = _MENS_ADJECTIVAL_PLURAL.sub(r"\1kie", form)
                elif genders == {"n"}:
                    form = _ADJECTIVAL_SINGULAR.sub(r"\1kie", form)
        return form or word.text
    # Compound: every inflected part goes to the nominative on its own ("Bielsku-Białej" ->
    # "Bielsko-Biała"); uninflected parts ("Północno-", "Eko-") stay.
    out = []
    last = len(word.parts) - 1
    for k, part in enumerate(word.parts):
        if k == last:
            out.append(inflect(part, reading.analysis, "nom", reading.number, genders or None) or part)
            continue
        rs = [r for r in _part_readings(part) if r.case == reading.case]
        options = []
        for r in rs:
            form = inflect(part, r.analysis, "nom", r.number, r.genders or None)
            if form:
                # Same number, a place, a frequent lemma, then the form closest to the written one
                # ("Bielsku" -> Bielsko rather than Bielsk).
                options.append(((r.number != reading.number, -_class_score(r.analysis, GEO_CLASSES, part),
                                 -_frequency_rank(r.analysis), -common_prefix(form, part), -len(form)), form))
        out.append(min(options)[1] if options else part)
    return _dash(word.text).join(out)


def _phrase_base(words: Sequence[Word], context: frozenset[str], prefer: frozenset[str], place: bool = False) -> str:
    texts = [w.text for w in words]
    if _unquote(texts) is not None:
        inner = _phrase_base(words[1:-1], context, prefer, place)
        return _join([words[0], Word(inner, words[-2].space), words[-1]], [words[0].text, inner, words[-1].text])
    plan = _plan_phrase(words, context, prefer, place)
    forms = []
    for i, w in enumerate(words):
        m = _ACRONYM_SUFFIX.match(w.text) or _GLUED_ACRONYM_SUFFIX.match(w.text)
        if m and sum(c.isupper() for c in m.group(1)) >= 2:
            forms.append(m.group(1))  # "ZUS-u", "ZUSu" -> "ZUS"; "MOSiRze" -> "MOSiR"
        elif (m := _MARKED_SUFFIX.match(w.text)) and m.group(1)[:1].isupper():
            forms.append(m.group(1))
        elif i in plan.forms:
            reading, genders = plan.forms[i]
            forms.append(_inflect_word(w, reading, genders))
        else:
            forms.append(w.text)
    if not any(c.isupper() for w in words for c in w.text):
        forms = [_proper_case(w.text, f) for w, f in zip(words, forms, strict=True)]
    return _join(words, forms)


@morphology.word_cache
def _proper_lemma(text: str) -> str | None:
    """The lemma of a word written in lower case that the dictionary knows only as a proper name
    ("białegostoku" -> "Białystok", "tatrach" -> "Tatry", "nato" -> "NATO")."""
    if not text.isalpha() or not text.islower():
        return None
    lemmas = {a.lemma_base for a in whole_analyses(text)}
    if not lemmas or not all(lemma[:1].isupper() for lemma in lemmas):
        return None
    return min(lemmas, key=lambda lemma: (not lemma.isupper(), lemma))


def _proper_case(text: str, form: str) -> str:
    """A base form takes the capitals of a proper name the text wrote in lower case (forums,
    comments): "w tatrach" -> "Tatry", "w nato" -> "NATO". (Only in names written wholly in lower
    case: "Ogilvy and Mather" has its own capitals.)"""
    lemma = _proper_lemma(text)
    if lemma is None or not form.islower():
        return form
    if lemma.isupper() and lemma.lower() == form:
        return lemma
    return form[:1].upper() + form[1:]


_ORG_CLASSES = frozenset({morphology.ORGANIZATION, "nazwa_instytucji", "nazwa_pospolita"})


def _across_documents(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(words, context)`` kept across documents, bounded like the per-word caches.

    A name's base form depends only on its words and the cases its context allows, and the same
    names recur in an archive ("Urzędu Miasta", "w Warszawie"): on dev and the fixture releases
    half the place names and a quarter of the organisations' names were asked for before.
    ``words`` are :class:`Word` or plain strings; a list result is handed out as a new list.
    """

    @morphology.word_cache
    def cached(key: tuple, context: frozenset[str]) -> Any:
        out = fn([Word(*k) if isinstance(k, tuple) else k for k in key], context)
        return tuple(out) if isinstance(out, list) else out

    @wraps(fn)
    def call(words: Sequence[Any], context: Iterable[str] = frozenset()) -> Any:
        key = tuple((w.text, w.space, w.parts) if isinstance(w, Word) else w for w in words)
        out = cached(key, frozenset(context))
        return list(out) if isinstance(out, tuple) else out

    return call


@_across_documents
def org_base_words(words: Sequence[Word], context: frozenset[str] = frozenset()) -> str:
    if len(words) > 1 and _ROMAN_WITH_PERIOD.match(words[-1].text):
        # "Hospicjum św. Jana Pawła II." at the end of a sentence: a regnal number takes no period.
        words = [*words[:-1], Word(words[-1].text[:-1], words[-1].space)]
    base = _phrase_base(words, context, _ORG_CLASSES)
    letters = [c for w in words for c in w.text if c.isalpha()]
    if base == _join(words, [w.text for w in words]) and letters and all(c.isupper() for c in letters) \
            and any(sum(c.isalpha() for c in w.text) >= 5 and not _known_acronym(w.text) for w in words):
        # A name in capitals that inflects ("ŻYCIU", "WOLNEJ TRYBUNY") is named in its nominative
        # title-cased ("Życie", "Wolna Trybuna"); one that does not stays as written ("GROM").
        # (Compounds are acronyms: "AWS-UW".)
        titled = [Word(w.text if _known_acronym(w.text) or "-" in w.text else _title(w.text), w.space)
                  for w in words]
        titled = [Word(w.text, w.space, _split_compound(w.text)) for w in titled]
        inflected = _phrase_base(titled, context, _ORG_CLASSES)
        if inflected != _join(titled, [w.text for w in titled]):
            return inflected
    return base


@lru_cache(maxsize=1)
def _place_endings() -> tuple[tuple[str, str, str], ...]:
    rows = table("normalize_place_endings.tsv")
    return tuple(sorted(((r["ending"], r["case"], r["replace"]) for r in rows), key=lambda e: -len(e[0])))


def _unknown_place(word: str, context: frozenset[str]) -> str | None:
    """A foreign feminine place name after a preposition: "z Levočy" -> "Levoča" (an accusative
    "-ę" after a consonant is one wherever it stands: "przez Messynę", "zwiedził Bucharę")."""
    if not word[:1].isupper() or not word.isalpha() or whole_analyses(word) or _is_acronym(word):
        return None
    for ending, case, replace in _place_endings():
        if (case in context or f"{case}~" in context or case == "any") and word.endswith(ending) and len(word) - len(ending) >= 3 and _is_inflection(word, ending):
            return word[: len(word) - len(ending)] + replace
    return None


@_across_documents
def place_base_words(words: Sequence[Word], context: frozenset[str] = frozenset()) -> str:
    base = _place_base_words(words, context)
    if words and base[:1].isupper() and _lowercase_generic(words[0].text):
        return base[:1].lower() + base[1:]  # "Ulicą Kościelną" at a sentence start -> "ulica Kościelna"
    return base


@morphology.word_cache
def _lowercase_generic(text: str) -> bool:
    generics = word_set("normalize_lowercase_generics.txt")
    return text.lower() in generics or any(a.lemma_base in generics and a.pos == "subst"
                                           for a in whole_analyses(text.lower()))


def _place_base_words(words: Sequence[Word], context: frozenset[str] = frozenset()) -> str:
    if len(words) == 1 and (guess := _unknown_place(words[0].text, context)):
        return guess
    if len(words) == 3 and _unquote([w.text for w in words]) is not None \
            and (guess := _unknown_place(words[1].text, context)):
        # A quoted name of a place in a town ("we „Floriance”" -> "„Florianka”").
        return _join(words, [words[0].text, guess, words[2].text])
    context = frozenset(c for c in context if not c.endswith("~"))  # (hints only for unknown names)
    letters = [c for w in words for c in w.text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and any(sum(c.isalpha() for c in w.text) >= 4 for w in words):
        # A dateline in capitals ("IZBICA KUJAWSKA.") names the place as "Izbica Kujawska".
        words = [Word(w.text if _known_acronym(w.text) else _title(w.text), w.space) for w in words]
        words = [Word(w.text, w.space, _split_compound(w.text)) for w in words]
    if _persons_genitive(words):
        return _join(words, [w.text for w in words])
    one = _one_of_several(words)
    if one is not None:
        return _join(words, one)
    return _phrase_base(words, context, PLACE_CLASSES, place=True)


def _one_of_several(words: Sequence[Word]) -> list[str] | None:
    """A common noun in the plural before one street's or district's name ("na ulicach Wilczej
    i Hożej", "w powiatach nowosolskim i żagańskim"): each place is the noun in the singular."""
    if len(words) < 2 or not words[0].text.isalpha() or not words[0].text.islower():
        return None
    nouns = [a for a in whole_analyses(words[0].text) if a.pos == "subst"]
    if not nouns or any(a.number != "pl" or "pt" in a.tag.split(":") for a in nouns):
        return None
    head = max(nouns, key=lemma_count)
    cases = {c for a in nouns for c in a.cases}
    nxt = _readings(whole_analyses(words[1].text), ADJ_POS)
    if any(r.number == "pl" and r.case in cases for r in nxt):
        return None  # "wyspach Kanaryjskich": the name itself is plural
    singular = inflect(words[0].text, head, "nom", "sg")
    if singular is None:
        return None
    out = [singular]
    k = 1
    while k < len(words):  # the adjectives agree with the singular; a genitive stays
        adj = next((r for r in _readings(whole_analyses(words[k].text), ADJ_POS)
                    if r.number == "sg" and r.genders & head.genders), None)
        if adj is None:
            break
        out.append(inflect(words[k].text, adj.analysis, "nom", "sg", head.genders) or words[k].text)
        k += 1
    return out + [w.text for w in words[k:]]


def _persons_genitive(words: Sequence[Word]) -> bool:
    """A place named after a person, the street without "ul." ("Sienkiewicza", "Emilii Plater"):
    the person's name in the genitive is the place's name."""
    texts = [w.text for w in words]
    if not texts or not all(t[:1].isupper() and t.isalpha() for t in texts):
        return False
    analyses = [whole_analyses(t) for t in texts]
    # Only personal names: "Marsa" is also the planet, "Olsztyńskiej" an adjective.
    if any(not a or not all(NAME_CLASSES & set(x.name_classes) and not PLACE_CLASSES & set(x.name_classes)
                            for x in a) for a in analyses):
        return False
    # Every word a personal name in the genitive, and one of them not a nominative.
    gen = all(any(NAME_CLASSES & set(x.name_classes) and "gen" in x.cases for x in a) for a in analyses)
    return gen and any(not any("nom" in x.cases for x in a) for a in analyses)


def _known_acronym(text: str) -> bool:
    """A word the dictionary knows in capitals ("ZSRR", "USA") or one without a vowel ("CSRS"):
    not a dateline in capitals."""
    if not any(c in _VOWEL_LETTERS for c in text.lower()):
        return True
    return any(a.lemma_base.isupper() and len(a.lemma_base) > 1 for a in whole_analyses(text))


def _title(text: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in text.split("-"))


def _per_doc(fn: Callable[[Span], str]) -> Callable[..., str]:
    """``fn(span)`` kept on the span's Doc: several stages ask for the base form of the same span
    (people, organizations, agreements, entities), and it depends only on the Doc and the span."""
    key = f"komunikat.{fn.__name__}"

    @wraps(fn)
    def memo(span: Span, *args: Any, **kwargs: Any) -> str:
        if args or kwargs:  # a caller's own context: not the span's alone
            return fn(span, *args, **kwargs)
        done = span.doc.user_data.setdefault(key, {})
        where = (span.start, span.end)
        if where not in done:
            done[where] = fn(span)
        return done[where]

    return memo


@_per_doc
def org_base(span: Span) -> str:
    """Nominative of an organisation's name: "Urzędu Marszałkowskiego Województwa Podlaskiego" ->
    "Urząd Marszałkowski Województwa Podlaskiego"."""
    context = _context_cases(span)
    prev = span.doc[span.start - 1].text if span.start > 0 else ""
    if "gen" in context and ("inst" not in context or len(span) == 1) or not context and len(span) == 1 \
            and _common_noun_before(prev) and not _names_in_apposition(prev):
        # After a common noun a one-word name is mostly its genitive ("raport Durexa"), but not
        # after one it is in apposition to: "firmy Savara", "partii Batasuna" name the company as
        # it is (as do longer names: "orkiestry Sinfonietta Cracovia").
        context |= {GENITIVE_WANTED}
    if len(span) == 1 and not _names_in_apposition(prev):
        context |= {LONE_NAME}
    words = _words_from_span(span)
    if len(words) == 1 and _names_a_country(words[0].text):
        # A state acting as a body is named as the place ("atak Niemiec" -> "Niemcy", not the
        # German "Niemiec").
        return place_base_words(words, _context_cases(span))
    return org_base_words(words, context)


@morphology.word_cache
def _names_a_country(text: str) -> bool:
    """A form of a country's plural name that NKJP reads as the country about as often as its
    other readings: "Niemiec" (Niemcy's genitive, also "a German"); not "Izby", "Ligi", "Kupiec"."""
    if not text[:1].isupper():
        return False
    analyses = whole_analyses(text)
    countries = [a for a in analyses if GEOGRAPHIC in a.name_classes and a.lemma_base[:1].isupper()
                 and "pt" in a.tag.split(":")]
    if not countries:
        return False
    count = max(map(lemma_count, countries))
    others = max((lemma_count(a) for a in analyses if a not in countries), default=0)
    return count >= 5 and 2 * count >= others


@_per_doc
def place_base(span: Span, context: Iterable[str] | None = None) -> str:
    """Nominative of a place name: "Zielonej Górze" -> "Zielona Góra". ``context``: the cases the
    name may be in, when something other than the preposition before it tells ("Warmii i Mazur")."""
    cases = frozenset(context) if context is not None else \
        (_context_cases(span) or _listed_after(span)) | _place_noun_context(span)
    return place_base_words(_words_from_span(span), cases)


_LIST_JOINS = frozenset({",", "i", "oraz", "czy", "lub", "albo"})


def _listed_after(span: Span, reach: int = 12) -> frozenset[str]:
    """The cases of the preposition a list of names follows, for a name after its comma or
    conjunction ("na Nieświeżu, Birżach czy Łubniach" -> loc, acc)."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].text not in _LIST_JOINS:
        return frozenset()
    while i >= 0 and span.start - i <= reach:
        text = doc[i].text
        if not (text in _LIST_JOINS or text[:1].isupper() or "-" in text):
            return _context_cases(doc[i + 1:span.end])
        i -= 1
    return frozenset()


def _place_noun_context(span: Span) -> frozenset[str]:
    """What a common noun right before a place name says of its case (for the endings of unknown
    names): a noun the name is in apposition to shares its case ("miasta Messyny"); after another
    noun the name is mostly its genitive ("opat Messyny", "topiele Berezyny"), a weak hint "gen~"."""
    prev = span.doc[span.start - 1].text if span.start > 0 else ""
    if prev.isalpha() and prev.islower() and (adjs := _adjective_cases(prev)):
        return adjs  # an adjective agrees with the name: "północnej Wołogdy", "czeskiego Hradka"
    if not _common_noun_before(prev):
        return frozenset()
    if _names_in_apposition(prev):
        return frozenset(f"{c}~" for a in whole_analyses(prev) for c in a.cases)
    return frozenset({"gen~"})


@morphology.word_cache
def _adjective_cases(text: str) -> frozenset[str]:
    """"case~" hints of a word that is only a singular adjective ("północnej" -> gen~, dat~, loc~)."""
    analyses = whole_analyses(text)
    if not analyses or any(a.pos != "adj" or a.number != "sg" for a in analyses):
        return frozenset()
    return frozenset(f"{c}~" for a in analyses for c in a.cases)


def org_base_text(text: str) -> str:
    return org_base_words(_words_from_text(text))


def place_base_text(text: str) -> str:
    return place_base_words(_words_from_text(text))


# --------------------------------------------------------------------------- people


@dataclass(frozen=True, slots=True)
class _Ending:
    ending: str
    case: str
    gender: str
    replace: str
    weight: int  # evidence for the case: 0 never votes (only applied), 2 is enough alone


@lru_cache(maxsize=1)
def _endings() -> tuple[_Ending, ...]:
    rows = table("normalize_name_endings.tsv")
    out = [_Ending(r["ending"], r["case"], r["gender"], r["replace"], int(r["weight"])) for r in rows]
    # Longest ending first: "kiem" before "em".
    return tuple(sorted(out, key=lambda e: -len(e.ending)))


# "-ska", "-cka", "-dzka" end a woman's adjectival surname ("Nurowska"): a man's genitive would be
# "-skiego"; "-ówna" a maiden name ("Skowronówna").
_ADJECTIVAL_FEMININE = re.compile(r"(?:sk|ck|dzk|ówn)a$")
# Men's names in "-by", "-cy" are English nominatives ("Percy", "Ashby"), not genitives of "-ba", "-ca".
_ENGLISH_Y = re.compile(r"[bc]y$")


@morphology.word_cache
def _ending_guesses(word: str) -> tuple[_Ending, ...]:
    out = []
    seen: set[tuple[str, str]] = set()
    for e in _endings():
        if word.endswith(e.ending) and len(word) - len(e.ending) >= 2 and (e.case, e.gender) not in seen \
                and _is_inflection(word, e.ending) and not _is_fragment(word) \
                and not (e.gender == "m1" and (_ADJECTIVAL_FEMININE.search(word)
                                               or e.ending == "y" and _ENGLISH_Y.search(word))):
            seen.add((e.case, e.gender))
            out.append(e)
    return tuple(out)


@morphology.word_cache
def _person_readings(word: str) -> tuple[Reading, ...]:
    analyses = whole_analyses(word)
    if not analyses and word.endswith("a") and word in word_set("people_first_names.txt"):
        # A foreign first name in "-a" komunikat lists, as written, is its nominative ("Ukrainka
        # Olha Tkachenko"), no man's genitive ("Olh").
        return (Reading("nom", "sg", frozenset({"m1", "f"}), Analysis(word, "subst:sg:nom:m1.f", (FIRST_NAME,))),)
    named = [a for a in analyses if PERSON_CLASSES & set(a.name_classes)]
    if named:
        rs = _readings(named, NOUN_POS | ADJ_POS)
        if rs:
            # An address names a person by a common noun's vocative ("Boże" is Bóg's, not the
            # surname Boho's dative): the vocative of a personal noun is a reading too.
            rs += [r for r in _readings([a for a in analyses if a not in named and a.pos == "subst"],
                                        NOUN_POS) if r.case == "voc" and "m1" in r.genders]
            return tuple(rs)
    # Of common words only personal nouns and adjectives may be a name ("Boga", "Milczącemu");
    # "Tony" is no "ton", "Kleksa" no "kleks": an unknown name's endings tell more.
    common = [a for a in analyses if a.pos == "adj" or a.pos == "subst" and a.genders & {"m1", "f"}]
    return tuple(_readings(common, NOUN_POS | ADJ_POS))


def _last_part_readings(word: str) -> tuple[Reading, ...]:
    parts = word.split("-")
    if len(parts) < 2 or not all(_is_name_word(p) for p in parts):
        return ()
    return _person_readings(parts[-1])


@morphology.word_cache
def _is_name_word(text: str) -> bool:
    # Initials ("K", "K.") and acronyms are kept as written.
    return sum(c.isalpha() for c in text) >= 2 and text[0].isupper() and not text.endswith(".") \
        and not _is_acronym(text)


def gender_of(words: Sequence[str]) -> str | None:
    """"m1" or "f" when the first names of a name agree on it ("Anny Kowalskiej" -> "f")."""
    genders: set[str] = set()
    for w in words:
        for a in whole_analyses(w):
            if FIRST_NAME in a.name_classes:
                genders |= a.genders & {"m1", "f"}
    return genders.pop() if len(genders) == 1 else None


def _person_plan(texts: Sequence[str], context: frozenset[str],
                 marked: dict[int, frozenset[str]] | None = None) -> tuple[str, str] | None:
    """The (case, gender) the words of a personal name share (``marked``: "case/gender" of words
    whose ending was cut off after an apostrophe)."""
    marked = marked or {}
    name_idx = [i for i, t in enumerate(texts) if _is_name_word(t)]
    if not name_idx:
        return None
    # A double surname SGJP does not know as a whole reads in the cases of its last part, which
    # always inflects ("Renata Rusin-Dzida", "Pawła Dunin-Wąsowicza").
    readings = {i: _person_readings(texts[i]) or _last_part_readings(texts[i]) for i in name_idx}
    guesses = {i: _ending_guesses(texts[i]) for i in name_idx if not readings[i]}
    last = name_idx[-1]
    if len(name_idx) > 1 and last in guesses and _FOREIGN_MAN_GENITIVE.search(texts[last]):
        # A Czech, Slovak or Hungarian surname in "-a" is a man's genitive ("Tomáša Kováča",
        # "Gábora Tótha"): women's surnames there end in "-ová", "-á" or not in "-a" at all.
        guesses[last] = [*guesses[last], _Ending("a", "gen", "m1", "", 2), _Ending("a", "acc", "m1", "", 2)]
    first_genders: set[str] = set()
    for i in name_idx:
        for r in readings[i]:
            if FIRST_NAME in r.analysis.name_classes:
                first_genders |= r.genders & {"m1", "f"}
    best = None
    for gender in ("m1", "f"):
        # Press texts rarely address people: the vocative ("Angelo") is a reading only of a
        # one-word name that has no other ("Maryjo").
        for case in _CASE_ORDER if len(name_idx) == 1 else _CASE_ORDER[:-1]:
            if case == "voc" and gender == "f" and _mans_context(context):
                continue  # "powiedział Pinio", "księdza Koszałko": a man's name in "-o", no woman addressed
            known = 0
            declined = 0
            firsts = 0
            free: set[int] = set()  # first names left in the nominative before a declined surname
            freq = 0
            for i in name_idx:
                rs = [r for r in readings[i] if r.case == case and r.number == "sg" and gender in r.genders]
                if case == "voc":
                    # Nobody is addressed by a surname alone: "Greczko", "Koszałko" are men's
                    # surnames in "-ko", not the vocatives of "Greczka", "Koszałka".
                    rs = [r for r in rs if not _surname_only(r.analysis)
                          and (NO_ADDRESS not in context or "m1" in r.genders
                               or not r.analysis.lemma_base[:1].islower())]
                if not rs and gender == "m1" and i != name_idx[0]:
                    rs = _maria(readings[i], case, surname=i - 1 in name_idx)
                if not rs and case == "nom" and f"nom!{gender}" in context and _nominative_looking(texts[i]) \
                        and not any(FIRST_NAME in r.analysis.name_classes for r in readings[i]):
                    # The subject of the verb after it ("Mana wypiła", "Pantera sypiał") is in the
                    # nominative as written, even if SGJP knows only a man's surname "Man" or
                    # "Panter" of that form (a first name's other readings are likelier: "Julka
                    # wysłał" is Julek's accusative).
                    known += 1
                    continue
                if i in marked:
                    known += f"{case}/{gender}" in marked[i]
                    declined += f"{case}/{gender}" in marked[i]
                    continue
                if not rs and gender == "m1" and i != last and (
                        _uninflected_first(texts[i])
                        or _nominative_first(readings[i]) and _declined_surname(texts[last], readings[last], case)):
                    # "Henry Jamesa", "George Busha", "Jesse Jacksonowi", "Jerzy Satanowskiego": a
                    # first name left in the nominative before a declined surname; the surname
                    # alone tells the case.
                    free.add(i)
                    known += 1
                    declined += 1
                    firsts += any(FIRST_NAME in r.analysis.name_classes for r in readings[i])
                    continue
                if rs:
                    known += 1
                    # (An indeclinable reading, "Williams", "Moore", fits every case: no evidence.)
                    declined += any(len(r.analysis.cases) < 6 for r in rs)
                    # (Only as names or personal nouns: that "Tony" is mostly "tona" says nothing
                    # of Tony Blair.)
                    freq += max(_frequency_rank(r.analysis) if PERSON_CLASSES & set(r.analysis.name_classes)
                                or "m1" in r.genders else 0 for r in rs)
                    # (A surname after a first name that is also a first name, "Edwarda Gierka",
                    # "Kerry Kinga", is no evidence: first names come first.)
                    if any(FIRST_NAME in r.analysis.name_classes for r in rs) and (i != last or i == name_idx[0]):
                        firsts += 1
            unknown = sum(max((e.weight for e in g if e.case == case and e.gender == gender), default=0)
                          for g in guesses.values())
            if len(name_idx) > 1 and all(i in guesses and any(e.case == case and e.gender == gender for e in guesses[i])
                                         for i in name_idx):
                unknown += 1  # every word of an unknown name ends so ("Tomáša Novotnego")
            # A man's surname inflects: "Kamila Zgolak" cannot be Kamil's genitive (a woman's may not).
            contra = 0
            told = bool({case, f"{case}/{gender}", f"{case}~{gender}"} & context)
            if gender == "m1" and case != "nom":
                for i in name_idx:
                    if i in guesses and i != last and last in guesses and told \
                            and any(e.case == case and e.gender == gender for e in guesses[last]):
                        # An unknown foreign first name is often left as written before a surname
                        # that takes the ending the words before want ("astronoma Asaph Halla").
                        continue
                    if i in guesses:
                        # Foreign names ending in a vowel ("Percy", "Stolpe") are often left as written.
                        # "-á" is a Czech or Slovak woman's nominative ("Katarína Nováková"), "-ska" a
                        # Polish one ("Bronisława Kilarecka").
                        # ("-ę", "-ą" are Polish case endings, no foreign vowel: "Janusza Weretkę".)
                        contra += not any(e.case == case and e.gender == gender for e in guesses[i]) \
                            and (texts[i][-1:].lower() not in _VOWEL_LETTERS or texts[i].endswith(("á", "ę", "ą"))
                                 or bool(_ADJECTIVAL_FEMININE.search(texts[i])))
                    elif i not in free:
                        contra += not any(r.case == case and gender in r.genders for r in readings[i])
            elif gender == "f" and case != "nom":
                # A man's surname in the genitive is no part of a woman's name: "Tony Blaira" is
                # not the genitive of "Tona Blaira".
                contra += sum(1 for i in name_idx if i not in guesses
                              and not any(r.case == case and "f" in r.genders for r in readings[i])
                              and any(r.case == case and "m1" in r.genders for r in readings[i]))
                # Nor is an unknown word in "-a" a woman's in another case: hers would decline
                # ("Ali Agca" is not the genitive of "Ala Agca").
                contra += sum(1 for i in name_idx if i in guesses and case != "voc"
                              and texts[i].endswith("a") and not _ADJECTIVAL_FEMININE.search(texts[i]))
            # A role noun before the name agrees with it ("prezydenta Peipera"): strong evidence.
            # A verb of speech before it ("mówi Stasia") is a hint: its dative ("mówił Holgerowi") is no less likely.
            ctx = (case in context) + 2 * (f"{case}/{gender}" in context) + (f"{case}?{gender}" in context)
            # A common noun before the name ("Twierdzenie Kołmogorowa") confirms the case of
            # unknown words' endings; known names have their frequencies.
            weak = f"{case}~{gender}" in context
            # (A lone unknown name after a preposition or a common noun takes the ending that
            # case gives it: "od Maxa", "przez Joawa", "w głosie Stroopa".)
            lone_hint = len(name_idx) == 1 and (weak or case in context)
            if case != "nom" and declined == 0 and unknown + ctx + 2 * lone_hint < 2:
                continue  # too little evidence to strip endings from unknown words
            if case not in ("nom", "voc") and known == 0 and not any(e.case == case and e.gender == gender
                                                        for g in guesses.values() for e in g):
                # No word of the name can be in this case: a role noun before it ("asystentem
                # Szeremietiewa") is followed by a genitive, not by its apposition. (An address,
                # "panie Gupta", keeps a foreign name as written.)
                continue
            # The most words read alike; then first names; then the endings of unknown words and
            # the preposition; then the more frequent names ("Józefa" is mostly Józef's genitive);
            # then the nominative. (A lone surname that is also a genitive, "Kisiela", "Lema", is the
            # genitive fifteen times in sixteen in NKJP.)
            if len(name_idx) == 1 and any(not c.startswith("nom") and c != NO_ADDRESS for c in context):
                firsts = 0
            score = (known, firsts, -contra, unknown + ctx + (weak and known == 0), freq, weak, case == "nom", ctx,
                     gender in first_genders, gender == "m1")
            if best is None or score > best[0]:
                best = (score, case, gender)
    if best is None:
        return None
    return best[1], best[2]


def _surname_only(analysis: Analysis) -> bool:
    return SURNAME in analysis.name_classes and FIRST_NAME not in analysis.name_classes


def _mans_context(context: frozenset[str]) -> bool:
    """The words before a name speak of a man only ("case/m1" or "case?m1" marks, no "f" ones; not
    the verb after it, "Elżuniu, był...", which a woman may be addressed before)."""
    marks = [c for c in context if "/" in c and not c.startswith("nom/") or "?" in c]
    return any(c.endswith("m1") for c in marks) and not any(c.endswith("f") for c in marks)


_NOMINATIVE_LOOKING = re.compile(r"(?:a|o|[bcćdfghjklłmnńprsśtwzźż])$")


def _nominative_looking(word: str) -> bool:
    """A name that may be a nominative as written: ending in "-a", "-o" or a consonant, but not in
    an inflected ending such as "-ego", "-emu", "-owi", "-em", "-ym" ("Czempińskiego")."""
    return bool(_NOMINATIVE_LOOKING.search(word.lower())) and not word.lower().endswith(("ego", "em", "ym", "im"))


_ROMAN_WITH_PERIOD = re.compile(r"^[IVX]+\.$")
_APOSTROPHE_ENDING = re.compile(r"^(.+?)['’](a|u|em|owi|ego|emu|m|ie|y|ą|ę|go)$")
_APOSTROPHE_CASES = {
    "a": frozenset({"gen/m1", "acc/m1"}), "ego": frozenset({"gen/m1", "acc/m1"}),
    "go": frozenset({"gen/m1", "acc/m1"}), "em": frozenset({"inst/m1"}), "m": frozenset({"inst/m1", "loc/m1"}),
    "owi": frozenset({"dat/m1"}), "emu": frozenset({"dat/m1"}), "u": frozenset({"loc/m1", "dat/m1"}),
    "ie": frozenset({"loc/m1"}), "ą": frozenset({"inst/f"}), "ę": frozenset({"acc/f"}),
    "y": frozenset({"gen/f", "dat/f", "loc/f"}),
}


@morphology.word_cache
def _uninflected_first(word: str) -> bool:
    """A foreign man's first name in a silent or English vowel, one that SGJP inflects after an
    apostrophe ("Henry'ego", "George'a"): the press often leaves it as written before an inflected
    surname ("Henry Jamesa", "George Busha"), so it fits any case. ("Jerzy", "Antoni" inflect.)"""
    if word[-1:].lower() not in "eiouy" or not word[:1].isupper():
        return False
    return any(FIRST_NAME in a.name_classes and "m1" in a.genders and a.lemma_base == word
               and "nom" in a.cases and any(QUOTES & set(form) for form, _ in morphology.generate(a.lemma))
               for a in whole_analyses(word))


def _nominative_first(readings: Sequence[Reading]) -> bool:
    """A man's name that the dictionary knows only in the nominative ("Jerzy", "Jesse", "Wallace"
    as a man's): no other case of it is a man's."""
    mans = [r for r in readings if "m1" in r.genders and r.number == "sg"]
    return bool(mans) and all(r.case in ("nom", "voc") for r in mans)


_OBLIQUE_ENDING = re.compile(r"(?:ego|emu|owi|em|ym|im)$")


def _declined_surname(word: str, readings: Sequence[Reading], case: str) -> bool:
    """A man's surname that is surely in ``case``: one with an ending no nominative has
    ("Satanowskiego", "Jacksonowi", "Kowalskim"), known in that case and in no nominative, or
    unknown with that ending ("Pecorellego")."""
    if not _OBLIQUE_ENDING.search(word):
        return False  # ("Leszek Husa", "Zbyszek Lepki" are nominatives as often as not)
    if readings:
        mans = [r for r in readings if "m1" in r.genders and r.number == "sg"]
        return any(r.case == case for r in mans) and not any(r.case == "nom" for r in mans)
    return any(e.case == case and e.gender == "m1" and e.weight >= 2 for e in _ending_guesses(word))


def _maria(readings: Iterable[Reading], case: str, surname: bool = False) -> list[Reading]:
    """A woman's first name after a man's keeps its gender: "Jana Marii Rokity" -> "Jan Maria"; so
    does a ``surname`` right after his name that SGJP knows only as a feminine noun in "-a", which
    it declines like: "Piotra Ciosę" -> "Piotr Ciosa" (not a place after "z": "Jana z Dukli")."""
    return [r for r in readings if r.case == case and r.number == "sg" and "f" in r.genders
            and (FIRST_NAME in r.analysis.name_classes
                 or surname and set(r.analysis.name_classes) <= {"nazwa_pospolita"} and r.analysis.pos == "subst"
                 and r.analysis.lemma.endswith("a")
                 and r.analysis.lemma[:1].islower())]


def _person_word(word: str, case: str, gender: str, inner: bool = False, surname: bool = False) -> str:
    parts = word.split("-")
    if len(parts) > 1 and all(_is_name_word(p) for p in parts) and not whole_analyses(word):
        # A double surname inflects in both parts ("Nowaka-Jeziorańskiego"); a man's genitive and
        # accusative look alike but for a part in "-a" ("Mariusza Kędziorę-Sobczaka").
        return "-".join(_double_surname_part(p, case, gender) for p in parts)
    rs = [r for r in _person_readings(word) if r.case == case and r.number == "sg" and gender in r.genders]
    if not rs and gender == "m1" and inner and (maria := _maria(_person_readings(word), case, surname)):
        return inflect(word, maria[0].analysis, "nom", "sg", ["f"]) or word
    if rs:
        rs.sort(key=lambda r: (
            -(bool(NAME_CLASSES & set(r.analysis.name_classes))),
            -lemma_count(r.analysis),
            r.analysis.pos != "subst",
            r.analysis.lemma[:1].isupper() != word[:1].isupper(),
        ))
        for r in rs:
            form = inflect(word, r.analysis, "nom", "sg", [gender])
            if form:
                return form
        return word
    if any(r.analysis.lemma[:1].isupper() or r.analysis.name_classes for r in _person_readings(word)):
        return word  # a known name that cannot be read this way: leave it
    # A common word's reading that does not fit ("Poptomowa" read as an adjective "poptomowy")
    # leaves the word to its endings ("Włodzimierza Poptomowa" -> "Poptomow").
    for e in _ending_guesses(word):
        if e.case == case and e.gender == gender:
            base = word[: len(word) - len(e.ending)] + e.replace
            if not e.replace and _is_known_name(base + "e") and not _is_known_name(base):
                return base + "e"  # "Brucem", "Georgem": Bruce, George keep their "-e"
            return _restore_stem(base, word, gender)
    return word


def _double_surname_part(part: str, case: str, gender: str) -> str:
    form = _person_word(part, case, gender)
    other = {"gen": "acc", "acc": "gen"}.get(case)
    if form == part and gender == "m1" and other \
            and any(r.case == other and gender in r.genders for r in _person_readings(part)):
        form = _person_word(part, other, gender)
    return form


def _is_known_name(word: str) -> bool:
    return any(PERSON_CLASSES & set(a.name_classes) for a in whole_analyses(word))


_VOWEL_LETTERS = frozenset("aąeęioóuyáéíóúýěůäôöü")
_FOREIGN_MAN_GENITIVE = re.compile(r"[áčďéěíľĺňóřšťúůýžőűöü].*[^aąeęioóuyáéíóúýěůäôöü]a$", re.IGNORECASE)
# Consonants after which a final "k" takes back the "e" the inflected forms drop (Czech and
# Slovak "Frantisek" -> "Frantiskiem", like Polish "Franciszek" -> "Franciszkiem").
_FLEETING_E = re.compile(r"[sšzžčdtťďňřłmńśźćb]k$")  # not "ck" ("Dickiem" is Dick), "rk" (Stenmark)
_SOFT_SPELLING = {"ń": "ni", "ś": "si", "ź": "zi", "ć": "ci"}
# Czech and Slovak letters: a feminine "-ová" surname inflected the Polish way ("Kováčovą").
_CZECH_SLOVAK = re.compile(r"[áčďéěíľĺňřšťúůýž]")


def _restore_stem(base: str, word: str, gender: str) -> str:
    """The nominative of an unknown name after its ending is stripped: "Frantisk" -> "Frantisek",
    "Kováčova" -> "Kováčová"."""
    if gender == "m1" and _FLEETING_E.search(base) and base != word:
        # A soft consonant before the "e" is spelt with "i" ("Muńka" -> "Muniek").
        return base[:-2] + _SOFT_SPELLING.get(base[-2], base[-2]) + "ek"
    if gender == "m1" and base != word and len(base) > 2:
        # A foreign first name komunikat lists may lose its "e" too: "Pavlem" -> "Pavel".
        names = word_set("people_first_names.txt")
        with_e = base[:-1] + "e" + base[-1]
        if base not in names and with_e in names:
            return with_e
    if gender == "f" and base.endswith("ova") and _CZECH_SLOVAK.search(base.lower()):
        return base[:-1] + "á"
    return base


@_across_documents
def person_base_words(texts: Sequence[str], context: frozenset[str] = frozenset()) -> list[str]:
    """Nominative of each word of a personal name: ["Kamila", "Pendowskiego"] -> ["Kamil", "Pendowski"]."""
    # Foreign names inflected after an apostrophe ("Hardy'ego") lose the Polish ending.
    # The ending after the apostrophe tells the case ("Pierre'a Bezuchowa" is a genitive).
    marked = {i: _APOSTROPHE_CASES.get(m.group(2), frozenset()) for i, t in enumerate(texts)
              if (m := _APOSTROPHE_ENDING.match(t))}
    texts = [m.group(1) if (m := _APOSTROPHE_ENDING.match(t)) else t for t in texts]
    if len(texts) == 1 and len(texts[0]) > 2 and texts[0].isalpha() and texts[0].islower():
        texts = [texts[0][0].upper() + texts[0][1:]]  # "zosia", "otello": a name, capitalised
    letters = [c for t in texts for c in t if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and any(sum(c.isalpha() for c in t) >= 4 for t in texts):
        # "EWA BIEŃKOWSKA" (a signature in capitals), "GOMBROWICZ": NKJP writes them title-cased.
        texts = [t if _known_acronym(t) else _title(t) for t in texts]
    inner = _unquote(texts)
    if inner is not None:
        return [texts[0], *person_base_words(texts[1:-1], context), texts[-1]]
    if len(texts) > 1 and _ROMAN_WITH_PERIOD.match(texts[-1]):
        # "Wilhelma II." at the end of a sentence: a regnal number takes no period.
        return [*person_base_words(texts[:-1], context), texts[-1][:-1]]
    family = _family(texts)
    if family is not None:
        return family
    particle = texts[0].lower()
    if len(texts) > 1 and texts[0][:1].isupper() and particle in word_set("normalize_particles.txt") \
            and _is_name_word(texts[1]):
        # "De Gaulle" at the start of a sentence is "de Gaulle"; "Św. Antoniego" is "św. Antoni".
        return [particle, *person_base_words(texts[1:], context)]
    shared = _shared_surname(texts)
    if shared is not None:
        # "Anna i Marek Borkowscy", "Lecha i Jarosława Kaczyńskich": the first names are one
        # person's, named with the surname in the singular.
        plural_cases = {c for a in whole_analyses(texts[-1]) for c in a.cases}
        agree = frozenset(f"{c}/{g}" for c in plural_cases for g in ("m1", "f"))
        return [*person_base_words(texts[:-1], context | agree), shared]
    plan = _person_plan(texts, context, marked)
    if plan is None or plan[0] == "nom":
        return list(texts)
    case, gender = plan
    names = [i for i, t in enumerate(texts) if _is_name_word(t)]
    out = []
    for i, t in enumerate(texts):
        if i in marked:
            out.append(t)
        elif _is_name_word(t):
            out.append(_person_word(t, case, gender, inner=i > names[0], surname=i - 1 in names))
        elif i < names[0] and t.isalpha() and t.islower():
            out.append(_agreeing_word(t, case, gender, frozenset({"adj"})))
        elif i > names[-1] and t.isalpha() and t.islower() and all(
                u.isalpha() and u.islower() for u in texts[names[-1] + 1:i]):
            # An epithet or apposition after the name is in its case ("Leona trzynastego",
            # "świętego Michała archanioła", "Krescencjusza młodszego").
            out.append(_agreeing_word(t, case, gender, NOUN_POS | frozenset({"adj"})))
        else:
            out.append(t)
    return out


def _agreeing_word(word: str, case: str, gender: str, pos: frozenset[str]) -> str:
    """A lower-case word that agrees with the name ("świętego Piotra" -> "święty Piotr")."""
    for r in _readings(whole_analyses(word), pos):
        if r.case == case and r.number == "sg" and gender in r.genders:
            return inflect(word, r.analysis, "nom", "sg", [gender]) or word
    return word


_UNKNOWN_FAMILY = re.compile(r"^(\w{3,})ów$")


def _family(texts: Sequence[str]) -> list[str] | None:
    """A lone surname that can only be plural names a family, in the plural nominative
    ("Kaczyńskich" -> "Kaczyńscy", "u Kossaków" -> "Kossakowie"), as NKJP names them."""
    name_idx = [i for i, t in enumerate(texts) if _is_name_word(t)]
    if len(name_idx) != 1:
        return None
    word = texts[name_idx[0]]
    if len(texts) == 1 and word[:1].isupper() and not whole_analyses(word) and (m := _UNKNOWN_FAMILY.match(word)):
        # An unknown surname in the genitive plural is a family ("kufry Niechciców", "u
        # Tajtelbaumów" -> "Tajtelbaumowie") nearly twice as often as one man named in it.
        return [m.group(1) + "owie"]
    named = [a for a in whole_analyses(word) if PERSON_CLASSES & set(a.name_classes)]
    if not named or any(a.number != "pl" or "nom" in a.cases for a in named):
        return None
    if any(FIRST_NAME in a.name_classes for a in named):
        # First names in the plural are people who share the name ("wszystkim Bożenom", "z
        # Olkami"), named by the name itself: the singular nominative. A bare stem that is only a
        # genitive plural ("Liz", "Violet") is rather a foreign name in the nominative.
        if all(a.cases == {"gen"} for a in named):
            return None
        firsts = sorted((a for a in named if FIRST_NAME in a.name_classes),
                        key=lambda a: (-lemma_count(a), "m1" not in a.genders))
        for a in firsts:
            form = inflect(word, a, "nom", "sg")
            if form:
                out = list(texts)
                out[name_idx[0]] = form
                return out
    for a in named:
        if SURNAME in a.name_classes and "m1" in a.genders and a.pos == "subst":
            # Of "Tyszkiewicze" and "Tyszkiewiczowie" the family is the latter.
            owie = [f for f, g in morphology.generate(a.lemma)
                    if g.tag.startswith("subst:pl:nom") and "m1" in g.tag and f.endswith("owie")]
            form = recase(word, owie[0]) if owie else inflect(word, a, "nom", "pl", ["m1"])
            if form:
                out = list(texts)
                out[name_idx[0]] = form
                return out
    return None


_PLURAL_SURNAME = re.compile(r"^(\w{3,}?)(?:owie|ów)$")
_ADJECTIVAL_SURNAME = re.compile(r"(?:sk|ck|dzk)i$")


def _shared_surname(texts: Sequence[str]) -> str | None:
    """The singular nominative of a surname in the plural after a first name ("Marek Borkowscy"
    -> "Borkowski", "Irena Kaczorowscy" -> "Kaczorowska", "Ethel Rosenborgowie" -> "Rosenborg")."""
    name_idx = [i for i, t in enumerate(texts) if _is_name_word(t)]
    if len(name_idx) < 2 or name_idx[-1] != len(texts) - 1:
        return None
    word = texts[-1]
    firsts = [t for t in texts[:-1] if _is_name_word(t)]
    if not any(FIRST_NAME in a.name_classes and a.number == "sg" for t in firsts for a in whole_analyses(t)):
        return None
    gender = gender_of(firsts) or "m1"
    analyses = whole_analyses(word)
    named = [a for a in analyses if PERSON_CLASSES & set(a.name_classes)]
    if named:
        if any(a.number != "pl" for a in named) or not all(SURNAME in a.name_classes for a in named) \
                or all(a.cases == {"loc"} for a in named):
            return None  # ("Alicja Barach": a locative plural is rather a surname of its own)
        lemmas = {a.lemma_base: a for a in named}
        # Of "Wilczek" and "Wilczko" (both "Wilczkowie") a man's surname ends in a consonant.
        masculine = min((lemma for lemma, a in lemmas.items() if "m1" in a.genders),
                        key=lambda lemma: (lemma[-1:] in _VOWEL_LETTERS, -lemma_count(lemmas[lemma]), lemma),
                        default=None)
        if masculine is None:
            return None
        if gender == "f":
            feminine = next((lemma for lemma, a in lemmas.items() if "f" in a.genders and lemma != masculine), None)
            base = feminine or (masculine[:-1] + "a" if _ADJECTIVAL_SURNAME.search(masculine) else masculine)
        else:
            base = masculine
        return recase(word, base)
    m = _PLURAL_SURNAME.match(word)
    if analyses or m is None:
        return None
    return m.group(1)


def _unquote(texts: Sequence[str]) -> Sequence[str] | None:
    """The words inside quotes when the whole name is quoted ("„Solidarności”")."""
    if len(texts) >= 3 and _is_quote(texts[0]) and _is_quote(texts[-1]):
        return texts[1:-1]
    return None


def person_base_tokens(span: Span) -> list[str]:
    """The nominative of each token of ``span`` (same length as the span)."""
    return person_base_words([t.text for t in span], _person_context(span))


_GLUED_INITIAL = re.compile(r"\b([A-ZĄĆĘŁŃÓŚŹŻ][a-z]?\.)(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_REAL_WORD = re.compile(r"[a-ząćęłńóśźżäöüéáíóú]{2}")


def _space_initials(name: str) -> str:
    """Initials before a name are separated by spaces: "C.G. Jung" -> "C. G. Jung", "J.Miszkiel"
    -> "J. Miszkiel" (initials alone, "J.B.", stay as written)."""
    return _GLUED_INITIAL.sub(r"\1 ", name) if _REAL_WORD.search(name) else name


@_per_doc
def person_base(span: Span) -> str:
    """Nominative of a personal name: "Jánem Prílepokiem" -> "Ján Prílepok"."""
    words = _words_from_span(span)
    forms = person_base_words([w.text for w in words], _person_context(span))
    return _space_initials(_join(words, forms))


def person_base_text(text: str, context: Iterable[str] = ()) -> str:
    words = _words_from_text(text)
    forms = person_base_words([w.text for w in words], frozenset(context))
    return _space_initials(_join(words, forms))


# --------------------------------------------------------------------------- dispatch


def base_form(span: Span, label: str) -> str:
    if label == "persName":
        return person_base(span)
    if label == "orgName":
        return org_base(span)
    if label in ("geogName", "placeName"):
        return place_base(span)
    return span.text
