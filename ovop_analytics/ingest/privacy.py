"""Who may see and change an upload: a browser upload is private to its workspace until an operator,
knowing the publish password (setting OVOP_PUBLISH_PASSWORD), publishes it for everyone.

An empty password disables publishing rather than allowing it: a deployment that forgot to set one
must not let any visitor make data public. Wrong passwords are throttled (a growing delay per session
and for everyone, see ovop_analytics.throttle) and every attempt is logged, never with the password.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math

from ovop_analytics import config
from ovop_analytics.errors import InvalidArgumentError, PublishDeniedError, PublishThrottledError
from ovop_analytics.problems import Reason
from ovop_analytics.store.connection import Store
from ovop_analytics.store.names import check_name, name_key, taken_error
from ovop_analytics.store.registry import Dataset, delete_dataset, get_dataset, name_clash, publish_dataset
from ovop_analytics.throttle import AttemptThrottle
from ovop_analytics.workspace.keys import same_owner

log = logging.getLogger("ovop_analytics.publish")


def session_tag(viewer: str) -> str:
    """A short, stable name of a session for logs; the token itself owns private data and stays out."""
    return hashlib.sha256(viewer.encode("utf-8")).hexdigest()[:10]


def publishing_enabled(expected: str | None = None) -> bool:
    """True when an operator password is configured, so the page can show or hide the Publish button."""
    return bool(expected or config.get("publish_password"))


def _private_upload(store: Store, name: str, viewer: str) -> Dataset:
    dataset = get_dataset(store, name, viewer)
    if dataset.kind != "upload" or dataset.visibility != "private" or not same_owner(dataset.owner, viewer):
        raise InvalidArgumentError(Reason("dataset_not_yours", name=name))
    return dataset


def rename_upload(store: Store, name: str, new_name: str, viewer: str) -> None:
    """Rename `viewer`'s own private upload; the new name follows the rules of any dataset name (allowed
    characters, one script) and must be free in the workspace and among public names (registry.name_clash)."""
    dataset = _private_upload(store, name, viewer)
    new_name = check_name(new_name)
    if new_name == dataset.name:
        return
    with store.transaction() as con:
        clash = name_clash(con, new_name, "private", dataset.owner, ignore_id=dataset.id)
        if clash is not None:
            raise taken_error(new_name, clash.existing, clash.where)
        con.execute("UPDATE datasets SET name = ?, name_key = ? WHERE id = ?", [new_name, name_key(new_name),
                                                                             dataset.id])


def publish_upload(store: Store, name: str, viewer: str, password: str, expected: str | None = None,
                   throttle: AttemptThrottle | None = None) -> None:
    """Make `viewer`'s private upload public (kind 'shared') if `password` is the operator's password.

    `expected` is the operator password when the app has it from Streamlit secrets; else the environment.
    `throttle` (one per server process, shared by its sessions) refuses attempts that come too soon after
    wrong ones, with PublishThrottledError, before the password is even compared.
    """
    tag = session_tag(viewer)
    expected = expected or config.get("publish_password")
    if not expected:
        log.warning("publish refused (publishing disabled): dataset=%r session=%s", name, tag)
        raise PublishDeniedError("Publishing is disabled: the operator has not set a publish password "
                                 "(environment variable OVOP_PUBLISH_PASSWORD). The dataset stays private.",
                                 code="ops_publish_disabled")
    if throttle is not None:
        wait = throttle.retry_after(viewer)
        if wait > 0:
            seconds = math.ceil(wait)
            log.warning("publish refused (throttled, %d s to wait): dataset=%r session=%s", seconds, name, tag)
            raise PublishThrottledError(
                f"Too many wrong operator passwords: wait {seconds} s before trying again. "
                "The dataset stays private.", code="ops_publish_throttled", values={"seconds": seconds})
    if not hmac.compare_digest(password.encode("utf-8"), expected.encode("utf-8")):
        failures = throttle.failure(viewer) if throttle is not None else 0
        log.warning("publish refused (wrong password, %d wrong in a row): dataset=%r session=%s",
                    failures, name, tag)
        raise PublishDeniedError("Wrong operator password: the dataset stays private.",
                                 code="ops_publish_wrong_password")
    if throttle is not None:
        throttle.success(viewer)
    _private_upload(store, name, viewer)
    publish_dataset(store, name, viewer)
    log.info("dataset published: dataset=%r session=%s", name, tag)


def delete_upload(store: Store, name: str, viewer: str) -> None:
    """Delete `viewer`'s own private upload (and nothing else)."""
    _private_upload(store, name, viewer)
    delete_dataset(store, name, viewer)
