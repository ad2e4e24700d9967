#!/usr/bin/env python3
"""Eighth held-out part (h8-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout8.py           # write pages/h8-*.html
    python benchmarks/data/extraction/make_heldout8.py --check   # verify pages/h8-*.html and their truth
    python benchmarks/data/extraction/make_heldout8.py --stats   # template, words, residue per page

Written after the seventh held-out part (h7-*, now "heldout_v7") had been run once and retired to tuning, as a
fresh, independent test, again without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history of those paths or results.  Stories are in articles_h8_en.py /
articles_h8_intl.py; the residue wordings, related headlines, site names and template labels are new here
(none of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..7, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, or if a story
paragraph of an earlier part recurs).  One page layout is new (blox: a TownNews BLOX CMS asset page with an
in-story photo and an in-story ad region inside div#article-body).  The markup helpers and the older templates
(wordpress, cms, semantic, storybody, amp, portal, ghost, legacy-br from make_pages.py; nextjs from
make_heldout2.py; sanity from make_heldout7.py) are reused.  make_pages.py merges these pages into truth.json
and split.json.  Standard library only; deterministic (each page's choices are seeded from its id).
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
import heldout_common as hc  # noqa: E402
from heldout_common import MONTHS_EN, fill, fmt_date, safe_slots, _sentences, slug, _strings  # noqa: E402,F401
import make_heldout2 as mp2  # noqa: E402
import make_heldout3 as mp3  # noqa: E402
import make_heldout4 as mp4  # noqa: E402
import make_heldout5 as mp5  # noqa: E402
import make_heldout6 as mp6  # noqa: E402
import make_heldout7 as mp7  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h8_en import ARTICLES as H8_EN  # noqa: E402
from articles_h8_intl import ARTICLES as H8_INTL  # noqa: E402

ARTICLES = H8_EN + H8_INTL

SITES = {
    "en": ["The Ashcombe Courier", "Fenwick Vale Gazette", "The Tolland Bay Mercury", "Kestrel Heath Observer"],
    "tr": ["Yamaç Postası", "Dereboyu Haber"],
    "de": ["Lindauer Landbote", "Rheinhessischer Kurier am Abend"],
    "fr": ["Le Réveil du Causse", "L'Indépendant de la Vézère"],
    "es": ["El Faro del Bierzo Alto", "Crónica de la Sierra Norte"],
    "ru": ["Верхневолжский курьер", "Посадская газета"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 / h3 / h4 / h5 / h6 / h7 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this Vimeo film, turn on embedded media cookies in your consent settings.",
               "A Flourish map sits here. It loads once you accept analytics and embed cookies."],
        "tr": ["Bu Vimeo filmini izlemek için gömülü medya çerezlerini açmanız gerekir.",
               "Flourish haritası, çerez tercihlerinizi güncellediğinizde görünecek."],
        "de": ["Für diesen Vimeo-Film müssen Sie eingebettete Medien in den Cookie-Einstellungen erlauben.",
               "Hier steht eine Flourish-Karte. Sie erscheint nach Zustimmung zu Analyse-Cookies."],
        "fr": ["Pour voir ce film Vimeo, activez les cookies des médias intégrés.",
               "Une carte Flourish apparaît ici après acceptation des cookies d'analyse."],
        "es": ["Para ver este vídeo de Vimeo, activa las cookies de contenido incrustado.",
               "Aquí hay un mapa de Flourish. Se cargará cuando aceptes las cookies analíticas."],
        "ru": ["Чтобы посмотреть ролик Vimeo, включите cookie встроенных медиа.",
               "Здесь карта Flourish. Она появится после согласия на аналитические cookie."],
    },
    "newsletter": {
        "en": ["The Lunchtime Briefing lands at 12:30 every weekday – join the list at no cost.",
               "Readers like you keep this paper going. Become a supporter for £2.25 a week.",
               "Get the rest of this article with a digital pass – first month 99p."],
        "tr": ["Öğle Bülteni hafta içi her gün 12.30'da e-postanızda. Ücretsiz abone olun.",
               "Haberin devamı dijital abonelere açık. İlk ay 1 TL."],
        "de": ["Die Mittagslage: jeden Werktag um 12.30 Uhr gratis im Postfach.",
               "Weiterlesen mit dem Digitalpass – erster Monat 0,99 €."],
        "fr": ["La Lettre de midi arrive chaque jour de semaine à 12 h 30. Inscription gratuite.",
               "Lisez la suite avec le pass numérique – premier mois à 0,99 €."],
        "es": ["El Boletín del Mediodía llega a las 12.30 cada día laborable. Suscríbete gratis.",
               "Sigue leyendo con el pase digital: el primer mes cuesta 0,99 €."],
        "ru": ["Дневная рассылка приходит по будням в 12:30. Подпишитесь бесплатно",
               "Продолжение доступно с цифровым пропуском. Первый месяц за 1 рубль"],
    },
    "share": {
        "en": ["Post this on Facebook", "Get {site} updates on Telegram", "Send this story by email"],
        "tr": ["Facebook'ta paylaşın", "{site} Telegram kanalına abone olun", "Bu haberi e-postayla iletin"],
        "de": ["Auf Facebook posten", "{site} auf Telegram abonnieren", "Artikel per E-Mail senden"],
        "fr": ["Publier sur Facebook", "Abonnez-vous à {site} sur Telegram", "Transmettre cet article par courriel"],
        "es": ["Publicar en Facebook", "Recibe {site} en Telegram", "Mandar la noticia por correo"],
        "ru": ["Опубликовать во ВКонтакте", "Подписывайтесь на «{site}» в Telegram", "Отправить новость по почте"],
    },
    "photo": {
        "en": ["Photograph: handed in by a reader", "Image supplied by the organisers", "Photo: council press office"],
        "tr": ["Fotoğraf: Okur gönderisi", "Görsel: Kaymakamlık arşivi"],
        "de": ["Foto: Einsender", "Bild: Gemeindeverwaltung (Archivbild)"],
        "fr": ["Photo : document remis", "Crédit : service communication de la ville"],
        "es": ["Foto: cedida por la organización", "Imagen: ayuntamiento (archivo)"],
        "ru": ["Фото: прислали читатели", "Фото: администрация района (архив)"],
    },
    "copyright": {
        "en": ["© {site} 2025 – not for redistribution", "Content © 2025 {site}; images © their owners"],
        "tr": ["© {site} 2025 – haberin tamamı kaynak gösterilmeden kullanılamaz", "İçerik hakları © 2025 {site}"],
        "de": ["© 2025 {site} – keine Weiterverbreitung", "Inhalte © {site} 2025; Bilder © bei den Urhebern"],
        "fr": ["© 2025 {site} – diffusion interdite", "Contenus © {site} 2025 ; images © leurs auteurs"],
        "es": ["© 2025 {site} – prohibida su redistribución", "Contenidos © {site} 2025; imágenes © sus autores"],
        "ru": ["© «{site}», 2025 – распространение запрещено", "Все права на тексты © «{site}», 2025"],
    },
    "section": {
        "en": ["LOCAL › TOWN CENTRE", "Around the district", "Top stories now"],
        "tr": ["YEREL › MERKEZ", "Çevremizden", "Şu an öne çıkanlar"],
        "de": ["LOKAL › INNENSTADT", "Aus den Gemeinden", "Jetzt wichtig"],
        "fr": ["LOCAL › CENTRE-VILLE", "Autour de chez vous", "À la une maintenant"],
        "es": ["LOCAL › CENTRO", "Por la comarca", "Ahora en portada"],
        "ru": ["ГОРОД › ЦЕНТР", "Вокруг нас", "Сейчас читают"],
    },
    "related": {
        "en": ["Elsewhere in the district", "Our picks for you", "Recommended reading"],
        "tr": ["Çevremizden diğer haberler", "Sizin için seçtiklerimiz"],
        "de": ["Ebenfalls aus den Gemeinden", "Unsere Empfehlungen"],
        "fr": ["Nos suggestions", "Ailleurs dans le département"],
        "es": ["Nuestras recomendaciones", "Más de la comarca"],
        "ru": ["Советуем почитать", "Другие новости округа"],
    },
    "symbol": {"*": ["⟐", "⋄⋄", "✺", "⊹", "☙", "⁑", "◍"]},
    "credit": {
        "en": ["Additional reporting: news agencies", "By our district reporter", "Compiled by the {site} newsdesk"],
        "tr": ["Muhabirimiz bildiriyor", "{site} haber masası"],
        "de": ["Von unserem Lokalreporter", "Zusammengestellt von der {site}-Nachrichtenredaktion"],
        "fr": ["De notre correspondant dans le canton", "Le desk de {site}, avec agences"],
        "es": ["Por nuestro corresponsal comarcal", "Mesa de noticias de {site}"],
        "ru": ["Наш корреспондент", "Подготовил отдел новостей «{site}»"],
    },
    "ad": {
        "en": ["Ad · article resumes below", "Paid promotion"],
        "tr": ["İlan · haberin devamı aşağıda", "Ücretli tanıtım"],
        "de": ["Anzeige · Artikel geht unten weiter", "Gesponserter Hinweis"],
        "fr": ["Pub · suite de l'article plus bas", "Promotion payante"],
        "es": ["Publicidad · la noticia sigue abajo", "Promoción pagada"],
        "ru": ["Реклама · текст ниже", "Оплаченная публикация"],
    },
    "continue": {
        "en": ["Read the rest", "Open full article"],
        "tr": ["Kalanını okuyun", "Haberin tamamını açın"],
        "de": ["Den Rest lesen", "Ganzen Beitrag öffnen"],
        "fr": ["Lire le reste", "Ouvrir l'article entier"],
        "es": ["Leer el resto", "Abrir la noticia completa"],
        "ru": ["Читать остальное", "Открыть полностью"],
    },
    "comments": {
        "en": ["{n} comments – join the debate", "Discussion: {n} posts"],
        "tr": ["{n} okur yorum bıraktı", "Yorum yazın ({n})"],
        "de": ["{n} Leserbeiträge", "Mitdiskutieren ({n})"],
        "fr": ["{n} commentaires – participez", "Débat : {n} messages"],
        "es": ["{n} comentarios – opina tú también", "Debate ({n} mensajes)"],
        "ru": ["{n} комментариев – присоединяйтесь", "Мнения ({n})"],
    },
    "readtime": {
        "en": ["Time to read: {m} minutes", "{m}-min read"],
        "tr": ["Bu haber {m} dakikada okunuyor", "Okuma {m} dakika"],
        "de": ["Sie lesen etwa {m} Minuten", "In {m} Minuten gelesen"],
        "fr": ["Lecture : {m} minutes", "Se lit en {m} min"],
        "es": ["{m} min de lectura", "Se lee en {m} minutos"],
        "ru": ["Читать {m} минуты", "{m} минуты на прочтение"],
    },
    "updated": {
        "en": ["Updated on {d}, {t}", "Story updated at {t}"],
        "tr": ["Son güncelleme: {d}, {t}", "Haber {t} itibarıyla güncellendi"],
        "de": ["Aktualisiert am {d} um {t}", "Stand: {t} Uhr"],
        "fr": ["Article mis à jour le {d}, {t}", "Dernière modification à {t}"],
        "es": ["Actualizado el {d} a las {t}", "Noticia actualizada a las {t}"],
        "ru": ["Обновлено {d}, {t}", "Последнее обновление в {t}"],
    },
    "audio": {
        "en": ["Audio: hear this article ({m} min)", "Play the spoken version"],
        "tr": ["Sesli haber ({m} dk)", "Seslendirilmiş hali oynat"],
        "de": ["Hörversion abspielen ({m} Min.)", "Diesen Text anhören"],
        "fr": ["Article lu à voix haute ({m} min)", "Lancer la lecture audio"],
        "es": ["Escucha este artículo ({m} min)", "Reproducir versión sonora"],
        "ru": ["Прослушать текст ({m} мин)", "Включить аудиоверсию"],
    },
    "correction": {
        "en": ["Correction: this article originally gave the wrong date for the meeting. It has been corrected.",
               "Amended: a quote was attributed to the wrong person in an earlier version."],
        "tr": ["Düzeltme: Haberde toplantı tarihi önce hatalı verilmişti."],
        "de": ["Korrektur: Zunächst stand hier ein falsches Datum. Wir bitten, den Fehler zu entschuldigen."],
        "fr": ["Rectification : une citation avait d'abord été attribuée à une autre personne."],
        "es": ["Corrección: en una versión anterior se atribuyó una cita a otra persona."],
        "ru": ["Уточнение: ранее в тексте была указана неверная дата собрания."],
    },
}
HEADLINES = {
    "en": ["Night bus route extended to the hospital", "Lido reopens after two-year refit",
           "Charity shop raises record sum in a month", "Village hall gets solar panels",
           "Crossing patrol returns to Elm Street school"],
    "tr": ["Semt pazarına çatı yapılacak", "Sahil yoluna bisiklet şeridi çizildi",
           "Halk eğitim kursları başlıyor", "Mahalle muhtarlığı yeni binasına taşındı"],
    "de": ["Waldbad startet schon Mitte Mai in die Saison", "Dorfladen findet neuen Betreiber",
           "Ortsdurchfahrt wird Tempo-30-Zone", "Wehr erhält neues Tanklöschfahrzeug"],
    "fr": ["La médiathèque ouvrira aussi le dimanche", "Un nouveau rond-point à l'entrée du bourg",
           "Le club de rugby inaugure ses vestiaires", "La fête de la châtaigne revient"],
    "es": ["El ambulatorio amplía su horario de tarde", "Nueva senda peatonal junto al río",
           "La escuela de música abre inscripciones", "Reabre el frontón municipal"],
    "ru": ["В посёлке заменят уличные фонари", "Открылся новый каток у школы",
           "Автовокзал переходит на зимний график", "В сквере высадили сто лип"],
}
BLOX = {  # TownNews BLOX asset page: header meta, in-story photo buttons, in-story ad region label, tools, tags
    "en": dict(posted="Posted", by="Story by", ad="Ad region", buy="Buy this photo", save="Save", print_="Print this page", tags="Story topics", email="Email story"),
    "tr": dict(posted="Yayın", by="Haberi yazan:", ad="İlan bölgesi", buy="Bu fotoğrafı satın al", save="Kaydet", print_="Sayfayı yazdır", tags="Haberin konuları", email="E-posta"),
    "fr": dict(posted="Publié", by="Un article de", ad="Emplacement annonceur", buy="Acheter cette photo", save="Enregistrer", print_="Imprimer la page", tags="Sujets de l'article", email="Envoyer par courriel"),
    "ru": dict(posted="Опубликовано", by="Текст:", ad="Рекламная вставка", buy="Купить фотографию", save="Сохранить", print_="Распечатать", tags="Темы материала", email="Почта"),
}

# residue every page of a template carries inside the article container
TEMPLATE_FAMILIES = {
    "sanity": ["caption", "newsletter"],   # an image block (caption + credit), a newsletter-signup block
    "blox": ["caption", "ad"],             # in-story photo (caption, byline, "buy" link), in-story ad region with label
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction"]
# markup of the generic residue: classed wrappers as many CMSs emit them, and plain <p>/<div> variants as
# left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="consent-placeholder" data-vendor="embed"><p>%s</p><a class="consent-placeholder__accept" href="#">OK</a></div>',
               '<p class="embed-consent">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="inline-signup"><p class="inline-signup__copy">%s</p><a class="inline-signup__cta" href="/signup">»</a></div>',
                   '<p class="paywall-note">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="social-bar"><a href="#">%s</a></div>', '<p class="follow-prompt">%s</p>', '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="photo-source">%s</p>', '<span class="img-attribution">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="copyright-notice">%s</p>', '<div class="rights"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="overline">%s</p>', '<div class="topic-label">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="divider-glyph">%s</p>', '<div class="separator">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="reporter-line">%s</p>', '<div class="story-credit">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="dup-title"><strong>%s</strong></p>', '<h2 class="post-headline">%s</h2>', '<p><b>%s</b></p>'],
    "ad": ['<div class="adslot-label">%s</div>', '<p class="sponsor-tag">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="expand-link"><a href="#more">%s</a></p>', '<div class="reveal-more">%s</div>',
                 '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="comments-link"><a href="#talk">%s</a></p>', '<div class="comment-badge">%s</div>',
                 '<p><a href="#talk">%s</a></p>'],
    "readtime": ['<p class="reading-estimate">%s</p>', '<span class="read-duration">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="modified-stamp"><time>%s</time></p>', '<div class="revision-time">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="tts-player"><button class="tts-player__btn" aria-label="Play"></button><span class="tts-player__text">%s</span></div>',
              '<p class="audio-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<div class="corrections-box"><p>%s</p></div>', '<p class="amendment"><em>%s</em></p>', '<p><i>%s</i></p>'],
}
CAPTION_STYLES = ['<figure class="body-image"><img src="/media/{id}-b.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-b.jpg" alt="" width="600"><br><em>{cap} ({cr})</em></p>']
RELATED_STYLES = ['<div class="linked-stories"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="story-recirc"><p class="story-recirc__head">%s</p><ul>%s</ul></aside>',
                  '<p><strong>%s</strong></p>\n<ul>%s</ul>']


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]), rng, site, art)


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used (balanced over the part:
    the families used least on the pages built so far come first)."""
    lang, n = art["lang"], len(art["blocks"])
    own = TEMPLATE_FAMILIES.get(art["tpl"], [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    fams = sorted((f for f in FAMILIES if f not in own), key=lambda f: (used[f], rng.random()))[:k]
    rng.shuffle(fams)
    used.update(fams + own)
    slots = safe_slots(art) or [n]
    placed = {}

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    for fam in fams:
        mid = rng.choice(slots)
        if fam == "caption":
            put(mid, rng.choice(CAPTION_STYLES).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
        elif fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/article/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)), lis))
        elif fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
        else:
            text = rng.choice(R["symbol"]["*"]) if fam == "symbol" else pick(rng, fam, lang, site, art)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
                   "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
                   "correction": rng.choice([0, n])}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# new templates
# --------------------------------------------------------------------------
def tpl_blox(art, ui, site, placed, rng):
    # TownNews BLOX CMS asset page (tncms): div.asset-header with the headline, subhead, byline and dates;
    # the tools row (save / print / email); then div#article-body.asset-content with the story as plain <p>,
    # an in-story photo (div.tnt-inline-photo: figure, caption text, photographer byline, "buy this photo"
    # link) after the opening paragraphs and the in-story ad region (tncms-region with a label) further down;
    # topic tags and the related region after the body
    b, lang, n = BLOX[art["lang"]], art["lang"], len(art["blocks"])
    slots = mp7.safe_slots(art, 2) or [n]
    photo_at = slots[0]
    ad_at = next((i for i in slots if i >= max(photo_at + 2, n // 2)), slots[-1])
    asset = "%08x-%04x-11ef-%04x-%012x" % (rng.randint(0, 16**8 - 1), rng.randint(0, 16**4 - 1),
                                             rng.randint(0, 16**4 - 1), rng.randint(0, 16**12 - 1))
    photo = ('<div class="tnt-inline-photo tnt-inline-relcontent"><figure class="photo layout-horizontal">'
             '<img class="img-responsive" src="https://bloximages.example.net/{a}/{h:x}.image.jpg?resize=750%2C500" alt="{alt}" width="750" height="500">'
             '<figcaption class="caption"><div class="caption-text"><p>{cap}</p></div><span class="tnt-byline">{cr}</span>'
             ' <a class="tnt-buy-photo" href="/photos/buy/{h:x}">{buy}</a></figcaption></figure></div>').format(
        a=asset, h=rng.randint(16**9, 16**10), alt=A(art["caption"]), cap=E(art["caption"]), cr=E(art["credit"]), buy=E(b["buy"]))
    ad = ('<div id="tncms-region-article_instory_middle" class="tncms-region hidden-print"><div class="tnt-ads-container">'
          '<span class="tnt-ads-label">%s</span><div id="tncms-block-%d" class="tncms-block"><div id="tnt-ad-%d" class="tnt-ads"></div></div></div></div>') % (
        E(b["ad"]), rng.randint(100000, 999999), rng.randint(100, 999))
    placed.setdefault(photo_at, []).append(photo)
    placed.setdefault(ad_at, []).append(ad)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(mp.block_html(kind, val, "plain", i))
    out.extend(placed.get(n, []))
    body = "\n".join(out)
    d = mp7.fmt_date(lang, art["date"])
    nav = "".join('<li class="nav-item"><a href="/%s/">%s</a></li>' % (slug(x), E(x)) for x in ui["nav"])
    tags = "".join('<li><a class="tnt-asset-tag" href="/search/?t=article&amp;k=%s">%s</a></li>' % (slug(x), E(x))
                   for x in (art["section"], site))
    return mp.head(art, site).replace("</head>", '<meta name="tncms-access" content="meter">\n<link rel="stylesheet" href="/shared-content/art/tncms/templates/libraries/flex/components/bootstrap/resources/styles/bootstrap.min.css">\n</head>') + f'''<body class="asset-article tncms-site">
<div id="site-container">
<header id="site-header" class="hidden-print"><div class="logo"><a href="/">{E(site)}</a></div><nav id="main-navigation"><ul class="nav navbar-nav">{nav}</ul></nav></header>
{mp.cookie_banner(ui, 1)}
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 main-content">
<article id="article-{asset}" class="asset type-article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="asset-header">
<div class="meta"><span class="kicker"><a href="/news/{slug(art["section"])}/">{E(art["section"])}</a></span></div>
<h1 class="headline" itemprop="headline"><span class="tnt-headline">{E(art["title"])}</span></h1>
<h2 class="subhead"><span>{E(art["sub"])}</span></h2>
<ul class="list-inline asset-meta"><li><span class="tnt-byline">{E(b["by"])} {E(art["byline"])}</span></li>
<li><span class="asset-date text-muted">{E(b["posted"])} <time datetime="{art["date"]}T08:00:00Z">{d}</time></span></li></ul>
<div class="asset-tools hidden-print"><ul class="list-inline"><li><a href="#" class="tnt-save">{E(b["save"])}</a></li><li><a href="#" onclick="window.print()">{E(b["print_"])}</a></li><li><a href="mailto:?subject={A(art["title"])}">{E(b["email"])}</a></li></ul></div>
</header>
<div class="asset-photo">{mp.figure_html(art)}</div>
<div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
{body}
</div>
<div class="asset-tags"><h5>{E(b["tags"])}</h5><ul class="list-inline">{tags}</ul></div>
</article>
<div id="tncms-region-article_bottom">{mp.related_html(ui, lang, rng)}</div>
</div>
<aside class="col-md-4 hidden-print">{mp.newsletter_html(ui)}</aside></div></div>
{mp.footer_html(ui, site)}
</div>
</body></html>
'''


NEW_TEMPLATES = {"blox": tpl_blox, "sanity": mp7.tpl_sanity, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout8-" + art["id"])
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


def verify(pages, truth):
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE, mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES, mp7.HEADLINES, mp2.SITES,
                       mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h8 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("BLOX", BLOX)):
        for s in _strings(obj):
            problems.extend("h8 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                articles_h7_en, articles_h7_intl):
        for art in mod.ARTICLES:
            body = re.sub(r"\[\^\d+\]", "", art["body"])
            seen.update(p.lower() for p in mp.truth_text(mp.parse_body(body)).split("\n\n"))
    for pid, text in truth.items():
        problems.extend("%s: paragraph from an earlier part: %r" % (pid, p[:60]) for p in text.split("\n\n")
                        if p.lower() in seen)
    # the headline must not be a story paragraph (it is residue when repeated in the body)
    for art in ARTICLES:
        if art["title"] in truth[art["id"]].split("\n\n"):
            problems.append("%s: headline is also a story paragraph" % art["id"])
    return problems


def main():
    hc.run(build, verify)


if __name__ == "__main__":
    main()
