#!/usr/bin/env python3
"""Thirty-third held-out part (h33-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout33.py           # write pages/h33-*.html
    python benchmarks/data/extraction/make_heldout33.py --check   # verify pages/h33-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout33.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read).  Stories are in
articles_h33_en.py / articles_h33_intl.py; the residue wordings (thirty-eight of the generic families of the earlier
parts plus three new ones: election-results widgets in stories about votes -- seats declared, turnout, the parties'
seats in a results board, links to the full results --, quiz promos -- "how well do you know ...", the weekly news
quiz, a score to beat --, and price-ticker widgets in stories about prices -- fuel, gold and currency rates,
livestock-market prices, each with its table of today's figures), their wrapper class names, related headlines,
site names, the sites' own strings in the earlier layouts and the first-round furniture strings are new here: none
of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..32, nor their labels, furniture
strings, headlines or site names; verify() refuses to build if one is reused, if a "new" family is already in an
earlier pool, family list or template family, if a story paragraph or headline of an earlier part recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
(Two families suggested for this part were checked and left out because they are not new: live-blog furniture --
pinned posts, "show N new updates", key events -- is the furniture of make_heldout2's liveblog layout, counted there
under its template families, and podcast-player furniture is in make_heldout5's "audio" pool.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): results widgets on four stories about votes (a by-election, a council's new leader after an election, a
municipal by-election on an independent newsletter, a by-election to a town duma), quiz promos on four stories (a
village cricket title, found cine films of a 1930s town, an amateur football title, a restored wash-house), price
tickers on five stories about prices (a petrol price war, gold and a wedding season, fuel prices in two towns,
lamb at a livestock market, petrol and diesel prices).  Earlier families that need a reason in the story are
placed the same way (a gallery launcher on a heritage story, a ticket widget on a film screening, a scores widget
on a football report, a map on a recycling centre's new hours); the other generic families are balanced over the part, leaving out those the page's site
would not print (the story's "kind": a public body, a public broadcaster, a small village or association site, an
independent publication on a platform); a correction box goes only on a story that was corrected, with that story's
own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div> lines as
pasted by editors, headings, links, lists, spans and tables (the results board, the price ticker, the fixtures grid,
the box-office dates and a "most read" ranking are tables), and, for a few families, a line run into the end of a
story paragraph or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop-cap first
paragraphs, whole paragraphs in bold or italics (Wagtail's rich text prints <b> / <i>), a highlighted sentence, a
paragraph in a coloured box (a Wagtail callout block, a Drupal CKEditor style class), a fact box holding a
subheading and its list (a Wagtail info-box block, an Arc XP custom embed), a Ghost callout card, a paragraph typed
after a <br> inside the one before it, and pull quotes that are story text (a Wagtail quote block, a block-editor
pull quote).  New in this part are story tables that belong to the truth: six stories hold a small table of
figures (a budget by service and a vote by district in Wagtail's TableBlock markup with the site's "table" class,
a league table with a magazine's "data-table" class, library opening hours with TYPO3's "contenttable" class,
recycling-centre opening hours in Drupal's CKEditor 5 figure.table without a class or a header row, the results of
a local consultation by polling station in a bare <table border="1"> of an old site); in the truth each row is one
paragraph, its cells joined by " | " (earlier parts never put a table in the truth: make_pages.parse_body has no
table block).  Widget tables (results boards, price tickers, fixtures, box-office dates, "most read" rankings) are
residue and sit only on pages without a story table.
One page layout is new (wagtail: a Django / Wagtail CMS site with a Bootstrap 5 theme, as a city council's newsroom
and a regional public broadcaster serve it, on two pages: the head with the site's hashed static files
(ManifestStaticFilesStorage), body.template-news-page, a skip link, the Django cookie banner (a POST form with its
csrfmiddlewaretoken), header.site-header with a top bar and the Bootstrap navbar (navbar-toggler, the search form),
main#main-content with the breadcrumb (nav > ol.breadcrumb > li.breadcrumb-item), the page_header (h1, intro,
published date / author), the hero image in Wagtail's rendition markup, then div.streamfield with the StreamField
blocks as Wagtail prints them: div.block-paragraph > div.rich-text (Draftail's <p data-block-key>, <b>, <i>,
lists), div.block-heading (h2), div.block-image (figure.figure with img.figure-img and figcaption.figure-caption:
caption and credit), div.block-quote (a pull quote of story text), div.block-embed (Wagtail's responsive-object
with a YouTube oEmbed iframe and a caption line), div.block-table (Wagtail's TableBlock template, whitespace and
all, thead where the first row is a header), div.block-callout and div.block-infobox (the site's own StructBlocks
for a coloured box and a fact box), div.block-raw_html (residue pasted as HTML); then the tags, the share links,
the "page last updated" line, a sidebar with related pages, the "is this page useful?" banner and the footer with
its columns).  The sites' strings (WAGTAIL: menus, top links, cookie banner, labels, footer) are checked; Wagtail
and Bootstrap print no interface strings of their own beyond the few in WAGTAIL_CORE (not checked).
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- cms, semantic,
storybody, ghost, portal, wordpress, amp, legacy-br (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), squarespace (make_heldout5.py), quintype,
typo3, bitrix (make_heldout6.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz
(make_heldout19.py) --, none of them in the language h31 or h32 gave it (9 English pages, 3 in each other
language); while a page is rendered, the earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES),
the strings that belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those
helpers draw from themselves (make_heldout4.R for the gutenberg consent placeholder and the fusion / chunks ad
labels) are swapped for this part's own, and the templates get this part's furniture strings (UI33) instead of
make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout32.py, so that make_pages.py can import this module and merge it the same way.  A
table row of the truth is not a run of page text (its cells are separate elements): page_text() below is
make_pages.page_text with " | " between the cells of a table row, and verify() looks for every truth paragraph in
it (make_pages.verify, which looks in make_pages.page_text, needs the same fallback for the h33 rows).
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
import datetime
import html
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
from heldout_common import class_names as _class_names  # noqa: E402
from heldout_common import fill, fmt_date, safe_slots, slug, _sentences, _strings  # noqa: E402,F401
import make_heldout2 as mp2  # noqa: E402
import make_heldout3 as mp3  # noqa: E402
import make_heldout4 as mp4  # noqa: E402
import make_heldout5 as mp5  # noqa: E402
import make_heldout6 as mp6  # noqa: E402
import make_heldout7 as mp7  # noqa: E402
import make_heldout8 as mp8  # noqa: E402
import make_heldout9 as mp9  # noqa: E402
import make_heldout10 as mp10  # noqa: E402
import make_heldout11 as mp11  # noqa: E402
import make_heldout12 as mp12  # noqa: E402
import make_heldout13 as mp13  # noqa: E402
import make_heldout14 as mp14  # noqa: E402
import make_heldout15 as mp15  # noqa: E402
import make_heldout16 as mp16  # noqa: E402
import make_heldout17 as mp17  # noqa: E402
import make_heldout18 as mp18  # noqa: E402
import make_heldout19 as mp19  # noqa: E402
import make_heldout20 as mp20  # noqa: E402
import make_heldout21 as mp21  # noqa: E402
import make_heldout22 as mp22  # noqa: E402
import make_heldout23 as mp23  # noqa: E402
import make_heldout24 as mp24  # noqa: E402
import make_heldout25 as mp25  # noqa: E402
import make_heldout26 as mp26  # noqa: E402
import make_heldout27 as mp27  # noqa: E402
import make_heldout28 as mp28  # noqa: E402
import make_heldout29 as mp29  # noqa: E402
import make_heldout30 as mp30  # noqa: E402
import make_heldout31 as mp31  # noqa: E402
import make_heldout32 as mp32  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h33_en import ARTICLES as H33_EN  # noqa: E402
from articles_h33_intl import ARTICLES as H33_INTL  # noqa: E402

ARTICLES = H33_EN + H33_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Upper Dale Monthly", "Sallowby Standard", "Harefield Vale Post", "Brayfield Chronicle", "Hallam Cross Echo"],
    "tr": ["Sarıöz Postası", "Karadere Haber", "Gülbahçe Gazetesi"],
    "de": ["Mühlbrunner Anzeiger"],
    "fr": ["Le Courrier de la Lize", "Vernoux Infos"],
    "es": ["La Tribuna de Valdelosa", "Noticias de Pinarejo", "El Eco de Villarreña"],
    "ru": ["Заречные вести", "Верхнеозёрская правда"],
}
# sites fixed per page (a city council and a public broadcaster on Wagtail, a county council on TYPO3, a municipality
# on Drupal, a community choir on Squarespace, a village on uCoz, independent newsletters on Medium and Ghost) are
# given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h32 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Vimeo player waits for your say-so on cookies. Open your privacy choices",
               "Switch on third-party media in the cookie settings to watch this clip"],
        "tr": ["Vimeo oynatıcısı çerezler için onayınızı bekliyor. Gizlilik seçeneklerinizi açın",
               "Bu klibi izlemek için çerez ayarlarında üçüncü taraf medyayı etkinleştirin"],
        "de": ["Der Vimeo-Player wartet auf Ihr Okay zu Cookies. Ihre Datenschutz-Auswahl öffnen",
               "Schalten Sie Medien von Drittanbietern in den Cookie-Einstellungen frei, um diesen Clip zu sehen"],
        "fr": ["Le lecteur Vimeo attend votre feu vert pour les cookies. Ouvrir vos choix de confidentialité",
               "Activez les médias tiers dans les réglages cookies pour regarder cet extrait"],
        "es": ["El reproductor de Vimeo espera tu visto bueno a las cookies. Abrir tus opciones de privacidad",
               "Activa los contenidos de terceros en los ajustes de cookies para ver este clip"],
        "ru": ["Плеер Vimeo ждёт вашего согласия на cookie. Открыть выбор настроек приватности",
               "Включите сторонние медиа в настройках cookie, чтобы посмотреть этот ролик"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Sign up for The Evening Tab, our free 6pm email with the day's local news in four minutes.",
               "You've used up this month's three free articles. Keep reading for £1.49",
               "Readers pay for reporting like this. Put in £2 or more a month"],
        "tr": ["Akşam Özeti'ne ücretsiz kaydolun: saat 18'de, günün yerel haberleri dört dakikada.",
               "Bu ayın üç ücretsiz haberini okudunuz. 14,99 liraya okumaya devam edin",
               "Bu haberciliği okurlar ayakta tutuyor. 20 liradan başlayan katkıyla yanımızda olun"],
        "de": ["Abonnieren Sie den Feierabend-Brief, unseren kostenlosen Newsletter um 18 Uhr: der Tag vor Ort in vier Minuten.",
               "Ihre drei freien Artikel für diesen Monat sind aufgebraucht. Für 1,49 Euro weiterlesen",
               "Solche Berichte bezahlen unsere Leserinnen und Leser. Helfen Sie mit, ab 2 Euro"],
        "fr": ["Inscrivez-vous au Point du soir, notre lettre gratuite de 18 h : l'actualité locale du jour en quatre minutes.",
               "Vos trois articles gratuits du mois sont épuisés. Poursuivez pour 1,49 €",
               "Ce sont les lecteurs qui paient ce travail. Participez dès 2 €"],
        "es": ["Apúntate a La Tarde, nuestro boletín gratuito de las 18:00: lo que ha pasado hoy en cuatro minutos.",
               "Has agotado tus tres noticias gratis de este mes. Sigue leyendo por 1,49 euros",
               "Este trabajo lo pagan sus lectores. Echa una mano desde 2 euros"],
        "ru": ["Подпишитесь на «Вечернюю сводку» — бесплатное письмо в 18:00: главное за день за четыре минуты.",
               "Три бесплатных материала в этом месяце закончились. Читать дальше за 149 рублей",
               "Такую работу оплачивают читатели. Поддержите редакцию от 100 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · "), printed as one line or as a list
        "en": ["Send it on: WhatsApp · Facebook · Bluesky · Email", "Know someone who ought to see this? Forward it with one tap"],
        "tr": ["Gönderin: WhatsApp · Facebook · Bluesky · E-posta", "Bu yazıyı kimin görmesi gerekiyor? Tek dokunuşla iletin"],
        "de": ["Weiterleiten: WhatsApp · Facebook · Bluesky · E-Mail", "Wer sollte das auch lesen? Schicken Sie es weiter"],
        "fr": ["Envoyer : WhatsApp · Facebook · Bluesky · Courriel", "Quelqu'un de votre entourage devrait lire ça ? Faites suivre"],
        "es": ["Envíalo: WhatsApp · Facebook · Bluesky · Correo", "¿Conoces a alguien que debería leerlo? Pásaselo"],
        "ru": ["Отправить: WhatsApp · Telegram · ВКонтакте · Почта", "Знаете, кому это стоит прочитать? Отправьте одним нажатием"],
    },
    "photo": {
        "en": ["Picture supplied by the family", "Photo: handed in at our front counter"],
        "tr": ["Fotoğrafı ailesi kendi arşivinden gönderdi", "Fotoğraf: gazetemize elden teslim edildi"],
        "de": ["Bild: aus dem Familienalbum, uns überlassen", "Foto: am Empfang unserer Redaktion abgegeben"],
        "fr": ["Photo tirée de l'album de famille, prêtée au journal", "Photo : déposée à l'accueil du journal"],
        "es": ["Foto del álbum familiar, cedida al periódico", "Foto: entregada en el mostrador de la redacción"],
        "ru": ["Снимок из семейного альбома, передан редакции", "Снимок принесли к нам в редакцию"],
    },
    "copyright": {
        "en": ["All rights in this article belong to {site}. Any reuse, in print or online, needs a licence from our syndication desk."],
        "tr": ["Bu haberin tüm hakları {site} yayınına aittir. Basılı ya da çevrim içi yeniden kullanım için lisans alınması gerekir."],
        "de": ["Alle Rechte an diesem Artikel liegen bei {site}. Für jede Weiterverwendung, gedruckt oder online, ist eine Lizenz nötig."],
        "fr": ["Tous les droits de cet article appartiennent à {site}. Toute reprise, sur papier ou en ligne, nécessite une licence."],
        "es": ["Todos los derechos de esta noticia pertenecen a {site}. Reutilizarla, en papel o en internet, requiere una licencia."],
        "ru": ["© «{site}». Для перепечатки материала в печати или в интернете нужна лицензия."],
    },
    "section": {  # ({section}: the story's section)
        "en": ["{section} | latest", "All the {section} stories ›"],
        "tr": ["{section} | son gelişmeler", "{section} bölümündeki bütün haberler ›"],
        "de": ["{section} | neueste Meldungen", "Alle Artikel aus dem Ressort {section} ›"],
        "fr": ["{section} | à la une", "Tous les articles de la rubrique {section} ›"],
        "es": ["{section} | al día", "Todas las noticias de la sección {section} ›"],
        "ru": ["{section} | свежее", "Все материалы раздела «{section}» ›"],
    },
    "related": {
        "en": ["Since you're here, try these", "How we've covered this so far"],
        "tr": ["Buraya kadar gelmişken şunlara da bakın", "Bu konuyu şimdiye kadar nasıl ele aldık"],
        "de": ["Wenn Sie schon bei uns sind", "So haben wir bisher darüber berichtet"],
        "fr": ["Tant que vous êtes avec nous", "Notre couverture du sujet jusqu'ici"],
        "es": ["Ya que nos lees", "Cómo hemos contado este asunto hasta ahora"],
        "ru": ["Пока вы с нами", "Как мы рассказывали об этом раньше"],
    },
    "symbol": {"*": ["✥ ✥ ✥", "⬥ ⬦ ⬥", "☙ ☙ ☙", "✤ ✤ ✤"]},
    "credit": {
        "en": ["Further reporting: {site} community desk", "This report draws on work by the {site} data team"],
        "tr": ["Ek haber: {site} yerel masası", "Bu haberde {site} veri ekibinin çalışmasından yararlanıldı"],
        "de": ["Weitere Recherche: Lokalteam von {site}", "Dieser Bericht stützt sich auf Auswertungen des Datenteams von {site}"],
        "fr": ["Avec le concours du pôle proximité de {site}", "Cet article s'appuie sur le travail de l'équipe données de {site}"],
        "es": ["Información adicional: sección de barrios de {site}", "Esta noticia se apoya en el trabajo del equipo de datos de {site}"],
        "ru": ["Дополнительные материалы: отдел городских новостей «{site}»", "В материале использованы данные аналитической группы «{site}»"],
    },
    "ad": {
        "en": ["Sponsored message from a local firm – article carries on after it", "· · · ADVERTISING · · ·"],
        "tr": ["Yerel bir firmanın sponsorlu mesajı – haber bundan sonra sürüyor", "· · · REKLAM ALANI · · ·"],
        "de": ["Gesponserte Botschaft einer Firma aus der Region – danach geht der Artikel weiter", "· · · WERBEFLÄCHE · · ·"],
        "fr": ["Message sponsorisé d'une entreprise locale – la suite de l'article vient après", "· · · ESPACE PUBLICITAIRE · · ·"],
        "es": ["Mensaje patrocinado de una empresa de la zona – la noticia continúa después", "· · · ESPACIO PUBLICITARIO · · ·"],
        "ru": ["Спонсорское сообщение местной компании — статья продолжится после него", "· · · РЕКЛАМНЫЙ БЛОК · · ·"],
    },
    "continue": {
        "en": ["Unfold the rest of the story ↓", "Show me the whole article"],
        "tr": ["Haberin kalanını açın ↓", "Yazının tamamını göster"],
        "de": ["Den Rest des Artikels aufklappen ↓", "Den vollständigen Artikel zeigen"],
        "fr": ["Déplier la suite de l'article ↓", "Tout l'article, d'un seul clic"],
        "es": ["Sigue aquí ↓", "La noticia entera, de un toque"],
        "ru": ["Развернуть остаток статьи ↓", "Весь материал одним нажатием"],
    },
    "comments": {
        "en": ["{n} comments so far · add yours", "See what readers are saying ({n})"],
        "tr": ["Şu ana kadar {n} yorum · siz de yazın", "Okurların yorumlarına göz atın ({n})"],
        "de": ["Bisher {n} Kommentare · schreiben Sie mit", "Was die Leserschaft sagt ({n})"],
        "fr": ["{n} commentaires pour l'instant · ajoutez le vôtre", "Lisez les réactions des lecteurs ({n})"],
        "es": ["{n} comentarios por ahora · deja el tuyo", "Lee lo que opinan otros lectores ({n})"],
        "ru": ["Уже {n} комментариев · добавьте свой", "Посмотрите, что думают другие читатели ({n})"],
    },
    "readtime": {
        "en": ["About {m} minutes of reading, if you take your time", "Time needed: {m} min, give or take"],
        "tr": ["Acele etmezseniz yaklaşık {m} dakikalık bir okuma", "Gereken süre: aşağı yukarı {m} dk"],
        "de": ["Etwa {m} Minuten Lektüre, in Ruhe gelesen", "Zeitbedarf: {m} Min., mehr oder weniger"],
        "fr": ["Environ {m} minutes de lecture, sans se presser", "Temps nécessaire : {m} min, à peu de chose près"],
        "es": ["Unos {m} minutos de lectura, sin prisas", "Tiempo necesario: {m} min, más o menos"],
        "ru": ["Около {m} минут чтения, если не торопиться", "Понадобится: {m} мин, плюс-минус"],
    },
    "updated": {
        "en": ["Last changed {d}, {t}", "Amended by the newsdesk at {t}, {d}"],
        "tr": ["Haber masası tarafından değiştirildi: {d}, saat {t}", "Bu haber {d} günü saat {t}'de yeniden düzenlendi"],
        "de": ["Von der Redaktion geändert: {d}, {t} Uhr", "Am {d} gegen {t} Uhr von der Redaktion ergänzt"],
        "fr": ["Dernière modification : {d}, {t}", "Article révisé le {d} à {t}"],
        "es": ["Modificada por la redacción: {d}, {t}", "Añadido por la redacción el {d}, hacia las {t}"],
        "ru": ["Изменено редакцией: {d}, {t}", "Материал отредактирован {d} в {t}"],
    },
    "audio": {
        "en": ["🎧 Listen to this story ({m} min)", "Press play to hear a narrator read this article"],
        "tr": ["🎧 Bu haberi dinleyin ({m} dk)", "Haberi bir seslendirme sanatçısından dinlemek için oynat'a basın"],
        "de": ["🎧 Artikel anhören ({m} Min.)", "Auf Play drücken und den Artikel vorgelesen bekommen"],
        "fr": ["🎧 Écouter l'article ({m} min)", "Appuyez sur lecture pour entendre l'article lu par un comédien"],
        "es": ["🎧 Escucha la noticia ({m} min)", "Pulsa el play y un locutor te lee la noticia"],
        "ru": ["🎧 Слушать материал ({m} мин)", "Нажмите «play», и диктор прочитает вам статью"],
    },
    "app": {
        "en": ["Get {site} on your phone – free for iPhone and Android", "Breaking news on your lock screen: install our app"],
        "tr": ["{site} cebinizde – iPhone ve Android için ücretsiz", "Son dakika haberleri kilit ekranınızda: uygulamamızı kurun"],
        "de": ["{site} aufs Handy – kostenlos für iPhone und Android", "Eilmeldungen direkt auf den Sperrbildschirm: Installieren Sie unsere App"],
        "fr": ["{site} sur votre téléphone – gratuit sur iPhone et Android", "Les alertes info sur votre écran de verrouillage : installez notre application"],
        "es": ["{site} en tu móvil, gratis para iPhone y Android", "Última hora en la pantalla de bloqueo: instala nuestra aplicación"],
        "ru": ["«{site}» в вашем телефоне — бесплатно для iPhone и Android", "Срочные новости на экране блокировки: установите приложение"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site}.", "Read more by {by} ›"],
        "tr": ["{by}, {site} için {section} alanını izliyor.", "{by} kaleminden çıkan diğer yazılar ›"],
        "de": ["{by} berichtet für {site} aus dem Ressort {section}.", "Mehr aus der Feder von {by} ›"],
        "fr": ["{by} suit la rubrique {section} pour {site}.", "Lire les autres articles de {by} ›"],
        "es": ["{by} cubre la sección de {section} para {site}.", "Lee más noticias firmadas por {by} ›"],
        "ru": ["{by} ведёт тему «{section}» в «{site}».", "Читать другие тексты автора ›"],
    },
    "tip": {
        "en": ["Ring the {site} newsroom on 01632 960 582 if you have seen something we should report, or send us a WhatsApp", "Tell the newsroom what's happening on your street"],
        "tr": ["{site} haber merkezini 0850 000 05 82'den arayın: haber yapmamız gereken bir şey gördüyseniz WhatsApp'tan da yazabilirsiniz", "Sokağınızda olup biteni haber merkezine anlatın"],
        "de": ["Rufen Sie die Redaktion von {site} unter 0800 000 0582 an, wenn Sie etwas gesehen haben, worüber wir berichten sollten, oder schicken Sie eine WhatsApp", "Erzählen Sie der Redaktion, was in Ihrer Straße los ist"],
        "fr": ["Appelez la rédaction de {site} au 03 00 00 05 82 si vous avez vu quelque chose dont nous devrions parler, ou envoyez-nous un WhatsApp", "Racontez à la rédaction ce qui se passe dans votre rue"],
        "es": ["Llama a la redacción de {site} al 900 000 582 si has visto algo que deberíamos contar, o mándanos un WhatsApp", "Cuéntale a la redacción qué pasa en tu calle"],
        "ru": ["Увидели то, о чём нам стоит написать? Позвоните в редакцию «{site}»: 8 800 000-05-82, или отправьте сообщение в WhatsApp", "Расскажите редакции, что происходит на вашей улице"],
    },
    "typo": {
        "en": ["Spotted a slip in this article? Highlight it, then Ctrl+Enter sends it to the desk"],
        "tr": ["Bir hata mı buldunuz? Kelimeleri seçip Ctrl+Enter'a basın"],
        "de": ["Einen Patzer im Text entdeckt? Markieren und mit Strg+Enter an die Redaktion schicken"],
        "fr": ["Une coquille dans cet article ? Surlignez-la, puis Ctrl+Entrée pour l'envoyer à la rédaction"],
        "es": ["¿Un gazapo en la noticia? Márcalo y envíalo a la redacción con Ctrl+Intro"],
        "ru": ["Нашли ошибку? Выделите слова и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Allow {site} to send breaking-news alerts to this browser? Yes please · No thanks"],
        "tr": ["{site} bu tarayıcıya son dakika bildirimi gönderebilsin mi? Evet, lütfen · Hayır, teşekkürler"],
        "de": ["Darf {site} Eilmeldungen an diesen Browser schicken? Ja, gern · Nein, danke"],
        "fr": ["Autoriser {site} à envoyer les alertes info sur ce navigateur ? Oui, volontiers · Non merci"],
        "es": ["¿Dejas que {site} envíe avisos de última hora a este navegador? Sí, por favor · No, gracias"],
        "ru": ["Разрешить «{site}» присылать срочные новости в этот браузер? Да, конечно · Нет, спасибо"],
    },
    "ai": {
        "en": ["Parts of this article were drafted with the help of an AI tool and checked by an editor before publication."],
        "tr": ["Bu haberin bazı bölümleri bir yapay zekâ aracının yardımıyla taslak haline getirildi ve yayımlanmadan önce bir editör tarafından kontrol edildi."],
        "de": ["Teile dieses Artikels wurden mithilfe eines KI-Werkzeugs entworfen und vor der Veröffentlichung von der Redaktion geprüft."],
        "fr": ["Certaines parties de cet article ont été rédigées avec l'aide d'un outil d'IA, puis vérifiées par un éditeur avant publication."],
        "es": ["Partes de esta noticia se redactaron con ayuda de una herramienta de IA y un editor las revisó antes de publicarlas."],
        "ru": ["Часть текста подготовлена с помощью ИИ-инструмента и проверена редактором перед публикацией."],
    },
    "skip": {
        "en": ["Article continues after this advert", "Scroll on past this advert"],
        "tr": ["Haber bu reklamdan sonra sürüyor", "Bu reklamı geçip okumaya dönün"],
        "de": ["Der Artikel geht nach dieser Anzeige weiter", "An der Werbung vorbei weiterlesen"],
        "fr": ["L'article se poursuit après cette publicité", "Passer la pub"],
        "es": ["La noticia sigue tras este anuncio", "Saltar el anuncio"],
        "ru": ["Материал продолжается ниже рекламного блока", "Прокрутить рекламу и читать дальше"],
    },
    "print": {
        "en": ["Print this page · Download as PDF · Send by email", "Printer-friendly version of this article"],
        "tr": ["Sayfayı yazdır · PDF indir · E-postayla gönder", "Bu haberin yazıcı dostu sürümü"],
        "de": ["Seite drucken · Als PDF herunterladen · Per E-Mail senden", "Druckfreundliche Version dieses Artikels"],
        "fr": ["Imprimer la page · Télécharger en PDF · Envoyer par courriel", "Version imprimable de cet article"],
        "es": ["Imprimir la página · Descargar en PDF · Enviar por correo", "Versión para imprimir de esta noticia"],
        "ru": ["Распечатать страницу · Скачать PDF · Отправить по почте", "Открыть материал в виде для печати"],
    },
    "moderation": {
        "en": ["Our community guidelines apply here. Comments that break them are taken down without warning."],
        "tr": ["Burada topluluk kurallarımız geçerlidir. Kurallara uymayan yorumlar uyarı yapılmadan kaldırılır."],
        "de": ["Hier gelten unsere Community-Regeln. Kommentare, die dagegen verstoßen, entfernen wir ohne Vorwarnung."],
        "fr": ["Notre charte de modération s'applique ici. Les commentaires qui ne la respectent pas sont retirés sans préavis."],
        "es": ["Aquí rigen nuestras normas de participación. Los comentarios que las incumplan se retirarán sin previo aviso."],
        "ru": ["Здесь действуют правила сообщества. Комментарии, которые их нарушают, удаляются без предупреждения."],
    },
    "feedback": {
        "en": ["Rate how useful this article was: very · a little · not at all"],
        "tr": ["Bu haberin ne kadar işe yaradığını puanlayın: çok · biraz · hiç"],
        "de": ["Bewerten Sie, wie nützlich dieser Artikel war: sehr · etwas · gar nicht"],
        "fr": ["Notez l'utilité de cet article : très utile · un peu · pas du tout"],
        "es": ["Valora lo útil que te ha resultado esta noticia: mucho · algo · nada"],
        "ru": ["Оцените, насколько полезен материал: очень · немного · совсем нет"],
    },
    "standards": {
        "en": ["{site} is regulated by IMPRESS. If you think we have got something wrong, email corrections@example.org."],
        "tr": ["{site}, Basın Ahlak Esasları'na bağlıdır. Bir hata yaptığımızı düşünüyorsanız duzeltme@example.org adresine yazın."],
        "de": ["{site} ist Mitglied im Presserat. Wenn Sie meinen, dass uns ein Fehler unterlaufen ist, schreiben Sie an korrektur@example.org."],
        "fr": ["{site} a fait sienne la Charte de Munich sur les devoirs des journalistes. Si vous pensez que nous nous sommes trompés, écrivez à correction@example.org."],
        "es": ["{site} se rige por el código deontológico de la profesión. Si crees que nos hemos equivocado, escribe a rectificaciones@example.org."],
        "ru": ["«{site}» работает по редакционному уставу и Кодексу этики Союза журналистов. Если вы считаете, что мы ошиблись, напишите на ispravleniya@example.org."],
    },
    "topics": {  # ({section}: the story's section)
        "en": ["Tagged: {section} · local people · where we live", "Keep up with {section} ›"],
        "tr": ["Etiketler: {section} · yerel yaşam · yaşadığımız yer", "{section} haberlerini izleyin ›"],
        "de": ["Verschlagwortet: {section} · Menschen vor Ort · unsere Region", "Bleiben Sie bei {section} auf dem Laufenden ›"],
        "fr": ["Mots-clés : {section} · gens d'ici · notre territoire", "Restez informé sur {section} ›"],
        "es": ["Etiquetas: {section} · gente de aquí · donde vivimos", "No te pierdas nada de {section} ›"],
        "ru": ["Метки: {section} · земляки · наш край", "Следить за темой «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Save this article"], "tr": ["🔖 Bu haberi kaydet"], "de": ["🔖 Auf die Merkliste setzen"],
        "fr": ["🔖 Enregistrer l'article"], "es": ["🔖 Guardar la noticia"], "ru": ["🔖 Сохранить материал"],
    },
    "poll": {
        "en": ["Have your say: should the council do more about this? Yes · No · Don't know", "Vote now, then see the results"],
        "tr": ["Söz sizde: belediye bu konuda daha fazlasını yapmalı mı? Evet · Hayır · Fikrim yok", "Şimdi oy verin, sonra sonuçları görün"],
        "de": ["Ihre Meinung: Sollte die Stadt hier mehr tun? Ja · Nein · Weiß nicht", "Jetzt abstimmen und danach das Ergebnis sehen"],
        "fr": ["Donnez votre avis : la commune doit-elle agir davantage ? Oui · Non · Sans avis", "Votez, puis consultez les résultats"],
        "es": ["Tú decides: ¿debería el ayuntamiento hacer más al respecto? Sí · No · No lo sé", "Vota ahora y consulta después los resultados"],
        "ru": ["Скажите своё мнение: стоит ли властям заняться этим всерьёз? Да · Нет · Затрудняюсь ответить", "Проголосуйте, а потом посмотрите результаты"],
    },
    "embed": {  # the fallback text of social-media embeds ({handle}: the site's account)
        "en": ["See this post from {handle} on Instagram", "Play {handle}'s video on YouTube"],
        "tr": ["{handle} hesabının bu paylaşımını Instagram'da görün", "{handle} videosunu YouTube'da oynatın"],
        "de": ["Zum Instagram-Beitrag von {handle}", "Video von {handle} auf YouTube abspielen"],
        "fr": ["Afficher le post Instagram de {handle}", "Lire la vidéo de {handle} sur YouTube"],
        "es": ["Abre en Instagram la publicación de {handle}", "Reproduce el vídeo de {handle} en YouTube"],
        "ru": ["Открыть публикацию {handle} в Instagram", "Включить видео {handle} на YouTube"],
    },
    "gallery": {  # photo-gallery launchers and counters ({g}: the number of pictures)
        "en": ["📷 All {g} photos from the day, in one gallery", "{g} pictures · swipe to see them all"],
        "tr": ["📷 Günün {g} fotoğrafı tek galeride", "{g} fotoğraf · hepsini görmek için kaydırın"],
        "de": ["📷 Zur Bildergalerie ({g} Fotos)", "{g} Bilder · wischen, um alle zu sehen"],
        "fr": ["📷 Les {g} photos de la journée, en une galerie", "{g} images · faites glisser pour tout voir"],
        "es": ["📷 Abre la galería ({g} fotos)", "{g} imágenes · desliza para verlas todas"],
        "ru": ["📷 Все {g} фотографий дня в одной галерее", "{g} снимков · листайте, чтобы увидеть все"],
    },
    "map": {
        "en": ["Open this location in your maps app", "Map: © OpenStreetMap contributors · tap to expand"],
        "tr": ["Bu konumu harita uygulamanızda açın", "Harita: © OpenStreetMap katkıcıları · büyütmek için dokunun"],
        "de": ["Diesen Ort in Ihrer Karten-App öffnen", "Karte: © OpenStreetMap-Mitwirkende · zum Vergrößern tippen"],
        "fr": ["Ouvrir ce lieu dans votre application de cartes", "Carte : © les contributeurs d'OpenStreetMap · touchez pour agrandir"],
        "es": ["Abre este lugar en tu aplicación de mapas", "Mapa: © colaboradores de OpenStreetMap · toca para ampliar"],
        "ru": ["Открыть это место в приложении карт", "Карта: © участники OpenStreetMap · нажмите, чтобы развернуть"],
    },
    "correction": {  # (a corrected story carries its own wording: the "correction" field)
        "en": ["Correction: a detail in this report has been put right."], "tr": ["Düzeltme: Bu haberdeki bir ayrıntı düzeltildi."],
        "de": ["Korrektur: Ein Detail dieses Berichts wurde richtiggestellt."], "fr": ["Rectificatif : un détail de cet article a été corrigé."],
        "es": ["Corrección: se ha corregido un detalle de esta información."], "ru": ["Исправление: в материале уточнена одна деталь."],
    },
    "tickets": {  # ticket-shop widgets: availability, prices, the ticketing provider
        "en": ["Book seats for these screenings ›", "Tickets £7 · concessions £5 · book online", "Booking handled by SeatDesk"],
        "tr": ["Bu gösterimler için yer ayırtın ›", "Bilet 120 TL · öğrenci 80 TL · çevrim içi satın alın", "Bilet satışı KoltukMasası üzerinden"],
        "de": ["Plätze für diese Vorstellungen reservieren ›", "Karten 9 Euro · ermäßigt 6 Euro · online buchen", "Die Buchung wickelt PlatzPult ab"],
        "fr": ["Réservez vos places pour ces séances ›", "Billets 9 € · tarif réduit 6 € · réservation en ligne", "Réservation assurée par GuichetPlace"],
        "es": ["Reserva butaca para estas sesiones ›", "Entradas 7 € · reducida 5 € · compra en línea", "Venta gestionada por TaquillaYa"],
        "ru": ["Забронировать места на эти сеансы ›", "Билеты 400 ₽ · льготные 250 ₽ · покупка онлайн", "Продажа через сервис «МестоКасса»"],
    },
    "scores": {  # match-centre / result widgets put into sports reports
        "en": ["Results, tables and fixtures ›", "Full match stats on our live scores page"],
        "tr": ["Sonuçlar, puan tablosu ve fikstür ›", "Tüm maç istatistikleri canlı skor sayfamızda"],
        "de": ["Ergebnisse, Tabellen und Spielpläne ›", "Alle Spieldaten auf unserer Live-Ergebnisseite"],
        "fr": ["Résultats, classements et calendrier ›", "Toutes les statistiques du match sur notre page des scores en direct"],
        "es": ["Resultados, clasificaciones y calendario ›", "Todas las estadísticas del partido en nuestra página de resultados en directo"],
        "ru": ["Результаты, таблицы и расписание ›", "Вся статистика матча — на нашей странице онлайн-результатов"],
    },
    # the three families new in this part
    "election": {  # election-results widgets: seats declared, turnout, the results board, links to full results
        "en": ["Results service: all seats declared", "Turnout, vote shares and the full result for every ward ›", "Seats won by party"],
        "tr": ["Sonuç servisi: tüm sandıklar açıldı", "Katılım, oy oranları ve her mahallenin tam sonucu ›", "Partilere göre kazanılan sandalyeler"],
        "de": ["Wahlergebnis-Dienst: alle Wahlbezirke ausgezählt", "Wahlbeteiligung, Stimmenanteile und das Ergebnis jedes Bezirks ›", "Sitze nach Listen"],
        "fr": ["Service des résultats : tous les bureaux dépouillés", "Participation, scores et résultat complet bureau par bureau ›", "Sièges obtenus par liste"],
        "es": ["Servicio de resultados: escrutado el 100 %", "Participación, porcentajes y resultado completo por mesa ›", "Escaños por candidatura"],
        "ru": ["Итоги голосования: обработано 100 % протоколов", "Явка, доли голосов и полные результаты по участкам ›", "Голоса по кандидатам"],
    },
    "quiz": {  # quiz promos: local-knowledge quizzes, the weekly news quiz, a score to beat
        "en": ["QUIZ: How well do you know your own patch? Ten questions ›", "Try our weekly news quiz – last week's readers averaged 6 out of 10", "Test yourself: the {section} quiz"],
        "tr": ["TEST: Yaşadığınız yeri ne kadar tanıyorsunuz? On soru ›", "Haftalık haber testimizi çözün – geçen hafta okurların ortalaması 10 üzerinden 6'ydı", "Kendinizi deneyin: {section} testi"],
        "de": ["QUIZ: Wie gut kennen Sie Ihre Heimat? Zehn Fragen ›", "Machen Sie unser Wochenquiz – im Schnitt schafften die Leser letzte Woche 6 von 10", "Testen Sie sich: das Quiz zu {section}"],
        "fr": ["QUIZ : Connaissez-vous vraiment votre coin ? Dix questions ›", "Tentez notre quiz de l'actualité de la semaine – les lecteurs ont eu 6 sur 10 en moyenne la semaine dernière", "À vous de jouer : le quiz {section}"],
        "es": ["TEST: ¿Cuánto sabes de tu tierra? Diez preguntas ›", "Haz nuestro test semanal de actualidad: la semana pasada los lectores sacaron un 6 de media", "Ponte a prueba: el test de {section}"],
        "ru": ["ТЕСТ: Хорошо ли вы знаете родные места? Десять вопросов ›", "Пройдите наш еженедельный новостной тест — на прошлой неделе читатели в среднем набрали 6 из 10", "Проверьте себя: тест по теме «{section}»"],
    },
    "markets": {  # price-ticker widgets: today's local prices with their table
        "en": ["Today's prices in our area", "Price tracker, updated every morning at 8 ›", "Fuel, gold and currency: see every price"],
        "tr": ["Bölgemizde bugünkü fiyatlar", "Fiyat takibi her sabah 8'de güncellenir ›", "Akaryakıt, altın ve döviz: tüm fiyatları görün"],
        "de": ["Die Preise von heute in der Region", "Preisticker, jeden Morgen um 8 Uhr aktualisiert ›", "Sprit, Gold und Devisen: alle Kurse ansehen"],
        "fr": ["Les prix du jour près de chez vous", "Suivi des prix, mis à jour chaque matin à 8 h ›", "Carburants, or et devises : voir tous les cours"],
        "es": ["Los precios de hoy en la comarca", "Seguimiento de precios, actualizado cada mañana a las 8 ›", "Carburantes, oro y divisas: consulta todos los precios"],
        "ru": ["Цены сегодня в нашем районе", "Мониторинг цен, обновляется каждое утро в 8:00 ›", "Топливо, золото и валюта: все котировки"],
    },
}
# the figures the table-shaped widgets print under their label (a results board, a price ticker, a fixtures grid,
# the box office's next dates): fictional, the same on every page of a language
ELECTION_ROWS = {  # party or list, seats, change
    "en": [("Civic Alliance", "23", "−2"), ("Valley Independents", "14", "+1"), ("Green Party", "5", "+2"), ("Independents", "3", "−1")],
    "tr": [("Kent Birliği Partisi", "17", "+2"), ("Yeşil Vadi Hareketi", "9", "+1"), ("Halkın Sesi Listesi", "5", "−2"), ("Bağımsızlar", "2", "−1")],
    "de": [("Bürgerliste Westmark", "11", "+2"), ("Freie Wähler Aue", "8", "−1"), ("Grüne Liste", "6", "+1"), ("Einzelbewerber", "2", "−2")],
    "fr": [("Union des villages", "9", "+2"), ("Agir pour le canton", "6", "−1"), ("Divers gauche", "4", "="), ("Sans étiquette", "2", "−1")],
    "es": [("Agrupación Vecinal", "7", "+1"), ("Candidatura Comarcal", "5", "−1"), ("Independientes por el Valle", "1", "=")],
    "ru": [("«Родной город»", "12", "+3"), ("Союз жителей", "7", "−1"), ("Зелёная слобода", "3", "="), ("Самовыдвиженцы", "3", "−2")],
}
MARKET_ROWS = {  # item, price, change since yesterday
    "en": [("Unleaded, pence a litre", "131.4", "▼ 2.3"), ("Diesel, pence a litre", "138.9", "▼ 1.6"), ("Gold, £ a gram", "78.15", "▲ 0.42"), ("Euro in £", "0.8612", "▲ 0.0011")],
    "tr": [("Gram altın", "4.214 TL", "▲ %1,2"), ("Çeyrek altın", "6.890 TL", "▲ %1,1"), ("Dolar", "38,72 TL", "▲ %0,3"), ("Euro", "42,15 TL", "▼ %0,1")],
    "de": [("Super E10 je Liter", "1,749 €", "▲ 0,02"), ("Super E5 je Liter", "1,809 €", "▲ 0,02"), ("Diesel je Liter", "1,659 €", "▼ 0,01"), ("Heizöl je 100 Liter", "98,40 €", "▼ 1,10")],
    "fr": [("Gazole, le litre", "1,689 €", "▼ 0,012"), ("SP95-E10, le litre", "1,739 €", "="), ("Fioul, les 1000 litres", "1 102 €", "▲ 8"), ("Or, le lingot", "92 450 €", "▲ 310")],
    "es": [("Cordero lechal, kilo vivo", "7,10 €", "▲ 0,25"), ("Cordero recental, kilo vivo", "5,35 €", "▲ 0,10"), ("Oveja de desvieje, kilo", "1,05 €", "="), ("Cebada, tonelada", "214 €", "▼ 3")],
    "ru": [("АИ-92, литр", "56,40 ₽", "▲ 0,35"), ("АИ-95, литр", "61,80 ₽", "▲ 0,40"), ("Дизельное топливо, литр", "70,15 ₽", "▲ 0,60"), ("Доллар США, ЦБ", "91,27 ₽", "▼ 0,18")],
}
SCORE_ROWS = {  # home, score, away
    "en": [("Lunds Green", "2–2", "Askwith Moor"), ("Redmire Foot", "0–1", "Cotterby"), ("Aysgill Rovers", "3–0", "Thoralby")],
    "tr": [("Yenikent Belediyespor", "1-2", "Karadere Gençlikspor"), ("Çınarlı Spor", "0-0", "Hisarönü FK"), ("Aşağıova Gücü", "3-1", "Köprübaşı Spor")],
    "de": [("SV Ostervelde", "1:1", "TuS Brinkhausen"), ("FC Süderheide", "0:2", "VfL Kernstadt"), ("SG Aue", "4:1", "SC Tennstedt")],
    "fr": [("AS Mornay", "1-1", "US Saint-Vérand"), ("FC Lize", "2-0", "ES Vernoux"), ("JS Lacroze", "0-3", "AS Causse")],
    "es": [("CD Villarreña", "2-1", "UD Pinarejo"), ("Atlético Valdelosa", "0-0", "CF Fuentecilla"), ("SD Villacastro", "1-3", "CD Robledo")],
    "ru": [("«Заречье»", "1:0", "«Ключи»"), ("«Озёрск»", "2:2", "«Берёзовый Лог»"), ("«Локомотив-Сосновка»", "0:3", "«Труд»")],
}
TICKET_DATES = {  # the box office's next dates (the story's own event is not named: the widget lists the venue's dates)
    "en": ["Sat 14 Nov, 2.30pm · seats free", "Sat 14 Nov, 7pm · last few", "Sun 15 Nov, 2.30pm · fully booked"],
    "tr": ["Cmt 21.00 · boş koltuk var", "Paz 16.00 · son birkaç koltuk", "Paz 21.00 · dolu"],
    "de": ["Sa 18 Uhr · freie Plätze", "Sa 20.30 Uhr · nur noch Restkarten", "So 17 Uhr · restlos ausgebucht"],
    "fr": ["samedi 20 h 30 · places libres", "dimanche 15 h · quelques places", "dimanche 20 h 30 · plus de places"],
    "es": ["sáb 19:00 · hay localidades", "sáb 22:00 · quedan pocas", "dom 18:30 · sin localidades"],
    "ru": ["сб 18:00 · места есть", "вс 12:00 · осталось немного", "вс 18:00 · все места проданы"],
}
HEADLINES = {
    "en": ["Level crossing on Mill Lane to close for a week", "Bowls club gets a new green after 40 years",
           "Town's oldest pub changes hands", "Primary school gets new playground after fundraising",
           "Parking charges return to the seafront in April", "Ferry timetable cut to four sailings a day"],
    "tr": ["Değirmen Sokağı'ndaki hemzemin geçit bir hafta kapalı", "Mahalle pazarının üstü tenteyle kapatılıyor",
           "İlçenin en eski lokantası el değiştirdi", "İlkokula kermes geliriyle yeni oyun alanı",
           "Sahil otoparkı nisanda yeniden ücretli oluyor", "Feribot seferleri günde dörde indi"],
    "de": ["Bahnübergang am Mühlenweg eine Woche gesperrt", "Boule-Verein bekommt nach 40 Jahren einen neuen Platz",
           "Ältestes Gasthaus der Stadt hat neue Besitzer", "Grundschule bekommt neuen Pausenhof nach Spendenlauf",
           "Parkgebühren an der Promenade kehren im April zurück", "Fähre fährt künftig nur noch viermal am Tag"],
    "fr": ["Le passage à niveau du chemin du Moulin fermé une semaine", "Le club de pétanque a enfin un nouveau terrain",
           "Le plus vieux bistrot de la ville change de mains", "L'école primaire s'offre une nouvelle cour grâce à la kermesse",
           "Le stationnement redevient payant sur le front de mer en avril", "Le bac ne fera plus que quatre traversées par jour"],
    "es": ["El paso a nivel del camino del Molino cierra una semana", "El club de petanca estrena pista después de 40 años",
           "La taberna más antigua del pueblo cambia de dueños", "El colegio estrena patio gracias a una carrera solidaria",
           "Vuelve la zona azul al paseo marítimo en abril", "El ferri reduce sus salidas a cuatro al día"],
    "ru": ["Переезд на Мельничной улице закроют на неделю", "У клуба любителей городков появилась новая площадка",
           "У старейшей городской столовой новый владелец", "Школа получила новую площадку после благотворительного забега",
           "Платная парковка на набережной вернётся в апреле", "Паром будет ходить только четыре раза в день"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The barriers and the track bed are being replaced.",
           "The old green had flooded three winters running.",
           "The new owners say the Sunday carvery is staying.",
           "Parents raised £18,000 in a year of cake sales and fun runs.",
           "The first hour will cost £1.20, after five years of free parking.",
           "The operator blames a shortage of crew."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Today's front page", "Town, villages and the valley", "Planning and property", "Money and work", "Days out and nights in", "Match reports and results", "Letters to the editor's desk"],
               cookie="We use cookies to keep the site running, count visits in round numbers and show adverts that help pay for our reporting. Choose the ones you agree to.",
               accept="Fine, accept them all", reject="Let me pick one by one", share="Share this with someone",
               related="Elsewhere on the site today", newsletter="The Evening Tab, every weekday at 6pm",
               subscribe="Yes, send the Evening Tab to me", email="name@yourmail.example",
               comment_note="Log in to your reader account to post a comment.",
               closed="Comments are closed under this article.",
               footer=["The team in our newsroom", "Where we got it wrong", "Manage cookie settings", "Book advertising space in print or online", "Reader terms and conditions"],
               rights="No part of this website may be copied without the publisher's permission.",
               commenters=[("harbour_wall_dave", "Glad somebody is finally writing about this."),
                           ("Josie M", "Is there a public meeting coming up about it?"),
                           ("oldtownlad", "Interesting, ta.")]),
    "tr": dict(nav=["Bugünün manşetleri", "Şehir, köyler ve vadi", "İmar ve konut", "Para ve iş", "Gezi ve etkinlik", "Maç raporları ve sonuçlar", "Okurdan gelen mektuplar"],
               cookie="Çerezleri sitenin çalışması, ziyaretleri kabaca saymak ve habercilik masraflarımıza katkı veren reklamları göstermek için kullanıyoruz. Hangilerine onay verdiğinizi seçin.",
               accept="Tamam, hepsini kabul et", reject="Tek tek ben seçeceğim", share="Bunu biriyle paylaşın",
               related="Bugün haberlerde ayrıca", newsletter="Akşam Özeti, hafta içi her gün saat 18'de",
               subscribe="Evet, bana da gönderin", email="adiniz@epostaniz.example",
               comment_note="Yorum yazmak için okur hesabınıza giriş yapın.",
               closed="Bu haberin altında yorumlar kapalı.",
               footer=["Haber merkezimizle tanışın", "Yanlışlarımızı nasıl düzeltiyoruz", "Çerez ayarlarını yönetin", "Bize ilan verin", "Site kullanım şartlarımız"],
               rights="Bu sitenin hiçbir bölümü yayıncının izni olmadan kopyalanamaz.",
               commenters=[("iskele_ahmet", "Sonunda biri bu konuyu açtı, sağ olun."),
                           ("Sevgül K.", "Bu konuda yakında bir toplantı var mı?")]),
    "de": dict(nav=["Die Titelseite von heute", "Stadt, Dörfer und das Tal", "Bauen und Wohnen", "Geld und Arbeit", "Unterwegs", "Spielberichte und Ergebnisse", "Ihre Leserbriefe"],
               cookie="Wir nutzen Cookies, damit die Seite funktioniert, um Besuche grob zu zählen und um Werbung zu zeigen, die unsere Berichterstattung mitfinanziert. Wählen Sie aus, welchen Sie zustimmen.",
               accept="Gut, alle annehmen", reject="Einzeln auswählen, bitte", share="Teilen Sie das mit jemandem",
               related="Heute außerdem in den Nachrichten", newsletter="Feierabend-Brief: montags bis freitags um 18 Uhr im Postfach",
               subscribe="Ja, schicken Sie ihn mir", email="name@ihrpostfach.example",
               comment_note="Melden Sie sich mit Ihrem Leserkonto an, um einen Kommentar zu schreiben.",
               closed="Unter diesem Artikel sind die Kommentare geschlossen.",
               footer=["Das Team der Redaktion", "Wo wir uns geirrt haben", "Cookie-Einstellungen verwalten", "Anzeigen in Print und online buchen", "Bedingungen für die Nutzung dieser Seite"],
               rights="Kein Teil dieser Website darf ohne Erlaubnis des Verlags kopiert werden.",
               commenters=[("Hafenmauer_Dieter", "Gut, dass endlich mal jemand darüber schreibt."),
                           ("Jutta M.", "Gibt es dazu bald eine öffentliche Versammlung?")]),
    "fr": dict(nav=["La première page d'aujourd'hui", "La ville, les villages et la vallée", "Urbanisme et logement", "Argent et travail", "Sorties", "Comptes rendus et résultats", "Vos lettres adressées à la rédaction"],
               cookie="Nous utilisons des cookies pour faire fonctionner le site, compter les visites en chiffres ronds et afficher des publicités qui financent une partie de nos reportages. Choisissez ceux que vous acceptez.",
               accept="D'accord, tout accepter", reject="Je veux choisir", share="Partagez-le avec quelqu'un",
               related="Ailleurs sur le site aujourd'hui", newsletter="Le Point du soir, chaque jour de semaine à 18 h",
               subscribe="Je m'inscris volontiers", email="nom@votremessagerie.example",
               comment_note="Connectez-vous à votre compte lecteur pour publier un commentaire.",
               closed="Les commentaires sont fermés sous cet article.",
               footer=["Les journalistes de la rédaction", "Corrections et précisions", "Gérer les réglages des cookies", "Réserver un espace publicitaire papier ou web", "Conditions d'utilisation de ce site"],
               rights="Aucune partie de ce site ne peut être copiée sans l'autorisation de l'éditeur.",
               commenters=[("vieux_port_dede", "Il était temps qu'un journal s'y intéresse."),
                           ("Josiane M.", "Une réunion publique est-elle prévue sur le sujet ?")]),
    "es": dict(nav=["La primera página de hoy", "El pueblo, las pedanías y el valle", "Urbanismo y vivienda", "Dinero y trabajo", "Planes", "Crónicas y resultados", "Cartas a la redacción"],
               cookie="Usamos cookies para que la web funcione, contar las visitas en números redondos y mostrar anuncios que ayudan a pagar nuestro periodismo. Elige las que aceptas.",
               accept="Vale, aceptarlas todas", reject="Quiero elegir", share="Pásaselo a quien le interese",
               related="Hoy, en otras secciones de la web", newsletter="La Tarde, de lunes a viernes a las 18:00",
               subscribe="Sí, mandádmela", email="nombre@tucorreo.example",
               comment_note="Entra en tu cuenta de lector para publicar un comentario.",
               closed="En esta noticia no se admiten comentarios.",
               footer=["El equipo de la redacción", "Dónde nos hemos equivocado", "Gestionar la configuración de cookies", "Compra un anuncio en papel o en la web", "Condiciones de uso de esta web"],
               rights="Ninguna parte de esta web puede copiarse sin permiso del editor.",
               commenters=[("el_del_muelle", "Ya era hora de que un periódico se fijara en esto."),
                           ("Josefina M.", "¿Hay prevista alguna reunión vecinal sobre esto?")]),
    "ru": dict(nav=["Главные материалы дня", "Город, сёла и долина", "Стройка и жильё", "Деньги и работа", "Куда сходить в выходные", "Репортажи и результаты матчей", "Письма в редакцию"],
               cookie="Мы используем cookie, чтобы сайт работал, чтобы примерно считать посещения и показывать рекламу, которая помогает оплачивать нашу работу. Выберите, с какими из них вы согласны.",
               accept="Хорошо, принять все", reject="Хочу выбрать", share="Поделитесь с кем-нибудь",
               related="Ещё в новостях сегодня", newsletter="«Вечерняя сводка» по будням в 18:00",
               subscribe="Да, присылайте", email="imya@vashapochta.example",
               comment_note="Войдите в аккаунт читателя, чтобы оставить комментарий.",
               closed="Обсуждение этого материала отключено редакцией.",
               footer=["Команда редакции", "Где мы ошиблись", "Управление настройками cookie", "Купить рекламу в газете и на сайте", "Условия пользования сайтом"],
               rights="Никакую часть этого сайта нельзя копировать без разрешения издателя.",
               commenters=[("pristan_dima", "Хорошо, что газета за это взялась."),
                           ("Зинаида М.", "Будет ли по этому поводу собрание жителей?")]),
}
UI33 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"en": "MORE FROM THE ECHO:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes about {section} and the people of the dales for {site}. Story ideas are welcome at dales@example.org"},
    (mp4, "READMORE"): {"tr": "POSTA'DA BUNLARI DA OKUYUN:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp5, "SQS"): {"en": dict(title="Choir news by email", desc="Concert dates, rehearsal changes and the odd cake rota, about once a month.",
                              button="Put me on the choir list", foot="We only use your address for choir news, and you can leave whenever you like.",
                              prev="← Earlier news from the choir", next="Later news from the choir →", cookie_ok="OK, close this")},
    (mp6, "QT"): {"ru": dict(also="Загляните и сюда")},
    (mp6, "TYPO3"): {"en": dict(ext="Video hosted on Vimeo", note="A short film about the county's libraries is embedded here. Nothing is loaded from Vimeo, and no data is sent to it, until you agree.",
                                button="Agree and play the film", by="Issued by:", search="Search the county council website",
                                lang_menu="Other languages")},
    (mp6, "BITRIX"): {"ru": dict(agency="Информационная служба «Заречье»", share="Расскажите о новости друзьям")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La lettre de Vernoux", nl_text="Une fois par mois, les nouvelles du village, des associations et du patrimoine.",
                                nl_label="Votre courriel, s'il vous plaît", nl_button="Recevoir la lettre")},
    (mp13, "PUB_NAV"): {"en": ["Latest from the Dispatch", "Shops and high streets", "Wrayside people", "Back the Dispatch"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Берёзовый Лог: жизнь посёлка, объявления, фотографии",
                                menu=["Главная Берёзового Лога", "Что нового в Логе", "Совет посёлка сообщает", "Наш клуб",
                                      "Фото посёлка", "Написать совету посёлка"],
                                cats=["Что нового в Логе", "Клуб", "Совет посёлка сообщает"],
                                friends=["Берёзоволожская основная школа", "Фермерское хозяйство Дробышева", "Хор ветеранов «Рябинушка»"],
                                footer="Посёлок Берёзовый Лог © 2026 · сайт ведёт совет посёлка на общественных началах",
                                poster="sovet_blog", tags=["клуб", "ремонт своими силами"],
                                commenters=[("Людмила Ивановна", "Какие молодцы! В субботу приду на кино."),
                                            ("Саня_Латышев", "Дед доволен, пол до сих пор не скрипит.")],
                                style="p", heads="h3")},
}
HEADLINE_MODULES = tuple(m for m in EARLIER_MODULES if hasattr(m, "HEADLINES"))


@contextlib.contextmanager
def site_strings():
    """Swap in this part's headlines and site strings in the earlier modules; put theirs back afterwards."""
    saved = []
    try:
        saved.append((mp, "RELATED_HEADLINES", mp.RELATED_HEADLINES))
        mp.RELATED_HEADLINES = HEADLINES
        for mod in HEADLINE_MODULES:
            saved.append((mod, "HEADLINES", mod.HEADLINES))
            mod.HEADLINES = HEADLINES
        for (mod, name), by_key in SITE_STRINGS.items():
            old = getattr(mod, name)
            saved.append((mod, name, old))
            new = copy.deepcopy(old)
            for key, val in by_key.items():
                new[key] = dict(new[key], **val) if isinstance(val, dict) and isinstance(new.get(key), dict) else val
            setattr(mod, name, new)
        yield
    finally:
        for mod, name, old in reversed(saved):
            setattr(mod, name, old)


# --------------------------------------------------------------------------
# the new layout: a news page of a Django / Wagtail site with a Bootstrap 5 theme (StreamField body)
# --------------------------------------------------------------------------
# the few interface strings that Bootstrap's markup conventions and the site's accessibility labels bring with them
# (not checked: they recur on any site built this way in that language)
WAGTAIL_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", skip="Skip to main content", crumbs="breadcrumb",
               toggle="Toggle navigation", search="Search",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
    "de": dict(html_lang="de-DE", og_locale="de_DE", skip="Zum Inhalt springen", crumbs="Brotkrumen",
               toggle="Navigation umschalten", search="Suche",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"]),
}
WAGTAIL_VERSION, DJANGO_VERSION = "6.3", "5.1"
# the sites' own strings (their templates): address, menus and their slugs, the cookie banner, labels, footer
WAGTAIL = {
    "Castlebury City Council": dict(
        domain="www.castlebury.gov.example", news_slug="news",
        top=["Contact the council", "Report something", "Pay for something", "Find your bin day"],
        menu=["Council tax", "Bins and recycling", "Parking and roads", "Housing", "Libraries and leisure", "Council news"],
        slugs=["council-tax", "bins-and-recycling", "parking-and-roads", "housing", "libraries-and-leisure", "news"],
        home="Council home page", search_ph="Search for a service, form or page",
        cookie_title="Cookies on the Castlebury City Council website",
        cookie="We use some essential cookies to make this website work. We would also like to set analytics cookies that tell us how you use the site, so that we can improve it.",
        accept="Accept analytics cookies", reject="Reject analytics cookies", cookie_link="View the cookies we use",
        published="Published {d}", by="From: {by}",
        tags_label="Filed under these topics", tags=["Budget and spending", "Council tax", "Roads and pavements"],
        share_label="Share this page", share=["Facebook", "X", "LinkedIn", "Email"],
        updated="Page last updated: {d}",
        related_title="More council news", contact_title="Media enquiries",
        contact="Journalists can reach the press office on 01632 960 700 or at press@castlebury.gov.example.",
        feedback_q="Is this page useful?", yes="Yes, it is", no="No, it isn't", report="Report a problem with this page",
        footer_cols=[("Your council", ["Councillors and committees", "Budgets and spending", "Jobs with the council"]),
                     ("About castlebury.gov", ["Accessibility statement", "What we do with your personal data", "Cookies on this site"])],
        address="Castlebury City Council, Guildhall, High Street, Castlebury CB1 1GH",
        copyright="© Castlebury City Council {y}",
        social=["Facebook", "Instagram", "YouTube"],
        video_title="Full council meeting, 25 February 2026: the budget debate",
        table_class="table", tip="callout callout--tip", infobox="infobox"),
    "Westmärkischer Rundfunk": dict(
        domain="www.wmr.example", news_slug="westmark",
        top=["WMR 1 live hören", "WMR Fernsehen", "Mediathek", "Verkehrslage"],
        menu=["Nachrichten aus dem Land", "Westmark", "Sport regional", "Wetter und Verkehr", "Kultur und Freizeit", "Ratgeber Verbraucher"],
        slugs=["nachrichten", "westmark", "sport", "wetter", "kultur", "ratgeber"],
        home="WMR-Startseite", search_ph="Suchbegriff für wmr.example",
        cookie_title="Ihre Datenschutz-Einstellungen beim WMR",
        cookie="Wir setzen technisch notwendige Cookies ein. Mit Ihrer Einwilligung messen wir außerdem anonym, welche Beiträge wie oft aufgerufen werden.",
        accept="Reichweitenmessung erlauben", reject="Nur technisch Notwendiges zulassen", cookie_link="Mehr zum Datenschutz beim WMR",
        published="Stand der Meldung: {d}, {t} Uhr", by="Von {by}",
        tags_label="Schlagwörter", tags=["Bürgerentscheid", "Hollerbeck", "Hallenbäder"],
        share_label="Beitrag teilen", share=["WhatsApp", "Facebook", "Mastodon", "E-Mail"],
        updated="Letzte Änderung: {d}",
        related_title="Mehr aus der Westmark", contact_title="Das WMR-Regionalstudio Westmark",
        contact="Haben Sie einen Hinweis für das Regionalstudio? Schreiben Sie an westmark@wmr.example.",
        feedback_q="Hat Ihnen dieser Beitrag weitergeholfen?", yes="Ja, sehr", no="Eher nicht", report="Einen Fehler auf dieser Seite melden",
        footer_cols=[("Der WMR", ["Über den Sender", "Rundfunkrat", "Karriere beim WMR"]),
                     ("Service und Kontakt", ["Erklärung zur Barrierefreiheit", "Datenschutz beim WMR", "Impressum des WMR"])],
        address="Westmärkischer Rundfunk, Anstalt des öffentlichen Rechts, Funkhausplatz 1, Hollerbeck",
        copyright="© Westmärkischer Rundfunk {y}",
        social=["Instagram", "Mastodon", "YouTube"],
        video_title="Bürgerentscheid in Hollerbeck: Stimmen aus der Kernstadt",
        table_class="table table-striped", tip="callout callout--hinweis", infobox="infobox infobox--grau"),
}
WAGTAIL_EXEMPT = {"domain", "news_slug", "slugs", "table_class", "tip", "infobox", "share", "social"}  # (codes, classes, network names)


def wagtail_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    if lang == "de":
        return "%02d.%02d.%d" % (d, m, y)
    return "%d %s %d" % (d, WAGTAIL_CORE[lang]["months"][m - 1], y)


def wagtail_img(src, w, h, cls="", alt=""):
    """Wagtail's {% image %} tag: the attributes in alphabetical order."""
    return '<img alt="%s"%s height="%d" src="%s" width="%d">' % (A(alt), ' class="%s"' % cls if cls else "", h, src, w)


def wagtail_table(rows, header, cls, row_header=False):
    """A TableBlock as Wagtail's template (table_block/blocks/table.html) prints it, with the whitespace the Django
    template leaves: <thead> when the first row is a header row, <th scope="row"> when the first column is one,
    the empty {% cell_classname %} leaving "<td >"."""
    out = ['<table class="%s">' % cls if cls else "<table>", "    "]
    body = rows
    if header:
        out.append("        <thead>\n            <tr>")
        for c in rows[0]:
            out.append('                \n                    \n                        <th scope="col" >\n'
                       '                            \n                                %s\n                            \n'
                       '                        </th>\n                    ' % E(c))
        out.append("                \n            </tr>\n        </thead>\n    ")
        body = rows[1:]
    out.append("    <tbody>")
    for r in body:
        out.append("        \n            \n                <tr>")
        for k, c in enumerate(r):
            tag, attr = ("th", ' scope="row" ') if row_header and k == 0 else ("td", " ")
            out.append('                    \n                        \n                            <%s%s>\n'
                       '                                \n                                    %s\n'
                       '                                \n                            </%s>\n                        ' % (tag, attr, E(c), tag))
        out.append("                    \n                </tr>\n            \n        ")
    out.append("    </tbody>\n</table>")
    return "\n".join(out)


def wagtail_body(art, placed, rng, s, site):
    """The StreamField: consecutive paragraphs and lists in one rich-text block (Draftail's HTML, one block key a
    paragraph), subheadings, quotes, tables, the site's callout and info-box blocks, an image block after the
    opening paragraphs and an embed block further down; residue typed into the rich text where it is bare markup,
    otherwise pasted into a raw-HTML block."""
    blocks, n, lang = art["blocks"], len(art["blocks"]), art["lang"]
    looks = {j: style for style, _, j in art["looks"]}
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]] or [n]
    img_at = slots[0]
    emb_at = next((i for i in slots if i >= max(img_at + 2, n // 2)), None)
    out, rich = [], []

    def key():
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))

    def flush():
        if rich:
            out.append('<div class="block-paragraph">\n<div class="rich-text">%s</div>\n</div>' % "".join(rich))
            del rich[:]

    def para(val):
        return '<p data-block-key="%s">%s</p>' % (key(), mp.inline_html(val))

    def lst(kind, val):
        return "<%s>%s</%s>" % (kind, "".join('<li data-block-key="%s">%s</li>' % (key(), mp.inline_html(v)) for v in val), kind)

    def residue(snip):
        if re.match(r"<(p|h[2-6]|ul|ol)>", snip):  # bare markup: typed into the rich text
            rich.append(snip)
        else:
            flush()
            out.append('<div class="block-raw_html">\n%s\n</div>' % snip)

    img = "/media/images/%s.%08x.width-800.jpg" % (mp13.medium_slug(art["caption"], 40).lower(), rng.randint(0, 16**8 - 1))
    i = 0
    while i <= n:
        for x in placed.get(i, []):
            residue(x)
        if i == img_at:
            flush()
            out.append('<div class="block-image">\n<figure class="figure">\n%s\n<figcaption class="figure-caption">%s '
                       '<span class="figure-caption__credit">%s</span></figcaption>\n</figure>\n</div>' % (
                           wagtail_img(img, 800, 533, "figure-img img-fluid", art["caption"]), E(art["caption"]), E(art["credit"])))
        if i == emb_at:
            flush()
            vid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))
            out.append('<div class="block-embed">\n<div class="video-embed">\n<div class="responsive-object" style="padding-bottom: 56.25%%;">\n'
                       '    <iframe width="200" height="113" src="https://www.youtube-nocookie.com/embed/%s?feature=oembed" frameborder="0" '
                       'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                       'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="%s"></iframe>\n</div>\n'
                       '<p class="video-embed__caption">%s</p>\n</div>\n</div>' % (
                           vid, A(s["video_title"]), E(fill_text(R["embed"][lang][1], rng, site, art))))
        if i == n:
            break
        kind, val = blocks[i]
        style = looks.get(i)
        if i in art["tables"]:
            flush()
            t = art["tables"][i]
            out.append('<div class="block-table">\n%s\n</div>' % wagtail_table(t["rows"], t["header"], s["table_class"]))
        elif style == "box":
            flush()
            out.append('<div class="block-callout">\n<div class="%s">\n<div class="rich-text">%s</div>\n</div>\n</div>' % (
                s["tip"], para(val)))
        elif style == "factbox":
            flush()
            nkind, nval = blocks[i + 1]
            inner = lst(nkind, nval) if nkind in ("ul", "ol") else para(nval)
            out.append('<div class="block-infobox">\n<aside class="%s">\n<h2 class="infobox__title">%s</h2>\n'
                       '<div class="rich-text">%s</div>\n</aside>\n</div>' % (s["infobox"], E(val), inner))
            i += 1
        elif kind == "h":
            flush()
            out.append('<div class="block-heading">\n<h2 id="%s">%s</h2>\n</div>' % (slug(val), E(val)))
        elif kind == "q":
            flush()
            out.append('<div class="block-quote">\n<figure class="pull-quote">\n<blockquote class="blockquote">\n<p>%s</p>\n'
                       '</blockquote>\n</figure>\n</div>' % mp.inline_html(val))
        elif kind == "p":
            rich.append(para(val))
        else:
            rich.append(lst(kind, val))
        i += 1
    flush()
    return "\n".join(out)


def tpl_wagtail(art, ui, site, placed, rng):
    # a news page of a Wagtail site (see the module docstring)
    lang = art["lang"]
    c, s = WAGTAIL_CORE[lang], WAGTAIL[site]
    host = "https://" + s["domain"]
    y, m, d = (int(x) for x in art["date"].split("-"))
    page_slug = mp13.medium_slug(art["title"], 70).lower()
    url = "%s/%s/%s/" % (host, s["news_slug"], page_slug)
    shown = wagtail_date(lang, art["date"])
    hh, mi = rng.randint(7, 19), rng.randint(0, 59)
    hero = "/media/images/%s.%08x.fill-1200x675.jpg" % (mp13.medium_slug(art["title"], 40).lower(), rng.randint(0, 16**8 - 1))
    og = hero.replace("fill-1200x675", "fill-1200x630")
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(64))
    css = "%012x" % rng.randint(0, 16**12 - 1)
    js = "%012x" % rng.randint(0, 16**12 - 1)
    body = wagtail_body(art, placed, rng, s, site)
    top = "".join('<li class="list-inline-item"><a class="link-light" href="/%s/">%s</a></li>' % (
        mp13.medium_slug(x, 30).lower(), E(x)) for x in s["top"])
    menu = "".join(
        '<li class="nav-item"><a class="nav-link%s" %shref="/%s/">%s</a></li>' % (
            " active" if sl == s["news_slug"] else "", 'aria-current="page" ' if sl == s["news_slug"] else "", sl, E(x))
        for x, sl in zip(s["menu"], s["slugs"]))
    news_label = s["menu"][s["slugs"].index(s["news_slug"])]
    heads = rng.sample(HEADLINES[lang], 4)
    related = "".join('<li class="list-group-item"><a href="/%s/%s/">%s</a></li>' % (
        s["news_slug"], mp13.medium_slug(h, 60).lower(), E(h)) for h in heads)
    tags = "".join('<a class="badge rounded-pill text-bg-light" href="/%s/?tag=%s">%s</a> ' % (
        s["news_slug"], mp13.medium_slug(t, 30).lower(), E(t)) for t in s["tags"])
    share = "".join('<li class="list-inline-item"><a class="share-links__link share-links__link--%s" href="#share-%s">%s</a></li>' % (
        mp13.medium_slug(x, 20).lower(), mp13.medium_slug(x, 20).lower(), E(x)) for x in s["share"])
    cols = "".join('<div class="col-md-4"><h2 class="h6 text-uppercase">%s</h2><ul class="list-unstyled">%s</ul></div>' % (
        E(t), "".join('<li><a class="link-light" href="/%s/">%s</a></li>' % (mp13.medium_slug(x, 30).lower(), E(x)) for x in xs))
        for t, xs in s["footer_cols"])
    social = "".join('<li class="list-inline-item"><a class="link-light" href="https://%s.example/%s">%s</a></li>' % (
        mp13.medium_slug(x, 20).lower(), mp11.host_name(site)[:20], E(x)) for x in s["social"])
    published = s["published"].replace("{d}", shown).replace("{t}", "%02d:%02d" % (hh, mi))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": "%sT%02d:%02d:00+01:00" % (art["date"], hh, mi),
                     "image": host + og, "mainEntityOfPage": url,
                     "publisher": {"@type": "Organization", "name": site, "url": host + "/"}}, ensure_ascii=False)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" class="no-js">
    <head>
        <meta charset="utf-8" />
        <title>
            
                {E(art["title"])}
            
            
                
                | {E(site)}
            
        </title>
        
            <meta name="description" content="{A(art["sub"])}" />
        
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="canonical" href="{url}">
        <meta property="og:type" content="article">
        <meta property="og:locale" content="{c["og_locale"]}">
        <meta property="og:title" content="{A(art["title"])}">
        <meta property="og:description" content="{A(art["sub"])}">
        <meta property="og:url" content="{url}">
        <meta property="og:image" content="{host}{og}">
        <meta property="og:site_name" content="{A(site)}">
        <meta name="twitter:card" content="summary_large_image">

        <link rel="stylesheet" href="/static/css/main.{css}.css">
        <link rel="icon" type="image/png" href="/static/img/favicon.{js[:8]}.png">
        <script type="application/ld+json">{ld}</script>
        
    </head>

    <body class="template-news-page">
        

        <a class="skip-link visually-hidden-focusable" href="#main-content">{E(c["skip"])}</a>

        
<div class="cookie-banner bg-dark text-light" id="cookie-banner" role="region" aria-label="{A(s["cookie_title"])}">
    <div class="container py-3">
        <h2 class="h5">{E(s["cookie_title"])}</h2>
        <p>{E(s["cookie"])}</p>
        <form method="post" action="/cookies/" class="d-inline">
            <input type="hidden" name="csrfmiddlewaretoken" value="{token}">
            <input type="hidden" name="next" value="/{s["news_slug"]}/{page_slug}/">
            <button type="submit" name="cookies" value="accept" class="btn btn-light">{E(s["accept"])}</button>
            <button type="submit" name="cookies" value="reject" class="btn btn-outline-light">{E(s["reject"])}</button>
        </form>
        <a class="link-light ms-3" href="/cookies/">{E(s["cookie_link"])}</a>
    </div>
</div>


        
<header class="site-header">
    <div class="site-header__top bg-primary">
        <div class="container">
            <ul class="list-inline mb-0">{top}</ul>
        </div>
    </div>
    <nav class="navbar navbar-expand-lg bg-body-tertiary border-bottom">
        <div class="container">
            <a class="navbar-brand" href="/">{wagtail_img("/static/img/logo.%s.svg" % css[:8], 180, 48, "", site)}</a>
            <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#primary-navigation" aria-controls="primary-navigation" aria-expanded="false" aria-label="{A(c["toggle"])}">
                <span class="navbar-toggler-icon"></span>
            </button>
            <div class="collapse navbar-collapse" id="primary-navigation">
                <ul class="navbar-nav me-auto mb-2 mb-lg-0">{menu}</ul>
                <form class="d-flex" role="search" action="/search/" method="get">
                    <input class="form-control me-2" type="search" name="query" placeholder="{A(s["search_ph"])}" aria-label="{A(c["search"])}">
                    <button class="btn btn-outline-primary" type="submit">{E(c["search"])}</button>
                </form>
            </div>
        </div>
    </nav>
</header>


        <main id="main-content">
            
<div class="container">
    <nav aria-label="{A(c["crumbs"])}">
        <ol class="breadcrumb">
            
                <li class="breadcrumb-item"><a href="/">{E(s["home"])}</a></li>
            
                <li class="breadcrumb-item"><a href="/{s["news_slug"]}/">{E(news_label)}</a></li>
            
            <li class="breadcrumb-item active" aria-current="page">{E(art["title"])}</li>
        </ol>
    </nav>
</div>

<header class="page_header">
    <div class="container">
        <h1 class="page_header__title">{E(art["title"])}</h1>
        
            <p class="page_header__intro lead">{E(art["sub"])}</p>
        
        <p class="page_header__meta text-body-secondary"><time datetime="{art["date"]}T{hh:02d}:{mi:02d}:00">{E(published)}</time> · <span class="page_header__author">{E(s["by"].replace("{by}", art["byline"]))}</span></p>
    </div>
</header>

<div class="container">
    <div class="row">
        <article class="col-lg-8 news-page">
            <figure class="news-page__hero">
                {wagtail_img(hero, 1200, 675, "img-fluid", "")}
            </figure>

            <div class="streamfield">
{body}
            </div>

            <div class="news-page__tags">
                <h2 class="visually-hidden">{E(s["tags_label"])}</h2>
                {tags}
            </div>

            <div class="share-links">
                <h2 class="h6">{E(s["share_label"])}</h2>
                <ul class="list-inline">{share}</ul>
            </div>

            <p class="news-page__updated small text-body-secondary">{E(s["updated"].replace("{d}", shown))}</p>
        </article>

        <aside class="col-lg-4 news-sidebar">
            <div class="card mb-4">
                <div class="card-header">{E(s["related_title"])}</div>
                <ul class="list-group list-group-flush">{related}</ul>
            </div>
            <div class="card">
                <div class="card-body">
                    <h2 class="h6 card-title">{E(s["contact_title"])}</h2>
                    <p class="card-text">{E(s["contact"])}</p>
                </div>
            </div>
        </aside>
    </div>
</div>

<section class="page-feedback bg-light border-top">
    <div class="container py-3">
        <form method="post" action="/feedback/" class="page-feedback__form">
            <input type="hidden" name="csrfmiddlewaretoken" value="{token[::-1]}">
            <input type="hidden" name="page" value="{rng.randint(200, 4000)}">
            <span class="me-2">{E(s["feedback_q"])}</span>
            <button class="btn btn-sm btn-outline-secondary" type="submit" name="useful" value="yes">{E(s["yes"])}</button>
            <button class="btn btn-sm btn-outline-secondary" type="submit" name="useful" value="no">{E(s["no"])}</button>
            <a class="ms-3" href="/feedback/report/">{E(s["report"])}</a>
        </form>
    </div>
</section>

        </main>

        
<footer class="site-footer bg-dark text-light mt-5">
    <div class="container py-4">
        <div class="row">{cols}<div class="col-md-4"><ul class="list-inline">{social}</ul></div></div>
        <p class="site-footer__address small">{E(s["address"])}</p>
        <p class="site-footer__copyright small mb-0">{E(s["copyright"].replace("{y}", str(y)))}</p>
    </div>
</footer>


        <script src="/static/js/bootstrap.bundle.min.{css[4:12]}.js"></script>
        <script src="/static/js/main.{js}.js"></script>
        
    </body>
</html>
'''


R["textsize"] = {
    "en": ["Text size: small · normal · large"], "tr": ["Yazı büyüklüğü: küçült · normal · büyüt"],
    "de": ["Textgröße: klein · normal · groß"], "fr": ["Taille du texte : petite · normale · grande"],
    "es": ["Tamaño del texto: pequeño · normal · grande"], "ru": ["Размер текста: маленький · обычный · крупный"],
}

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"wagtail": ["caption", "embed"]}  # the image block's caption, the embed block's caption line
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp5, ["squarespace"]), (mp6, ["quintype", "typo3", "bitrix"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "ai", "skip", "print", "moderation",
            "feedback", "standards", "topics", "bookmark", "textsize", "poll", "embed", "gallery",
            "map", "tickets", "scores", "election", "quiz", "markets"]
NEW_FAMILIES = ["election", "quiz", "markets"]
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["gallery", "map", "tickets", "scores"]
# families whose markups are used in turn over the part (so that each markup, the table included, occurs)
IN_TURN = NEW_FAMILIES + ["tickets", "scores"]
# families a village, association or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "ai", "skip", "feedback", "standards", "topics", "bookmark", "poll",
                      "newsletter", "moderation", "textsize"}
# an independent publication on Medium or Ghost (the platform prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "skip", "textsize", "bookmark", "audio"}
# a town hall's or council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "skip", "tip", "typo", "comments", "moderation", "poll", "bio",
                      "newsletter", "credit", "standards", "section", "embed", "feedback", "bookmark"}
# a public broadcaster's news page: no adverts, paywall or donation notes, no newspaper press-council lines
NOT_ON_BROADCASTER = {"ad", "skip", "newsletter", "typo", "credit", "standards", "comments", "moderation", "bio"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY,
               "broadcaster": NOT_ON_BROADCASTER}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables ({erows} / {eitems}: the results board; {mrows} / {mitems}: the price ticker;
# {srows}: the fixtures; {daterows} / {dates}: the box office's next dates)
STYLES = {
    "cookie": ['<div class="thirdparty-hold"><p class="thirdparty-hold__msg">%s</p><button class="thirdparty-hold__ok" type="button">OK</button></div>',
               '<p class="media-optin-note">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="evening-email-promo"><p class="evening-email-promo__text">%s</p><a class="evening-email-promo__go" href="/newsletters">&#10140;</a></div>',
                   '<p class="reader-revenue-line">%s</p>', '<h4 class="email-briefing-hd">%s</h4>', '<p><strong><a href="/support">%s</a></strong></p>'],
    "share": ['<ul class="pass-along-list">{items}</ul>', '<div class="forward-story-row">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="picture-source-note">%s</p>', '<span class="img-provenance">%s</span>', '<p><small><i>%s</i></small></p>'],
    "copyright": ['<p class="syndication-rights">%s</p>', '<div class="licence-footnote"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="desk-tag-line">%s</p>', '<h5 class="rubric-overline">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="glyph-break-row">%s</p>', '<div class="ornament-divide">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="reporting-assist">%s</p>', '<div class="reporting-assist-line">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="hed-again"><b>%s</b></p>', '<h2 class="story-title-reprint">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-slot-tag">%s</div>', '<p class="advert-interlude">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="expand-article-cta"><a href="#full">%s</a></p>', '<div class="unfold-story-btn">%s</div>', '<p><a href="#full">%s</a></p>'],
    "comments": ['<p class="reader-talk-link"><a href="#reader-comments">%s</a></p>', '<div class="comment-tally-chip">%s</div>',
                 '<p><a href="#reader-comments">%s</a></p>'],
    "readtime": ['<p class="est-read-minutes">%s</p>', '<span class="read-length-tag">%s</span>', '<p><i>%s</i></p>'],
    "updated": ['<p class="copy-amended-at"><time>%s</time></p>', '<div class="last-edit-row">%s</div>', '<p><small><i>%s</i></small></p>'],
    "audio": ['<div class="tts-player-bar"><button class="tts-player-bar__play" aria-label="Play"></button><span class="tts-player-bar__label">%s</span></div>',
              '<p class="narration-link"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="setting-straight-box"><p>%s</p></aside>', '<p class="fixnote-line"><i>%s</i></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="mobile-app-promo"><p class="mobile-app-promo__pitch">%s</p><a class="mobile-app-promo__dl" href="/app">&#8595;</a></div>',
            '<p class="install-app-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="writer-footnote"><p class="writer-footnote__txt">%s</p></div>', '<p class="writer-line"><i>%s</i></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="tipline-panel"><p class="tipline-panel__txt">%s</p></div>', '<p class="newsdesk-contact-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="spotted-error-hint"><p>%s</p></div>', '<p class="spotted-error-line">%s</p>', '<p><i><small>%s</small></i></p>'],
    "push": ['<div class="notify-permission-card"><p class="notify-permission-card__q">%s</p></div>', '<p class="browser-alerts-line">%s</p>',
             '<p><strong>%s</strong></p>'],
    "ai": ['<div class="ai-drafting-box"><p>%s</p></div>', '<p class="ai-drafting-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "skip": ['<p class="jump-ad-link"><a href="#after-ad">%s</a></p>', '<div class="hop-advert-row"><a href="#after-ad">%s</a></div>',
             '<p><a href="#after-ad">%s</a></p>'],
    "print": ['<ul class="page-output-tools">{items}</ul>', '<p class="printable-copy-link"><a href="?output=print">%s</a></p>',
              '<p><a href="?output=print">%s</a></p>'],
    "moderation": ['<div class="debate-terms-box"><p>%s</p></div>', '<p class="debate-terms-line">%s</p>', '<p><small>%s</small></p>'],
    "feedback": ['<div class="helpful-vote-box"><p class="helpful-vote-box__q">%s</p></div>', '<p class="helpful-vote-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-ethics-box"><p>%s</p></div>', '<p class="press-ethics-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="subject-tags-bar"><span class="subject-tags-bar__list">%s</span></div>', '<p class="subject-tags-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="later-list-add"><a class="later-list-add__link" href="#saved">%s</a></div>',
                 '<p class="reading-list-line"><a href="#saved">%s</a></p>', '<p><a href="#saved">%s</a></p>'],
    "textsize": ['<div class="glyph-scale-toggle"><span class="glyph-scale-toggle__label">%s</span></div>', '<p class="type-size-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "poll": ['<div class="opinion-ballot"><p class="opinion-ballot__q">%s</p><button class="opinion-ballot__send" type="button">&#10003;</button></div>',
             '<h5 class="reader-vote-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="youtube-lite-shell"><a class="youtube-lite-shell__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="picture-set-open"><a class="picture-set-open__btn" href="#carousel">%s</a></div>',
                '<p class="picture-set-count">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="location-embed"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="600" height="380" style="border:0" loading="lazy"></iframe><p class="location-embed__links">%s</p></div>',
            '<figure class="where-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    # (the families used in turn: the first markup, a table, goes to the first page that carries the family)
    "tickets": ['<table class="boxoffice-dates"><caption>%s</caption>{daterows}</table>',
                '<div class="seat-booking-widget"><p class="seat-booking-widget__hd">%s</p><ul class="seat-booking-widget__dates">{dates}</ul><a class="seat-booking-widget__go" href="https://tickets.example.org/e/{k}">&#8250;</a></div>',
                '<p class="booking-cta-line"><a href="https://tickets.example.org/e/{k}">%s</a></p>'],
    "scores": ['<table class="fixtures-grid"><caption>%s</caption>{srows}</table>',
               '<div class="match-centre-link"><a href="/scores">%s</a></div>',
               '<p class="live-scores-line"><a href="/scores">%s</a></p>'],
    # the three families new in this part
    "election": ['<table class="results-board"><caption class="results-board__hd">%s</caption>{erows}</table>',
                 '<div class="seat-tracker"><p class="seat-tracker__hd">%s</p><ul class="seat-tracker__bars">{eitems}</ul></div>',
                 '<p class="count-night-link"><a href="/elections/results">%s</a></p>',
                 '<h4 class="declared-so-far">%s</h4>'],
    "quiz": ['<div class="quiz-teaser-card"><p class="quiz-teaser-card__q">%s</p><a class="quiz-teaser-card__start" href="/quiz/{k}">&#9654;</a></div>',
             '<p class="quiz-promo-line"><a href="/quiz/{k}">%s</a></p>',
             '<h4 class="quiz-promo-hd">%s</h4>',
             '<p><a href="/quiz"><b>%s</b></a></p>'],
    "markets": ['<table class="price-ticker-table"><caption>%s</caption>{mrows}</table>',
                '<div class="rates-strip"><span class="rates-strip__hd">%s</span><ul class="rates-strip__list">{mitems}</ul></div>',
                '<p class="rates-page-link"><a href="/prices">%s</a></p>',
                '<p><small>%s</small></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><small>%s</small>', ' <i>(%s)</i>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "quiz": (0.3, ['<br><a href="/quiz"><b>%s</b></a>'])}
START_MARKUP = ("<strong>%s</strong> – ",)  # the inline markups that go at the start of the first paragraph
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-photo-unit"><img src="/media/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="600"><br><i>{cap} – {cr}</i></p>']
RELATED_STYLES = ['<div class="further-reading-panel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="coverage-trail"><p class="coverage-trail__hd">%s</p><ul>%s</ul></aside>',
                  '<h5>%s</h5>\n<ul>%s</ul>',
                  '<table class="most-read-rank"><caption>%s</caption>%s</table>']  # a "most read" ranking (rows)


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def fill_text(s, rng, site, art):
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"])
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


def widget_rows(style, lang, rng):
    """The figures of the table-shaped widgets, as rows of a table or items of a list."""
    def esc(h):  # the label goes in with "%" formatting afterwards
        return h.replace("%", "%%")

    def tds(cells, first_th=False):
        return "".join(('<th scope="row">%s</th>' if first_th and k == 0 else "<td>%s</td>") % E(x) for k, x in enumerate(cells))
    return (style
            .replace("{erows}", esc("".join("<tr>%s</tr>" % tds(r) for r in ELECTION_ROWS[lang])))
            .replace("{eitems}", esc("".join('<li><span class="seat-tracker__party">%s</span> <span class="seat-tracker__seats">%s</span> '
                                         '<span class="seat-tracker__change">%s</span></li>' % tuple(E(x) for x in r)
                                         for r in ELECTION_ROWS[lang])))
            .replace("{mrows}", esc("".join("<tr>%s</tr>" % tds(r, True) for r in MARKET_ROWS[lang])))
            .replace("{mitems}", esc("".join('<li>%s <b>%s</b> <span>%s</span></li>' % tuple(E(x) for x in r) for r in MARKET_ROWS[lang])))
            .replace("{srows}", esc("".join("<tr>%s</tr>" % tds(r) for r in SCORE_ROWS[lang])))
            .replace("{daterows}", esc("".join('<tr><td>%s</td><td><a href="https://tickets.example.org/p/%d">&#8250;</a></td></tr>' % (
                E(x), rng.randint(1000, 99999)) for x in TICKET_DATES[lang])))
            .replace("{dates}", esc("".join("<li>%s</li>" % E(x) for x in TICKET_DATES[lang]))))


def residue_items(art, rng, site, used):
    """({position: [html, ...]}, [(block, "end" | "start", html), ...], families) for the generic residue: the
    families a story must carry, then the generic families used least on the pages built so far, leaving out those
    the story's site would not print ("kind", "avoid"); a page may fix them all with "only"."""
    lang, n, tpl = art["lang"], len(art["blocks"]), art["tpl"]
    blocks = art["blocks"]
    own = TEMPLATE_FAMILIES.get(tpl, [])
    if "low" in art:
        k = art["low"]
    else:
        k = max(1, min(rng.choice([2, 3, 3, 4, 4, 5]), 5 - len(own)))  # at most five families per page
    carry = list(art.get("carry", []))
    skip = (set(own) | NOT_ON_KIND.get(art.get("kind"), set()) | set(CARRY_ONLY) | set(carry)
            | set(art.get("avoid", [])))
    if not art.get("correction"):
        skip.add("correction")  # a correction box only goes on a story that was corrected (its own wording)
    pool = [f for f in FAMILIES if f not in skip]
    fams = carry + sorted(pool, key=lambda f: (used[f], rng.random()))[:k]
    if "only" in art:
        fams = list(art["only"])
    rng.shuffle(fams)
    used.update(f for f in fams if f not in CARRY_ONLY)  # balance the randomly drawn families only
    slots = [i for i in safe_slots(art) if i not in art["no_slot"]] or [n]
    looked = art["looked"]  # blocks whose markup the editor set (no residue is typed into their start)
    placed, inline = {}, []

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    def rand_id():
        return "%010x" % rng.randint(16**9, 16**10 - 1)

    for fam in fams:
        mid = rng.choice(slots)
        if fam == "caption":
            put(mid, rng.choice(CAPTION_STYLES).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
            continue
        if fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([3, 4]))
            styles = RELATED_STYLES if not art["tables"] else [x for x in RELATED_STYLES if "<table" not in x]
            style = rng.choice(styles)
            if "related" in art.get("markup", {}):  # the page's own markup for it (an index of RELATED_STYLES)
                style = RELATED_STYLES[art["markup"]["related"]]
            if "<table" in style:  # a "most read" ranking: rank and headline in a row each
                rows = "".join('<tr><td>%d</td><td><a href="/news/%d">%s</a></td></tr>' % (j + 1, rng.randint(10000, 99999), E(h))
                               for j, h in enumerate(heads))
                put(rng.choice([mid, n]), style % (E(pick(rng, fam, lang, site, art)[1]), rows))
            else:
                lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
                put(rng.choice([mid, n]), style % (E(pick(rng, fam, lang, site, art)[1]), lis))
            continue
        if fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
            continue
        idx = None
        if fam == "symbol":
            text = rng.choice(R["symbol"]["*"])
        elif fam == "correction" and art.get("correction"):
            text = art["correction"]
        else:
            idx, text = pick(rng, fam, lang, site, art)
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]), "ai": rng.choice([0, n]),
               "skip": mid, "print": rng.choice([0, n]), "moderation": n, "feedback": n,
               "standards": rng.choice([0, n]), "topics": n, "bookmark": rng.choice([0, n]), "textsize": 0,
               "poll": rng.choice([mid, n]), "embed": mid, "gallery": rng.choice([0, mid]), "map": mid,
               "tickets": rng.choice([mid, n]), "scores": rng.choice([0, mid, n]),
               "election": rng.choice([0, mid, mid]), "quiz": rng.choice([mid, n]),
               "markets": rng.choice([0, mid])}.get(fam, mid)
        # run into a story paragraph: the end of the paragraph before the position, or the start of the first
        # (a newsletter pitch only: a paywall or donation note is not typed into the text)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium", "ucoz")
                and (fam != "newsletter" or idx == 0)):
            markup = rng.choice(INLINE[fam][1])
            if markup in START_MARKUP:
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked and 0 not in art["tables"]:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if (blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in art["tables"]
                        and at - 1 not in art["boxed"]):
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
        if fam == "share" and idx == 1:
            styles = [x for x in STYLES[fam] if "{items}" not in x]
        else:
            styles = STYLES[fam]
        if fam in IN_TURN:  # these families' markups in turn over the part, so that each of them occurs
            style = styles[used[("style", fam)] % len(styles)]
            used[("style", fam)] += 1
        else:
            style = rng.choice(styles)
        if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
            text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
        lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
        style = (style.replace("{h}", handle(site)).replace("{k}", rand_id())
                 .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))))
        style = widget_rows(style, lang, rng)
        if "{items}" in style:  # a label before the first item ("Share: a · b") is printed as an item of its own
            items = text.split(" · ")
            label = ""
            if ": " in items[0]:
                head, items[0] = items[0].split(": ", 1)
                label = "<li>%s:</li>" % E(head)
            snippet = style.replace("{items}", label + "".join('<li><a href="#">%s</a></li>' % E(x) for x in items))
        else:
            snippet = style % E(text)
        put(pos, snippet)
    return placed, inline, fams


def apply_inline(doc, art, inline):
    """Run residue into story paragraphs of the rendered page: at the end of a paragraph's text (before its closing
    tag or <br>), or at the start of the first paragraph's text."""
    for i, where, snippet in inline:
        s, e = find_text(doc, mp.inline_html(art["blocks"][i][1]), art["id"])
        at = e if where == "end" else s
        doc = doc[:at] + snippet + doc[at:]
    return doc


# --------------------------------------------------------------------------
# story tables (in the truth: one paragraph a row, its cells joined by " | ")
# --------------------------------------------------------------------------
TMARK = "\ue010%d\ue010"  # a story table's place among the rendered blocks, until its markup goes in
ROW_SEP = " | "


def parse_story(body):
    """The story's blocks (make_pages.parse_body), plus ("table", {"rows": [[cell, ...], ...], "header": bool}) for a
    block whose lines all start with "|" (a dashed line after the first row makes it the header row)."""
    blocks = []
    for raw in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if lines and all(ln.startswith("|") for ln in lines):
            header = len(lines) > 1 and re.fullmatch(r"\|[-|\s]+", lines[1]) is not None
            rows = [[c.strip() for c in ln.strip("|").split("|")] for ln in lines if not re.fullmatch(r"\|[-|\s]+", ln)]
            blocks.append(("table", {"rows": rows, "header": header}))
        elif lines:
            blocks.extend(mp.parse_body(raw))
    return blocks


def truth_of(blocks):
    paras = []
    for kind, val in blocks:
        if kind == "table":
            paras.extend(ROW_SEP.join(r) for r in val["rows"])
        else:
            paras.append(mp.truth_text([(kind, val)]))
    return "\n\n".join(paras)


def table_contenttable(t):
    """TYPO3's rich-text editor (CKEditor with TYPO3's default table class), pretty-printed with tabs."""
    rows = t["rows"]
    out = ['<table class="contenttable">']
    if t["header"]:
        out.append('\t<thead>\n\t\t<tr>\n%s\n\t\t</tr>\n\t</thead>' % "\n".join('\t\t\t<th scope="col">%s</th>' % E(c) for c in rows[0]))
        rows = rows[1:]
    out.append("\t<tbody>")
    out.extend("\t\t<tr>\n%s\n\t\t</tr>" % "\n".join("\t\t\t<td>%s</td>" % E(c) for c in r) for r in rows)
    out.append("\t</tbody>\n</table>")
    return "\n".join(out)


def table_datatable(t):
    """A magazine CMS's data table: the cells of a row written one after the other, rows on lines of their own."""
    rows = t["rows"]
    out = ['<div class="table-scroll"><table class="data-table data-table--compact">']
    if t["header"]:
        out.append("<thead>\n<tr>%s</tr>\n</thead>" % "".join("<th>%s</th>" % E(c) for c in rows[0]))
        rows = rows[1:]
    out.append("<tbody>")
    out.extend("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows)
    out.append("</tbody>\n</table></div>")
    return "\n".join(out)


def table_ckeditor5(t):
    """Drupal 10's CKEditor 5 table: figure.table around a class-less table, all on one line (getData()'s output)."""
    rows = t["rows"]
    head = ""
    if t["header"]:
        head = "<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % E(c) for c in rows[0])
        rows = rows[1:]
    return '<figure class="table"><table>%s<tbody>%s</tbody></table></figure>' % (
        head, "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r) for r in rows))


def table_bare(t):
    """A table typed into an old site's editor: border="1", the header row in bold cells."""
    rows = t["rows"]
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    for k, r in enumerate(rows):
        cell = "<td><b>%s</b></td>" if t["header"] and k == 0 else "<td>%s</td>"
        out.append("<tr>%s</tr>" % "".join(cell % E(c) for c in r))
    out.append("</table>")
    return "\n".join(out)


TABLE_MARKUP = {"typo3": table_contenttable, "magazine": table_datatable, "drupal": table_ckeditor5,
                "legacy-br": table_bare}  # (wagtail prints its TableBlock itself)


def apply_tables(doc, art):
    """Put each story table's markup where its mark was rendered (as a paragraph, or a <br><br> line)."""
    for j, t in art["tables"].items():
        mark = TMARK % j
        markup = TABLE_MARKUP[art["tpl"]](t)
        new, k = re.subn(r"<p\b[^>]*>%s</p>" % re.escape(mark), lambda m: markup, doc, count=1)
        if not k:
            new, k = re.subn(re.escape(mark) + r"<br><br>\n", lambda m: markup + "\n", doc, count=1)
        assert k == 1 and mark not in new, (art["id"], j)
        doc = new
    return doc


def page_text(doc):
    """make_pages.page_text, with " | " between the cells of a table row (so that a truth row can be found)."""
    doc = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", doc)
    doc = re.sub(r"(</t[dh]>)\s*(<t[dh][\s>])", r"\1 | \2", doc)
    return mp.page_text(doc)


def row_cells_in_page(doc, cells):
    """Whether the cells are the cells of one <tr> of the page, in order."""
    for m in re.finditer(r"(?s)<tr\b[^>]*>(.*?)</tr>", doc):
        got = [re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", c))).strip()
               for c in re.findall(r"(?s)<t[dh]\b[^>]*>(.*?)</t[dh]>", m.group(1))]
        if got == cells:
            return True
    return False


# --------------------------------------------------------------------------
# story text set the way the site's editor set it ("look"; all of it story text, in the truth)
# --------------------------------------------------------------------------
BR = "\ue000"  # a line break typed inside a paragraph (rendered as <br>)
LOOK_STYLES = {"dropcap", "bold", "italic", "highlight", "box", "factbox", "callout", "br", "pullquote"}
# per layout: a class added to the paragraph ("class", name), a wrapper around the element(s) ("wrap", open,
# close), or a block of the layout's own ("template": the Wagtail page prints its callout and info-box blocks)
DROPCAP = {"magazine": ("class", "dropcap"), "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap")}
BOX = {"wagtail": ("template",), "drupal": ("class", "hinweis-box"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-luminous-vivid-amber-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>")}
FACTBOX = {"wagtail": ("template",),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🗳️</div><div class="kg-callout-text">', "</div></div>")}
PULLQUOTE = {"gutenberg": ('<figure class="wp-block-pullquote"><blockquote>', "</blockquote></figure>")}
BOLD = {"wagtail": ("<b>", "</b>"), "medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"wagtail": ("<i>", "</i>"), "semantic": ("<i>", "</i>")}
HIGHLIGHT = {"quintype": ("<mark>", "</mark>"), "chunks": ('<span class="text-marker">', "</span>"),
             "cms": ('<mark class="marker-yellow">', "</mark>")}


def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON)."""
    m = re.compile(r"(?<=[>\n])%s(?=[<\n])" % re.escape(inner)).search(doc, start)
    assert m, (pid, inner[:60])
    return m.start(), m.end()


def block_index(blocks, opening):
    return [i for i, (kind, val) in enumerate(blocks) if kind in ("p", "h", "q") and mp.inline_text(val).startswith(opening)]


def prepare_blocks(art):
    """The blocks as rendered: a paragraph typed after a <br> is joined to the paragraph before it (the truth keeps
    both), a story table becomes a mark; the other looks, with the index of their block; the tables by index."""
    blocks = list(art["truth_blocks"])
    looks = []
    for style, opening in art.get("look", []):
        hits = block_index(blocks, opening)
        assert len(hits) == 1, (art["id"], opening)
        j = hits[0]
        if style == "br":
            assert j > 0 and blocks[j - 1][0] == "p" and blocks[j][0] == "p", (art["id"], opening)
            blocks[j - 1] = ("p", blocks[j - 1][1] + BR + blocks[j][1])
            del blocks[j]
            looks = [(s, o, i - 1 if i > j else i) for s, o, i in looks]
        else:
            looks.append((style, opening, j))
    tables = {j: val for j, (kind, val) in enumerate(blocks) if kind == "table"}
    blocks = [("p", TMARK % j) if kind == "table" else (kind, val) for j, (kind, val) in enumerate(blocks)]
    return blocks, looks, tables


def element_start(doc, s, tag_re, pid):
    m = re.search(r"<(%s)\b[^>]*>$" % tag_re, doc[:s])
    assert m, (pid, doc[max(0, s - 80):s])
    return m.start(), m.group(1)


def add_class(doc, start, s, cls):
    tag = doc[start:s]
    m = re.match(r'<(\w+)( class="([^"]*)")?', tag)
    if m.group(2):
        new = tag.replace(m.group(2), ' class="%s %s"' % (m.group(3), cls), 1)
    else:
        new = "<%s class=\"%s\"%s" % (m.group(1), cls, tag[len(m.group(1)) + 1:])
    return doc[:start] + new + doc[s:]


def apply_looks(doc, art):
    tpl, blocks, pid = art["tpl"], art["blocks"], art["id"]
    for style, opening, j in art["looks"]:
        kind, val = blocks[j]
        if style in ("box", "factbox") and (BOX if style == "box" else FACTBOX)[tpl][0] == "template":
            continue  # printed by the layout itself
        inner = E(val) if kind == "h" else mp.inline_html(val)
        s, e = find_text(doc, inner, pid)
        if style in ("bold", "italic"):
            o, c = (BOLD if style == "bold" else ITALIC).get(tpl, ("<strong>", "</strong>") if style == "bold" else ("<em>", "</em>"))
            doc = doc[:s] + o + doc[s:e] + c + doc[e:]
        elif style == "highlight":  # the first sentence
            o, c = HIGHLIGHT.get(tpl, ("<mark>", "</mark>"))
            cut = re.search(r"[.!?](?= )", doc[s:e])
            end = s + cut.end() if cut else e
            doc = doc[:s] + o + doc[s:end] + c + doc[end:]
        elif style == "dropcap":
            start, _ = element_start(doc, s, "p", pid)
            doc = add_class(doc, start, s, DROPCAP[tpl][1])
        elif style == "callout":
            start, _ = element_start(doc, s, "p", pid)
            close = doc.index("</p>", e)
            o, c = CALLOUT[tpl]
            doc = doc[:start] + o + doc[s:close] + c + doc[close + 4:]
        elif style == "pullquote":  # the paragraph set as the block editor's pull quote
            start, _ = element_start(doc, s, "p", pid)
            end = doc.index("</p>", e) + 4
            o, c = PULLQUOTE[tpl]
            doc = doc[:start] + o + "<p>" + doc[s:end - 4] + "</p>" + c + doc[end:]
        elif style in ("box", "factbox"):
            how = (BOX if style == "box" else FACTBOX)[tpl]
            if kind == "h":  # the subheading and the block after it
                start, _ = element_start(doc, s, "h[1-6]", pid)
                nkind, nval = blocks[j + 1]
                if nkind == "p":
                    ns, ne = find_text(doc, mp.inline_html(nval), pid, e)
                    end = doc.index("</p>", ne) + 4
                else:
                    ns, ne = find_text(doc, mp.inline_html(nval[-1]), pid, e)
                    end = doc.index("</%s>" % nkind, ne) + len(nkind) + 3
            else:
                start, _ = element_start(doc, s, "p", pid)
                end = doc.index("</p>", e) + 4
            if how[0] == "class":
                assert kind == "p", (pid, style)
                doc = add_class(doc, start, s, how[1])
            else:
                doc = doc[:start] + how[1] + doc[start:end] + how[2] + doc[end:]
    return doc


# --------------------------------------------------------------------------
# templates: wagtail is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"wagtail": tpl_wagtail, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "squarespace": mp5.tpl_squarespace,
                 "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3, "bitrix": mp6.tpl_bitrix, "hugo": mp11.tpl_hugo,
                 "medium": mp13.tpl_medium, "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h32), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "wagtail"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"] = parse_story(art["body"])
            art["blocks"], art["looks"], art["tables"] = prepare_blocks(art)
            art["looked"] = {j for _, _, j in art["looks"]}
            # no residue between a subheading set in a box and its text, inside a box, or next to a story table
            art["no_slot"] = ({j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")}
                              | {x for j in art["tables"] for x in (j, j + 1)})
            # nothing typed into the end of a paragraph set in a box, a callout or a pull quote
            art["boxed"] = ({j for s, _, j in art["looks"] if s in ("box", "factbox", "callout", "pullquote")}
                            | {j + 1 for s, _, j in art["looks"] if s == "factbox"})
            rng = random.Random("newsflow-heldout33-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI33[lang]
            if "comments" in art.get("avoid", []):  # comments closed
                ui = dict(ui, commenters=[], comment_note=ui["closed"])
            placed, inline, fams = residue_items(art, rng, site, used)
            widget_tables = sum(x.count("<table") for v in placed.values() for x in v)
            if tpl in NEW_TEMPLATES:
                doc = NEW_TEMPLATES[tpl](art, ui, site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                doc = fun(art, ui, site, mp.body_html(art, placed, mode), rng)
            if tpl != "wagtail":
                doc = apply_tables(doc, art)
            doc = apply_looks(apply_inline(doc, art, inline), art).replace(BR, "<br>\n")
            pages[art["id"]] = doc
            truth[art["id"]] = truth_of(art["truth_blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline),
                                   looks=[s for s, _ in art.get("look", [])],
                                   tables=[len(t["rows"]) for t in art["tables"].values()],
                                   widget_tables=widget_tables)
    build.last_meta = meta  # (verify() reads the widget tables from here)
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 33) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools, labels, furniture strings, headlines and site
    names, and the first-round interface strings."""
    story_mods = [__import__(name) for name in STORY_MODULES]
    old = set()
    for s in _strings([mp.RESIDUE, mp2.R, mp3.R, mp4.R, mp5.R, mp2.READMORE, mp3.READMORE, mp4.READMORE, mp2.LIVE,
                       mp2.LIVE_AUTHORS, mp2.BIO, mp3.DRUPAL, mp3.SUBSTACK, mp3.BROADCAST, mp4.GUTENBERG, mp5.SQS,
                       mp5.BRIGHT, mp5.WIRE, mp6.R, mp6.QT, mp6.TYPO3, mp6.BITRIX, mp7.R, mp7.SANITY, mp7.K2, mp8.R,
                       mp8.BLOX, mp9.R, mp10.R, mp10.WEBFLOW, mp11.R, mp11.HUGO, mp12.R, mp12.JOOMLA, mp12.PLACES,
                       mp13.R, mp13.PUB_NAV, mp13.TEASERS, mp13.MEDIUM_CORE, mp14.R, mp14.BLOGGER_CORE, mp14.BLOGGER,
                       mp15.R, mp15.TILDA, mp16.R, mp16.WIX, mp16.WIX_CORE, mp17.R,
                       [v for v in mp17.SITE_STRINGS.values()], mp18.R, [v for v in mp18.SITE_STRINGS.values()],
                       mp18.WEEBLY, mp18.WEEBLY_CORE, mp18.UI_NEW, mp19.R, [v for v in mp19.SITE_STRINGS.values()],
                       mp19.UCOZ, mp19.UCOZ_CORE, mp19.UI_NEW, mp20.R, [v for v in mp20.SITE_STRINGS.values()],
                       mp20.DLE, mp20.DLE_CORE, mp20.UI_NEW, mp21.R, [v for v in mp21.SITE_STRINGS.values()],
                       mp21.ELEMENTOR, mp21.ELEMENTOR_CORE, mp21.UI_NEW, mp22.R, [v for v in mp22.SITE_STRINGS.values()],
                       mp22.NEWSPACK, mp22.NEWSPACK_CORE, mp22.UI_NEW,
                       mp23.R, [v for v in mp23.SITE_STRINGS.values()], mp23.CONTAO, mp23.CONTAO_CORE, mp23.UI_NEW,
                       mp24.R, [v for v in mp24.SITE_STRINGS.values()], mp24.SPIP, mp24.SPIP_CORE, mp24.UI_NEW,
                       mp25.R, [v for v in mp25.SITE_STRINGS.values()], mp25.MT, mp25.MT_CORE, mp25.UI_NEW,
                       mp26.R, [v for v in mp26.SITE_STRINGS.values()], mp26.PLONE, mp26.PLONE_CORE, mp26.UI_NEW,
                       mp27.R, [v for v in mp27.SITE_STRINGS.values()], mp27.TXP, mp27.TXP_CORE, mp27.UI_NEW,
                       mp27.TEASERS,
                       mp28.R, [v for v in mp28.SITE_STRINGS.values()], mp28.KIRBY, mp28.KIRBY_CORE, mp28.UI_NEW,
                       mp28.TEASERS,
                       mp29.R, [v for v in mp29.SITE_STRINGS.values()], mp29.GRAV, mp29.GRAV_CORE, mp29.UI_NEW,
                       mp29.TEASERS,
                       mp30.R, [v for v in mp30.SITE_STRINGS.values()], mp30.TAGDIV, mp30.TAGDIV_CORE, mp30.UI_NEW,
                       mp30.TEASERS,
                       mp31.R, [v for v in mp31.SITE_STRINGS.values()], mp31.JANNAH, mp31.UI_NEW, mp31.TEASERS,
                       mp31.JOB_LISTINGS,
                       mp32.R, [v for v in mp32.SITE_STRINGS.values()], mp32.ASTRA, mp32.UI_NEW, mp32.TEASERS,
                       mp32.PROPERTY_LISTINGS, mp32.TICKET_DATES,
                       mp.RELATED_HEADLINES, [m.HEADLINES for m in EARLIER_MODULES if hasattr(m, "HEADLINES")],
                       [m.SITES for m in EARLIER_MODULES if hasattr(m, "SITES")], mp14.BLOG_SITES,
                       mp3.BROADCASTERS, [a.get("site", "") for mod in story_mods for a in mod.ARTICLES],
                       [a.get("tags", []) for mod in story_mods for a in mod.ARTICLES],
                       [a.get("correction", "") for mod in story_mods for a in mod.ARTICLES],
                       [a.get("score", "") for mod in story_mods for a in mod.ARTICLES]]):
        if s and s not in NOT_WORDS and not isinstance(s, (int, bool)):
            old |= _sentences(s)
    for s in _strings(UI):
        old.add(s.lower().strip())
    return old


def verify(pages, truth):
    problems = []
    # every truth paragraph is in the page's text (a table row: its cells in one row of a table, in order)
    for pid, text in truth.items():
        ptxt = page_text(pages[pid])
        for para in text.split("\n\n"):
            if re.sub(r"\s+", " ", para) not in ptxt:
                problems.append("%s: paragraph not found: %r" % (pid, para[:60]))
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
        if "[^" in text or BR in text or "\ue010" in text:
            problems.append("%s: a mark left in the truth" % pid)
    for pid, doc in pages.items():
        if BR in doc or "\ue010" in doc:
            problems.append("%s: a mark left in the page" % pid)
    # layouts: wagtail (new to the set) on two pages, in two languages; every other page on a different earlier layout
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if NEW_LAYOUT in EARLIER_LAYOUTS:
        problems.append("%s is not new" % NEW_LAYOUT)
    if tpls.get(NEW_LAYOUT) != 2 or len({a["lang"] for a in ARTICLES if a["tpl"] == NEW_LAYOUT}) != 2:
        problems.append("%s used on %d pages (want 2, in two languages)" % (NEW_LAYOUT, tpls.get(NEW_LAYOUT, 0)))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != NEW_LAYOUT and c > 1)
    if len([t for t in tpls if t != NEW_LAYOUT]) != 22:
        problems.append("%d earlier layouts (want 22)" % len([t for t in tpls if t != NEW_LAYOUT]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != NEW_LAYOUT and t not in EARLIER_LAYOUTS)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    # an earlier layout is not on a page in the language h31 or h32 gave it
    for mod in (mp31, mp32):
        langs_then = collections.defaultdict(set)
        for a in mod.ARTICLES:
            langs_then[a["tpl"]].add(a["lang"])
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if a["lang"] in langs_then.get(a["tpl"], set()))
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h33-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the wagtail pages: a site of WAGTAIL, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "wagtail" and (a.get("site") not in WAGTAIL or a["lang"] not in WAGTAIL_CORE
                                      or a["section"] not in WAGTAIL[a["site"]]["menu"]):
            problems.append("%s: wagtail page needs a WAGTAIL site and a menu section" % a["id"])
        if a.get("kind") and a["kind"] not in NOT_ON_KIND:
            problems.append("%s: unknown kind %s" % (a["id"], a["kind"]))
    needs = collections.Counter(not a.get("site") and a["lang"] for a in ARTICLES)
    problems.extend("%d pages in %s without a site, %d site names" % (c, lang, len(SITES[lang]))
                    for lang, c in needs.items() if lang and c != len(SITES[lang]))
    # the looks: known styles, each on exactly one block, on a layout that has markup for it
    markup = {"dropcap": DROPCAP, "box": BOX, "factbox": FACTBOX, "callout": CALLOUT, "pullquote": PULLQUOTE}
    for a in ARTICLES:
        blocks = parse_story(a["body"])
        for style, opening in a.get("look", []):
            hits = block_index(blocks, opening)
            if style not in LOOK_STYLES:
                problems.append("%s: unknown look %s" % (a["id"], style))
            elif len(hits) != 1:
                problems.append("%s: look %s matches %d blocks" % (a["id"], style, len(hits)))
            elif style in markup and a["tpl"] not in markup[style]:
                problems.append("%s: no %s markup for %s" % (a["id"], style, a["tpl"]))
            elif style == "factbox" and (blocks[hits[0]][0] != "h" or blocks[hits[0] + 1][0] not in ("ul", "ol")):
                problems.append("%s: a fact box holds a subheading and its list" % a["id"])
            elif style == "br" and (a["tpl"] in ("legacy-br", "ucoz") or blocks[hits[0] - 1][0] != "p"):
                problems.append("%s: a <br> paragraph needs a paragraph before it, on a layout with <p>" % a["id"])
            elif style in ("dropcap", "pullquote", "callout") and blocks[hits[0]][0] != "p":
                problems.append("%s: a %s look goes on a paragraph" % (a["id"], style))
    problems.extend("look %s on no page" % s for s in sorted(LOOK_STYLES - {s for a in ARTICLES for s, _ in a.get("look", [])}))
    if not any(a["tpl"] == "wagtail" and any(k == "q" for k, _ in parse_story(a["body"])) for a in ARTICLES):
        problems.append("no pull quote of story text in a Wagtail quote block")
    # story tables: on at least four pages, 3-8 rows under the header, cells in every row, a layout with table
    # markup; every row in one table row of the page; widget tables only on pages without a story table
    meta = getattr(build, "last_meta", None) or build()[2]
    table_pages = [a for a in ARTICLES if any(k == "table" for k, _ in parse_story(a["body"]))]
    if len(table_pages) < 4:
        problems.append("story tables on %d pages (want at least 4)" % len(table_pages))
    if len({a["tpl"] if a["tpl"] != "wagtail" else "wagtail-" + a["lang"] for a in table_pages}) < 4:
        problems.append("story tables in fewer than four markups")
    for a in table_pages:
        if a["tpl"] not in TABLE_MARKUP and a["tpl"] != "wagtail":
            problems.append("%s: no story-table markup for %s" % (a["id"], a["tpl"]))
        for kind, t in parse_story(a["body"]):
            if kind != "table":
                continue
            body_rows = len(t["rows"]) - (1 if t["header"] else 0)
            if not 3 <= body_rows <= 8 or len({len(r) for r in t["rows"]}) != 1 or len(t["rows"][0]) < 2:
                problems.append("%s: a story table needs 3-8 rows of at least two cells each" % a["id"])
            problems.extend("%s: table row not in one <tr> of the page: %r" % (a["id"], ROW_SEP.join(r))
                            for r in t["rows"] if not row_cells_in_page(pages[a["id"]], r))
        if meta[a["id"]]["widget_tables"]:
            problems.append("%s: a widget table on a page with a story table" % a["id"])
    if not any(meta[a["id"]]["widget_tables"] for a in ARTICLES):
        problems.append("no widget table in the part")
    # controls: two pages without residue (in two languages), one with a single correction line only
    if len({a["lang"] for a in ARTICLES if a.get("low") == 0 and a["tpl"] not in TEMPLATE_FAMILIES
            and not a.get("carry")}) < 2:
        problems.append("want control pages without residue in two languages")
    if not any(a.get("only") == ["correction"] and a["tpl"] not in TEMPLATE_FAMILIES and a.get("correction") for a in ARTICLES):
        problems.append("no control page with a single correction line")
    # every residue family (the three new ones included) has wordings in every language, and markup
    for fam in FAMILIES:
        if fam in ("caption", "title"):
            continue
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for name, obj in (("election rows", ELECTION_ROWS), ("market rows", MARKET_ROWS), ("score rows", SCORE_ROWS),
                      ("ticket dates", TICKET_DATES)):
        if set(obj) != set(UI):
            problems.append("%s lack a language" % name)
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
    problems.extend("%s: avoided family %s is not a family" % (a["id"], f) for a in ARTICLES for f in a.get("avoid", [])
                    if f not in FAMILIES)
    for a in ARTICLES:
        for fam, idx in a.get("choose", {}).items():
            if idx >= len(R[fam][a["lang"]]):
                problems.append("%s: no wording %d in the %s pool" % (a["id"], idx, fam))
    earlier_families = (set(mp.RESIDUE) | set(mp.FAMILIES)
                        | {f for mod in EARLIER_MODULES for f in list(getattr(mod, "R", {})) + list(getattr(mod, "FAMILIES", []))})
    if len([f for f in FAMILIES if f in earlier_families]) != 38:
        problems.append("%d earlier families (want 38)" % len([f for f in FAMILIES if f in earlier_families]))
    # the new families are new: in no earlier pool, family list or template family ...
    for mod in EARLIER_MODULES:
        problems.extend("family %s already in the pools of %s" % (f, mod.__name__) for f in NEW_FAMILIES
                        if f in getattr(mod, "R", {}) or f in getattr(mod, "FAMILIES", [])
                        or f in getattr(mod, "NEW_FAMILIES", []) or f in getattr(mod, "CARRY_ONLY", [])
                        or any(f in v for v in getattr(mod, "TEMPLATE_FAMILIES", {}).values()))
    problems.extend("family %s already in the first-round pools" % f for f in NEW_FAMILIES
                    if f in mp.RESIDUE or f in mp.FAMILIES)
    # ... and each is carried by at least four pages in at least three languages
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + [("election rows", ELECTION_ROWS), ("market rows", MARKET_ROWS),
                                           ("score rows", SCORE_ROWS), ("ticket dates", TICKET_DATES)]:
        for s in _strings(by_lang):
            problems.extend("h33 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) != (mp4, "R")]
    wagtail_sites = [{k: v for k, v in d.items() if k not in WAGTAIL_EXEMPT} for d in WAGTAIL.values()]
    # (WAGTAIL_CORE, the accessibility labels and Bootstrap's conventions, are left as sites print them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("WAGTAIL", wagtail_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h33 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h33 class name %r used by an earlier part" % x
                    for x in sorted((_class_names([STYLES, CAPTION_STYLES, RELATED_STYLES]) - PLATFORM_CLASSES) & old_classes))
    # new stories: no paragraph of an earlier part's story, no earlier headline
    seen, titles = set(), set()
    for mod in story_mods:
        for art in mod.ARTICLES:
            body = re.sub(r"\[\^\d+\]", "", art["body"])
            seen.update(p.lower() for p in mp.truth_text(mp.parse_body(body)).split("\n\n"))
            titles.add(art["title"].lower())
    for pid, text in truth.items():
        problems.extend("%s: paragraph from an earlier part: %r" % (pid, p[:60]) for p in text.split("\n\n")
                        if p.lower() in seen)
    # the headline must not be a story paragraph; the pull quote must repeat a piece of its story
    for art in ARTICLES:
        if art["title"].lower() in titles:
            problems.append("%s: headline of an earlier part" % art["id"])
        if art["title"] in truth[art["id"]].split("\n\n"):
            problems.append("%s: headline is also a story paragraph" % art["id"])
        if art.get("pull") and art["pull"] not in truth[art["id"]]:
            problems.append("%s: pull quote does not repeat story text" % art["id"])
    return problems


def main():
    """write / --check / --stats as heldout_common.run; until make_pages.py merges this part, --check compares
    the pages only (truth.json does not hold the h33 entries yet) and says so."""
    pages, truth, meta = build()
    problems = verify(pages, truth)
    if problems:
        sys.exit("\n".join(problems))
    if "--check" in sys.argv:
        committed = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
        if any(pid in committed for pid in truth):
            hc.run(lambda: (pages, truth, meta), lambda p, t: [])
            return
        bad = [pid for pid, doc in pages.items() if not os.path.exists(os.path.join(HERE, "pages", pid + ".html"))
               or open(os.path.join(HERE, "pages", pid + ".html"), encoding="utf-8").read() != doc]
        print("mismatched files:", ["pages/%s.html" % b for b in bad] if bad else "none",
              "(truth.json not checked: h33 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    if "--stats" in sys.argv:
        for pid in sorted(meta):
            print(pid, meta[pid]["template"], len(truth[pid].split()), ",".join(meta[pid]["residue"]),
                  "inline=%d" % meta[pid]["inline"], "looks=" + ",".join(meta[pid]["looks"]),
                  "tables=%s" % meta[pid]["tables"], "widget_tables=%d" % meta[pid]["widget_tables"])
        print("%d pages (not written with --stats)" % len(pages))
        return
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
