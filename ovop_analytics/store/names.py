"""Dataset names that a person can tell apart: unique after Unicode NFKC normalisation and case folding
(`demo`, `Demo` and full-width `ＤＥＭＯ` are one name), and written in one script (`dеmo` with a Cyrillic
`е` is refused: it looks like `demo` and is not).

Pure functions; the registry applies them when a dataset is created, so the browser and the CLI share
them. Refusals are DatasetNameError with a code (an i18n key) and values.
"""

from __future__ import annotations

import re
import unicodedata

from ovop_analytics.errors import DatasetNameError

MAX_LENGTH = 60
# Names are shown in pickers, file names and chart source lines: plain words only, no markup.
_ALLOWED = re.compile(rf"[^\W_][\w .()-]{{0,{MAX_LENGTH - 1}}}")
# Scripts that are written together in one language: Japanese mixes kanji and kana, Korean hangul and hanja.
_WRITTEN_TOGETHER = ({"Han", "Hiragana", "Katakana"}, {"Han", "Hangul"})
_SCRIPT_WORDS = {"CJK": "Han", "HIRAGANA": "Hiragana", "KATAKANA": "Katakana", "KATAKANA-HIRAGANA": "Katakana",
                 "HANGUL": "Hangul"}


def name_key(name: str) -> str:
    """The form two names are compared in: NFKC, case-folded, NFKC again (Unicode's NFKC_Casefold)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name.strip()).casefold())


def _letter_scripts(name: str) -> list[tuple[int, str, str]]:
    """(position from 1, letter, script) of each letter of `name` after NFKC."""
    letters = []
    for position, char in enumerate(unicodedata.normalize("NFKC", name.strip()), 1):
        if unicodedata.category(char).startswith("L"):
            word = unicodedata.name(char, "UNKNOWN").split(" ")[0]
            letters.append((position, char, _SCRIPT_WORDS.get(word, word.title())))
    return letters


def scripts(name: str) -> list[str]:
    """The scripts of the letters of `name` (after NFKC), e.g. ['Cyrillic', 'Latin']; digits, spaces and
    punctuation belong to none."""
    return sorted({script for _, _, script in _letter_scripts(name)})


def odd_letters(name: str) -> str:
    """The letters outside the name's main script, with position and code point: what to retype."""
    letters = _letter_scripts(name)
    counts: dict[str, int] = {}
    for _, _, script in letters:
        counts[script] = counts.get(script, 0) + 1
    main = max(counts, key=lambda script: (counts[script], script == "Latin")) if counts else ""
    return ", ".join(f"{position}: '{char}' U+{ord(char):04X} {script}"
                     for position, char, script in letters if script != main)


def is_mixed_script(name: str) -> bool:
    found = set(scripts(name))
    return len(found) > 1 and not any(found <= together for together in _WRITTEN_TOGETHER)


def check_name(name: str) -> str:
    """`name` trimmed, or DatasetNameError when its characters or its scripts are not allowed."""
    name = name.strip()
    if not _ALLOWED.fullmatch(name):
        raise DatasetNameError(
            f"Dataset name '{name[:80]}' is not allowed: use 1-{MAX_LENGTH} letters, digits, spaces and "
            ". _ - ( ), starting with a letter or digit.",
            code="ops_name_invalid", values={"name": name[:80], "max": MAX_LENGTH})
    if is_mixed_script(name):
        found, odd = scripts(name), odd_letters(name)
        raise DatasetNameError(
            f"Dataset name '{name}' mixes letters of different scripts ({', '.join(found)}; letter {odd}), so it "
            "can look like another name: write it in one script.",
            code="ops_name_mixed_scripts", values={"name": name, "scripts": ", ".join(found), "letters": odd})
    return name


def taken_error(name: str, existing: str, where: str = "scope") -> DatasetNameError:
    """The refusal of a name that cannot be told apart from `existing`, which lives `where` (see
    registry.NameClash): in the same scope (the workspace, or the public names), among the public
    datasets everyone sees, or in some workspace (said to whoever makes a public dataset, never whose)."""
    same = "" if existing == name else f" ('{existing}' is the same name once case and width are ignored)"
    values = {"name": name, "existing": existing}
    if where == "public":
        return DatasetNameError(f"A shared dataset named '{name}' exists already{same} and everyone sees it: "
                                "choose another name.", code="ws_name_public", values=values)
    if where == "elsewhere":
        return DatasetNameError(f"A private dataset in a researcher's workspace is named '{name}'{same}: a shared "
                                "dataset needs a name nobody uses yet. Choose another name.",
                                code="ws_name_elsewhere", values=values)
    return DatasetNameError(f"A dataset named '{name}' exists already{same}: choose another name.",
                            code="ops_name_taken", values=values)


def publish_taken_error(name: str, existing: str, where: str) -> DatasetNameError:
    """Publishing refused because the name is taken among public names or by another workspace."""
    values = {"name": name, "existing": existing}
    if where == "scope":
        return DatasetNameError(f"'{name}' cannot be published: a shared dataset named '{existing}' exists already. "
                                "Rename your dataset first; it stays private.", code="ws_publish_name_public",
                                values=values)
    return DatasetNameError(f"'{name}' cannot be published: a private dataset in another workspace has this name, "
                            "and its owner could no longer tell the two apart. Rename your dataset first; it "
                            "stays private.", code="ws_publish_name_elsewhere", values=values)
