"""Thirteenth held-out check: komunikat on 40 hand-annotated releases centred on organisations and
agreements, from senders and in shapes the earlier folders had not covered.

The fixtures in ``tests/fixtures/heldout13`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a listed
company's current report on a works contract won by a consortium ("(dalej: „Spółka” lub „Emitent”)",
signatories of three firms, the consortium agreement signed days before), a WFOŚiGW grant to a gmina
("ze strony gminy", further agreements "z Gminą X i ze Starostwem Y"), a university-industry
consortium with a Dutch "van der Linden Agritech B.V." and a camel-case "eXplore Robotics" ("Porozumienie
..., które obowiązuje od", "w imieniu holenderskiego partnera", ", a rok wcześniej – z X"), a hospital
and an academy's "List intencyjny zawarty między" with the signatures two sentences later and an
older agreement that "obowiązuje od", a dairy cooperative named before its kind ("Mlekomar Spółdzielnia
Mleczarska w Sierpcu") sponsoring a club; then a town's works contract "zadania pn. „...”" with a
two-firm consortium and a grant "z ministerstwem", a blood centre, a gmina and a PCK branch with clubs
and associations joining ("Do porozumienia przystąpiły również"), a foundation with a long genitive
name and a Czech "Spolek pro obnovu venkova Broumovska, z.s.", PARP's grants to firms listed one a
line under a dash ("– Mleczarnia Wysokie Mazowieckie Spółdzielnia Pracy,"), and a university, a
hospital company ("prezes zarządu USK sp. z o.o.") and a city joining a partnership; then a current
report with "thyssenkrupp Materials Services GmbH" and a subsidiary's contract, NCBR's grant to a
consortium ("Centrum reprezentował X, a konsorcjantów – ..."), a voivodeship board's grants to fire
brigades, a heating company's sponsorship ("Umowę sponsorską spółka i klub przedłużyły", "z Elbląskim
Klubem Sportowym Olimpia"), a university, an economic zone and a dairy cooperative; then a gmina and
"Comune di Castel San Pietro Terme", a hospital company and an academy ("weszła w życie", "jej
sygnatariuszami są"), a housing cooperative's loan and "(PEC-Ruda)", an association, a city and a PCK
branch, a road authority and "Ferrovial Construcción, S.A."; then a current report's annex with a
cooperative bank, a local action group ("LGD „Puszcza Knyszyńska”", "Wśród grantobiorców są m.in.")
and housewives' circles, a Polish-German memorandum with "Hochschule Zittau/Görlitz", two gminas' bus
agreement ("Łask zawarł"), a football club S.A.'s sponsor; then distribution contracts with "UAB
„Baltic Pharma Trade”" and "SIA Medilink Riga" ("a w dniu ... – analogiczną umowę z"), a medical
university and "SP ZOZ MSWiA" ("szpital MSWiA"), a town's lease to a foundation ("Gmina Miejska Gorlice
i fundacja zawarły", "burmistrz Gorlic" beside the rural "Gmina Gorlice"), a voivodeship's grant to a
hospital ("a szpital – dyrektor X", "urząd marszałkowski podpisał"), and Polish and Czech municipal
associations ("Sdružení obcí Jesenicka", "Przystąpił do niego także Svazek měst a obcí Javornicka");
then a town and a county sharing a bridge, a foundation's donation with signatories listed surname
first, a medical university with "Université de Lorraine" and "Centre hospitalier régional
universitaire de Nancy" ("(NAWA), z którą uczelnia podpisała"), a water company "(PWiK-Kłodzko)" and a
consortium with a civil partnership ("Instal-Bud s.c. Marek Nowak, Jan Nowak"), and an energy
cooperative named before its kind ("Energia Podhala Spółdzielnia Energetyczna") sponsoring a club;
then a bank's current report on a fintech ("iPay24 sp. z o.o.") and a subsidiary that "przystąpiła do
umowy" between dashes, a Łukasiewicz institute and "von Ardenne GmbH" ("Do konsorcjum dołączy także"),
a housing cooperative's WFOŚiGW grant ("Spółdzielnia „Czechów”", "podpisała z nią umowę"), a foundation,
a club and a city joining a letter of intent, and a Polish and two Lithuanian universities
("Kauno technologijos universitetas").

Each batch was measured once, blind, before any rule was written against it (mean F1):
- 001-005: 0.934 (people 1.00, organisations 0.93, locations 0.88, dates 0.90, agreements 0.90
  (P 0.97, R 0.83), contacts 1.00; published 1.00);
- 006-010, after the rules made from 001-005: 0.942 (people 1.00, organisations 0.87, locations 0.91,
  dates 1.00, agreements 0.88 (P 0.97, R 0.80), contacts 1.00; published 1.00);
- 011-015, after the rules made from 001-010: 0.955 (people 1.00, organisations 0.88, locations 0.97,
  dates 0.98, agreements 0.90 (P 0.95, R 0.85), contacts 1.00; published 1.00);
- 016-020, after the rules made from 001-015: 0.900 (people 0.93, organisations 0.81, locations 0.92,
  dates 0.98, agreements 0.76 (P 0.93, R 0.64), contacts 1.00; published 1.00);
- 021-025, after the rules made from 001-020: 0.934 (people 1.00, organisations 0.86, locations 0.88,
  dates 1.00, agreements 0.87 (P 0.91, R 0.83), contacts 1.00; published 0.89);
- 026-030, after the rules made from 001-025: 0.949 (people 1.00, organisations 0.88, locations 0.95,
  dates 1.00, agreements 0.86 (P 0.90, R 0.83), contacts 1.00; published 1.00);
- 031-035, after the rules made from 001-030: 0.962 (people 0.94, organisations 0.95, locations 0.95,
  dates 0.98, agreements 0.96 (P 0.97, R 0.95), contacts 1.00; published 1.00);
- 036-040, after the rules made from 001-035: 0.956 (people 1.00, organisations 0.95, locations 0.95,
  dates 0.93, agreements 0.91 (P 0.94, R 0.89), contacts 1.00; published 1.00).
Two golds were brought to the folders' conventions after their blind run, never to the output: 005
lists the counties used as places, 013 the nested "Państwowa Straż Pożarna" as the other golds list
nested bodies. After the rules made from their failures the 40 score mean F1 0.968 (people 0.98,
organisations 0.95, locations 0.93, dates 0.97, agreements 0.98 (P 0.99, R 0.97), contacts 1.00;
published 0.99). The floors in test_heldout_scores.py sit about 0.05 below; this module holds the hard
cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_folder, org_names, signed_parties

HELDOUT13 = Path(__file__).resolve().parent / "fixtures" / "heldout13"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT13)


def _signatories(record: dict) -> set[str]:
    return {s for a in record["agreements"] if a["signed"] is not False for s in a["signatories"]}


def test_a_consortium_of_a_listed_company_and_a_foreign_partner_with_particles(records):
    report = records["001_raport_biezacy_konsorcjum_wodociagi"]
    assert {"Elektrobudowa Śląsk S.A.", "Instalbud Kraków sp. z o.o.",
            "Górnośląskie Przedsiębiorstwo Wodociągów S.A."} <= signed_parties(report)
    robots = records["003_pollub_robot_rolniczy_konsorcjum"]
    assert {"eXplore Robotics sp. z o.o.", "van der Linden Agritech B.V."} <= signed_parties(robots)
    assert "Okręgowa Spółdzielnia Mleczarska w Krasnymstawie" in signed_parties(robots)  # ", a rok wcześniej – z"


def test_a_letter_signed_two_sentences_later_and_a_cooperative_before_its_kind(records):
    letter = records["004_szpital_przemysl_pans_list"]
    assert {"Barbara Stec-Mazur", "Marek Hałas"} <= _signatories(letter)
    assert "Uniwersytet Rzeszowski" in signed_parties(letter)  # "Porozumienie z X obowiązuje od"
    assert "Mlekomar Spółdzielnia Mleczarska w Sierpcu" in org_names(records["005_mlekomar_sponsor_skrwa"])


def test_a_task_named_after_pn_a_czech_spolek_and_firms_listed_under_dashes(records):
    works = records["006_zamosc_konsorcjum_basen"]
    assert {"Eko-Instal Jan Kowalczyk", "Ministerstwo Sportu i Turystyki"} <= signed_parties(works)
    assert "Spolek pro obnovu venkova Broumovska, z.s." in signed_parties(records["008_fundacja_klodzko_spolek_broumov"])
    grants = records["009_parp_umowy_firmy_lista"]
    assert {"Mleczarnia Wysokie Mazowieckie Spółdzielnia Pracy", "Stolbud-Suwałki sp. z o.o.",
            "Zakład Przetwórstwa Mięsnego Rydzewski i Syn sp.j."} <= signed_parties(grants)


def test_a_lowercase_brand_and_consortium_members_named_by_their_signatories(records):
    report = records["011_raport_stalprofil_umowa_ramowa"]
    assert "thyssenkrupp Materials Services GmbH" in signed_parties(report)
    assert not any(p.startswith("Spółka ") for p in signed_parties(report))  # "pomiędzy Spółką a Odbiorcą"
    grant = records["012_ncbr_konsorcjum_wodor"]
    assert {"Politechnika Śląska", "Sieć Badawcza Łukasiewicz – Instytut Techniki Górniczej KOMAG"} <= signed_parties(grant)
    club = records["014_epec_start_elblag_sponsor"]
    assert "Stowarzyszenie Kultury Fizycznej „Start” Elbląg" in signed_parties(club)
    assert "Elbląski Klub Sportowy Olimpia" in org_names(club)


def test_an_italian_comune_a_spanish_partner_and_an_agreement_in_force(records):
    assert "Comune di Castel San Pietro Terme" in org_names(records["016_nowy_targ_castel_san_pietro"]) or any(
        n.startswith("Comune di Castel San Pietro Terme") for n in org_names(records["016_nowy_targ_castel_san_pietro"]))
    hospital = records["017_szpital_rydygier_krakowska_akademia"]
    assert {"Katarzyna Starzyk-Bąk", "Klemens Budzowski"} <= _signatories(hospital)
    road = records["020_zdw_olsztyn_konsorcjum_ferrovial"]
    assert {"Budimex S.A.", "Ferrovial Construcción, S.A."} <= signed_parties(road)


def test_an_acronym_before_a_quoted_name_and_a_town_that_acts(records):
    lgd = records["022_lgd_puszcza_knyszynska_kgw"]
    assert not any(n.startswith("LGD") for n in org_names(lgd))
    assert "Koło Gospodyń Wiejskich w Kruszynianach" in signed_parties(lgd)
    towns = records["024_lask_widawa_porozumienie_komunikacja"]
    assert "Łask" not in signed_parties(towns) and "Gmina Sędziejowice" in signed_parties(towns)


def test_baltic_legal_forms_a_ministrys_hospital_and_czech_associations(records):
    report = records["026_raport_uab_sia_dystrybucja"]
    assert {"SIA Medilink Riga", "Polfarm-Lab S.A."} <= signed_parties(report)
    assert "Zarząd Polfarm-Lab S.A." not in org_names(report)
    hospital = records["027_umb_szpital_mswia_porozumienie"]
    assert "Ministerstwo Spraw Wewnętrznych i Administracji" not in signed_parties(hospital)
    gorlice = records["028_gorlice_fundacja_inkubator_dzierzawa"]
    assert "Gmina Miejska Gorlice" in signed_parties(gorlice) and "Gmina Gorlice" not in signed_parties(gorlice)
    border = records["030_euroregion_pradziad_sdruzeni_jesenicka"]
    assert {"Sdružení obcí Jesenicka", "Svazek měst a obcí Javornicka"} <= signed_parties(border)


def test_a_branch_in_the_instrumental_and_a_party_before_its_acronym(records):
    donation = records["032_fundacja_tecza_darowizna_lista"]
    assert "Polski Związek Niewidomych Okręg Lubelski" in org_names(donation)
    assert {"Anna Kowalska-Tur", "Elżbieta Żak"} <= _signatories(donation)
    lorraine = records["033_umed_lodz_universite_lorraine"]
    assert {"Université de Lorraine", "Centre hospitalier régional universitaire de Nancy",
            "Narodowa Agencja Wymiany Akademickiej"} <= signed_parties(lorraine)
    assert "Energia Podhala Spółdzielnia Energetyczna" in signed_parties(records["035_energia_podhala_lks_ludzmierz"])


def test_a_subsidiary_between_dashes_a_pronoun_side_and_a_member_still_to_come(records):
    assert "Pomorski Leasing sp. z o.o." in signed_parties(records["036_raport_bank_fintech_wspolpraca"])
    institute = records["037_lukasiewicz_von_ardenne_ncbr"]
    assert "von Ardenne GmbH" in signed_parties(institute) and "Uniwersytet Łódzki" not in signed_parties(institute)
    housing = records["038_wfos_lublin_sm_czechow_dotacja"]
    assert {"Lubelska Spółdzielnia Mieszkaniowa „Czechów”", "Elektro-Lux Lublin sp. z o.o."} <= signed_parties(housing)
