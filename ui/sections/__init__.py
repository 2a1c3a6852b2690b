"""What each page shows, built in the reader's language and kept between reruns (ui/cache.py).

One module per page: functions of (data, lang, the page's state as plain values) that return
the page's figures, tables, captions and metric texts. The page script in pages/ reads the
state, calls them and draws.
"""
