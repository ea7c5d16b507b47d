"""The export formats, apart from their writers (ingest.export) so that the CLI lists them without
importing pandas."""

EXPORT_FORMATS = ("csv", "parquet", "xlsx")
