"""Floors on komunikat's scores over the hand-annotated fixture folders (``tests/fixtures/heldout*``).

Each folder's releases were annotated by hand before komunikat ran on them; the module
``test_<folder>.py`` gives each batch's first (blind) and final scores and holds the folder's hard
cases. The floors below sit about 0.05 under the final scores, so a change that only fits other
texts shows up here. Every folder gets the same checks: its golds are well-formed, every release is
scored, and the mean F1, each field's F1 and the ``published`` F1 are above the floors.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from conftest import check_gold_fixtures, extract_folder

from pipeline.evaluate import FIELDS, evaluate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@dataclass(frozen=True)
class Suite:
    folder: str
    releases: int
    mean: float
    fields: dict[str, float]
    published: float


SUITES = {
    s.folder: s
    for s in (
        Suite("heldout", 10, 0.95, {"people": 0.93, "organizations": 0.93, "locations": 0.90, "dates": 0.93,
                                    "agreements": 0.90, "contacts": 0.95}, published=0.90),
        Suite("heldout2", 55, 0.94, {"people": 0.95, "organizations": 0.92, "locations": 0.95, "dates": 0.94,
                                     "agreements": 0.93, "contacts": 0.95}, published=0.95),
        Suite("heldout3", 49, 0.93, {"people": 0.94, "organizations": 0.92, "locations": 0.88, "dates": 0.94,
                                     "agreements": 0.93, "contacts": 0.95}, published=0.95),
        Suite("heldout4", 27, 0.92, {"people": 0.94, "organizations": 0.83, "locations": 0.93, "dates": 0.94,
                                     "agreements": 0.95, "contacts": 0.95}, published=0.95),
        Suite("heldout5", 33, 0.91, {"people": 0.94, "organizations": 0.87, "locations": 0.89, "dates": 0.95,
                                     "agreements": 0.88, "contacts": 0.95}, published=0.95),
        Suite("heldout6", 8, 0.87, {"people": 0.91, "organizations": 0.77, "locations": 0.89, "dates": 0.90,
                                    "agreements": 0.83, "contacts": 0.95}, published=0.95),
        Suite("heldout7", 10, 0.92, {"people": 0.94, "organizations": 0.91, "locations": 0.85, "dates": 0.95,
                                     "agreements": 0.92, "contacts": 0.95}, published=0.95),
        Suite("heldout8", 5, 0.93, {"people": 0.95, "organizations": 0.93, "locations": 0.87, "dates": 0.95,
                                    "agreements": 0.95, "contacts": 0.95}, published=0.95),
        Suite("heldout10", 42, 0.90, {"people": 0.93, "organizations": 0.81, "locations": 0.86, "dates": 0.93,
                                      "agreements": 0.92, "contacts": 0.95}, published=0.95),
        Suite("heldout9", 32, 0.91, {"people": 0.93, "organizations": 0.93, "locations": 0.90, "dates": 0.94,
                                     "agreements": 0.78, "contacts": 0.95}, published=0.93),
        Suite("heldout12", 31, 0.92, {"people": 0.94, "organizations": 0.92, "locations": 0.89, "dates": 0.92,
                                      "agreements": 0.92, "contacts": 0.95}, published=0.95),
        Suite("heldout14", 30, 0.82, {"people": 0.94, "organizations": 0.67, "locations": 0.90, "dates": 0.93,
                                      "agreements": 0.50, "contacts": 0.95}, published=0.95),
        Suite("heldout11", 29, 0.89, {"people": 0.94, "organizations": 0.80, "locations": 0.92, "dates": 0.94,
                                      "agreements": 0.79, "contacts": 0.95}, published=0.95),
        Suite("heldout13", 40, 0.92, {"people": 0.93, "organizations": 0.90, "locations": 0.87, "dates": 0.92,
                                      "agreements": 0.93, "contacts": 0.95}, published=0.93),
        Suite("heldout15", 15, 0.73, {"people": 0.93, "organizations": 0.75, "locations": 0.87, "dates": 0.94,
                                      "agreements": 0.00, "contacts": 0.95}, published=0.95),
        Suite("heldout16", 20, 0.90, {"people": 0.90, "organizations": 0.83, "locations": 0.93, "dates": 0.95,
                                      "agreements": 0.84, "contacts": 0.95}, published=0.95),
        Suite("heldout17", 28, 0.90, {"people": 0.93, "organizations": 0.85, "locations": 0.87, "dates": 0.95,
                                      "agreements": 0.84, "contacts": 0.95}, published=0.95),
    )
}


@cache
def scores(folder: str) -> dict:
    path = FIXTURES / folder
    return evaluate(path, list(extract_folder(path).values()))


def test_every_fixture_folder_has_floors():
    assert {p.name for p in FIXTURES.glob("heldout*") if p.is_dir()} == set(SUITES)


@pytest.mark.parametrize("folder", SUITES)
def test_fixtures_are_consistent(folder):
    check_gold_fixtures(FIXTURES / folder, SUITES[folder].releases)


@pytest.mark.parametrize("folder", SUITES)
def test_every_release_scored(folder):
    result = scores(folder)
    assert result["documents"] == SUITES[folder].releases
    assert result["missing_records"] == []


@pytest.mark.parametrize("folder", SUITES)
def test_mean_f1_floor(folder):
    result = scores(folder)
    assert result["mean_f1"] >= SUITES[folder].mean, result["fields"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("folder", SUITES)
def test_field_f1_floor(folder, field):
    result = scores(folder)
    assert result["fields"][field]["f1"] >= SUITES[folder].fields[field], result["errors"][field]


@pytest.mark.parametrize("folder", SUITES)
def test_published_f1_floor(folder):
    # Datelines ("Olsztyn, 21.08.2023", "Kielce, 29 sierpnia 2024 r. – Ferrobet S.A. ...") and never a
    # deadline ("zostanie opublikowany do 31 stycznia 2023 r.").
    assert scores(folder)["published"]["f1"] >= SUITES[folder].published
