"""What keeps a page view cheap: figures and maps shared by every session (what reaches the browser is what
a fresh build would send), one-string cache keys, and page runs taking turns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import plotly.tools

from ovop_analytics import ui
from ovop_analytics.ui import caches, shell
from ovop_analytics.charts import Provenance, maps
from ovop_analytics.charts.classify import classify


def test_a_shared_figure_sends_the_same_chart_as_a_fresh_one() -> None:
    """st.plotly_chart turns what it is given into a dict with plotly's return_figure_from_figure_or_data,
    then writes that as JSON: the shared dict goes through uncopied and unchanged."""
    fig = go.Figure(go.Bar(x=["Aceh", "Bali"], y=[3, 5]), layout={"title": {"text": "Jenis <b>OVOP</b><br>2024"},
                                                                  "height": 420})
    spec = fig.to_dict()
    sent = plotly.tools.return_figure_from_figure_or_data(ui.SharedFigure(spec), validate_figure=True)
    assert sent is spec
    assert pio.to_json(sent, validate=False) == pio.to_json(
        plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True), validate=False)
    assert ui.chart_title(ui.SharedFigure(spec)) == ui.chart_title(fig) == "Jenis OVOP"


def test_frame_digest_tells_frames_apart_by_content_only() -> None:
    a = pd.DataFrame({"code": ["11", "12"], "value": [1.0, 2.0]})
    assert caches._frame_digest(a) == caches._frame_digest(a.copy())
    assert caches._frame_digest(a) != caches._frame_digest(a.assign(value=[1.0, 2.5]))
    assert caches._frame_digest(a) != caches._frame_digest(a.rename(columns={"value": "other"}))
    assert caches._frame_digest(a["value"]) != caches._frame_digest(a["value"].rename("x"))


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


def test_call_keys_differ_whenever_an_argument_differs() -> None:
    frame = pd.DataFrame({"code": ["11"], "value": [1.0]})
    provenance = Provenance("demo", "sumber", True)
    base = ui.call_key("m:f", (frame, "Judul", provenance, 10, None), (("lang", "id"),))
    assert base == ui.call_key("m:f", (frame.copy(), "Judul", Provenance("demo", "sumber", True), 10, None),
                               (("lang", "id"),))
    for changed in [("m:g", (frame, "Judul", provenance, 10, None), (("lang", "id"),)),
                    ("m:f", (frame.assign(value=[2.0]), "Judul", provenance, 10, None), (("lang", "id"),)),
                    ("m:f", (frame, "Judul", Provenance("demo", "sumber", False), 10, None), (("lang", "id"),)),
                    ("m:f", (frame, "Judul", provenance, "10", None), (("lang", "id"),)),
                    ("m:f", (frame, "Judul", provenance, 10, None), (("lang", "en"),)),
                    ("m:f", ((frame, "Judul"), provenance, 10, None), (("lang", "id"),))]:
        assert ui.call_key(*changed) != base, changed
    assert ui.call_key(np.int64(3)) == ui.call_key(np.int64(3)) != ui.call_key(3)
    # an object known only by its address is never keyed (a later object could reuse the address)
    assert ui.call_key("m:f", (object(),)) is None


def test_page_runs_take_turns_and_a_stuck_one_holds_the_others_only_for_the_wait(monkeypatch) -> None:
    import threading
    import time

    monkeypatch.setattr(shell, "_turns", threading.BoundedSemaphore(1))
    monkeypatch.setenv("OVOP_PAGE_RUN_WAIT", "0.5")
    order: list[str] = []
    first_in = threading.Event()

    def first() -> None:
        with ui.page_run_turn():
            first_in.set()
            time.sleep(0.2)
            order.append("first done")

    def second() -> None:
        first_in.wait()
        with ui.page_run_turn():
            order.append("second runs")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order == ["first done", "second runs"], "the second waited for its turn"

    shell._turns.acquire()  # a run that never ends
    started = time.monotonic()
    with ui.page_run_turn():
        waited = time.monotonic() - started
    assert 0.4 < waited < 2, "runs anyway after OVOP_PAGE_RUN_WAIT"
    shell._turns.release()
    with ui.page_run_turn():  # the turn it never took was not given back twice
        pass
