"""`ovop-analytics briefing`: the PDF briefing of the nation, a province or a kabupaten/kota."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ovop_analytics.errors import InvalidArgumentError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("briefing", help="an A4 PDF briefing (1-2 pages) of the nation, a province "
                                                    "or a kabupaten/kota")
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--national", action="store_true", help="the whole of Indonesia")
    scope.add_argument("--province", metavar="CODE", help="a province's Kemendagri code, e.g. 33")
    scope.add_argument("--kabupaten-kota", dest="kabupaten_kota", metavar="CODE",
                       help="a kabupaten/kota's Kemendagri code, e.g. 52.01")
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    parser.add_argument("--from-year", type=int, help="first year of the period (default: the dataset's first)")
    parser.add_argument("--to-year", type=int, help="last year of the period (default: the dataset's last)")
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.set_defaults(func=_cmd_briefing)


def _cmd_briefing(args: argparse.Namespace) -> int:
    from ovop_analytics.briefing.figures import resolve_scope
    from ovop_analytics.briefing.render import briefing_pdf
    from ovop_analytics.bootstrap import initialise
    from ovop_analytics.store import Store, get_dataset

    if args.national:
        scope = resolve_scope("national")
    elif args.province is not None:
        scope = resolve_scope("province", args.province)
    else:
        scope = resolve_scope("kabupaten_kota", args.kabupaten_kota)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise InvalidArgumentError(f"Cannot write {out}: the directory {out.parent} does not exist.")
    if out.is_dir():
        raise InvalidArgumentError(f"Cannot write {out}: it is a directory; give a file name such as "
                                   f"{out / 'briefing.pdf'}.")
    store = Store()
    initialise(store)
    dataset = get_dataset(store, args.dataset)
    pdf = briefing_pdf(store, dataset, scope, args.lang, args.from_year, args.to_year)
    # Written whole or not at all: a reader never sees half a PDF under the final name.
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(pdf)
        os.replace(temporary, out)
    except OSError as error:
        raise InvalidArgumentError(f"Cannot write {out}: {error.strerror}.") from error
    finally:
        temporary.unlink(missing_ok=True)
    print(f"wrote {out} ({len(pdf) / 1000:.0f} KB)")
    return 0
