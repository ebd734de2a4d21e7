"""Twelfth held-out check: komunikat on 31 hand-annotated releases centred on organisations and
agreements, from senders the earlier folders do not cover.

The fixtures in ``tests/fixtures/heldout12`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a
Łukasiewicz institute's consortium with a university, a company named after its region ("BioPakt
Warmia i Mazury sp. z o.o.") and a development agency ("(dalej: WARP)"), under a headline in capitals;
a county hospital's annex with an NFZ branch ("(W-M OW NFZ)") and an association "„Amazonki Warmia i
Mazury”"; a school's agreements with six employers listed in bullets ("sp.j.", "s.c.", a work
cooperative) and "Dokumenty podpisał" after the list; a club's sponsor with a region in its name;
Sanok and a Ukrainian hromada ("Samborska miejska hromada terytorialna"); then Caritas, a foundation
"im. św. ...", a parish "pw." and MOPR signing one letter of intent; a ministry, NFOŚiGW and Wody
Polskie; a dairy cooperative and a PAN institute; an energy cluster with five gminas in bullets
("Gmina Miejska Siemiatycze" beside "Gmina Siemiatycze"); then Kwidzyn and Wolfenbüttel ("KWIDZYN I
WOLFENBÜTTEL PODPISAŁY ..."), PZLA, a voivodeship and AWF, a road authority's annex with a consortium
listed after "a partnerami:", a foundation's letter of intent with firms whose signatories are listed
after a colon, an investor with PSSE, PAIH and a "Gmina Miasto"; then a university hospital's NFZ
contract and "Fundacja „Rak’n’Roll. Wygraj Życie!”", an archdiocese and a university, the Armament
Agency and a consortium led by Huta Stalowa Wola, an innovation agency "(dalej: KPAI lub Agencja)"
with four firms in a numbered list, a Polish-Slovak ski memorandum; then a ministry, NFZ and AOTMiT,
a city's loan from three cooperative banks, Dębica and "mołdawskie miasto Orgiejów (Orhei)", and
IFJ PAN with NCN and CERN; then a State Forests district and gmina Krynki, Lublin's and Lviv's medical
universities, five NGOs listed after "Sygnatariuszami listu są:" ("Koalicja na rzecz Dzieci z Pieczy
Zastępczej", NIW-CRSO after a dash), a housing cooperative's contract and a loan "z funduszem"; then a
voivode, the fire service and a Red Cross branch, "MAŁOPOLSKA I REGION OWERNIA-RODAN-ALPY PODPISAŁY
POROZUMIENIE", "Pracodawcy Pomorza" with a labour office and a college, and a listed company's
consortium agreement with an Austrian GmbH and a bank annex.

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.938 (people 1.00, organisations 0.87, locations 0.92, dates 0.95, agreements 0.88
  (P 0.91, R 0.86), contacts 1.00; published 1.00);
- 006-009, after the rules made from 001-005: 0.964 (people 1.00, organisations 0.93, locations 0.91,
  dates 0.98, agreements 0.97 (P 1.00, R 0.95), contacts 1.00; published 1.00);
- 010-014, after the rules made from 001-009: 0.952 (people 1.00, organisations 0.91, locations 0.93,
  dates 0.95, agreements 0.93 (P 0.96, R 0.91), contacts 1.00; published 1.00);
- 015-019, after the rules made from 001-014: 0.949 (people 0.94, organisations 0.89, locations 0.98,
  dates 1.00, agreements 0.88 (P 0.92, R 0.85), contacts 1.00; published 1.00);
- 020-023, after the rules made from 001-019: 0.965 (people 1.00, organisations 0.94, locations 0.91,
  dates 1.00, agreements 0.94 (P 0.97, R 0.91), contacts 1.00; published 1.00);
- 024-027, after the rules made from 001-023: 0.963 (people 1.00, organisations 0.91, locations 0.96,
  dates 0.92, agreements 0.98 (P 1.00, R 0.96), contacts 1.00; published 1.00);
- 028-031, after the rules made from 001-027: 0.976 (people 1.00, organisations 0.95, locations 0.96,
  dates 1.00, agreements 0.95 (P 0.90, R 1.00), contacts 1.00; published 1.00).
Two golds were brought to the folders' conventions after their blind run: 002 gives the NFZ branch
"Narodowy Fundusz Zdrowia" as another name (as heldout2/032 does), and 009 gives the dairy cooperative
its name without the seat as 008 does.
After the organisation and agreement rules made from their failures, the 31 score mean F1 0.976
(people 0.99, organisations 0.97, locations 0.94, dates 0.97, agreements 0.98, contacts 1.00;
published 1.00). What is left: names in other languages written in lower case ("Tatranský národný
park", "Centrul Cultural Orhei"), a cooperative's form written after its name ("Mleczarnia Brodnica
Spółdzielnia Pracy"), facilities still to be built taken for bodies ("Regionalne Centrum Lekkiej
Atletyki", "Grudziądzki Park Przemysłowy"), a side named only by a common noun ("miasto już w 2023
roku podpisało"), an office of a foundation ("Biuro Fundacji ...", filed with the foundation), an
organ's name put in the nominative word by word ("Zarząd Oddział Okręgowy PCK"), agreements reported
without a verb of signing ("na mocy umowy między Stolicą
Apostolską a Rzecząpospolitą Polską", "współpracują na podstawie porozumienia z 2015 roku"), and
places in foreign lists ("Mosbach, Svidník i Kiskunfélegyháza"). The floors in test_heldout_scores.py
sit about 0.05 below the final scores; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_folder, org_names, signed_parties

HELDOUT12 = Path(__file__).resolve().parent / "fixtures" / "heldout12"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT12)


def _signatories(record: dict) -> set[str]:
    return {s for a in record["agreements"] if a["signed"] is not False for s in a["signatories"]}


def test_network_institute_company_named_after_a_region_and_a_capitals_headline(records):
    record = records["001_lukasiewicz_pit_konsorcjum"]
    names = org_names(record)
    assert {"Uniwersytet Przyrodniczy w Poznaniu", "Sieć Badawcza Łukasiewicz"} <= names
    assert not any(n.isupper() or "KONSORCJUM" in n for n in names)
    assert {"Uniwersytet Przyrodniczy w Poznaniu", "Wielkopolska Agencja Rozwoju Przedsiębiorczości sp. z o.o.",
            "Sieć Badawcza Łukasiewicz – Poznański Instytut Technologiczny"} <= signed_parties(record)
    assert any(p.startswith("BioPakt Warmia i Mazury") for p in signed_parties(record))


def test_employers_in_bullets_and_documents_signed_after_the_list(records):
    record = records["003_zsm_ostrowiec_pracodawcy"]
    assert {"Auto-Serwis Gil s.c.", "Spółdzielnia Pracy „Metalowiec”", "Powiat Ostrowiecki"} <= signed_parties(record)
    assert {"Elżbieta Sowa", "Zbigniew Duda", "Renata Kalisz"} <= _signatories(record)


def test_a_hromada_and_the_towns_the_mayors_sign_for(records):
    record = records["005_sanok_sambor_partnerstwo"]
    assert {"Gmina Miasta Sanoka", "Samborska miejska hromada terytorialna"} <= signed_parties(record)
    assert not {"Sanok", "Sambor"} & signed_parties(record)


def test_four_sides_of_one_letter_and_the_town_and_rural_gmina(records):
    caritas = records["006_caritas_seniorzy_list_intencyjny"]
    assert "Parafia pw. św. Michała Archanioła w Lublinie" in signed_parties(caritas)
    cluster = records["009_klaster_energii_gminy"]
    assert {"Gmina Miejska Siemiatycze", "Gmina Siemiatycze"} <= org_names(cluster)


def test_towns_in_a_capitals_headline_and_a_consortium_listed_a_line_each(records):
    towns = records["010_kwidzyn_wolfenbuttel_partnerstwo"]
    assert {"Gmina Miejska Kwidzyn", "Miasto Wolfenbüttel"} <= signed_parties(towns)
    assert not any(p.lower().startswith("kwidzyn i") for p in signed_parties(towns))  # "KWIDZYN I WOLFENBÜTTEL"
    road = records["012_zdw_konsorcjum_aneks"]
    assert {"Mota-Engil Central Europe S.A.", "Przedsiębiorstwo Robót Drogowych w Nowej Soli sp. z o.o."} <= signed_parties(road)


def test_firms_of_listed_signatories_and_a_quoted_name_with_punctuation(records):
    letter = records["013_fundacja_pola_list_intencyjny"]
    assert {"Biuro Rachunkowe Bodziony i Wspólnicy sp.j.", "Spółdzielnia socjalna „Nowy Start”"} <= signed_parties(letter)
    hospital = records["015_usk_opole_nfz_fundacja"]
    assert "Fundacja „Rak’n’Roll. Wygraj Życie!”" in org_names(hospital)


def test_a_defined_term_with_a_seat_and_an_acronym_before_the_subject_town(records):
    agency = records["018_kpai_granty_firmy"]
    assert "Agencja w Toruniu" not in org_names(agency)
    loan = records["021_bank_spoldzielczy_konsorcjum_kredyt"]
    assert "WFOŚiGW Włocławek" not in org_names(loan)
    assert "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu" in signed_parties(loan)


def test_a_coalition_named_with_z_a_loan_with_the_fund_and_a_capitals_region(records):
    ngos = records["026_fundacje_koalicja_list"]
    assert "Koalicja na rzecz Dzieci z Pieczy Zastępczej" in org_names(ngos)
    heat = records["027_sm_zatorze_mpec_leszno"]
    assert "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Poznaniu" in signed_parties(heat)
    region = records["029_malopolska_owernia_porozumienie"]
    assert not any(p.isupper() or " i " in p.lower() for p in signed_parties(region))
