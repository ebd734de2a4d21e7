"""Data tables shipped with the package (word lists, abbreviations, triggers).

Tables are plain text or TSV files under ``pipeline/resources``; this module is the one place that
reads them, so every stage gets the same parsed, cached view.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


def _open(name: str):
    return resources.files("pipeline").joinpath("resources", name).open(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Lines of ``resources/<name>``, without comments and blanks, in file order."""
    with _open(name) as fh:
        return tuple(
            line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#")
        )


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV table with a header line; lines starting with '#' are comments."""
    with _open(name) as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))
