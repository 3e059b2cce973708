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
