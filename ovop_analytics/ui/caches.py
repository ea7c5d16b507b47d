"""What sessions may share. Streamlit caches are shared by every session, so only public datasets go
through `st.cache_data` / `st.cache_resource`; a private upload is read fresh for its own session. Keys are
spelled out as one string (`call_key`), which is far cheaper than Streamlit hashing every argument.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import pickle
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ovop_analytics.store import Dataset
from ovop_analytics.ui.session import _store, database_signature, store


def _resolve(path: str) -> Callable[..., Any]:
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_public(key: str, _call: tuple[str, str, int, tuple, tuple]) -> Any:
    """`_call` (path, database, dataset id, args, kwargs) is what `key` spells out; Streamlit hashes
    only `key` (a parameter whose name starts with "_" is not hashed)."""
    path, database, dataset_id, args, kwargs = _call
    return _resolve(path)(_store(path=database), dataset_id, *args, **dict(kwargs))


def data(func: Callable[..., Any], dataset: Dataset, *args: Any, **kwargs: Any) -> Any:
    """Call `func(store, dataset.id, *args, **kwargs)`, cached across sessions only for public datasets.

    The key holds the dataset's creation time too: after a restore an id may name another dataset."""
    if dataset.visibility == "public":
        path = f"{func.__module__}:{func.__name__}"
        database = str(store().path)
        kwargs_items = tuple(sorted(kwargs.items()))
        key = call_key(path, database, dataset.id, str(dataset.created_at), args, kwargs_items)
        if key is not None:
            return _cached_public(key=key, _call=(path, database, dataset.id, args, kwargs_items))
    return func(store(), dataset.id, *args, **kwargs)


@st.cache_data(show_spinner=False, max_entries=32)
def _cached_shared(path: str, database: str, signature: tuple, args: tuple) -> Any:
    return _resolve(path)(_store(path=database), *args)


def public_read(func: Callable[..., Any], *args: Any) -> Any:
    """Call `func(store, *args)` for public tables that belong to no dataset (the published facts), cached
    across sessions while the database file is unchanged (see `database_signature`)."""
    signature = database_signature(store().path)
    if signature is None:
        return func(store(), *args)
    return _cached_shared(path=f"{func.__module__}:{func.__name__}", database=str(store().path),
                          signature=signature, args=args)


def _key_part(value: Any) -> str:
    """`value` spelled out for a cache key: equal values give equal text, different values different
    text. Only for the types the pages pass; anything else raises TypeError (a default repr holds a
    memory address, which a later object may reuse)."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, np.generic):  # numpy's int64 is no int
        return f"{type(value).__name__}:{value.item()!r}"
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return f"{type(value).__name__}:{_frame_digest(value).hex()}"
    if isinstance(value, (tuple, list)):
        return f"{type(value).__name__}({','.join(map(_key_part, value))})"
    if isinstance(value, dict):
        return "dict(" + ",".join(f"{_key_part(k)}:{_key_part(v)}" for k, v in value.items()) + ")"
    if isinstance(value, (datetime, date)):
        return f"{type(value).__name__}:{value.isoformat()}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ",".join(f"{f.name}={_key_part(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__qualname__}({fields})"
    raise TypeError(f"no cache key for {type(value).__name__}")


def call_key(*parts: Any) -> str | None:
    """A shared cache's key for a call, as one string: Streamlit then hashes a single string instead of
    walking every argument with its own hasher (a tenth of a page's time). None: not keyable, so the
    call is not shared."""
    try:
        return "|".join(map(_key_part, parts))
    except TypeError:
        return None


def _frame_digest(frame: pd.DataFrame | pd.Series) -> bytes:
    """A DataFrame's content as a key: its pickle, hashed (a tenth of the time of pandas' row hashes,
    and Streamlit's own hash of a frame takes several passes). Equal frames that pickle differently
    only miss the cache; different frames never share a key."""
    return hashlib.blake2b(pickle.dumps(frame, protocol=5), digest_size=16).digest()


class SharedFigure(go.Figure):
    """A built figure shared read-only by every session, handed to `st.plotly_chart` as it is.

    Streamlit asks a figure for `to_dict()`, and a go.Figure answers with a deep copy of every trace
    (a quarter of the Diversity page's time, for its heatmap and treemap); this one answers with the
    shared dict, which was validated when it was built and which nobody changes. It skips go.Figure's
    own set-up (about 1 ms of template work): read it only through `to_dict()` and `chart_title`."""

    def __new__(cls, spec: dict[str, Any]) -> SharedFigure:
        figure = object.__new__(cls)
        object.__setattr__(figure, "_shared_spec", spec)
        return figure

    def __init__(self, spec: dict[str, Any]) -> None:  # noqa: D107 - set up in __new__
        pass

    def to_dict(self) -> dict[str, Any]:
        return self._shared_spec

    def __repr__(self) -> str:
        return f"SharedFigure({chart_title(self)!r})"


@st.cache_resource(show_spinner=False, max_entries=256)
def _cached_figure(key: str, _call: tuple[str, tuple, tuple]) -> dict[str, Any]:
    path, args, kwargs = _call
    return _resolve(path)(*args, **dict(kwargs)).to_dict()


def figure(build: Callable[..., go.Figure], dataset: Dataset, *args: Any, **kwargs: Any) -> go.Figure:
    """`build(*args, **kwargs)`, the figure of a chart of `dataset`. For a public dataset the built figure
    is shared by all sessions, keyed by its inputs (data, labels, language): building a plotly figure
    validates every property and costs far more than the query behind it. A private dataset's figure is
    built afresh and never enters a shared cache."""
    if dataset.visibility == "public":
        path = f"{build.__module__}:{build.__qualname__}"
        kwargs_items = tuple(sorted(kwargs.items()))
        key = call_key(path, args, kwargs_items)
        if key is not None:
            return SharedFigure(_cached_figure(key=key, _call=(path, args, kwargs_items)))
    return build(*args, **kwargs)


def chart_title(fig: go.Figure | dict[str, Any]) -> str:
    """The title a chart shows (plotly's without its markup), for image file names."""
    if isinstance(fig, dict):  # a Vega-Lite map
        title = fig.get("title")
        text = title.get("text", "") if isinstance(title, dict) else (title or "")
        return " ".join(text) if isinstance(text, list) else str(text)
    if isinstance(fig, SharedFigure):
        title = fig.to_dict().get("layout", {}).get("title", {})
        text = str((title.get("text") if isinstance(title, dict) else title) or "")
    else:
        text = fig.layout.title.text or ""
    return " ".join(re.sub(r"<[^>]+>", " ", text.split("<br>")[0]).split())
