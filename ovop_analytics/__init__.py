"""OVOP Analytics: One Village One Product adoption in Indonesia, held in DuckDB and drawn with Streamlit."""

__version__ = "0.1.0"
