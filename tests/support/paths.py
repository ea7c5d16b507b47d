"""Where the tests find the project, the shared boundary data (../shared beside the checkout) and where
screenshots go."""

from __future__ import annotations

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
SHARED_DIR = PROJECT_DIR.parent / "shared"
BOUNDARIES_DIR = SHARED_DIR / "data" / "boundaries"
SCREENSHOTS = PROJECT_DIR / "screenshots"
