"""The one room of the library that imports streamlit: everything pages share, by concern.

    text        interface language, `tr`, and `plain` (names from files shown literally)
    identity    who this browser session is (the workspace key component)
    shell       the error boundary around every page, page-run turns, upload memory
    session     the Store, this session's datasets, the selected dataset, private links
    url_state   controls kept in the URL (`url_bound`, `to_url`, the period slider)
    caches      what sessions may share (public datasets only) and the keys of those caches
    sidebar     language switch and dataset picker
    locale      the words Streamlit and plotly write themselves (modebar, uploader), relabel after a switch
    widgets     page head, charts, tables, downloads
    present     presentation mode and the map's timeline player
    static_files  large unchanging payloads (map shapes) as content-named files the browser caches
    analytics   province pickers and the scorecard's rank line
    assets/     the JavaScript and CSS of the above, as files

Caches in Streamlit are shared by every session, so only public datasets go through `st.cache_data`;
a private upload is read fresh for its own session and never enters a shared cache.

Pages write `from ovop_analytics import ui` and call `ui.<name>`: the names below are that surface
(anything else is imported from its module).
"""

from ovop_analytics.ui.caches import SharedFigure, call_key, chart_title, data, figure, public_read
from ovop_analytics.ui.locale import uploader_css
from ovop_analytics.ui.session import (PRIVATE_LINK_KEY, current_dataset, database_signature, operator_password,
                                       publish_throttle, saving_notice, select_dataset, session_token, store,
                                       visible_datasets)
from ovop_analytics.ui.shell import (FORCED_ERROR_ENV, app_shell, hold_uploads, page_run_turn, release_uploads,
                                     require_app_shell, run_page)
from ovop_analytics.ui.sidebar import relabel_page, sidebar_controls
from ovop_analytics.ui.text import DATASET_KEY, LANGUAGE_KEY, caption, lang, plain, tr, tr_plain
from ovop_analytics.ui.url_state import enter_page, period_selection, period_slider, to_url, url_bound
from ovop_analytics.ui.widgets import (chart, csv_bytes, dataset_notice, dataset_page, downloads, image_format_label,
                                       plotly_config, provenance, table, vega_chart, vega_image_buttons)

__all__ = [
    "DATASET_KEY", "FORCED_ERROR_ENV", "LANGUAGE_KEY", "PRIVATE_LINK_KEY", "SharedFigure", "app_shell", "call_key",
    "caption", "chart", "chart_title", "csv_bytes", "current_dataset", "data", "database_signature",
    "dataset_notice", "dataset_page", "downloads", "enter_page", "figure", "hold_uploads", "image_format_label",
    "lang", "operator_password", "page_run_turn", "period_selection", "period_slider", "plain", "plotly_config",
    "provenance", "public_read", "publish_throttle", "relabel_page", "release_uploads", "require_app_shell",
    "run_page", "saving_notice", "select_dataset", "session_token", "sidebar_controls", "store", "table", "to_url",
    "tr", "tr_plain", "uploader_css", "url_bound", "vega_chart", "vega_image_buttons", "visible_datasets",
]
