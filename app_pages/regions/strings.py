"""Strings of the Regions page (keys regions.*; common.py already holds regions.all, .count, .national)."""

STRINGS: dict[str, dict[str, str]] = {
    "regions.title": {"ky": "Аймактар", "ru": "Регионы", "en": "Regions"},
    "regions.intro": {
        "ky": "Аймактар боюнча берилген көрсөткүчтү жана жылды тандаңыз: карта жети облусту, Бишкек жана "
              "Ош шаарларын көрсөтөт. Андан ылдый — тандалган аймактын бардык көрсөткүчтөрү.",
        "ru": "Выберите показатель, который есть по регионам, и год: на карте семь областей и города Бишкек "
              "и Ош. Ниже — все показатели выбранного региона.",
        "en": "Choose an indicator that is available by region, and a year: the map shows the seven oblasts "
              "and the cities of Bishkek and Osh. Below, every indicator of the region you choose.",
    },
    "regions.indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "regions.map_title": {"ky": "{name}, {period}", "ru": "{name}, {period}", "en": "{name}, {period}"},
    # Under every map (the boundaries' licence, CC BY 3.0 IGO, asks for it); the English is the licence's own words.
    "regions.map_attribution": {
        "ky": "Чек аралар: Кыргыз Республикасынын Өзгөчө кырдаалдар министрлиги / OCHA (HDX COD-AB), CC BY 3.0 IGO",
        "ru": "Границы: Министерство чрезвычайных ситуаций Кыргызской Республики / OCHA (HDX COD-AB), CC BY 3.0 IGO",
        "en": "Boundaries: Ministry of Emergency Situations of the Kyrgyz Republic / OCHA (HDX COD-AB), CC BY 3.0 IGO",
    },
    "regions.share_title": {
        "ky": "Социалдык коргоо алуучулар: бүт өлкөнүн калкынан %, аймактагы деңгээл эмес, {period}",
        "ru": "Получатели соцзащиты: % от населения всей страны, а не уровень в регионе, {period}",
        "en": "Social-protection beneficiaries: % of the whole country's population, not a regional rate, {period}",
    },
    "regions.share_note": {
        "ky": "Бул көрсөткүч аймактагы социалдык коргоо алуучулардын санын бүт өлкөнүн калкына бөлөт, аймактын "
              "өз калкына эмес. Ошондуктан аймактардын маанилери кошулуп, өлкө боюнча камтууну берет "
              "({period}: {total} %). Калкы көп аймактын үлүшү чоң болот; бул аймактагы камтуунун деңгээли эмес.",
        "ru": "Этот показатель делит число получателей социальной защиты в регионе на население всей страны, "
              "а не региона. Поэтому значения регионов в сумме дают охват по стране ({period}: {total} %). "
              "У региона с большим населением доля больше; это не уровень охвата в регионе.",
        "en": "This indicator divides a region's social-protection beneficiaries by the whole country's "
              "population, not the region's. So the regions add up to the national coverage ({period}: "
              "{total}%). A more populous region has a larger share; it is not the coverage rate in the region.",
    },
    "regions.period_note": {
        "ky": "Бул жылга аймактар боюнча маанилер {period} үчүн гана бар; бул жылдык маани эмес.",
        "ru": "За этот год значения по регионам есть только за период «{period}»; это не годовое значение.",
        "en": "For this year the regions have values for {period} only; this is not a full-year value.",
    },
    "regions.scale_million": {"ky": "млн {unit}", "ru": "млн {unit}", "en": "million {unit}"},
    "regions.scale_billion": {"ky": "млрд {unit}", "ru": "млрд {unit}", "en": "billion {unit}"},
    "regions.flagged": {"ky": "{flag}: {regions}", "ru": "{flag}: {regions}", "en": "{flag}: {regions}"},
    "regions.colours": {
        "ky": "Кочкул түс — начарыраак маани (же «жакшы» багыты жок көрсөткүчтө — чоңураак маани). "
              "Ош шаары картада алкак менен белгиленип, бурчтагы кошумча картада чоңойтулуп көрсөтүлгөн.",
        "ru": "Тёмный цвет — худшее значение (а у показателя без направления «лучше» — большее). "
              "Город Ош обведён на карте рамкой и показан крупно на врезке в углу.",
        "en": "Darker is worse (or, for an indicator with no better direction, larger). "
              "Osh city is framed by a box on the map and shown enlarged in the inset in the corner.",
    },
    "regions.profile": {"ky": "Аймактын көрүнүшү", "ru": "Профиль региона", "en": "Region profile"},
    "regions.region": {"ky": "Аймак", "ru": "Регион", "en": "Region"},
    "regions.profile_caption": {
        "ky": "Ар бир көрсөткүчтүн акыркы мааниси жана мезгили, ошол мезгилдеги аймактардын ичиндеги орду "
              "жана мурунку мааниге салыштырмалуу өзгөрүшү.",
        "ru": "Последнее значение каждого показателя и его период, место среди регионов в том же периоде "
              "и изменение к предыдущему значению.",
        "en": "Each indicator's latest value and its period, the region's rank among the regions in that "
              "period, and the change against the previous value.",
    },
    "regions.col_indicator": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Indicator"},
    "regions.col_value": {"ky": "Акыркы маани", "ru": "Последнее значение", "en": "Latest value"},
    "regions.col_period": {"ky": "Мезгил", "ru": "Период", "en": "Period"},
    "regions.col_rank": {"ky": "Орду", "ru": "Место", "en": "Rank"},
    "regions.col_change": {"ky": "Мурунку мааниге салыштырмалуу", "ru": "К предыдущему значению",
                           "en": "Against the previous value"},
    "regions.col_flags": {"ky": "Белгилер", "ru": "Отметки", "en": "Notes"},
    "regions.col_source": {"ky": "Булак", "ru": "Источник", "en": "Source"},
    "regions.rank_of": {"ky": "{count} аймактын ичинен {rank}-орун", "ru": "{rank} из {count}",
                        "en": "{rank} of {count}"},
    "regions.basis_lower_better": {"ky": "азы жакшы", "ru": "меньше — лучше", "en": "lower is better"},
    "regions.basis_higher_better": {"ky": "көбү жакшы", "ru": "больше — лучше", "en": "higher is better"},
    "regions.basis_highest_first": {"ky": "1 — эң чоң маани", "ru": "1 — наибольшее", "en": "1 = largest"},
    "regions.every_unit": {"ky": "мааниси бар бардык аймактар", "ru": "все регионы, по которым есть значение",
                           "en": "every region with a value"},
    "regions.no_previous": {"ky": "мурунку маани жок", "ru": "предыдущего значения нет", "en": "no previous value"},
    "regions.change_since": {"ky": "{change} ({period} менен салыштырганда)", "ru": "{change} (к {period})",
                             "en": "{change} (since {period})"},
}
