"""Sixth held-out check: komunikat on eight hand-annotated press releases from senders the earlier
folders do not cover: a research institute's ERC grant with a consortium agreement, a city zoo
with an agreement with a company foundation, a regional railway's rolling-stock contract and
timetable, an energy distributor's agreement with a gmina over villages named like common words, a
sports federation's partnership and sponsorship with surname-first result lists, a food bank's
collection with a church charity's agreement, a startup accelerator's investment agreements with
foreign founders, and a road authority's expressway contract and a memorandum with Lithuania.

The fixtures in ``tests/fixtures/heldout6`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand before komunikat ran on them. Before the run the
golds were brought to the folders' conventions (a seat named only in an organisation's name is a
place, rivers and lakes are not).

Measured once before any rule was written against them (mean F1 0.884: people 0.94, organisations
0.71, locations 0.92, dates 0.91, agreements 0.81, contacts 1.00; published 1.00). Dates then
followed the conventions of the other folders (a weekday resolved from the text, "tegoroczny" as
the year) in four golds: 0.958, mean 0.891. After the people and locations fixes made from their
failures (a surname SGJP lists only as a first name after a title, Indian first names, a town after
an acronym or a first name naming a club, a region after a plural noun): mean 0.899 (people 0.96,
locations 0.94, agreements 0.82). The floors in test_heldout_scores.py sit about 0.05 below the blind
scores; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder, people_names, phones, place_names

HELDOUT6 = Path(__file__).resolve().parent / "fixtures" / "heldout6"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT6)


def test_foreign_and_double_barrelled_names(records):
    assert {"Jiří Dvořák", "Katrin Hoffmann-Lindner"} <= people_names(records["001_ibb_pan_grant_erc"])
    assert {"Marius Švaikauskas", "Tomas Jankauskas"} <= people_names(records["008_gddkia_bialystok_via_baltica"])
    # "3. Olech Igor, Paluch Szymon (KKS Kruszwica)": a surname-first pair in a result list
    assert "Szymon Paluch" in people_names(records["005_pzkaj_mistrzostwa_kruszwica"])
    # "prof. Marcin Filipek": a surname SGJP lists only as a first name; "Arjun Mehta"
    assert "Marcin Filipek" in people_names(records["001_ibb_pan_grant_erc"])
    assert "Arjun Mehta" in people_names(records["007_ppnt_akcelerator_demo_day"])


def test_seats_villages_and_regions(records):
    # a seat named only in an organisation's name: "Uniwersytetem Karola w Pradze"
    assert {"Praga", "Heidelberg", "Europa Środkowa"} <= place_names(records["001_ibb_pan_grant_erc"])
    places = place_names(records["004_enea_miedzyrzecz_siec"])
    assert {"Kęszyca Leśna", "Bobowicko", "Święty Wojciech", "Pieski", "województwo lubuskie"} <= places
    assert {"Ostrów Mazowiecka", "Suwalszczyzna", "Mariampol"} <= place_names(records["008_gddkia_bialystok_via_baltica"])
    # clubs are no places: "(Zawisza Bydgoszcz)", "(AZS AWF Gorzów Wielkopolski)"
    assert not {"Bydgoszcz", "Gorzów Wielkopolski"} & place_names(records["005_pzkaj_mistrzostwa_kruszwica"])
    assert "województwo śląskie" in place_names(records["003_koleje_slaskie_pociagi"])  # "na tory województwa śląskiego"


def test_release_dates_ranges_and_phone_extensions(records):
    assert records["005_pzkaj_mistrzostwa_kruszwica"]["published"] == "2025-09-09"  # "KOMUNIKAT PRASOWY | 9.09.2025"
    assert records["002_zoo_plock_zyrafy"]["published"] == "2025-06-04"  # "Data publikacji: 04.06.2025, godz. 11:30"
    assert ("2025-11-28", "2025-11-29") in date_pairs(records["006_bank_zywnosci_olsztyn_zbiorka"])
    assert ("2025-07-01", "2025-07-01") in date_pairs(records["008_gddkia_bialystok_via_baltica"])  # "we wtorek"
    assert "895334716" in phones(records["006_bank_zywnosci_olsztyn_zbiorka"])  # "89 533 47 16 wew. 22"
