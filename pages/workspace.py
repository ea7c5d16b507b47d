"""Ruang kerja / Workspace: the person's private datasets (rename, replace, delete, publish) and the key
that carries the workspace to another browser. Names and file names are shown as text, never Markdown."""

import pandas as pd
import streamlit as st

from ovop_analytics import local_time, numbers
from ovop_analytics import ingest, ui, workspace
from ovop_analytics.errors import OvopError
from ovop_analytics.problems import error_problems, say_error
from ovop_analytics.ui import identity

ui.require_app_shell()
tr = ui.tr
lang = ui.lang()
st.title(tr("ws_title"))
st.caption(tr("ws_intro"))
store = ui.store()
who = identity.current()
owner = ui.session_token()
if who.owner() is None:
    st.info(tr("ws_key_waiting"), icon=":material/hourglass_empty:")
    st.stop()


def number(value: int) -> str:
    """A count with the interface language's thousands separator (2.000.000 / 2,000,000)."""
    return numbers.integer(value, lang)


def refused(error: OvopError) -> None:
    """The refusal in one box: the headline and the library's sentence, whose names (from people) are shown
    literally (ui.plain escapes Markdown and anything that looks like a link)."""
    st.error(f"{tr('ws_action_failed')} {ui.plain(say_error(error, lang))}", icon=":material/error:")
    for line in error_problems(error, lang)[:20]:
        st.text(f"• {line}")


mine = [d for d in ui.visible_datasets(fresh=True) if d.visibility == "private" and workspace.same_owner(d.owner, owner)]
limits = workspace.WorkspaceLimits.from_config()
st.caption(tr("ws_usage", datasets=len(mine), max_datasets=limits.max_datasets,
              rows=number(sum(d.rows for d in mine)), max_rows=number(limits.max_rows), days=limits.expiry_days))

st.subheader(tr("ws_mine"))
edited = workspace.edited_datasets(store, owner)
if not mine:
    st.info(tr("ws_none"), icon=":material/inbox:")
else:
    zone = local_time.zone_or_default(st.context.timezone)  # WIB unless the browser says otherwise
    shown, shown_config = numbers.styled_table(pd.DataFrame([{
        "name": d.name, "rows": d.rows, "created": local_time.to_local(d.created_at, zone), "file": d.file_name or "",
        "edited": tr("yes") if d.id in edited else tr("no")} for d in mine]), {"rows": None}, lang)
    st.dataframe(shown, hide_index=True, column_config={
            "name": tr("ws_col_name"), "rows": tr("ws_col_rows"),
            "created": st.column_config.DatetimeColumn(f"{tr('ws_col_created')} ({local_time.zone_label(zone)})",
                                                       format="YYYY-MM-DD HH:mm"),
            "file": tr("ws_col_file"), "edited": tr("ws_col_edited")})
publishing = ingest.publishing_enabled(ui.operator_password())
for dataset in mine:
    with st.expander(dataset.name, icon=":material/dataset:"):
        st.text(tr("ws_dataset_line", rows=number(dataset.rows), file=dataset.file_name or dataset.source))
        left, middle, right = st.columns([3, 2, 2], vertical_alignment="bottom")
        new_name = left.text_input(tr("ws_rename"), value=dataset.name, key=f"ws_name_{dataset.id}")
        if middle.button(tr("ws_rename_button"), key=f"ws_rename_{dataset.id}", icon=":material/edit:"):
            try:
                ingest.rename_upload(store, dataset.name, new_name, owner)
            except OvopError as error:
                refused(error)
            else:
                if st.session_state.get(ui.DATASET_KEY) == dataset.name:
                    ui.select_dataset(new_name.strip())
                st.toast(tr("ws_renamed"))
                st.rerun()
        if right.button(tr("ws_open"), key=f"ws_select_{dataset.id}", icon=":material/visibility:"):
            ui.select_dataset(dataset.name)
            st.rerun()
        left, middle, right = st.columns([3, 2, 2], vertical_alignment="bottom")
        if left.button(tr("ws_replace_button"), key=f"ws_replace_{dataset.id}", icon=":material/upload_file:"):
            st.session_state["upload_replace"] = dataset.name
            st.switch_page("pages/upload.py")
        if middle.toggle(tr("ws_delete_button"), key=f"ws_delete_{dataset.id}"):
            if right.button(tr("ws_delete_confirm", name=dataset.name), key=f"ws_confirm_{dataset.id}",
                            type="primary", icon=":material/delete:"):
                try:
                    ingest.delete_upload(store, dataset.name, owner)
                except OvopError as error:
                    refused(error)
                else:
                    st.toast(tr("ws_deleted"))
                    st.rerun()
        if publishing:
            left, middle = st.columns([3, 2], vertical_alignment="bottom")
            password = left.text_input(tr("ws_password"), type="password", key=f"ws_pw_{dataset.id}")
            if middle.button(tr("ws_publish"), key=f"ws_publish_{dataset.id}", icon=":material/public:"):
                try:
                    ingest.publish_upload(store, dataset.name, owner, password, expected=ui.operator_password(),
                                          throttle=ui.publish_throttle())
                except OvopError as error:
                    refused(error)
                else:
                    st.toast(tr("ws_published"))
                    st.rerun()
        else:
            st.caption(tr("ws_publish_disabled"))

st.divider()
st.subheader(tr("ws_key_title"))
st.caption(tr("ws_key_help"))
key = who.key()
if key:
    st.download_button(tr("ws_key_download"), tr("ws_key_file", workspace_key=key).encode("utf-8"),
                       file_name="kunci_ruang_kerja_ovop.txt", mime="text/plain", on_click="ignore",
                       icon=":material/key:")
with st.form("ws_adopt", border=False):
    typed = st.text_input(tr("ws_key_enter"), type="password", key="ws_key_typed")
    if st.form_submit_button(tr("ws_key_open"), icon=":material/login:"):
        cleaned = workspace.clean_key(typed)
        if cleaned is None or not workspace.exists(store, workspace.owner_of(cleaned)):
            st.error(tr("ws_key_unknown"), icon=":material/error:")
        else:
            who.adopt(cleaned)
            st.session_state.pop(ui.PRIVATE_LINK_KEY, None)
            st.toast(tr("ws_key_opened"))
            st.rerun()
