#!/usr/bin/env python3
"""Sixth held-out part (h6-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout6.py           # write pages/h6-*.html
    python benchmarks/data/extraction/make_heldout6.py --check   # verify pages/h6-*.html and their truth
    python benchmarks/data/extraction/make_heldout6.py --stats   # template, words, residue per page

Written after the fifth held-out part (h5-*, now "heldout_v5") had been run once and retired to tuning, as a
fresh, independent test, again without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history of those paths or results.  Stories are in articles_h6_en.py /
articles_h6_intl.py; the residue wordings, related headlines, site names and template labels are new here
(none of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..5, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, or if a story
paragraph of an earlier part recurs).  Three page layouts are new (quintype, typo3, bitrix).  The markup
helpers and the older templates (wordpress, cms, semantic, storybody, amp, portal, ghost, legacy-br from
make_pages.py; nextjs from make_heldout2.py) are reused.  make_pages.py merges these pages into truth.json
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
from make_pages import E, A, UI  # noqa: E402
from articles_h6_en import ARTICLES as H6_EN  # noqa: E402
from articles_h6_intl import ARTICLES as H6_INTL  # noqa: E402

ARTICLES = H6_EN + H6_INTL

SITES = {
    "en": ["The Wealdbrook Gazette", "Carrow Valley News", "Ashmere Today", "The Tarrant Observer"],
    "tr": ["Ege Gündem", "Trakya Postası"],
    "de": ["Mittelweser-Kurier", "Nordeifel-Bote"],
    "fr": ["Le Républicain des Causses", "Vallée d'Azergues Info"],
    "es": ["El Faro de Poniente", "Noticias de la Vega Alta"],
    "ru": ["Заречные известия", "Степной край"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 / h3 / h4 / h5 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This map from a third-party provider stays hidden until you allow functional cookies.",
               "We can't show this Facebook post unless you agree to social media tracking. Update your choices."],
        "tr": ["Bu Facebook gönderisini görüntülemek için sosyal medya çerezlerine izin verin.",
               "Harita, işlevsel çerezleri onaylamanızın ardından yüklenecek."],
        "de": ["Diese Karte wird erst geladen, wenn Sie funktionalen Cookies zustimmen.",
               "Hier steht ein Facebook-Beitrag. Mit einem Klick auf „Anzeigen“ willigen Sie in die Übermittlung Ihrer Daten ein."],
        "fr": ["Cette carte interactive nécessite votre accord pour les cookies fonctionnels.",
               "Publication Facebook masquée : modifiez vos réglages de confidentialité pour la voir."],
        "es": ["Este mapa solo se carga si aceptas las cookies funcionales.",
               "Publicación de Facebook bloqueada. Revisa tu configuración de privacidad para mostrarla."],
        "ru": ["Карта загрузится после того, как вы разрешите функциональные cookie.",
               "Пост из ВКонтакте скрыт: измените настройки cookie, чтобы его увидеть."],
    },
    "newsletter": {
        "en": ["The Morning Edition lands at 7am: sign up free and start the day informed.",
               "Subscriber exclusive – unlock this story and the rest of the site for 99p for your first month.",
               "Enjoyed this? Get our weekly local round-up straight to your inbox."],
        "tr": ["Sabah Postası bültenine ücretsiz kaydolun, güne haberle başlayın.",
               "Bu haberin devamı abonelere özel. İlk ay 19 TL."],
        "de": ["Frühstückspost: Die Nachrichten aus der Region um 6 Uhr in Ihrem Postfach – jetzt kostenlos bestellen.",
               "Exklusiv für Abonnenten: Lesen Sie diesen Artikel im ersten Monat für 0,99 €."],
        "fr": ["Recevez La Matinale chaque jour à 7 heures : c'est gratuit.",
               "Article réservé aux abonnés : 1 € le premier mois, sans engagement."],
        "es": ["Apúntate a El Despertador, nuestro boletín matinal gratuito.",
               "Contenido exclusivo para suscriptores: el primer mes por 1 €."],
        "ru": ["Утренняя рассылка редакции: главное за ночь к 7 утра. Подписаться бесплатно",
               "Дочитайте текст с подпиской «Край+»: первые 30 дней за 1 рубль"],
    },
    "share": {
        "en": ["Post this to X", "Send to a friend", "Follow our newsroom on Instagram"],
        "tr": ["Haberi X'te paylaşın", "Bizi WhatsApp kanalımızdan izleyin", "Arkadaşına gönder"],
        "de": ["Auf X posten", "Per E-Mail an Freunde senden", "Folgen Sie {site} auf Instagram"],
        "fr": ["Publier sur X", "Envoyer à un ami", "Rejoignez-nous sur Instagram"],
        "es": ["Publicar en X", "Enviar a un amigo", "Síguenos también en Instagram"],
        "ru": ["Отправить другу", "Наш канал в Telegram — подписывайтесь", "Отправить в WhatsApp"],
    },
    "photo": {
        "en": ["Photo: Handout", "Image: Courtesy of the school", "Pic: Contributor"],
        "tr": ["Fotoğraf: İl Müdürlüğü arşivi", "Görsel: Kulüp basın ofisi"],
        "de": ["Foto: Stadtwerke", "Bild: Verein"],
        "fr": ["Photo : mairie", "Photo fournie par le club"],
        "es": ["Foto: Ayuntamiento", "Imagen cedida por la cofradía"],
        "ru": ["Фото: пресс-центр райадминистрации", "Фото предоставлено организаторами"],
    },
    "copyright": {
        "en": ["{site} © 2025 – no reproduction without a licence", "© {site} 2025 | Terms apply to reuse"],
        "tr": ["{site} © 2025 · Haberin tamamı izinsiz kopyalanamaz", "© {site} 2025 – İçerik izinsiz çoğaltılamaz."],
        "de": ["© 2025 {site} – Nutzung nur im Rahmen der AGB", "Copyright {site}, 2025. Weitergabe untersagt."],
        "fr": ["© {site} 2025 – reproduction soumise à autorisation", "Copyright 2025 {site}. Diffusion interdite sans accord écrit."],
        "es": ["{site} © 2025 · Reservados todos los derechos de reproducción", "Copyright {site} 2025 – uso sujeto a licencia"],
        "ru": ["{site} © 2025 · Копирование без согласия редакции запрещено", "Все материалы © {site}, 2025"],
    },
    "section": {
        "en": ["NEWS / REGION", "SPOTLIGHT", "Region › Valleys", "Top stories"],
        "tr": ["YAŞAM › ÇEVRE", "GÜNÜN KONUSU", "Bölge"],
        "de": ["REGION › KREISSTADT", "Topthema", "Landkreis aktuell"],
        "fr": ["RÉGION › VALLÉE", "Le fait du jour", "Vie locale"],
        "es": ["COMARCA › COSTA", "Tema del día", "Actualidad provincial"],
        "ru": ["РЕГИОН › РАЙОНЫ", "Главная тема", "Новости района"],
    },
    "related": {
        "en": ["Read next on {site}", "Further coverage", "More like this"],
        "tr": ["Bu konuda daha fazlası", "Bunlar da okunuyor"],
        "de": ["Weitere Artikel zum Thema", "Ebenfalls spannend"],
        "fr": ["Sur le même thème", "Nos autres articles sur ce dossier"],
        "es": ["Relacionadas", "Más noticias como esta"],
        "ru": ["Похожие новости", "Рекомендуем прочитать"],
    },
    "symbol": {"*": ["✚", "➤", "⋯", "◈", "❦", "⬩", "▫"]},
    "credit": {
        "en": ["Reporting by our local affairs correspondent, with agencies", "Additional material from wire services",
               "— {site} newsdesk"],
        "tr": ["Haber: {site} muhabirleri", "Kaynak: DHA ve İHA"],
        "de": ["Mit Informationen der Nachrichtenagenturen", "Von unserer Lokalredaktion"],
        "fr": ["D'après nos informations et l'AFP", "Rédaction de {site}"],
        "es": ["Redacción {site} / Agencias", "Con datos facilitados por agencias"],
        "ru": ["По информации агентств", "Текст: редакция «{site}»"],
    },
    "ad": {
        "en": ["Ad feature", "Paid content", "Sponsored message – article resumes below"],
        "tr": ["Sponsorlu bağlantı", "Reklam – haber aşağıda sürüyor"],
        "de": ["Werbung · bezahlter Inhalt", "Anzeige · Weiter im Text"],
        "fr": ["Espace annonceur", "Message de notre partenaire"],
        "es": ["Anuncio patrocinado", "Publicidad – la noticia continúa"],
        "ru": ["Реклама 18+", "Реклама · продолжение материала ниже"],
    },
    "continue": {
        "en": ["Read the rest of this article", "See more", "Tap to continue"],
        "tr": ["Haberi sonuna kadar oku", "Tümünü gör"],
        "de": ["Restlichen Artikel einblenden", "Ganzen Text anzeigen"],
        "fr": ["Lire la suite de l'article", "Dérouler la suite"],
        "es": ["Abrir el texto completo", "Ver más"],
        "ru": ["Развернуть", "Дочитать до конца"],
    },
    "comments": {
        "en": ["See all {n} comments", "{n} readers have commented"],
        "tr": ["{n} yorum yapıldı", "Okur yorumları: {n}"],
        "de": ["{n} Leserkommentare", "Jetzt kommentieren ({n})"],
        "fr": ["{n} lecteurs ont réagi", "Commenter ({n})"],
        "es": ["Ver {n} comentarios", "{n} comentarios de lectores"],
        "ru": ["Читатели оставили {n} комментариев", "Оставить комментарий ({n})"],
    },
    "readtime": {
        "en": ["Read time: {m} mins", "Takes {m} minutes to read"],
        "tr": ["{m} dk'lık okuma", "Tahmini okuma süresi {m} dakika"],
        "de": ["{m} Minuten Lesezeit", "Lesedauer rund {m} Minuten"],
        "fr": ["Lecture {m} min", "{m} minutes de lecture"],
        "es": ["{m} minutos de lectura", "Leerlo lleva {m} min"],
        "ru": ["{m} минуты на чтение", "Время на прочтение: {m} мин"],
    },
    "updated": {
        "en": ["Updated: {d}, {t}", "This article was last updated at {t}"],
        "tr": ["Güncellendi: {d} {t}", "Son düzenleme {t}"],
        "de": ["Aktualisiert: {d}, {t} Uhr", "Erstmals veröffentlicht am {d}"],
        "fr": ["Mis à jour le {d} à {t}", "Dernière modification : {t}"],
        "es": ["Actualizado: {d} - {t} h", "Modificada a las {t}"],
        "ru": ["Обновлено: {d}, {t}", "Последнее изменение {d}"],
    },
    "audio": {
        "en": ["Listen to this article ({m} min)", "Prefer to listen? Press play for the audio version."],
        "tr": ["Bu haberi dinleyin ({m} dk)", "Haberi sesli dinlemek için oynat'a basın"],
        "de": ["Vorlesefunktion starten", "Hören statt lesen: {m} Minuten"],
        "fr": ["Écouter cet article ({m} min)", "Lecture audio de l'article"],
        "es": ["Escucha la noticia ({m} min)", "Reproducir audio del artículo"],
        "ru": ["Прослушать статью ({m} мин)", "Аудиоверсия: нажмите, чтобы прослушать"],
    },
}
HEADLINES = {
    "en": ["Level crossing to close for a week of repairs", "Cottage hospital's minor injuries unit extends hours",
           "Parish council seeks volunteers for flood wardens scheme", "Coach firm adds Sunday service to the coast",
           "Primary school wins national gardening award"],
    "tr": ["Sahil yolunda asfalt yenileme çalışması", "Halk eğitim merkezinde kayıtlar başladı",
           "Köy okuluna güneş paneli kuruldu", "Belediyeden öğrencilere ücretsiz ulaşım"],
    "de": ["Kreisstraße nach Brückenprüfung wieder frei", "Volkshochschule stellt neues Programm vor",
           "Feuerwehr bekommt neues Löschfahrzeug", "Freibad öffnet zwei Wochen früher"],
    "fr": ["La déchetterie change d'horaires en septembre", "Un nouveau médecin s'installe au bourg",
           "Travaux sur la départementale 38 jusqu'à fin mai", "Le club de rugby inaugure son club-house"],
    "es": ["El centro de salud amplía el horario de tarde", "Arranca la campaña de poda en los parques",
           "La piscina municipal abrirá el 15 de junio", "Nuevo carril bici entre el puerto y la playa"],
    "ru": ["На улице Гагарина отремонтируют тротуары", "В районной библиотеке открылся клуб настольных игр",
           "Автобус №12 изменит маршрут", "Во дворе школы построят спортплощадку"],
}
QT = {  # Quintype: label of the "also read" story element
    "en": dict(also="Must Read"), "es": dict(also="Lectura recomendada"), "fr": dict(also="À lire également"),
}
TYPO3 = {  # TYPO3: consent placeholder of an external embed (cookie family), page furniture
    "en": dict(ext="External content", note="A Vimeo video is embedded here. Loading it sends data to Vimeo.",
               button="Show content", by="Text:", search="Search this site", lang_menu="Deutsch"),
    "de": dict(ext="Externer Inhalt", note="An dieser Stelle ist ein Video von Vimeo eingebunden. Beim Laden werden Daten an Vimeo übertragen.",
               button="Inhalt anzeigen", by="Text:", search="Suchbegriff eingeben", lang_menu="English"),
    "fr": dict(ext="Contenu externe", note="Une vidéo Vimeo est intégrée ici. Son chargement transmet des données à Vimeo.",
               button="Afficher le contenu", by="Texte :", search="Rechercher sur le site", lang_menu="Occitan"),
}
BITRIX = {  # 1C-Bitrix news.detail: property lines after the text, back link, share label
    "ru": dict(source="Источник", author="Автор", back="Возврат к списку", agency="Агентство «Восток-Пресс»",
               share="Поделиться новостью", news="Новости"),
    "tr": dict(source="Kaynak", author="Yazar", back="Listeye dön", agency="Karadeniz Haber Ajansı",
               share="Haberi paylaşın", news="Haberler"),
    "en": dict(source="Source", author="Author", back="Back to list", agency="Steppe News Agency",
               share="Share this news", news="News archive"),
}

# residue every page of a template carries inside the article container
TEMPLATE_FAMILIES = {
    "quintype": ["caption", "related"],       # an image story element (caption + attribution), an "also read" element
    "typo3": ["caption", "cookie"],           # a textmedia element (figcaption), an HTML element with a consent placeholder
    "bitrix": ["title", "date", "credit"],    # the <h3> headline and date span of news.detail, "Source:/Author:" lines
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio"]
# markup of the generic residue: classed wrappers as many CMSs emit them, and plain <p>/<div> variants as
# left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="embed-consent"><p class="embed-consent__text">%s</p><button class="embed-consent__ok">Allow</button></div>',
               '<p class="consent-placeholder">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="inline-signup"><p class="inline-signup__copy">%s</p><a class="inline-signup__btn" href="/newsletter">+</a></div>',
                   '<p class="paywall-note">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="social-share-inline"><a href="#">%s</a></div>', '<p class="share-cta">%s</p>', '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="foto-credit">%s</p>', '<span class="img-source">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="copy-notice">%s</p>', '<div class="rights"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="topic-label">%s</p>', '<div class="rubric">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="glyph">%s</p>', '<div class="divider-mark">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="story-credit">%s</p>', '<div class="byline-footer">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="title-repeat"><strong>%s</strong></p>', '<h2 class="article-heading">%s</h2>', '<p><b>%s</b></p>'],
    "ad": ['<div class="adslot-label">%s</div>', '<p class="sponsor-note">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="more-link"><a href="#full">%s</a></p>', '<div class="expand-article">%s</div>',
                 '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="comments-teaser"><a href="#comments">%s</a></p>', '<div class="comment-counter">%s</div>',
                 '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="reading-time-note">%s</p>', '<span class="read-duration">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="modified-date"><time>%s</time></p>', '<div class="date-updated">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="tts-player"><button class="tts-player__play" aria-label="Play"></button><span class="tts-player__label">%s</span></div>',
              '<p class="audio-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
}
CAPTION_STYLES = ['<figure class="content-image"><img src="/media/{id}-b.jpg" alt=""><figcaption>{cap} – {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-b.jpg" alt="" width="700"><br><em>{cap} {cr}</em></p>']
RELATED_STYLES = ['<div class="related-inline"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="see-also"><p class="see-also__title">%s</p><ul>%s</ul></aside>',
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
                   "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid])}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# new templates
# --------------------------------------------------------------------------
def qt_element(kind, val):
    if kind == "p":
        return '<div class="story-element story-element-text"><div><p>%s</p></div></div>' % mp.inline_html(val)
    if kind == "h":
        return '<div class="story-element story-element-text"><div><h2>%s</h2></div></div>' % E(val)
    if kind == "q":
        return ('<div class="story-element story-element-text story-element-text-blockquote"><div class="blockquote">'
                '<blockquote>%s</blockquote></div></div>') % mp.inline_html(val)
    return '<div class="story-element story-element-text"><div><%s>%s</%s></div></div>' % (
        kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_quintype(art, ui, site, placed, rng):
    # Quintype-style story page: the story is a list of story elements inside story cards; an image element
    # (caption + attribution) after the opening paragraphs and an "also read" element further down
    lang, n = art["lang"], len(art["blocks"])
    slots = safe_slots(art, 2)
    img_at = slots[0]
    also_at = next((i for i in slots if i >= max(img_at + 2, n // 2)), slots[-1])
    img = ('<div class="story-element story-element-image"><figure class="qt-figure"><picture class="qt-image">'
           '<img src="https://gumlet.assettype.com/{s}/2025-{id}/body.jpg?w=720" alt="{alt}" loading="lazy"></picture>'
           '<figcaption><span class="qt-image-caption"><p>{cap}</p></span> <span class="qt-image-attribution">{cr}</span>'
           '</figcaption></figure></div>').format(s=slug(site), id=art["id"], alt=A(art["caption"]), cap=E(art["caption"]),
                                                  cr=E(art["credit"]))
    also = ('<div class="story-element story-element-text story-element-text-also-read"><h3 class="also-read-title">%s</h3>'
            '<a class="also-read-headline" href="/%s/%s">%s</a></div>') % (
        E(QT[lang]["also"]), slug(art["section"]), rng.randint(10**5, 10**6), E(rng.choice(HEADLINES[lang])))
    placed.setdefault(img_at, []).append(img)
    placed.setdefault(also_at, []).append(also)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        for x in placed.get(i, []):
            # generic residue pasted as a text element of its own, or left loose between elements
            out.append(x if x.startswith('<div class="story-element') or rng.random() < 0.5
                       else '<div class="story-element story-element-text"><div>%s</div></div>' % x)
        out.append(qt_element(kind, val))
    out.extend(placed.get(n, []))
    body = "\n".join(out)
    state = json.dumps({"qt": {"pageType": "story-page", "data": {"story": {"id": art["id"], "headline": art["title"],
                       "slug": "%s/%s" % (slug(art["section"]), slug(art["title"])[:60]),
                       "author-name": art["byline"], "published-at": art["date"]}}, "config": {"publisher-name": site}}},
                       ensure_ascii=False)
    nav = "".join('<li class="menu-item"><a href="/%s">%s</a></li>' % (slug(x), E(x)) for x in ui["nav"])
    return mp.head(art, site) + f'''<body>
<div id="container">
<div class="header"><div class="nav-bar"><a class="logo" href="/" aria-label="{A(site)}">{E(site)}</a><ul class="menu-list">{nav}</ul></div></div>
<div id="cookie-consent-root">{mp.cookie_banner(ui, 0)}</div>
<div class="main-content">
<div class="story-wrapper arr--story-page" data-story-content-id="{rng.randint(10**8, 10**9):x}">
<div class="story-head"><a class="section-tag" href="/{slug(art["section"])}">{E(art["section"])}</a>
<h1 class="headline" data-test-id="headline">{E(art["title"])}</h1>
<h2 class="subheadline" data-test-id="subheadline">{E(art["sub"])}</h2>
<div class="author-with-timestamp"><a class="author-name" href="/author/{slug(art["byline"])}">{E(art["byline"])}</a> <time class="published-time" datetime="{art["date"]}T06:{rng.randint(10, 59)}:00Z">{fmt_date(lang, art["date"])}</time></div></div>
<div class="hero-image">{mp.figure_html(art)}</div>
<div class="story-social">{mp.share_html(ui, "social-share-icons")}</div>
<div class="story-cards"><div class="story-card" data-test-id="story-card">
{body}
</div></div>
<div class="story-tags"><ul class="tag-list"><li><a href="/topic/{slug(art["section"])}">{E(art["section"])}</a></li></ul></div>
</div>
<div class="story-footer-collection">{mp.related_html(ui, lang, rng)}</div>
<div class="newsletter-widget">{mp.newsletter_html(ui)}</div>
</div>
{mp.footer_html(ui, site)}
</div>
<script>window.qtState = {state};</script>
</body></html>
'''


def typo3_segments(art, rng):
    """Split the story into text content elements: at each subheading, and (so that there are at least three
    elements) at break positions after a story paragraph."""
    b, n = art["blocks"], len(art["blocks"])
    cuts = {i for i in range(1, n) if b[i][0] == "h"}
    free = [i for i in safe_slots(art, 2) if i not in cuts and b[i][0] == "p"]
    while len(cuts) < 2 and free:
        c = free.pop(len(free) // 2)
        cuts.add(c)
        free = [i for i in free if abs(i - c) > 1]
    edges = [0] + sorted(cuts) + [n]
    return [list(range(edges[j], edges[j + 1])) for j in range(len(edges) - 1)]


def tpl_typo3(art, ui, site, placed, rng):
    # TYPO3 page built from fluid_styled_content elements: a header element (title, subheader, date, author),
    # text elements (div.ce-bodytext; a subheading is the element's own <header><h2>), a textmedia element with
    # the image and its caption after the first text element and an HTML element holding a consent placeholder
    # for an external video further down
    t, lang, n = TYPO3[art["lang"]], art["lang"], len(art["blocks"])
    segs = typo3_segments(art, rng)
    cid = [rng.randint(100, 900)]

    def frame(ctype, inner):
        cid[0] += rng.randint(1, 9)
        return '<div id="c%d" class="frame frame-default frame-type-%s frame-layout-0">%s</div>' % (cid[0], ctype, inner)

    def text_element(idx, last=False, tail=()):
        # residue placed before a subheading that opens an element goes to the end of the previous element
        # (`tail`), so that it never sits between the subheading and its text
        head, inner = "", []
        for i in idx:
            kind, val = art["blocks"][i]
            if i == idx[0] and kind == "h":
                head = '<header><h2 class="">%s</h2></header>' % E(val)
                continue
            inner.extend(placed.get(i, []))
            inner.append(mp.block_html(kind, val, "plain", i))
        inner.extend(tail)
        if last:
            inner.extend(placed.get(n, []))
        return frame("text", '%s<div class="ce-bodytext">\n%s\n</div>' % (head, "\n".join(inner)))

    image = frame("textmedia", (
        '<div class="ce-textpic ce-center ce-above"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1">'
        '<div class="ce-outer"><div class="ce-inner"><div class="ce-row"><div class="ce-column"><figure class="image">'
        '<img class="image-embed-item" src="/fileadmin/_processed_/{a}/{b}/csm_{id}_{h:x}.jpg" width="880" height="587" '
        'loading="lazy" alt=""><figcaption class="image-caption">{cap} {cr}</figcaption></figure></div></div></div></div>'
        '</div></div>').format(a=rng.choice("0123456789abcdef"), b=rng.choice("0123456789abcdef"), id=art["id"],
                               h=rng.randint(16**9, 16**10), cap=E(art["caption"]), cr=E(art["credit"])))
    consent = frame("html", ('<div class="tx-consent-placeholder" data-consent-service="vimeo"><p class="tx-consent-placeholder__title">'
                             '<strong>%s</strong></p><p class="tx-consent-placeholder__text">%s</p>'
                             '<button type="button" class="btn btn-primary tx-consent-placeholder__accept">%s</button></div>') % (
        E(t["ext"]), E(t["note"]), E(t["button"])))
    parts = []
    consent_after = max(1, len(segs) // 2 + (len(segs) > 3))
    for j, idx in enumerate(segs):
        nxt = segs[j + 1][0] if j + 1 < len(segs) else None
        tail = placed.get(nxt, []) if nxt is not None and art["blocks"][nxt][0] == "h" else []
        parts.append(text_element(idx, last=(j == len(segs) - 1), tail=tail))
        if j == 0:
            parts.append(image)
        if j == consent_after and j < len(segs) - 1:
            parts.append(consent)
    if consent not in parts:
        parts.insert(-1, consent)
    body = "\n".join(parts)
    header = frame("header", '<header><h1 class="">%s</h1><h2 class="subheader">%s</h2></header>'
                   '<p class="article-meta"><time datetime="%s">%s</time> · %s %s</p>' % (
                       E(art["title"]), E(art["sub"]), art["date"], fmt_date(lang, art["date"]), E(t["by"]), E(art["byline"])))
    nav = "".join('<li class="nav-item"><a class="nav-link" href="/%s/">%s</a></li>' % (slug(x), E(x)) for x in ui["nav"])
    page_id = rng.randint(100, 999)
    return mp.head(art, site).replace("<meta charset=\"utf-8\">", '<meta charset="utf-8">\n<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n<meta name="generator" content="TYPO3 CMS">') + f'''<body id="p{page_id}" class="page-{page_id} pagelevel-3 language-0 backendlayout-subnavigation_right layout-default">
<div id="top"></div>
<div class="body-bg">
{mp.cookie_banner(ui, 1)}
<header class="navbar navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container"><a class="navbar-brand" href="/"><span class="navbar-brand-title">{E(site)}</span></a>
<nav id="mainnavigation" class="navbar-collapse collapse"><ul class="nav navbar-nav">{nav}</ul></nav>
<form class="navbar-search" action="/suche/"><input type="search" placeholder="{A(t["search"])}"></form><a class="language-switch" href="/en/">{E(t["lang_menu"])}</a></div></header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container">{mp.crumbs(ui, art)}</div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="section section-default"><div class="container"><div class="section-row">
<main class="maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
{header}
{body}
<!--TYPO3SEARCH_end-->
</main>
<aside class="subcontent-wrap" role="complementary">{mp.related_html(ui, lang, rng)}{mp.newsletter_html(ui)}</aside>
</div></div></div>
</div>
{mp.footer_html(ui, site)}
</div>
</body></html>
'''


def tpl_bitrix(art, ui, site, placed, rng):
    # 1C-Bitrix "news.detail" component, default template: detail picture, date span and the headline as <h3>
    # inside div.news-detail, then DETAIL_TEXT (the story as <p>), then the iblock properties as loose
    # "Name:&nbsp;value<br />" lines and a share block, all inside the same div
    x, lang = BITRIX[art["lang"]], art["lang"]
    body = mp.body_html(art, placed, "plain")
    d = fmt_date("de", art["date"])
    comp = "%x" % rng.randint(16**7, 16**8)
    nav = "".join('<li><a href="/%s/">%s</a></li>' % (slug(v), E(v)) for v in ui["nav"])
    side = "".join('<div class="news-item"><span class="news-date-time">%s</span><a href="/news/%d/"><b>%s</b></a><br /></div>' % (
        d, rng.randint(1000, 9999), E(h)) for h in rng.sample(HEADLINES[lang], 3))
    return mp.head(art, site).replace("</head>", '<link href="/bitrix/cache/css/s1/main/template_styles.css" type="text/css" rel="stylesheet">\n<script src="/bitrix/js/main/core/core.min.js"></script>\n</head>') + f'''<body>
<div id="panel"></div>
<div class="wrapper">
<div class="header"><div class="logo"><a href="/"><img src="/local/templates/main/images/logo.png" alt="{A(site)}"></a><span class="logo-text">{E(site)}</span></div>
<div class="top-menu"><ul id="horizontal-multilevel-menu">{nav}</ul><div class="menu-clear-left"></div></div></div>
{mp.cookie_banner(ui, 0)}
<div class="content">
<div class="bx-breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item"><a href="/">{E(ui["home"])}</a></div><i class="bx-breadcrumb-item-angle"></i><div class="bx-breadcrumb-item"><a href="/news/">{E(x["news"])}</a></div></div>
<div class="workarea">
<div id="comp_{comp}">
<div class="news-detail">
	<img class="detail_picture" border="0" src="/upload/iblock/{comp[:3]}/{art["id"]}.jpg" width="600" height="400" alt="{A(art["title"])}" title="{A(art["title"])}" />
	<span class="news-date-time">{d}</span>
	<h3>{E(art["title"])}</h3>
{body}
	<div style="clear:both"></div>
	<br />
	{E(x["source"])}:&nbsp;{E(x["agency"])}<br />
	{E(x["author"])}:&nbsp;{E(art["byline"])}<br />
	<div class="news-detail-share"><noindex><div class="ya-share2" data-services="vkontakte,telegram,whatsapp" data-title="{A(x["share"])}"></div></noindex></div>
</div>
<p><a href="/news/">{E(x["back"])}</a></p>
</div>
</div>
<div class="sidebar"><div class="news-list">{side}</div>{mp.newsletter_html(ui)}</div>
</div>
{mp.footer_html(ui, site)}
</div>
</body></html>
'''


NEW_TEMPLATES = {"quintype": tpl_quintype, "typo3": tpl_typo3, "bitrix": tpl_bitrix, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout6-" + art["id"])
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
        if not 150 <= len(text.split()) <= 600:
            problems.append("%s: body has %d words (want 150-600)" % (pid, len(text.split())))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp2.SITES,
                       mp3.SITES, mp4.SITES, mp5.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h6 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("QT", QT), ("TYPO3", TYPO3), ("BITRIX", BITRIX)):
        for s in _strings(obj):
            problems.extend("h6 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl):
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
