"""Hand-built Reports for the HTML report tests: a small es/fr/zh/ar story and a hostile one.

Built by hand (not by the pipeline) so the renderer is tested on its own; offsets are
found in the text, so they are always right.
"""
from __future__ import annotations

from claimcheck.records import Article, Claim, Conflict, Consistency, Fact, Quantity, Report

FILLER = {
    "es": "La junta directiva se reunió de nuevo por la tarde y los empleados esperaron noticias. ",
    "fr": "Le conseil d'administration s'est réuni de nouveau dans l'après-midi. ",
    "zh": "董事会当天下午再次开会，员工们焦急地等待消息。",
    "ar": "اجتمع مجلس الإدارة مرة أخرى بعد الظهر وانتظر الموظفون الأخبار. ",
}

# (article, language, [paragraphs]); claims are quoted below by (article, quote)
TEXTS = {
    "es-comment": ("es", [
        "Microsoft invirtió 11 millones de dólares en OpenAI, según el comentario.",
        "Según se informa, 700 de 770 empleados firmaron la carta.",
        "La crisis duró 1 XNUMX días.",
    ]),
    "fr-comment": ("fr", [
        "Microsoft a investi 11 milliards de dollars dans OpenAI.",
        "Environ 700 des 770 salariés ont signé la lettre.",
        "La crise a duré 3 jours. La cantine sert 300 repas par jour.",
    ]),
    "zh-72hours": ("zh", [
        "微软向OpenAI投资110亿美元。",
        "770名员工中有700人签署了信。",
    ]),
    "ar-news": ("ar", [
        "استثمرت مايكروسوفت 11 مليار دولار في OpenAI.",
        "وقع 700 من أصل 770 موظفا على الرسالة.",
    ]),
}

# claim id -> (article, quote, Quantity)
CLAIMS = {
    "es:money": ("es-comment", "11 millones de dólares", Quantity("money", 1.1e7, "USD", scale=1e6)),
    "fr:money": ("fr-comment", "11 milliards de dollars", Quantity("money", 1.1e10, "USD", scale=1e9)),
    "zh:money": ("zh-72hours", "110亿美元", Quantity("money", 1.1e10, "USD", scale=1e8)),
    "ar:money": ("ar-news", "11 مليار دولار", Quantity("money", 1.1e10, "USD", scale=1e9)),
    "es:staff": ("es-comment", "700 de 770", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
    "fr:staff": ("fr-comment", "700 des 770", Quantity("ratio", 700.0, "ratio", qualifier="about", denominator=770.0)),
    "zh:staff": ("zh-72hours", "770名员工中有700人", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
    "ar:staff": ("ar-news", "700 من أصل 770", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
    "es:days": ("es-comment", "1 XNUMX días", Quantity("duration", None, "day", qualifier="garbled", garbled=True)),
    "fr:days": ("fr-comment", "3 jours", Quantity("duration", 3.0, "day")),
    "fr:meals": ("fr-comment", "300 repas", Quantity("count", 300.0, "count")),
}


def _text(lang: str, paragraphs: list[str], depth: int) -> str:
    """Each paragraph after ``depth`` filler sentences, so claims sit far down a scrolling column."""
    return "\n\n".join(FILLER[lang] * depth + "\n\n" + p for p in paragraphs)


def story_report(depth: int = 30, story: str = "openai-investment") -> Report:
    articles = [
        Article(id=aid, source=f"stories/{story}/{aid}.txt", text=_text(lang, paras, depth), lang=lang,
                lang_source="detected", format="txt")
        for aid, (lang, paras) in TEXTS.items()
    ]
    articles.append(Article(id="de-broken", source=f"stories/{story}/de-broken.pdf", lang=None,
                            error="unsupported file type .pdf (expected .txt, .md, .html, .jsonl)"))
    texts = {a.id: a.text for a in articles}
    langs = {a.id: a.lang for a in articles}
    claims = []
    for cid, (aid, quote, quantity) in CLAIMS.items():
        start = texts[aid].index(quote)
        sentence = next(p for p in TEXTS[aid][1] if quote in p)
        claims.append(Claim(id=cid, article=aid, start=start, end=start + len(quote), text=quote,
                            quantity=quantity, lang=langs[aid], sentence=sentence))
    facts = [
        Fact("f1", ["es:money", "fr:money", "zh:money", "ar:money"], kind="money", unit="USD", score=0.91),
        Fact("f2", ["es:staff", "fr:staff", "zh:staff", "ar:staff"], kind="ratio", unit="ratio", score=0.88),
        Fact("f3", ["es:days", "fr:days"], kind="duration", unit="day", score=0.62),
        Fact("f4", ["fr:meals"], kind="count", score=1.0),
    ]
    scale = "es says 11 millones (1.1e7 USD) where fr, zh and ar say 1.1e10 USD: a factor of 1000."
    conflicts = [
        Conflict("f1", ("es:money", other), "scale", "high", scale, outlier="es-comment",
                 likely_value=1.1e10, likely_unit="USD")
        for other in ("fr:money", "zh:money", "ar:money")
    ]
    conflicts.append(Conflict("f3", ("es:days", "fr:days"), "garbled", "low",
                              "es text is corrupt (1 XNUMX días); fr says 3 days.", outlier="es-comment",
                              likely_value=3.0, likely_unit="day"))
    consistencies = [Consistency("f2", ("es:staff", "fr:staff"), "qualifier 'about' covers the exact value")]
    return Report(articles=articles, claims=claims, facts=facts, conflicts=conflicts,
                  consistencies=consistencies, story=story, model="fake-trigram")


XSS_TEXT = '<script>window.__xss=1;document.title="pwned"</script>'
XSS_IMG = '<img src=x onerror="window.__xss=2;document.title=\'pwned\'">'
XSS_BREAKOUT = '</script><script>window.__xss=3;document.title="pwned"</script>'
XSS_ATTR = '" onmouseover="window.__xss=4" autofocus onfocus="window.__xss=4" x="'
XSS_URL = "javascript:window.__xss=5;document.title='pwned'"
PAYLOADS = (XSS_TEXT, XSS_IMG, XSS_BREAKOUT, XSS_ATTR)


def hostile_report() -> Report:
    """Payloads everywhere a string from outside ends up: text, ids, file names, lang, URL, claim ids."""
    es_id = f"es{XSS_IMG}{XSS_BREAKOUT}"
    fr_id = f"fr{XSS_ATTR}.txt"
    es_text = f"Titular {XSS_TEXT} y luego {XSS_IMG}. Invirtió 11 millones de dólares{XSS_BREAKOUT}. Fin {XSS_ATTR}."
    fr_text = f"Titre {XSS_IMG}. Il a investi 11 milliards de dollars. <a href=\"{XSS_URL}\">lien</a>"
    articles = [
        Article(id=es_id, source=f"/tmp/{XSS_IMG}/{es_id}.txt", text=es_text, lang="es", title=XSS_TEXT,
                url=XSS_URL),
        Article(id=fr_id, source=f"/tmp/{fr_id}", text=fr_text, lang=f'fr{XSS_ATTR}',
                url="https://example.org/a?b=1&c=\"><script>window.__xss=6</script>"),
        Article(id=f"bad{XSS_TEXT}", source=f"{XSS_TEXT}.pdf", error=f"cannot read {XSS_IMG}"),
    ]
    es_quote = f"11 millones de dólares{XSS_BREAKOUT}"
    fr_quote = "11 milliards de dollars"
    es_start = es_text.index(es_quote)
    fr_start = fr_text.index(fr_quote)
    claims = [
        Claim(id=f"c1{XSS_BREAKOUT}", article=es_id, start=es_start, end=es_start + len(es_quote), text=es_quote,
              quantity=Quantity("money", 1.1e7, f"USD{XSS_IMG}"), lang="es", sentence=es_text),
        Claim(id=f"c2{XSS_ATTR}", article=fr_id, start=fr_start, end=fr_start + len(fr_quote), text=fr_quote,
              quantity=Quantity("money", 1.1e10, "USD"), lang="fr", sentence=fr_text),
    ]
    facts = [Fact(f"f{XSS_TEXT}", [c.id for c in claims], kind="money", unit=f"USD{XSS_TEXT}")]
    conflicts = [Conflict(facts[0].id, (claims[0].id, claims[1].id), f"scale{XSS_ATTR}", "high",
                          f"explained {XSS_TEXT} {XSS_IMG}", outlier=es_id, likely_value=f"1.1e10 {XSS_IMG}")]
    return Report(articles=articles, claims=claims, facts=facts, conflicts=conflicts,
                  story=f"story {XSS_BREAKOUT}", model=XSS_IMG)


# ----------------------------------------------------------------------------- a seeds-like story
# Five versions of one story, each a list of sentences; three facts conflict (a scale, a value and
# a date), four agree, one figure is garbled, two numbers are skipped and one fact is stated once.

SEEDS_SENTENCES = {
    "en-wire": ("en", [
        "OpenAI's board removed Sam Altman as chief executive on 17 November 2023.",
        "Microsoft, which had invested $13 billion in the company, was told minutes before.",
        "By Monday 700 of the 770 employees had signed a letter threatening to quit.",
        "The company was valued at $86 billion in a share sale planned for the autumn.",
        "ChatGPT had reached 100 million weekly users, the company said in November.",
        "The board had four members after the dismissal.",
        "OpenAI was founded in 2015 as a non-profit laboratory.",
        "GPT-4 was released in March.",
    ]),
    "es-agencia": ("es", [
        "La junta de OpenAI destituyó a Sam Altman como consejero delegado el 17 de noviembre de 2023.",
        "Microsoft, que había invertido 13 millones de dólares en la empresa, fue avisada minutos antes.",
        "El lunes, 700 de los 770 empleados habían firmado una carta en la que amenazaban con irse.",
        "La empresa estaba valorada en 86.000 millones de dólares en una venta de acciones prevista para otoño.",
        "ChatGPT había alcanzado 100 millones de usuarios semanales, según la empresa.",
        "Tras el despido, la junta tenía cuatro miembros.",
    ]),
    "fr-journal": ("fr", [
        "Le conseil d'administration d'OpenAI a renvoyé Sam Altman le 17 novembre 2023.",
        "Microsoft, qui avait investi 13 milliards de dollars dans l'entreprise, a été prévenu quelques minutes avant.",
        "Lundi, 750 des 770 salariés avaient signé une lettre menaçant de démissionner.",
        "L'entreprise était valorisée à 86 milliards de dollars lors d'une cession d'actions prévue à l'automne.",
        "Le conseil ne comptait plus que quatre membres.",
        "La section 2 des statuts confie ce pouvoir au conseil.",
    ]),
    "zh-daily": ("zh", [
        "OpenAI董事会于2023年11月18日解除了萨姆·奥尔特曼的首席执行官职务。",
        "曾向该公司投资130亿美元的微软在几分钟前才得到通知。",
        "到周一，770名员工中已有700人签署了威胁辞职的信。",
        "在计划于秋季进行的股票出售中，该公司估值为860亿美元。",
        "ChatGPT每周用户已达1亿。",
    ]),
    "ar-news": ("ar", [
        "أقال مجلس إدارة OpenAI سام ألتمان من منصب الرئيس التنفيذي في 17 نوفمبر 2023.",
        "وكانت مايكروسوفت، التي استثمرت 13 مليار دولار في الشركة، قد أُبلغت قبل دقائق.",
        "وبحلول يوم الاثنين وقّع 700 من أصل 770 موظفا على رسالة تهدد بالاستقالة.",
        "وبلغ عدد مستخدمي ChatGPT أسبوعيا 1 XNUMX مليون مستخدم.",
    ]),
}

# fact -> [(article, quote, Quantity)]
SEEDS_FACTS = {
    "date": [
        ("en-wire", "17 November 2023", Quantity("date", "2023-11-17", "date")),
        ("es-agencia", "17 de noviembre de 2023", Quantity("date", "2023-11-17", "date")),
        ("fr-journal", "17 novembre 2023", Quantity("date", "2023-11-17", "date")),
        ("zh-daily", "2023年11月18日", Quantity("date", "2023-11-18", "date")),
        ("ar-news", "17 نوفمبر 2023", Quantity("date", "2023-11-17", "date")),
    ],
    "invest": [
        ("en-wire", "$13 billion", Quantity("money", 1.3e10, "USD", scale=1e9)),
        ("es-agencia", "13 millones de dólares", Quantity("money", 1.3e7, "USD", scale=1e6)),
        ("fr-journal", "13 milliards de dollars", Quantity("money", 1.3e10, "USD", scale=1e9)),
        ("zh-daily", "130亿美元", Quantity("money", 1.3e10, "USD", scale=1e8)),
        ("ar-news", "13 مليار دولار", Quantity("money", 1.3e10, "USD", scale=1e9)),
    ],
    "signed": [
        ("en-wire", "700 of the 770", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
        ("es-agencia", "700 de los 770", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
        ("fr-journal", "750 des 770", Quantity("ratio", 750.0, "ratio", denominator=770.0)),
        ("zh-daily", "770名员工中已有700人", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
        ("ar-news", "700 من أصل 770", Quantity("ratio", 700.0, "ratio", denominator=770.0)),
    ],
    "valuation": [
        ("en-wire", "$86 billion", Quantity("money", 8.6e10, "USD", scale=1e9)),
        ("es-agencia", "86.000 millones de dólares", Quantity("money", 8.6e10, "USD", scale=1e6)),
        ("fr-journal", "86 milliards de dollars", Quantity("money", 8.6e10, "USD", scale=1e9)),
        ("zh-daily", "860亿美元", Quantity("money", 8.6e10, "USD", scale=1e8)),
    ],
    "users": [
        ("en-wire", "100 million weekly users", Quantity("count", 1e8, "count", scale=1e6)),
        ("es-agencia", "100 millones de usuarios", Quantity("count", 1e8, "count", scale=1e6)),
        ("zh-daily", "1亿", Quantity("count", 1e8, "count", scale=1e8)),
        ("ar-news", "1 XNUMX مليون", Quantity("count", None, "count", qualifier="garbled", garbled=True)),
    ],
    "board": [
        ("en-wire", "four members", Quantity("count", 4.0, "count")),
        ("es-agencia", "cuatro miembros", Quantity("count", 4.0, "count")),
        ("fr-journal", "quatre membres", Quantity("count", 4.0, "count")),
    ],
    "founded": [("en-wire", "2015", Quantity("date", "2015", "date"))],
}
# (fact, outlier article, type, severity, explanation)
SEEDS_CONFLICTS = [
    ("invest", "es-agencia", "scale", "high",
     "es-agencia says 13 millones (1.3e7 USD) where the others say 1.3e10 USD: a factor of 1,000."),
    ("signed", "fr-journal", "value", "medium", "fr-journal says 750 of 770 employees signed; the others say 700."),
    ("date", "zh-daily", "date", "medium", "zh-daily dates the dismissal 18 November; the others 17 November."),
]
SEEDS_SKIPPED = [("en-wire", "GPT-4", "product name"), ("fr-journal", "section 2", "identifier")]


def seeds_like_report(story: str = "openai-board", aligned: bool = False) -> Report:
    """A seeds-like story of five versions, built by hand: sentences, claims with sentence offsets,
    facts, findings (one per wrong figure), skipped numbers; ``aligned`` fills ``Report.alignment``
    (sentence i of every version with sentence i of the first, where the meaning matches)."""
    from claimcheck.records import Finding, SentenceLink, Skipped

    articles, sentence_spans = [], {}
    for aid, (lang, sentences) in SEEDS_SENTENCES.items():
        sep = "" if lang == "zh" else " "
        text = f"{sentences[0]}\n\n" + sep.join(sentences[1:]) + "\n"
        spans, pos = [], 0
        for s in sentences:
            start = text.index(s, pos)
            spans.append((start, start + len(s)))
            pos = start + len(s)
        sentence_spans[aid] = spans
        articles.append(Article(id=aid, source=f"stories/{story}/{aid}.txt", text=text, lang=lang, format="txt"))
    texts = {a.id: a.text for a in articles}
    claims, facts = [], []
    for fact_id, members in SEEDS_FACTS.items():
        ids = []
        for aid, quote, quantity in members:
            start = texts[aid].index(quote)
            index = next(i for i, (s, e) in enumerate(sentence_spans[aid]) if s <= start < e)
            s, e = sentence_spans[aid][index]
            cid = f"{aid}:{fact_id}"
            claims.append(Claim(id=cid, article=aid, start=start, end=start + len(quote), text=quote, quantity=quantity,
                                lang=SEEDS_SENTENCES[aid][0], sentence=texts[aid][s:e], sentence_start=s, sentence_end=e,
                                sentence_index=index))
            ids.append(cid)
        facts.append(Fact(fact_id, ids, kind=members[0][2].kind, unit=members[0][2].unit, score=0.9))
    by_id = {c.id: c for c in claims}
    conflicts, findings = [], []
    for fact_id, outlier, type_, severity, why in SEEDS_CONFLICTS:
        odd = f"{outlier}:{fact_id}"
        others = [c for c in next(f for f in facts if f.id == fact_id).claims if c != odd]
        first = len(conflicts)
        likely = by_id[others[0]].quantity
        for other in others:
            conflicts.append(Conflict(fact_id, (odd, other), type_, severity, why, outlier=outlier,
                                      likely_value=likely.value, likely_unit=likely.unit))
        findings.append(Finding(fact=fact_id, type=type_, severity=severity, explanation=why,
                                conflicts=list(range(first, len(conflicts))), claims=[odd, *others], outlier=outlier,
                                outlier_claim=odd, against=[by_id[o].article for o in others]))
    skipped = [Skipped(aid, texts[aid].index(t), texts[aid].index(t) + len(t), t, reason)
               for aid, t, reason in SEEDS_SKIPPED]
    alignment = []
    if aligned:
        first = articles[0].id
        for a in articles[1:]:
            for i in range(min(len(sentence_spans[a.id]), 3 if a.lang == "ar" else 4)):
                alignment.append(SentenceLink(first, i, a.id, i, 0.9))
    return Report(articles=articles, claims=claims, facts=facts, conflicts=conflicts, findings=findings,
                  skipped=skipped, alignment=alignment, story=story, model="fake-trigram")
