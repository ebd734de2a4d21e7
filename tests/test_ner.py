"""The statistical NER model (models/ner-nkjp/model): loads, finds the names in Polish sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parent.parent / "models" / "ner-nkjp" / "model"

if not (MODEL / "config.cfg").exists():
    pytest.skip("NER model not installed (models/ner-nkjp/model)", allow_module_level=True)


@pytest.fixture(scope="module")
def ner():
    import spacy

    import pipeline.entities  # noqa: F401  (registers the model's feature layer)
    import pipeline.tokenizer  # noqa: F401  (registers the press tokenizer)

    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def full_nlp():
    from pipeline.nlp import build

    return build(ner=True)


def _ents(doc) -> set[tuple[str, str, int, int]]:
    return {(e.label_, e.text, e.start_char, e.end_char) for e in doc.ents}


def _at(text: str, label: str, part: str) -> tuple[str, str, int, int]:
    start = text.index(part)
    return (label, part, start, start + len(part))


def test_model_loads_with_press_tokenizer(ner):
    assert "ner" in ner.pipe_names
    assert set(ner.get_pipe("ner").labels) == {"persName", "orgName", "geogName", "placeName", "date", "time"}
    # the press tokenizer keeps "sp. z o.o." and dates whole
    doc = ner.make_doc("Firma Comlight sp. z o.o. 4.12.2017 r.")
    assert "sp. z o.o." in [t.text for t in doc]


def test_person_and_city_with_exact_offsets(ner):
    text = "Jan Kowalski przyjechał wczoraj do Krakowa."
    ents = _ents(ner(text))
    assert ("persName", "Jan Kowalski", 0, 12) in ents
    assert ("placeName", "Krakowa", 35, 42) in ents


def test_inflected_name_and_organisation(ner):
    text = "Rozmawialiśmy z Anną Nowak z Ministerstwa Zdrowia o sytuacji w Gdańsku."
    ents = _ents(ner(text))
    assert ("persName", "Anną Nowak", 16, 26) in ents
    assert ("orgName", "Ministerstwa Zdrowia", 29, 49) in ents
    assert ("placeName", "Gdańsku", 63, 70) in ents


def test_date_and_organisation_in_locative(ner):
    text = "Spotkanie odbędzie się 12 marca 2024 r. w Urzędzie Miasta Białegostoku."
    ents = _ents(ner(text))
    assert _at(text, "date", "12 marca 2024 r.") in ents
    assert _at(text, "orgName", "Urzędzie Miasta Białegostoku") in ents


def test_pipeline_entities_come_from_the_model(full_nlp):
    text = "Prezydent Rafał Trzaskowski spotkał się z mieszkańcami Warszawy."
    doc = full_nlp(text)
    assert doc.has_annotation("ENT_IOB")
    entities = doc._.entities
    assert entities
    for e in entities:
        assert text[e.start_char : e.end_char] == e.text
    people = [e for e in entities if e.label == "persName"]
    assert [(e.text, e.lemma) for e in people] == [("Rafał Trzaskowski", "Rafał Trzaskowski")]
    places = [e for e in entities if e.label == "placeName"]
    assert [(e.text, e.lemma) for e in places] == [("Warszawy", "Warszawa")]


GREEDY_TEXTS = [
    "Prezydent Białegostoku Tadeusz Truskolaski spotkał się w poniedziałek z ambasadorem Litwy.",
    "Umowę z Politechniką Lubelską podpisał 4 grudnia 2017 r. prezes spółki LubTech Jan Kowalski.",
    "Nad Wisłą w Warszawie, o godzinie 12:00, rozpoczęły się obchody.\n\nKontakt: Anna Nowak",
    "",
    "Ministerstwo Zdrowia",  # an entity running to the end of the document
]


def test_numpy_decoding_gives_spacys_entities(full_nlp, seed_text):
    """pipeline.ner_greedy decodes the model's scores as spaCy's parser loop does, also across
    sentence breaks, at the end of a document and on an empty one."""
    from pipeline.ner_greedy import GreedyNER
    from pipeline.nlp import _model_runner, _run_stages

    ner = full_nlp.get_pipe("ner")
    assert isinstance(_model_runner(ner), GreedyNER)
    docs = _run_stages(full_nlp, [(t, None) for t in [*GREEDY_TEXTS, seed_text]])
    ours = [_ents(d) for d in docs]
    spacys = [_ents(d) for d in ner.pipe(docs, batch_size=len(docs))]
    assert ours == spacys
    assert ("persName", "Tadeusz Truskolaski", 23, 42) in ours[0]
    assert ours[3] == set()
    assert sum(map(len, ours)) > 10


def test_a_document_longer_than_a_model_batch_goes_through_in_pieces(full_nlp, seed_text):
    """A long document runs through the model in pieces of whole sentences (so memory stays bounded)
    and gets its entities at the right offsets in every part."""
    from pipeline.nlp import MODEL_BATCH_TOKENS, _pieces, _run_stages

    one = _run_stages(full_nlp, [(seed_text, None)])[0]
    copies = 3 * MODEL_BATCH_TOKENS // len(one) + 1
    text = "\n\n".join([seed_text] * copies)
    doc = _run_stages(full_nlp, [(text, None)])[0]
    pieces = _pieces(doc, MODEL_BATCH_TOKENS)
    assert len(pieces) >= 3 and all(end - start <= MODEL_BATCH_TOKENS for start, end in pieces)
    assert [s for s, _ in pieces[1:]] == [e for _, e in pieces[:-1]] and pieces[-1][1] == len(doc)
    assert all(doc[start].is_sent_start for start, _ in pieces)
    people = {(e.text, e.start_char) for e in one.ents if e.label_ == "persName"}
    assert people
    step = len(one.text) + 2  # offsets in the copy the stages read (pipeline.typography)
    found = {(e.text, e.start_char) for e in doc.ents if e.label_ == "persName"}
    for k in range(copies):
        assert {(t, s + k * step) for t, s in people} <= found, k


@pytest.mark.parametrize(
    ("interpretation", "tag"),
    [
        ("Polska:subst:sg:nom:f", "subst:nom"),
        ("w:prep:loc:nwok", "prep:loc"),
        ("być:fin:sg:ter:imperf", "fin"),
        ("on:ppron3:sg:gen.acc:m1:ter:akc:npraep", "ppron3:gen"),
        ("::interp", "interp"),  # the lemma itself may be a colon
    ],
)
def test_converter_tags_tokens_with_part_of_speech_and_case(interpretation, tag):
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "models" / "convert_nkjp.py"
    spec = importlib.util.spec_from_file_location("convert_nkjp", path)
    convert = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(convert)
    assert convert.coarse_tag(interpretation) == tag
