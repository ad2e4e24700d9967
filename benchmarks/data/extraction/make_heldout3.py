#!/usr/bin/env python3
"""Third held-out part (h3-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout3.py           # write pages/h3-*.html
    python benchmarks/data/extraction/make_heldout3.py --check   # verify pages/h3-*.html and their truth
    python benchmarks/data/extraction/make_heldout3.py --stats   # template, words, residue per page

Written after the second held-out part (h2-*, now "heldout_v2") had been spent, as a fresh, independent
test, again without looking at the cleaner's code, boilerplate lists, test fixtures or docs.  Stories are
in articles_h3_en.py / articles_h3_intl.py; the residue wordings, related headlines, read-more labels and
site names are new here (none of make_pages.RESIDUE's or make_heldout2.R's sentences), and three page
layouts are new to the set (drupal, substack, broadcaster).  The markup helpers and the older templates
(cms, wordpress, semantic, storybody, amp, portal from make_pages.py; nextjs from make_heldout2.py; a
regional page built like make_heldout2's, with this part's own read-more lines) are reused.
make_pages.py merges these pages into truth.json and split.json (`make_pages.py` / `make_pages.py --check`
cover every file of the set).  Standard library only; deterministic (each page's choices are seeded
from its id).
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
import make_heldout2 as mp2  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h3_en import ARTICLES as H3_EN  # noqa: E402
from articles_h3_intl import ARTICLES as H3_INTL  # noqa: E402

ARTICLES = H3_EN + H3_INTL

SITES = {
    "en": ["Westerly Press", "The Fenland Chronicle", "Caledonian Evening News", "Severnside Today"],
    "tr": ["Marmara Gündem", "Dijital Haber Hattı"],
    "de": ["Mainfranken-Bote", "Spreeblick Online"],
    "fr": ["Le Journal du Centre-Ouest", "Info Berry-Limousin"],
    "es": ["El Correo del Jalón", "Diario de la Vega"],
    "ru": ["Байкальские вести", "Приангарье online"],
}
BROADCASTERS = {"en": "Channel North News", "tr": "Kuzey TV Haber", "ru": "Телеканал «Волга-24»"}

# --------------------------------------------------------------------------
# residue pools: new wordings (none of make_pages.RESIDUE's or make_heldout2.R's sentences)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Click 'Allow' to load this Instagram post. Doing so sets third-party cookies.",
               "This interactive graphic is hidden until you consent to analytics cookies.",
               "Video player disabled by your privacy choices – open consent settings"],
        "tr": ["Bu videoyu oynatmak için reklam çerezlerine onay vermeniz gerekiyor.",
               "Gizlilik tercihleriniz nedeniyle bu harita gösterilemiyor."],
        "de": ["Empfohlener externer Inhalt: Erst nach Ihrer Zustimmung zu Cookies wird dieser Beitrag angezeigt.",
               "Dieses Video von Vimeo wird erst geladen, wenn Sie Marketing-Cookies zustimmen."],
        "fr": ["Ce contenu vidéo nécessite votre consentement aux cookies publicitaires.",
               "Carte masquée : vous n'avez pas autorisé les cookies de mesure d'audience."],
        "es": ["Para reproducir este contenido, active las cookies de publicidad.",
               "Gráfico interactivo no disponible: revise su consentimiento de cookies."],
        "ru": ["Видео не отображается: вы не дали согласие на использование cookie.",
               "Карта скрыта настройками конфиденциальности. Разрешить cookie"],
    },
    "newsletter": {
        "en": ["Get our Sunday long read free in your inbox – enter your email below.",
               "Subscriber exclusive: unlock the rest of this story for 99p.",
               "Support local journalism. Become a member today."],
        "tr": ["Haftalık bültenimiz her pazar sabahı e-postanızda. Ücretsiz kaydolun.",
               "Reklamsız okumak için dijital aboneliğe geçin."],
        "de": ["Jeden Freitag: der Wochenrückblick der Redaktion. Kostenlos bestellen.",
               "Plus-Artikel: Lesen Sie weiter mit einem Abo ab 1 Euro."],
        "fr": ["Recevez gratuitement notre lettre du week-end.",
               "Article réservé à nos abonnés numériques. Profitez de l'offre découverte."],
        "es": ["Apúntate al boletín del fin de semana y no te pierdas nada.",
               "Hazte socio y lee sin límites desde 2 € al mes."],
        "ru": ["Еженедельный дайджест редакции — бесплатно на вашу почту.",
               "Продолжение доступно по подписке. Первый месяц — 1 рубль."],
    },
    "share": {
        "en": ["Share on Bluesky", "Send this story to a friend", "Follow us on Threads"],
        "tr": ["Instagram'da bizi takip edin", "Haberi arkadaşına gönder"],
        "de": ["Auf Threads teilen", "Folgen Sie uns auf Instagram"],
        "fr": ["Partager sur Bluesky", "Suivez-nous sur Instagram"],
        "es": ["Compartir en Bluesky", "Síguenos en Instagram"],
        "ru": ["Поделиться в Одноклассниках", "Следите за новостями в нашем Дзене"],
    },
    "photo": {
        "en": ["Photo courtesy of the family", "Image: Handout", "Picture by our photographer"],
        "tr": ["Fotoğraf: Kişisel arşiv", "Görüntü: Valilik"],
        "de": ["Foto: Pressestelle", "Bild: Veranstalter"],
        "fr": ["Photo : archives personnelles", "Crédit photo : mairie"],
        "es": ["Foto: cedida por la familia", "Imagen: Ayuntamiento"],
        "ru": ["Фото: личный архив", "Фото: мэрия"],
    },
    "copyright": {
        "en": ["© {site} 2025 – reuse only under licence", "All content © {site}. Contact syndication@example.org for reprints."],
        "tr": ["Kaynak gösterilmeden alıntı yapılamaz. © {site}", "© 2025 {site} – izinsiz çoğaltılamaz"],
        "de": ["© {site} 2025. Weiterverbreitung nur mit schriftlicher Zustimmung.", "Alle Inhalte urheberrechtlich geschützt – {site}"],
        "fr": ["© {site} – droits de reproduction réservés", "Tous les contenus © {site}, reproduction soumise à autorisation"],
        "es": ["© {site} 2025. Reservados todos los derechos.", "Prohibida la copia sin permiso de {site}"],
        "ru": ["© {site}, 2025. Перепечатка только с письменного разрешения.", "Материалы {site} защищены авторским правом"],
    },
    "section": {
        "en": ["UK NEWS", "Local › Ashdown", "Top story", "Money"],
        "tr": ["YEREL HABER", "Ekonomi › Tarım", "Güncel"],
        "de": ["Lokales", "Wissen › Natur", "TOP-THEMA"],
        "fr": ["Région", "Culture › Médias", "À LA UNE"],
        "es": ["Local", "Economía › Empresas", "EN PORTADA"],
        "ru": ["Город", "Происшествия", "ГЛАВНОЕ СЕГОДНЯ"],
    },
    "related": {
        "en": ["Also in the news", "Editor's picks", "Worth your time"],
        "tr": ["Gündemden", "Çok okunanlar"],
        "de": ["Meistgeklickt", "Verwandte Themen"],
        "fr": ["Les plus partagés", "À découvrir"],
        "es": ["Te recomendamos", "Lo más visto"],
        "ru": ["Популярное", "Вам может быть интересно"],
    },
    "symbol": {"*": ["◇", "✦", "§", "¶", "≡", "∎", "○"]},
    "credit": {
        "en": ["Reporting by the newsroom", "— with wire services", "Words and pictures: local correspondent"],
        "tr": ["Haber: Muhabir Ekibi", "Kaynak: DHA-İHA"],
        "de": ["Mit Material von KNA", "Text: Lokalredaktion"],
        "fr": ["Avec agences", "Texte : correspondant local"],
        "es": ["Información de la agencia Europa Press", "Redacción local"],
        "ru": ["По информации пресс-службы", "Текст: корреспондент сайта"],
    },
    "ad": {
        "en": ["Advert", "Paid partnership", "The article continues after this message"],
        "tr": ["Reklamı geç", "İlan"],
        "de": ["Werbeanzeige", "Gesponserter Inhalt"],
        "fr": ["Annonce", "Partenaire"],
        "es": ["Publicidad patrocinada", "Espacio publicitario"],
        "ru": ["Партнёрский материал", "Рекламный блок"],
    },
    "continue": {
        "en": ["Keep reading", "Read the full story", "Scroll to continue"],
        "tr": ["Haberin tamamı için kaydırın", "Okumaya devam et"],
        "de": ["Artikel weiterlesen", "Hier geht es weiter"],
        "fr": ["Poursuivre la lecture", "Afficher la suite de l'article"],
        "es": ["Continuar leyendo", "Ver artículo completo"],
        "ru": ["Продолжить чтение", "Развернуть текст"],
    },
}
HEADLINES = {
    "en": ["Council tax to rise by 4.9% from April", "Rail line reopens after landslip repairs",
           "Primary school wins national reading prize", "New cycle lane divides shopkeepers",
           "Lifeboat crew rescues two paddleboarders"],
    "tr": ["Kent merkezinde yeni otopark açıldı", "Belediyeden su kesintisi duyurusu",
           "Liseli öğrencilerden robotik başarısı", "Hafta sonu hava nasıl olacak?"],
    "de": ["Stadtbibliothek verlängert Öffnungszeiten", "Neue Buslinie ab Dezember",
           "Wochenmarkt zieht auf den Rathausplatz", "Baustelle am Hauptbahnhof dauert länger"],
    "fr": ["La médiathèque ouvre le dimanche", "Un nouveau rond-point à l'entrée de la ville",
           "Le festival de jazz dévoile sa programmation", "Fermeture du pont pour travaux"],
    "es": ["Nuevo carril bici en la avenida del puerto", "La biblioteca abrirá también los domingos",
           "Comienzan las obras del polideportivo", "El mercado de abastos estrena horario de tarde"],
    "ru": ["В городе откроют новую поликлинику", "Мост через реку закроют на ремонт",
           "Школьники победили на олимпиаде по физике", "Прогноз погоды на выходные"],
}
READMORE = {"en": "SEE ALSO:", "tr": "BU HABERE DE BAKIN:", "de": "DAZU PASSEND:", "fr": "À VOIR AUSSI :",
            "es": "RELACIONADO:", "ru": "СМОТРИТЕ ТАКЖЕ:"}
DRUPAL = {
    "en": dict(submitted="Submitted by {by} on {date}", links="Log in or register to post comments", skip="Skip to main content"),
    "tr": dict(submitted="Gönderen: {by}, {date}", links="Yorum göndermek için giriş yapın ya da kaydolun", skip="Ana içeriğe atla"),
    "de": dict(submitted="Verfasst von {by} am {date}", links="Melden Sie sich an oder registrieren Sie sich, um Kommentare zu verfassen",
               skip="Direkt zum Inhalt"),
    "fr": dict(submitted="Soumis par {by} le {date}", links="Connectez-vous ou inscrivez-vous pour publier un commentaire",
               skip="Aller au contenu principal"),
}
SUBSTACK = {
    "en": dict(widget="Thanks for reading {site}! Subscribe for free to receive new posts and support my work.",
               subscribe="Subscribe", signin="Sign in", share_post="Share {site}", share="Share", ready="Ready for more?",
               email="Type your email…", comment="Leave a comment"),
    "de": dict(widget="Danke, dass Sie {site} lesen! Kostenlos abonnieren und keinen neuen Beitrag verpassen.",
               subscribe="Abonnieren", signin="Anmelden", share_post="{site} teilen", share="Teilen", ready="Lust auf mehr?",
               email="Ihre E-Mail-Adresse…", comment="Kommentar schreiben"),
    "fr": dict(widget="Merci de lire {site} ! Abonnez-vous gratuitement pour recevoir les prochaines lettres.",
               subscribe="S'abonner", signin="Se connecter", share_post="Partager {site}", share="Partager",
               ready="Envie d'en lire plus ?", email="Votre adresse e-mail…", comment="Laisser un commentaire"),
}
BROADCAST = {
    "en": dict(watch="Watch:", fallback="This video can't be played on your device.", live="Live TV", topics="Related topics"),
    "tr": dict(watch="İzle:", fallback="Bu video cihazınızda oynatılamıyor.", live="Canlı Yayın", topics="İlgili konular"),
    "ru": dict(watch="Смотрите:", fallback="Это видео нельзя воспроизвести на вашем устройстве.", live="Прямой эфир",
               topics="Темы"),
}
# residue every page of a template carries inside the article container
TEMPLATE_FAMILIES = {
    "regional": ["readmore"],                                  # two inline "SEE ALSO: <headline>" lines
    "drupal": ["nodelinks"],                                   # "Log in or register to post comments" in the node
    "substack": ["caption", "newsletter", "share", "footnote"],  # image caption, subscribe widget, share button, notes
    "broadcaster": ["video"],                                  # video player fallback + "Watch:" lines
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue"]
# markup of the generic residue: classed wrappers as many CMSs emit them, and plain <p>/<div> variants as
# left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="embed-consent"><p>%s</p><a class="embed-consent__btn" href="#">OK</a></div>',
               '<p class="gdpr-embed">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="inline-promo inline-promo--newsletter"><p>%s</p></div>', '<p class="piano-teaser"><b>%s</b></p>',
                   '<p><b>%s</b></p>'],
    "share": ['<p class="social-cta"><a href="#">%s</a></p>', '<div class="share-strip">%s</div>', '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="photo-source">%s</p>', '<small class="img-credit">%s</small>'],
    "copyright": ['<p class="legal-note">%s</p>', '<div class="rights-line">%s</div>'],
    "section": ['<p class="rubric">%s</p>', '<div class="topic-label">%s</div>'],
    "symbol": ['<p class="divider">%s</p>', '<div class="glyph">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="source-line">%s</p>', '<div class="article-author">%s</div>'],
    "title": ['<p class="title-repeat"><strong>%s</strong></p>', '<h2 class="article-heading">%s</h2>'],
    "ad": ['<div class="adslot-label">%s</div>', '<p class="sponsor-note">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="more-link"><a href="#continue">%s</a></p>', '<div class="expand-article">%s</div>',
                 '<p><a href="#continue">%s</a></p>'],
}


def pick(rng, fam, lang, site):
    return rng.choice(R[fam][lang]).replace("{site}", site)


def residue_items(art, rng, site):
    """{position: [html, ...]} for the generic residue, and the families used."""
    lang, n = art["lang"], len(art["blocks"])
    own = TEMPLATE_FAMILIES.get(art["tpl"], [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    fams = rng.sample([f for f in FAMILIES if f not in own], k)
    placed = {}

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.randint(1, max(1, n - 1))
        if fam == "caption":
            put(mid, rng.choice([
                '<figure class="wp-block-image"><img src="/img/{id}-b.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                '<div class="inline-media"><img src="/img/{id}-b.jpg" alt=""><div class="inline-media__caption">{cap} – {cr}</div></div>'])
                .format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
        elif fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/articles/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(['<aside class="story-links"><h4>%s</h4><ul>%s</ul></aside>',
                                                  '<div class="read-also-box"><p class="read-also-box__title">%s</p><ul>%s</ul></div>'])
                % (E(pick(rng, fam, lang, site)), lis))
        elif fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
        else:
            text = rng.choice(R["symbol"]["*"]) if fam == "symbol" else pick(rng, fam, lang, site)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid])}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


def p_slots(art, start=1):
    """Positions before a paragraph, not directly after a list lead-in ending with ':'."""
    b = art["blocks"]
    return [i for i in range(max(1, start), len(b)) if b[i][0] == "p" and not b[i - 1][1][-1:] == ":"]


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
def tpl_regional(art, ui, site, placed, rng):
    # like make_heldout2's regional page, with this part's read-more label and headlines
    heads = rng.sample(HEADLINES[art["lang"]], 2)
    slots = sorted(rng.sample(p_slots(art, 2), 2))
    for s, h in zip(slots, heads):
        placed.setdefault(s, []).insert(0, '<p class="see-also"><strong>%s</strong> <a href="/news/%d">%s</a></p>' % (
            E(READMORE[art["lang"]]), rng.randint(100000, 999999), E(h)))
    body = mp2.plain_body(art, placed)
    popular = "".join("<li><a href='#'>%s</a></li>" % E(h) for h in HEADLINES[art["lang"]][2:5])
    return mp.head(art, site) + f'''<body class="article-page regional-site">
{mp.cookie_banner(ui, 1)}
<div class="masthead"><div class="masthead__top"><span class="masthead__date">{art["date"]}</span> <a href="/digital-edition">Digital edition</a> <a href="/subscribe">{E(ui["subscribe"])}</a></div>
<a class="masthead__logo" href="/">{E(site)}</a>{mp.nav_html(ui, "primary-nav")}</div>
<div class="page-wrap"><div class="content-column">
{mp.crumbs(ui, art)}
<div class="article-header"><h1 class="article-headline">{E(art["title"])}</h1>
<div class="article-meta"><span class="author">{E(mp.byline(ui, art))}</span> <span class="pubdate">{art["date"]}</span></div></div>
<div class="article-image">{mp.figure_html(art)}</div>
<div class="article-body" id="article-body" itemprop="articleBody">
{body}
<div class="mpu-slot" id="mpu-3" data-ad-unit="article_mpu_3"></div>
</div>
<div class="article-share">{mp.share_html(ui)}</div>
{mp.related_html(ui, art["lang"], rng)}
{mp.comments_html(ui)}
</div>
<div class="sidebar">{mp.newsletter_html(ui)}<div class="most-popular"><h3>Popular</h3><ol>{popular}</ol></div></div>
</div>
{mp.footer_html(ui, site)}
</body></html>
'''


def tpl_drupal(art, ui, site, placed, rng):
    d = DRUPAL[art["lang"]]
    nid = rng.randint(1000, 60000)
    body = mp2.plain_body(art, placed)
    body = body + "\n<p>&nbsp;</p>"  # empty paragraph left by the WYSIWYG editor
    lang = art["lang"]
    return mp.head(art, site).replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">') + f'''<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">{E(d["skip"])}</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info"><div id="popup-text"><p>{E(ui["cookie"])}</p></div><div id="popup-buttons"><button type="button" class="agree-button">{E(ui["accept"])}</button><button type="button" class="decline-button">{E(ui["reject"])}</button></div></div></div>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">{E(site)}</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">{mp.nav_html(ui, "menu")}</nav></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation">{mp.crumbs(ui, art)}</nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-pagetitle" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(art["title"])}</span></h1></div>
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" about="/node/{nid}" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta"><div class="node__submitted">{E(d["submitted"].format(by=art["byline"], date=art["date"]))}</div></footer>
<div class="node__content clearfix">
<div class="field field--name-field-image field--type-image field--label-hidden field__item">{mp.figure_html(art)}</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">{E(ui["tags"])}</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/{rng.randint(2, 90)}" hreflang="{lang}">{E(art["section"])}</a></div></div></div>
<ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{nid}%23comment-form">{E(d["links"])}</a></li></ul>
</div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">{mp.comments_html(ui)}</section>
</article>
</div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{mp.related_html(ui, lang, rng)}{mp.newsletter_html(ui)}</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer">{mp.footer_html(ui, site)}</div></footer>
</div></div>
</body></html>
'''


def tpl_substack(art, ui, site, placed, rng):
    s = SUBSTACK[art["lang"]]
    notes = art["notes"]
    # one <section> per subheading; footnote anchors at the end of the marked paragraphs
    groups, cur = [], []
    for i, (kind, val) in enumerate(art["blocks"]):
        if kind == "h" and cur:
            groups.append(cur)
            cur = []
        cur.append(i)
    groups.append(cur)
    widget_after = len(groups) // 2 - 1
    parts = []
    for g, idx in enumerate(groups):
        inner = []
        for i in idx:
            inner.extend(placed.get(i, []))
            html = mp.block_html(*art["blocks"][i], "plain", i)
            if i in art["marks"]:
                k = art["marks"][i]
                html = html[:-4] + ('<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-%d" '
                                    'href="#footnote-%d" target="_self">%d</a></p>') % (k, k, k)
            inner.append(html)
        parts.append('<section class="post-section">\n%s\n</section>' % "\n".join(inner))
        if g == widget_after:
            parts.append(('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
                          '<div class="preamble"><p class="cta-caption">%s</p></div><form class="subscription-widget-subscribe">'
                          '<input type="email" class="email-input" name="email" placeholder="%s"><input type="submit" '
                          'class="button primary" value="%s"></form></div></div>') % (
                E(s["widget"].format(site=site)), A(s["email"]), A(s["subscribe"])))
    parts.extend(placed.get(len(art["blocks"]), []))
    parts.append('<p class="button-wrapper" data-attrs="{&quot;action&quot;:&quot;share&quot;}"><a class="button primary" '
                 'href="/?action=share"><span>%s</span></a></p>' % E(s["share_post"].format(site=site)))
    parts.append('<div class="footnotes">%s</div>' % "".join(
        ('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%d" href="#footnote-anchor-%d" '
         'class="footnote-number" contenteditable="false" target="_self">%d</a><div class="footnote-content"><p>%s</p></div></div>')
        % (k, k, k, E(t)) for k, t in enumerate(notes, 1)))
    body = "\n".join(parts)
    fig = ('<div class="captioned-image-container"><figure><a class="image-link image2" href="/img/{id}.jpg"><img src="/img/{id}.jpg" '
           'width="1456" height="816" alt="" loading="lazy"></a><figcaption class="image-caption">{cap} {cr}</figcaption></figure></div>'
           ).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"]))
    likes, ncom = rng.randint(20, 400), rng.randint(3, 60)
    return mp.head(art, site) + f'''<body class="substack-post">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="topbar"><div class="topbar-content"><a class="navbar-title-link" href="/">{E(site)}</a><div class="navbar-buttons"><button class="button primary subscribe-btn">{E(s["subscribe"])}</button> <a class="sign-in-link" href="/sign-in">{E(s["signin"])}</a></div></div></div>
{mp.cookie_banner(ui, 0)}
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">{E(art["title"])}</h1><h3 class="subtitle">{E(art["standfirst"])}</h3>
<div class="post-meta"><div class="byline-names"><a href="/profile">{E(art["byline"])}</a></div><div class="post-date"><time datetime="{art["date"]}T06:00:00.000Z">{art["date"]}</time></div></div>
<div class="post-ufi"><button class="like-button">♡ {likes}</button> <a class="post-ufi-comment-button" href="#comments">💬 {ncom}</a> <button class="post-ufi-button share">{E(s["share"])}</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{fig}
{body}
</div></div>
<div class="post-footer"><button class="like-button">♡ {likes}</button> <a href="#comments">{E(s["comment"])}</a> <button class="post-ufi-button share">{E(s["share"])}</button></div>
</article>
<div class="comments-section" id="comments">{mp.comments_html(ui)}</div>
<div class="subscribe-footer"><h3>{E(s["ready"])}</h3><form><input type="email" placeholder="{A(s["email"])}"><button type="submit">{E(s["subscribe"])}</button></form></div>
</div></div></div>
<div class="footer-wrap"><p>© 2025 {E(art["byline"])}</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/tos">Terms</a></li></ul></div>
</div></div>
</body></html>
'''


def broadcaster_block(kind, val):
    if kind == "p":
        return '<div class="text" data-component="text-block">%s</div>' % mp.inline_html(val)
    if kind == "h":
        return '<div data-component="subheadline-block"><h2 class="bc-crosshead">%s</h2></div>' % E(val)
    if kind == "q":
        return '<blockquote class="bc-quote"><div class="text">%s</div></blockquote>' % mp.inline_html(val)
    lis = "".join('<li><div class="text">%s</div></li>' % mp.inline_html(v) for v in val)
    return '<div data-component="list-block"><%s class="bc-list">%s</%s></div>' % (kind, lis, kind)


def tpl_broadcaster(art, ui, site, placed, rng):
    b = BROADCAST[art["lang"]]
    n = len(art["blocks"])
    slots = p_slots(art, 2)
    first = slots[len(slots) // 3]
    second = next((i for i in slots if i >= first + 3), slots[-1])
    pid = "p0%s" % "".join(rng.choice("bcdfghjklmnpqrstvwxz0123456789") for _ in range(6))
    video = ('<div data-component="video-block" class="bc-video"><div class="bc-player" data-playable-id="{pid}">'
             '<img src="/img/{id}-video.jpg" alt="" class="bc-player__poster"><p class="bc-player__fallback">{fb}</p>'
             '<span class="bc-player__duration">{d}</span></div><p class="bc-video__caption">{w} {t}</p></div>').format(
        pid=pid, id=art["id"], fb=E(b["fallback"]), d="%d:%02d" % (rng.randint(0, 3), rng.randint(5, 59)),
        w=E(b["watch"]), t=E(art["watch"][0]))
    link = '<p class="bc-watch-link"><a href="/news/av-%d"><span class="bc-watch-link__label">%s</span> %s</a></p>' % (
        rng.randint(10**7, 10**8), E(b["watch"]), E(art["watch"][1]))
    placed.setdefault(first, []).insert(0, video)
    placed.setdefault(second, []).append(link)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(broadcaster_block(kind, val))
    out.extend(placed.get(n, []))
    body = "\n".join(out)
    topics = "".join('<li><a href="/topics/%d">%s</a></li>' % (rng.randint(100, 999), E(t))
                     for t in (art["section"], next(x for x in ui["nav"][1:] if x != art["section"])))
    return mp.head(art, site) + f'''<body class="broadcast-article">
{mp.cookie_banner(ui, 1)}
<header class="bc-header"><a class="bc-logo" href="/">{E(site)}</a>{mp.nav_html(ui, "bc-nav")}<a class="bc-live" href="/live">{E(b["live"])}</a></header>
<main id="main-content" class="bc-main">
<article class="bc-article" data-content-type="article">
<header class="bc-article__header"><p class="bc-section">{E(art["section"])}</p><h1 id="main-heading" class="bc-headline">{E(art["title"])}</h1>
<div class="bc-byline" data-component="byline-block"><span class="bc-byline__name">{E(mp.byline(ui, art))}</span> <time datetime="{art["date"]}T11:20:00.000Z">{art["date"]}</time></div></header>
<div data-component="image-block" class="bc-lead">{mp.figure_html(art)}</div>
<div class="bc-article__body" data-component="article-body">
{body}
</div>
<div data-component="topic-list" class="bc-topics"><h2>{E(b["topics"])}</h2><ul>{topics}</ul></div>
</article>
<aside class="bc-related">{mp.related_html(ui, art["lang"], rng)}</aside>
</main>
{mp.footer_html(ui, site)}
</body></html>
'''


NEW_TEMPLATES = {"drupal": tpl_drupal, "substack": tpl_substack, "broadcaster": tpl_broadcaster,
                 "regional": tpl_regional, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count = {}
    for art in ARTICLES:
        art = dict(art)
        blocks, marks = [], {}
        for i, (kind, val) in enumerate(mp.parse_body(art["body"])):
            m = re.search(r"\[\^(\d+)\]$", val) if kind == "p" else None
            if m:
                marks[i] = int(m.group(1))
                val = val[:m.start()]
            blocks.append((kind, val))
        art["blocks"], art["marks"] = blocks, marks
        rng = random.Random("newsflow-heldout3-" + art["id"])
        lang, tpl = art["lang"], art["tpl"]
        if art.get("site"):
            site = art["site"]
        elif tpl == "broadcaster":
            site = BROADCASTERS[lang]
        else:
            site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
            count[lang] = count.get(lang, 0) + 1
        placed, fams = residue_items(art, rng, site)
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
        if not 150 <= len(text.split()) <= 450:
            problems.append("%s: body has %d words (want 150-450)" % (pid, len(text.split())))
        if "[^" in text:
            problems.append("%s: footnote marker left in the truth" % pid)
    # new wordings: no residue sentence of the earlier parts' pools
    old = set()
    for pools in (mp.RESIDUE, mp2.R):
        for by_lang in pools.values():
            for items in by_lang.values():
                old.update(s.lower() for s in items)
    old.update(s.lower() for s in mp2.READMORE.values())
    for fam, by_lang in R.items():
        for items in by_lang.values():
            problems.extend("h3 pool %s reuses %r" % (fam, s) for s in items if s.lower() in old)
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
