"""Fourth held-out check: komunikat on hand-annotated press releases chosen for the people and
places the rules found hardest: foreign names (Korean, Chinese, Vietnamese, Georgian, Spanish,
Arabic), ranks and long role phrases, surname-first lists, women's and double-barrelled surnames,
rivers and lakes, regions and foreign towns, and gminas named like common words.

The fixtures in ``tests/fixtures/heldout4`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand before komunikat ran on them: a water authority's
embankments on the Warta, a regional trade mission to Korea, athletics results with surname-first
lists, a territorial defence oath, a hospital with Chinese and Vietnamese guests, voivodeship roads
in gminas named like common words, a town council's vote list, a university with Georgian, Spanish
and Hungarian guests, a documentary festival's awards, a regional tourism season, a county's road
agreements with gminas, an oncology congress, a school's olympiad winners, a mountain rescue
season, a diocesan pilgrimage, a listed company's board changes, handball transfers, a police
search in villages named like common words, an agritourism contest, a Lublin-Volhynia agreement, an
Indian IT centre, a district court's verdict, a law conference programme, a library exhibition on a
poet, a gmina's aid convoy to Ukraine, a cycling race through the Beskids and a museum's gift from
Grodno.

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.828 (people 0.87, organisations 0.62, locations 0.88, dates 0.98, agreements 0.62,
  contacts 1.00);
- 006-010: 0.899 (people 0.85, organisations 0.84, locations 0.93, dates 0.93, agreements 0.84,
  contacts 1.00);
- 011-014: 0.932 (people 0.97, organisations 0.74, locations 0.92, dates 1.00, agreements 0.96,
  contacts 1.00);
- 015-018: 0.883 (people 0.88, organisations 0.54, locations 0.88, dates 1.00, agreements 1.00,
  contacts 1.00);
- 019-022: 0.900 (people 0.91, organisations 0.72, locations 0.88, dates 1.00, agreements 0.89,
  contacts 1.00);
- 023-024: 0.976 (people 0.98, organisations 0.90, locations 0.98, dates 1.00, agreements 1.00,
  contacts 1.00);
- 025-026: 0.911 (people 1.00, organisations 0.59, locations 0.96, dates 0.92, agreements 1.00,
  contacts 1.00);
- 027: 0.962 (people 0.77, every other field 1.00).
After the fixes made from their failures, all 27 score mean F1 0.959 (people 0.99, organisations
0.83, locations 0.96, dates 0.995, agreements 0.98, contacts 1.00; published 1.00). A later round of
organisation, agreement and location rules (and three gold fixes on convention grounds) brought it to
0.975 (organisations 0.89, locations 0.98, agreements 1.00). The floors in
test_heldout_scores.py sit about 0.05 below, so a change that only fits other texts shows up there;
this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_folder, people_names, place_names

HELDOUT4 = Path(__file__).resolve().parent / "fixtures" / "heldout4"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT4)


def test_rivers_are_not_places(records):
    places = place_names(records["001_rzgw_poznan_waly_warta"])
    assert {"Koło", "Dąbie", "Włodawa"} <= places  # "w gminach Koło, Dąbie", "w okolicach Włodawy"
    assert not places & {"Warta", "Ner", "Bug", "Noteć", "Prosna"}  # "doliny Warty i Neru", "nad Bugiem"


def test_east_asian_names(records):
    people = people_names(records["002_lodzkie_misja_korea"])
    assert {"Ji-hoon Park", "Young-jin Kwon", "Sung-ho Kim", "Min-jung Lee"} <= people  # "Parkiem Ji-hoonem"
    assert "Daegu" in place_names(records["002_lodzkie_misja_korea"])  # "miasta Daegu Kwon Young-jinem"
    assert {"Wei Zhang", "Thi Lan Nguyen"} <= people_names(records["005_szpital_wejherowo_tavi"])


def test_surname_first_lists(records):
    people = people_names(records["007_rada_miejska_slawa_sesja"])
    # "Dudek Ryszard, ..., Kurek Zbigniew, ..., radna Sowa Teresa"; "burmistrz Sławy Marek Jaworski-Kulik"
    assert {"Ryszard Dudek", "Zbigniew Kurek", "Teresa Sowa", "Marek Jaworski-Kulik"} <= people
    results = people_names(records["003_mityng_lekkoatletyczny_bydgoszcz"])
    assert {"Danyło Kowalenko", "Lena Mazur-Kowalczyk"} <= results  # "Kowalenko Danyło (Równe)"
    assert {"Świecie", "Równe", "Golub-Dobrzyń"} <= place_names(records["003_mityng_lekkoatletyczny_bydgoszcz"])


def test_foreign_names_in_polish_cases(records):
    people = people_names(records["009_festiwal_suwalki_nagrody"])
    assert {"Jean-Pierre Dubois", "Hans-Jürgen Müller", "Giulia De Santis", "Pieter van der Berg"} <= people
    assert "María José García López" in people_names(records["008_ur_rzeszow_gruzja_hiszpania"])


def test_common_word_places_in_lists(records):
    # "z Góry, Sobótki, Kątów Wrocławskich, Szklarskiej Poręby i Wąsosza"
    assert {"Góra", "Sobótka", "Kąty Wrocławskie"} <= place_names(records["004_wot_przysiega_brzeg"])


def test_club_names_ranks_and_places_read_two_ways(records):
    handball = records["017_handball_transfery"]
    assert {"Magnus Abelvik Rød", "Nemanja Zelenovac", "Guðjón Valur Sigurðsson-Jónsson"} <= people_names(handball)
    assert not place_names(handball) & {"Zabrze", "Opole", "Wisła"}  # "z Górnika Zabrze", "z Wisłą Płock"
    police = records["018_kpp_lipno_grzybiarze"]
    assert {"Joanna Dudek-Pawlak", "Paweł Gołąb"} <= people_names(police)  # "podkom.", "st. sierż. Pawła Gołębia"
    assert "Lipno" in place_names(police) and "Lipna" not in place_names(police)  # "Lipno, 29 września", "w Lipnie"


def test_couples_patrons_and_landform_regions(records):
    contest = records["019_pomorskie_agroturystyka_konkurs"]
    assert {"Ewa Kowal", "Jan Kowal"} <= people_names(contest)  # "Ewy i Jana Kowalów"
    assert "Mierzeja Wiślana" in place_names(contest) and "Stara Kuźnia" not in place_names(contest)
    # "z rektorem Uniwersytetu Marii Curie-Skłodowskiej prof. Radosławem ..."
    assert "Maria Curie-Skłodowska" not in people_names(records["020_lubelskie_wolyn_wspolpraca"])
    assert "Piotr Gniew" in people_names(records["022_sad_zary_wyrok_oszustwo"])  # "adwokat Piotr Gniew"


def test_surname_first_programme_and_women_in_owna(records):
    programme = people_names(records["023_konferencja_program_prawo"])
    assert {"Andrzej Kowalczyk", "Paweł Sokół", "Jan de Vries"} <= programme  # "prof. dr hab. Kowalczyk Andrzej"
    exhibition = people_names(records["024_biblioteka_wystawa_poetki"])
    assert "Kazimiera Iłłakowiczówna" in exhibition and "Edward Raczyński" not in exhibition


def test_regions_sgjp_does_not_know_and_towns_like_common_words(records):
    assert "obwód iwanofrankiwski" in place_names(records["025_gmina_czarna_konwoj_ukraina"])  # "do obwodu iwanofrankiwskiego"
    assert {"Kozy", "Wisła", "Osiek", "Zator"} <= place_names(records["026_wyscig_kolarski_beskidy"])
