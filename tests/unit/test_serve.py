"""`ovop-analytics serve`: local by default, Streamlit's upload limit from OVOP_MAX_UPLOAD_MB, and one
process (exec) so that one SIGTERM stops the server and frees its port."""

from __future__ import annotations

import os
import signal
import socket
import time
from pathlib import Path

import psutil
import pytest

from ovop_analytics import cli
from tests.support.harness import free_port, start_serve, stop, wait_healthy


def exec_args(monkeypatch: pytest.MonkeyPatch, *argv: str) -> list[str]:
    """The command line `serve` would exec, captured instead of run."""
    captured: list[list[str]] = []

    def fake_exec(path: str, args: list[str]) -> None:
        captured.append(args)
        raise SystemExit(0)

    monkeypatch.setattr(os, "execv", fake_exec)
    monkeypatch.setattr(os, "chdir", lambda path: None)
    with pytest.raises(SystemExit):
        cli.main(["serve", *argv])
    return captured[0]


def option(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


def test_serve_listens_on_this_machine_only_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    assert option(exec_args(monkeypatch), "--server.address") == "127.0.0.1"
    assert option(exec_args(monkeypatch, "--public"), "--server.address") == "0.0.0.0"
    assert option(exec_args(monkeypatch, "--address", "10.1.2.3"), "--server.address") == "10.1.2.3"


def test_serve_refuses_address_and_public_together(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["serve", "--public", "--address", "10.1.2.3"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.startswith("ovop-analytics: error: argument --address")


def test_streamlit_upload_limit_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_MAX_UPLOAD_MB", "12.5")
    args = exec_args(monkeypatch, "--port", "9999")
    assert option(args, "--server.maxUploadSize") == "13" and option(args, "--server.port") == "9999"


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.slow
def test_sigterm_stops_the_server_and_frees_the_port(data_dir: Path, tmp_path: Path) -> None:
    port = free_port()
    process = start_serve(port, {"OVOP_DATA_DIR": str(data_dir)}, tmp_path / "serve.log")
    try:
        wait_healthy(f"http://127.0.0.1:{port}", process)
        # exec: the PID we started is the server itself, not a wrapper with a child
        server = psutil.Process(process.pid)
        assert server.children() == []
        bound = [c.laddr for c in server.net_connections("tcp") if c.status == psutil.CONN_LISTEN]
        assert [(a.ip, a.port) for a in bound] == [("127.0.0.1", port)]
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
    finally:
        stop(process)
    deadline = time.monotonic() + 5
    while listening(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not listening(port)
    with socket.socket() as s:  # the port can be taken again at once
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
