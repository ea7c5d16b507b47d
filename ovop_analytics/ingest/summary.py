"""What an upload holds and what stands in the way of loading it, as the page and the CLI print it."""

from __future__ import annotations


from dataclasses import dataclass


from ovop_analytics import numbers
from ovop_analytics.ingest.csv_format import DELIMITER_NAMES
from ovop_analytics.i18n import t



@dataclass(frozen=True)
class Summary:
    """What was read and what stands in the way of loading it, for the page and the CLI to print."""

    filename: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    rows: int  # data rows (blank rows and trailing notes not counted)
    rows_good: int  # rows with no problem and a known region
    rows_with_problems: int
    rows_waiting_for_region: int  # rows whose region name awaits review
    blank_rows: int
    note_rows: int
    columns: dict[str, str]  # field -> header as written in the file
    ignored_columns: list[str]
    regions_by_code: int  # distinct region codes given
    regions_matched: int  # distinct names matched exactly, or fuzzily at >= ACCEPT_SCORE, or corrected
    regions_fuzzy: int  # of those, matched fuzzily (shown so a person can glance over them)
    regions_review: int  # distinct names with a low-confidence suggestion
    regions_unmatched: int  # distinct names without any suggestion
    problems: int

    def lines(self, lang: str = "en", human_fields: bool = False) -> list[str]:
        """The summary as short lines of text in `lang` (CLI output, the Upload page). The fields a column was
        read as are named in words, except on the English command line (field codes, for scripts) unless
        `human_fields` (a page: a person reads it)."""
        source = f"{self.format.upper()}"
        if self.encoding:
            source += f", {self.encoding}"
        if self.delimiter:
            source += ", " + t("ws_summary_delimiter", lang, name=t(
                f"ws_delimiter_{DELIMITER_NAMES[self.delimiter]}", lang) if self.delimiter in DELIMITER_NAMES
                else repr(self.delimiter))
        if self.sheet:
            source += ", " + t("ws_summary_sheet", lang, sheet=self.sheet)
        rows = t("ws_summary_rows", lang, rows=numbers.integer(self.rows, lang),
                 good=numbers.integer(self.rows_good, lang), problems=numbers.integer(self.rows_with_problems, lang),
                 waiting=numbers.integer(self.rows_waiting_for_region, lang))
        if self.blank_rows:
            rows += t("ws_summary_blank", lang, n=numbers.integer(self.blank_rows, lang))
        if self.note_rows:
            rows += t("ws_summary_notes", lang, n=numbers.integer(self.note_rows, lang))
        lines = [t("ws_summary_file", lang, filename=self.filename, source=source, header_row=self.header_row),
                 rows,
                 t("ws_summary_columns", lang, columns=", ".join(
                     f"{header} -> {t(f'ws_field_{field}', lang) if lang != 'en' or human_fields else field}"
                     for field, header in self.columns.items()))]
        if self.ignored_columns:
            lines.append(t("ws_summary_ignored", lang, columns=", ".join(f"'{c}'" for c in self.ignored_columns)))
        lines.append(t("ws_summary_regions", lang, codes=numbers.integer(self.regions_by_code, lang),
                       matched=numbers.integer(self.regions_matched, lang), fuzzy=numbers.integer(self.regions_fuzzy, lang),
                       review=numbers.integer(self.regions_review, lang),
                       unmatched=numbers.integer(self.regions_unmatched, lang)))
        return lines
