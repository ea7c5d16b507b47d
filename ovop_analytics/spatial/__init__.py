"""Spatial patterns of OVOP: weights between regions, Moran's I, LISA and Gi*, and their exports.

Importing this package is light: esda and libpysal load only when a statistic or weights are computed.
"""
