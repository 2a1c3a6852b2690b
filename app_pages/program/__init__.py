"""The program page: page.py draws it, content.py builds what it shows, strings.py says it."""
