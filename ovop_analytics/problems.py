"""Problems as values: a code and its parameters, said in the interface language by pages and the CLI.

A `Reason` is also a `str` (its English sentence), so code that groups, compares or prints problems keeps
working unchanged, while `say(reason, "id")` gives the Bahasa Indonesia sentence. Parameters that are raw
codes (programmes, commodity groups, fields) are turned into their human names here, in each language.
Texts live in `ovop_analytics/i18n/problems.py` under `problem_<code>`; `tests/unit/test_problems.py`
fails when a code used anywhere lacks one of its two texts.
"""

from __future__ import annotations

from typing import Any

from ovop_analytics import numbers
from ovop_analytics.i18n import COMMODITY_LABELS, DEFAULT_LANGUAGE, STRINGS, t

_KEY = "problem_{}"
# numbers grouped by thousands (years and row numbers are not)
_COUNTS = {"count", "limit", "rows", "names", "columns", "max_rows", "max_columns"}


def _human(name: str, value: Any, lang: str) -> str:
    """A parameter as a person reads it: programme and commodity-group codes by name, lists joined."""
    if name == "programs" and isinstance(value, (list, tuple)):
        return (" atau " if lang == "id" else " or ").join(_human("program", item, lang) for item in value)
    if name == "groups" and isinstance(value, (list, tuple)):
        return ", ".join(_human("group", item, lang) for item in value)
    if name == "program" and f"program_{value}" in STRINGS:
        return t(f"program_{value}", lang)
    if name == "group" and value in COMMODITY_LABELS:
        return COMMODITY_LABELS[value][0 if lang == "id" else 1]
    if name == "field" and f"ws_field_{value}" in STRINGS:
        return t(f"ws_field_{value}", lang)
    if name in _COUNTS and isinstance(value, int) and not isinstance(value, bool):
        return numbers.integer(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(f"'{item}'" for item in value)
    return str(value)


class Reason(str):
    """A problem: `code` names it, `params` fill its sentence; the string value is the English sentence."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Reason:
        english = t(_KEY.format(code), "en", **{k: _human(k, v, "en") for k, v in params.items()})
        reason = super().__new__(cls, english)
        reason.code = code
        reason.params = params
        return reason

    def __reduce__(self) -> tuple:  # pickling (Streamlit session state, worker processes)
        return (_rebuild, (self.code, tuple(self.params.items())))


def _rebuild(code: str, params: tuple) -> Reason:
    return Reason(code, **dict(params))


def say(reason: object, lang: str) -> str:
    """`reason` in `lang`: a Reason in that language; any other text (a library message without a code)
    as it is."""
    if isinstance(reason, Reason):
        return t(_KEY.format(reason.code), lang, **{k: _human(k, v, lang) for k, v in reason.params.items()})
    return str(reason)


def say_problem(problem: Any, lang: str) -> str:
    """One Problem (row, column, value, reason) as a line: 'baris 12, kolom 'tahun', nilai '2019/2020': ...'."""
    where = []
    if problem.row is not None:
        where.append(t("problem_where_row", lang, row=problem.row))
    if problem.column is not None:
        where.append(t("problem_where_column", lang, column=problem.column))
    if problem.value is not None:
        shown = problem.value if len(problem.value) <= 60 else problem.value[:57] + "..."
        shown = shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
        where.append(t("problem_where_value", lang, value=shown))
    text = say(problem.message, lang)
    return f"{', '.join(where)}: {text}" if where else text


def say_error(error: BaseException, lang: str = DEFAULT_LANGUAGE) -> str:
    """The one way an error becomes a sentence in `lang`: raised with a Reason, that Reason; raised with a
    `code` (a string key) and `values` (store, workspace, names), that sentence; else its (English) text."""
    first = error.args[0] if error.args else ""
    if isinstance(first, Reason):
        return say(first, lang)
    code = getattr(error, "code", "")
    if code in STRINGS:
        try:
            return t(code, lang, **getattr(error, "values", {}))
        except (KeyError, IndexError):  # values do not fit the sentence: the message still says it
            pass
    return str(error)


def cli_language(args: object = None) -> str:
    """The command line's language: --lang, else the setting lang (OVOP_LANG), else English (for scripts)."""
    from ovop_analytics import config

    chosen = getattr(args, "lang", None) or config.get("lang")
    return chosen if chosen in ("id", "en") else "en"


def cli_error_text(error: BaseException, lang: str) -> str:
    """An error on the command line: a Reason in `lang`; another error as its message in English (what
    scripts and the tests of other areas read), else its translated sentence."""
    first = error.args[0] if error.args else ""
    if isinstance(first, Reason) or lang != "en":
        return say_error(error, lang)
    return str(error)


def error_problems(error: BaseException, lang: str) -> list[str]:
    """The listed problems of a DataValidationError, each in `lang`."""
    return [say_problem(p, lang) if hasattr(p, "row") else say(p, lang) for p in getattr(error, "problems", [])]
