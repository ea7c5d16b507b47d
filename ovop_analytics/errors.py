"""The one family of errors the library raises; pages and the CLI turn them into messages for people."""


class OvopError(Exception):
    """Base of every error a user can act on. The message (English) is meant to be shown as it is.

    `code` and `values` describe the same error for an interface in another language: when `code` is a
    key of ovop_analytics.i18n.STRINGS, `problems.say_error` formats that sentence with `values`.
    """

    code: str = ""

    def __init__(self, message: str = "", *, code: str | None = None, values: dict | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.values: dict = dict(values or {})


class UnknownDatasetError(OvopError):
    """A dataset name that is not in the registry (or not visible to the caller)."""


class InvalidArgumentError(OvopError):
    """An argument outside its allowed values (level, format, year range...)."""


class DatabaseBusyError(OvopError):
    """The database stayed locked by another writer for longer than the configured wait."""


class DataValidationError(OvopError):
    """Input data that cannot be loaded; `problems` lists each one with where it is."""

    def __init__(self, message: str, problems: list[str] | None = None, *, code: str | None = None,
                 values: dict | None = None) -> None:
        super().__init__(message, code=code, values=values)
        self.problems = problems or []


class BoundaryError(OvopError):
    """A boundary file or URL that cannot be read, verified or installed (nothing was written)."""


class UnreadableFileError(DataValidationError):
    """An upload that is not a readable CSV/XLSX table, or is larger than the configured limits."""


class PublishDeniedError(OvopError):
    """Publishing a private upload refused: publishing is disabled or the operator password is wrong."""


class DatabaseMissingError(OvopError):
    """A read before the database was created (the app and `ovop-analytics init` create it)."""


class DatabaseCorruptError(OvopError):
    """The database file cannot be opened or read back (damaged blocks, not a DuckDB file).

    `values`: path, detail (DuckDB's words), backup (newest verified backup or ""), command (how to restore).
    """


class DatasetNameError(InvalidArgumentError):
    """A dataset name refused: not allowed characters, mixed scripts, or taken after normalisation."""


class PublishThrottledError(PublishDeniedError):
    """Too many wrong publish passwords: this attempt was not checked. `values['seconds']` to wait."""


class BriefingError(OvopError):
    """A briefing that could not be typeset (a fault of the template or its inputs, said where)."""
