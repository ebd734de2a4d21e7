"""Fourteenth held-out check: komunikat on 30 hand-annotated releases centred on people, places,
dates and contacts, from senders and in shapes the earlier folders had not covered.

The fixtures in ``tests/fixtures/heldout14`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: an opera
festival over two months with composers named by surname after their works ("„Halka” Moniuszki",
"„Rusałkę” Dvořáka") and Ukrainian, Lithuanian, Czech and Spanish singers, a government alert over
counties listed after a colon ("powiatów: sanockiego, leskiego, ...") and a night "z piątku na sobotę",
a prosecutor's indictment with anonymised suspects and Roman-numeral dates ("21 V 2026 r.", "16 VI
br."), a volleyball club's Lithuanian, Czech and Ukrainian players in every case, an honorary doctorate
for a Czech professor with title chains ("prof. dr hab. inż.", "dr hab. inż. ..., prof. PŚ") and a
range "12–14 V" with no year; then diocesan appointments ("ks. prał. dr", a deanery "dekanatu
Grybów"), a town council's vote with a surname-first list of councillors, a tourism board's long
weekend with an island "na wyspę Gilma" and contacts in "+48 (0) 604 ..." and "87/428-52-65", a
mountain rescue of Czech tourists ("Lucie Holubová") "w nocy z soboty na niedzielę", a foundation's
programme with years joined under one "roku" ("w 2027 i 2028 roku"); then a court's bench with lay
judges surname first, a flood alert with voivodeships in the plural ("województwa lubuskie i
opolskie"), a museum's loans from Lviv and Vilnius with painters as bare surnames in a list
("Wyspiańskiego, Mehoffera i Witolda Wojtkiewicza"), a conference with Ukrainian, Lithuanian and
Georgian scholars, a football club's foreign players after their nations' nouns ("obok Czecha Tomáša
Kaloča", "z Gruzinem Giorgim Beridzem"); then a county council session, a heat warning with its
voivodeships in bullets and its hours inside a range ("od czwartku, 2 lipca, od godz. 11:00 do soboty,
4 lipca"), a Polish-Lithuanian theatre premiere with a Lithuanian cast, Baltic ferry lines, a
hospital's first valve procedure; then a gmina's partnerships with a Ukrainian hromada and a
Lithuanian district ("z rejonem szawelskim"), a Tatra search with Slovak rescuers, a university's
habilitations in the dative, an open-air museum's summer ("w każdą niedzielę lipca i sierpnia"), a
town's days with partner-town guests ("Rok temu"); then a marshal's culture awards with a dashed
surname-first list, a railway timetable over towns named like people ("przez Wodzisław Śląski"), a
Caritas flood appeal with a bank account, a KRS number and an SMS number among its phones, an IPN
exhibition on September 1939, and a drought communiqué over rivers named like towns ("z Warty i
Noteci").

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.746 (people 0.91, organisations 0.81, locations 0.87, dates 0.88, agreements 0.00 (one
  player's contract read as an agreement; the folders do not annotate them), contacts 1.00;
  published 1.00);
- 006-010: 0.910 (people 0.98, organisations 0.63, locations 0.94, dates 0.91, agreements 1.00,
  contacts 1.00; published 1.00);
- 011-015: 0.773 (people 0.89, organisations 0.84, locations 0.92, dates 0.99, agreements 0.00 (three
  readings where the golds have none), contacts 1.00; published 1.00);
- 016-020: 0.927 (people 0.97, organisations 0.68, locations 0.95, dates 0.97, agreements 1.00,
  contacts 1.00; published 1.00);
- 021-025: 0.847 (people 0.98, organisations 0.59, locations 0.89, dates 0.96, agreements 0.67,
  contacts 1.00; published 1.00);
- 026-030: 0.909 (people 0.91, organisations 0.69, locations 0.95, dates 0.90, agreements 1.00,
  contacts 1.00; published 1.00).
After the people, places and dates fixes made from their failures, all 30 score mean F1 0.870
(people 0.994, organisations 0.72, locations 0.960, dates 0.985, agreements 0.56, contacts 1.00;
published 1.00); organisations and agreements were left to their own stages. Golds brought to the folders'
conventions after a blind run, never to the output: 001 lists its headline's range "od kwietnia do
czerwca" and "Tegoroczny" (the folders' year), the golds keep one item per date pair (the scorer
matches a pair once), 008 names "Krutyń" (the village; "Krutynia" is its river); 025's "z litewskiego
Jonawy" was a typo in the text, corrected after its blind run. The floors in test_heldout_scores.py sit about
0.05 below the final scores; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder, people_names, phones, place_names

HELDOUT14 = Path(__file__).resolve().parent / "fixtures" / "heldout14"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT14)


def test_authors_named_by_surname_after_their_works(records):
    opera = people_names(records["001_opera_lodz_festiwal"])
    assert {"Moniuszko", "Szymanowski", "Dvořák", "Puccini", "Mozart"} <= opera
    museum = people_names(records["013_muzeum_wystawa_malczewski"])
    assert {"Wyspiański", "Mehoffer", "Witold Wojtkiewicz"} <= museum


def test_counties_and_voivodeships_in_lists(records):
    alert = place_names(records["002_rcb_ostrzezenie_roztopy"])
    assert {"powiat sanocki", "powiat nowosądecki", "powiat sandomierski", "powiat staszowski"} <= alert
    assert "Wisła" not in alert  # "zlewni Wieprza i środkowej Wisły": a river
    flood = place_names(records["012_wczk_powodz_odra"])
    assert {"województwo lubuskie", "województwo opolskie"} <= flood
    heat = place_names(records["017_imgw_upaly_burze"])
    assert {"województwo śląskie", "województwo małopolskie", "województwo podkarpackie"} <= heat  # bullets
    drought = place_names(records["030_rcb_susza_komunikat"])
    assert "Warta" not in drought  # "z Warty i Noteci"


def test_nights_ranges_with_hours_and_roman_months(records):
    alert = date_pairs(records["002_rcb_ostrzezenie_roztopy"])
    assert {("2026-02-12", "2026-02-15"), ("2026-02-13", "2026-02-14")} <= alert
    assert ("2026-02-19", "2026-02-19") not in alert  # "zwołała w czwartek" in a Thursday's release
    assert {("2026-05-12", "2026-05-14"), ("2026-04-30", "2026-04-30")} <= date_pairs(
        records["005_politechnika_doktoraty_honoris"])
    assert ("2026-02-07", "2026-02-08") in date_pairs(records["009_goprsudety_akcja"])
    heat = date_pairs(records["017_imgw_upaly_burze"])
    assert {("2026-07-02", "2026-07-04"), ("2026-07-04", "2026-07-04")} <= heat
    assert ("2026-12-13", "2027-06-12") in date_pairs(records["027_kolej_rozklad_jazdy"])


def test_years_joined_seasons_and_years_ago(records):
    assert ("2027", "2028") in date_pairs(records["010_fundacja_program_grantowy"])  # "w 2027 i 2028 roku"
    assert ("2027", "2028") in date_pairs(records["016_rada_powiatu_sesja"])  # "od wiosny 2027 do jesieni 2028 roku"
    assert ("2025", "2025") in date_pairs(records["025_urzad_miasta_dni_miasta"])  # "Rok temu"
    partners = date_pairs(records["021_gmina_partnerstwo_hromada"])
    assert ("2026-05-15", "2026-05-15") in partners and ("2026-07-24", "2026-07-24") not in partners


def test_foreign_names_in_every_case(records):
    football = records["015_klub_pilkarski_hiszpanie"]
    assert {"Tomáš Kaloč", "Nenê Santos", "Giorgi Beridze", "Ołeh Marczenko"} <= people_names(football)
    assert "María Fernanda Ospina" in people_names(records["023_uczelnia_stopnie_habilitacje"])
    assert "Kaloča" not in place_names(football)  # "Z Kaločem i Marczenką"
    volleyball = records["004_klub_siatkowka_transfery"]
    assert "Mantas Kavaliauskas" in people_names(volleyball)
    assert "Kavaliauskas" not in place_names(volleyball)
    assert "Lucie Holubová" in people_names(records["009_goprsudety_akcja"])
    cast = people_names(records["018_teatr_premiera_litwa"])
    assert {"Dainius Gavenonis", "Juozas Budraitis", "Marius Nekrošius"} <= cast


def test_towns_named_like_people_and_districts(records):
    assert "Wodzisław Śląski" not in people_names(records["027_kolej_rozklad_jazdy"])
    assert "Lewin Brzeski" not in people_names(records["028_caritas_zbiorka_powodz"])
    assert "rejon szawelski" in place_names(records["021_gmina_partnerstwo_hromada"])
    assert {"Grybów", "Szczucin"} <= place_names(records["006_diecezja_tarnow_nominacje"])  # "dekanatu Grybów"
    assert "Gorzyń" in place_names(records["023_uczelnia_stopnie_habilitacje"])  # "nad Jeziorem Lubikowskim"


def test_contacts_skip_accounts_registers_and_short_numbers(records):
    caritas = phones(records["028_caritas_zbiorka_powodz"])
    assert {"774419400", "800100250", "606321447", "605883210"} <= caritas
    assert not {p for p in caritas if len(p) != 9}  # no bank account, KRS or SMS number


def test_foreign_towns_in_the_case_of_their_slot(records):
    assert {"Svidník", "Bardejov", "Ukraina"} <= place_names(records["003_prokuratura_krosno_akt"])
    doctorate = records["005_politechnika_doktoraty_honoris"]
    assert "Freiberg" in place_names(doctorate)  # "w Freibergu": SGJP knows only the surname
    assert [p for p in people_names(doctorate) if "Novák" in p] == ["Jiří Novák"]  # not "Jiřy" of "Jiřemu"
    assert "Jonawa" in place_names(records["025_urzad_miasta_dni_miasta"])  # "z litewskiej Jonawy"
    rail = place_names(records["027_kolej_rozklad_jazdy"])
    assert {"Bohumín", "Bielsko-Biała"} <= rail  # "do czeskiego Bohumína", "S5 Katowice – Tychy – Bielsko-Biała"
    assert "Czechy" not in place_names(records["004_klub_siatkowka_transfery"])  # "Litwin, Czech i dwóch Ukraińców"
