from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "000_cbdfda6c98913a00.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    import pipeline

    return pipeline.extract(seed_text, doc_id="000_cbdfda6c98913a00")


@cache
def extract_folder(folder: Path) -> dict[str, dict]:
    """komunikat's record of every ``NNN_slug.txt`` in an annotated fixture folder, by file stem.

    Cached for the session: a folder's floors (test_heldout_scores.py) and its hard cases
    (test_heldoutN.py) read the same records.
    """
    import pipeline

    return {path.stem: pipeline.extract(path.read_text(encoding="utf-8"), doc_id=path.stem)
            for path in sorted(folder.glob("*.txt"))}


def check_gold_fixtures(folder: Path, count: int) -> None:
    """The folder holds ``count`` gold files, each in the guide's shape and agreeing with its text."""
    from pipeline.evaluate import FIELDS

    golds = sorted(folder.glob("*.json"))
    assert len(golds) == count
    for gold_path in golds:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        assert gold["doc_id"] == gold_path.stem
        assert set(gold) >= {"published", *FIELDS}
        for date in gold["dates"]:
            assert date["text"] in text, (gold_path.stem, date["text"])
        readable = _unobfuscated(text).lower()
        for contact in gold["contacts"]:
            assert all(phone.isdigit() for phone in contact["phones"])
            assert all(email in readable for email in contact["emails"]), gold_path.stem


def _unobfuscated(text: str) -> str:
    """The text with "(at)", "[at]", "(małpa)", "[dot]" and "[.]" written out, as golds spell e-mails."""
    text = re.sub(r"\s?[\(\[\{]\s?(?:at|małpa)\s?[\)\]\}]\s?", "@", text)
    return re.sub(r"\s?[\(\[\{]\s?(?:dot|\.)\s?[\)\]\}]\s?", ".", text)


# What the held-out suites' hard cases read of a record.
def people_names(record: dict) -> set[str]:
    return {p["name"] for p in record["people"]}


def org_names(record: dict) -> set[str]:
    return {o["name"] for o in record["organizations"]}


def place_names(record: dict) -> set[str]:
    return {loc["name"] for loc in record["locations"]}


def date_pairs(record: dict) -> set[tuple[str, str]]:
    return {(d["start"], d["end"]) for d in record["dates"]}


def signed_parties(record: dict) -> set[str]:
    return {p for a in record["agreements"] if a["signed"] is not False for p in a["parties"]}


def phones(record: dict) -> set[str]:
    return {p for c in record["contacts"] for p in c["phones"]}


def emails(record: dict) -> set[str]:
    return {e for c in record["contacts"] for e in c["emails"]}
