"""The deck carried away: the Present page's slides as one self-contained HTML file and as a PowerPoint
with native charts, from the same slide model (`model.build_deck`)."""

from ovop_analytics.deck.model import Deck, Slide, build_deck, check_provinces, file_name

__all__ = ["Deck", "Slide", "build_deck", "check_provinces", "file_name"]
