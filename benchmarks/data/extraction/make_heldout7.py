#!/usr/bin/env python3
"""Seventh held-out part (h7-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout7.py           # write pages/h7-*.html
    python benchmarks/data/extraction/make_heldout7.py --check   # verify pages/h7-*.html and their truth
    python benchmarks/data/extraction/make_heldout7.py --stats   # template, words, residue per page

Written after the sixth held-out part (h6-*, now "heldout_v6") had been run once and retired to tuning, as a
fresh, independent test, again without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history of those paths or results.  Stories are in articles_h7_en.py /
articles_h7_intl.py; the residue wordings, related headlines, site names and template labels are new here
(none of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..6, nor their labels,
furniture strings, headlines or site names; verify() refuses to build if one is reused, or if a story
paragraph of an earlier part recurs).  Two page layouts are new (sanity: a Next.js page rendering Sanity
portable text; k2: a Joomla K2 item view with itemIntroText / itemFullText).  The markup helpers and the
older templates (wordpress, cms, semantic, storybody, amp, portal, ghost, legacy-br from make_pages.py;
nextjs from make_heldout2.py) are reused.  make_pages.py merges these pages into truth.json and
split.json.  Standard library only; deterministic (each page's choices are seeded from its id).
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
from make_pages import E, A, UI  # noqa: E402
from articles_h7_en import ARTICLES as H7_EN  # noqa: E402
from articles_h7_intl import ARTICLES as H7_INTL  # noqa: E402

ARTICLES = H7_EN + H7_INTL

SITES = {
    "en": ["The Hensford Chronicle", "Polwenna & District Post", "Moorside Herald", "The Carrick Estuary Echo"],
    "tr": ["Körfez Haber Hattı", "Bakırçay Gazetesi"],
    "de": ["Weserhagener Anzeiger", "Oberlahn-Rundschau"],
    "fr": ["L'Écho du Montvert", "La Gazette de la Lys"],
    "es": ["Diario del Alto Jiloca", "La Voz de la Ribera Baja"],
    "ru": ["Прикамский вестник", "Заречная правда"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 / h3 / h4 / h5 / h6 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This YouTube clip needs your permission for video cookies before it can play.",
               "Content from Datawrapper is not displayed because of your privacy settings. Allow it to view the chart."],
        "tr": ["Bu YouTube videosunu izlemek için video çerezlerine onay vermelisiniz.",
               "Grafik, gizlilik tercihleriniz nedeniyle gösterilmiyor."],
        "de": ["Dieses YouTube-Video wird erst nach Ihrer Zustimmung zu Video-Cookies abgespielt.",
               "Die Grafik von Datawrapper ist aufgrund Ihrer Datenschutzeinstellungen ausgeblendet."],
        "fr": ["Cette vidéo YouTube ne peut être lue qu'après votre accord pour les cookies vidéo.",
               "Le graphique Datawrapper est masqué en raison de vos choix de confidentialité."],
        "es": ["Para ver este vídeo de YouTube debes aceptar las cookies de vídeo.",
               "El gráfico de Datawrapper no se muestra por tu configuración de privacidad."],
        "ru": ["Видео с YouTube воспроизведётся после согласия на cookie видеосервисов.",
               "График Datawrapper скрыт из-за ваших настроек конфиденциальности."],
    },
    "newsletter": {
        "en": ["Get the Evening Digest: the day's local headlines at 6pm, free.",
               "This story is for members. Join from £1.50 a week, cancel whenever you like.",
               "Liked this story? Our Friday email has more of them – free, sign up in ten seconds."],
        "tr": ["Akşam Bülteni her gün 18.00'de e-postanızda – kayıt ücretsiz.",
               "Bu içerik üyelerimize özel. Haftalık 15 TL'den başlayan fiyatlarla üye olun."],
        "de": ["Der Feierabend-Newsletter: die wichtigsten Nachrichten aus der Region um 18 Uhr, kostenlos.",
               "Dieser Beitrag ist Teil unseres Plus-Angebots. Jetzt 4 Wochen für 1 € testen."],
        "fr": ["Inscrivez-vous à L'Essentiel du soir : l'actualité locale à 18 heures, gratuitement.",
               "Cet article est réservé aux membres. Rejoignez-nous dès 1,50 € par semaine."],
        "es": ["Recibe El Resumen de la Tarde cada día a las 18.00, gratis.",
               "Esta noticia es solo para socios. Hazte socio desde 1,50 € a la semana."],
        "ru": ["Вечерний дайджест: главные новости района в 18:00. Подписка бесплатная",
               "Материал доступен участникам клуба читателей. Вступить от 49 рублей в месяц"],
    },
    "share": {
        "en": ["Share via WhatsApp", "Follow {site} on Threads", "Copy the link to this story"],
        "tr": ["WhatsApp ile gönder", "{site} Threads hesabını takip edin", "Haber bağlantısını kopyalayın"],
        "de": ["Diesen Artikel über WhatsApp teilen", "{site} auf Threads folgen", "Artikel-Link kopieren"],
        "fr": ["Partager via WhatsApp", "Suivez {site} sur Threads", "Copier le lien de l'article"],
        "es": ["Compartir por WhatsApp", "Sigue a {site} en Threads", "Copiar el enlace de la noticia"],
        "ru": ["Поделиться в WhatsApp", "Читайте «{site}» в Дзене", "Скопировать ссылку на новость"],
    },
    "photo": {
        "en": ["Photo: Supplied by the family", "Image: Police Scotland", "Picture: Reader's own"],
        "tr": ["Fotoğraf: Aile albümü", "Görsel: Valilik"],
        "de": ["Foto: privat (Archiv)", "Bild: Polizeiinspektion"],
        "fr": ["Photo : collection de la famille", "Crédit photo : gendarmerie"],
        "es": ["Foto: archivo familiar", "Imagen: Guardia Civil"],
        "ru": ["Фото: из семейного архива", "Фото: пресс-служба полиции"],
    },
    "copyright": {
        "en": ["© 2025 {site} – republishing requires written permission", "Copyright © {site} 2025 – all content protected"],
        "tr": ["© 2025 {site} – yazılı izin olmadan yeniden yayımlanamaz", "Telif hakkı © {site} 2025"],
        "de": ["© {site} 2025 – alle Inhalte urheberrechtlich geschützt", "Copyright © 2025 {site} – Nachdruck nur mit Erlaubnis"],
        "fr": ["© {site} 2025 – tous contenus protégés", "Copyright © 2025 {site} – republication sur autorisation écrite"],
        "es": ["© {site} 2025 – contenido protegido por derechos de autor", "Copyright © 2025 {site} – prohibida la copia sin permiso"],
        "ru": ["© «{site}», 2025. Перепечатка только с разрешения редакции.", "Copyright © {site} 2025"],
    },
    "section": {
        "en": ["COUNTY NEWS", "News › County", "In focus", "Today's picks"],
        "tr": ["İLÇE HABERLERİ", "Haberler › İlçeler", "Editörün seçtikleri"],
        "de": ["NACHRICHTEN › LANDKREIS", "Schwerpunkt Kreis", "Regionales heute"],
        "fr": ["ACTUALITÉ › DÉPARTEMENT", "L'info du département", "En région"],
        "es": ["ACTUALIDAD › PROVINCIA", "Portada provincial", "Lo más destacado"],
        "ru": ["НОВОСТИ › ОБЛАСТЬ", "В центре внимания", "Актуально"],
    },
    "related": {
        "en": ["Also on {site}", "You might have missed", "More local stories"],
        "tr": ["Bunları da okuyun", "Gözden kaçmasın"],
        "de": ["Weitere Nachrichten aus dem Kreis", "Mehr aus der Region"],
        "fr": ["À découvrir aussi", "Plus d'actualités locales"],
        "es": ["También te puede interesar", "Otras noticias de la zona"],
        "ru": ["Ещё по теме", "Ещё новости района"],
    },
    "symbol": {"*": ["✧", "⁂⁂", "▪▪▪", "⟡", "⸙", "⬦", "∗"]},
    "credit": {
        "en": ["With reporting from wire agencies", "— our news team, with PA", "Written by {site} staff"],
        "tr": ["Haber Merkezi / {site}", "Ajans haberleriyle derlenmiştir"],
        "de": ["Mit Material von dpa und epd", "Von der {site}-Redaktion"],
        "fr": ["Avec l'AFP et nos correspondants", "La rédaction de {site}"],
        "es": ["Con datos de agencias y de la redacción", "Redacción de {site}"],
        "ru": ["При подготовке использованы материалы агентств", "Материал подготовлен редакцией «{site}»"],
    },
    "ad": {
        "en": ["Advertisement · story continues", "Sponsored content"],
        "tr": ["Reklam · Haber devam ediyor", "Sponsorlu içerik"],
        "de": ["Werbung – Artikel wird fortgesetzt", "Anzeige – der Artikel geht weiter"],
        "fr": ["Annonce publicitaire", "Publicité · l'article continue"],
        "es": ["Contenido de un anunciante", "Anuncio · sigue la noticia"],
        "ru": ["Рекламное место", "Реклама · материал продолжается"],
    },
    "continue": {
        "en": ["Continue reading", "Show the whole story"],
        "tr": ["Haberi okumaya devam edin", "Haberin tamamını göster"],
        "de": ["Weiterlesen im Artikel", "Vollständigen Artikel zeigen"],
        "fr": ["Voir la suite de l'article", "Afficher l'article complet"],
        "es": ["Continúa la lectura", "Desplegar la noticia entera"],
        "ru": ["Читать материал дальше", "Показать материал целиком"],
    },
    "comments": {
        "en": ["Comments ({n})", "{n} readers are discussing this story"],
        "tr": ["Okur yorumları ({n})", "Tartışmaya katılın – {n} yorum"],
        "de": ["Kommentare ({n})", "{n} Kommentare lesen"],
        "fr": ["Réactions des lecteurs ({n})", "Lire les {n} commentaires"],
        "es": ["{n} comentarios de la comunidad", "Únete a la conversación ({n})"],
        "ru": ["Комментарии ({n})", "Обсуждение материала ({n})"],
    },
    "readtime": {
        "en": ["{m} min read", "About {m} minutes to read"],
        "tr": ["{m} dakikalık okuma", "Okuma: {m} dk"],
        "de": ["Lesezeit: {m} Min.", "Lesedauer: etwa {m} Minuten"],
        "fr": ["Temps de lecture : {m} min", "{m} min de lecture"],
        "es": ["Tiempo de lectura: {m} min", "Lectura: {m} minutos"],
        "ru": ["Время чтения: {m} мин", "{m} мин чтения"],
    },
    "updated": {
        "en": ["Last updated {d} at {t}", "Updated {t}"],
        "tr": ["Güncellenme tarihi: {d} {t}", "Güncelleme saati {t}"],
        "de": ["Zuletzt aktualisiert: {d}, {t} Uhr", "Aktualisiert um {t} Uhr"],
        "fr": ["Actualisé le {d} à {t}", "Mise à jour : {t}"],
        "es": ["Última actualización: {d}, {t}", "Actualizada a las {t}"],
        "ru": ["Материал обновлён {d} в {t}", "Материал дополнен в {t}"],
    },
    "audio": {
        "en": ["Listen: {m} min audio version", "Hear this story read aloud"],
        "tr": ["Haberin sesli hali ({m} dk)", "Haberi sesli dinle"],
        "de": ["Artikel vorlesen lassen ({m} Min.)", "Audioversion dieses Artikels"],
        "fr": ["Écouter l'article en audio ({m} min)", "Écouter la version audio"],
        "es": ["Versión en audio ({m} min)", "Escuchar la noticia en audio"],
        "ru": ["Аудиоверсия ({m} мин)", "Слушать материал"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this story misspelled a name. This has been amended.",
               "Clarification: this article has been updated to correct a figure."],
        "tr": ["Düzeltme: Haberin ilk halinde bir isim yanlış yazılmıştı, düzeltildi."],
        "de": ["Korrektur: In einer früheren Fassung war ein Name falsch geschrieben. Wir haben das korrigiert."],
        "fr": ["Correction : une version précédente de cet article comportait une erreur de chiffre, corrigée depuis."],
        "es": ["Fe de errores: una versión anterior de esta noticia contenía una cifra equivocada."],
        "ru": ["Исправление: в первоначальной версии материала была допущена ошибка в фамилии."],
    },
}
HEADLINES = {
    "en": ["Library van returns to outlying villages", "Harbour wall repairs to start in spring",
           "Allotment waiting list passes 300 names", "New footbridge opens over the railway",
           "Youth football league adds girls' division"],
    "tr": ["İlçe pazarı yeni yerine taşındı", "Mahalle parkına spor aletleri geldi",
           "Köy yoluna yeni köprü yapılacak", "Belediye kreşinde kayıt dönemi başladı"],
    "de": ["Bahnübergang wird im Herbst erneuert", "Grundschule erhält neue Mensa",
           "Bauernmarkt bekommt neuen Standort", "Neuer Radweg nach Oberlahn freigegeben"],
    "fr": ["Le marché du samedi déménage", "Une nouvelle crèche ouvre en janvier",
           "La piscine ferme pour vidange", "Le pont de la Lys rouvre à la circulation"],
    "es": ["El mercado semanal cambia de ubicación", "Abre la nueva guardería municipal",
           "Obras en el puente de la carretera comarcal", "La biblioteca amplía su horario en exámenes"],
    "ru": ["В районе откроют новый фельдшерский пункт", "На набережной установят скамейки",
           "Школьный автобус поменяет расписание", "В парке отремонтируют детскую площадку"],
}
SANITY = {  # Sanity portable-text page: labels of the in-body newsletter block and image block
    "en": dict(nl_title="Hensford in your inbox", nl_text="Local news every weekday morning. No spam, unsubscribe any time.",
               nl_button="Sign me up", nl_placeholder="Email address", by="Words by", minutes="min"),
    "de": dict(nl_title="Weserhagen im Postfach", nl_text="Lokale Nachrichten an jedem Werktag. Abmeldung jederzeit möglich.",
               nl_button="Jetzt anmelden", nl_placeholder="Ihre E-Mail-Adresse", by="Text von", minutes="Min."),
    "es": dict(nl_title="La comarca en tu correo", nl_text="Noticias locales cada mañana laborable. Puedes darte de baja cuando quieras.",
               nl_button="Quiero recibirlo", nl_placeholder="Tu dirección de correo", by="Texto de", minutes="min"),
    "ru": dict(nl_title="Новости района на почту", nl_text="Местные новости каждое утро по будням. Отписаться можно в любой момент.",
               nl_button="Хочу получать", nl_placeholder="Электронная почта", by="Автор текста", minutes="мин"),
}
K2 = {  # Joomla K2 item view: toolbar, hits, tags, social block, "latest from" block
    "en": dict(font="Font size", dec="Decrease font size", inc="Increase font size", print_="Print", email="Email a friend",
               hits="Read {n} times", tags="Tagged under", latest="Latest from", written="Written by", back="Back to top"),
    "tr": dict(font="Yazı boyutu", dec="Küçült", inc="Büyüt", print_="Yazdır", email="E-postayla gönder",
               hits="{n} kez okundu", tags="Haber etiketleri", latest="Yazarın son haberleri", written="Yazan", back="Başa dön"),
    "fr": dict(font="Taille de police", dec="Réduire", inc="Agrandir", print_="Imprimer", email="Envoyer à un proche",
               hits="Lu {n} fois", tags="Classé dans", latest="Derniers articles de", written="Écrit par", back="Haut de page"),
    "es": dict(font="Tamaño de letra", dec="Reducir", inc="Aumentar", print_="Imprimir", email="Correo",
               hits="Leído {n} veces", tags="Etiquetas", latest="Lo último de", written="Escrito por", back="Volver arriba"),
    "ru": dict(font="Размер шрифта", dec="Уменьшить", inc="Увеличить", print_="Печать", email="Отправить по почте",
               hits="Прочитано {n} раз", tags="Метки", latest="Последнее от", written="Автор материала", back="Наверх"),
}

# residue every page of a template carries inside the article container
TEMPLATE_FAMILIES = {
    "sanity": ["caption", "newsletter"],   # an image block (caption + credit), a newsletter-signup block
    "k2": ["caption", "share"],            # itemImageBlock (caption + credits) in itemBody; toolbar (print / email, hits) and social block
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction"]
# markup of the generic residue: classed wrappers as many CMSs emit them, and plain <p>/<div> variants as
# left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="privacy-embed"><p class="privacy-embed__msg">%s</p><button type="button" class="privacy-embed__btn">Load</button></div>',
               '<p class="blocked-embed">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="signup-promo"><p class="signup-promo__text">%s</p><a class="signup-promo__link" href="/newsletters">→</a></div>',
                   '<p class="member-wall">%s</p>', '<p><strong>%s</strong></p>', '<div>%s</div>'],
    "share": ['<div class="share-row"><a href="#">%s</a></div>', '<p class="social-cta">%s</p>', '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="image-credit">%s</p>', '<span class="pic-source">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="rights-line">%s</p>', '<div class="legal"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="eyebrow">%s</p>', '<div class="section-kicker">%s</div>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="ornament">%s</p>', '<div class="sep-glyph">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="contrib-line">%s</p>', '<div class="article-source">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-copy"><strong>%s</strong></p>', '<h2 class="entry-heading">%s</h2>', '<p><b>%s</b></p>'],
    "ad": ['<div class="ad-marker">%s</div>', '<p class="promo-label">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="read-on"><a href="#rest">%s</a></p>', '<div class="article-expand">%s</div>',
                 '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="comment-count"><a href="#discussion">%s</a></p>', '<div class="discussion-teaser">%s</div>',
                 '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="est-read">%s</p>', '<span class="minutes-to-read">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="last-modified"><time>%s</time></p>', '<div class="timestamp-updated">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="audio-article"><button class="audio-article__play" aria-label="Play"></button><span class="audio-article__label">%s</span></div>',
              '<p class="listen-link"><a href="#audio">%s</a></p>', '<p><a href="#audio">%s</a></p>'],
    "correction": ['<div class="correction-note"><p>%s</p></div>', '<p class="editors-note"><em>%s</em></p>', '<p><i>%s</i></p>'],
}
CAPTION_STYLES = ['<figure class="inline-figure"><img src="/uploads/{id}-2.jpg" alt=""><figcaption>{cap} ({cr})</figcaption></figure>',
                  '<p><img src="/uploads/{id}-2.jpg" alt="" width="640"><br><small>{cap} {cr}</small></p>']
RELATED_STYLES = ['<div class="related-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-stories"><p class="more-stories__title">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


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
def pt_key(rng):
    return "%012x" % rng.randint(0, 16**12 - 1)


def pt_block(kind, val):
    """One portable-text block as @portabletext/react renders it with the site's components."""
    if kind == "p":
        return '<p class="pt-p">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="pt-h2" id="%s">%s</h2>' % (slug(val), E(val))
    if kind == "q":
        return '<blockquote class="pt-blockquote"><p>%s</p></blockquote>' % mp.inline_html(val)
    return '<%s class="pt-list">%s</%s>' % (kind, "".join('<li class="pt-li">%s</li>' % mp.inline_html(v) for v in val), kind)


def tpl_sanity(art, ui, site, placed, rng):
    # Next.js front end of a Sanity-backed newsroom: the story is portable text rendered into
    # div.article-body; custom blocks inside it: an imageBlock (figure with caption and credit) after the opening
    # paragraphs and a newsletterSignup block further down; the raw portable text is also in __NEXT_DATA__
    lang, n, t = art["lang"], len(art["blocks"]), SANITY[art["lang"]]
    slots = safe_slots(art, 2)
    img_at = slots[0]
    nl_at = next((i for i in slots if i >= max(img_at + 2, n // 2)), slots[-1])
    img = ('<figure class="pt-image" data-block="imageBlock"><img src="https://cdn.sanity.io/images/{p}/production/{h:x}-1600x1067.jpg'
           '?w=1200&amp;auto=format" alt="{alt}" width="1200" height="800" loading="lazy"><figcaption class="pt-image__meta">'
           '<span class="pt-image__caption">{cap}</span> <span class="pt-image__credit">{cr}</span></figcaption></figure>').format(
        p="%08x" % rng.randint(0, 16**8 - 1), h=rng.randint(16**15, 16**16), alt=A(art["caption"]), cap=E(art["caption"]),
        cr=E(art["credit"]))
    nl = ('<div class="pt-newsletter" data-block="newsletterSignup"><h3 class="pt-newsletter__title">%s</h3>'
          '<p class="pt-newsletter__text">%s</p><form class="pt-newsletter__form" action="/api/subscribe" method="post">'
          '<input type="email" name="email" placeholder="%s"><button type="submit">%s</button></form></div>') % (
        E(t["nl_title"]), E(t["nl_text"]), A(t["nl_placeholder"]), E(t["nl_button"]))
    placed.setdefault(img_at, []).append(img)
    placed.setdefault(nl_at, []).append(nl)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(pt_block(kind, val))
    out.extend(placed.get(n, []))
    body = "\n".join(out)
    pt = []
    for kind, val in art["blocks"]:
        style = {"h": "h2", "q": "blockquote"}.get(kind, "normal")
        for v in (val if kind in ("ul", "ol") else [val]):
            pt.append({"_type": "block", "_key": pt_key(rng), "style": style,
                       "listItem": {"ul": "bullet", "ol": "number"}.get(kind),
                       "children": [{"_type": "span", "_key": pt_key(rng), "text": mp.inline_text(v), "marks": []}]})
    nextdata = json.dumps({"props": {"pageProps": {"article": {"_id": "article-" + art["id"], "title": art["title"],
                           "standfirst": art["sub"], "slug": {"current": slug(art["title"])[:60]}, "body": pt},
                           "draftMode": False}}, "page": "/[section]/[slug]", "buildId": "s7%05d" % rng.randint(0, 99999),
                           "isFallback": False, "gsp": True}, ensure_ascii=False)
    words = len(mp.truth_text(art["blocks"]).split())
    nav = "".join('<li><a class="site-nav__link" href="/%s">%s</a></li>' % (slug(x), E(x)) for x in ui["nav"])
    return mp.head(art, site).replace("</head>", '<link rel="preload" as="image" href="https://cdn.sanity.io/images/hero.jpg">\n</head>') + f'''<body>
<div id="__next">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/">{E(site)}</a><nav class="site-nav"><ul>{nav}</ul></nav></header>
<div class="consent-layer">{mp.cookie_banner(ui, 1)}</div>
<main id="main">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article__header"><a class="article__kicker" href="/{slug(art["section"])}">{E(art["section"])}</a>
<h1 class="article__title" itemprop="headline">{E(art["title"])}</h1>
<p class="article__standfirst">{E(art["sub"])}</p>
<div class="article__meta"><span class="article__author">{E(t["by"])} {E(art["byline"])}</span> <time dateTime="{art["date"]}">{fmt_date(lang, art["date"])}</time> <span class="article__minutes">{max(1, words // 200)} {E(t["minutes"])}</span></div></header>
<div class="article__hero">{mp.figure_html(art)}</div>
<div class="article-body portable-text" itemprop="articleBody">
{body}
</div>
<footer class="article__footer"><ul class="article__tags"><li><a href="/tag/{slug(art["section"])}">{E(art["section"])}</a></li></ul>{mp.share_html(ui, "article__share")}</footer>
</article>
<aside class="article-aside">{mp.related_html(ui, lang, rng)}</aside>
</main>
{mp.footer_html(ui, site)}
</div>
<script id="__NEXT_DATA__" type="application/json">{nextdata}</script>
</body></html>
'''


def tpl_k2(art, ui, site, placed, rng):
    # Joomla 3 site with the K2 component, item view (default item.php): date, itemTitle, author and the
    # toolbar (font resizer, print, email, hits counter) inside div.itemView, then div.itemBody with the
    # itemImageBlock (image, caption, credits), the first paragraph as div.itemIntroText and the rest as
    # div.itemFullText; after the body the social-sharing block, tags, "latest from" list and back-to-top link
    k, lang, n = K2[art["lang"]], art["lang"], len(art["blocks"])
    intro = [placed.get(0, []), [mp.block_html(*art["blocks"][0], "plain", 0)]]
    full = []
    for i in range(1, n):
        full.extend(placed.get(i, []))
        full.append(mp.block_html(art["blocks"][i][0], art["blocks"][i][1], "plain", i))
    full.extend(placed.get(n, []))
    intro_html = "\n".join(intro[0] + intro[1])
    item = rng.randint(200, 2400)
    hits = k["hits"].replace("{n}", str(rng.randint(150, 4000)))
    latest = "".join('<li><a href="/index.php/item/%d">%s</a></li>' % (rng.randint(100, 2400), E(h))
                     for h in rng.sample(HEADLINES[lang], 3))
    nav = "".join('<li class="item-%d"><a href="/index.php/%s">%s</a></li>' % (101 + j, slug(x), E(x)) for j, x in enumerate(ui["nav"]))
    d = fmt_date(lang, art["date"])
    return mp.head(art, site).replace("</head>", '<meta name="description" content="%s">\n<meta name="generator" content="Joomla! - Open Source Content Management">\n<link href="/components/com_k2/css/k2.css?v=2.11.0" rel="stylesheet">\n</head>' % A(art["sub"])) + f'''<body class="site com_k2 view-item no-layout no-task itemid-{item}">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">{E(site)}</span></a></div></header>
<nav class="navigation" role="navigation"><div class="moduletable_menu"><ul class="nav menu nav-pills mod-list">{nav}</ul></div></nav>
{mp.cookie_banner(ui, 0)}
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a href="/">{E(ui["home"])}</a><span class="divider">/</span></li><li class="active"><span>{E(art["section"])}</span></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div id="system-message-container"></div>
<span id="startOfPageId{item}"></span>
<div id="k2Container" class="itemView">
	<div class="itemHeader">
		<span class="itemDateCreated">{d}</span>
		<h2 class="itemTitle">{E(art["title"])}</h2>
		<span class="itemAuthor">{E(k["written"])} <a rel="author" href="/index.php/itemlist/user/{rng.randint(40, 900)}">{E(art["byline"])}</a></span>
	</div>
	<div class="itemToolbar"><ul>
		<li><span class="itemTextResizerTitle">{E(k["font"])}</span> <a href="#" id="fontDecrease"><span>{E(k["dec"])}</span></a> <a href="#" id="fontIncrease"><span>{E(k["inc"])}</span></a></li>
		<li><a class="itemPrintLink" rel="nofollow" href="/index.php/item/{item}?tmpl=component&amp;print=1">{E(k["print_"])}</a></li>
		<li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component">{E(k["email"])}</a></li>
		<li><span class="itemHits">{E(hits)}</span></li>
	</ul><div class="clr"></div></div>
	<div class="itemBody">
		<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/{rng.randint(16**15, 16**16):x}_XL.jpg"><img src="/media/k2/items/cache/{art["id"]}_L.jpg" alt="{A(art["caption"])}" style="width:600px; height:auto;"></a></span>
		<span class="itemImageCaption">{E(art["caption"])}</span>
		<span class="itemImageCredits">{E(art["credit"])}</span>
		<div class="clr"></div></div>
		<div class="itemIntroText">
{intro_html}
		</div>
		<div class="itemFullText">
{chr(10).join(full)}
		</div>
		<div class="clr"></div>
	</div>
	<div class="itemSocialSharing"><div class="itemFacebookButton"><a href="#" class="fb-share">Facebook</a></div><div class="itemTwitterButton"><a href="#" class="twitter-share-button">X</a></div><div class="clr"></div></div>
	<div class="itemLinks"><div class="itemTagsBlock"><span>{E(k["tags"])}</span><ul class="itemTags"><li><a href="/index.php/itemlist/tag/{slug(art["section"])}">{E(art["section"])}</a></li></ul><div class="clr"></div></div></div>
	<div class="itemAuthorLatest"><h3>{E(k["latest"])} {E(art["byline"])}</h3><ul>{latest}</ul><div class="clr"></div></div>
	<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId{item}">{E(k["back"])}</a></div>
</div>
</main>
<div id="aside" class="span3"><div class="well">{mp.newsletter_html(ui)}</div><div class="well">{mp.related_html(ui, lang, rng)}</div></div></div>
</div></div>
{mp.footer_html(ui, site)}
</body></html>
'''


NEW_TEMPLATES = {"sanity": tpl_sanity, "k2": tpl_k2, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout7-" + art["id"])
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
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE, mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES, mp2.SITES,
                       mp3.SITES, mp4.SITES, mp5.SITES, mp6.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h7 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("SANITY", SANITY), ("K2", K2)):
        for s in _strings(obj):
            problems.extend("h7 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl):
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
