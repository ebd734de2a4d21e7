"""Typographic spaces: Polish texts glue one-letter words to the next with a no-break space
("w\u00a0Białymstoku", "sp.\u00a0z\u00a0o.o."). The stages must read them as plain spaces, and the
records must still quote the text exactly as read."""

from __future__ import annotations

import pipeline

TEXT = (
    "Białystok, 12 marca 2026 r.\n"
    "W\u00a0poniedziałek w\u00a0Urzędzie Marszałkowskim Województwa Podlaskiego w\u00a0Białymstoku "
    "marszałek Łukasz Prokorym i\u00a0prezes spółki Ekoterm sp.\u00a0z\u00a0o.o. Anna Wysocka podpisali "
    "umowę o\u00a0dofinansowanie budowy ciepłowni w\u00a0Łomży."
)


def _mentions(value):
    if isinstance(value, dict):
        if {"text", "start_char", "end_char"} <= value.keys():
            yield value
        for v in value.values():
            yield from _mentions(v)
    elif isinstance(value, list):
        for v in value:
            yield from _mentions(v)


def test_no_break_spaces_read_as_spaces():
    record = pipeline.extract(TEXT)
    assert {"Białystok", "Łomża"} <= {x["name"] for x in record["locations"]}
    orgs = {x["name"] for x in record["organizations"]}
    assert any(name.startswith("Urząd Marszałkowski Województwa Podlaskiego") for name in orgs)
    assert any(name.startswith("Ekoterm") for name in orgs)
    people = {x["name"]: x for x in record["people"]}
    assert {"Łukasz Prokorym", "Anna Wysocka"} <= people.keys()
    assert record["agreements"], "the agreement after 'o\u00a0dofinansowanie' is found"


def test_mentions_quote_the_text_as_read():
    record = pipeline.extract(TEXT)
    mentions = list(_mentions(record))
    assert mentions
    for m in mentions:
        assert m["text"] == TEXT[m["start_char"]:m["end_char"]]
    assert any("\u00a0" in m["text"] for m in mentions)  # "Ekoterm sp.\u00a0z\u00a0o.o." as written
    assert record["sha256"] == pipeline.records.sha256_hex(TEXT.encode("utf-8"))
    assert record["n_chars"] == len(TEXT)
