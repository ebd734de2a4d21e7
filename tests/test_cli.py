import json
import shutil

import pandas as pd
from conftest import SEED
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records import TABLES

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("komunikat ")


def test_no_inputs_is_a_usage_error():
    assert runner.invoke(app, ["run"]).exit_code == 2


def test_batch_with_bad_inputs_keeps_good_ones(tmp_path):
    good = tmp_path / "000_cbdfda6c98913a00.txt"
    shutil.copy(SEED, good)
    cp = tmp_path / "cp.txt"
    cp.write_bytes("Spotkanie w Białymstoku odbyło się 4 grudnia 2017 r. Zażółć gęślą jaźń.".encode("cp1250"))
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(good), str(binary), str(cp), str(tmp_path / "missing.txt"),
                                 "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["000_cbdfda6c98913a00", "cp"]
    assert records[1]["encoding"] == "cp1250"
    assert "Białymstoku" in (cp.read_bytes().decode("cp1250"))
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(e["source"].rsplit("/", 1)[-1], e["kind"]) for e in errors} == {("bin.txt", "binary"), ("missing.txt", "missing")}
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["processed"] == 2 and manifest["counts"]["failed"] == 2
    for table in TABLES:
        df = pd.read_parquet(out / f"{table}.parquet")
        assert "doc_id" in df.columns
    assert len(pd.read_parquet(out / "documents.parquet")) == 2


def test_eval_prints_every_field(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text("Jan Kowalski z Gminy Spytkowice.", encoding="utf-8")
    (gold / "a.json").write_text(json.dumps({
        "doc_id": "a", "published": None,
        "people": [{"name": "Jan Kowalski", "alt": [], "roles": [], "organization": None}],
        "organizations": [{"name": "Gmina Spytkowice", "alt": []}], "locations": [], "dates": [],
        "agreements": [], "contacts": []}), encoding="utf-8")
    recs = tmp_path / "records.jsonl"
    recs.write_text(json.dumps({"doc_id": "a", "people": [{"name": "Kowalski Jan"}],
                                "organizations": [{"name": "Gminy Spytkowice"}]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), str(recs)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split() for line in result.output.splitlines() if line and line.split()[0] in
             ("people", "organizations", "locations", "dates", "agreements", "contacts")}
    assert set(lines) == {"people", "organizations", "locations", "dates", "agreements", "contacts"}
    assert lines["people"][3] == "1.000"          # word sets match whatever the order
    assert lines["organizations"][3] == "0.000"   # an inflected form is a miss
