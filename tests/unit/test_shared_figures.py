"""Figures and maps shared by every session: what reaches the browser is what a fresh build would send."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
from streamlit.testing.v1 import AppTest

from ovop_analytics import ui
from ovop_analytics.charts import Provenance, maps
from ovop_analytics.charts.classify import classify


def _two_charts(spec: dict) -> None:
    import plotly.graph_objects as go  # AppTest runs this function's source on its own
    import streamlit as st

    from ovop_analytics.ui import SharedFigure

    st.plotly_chart(go.Figure(spec), key="fresh")
    st.plotly_chart(SharedFigure(spec), key="shared")


def test_a_shared_figure_sends_the_same_chart_as_a_fresh_one() -> None:
    fig = go.Figure(go.Bar(x=["Aceh", "Bali"], y=[3, 5]), layout={"title": {"text": "Jenis <b>OVOP</b><br>2024"},
                                                                  "height": 420})
    spec = fig.to_dict()
    app = AppTest.from_function(_two_charts, kwargs={"spec": spec}).run()
    fresh, shared = app.get("plotly_chart")
    assert json.loads(shared.proto.spec) == json.loads(fresh.proto.spec)
    assert spec == fig.to_dict(), "drawing never changes the shared dict"
    assert ui.chart_title(ui.SharedFigure(spec)) == ui.chart_title(fig) == "Jenis OVOP"


def test_frame_digest_tells_frames_apart_by_content_only() -> None:
    a = pd.DataFrame({"code": ["11", "12"], "value": [1.0, 2.0]})
    assert ui._frame_digest(a) == ui._frame_digest(a.copy())
    assert ui._frame_digest(a) != ui._frame_digest(a.assign(value=[1.0, 2.5]))
    assert ui._frame_digest(a) != ui._frame_digest(a.rename(columns={"value": "other"}))
    assert ui._frame_digest(a["value"]) != ui._frame_digest(a["value"].rename("x"))


def _square(code: str, x: float) -> dict:
    ring = [[x, 0.0], [x + 1, 0.0], [x + 1, 1.0], [x, 1.0], [x, 0.0]]
    return {"type": "Feature", "id": code, "properties": {"code": code, "name": f"Wilayah {code}"},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_map_shapes_are_written_once_per_layer_and_hold_every_region() -> None:
    layer = {"type": "FeatureCollection", "features": [_square("11", 0), _square("12", 2)]}
    frame = pd.DataFrame({"code": ["11", "12"], "name": ["Aceh", "Sumut"], "value": [1.0, 4.0]})
    provenance = Provenance("demo", "sumber", False)
    first = maps.choropleth(layer, frame, classify(frame["value"], "equal_interval", k=2), title="t",
                            metric_label="m", provenance=provenance, lang="id")
    again = maps.choropleth({"features": list(layer["features"])}, frame.assign(value=[2.0, 3.0]),
                            classify(frame["value"], "equal_interval", k=2), title="t", metric_label="m",
                            provenance=provenance, lang="id")
    data = first["layer"][0]["data"]
    assert data["values"] is again["layer"][0]["data"]["values"], "the same features: the same text, not a copy"
    assert data["format"] == {"type": "json", "property": "features"}
    assert [f["geometry"] for f in maps.geometry_features(data)] == [f["geometry"] for f in layer["features"]]
    # a new set of features (a province's kabupaten/kota) gets its own text
    one = maps.choropleth({"features": layer["features"][:1]}, frame.iloc[:1], classify(frame["value"].iloc[:1],
                          "equal_interval", k=1), title="t", metric_label="m", provenance=provenance, lang="id")
    assert [f["id"] for f in maps.geometry_features(one["layer"][0]["data"])] == ["11"]
