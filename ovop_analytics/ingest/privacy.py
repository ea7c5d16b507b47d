"""Who may see and change an upload: a browser upload is private to its workspace until an operator,
knowing the publish password (setting OVOP_PUBLISH_PASSWORD), publishes it for everyone.

An empty password disables publishing rather than allowing it: a deployment that forgot to set one
must not let any visitor make data public.
"""

from __future__ import annotations

import hmac

from ovop_analytics import config
from ovop_analytics.errors import InvalidArgumentError, PublishDeniedError
from ovop_analytics.store.connection import Store
from ovop_analytics.problems import Reason
from ovop_analytics.store.registry import _NAME as DATASET_NAME
from ovop_analytics.store.registry import Dataset, delete_dataset, get_dataset, publish_dataset
from ovop_analytics.workspace.keys import same_owner


def publishing_enabled(expected: str | None = None) -> bool:
    """True when an operator password is configured, so the page can show or hide the Publish button."""
    return bool(expected or config.get("publish_password"))


def _private_upload(store: Store, name: str, viewer: str) -> Dataset:
    dataset = get_dataset(store, name, viewer)
    if dataset.kind != "upload" or dataset.visibility != "private" or not same_owner(dataset.owner, viewer):
        raise InvalidArgumentError(Reason("dataset_not_yours", name=name))
    return dataset


def rename_upload(store: Store, name: str, new_name: str, viewer: str) -> None:
    """Rename `viewer`'s own private upload; the new name follows the same rule as any dataset name."""
    dataset = _private_upload(store, name, viewer)
    new_name = new_name.strip()
    if new_name == dataset.name:
        return
    if not DATASET_NAME.fullmatch(new_name):
        raise InvalidArgumentError(Reason("dataset_name_invalid", name=new_name[:80]))
    with store.transaction() as con:
        if con.execute("SELECT count(*) FROM datasets WHERE name = ?", [new_name]).fetchone()[0]:
            raise InvalidArgumentError(Reason("dataset_name_taken", name=new_name))
        con.execute("UPDATE datasets SET name = ? WHERE id = ?", [new_name, dataset.id])


def publish_upload(store: Store, name: str, viewer: str, password: str, expected: str | None = None) -> None:
    """Make `viewer`'s private upload public (kind 'shared') if `password` is the operator's password.

    `expected` is the operator password when the app has it from Streamlit secrets; else the environment.
    """
    expected = expected or config.get("publish_password")
    if not expected:
        raise PublishDeniedError("Publishing is disabled: the operator has not set a publish password "
                                 "(environment variable OVOP_PUBLISH_PASSWORD). The dataset stays private.")
    if not hmac.compare_digest(password.encode("utf-8"), expected.encode("utf-8")):
        raise PublishDeniedError("Wrong operator password: the dataset stays private.")
    _private_upload(store, name, viewer)
    publish_dataset(store, name, viewer)


def delete_upload(store: Store, name: str, viewer: str) -> None:
    """Delete `viewer`'s own private upload (and nothing else)."""
    _private_upload(store, name, viewer)
    delete_dataset(store, name, viewer)
