"""Eleventh held-out check: komunikat on 29 hand-annotated press releases centred on places, people
and dates, from senders and in shapes the earlier folders had not covered.

The fixtures in ``tests/fixtures/heldout11`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a county
office's visit from a Slovak town known to no dictionary ("ze słowackiego Svidníka", "w Jędrzejowie i
Svidníku"), a ferry line "Gdynia–Karlskrona" with Swedish towns in every case and a memorandum "z
Ørsted", a police communiqué over villages in -owa, -ówka and -yna, a dateline of two towns
("Wrocław/Opole, 2 czerwca 2026 r.") and Lithuanian and Ukrainian scholars, a diocesan pilgrimage with
weekdays of its own week; then a court's verdict on smuggling over the Lithuanian border, a Bieszczady
tourist board with Slovak towns never written in the nominative ("słowacką Sninę", "do Humennégo"), a
fire brigade's storm night ("W nocy z 20 na 21 czerwca"), a railway "z Krakowa do Zakopanego" and on to
"słowacką Plaveč", and a Polish-German county partnership; then a Kashubian gmina and Hagen im
Bremischen ("burmistrz Wittenberg", "Hans-Peter Lüdemann"), a university's award winners in every
case ("Gratulujemy pani profesor Annie Nowakowskiej-Ziębie"), an organ festival with Czech and
Lithuanian organists, a border guard's seizure on the route "Lwów–Przemyśl", and an airport's routes
("do Londynu-Luton", "do Antalyi", "Z Ryanair lotnisko prowadzi rozmowy"); then Kostrzyn and Seelow, a
district court's bench listed surname first, Masuria and Dzūkija ("Olity, Druskienik i Merecza"), a
medical university's partners "z Grodna, Brześcia i Wołkowyska" and a Baltic ferry; then a police
search with a surname-first list of the honoured, a Polish-Czech mining conference with Czech titles
("doc. Ing. Petr Novák, Ph.D."), an archdiocese's pilgrimage to Lviv, a railway "do Hradca Králové i
Liberca" and a county road authority's detours via Slovakia; and a city's honorary citizens ("Z ks.
infułatem Czesławem Galkiem-Rudym", "Jan Paweł II") and a half-marathon's results "Nowak-Sowa Justyna
(Kraśnik)"; and a ministry's call with numeric ranges ("15.05–30.06.2026", "W czwartek 21.05") and a
hospital's holiday duty days across the new year ("31.12.2026–2.01.2027", "lek. Oksana Dmytruk-Sala").

Each batch was measured once, blind, before any rule was written against it (mean F1):
- 001-005: 0.914 (people 0.96, organisations 0.86, locations 0.92, dates 0.89, agreements 0.86,
  contacts 1.00; published 0.89);
- 006-010: 0.884 (people 0.97, organisations 0.77, locations 0.92, dates 0.97, agreements 0.67,
  contacts 1.00; published 1.00);
- 011-015: 0.900 (people 0.91, organisations 0.84, locations 0.89, dates 0.97, agreements 0.80,
  contacts 1.00; published 1.00);
- 016-020: 0.931 (people 0.98, organisations 0.86, locations 0.94, dates 1.00, agreements 0.80,
  contacts 1.00; published 1.00);
- 021-025: 0.931 (people 1.00, organisations 0.94, locations 0.88, dates 1.00, agreements 0.77,
  contacts 1.00; published 0.89);
- 026-027: 0.967 (people 0.97, organisations 0.86, locations 0.98, dates 1.00, contacts 1.00;
  published 1.00);
- 028-029: 0.964 (people 0.88, organisations 0.91, locations 1.00, dates 1.00, contacts 1.00;
  published 1.00).
After the people, places and dates fixes made from their failures, all 29 score mean F1 0.944
(people 0.990, organisations 0.85, locations 0.976, dates 0.995, agreements 0.85, contacts 1.00;
published 1.00); organisations and agreements were left to their own stages. Golds brought to the folders' conventions after a blind run, never to the output:
002 and 020 list "Bałtyk" as heldout10 does, 020 lists its dateline's Szczecin, 013-015 drop "w tym
roku" (left out everywhere else, date_relative_years.tsv), 018 drops "rejon olicki" named only as an
office ("mer rejonu olickiego"); 009's "Starej Lubowni" was a typo for "Starej Lubowli". The floors in
test_heldout_scores.py sit about 0.05 below the final scores; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder, people_names, place_names

HELDOUT11 = Path(__file__).resolve().parent / "fixtures" / "heldout11"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT11)


def test_forms_of_a_foreign_town_are_one_place(records):
    visit = records["001_starostwo_jedrzejow_svidnik"]
    places = place_names(visit)
    assert {"Svidník", "Bardejov", "Małogoszcz"} <= places  # "ze słowackiego Svidníka", "W Małogoszczy"
    assert not {"Svidníku", "Svidníka", "Małogoszczy"} & places


def test_company_after_an_agreement_noun_and_a_ship_are_no_places(records):
    ferry = records["002_prom_gdynia_karlskrona"]
    places = place_names(ferry)
    assert {"Karlskrona", "Växjö", "Kalmar", "Ronneby", "Nynäshamn"} <= places
    assert not {"Ørsted", "Kaszuby", "Karlskron"} & places
    assert "Mette Kjærgaard Holm" in people_names(ferry)


def test_two_towns_dateline_and_weekdays_of_the_story(records):
    schools = records["004_uczelnie_szkola_letnia"]
    assert schools["published"] == "2026-06-02"  # "Wrocław/Opole, 2 czerwca 2026 r."
    assert ("2026-05-29", "2026-05-29") in date_pairs(schools)  # "podpisali w piątek": the Friday before
    pilgrimage = records["005_diecezja_pielgrzymka"]
    # "wyjdzie już w czwartek 14 maja ... dołączą w piątek": the next day, not a Friday of August
    assert ("2026-05-15", "2026-05-15") in date_pairs(pilgrimage)
    assert ("2026-08-21", "2026-08-21") not in date_pairs(pilgrimage)


def test_towns_never_written_in_the_nominative(records):
    bieszczady = place_names(records["007_lot_bieszczady_sezon"])
    assert {"Snina", "Stary Sambor"} <= bieszczady and "Sniny" not in bieszczady
    assert "Sambor Stary" not in people_names(records["007_lot_bieszczady_sezon"])
    rail = place_names(records["009_koleje_krakow_zakopane"])
    assert {"Plaveč", "Stara Lubowla", "Lewocza", "Stróże", "Grybów"} <= rail
    czech = place_names(records["024_koleje_dolnoslaskie_czechy"])
    assert {"Hradec Králové", "Liberec"} <= czech and "Liberca" not in czech


def test_persons_in_every_case_and_surname_first_lists(records):
    awards = records["012_politechnika_rzeszow_nagrody"]
    assert "Nowakowską-Ziębą" not in people_names(awards)  # "z prof. Nowakowską-Ziębą" joins Anna's
    court = people_names(records["017_sad_ketrzyn_rozprawa"])
    assert {"Ewa Nowak-Kubiak", "Joanna Piątek-Woźniak"} <= court
    assert {frozenset({"Jan", "Kowalczyk"}), frozenset({"Maria", "Zawadzka"})} <= {
        frozenset(n.split()) for n in court}
    honours = people_names(records["026_zamosc_honorowi_obywatele"])
    assert {"Jan Paweł II", "Czesław Galek-Rudy", "Janina Kłopotowska-Szwed"} <= honours


def test_surname_known_as_a_town_and_a_first_name_after_gminy(records):
    hagen = records["011_gmina_sierakowice_hagen"]
    places = place_names(hagen)
    assert not {"Wittenbergi", "Wittenberg", "Hans-Peter Lüdemann"} & places
    assert "Andreas Wittenberg" in people_names(hagen)


def test_lists_in_the_case_of_their_preposition(records):
    assert {"Wołkowysk", "Brześć"} <= place_names(records["019_umb_grodno_wspolpraca"])
    assert {"Druskieniki", "Olita"} <= place_names(records["018_mazury_litwa_turystyka"])
    assert "Nagnajów" in place_names(records["021_policja_tarnobrzeg_poszukiwania"])
    airport = place_names(records["015_lotnisko_lublin_siatka"])
    assert {"Londyn-Luton", "Sztokholm-Skavsta", "Antalya"} <= airport
    assert not {"Ryanair", "Air"} & airport


def test_numeric_ranges_and_a_listed_foreign_first_name(records):
    call = records["028_ministerstwo_nabor_kgw"]
    assert {("2026-05-15", "2026-06-30"), ("2026-07-01", "2027-12-31"), ("2026-05-21", "2026-05-21")} <= date_pairs(call)
    hospital = records["029_szpital_gorlice_swieta"]
    assert ("2026-12-31", "2027-01-02") in date_pairs(hospital)
    assert "Oksana Dmytruk-Sala" in people_names(hospital)
