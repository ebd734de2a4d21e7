"""Second held-out check: komunikat on 55 more hand-annotated press releases in styles and from
senders the rules had not seen.

The fixtures in ``tests/fixtures/heldout2`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand before komunikat ran on them: a marshal's office
grant list, a prosecutor's communiqué with anonymised suspects, a listed company's half-year results,
a city hall with two spokespeople, a university's letter of intent with a Lithuanian university, a
regional loan fund, a fire brigade and police joint agreement with ranks, a sports club sponsorship,
a gmina's works contract with countersignature, a philharmonic festival, a ministry meeting with a
surname-first list, a Polish-German county partnership, an environmental fund's grants to gminas, a
court verdict, a memorandum with a Ukrainian oblast, a forest district, a school-company agreement,
a sejmik session, a listed company's sale, a university-hospital agreement, a police fire report,
an EU programme approval, a museum exhibition, a foundation's campaign, an intermunicipal agreement,
a research institute's licence, a Polish-Czech partnership, a power outage notice, a city run, a
Caritas care home, a law firm's deal, a hospital's contract with an NFZ branch, a voivode's decision, a
listed company's current report on an annex, a water company's tender, an embassy's festival, a
culture centre's festival, a farmers' chamber agreement, a development agency's grants to sole traders,
a notary chamber, a sejmik resolution, an airport's contract with an airline, a ZUS branch and an
academy, a Polish-Czech theatre co-production, an ASF outbreak notice, a border guard detention, a
local action group's grants, an education office and IPN agreement, a university memorandum with a
Korean company, a waste collection schedule, a housing cooperative's contract, a tram purchase,
Polish-Hungarian partner towns, a family support centre with a foundation and a library's Czech
literature days.

Each batch was measured once before any rule was written against it (mean F1):
- 001-008: 0.933 (people 0.99, organisations 0.88, locations 0.91, dates 0.97, agreements 0.87,
  contacts 0.98; published 0.86);
- 009-013: 0.904 (people 0.96, organisations 0.80, locations 0.90, dates 0.98, agreements 0.79,
  contacts 1.00);
- 014-018: 0.933 (people 0.94, organisations 0.88, locations 0.98, dates 0.98, agreements 0.82,
  contacts 1.00);
- 019-022: 0.918 (people 1.00, organisations 0.87, locations 1.00, dates 0.84, agreements 0.80,
  contacts 1.00; published 0.75);
- 023-026: 0.939 (people 1.00, organisations 0.81, locations 1.00, dates 0.93, agreements 0.89,
  contacts 1.00);
- 027-030: 0.949 (people 1.00, organisations 0.87, locations 0.97, dates 0.97, agreements 0.89,
  contacts 1.00);
- 031-035: 0.937 (people 1.00, organisations 0.83, locations 0.97, dates 0.91, agreements 0.90,
  contacts 1.00; published 0.89);
- 036-040: 0.897 (people 0.95, organisations 0.81, locations 0.81, dates 0.94, agreements 0.87,
  contacts 1.00);
- 041-045: 0.882 (people 0.85, organisations 0.78, locations 0.82, dates 0.98, agreements 0.87,
  contacts 1.00);
- 046-050: 0.928 (people 0.90, organisations 0.89, locations 0.92, dates 0.98, agreements 0.88,
  contacts 1.00);
- 051-055: 0.927 (people 0.97, organisations 0.88, locations 0.88, dates 0.92, agreements 0.91,
  contacts 1.00).
After the fixes made from their failures, all 55 score mean F1 0.986 (people 0.99, organisations
0.98, locations 0.97, dates 0.998, agreements 0.97, contacts 1.00; published 1.00). The floors in
test_heldout_scores.py sit about 0.05 below, so a change that only fits other texts shows up there;
this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder, org_names, people_names, phones, signed_parties

HELDOUT2 = Path(__file__).resolve().parent / "fixtures" / "heldout2"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT2)


def test_command_named_by_its_commander(records):
    # "Komendant Miejski Państwowej Straży Pożarnej w Tarnowie st. bryg. Grzegorz Mazurkiewicz"
    record = records["007_tarnow_psp_kmp_porozumienie"]
    expected = {"Komenda Miejska Państwowej Straży Pożarnej w Tarnowie", "Komenda Miejska Policji w Tarnowie"}
    assert expected <= org_names(record)
    assert expected <= signed_parties(record)


def test_clubs_and_partner_gminas(records):
    assert {"Uczniowski Klub Sportowy „Orlik”", "Klub Sportowy „Lubuszanin” Drezdenko"} <= org_names(
        records["001_lubuskie_dotacje_ngo"])
    assert {"Gmina Myślenice", "Gmina Wadowice", "Gmina Skawina", "Gmina Niepołomice"} <= signed_parties(
        records["013_wfosigw_umowy_ogrzewanie"])


def test_people_hard_cases(records):
    assert "Wróbel" in people_names(records["008_orzel_przeworsk_sponsor"])  # "Trener Wróbel zapowiada"
    assert "Octavian Ursu" in people_names(records["012_gorlitz_zgorzelec_partnerstwo"])  # "nadburmistrz Görlitz Octavian Ursu"
    assert not any(name.endswith(" P") for name in people_names(records["014_sad_gdansk_wyrok"]))  # "Roberta P."


def test_periods_nights_and_quoted_months(records):
    assert ("2026-10", "2026-12") in date_pairs(records["019_chemwet_umowa_sprzedazy"])  # "w IV kwartale 2026 r."
    assert ("2023-07-14", "2023-07-15") in date_pairs(records["021_kpp_lomza_pozar"])  # "W nocy z 14 na 15 lipca"
    assert ("2023-02", "2023-02") in date_pairs(records["022_komisja_europejska_pieniadze"])  # "ogłosimy już w lutym"


def test_glued_phone_cue(records):
    assert {"523491125", "698410227"} <= phones(records["006_kpfp_pozyczka_stolbud"])  # "tel.52 349 11 25 | kom. 698-410-227"


def test_firms_consortia_and_recipients(records):
    assert {"Stolarstwo Jan Wiśniewski", "PHU Kowalscy s.c."} <= signed_parties(records["039_arr_konin_dotacje"])
    assert {"Budimex S.A.", "Instal Lublin Sp. z o.o."} <= signed_parties(records["035_mpwik_lublin_przetarg"])
    assert "Sołtysiński Kawecki & Szlęzak" in org_names(records["019_chemwet_umowa_sprzedazy"])
    assert "Wojewoda Świętokrzyski" in org_names(records["033_wojewoda_zrid_obwodnica"])


def test_foreign_names_and_habitual_weekdays(records):
    people = people_names(records["044_teatr_walbrzych_ostrawa"])
    assert "Jana Svobodová" in people and "Petr Bezruče" not in people  # "Divadlo Petra Bezruče"
    assert ("2024-08-17", "2024-08-17") not in date_pairs(records["042_port_lotniczy_lublin_umowa"])  # "we wtorki i soboty"


def test_offices_that_sign_and_dashed_institutes(records):
    parties = signed_parties(records["048_kuratorium_ipn_porozumienie"])
    assert "Małopolski Kurator Oświaty" in parties
    assert ("Oddział Instytutu Pamięci Narodowej – Komisji Ścigania Zbrodni przeciwko Narodowi Polskiemu "
            "w Krakowie") in parties
    assert "Podkarpacki Kurator Oświaty" not in org_names(records["017_zse_rzeszow_klasa_patronacka"])  # only attends


def test_dashed_company_names_and_halves_of_a_year(records):
    record = records["052_mpk_lodz_tramwaje"]
    assert "Miejskie Przedsiębiorstwo Komunikacyjne – Łódź sp. z o.o." in signed_parties(record)
    assert ("2024-07", "2024-12") in date_pairs(record)  # "w II połowie 2024 r."
