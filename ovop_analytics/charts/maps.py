"""Choropleth and tile-grid maps that draw with no network.

Plotly's `geo` traces fetch a world topojson from a CDN and stay blank offline, so choropleths use the
MapLibre `choroplethmap` trace with the empty "white-bg" style: no tiles, no glyphs, nothing fetched.
One trace draws every region (class as z on a stepped colorscale, no data as its grey band): each trace is
its own MapLibre source and layers. The legend with class bounds is an annotation.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ovop_analytics.charts import Provenance, finish, plotly_text
from ovop_analytics.charts.classify import NO_DATA_COLOUR, Classes
from ovop_analytics.i18n import t


def _bbox(features: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """West, south, east, north of the features; rings may be lists of [lon, lat] or (n, 2) arrays."""
    rings = []

    def walk(coords: Any) -> None:
        if isinstance(coords, np.ndarray) or (len(coords) and isinstance(coords[0][0], (int, float))):
            rings.append(np.asarray(coords, dtype=float).reshape(-1, 2))
        else:
            for part in coords:
                walk(part)

    for feature in features:
        if len(feature["geometry"]["coordinates"]):
            walk(feature["geometry"]["coordinates"])
    points = np.concatenate(rings)
    (west, south), (east, north) = points.min(axis=0), points.max(axis=0)
    return float(west), float(south), float(east), float(north)


def _mercator_y(lat: float) -> float:
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _view(features: list[dict[str, Any]], width_px: int, height_px: int) -> dict[str, Any]:
    """Centre and zoom that fit `features` into a map of about `width_px` x `height_px`
    (web-mercator: the world is 512 px wide at zoom 0 in MapLibre)."""
    west, south, east, north = _bbox(features)
    lon_zoom = math.log2(width_px * 360 / (max(east - west, 0.05) * 512))
    lat_zoom = math.log2(height_px * 360 / (max(_mercator_y(north) - _mercator_y(south), 0.05) * 512))
    centre_y = (_mercator_y(north) + _mercator_y(south)) / 2
    centre_lat = math.degrees(2 * math.atan(math.exp(math.radians(centre_y))) - math.pi / 2)
    return {"center": {"lon": (west + east) / 2, "lat": centre_lat},
            "zoom": max(0.0, min(lon_zoom, lat_zoom) - 0.1)}


def _hover_text(frame: pd.DataFrame, value_text: pd.Series, provenance: Provenance, lang: str) -> list[str]:
    source = (plotly_text(f"{t('dataset', lang)}: {provenance.dataset}") + "<br>"
              + plotly_text(f"{t('col_source', lang)}: {provenance.source[:80]}"))
    return [f"<b>{name}</b> ({code})<br>{value}<br>{source}"
            for code, name, value in zip(frame["code"], frame["name"], value_text)]


def _value_text(frame: pd.DataFrame, metric_label: str, lang: str, fmt: str) -> pd.Series:
    return pd.Series([f"{metric_label}: {format(v, fmt)}" if pd.notna(v) else t("no_data", lang)
                      for v in frame["value"]], index=frame.index)


def _legend_text(classes: Classes, metric_label: str, lang: str, present: set[int]) -> str:
    """Legend as one annotation: a coloured square and the class bounds per class shown on the map."""
    rows = [f"<b>{plotly_text(metric_label)}</b>"]
    entries = list(enumerate(zip(classes.labels, classes.colours))) + [(-1, (t("no_data", lang), NO_DATA_COLOUR))]
    for cls, (label, colour) in entries:
        if cls in present:
            rows.append(f'<span style="color:{colour};font-size:16px">\u25a0</span> {plotly_text(label)}')
    return "<br>".join(rows)


def _stepped_colorscale(colours: list[str]) -> list[list[Any]]:
    """A colorscale of equal flat bands, one per colour: z = i (with zmin -0.5, zmax len-0.5) is colour i."""
    n = len(colours)
    scale: list[list[Any]] = []
    for i, colour in enumerate(colours):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    return scale


def choropleth(geojson: dict[str, Any], frame: pd.DataFrame, classes: Classes, *, title: str,
               metric_label: str, provenance: Provenance, lang: str, value_format: str = ",.3g",
               note: str | None = None, width_px: int = 720) -> go.Figure:
    """`frame` has code, name, value (NaN = no data); feature ids of `geojson` are the codes.

    One choroplethmap trace for every region (z = class, no data included, on a stepped colorscale): each
    trace is its own MapLibre source and layers, and one trace draws faster than one per class. The legend
    with class bounds is an annotation, since a single trace has a single legend entry.
    """
    features = {f["id"]: f for f in geojson["features"]}
    frame = frame[frame["code"].isin(features)].copy()
    frame["cls"] = classes.index.reindex(frame.index).fillna(-1).astype(int)
    hover = _hover_text(frame, _value_text(frame, metric_label, lang, value_format), provenance, lang)
    colours = [NO_DATA_COLOUR, *classes.colours]  # band 0 is no data, band i + 1 is class i
    fig = go.Figure()
    if not frame.empty:
        fig.add_choroplethmap(
            geojson={"type": "FeatureCollection", "features": [features[c] for c in frame["code"]]},
            locations=frame["code"], z=frame["cls"].to_numpy() + 1, featureidkey="id",
            colorscale=_stepped_colorscale(colours), zmin=-0.5, zmax=len(colours) - 0.5, showscale=False,
            showlegend=False, marker={"line": {"width": 0.4, "color": "#ffffff"}, "opacity": 0.95},
            text=hover, hovertemplate="%{text}<extra></extra>")
    # The map fills a plot area about `width_px` wide (a laptop's or projector's main column less the
    # legend); the figure is as tall as the regions' shape needs, plus title and source line.
    west, south, east, north = _bbox(list(features.values()))
    aspect = (_mercator_y(north) - _mercator_y(south)) / max(east - west, 0.05)
    map_height = int(min(max(width_px * aspect, 280), 640))
    height = map_height + 150
    fig.update_layout(map={"style": "white-bg", **_view(list(features.values()), width_px, map_height)})
    if note:
        fig.add_annotation(text=note, xref="paper", yref="paper", x=0, y=1, xanchor="left", yanchor="bottom",
                           showarrow=False, font={"size": 12, "color": "#333"})
    fig = finish(fig, title=title, x_title=None, y_title=None, provenance=provenance, lang=lang, height=height)
    legend_px = 30 + 7 * max([len(metric_label), *(len(label) + 3 for label in classes.labels),
                              len(t("no_data", lang)) + 3])
    fig.add_annotation(text=_legend_text(classes, metric_label, lang, set(frame["cls"])), xref="paper",
                       yref="paper", x=1, y=1, xshift=14, xanchor="left", yanchor="top", align="left",
                       showarrow=False, font={"size": 12, "color": "#222"})
    fig.update_layout(margin={"r": legend_px + 14})
    return fig


def tile_map(grid: pd.DataFrame, frame: pd.DataFrame, classes: Classes, *, title: str, metric_label: str,
             provenance: Provenance, lang: str, value_format: str = ",.3g") -> go.Figure:
    """Equal squares per province (grid: code, short, row, col); frame: code, name, value."""
    tiles = grid.merge(frame[["code", "value"]], on="code", how="left")
    class_of = pd.Series(classes.index.to_numpy(), index=frame["code"].to_numpy())
    tiles["cls"] = tiles["code"].map(class_of).fillna(-1).astype(int)
    value_text = _value_text(tiles, metric_label, lang, value_format)
    tiles["hover"] = _hover_text(tiles, value_text, provenance, lang)
    fig = go.Figure()
    groups = [(i, label, colour) for i, (label, colour) in enumerate(zip(classes.labels, classes.colours))]
    groups.append((-1, t("no_data", lang), NO_DATA_COLOUR))
    for cls, label, colour in groups:
        part = tiles[tiles["cls"] == cls]
        if part.empty:
            continue
        dark = cls >= max(len(classes.labels) - 2, 1)
        fig.add_scatter(x=part["col"], y=-part["row"], mode="markers+text", name=label, text=part["short"],
                        textfont={"size": 10, "color": "#ffffff" if dark else "#222222"},
                        marker={"symbol": "square", "size": 54, "color": colour,
                                "line": {"width": 1, "color": "#ffffff"}},
                        customdata=part["hover"], hovertemplate="%{customdata}<extra></extra>")
    fig.update_xaxes(visible=False, range=[-0.7, grid["col"].max() + 0.7])
    fig.update_yaxes(visible=False, range=[-grid["row"].max() - 0.7, 0.7], scaleanchor="x", scaleratio=1)
    fig.update_layout(legend={"title": {"text": metric_label}, "itemclick": False, "itemdoubleclick": False},
                      plot_bgcolor="#ffffff")
    return finish(fig, title=title, x_title=None, y_title=None, provenance=provenance, lang=lang, height=520)
