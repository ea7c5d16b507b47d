"""`ovop-analytics deck`: the Present page's slides as one offline HTML file or a PowerPoint."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ovop_analytics.errors import InvalidArgumentError

FORMATS = ("html", "pptx")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "deck", help="the presentation as one offline HTML file or a PowerPoint with native charts",
        description="Write the Present page's slides (national KPIs, maps, award rounds, top provinces, growth, "
                    "diversity, one slide per chosen province, sources) as one self-contained HTML file or a "
                    ".pptx with editable charts.")
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--lang", choices=["id", "en"], default="id", help="language of the slides (default id)")
    parser.add_argument("--provinces", default="", metavar="33,35",
                        help="province codes for one scorecard slide each (at most 5), e.g. 33,35")
    parser.add_argument("--from-year", type=int, help="first year of the period (default: the dataset's first)")
    parser.add_argument("--to-year", type=int, help="last year of the period (default: the dataset's last)")
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, metavar="FILE|DIR",
                        help="the file to write, or a folder (the name is made from dataset, scope and date)")
    parser.set_defaults(func=_cmd_deck)


def _cmd_deck(args: argparse.Namespace) -> int:
    from ovop_analytics.deck.model import build_deck, check_provinces, file_name
    from ovop_analytics.bootstrap import ensure_ready
    from ovop_analytics.store import Store, get_dataset

    provinces = check_provinces([code for code in args.provinces.split(",") if code.strip()])
    out = Path(args.out)
    if not out.is_dir():
        if not out.parent.is_dir():
            raise InvalidArgumentError(f"Cannot write {out}: the folder {out.parent} does not exist.",
                                       code="deck_error_out_dir", values={"path": str(out), "folder": str(out.parent)})
    store = Store()
    ensure_ready(store)
    dataset = get_dataset(store, args.dataset)
    if out.is_dir():
        out = out / file_name(dataset.name, provinces, args.from_year, args.to_year, args.lang, args.format)
    deck = build_deck(store, dataset, args.lang, provinces, args.from_year, args.to_year)
    if args.format == "html":
        from ovop_analytics.deck.html import deck_html

        content = deck_html(deck)
    else:
        from ovop_analytics.deck.pptx import deck_pptx

        content = deck_pptx(deck)
    # Written whole or not at all: a reader never sees half a file under the final name.
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    print(f"wrote {out} ({len(deck.slides)} slides, {len(content) / 1e6:.1f} MB)")
    return 0
