"""Deque's axe-core in a Playwright page, offline: the engine file ships inside the PyPI package
`axe-playwright-python` (requirements.txt), read from disk and injected into the page and its frames.

Only the WCAG 2.0/2.1 A and AA rules run (the level a public-sector service is held to).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from playwright.sync_api import Page

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("critical", "serious")
REPORTED = ("moderate", "minor")


@cache
def axe_source() -> str:
    """The minified axe-core engine bundled by axe-playwright-python (no download, no CDN)."""
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


@dataclass
class AxeReport:
    """Violations of one page state: per rule the impact and the number of offending nodes."""

    violations: list[dict[str, Any]] = field(default_factory=list)

    def nodes_by_impact(self) -> Counter:
        counts: Counter = Counter()
        for rule in self.violations:
            counts[rule.get("impact") or "minor"] += len(rule["nodes"])
        return counts

    def counts(self) -> tuple[int, int]:
        """(serious + critical nodes, moderate + minor nodes)."""
        by_impact = self.nodes_by_impact()
        return sum(by_impact[i] for i in BLOCKING), sum(by_impact[i] for i in REPORTED)

    def blocking(self) -> list[dict[str, Any]]:
        return [rule for rule in self.violations if rule.get("impact") in BLOCKING]

    def describe(self, rules: list[dict[str, Any]] | None = None, nodes: int = 3) -> str:
        """Rule id, impact, help and the first offending nodes' selectors: enough to find the markup."""
        lines = []
        for rule in self.violations if rules is None else rules:
            lines.append(f"{rule['id']} ({rule.get('impact')}, {len(rule['nodes'])} nodes): {rule['help']}")
            for node in rule["nodes"][:nodes]:
                lines.append(f"    {' > '.join(map(str, node['target']))}: {node.get('failureSummary', '')[:200]!r}")
        return "\n".join(lines)


def run_axe(page: Page, exclude: list[str] | None = None) -> AxeReport:
    """Inject axe into every frame of `page` (chart components are iframes) and run the WCAG A/AA rules."""
    source = axe_source()
    for frame in page.frames:
        try:
            frame.evaluate(source)
        except Exception:  # a frame that navigated away meanwhile: axe reports it as not checkable
            pass
    context: dict[str, Any] = {"exclude": [[selector] for selector in exclude]} if exclude else {}
    result = page.evaluate(
        """async ([context, tags]) => {
            const r = await axe.run(Object.keys(context).length ? context : document,
                                    {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target, failureSummary: n.failureSummary,
                                          html: n.html.slice(0, 300)}))}));
        }""",
        [context, WCAG_TAGS],
    )
    return AxeReport(result)
