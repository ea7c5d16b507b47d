"""The one family of errors the library raises; pages and the CLI turn them into messages for people."""


class OvopError(Exception):
    """Base of every error a user can act on. The message is meant to be shown as it is."""


class UnknownDatasetError(OvopError):
    """A dataset name that is not in the registry (or not visible to the caller)."""


class InvalidArgumentError(OvopError):
    """An argument outside its allowed values (level, format, year range...)."""


class DatabaseBusyError(OvopError):
    """The database stayed locked by another writer for longer than the configured wait."""


class DataValidationError(OvopError):
    """Input data that cannot be loaded; `problems` lists each one with where it is."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class BoundaryError(OvopError):
    """A boundary file or URL that cannot be read, verified or installed (nothing was written)."""


class UnreadableFileError(DataValidationError):
    """An upload that is not a readable CSV/XLSX table, or is larger than the configured limits."""


class PublishDeniedError(OvopError):
    """Publishing a private upload refused: publishing is disabled or the operator password is wrong."""


class DatabaseMissingError(OvopError):
    """A read before the database was created (the app and `ovop-analytics init` create it)."""


class BriefingError(OvopError):
    """A briefing that could not be typeset (a fault of the template or its inputs, said where)."""
