"""Locations: cities, regions, countries and voivodeships used as places, merged per base form.

Rules, each small and named (``_Candidate.rule``):

- ``geographic``: a capitalised word that SGJP knows as a geographic name ("Białymstoku",
  "na Podlasiu", "z Białorusi"), with the capitalised words agreeing with it ("Zielonej Górze",
  "Rudzie Różanieckiej", "w Bielsku-Białej", "Stanów Zjednoczonych"). A word that is also
  something else must look like a place here: a common noun ("Koło", "Miasto") or an adjectival
  region ("Warszawskiego") only after a preposition, a frequent common noun ("w Radzie", "na
  Rynku") never alone; a first name or surname ("Kazimierz", "Janik") only after a preposition of
  place ("w Kazimierzu", not "z Kazimierzem"), never next to a first name ("Agata Wojtyszek");
  an adjective after a noun it agrees with belongs to that name ("Starosta Pułtuski"); at the
  start of a sentence not a verb ("Cieszymy") or an adjective before its noun ("Polska firma").
- ``state``: a state noun with its adjective ("Rzeczpospolita Polska", "Republiką Węgierską") or
  its country's genitive ("w Republice Korei" -> "Republika Korei").
- ``region``: "województwo"/"powiat" (lower case, and after a preposition, a territory noun -
  "na terenie", "gminy", "samorządów" - or joined to a place: a territory, not the office) with
  its adjective: "w województwie śląskim" -> "województwo śląskie", "w woj. lubelskim" ->
  "województwo lubelskie"; one region per coordinated adjective: "z powiatów poddębickiego i
  zduńskowolskiego" -> "powiat poddębicki", "powiat zduńskowolski".
- ``apposition``: the capitalised name right after "miasto", "gmina", "miejscowość" ...
  ("Burmistrz Miasta Truskawiec", "miasta Stavanger").
- ``governed``: a capitalised word unknown to the dictionary right after "w", "z", "do" ...
  ("w Stavanger").
- ``coordinated``: the second of two places joined by "i" ("Ruda Różaniecka i Župčany"), in the
  case of the first ("Warmii i Mazur" -> Mazury).
- ``org_place``: an inflected form of the place an organisation is named after ("burmistrz
  Liptowskiego Mikułasza" when "Miasto Liptowski Mikułasz" is an organisation) takes its name.
- ``dateline``: a place in capitals opening a paragraph ("KWIDZYN. Radni ..."), and one to three
  capitalised words opening a line before a comma and a date the dates stage found ("Lublin, 3
  marca 2023 r.", "Nowy Targ, 5 lipca"): the place of the release, whatever else the words mean.

Never locations: rivers ("na Warcie", "nad Bugiem"; "w Oławie" is the town), street names and addresses ("ul. Wilczej", "przy Wałach Chrobrego"), events
named with common nouns ("na Święcie Miasta"), places inside programme names ("Fundusze
Europejskie dla Świętokrzyskiego 2021–2027", "Interreg Polska–Słowacja"), words inside an organisation's name ("Podlaska" in
"Podlaska Fundacja Rozwoju Regionalnego") - except its seat ("Sąd Okręgowy w Gdańsku" has the
location Gdańsk) and the town an office is named after ("Urząd Miasta Łodzi") - and adjectives
("białostockim"). The organizations stage runs first, so its mentions (``doc._.organizations``)
say which words belong to organisations. Word lists are in ``resources/locations_*.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .items import Location, Mention, doc_text
from .morphology import FIRST_NAME, GEOGRAPHIC, SURNAME, Analysis, word_cache
from .normalize import _ADJECTIVAL, lemma_count, nominative, place_base, place_base_text, whole_analyses
from .resources import table, word_list, word_set

GEO_CLASSES = frozenset({GEOGRAPHIC, "człon_nazwy_geograficznej"})
_MAX_NAME_TOKENS = 4


@cache
def _cues(kind: str) -> frozenset[str]:
    return frozenset(row["lemma"] for row in table("locations_cues.tsv") if row["kind"] == kind)


@dataclass(slots=True)
class _Candidate:
    start: int  # token indices, end exclusive
    end: int
    rule: str
    context: frozenset[str] | None = None  # cases the name is in, when known otherwise
    name: str | None = None  # the name, when the rule builds it
    following: tuple[_Candidate, ...] = ()  # more places the same phrase names ("powiatów X i Y")


# ---------------------------------------------------------------------------------- predicates


def _analyses(tok: Token) -> tuple[Analysis, ...]:
    return whole_analyses(tok.text)


def _is_cap(tok: Token) -> bool:
    return _is_cap_text(tok.text)


@word_cache
def _is_cap_text(t: str) -> bool:
    # "PiS", "ZUS": acronyms are not place names.
    return t[:1].isupper() and any(c.isalpha() for c in t) and not any(c.isupper() for c in t[1:].split("-")[0])


def _geo_readings(tok: Token) -> list[Analysis]:
    return list(_geo_readings_text(tok.text))


@word_cache
def _geo_readings_text(text: str) -> tuple[Analysis, ...]:
    analyses = whole_analyses(text)
    parts = text.split("-")
    if not analyses and len(parts) == 2 and all(p[:1].isupper() for p in parts):
        # "Bielska-Białej", "Skarżysko-Kamienna": a compound the dictionary lists only in parts.
        analyses = whole_analyses(parts[0])
    # A vocative-only reading is never the place: press texts do not address towns.
    return tuple(a for a in analyses if a.pos == "subst" and GEO_CLASSES & set(a.name_classes)
                 and a.cases - {"voc"})


def _is_common_word(tok: Token) -> bool:
    return _is_common_text(tok.text)


@word_cache
def _is_common_text(text: str) -> bool:
    """Also an ordinary noun, and not a rarer one than the place ("Koło" -> koło, "Miasta" ->
    miasto, "Pani" -> pani; but "Ukraina" is rarely the common noun "ukraina")."""
    commons = [a for a in whole_analyses(text) if a.lemma_base[:1].islower() and a.pos in ("subst", "depr", "ger")]
    if not commons:
        return False
    geo = max((lemma_count(a) for a in _geo_readings_text(text)), default=0)
    return max(lemma_count(a) for a in commons) >= geo


def _frequent_common_noun(tok: Token) -> bool:
    commons = [a for a in _analyses(tok) if a.lemma_base[:1].islower() and a.pos in ("subst", "depr", "ger")]
    return _is_common_word(tok) and max((lemma_count(a) for a in commons), default=0) >= 3


def _is_other_word(doc: Doc, i: int) -> bool:
    """At the start of a sentence: a reading with a lower-case lemma ("Cieszymy" is a verb), or
    an adjective before its noun ("Polska firma"); "Polska podpisała" is the country."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    rare_noun = not _is_common_word(tok)  # "Litwa jest ...": the common noun "litwa" is rarer than the country
    for a in _analyses(tok):
        if GEO_CLASSES & set(a.name_classes) or not a.lemma_base[:1].islower() or a.pos in ("adja", "adjp", "adjc"):
            continue
        if rare_noun and a.pos in ("subst", "depr", "ger"):
            continue
        if a.pos != "adj":
            return True
        if nxt is not None and any(n.pos == "subst" and n.number == a.number and n.cases & a.cases
                                   and n.genders & a.genders for n in _analyses(nxt)):
            return True
    return False


def _agrees_with_previous(doc: Doc, i: int) -> bool:
    """An adjective reading agreeing with a noun right before it ("Województwa Podlaskiego")."""
    prev = doc[i - 1]
    nouns = [a for a in _analyses(prev) if a.pos in ("subst", "depr", "ger")]
    for adj in _analyses(doc[i]):
        if adj.pos != "adj":
            continue
        for n in nouns:
            if adj.number == n.number and adj.cases & n.cases and adj.genders & n.genders:
                return True
    return False


def _sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    if prev.text in _QUOTE_DASHES and i >= 2 and doc[i - 2].text.endswith((".", "!", "?", ":")):
        return True  # a quote opening with a dash after a sentence: "… 2028 r. – Wiele gmin …"
    return prev.is_punct and (prev.is_sent_start or "\n" in doc[i - 2].whitespace_ if i >= 2 else True) \
        or "\n" in prev.whitespace_


_QUOTE_DASHES = frozenset({"–", "—"})


def _after_preposition(doc: Doc, i: int) -> bool:
    """A preposition right before, or before one adjective ("w całym województwie")."""
    if i > 0 and any(a.pos == "prep" for a in _analyses(doc[i - 1])):
        return True
    return i > 1 and doc[i - 1].text[:1].islower() and any(a.pos == "adj" for a in _analyses(doc[i - 1])) \
        and any(a.pos == "prep" for a in _analyses(doc[i - 2]))


def _has_class(tok: Token, name_class: str) -> bool:
    return _has_class_text(tok.text, name_class)


@word_cache
def _has_class_text(text: str, name_class: str) -> bool:
    return any(name_class in a.name_classes for a in whole_analyses(text))


@word_cache
def _noun_readings(text: str, kind: str) -> tuple[Analysis, ...]:
    """The noun readings of ``text`` whose lemma is a ``kind`` cue ("Republice": a state noun)."""
    return tuple(a for a in whole_analyses(text) if a.pos == "subst" and a.lemma_base.lower() in _cues(kind))


def _prev_lemmas(doc: Doc, i: int) -> set[str]:
    if i == 0:
        return set()
    prev = doc[i - 1]
    return {prev.text.lower()} | {a.lemma_base.lower() for a in _analyses(prev)}


_ADJECTIVAL_REGION = re.compile(r"(?:sk|ck|dzk)ie$")


def _cases(tok: Token, pos: frozenset[str] | None = None) -> set[str]:
    out: set[str] = set()
    for a in _analyses(tok):
        if pos is None or a.pos in pos:
            out |= a.cases
    return out


# ---------------------------------------------------------------------------------- rules


_NOMINATIVE_PLACE_ADJECTIVE = re.compile(r"(?:s|c|dz)k(?:a|i|ie)$")


def _extend(doc: Doc, start: int, end: int, cases: set[str], genders: set[str] | None = None) -> tuple[int, int]:
    """Capitalised words agreeing with the name around it ("Zielonej Górze", "Rudzie Różanieckiej");
    an adjective before it also in gender, when known ("Miasta Stołecznego Warszawy": the adjective
    goes with "Miasta")."""
    while start > 0 and end - start < _MAX_NAME_TOKENS:
        tok = doc[start - 1]
        if not _is_cap(tok) or _sentence_initial(doc, start - 1) and not _geo_readings(tok) \
                and not _name_part_only(doc[start]):
            break
        if not any(a.cases & cases and (genders is None or a.genders & genders)
                   for a in _analyses(tok) if a.pos in ("adj", "ppas")):
            break
        start -= 1
    while end < len(doc) and end - start < _MAX_NAME_TOKENS:
        tok = doc[end]
        if not _is_cap(tok) or doc[end - 1].whitespace_ == "":
            break
        if _place_head_after_adjective(doc[end - 1], tok):
            end += 1  # "Stara Wieś", "Nowa Wola", "Legnickiego Pola": a village noun after the adjective
            continue
        if _has_class(tok, FIRST_NAME):
            break
        readings = [a for a in _analyses(tok) if a.pos in ("adj", "ppas") or GEO_CLASSES & set(a.name_classes)
                    or SURNAME in a.name_classes and _ADJECTIVAL.search(a.lemma_base)]
        if not any(a.cases & cases for a in readings) and not (
                # "Wola Uhruska": a nominative adjective of a place SGJP has only as a noun ("Uhrusk")
                "nom" in cases and not any(a.pos == "adj" for a in _analyses(tok))
                and _NOMINATIVE_PLACE_ADJECTIVE.search(tok.text)) and not (
                # (after a first name it is a surname: "na Feliksa Wygrzywalskiego")
                not _has_class(doc[end - 1], FIRST_NAME) and _unknown_adjective_in(tok, cases)):
            break
        end += 1
    # "Kostrzyn nad Odrą", "Nowe Miasto nad Pilicą": the river is part of the town's name.
    # Not before a lake's own noun: "w Gorzyniu nad Jeziorem Lubikowskim" is Gorzyń.
    if end + 1 < len(doc) and doc[end].text == "nad" and _is_cap(doc[end + 1]) \
            and any("inst" in a.cases for a in _geo_readings(doc[end + 1])) \
            and not {a.lemma_base.lower() for a in _analyses(doc[end + 1])} & _cues("feature_head"):
        end += 2
    return start, end


# Oblique endings of adjectives, with their cases, for words SGJP does not know.
_ADJECTIVE_ENDINGS = (("owego", {"gen", "acc"}), ("skiego", {"gen", "acc"}), ("ckiego", {"gen", "acc"}),
                      ("owej", {"gen", "dat", "loc"}), ("skiej", {"gen", "dat", "loc"}), ("ckiej", {"gen", "dat", "loc"}),
                      ("owym", {"inst", "loc"}), ("skim", {"inst", "loc"}), ("ckim", {"inst", "loc"}),
                      ("owych", {"gen", "loc"}), ("skich", {"gen", "loc"}), ("ckich", {"gen", "loc"}))


def _unknown_adjective_in(tok: Token, cases: set[str]) -> bool:
    """An adjective SGJP does not know, in one of ``cases`` by its ending: "okolice Kamienia
    Kotowego"."""
    if _analyses(tok) or not tok.is_alpha:
        return False
    low = tok.text.lower()
    return any(low.endswith(e) and len(low) > len(e) + 1 and c & cases for e, c in _ADJECTIVE_ENDINGS)


def _place_head_after_adjective(prev: Token, tok: Token) -> bool:
    """A noun villages are named with ("Wieś", "Wola", "Huta") agreeing with the adjective before it."""
    heads = [a for a in _analyses(tok) if a.pos == "subst" and a.lemma_base.lower() in _cues("place_head")]
    return any(a.pos == "adj" and a.number == h.number and a.cases & h.cases and a.genders & h.genders
               for a in _analyses(prev) for h in heads)


def _geographic(doc: Doc, i: int, listed: bool = False) -> _Candidate | None:
    """``listed``: among other places ("z Góry, Sobótki, Kątów Wrocławskich") or alone in
    parentheses ("Filip Jabłoński (Świecie)"), where a common word is the place too."""
    tok = doc[i]
    if not _is_cap(tok):
        return None
    geo = _geo_readings(tok)
    if not geo or _weekday_heading(doc, i):
        return None
    if i > 0 and (doc[i - 1].text.lower() in _cues("governs") or listed and doc[i - 1].text in _LIST_JOINS) \
            and any(a.pos == "adj" for a in _analyses(tok)) and i + 1 < len(doc) \
            and not _unknown_adjective_in(doc[i + 1], {"gen", "dat", "acc", "inst", "loc"}):
        # "w Dolnym Kubínie": an adjective that is also a village's form opens a foreign name
        before = _adjective_and_unknown(doc, i)
        if before is not None:
            return before
    cases = set()
    for a in geo:
        cases |= a.cases
    # The words around agree with the best known place of that form ("Portu Lotniczego Lublin":
    # "Lotniczego" agrees only with the genitive of a village Lublino).
    top = max(lemma_count(a) for a in geo)
    main = [a for a in geo if lemma_count(a) == top] if top else geo
    start, end = _extend(doc, i, i + 1, {c for a in main for c in a.cases}, {g for a in main for g in a.genders})
    if end == i + 1:
        # A word that also begins a longer name as its adjective ("w Nowym Sączu": Nowym is also
        # the village Nowe's dative) is that name, not a place of its own.
        start, end = _extend(doc, i, i + 1, {c for a in main for c in a.cases} | _cases(tok, frozenset({"adj"})),
                             {g for a in [*main, *_analyses(tok)] if a in main or a.pos == "adj" for g in a.genders})
    if start == i and end - start == 2 and _is_cap(doc[start]) and _apposition_cases(doc[start]) \
            and _geo_readings(doc[start + 1]) and not _analyses(doc[start + 1])[0].pos == "adj":
        # "Honorowego Obywatela Miasta Pyrzyce": the town's noun, capitalised in a title, then the town
        return _Candidate(start + 1, end, "geographic")
    if start == i and end == i + 1 and _apposition_cases(tok) and i + 1 < len(doc) and tok.whitespace_ == " " \
            and _is_cap(doc[i + 1]) and _geo_readings(doc[i + 1]):
        return None  # "Obywatelem Miasta Kraków": the noun names the town after it, no place of its own
    paren = _parenthesised(doc, start, end)
    prep = _after_preposition(doc, start)
    # A compound known only in parts is a place after a preposition ("w Bielsku-Białej"), but
    # two places joined are a relation ("współpraca Polska-Białoruś", "na linii Polska-Białoruś").
    # (a stop after a dash of a route is one place: "linii S5 Katowice – Tychy – Bielsko-Biała")
    stop = start > 0 and doc[start - 1].text in _DASHES and _on_route(doc, start)
    if "-" in tok.text and not _analyses(tok) and not (prep or paren or (listed or paren or stop)
                                                        and _both_parts_places(tok)):
        return None
    prev_words = _prev_lemmas(doc, start)  # (read once: the tests below share it)
    listed = listed or paren or _on_route(doc, start) or _after_nationality(doc, start) or _passed_through(doc, start) \
        or bool(prev_words & _cues("inhabitant")) and any("gen" in a.cases for a in geo)
    after_prep = prep or listed
    # "z"/"od" with the genitive is "from" a place ("z Niemiec"); with the instrumental, "with"
    # someone ("z Kazimierzem").
    place_prep = after_prep and (prev_words & _cues("place_prep") or (
        prev_words & _cues("origin_prep") and any("gen" in a.cases for a in geo)))
    # Also an ordinary word ("Miasto", "Koło", "Hiszpanie") or an adjectival region name
    # ("Warszawskiego" is mostly an adjective or a surname): only after a preposition ("w Kole").
    # A capitalised adjective agreeing with it makes it a name anywhere ("drogi Zduńska Wola –
    # Korczew", "Zielona Góra liczy").
    if (_is_common_word(tok) or _is_inhabitant(tok) or _ADJECTIVAL_REGION.search(geo[0].lemma_base)) \
            and not after_prep and not (start < i and _is_common_word(tok)):
        return None
    if start == i and _partitive_of_people(doc, i):
        return None
    # ... unless that adjective belongs to a noun before it, in a longer name: "Państwowe
    # Gospodarstwo Wodne Wody Polskie" is an organisation ("Prezydent Zielonej Góry" is the town).
    if 0 < start < i and _is_common_word(tok) and not prep and _is_cap(doc[start - 1]) \
            and not _sentence_initial(doc, start - 1) and _agrees_with_previous(doc, start):
        return None
    # A common word in quotation marks names a thing: a farm „Pod Lipami”, a contest „Pomorska
    # Zagroda Roku”, an inn „Stara Kuźnia” ("w Polsce" stays a place inside a quoted title).
    if any(_common_in_name(t) for t in doc[start:end]) and _in_quotes(doc, start, end):
        return None
    # A frequent common noun alone is that noun even after a preposition: "w Unii", "w Radzie",
    # "na Rynku" (a village Unia, Radzie or Rynek is the rarer reading).
    if start == i and end == i + 1 and _frequent_common_noun(tok) and not listed and not _seat(doc, start) \
            and not _only_place_fits(doc, i, geo):
        return None
    if _club_name(doc, start, end) or _brand_before(doc, start, end):
        return None
    # An adjective of a capitalised noun that is no place: "Zwyczajne Walne Zgromadzenie", "Polska
    # Agencja Kosmiczna" name a body.
    if end < len(doc) and doc[end - 1].whitespace_ == " " and _is_cap(doc[end]) and not _geo_readings(doc[end]) \
            and _adjective_before_noun(doc[end - 1], doc[end]):
        return None
    # Also a first name or surname ("Kazimierz", "Janik"): only after a preposition of place
    # ("w Kazimierzu", but "z Kazimierzem", "o Michale" are people).
    if _person_competes(tok) and not place_prep and not listed:
        return None
    if start == i and end == i + 1 and not place_prep and _among_inhabitants(doc, i):
        return None
    # A man of a nation before his first name: "umowy ze Słowakiem Samuelem Takáčem" (Słowak is
    # also a village), "podaniu Czecha Radka Kucerika".
    if start == i and end == i + 1 and not place_prep and end < len(doc) and doc[i].whitespace_ == " " \
            and _is_cap(doc[end]) and _given_form(doc[end]) and _is_inhabitant(tok):
        return None
    if start == i and end == i + 1 and (_surname_after_role(doc, i) or _named_person_after_role(doc, i)):
        return None
    if start == i and _sentence_initial(doc, i) and _is_other_word(doc, i):
        return None
    # A word after a first name is a surname ("Agata Wojtyszek", "Andreas Wittenberg"), before one
    # too ("Kalisz Jan").
    if i > 0 and _is_cap(doc[i - 1]) and _given_word(doc[i - 1].text):
        return None
    if not after_prep and i + 1 < len(doc) and _is_cap(doc[i + 1]) and _has_class(doc[i + 1], FIRST_NAME) \
            and _has_class(tok, SURNAME):
        return None
    # A first name before a surname is a person even after "na" ("na Feliksa Wygrzywalskiego").
    if end == i + 1 and end < len(doc) and _has_class(tok, FIRST_NAME) and _is_cap(doc[end]) \
            and (_has_class(doc[end], SURNAME) or not _analyses(doc[end])):
        return None
    # After "rzeka", "jezioro", "góra" the name is a river, a lake, a mountain ("rzekę Liwę").
    if prev_words & _cues("feature"):
        return None
    if _event_name(doc, start, end) or _programme_name(doc, start, end) or _feast_day(doc, start, end):
        return None
    # A geographic noun that is also an adjective ("Podlaskie", "Pułtuski", "Polska") after a
    # capitalised word belongs to that name ("Województwa Podlaskiego", "Starosta Pułtuski").
    if not prep and start == i and i > 0 and _is_cap(doc[i - 1]) and _agrees_with_previous(doc, i):
        return None
    if _before_hyphenated_given(doc, end):
        return None
    # Before an unknown capitalised word it is a foreign first name ("Oleksy Balitsky").
    if not after_prep and end < len(doc) and _is_cap(doc[end]) and doc[end - 1].whitespace_ \
            and not _analyses(doc[end]):
        return None
    # Alone in parentheses a name is in the nominative ("(Świecie)", not the locative of Świat), and
    # so mostly after a lower-case town noun ("w sołectwie Brzozowa", "we wsi Zalesie").
    # ("miasta Kutna" agrees with the noun: the genitive of Kutno)
    nominative_slot = _parenthesised(doc, start, end) or start > 0 and doc[start - 1].text.islower() \
        and bool(_apposition_cases(doc[start - 1])) and not _apposition_cases(doc[start - 1]) & cases \
        and not (end == start + 1 and _region_genitive(doc[start]))
    context = frozenset({"nom"}) if nominative_slot and "nom" in cases else None
    if start == i and end == i + 2 and _saint_follows(doc, end):
        # "do Góry Świętej Anny": the saint's genitive stays as written, the head takes the nominative
        return _Candidate(i, end + 1, "geographic", name=f"{place_base(doc[i:i + 1], context)} {doc[i + 1:end + 1].text}")
    if start == i and end == i + 1:
        compound = _compound_adjective_after(doc, i, geo)
        if compound is not None:
            return _Candidate(i, i + 2, "geographic", name=compound)
    return _Candidate(start, end, "geographic", context)


@word_cache
def _nationality_word(text: str) -> bool:
    return text.islower() and text[-2:] in _NATIONALITY_ENDINGS and any(
        a.pos == "adj" and a.lemma_base in word_set("locations_nationality_adjectives.txt") for a in whole_analyses(text))


# Endings of the forms of "-ski"/"-cki" adjectives, the cheap test before the dictionary.
_NATIONALITY_ENDINGS = frozenset({"ki", "ka", "ko", "ką", "ke", "ie", "go", "mu", "ej", "im", "ch", "mi"})


def _after_nationality(doc: Doc, start: int) -> bool:
    """Right after a country's adjective: "ukraiński Stary Sambor", "słowacką Plaveč"."""
    return start > 0 and _nationality_word(doc[start - 1].text)


def _passed_through(doc: Doc, start: int) -> bool:
    """"do Krynicy-Zdroju przez Stróże i Grybów": "przez" after a place's name goes through places
    ("podpisana przez Stróżę" is a person: no name before "przez")."""
    return start > 1 and doc[start - 1].lower_ == "przez" and _is_cap(doc[start - 2]) \
        and not _sentence_initial(doc, start - 2)


def _saint_follows(doc: Doc, end: int) -> bool:
    """"Świętej" closing a place's name before a first name in the genitive is the saint the place is
    named after ("Góry Świętej Anny", "Woli Świętego Jana"), not an adjective of the place."""
    if end >= len(doc) or doc[end - 1].whitespace_ != " " or not _has_class(doc[end], FIRST_NAME):
        return False
    return any(a.lemma_base == "święty" and "gen" in a.cases for a in _analyses(doc[end - 1])) \
        and any(FIRST_NAME in a.name_classes and "gen" in a.cases for a in _analyses(doc[end]))


def _apposition_cases(tok: Token) -> set[str]:
    """The cases of a town noun ("gminie", "sołectwie", "miasta")."""
    return {c for a in _analyses(tok) if a.pos == "subst" and a.lemma_base.lower() in _cues("apposition") for c in a.cases}


def _on_route(doc: Doc, start: int) -> bool:
    """An end of a route: "na trasie Kraków – Zakopane", "połączenie z Katowic do Wisły" are places
    though also surnames."""
    k = start
    while True:
        # back over the stops before it ("linii S5 Katowice – Tychy – Bielsko-Biała – Wisła Głębce"),
        # each of one or two words
        while k >= 3 and doc[k - 1].text in _DASHES and doc[k - 1].whitespace_ and _is_cap(doc[k - 2]):
            k -= 2
            if k >= 2 and _is_cap(doc[k - 1]) and doc[k - 1].whitespace_ == " " and not _route_code(doc[k - 1].text) \
                    and doc[k - 2].text not in _DASHES and not _prev_lemmas(doc, k) & _cues("route"):
                k -= 1
        if not (k >= 2 and _route_code(doc[k - 1].text)):
            break
        k -= 1  # a line's number: "linii S5", "relacji R12"
        # and the line before it, sharing the noun: "linii S1 Gliwice – Katowice oraz S5 Katowice – ..."
        if not (k >= 4 and doc[k - 1].text in ("oraz", "i", ",") and _is_cap(doc[k - 2]) and doc[k - 3].text in _DASHES):
            break
        k -= 2  # the last stop of the line before
    if k >= 2 and doc[k - 1].text.islower() and any(a.pos == "adj" for a in _analyses(doc[k - 1])):
        k -= 1  # "drogi powiatowej Dobra – Jurków – Skrzydlna"
    return bool(_prev_lemmas(doc, k) & _cues("route"))


_ROUTE_CODE = re.compile(r"^[A-Z]{1,3}\d{1,3}$")


def _route_code(text: str) -> bool:
    return bool(_ROUTE_CODE.match(text))


def _compound_adjective_after(doc: Doc, i: int, geo: list[Analysis]) -> str | None:
    """A place and a compound adjective SGJP has only in parts: "na Europę Środkowo-Wschodnią" ->
    "Europa Środkowo-Wschodnia"."""
    if i + 1 >= len(doc) or not doc[i].whitespace_ or "\n" in doc[i].whitespace_:
        return None
    tok = doc[i + 1]
    if "-" not in tok.text or not _is_cap(tok) or _analyses(tok):
        return None
    prefix, adjs = _adjective_analyses(tok.text.lower())
    if not prefix:
        return None
    for g in geo:
        for a in adjs:
            if a.number == g.number and a.cases & g.cases and a.genders & g.genders:
                case = min(a.cases & g.cases)
                gender = min(a.genders & g.genders)
                last = nominative(tok.text.lower()[len(prefix):], case=case, number=g.number, gender=gender, pos=("adj",))
                return f"{g.lemma_base} {prefix[:1].upper()}{prefix[1:]}{last[:1].upper()}{last[1:]}"
    return None


# A romanised Korean given name after a family name: "Choi Young-soo", "Kwon Young-jinem".
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{1,8}$")


def _before_hyphenated_given(doc: Doc, end: int) -> bool:
    """A Korean given name follows: the word before it is a family name ("z Choi Young-soo"),
    not a place."""
    return end < len(doc) and bool(doc[end - 1].whitespace_) and "\n" not in doc[end - 1].whitespace_ \
        and bool(_HYPHENATED_GIVEN.match(doc[end].text)) and not _analyses(doc[end])


def _both_parts_places(tok: Token) -> bool:
    """"Ruciane-Nidę": each part of the compound is a place SGJP knows, in a shared case."""
    parts = tok.text.split("-")
    if len(parts) != 2:
        return False
    cases = [{c for a in whole_analyses(p) if a.pos == "subst" and GEO_CLASSES & set(a.name_classes) for c in a.cases}
             for p in parts]
    return bool(cases[0] & cases[1])


def _only_place_fits(doc: Doc, i: int, geo: list[Analysis]) -> bool:
    """The preposition's case fits the place and not the common noun: "w Rydze" is the locative of
    Ryga, while "rydze" (mushrooms) has no locative reading; "w Radzie" fits rada."""
    if i == 0:
        return False
    governed = {c for a in _analyses(doc[i - 1]) if a.pos == "prep" for c in a.cases}
    if not governed:
        return False
    if doc[i - 1].text.lower() in ("w", "we"):
        governed = {"loc"}  # "w" with the accusative is a time or a state ("w poniedziałek"), not a place
    # Common readings rarer than the place do not compete: "we Wrześni" (wrześni, months), "w Rydze"
    # (ryga, a rare noun).
    geo_count = max((lemma_count(a) for a in geo), default=0)
    commons = {c for a in _analyses(doc[i]) if a.lemma_base[:1].islower() and a.pos in ("subst", "depr", "ger")
               and lemma_count(a) >= geo_count for c in a.cases}
    return not commons & governed and any(a.cases & governed for a in geo)


def _club_name(doc: Doc, start: int, end: int) -> bool:
    """A town in the nominative after a capitalised noun in another case names a club or a firm,
    not a place: "z Górnika Zabrze", "w Gwardii Opole"; so does such a noun before a town ("z
    Wisłą Płock")."""
    def oblique_noun(tok: Token) -> bool:
        nouns = [a for a in _analyses(tok) if a.pos == "subst"]
        return _is_cap(tok) and bool(nouns) and (not any("nom" in a.cases for a in nouns) or _mostly_common(tok)) \
            and not {a.lemma_base.lower() for a in nouns} & _cues("apposition")

    def _mostly_common(tok: Token) -> bool:
        # "pokonali Sokół Łańcut", "Stal Mielec": mostly a common noun, and no first name
        return _is_common_word(tok) and not _has_class(tok, FIRST_NAME)

    def nominative_town(tok: Token) -> bool:
        # (not itself a common word: "Stare Miasto", "Góra Kalwaria" are one place)
        return _is_cap(tok) and any("nom" in a.cases for a in _geo_readings(tok)) and not _has_class(tok, FIRST_NAME) \
            and not _is_common_word(tok)

    if start > 0 and doc[start - 1].whitespace_ == " " and not _sentence_initial(doc, start - 1) \
            and end == start + 1 and nominative_town(doc[start]) and oblique_noun(doc[start - 1]):
        return True
    # after an acronym or a first name: "AZS AWF Gorzów Wielkopolski", "Zawisza Bydgoszcz"
    if start > 0 and doc[start - 1].whitespace_ == " " and nominative_town(doc[start]) \
            and not _has_class(doc[start], SURNAME) and (_acronym(doc[start - 1].text) or _is_cap(doc[start - 1])
                                                         and _has_class(doc[start - 1], FIRST_NAME)
                                                         and not _sentence_initial(doc, start - 1)):
        return True
    return end == start + 1 and end < len(doc) and doc[start].whitespace_ == " " \
        and oblique_noun(doc[start]) and nominative_town(doc[end])


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _brand_before(doc: Doc, start: int, end: int) -> bool:
    """A place in the nominative right after a word the dictionary does not know names a company's
    branch: "Brenner Polska:", "Lidl Polska" ("Brenner" is no word a place could follow)."""
    if start == 0 or end != start + 1 or doc[start - 1].whitespace_ != " ":
        return False
    before = doc[start - 1]
    return _is_cap(before) and before.is_alpha and not _analyses(before) \
        and any("nom" in a.cases for a in _geo_readings(doc[start]))


def _seat(doc: Doc, start: int) -> bool:
    """"z"/"w" right after an organisation's name: its seat ("PHU „Kowalscy” s.c. z Koła")."""
    if start < 2 or doc[start - 1].text.lower() not in ("z", "ze", "w", "we"):
        return False
    before = doc[start - 2]
    end_char = before.idx + len(before.text)
    if any(m.end_char == end_char for org in doc._.organizations or [] for m in org.mentions):
        return True
    # a person's name: "dr Fatima Zahra El Amrani z Rabatu" (where the person comes from)
    return doc[start - 1].text.lower() in ("z", "ze") and _is_cap(before) and not _sentence_initial(doc, before.i) \
        and not _analyses(before)


def _common_in_name(tok: Token) -> bool:
    """Also a common noun, and not a well-known place ("Zagroda", "Kuźnia", "Lipami"; not "Polsce")."""
    return any(a.lemma_base[:1].islower() and a.pos == "subst" for a in _analyses(tok)) \
        and max((lemma_count(a) for a in _geo_readings(tok)), default=0) < 20


_OPENING_QUOTES = frozenset("„“«")
_CLOSING_QUOTES = frozenset("”“»\"")


def _opens_quote(doc: Doc, i: int) -> bool:
    """An opening quotation mark: „ or «, or a straight '"' glued to the word after it and not to the
    one before ('w ośrodku "Dębowy Dwór"')."""
    tok = doc[i]
    if tok.text in _OPENING_QUOTES:
        return True
    return tok.text == '"' and not tok.whitespace_ and (i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].text in "([")


def _in_quotes(doc: Doc, start: int, end: int) -> bool:
    """Between an opening and a closing quotation mark on the same line, a few words apart."""
    k = start - 1
    while k >= 0 and start - k <= 6 and doc[k].text not in _OPENING_QUOTES and doc[k].text not in _CLOSING_QUOTES \
            and "\n" not in doc[k].whitespace_:
        k -= 1
    if k < 0 or not _opens_quote(doc, k):
        return False
    j = end
    while j < len(doc) and j - end <= 6 and doc[j].text not in _CLOSING_QUOTES and "\n" not in doc[j - 1].whitespace_:
        j += 1
    return j < len(doc) and doc[j].text in _CLOSING_QUOTES


def _parenthesised(doc: Doc, start: int, end: int) -> bool:
    """The whole content of parentheses: a club's or a competitor's town ("Oliwia Zielińska
    (Inowrocław)", "Danyło Kowalenko (Równe)")."""
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def _event_name(doc: Doc, start: int, end: int) -> bool:
    """A common noun before a capitalised common noun in the genitive names an event or a day,
    not a place ("na Święcie Miasta", "w Dniu Ziemi"), unless it is mostly the place ("w Górze
    Kalwarii")."""
    if end == start + 2 and end < len(doc) and _adjective_before_noun(doc[start], doc[start + 1]) \
            and doc[end - 1].whitespace_ == " " and _is_cap(doc[end]) and not _geo_readings(doc[end]) \
            and _is_common_word(doc[end - 1]) and _common_genitive(doc[end]):
        return True  # "dyżurni Powiatowego Stanowiska Kierowania": a body named with common nouns
    if end < len(doc) and end == start + 1 and _is_cap(doc[end]) and doc[start].whitespace_:
        first, nxt = doc[start], doc[end]
    elif end == start + 2:
        first, nxt = doc[start], doc[start + 1]
    else:
        return False
    if _adjective_before_noun(first, nxt) or _adjective_after_noun(first, nxt):
        # "w Nowej Soli", "w Borkach Wielkich": a noun and its adjective, not a noun and its genitive
        return False
    return _is_common_word(first) and _is_common_word(nxt) and any(
        a.lemma_base[:1].islower() and a.pos == "subst" and "gen" in a.cases for a in _analyses(nxt))


def _adjective_before_noun(first: Token, nxt: Token) -> bool:
    """An adjective reading of ``first`` agreeing with a noun reading of ``nxt``."""
    nouns = [a for a in _analyses(nxt) if a.pos == "subst"]
    return any(
        a.pos == "adj" and n.number == a.number and n.cases & a.cases and n.genders & a.genders
        for a in _analyses(first) for n in nouns
    )


def _common_genitive(tok: Token) -> bool:
    return _is_common_word(tok) and any(
        a.lemma_base[:1].islower() and a.pos in ("subst", "ger") and "gen" in a.cases for a in _analyses(tok))


def _feast_day(doc: Doc, start: int, end: int) -> bool:
    """A weekday with its adjective is a feast: "do Wielkiej Soboty", "w Tłusty Czwartek"."""
    return end - start == 2 and _adjective_before_noun(doc[start], doc[start + 1]) and bool(
        {a.lemma_base for a in _analyses(doc[start + 1]) if a.pos == "subst"} & _cues("weekday"))


def _adjective_after_noun(first: Token, nxt: Token) -> bool:
    """An adjective reading of ``nxt`` agreeing with a place reading of ``first``."""
    return any(
        a.pos == "adj" and g.number == a.number and g.cases & a.cases and g.genders & a.genders
        for g in _geo_readings(first) for a in _analyses(nxt)
    )


_YEAR = re.compile(r"^(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?$")
_DASHES = frozenset("–-—")


def _programme_name(doc: Doc, start: int, end: int) -> bool:
    """Inside a programme's name: before its years ("Fundusze Europejskie dla Świętokrzyskiego
    2021–2027"), or joined to another place by a dash ("Interreg Polska–Słowacja")."""
    if end < len(doc) and _YEAR.match(doc[end].text):
        return True
    # "z programu Horyzont Europa", "programu „Czyste Powietrze”", "z programu Polski Ład",
    # "Interreg VI A Brandenburgia – Polska", "Fundusze Europejskie dla Wielkopolski": capitalised
    # words (numerals and acronyms too, and "dla" between them) after a programme noun name the
    # programme
    k = start
    while k > 0 and start - k < 6 and (doc[k - 1].text[:1].isupper() or doc[k - 1].text in "„“\"–—-"
                                       or doc[k - 1].text == "dla" and k >= 2 and doc[k - 2].text[:1].isupper()) \
            and "\n" not in doc[k - 1].whitespace_:
        k -= 1
    if k > 0 and _prev_lemmas(doc, k) & _cues("programme"):
        return True
    # ... or a programme noun inside that run ("z Funduszu Mikroprojektów Interreg Czechy – Polska")
    if any(_prev_lemmas(doc, m + 1) & _cues("programme") for m in range(k, start)):
        return True
    # inside a quoted name after a programme noun: "projektu „Bałtyk – Arktyka. Sztuka na krańcach Europy”"
    q = start - 1
    while q > 0 and start - q < 15:
        tok = doc[q]
        if tok.text in _OPENING_QUOTES or tok.text in _CLOSING_QUOTES or "\n" in tok.whitespace_:
            break
        q -= 1
    if q > 0 and doc[q].text in _OPENING_QUOTES and _prev_lemmas(doc, q) & _cues("programme"):
        return True
    if end + 1 < len(doc) and doc[end].text in _DASHES and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and _is_cap(doc[end + 1]):
        return not _route_noun_before(doc, start)  # "na linii Gdynia–Karlskrona" is a route
    return start > 1 and doc[start - 1].text in _DASHES and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and _is_cap(doc[start - 2]) and not _route_noun_before(doc, start - 2)


def _route_noun_before(doc: Doc, start: int) -> bool:
    """"relacji Lwów–Przemyśl", "na linii Gdańsk–Nynäshamn": a route noun right before the name."""
    return bool(_prev_lemmas(doc, start) & _cues("route"))


def _is_inhabitant(tok: Token) -> bool:
    return _is_inhabitant_text(tok.text)


@word_cache
def _is_inhabitant_text(text: str) -> bool:
    """A capitalised common noun that is not a place, and not a rarer one than the place:
    "Hiszpanie", "Serbów" (inhabitants); but "Węgier" is mostly the genitive of Węgry."""
    geo = max((lemma_count(a) for a in _geo_readings_text(text)), default=0)
    return any(a.pos in ("subst", "depr") and a.lemma_base[:1].isupper() and not set(a.name_classes)
               & (GEO_CLASSES | {FIRST_NAME, SURNAME}) and "m1" in a.genders and lemma_count(a) >= geo
               for a in whole_analyses(text))


def _among_inhabitants(doc: Doc, i: int) -> bool:
    """A man of a nation listed with others ("dołączają Litwin, Czech i dwóch Ukraińców"): "Czech"
    is a Czech, not the genitive of Czechy, when a neighbour in the list is an inhabitant noun."""
    if not any(a.pos == "subst" and "m1" in a.genders and "nazwa_pospolita" in a.name_classes
               and a.lemma_base[:1].isupper() for a in _analyses(doc[i])):
        return False
    joins = (",", "i", "oraz")

    def nation(tok: Token) -> bool:  # only an inhabitant ("Niemiec" is also the genitive of Niemcy)
        return _is_inhabitant(tok) and not _geo_readings(tok)

    return i >= 2 and doc[i - 1].text in joins and nation(doc[i - 2]) \
        or i + 2 < len(doc) and doc[i + 1].text in joins and nation(doc[i + 2])


def _partitive_of_people(doc: Doc, i: int) -> bool:
    """"Najlepsza z Polek": after a superlative, "z" picks one of a group, here of a nation's women
    (SGJP also knows a village Polki); a place would follow a noun ("najlepsza drużyna z Polic")."""
    if i < 2 or doc[i - 1].text.lower() not in ("z", "ze"):
        return False
    if not any(a.pos == "adj" and a.tag.endswith(":sup") for a in _analyses(doc[i - 2])):
        return False
    return any(a.pos == "subst" and a.lemma_base[:1].isupper() and "nazwa_pospolita" in a.name_classes
               and "gen" in a.cases and a.number == "pl" for a in _analyses(doc[i]))


def _surname_after_role(doc: Doc, i: int) -> bool:
    """A surname in the case and gender of a role noun right before it is the office holder:
    "powiedział burmistrz Pietrzyk" (Pietrzyk is also a village); "burmistrz Łap" is a place."""
    if i == 0 or not doc[i - 1].whitespace_ or "\n" in doc[i - 1].whitespace_:
        return False
    roles = word_set("people_roles.txt")
    role = [a for a in _analyses(doc[i - 1]) if a.pos == "subst" and a.lemma_base.lower() in roles and a.number == "sg"]
    if any(a.lemma_base.lower() in _cues("envoy") for a in role) and _geo_readings(doc[i]):
        return False  # "ambasadora Litwy": the country the envoy represents
    return any(SURNAME in a.name_classes and a.number == "sg" and a.cases & r.cases and a.genders & r.genders
               for a in _analyses(doc[i]) for r in role)


@word_cache
def _given_word(text: str) -> bool:
    """A first name: SGJP's, or a foreign one komunikat lists ("Andreas", "Mette"); also the parts of
    a double name ("Hans", "Peter" of "Hans-Peter")."""
    return text in word_set("people_first_names.txt") or any(FIRST_NAME in a.name_classes for a in whole_analyses(text))


def _named_person_after_role(doc: Doc, i: int) -> bool:
    """"burmistrz Wittenberg" where the text names "Andreas Wittenberg": a person's surname after a
    role noun, though SGJP knows a town of that name."""
    if i < 1 or not any(
            a.lemma_base.lower() in word_set("people_roles.txt") for a in _analyses(doc[i - 1])):
        return False
    word = doc[i].text
    return any(t.text == word and t.i > 0 and _is_cap(doc[t.i - 1]) and _given_word(doc[t.i - 1].text) for t in doc)


def _person_competes(tok: Token) -> bool:
    return _person_competes_text(tok.text)


@word_cache
def _person_competes_text(text: str) -> bool:
    """A first-name reading ("Kazimierz", "Paulina"), or a surname reading NKJP chose at least as
    often as the place ("Janik"). A surname spelled like the place ("Warszawa") does not count:
    capitalised and alone, the word is the place."""
    geo = _geo_readings_text(text)
    geo_lemmas = {a.lemma_base for a in geo}
    geo_count = max((lemma_count(a) for a in geo), default=0)
    for a in whole_analyses(text):
        classes = set(a.name_classes)
        # (a first name in the plural is no one: "Kraków" is also the genitive of the Kraks)
        if FIRST_NAME in classes and (a.number != "pl" or lemma_count(a) >= geo_count):
            return True
        # (a depreciative plural, "te Kaszuby", is no way to name people in a press release)
        if SURNAME in classes and not GEO_CLASSES & classes and a.lemma_base not in geo_lemmas \
                and lemma_count(a) >= geo_count and a.pos != "depr":
            return True
    return False


def _dateline(doc: Doc, i: int) -> _Candidate | None:
    """"KWIDZYN. Radni ..." - a place in capitals opening a paragraph."""
    tok = doc[i]
    t = tok.text
    if len(t) < 3 or not t.isalpha() or not t.isupper() or not _sentence_initial(doc, i):
        return None
    if i + 1 >= len(doc) or doc[i + 1].text not in (".", ",", "–", "-", "—", "("):
        return None
    title = t[:1] + t[1:].lower()
    if not any(a.pos == "subst" and GEO_CLASSES & set(a.name_classes) for a in whole_analyses(title)):
        return None
    return _Candidate(i, i + 1, "dateline")


def _line_initial(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text


def _weekday_heading(doc: Doc, i: int) -> bool:
    """"Sobota, 5 grudnia" on a line of its own: a day of a programme, not the village Sobota."""
    return i + 1 < len(doc) and doc[i + 1].text in (",", ":") and _line_initial(doc, i) \
        and bool({a.lemma_base.lower() for a in _analyses(doc[i])} & _cues("weekday"))


def _dated_line(doc: Doc, i: int, date_starts: frozenset[int]) -> _Candidate | None:
    """"Lublin, 3 marca 2023 r.", "Nowy Targ, dnia 5 lipca": a line opening with a place, a comma
    and a date."""
    if not date_starts or not _line_initial(doc, i):
        return None
    end = i
    while end < len(doc) and end - i < 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    if end == i or end + 1 >= len(doc) or doc[end].text != "," or doc[end - 1].whitespace_:
        return None
    nxt = end + 1
    if doc[nxt].text.lower() in ("dnia", "dn."):
        nxt += 1
    if nxt >= len(doc) or doc[nxt].idx not in date_starts:
        return None
    if end == i + 1 and {a.lemma_base.lower() for a in _analyses(doc[i])} & _cues("weekday"):
        return None  # "Środa, 12.03 – pokazy EEG": a day of a programme
    return _Candidate(i, end, "dateline", name=_title_if_capitals(doc[i:end].text))


_VOWELS = "aeiouyąęó"


def _org_places(doc: Doc) -> dict[str, list[tuple[str, ...]]]:
    """The places that organisations are named after ("Miasto Liptowski Mikułasz" -> "Liptowski
    Mikułasz"), as word stems keyed by the first stem's first letter."""
    town_nouns = _cues("apposition")
    out: dict[str, list[tuple[str, ...]]] = {}
    for org in doc._.organizations or []:
        words = org.name.split()
        k = 0
        while k < len(words) and words[k].lower() in town_nouns:
            k += 1
        rest = words[k:]
        if k == 0 or not rest or len(rest) > 3 or not all(w[:1].isupper() and w.isalpha() for w in rest):
            continue
        out.setdefault(rest[0][:1].lower(), []).append((" ".join(rest), *rest))
    return out


def _org_place(doc: Doc, i: int, places: dict[str, list[tuple[str, ...]]]) -> _Candidate | None:
    """An inflected form of a place an organisation is named after: "burmistrz Liptowskiego
    Mikułasza" when "Miasto Liptowski Mikułasz" is an organisation."""
    first = doc[i].text.lower()
    for name, *words in places.get(first[:1], ()):
        end = i + len(words)
        if end <= len(doc) and all(_same_word(t, w) for t, w in zip(doc[i:end], words, strict=True)):
            return _Candidate(i, end, "org_place", name=name)
    return None


def _same_word(tok: Token, word: str) -> bool:
    """``tok`` is a form of ``word``: one of its lemmas, or, unknown to the dictionary, the word
    with a case ending ("Mikułasza" of "Mikułasz"; but "Pułtuski" is not a form of "Pułtusk")."""
    if not _is_cap(tok):
        return False
    analyses = _analyses(tok)
    if analyses:
        # In the number of the name ("Pułtuski" is also the plural of Pułtusk).
        numbers = {a.number for a in whole_analyses(word) if "nom" in a.cases and a.lemma_base == word} \
            or {"sg", "pl"}
        return any(a.lemma_base.lower() == word.lower() and a.number in numbers for a in analyses)
    stem = word.lower().rstrip(_VOWELS) or word.lower()
    return tok.text.lower().startswith(stem) and len(tok.text) <= len(stem) + 4


def _title_if_capitals(text: str) -> str:
    if sum(c.isalpha() for c in text) > 1 and text.isupper():
        return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in text.split())
    return text


@cache
def _abbreviations() -> dict[str, dict[str, str]]:
    return {r["abbreviation"]: r for r in table("locations_abbreviations.tsv")}


def _region_abbreviation(doc: Doc, i: int) -> _Candidate | None:
    """"w woj. lubelskim" -> "województwo lubelskie"."""
    tok = doc[i]
    row = _abbreviations().get(tok.text.lower())
    if row is None or i + 1 >= len(doc) or not doc[i + 1].text[:1].islower():
        return None
    adj = doc[i + 1]
    if not any(a.pos == "adj" for a in _analyses(adj)):
        return None
    name = f"{row['expansion']} {nominative(adj.text, number='sg', gender=row['gender'], pos=('adj',))}"
    return _Candidate(i, i + 2, "region", name=name)


def _region(doc: Doc, i: int) -> _Candidate | None:
    tok = doc[i]
    if not tok.text[:1].islower() or i + 1 >= len(doc):
        return None
    nouns = [a for a in _analyses(tok) if a.pos == "subst" and a.lemma_base in _cues("region")]
    if not nouns:
        return None
    # "w województwie podlaskim", "na terenie powiatu kaliskiego", "samorządów województwa
    # łódzkiego", "Olsztyna oraz powiatu olsztyńskiego" is a territory; "marszałek województwa
    # mazowieckiego" is an office.
    if not (_after_preposition(doc, i) or _prev_lemmas(doc, i) & _cues("territory")
            or i > 0 and doc[i - 1].text == "(" or _coordinated_with_place(doc, i)
            or i > 0 and any(a.lemma_base in _cues("territory_pl") and a.number == "pl" for a in _analyses(doc[i - 1]))
            or _things_in_territory(doc, i) or _object_of_verb(doc, i, nouns)
            or _plural_series(doc, i, nouns)):
        return None
    nxt = doc[i + 1]
    adjs = _adjective_analyses(nxt.text)[1]
    guessed = _unknown_region_adjective(nxt.text, nouns)
    if not adjs and guessed is not None:
        return _Candidate(i, i + 2, "region", name=guessed)  # "do obwodu iwanofrankiwskiego"
    # "województwa lubuskie i opolskie": a plural head with two or more adjectives is a list, below.
    listed = any(n.number == "pl" and len(_region_series(doc, i, n)) >= 2 for n in nouns)
    for n in nouns:
        if n.number == "pl" and listed:
            continue
        if any(n.number == a.number and n.cases & a.cases for a in adjs):
            # "powiatu kościerskiego i kartuskiego": more regions of the same kind
            cand = _Candidate(i, i + 2, "region")
            if n.number == "sg":
                cand.following = _region_series(doc, i, n)[1:]
            return cand
    head = next((n for n in nouns if n.number == "pl"), None)
    if head is None:
        return None
    series = _region_series(doc, i, head)
    if len(series) < 2:
        return None
    # "z powiatów poddębickiego i zduńskowolskiego": a plural head with singular adjectives
    # names one region per adjective.
    first = series[0]
    return _Candidate(i, first.end, "region", name=first.name, following=series[1:])


_VERB_POS = frozenset({"fin", "praet", "inf", "bedzie", "impt", "pcon"})


def _object_of_verb(doc: Doc, i: int, nouns: list[Analysis]) -> bool:
    """The object of a verb: "zwycięzcy reprezentować będą województwo pomorskie", "odwiedzą
    powiat kłodzki" (the territory; the office acts as a capitalised "Województwo")."""
    return i > 0 and any("acc" in n.cases for n in nouns) \
        and any(a.pos in _VERB_POS for a in _analyses(doc[i - 1])) and not _analyses(doc[i - 1])[0].lemma_base[:1].isupper()


def _things_in_territory(doc: Doc, i: int) -> bool:
    """A plural noun and its adjective before the region ("w obiektach noclegowych województwa
    warmińsko-mazurskiego", "oddziałach celnych województwa lubelskiego"), or a territory noun and
    its adjective ("ośrodkiem administracyjnym obwodu iwanofrankiwskiego"): things in the territory,
    not an office ("urzędu marszałkowskiego województwa", "władze województwa" are the office)."""
    if i < 2 or not doc[i - 1].text.islower():
        return False
    k = i - 2 if any(a.pos == "adj" for a in _analyses(doc[i - 1])) else i - 1  # "na tory województwa"
    nouns = [a for a in _analyses(doc[k]) if a.pos == "subst" and a.lemma_base[:1].islower()]
    if not nouns or not doc[k].text.islower() or k == i - 1 and not all(a.number == "pl" for a in nouns):
        return False
    lemmas = {a.lemma_base for a in nouns}
    if lemmas & (_cues("office") | word_set("people_roles.txt")):
        return False
    return bool(lemmas & _cues("territory")) or all(a.number == "pl" for a in nouns)


_REGION_ADJECTIVE = re.compile(r"^([a-ząćęłńóśźż]+(?:sk|ck|dzk))(?:i|iego|iemu|im|a|iej|ą|ie)$")


def _unknown_region_adjective(word: str, nouns: list[Analysis]) -> str | None:
    """A region's adjective SGJP does not know, put in the nominative by its ending: "obwodu
    iwanofrankiwskiego" -> "obwód iwanofrankiwski"."""
    m = _REGION_ADJECTIVE.match(word)
    if m is None or whole_analyses(word) or not nouns:
        return None
    head = next((n for n in nouns if n.number == "sg"), None)
    if head is None:
        return None
    ending = "a" if "f" in head.genders else "ie" if "n" in head.genders else "i"
    return f"{head.lemma_base} {m.group(1)}{ending}"


@word_cache
def _adjective_analyses(text: str) -> tuple[str, tuple[Analysis, ...]]:
    """The adjective readings of a word, of its last part for a compound ("warmińsko-mazurskiego"),
    with the part before them."""
    prefix, sep, last = text.rpartition("-")
    if sep and prefix and prefix.endswith("o") and not whole_analyses(text):
        return prefix + sep, tuple(a for a in whole_analyses(last) if a.pos == "adj")
    return "", tuple(a for a in whole_analyses(text) if a.pos == "adj")


def _region_series(doc: Doc, i: int, head: Analysis) -> tuple[_Candidate, ...]:
    """The regions a region noun and its coordinated singular adjectives name: "powiatów
    poddębickiego i zduńskowolskiego" -> powiat poddębicki, powiat zduńskowolski."""

    def agreeing(j: int) -> str | None:
        if j >= len(doc) or not doc[j].text[:1].islower():
            return None
        prefix, analyses = _adjective_analyses(doc[j].text)
        for a in analyses:
            if a.number == "sg" and a.cases & head.cases and a.genders & head.genders:
                case = min(a.cases & head.cases)
                gender = min(a.genders & head.genders)
                word = doc[j].text[len(prefix):]
                return prefix + nominative(word, case=case, number="sg", gender=gender, pos=("adj",))
        return None

    # "powiatów: sanockiego, leskiego i gorlickiego": a plural head may introduce its list, also
    # one item a line after bullets ("w województwach:\n• dolnośląskim,\n• opolskim").
    k = _after_list_marks(doc, i + 2) if head.number == "pl" and i + 1 < len(doc) and doc[i + 1].text == ":" else i + 1
    first = agreeing(k)
    if first is None:
        return ()
    adjs = [(k, first)]
    j = k + 1
    while j + 1 < len(doc) and doc[j].text in (",", "i", "oraz"):
        nxt = _after_list_marks(doc, j + 1)
        if nxt < len(doc) and doc[nxt].text in ("i", "oraz"):
            nxt = _after_list_marks(doc, nxt + 1)  # ",\n• i podkarpackim"
        form = agreeing(nxt)
        if form is None:
            break
        adjs.append((nxt, form))
        j = nxt + 1
    return tuple(_Candidate(k, k + 1, "region", name=f"{head.lemma_base} {form}") for k, form in adjs)


_LIST_MARKS = frozenset("•·▪◦*-–")


def _after_list_marks(doc: Doc, j: int) -> int:
    """The first token from ``j`` on that is no line break or bullet of a list."""
    while j < len(doc) and (doc[j].is_space or doc[j].text in _LIST_MARKS):
        j += 1
    return j


def _plural_series(doc: Doc, i: int, nouns: list[Analysis]) -> bool:
    """A plural region noun with two or more adjectives lists territories wherever it stands
    ("ostrzeżenia dotyczą powiatów sandomierskiego i staszowskiego"), unless an office or a role
    governs it ("starostowie powiatów ...", "władze województw ...")."""
    head = next((n for n in nouns if n.number == "pl"), None)
    if head is None or len(_region_series(doc, i, head)) < 2:
        return False
    return not _prev_lemmas(doc, i) & (_cues("office") | word_set("people_roles.txt"))


def _coordinated_with_place(doc: Doc, i: int) -> bool:
    """After "i"/"oraz" joining it to a place ("na drogach Olsztyna oraz powiatu olsztyńskiego")."""
    return i > 1 and doc[i - 1].text in ("i", "oraz") and _is_cap(doc[i - 2]) and bool(_geo_readings(doc[i - 2]))


def _apposition(doc: Doc, i: int) -> _Candidate | None:
    if i == 0 or not _is_cap(doc[i]):
        return None
    prev = doc[i - 1]
    if not _noun_readings(prev.text, "apposition"):
        return None
    end = i + 1
    while end < len(doc) and end - i < _MAX_NAME_TOKENS and _is_cap(doc[end]) and doc[end - 1].whitespace_:
        # "Miasta Kłodzko wraz" stops at the lower-case word; "Truskawiec Jan" at a first name.
        if _place_head_after_adjective(doc[end - 1], doc[end]):
            end += 1  # "Stara Wieś" ("Wsi" is also a first name's form)
            continue
        if _has_class(doc[end], FIRST_NAME) or _is_common_word(doc[end]) and not _geo_readings(doc[end]) \
                or _before_hyphenated_given(doc, end + 1):
            break
        end += 1
    # The apposition keeps the nominative ("Burmistrz Miasta Dolny Kubin"): only known words or
    # unknown foreign names qualify, not people ("gminy Jan Kowalski") or bodies ("miasta Urząd").
    words = doc[i:end]
    if any(_is_common_word(t) and not _geo_readings(t) and not (k and _place_head_after_adjective(words[k - 1], t))
           for k, t in enumerate(words)):
        return None
    if _attribute_of(prev, doc[i]):
        return None
    if end > i + 1 and all(_given_word(part) for part in doc[i].text.split("-")):
        return None  # "przewodniczący rady gminy Hans-Peter Lüdemann": a person
    if any(_has_class(t, FIRST_NAME) and not (k and _place_head_after_adjective(words[k - 1], t))
           for k, t in enumerate(words)) and not _listed_after(doc, end):
        return None
    return _Candidate(i, end, "apposition")


def _region_genitive(tok: Token) -> bool:
    """A place's genitive singular that is in the nominative only as a plural no one uses: the land
    the town noun's places lie in, no apposition ("wsiami Podhala", "gminami Pomorza")."""
    geo = _geo_readings(tok)
    return any(a.number == "sg" and "gen" in a.cases for a in geo) \
        and not any("nom" in a.cases and (a.number == "sg" or "pt" in a.tag.split(":")) for a in geo)


def _attribute_of(noun: Token, tok: Token) -> bool:
    """An adjective agreeing with the town noun before it, and no place itself, belongs to that
    noun's name: "Kraj Preszowski", "Kraj Morawsko-Śląski", "Rady Miasta Stołecznego Warszawy"
    (but "gminy Dobra" is the village Dobra)."""
    if any(GEO_CLASSES & set(a.name_classes) for a in _analyses(tok)):
        return False
    nouns = [a for a in _analyses(noun) if a.pos == "subst" and a.lemma_base.lower() in _cues("apposition")]
    if not _analyses(tok) and _REGION_ADJECTIVE.match(tok.text.lower()):
        return bool(nouns)  # "Kraj Preszowski": an adjective SGJP does not know
    adjs = _adjective_analyses(tok.text.lower())[1]
    return any(a.number == n.number and a.cases & n.cases and a.genders & n.genders for a in adjs for n in nouns)


def _listed_after(doc: Doc, end: int) -> bool:
    """A list of places goes on ("gmin Hanna, Włodawa i Wola Uhruska"): a first name in it is a place."""
    return end + 1 < len(doc) and doc[end].text in _LIST_JOINS and _is_cap(doc[end + 1]) \
        and bool(_geo_readings(doc[end + 1]))


def _state(doc: Doc, i: int) -> _Candidate | None:
    """"Rzeczpospolita Polska", "Republika Węgierska": a state noun and its adjective."""
    tok = doc[i]
    states = list(_noun_readings(tok.text, "state"))  # first, as it rules out most words at once
    if not states or not _is_cap(tok) or i + 1 >= len(doc) or not _is_cap(doc[i + 1]):
        return None
    cases = _cases(tok, frozenset({"subst"}))
    if not (cases & _cases(doc[i + 1], frozenset({"adj"}))):
        # "Republiki Korei", "w Królestwie Niderlandów": the state noun and its country's genitive
        country = doc[i + 1]
        if tok.whitespace_ and _country_genitive(country):
            head = states[0].lemma_base
            return _state_named(doc, i, i + 2, f"{head[:1].upper()}{head[1:]} {country.text}")
        return None
    start, end = i, i + 2
    # "Chińskiej Republiki Ludowej": an agreeing capitalised adjective before the state noun;
    # "Republiki Federalnej Niemiec": the country's genitive after its adjective.
    if i > 0 and doc[i - 1].whitespace_ == " " and _is_cap(doc[i - 1]) and cases & _cases(doc[i - 1], frozenset({"adj"})):
        start = i - 1
    if end < len(doc) and doc[end - 1].whitespace_ == " " and _country_genitive(doc[end]):
        end += 1
    return _state_named(doc, start, end, None)


def _country_genitive(tok: Token) -> bool:
    return _is_cap(tok) and any("gen" in a.cases for a in _geo_readings(tok)) and not _cases(tok, frozenset({"adj"}))


@cache
def _state_names() -> dict[str, str]:
    return {row["official"]: row["short"] for row in table("locations_state_names.tsv")}


def _state_named(doc: Doc, start: int, end: int, name: str | None) -> _Candidate:
    """A state under its short name when it has one ("Republika Federalna Niemiec" -> Niemcy)."""
    official = name or place_base(doc[start:end])
    return _Candidate(start, end, "state", name=_state_names().get(official, name))


def _seat_follows(doc: Doc, end: int) -> bool:
    """"w"/"we" and a place follow: the word before is a body with its seat ("Nationalmuseum w
    Sztokholmie"), not a place."""
    return end + 1 < len(doc) and doc[end].text.lower() in ("w", "we") and _is_cap(doc[end + 1]) \
        and bool(_geo_readings(doc[end + 1]))


def _is_word(tok: Token) -> bool:
    """Letters, or words of letters joined by hyphens ("Iwano-Frankiwsk", "Kluż-Napoce")."""
    parts = tok.text.split("-")
    return len(parts) <= 3 and all(p.isalpha() for p in parts)


def _before_foreign_noun(doc: Doc, k: int) -> bool:
    """An unknown word before an unknown lowercase one opens a foreign name ("Prešovskou
    univerzitou", "Ľubovnianskym múzeom"), no place."""
    nxt = k + 1
    return nxt < len(doc) and bool(doc[k].whitespace_) and doc[nxt].is_alpha and doc[nxt].text.islower() \
        and not _analyses(doc[k]) and not _analyses(doc[nxt])


def _coordinated(doc: Doc, i: int) -> _Candidate | None:
    """The second of two places joined by "i" ("miejscowości Ruda Różaniecka i Župčany")."""
    tok = doc[i]
    if not _is_cap(tok) or not _is_word(tok):
        return None
    if _analyses(tok) and not _geo_readings(tok):
        # "i Stalowej Woli": an adjective starting the second place
        if i + 1 < len(doc) and _is_cap(doc[i + 1]) and _geo_readings(doc[i + 1]):
            cases = {c for a in _geo_readings(doc[i + 1]) for c in a.cases}
            start, end = _extend(doc, i + 1, i + 2, cases)
            if start == i:
                first = doc[i - 2]
                context = frozenset(c for a in _geo_readings(first) for c in a.cases) or None
                return _Candidate(i, end, "coordinated", context)
        return None
    cases = {c for a in _geo_readings(tok) for c in a.cases}
    _start, end = _extend(doc, i, i + 1, cases)  # "i Nowego Targu"
    if end < len(doc) and _is_cap(doc[end]) and doc[end - 1].whitespace_ and "\n" not in doc[end - 1].whitespace_:
        return None  # a longer name not read to its end: "i Tomáš Dvořák", "i Nowym Targu"
    if not _analyses(tok) and _seat_follows(doc, end):
        return None  # a body with its seat: "Muzeum Narodowe w Szczecinie i Nationalmuseum w Sztokholmie"
    if end == i + 1 and _before_foreign_noun(doc, i):
        return None  # "i Prešovskou univerzitou"
    # The case of the first place ("Warmii i Mazur": genitive, so Mazury, not Mazur).
    first = doc[i - 2]
    context = frozenset(c for a in _geo_readings(first) for c in a.cases) or None
    return _Candidate(i, end, "coordinated", context)


def _partner_after_z(doc: Doc, i: int) -> bool:
    """"memorandum z Ørsted", "rozmowy z Ørsted", "Z Ryanair lotnisko prowadzi rozmowy": with a noun
    or verb of an agreement or a talk before "z" or a few words after the name, "z" names the other
    side, not where someone comes from."""
    if i < 1 or doc[i - 1].text.lower() not in ("z", "ze"):
        return False
    partner = word_set("locations_partner_nouns.txt")
    if i >= 2 and _prev_lemmas(doc, i - 1) & partner:
        return True
    for k in range(i + 1, min(i + 5, len(doc))):
        if doc[k].is_punct:
            break
        if doc[k].text.islower() and _prev_lemmas(doc, k + 1) & partner:
            return True
    return False


_IN_OR_TO = frozenset({"w", "we", "do", "na", "pod", "koło"})


def _token_texts(doc: Doc) -> list[str]:
    """The tokens' texts, read without building a Token for each."""
    text = doc_text(doc)
    return [text[i:i + n] for i, n in doc.to_array([IDX, LENGTH]).tolist()] if len(doc) else []


def _partners(doc: Doc, texts: list[str]) -> frozenset[str]:
    """Unknown capitalised words the text names as the other side of an agreement or a talk, and
    never as where something is or goes: no place anywhere in the text ("Z Ørsted łączy nas ...");
    "porozumienie z Zittau" with "w Zittau" stays a town."""
    sides = {texts[k + 1] for k in range(1, len(texts) - 1)
             if texts[k] in ("z", "ze", "Z", "Ze") and texts[k + 1][:1].isupper() and not _analyses(doc[k + 1])
             and _partner_after_z(doc, k + 1)}
    if sides:
        sides -= {texts[k + 1] for k in range(len(texts) - 1) if texts[k].lower() in _IN_OR_TO}
    return frozenset(sides)


def _governed(doc: Doc, i: int) -> _Candidate | None:
    tok = doc[i]
    if i == 0 or not _is_cap(tok) or not _is_word(tok):
        return None
    if doc[i - 1].text.lower() not in _cues("governs") and not _passed_through(doc, i):
        return None
    if _analyses(tok):
        return _surname_only_in_town(doc, i) or _adjective_and_unknown(doc, i)
    if _before_foreign_noun(doc, i):
        return None  # "z Ľubovnianskym múzeom"
    cases = frozenset(c for a in _analyses(doc[i - 1]) if a.pos == "prep" for c in a.cases) & {"gen", "loc"}
    if i + 1 < len(doc) and _is_cap(doc[i + 1]) and tok.whitespace_:
        nxt = doc[i + 1].text
        if nxt[-1:] in "éáý" and not _analyses(doc[i + 1]) and (i + 2 == len(doc) or not _is_cap(doc[i + 2])
                                                               and doc[i + 2].text != "nad"):
            # a Czech or Slovak town's adjective after its noun stays as written: "do Hradca Králové"
            return _Candidate(i, i + 2, "governed", cases or None, name=f"{_unknown_base(tok.text, cases)} {nxt}")
        return None  # "w Explorer HQ": a multi-word foreign name is more likely a company
    # in the case the preposition governs: "w Kluż-Napoce" (locative) -> Kluż-Napoka
    if cases and _adjectival_form(tok.text):
        return _Candidate(i, i + 1, "governed", cases, name=_adjectival_nominative(tok.text))
    return _Candidate(i, i + 1, "governed", cases or None)


def _surname_only_in_town(doc: Doc, i: int) -> _Candidate | None:
    """"Wykładał w Freibergu": a word SGJP knows only as a surname, in the locative after "w", is
    a town (no one is "in" a person), named as the surname's lemma."""
    tok = doc[i]
    if doc[i - 1].text.lower() not in ("w", "we") or i + 1 < len(doc) and _is_cap(doc[i + 1]) and tok.whitespace_:
        return None
    analyses = _analyses(tok)
    if not all(SURNAME in a.name_classes and a.number == "sg" for a in analyses) \
            or not any("loc" in a.cases for a in analyses):
        return None
    return _Candidate(i, i + 1, "governed", frozenset({"loc"}), name=analyses[0].lemma_base)


def _adjective_and_unknown(doc: Doc, i: int) -> _Candidate | None:
    """"ze Starej Lubowli", "w Nowej Wsi Spiskiej": a capitalised adjective and a word the
    dictionary does not know after a preposition of place."""
    j = i + 1
    if j >= len(doc) or not doc[i].whitespace_ or not _is_cap(doc[j]) or _analyses(doc[j]) or not _is_word(doc[j]):
        return None
    if j + 1 < len(doc) and _is_cap(doc[j + 1]) and doc[j].whitespace_:
        return None
    # (an adjective's lemma ends in -y or -i: "z Kim Min-junem" is the pronoun "kto", a person)
    adjectives = [a for a in _analyses(doc[i]) if a.pos == "adj" and len(a.lemma_base) > 3 and a.lemma_base.endswith(("y", "i"))]
    if not adjectives or _HYPHENATED_GIVEN.match(doc[j].text):
        return None
    cases = frozenset(c for a in adjectives for c in a.cases)
    feminine = all(a.genders == {"f"} for a in adjectives)
    noun = place_base(doc[j:j + 1], cases)
    if noun == doc[j].text and feminine and cases <= {"gen", "dat", "loc"}:
        noun = _feminine_nominative(noun)
    elif noun == doc[j].text and feminine and "acc" in cases and noun.endswith("ę"):
        noun = noun[:-1] + "a"  # "i Starą Lubowlę" -> Stara Lubowla
    if noun.endswith("c") and noun[-2:-1] not in _NAME_VOWELS and doc[j].text.endswith(("cu", "ca")):
        noun = noun[:-1] + "ec"  # a fleeting e: "w Starym Smokovcu" -> Smokovec
    adjective = place_base(doc[i:i + 1], cases)
    if not feminine and noun[-1:] not in _NAME_VOWELS and adjective.endswith(("e", "o")):
        # a noun ending in a consonant is masculine: "w Dolnym Kubínie" -> Dolny Kubín, not "Dolne"
        masculine = [a.lemma_base for a in adjectives]
        adjective = masculine[0][:1].upper() + masculine[0][1:]
    return _Candidate(i, j + 1, "governed", cases, name=f"{adjective} {noun}")


def _feminine_nominative(word: str) -> str:
    """A feminine name's nominative from its genitive, dative or locative ("Lubowli" -> Lubowla,
    "Lewoczy" -> Lewocza, "Sniny" -> Snina), for words the dictionary does not know."""
    if word.endswith(("li", "ji", "y")):
        return word[:-1] + "a"
    if word.endswith("i"):
        return word + "a"  # "Gdyni" -> Gdynia
    return word


def _route_end(doc: Doc, i: int) -> _Candidate | None:
    """A word the dictionary does not know after a dash that closes a route from a place: "na linii
    Gdańsk–Nynäshamn", "na trasie Kraków – Kežmarok"."""
    if i < 4 or doc[i - 1].text not in _DASHES:
        return None
    tok = doc[i]
    if not _is_cap(tok) or _analyses(tok) or not _is_word(tok):
        return None
    if not (_is_cap(doc[i - 2]) and _prev_lemmas(doc, i - 2) & _cues("route")):
        return None
    return _Candidate(i, i + 1, "route_end")


def _region_name(doc: Doc, i: int) -> _Candidate | None:
    """A capitalised landform noun with its capitalised adjective or genitive: "na Mierzei
    Wiślanej" -> "Mierzeja Wiślana", "Kotlinę Nowotarską", "Krainę Wielkich Jezior Mazurskich"."""
    tok = doc[i]
    heads = list(_noun_readings(tok.text, "region_name"))  # first, as it rules out most words at once
    if not heads or not _is_cap(tok) or i + 1 >= len(doc) or not _is_cap(doc[i + 1]) or not tok.whitespace_:
        return None
    if i > 0 and _is_cap(doc[i - 1]) and not _sentence_initial(doc, i - 1) and doc[i - 1].whitespace_ == " ":
        return None  # inside a longer name: "Stowarzyszenie Gmin Ziemi Kłodzkiej"
    nxt = doc[i + 1]
    head_word = tok.text[:1] + heads[0].lemma_base[1:]
    for h in heads:
        for a in _analyses(nxt):
            if a.pos == "adj" and a.number == h.number and a.cases & h.cases and a.genders & h.genders:
                adj = nominative(nxt.text.lower(), case=min(a.cases & h.cases), number=h.number,
                                 gender=min(a.genders & h.genders), pos=("adj",))
                return _Candidate(i, i + 2, "region", name=f"{head_word} {adj[:1].upper()}{adj[1:]}")
    # "Krainę Wielkich Jezior Mazurskich": capitalised words in the genitive follow the head
    end = i + 1
    while end < len(doc) and end - i <= 3 and _is_cap(doc[end]) and doc[end - 1].whitespace_ == " " \
            and any("gen" in a.cases for a in _analyses(doc[end])):
        end += 1
    if end - i < 2 or not any(a.pos == "subst" for t in doc[i + 1:end] for a in _analyses(t)):
        return None
    return _Candidate(i, end, "region", name=f"{head_word} {doc[i + 1:end].text}")


# "Miechowszczyzna", "na Zamojszczyźnie", "z Huculszczyzny": a region by its ending.
_CZYZNA = re.compile(r"^([A-ZĆŁŚŻŹ][a-ząćęłńóśźż]+)(?:czyzn(?:a|y|ę|ą|o)|czyźnie)$")


@cache
def _region_stems() -> tuple[tuple[str, str], ...]:
    """The listed regions (``locations_regions.txt``) as (stem, name): the name without its final
    vowels ("Żuław", "Ponidz")."""
    return tuple((name.rstrip(_VOWELS + "i") or name, name) for name in word_list("locations_regions.txt"))


def _listed_region(doc: Doc, i: int) -> _Candidate | None:
    """A region SGJP does not know as a place: by its "-czyzna" ending ("na Miechowszczyźnie" ->
    Miechowszczyzna) or listed ("na Ponidziu" -> Ponidzie, "z Kaszub i Żuław" -> Żuławy)."""
    tok = doc[i]
    if not _is_cap(tok) or not tok.is_alpha or _geo_readings(tok):
        return None
    m = _CZYZNA.match(tok.text)
    # ("Mężczyzna" opening a sentence is a man; "o Huculszczyźnie" inside one is the region, though
    # SGJP has it as a common noun, but not a short word: "Mała Ojczyzna")
    if m is not None and (not _analyses(tok) or not _sentence_initial(doc, i) and len(m.group(1)) >= 6
                          and all(a.lemma_base.lower() == a.lemma_base for a in _analyses(tok))):
        return _Candidate(i, i + 1, "region", name=f"{m.group(1)}czyzna")
    name = _listed_region_name(tok.text)
    return _Candidate(i, i + 1, "region", name=name) if name is not None else None


@word_cache
def _listed_region_name(text: str) -> str | None:
    for stem, name in _region_stems():
        rest = text[len(stem):]
        if text.startswith(stem) and len(rest) <= 4 and (not rest or rest.islower()):
            return name
    return None


# Endings a listed foreign town takes in Polish ("Karwiny", "w Bielcach").
_TOWN_ENDINGS = frozenset({"", "a", "y", "i", "e", "ie", "ę", "ą", "u", "em", "owi", "ach", "ami", "om", "ej", "ego", "emu"})


@cache
def _foreign_towns() -> tuple[tuple[str, str], ...]:
    """The listed foreign towns (``locations_foreign_towns.txt``) as (stem, name): "Karwin", "Bielc"."""
    return tuple((name.rstrip(_NAME_VOWELS), name) for name in word_list("locations_foreign_towns.txt"))


@word_cache
def _listed_town_name(text: str) -> str | None:
    for stem, name in _foreign_towns():
        if text.startswith(stem) and text[len(stem):] in _TOWN_ENDINGS:
            return name
    return None


def _listed_town(doc: Doc, i: int) -> _Candidate | None:
    """A foreign town SGJP does not know by its Polish name, read as a place where the dictionary
    reads one or after a preposition of place: "z Karwiny" -> Karwina (not the village Karwin),
    "w Bielcach" -> Bielce (not the surname Bielec)."""
    tok = doc[i]
    if not _is_cap(tok) or not tok.is_alpha:
        return None
    name = _listed_town_name(tok.text)
    if name is None or not (_geo_readings(tok) or i > 0 and doc[i - 1].text.lower() in _cues("governs")):
        return None
    return _Candidate(i, i + 1, "geographic", name=name)


_FOREIGN_ADJECTIVE_ENDINGS = ("ej", "ego", "ém", "ého", "ý", "á", "ym", "im", "ích", "ých")


def _after_country_adjective(doc: Doc, i: int) -> _Candidate | None:
    """A word the dictionary does not know right after a country's adjective, in that adjective's
    case: "do czeskiego Bohumína" -> Bohumín, "z litewskiej Jonawy" -> Jonawa. Not a person's name
    ("z czeskim Petrem Novákiem": a capitalised word follows) nor a first name ("litewski Mantas")."""
    if i == 0 or not _nationality_word(doc[i - 1].text):
        return None
    tok = doc[i]
    if not _is_cap(tok) or _analyses(tok) or not _is_word(tok):
        return None
    if i + 1 < len(doc) and _is_cap(doc[i + 1]) and tok.whitespace_ or _given_form(tok):
        return None
    if tok.text.endswith(_FOREIGN_ADJECTIVE_ENDINGS):
        return None  # "słowackiej Horskej záchrannej služby": the word is itself an adjective
    adjectives = [a for a in _analyses(doc[i - 1]) if a.pos == "adj" and a.number == "sg"]
    cases = frozenset(c for a in adjectives for c in a.cases)
    if "inst" in cases and i > 1 and doc[i - 2].text.lower() in ("z", "ze"):
        if tok.text.endswith(("em", "ą", "ami")):
            return None  # an instrumental ending ("węgierskim Hajdúnánásem") is guesswork
        # no ending: the name stands as written ("z niemieckim Schwalmstadt")
        return _Candidate(i, i + 1, "governed", frozenset({"inst"}), name=tok.text)
    if not cases & {"gen", "loc", "dat"} or "inst" in cases:
        return None  # the nominative stays as written
    if all(a.genders == {"f"} for a in adjectives):
        return _Candidate(i, i + 1, "governed", cases, name=_feminine_nominative(tok.text))
    return _Candidate(i, i + 1, "governed", cases, name=_unknown_base(tok.text, cases - {"nom", "acc"} or cases))


def _czech_slovak_locative(word: str) -> str:
    """The nominative of a Czech or Slovak town in its own locative after "v": "v Žiline" ->
    Žilina, "v Prešove" -> Prešov, "v Košiciach" -> Košice."""
    if word.endswith("ove"):
        return word[:-1]
    if word.endswith("iach"):
        return word[:-4] + "e"
    if word.endswith("e") and word[-2:-1] not in _NAME_VOWELS:
        return word[:-1] + "a"
    return word


def _foreign_seat(doc: Doc, i: int) -> _Candidate | None:
    """A Czech or Slovak body's seat after its own "v": "Krajská prokuratúra v Žiline" -> Žilina."""
    if i == 0 or doc[i - 1].text != "v":
        return None
    tok = doc[i]
    if not _is_cap(tok) or not tok.is_alpha or _analyses(tok):
        return None
    if i + 1 < len(doc) and _is_cap(doc[i + 1]) and tok.whitespace_:
        return None
    return _Candidate(i, i + 1, "governed", frozenset({"loc"}), name=_czech_slovak_locative(tok.text))


RULES = (_state, _region_abbreviation, _region, _region_name, _listed_town, _foreign_seat, _geographic, _listed_region, _apposition, _governed,
         _route_end, _dateline, _after_country_adjective)


# ---------------------------------------------------------------------------------- blocking


_CLOSE_QUOTES = frozenset("”“\"»’")


_OPEN_QUOTES_LOC = frozenset("„“«‚")


def _blocked_chars(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of organisation names, minus their seats ("Sąd Okręgowy w Gdańsku") and
    the town a town's office is named after ("Urząd Miasta Łodzi", "Urząd Miasta i Gminy Narol";
    but "Gmina Spytkowice" is the body itself)."""
    town_nouns = _cues("apposition")
    out = []
    for org in doc._.organizations or []:
        for m in org.mentions:
            span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is None:
                continue
            end = m.end_char
            if town_nouns & {a.lemma_base.lower() for a in _analyses(span[0]) if a.pos == "subst"}:
                out.append((m.start_char, end))  # "Gmina Miasto Nowy Targ" is the body itself
                continue
            quoted = False
            for tok in span:
                if tok.text in _OPEN_QUOTES_LOC and not quoted:
                    quoted = True  # "Fundacja „Dom w Dobrym Miejscu”": no seat inside the quoted name
                    continue
                if quoted:
                    quoted = tok.text not in _CLOSE_QUOTES
                    if quoted:
                        continue
                if tok.i > span.start and (tok.text.lower() in ("w", "we", "z", "ze") or tok.text == "v" or {
                        a.lemma_base.lower() for a in _analyses(tok) if a.pos == "subst"} & town_nouns):
                    end = tok.idx
                    break
                if tok.i > span.start and tok.i + 1 < span.end and tok.text in _CLOSE_QUOTES:
                    end = tok.idx + len(tok)  # "Klub Sportowy „Lubuszanin” Drezdenko": the club's town
                    break
            out.append((m.start_char, end))
    return out


def _street(doc: Doc, start: int) -> bool:
    """Right after "ul.", "ulicy", "placu" ... (singular: "na ulicach Jerozolimy" is the city)."""
    if start == 0:
        return False
    prev = doc[start - 1]
    streets = _cues("street")
    if prev.text.lower() in streets:
        return True
    if not any(a.lemma_base.lower() in streets and a.number == "sg" for a in _analyses(prev)):
        return _street_name_before(doc, start)
    # "na osiedlu Sławinek": an estate named as a district or village SGJP knows is a place ("os.
    # Broniewskiego", named after a person, stays an address).
    return not (any(a.lemma_base.lower() == "osiedle" for a in _analyses(prev))
                and _geo_readings(doc[start]) and not _person_competes(doc[start]))


def _street_name_before(doc: Doc, start: int) -> bool:
    """The last words of a street's longer name: "ul. Bohaterów Monte Cassino", "al. Armii Krajowej"
    (capitalised words back to "ul." or "al.")."""
    k = start - 1
    while k >= 0 and start - k <= 3 and _is_cap(doc[k]) and doc[k].whitespace_ == " ":
        k -= 1
    return k >= 0 and k < start - 1 and doc[k].text.lower() in ("ul.", "al.", "ulicy", "ulica", "ulicę", "alei", "aleja")


def _inside(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= span.start_char and span.end_char <= e for s, e in ranges) or any(
        s < span.end_char and span.start_char < e for s, e in ranges)


# ---------------------------------------------------------------------------------- extraction


@word_cache
def _may_start(text: str) -> bool:
    """Only a capitalised word, a region noun or its abbreviation can begin a place: the rules
    are not tried on other words."""
    if text[:1].isupper():
        return True
    if text.lower() in _abbreviations():
        return True
    return any(a.pos == "subst" and a.lemma_base in _cues("region") for a in whole_analyses(text))


def find_candidates(doc: Doc) -> list[_Candidate]:
    blocked = _blocked_chars(doc)
    date_starts = frozenset(d.start_char for d in doc._.dates or [])
    org_places = _org_places(doc)
    out: list[_Candidate] = []
    words = _token_texts(doc)  # read once: a Token built per look costs more than the test
    i = 0
    n = len(doc)
    while i < n:
        if not _may_start(words[i]):
            i += 1
            continue
        cand = _dated_line(doc, i, date_starts)
        if cand is None and org_places:
            cand = _org_place(doc, i, org_places)
        if cand is None:
            for rule in RULES:
                cand = rule(doc, i)
                if cand is not None:
                    break
        coordinated = out and out[-1].end == i - 1 and words[i - 1] in ("i", "oraz")
        if cand is None and coordinated:
            cand = _coordinated(doc, i)
            if cand is not None and cand.context is None:
                cand.context = out[-1].context  # "ze Starej Lubowli i Lewoczy": the case the first is in
        elif cand is not None and coordinated and cand.context is None and cand.start == i:
            # "Warmii i Mazur": the second place is in the case of the first (Mazury, not Mazur).
            # Only a case the second place can be in: "mieszkańcy Gózd i Wylezina" (Gózd may be a
            # nominative, Wylezina is only the genitive of Wylezin).
            first = doc[out[-1].end - 1]
            shared = {c for a in _geo_readings(first) for c in a.cases} & _place_cases(doc, cand)
            cand.context = frozenset(shared) or None
        if cand is None:
            i += 1
            continue
        while cand.start > 0 and _name_fragment(doc[cand.start - 1]) and doc[cand.start - 1].whitespace_ == " " \
                and not (out and out[-1].end > cand.start - 1):
            cand.start -= 1  # "Tel Awiwu": SGJP knows "Tel" only as a fragment of the name
        span = doc[cand.start:cand.end]
        if not _street(doc, cand.start) and not _inside(span, blocked) and not _names_a_thing(doc, cand):
            out.append(cand)
            out.extend(cand.following)
        i = max(cand.following[-1].end if cand.following else cand.end, i + 1)
    texts = words if any(c.end == c.start + 1 and not _analyses(doc[c.start]) for c in out) else []
    partners = _partners(doc, texts) if texts and any(c.rule == "governed" for c in out) else frozenset()
    if partners:
        out = [c for c in out if not (c.end == c.start + 1 and doc[c.start].text in partners)]
    if texts:
        out = _same_words(doc, out, blocked, partners, texts)
        # "Z Joonasem rozmawialiśmy" where the text names "Joonasa Lyytinena": a person, not a place.
        given = _given_before_surnames(doc, texts)
        if given:
            out = [c for c in out if not (c.end == c.start + 1 and not _analyses(doc[c.start])
                                          and _same_word_as(doc[c.start].text, given))]
        surnames = _surnames_after_given(doc, texts)
        if surnames:
            out = [c for c in out if not (c.end == c.start + 1 and not _analyses(doc[c.start])
                                          and _same_word_as(doc[c.start].text, surnames))]
    return _listed_places(doc, out, blocked)


def _surnames_after_given(doc: Doc, texts: list[str]) -> dict[str, set[str]]:
    """Words SGJP does not know that follow a first name somewhere in the text, with their stems: a
    person's surname, so "Z Kavaliauskasem i Tkaczukiem mamy blok" is not a place when the text
    names "Mantas Kavaliauskas"."""
    out: dict[str, set[str]] = {}
    for k in range(1, len(texts)):
        tok = doc[k]
        if texts[k][:1].isupper() and not _analyses(tok) and _is_word(tok) and _is_cap(doc[k - 1]) \
                and doc[k - 1].whitespace_ == " " and _given_form(doc[k - 1]):
            out.setdefault(texts[k], _stems(texts[k]))
    return out


def _given_before_surnames(doc: Doc, texts: list[str]) -> dict[str, set[str]]:
    """First names SGJP does not know, standing before a capitalised word it does not know either
    ("dla Fina Joonasa Lyytinena"), with their stems: "Z Joonasem rozmawialiśmy" is that man."""
    out: dict[str, set[str]] = {}
    for k in range(len(texts) - 1):
        tok = doc[k]
        if texts[k][:1].isupper() and not _analyses(tok) and _is_word(tok) and tok.whitespace_ == " " \
                and _given_form(tok) and _is_cap(doc[k + 1]) \
                and (not _analyses(doc[k + 1]) or _has_class(doc[k + 1], SURNAME)):
            out.setdefault(texts[k], _stems(texts[k]))
    return out


def _given_form(tok: Token) -> bool:
    """A first name, or one komunikat lists with a Polish ending ("Czecha Tomáša Kaloča")."""
    return _given_word(tok.text) or not _analyses(tok) and any(_given_word(s) for s in _stems(tok.text))


# "r/v", "s/y", "m/s": a research vessel's, a yacht's, a motor ship's prefix, split by the tokenizer
_SHIP_PREFIX = re.compile(r"^[a-z]/[a-z]$")


def _vessel_before(doc: Doc, start: int) -> bool:
    """A ship's name: right after a ship's noun or its prefix ("statku r/v Oceania", "żaglowcem
    Pogoria"), not a place."""
    if start >= 3 and _SHIP_PREFIX.match("".join(t.text for t in doc[start - 3:start])) \
            and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_:
        return True
    return bool(_prev_lemmas(doc, start) & _cues("vessel"))


def _names_a_thing(doc: Doc, cand: _Candidate) -> bool:
    """The whole of a quotation right after a common noun names that thing: a ferry „Kaszuby”, a
    train „Karkonosze”, a hotel „Mazury” ("miasta „Kraków”" keeps its place)."""
    start, end = cand.start, cand.end
    if _vessel_before(doc, start):
        return True
    if start < 2 or end >= len(doc) or not _opens_quote(doc, start - 1) or doc[end].text not in _CLOSING_QUOTES:
        return False
    noun = doc[start - 2]
    return noun.text.islower() and not _apposition_cases(noun) \
        and any(a.pos == "subst" for a in _analyses(noun)) and not any(a.pos == "prep" for a in _analyses(noun))


def _stems(word: str) -> set[str]:
    """The word and what is left of it without a case ending ("Svidníka" -> Svidník)."""
    out = {word}
    for e in _CASE_ENDINGS:
        if word.endswith(e) and len(word) - len(e) >= 3:
            out.add(word[:-len(e)])
    if word[-1:] in _VOWELS and len(word) > 4:
        out.add(word[:-1])
    return out


def _same_word_as(word: str, seeds: dict[str, set[str]]) -> bool:
    """A form of one of the seed places; not a plural name's bare genitive ("Starostą Župčan" of
    Župčany), which reads as a masculine nominative just as well."""
    stems = _stems(word)
    return any(stems & seed_stems and not (seed[-1:] in "yie" and word == seed[:-1])
               for seed, seed_stems in seeds.items())


def _same_words(doc: Doc, out: list[_Candidate], blocked: list[tuple[int, int]],
                partners: frozenset[str], texts: list[str]) -> list[_Candidate]:
    """Other forms of a place the dictionary does not know, wherever they stand: once "w Jędrzejowie
    i Svidníku" makes Svidník a place, so are "ze słowackiego Svidníka" and "burmistrz Svidníka"."""
    taken = set()
    seeds: dict[str, set[str]] = {}
    for c in out:
        taken.update(range(c.start, c.end))
        if c.end == c.start + 1 and not _analyses(doc[c.start]) and _is_word(doc[c.start]):
            seeds.setdefault(doc[c.start].text, _stems(doc[c.start].text))
    if not seeds:
        return out
    prefixes = {seed[:3] for seed in seeds}
    found = []
    for k, word in enumerate(texts):
        if word[:3] not in prefixes or k in taken or word in partners:
            continue
        tok = doc[k]
        if not _is_cap(tok) or _analyses(tok) or not _is_word(tok) or not _same_word_as(word, seeds):
            continue
        if _street(doc, k) or _inside(doc[k:k + 1], blocked):
            continue
        cand = _Candidate(k, k + 1, "same_word")
        if _names_a_thing(doc, cand):
            continue
        found.append(cand)
    return sorted(out + found, key=lambda c: c.start) if found else out


def _name_part_only(tok: Token) -> bool:
    """SGJP has the word as a place only as part of a longer name ("Sącz" of Nowy Sącz, "Targ" of
    Nowy Targ): an adjective before it belongs to the name, even opening a sentence."""
    geo = _geo_readings(tok)
    return bool(geo) and all(a.name_classes == ("człon_nazwy_geograficznej",) for a in geo)


def _name_fragment(tok: Token) -> bool:
    """A capitalised word SGJP has only as a fragment of a multi-word name ("Tel" of Tel Awiw)."""
    found = _analyses(tok)
    return _is_cap(tok) and bool(found) and all(a.pos == "frag" for a in found)


_LIST_JOINS = frozenset({",", "i", "oraz", "lub", "albo"})


def _unknown_in_list(doc: Doc, k: int) -> bool:
    """A capitalised word the dictionary does not know, alone between list joins or at a list's
    end (not the first word of a longer name)."""
    tok = doc[k]
    if not _is_cap(tok) or not _is_word(tok) or _sentence_initial(doc, k) or _before_foreign_noun(doc, k):
        return False
    if _analyses(tok) and not (_adjective_only(tok) and doc[k - 1].text in ("i", "oraz")
                               and k + 1 < len(doc) and doc[k + 1].is_punct):
        return False  # (SGJP may read a town's genitive as an adjective: "i Wołkowyska.")
    if k + 1 < len(doc) and _is_cap(doc[k + 1]) and "\n" not in tok.whitespace_ or _seat_follows(doc, k + 1):
        return False
    if k > 0 and _is_cap(doc[k - 1]) and doc[k - 1].whitespace_ == " ":
        return False  # the last word of a longer name: "Wizz Air, Ryanair i LOT"
    # inside the list: closing it ("i Zberezki") or followed by another name ("Zberezki, Chorzenic"),
    # not an address part after a comma ("Rynek-Ratusz, 45-015 Opole")
    # (the last but one before a closing "i": "Svidník, Bardejov i wsie w dolinie Ondawy"; a country's
    # adjective between: "i słowacką Plaveč")
    before = k - 2 if _nationality_word(doc[k - 1].text) else k - 1
    return doc[before].text in ("i", "oraz", "lub", "albo") or k + 2 < len(doc) \
        and doc[k + 1].text in _LIST_JOINS and _is_cap(doc[k + 2]) \
        or doc[before].text == "," and k + 1 < len(doc) and doc[k + 1].text in ("i", "oraz", "lub", "albo")


# Places a list of places can be read from: besides places SGJP knows, words it does not know
# found as places ("do Växjö, Kalmaru lub Ronneby").
_LIST_SEEDS = frozenset({"geographic", "governed", "listed", "same_word", "route_end"})


def _adjective_only(tok: Token) -> bool:
    return all(a.pos == "adj" for a in _analyses(tok))


def _place_cases(doc: Doc, cand: _Candidate) -> set[str]:
    return {c for t in doc[cand.start:cand.end] for a in _geo_readings(t) for c in a.cases}


def _person_word_in_town_list(doc: Doc, k: int) -> _Candidate | None:
    """"w Trenčínie, Martinie i Popradzie": a word SGJP knows only as a name or surname, in the
    locative after a place in the locative, is one more town (no one is "in" a person)."""
    tok = doc[k]
    if not _is_cap(tok) or not tok.is_alpha or k + 1 < len(doc) and _is_cap(doc[k + 1]) and tok.whitespace_:
        return None
    # inside the list, as an unknown word would be ("Mieszka w Krakowie, Tomaszu nie znam" is a call)
    nxt = doc[k + 1].text if k + 1 < len(doc) else ""
    if not (doc[k - 1].text in ("i", "oraz") or nxt in _LIST_JOINS and k + 2 < len(doc) and _is_cap(doc[k + 2])):
        return None
    analyses = _analyses(tok)
    if not analyses or not all({SURNAME, FIRST_NAME} & set(a.name_classes) for a in analyses):
        return None
    located = [a for a in analyses if "loc" in a.cases and a.number == "sg" and a.pos == "subst"]
    if not located:
        return None
    return _Candidate(k, k + 1, "listed", frozenset({"loc"}), name=located[0].lemma_base)


def _listed_places(doc: Doc, out: list[_Candidate], blocked: list[tuple[int, int]]) -> list[_Candidate]:
    """Places listed next to a found place, in its case, though they are also common words: "z
    Góry, Sobótki, Kątów Wrocławskich, Szklarskiej Poręby i Wąsosza" (góra, sobótka, kąt)."""
    starts = {c.start for c in out}
    ends = {c.end for c in out}
    todo = [c for c in out if c.rule in _LIST_SEEDS]
    found: list[_Candidate] = []

    def take(cand: _Candidate, must_end: int | None, done: set[bool]) -> None:
        starts.add(cand.start)
        ends.add(cand.end)
        found.append(cand)
        todo.append(cand)
        done.add(must_end is None)

    while todo:
        place = todo.pop()
        cases = _place_cases(doc, place)
        tries = []
        j = place.end
        if j + 1 < len(doc) and doc[j].text in _LIST_JOINS and j + 1 not in starts:
            tries.append((j + 1, None))
            if j + 2 < len(doc) and _nationality_word(doc[j + 1].text):
                tries.append((j + 2, None))  # "Muszynę i słowacką Plaveč"
        j = place.start - 1
        if j >= 1 and doc[j].text in _LIST_JOINS and j not in ends:
            tries.extend((k, j) for k in (j - 2, j - 1) if k >= 0)  # "Kątów Wrocławskich," before "Wrocławskich,"
        done: set[bool] = set()  # the directions a place was found in: one after, one before the seed
        for k, must_end in tries:
            if (must_end is None) in done:
                continue
            cand = _geographic(doc, k, listed=True)
            if cand is None and (must_end is None or must_end == k + 1) and k not in starts and "loc" in cases \
                    and not _inside(doc[k:k + 1], blocked):
                cand = _person_word_in_town_list(doc, k)
                if cand is not None:
                    take(cand, must_end, done)
                    continue
            if cand is None and (must_end is None or must_end == k + 1) and k not in starts \
                    and _unknown_in_list(doc, k) and not _inside(doc[k:k + 1], blocked):
                # "Rzerzęczyc, Zberezki i Chorzenic": a word SGJP does not know, in the list's case
                take(_Candidate(k, k + 1, "listed", frozenset(cases)), must_end, done)
                continue
            if cand is None or must_end is not None and cand.end != must_end or cand.start in starts \
                    or not _place_cases(doc, cand) & cases:
                continue
            if _street(doc, cand.start) or _inside(doc[cand.start:cand.end], blocked):
                continue
            # In the case of the place it is listed with ("Sobótki" with "z Góry": Sobótka).
            cand.context = frozenset(_place_cases(doc, cand) & cases)
            take(cand, must_end, done)
    out = sorted(out + found, key=lambda c: c.start)
    # A listed place is in the case of the one before it: "z Żar, Żagania, Lubska i Łęknicy" (Lubsko,
    # not the woman's name Lubska).
    # The case narrows along the list: "z Kleczewa, Ślesina, Goliny, Wilczyna, Skulska" (Wilczyn, Skulsk:
    # genitives like Goliny, not the nominatives Wilczyna, Skulska).
    for prev, cand in zip(out, out[1:], strict=False):
        if cand.name is None and cand.rule == "geographic" and cand.start == prev.end + 1 \
                and doc[prev.end].text in _LIST_JOINS:
            shared = frozenset(_place_cases(doc, cand) & (prev.context or _place_cases(doc, prev)))
            # and in the case of the preposition opening the list: "do Wielopola Skrzyńskiego, Brzezin
            # i Nawsia" (Brzeziny, genitive, not the nominative Brzezin)
            governed = shared & (_list_cases(doc, cand.start) or shared)
            shared = governed or shared
            if shared and (cand.context is None or shared < cand.context):
                cand.context = shared
    return out


@cache
def _rivers() -> dict[str, bool]:
    """River names, each with whether a town or village has the same name."""
    return {row["name"]: row["town"] == "yes" for row in table("locations_rivers.tsv")}


def _lower_adjective(tok: Token) -> bool:
    return tok.text.islower() and any(a.pos == "adj" for a in _analyses(tok))


def _river_follows(doc: Doc, end: int) -> bool:
    """A name that is only a river comes next in a pair: "pobór wody z Warty i Noteci" (Warta is also
    a town; Noteć is not)."""
    if end + 1 >= len(doc) or doc[end].text not in ("i", "oraz", ","):
        return False
    rivers = _rivers()
    return any(a.lemma_base in rivers and not rivers[a.lemma_base] for a in _geo_readings(doc[end + 1]))


def _river(doc: Doc, cand: _Candidate, name: str, after_river: bool) -> bool:
    """A river, not a place: "na Warcie", "doliny Neru", "nad Nysą Kłodzką", any name right after
    "nad". A name that is also a town ("w Oławie", "z Redy") only after a river word or another
    river ("Warty i Neru")."""
    if cand.rule == "dateline":
        return False
    if cand.start > 0 and doc[cand.start - 1].text.lower() in ("nad", "znad") and cand.rule != "region" \
            and not _land_region(doc[cand.start:cand.end]):
        return True  # "nad Łabuńką", "znad Dunaju": a town is "w", not "nad" ("Nakło nad Notecią" is one name)
    # The base may have missed the river's reading ("Prośnie" -> Prośno, not Prosna).
    names = {name} | ({a.lemma_base for a in _geo_readings(doc[cand.start])} if cand.end - cand.start == 1 else set())
    names &= _rivers().keys()
    if not names:
        return False
    if not all(_rivers()[n] for n in names) or after_river:
        return True
    k = cand.start - 1
    if k > 0 and doc[k].text[:1].islower() and any(a.pos == "adj" for a in _analyses(doc[k])):
        k -= 1  # "lewym brzegu Warty"
    return k >= 0 and bool(_prev_lemmas(doc, k + 1) & _cues("river_context"))


@cache
def _name_abbreviations() -> dict[str, dict[str, str]]:
    return {r["abbreviation"]: r for r in table("locations_name_abbreviations.tsv")}


def _abbreviated_adjective(doc: Doc, cand: _Candidate, span: Span, name: str) -> tuple[str, Span]:
    """A town's name closed by an abbreviated adjective: "Gorzowa Wlkp." -> "Gorzów Wielkopolski"."""
    if cand.end >= len(doc) or len(span) != 1 or span[0].whitespace_ != " " or " " in name:
        return name, span
    end = cand.end + 1
    abbreviation = doc[cand.end].text
    if end < len(doc) and doc[end].text == "." and not doc[cand.end].whitespace_:
        abbreviation += "."  # the tokenizer may keep the period apart ("Wlkp", ".")
        end += 1
    row = _name_abbreviations().get(abbreviation)
    genders = {g[:1] for a in _geo_readings(span[0]) if a.lemma_base == name for g in a.genders}
    gender = next((g for g in ("f", "n", "m") if g in genders), None)
    if row is None or gender is None:
        return name, span
    return f"{name} {row[gender]}", doc[cand.start:end]


def _land_region(span: Span) -> bool:
    """A neuter region in "-e" ("nad Podhalem", "nad Pomorzem": a storm over the land); rivers and
    lakes are not named so."""
    return len(span) == 1 and any(a.lemma_base.endswith("e") and "n" in a.genders and a.number == "sg"
                                  for a in _geo_readings(span[0]))


def extract_locations(doc: Doc) -> list[Location]:
    by_key: dict[str, Location] = {}
    last_river = -1  # token index where the last river ended
    readings: dict[str, set[str]] = {}  # the place readings of one-word names, by name
    cands = find_candidates(doc)
    # A foreign name in apposition keeps its form ("miasta Daegu"); elsewhere the same word is that
    # name too, not a guessed inflection ("w Daegu" is not the locative of "Daeg").
    as_written = {doc[c.start:c.end].text for c in cands if c.rule == "apposition"
                  and not any(_analyses(t) for t in doc[c.start:c.end])}
    nominal: set[str] = set()  # names read where only a nominative stands
    datelined: set[str] = set()  # names read off the release's dateline
    for cand in cands:
        span = doc[cand.start:cand.end]
        if span.text in as_written:
            name = span.text
        elif cand.name is not None:
            name = cand.name
        elif cand.rule == "dateline":
            name = place_base_text(span.text[:1] + span.text[1:].lower())
        else:
            name = place_base(span, cand.context)
        if len(span) == 1 and cand.name is None:
            name = _soft_stem_place(span[0]) or name
        if name == span.text and len(span) == 1 and (not _analyses(span[0]) or cand.rule == "listed"):
            name = _unknown_base(name, _list_cases(doc, cand.start) if cand.rule in ("listed", "coordinated")
                                 else cand.context)
        name, span = _abbreviated_adjective(doc, cand, span, name)
        if {a.lemma_base.lower() for a in _analyses(span[0])} & _cues("feature_head") and len(span) > 1:
            continue  # "Jezioro Sławskie", "Zalew Zegrzyński": waters, not places
        if cand.end < len(doc) and doc[cand.end - 1].whitespace_ == " " \
                and {a.lemma_base.lower() for a in _analyses(doc[cand.end])} & _cues("feature_tail"):
            continue  # "Kasprowego Wierchu", "Kozich Wierchów": a peak
        after_river = last_river >= 0 and doc[last_river].text in ("i", "oraz", ",") and (
            cand.start == last_river + 1 or cand.start == last_river + 2 and _lower_adjective(doc[last_river + 1])) \
            or _river_follows(doc, cand.end)  # ("Wieprza i środkowej Wisły": an adjective may stand between)
        if _river(doc, cand, name, after_river):
            last_river = cand.end
            continue
        key = name.lower()
        if span.text in as_written or cand.rule == "dateline" or cand.context == frozenset({"nom"}):
            nominal.add(name)
        if cand.rule == "dateline":
            datelined.add(name)
        loc = by_key.setdefault(key, Location(name=name))
        loc.mentions.append(Mention(span.text, span.start_char, span.end_char))
        if len(span) == 1:
            readings.setdefault(key, set()).update(
                a.lemma_base for a in _analyses(span[0]) if GEO_CLASSES & set(a.name_classes))
    return _join_short_names(_join_inflected(_join_readings(by_key, readings), frozenset(nominal)), frozenset(datelined))


def _soft_stem_place(tok: Token) -> str | None:
    """"w Krutyni", "z Krutyni": a place in "-ń" SGJP declines only in the plural is named in the
    singular's "-ni" (gen., dat., loc.)."""
    for a in _geo_readings(tok):
        lemma = a.lemma_base
        if lemma.endswith("ń") and tok.text == lemma[:-1] + "ni":
            return lemma
    return None


def _join_short_names(locations: list[Location], datelined: frozenset[str] = frozenset()) -> list[Location]:
    """A double-barrelled town named by its first part elsewhere is that town: "między Zabrzegiem a
    Czechowicami" in a text about Czechowice-Dziedzice, "Kędzierzyn" beside Kędzierzyn-Koźle."""
    doubles = {loc.name.split("-")[0].lower(): loc for loc in locations
               if "-" in loc.name and " " not in loc.name and loc.name[:1].isupper()}
    if not doubles:
        return locations
    # a city and its district named apart too ("w Bytomiu-Miechowicach", "mieszkańcy Miechowic"): the
    # city is a place of its own
    names = {loc.name.lower() for loc in locations}
    out = []
    for loc in locations:
        whole = doubles.get(loc.name.lower()) if "-" not in loc.name else None
        if whole is not None and (whole.name.split("-", 1)[1].lower() in names or loc.name in datelined):
            whole = None  # (a dateline writes the town in full: "Kamień, 8 lipca" is no Kamień-Dąbrówka)
        if whole is not None and whole is not loc and not _listed_together(loc, whole):
            whole.mentions.extend(loc.mentions)
            whole.mentions.sort(key=lambda m: m.start_char)
        else:
            out.append(loc)
    return out


def _listed_together(short: Location, whole: Location) -> bool:
    """The two are named side by side, in one list: two places ("do Powiercia, Powiercia-Kolonii")."""
    return any(0 <= w.start_char - m.end_char <= 6 or 0 <= m.start_char - w.end_char <= 6
               for m in short.mentions for w in whole.mentions)


def _list_cases(doc: Doc, start: int) -> frozenset[str] | None:
    """The cases the preposition opening a list of places governs: "z Grodna, Brześcia i
    Wołkowyska" -> genitive."""
    k = start - 1
    while k > 0 and start - k < 10 and (_is_cap(doc[k]) or doc[k].text in _LIST_JOINS):
        k -= 1
    found = [a for a in _analyses(doc[k]) if a.pos == "prep"] if k >= 0 else []
    return frozenset(c for a in found for c in a.cases) or None


def _unknown_base(word: str, context: frozenset[str] | None = None) -> str:
    """The nominative of a place name the dictionary does not know, where its ending tells it:
    "w Iwano-Frankiwsku" -> Iwano-Frankiwsk, "do Antalyi" -> Antalya, an airport's city inflected
    before its district: "do Londynu-Luton" -> Londyn-Luton, "Sztokholmu-Skavsty" -> Sztokholm-Skavsta."""
    if "-" in word:
        first, _, rest = word.partition("-")
        readings = [a for a in whole_analyses(first) if GEO_CLASSES & set(a.name_classes) and a.lemma_base != first]
        if readings and rest[:1].isupper():
            if "gen" in readings[0].cases and not whole_analyses(rest) and rest.endswith("y"):
                rest = rest[:-1] + "a"
            return f"{readings[0].lemma_base}-{rest}"
    if word.endswith(("sku", "cku")):
        return word[:-1]
    if word.endswith("yi") and len(word) > 4:
        return word[:-1] + "a"
    # in a genitive slot ("z Grodna, Brześcia i Wołkowyska", "Olity, Druskienik i Merecza") a
    # masculine name's "-a" comes off (a feminine one would end in "-y" or "-i"): "-owa" is "-ów"
    # ("z Sobowa i Nagnajowa"), "-ca" a fleeting e ("do Liberca" -> Liberec)
    if context and "gen" in context and "nom" not in context and word.endswith("ynia") and len(word) > 5:
        return word[:-3] + "ń"  # a soft "-yń": "z Kosowa i Pistynia" -> Pistyń
    if context and "gen" in context and "nom" not in context and word.endswith("a") and len(word) > 4 \
            and word[-2] not in _NAME_VOWELS:
        if word.endswith("owa"):
            return word[:-3] + "ów"
        if word.endswith("ca") and word[-3] not in _NAME_VOWELS:
            return word[:-2] + "ec"
        return word[:-1]
    # in a locative slot: "w Nagnajowie" -> Nagnajów, "w Karwinie i Stonawie" -> Stonawa
    if context and "loc" in context and "nom" not in context and len(word) > 6:
        if word.endswith("owie"):
            return word[:-4] + "ów"
        if word.endswith("awie"):
            return word[:-2] + "a"
        # a stem in k, g or ch takes "-u": "w Svidníku" -> Svidník, "we Freibergu" -> Freiberg
        if word.endswith(("ku", "gu", "chu")):
            return word[:-1]
    if context and not context & {"nom", "acc", "inst"} and _adjectival_form(word):
        return _adjectival_nominative(word)
    # "w Szymkencie", "w Taszkencie": "-ncie" is the locative of "-nt"
    if context and "loc" in context and "nom" not in context and len(word) > 6 and word.endswith("ncie"):
        return word[:-3] + "t"
    # "w Nitrze": "-rze" after a consonant is a feminine "-ra" ("w Kairze", after a vowel, is Kair)
    if context and "loc" in context and "nom" not in context and len(word) >= 6 and word.endswith("rze") \
            and word[-4] not in _NAME_VOWELS:
        return word[:-3] + "ra"
    return word


_LONG_VOWELS = "áéíóúýô"


def _adjectival_form(word: str) -> bool:
    """An oblique feminine adjectival ending on a word the dictionary does not know: "Trstenej"."""
    return len(word) > 5 and word.endswith("ej") and word[-3] not in _NAME_VOWELS


# Letters of Slovak and Czech that Polish does not have.
_SLOVAK_LETTERS = frozenset("áéíýúôäčďľĺňŕšťžěřů")


def _adjectival_nominative(word: str) -> str:
    """"w Cisnej" -> Cisna; "ze Zázrivej": a name spelt with Slovak or Czech letters takes their
    adjectival "-á", short after a long syllable ("Ľubovnianskej" -> Ľubovnianska)."""
    stem = word[:-2]
    if not _SLOVAK_LETTERS & set(stem.lower()) or _long_syllable_before(stem):
        return stem + "a"
    return stem + "á"


def _long_syllable_before(stem: str) -> bool:
    """Whether a Slovak stem's last syllable is long (a long vowel or a diphthong "ia", "ie",
    "iu"): then an adjectival ending after it is short ("Ľubovnianska", but "Trstená")."""
    vowels = [k for k, ch in enumerate(stem) if ch in _NAME_VOWELS]
    if not vowels:
        return False
    last = vowels[-1]
    return stem[last] in _LONG_VOWELS or stem[last] in "aeu" and last > 0 and stem[last - 1] == "i"


def _join_readings(by_key: dict[str, Location], readings: dict[str, set[str]]) -> list[Location]:
    """One place read two ways is the one the text names elsewhere: "w Lipnie" (Lipno or Lipna) is
    the Lipno of "Lipno, 29 września"."""
    for key, lemmas in readings.items():
        loc = by_key.get(key)
        if loc is None:
            continue
        others = [by_key[k] for k in (lemma.lower() for lemma in lemmas) if k != key and k in by_key]
        # the other name is written out somewhere ("Lipno, 29 września"), this one never is, or
        # only as a form no base was found for ("W Małogoszczy": SGJP has only a genitive reading
        # of Małogoszcz, so the form stood for its own name)
        # ... or this one is only ever written as the other's name ("w obrębach Sokółki" read as a
        # genitive of Sokółka, where "w Sokółkach" can only be the village Sokółki)
        if len(others) == 1 and (any(m.text == others[0].name for m in others[0].mentions)
                                 and (not any(m.text == loc.name for m in loc.mentions) or loc.name not in lemmas)
                                 or all(m.text == others[0].name for m in loc.mentions)):
            others[0].mentions.extend(loc.mentions)
            others[0].mentions.sort(key=lambda m: m.start_char)
            del by_key[key]
    return list(by_key.values())


# Case endings of names SGJP does not know ("z Iwano-Frankiwska", "w Nyíregyházie").
_CASE_ENDINGS = ("a", "u", "owi", "em", "ie", "y", "ę", "ą", "zie", "ach", "ami", "om",
                 "ego", "égo", "emu", "ym")  # the last of adjectival names: "do Humennégo" (Humenné)
# Final vowels a name drops before a case ending: Polish ones and those of Czech and Slovak
# adjectival names ("Humenné", "Vysoké Mýto" -> "w Humennem").
_NAME_VOWELS = _VOWELS + "éýáí"


def _join_inflected(locations: list[Location], nominal: frozenset[str] = frozenset()) -> list[Location]:
    """A name the dictionary does not know, read as written in an oblique case, is the place the
    text names in the nominative elsewhere: "z Iwano-Frankiwska" is the "Iwano-Frankiwsk" of
    "Przemyśl i Iwano-Frankiwsk". ``nominal``: names read where only a nominative stands ("Miasta
    Snina"): such a name is the one the others join, never the other way round."""
    # read as written, or given a base guessed from an oblique form ("z Karlskrony" -> Karlskron)
    forms = {id(loc): {m.text for m in loc.mentions if " " not in m.text and _unknown_word(m.text)}
             for loc in locations}
    written = [loc for loc in locations if " " not in loc.name and any(m.text == loc.name for m in loc.mentions)]
    merged: dict[int, Location] = {}
    out = []
    for loc in locations:
        own = forms[id(loc)]
        targets = []
        if " " not in loc.name and _unknown_word(loc.name) and (loc.name in own or own and all(
                loc.name != m.text and m.text[:3] == loc.name[:3] for m in loc.mentions)):
            for other in written:
                # (a name read off this very form is no nominative: "Liberca" as written is the
                # genitive the base Liberec was read from)
                if other is loc or loc.name in nominal and other.name not in nominal or other.name in own:
                    continue
                stems = (other.name, other.name[:-1]) if other.name[-1:] in _NAME_VOWELS else (other.name,)
                if any(form == stem + e for form in own for stem in stems for e in _CASE_ENDINGS):
                    targets.append(other)
        if not targets:
            out.append(loc)
            continue
        # the nominative: read where only a nominative stands, else the shortest ("Svidníku" goes to
        # Svidník, not to the Svidníka written elsewhere)
        target = min(targets, key=lambda t: (t.name not in nominal, len(t.name)))
        while id(target) in merged:
            target = merged[id(target)]
        if target is loc:
            out.append(loc)
            continue
        merged[id(loc)] = target
        target.mentions.extend(loc.mentions)
        target.mentions.sort(key=lambda m: m.start_char)
    out = _join_guessed([loc for loc in out if id(loc) not in merged], nominal)
    for loc in out:
        if loc.name not in nominal and " " not in loc.name and _unknown_word(loc.name):
            loc.name = _written_base(loc) or _plural_by_locative(loc) or _feminine_by_accusative(loc)
    return out


def _written_base(loc: Location) -> str | None:
    """A form among the mentions that the name is an inflection of: mentions "Iwano-Frankiwsk" and
    "Iwano-Frankiwska" under the name "Iwano-Frankiwska" -> Iwano-Frankiwsk."""
    return next((m.text for m in loc.mentions if m.text != loc.name and _unknown_word(m.text)
                 and any(loc.name == m.text + e for e in _CASE_ENDINGS)), None)


def _base_of(loc: Location, other: Location) -> bool:
    """``loc``'s name is written and ``other``'s is it with a case ending: "Iwano-Frankiwsk" of
    "Iwano-Frankiwska"."""
    return any(m.text == loc.name for m in loc.mentions) and any(
        other.name == loc.name + e for e in _CASE_ENDINGS)


@word_cache
def _unknown_word(text: str) -> bool:
    """Not in the dictionary (a hyphenated word whose parts it does not know reads as "ign")."""
    return not whole_analyses(text)  # (which leaves out "ign" readings)


def _plural_by_locative(loc: Location) -> str | None:
    """A plural name from its plural forms: "w Druskienikach", "Olity, Druskienik" and
    "Druskieniki" -> Druskieniki (a nominative written among them wins, else one is guessed from
    the stem)."""
    forms = {m.text for m in loc.mentions}
    stems = {f[:-3] for f in forms if f.endswith("ach") and len(f) > 6}
    if not stems:
        return None
    stem = next(iter(stems))
    for ending in ("i", "y", "e"):
        if stem + ending in forms:
            return stem + ending
    if stem not in forms:
        return None
    return stem + ("i" if stem[-1] in "kg" else "e" if stem[-1] in "cjl" else "y")


def _join_guessed(locations: list[Location], nominal: frozenset[str]) -> list[Location]:
    """Forms of one name the dictionary does not know, none written in the nominative, given
    different guessed bases ("do Sniny" -> Snin, "w Sninie" -> Snina): one place."""
    groups: dict[str, Location] = {}
    out = []
    for loc in locations:
        forms = {m.text for m in loc.mentions}
        if " " in loc.name or not _unknown_word(loc.name) or any(" " in f or not _unknown_word(f) for f in forms):
            out.append(loc)
            continue
        stems = set().union(*(_stems(f) for f in forms))
        first = next((groups[st] for st in sorted(stems) if st in groups), None)
        if first is None:
            for st in stems:
                groups[st] = loc
            out.append(loc)
            continue
        if loc.name in nominal and first.name not in nominal or first.name not in nominal and (
                _base_of(loc, first) or len(loc.mentions) > len(first.mentions) and not _base_of(first, loc)):
            first.name = loc.name
        first.mentions.extend(loc.mentions)
        first.mentions.sort(key=lambda m: m.start_char)
    return out


def _feminine_by_accusative(loc: Location) -> str:
    """A feminine name never written in the nominative, from its accusative or instrumental among
    its other forms: "słowacką Sninę", "do Sniny", "w Sninie" -> Snina."""
    forms = {m.text for m in loc.mentions}
    for form in forms:
        if form[-1:] in ("ę", "ą") and len(form) > 4 and _unknown_word(form) \
                and any(f != form and f.startswith(form[:-1]) for f in forms):
            return form[:-1] + "a"
    return loc.name


@Language.component("komunikat_locations")
def locations_component(doc: Doc) -> Doc:
    doc._.locations = extract_locations(doc)
    return doc
