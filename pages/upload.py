"""Unggah data / Upload data: read, check and review a CSV/XLSX, then store it privately, all-or-nothing.

Everything that comes from the file (names, values, messages that quote them) is shown as text in
tables or `st.text`, never as Markdown or HTML.
"""

import re
from pathlib import Path

import pandas as pd
import streamlit as st

from ovop_analytics import ingest, regions, ui
from ovop_analytics.provenance import file_stem
from ovop_analytics.errors import OvopError
from ovop_analytics.i18n import error_text, t
from ovop_analytics.store.queries import PROGRAMS

ui.require_app_shell()
tr = ui.tr
lang = ui.lang()
st.title(tr("upload_title"))
st.caption(tr("upload_intro"))
store = ui.store()
owner = ui.session_token()

with st.expander(tr("upload_template")):
    left, right = st.columns(2)
    left.download_button(tr("upload_template_csv"), ingest.template_csv(), file_name="templat_ovop.csv",
                         mime="text/csv", on_click="ignore", icon=":material/download:")
    dictionary = ingest.data_dictionary()
    right.download_button(tr("upload_dictionary_csv"), ui.csv_bytes(dictionary, synthetic=False),
                          file_name="kamus_data_ovop.csv", mime="text/csv", on_click="ignore",
                          icon=":material/download:")
    st.dataframe(dictionary, hide_index=True)

# A new key after each save empties the uploader, so the stored file is not offered again.
uploaded = st.file_uploader(tr("upload_file"), type=["csv", "txt", "tsv", "xlsx"],
                            key=f"upload_file_{st.session_state.get('upload_generation', 0)}")
options = st.columns([2, 1, 2])
program = options[0].selectbox(tr("upload_program"), [None, *PROGRAMS], key="upload_program",
                               format_func=lambda p: tr("upload_program_none") if p is None else t(f"program_{p}",
                                                                                                   lang))
sheet = options[1].text_input(tr("upload_sheet"), key="upload_sheet").strip() or None
mapping = options[2].file_uploader(tr("upload_mapping"), type=["csv"], key="upload_mapping")
# Leaving this page releases the files and what was parsed from them (server memory).
ui.hold_uploads([uploaded, mapping], ["upload_request", "upload_parsed", "upload_error"])


def show_refusal(key: str, error: OvopError) -> None:
    """A fixed, translated headline; the library's message (which may quote the file) as plain text."""
    st.error(tr(key), icon=":material/error:")
    st.text(error_text(error, lang))
    for problem in getattr(error, "problems", [])[:50]:
        st.text(f"• {problem}")


if uploaded is not None:
    request = (uploaded.file_id, program, sheet, mapping.file_id if mapping else None)
    if st.session_state.get("upload_request") != request:
        st.session_state["upload_request"] = request
        st.session_state.pop("upload_parsed", None)
        st.session_state.pop("upload_error", None)
        bar = st.progress(0.0, text=tr("upload_reading"))
        try:
            parsed = ingest.parse_upload(uploaded.getvalue(), uploaded.name, sheet=sheet, default_program=program,
                                         progress=lambda f, m: bar.progress(min(f, 1.0), text=m))
            if mapping is not None:
                parsed = ingest.apply_corrections(parsed, mapping.getvalue())
            st.session_state["upload_parsed"] = parsed
        except OvopError as error:
            st.session_state["upload_error"] = error
        bar.empty()
else:
    for key in ("upload_request", "upload_parsed", "upload_error"):
        st.session_state.pop(key, None)

if "upload_error" in st.session_state:
    show_refusal("upload_unreadable", st.session_state["upload_error"])

parsed = st.session_state.get("upload_parsed")
if parsed is not None:
    summary = parsed.summary
    st.subheader(tr("upload_summary"))
    kpis = st.columns(4)
    kpis[0].metric(tr("upload_rows"), f"{summary.rows:,}", border=True)
    kpis[1].metric(tr("upload_rows_good"), f"{summary.rows_good:,}", border=True)
    kpis[2].metric(tr("upload_rows_problems"), f"{summary.rows_with_problems:,}", border=True)
    kpis[3].metric(tr("upload_rows_review"), f"{summary.rows_waiting_for_region:,}", border=True)
    st.text("\n".join(summary.lines() + parsed.notes[:20]))

    if parsed.problem_count:
        st.subheader(tr("upload_problems", n=f"{parsed.problem_count:,}"))
        problems = pd.DataFrame([{"row": p.row, "column": p.column, "value": p.value, "message": p.message}
                                 for p in parsed.problems])
        if len(problems) < parsed.problem_count:
            st.caption(tr("upload_problems_more", shown=len(problems), n=parsed.problem_count))
        ui.table(problems, None, height=min(420, 38 + 35 * len(problems)), column_config={
            "row": st.column_config.NumberColumn(tr("col_row"), format="%d", width="small"),
            "column": tr("col_column"), "value": tr("col_value"),
            "message": st.column_config.TextColumn(tr("col_message"), width="large")})

    review = ingest.corrections_table(parsed)
    if len(review):
        st.subheader(tr("upload_review", n=len(review)))
        st.caption(tr("upload_review_help"))
        edited = st.data_editor(review, hide_index=True, key="upload_review_editor",
                                disabled=[c for c in review.columns if c != "region_code"],
                                column_config={
                                    "source_name": tr("upload_col_source_name"), "level": tr("map_level"),
                                    "province": tr("col_province"),
                                    "region_code": st.column_config.TextColumn(
                                        tr("upload_col_code"), help="33 · 33.02", required=False),
                                    "suggested_name": tr("upload_col_suggestion"), "score": tr("upload_col_score"),
                                    "status": tr("col_status"), "note": tr("col_note"), "rows": tr("col_rows"),
                                    "first_row": tr("upload_col_first_row")})
        actions = st.columns([1, 1, 2])
        if actions[0].button(tr("upload_apply"), type="primary"):
            st.session_state["upload_parsed"] = ingest.apply_corrections(parsed, edited)
            st.rerun()
        if actions[1].button(tr("upload_accept_all")):
            st.session_state["upload_parsed"] = ingest.accept_suggestions(parsed)
            st.rerun()
        actions[2].download_button(tr("upload_corrections_csv"), ingest.corrections_csv(parsed),
                                   file_name="koreksi_wilayah.csv", mime="text/csv", on_click="ignore",
                                   icon=":material/download:")

    with st.expander(tr("upload_preview")):
        ui.table(parsed.frame.head(500), None)

    st.divider()
    default_name = re.sub(r"[^\w .()-]", "_", Path(parsed.filename).stem).strip(" _")[:60] or "upload"
    name = st.text_input(tr("upload_name"), value=default_name, key="upload_name")
    # Coverage: inside it a region without records counts 0, outside it there is no data (issue 9).
    touched = ingest.touched_provinces(parsed) if parsed.ready else []
    coverage_mode = st.radio(tr("upload_coverage"), ["touched", "national", "chosen"], horizontal=True,
                             key="upload_coverage_mode", format_func=lambda m: tr(f"upload_coverage_{m}"),
                             help=tr("upload_coverage_help"))
    coverage: list[str] | None = None
    if coverage_mode == "national":
        coverage = ["national"]
    elif coverage_mode == "chosen":
        coverage = st.multiselect(tr("upload_coverage_provinces"), [r.code for r in regions.provinces()],
                                  default=touched, format_func=lambda c: f"{c} · {regions.region_name(c)}",
                                  key="upload_coverage_provinces") or touched
    else:
        st.caption(tr("upload_coverage_touched_list",
                      provinces=", ".join(regions.region_name(c) for c in touched) or "–"))
    if not parsed.ready:
        st.caption(tr("upload_not_ready"))
    if st.button(tr("upload_save"), type="primary", disabled=not parsed.ready, icon=":material/save:"):
        bar = st.progress(0.0, text=tr("upload_saving"))
        try:
            dataset = ingest.load_parsed(store, parsed, name, kind="upload", visibility="private", owner=owner,
                                         progress=lambda f, m: bar.progress(min(f, 1.0), text=m),
                                         coverage=coverage)
        except OvopError as error:
            bar.empty()
            show_refusal("upload_refused", error)
        else:
            bar.empty()
            ui.select_dataset(dataset.name)
            ui.release_uploads([uploaded])  # stored: its bytes are not needed any more
            st.session_state["upload_saved"] = (dataset.name, summary.rows)
            for key in ("upload_request", "upload_parsed"):
                st.session_state.pop(key, None)
            st.session_state["upload_generation"] = st.session_state.get("upload_generation", 0) + 1
            st.rerun()

if "upload_saved" in st.session_state:
    saved_name, saved_rows = st.session_state.pop("upload_saved")
    st.success(tr("upload_saved", rows=f"{saved_rows:,}"), icon=":material/check_circle:")
    st.text(saved_name)

st.divider()
st.subheader(tr("upload_mine"))
mine = [d for d in ui.visible_datasets(fresh=True) if d.owner == owner]
if not mine:
    st.caption(tr("upload_none_yet"))
expected = ui.operator_password()
for dataset in mine:
    with st.container(border=True):
        st.text(f"{dataset.name} · {dataset.rows:,} · {dataset.source}")
        columns = st.columns([2, 1, 1])
        if ingest.publishing_enabled(expected):
            password = columns[0].text_input(tr("upload_password"), type="password", key=f"pw_{dataset.id}")
            if columns[1].button(tr("upload_publish"), key=f"publish_{dataset.id}"):
                try:
                    ingest.publish_upload(store, dataset.name, owner, password, expected=expected,
                                          throttle=ui.publish_throttle())
                    st.toast(tr("upload_published"))
                    st.rerun()
                except OvopError as error:
                    show_refusal("upload_action_failed", error)
        else:
            columns[0].caption(tr("upload_publish_disabled"))
        if columns[2].button(tr("upload_delete"), key=f"delete_{dataset.id}", icon=":material/delete:"):
            ingest.delete_upload(store, dataset.name, owner)
            st.rerun()

current = ui.current_dataset()
if current is not None:
    st.divider()
    st.subheader(tr("export_title"))
    st.text(current.name)
    buttons = st.columns(len(ingest.EXPORT_FORMATS))
    for column, fmt in zip(buttons, ingest.EXPORT_FORMATS):
        column.download_button(tr("export_button", fmt=fmt.upper()),
                               data=lambda fmt=fmt: ingest.export_dataset(store, current.name, fmt, viewer=owner,
                                                                          lang=ui.lang()),
                               file_name=f"{file_stem(current, 'records')}.{fmt}", on_click="ignore",
                               icon=":material/download:", key=f"export_{fmt}")
