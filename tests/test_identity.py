import json

import pandas as pd

from pipeline.identity import EntityIndex, canonical, document_date, entity_id
from pipeline.runner import RunOptions, run


def test_entity_id_is_stable_for_the_same_canonical_name():
    assert entity_id("organizations", "„Inaleks Energy” Sp. z o. o.") == entity_id("organizations", "Inaleks Energy sp. z o.o.")
    assert entity_id("people", "Kowalski Jan") == entity_id("people", "dr Jan Kowalski")
    assert entity_id("people", "Anna Kowalska") != entity_id("people", "Anna Kowalski")
    assert entity_id("locations", "Białystok").startswith("loc_")
    # Same name, different type: different entities.
    assert entity_id("organizations", "Włoszczowa") != entity_id("locations", "Włoszczowa")


def test_canonical_form():
    assert canonical("  Podlaska   Fundacja Rozwoju Regionalnego. ") == "podlaska fundacja rozwoju regionalnego"


def test_document_date_prefers_published():
    assert document_date({"published": "2017-12-11", "dates": [{"start": "2017-12-04"}]}) == "2017-12-11"
    assert document_date({"published": None, "dates": [{"start": "2017-12"}, {"start": "2017-12-08"},
                                                        {"start": "2017-12-04"}]}) == "2017-12-04"


def test_index_counts_documents_and_dates():
    idx = EntityIndex()
    org = {"name": "Gmina Włoszczowa"}
    idx.add({"doc_id": "a", "published": "2020-01-05", "organizations": [org, org]})
    idx.add({"doc_id": "b", "published": "2019-03-01", "organizations": [{"name": "gmina Włoszczowa"}]})
    (row,) = idx.table_rows()
    assert (row["documents"], row["first_seen"], row["last_seen"]) == (2, "2019-03-01", "2020-01-05")


def test_index_orders_polish_names_and_keeps_undated_documents():
    idx = EntityIndex()
    idx.add({"doc_id": "a", "published": None, "locations": [{"name": "Łódź"}, {"name": "Zamość"}],
             "people": [{"name": "Anna Żak"}]})
    idx.add({"doc_id": "b", "published": "2021-06-30", "locations": [{"name": "Łódź"}, {"name": "Ełk"}]})
    idx.add({"doc_id": "c", "published": "2020-02-01", "locations": [{"name": "ŁÓDŹ"}]})
    rows = idx.table_rows()
    # Sorted by type, then name as Python sorts strings (Z before Ł, which comes after all ASCII).
    assert [(r["type"], r["name"]) for r in rows] == [
        ("locations", "Ełk"), ("locations", "Zamość"), ("locations", "Łódź"), ("people", "Anna Żak")]
    lodz = rows[2]
    assert (lodz["documents"], lodz["first_seen"], lodz["last_seen"]) == (3, "2020-02-01", "2021-06-30")
    assert (rows[1]["first_seen"], rows[1]["last_seen"]) == (None, None)
    assert [len(chunk) for chunk in idx.iter_rows(batch=3)] == [3, 1]
    idx.close()


def test_run_writes_entity_ids_and_index(tmp_path, seed_text):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(seed_text, encoding="utf-8")
    b.write_text(seed_text.replace("4.12.2017 – 8.12.2017", "4.12.2018 – 8.12.2018"), encoding="utf-8")
    out = tmp_path / "out"
    run([str(a), str(b)], RunOptions(out_dir=out, jobs=1, ner=False, quiet=True))
    recs = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    ids_a = {o["entity_id"] for o in recs[0]["organizations"]}
    ids_b = {o["entity_id"] for o in recs[1]["organizations"]}
    assert ids_a and ids_a == ids_b
    index = pd.read_parquet(out / "entities_index.parquet")
    assert set(index.columns) >= {"entity_id", "type", "name", "documents", "first_seen", "last_seen"}
    assert (index["documents"] == 2).all()
    people = pd.read_parquet(out / "people.parquet")
    assert people["entity_id"].str.startswith("per_").all()
