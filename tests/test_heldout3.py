"""Third held-out check: komunikat on 49 more hand-annotated press releases chosen for the sides of
agreements and the organisations that are hardest to name.

The fixtures in ``tests/fixtures/heldout3`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand before komunikat ran on them: a hospital's contract
with sides defined as "Zamawiający" and "Wykonawca", gmina Hanna and its county, the town of Koło and
the gmina of Koło, a Polish-German university agreement with translated names, a listed company's
credit with "Emitent" and "Bank", a kindergarten contract with a consortium in Sława, a Katowice-Ostrava
memorandum with Czech names, a city grant with "Zleceniodawca" and "Zleceniobiorca", a marshal's grants
to gmina Dobra and its neighbours, Nowe and its county, a PPP contract with "Podmiot Publiczny" and
"Partner Prywatny", a Lublin-Lutsk university agreement with Ukrainian names, gmina Czarna's grants to
rural women's circles, a letter of intent with a British company and its Polish subsidiary, a municipal
company in Brody, an NGO partnership in Ryki, Opolskie and Burgundy-Franche-Comté, a fire brigade grant
in Ruda-Huta, a water company's cancelled contract, Stare Miasto and Rychwał, Warsaw's loan from BGK,
Cracovia's sponsorship, a clinical hospital and a medical university, Przemyśl and Ivano-Frankivsk, a
forest district and gmina Kłomnice, a school and an artillery regiment, a Szczecin museum and the
Nationalmuseum, gmina Kamień's water supply, ARP's investment in a startup, a dairy cooperative's credit
with "zwany dalej" terms, a county and a foundation, Katowice and Shanghai universities, an
ambulance service with a city hospital, Małopolska and the Prešov region, a listed company's share sale
with "Sprzedający" and "Kupujący", Góra and Niechlów, a tripartite university-city-company agreement, a
parish and a town, a transport company's pay agreement with unions, Słubice and Frankfurt (Oder) and a
university's licence with "Licencjodawca" and "Licencjobiorca", Lubuskie's grant from the European
Commission, a volleyball federation and Kielce, Pcim, Lubień and Tokarnia, Białystok and Vilnius, a tax
administration chamber and UMCS, Wola Krzysztoporska's street lighting with "Gmina" and "Wykonawca", a
WOŚP donation to a hospital company and Głuchołazy and Zlaté Hory.

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.837 (people 0.93, organisations 0.60, locations 0.73, dates 0.96, agreements 0.79,
  contacts 1.00);
- 006-009: 0.849 (people 0.95, organisations 0.56, locations 0.81, dates 0.96, agreements 0.81,
  contacts 1.00);
- 010-014: 0.922 (people 0.94, organisations 0.85, locations 0.82, dates 0.97, agreements 0.95,
  contacts 1.00);
- 015-019: 0.930 (people 0.94, organisations 0.86, locations 0.92, dates 0.96, agreements 0.91,
  contacts 1.00);
- 020-024: 0.926 (people 1.00, organisations 0.79, locations 0.85, dates 1.00, agreements 0.92,
  contacts 1.00);
- 025-029: 0.936 (people 0.97, organisations 0.88, locations 0.83, dates 1.00, agreements 0.95,
  contacts 1.00);
- 030-033: 0.924 (people 0.94, organisations 0.94, locations 0.78, dates 1.00, agreements 0.89,
  contacts 1.00);
- 034-037: 0.924 (people 0.96, organisations 0.94, locations 0.83, dates 0.96, agreements 0.86,
  contacts 1.00);
- 038-041: 0.908 (people 1.00, organisations 0.82, locations 0.78, dates 1.00, agreements 0.85,
  contacts 1.00);
- 042-045: 0.946 (people 0.95, organisations 0.95, locations 0.89, dates 1.00, agreements 0.89,
  contacts 1.00);
- 046-049: 0.949 (people 1.00, organisations 0.98, locations 0.71, dates 1.00, agreements 1.00,
  contacts 1.00).
The organisations of 006-011 were measured before the office a press desk belongs to was added to
their gold ("Biuro Prasowe Urzędu Miasta Katowice" also names "Urząd Miasta Katowice"), as the earlier
golds list it, and "Słubice" was added to 040's alternative names of the gmina after its run, as
"Katowice" is in 007. After the fixes made from their failures, all 49 score mean F1 0.963 (people
0.99, organisations 0.98, locations 0.84, dates 0.99, agreements 0.98, contacts 1.00; published
1.00). Later location rules, and seats inside organisation names counted as places as in the dev
golds, brought it to 0.981 (locations 0.93). The floors in test_heldout_scores.py sit about 0.05 below,
so a change that only fits other texts shows up there; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_folder, org_names, people_names, signed_parties

HELDOUT3 = Path(__file__).resolve().parent / "fixtures" / "heldout3"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT3)


def test_gminas_named_like_first_names_and_common_nouns(records):
    hanna = records["002_gmina_hanna_droga"]
    assert {"Gmina Hanna", "Powiat Włodawski"} <= signed_parties(hanna)
    assert "Andrzej Pietrasiuk" in people_names(hanna)  # "wójt gminy Hanna Andrzej Pietrasiuk"
    kolo = records["003_kolo_porozumienie_wodociagi"]
    assert {"Miasto Koło", "Gmina Koło"} <= signed_parties(kolo)
    assert "Miejski Zakład Wodociągów i Kanalizacji w Kole sp. z o.o." in org_names(kolo)
    assert "Gmina Stare Miasto" in signed_parties(records["020_stare_miasto_rychwal_list"])


def test_sides_defined_by_their_role(records):
    hospital = records["001_szpital_wloclawek_tomograf"]
    assert "Wojewódzki Szpital Specjalistyczny im. bł. ks. Jerzego Popiełuszki we Włocławku" in signed_parties(hospital)
    credit = records["005_mostex_umowa_kredytu"]
    assert "Budimex S.A." in signed_parties(credit)
    assert not any("Wykonawca" in p for p in signed_parties(credit))  # "z Generalnym Wykonawcą – Budimex S.A."


def test_translated_and_foreign_names(records):
    btu = next(o for o in records["004_uz_btu_cottbus_umowa"]["organizations"]
               if o["name"] == "Brandenburgische Technische Universität Cottbus-Senftenberg")
    assert "Brandenburski Uniwersytet Techniczny Chociebuż-Senftenberg" in btu["aliases"]
    assert "Statutární město Ostrava" in org_names(records["007_ostrava_katowice_memorandum"])


def test_cancelled_contract_has_no_signed_sides(records):
    parties = signed_parties(records["019_wodociagi_radom_przetarg"])
    assert "Politechnika Warszawska" in parties
    assert "Hydro-Tech S.A." not in parties  # "nie zostanie zawarta"
