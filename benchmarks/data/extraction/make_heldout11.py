#!/usr/bin/env python3
"""Eleventh held-out part (h11-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout11.py           # write pages/h11-*.html
    python benchmarks/data/extraction/make_heldout11.py --check   # verify pages/h11-*.html and their truth
    python benchmarks/data/extraction/make_heldout11.py --stats   # template, words, residue per page

Written after the tenth held-out part (h10-*, now "heldout_v10") had been run once and retired, as a fresh,
independent test, again without looking at the cleaner's code, boilerplate pattern files, test fixtures,
docs, commit history or results.  Stories are in articles_h11_en.py / articles_h11_intl.py; the residue
wordings, their wrapper class names, related headlines, site names and template labels are new here (none
of the sentences of make_pages.RESIDUE or of the R pools of make_heldout2..10, nor their labels, furniture
strings, headlines or site names; verify() refuses to build if one is reused, or if a story paragraph of an
earlier part recurs).  One page layout is new (hugo: a static news blog built with Hugo and the PaperMod
theme, whose story is div.post-content with heading anchors, a figure shortcode and a pasted Buttondown
sign-up form inside it, and a table of contents above it).  The other pages reuse the templates of
make_pages.py (wordpress, cms, semantic, storybody, amp, portal, ghost, legacy-br), nextjs (make_heldout2.py),
sanity (make_heldout7.py) and blox (make_heldout8.py) with their markup helpers.  make_pages.py merges these
pages into truth.json and split.json.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import make_pages as mp  # noqa: E402
import heldout_common as hc  # noqa: E402
from heldout_common import fill, fmt_date, safe_slots, _sentences, slug, _strings  # noqa: E402,F401
import make_heldout2 as mp2  # noqa: E402
import make_heldout3 as mp3  # noqa: E402
import make_heldout4 as mp4  # noqa: E402
import make_heldout5 as mp5  # noqa: E402
import make_heldout6 as mp6  # noqa: E402
import make_heldout7 as mp7  # noqa: E402
import make_heldout8 as mp8  # noqa: E402
import make_heldout9 as mp9  # noqa: E402
import make_heldout10 as mp10  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h11_en import ARTICLES as H11_EN  # noqa: E402
from articles_h11_intl import ARTICLES as H11_INTL  # noqa: E402

ARTICLES = H11_EN + H11_INTL

SITES = {
    "en": ["Norbridge Evening Post", "The Hollinsford Mercury", "Vale and Downs Herald"],
    "tr": ["Yeşilırmak Gazetesi", "Ege Sabah Haber"],
    "de": ["Donautal-Bote", "Rundschau vom Albtrauf"],
    "fr": ["La Dépêche du Haut-Quercy", "Le Courrier des Deux-Vallées"],
    "es": ["Diario de Tordesalas", "La Gaceta del Bajo Cinca"],
    "ru": ["Камнегорский рабочий", "Приозёрская правда"],
}

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h10 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This video is hosted on YouTube. To play it, accept cookies from third-party providers.",
               "Datawrapper chart hidden. Allow analytics cookies to load it.",
               "We can't show this TikTok until you agree to social media cookies."],
        "tr": ["Bu YouTube videosunu oynatmak için üçüncü taraf çerezlerini kabul etmeniz gerekiyor.",
               "TikTok içeriği, sosyal medya çerezlerine onay vermediğiniz için gösterilemiyor."],
        "de": ["Hier steht ein Video von YouTube. Zum Abspielen stimmen Sie bitte Cookies von Drittanbietern zu.",
               "Die Datawrapper-Grafik erscheint erst, wenn Sie Statistik-Cookies erlauben."],
        "fr": ["Cette vidéo YouTube est masquée. Acceptez les cookies tiers pour la lancer.",
               "Le graphique Datawrapper nécessite votre accord pour les cookies de mesure d'audience."],
        "es": ["Este vídeo de YouTube está bloqueado. Acepta las cookies de terceros para reproducirlo.",
               "El gráfico de Datawrapper necesita que aceptes las cookies analíticas."],
        "ru": ["Видео с YouTube заблокировано. Чтобы посмотреть его, примите сторонние cookie.",
               "График не загрузился: разрешите аналитические cookie-файлы."],
    },
    "newsletter": {
        "en": ["Our free evening bulletin lands in inboxes at 6pm every weekday – sign up below.",
               "Subscribers only: log in or start a 30-day trial to keep reading.",
               "Independent local news costs money to make. Chip in from £3."],
        "tr": ["Akşam bültenimiz her gün 18.00'de e-postanızda, kayıt olmak ücretsiz.",
               "Bu içerik abonelerimize özeldir. Giriş yapın ya da 30 gün ücretsiz deneyin.",
               "Bağımsız yerel habercilik için 100 TL'den başlayan bağışlarla destek olun."],
        "de": ["Mehr davon? Unser Abend-Update kommt werktags um 18 Uhr – kostenlos anmelden.",
               "Nur für Abonnenten: Einloggen oder 30 Tage gratis testen.",
               "Unabhängiger Lokaljournalismus kostet Geld. Schon ab 3 Euro helfen Sie mit."],
        "fr": ["Notre lettre du soir arrive à 18 h dans votre boîte mail, inscription gratuite.",
               "Article réservé aux abonnés : connectez-vous ou essayez 30 jours gratuitement.",
               "L'info locale indépendante a un coût. Faites un don à partir de 3 €."],
        "es": ["Nuestro boletín de la tarde llega a las 18.00 a tu correo; la suscripción es gratuita.",
               "Solo para suscriptores: inicia sesión o prueba 30 días gratis.",
               "El periodismo local independiente cuesta dinero. Colabora desde 3 euros."],
        "ru": ["Хотите больше таких историй? Вечерняя рассылка приходит в 18:00 — подпишитесь бесплатно.",
               "Материал открыт для подписчиков — войдите или оформите пробные 30 дней.",
               "Независимая местная журналистика стоит денег. Поддержите нас от 100 рублей."],
    },
    "share": {
        "en": ["Forward this story by email", "Follow {site} on Google News", "Grab the link to this story"],
        "tr": ["E-posta ile paylaş", "{site} Google Haberler'de: takip etmek için tıklayın", "Bağlantıyı panoya kopyala"],
        "de": ["Per E-Mail weiterleiten", "{site} bei Google News abonnieren", "Artikel-Link in die Zwischenablage"],
        "fr": ["Transmettre par e-mail", "Suivre {site} sur Google Actualités", "Copier le lien dans le presse-papiers"],
        "es": ["Compartir por correo electrónico", "Sigue a {site} en Google Noticias", "Copiar enlace al portapapeles"],
        "ru": ["Переслать по почте", "Добавьте «{site}» в источники Google Новостей", "Скопировать ссылку в буфер обмена"],
    },
    "photo": {
        "en": ["Photo: Alamy Stock Photo", "Picture: contributed", "Image: Getty Images/iStockphoto"],
        "tr": ["Fotoğraf: iStock", "Fotoğraf: Kulübün basın birimi"],
        "de": ["Foto: Adobe Stock", "Foto: Verein"],
        "fr": ["Photo : Adobe Stock", "Photo : le club"],
        "es": ["Foto: Shutterstock", "Foto: cedida por el club"],
        "ru": ["Фото: Shutterstock", "Фото предоставлено клубом"],
    },
    "copyright": {
        "en": ["© 2026 {site}. Content may not be copied or republished without written consent.",
               "All material © {site}, 2025–2026"],
        "tr": ["© {site} 2026. Habere ait tüm haklar saklıdır; izinsiz kopyalanamaz.",
               "Bu içerik {site} tarafından üretilmiştir, kaynak gösterilmeden kullanılamaz."],
        "de": ["© {site} 2026. Vervielfältigung nur mit schriftlicher Erlaubnis des Verlags.",
               "Alle Inhalte © {site}, 2025–2026"],
        "fr": ["© {site} 2026. Toute reprise, même partielle, doit être autorisée par écrit.",
               "Contenus © {site}, 2025-2026"],
        "es": ["© {site} 2026. No se permite la copia ni la redistribución sin autorización por escrito.",
               "Todos los contenidos © {site}, 2025-2026"],
        "ru": ["© {site}, 2026. Копирование материалов без согласия редакции запрещено.",
               "Все материалы © «{site}», 2025–2026"],
    },
    "section": {
        "en": ["ON YOUR DOORSTEP", "Editor's choice", "County news · Latest"],
        "tr": ["KAPINIZIN ÖNÜNDE", "Editörden seçmeler", "İlçe haberleri · Son"],
        "de": ["VOR IHRER HAUSTÜR", "Empfehlung der Redaktion", "Kreis aktuell · Neu"],
        "fr": ["À VOTRE PORTE", "Le choix de la rédaction", "Département · À la une"],
        "es": ["A TU PUERTA", "Elegido por la redacción", "Provincia · Al día"],
        "ru": ["У ВАС ВО ДВОРЕ", "Выбор редакции", "Область · Свежее"],
    },
    "related": {
        "en": ["Most read right now", "More stories from {site}"],
        "tr": ["Şu an en çok okunanlar", "Daha fazla haber: {site}"],
        "de": ["Gerade viel gelesen", "Weitere Geschichten aus der Redaktion"],
        "fr": ["Les plus lus en ce moment", "D'autres histoires de la rédaction"],
        "es": ["Lo más leído ahora", "Más historias de la redacción"],
        "ru": ["Самое читаемое сейчас", "Другие истории редакции"],
    },
    "symbol": {"*": ["⁘", "⬘", "∴", "⸎", "⌬", "⌑"]},
    "credit": {
        "en": ["Additional reporting by the Local Democracy Reporting Service", "Written by {site} staff with agency copy",
               "Report compiled by the {site} newsroom"],
        "tr": ["Ek bilgi: İHA", "Haber: {site} yerel masası"],
        "de": ["Mit Material der Lokalredaktion und von epd", "Ein Bericht der {site}-Lokalredaktion"],
        "fr": ["Avec l'agence Ouest-Presse", "Propos recueillis par la rédaction de {site}"],
        "es": ["Elaborado con información de agencias", "Texto elaborado por la redacción de {site}"],
        "ru": ["С использованием материалов «Интерфакса»", "Текст: корреспонденты «{site}»"],
    },
    "ad": {
        "en": ["Story continues after this message from our sponsors", "From our commercial partners"],
        "tr": ["Haber, sponsor mesajından sonra devam ediyor", "TANITIM"],
        "de": ["Artikel geht nach dieser Werbung weiter", "WERBEFLÄCHE"],
        "fr": ["Suite de l'article après ce message", "ESPACE PROMOTIONNEL"],
        "es": ["La información continúa tras este mensaje", "PROMOCIÓN"],
        "ru": ["Материал продолжится после рекламного блока", "ПРОМО"],
    },
    "continue": {
        "en": ["Expand to read the whole article", "Read the rest of this story"],
        "tr": ["Haberin devamını göster", "Tamamını okuyun"],
        "de": ["Vollständigen Artikel anzeigen", "Rest des Artikels lesen"],
        "fr": ["Afficher l'article en entier", "Lire la fin de l'article"],
        "es": ["Ver la noticia al completo", "Leer el resto de la noticia"],
        "ru": ["Раскрыть материал полностью", "Дочитать статью"],
    },
    "comments": {
        "en": ["{n} comments – read and reply", "Comment on this story ({n})"],
        "tr": ["{n} yorum – okuyun ve yanıtlayın", "Bu habere yorum yapın ({n})"],
        "de": ["{n} Kommentare – lesen und antworten", "Diesen Artikel kommentieren ({n})"],
        "fr": ["{n} commentaires – lire et répondre", "Commenter cet article ({n})"],
        "es": ["{n} comentarios: lee y responde", "Comenta esta noticia ({n})"],
        "ru": ["Комментариев: {n} — читать и отвечать", "Обсудить материал ({n})"],
    },
    "readtime": {
        "en": ["Estimated reading time {m} min", "{m} min to read"],
        "tr": ["Tahmini okuma süresi: {m} dakika", "Bu haberi {m} dakikada okuyabilirsiniz"],
        "de": ["Geschätzte Lesedauer: {m} Min.", "Sie brauchen etwa {m} Minuten für diesen Text"],
        "fr": ["Temps de lecture estimé : {m} min", "{m} min pour lire"],
        "es": ["Tiempo estimado de lectura: {m} min", "Leerás esta noticia en unos {m} minutos"],
        "ru": ["Время чтения — примерно {m} мин", "Прочитаете за {m} мин"],
    },
    "updated": {
        "en": ["Last modified: {d} at {t}", "This story was updated at {t}"],
        "tr": ["Son değişiklik: {d} saat {t}", "Haber saat {t} itibarıyla yeni bilgilerle güncellendi"],
        "de": ["Zuletzt geändert: {d}, {t} Uhr", "Dieser Text wurde um {t} Uhr aktualisiert"],
        "fr": ["Dernière modification : {d} à {t}", "Article mis à jour à {t} avec de nouveaux éléments"],
        "es": ["Última modificación: {d}, {t} h", "Esta noticia se actualizó a las {t}"],
        "ru": ["Последнее изменение: {d}, {t}", "Материал обновлён в {t}: добавлены подробности"],
    },
    "audio": {
        "en": ["Listen: {m}-minute audio version", "Press play to hear this story"],
        "tr": ["Dinle: {m} dakikalık sesli sürüm", "Haberi dinlemek için oynat tuşuna basın"],
        "de": ["Hören: Audioversion, {m} Minuten", "Zum Anhören auf Play drücken"],
        "fr": ["Écouter : version audio de {m} min", "Appuyez sur lecture pour écouter l'article"],
        "es": ["Escuchar: versión en audio de {m} min", "Pulsa el play para escuchar la noticia"],
        "ru": ["Слушать: аудиоверсия, {m} мин", "Нажмите, чтобы прослушать материал"],
    },
    "correction": {
        "en": ["Clarification: this article has been amended to make clear that the figures are estimates.",
               "Editor's note: a photograph in an earlier version of this story was wrongly captioned."],
        "tr": ["Açıklama: Haberin ilk halinde bir fotoğrafın altyazısı hatalıydı; düzeltildi."],
        "de": ["Hinweis der Redaktion: In einer früheren Fassung war ein Foto falsch beschriftet."],
        "fr": ["Précision : une photo était mal légendée dans une version précédente de cet article."],
        "es": ["Aclaración: en una versión anterior, una fotografía aparecía con un pie de foto erróneo."],
        "ru": ["Уточнение: в первой версии материала была неверно подписана фотография."],
    },
    "wireend": {  # agency end markers and desk signatures, as left at the foot of copied wire stories
        "en": ["###", "(Reporting by Lena Fairclough; editing by the {site} night desk)"],
        "tr": ["(BİTTİ)", "(Muhabir: Deniz Aral; Düzenleyen: {site} haber masası)"],
        "de": ["(Schluss)", "Bearbeitet von {site}/hr/mke"],
        "fr": ["-- fin de dépêche --", "sdu/jmr/lpa"],
        "es": ["(FIN DE TEXTO)", "EFE bsp/prc"],
        "ru": ["—КОНЕЦ—", "Корреспондент М. Шадрина, редактор «{site}» В. Пахомов"],
    },
}
HEADLINES = {
    "en": ["Town hall clock to chime again after 20 years", "Crossing patrol wanted for Millbrook Primary",
           "Ring road resurfacing reaches final phase", "Charity shop opens in former bank",
           "Leisure centre pool shut for half-term repairs"],
    "tr": ["Kent meydanındaki saat kulesi onarıldı", "Okul önüne yaya geçidi yapılacak",
           "Çevre yolunda asfalt çalışması sona eriyor", "Eski banka binasında ikinci el mağazası açıldı"],
    "de": ["Rathausuhr schlägt nach 20 Jahren wieder", "Schülerlotsen für die Grundschule gesucht",
           "Ringstraße: letzter Bauabschnitt beginnt", "Sozialkaufhaus zieht in alte Sparkassenfiliale"],
    "fr": ["L'horloge de la mairie sonne à nouveau", "La commune cherche des bénévoles pour la sortie des écoles",
           "Rocade : dernière phase des travaux", "Une ressourcerie s'installe dans l'ancienne banque"],
    "es": ["El reloj del Ayuntamiento vuelve a dar las horas", "Se buscan voluntarios para el paso de peatones del colegio",
           "Las obras de la ronda entran en su última fase", "Una tienda solidaria abre en la antigua sucursal bancaria"],
    "ru": ["Часы на здании администрации снова идут", "У школы появится регулировщик",
           "Ремонт окружной дороги выходит на финишную прямую", "В бывшем здании банка открылся благотворительный магазин"],
}
HUGO = {  # Hugo + PaperMod: table of contents, post meta, figure shortcode, pasted Buttondown form, footer nav
    "en": dict(toc="Table of Contents", mins="{m} min", prev="« Prev", next="Next »", top="Go to Top (Alt + G)",
               nl_title="The weekly round-up", nl_text="One email every Sunday with everything we published this week.",
               nl_label="Enter your email", nl_button="Get the round-up", share_on="share {t} on {n}", posts="Posts"),
    "tr": dict(toc="İçindekiler", mins="{m} dk", prev="« Önceki", next="Sonraki »", top="Başa dön (Alt + G)",
               nl_title="Haftanın derlemesi", nl_text="Her pazar, hafta boyunca yayımladığımız her şey tek bir e-postada.",
               nl_label="E-posta adresinizi girin", nl_button="Kaydol", share_on="{t} yazısını {n} üzerinden paylaş", posts="Yazılar"),
    "de": dict(toc="Inhaltsverzeichnis", mins="{m} Minuten", prev="« Vorherige Seite", next="Nächste Seite »", top="Nach oben (Alt + G)",
               nl_title="Der Wochenrückblick", nl_text="Jeden Sonntag eine E-Mail mit allem, was wir in der Woche veröffentlicht haben.",
               nl_label="E-Mail-Adresse eingeben", nl_button="Jetzt eintragen", share_on="{t} auf {n} teilen", posts="Beiträge"),
    "fr": dict(toc="Table des matières", mins="{m} min", prev="« Précédent", next="Suivant »", top="Haut de page (Alt + G)",
               nl_title="Le récap de la semaine", nl_text="Chaque dimanche, un e-mail avec tout ce que nous avons publié dans la semaine.",
               nl_label="Votre adresse e-mail", nl_button="Valider", share_on="partager {t} sur {n}", posts="Articles"),
    "es": dict(toc="Tabla de contenidos", mins="{m} min", prev="« Anterior", next="Siguiente »", top="Ir arriba (Alt + G)",
               nl_title="El resumen semanal", nl_text="Cada domingo, un correo con todo lo que hemos publicado en la semana.",
               nl_label="Escribe tu correo", nl_button="Enviar", share_on="compartir {t} en {n}", posts="Entradas"),
    "ru": dict(toc="Содержание", mins="{m} мин", prev="« Предыдущая", next="Следующая »", top="Наверх (Alt + G)",
               nl_title="Итоги недели", nl_text="Каждое воскресенье — одно письмо со всем, что мы опубликовали за неделю.",
               nl_label="Введите ваш e-mail", nl_button="Отправить", share_on="поделиться «{t}» в {n}", posts="Записи"),
}


# residue every page of a template carries inside the article container (as in h8 .. h10)
TEMPLATE_FAMILIES = {
    "sanity": ["caption", "newsletter"],   # an image block (caption + credit), a newsletter-signup block
    "blox": ["caption", "ad"],             # in-story photo (caption, byline, "buy" link), in-story ad region with label
    "hugo": ["caption", "newsletter"],     # figure shortcode (caption + attribution), pasted Buttondown form
}
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction", "wireend"]
# markup of the generic residue: classed wrappers as many CMSs emit them (class names new to the set), and
# plain <p>/<div> variants as left by editors pasting the text into the body field
STYLES = {
    "cookie": ['<div class="consent-placeholder" data-service="youtube"><p class="consent-placeholder__msg">%s</p><button type="button" class="consent-placeholder__accept">OK</button></div>',
               '<p class="privacy-gate">%s</p>', '<p>%s</p>'],
    "newsletter": ['<div class="cta-box cta-box--email"><p class="cta-box__text">%s</p></div>',
                   '<p class="paywall-teaser">%s</p>', '<p><b>%s</b></p>', '<div>%s</div>'],
    "share": ['<div class="share-row"><a class="share-row__link" href="#">%s</a></div>', '<p class="follow-prompt">%s</p>',
              '<p><a href="#">%s</a></p>'],
    "photo": ['<p class="photo-source">%s</p>', '<span class="img-credit">%s</span>', '<p><small>%s</small></p>'],
    "copyright": ['<p class="rights-notice">%s</p>', '<div class="legal"><small>%s</small></div>', '<p>%s</p>'],
    "section": ['<p class="kicker-label">%s</p>', '<div class="section-tag">%s</div>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="separator">%s</p>', '<div class="fleuron">%s</div>', '<p>%s</p>'],
    "credit": ['<p class="additional-reporting">%s</p>', '<div class="author-note">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="title-dup"><b>%s</b></p>', '<h2 class="entry-headline">%s</h2>', '<p><strong>%s</strong></p>'],
    "ad": ['<div class="sponsor-label">%s</div>', '<p class="ad-notice">%s</p>', '<div>%s</div>'],
    "continue": ['<p class="expand-link"><a href="#rest">%s</a></p>', '<div class="show-more">%s</div>',
                 '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="comments-cta"><a href="#comments">%s</a></p>', '<div class="comment-counter">%s</div>',
                 '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="reading-estimate">%s</p>', '<span class="rt-label">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="modified-date"><time>%s</time></p>', '<div class="update-stamp">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="tts-player"><button class="tts-player__btn" aria-label="Play"></button><span class="tts-player__text">%s</span></div>',
              '<p class="audio-cta"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="clarification"><p>%s</p></aside>', '<p class="amendment"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "wireend": ['<p class="end-mark">%s</p>', '<div class="desk-sign">%s</div>', '<p>%s</p>'],
}
CAPTION_STYLES = ['<figure class="body-image"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-2.jpg" alt="" width="720"><br><em>{cap} ({cr})</em></p>']
RELATED_STYLES = ['<div class="related-box"><h4>%s</h4><ul>%s</ul></div>',
                  '<aside class="story-links"><p class="story-links__title">%s</p><ul>%s</ul></aside>',
                  '<p><b>%s</b></p>\n<ul>%s</ul>']


def pick(rng, fam, lang, site, art):
    return fill(rng.choice(R[fam][lang]), rng, site, art)


def residue_items(art, rng, site, used):
    """{position: [html, ...]} for the generic residue, and the families used (balanced over the part:
    the generic families used least on the pages built so far come first; a page may fix them with "only")."""
    lang, n = art["lang"], len(art["blocks"])
    own = TEMPLATE_FAMILIES.get(art["tpl"], [])
    k = art.get("low", rng.choice([2, 3, 3, 4, 4, 5]))
    k = max(0, min(k, 5 - len(own)))  # at most five families per page
    fams = sorted((f for f in FAMILIES if f not in own), key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(fams)  # the generic residue only (template furniture is not counted)
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
            lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)), lis))
        elif fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
        else:
            text = rng.choice(R["symbol"]["*"]) if fam == "symbol" else pick(rng, fam, lang, site, art)
            pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
                   "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
                   "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
                   "correction": rng.choice([0, n]), "wireend": n}.get(fam, mid)
            put(pos, rng.choice(STYLES[fam]) % E(text))
    return placed, fams


# --------------------------------------------------------------------------
# new template
# --------------------------------------------------------------------------
def anchorize(s):
    """Hugo's default heading id (Goldmark, "github" style): lower case, punctuation dropped, spaces to '-'."""
    return re.sub(r"[^\w\- ]", "", s.lower()).replace(" ", "-")


RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def host_name(site):
    """An ASCII domain for a site name (accents dropped, Cyrillic transliterated, dotless i folded)."""
    s = "".join(RU_LAT.get(c, c) for c in site.lower().replace("ı", "i"))
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", s)


def hugo_block(kind, val):
    """One block of a Markdown post as Hugo's Goldmark renderer writes it (PaperMod adds a hidden heading anchor)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        i = anchorize(val)
        return '<h2 id="%s">%s<a hidden class="anchor" aria-hidden="true" href="#%s">#</a></h2>' % (i, E(val), i)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_hugo(art, ui, site, placed, rng):
    # static news blog built with Hugo and the PaperMod theme: header.header with nav.nav (logo, theme toggle,
    # ul#menu), main.main > article.post-single with header.post-header (breadcrumbs, h1.post-title,
    # div.post-description, div.post-meta: date · minutes · author), the cover image (figure.entry-cover), the
    # table of contents (div.toc > details) and the Markdown body in div.post-content: bare <p>, <h2 id> with a
    # hidden "#" anchor, <ul>/<ol>, <blockquote>; inside it the output of Hugo's figure shortcode (<figure>,
    # <figcaption><p>caption attribution</p>) after the opening paragraphs and, further down, a Buttondown sign-up
    # form pasted into the Markdown inside a raw-HTML <div class="newsletter-embed">; footer.post-footer with
    # tags, prev/next (nav.paginav) and share icons; footer.footer "Powered by Hugo & PaperMod"
    h, lang, n = HUGO[art["lang"]], art["lang"], len(art["blocks"])
    host = "https://%s.example" % host_name(site)[:32]
    post = "%s/posts/%s/" % (host, slug(art["title"])[:60])
    slots = safe_slots(art, 2) or [n]
    fig_at = slots[0]
    nl_at = next((i for i in slots if i >= max(fig_at + 2, n // 2)), slots[-1])
    fig = ('<figure><img src="/images/{y}/{s}.jpg"\n         alt="{alt}" width="1200" height="800"><figcaption>\n'
           '            <p>{cap} {cr}\n            </p>\n        </figcaption>\n</figure>').format(
        y=art["date"][:4], s=slug(art["caption"])[:40], alt=A(art["caption"]), cap=E(art["caption"]), cr=E(art["credit"]))
    bd = host_name(site)[:14]
    form = ('<div class="newsletter-embed">\n<p><strong>{title}</strong><br>{text}</p>\n'
            '<form action="https://buttondown.com/api/emails/embed-subscribe/{bd}" method="post" target="popupwindow" '
            'onsubmit="window.open(\'https://buttondown.com/{bd}\', \'popupwindow\')" class="embeddable-buttondown-form">\n'
            '  <label for="bd-email">{label}</label>\n  <input type="email" name="email" id="bd-email" />\n'
            '  <input type="submit" value="{btn}" />\n'
            '  <p>\n    <a href="https://buttondown.com/refer/{bd}" target="_blank">Powered by Buttondown.</a>\n  </p>\n'
            '</form>\n</div>').format(title=E(h["nl_title"]), text=E(h["nl_text"]), bd=bd, label=E(h["nl_label"]),
                                      btn=A(h["nl_button"]))
    placed.setdefault(fig_at, []).append(fig)
    placed.setdefault(nl_at, []).append(form)
    out = []
    for i, (kind, val) in enumerate(art["blocks"]):
        out.extend(placed.get(i, []))
        out.append(hugo_block(kind, val))
    out.extend(placed.get(n, []))
    body = "\n".join(out)
    heads = [val for kind, val in art["blocks"] if kind == "h"]
    toc = ""
    if heads:
        toc = ('<div class="toc">\n    <details >\n        <summary accesskey="c" title="(Alt + C)">\n'
               '            <span class="details">{lbl}</span>\n        </summary>\n\n        <div class="inner"><ul>\n{lis}\n'
               '            </ul>\n        </div>\n    </details>\n</div>\n').format(lbl=E(h["toc"]), lis="\n".join(
                   '                <li>\n                    <a href="#%s" aria-label="%s">%s</a></li>' % (
                       anchorize(x), A(x), E(x)) for x in heads))
    words = len(mp.truth_text(art["blocks"]).split())
    mins = max(1, round(words / 212))
    d = fmt_date(lang, art["date"])
    menu = "\n".join('            <li>\n                <a href="%s/%s/" title="%s">\n                    <span>%s</span>\n'
                     '                </a>\n            </li>' % (host, slug(x), A(x), E(x)) for x in ui["nav"][1:6])
    tags = "".join('\n      <li><a href="%s/tags/%s/">%s</a></li>' % (host, slug(t), E(t))
                   for t in (art["section"], art["byline"].split()[-1]))
    prev_t, next_t = rng.sample(HEADLINES[lang], 2)
    nets = "".join(
        '\n    <li>\n      <a target="_blank" rel="noopener noreferrer" aria-label="{al}"\n'
        '          href="{u}{q}">\n          <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"><path d="M449.446 0c34.525 0 62.554 28.03 62.554 62.554v386.892c0 34.524-28.03 62.554-62.554 62.554H62.554C28.03 512 0 483.97 0 449.446V62.554C0 28.03 28.029 0 62.554 0h386.892Z" /></svg>\n'
        '      </a>\n    </li>'.format(al=A(h["share_on"].replace("{t}", art["title"]).replace("{n}", name)), u=u,
                                    q=A(post)) for name, u in (("x", "https://x.com/intent/tweet/?url="),
                                                               ("facebook", "https://facebook.com/sharer/sharer.php?u="),
                                                               ("whatsapp", "https://api.whatsapp.com/send?text=")))
    css = "%064x" % rng.randint(0, 16**64 - 1)
    extra = ' dir="auto"'
    return mp.head(art, site, extra).replace("</head>", (
        '<meta name="generator" content="Hugo 0.14{v}.{p}">\n<meta name="robots" content="index, follow">\n'
        '<meta name="description" content="{desc}">\n<link rel="canonical" href="{post}">\n'
        '<link crossorigin="anonymous" href="/assets/css/stylesheet.{c8}.css" integrity="sha256-{c44}=" rel="preload stylesheet" as="style">\n'
        '<link rel="icon" href="{host}/favicon.ico">\n'
        '<noscript>\n    <style>\n        #theme-toggle,\n        .top-link {{\n            display: none;\n        }}\n    </style>\n</noscript>\n'
        '<script defer data-domain="{dom}" src="https://plausible.io/js/script.js"></script>\n</head>').format(
        v=rng.randint(0, 5), p=rng.randint(0, 4), desc=A(art["sub"]), post=post, c8=css[:8], c44=css[:43], host=host,
        dom=host[8:])) + f'''
<body class="" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="{host}/" accesskey="h" title="{A(site)} (Alt + H)">{E(site)}</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button>
            </div>
        </div>
        <ul id="menu">
{menu}
        </ul>
    </nav>
</header>
<main class="main">

<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="{host}/">{E(ui["home"])}</a>&nbsp;»&nbsp;<a href="{host}/posts/">{E(h["posts"])}</a></div>
    <h1 class="post-title entry-hint-parent">
      {E(art["title"])}
    </h1>
    <div class="post-description">
      {E(art["sub"])}
    </div>
    <div class="post-meta"><span title='{art["date"]} 07:{rng.randint(10, 59)}:00 +0000 UTC'>{d}</span>&nbsp;·&nbsp;{E(h["mins"].replace("{m}", str(mins)))}&nbsp;·&nbsp;{E(art["byline"])}

</div>
  </header>
<figure class="entry-cover">
        <img loading="eager" src="{host}/posts/{slug(art["title"])[:60]}/cover.jpg" alt="" width="1600" height="900">
</figure>
{toc}
  <div class="post-content">{body}
  </div>

  <footer class="post-footer">
    <ul class="post-tags">{tags}
    </ul>
<nav class="paginav">
  <a class="prev" href="{host}/posts/{slug(prev_t)[:60]}/">
    <span class="title">{E(h["prev"])}</span>
    <br>
    <span>{E(prev_t)}</span>
  </a>
  <a class="next" href="{host}/posts/{slug(next_t)[:60]}/">
    <span class="title">{E(h["next"])}</span>
    <br>
    <span>{E(next_t)}</span>
  </a>
</nav>

<ul class="share-buttons">{nets}
</ul>

  </footer>
</article>
    </main>

<footer class="footer">
        <span>&copy; {art["date"][:4]} <a href="{host}/">{E(site)}</a></span> · 

    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="{A(h["top"])}" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}

    document.querySelectorAll('a[href^="#"]').forEach(anchor => {{
        anchor.addEventListener("click", function (e) {{
            e.preventDefault();
            var id = this.getAttribute("href").substr(1);
            if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView({{
                    behavior: "smooth"
                }});
            }} else {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView();
            }}
            if (id === "top") {{
                history.replaceState(null, null, " ");
            }} else {{
                history.pushState(null, null, `#${{id}}`);
            }}
        }});
    }});

</script>
</body>

</html>
'''


NEW_TEMPLATES = {"hugo": tpl_hugo, "blox": mp8.tpl_blox, "sanity": mp7.tpl_sanity, "nextjs": mp2.tpl_nextjs}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    for art in ARTICLES:
        art = dict(art)
        art["blocks"] = mp.parse_body(art["body"])
        rng = random.Random("newsflow-heldout11-" + art["id"])
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
                       mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS, mp5.BRIGHT, mp5.WIRE,
                       mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R, mp8.BLOX, mp9.R,
                       mp10.R, mp10.WEBFLOW,
                       mp.RELATED_HEADLINES, mp2.HEADLINES, mp3.HEADLINES, mp4.HEADLINES, mp5.HEADLINES, mp6.HEADLINES,
                       mp7.HEADLINES, mp8.HEADLINES, mp9.HEADLINES, mp10.HEADLINES, mp2.SITES, mp3.SITES, mp4.SITES,
                       mp5.SITES, mp6.SITES, mp7.SITES, mp8.SITES, mp9.SITES, mp10.SITES, mp3.BROADCASTERS]):
        old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    for fam, by_lang in R.items():
        for s in _strings(by_lang):
            problems.extend("h11 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("HUGO", HUGO)):
        for s in _strings(obj):
            problems.extend("h11 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    # new stories: no paragraph of an earlier part's story
    import articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl  # noqa: E401
    import articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl  # noqa: E401
    import articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl  # noqa: E401
    import articles_h10_en, articles_h10_intl  # noqa: E401
    seen = set()
    for mod in (articles_en, articles_intl, articles_h2_en, articles_h2_intl, articles_h3_en, articles_h3_intl,
                articles_h4_en, articles_h4_intl, articles_h5_en, articles_h5_intl, articles_h6_en, articles_h6_intl,
                articles_h7_en, articles_h7_intl, articles_h8_en, articles_h8_intl, articles_h9_en, articles_h9_intl,
                articles_h10_en, articles_h10_intl):
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
