"""OVOP Analytics: navigation, language switch and dataset picker. Pages live in pages/."""

import streamlit as st

from ovop_analytics import ui

st.set_page_config(page_title="OVOP Analytics", layout="wide", initial_sidebar_state="auto")  # default favicon: served locally

with ui.app_shell():  # no error reaches the visitor as a traceback: a message with an incident id
    ui.store()  # creates and fills the database on the very first start
    ui.sidebar_controls()
    ui.saving_notice()  # PostgreSQL mode, server away: pages still draw from this node's replica (in the
    # language the sidebar has just settled)
    tr = ui.tr
    # "/" runs the Overview itself (a switch to /overview cost a second script run on every visit).
    # Streamlit serves its default page at "/" only, so /overview, the address older links use, is the
    # same page again as a hidden entry.
    home = st.Page("pages/overview.py", title=tr("page_overview"), url_path="home", default=True)
    overview = st.Page("pages/overview.py", title=tr("page_overview"), url_path="overview", visibility="hidden")
    navigation = st.navigation({
        tr("section_explore"): [
            home,
            overview,
            st.Page("pages/map.py", title=tr("page_map"), url_path="map"),
            st.Page("pages/spatial.py", title=tr("page_spatial"), url_path="spatial"),
            st.Page("pages/provinces.py", title=tr("page_provinces"),
                    url_path="provinces"),
            st.Page("pages/kabkota.py", title=tr("kk_page"), url_path="kabkota"),
            st.Page("pages/growth.py", title=tr("page_growth"), url_path="growth"),
            st.Page("pages/diversity.py", title=tr("page_diversity"), url_path="diversity"),
            st.Page("pages/compare.py", title=tr("page_compare"), url_path="compare"),
            st.Page("pages/present.py", title=tr("pres_page"), url_path="present"),
        ],
        tr("section_data"): [
            st.Page("pages/upload.py", title=tr("page_upload"), url_path="upload"),
            st.Page("pages/workspace.py", title=tr("ws_page"), url_path="workspace"),
            st.Page("pages/facts.py", title=tr("pub_page"), url_path="facts"),
            st.Page("pages/sources.py", title=tr("page_sources"), url_path="sources"),
        ],
    }, expanded=True)  # all 13 pages listed: Streamlit's own "View 3 more" is English on the Indonesian page
    ui.enter_page(navigation.url_path or "overview")  # the previous page's own controls are forgotten
    ui.run_page(navigation)
