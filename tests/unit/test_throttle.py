"""Publish password throttling: a growing delay per session and for everyone, every attempt logged
without the password. The clock is injected: nothing sleeps."""

from __future__ import annotations

import logging

import pytest

from ovop_analytics.errors import PublishDeniedError, PublishThrottledError
from ovop_analytics.problems import say_error
from ovop_analytics.ingest import load_parsed, parse_upload, publish_upload
from ovop_analytics.store import Store, list_datasets
from ovop_analytics.throttle import AttemptThrottle

GOOD = ("kode_wilayah,tahun,program,komoditas,bintang,nama_ikm\n"
        "33.02,2019,kemenperin_ovop_award,batik,5,UD Sari\n").encode()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_attempts_are_free_then_the_delay_doubles() -> None:
    clock = Clock()
    throttle = AttemptThrottle(clock=clock, base_delay=2.0, global_free_attempts=100)
    for _ in range(5):
        assert throttle.retry_after("a") == 0
        throttle.failure("a")
    assert throttle.retry_after("a") == pytest.approx(2.0)  # the sixth attempt must wait
    assert throttle.retry_after("b") == 0  # another session is not delayed by a's failures
    clock.now += 2.0
    assert throttle.retry_after("a") == 0
    throttle.failure("a")
    assert throttle.retry_after("a") == pytest.approx(4.0)
    clock.now += 4.0
    throttle.failure("a")
    assert throttle.retry_after("a") == pytest.approx(8.0)
    throttle.success("a")
    assert throttle.retry_after("a") == 0


def test_many_sessions_together_are_throttled_globally() -> None:
    clock = Clock()
    throttle = AttemptThrottle(clock=clock, global_free_attempts=20, base_delay=2.0)
    for session in range(20):  # one wrong guess from each of 20 fresh sessions
        throttle.failure(f"s{session}")
    assert throttle.retry_after("fresh") == pytest.approx(2.0)
    clock.now += throttle.window + 1  # failures are forgotten after the window
    assert throttle.retry_after("fresh") == 0 and throttle.retry_after("s1") == 0


def test_the_sixth_wrong_password_is_delayed_and_every_attempt_logged(
        store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("OVOP_PUBLISH_PASSWORD", "kopi-luwak")
    load_parsed(store, parse_upload(GOOD, "mine.csv"), "mine", owner="session-a")
    clock = Clock()
    throttle = AttemptThrottle(clock=clock)
    caplog.set_level(logging.INFO, logger="ovop_analytics.publish")
    for attempt in range(5):
        with pytest.raises(PublishDeniedError) as wrong:
            publish_upload(store, "mine", "session-a", f"guess-{attempt}", throttle=throttle)
        assert not isinstance(wrong.value, PublishThrottledError)
    with pytest.raises(PublishThrottledError) as throttled:  # even the right password waits now
        publish_upload(store, "mine", "session-a", "kopi-luwak", throttle=throttle)
    assert throttled.value.code == "ops_publish_throttled" and throttled.value.values["seconds"] == 5
    assert "tunggu 5 detik" in say_error(throttled.value, "id")
    assert "mine" not in [d.name for d in list_datasets(store, "session-b")]
    clock.now += 5
    publish_upload(store, "mine", "session-a", "kopi-luwak", throttle=throttle)
    assert "mine" in [d.name for d in list_datasets(store, "session-b")]

    messages = [record.getMessage() for record in caplog.records if record.name == "ovop_analytics.publish"]
    assert len(messages) == 7  # five wrong, one throttled, one published
    assert sum("wrong password" in m for m in messages) == 5 and "throttled" in messages[5]
    assert "published" in messages[6]
    text = "\n".join(messages)
    assert "guess-" not in text and "kopi-luwak" not in text and "session-a" not in text
