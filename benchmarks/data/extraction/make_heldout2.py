#!/usr/bin/env python3
"""Second held-out part (h2-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout2.py           # write pages/h2-*.html
    python benchmarks/data/extraction/make_heldout2.py --check   # verify pages/h2-*.html and their truth
    python benchmarks/data/extraction/make_heldout2.py --stats   # template, words, residue per page

Written after the first held-out part had been used for tuning, as a fresh,
independent test.  Stories are in articles_h2_en.py / articles_h2_intl.py; the
residue wordings, related headlines, site names and four of the page templates
(nextjs, regional, magazine, liveblog) are new here.  The markup helpers and the
older templates (cms, wordpress, semantic, storybody, amp, portal) are imported
from make_pages.py, which also merges these pages into truth.json and split.json
(`make_pages.py` / `make_pages.py --check` cover every file of the set).
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import make_pages as mp  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h2_en import ARTICLES as H2_EN  # noqa: E402
from articles_h2_intl import ARTICLES as H2_INTL  # noqa: E402

ARTICLES = H2_EN + H2_INTL

SITES = {
    "en": ["The Coastline Post", "Lowfield Herald", "Ashcombe Evening Star", "The Long Read", "Kingsbridge Daily"],
    "tr": ["Ege Manşet", "Anadolu Gazetesi", "Körfez Haber"],
    "de": ["Hanse-Kurier", "Nordbayern Aktuell", "Rheintal-Zeitung"],
    "fr": ["La Gazette du Limousin", "Ouest-Littoral", "Le Républicain des Alpes"],
    "es": ["El Heraldo del Segura", "Noticias de Levante", "Diario Atlántico"],
    "ru": ["Уральский курьер", "Вечерний город", "Новости Приисетья"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (none of make_pages.RESIDUE's sentences)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Embedded content from YouTube is switched off. Allow third-party cookies to load it.",
               "Your privacy settings are preventing this map from loading. Update preferences",
               "This poll needs functional cookies to work. Manage consent"],
        "tr": ["Bu gönderiyi görmek için sosyal medya çerezlerine izin verin.",
               "Harici içerik gizlendi. Çerez ayarlarını değiştir"],
        "de": ["Hier steht ein externer Inhalt. Mit einem Klick auf „Inhalt laden“ willigen Sie in die Datenübertragung ein.",
               "Um diese Karte zu sehen, müssen Sie Tracking-Cookies erlauben."],
        "fr": ["Ce tweet n'est pas visible car vous avez refusé les traceurs. Modifier mes préférences",
               "Contenu externe désactivé : acceptez les cookies pour l'afficher."],
        "es": ["Este tuit está oculto por su configuración de privacidad. Aceptar cookies de redes sociales",
               "Contenido externo bloqueado. Cambie sus preferencias de cookies para verlo."],
        "ru": ["Публикация скрыта: разрешите сторонние cookie, чтобы её увидеть.",
               "Виджет не загружен из-за ваших настроек cookie."],
    },
    "newsletter": {
        "en": ["Don't miss out: the Evening Edition lands in your inbox at 6pm. Sign up free.",
               "You've read 3 of 5 free articles this month. Subscribe for £1 a week.",
               "This article is for subscribers. Already a member? Log in",
               "Want more stories like this? Join 40,000 readers of our weekly bulletin."],
        "tr": ["Günün özeti her sabah e-posta kutunuzda. Hemen kaydolun!",
               "Bu içeriğin devamı abonelerimize özeldir. Abonelik paketlerini inceleyin."],
        "de": ["Mit unserem Digitalabo lesen Sie alle Artikel – die ersten vier Wochen gratis.",
               "Nichts verpassen: Hier für den Abendbrief anmelden.",
               "Dieser Artikel ist nur für Abonnenten frei."],
        "fr": ["Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
               "Chaque soir, notre lettre d'information résume la journée. Je m'inscris gratuitement."],
        "es": ["Este contenido es exclusivo para suscriptores. ¿Ya tienes cuenta? Inicia sesión",
               "Recibe cada tarde el resumen del día en tu correo. Apúntate gratis."],
        "ru": ["Материал доступен только подписчикам. Оформить подписку",
               "Получайте главные новости дня на почту — это бесплатно."],
    },
    "share": {
        "en": ["Share via email", "Copy link", "Follow {site} on WhatsApp", "Like us on Facebook for more local news"],
        "tr": ["WhatsApp kanalımıza katılın", "Haberi X'te paylaş", "Bağlantıyı kopyala"],
        "de": ["Link kopieren", "Per WhatsApp teilen", "Unseren WhatsApp-Kanal abonnieren"],
        "fr": ["Copier le lien", "Envoyer par e-mail", "Rejoignez notre chaîne WhatsApp"],
        "es": ["Copiar enlace", "Enviar por correo", "Únete a nuestro canal de WhatsApp"],
        "ru": ["Скопировать ссылку", "Отправить в Telegram", "Наш канал во ВКонтакте — подписывайтесь"],
    },
    "photo": {
        "en": ["Picture: Supplied", "Credit: Getty Images", "Image: iStock", "Photo / Facebook"],
        "tr": ["Fotoğraf: Sosyal medya", "Görsel: iStock", "(Fotoğraf: Arşiv/DHA)"],
        "de": ["Bild: Shutterstock", "Foto: privat", "Symbolbild: Pixabay"],
        "fr": ["Photo : DR", "Image d'archives", "Crédit : iStock"],
        "es": ["Imagen: Shutterstock", "Foto cedida", "Foto: archivo"],
        "ru": ["Фото: соцсети", "Иллюстрация: Shutterstock", "Фото: архив редакции"],
    },
    "copyright": {
        "en": ["Copyright © 2024 {site} Ltd", "© {site} 2024. Not for republication without permission."],
        "tr": ["Bu haberin her hakkı {site}'a aittir, kaynak gösterilmeden kullanılamaz.", "© Copyright 2024 {site}"],
        "de": ["© {site} | Nachdruck nur mit Genehmigung", "Copyright 2024 {site}"],
        "fr": ["© {site} 2024 – Toute reproduction même partielle est interdite", "Droits réservés"],
        "es": ["© 2024 {site} | Prohibida su reproducción", "Copyright {site}"],
        "ru": ["© 2024 {site}. Использование материалов только с согласия редакции.",
               "Все права на материал принадлежат изданию «{site}»"],
    },
    "section": {
        "en": ["NEWS | LOCAL", "Home » News", "Latest", "EXCLUSIVE", "Trending now", "In brief"],
        "tr": ["Gündem / Yerel", "SON DAKİKA HABERİ", "Haberler > Ekonomi", "ÖZEL HABER"],
        "de": ["Nachrichten › Region", "EXKLUSIV", "Meistgelesen", "Aktuell"],
        "fr": ["Actualité > Société", "EXCLUSIF", "En direct", "Les plus lus"],
        "es": ["Portada > Actualidad", "EXCLUSIVA", "Lo más leído", "Actualidad"],
        "ru": ["Новости › Город", "ЭКСКЛЮЗИВ", "Главное", "Самое читаемое"],
    },
    "related": {
        "en": ["Read next", "MORE ON THIS STORY", "Recommended for you", "Related coverage"],
        "tr": ["Bunlar da ilginizi çekebilir", "Öne çıkanlar", "Benzer haberler"],
        "de": ["Weitere Artikel", "Das könnte Sie interessieren", "Zum Thema"],
        "fr": ["Nos articles sur le sujet", "Vous aimerez aussi", "Dans la même rubrique"],
        "es": ["Más noticias", "Contenido relacionado", "Lo último"],
        "ru": ["Другие материалы", "Рекомендуем", "Актуальное"],
    },
    "symbol": {"*": ["◆", "·", "///", "▶", "#", "~", "⁂"]},
    "credit": {
        "en": ["By Staff Reporter", "Additional reporting by Reuters", "— PA Media", "Words: staff writer"],
        "tr": ["İzmir / İHA", "DHA muhabiri", "Ankara | Merkez Haber Servisi"],
        "de": ["Von unserer Redaktion", "KNA/epd", "(AFP/Reuters)"],
        "fr": ["Avec l'AFP", "Par notre correspondant", "(Reuters)"],
        "es": ["Madrid (EFE).-", "Por nuestra corresponsal", "Con información de agencias"],
        "ru": ["Корреспондент", "Интерфакс", "Текст: отдел новостей"],
    },
    "ad": {
        "en": ["Sponsored", "ADVERTISING", "Content continues after ad", "Promoted content"],
        "tr": ["Sponsorlu İçerik", "REKLAM ALANI"],
        "de": ["Werbung", "ANZEIGE – Artikel geht unten weiter"],
        "fr": ["Contenu sponsorisé", "PUB"],
        "es": ["Anuncio", "Contenido patrocinado"],
        "ru": ["РЕКЛАМА", "На правах рекламы"],
    },
    "continue": {
        "en": ["Continue reading below", "Story continues", "Show more"],
        "tr": ["Devamını oku", "Haberin devamı için tıklayın"],
        "de": ["Weiterlesen", "Mehr anzeigen"],
        "fr": ["Lire la suite", "Voir plus"],
        "es": ["Leer más", "Seguir leyendo"],
        "ru": ["Читать далее", "Показать полностью"],
    },
    "comments": {
        "en": ["{n} comments", "Join the discussion ({n})", "View comments ({n})"],
        "tr": ["Yorumlar ({n})", "{n} yorum"],
        "de": ["{n} Kommentare", "Zur Diskussion ({n})"],
        "fr": ["{n} commentaires", "Réagir ({n})"],
        "es": ["{n} comentarios", "Ver comentarios ({n})"],
        "ru": ["Комментарии: {n}", "Обсудить ({n})"],
    },
}
BIO = {
    "en": "{name} is a senior writer at {site}. She has covered {section} since 2016. Email her at newsdesk@example.org",
    "tr": "{name}, {site} yazarıdır. {section} alanında haberler yazıyor. İletişim: haber@example.org",
    "de": "{name} ist Redakteurin bei {site} und schreibt über {section}. Kontakt: redaktion@example.org",
    "fr": "{name} est journaliste à {site}, où elle couvre la rubrique {section}. Contact : redaction@example.org",
    "es": "{name} es redactora de {site} y escribe sobre {section}. Contacto: redaccion@example.org",
    "ru": "{name} — корреспондент издания «{site}», пишет о теме «{section}». Почта: redakciya@example.org",
}
READMORE = {"en": "READ MORE:", "tr": "İLGİLİ HABER:", "de": "AUCH INTERESSANT:", "fr": "LIRE AUSSI >",
            "es": "LEA TAMBIÉN:", "ru": "ПО ТЕМЕ:"}
HEADLINES = {
    "en": ["Man charged after lorry hits railway bridge", "Ferry operator confirms winter timetable",
           "Pub landlord wins fight to keep beer garden", "Hospital car park charges to go up in May",
           "Youth football club raises £12,000 for new pitch"],
    "tr": ["Sahil yolunda asfalt çalışması başladı", "Kent müzesi hafta sonu ücretsiz",
           "Öğrencilere ulaşım kartı müjdesi", "Hal fiyatlarında son durum"],
    "de": ["Neue Radbrücke über die Elbe eröffnet", "Kita-Gebühren steigen ab August",
           "Polizei sucht Zeugen nach Unfall auf der B75", "Freibad öffnet früher als geplant"],
    "fr": ["Le marché de Noël déménage place Carnot", "Travaux sur la rocade : les déviations",
           "Un nouveau médecin s'installe à Saint-Léger", "La piscine municipale rouvre lundi"],
    "es": ["Cortes de tráfico por las obras del tranvía", "El mercado central amplía su horario",
           "Abre el nuevo centro de salud del barrio", "La feria del libro bate récord de visitantes"],
    "ru": ["На Ленина откроют новый сквер", "Горожанам напомнили о сроках уплаты налогов",
           "В парке установят новые скамейки", "Автобус № 3 изменит расписание"],
}
LIVE = {  # per-entry furniture inside the live-blog stream
    "en": dict(share="Share this update", posted="Posted by {name}", pinned="Pinned post", newer="Show 2 new updates"),
    "tr": dict(share="Bu gelişmeyi paylaş", posted="Yazan: {name}", pinned="Sabitlenmiş gönderi", newer="2 yeni gelişme"),
    "de": dict(share="Eintrag teilen", posted="Von {name}", pinned="Angepinnter Beitrag", newer="2 neue Einträge anzeigen"),
}
LIVE_AUTHORS = {"en": ["Hannah Mortimer", "Joe Keswick"], "tr": ["Kaan Öztürk", "Seda Yılmaz"],
                "de": ["Lena Brückner", "Felix Aust"]}
# residue every page of a template carries (regional: two inline READ MORE lines; magazine: pull quote
# and author bio box; live blog: "Posted by" lines, "Share this update" links, pinned label / new-posts button)
TEMPLATE_FAMILIES = {"regional": ["readmore"], "magazine": ["pullquote", "bio"], "liveblog": ["credit", "share", "section"]}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments"]


def pick(rng, fam, lang, site):
    return rng.choice(R[fam][lang]).replace("{site}", site).replace("{n}", str(rng.randint(3, 140)))


def residue_items(art, rng, site):
    """{position: [html, ...]} for the generic residue, and the families used."""
    lang, n = art["lang"], len(art["blocks"])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = min(k, 5 - len(TEMPLATE_FAMILIES.get(art["tpl"], [])))  # at most five families per page
    fams = rng.sample(FAMILIES, k)
    placed = {}

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.randint(1, max(1, n - 1))
        if fam == "title":
            put(0, rng.choice(['<p class="headline-repeat"><b>%s</b></p>', '<h2 class="title">%s</h2>',
                               '<div class="story-title">%s</div>']) % E(art["title"]))
        elif fam == "symbol":
            put(mid, rng.choice(['<p class="sep">%s</p>', '<div class="ornament">%s</div>', '<p>%s</p>'])
                % E(rng.choice(R["symbol"]["*"])))
        elif fam == "caption":
            put(mid, rng.choice([
                '<figure class="inline-image"><img src="/img/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                '<div class="image-block"><img src="/img/{id}-2.jpg" alt=""><p class="image-caption">{cap} <span>{cr}</span></p></div>',
                '<p class="wp-caption-text">{cap} ({cr})</p>']).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
        elif fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/story/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(['<aside class="related-inline"><h3>%s</h3><ul>%s</ul></aside>',
                                                  '<div class="more-links"><p><strong>%s</strong></p><ul>%s</ul></div>'])
                % (E(pick(rng, fam, lang, site)), lis))
        else:
            text = E(pick(rng, fam, lang, site))
            style = {
                "cookie": ['<div class="consent-placeholder"><p>%s</p><button>Load</button></div>',
                           '<p class="privacy-blocked">%s</p>'],
                "newsletter": ['<div class="signup-inline"><p>%s</p></div>', '<p class="paywall-note"><em>%s</em></p>',
                               '<aside class="subscribe-cta">%s</aside>'],
                "share": ['<p class="share-line"><a href="#">%s</a></p>', '<div class="social-follow">%s</div>'],
                "photo": ['<p class="pic-credit">%s</p>', '<span class="img-source">%s</span>'],
                "copyright": ['<p class="rights">%s</p>', '<div class="copyright-note"><small>%s</small></div>'],
                "section": ['<p class="label">%s</p>', '<div class="section-tag">%s</div>'],
                "credit": ['<p class="agency">%s</p>', '<div class="author-line">%s</div>'],
                "ad": ['<div class="advert-label">%s</div>', '<p class="ad-notice">%s</p>'],
                "continue": ['<p class="continue"><a href="#rest">%s</a></p>', '<div class="read-on">%s</div>'],
                "comments": ['<p class="comment-count"><a href="#comments">%s</a></p>', '<div class="discuss">%s</div>'],
            }[fam]
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n])
                   }.get(fam, mid)
            put(pos, rng.choice(style) % text)
    return placed, fams


def readmore(art, rng, k):
    heads = rng.sample(HEADLINES[art["lang"]], k)
    return ['<p class="readmore"><strong>%s</strong> <a href="/news/%d">%s</a></p>' % (
        E(READMORE[art["lang"]]), rng.randint(100000, 999999), E(h)) for h in heads]


def bio_box(art, site):
    text = BIO[art["lang"]].format(name=art["byline"], site=site, section=art["section"].lower())
    return ('<div class="author-bio"><img src="/img/authors/%s.jpg" alt="" width="80" height="80">'
            '<p class="author-bio__text">%s</p></div>') % (re.sub(r"\W+", "-", art["byline"].lower()), E(text))


# --------------------------------------------------------------------------
# new templates
# --------------------------------------------------------------------------
def plain_body(art, placed, pclass=""):
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        html = mp.block_html(kind, val, "plain", i)
        if pclass and kind == "p":
            html = html.replace("<p>", '<p class="%s">' % pclass, 1)
        out.append(html)
    out.extend(placed.get(len(art["blocks"]), []))
    return "\n".join(out)


def tpl_nextjs(art, ui, site, placed, rng):
    # story split into nested <section>s at each subheading
    sections, cur = [], []
    for i, (kind, val) in enumerate(art["blocks"]):
        if kind == "h" and cur:
            sections.append(cur)
            cur = []
        cur.append(i)
    sections.append(cur)
    parts = []
    for s, idx in enumerate(sections):
        inner = []
        for i in idx:
            inner.extend(placed.get(i, []))
            kind, val = art["blocks"][i]
            if kind == "p":
                inner.append('<p class="Paragraph_paragraph__k3Xz1" data-testid="paragraph">%s</p>' % mp.inline_html(val))
            elif kind == "h":
                inner.append('<h2 class="Subheading_subheading__Q7p0c" id="%s">%s</h2>' % (
                    re.sub(r"\W+", "-", val.lower()).strip("-"), E(val)))
            else:
                inner.append(mp.block_html(kind, val, "plain", i))
        parts.append('<section class="ArticleBody_section__2mVn8" data-section-index="%d">\n%s\n</section>' % (s, "\n".join(inner)))
    parts.extend(placed.get(len(art["blocks"]), []))
    body = "\n".join(parts)
    nextdata = json.dumps({"props": {"pageProps": {"article": {"id": art["id"], "headline": art["title"],
                           "section": art["section"], "published": art["date"]}}}, "page": "/[section]/[slug]",
                           "query": {"section": art["section"].lower()}, "buildId": "h2b%04d" % rng.randint(0, 9999),
                           "isFallback": False}, ensure_ascii=False)
    return mp.head(art, site).replace("</head>", '<link rel="preload" href="/_next/static/chunks/main-7f3a.js" as="script">\n</head>') + f'''<body>
<div id="__next"><div class="Layout_root__3Jd9s">
<header class="Header_header__Wq1x0"><a class="Header_logo__pL2s" href="/">{E(site)}</a>{mp.nav_html(ui, "Header_nav__b8Zc")}</header>
<div id="consent-root">{mp.cookie_banner(ui, 1)}</div>
<main class="Article_main__Lk29v">
<article class="Article_article__9fKz1" data-testid="article">
<header class="ArticleHeader_header__s0Bq"><a class="ArticleHeader_section__x1" href="/{A(art["section"].lower())}">{E(art["section"])}</a>
<h1 class="ArticleHeader_headline__Zm2">{E(art["title"])}</h1>
<div class="Byline_byline__9tt"><span class="Byline_name__d2">{E(mp.byline(ui, art))}</span> <time dateTime="{art["date"]}T07:45:00.000Z">{art["date"]}</time></div></header>
<div class="ArticleMedia_lead__Hh3">{mp.figure_html(art)}</div>
<section class="ArticleBody_body__7GhQe" data-testid="article-body">
{body}
</section>
<footer class="ArticleFooter_footer__v4">{mp.share_html(ui, "ShareBar_bar__rT1")}<ul class="Tags_tags__a1"><li><a href="#">{E(art["section"])}</a></li></ul></footer>
</article>
<aside class="Recirculation_rail__M3">{mp.related_html(ui, art["lang"], rng)}</aside>
</main>
{mp.footer_html(ui, site)}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{nextdata}</script>
<script src="/_next/static/chunks/main-7f3a.js" async></script>
</body></html>
'''


def tpl_regional(art, ui, site, placed, rng):
    n = len(art["blocks"])
    rm = readmore(art, rng, 2)
    # after the second block, before a paragraph, never between a list's lead-in ("...:") and the list
    ok = [i for i in range(2, n) if art["blocks"][i][0] == "p" and not art["blocks"][i - 1][1][-1:] == ":"]
    slots = sorted(rng.sample(ok, 2))
    for s, snip in zip(slots, rm):
        placed.setdefault(s, []).insert(0, snip)
    body = plain_body(art, placed)
    return mp.head(art, site) + f'''<body class="article-page regional">
{mp.cookie_banner(ui, 0)}
<div class="masthead"><div class="masthead__top"><span class="masthead__date">{art["date"]}</span> <a href="/e-edition">e-Edition</a> <a href="/subscribe">{E(ui["subscribe"])}</a></div>
<a class="masthead__logo" href="/">{E(site)}</a>{mp.nav_html(ui, "primary-nav")}</div>
<div class="page-wrap"><div class="content-column">
{mp.crumbs(ui, art)}
<div class="article-header"><h1 class="article-headline">{E(art["title"])}</h1>
<div class="article-meta"><span class="author">{E(mp.byline(ui, art))}</span> <span class="pubdate">{art["date"]}</span></div></div>
<div class="article-image">{mp.figure_html(art)}</div>
<div class="article-body" id="article-body" itemprop="articleBody">
{body}
<div class="mpu-slot" id="mpu-2" data-ad-unit="article_mpu_2"></div>
</div>
<div class="article-share">{mp.share_html(ui)}</div>
{mp.related_html(ui, art["lang"], rng)}
{mp.comments_html(ui)}
</div>
<div class="sidebar">{mp.newsletter_html(ui)}<div class="most-popular"><h3>Most popular</h3><ol>{"".join("<li><a href='#'>%s</a></li>" % E(h) for h in HEADLINES[art["lang"]][:3])}</ol></div></div>
</div>
{mp.footer_html(ui, site)}
</body></html>
'''


def tpl_magazine(art, ui, site, placed, rng):
    # pull quote: the given sentence again, after the block that contains it
    at = next(i for i, (k, v) in enumerate(art["blocks"]) if k == "p" and art["pull"] in mp.inline_text(v))
    placed.setdefault(at + 1, []).insert(0, '<aside class="pullquote"><blockquote><p>“%s”</p></blockquote></aside>' % E(art["pull"]))
    placed.setdefault(len(art["blocks"]), []).append(bio_box(art, site))
    body = plain_body(art, placed, "body-text")
    return mp.head(art, site) + f'''<body class="single-feature">
{mp.cookie_banner(ui, 1)}
<header class="mag-header"><a class="mag-logo" href="/">{E(site)}</a>{mp.nav_html(ui, "mag-nav")}<a class="mag-subscribe" href="/subscribe">{E(ui["subscribe"])}</a></header>
<main class="mag-main">
<article class="feature">
<header class="feature-hero"><p class="feature-kicker">{E(art["section"])}</p><h1 class="feature-title">{E(art["title"])}</h1>
<p class="feature-credits"><span class="words">{E(mp.byline(ui, art))}</span> <time datetime="{art["date"]}">{art["date"]}</time></p>
{mp.figure_html(art)}</header>
<div class="feature-body prose">
{body}
</div>
<footer class="feature-footer">{mp.share_html(ui, "feature-share")}</footer>
</article>
<section class="more-features">{mp.related_html(ui, art["lang"], rng)}</section>
{mp.newsletter_html(ui)}
</main>
{mp.footer_html(ui, site)}
</body></html>
'''


def tpl_liveblog(art, ui, site, placed, rng):
    lang, lv = art["lang"], LIVE[art["lang"]]
    entries, cur = [], []
    for i, (kind, val) in enumerate(art["blocks"]):
        if kind == "h" and cur:
            entries.append(cur)
            cur = []
        cur.append(i)
    entries.append(cur)
    assert len(entries) == len(art["times"]) and art["blocks"][0][0] == "h", art["id"]
    posts = []
    for e, idx in enumerate(entries):
        inner = []
        for i in idx[1:]:
            inner.extend(placed.get(i, []))
            inner.append(mp.block_html(*art["blocks"][i], "plain", i))
        extra = ""
        if e % 2 == 0:
            extra += '<p class="lb-post__author">%s</p>' % E(lv["posted"].format(name=LIVE_AUTHORS[lang][e // 2 % 2]))
        if e in (0, 2):
            extra += '<div class="lb-post__share"><a href="#post-%d">%s</a></div>' % (e, E(lv["share"]))
        pin = '<span class="lb-post__pinned">%s</span>' % E(lv["pinned"]) if e == 0 else ""
        posts.append(('<article class="lb-post" id="post-%d">%s<header class="lb-post__meta"><time datetime="%sT%s:00">%s</time></header>\n'
                      '%s<h3 class="lb-post__title">%s</h3>\n<div class="lb-post__body">\n%s\n</div>\n%s</article>') % (
            e, pin, art["date"], art["times"][e], art["times"][e], "\n".join(placed.get(idx[0], [])),
            E(art["blocks"][idx[0]][1]), "\n".join(inner), extra))
    stream = "\n".join(posts) + "\n" + "\n".join(placed.get(len(art["blocks"]), []))
    keys = "".join('<li><a href="#post-%d">%s %s</a></li>' % (e, art["times"][e], E(art["blocks"][idx[0]][1]))
                   for e, idx in enumerate(entries))
    return mp.head(art, site) + f'''<body class="liveblog-page">
{mp.cookie_banner(ui, 0)}
<header class="site-header"><a href="/" class="logo">{E(site)}</a>{mp.nav_html(ui)}</header>
<main class="live">
<div class="live-header"><span class="live-badge">LIVE</span><h1 class="live-title">{E(art["title"])}</h1>
<p class="live-meta">{E(mp.byline(ui, art))} · {art["date"]}</p>{mp.figure_html(art)}
<nav class="key-events"><h2>Key events</h2><ul>{keys}</ul></nav></div>
<div class="live-stream" id="liveblog-body" data-live="true">
<button class="live-stream__new">{E(lv["newer"])}</button>
{stream}
</div>
<div class="live-footer">{mp.share_html(ui)}</div>
</main>
<aside class="rail">{mp.related_html(ui, lang, rng)}{mp.newsletter_html(ui)}</aside>
{mp.footer_html(ui, site)}
</body></html>
'''


NEW_TEMPLATES = {"nextjs": tpl_nextjs, "regional": tpl_regional, "magazine": tpl_magazine, "liveblog": tpl_liveblog}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count = {}
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout2-" + art["id"])
        lang = art["lang"]
        site = art.get("site") or SITES[lang][count.get(lang, 0) % len(SITES[lang])]
        count[lang] = count.get(lang, 0) + 1
        placed, fams = residue_items(art, rng, site)
        tpl = art["tpl"]
        if tpl in NEW_TEMPLATES:
            pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI[lang], site, placed, rng)
            fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
        else:
            fun, mode = OLD_TEMPLATES[tpl]
            pages[art["id"]] = fun(art, UI[lang], site, mp.body_html(art, placed, mode), rng)
        truth[art["id"]] = mp.truth_text(art["blocks"])
        meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 500:
            problems.append("%s: body has %d words (want 150-500)" % (pid, len(text.split())))
    return problems


def main():
    pages, truth, meta = build()
    problems = verify(pages, truth)
    if problems:
        sys.exit("\n".join(problems))
    files = {os.path.join("pages", pid + ".html"): doc for pid, doc in pages.items()}
    if "--check" in sys.argv:
        bad = [f for f, c in files.items() if not os.path.exists(os.path.join(HERE, f))
               or open(os.path.join(HERE, f), encoding="utf-8").read() != c]
        committed = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
        bad += ["truth.json[%s]" % pid for pid in truth if committed.get(pid) != truth[pid]]
        print("mismatched files:", bad if bad else "none")
        sys.exit(1 if bad else 0)
    for f, c in files.items():
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(c)
    if "--stats" in sys.argv:
        for pid in sorted(meta):
            print(pid, meta[pid]["template"], len(truth[pid].split()), ",".join(meta[pid]["residue"]))
    print("wrote %d pages (truth.json and split.json are written by make_pages.py)" % len(pages))


if __name__ == "__main__":
    main()
