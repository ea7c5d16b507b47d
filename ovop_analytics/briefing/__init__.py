"""Briefings: the figures of one region (nation, province or kabupaten/kota) and a typeset A4 PDF of them.

`figures` computes (language-neutral, the same functions as the pages); `document` puts the words and
numbers in one language; `render` draws the charts (Vega-Lite to SVG with vl-convert) and typesets the
PDF with Typst and the bundled DejaVu Sans, with no network and no browser.
"""

from typing import TYPE_CHECKING

from ovop_analytics.lazy import attach

if TYPE_CHECKING:
    from ovop_analytics.briefing.figures import SCOPES, Figures, Scope, Standing, briefing_figures, resolve_scope

# Imported when first read (pandas, the metrics): `ovop-analytics --help` registers `briefing` without them.
__getattr__ = attach(__name__, {name: "figures" for name in
                                ("SCOPES", "Figures", "Scope", "Standing", "briefing_figures", "resolve_scope")})

__all__ = ["SCOPES", "Figures", "Scope", "Standing", "briefing_figures", "resolve_scope"]
