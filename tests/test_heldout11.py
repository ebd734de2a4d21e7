"""Eleventh held-out check: komunikat on hand-annotated press releases centred on places, people and
dates, from senders the earlier folders do not cover.

The fixtures in ``tests/fixtures/heldout11`` (``NNN_slug.txt`` + gold ``NNN_slug.json`` in the shape
of the annotators' guide) were annotated by hand and committed before komunikat ran on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extract_folder

HELDOUT11 = Path(__file__).resolve().parent / "fixtures" / "heldout11"


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return extract_folder(HELDOUT11)
