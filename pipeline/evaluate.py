"""``extract eval``: score records against hand-made gold records, as ``docs/records.md`` defines.

Fields: people, organizations, locations, dates, agreements, contacts. Precision, recall and F1 are
micro-averaged over documents; the summary is the mean F1 of the fields. Gold records are matched
to predicted records by ``doc_id``, then by the sha256 of the gold text file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .identity import canonical, person_words

FIELDS = ("people", "organizations", "locations", "dates", "agreements", "contacts")



def norm(s: str | None) -> str:
    return canonical(s)


def person_key(name: str | None) -> frozenset[str]:
    return person_words(name)


def digits(s: str) -> str:
    d = re.sub(r"\D", "", s or "")
    for prefix in ("0048", "48"):
        if d.startswith(prefix) and len(d) - len(prefix) == 9:
            return d[len(prefix):]
    return d


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool], show: Callable[[Any], str] = str) -> Score:
    """Greedy one-to-one matching; a prediction repeating an already matched gold item is ignored."""
    score = Score()
    used = [False] * len(gold)
    for p in pred:
        hit = next((i for i, g in enumerate(gold) if not used[i] and same(g, p)), None)
        if hit is not None:
            used[hit] = True
            score.tp += 1
        elif any(same(g, p) for g in gold):
            continue
        else:
            score.fp += 1
            score.extras.append(show(p))
    for i, g in enumerate(gold):
        if not used[i]:
            score.fn += 1
            score.misses.append(show(g))
    return score


def _names(item: dict) -> set[str]:
    return {norm(n) for n in [item.get("name"), *(item.get("alt") or [])] if n}


def _person_keys(item: dict) -> set[frozenset[str]]:
    return {person_key(n) for n in [item.get("name"), *(item.get("alt") or [])] if n}


def _first(x: Any) -> str:
    return x.get("name") if isinstance(x, dict) else str(x)


def score_people(gold: dict, pred: dict) -> Score:
    preds = _dedupe(pred.get("people") or [], lambda p: person_key(p.get("name")))
    return match(gold.get("people") or [], preds, lambda g, p: person_key(p.get("name")) in _person_keys(g), _first)


def score_names(field_name: str) -> Callable[[dict, dict], Score]:
    def scorer(gold: dict, pred: dict) -> Score:
        preds = _dedupe(pred.get(field_name) or [], lambda p: norm(p.get("name")))
        return match(gold.get(field_name) or [], preds, lambda g, p: norm(p.get("name")) in _names(g), _first)

    return scorer


def score_dates(gold: dict, pred: dict) -> Score:
    preds = _dedupe(pred.get("dates") or [], lambda d: (d.get("start"), d.get("end")))
    return match(
        gold.get("dates") or [],
        preds,
        lambda g, p: (g.get("start"), g.get("end")) == (p.get("start"), p.get("end")),
        lambda d: f"{d.get('text')!r} {d.get('start')}..{d.get('end')}",
    )


def score_agreements(gold: dict, pred: dict) -> Score:
    g_signed = [a for a in gold.get("agreements") or [] if a.get("signed") is not False]
    p_signed = [a for a in pred.get("agreements") or [] if a.get("signed") is not False]
    g_parties = {norm(x) for a in g_signed for x in a.get("parties") or []}
    p_parties = {norm(x) for a in p_signed for x in a.get("parties") or []}
    # Parties are matched like organisations, so a gold party also matches the org's alt names.
    org_alts = {norm(o.get("name")): _names(o) for o in gold.get("organizations") or []}
    score = match(
        sorted(g_parties),
        sorted(p_parties),
        lambda g, p: p == g or p in org_alts.get(g, set()),
        lambda s: f"party:{s}",
    )
    people_alts = {person_key(p.get("name")): _person_keys(p) for p in gold.get("people") or []}
    g_sign = {person_key(x) for a in g_signed for x in a.get("signatories") or []}
    p_sign = {person_key(x) for a in p_signed for x in a.get("signatories") or []}
    score.add(
        match(
            sorted(g_sign, key=sorted),
            sorted(p_sign, key=sorted),
            lambda g, p: p == g or p in people_alts.get(g, set()),
            lambda k: "signatory:" + " ".join(sorted(k)),
        )
    )
    flag = match([True] if g_signed else [], [True] if p_signed else [], lambda g, p: True, lambda _: "signed_agreement")
    score.add(flag)
    return score


def score_contacts(gold: dict, pred: dict) -> Score:
    def values(rec: dict) -> list[str]:
        out: list[str] = []
        for c in rec.get("contacts") or []:
            out += [f"email:{e.strip().lower()}" for e in c.get("emails") or []]
            out += [f"phone:{digits(p)}" for p in c.get("phones") or []]
        return sorted(set(out))

    return match(values(gold), values(pred), lambda g, p: g == p)


SCORERS: dict[str, Callable[[dict, dict], Score]] = {
    "people": score_people,
    "organizations": score_names("organizations"),
    "locations": score_names("locations"),
    "dates": score_dates,
    "agreements": score_agreements,
    "contacts": score_contacts,
}


def _dedupe(items: Iterable[Any], key: Callable[[Any], Any]) -> list[Any]:
    seen, out = set(), []
    for x in items:
        k = key(x)
        if k in seen:
            continue
        seen.add(k)
        out.append(x)
    return out


def load_records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def evaluate(gold_dir: Path, records: list[dict]) -> dict[str, Any]:
    by_id = {r["doc_id"]: r for r in records}
    by_sha = {r.get("sha256"): r for r in records}
    totals = {f: Score() for f in FIELDS}
    per_doc: dict[str, dict[str, float]] = {}
    published = Score()
    missing: list[str] = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_id = gold.get("doc_id") or gold_path.stem
        pred = by_id.get(doc_id)
        txt = gold_path.with_suffix(".txt")
        if pred is None and txt.exists():
            pred = by_sha.get(hashlib.sha256(txt.read_bytes()).hexdigest())
        if pred is None:
            missing.append(doc_id)
            pred = {}
        per_doc[doc_id] = {}
        for f, scorer in SCORERS.items():
            s = scorer(gold, pred)
            totals[f].add(s)
            per_doc[doc_id][f] = s.f1
        published.add(match([gold["published"]] if gold.get("published") else [],
                            [pred["published"]] if pred.get("published") else [], lambda g, p: g == p))
    fields = {f: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn}
              for f, s in totals.items()}
    return {
        "documents": len(per_doc),
        "missing_records": missing,
        "fields": fields,
        "mean_f1": sum(v["f1"] for v in fields.values()) / len(fields),
        "published": {"precision": published.precision, "recall": published.recall, "f1": published.f1},
        "per_document": per_doc,
        "errors": {f: {"missed": s.misses, "extra": s.extras} for f, s in totals.items()},
    }
