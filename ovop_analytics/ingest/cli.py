"""The `ingest`, `export` and `template` subcommands of `ovop-analytics`.

`ingest` loads a CSV/XLSX as a public, shared dataset, or refuses it whole: exit status 0 when loaded,
2 when refused (nothing written), with the reasons on stderr. A row-level problem, or a region name
that is neither matched nor resolved by --mapping (or --accept-fuzzy), refuses the file.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ovop_analytics.errors import DataValidationError, InvalidArgumentError, UnknownDatasetError
from ovop_analytics.i18n import t
from ovop_analytics.ingest.dictionary import PROGRAMS, data_dictionary, template_csv
from ovop_analytics.ingest.export import EXPORT_FORMATS, export_dataset
from ovop_analytics.ingest.model import Limits, size_text
from ovop_analytics.ingest.load import load_parsed
from ovop_analytics.ingest.pipeline import (accept_suggestions, apply_corrections, corrections_csv, parse_upload,
                                            refusal_lines)
from ovop_analytics.problems import Reason, say
from ovop_analytics.problems import cli_language as language
from ovop_analytics.bootstrap import ensure_ready, initialise, is_ready
from ovop_analytics.store import Store
from ovop_analytics.store.registry import check_new_name


def _progress_printer(enabled: bool):  # noqa: ANN202
    def report(fraction: float, message: str) -> None:
        if enabled:
            print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)
    return report


def _check_target(store: Store, name: str, replace: bool = False) -> None:
    """The database exists and is current (created on first use), and the name is allowed and free (after
    Unicode normalisation and case folding); with `replace`, a dataset of this name exists (its kind is
    checked when the new version is written). The checks share one read-only connection (Store.reader()
    nests) when the database is ready."""
    def check() -> None:
        if not replace:
            check_new_name(store, name)
        elif not store.query("SELECT count(*) AS n FROM datasets WHERE name = ? AND visibility = 'public'",
                                   [name])["n"].iloc[0]:
            raise UnknownDatasetError(Reason("dataset_unknown", name=name))

    if store.path.exists():
        with store.reader():
            if is_ready(store):
                check()
                return
    initialise(store)
    check()


def _cmd_ingest(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.is_file():
        raise InvalidArgumentError(f"No such file: {path}")
    limits = Limits.from_config()
    size = path.stat().st_size
    if size > limits.max_bytes:  # refuse before reading it into memory
        raise DataValidationError(Reason("file_too_large", size=size_text(size), limit=size_text(limits.max_bytes)))
    store = Store()
    # Opening the database twice (is it ready? is the name free?) takes ~40 ms of one core: it runs while
    # this thread reads the file, and is over before the file is parsed, so a taken name still fails fast.
    with ThreadPoolExecutor(max_workers=1) as background:
        target = background.submit(_check_target, store, args.dataset.strip(), args.replace)
        try:
            data = path.read_bytes()
        finally:
            target.result()  # its error (a taken name) comes first, as when it ran before the read
    progress = _progress_printer(args.progress)
    parsed = parse_upload(data, path.name, sheet=args.sheet, default_program=args.program,
                          allow_duplicates=args.allow_duplicates, limits=limits, progress=progress)
    if args.mapping:
        parsed = apply_corrections(parsed, Path(args.mapping).read_bytes())
    if args.accept_fuzzy:
        parsed = accept_suggestions(parsed)
    lang = language(args)
    for line in parsed.summary.lines(lang) + [t("ws_cli_note", lang, note=say(note, lang)) for note in parsed.notes]:
        print(line)
    if not parsed.ready:
        if args.save_corrections and len(parsed.review):
            Path(args.save_corrections).write_bytes(corrections_csv(parsed))
        reasons = refusal_lines(parsed, lang)
        print("ovop-analytics: " + t("ws_cli_refused", lang, problems=f"{parsed.problem_count:,}",
                                     names=f"{len(parsed.review):,}"), file=sys.stderr)
        for reason in reasons[:args.max_problems]:
            print(f"  {reason}", file=sys.stderr)
        if len(reasons) > args.max_problems:
            print("  " + t("ws_cli_more", lang, n=f"{len(reasons) - args.max_problems:,}"), file=sys.stderr)
        if len(parsed.review):
            target = args.save_corrections or "CORRECTIONS.csv"
            key = "ws_cli_corrections_written" if args.save_corrections else "ws_cli_corrections_save"
            print("  " + t(key, lang, path=target), file=sys.stderr)
        return 2
    dataset = load_parsed(store, parsed, args.dataset, kind="shared", visibility="public",
                          description=args.description, source=f"ovop-analytics ingest {path.name}",
                          progress=progress, loaded_by="cli", replace=args.replace,
                          coverage=args.coverage.split(",") if args.coverage else None)
    print(f"loaded: {dataset.rows:,} rows into dataset '{dataset.name}' (kind shared, public)")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    store = Store()
    ensure_ready(store)
    data = export_dataset(store, args.dataset, args.format)
    _write_output(data, args.out, f"exported dataset '{args.dataset}' as {args.format} to {args.out} "
                                  f"({len(data):,} bytes)")
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    data = (data_dictionary().to_csv(index=False).encode("utf-8-sig") if args.dictionary else template_csv())
    _write_output(data, args.out, f"wrote {'data dictionary' if args.dictionary else 'template'} to {args.out}")
    return 0


def _write_output(data: bytes, out: str, done: str) -> None:
    """Write `data` to the file `out`, saying `done`, or to stdout (`-`) with nothing else printed."""
    if out == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(out).write_bytes(data)
        print(done)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "ingest", help="load a CSV/XLSX of OVOP records as a shared dataset, all or nothing",
        description="Load a CSV/XLSX of OVOP records as a public, shared dataset in one transaction. Any row "
                    "with a problem, or a region name neither matched nor resolved by --mapping/--accept-fuzzy, "
                    "refuses the whole file: exit status 2, reasons (row, column, value) on stderr, nothing "
                    "written. Exit status 0 when loaded. Run `ovop-analytics template` for the expected columns.")
    p.add_argument("path", help="CSV or XLSX file")
    p.add_argument("--dataset", required=True, help="name of the new dataset")
    p.add_argument("--program", choices=PROGRAMS, help="program of every row, for files without a program column")
    p.add_argument("--sheet", help="XLSX sheet name or number (default: the first sheet with a header row)")
    p.add_argument("--mapping", help="corrections CSV (source_name, level, province, region_code) for region names")
    p.add_argument("--accept-fuzzy", action="store_true",
                   help="take low-confidence region suggestions without confirmation")
    p.add_argument("--allow-duplicates", action="store_true",
                   help="keep rows that repeat another row exactly (separate records with equal values)")
    p.add_argument("--save-corrections", metavar="PATH",
                   help="when region names need review, write them as a corrections CSV to edit: fill "
                        "region_code, set status to confirmed, then pass it back with --mapping")
    p.add_argument("--replace", action="store_true",
                   help="load a new version of an existing shared dataset of this name; the old version stays "
                        "until the new one is written whole")
    p.add_argument("--description", help="a sentence describing the dataset")
    p.add_argument("--coverage", help="regions the data covers: 'national', or province codes like 51,52 "
                                      "(default: the provinces its rows touch). Inside it a region without "
                                      "rows counts 0; outside it there is no data")
    p.add_argument("--max-problems", type=int, default=30, help="problems listed on stderr (default 30)")
    p.add_argument("--progress", action="store_true", help="report progress on stderr")
    p.set_defaults(func=_cmd_ingest)

    p = subparsers.add_parser("export", help="write a dataset as CSV, Parquet or XLSX")
    p.add_argument("--dataset", required=True)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--out", required=True, help="output file, or - for stdout")
    p.set_defaults(func=_cmd_export)

    p = subparsers.add_parser("template", help="write the upload template CSV (or the data dictionary)")
    p.add_argument("--out", default="-", help="output file, or - for stdout (default)")
    p.add_argument("--dictionary", action="store_true", help="write the data dictionary instead of the template")
    p.set_defaults(func=_cmd_template)
