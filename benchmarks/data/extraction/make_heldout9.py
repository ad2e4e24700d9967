#!/usr/bin/env python3
"""Ninth held-out part (h9-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout9.py           # write pages/h9-*.html
    python benchmarks/data/extraction/make_heldout9.py --check   # verify pages/h9-*.html and their truth
    python benchmarks/data/extraction/make_heldout9.py --stats   # template, words, residue per page

Written after the eighth held-out part (h8-*, now "heldout_v8") had been run once and retired to tuning, as a
fresh, independent test, again without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history of those paths or results.  Stories are in articles_h9_en.py /
articles_h9_intl.py; the residue wordings, related headlines and site names are new here (none of the
sentences of make_pages.RESIDUE or of the R pools of make_heldout2..8, nor their labels, furniture strings,
headlines or site names; verify() refuses to build if one is reused, or if a story paragraph of an earlier
part recurs).  No new page layout: the templates of make_pages.py (wordpress, cms, semantic, storybody, amp,
portal, ghost, legacy-br), nextjs (make_heldout2.py), sanity (make_heldout7.py) and blox (make_heldout8.py)
are reused with their markup helpers.  make_pages.py merges these pages into truth.json and split.json.
Standard library only; deterministic (each page's choices are seeded from its id).
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
import make_heldout8 as mp8  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h9_en import ARTICLES as H9_EN  # noqa: E402
from articles_h9_intl import ARTICLES as H9_INTL  # noqa: E402

ARTICLES = H9_EN + H9_INTL

SITES = {
    "en": ["The Marlowe Sound Herald", "Brackenridge Evening Post", "The Corriemoor Chronicle"],
    "tr": ["Boğazkent Gazetesi", "Ovaköy Haber Ajansı"],
    "de": ["Allgäuer Talbote", "Neckarufer Tagblatt"],
    "fr": ["La Gazette du Vercors", "Le Courrier des Landes d'Armagnac"],
    "es": ["Diario de la Vega Baja", "La Voz del Maestrazgo"],
    "ru": ["Приокская правда", "Вестник Заречья"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h8 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This Datawrapper chart is blocked until you allow third-party content in privacy settings.",
               "We've hidden a TikTok clip here because you declined social media cookies."],
        "tr": ["Bu Datawrapper grafiği, üçüncü taraf içeriğe izin verene kadar gizlendi.",
               "Sosyal medya çerezlerini reddettiğiniz için TikTok videosu gösterilmiyor."],
        "de": ["Diese Datawrapper-Grafik ist gesperrt, bis Sie Drittanbieter-Inhalte zulassen.",
               "Hier wäre ein TikTok-Clip – Sie haben Social-Media-Cookies abgelehnt."],
        "fr": ["Ce graphique Datawrapper reste masqué tant que vous refusez les contenus tiers.",
               "Vous avez refusé les cookies des réseaux sociaux : la vidéo TikTok est masquée."],
        "es": ["Este gráfico de Datawrapper está bloqueado hasta que permitas contenido de terceros.",
               "Ocultamos un vídeo de TikTok porque rechazaste las cookies de redes sociales."],
        "ru": ["График Datawrapper скрыт, пока вы не разрешите сторонний контент.",
               "Видео TikTok не показано: вы отклонили cookie социальных сетей."],
    },
    "newsletter": {
        "en": ["Want the evening headlines in one email? The Six O'Clock Digest is free – sign up here.",
               "You've reached your limit of free stories this month. Subscribe from £1.50 a week.",
               "Independent local reporting costs money. Chip in from £3 today."],
        "tr": ["Akşam manşetleri tek e-postada: Saat Altı Bülteni'ne ücretsiz kaydolun.",
               "Bu ayki ücretsiz haber hakkınız doldu. Haftalık 15 TL'den abone olun."],
        "de": ["Die Abendschau per Mail: alle Schlagzeilen um 18 Uhr, kostenlos bestellen.",
               "Ihr Kontingent an Gratisartikeln ist erschöpft. Jetzt ab 1,49 € pro Woche lesen."],
        "fr": ["Les titres du soir dans un seul courriel : recevez gratuitement L'Édition de 18 h.",
               "Vous avez lu vos articles gratuits du mois. Abonnez-vous dès 1,49 € par semaine."],
        "es": ["Los titulares de la tarde en un solo correo: apúntate gratis a La Edición de las Seis.",
               "Ya leíste tus artículos gratis de este mes. Suscríbete desde 1,49 € a la semana."],
        "ru": ["Вечерние заголовки одним письмом: подпишитесь на рассылку «В шесть часов»",
               "Бесплатные статьи в этом месяце закончились. Оформите подписку от 99 рублей в неделю"],
    },
    "share": {
        "en": ["Share on WhatsApp", "Follow {site} on Bluesky", "Copy link to this story"],
        "tr": ["WhatsApp'ta gönder", "{site} Bluesky hesabını takip edin", "Haber bağlantısını kopyala"],
        "de": ["Über WhatsApp teilen", "{site} bei Bluesky folgen", "Link zum Artikel kopieren"],
        "fr": ["Envoyer via WhatsApp", "Suivez {site} sur Bluesky", "Copier le lien vers cet article"],
        "es": ["Mandar por WhatsApp", "Sigue a {site} en Bluesky", "Copiar enlace de la noticia"],
        "ru": ["Переслать в WhatsApp", "«{site}» теперь в Одноклассниках", "Копировать адрес материала"],
    },
    "photo": {
        "en": ["Picture: {site} photographer", "Image courtesy of the family", "Photo: drone image, parish council"],
        "tr": ["Fotoğraf: {site} foto muhabiri", "Görsel: Aile albümünden"],
        "de": ["Foto: Privat (Familie)", "Bild: Drohnenaufnahme der Gemeinde"],
        "fr": ["Photo : archives familiales", "Cliché : vue aérienne de la mairie"],
        "es": ["Foto: álbum familiar", "Imagen: vista aérea del consistorio"],
        "ru": ["Фото из семейного архива", "Снимок с дрона: пресс-служба поселения"],
    },
    "copyright": {
        "en": ["All rights reserved © {site}, 2025", "Text and photographs © 2025 {site} unless stated"],
        "tr": ["Tüm hakları saklıdır © {site}, 2025", "Metin ve fotoğraflar © 2025 {site}"],
        "de": ["Alle Rechte vorbehalten © {site}, 2025", "Text und Fotos © 2025 {site}, sofern nicht anders angegeben"],
        "fr": ["Tous droits réservés © {site}, 2025", "Textes et photos © 2025 {site} sauf mention contraire"],
        "es": ["Todos los derechos reservados © {site}, 2025", "Textos y fotos © 2025 {site} salvo indicación"],
        "ru": ["Все права защищены © «{site}», 2025", "Тексты и фотографии © 2025 «{site}»"],
    },
    "section": {
        "en": ["NEWS / COUNTY", "From the valleys", "Most read today"],
        "tr": ["HABER / İLÇE", "Vadilerden", "Bugün en çok okunanlar"],
        "de": ["NACHRICHTEN / KREIS", "Aus dem Tal", "Heute meistgelesen"],
        "fr": ["INFOS / DÉPARTEMENT", "Des vallées", "Les plus lus du jour"],
        "es": ["NOTICIAS / PROVINCIA", "Desde los valles", "Lo más leído hoy"],
        "ru": ["НОВОСТИ / ОБЛАСТЬ", "Из долины", "Самое читаемое сегодня"],
    },
    "related": {
        "en": ["Worth a look too", "More from the coast"],
        "tr": ["Gözden kaçırmış olabilirsiniz", "Okumaya devam edin"],
        "de": ["Vielleicht verpasst", "Weiterstöbern"],
        "fr": ["Vous l'avez peut-être manqué", "Continuez votre lecture"],
        "es": ["Quizá te lo perdiste", "Sigue informándote"],
        "ru": ["Вы могли пропустить", "Продолжите чтение"],
    },
    "symbol": {"*": ["⧫", "✤", "⌘", "◈◈", "❖ ❖", "✥"]},
    "credit": {
        "en": ["With reporting from Reuters", "By our valleys correspondent", "Words: {site} staff"],
        "tr": ["Reuters katkısıyla", "{site} muhabirleri"],
        "de": ["Mit Material von Reuters", "Text: Redaktion {site}"],
        "fr": ["Avec Reuters", "Texte : la rédaction de {site}"],
        "es": ["Con información de Reuters", "Texto: redacción de {site}"],
        "ru": ["С использованием материалов Reuters", "Текст подготовила редакция «{site}»"],
    },
    "ad": {
        "en": ["ADVERT — scroll to continue", "Sponsored spot"],
        "tr": ["REKLAM — devam etmek için kaydırın", "Tanıtım içeriği"],
        "de": ["WERBUNG — zum Weiterlesen scrollen", "Bezahlter Inhalt"],
        "fr": ["PUBLICITÉ — faites défiler pour continuer", "Contenu promu"],
        "es": ["ANUNCIO — desplázate para seguir", "Contenido promocionado"],
        "ru": ["РЕКЛАМА — листайте дальше", "Продвигаемый материал"],
    },
    "continue": {
        "en": ["Show full story", "Tap to keep reading"],
        "tr": ["Metnin tamamını görüntüle", "Devamı için dokunun"],
        "de": ["Kompletten Text zeigen", "Tippen zum Weiterlesen"],
        "fr": ["Afficher tout l'article", "Touchez pour lire la suite"],
        "es": ["Mostrar la noticia entera", "Toca para seguir leyendo"],
        "ru": ["Показать текст целиком", "Нажмите, чтобы читать дальше"],
    },
    "comments": {
        "en": ["View all {n} comments", "{n} people have had their say"],
        "tr": ["{n} yorumun tümünü gör", "Yorumlar: {n}"],
        "de": ["Alle {n} Kommentare ansehen", "{n} Leser haben kommentiert"],
        "fr": ["Voir les {n} commentaires", "{n} lecteurs ont laissé un avis"],
        "es": ["Ver los {n} comentarios", "{n} lectores han comentado"],
        "ru": ["Все комментарии ({n})", "Обсуждение: {n} откликов"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes of reading", "Reading time {m} min"],
        "tr": ["Yaklaşık {m} dk okuma", "Okuma süresi yaklaşık {m} dk"],
        "de": ["Zum Lesen brauchen Sie gut {m} Minuten", "Geschätzte Lesedauer: {m} Minuten"],
        "fr": ["Environ {m} min de lecture", "Temps estimé : {m} min"],
        "es": ["Lectura estimada de unos {m} minutos", "Tiempo estimado: {m} min"],
        "ru": ["Примерно {m} мин чтения", "Время чтения около {m} мин"],
    },
    "updated": {
        "en": ["Last modified {d} {t}", "This article was updated at {t}"],
        "tr": ["Değiştirilme: {d} {t}", "Haber saat {t}'da yenilendi"],
        "de": ["Zuletzt geändert: {d}, {t}", "Beitrag aktualisiert um {t}"],
        "fr": ["Modifié le {d} à {t}", "Article actualisé à {t}"],
        "es": ["Última modificación: {d}, {t}", "Noticia modificada a las {t}"],
        "ru": ["Изменено: {d} {t}", "Текст изменён в {t}"],
    },
    "audio": {
        "en": ["Listen to this story · {m} min", "This article is available as audio"],
        "tr": ["Bu haberi dinleyin · {m} dk", "Haberin sesli sürümü mevcut"],
        "de": ["Artikel vorlesen lassen · {m} Min.", "Diesen Beitrag gibt es auch als Audio"],
        "fr": ["Écouter cet article · {m} min", "Cet article existe en version audio"],
        "es": ["Escuchar esta noticia · {m} min", "Esta noticia está disponible en audio"],
        "ru": ["Слушать материал · {m} мин", "Этот текст доступен в аудиоформате"],
    },
    "correction": {
        "en": ["Clarification: an earlier version of this story gave the wrong figure for the grant. It has been amended.",
               "This article was corrected to fix the spelling of a councillor's name."],
        "tr": ["Düzeltme notu: Haberin ilk hâlinde hibe miktarı yanlış yazılmıştı."],
        "de": ["Richtigstellung: In einer früheren Fassung war die Fördersumme falsch angegeben."],
        "fr": ["Précision : une version antérieure indiquait un montant erroné pour la subvention."],
        "es": ["Fe de errores: una versión anterior daba una cifra equivocada de la subvención."],
        "ru": ["Поправка: в первой версии текста была неверно указана сумма гранта."],
    },
}
HEADLINES = {
    "en": ["Ferry timetable changes from next month", "Allotment waiting list passes 300",
           "Library adds seed-swap shelf", "Harbour wall repairs finish early",
           "Youth orchestra heads to Prague"],
    "tr": ["İskele meydanına gölgelik kuruldu", "İlçe stadyumunun zemini yenilendi",
           "Kütüphane hafta sonu da açık", "Köy yollarına yeni tabela"],
    "de": ["Fähre fährt ab Juni im Halbstundentakt", "Bücherei verleiht jetzt Werkzeug",
           "Sportplatz bekommt Flutlicht", "Kreisel an der B12 ist fertig"],
    "fr": ["Le marché nocturne revient en juillet", "La piscine change d'horaires",
           "Une généraliste ouvre un cabinet au bourg", "Le pont de la Drôme rouvre"],
    "es": ["El mercado de abastos estrena horario", "La biblioteca presta herramientas",
           "Vuelve la feria del aceite", "Terminan las obras de la plaza mayor"],
    "ru": ["На набережной поставили скамейки", "Библиотека работает по субботам",
           "В районе открыли новую амбулаторию", "Паром начинает летний рейс"],
}


# residue every page of a template carries inside the article container (as in h8)
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


NEW_TEMPLATES = {"blox": mp8.tpl_blox, "sanity": mp7.tpl_sanity, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout9-" + art["id"])
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
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE, mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R, mp8.BLOX,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES, mp7.HEADLINES, mp8.HEADLINES, mp2.SITES,
                       mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h9 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES)):
        for s in _strings(obj):
            problems.extend("h9 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl):
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
