"""The interface language of this session and the two ways pages put words on screen: `tr` (a translated
string) and `plain` (text from files or names, shown literally, never as Markdown or a link).
"""

from __future__ import annotations

import re

import streamlit as st

from ovop_analytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

DATASET_KEY = "dataset"
LANGUAGE_KEY = "lang"


def lang() -> str:
    value = st.session_state.get(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def tr(key: str, **values: object) -> str:
    return t(key, lang(), **values)


# Every character Markdown (CommonMark, Streamlit's :colour[...] directives) gives meaning is escaped with a
# backslash. GFM also turns plain text that looks like a link ("http://...", "www.x", "a@b.c") into a link
# after parsing, whatever the escapes: an invisible word joiner (U+2060) inside those patterns stops it.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'/@])")
_LINK_LIKE = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\.)|(?=@)")
WORD_JOINER = "\u2060"


def plain(text: object) -> str:
    """Text from files or names, escaped so that a Markdown element shows it literally: no link, no
    image, no formatting (st.caption, st.info, labels all render Markdown)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINK_LIKE.sub(WORD_JOINER, str(text)))


def tr_plain(key: str, **values: object) -> str:
    """A translated sentence whose inserted values (file or dataset names) are shown literally."""
    return tr(key, **{name: plain(value) for name, value in values.items()})


def caption(text: str) -> None:
    """A caption of text that may hold names from files: shown literally."""
    st.caption(plain(text))
GLOBAL_KEYS = (LANGUAGE_KEY, DATASET_KEY)
