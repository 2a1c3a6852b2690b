"""Rebuilds the curated tables in data/ from the official files in ../shared."""
