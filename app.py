"""Entry point: `streamlit run app.py`. For now one page, the data's coverage."""
import streamlit as st

from analysis.coverage import coverage
from ui.data import dataset_or_stop
from ui.i18n import language_selector, t

lang = language_selector()
st.set_page_config(page_title=t("app.title", lang), page_icon="📊", layout="wide")
data = dataset_or_stop(lang)

st.title(t("app.title", lang))
st.write(t("app.subtitle", lang))
st.subheader(t("coverage.heading", lang))
table = coverage(data, lang)
st.caption(t("coverage.caption", lang, indicators=len(table), values=int(table["values"].sum()),
             sources=len(data.sources)))
everywhere = ",".join(data.regions.index)
table["regions"] = table["regions"].map(
    lambda r: t("regions.all", lang) if r == everywhere else (
        t("regions.national", lang) if r == "KG" else t("regions.count", lang, count=len(r.split(",")))))
table["topic"] = table["topic"].map(lambda topic: t(f"topic.{topic}", lang))
table["unit"] = table["unit"].map(data.units[f"name_{lang}"])
table["years"] = [f"{a}–{b}" if a != b else str(a) for a, b in zip(table["first_year"], table["last_year"])]
st.dataframe(
    table[["name", "topic", "unit", "regions", "years", "values", "sources"]].rename(columns={
        "name": t("column.indicator", lang), "topic": t("column.topic", lang), "unit": t("column.unit", lang),
        "regions": t("column.regions", lang), "years": t("column.years", lang),
        "values": t("column.values", lang), "sources": t("column.sources", lang)}),
    hide_index=True, width="stretch", key="coverage_table",
)
