"""Agreements: signed (or planned, cancelled) letters of intent, cooperation and funding agreements.

An agreement is reported by a *trigger* (a form of podpisać / zawrzeć / parafować / sygnować, incl.
the gerunds "podpisanie", "zawarcie" and participles "zawartej") next to an *agreement noun phrase*
("list intencyjny", "porozumienie o współpracy", "umowy o dofinansowanie"). The noun phrase gives the
kind (``resources/agreement_kinds.tsv``); the verb form and the cue words around it tell whether it
was signed (``resources/agreement_cues.tsv``).

Parties and signatories come from a few small patterns over the trigger's sentence (and the next
sentences while they go on about who signed or represented whom):

* between       "pomiędzy Gminą Pułtusk a Powiatem Pułtuskim"
* with          "porozumienie o współpracy z Wydziałem ..." (``z`` + instrumental name)
* subject       "Stowarzyszenie i Fundacja Terytorialni zawarły porozumienie" (nominative names
  right before an active verb: organisations are parties, people signatories)
* represented   "Gmina Włoszczowa reprezentowana przez ...", "Klaster reprezentował ..."
* on behalf     "w imieniu Wydziału ...", "ze strony Gminy ..."
* named parties "Stronami porozumienia są ...", "porozumienie o współpracy Województwa X i Y",
  "podpisali przedstawiciele Urzędu ... i Uniwersytetu ..."
* signatories: people in that scope whose nearest cue before them is a signing/representing cue
  ("podpisali:", "reprezentowany przez", "w imieniu", "przy kontrasygnacie") and not an exclusion
  cue ("z inicjatywy", "z udziałem", "w obecności").

A list of names is split at "a", "oraz" and commas, and at "i" only between two names: "Stowarzyszenie
i Fundacja" splits, "Wydziałem Inżynierii Materiałowej i Fizyki" does not (grammatical case decides).
When no party is named, the organisations of the signatories (``Person.organization``) stand in.

Names are read from the stages before this one (``doc._.organizations``, ``doc._.locations``,
``doc._.people``) by character offsets; a party no organisation covers is put in the nominative with
:func:`pipeline.normalize.org_base`, and a first name + surname no stage listed still counts as a
person. Mentions of one act (a headline and the report, "umowę podpisali: ...", "podpisały dokument")
are merged into one agreement unless their dates or parties tell them apart. The date is the
resolved day (``doc._.dates``) nearest to the trigger in its sentence, else the document's only day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import morphology  # noqa: F401  (registers token._.analyses)
from .items import Agreement, doc_text
from .morphology import FIRST_NAME, SURNAME, analyse, is_known, word_cache
from .normalize import base_form, common_prefix, org_base, person_base, place_base
from .resources import table, word_list, word_set

# --- data -------------------------------------------------------------------------------------


@cache
def _triggers() -> dict[str, str]:
    return {row["lemma"]: row["form"] for row in table("agreement_triggers.tsv")}


@cache
def _trigger_lemmas() -> frozenset[str]:
    return frozenset(_triggers())


@cache
def _kinds() -> tuple[tuple[str, str, str], ...]:
    return tuple((row["head"], row["modifier"], row["kind"]) for row in table("agreement_kinds.tsv"))


@cache
def _heads() -> frozenset[str]:
    return frozenset(head for head, _, _ in _kinds())


@cache
def _cues() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Cues by their last word: last word -> ((words, role), ...)."""
    by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in table("agreement_cues.tsv"):
        words = tuple(row["cue"].split())
        by_last.setdefault(words[-1], []).append((words, row["role"]))
    return {k: tuple(v) for k, v in by_last.items()}


_QUOTES = frozenset("„”\"«»‚‘’'“")
_CONJ = frozenset({"i", "oraz", "a", ","})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—"})
_WINDOW = 8  # tokens between a trigger and its agreement noun
_WORD_WINDOW = 14  # words (punctuation and quotes not counted) when the noun is farther off


@word_cache
def _lemmas_of(text: str) -> frozenset[str]:
    return frozenset({a.lemma_base.lower() for a in analyse(text)} | {text.lower()})


def _lemmas(tok: Token) -> frozenset[str]:
    return _lemmas_of(tok.text)


def _word_matches(word: str, tok: Token) -> bool:
    return word == tok.lower_ or word in _lemmas(tok)


def _roles_ending_at(toks: list[Token], k: int) -> set[str]:
    """Roles of the cues whose last word is ``toks[k]``."""
    roles: set[str] = set()
    for words, role in _cues_ending_in(toks[k].text):
        n = len(words)
        if k - n + 1 < 0:
            continue
        if all(_word_matches(w, toks[k - n + 1 + j]) for j, w in enumerate(words[:-1])):
            roles.add(role)
    return roles


@word_cache
def _cues_ending_in(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The cues whose last word is one of the word's lemmas (none for most words)."""
    cues = _cues()
    return tuple(cue for last in _lemmas_of(word) for cue in cues.get(last, ()))


def _cases(tok: Token) -> frozenset[str]:
    return _cases_of(tok.text)


@word_cache
def _cases_of(word: str) -> frozenset[str]:
    out: set[str] = set()
    for a in analyse(word):
        if a.pos in ("subst", "adj", "depr", "ppas", "pact", "ger"):
            out |= a.cases
    return frozenset(out)


def _has_pos(tok: Token, *pos: str) -> bool:
    return not _pos_of(tok.text).isdisjoint(pos)


@word_cache
def _pos_of(word: str) -> frozenset[str]:
    """Parts of speech of the word's readings (``Analysis.pos`` splits the tag on every call)."""
    return frozenset(a.pos for a in analyse(word))


# --- names from the earlier stages -------------------------------------------------------------


@dataclass(slots=True)
class _Ref:
    kind: str  # person, org, place
    name: str
    start: int
    end: int
    organization: str | None = None  # a person's organisation


def _refs(doc: Doc) -> list[_Ref]:
    refs: list[_Ref] = []
    for kind, items in (("person", doc._.people), ("org", doc._.organizations), ("place", doc._.locations)):
        for item in items or []:
            for m in item.mentions:
                refs.append(_Ref(kind, item.name, m.start_char, m.end_char, getattr(item, "organization", None)))
    have = {r.kind for r in refs}
    # Without the rule stages, fall back on the NER layer.
    for ent in doc.ents:
        kind = {"persName": "person", "orgName": "org", "placeName": "place", "geogName": "place"}.get(ent.label_)
        if kind and kind not in have:
            refs.append(_Ref(kind, base_form(ent, ent.label_), ent.start_char, ent.end_char))
    return refs


@cache
def _common_parties() -> dict[str, frozenset[str]]:
    return {row["noun"]: frozenset(row["heads"].split(",")) for row in table("agreement_common_parties.tsv")}


@word_cache
def _org_heads(name: str) -> frozenset[str]:
    """Lemmas of an organisation name's first word and of its common nouns among the first three
    ("Wojewódzki Szpital Zespolony" -> szpital, "Gmina Miasto Elbląg" -> gmina, miasto), plus
    "legal_form" for a company."""
    words = name.split()
    if not words:
        return frozenset()
    heads = set(_lemmas_of(words[0]))
    if "–" in words:  # "Sieć Badawcza Łukasiewicz – Łódzki Instytut Technologiczny" is an institute too
        member = words[words.index("–") + 1:]
        heads |= next((_lemmas_of(w) for w in member[:3] if _common_noun(w)), frozenset())
    nouns = [w for w in words[:3] if _common_noun(w)]
    for noun in nouns[:1] + [w for w in nouns[1:] if any(a.lemma_base.lower() == w.lower() for a in analyse(w))]:
        heads |= _lemmas_of(noun)  # "Gmina Miasto Elbląg": gmina and miasto; "Urząd Miasta Kielce": urząd only
    if _ends_in_legal_form(name):
        heads.add("legal_form")
    return frozenset(heads)


@word_cache
def _common_noun(word: str) -> bool:
    """A common noun reading ("Szpital"), not a surname one ("Miejski")."""
    return any(a.pos == "subst" and a.lemma_base[:1].islower() for a in analyse(word))


def _common_noun_party(tok: Token, refs: list[_Ref]) -> str | None:
    """"szpital", "fundacja", "spółka" written lowercase: the document's one organisation of that kind."""
    if not tok.text[:1].islower():
        return None
    table_ = _common_parties()
    nouns = _lemmas(tok) & table_.keys()
    if not nouns:
        return None
    # the organisation the text introduced with this noun: "od funduszu Bridge Capital ASI S.A. ...
    # w imieniu funduszu"
    # (an organisation introduced only later is not the one referred back to)
    # (nor one of another known kind: "szpital MSWiA" is the ministry's hospital, not the ministry)
    introduced = {name for noun, name, at in _introduced(tok.doc, refs) if noun in nouns and at < tok.idx
                  and not (_org_heads(name) & table_.keys()) - nouns}
    if len(introduced) == 1:
        return introduced.pop()
    heads = frozenset().union(*(table_[lem] for lem in nouns))
    names = {r.name for r in refs if r.kind == "org" and _org_heads(r.name) & heads}
    if len(names) > 1:  # "spółka" after EPEC's lead, Energa Obrót S.A. only in the last paragraph
        names = {r.name for r in refs if r.name in names and r.start < tok.idx}
    return names.pop() if len(names) == 1 else None


def _joins_later(toks: list[Token]) -> bool:
    """Does someone join only in the future ("Do konsorcjum dołączy także X")? ("będzie konsorcjum firm X i Y"
    names the contractor chosen.)"""
    joins = {lemma for lemma, form in _triggers().items() if form == "join"}
    return any(a.pos == "fin" and "perf" in a.tag.split(":") and a.lemma_base.lower() in joins
               for t in toks for a in analyse(t.text))


def _previous_org(toks: list[Token], refs: list[_Ref]) -> str | None:
    """The organisation named last in the sentence before ``toks`` (what "z nią", "z nim" refer to)."""
    doc = toks[0].doc
    start = toks[0].idx
    before = doc[:toks[0].i].sents if toks[0].i > 0 else None
    prev = list(before)[-1] if before is not None else None
    if prev is None:
        return None
    found = [r for r in refs if r.kind == "org" and prev.start_char <= r.start and r.end <= start]
    return max(found, key=lambda r: r.end).name if found else None


def _generic_subject_before(toks: list[Token], j: int, refs: list[_Ref]) -> str | None:
    """"Miejski Zakład Komunikacji kupi cztery autobusy. Umowę na ich dostawę spółka zawarła ...": a
    generic head (``agr_generic_heads.txt``) as the subject stands for the organisation that opens the
    sentence before, when the one organisation of its kind is the act's other side."""
    if not _lemmas(toks[j]) & word_set("agr_generic_heads.txt"):
        return None
    doc = toks[0].doc
    if toks[0].i == 0:
        return None
    prev = next(iter(doc[toks[0].i - 1:toks[0].i].sents), None)
    if prev is None:
        return None
    first = next((t for t in prev if not t.is_space), None)
    org = next((r for r in refs if r.kind == "org" and first is not None and r.start == first.idx), None)
    return org.name if org is not None and "nom" in _cases(first) else None


def _adjective_party(tok: Token, refs: list[_Ref]) -> str | None:
    """"w imieniu holenderskiego partnera" after "holenderska firma van der Linden Agritech B.V.": a
    lowercase adjective and a noun stand for the one organisation the text introduced after the same
    adjective (with or without a noun between)."""
    doc = tok.doc
    if not tok.text[:1].islower() or not _has_pos(tok, "adj") or tok.i + 1 >= len(doc) \
            or not _has_pos(doc[tok.i + 1], "subst") or not doc[tok.i + 1].text[:1].islower():
        return None
    lemmas = {a.lemma_base.lower() for a in analyse(tok.text) if a.pos == "adj"}
    by_start = {r.start: r.name for r in refs if r.kind == "org"}
    names = set()
    for t in doc[:-2]:
        if t.i != tok.i and t.text[:1].islower() and {a.lemma_base.lower() for a in analyse(t.text) if a.pos == "adj"} & lemmas:
            nxt = doc[t.i + 1] if doc[t.i + 1].idx in by_start else doc[t.i + 2]
            if nxt.i == t.i + 1 or doc[t.i + 1].text[:1].islower() and _has_pos(doc[t.i + 1], "subst"):
                names.add(by_start.get(nxt.idx))
    names.discard(None)
    return names.pop() if len(names) == 1 else None


def _introduced(doc: Doc, refs: list[_Ref]) -> list[tuple[str, str, int]]:
    """(noun, organisation) for each organisation written right after a lowercase common noun of
    ``agreement_common_parties.tsv`` ("funduszu Bridge Capital ASI S.A.", "spółka AgriSense sp. z o.o.")."""
    table_ = _common_parties()
    by_start = {r.start: r.name for r in refs if r.kind == "org"}
    out = []
    toks = list(doc)  # each Token built once, not twice through doc[i]
    for tok, nxt in zip(toks, toks[1:], strict=False):
        if (name := by_start.get(nxt.idx)) and tok.is_alpha and tok.text[:1].islower():
            out += [(noun, name, tok.idx) for noun in _lemmas(tok) & table_.keys()]
    return out


def _name_like(tok: Token) -> bool:
    """A word that can be part of a person's name: a name in SGJP or a word it does not know
    ("Wojtyszek"), not a common noun ("Wicestarosta")."""
    return not is_known(analyse(tok.text)) or any(
        a.name_classes and "pospolita" not in " ".join(a.name_classes) for a in analyse(tok.text))


def _municipal_unit(org: str, parties: list[str]) -> bool:
    """"Ośrodek Pomocy Społecznej we Włoszczowie" beside the party "Gmina Włoszczowa": a unit of the
    municipality seated in its town, whose director signs for the gmina."""
    seat = re.split(r"\s(?:w|we)\s", org)
    if len(seat) < 2:
        return False
    stems = _stems(seat[-1])
    return any(p.split()[0] in _TERRITORY_NAMES.values() and _stems(p) & stems for p in parties)


def _unlisted_people(doc: Doc, toks: list[Token], refs: list[_Ref]) -> list[_Ref]:
    """First name + surname runs no earlier stage covers ("Wojewodą Świętokrzyskim Agata Wojtyszek"),
    so a party's name never swallows its signatory."""
    heads = word_set("agreement_party_heads.txt")
    out: list[_Ref] = []
    texts = [t.text for t in toks]  # read once, not per test
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and j - i < 3 and texts[j][:1].isupper() and texts[j].isalpha() \
                and not _lemmas_of(texts[j]) & heads and not _is_title(toks[j]) \
                and (j == i or _name_like(toks[j])):
            j += 1
        run = toks[i:j]
        if len(run) >= 2 and not _after_place_prep(toks, i) and any(FIRST_NAME in a.name_classes for a in analyse(run[0].text)) \
                and not any(r.start < _end(run[-1]) and r.end > run[0].idx for r in refs):
            span = doc[run[0].i:run[-1].i + 1]
            out.append(_Ref("person", person_base(span), span.start_char, span.end_char))
            i = j
        else:
            i += 1
    return out


def _after_place_prep(toks: list[Token], i: int) -> bool:
    """"w Hali Legionów": capitalised words after a preposition of place name a place."""
    return i > 0 and toks[i - 1].lower_ in ("w", "we", "na", "przy", "do")


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)


_NAME_WORD = re.compile(r"\s+([^\s,;:()„”\"]+)")


def _extend_to_legal_form(doc: Doc, refs: list[_Ref]) -> None:
    """An organisation an earlier stage cut before the rest of its name and its legal form
    ("Technické" of "Technické služby Hrádek nad Nisou, s.r.o."): up to five more words, each
    capitalised, unknown to the dictionary (a foreign word) or a preposition between two capitalised
    words ("nad"), then a legal form. The name is kept as written."""
    text = doc_text(doc)
    for r in refs:
        if r.kind != "org" or _ends_in_legal_form(r.name):
            continue
        last = r.start + text[r.start:r.end].rstrip().rfind(" ") + 1
        if (form := _legal_form_at(text, last)) and last + len(form) > r.end:
            r.name = " ".join(text[r.start:last + len(form)].split())  # "Ørsted Wind Power A" + "/S"
            r.end = last + len(form)
            continue
        pos, words = r.end, text[r.start:r.end].split()[-1:]
        while len(words) < 6:
            at = pos + len(re.match(r",?\s*", text[pos:pos + 4]).group(0))  # type: ignore[union-attr]
            if at > pos and (form := _legal_form_at(text, at)):
                r.name = " ".join(text[r.start:at + len(form)].split())
                r.end = at + len(form)
                break
            if (match := _NAME_WORD.match(text, pos)) is None:
                break
            word = match.group(1)
            after = _NAME_WORD.match(text, match.end())
            foreign = word[:1].islower() and not is_known(analyse(word))
            inner_prep = _pos_of(word) == frozenset({"prep"}) and words[-1][:1].isupper() \
                and after is not None and after.group(1)[:1].isupper()
            if not (word[:1].isupper() or foreign or inner_prep) or _pos_of(word) & _VERB_ONLY:
                break
            words.append(word)
            pos = match.end()


def _join_branches(doc: Doc, refs: list[_Ref]) -> None:
    """"Zakład Ubezpieczeń Społecznych" + "Oddział w Krakowie" written one after the other: one branch,
    "Zakład Ubezpieczeń Społecznych Oddział w Krakowie"."""
    text = doc_text(doc)
    orgs = sorted((r for r in refs if r.kind == "org"), key=lambda r: r.start)
    branches = word_set("org_branch_nouns.txt")
    for a, b in zip(orgs, orgs[1:], strict=False):
        if b.start > a.end and not text[a.end:b.start].strip() and _lemmas_of(b.name.split()[0]) & branches:
            a.name, a.end = f"{a.name} {b.name}", b.end
            b.name, b.start = a.name, a.start
    for r in orgs:  # a mention that spells the branch its name leaves out, in the nominative
        words = text[r.start:r.end].split()
        at = next((i for i, w in enumerate(words[1:], 1) if w.lower() in branches), None)
        if at is not None and words[at] not in r.name.split():
            r.name = f"{r.name} {' '.join(words[at:])}"


def _split_two_heads(doc: Doc, refs: list[_Ref]) -> None:
    """"z Gminą Czarna Białostocka Nadleśnictwo Żednia" read as one name: a second head noun in the
    nominative after a first name in another case opens a second organisation."""
    text = doc_text(doc)
    heads = word_set("agreement_party_heads.txt")
    for r in [r for r in refs if r.kind == "org"]:
        words = list(re.finditer(r"\S+", text[r.start:r.end]))
        if len(words) < 4 or "nom" in _cases_of(words[0].group(0)):
            continue
        for i in range(2, len(words) - 1):
            w = words[i].group(0)
            # the second head cannot share the first one's case ("Zespołu Szkół Centrum ..." is one name)
            if w[:1].isupper() and _lemmas_of(w) & heads \
                    and any(a.pos == "subst" and a.number == "sg" and "nom" in a.cases for a in analyse(w)) \
                    and not _cases_of(w) & _cases_of(words[0].group(0)):  # "Województwa" is no nominative here
                cut = r.start + words[i].start()
                first = doc.char_span(r.start, cut - 1, alignment_mode="expand")
                second = doc.char_span(cut, r.end, alignment_mode="expand")
                if first is None or second is None:
                    break
                end = r.end
                r.name, r.end = org_base(first), first.end_char
                refs.append(_Ref("org", org_base(second), cut, end))
                break


_QUOTED_AFTER = re.compile(r"\s*[„\"«]([^”\"»]{2,60})[”\"»]")


def _prefix_form_names(doc: Doc, refs: list[_Ref]) -> None:
    """"TOW „Wołyń-Agro”" where an earlier stage found only the form "TOW": a legal form written before
    the name (``agr_prefix_legal_forms.txt``) takes the quoted name after it."""
    text = doc_text(doc)
    forms = word_set("agr_prefix_legal_forms.txt")
    for r in refs:
        if r.kind == "org" and r.name in forms and (m := _QUOTED_AFTER.match(text, r.end)):
            r.name, r.end = f"{r.name} „{m.group(1)}”", m.end()


def _town_and_gmina(doc: Doc, refs: list[_Ref]) -> None:
    """"Miasto i Gmina Końskie" where an earlier stage found only "Gmina Końskie": the town and the gmina
    around it are one office."""
    text = doc_text(doc)
    for r in refs:
        if r.kind == "org" and r.name.startswith("Gmina ") and (m := re.search(r"Miasto i\s+$", text[max(0, r.start - 9):r.start])):
            r.start -= len(m.group(0))
            r.name = "Miasto i " + r.name


def _cut_trailing_people(doc: Doc, refs: list[_Ref]) -> None:
    """An organisation an earlier stage ran on into the name after it ("Komisji Zakładowej NSZZ
    „Solidarność” Grzegorz Wolny"): it ends before the person."""
    text = doc_text(doc)
    people = [r for r in refs if r.kind == "person"]
    for r in refs:
        if r.kind != "org":
            continue
        for p in people:
            if r.start < p.start and p.end == r.end:
                surface = " ".join(text[p.start:p.end].split())
                # "przewodniczący Komisji Zakładowej NSZZ „Solidarność” Grzegorz Wolny" (a role, the body
                # it heads, the person), not a firm named after its owner ("z Zakładem Termex Piotr Nowak")
                before = text[:r.start].split()[-1:]
                role = bool(before) and bool(_lemmas_of(before[0]) & word_set("people_roles.txt"))
                if role and (r.name.endswith(" " + surface) or r.name.endswith(" " + p.name)):
                    r.name = r.name[:-len(surface if r.name.endswith(" " + surface) else p.name)].rstrip(" ,–-")
                    r.end = p.start
                break


def _unlisted_orgs(doc: Doc, toks: list[Token], refs: list[_Ref]) -> list[_Ref]:
    """Inflected mentions of a known organisation no earlier stage marked ("prezes zarządu Kolei
    Wielkopolskich" for "Koleje Wielkopolskie sp. z o.o."), and an acronym with a number for a
    numbered one ("dyrektor SP nr 51" for "Szkoła Podstawowa nr 51"): the longest run of capitalised
    words (and "nr N") whose base form is a name or alias of the document."""
    known = _known_names(doc)
    if not known:
        return []
    out: list[_Ref] = []
    covered = _covered_chars(refs)
    texts = [t.text for t in toks]  # read once, not per test
    i = 0
    while i < len(toks):
        j = i
        # (the word tests first: most words fail them, and they cost less than the search)
        while j < len(toks) and j - i < 6 and (
                texts[j][:1].isupper() and any(c.isalpha() for c in texts[j])
                or toks[j].lower_ == "nr" and j > i and j + 1 < len(toks) and texts[j + 1].isdigit()
                or texts[j].isdigit() and j > i and toks[j - 1].lower_ == "nr") and not covered(toks[j].idx):
            j += 1
        found = None
        for a in range(i, j):
            run = toks[a:j]
            name = _numbered_acronym(run, known) or known.get(org_base(doc[run[0].i:run[-1].i + 1]).lower())
            if name is not None:
                found = _Ref("org", name, run[0].idx, _end(run[-1]))
                break
        if found is not None:
            out.append(found)
        i = max(j, i + 1)
    return out


def _covered_chars(refs: list[_Ref]) -> Callable[[int], bool]:
    """A test of whether a character offset lies inside any of ``refs``: their spans merged and
    sorted once, then a binary search per offset instead of a pass over every name."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted((r.start, r.end) for r in refs if r.start < r.end):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)

    def covered(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]
    return covered


def _numbered_acronym(run: list[Token], known: dict[str, str]) -> str | None:
    """"SP nr 51" -> "Szkoła Podstawowa nr 51" when the document names it: the acronym spells the
    initials of the words before the same number."""
    if len(run) != 3 or run[1].lower_ != "nr" or not run[0].text.isupper():
        return None
    for key, name in known.items():
        words = key.split()
        if len(words) >= 3 and words[-2] == "nr" and words[-1] == run[2].text \
                and "".join(w[0] for w in words[:-2]).upper() == run[0].text:
            return name
    return None


# --- name phrases -------------------------------------------------------------------------------


@cache
def _legal_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The legal forms of ``org_legal_forms.txt`` without their spaces: those with a period compared
    in lower case ("Sp. z o.o.", "s.a."), the others as written ("AG", "GmbH"; "ag" is no form)."""
    forms = [f.replace(" ", "") for f in word_list("org_legal_forms.txt")]
    return frozenset(f.lower() for f in forms if "." in f), frozenset(f for f in forms if "." not in f)


def _legal_form_word(word: str) -> bool:
    """Is ``word`` (spaces ignored) a legal form: "sp. z o.o.", "S.A.", "Co.,Ltd.", "GmbH"?"""
    dotted, plain = _legal_forms()
    w = word.replace(" ", "")
    return w.lower() in dotted if "." in w else w in plain


@word_cache
def _ends_in_legal_form(name: str) -> bool:
    """Does a name end in a legal form ("Minh Phat Co., Ltd.", "Airport Košice, a.s.", "PHU Kowalscy s.c.")?"""
    words = name.split()
    return any(_legal_form_word("".join(words[-n:]).lstrip(",")) for n in range(1, min(4, len(words))))


@cache
def _legal_form_patterns() -> tuple[re.Pattern[str], ...]:
    """Each legal form as a pattern over the raw text, longest first, spaces after its periods and
    commas optional ("Co., Ltd." and "Co.,Ltd."; "a.s." the tokenizer splits as "a.s" + ".")."""
    out = []
    for form in sorted(word_list("org_legal_forms.txt"), key=len, reverse=True):
        body = r"\s*".join(re.escape(c) for c in form.replace(" ", ""))
        out.append(re.compile(r"(?:" + body + r")(?![\w])", 0 if "." not in form else re.I))
    return tuple(out)


@cache
def _legal_form_patterns_by_initial() -> dict[str, tuple[re.Pattern[str], ...]]:
    """The patterns of ``_legal_form_patterns`` by the lowercase first letter of their form, each
    group longest first: only the forms that can start at a character are tried there."""
    forms = sorted(word_list("org_legal_forms.txt"), key=len, reverse=True)
    by_initial: dict[str, list[re.Pattern[str]]] = {}
    for form, pattern in zip(forms, _legal_form_patterns(), strict=True):
        by_initial.setdefault(form.replace(" ", "")[0].lower(), []).append(pattern)
    return {initial: tuple(patterns) for initial, patterns in by_initial.items()}


def _legal_form_at(text: str, pos: int) -> str | None:
    """The legal form spelled from ``pos`` on ("Co., Ltd. z Hanoi" -> "Co., Ltd."), as written."""
    initial = text[pos:pos + 1]
    # (case-blind matching folds a few other letters onto ASCII ones: "ſ" on "s", the Kelvin sign on "k")
    patterns = _legal_form_patterns_by_initial().get(initial.lower(), ()) if initial.isascii() \
        else _legal_form_patterns()
    for pattern in patterns:
        if match := pattern.match(text, pos):
            return match.group(0)
    return None


def _is_legal_form(tok: Token) -> bool:
    return _legal_form_word(tok.text)


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    if text in _QUOTES or _is_legal_form(tok):
        return True
    if not (text[:1].isupper() and any(c.isalpha() for c in text)):
        return False
    # a capitalised adverb or preposition opening a sentence ("Wczoraj", "Dziś") is no name
    return not _has_pos(tok, "adv", "qub")


def _is_title(tok: Token) -> bool:
    return tok.lower_ in word_set("agreement_titles.txt")


def _is_connector(tok: Token) -> bool:
    return tok.lower_ in word_set("agreement_name_connectors.txt")


def _blocked(tok: Token) -> bool:
    """Agreement nouns, triggers and words for the document never belong to a party's name."""
    lem = _lemmas(tok)
    return bool(lem & _heads()) or bool(lem & _trigger_lemmas()) or bool(lem & word_set("agreement_document_nouns.txt"))


def _split_at_i(toks: list[Token], start: int, k: int, refs: list[_Ref]) -> bool:
    """Is ``toks[k] == "i"`` a conjunction between two names (not part of one name)?

    "Stowarzyszenie i Fundacja" splits (both nominative); "Wydziałem Inżynierii Materiałowej i
    Fizyki" does not ("Fizyki" agrees with "Materiałowej", not with the head "Wydziałem").
    """
    nxt = k + 1
    while nxt < len(toks) and toks[nxt].text in _QUOTES:
        nxt += 1
    if nxt >= len(toks):
        return True
    if any(r.kind == "person" and r.start == toks[nxt].idx for r in refs):
        return True
    heads = word_set("agreement_party_heads.txt")
    if _lemmas(toks[nxt]) & heads and k - start == 1 and _lemmas(toks[start]) & heads:
        return True  # "Stowarzyszenie i Fundacja Terytorialni"
    at = toks[k].idx
    if any(r.kind == "org" and r.start < at and r.end > at + 1 for r in refs):
        return False  # one organisation's name: "Urząd Miasta i Gminy Proszowice"
    if any(r.kind == "place" and r.end == _end(toks[k - 1]) and r.start >= toks[start].idx for r in refs) \
            and any(r.kind == "place" and r.start == toks[nxt].idx for r in refs):
        return True  # two places: "Kwidzyn i Wolfenbüttel podpisały umowę"
    if _lemmas(toks[nxt]) & heads:
        # "Urzędu Marszałkowskiego i Uniwersytetu w Białymstoku" splits, "Burmistrz Miasta i Gminy
        # Proszowice" does not (two heads joined inside one genitive)
        return not (k - 1 > start and _lemmas(toks[k - 1]) & heads)
    head = next((t for t in toks[start:k] if t.text not in _QUOTES and not _is_title(t)), toks[start])
    head_cases, next_cases = _cases(head), _cases(toks[nxt])
    if not head_cases or not next_cases:
        return True
    if not head_cases & next_cases:
        return False
    prev = toks[k - 1]
    if prev is not head and _cases(prev) & next_cases:
        return False
    return True


def _phrase(toks: list[Token], i: int, refs: list[_Ref], lead: int = 2) -> tuple[int, int] | None:
    """The name starting at ``toks[i]``: [start, end) token positions, or None.

    Up to ``lead`` lowercase words may come first ("węgierską Gminą", "białostockim Wschodnim").
    """
    n = len(toks)
    if i < n and toks[i].text[:1].islower():
        # a region written in lower case that an earlier stage found: "między województwem
        # podkarpackim a obwodem lwowskim"
        ref = next((r for r in refs if r.start == toks[i].idx and r.kind in ("place", "org")), None)
        if ref is not None:
            end = i
            while end < n and toks[end].idx < ref.end:
                end += 1
            return i, end
    k = i
    while k < n and k - i < lead and toks[k].text[:1].islower() and not _is_legal_form(toks[k]) \
            and toks[k].lower_ not in _CONJ and _has_pos(toks[k], "adj", "subst", "ppas") \
            and "który" not in _lemmas(toks[k]):  # ", którego przedstawicielka Anna X" opens a relative clause
        k += 1
    if k >= n or not _is_name_token(toks[k]) or _blocked(toks[k]):
        return None
    end = k
    while end < n:
        t = toks[end]
        if _blocked(t):
            break
        if end > k and _is_legal_form(toks[end - 1]) and not _is_legal_form(t) and t.text[:1].isupper():
            break  # a legal form ends a name: "z Grupą Azoty S.A. Spółkę reprezentowali" (a missed sentence end)
        if t.text == "I" and end > k and end + 1 < n and toks[end - 1].text.isupper() and toks[end + 1].text.isupper() \
                and _capitals_pair(toks, end, refs):
            break  # two names in a headline in capitals: "KWIDZYN I WOLFENBÜTTEL PODPISAŁY UMOWĘ", "MAŁOPOLSKA I REGION ..."
        if _is_name_token(t) or _is_title(t):
            end += 1
            continue
        if end + 1 < n and _is_name_token(toks[end + 1]):
            if _is_connector(t):
                end += 1
                continue
            if t.lower_ == "i" and not _split_at_i(toks, k, end, refs):
                end += 1
                continue
        if t.text.isdigit() and toks[end - 1].lower_ == "nr":
            end += 1
            continue
        break
    while end > k and _is_connector(toks[end - 1]):
        end -= 1
    # an organisation an earlier stage found is passed whole: "Parafia pw. św. Michała Archanioła w Lublinie"
    ref = max((r for r in refs if r.kind == "org" and r.start == toks[k].idx), key=lambda r: r.end, default=None)
    if ref is not None and end > k and ref.end > _end(toks[end - 1]):
        while end < n and toks[end].idx < ref.end:
            end += 1
    return (i, end) if end > k else None


def _capitals_pair(toks: list[Token], k: int, refs: list[_Ref]) -> bool:
    """Does "I" at k join two names the text writes as usual elsewhere: the word before it ends one,
    the word after it opens one ("KWIDZYN I WOLFENBÜTTEL", "MAŁOPOLSKA I REGION OWERNIA-RODAN-ALPY")?"""
    text = doc_text(toks[0].doc)
    surfaces = [text[r.start:r.end].lower().split() for r in refs if r.kind in ("place", "org") and r.end > r.start]
    names = [r.name.lower().split() for r in refs if r.kind in ("place", "org") and r.name]
    ends = {w[-1] for w in surfaces + names if w}
    starts = {w[0] for w in surfaces + names if w}
    # (the second may open with its common noun: "REGION OWERNIA-RODAN-ALPY" of the place "Owernia-Rodan-Alpy")
    return toks[k - 1].lower_ in ends and (toks[k + 1].lower_ in starts or k + 2 < len(toks) and toks[k + 2].lower_ in starts)


def _name_list(toks: list[Token], i: int, refs: list[_Ref]) -> list[tuple[int, int]]:
    """"Gminą X a Gminą Y", "A, B i C", "Wojewodą X Agata Y, a Gminą Z" -> phrase spans."""
    out: list[tuple[int, int]] = []
    k, joined = i, False
    while k < len(toks):
        ph = _phrase(toks, k, refs)
        if ph is None:
            break
        out.append(ph)
        k = ph[1]
        if k < len(toks) and toks[k].text == "(":  # "Województwem Śląskim (Rzeczpospolita Polska)"
            close = next((j for j in range(k, min(k + 12, len(toks))) if toks[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
        k = _skip_representation(toks, k)
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower_ in ("a", "i", "oraz"):
            k += 1
        if k < len(toks) and toks[k].lower_ in ("a", "i", "oraz"):
            joined = True
            k += 1
            continue
        if k < len(toks) and toks[k].text == "," and not joined:
            k += 1
            continue
        break
    return out


def _skip_representation(toks: list[Token], k: int) -> int:
    """Skip "(,) reprezentowanym przez Zarząd Województwa" inside a list of parties."""
    r = k + 1 if k < len(toks) and toks[k].text == "," else k
    if r < len(toks) and "reprezentować" in _lemmas(toks[r]) and _has_pos(toks[r], "ppas"):
        for j in range(r + 1, min(r + 25, len(toks))):
            if toks[j].text == "," or toks[j].lower_ in ("a", "oraz"):
                return j
        return len(toks)
    return k


def _open_paren(toks: list[Token], k: int, refs: list[_Ref] | None = None) -> int | None:
    """Position of the "(" that the ")" at ``k`` closes, on a short aside after a name: "(UWM)",
    "(dalej: Zamawiający)", "(Brandenburski Uniwersytet Techniczny Chociebuż-Senftenberg, BTU)"; the
    name may end in a lowercase word when an earlier stage found it ("Prešovský samosprávny kraj")."""
    if toks[k].text != ")":
        return None
    for o in range(k - 2, max(-1, k - 14), -1):
        if toks[o].text == ")":
            return None
        if toks[o].text == "(":
            if o > 0 and (_is_name_token(toks[o - 1]) or any(
                    r.kind == "org" and r.end == _end(toks[o - 1]) for r in refs or ())):
                return o
            return None
    return None


def _close_paren(toks: list[Token], k: int) -> int | None:
    """Position of the ")" closing a short aside that opens at ``k``."""
    if toks[k].text != "(":
        return None
    return next((j for j in range(k + 1, min(k + 14, len(toks))) if toks[j].text == ")"), None)


def _after_unit_noun(toks: list[Token], ref: _Ref) -> bool:
    """A place of several words named after a lowercase unit noun: "czeskie miasto Hrádek nad Nisou"."""
    k = next((i for i, t in enumerate(toks) if t.idx == ref.start), None)
    return k is not None and k > 0 and toks[k - 1].text[:1].islower() \
        and bool(_lemmas(toks[k - 1]) & word_set("agreement_name_heads.txt"))


def _chain_start(toks: list[Token], j: int, lists: bool = True, refs: list[_Ref] | None = None) -> int | None:
    """Start of the run of names ending at ``toks[j]`` (walking back over "i"/"oraz"/"," when
    ``lists``). An organisation an earlier stage found is passed whole, with its patron
    ("Szpital ... im. bł. ks. Jerzego Popiełuszki we Włocławku")."""
    k = j
    while k >= 0:
        t = toks[k]
        listed = k == j or k + 1 <= j and toks[k + 1].lower_ in ("i", "oraz", ",")  # the last name, or one in the list
        ref = min((r for r in refs or () if listed and r.end == _end(t) and r.start < t.idx
                   and (r.kind == "org" or r.kind == "place" and _after_unit_noun(toks, r))),
                  key=lambda r: r.start, default=None)  # the longest: "Wojewódzka Stacja Pogotowia Ratunkowego w X"
        if ref is not None:
            while k > 0 and toks[k - 1].idx >= ref.start:
                k -= 1
            if ref.kind == "place":
                k -= 1  # on to its unit noun and adjective: "czeskie miasto Hrádek nad Nisou"
                continue
            a = k
            while lists and a > 0 and k - a < 2 and toks[a - 1].text[:1].islower() and _has_pos(toks[a - 1], "adj") \
                    and not _has_pos(toks[a - 1], "prep") and toks[a - 1].lower_ not in _CONJ:
                a -= 1  # "... i niemieckie miasto Zittau podpisały": an adjective of origin before the name
            if a < k and a > 0 and toks[a - 1].lower_ in ("i", "oraz", ","):
                k = a
            if k > 0 and toks[k - 1].lower_ in ("i", "oraz", ",") and lists or k > 0 and _is_connector(toks[k - 1]):
                k -= 1
                continue
            k -= 1
            break
        if k < j and (o := _open_paren(toks, k)) is not None:
            k = o - 1  # "Zespół Szkół Elektronicznych w Rzeszowie (ZSE) i Asseco Poland S.A. podpisały"
            continue
        if _blocked(t):
            break
        if _is_name_token(t) or _is_title(t):
            k -= 1
            continue
        if k < j and (_is_name_token(toks[k + 1]) or k + 2 <= j and _is_name_token(toks[k + 2])) \
                and t.text[:1].islower() and (
                _lemmas(t) & word_set("agreement_name_heads.txt") or (
                    _has_pos(t, "adj") and not _has_pos(t, "prep") and "który" not in _lemmas(t))):
            k -= 1  # "litewskie miasto Olita"
            continue
        closes_acronym = k >= 1 and _open_paren(toks, k - 1) is not None
        if k > 0 and (_is_name_token(toks[k - 1]) or closes_acronym) and (
                _is_connector(t) or (lists and t.lower_ in ("i", "oraz", ","))):
            k -= 1
            continue
        break
    start = k + 1
    while start <= j and (toks[start].lower_ in _CONJ or _is_connector(toks[start])):
        start += 1
    return start if start <= j else None


# --- resolving a phrase to names -------------------------------------------------------------


def _chars(toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return toks[span[0]].idx, _end(toks[span[1] - 1])


def _content_start(toks: list[Token], span: tuple[int, int]) -> int:
    """Skip lowercase words before a name ("białostockim", "firmą"), but keep a head that belongs
    to the name ("gminą Choroszcz" -> "Gmina Choroszcz")."""
    k = span[0]
    keep = word_set("agreement_name_heads.txt")
    while k < span[1] - 1 and toks[k].text[:1].islower() and not _is_legal_form(toks[k]) \
            and not _lemmas(toks[k]) & keep:
        k += 1
    return k


def _party_like(toks: list[Token], start: int, end: int) -> bool:
    words = [t for t in toks[start:end] if t.text not in _QUOTES]
    if not words:
        return False
    heads = word_set("agreement_party_heads.txt")
    if _lemmas(words[0]) & heads:
        return len(words) > 1  # "Gmina Włoszczowa", not a bare "Firma" or "Gmina"
    if any(_is_legal_form(t) for t in words):
        return True
    if any(FIRST_NAME in a.name_classes for a in analyse(words[0].text)) and len(words) >= 2:
        return False  # "Gejdar Alijew": a person the people stage did not list
    if len(words) == 1:
        w = words[0]
        proper = any(set(a.name_classes) - {FIRST_NAME, SURNAME, "nazwa_pospolita"} for a in analyse(w.text))
        return (w.text.isupper() and len(w.text) >= 2) or not is_known(analyse(w.text)) or proper
    return all(_is_name_token(t) or _is_connector(t) or t.lower_ == "i" for t in words)


_CONJ_RE = re.compile(r"(?:^|\s)(?:i|a|oraz)(?:\s|$)|,")


def _crosses_conjunction(doc: Doc, a: int, b: int) -> bool:
    """Does the text between two offsets hold a conjunction (so a name reaching over it is two)?"""
    return a < b and bool(_CONJ_RE.search(doc_text(doc)[a:b]))


def _resolve(doc: Doc, toks: list[Token], span: tuple[int, int], refs: list[_Ref],
             need_case: str | None = None) -> str | None:
    cs = _content_start(toks, span)
    start, end = toks[cs].idx, _end(toks[span[1] - 1])
    best = None
    for r in refs:
        if r.kind != "org" or r.start >= end or r.end <= start:
            continue
        if _crosses_conjunction(doc, r.start, start) or r.start != start and _crosses_conjunction(doc, end, r.end):
            continue  # a name from where the phrase starts may hold a comma ("ds. Klimatu, Infrastruktury i ...")
        overlap = min(r.end, end) - max(r.start, start)
        if best is None or overlap > best[0]:
            best = (overlap, r.name)
    if best:
        return best[1]
    # "z Ekobudem": the short name of an organisation, even where a place was read
    if (short := _inflected_short_name(doc_text(doc)[start:end], _known_names(doc))) is not None:
        return short
    for r in refs:
        if r.kind == "place" and r.start <= start and r.end >= end:
            return r.name
    first = next((t for t in toks[cs:span[1]] if t.text not in _QUOTES), toks[cs])
    if need_case and is_known(analyse(first.text)) and need_case not in _cases(first):
        return None
    known = _known_names(doc)
    surface = doc_text(doc)[start:end].strip("„”\"")
    if surface.lower() in known:  # "W imieniu Elektrobud Północ": already a name or an alias
        return known[surface.lower()]
    if (defined := _defined_terms(doc).get(_term_key(toks[cs:span[1]]))) is not None:
        return defined  # "Emitent zawarł" after "ELEKTROMONT S.A. (dalej: „Emitent”)"
    if _role_noun_phrase(toks[cs:span[1]]):
        # "z Generalnym Wykonawcą – Budimex S.A. –": the name after the dash is the party
        e = span[1]
        if e + 1 < len(toks) and toks[e].text in ("–", "-", "—") and (ph := _phrase(toks, e + 1, refs, lead=0)):
            return _resolve(doc, toks, ph, refs)
        return None
    if not _party_like(toks, cs, span[1]):
        return None
    name = _with_split_legal_form(doc, toks, cs, span[1])
    if name is None and surface.isupper() and all(t.text.isupper() for t in toks if t.is_alpha and len(t.text) > 1):
        # a headline in capitals: "REGION OWERNIA-RODAN-ALPY" as the text writes it elsewhere
        name = next((r.name for r in refs if r.kind in ("place", "org") and r.name.lower() == surface.lower()),
                    " ".join(w.lower() if w in ("I", "W", "WE") else "-".join(p.capitalize() for p in w.split("-"))
                             for w in surface.split()))
    if name is None:
        name = org_base(doc[toks[cs].i:toks[span[1] - 1].i + 1])
    if name and name.lower() in known:
        return known[name.lower()]
    return name[:1].upper() + name[1:] if name else None


def _with_split_legal_form(doc: Doc, toks: list[Token], start: int, end: int) -> str | None:
    """A foreign company whose legal form the tokenizer split, maybe with a sentence break inside:
    "Minh Phat Co., Ltd." ("Co" "." "," "Ltd" "."), "Airport Košice, a.s." ("a.s" "."). The words
    before the form in the nominative ("z SGB-Bankiem S.A." -> "SGB-Bank S.A."), or None when no form
    follows the phrase's words."""
    text = doc_text(doc)
    first = toks[start].idx
    for k in range(max(start + 1, end - 1), end + 1):
        at = toks[k].idx if k < end else _end(toks[end - 1])
        gap = re.match(r",?\s*", text[at:at + 3]) if k == end else None
        form = _legal_form_at(text, at + (gap.end() if gap else 0))
        stop = at + (gap.end() if gap else 0) + len(form or "")
        if form and stop > _end(toks[end - 1]):  # a form the phrase's own tokens do not hold
            words = org_base(doc[toks[start].i:toks[k - 1].i + 1]) if k > start else ""
            return " ".join((words + text[toks[k - 1].idx + len(toks[k - 1].text):stop]).split()) if words \
                else " ".join(text[first:stop].split())
    return None


_CASE_ENDINGS = ("em", "iem", "u", "owi", "a", "ie", "y", "ą", "ę", "om", "ami", "ach", "ów", "e")


def _inflected_short_name(surface: str, known: dict[str, str]) -> str | None:
    """"z Ekobudem" for "Ekobud Konstrukcje S.A.": one word, the first word of exactly one
    organisation's name with a case ending added."""
    if " " in surface or not surface[:1].isupper():
        return None
    low = surface.lower()
    found = {name for key, name in known.items()
             if len(first := key.split()[0]) >= 4 and low.startswith(first) and low[len(first):] in _CASE_ENDINGS}
    return found.pop() if len(found) == 1 else None


_DEFINED = re.compile(r"\((?:(?:dalej|zwan\w* dalej)(?: łącznie)?\s*:?\s*[„\"]?([^”\")(]{2,40})[”\"]?|[„\"]([^”\")(]{2,40})[”\"])\)")
# a company whose legal form is spelled out before the definition: "Zarząd ELEKTROMONT Spółka Akcyjna z
# siedzibą w Radomiu (dalej: „Emitent”)"
_SPELLED_COMPANY = re.compile(
    r"((?:[A-ZĄĆĘŁŃÓŚŹŻ0-9][\w&.-]*\s+){1,5})(spółka akcyjna|spółka z ograniczoną odpowiedzialnością)"
    r"(?:,?\s+z siedzibą w\s+\w+(?:\s+\w+)?)?\s*$", re.I)
_SPELLED_FORMS = {"spółka akcyjna": "S.A.", "spółka z ograniczoną odpowiedzialnością": "sp. z o.o."}


def _defined_terms(doc: Doc) -> dict[str, str]:
    """Terms a text defines for an organisation: "ELEKTROMONT S.A. z siedzibą w Radomiu (dalej:
    „Emitent”)" -> {"emitent": "ELEKTROMONT S.A."}; the organisation is the last one that ends before
    the parenthesis in its sentence (its seat may stand between)."""
    if "komunikat_defined_terms" not in doc.user_data:
        text = doc_text(doc)
        ends = sorted((m.end_char, o.name) for o in doc._.organizations or [] for m in o.mentions)
        terms: dict[str, str] = {}
        for match in _DEFINED.finditer(text):
            before = [(e, name) for e, name in ends if e <= match.start() and "." not in text[e:match.start()].strip(" .")[:-1]
                      and match.start() - e <= 60]
            key = " ".join(w.lower() for w in (match.group(1) or match.group(2)).split())
            if _lemmas_of(key.split()[0]) & _heads():
                continue  # "(dalej: „Umowa”)" names the agreement, not the organisation before it
            if before:
                terms.setdefault(key, before[-1][1])
            elif spelled := _SPELLED_COMPANY.search(text[max(0, match.start() - 120):match.start()].rsplit("\n", 1)[-1]):
                words = spelled.group(1).split()
                if words[0].lower() == "zarząd":  # "Zarząd X S.A. informuje": the board of X
                    words = words[1:]
                if words:
                    terms.setdefault(key, " ".join(words) + " " + _SPELLED_FORMS[spelled.group(2).lower()])
        doc.user_data["komunikat_defined_terms"] = terms
    return doc.user_data["komunikat_defined_terms"]


def _term_key(words: list[Token]) -> str:
    """A defined term's key for a phrase, its words in the base form ("Emitenta" -> "emitent")."""
    words = [t for t in words if t.text not in _QUOTES]
    return " ".join(next((a.lemma_base.lower() for a in analyse(t.text) if a.pos == "subst"), t.lower_) for t in words)


def _role_noun_phrase(words: list[Token]) -> bool:
    """A side named by its role in a contract, not by a name ("Generalny Wykonawca", "Zamawiający")
    when the text defines no such term."""
    roles = word_set("agreement_role_parties.txt")
    words = [t for t in words if t.text not in _QUOTES]
    role = next((t for t in words if _lemmas(t) & roles or t.lower_ in roles), None)
    return role is not None and all(t is role or _has_pos(t, "adj") for t in words)  # "Partner Przemysłowy"


def _known_names(doc: Doc) -> dict[str, str]:
    """Lowercase organisation names and aliases of the document -> the organisation's name."""
    if "komunikat_org_names" not in doc.user_data:
        known: dict[str, str] = {}
        for org in doc._.organizations or []:
            for alias in [*org.aliases, org.name]:
                known[alias.lower()] = org.name
        doc.user_data["komunikat_org_names"] = known
    return doc.user_data["komunikat_org_names"]


def _persons_in(toks: list[Token], span: tuple[int, int], refs: list[_Ref]) -> list[_Ref]:
    start, end = _chars(toks, span)
    return [r for r in refs if r.kind == "person" and start <= r.start and r.end <= end]


# --- one mention ----------------------------------------------------------------------------


@dataclass
class _Mention:
    kind: str
    specific: bool  # the kind came from a modifier ("o dofinansowanie"), not from the head alone
    text: str
    start_char: int
    end_char: int
    sent_index: int
    trigger_char: int
    signed: bool | None
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    date: str | None = None
    nominal: bool = False  # a gerund or noun trigger ("przy podpisaniu umów"): may only recall an act
    members: list[str] = field(default_factory=list)  # a consortium's members, listed recipients
    recipients: list[str] = field(default_factory=list)  # those of the members that receive a grant
    joins: bool = False  # "Do memorandum przystąpiła również X": a new party of an act reported before


def _agreement_phrase(toks: list[Token], h: int) -> tuple[str, bool, int, int] | None:
    """(kind, specific, first, last) for the agreement noun at ``toks[h]``, or None."""
    head_lemmas = _lemmas(toks[h]) & _heads()
    if not head_lemmas:
        return None
    window: list[tuple[int, frozenset[str]]] = []
    for j in range(h + 1, min(h + 5, len(toks))):
        if toks[j].text in _CLAUSE_BREAKS or toks[j].text == "." or _is_trigger(toks[j]) \
                or _has_pos(toks[j], "fin", "praet", "bedzie", "imps", "inf"):
            break
        window.append((j, _lemmas(toks[j])))
    if h > 0:
        window.append((h - 1, _lemmas(toks[h - 1])))
    # the rest of the clause, for a purpose stated after the parties: "umowę z Funduszem ... na
    # dofinansowanie budowy"
    far = [(j, _lemmas(toks[j])) for j in range(h + 5, min(h + 16, len(toks))) if toks[j].text not in (";", ".")]
    for head, modifier, kind in _kinds():
        if head not in head_lemmas:
            continue
        if modifier == "*":
            last = h
            if h + 1 < len(toks) and toks[h + 1].text[:1].islower() and _has_pos(toks[h + 1], "adj") \
                    and not _has_pos(toks[h + 1], "subst", "ppas", "prep"):
                last = h + 1
            # "Umowa użyczenia budynku ... po uzyskaniu dofinansowania": a contract named by its type
            # takes no kind from the rest of the clause
            typed = h + 1 < len(toks) and bool(_lemmas(toks[h + 1]) & _contract_roles().keys())
            for head2, modifier2, kind2 in _kinds():
                if not typed and head2 in head_lemmas and modifier2 != "*" and any(modifier2 in lem for _, lem in far):
                    return kind2, True, h, last
            # a head of one kind only ("memorandum") says its kind alone; "umowa" alone does not
            only_kind = all(m2 == "*" for h2, m2, _ in _kinds() if h2 == head)
            return kind, only_kind, h, last
        for j, lem in window:
            if modifier in lem:
                return kind, True, min(h, j), max(h, j)
    return None


def _trigger_forms(tok: Token) -> frozenset[str]:
    return _trigger_forms_of(tok.text)


@word_cache
def _trigger_forms_of(word: str) -> frozenset[str]:
    trig = _triggers()
    return frozenset(a.pos for a in analyse(word) if a.lemma_base.lower() in trig)


def _is_trigger(tok: Token) -> bool:
    if not _is_trigger_word(tok.text):
        return False
    if _extends_only(tok.text):
        return _extends_agreement(tok)
    if _states_only(tok.text):
        return _in_force_since(tok)
    return not _joins_only(tok.text) or _joins_agreement(tok)


@word_cache
def _extends_only(word: str) -> bool:
    trig = _triggers()
    return all(trig.get(lemma) == "extend" for lemma in _lemmas_of(word) if lemma in trig)


def _extends_agreement(tok: Token) -> bool:
    """"przedłużyły umowę sponsorską", "Umowę przedłużono": the agreement within two words of the verb,
    or its object fronted a few words before it in the same clause ("Umowę sponsorską spółka i klub
    przedłużyły"; not "Na mocy aneksu termin prac przedłużono")."""
    doc = tok.doc
    if any(_lemmas(doc[k]) & _heads() for k in range(max(0, tok.i - 2), min(len(doc), tok.i + 3)) if k != tok.i):
        return True
    for k in range(tok.i - 1, max(-1, tok.i - 7), -1):
        if doc[k].text in _CLAUSE_BREAKS or doc[k].text == ".":
            return False
        if _lemmas(doc[k]) & _heads() and "acc" in _cases(doc[k]) and not _has_pos(doc[k], "prep"):
            # the subject stands between ("Umowę sponsorską spółka i klub przedłużyły"), not a phrase of
            # the agreement ("Umowę z klubem przedłużył kapitan": a player's contract)
            return not any(_has_pos(doc[x], "prep") for x in range(k + 1, tok.i))
    return False


@word_cache
def _states_only(word: str) -> bool:
    trig = _triggers()
    return all(trig.get(lemma) == "state" for lemma in _lemmas_of(word) if lemma in trig)


def _in_force_since(tok: Token) -> bool:
    """"Porozumienie z Uniwersytetem Rzeszowskim obowiązuje od października 2023 roku": an agreement in
    force since a day was concluded; only a finite form right before "od" ("obowiązującej umowy" and
    "obowiązuje do końca roku" report no act)."""
    doc = tok.doc
    if not _trigger_forms(tok) & {"fin", "praet"}:
        return False
    if "wejść" in _lemmas(tok):  # "Umowa o partnerstwie weszła w życie w sobotę"
        return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "w" and doc[tok.i + 2].lower_ == "życie"
    # "obowiązuje od 1 lutego", "Od 2021 roku obowiązuje umowa o współpracy z ..."
    return any(doc[k].lower_ == "od" for k in range(tok.i + 1, min(len(doc), tok.i + 3))) \
        or any(doc[k].lower_ == "od" for k in range(max(0, tok.i - 4), tok.i)) \
        and any(_lemmas(doc[k]) & _heads() for k in range(tok.i + 1, min(len(doc), tok.i + 3)))


@word_cache
def _joins_only(word: str) -> bool:
    """A verb of joining ("dołączyć", "przystąpić"): it reports signing only with "do" + an agreement."""
    trig = _triggers()
    return all(trig.get(lemma) == "join" for lemma in _lemmas_of(word) if lemma in trig)


def _joins_agreement(tok: Token) -> bool:
    """"Do memorandum dołączyły ...", "przystąpił do porozumienia", not "dołączy do zespołu"; "Przystąpił do
    niego także X" right after an agreement was named."""
    doc = tok.doc
    for k in range(max(0, tok.i - 3), min(len(doc) - 1, tok.i + 4)):
        if doc[k].lower_ == "do" and _lemmas(doc[k + 1]) & _heads():
            return True
        if doc[k].lower_ == "do" and doc[k + 1].lower_ in ("niego", "niej") \
                and any(_lemmas(doc[m]) & _heads() for m in range(max(0, tok.i - 30), tok.i)):
            return True
    return False


@word_cache
def _is_trigger_word(word: str) -> bool:
    return bool(_lemmas_of(word) & _trigger_lemmas()) and bool(_trigger_forms_of(word) or word.lower() in _triggers())


def _is_active_verb(tok: Token) -> bool:
    forms = _trigger_forms(tok)
    return bool(forms & {"praet", "fin"})


_SKIP = "skip"


def _signed(toks: list[Token], t: int) -> bool | None | str:
    """False (negated, planned, cancelled), True (reported), None (a bare noun: decided later), or
    ``_SKIP`` for generic mentions ("muszą podpisać umowę")."""
    forms = _trigger_forms(toks[t])
    # auxiliaries: "został podpisany", "zostanie podpisane", "ma zostać podpisany"
    aux = None
    for j in (t - 1, t - 2, t - 3, t + 1, t + 2):
        if 0 <= j < len(toks) and _lemmas(toks[j]) & {"zostać", "być"} and _has_pos(toks[j], "praet", "fin", "bedzie", "inf"):
            aux = j
            break
    for j in (t - 1, (aux - 1) if aux is not None else -1):
        if 0 <= j < len(toks) and toks[j].lower_ == "nie":
            return False
    # plan and cancel cues in the same clause; obligations and possibilities around a gerund or an
    # infinitive ("gmina może podjąć decyzję o podpisaniu umowy") are not reports at all
    nominal = bool(forms & {"ger", "inf", "subst"}) or not forms
    for step in (-1, 1):
        j = t + step
        while 0 <= j < len(toks) and abs(j - t) <= 5 and toks[j].text not in _CLAUSE_BREAKS:
            roles = _roles_ending_at(toks, j)
            if "cancel" in roles or "plan" in roles:
                return False
            if nominal and "generic" in roles:
                return _SKIP
            j += step
    if "praet" in forms or "imps" in forms:
        return True
    if "fin" in forms:
        perfective = any(a.lemma_base.lower() in _triggers() and "perf" in a.tag.split(":") for a in analyse(toks[t].text))
        return not perfective  # "podpiszą" is a future
    if "inf" in forms:
        for j in range(max(0, t - 3), t):
            roles = _roles_ending_at(toks, j)
            if "generic" in roles:
                return _SKIP
            if "success" in roles:
                return True
        return False
    if "ppas" in forms:
        if aux is not None:
            a = toks[aux]
            if _has_pos(a, "praet"):
                return True
            return False  # "zostanie", "będzie", "ma zostać"
        return True  # "umowy zawartej"
    return None


def _inside_document(toks: list[Token], h: int) -> bool:
    """"w umowie zawarte są zasady": the agreement is where something is written, not the act."""
    return h > 0 and toks[h - 1].lower_ in ("w", "we") and "loc" in _cases(toks[h])


def _antecedent(sents: list[list[Token]], si: int, t: int) -> tuple[str, bool, int, int] | None:
    """"Wczoraj strony podpisały dokument." after the headline "Porozumienie o współpracy": the
    agreement a pronoun or "dokument" next to an active trigger stands for, from the three
    sentences before."""
    toks = sents[si]
    if not _trigger_forms(toks[t]) & {"praet", "fin", "imps", "ppas"}:
        return None
    near = toks[max(0, t - 7):t + 4]  # "Dokument w piątek, 30 maja, podpisali ..."
    # "Drugą, dotyczącą Karniowic, podpisano z ...": an ordinal opening the sentence stands for the act
    ordinal = bool(_lemmas(toks[0]) & word_set("agreement_recall_words.txt")) and _has_pos(toks[0], "adj")
    if not ordinal and not any("dokument" in _lemmas(x) or _has_pos(x, "ppron3") for x in near):
        return None
    # three sentences back, not counting the lines of a bulleted list ("Stronami porozumień są
    # następujące firmy: – X, – Y, ... Dokumenty podpisał ...")
    prev, seen = si - 1, 0
    while prev >= 0 and seen < 3:
        ptoks = sents[prev]
        for h in range(len(ptoks)):
            phrase = _agreement_phrase(ptoks, h)
            if phrase and not _inside_document(ptoks, h):
                kind, specific, first, last = phrase
                return kind, specific, ptoks[first].idx, _end(ptoks[last])
        if not (ptoks and ptoks[0].text in _BULLETS):
            seen += 1
        prev -= 1
    return None


def _recalled_act(toks: list[Token]) -> tuple[str, bool, int, int] | None:
    """"Druga umowa, z Gminą Żmudź, dotyczy ...": one more act of a series reported before."""
    words = word_set("agreement_recall_words.txt")
    for h in range(1, len(toks)):
        if _lemmas(toks[h - 1]) & words and (phrase := _agreement_phrase(toks, h)):
            kind, specific, first, last = phrase
            return kind, specific, min(first, h - 1), last
    return None


def _ended(toks: list[Token], first: int) -> bool:
    """Is the agreement at ``toks[first]`` terminated ("rozwiązało umowę", "rozwiązaniu uległa umowa",
    "odstąpienie od umowy")? A word of ``agreement_cancel_words.txt`` up to six words before it in its
    clause ("rozwiązaniu za porozumieniem stron uległa umowa")."""
    words = word_set("agreement_cancel_words.txt")
    for j in range(first - 1, max(-1, first - 7), -1):
        if toks[j].text in _CLAUSE_BREAKS:
            return False
        if _lemmas(toks[j]) & words:
            return True
    return False


def _relative_agreement(toks: list[Token], t: int, claimed: set[int]) -> int | None:
    """"umowie o świadczenie usług publicznych w zakresie kolejowych przewozów, którą 20 listopada
    podpisali ...": the agreement noun a relative pronoun object of the trigger stands for, however
    many words before the comma. The pronoun agrees with the noun in gender and number, and no
    agreement noun follows in its own clause ("..., który podpisał umowę")."""
    p = t - 1
    while p > 0 and t - p <= 10 and toks[p].text not in _CLAUSE_BREAKS and "który" not in _lemmas(toks[p]):
        p -= 1
    if p < 1 or "który" not in _lemmas(toks[p]) or toks[p - 1].text != ",":
        return None
    if any(_lemmas(toks[j]) & _heads() for j in range(p + 1, min(t + 5, len(toks))) if j != t):
        return None
    forms = {(a.number, g) for a in analyse(toks[p].text) if "acc" in a.cases for g in a.genders}
    for h in range(p - 2, max(-1, p - 27), -1):
        if toks[h].text in (";", ":") or h in claimed:
            return None
        if _agreement_phrase(toks, h) is not None:
            nouns = {(a.number, g) for a in analyse(toks[h].text) if a.pos == "subst" for g in a.genders}
            return h if forms & nouns else None
    return None


def _with_hired_person(toks: list[Token], a: int, b: int, typed: bool = False) -> bool:
    """"przedłużył umowy z trzema zawodnikami", "podpisał z nowym trenerem kontrakt": the other side
    is a person hired by role (``agreement_person_sides.txt``), not an organisation; for a contract of
    no named kind also a person named after his nation ("o przedłużeniu umowy ze Słowakiem Samuelem
    Takáčem") or people named by their first names ("Z Iryną, Gabrielą i Jovaną podpisałyśmy nowe
    kontrakty"). (A sale names its kind: "umowę sprzedaży udziałów z Janem i Barbarą Termińskimi".)"""
    sides = word_set("agreement_person_sides.txt")
    withs = [k for k in range(a, min(b + 3, len(toks) - 1)) if toks[k].lower_ in ("z", "ze")]
    opening = next((k for k in range(min(3, a)) if toks[k].text[:1].isalpha()), None)
    if opening is not None and toks[opening].lower_ in ("z", "ze"):
        withs.insert(0, opening)  # "– Z Iryną, Gabrielą i Jovaną podpisałyśmy ..."
    for k in withs:
        j = k + 1
        while j < len(toks) and j - k <= 3 and toks[j].text[:1].islower():
            if _lemmas(toks[j]) & sides:
                return True
            if not _has_pos(toks[j], "num", "adj"):
                break
            j += 1
        if not typed and _named_people_side(toks, k + 1):
            return True
    return False


def _nation_noun(tok: Token) -> bool:
    """"Słowakiem", "Ukrainką": a common noun for a person of a nation (SGJP writes its lemma capitalised)."""
    return tok.text[:1].isupper() and any(
        a.pos == "subst" and a.name_classes == ("nazwa_pospolita",) and a.lemma[:1].isupper() for a in tok._.analyses)


def _first_name(tok: Token, known: frozenset[str]) -> bool:
    """A first name: SGJP's, or one the text gives a person ("Iryną" of "Iryna Nowak")."""
    if not tok.text[:1].isupper():
        return False
    if any("imię" in a.name_classes for a in tok._.analyses):
        return True
    return any(common_prefix(tok.text, name) >= max(3, len(tok.text) - 2) for name in known)


def _named_people_side(toks: list[Token], j: int) -> bool:
    """Is the side that starts at ``toks[j]`` people, not an organisation: a person after his nation
    ("ze Słowakiem Samuelem Takáčem") or first names alone ("z Iryną, Gabrielą i Jovaną")?"""
    if j >= len(toks) - 1:
        return False
    doc = toks[0].doc
    known = frozenset(p.name.split()[0] for p in doc._.people or [])
    orgs = [(m.start_char, m.end_char) for o in doc._.organizations or [] for m in o.mentions]
    if any(s <= toks[j].idx < e or s <= toks[j + 1].idx < e for s, e in orgs):
        return False
    if _nation_noun(toks[j]):
        return _first_name(toks[j + 1], known)
    names = 0
    while j < len(toks):
        if not _first_name(toks[j], known):
            return False
        names += 1
        if j + 1 < len(toks) and toks[j + 1].lower_ in (",", "i", "oraz"):
            j += 2
            continue
        # only first names, each on its own: "z Iryną, Gabrielą i Jovaną podpisałyśmy"
        return names >= 2 and (j + 1 == len(toks) or not toks[j + 1].text[:1].isupper())
    return False


def _hired_subject(toks: list[Token], t: int) -> bool:
    """"Zawodnicy podpisali dwuletnie kontrakty", "Pablo Rodríguez Vidal, 29-letni obrońca urodzony w
    Walencji, podpisał z Jagiellonią kontrakt": the one who signs is a person hired by role
    (``agreement_person_sides.txt``) named right before the verb or in the insertion before it."""
    sides = word_set("agreement_person_sides.txt")
    if t == 0 or not _is_active_verb(toks[t]):
        return False
    if toks[t - 1].text == ",":
        o = next((i for i in range(t - 2, max(-1, t - 10), -1) if toks[i].text == ","), None)
        return o is not None and any(_lemmas(x) & sides for x in toks[o + 1:t - 1])
    j = t - 1
    while j > 0 and t - j <= 2 and _has_pos(toks[j], "adj", "num") and not _lemmas(toks[j]) & sides:
        j -= 1  # "Nowi zawodnicy", "Obaj zawodnicy"
    return bool(_lemmas(toks[j]) & sides) and "nom" in _cases(toks[j])


def _find_mentions(doc: Doc, sents: list[list[Token]]) -> list[_Mention]:
    mentions: list[_Mention] = []
    date_starts = {d.start_char for d in doc._.dates or []}
    # inner words of an organisation's name are not counted in the distance to a trigger
    org_spans = [(m.start_char, m.end_char) for items in (doc._.organizations, doc._.people)
                 for o in items or [] for m in o.mentions]  # and of a person's
    made: set[int] = set()
    for si, toks in enumerate(sents):
        triggers = [t for t, tok in enumerate(toks) if _is_trigger(tok)]  # tested once per token
        recalled = _recalled_act(toks) if mentions and not triggers else None
        if recalled is not None:
            kind, specific, first, last = recalled
            mentions.append(_Mention(kind, specific, doc_text(doc)[toks[first].idx:_end(toks[last])], toks[first].idx,
                                     _end(toks[last]), si, toks[first].idx, None, nominal=True))
            continue
        claimed: set[int] = set()
        for t in triggers:
            tok = toks[t]
            if _lemmas(tok) & {"zawrzeć"} and t + 1 < len(toks) and toks[t + 1].lower_ in ("w", "we") \
                    and not {toks[t + 1].idx, toks[min(t + 2, len(toks) - 1)].idx} & date_starts \
                    and toks[min(t + 2, len(toks) - 1)].lower_ != "dniu":  # "zawarła w dniu 2 września"
                continue  # "zawarte w dokumencie": contained in, not concluded ("zawarł w środę" is)
            lo, hi = max(0, t - _WINDOW), min(len(toks), t + _WINDOW + 1)
            # "Umowę o partnerstwie w realizacji kampanii fundacja i spółka podpisały", "zawarła ze
            # spółką „X” sp. z o.o. z siedzibą w Elblągu („Dostawca”) umowę": count words only
            k, words, aside = t, 0, False
            while k > 0 and words < _WORD_WINDOW:
                k -= 1
                aside = (aside or toks[k].text == ")") and toks[k].text != "("
                inner = any(a < toks[k].idx < b for a, b in org_spans)
                words += toks[k].text[:1].isalnum() and not inner and not aside
            lo = min(lo, k)
            k, words = t + 1, 0
            while k < len(toks) and words < _WORD_WINDOW and toks[k].text not in (".", ";"):
                words += toks[k].text[:1].isalnum()
                k += 1
            hi = max(hi, k)
            candidates = [h for h in range(lo, hi)
                          if h != t and h not in claimed and _agreement_phrase(toks, h)
                          and not _inside_document(toks, h)]
            if (rel := _relative_agreement(toks, t, claimed)) is not None:
                candidates = [rel]  # "dzięki umowie o świadczenie usług ..., którą 20 listopada podpisali"
            if candidates:
                h = min(candidates, key=lambda h: (abs(h - t), h < t))
                kind, specific, first, last = _agreement_phrase(toks, h)  # type: ignore[misc]
                claimed.update(range(first, last + 1))
                start, end = toks[first].idx, _end(toks[last])
            else:
                earlier = None if claimed else _antecedent(sents, si, t)
                if earlier is None:
                    continue
                kind, specific, start, end = earlier
            if candidates:
                # (a contract of a named type may have people as sides: "umowę sprzedaży udziałów z ...")
                typed = kind != "contract" or any(_lemmas(x) & _contract_roles().keys() for x in toks[first:last + 2])
                if _with_hired_person(toks, min(t, first), max(t, last), typed) or _hired_subject(toks, t):
                    continue
            signed = _signed(toks, t)
            if signed == _SKIP:
                continue
            if candidates and _ended(toks, first):
                signed = False  # "rozwiązaniu uległa umowa z X, o której zawarciu Emitent informował"
            forms = _trigger_forms(tok)
            made.add(si)
            mentions.append(_Mention(kind, specific, doc_text(doc)[start:end], start, end, si, tok.idx,
                                     signed,  # type: ignore[arg-type]
                                     nominal=not forms & {"praet", "fin", "imps", "ppas", "inf"},
                                     joins=_joins_only(tok.text)))
    return mentions


# --- parties and signatories ------------------------------------------------------------------


def _add(values: list[str], value: str | None) -> None:
    if value and value not in values:
        values.append(value)


def _conjunct(doc: Doc, toks: list[Token], span: tuple[int, int], refs: list[_Ref], m: _Mention,
              role_party: bool, need_case: str | None = None) -> str | None:
    """Add the people of a listed name as signatories; return the party name (if any)."""
    persons = _persons_in(toks, span, refs)
    # (an owner inside his firm's name, "Dotacje otrzymali: Stolarstwo Jan Wiśniewski z Kleczewa", signs nothing)
    signing = [p for p in persons if not any(r.kind == "org" and r.start < p.start and p.end <= r.end for r in refs)]
    if need_case == "nom":  # a subject's people are in the nominative: not "w obecności Ministra Jana X"
        signing = [p for p in signing if _nominative(toks, p)]
    private = [p for p in signing if _private_side(toks, next(i for i, t in enumerate(toks) if _end(t) > p.start), refs)]
    for p in signing:
        _add(m.parties if p in private else m.signatories, p.name)  # "z panem Jozefem Hudákiem"
    if private and len(private) == len(persons):
        return None
    # a person whose base form the text does not spell ("Jiří Čtvrtečka" listed as "Čtvrteček") is
    # still a person, never a party
    if persons:
        if not role_party:
            return None
        first = min(p.start for p in persons)
        end = span[0]
        while end < span[1] and toks[end].idx < first:
            end += 1
        while end > span[0] and (_is_title(toks[end - 1]) or toks[end - 1].text in _QUOTES):
            end -= 1
        if end <= span[0]:
            return None
        span = (span[0], end)
    return _resolve(doc, toks, span, refs, need_case)


def _nominative(toks: list[Token], person: _Ref) -> bool:
    """Is the person named in the nominative here (the mention spells the base name)?"""
    written = doc_text(toks[0].doc)[person.start:person.end].lower().split()
    return sorted(written) == sorted(person.name.lower().split())


def _distribute(doc: Doc, toks: list[Token], spans: list[tuple[int, int]], names: list[str | None]) -> list[str | None]:
    """"Stowarzyszenie i Fundacja Terytorialni" -> "Stowarzyszenie Terytorialni", "Fundacja Terytorialni"."""
    heads = word_set("agreement_party_heads.txt")
    out = list(names)
    for k in range(len(spans) - 1):
        a = spans[k]
        # (a term the text defined stands for its own organisation: "pomiędzy Spółką a Odbiorcą")
        if a[1] - a[0] == 1 and _lemmas(toks[a[0]]) & heads and names[k + 1] and len(names[k + 1].split()) >= 2 \
                and _term_key([toks[a[0]]]) not in _defined_terms(doc):
            lemma = next(iter(_lemmas(toks[a[0]]) & heads))
            out[k] = lemma[:1].upper() + lemma[1:] + " " + " ".join(names[k + 1].split()[1:])
    # "Gminy Pcim, Lubień i Tokarnia podpisały": the plural head names every town of the list
    if spans:
        first = toks[spans[0][0]]
        unit = next((a.lemma_base for a in analyse(first.text) if a.pos == "subst" and a.number == "pl"
                     and a.lemma_base in _TERRITORY_NAMES), None)
        if unit and first.text[:1].isupper():
            prefix = _TERRITORY_NAMES[unit]
            for k in range(1, len(spans)):
                if out[k] and not out[k].startswith(prefix) and len(out[k].split()) <= 3:
                    out[k] = f"{prefix} {out[k]}"
    return out


def _parties_in_sentence(doc: Doc, toks: list[Token], refs: list[_Ref], m: _Mention, is_trigger_sentence: bool) -> None:
    # between: "pomiędzy X a Y"
    for k, tok in enumerate(toks):
        if tok.lower_ in ("między", "pomiędzy") and is_trigger_sentence:
            start = k + 1
            # "między związkiem a Wojewodą Małopolskim": a lowercase noun for the one body of its kind
            if start + 2 < len(toks) and (party := _common_noun_party(toks[start], refs)) \
                    and toks[start + 1].lower_ in ("a", "i", "oraz"):
                _add(m.parties, party)
                start += 2
            _add_list(doc, toks, _name_list(toks, start, refs), refs, m, role_party=True)
    if is_trigger_sentence:
        # with: "<agreement> ... z Wydziałem ..." and "umowy zawartej Województwami ..."
        first_char = min(c for c in (m.start_char, m.trigger_char) if c >= toks[0].idx)
        anchor = max(i for i, t in enumerate(toks) if t.idx <= first_char)
        for k in range(anchor, min(anchor + 14, len(toks) - 1)):
            if toks[k].lower_ in ("z", "ze") and _territory_list(doc, toks, k + 1, refs, m):
                break
            if toks[k].lower_ in ("z", "ze") and k > anchor + 1 and _origin_after_name(toks, k, refs):
                continue  # "dołączył również Uniwersytet Nauk o Zdrowiu Litwy z Kowna": where it comes from
            if toks[k].lower_ in ("z", "ze") and k + 1 < len(toks) and _between_places(toks, k, refs):
                break  # "drogi łączącej Sowlany z Ogrodniczkami": a route, not a side
            if toks[k].lower_ in ("z", "ze") and k >= 2 and toks[k - 2].lower_ == "przez" and toks[k - 1].text[:1].islower():
                break  # "umowa zawarta przez samorządy z Pomorza": where the agents come from
            if toks[k].lower_ in ("z", "ze") and k > anchor + 1 and k + 1 < len(toks) and toks[k - 1].text[:1].islower() \
                    and any(a.pos == "subst" and a.number == "pl" and "gen" in a.cases for a in analyse(toks[k - 1].text)) \
                    and any(r.kind == "place" and r.start == toks[k + 1].idx for r in refs):
                break  # "porozumienie o badaniu potrzeb firm z województwa pomorskiego": where the firms are
            if toks[k].lower_ in ("z", "ze") and (local := _local_body(doc, toks, k + 1, refs)):
                _add(m.parties, local)
                break
            if toks[k].lower_ in ("z", "ze"):
                spans = _name_list(toks, k + 1, refs) or _listed_after_colon(toks, k + 1, refs)
                if spans:
                    _add_list(doc, toks, spans, refs, m, role_party=True, need_case="inst")
                    for again in _further_withs(toks, spans[-1][1], refs):  # "z Neuca S.A. na ... i z firmą Salus"
                        _add_list(doc, toks, again, refs, m, role_party=True, need_case="inst")
                    break
                if toks[k + 1].lower_ in ("nim", "nią") and (party := _previous_org(toks, refs)):
                    _add(m.parties, party)  # "Prace wykona firma X. Spółdzielnia podpisała z nią umowę"
                    break
                if "inst" in _cases(toks[k + 1]) and (party := _common_noun_party(toks[k + 1], refs)):
                    _add(m.parties, party)  # "Umowę pożyczki spółka podpisała z funduszem": the text's one fund
                    break
                if _has_pos(toks[k + 1], "subst", "num", "adj") and toks[k + 1].text[:1].islower():
                    # "memorandum z partnerami z Hanoi", "z czterema organizacjami z gmin Zator, ...": the
                    # next "z" names where they come from
                    break
            if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower_ in ("z", "ze") and k <= anchor + 2:
                continue  # "Druga umowa, z Gminą Żmudź, dotyczy"
            if toks[k].text == ":" and toks[k + 1].lower_ in ("z", "ze"):
                continue  # "zawarł dwie umowy wykonawcze: z Neuca S.A. ..."
            if toks[k].text in _CLAUSE_BREAKS or toks[k].lower_ in ("między", "pomiędzy"):
                break
        # "... którą spółka zawarła 11 kwietnia br. z PKP Polskie Linie Kolejowe S.A.": the other
        # side after the active verb, past a date
        t = next((i for i, tok in enumerate(toks) if tok.idx == m.trigger_char), None)
        # "umowę partnerską z 2017 roku, zawartą jeszcze z regionem Szampania-Ardeny": after a participle too
        if t is not None and t > anchor and (_is_active_verb(toks[t]) or "ppas" in _trigger_forms(toks[t])):
            for k in range(t + 1, min(t + 8, len(toks) - 1)):
                if toks[k].text in _CLAUSE_BREAKS:
                    break
                if toks[k].lower_ in ("z", "ze") and k > t + 1 and _origin_after_name(toks, k, refs):
                    break  # "dołączył również Uniwersytet Nauk o Zdrowiu Litwy z Kowna": its origin
                if toks[k].lower_ in ("z", "ze") and toks[k - 2].lower_ == "przez" and toks[k - 1].text[:1].islower():
                    break  # "umowa zawarta przez samorządy z Pomorza": where the agents come from
                if toks[k].lower_ in ("z", "ze"):
                    spans = [] if _territory_list(doc, toks, k + 1, refs, m) else _name_list(toks, k + 1, refs)
                    if spans:
                        _add_list(doc, toks, spans, refs, m, role_party=True, need_case="inst")
                    break
        for k, tok in enumerate(toks):
            if tok.idx == m.trigger_char and "ppas" in _trigger_forms(tok) and k + 1 < len(toks) \
                    and "inst" in _cases(toks[k + 1]) and _is_name_token(toks[k + 1]):
                _add_list(doc, toks, _name_list(toks, k + 1, refs), refs, m, role_party=True, need_case="inst")
    if is_trigger_sentence:
        _buyer(doc, toks, refs, m)
        _passive_agents(doc, toks, refs, m)
        _fronted_with(doc, toks, refs, m)
        for name in _working_under(toks, refs, m):
            _add(m.parties, name)
    # subject: names right before an active trigger or "reprezentować" verb
    for k, tok in enumerate(toks):
        represents = "reprezentować" in _lemmas(tok)  # (read once for both tests)
        active = (_is_trigger(tok) and _is_active_verb(tok)) or (represents and _has_pos(tok, "praet", "fin"))
        represented = represents and _has_pos(tok, "ppas")
        if not (active or represented) or k == 0:
            continue
        j = k - 1
        if active and toks[j].text == "," and (subject := _subject_before_insertion(doc, toks, k, refs)):
            _add(m.parties, subject)
            continue
        if active and (subject := _subject_before_adverbials(toks, k, refs)):
            _add(m.parties, subject)
            continue
        if active and toks[j].text in ("–", "—") and (subject := _subject_between_dashes(toks, j, refs)):
            _add(m.parties, subject)
            continue
        if active and (rel := _relative_subject(toks, k, refs)) is not None:
            _add(m.parties, _resolve(doc, toks, rel, refs, "nom"))  # "sojuszu ... Arqus, który w 2026 roku podpisał"
            continue
        if represented and toks[j].text == ",":
            j -= 1
        if (o := _open_paren(toks, j, refs)) is not None:
            j = o - 1  # "Uniwersytet Warmińsko-Mazurski w Olsztynie (UWM) podpisał", "X (dalej: Zamawiający) zawarł"
        start = _chain_start(toks, j, lists=active, refs=refs) if j >= 0 else None
        if start is None:
            # "fundacja i spółka podpisały", "a szpital reprezentował"
            if j > 0 and toks[j].text[:1].islower() and _has_pos(toks[j], "adj") and toks[j - 1].text[:1].islower() \
                    and _lemmas(toks[j - 1]) & _common_parties().keys():
                j -= 1  # "urząd marszałkowski podpisał"
            # (one the text leaves unclear does not hide the others: "miasto i klub zawarły")
            while j >= 0 and toks[j].text[:1].islower() and _lemmas(toks[j]) & _common_parties().keys():
                # (not the other side the clause names: "Umowę ... spółka zawarła ... z firmą Solaris sp. z o.o.")
                party = _common_noun_party(toks[j], refs)
                _add(m.parties, party if party not in m.parties else _generic_subject_before(toks, j, refs))
                j -= 1 if not (active and j > 1 and toks[j - 1].lower_ in ("i", "oraz")) else 2
            if j >= 0 and j + 1 < len(toks) and toks[j + 1].lower_ in ("i", "oraz"):
                # "Gmina Miejska Gorlice i fundacja zawarły": a name before the common noun
                _add(m.parties, next((r.name for r in refs if r.kind == "org" and r.end == _end(toks[j])), None))
            if active and _plural(tok) and (toks[k - 1].text in (".", ")", "”") or _after_origin(toks, k, refs)):
                # "Port Lotniczy Lublin S.A. i ... Airport Košice, a.s. podpisały": a name ending in
                # a legal form the tokenizer split
                for name in _clause_subjects(toks, k, refs):
                    _add(m.parties, name)
            continue
        if start > 0 and _has_pos(toks[start - 1], "prep") and toks[start - 1].lower_ not in ("i", "oraz"):
            # "z Białorusi podpisały": not a subject; but "Teatr X i czeski teatr Divadlo Y z Ostrawy
            # podpisali": the organisations before the origin are
            if active and _plural(tok):
                for name in _clause_subjects(toks, k, refs):
                    _add(m.parties, name)
            continue
        spans = _name_list(toks, start, refs) if active else [_phrase(toks, start, refs, lead=0) or (start, j + 1)]
        had = len(m.parties)
        _add_list(doc, toks, spans, refs, m, role_party=False, need_case="nom" if active else None)
        if active and start > 1 and toks[start - 1].lower_ in ("i", "oraz"):
            _add(m.parties, _common_noun_party(toks[start - 2], refs))  # "którą uczelnia i Komenda X zawarły"
        if active and len(m.parties) - had < 2 and _plural(tok):
            for name in _clause_subjects(toks, k, refs):
                _add(m.parties, name)
    # subject after the verb: "porozumienie podpisały Gmina Kraśnik i Fundacja X", "Do memorandum
    # przystąpiła również Lubelska Regionalna Organizacja Turystyczna"
    for k, tok in enumerate(toks[:-1]):
        if not (_is_trigger(tok) and _is_active_verb(tok)):
            continue
        j = k + 1
        if j + 2 < len(toks) and toks[j].lower_ == "do" and toks[j + 1].lower_ in ("niego", "niej"):
            j += 2  # "Przystąpił do niego także Svazek ..."
        first = j
        while j < len(toks) - 1 and j - first <= 1 and toks[j].text[:1].islower() and _has_pos(toks[j], "part", "adv") \
                and not _has_pos(toks[j], "prep"):
            j += 1  # "również", "także", "wczoraj"
        if toks[j].lower_ in ("z", "ze") and (past := _name_list(toks, j + 1, refs)):
            # "zawarła wówczas z Gminą Miejską Jelenia Góra spółka Teplárny Brno, a.s.": the subject after
            # the other side, maybe after its common noun
            j = past[-1][1]
            if j < len(toks) - 1 and toks[j].text[:1].islower() and _lemmas(toks[j]) & word_set("agr_generic_heads.txt"):
                j += 1
            if j >= len(toks) or toks[j].text in _CLAUSE_BREAKS:
                continue
        if _is_name_token(toks[j]) and not _blocked(toks[j]):
            spans = _name_list(toks, j, refs)
            _add_list(doc, toks, spans, refs, m, role_party=False, need_case="nom")
            if spans and (gapped := _gapped_subject(toks, spans[-1][1], refs)) is not None:
                _add_list(doc, toks, [gapped], refs, m, role_party=False, need_case="nom")
    # a gapped second subject: "X reprezentowała prorektor Y, a Z (...) – jej rektor W"
    if any("reprezentować" in _lemmas(t) and _has_pos(t, "praet", "fin") for t in toks):
        for k in range(1, len(toks) - 1):
            if toks[k].lower_ != "a" or toks[k - 1].text != ",":
                continue
            ref = next((r for r in refs if r.kind == "org" and r.start == toks[k + 1].idx), None)
            if ref is None:
                # "..., a szpital – dyrektor Janusz X": the one body of that kind
                if k + 2 < len(toks) and toks[k + 2].text in ("–", "—", "-"):
                    _add(m.parties, _common_noun_party(toks[k + 1], refs))
                continue
            e = next((j for j in range(k + 1, len(toks)) if toks[j].idx >= ref.end), len(toks))
            if e < len(toks) and (o := _close_paren(toks, e)) is not None:
                e = o + 1
            if e < len(toks) and toks[e].text in ("–", "—", "-"):
                _add(m.parties, ref.name)
    # relative clause: "Energa-Operator S.A., z którą Emitent podpisał umowę"
    if is_trigger_sentence:
        _relative_antecedent(doc, toks, refs, m)
    # representatives: "podpisali przedstawiciele Urzędu Marszałkowskiego i Uniwersytetu w Białymstoku"
    if is_trigger_sentence:
        for k, tok in enumerate(toks[:-1]):
            if _lemmas(tok) & word_set("agreement_representatives.txt") and not any(
                    "exclude" in _roles_ending_at(toks, j) for j in range(max(0, k - 3), k)) \
                    and not (k > 0 and "który" in _lemmas(toks[k - 1])):  # ", którego przedstawicielka X przygotowała"
                _add_list(doc, toks, _name_list(toks, k + 1, refs), refs, m, role_party=True)
    # "Stronami porozumienia są Gmina X i Powiat Y", "porozumienie o współpracy Województwa Śląskiego
    # i Borsod-Abaúj-Zemplén"
    for k in range(len(toks) - 1):
        roles = _roles_ending_at(toks, k)
        if "parties" in roles:
            j = k + 1
            while j < len(toks) and j - k <= 3 and not _is_name_token(toks[j]):
                j += 1
            _add_list(doc, toks, _name_list(toks, j, refs), refs, m, role_party=True)
        elif "cooperation_of" in roles:
            _add_list(doc, toks, _name_list(toks, k + 1, refs), refs, m, role_party=True, need_case="gen")
    # "Partnerami instytutu zostali X, Y oraz Z", "Członkami konsorcjum są ..."
    sides = word_set("agr_side_nouns.txt")
    for k, tok in enumerate(toks[:-2]):
        # (not in a relative clause about another body: "TRITIA, którego członkami są m.in. Województwo X")
        if tok.lower_ in sides and not _in_relative_clause(toks, k):
            verb = next((j for j in range(k + 1, min(k + 4, len(toks) - 1)) if toks[j].lower_ in word_set("agr_side_verbs.txt")), None)
            if verb is not None:
                first = verb + 1 + (verb + 1 < len(toks) and toks[verb + 1].lower_ == "m.in.")  # "są m.in. X, Y"
                _add_list(doc, toks, _sides_listed(toks, first, refs), refs, m, role_party=True)
    # on behalf: "w imieniu Wydziału ...", "ze strony Gminy ..."
    for k in range(len(toks) - 1):
        if "behalf" in _roles_ending_at(toks, k):
            ph = _phrase(toks, k + 1, refs, lead=0)
            if ph and not _persons_in(toks, ph, refs):
                _add(m.parties, _resolve(doc, toks, ph, refs))
            elif ph is None:
                # "ze strony fundacji", "w imieniu holenderskiego partnera"
                _add(m.parties, _common_noun_party(toks[k + 1], refs) or _adjective_party(toks[k + 1], refs))


def _after_origin(toks: list[Token], k: int, refs: list[_Ref]) -> bool:
    """The verb at k follows where its subjects come from: "Gmina X i Samborska hromada z obwodu
    lwowskiego zawarły"."""
    place = next((r for r in refs if r.kind == "place" and r.end == _end(toks[k - 1])), None)
    if place is None:
        return False
    first = next((j for j in range(k - 1, -1, -1) if toks[j].idx <= place.start), None)
    return first is not None and first > 1 and toks[first - 1].lower_ in ("z", "ze")


def _sides_listed(toks: list[Token], i: int, refs: list[_Ref]) -> list[tuple[int, int]]:
    """A list of names that may say where one comes from: "X (UPP), spółka Y z Olsztyna oraz Z"."""
    spans = _name_list(toks, i, refs)
    while spans:
        k = spans[-1][1]
        if k + 2 < len(toks) and toks[k].lower_ in ("z", "ze") and toks[k + 1].text[:1].isupper():
            k += 2  # where the side comes from
            if toks[k].text[:1].isupper() and toks[k].lower_ not in _CONJ:
                k += 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
        if k == spans[-1][1] or k >= len(toks) or toks[k].lower_ not in ("i", "oraz", "a") and toks[k - 1].text != ",":
            break
        more = _name_list(toks, k + (toks[k].lower_ in ("i", "oraz", "a")), refs)
        if not more:
            break
        spans += more
    return spans


def _gapped_subject(toks: list[Token], e: int, refs: list[_Ref]) -> tuple[int, int] | None:
    """"zawarło Województwo Podkarpackie, a rok później – miasto Rzeszów": the subject of a second
    clause whose verb is left out, after ", a", a few lowercase words and a dash."""
    if e + 2 >= len(toks) or toks[e].text != "," or toks[e + 1].lower_ != "a":
        return None
    k = e + 2
    while k < len(toks) and k - e <= 6 and toks[k].text not in ("–", "—", "-"):
        if not toks[k].text[:1].isalnum() or _pos_of(toks[k].text) & _VERB_ONLY:
            return None
        k += 1
    if k + 1 >= len(toks) or toks[k].text not in ("–", "—", "-"):
        return None
    ph = _phrase(toks, k + 1, refs)
    if ph is None or ph[1] < len(toks) and toks[ph[1]].text not in (".", ";", ",", ")"):
        return None
    return ph


def _gap_dash(toks: list[Token], a: int) -> int | None:
    """The dash that stands for a left-out verb after "a" at ``a`` and a few lowercase words ("a rok
    wcześniej –", "a w dniu 11 listopada 2026 r. –"), or None."""
    k = a + 1
    while k < len(toks) and k - a <= 7 and toks[k].text not in ("–", "—", "-"):
        if not toks[k].text[:1].isalnum() or toks[k].text[:1].isupper() or _pos_of(toks[k].text) & _VERB_ONLY:
            return None
        k += 1
    return k if k < len(toks) and k > a + 1 and toks[k].text in ("–", "—", "-") else None


def _subject_before_insertion(doc: Doc, toks: list[Token], k: int, refs: list[_Ref]) -> str | None:
    """"MedLingo sp. z o.o., tworząca narzędzie do tłumaczenia ..., podpisała umowę", "Z kolei CargoTwin
    z Gniezna, który symuluje ruch w magazynach, zawarł list intencyjny": the organisation that opens
    the sentence, before the comma that opens the insertion ending right before the verb."""
    first_comma = next((j for j in range(k) if toks[j].text == ","), None)
    if first_comma is None or first_comma == k - 1:
        return None
    comma = toks[first_comma].idx
    for r in sorted((r for r in refs if r.kind == "org" and r.end <= comma), key=lambda r: r.start):
        opening = next(j for j, t in enumerate(toks) if _end(t) > r.start)
        if opening <= 3 and _ORIGIN_GAP.match(doc_text(doc)[r.end:comma]):
            return r.name
    return None


def _buyer(doc: Doc, toks: list[Token], refs: list[_Ref], m: _Mention) -> None:
    """"kontrakt na dostawę 40 opryskiwaczy do wietnamskiego dystrybutora Minh Phat Co., Ltd.": the
    buyer (``agr_buyer_nouns.txt``) a contract delivers to, in the agreement's clause."""
    buyers = word_set("agr_buyer_nouns.txt")
    k = next((i for i, t in enumerate(toks) if t.idx >= m.end_char), len(toks))
    while k < len(toks) - 2 and toks[k].text not in _CLAUSE_BREAKS and toks[k].text not in (".", ";"):
        if toks[k].lower_ == "do":
            j = k + 1
            while j < len(toks) - 1 and j - k <= 2 and toks[j].text[:1].islower() and _has_pos(toks[j], "adj") \
                    and not _lemmas(toks[j]) & buyers:
                j += 1
            if _lemmas(toks[j]) & buyers and (ph := _phrase(toks, j + 1, refs, lead=0)):
                _add(m.parties, _resolve(doc, toks, ph, refs))
            return
        k += 1


def _relative_subject(toks: list[Token], k: int, refs: list[_Ref]) -> tuple[int, int] | None:
    """"sojuszu uniwersytetów europejskich Arqus, który w 2026 roku podpisał": the name right before
    ", który" (in the nominative, the subject of the relative clause) signs; only dates and adverbs
    may stand between the pronoun and the verb."""
    p = k - 1
    while p > 1 and k - p <= 6 and toks[p].text not in _CLAUSE_BREAKS and "który" not in _lemmas(toks[p]):
        p -= 1
    if p < 2 or toks[p].lower_ not in ("który", "która", "które", "którzy") or toks[p - 1].text != ",":
        return None
    if any(_pos_of(t.text) & _VERB_ONLY or _lemmas(t) & _heads() for t in toks[p + 1:k]):
        return None
    e = p - 1
    if (o := _open_paren(toks, e - 1, refs)) is not None:
        e = o  # "Główny Instytut Górnictwa (GIG-PIB), który przystąpił do umowy"
    start = _chain_start(toks, e - 1, lists=False, refs=refs)
    if start is None or any(r.kind == "person" and r.start == toks[start].idx for r in refs):
        return None
    return start, e


def _subject_between_dashes(toks: list[Token], j: int, refs: list[_Ref]) -> str | None:
    """"spółka zależna Spółki – Energoinstal Serwis sp. z o.o. – zawarła": the organisation set off by
    dashes right before the verb names its subject."""
    o = next((i for i in range(j - 1, max(-1, j - 25), -1) if toks[i].text in ("–", "—")), None)  # (a seat and a term may stand inside)
    if o is None or o + 1 >= j:
        return None
    inner = [r for r in refs if r.kind == "org" and r.start == toks[o + 1].idx and r.end <= toks[j].idx]
    return max(inner, key=lambda r: r.end).name if inner else None


def _fronted_with(doc: Doc, toks: list[Token], refs: list[_Ref], m: _Mention) -> None:
    """"Z konsorcjum PGE Baltica i TotalEnergies port podpisał już w 2025 roku list intencyjny": the
    other side put first, before the active verb of the act."""
    t = next((i for i, tok in enumerate(toks) if tok.idx == m.trigger_char), None)
    if t is None or t < 3 or toks[0].lower_ not in ("z", "ze") or not _is_active_verb(toks[t]):
        return
    spans = [sp for sp in _name_list(toks, 1, refs) if sp[1] <= t]
    if spans and not any(x.text in _CLAUSE_BREAKS for x in toks[spans[-1][1]:t]):
        _add_list(doc, toks, spans, refs, m, role_party=True)


def _working_under(toks: list[Token], refs: list[_Ref], m: _Mention) -> list[str]:
    """"Inwestycję prowadzi firma Mosty-Budowa sp. z o.o. z Frysztaka na podstawie umowy z PZDW",
    "AGH i IFJ PAN współpracują na podstawie porozumienia z 2015 roku", "..., którego środkami ARLEG
    zarządza ... na podstawie umowy operacyjnej": the organisations that are subjects of the clause
    which works under the agreement are its sides."""
    h = next((i for i, t in enumerate(toks) if t.idx == m.start_char), None)
    if h is None or h < 3 or [t.lower_ for t in toks[h - 2:h]] != ["na", "podstawie"]:
        return []
    start = next((i + 1 for i in range(h - 3, -1, -1) if toks[i].text in (",", ";", "(", ")", ":")), 0)
    lo, hi = toks[start].idx, toks[h - 2].idx
    heads = word_set("agr_generic_heads.txt")
    out: list[str] = []
    for r in sorted((r for r in refs if r.kind == "org" and lo <= r.start and r.end <= hi), key=lambda r: r.start):
        if any(o.start < r.start < o.end for o in refs if o.kind == "org"):
            continue  # (a name inside a longer one)
        k = next(i for i, t in enumerate(toks) if t.idx >= r.start)
        before = k - 1 - (k > start and toks[k - 1].text[:1].islower() and bool(_lemmas(toks[k - 1]) & heads))
        if before >= start and _has_pos(toks[before], "prep") and toks[before].lower_ not in ("i", "oraz"):
            continue  # "z Frysztaka", "dla Gminy X": not a subject
        first = toks[k]
        if first.text.isupper() or not is_known(analyse(first.text)) or "nom" in _cases(first):
            e = next((i for i, t in enumerate(toks) if t.idx >= r.end), len(toks))
            _add(out, _defined_terms(toks[0].doc).get(_term_key(toks[k:e]), r.name))  # "(dalej: ARLEG)"
    return out


def _passive_agents(doc: Doc, toks: list[Token], refs: list[_Ref], m: _Mention) -> None:
    """"dokument zawarty przez Policję i PLK w 2017 roku", "zostało podpisane przez Komendanta ... X":
    the agents after a passive participle of the trigger; organisations are parties, people sign."""
    for t, tok in enumerate(toks):
        if tok.idx != m.trigger_char or "ppas" not in _trigger_forms(tok):
            continue
        for k in range(t + 1, min(t + 6, len(toks) - 1)):
            if toks[k].text in _CLAUSE_BREAKS:
                break
            if toks[k].lower_ == "przez":
                if k + 2 < len(toks) and toks[k + 1].text[:1].islower() and toks[k + 2].lower_ in ("z", "ze"):
                    break  # "zawarta przez samorządy z Pomorza": where the agents come from
                _add_list(doc, toks, _name_list(toks, k + 1, refs), refs, m, role_party=False, need_case="acc")
                break


def _subject_before_adverbials(toks: list[Token], k: int, refs: list[_Ref]) -> str | None:
    """"Firma Agro-Mech Ropczyce już podczas misji zawarła kontrakt": the organisation that opens the
    sentence (after at most its head noun), in the nominative, with only lowercase adverbials ("już",
    "podczas misji", "w piątek") between it and the verb."""
    org = next((r for r in refs if r.kind == "org" and r.start in (toks[0].idx, toks[1].idx if len(toks) > 1 else -1)), None)
    if org is None or (org.start != toks[0].idx and not _lemmas(toks[0]) & word_set("agreement_party_heads.txt")):
        return None
    e = next((i for i, t in enumerate(toks) if t.idx >= org.end), k)
    if e < k and (c := _close_paren(toks, e)) is not None and c < k:
        e = c + 1  # "Agencja Rozwoju Regionalnego S.A. w Koninie (ARR) w dniach 23–26 października podpisała"
    # (the words of a date count as adverbials: "w dniach 23–26 października")
    dates = [(d.start_char, d.end_char) for d in toks[0].doc._.dates or []]
    gap = [t for t in toks[e:k] if not any(a <= t.idx < b for a, b in dates) or t.text[:1].islower()]
    if not gap or len(gap) > 6 or not _has_pos(gap[0], "adv", "qub", "part", "prep") or any(
            not t.text[:1].islower() or t.text in _CLAUSE_BREAKS or "który" in _lemmas(t)
            or t.lower_ in _CONJ or _pos_of(t.text) & _VERB_ONLY for t in gap):
        return None  # (not "Zarząd Huty X S.A. (HSW) i działające w spółce związki podpisały": more subjects)
    first = toks[0] if org.start != toks[0].idx else next(t for t in toks if t.idx == org.start)
    return org.name if not is_known(analyse(first.text)) or "nom" in _cases(first) else None


def _plural(tok: Token) -> bool:
    return any(a.pos in ("praet", "fin") and a.number == "pl" for a in analyse(tok.text))


def _clause_subjects(toks: list[Token], k: int, refs: list[_Ref]) -> list[str]:
    """Organisations before a plural verb in its clause, when the list is too long for the chain of
    names: "Politechnika Gdańska (PG) oraz brytyjska spółka Northwind Offshore Ltd. wraz ze swoją polską
    spółką zależną Northwind Polska sp. z o.o. (dalej łącznie: ...) podpisały". An organisation after
    any other preposition than "wraz z" is no subject."""
    start = 0
    for j in range(k - 1, -1, -1):
        if _has_pos(toks[j], "fin", "praet") and not _has_pos(toks[j], "subst", "adj") or toks[j].text == ";":
            start = j + 1
            break
    lo, hi = toks[start].idx, toks[k].idx
    names = []
    for r in sorted((r for r in refs if r.kind == "org" and lo <= r.start and r.end <= hi), key=lambda r: r.start):
        before = next((j for j in range(start, k) if toks[j].idx >= r.start), None)
        if before is None:
            continue
        covered = [o.end for o in refs if o.kind == "org" and o.end <= r.start and o.start >= lo]
        gap_from = max(covered, default=lo)  # words after the organisation before it, not its seat
        prev = [t for t in toks[start:before] if t.text not in _QUOTES and t.idx >= gap_from][-4:]
        first = toks[before + 1] if toks[before].text.isdigit() and before + 1 < k else toks[before]  # "5 Lubuski Pułk"
        preps = [i for i, t in enumerate(prev) if _has_pos(t, "prep") and t.lower_ not in ("i", "oraz")]
        # "Przy okazji spotkania Zakład Gospodarki Komunalnej ... i czeska spółka ... zawarły": a
        # prepositional phrase of its own before a name in the nominative
        closed = bool(preps) and preps[-1] < len(prev) - 1 and is_known(analyse(first.text)) and "nom" in _cases(first)
        if preps and not closed and not (
                prev[preps[-1]].lower_ in ("z", "ze") and preps[-1] > 0 and prev[preps[-1] - 1].lower_ == "wraz"):
            continue
        if any(r.start < o.end and o.start < r.end and o is not r and o.start < r.start for o in refs if o.kind == "org"):
            continue  # inside a longer name
        spelled = doc_text(toks[0].doc)[r.start:r.end] == r.name  # written in its base form: "Ekobud Konstrukcje S.A."
        if is_known(analyse(first.text)) and "nom" not in _cases(first) and not spelled:
            continue
        last = toks[before - 1] if before > start else None
        apposition = spelled and bool(_lemmas(last) & _common_parties().keys()) if last is not None else False  # "spółka Ekobud S.A."
        if last is not None and (last.text == "(" or last.is_alpha and last.lower_ not in _CONJ and not _has_pos(last, "prep")
                                 and "gen" in _cases(first) and not apposition):
            continue  # "Przewodniczący Zgromadzenia X ... podpisali": a genitive names whom a person heads; "(UOKiK)"
        names.append(r.name)
    return names


_TERRITORY_NAMES = {"gmina": "Gmina", "powiat": "Powiat", "miasto": "Miasto"}


def _between_places(toks: list[Token], k: int, refs: list[_Ref]) -> bool:
    """Does "z" at ``toks[k]`` join a place to another name that is no organisation ("łączącej Sowlany
    z Ogrodniczkami")?"""
    before = any(r.kind == "place" and r.end == _end(toks[k - 1]) for r in refs)
    after = toks[k + 1].text[:1].isupper() and not _has_pos(toks[k + 1], "adv", "qub")
    return before and after and not any(r.kind == "org" and r.start == toks[k + 1].idx for r in refs)


def _origin_after_name(toks: list[Token], k: int, refs: list[_Ref]) -> bool:
    """Is "z" at ``toks[k]``, right after a name, where that name comes from ("Uniwersytet ... Litwy z
    Kowna"): a place in the genitive, not a side in the instrumental ("Miasta Sejny z Samorządem")?"""
    # (a legal form is a name token too: "Minh Phat Co., Ltd. z Hanoi")
    if k + 1 >= len(toks) or not _is_name_token(toks[k - 1]) or _blocked(toks[k - 1]):
        return False
    nxt = toks[k + 1]
    if not any(r.kind == "place" and r.start == nxt.idx for r in refs):
        return False
    cases = _cases(nxt)
    # An indeclinable place ("Hanoi") after a company's legal form is where the company is from.
    return not is_known(analyse(nxt.text)) or "inst" not in cases or _is_legal_form(toks[k - 1]) and "gen" in cases


def _local_body(doc: Doc, toks: list[Token], i: int, refs: list[_Ref]) -> str | None:
    """"z jednostką z Zabrzeży" for "Ochotnicza Straż Pożarna w Zabrzeży": a lowercase noun and the
    place it comes from name the document's one organisation seated there."""
    if i + 2 >= len(toks) or not toks[i].text[:1].islower() or not _has_pos(toks[i], "subst") \
            or toks[i + 1].lower_ not in ("z", "ze"):
        return None
    place = next((r for r in refs if r.kind == "place" and r.start == toks[i + 2].idx), None)
    if place is None:
        return None
    seat = _stems(place.name)
    names = {r.name for r in refs if r.kind == "org" and re.search(r"\s(?:w|we)\s", r.name)
             and seat <= _stems(r.name.split(" w ")[-1].split(" we ")[-1])}
    return names.pop() if len(names) == 1 else None


def _listed_after_colon(toks: list[Token], i: int, refs: list[_Ref]) -> list[tuple[int, int]]:
    """"z trzema hurtowniami: Salus International sp. z o.o., Neuca S.A. oraz Farmacol-Logistyka sp. z
    o.o.": the names listed after a colon that ends a lowercase plural noun phrase."""
    k = i
    while k < len(toks) and k - i < 4 and toks[k].text[:1].islower() and _has_pos(toks[k], "num", "adj", "subst"):
        k += 1
    if k == i or k >= len(toks) - 1 or toks[k].text != ":":
        return []
    if not any(a.pos == "subst" and a.number == "pl" for t in toks[i:k] for a in analyse(t.text)):
        return []
    return _name_list(toks, k + 1, refs)


def _further_withs(toks: list[Token], e: int, refs: list[_Ref]) -> list[list[tuple[int, int]]]:
    """Further sides of the same act introduced by "i z" / "oraz z" later in its clause: "umowy
    wykonawcze: z Neuca S.A. na dostawę antybiotyków ... i z firmą Salus International na leki"."""
    out = []
    depth = 0
    for k in range(e, min(e + 30, len(toks) - 2)):
        depth += (toks[k].text == "(") - (toks[k].text == ")")
        if toks[k].text in (".", ";") or toks[k].text == ":" and depth <= 0:
            break  # (not the colon of "(dalej: „Dystrybutor LT”)")
        if toks[k].text == "," and toks[k + 1].lower_ == "a" and (dash := _gap_dash(toks, k + 1)) is not None:
            # "z X, a rok wcześniej – z Y", "z X, a w dniu 11 listopada – analogiczną umowę z Y"
            w = dash + 1
            while w < len(toks) and w - dash <= 3 and toks[w].lower_ not in ("z", "ze") and toks[w].text[:1].isalpha() \
                    and (w == dash + 1 or _lemmas(toks[w - 1]) & _heads() or _has_pos(toks[w - 1], "adj")):
                w += 1
            if w < len(toks) and toks[w].lower_ in ("z", "ze") and (w == dash + 1 or _lemmas(toks[w - 1]) & _heads()) \
                    and (spans := _name_list(toks, w + 1, refs)):
                out.append(spans)
        if toks[k].lower_ in ("i", "oraz") and toks[k + 1].lower_ in ("z", "ze"):
            if spans := _name_list(toks, k + 2, refs):
                out.append(spans)
    return out


def _territory_list(doc: Doc, toks: list[Token], i: int, refs: list[_Ref], m: _Mention) -> bool:
    """"z trzema gminami: Myślenicami, Wadowicami i Gminą Zabierzów", "z gminami Skawina i
    Niepołomice": one party per named unit, "Gmina Myślenice", "Gmina Skawina"."""
    if i < len(toks) and _has_pos(toks[i], "num"):
        i += 1
    if i >= len(toks) or not toks[i].text[:1].islower():
        return False
    head = next((a for a in analyse(toks[i].text) if a.pos == "subst" and a.number == "pl"
                 and a.lemma_base in _TERRITORY_NAMES and a.lemma_base in word_set("agreement_party_heads.txt")), None)
    if head is None:
        return False
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ":")
    spans = _name_list(toks, k, refs)
    if len(spans) < 2:
        return False
    for a, b in spans:
        span = doc[toks[a].i:toks[b - 1].i + 1]
        if any(r.lemma_base.lower() in _TERRITORY_NAMES for r in analyse(toks[a].text) if r.pos == "subst"):
            _add(m.parties, org_base(span))  # "Gminą Zabierzów"
        else:
            _add(m.parties, f"{_TERRITORY_NAMES[head.lemma_base]} {place_base(span, head.cases | {'nom'})}")
    return True


_RELATIVE = frozenset({"którą", "którym", "którymi"})
# what may stand between an organisation and ", z którym": nothing, or where it comes from or sits
# ("Kujawy” sp. z o.o. z Włocławka, z którym ...")
_ORIGIN_GAP = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:z siedzibą\s+)?(?:z|ze|w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?\s*)?$")


def _relative_antecedent(doc: Doc, toks: list[Token], refs: list[_Ref], m: _Mention) -> None:
    """"X, z którą/którym/którymi ... podpisał umowę": the organisation before the comma is a party."""
    t = next((i for i, tok in enumerate(toks) if tok.idx == m.trigger_char), None)
    if t is None:
        return
    for k in range(t - 1, max(1, t - 13), -1):  # "z którym Miejska Komunikacja Samochodowa w X podpisała"
        if toks[k].text in _CLAUSE_BREAKS:
            return
        if toks[k].lower_ in _RELATIVE and toks[k - 1].lower_ in ("z", "ze") and toks[k - 2].text == ",":
            comma = toks[k - 2].idx
            org = next((r for r in refs if r.kind == "org" and r.end <= comma
                        and _ORIGIN_GAP.match(doc_text(doc)[r.end:comma])), None)
            # "..., z którym szpital podpisał": the subject of the clause is the other side
            for j in range(k + 1, t):
                _add(m.parties, _common_noun_party(toks[j], refs))
            if org:
                members = [org]
                # "konsorcjum firm X i Y, z którym ...", "X i Y, z którymi ...": every member
                while True:
                    prev = next((r for r in refs if r.kind == "org" and r.end <= members[-1].start
                                 and doc_text(doc)[r.end:members[-1].start].strip() in ("i", "oraz", ",")), None)
                    if prev is None:
                        break
                    members.append(prev)
                before = doc_text(doc)[:members[-1].start].split()[-2:]
                collective = bool(_lemmas_of_words(before) & word_set("agreement_collectives.txt"))
                if len(members) > 1 and (toks[k].lower_ == "którymi" or collective):
                    for r in reversed(members):
                        _add(m.parties, r.name)
                else:
                    _add(m.parties, org.name)
            elif k >= 4 and (start := _chain_start(toks, k - 3, lists=False, refs=refs)) is not None \
                    and k - 2 - start >= 2 and not any(r.kind in ("person", "place") and r.start == toks[start].idx
                                                       for r in refs):
                # "Partnerem projektu jest Nordnorsk Kunstmuseum w Tromsø, z którym Galeria Arsenał podpisała":
                # a name no earlier stage found
                _add(m.parties, _resolve(doc, toks, (start, k - 2), refs))
            return


def _lemmas_of_words(words: list[str]) -> frozenset[str]:
    return frozenset(lemma for w in words for lemma in _lemmas_of(w))


def _add_list(doc: Doc, toks: list[Token], spans: list[tuple[int, int]], refs: list[_Ref], m: _Mention,
              role_party: bool, need_case: str | None = None) -> None:
    names = [_conjunct(doc, toks, s, refs, m, role_party or not _persons_in(toks, s, refs), need_case) for s in spans]
    for name in _distribute(doc, toks, spans, names):
        _add(m.parties, name)


_VERB_ONLY = frozenset({"fin", "praet", "bedzie"})


def _other_clause(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` the predicate (not a signing verb) of a clause opened by ", a"?"""
    pos = _pos_of(toks[j].text)
    if not pos or not pos <= _VERB_ONLY or _is_trigger(toks[j]) or "reprezentować" in _lemmas(toks[j]):
        return False
    for x in range(j - 1, 0, -1):
        if toks[x].text in _CLAUSE_BREAKS or _is_trigger(toks[x]):
            return False
        if toks[x].lower_ == "a" and toks[x - 1].text == ",":
            return True
    return False


def _signs(toks: list[Token], k: int, nominative: bool = False) -> bool:
    """Does the person starting at ``toks[k]`` sign or represent? Decided by the nearest cue.

    An exclusion cue governs a genitive ("w obecności Ministra Jana Nowaka"); a person in the
    nominative after it is the subject ("podpisali w obecności radnych burmistrz Jan Kowalski").
    """
    for j in range(k - 1, -1, -1):
        roles = _roles_ending_at(toks, j)
        # a subject after the cue signs only after an active signing verb ("podpisali w obecności radnych
        # burmistrz X"), not "mówił obecny przy podpisaniu umowy burmistrz X"
        if "exclude" in roles and not (nominative and any(_is_trigger(x) and _is_active_verb(x) for x in toks[:j])):
            return False
        if roles & {"sign", "between"} or (_is_trigger(toks[j]) and _is_active_verb(toks[j])):
            return True
        if j > 0 and "być" in _lemmas(toks[j]) and "sign" in _roles_ending_at(toks, j - 1):
            return True  # "..., a jej sygnatariuszami są prezes X i rektor Y"
        if _other_clause(toks, j):
            return False  # "..., a jej koordynatorem ze strony uczelni będzie dr X": another predicate's
        if "który" in _lemmas(toks[j]) and _has_pos(toks[j], "adj"):
            # "prorektor X, który przyjechał do Lublina wraz z dziekanem Y": a relative clause of another verb
            return False
    for j in range(k + 1, len(toks)):
        roles = _roles_ending_at(toks, j)
        if "exclude" in roles:
            return False
        if (_is_trigger(toks[j]) and _is_active_verb(toks[j])) or "reprezentować" in _lemmas(toks[j]):
            return True
        if _pos_of(toks[j].text) & _VERB_ONLY and _pos_of(toks[j].text) <= _VERB_ONLY | {"ger", "subst"} \
                and not _is_trigger(toks[j]):
            return False  # "Dyrektor RDLP X przypomniał, że ... podpisało": the person is another verb's subject
    return False


def _signs_in_relative_clause(toks: list[Token], e: int) -> bool:
    """"Berndowi Langemu, który w 2004 roku podpisał pierwsze porozumienie": the person before ", który"
    signs when the relative clause's verb is an active trigger."""
    if e + 1 >= len(toks) or toks[e].text != "," or toks[e + 1].lower_ not in ("który", "która", "którzy"):
        return False
    for j in range(e + 2, min(e + 9, len(toks))):
        if toks[j].text in _CLAUSE_BREAKS:
            return False
        if _is_trigger(toks[j]) and _is_active_verb(toks[j]):
            return True
    return False


def _in_role_of_next(toks: list[Token], e: int, person: _Ref, refs: list[_Ref]) -> bool:
    """A lone surname in the role of the next person, with no comma or conjunction between them, is
    part of the role ("dyrektor Łukasiewicz – ICiMB dr inż. Beata Sołtysik"), not a signatory."""
    if " " in person.name:
        return False
    for j in range(e, min(e + 7, len(toks))):
        if toks[j].text in (",", ";") or toks[j].lower_ in ("i", "oraz", "a"):
            return False
        nxt = next((r for r in refs if r.kind == "person" and r.start == toks[j].idx), None)
        if nxt is not None:
            return " " in nxt.name
    return False


def _same_list(toks: list[Token], after: int, k: int) -> bool:
    """Is the person at ``toks[k]`` listed ("oraz", "i", ",") right after one who ends at ``after``,
    with no verb or signing cue between (the role words of the next person may stand between)?"""
    between = [j for j in range(k) if toks[j].idx >= after]
    if not between or toks[between[0]].lower_ not in ("i", "oraz", ","):
        return False
    return not any(_pos_of(toks[j].text) & _VERB_ONLY or _is_trigger(toks[j]) or "sign" in _roles_ending_at(toks, j)
                   for j in between)


def _signatories_in_sentence(toks: list[Token], refs: list[_Ref], m: _Mention) -> None:
    start, end = toks[0].idx, _end(toks[-1])
    excluded_end: int | None = None  # the end of the last person who does not sign
    for r in sorted((r for r in refs if r.kind == "person" and start <= r.start < end), key=lambda r: r.start):
        k = next(i for i, t in enumerate(toks) if _end(t) > r.start)
        if k > 0 and toks[k - 1].lower_ in word_set("org_street_words.txt"):
            continue  # "przy ul. Kazimierza Wielkiego": a street named after a person
        e = next((i for i, t in enumerate(toks) if t.idx >= r.end), len(toks))
        if _in_role_of_next(toks, e, r, refs):
            continue
        if _signs_in_relative_clause(toks, e):
            _add(m.signatories, r.name)
            continue
        if e < len(toks) and _pos_of(toks[e].text) & {"fin", "praet"} and _pos_of(toks[e].text) <= _VERB_ONLY \
                and not _is_trigger(toks[e]) and "reprezentować" not in _lemmas(toks[e]):
            continue  # "którego przedstawicielka Anna Dworakowska przygotowała mapę": another predicate's subject
        if excluded_end is not None and _same_list(toks, excluded_end, k):
            excluded_end = _end(toks[e - 1])  # "w obecności dyrektora ... Jana Zielińskiego oraz konsul ... Lenky Novotnej"
            continue
        if _private_side(toks, k, refs):
            _add(m.parties, r.name)
            continue
        if _signs(toks, k, _nominative(toks, r)):
            _add(m.signatories, r.name)
            excluded_end = None
        elif any("exclude" in _roles_ending_at(toks, j) for j in range(k)):
            excluded_end = _end(toks[e - 1])


def _private_side(toks: list[Token], k: int, refs: list[_Ref]) -> bool:
    """Is the person at ``toks[k]`` a private side after "z", named with a word of
    ``agreement_private_sides.txt`` ("z panem Jozefem Hudákiem oraz panią Zuzaną Hudákovą", "z osobami
    fizycznymi – Januszem Termińskim i Barbarą Termińską")? A role noun ("z burmistrzem X") makes a
    signatory."""
    private = word_set("agreement_private_sides.txt")
    marked = False
    j = k - 1
    while j >= 0 and k - j <= 12:
        tok = toks[j]
        if tok.lower_ in ("z", "ze"):
            return marked
        if _lemmas(tok) & private and tok.text[:1].islower():
            marked = True
        elif tok.text in ("–", "—", ",") or tok.lower_ in ("i", "oraz"):
            pass
        elif not any(r.kind == "person" and r.start <= tok.idx < r.end for r in refs):
            return False  # (another word: "z burmistrzem Janem X", "z firmą Y")
        j -= 1
    return False


_FIRST_PERSON = re.compile(r"(?:śmy|łem|łam)$", re.I)


def _quote_speaker(sents: list[list[Token]], m: _Mention, refs: list[_Ref]) -> str | None:
    """"– Podpisaliśmy dziś umowę z firmą X. To jedna z ... – poinformował wójt Gminy Y Tadeusz Z.": the
    speaker of a quote whose signing verb is in the first person signed; the reporting clause opens
    with a dash and a verb, within the quote's next sentences."""
    trigger = next((t for t in sents[m.sent_index] if t.idx == m.trigger_char), None)
    if trigger is None or not _FIRST_PERSON.search(trigger.text) or not _is_active_verb(trigger):
        return None
    for toks in sents[m.sent_index:m.sent_index + 3]:
        for j in range(1, len(toks) - 1):
            if toks[j].text in ("–", "—") and toks[j].idx > m.trigger_char and _has_pos(toks[j + 1], "praet", "fin"):
                return next((r.name for r in sorted(refs, key=lambda r: r.start)
                             if r.kind == "person" and toks[j].idx < r.start <= toks[-1].idx), None)
    return None


def _continues(toks: list[Token]) -> bool:
    """A sentence that goes on about who signed or represented whom ("Pod dokumentem podpisy złożyli ...")."""
    lemmas = [_lemmas(t) for t in toks]
    if any("podpis" in lem for lem in lemmas) and any("złożyć" in lem for lem in lemmas):
        return True
    for k, tok in enumerate(toks):
        lem = lemmas[k]
        if "reprezentować" in lem or lem & {"kontrasygnata", "kontrasygnować"} or (_is_trigger(tok) and _is_active_verb(tok)):
            return True
        if _roles_ending_at(toks, k) & {"behalf", "parties"}:
            return True
        if tok.lower_ in word_set("agr_side_nouns.txt") and any(
                t.lower_ in word_set("agr_side_verbs.txt") for t in toks[k + 1:k + 4]):
            return True  # "Partnerami instytutu zostali ..."
    return False


def _names_nobody(toks: list[Token], refs: list[_Ref]) -> bool:
    """A sentence with no person in it (it says what the act holds, not who signed it)."""
    start, end = toks[0].idx, _end(toks[-1])
    return not any(r.kind == "person" and start <= r.start < end for r in refs)


_BULLETS = frozenset("–—-•*·")


def _listed_signatories(doc: Doc, sents: list[list[Token]], si: int, refs: list[_Ref], m: _Mention) -> None:
    """"Umowy w imieniu samorządów podpisali:" followed by one person a line ("Kaczmarek Piotr – wójt
    gminy Dalików,"): each person who opens one of the next lines signs, until a blank line."""
    toks = sents[si]
    nouns = word_set("agreement_signatory_nouns.txt")
    # "Lista gmin, które otrzymały dofinansowanie:" + "1. Gmina Bytom Odrzański – 86 tys. zł,"
    names_parties = any(_roles_ending_at(toks, k) & {"parties", "list_of_parties"} for k in range(len(toks))) \
        or _sides_named(toks)  # "Partnerami programu zostały:" + "• Grupa Żywiec S.A.,"
    if toks[-1].text != ":" or not (names_parties or any(
            _is_trigger(t) and (_is_active_verb(t) or "imps" in _trigger_forms(t)) or _lemmas(t) & nouns for t in toks)):
        return
    text = doc_text(doc)
    prev_end = _end(toks[-1])
    numbered = False
    for nxt in sents[si + 1:]:
        gap = text[prev_end:nxt[0].idx]
        if not numbered and ("\n" not in gap or gap.count("\n") > 1):
            break  # the list is one line per person and ends at a blank line
        if len(nxt) <= 2 and nxt[0].text.isdigit() and "\n" in gap:
            numbered, prev_end = True, _end(nxt[-1])  # "1." read as a sentence of its own
            continue
        numbered = False
        k = 0
        while k < len(nxt) - 1 and (nxt[k].text in _BULLETS or nxt[k].text.rstrip(".)").isdigit() or _is_title(nxt[k])):
            k += 1  # "– prof. dr hab. Sylwester Czopek, rektor ..."
        person = next((r for r in refs if r.kind == "person" and r.start == nxt[k].idx), None)
        if person is None:
            # "Umowy podpisano z następującymi beneficjentami:" + "• Gmina Chmielnik – 1,2 mln zł ...": a
            # line that opens with an organisation names a side
            org = next((r for r in refs if r.kind == "org" and r.start == nxt[k].idx), None)
            if org is None:
                break
            _add(m.parties, org.name)
            prev_end = _end(nxt[-1])
            continue
        _add(m.signatories, person.name)
        # "– dr hab. Grażyna Stępień, prof. uczelni, rektor Państwowej Akademii Nauk Stosowanych w Przemyślu":
        # the body the line names after the person is the side they sign for
        line_org = min((r for r in refs if r.kind == "org" and person.end < r.start < _end(nxt[-1])),
                       key=lambda r: r.start, default=None)
        if line_org is not None and (not _lemmas_of(line_org.name.split()[0]) & word_set("agreement_internal_units.txt")
                                     or _ends_in_legal_form(line_org.name)):  # "Biuro Rachunkowe X sp.j." is a firm
            _add(m.parties, line_org.name)
        prev_end = _end(nxt[-1])


# --- dates, merging ---------------------------------------------------------------------------


def _sides_named(toks: list[Token]) -> bool:
    """Does the sentence open with a side noun and its verb ("Partnerami programu zostały:",
    ``agr_side_nouns.txt``, ``agr_side_verbs.txt``)?"""
    sides, verbs = word_set("agr_side_nouns.txt"), word_set("agr_side_verbs.txt")
    return len(toks) > 1 and toks[0].lower_ in sides and any(t.lower_ in verbs for t in toks[1:4])


def _listed_recipients(sents: list[list[Token]], refs: list[_Ref], m: _Mention) -> list[str]:
    """The organisations listed after "otrzymali:" in one of the two sentences after the act."""
    verbs = word_set("agreement_recipient_verbs.txt")
    for toks in sents[m.sent_index + 1:m.sent_index + 3]:
        at = next((toks[k + 1].idx for k in range(len(toks) - 1)
                   if _lemmas(toks[k]) & verbs and toks[k + 1].text == ":"), None)
        if at is None:
            continue
        return _orgs_after(refs, at, toks)
    return []


def _grant_recipients(sents: list[list[Token]], refs: list[_Ref], m: _Mention) -> list[str]:
    """The organisations a recipient verb (``agreement_recipient_verbs.txt``) has as its subject right
    after it, in the sentence before a funding act (or one of no kind) or the two after it: "Najwięcej ... otrzymały
    Ochotnicza Straż Pożarna w Krynkach, OSP Zabłudów i ... . Umowy o dofinansowanie z wojewodą
    podpisali ...", "Największą dotację – 110 tys. zł – otrzyma OSP Trzciel"."""
    if m.kind != "funding" and m.specific or m.signed is False:
        return []  # (a mention of no kind may recall one: "W imieniu Zarządu umowy podpisali ...")
    verbs = word_set("agreement_recipient_verbs.txt")
    out: list[str] = []
    for toks in sents[max(0, m.sent_index - 1):m.sent_index + 3]:
        for k, t in enumerate(toks[:-1]):
            if not (_lemmas(t) & verbs and _has_pos(t, "fin", "praet", "bedzie")):
                continue
            j = k + 1 + (toks[k + 1].lower_ == "m.in.")  # "Granty otrzymały m.in. Koło Gospodyń Wiejskich ..."
            for a, b in _name_list(toks, j, refs):
                first = toks[a]
                orgs = sorted((r for r in refs if r.kind == "org" and first.idx <= r.start < _end(toks[b - 1])),
                              key=lambda r: r.start)
                if not orgs or orgs[0].start != first.idx or not first.text.isupper() \
                        and "nom" not in _cases(first) and is_known(analyse(first.text)):
                    break  # (not "otrzymała od Gminy X", a person or a place)
                for org in orgs:
                    if not any(o.start < org.start < o.end for o in orgs):  # (not a name inside another)
                        _add(out, org.name)
    return out


def _orgs_after(refs: list[_Ref], at: int, toks: list[Token]) -> list[str]:
    """The organisations that start after character ``at`` and before the end of the sentence ``toks``."""
    end = toks[-1].idx + len(toks[-1].text)
    out: list[str] = []
    for r in sorted(refs, key=lambda r: r.start):
        if r.kind == "org" and at < r.start < end:
            _add(out, r.name)
    return out


def _in_relative_clause(toks: list[Token], i: int) -> bool:
    """Does ``toks[i]`` stand in a relative clause ("..., którego budowę prowadzi konsorcjum")?"""
    for j in range(i - 1, -1, -1):
        if toks[j].text in _CLAUSE_BREAKS:
            return j + 1 < i and "który" in _lemmas(toks[j + 1])
        if "który" in _lemmas(toks[j]):
            return True
    return False


def _consortium_members(sents: list[list[Token]], refs: list[_Ref], m: _Mention) -> list[str]:
    """The organisations named after "konsorcjum" in the nearest sentence before (or at) the act
    that introduces one, when the act's sentences speak of the contractor or the consortium:
    "oferta konsorcjum, którego liderem jest Budimex S.A., a partnerem firma Instal Lublin ...
    Umowę z wykonawcą podpisano ..."."""
    nouns = word_set("agreement_contractor_nouns.txt")
    collectives = word_set("agreement_collectives.txt")
    scope = sents[m.sent_index:m.sent_index + 3]
    # "blok, którego budowę prowadzi konsorcjum firm X i Y": a consortium working on something else
    if not any(_lemmas(t) & nouns and not _in_relative_clause(s, i) for s in scope for i, t in enumerate(s)):
        return _named_contractors(sents, refs, m)
    for si in range(min(m.sent_index + 2, len(sents) - 1), -1, -1):
        toks = sents[si]
        at = next((t.idx for i, t in enumerate(toks) if _lemmas(t) & collectives and "konsorcjum" in _lemmas(t)
                   and not _in_relative_clause(toks, i)), None)
        if at is None or _joins_later(toks):
            continue  # (not "Do konsorcjum dołączy także X": a member still to come)
        members = _orgs_after(refs, at, toks)
        # "Liderem konsorcjum jest X, a partnerami:" + "• Y," + "• Z.": the members listed a line each
        if toks[-1].text == ":":
            for line in sents[si + 1:]:
                if line[0].text not in _BULLETS:
                    break
                for name in _orgs_after(refs, line[0].idx, line)[:1]:
                    _add(members, name)
        if len(members) >= 2:
            return members
    return _named_contractors(sents, refs, m)


def _named_contractors(sents: list[list[Token]], refs: list[_Ref], m: _Mention) -> list[str]:
    """The organisations behind a side the act's sentence names by its role ("z wykonawcami", "a
    wykonawcą", "w imieniu dostawcy"): in a sentence near it that says who they are ("Wykonawcami są:
    Strabag sp. z o.o., Budimex S.A. oraz ...", "Dostawcą pojazdów będzie firma Autosan ...") or makes
    them the subject of the work (``agreement_role_verbs.tsv``: "Zadanie wykona firma „Drogbud” ..."),
    else, for a contractor, the one company with its legal form in the sentence right before it
    ("Roboty prowadziła firma Hydrobud Konin sp. z o.o. Umowę między RZGW a wykonawcą podpisano ...")."""
    toks = sents[m.sent_index]
    roles = word_set("agreement_role_parties.txt")
    # the side named by its role in the act's sentence ("w imieniu dostawcy", "z wykonawcami"), defined
    # in a sentence near it ("Dostawcą pojazdów będzie firma Autosan ...", "Wykonawcami są: ...")
    named = frozenset(lem for t in toks if t.text[:1].islower() for lem in _lemmas(t) & roles)
    after = [t for t in toks if t.idx >= m.end_char][:2]  # "Umowę sprzedaży udziałów podpisano"
    named |= frozenset(r for t in after for lem in _lemmas(t) for r in _contract_roles().get(lem, ()))
    if m.kind == "contract" and after and after[0].lower_ == "na" and len(m.parties) == 1:
        # "ZDZiT podpisał umowy na zimowe utrzymanie ulic. Odśnieżaniem zajmą się firmy X, Y oraz Z": a
        # contract for work whose other side the act leaves unnamed has a contractor
        named |= {"wykonawca"}
    verbs = frozenset(v for role in named for v in _role_verbs().get(role, ()))
    # "Umowę z wykonawcą, firmą Hydrobud sp. z o.o. z Gorzowa Wielkopolskiego, miasto podpisało": the
    # organisation in apposition right after the role noun, maybe after its generic head
    heads = word_set("agr_generic_heads.txt")
    for k, t in enumerate(toks[:-2]):
        if t.text[:1].islower() and _lemmas(t) & named and toks[k + 1].text == ",":
            j = k + 2 + (toks[k + 2].text[:1].islower() and bool(_lemmas(toks[k + 2]) & heads))
            org = next((r.name for r in refs if r.kind == "org" and j < len(toks) and r.start == toks[j].idx), None)
            if org is not None:
                return [org]
    # (no role named, no verbs of its work: nothing in the sentences around can match)
    for si in [*range(m.sent_index, min(m.sent_index + 3, len(sents))), *range(m.sent_index - 1, max(-1, m.sent_index - 4), -1)] if named else []:
        words = sents[si]
        for k, t in enumerate(words[:-1]):
            if _lemmas(t) & named and any("być" in _lemmas(x) for x in words[k + 1:k + 3]):
                members = _side_after(refs, k, words)
            elif _lemmas(t) & verbs and _has_pos(t, "fin", "praet", "bedzie") and _orgs_after(refs, t.idx, words[:k + 5]):
                members = _orgs_after(refs, t.idx, words)  # "Zadanie wykona firma „Drogbud” ...", "konsorcjum firm X i Y"
            else:
                continue
            if members:
                return members
    if not any("wykonawca" in _lemmas(t) for t in toks):
        return []
    # up to the contractor noun: a sentence ending in "sp. z o.o." may not be cut from the next
    before = sents[m.sent_index - 1] if m.sent_index > 0 else toks
    start = before[0].idx
    end = next(t.idx for t in toks if "wykonawca" in _lemmas(t))
    companies = {r.name for r in refs if r.kind == "org" and start <= r.start < end and _ends_in_legal_form(r.name)}
    return sorted(companies) if len(companies) == 1 else []


def _side_after(refs: list[_Ref], k: int, toks: list[Token]) -> list[str]:
    """The side a role noun at ``toks[k]`` is defined as: the organisations after it ("Dostawcą
    będzie firma Autosan ..."), or the people after it when the first organisation only says whose
    owners they are ("Sprzedającymi są założyciele Spółki, Marek i Joanna Tomaszewscy")."""
    orgs = _orgs_after(refs, toks[k].idx, toks)
    people = _people_after(refs, k, toks)
    if orgs and people:
        first = min(r.start for r in refs if r.kind == "org" and r.start > toks[k].idx and r.name == orgs[0])
        before = [t for t in toks if _end(t) <= first][-1:]
        if before and _lemmas(before[0]) & word_set("agreement_owner_nouns.txt"):
            return people
    return orgs or people


def _people_after(refs: list[_Ref], k: int, toks: list[Token]) -> list[str]:
    """The people named after ``toks[k]`` up to a relative clause or ", a" ("Sprzedającymi są
    założyciele Spółki, Marek i Joanna Tomaszewscy, którzy ...")."""
    end = next((t.idx for j, t in enumerate(toks[k + 1:], k + 1) if t.lower_ in ("który", "która", "którzy", "które")
                or t.lower_ == "a" and toks[j - 1].text == ","), _end(toks[-1]))
    out: list[str] = []
    for r in sorted(refs, key=lambda r: r.start):
        if r.kind == "person" and toks[k].idx < r.start < end:
            _add(out, r.name)
    return out


@cache
def _contract_roles() -> dict[str, tuple[str, ...]]:
    return {row["modifier"]: tuple(row["roles"].split(",")) for row in table("agreement_contract_roles.tsv")}


@cache
def _role_verbs() -> dict[str, tuple[str, ...]]:
    return {row["role"]: tuple(row["verbs"].split(",")) for row in table("agreement_role_verbs.tsv")}


@cache
def _role_units() -> dict[str, tuple[str, ...]]:
    return {row["role"]: tuple(row["units"].split(",")) for row in table("agreement_role_units.tsv")}


def _title(name: str) -> str:
    return " ".join(w if w in ("i", "w", "we") else w[:1].upper() + w[1:] for w in name.split())


def _role_unit(doc: Doc, person: _Ref) -> str | None:
    """The self-government unit a signatory heads, read from the role right before the name:
    "wójt gminy Hanna" -> "Gmina Hanna", "starosta włodawski" -> "Powiat Włodawski", "burmistrz
    Koła" -> "Miasto Koło" or "Gmina Koło", whichever organisation the text has."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return None
    toks = [t for t in doc[max(0, span.start - 12):span.start] if not t.is_space]
    # "Zastępca Prezydenta Miasta Lublin ds. Oświaty i Wychowania Beata ...": the remit after "ds." is
    # no part of the unit's name
    ds = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].lower_ == "ds."), None)
    toks = toks[:ds][-5:] if ds is not None else toks[-5:]
    units = _role_units()
    deputies = word_set("agr_deputy_words.txt")
    for r in range(len(toks) - 1, -1, -1):  # the role nearest the name
        tok = toks[r]
        roles = [lem for lem in _lemmas(tok) if lem in units]
        if not roles or tok.text[:1].isupper() and r > 0 and toks[r - 1].text[:1].isupper() \
                and not _lemmas(toks[r - 1]) & deputies:
            continue
        rest = toks[r + 1:]
        while rest and (_is_title(rest[-1]) or rest[-1].text in ("Pan", "Pani")):
            rest = rest[:-1]  # "Marszałek Województwa Śląskiego dr Jakub ..."
        if not rest or any(_is_title(t) for t in rest):
            return None
        if len(rest) == 1 and _lemmas(rest[0]) & _UNIT_NOUNS:
            return None  # "Wójta Gminy Huberta Kołodzieja": the unit's name is not given here
        unit_noun = [a for a in analyse(rest[0].text) if a.pos == "subst" and a.lemma_base.lower() in _UNIT_NOUNS
                     and "gen" in a.cases and a.number == "sg"]
        known = _known_names(doc)
        # "wójt gminy Hanna", "marszałek województwa lubelskiego" (not "Burmistrz Miasta i Gminy X":
        # the town and the gmina around it are one office, not a named party)
        if unit_noun and 2 <= len(rest) <= 4 and not any(t.lower_ in ("i", "oraz") for t in rest):
            if rest[1].text[:1].isupper() and unit_noun[0].lemma_base in ("gmina", "miasto"):  # "wójta gminy Stare Miasto"
                unit = unit_noun[0].lemma_base
                return f"{unit[:1].upper() + unit[1:]} {place_base(doc[rest[1].i:rest[-1].i + 1], frozenset({'nom'}))}"
            return _title(org_base(doc[rest[0].i:rest[-1].i + 1]))
        if all(_has_pos(t, "adj") and t.text[:1].islower() for t in rest) and len(rest) == 1:
            adjective = next(a.lemma_base for a in analyse(rest[0].text) if a.pos == "adj")
            prefix = units[roles[0]][0]
            return f"{prefix} {adjective[:1].upper() + adjective[1:]}" if prefix == "Powiat" else None
        if all(t.text[:1].isupper() for t in rest) and all("gen" in _cases(t) or not is_known(analyse(t.text)) for t in rest):
            place = place_base(doc[rest[0].i:rest[-1].i + 1], frozenset({"gen"}))
            names = [f"{prefix} {place}" for prefix in units[roles[0]]]
            if roles[0] in ("burmistrz", "prezydent"):
                # "burmistrz Gorlic" heads "Gmina Miejska Gorlice", not the rural "Gmina Gorlice" around the town
                names = [f"Gmina Miejska {place}", f"Gmina Miasto {place}", f"Gmina Miasta {place}", *names]
            found = next((known[n.lower()] for n in names if n.lower() in known), None)
            if found is None and "Gmina" in units[roles[0]] and _gminas_sign(span):
                # "w imieniu gminy podpisała burmistrz Kraśnika" of "Gmina Miejska Kraśnik": the town's own gmina
                town = re.search(r"\bGmin\w* (Miast\w*|Miejsk\w*) " + re.escape(place[:max(3, len(place) - 2)]), doc_text(doc))
                if town is not None:
                    return f"Gmina {'Miasto' if town.group(1).startswith('Miast') else 'Miejska'} {place}"
                return f"Gmina {place}"  # "Gminy reprezentowali: burmistrz Ryk ..."
            if found is None and units[roles[0]] == ("Miasto",):
                # "prezydent Przemyśla" for "Gmina Miejska Przemyśl"; else "prezydent Opola" -> "Miasto Opole" for a
                # town the text names as a place (not "prezydent BTU", nor a state's: "prezydent Francji")
                city = re.search(r"\bGmin\w* (Miast\w*|Miejsk\w*) " + re.escape(place[:max(3, len(place) - 2)]),
                                 doc_text(doc))
                if city is not None:  # "powierza Gminie Miasto Ełk": the town's own gmina, not the rural one
                    return f"Gmina {'Miasto' if city.group(1).startswith('Miast') else 'Miejska'} {place}"
                same = {name for key, name in known.items() if key.endswith(" " + place.lower())
                        and key.split()[0] in ("gmina", "miasto")}
                if len(same) == 1:
                    return same.pop()
                places = {loc.name for loc in doc._.locations or []}
                if place in places and place not in word_set("agr_state_names.txt"):
                    return f"Miasto {place}"
            return found
        return None
    return None


_UNIT_NOUNS = frozenset({"gmina", "miasto", "powiat", "województwo"})
_ROLE_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "–", "—", "-", "i", "oraz", "a"})


def _role_org(doc: Doc, person: _Ref, refs: list[_Ref]) -> str | None:
    """The organisation in the role phrase right before a signatory's name, when no earlier stage
    tied them: "předseda Euroregionu Glacensis po stronie czeskiej Jiří Čtvrtečka". The phrase runs
    back to a comma, a conjunction or the verb and opens with a lowercase role noun."""
    span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if span is None:
        return None
    orgs = [r for r in refs if r.kind == "org"]
    found: _Ref | None = None
    k, steps = span.start - 1, 0
    while k >= 0 and steps < 10:
        tok = doc[k]
        ref = next((r for r in orgs if r.start <= tok.idx < r.end), None)
        if ref is not None:
            found = found or ref
            while k >= 0 and doc[k].idx >= ref.start:
                k -= 1
            steps += 1
            continue
        branch = tok.text in ("–", "—", "-") and k + 1 < len(doc) \
            and bool(_lemmas(doc[k + 1]) & word_set("org_branch_nouns.txt"))  # "Związku X – oddział w Opolu"
        if not branch and (tok.is_sent_start or tok.text in _ROLE_BOUNDARIES or tok.lower_ in _ROLE_BOUNDARIES
                           or _is_trigger(tok) or _pos_of(tok.text) and _pos_of(tok.text) <= _VERB_ONLY):
            first = k + 1 if not tok.is_sent_start else k
            break
        k -= 1
        steps += 1
    else:
        return None
    if first >= span.start:
        return None
    opener = doc[first]
    role_noun = _has_pos(opener, "subst") or not is_known(analyse(opener.text))  # "prezes", "předseda"
    if not (opener.is_alpha and opener.text.islower() and role_noun and not _has_pos(opener, "prep")):
        return None
    if found is None:
        # "prezes zarządu szpitala Katarzyna X", "rektor uczelni prof. Klemens Y": the text's one body of the kind
        return next((party for t in doc[first + 1:span.start] if (party := _common_noun_party(t, refs))), None)
    return found.name


def _gminas_sign(span) -> bool:
    """The sentence says before the name that gminas sign or are represented ("Gminy reprezentowali:",
    "w imieniu gminy podpisał"): a mayor with no unit listed signs for the gmina."""
    return any("gmina" in _lemmas(t) for t in span.sent if t.i < span.start)


def _day(d) -> bool:
    return d.start == d.end and len(d.start) == 10


_DEADLINE = frozenset({"do", "przed", "najpóźniej", "od"})


def _date_for(doc: Doc, toks: list[Token], m: _Mention) -> str | None:
    """The day (or, for a signed act, the month: "w grudniu 2023 roku") nearest to the trigger in its
    sentence; not a deadline or a start ("do 30 września", "od marca"), nor the old month of a
    postponed signing ("miał zostać podpisany w lutym")."""
    start, end = toks[0].idx, _end(toks[-1])
    before = {toks[i].idx: toks[i - 1].lower_ for i in range(1, len(toks))}
    # "aneks nr 2 do umowy z dnia 12 lipca 2023 r.", "zastąpił umowę z 2015 roku": the date of another act
    dated = {toks[i].idx for i in range(1, len(toks)) if (toks[i - 1].lower_ == "z"
             or i > 1 and toks[i - 1].lower_ == "dnia" and toks[i - 2].lower_ == "z")
             and not m.start_char <= _last_agreement_noun(toks, i) < m.end_char}  # "umowy zawartej ... z dnia X": its own
    days = [d for d in doc._.dates or []
            if (_day(d) or m.signed and d.start == d.end and len(d.start) in (4, 7) and d.start[:4].isdigit())
            and start <= d.start_char < end
            and before.get(d.start_char) not in _DEADLINE and d.start_char not in dated]
    if not days:
        return None
    # a day or month first; a year only for an act the sentence dates no closer ("w 2004 roku podpisał")
    return min(days, key=lambda d: (len(d.start) == 4, abs(d.start_char - m.trigger_char))).start


def _last_agreement_noun(toks: list[Token], i: int) -> int:
    """Character offset of the last agreement noun before ``toks[i]`` in its sentence, or -1."""
    return next((toks[j].idx for j in range(i - 1, -1, -1) if _lemmas(toks[j]) & _heads()), -1)


_SAME_DAY = re.compile(r"\b(?:tego samego dnia|tego dnia|w tym samym dniu)\b", re.I)


def _same_day(toks: list[Token]) -> bool:
    """"Tego samego dnia AJP podpisała także aneks": the day of the act reported before."""
    return bool(_SAME_DAY.search(" ".join(t.text for t in toks)))


def _date_before(doc: Doc, sents: list[list[Token]], m: _Mention) -> str | None:
    """"W sobotę Nowy Targ odwiedziły delegacje ... Najważniejszym punktem wizyty było podpisanie
    porozumienia": with no day in its own sentence, the last day of the two sentences before (not
    the release's own date, not a deadline)."""
    if m.signed is False:
        return None
    for prev in range(m.sent_index - 1, max(-1, m.sent_index - 3), -1):
        ptoks = sents[prev]
        before = {ptoks[i].idx: ptoks[i - 1].lower_ for i in range(1, len(ptoks))}
        start, end = ptoks[0].idx, _end(ptoks[-1])
        days = [d for d in doc._.dates or [] if _day(d) and start <= d.start_char < end
                and d.start != doc._.published and before.get(d.start_char) not in _DEADLINE]
        if days:
            return max(days, key=lambda d: d.start_char).start
    return None


def _same_act(a: _Mention, b: _Mention) -> bool:
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False  # "2024" and "2024-03-12" may be one act
    if {a.signed, b.signed} == {True, False} and (a.parties or a.members) and (b.parties or b.members):
        return False  # "umowa z konsorcjum nie zostanie zawarta" and "podpisała natomiast umowę z X"
    if ("aneks" in _head_nouns(a.text)) != ("aneks" in _head_nouns(b.text)) and _head_nouns(a.text) and _head_nouns(b.text):
        return False  # an annex and the agreement it amends are two documents
    if {a.signed, b.signed} == {True, False} and not _head_nouns(a.text) & _head_nouns(b.text):
        return False  # "pierwsze umowy zostaną podpisane w III kwartale" and "podpisali porozumienie"
    if {a.signed, b.signed} == {True, False} and a.specific != b.specific:
        return False  # "Umowę podpisali ..." and, later, "Umowa o dofinansowanie może zostać podpisana jesienią"
    # a consortium's members are sides too ("z konsorcjum firm X i Y" and "Umowę o dofinansowanie z
    # ministerstwem miasto podpisało" are two acts), beside a party the mention names itself: members
    # alone are the other side of an act whose first side the next mention names ("podpisano umowę z
    # wykonawcą. Zadanie wykona firma X" and "Ze strony Gminy Y umowę podpisał ...")
    sides_a = a.parties + a.members if a.parties else []
    sides_b = b.parties + b.members if b.parties else []
    keys_a, keys_b = {_unit_key(p) for p in sides_a}, {_unit_key(p) for p in sides_b}
    only_a = {p for p in set(sides_a) - set(sides_b) if not _within(p, sides_b) and _unit_key(p) not in keys_b}
    only_b = {p for p in set(sides_b) - set(sides_a) if not _within(p, sides_a) and _unit_key(p) not in keys_a}
    shared = set(sides_a) & set(sides_b) or any(_within(p, sides_a) for p in sides_b) \
        or any(_within(p, sides_b) for p in sides_a) or keys_a & keys_b
    if sides_a and sides_b and (not shared or only_a and only_b):
        return False  # each names a party the other does not: two agreements
    if a.specific and b.specific and a.kind != b.kind:
        return False  # "umowa o dofinansowanie" and "list intencyjny" are two acts
    return True


def _unit_key(name: str) -> str:
    """"Miasto Tarnobrzeg" and "Gmina Tarnobrzeg" name one side (a city with the rights of a gmina)."""
    first, _, rest = name.partition(" ")
    return rest if first in ("Gmina", "Miasto") and rest else name


@word_cache
def _head_nouns(text: str) -> frozenset[str]:
    """The agreement nouns of a mention's text ("Umowę o dofinansowanie" -> umowa)."""
    return frozenset(lem for w in text.split() for lem in _lemmas_of(w) if lem in _heads())


def _earlier_act(acts: list[_Mention], m: _Mention) -> _Mention | None:
    """The act a mention reports again: the last one, or an earlier one with the same parties
    ("W imieniu X umowę podpisali ..." after a paragraph about another agreement of X)."""
    if acts and _same_act(acts[-1], m):
        return acts[-1]
    if m.parties:
        for a in reversed(acts[:-1]):
            if a.parties and set(m.parties) <= set(a.parties) and _same_act(a, m):
                return a
    return None


@word_cache
def _stems(name: str) -> frozenset[str]:
    return frozenset(w[:5].lower() for w in name.split() if len(w) > 2)


def _within(part: str, names: list[str]) -> bool:
    """Is ``part`` the organisation another of ``names`` is a unit of ("Zakład Ubezpieczeń Społecznych",
    written "ZUS", beside "Oddział Zakładu Ubezpieczeń Społecznych w Zamościu")? Words compared by
    their first five letters, so inflected forms inside the longer name count."""
    stems = _stems(part)
    if len(stems) == 1 and " " not in part and len(part) >= 4 and part[:1].isupper():
        return any(n != part and _unit_of_place(part, n) for n in names)
    return len(stems) >= 2 and any(n != part and stems < _stems(n) and not _town_and_rural_gmina(part, n) for n in names)


def _town_and_rural_gmina(part: str, name: str) -> bool:
    """"Gmina Ełk" is the rural gmina beside the town's "Gmina Miasto Ełk", not a part of it."""
    return part.split()[0] == "Gmina" and bool({w.lower() for w in name.split()} - {w.lower() for w in part.split()}
                                               & word_set("org_town_gmina_words.txt"))


def _unit_of_place(place: str, name: str) -> bool:
    """Is ``name`` the self-government of ``place`` ("w imieniu Sanoka" beside "Gmina Miasta Sanoka",
    "Sambora" beside "Samborska miejska hromada terytorialna")?"""
    words = name.split()
    place = place.lower()  # ("KWIDZYN" in a headline in capitals)
    need = max(4, len(place) - 2)  # "Kraków" - "Krakowa", "Ustiłuh" - "Ustiłuska", "Małopolska" - "Małopolskie"
    if words[0] in _TERRITORY_NAMES.values() or words[0] == "Województwo":
        return any(common_prefix(w, place) >= need for w in words[1:])
    return any(w in _foreign_units() for w in words[1:]) and common_prefix(words[0], place) >= need


@cache
def _foreign_units() -> frozenset[str]:
    return frozenset(row["base"] for row in table("org_foreign_units.tsv"))


def _merge(into: _Mention, m: _Mention) -> None:
    if m.specific and not into.specific:
        into.kind, into.specific, into.text = m.kind, True, m.text
        into.start_char, into.end_char = m.start_char, m.end_char
    for p in m.parties:
        if not _within(p, into.parties):  # "W imieniu ZUS" after "Oddział ZUS w Zamościu ... podpisały"
            _add(into.parties, p)
    # a town named before its self-government: "w imieniu Ustiłuha" and then "Ustiłuska hromada"
    into.parties[:] = [p for p in into.parties if " " in p or not _within(p, into.parties)]
    for s in m.signatories:
        _add(into.signatories, s)
    for p in m.members:
        _add(into.members, p)
    for p in m.recipients:
        _add(into.recipients, p)
    into.date = into.date or m.date
    if m.signed is not None:
        into.signed = m.signed if into.signed is None else (into.signed or m.signed)


def _drop_prefix_names(names: list[str]) -> list[str]:
    """"Wydział Inżynierii Materiałowej i Fizyki" is the same party as "... i Fizyki Politechniki
    Krakowskiej": keep the longer name."""
    out = []
    for n in names:
        words = n.lower().split()
        if any(o != n and o.lower().split()[: len(words)] == words for o in names):
            continue
        out.append(n)
    return out


def _unique_doc_day(doc: Doc) -> str | None:
    days = {d.start for d in doc._.dates or [] if _day(d)}
    published = doc._.published
    if published in days and len(days) > 1:
        days.discard(published)
    day = days.pop() if len(days) == 1 else None
    # (not a deadline: "Inwestycje muszą zostać zakończone do 30 czerwca 2024 r.")
    text = doc_text(doc)
    if any(d.start == day and {w.lower() for w in text[max(0, d.start_char - 16):d.start_char].split()[-1:]} & _DEADLINE - {"od"}
           for d in doc._.dates or []):
        return None
    return day


def _rejoin_after_titles(sents: list[list[Token]]) -> list[list[Token]]:
    """"... podpis złożył dziekan adw." + "Piotr Kurzela.": a sentence cut after a title ending in a
    period goes on with the name."""
    titles = word_set("agreement_titles.txt")
    naming = word_set("agr_naming_abbreviations.txt")
    out: list[list[Token]] = []
    for s in sents:
        last = out[-1] if out else []
        title = bool(last) and (last[-1].text.endswith(".") and last[-1].lower_ in titles or len(last) > 1
                                and last[-1].text == "." and last[-2].lower_ + "." in titles)  # "adw" "."
        # "umowę na realizację zadania pn." + "„Budowa krytej pływalni” z konsorcjum ...": the name
        named = len(last) > 1 and last[-1].text == "." and last[-2].lower_ + "." in naming \
            or bool(last) and last[-1].lower_ in naming
        if (title and s[0].text[:1].isupper()) or (named and (s[0].text[:1].isupper() or s[0].text in _QUOTES)):
            out[-1] = last + s
        else:
            out.append(s)
    return out


def _recalled_in_obituary(doc: Doc, date: str) -> bool:
    """An act of a year before the release's, in a release whose title reports a death
    (``agreement_obituary_words.txt``): the life of the deceased, not an act the release reports."""
    published = doc._.published
    title = doc._.title or ""
    return bool(published) and date[:4] < published[:4] and any(
        _lemmas_of(w.strip(".,:;!?„”\"")) & word_set("agreement_obituary_words.txt") for w in title.split())


def _unit_of_town(doc: Doc, name: str) -> str:
    """"Łask zawarł porozumienie" where the text names "Gmina Łask": a town that acts is the one
    self-government unit the text names after it."""
    if name not in {loc.name for loc in doc._.locations or []}:
        return name
    units = {o.name for o in doc._.organizations or [] if o.name.split()[0] in _TERRITORY_NAMES.values()
             and o.name.endswith(" " + name) and len(o.name.split()) - len(name.split()) <= 2}
    return units.pop() if len(units) == 1 else name


def _without_generic_head(doc: Doc, name: str) -> str:
    """"Spółka Szpitale Pomorskie" (a sentence that opens with "Spółka Szpitale Pomorskie zawarła") is
    "Szpitale Pomorskie sp. z o.o." when the document knows the company by the rest of the name."""
    first, _, rest = name.partition(" ")
    if rest and first.lower() in word_set("agr_generic_heads.txt"):
        return _known_names(doc).get(rest.lower(), name)
    return name


def extract_agreements(doc: Doc) -> list[Agreement]:
    sents = [[t for t in s if not t.is_space] for s in doc.sents]
    sents = _rejoin_after_titles([s for s in sents if s])
    mentions = _find_mentions(doc, sents)
    if not mentions:
        return []
    refs = _refs(doc)
    _extend_to_legal_form(doc, refs)
    _cut_trailing_people(doc, refs)
    _town_and_gmina(doc, refs)
    _join_branches(doc, refs)
    _prefix_form_names(doc, refs)
    _split_two_heads(doc, refs)
    scope = sorted({i for m in mentions for i in range(m.sent_index, min(m.sent_index + 3, len(sents)))})
    for i in scope:
        refs += _unlisted_people(doc, sents[i], refs)
        refs += _unlisted_orgs(doc, sents[i], refs)
    last_date = None
    for m in mentions:
        toks = sents[m.sent_index]
        _parties_in_sentence(doc, toks, refs, m, is_trigger_sentence=True)
        _signatories_in_sentence(toks, refs, m)
        if (speaker := _quote_speaker(sents, m, refs)) is not None:
            _add(m.signatories, speaker)
        # "Tego samego dnia ... podpisali aneks ..., który zwiększa rekompensatę w 2026 roku": the day before
        m.date = (last_date if _same_day(toks) else None) or _date_for(doc, toks, m) or _date_before(doc, sents, m)
        if m.date and len(m.date) == 10 and (last_date is None or m.date > last_date):
            last_date = m.date  # the newest day so far: "Tego samego dnia" after an older act's date
        mentioned = {x.sent_index for x in mentions}
        for nxt in range(m.sent_index + 1, min(m.sent_index + 3, len(sents))):
            if nxt in mentioned:
                break
            if not _continues(sents[nxt]):
                if _names_nobody(sents[nxt], refs):
                    continue  # "Dokument z 11 maja zakłada, że ... Pod listem podpisy złożyli ...": what the act says
                break
            _parties_in_sentence(doc, sents[nxt], refs, m, is_trigger_sentence=False)
            _signatories_in_sentence(sents[nxt], refs, m)
        _listed_signatories(doc, sents, m.sent_index, refs, m)
        for nxt in range(m.sent_index + 1, min(m.sent_index + 3, len(sents))):
            if nxt in mentioned:
                break
            if any(_lemmas(t) & word_set("agreement_signatory_nouns.txt") for t in sents[nxt]) \
                    or sents[nxt][-1].text == ":":
                _listed_signatories(doc, sents, nxt, refs, m)  # "Sygnatariuszami listu są:", "Lista gmin, które ...:"
        for member in _consortium_members(sents, refs, m):
            _add(m.members, member)
        for member in _listed_recipients(sents, refs, m) + _grant_recipients(sents, refs, m):
            _add(m.members, member)
            _add(m.recipients, member)
    person_orgs = {r.name: r.organization for r in refs if r.kind == "person" and r.organization}
    units: dict[str, str] = {}
    for r in refs:
        if r.kind == "person" and r.name not in units and (unit := _role_unit(doc, r)):
            units[r.name] = unit  # "wójt gminy Hanna Andrzej Pietrasiuk", "starosta włodawski Mariusz Zańko"
    for m in mentions:
        for s in m.signatories:  # the head of a unit signs for the unit
            _add(m.parties, units.get(s))
    role_orgs: dict[str, str] = {}
    for r in refs:
        if r.kind == "person" and r.name not in role_orgs and not r.organization \
                and (org := _role_org(doc, r, refs)):
            role_orgs[r.name] = org
    # a firm named after its owner ("„Drogbud” Jan Kowalczyk"): the owner signs for it
    owner_orgs = {p.name: o.name for p in refs if p.kind == "person" for o in refs
                  if o.kind == "org" and o.start < p.start and p.end <= o.end}
    person_orgs = {**role_orgs, **units, **person_orgs, **owner_orgs}
    for m in mentions:
        # "oraz prezes zarządu spółki Okmet Halina Wojtas-Sroka": the company a signatory works for is a
        # side beside the others the text named
        for s in m.signatories:
            org = person_orgs.get(s)
            if org and m.parties and org not in m.parties and not _within(org, m.parties) \
                    and not any(_within(p, [org]) for p in m.parties) and _ends_in_legal_form(org):
                _add(m.parties, org)
    acts: list[_Mention] = []
    for m in mentions:
        if acts and m.nominal and not m.parties and not m.signatories and not (
                m.specific and acts[-1].specific and m.kind != acts[-1].kind):
            m.date = None  # "Przy podpisaniu umów obecna była ...": the act reported before
            _merge(acts[-1], m)
        elif m.joins and m.signed and (target := next((a for a in reversed(acts) if a.kind == m.kind and a.signed), None)):
            m.date = None
            _merge(target, m)
        elif (target := _earlier_act(acts, m)) is not None:
            _merge(target, m)
        else:
            acts.append(m)
    unit_parties = set(units.values())
    for a in acts:
        # "Marszałek Województwa X Jan Y i Rektor Politechniki Z ... podpisali": with no party named,
        # each signatory's organisation stands in, also beside the unit another signatory heads
        if all(p in unit_parties for p in a.parties):
            for s in a.signatories:
                if not (a.parties and s in units):
                    _add(a.parties, person_orgs.get(s))
        for member in a.members:
            _add(a.parties, member)
        # "delegacja podpisała list intencyjny z Daegu Technopark. Dokument podpisali dyrektor COIE
        # Marta X oraz prezes Daegu Technopark Kim Y": a side the act names by no name is the
        # organisation of its signatory
        # (a party that is itself a signatory's organisation names no side of its own: "Centrum
        # reprezentował X, a konsorcjantów – prorektor Politechniki Y, dyrektor Instytutu Z i prezes spółki W")
        # (recipients of a grant are no side the act names of its own: "otrzyma OSP Trzciel" beside
        # "Jednostki reprezentowali prezesi ..., m.in. prezes OSP w Lubniewicach X")
        signatory_orgs = {person_orgs.get(s) for s in a.signatories}
        own = [p for p in a.parties if p not in a.recipients]
        if len(own) == 1 or own and all(p in signatory_orgs for p in own):
            for s in a.signatories:
                org = person_orgs.get(s)
                if org and org not in a.parties and not _within(org, a.parties) \
                        and not any(_within(p, [org]) for p in a.parties) \
                        and not _lemmas_of(org.split()[0]) & word_set("agreement_internal_units.txt") \
                        and not _municipal_unit(org, a.parties):
                    _add(a.parties, org)
    fallback_day = _unique_doc_day(doc)
    out = []
    for a in acts:
        if a.date and _recalled_in_obituary(doc, a.date):
            continue
        signatories = set(a.signatories)
        parties = []
        for p in _drop_prefix_names(a.parties):
            if p not in signatories and not _lemmas_of(p.split()[0]) & _heads():  # "Memorandum of Understanding"
                _add(parties, _unit_of_town(doc, _without_generic_head(doc, p)))
        out.append(Agreement(
            kind=a.kind, text=a.text, parties=parties, signatories=a.signatories,
            date=a.date or (fallback_day if len(acts) == 1 else None),
            signed=True if a.signed is None else a.signed,
            start_char=a.start_char, end_char=a.end_char,
        ))
    return out


@Language.component("komunikat_agreements")
def agreements_component(doc: Doc) -> Doc:
    doc._.agreements = extract_agreements(doc)
    return doc
