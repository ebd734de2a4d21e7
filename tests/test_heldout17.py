"""Seventeenth held-out check: komunikat on 28 hand-annotated releases rich in dates and contacts,
from senders and in shapes the earlier folders had not covered.

The fixtures in ``tests/fixtures/heldout17`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them: a
culture centre's three-day festival programme with weekday headings ("Piątek, 4 grudnia"), "jutro",
"w najbliższą sobotę, 28 listopada" and "Za tydzień, w czwartek", a city's NGO grant call ("Data
publikacji: 30.11.2026", consultation days "3, 10 i 17 grudnia", phones "(0-89) 527 32 00" and "wew.
204"), a university's recruitment timetable for the academic year 2027/2028 with Slovak partners, a
bus company's new timetable and holiday service ("od jutra", "+48 (33) 499 12 50"), a voivodeship's
public consultation ("Opublikowano: 4 grudnia 2026, 14:35 | Aktualizacja: ...", meetings with weekdays
in parentheses, "w II kwartale 2027 r."); then a conference call for papers with its deadlines and a
funding agreement signed "w październiku" a paragraph after a quote recalling "po wrześniu 2024 r.", a
theatre's half-season ("sezonu 2026/2027", "Pojutrze", "od lipca 2025 r. do września 2026 r."), an
examination board's timetable with abbreviated weekdays ("wt. 4.05.2027"), a ski-jumping World Cup
programme with foreign jumpers ("Norweg Halvor Egner Granerud") and road closures, a fire service's
recruitment with a day open "w najbliższą środę" after a list of dates months ahead; then a Christmas
fair with a German partner (a "+49" number), water outages by district ("wt. 8.12", "pt.–sob.,
11–12.12", "w nocy z 14 na 15 grudnia"), a science festival ("7 XII 2026 r.", "w przyszły poniedziałek"
after a run of April days, "0048" numbers and "rzecznik[at]umcs.pl"), a sports centre's winter camps
and a scholarship call with a Czech partner ("przedwczoraj", "W zeszłą sobotę", "+420"); then a
hospital's holiday hours ("W ubiegłym miesiącu", "Od poniedziałku 14 grudnia do 8 stycznia"), a city
council's budget session with its date line at the bottom ("od jutra do wtorku 15 grudnia", an
agreement not yet signed), a police holiday operation ("w nocy z 31 grudnia na 1 stycznia"), an
airport's winter timetable ("Szczecin, dn. 2026-12-08", "Sezon letni 2027") and a library's winter
programme with a letter of intent signed "w środę"; then a gmina's by-election calendar with its date
line at the bottom, a labour office's trainings ("04.01–15.01.2027 r.", "1–12 II 2027 r.", "w XI 2027
r.", phones with "w. 112"), a ski resort's season ("Sezon narciarski 2026/2027 rusza w sobotę", a
"+421" number), a marshal's grant results with funding agreements only planned ("na przełomie stycznia
i lutego", "(poniedziałki i środy, ...)") and a New Year's Eve run ("Bydgoszcz, 21.12.2026 r., godz.
12:40", a limit of "2026 osób"); then social-insurance deadlines ("za styczeń", "w listopadzie tego
samego roku", a hotline and "aleksandra.lukaszewicz [at] zus [dot] pl"), a court's hearing dates ("na 8
i 22 lutego" after "wyznaczył", "kom. 0 604 282 717") and an energy tariff with holiday office hours
("24.12 (czwartek)", "801 404 404", "e-mail:biuro.prasowe@energa.pl").

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.955 (people 1.00, organisations 0.90, locations 0.95, dates 0.985, agreements 0.90,
  contacts 1.00; published 1.00);
- 006-010: 0.944 (people 0.98, organisations 0.90, locations 0.90, dates 0.974, agreements 0.91,
  contacts 1.00; published 1.00);
- 011-015: 0.956 (people 0.95, organisations 0.91, locations 0.94, dates 0.982, agreements 0.95,
  contacts 1.00; published 1.00);
- 016-020: 0.898 (people 0.93, organisations 0.78, locations 0.93, dates 0.927, agreements 0.82,
  contacts 1.00; published 1.00);
- 021-025: 0.912 (people 1.00, organisations 0.91, locations 0.89, dates 0.974, agreements 0.71,
  contacts 1.00; published 1.00);
- 026-028: 0.953 (people 1.00, organisations 0.93, locations 1.00, dates 0.883, agreements 0.90,
  contacts 1.00; published 1.00).
After the dates fixes made from their failures, all 28 score mean F1 0.950 (people 0.980,
organisations 0.906, locations 0.927, dates 0.999, agreements 0.890, contacts 1.000; published 1.00);
people, organisations, places and agreements were left to their own stages. Dates by batch, blind ->
final: 0.985 -> 1.000, 0.974 -> 1.000, 0.982 -> 1.000, 0.927 -> 1.000, 0.974 -> 1.000, 0.883 -> 0.988
(026's heading "ZUS dyżuruje także w sobotę" is the "sobota 9 stycznia" of the text; a later rule for
headings brings it, and the folder's dates, to 1.000).
Golds brought to the folders' conventions after a blind run, never to the output: 002 drops "niż
przed rokiem" (a comparison, which the folders do not date; it also repeated the year of "w ubiegłym
roku"), 012 adds "w sobotę" after "pt.–sob., 11–12.12" (a weekday the text resolves, as the guide
asks), 019 drops "Sezon letni 2027" (the year was already listed; each pair is annotated once); before
their runs 012 dropped the emergency number 994 and 019 "niż rok wcześniej", as the folders do. The
floors in test_heldout_scores.py sit about 0.05 below the final scores; this module holds the hard
cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, extract_folder

HELDOUT17 = Path(__file__).resolve().parent / "fixtures" / "heldout17"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT17)


def phones(record: dict) -> set[str]:
    return {phone for contact in record["contacts"] for phone in contact["phones"]}


def emails(record: dict) -> set[str]:
    return {email.lower() for contact in record["contacts"] for email in contact["emails"]}


def test_days_counted_from_the_release(records):
    assert ("2026-12-04", "2026-12-04") in date_pairs(records["004_mzk_bielsko_nowy_rozklad"])  # "od jutra"
    # "w najbliższą środę" after "w dniach 1–5 lutego 2027 r." is next week's, not February's
    fire = date_pairs(records["010_kw_psp_opole_nabor"])
    assert ("2026-12-09", "2026-12-09") in fire and ("2027-02-03", "2027-02-03") not in fire
    festival = date_pairs(records["013_lubelski_festiwal_nauki_zapisy"])
    assert {("2026-12-14", "2026-12-14"), ("2026-12-09", "2026-12-09")} <= festival  # przyszły poniedziałek, pojutrze
    assert ("2026-11-26", "2026-11-26") in date_pairs(records["008_cke_harmonogram_egzaminow"])  # ubiegły czwartek
    grants = date_pairs(records["015_fundacja_stypendia_sudety"])
    assert {("2026-12-07", "2026-12-07"), ("2026-12-05", "2026-12-05")} <= grants  # przedwczoraj, zeszła sobota
    assert ("2026-11", "2026-11") in date_pairs(records["016_szpital_koszalin_swieta_krwiodawstwo"])
    assert ("2026-12-11", "2026-12-15") in date_pairs(records["017_rada_miasta_sesja_budzetowa"])


def test_seasons_present_verbs_and_habitual_weekdays(records):
    ski = date_pairs(records["023_stacja_narciarska_sezon"])
    assert {("2026", "2027"), ("2026-12-19", "2026-12-19")} <= ski  # "Sezon narciarski 2026/2027 rusza w sobotę"
    assert ("2026-12-12", "2026-12-12") not in ski
    grants = date_pairs(records["024_umws_konkurs_wyniki_umowy"])
    assert ("2027-01-06", "2027-01-06") not in grants  # "(poniedziałki i środy, ...)"
    assert ("2027-01", "2027-02") in grants  # "na przełomie stycznia i lutego"
    trainings = date_pairs(records["022_pup_szkolenia_nabor"])
    assert {("2027-01-04", "2027-01-15"), ("2027-02-01", "2027-02-12"), ("2027-11", "2027-11")} <= trainings
    assert ("2026", "2026") not in date_pairs(records["025_bieg_sylwestrowy_bydgoszcz"])  # "wynosi 2026 osób"


def test_office_hours_invoice_months_and_listed_hearings(records):
    energy = date_pairs(records["028_energa_taryfa_obsluga_klienta"])
    assert {("2026-12-24", "2026-12-24"), ("2026-12-31", "2026-12-31")} <= energy  # "24.12 (czwartek)"
    insurance = date_pairs(records["026_zus_ulga_terminy_infolinia"])
    assert {("2027-01", "2027-01"), ("2026-12", "2026-12"), ("2025-11", "2025-11")} <= insurance
    assert ("2026-12-26", "2026-12-26") not in insurance  # the heading's "w sobotę" is 9 January
    court = date_pairs(records["027_sad_okregowy_wokanda_odroczenie"])
    assert {("2027-02-08", "2027-02-08"), ("2027-02-22", "2027-02-22")} <= court


def test_last_month_is_not_an_old_story_s(records):
    call = date_pairs(records["006_konferencja_call_for_papers"])
    assert ("2026-10", "2026-10") in call and ("2024-10", "2024-10") not in call


def test_spans_over_the_year_s_end(records):
    assert ("2026-12-31", "2027-01-01") in date_pairs(records["018_kwp_katowice_bezpieczne_swieta"])
    assert ("2026-12-14", "2027-01-08") in date_pairs(records["016_szpital_koszalin_swieta_krwiodawstwo"])
    assert ("2026-12-27", "2027-01-03") in date_pairs(records["019_lotnisko_goleniow_rozklad_zimowy"])
    assert ("2026-12-14", "2026-12-15") in date_pairs(records["012_aquanet_przerwy_w_dostawie_wody"])


@pytest.mark.parametrize(("release", "published"), [
    ("002_um_olsztyn_konkurs_ngo", "2026-11-30"),  # "Data publikacji: 30.11.2026"
    ("005_lubuskie_konsultacje_strategia", "2026-12-04"),  # not the "Aktualizacja" after it
    ("012_aquanet_przerwy_w_dostawie_wody", "2026-12-07"),  # "Data dodania: 2026-12-07 10:15"
    ("013_lubelski_festiwal_nauki_zapisy", "2026-12-07"),  # "Lublin, 7 XII 2026 r."
    ("017_rada_miasta_sesja_budzetowa", "2026-12-10"),  # the date line at the bottom
    ("019_lotnisko_goleniow_rozklad_zimowy", "2026-12-08"),  # "Szczecin, dn. 2026-12-08"
])
def test_published_in_many_shapes(records, release, published):
    assert records[release]["published"] == published


def test_phone_formats_and_written_out_e_mails(records):
    assert {"334991250", "600200300"} <= phones(records["004_mzk_bielsko_nowy_rozklad"])  # +48 (33) ...
    assert {"895273200", "895273111"} <= phones(records["002_um_olsztyn_konkurs_ngo"])  # (0-89), "wew. 204"
    festival = records["013_lubelski_festiwal_nauki_zapisy"]
    assert {"815375131", "501123456"} <= phones(festival) and "rzecznik@umcs.pl" in emails(festival)
    assert "494213081120" in phones(records["011_gdansk_jarmark_bozonarodzeniowy"])  # +49 keeps its code
    assert "420499812345" in phones(records["015_fundacja_stypendia_sudety"])
    # extensions are not part of the number
    assert phones(records["016_szpital_koszalin_swieta_krwiodawstwo"]) == {"943488410", "943488411", "695310244",
                                                                          "943488000"}
    assert "177889900" in phones(records["017_rada_miasta_sesja_budzetowa"])
    insurance = records["026_zus_ulga_terminy_infolinia"]
    assert "aleksandra.lukaszewicz@zus.pl" in emails(insurance) and "221122111" in phones(insurance)
    assert "604282717" in phones(records["027_sad_okregowy_wokanda_odroczenie"])  # "kom. 0 604 282 717"
    energy = records["028_energa_taryfa_obsluga_klienta"]
    assert "801404404" in phones(energy) and "991" not in phones(energy)  # an emergency number is no contact
    assert {"bok@energa.pl", "biuro.prasowe@energa.pl"} <= emails(energy)
