"""Capacity of the app at Streamlit's protocol level: N concurrent sessions over the six main pages with a
think time, beside a bare one-line Streamlit page in the same run, on one process and on two behind nginx.

Each simulated visitor is one websocket to /_stcore/stream speaking Streamlit's protobufs as the browser
does (no browser per session): the first request by URL path, then sidebar-style page switches, timed from
the rerun request to `script_finished`. Errors: exception elements, the app's incident message, page not
found, time-outs and dropped connections. For every level and target it prints P50/P95/P99 of the page
runs, errors, throughput, the server's CPU per page view and its memory before and after the load; then
one table with the app/bare ratios and the issue's targets.

Each measurement gets fresh servers: the app through `python -m ovop_analytics serve` (the product's own
start command) on a private copy of an initialised database (boundaries installed from
../shared/data/boundaries when present, so the Map page draws choropleths), the bare page through
`streamlit run` with the project's .streamlit/config.toml, and with --processes 2 two `serve` processes
on one data directory behind Debian's nginx with deploy/'s configuration.

Adapted from ../shared/tools/st_load.py (client and statistics copied; servers, targets and report new).

usage: python -m bench.bench_load [--sessions 1,10,25,50] [--duration 60] [--think 2] [--processes 1,2]
                                  [--pages overview,map,...] [--no-bare] [--no-boundaries] [--pyspy DIR]
short run: python -m bench.bench_load --sessions 1,10 --duration 15 --processes 1
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import psutil
from websockets.asyncio.client import connect

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState, ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

PROJECT_DIR = Path(__file__).resolve().parent.parent

from ovop_analytics.i18n import t  # noqa: E402
from tests.support.harness import free_port, nginx_proxy, start_serve, stop, wait_healthy  # noqa: E402

MAIN_PAGES = "overview,map,provinces,growth,diversity,compare"
BOUNDARIES = PROJECT_DIR.parent / "shared" / "data" / "boundaries"
BARE_APP = 'import streamlit as st\nst.title("Hello")\n'
EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN
INCIDENT_WORDS = tuple(t("srv_incident_id", lang, id="").strip() for lang in ("id", "en"))
TARGET_CPU_MS = 60
TARGET_GROWTH_MB = 100
TARGET_P95_S = {1: 2.5, 2: 1.0}


def log(*a: object) -> None:
    print(*a, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------- servers

class Deployment:
    """The processes that serve one target (bare page, app, or apps behind nginx); measured by PID."""

    def __init__(self, label: str, workdir: Path) -> None:
        self.label, self.workdir = label, workdir
        self.processes: list[subprocess.Popen] = []
        self.backends: list[int] = []  # ports of the Streamlit processes
        self.port = 0                  # where sessions connect (nginx when there is one)
        self.stack = ExitStack()

    def _tree(self) -> list[psutil.Process]:
        found = []
        for process in self.processes:
            try:
                root = psutil.Process(process.pid)
                found += [root, *root.children(recursive=True)]
            except psutil.Error:
                pass
        return found

    def rss(self) -> int:
        total = 0
        for p in self._tree():
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def cpu(self) -> float:
        total = 0.0
        for p in self._tree():
            try:
                times = p.cpu_times()
                total += times.user + times.system
            except psutil.Error:
                pass
        return total

    def stop(self) -> None:
        self.stack.close()
        for process in self.processes:
            stop(process)


def start_bare(workdir: Path) -> Deployment:
    """The one-line page with the project's .streamlit/config.toml, started like the harness does."""
    directory = workdir / "bare"
    (directory / ".streamlit").mkdir(parents=True, exist_ok=True)
    (directory / "app.py").write_text(BARE_APP)
    shutil.copy(PROJECT_DIR / ".streamlit" / "config.toml", directory / ".streamlit" / "config.toml")
    d = Deployment("bare", workdir)
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
               "--browser.gatherUsageStats", "false"]
    d.processes.append(subprocess.Popen(command, cwd=directory, stdout=open(workdir / f"bare-{port}.log", "w"),
                                        stderr=subprocess.STDOUT, start_new_session=True))
    d.backends, d.port = [port], port
    wait_healthy(f"http://127.0.0.1:{port}", d.processes[0])
    return d


def start_app(workdir: Path, data_dir: Path, processes: int) -> Deployment:
    """`processes` x `ovop-analytics serve` on one data directory; behind nginx when more than one."""
    d = Deployment("app" if processes == 1 else f"app x{processes}+nginx", workdir)
    env = {"OVOP_DATA_DIR": str(data_dir), "STREAMLIT_SERVER_COOKIE_SECRET": "bench-" + "0" * 26}
    try:
        for _ in range(processes):
            port = free_port()
            d.processes.append(start_serve(port, env, workdir / f"serve-{port}.log"))
            d.backends.append(port)
        for process, port in zip(d.processes, d.backends):
            wait_healthy(f"http://127.0.0.1:{port}", process)
        if processes == 1:
            d.port = d.backends[0]
        else:
            url = d.stack.enter_context(nginx_proxy([f"127.0.0.1:{p}" for p in d.backends],
                                                    workdir / f"nginx-{time.monotonic_ns()}"))
            d.port = int(url.rsplit(":", 1)[1])
    except BaseException:
        d.stop()
        raise
    return d


def prepare_data(workdir: Path, boundaries: Path | None) -> Path:
    """An initialised database (and boundaries) built once; each measurement gets a copy."""
    template = workdir / "template"
    template.mkdir()
    env = {**os.environ, "OVOP_DATA_DIR": str(template)}

    def cli(*args: str) -> None:
        subprocess.run([sys.executable, "-m", "ovop_analytics", *args], cwd=PROJECT_DIR, env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=900)

    cli("init")
    if boundaries is not None:
        files = sorted(boundaries.glob("*.geojson"), key=lambda p: (0 if "prov" in p.name else 1, p.name))
        for file in files:
            cli("boundaries", "install", "--from", str(file))
        log(f"[setup] boundaries installed: {', '.join(f.name for f in files)}")
    return template


def fresh_copy(template: Path, workdir: Path) -> Path:
    target = Path(tempfile.mkdtemp(prefix="data-", dir=workdir))
    shutil.copytree(template, target, dirs_exist_ok=True)
    return target


# --------------------------------------------------------------------------------------------- client

@dataclasses.dataclass
class Req:
    session: int
    page: str
    first: bool
    t_start: float = 0.0           # perf_counter at send
    t_end: float | None = None     # perf_counter at script_finished
    t_first: float | None = None   # perf_counter at the first message of the run
    bytes: int = 0
    msgs: int = 0
    ref_hits: int = 0
    exceptions: int = 0
    exception_text: str = ""
    error_alerts: int = 0
    reruns: int = 0
    status: int | None = None
    error: str = ""                # "", exception, compile_error, page_not_found, timeout, disconnect, ...

    @property
    def dur(self) -> float | None:
        return None if self.t_end is None else self.t_end - self.t_start


class Session:
    """One simulated browser tab: one websocket, one Streamlit session."""

    def __init__(self, sid: int, port: int, cfg: argparse.Namespace, use_cache: bool = True):
        self.sid, self.port, self.cfg, self.use_cache = sid, port, cfg, use_cache
        self.ws = None
        self.reader: asyncio.Task | None = None
        self.cur: Req | None = None
        self.done = asyncio.Event()
        self.hash_by_path: dict[str, str] = {}
        self.cache: dict[str, int] = {}     # hash -> script run count of last use (frontend rules)
        self.run_count = 0
        self.max_age = 2
        self.idle_bytes = 0
        self.requests = 0

    async def open(self) -> float:
        t0 = time.perf_counter()
        self.ws = await connect(f"ws://127.0.0.1:{self.port}/_stcore/stream", subprotocols=["streamlit"],
                                max_size=None, compression=None, ping_interval=None, proxy=None,
                                open_timeout=self.cfg.timeout, close_timeout=2, max_queue=None)
        self.reader = asyncio.create_task(self._read())
        return time.perf_counter() - t0

    async def close(self) -> None:
        if self.ws is not None:
            try:
                await self.ws.close()
            except Exception:
                pass
        if self.reader is not None:
            self.reader.cancel()
            try:
                await self.reader
            except BaseException:
                pass
        self.ws = self.reader = None

    def _element(self, el, r: Req) -> None:
        kind = el.WhichOneof("type")
        if kind == "exception":
            r.exceptions += 1
            if not r.exception_text:
                r.exception_text = f"{el.exception.type}: {el.exception.message}"[:200]
        elif kind == "alert" and el.alert.format == Alert.ERROR:
            r.error_alerts += 1
            if any(words in el.alert.body for words in INCIDENT_WORDS):  # the app's page-error message
                r.error = r.error or "incident"

    async def _read(self) -> None:
        try:
            async for frame in self.ws:
                now = time.perf_counter()
                r = self.cur
                if r is None or r.t_end is not None:
                    self.idle_bytes += len(frame)
                    continue
                r.bytes += len(frame)
                r.msgs += 1
                if r.t_first is None:
                    r.t_first = now
                m = ForwardMsg()
                m.ParseFromString(frame)
                t = m.WhichOneof("type")
                if t != "ref_hash" and m.metadata.cacheable and m.hash:
                    self.cache[m.hash] = self.run_count
                if t == "ref_hash":
                    if m.ref_hash in self.cache:
                        self.cache[m.ref_hash] = self.run_count
                        r.ref_hits += 1
                    else:
                        r.error = r.error or "cache_miss"
                elif t == "new_session":
                    self.max_age = m.new_session.config.max_cached_message_age or self.max_age
                elif t == "navigation":
                    for p in m.navigation.app_pages:
                        self.hash_by_path[p.url_pathname] = p.page_script_hash
                elif t == "delta":
                    d = m.delta
                    dk = d.WhichOneof("type")
                    if dk == "new_element":
                        self._element(d.new_element, r)
                    elif dk == "new_transient":
                        for el in d.new_transient.elements:
                            self._element(el, r)
                elif t == "page_not_found":
                    r.error = r.error or "page_not_found"
                elif t == "script_finished":
                    if m.script_finished == EARLY:
                        r.reruns += 1
                        continue
                    r.status = m.script_finished
                    r.t_end = now
                    if m.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                        r.error = r.error or "compile_error"
                    # the frontend ages its cache after each finished run and drops old entries
                    self.run_count += 1
                    for h in [h for h, c in self.cache.items() if self.run_count - c > self.max_age]:
                        del self.cache[h]
                    self.done.set()
        except Exception:
            pass
        finally:
            if self.cur is not None and self.cur.t_end is None:
                self.cur.error = self.cur.error or "disconnect"
                self.done.set()

    async def request(self, page: str) -> Req:
        first = self.requests == 0
        r = Req(self.sid, page, first)
        path = self.cfg.paths.get(page, page)
        cs = ClientState(query_string="", widget_states={},
                         context_info=ContextInfo(timezone="Asia/Jakarta", timezone_offset=-420, locale="en-US",
                                                  url=f"http://127.0.0.1:{self.port}/{path}",
                                                  is_embedded=False, color_scheme="light"))
        if first or path not in self.hash_by_path:
            cs.page_name = path                      # what the frontend sends for a new tab's URL
        else:
            cs.page_script_hash = self.hash_by_path[path]   # what it sends on a sidebar click
        if self.use_cache:
            cs.cached_message_hashes.extend(self.cache.keys())
        data = BackMsg(rerun_script=cs).SerializeToString()
        self.done.clear()
        self.cur = r
        self.requests += 1
        r.t_start = time.perf_counter()
        try:
            await self.ws.send(data)
            await asyncio.wait_for(self.done.wait(), self.cfg.timeout)
        except asyncio.TimeoutError:
            r.error = "timeout"
        except Exception as exc:
            r.error = r.error or f"send:{type(exc).__name__}"
        if r.t_end is None and not r.error:
            r.error = "disconnect"
        if not r.error and r.exceptions:
            r.error = "exception"
        return r


def page_sequence(pages: list[str], sid: int, order: str, rng: random.Random):
    i = sid
    while True:
        if order == "random":
            yield rng.choice(pages)
        else:
            yield pages[i % len(pages)]
            i += 1


async def warmup(port: int, cfg: argparse.Namespace, pages: list[str]) -> list[Req]:
    """One session asks for every page once: imports, caches and first-run costs, kept apart."""
    s = Session(-1, port, cfg)
    out = []
    await s.open()
    try:
        for p in pages:
            out.append(await s.request(p))
    finally:
        await s.close()
    return out


async def load(port: int, cfg: argparse.Namespace, pages: list[str], n: int) -> dict:
    results: list[Req] = []
    connect_times: list[float] = []
    conn_errors: list[str] = []
    t_begin = time.perf_counter()
    deadline = t_begin + cfg.duration
    live = {"now": 0, "max": 0}

    async def user(sid: int) -> None:
        rng = random.Random(cfg.seed * 100003 + sid)
        await asyncio.sleep(cfg.ramp * sid / n if n > 1 else 0)
        seq = page_sequence(pages, sid, cfg.order, rng)
        s = None
        while time.perf_counter() < deadline:
            if s is None:
                s = Session(sid, port, cfg, not cfg.no_msg_cache)
                try:
                    connect_times.append(await s.open())
                except Exception as exc:
                    conn_errors.append(type(exc).__name__)
                    s = None
                    await asyncio.sleep(1)
                    continue
                live["now"] += 1
                live["max"] = max(live["max"], live["now"])
            r = await s.request(next(seq))
            results.append(r)
            if r.error in ("timeout", "disconnect") or r.error.startswith("send:"):
                await s.close()          # start over with a new session, like a reload
                live["now"] -= 1
                s = None
                continue
            await asyncio.sleep(max(0.0, min(cfg.think, deadline - time.perf_counter())))
        if s is not None:
            await s.close()
            live["now"] -= 1

    cpu0 = time.process_time()
    await asyncio.gather(*(user(i) for i in range(n)))
    t_end = time.perf_counter()
    return {"requests": results, "elapsed": t_end - t_begin, "client_cpu": time.process_time() - cpu0,
            "connect_times": connect_times, "connect_errors": conn_errors, "max_live": live["max"]}



# --------------------------------------------------------------------------------------------- stats

def pct(values: list[float], p: float) -> float | None:
    """Linear-interpolation percentile (numpy's default)."""
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def summarize(reqs: list[Req]) -> dict:
    done = [r.dur for r in reqs if r.dur is not None]
    errs: dict[str, int] = {}
    for r in reqs:
        if r.error:
            errs[r.error] = errs.get(r.error, 0) + 1
    return {"requests": len(reqs), "completed": len(done), "errors": sum(errs.values()), "error_kinds": errs,
            "p50": pct(done, 50), "p95": pct(done, 95), "p99": pct(done, 99), "max": max(done) if done else None,
            "ttfb_p50": pct([r.t_first - r.t_start for r in reqs if r.t_first is not None and r.t_end is not None], 50),
            "mean_bytes": (sum(r.bytes for r in reqs) / len(reqs)) if reqs else 0,
            "ref_hits": sum(r.ref_hits for r in reqs), "reruns": sum(r.reruns for r in reqs),
            "error_alerts": sum(r.error_alerts for r in reqs),
            "exception_samples": sorted({r.exception_text for r in reqs if r.exception_text})[:3]}


def ms(x: float | None) -> str:
    return "-" if x is None else f"{x * 1000:.0f}"



def pyspy_breakdown(raw: str, top: int = 8) -> None:
    """Where the server's sampled time went, from py-spy raw (collapsed) stacks, root first.

    A stack's innermost app frame (a page module run by Page.run, or ovop_analytics/...) splits it: below
    that frame is either streamlit (st.cache_* or elements), a library (grouped by package), or nothing
    (the app's own Python). Stacks with no app frame are streamlit's script runner or its server side."""
    def fname(frame: str) -> str:
        return frame.rsplit("(", 1)[-1].split(":")[0]

    total, idle, groups, inner = 0, 0, {}, {}
    try:
        lines = Path(raw).read_text().splitlines()
    except OSError:
        print(f"   (no py-spy output in {raw})")
        return
    for line in lines:
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        frames = stack.split(";")
        leaf = frames[-1]
        if any(x in leaf for x in ("select (selectors.py", "wait (threading.py", "_worker (concurrent")):
            idle += n
            continue
        total += n
        last_app = -1
        for i, f in enumerate(frames):
            if "ovop_analytics/" in fname(f) or (i and frames[i - 1].startswith("Page.run (")):
                last_app = i
        if last_app >= 0:
            below = frames[last_app + 1] if last_app + 1 < len(frames) else None
            if below is None:
                g = "app: its own Python lines"
            elif fname(below).startswith("streamlit/runtime/caching"):
                g = "app -> st.cache_* (key hashing, copies of cached values)"
            elif fname(below).startswith("streamlit/"):
                g = "app -> streamlit elements (marshalling to protobuf)"
            else:
                g = f"app -> {fname(below).split('/')[0].removesuffix('.py')}"
            key = frames[last_app].split(" (")[0] + " (" + fname(frames[last_app]).rsplit("/", 1)[-1] + ")"
            inner[key] = inner.get(key, 0) + n
        elif "script_runner" in stack:
            g = "streamlit script run outside app code (app.py, st.navigation, run bookkeeping)"
        elif "streamlit" in stack:
            g = "streamlit server side (sessions, websocket, serialisation)"
        elif "uvicorn" in stack or "starlette" in stack or "asyncio" in stack:
            g = "uvicorn/asyncio"
        else:
            g = "other"
        groups[g] = groups.get(g, 0) + n
    if not total:
        print("   (py-spy recorded nothing)")
        return
    print(f"   py-spy: {total} busy samples at 100 Hz (+{idle} idle-waiting, left out) in {raw}")
    for g, n in sorted(groups.items(), key=lambda x: -x[1])[:12]:
        print(f"     {n / total:6.1%}  {g}")
    print("     innermost app function (inclusive of what it calls):")
    for k, n in sorted(inner.items(), key=lambda x: -x[1])[:top]:
        print(f"       {n / total:6.1%}  {k}")


# --------------------------------------------------------------------------------------------- measure

async def measure(d: Deployment, cfg: argparse.Namespace, pages: list[str], n: int) -> dict:
    rss_start = d.rss()
    warm: list[Req] = []
    if not cfg.no_warmup:
        for port in d.backends:  # every process warms its own imports and caches, straight, not via nginx
            warm += await warmup(port, cfg, pages)
    await asyncio.sleep(1)
    spy = None
    if cfg.pyspy and d.label == "app":
        raw = Path(cfg.pyspy) / f"pyspy-{n}.txt"
        spy = subprocess.Popen(["py-spy", "record", "--pid", str(d.processes[0].pid), "--rate", "100",
                                "--nonblocking", "--format", "raw", "--output", str(raw)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        await asyncio.sleep(1)
    rss_before, cpu_before, load_before = d.rss(), d.cpu(), os.getloadavg()[0]
    peak = rss_before

    async def sample() -> None:
        nonlocal peak
        while True:
            peak = max(peak, d.rss())
            await asyncio.sleep(1)

    sampler = asyncio.create_task(sample())
    res = await load(d.port, cfg, pages, n)
    sampler.cancel()
    res.update(server_cpu=d.cpu() - cpu_before, rss_start=rss_start, rss_before=rss_before, rss_after=d.rss(),
               rss_peak=max(peak, d.rss()), load_start=load_before, load_end=os.getloadavg()[0], warmup=warm)
    if spy is not None:
        spy.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
        spy.wait(30)
        res["pyspy"] = str(raw)
    reqs = res["requests"]
    res["overall"] = summarize(reqs)
    res["per_page"] = {p: summarize([r for r in reqs if r.page == p]) for p in pages}
    res["throughput"] = res["overall"]["completed"] / res["elapsed"]
    res["cpu_per_view"] = res["server_cpu"] / max(res["overall"]["completed"], 1)
    return res


def mb(b: float) -> str:
    return f"{b / 2**20:.0f}"


def print_run(label: str, n: int, res: dict) -> None:
    o = res["overall"]
    print(f"\n== {label}, {n} session(s): {o['requests']} page views in {res['elapsed']:.1f} s "
          f"({res['throughput']:.2f}/s), errors {o['errors']} {o['error_kinds'] or ''}; max live sessions "
          f"{res['max_live']}; load average {res['load_start']:.2f} -> {res['load_end']:.2f}")
    print(f"   memory {mb(res['rss_start'])} MiB at start, {mb(res['rss_before'])} after warm-up -> "
          f"{mb(res['rss_after'])} after the load (peak {mb(res['rss_peak'])}); server CPU {res['server_cpu']:.1f} s "
          f"= {res['cpu_per_view'] * 1000:.0f} ms per page view; client CPU {res['client_cpu']:.1f} s")
    if res["warmup"]:
        print("   warm-up (not counted): " + ", ".join(
            f"{r.page} {ms(r.dur)} ms{' [' + r.error + ']' if r.error else ''}" for r in res["warmup"]))
    print(f"   {'page':<12}{'n':>6}{'err':>5}{'P50 ms':>8}{'P95':>8}{'P99':>8}{'max':>8}{'KB/view':>9}")
    for name, s in list(res["per_page"].items()) + [("ALL", o)]:
        print(f"   {name:<12}{s['requests']:>6}{s['errors']:>5}{ms(s['p50']):>8}{ms(s['p95']):>8}"
              f"{ms(s['p99']):>8}{ms(s['max']):>8}{s['mean_bytes'] / 1024:>9.1f}")
    for text in o["exception_samples"]:
        print(f"   exception: {text}")


def summary_row(label: str, n: int, res: dict) -> dict:
    o = res["overall"]
    return {"target": label, "sessions": n, "views": o["requests"], "errors": o["errors"], "p50": o["p50"],
            "p95": o["p95"], "p99": o["p99"], "throughput": res["throughput"], "cpu_ms": res["cpu_per_view"] * 1000,
            "rss_before": res["rss_before"], "rss_after": res["rss_after"],
            "growth_mb": (res["rss_after"] - res["rss_before"]) / 2**20, "load": res["load_start"]}


def print_table(rows: list[dict]) -> None:
    print("\n" + "=" * 112)
    print(f"{'target':<18}{'sess':>5}{'views':>7}{'err':>5}{'P50 ms':>8}{'P95':>8}{'P99':>8}{'views/s':>9}"
          f"{'CPU ms/view':>12}{'MiB before->after':>19}{'growth':>8}{'load':>6}")
    for r in rows:
        print(f"{r['target']:<18}{r['sessions']:>5}{r['views']:>7}{r['errors']:>5}{ms(r['p50']):>8}{ms(r['p95']):>8}"
              f"{ms(r['p99']):>8}{r['throughput']:>9.2f}{r['cpu_ms']:>12.0f}"
              f"{mb(r['rss_before']) + '->' + mb(r['rss_after']):>19}{r['growth_mb']:>7.0f}M{r['load']:>6.2f}")
    bare = {r["sessions"]: r for r in rows if r["target"] == "bare"}
    ratios = [(r, bare[r["sessions"]]) for r in rows if r["target"] != "bare" and r["sessions"] in bare]
    if ratios:
        print("\nratio to the bare page at the same level (same run)")
        print(f"{'target':<18}{'sess':>5}{'P50':>8}{'P95':>8}{'P99':>8}{'views/s':>9}{'CPU/view':>10}")
        for r, b in ratios:
            q = lambda k, r=r, b=b: (r[k] / b[k]) if r[k] and b[k] else float("nan")  # noqa: E731
            print(f"{r['target']:<18}{r['sessions']:>5}{q('p50'):>8.1f}{q('p95'):>8.1f}{q('p99'):>8.1f}"
                  f"{q('throughput'):>9.2f}{q('cpu_ms'):>10.1f}")
    print("\ntargets (issue 13): CPU per page view <= 60 ms; at 50 sessions 0 errors, memory growth < 100 MB, "
          "P95 <= 2.5 s on one process, <= 1.0 s on two behind nginx")
    for r in rows:
        if r["target"] == "bare":
            continue
        processes = 1 if r["target"] == "app" else 2
        checks = [f"CPU {r['cpu_ms']:.0f} ms {'ok' if r['cpu_ms'] <= TARGET_CPU_MS else 'MISSED'}"]
        if r["sessions"] == 50:
            checks += [f"errors {r['errors']} {'ok' if r['errors'] == 0 else 'MISSED'}",
                       f"growth {r['growth_mb']:.0f} MB {'ok' if r['growth_mb'] < TARGET_GROWTH_MB else 'MISSED'}",
                       f"P95 {ms(r['p95'])} ms "
                       f"{'ok' if r['p95'] is not None and r['p95'] <= TARGET_P95_S[processes] else 'MISSED'}"]
        print(f"   {r['target']:<18}{r['sessions']:>3} sessions: " + "; ".join(checks))
    print("=" * 112)
    print(f"machine: {os.cpu_count()} CPUs; times: rerun request -> script_finished of completed page views; "
          "CPU and memory summed over the target's processes (nginx included); the machine may be shared "
          "(see the load column)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", default="1,10,25,50", help="comma list of concurrent session counts")
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load per measurement")
    ap.add_argument("--think", type=float, default=2.0, help="seconds between a finished page and the next")
    ap.add_argument("--ramp", type=float, default=10.0, help="sessions start evenly over this many seconds")
    ap.add_argument("--pages", default=MAIN_PAGES, help="comma list of page paths")
    ap.add_argument("--processes", default="1", help="comma list: 1 = one serve process; 2 = two behind nginx")
    ap.add_argument("--order", choices=["roundrobin", "random"], default="roundrobin")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=120.0, help="per page view time-out, seconds")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare one-line page")
    ap.add_argument("--no-boundaries", action="store_true", help="do not install ../shared boundaries")
    ap.add_argument("--no-warmup", action="store_true")
    ap.add_argument("--no-msg-cache", action="store_true", help="do not report cached message hashes")
    ap.add_argument("--pyspy", metavar="DIR", help="record the one-process app with py-spy (costs it CPU)")
    ap.add_argument("--json", help="write the summary rows here")
    a = ap.parse_args()

    pages = [p.strip().strip("/") for p in a.pages.split(",") if p.strip()]
    a.paths = {p: p for p in pages} | {"main": ""}
    levels = [int(x) for x in a.sessions.split(",")]
    process_counts = [int(x) for x in a.processes.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="bench_load-"))
    log(f"[setup] work directory (server logs) {workdir}")
    boundaries = None if a.no_boundaries or not BOUNDARIES.is_dir() else BOUNDARIES
    template = prepare_data(workdir, boundaries)
    if a.pyspy:
        Path(a.pyspy).mkdir(parents=True, exist_ok=True)

    rows = []
    for n in levels:
        targets = ([] if a.no_bare else [("bare", None)]) + [("app", k) for k in process_counts]
        for kind, count in targets:
            d = start_bare(workdir) if kind == "bare" else start_app(workdir, fresh_copy(template, workdir), count)
            try:
                log(f"[run] {d.label}: {n} sessions, {a.duration:.0f} s, load average {os.getloadavg()[0]:.2f}")
                res = asyncio.run(measure(d, a, ["main"] if kind == "bare" else pages, n))
            finally:
                d.stop()
            print_run(d.label, n, res)
            if res.get("pyspy"):
                pyspy_breakdown(res["pyspy"])
            sys.stdout.flush()
            rows.append(summary_row(d.label, n, res))
    print_table(rows)
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
