"""Streamlit glue shared by the pages: language, cached data, messages. No analysis here."""
