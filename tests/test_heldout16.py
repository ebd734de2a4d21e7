"""Sixteenth held-out check: komunikat on 20 hand-annotated releases from senders and in shapes the
earlier folders had not covered, centred on places.

The fixtures in ``tests/fixtures/heldout16`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a gmina
council's session with its councillors listed surname first ("Bąk Stanisław, Cisowska Anna, ...") and
a Slovak partner known only inflected ("ze Zázrivej", "w Dolnym Kubínie"), a university's agreements
with Georgian and Moldovan universities ("w okolicach Telawi i Kwareli", "w Bielcach"), a hospital's
equipment contract and funding agreement, a road closure with a date-time range and detours over
villages in every case ("do Wielopola Skrzyńskiego, Brzezin i Nawsia"), a current report on buying a
Slovak company ("w Trenčínie, Martinie i Popradzie"); then an environmental permit notice over
villages named in the plural ("w obrębach Sokółki", "w Sokółkach"), a gallery's exhibition with
Nordic and Lithuanian artists, a court's sentence over Czech and Silesian towns ("z Karwiny"), a
development agency's loans to firms listed with their towns ("i Legnickiego Pola"), a research
institute's agreement with Norwegian and Lithuanian partners (a ship "r/v Oceania", "na Svalbard");
then a prosecutor's smuggling case over Orawa and Spisz ("w Trstenej"), an ethnographic exhibition on
Pokucie and Spisz ("o Huculszczyźnie", "z Kosowa i Pistynia"), a marathon's road closures over city
districts, a town council's honorary citizens ("z niemieckim Schwalmstadt", "z Karwiny"), a current
report on a Ukrainian supply contract ("w obwodach tarnopolskim, chmielnickim i winnickim"); then a
rail line closure with replacement buses to Czech towns, a polytechnic's agreements in Kazakhstan and
Vietnam ("w Szymkencie", "w Ho Chi Minh"), a county hospital's ambulances, a marshal's withdrawn
waste permit over a city and its districts ("w Bytomiu-Miechowicach", "mieszkańcy Miechowic"), and a
philharmonic's Caucasus tour with Georgian and Armenian soloists and composers named by surname.

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.928 (people 0.97, organisations 0.91, locations 0.92, dates 0.96, agreements 0.81,
  contacts 1.00; published 1.00);
- 006-010: 0.944 (people 0.96, organisations 0.89, locations 0.92, dates 1.00, agreements 0.89,
  contacts 1.00; published 1.00);
- 011-015: 0.905 (people 0.97, organisations 0.76, locations 0.90, dates 0.97, agreements 0.82,
  contacts 1.00; published 1.00);
- 016-020 (written after the places fixes made from the first three batches): 0.931 (people 0.86,
  organisations 0.90, locations 0.95, dates 0.95, agreements 0.94, contacts 1.00; published 1.00).
All 20 as first measured: 0.928 (people 0.947, organisations 0.866, locations 0.924, dates 0.968,
agreements 0.864, contacts 1.00).
After the places fixes made from their failures (and the other stages' work meanwhile), all 20
score mean F1 0.954 (people 0.952, organisations 0.889, locations 0.987, dates 1.000, agreements 0.896,
contacts 1.00; published 1.00); by batch: 001-005 0.965, 006-010 0.959, 011-015 0.922, 016-020 0.958.
Gold brought to the folders' conventions after a blind run, never to the output: 006 gives
"Federacja Rosyjska" its short name "Rosja" as an alt, as the other folders' golds do. The floors in
test_heldout_scores.py sit about 0.05 below the final scores; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder, people_names, place_names

HELDOUT16 = Path(__file__).resolve().parent / "fixtures" / "heldout16"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT16)


def test_slovak_and_czech_towns_known_only_inflected(records):
    session = place_names(records["001_rada_gminy_sesja_absolutorium"])
    assert {"Zázrivá", "Dolny Kubín", "Wola Skrzydlarska", "Półrzeczki"} <= session
    assert not {"Zázrivej", "Dolne"} & session
    assert {"Żylina", "Trenčín", "Martin", "Poprad", "Koszyce"} <= place_names(records["005_raport_biezacy_nabycie_slowacja"])
    smuggling = place_names(records["011_prokuratura_przemyt_slowacja"])
    assert {"Trstená", "Stara Lubowla", "Spisz", "Orawa", "Žilina"} <= smuggling  # "prokuratúrą v Žiline"
    for doc_id in ("008_sad_okregowy_wyrok_paliwo", "014_rada_miasta_honorowe_obywatelstwo"):
        places = place_names(records[doc_id])
        assert "Karwina" in places and not {"Karwin", "Karwiny"} & places
    assert "Schwalmstadt" in place_names(records["014_rada_miasta_honorowe_obywatelstwo"])


def test_unknown_places_regions_and_villages_in_lists(records):
    assert {"Telawi", "Kwareli", "Bielce", "Kachetia"} <= place_names(records["002_uczelnia_umowy_gruzja_moldawia"])
    roads = place_names(records["004_zdw_zamkniecie_drogi_objazdy"])
    assert "Brzeziny" in roads and "Brzezin" not in roads  # "do Wielopola Skrzyńskiego, Brzezin i Nawsia"
    permit = place_names(records["006_rdos_decyzja_farma_wiatrowa"])
    assert "Sokółki" in permit and "Sokółka" not in permit
    assert "Legnickie Pole" in place_names(records["009_arr_pozyczki_firmy"])
    museum = place_names(records["012_muzeum_wystawa_pokucie_spisz"])
    assert {"Pokucie", "Huculszczyzna", "Pistyń", "Lewocza"} <= museum and "Ľubovnianskym" not in museum
    assert "Szymkent" in place_names(records["017_politechnika_kazachstan_wietnam"])
    assert {"Bytom", "Bytom-Miechowice", "Miechowice"} <= place_names(records["019_marszalek_cofniecie_zezwolenia_odpady"])


def test_ships_and_quoted_names_are_no_places(records):
    institute = place_names(records["010_instytut_pan_norwegia_litwa"])
    assert {"Svalbard", "Longyearbyen", "Ny-Ålesund"} <= institute and "Oceania" not in institute
    assert "Europa" not in place_names(records["007_galeria_wystawa_artysci_polnocy"])  # a project's name
    assert "Europa" not in place_names(records["016_plk_zamkniecie_linii_komunikacja_zastepcza"])
    assert "Polki" not in place_names(records["013_maraton_utrudnienia_ruch"])  # "Najlepsza z Polek"


def test_surname_first_councillors_and_date_time_ranges(records):
    councillors = people_names(records["001_rada_gminy_sesja_absolutorium"])
    assert {"Stanisław Bąk", "Anna Cisowska", "Bożena Nowak", "Teresa Hajduk", "Milan Vereščák"} <= councillors
    town = people_names(records["014_rada_miasta_honorowe_obywatelstwo"])
    assert {"Piotr Adamczyk", "Elżbieta Dąbrowska-Roś", "Andrzej Zadrożny", "Václav Novák"} <= town
    assert ("2026-11-16", "2026-11-20") in date_pairs(records["004_zdw_zamkniecie_drogi_objazdy"])
    assert ("2026-11-23", "2026-11-24") in date_pairs(records["004_zdw_zamkniecie_drogi_objazdy"])
    assert ("2027-01-05", "2027-02-28") in date_pairs(records["016_plk_zamkniecie_linii_komunikacja_zastepcza"])
