"""The dashboard's pages, one folder each: page.py (the Streamlit script: the page's controls and
its charts, in the order it shows them), content.py (what it shows, built in the reader's language
and kept between reruns), strings.py (its words in ky, ru and en) and, where the page computes
something of its own, compute.py (pure Python, no Streamlit)."""
