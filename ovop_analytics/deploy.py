"""The nginx configuration of deploy/ rendered for a given set of app processes.

deploy/nginx/ovop.conf.template is the one description of the load balancer (sticky cookie, websocket
upgrade, upload limit). The container image fills it in with envsubst; the tests and the load benchmark
fill it in here, to run Debian's nginx as an ordinary user on free ports in front of `serve` processes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from ovop_analytics import config

SITE_TEMPLATE = config.PROJECT_DIR / "deploy" / "nginx" / "ovop.conf.template"
_PLACEHOLDER = re.compile(r"\$\{(OVOP_[A-Z_]+)\}")


def upstream_lines(backends: Sequence[str], max_fails: int = 1, fail_timeout_s: int = 10) -> str:
    """One `server` line per app process ("host:port"); a process that fails a connection is skipped for
    `fail_timeout_s` seconds, its visitors' requests going to the next process meanwhile."""
    return "\n    ".join(f"server {b} max_fails={max_fails} fail_timeout={fail_timeout_s}s;" for b in backends)


def render_template(text: str, values: Mapping[str, str]) -> str:
    """Fill in ${OVOP_...} as envsubst does; nginx's own $variables stay. A placeholder without a value
    is an error, never an empty directive."""
    missing = sorted({name for name in _PLACEHOLDER.findall(text) if name not in values})
    if missing:
        raise KeyError(f"no value for {', '.join(missing)}")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def render_site(listen: str, backends: Sequence[str], max_upload_mb: int | None = None) -> str:
    """The http-level configuration for nginx listening on `listen` in front of `backends`."""
    return render_template(SITE_TEMPLATE.read_text(), {
        "OVOP_LISTEN": listen,
        "OVOP_UPSTREAMS": upstream_lines(backends),
        "OVOP_MAX_UPLOAD_MB": str(max_upload_mb if max_upload_mb is not None else config.max_upload_mb()),
    })


def standalone_conf(prefix: Path, site: str, workers: int = 1) -> str:
    """A complete nginx.conf that runs without root: pid, logs and temporary files under `prefix`."""
    temp = {name: prefix / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    prefix.chmod(0o755)
    for path in temp.values():
        path.mkdir(parents=True, exist_ok=True)
        path.chmod(0o777)  # started as root, nginx's workers run as nobody and write here
    return f"""worker_processes {workers};
pid {prefix / 'nginx.pid'};
error_log {prefix / 'error.log'} warn;
daemon off;
events {{ worker_connections 2048; }}
http {{
    log_format upstream '$remote_addr "$request" $status upstream=$upstream_addr route=$ovop_route';
    access_log {prefix / 'access.log'} upstream;
    client_body_temp_path {temp['body']};
    proxy_temp_path {temp['proxy']};
    fastcgi_temp_path {temp['fastcgi']};
    uwsgi_temp_path {temp['uwsgi']};
    scgi_temp_path {temp['scgi']};
{site}
}}
"""
