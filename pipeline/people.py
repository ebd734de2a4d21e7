"""People: named persons with their roles, organisation and every mention.

A person is found from the shape of the words and their SGJP name classes, not from a gazetteer of
people:

* a first name (``imię`` in SGJP, or a foreign first name from ``people_first_names.txt``) followed
  by a capitalised word is "first name(s) + surname": "Kamila Pendowskiego", "Jan Adam Kłysz";
* with nothing capitalised after it, capitalised words before it are a surname written first:
  "Kovácsne Nagy Mária", "Samołazow Michaił Nikołajewicz" (a patronymic follows the first name);
* a title or a role noun right before capitalised unknown words marks a name even when no first
  name is known: "Pan Hrabko Anton", "Rektor Uniwersytetu w Nieżynie Aleksandr Samojlenko",
  "prezydent Wardziński" (a surname alone);
* later mentions of a known surname ("Pendowski", "panu Szefernakerowi") join that person.

Roles come from a role noun before the name ("wójt Gminy Spytkowice Mariusz Krystian") or after it
("Anna Nowak, prezes firmy Y"); the organisation from an organisation mention (``doc._.organizations``)
inside the role, after "z"/"ze" ("Kamil Pendowski z Podlaskiej Fundacji ..."), before
"reprezentowany przez", or on the line under a name in a contact block.

Streets, patrons, saints and photo credits ("ul. Jana Pawła II", "Uniwersytet Mikołaja Kopernika",
"Fot. Jan Nowak") are skipped, and so are names inside organisation mentions. When an NER model ran,
its persName entities add names the rules missed, if they still look like names.

Base forms come from :func:`pipeline.normalize.person_base`. Word lists are ``people_*.txt`` under
``pipeline/resources``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import morphology
from .items import Mention, Person, doc_text
from .normalize import gender_of, person_base
from .resources import table, word_list, word_set

# --- token classes -------------------------------------------------------------------------

_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")
_INITIAL = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ]$")
_INITIAL_DOT = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ]\.$")  # "L." kept whole before a lower-case-free word
_DASHES = frozenset({"-", "–", "—", "―"})
# Patronymics: "Nikołajewicz", "Konstantinowicz", "Iwanowna"; the stem must be a first name.
_PATRONYMIC = re.compile(r"^(.+?)(?:owicz|ewicz|icz|ovich|evich|ovič|evič|owna|ewna|ovna|evna|ichna|iczna)$")
# Case endings stripped to find the nominative of a foreign first name ("Yulii" -> "Yulia").
_CASE_ENDINGS = ("owi", "em", "om", "ie", "ii", "iego", "iemu", "a", "u", "y", "i", "ę", "ą", "ej")
# Finite verbs and other parts of speech that never sit inside a role phrase.
_VERB_POS = frozenset({"fin", "praet", "impt", "inf", "bedzie", "pred", "imps", "winien", "ger"})
_REGNAL = re.compile(r"^(?:X{0,2})(?:IX|IV|V?I{1,3}|V|X)$")
_REPRESENTED = re.compile(r"^reprezentowan[yaei]|^reprezentował|^reprezentuj")
_AFFILIATION = frozenset({"z", "ze"})


def _roles() -> frozenset[str]:
    return word_set("people_roles.txt")


def _titles() -> frozenset[str]:
    return word_set("people_titles.txt")


# Every predicate on the word alone is cached per word form: a press release repeats its words, and
# the rules ask the same questions about a token many times.


def _analyses(token: Token) -> tuple[morphology.Analysis, ...]:
    # The cached analyser itself: ``token._`` builds a new Underscore object on every access.
    return morphology.analyse(token.text)


@morphology.word_cache
def _lemmas_of(word: str) -> frozenset[str]:
    return frozenset(a.lemma_base.lower() for a in morphology.analyse(word))


def _lemmas(token: Token) -> frozenset[str]:
    return _lemmas_of(token.text)


def is_title(token: Token) -> bool:
    text = token.text
    if _title_word(text):
        return True
    doc, i = token.doc, token.i
    if text == ".":
        # The period the tokenizer split from an abbreviated rank: "podkom" ".".
        if i == 0 or doc[i - 1].whitespace_:
            return False
        prev = doc[i - 1].text
        return _title_word(prev + ".") or (_rank_prefix(prev) and is_title(doc[i - 1]))
    if _title_word(text + ".") and i + 1 < len(doc) and not token.whitespace_ and doc[i + 1].text == ".":
        return True
    if _rank_prefix(text):
        # "st. asp.", "mł. bryg.": a title only before another title.
        k = i + (2 if not token.whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "." else 1)
        return k < len(doc) and not _rank_prefix(doc[k].text) and is_title(doc[k])
    return False


@morphology.word_cache
def _rank_prefix(word: str) -> bool:
    prefixes = word_set("people_rank_prefixes.txt")
    return word.lower() in prefixes or word.lower() + "." in prefixes


def _opens_sentence(token: Token) -> bool:
    """A sentence start, except after a title whose period the tokenizer split off ("podkom" "." "Jan")."""
    if not token.is_sent_start:
        return False
    doc, i = token.doc, token.i
    return not (i >= 2 and doc[i - 1].text == "." and is_title(doc[i - 1]))


@morphology.word_cache
def _title_word(word: str) -> bool:
    low = word.lower()
    if low in _titles():
        return True
    # "Panem", "Panią", "Panu": forms of address inflect.
    return low.startswith("pan") and bool(_lemmas_of(word) & {"pan", "pani"})


def is_role(token: Token) -> bool:
    return _role_word(token.text)


@morphology.word_cache
def _role_word(word: str) -> bool:
    if not _WORD.match(word) or _title_word(word):
        return False
    roles = _roles()
    return word.lower() in roles or bool(_lemmas_of(word) & roles)


def _is_cap_word(token: Token) -> bool:
    return _cap_word(token.text)


# Irish, French and Italian surnames: "O'Leary", "D'Angelo".
_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]?'[A-Z][a-ząćęłńóśźż]+$")


@morphology.word_cache
def _cap_word(text: str) -> bool:
    if _APOSTROPHE_NAME.match(text):
        return True
    base, apostrophe, ending = text.rpartition("'")
    if apostrophe and len(base) >= 3 and ending in _APOSTROPHE_ENDINGS:
        return _cap_word(base)  # "pokonał Zacha Fucale'a": a Polish ending after a silent letter
    if not _WORD.match(text) or not text[0].isupper():
        return False
    # Acronyms and mixed case ("PFRR", "PK", "MiG") are organisations, not names.
    return all(part[:1].isupper() and (len(part) == 1 or part[1:].islower()) for part in text.split("-"))


@morphology.word_cache
def _foreign_first_name(text: str) -> bool:
    names = word_set("people_first_names.txt")
    if text in names:
        return True
    if any(a.lemma[:1].islower() for a in morphology.analyse(text) if a.pos != "ign"):
        return False  # "Przewodniczący Rady Nadzorczej": a common word's form is no listed name's ("Radek")
    for ending in _CASE_ENDINGS:
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            stem = text[: -len(ending)]
            if any(stem + back in names for back in ("", "a", "ia", "ek", "o")):
                return True
    return False


_APOSTROPHE_ENDINGS = frozenset({"a", "em", "owi", "u", "ie", "m", "go", "mu", "ego", "emu", "ym", "y"})


def _is_upper_word(token: Token) -> bool:
    return _upper_word(token.text)


@morphology.word_cache
def _upper_word(text: str) -> bool:
    return len(text) >= 3 and text.isupper() and bool(_WORD.match(text))


def is_first_name(token: Token) -> bool:
    text = token.text
    if _upper_word(text):
        return _upper_first_name(text)
    return _first_name_form(text) and not _capital_from_position(token)


@morphology.word_cache
def _upper_first_name(text: str) -> bool:
    """Contact blocks and signatures in capitals: "ZBIGNIEW ROMASZEWSKI"."""
    if any(a.pos in _FUNCTION_POS for a in morphology.analyse(text.lower())):
        return False  # "ALE JAK", "TYLKO ROKU": a headline in capitals
    return _first_name_word(text.capitalize())


@morphology.word_cache
def _first_name_form(text: str) -> bool:
    """A capitalised first name, wherever it stands."""
    base, apostrophe, ending = text.rpartition("'")
    if apostrophe and base and ending in _APOSTROPHE_ENDINGS:
        return _first_name_form(base)  # "Jean-Pierre'a", "Pierre'owi": a Polish ending after a silent letter
    if not _cap_word(text) or _title_word(text) or _role_word(text):
        return False
    if "-" in text:
        # "Anna-Maria" is a first name; "Pol-Orsa" (a club) is not because "Pol" is.
        return all(_first_name_word(part) for part in text.split("-"))
    return _first_name_word(text)


@morphology.word_cache
def _first_name_word(word: str) -> bool:
    analyses = morphology.analyse(word)
    # Persons only: "Pegaz" is SGJP's first name of a horse (m2).
    # Singular only: "Tomaszów Mazowiecki" is a town, not the plural of "Tomasz".
    for a in analyses:
        if morphology.FIRST_NAME in a.name_classes and a.genders & {"m1", "f"} and a.number != "pl":
            return True
    return _foreign_first_name(word)


def _surname_after(given: Token, token: Token) -> bool:
    """``token`` can be the surname after the first name ``given``."""
    if _is_upper_word(given):
        doc = given.doc
        # A name in capitals stands out from its line; a whole line in capitals is a headline.
        if given.i > 0 and _glued(doc[given.i - 1], given) and _is_upper_word(doc[given.i - 1]):
            return False
        if token.i + 1 < len(doc) and _glued(token, doc[token.i + 1]) and _is_upper_word(doc[token.i + 1]):
            return False
        word = token.text.lower()
        return _is_upper_word(token) and word not in _roles() and word not in word_set("people_non_names.txt")
    # "Dariusz W." is an anonymised name, not a surname.
    if len(token.text) < 2:
        return False
    if is_name_word(token) or _month_surname(token):
        return _names_agree(given.text, token.text)
    return _role_homograph_surname(given, token)


def _month_surname(token: Token) -> bool:
    """A month capitalised inside a sentence after a first name is a surname: "Halina Kwiecień"."""
    return _cap_word(token.text) and not _opens_sentence(token) \
        and bool(_lemmas_of(token.text) & word_set("people_month_surnames.txt"))


@morphology.word_cache
def _names_agree(given: str, surname: str) -> bool:
    """A first name and a surname SGJP both knows share a case (and the gender, when SGJP has the
    surname in it): "Lecha Wałęsy", "Anny Nowak", not "Lecha Poznań" (a man's surname inflects)."""
    first = _name_readings(given, morphology.FIRST_NAME)
    last = _name_readings(surname, morphology.SURNAME)
    if not first or not last:
        return True
    for gender in {g for _c, g in first}:
        cases = {c for c, g in first if g == gender}
        # SGJP may lack a woman's form of a foreign surname ("Margaret Thatcher"): any gender then.
        same = {c for c, g in last if g == gender} or {c for c, _g in last}
        if cases & same:
            return True
    return False


def _name_readings(word: str, name_class: str) -> frozenset[tuple[str, str]]:
    return frozenset(
        (case, gender)
        for a in morphology.analyse(word)
        if name_class in a.name_classes and a.number != "pl"
        for case in a.cases
        for gender in a.genders & {"m1", "f"}
    )


def _role_homograph_surname(given: Token, token: Token) -> bool:
    """A role noun SGJP also knows as a surname, in the first name's case: "Mirosławem Sołtysem",
    "Janowi Wójtowi". Followed by a capitalised word it heads a role ("Janem Burmistrzem Nowego
    Targu" is not read as a surname)."""
    if not (_cap_word(token.text) and _role_word(token.text)) or _capital_from_position(token):
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and _glued(token, doc[token.i + 1]) and doc[token.i + 1].text[:1].isupper():
        return False
    return bool(_class_cases(given.text, morphology.FIRST_NAME) & _class_cases(token.text, morphology.SURNAME))


@morphology.word_cache
def _class_cases(word: str, name_class: str) -> frozenset[str]:
    """Cases of the singular readings of ``word`` in one SGJP name class."""
    out: set[str] = set()
    for a in morphology.analyse(word):
        if name_class in a.name_classes and a.number != "pl":
            out |= a.cases
    return frozenset(out)


# Surnames shaped like adjectives from place names ("Otyńska" from Otyń) that SGJP lists only as adjectives.
_SKI_SURNAME = re.compile(r"(?:sk|ck|dzk)(?:i|a|iego|iej|iemu|im|ą)$")


def _surname_needs_cue(token: Token) -> bool:
    """SGJP knows the word as a place or an adjective and not as a name: "Wisła Kraków", "Przemysł
    Węglowy", "Halą Targową". A title or a role before the name makes it a person anyway."""
    return _surname_needs_cue_word(token.text)


@morphology.word_cache
def _surname_needs_cue_word(text: str) -> bool:
    analyses = morphology.analyse(text)
    if not morphology.is_known(analyses) or _upper_word(text):
        return False
    if morphology.has_class(analyses, morphology.SURNAME) or morphology.has_class(analyses, morphology.FIRST_NAME):
        return False
    if morphology.has_class(analyses, morphology.GEOGRAPHIC):
        return True
    return any(a.pos == "adj" for a in analyses) and not _SKI_SURNAME.search(text)


def is_patronymic(token: Token) -> bool:
    return _patronymic_word(token.text)


@morphology.word_cache
def _patronymic_word(text: str) -> bool:
    if not _cap_word(text):
        return False
    m = _PATRONYMIC.match(text)
    if not m:
        return False
    stem = m.group(1)
    # From the father's name: a man's first name ("Nikołaj" in "Nikołajewicz"; "Krysia" does not make
    # "Krysiewicz" a patronymic).
    for candidate in (stem, stem + "a", stem + "j", stem[:-1] + "j" if stem.endswith("i") else stem):
        if any(morphology.FIRST_NAME in a.name_classes and "m1" in a.genders for a in morphology.analyse(candidate)) \
                or _foreign_first_name(candidate):
            return True
    return False


def _non_name(token: Token) -> bool:
    return _non_name_word(token.text)


@morphology.word_cache
def _non_name_word(text: str) -> bool:
    non_names = word_set("people_non_names.txt")
    return text.lower() in non_names or bool(_lemmas_of(text) & non_names)


_FUNCTION_POS = frozenset({"prep", "conj", "comp", "qub", "adv", "interj", "ppron12", "ppron3", "siebie", "pred"})


def _capital_from_position(token: Token) -> bool:
    """A word capitalised only because it opens a sentence and SGJP knows it as a function word
    ("Od Adamowa po Żelechów", "Ani Amway Polska, ani ...")."""
    doc = token.doc
    opens = _opens_sentence(token) or (token.i > 0 and doc[token.i - 1].is_punct and doc[token.i - 1].is_sent_start)
    return opens and any(a.pos in _FUNCTION_POS for a in _analyses(token))


def is_name_word(token: Token) -> bool:
    """A capitalised word that may be part of a person's name."""
    return _name_form(token.text) and not _capital_from_position(token)


@morphology.word_cache
def _name_form(text: str) -> bool:
    first, _, second = text.partition("-")
    if second[:1].isupper() and first[:1].isupper() and _cap_word(text):
        # a double-barrelled surname is a name when either part is one: "Piątek-Woźniak" (SGJP
        # reads the whole as "piątek"), "Gruszka-Maj"
        return _name_form(first) or _name_form(second)
    return _cap_word(text) and not _title_word(text) and not _role_word(text) and not _non_name_word(text)


def is_surname_like(token: Token) -> bool:
    """A name word that SGJP knows as a surname or does not know at all."""
    return is_name_word(token) and _surname_like_form(token.text)


@morphology.word_cache
def _surname_like_form(text: str) -> bool:
    analyses = morphology.analyse(text)
    return (
        not morphology.is_known(analyses)
        or morphology.has_class(analyses, morphology.SURNAME)
        or morphology.has_class(analyses, morphology.FIRST_NAME)
    )


def is_proper_only(token: Token) -> bool:
    """A name word SGJP does not know as a common word, an adjective or only as a place."""
    return _proper_only_form(token.text) and not _capital_from_position(token)


@morphology.word_cache
def _proper_only_form(text: str) -> bool:
    if not _name_form(text):
        return False
    analyses = morphology.analyse(text)
    for a in analyses:
        if a.pos == "ign":
            continue
        if "nazwa_pospolita" in a.name_classes or (a.lemma[:1].islower() and a.pos != "subst"):
            return False
        if morphology.GEOGRAPHIC in a.name_classes and not morphology.has_class(analyses, morphology.SURNAME):
            return False
        if a.lemma[:1].islower():
            return False
    return True


def _glued(a: Token, b: Token) -> bool:
    """``b`` follows ``a`` on the same line, separated by plain spaces only."""
    return b.i == a.i + 1 and "\n" not in a.whitespace_


# --- context ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Context:
    doc: Doc
    blocked: set[int]  # tokens inside organisation mentions
    places: set[int]  # tokens inside location mentions
    org_spans: list[tuple[int, int, str]]  # (start_char, end_char, organisation name)
    taken: set[int] = field(default_factory=set)
    lines: list[Span] = field(default_factory=list)
    ner: dict[int, Span] = field(default_factory=dict)  # persName entities by start token, if a model ran
    text: str = ""  # doc.text, which spaCy rebuilds on every access
    texts: list[str] = field(default_factory=list)  # token texts, read once


def _mention_spans(items) -> list[tuple[int, int, str]]:
    out = []
    for item in items or []:
        for m in getattr(item, "mentions", None) or []:
            out.append((m.start_char, m.end_char, item.name))
    return out


def _context(doc: Doc) -> _Context:
    orgs = _mention_spans(doc._.organizations)
    places = _mention_spans(doc._.locations)
    # doc.ents scans every token; without a model there is nothing to read.
    ner = {ent.start: ent for ent in doc.ents if ent.label_ == "persName"} if doc.has_annotation("ENT_IOB") else {}
    text = doc_text(doc)
    blocked = _token_set(doc, orgs) - _names_closing_orgs(doc, orgs)
    return _Context(
        doc, blocked, _token_set(doc, places), orgs, lines=_lines(doc, text), ner=ner, text=text,
        texts=[text[i : i + n] for i, n in doc.to_array([IDX, LENGTH]).tolist()] if len(doc) else [],
    )


def _names_closing_orgs(doc: Doc, spans: list[tuple[int, int, str]]) -> set[int]:
    """A first name and surname in the nominative closing an organisation mention in another case
    belong to a person, not to the name: "w Ministerstwie Transportu ... Martin Hudák". A patron is
    in the genitive ("Fundacja Stefana Batorego", "Uniwersytetu Mikołaja Kopernika") and stays."""
    out: set[int] = set()
    for start, end, _name in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        given, surname = span[-2], span[-1]
        if not (_first_name_form(given.text) and _cap_word(surname.text) and _glued(given, surname)):
            continue
        given_cases = _class_cases(given.text, morphology.FIRST_NAME)
        if not given_cases and given.text in word_set("people_first_names.txt"):
            given_cases = frozenset({"nom"})  # a foreign first name as written: "Martin", "Peter"
        head_cases = frozenset().union(*(a.cases for a in _analyses(span[0]) if a.pos == "subst"))
        if "nom" in head_cases and len(head_cases) >= 4 and span.start > 0:
            head_cases = _case_before(doc[span.start - 1]) or head_cases
        if "nom" in given_cases and head_cases and not head_cases & given_cases:
            out.update((given.i, surname.i))
        elif _class_cases(given.text, morphology.FIRST_NAME) == frozenset({"nom"}) and _owner_closes(span):
            out.update((given.i, surname.i))  # "Stolarstwo Jan Wiśniewski": the owner, named in a firm's name
    return out


def _case_before(prev: Token) -> frozenset[str]:
    """The cases an indeclinable head ("Muzeum", "Centrum") is in, read from the word before it: an
    adjective agrees with it ("tamtejszego Muzeum"), a lower-case noun governs its genitive
    ("dyrektorka Muzeum ..."), a preposition its own cases ("w Centrum ...")."""
    found = _analyses(prev)
    if not prev.text.islower():
        return frozenset()
    adjectives = [a for a in found if a.pos == "adj"]
    if adjectives:
        return frozenset().union(*(a.cases for a in adjectives))
    if any(a.pos == "prep" for a in found):
        return frozenset().union(*(a.cases for a in found if a.pos == "prep"))
    if any(a.pos == "subst" for a in found):
        return frozenset({"gen"})
    return frozenset()


def _owner_closes(span: Span) -> bool:
    """A firm named after its owner: a trade word ("Stolarstwo Jan Wiśniewski") or a quoted name
    ("„Drogbud” Jan Kowalczyk") right before the first name, or trade words in the nominative
    ("Piekarnia Cukiernia Ryszard Gąsior"); a patron would be in the genitive."""
    return len(span) == 3 or span[-3].text in "”\"" or all(
        _cap_word(t.text) and any(a.pos == "subst" and a.number == "sg" and "nom" in a.cases for a in _analyses(t))
        for t in span[:-2])


def _token_set(doc: Doc, spans: list[tuple[int, int, str]]) -> set[int]:
    out: set[int] = set()
    for start, end, _name in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _blocked_before(doc: Doc, start: int, depth: int = 0) -> bool:
    """A street, patron, saint or photo credit opens right before the name, or before the name this
    one is joined to ("im. Jana i Jędrzeja Śniadeckich", "Uniwersytet Marii i Ludwika Pasteura":
    two patrons)."""
    if depth == 0 and start >= 2 and doc[start - 1].text in ("i", "oraz") \
            and "gen" in _class_cases(doc[start].text, morphology.FIRST_NAME):
        for k in (start - 2, start - 3):
            if k >= 0 and _is_cap_word(doc[k]) and "gen" in _class_cases(doc[k].text, morphology.FIRST_NAME) \
                    and _blocked_before(doc, k, depth + 1):
                return True
    blockers = word_set("people_blockers.txt")
    credits = word_set("people_credits.txt")
    i = start - 1
    # Skip initials and titles: "ul. gen. J. Bema", "im. M. Gogola".
    while i >= 0 and (doc[i].text == "." or _INITIAL.match(doc[i].text) or doc[i].text.lower() in _titles() or is_title(doc[i])):
        i -= 1
    if i >= 0 and doc[i].text.lower() in blockers:
        return True
    # A saint's epithet between: "pw. Najświętszej Marii Panny", "im. Błogosławionej Karoliny".
    if i >= 1 and _is_cap_word(doc[i]) and any(a.pos == "adj" and "gen" in a.cases for a in _analyses(doc[i])):
        k = i - 1
        while k >= 0 and doc[k].text == ".":
            k -= 1
        if k >= 0 and doc[k].text.lower() in word_set("people_patron_markers.txt"):
            return True
    # A patron with his office: "ul. Marszałka Józefa Piłsudskiego", "al. Prezydenta Lecha Kaczyńskiego".
    if i >= 1 and is_role(doc[i]) and doc[i - 1].text.lower() in blockers and doc[i - 1].text.lower() not in _PLACE_PREPOSITIONS:
        if any("gen" in a.cases for a in _analyses(doc[i]) if a.lemma_base.lower() in _roles()):
            return True
    # A patron: "Uniwersytet Mikołaja Kopernika", unless a role heads it ("Dyrektor Muzeum Jan Kowalski").
    if i >= 0 and i == start - 1 and any(a.lemma_base.lower() in word_set("people_patron_heads.txt") for a in _analyses(doc[i]) if a.pos == "subst"):
        roles = [k for k in range(max(0, i - 3), i) if is_role(doc[k])]
        if not roles or _patron_genitive(doc, roles[-1], start):
            return True
    # Credits: "Fot. Jan Nowak", "foto: Jan Nowak", "Zdjęcia: ..." on the same line.
    j = start - 1
    while j >= 0 and start - j <= 4 and "\n" not in doc[j].text:
        if doc[j].text.lower() in credits and _credit_at(doc, j):
            return True
        if "\n" in doc[j].whitespace_ and j < start - 1:
            break
        j -= 1
    return False


def _patron_genitive(doc: Doc, role: int, start: int) -> bool:
    """"z rektorem Uniwersytetu Marii Curie-Skłodowskiej": a first name in the genitive that the role
    is not in names the patron; "Dyrektor Muzeum Jan Kowalski" is the director."""
    name_cases = _class_cases(doc[start].text, morphology.FIRST_NAME)
    role_cases = {c for a in _analyses(doc[role]) if a.lemma_base.lower() in _roles() for c in a.cases}
    return "gen" in name_cases and not name_cases & role_cases


def _credit_at(doc: Doc, j: int) -> bool:
    """A credit word opens its line or a parenthesis, or a colon follows it ("Fot. Jan Nowak", "(fot.
    Jan Nowak)", "zdjęcia: Jan Nowak"); "Nagrodę za zdjęcia jury przyznało Janowi Nowakowi" is no credit."""
    if doc[j].text.lower() in ("fot.", "fot", "foto", "zdj."):
        return True  # abbreviations are only ever credits
    return j == 0 or "\n" in doc[j - 1].whitespace_ or doc[j - 1].text in ("(", "[", "|", "/") \
        or j + 1 < len(doc) and doc[j + 1].text in (":", "-", "–") or doc[j].text[:1].isupper()


# Blockers that are prepositions: "przy Prezydencie RP" is not a street.
_PLACE_PREPOSITIONS = frozenset({"w", "we", "przy"})

_HOUSE_NUMBER = re.compile(r"^\d{1,3}[a-zA-Z]?(?:/\d{1,3}[a-zA-Z]?)?$")


def _house_number_after(doc: Doc, end: int) -> bool:
    """"A. Mickiewicza 5", "Tumska 9": a street with a house number."""
    return end < len(doc) and "\n" not in doc[end - 1].whitespace_ and bool(_HOUSE_NUMBER.match(doc[end].text))


_OPENING_QUOTES = frozenset({"„", '"', "«", "»", "‚", "“", "'"})
_CLOSING_QUOTES = frozenset({"”", '"', "»", "«", "’", "“", "'"})


def _quoted(doc: Doc, cand: _Candidate) -> bool:
    """The whole name is in quotes: a title, a brand or a ship ("„Król Lew”", "„Pierre Cardin”")."""
    return (
        cand.start > 0
        and cand.end < len(doc)
        and doc[cand.start - 1].text in _OPENING_QUOTES
        and doc[cand.end].text in _CLOSING_QUOTES
    )


def _org_at(ctx: _Context, start_char: int, end_char: int) -> str | None:
    """The organisation whose mention lies within [start_char, end_char); the last one wins."""
    found = None
    for s, e, name in ctx.org_spans:
        if s >= start_char and e <= end_char:
            if found is None or s >= found[0]:
                found = (s, name)
    return found[1] if found else None


def _org_starting(ctx: _Context, start_char: int) -> str | None:
    for s, _e, name in ctx.org_spans:
        if s == start_char:
            return name
    return None


# --- name spans ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    start: int  # token indices of the name (no titles, no roles)
    end: int
    order: tuple[int, ...]  # token indices in first-name-first order
    surname: int  # token index of the surname (last word of the name)
    rule: str


def _usable(ctx: _Context, token: Token) -> bool:
    return token.i not in ctx.blocked and token.i not in ctx.places and token.i not in ctx.taken


def _usable_with_first_name(ctx: _Context, token: Token) -> bool:
    """Like :func:`_usable`; location mentions are checked on the whole name (:func:`_first_name_rule`)."""
    return token.i not in ctx.blocked and token.i not in ctx.taken


def _first_name_rule(ctx: _Context, i: int) -> _Candidate | None:
    """First name(s) + [patronymic] + surname, or surname(s) + first name(s) + [patronymic].

    Inside a location mention the name needs more: a surname SGJP knows or a title or role before
    it. "Jan Kowalski" stays a person even if taken for a place; "Dąbrówka Sowice" does not.
    """
    cand = _first_name_match(ctx, i)
    if cand is not None and _named_place_elsewhere(ctx, cand) and not _cue_before(ctx, cand.start):
        return None
    if cand is None or not any(t in ctx.places for t in range(cand.start, cand.end)):
        return cand
    if cand.rule == "surname_first" and all(t in ctx.places for t in range(cand.start, cand.end)) \
            and any(a.pos == "adj" for a in _analyses(ctx.doc[cand.start])):
        return None  # "ukraiński Stary Sambor": an adjective and a noun naming a place, not "Sambor Stary"
    if _cue_before(ctx, cand.start):
        return cand
    if _town_with_adjective(ctx, cand):
        return None
    if morphology.has_class(_analyses(ctx.doc[cand.surname]), morphology.SURNAME):
        return cand
    return None


def _named_place_elsewhere(ctx: _Context, cand: _Candidate) -> bool:
    """A town and its adjective written as a place the text names elsewhere: "odwiedzi Lewin Brzeski"
    after "gminy Lewin Brzeski, Skarbimierz i Olszanka" (Lewin is also a first name)."""
    doc = ctx.doc
    if cand.end - cand.start != 2 or any(t in ctx.places for t in range(cand.start, cand.end)):
        return False
    first, second = doc[cand.start], doc[cand.start + 1]
    if not morphology.has_class(_analyses(first), morphology.GEOGRAPHIC) or not any(a.pos == "adj" for a in _analyses(second)):
        return False
    text = f"{ctx.texts[cand.start]} {ctx.texts[cand.start + 1]}"
    return any(loc.name == text for loc in ctx.doc._.locations or [])


def _town_with_adjective(ctx: _Context, cand: _Candidate) -> bool:
    """A place found as a whole that reads as a town and its adjective: "przez Wodzisław Śląski do
    Chałupek", "gminy Lewin Brzeski, Skarbimierz i Olszanka" (Wodzisław, Lewin are also towns;
    Śląski, Brzeski adjectives), not a person named like them."""
    doc = ctx.doc
    if cand.end - cand.start != 2 or not all(t in ctx.places for t in range(cand.start, cand.end)):
        return False
    if cand.start - 1 in ctx.places or cand.end in ctx.places:
        return False  # part of a longer place
    first, second = doc[cand.start], doc[cand.start + 1]
    return morphology.has_class(_analyses(first), morphology.GEOGRAPHIC) \
        and any(a.pos == "adj" for a in _analyses(second))


def _first_name_match(ctx: _Context, i: int) -> _Candidate | None:
    doc = ctx.doc
    if not is_first_name(doc[i]) or not _usable_with_first_name(ctx, doc[i]):
        return None
    if i > 0 and _glued(doc[i - 1], doc[i]) and is_first_name(doc[i - 1]) and _usable_with_first_name(ctx, doc[i - 1]) \
            and _first_names_agree(ctx.texts[i - 1], ctx.texts[i]):
        return None  # not the first of the first names
    given = [i]
    j = i + 1
    while j < len(doc) and _glued(doc[j - 1], doc[j]) and is_first_name(doc[j]) and _usable_with_first_name(ctx, doc[j]) and len(given) < 3 \
            and _first_names_agree(ctx.texts[j - 1], ctx.texts[j]):
        given.append(j)
        j += 1
    patronymic = []
    if j < len(doc) and _glued(doc[j - 1], doc[j]) and is_patronymic(doc[j]) and _usable_with_first_name(ctx, doc[j]):
        # A patronymic is followed by the surname ("Michaił Nikołajewicz Samołazow") or preceded by
        # it ("Samołazow Michaił Nikołajewicz"); otherwise "-owicz" is the surname ("Jan Adamowicz").
        surname_next = j + 1 < len(doc) and _glued(doc[j], doc[j + 1]) and is_surname_like(doc[j + 1])
        surname_before = i > 0 and _glued(doc[i - 1], doc[i]) and is_surname_like(doc[i - 1]) and _usable_with_first_name(ctx, doc[i - 1])
        if surname_next or surname_before:
            patronymic.append(j)
            j += 1
    # Surname after the first names, maybe after a middle initial or a particle ("Witalij L. Ginzburg",
    # "Charles de Coster").
    k = j
    if not patronymic:
        if k + 2 < len(doc) and _INITIAL.match(doc[k].text) and doc[k + 1].text == "." and _glued(doc[k - 1], doc[k]):
            k += 2
        elif k + 1 < len(doc) and _INITIAL_DOT.match(doc[k].text) and _glued(doc[k - 1], doc[k]):
            k += 1
        while k < len(doc) and k - j < 2 and doc[k].text in word_set("people_particles.txt") and _glued(doc[k - 1], doc[k]):
            k += 1
    if k < len(doc) and _glued(doc[k - 1], doc[k]) and _surname_after(doc[i], doc[k]) and _usable_with_first_name(ctx, doc[k]):
        if k == j and k + 1 < len(doc) and is_first_name(doc[k]) and not _first_names_agree(ctx.texts[i], ctx.texts[k]) \
                and _glued(doc[k], doc[k + 1]) and is_surname_like(doc[k + 1]):
            return None  # "Sławy Marek Jaworski": Marek opens the name
        if not _surname_needs_cue(doc[k]) or _cue_before(ctx, i):
            if _second_surname(ctx, i, k):
                k += 1
            return _Candidate(i, k + 1, tuple(given + patronymic + list(range(j, k + 1))), k, "first_name+surname")
    # A ruler's or a pope's name: first names and a Roman numeral ("Jan Paweł II", "Karola III").
    if j < len(doc) and _glued(doc[j - 1], doc[j]) and _REGNAL.match(ctx.texts[j]) \
            and not (j + 1 < len(doc) and _glued(doc[j], doc[j + 1]) and _is_cap_word(doc[j + 1])):
        return _Candidate(i, j + 1, tuple(given) + (j,), j, "regnal")
    # Surname written first: "Kovácsne Nagy Mária", "Samołazow Michaił Nikołajewicz".
    # Surname-first order is the style of lists and signatures: nominative, and no verb after it
    # ("Lockheed Martin planuje ..." is a company, "o Nowym Mirze" a magazine).
    # (a verb after two first names still leaves the second one as the surname: "Marek Ryś zapowiedział")
    surname_first = not (any(not _nominative_or_unknown(doc[g]) for g in given) or (j < len(doc) and _is_verb(doc[j])))
    before = []
    k = i - 1
    while surname_first and k >= 0 and _glued(doc[k], doc[k + 1]) and is_surname_like(doc[k]) and _nominative_or_unknown(doc[k]) and _usable_with_first_name(ctx, doc[k]) and len(before) < 2:
        if is_first_name(doc[k]) and not morphology.has_class(_analyses(doc[k]), morphology.SURNAME):
            break
        before.insert(0, k)
        k -= 1
    if before and not _blocked_before(doc, before[0]):
        return _Candidate(before[0], j, tuple(given + patronymic + before), before[-1], "surname_first")
    # Two first names with nothing else: the last one is the surname ("Grzegorzem Dominikiem"), also
    # one SGJP lists only as a first name after a title or role ("prof. Marcin Filipek").
    if len(given) >= 2 and (morphology.has_class(_analyses(doc[given[-1]]), morphology.SURNAME)
                            or len(given) == 2 and _cue_before(ctx, i)):
        return _Candidate(i, given[-1] + 1, tuple(given), given[-1], "first_names")
    return None


def _second_surname(ctx: _Context, given: int, surname: int) -> bool:
    """Spanish and Portuguese names carry two surnames: "María José García López", "Javier Ruiz
    Ortega"; Scandinavian ones a middle name: "Magnusa Abelvika Røda". Only after a first name SGJP
    does not know, or with both words unknown to it, and both foreign to SGJP's common words."""
    doc = ctx.doc
    nxt = surname + 1
    if nxt >= len(doc) or not _glued(doc[surname], doc[nxt]) or nxt in ctx.places or nxt in ctx.blocked:
        return False
    if is_first_name(doc[nxt]):
        return False
    if _name_readings(ctx.texts[given], morphology.FIRST_NAME) and (
            morphology.is_known(_analyses(doc[surname])) or morphology.is_known(_analyses(doc[nxt]))):
        return False
    if not (is_proper_only(doc[surname]) and is_proper_only(doc[nxt]) and is_surname_like(doc[nxt])) \
            and not _foreign_last_name(ctx, given, surname, nxt):
        return False
    return not (nxt + 1 < len(doc) and _glued(doc[nxt], doc[nxt + 1]) and _is_cap_word(doc[nxt + 1]))


def _foreign_last_name(ctx: _Context, given: int, surname: int, nxt: int) -> bool:
    """"Mette Kjærgaard Holm": after a first name and a surname SGJP does not know, a capitalised
    word it knows only as a rare noun ("holm") is the last surname, when no other capital follows."""
    doc = ctx.doc
    if _name_readings(ctx.texts[given], morphology.FIRST_NAME) or morphology.is_known(_analyses(doc[surname])):
        return False
    found = _analyses(doc[nxt])
    return is_name_word(doc[nxt]) and bool(found) and all(a.pos == "subst" for a in found) \
        and not (nxt + 1 < len(doc) and doc[nxt + 1].text[:1].isalpha())


@morphology.word_cache
def _first_names_agree(first: str, second: str) -> bool:
    """Two first names of one person share a case: "burmistrz Sławy Marek Jaworski" is the mayor of
    Sława (a genitive), then Marek (a nominative). A name SGJP does not inflect agrees with any."""
    a = {c for c, _g in _name_readings(first, morphology.FIRST_NAME)}
    b = {c for c, _g in _name_readings(second, morphology.FIRST_NAME)}
    return not a or not b or bool(a & b)


def _names_an_institution(ctx: _Context, end: int) -> bool:
    """An English institution word right after the name: "Maria Curie-Skłodowska University",
    "John Paul II Hospital"."""
    doc = ctx.doc
    return end < len(doc) and _glued(doc[end - 1], doc[end]) and ctx.texts[end][:1].isupper() \
        and ctx.texts[end].lower() in word_set("people_non_names.txt") and ctx.texts[end].isascii() \
        and not morphology.is_known(_analyses(doc[end]))


def _anonymised(doc: Doc, cand: _Candidate) -> bool:
    """"Roberta P.", "Markowi W.": a first name and the initial of the surname, as courts and the
    police write suspects' names; no surname is given, so no person is listed."""
    last = doc[cand.end - 1]
    return cand.end - cand.start == 2 and bool(_INITIAL.match(last.text)) and cand.end < len(doc) \
        and doc[cand.end].text == "." and is_first_name(doc[cand.start])


def _nominative_or_unknown(token: Token) -> bool:
    analyses = _analyses(token)
    return not morphology.is_known(analyses) or any("nom" in a.cases for a in analyses if a.pos in ("subst", "adj"))


def _is_verb(token: Token) -> bool:
    return any(a.pos in ("fin", "praet", "bedzie") for a in _analyses(token))


def _is_place_only(token: Token) -> bool:
    """SGJP knows the word as a place and not as a surname ("w Kijowie", "Łodzi")."""
    analyses = _analyses(token)
    if morphology.has_class(analyses, morphology.SURNAME) and not morphology.has_class(analyses, morphology.GEOGRAPHIC):
        return False
    return morphology.has_class(analyses, morphology.GEOGRAPHIC)


def _singular_role(token: Token) -> bool:
    """A role noun naming one person ("prezydent"), not a group ("Przedstawiciele Apple")."""
    return is_role(token) and any(a.number != "pl" for a in _analyses(token) if a.lemma_base.lower() in _roles())


def _cue_before(ctx: _Context, start: int) -> bool:
    """A title or a role phrase ends right before ``start``."""
    doc = ctx.doc
    if start == 0 or _opens_sentence(doc[start]):
        return False
    prev = doc[start - 1]
    if "\n" in prev.whitespace_:
        return False
    if is_title(prev) or _nationality(prev):
        return True
    return _role_start_before(ctx, start) is not None


def _nationality(token: Token) -> bool:
    """"Amerykanin Jaylen Brooks", "Litwinką Gabiją ...": a capitalised common noun naming a person
    of a nation right before a name."""
    if _opens_sentence(token):
        return False
    return any(a.pos == "subst" and a.lemma_base[:1].isupper() and a.number == "sg" and a.genders & {"m1", "f"}
               and set(a.name_classes) == {"nazwa_pospolita"} for a in _analyses(token))


def _cue_after(ctx: _Context, end: int) -> bool:
    """A role noun follows the name, possibly after a dash or comma ("X Y – Burmistrz ...")."""
    return _role_after(ctx, end) is not None


def _unknown_pair_rule(ctx: _Context, i: int) -> _Candidate | None:
    """Capitalised words SGJP knows only as names (or not at all), with a title or role cue.

    "Pan Hrabko Anton", "Rektor Uniwersytetu w Nieżynie Aleksandr Samojlenko", "prezydent Wardziński".
    """
    doc = ctx.doc
    if not is_proper_only(doc[i]) and _usable(ctx, doc[i]):
        return _common_surname_after_role(ctx, i)
    if not is_proper_only(doc[i]) or not _usable(ctx, doc[i]):
        return None
    if i > 0 and _glued(doc[i - 1], doc[i]) and is_proper_only(doc[i - 1]) and _usable(ctx, doc[i - 1]):
        return None
    words = [i]
    j = i + 1
    while j < len(doc) and _glued(doc[j - 1], doc[j]) and is_proper_only(doc[j]) and _usable(ctx, doc[j]) and len(words) < 3:
        words.append(j)
        j += 1
    if _blocked_before(doc, i):
        return None
    if len(words) == 1:
        return _surname_alone(ctx, i)
    if len(words) == 3 and _cue_before(ctx, i) and ctx.texts[i] in {ctx.texts[k] for k in ctx.places}:
        # "nadburmistrz Görlitz Octavian Ursu": the role's town (a place of the text), then the name
        return _Candidate(words[1], j, tuple(words[1:]), words[-1], "cue+words")
    cued = _cue_before(ctx, i) or _cue_after(ctx, j) or any(is_patronymic(doc[w]) for w in words[1:])
    # "Wladimir Bazilewicz z Czernihowskiego Uniwersytetu Technicznego".
    cued = cued or (
        j + 1 < len(doc) and doc[j].text in _AFFILIATION and _org_starting(ctx, doc[j + 1].idx) is not None
    )
    if not cued:
        return None
    # Order: a patronymic follows the first name; a known first name goes first.
    for p in range(1, len(words)):
        if is_patronymic(doc[words[p]]):
            given = words[p - 1 : p + 1]
            rest = [w for w in words if w not in given]
            if rest:
                return _Candidate(words[0], j, tuple(given + rest), rest[-1], "cue+patronymic")
    if len(words) == 3 and _cue_before(ctx, i) and is_first_name(doc[words[1]]) \
            and not is_first_name(doc[words[0]]) and not is_first_name(doc[words[2]]):
        # "dyrektorka Nationalmuseum Susanna Pettersson": the role's body, then the name
        return _Candidate(words[1], j, tuple(words[1:]), words[-1], "cue+words")
    given = [w for w in words if is_first_name(doc[w])]
    if given and len(given) < len(words) and given[0] != words[0]:
        rest = [w for w in words if w not in given]
        return _Candidate(words[0], j, tuple(given + rest), rest[-1], "cue+surname_first")
    return _Candidate(words[0], j, tuple(words), words[-1], "cue+words")


def _surname_alone(ctx: _Context, i: int) -> _Candidate | None:
    """A surname right after a title or a role noun: "prezydent Wardziński", "Pan Kowalski"."""
    doc = ctx.doc
    tok = doc[i]
    if i == 0 or not _glued(doc[i - 1], tok):
        return None
    prev = doc[i - 1]
    if not (is_title(prev) or _singular_role(prev)):
        return None
    # Not a place ("Starostą Župčan Panem ..."), nor the start of a longer name or phrase.
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and _glued(tok, nxt) and (is_title(nxt) or _is_cap_word(nxt)):
        return None
    analyses = _analyses(tok)
    if morphology.is_known(analyses) and not morphology.has_class(analyses, morphology.SURNAME):
        return None
    if is_first_name(tok):
        return None  # "Pana Tadeusza", "Pani Ewa": a first name alone is not enough
    if not any(a.number != "pl" for a in analyses if morphology.SURNAME in a.name_classes) and morphology.is_known(analyses):
        return None  # "Apple" read as the plural of the surname "Appel"
    if morphology.has_class(analyses, morphology.GEOGRAPHIC):
        return None  # "arcybiskup Paryża"
    if not morphology.is_known(analyses) and is_role(prev):
        # An unknown word after a role ("Burmistrz Nagykallo", "prezes Inaleksu") is more often a
        # place or a company; after a title ("panu Szefernakerowi") it is a surname.
        return None
    return _Candidate(i, i + 1, (i,), i, "cue+surname")


def _common_surname_after_role(ctx: _Context, i: int) -> _Candidate | None:
    """A surname that is also a common word, capitalised right after a role noun in the same case:
    "Trener Wróbel zapowiada", "zdaniem trenera Wróbla" (wróbel is also a sparrow)."""
    doc = ctx.doc
    tok = doc[i]
    if i == 0 or not _glued(doc[i - 1], tok) or not tok.text[:1].isupper() or tok.text.isupper():
        return None
    prev = doc[i - 1]
    if not _singular_role(prev) or _blocked_before(doc, i):
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and _glued(tok, nxt) and (is_title(nxt) or _is_cap_word(nxt)):
        return None
    analyses = _analyses(tok)
    if is_first_name(tok):
        return None
    # A place after a role is in the genitive whatever the role's case ("wójt Wróbla"); a surname
    # stands in apposition, in the role's case. Both genitive after the head of a territory
    # ("wójta Wróbla") stays ambiguous: the place wins; after other roles ("trenera Wróbla") a person.
    role_readings = [a for a in _analyses(prev) if a.lemma_base.lower() in _roles() and a.number != "pl"]
    agreeing = [r for r in role_readings for a in analyses
                if morphology.SURNAME in a.name_classes and a.number != "pl" and a.cases & r.cases and a.genders & r.genders]
    if not agreeing:
        return None
    if any(a.pos == "adj" and a.cases & r.cases and a.genders & r.genders for a in analyses for r in role_readings):
        return None  # "Komendanta Wojewódzkiego": an adjective of the role, not a surname
    role_cases = {c for r in agreeing for c in r.cases}
    territorial = any(r.lemma_base.lower() in _role_territories() for r in agreeing)
    if morphology.has_class(analyses, morphology.GEOGRAPHIC) and territorial and role_cases <= {"gen", "acc"}:
        return None
    # "burmistrz Koła" in a text about the town of Koło: the genitive of a place the text names.
    if territorial and any(morphology.GEOGRAPHIC in a.name_classes and "gen" in a.cases
                           and a.lemma_base in _place_names(doc) for a in analyses):
        return None
    return _Candidate(i, i + 1, (i,), i, "cue+surname")


def _place_names(doc: Doc) -> frozenset[str]:
    return frozenset(loc.name for loc in doc._.locations or [])


def _initials_rule(ctx: _Context, i: int) -> _Candidate | None:
    """"J. A. Kłysz": initials and a surname (joined to a known person later)."""
    doc = ctx.doc
    k = i
    n = 0
    while k + 1 < len(doc) and _INITIAL.match(doc[k].text) and doc[k + 1].text == ".":
        k += 2
        n += 1
    if n == 0 or k >= len(doc) or not is_surname_like(doc[k]) or not _usable(ctx, doc[k]):
        return None
    if i > 0 and (doc[i - 1].text == "." or _INITIAL.match(doc[i - 1].text)):
        return None
    if _blocked_before(doc, i):
        return None
    return _Candidate(i, k + 1, tuple(range(i, k + 1)), k, "initials")


def _ner_rule(ctx: _Context, i: int) -> _Candidate | None:
    """A persName entity of the NER model, when one ran, that the rules above did not read.

    The model is an extra signal only: its span must still look like a name (capitalised name
    words, not a place, not after a street or credit word).
    """
    ent = ctx.ner.get(i)
    if ent is None or any(not _usable(ctx, t) for t in ent):
        return None
    words = [t for t in ent if t.text not in word_set("people_particles.txt")]
    if not words or not all(is_name_word(t) for t in words):
        return None
    if len(words) == 1:
        tok = words[0]
        analyses = _analyses(tok)
        if is_first_name(tok) or _capital_from_position(tok):
            return None  # a first name alone ("Marta") is not enough
        if morphology.has_class(analyses, morphology.GEOGRAPHIC) or not (
            morphology.has_class(analyses, morphology.SURNAME) or not morphology.is_known(analyses)
        ):
            return None
        return _Candidate(tok.i, tok.i + 1, (tok.i,), tok.i, "ner")
    given = [t.i for t in words if is_first_name(t)]
    rest = [t.i for t in ent if t.i not in given]
    if given and rest and given[0] != ent.start:
        return _Candidate(ent.start, ent.end, tuple(given + rest), rest[-1], "ner")
    return _Candidate(ent.start, ent.end, tuple(t.i for t in ent), ent.end - 1, "ner")


# A romanised Korean given name: "Ji-hoon", "Min-jung", maybe with a Polish case ending ("Ji-hoonem").
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,8}$")
_POLISH_ENDINGS = ("owi", "iem", "em", "om", "ie", "a", "u", "y", "ę", "ą")
_SYLLABLE_END = "nglkmprt"  # a romanised syllable that can take a Polish ending ends in a consonant


def _east_asian_surname(text: str) -> str | None:
    """The family name a word is a form of: "Parkiem" -> "Park", "Lee" -> "Lee"."""
    names = word_set("people_east_asian_surnames.txt")
    if text in names:
        return text
    for ending in _POLISH_ENDINGS:
        if text.endswith(ending) and text[: -len(ending)] in names:
            return text[: -len(ending)]
    return None


def _east_asian_given(token: Token) -> str | None:
    """A romanised given name without its Polish case ending ("Ji-hoonem" -> "Ji-hoon"), or a short
    word no dictionary reads as a common word ("Wei", "Thi", "Lan")."""
    text = token.text
    if _HYPHENATED_GIVEN.match(text):
        head, _, tail = text.partition("-")
        for ending in _POLISH_ENDINGS:
            rest = tail[: -len(ending)]
            if tail.endswith(ending) and len(rest) >= 2 and rest[-1] in _SYLLABLE_END:
                return f"{head}-{rest}"
        return text
    if not (2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and text[1:].islower()):
        return None
    if any(a.lemma_base[:1].islower() for a in _analyses(token) if a.pos != "ign") and len(text) > 3:
        return None  # "Park Wodny", "Kim jest": common words
    return text


def _is_common_given(token: Token) -> bool:
    return any(a.lemma_base[:1].islower() or morphology.FIRST_NAME in a.name_classes
               for a in _analyses(token) if a.pos != "ign")


def _east_asian_rule(ctx: _Context, i: int) -> _Candidate | None:
    """A Korean, Chinese or Vietnamese name, family name first: "Parkiem Ji-hoonem", "Zhang Wei",
    "Nguyen Thi Lan". Listed first name first ("Ji-hoon Park", "Wei Zhang"), so that a later
    "prof. Zhang" joins it."""
    doc = ctx.doc
    if _east_asian_surname(ctx.texts[i]) is None or i in ctx.blocked or i in ctx.taken:
        return None
    given = []
    j = i + 1
    while j < len(doc) and len(given) < 2 and _glued(doc[j - 1], doc[j]) and j not in ctx.blocked \
            and _east_asian_given(doc[j]) is not None:
        given.append(j)
        j += 1
    if not given:
        return None
    hyphenated = any(_HYPHENATED_GIVEN.match(ctx.texts[g]) for g in given)
    # A bare short word after a place or a common word is not enough ("Park Lan"); a family name
    # SGJP does not know ("Zhang Wei") or a hyphenated given name ("Kim Sung-ho") is.
    if not hyphenated and (i in ctx.places or morphology.is_known(_analyses(doc[i]))
                           and not morphology.has_class(_analyses(doc[i]), morphology.SURNAME)):
        return None
    if not hyphenated and any(_is_common_given(doc[g]) for g in given) and morphology.is_known(_analyses(doc[i])):
        return None  # "Wang Lei" (an unknown family name) but not "Kim Lei"
    if not hyphenated and any(j2 in ctx.places for j2 in given):
        return None
    return _Candidate(i, j, tuple(given) + (i,), i, "east_asian")


def _east_asian_name(doc: Doc, cand: _Candidate) -> str:
    words = [_east_asian_given(doc[k]) or doc[k].text for k in cand.order[:-1]]
    return " ".join([*words, _east_asian_surname(doc[cand.surname].text) or doc[cand.surname].text])


def _couple_rule(ctx: _Context, i: int) -> _Candidate | None:
    """Two first names sharing a surname in the plural: "Ewy i Jana Kowalów", "Anna i Jan
    Nowakowie" are Ewa Kowal and Jan Kowal; one candidate per first name (its mention is the first
    name, the surname is read from the plural)."""
    doc = ctx.doc
    if i + 3 < len(doc) and ctx.texts[i + 1] in ("i", "oraz") and is_first_name(doc[i]) and is_first_name(doc[i + 2]):
        first, other, surname = i, i + 2, i + 3
    elif i >= 2 and i + 1 < len(doc) and ctx.texts[i - 1] in ("i", "oraz") and is_first_name(doc[i - 2]) \
            and is_first_name(doc[i]):
        first, other, surname = i, i - 2, i + 1
    else:
        return None
    if not all(_glued(doc[k], doc[k + 1]) for k in range(min(first, other), surname)) or surname in ctx.blocked:
        return None
    if _plural_surname(doc[surname].text, _given_readings(ctx.texts[first])) is None \
            or _plural_surname(doc[surname].text, _given_readings(ctx.texts[other])) is None:
        return None
    end = surname + 1 if first == i and surname == i + 1 else first + 1
    return _Candidate(first, end, (first, surname), surname, "couple")


def _given_readings(word: str) -> list[morphology.Analysis]:
    return [a for a in morphology.analyse(word) if morphology.FIRST_NAME in a.name_classes and a.number == "sg"]


def _plural_surname(word: str, given: list[morphology.Analysis]) -> str | None:
    """The surname of one of a couple named by a plural ("Kowalów" -> Kowal; "Kowalskich" ->
    Kowalska for a woman), in the first name's case."""
    cases = {c for a in given for c in a.cases}
    readings = [a for a in morphology.analyse(word) if morphology.SURNAME in a.name_classes and a.number == "pl"
                and a.cases & cases]
    if not readings or not given:
        return None
    woman = "f" in given[0].genders
    same = [a for a in readings if ("f" in a.genders) == woman]
    if same:
        return same[0].lemma_base
    lemma = readings[0].lemma_base
    if woman and re.search(r"(?:sk|ck|dzk)i$", lemma):
        return lemma[:-1] + "a"
    return lemma


def _couple_name(doc: Doc, cand: _Candidate) -> str:
    given = _given_readings(doc[cand.start].text)
    return f"{given[0].lemma_base} {_plural_surname(doc[cand.surname].text, given)}"


def _author_after_work(ctx: _Context, i: int) -> _Candidate | None:
    """A surname in the genitive right after a quoted work names its author: "„Halka” Moniuszki",
    "„Rusałkę” Dvořáka", "„Cyganerię” Pucciniego" (a composer, a writer, a painter)."""
    doc = ctx.doc
    tok = doc[i]
    if i < 3 or ctx.texts[i - 1] not in _CLOSING_QUOTES or not _glued(doc[i - 1], tok) or not _is_cap_word(tok):
        return None
    if not doc[i - 1].whitespace_:
        return None  # an apostrophe inside a word: "„Rak’n’Roll”"
    opening = next((k for k in range(i - 2, max(i - 10, 0) - 1, -1) if ctx.texts[k] in _OPENING_QUOTES), None)
    if opening is None or any("\n" in doc[k].whitespace_ for k in range(opening, i)):
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and _glued(tok, nxt) and (_is_cap_word(nxt) or nxt.text in _OPENING_QUOTES):
        return None  # "„Halka” Stanisława Moniuszki" is the first-name rule's; "„Halka” Teatru ..." an owner
    analyses = _analyses(tok)
    if morphology.is_known(analyses):
        # "Moniuszki" is also a village: the surname's genitive singular decides.
        if is_first_name(tok) or not any(morphology.SURNAME in a.name_classes and a.number != "pl" and "gen" in a.cases
                                         for a in analyses):
            return None
    elif not (is_proper_only(tok) and tok.text.endswith(("a", "ego"))):
        return None
    return _Candidate(i, i + 1, (i,), i, "author")


def _surname_cases(tok: Token) -> frozenset[str]:
    """The cases of a capitalised word SGJP reads only as a surname in the singular."""
    analyses = _analyses(tok)
    if not analyses or not _is_cap_word(tok) or is_first_name(tok) \
            or any(morphology.SURNAME not in a.name_classes or a.number == "pl" for a in analyses):
        return frozenset()
    return frozenset().union(*(a.cases for a in analyses))


def _listed_surname(ctx: _Context, i: int) -> _Candidate | None:
    """Bare surnames listed before a full name in their case name people too: "prace jego uczniów –
    Wyspiańskiego, Mehoffera i Witolda Wojtkiewicza" (the list ends in a first name and surname)."""
    doc = ctx.doc
    cases = _surname_cases(doc[i])
    if not cases:
        return None
    j = i + 1
    while j + 1 < len(doc) and ctx.texts[j] in (",", "i", "oraz") and "\n" not in doc[j - 1].whitespace_:
        nxt = doc[j + 1]
        if j + 1 in ctx.taken:
            given = {c for a in _analyses(nxt) if morphology.FIRST_NAME in a.name_classes for c in a.cases}
            return _Candidate(i, i + 1, (i,), i, "listed") if is_first_name(nxt) and given & cases else None
        cases = cases & _surname_cases(nxt)
        if not cases:
            return None
        j += 2
    return None


_RULES = (_couple_rule, _first_name_rule, _east_asian_rule, _unknown_pair_rule, _initials_rule, _ner_rule,
          _author_after_work, _listed_surname)


# --- roles -----------------------------------------------------------------------------------


def _role_start_before(ctx: _Context, start: int) -> int | None:
    """Index of the role noun that opens a role phrase ending right before ``start``.

    The phrase touches the name, or reaches it through titles ("Dyrektor Biura ..., Pan Adam
    Krajewski"); "starosta kaliski i Ewa Woźniak" is not Ewa Woźniak's role.
    """
    doc = ctx.doc
    i = start - 1
    if i < 0 or "\n" in doc[i].whitespace_ or doc[i].is_space:
        return None
    titled = False
    while i >= 0 and is_title(doc[i]) and not _opens_sentence(doc[i + 1]):
        i -= 1
        titled = True
    # "Dyrektor ..., Pan Adam Krajewski", "Członek Zarządu – Anna Nowak".
    if i >= 0 and (doc[i].text == "," and titled or doc[i].text in _DASHES):
        i -= 1
    # "sekretarz stanu w Ministerstwie Infrastruktury (MI) Jerzy Kowalczyk": the organisation's acronym.
    opening = _acronym_in_parentheses(doc, i)
    if opening is not None:
        i = opening - 1
    if i < 0 or i in ctx.taken or doc[i].is_punct or doc[i].text.lower() in ("i", "oraz", "a"):
        return None
    # The role noun nearest the name heads the phrase ("z Burmistrzem MiG Narol Panem ..."),
    # extended left over role nouns it depends on ("Zastępca Dyrektora Biura ...").
    found = None
    steps = 0
    while i >= 0 and steps < 12:
        tok = doc[i]
        if i in ctx.taken:
            break
        if is_role(tok):
            found = i
            while True:
                while found > 0 and is_role(doc[found - 1]) and doc[found - 1].i not in ctx.taken and _glued(doc[found - 1], doc[found]):
                    found -= 1
                governor = _governing_role(ctx, found)
                if governor is None:
                    break
                found = governor
            # "Małopolski Kurator Oświaty": a capitalised adjective of the office before the role noun
            prev = doc[found - 1] if found > 0 else None
            if prev is not None and prev.i not in ctx.taken and _glued(prev, doc[found]) and prev.text[:1].isupper() \
                    and not _opens_sentence(prev) and any(
                        a.pos == "adj" and a.cases & r.cases for a in _analyses(prev)
                        for r in _analyses(doc[found]) if r.lemma_base.lower() in _roles()):
                found -= 1
            break
        # "Poseł na Sejm RP": a preposition the role noun before it governs does not end the phrase.
        linked = i > 0 and tok.text.lower() in word_set("people_role_links.txt") and is_role(doc[i - 1]) and _glued(doc[i - 1], tok)
        # a dash inside an organisation's name does not end the phrase ("Instytutu ... – Komisji ...")
        inside_org = tok.i in ctx.blocked and i > 0 and doc[i - 1].i in ctx.blocked
        if tok.is_punct and tok.text not in ("ds.", "-") and not inside_org \
                or (tok.text.lower() in word_set("people_role_stops.txt") and not linked):
            break
        if any(a.pos in _VERB_POS for a in _analyses(tok)) and not any(a.pos in ("subst", "adj") for a in _analyses(tok)):
            break
        if _opens_sentence(tok) or tok.is_space or (i > 0 and ("\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space)):
            break
        steps += 0 if tok.i in ctx.blocked else 1  # a long organisation name counts as one step
        i -= 1
    return found


def _governing_role(ctx: _Context, i: int) -> int | None:
    """The role noun a role noun in an oblique case depends on, across adjectives and genitives:
    "Rzecznik prasowy Komendanta ...", "Dyrektor Gabinetu Marszałka" (not "z Burmistrzem ...",
    which has no role before it)."""
    doc = ctx.doc
    if any("nom" in a.cases for a in _analyses(doc[i]) if a.lemma_base.lower() in _roles()):
        return None
    k = i - 1
    while k >= 0 and i - k <= 3 and _glued(doc[k], doc[k + 1]) and k not in ctx.taken:
        if is_role(doc[k]):
            return k
        if not any(a.pos == "adj" or (a.pos == "subst" and "gen" in a.cases) for a in _analyses(doc[k])):
            return None
        k -= 1
    return None


def _acronym_in_parentheses(doc: Doc, i: int) -> int | None:
    """Index of "(" when ``doc[i]`` closes an acronym in parentheses on one line: "(MI)", "(KMP)"."""
    if i < 2 or doc[i].text != ")":
        return None
    for k in range(i - 1, max(i - 4, 0), -1):
        if doc[k].text == "(":
            inner = doc[k + 1 : i]
            if k + 1 < i and "\n" not in doc[k:i].text and _acronym(inner[0].text):
                return k
            return None
    return None


def _acronym(word: str) -> bool:
    """"MI", "KMP", "PKP-PLK", "UMWP": two or more letters, all capitals."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _role_after(ctx: _Context, end: int) -> tuple[int, int] | None:
    """(start, end) of a role phrase right after a name: "Jan Zalewski Starosta Pułtuski"."""
    doc = ctx.doc
    i = _skip_spaces(doc, end)
    if i >= len(doc) or "\n" in doc[i - 1].whitespace_:
        return None
    if doc[i].text in _DASHES or doc[i].text in (",", "("):
        i += 1  # "Jan Kowalski (prezes zarządu)" too
    # "dr hab. inż. Janusz Mikuła, prof. PK - Dziekan Wydziału ...": skip a title and its school.
    if i + 1 < len(doc) and is_title(doc[i]) and doc[i + 1].text.isupper():
        i += 2
        if i < len(doc) and doc[i].text in _DASHES:
            i += 1
    i = _skip_spaces(doc, i)
    if i >= len(doc) or not is_role(doc[i]):
        return None
    # A plural role ("przedstawiciele samorządu") describes a group, not this person.
    if not any(a.number == "sg" or a.number is None for a in _analyses(doc[i]) if a.lemma_base.lower() in _roles()):
        return None
    start = i
    j = i + 1
    while j < len(doc) and j - start < 12:
        tok = doc[j]
        if "\n" in doc[j - 1].whitespace_ or _opens_sentence(tok) or tok.is_space:
            break
        if tok.is_punct and tok.text not in ("ds.",):
            break
        if tok.text.lower() in word_set("people_role_stops.txt") or tok.like_num or tok.text[:1].isdigit():
            break
        # "... z 5-osobową delegacją", "... ze Słowacji": the role has ended.
        if tok.text in _AFFILIATION and j + 1 < len(doc) and (doc[j + 1].text[:1].isdigit() or doc[j + 1].text[:1].isupper()):
            break
        if any(a.pos in _VERB_POS for a in _analyses(tok)) and not any(a.pos in ("subst", "adj", "prep", "conj") for a in _analyses(tok)):
            break
        # "..., starosta kaliski i Ewa Woźniak": the role ends before the next person.
        if tok.text.lower() == "i" and j + 1 < len(doc) and (j + 1 in ctx.taken or is_title(doc[j + 1])):
            break
        # The phrase runs into the next name: it is that person's role ("..., Zastępcę Wacława Zonia").
        if is_title(tok) or j in ctx.taken:
            return None
        j += 1
    # Drop trailing prepositions and conjunctions.
    while j > start + 1 and doc[j - 1].text.lower() in ("i", "w", "we", "z", "ze", "do", "dla", "ds.", "oraz"):
        j -= 1
    return start, j


def _skip_spaces(doc: Doc, i: int) -> int:
    """Skip extra spaces within a line ("Beata Jóźwiak  Wicestarosta Pułtuski")."""
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text and "\n" not in doc[i - 1].whitespace_:
        i += 1
    return i


def _nominative(token: Token, gender: str | None = None) -> str:
    """Nominative singular of a role noun: "Burmistrzem" -> "burmistrz", "Radna" -> "radna"."""
    roles = _roles()
    low = token.text.lower()
    if low in roles:
        return low
    lemmas = [a.lemma_base.lower() for a in _analyses(token) if a.lemma_base.lower() in roles]
    if gender == "f":
        # "Przewodniczącą" has the lemmas "przewodnicząca" and "przewodniczący".
        fem = [lemma for lemma in lemmas if lemma.endswith("a")]
        if fem:
            return fem[0]
    return lemmas[0] if lemmas else low


def _adjective_nominative(token: Token, gender: str | None) -> str:
    """"Pułtuskim" -> "pułtuski", "Świętokrzyską" (with a feminine head) -> "świętokrzyska"."""
    for a in _analyses(token):
        if a.pos == "adj":
            form = _form(a.lemma, "adj", ("sg", "nom", gender or "m1"))
            if form:
                return form.lower()
    return token.text.lower()


def _feminine_only(tok: Token, cases: set[str]) -> str | None:
    """"f" when every singular adjective reading of ``tok`` in ``cases`` is feminine ("generalna")."""
    readings = [a for a in _analyses(tok) if a.pos == "adj" and a.number == "sg" and a.cases & cases]
    return "f" if readings and all(a.genders == {"f"} for a in readings) else None


def _place_not_adjective(doc: Doc, tok: Token) -> bool:
    """A capitalised adjective (maybe also a place) that cannot agree with the noun before it is a
    name: "Miasta Kłodzka" (Kłodzko), unlike "Powiatu Kłodzkiego"."""
    adjectives = [a for a in _analyses(tok) if a.pos == "adj"]
    others = [a for a in _analyses(tok) if a.pos not in ("adj", "ign")]
    if not adjectives or tok.i == 0 or any(morphology.GEOGRAPHIC not in a.name_classes for a in others):
        return False  # not an adjective, or also a common noun
    nouns = [n for n in _analyses(doc[tok.i - 1]) if n.pos == "subst"]
    if not nouns:
        return False
    return not any(
        a.cases & n.cases and a.genders & n.genders and a.number == n.number for a in adjectives for n in nouns
    )


def _form(lemma: str, pos: str, wanted: tuple[str, ...]) -> str | None:
    for form, a in morphology.generate(lemma):
        parts = a.tag.split(":")
        if parts[0] != pos:
            continue
        values = {v for p in parts[1:] for v in p.split(".")}
        if all(w in values for w in wanted) and (pos != "adj" or "pos" in values):
            return form
    return None


def _role_gender(token: Token) -> str | None:
    """"f" for feminine role nouns ("radna", "przewodnicząca"), not for "starosta" (m1)."""
    role_readings = [a for a in _analyses(token) if a.lemma[:1].islower() and a.lemma_base in _roles() and a.pos == "subst"]
    # "rzecznik" is also an indeclinable feminine noun ("pani rzecznik"); the masculine reading wins.
    if role_readings and all(a.genders == {"f"} for a in role_readings):
        return "f"
    return None


def _role_text(ctx: _Context, start: int, end: int) -> str:
    """A role phrase as the base form of its head and the rest as written."""
    doc = ctx.doc
    tokens = [t for t in doc[start:end] if not is_title(t) and t.text != ","]
    if not tokens:
        return ""
    head = tokens[0]
    gender = _role_gender(head)
    words = [_nominative(head, gender)]
    org_chars = [(s, e) for s, e, _ in ctx.org_spans]
    agree = True
    for tok in tokens[1:]:
        inside_org = any(s <= tok.idx < e for s, e in org_chars)
        if agree and not inside_org and any(a.pos == "adj" for a in _analyses(tok)) and head.text[:1].isupper() == tok.text[:1].isupper():
            # "Starostą Pułtuskim" -> "starosta pułtuski": an adjective agreeing with the head.
            head_cases = set().union(*(a.cases for a in _analyses(head))) if _analyses(head) else set()
            tok_cases = set().union(*(a.cases for a in _analyses(tok) if a.pos == "adj"))
            if head_cases & tok_cases:
                # "dyrektor generalna": the adjective follows the woman, not the noun.
                words.append(_adjective_nominative(tok, gender or _feminine_only(tok, head_cases & tok_cases)))
                continue
        agree = False
        # Place names keep their capital ("miasta Pułtusk"); adjectives from them do not ("powiatu kaliskiego").
        place = morphology.has_class(_analyses(tok), morphology.GEOGRAPHIC) and (
            not any(a.pos == "adj" for a in _analyses(tok))
            or any(morphology.GEOGRAPHIC in a.name_classes and a.lemma_base == tok.text for a in _analyses(tok))
        )
        if inside_org or any(c.isupper() for c in tok.text[1:]) or place:
            words.append(tok.text)
        elif is_role(tok):
            words.append(tok.text.lower())
        elif tok.text[:1].isupper() and _place_not_adjective(doc, tok):
            words.append(tok.text)
        else:
            words.append(tok.text.lower() if tok.text[:1].isupper() and morphology.is_known(_analyses(tok)) else tok.text)
    return " ".join(words)


# --- people ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    cand: _Candidate
    name: str
    roles: list[str]
    organization: str | None


def _feminine_first_name(words: list[Token], base: list[str]) -> list[str]:
    """"Jana Svobodová": next to a woman's surname that does not inflect the first name stays as
    written, though SGJP reads "Jana" as the genitive of "Jan"."""
    if len(words) != len(base):
        return base
    first = words[0].text
    if len(words) >= 2 and first.endswith("a") and first in word_set("people_first_names.txt") \
            and base[0] == first[:-1] and not morphology.is_known(_analyses(words[0])):
        # "María Fernanda Ospina": a woman's first name komunikat lists as written, so the unknown
        # words after it are in the nominative too, not masculine genitives losing their "-a".
        return [t.text if b == t.text[:-1] and not morphology.is_known(_analyses(t)) else b
                for t, b in zip(words, base, strict=True)]
    if len(words) != 2:
        return base
    given, surname = words[0].text, words[1].text
    feminine_surname = surname.endswith(tuple(word_list("people_feminine_surname_endings.txt")))
    if base[1] == surname and given.endswith("a") and base[0] != given and (
            feminine_surname or given in word_set("people_first_names.txt")):
        # (a foreign first name komunikat lists in the nominative keeps it: "lek. Oksana Dmytruk-Sala")
        return [given, base[1]]
    if base[1] == surname and feminine_surname and given.endswith("e") and base[0] != given:
        return [given, base[1]]  # "Lucie Holubová", "Marie Nováková": SGJP reads "Lucie" as a case of "Luto"
    return base


# Polish endings a foreign name SGJP does not know takes in a case, longest first, with what they
# replace: "Tomáša Kaloča" (gen), "Giorgim Beridzem", "Nenê Santosem" (inst), "Iker Goikoetxei" (dat).
_FOREIGN_ENDINGS = {
    "gen": (("iego", "i"), ("ego", ""), ("a", "")),
    "dat": (("iemu", "i"), ("owi", "")),
    "inst": (("dzem", "dze"), ("im", "i"), ("em", "")),
}


def _inhabitant_case(tok: Token) -> str | None:
    """The one case of a capitalised common noun naming a man by his nation, "Czecha", "Gruzinem",
    "Portugalczykiem": a name in apposition after it is in that case."""
    cases = {c for a in _analyses(tok) if a.pos == "subst" and a.lemma_base[:1].isupper() and "m1" in a.genders
             and a.number == "sg" and "nazwa_pospolita" in a.name_classes for c in a.cases}
    cases.discard("acc")  # a man's accusative is his genitive
    return next(iter(cases)) if len(cases) == 1 and next(iter(cases)) in _FOREIGN_ENDINGS else None


def _woman_of_nation_nominative(tok: Token) -> bool:
    """"Brazylijka", "Duńka": a capitalised common noun naming a woman of a nation, only in the
    nominative."""
    readings = [a for a in _analyses(tok) if a.pos == "subst" and a.lemma_base[:1].isupper()
                and "nazwa_pospolita" in a.name_classes and a.number == "sg"]
    return bool(readings) and all("f" in a.genders and a.cases == {"nom"} for a in readings)


def _after_inhabitant(doc: Doc, cand: _Candidate, words: list[Token], base: list[str]) -> list[str]:
    """Foreign words left as written after a nation's noun lose the ending of its case: "z
    Gruzinem Giorgim Beridzem" -> "Giorgi Beridze", "obok Czecha Tomáša Kaloča" -> "Tomáš Kaloč"."""
    if cand.start == 0 or len(base) != len(words) or not _glued(doc[cand.start - 1], doc[cand.start]):
        return base
    if _woman_of_nation_nominative(doc[cand.start - 1]):
        # "Brazylijka Mariana Costa": after a woman's nation in the nominative the name is as written
        # (not the genitive of "Marian Cost").
        return [t.text if t.text[:1].isupper() and t.text.endswith("a") else b for t, b in zip(words, base, strict=True)]
    case = _inhabitant_case(doc[cand.start - 1])
    if case is None:
        return base
    out = []
    for tok, word in zip(words, base, strict=True):
        if word == tok.text and not morphology.is_known(_analyses(tok)):
            ending = next(((e, r) for e, r in _FOREIGN_ENDINGS[case] if word.endswith(e) and len(word) > len(e) + 2), None)
            if ending is not None:
                word = word[: len(word) - len(ending[0])] + ending[1]
        out.append(word)
    return out


@morphology.word_cache
def _listed_first_name(text: str) -> str | None:
    """The entry of ``people_first_names.txt`` a form of it comes from ("Dominica" -> Dominic,
    "Joonasem" -> Joonas), when SGJP has no first name of that spelling."""
    names = word_set("people_first_names.txt")
    analyses = morphology.analyse(text)
    if text in names or morphology.has_class(analyses, morphology.FIRST_NAME) \
            or any(a.lemma[:1].islower() for a in analyses if a.pos != "ign"):
        return None
    for ending in _CASE_ENDINGS:
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            stem = text[: -len(ending)]
            found = next((stem + back for back in ("", "a", "ia", "ek", "o") if stem + back in names), None)
            if found is not None:
                return found
    return None


def _listed_first_names(words: list[Token], base: list[str]) -> list[str]:
    """A foreign first name komunikat lists keeps the listed spelling, whatever SGJP reads in its
    form: "Kanadyjczyka Dominica Turgeona" -> "Dominic" (SGJP: the village Dominice)."""
    if len(base) != len(words):
        return base
    out = list(base)
    for k, tok in enumerate(words[:-1]):
        listed = _listed_first_name(tok.text)
        # only where SGJP changed the word into something else ("Dominice"); "Fernanda" stays
        if listed is not None and base[k] not in (tok.text, listed):
            out[k] = listed
    return out


def _name_of(doc: Doc, cand: _Candidate) -> str:
    span = doc[cand.start : cand.end]
    base = person_base(span).split()
    if span.text.isupper():
        # "ZBIGNIEW ROMASZEWSKI" -> "Zbigniew Romaszewski".
        base = ["-".join(part.capitalize() for part in word.split("-")) for word in base]
    words = [t for t in span if t.text != "."]
    if cand.rule == "east_asian":
        return _east_asian_name(doc, cand)
    if cand.rule == "couple":
        return _couple_name(doc, cand)
    if cand.rule == "initials":
        return " ".join(base)
    if cand.rule == "author" and not morphology.is_known(_analyses(span[0])):
        # An unknown author's genitive loses its ending: "Dvořáka" -> "Dvořák", "Pucciniego" -> "Puccini".
        word = span[0].text
        return word[:-3] if word.endswith("ego") else word[:-1]
    base = _feminine_first_name(words, base)
    base = _after_inhabitant(doc, cand, words, base)
    base = _listed_first_names(words, base)
    if len(base) == len(words) and tuple(t.i for t in words) != cand.order:
        by_index = {t.i: w for t, w in zip(words, base, strict=True)}
        return " ".join(by_index[i] for i in cand.order if i in by_index)
    return " ".join(base)


def _describe(ctx: _Context, cand: _Candidate) -> tuple[list[str], str | None]:
    doc = ctx.doc
    roles: list[str] = []
    org: str | None = None
    role_start = _role_start_before(ctx, cand.start)
    if role_start is not None:
        end = cand.start
        while end > role_start and (is_title(doc[end - 1]) or doc[end - 1].text == "," or doc[end - 1].text in _DASHES):
            end -= 1
        opening = _acronym_in_parentheses(doc, end - 1)
        if opening is not None and opening > role_start:
            end = opening
        role = _role_text(ctx, role_start, end)
        if role:
            roles.append(role)
        org = _org_at(ctx, doc[role_start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    after = _role_after(ctx, cand.end)
    tail = cand.end
    if after is not None:
        role = _role_text(ctx, *after)
        if role and role not in roles:
            roles.append(role)
        org = org or _org_at(ctx, doc[after[0]].idx, doc[after[1] - 1].idx + len(doc[after[1] - 1].text))
        tail = after[1]
    # "Kamil Pendowski z Podlaskiej Fundacji ...", "Anna Nowak, prezes firmy Y".
    for k in (cand.end, tail):
        if org is None and k + 1 < len(doc) and doc[k].text.lower() in _AFFILIATION:
            org = _org_starting(ctx, doc[k + 1].idx)
    # "Piński Miejski Komitet Wykonawczy reprezentowany przez ...", "Klaster ... reprezentował Dyrektor ...".
    if org is None:
        k = (role_start if role_start is not None else cand.start) - 1
        while k >= 0 and (is_title(doc[k]) or doc[k].text in (",", "przez")):
            k -= 1
        if k >= 0 and _REPRESENTED.match(doc[k].text.lower()):
            m = k - 1
            while m >= 0 and doc[m].text in (",", "”", "\"", "»"):
                m -= 1
            if m >= 0:
                end_char = doc[m].idx + len(doc[m].text)
                for s, e, name in ctx.org_spans:
                    if e == end_char or (s <= doc[m].idx < e):
                        org = name
    # Contact blocks: the name alone on its line, a role and/or an organisation on the next lines,
    # maybe a label line above it ("Osoba odpowiedzialna za kontakt z mediami:").
    if _alone_on_line(doc, cand, ctx.text):
        for line in [line for line in ctx.lines if line.start >= cand.end][:2]:
            if is_role(line[0]):
                role = _role_text(ctx, line.start, _line_role_end(line))
                if role and role not in roles:
                    roles.append(role)
                continue
            org = org or _org_starting(ctx, line.start_char)
            break
        above = [line for line in ctx.lines if line.end <= cand.start]
        label = above[-1] if above else None
        if label is not None and label[-1].text == ":" and (is_role(label[0]) or label[0].text.lower() in word_set("people_label_heads.txt")):
            text = label[:-1].text.strip()
            if text and len(label) <= 10:
                roles.append(text[0].lower() + text[1:])
    if org is None:
        org = next((o for r in roles if (o := _org_of_role(ctx, r))), None)
    if org is None:
        org = _on_behalf_of(ctx, role_start if role_start is not None else cand.start)
    return roles, org


def _on_behalf_of(ctx: _Context, start: int) -> str | None:
    """The organisation after the nearest "w imieniu" / "z ramienia" before ``start`` in its sentence:
    "W imieniu X umowę podpisali prezes A i wiceprezes B, a w imieniu Y – prezes C"."""
    doc = ctx.doc
    pairs = _on_behalf_pairs()
    k = start - 1
    while k > 0 and start - k <= 30 and not _opens_sentence(doc[k + 1]):
        if (ctx.texts[k - 1].lower(), ctx.texts[k].lower()) in pairs and k + 1 < len(doc):
            return _org_starting(ctx, doc[k + 1].idx) or _org_by_short_name(ctx, k + 1)
        k -= 1
    return None


def _org_by_short_name(ctx: _Context, i: int) -> str | None:
    """The one organisation whose name begins with the capitalised words at ``i``, maybe inflected
    and without the legal form: "w imieniu Elektrobud Północ" -> "Elektrobud Północ S.A."."""
    words = []
    while i < len(ctx.texts) and len(words) < 5 and ctx.texts[i][:1].isupper() and ctx.texts[i].isalpha():
        words.append(ctx.texts[i].lower())
        i += 1
    if not words:
        return None
    names = {name for _s, _e, name in ctx.org_spans}
    found = [
        name for name in names
        if len(name.split()) >= len(words)
        and all(_same_stem(w, n.lower().strip("„”\"")) for w, n in zip(words, name.split()[: len(words)], strict=True))
    ]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _on_behalf_pairs() -> frozenset[tuple[str, str]]:
    return frozenset((row["first"], row["second"]) for row in table("people_on_behalf.tsv"))


def _org_of_role(ctx: _Context, role: str) -> str | None:
    """The organisation a role names without a mention of it: the office it heads ("komendant
    miejski policji w Olsztynie" -> "Komenda Miejska Policji w Olsztynie"), or the one organisation
    of the document of the kind a generic noun names ("rektor uczelni", "prezes zarządu spółki")."""
    names = sorted({name for _s, _e, name in ctx.org_spans})
    words = role.split()
    offices = _role_offices()
    for name in names:
        if _heads_office(words, name.split(), offices):
            return name
    territory = _territory_of_role(words, names)
    if territory:
        return territory
    kinds = _generic_orgs()
    for word in (words[-1], words[0]):
        for lemma in _lemmas_of(word) | {word.lower()}:
            heads = kinds.get(lemma)
            if heads:
                matching = [name for name in names if _of_kind(name, heads)]
                return matching[0] if len(matching) == 1 else None
    return None


def _territory_of_role(words: list[str], names: list[str]) -> str | None:
    """"starosta pułtuski" -> "Powiat Pułtuski", "burmistrz Poddębic" -> "Gmina Poddębice"."""
    heads = _role_territories().get(words[0].lower())
    if not heads:
        return None
    rest = [w.lower() for w in words[1:] if len(w) >= 4]
    for head in heads:
        kind = [name for name in names if head in name.lower().split()]
        if rest:
            kind = [n for n in kind if any(_same_stem(w, x.lower()) for w in rest for x in n.split() if x.lower() != head)]
        if len(kind) == 1:
            return kind[0]
    return None


def _same_stem(a: str, b: str) -> bool:
    """"pułtuski" ~ "pułtuski", "poddębic" ~ "poddębice", "dalików" ~ "dalików"; at least 4 letters."""
    n = max(4, min(len(a), len(b)) - 2)
    return len(a) >= 4 and len(b) >= 4 and a[:n] == b[:n]


@lru_cache(maxsize=1)
def _role_territories() -> dict[str, tuple[str, ...]]:
    return {row["role"]: tuple(row["heads"].split()) for row in table("people_role_territories.tsv")}


def _heads_office(role: list[str], name: list[str], offices: dict[str, str]) -> bool:
    """Word by word the same phrase but for the head: "komendant miejski" ~ "Komenda Miejska"."""
    if len(role) != len(name) or len(role) < 2:
        return False
    office = offices.get(role[0].lower())
    if office is None or name[0].lower() != office:
        return False
    return all(r[:4].lower() == n[:4].lower() for r, n in zip(role[1:], name[1:], strict=True))


def _of_kind(name: str, heads: frozenset[str]) -> bool:
    if name.split()[0].lower() in heads:
        return True
    if "@company" in heads:
        flat = name.lower().replace(" ", "")
        return any(flat.endswith(form) or flat.startswith(form) for form in word_set("people_company_forms.txt"))
    return False


@lru_cache(maxsize=1)
def _generic_orgs() -> dict[str, frozenset[str]]:
    return {row["noun"]: frozenset(row["heads"].split()) for row in table("people_generic_orgs.tsv")}


@lru_cache(maxsize=1)
def _role_offices() -> dict[str, str]:
    return {row["role"]: row["office"] for row in table("people_role_offices.tsv")}


def _alone_on_line(doc: Doc, cand: _Candidate, text: str) -> bool:
    line_start = text.rfind("\n", 0, doc[cand.start].idx) + 1
    line_end = text.find("\n", doc[cand.end - 1].idx)
    line_end = len(text) if line_end < 0 else line_end
    before = doc.char_span(line_start, doc[cand.start].idx, alignment_mode="expand")
    if before is not None and any(not (t.is_space or is_title(t)) for t in before):
        return False
    after = text[doc[cand.end - 1].idx + len(doc[cand.end - 1].text) : line_end]
    return not after.strip(" \t,;")


def _lines(doc: Doc, text: str) -> list[Span]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start = pos + len(raw) - len(raw.lstrip())
        end = pos + len(raw.rstrip())
        pos += len(raw) + 1
        if end > start:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                out.append(span)
    return out


def _line_role_end(line: Span) -> int:
    """End of a role written on its own line ("Rzecznik Prasowy", "Dyrektor Biura, tel. ...")."""
    for tok in line:
        if tok.is_punct and tok.text not in ("ds.", "-"):
            return tok.i
    return line.end


def _surname_key(word: str) -> str:
    """A stem for matching inflected surnames: "Pendowskiego" ~ "Pendowski"."""
    w = word.lower()
    for ending in ("skiego", "skiemu", "skim", "ska", "ską", "skiej", "ski", "cki", "ckiego", "ckiemu", "ckim", "cka", "cką", "ckiej", "dzki", "dzka"):
        if w.endswith(ending):
            return w[: -len(ending)] + ending[:2]
    return w


def _same_surname(token: Token, surname: str) -> bool:
    text = token.text
    if text == surname:
        return True
    if text[:2] != surname[:2]:
        return False  # cheap test first; inflection keeps the first letters ("Zoń" ~ "Zonia")
    if any(a.lemma_base == surname for a in _analyses(token)):
        return True
    parts, surname_parts = text.split("-"), surname.split("-")
    if len(parts) > 1 and len(parts) == len(surname_parts):
        # "z prof. Nowakowską-Ziębą" ~ Nowakowska-Zięba: each part inflected on its own
        return all(p == sp or _same_surname_text(p, sp) for p, sp in zip(parts, surname_parts, strict=True))
    return _same_surname_text(text, surname)


@morphology.word_cache
def _same_surname_text(text: str, surname: str) -> bool:
    """An inflected form of a surname, by its letters: "Pendowskiego", "Szefernakerowi",
    "Michálka" (Michálek), "Hudecovą" (Hudecová)."""
    if text[:2] != surname[:2]:
        return False
    if any(a.lemma_base == surname for a in morphology.analyse(text)):
        return True
    if not text.startswith(surname[: max(3, len(surname) - 2)]):
        return False
    if _surname_key(text) == _surname_key(surname):
        return True
    # Unknown foreign surnames take Polish endings: "Szefernakerowi", "Prílepokiem".
    suffix = text[len(surname) :] if text.startswith(surname) else None
    if suffix is not None and suffix in ("a", "owi", "em", "iem", "u", "ie", "om", "ego", "emu", "ym", "im"):
        return True
    stem = surname[:-1]
    if surname[-1] in "aoyá" and text.startswith(stem) and text[len(stem) :] in ("y", "i", "ę", "ą", "ie", "o", "u", "ego", "emu", "ym", "ej"):
        return True
    # a fleeting e: "Michálek" -> "Michálka", "Kovalec" -> "Kovalca"
    if surname[-2:] in ("ek", "ec") and text.startswith(surname[:-2] + surname[-1]) \
            and text[len(surname) - 1 :] in ("a", "owi", "iem", "em", "u", "iem"):
        return True
    return False


def extract_people(doc: Doc) -> list[Person]:
    ctx = _context(doc)
    found: list[_Found] = []
    # One pass per rule, strongest first, so that "Województwa Podlaskiego Artura Kosickiego" is
    # read from its first name before the weaker rules look at "Podlaskiego".
    cands: list[_Candidate] = []
    # Every rule starts at a capital letter (a name, an initial) or at a model's entity.
    starts = [i for i, t in enumerate(ctx.texts) if t[:1].isupper() or t.isupper() or i in ctx.ner]
    for rule in _RULES:
        for i in starts:
            if i in ctx.taken:
                continue
            cand = rule(ctx, i)
            # (after a quoted work a number is a date, "„Cyganerię” Pucciniego 9 maja", no house)
            if cand is None or _blocked_before(doc, cand.start) or _quoted(doc, cand) \
                    or cand.rule != "author" and _house_number_after(doc, cand.end) \
                    or _anonymised(doc, cand) or _names_an_institution(ctx, cand.end):
                continue
            cands.append(cand)
            ctx.taken.update(range(cand.start, cand.end))
    for cand in cands:
        name = _name_of(doc, cand)
        if name:
            roles, org = _describe(ctx, cand)
            found.append(_Found(cand, name, roles, org))
    found.sort(key=lambda f: f.cand.start)
    _share_list_roles(ctx, found)
    return _merge(ctx, found)


# --- roles shared by a list ------------------------------------------------------------------

_LIST_CONNECTORS = frozenset({",", "i", "oraz", ";"})


def _share_list_roles(ctx: _Context, found: list[_Found]) -> None:
    """A plural role before a list of people is each one's role, in the singular:
    "wójtowie gmin: Pani X po stronie węgierskiej i Pan Y" -> "wójt" for both."""
    k = 0
    while k < len(found):
        shared = _plural_role_before(ctx, found[k].cand.start)
        if shared is None:
            k += 1
            continue
        role, feminine, head = shared
        members = [found[k]]
        m = k + 1
        while m < len(found) and _list_continues(ctx, members[-1].cand.end, found[m].cand.start):
            members.append(found[m])
            m += 1
        if len(members) >= 2:
            # The first one's role was read from the plural phrase as it stands ("wójt gmin").
            members[0].roles = [r for r in members[0].roles if r.split()[0] != head]
            for member in members:
                # "radnym: Januszowi X, Annie Y" -> "radny", "radna".
                own = feminine if gender_of(member.name.split()) == "f" else role
                if own not in member.roles:
                    member.roles.insert(0, own)
        k = m


def _plural_role_before(ctx: _Context, start: int) -> tuple[str, str, str] | None:
    """(singular role, its feminine, its head noun) of a plural role phrase ending before ``start``,
    maybe with a colon: "lokalni przedsiębiorcy: Pan A" -> "lokalny przedsiębiorca"; "radni" ->
    "radny", "radna"."""
    doc = ctx.doc
    i = start - 1
    while i >= 0 and is_title(doc[i]):
        i -= 1
    end = i if i >= 0 and doc[i].text == ":" else start
    head = _role_start_before(ctx, end)
    if head is None or not _plural_role(doc[head]):
        return None
    while end > head and (is_title(doc[end - 1]) or doc[end - 1].text in (",", ":")):
        end -= 1
    # "wójtowie gmin": each is the head of one; the plural complement goes.
    cut = head + 1
    while cut < end and not _plural_word(doc[cut]):
        cut += 1
    gender = _role_gender(doc[head])
    noun = _role_text(ctx, head, cut)
    first = head
    while first > 0 and head - first < 2 and _glued(doc[first - 1], doc[first]) and doc[first - 1].text.islower() and _plural_adjective(doc[first - 1]):
        first -= 1
    adjectives = [_adjective_nominative(doc[a], gender) for a in range(first, head)]
    role = " ".join([*adjectives, noun])
    word = noun.split()[0]
    # Adjectival role nouns have a feminine: "radny" -> "radna", "przewodniczący" -> "przewodnicząca".
    female = word[:-1] + "a" if word[-1:] in ("y", "i") and word[:-1] + "a" in _roles() else None
    if female is None:
        return role, role, word
    adjectives = [_adjective_nominative(doc[a], "f") for a in range(first, head)]
    return role, " ".join([*adjectives, female, *noun.split()[1:]]), word


def _plural_role(token: Token) -> bool:
    """A plural role noun: "wójtowie", "radnym", "przedsiębiorcy" (also a singular genitive)."""
    return any(a.number == "pl" for a in _analyses(token) if a.lemma_base.lower() in _roles())


def _plural_word(token: Token) -> bool:
    """A genitive plural complement ("gmin", "szkół podstawowych"); "zarządu" is singular."""
    genitives = [a for a in _analyses(token) if a.pos in ("subst", "adj") and "gen" in a.cases]
    return bool(genitives) and all(a.number == "pl" for a in genitives)


def _plural_adjective(token: Token) -> bool:
    """"lokalni", not "byli" (also a verb)."""
    analyses = _analyses(token)
    return any(a.pos == "adj" and a.number == "pl" and "nom" in a.cases for a in analyses) and not any(
        a.pos in _VERB_POS for a in analyses
    )


def _list_continues(ctx: _Context, end: int, start: int) -> bool:
    """The next person follows in the same list: a connector, maybe a few words about the previous
    one before it ("po stronie węgierskiej i"), titles after it, and no role of its own."""
    doc = ctx.doc
    j = end
    while j < start and j - end < 4 and doc[j].text not in _LIST_CONNECTORS:
        tok = doc[j]
        if not tok.text.islower() or "\n" in doc[j - 1].whitespace_ or is_role(tok) or _is_verb(tok):
            return False
        j += 1
    if j >= start or doc[j].text not in _LIST_CONNECTORS or "\n" in doc[j].whitespace_:
        return False
    j += 1
    if j < start and doc[j].text in ("i", "oraz"):
        j += 1  # ", i", ", oraz"
    while j < start and is_title(doc[j]):
        j += 1
    return j == start and _role_start_before(ctx, start) is None


def _merge(ctx: _Context, found: list[_Found]) -> list[Person]:
    doc = ctx.doc
    people: list[Person] = []
    surnames: list[str] = []  # surname (last word of the base name) of each person

    def mention(cand: _Candidate) -> Mention:
        span = doc[cand.start : cand.end]
        return Mention(span.text, span.start_char, span.end_char)

    def add_info(p: Person, f: _Found) -> None:
        for r in f.roles:
            _add_role(p, r)
        if p.organization is None and f.organization:
            p.organization = f.organization

    def key(name: str) -> frozenset[str]:
        return frozenset(name.lower().split())

    full = [f for f in found if len(f.name.split()) >= 2 and f.cand.rule != "initials"]
    short = [f for f in found if f not in full]
    for f in full:
        k = key(f.name)
        target = None
        for idx, p in enumerate(people):
            pk = key(p.name)
            if pk == k or ((pk <= k or k <= pk) and surnames[idx].lower() == f.name.split()[-1].lower()):
                target = idx
                break
            if _given_twin(p.name, f.name):
                target = idx
                break
        if target is None:
            people.append(Person(f.name, [], None, []))
            surnames.append(f.name.split()[-1])
            target = len(people) - 1
        elif _given_twin(people[target].name, f.name) and _known_given(f.name.split()[0]):
            people[target].name = f.name  # "Jiřemu Novákowi" read as "Jiřy": the text's "Jiří Novák" names him
        elif len(k) > len(key(people[target].name)):
            people[target].name = f.name
        people[target].mentions.append(mention(f.cand))
        add_info(people[target], f)
    for f in short:
        tok = doc[f.cand.surname]
        targets = [idx for idx, s in enumerate(surnames) if _same_surname(tok, s)]
        if len(targets) > 1:
            targets = _same_gender(tok.text, targets, surnames)
        if len(targets) > 1:
            # Two people share the surname ("Jan Nowak", "Anna Nowak"): the role decides, or nobody.
            heads = {r.split()[0] for r in f.roles}
            targets = [idx for idx in targets if heads & {r.split()[0] for r in people[idx].roles}]
            if len(targets) != 1:
                continue
        target = targets[0] if targets else None
        if target is None:
            # A surname alone is the person's name ("prezydent Wardziński"); initials with no full
            # name anywhere stay as written ("J. Kowalski").
            name = f.name if f.cand.rule == "initials" else f.name.split()[-1]
            people.append(Person(name, [], None, []))
            surnames.append(name.split()[-1])
            target = len(people) - 1
        people[target].mentions.append(mention(f.cand))
        add_info(people[target], f)
    # Later surname-only mentions without a cue: "– mówi Pendowski", "panu Szefernakerowi".
    covered = set(ctx.taken)
    for i, text in enumerate(ctx.texts):
        if not text[:1].isupper():
            continue  # cheap test first: a mention is a capitalised word
        tok = doc[i]
        if tok.i in covered or tok.i in ctx.blocked or not _is_cap_word(tok):
            continue
        prev = doc[i - 1] if i > 0 and _glued(doc[i - 1], tok) else None
        role_before = prev is not None and _singular_role(prev)
        # A surname that is also a place ("minister Moskwa") only after a title or a role its person holds.
        if i in ctx.places and not (prev is not None and (is_title(prev) or role_before)):
            continue
        if _opens_sentence(tok) and any("nazwa_pospolita" in a.name_classes for a in _analyses(tok)):
            continue  # "Buty są ..." is not Mr Buta, "Papież pożyczał ..." not Mr Papież
        targets = [
            idx for idx, s in enumerate(surnames) if len(people[idx].name.split()) >= 2 and _same_surname(tok, s)
        ]
        if len(targets) > 1:
            targets = _same_gender(text, targets, surnames)
        if role_before and (len(targets) > 1 or i in ctx.places):
            # "wójt Nowak" with Jan Nowak, wójt, and Anna Nowak, radna.
            head = _nominative(prev, _role_gender(prev))
            targets = [idx for idx in targets if any(r.split()[0] == head for r in people[idx].roles)]
        # Only a surname that names one person of the document ("Nowak" with Jan and Anna Nowak does not).
        if len(targets) == 1 and not is_first_name(tok) and not _blocked_before(doc, tok.i):
            people[targets[0]].mentions.append(Mention(tok.text, tok.idx, tok.idx + len(tok.text)))
            role_start = _role_start_before(ctx, i) if role_before else None
            if role_start is not None:
                # "– powiedział wiceminister Kowalczyk": the role of a later mention is the person's too.
                _add_role(people[targets[0]], _role_text(ctx, role_start, i))
    _link_role_mentions(ctx, people)
    people = _merge_fleeting_e(people)
    for p in people:
        p.mentions.sort(key=lambda m: m.start_char)
    people.sort(key=lambda p: p.mentions[0].start_char if p.mentions else 0)
    return people


def _known_given(word: str) -> bool:
    return word in word_set("people_first_names.txt") or morphology.has_class(morphology.analyse(word), morphology.FIRST_NAME)


def _given_twin(a: str, b: str) -> bool:
    """One man's name twice, once with a first name left half-inflected: "Jiřy Novák" (from "Jiřemu
    Novákowi") and "Jiří Novák". Same surname; the first names share all but their last letter and
    only one of them is a first name at all (so "Jan Nowak" and "Jana Nowak" stay two people)."""
    wa, wb = a.split(), b.split()
    if len(wa) != 2 or len(wb) != 2 or wa[1] != wb[1] or wa[0] == wb[0]:
        return False
    ga, gb = wa[0], wb[0]
    stem = min(len(ga), len(gb)) - 1
    return stem >= 3 and ga[:stem] == gb[:stem] and _known_given(ga) != _known_given(gb)


def _merge_fleeting_e(people: list[Person]) -> list[Person]:
    """"Z Tomášem Suchánkiem" read as "Tomáš Suchánk" is the "Tomáš Suchánek" of the text: a foreign
    surname in -ek/-ec loses its e when inflected, and SGJP does not know it to put it back."""
    names = {p.name: p for p in people}
    out = []
    for p in people:
        words = p.name.split()
        surname = words[-1] if len(words) >= 2 else ""
        if len(surname) >= 3 and surname[-1] in "kc":
            full = " ".join(words[:-1] + [surname[:-1] + "e" + surname[-1]])
            other = names.get(full)
            if other is not None and other is not p:
                other.mentions.extend(p.mentions)
                continue
        out.append(p)
    return out


def _add_role(p: Person, role: str) -> None:
    """Keep the fullest wording: "burmistrz" and "burmistrz miasta Limanowa" are one role."""
    if not role or any(old.lower().startswith(role.lower()) for old in p.roles):
        return
    p.roles[:] = [old for old in p.roles if not role.lower().startswith(old.lower())] + [role]


_MASCULINE_SURNAME = re.compile(r"(?:sk|ck|dzk)(?:i|iego|iemu|im)$")
_FEMININE_SURNAME = re.compile(r"(?:sk|ck|dzk)(?:a|ą|iej)$")


def _surname_gender(word: str) -> str | None:
    """"m" for "Nowicki", "Nowickiego"; "f" for "Nowicka", "Nowickiej"; None when the form says nothing."""
    if _MASCULINE_SURNAME.search(word):
        return "m"
    if _FEMININE_SURNAME.search(word):
        return "f"
    return None


def _same_gender(word: str, targets: list[int], surnames: list[str]) -> list[int]:
    """Of the people sharing a surname stem, those of the gender its form shows: "Nowicki" is
    Wojciech Nowicki, not Joanna Nowicka."""
    gender = _surname_gender(word)
    if gender is None:
        return targets
    return [idx for idx in targets if _surname_gender(surnames[idx]) in (gender, None)]


def _link_role_mentions(ctx: _Context, people: list[Person]) -> None:
    """"Pani Prezes", "pan burmistrz": a form of address and a role with no name after it is the one
    person of the document who holds that role."""
    doc = ctx.doc
    taken = {m.start_char for p in people for m in p.mentions}
    texts = ctx.texts
    for i in range(len(doc) - 1):
        if texts[i][:1] not in ("P", "p") or not _address_word(texts[i]):
            continue  # cheap test first
        role = doc[i + 1]
        if not _glued(doc[i], role) or not _singular_role(role) or i + 1 in ctx.taken or doc[i].idx in taken:
            continue
        nxt = i + 2
        while nxt < len(doc) and (is_title(doc[nxt]) or is_role(doc[nxt])) and _glued(doc[nxt - 1], doc[nxt]):
            nxt += 1
        if nxt < len(doc) and nxt in ctx.taken and _glued(doc[nxt - 1], doc[nxt]):
            continue  # "Pani Prezes Anna Nowak": the role of the name that follows
        head = _nominative(role, _role_gender(role))
        holders = [p for p in people if any(r.split()[0] == head for r in p.roles)]
        if len(holders) == 1:
            end = role.idx + len(role.text)
            holders[0].mentions.append(Mention(ctx.text[doc[i].idx : end], doc[i].idx, end))


@morphology.word_cache
def _address_word(word: str) -> bool:
    """"Pan", "pani", "Panią", "Panem": a form of address (not "dr" or "prof.")."""
    return word[:3].lower() == "pan" and bool(_lemmas_of(word) & {"pan", "pani"})


@Language.component("komunikat_people")
def people_component(doc: Doc) -> Doc:
    doc._.people = extract_people(doc)
    return doc
