"""Presentasi / Present: full-screen slides for a projector, stepped with the arrow keys, PageDown/PageUp
(a clicker) or the on-screen buttons; `?slide=N` opens the deck at slide N.

Every slide is drawn once and the deck component shows one at a time in the browser (see ovop_analytics.ui.present),
so a slide change never waits for the server.
"""

import streamlit as st

from ovop_analytics import export_images, geo, ui
from ovop_analytics.deck import build_deck
from ovop_analytics.deck import model as deck_model
from ovop_analytics.ui import analytics as ua
from ovop_analytics.ui import present as up
from ovop_analytics.i18n import LANGUAGES
from ovop_analytics.regions import provinces
from ovop_analytics.store import queries

ui.require_app_shell()
tr, lang = ui.tr, ui.lang()
CHART_HEIGHT = 560  # fits 1280x720 with the slide title and the control bar
MAP_FONT_SCALE = 1.4
INTERVALS = [0, 10, 20, 30, 60]

dataset = ui.current_dataset()
if dataset is None:
    st.title(tr("pres_title"))
    st.info(tr("common_no_records"))
    st.stop()

# --- settings (their own controls; language and dataset mirror the hidden sidebar's) ----------------
province_codes = [p.code for p in provinces()]
ui.url_bound("provinces", province_codes, [])
ui.url_bound("auto", INTERVALS, 0, int)
chosen = [c for c in st.session_state["provinces"] if c in province_codes][:ua.MAX_COMPARED]


def _set_global(source: str, target: str) -> None:
    st.session_state[target] = st.session_state[source]
    if target == ui.LANGUAGE_KEY:  # the chosen values ('Mati') in the new language too
        ui.relabel_page()


# The slides as data, built by the library from the same functions as the Overview and the CLI (and the
# HTML and PowerPoint downloads): stock of every record inside the dataset's coverage, a programme the
# dataset lacks is "–", never 0 / 0.
deck = build_deck(ui.store(), dataset, lang, chosen, read=lambda func, *args, **kwargs: ui.data(func, dataset, *args,
                                                                                                **kwargs))
slide_count = len(deck.slides)
st.html(up.deck_css(slide_count))


def slide(number: int):
    return st.container(key=f"{up.SLIDE_KEY}{number}")


def slide_chart(data: deck_model.Slide, name: str) -> None:
    figure = data.chart.figure  # already sized for the slide (deck.figures.slide_figure)
    st.plotly_chart(figure, config=ui.plotly_config(figure, dataset, st.session_state.get("pres_image", "png_1920")),
                    key=f"pres_fig_{name}", theme=None)


def footer(data: deck_model.Slide) -> None:
    ui.caption(data.source)


def notices(data: deck_model.Slide) -> None:
    for text in data.notices:
        st.info(text)


def live_map(spec: dict, height: int, key: str) -> None:
    spec = export_images.scale_text(spec, MAP_FONT_SCALE)
    spec["height"] = height
    ui.vega_chart(spec, key=key)  # shapes by URL: a static file the browser keeps


for number, data in enumerate(deck.slides, start=1):
    with slide(number):
        if data.key == "kpi":  # 1. National KPIs
            st.title(data.title)
            ui.caption(data.subtitle)
            for pair in (data.kpis[:2], data.kpis[2:]):
                for column, kpi in zip(st.columns(2), pair):
                    column.metric(kpi.label, kpi.value, border=True)
            for text in data.notices:
                ui.caption(text)
            footer(data)
        elif data.key == "map":  # 2. National map
            st.header(data.title)
            live_map(data.map.spec, CHART_HEIGHT - 40, "pres_map")
        elif data.key == "timeline":  # 3. The award rounds on the map, stepped in the browser
            st.header(data.title)
            if data.map is None:
                notices(data)
                footer(data)
            else:
                with st.container(key="pres_timeline_box"):
                    up.timeline_player("pres_timeline_box", {"play": tr("pres_play"), "pause": tr("pres_pause"),
                                                             "prev": tr("pres_previous"), "next": tr("pres_next")})
                    live_map(data.map.spec, CHART_HEIGHT - 110, "pres_timeline_map")
        elif data.key == "rounds" and data.chart is not None:
            # 4. No slide heading: the chart's title says it, and its footer cites every published fact it
            # draws (ids and titles, as on the Overview), which needs the room.
            slide_chart(data, "rounds")
        elif data.key == "diversity" and data.chart is not None:  # 7. National mix and catalogue coverage
            st.header(data.title)
            left, right = st.columns([1, 2.6])
            for kpi in data.kpis:
                left.metric(kpi.label, kpi.value, border=True)
            with right:
                slide_chart(data, "mix")
        elif data.key.startswith("province_"):  # 8.. One slide per chosen province: its scorecard in brief
            st.header(data.title)
            for column, kpi in zip(st.columns(4), data.kpis):
                column.metric(kpi.label, kpi.value, border=True, delta_description=kpi.note, delta_arrow="off")
            if data.chart is not None:
                code = data.key.removeprefix("province_")
                st.plotly_chart(data.chart.figure, config=ui.plotly_config(data.chart.figure, dataset),
                                key=f"pres_fig_mix_{code}", theme=None)
            else:
                notices(data)
        elif data.key == "sources":  # Last: published facts and sources
            st.header(data.title)
            st.markdown(ui.plain(data.lines[0]))
            for line in data.lines[1:]:
                st.text(line)
            st.caption(ui.plain(tr("pres_sources_more", n=len(queries.published_facts(ui.store())))))
        else:  # 4.-6.: a chart, or why there is none (rounds, top provinces, growth)
            st.header(data.title)
            if data.chart is not None:
                slide_chart(data, data.key)
            else:
                notices(data)
                footer(data)

# --- badge, controls and settings, fixed over the slides -------------------------------------------
if dataset.is_synthetic:
    with st.container(key="pres_badge"):
        st.markdown(tr("common_synthetic_watermark").upper())
with st.container(key="pres_bar"):
    up.deck_controls(slide_count, {"prev": tr("pres_previous"), "next": tr("pres_next"),
                                   "auto": tr("pres_auto_start"), "stop": tr("pres_auto_stop")},
                     int(st.session_state["auto"]), autostart=int(st.session_state["auto"]) > 0)
with st.container(key="pres_setup"):
    with st.popover(tr("pres_settings"), icon=":material/tune:"):
        st.session_state["pres_lang"] = lang
        st.segmented_control(tr("common_language"), list(LANGUAGES), key="pres_lang", format_func=LANGUAGES.get,
                             required=True, on_change=_set_global, args=("pres_lang", ui.LANGUAGE_KEY))
        names = [d.name for d in ui.visible_datasets() if d.kind != "reference"]
        st.session_state["pres_dataset"] = dataset.name
        st.selectbox(tr("dataset"), names, key="pres_dataset", on_change=_set_global,
                     args=("pres_dataset", ui.DATASET_KEY))
        ua.province_multiselect(province_codes, [], tr("pres_choose_provinces"))
        st.selectbox(tr("pres_auto"), INTERVALS, key="auto",
                     format_func=lambda s: tr("pres_auto_off") if s == 0 else tr("pres_auto_seconds", s=s))
        up.deck_downloads(dataset, lang, chosen)  # the slides on screen, as a file to carry away
        st.segmented_control(tr("pres_image_size"), list(export_images.FORMATS), key="pres_image",
                             format_func=ui.image_format_label, default="png_1920", required=True)
        st.caption(tr("pres_image_camera_hint"))
        if "province" in geo.installed_levels():  # the national map's images (not the tile grid's)
            st.caption(tr("pres_map_images"))
            ui.vega_image_buttons(next(s for s in deck.slides if s.key == "map").map.spec, dataset, "pres_map")
        st.caption(tr("pres_keys_hint"))
ui.to_url("auto")
