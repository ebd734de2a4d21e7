"""Typography: the stages read a copy of the text with plain spacing and Polish quotation marks
and records still quote and point into the text exactly as read."""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata

import pipeline
from pipeline.records import sha256_hex
from pipeline.typography import plain_text

# Polish typesetting glues one-letter words to the next with a no-break space.
NBSP = (
    "Białystok, 12 marca 2026 r.\n"
    "W\u00a0poniedziałek w\u00a0Urzędzie Marszałkowskim Województwa Podlaskiego w\u00a0Białymstoku "
    "marszałek Łukasz Prokorym i\u00a0prezes spółki Ekoterm sp.\u00a0z\u00a0o.o. Anna Wysocka podpisali "
    "umowę o\u00a0dofinansowanie budowy ciepłowni w\u00a0Łomży."
)

# Runs of spaces, as releases pasted from word processors have them.
RUNS = (
    "Pułtusk, 14 listopada 2022 r.\n"
    "W siedzibie Starostwa Powiatowego w Pułtusku  został podpisany list intencyjny. List podpisali "
    "Jan Zalewski  Starosta Pułtuski, Beata  Jóźwiak  Wicestarosta Pułtuski oraz Wojciech Gregorczyk "
    "Burmistrz Miasta Pułtusk."
)

# One paragraph of a release as plain-text mail sends it: wrapped at 60 columns.
WRAPPED_PARAGRAPH = (
    "W czwartek w Urzędzie Miasta Gdańska prezydent Gdańska Aleksandra Dulkiewicz oraz prezes "
    "zarządu spółki Portowe Inwestycje S.A. Tomasz Wierzbicki podpisali umowę o współpracy przy "
    "budowie nowego terminalu promowego. W spotkaniu wzięła udział także wiceprezes spółki "
    "Katarzyna Nowicka-Zawada."
)
WRAPPED = "Gdańsk, 5 lutego 2026 r.\n\n" + "\n".join(textwrap.wrap(WRAPPED_PARAGRAPH, 60)) + "\n\nKontakt:\nBiuro Prasowe\n"


def _mentions(value):
    if isinstance(value, dict):
        if {"start_char", "end_char"} <= value.keys():
            yield value
        for v in value.values():
            yield from _mentions(v)
    elif isinstance(value, list):
        for v in value:
            yield from _mentions(v)


def _check_offsets(record, text):
    mentions = list(_mentions(record))
    assert mentions
    for m in mentions:
        if "text" in m:
            assert m["text"] == text[m["start_char"]:m["end_char"]]
    assert record["sha256"] == sha256_hex(text.encode("utf-8"))
    assert record["n_chars"] == len(text)
    return mentions


def test_no_break_spaces_read_as_spaces():
    record = pipeline.extract(NBSP)
    assert {"Białystok", "Łomża"} <= {x["name"] for x in record["locations"]}
    orgs = {x["name"] for x in record["organizations"]}
    assert any(name.startswith("Urząd Marszałkowski Województwa Podlaskiego") for name in orgs)
    assert any(name.startswith("Ekoterm") for name in orgs)
    assert {"Łukasz Prokorym", "Anna Wysocka"} <= {x["name"] for x in record["people"]}
    assert record["agreements"], "the agreement after 'o\u00a0dofinansowanie' is found"
    mentions = _check_offsets(record, NBSP)
    assert any("\u00a0" in m.get("text", "") for m in mentions)  # "Ekoterm sp.\u00a0z\u00a0o.o." as written


def test_runs_of_spaces_read_as_one():
    record = pipeline.extract(RUNS)
    people = {x["name"]: x for x in record["people"]}
    assert {"Jan Zalewski", "Beata Jóźwiak", "Wojciech Gregorczyk"} <= people.keys()
    assert "Wicestarosta Pułtuski".lower() in [r.lower() for r in people["Beata Jóźwiak"]["roles"]]
    mentions = _check_offsets(record, RUNS)
    assert "Beata  Jóźwiak" in [m.get("text") for m in mentions]  # quoted as written, offsets moved


def test_hard_wrapped_lines_read_as_one_paragraph():
    assert "Katarzyna\nNowicka-Zawada" in WRAPPED and "Portowe\nInwestycje" in WRAPPED  # names run over breaks
    record = pipeline.extract(WRAPPED)
    people = {x["name"] for x in record["people"]}
    assert {"Aleksandra Dulkiewicz", "Tomasz Wierzbicki", "Katarzyna Nowicka-Zawada"} <= people
    (agreement,) = record["agreements"]
    assert set(agreement["signatories"]) >= {"Aleksandra Dulkiewicz", "Tomasz Wierzbicki"}
    assert "Portowe Inwestycje S.A." in agreement["parties"]
    _check_offsets(record, WRAPPED)


def test_plain_text_maps_offsets_back():
    plain = plain_text("Jan  Kowalski,\u00a0prezes   spółki")
    assert plain.text == "Jan Kowalski, prezes spółki"
    assert plain.source_span(0, 12) == (0, 13)  # "Jan  Kowalski"
    assert plain.source_span(14, 20) == (15, 21)  # "prezes"
    assert plain.source_span(21, 27) == (24, 30)  # "spółki"


def test_short_lines_and_long_paragraphs_keep_their_breaks():
    # A letterhead and a contact footer: short lines, not wrapped.
    footer = "Kontakt dla mediów:\nAnna Nowak\nrzecznik prasowy\ntel. 85 123 45 67\ne-mail: a.nowak@um.pl\n"
    assert plain_text(footer).text == footer
    # Releases with a line a paragraph have lines far longer than any wrap width.
    long = (WRAPPED_PARAGRAPH + "\n") * 6
    assert plain_text(long).text == long
    # In a wrapped text, the short last line of a paragraph keeps its break.
    wrapped = plain_text(WRAPPED).text
    assert "\n\nKontakt:\nBiuro Prasowe\n" in wrapped
    assert "Nowicka-Zawada.\n\n" in wrapped


# Straight quotes, as many releases type them.
STRAIGHT = ('26 sierpnia 2020 r. w Ośrodku wypoczynkowo - szkoleniowym "Dębowy Dwór" w Rudzie Różanieckiej '
            'odbyła się konferencja podsumowująca mikroprojekt "Wspólne dziedzictwo Roztocza".')


def test_straight_quotes_mark_a_quoted_name():
    assert plain_text('spółka "Ekoterm"').text == 'spółka "Ekoterm"'  # names keep their quotes as typed
    record = pipeline.extract(STRAIGHT)
    places = {x["name"] for x in record["locations"]}
    assert "Ruda Różaniecka" in places
    assert "Dębowy Dwór" not in places  # a quoted venue's name, no place
    _check_offsets(record, STRAIGHT)


# Soft hyphens (a word processor's optional hyphens) and a zero-width space from a web page.
INVISIBLE = ("Wojewoda Wiel\u00adkopolski Agnieszka Ma\u00adlinowska-Kowal spotkała się z\u00a0prezesem "
             "Wielko\u00adpolskiej Izby Rze\u00admieślniczej w\u00a0Po\u00adzna\u00adniu \u200bTomaszem Gruszką.")


def test_invisible_characters_are_dropped():
    assert plain_text("Wojewódz\u00adkiego \u200bUrzędu").text == "Wojewódzkiego Urzędu"
    record = pipeline.extract(INVISIBLE)
    assert {"Agnieszka Malinowska-Kowal", "Tomasz Gruszka"} <= {x["name"] for x in record["people"]}
    assert "Poznań" in {x["name"] for x in record["locations"]}
    assert any(x["name"].startswith("Wielkopolska Izba Rzemieślnicza") for x in record["organizations"])
    mentions = _check_offsets(record, INVISIBLE)
    assert any("\u00ad" in m.get("text", "") for m in mentions)  # quoted as written


def test_decomposed_letters_are_composed():
    text = unicodedata.normalize("NFD", "Wójt Gminy Łaziska Józef Żółtowski podpisał umowę w Rybniku.")
    assert "o\u0301" in text
    plain = plain_text(text)
    assert plain.text == "Wójt Gminy Łaziska Józef Żółtowski podpisał umowę w Rybniku."
    record = pipeline.extract(text)
    assert "Józef Żółtowski" in {x["name"] for x in record["people"]}
    assert "Rybnik" in {x["name"] for x in record["locations"]}
    _check_offsets(record, text)


# Text taken from a PDF: uneven lines, words hyphenated over the breaks.
PDF = (
    "Kraków, 3 marca 2026 r.\n\n"
    "W siedzibie Urzędu Marszałkowskiego Województwa Małopol-\n"
    "skiego marszałek Łukasz Smółka i rektor Uniwersytetu Rolniczego\n"
    "prof. Wojciech Szczepanik podpisali porozumienie o współpra-\n"
    "cy przy programie „Małopolska wieś”. Salę zdobiły biało-\n"
    "czerwone flagi, a w spotkaniu wzięli udział też goście z Wielko-\n"
    "polski, Śląska i Podkarpacia, a ponadto także\n"
    "przedstawiciele gmin z powiatów krakowskiego i wielickiego oraz sołtysi z Bielska-\n"
    "Białej i okolic.\n"
)


def test_words_hyphenated_over_wrapped_breaks_are_joined():
    plain = plain_text(PDF).text
    assert "Województwa Małopolskiego marszałek" in plain
    assert "o współpracy przy" in plain
    assert "biało-czerwone" in plain  # a compound's hyphen stays
    assert "z Wielkopolski," in plain  # a region's adjective or name is written solid
    assert "Bielska-Białej" in plain
    record = pipeline.extract(PDF)
    assert {"Łukasz Smółka", "Wojciech Szczepanik"} <= {x["name"] for x in record["people"]}
    assert any(x["name"].startswith("Urząd Marszałkowski Województwa Małopolskiego") for x in record["organizations"])
    (agreement,) = record["agreements"]
    assert {"Łukasz Smółka", "Wojciech Szczepanik"} <= set(agreement["signatories"])
    _check_offsets(record, PDF)


def test_copy_span_inverts_source_span():
    text = unicodedata.normalize("NFD", "Jan  Kowalski,\u00a0Józef   Żółć i \"Wspólnota\"")
    plain = plain_text(text)
    assert plain.text == 'Jan Kowalski, Józef Żółć i "Wspólnota"'
    for word in ("Jan", "Kowalski", "Józef", "Żółć", '"Wspólnota"'):
        start = text.index(unicodedata.normalize("NFD", word))
        end = start + len(unicodedata.normalize("NFD", word))
        copy_start, copy_end = plain.copy_span(start, end)
        assert plain.source_span(copy_start, copy_end) == (start, end)
        assert unicodedata.normalize("NFC", word).strip('"') in plain.text[copy_start:copy_end]


def test_offsets_map_back_on_mixed_typography():
    """Random mixtures of decomposed letters, invisible characters, no-break and runs of spaces: every
    word of the copy maps back onto the original's characters, and back again."""
    rng = random.Random(7)
    pieces = ["a", "ó", "Ł", "o\u0301", "e\u0328", " ", "  ", "\u00a0", "\u00ad", "\u200b", "\n", "Kow", ",", "\u2009 "]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        plain = plain_text(text)
        for m in re.finditer(r"\S+", plain.text):
            start, end = plain.source_span(m.start(), m.end())
            written = re.sub("[\u00ad\u200b]", "", text[start:end])
            assert unicodedata.normalize("NFC", written) == m.group(), text
            assert plain.copy_span(start, end) == (m.start(), m.end()), text


def test_offset_maps_grow_with_rewrites_not_with_text():
    text = ("Wójt gminy podpisał umowę z wykonawcą. " * 30000) + "Jan  Kowalski"  # 1.2 MB, one run of spaces
    plain = plain_text(text)
    assert plain.text.endswith("Jan Kowalski")
    assert sum(len(layer.pieces) for layer in plain.layers) == 1
    assert plain.source_span(len(plain.text) - 8, len(plain.text)) == (len(text) - 8, len(text))


def test_old_mac_line_ends_are_line_breaks():
    text = ("Nowa hala sportowa w Lipsku\rLipsk, 2 kwietnia 2026 r.\r"
            "Wójt Gminy Lipsk Jan Kowalski otworzył halę.\rKontakt: Anna Nowak\rtel. 87 642 33 71\r")
    assert plain_text(text).text == text.replace("\r", "\n")
    record = pipeline.extract(text)
    assert record["title"] == "Nowa hala sportowa w Lipsku"
    assert record["published"] == "2026-04-02"  # the dateline is a line of its own
    _check_offsets(record, text)


def test_windows_line_ends_keep_paragraphs():
    # A weekday counts from a date in its own paragraph only: "\r\n\r\n" must part paragraphs as "\n\n" does.
    text = ("Lublin, 11 lutego 2026 r.\r\n\r\nUmowę na dostawę karetek podpisano 30 grudnia 2025 r.\r\n\r\n"
            "W środę wojewoda lubelski Krzysztof Komorski otworzył nowy oddział szpitala.\r\n")
    assert plain_text(text).text == text.replace("\r\n", "\n")
    record = pipeline.extract(text)
    wednesday = [d for d in record["dates"] if d["text"] == "W środę"]
    assert [d["start"] for d in wednesday] == ["2026-02-11"]
    _check_offsets(record, text)


def test_html_character_references_read_as_characters():
    text = ("Prezes spółki &quot;Ekoterm&quot; Anna Wysocka i&nbsp;burmistrz Łomży Mariusz Chrzanowski podpisali "
            "w&nbsp;Łomży umowę o&nbsp;budowie ciepłowni &ndash; poinformował Urząd Miejski w&nbsp;Łomży.")
    assert plain_text("R&amp;D &#8222;Y&#x201D; &unknown;").text == "R&D „Y” &unknown;"
    record = pipeline.extract(text)
    assert {"Anna Wysocka", "Mariusz Chrzanowski"} <= {x["name"] for x in record["people"]}
    assert "Łomża" in {x["name"] for x in record["locations"]}
    assert record["agreements"]
    _check_offsets(record, text)
