"""Fifth held-out check: komunikat on hand-annotated press releases chosen for dates, the release's
own date and contact blocks: datelines in many shapes (CMS bylines with an update date, BIP
footers, Joomla date lines with a nominative month, a date line at the bottom after the
signatures, a month-only date line, a dated headline above the real date line), bilingual
releases with English dates, ranges and lists of days, weekdays with and without their dates,
relative days, weeks and years, quarters, seasons and deadlines; phone numbers with +48, 0048,
trunk zeros, extensions, fax lines, slashes, foreign country codes and several lines of one
exchange, obfuscated e-mails and e-mails glued to punctuation, several contact people.

The fixtures in ``tests/fixtures/heldout5`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand before komunikat ran on them: a museum's winter
holidays, a bilingual university conference, a gmina's bulky waste collection under a BIP footer,
a police communiqué, a listed company's meeting notice, a university open day, a yearless NGO
tree-planting campaign, a hospital's new ward, a half-marathon, a heating company's season notice,
a culture centre's brain week, a cross-border microproject call, a bilingual investment in a
special economic zone, a town council session, a fire brigade's storm report, a port's works
contract, a startup's funding round, a mayor's notice, a basketball play-off, an NFZ programme, a
bilingual volunteer call, a curator's exam notice, an Easter fair, a water outage, university
grants, a marshal's scholarships under a letterhead, a theatre festival review, a court verdict,
EU-funds trainings, handball transfers, a participatory budget, a CMS export with an ISO timestamp
and an agricultural chamber's county contacts. Each distinct (start, end) pair is annotated once,
at its first mention (the scorer matches a pair once).

Each batch was measured once before any rule was written against it (mean F1):
- 001-005: 0.922 (people 0.97, organisations 0.72, locations 0.95, dates 0.89, agreements 1.00,
  contacts 1.00; published 1.00);
- 006-010: 0.911 (people 0.96, organisations 0.74, locations 0.86, dates 0.93, agreements 1.00,
  contacts 0.98; published 1.00);
- 011-015: 0.815 (people 0.94, organisations 0.86, locations 0.83, dates 0.90, agreements 0.44,
  contacts 0.92; published 0.75);
- 016-020: 0.829 (people 0.87, organisations 0.63, locations 0.84, dates 0.88, agreements 0.77,
  contacts 0.98; published 0.89);
- 021-025: 0.929 (people 1.00, organisations 0.85, locations 0.83, dates 0.94, agreements 1.00,
  contacts 0.96; published 0.75);
- 026-029: 0.917 (people 1.00, organisations 0.55, locations 1.00, dates 0.95, agreements 1.00,
  contacts 1.00; published 0.86);
- 030-031: 0.744 (people 1.00, organisations 0.71, locations 0.80, dates 0.95, agreements 0.00,
  contacts 1.00; published 1.00);
- 032-033: 0.878 (people 1.00, organisations 0.62, locations 0.94, dates 0.71, agreements 1.00,
  contacts 1.00; published 0.67).
After the fixes made from their failures (dates and contacts only), all 33 score mean F1 0.882
(people 0.99, organisations 0.72, locations 0.91, dates 1.00, agreements 0.67, contacts 1.00;
published 1.00). A second round fixed organisations and agreements from their failures: mean F1
0.965 (people 0.99, organisations 0.92, locations 0.95, dates 1.00, agreements 0.93, contacts 1.00;
published 1.00). The floors in test_heldout_scores.py sit about 0.05 below, so a change that only
fits other texts shows up there; this module holds the hard cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import date_pairs, emails, extract_folder, phones

HELDOUT5 = Path(__file__).resolve().parent / "fixtures" / "heldout5"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT5)


def test_release_dates_in_every_shape(records):
    assert records["001_muzeum_siedlce_ferie"]["published"] == "2025-01-14"  # "Opublikowano: ... | Aktualizacja: ..."
    assert records["003_gmina_barczewo_gabaryty"]["published"] == "2024-09-02"  # BIP "Data publikacji: 2024-09-02 14:20:11"
    assert records["008_szpital_koscierzyna_geriatria"]["published"] == "2024-06-05"  # "środa, 05 czerwiec 2024 13:21"
    assert records["012_euroregion_glacensis_mikroprojekty"]["published"] is None  # "Kłodzko, luty 2025"
    assert records["014_rada_zagan_sesja"]["published"] == "2025-05-02"  # dated headline, date line at the bottom


def test_english_dates_quarters_and_weeks(records):
    assert ("2025-05-09", "2025-05-09") in date_pairs(records["002_umcs_konferencja_bilingual"])  # "9 May 2025"
    assert ("2025-05-17", "2025-05-17") in date_pairs(records["002_umcs_konferencja_bilingual"])  # "sobotę, 17 maja"
    assert ("2024-10", "2024-12") in date_pairs(records["005_termoplast_zwz_dywidenda"])  # "IV kw. 2024 r."
    dates = date_pairs(records["010_veolia_lodz_sezon_grzewczy"])
    assert {("2024-11-04", "2024-11-04"), ("2024-11-05", "2024-11-05")} <= dates  # "W przyszłym tygodniu, w poniedziałek i wtorek"
    assert ("2025-07", "2025-09") in date_pairs(records["012_euroregion_glacensis_mikroprojekty"])  # "III kwartale br."


def test_phone_shapes_and_hidden_emails(records):
    assert "edukacja@muzeum.siedlce.pl" in emails(records["001_muzeum_siedlce_ferie"])  # "edukacja(at)muzeum..."
    assert "justyna.michalak@zielonepodworka.org" in emails(records["007_fundacja_podworka_sadzenie"])
    assert "426754747" in phones(records["010_veolia_lodz_sezon_grzewczy"])  # "tel. 42/675 47 47"
    assert {"326430750", "326430751"} <= phones(records["011_mok_tydzien_mozgu"])  # "32 643 07 50/51"
    assert "420491426111" in phones(records["012_euroregion_glacensis_mikroprojekty"])  # "+420 491 426 111"
    assert "713442190" in phones(records["021_fundacja_wolontariat_bilingual"])  # "+48 (0) 71 344 21 90"
    assert "rzecznik@nfz-lodz.pl" in emails(records["020_nfz_lodz_profilaktyka"])  # "rzecznik[at]nfz-lodz[.]pl"


def test_letterheads_breadcrumbs_and_timestamps(records):
    assert records["016_port_szczecin_poglebienie"]["published"] == "2025-04-04"  # "Szczecin, ... (informacja własna) –"
    assert records["023_lot_torun_wielkanoc"]["published"] == "2025-04-11"  # "Aktualności | Turystyka | 11.04.2025"
    assert records["026_umwp_rzeszow_stypendia"]["published"] == "2025-04-14"  # below a six-line letterhead
    assert records["032_cyfrowa_gmina_webinar"]["published"] == "2025-04-24"  # "2025-04-24T10:15:00+02:00"
    assert ("2025-04-22", "2025-04-30") in date_pairs(records["026_umwp_rzeszow_stypendia"])  # "22–30 IV 2025 r."
