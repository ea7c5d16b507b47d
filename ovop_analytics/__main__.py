"""Allows `python -m ovop_analytics` as a twin of the `ovop-analytics` console script."""

from ovop_analytics.cli import main

raise SystemExit(main())
