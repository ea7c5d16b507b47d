"""Maps and the Moran scatter plot of a spatial analysis, as Vega-Lite specs that draw with no network.

- `cluster_map_and_scatter`: the LISA cluster map beside the Moran scatter plot, linked in the browser:
  pointing at a region in either view outlines it in both (two hover selections on `code`);
- `category_map`: one categorical map (LISA clusters, significance, or Gi* hot and cold spots), each legend
  entry with its count of regions, in a fixed order and a colour-blind-safe palette.
Names come from the gazetteer and are only ever Vega text. Source line and watermark as on every map.
"""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np
import pandas as pd

from ovop_analytics import numbers
from ovop_analytics.charts import Provenance, source_text
from ovop_analytics.charts.maps import (CHROME_PX, LEGEND_LABEL_LIMIT, SOURCE_FONT_SIZE, _decorations, _spec, _title,
                                        geometry_data, map_height)
from ovop_analytics.i18n import t

# ColorBrewer RdBu (colour-blind safe) for the four LISA quadrants and Gi* bins, ColorBrewer Greens for
# significance; greys for "not significant" and "no neighbours", white with a grey border for "no data".
LISA_COLOURS = {"high_high": "#b2182b", "low_low": "#2166ac", "low_high": "#92c5de", "high_low": "#f4a582",
                "not_significant": "#e6e6e6", "isolate": "#8c8c8c", "no_data": "#ffffff"}
LISA_ORDER = ("high_high", "low_low", "low_high", "high_low", "not_significant", "isolate", "no_data")
GI_COLOURS = {"hot_99": "#b2182b", "hot_95": "#ef8a62", "hot_90": "#fddbc7", "not_significant": "#e6e6e6",
              "cold_90": "#d1e5f0", "cold_95": "#67a9cf", "cold_99": "#2166ac", "isolate": "#8c8c8c",
              "no_data": "#ffffff"}
GI_ORDER = tuple(GI_COLOURS)
SIG_COLOURS = {"0.001": "#006d2c", "0.01": "#31a354", "0.05": "#a1d99b", "not_significant": "#e6e6e6",
               "isolate": "#8c8c8c", "no_data": "#ffffff"}
SIG_ORDER = tuple(SIG_COLOURS)
KINDS = {"lisa": (LISA_ORDER, LISA_COLOURS), "gi": (GI_ORDER, GI_COLOURS), "significance": (SIG_ORDER, SIG_COLOURS)}


def category_label(kind: str, key: str, lang: str) -> str:
    """The words of a category: 'Tinggi-Tinggi (kantong tinggi)', 'Titik panas (99%)', 'p ≤ 0,01'."""
    if kind == "lisa":
        return t(f"spatial_lisa_{key}", lang)
    if kind == "gi":
        return t(f"spatial_gi_{key}", lang)
    return t(f"spatial_sig_{key}", lang)
BORDER = "#9a9a9a"


def significance_class(category: str, p: float | None, cutoff: float) -> str:
    """The significance map's class of a region: the smallest level of 0.001 / 0.01 / 0.05 its p reaches
    (only levels at or below the cut-off in use), else not significant, or no neighbours / no data."""
    if category in ("isolate", "no_data"):
        return category
    if p is None or pd.isna(p) or category == "not_significant":
        return "not_significant"
    for level in ("0.001", "0.01", "0.05"):
        if p <= float(level) <= cutoff + 1e-12:
            return level
    return "not_significant"


def legend_entries(classes: pd.Series, kind: str, lang: str) -> tuple[list[str], list[str], dict[str, str]]:
    """Legend labels with counts ('Tinggi-Tinggi (kantong tinggi) (6)'), their colours, in the kind's order,
    every category listed (a zero count says the category was looked for), and key -> label."""
    order, colours = KINDS[kind]
    counts = classes.value_counts()
    labels = {key: t("spatial_legend_count", lang, label=category_label(kind, key, lang), n=int(counts.get(key, 0)))
              for key in order}
    return [labels[key] for key in order], [colours[key] for key in order], labels


def _number(value: Any, fmt: str, lang: str) -> str | None:
    return None if value is None or pd.isna(value) else numbers.with_spec(float(value), fmt, lang)


def _rows(frame: pd.DataFrame, classes: pd.Series, labels: dict[str, str], value_format: str, lang: str,
          provenance: Provenance) -> list[dict[str, Any]]:
    no_data = t("common_no_data", lang)
    return [{"code": code, "name": name, "class": labels[key], "value": _number(value, value_format, lang) or no_data,
             "p": _number(p, ".3f", lang) or "–", "dataset": provenance.dataset, "source": provenance.source}
            for code, name, key, value, p in zip(frame["region_code"], frame["region_name"], classes, frame["value"],
                                                 frame["p_value"] if "p_value" in frame else [None] * len(frame))]


def _tooltip(metric_label: str, lang: str) -> list[dict[str, str]]:
    return [{"field": "name", "title": t("common_col_region", lang)},
            {"field": "code", "title": t("common_col_region_code", lang)},
            {"field": "value", "title": metric_label}, {"field": "class", "title": t("spatial_category", lang)},
            {"field": "p", "title": "p"}, {"field": "dataset", "title": t("dataset", lang)}]


def _map_layer(features: list[dict[str, Any]], rows: list[dict[str, Any]], domain: list[str], colours: list[str],
               legend_title: str, metric_label: str, lang: str, hover: str | None,
               linked: tuple[str, ...] = (), legend_orient: str = "right") -> dict[str, Any]:
    outline = [{"param": name, "empty": False, "value": 2.5} for name in linked]
    stroke = [{"param": name, "empty": False, "value": "#000000"} for name in linked]
    layer: dict[str, Any] = {
        "data": geometry_data(features),
        "transform": [{"lookup": "id", "from": {"data": {"values": rows}, "key": "code",
                                                "fields": ["code", "name", "class", "value", "p", "dataset",
                                                           "source"]}}],
        "mark": {"type": "geoshape", "strokeWidth": 0.4},
        "encoding": {
            "color": {"field": "class", "type": "nominal", "scale": {"domain": domain, "range": colours},
                      "legend": {"title": legend_title, "orient": legend_orient, "symbolType": "square",
                                 "symbolSize": 160, "columns": 1 if legend_orient == "right" else 2,
                                 "symbolStrokeColor": BORDER, "symbolStrokeWidth": 0.6,
                                 "labelLimit": LEGEND_LABEL_LIMIT, "titleLimit": LEGEND_LABEL_LIMIT,
                                 "labelFontSize": 12, "titleFontSize": 12, "values": domain}},
            "stroke": {"condition": stroke, "value": BORDER} if stroke else {"value": BORDER},
            "strokeWidth": {"condition": outline, "value": 0.4} if outline else {"value": 0.4},
            "tooltip": _tooltip(metric_label, lang)},
    }
    if hover:
        layer["params"] = [{"name": hover, "select": {"type": "point", "fields": ["code"], "on": "pointerover",
                                                      "clear": "pointerout"}}]
    return layer


def category_map(geojson: dict[str, Any], frame: pd.DataFrame, kind: str, *, title: str, metric_label: str,
                 provenance: Provenance, lang: str, cutoff: float = 0.05, value_format: str = ",.2f",
                 note: str | None = None, width_px: int = 800) -> dict[str, Any]:
    """A categorical map of `frame` (region_code, region_name, value, p_value, category, gi_bin) of kind
    'lisa', 'significance' or 'gi'. Regions of the layer missing from `frame` are 'no data'."""
    features = geojson["features"]
    frame = _aligned(frame, features)
    classes = _classes(frame, kind, cutoff)
    domain, colours, labels = legend_entries(classes, kind, lang)
    rows = _rows(frame, classes, labels, value_format, lang, provenance)
    legend_title = t(f"spatial_legend_{kind}", lang)
    # legend under the map: beside it, on a phone, it would leave the map a few pixels wide
    layer = _map_layer(features, rows, domain, colours, legend_title, metric_label, lang, None,
                       legend_orient="bottom")
    height = map_height(features, width_px) + CHROME_PX + (20 if note else 0) + 30 * ((len(domain) + 1) // 2)
    return _spec(_title(title, note), height, [layer, *_decorations(provenance, lang)], lang,
                 projection={"type": "mercator"})


def _aligned(frame: pd.DataFrame, features: list[dict[str, Any]]) -> pd.DataFrame:
    """One row per feature of the layer, in its order; a region the analysis did not hold is no data."""
    codes = [feature["id"] for feature in features]
    names = {feature["id"]: feature["properties"].get("name", feature["id"]) for feature in features}
    out = frame.set_index("region_code").reindex(codes)
    out["region_name"] = out["region_name"].fillna(pd.Series(names))
    out["category"] = out["category"].fillna("no_data")
    out["gi_bin"] = out["gi_bin"].fillna("no_data") if "gi_bin" in out else "no_data"
    return out.rename_axis("region_code").reset_index()


def _classes(frame: pd.DataFrame, kind: str, cutoff: float) -> pd.Series:
    if kind == "lisa":
        return frame["category"].reset_index(drop=True)
    if kind == "gi":
        return frame["gi_bin"].reset_index(drop=True)
    return pd.Series([significance_class(c, p, cutoff) for c, p in zip(frame["category"], frame["p_value"])])


def cluster_map_and_scatter(geojson: dict[str, Any], frame: pd.DataFrame, *, title: str, metric_label: str,
                            moran_i: float, provenance: Provenance, lang: str, value_format: str = ",.2f",
                            note: str | None = None, width_px: int = 640) -> dict[str, Any]:
    """The LISA cluster map and the Moran scatter plot (standardised value against its spatial lag, the
    slope of the fitted line is Moran's I) in one spec; hovering a region or a point outlines both."""
    features = geojson["features"]
    frame = _aligned(frame, features)
    classes = _classes(frame, "lisa", 0.05)
    domain, colours, labels = legend_entries(classes, "lisa", lang)
    rows = _rows(frame, classes, labels, value_format, lang, provenance)
    legend_title = t("spatial_legend_lisa", lang)
    map_view = _map_layer(features, rows, domain, colours, legend_title, metric_label, lang, "hover_map",
                          ("hover_map", "hover_plot"))
    tested = frame[frame["z"].notna()] if "z" in frame else frame.iloc[0:0]
    points = [{**row, "z": float(z), "lag_z": float(lag)}
              for row, z, lag in zip(rows, frame.get("z", pd.Series(dtype=float)),
                                     frame.get("lag_z", pd.Series(dtype=float))) if pd.notna(z)]
    x_span = _span(tested.get("z"))
    y_span = _span(tested.get("lag_z"))
    x_title, y_title = t("spatial_axis_value", lang, metric=metric_label), t("spatial_axis_lag", lang)
    x_scale = {"domain": [-x_span, x_span], "nice": False}
    y_scale = {"domain": [-y_span, y_span], "nice": False}
    linked = [{"param": "hover_plot", "empty": False}, {"param": "hover_map", "empty": False}]
    # the fitted line through the origin: its slope is Moran's I (row-standardised weights)
    reach = min(x_span, y_span / abs(moran_i)) if moran_i else x_span
    scatter = {
        "width": width_px, "height": 300,
        "title": {"text": t("spatial_scatter_title", lang), "fontSize": 13, "anchor": "start"},
        "layer": [
            {"data": {"values": [{"x": -reach, "y": -reach * moran_i}, {"x": reach, "y": reach * moran_i}]},
             "mark": {"type": "line", "color": "#333333", "strokeDash": [5, 3]},
             "encoding": {"x": {"field": "x", "type": "quantitative", "scale": x_scale, "title": x_title},
                          "y": {"field": "y", "type": "quantitative", "scale": y_scale, "title": y_title}}},
            {"data": {"values": [{"v": 0}]}, "mark": {"type": "rule", "color": "#999999"},
             "encoding": {"x": {"field": "v", "type": "quantitative"}}},
            {"data": {"values": [{"v": 0}]}, "mark": {"type": "rule", "color": "#999999"},
             "encoding": {"y": {"field": "v", "type": "quantitative"}}},
            {"data": {"values": points},
             "params": [{"name": "hover_plot", "select": {"type": "point", "fields": ["code"], "on": "pointerover",
                                                          "clear": "pointerout", "nearest": True}}],
             "mark": {"type": "circle", "opacity": 0.9},
             "encoding": {
                 "x": {"field": "z", "type": "quantitative", "scale": x_scale},
                 "y": {"field": "lag_z", "type": "quantitative", "scale": y_scale},
                 "color": {"field": "class", "type": "nominal", "scale": {"domain": domain, "range": colours},
                           "legend": None},
                 "stroke": {"condition": [{**c, "value": "#000000"} for c in linked], "value": BORDER},
                 "strokeWidth": {"condition": [{**c, "value": 2.5} for c in linked], "value": 0.5},
                 "size": {"condition": [{**c, "value": 170} for c in linked], "value": 46},
                 "tooltip": _tooltip(metric_label, lang)}},
            {"data": {"values": [{}]},
             "mark": {"type": "text", "text": t("spatial_scatter_slope", lang, i=decimal(moran_i, ".3f", lang)),
                      "align": "left", "baseline": "top", "x": 4, "y": 4, "fontSize": 12, "color": "#333333"}},
        ],
    }
    height = map_height(features, width_px)
    map_layers: list[dict[str, Any]] = [map_view]
    if provenance.is_synthetic:
        map_layers.append({"data": {"values": [{}]},
                           "mark": {"type": "text", "text": t("common_synthetic_watermark", lang).upper(), "align": "center",
                                    "baseline": "middle", "x": width_px / 2, "y": height / 2, "angle": 342,
                                    "fontSize": 26, "fontWeight": "bold", "color": "#b00020", "opacity": 0.18}})
    map_unit = {"width": width_px, "height": height, "projection": {"type": "mercator"}, "layer": map_layers}
    lines = textwrap.wrap(source_text(provenance, lang), 105)
    source = {"width": width_px, "height": 14 * len(lines), "data": {"values": [{}]},
              "mark": {"type": "text", "text": lines, "align": "left", "baseline": "top", "lineHeight": 14,
                       "x": 0, "y": 0, "fontSize": SOURCE_FONT_SIZE, "color": "#555555"}}
    spec = {"usermeta": {"embedOptions": {"renderer": "svg"}, "linked": ["hover_map", "hover_plot"]},
            "title": _title(title, note), "padding": {"left": 5, "right": 5, "top": 5, "bottom": 10},
            "config": {"view": {"stroke": None}},
            "vconcat": [map_unit, scatter, source], "spacing": 16}
    return spec


def decimal(value: float, fmt: str, lang: str) -> str:
    """A number as the interface language writes it: 0,040 in Bahasa Indonesia, 0.040 in English."""
    if fmt.endswith("d"):  # a count ('d', ',d'): a whole number, grouped when the spec asks
        return numbers.integer(value, lang) if "," in fmt else str(int(value))
    return numbers.with_spec(value, fmt, lang)


def _span(values: pd.Series | None) -> float:
    """Half the width of a symmetric axis around 0 that holds every value, with a margin."""
    if values is None or not len(values.dropna()):
        return 1.0
    return max(float(np.nanmax(np.abs(values.to_numpy(float)))) * 1.08, 0.5)
