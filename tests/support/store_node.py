"""An app node without the browser: a process of its own with its own data directory, speaking JSON lines.

`python -m tests.support.store_node` reads one command per line on stdin and answers one line on stdout.
It uses the library as the pages do (Store() from OVOP_DATABASE_URL, load_parsed, list_datasets,
get_dataset, queries), so two of them on one PostgreSQL are two machines as far as the data goes:
separate processes, replicas, listeners and data directories. `NodeProcess` starts and drives one.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parents[2]


def _serve() -> None:
    from ovop_analytics.errors import OvopError
    from ovop_analytics.ingest import load_parsed, parse_upload
    from ovop_analytics.bootstrap import ensure_ready
    from ovop_analytics.store import Store, get_dataset, list_datasets, queries
    from ovop_analytics.store.registry import publish_dataset

    store = Store()
    ensure_ready(store)
    list_datasets(store)  # the replica is loaded before the node says it is ready
    print(json.dumps({"ready": True, "pid": os.getpid()}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        op = command.pop("op")
        try:
            if op == "upload":
                parsed = parse_upload(command["csv"].encode(), command.get("file", "x.csv"))
                owner = command.get("owner")
                if owner:
                    dataset = load_parsed(store, parsed, command["name"], owner=owner)
                else:
                    dataset = load_parsed(store, parsed, command["name"], kind="shared", visibility="public")
                answer: dict[str, Any] = {"ok": True, "id": dataset.id}
            elif op == "list":
                answer = {"ok": True, "names": [d.name for d in list_datasets(store, command.get("viewer"))]}
            elif op == "records":  # what a page draws: the per-province figures of a dataset
                dataset = get_dataset(store, command["name"], command.get("viewer"))
                stats = queries.region_stats(store, dataset.id, "province")
                answer = {"ok": True, "records": int(stats["records"].sum()), "id": dataset.id}
            elif op == "publish":
                publish_dataset(store, command["name"], command["viewer"])
                answer = {"ok": True}
            elif op == "status":
                answer = {"ok": True, "write_status": store.write_status(), "signature": list(store.signature())}
            else:
                answer = {"ok": False, "code": "unknown_op", "error": op}
        except OvopError as error:
            answer = {"ok": False, "code": error.code, "error": str(error), "type": type(error).__name__}
        print(json.dumps(answer), flush=True)


class NodeProcess:
    """One node process: `call(op, **arguments)` sends a command and returns its answer."""

    def __init__(self, url: str, data_dir: Path, **env: str) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.store_node"], cwd=PROJECT_DIR, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(data_dir / "node.log", "w"),
            env={**os.environ, "PYTHONPATH": str(PROJECT_DIR), "OVOP_DATABASE_URL": url,
                 "OVOP_DATA_DIR": str(data_dir), **env})
        first = self.process.stdout.readline()
        if not first:
            raise RuntimeError(f"node did not start: {(data_dir / 'node.log').read_text()[-2000:]}")
        self.pid = json.loads(first)["pid"]

    def call(self, op: str, **arguments: Any) -> dict[str, Any]:
        self.process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("node exited")
        return json.loads(line)

    def send(self, op: str, **arguments: Any) -> None:
        """A command whose answer is not awaited (the node may be killed meanwhile)."""
        self.process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        self.process.stdin.flush()

    def wait_listed(self, name: str, viewer: str | None = None, timeout: float = 15.0) -> float:
        """Seconds until `name` is listed for `viewer` on this node (AssertionError after `timeout`)."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            answer = self.call("list", viewer=viewer)
            if answer.get("ok") and name in answer["names"]:
                return time.monotonic() - started
            time.sleep(0.02)
        raise AssertionError(f"{name!r} not listed within {timeout} s")

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


if __name__ == "__main__":
    _serve()
