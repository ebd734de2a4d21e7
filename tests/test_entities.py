"""The entities stage: rule fallback without a model, exact offsets, the model's name-class feature."""

from __future__ import annotations

import pytest

from pipeline.entities import (
    _drop_overlaps,
    clock_times,
    entity_spans,
    extract_entities,
    feature_id,
    name_class_key,
)
from pipeline.items import Entity
from pipeline.nlp import build
from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def rules_nlp():
    return build(ner=False)


def _by_label(entities):
    return {(e.label, e.text) for e in entities}


def test_rule_fallback_gives_typed_entities_with_exact_offsets(rules_nlp):
    text = (
        "Prezydent Warszawy Rafał Trzaskowski spotkał się 5 maja 2023 r. z przedstawicielami "
        "Urzędu Marszałkowskiego Województwa Podlaskiego."
    )
    doc = rules_nlp(text)
    entities = doc._.entities
    assert entities, "records always have entities, even without the NER model"
    for e in entities:
        assert text[e.start_char : e.end_char] == e.text
        assert e.label in {"persName", "orgName", "placeName", "date"}
    found = _by_label(entities)
    assert ("persName", "Rafał Trzaskowski") in found
    assert any(label == "date" and "5 maja 2023" in t for label, t in found)


def test_rule_fallback_lemma_is_nominative(rules_nlp):
    text = "Umowę podpisał wczoraj z Kamilem Pendowskim dyrektor Podlaskiej Fundacji Rozwoju Regionalnego."
    doc = rules_nlp(text)
    people = [e for e in doc._.entities if e.label == "persName"]
    assert people and people[0].text == "Kamilem Pendowskim"
    assert people[0].lemma == "Kamil Pendowski"


def test_no_model_no_ents_means_rules(rules_nlp):
    doc = rules_nlp("Spotkanie odbyło się w Gdańsku.")
    assert not doc.has_annotation("ENT_IOB")
    assert extract_entities(doc) == doc._.entities


def test_overlapping_entities_are_flattened():
    a = Entity("Urzędu Miasta Gdańska", "orgName", 10, 31, "Urząd Miasta Gdańska")
    b = Entity("Gdańska", "placeName", 24, 31, "Gdańsk")
    c = Entity("Sopocie", "placeName", 40, 47, "Sopot")
    assert _drop_overlaps([a, b, c]) == [a, c]


def test_name_class_key_reads_morfeusz_classes():
    assert name_class_key("Kowalski").startswith("nazwisko|")
    assert "imię" in name_class_key("Jan").split("|")[0]
    assert "nazwa_geograficzna" in name_class_key("Tatry")
    assert name_class_key("xyzqw") == "|ign"
    # common words carry no name class, only their parts of speech
    assert name_class_key("ministerstwo") == "|subst"


def test_name_class_features_add_one_column():
    from pipeline.entities import NameClassFeatures

    nlp = blank()
    doc = nlp("Jan Kowalski pojechał do Krakowa.")
    model = NameClassFeatures(["NORM", "SHAPE"])
    (table,) = model.predict([doc])
    assert table.shape == (len(doc), 3)
    assert int(table[0, 0]) == doc[0].norm
    assert [int(x) for x in table[:, 2]] == [feature_id("name_class", t.text) for t in doc]
    assert feature_id("name_class", "Jan") != feature_id("name_class", "pojechał")


@pytest.mark.parametrize(("text", "times"), [
    ("Konferencja rozpocznie się o godz. 10.00 w sali sesyjnej.", ["godz. 10.00"]),
    ("Kasy są czynne w godz. 10.00 – 15.00, a o 16.30 zaczyna się koncert.", ["godz. 10.00 – 15.00", "16.30"]),
    ("Spotkanie odbędzie się w piątek o godzinie 11 w ratuszu.", ["godzinie 11"]),
    ("Pociąg odjechał o godz. 7 rano, a wrócił ok. 23:45.", ["godz. 7 rano", "23:45"]),
    ("Punkt jest otwarty od 9.00 do 17.30.", ["9.00", "17.30"]),
    ("Zawodnik zjechał w czasie 1 godz. 15 min.", []),  # a duration, no clock time
    ("Pobierz aktualizację do wersji 3.11 ze strony.", []),
    ("Dyżur trwa do godz. 25.", []),
])
def test_clock_time_rules(text, times):
    assert [text[s:e] for s, e in clock_times(text)] == times


def test_clock_times_join_the_models_entities():
    from pipeline.nlp import get_nlp, ner_model_path

    if ner_model_path() is None:
        pytest.skip("no NER model")
    text = "Wojewoda Podlaski Jacek Brzozowski otworzy most w Sokółce w środę o godz. 12.30."
    doc = get_nlp()(text)
    spans = {(text[s:e], label) for s, e, label in entity_spans(doc)}
    assert ("godz. 12.30", "time") in spans
    assert ("Jacek Brzozowski", "persName") in spans
    entities = extract_entities(doc)
    assert ("time", "godz. 12.30") in _by_label(entities)
    assert all(e.text == text[e.start_char:e.end_char] for e in entities)
