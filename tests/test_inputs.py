"""Archive inputs: .gz, .zip, JSONL and CSV exports, HTML pages, and where each record came from."""

import csv
import gzip
import json
import zipfile

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.io import ExportColumns, iter_tasks, load_task
from pipeline.runner import process

runner = CliRunner()

RELEASE = (
    "Porozumienie o współpracy\n\n"
    "W dniu 4 grudnia 2017 r. w Białymstoku Podlaska Fundacja Rozwoju Regionalnego podpisała "
    "porozumienie z Gminą Włoszczowa.\n"
)


def docs(inputs, **kw):
    return [load_task(t) for t in iter_tasks([str(p) for p in inputs], **kw)]


def test_gzip_and_zip_members(tmp_path):
    gz = tmp_path / "a.txt.gz"
    gz.write_bytes(gzip.compress(RELEASE.encode("cp1250")))
    zp = tmp_path / "paczka.zip"
    with zipfile.ZipFile(zp, "w") as z:
        z.writestr("2017/b.txt", RELEASE.encode("utf-8"))
        z.writestr("2017/c.html", f"<html><body><nav>Menu</nav><article><p>{RELEASE}</p></article></body></html>")
    got = docs([gz, zp])
    assert [d.doc_id for d in got] == ["a", "b", "c"]
    assert got[0].source == str(gz) and got[0].text == RELEASE and got[0].encoding == "cp1250"
    assert got[1].source == f"{zp}!/2017/b.txt"
    assert "Podlaska Fundacja Rozwoju Regionalnego" in got[2].text
    assert "Menu" not in got[2].text


def test_jsonl_and_csv_exports_with_named_columns(tmp_path):
    jl = tmp_path / "cms.jsonl"
    jl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"nid": "k-1", "body": RELEASE, "headline": "Porozumienie", "created": "2018-01-05T10:00:00"},
        {"nid": "k-2", "body": ""},
        "nie obiekt",
    ]) + "\n", encoding="utf-8")
    cols = ExportColumns(text="body", id="nid", title="headline", date="created")
    tasks = list(iter_tasks([str(jl)], columns=cols))
    assert [t.source for t in tasks] == [f"{jl}:1", f"{jl}:2", f"{jl}:3"]
    first = load_task(tasks[0])
    assert (first.doc_id, first.meta["title"]) == ("k-1", "Porozumienie")
    # The export's date reaches the record as an ISO date, whatever its spelling, and wins over the
    # release's own dateline (11.12.2017).
    assert first.meta["published"] == "2018-01-05T10:00:00"
    assert process(tasks[0])[1]["published"] == "2018-01-05"
    assert tasks[2].error is not None and tasks[2].error.kind == "format"

    cs = tmp_path / "eksport.csv"
    with open(cs, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "date"])
        w.writerow(["x1", RELEASE, "5.01.2018"])
        w.writerow(["x2", RELEASE, "pt., 5 stycznia 2018 r."])
    first, second = iter_tasks([str(cs)])
    assert (first.doc_id, first.text) == ("x1", RELEASE)
    assert [process(t)[1]["published"] for t in (first, second)] == ["2018-01-05", "2018-01-05"]


def test_csv_without_the_text_column_is_reported(tmp_path):
    cs = tmp_path / "zle.csv"
    cs.write_text("id,tresc\n1,abc\n", encoding="utf-8")
    (task,) = iter_tasks([str(cs)])
    assert task.error.kind == "format" and "--text-column" in task.error.message


def test_run_over_archives_names_sources(tmp_path):
    zp = tmp_path / "paczka.zip"
    with zipfile.ZipFile(zp, "w") as z:
        z.writestr("b.txt", RELEASE)
        z.writestr("pusty.txt", "")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(zp), "--out", str(out), "--quiet", "--jobs", "1"])
    assert result.exit_code == 1
    rec = json.loads((out / "records.jsonl").read_text(encoding="utf-8"))
    assert rec["source"] == f"{zp}!/b.txt"
    err = json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))
    assert (err["source"], err["kind"]) == (f"{zp}!/pusty.txt", "empty")


def test_gzip_that_unpacks_past_the_bound_is_refused_not_cut(tmp_path):
    gz = tmp_path / "bomba.txt.gz"
    gz.write_bytes(gzip.compress(RELEASE.encode("utf-8") * 200))
    (task,) = iter_tasks([str(gz)], max_bytes=100)  # bound: 20 x 100 bytes unpacked
    assert task.error is not None and task.error.kind == "too_large"
