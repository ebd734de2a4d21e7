import pytest

from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    return blank()


def words(nlp, text):
    return [t.text for t in nlp(text) if not t.is_space]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("W dniach 4.12.2017 – 8.12.2017 miała miejsce wizyta",
         ["W", "dniach", "4.12.2017", "–", "8.12.2017", "miała", "miejsce", "wizyta"]),
        ("dnia 2017-12-04 r. w Białymstoku", ["dnia", "2017-12-04", "r.", "w", "Białymstoku"]),
        ("11.12.2017r. podpisano", ["11.12.2017", "r.", "podpisano"]),
        ("„Inaleks Energy” sp. z o.o., reprezentowany", ["„", "Inaleks", "Energy", "”", "sp. z o.o.", ",", "reprezentowany"]),
        ("tel. 662 493 089, e-mail: pogorzelski@pfrr.pl",
         ["tel.", "662 493 089", ",", "e-mail", ":", "pogorzelski@pfrr.pl"]),
        ("tel. (22) 59 07 602, kom. +48 600-100-200", ["tel.", "(22) 59 07 602", ",", "kom.", "+48 600-100-200"]),
        ("dr hab. inż. Jan Nowak, prof. UwB", ["dr", "hab.", "inż.", "Jan", "Nowak", ",", "prof.", "UwB"]),
        ("ul. Lipowa 3, 15-427 Białystok", ["ul.", "Lipowa", "3", ",", "15-427", "Białystok"]),
        ("m.in. np. godz. 12:00 im. Jana br. ds. Kontaktów",
         ["m.in.", "np.", "godz.", "12:00", "im.", "Jana", "br.", "ds.", "Kontaktów"]),
        ("Północno-Wschodniego Klastra Eko-Energetycznego", ["Północno-Wschodniego", "Klastra", "Eko-Energetycznego"]),
        ("strona www.pfrr.pl/projekty.", ["strona", "www.pfrr.pl/projekty", "."]),
        # Titles of the clergy and of office holders before a name.
        ("ks. prał. Jacek Nawrot i kan. Piotr Wrona, bł. ks. Jerzy Popiełuszko",
         ["ks.", "prał.", "Jacek", "Nawrot", "i", "kan.", "Piotr", "Wrona", ",", "bł.", "ks.", "Jerzy", "Popiełuszko"]),
        ("z firmy Wisła Rejsy s.c., która", ["z", "firmy", "Wisła", "Rejsy", "s.c.", ",", "która"]),
        ("kard. Kazimierz Nycz, dyr. Anna Nowak, prez. Jan Kos",
         ["kard.", "Kazimierz", "Nycz", ",", "dyr.", "Anna", "Nowak", ",", "prez.", "Jan", "Kos"]),
        # Lawyers' titles: no sentence ends after them.
        ("dziekan ORA adw. Piotr Kurzela, a spółkę r.pr. Anna Nowak",
         ["dziekan", "ORA", "adw.", "Piotr", "Kurzela", ",", "a", "spółkę", "r.pr.", "Anna", "Nowak"]),
    ],
)
def test_press_tokens_stay_whole(nlp, text, expected):
    assert words(nlp, text) == expected


def test_amounts_are_not_merged_as_phones(nlp):
    assert "100 000 000" not in words(nlp, "Budżet wynosi 100 000 000 zł.")


def test_offsets_cover_text(nlp, seed_text):
    doc = nlp(seed_text)
    assert doc.text == seed_text
    for tok in doc:
        assert seed_text[tok.idx: tok.idx + len(tok.text)] == tok.text


def test_sentences_do_not_break_inside_abbreviations():
    from pipeline.nlp import get_nlp

    doc = get_nlp(ner=False)(
        "Spotkanie odbyło się m.in. w Białymstoku ok. godz. 12:00 dn. 4.12.2017 r. i trwało. "
        "Następnie prof. Nowak podpisał list.\nKontakt: tel. 662 493 089\n"
        "Umowę podpisali ks. prał. Jacek Nawrot i kan. Piotr Wrona."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents == [
        "Spotkanie odbyło się m.in. w Białymstoku ok. godz. 12:00 dn. 4.12.2017 r. i trwało.",
        "Następnie prof. Nowak podpisał list.",
        "Kontakt: tel. 662 493 089",
        "Umowę podpisali ks. prał. Jacek Nawrot i kan. Piotr Wrona.",
    ]


@pytest.mark.parametrize("text, expected", [
    # a legal form or "br." closes a sentence when a capitalised common word follows
    ("Umowę zawarto ze spółką Wodociągi Ziemi Cieszyńskiej sp. z o.o. Dokument podpisano w czwartek.",
     ["Umowę zawarto ze spółką Wodociągi Ziemi Cieszyńskiej sp. z o.o.", "Dokument podpisano w czwartek."]),
    ("Kredytu udzielił Bank Polska Kasa Opieki S.A. Umowę podpisali członkowie zarządu.",
     ["Kredytu udzielił Bank Polska Kasa Opieki S.A.", "Umowę podpisali członkowie zarządu."]),
    ("Wnioski przyjmujemy do 23 lutego br. Zadania muszą zostać zrealizowane do końca roku.",
     ["Wnioski przyjmujemy do 23 lutego br.", "Zadania muszą zostać zrealizowane do końca roku."]),
    # but not before the name of the person who signs for the company, nor after "r."
    ("Podpisała ją prezes zarządu Lubtech Automatyka S.A. Beata Lis-Dmowska.",
     ["Podpisała ją prezes zarządu Lubtech Automatyka S.A. Beata Lis-Dmowska."]),
    ("W dniu 25.06.2024 r. Stowarzyszenie i Fundacja podpisały porozumienie.",
     ["W dniu 25.06.2024 r. Stowarzyszenie i Fundacja podpisały porozumienie."]),
    # a one-letter word opens a sentence too
    ("Umowę podpisała firma Budmax sp. z o.o. W ramach umowy powstanie droga.",
     ["Umowę podpisała firma Budmax sp. z o.o.", "W ramach umowy powstanie droga."]),
    # an initial's period ends no sentence before a name, it does before a common word
    ("Umowę podpisał dyr. A. Nowak z Budmaksu, a kontrasygnował ją J. Kwiatkowska-Braun.",
     ["Umowę podpisał dyr. A. Nowak z Budmaksu, a kontrasygnował ją J. Kwiatkowska-Braun."]),
    ("Do finału awansowała drużyna z grupy B. W finale zagra z Polską.",
     ["Do finału awansowała drużyna z grupy B.", "W finale zagra z Polską."]),
    # a regnal number takes no period: after one the sentence ends
    ("Uczniowie Szkoły Podstawowej im. Jana Pawła II. W uroczystości wziął udział burmistrz.",
     ["Uczniowie Szkoły Podstawowej im. Jana Pawła II.", "W uroczystości wziął udział burmistrz."]),
    ("Podziękowania dla Hospicjum św. Jana Pawła II. Gratulacje przekazał wojewoda.",
     ["Podziękowania dla Hospicjum św. Jana Pawła II.", "Gratulacje przekazał wojewoda."]),
])
def test_a_legal_form_or_br_closes_a_sentence_before_a_common_word(text, expected):
    from pipeline.nlp import get_nlp

    assert [s.text.strip() for s in get_nlp(ner=False)(text).sents] == expected


def test_foreign_and_new_legal_forms_are_one_token(nlp):
    text = "Grant Thornton Polska P.S.A., Alfa S.K.A., Kovo a.s. i Minh Phat Co., Ltd. z Hanoi"
    tokens = [t.text for t in nlp(text)]
    assert {"P.S.A.", "S.K.A.", "a.s.", "Co., Ltd."} <= set(tokens)


def test_pn_before_a_quoted_task_name_ends_no_sentence():
    from pipeline.nlp import get_nlp

    doc = get_nlp(ner=False)("Gmina otrzymała dotację na zadanie pn. „Budowa drogi w Lipsku”. Prace potrwają rok.")
    assert [s.text.strip() for s in doc.sents] == [
        "Gmina otrzymała dotację na zadanie pn. „Budowa drogi w Lipsku”.", "Prace potrwają rok."]
