"""The ``extract`` command: ``extract run``, ``extract eval``, ``extract --version``."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="komunikat: Polish press releases (komunikaty prasowe) to structured records.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"komunikat {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool | None, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = None,
) -> None:
    """Turn Polish press releases into records: people, organisations, places, dates, agreements, contacts."""


class _Progress:
    """A progress bar on a terminal; a periodic log line otherwise; nothing with --quiet."""

    def __init__(self, quiet: bool, total: int | None = None, every_s: float = 10.0):
        self.quiet = quiet
        self.total = total
        self.tty = sys.stderr.isatty()
        self.every_s = every_s
        self.started = time.time()
        self.last = self.started
        self._bar = None
        if not quiet and self.tty:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("[bold]extract[/]"), BarColumn(), TextColumn("{task.completed}/{task.total} docs"),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), transient=True,
                console=Console(stderr=True),
            )
            self._task = self._bar.add_task("run", total=total, rate="")
            self._bar.start()

    def __call__(self, summary) -> None:
        if self.quiet:
            return
        now = time.time()
        elapsed = max(now - self.started, 1e-9)
        done = summary.processed + summary.failed
        rate = f"{done / elapsed:.1f} docs/s, {summary.words / elapsed:,.0f} words/s, {summary.failed} failed"
        if self.total and done:
            left = max(self.total - done - summary.skipped, 0)
            rate += f", ETA {_hms(left * elapsed / done)}"
        if self._bar is not None:
            self._bar.update(self._task, completed=done, rate=rate)
        elif now - self.last >= self.every_s:
            self.last = now
            typer.echo(f"extract: {done} documents, {rate}", err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:d}:{s % 3600 // 60:02d}:{s % 60:02d}"


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes; 0 = all cores.")] = 0,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs already in the output directory.")] = False,
    no_ner: Annotated[bool, typer.Option("--no-ner", help="Rules only; do not load the NER model.")] = False,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest input file accepted, in bytes.")] = 20 * 1024 * 1024,
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per batch through the model.")] = 16,
    text_column: Annotated[str, typer.Option("--text-column", help="JSONL/CSV exports: the text column.")] = "text",
    id_column: Annotated[str, typer.Option("--id-column", help="JSONL/CSV exports: the document id column.")] = "id",
    title_column: Annotated[str, typer.Option("--title-column", help="JSONL/CSV exports: the title column.")] = "title",
    date_column: Annotated[str, typer.Option("--date-column", help="JSONL/CSV exports: the date column (becomes published).")] = "date",
) -> None:
    """Extract records from press releases into OUT (records.jsonl, Parquet tables, errors.jsonl, manifest.json).

    Exit code 0 when every input was processed, 1 when some failed (the rest is written), 2 for usage errors.
    """
    from .io import ExportColumns
    from .runner import RunOptions, default_jobs
    from .runner import run as run_batch

    if engine not in ("local", "dask"):
        raise typer.BadParameter("must be 'local' or 'dask'", param_hint="--engine")
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING, format="extract: %(message)s")
    opts = RunOptions(
        out_dir=out, jobs=jobs if jobs > 0 else default_jobs(), resume=resume, ner=not no_ner,
        max_bytes=max_bytes, engine=engine, scheduler=scheduler, quiet=quiet, batch_size=batch_size,
        columns=ExportColumns(text=text_column, id=id_column, title=title_column, date=date_column),
    )
    from .io import estimate_total

    progress = _Progress(quiet, total=None if quiet else estimate_total(inputs))
    try:
        summary = run_batch(inputs, opts, progress=progress)
    finally:
        progress.close()
    if summary.interrupted:
        typer.echo(
            f"extract: interrupted after {summary.processed} records and {summary.failed} errors; "
            f"resume with: extract run {' '.join(inputs)} --out {out} --resume",
            err=True,
        )
        raise typer.Exit(130)
    if not quiet:
        typer.echo(
            f"extract: {summary.processed} records, {summary.failed} failed, {summary.skipped} already done "
            f"-> {out}/ ({summary.seconds:.1f} s, {summary.words / max(summary.seconds, 1e-9):,.0f} words/s)",
            err=True,
        )
    raise typer.Exit(1 if summary.failed else 0)


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold records (*.json, with the *.txt beside them).")],
    records: Annotated[Path, typer.Argument(help="records.jsonl written by extract run.")],
    show_errors: Annotated[bool, typer.Option("--errors", help="List missed and extra items per field.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
) -> None:
    """Score RECORDS against the gold records in GOLD_DIR: per-field precision, recall, F1 and the mean F1."""
    from .evaluate import evaluate, load_records

    if not gold_dir.is_dir():
        raise typer.BadParameter(f"{gold_dir} is not a directory", param_hint="GOLD_DIR")
    if not records.is_file():
        raise typer.BadParameter(f"{records} does not exist", param_hint="RECORDS")
    result = evaluate(gold_dir, load_records(records))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(f"documents: {result['documents']}" + (f"  (no record for: {', '.join(result['missing_records'])})"
                                                      if result["missing_records"] else ""))
    typer.echo(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for f, v in result["fields"].items():
        typer.echo(f"{f:<14}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}{v['fp']:>6}{v['fn']:>6}")
    typer.echo(f"{'mean F1':<14}{'':>14}{result['mean_f1']:>7.3f}")
    p = result["published"]
    typer.echo(f"(published: P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f}; not in the mean)")
    if show_errors:
        for f, e in result["errors"].items():
            for m in e["missed"]:
                typer.echo(f"  {f} missed: {m}")
            for x in e["extra"]:
                typer.echo(f"  {f} extra:  {x}")


if __name__ == "__main__":
    app()
