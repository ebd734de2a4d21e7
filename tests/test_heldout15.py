"""Fifteenth held-out check: komunikat on 15 hand-annotated releases centred on people, places and
dates, from senders and in shapes the earlier folders had not covered.

The fixtures in ``tests/fixtures/heldout15`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a listed
company's board changes ("powołała Pana Tomasza Wierzbickiego na stanowisko Prezesa Zarządu",
"rezygnacji z funkcji Członka Zarządu") with careers "W latach 2012–2018" and "Od marca 2018 r. do
października 2026 r.", a police weekend report with anonymised drivers ("Marek K. (34 l.)"), villages
and a range of weekdays ("od piątku do niedzieli"), a city's street investments over districts and
estates ("na osiedlu Sławinek", "ul. Bohaterów Monte Cassino", "od marca 2027 r. do końca II półrocza
2028 r."), a hockey club's Slovak, Finnish, Latvian, Czech and Canadian players after their nations'
nouns ("dla Fina Joonasa Lyytinena", "pokonał Zacha Fucale'a"), a peatland grant over Polish and
Lithuanian sites with periods in parentheses ("(2019–2022)"); then an obituary with a life's dates
("rok później", "(2005)"), a fire-service report over a list of villages in the genitive ("z
Kleczewa, Ślesina, Goliny, Wilczyna, Skulska"), a school's centenary with its patron and Slovak and
Czech partner schools, a cross-border rail and bike trail through Slovak and Ukrainian towns in Polish
forms, a handball club's foreign players with women's nation nouns ("Brazylijka Mariana Costa", "Duńka
Line Haugsted"); then a transport company's board change, a painter's centenary ("Sto lat temu",
"(1926–1998)"), a gmina's road works over its villages ("dwa tygodnie później"), a border police case
with Lithuanian towns ("w Łoździejach", "w Olicie") and a Polish-German forest drought grant.

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.766 (people 0.94, organisations 0.82, locations 0.91, dates 0.93, agreements 0.00 (a
  player's contract read as an agreement; the folders do not annotate them), contacts 1.00;
  published 1.00);
- 006-010: 0.746 (people 0.90, organisations 0.77, locations 0.84, dates 0.97, agreements 0.00 (a
  cooperation recalled from 1990 and players' contracts), contacts 1.00; published 1.00);
- 011-015: 0.957 (people 1.00, organisations 0.82, locations 0.95, dates 0.98, agreements 1.00,
  contacts 1.00; published 1.00).
After the people, places and dates fixes made from their failures, all 15 score mean F1 0.784
(people 0.980, organisations 0.80, locations 0.924, dates 0.997, agreements 0.00, contacts 1.00;
published 1.00); organisations and agreements were left to their own stages. Golds brought to the
folders' conventions after a blind run, never to the output: 003 drops "w tym roku" (the annotators
do not count it), 005 drops rivers and waters (Biebrza, Niemen, Zalew Kuroński) and a bog's name;
004's "z Słowakiem" was a typo in the text ("ze Słowakiem"), corrected after its blind run. The
floors in test_heldout_scores.py sit about 0.05 below the final scores; this module holds the hard
cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder, people_names, place_names

HELDOUT15 = Path(__file__).resolve().parent / "fixtures" / "heldout15"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT15)


def test_foreign_players_after_their_nations_nouns(records):
    hockey = records["004_hokej_unia_oswiecim_kadra"]
    assert {"Joonas Lyytinen", "Dominic Turgeon", "Zach Fucale", "Samuel Takáč"} <= people_names(hockey)
    assert not {"Joonasa", "Słowak"} & place_names(hockey)  # "Z Joonasem", "ze Słowakiem Samuelem"
    handball = records["010_pilka_reczna_kobiety_puchar"]
    assert {"Mariana Costa", "Line Haugsted", "Jovana Radičević", "Iryna Nowak"} <= people_names(handball)
    assert "Iryna" not in place_names(handball)  # "Z Iryną, Gabrielą i Jovaną"


def test_boards_name_people_not_bodies(records):
    board = people_names(records["001_raport_rada_nadzorcza_zarzad"])
    assert {"Tomasz Wierzbicki", "Dorota Kaczmarczyk-Lis", "Andrzej Rutkowski"} <= board
    assert not any("Nadzorcz" in name for name in board)  # "Przewodniczący Rady Nadzorczej Pan ..."


def test_estates_streets_and_villages_in_lists(records):
    city = place_names(records["003_um_lublin_inwestycje_drogowe"])
    assert "Sławinek" in city and "Monte Cassino" not in city
    fire = place_names(records["007_psp_konin_pozar_hali"])
    assert {"Wilczyn", "Skulsk"} <= fire and not {"Wilczyna", "Skulska"} & fire
    assert "Pyrzyce" in place_names(records["006_uczelnia_nekrolog_profesor"])  # "Obywatela Miasta Pyrzyce"


def test_ranges_periods_and_relative_years(records):
    assert ("2026-11-13", "2026-11-15") in date_pairs(records["002_policja_straz_weekend"])
    assert ("2027-03", "2028-12") in date_pairs(records["003_um_lublin_inwestycje_drogowe"])
    assert {("2019", "2022"), ("2021", "2024")} <= date_pairs(records["005_instytut_projekt_grant_torf"])
    obituary = date_pairs(records["006_uczelnia_nekrolog_profesor"])
    assert {("1991", "1991"), ("2005", "2005")} <= obituary
    assert ("2026-11-08", "2026-11-08") in date_pairs(records["010_pilka_reczna_kobiety_puchar"])
    assert {("1926", "1926"), ("1926", "1998")} <= date_pairs(records["012_muzeum_rocznica_malarza"])
    assert ("2026-10-23", "2026-10-23") in date_pairs(records["013_gmina_inwestycje_drogi_wsie"])
