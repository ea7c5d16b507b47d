"""deploy/: the nginx template renders for the compose file and for local processes, and nginx accepts it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ovop_analytics import deploy

DEPLOY = Path(deploy.__file__).resolve().parent.parent / "deploy"


def compose_nginx_environment() -> dict[str, str]:
    """The OVOP_* variables compose.yaml gives the nginx container (plain `KEY: value` lines), with
    compose's own ${VAR:-default} taken at its default."""
    text = (DEPLOY / "compose.yaml").read_text()
    block = text[text.index("  nginx:"):]
    return {m.group(1): re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", m.group(2).strip('"'))
            for m in re.finditer(r"^\s+(OVOP_[A-Z_]+): (.+)$", block, re.M)}


def test_compose_gives_every_placeholder_of_the_template_a_value() -> None:
    env = compose_nginx_environment()
    rendered = deploy.render_template(deploy.SITE_TEMPLATE.read_text(), env)
    assert "${" not in rendered
    assert "server app1:8501" in rendered and "server app2:8501" in rendered
    directives = [line.split("#")[0].strip() for line in rendered.splitlines()]
    assert "hash $ovop_route consistent;" in directives and "ip_hash;" not in directives


def test_a_missing_value_is_an_error_not_an_empty_directive() -> None:
    with pytest.raises(KeyError, match="OVOP_UPSTREAMS"):
        deploy.render_template(deploy.SITE_TEMPLATE.read_text(), {"OVOP_LISTEN": "80", "OVOP_MAX_UPLOAD_MB": "5"})


def test_nginx_accepts_the_rendered_configuration(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.skip("nginx is not installed (.ci/run installs it)")
    site = deploy.render_site("127.0.0.1:18080", ["127.0.0.1:18501", "127.0.0.1:18502"], max_upload_mb=7)
    assert "client_max_body_size 7m;" in site
    conf = tmp_path / "nginx.conf"
    conf.write_text(deploy.standalone_conf(tmp_path, site))
    result = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_image_serves_on_all_interfaces_of_its_container_with_a_health_check() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert 'CMD ["ovop-analytics", "serve", "--public", "--headless", "--port", "8501"]' in dockerfile
    assert "/_stcore/health" in dockerfile
