from __future__ import annotations

import pytest

from pipeline import dates, items, layout  # noqa: F401  (Doc extensions and the components)
from pipeline.tokenizer import blank


@pytest.fixture(scope="module")
def nlp():
    nlp = blank()
    nlp.add_pipe("komunikat_layout")
    nlp.add_pipe("komunikat_dates")
    return nlp


def found(nlp, text: str, meta: dict | None = None):
    doc = nlp.make_doc(text)
    doc._.meta = meta or {}
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    for d in doc._.dates:
        assert text[d.start_char:d.end_char] == d.text
    return doc


def values(doc) -> list[tuple[str, str, str]]:
    return [(d.text, d.start, d.end) for d in doc._.dates]


def rules_of(doc) -> list[str]:
    return [d.rule for d in doc._.dates]


# --- numeric forms -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Spotkanie odbyło się 4.12.2017 w Białymstoku.", "4.12.2017", "2017-12-04"),
        ("W dniu 04.12.2017 r. podpisano umowę.", "04.12.2017 r.", "2017-12-04"),
        ("Termin: 2017-12-04, sala 12.", "2017-12-04", "2017-12-04"),
        ("Wnioski do 4/12/2017 przyjmuje sekretariat.", "4/12/2017", "2017-12-04"),
        ("Porozumienie zawarto 11.12.2017r. w Gdańsku.", "11.12.2017r.", "2017-12-11"),
        ("2021.02.25 11:35 , aktualizacja: 2021.02.25 13:01", "2021.02.25", "2021-02-25"),
        ("Spotkanie 4 XII 2017 r. w ratuszu.", "4 XII 2017 r.", "2017-12-04"),
        ("Dodano: 04-12-2017, 10:15", "04-12-2017", "2017-12-04"),
    ],
)
def test_numeric_days(nlp, text, surface, iso):
    doc = found(nlp, text)
    assert (surface, iso, iso) == values(doc)[0]


def test_impossible_day_is_not_a_date(nlp):
    assert values(found(nlp, "Numer sprawy 31.02.2017 został nadany.")) == []


# --- month names -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegacja przyjechała 4 grudnia 2017 r. do Białegostoku.", ("4 grudnia 2017 r.", "2017-12-04", "2017-12-04")),
        ("W dniu 5 kwietnia 2019r. odbyła się konferencja.", ("5 kwietnia 2019r.", "2019-04-05", "2019-04-05")),
        ("Konferencja 8 kwietnia 2001 o godz. 11:00 w Katowicach.", ("8 kwietnia 2001", "2001-04-08", "2001-04-08")),
        ("Serdecznie zapraszamy\n26 lutego (piątek) 2021 r., godz. 10:00",
         ("26 lutego (piątek) 2021 r.", "2021-02-26", "2021-02-26")),
        ("Zakończenie prac planowane jest na grudzień 2017 roku.", ("grudzień 2017 roku", "2017-12", "2017-12")),
        ("W grudniu 2017 r. zakończono budowę.", ("grudniu 2017 r.", "2017-12", "2017-12")),
        ("Grudzień 2017 był rekordowy.", ("Grudzień 2017", "2017-12", "2017-12")),
        ("Fundacja powstała w 1997 roku w Łodzi.", ("1997 roku", "1997", "1997")),
        ("W 2020 r. przyznano dotacje.", ("2020 r.", "2020", "2020")),
    ],
)
def test_month_names_and_years(nlp, text, expected):
    assert values(found(nlp, text)) == [expected]


def test_day_without_a_year_anywhere(nlp):
    doc = found(nlp, "W  dniu 13 maja w Gminnym Centrum Kultury podpisano porozumienie o współpracy.")
    assert values(doc) == [("13 maja", "XXXX-05-13", "XXXX-05-13")]


def test_day_takes_the_year_of_a_nearby_date(nlp):
    doc = found(nlp, "Nabór ruszył 20 listopada 2017 r. Wnioski można składać do 15 stycznia.")
    assert values(doc)[1] == ("15 stycznia", "2018-01-15", "2018-01-15")


def test_month_alone_takes_the_year_of_the_text(nlp):
    doc = found(nlp, "Umowę podpisano 4 grudnia 2017 r. Prace ruszą w marcu.")
    assert values(doc)[1] == ("marcu", "2018-03", "2018-03")


def test_month_alone_without_any_year_is_left_out(nlp):
    assert values(found(nlp, "Prace ruszą w marcu.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ulotki trafiły w 2000 domów i do 150 szkół.",
        "Zakupiono 2015 sztuk sprzętu za 1999 zł.",
        "Biuro mieści się przy ul. 3 Maja 12, 40-037 Katowice.",
        "Szkoła Podstawowa im. 11 Listopada w Kaliszu.",
        "Obchody rocznicy uchwalenia Konstytucji 3 Maja zgromadziły mieszkańców.",
        "Spotkała się z nami Maja Kowalska.",
        "Zgodnie z art. 5 ustawy (Dz. U. z 2020 r. poz. 713) gmina wydała decyzję.",
        "tel. 22 59 07 602, kom. 510 591 974",
        "Rozpoczęcie konferencji planowane jest na godz. 11.00, zakończenie na godz. 15.00.",
        "Urząd czynny od poniedziałku do piątku w godz. 7:30 - 15:30.",
        "Jak co roku, po konferencji ukaże się monografia.",
    ],
)
def test_not_dates(nlp, text):
    assert values(found(nlp, text)) == []


# --- ranges ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W dniach 4.12.2017 – 8.12.2017 miała miejsce wizyta.", ("4.12.2017 – 8.12.2017", "2017-12-04", "2017-12-08")),
        ("W dniach 4–8 grudnia 2017 r. trwała wizyta.", ("4–8 grudnia 2017 r.", "2017-12-04", "2017-12-08")),
        ("Konferencja odbyła się w trybie zdalnym 8–9 października 2020 roku.",
         ("8–9 października 2020 roku", "2020-10-08", "2020-10-09")),
        ("Targi potrwają 4-8.12.2017 w Kielcach.", ("4-8.12.2017", "2017-12-04", "2017-12-08")),
        ("Nabór trwa od 1 do 15 marca 2021 r.", ("od 1 do 15 marca 2021 r.", "2021-03-01", "2021-03-15")),
        ("Projekt trwa od września 2020 r. do listopada 2021 r.",
         ("września 2020 r. do listopada 2021 r.", "2020-09", "2021-11")),
        ("Wystawę można oglądać 4 grudnia – 8 stycznia 2018.", ("4 grudnia – 8 stycznia 2018", "2017-12-04", "2018-01-08")),
        ("zadanie w ramach Programu Wieloletniego „Senior+” na lata 2015-2020 Edycja 2017",
         ("lata 2015-2020", "2015", "2020")),
    ],
)
def test_ranges(nlp, text, expected):
    assert values(found(nlp, text)) == [expected]


def test_range_without_year_takes_the_text_year(nlp):
    doc = found(nlp, "Białystok, 1 grudnia 2017 r.\n\nWizyta potrwa od 4 do 8 grudnia.")
    assert values(doc)[1] == ("od 4 do 8 grudnia", "2017-12-04", "2017-12-08")


@pytest.mark.parametrize(
    "text",
    [
        "Konferencja na temat realizacji II fazy Programu Regionalnego MF EOG 2009-2014",
        "z Regionalnego Programu Operacyjnego Województwa Podlaskiego na lata 2014-2020.",
        "Projekt współfinansowany z RPO WP 2014-2020.",
        "Program Operacyjny Wiedza Edukacja Rozwój 2014–2020 wspiera szkolenia.",
        "Koszt wyniesie 1500-2000 zł.",
    ],
)
def test_programme_periods_and_amounts_are_not_dates(nlp, text):
    assert values(found(nlp, text)) == []


# --- the release's own date ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Białystok, 11 grudnia 2017 r.\n\nW Białymstoku podpisano umowę.", "2017-12-11"),
        ("Tytuł\n\nData publikacji: 09.10.2020\n\nTreść komunikatu.", "2020-10-09"),
        ("Tytuł\n\nOpublikowano 16.07.2019 12:49:00 Zaktualizowano 16.07.2019 12:59:10 umlimanowa", "2019-07-16"),
        ("30 listopada 2023\n\nRelacja z listopadowego posiedzenia Komisji", "2023-11-30"),
        ("Urzędnik z COVID-19\n\nTreść.\nBeata Adwent\nRzecznik Prasowy\nData dodania 09 października 2020\n",
         "2020-10-09"),
        ("Konferencja\n\nTreść.\n\nNiedz., 3 Lst. 2013 0 Komentarzy Dodane przez: Rafał Rudka\n", "2013-11-03"),
        # An event date opening the first sentence is not the release's date.
        ("Podpisano list intencyjny\n\n14 listopada 2022 r. w siedzibie Starostwa został podpisany list.", None),
        ("Porozumienie\n\n8 kwietnia 2001 o godz. 11:00 Marszałek podpisał porozumienie.", None),
        # A communiqué's own date after "Komunikat ... z dnia", with the year glued to "r.".
        ("Akt oskarżenia\n\nKomunikat Prokuratury Okręgowej w Zamościu z dnia 22.05.2023r.\n\nTreść.",
         "2023-05-22"),
        # A news-agency lead: the dateline opens the first sentence, joined by a dash.
        ("Wyniki\n\nKielce, 29 sierpnia 2024 r. – Ferrobet S.A. opublikował raport półroczny.", "2024-08-29"),
        # Without the place and the dash it stays an event date.
        ("Wyniki\n\n29 sierpnia 2024 r. Ferrobet S.A. opublikował raport półroczny.", None),
    ],
)
def test_published(nlp, text, published):
    assert found(nlp, text)._.published == published


def test_br_resolved_against_communique_date(nlp):
    text = "Akt\n\nKomunikat Prokuratury Okręgowej w Zamościu z dnia 22.05.2023r.\n\n" \
        "Zawiadomienie złożono 14 marca 2022 r. Rozprawa odbędzie się w czwartek, 15 czerwca br."
    assert ("czwartek, 15 czerwca br.", "2023-06-15", "2023-06-15") in values(found(nlp, text))


def test_published_from_meta_wins(nlp):
    doc = found(nlp, "Białystok, 11 grudnia 2017 r.\n\nTreść.", meta={"published": "2017-12-12T08:00:00"})
    assert doc._.published == "2017-12-12"


def test_dateline_is_also_a_date(nlp):
    doc = found(nlp, "Niedz., 3 Lst. 2013 0 Komentarzy Dodane przez: Rafał Rudka")
    assert values(doc) == [("Niedz., 3 Lst. 2013", "2013-11-03", "2013-11-03")]


# --- br., weekdays, relative days -------------------------------------------------------------

def test_br_takes_the_release_year(nlp):
    text = "Konferencja\n\n12 listopada br. w sali sesyjnej odbędzie się konferencja.\n\nNiedz., 3 Lst. 2013"
    assert values(found(nlp, text))[0] == ("12 listopada br.", "2013-11-12", "2013-11-12")


def test_ubr_is_the_year_before(nlp):
    text = "Warszawa, 10 stycznia 2018 r.\n\nW grudniu ub.r. rozpoczęto prace."
    assert values(found(nlp, text))[1] == ("grudniu ub.r.", "2017-12", "2017-12")


def test_weekday_adjectives_inside_a_range(nlp):
    text = ("W dniach 4.12.2017 – 8.12.2017 miała miejsce wizyta. Zwieńczeniem wizyty był piątkowy „okrągły stół”. "
            "W trakcie piątkowego spotkania podpisano list intencyjny.")
    doc = found(nlp, text)
    assert values(doc)[1:] == [("piątkowy", "2017-12-08", "2017-12-08"), ("piątkowego", "2017-12-08", "2017-12-08")]


def test_weekday_counts_back_from_the_release_in_past_tense(nlp):
    text = "Urzędnik z COVID-19\n\nOd środy zakażona osoba pracowała zdalnie.\nData dodania 09 października 2020"
    assert ("Od środy", "2020-10-07", "2020-10-07") in values(found(nlp, text))


def test_weekday_counts_forward_in_future_tense(nlp):
    text = "Białystok, 11 grudnia 2017 r.\n\nW piątek odbędzie się gala. W piątek podpisano umowę."
    assert values(found(nlp, text))[1:] == [("W piątek", "2017-12-15", "2017-12-15"),
                                            ("W piątek", "2017-12-08", "2017-12-08")]


def test_weekday_follows_the_date_before_it(nlp):
    doc = found(nlp, "4 grudnia 2017 (poniedziałek) przyjechała delegacja. W środę zwiedzała Białystok.")
    assert values(doc)[1] == ("W środę", "2017-12-06", "2017-12-06")


def test_weekday_glued_to_a_date_is_one_date(nlp):
    doc = found(nlp, "Zapraszamy w piątek, 8 grudnia 2017 r. do ratusza.")
    assert values(doc) == [("piątek, 8 grudnia 2017 r.", "2017-12-08", "2017-12-08")]


@pytest.mark.parametrize(
    "text",
    [
        "W piątek podpisano umowę.",  # nothing to count from
        "Biblioteka jest otwarta w każdy piątek.",
        "Przedszkole w Środzie Wielkopolskiej otrzymało dotację. 4 grudnia 2017 r.",
    ],
)
def test_unresolved_or_habitual_weekdays_are_left_out(nlp, text):
    assert [r for r in rules_of(found(nlp, text)) if r.startswith("weekday")] == []


def test_relative_days_resolve_against_the_release(nlp):
    text = ("Informacja prasowa\n2021.02.25 11:35 , aktualizacja: 2021.02.25 13:01\n"
            "Szczegóły w trakcie jutrzejszej konferencji prasowej przedstawi marszałek. Wczoraj zarząd przyjął uchwałę.")
    doc = found(nlp, text)
    assert doc._.published == "2021-02-25"
    assert ("jutrzejszej", "2021-02-26", "2021-02-26") in values(doc)
    assert ("Wczoraj", "2021-02-24", "2021-02-24") in values(doc)


def test_relative_days_without_a_release_date_are_left_out(nlp):
    doc = found(nlp, "Wczoraj podpisano umowę. Kolejne spotkanie 15 grudnia 2017 r.")
    assert values(doc) == [("15 grudnia 2017 r.", "2017-12-15", "2017-12-15")]


def test_relative_words_that_name_no_day(nlp):
    doc = found(nlp, "Warszawa, 5 maja 2019 r.\n\nW dzisiejszych czasach współpraca trwa do dziś.")
    assert values(doc) == [("5 maja 2019 r.", "2019-05-05", "2019-05-05")]


def test_tomorrow_after_a_preposition_is_a_day(nlp):
    # "jutra" is the genitive after "od"/"do"; alone it is the noun ("technologie jutra").
    doc = found(nlp, "Bielsko-Biała, 3.12.2026\n\nPunkt informacyjny będzie czynny od jutra, od poniedziałku "
                     "do piątku w godz. 7:00–19:00. Zapisy potrwają do jutra. Pokażemy technologie jutra.")
    assert values(doc)[1:] == [("od jutra", "2026-12-04", "2026-12-04"), ("do jutra", "2026-12-04", "2026-12-04")]


def test_relative_months_and_a_relative_day_to_a_named_one(nlp):
    text = ("Koszalin, 10 grudnia 2026 roku\n\nW ubiegłym miesiącu szpital podpisał aneks do umowy. Od przyszłego "
            "miesiąca rejestracja będzie elektroniczna. Komisje będą omawiać poprawki od jutra do wtorku 15 grudnia.")
    assert values(found(nlp, text))[1:] == [
        ("ubiegłym miesiącu", "2026-11", "2026-11"),
        ("przyszłego miesiąca", "2027-01", "2027-01"),
        ("od jutra do wtorku 15 grudnia", "2026-12-11", "2026-12-15"),
    ]
    # with no release date there is nothing to count from
    assert values(found(nlp, "W ubiegłym miesiącu szpital podpisał aneks.")) == []


def test_a_night_across_a_month_s_end(nlp):
    text = "Katowice, 18.12.2026\n\nBędziemy kontrolować kierowców w nocy z 31 grudnia na 1 stycznia."
    assert values(found(nlp, text))[1:] == [("nocy z 31 grudnia na 1 stycznia", "2026-12-31", "2027-01-01")]


def test_a_present_verb_with_a_bare_weekday_looks_ahead(nlp):
    # A Thursday's release: "rusza w sobotę" is the Saturday to come; the ski season is its two years.
    text = "Białka Tatrzańska, 17 grudnia 2026 r. (czwartek)\n\nSezon narciarski 2026/2027 rusza w sobotę."
    assert values(found(nlp, text))[1:] == [("Sezon narciarski 2026/2027", "2026", "2027"),
                                            ("w sobotę", "2026-12-19", "2026-12-19")]
    # a past verb still looks back
    text = "Białka Tatrzańska, 17 grudnia 2026 r. (czwartek)\n\nUmowę podpisano w sobotę."
    assert values(found(nlp, text))[1:] == [("w sobotę", "2026-12-12", "2026-12-12")]


def test_plural_weekdays_in_parentheses_are_habitual(nlp):
    text = ("Kielce, 18-12-2026\n\nOd 4 stycznia departament zaprasza na konsultacje indywidualne "
            "(poniedziałki i środy, godz. 9:00–14:00).")
    assert values(found(nlp, text))[1:] == [("4 stycznia", "2027-01-04", "2027-01-04")]


def test_office_hours_days_in_figures_with_their_weekday(nlp):
    text = ("Gdańsk, 23.12.2026\n\nBiura Obsługi Klienta:\n24.12 (czwartek) – czynne do godz. 13:00\n"
            "25–27.12 – nieczynne\n31.12 (czwartek) – czynne do godz. 13:00")
    assert values(found(nlp, text))[1:] == [("24.12", "2026-12-24", "2026-12-24"),
                                            ("25–27.12", "2026-12-25", "2026-12-27"),
                                            ("31.12", "2026-12-31", "2026-12-31")]


def test_a_month_after_za_and_the_same_year_as_before(nlp):
    text = ("Opole, 22 grudnia 2026 r.\n\nWnioski o wakacje składkowe za styczeń można składać do 31 grudnia. "
            "W grudniu 2025 r. oddział obsłużył 41 tys. klientów, o jedną piątą więcej niż w listopadzie tego "
            "samego roku.")
    got = values(found(nlp, text))
    assert ("styczeń", "2027-01", "2027-01") in got
    assert ("listopadzie", "2025-11", "2025-11") in got


def test_days_listed_after_na_with_a_scheduling_verb_lie_ahead(nlp):
    text = ("Gdańsk, 22 grudnia 2026 r.\n\nKolejny termin sąd wyznaczył na 25 stycznia 2027 r., "
            "a następne – na 8 i 22 lutego.")
    assert values(found(nlp, text))[-2:] == [("8", "2027-02-08", "2027-02-08"), ("22 lutego", "2027-02-22", "2027-02-22")]


def test_od_do_ranges_without_a_year_and_weekdays_before_a_range_in_parentheses(nlp):
    text = "Toruń, 26 listopada 2026 r.\n\nOd 1.12 do 15.12 trwa zbiórka. Zapisy od 1 do 5 XII."
    assert values(found(nlp, text))[1:] == [("Od 1.12 do 15.12", "2026-12-01", "2026-12-15"),
                                            ("od 1 do 5 XII", "2026-12-01", "2026-12-05")]
    # the weekdays only name the days of the range that follows them
    text = "Toruń, 26 listopada 2026 r.\n\nJarmark w sobotę i niedzielę (12–13 grudnia)."
    assert values(found(nlp, text))[1:] == [("12–13 grudnia", "2026-12-12", "2026-12-13")]


def test_a_heading_s_weekday_is_the_one_the_text_dates(nlp):
    text = ("Informacja prasowa ZUS\nOpole, 22 grudnia 2026 r.\n\nWażne terminy. ZUS dyżuruje także w sobotę\n\n"
            "W sobotę 9 stycznia sale obsługi klientów będą czynne.")
    assert values(found(nlp, text))[1] == ("w sobotę", "2027-01-09", "2027-01-09")
    # in a sentence of the body, with no day of that weekday named, it is still the next one
    text = "Opole, 22 grudnia 2026 r.\n\nZUS dyżuruje także w sobotę. W sobotę 9 stycznia sale będą czynne."
    assert values(found(nlp, text))[1] == ("w sobotę", "2026-12-26", "2026-12-26")


def test_month_adjective(nlp):
    doc = found(nlp, "30 listopada 2023\n\nRelacja z listopadowego posiedzenia Komisji Wspólnej.")
    assert values(doc)[1] == ("listopadowego", "2023-11", "2023-11")


def test_offsets_index_the_text(nlp):
    text = "Tytuł\r\n\r\nW dniach 4–8 grudnia 2017 r. (piątek) – a także 2017-12-04."
    doc = found(nlp, text)
    assert [d.text for d in doc._.dates] == ["4–8 grudnia 2017 r.", "2017-12-04"]


# --- more shapes -----------------------------------------------------------------------------------

def test_listed_days_share_the_month(nlp):
    doc = found(nlp, "Warsztaty odbędą się 4, 5 i 6 grudnia 2017 r. w Białymstoku.")
    assert [(d.start, d.end) for d in doc._.dates] == [("2017-12-04", "2017-12-04"), ("2017-12-05", "2017-12-05"),
                                                       ("2017-12-06", "2017-12-06")]


def test_day_and_month_in_figures_without_a_year(nlp):
    doc = found(nlp, "Warszawa, 20 czerwca 2019 r.\n\nRównież 27.06. strażacy wyjechali do pożaru.")
    assert values(doc)[1] == ("27.06.", "2019-06-27", "2019-06-27")


def test_section_numbers_are_not_days(nlp):
    assert values(found(nlp, "Rozdział 3.10. Zasady ogólne.")) == []


def test_older_years_and_seasons(nlp):
    doc = found(nlp, "Wieś wzmiankowana w 1640, a w sezonie 2017/2018 odnowiona.")
    assert values(doc) == [("1640", "1640", "1640"), ("sezonie 2017/2018", "2017", "2018")]


@pytest.mark.parametrize(
    "text",
    [
        "Dotacje wyniosą od 1500 do 2000 zł na osobę.",
        "Uchwała nr 2/12/2017 Rady Gminy weszła w życie.",
        "Punkt jest czynny w środy w godz. 7.30 - 15.30.",
        "Rzecznik poinformował o tym 01:26, a potem wyjechał.",
    ],
)
def test_more_non_dates(nlp, text):
    assert values(found(nlp, text)) == []


def test_cms_and_organisation_datelines(nlp):
    assert found(nlp, "Nowa hala\nAktualności | 12.03.2018 | Wydział Promocji\n\nTreść.")._.published == "2018-03-12"
    assert found(nlp, "Gmina podpisała umowę\nZarząd Powiatu, 12.03.2018\n\nTreść.")._.published == "2018-03-12"
    # On the headline line an event name before the comma is not a dateline.
    assert found(nlp, "Sesja Rady Miejskiej, 11 grudnia 2017 r.\n\nRadni przyjęli budżet.")._.published is None


def test_weekday_ignores_runs_on_the_wrong_side_of_the_release(nlp):
    text = ("Nowa hala\nAktualności | 12.03.2018\n\nW sobotę mieszkańcy mogli zwiedzać halę. "
            "Kolejne wydarzenia zaplanowano od 12 do 14 kwietnia br.")
    assert values(found(nlp, text))[1] == ("W sobotę", "2018-03-10", "2018-03-10")


def test_deadline_does_not_anchor_a_weekday(nlp):
    text = "Nabór trwa do 31 grudnia 2017 r.\n\nW piątek odbyło się spotkanie informacyjne."
    assert [d.rule for d in found(nlp, text)._.dates] == ["day_month_name"]


def test_weekdays_joined_by_and(nlp):
    text = "Kraków, 12 marca 2018 r.\n\nW sobotę i niedzielę mieszkańcy mogli zwiedzać halę."
    assert values(found(nlp, text))[1:] == [("W sobotę", "2018-03-10", "2018-03-10"),
                                            ("i niedzielę", "2018-03-11", "2018-03-11")]


def test_press_release_header_and_weekday_with_its_date(nlp):
    doc = found(nlp, "Informacja prasowa z dnia 8.12.2017 r.\n\nW piątek (8 grudnia) podpisano umowę. "
                     "W listopadzie i grudniu trwały prace.")
    assert doc._.published == "2017-12-08"
    assert values(doc)[1:] == [("W piątek (8 grudnia)", "2017-12-08", "2017-12-08"),
                               ("listopadzie", "2017-11", "2017-11"), ("grudniu", "2017-12", "2017-12")]


def test_two_digit_years_only_with_a_time_or_r(nlp):
    doc = found(nlp, "Opublikowano 16.07.19 12:49\n\nSpotkanie 12.12.17 r. Punkt 1.12.15 regulaminu.")
    assert doc._.published == "2019-07-16"
    assert values(doc) == [("16.07.19", "2019-07-16", "2019-07-16"), ("12.12.17 r.", "2017-12-12", "2017-12-12")]


def test_number_after_a_month_that_counts_is_not_a_year(nlp):
    doc = found(nlp, "Warszawa, 2 czerwca 2019 r.\n\nDo 13 maja 1500 osób złożyło wnioski. W maju 2000 osób przyszło.")
    assert values(doc)[1:] == [("13 maja", "2019-05-13", "2019-05-13"), ("maju", "2019-05", "2019-05")]


def test_month_after_other_time_words(nlp):
    doc = found(nlp, "Warszawa, 2 czerwca 2019 r.\n\nPod koniec lipca ruszy nabór. Spotkała się z nimi Maja Lipiec.")
    assert values(doc)[1:] == [("lipca", "2019-07", "2019-07")]


def test_yearless_day_far_from_the_release_follows_the_tense(nlp):
    doc = found(nlp, "Warszawa, 1 czerwca 2018 r.\n\nGala odbędzie się 20 grudnia. Umowę podpisano 20 listopada.")
    assert values(doc)[1:] == [("20 grudnia", "2018-12-20", "2018-12-20"), ("20 listopada", "2017-11-20", "2017-11-20")]


def test_yearless_day_near_the_release_takes_the_nearest_year(nlp):
    doc = found(nlp, "Warszawa, 11 grudnia 2017 r.\n\nUmowę podpisano 13 grudnia. Nabór potrwa do 5 stycznia.")
    assert values(doc)[1:] == [("13 grudnia", "2017-12-13", "2017-12-13"), ("5 stycznia", "2018-01-05", "2018-01-05")]


@pytest.mark.parametrize("value", ["2017-12-12", "2017-12-12T08:00:00", "12.12.2017", "12 grudnia 2017 r."])
def test_published_from_meta_in_any_shape(nlp, value):
    assert found(nlp, "Treść bez daty.", meta={"published": value})._.published == "2017-12-12"


def test_a_capitalised_word_after_the_year_keeps_it(nlp):
    doc = found(nlp, "W dniu 13 maja 2019 Burmistrz podpisał umowę. W 2019 Gmina otrzymała środki.")
    assert values(doc) == [("13 maja 2019", "2019-05-13", "2019-05-13"), ("2019", "2019", "2019")]


def test_year_adjectives_count_from_the_release_year(nlp):
    doc = found(nlp, "Nowy Targ, 5 lipca 2021 r.\n\nRozmawiano o przyszłorocznym festiwalu i tegorocznej edycji. "
                     "Ubiegłoroczny koncert był udany, a zeszłorocznych gości zaproszono znowu.")
    assert values(doc)[1:] == [("przyszłorocznym", "2022", "2022"), ("tegorocznej", "2021", "2021"),
                               ("Ubiegłoroczny", "2020", "2020"), ("zeszłorocznych", "2020", "2020")]


def test_year_adjective_without_any_year_is_left_out(nlp):
    assert values(found(nlp, "Zapraszamy na tegoroczny festiwal.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruchomienie instalacji spółka planuje w IV kwartale 2026 r.", [("IV kwartale 2026 r.", "2026-10", "2026-12")]),
        ("W I półroczu 2024 roku przychody wzrosły.", [("I półroczu 2024 roku", "2024-01", "2024-06")]),
        ("W nocy z 14 na 15 lipca 2023 r. spłonęła stodoła.", [("nocy z 14 na 15 lipca 2023 r.", "2023-07-14", "2023-07-15")]),
    ],
)
def test_periods_of_a_year_and_nights(nlp, text, expected):
    assert values(found(nlp, text)) == expected


def test_deadline_after_a_publication_word_is_not_the_release_date(nlp):
    text = "Program\n\nOlsztyn, 13 grudnia 2022 r.\n\nTreść.\n\nHarmonogram zostanie opublikowany do 31 stycznia 2023 r."
    assert found(nlp, text)._.published == "2022-12-13"


def test_speech_verb_does_not_set_the_tense_of_a_quoted_month(nlp):
    text = "Olsztyn, 13 grudnia 2022 r.\n\n– Pierwsze nabory ogłosimy już w lutym – zapowiedział marszałek."
    assert ("lutym", "2023-02", "2023-02") in values(found(nlp, text))


def test_planned_with_mieć_and_an_infinitive_is_future(nlp):
    text = "Warszawa, 10.01.2024\n\nOśrodek ma ruszyć we wrześniu. W sierpniu ośrodek odwiedził minister."
    assert values(found(nlp, text))[1:] == [("wrześniu", "2024-09", "2024-09"), ("sierpniu", "2023-08", "2023-08")]


def test_a_day_after_the_day_named_before(nlp):
    text = ("Koszalin, 23.09.2024\n\nFestiwal otworzy w piątek, 11 października, koncert zespołu. "
            "Dzień później wystąpi chór. Następnego dnia po ogłoszeniu nikt nie przyszedł.")
    got = values(found(nlp, text))
    assert ("Dzień później", "2024-10-12", "2024-10-12") in got
    assert ("Następnego dnia", "2024-10-12", "2024-10-12") in got


def test_a_day_after_with_only_the_dateline_before_is_left_out(nlp):
    assert values(found(nlp, "Koszalin, 23.09.2024\n\nDzień później wystąpi chór.")) == [
        ("23.09.2024", "2024-09-23", "2024-09-23")]


def test_month_range_to_the_end_of_a_month(nlp):
    doc = found(nlp, "Prace potrwają od października 2023 do końca czerwca 2026 r. i obejmą ciąg osadowy.")
    assert ("października 2023 do końca czerwca 2026 r.", "2023-10", "2026-06") in values(doc)


def test_published_from_a_current_report_header(nlp):
    text = "Raport bieżący nr 14/2024\n\nData sporządzenia: 2024-04-22\nTemat: Zawarcie aneksu do umowy\n\nTreść."
    assert found(nlp, text)._.published == "2024-04-22"


def test_period_of_a_named_plan_is_not_a_date(nlp):
    doc = found(nlp, "Rolnicy ubiegają się o premie z Planu Strategicznego dla Wspólnej Polityki Rolnej na lata 2023–2027.")
    assert values(doc) == []
    doc = found(nlp, "Rada przyjęła strategię rozwoju gminy na lata 2023–2027.")
    assert ("lata 2023–2027", "2023", "2027") in values(doc)


def test_weekday_joined_to_a_plural_weekday_is_habitual(nlp):
    doc = found(nlp, "Świdnik, 12 sierpnia 2024 r.\n\nLoty będą odbywać się dwa razy w tygodniu, we wtorki i soboty.")
    assert values(doc) == [("12 sierpnia 2024 r.", "2024-08-12", "2024-08-12")]
    doc = found(nlp, "Świdnik, 12 sierpnia 2024 r.\n\nSpotkania odbędą się w piątek i sobotę.")
    assert ("i sobotę", "2024-08-17", "2024-08-17") in values(doc)


def test_weekday_joined_to_a_habitual_one(nlp):
    doc = found(nlp, "Kutno, 15 grudnia 2023 r.\n\nChoinki będą odbierane w każdy poniedziałek i czwartek.")
    assert values(doc) == [("15 grudnia 2023 r.", "2023-12-15", "2023-12-15")]


def test_half_of_a_year_named_as_polowa(nlp):
    doc = found(nlp, "Łódź, 3.07.2023\n\nPierwsze tramwaje trafią do Łodzi w II połowie 2024 r.")
    assert ("II połowie 2024 r.", "2024-07", "2024-12") in values(doc)


# --- bilingual releases, quarters, stated weekdays, relative years ----------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paper proposals should be submitted by 31 March 2025.", [("31 March 2025", "2025-03-31", "2025-03-31")]),
        ("Notification of acceptance will be sent by April 15, 2025.", [("April 15, 2025", "2025-04-15", "2025-04-15")]),
        ("The conference will be held on 15–17 May 2025 in Lublin.", [("15–17 May 2025", "2025-05-15", "2025-05-17")]),
        ("The fee must be paid between 16 and 30 April 2025.", [("16 and 30 April 2025", "2025-04-16", "2025-04-30")]),
        ("The festival opened in March 2024 in Gdańsk.", [("March 2024", "2024-03", "2024-03")]),
    ],
)
def test_english_dates_in_bilingual_releases(nlp, text, expected):
    assert values(found(nlp, text)) == expected


def test_english_month_needs_its_capital(nlp):
    assert values(found(nlp, "We may 2025 be back.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W IV kw. 2024 r. przychody wzrosły o 14 proc.", [("IV kw. 2024 r.", "2024-10", "2024-12")]),
        ("Wyniki za Q3 2024 spółka opublikuje w listopadzie 2024 r.",
         [("Q3 2024", "2024-07", "2024-09"), ("listopadzie 2024 r.", "2024-11", "2024-11")]),
        ("Sprzedaż w 1Q2025 była rekordowa.", [("1Q2025", "2025-01", "2025-03")]),
    ],
)
def test_quarters_as_reports_write_them(nlp, text, expected):
    assert values(found(nlp, text)) == expected


def test_stated_weekday_picks_the_year(nlp):
    # "zaplanowano" is past, but 17 May is a Saturday in 2025, not in 2024.
    doc = found(nlp, "Lublin, 3 marca 2025 r.\nW sobotę, 17 maja, zaplanowano wyjazd studyjny do Chełma.")
    assert ("sobotę, 17 maja", "2025-05-17", "2025-05-17") in values(doc)


def test_planned_event_lies_ahead(nlp):
    doc = found(nlp, "Warszawa, 3 marca 2025 r.\nPosiedzenie zaplanowano na 20 października.")
    assert ("20 października", "2025-10-20", "2025-10-20") in values(doc)


def test_day_in_figures_before_a_dash_with_its_weekday(nlp):
    doc = found(nlp, "Harmonogram na wrzesień 2024 r.:\npiątek 20.09. – Leszno, Nikielkowo.")
    assert ("20.09.", "2024-09-20", "2024-09-20") in values(doc)


def test_od_do_range_of_days_in_figures(nlp):
    doc = found(nlp, "Mieszkańcy mogą od 23 do 27.09.2024 r. oddać odpady w PSZOK.")
    assert values(doc) == [("23 do 27.09.2024 r.", "2024-09-23", "2024-09-27")]


def test_turn_of_two_months(nlp):
    doc = found(nlp, "Barczewo, 2 września 2024 r.\nKolejna zbiórka planowana jest na przełomie marca i kwietnia przyszłego roku.")
    assert ("marca i kwietnia przyszłego roku", "2025-03", "2025-04") in values(doc)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("W ubiegłym roku odebraliśmy ponad 180 ton odpadów.", ("ubiegłym roku", "2023", "2023")),
        ("Od przyszłego roku opłaty wzrosną.", ("przyszłego roku", "2025", "2025")),
        ("Frekwencja była wyższa niż w roku ubiegłym.", ("roku ubiegłym", "2023", "2023")),
        ("W minionym roku gmina wydała 2 mln zł na drogi.", ("minionym roku", "2023", "2023")),
    ],
)
def test_relative_years_count_from_the_release(nlp, sentence, expected):
    doc = found(nlp, "Olsztyn, 5 listopada 2024 r.\n" + sentence)
    assert expected in values(doc)


def test_relative_year_and_this_year(nlp):
    # "w tym roku" is not counted as a date; a month with "ubiegłego roku" stays one date.
    doc = found(nlp, "Olsztyn, 5 listopada 2024 r.\nW tym roku, tak jak w marcu ubiegłego roku, zbiórka się udała.")
    assert values(doc)[1:] == [("marcu ubiegłego roku", "2023-03", "2023-03")]


def test_weeks_named_before_weekdays(nlp):
    # 28 October 2024 is a Monday: next week's Monday and Tuesday, not tomorrow.
    doc = found(nlp, "Łódź, 28 października 2024 r.\n"
                     "W przyszłym tygodniu, w poniedziałek i wtorek, zaplanowano przerwy w dostawach ciepłej wody.")
    assert values(doc)[1:] == [("w poniedziałek", "2024-11-04", "2024-11-04"), ("i wtorek", "2024-11-05", "2024-11-05")]


def test_weekday_joined_to_another_follows_it(nlp):
    # A Friday release: "w poniedziałek" in the future is next Monday, so "i wtorek" is the day after it.
    doc = found(nlp, "Łódź, 25 października 2024 r.\nPrace odbędą się w poniedziałek i wtorek.")
    assert values(doc)[1:] == [("w poniedziałek", "2024-10-28", "2024-10-28"), ("i wtorek", "2024-10-29", "2024-10-29")]


def test_a_future_weekday_of_the_release_s_own_weekday_is_that_day(nlp):
    # A Monday release: "w poniedziałek usłyszy zarzut" is that Monday, not a week later.
    text = ("Limanowa, 16 listopada 2026 r.\n\nMężczyzna został zatrzymany, a w poniedziałek usłyszy zarzut "
            "spowodowania wypadku.")
    assert ("w poniedziałek", "2026-11-16", "2026-11-16") in values(found(nlp, text))
    # "najbliższy" names the next one
    text = "Limanowa, 16 listopada 2026 r.\n\nZbiórka odbędzie się w najbliższy poniedziałek."
    assert ("w najbliższy poniedziałek", "2026-11-23", "2026-11-23") in values(found(nlp, text))


def test_weekday_with_day_in_figures_in_brackets(nlp):
    doc = found(nlp, "Dodano: 2024-09-10 08:15\nZapisy trwają do piątku (13.09) do godz. 15:00.")
    assert ("do piątku (13.09)", "2024-09-13", "2024-09-13") in values(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Politechnika, 2 października 2024 r.\nProsimy o zgłoszenie do 7.10.\n\nDziękujemy.", ("7.10.", "2024-10-07", "2024-10-07")),
        ("Politechnika, 2 października 2024 r.\nProsimy o zgłoszenie do 7.10. Szkoły zapraszamy.", ("7.10.", "2024-10-07", "2024-10-07")),
    ],
)
def test_day_in_figures_after_a_preposition_ends_a_sentence(nlp, text, expected):
    assert expected in values(found(nlp, text))


def test_times_after_a_preposition_are_not_days(nlp):
    assert values(found(nlp, "Biuro czynne od 7.30 do 15.30.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sezon grzewczy 2024/2025 w Łodzi rozpoczęty.", ("Sezon grzewczy 2024/2025", "2024", "2025")),
        ("Karnety na sezon 2024/25 są już w sprzedaży.", ("sezon 2024/25", "2024", "2025")),
    ],
)
def test_seasons_spanning_two_years(nlp, text, expected):
    assert values(found(nlp, text)) == [expected]


def test_school_and_academic_years_are_not_calendar_years(nlp):
    doc = found(nlp, "Gdańsk, 2 października 2024 r.\nW ubiegłym roku akademickim studiowało tu 16 tys. osób.")
    assert values(doc) == [("2 października 2024 r.", "2024-10-02", "2024-10-02")]


def test_week_of_a_month_is_the_month(nlp):
    doc = found(nlp, "Włocławek, 12 maja 2025 r.\nTomograf zostanie zainstalowany w pierwszym tygodniu lipca.")
    assert ("lipca", "2025-07", "2025-07") in values(doc)


def test_weekday_and_day_in_figures_without_a_closing_period(nlp):
    doc = found(nlp, "Olkusz, 3 marca 2025 r.\nProgram:\nPoniedziałek 10.03 – wykład\nŚroda, 12.03 – pokazy EEG")
    assert values(doc)[1:] == [("10.03", "2025-03-10", "2025-03-10"), ("12.03", "2025-03-12", "2025-03-12")]


def test_times_after_a_weekday_are_not_days(nlp):
    assert values(found(nlp, "Piątek 14.30 – koncert finałowy.")) == []


def test_turn_of_two_years(nlp):
    doc = found(nlp, "Olkusz, 3 marca 2025 r.\nNa przełomie 2025 i 2026 roku planujemy cykl wykładów.")
    assert values(doc)[1:] == [("2025 i 2026 roku", "2025", "2026")]


def test_quarter_of_this_year(nlp):
    doc = found(nlp, "Kłodzko, 3 lutego 2025 r.\nPierwsze umowy zostaną podpisane w III kwartale br.")
    assert values(doc)[1:] == [("III kwartale br.", "2025-07", "2025-09")]


def test_month_only_date_line_anchors_yearless_dates(nlp):
    # No day in the date line, so no release date; but "w czerwcu" is June 2025, not of the 2027 deadline.
    doc = found(nlp, "Kłodzko, luty 2025\n\nProjekty trzeba zrealizować do 30.06.2027. Wyniki poznamy w czerwcu.")
    assert doc._.published is None
    assert ("czerwcu", "2025-06", "2025-06") in values(doc)


def test_dated_headline_is_not_the_release_date(nlp):
    doc = found(nlp, "12 maja 2025 r. – sesja absolutoryjna Rady Miejskiej w Żaganiu\n\nSesja odbędzie się w sali sesyjnej."
                     "\n\nŻagań, 2 maja 2025 r.\n\nBiuro Rady Miejskiej")
    assert doc._.published == "2025-05-02"


def test_weekday_adjective_in_a_run_without_tense(nlp):
    doc = found(nlp, "Olkusz, 3 marca 2025 r.\nTydzień Mózgu potrwa 10–14 marca 2025 r.\n"
                     "Zapisy na czwartkowe spotkanie przyjmujemy do środy.")
    assert ("czwartkowe", "2025-03-13", "2025-03-13") in values(doc)


def test_news_agency_lead_with_a_bracketed_source(nlp):
    doc = found(nlp, "Tor wodny: kolejny etap\n\nSzczecin, 4 kwietnia 2025 (informacja własna) – Zarząd portu podpisał "
                     "w czwartek umowę z konsorcjum firm na przebudowę nabrzeży w porcie.")
    assert doc._.published == "2025-04-04"
    assert ("w czwartek", "2025-04-03", "2025-04-03") in values(doc)


def test_abbreviated_weekday_before_a_day_in_figures(nlp):
    doc = found(nlp, "Kalisz, 9 kwietnia 2025 r.\nmecz 1: sob. 12.04, godz. 17:00\nmecz 2: niedz. 13.04, godz. 18:00")
    assert values(doc)[1:] == [("12.04", "2025-04-12", "2025-04-12"), ("13.04", "2025-04-13", "2025-04-13")]


def test_half_years_as_reports_write_them(nlp):
    assert values(found(nlp, "Wejście na rynek niemiecki w H2 2025, linia ruszy w 1H 2026.")) == [
        ("H2 2025", "2025-07", "2025-12"), ("1H 2026", "2026-01", "2026-06")]


def test_from_a_day_to_the_end_of_a_year(nlp):
    doc = found(nlp, "Na czas robót (od 7 kwietnia 2025 r. do końca 2027 r.) ruch zostanie przeniesiony.")
    assert values(doc) == [("7 kwietnia 2025 r. do końca 2027 r.", "2025-04-07", "2027")]


def test_year_marker_glued_to_a_day_in_figures(nlp):
    doc = found(nlp, "Łódź, 14-04-2025\nWnioski można składać do 30.06.br. Rozliczenia przeprowadzimy później.")
    assert ("30.06.br.", "2025-06-30", "2025-06-30") in values(doc)


def test_from_a_weekday_without_a_verb_lies_ahead(nlp):
    doc = found(nlp, "Bilety na mecze od piątku\n\nDodano: 09.04.2025, 14:02")
    assert ("od piątku", "2025-04-11", "2025-04-11") in values(doc)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Volunteers wanted\n\nPublished: 11 April 2025 | Author: Dolnośląska Fundacja Dziedzictwa\n\nTekst.", "2025-04-11"),
        ("Aktualności | Turystyka | 11.04.2025\nJarmark Wielkanocny na Rynku\n\nTekst.", "2025-04-11"),
    ],
)
def test_english_bylines_and_breadcrumbs(nlp, text, published):
    assert found(nlp, text)._.published == published


def test_last_weekday_in_a_release_of_that_weekday_is_a_week_ago(nlp):
    # 16 April 2025 is a Wednesday.
    doc = found(nlp, "W ubiegłą środę na posiedzeniu senatu mówiliśmy o tym.\n\nOprac. Katarzyna Dziedzic, 16.04.2025")
    assert ("W ubiegłą środę", "2025-04-09", "2025-04-09") in values(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dni Dziedzictwa odbędą się w dwa weekendy: 6–7 oraz 13–14 września 2025 r.",
         [("6–7", "2025-09-06", "2025-09-07"), ("13–14 września 2025 r.", "2025-09-13", "2025-09-14")]),
        ("W dniach 12.04 i 13.04.2025 odbędą się warsztaty.",
         [("12.04", "2025-04-12", "2025-04-12"), ("13.04.2025", "2025-04-13", "2025-04-13")]),
        ("Szkolenia odbędą się w okresie V–VI 2025.", [("V–VI 2025", "2025-05", "2025-06")]),
        ("Training sessions will take place in May and June 2025.",
         [("May", "2025-05", "2025-05"), ("June 2025", "2025-06", "2025-06")]),
        ("Warszawa, 28.11.2025\nKorekty rozkładu nastąpią w marcu i czerwcu 2026 r.",
         [("28.11.2025", "2025-11-28", "2025-11-28"), ("marcu", "2026-03", "2026-03"),
          ("czerwcu 2026 r.", "2026-06", "2026-06")]),
        ("Kraków, 3.02.2025\nDyżury pełniono w styczniu, lutym oraz marcu 2024 r.",
         [("3.02.2025", "2025-02-03", "2025-02-03"), ("styczniu", "2024-01", "2024-01"),
          ("lutym", "2024-02", "2024-02"), ("marcu 2024 r.", "2024-03", "2024-03")]),
    ],
)
def test_lists_of_ranges_figures_and_roman_months(nlp, text, expected):
    assert values(found(nlp, text)) == expected


def test_roman_numerals_before_a_count_are_not_months(nlp):
    assert values(found(nlp, "Do klas IV–VI 2025 uczniów dołączy we wrześniu.")) == []


def test_weekend_of_a_month_is_the_month(nlp):
    doc = found(nlp, "Toruń, 11.04.2025\nW ostatni weekend kwietnia startuje sezon rejsów.")
    assert ("kwietnia", "2025-04", "2025-04") in values(doc)


def test_date_line_below_a_letterhead(nlp):
    doc = found(nlp, "URZĄD MARSZAŁKOWSKI\nWOJEWÓDZTWA PODKARPACKIEGO\nDepartament Edukacji, Nauki i Sportu\n"
                     "al. Łukasza Cieplińskiego 4, 35-010 Rzeszów\ntel. 17 747 67 00, fax 17 747 67 01\n"
                     "NIP: 813-33-15-014, REGON: 690581810\n\nRzeszów, 14.04.2025 r.\n\nINFORMACJA PRASOWA\n"
                     "Stypendia marszałka dla 320 uczniów\n\nZarząd Województwa Podkarpackiego ogłosił nabór wniosków "
                     "o stypendia dla uzdolnionych uczniów szkół ponadpodstawowych.")
    assert doc._.published == "2025-04-14"


def test_schedule_line_below_the_top_is_not_a_date_line(nlp):
    doc = found(nlp, "Szkolenia dla firm\n\nZapraszamy\nna cykl\nbezpłatnych\nszkoleń.\nHarmonogram:\n"
                     "08.05.2025 (czw.) – Opole\n13.05.2025 (wt.) – Nysa\n\nZapisy prowadzimy do 5 maja przez formularz "
                     "na stronie internetowej punktu informacyjnego.")
    assert doc._.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pierwsza transza trafi na konta uczniów w X 2025 r.", [("X 2025 r.", "2025-10", "2025-10")]),
        ("Dyżury zaplanowano w dniach 22–30 IV 2025 r. w godz. 9.00–14.00.", [("22–30 IV 2025 r.", "2025-04-22", "2025-04-30")]),
        ("Kolejny cykl szkoleń planujemy w IX–XI 2025 r.", [("IX–XI 2025 r.", "2025-09", "2025-11")]),
    ],
)
def test_roman_months(nlp, text, expected):
    assert values(found(nlp, text)) == expected


def test_roman_numeral_before_a_bare_year_is_not_a_month(nlp):
    assert values(found(nlp, "Pius XII 1939 wybrany na papieża.")) == []


def test_headline_weekday_takes_the_dated_one(nlp):
    doc = found(nlp, "Utrudnienia w ruchu w sobotę\n\nBielsko-Biała, 8 sierpnia 2025 r.\n\n"
                     "W sobotę, 9 sierpnia, przez powiat przejedzie wyścig.")
    assert ("w sobotę", "2025-08-09", "2025-08-09") in values(doc)


def test_roman_month_with_a_year_marker(nlp):
    doc = found(nlp, "Białystok, 23 kwietnia 2025 r.\nProjekty można składać do 30 V br. przez platformę.")
    assert ("30 V br.", "2025-05-30", "2025-05-30") in values(doc)


def test_weekday_before_its_date_in_figures_is_that_date(nlp):
    # 23 April 2025 is a Wednesday: "w środę 7.05" is 7 May, not next Wednesday.
    doc = found(nlp, "Białystok, 23 kwietnia 2025 r.\nUrząd zaprasza na spotkania: w środę 7.05 w Centrum Aktywności.")
    assert values(doc)[1:] == [("7.05", "2025-05-07", "2025-05-07")]


def test_iso_timestamp_byline(nlp):
    doc = found(nlp, "Data publikacji: 2025-04-24T10:15:00+02:00\nKategoria: Cyfryzacja\n\nOstatni nabór w programie.")
    assert doc._.published == "2025-04-24"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data publikacji: 2025-04-24\nWebinaria dla gmin 28–29.04", ("28–29.04", "2025-04-28", "2025-04-29")),
        ("Data publikacji: 2025-04-24\nDyżury w dniach 2–3.05. br. w urzędzie.", ("2–3.05. br.", "2025-05-02", "2025-05-03")),
        ("Data publikacji: 2025-04-24\nRozliczenie nastąpi w 1. połowie 2026 r.", ("1. połowie 2026 r.", "2026-01", "2026-06")),
    ],
)
def test_yearless_figures_ranges_and_numbered_halves(nlp, text, expected):
    assert expected in values(found(nlp, text))


def test_heading_wrapped_before_z_dnia_gives_the_release_date(nlp):
    text = ("Komunikat Państwowego Powiatowego Inspektora Sanitarnego w Nowym Sączu\nz dnia 7 lipca 2025 r.\n\n"
            "w sprawie przydatności wody do spożycia\n\nPierwsze beczkowozy wyjechały już w poniedziałek wieczorem.")
    doc = found(nlp, text)
    assert doc._.published == "2025-07-07"
    # The past tense counts back from the release's date, a Monday itself.
    assert ("w poniedziałek", "2025-07-07", "2025-07-07") in values(doc)


def test_wrapped_heading_of_a_resolution_is_not_the_release_date(nlp):
    text = "Uchwała nr XII/34/2025 Rady Gminy Łososina Dolna\nz dnia 12 marca 2025 r.\n\nw sprawie budżetu."
    assert found(nlp, text)._.published is None


def test_past_form_after_bedzie_is_the_future(nlp):
    doc = found(nlp, "Poznań, 28.11.2025\nNowy rozkład będzie obowiązywał od marca.")
    assert ("marca", "2026-03", "2026-03") in values(doc)


def test_weekday_in_a_new_paragraph_counts_from_the_release_not_an_older_date(nlp):
    text = ("Tomaszów Mazowiecki, 13 lutego 2026\n\nOświadczenie o odstąpieniu od umowy spółka złożyła "
            "30 grudnia 2025 r.\n\nW środę szpital podpisał umowę na dokończenie inwestycji.")
    assert ("W środę", "2026-02-11", "2026-02-11") in values(found(nlp, text))


def test_weekday_in_the_same_paragraph_follows_the_story(nlp):
    text = ("Kraków, 20 marca 2025 r.\n\nAwaria zaczęła się 3 marca 2025 r., a w środę ekipy "
            "usunęły usterkę.")
    assert ("w środę", "2025-03-05", "2025-03-05") in values(found(nlp, text))


# --- places, people and dates of new senders ----------------------------------------------------

def test_dateline_of_two_senders_towns(nlp):
    text = "Wrocław/Opole, 2 czerwca 2026 r.\n\nLetnia szkoła pogranicza\n\nUczelnie zapraszają studentów."
    assert found(nlp, text)._.published == "2026-06-02"


def test_quarter_numbered_in_words(nlp):
    text = "Decyzja zapadnie po analizie ruchu w drugim kwartale 2026 roku."
    assert ("drugim kwartale 2026 roku", "2026-04", "2026-06") in values(found(nlp, text))


def test_planned_participle_puts_a_day_ahead(nlp):
    # "zaprosił ... na obchody zaplanowane na 14–16 sierpnia": August ahead of a May release.
    text = ("Jędrzejów, 12 maja 2026 r.\n\nZastępca burmistrza zaprosił mieszkańców na obchody, "
            "zaplanowane na 14–16 sierpnia.")
    assert ("14–16 sierpnia", "2026-08-14", "2026-08-16") in values(found(nlp, text))


def test_future_weekday_follows_a_day_ahead_not_a_far_run(nlp):
    # The Friday after "w czwartek 14 maja", not a Friday of the August run named paragraphs later.
    text = ("Bielsko-Biała, 28.04.2026\n\nGrupa z Żywca wyjdzie już w czwartek 14 maja i zanocuje w Ślemieniu. "
            "Grupy z Andrychowa dołączą w piątek, a z Oświęcimia – w sobotę rano.\n\n"
            "Dni Młodzieży zaplanowano na 21–23 sierpnia.")
    got = values(found(nlp, text))
    assert ("w piątek", "2026-05-15", "2026-05-15") in got
    assert ("w sobotę", "2026-05-16", "2026-05-16") in got


def test_dateline_of_a_town_opening_with_an_adjective(nlp):
    text = "Nowy Targ, 8 kwietnia 2026 r.\n\nRemont drogi z Nowego Targu do Chochołowa\n\nZarząd Dróg informuje."
    assert found(nlp, text)._.published == "2026-04-08"


def test_roman_month_without_a_year_takes_the_releases(nlp):
    text = ("Gliwice, 17 IV 2026\n\nW dniach 12–14 V w Gliwicach odbędzie się konferencja. "
            "Zgłoszenia referatów przyjmowane są do 30 IV. Kierowca z kl. 3 IV zdał egzamin.")
    got = values(found(nlp, text))
    assert ("12–14 V", "2026-05-12", "2026-05-14") in got
    assert ("30 IV", "2026-04-30", "2026-04-30") in got
    assert not any(surface.startswith("3 IV") for surface, _, _ in got)


def test_night_from_one_weekday_to_the_next_holds_both_days(nlp):
    text = ("Jelenia Góra, 9 lutego 2026\n\nRatownicy GOPR w nocy z soboty na niedzielę sprowadzili z rejonu "
            "Śnieżki dwoje turystów z Czech.")
    assert ("nocy z soboty na niedzielę", "2026-02-07", "2026-02-08") in values(found(nlp, text))
    # Two days that are no night's ("z piątku na niedzielę") are left to the weekday rule.
    text = "Jelenia Góra, 9 lutego 2026\n\nWyjazd przełożono w nocy z piątku na niedzielę."
    assert not any(surface.startswith("nocy") for surface, _, _ in values(found(nlp, text)))


def test_two_years_under_one_roku_are_one_span(nlp):
    text = ("Warszawa, 04.03.2026\n\nKolejne nabory zaplanowano w 2027 i 2028 roku. Pływalnia była obiecywana "
            "mieszkańcom już w 2018 i w 2023 roku.")
    got = values(found(nlp, text))
    assert ("2027 i 2028 roku", "2027", "2028") in got
    assert ("2018", "2018", "2018") in got and ("2023 roku", "2023", "2023") in got


def test_a_meeting_called_on_a_weekday_is_that_days_not_a_planned_one(nlp):
    # "zwołała w czwartek" in a Thursday's release is that Thursday; "zwołał sesję na piątek" lies ahead.
    text = ("Warszawa, 12.02.2026\n\nWojewoda podkarpacki Teresa Kubas-Hul zwołała w czwartek posiedzenie "
            "zespołu kryzysowego. Starosta zwołał sesję na piątek.")
    got = values(found(nlp, text))
    assert ("w czwartek", "2026-02-12", "2026-02-12") in got
    assert ("na piątek", "2026-02-13", "2026-02-13") in got


def test_every_weekday_of_a_month_is_that_month(nlp):
    text = ("Kraków, 2 listopada 2026 r.\n\nW każdy czwartek listopada kuratorzy oprowadzą po wystawie. "
            "Spektakl grany jest w każdą sobotę o godz. 12.00.")
    got = values(found(nlp, text))
    assert ("listopada", "2026-11", "2026-11") in got
    assert not any(surface.startswith(("czwartek", "sobot")) for surface, _, _ in got)
    # A schedule lies ahead whatever the sentence's tense.
    text = "Łódź, 3 marca 2026 r.\n\nTeatr przygotował spektakl grany w każdą sobotę maja o godz. 12.00."
    assert ("maja", "2026-05", "2026-05") in values(found(nlp, text))


def test_a_warnings_hours_inside_its_range(nlp):
    text = ("Warszawa, 1 lipca 2026 r.\n\nTrzeci stopień obowiązuje od czwartku, 2 lipca, od godz. 11:00 do "
            "soboty, 4 lipca, do godz. 20:00. Ostrzeżenia wydano od 12 lutego, godz. 20.00 do 15 lutego.")
    got = values(found(nlp, text))
    assert ("od czwartku, 2 lipca, od godz. 11:00 do soboty, 4 lipca", "2026-07-02", "2026-07-04") in got
    assert ("od 12 lutego, godz. 20.00 do 15 lutego", "2026-02-12", "2026-02-15") in got


def test_seasons_of_two_years_are_a_range_of_years(nlp):
    text = "Limanowa, 30 stycznia 2026 r.\n\nBudowa ma potrwać od wiosny 2027 do jesieni 2028 roku."
    assert ("od wiosny 2027 do jesieni 2028 roku", "2027", "2028") in values(found(nlp, text))


def test_a_forecast_weekday_lies_ahead(nlp):
    text = ("Warszawa, 1 lipca 2026 r.\n\nSynoptycy prognozują opady do 50 mm na Dolnym Śląsku, a w sobotę – "
            "w Małopolsce.")
    assert ("w sobotę", "2026-07-04", "2026-07-04") in values(found(nlp, text))


def test_a_year_ago_is_the_year_before_the_releases(nlp):
    text = ("Zgierz, 18.05.2026\n\nRok temu Dni Zgierza odwiedziło ok. 40 tys. osób, a dwa lata temu – 30 tys. "
            "Przed rokiem 2020 festiwalu nie było.")
    got = values(found(nlp, text))
    assert ("Rok temu", "2025", "2025") in got and ("dwa lata temu", "2024", "2024") in got
    assert not any(surface.startswith("Przed rokiem") for surface, _, _ in got)


def test_a_run_named_paragraphs_later_holds_no_weekday(nlp):
    text = ("Krasiczyn, 14 maja 2026 r.\n\nGoście z Litwy odwiedzili wcześniej Przemyśl, a w piątek pojadą do "
            "Sanoka i Krosna.\n\nPierwszym wspólnym przedsięwzięciem będzie obóz, zaplanowany na 20–30 lipca.")
    assert ("w piątek", "2026-05-15", "2026-05-15") in values(found(nlp, text))


def test_a_comma_after_the_first_year_of_a_range_and_a_timetables_weekday(nlp):
    text = ("Katowice, 1 grudnia 2026 r.\n\nRozkład będzie obowiązywał od niedzieli, 13 grudnia 2026 r., do "
            "12 czerwca 2027 r. W święta pociągi pojadą według rozkładu sobotniego.")
    got = values(found(nlp, text))
    assert ("od niedzieli, 13 grudnia 2026 r., do 12 czerwca 2027 r.", "2026-12-13", "2027-06-12") in got
    assert not any(surface.startswith("sobotn") for surface, _, _ in got)


def test_weekdays_from_to_in_a_past_story_are_days_and_opening_hours_are_not(nlp):
    text = ("Limanowa, 16 listopada 2026 r.\n\nDwie osoby zginęły w wypadkach, do których doszło od piątku do "
            "niedzieli na drogach powiatu. Biuro jest czynne od poniedziałku do piątku w godz. 8–16.")
    got = values(found(nlp, text))
    assert ("od piątku do niedzieli", "2026-11-13", "2026-11-15") in got
    assert not any(surface.startswith("od poniedziałku") for surface, _, _ in got)


def test_a_month_to_the_end_of_a_half_year(nlp):
    text = ("Lublin, 20.11.2026\n\nPrace potrwają od marca 2027 r. do końca II półrocza 2028 r. Odbiór planowany "
            "jest od stycznia 2029 r. do III kwartału 2029 r.")
    got = values(found(nlp, text))
    assert ("od marca 2027 r. do końca II półrocza 2028 r.", "2027-03", "2028-12") in got
    assert ("od stycznia 2029 r. do III kwartału 2029 r.", "2029-01", "2029-09") in got


def test_years_alone_in_parentheses_are_a_period_unless_a_programme(nlp):
    text = ("Falenty, 9 listopada 2026 r.\n\nPoprzednie projekty dotyczyły jakości wód w zlewni Niemna (2019–2022) "
            "i retencji na Podlasiu (2021–2024). Środki pochodzą z RPO WP (2014–2020).")
    got = values(found(nlp, text))
    assert ("2019–2022", "2019", "2022") in got and ("2021–2024", "2021", "2024") in got
    assert not any(surface == "2014–2020" for surface, _, _ in got)


def test_a_year_counted_from_the_year_before_it_but_not_a_comparison(nlp):
    text = ("Szczecin, 12 listopada 2026 r.\n\nW 1990 roku podpisano umowę z Greifswaldem, a rok później – z Nitrą. "
            "W 2025 roku uczelnia przyjęła o 9 proc. więcej studentów niż rok wcześniej.")
    got = values(found(nlp, text))
    assert ("rok później", "1991", "1991") in got
    assert not any(surface == "rok wcześniej" for surface, _, _ in got)


def test_a_week_before_a_weekday(nlp):
    text = ("Lubin, 16 listopada 2026 r.\n\nPiłkarki pokonały w niedzielę Storhamar 29:27. W pierwszym meczu, "
            "rozegranym tydzień wcześniej w Hamar, Norweżki wygrały 31:30.")
    assert ("tydzień wcześniej", "2026-11-08", "2026-11-08") in values(found(nlp, text))


def test_a_year_or_a_life_in_parentheses(nlp):
    text = ("Szczecin, 12 listopada 2026 r.\n\nZostał odznaczony Krzyżem Komandorskim Orderu Odrodzenia Polski (2005). "
            "Uczczono pamięć dyrektora Kazimierza Gołby (1930–2019).")
    got = values(found(nlp, text))
    assert ("2005", "2005", "2005") in got and ("1930–2019", "1930", "2019") in got


def test_two_weeks_after_a_day_and_a_hundred_years_ago(nlp):
    text = ("Nowy Sącz, 4 listopada 2026 r.\n\nSto lat temu urodził się malarz Wiesław Rzońca. Prace w Topolinie "
            "zakończono 9 października, a w Mariewie – dwa tygodnie później.")
    got = values(found(nlp, text))
    assert ("Sto lat temu", "1926", "1926") in got and ("dwa tygodnie później", "2026-10-23", "2026-10-23") in got


def test_published_from_a_current_report_title_with_its_date(nlp):
    text = ("Raport bieżący nr 8/2026 z dnia 24 kwietnia 2026 r.\n\nTemat: Zawarcie aneksu do umowy kredytu\n\n"
            "Zarząd spółki informuje, że w dniu 23 kwietnia 2026 r. Emitent zawarł z Bankiem aneks.")
    assert found(nlp, text)._.published == "2026-04-24"
    # a report's number alone gives no date; a date further into a long line is not the report's
    text = ("Raport bieżący nr 8/2026\n\nZarząd spółki informuje, że w dniu 23 kwietnia 2026 r. Emitent zawarł aneks "
            "do umowy kredytu obrotowego z dnia 15 maja 2021 r.")
    assert found(nlp, text)._.published is None


def test_years_ago_but_not_a_comparison(nlp):
    text = ("Nowy Targ, 11 października 2026 r.\n\nWłosi przyjechali do nas pierwszy raz pięć lat temu. "
            "Przed rokiem majówka przyniosła regionowi rekord.")
    got = values(found(nlp, text))
    assert ("pięć lat temu", "2021", "2021") in got and ("Przed rokiem", "2025", "2025") in got
    text = ("Zakopane, 5 maja 2025 r.\n\nRatownicy interweniowali 412 razy, o 9 proc. częściej niż przed rokiem. "
            "Szkoła powstała dwadzieścia pięć lat temu. Doktoryzowali się u nas pięć, sześć lat temu. "
            "Jeszcze dziesięć lat temu nad rzeką były tylko chaszcze.")
    got = values(found(nlp, text))
    assert not any(surface.endswith(("przed rokiem", "lat temu")) for surface, _, _ in got)


def test_a_deadline_without_a_verb_to_date_it_is_ahead(nlp):
    text = ("Lublin, 18 marca 2026 r.\n\nWsparcie funduszu wyniesie w tym roku 15 mln zł. "
            "Wnioski można składać do 30 września.")
    assert ("30 września", "2026-09-30", "2026-09-30") in values(found(nlp, text))
    text = "Lublin, 18 marca 2026 r.\n\nWnioski przyjmujemy do dnia 30 września."
    assert ("30 września", "2026-09-30", "2026-09-30") in values(found(nlp, text))
    # a past verb still dates it back; a bare day with no deadline keeps the nearest year
    text = "Lublin, 18 marca 2026 r.\n\nWnioski można było składać do 30 września."
    assert ("30 września", "2025-09-30", "2025-09-30") in values(found(nlp, text))
    text = "Lublin, 18 marca 2026 r.\n\nKomisja oceniła wnioski, a 30 września ogłoszono listę rankingową."
    assert ("30 września", "2025-09-30", "2025-09-30") in values(found(nlp, text))


def test_a_day_moved_to_a_dated_day_takes_its_year(nlp):
    text = ("Zielona Góra, 2 września 2026 r.\n\nAneks przesuwa termin zakończenia prac z 30 kwietnia na "
            "31 sierpnia 2027 r. i zwiększa wartość kontraktu o 4,2 mln zł.")
    got = values(found(nlp, text))
    assert ("30 kwietnia", "2027-04-30", "2027-04-30") in got and ("31 sierpnia 2027 r.", "2027-08-31", "2027-08-31") in got
    # without a year after "na" the day keeps the release's
    text = "Zielona Góra, 2 września 2026 r.\n\nSpotkanie przeniesiono z 3 maja na 10 maja."
    assert ("3 maja", "2026-05-03", "2026-05-03") in values(found(nlp, text))


def test_weekdays_joined_before_the_days_they_name(nlp):
    text = ("Olsztyn, 17 listopada 2025 r.\n\nŚwiąteczna Zbiórka Żywności odbędzie się w piątek i sobotę, "
            "28–29 listopada, w ponad 180 sklepach w całym regionie.")
    assert values(found(nlp, text))[1:] == [("28–29 listopada", "2025-11-28", "2025-11-29")]
    # with no date right after them the weekdays are resolved themselves
    text = "Olsztyn, 17 listopada 2025 r.\n\nZbiórka odbędzie się w piątek i sobotę w ponad 180 sklepach."
    assert values(found(nlp, text))[1:] == [("w piątek", "2025-11-21", "2025-11-21"), ("i sobotę", "2025-11-22", "2025-11-22")]


def test_days_of_a_past_story_take_its_year(nlp):
    text = ("Białystok, 31 sierpnia 2026 r.\n\nEkspozycja przypomni obronę Wizny oraz wkroczenie Armii Czerwonej do "
            "Białegostoku 22 września 1939 r.\n\nNa wystawie pokazano zdjęcia. – To także Różan i Zambrów, gdzie "
            "żołnierze walczyli do 13 września, oraz Grodno, bronione przez mieszkańców 20–22 września – mówi "
            "historyk IPN.\n\nWystawa będzie prezentowana w Białymstoku do 30 września.")
    got = values(found(nlp, text))
    assert ("13 września", "1939-09-13", "1939-09-13") in got and ("20–22 września", "1939-09-20", "1939-09-22") in got
    # the future is the release's: the exhibition runs to this September
    assert ("30 września", "2026-09-30", "2026-09-30") in got
    # a story of another month, or of last year, does not lend its year
    text = ("Białystok, 31 sierpnia 2026 r.\n\nSpółka powstała 12 marca 2010 r. w Białymstoku. "
            "Umowę z gminą podpisała 20 sierpnia w ratuszu.")
    assert ("20 sierpnia", "2026-08-20", "2026-08-20") in values(found(nlp, text))
    text = ("Białystok, 31 sierpnia 2026 r.\n\nPierwszą umowę podpisano 12 lipca 2025 r. "
            "Kolejną strony zawarły 20 sierpnia w ratuszu.")
    assert ("20 sierpnia", "2026-08-20", "2026-08-20") in values(found(nlp, text))


def test_last_month_after_a_paragraph_break_is_not_the_story_s(nlp):
    # A quote recalls September 2024; the next paragraph's "w październiku" is the month before the release.
    text = ("Wrocław, dnia 27.11.2026 r.\n\n– Wrocław po powodzi z 1997 roku i po wrześniu 2024 r. stał się "
            "laboratorium miejskiej retencji – mówi przewodniczący komitetu.\n\nKonferencja jest współfinansowana "
            "przez ministerstwo. Umowę o dofinansowanie uczelnia podpisała w październiku.")
    assert ("październiku", "2026-10", "2026-10") in values(found(nlp, text))
    # in the same paragraph the story still lends its year
    text = ("Wrocław, dnia 27.11.2026 r.\n\nPo wrześniu 2024 r. miasto zbudowało zbiorniki, "
            "a w październiku rozpoczęło przegląd wałów.")
    assert ("październiku", "2024-10", "2024-10") in values(found(nlp, text))


def test_nearest_and_last_weekdays_count_from_the_release(nlp):
    # A run of days named earlier ("w dniach 1–5 lutego") holds a Wednesday, but "najbliższa" is the next one.
    text = ("Opole, 4 grudnia 2026 r.\n\n3) rozmowy kwalifikacyjne – w dniach 1–5 lutego 2027 r.,\n\n"
            "Straż przygotowała dzień otwarty. Odbędzie się on w najbliższą środę w Opolu.")
    assert ("w najbliższą środę", "2026-12-09", "2026-12-09") in values(found(nlp, text))
    text = ("Lublin, 7 XII 2026 r.\n\nFestiwal odbędzie się od 19 do 25 kwietnia 2027 r. Kolejne spotkanie "
            "odbędzie się w przyszły poniedziałek w Centrum Kultury.")
    assert ("w przyszły poniedziałek", "2026-12-14", "2026-12-14") in values(found(nlp, text))
    text = ("Opole, 4 grudnia 2026 r.\n\nSzkolenia odbędą się w dniach 7–11 grudnia. Umowę podpisano "
            "w ubiegły czwartek.")
    assert ("w ubiegły czwartek", "2026-12-03", "2026-12-03") in values(found(nlp, text))


def test_a_season_or_a_year_of_a_kind_is_its_year(nlp):
    text = ("Kołobrzeg, 9 września 2027 r.\n\nGmina przekaże policji 180 tys. zł na dodatkowe patrole w sezonie "
            "turystycznym 2028. Wartość umowy przekracza 20% przychodów Spółki za rok obrotowy 2025.")
    got = values(found(nlp, text))
    assert ("sezonie turystycznym 2028", "2028", "2028") in got and ("rok obrotowy 2025", "2025", "2025") in got
    # a number that counts something, and a season over two years, stay as they were
    text = "Kołobrzeg, 9 września 2027 r.\n\nW sezonie letnim 2028 osób odwiedziło park. Sezon grzewczy 2024/2025 trwa."
    got = values(found(nlp, text))
    assert not any(start == "2028" for _, start, _ in got) and ("Sezon grzewczy 2024/2025", "2024", "2025") in got


def test_a_closure_from_a_day_and_hour_to_a_day_in_figures(nlp):
    text = ("Rzeszów, 12 listopada 2026 r.\n\nDroga zostanie całkowicie zamknięta dla ruchu od poniedziałku "
            "16.11.2026 r. od godz. 7:00 do piątku 20.11.2026 r. do godz. 18:00.")
    got = values(found(nlp, text))
    assert got[1:] == [("od poniedziałku 16.11.2026 r. od godz. 7:00 do piątku 20.11.2026 r.", "2026-11-16", "2026-11-20")]
    # two days in figures that are no span stay two days
    text = "Rzeszów, 12 listopada 2026 r.\n\nDroga będzie zamknięta 16.11.2026 r. od godz. 7:00, a most 20.11.2026 r."
    got = values(found(nlp, text))
    assert ("16.11.2026 r.", "2026-11-16", "2026-11-16") in got and ("20.11.2026 r.", "2026-11-20", "2026-11-20") in got


def test_months_of_every_year_are_no_date(nlp):
    text = ("Lublin, 4 grudnia 2026 r.\n\nPierwsza dostawa nastąpi do 31 marca 2027 r. Dostawy będą realizowane "
            "w okresach: od lutego do kwietnia oraz od sierpnia do października każdego roku. Kolejną umowę "
            "strony podpiszą w maju.")
    got = values(found(nlp, text))
    assert not any(start in ("2027-02", "2027-08") for _, start, _ in got)
    assert ("maju", "2027-05", "2027-05") in got and ("31 marca 2027 r.", "2027-03-31", "2027-03-31") in got


def test_a_range_with_its_starting_hour_in_parentheses(nlp):
    text = ("Kraków, 14 grudnia 2026 r.\n\nLinia będzie zamknięta od 5 stycznia 2027 r. (od godz. 4:00) do "
            "28 lutego 2027 r. Pociągi zastąpi komunikacja autobusowa.")
    assert values(found(nlp, text))[1:] == [("od 5 stycznia 2027 r. (od godz. 4:00) do 28 lutego 2027 r.", "2027-01-05", "2027-02-28")]
    # a bracketed remark that is no hour leaves two days
    text = "Kraków, 14 grudnia 2026 r.\n\nOd 5 stycznia 2027 r. (w dni robocze) do 28 lutego 2027 r. kursują autobusy."
    assert ("28 lutego 2027 r.", "2027-02-28", "2027-02-28") in values(found(nlp, text))


def test_a_weekday_adjective_is_the_day_of_that_weekday_the_text_dates(nlp):
    text = ("Rzeszów, 25 lutego 2027 r.\n\nSolistów usłyszymy w Rzeszowie w piątek, 5 marca, i w sobotę, 6 marca. "
            "Koncert piątkowy będzie transmitowany przez Polskie Radio Rzeszów.")
    assert ("piątkowy", "2027-03-05", "2027-03-05") in values(found(nlp, text))
    # with no Friday dated in the text it is the next Friday
    text = "Rzeszów, 25 lutego 2027 r.\n\nKoncert piątkowy będzie transmitowany przez Polskie Radio Rzeszów."
    assert ("piątkowy", "2027-02-26", "2027-02-26") in values(found(nlp, text))


def test_since_a_weekday_in_the_present_is_a_day_gone_by(nlp):
    text = ("Opole, 21 września 2026 r.\n\nWolontariusze z diecezji opolskiej od wtorku pomagają przy sprzątaniu "
            "w Lewinie Brzeskim, Chróścinie i Łosiowie.")
    assert ("od wtorku", "2026-09-15", "2026-09-15") in values(found(nlp, text))
    # with no verb, or a future one, "od" a weekday starts ahead
    text = "Opole, 18 września 2026 r.\n\nBilety od poniedziałku. Od wtorku będzie obowiązywał nowy rozkład."
    got = values(found(nlp, text))
    assert ("od poniedziałku", "2026-09-21", "2026-09-21") in got and ("Od wtorku", "2026-09-22", "2026-09-22") in got
