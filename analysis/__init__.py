"""Kyrgyz social indicators: data loading, validation, trends, forecasts and export.

Pure Python (no Streamlit): the dashboard pages and the researcher CLI both use it.
"""
