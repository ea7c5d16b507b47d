"""`ovop-analytics boundaries install|status`: install boundary layers and see what is installed."""

from __future__ import annotations

import argparse
import json

from ovop_analytics.regions import by_code


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("boundaries", help="install region boundaries for maps, or show them")
    sub = parser.add_subparsers(dest="boundaries_command", required=True, parser_class=type(parser))

    p = sub.add_parser("install", help="install a province or kabupaten/kota layer from a file or URL "
                                       "(GeoJSON, TopoJSON, zipped Shapefile, GeoPackage)")
    p.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL")
    p.add_argument("--level", choices=["province", "kabupaten_kota"],
                   help="the layer's level (detected from codes or names when left out)")
    p.add_argument("--sha256", metavar="HEX", help="refuse the file unless its SHA-256 is this")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.set_defaults(func=_cmd_install)

    p = sub.add_parser("status", help="what is installed: regions, source, date, display size")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_status)


def _names(codes: list[str], limit: int = 12) -> str:
    shown = [f"{c} {by_code()[c].name}" for c in codes[:limit]]
    more = f" and {len(codes) - limit} more" if len(codes) > limit else ""
    return ", ".join(shown) + more if shown else "none"


def _cmd_install(args: argparse.Namespace) -> int:
    from ovop_analytics.geo.install import install_boundaries  # deferred: geopandas is slow to import

    report = install_boundaries(args.source, level=args.level, sha256=args.sha256)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
        return 0
    total = report.matched + len(report.missing)
    print(f"installed {report.level} boundaries from {report.source}")
    print(f"  read: {report.features_read} features of layer '{report.layer}' ({report.format})")
    print(f"  matched: {report.matched} of {total} regions"
          + (f" ({len(report.fuzzy)} by similar name, check them below)" if report.fuzzy else ""))
    for item in report.fuzzy:
        print(f"    '{item['source']}' -> {item['code']} {item['name']} (score {item['score']})")
    print(f"  unmatched source features: {', '.join(report.unmatched) if report.unmatched else 'none'}")
    print(f"  regions without geometry: {_names(report.missing)}")
    print(f"  display layer: {report.display_bytes / 1000:.0f} KB (simplified at {report.tolerance} deg); "
          f"full layer: {report.full_bytes / 1000:.0f} KB")
    if report.overview_bytes:
        print(f"  national view: {report.overview_bytes / 1000:.0f} KB (simplified at "
              f"{report.overview_tolerance} deg)")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from ovop_analytics.geo.layers import LEVELS, boundaries_dir, installed_levels

    installed = installed_levels()
    if args.json:
        print(json.dumps({level: m.to_dict() for level, m in installed.items()}, ensure_ascii=False))
        return 0
    print(f"boundaries directory: {boundaries_dir()}")
    for level in LEVELS:
        manifest = installed.get(level)
        if manifest is None:
            print(f"{level}: not installed (ovop-analytics boundaries install --from FILE --level {level})")
            continue
        print(f"{level}: {manifest.features} regions ({len(manifest.missing)} without geometry), "
              f"display {manifest.display_bytes / 1000:.0f} KB, installed {manifest.installed_at} "
              f"from {manifest.source} (sha256 {manifest.sha256[:12]}...)")
    return 0
