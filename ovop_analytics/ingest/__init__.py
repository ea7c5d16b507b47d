"""Uploads of OVOP records: CSV/XLSX readers, the data dictionary and template, validation, region
matching with review, all-or-nothing loading, privacy of browser uploads, and exports.

The Upload page calls, in order: `parse_upload` -> (show `problems`, `review`) -> `apply_corrections`
-> `load_parsed`. The CLI's `ingest` and `export` commands call the same functions.
"""

from ovop_analytics.ingest.dictionary import data_dictionary, template_csv
from ovop_analytics.ingest.export import EXPORT_FORMATS, export_dataset, export_frame, neutralise_formulas
from ovop_analytics.ingest.model import Limits, Problem
from ovop_analytics.ingest.load import load_parsed, touched_provinces
from ovop_analytics.ingest.pipeline import (ParsedUpload, Summary, accept_suggestions, apply_corrections, corrections_csv,
                                            corrections_table, parse_upload, refusal)
from ovop_analytics.ingest.privacy import delete_upload, publish_upload, publishing_enabled, rename_upload
from ovop_analytics.ingest.region_review import read_corrections
from ovop_analytics.ingest.values import parse_number

__all__ = ["touched_provinces", "EXPORT_FORMATS", "Limits", "ParsedUpload", "Problem", "Summary", "accept_suggestions",
           "apply_corrections", "corrections_csv", "corrections_table", "data_dictionary", "delete_upload", "export_dataset",
           "export_frame", "load_parsed", "neutralise_formulas", "parse_number", "parse_upload",
           "publish_upload", "publishing_enabled", "read_corrections", "refusal", "rename_upload", "template_csv"]
