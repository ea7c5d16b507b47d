"""A growing delay after wrong attempts of a secret (the operator's publish password).

Pure and thread-safe, with the clock injected so tests need no sleeping. Two counters work together:

- per key (a browser session): the first `free_attempts` wrong attempts cost nothing; after that each
  further attempt must wait `base_delay` seconds after the last wrong one, doubling with every wrong
  attempt, up to `max_delay`;
- globally (all keys together, so a visitor cannot start a new session for each guess): past
  `global_free_attempts` wrong attempts within `window` seconds, the same doubling applies to everyone.

A wrong attempt is forgotten `window` seconds after it was made; a right one clears its key's count.
The caller refuses an attempt while `retry_after(key) > 0` without checking the secret.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_KEYS = 10_000  # sessions remembered; the oldest are forgotten first (bounded memory)


@dataclass
class AttemptThrottle:
    free_attempts: int = 5
    base_delay: float = 5.0
    max_delay: float = 300.0
    global_free_attempts: int = 20
    window: float = 900.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=dict, init=False, repr=False)
    _all_failures: deque[float] = field(default_factory=deque, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def _delay(self, count: int, free: int) -> float:
        if count < free:
            return 0.0
        return min(self.max_delay, self.base_delay * 2 ** (count - free))

    def _forget_old(self, now: float) -> None:
        horizon = now - self.window
        while self._all_failures and self._all_failures[0] <= horizon:
            self._all_failures.popleft()
        for key in [k for k, times in self._failures.items() if not times or times[-1] <= horizon]:
            del self._failures[key]
        for times in self._failures.values():
            while times and times[0] <= horizon:
                times.popleft()

    def retry_after(self, key: str) -> float:
        """Seconds `key` must still wait before its next attempt is checked (0: it may try now)."""
        with self._lock:
            now = self.clock()
            self._forget_old(now)
            wait = 0.0
            times = self._failures.get(key)
            if times:
                wait = times[-1] + self._delay(len(times), self.free_attempts) - now
            if self._all_failures:
                wait = max(wait, self._all_failures[-1]
                           + self._delay(len(self._all_failures), self.global_free_attempts) - now)
            return max(0.0, wait)

    def failure(self, key: str) -> int:
        """Record a wrong attempt of `key`; returns how many wrong attempts it has within the window."""
        with self._lock:
            now = self.clock()
            self._forget_old(now)
            times = self._failures.pop(key, deque())
            times.append(now)
            self._failures[key] = times  # re-inserted: dict order is least recently failed first
            while len(self._failures) > MAX_KEYS:
                del self._failures[next(iter(self._failures))]
            self._all_failures.append(now)
            return len(times)

    def success(self, key: str) -> None:
        """A right attempt: `key` starts afresh (the global count is left to expire)."""
        with self._lock:
            self._failures.pop(key, None)
