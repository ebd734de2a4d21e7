"""Morfeusz 2 (SGJP dictionary) morphology for tokens: lemmas, tags and SGJP name classes.

Each token's analyses are available as ``token._.analyses`` (a tuple of :class:`Analysis`), computed
lazily and cached per word form, so stages that never look at morphology pay nothing and repeated
words cost one dictionary lookup per process.

SGJP tags look like ``subst:sg:gen:f``; dotted values ("gen.acc") mean "any of". The name classes
come from Morfeusz's ``qualifiers`` column: ``imię`` (first name), ``nazwisko`` (surname),
``nazwa_geograficzna``, ``nazwa_organizacji``, ``nazwa_pospolita``, ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import morfeusz2
from spacy.tokens import Token

# Every cache keyed by a word form is bounded: an archive's vocabulary keeps growing, so unbounded
# per-word caches would make a worker's memory grow with the archive. On 1M words of NKJP text (145k
# distinct forms) 20k recent forms catch 72% of tokens and 50k catch 80%.
# Morfeusz's own answers (a dictionary lookup or a paradigm, the costly misses) keep 50k forms.
MORFEUSZ_CACHE_SIZE = 50_000
# Each stage's facts about a word (is it a role noun, a first name, ...) come cheaply from those
# answers, and there are about thirty such caches: at 50k forms each they held ~3 kB a word form,
# 150 MB a worker, so they keep 20k. On bench/memory's synthetic releases (four new words a
# document) a worker held 490 MB at 24k documents with 50k forms, 386 MB with 20k.
WORD_CACHE_SIZE = 20_000
# Every cache made by the two decorators below, so that a long-running worker can empty them all.
_WORD_CACHES: list[Any] = []


def _bounded_cache(maxsize: int) -> Callable[[Callable[..., Any]], Any]:
    def decorate(fn: Callable[..., Any]) -> Any:  # the lru_cache wrapper, with cache_clear()
        cached = lru_cache(maxsize=maxsize)(fn)
        _WORD_CACHES.append(cached)
        return cached

    return decorate


morfeusz_cache = _bounded_cache(MORFEUSZ_CACHE_SIZE)
word_cache = _bounded_cache(WORD_CACHE_SIZE)


def clear_caches() -> int:
    """Empty every per-word cache; return how many entries they held.

    The caches are pure functions of a word, so results do not change, only the time to the next
    lookup of each word. Bounded as they are, full caches still hold a few hundred MB; a batch run
    empties them every so many documents so that a worker's memory does not depend on how far into
    an archive it is.
    """
    held = 0
    for cached in _WORD_CACHES:
        held += cached.cache_info().currsize
        cached.cache_clear()
    return held


FIRST_NAME = "imię"
SURNAME = "nazwisko"
GEOGRAPHIC = "nazwa_geograficzna"
ORGANIZATION = "nazwa_organizacji"

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
GENDERS = ("m1", "m2", "m3", "f", "n")


@lru_cache(maxsize=4096)
def _tag_values(tag: str, kind: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for part in tag.split(":")[1:]:
        for v in part.split("."):
            if v in kind:
                out.add(v)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _tag_facts(tag: str) -> tuple[str, frozenset[str], frozenset[str], str | None]:
    """(part of speech, cases, genders, number) of a tag; SGJP has a few thousand tags."""
    parts = tag.split(":")
    number = "sg" if "sg" in parts else "pl" if "pl" in parts else None
    return parts[0], _tag_values(tag, CASES), _tag_values(tag, GENDERS), number


@dataclass(frozen=True, slots=True)
class Analysis:
    lemma: str
    tag: str
    name_classes: tuple[str, ...]
    # Derived once per analysis (analyses are cached per word form, so this is once per word):
    # stages ask for them in their inner loops.
    pos: str = field(init=False, compare=False, repr=False)
    cases: frozenset[str] = field(init=False, compare=False, repr=False)
    genders: frozenset[str] = field(init=False, compare=False, repr=False)
    number: str | None = field(init=False, compare=False, repr=False)
    lemma_base: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        pos, cases, genders, number = _tag_facts(self.tag)
        set_(self, "pos", pos)
        set_(self, "cases", cases)
        set_(self, "genders", genders)
        set_(self, "number", number)
        # Morfeusz marks homonyms as "zamek:s1"; the part before the colon is the word.
        set_(self, "lemma_base", self.lemma.split(":", 1)[0])

    def values(self, kind: tuple[str, ...]) -> frozenset[str]:
        """All values of one grammatical category, e.g. ``values(CASES)`` -> {"gen", "acc"}."""
        return _tag_values(self.tag, kind)


@lru_cache(maxsize=1)
def _morfeusz() -> morfeusz2.Morfeusz:
    # One analyser per process: loading the SGJP dictionary takes ~0.3 s.
    return morfeusz2.Morfeusz(expand_tags=False, separate_numbering=True)


def segments(word: str) -> tuple[tuple[int, int, Analysis], ...]:
    """Morfeusz's analysis graph of ``word``: (start node, end node, analysis). Not cached: see
    :func:`_readings`."""
    if not word or len(word) > 60:
        return ()
    # Morfeusz's own binding, not morfeusz2.Morfeusz.analyse: that wrapper turns every reading's
    # tag, names and labels into strings and lists again, a quarter of the time of a new word. The
    # few thousand tags and name classes are resolved once by id.
    return tuple((i.startNode, i.endNode, Analysis(i.lemma, _tag(i.tagId), _name_classes(i.nameId)))
                 for i in _morfeusz()._morfeusz_obj.analyse(word))


@cache
def _tag(tag_id: int) -> str:
    return _morfeusz()._morfeusz_obj.getIdResolver().getTag(tag_id)


@cache
def _name_classes(name_id: int) -> tuple[str, ...]:
    names = _morfeusz()._morfeusz_obj.getIdResolver().getName(name_id)
    return tuple(names.split("|")) if names else ()


@morfeusz_cache
def _readings(word: str) -> tuple[tuple[Analysis, ...], tuple[Analysis, ...]]:
    """(the analyses that cover the whole of ``word``, :func:`analyse`'s answer): both from one call
    to Morfeusz, the costliest step of a new word."""
    graph = segments(word)
    last = max((j for _, j, _ in graph), default=0)
    whole = tuple(a for i, j, a in graph if i == 0 and j == last)
    # Agglutinated forms ("zrobiłem") come as two segments; analyse keeps the first segment's reading.
    return whole, whole or tuple(a for i, _j, a in graph if i == 0)


def analyse(word: str) -> tuple[Analysis, ...]:
    """Whole-word analyses of ``word`` (segmentations that split the word are dropped)."""
    return _readings(word)[1]


def whole_word_analyses(word: str) -> tuple[Analysis, ...]:
    """The analyses that cover the whole of ``word``, with no fallback to its first segment."""
    return _readings(word)[0]


@morfeusz_cache
def generate(lemma: str) -> tuple[tuple[str, Analysis], ...]:
    """All forms of ``lemma`` as (form, analysis), the analyses built once per lemma."""
    try:
        forms = _morfeusz().generate(lemma)
    except RuntimeError:
        return ()
    return tuple((form, Analysis(lemma, tag, tuple(classes))) for form, _lemma, tag, classes, _q in forms)


def is_known(analyses: tuple[Analysis, ...]) -> bool:
    return any(a.pos != "ign" for a in analyses)


def has_class(analyses: tuple[Analysis, ...], name_class: str) -> bool:
    return any(name_class in a.name_classes for a in analyses)


def _token_analyses(token: Token) -> tuple[Analysis, ...]:
    return analyse(token.text)


if not Token.has_extension("analyses"):
    Token.set_extension("analyses", getter=_token_analyses)
