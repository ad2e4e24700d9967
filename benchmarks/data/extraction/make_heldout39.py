#!/usr/bin/env python3
"""Thirty-ninth held-out part (h39-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout39.py           # write pages/h39-*.html
    python benchmarks/data/extraction/make_heldout39.py --check   # verify pages/h39-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout39.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the files of this directory were read; make_heldout40.py and its
stories, written at the same time by another writer, were not).  Stories are in articles_h39_en.py /
articles_h39_intl.py; the residue wordings (thirty-four of the generic families of the earlier parts plus three new
ones: air-quality and pollen widgets in stories about smog, heat or hay fever -- today's air-quality index with its
band and a table of the monitoring sites, the pollen count by type, the sensor network's source line, the "health
advice for sensitive groups" link --, flight-status boards in stories about airports and air travel -- a departures
table with flight numbers, times and status, a "track a flight" box, the airport's live-board link, the "times
supplied by the airport" note --, and power-outage checkers in stories about blackouts and storms -- the number of
customers without power with a table of areas, the network operator's outage-map link, the "enter your postcode"
checker, the emergency line --), their wrapper class names, related headlines, site names, the sites' own strings
in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..38, nor their labels, furniture strings, headlines or
site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a
"new" family is already in an earlier pool, family list or template family, if a story paragraph or headline of an
earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name
and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story): air-quality widgets on four stories (an ozone warning in a heatwave on the English Ibexa daily, a record
grass-pollen count, an allergist's interview on an early birch-pollen season, an ozone warning on the Spanish Ibexa
daily; a story on winter smog from coal stoves in a Turkish town carries none, as its site prints none),
flight-status boards on four stories (a regional airport winning back a Dublin route, a Turkish airport's new Ankara
flights, an air-traffic controllers' strike, fog closing a Russian airport), power-outage checkers on four stories
(a storm in an English valley, a German storm, a Breton storm, freezing rain in a Russian district).  Earlier
families that need a reason in the story are placed the same way (a gallery on an allotment show and a village
pilgrimage, a map on a town square's roadworks, score-centre links on a cricket and a handball story); the other
generic families are balanced over the part, leaving out those the page's site would not print (the story's
"kind": a public body, a village or society site, an independent publication on a platform); a correction box goes
only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed
boxes, bars and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans and tables, and,
for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
power-cut emergency line) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a
subheading and its list, a Ghost callout card; story structures that look like furniture but are the story:
question-and-answer interviews (bold questions, some of one or two words), lists inside the story (show results,
where to get help, costs per field, match results, a fiesta programme), crossheads as headings and as bold
paragraphs, one-line quotes and short one-line paragraphs, a closing line with practical information, and story
sentences that mention furniture words in ordinary reporting (photos of nesting falcons shared online and a "contact
the police" line at the end, a council magazine turned into an email newsletter for subscribers, a district's
warning app to follow, an airport's live board to watch, an independent publication thanking its subscribers in its
last line), some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all
and one only its correction line.
One page layout is new (ibexa: an Ibexa DXP 4 / eZ Platform site as a Central European regional publisher serves
it -- here an English and a Spanish regional daily built on the same agency's Ibexa project, on two pages: the Twig
page layout with the Encore-built entry points (/assets/build/runtime.<hash>.js, app.<hash>.css / .js) and the
Didomi loader in the head; body with the content type and location classes; the site header (top bar, logo,
navigation with the location's section active, the search form); the breadcrumb; the article full view (section
link, title, the intro as an ezrichtext field, byline and date, the lead image as an ezimage field with variation
URLs under /var/site/storage/images/_aliases/), the body as div.ezrichtext-field with the story's paragraphs, lists,
headings and quotes, embedded content items in the rich text (div.ez-embed-type-image with data-ezview="embed" for
a picture, an embedded article teaser, an ad custom tag, and ez-embed items holding the HTML editors put in); the
share bar and the tags; then Ibexa page-builder zones and blocks (div.landing-page__zone > div.landing-page__block
with block_<type> / block--type-<type> classes and data-ez-block-id): a related-content collection under the
article and a sidebar zone with a "most read" content list, a banner block and a newsletter form block; the footer;
the Didomi notice in div#didomi-host).  The platform's generic strings (IBEXA_CORE, per language) are left as
developers leave them and not checked; the sites' own strings (IBEXA: menus, buttons, block titles, footer texts)
are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h37 or h38 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI39) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout36.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
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
from heldout_common import blocks_and_marks, class_names as _class_names  # noqa: E402
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
import make_heldout33 as mp33  # noqa: E402
import make_heldout34 as mp34  # noqa: E402
import make_heldout35 as mp35  # noqa: E402
import make_heldout36 as mp36  # noqa: E402
import make_heldout37 as mp37  # noqa: E402
import make_heldout38 as mp38  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h39_en import ARTICLES as H39_EN  # noqa: E402
from articles_h39_intl import ARTICLES as H39_INTL  # noqa: E402

ARTICLES = H39_EN + H39_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38)
# parts whose layouts' languages this part avoids (the two before it; h40 is written at the same time)
LANG_PARTS = (mp37, mp38)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h39"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Carrow Valley Mercury", "West Penwith Beacon", "Tamar & Lynher Gazette", "Hallamby Evening Star",
           "Kingsholme Borough Recorder", "North Somerley Journal", "Calder Heights Advertiser"],
    "tr": ["Karasu Ovası Postası", "Kuzeytepe Gündem", "Sahil Fındık Haber"],
    "de": ["Ostheider Kreiszeitung", "Mühltaler Bote", "Birkenauer Wochenblatt"],
    "fr": ["La Dépêche du Comminges-Sud", "Le Courrier de l'Aven"],
    "es": [],
    "ru": ["Заозёрная правда", "Северореченский курьер", "Берёзовские вести"],
}
# sites fixed per page (two regional dailies on Ibexa, a society site on Ghost, a village website on uCoz, a town
# hall on Drupal, an independent publication on Medium) are given in the stories' "site" field

# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h38 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch this clip, switch on cookies from our video partner", "This map needs third-party cookies. Change your settings to see it ›"],
        "tr": ["Bu klibi izlemek için video ortağımızın çerezlerini açın", "Bu harita üçüncü taraf çerezleri gerektiriyor. Görmek için ayarlarınızı değiştirin ›"],
        "de": ["Um diesen Clip zu sehen, aktivieren Sie Cookies unseres Videopartners", "Diese Karte braucht Cookies von Drittanbietern. Einstellungen ändern, um sie zu sehen ›"],
        "fr": ["Pour voir cet extrait, activez les cookies de notre partenaire vidéo", "Cette carte nécessite des cookies tiers. Modifiez vos réglages pour l'afficher ›"],
        "es": ["Para ver este vídeo, activa las cookies de nuestro socio audiovisual", "Este mapa necesita cookies de terceros. Cambia tus ajustes para verlo ›"],
        "ru": ["Чтобы посмотреть ролик, включите cookie нашего видеопартнёра", "Для этой карты нужны сторонние cookie. Измените настройки, чтобы её увидеть ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Start the day with {site}: the headlines in your inbox at 6.30", "You have 2 free stories left this month. Subscribe from 99p a week",
               "Court reporting, council meetings, school plays: we pay people to be there. Chip in from £3 a month"],
        "tr": ["Güne {site} ile başlayın: manşetler her sabah 6.30'da e-postanızda", "Bu ay 2 ücretsiz haber hakkınız kaldı. Haftalık 9,90 liradan abone olun",
               "Mahkeme, meclis, okul gösterisi: oraya giden muhabirlerin maaşını okurlarımız ödüyor. Ayda 30 liradan katkı verin"],
        "de": ["Starten Sie mit {site} in den Tag: die Schlagzeilen um 6.30 Uhr im Postfach", "Sie haben diesen Monat noch 2 freie Artikel. Abo ab 99 Cent pro Woche",
               "Gerichtstermine, Ratssitzungen, Schulaufführungen: Wir bezahlen Menschen dafür, dabei zu sein. Helfen Sie ab 3 Euro im Monat"],
        "fr": ["Commencez la journée avec {site} : les titres dans votre boîte à 6 h 30", "Il vous reste 2 articles gratuits ce mois-ci. Abonnez-vous dès 0,99 € par semaine",
               "L'information locale indépendante a un coût. Soutenez-nous dès 3 € par mois"],
        "es": ["Empieza el día con {site}: los titulares en tu correo a las 6.30", "Te quedan 2 noticias gratis este mes. Suscríbete desde 0,99 € a la semana",
               "Juicios, plenos, funciones del colegio: pagamos a gente para que esté allí. Colabora desde 3 € al mes"],
        "ru": ["Начинайте день с «{site}»: главные заголовки на почте в 6:30", "В этом месяце у вас осталось 2 бесплатных материала. Оформите доступ за 49 рублей в неделю и читайте без ограничений",
               "Суды, сессии депутатов, школьные утренники: мы платим людям, чтобы они там были. Помогите нам — от 150 рублей в месяц"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Pass it along: WhatsApp · Signal · Bluesky · Nextdoor", "Someone on your street should probably read this"],
        "tr": ["Elden ele: WhatsApp · Signal · Bluesky · Telegram", "Sokağınızdan birinin bunu okuması gerekebilir"],
        "de": ["Weitersagen: WhatsApp · Signal · Bluesky · Threema", "Jemand aus Ihrer Straße sollte das wahrscheinlich lesen"],
        "fr": ["Faites passer : WhatsApp · Signal · Bluesky · SMS", "Quelqu'un de votre rue devrait sans doute lire ça"],
        "es": ["Que corra la voz: WhatsApp · Signal · Bluesky · SMS", "Seguro que a alguien de tu calle le interesa leer esto"],
        "ru": ["Отправить: Telegram · WhatsApp · ВКонтакте · Скопировать ссылку", "Наверняка это стоит прочитать кому-то с вашей улицы"],
    },
    "photo": {
        "en": ["Picture lent to us by the organising committee", "Photograph: handout"],
        "tr": ["Görsel, etkinliği düzenleyen dernekten alınmıştır", "Fotoğraf: kurum tarafından dağıtılan görsel"],
        "de": ["Bild: vom veranstaltenden Verein überlassen", "Foto: Pressebild, honorarfrei"],
        "fr": ["Image : prêtée par l'association organisatrice", "Photo : document remis à la presse"],
        "es": ["Imagen prestada por la asociación organizadora", "Foto: imagen facilitada a los medios"],
        "ru": ["Снимок передан редакции оргкомитетом", "Фото: пресс-служба, распространяется свободно"],
    },
    "copyright": {
        "en": ["All content is the property of {site} and may not be republished, in print or online, without a licence."],
        "tr": ["Tüm içerik {site}'a aittir; lisans alınmadan basılı ya da çevrimiçi olarak yeniden yayımlanamaz."],
        "de": ["Alle Inhalte sind Eigentum von {site} und dürfen ohne Lizenz weder gedruckt noch online erneut veröffentlicht werden."],
        "fr": ["Tous les contenus sont la propriété de {site} et ne peuvent être republiés, sur papier ou en ligne, sans licence."],
        "es": ["Todos los contenidos son propiedad de {site} y no pueden volver a publicarse, en papel o en internet, sin licencia."],
        "ru": ["Все материалы принадлежат «{site}» и не могут перепечатываться в газетах или в интернете без лицензии."],
    },
    "section": {  # the first wording is the one a bold section tag run into the first paragraph prints
        "en": ["{section} desk", "More from the {section} desk ›"],
        "tr": ["{section} masası", "{section} masasından diğer haberler ›"],
        "de": ["Ressort {section}", "Mehr aus dem Ressort {section} ›"],
        "fr": ["Pôle {section}", "Plus d'articles du pôle {section} ›"],
        "es": ["Sección {section}", "Todo lo último de la sección {section} en un solo sitio ›"],
        "ru": ["Отдел «{section}»", "Другие материалы отдела «{section}» ›"],
    },
    "related": {
        "en": ["Read these next, while the kettle boils", "Dug out of our archive"],
        "tr": ["Çay demlenirken bunları da okuyun", "Arşivden çıkardıklarımız"],
        "de": ["Während der Kaffee durchläuft: das hier noch", "Aus dem Archiv hervorgeholt"],
        "fr": ["Le temps d'un café, lisez aussi", "Ressorti de nos archives"],
        "es": ["Mientras se hace el café, lee también", "Rescatado de la hemeroteca"],
        "ru": ["Пока закипает чайник, прочитайте ещё", "Достали из архива"],
    },
    "symbol": {"*": ["⁂ ⁂ ⁂", "◦ ◦ ◦ ◦ ◦ ◦", "❉ · ❉ · ❉", "≈ ≈ ≈"]},
    "credit": {
        "en": ["Additional reporting by the {site} digital team", "Graphics by the {site} data desk"],
        "tr": ["{site} dijital ekibinin katkılarıyla hazırlanmıştır", "Grafikler: {site} veri masası"],
        "de": ["Mitarbeit: Digitalteam von {site}", "Grafiken: Datenteam von {site}"],
        "fr": ["Avec l'équipe numérique de {site}", "Infographies : pôle données de {site}"],
        "es": ["Con la colaboración del equipo digital de {site}", "Gráficos: mesa de datos de {site}"],
        "ru": ["Дополнительные материалы собрала цифровая редакция «{site}»", "Инфографика: отдел данных «{site}»"],
    },
    "ad": {
        "en": ["Advert · the article carries on underneath", "Content paid for by an advertiser from the area"],
        "tr": ["Reklam alanı · haberin devamı bu alanın altında", "Yerel bir iş ortağından ücretli içerik"],
        "de": ["Werbefläche · der Text geht darunter weiter", "Bezahlter Inhalt eines Partners aus der Region"],
        "fr": ["Espace publicitaire · le texte reprend en dessous", "Contenu payé par un partenaire local"],
        "es": ["Espacio publicitario · el texto sigue debajo", "Contenido pagado por un anunciante de la zona"],
        "ru": ["Рекламное место · текст продолжается под ним", "Материал оплачен рекламодателем из нашего района"],
    },
    "continue": {
        "en": ["Show the rest of this article ⌄", "Keep scrolling to read on"],
        "tr": ["Haberin geri kalanını göster ⌄", "Okumaya devam etmek için kaydırın"],
        "de": ["Rest des Artikels anzeigen ⌄", "Weiterscrollen und weiterlesen"],
        "fr": ["Afficher la suite de l'article ⌄", "Faites défiler pour lire la suite"],
        "es": ["Mostrar el resto de la noticia ⌄", "Desliza para seguir leyendo"],
        "ru": ["Показать материал полностью ⌄", "Прокрутите, чтобы читать дальше"],
    },
    "comments": {
        "en": ["Have your say · {n} comments", "Jump to the {n} comments below ↓"],
        "tr": ["Tartışmaya katılın · {n} yorum var", "Aşağıdaki {n} yoruma gidin ↓"],
        "de": ["Ihre Meinung · {n} Kommentare", "Zu den {n} Kommentaren unten ↓"],
        "fr": ["Donnez votre avis · {n} commentaires", "Aller aux {n} commentaires ci-dessous ↓"],
        "es": ["Opina · {n} comentarios", "Ir a los {n} comentarios de abajo ↓"],
        "ru": ["Ваше мнение · {n} комментариев", "Перейти к {n} комментариям ниже ↓"],
    },
    "readtime": {
        "en": ["Give this one about {m} minutes of your day", "Reading time here: {m} min or so"],
        "tr": ["Bu habere gününüzden {m} dakika kadar ayırın", "Buradaki okuma süresi: {m} dk kadar"],
        "de": ["Gönnen Sie diesem Text rund {m} Minuten", "Lesezeit hier: rund {m} Min."],
        "fr": ["Comptez environ {m} minutes pour cet article", "Temps de lecture ici : {m} min à peu près"],
        "es": ["Reserva unos {m} minutos para esta noticia", "Tiempo de lectura aquí: {m} min más o menos"],
        "ru": ["На этот текст понадобится минуты {m}", "Здесь читать около {m} мин"],
    },
    "updated": {
        "en": ["This story was updated at {t} on {d}", "Posted {d} · Updated {t}"],
        "tr": ["Son ekleme: {d}, saat {t}", "Yayın {d} · Güncelleme {t}"],
        "de": ["Zuletzt ergänzt: {d}, {t} Uhr", "Online seit {d} · aktualisiert {t} Uhr"],
        "fr": ["Cet article a été actualisé le {d} à {t}", "Mis en ligne le {d} · actualisé à {t}"],
        "es": ["Última ampliación: {d}, {t} h", "En la web desde el {d} · revisado a las {t}"],
        "ru": ["Последнее дополнение: {d}, {t}", "Размещено {d} · обновлено в {t}"],
    },
    "audio": {
        "en": ["▶ Play the narrated version of this report ({m} min)", "Audio version generated by text-to-speech"],
        "tr": ["▶ Haberin seslendirilmiş halini oynatın ({m} dk)", "Sesli sürüm metinden sese dönüştürme ile oluşturuldu"],
        "de": ["▶ Die gesprochene Fassung dieses Berichts abspielen ({m} Min.)", "Audioversion per Sprachsynthese erstellt"],
        "fr": ["▶ Lancer la version lue de ce reportage ({m} min)", "Version audio générée par synthèse vocale"],
        "es": ["▶ Reproducir la versión narrada de esta información ({m} min)", "Versión en audio generada por síntesis de voz"],
        "ru": ["▶ Включить озвученную версию репортажа ({m} мин)", "Аудиоверсия создана синтезатором речи"],
    },
    "correction": {
        "en": ["A detail in this report was put right after a reader got in touch."],
        "tr": ["Bu haberdeki bir bilgi, yayından sonra okur uyarısıyla düzeltildi."],
        "de": ["Eine Angabe in diesem Text wurde nach dem Hinweis eines Lesers berichtigt."],
        "fr": ["Une information de cet article a été rectifiée après le signalement d'un lecteur."],
        "es": ["Un dato de esta noticia se corrigió después de que un lector nos avisara."],
        "ru": ["Одна из деталей материала исправлена после сообщения читателя."],
    },
    "app": {
        "en": ["Breaking news from {site}, straight to your phone: get the free app", "Scan to download the {site} app ▣"],
        "tr": ["{site}'dan son dakika haberleri doğrudan telefonunuza: ücretsiz uygulamayı indirin", "{site} uygulamasını indirmek için tarayın ▣"],
        "de": ["Eilmeldungen von {site} direkt aufs Handy: die kostenlose App", "Scannen und die App von {site} laden ▣"],
        "fr": ["Les alertes de {site} directement sur votre téléphone : l'appli gratuite", "Scannez pour télécharger l'appli {site} ▣"],
        "es": ["La última hora de {site}, directa a tu móvil: descarga gratis la app", "Escanea para descargar la app de {site} ▣"],
        "ru": ["Срочные новости «{site}» прямо в телефоне: бесплатное приложение", "Отсканируйте, чтобы скачать приложение «{site}» ▣"],
    },
    "bio": {
        "en": ["{by} is a reporter at {site}, covering {section}.", "Follow {by}'s reporting ›"],
        "tr": ["{by}, {site} için {section} sayfasına haber hazırlıyor.", "{by} imzalı haberleri takip edin ›"],
        "de": ["{by} ist Redakteurin oder Redakteur bei {site} und berichtet über {section}.", "Den Texten von {by} folgen ›"],
        "fr": ["{by} est journaliste à {site}, chargé de la rubrique {section}.", "Suivre les articles de {by} ›"],
        "es": ["{by} es periodista de {site} y cubre {section}.", "Sigue las noticias de {by} ›"],
        "ru": ["{by} — корреспондент «{site}», пишет о теме «{section}».", "Следить за материалами автора ›"],
    },
    "tip": {
        "en": ["Flood, fire or a fight over parking on your road? WhatsApp the newsroom on 07700 900 642", "If you were there, our reporters would like a word"],
        "tr": ["Mahallenizde bir şey mi oluyor? Haber merkezine WhatsApp'tan yazın: 0530 000 06 42", "Olay yerindeyseniz muhabirlerimiz sizinle konuşmak ister"],
        "de": ["Passiert bei Ihnen im Ort etwas? WhatsApp an die Redaktion: 0170 0000642", "Waren Sie dabei, würden unsere Reporter gern mit Ihnen sprechen"],
        "fr": ["Inondation, incendie ou dispute de stationnement dans votre rue ? WhatsApp de la rédaction : 06 00 00 06 42", "Vous avez assisté à la scène ? Nos journalistes aimeraient vous parler"],
        "es": ["¿Inundación, incendio o pelea por el aparcamiento en tu calle? WhatsApp de la redacción: 600 000 642", "Si estuviste allí, nuestros periodistas quieren hablar contigo"],
        "ru": ["Что-то случилось у вас во дворе? WhatsApp редакции: +7 900 000-06-42", "Если вы были на месте, корреспонденты хотят с вами поговорить"],
    },
    "typo": {
        "en": ["Spelling slip or wrong date? Highlight the words, hit Ctrl+Enter and the subs will see it"],
        "tr": ["Yazım hatası ya da yanlış tarih mi var? Kelimeleri seçip Ctrl+Enter'a basın, editörlerimiz görsün"],
        "de": ["Tippfehler oder falsches Datum? Wörter markieren, Strg+Enter drücken, dann sieht es die Schlussredaktion"],
        "fr": ["Coquille ou date erronée ? Surlignez les mots, appuyez sur Ctrl+Entrée et le secrétariat de rédaction le verra"],
        "es": ["¿Errata o fecha equivocada? Marca las palabras, pulsa Ctrl+Intro y lo verá la mesa de cierre"],
        "ru": ["Опечатка или неверная дата? Выделите слова и нажмите Ctrl+Enter — это увидит выпускающий редактор"],
    },
    "push": {
        "en": ["Turn on notifications for the biggest stories from {site}? Maybe later · Switch on"],
        "tr": ["{site}'daki en önemli haberler için bildirimleri açmak ister misiniz? Sonra hatırlat · Bildirimleri aç"],
        "de": ["Benachrichtigungen für die wichtigsten Nachrichten von {site} aktivieren? Später erinnern · Mitteilungen an"],
        "fr": ["Activer les notifications pour les grandes infos de {site} ? Peut-être plus tard · Activer"],
        "es": ["¿Activar las notificaciones de las noticias más importantes de {site}? Quizá luego · Activar"],
        "ru": ["Включить уведомления о главных новостях «{site}»? Может, позже · Включить"],
    },
    "print": {
        "en": ["Print · Email · Download as PDF", "Open a version of this page made for printing"],
        "tr": ["Yazdır · E-posta gönder · PDF indir", "Bu sayfanın baskıya hazır halini açın"],
        "de": ["Drucken · Per E-Mail senden · Als PDF herunterladen", "Eine für den Druck gemachte Fassung dieser Seite öffnen"],
        "fr": ["Imprimer · Envoyer par courriel · Télécharger en PDF", "Ouvrir une version de cette page pensée pour l'impression"],
        "es": ["Imprimir · Enviar por correo · Descargar en PDF", "Versión apta para imprimir"],
        "ru": ["Распечатать · Отправить по почте · Скачать PDF", "Версия для печати материала"],
    },
    "moderation": {
        "en": ["A moderator reads each comment before it appears. Posts that stray off topic or get personal will not be published."],
        "tr": ["Her yorumu yayından önce bir moderatör okur. Konu dışı ya da kişisel saldırı içeren mesajlar yayımlanmaz."],
        "de": ["Bei uns liest eine Moderatorin jeden Kommentar vor der Freischaltung. Beiträge ohne Themenbezug oder mit persönlichen Angriffen veröffentlichen wir nicht."],
        "fr": ["Chez nous, un modérateur relit chaque réaction avant de la valider. Les messages hors sujet ou personnels ne seront pas publiés."],
        "es": ["Aquí un moderador revisa cada comentario antes de darle paso. No se publicarán los que se salgan del tema o ataquen a personas."],
        "ru": ["Каждый комментарий перед появлением читает модератор. Сообщения не по теме и переход на личности не публикуются."],
    },
    "feedback": {
        "en": ["Was this report what you were looking for? Thumbs up / thumbs down"], "tr": ["Aradığınız bilgi bu haberde var mıydı? Beğendim / Beğenmedim"],
        "de": ["War das die Information, die Sie gesucht haben? Daumen hoch / Daumen runter"], "fr": ["Avez-vous trouvé ce que vous cherchiez dans cet article ? Pouce levé / pouce baissé"],
        "es": ["¿Encontraste en esta noticia lo que buscabas? Pulgar arriba / pulgar abajo"], "ru": ["Нашли в материале то, что искали? Палец вверх / палец вниз"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code. Complaints go first to the managing editor, then to the regulator if unresolved."],
        "tr": ["{site}, Basın Meslek İlkeleri çerçevesinde yayın yapar. Şikâyetler önce yazı işleri müdürüne, çözülmezse öz denetim kuruluna iletilir."],
        "de": ["{site} arbeitet nach den Publizistischen Grundsätzen. Wenn Sie einen Verstoß sehen, schreiben Sie unserer Beschwerdestelle."],
        "fr": ["{site} se réfère à la charte de Munich. Les réclamations vont d'abord au rédacteur en chef, puis au conseil de déontologie si besoin."],
        "es": ["{site} aplica el código deontológico de la profesión. Si crees que lo hemos incumplido, escribe a nuestra defensora."],
        "ru": ["«{site}» работает по Кодексу профессиональной этики российского журналиста. Претензии сначала рассматривает главный редактор, затем — коллегия по жалобам на прессу."],
    },
    "topics": {
        "en": ["More on: {section} · local news", "Tagged: {section}"],
        "tr": ["Diğer başlıklar: {section} · yerel haberler", "Etiket: {section}"],
        "de": ["Mehr zu: {section} · Lokalnachrichten", "Schlagwort: {section}"],
        "fr": ["Plus sur : {section} · infos locales", "Mot-clé : {section}"],
        "es": ["Más sobre: {section} · noticias locales", "Etiqueta: {section}"],
        "ru": ["Ещё о: {section} · местные новости", "Метка: {section}"],
    },
    "bookmark": {
        "en": ["🔖 Add to your reading list"], "tr": ["🔖 Okuma listenize ekleyin"], "de": ["🔖 Auf meine Merkliste setzen"],
        "fr": ["🔖 Ajouter à votre liste de lecture"], "es": ["🔖 Añadir a tu lista de lectura"], "ru": ["🔖 Отложить в закладки на потом"],
    },
    "poll": {
        "en": ["Reader vote: is the council doing enough here? Plenty · Not nearly · Undecided", "Votes so far: 1,284"],
        "tr": ["Okur oylaması: belediye bu konuda yeterince çalışıyor mu? Fazlasıyla · Hiç yeterli değil · Kararsızım", "Şimdiye kadar verilen oy: 1.284"],
        "de": ["Leserabstimmung: Tut die Gemeinde hier genug? Reichlich · Bei Weitem nicht · Unentschieden", "Bisher abgegebene Stimmen: 1.284"],
        "fr": ["Vote des lecteurs : la commune en fait-elle assez ? Largement · Loin de là · Indécis", "Votes exprimés jusqu'ici : 1 284"],
        "es": ["Votación de lectores: ¿hace lo suficiente el ayuntamiento? De sobra · Ni de lejos · Indeciso", "Votos emitidos hasta ahora: 1.284"],
        "ru": ["Голосование читателей: достаточно ли делает администрация? С избытком · Далеко не достаточно · Не определился", "Проголосовали на данный момент: 1284"],
    },
    "embed": {
        "en": ["This Instagram post from {handle} could not be shown here – open it on Instagram", "Video by {handle}: tap to load it from YouTube"],
        "tr": ["{handle} hesabının Instagram gönderisi burada gösterilemedi, Instagram'da açın", "{handle} videosu: YouTube'dan yüklemek için dokunun"],
        "de": ["Der Instagram-Beitrag von {handle} kann hier nicht angezeigt werden – auf Instagram öffnen", "Video von {handle}: tippen, um es von YouTube zu laden"],
        "fr": ["La publication Instagram de {handle} ne peut pas s'afficher ici – l'ouvrir sur Instagram", "Vidéo de {handle} : touchez pour la charger depuis YouTube"],
        "es": ["La publicación de Instagram de {handle} no puede mostrarse aquí: ábrela en Instagram", "Vídeo de {handle}: toca para cargarlo desde YouTube"],
        "ru": ["Публикацию {handle} из Instagram здесь показать нельзя — откройте её в Instagram", "Видео {handle}: нажмите, чтобы загрузить с YouTube"],
    },
    "gallery": {
        "en": ["Open the gallery ({g} photos) ›", "🖼 {g} pictures from the day"],
        "tr": ["Galeriyi açın ({g} fotoğraf) ›", "🖼 Günden {g} kare"],
        "de": ["Galerie öffnen ({g} Fotos) ›", "🖼 {g} Bilder vom Tag"],
        "fr": ["Ouvrir la galerie ({g} photos) ›", "🖼 {g} images de la journée"],
        "es": ["Abrir la galería ({g} fotos) ›", "🖼 {g} imágenes de la jornada"],
        "ru": ["Открыть галерею ({g} фото) ›", "🖼 {g} кадров этого дня"],
    },
    "map": {
        "en": ["Get directions to this spot on your phone ›", "Map: © OpenStreetMap contributors · Zoom in for detail"],
        "tr": ["Bu noktaya telefonunuzdan yol tarifi alın ›", "Harita: © OpenStreetMap katkıcıları · Ayrıntı için yakınlaştırın"],
        "de": ["Route zu diesem Punkt aufs Handy holen ›", "Karte: © OpenStreetMap-Mitwirkende · Für Details hineinzoomen"],
        "fr": ["Obtenir l'itinéraire jusqu'à ce point sur votre téléphone ›", "Carte : © les contributeurs d'OpenStreetMap · Zoomez pour plus de détails"],
        "es": ["Cómo llegar a este punto desde tu móvil ›", "Mapa: © colaboradores de OpenStreetMap · Amplía para ver detalles"],
        "ru": ["Проложить маршрут до этой точки в телефоне ›", "Карта: © участники OpenStreetMap · Приблизьте для подробностей"],
    },
    "scores": {
        "en": ["Match centre: live scores and standings ›", "Fixtures · Results · Table · Player averages"],
        "tr": ["Maç merkezi: canlı skor ve puan cetveli ›", "Fikstür · Sonuçlar · Puan cetveli · Oyuncu istatistikleri"],
        "de": ["Spielcenter: Liveticker und Tabellenstand ›", "Spielplan · Ergebnisse · Tabelle · Spielerstatistik"],
        "fr": ["Centre des matchs : scores en direct et classements ›", "Calendrier · Résultats · Classement · Statistiques joueurs"],
        "es": ["Centro de partidos: marcadores en directo y clasificación ›", "Calendario · Resultados · Clasificación · Estadísticas de jugadores"],
        "ru": ["Матч-центр: онлайн-счёт и положение команд ›", "Календарь · Результаты · Таблица · Статистика игроков"],
    },
    # the three families new in this part
    "airquality": {  # air-quality and pollen widgets: today's index with its band, pollen by type, the source line, health advice
        "en": ["Air quality index today: 8 out of 10 (high)", "Pollen forecast: grass very high · tree low · nettle moderate",
               "Data from the local authority's air monitoring network, refreshed every hour", "Health advice for sensitive groups ›"],
        "tr": ["Bugünkü hava kalitesi indeksi: 168 (sağlıksız)", "Polen durumu: çimen yüksek · ağaç düşük · yabani ot orta",
               "Veriler Ulusal Hava Kalitesi İzleme Ağı istasyonlarından saatlik olarak alınmaktadır", "Hassas gruplar için sağlık önerileri ›"],
        "de": ["Luftqualitätsindex heute: 4 von 5 (schlecht)", "Pollenflug heute: Birke stark · Erle mittel · Gräser keine",
               "Messwerte aus dem Luftmessnetz des Landesumweltamts, stündlich aktualisiert", "Gesundheitstipps für empfindliche Gruppen ›"],
        "fr": ["Indice de qualité de l'air aujourd'hui : mauvais (5 sur 6)", "Risque pollinique : graminées élevé · bouleau faible · ambroisie moyen",
               "Données du réseau régional de surveillance de l'air, actualisées chaque heure", "Conseils santé pour les personnes sensibles ›"],
        "es": ["Índice de calidad del aire hoy: desfavorable", "Niveles de polen: gramíneas alto · olivo bajo · plátano de sombra moderado",
               "Datos de la red municipal de vigilancia de la calidad del aire, actualizados cada hora", "Consejos de salud para grupos sensibles ›"],
        "ru": ["Индекс качества воздуха сегодня: 7 из 10 (высокое загрязнение)", "Пыльца: злаки высокий уровень · берёза низкий · полынь средний",
               "Данные сети мониторинга атмосферного воздуха, обновляются каждый час", "Советы для чувствительных групп населения ›"],
    },
    "flights": {  # flight-status boards: the departures board, track a flight, the airport's live board, the data note
        "en": ["Departures today", "Track a flight: enter a flight number or route",
               "See the airport's live arrivals and departures board ›", "Flight information is supplied by the airport and can change at short notice"],
        "tr": ["Bugünkü gidiş uçuşları", "Uçuş takibi: uçuş numarası veya güzergâh girin",
               "Havalimanının canlı geliş ve gidiş ekranına bakın ›", "Uçuş bilgileri havalimanından alınmaktadır ve kısa sürede değişebilir"],
        "de": ["Abflüge heute", "Flug verfolgen: Flugnummer oder Strecke eingeben",
               "Zur Live-Anzeige der Ankünfte und Abflüge des Flughafens ›", "Die Fluginformationen stammen vom Flughafen und können sich kurzfristig ändern"],
        "fr": ["Départs du jour", "Suivre un vol : saisissez un numéro de vol ou une ligne",
               "Voir le tableau des arrivées et départs de l'aéroport en direct ›", "Les horaires sont fournis par l'aéroport et peuvent changer à tout moment"],
        "es": ["Salidas de hoy", "Sigue un vuelo: introduce el número de vuelo o la ruta",
               "Consulta el panel de llegadas y salidas del aeropuerto en directo ›", "La información de vuelos la facilita el aeropuerto y puede cambiar sin previo aviso"],
        "ru": ["Вылеты сегодня", "Отследить рейс: введите номер рейса или направление",
               "Онлайн-табло прилёта и вылета на сайте аэропорта ›", "Информацию о рейсах предоставляет аэропорт, она может измениться в любой момент"],
    },
    "outage": {  # power-outage checkers: customers off supply, the operator's outage map, the postcode checker, the emergency line
        "en": ["Power cuts now: 3,412 customers off supply in this area", "View the network operator's live outage map ›",
               "Enter your postcode to check for a power cut", "Power cut? Call 105 free, day or night"],
        "tr": ["Şu anda elektrik kesintisi: bölgede 3.412 abone etkileniyor", "Dağıtım şirketinin canlı kesinti haritasını görün ›",
               "Kesinti sorgulamak için mahallenizi girin", "Elektrik arızası için 7/24 arıza hattı: 186"],
        "de": ["Aktuelle Stromausfälle: 3.412 Haushalte in dieser Region betroffen", "Zur Live-Störungskarte des Netzbetreibers ›",
               "Postleitzahl eingeben und nach Störungen suchen", "Stromausfall? Störungsnummer rund um die Uhr: 0800 0000 410"],
        "fr": ["Coupures en cours : 3 412 foyers privés d'électricité dans le secteur", "Voir la carte des coupures du gestionnaire de réseau ›",
               "Saisissez votre code postal pour vérifier une coupure", "Panne d'électricité ? Dépannage 24 h/24 : 09 00 00 04 10"],
        "es": ["Cortes de luz ahora: 3.412 clientes sin suministro en la zona", "Ver el mapa de incidencias de la distribuidora ›",
               "Introduce tu código postal para comprobar si hay cortes", "¿Sin luz? Teléfono de averías 24 horas: 900 000 410"],
        "ru": ["Отключения сейчас: без света 3412 абонентов в районе", "Карта отключений сетевой компании онлайн ›",
               "Введите адрес, чтобы проверить отключение", "Нет света? Аварийная служба круглосуточно: 8-800-000-04-10"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"airquality": [0, 1, 2, 3], "flights": [0, 1, 2, 3], "outage": [0, 1, 2, 3]}
# an air-quality widget's monitoring sites (generic: the widget is the site's, not the story's): site, index, band
AIR_ROWS = {
    "en": [("Town centre monitor", "AQI 8/10 · high"), ("Ring road roadside monitor", "AQI 9/10 · very high"), ("Riverside park monitor", "AQI 6/10 · moderate")],
    "tr": [("Şehir merkezi istasyonu", "HKİ 168 · sağlıksız"), ("Sanayi sitesi istasyonu", "HKİ 201 · çok sağlıksız"), ("Üniversite kampüsü istasyonu", "HKİ 112 · hassas gruplar için sağlıksız")],
    "de": [("Messstelle Stadtmitte", "LQI 4/5 · schlecht"), ("Messstelle an der Bundesstraße", "LQI 5/5 · sehr schlecht"), ("Messstelle Stadtpark", "LQI 3/5 · mäßig")],
    "fr": [("Station centre-ville", "indice 5/6 · mauvais"), ("Station rocade nord", "indice 6/6 · très mauvais"), ("Station parc urbain", "indice 3/6 · moyen")],
    "es": [("Estación Centro", "ICA desfavorable · O₃ 214"), ("Estación polígono industrial", "ICA muy desfavorable · O₃ 231"), ("Estación parque fluvial", "ICA regular · O₃ 146")],
    "ru": [("Пост «Центр города»", "ИЗА 7/10 · высокое"), ("Пост «Промзона»", "ИЗА 8/10 · высокое"), ("Пост «Парк у реки»", "ИЗА 4/10 · умеренное")],
}
# a flight board's rows (fictional flight numbers): time, flight, destination, status
FLIGHT_ROWS = {
    "en": [("07:10", "RX 412", "Dublin", "Boarded"), ("09:35", "RX 208", "Manchester", "Delayed 40 min"), ("13:05", "RX 516", "Jersey", "On time"), ("17:50", "RX 210", "Manchester", "Cancelled")],
    "tr": [("08:15", "KT 2134", "Ankara", "Kapı kapandı"), ("10:40", "KT 2716", "İstanbul", "Rötarlı 35 dk"), ("14:20", "KT 2180", "Antalya", "Zamanında"), ("19:05", "KT 2718", "İstanbul", "Sefer iptal edildi")],
    "de": [("06:55", "LX 481", "Zürich", "gestartet"), ("09:20", "EW 732", "Palma", "verspätet"), ("12:45", "LH 119", "Frankfurt", "pünktlich"), ("18:30", "EW 733", "Palma", "annulliert")],
    "fr": [("07:05", "AV 6412", "Paris-Orly", "Annulé"), ("09:50", "AV 3120", "Lyon", "Retardé"), ("11:30", "AV 8004", "Londres", "À l'heure"), ("16:15", "AV 8820", "Bruxelles", "Embarquement")],
    "es": [("07:40", "VX 1203", "Madrid", "Despegado"), ("10:15", "VX 2288", "Palma", "Retrasado"), ("13:50", "VX 1207", "Madrid", "En hora"), ("20:05", "VX 4410", "Londres", "Cancelado")],
    "ru": [("06:40", "СР 201", "Москва", "Вылетел"), ("10:05", "СР 315", "Санкт-Петербург", "Задерживается"), ("14:30", "СР 417", "Архангельск", "По расписанию"), ("18:55", "СР 203", "Москва", "Отменён")],
}
# an outage checker's areas: area, customers off supply, estimated restoration
OUTAGE_ROWS = {
    "en": [("Upper valley", "1,208", "Wed 22:00"), ("Market town", "316", "Tue 18:00"), ("Coast road villages", "1,888", "Thu 12:00")],
    "tr": [("Yukarı mahalleler", "1.208", "Çar 22.00"), ("Çarşı", "316", "Sal 18.00"), ("Sahil köyleri", "1.888", "Per 12.00")],
    "de": [("Oberes Tal", "1.208", "Mi 22 Uhr"), ("Ortsmitte", "316", "Di 18 Uhr"), ("Höhendörfer", "1.888", "Do 12 Uhr")],
    "fr": [("Haute vallée", "1 208", "mer. 22 h"), ("Bourg", "316", "mar. 18 h"), ("Hameaux du plateau", "1 888", "jeu. 12 h")],
    "es": [("Valle alto", "1.208", "mié 22.00"), ("Casco urbano", "316", "mar 18.00"), ("Pedanías de la sierra", "1.888", "jue 12.00")],
    "ru": [("Верхняя долина", "1208", "ср 22:00"), ("Райцентр", "316", "вт 18:00"), ("Прибрежные сёла", "1888", "чт 12:00")],
}
# the column heads of a flight board and of an outage checker's table
FLIGHT_HEAD = {"en": ("Time", "Flight", "To", "Flight status"), "tr": ("Saat", "Sefer", "Varış", "Durum"),
               "de": ("Zeit", "Flug", "Ziel", "Flugstatus"), "fr": ("Heure", "Vol", "Destination", "État"),
               "es": ("Hora", "Vuelo", "Destino", "Estado"), "ru": ("Время", "Рейс", "Куда", "Статус")}
OUTAGE_HEAD = {"en": ("Area", "Customers off", "Expected back"), "tr": ("Kesinti bölgesi", "Etkilenen abone", "Tahmini bitiş"),
               "de": ("Gebiet", "Betroffene Haushalte", "Voraussichtlich zurück"), "fr": ("Secteur", "Foyers coupés", "Retour prévu"),
               "es": ("Zona", "Clientes sin luz", "Reposición prevista"), "ru": ("Район", "Без света", "Ожидаемое подключение")}
WIDGET_ROWS = (("air rows", AIR_ROWS), ("flight rows", FLIGHT_ROWS), ("flight heads", FLIGHT_HEAD),
               ("outage rows", OUTAGE_ROWS), ("outage heads", OUTAGE_HEAD))
HEADLINES = {
    "en": ["Lifeboat crew called out three times in one night", "Town's last bank branch to close in September",
           "Primary school wins fight to keep its lollipop man", "Plans for a skate park go on show at the library",
           "Cricket pavilion rebuilt after arson attack", "Bus station toilets reopen after two-year closure"],
    "tr": ["Cankurtaran ekibi bir gecede üç kez denize açıldı", "İlçenin son banka şubesi eylülde kapanıyor",
           "Köy okulunun bahçesine spor sahası yapılacak", "Kaykay parkı projesi kütüphanede sergileniyor",
           "Kundaklanan spor kulübü binası yeniden yapıldı", "Otogardaki tuvaletler iki yıl sonra açıldı"],
    "de": ["Seenotretter in einer Nacht dreimal im Einsatz", "Letzte Bankfiliale im Ort schließt im September",
           "Grundschule behält ihren Schülerlotsen", "Pläne für den Skatepark liegen in der Bücherei aus",
           "Vereinsheim nach Brandanschlag wieder aufgebaut", "Toiletten am Busbahnhof nach zwei Jahren wieder offen"],
    "fr": ["Les sauveteurs en mer sortis trois fois dans la nuit", "La dernière agence bancaire du bourg fermera en septembre",
           "L'école garde son agent de traversée", "Le projet de skatepark exposé à la médiathèque",
           "Le club-house incendié a été reconstruit", "Les sanitaires de la gare routière rouvrent après deux ans de fermeture"],
    "es": ["Salvamento sale tres veces al mar en una sola noche", "La última sucursal bancaria del pueblo cerrará en septiembre",
           "El colegio consigue mantener a su guardia de paso", "El proyecto del skatepark se expone en la biblioteca",
           "Reconstruyen la sede del club tras el incendio provocado", "Reabren los aseos de la estación de autobuses dos años después"],
    "ru": ["Спасатели за одну ночь трижды выходили в море", "Последнее отделение банка в посёлке закроется в сентябре",
           "Школа отстояла своего регулировщика", "Проект скейт-парка выставили в библиотеке",
           "Сгоревший клубный дом отстроили заново", "На автовокзале после двух лет открыли туалеты"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Tres salidas en ocho horas para la lancha de la base de Castro Urdiales.",
           "Los vecinos tendrán que ir a la cabecera de comarca para sacar dinero en ventanilla.",
           "El AMPA recogió 900 firmas para que el puesto siguiera cubierto.",
           "El diseño incluye rampas, un bowl y zona de sombra junto al río.",
           "Los socios han trabajado tres fines de semana seguidos para levantar el nuevo edificio.",
           "La reforma ha costado 62.000 euros e incluye un baño adaptado."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from the valleys", "Your town, your village", "Council chamber and crown court", "Work, trade and the high street", "Grassroots sport", "Days out, gigs and evenings in", "Your letters, your say"],
               cookie="With your permission we and our 148 partners use cookies and similar technologies to keep this site running, understand how it is used and show adverts that pay for local reporting. Tap Manage choices to pick purpose by purpose.",
               accept="Accept all and continue", reject="Essential cookies only, thanks", share="Send this article on",
               related="Also making news today", newsletter="The valley briefing, free every weekday",
               subscribe="Yes, send me the briefing", email="yourname@mail.example",
               comment_note="Sign in to add a comment.",
               closed="Comments are not open on this story.",
               footer=["Who writes, edits and prints the paper", "Putting mistakes right: our policy", "Your privacy and cookie choices", "Advertising rates and contacts", "Website terms for readers"],
               rights="Copying any part of this site requires written permission from the publisher.",
               commenters=[("harbourwall_dave", "About time this was reported properly."),
                           ("Jan from Mill Street", "Is there going to be a drop-in session for residents?"),
                           ("pedals_on_the_prom", "Thanks for sticking with this one.")]),
    "tr": dict(nav=["Ovadan haberler", "Kasabanız, köyünüz", "Belediye meclisi ve adliye koridorları", "İş, ticaret ve çarşı", "Amatör liglerden spor", "Gezi, konser ve akşam planları", "Okurlardan mektuplar ve itirazlar"],
               cookie="İzninizle biz ve 148 iş ortağımız, bu sitenin çalışması, nasıl kullanıldığını anlamak ve yerel haberciliği finanse eden reklamları göstermek için çerezler ve benzeri teknolojiler kullanıyoruz. Amaç amaç seçmek için Seçenekleri yönet'e dokunun.",
               accept="Tümünü kabul et ve devam et", reject="Yalnızca zorunlu çerezler, teşekkürler", share="Haberi bir tanıdığa iletin",
               related="Bugün gündemde olan diğer haberler", newsletter="Ova bülteni, hafta içi her gün ücretsiz",
               subscribe="Evet, bülteni gönderin", email="okur.adi@ovaposta.example",
               comment_note="Yorum eklemek için oturum açın.",
               closed="Bu haber yorumlara kapalı tutuluyor.",
               footer=["Gazeteyi kim yazıyor, kim basıyor", "Hataları düzeltme ilkemiz", "Gizliliğiniz ve çerez seçimleriniz", "Reklam tarifeleri ve iletişim", "Okurlar için site koşulları"],
               rights="Bu sitenin herhangi bir bölümünü kopyalamak için yayıncının yazılı izni gerekir.",
               commenters=[("iskele_dayı", "Nihayet biri bu konuyu düzgünce yazdı."),
                           ("Değirmen Sokak'tan Nurhan", "Mahalle sakinleri için bir bilgilendirme toplantısı yapılacak mı?")]),
    "de": dict(nav=["Nachrichten aus den Tälern", "Ihre Stadt, Ihr Dorf", "Ratssaal und Landgericht", "Arbeit, Handel und Innenstadt", "Breitensport", "Ausflüge und Abende", "Ihre Briefe, Ihre Meinung"],
               cookie="Mit Ihrer Erlaubnis nutzen wir und unsere 148 Partner Cookies und ähnliche Technologien, um diese Seite zu betreiben, ihre Nutzung zu verstehen und Werbung zu zeigen, die Lokaljournalismus bezahlt. Über „Auswahl verwalten“ entscheiden Sie Zweck für Zweck.",
               accept="Alle akzeptieren und weiter", reject="Nur notwendige Cookies, danke", share="Artikel weiterschicken",
               related="Was heute sonst noch passiert ist", newsletter="Das Talbriefing, werktags kostenlos",
               subscribe="In die Liste eintragen", email="ihrname@post.example",
               comment_note="Zum Kommentieren bitte zuerst einloggen.",
               closed="Zu diesem Artikel sind keine Kommentare möglich.",
               footer=["Wer die Zeitung schreibt, redigiert und druckt", "Fehler richtigstellen: unsere Regeln", "Ihre Privatsphäre und Cookie-Auswahl", "Anzeigenpreise und Kontakte", "Nutzungsregeln der Website"],
               rights="Das Kopieren von Teilen dieser Website erfordert die schriftliche Erlaubnis des Verlags.",
               commenters=[("Kaimauer_Hennes", "Höchste Zeit, dass darüber ordentlich berichtet wird."),
                           ("Jana aus der Mühlenstraße", "Gibt es eine Sprechstunde für Anwohner?")]),
    "fr": dict(nav=["L'actu des vallées", "Votre ville, votre village", "Conseil municipal et tribunal", "Emploi, commerce et centre-ville", "Sport amateur", "Sorties et soirées", "Vos lettres, votre avis"],
               cookie="Avec votre accord, nos 148 partenaires et nous utilisons des cookies et technologies similaires pour faire fonctionner ce site, comprendre son utilisation et afficher des publicités qui financent l'information locale. Touchez Gérer mes choix pour décider finalité par finalité.",
               accept="Tout accepter et continuer", reject="Seulement les cookies nécessaires, merci", share="Faire suivre l'article à un proche",
               related="Aussi dans l'actualité aujourd'hui", newsletter="Le brief des vallées, gratuit en semaine",
               subscribe="M'ajouter à la liste", email="votrenom@courriel.example",
               comment_note="Identifiez-vous pour ajouter un commentaire.",
               closed="Cet article est fermé aux réactions.",
               footer=["Qui écrit, relit et imprime le journal", "Corriger nos erreurs : nos règles", "Vos choix de confidentialité et de cookies", "Tarifs et contacts publicité", "Règles d'usage du site"],
               rights="Toute copie d'une partie de ce site nécessite l'autorisation écrite de l'éditeur.",
               commenters=[("digue_du_port", "Il était temps qu'on en parle sérieusement."),
                           ("Jeanne de la rue du Moulin", "Y aura-t-il une permanence pour les riverains ?")]),
    "es": dict(nav=["Noticias de los valles", "Tu ciudad, tu pueblo", "Pleno y juzgados", "Empleo, comercio y centro", "Deporte base", "Escapadas y planes", "Tus cartas, tu opinión"],
               cookie="Con tu permiso, nosotros y nuestros 148 socios usamos cookies y tecnologías similares para que esta web funcione, entender cómo se usa y mostrar anuncios que pagan el periodismo local. Pulsa Gestionar opciones para decidir finalidad por finalidad.",
               accept="Aceptar todo y continuar", reject="Solo las cookies imprescindibles, gracias", share="Pásale la noticia a un conocido",
               related="También es noticia hoy", newsletter="El boletín de los valles, gratis entre semana",
               subscribe="Añadirme a la lista", email="tunombre@correo.example",
               comment_note="Para comentar, primero inicia sesión.",
               closed="Esta información está cerrada a comentarios.",
               footer=["Quién escribe, edita e imprime el diario", "Cómo rectificamos nuestros errores", "Tu privacidad y tus cookies", "Tarifas y contactos de publicidad", "Normas de uso de la web del diario"],
               rights="Copiar cualquier parte de esta web requiere permiso por escrito del editor.",
               commenters=[("rompeolas_pepe", "Ya tocaba que alguien lo contara como es debido."),
                           ("Juana de la calle del Molino", "¿Habrá alguna reunión informativa para los vecinos?")]),
    "ru": dict(nav=["Новости долины", "Ваш город, ваше село", "Заседания и суды", "Работа, торговля, центр", "Любительский спорт", "Поездки и вечера", "Ваши письма, ваше мнение"],
               cookie="С вашего разрешения мы и 148 наших партнёров используем cookie и похожие технологии, чтобы сайт работал, чтобы понимать, как им пользуются, и показывать рекламу, на которую живёт местная журналистика. Нажмите «Управлять выбором», чтобы решить по каждой цели отдельно.",
               accept="Принять всё и продолжить", reject="Только необходимые cookie, спасибо", share="Переслать текст соседу или другу",
               related="Сегодня также в новостях", newsletter="Сводка долины — бесплатно по будням",
               subscribe="Да, присылайте сводку", email="vashe-imya@pochta.example",
               comment_note="Чтобы комментировать, сначала войдите в аккаунт.",
               closed="Обсуждение этого материала не открыто.",
               footer=["Кто пишет, правит и печатает газету", "Исправление ошибок: наши правила", "Ваша приватность и выбор cookie", "Расценки и контакты рекламного отдела", "Правила пользования сайтом газеты"],
               rights="Копирование любой части сайта возможно только с письменного разрешения издателя.",
               commenters=[("пристань_Палыч", "Давно пора было об этом нормально написать."),
                           ("Зина с Мельничной", "А встреча с жителями будет?")]),
}
UI39 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "KARASU OVASI POSTASI'NDA BUGÜN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} muhabiri; {section} haberlerinin yanı sıra ovadaki çevre sorunlarını izliyor. Bilgi ve belge için: cevre@example.org"},
    (mp4, "READMORE"): {"en": "MORE FROM THE HALLAMBY EVENING STAR:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Toujours dans La Dépêche du Comminges-Sud")},
    (mp6, "TYPO3"): {"de": dict(ext="Video des Deutschen Wetterdienstes", note="Hier ist ein Erklärvideo zum Pollenflug eingebunden, das auf YouTube liegt. Es wird erst nach Ihrer Zustimmung geladen; dabei werden Daten an YouTube übermittelt.",
                                button="Einverstanden, Video laden", by="Ein Beitrag von", search="In der Ostheider Kreiszeitung suchen",
                                lang_menu="Ostheide in Einfacher Sprache")},
    (mp7, "SANITY"): {"de": dict(nl_title="Birkenauer Sportmontag", nl_text="Alle Ergebnisse der Vereine aus Birkenau und Umgebung, jeden Montagmorgen im Postfach.",
                                 nl_button="Sportmontag bestellen", nl_placeholder="Ihre E-Mail für den Sportmontag")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Северореченск за неделю", nl_text="По субботам — одно письмо: транспорт, аэропорт, погода и городские новости.",
                                nl_label="Ваш e-mail для письма «Северореченск за неделю»", nl_button="Получать письмо по субботам")},
    (mp13, "PUB_NAV"): {"es": ["Nuevos cuadernos", "Pueblos de la sierra", "Oficios que se van", "Hazte suscriptor de los Cuadernos"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="Villanueva del Cerrato: fiestas, avisos del ayuntamiento y fotos del pueblo",
                                menu=["Inicio de Villanueva", "Noticias del pueblo", "Bandos y avisos", "Fiestas de San Isidro", "Fotos de Villanueva", "Escribir al administrador"],
                                cats=["Noticias del pueblo", "Fiestas de San Isidro", "Bandos y avisos"],
                                friends=["Cofradía de San Isidro Labrador", "Peña El Botijo", "Colegio rural agrupado Cerrato"],
                                footer="Web de Villanueva del Cerrato © 2026 · la mantienen vecinos voluntarios",
                                poster="admin_pili", tags=["romería", "San Isidro"],
                                commenters=[("Maribel_V", "¡Qué bonita estaba la ermita! El año que viene llevamos carroza."),
                                            ("Goyo_el_del_bar", "La caldereta, de diez. Gracias a la cofradía.")],
                                style="br", heads="b")},
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
# the new layout: an Ibexa DXP 4 (eZ Platform) site, Twig page layout, ezrichtext, page-builder zones
# --------------------------------------------------------------------------
# the platform's generic strings as the developers leave them (the agency's Twig templates, Didomi's notice
# buttons), per language (not checked: they recur on any such site)
IBEXA_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", siteaccess="eng-GB", ad_kind="article", home="Home", by="By", search="Search", skip="Skip to content",
               search_ph="Search the site", nav_label="Main menu", crumb_label="You are here", share_on="Share on",
               copy="Copy link", email_label="Your email address", read="{m} min read", updated="Updated",
               didomi_more="Learn more", didomi_policy="Privacy policy", didomi_close="Close", didomi_title="Your privacy",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}", opens="opens in a new window"),
    "es": dict(html_lang="es-ES", og_locale="es_ES", siteaccess="esl-ES", ad_kind="articulo", home="Portada", by="Por", search="Buscar", skip="Saltar al contenido",
               search_ph="Buscar en la web", nav_label="Menú principal", crumb_label="Estás en", share_on="Compartir en",
               copy="Copiar enlace", email_label="Tu correo electrónico", read="{m} min de lectura", updated="Actualizado",
               didomi_more="Más información", didomi_policy="Política de privacidad", didomi_close="Cerrar", didomi_title="Tu privacidad",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                       "noviembre", "diciembre"], date_fmt="{d} de {M} de {y}", opens="se abre en una ventana nueva"),
}
# the sites' own strings: host, menus (titles and slugs), header buttons, the embedded teaser's label, block titles,
# the banner block, the newsletter form block and footer texts
IBEXA = {
    "The Dunmere Courier": dict(
        domain="dunmerecourier.example", short="dunmere",
        menu=["Dunmere news", "Basin towns", "Courier politics", "Courier business", "Courier sport", "What's on in Dunmere"],
        slugs=["news", "basin-towns", "politics", "business", "sport", "whats-on"],
        buttons=["Today's Courier e-edition", "Join Courier Plus"],
        account="My Courier account", teaser_label="Read more in the Courier", related_title="More Courier coverage",
        popular_title="Trending in Dunmere", promo_pre="The Courier podcast",
        promo_title="Basin Talk", promo_text="The week in Dunmere and the basin towns, every Thursday.",
        nl_title="Courier Early Edition", nl_text="Dunmere's news in a single email, before you leave the house.",
        nl_button="Send me the Early Edition", share_title="Pass this Courier report on", topbar="Serving the Dunmere basin since 1871",
        footer_links=["About the Dunmere Courier", "How to complain to the Courier", "Privacy at the Courier", "Advertise in the Courier"],
        footer_note="The Dunmere Courier is published by Basin Media Group, Castle Lane, Dunmere."),
    "Heraldo de Valdeorcas": dict(
        domain="heraldodevaldeorcas.example", short="heraldo",
        menu=["Valdeorcas", "Comarca del Orcas", "Política en el Heraldo", "Economía del Orcas", "Deportes del Heraldo", "Ocio en Valdeorcas"],
        slugs=["valdeorcas", "comarca", "politica", "economia", "deportes", "ocio"],
        buttons=["Heraldo en papel digital", "Suscríbete al Heraldo"],
        account="Mi cuenta del Heraldo", teaser_label="Te puede interesar en el Heraldo", related_title="Más del Heraldo",
        popular_title="Lo más visto en Valdeorcas", promo_pre="El pódcast del Heraldo",
        promo_title="Orcas en voz alta", promo_text="La actualidad de la comarca comentada cada viernes.",
        nl_title="Heraldo a primera hora", nl_text="Las noticias de Valdeorcas y su comarca antes del desayuno.",
        nl_button="Quiero el Heraldo a primera hora", share_title="Comparte esta noticia del Heraldo", topbar="El diario de Valdeorcas y su comarca desde 1923",
        footer_links=["Quiénes somos en el Heraldo", "Defensora del lector del Heraldo", "Privacidad en el Heraldo", "Publicidad en el Heraldo"],
        footer_note="Heraldo de Valdeorcas lo edita Ediciones del Orcas, calle Mayor 14, Valdeorcas."),
}
IBEXA_EXEMPT = {"domain", "short", "slugs"}


def ibx_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = IBEXA_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def ibx_block(kind, val):
    """One block of the body's ezrichtext field as Ibexa's XHTML5 output converter writes it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_ibexa(art, ui, site, placed, rng):
    # an article's full view on an Ibexa DXP site (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = IBEXA_CORE[lang], IBEXA[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 70).lower()
    url = "%s/%s/%s" % (host, sec_slug, page_slug)
    hh, mi = rng.randint(5, 20), rng.randint(0, 59)
    tz = "+01:00" if lang == "en" else "+02:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mi, tz)
    shown = ibx_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    content_id, location_id = rng.randint(18000, 64000), rng.randint(20000, 90000)
    version = rng.randint(2, 9)
    lang_code = c["siteaccess"]

    def img_path(alias, cid, name):
        digits = "/".join(str(cid)[:4])
        return "/var/site/storage/images/_aliases/%s/%s/%d-%d-%s/%s.jpg" % (alias, digits, cid, version, lang_code, name)

    img_name = mp13.medium_slug(art["caption"], 40).lower()
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/%s" % (rng.choice(s["slugs"][:4]), mp13.medium_slug(t, 60).lower()) for t in heads}

    # the embedded items between the text: an article teaser after the first third, an ad custom tag further down
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    teaser_at = slots[len(slots) // 3] if slots else n
    ad_at = next((i for i in slots if i >= teaser_at + 2), None)
    th = heads[0]
    tcid = rng.randint(18000, 64000)
    teaser = ('<div class="ez-embed-type-article" data-ezview="embed" data-href="ezcontent://{cid}">\n'
              '<div class="embed-article-teaser"><a class="embed-article-teaser__link" href="{u}">'
              '<img class="embed-article-teaser__image" src="{img}" alt="" width="160" height="90" loading="lazy">'
              '<span class="embed-article-teaser__label">{lab}</span> <span class="embed-article-teaser__title">{t}</span></a></div>\n</div>').format(
        cid=tcid, u=hurls[th], img=img_path("teaser_small", tcid, mp13.medium_slug(th, 30).lower()), lab=E(s["teaser_label"]), t=E(th))
    ad = ('<div class="ez-custom-tag ez-custom-tag--adslot" data-ezname="adslot"><div class="ad-slot ad-slot--inread">'
          '<span class="ad-slot__label">{lab}</span><div id="div-gpt-ad-{k}" data-ad-unit="/21877/{short}/{kind}/inread_{j}" '
          'data-ad-sizes="300x250,640x360"></div></div></div>').format(
        lab=E(pick(rng, "ad", lang, site, art)[1]), k=hx(12), short=s["short"], kind=c["ad_kind"], j=rng.randint(1, 3))
    placed = {i: list(x) for i, x in placed.items()}
    placed.setdefault(teaser_at, []).append(teaser)
    if ad_at is not None:
        placed.setdefault(ad_at, []).append(ad)
    parts = []
    for i in range(n + 1):
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>|<p |<h[45] ", snip) or snip is teaser or snip is ad or "ez-embed-type-image" in snip:
                parts.append(snip)  # typed or pasted into the rich text, or an item embedded by the editor
            else:  # HTML the editor put in through an embedded "HTML snippet" content item
                parts.append('<div class="ez-embed-type-embed" data-ezview="embed" data-href="ezcontent://%d">\n<div class="html-snippet">%s</div>\n</div>'
                             % (rng.randint(18000, 64000), snip))
        if i < n:
            parts.append(ibx_block(*blocks[i]))
    body = "\n".join(parts)

    nav_items = "\n".join(
        '<li class="site-nav__item%s"><a class="site-nav__link" href="/%s"%s>%s</a></li>' % (
            " site-nav__item--active" if k == sec_i else "", sl, ' aria-current="page"' if k == sec_i else "", E(t))
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    buttons = "\n".join('<a class="site-header__button" href="/%s">%s</a>' % (mp13.medium_slug(b, 30).lower(), E(b)) for b in s["buttons"])
    crumbs = "\n".join('<li class="breadcrumbs__item"><a href="%s">%s</a></li>' % (u, E(t)) for t, u in ((c["home"], "/"), (sec, "/" + sec_slug)))
    share = "\n".join('<a class="share-bar__link share-bar__link--%s" href="%s" target="_blank" rel="noopener" title="%s %s"><svg class="ibexa-icon" aria-hidden="true"><use xlink:href="/assets/images/icons.svg#%s"></use></svg></a>' % (
        k, A(h + url), A(c["share_on"]), A(lab), k) for k, lab, h in (
            ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("x", "X", "https://x.com/intent/post?url="),
            ("whatsapp", "WhatsApp", "https://wa.me/?text="), ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=")))

    def block(kind, inner, title=None):
        bid = "b-" + "-".join((hx(8), hx(4), hx(4), hx(4), hx(12)))
        head = '<h2 class="block-title">%s</h2>\n' % E(title) if title else ""
        return ('<div class="landing-page__block block_{k} block--type-{k}" data-ez-block-id="{b}">\n{h}{i}\n</div>'
                .format(k=kind, b=bid, h=head, i=inner))

    def teaser_list(items, with_img):
        lis = []
        for t in items:
            cid = rng.randint(18000, 64000)
            img = ('<img class="teaser__image" src="%s" alt="" width="320" height="180" loading="lazy">' % img_path("teaser_medium", cid, mp13.medium_slug(t, 30).lower())
                   if with_img else "")
            lis.append('<li class="teaser-list__item"><article class="teaser teaser--article" data-content-id="%d"><a class="teaser__link" href="%s">%s<h3 class="teaser__title">%s</h3></a></article></li>'
                       % (cid, hurls[t], img, E(t)))
        return '<ul class="teaser-list">\n%s\n</ul>' % "\n".join(lis)

    related_zone = ('<div class="landing-page__zone landing-page__zone--default" data-ibexa-zone-id="%d">\n%s\n</div>'
                    % (rng.randint(1, 999), block("collection", teaser_list(heads[1:4], True), s["related_title"])))
    nl_form = ('<form class="newsletter-form" action="/newsletter/subscribe" method="post" name="newsletter">\n'
               '<p class="newsletter-form__text">{txt}</p>\n<label class="newsletter-form__label" for="nl-email-{k}">{lab}</label>\n'
               '<input class="newsletter-form__input" id="nl-email-{k}" type="email" name="newsletter[email]" required>\n'
               '<input type="hidden" name="newsletter[_token]" value="{tok}">\n<button class="newsletter-form__button" type="submit">{btn}</button>\n</form>').format(
        txt=E(s["nl_text"]), k=hx(6), lab=E(c["email_label"]), tok=hx(40), btn=E(s["nl_button"]))
    banner = ('<a class="banner-block" href="/podcast"><span class="banner-block__pre">%s</span><strong class="banner-block__title">%s</strong>'
              '<span class="banner-block__text">%s</span></a>' % (E(s["promo_pre"]), E(s["promo_title"]), E(s["promo_text"])))
    sidebar_zone = ('<div class="landing-page__zone landing-page__zone--sidebar" data-ibexa-zone-id="%d">\n%s\n%s\n%s\n</div>'
                    % (rng.randint(1, 999), block("contentlist", teaser_list(heads[3:6], False), s["popular_title"]),
                       block("banner", banner), block("form", nl_form, s["nl_title"])))
    footer_links = "\n".join('<li class="site-footer__item"><a href="/%s">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": url,
                     "image": [host + img_path("article_large", content_id, img_name)], "articleSection": sec,
                     "inLanguage": c["html_lang"],
                     "author": [{"@type": "Person", "name": art["byline"], "url": "%s/authors/%s" % (host, author_slug)}],
                     "publisher": {"@type": "NewsMediaOrganization", "name": site, "logo": {"@type": "ImageObject", "url": host + "/assets/images/logo.png"}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    build = [hx(8) for _ in range(4)]
    didomi_key = "-".join((hx(8), hx(4), hx(4), hx(4), hx(12)))
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{E(art["title"])} | {E(site)}</title>
    <meta name="description" content="{A(art["sub"])}">
    <meta name="generator" content="Ibexa DXP">
    <link rel="canonical" href="{url}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{A(art["title"])}">
    <meta property="og:description" content="{A(art["sub"])}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{host}{img_path("article_large", content_id, img_name)}">
    <meta property="og:locale" content="{c["og_locale"]}">
    <meta property="og:site_name" content="{A(site)}">
    <meta property="article:published_time" content="{iso}">
    <meta property="article:section" content="{A(sec)}">
    <script type="application/ld+json">{ld}</script>
    <script type="text/javascript">window.gdprAppliesGlobally=true;(function(){{function a(e){{if(!window.frames[e]){{if(document.body&&document.body.firstChild){{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}}else{{setTimeout(function(){{a(e)}},5)}}}}}}a("__tcfapiLocator")}})();(function(e,t){{var n=document.createElement("link");n.rel="preconnect";n.as="script";var i=document.createElement("script");i.id="spcloader";i.type="text/javascript";i["async"]=true;i.charset="utf-8";var r="https://sdk.privacy-center.org/"+e+"/loader.js?target="+document.location.hostname;n.href="https://sdk.privacy-center.org/";i.src=r;var o=document.getElementsByTagName("script")[0];o.parentNode.insertBefore(n,o);o.parentNode.insertBefore(i,o)}})("{didomi_key}");</script>
    <link rel="stylesheet" href="/assets/build/app.{build[0]}.css">
    <script src="/assets/build/runtime.{build[1]}.js" defer></script>
    <script src="/assets/build/vendors-node_modules_swiper.{build[2]}.js" defer></script>
    <script src="/assets/build/app.{build[3]}.js" defer></script>
</head>
<body class="ibexa-site content-type-article location-{location_id} section-{sec_slug}" data-siteaccess="{s["short"]}_{lang}">
<a class="skip-link visually-hidden-focusable" href="#main-content">{E(c["skip"])}</a>
<header class="site-header">
    <div class="site-header__top">
        <div class="container">
            <span class="site-header__date">{E(shown)}</span>
            <span class="site-header__tagline">{E(s["topbar"])}</span>
            <div class="site-header__buttons">
{buttons}
            </div>
            <a class="site-header__account" href="/user/login">{E(s["account"])}</a>
        </div>
    </div>
    <div class="site-header__main container">
        <a class="site-header__logo" href="/"><img src="/assets/images/logo.svg" alt="{A(site)}" width="260" height="48"></a>
        <form class="site-search" action="/search" method="get" role="search">
            <input class="site-search__input" type="search" name="SearchText" placeholder="{A(c["search_ph"])}" aria-label="{A(c["search"])}">
            <button class="site-search__button" type="submit"><svg class="ibexa-icon" aria-hidden="true"><use xlink:href="/assets/images/icons.svg#search"></use></svg></button>
        </form>
    </div>
    <nav class="site-nav" aria-label="{A(c["nav_label"])}">
        <ul class="site-nav__list container">
{nav_items}
        </ul>
    </nav>
</header>
<main id="main-content" class="page-main">
<div class="container">
<nav class="breadcrumbs" aria-label="{A(c["crumb_label"])}">
    <ol class="breadcrumbs__list">
{crumbs}
    </ol>
</nav>
<div class="row">
<div class="col-lg-8">
<article class="article-full" data-content-id="{content_id}" data-location-id="{location_id}">
    <header class="article-full__header">
        <a class="article-full__section" href="/{sec_slug}">{E(sec)}</a>
        <h1 class="article-full__title">{E(art["title"])}</h1>
        <div class="article-full__intro ezrichtext-field"><p>{E(art["sub"])}</p></div>
        <div class="article-full__meta">
            <span class="article-full__author">{E(c["by"])} <a href="/authors/{author_slug}">{E(art["byline"])}</a></span>
            <time class="article-full__date" datetime="{iso}">{E(shown)}</time>
            <span class="article-full__readtime">{E(c["read"].replace("{m}", str(mins)))}</span>
        </div>
    </header>
    <figure class="article-full__image ezimage-field">
        <img src="{img_path("article_large", content_id, img_name)}" srcset="{img_path("article_medium", content_id, img_name)} 768w, {img_path("article_large", content_id, img_name)} 1280w" sizes="(min-width: 992px) 66vw, 100vw" alt="{A(art["caption"])}" width="1280" height="720">
        <figcaption class="article-full__caption">{E(art["caption"])} <span class="article-full__credit">{E(art["credit"])}</span></figcaption>
    </figure>
    <div class="article-full__body">
<div class="ezrichtext-field">{body}
</div>
    </div>
    <div class="share-bar">
        <span class="share-bar__title">{E(s["share_title"])}</span>
{share}
        <button class="share-bar__copy" type="button" data-clipboard-text="{url}">{E(c["copy"])}</button>
    </div>
    <ul class="article-full__tags"><li class="tag"><a href="/{sec_slug}">{E(sec)}</a></li></ul>
</article>
{related_zone}
</div>
<aside class="col-lg-4 page-sidebar">
{sidebar_zone}
</aside>
</div>
</div>
</main>
<footer class="site-footer">
    <div class="container">
        <a class="site-footer__logo" href="/"><img src="/assets/images/logo-white.svg" alt="{A(site)}" width="200" height="36"></a>
        <ul class="site-footer__list">
{footer_links}
        </ul>
        <p class="site-footer__note">{E(s["footer_note"])}</p>
        <p class="site-footer__copyright">© {y} {E(site)}</p>
    </div>
</footer>
<div id="didomi-host" data-nosnippet="true" aria-hidden="false"><div class="didomi-popup-container didomi-notice-banner" id="didomi-notice" role="region" aria-label="{A(c["didomi_title"])}"><div class="didomi-notice-text" id="didomi-notice-text">{E(ui["cookie"])} <a href="/privacy" class="didomi-notice-policy-link">{E(c["didomi_policy"])}</a></div><div class="didomi-notice__interior-border"><button id="didomi-notice-learn-more-button" class="didomi-components-button didomi-button didomi-button-standard standard-button" aria-label="{A(c["didomi_more"])}">{E(c["didomi_more"])}</button><button id="didomi-notice-disagree-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-button-standard">{E(ui["reject"])}</button><button id="didomi-notice-agree-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-button-highlight highlight-button">{E(ui["accept"])}</button></div><button class="didomi-notice-close" aria-label="{A(c["didomi_close"])}">×</button></div></div>
</body>
</html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"ibexa": ["readmore", "ad"]}  # the embedded article teaser's label, the ad custom tag's label
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "moderation", "feedback", "standards", "topics",
            "bookmark", "poll", "embed", "gallery", "map", "scores", "airquality", "flights", "outage"]
NEW_FAMILIES = ["airquality", "flights", "outage"]
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["map", "gallery", "scores"]
# families a village, association, club or community website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "poll", "newsletter", "moderation"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio"}
# a town hall's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "moderation", "poll", "bio",
                      "newsletter", "credit", "standards", "section", "embed", "feedback", "photo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · ") and tables
STYLES = {
    "cookie": ['<div class="blocked-embed-notice"><p class="blocked-embed-notice__msg">%s</p><button class="blocked-embed-notice__btn" type="button">OK</button></div>',
               '<p class="thirdparty-off-line">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="inbox-promo-band"><p class="inbox-promo-band__msg">%s</p><a class="inbox-promo-band__go" href="/signup">&#10140;</a></div>',
                   '<p class="free-quota-line">%s</p>', '<h4 class="inbox-promo-hd">%s</h4>', '<p><strong><a href="/support-us">%s</a></strong></p>'],
    "share": ['<ul class="pass-along-nets">{items}</ul>', '<div class="pass-along-line">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="image-lent-note">%s</p>', '<span class="image-origin-tag">%s</span>', '<p><em><small>%s</small></em></p>'],
    "copyright": ['<p class="reuse-licence-note">%s</p>', '<div class="reuse-licence-box"><small>%s</small></div>', '<p><small><i>%s</i></small></p>'],
    "section": ['<p class="desk-marker-line">%s</p>', '<h5 class="desk-marker-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="dinkus-line">%s</p>', '<div class="dinkus-block">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="added-reporting-footline">%s</p>', '<div class="graphics-by-row">%s</div>', '<p><small><em>%s</em></small></p>'],
    "title": ['<p class="headline-echo-p"><b>%s</b></p>', '<h2 class="headline-repeat-h2">%s</h2>', '<h3><strong>%s</strong></h3>'],
    "ad": ['<div class="advertiser-slot-tag">%s</div>', '<p class="partner-content-flag">%s</p>', '<p><small><b>%s</b></small></p>'],
    "continue": ['<p class="unfold-remaining-cta"><a href="#full">%s</a></p>', '<div class="read-rest-btn">%s</div>', '<p><a href="#full"><b>%s</b></a></p>'],
    "comments": ['<p class="talkback-count-link"><a href="#talkback">%s</a></p>', '<div class="talkback-count-chip">%s</div>', '<p><a href="#talkback"><em>%s</em></a></p>'],
    "readtime": ['<p class="minutes-to-read-line">%s</p>', '<span class="minutes-estimate-chip">%s</span>', '<p><small><em>%s</em></small></p>'],
    "updated": ['<p class="revision-stamp-line"><time>%s</time></p>', '<div class="amended-at-row">%s</div>', '<p><i><small>%s</small></i></p>'],
    "audio": ['<div class="narration-player-strip"><button class="narration-player-strip__play" aria-label="Play"></button><span class="narration-player-strip__msg">%s</span></div>',
              '<p class="speech-version-link"><a href="#speech">%s</a></p>', '<p><a href="#speech"><small>%s</small></a></p>'],
    "correction": ['<aside class="reader-spotted-fix-box"><p>%s</p></aside>', '<p class="reader-spotted-fix-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="mobile-app-band"><p class="mobile-app-band__msg">%s</p><a class="mobile-app-band__get" href="/app">&#8659;</a></div>',
            '<p class="handset-app-nudge">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="reporter-card-foot"><p class="reporter-card-foot__msg">%s</p></div>', '<p class="reporter-card-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="newsroom-contact-band"><p class="newsroom-contact-band__msg">%s</p></div>', '<p class="whatsapp-newsroom-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="report-mistake-hint"><p>%s</p></div>', '<p class="report-mistake-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="notify-optin-box"><p class="notify-optin-box__q">%s</p></div>', '<p class="alerts-ask-line">%s</p>', '<p><strong>%s</strong></p>'],
    "print": ['<ul class="story-tools-list">{items}</ul>', '<p class="printable-version-link"><a href="?print=1">%s</a></p>',
              '<p><a href="?print=1">%s</a></p>'],
    "moderation": ['<div class="house-rules-comments"><p>%s</p></div>', '<p class="precheck-rules-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "feedback": ['<div class="thumbs-rating-box"><p class="thumbs-rating-box__q">%s</p></div>', '<p class="thumbs-rating-line">%s</p>',
                 '<p><small><b>%s</b></small></p>'],
    "standards": ['<div class="code-of-practice-note"><p>%s</p></div>', '<p class="editors-code-footline"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="subject-links-strip"><span class="subject-links-strip__list">%s</span></div>', '<p class="subject-trail-line">%s</p>',
               '<p><small><b>%s</b></small></p>'],
    "bookmark": ['<div class="later-pile-add"><a class="later-pile-add__link" href="#list">%s</a></div>',
                 '<p class="later-pile-link"><a href="#list">%s</a></p>', '<p><a href="#list"><small>%s</small></a></p>'],
    "poll": ['<div class="straw-poll-box"><p class="straw-poll-box__q">%s</p><button class="straw-poll-box__go" type="button">&#10004;</button></div>',
             '<h5 class="straw-poll-question-hd">%s</h5>', '<p><small><i>%s</i></small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="youtube-poster-facade"><a class="youtube-poster-facade__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}"><em>%s</em></a></p>'],
    "gallery": ['<div class="photo-album-opener"><a class="photo-album-opener__btn" href="#album">%s</a></div>',
                '<p class="photo-album-count">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="leaflet-map-embed"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="leaflet-map-embed__links">%s</p></div>',
            '<figure class="location-map-still"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small><i>%s</i></small></p>'],
    "scores": ['<div class="sports-centre-links"><a class="sports-centre-links__main" href="/sport/live">%s</a></div>',
               '<ul class="sports-centre-tabs">{items}</ul>', '<p><a href="/sport/live"><strong>%s</strong></a></p>'],
    # the three families new in this part ({airrows}: the monitoring sites; {flightrows}: the board; {outagerows}:
    # the areas off supply)
    "airquality": ['<div class="aqi-widget"><p class="aqi-widget__hd">%s</p><table class="aqi-widget__sites">{airrows}</table></div>',
                   '<ul class="pollen-levels-list">{items}</ul>',
                   '<p class="sensor-network-source"><small>%s</small></p>',
                   '<p class="sensitive-groups-advice"><a href="/health/air-quality-advice">%s</a></p>'],
    "flights": ['<table class="flight-board-table"><caption>%s</caption><thead>{flighthead}</thead><tbody>{flightrows}</tbody></table>',
                '<div class="flight-tracker-box"><p class="flight-tracker-box__hd">%s</p><form class="flight-tracker-box__form" action="/travel/flights"><input type="text" name="flight"><button type="submit">&#8594;</button></form></div>',
                '<p class="airport-liveboard-link"><a href="/travel/airport-live">%s</a></p>',
                '<p class="flight-data-note"><small>%s</small></p>'],
    "outage": ['<div class="power-cut-status"><h4 class="power-cut-status__hd">%s</h4><table class="power-cut-status__areas">{outagerows}</table></div>',
               '<p class="outage-map-link"><a href="/power-cuts/map">%s</a></p>',
               '<div class="postcode-outage-check"><label class="postcode-outage-check__label">%s</label><input type="text" name="postcode"><button type="button">&#10003;</button></div>',
               '<p class="power-emergency-line"><b>%s</b></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><small>%s</small>', ' <em>(%s)</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/signup"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "outage": (0.5, ['<br><strong>%s</strong>'])}
# the only wording of a family that is run into a paragraph: the newsletter pitch, the power-cut emergency line
INLINE_WORDING = {"newsletter": 0, "outage": 3}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-photo-inset"><img src="/media/{id}-inset.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><i>{cap} – {cr}</i></p>']
# on the Ibexa pages an embedded image content item in the rich text
IBEXA_CAPTION = ('<div class="ez-embed-type-image" data-ezview="embed" data-href="ezcontent://{cid}">\n<figure class="embed-image">'
                 '<img src="/var/site/storage/images/_aliases/article_medium/{cid}/{id}-embed.jpg" alt="" width="768" height="432" loading="lazy">'
                 '<figcaption class="embed-image__caption">{cap} <span class="embed-image__credit">{cr}</span></figcaption></figure>\n</div>')
RELATED_STYLES = ['<div class="further-coverage-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="kettle-reads-aside"><p class="kettle-reads-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h4>%s</h4>\n<ul>%s</ul>']


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
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def rows(data):
        return "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in data)
    return (style.replace("{airrows}", rows(AIR_ROWS[lang]))
            .replace("{flighthead}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in FLIGHT_HEAD[lang]))
            .replace("{flightrows}", rows(FLIGHT_ROWS[lang]))
            .replace("{outagerows}", "<tr>%s</tr>%s" % ("".join("<th>%s</th>" % esc(x) for x in OUTAGE_HEAD[lang]), rows(OUTAGE_ROWS[lang]))))


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
    carry = list(art.get("carry", [])) + (["section"] if art.get("section_tag") else [])
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
    looked = art["looked"]
    placed, inline = {}, []

    def put(pos, snippet):
        placed.setdefault(pos, []).append(snippet)

    def rand_id():
        return "%010x" % rng.randint(16**9, 16**10 - 1)

    for fam in fams:
        mid = rng.choice(slots)
        if fam == "caption":
            style = IBEXA_CAPTION if tpl == "ibexa" else rng.choice(CAPTION_STYLES)
            put(mid, style.format(id=art["id"], cid=rng.randint(18000, 64000), cap=E(art["caption"]), cr=E(art["credit"])))
            continue
        if fam == "related":
            heads = rng.sample(HEADLINES[lang], rng.choice([2, 3]))
            lis = "".join('<li><a href="/news/%d">%s</a></li>' % (rng.randint(10000, 99999), E(h)) for h in heads)
            put(rng.choice([mid, n]), rng.choice(RELATED_STYLES) % (E(pick(rng, fam, lang, site, art)[1]), lis))
            continue
        if fam == "title":
            put(0, rng.choice(STYLES["title"]) % E(art["title"]))
            continue
        idx = None
        if fam == "symbol":
            text = rng.choice(R["symbol"]["*"])
        elif fam == "correction" and art.get("correction"):
            text = art["correction"]
        elif fam in NEW_FAMILIES:  # the new families' markups in turn over the part, each with its wording
            k_style = used[("style", fam)] % len(STYLES[fam])
            used[("style", fam)] += 1
            idx, text = pick(rng, fam, lang, site, art, NEW_STYLE_WORDING[fam][k_style])
        else:
            idx, text = pick(rng, fam, lang, site, art)
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]),
               "print": rng.choice([0, n]), "moderation": n, "feedback": n, "standards": rng.choice([0, n]),
               "topics": n, "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "gallery": rng.choice([0, mid]), "map": mid,
               "scores": rng.choice([0, mid, n]), "airquality": rng.choice([0, mid, n]), "flights": rng.choice([mid, n]),
               "outage": rng.choice([0, mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: a newsletter pitch only (not a paywall or donation note); of the outage
        # checker, only the emergency line
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and (fam not in INLINE_WORDING or idx == INLINE_WORDING[fam])):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" | "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked:
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
        styles = STYLES[fam]
        if " · " not in text:  # only a list of items is printed as a list
            styles = [x for x in styles if "{items}" not in x]
        if fam in NEW_FAMILIES:
            style = STYLES[fam][k_style]
        else:
            style = rng.choice(styles)
        if fam == "embed":  # the Instagram fallback in Instagram's embed code, the YouTube one in a video facade
            text = fill_text(R["embed"][lang][0 if "instagram" in style else 1], rng, site, art)
        lat, lon = 50 + rng.random() * 5, -4 + rng.random() * 6
        style = widget_rows(style.replace("{h}", handle(site)).replace("{k}", rand_id())
                            .replace("{bbox}", "%%2C".join("%.4f" % x for x in (lon - .01, lat - .006, lon + .01, lat + .006))),
                            lang, rng)
        if "{items}" in style:  # a label before the first item ("Share: a · b") is printed as an item of its own
            items = text.split(" · ")
            label = ""
            if ": " in items[0]:
                head, items[0] = items[0].split(": ", 1)
                label = "<li>%s:</li>" % E(head)
            elif " : " in items[0]:
                head, items[0] = items[0].split(" : ", 1)
                label = "<li>%s :</li>" % E(head)
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
# story text set the way the site's editor set it ("look"; all of it story text, in the truth)
# --------------------------------------------------------------------------
BR = "\ue000"  # a line break typed inside a paragraph (rendered as <br>)
LOOK_STYLES = {"dropcap", "bold", "italic", "highlight", "box", "factbox", "callout", "br"}
# per layout: a class added to the paragraph ("class", name), a span around the first letter ("span", markup), or a
# wrapper around the element(s) ("wrap", open, close)
DROPCAP = {"ibexa": ("class", "initial-letter"),  # a paragraph class of the site's ezrichtext configuration
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"ibexa": ("wrap", '<div class="ez-custom-tag ez-custom-tag--infobox" data-ezname="infobox">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"ibexa": ("wrap", '<div class="ez-custom-tag ez-custom-tag--factbox" data-ezname="factbox">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌱</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"ibexa": ('<span class="ezstyle-highlighted_text">', "</span>"), "quintype": ('<mark>', "</mark>")}


def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON)."""
    m = re.compile(r"(?<=[>\n])%s(?=[<\n])" % re.escape(inner)).search(doc, start)
    assert m, (pid, inner[:60])
    return m.start(), m.end()


def block_index(blocks, opening):
    hits = [i for i, (kind, val) in enumerate(blocks) if kind in ("p", "h", "q") and mp.inline_text(val).startswith(opening)]
    return hits


def prepare_blocks(art):
    """The blocks as rendered: a paragraph typed after a <br> is joined to the paragraph before it (the truth keeps
    both); the other looks, with the index of their block."""
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
    return blocks, looks


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
            how = DROPCAP[tpl]
            if how[0] == "span":
                doc = doc[:s] + how[1] % doc[s] + doc[s + 1:]
            else:
                start, _ = element_start(doc, s, "p", pid)
                doc = add_class(doc, start, s, how[1])
        elif style == "callout":
            start, _ = element_start(doc, s, "p", pid)
            close = doc.index("</p>", e)
            o, c = CALLOUT[tpl]
            doc = doc[:start] + o + doc[s:close] + c + doc[close + 4:]
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
# templates: ibexa is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"ibexa": tpl_ibexa, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h38), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "ibexa"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = blocks_and_marks(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            # paragraphs set entirely in bold: interview questions and crossheads typed as bold paragraphs
            bold = ({j for s, _, j in art["looks"] if s == "bold"}
                    | {j for j, (kind, val) in enumerate(art["blocks"]) if kind == "p" and re.fullmatch(r"\*\*[^*]+\*\*", val)})
            art["looked"] = {j for _, _, j in art["looks"]} | bold
            # no residue between a subheading set in a box and its text, nor inside a box, nor between a question or
            # a bold crosshead and what follows it
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")} | {j + 1 for j in bold}
            rng = random.Random("newsflow-heldout39-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI39[lang]
            if "comments" in art.get("avoid", []):  # comments closed under a story
                ui = dict(ui, commenters=[], comment_note=ui["closed"])
            placed, inline, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                doc = NEW_TEMPLATES[tpl](art, ui, site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                doc = fun(art, ui, site, mp.body_html(art, placed, mode), rng)
            doc = apply_looks(apply_inline(doc, art, inline), art).replace(BR, "<br>\n")
            pages[art["id"]] = doc
            truth[art["id"]] = mp.truth_text(art["truth_blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline),
                                   looks=[s for s, _ in art.get("look", [])])
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 39) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h38), labels, furniture strings,
    headlines and site names, and the first-round interface strings."""
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
                       mp33.R, [v for v in mp33.SITE_STRINGS.values()], mp33.WAGTAIL, mp33.UI_NEW, mp33.TEASERS,
                       mp33.ELECTION_ROWS, mp33.MARKET_ROWS, mp33.SCORE_ROWS, mp33.TICKET_DATES,
                       mp34.R, [v for v in mp34.SITE_STRINGS.values()], mp34.NUXT, mp34.UI_NEW, mp34.TEASERS,
                       mp34.ODDS_CELLS, mp34.PHARMACY_ROWS, mp34.CAR_LISTINGS,
                       mp35.R, [v for v in mp35.SITE_STRINGS.values()], mp35.CRAFT, mp35.UI_NEW, mp35.TEASERS,
                       mp35.ODDS_CELLS, mp35.PHARMACY_ROWS,
                       mp36.R, [v for v in mp36.SITE_STRINGS.values()], mp36.AEM, mp36.UI_NEW, mp36.TEASERS,
                       mp36.LOTTO_ROWS, mp36.TV_ROWS, mp36.EXAM_ROWS,
                       mp37.R, [v for v in mp37.SITE_STRINGS.values()], mp37.UMBRACO, mp37.UI_NEW, mp37.TEASERS,
                       mp37.NOTICE_ROWS, mp37.NUTRITION_ROWS, mp37.HOME_ROWS,
                       mp38.R, [v for v in mp38.SITE_STRINGS.values()], mp38.SITECORE, mp38.UI_NEW, mp38.TEASERS,
                       mp38.WEATHER_ROWS, mp38.JOB_ROWS, mp38.TICKET_ROWS,
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
    problems = mp.verify(pages, truth)
    for pid, text in truth.items():
        if not 150 <= len(text.split()) <= 400:
            problems.append("%s: body has %d words (want 150-400)" % (pid, len(text.split())))
        if "[^" in text or BR in text:
            problems.append("%s: a mark left in the truth" % pid)
    for pid, doc in pages.items():
        if BR in doc:
            problems.append("%s: line-break mark left in the page" % pid)
    # layouts: ibexa (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h37 or h38 gave it
    for mod in LANG_PARTS:
        langs_then = {(a["tpl"], a["lang"]) for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if (a["tpl"], a["lang"]) in langs_then)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = ["h39-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the ibexa pages: a site of IBEXA, a section of the site's menu; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "ibexa" and (a.get("site") not in IBEXA or a["lang"] not in IBEXA_CORE
                                    or a["section"] not in IBEXA[a["site"]]["menu"]):
            problems.append("%s: ibexa page needs an Ibexa site and a menu section" % a["id"])
        if a.get("kind") and a["kind"] not in NOT_ON_KIND:
            problems.append("%s: unknown kind %s" % (a["id"], a["kind"]))
        if a.get("section_tag") and (mp.parse_body(a["body"])[0][0] != "p" or any(
                block_index(mp.parse_body(a["body"]), o) == [0] for _, o in a.get("look", []))):
            problems.append("%s: a section tag is run into an unstyled first paragraph" % a["id"])
        if a["tpl"] == "magazine" and not a.get("pull"):
            problems.append("%s: the magazine layout needs a pull quote" % a["id"])
    needs = collections.Counter(a["tpl"] != NEW_LAYOUT and not a.get("site") and a["lang"] for a in ARTICLES)
    problems.extend("%d pages in %s without a site, %d site names" % (c, lang, len(SITES[lang]))
                    for lang, c in needs.items() if lang and c != len(SITES[lang]))
    # the looks: known styles, each on exactly one block, on a layout that has markup for it
    markup = {"dropcap": DROPCAP, "box": BOX, "factbox": FACTBOX, "callout": CALLOUT}
    for a in ARTICLES:
        blocks = mp.parse_body(a["body"])
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
    # the story structures this part stresses: question-and-answer interviews (bold questions), lists inside the
    # story, crossheads (as headings and as bold paragraphs), each on at least three pages in three languages
    def qa(a):
        bold_q = {o for s, o in a.get("look", []) if s == "bold" and o.endswith("?")}
        return len(bold_q) + len(re.findall(r"^\*\*[^*\n]+\?\*\*$", a["body"], re.M)) >= 3

    def bold_head(a):
        return bool(re.search(r"^\*\*[^*\n]+[^?*.]\*\*$", a["body"], re.M))
    for name, test in (("a Q&A interview", qa), ("a list", lambda a: bool(re.search(r"^(- |\d+\. )", a["body"], re.M))),
                       ("a crosshead as a heading", lambda a: "\n## " in a["body"]), ("a crosshead as a bold paragraph", bold_head)):
        have = [a for a in ARTICLES if test(a)]
        if len(have) < 3 or len({a["lang"] for a in have}) < 3:
            problems.append("%d pages in %d languages have %s (want 3 in 3)" % (len(have), len({a["lang"] for a in have}), name))
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
    for fam, idxs in NEW_STYLE_WORDING.items():
        if len(idxs) != len(STYLES[fam]) or any(i >= len(R[fam][lang]) for i in idxs for lang in R[fam]):
            problems.append("new family %s: a markup without its wording" % fam)
    for name, obj in WIDGET_ROWS:
        if set(obj) != set(UI):
            problems.append("%s lack a language" % name)
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
    problems.extend("%s: avoided family %s is not a family" % (a["id"], f) for a in ARTICLES for f in a.get("avoid", [])
                    if f not in FAMILIES)
    for a in ARTICLES:
        for fam, idx in a.get("choose", {}).items():
            if idx >= len(R[fam][a["lang"]]):
                problems.append("%s: no wording %d in the %s pool" % (a["id"], idx, fam))
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
    for fam, by_lang in list(R.items()) + list(WIDGET_ROWS):
        for s in _strings(by_lang):
            problems.extend("h39 pool %s reuses %r" % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    ibexa_sites = [{k: v for k, v in d.items() if k not in IBEXA_EXEMPT} for d in IBEXA.values()]
    # (IBEXA_CORE, the platform's generic strings and Didomi's labels, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("IBEXA", ibexa_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend("h39 %s reuses %r" % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend("h39 class name %r used by an earlier part" % x
                    for x in sorted((_class_names([STYLES, CAPTION_STYLES, RELATED_STYLES, IBEXA_CAPTION]) - PLATFORM_CLASSES) & old_classes))
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
    the pages only (truth.json does not hold the h39 entries yet) and says so."""
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
              "(truth.json not checked: h39 is not merged by make_pages.py yet)")
        sys.exit(1 if bad else 0)
    if "--stats" in sys.argv:
        for pid in sorted(meta):
            print(pid, meta[pid]["template"], len(truth[pid].split()), ",".join(meta[pid]["residue"]),
                  "inline=%d" % meta[pid]["inline"], "looks=" + ",".join(meta[pid]["looks"]))
        print("%d pages (not written with --stats)" % len(pages))
        return
    hc.run(lambda: (pages, truth, meta), lambda p, t: [])


if __name__ == "__main__":
    main()
