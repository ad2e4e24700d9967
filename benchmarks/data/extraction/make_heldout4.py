#!/usr/bin/env python3
"""Fourth held-out part (h4-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout4.py           # write pages/h4-*.html
    python benchmarks/data/extraction/make_heldout4.py --check   # verify pages/h4-*.html and their truth
    python benchmarks/data/extraction/make_heldout4.py --stats   # template, words, residue per page

Written after the third held-out part (h3-*, now "heldout_v3") had been run once and retired to tuning, as a
fresh, independent test, again without looking at the cleaner's code, boilerplate lists, test fixtures, docs
or results.  Stories are in articles_h4_en.py / articles_h4_intl.py; the residue wordings, related
headlines, read-more labels and site names are new here (none of the sentences of make_pages.RESIDUE,
make_heldout2.R or make_heldout3.R; verify() refuses to build if one is reused), and three page layouts are
new to the set (gutenberg, fusion, chunks).  The markup helpers and the older templates (wordpress, cms,
semantic, storybody, amp, portal, ghost, legacy-br from make_pages.py; nextjs from make_heldout2.py) are
reused.  make_pages.py merges these pages into truth.json and split.json (`make_pages.py` /
`make_pages.py --check` cover every file of the set).  Standard library only; deterministic (each page's
choices are seeded from its id).
"""
import collections
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
import make_heldout3 as mp3  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h4_en import ARTICLES as H4_EN  # noqa: E402
from articles_h4_intl import ARTICLES as H4_INTL  # noqa: E402

ARTICLES = H4_EN + H4_INTL

SITES = {
    "en": ["The Bramford Observer", "Wessex Coast Online", "Northern Dales Gazette", "The Riverside Bulletin"],
    "tr": ["Göller Haber", "Bursa Gündemi"],
    "de": ["Neckar-Zeitung Online", "Moselland-Kurier", "Kreisbote Oberland"],
    "fr": ["La Dépêche des Collines", "Centre-Est Actu", "Le Réveil du Bocage"],
    "es": ["Heraldo de la Meseta", "Diario del Duero Norte"],
    "ru": ["Заозёрская правда", "Новости Приречья", "Вечерний Заречный"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of make_pages.RESIDUE, make_heldout2.R or make_heldout3.R)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Allow marketing cookies to watch this clip on YouTube.",
               "This map from Google is hidden until you accept functional cookies.",
               "Embed blocked – we need your consent to third-party content to show this post."],
        "tr": ["Bu paylaşımı görüntülemek için üçüncü taraf çerezlerine izin verin.",
               "Haritayı yüklemek için işlevsel çerezleri kabul edin."],
        "de": ["Zum Abspielen des Videos benötigen wir Ihre Einwilligung in Marketing-Cookies.",
               "Inhalt von Instagram ausgeblendet – Cookie-Einstellungen anpassen"],
        "fr": ["Vidéo bloquée : autorisez les cookies tiers pour la lire.",
               "Ce sondage s'affichera après acceptation des cookies fonctionnels."],
        "es": ["Acepta las cookies de terceros para ver esta publicación de Instagram.",
               "Mapa bloqueado por sus preferencias de privacidad."],
        "ru": ["Чтобы посмотреть пост, разрешите сторонние файлы cookie.",
               "Карта загрузится после согласия на функциональные cookie."],
    },
    "newsletter": {
        "en": ["Want the weekend edition? Sign up for Saturday Extra – it's free.",
               "Only subscribers can read the rest. Start your free trial",
               "Never miss a story from {site}: join our daily email."],
        "tr": ["Sabah bültenimize ücretsiz üye olun, günün özeti e-postanıza gelsin.",
               "Haberin tamamı abonelere açık. Dijital aboneliğinizi başlatın."],
        "de": ["Den Newsletter „Guten Morgen, Region“ jetzt kostenlos abonnieren.",
               "Weiterlesen mit dem Digital-Abo: drei Monate für 3 Euro."],
        "fr": ["Inscrivez-vous à notre lettre du matin, c'est gratuit.",
               "La suite est réservée aux abonnés. Essayez un mois offert."],
        "es": ["Recibe cada mañana nuestro boletín gratuito.",
               "Sigue leyendo con tu suscripción digital: primer mes gratis."],
        "ru": ["Получайте утреннюю рассылку редакции — бесплатно.",
               "Дочитать материал можно по подписке. Оформить за 99 рублей"],
    },
    "share": {
        "en": ["Share on LinkedIn", "Email this article", "Follow {site} on Instagram"],
        "tr": ["LinkedIn'de paylaş", "Haberi e-postayla gönder", "Bizi YouTube'da takip edin"],
        "de": ["Auf LinkedIn teilen", "Artikel per E-Mail versenden", "Folgen Sie {site} auf Facebook"],
        "fr": ["Partager sur LinkedIn", "Envoyer l'article par e-mail", "Suivez {site} sur Facebook"],
        "es": ["Compartir en LinkedIn", "Enviar la noticia por correo", "Sigue a {site} en Facebook"],
        "ru": ["Поделиться в Telegram", "Отправить ссылку другу", "Читайте {site} в VK Видео"],
    },
    "photo": {
        "en": ["Photo: Supplied by the club", "Picture: Police handout", "Image courtesy of the council"],
        "tr": ["Fotoğraf: Belediye Basın Birimi", "Foto: Kulüp arşivi"],
        "de": ["Foto: Stadtverwaltung", "Bild: Polizeipräsidium"],
        "fr": ["Photo : préfecture", "Photo : club local"],
        "es": ["Foto: Guardia Civil", "Imagen cedida por el club"],
        "ru": ["Фото: МЧС по региону", "Фото: администрация района"],
    },
    "copyright": {
        "en": ["© 2025 {site} – syndication enquiries welcome", "Text and images copyright {site}, 2025"],
        "tr": ["© {site} 2025 · Haberin izinsiz yayımlanması yasaktır.", "Tüm içerik {site} güvencesindedir. ©2025"],
        "de": ["Copyright © 2025 {site}. Keine Weitergabe ohne Lizenz.", "© 2025 {site} – alle Inhalte geschützt"],
        "fr": ["© {site} 2025 – reproduction soumise à licence", "Copyright {site}. Diffusion interdite sans accord."],
        "es": ["© 2025 {site}. Contenido protegido.", "Copyright {site} 2025 – no se permite la reproducción"],
        "ru": ["© 2025 «{site}». Копирование без ссылки запрещено.", "Все материалы сайта {site} охраняются законом"],
    },
    "section": {
        "en": ["NEWS › TECH", "Around the region", "FEATURES", "Latest headlines"],
        "tr": ["HABERLER › GÜNDEM", "Bölge Haberleri", "MANŞET"],
        "de": ["NACHRICHTEN › LOKAL", "Aus der Region", "Hintergrund"],
        "fr": ["ACTU › RÉGION", "Vie du département", "L'ESSENTIEL"],
        "es": ["NOTICIAS › LOCAL", "Provincia", "DESTACADO"],
        "ru": ["НОВОСТИ › РЕГИОН", "Жизнь города", "ВАЖНОЕ"],
    },
    "related": {
        "en": ["More on this", "Don't miss", "From the archive"],
        "tr": ["Bunlar da gündemde", "Editörün seçimi"],
        "de": ["Auch lesenswert", "Weitere Meldungen"],
        "fr": ["Nos autres articles", "Ne manquez pas"],
        "es": ["Más sobre el tema", "No te lo pierdas"],
        "ru": ["Ещё новости", "Не пропустите"],
    },
    "symbol": {"*": ["▪", "†", "✱", "⬥", "※", "♦", "❖"]},
    "credit": {
        "en": ["Reporting by our court correspondent", "— agencies contributed to this report",
               "Story: local democracy reporter"],
        "tr": ["Haber: Bölge Muhabirimiz", "Kaynak: Ajanslar"],
        "de": ["Mit Agenturmaterial", "Bericht: Lokalredaktion"],
        "fr": ["D'après l'AFP", "Texte : service Région"],
        "es": ["Con información de EFE y Europa Press", "Texto: corresponsal en la comarca"],
        "ru": ["По данным агентств", "Автор: собственный корреспондент"],
    },
    "ad": {
        "en": ["Advertising feature", "Article continues after the advert", "AD"],
        "tr": ["Reklamdan sonra haber devam ediyor", "Sponsorlu"],
        "de": ["Anzeige – weiter nach der Werbung", "Bezahlte Partnerschaft"],
        "fr": ["Publicité – la suite ci-dessous", "Contenu partenaire"],
        "es": ["Anuncio – la noticia continúa abajo", "Publirreportaje"],
        "ru": ["Реклама. Продолжение статьи ниже", "Спецпроект"],
    },
    "continue": {
        "en": ["Read on", "Tap to read the full article", "See the rest of this story"],
        "tr": ["Haberin devamını okuyun", "Tamamını gör"],
        "de": ["Ganzen Artikel lesen", "Weiter im Text"],
        "fr": ["Lire l'article en entier", "Continuer la lecture"],
        "es": ["Lee la noticia completa", "Mostrar la noticia completa"],
        "ru": ["Читать полностью", "Открыть весь текст"],
    },
    "comments": {
        "en": ["Reader comments ({n})", "{n} people are talking about this", "Have your say ({n} replies)"],
        "tr": ["{n} okur yorumu", "Yorum yaz ({n})"],
        "de": ["Leserkommentare ({n})", "{n} Meinungen"],
        "fr": ["Commentaires ({n})", "{n} réactions de lecteurs"],
        "es": ["Comentarios ({n})", "{n} lectores han opinado"],
        "ru": ["{n} комментариев", "Мнения читателей ({n})"],
    },
}
HEADLINES = {
    "en": ["Bin lorry drivers vote to strike over shift changes", "New footbridge over the ring road opens",
           "Pharmacy opening hours cut at two branches", "Village fete raises record sum for air ambulance",
           "Water company apologises for week of low pressure"],
    "tr": ["Sahil parkına yeni yürüyüş yolu", "Toplu taşımada yeni tarife açıklandı",
           "Kent kütüphanesi gece de açık olacak", "Pazar yerinde düzenleme çalışması"],
    "de": ["Stadtwerke erhöhen Fernwärmepreise", "Neuer Kunstrasenplatz für den Sportverein",
           "Zwei Buslinien fahren bald im Takt", "Weihnachtsmarkt öffnet eine Woche früher"],
    "fr": ["La piste cyclable du canal enfin achevée", "Le cinéma municipal change de gérant",
           "Les horaires de la déchetterie évoluent", "Une nouvelle crèche ouvre en septembre"],
    "es": ["Las obras de la plaza Mayor terminarán en mayo", "El autobús nocturno vuelve los fines de semana",
           "Nueva piscina cubierta en el barrio norte", "La feria de ganado recupera su fecha tradicional"],
    "ru": ["В центре появятся новые парковки", "Каток на стадионе откроется в декабре",
           "На Садовой заменят трамвайные пути", "Горожан приглашают на субботник"],
}
READMORE = {"en": "READ ALSO:", "tr": "AYRICA BAKINIZ:", "de": "LESETIPP:", "fr": "À LIRE ÉGALEMENT :",
            "es": "LEE ADEMÁS:", "ru": "ТАКЖЕ ПО ТЕМЕ:"}
GUTENBERG = {  # consent placeholder button inside an embed block; post navigation
    "en": dict(load="Load video", prev="Previous", next="Next"),
    "tr": dict(load="Videoyu yükle", prev="Önceki", next="Sonraki"),
    "de": dict(load="Video laden", prev="Vorheriger Beitrag", next="Nächster Beitrag"),
    "fr": dict(load="Charger la vidéo", prev="Précédent", next="Suivant"),
    "es": dict(load="Cargar vídeo", prev="Anterior", next="Siguiente"),
    "ru": dict(load="Загрузить видео", prev="Назад", next="Вперёд"),
}
# residue every page of a template carries inside the article container
TEMPLATE_FAMILIES = {
    "gutenberg": ["cookie"],          # a YouTube embed block replaced by a consent placeholder
    "fusion": ["ad", "readmore"],     # an in-body ad block with its label and an interstitial "READ ALSO:" link
    "chunks": ["ad"],                 # the body split into chunks around two labelled in-read ad slots
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments"]
# markup of the generic residue: classed wrappers as many CMSs emit them, and plain <p>/<div> variants as
# left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="consent-gate"><p class="consent-gate__text">%s</p></div>', '<p class="embed-locked">%s</p>',
               '<p>%s</p>'],
    "newsletter": ['<div class="nl-inline"><p class="nl-inline__text">%s</p><a class="nl-inline__btn" href="/newsletters">→</a></div>',
                   '<p class="paywall-prompt">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="share-prompt"><a href="#">%s</a></div>', '<p class="follow-cta">%s</p>', '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="media-credit">%s</p>', '<span class="photo-by">%s</span>', '<p><em>%s</em></p>'],
    "copyright": ['<p class="copyright-line">%s</p>', '<div class="legal"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="section-kicker">%s</p>', '<div class="category-label">%s</div>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="deco">%s</p>', '<div class="sep-glyph">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="agency-credit">%s</p>', '<div class="author-note">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="repeat-headline"><strong>%s</strong></p>', '<h2 class="story-headline">%s</h2>', '<p><b>%s</b></p>'],
    "ad": ['<div class="ad-marker">%s</div>', '<p class="ad-flag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="read-on-link"><a href="#more">%s</a></p>', '<div class="show-more">%s</div>',
                 '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="talk-count"><a href="#comments">%s</a></p>', '<div class="discussion-link">%s</div>',
                 '<p><a href="#comments">%s</a></p>'],
}


def pick(rng, fam, lang, site):
    return rng.choice(R[fam][lang]).replace("{site}", site).replace("{n}", str(rng.randint(4, 180)))


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used.

    Families are drawn at random but balanced over the part: the ones used least on the pages built so
    far (`used`, a Counter updated here) come first, so every family occurs on several pages."""
    lang, n = art["lang"], len(art["blocks"])
    own = TEMPLATE_FAMILIES.get(art["tpl"], [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    fams = sorted((f for f in FAMILIES if f not in own), key=lambda f: (used[f], rng.random()))[:k]
    rng.shuffle(fams)
    used.update(fams + own)
    placed = {}

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.randint(1, max(1, n - 1))
        if fam == "caption":
            put(mid, rng.choice([
                '<figure class="body-photo"><img src="/img/{id}-c.jpg" alt=""><figcaption>{cap} / {cr}</figcaption></figure>',
                '<p><img src="/img/{id}-c.jpg" alt=""><br><em>{cap} ({cr})</em></p>'])
                .format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
        elif fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/n/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(['<div class="more-stories"><h3>%s</h3><ul>%s</ul></div>',
                                                  '<aside class="linkbox"><p class="linkbox__title">%s</p><ul>%s</ul></aside>',
                                                  '<p><b>%s</b></p>\n<ul>%s</ul>'])
                % (E(pick(rng, fam, lang, site)), lis))
        elif fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
        else:
            text = rng.choice(R["symbol"]["*"]) if fam == "symbol" else pick(rng, fam, lang, site)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n])
                   }.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


def p_slots(art, start=1):
    """Break positions for template furniture: after a story paragraph (not a list lead-in ending with ':',
    not a subheading, so a heading stays with its text) and before a paragraph or subheading."""
    b = art["blocks"]
    return [i for i in range(max(1, start), len(b))
            if b[i - 1][0] == "p" and not b[i - 1][1][-1:] == ":" and b[i][0] in ("p", "h")]


# --------------------------------------------------------------------------
# new templates
# --------------------------------------------------------------------------
def gutenberg_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="wp-block-heading">%s</h2>' % E(val)
    if kind == "q":
        return ('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>%s</p></blockquote>'
                % mp.inline_html(val))
    return '<%s class="wp-block-list">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_gutenberg(art, ui, site, placed, rng):
    # WordPress block theme (full-site editing): wp-site-blocks, template parts, wp-block-post-content
    g, lang = GUTENBERG[art["lang"]], art["lang"]
    slug = re.sub(r"\W+", "-", art["section"].lower())
    slots = p_slots(art, 2)
    at = slots[len(slots) // 2]
    embed = ('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 '
             'wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><div class="cmplz-placeholder-element cmplz-iframe '
             'cmplz-youtube" data-placeholder-image="/wp-content/uploads/complianz/placeholders/youtube.jpg">'
             '<div class="cmplz-blocked-content-notice"><p class="cmplz-blocked-content-notice-body">%s</p>'
             '<button class="cmplz-accept-service" data-service="youtube">%s</button></div></div></div></figure>') % (
        E(pick(rng, "cookie", lang, site)), E(g["load"]))
    placed.setdefault(at, []).append(embed)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(gutenberg_block(kind, val))
    out.extend(placed.get(len(art["blocks"]), []))
    body = "\n".join(out)
    pid = rng.randint(1000, 30000)
    heads = rng.sample(HEADLINES[lang], 2)
    menu = "".join('<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                   'href="/%s/"><span class="wp-block-navigation-item__label">%s</span></a></li>' % (
                       re.sub(r"\W+", "-", x.lower()), E(x)) for x in ui["nav"])
    return mp.head(art, site).replace("</head>", "<link rel='stylesheet' id='wp-block-library-css' "
                                       "href='/wp-includes/css/dist/block-library/style.min.css' media='all' />\n</head>") + f'''<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex">
<p class="wp-block-site-title"><a href="/" rel="home">{E(site)}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container">{menu}</ul></nav>
</div></div></header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="taxonomy-category wp-block-post-terms"><a href="/category/{slug}/" rel="tag">{E(art["section"])}</a></div>
<h1 class="wp-block-post-title">{E(art["title"])}</h1>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-author-name">{E(mp.byline(ui, art))}</div><div class="wp-block-post-date"><time datetime="{art["date"]}T07:10:00+00:00">{art["date"]}</time></div></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/{art["date"][:4]}/{art["id"]}.jpg" alt="{A(art["caption"])}" class="wp-post-image" width="1200" height="675"><figcaption class="wp-element-caption">{E(art["caption"])} {E(art["credit"])}</figcaption></figure>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{body}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/{slug}/" rel="tag">{E(art["section"])}</a></div>
<ul class="wp-block-social-links is-layout-flex"><li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="#" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">Facebook</span></a></li><li class="wp-social-link wp-social-link-x wp-block-social-link"><a href="#" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label screen-reader-text">X</span></a></li></ul>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__label">{E(g["prev"])}</span> <a href="/p/{pid - 1}/" rel="prev">{E(heads[0])}</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__label">{E(g["next"])}</span> <a href="/p/{pid + 1}/" rel="next">{E(heads[1])}</a></div></nav>
<div class="wp-block-comments">{mp.comments_html(ui)}</div>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained">{mp.newsletter_html(ui)}{mp.footer_html(ui, site)}</div></footer>
</div>
{mp.cookie_banner(ui, 0)}
</body></html>
'''


def fusion_block(kind, val):
    if kind == "p":
        return '<p class="c-paragraph b-article-body__paragraph paragraph" data-type="text">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="c-heading b-article-body__header" data-type="header">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote class="c-blockquote b-article-body__quote" data-type="quote"><p>%s</p></blockquote>' % (
            mp.inline_html(val))
    lis = "".join("<li>%s</li>" % mp.inline_html(v) for v in val)
    return '<%s class="c-list b-article-body__list" data-type="list">%s</%s>' % (kind, lis, kind)


def tpl_fusion(art, ui, site, placed, rng):
    # Arc XP / Fusion page: #fusion-app, b-* blocks, <article class="b-article-body article-body"> with
    # <p class="c-paragraph ... paragraph">, an in-body ad block and an interstitial link
    lang = art["lang"]
    slug = re.sub(r"\W+", "-", art["section"].lower())
    slots = p_slots(art, 2)
    ad_at = slots[len(slots) // 3]
    link_at = next((i for i in slots if i >= ad_at + 3), slots[-1])
    adid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
    placed.setdefault(ad_at, []).append(
        '<div class="b-ad-block arcad-feature" data-ad-name="article_body_inline_1"><p class="b-ad-block__label">%s</p>'
        '<div id="arcad_feature-f0f%s" class="arcad" data-slot="inline_1"></div></div>' % (E(pick(rng, "ad", lang, site)), adid))
    placed.setdefault(link_at, []).insert(0, (
        '<p class="c-interstitial-link b-article-body__interstitial-link" data-type="interstitial_link">'
        '<span class="c-interstitial-link__label">%s</span> <a href="/%s/%s/">%s</a></p>') % (
        E(READMORE[lang]), art["date"][:4], rng.randint(10**6, 10**7), E(rng.choice(HEADLINES[lang]))))
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(fusion_block(kind, val))
    out.extend(placed.get(len(art["blocks"]), []))
    body = "\n".join(out)
    meta = json.dumps({"arcSite": re.sub(r"\W+", "-", site.lower()).strip("-"), "contentCache": {},
                       "globalContent": {"_id": "%s%d" % (art["id"].upper().replace("-", ""), rng.randint(100, 999)),
                                         "type": "story", "headlines": {"basic": art["title"]}}}, ensure_ascii=False)
    std = '<h2 class="b-subheadline c-heading">%s</h2>' % E(art["standfirst"]) if art.get("standfirst") else ""
    return mp.head(art, site) + f'''<body class="b-article">
<div id="fusion-app" class="layout-section">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region"><p id="onetrust-policy-text">{E(ui["cookie"])}</p><button id="onetrust-accept-btn-handler">{E(ui["accept"])}</button> <button id="onetrust-reject-all-handler">{E(ui["reject"])}</button></div></div>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/">{E(site)}</a></div>{mp.nav_html(ui, "b-header-nav-chain__nav")}</header>
<main class="b-right-rail-advanced">
<div class="b-right-rail-advanced__main">
<div class="b-overline"><a class="c-overline c-link" href="/{slug}/">{E(art["section"])}</a></div>
<h1 class="b-headline c-heading">{E(art["title"])}</h1>
{std}
<div class="b-lead-art">{mp.figure_html(art)}</div>
<div class="b-byline-date"><span class="c-attribution">{E(mp.byline(ui, art))}</span> <time class="c-date" datetime="{art["date"]}T10:05:00Z">{art["date"]}</time></div>
<div class="b-share-bar">{mp.share_html(ui, "c-share-bar")}</div>
<article class="b-article-body article-body" data-fusion-component="article-body">
{body}
</article>
<div class="b-tag-list"><a class="c-link" href="/tags/{slug}/">{E(art["section"])}</a></div>
</div>
<aside class="b-right-rail-advanced__rail">{mp.related_html(ui, lang, rng)}{mp.newsletter_html(ui)}</aside>
</main>
<div class="b-comments">{mp.comments_html(ui)}</div>
<footer class="b-footer">{mp.footer_html(ui, site)}</footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.globals={meta};</script>
</body></html>
'''


def tpl_chunks(art, ui, site, placed, rng):
    # body split into several <div class="article__chunk"> siblings around two labelled in-read ad slots
    lang, n = art["lang"], len(art["blocks"])
    slots = p_slots(art, 2)
    b1 = slots[len(slots) // 3]
    b2 = next((i for i in slots if i >= b1 + 3), None)
    cuts = [0, b1] + ([b2] if b2 else []) + [n]
    parts = []
    for c in range(len(cuts) - 1):
        inner = []
        for i in range(cuts[c], cuts[c + 1]):
            inner.extend(placed.get(i, []))
            inner.append(mp.block_html(*art["blocks"][i], "plain", i))
        if c == len(cuts) - 2:
            inner.extend(placed.get(n, []))
        parts.append('<div class="article__chunk" data-chunk="%d">\n%s\n</div>' % (c, "\n".join(inner)))
        if c < len(cuts) - 2:
            parts.append('<div class="ad-slot ad-slot--inread" data-slot="inread-%d"><span class="ad-slot__label">%s</span>'
                         '<div class="ad-slot__frame" id="inread-%d"></div></div>' % (c + 1, E(pick(rng, "ad", lang, site)), c + 1))
    body = "\n".join(parts)
    std = '<p class="article__lead">%s</p>' % E(art["standfirst"]) if art.get("standfirst") else ""
    minutes = max(2, len(mp.truth_text(art["blocks"]).split()) // 200)
    return mp.head(art, site) + f'''<body class="page-article">
{mp.cookie_banner(ui, 1)}
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/">{E(site)}</a>{mp.nav_html(ui, "site-header__nav")}<a class="site-header__subscribe" href="/abo">{E(ui["subscribe"])}</a></div></header>
<main id="content" class="main">
{mp.crumbs(ui, art)}
<article class="article" id="article-{rng.randint(10**5, 10**6)}" data-article-type="news">
<header class="article__header"><span class="article__section">{E(art["section"])}</span>
<h1 class="article__title">{E(art["title"])}</h1>
{std}
<div class="article__meta"><span class="article__author">{E(mp.byline(ui, art))}</span> <time class="article__date" datetime="{art["date"]}">{art["date"]}</time> <span class="article__reading-time">{minutes} {E(ui["read"])}</span></div></header>
<div class="article__media">{mp.figure_html(art)}</div>
<div class="article__body" itemprop="articleBody">
{body}
</div>
<footer class="article__footer">{mp.share_html(ui, "article__share")}<div class="article__tags"><span>{E(ui["tags"])}</span> <a href="#">{E(art["section"])}</a></div></footer>
</article>
<section class="recommendations">{mp.related_html(ui, lang, rng)}</section>
{mp.comments_html(ui)}
</main>
<aside class="newsletter-bar">{mp.newsletter_html(ui)}</aside>
{mp.footer_html(ui, site)}
</body></html>
'''


NEW_TEMPLATES = {"gutenberg": tpl_gutenberg, "fusion": tpl_fusion, "chunks": tpl_chunks, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout4-" + art["id"])
        lang, tpl = art["lang"], art["tpl"]
        if art.get("site"):
            site = art["site"]
        else:
            site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
            count[lang] = count.get(lang, 0) + 1
        placed, fams = residue_items(art, rng, site, used)
        if tpl in NEW_TEMPLATES:
            pages[art["id"]] = NEW_TEMPLATES[tpl](art, UI[lang], site, placed, rng)
            fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
        else:
            fun, mode = OLD_TEMPLATES[tpl]
            pages[art["id"]] = fun(art, UI[lang], site, mp.body_html(art, placed, mode), rng)
        truth[art["id"]] = mp.truth_text(art["blocks"])
        meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)))
    return pages, truth, meta


def _sentences(s):
    s = s.lower().strip()
    return {s} | {x.strip() for x in re.split(r"(?<=[.!?])\s+", s) if x.strip()}


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _strings(v)


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 600:
            problems.append("%s: body has %d words (want 150-600)" % (pid, len(text.split())))
    # new wordings: no residue sentence of the earlier parts' pools, labels, headlines or site names
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp2.READMORE, mp3.READMORE, mp2.LIVE, mp3.DRUPAL, mp3.SUBSTACK,
                       mp3.BROADCAST, mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp2.SITES, mp3.SITES,
                       mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h4 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("READMORE", READMORE), ("HEADLINES", HEADLINES), ("SITES", SITES), ("GUTENBERG", GUTENBERG)):
        for s in _strings(obj):
            if s.lower().strip() in old:
                problems.append("h4 %s reuses %r" % (name, s))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl):
        for art in mod.ARTICLES:
            body = re.sub(r"\[\^\d+\]", "", art["body"])
            seen.update(p.lower() for p in mp.truth_text(mp.parse_body(body)).split("\n\n"))
    for pid, text in truth.items():
        problems.extend("%s: paragraph from an earlier part: %r" % (pid, p[:60]) for p in text.split("\n\n")
                        if p.lower() in seen)
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
