"""What every page script does first, and the frame app.py puts around every page for readers with
low vision, a screen reader or the keyboard: the page's language and title in the browser, focus on
the main heading after a page change, a visible focus ring on every control, and the high-contrast
option (?contrast=high)."""
from __future__ import annotations

import streamlit as st

from ui import state
from ui.i18n import t


def start():
    """(language, dataset) for a page script; a broken data file stops the page with a clear message.

    The pages live in app_pages/, not pages/: with a pages/ folder beside app.py Streamlit starts in
    its legacy folder navigation, and a deep link opened first in a new process (/poverty) missed."""
    from ui.data import dataset_or_stop
    from ui.i18n import requested_language

    lang = requested_language()
    return lang, dataset_or_stop(lang)


def page_title(page: str, lang: str) -> str:
    """The browser tab's title: the page, then the dashboard ("Poverty · Social indicators of ...")."""
    return f"{page} · {t('app.title', lang)}"


# Streamlit writes <html lang="en"> whatever the page's language (a screen reader then reads Kyrgyz
# with English rules), and leaves focus on the sidebar link after a page change. This component has
# no HTML of its own: it sets the language, and after a page change (not on the first page opened)
# moves focus to the new page's main heading once the page's run has ended.
BROWSER_JS = """
export default function ({ data }) {
  document.documentElement.lang = data.lang;
  const before = window.kgShownPage;
  window.kgShownPage = data.page;
  if (before === undefined || before === data.page) return;
  const app = document.querySelector('[data-testid="stApp"]');
  const focusHeading = () => {
    if (app.dataset.testScriptState !== 'notRunning') return false;
    const heading = document.querySelector('[data-testid="stMain"] h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    return true;
  };
  if (focusHeading()) return;
  const watch = new MutationObserver(() => { if (focusHeading()) watch.disconnect(); });
  watch.observe(app, { attributes: true, attributeFilter: ['data-test-script-state'] });
}
"""
_browser = st.components.v2.component("kg_browser_frame", js=BROWSER_JS)

# Our own fixed CSS (never user input). Every control shows where the keyboard is: a 3 px ring in the
# theme's blue (6.8:1 on white, 6.4:1 on the sidebar), where Streamlit's own rings change the look of a
# sidebar link, the language switch or a toggle by 1.1-1.2:1, and of the table's toolbar not at all.
# Radio buttons and toggles hide their input: the ring goes round the label; a slider's, round its thumb.
FOCUS_CSS = """
<style>
.stApp :focus-visible, .stApp label:has(input:focus-visible), .stApp [data-rac]:has(> div > input:focus-visible) {
  outline: 3px solid #1f5aa6 !important; outline-offset: 2px !important;
}
.stApp h1[tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
/* The page's scrolling areas and the tabs (their row cuts what sticks out): the ring inside the edges. */
.stApp [data-testid="stMain"]:focus-visible, .stApp [data-testid="stSidebarContent"]:focus-visible,
.stApp [data-testid="stTab"]:focus-visible { outline-offset: -3px !important; }
/* A table's toolbar shows only under the mouse: the keyboard shows it too. The table draws its cells
   on a canvas, and its scrolling area is cut at its edges: the ring goes round the whole table. */
.stApp [data-testid="stElementToolbar"]:focus-within { opacity: 1 !important; visibility: visible !important; }
.stApp [data-testid="stDataFrame"]:has(canvas:focus-visible, .dvn-scroller:focus-visible) {
  outline: 3px solid #1f5aa6; outline-offset: 2px;
}
</style>
"""

# High contrast, as the Open SDG platform offers it: black text, captions included (21:1, where the
# normal look's secondary text is 4.9:1), darker rules and borders, underlined links, and chart text
# and grid lines in black and dark grey.
HIGH_CONTRAST_CSS = """
<style>
.stApp, .stApp p, .stApp li, .stApp label, .stApp h1, .stApp h2, .stApp h3, .stApp summary,
.stApp [data-testid="stCaptionContainer"], .stApp [data-testid="stCaptionContainer"] *,
.stApp [data-testid="stMetricLabel"] *, .stApp [data-testid="stMetricValue"],
.stApp [data-testid="stSidebarNavLink"] *, .stApp [data-testid="stTab"] * { color: #000 !important; }
.stApp [data-testid="stCaptionContainer"] { opacity: 1 !important; }      /* Streamlit fades captions to 60% */
.stApp a { text-decoration: underline !important; }
.stApp hr, .stApp [data-testid="stSidebar"] { border-color: #000 !important; }
.stApp [data-testid="stVerticalBlockBorderWrapper"], .stApp [data-testid="stLayoutWrapper"] > div[class*="border"],
.stApp [data-baseweb="select"] > div, .stApp [data-baseweb="input"], .stApp button {
  border-color: #000 !important;
}
.stApp [data-testid="stTab"][aria-selected="true"] { box-shadow: inset 0 -3px 0 #000; }
.stApp .js-plotly-plot .xtick text, .stApp .js-plotly-plot .ytick text, .stApp .js-plotly-plot .g-xtitle text,
.stApp .js-plotly-plot .g-ytitle text, .stApp .js-plotly-plot .legendtext,
.stApp .js-plotly-plot .gtitle { fill: #000 !important; }
.stApp .js-plotly-plot .gridlayer path { stroke: #8c8c8c !important; }
.stApp .js-plotly-plot .xlines-above, .stApp .js-plotly-plot .ylines-above { stroke: #000 !important; }
</style>
"""
CONTRAST_PARAM, NORMAL, HIGH = "contrast", "normal", "high"


def _remember_contrast() -> None:
    st.session_state["high_contrast"] = st.session_state["contrast_toggle"]


def contrast_toggle(lang: str) -> bool:
    """The high-contrast switch in the sidebar, from ?contrast=high and back into it (a page change
    keeps it, as it keeps the language). An unknown value falls back to the normal look with a notice."""
    if "high_contrast" not in st.session_state:
        st.session_state["high_contrast"] = state.read_choice(lang, CONTRAST_PARAM, [NORMAL, HIGH], NORMAL) == HIGH
    on = st.sidebar.toggle(t("contrast.label", lang), value=st.session_state["high_contrast"], key="contrast_toggle",
                           help=t("contrast.help", lang), on_change=_remember_contrast)
    st.session_state["high_contrast"] = on
    state.write(CONTRAST_PARAM, HIGH if on else NORMAL, NORMAL)
    return on


def browser_frame(lang: str, page: str, high_contrast: bool) -> None:
    """The page's language and focus in the browser (BROWSER_JS), the focus ring, and the high-contrast
    look when it is on. `page`: the page's url_path."""
    st.html(FOCUS_CSS)
    if high_contrast:
        st.html(HIGH_CONTRAST_CSS)
    with st.sidebar:
        _browser(data={"lang": lang, "page": page}, key="kg_browser_frame", height=0)
