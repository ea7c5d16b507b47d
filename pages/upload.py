"""Unggah data / Upload data: read and check a CSV/XLSX, fix its rows in the browser, confirm every region
that was not matched exactly, then store it in the person's private workspace, all-or-nothing.

Everything that comes from the file (names, values, messages that quote them) is shown as text in
tables, selects or `st.text`, never as Markdown or HTML.
"""

import re
from pathlib import Path

import pandas as pd
import streamlit as st

from ovop_analytics import numbers
from ovop_analytics import ingest, regions, ui, workspace
from ovop_analytics.errors import OvopError
from ovop_analytics.i18n import STRINGS, commodity_label, t
from ovop_analytics.ingest import editing, region_review
from ovop_analytics.problems import error_problems, say, say_error, say_problem
from ovop_analytics.provenance import file_stem
from ovop_analytics.regions import by_code
from ovop_analytics.store.queries import PROGRAMS

ui.require_app_shell()
tr = ui.tr
lang = ui.lang()
st.title(tr("upload_title"))
st.caption(tr("ws_upload_intro"))
store = ui.store()
owner = ui.session_token()
REVIEW_PAGE = 25  # names shown at once in the reconciliation list

with st.expander(tr("upload_template")):
    left, right = st.columns(2)
    left.download_button(tr("upload_template_csv"), ingest.template_csv(), file_name="templat_ovop.csv",
                         mime="text/csv", on_click="ignore", icon=":material/download:")
    dictionary = ingest.data_dictionary()
    right.download_button(tr("upload_dictionary_csv"), ui.csv_bytes(dictionary, synthetic=False),
                          file_name="kamus_data_ovop.csv", mime="text/csv", on_click="ignore",
                          icon=":material/download:")
    st.dataframe(dictionary, hide_index=True)

replacing = st.session_state.get("upload_replace")
if replacing:
    st.info(tr("ws_replacing", name=replacing), icon=":material/upload_file:")
    if st.button(tr("ws_replace_cancel")):
        st.session_state.pop("upload_replace", None)
        st.rerun()

# A new key after each save empties the uploader, so the stored file is not offered again.
st.html(ui.uploader_css(lang, int(st.get_option("server.maxUploadSize")), "CSV, TXT, TSV, XLSX"))  # 'Unggah'
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
    """A translated headline with the library's sentence in one box (its names shown literally: ui.plain),
    then each problem as plain text."""
    st.error(f"{tr(key)} {ui.plain(say_error(error, lang))}", icon=":material/error:")
    for line in error_problems(error, lang)[:50]:
        st.text(f"• {line}")


def recheck() -> None:
    """The upload as first read, with the person's edits and region answers, checked again."""
    st.session_state["upload_parsed"] = editing.recheck(
        st.session_state["upload_original"], st.session_state["upload_edits"], st.session_state["upload_answers"])


def answer(rows: pd.DataFrame) -> None:
    """Add the person's answers (source_name, level, province, region_code) and check again."""
    answers = pd.concat([st.session_state["upload_answers"], rows[region_review.CORRECTION_COLUMNS]])
    answers = answers.drop_duplicates(["source_name", "level", "province"], keep="last")
    st.session_state["upload_answers"] = answers.reset_index(drop=True)
    recheck()


if uploaded is not None:
    request = (uploaded.file_id, program, sheet, mapping.file_id if mapping else None)
    if st.session_state.get("upload_request") != request:
        st.session_state["upload_request"] = request
        for key in ("upload_parsed", "upload_original", "upload_error"):
            st.session_state.pop(key, None)
        bar = st.progress(0.0, text=tr("upload_reading"))
        try:
            original = ingest.parse_upload(uploaded.getvalue(), uploaded.name, sheet=sheet, default_program=program,
                                           progress=lambda f, m: bar.progress(min(f, 1.0), text=tr("upload_reading")))
            answers = (ingest.read_corrections(mapping.getvalue()) if mapping is not None
                       else pd.DataFrame(columns=region_review.CORRECTION_COLUMNS))
            st.session_state.update(upload_original=original, upload_edits=editing.Edits(), upload_answers=answers,
                                    upload_grid=0)
            recheck()
        except OvopError as error:
            st.session_state["upload_error"] = error
        bar.empty()
else:
    for key in ("upload_request", "upload_parsed", "upload_original", "upload_error"):
        st.session_state.pop(key, None)

if "upload_error" in st.session_state:
    show_refusal("upload_unreadable", st.session_state["upload_error"])

parsed = st.session_state.get("upload_parsed")
if parsed is not None:
    original = st.session_state["upload_original"]
    edits = st.session_state["upload_edits"]
    summary = parsed.summary
    st.subheader(tr("upload_summary"))
    kpis = st.columns(4)
    kpis[0].metric(tr("upload_rows"), numbers.integer(summary.rows, lang), border=True)
    kpis[1].metric(tr("upload_rows_good"), numbers.integer(summary.rows_good, lang), border=True)
    kpis[2].metric(tr("upload_rows_problems"), numbers.integer(summary.rows_with_problems, lang), border=True)
    kpis[3].metric(tr("upload_rows_review"), numbers.integer(summary.rows_waiting_for_region, lang), border=True)
    st.text("\n".join(summary.lines(lang, human_fields=True) + [say(note, lang) for note in parsed.notes[:20]]))

    whole_file = [problem for problem in parsed.problems if problem.row is None]
    if whole_file:
        st.subheader(tr("ws_file_problems"))
        for problem in whole_file:
            st.error(say_problem(problem, lang), icon=":material/error:")

    if parsed.bad.any():
        bad_rows = int(parsed.bad.sum())
        st.subheader(tr("ws_grid_title", n=numbers.integer(bad_rows, lang)))
        if whole_file:  # a missing column is about the file, not a row: counted apart
            st.caption(tr("ws_problem_split", n=numbers.integer(parsed.problem_count, lang),
                          rows=numbers.integer(parsed.problem_count - len(whole_file), lang),
                          file=numbers.integer(len(whole_file), lang)))
        st.caption(tr("ws_grid_help"))
        grid = editing.problem_grid(parsed, original, edits, lang)
        header = original.raw.header
        config: dict = {editing.ROW: st.column_config.NumberColumn(tr("upload_col_row"), format="%d", width="small"),
                        editing.PROBLEM: st.column_config.TextColumn(tr("ws_col_problem"), width="large"),
                        editing.DROP: st.column_config.CheckboxColumn(tr("ws_col_drop"), help=tr("ws_col_drop_help")),
                        editing.SEPARATE: st.column_config.CheckboxColumn(tr("ws_col_separate"),
                                                                          help=tr("ws_col_separate_help"))}
        for index, name in enumerate(header):
            label = name or f"#{index + 1}"
            config[editing.cell_column(index)] = st.column_config.TextColumn(label)
            config[editing.note_column(index)] = st.column_config.TextColumn(f"⚠ {label}", width="medium")
        notes = [c for c in grid.columns if c.startswith("p") or c in (editing.ROW, editing.PROBLEM)]
        edited = st.data_editor(grid, hide_index=True, disabled=notes, column_config=config,
                                key=f"upload_grid_{st.session_state['upload_grid']}")
        changed = editing.with_grid(edits, grid, edited, original.raw)
        if changed != edits:
            st.session_state["upload_edits"] = changed
            st.session_state["upload_grid"] += 1  # a fresh grid of the rows still wrong
            recheck()
            st.rerun()
        if bad_rows > len(grid):
            st.caption(tr("ws_grid_more", shown=numbers.integer(len(grid), lang), rows=numbers.integer(bad_rows, lang)))
        # a grid cell shows one line: the whole sentence of each row's problem, to read before editing
        with st.expander(tr("ws_grid_problems_text", n=numbers.integer(len(grid), lang)), icon=":material/list:"):
            st.text("\n".join(tr("ws_grid_problem_line", row=int(row), problem=problem)
                               for row, problem in zip(grid[editing.ROW], grid[editing.PROBLEM])))
    if edits:
        st.caption(tr("ws_edits_made", cells=len(edits.cells), dropped=len(edits.dropped),
                      separate=len(edits.separate)))
        left, right = st.columns(2)
        left.download_button(tr("ws_corrected_file"), editing.corrected_file(original.raw, edits),
                             file_name=f"{Path(original.filename).stem or 'upload'}_diperbaiki.csv", mime="text/csv",
                             on_click="ignore", icon=":material/download:")
        if right.button(tr("ws_undo_edits"), icon=":material/undo:"):
            st.session_state["upload_edits"] = editing.Edits()
            st.session_state["upload_grid"] += 1
            recheck()
            st.rerun()

    audit = region_review.audit(parsed.names)
    if len(audit):
        waiting = int(audit["status"].isin(["review", "unmatched"]).sum())
        st.subheader(tr("ws_audit_title", n=len(audit), waiting=waiting))
        st.caption(tr("ws_audit_help"))
        pages = max(1, -(-len(audit) // REVIEW_PAGE))
        page = st.number_input(tr("ws_audit_page", pages=pages), 1, pages, 1, key="upload_audit_page") \
            if pages > 1 else 1
        shown = audit.iloc[(page - 1) * REVIEW_PAGE: page * REVIEW_PAGE]
        choices = {}
        labels = st.columns([3, 2, 3, 4])
        for column, key in zip(labels, ("upload_col_source_name", "ws_col_method", "ws_col_status", "ws_col_chosen")):
            column.caption(tr(key))
        for position, row in shown.iterrows():
            columns = st.columns([3, 2, 3, 4], vertical_alignment="center")
            columns[0].text(row.source_name + (f"\n{row.province}" if row.province else ""))
            columns[1].text(tr(f"ws_method_{row.method}") + (f" · {row.score:.0f}" if row.method == "fuzzy" else ""))
            waiting_note = row.note and row.status in ("review", "unmatched")
            columns[2].text(tr(f"ws_status_{row.status}") + (f"\n{say(row.note, lang)}" if waiting_note else ""))
            options = [None, *region_review.candidates(row.level, row.province)]
            current = row.region_code if isinstance(row.region_code, str) else row.suggested_code
            current = current if isinstance(current, str) else None
            if current not in options:
                options.append(current)
            choices[position] = columns[3].selectbox(
                tr("ws_col_chosen"), options, index=options.index(current), label_visibility="collapsed",
                key=f"upload_choice_{st.session_state['upload_request']}_{position}",
                format_func=lambda code: tr("ws_choose") if code is None else f"{by_code()[code].name} ({code})")
        actions = st.container(horizontal=True)  # wraps on a narrow screen instead of cutting the labels
        if actions.button(tr("ws_audit_confirm"), type="primary", icon=":material/check:"):
            chosen = shown.assign(region_code=[choices[p] for p in shown.index])
            answer(chosen[chosen["region_code"].notna()])
            st.rerun()
        pending = audit[audit["status"].isin(["review"]) & audit["suggested_code"].notna()]
        if len(pending) and actions.button(tr("upload_accept_all"), icon=":material/done_all:"):
            answer(pending.assign(region_code=pending["suggested_code"]))
            st.rerun()
        actions.download_button(
            tr("upload_corrections_csv"),
            region_review.audit_corrections(parsed.names).to_csv(index=False).encode("utf-8-sig"),
            file_name="koreksi_wilayah.csv", mime="text/csv", on_click="ignore", icon=":material/download:",
            help=tr("ws_corrections_help"))

    with st.expander(tr("upload_preview")):  # headers and codes in words, as the rest of the page
        preview = parsed.frame.head(500).copy()
        preview["program"] = preview["program"].map(lambda p: t(f"program_{p}", lang) if isinstance(p, str) else p)
        preview["commodity_group"] = preview["commodity_group"].map(
            lambda g: commodity_label(g, lang) if isinstance(g, str) else g)
        preview["status"] = preview["status"].map(lambda s: tr(f"upload_preview_status_{s}"))
        field_labels = {name: tr(f"ws_field_{name}") for name in preview.columns if f"ws_field_{name}" in STRINGS}
        ui.table(preview, None, column_config={
            "row": st.column_config.NumberColumn(tr("upload_col_row"), format="%d", width="small"),
            "region_name": tr("upload_preview_region_name"), "status": tr("upload_preview_status"),
            **{name: label[:1].upper() + label[1:] for name, label in field_labels.items()}})

    st.divider()
    default_name = replacing or re.sub(r"[^\w .()-]", "_", Path(parsed.filename).stem).strip(" _")[:60] or "upload"
    name = st.text_input(tr("upload_name"), value=default_name, key="upload_name")
    mine = {d.name for d in ui.visible_datasets() if d.visibility == "private" and workspace.same_owner(d.owner, owner)}
    replace = name.strip() in mine and st.checkbox(tr("ws_replace_existing", name=name.strip()), value=True,
                                                   key="upload_replace_existing")
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
    elif touched:
        st.caption(tr("upload_coverage_touched_list", provinces=", ".join(regions.region_name(c) for c in touched)))
    else:  # the provinces are known once every row and region is settled
        st.caption(tr("ws_coverage_after_fixes"))
    st.caption(tr("ws_where_saved"))
    if not parsed.ready:
        st.caption(tr("upload_not_ready"))
    if st.button(tr("upload_save"), type="primary", disabled=not parsed.ready, icon=":material/save:"):
        bar = st.progress(0.0, text=tr("upload_saving"))
        provenance = edits.provenance(original.raw, original.filename) if edits else {}
        if len(st.session_state["upload_answers"]):
            provenance["region_answers"] = len(st.session_state["upload_answers"])
        try:
            dataset = ingest.load_parsed(store, parsed, name, kind="upload", visibility="private", owner=owner,
                                         replace=bool(replace), edits=provenance or None, coverage=coverage,
                                         progress=lambda f, m: bar.progress(min(f, 1.0), text=tr("upload_saving")))
        except OvopError as error:
            bar.empty()
            show_refusal("upload_refused", error)
        else:
            bar.empty()
            ui.select_dataset(dataset.name)
            ui.release_uploads([uploaded])  # stored: its bytes are not needed any more
            st.session_state["upload_saved"] = (dataset.name, summary.rows)
            for key in ("upload_request", "upload_parsed", "upload_original", "upload_replace"):
                st.session_state.pop(key, None)
            st.session_state["upload_generation"] = st.session_state.get("upload_generation", 0) + 1
            st.rerun()

if "upload_saved" in st.session_state:
    saved_name, saved_rows = st.session_state.pop("upload_saved")
    st.success(tr("upload_saved", rows=numbers.integer(saved_rows, lang)), icon=":material/check_circle:")
    st.text(saved_name)

st.divider()
st.page_link("pages/workspace.py", label=tr("ws_to_workspace"), icon=":material/folder_open:")

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
