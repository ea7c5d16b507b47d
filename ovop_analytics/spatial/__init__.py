"""Spatial patterns of OVOP: weights between regions, Moran's I, LISA and Gi*, and their exports.

Importing this package is light: esda and libpysal load only when a statistic or weights are computed.
"""

# The statistics' defaults, here so that `ovop-analytics --help` can show them without importing pandas.
DEFAULT_SEED = 12345
DEFAULT_PERMUTATIONS = 999
