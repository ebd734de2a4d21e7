"""Tenth held-out check: komunikat on 42 hand-annotated press releases centred on agreements, in
shapes the earlier folders had not covered.

The fixtures in ``tests/fixtures/heldout10`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a
university's R&D agreement with a three-company consortium (a German GmbH among them, the consortium
agreement signed months before, a funding agreement still to come), a Polish-Czech-German town
agreement signed by a burmistrz, a starosta and a nadburmistrz (guests "w obecności", an old
partnership agreement, a Czech s.r.o. the organisations stage cuts short), a collective labour
agreement ("Zakładowy Układ Zbiorowy Pracy") with three trade unions whose leaders are listed after
a colon, and the city's annex signed "tego samego dnia"; a development bank's loan signed "w imieniu
Gminy" by a deputy mayor with a countersignature, a gapped second subject (", a rok później – miasto
Rzeszów") and a fund "z którym" a municipal company signed; a voivode-hospital agreement
countersigned by the chief accountant, a framework contract with three wholesalers listed after a
colon and executive contracts "z X ... i z Y"; then a police-railway-guards agreement signed in the
passive ("zostało podpisane przez ..."), a firm's donation to a gmina and the gmina's loan of the
truck to "jednostka z Zabrzeży", a road contract not signed after an appeal (and a design contract
signed instead), a listed company's subsidiary set off by dashes, a bank annex and a deal that "nie
doszło do zawarcia", a medical university's agreement with a hospital that a Lithuanian university
"z Kowna" joined; then a marshal and four universities with a bulleted list of titled signatories, a
city's letter of intent with Chengdu and partnership with Chernivtsi, five gminas joining a housing
company, a sports centre's naming sponsor (and a sponsorship that did not happen), and an
intermunicipal agreement between a town and the rural gmina of the same name; then a marshal's funding
agreements with gminas listed one a line after "z następującymi beneficjentami:" ("Miasto i Gmina
Końskie" among them), a hospital company's supply contracts signed on two days ("Spółka Szpitale
Pomorskie" opening a sentence), a Polish-German double degree and an alliance "Arqus, który ...
podpisał", a food bank's letter of intent with two foundations and a shop chain, and a hospital's
agreement ending a collective dispute that one union did not sign; then a gminas' union and a bus
company signing "z ramienia" (and a funding agreement "między związkiem a Wojewodą Małopolskim"), a
port and a Danish A/S signing an MoU (and a letter of intent "Z konsorcjum X i Y port podpisał"), a
gmina buying land by notarial deed, a county's partnership with a Ukrainian hromada, and a court, a
university and a bar council whose dean signs after "adw."; then four towns' "Pakt dla czystego
powietrza" that a smog alarm group joined ("włączył się"), a State Forests district and a gmina (a road
"łączącej Sowlany z Ogrodniczkami", an earlier agreement reported by a director "przypomniał, że"), a
labour office and "Zakład Ubezpieczeń Społecznych Oddział w Krakowie", three works contracts numbered
"Pierwszą ... Drugą ... Trzecią" and countersigned ("Umowy kontrasygnowała"), and a town paying for
police patrols with a commander's signature; then a city and a developer's "sp. z o.o. sp.k." signing
by power of attorney, a wójt's quote "Podpisaliśmy dziś umowę z firmą X" with the speaker named two
sentences later, a letter of intent "podpisany w ubiegły czwartek" and a consent "na zawarcie umowy" to
come, sides defined as "Zamawiający" and "Wykonawca" after "Stronami umowy są:" (with a mayor "obecny
przy podpisaniu"), and a voivodeship's agreement with a French region replacing one "zawartą jeszcze z
regionem Szampania-Ardeny"; then a Polish-Lithuanian school partnership, a Polish-Czech agreement
"zostało zawarte przez" three units, a letter of intent with a Ukrainian "TOW „Wołyń-Agro”", and a
culture centre and a foundation defined as "Organizator" and "Partner"; then a fund's agreements with
gminas in a numbered list after "Lista gmin, które otrzymały dofinansowanie:", a heating company's
supply contract with an Austrian GmbH (a consortium building the plant "którego budowę prowadzi" is no
side) and a Czech a.s. named after the other side ("zawarła wówczas z Gminą Miejską X spółka Y"), and
an agreement "podpisanego wczoraj" between an academy and a football company.

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.917 (people 0.96, organisations 0.85, locations 0.91, dates 0.97, agreements 0.81
  (P 0.95, R 0.71), contacts 1.00; published 1.00);
- 006-010, after the rules made from 001-005: 0.947 (people 1.00, organisations 0.86, locations 0.96,
  dates 1.00, agreements 0.86 (P 0.87, R 0.85), contacts 1.00; published 1.00);
- 011-015, after the rules made from 001-010: 0.919 (people 1.00, organisations 0.87, locations 0.77,
  dates 1.00, agreements 0.88 (P 1.00, R 0.78), contacts 1.00; published 1.00);
- 016-020, after the rules made from 001-015: 0.929 (people 0.95, organisations 0.89, locations 0.83,
  dates 0.96, agreements 0.94 (P 0.97, R 0.90), contacts 1.00; published 1.00);
- 021-025, after the rules made from 001-020: 0.912 (people 1.00, organisations 0.78, locations 0.88,
  dates 0.98, agreements 0.83 (P 0.89, R 0.78), contacts 1.00; published 1.00);
- 026-030, after the rules made from 001-025: 0.891 (people 1.00, organisations 0.78, locations 0.90,
  dates 0.98, agreements 0.69 (P 0.79, R 0.61), contacts 1.00; published 1.00);
- 031-035, after the rules made from 001-030: 0.931 (people 1.00, organisations 0.91, locations 0.81,
  dates 0.95, agreements 0.91 (P 0.96, R 0.87), contacts 1.00; published 1.00);
- 036-039, after the rules made from 001-035: 0.932 (people 1.00, organisations 0.89, locations 0.82,
  dates 0.94, agreements 0.94 (P 0.96, R 0.92), contacts 1.00; published 1.00);
- 040-042, after the rules made from 001-039: 0.947 (people 1.00, organisations 0.97, locations 0.89,
  dates 1.00, agreements 0.82 (P 0.89, R 0.76), contacts 1.00; published 1.00).
After the agreement rules made from their failures, the 42 score mean F1 0.950 (people 0.99,
organisations 0.86, locations 0.89, dates 0.97, agreements 0.98, contacts 1.00; published 1.00).
A voivodeship named before its roads authority ("Województwo Podkarpackie – Podkarpacki Zarząd Dróg
Wojewódzkich") is still dropped as the parent of its unit.
What is left: the organisations stage's names ("Policja", "Skierniewice i Kobylarnia S.A.", "OSP"
taken for the wrong brigade, "Gminy Piastów, Brwinów" listed, "Warmia i Mazury sp. z o.o." for the
regional fund, a hromada named with lowercase words), places that are parties ("gmina Raszyn")
read as locations, a side the text names only through its unit ("dyrektor Zakładu Linii Kolejowych"
for the railway company) and a lowercase "gmina" or "spółka" no name spells. The floors in
test_heldout_scores.py sit about 0.05 below the final scores; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_folder, signed_parties

HELDOUT10 = Path(__file__).resolve().parent / "fixtures" / "heldout10"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT10)


def _signatories(record: dict) -> set[str]:
    return {s for a in record["agreements"] if a["signed"] is not False for s in a["signatories"]}


def test_consortium_with_a_german_gmbh(records):
    record = records["001_politechnika_konsorcjum_wodor"]
    assert {"AeroTech Podkarpacie sp. z o.o.", "Hydrogenix S.A.", "Brennstoffzellen Technik GmbH"} <= signed_parties(record)
    assert "Klaus-Dieter Hoffmann" in _signatories(record)
    funding = next(a for a in record["agreements"] if a["kind"] == "funding")
    assert funding["signed"] is False  # "ma zostać podpisana"


def test_three_towns_and_a_czech_company_cut_short(records):
    record = records["002_bogatynia_trojstyk_porozumienie"]
    assert {"Gmina Bogatynia", "Miasto Hrádek nad Nisou", "Miasto Zittau",
            "Technické služby Hrádek nad Nisou, s.r.o."} <= signed_parties(record)
    assert not any("Novotn" in s for s in _signatories(record))  # a consul "w obecności" is a guest


def test_collective_labour_agreement_with_three_unions(records):
    record = records["003_mpk_opole_uklad_zbiorowy"]
    assert {"Komisja Zakładowa NSZZ „Solidarność”", "Związek Zawodowy Pracowników Komunikacji Miejskiej",
            "Związek Zawodowy Kierowców w Polsce", "Miasto Opole"} <= signed_parties(record)
    assert {"Grzegorz Wolny", "Iwona Sadowska-Kubik", "Dariusz Mroczek"} <= _signatories(record)


def test_loan_signed_by_a_deputy_mayor_and_a_gapped_subject(records):
    record = records["004_tarnobrzeg_ebi_pozyczka"]
    assert {"Miasto Tarnobrzeg", "Europejski Bank Inwestycyjny", "Miasto Rzeszów",
            "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej"} <= signed_parties(record)
    assert {"Marek Zych", "Ewa Kaczor", "Gerhard Lindqvist"} <= _signatories(record)


def test_framework_contract_with_wholesalers_after_a_colon(records):
    record = records["005_wojewoda_szpital_porozumienie"]
    assert {"Wojewoda Lubelski", "Salus International sp. z o.o.", "Neuca S.A.",
            "Farmacol-Logistyka sp. z o.o."} <= signed_parties(record)
    assert "Tomasz Pyrka" in _signatories(record)  # "kontrasygnował je główny księgowy"


@pytest.mark.parametrize(("doc_id", "party"), [
    ("007_lacko_osp_darowizna", "Ochotnicza Straż Pożarna w Zabrzeży"),  # "z jednostką z Zabrzeży"
    ("007_lacko_osp_darowizna", "Okmet sp. z o.o."),  # "prezes zarządu spółki Okmet Halina Wojtas-Sroka"
    ("009_raport_biezacy_spolka_zalezna", "Energoinstal Serwis sp. z o.o."),  # "– Energoinstal Serwis sp. z o.o. – zawarła"
])
def test_sides_named_in_passing(records, doc_id, party):
    assert party in signed_parties(records[doc_id])


def test_deals_not_done_and_origins_that_are_no_sides(records):
    report = records["009_raport_biezacy_spolka_zalezna"]
    assert "Polskie Sieci Elektroenergetyczne S.A." not in signed_parties(report)  # "nie doszło do zawarcia umowy"
    road = records["008_gddkia_obwodnica_kio"]
    assert "Mirbud S.A." not in signed_parties(road)  # "Umowa z wykonawcą nie została podpisana"
    assert "Transprojekt Gdański sp. z o.o." in signed_parties(road)
    assert "Kowno" not in signed_parties(records["010_umed_szpital_kopernik"])  # "Uniwersytet ... Litwy z Kowna"


def test_bulleted_titled_signatories_and_a_town_gmina(records):
    universities = records["011_marszalek_uczelnie_porozumienie"]
    assert {"Sylwester Czopek", "Piotr Koszelnik", "Grażyna Stępień"} <= _signatories(universities)
    assert "Państwowa Akademia Nauk Stosowanych w Przemyślu" in signed_parties(universities)
    assert {"Gmina Miasto Ełk", "Gmina Ełk"} <= signed_parties(records["015_elk_porozumienie_miedzygminne"])


def test_sides_one_a_line_an_alliance_in_a_relative_clause_and_a_generic_head(records):
    roads = signed_parties(records["016_marszalek_umowy_drogi_gminy"])
    assert {"Gmina Chmielnik", "Gmina Kluczewsko", "Miasto i Gmina Końskie"} <= roads
    assert "Arqus" in signed_parties(records["018_uwr_lipsk_podwojny_dyplom"])
    hospital = signed_parties(records["017_szpitale_pomorskie_rezonans"])
    assert "Szpitale Pomorskie sp. z o.o." in hospital and "Spółka Szpitale Pomorskie" not in hospital


def test_mou_a_fronted_side_and_a_dean_after_a_title(records):
    port = signed_parties(records["022_port_gdynia_mou_wiatr"])
    assert {"Ørsted Wind Power A/S", "PGE Baltica", "TotalEnergies"} <= port
    assert "Memorandum of Understanding" not in port
    assert "Wojewoda Małopolski" in signed_parties(records["021_zwiazek_gmin_pks_umowa"])
    assert "Piotr Kurzela" in _signatories(records["025_sad_uniwersytet_mediacje"])


def test_pact_route_branch_and_numbered_contracts(records):
    pact = records["026_pakt_czyste_powietrze_miasta"]
    assert "Małopolski Alarm Smogowy" in signed_parties(pact)
    assert "Ludomir Handzel" in _signatories(pact) and "Anna Dworakowska" not in _signatories(pact)
    forest = signed_parties(records["027_nadlesnictwo_gmina_droga"])
    assert {"Gmina Czarna Białostocka", "Nadleśnictwo Żednia"} <= forest and "Ogrodniczki" not in forest
    assert "Zakład Ubezpieczeń Społecznych Oddział w Krakowie" in signed_parties(records["028_wup_zus_porozumienie"])
    works = records["029_gmina_trzy_umowy_kanalizacja"]
    assert "Przedsiębiorstwo Budowlane Mostmar S.A." in signed_parties(works)
    assert "Bożena Oleksy" in _signatories(works)


def test_quote_speaker_and_a_side_after_a_participle(records):
    school = records["032_wojt_cytat_podpisalismy"]
    assert "Tadeusz Mamcarczyk" in _signatories(school) and "Gmina Czernichów" in signed_parties(school)
    assert "Waldemar Paluch" not in _signatories(records["034_umowa_podpisana_most"])  # "obecny przy podpisaniu"
    assert "Szampania-Ardeny" in signed_parties(records["035_opolskie_grand_est"])


def test_a_prefix_legal_form_takes_the_quoted_name(records):
    assert {"TOW „Wołyń-Agro”", "TOW „Agro-Partner Lwów”"} <= signed_parties(records["038_tow_ukraina_list"])


def test_numbered_beneficiaries_and_a_subject_after_the_other_side(records):
    assert {"Gmina Bytom Odrzański", "Gmina Trzebiel"} <= signed_parties(records["040_wfosigw_tabela_gmin"])
    heat = signed_parties(records["041_cez_gmbh_dostawa"])
    assert "Teplárny Brno, a.s." in heat and "Polimex Mostostal S.A." not in heat
