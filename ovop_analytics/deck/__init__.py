"""The deck carried away: the Present page's slides as one self-contained HTML file and as a PowerPoint
with native charts, from the same slide model (`model.build_deck`)."""

from typing import TYPE_CHECKING

from ovop_analytics.lazy import attach

if TYPE_CHECKING:
    from ovop_analytics.deck.model import Deck, Slide, build_deck, check_provinces, file_name

# Imported when first read (pandas, plotly): `ovop-analytics --help` registers the `deck` command without them.
__getattr__ = attach(__name__, {name: "model" for name in
                                ("Deck", "Slide", "build_deck", "check_provinces", "file_name")})

__all__ = ["Deck", "Slide", "build_deck", "check_provinces", "file_name"]
