#!/usr/bin/env python3
"""Forty-eighth held-out part (h48-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout48.py           # write pages/h48-*.html
    python benchmarks/data/extraction/make_heldout48.py --check   # verify pages/h48-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout48.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout47.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h48_en.py / articles_h48_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: reservoir and water-use restriction widgets on stories about drought, dry summers, water
companies and gardens -- a card of reservoir stocks in per cent, a "what you can and can't do" box with its list of
allowed and banned uses, the stage of restrictions in force as a pill, a table of stocks against last year --,
museum and gallery exhibition listings on culture stories -- exhibitions on now with venue and closing date in a
definition list, the "plan your visit" link, a table of shows closing soon, a free-entry line --, and parking-penalty
widgets on stories about parking, traffic wardens and car parks -- the "pay or challenge a penalty charge" link, the
notice-number box, the council's 24-hour payment line, a table of what a penalty costs when it is paid --), their
wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round
furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..46, nor their labels, furniture strings, headlines or site names; verify() refuses to build if one is
reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family
list, template family or docstring, if a story paragraph or headline of an earlier part recurs, if a headline is also
a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: reservoir widgets on a water company's hosepipe ban,
a Turkish city's night-time supply cuts, a French prefecture's drought order and a Spanish river basin's emergency;
exhibition listings on a tram conductor's paintings at a city gallery (the evening paper's page), a clockmaker's
workshop in a German local museum (an interview with the curator), a French ceramicist's retrospective and a Russian
museum's river-steamer show; parking-penalty widgets on a camera car at school gates, a district council's new car
park charges (on the council's own page), a German city's record year of parking tickets (the evening paper's page)
and a Russian city's paid parking zone.  Earlier families that need a reason in the story are placed the same way (a
gallery launcher on a community pub's reopening, score-centre links on a women's cup semi-final, a calendar row on a
village association's fiesta programme); the other generic families are balanced over the part, leaving out those the
page's site would not print (the story's "kind": a district council, a village association or neighbours' site, an
independent publication on a platform); a correction box goes only on a story that was corrected, with that story's
own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets, bare <p> / <div> lines as
pasted by editors, headings, links, lists, spans, forms, definition lists and tables, and, for a few families, a line
run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the "pay or challenge" link) or a
bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, or a span around the first letter as the new layout's rich-text renderer writes it), whole
paragraphs in bold or italics, a highlighted sentence, a paragraph or a subheading with its text in a coloured box, a
fact box holding a subheading and its list (as the new layout's embedded entry and as a Fusion custom embed), a Ghost
callout card, a paragraph typed after a <br>; story structures that look like furniture but are the story:
question-and-answer interviews (bold questions, some of two or three words, in English, Turkish and German), lists
inside the story (banned water uses, a cut schedule, car park charges, prices, steps of a repair café, a fiesta
programme, exhibits), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a
closing line with practical information, and story sentences that mention furniture words in ordinary reporting
("Photos, letters, bunting" opening a story whose last line asks people to share their photos so the archive can
contact them, "Einen Newsletter gibt es in Oberweiler nicht" opening a story about a village notice board, volunteers
who share tools and a tally people can follow, drivers who can appeal online, a neighbours' channel to follow), some
at the start or end of the story where furniture usually sits.  Two pages carry no residue at all and one only its
correction line.
One page layout is new (gatsby: a Gatsby 5 site with a Contentful back end as a metropolitan evening paper serves it,
on two pages, an English and a German one: the server-rendered head with the generator meta tag, the inlined global
CSS, the preloaded webpack runtime, framework, app and page-component chunks and the page-data fetches, the consent
manager's script; body > div#___gatsby > div#gatsby-focus-wrapper holding the skip link, the site's header (logo,
menu button, navigation, the e-edition and subscription links, search), the article with CSS-module class names
carrying their build hashes (article-module--body--xxxxx and the like): kicker, h1, standfirst, byline with time and
reading time, the lead picture as a gatsby-plugin-image wrapper (placeholder, picture with webp sources from the
Contentful image API, the noscript copy) with its caption, then the rich-text body as the Contentful renderer writes
it (paragraphs, h2 subheadings, lists whose items hold paragraphs, block quotes) with its embedded entries and assets:
an inline "read more" teaser entry, a second picture as an embedded asset in a gatsby-image-wrapper with caption and
credit, an ad-slot entry, and "HTML embed" entries holding what editors and the ad server put in (lines pasted into
the rich-text field stay in it); then tags, the share bar and a related list; the sidebar with "most read" and the
newsletter form; the footer; gatsby-announcer; the Cookiebot consent dialog; the script loader and chunk mapping).
The platform's generic strings (GATSBY_CORE, per language) are left as developers leave them and not checked; the
sites' own strings (GATSBY: menus, buttons, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h45 or h46 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI48) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout46.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import base64
import collections
import contextlib
import copy
import hashlib
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
import make_heldout39 as mp39  # noqa: E402
import make_heldout40 as mp40  # noqa: E402
import make_heldout41 as mp41  # noqa: E402
import make_heldout42 as mp42  # noqa: E402
import make_heldout43 as mp43  # noqa: E402
import make_heldout44 as mp44  # noqa: E402
import make_heldout45 as mp45  # noqa: E402
import make_heldout46 as mp46  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h48_en import ARTICLES as H48_EN  # noqa: E402
from articles_h48_intl import ARTICLES as H48_INTL  # noqa: E402

ARTICLES = H48_EN + H48_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46)
# parts whose layouts' languages this part avoids (the two before it; h47 is written at the same time)
LANG_PARTS = (mp45, mp46)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h48"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wendle Valley Mercury", "Marlow Cross Gazette", "Hollinbury Weekly Advertiser", "Pelham & Stourley Journal",
           "Alder Green Recorder", "Lowick Bugle and Times", "Hexley Chronicle"],
    "tr": ["Kurtdere Kent Haber", "Kırkpınar Postası", "Yeşilyurt Ekspres"],
    "de": ["Kellerbacher Anzeiger", "Talbrunner Heimatbote"],
    "fr": ["Vauzelles Hebdo", "La Sorgue Libre", "Le Petit Quercynois"],
    "es": ["Heraldo del Alcandre"],
    "ru": ["Краснорецкие ведомости", "Северогорский рабочий"],
}
# sites fixed per page (the evening papers on Gatsby, a district council on Drupal, a neighbours' site on Ghost, a
# village association on uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h46 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This podcast player needs your permission to set third-party cookies", "Switch on functional cookies to show the reader poll here ›"],
        "tr": ["Bu podcast oynatıcısı üçüncü taraf çerezleri için izninizi bekliyor", "Okur anketini burada görmek için işlevsel çerezleri açın ›"],
        "de": ["Dieser Podcast-Player braucht Ihre Erlaubnis für Drittanbieter-Cookies", "Funktionale Cookies einschalten, um die Leserumfrage hier zu sehen ›"],
        "fr": ["Ce lecteur de podcast a besoin de votre accord pour les cookies tiers", "Activez les cookies fonctionnels pour afficher le sondage ici ›"],
        "es": ["Para escuchar este pódcast hay que aceptar antes las cookies de terceros", "Activa las cookies funcionales para ver aquí la encuesta ›"],
        "ru": ["Для этого плеера подкастов нужно ваше согласие на сторонние cookie", "Включите функциональные cookie, чтобы увидеть здесь опрос ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Get {site} Tonight: the day's local news in your inbox at teatime.",
               "Subscriber story — you have one free pass left this week",
               "Court reports and council meetings don't pay for themselves: back {site} from £3 a month"],
        "tr": ["{site} Akşam Bülteni: günün yerel haberleri ikindi vakti e-postanızda.",
               "Bu haber abonelere özel. Bu hafta bir haberi daha ücretsiz okuyabilirsiniz",
               "Yerel habercilik para ister. Gücünüz yetiyorsa {site}'e ayda 30 lira destek olun"],
        "de": ["{site} am Abend: die Lokalnachrichten des Tages zur Teezeit im Postfach.",
               "Abo-Artikel — Sie haben diese Woche noch einen Freipass",
               "Gerichtsreportagen und Ratssitzungen bezahlen sich nicht von selbst: Unterstützen Sie {site} ab 3 Euro im Monat"],
        "fr": ["{site} du soir : l'actualité locale du jour dans votre boîte à l'heure du goûter.",
               "Article abonné — il vous reste un passe gratuit cette semaine",
               "Les comptes rendus d'audience et de conseil ne se financent pas seuls : soutenez {site} dès 3 € par mois"],
        "es": ["{site} a la tarde: las noticias locales del día en tu correo a la hora de la merienda.",
               "Noticia para suscriptores: te queda un pase gratis esta semana",
               "Las crónicas de juzgados y plenos no se pagan solas: apoya a {site} desde 3 € al mes"],
        "ru": ["«{site}» вечером: местные новости дня у вас в почте к ужину.",
               "Материал для подписчиков: на этой неделе у вас остался один бесплатный пропуск",
               "Репортажи из судов и с заседаний не оплачивают себя сами: поддержите «{site}» от 150 рублей в месяц"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Share via: Messenger · WhatsApp · Bluesky · Email a friend", "Think your street group should see this? Share it"],
        "tr": ["Şununla paylaş: Messenger · WhatsApp · Bluesky · Arkadaşına e-posta", "Mahalle grubunuz bunu görmeli mi? Paylaşın"],
        "de": ["Teilen per: Messenger · WhatsApp · Bluesky · Freunden mailen", "Sollte Ihre Nachbarschaftsgruppe das sehen? Teilen Sie es"],
        "fr": ["Partager par : Messenger · WhatsApp · Bluesky · Envoyer à un ami", "Votre groupe de quartier devrait voir ça ? Partagez"],
        "es": ["Compartir por: Messenger · WhatsApp · Bluesky · Enviar a un amigo", "¿Tu grupo del barrio debería verlo? Compártelo"],
        "ru": ["Отправить через: Telegram · ВКонтакте · Max · Письмом другу", "Думаете, домовой чат должен это увидеть? Поделитесь"],
    },
    "photo": {
        "en": ["Photograph courtesy of the gallery", "Reader's picture, used with permission"],
        "tr": ["Fotoğraf galerinin izniyle yayımlanmıştır", "Okur fotoğrafı, izin alınarak kullanılmıştır"],
        "de": ["Foto mit freundlicher Genehmigung der Galerie", "Leserfoto, mit Erlaubnis veröffentlicht"],
        "fr": ["Photo aimablement prêtée par la galerie", "Photo de lecteur, publiée avec son accord"],
        "es": ["Foto cedida por la galería", "Foto de un lector, publicada con su permiso"],
        "ru": ["Снимок любезно предоставлен галереей", "Фото читателя, публикуется с разрешения"],
    },
    "copyright": {
        "en": ["Every word and picture on this page belongs to {site}. Reproduction in any form needs the editor's written permission."],
        "tr": ["Bu haber {site}'in malıdır. Herhangi bir biçimde çoğaltılması için editörün yazılı izni gerekir."],
        "de": ["Jedes Wort und jedes Bild auf dieser Seite gehört {site}. Jede Vervielfältigung braucht die schriftliche Erlaubnis der Chefredaktion."],
        "fr": ["Chaque mot et chaque image de cette page appartiennent à {site}. Toute reproduction exige l'autorisation écrite de la rédaction en chef."],
        "es": ["Cada palabra y cada imagen de esta página pertenecen a {site}. Cualquier reproducción necesita el permiso por escrito de la dirección."],
        "ru": ["Материал — собственность «{site}». Любое воспроизведение только с письменного разрешения главного редактора."],
    },
    "section": {
        "en": ["{section}, from the newsroom floor", "More {section} news ›"],
        "tr": ["Haber merkezinin {section} ekibinden", "Daha fazla {section} haberi ›"],
        "de": ["Direkt aus dem Ressort: {section}", "Mehr Nachrichten: {section} ›"],
        "fr": ["Du service {section}", "Plus d'actualités {section} ›"],
        "es": ["Lo cuenta la sección de {section}", "Más noticias de {section} ›"],
        "ru": ["Пишет отдел «{section}»", "Больше новостей рубрики «{section}» ›"],
    },
    "related": {
        "en": ["Catch up on these", "Making headlines elsewhere"],
        "tr": ["Bunları da okumadan geçmeyin", "Gündemdeki diğer başlıklar"],
        "de": ["Auch lesenswert heute", "Ebenfalls in den Schlagzeilen"],
        "fr": ["À rattraper aussi", "Ailleurs dans l'actualité"],
        "es": ["Ponte al día con estas", "También es noticia"],
        "ru": ["Наверстайте упущенное", "Тоже в заголовках сегодня"],
    },
    "symbol": {"*": ["⟡ ⟡ ⟡ ⟡", "✥ · ✥", "~ ✺ ~", "◦ • ◦ • ◦"]},
    "credit": {
        "en": ["Additional reporting by the {site} city desk", "Photography and video: {site} picture desk"],
        "tr": ["Ek haber: {site} şehir masası", "Fotoğraf ve video: {site} foto masası"],
        "de": ["Mit Material der Stadtredaktion von {site}", "Fotos und Video: Bildredaktion von {site}"],
        "fr": ["Avec les reporters de la locale de {site}", "Photos et vidéo : service photo de {site}"],
        "es": ["Con información de la redacción local de {site}", "Fotos y vídeo: departamento de fotografía de {site}"],
        "ru": ["При участии городской редакции «{site}»", "Фото и видео: фотослужба «{site}»"],
    },
    "ad": {
        "en": ["Sponsored — story continues after this message", "Ads help keep {site} free"],
        "tr": ["Sponsorlu — haber bu mesajın ardından sürüyor", "Reklamlar {site}'i ücretsiz tutuyor"],
        "de": ["Gesponsert — der Text geht nach dieser Anzeige weiter", "Werbung hält {site} kostenlos"],
        "fr": ["Sponsorisé — l'article reprend après ce message", "La publicité garde {site} gratuit"],
        "es": ["Patrocinado — la noticia sigue tras este mensaje", "La publicidad mantiene gratis {site}"],
        "ru": ["Спонсорский блок — текст продолжится ниже", "Реклама помогает «{site}» оставаться бесплатным"],
    },
    "continue": {
        "en": ["Story continues ↓", "Tap to show the full story"],
        "tr": ["Haber devam ediyor ↓", "Kalanını okumak için genişletin"],
        "de": ["Lesen Sie weiter unten ↓", "Tippen, um den ganzen Text aufzuklappen"],
        "fr": ["Suite de l'article ↓", "Touchez pour afficher l'article complet"],
        "es": ["La noticia continúa ↓", "Pulsa para ver la noticia completa"],
        "ru": ["Продолжение ниже ↓", "Нажмите, чтобы показать материал целиком"],
    },
    "comments": {
        "en": ["{n} comments — add yours", "Readers have had their say ({n}) ›"],
        "tr": ["{n} yorum — siz de ekleyin", "Okurlar ne diyor, görün ({n}) ›"],
        "de": ["{n} Kommentare — schreiben Sie Ihren dazu", "Was Leser sagen ({n}) ›"],
        "fr": ["{n} commentaires — ajoutez le vôtre", "Ce que disent les lecteurs ({n}) ›"],
        "es": ["{n} comentarios — añade el tuyo", "Mira lo que dicen los lectores ({n}) ›"],
        "ru": ["Комментариев: {n} — добавьте свой", "Что пишут читатели ({n}) ›"],
    },
    "readtime": {
        "en": ["Give this {m} minutes", "A read of about {m} minutes, start to finish"],
        "tr": ["Okuması aşağı yukarı {m} dakika", "Bu haberi okumak {m} dakika kadar sürer"],
        "de": ["Ungefähr {m} Minuten Lektüre", "Das Lesen dauert etwa {m} Minuten"],
        "fr": ["Comptez environ {m} minutes du début à la fin", "Lire cet article prend à peu près {m} minutes"],
        "es": ["Aproximadamente {m} minutos de lectura", "Leer esto lleva unos {m} minutos"],
        "ru": ["Около {m} минут от начала до конца", "Чтение займёт около {m} минут"],
    },
    "updated": {
        "en": ["Updated {d}, {t} — this story has changed since it was first published", "Published {d} · last edited {t}"],
        "tr": ["{d}, {t} güncellendi — haber ilk yayımlandığından beri değişti", "Yayım {d} · son düzenleme {t}"],
        "de": ["Aktualisiert {d}, {t} Uhr — der Text hat sich seit der Erstveröffentlichung geändert", "Veröffentlicht {d} · zuletzt bearbeitet {t} Uhr"],
        "fr": ["Mis à jour le {d}, {t} — l'article a évolué depuis sa publication", "Publié le {d} · dernière modification {t}"],
        "es": ["Actualizada el {d}, {t} — la noticia ha cambiado desde su publicación", "Publicada el {d} · última edición {t}"],
        "ru": ["Обновлено {d}, {t} — материал изменился после публикации", "Опубликовано {d} · последняя правка {t}"],
    },
    "audio": {
        "en": ["Play the audio version · {m} min", "🎧 Have this article read to you"],
        "tr": ["Haberi dinleyin · {m} dk", "🎧 Bu haberi size okuyalım"],
        "de": ["Artikel anhören · {m} Min.", "🎧 Lassen Sie sich diesen Text vorlesen"],
        "fr": ["Écouter l'article · {m} min", "🎧 Se faire lire cet article"],
        "es": ["Escucha la noticia · {m} min", "🎧 Que te lean esta noticia"],
        "ru": ["Включить аудиоверсию · {m} мин", "🎧 Пусть статью прочитают вам вслух"],
    },
    "correction": {
        "en": ["Correction: a figure in this story was wrong when first published and has now been put right."],
        "tr": ["Düzeltme: Bu haberdeki bir rakam ilk yayımlandığında yanlıştı ve düzeltildi."],
        "de": ["Korrektur: Eine Zahl in diesem Artikel war bei der Erstveröffentlichung falsch und wurde berichtigt."],
        "fr": ["Rectificatif : un chiffre de cet article était erroné lors de sa publication et a été corrigé."],
        "es": ["Corrección: una cifra de esta noticia era errónea al publicarse y ya se ha corregido."],
        "ru": ["Исправление: одна цифра в материале при публикации была неверной, теперь она исправлена."],
    },
    "app": {
        "en": ["Never miss a story from {site}: get the free app", "Download the {site} app and turn on alerts ›"],
        "tr": ["{site} haberlerini kaçırmayın: ücretsiz uygulamayı indirin", "{site} uygulamasını indirip bildirimleri açın ›"],
        "de": ["Keine Meldung von {site} mehr verpassen: mit der kostenlosen App", "App von {site} laden und Benachrichtigungen einschalten ›"],
        "fr": ["Ne manquez plus aucun article de {site} : l'appli est gratuite", "Téléchargez l'appli {site} et activez les alertes ›"],
        "es": ["No te pierdas nada de {site}: descarga la app gratis", "Descarga la app de {site} y activa los avisos ›"],
        "ru": ["Не пропускайте новости «{site}»: бесплатное приложение", "Скачайте приложение «{site}» и включите уведомления ›"],
    },
    "bio": {
        "en": ["{by} writes about {section} for {site}.", "More by {by} in {site} ›"],
        "tr": ["{by}, {site} için {section} haberleri yazıyor.", "{by} imzalı diğer yazılar ›"],
        "de": ["{by} schreibt für {site} über {section}.", "Weitere Texte von {by} bei {site} ›"],
        "fr": ["{by} écrit sur la rubrique {section} pour {site}.", "D'autres articles de {by} dans {site} ›"],
        "es": ["{by} escribe sobre {section} en {site}.", "Lee más de {by} ›"],
        "ru": ["{by} пишет для «{site}» в рубрику «{section}».", "Читать другие материалы автора ›"],
    },
    "tip": {
        "en": ["Tip us off: call the newsroom on 01632 960 588 or email tips@example.org", "What's going on at your end of town? Tell us"],
        "tr": ["Haberini yapmamız gereken bir şey mi biliyorsunuz? Haber merkezini 0532 000 05 88'den arayın ya da ihbar@example.org adresine yazın", "Şehrin sizin ucunuzda neler oluyor? Bize anlatın"],
        "de": ["Hinweis an die Redaktion: Rufen Sie an unter 0171 0000588 oder mailen Sie an hinweise@example.org", "Was ist bei Ihnen im Viertel los? Erzählen Sie es uns"],
        "fr": ["Vous savez quelque chose dont nous devrions parler ? Appelez la rédaction au 06 00 00 05 88 ou écrivez à infos@example.org", "Que se passe-t-il dans votre coin de la ville ? Racontez-le-nous"],
        "es": ["Danos el soplo: llama a la redacción al 600 000 588 o escribe a avisos@example.org", "¿Qué pasa en tu punta de la ciudad? La redacción quiere saberlo"],
        "ru": ["Подскажите тему: звоните в редакцию по номеру +7 900 000-05-88 или пишите на tips@example.org", "Что происходит в вашем конце города? Расскажите нам"],
    },
    "typo": {
        "en": ["To report a mistake, highlight the words and press Ctrl+Enter"],
        "tr": ["Bir yanlışı bildirmek için kelimeleri işaretleyip Ctrl+Enter'a basın"],
        "de": ["Um einen Fehler zu melden, Wörter markieren und Strg+Enter drücken"],
        "fr": ["Pour signaler une erreur, surlignez les mots et appuyez sur Ctrl+Entrée"],
        "es": ["Para avisar de un error, resalta las palabras y pulsa Ctrl+Intro"],
        "ru": ["Чтобы сообщить об ошибке, выделите слова и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Turn on {site} notifications for breaking news? Turn on · Maybe later"],
        "tr": ["Son dakika için {site} bildirimlerini açmak ister misiniz? Aç · Belki sonra"],
        "de": ["Benachrichtigungen von {site} für Eilmeldungen einschalten? Einschalten · Vielleicht später"],
        "fr": ["Activer les notifications de {site} pour l'info en direct ? Activer · Plus tard peut-être"],
        "es": ["¿Activar las notificaciones de {site} para última hora? Activar · Quizá más tarde"],
        "ru": ["Включить уведомления «{site}» о срочных новостях? Включить · Может, позже"],
    },
    "print": {
        "en": ["Print article · Save as PDF · Email link", "Open a version for printing"],
        "tr": ["Haberi yazdır · PDF kaydet · Bağlantıyı e-postala", "Yazdırmak için sade sürümü açın"],
        "de": ["Artikel drucken · Als PDF speichern · Link mailen", "Druckfreundliche Fassung"],
        "fr": ["Imprimer l'article · Enregistrer en PDF · Envoyer le lien", "Ouvrir une version à imprimer"],
        "es": ["Imprimir noticia · Guardar en PDF · Enviar enlace", "Versión fácil de imprimir"],
        "ru": ["Распечатать · Сохранить в PDF · Отправить ссылку", "Версия без картинок для печати"],
    },
    "feedback": {
        "en": ["Rate this story: 👍 useful · 👎 not for me"], "tr": ["Bu haberi puanlayın: 👍 işe yaradı · 👎 bana göre değil"],
        "de": ["Bewerten Sie diesen Artikel: 👍 nützlich · 👎 nichts für mich"], "fr": ["Notez cet article : 👍 utile · 👎 pas pour moi"],
        "es": ["Valora esta noticia: 👍 útil · 👎 no es para mí"], "ru": ["Оцените материал: 👍 полезно · 👎 не для меня"],
    },
    "standards": {
        "en": ["{site} abides by the press regulator's code. If you think we have got something wrong, write to the managing editor."],
        "tr": ["{site}, basın öz denetim kurulunun ilkelerine bağlıdır. Bir hata yaptığımızı düşünüyorsanız yazı işleri müdürüne yazın."],
        "de": ["{site} hält sich an den Kodex des Presserats. Wenn Sie meinen, dass uns ein Fehler unterlaufen ist, schreiben Sie der Chefin vom Dienst."],
        "fr": ["{site} respecte la charte du conseil de presse. Si vous pensez que nous nous sommes trompés, écrivez au rédacteur en chef adjoint."],
        "es": ["{site} cumple el código del consejo de prensa. Si crees que nos hemos equivocado, escribe al director adjunto."],
        "ru": ["«{site}» соблюдает кодекс совета по прессе. Если считаете, что мы ошиблись, напишите выпускающему редактору."],
    },
    "topics": {
        "en": ["Tagged: {section}, the city", "Email me new {section} stories ›"],
        "tr": ["Etiketler: {section}, şehir", "{section} etiketini izleyin ›"],
        "de": ["Schlagworte: {section}, die Stadt", "Benachrichtigen bei {section} ›"],
        "fr": ["Mots-clés : {section}, la ville", "Alertes pour {section} ›"],
        "es": ["Etiquetas: {section}, la ciudad", "Alertas de {section} ›"],
        "ru": ["Теги: {section}, город", "Уведомления по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["📎 Keep this story for later"], "tr": ["📎 Bu haberi sonraya sakla"], "de": ["📎 Artikel für später aufheben"],
        "fr": ["📎 Garder cet article pour plus tard"], "es": ["📎 Guardar esta noticia para luego"], "ru": ["📎 Отложить материал на потом"],
    },
    "poll": {
        "en": ["Quick vote: did they get it right? Right call · Wrong call · Can't decide", "Cast your vote to see the results"],
        "tr": ["Hızlı oylama: karar doğru muydu? Doğru karar · Yanlış karar · Karar veremedim", "Sonuçları görmek için oyunuzu kullanın"],
        "de": ["Schnell abgestimmt: Lagen sie richtig? Richtig entschieden · Falsch entschieden · Kann mich nicht festlegen", "Stimmen Sie ab, um das Ergebnis zu sehen"],
        "fr": ["Vote express : ont-ils eu raison ? Bonne décision · Mauvaise décision · Je ne sais pas trop", "Votez pour découvrir les résultats"],
        "es": ["Opina: ¿es la decisión correcta? Sí · No · No lo tengo claro", "Tu voto desbloquea los resultados"],
        "ru": ["Быстрое голосование: решение верное? Верное решение · Ошибочное решение · Не могу решить", "Ваш голос откроет результаты"],
    },
    "embed": {
        "en": ["Open the Instagram post from {handle}", "Watch the video from {handle} on YouTube"],
        "tr": ["{handle} Instagram gönderisini açın", "{handle} YouTube videosunu oynatın"],
        "de": ["Instagram-Post von {handle} öffnen", "YouTube-Video von {handle} abspielen"],
        "fr": ["Ouvrir la publication Instagram de {handle}", "Lancer la vidéo YouTube de {handle}"],
        "es": ["Abrir la publicación de Instagram de {handle}", "Reproducir el vídeo de YouTube de {handle}"],
        "ru": ["Открыть пост {handle} в Instagram", "Запустить ролик {handle} на YouTube"],
    },
    "gallery": {
        "en": ["🖼 Picture gallery: {g} photos", "Browse all {g} photos ›"],
        "tr": ["🖼 Fotoğraf galerisi: {g} fotoğraf", "{g} fotoğrafın hepsine göz atın ›"],
        "de": ["🖼 Fotostrecke: {g} Bilder", "Alle {g} Fotos durchblättern ›"],
        "fr": ["🖼 Galerie photos : {g} clichés", "Parcourir les {g} photos ›"],
        "es": ["🖼 Galería de imágenes: {g} fotos", "Recorre las {g} fotos ›"],
        "ru": ["🖼 Фотогалерея: {g} снимков", "Листать все {g} фотографий ›"],
    },
    "map": {
        "en": ["Show on a larger map ›", "Map © OpenStreetMap contributors · Directions"],
        "tr": ["Daha büyük haritada göster ›", "Harita © OpenStreetMap katkıcıları · Yol tarifi"],
        "de": ["Karte vergrößern und Umgebung zeigen ›", "Karte © OpenStreetMap-Mitwirkende · Wegbeschreibung"],
        "fr": ["Agrandir la carte et voir les alentours ›", "Carte © contributeurs d'OpenStreetMap · Itinéraire"],
        "es": ["Ampliar el mapa y ver los alrededores ›", "Mapa © colaboradores de OpenStreetMap · Indicaciones"],
        "ru": ["Увеличить карту и посмотреть окрестности ›", "Карта © участники OpenStreetMap · Как добраться"],
    },
    "calendar": {
        "en": ["Save to your calendar: Google · iPhone · Outlook", "Get these dates as a calendar file (.ics)"],
        "tr": ["Takviminize kaydedin: Google · iPhone · Outlook", "Bu tarihleri takvim dosyası olarak alın (.ics)"],
        "de": ["In Ihren Kalender übernehmen: Google · iPhone · Outlook", "Diese Termine als Kalenderdatei (.ics)"],
        "fr": ["Enregistrer dans votre agenda : Google · iPhone · Outlook", "Ces dates en fichier d'agenda (.ics)"],
        "es": ["Guárdalo en tu calendario: Google · iPhone · Outlook", "Estas fechas en un archivo de calendario (.ics)"],
        "ru": ["Сохранить в календарь: Google · iPhone · Outlook", "Эти даты файлом календаря (.ics)"],
    },
    "scores": {
        "en": ["Every score, table and fixture in one place ›", "Results · Tables · Fixtures · Cup"],
        "tr": ["Tüm skorlar, puan durumları ve maç programı ›", "Sonuçlar · Puan durumu · Maç programı · Kupa"],
        "de": ["Alle Spielstände, Tabellen und Termine ›", "Resultate · Tabellen · Termine · Pokal"],
        "fr": ["Tous les scores, classements et rencontres ›", "Résultats · Classements · Rencontres · Coupe"],
        "es": ["Todos los marcadores, clasificaciones y partidos ›", "Resultados · Clasificaciones · Partidos · Copa"],
        "ru": ["Все счета, таблицы и расписание матчей ›", "Результаты · Таблицы · Расписание · Кубок"],
    },
    # the three families new in this part
    "reservoir": {  # water-restriction widgets: the stocks card, the can / can't box, the stage pill, the stocks table
        "en": ["Reservoir levels this week", "Hosepipe ban: what you can and can't do ›",
               "Restrictions in force: stage 2 of 4", "Reservoir stocks compared with last year"],
        "tr": ["Bu hafta baraj doluluk oranları", "Su kısıtlaması: neler serbest, neler yasak ›",
               "Yürürlükteki kısıtlama: 4 aşamanın 2'ncisi", "Barajlardaki su, geçen yılla karşılaştırmalı"],
        "de": ["Füllstände der Talsperren diese Woche", "Wassersparen: Was erlaubt ist und was nicht ›",
               "Geltende Einschränkungen: Stufe 2 von 4", "Talsperren im Vergleich zum Vorjahr"],
        "fr": ["Niveau des retenues cette semaine", "Restrictions d'eau : ce qui est permis, ce qui est interdit ›",
               "Niveau en vigueur : alerte renforcée (3 sur 4)", "Remplissage des retenues comparé à l'an dernier"],
        "es": ["Reserva de los embalses esta semana", "Restricciones de agua: qué puedes y qué no puedes hacer ›",
               "Fase en vigor: emergencia (3 de 4)", "Los embalses, comparados con hace un año"],
        "ru": ["Наполнение водохранилищ на этой неделе", "Ограничения на воду: что можно и чего нельзя ›",
               "Действующий режим: уровень 2 из 4", "Водохранилища в сравнении с прошлым годом"],
    },
    "exhibitions": {  # exhibition listings: on now, plan your visit, closing soon, the free-entry line
        "en": ["Exhibitions on now", "Plan your visit: opening times, tickets and access ›",
               "Closing soon", "Free entry to the permanent collections, every day"],
        "tr": ["Şu an açık sergiler", "Ziyaretinizi planlayın: saatler, biletler ve ulaşım ›",
               "Yakında kapanıyor", "Kalıcı koleksiyonlara giriş her gün ücretsiz"],
        "de": ["Ausstellungen jetzt", "Besuch planen: Öffnungszeiten, Tickets und Anfahrt ›",
               "Nur noch kurz zu sehen", "Eintritt in die Dauerausstellungen täglich frei"],
        "fr": ["Expositions en ce moment", "Préparer votre visite : horaires, billets et accès ›",
               "Dernières semaines", "Entrée libre dans les collections permanentes, tous les jours"],
        "es": ["Exposiciones ahora", "Planifica tu visita: horarios, entradas y accesos ›",
               "Últimos días", "Entrada libre a las colecciones permanentes, todos los días"],
        "ru": ["Выставки сейчас", "Спланируйте визит: часы работы, билеты, как добраться ›",
               "Скоро закрываются", "Вход в постоянную экспозицию — бесплатно, каждый день"],
    },
    "parking": {  # parking-penalty widgets: pay or challenge, the notice-number box, the payment line, the costs table
        "en": ["Pay or challenge a penalty charge notice ›", "Enter your PCN number",
               "Pay by phone, 24 hours a day: 0300 123 4580", "Got a parking ticket? What it costs"],
        "tr": ["Otopark cezasını ödeyin ya da itiraz edin ›", "Ceza tutanağı numaranızı girin",
               "7/24 telefonla ödeme: 444 0 480", "Otopark cezası mı aldınız? Ne kadar ödersiniz"],
        "de": ["Verwarnungsgeld bezahlen oder Einspruch einlegen ›", "Aktenzeichen der Verwarnung eingeben",
               "Rund um die Uhr telefonisch zahlen: 0800 000 4580", "Knöllchen bekommen? So viel kostet es"],
        "fr": ["Payer ou contester un avis de paiement ›", "Saisissez le numéro de votre avis",
               "Paiement par téléphone 24 h/24 : 0800 00 45 80", "Un forfait post-stationnement ? Ce qu'il coûte"],
        "es": ["Paga o recurre una denuncia de aparcamiento ›", "Introduce el número de boletín",
               "Pago por teléfono las 24 horas: 900 000 458", "¿Te han multado al aparcar? Lo que cuesta"],
        "ru": ["Оплатить или обжаловать штраф за парковку ›", "Введите номер постановления",
               "Оплата по телефону круглосуточно: 8 800 000-45-80", "Получили штраф за парковку? Сколько платить"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the stocks card is headed by
# "reservoir levels", the can / can't box by its link, the pill shows the stage, the stocks table has its caption;
# the listing is headed "exhibitions on now", then the plan-your-visit link, the closing-soon table and the free-entry
# line; the parking widgets are the pay-or-challenge link, the notice-number box, the payment line and the costs table
NEW_STYLE_WORDING = {"reservoir": [0, 1, 2, 3], "exhibitions": [0, 1, 2, 3], "parking": [0, 1, 2, 3]}
# a reservoir card / table: reservoir, level now, level a year ago
RESERVOIR_ROWS = {
    "en": [("Thornley", "38%", "81%"), ("Upper Wendle", "44%", "76%"), ("Gorsedale", "41%", "79%")],
    "tr": [("Kurtdere Barajı", "%17", "%52"), ("Akpınar Barajı", "%22", "%57"), ("Çamlık Göleti", "%9", "%41")],
    "de": [("Talsperre Wendelbach", "46 %", "82 %"), ("Talsperre Kellerau", "51 %", "79 %"), ("Speicher Hohenmoor", "39 %", "74 %")],
    "fr": [("Barrage de la Sorgue", "38 %", "71 %"), ("Lac de Vermenon", "44 %", "69 %"), ("Retenue des Aygues", "29 %", "63 %")],
    "es": [("Peñaluenga", "24 %", "55 %"), ("La Hoya del Alcandre", "31 %", "62 %"), ("Fuentelsaz", "19 %", "48 %")],
    "ru": [("Северогорское", "52 %", "84 %"), ("Краснорецкое", "47 %", "80 %"), ("Лесной пруд", "33 %", "71 %")],
}
RESERVOIR_HEAD = {"en": ("Reservoir", "Level today", "Same week last year"), "tr": ("Baraj", "Bugünkü doluluk", "Geçen yıl bu hafta"),
                  "de": ("Talsperre", "Füllstand heute", "Gleiche Woche im Vorjahr"), "fr": ("Retenue", "Remplissage du jour", "Même semaine l'an dernier"),
                  "es": ("Embalse", "Reserva hoy", "Misma semana del año pasado"), "ru": ("Водохранилище", "Наполнение сегодня", "Та же неделя год назад")}
# a can / can't box: what is allowed (✓) and what is not (✗)
WATER_RULES = {
    "en": [("✓", "Watering cans and buckets"), ("✓", "Water from butts and greywater"), ("✗", "Hosepipes and sprinklers"), ("✗", "Filling paddling pools and hot tubs")],
    "tr": [("✓", "Kova ve sulama kabı"), ("✓", "Yağmur suyu ve gri su"), ("✗", "Hortumla bahçe sulama"), ("✗", "Hortumla araç yıkama")],
    "de": [("✓", "Gießkanne und Eimer"), ("✓", "Regenwasser aus der Tonne"), ("✗", "Rasensprenger und Gartenschlauch"), ("✗", "Pools aus dem Leitungsnetz füllen")],
    "fr": [("✓", "Arrosoir et seau"), ("✓", "Eau de pluie récupérée"), ("✗", "Arrosage au tuyau en journée"), ("✗", "Remplissage des piscines privées")],
    "es": [("✓", "Regadera y cubo"), ("✓", "Agua de lluvia recogida"), ("✗", "Riego con manguera"), ("✗", "Llenado de piscinas")],
    "ru": [("✓", "Полив из лейки и ведра"), ("✓", "Дождевая вода из бочки"), ("✗", "Полив из шланга"), ("✗", "Наполнение бассейнов из водопровода")],
}
# exhibitions on now: title, venue, closing date
EXHIB_ROWS = {
    "en": [("Faces of the Fish Quay", "Maritime Museum", "until 12 July"), ("Northern Light: Printmakers 1920–1960", "Laing Street Gallery", "until 30 August"), ("Toys from the Attic", "Castle Keep", "until 4 October")],
    "tr": [("Eski Çarşı Fotoğrafları", "Kent Müzesi", "12 Temmuz'a kadar"), ("Anadolu Dokumaları", "Halk Eğitim Sergi Salonu", "30 Ağustos'a kadar"), ("Çocukluğun Oyuncakları", "Arkeoloji Müzesi", "4 Ekim'e kadar")],
    "de": [("Glanz der Gründerzeit", "Stadtmuseum", "bis 12.07."), ("Holzschnitt heute", "Kunstverein am Markt", "bis 30.08."), ("Spielzeug vom Dachboden", "Schlossmuseum", "bis 04.10.")],
    "fr": [("Visages du port", "Musée de la Marine", "jusqu'au 12 juillet"), ("Gravures du Quercy", "Chapelle des Pénitents", "jusqu'au 30 août"), ("Jouets du grenier", "Musée du Vieux Vauzelles", "jusqu'au 4 octobre")],
    "es": [("Rostros del puerto", "Museo del Mar", "hasta el 12 de julio"), ("Grabado contemporáneo", "Sala Alcandre", "hasta el 30 de agosto"), ("Juguetes del desván", "Museo Etnográfico", "hasta el 4 de octubre")],
    "ru": [("Лица старого порта", "Городской музей", "до 12 июля"), ("Гравюра сегодня", "Выставочный зал на Набережной", "до 30 августа"), ("Игрушки с чердака", "Дом купца Зубова", "до 4 октября")],
}
# what a penalty costs: stage, amount
PCN_ROWS = {
    "en": [("Paid within 14 days", "£35"), ("Paid after 14 days", "£70"), ("After a charge certificate", "£105")],
    "tr": [("15 gün içinde ödenirse", "1.200 TL"), ("15 günden sonra", "1.600 TL"), ("İcra takibinde", "2.100 TL")],
    "de": [("Zahlung binnen einer Woche", "ab 20 €"), ("Auf Geh- und Radwegen", "ab 55 €"), ("Mit Behinderung", "70 €")],
    "fr": [("Forfait minoré, paiement sous 4 jours", "25 €"), ("Forfait normal", "35 €"), ("Forfait majoré", "50 €")],
    "es": [("Con pronto pago, en 20 días", "45 €"), ("Importe íntegro", "90 €"), ("En vía ejecutiva", "108 €")],
    "ru": [("Оплата в первые 20 дней", "1 250 ₽"), ("Полная сумма", "2 500 ₽"), ("После 60 дней", "передача приставам")],
}
WIDGET_ROWS = (("reservoir rows", RESERVOIR_ROWS), ("reservoir heads", RESERVOIR_HEAD), ("water rules", WATER_RULES),
               ("exhibition rows", EXHIB_ROWS), ("pcn rows", PCN_ROWS))
HEADLINES = {
    "en": ["Lido's art deco diving stage to be restored", "Night buses return to the city centre on Fridays",
           "Former cinema to become a climbing wall", "Rescued greyhounds find homes in record time",
           "Allotment waiting list closes after hitting 600 names", "Ferry fares held for a second year"],
    "tr": ["Açık yüzme havuzunun tarihi atlama platformu onarılacak", "Gece otobüsleri cuma günleri şehir merkezine dönüyor",
           "Eski sinema binası tırmanma salonu oluyor", "Kurtarılan tazılar rekor sürede yuva buldu",
           "Hobi bahçesi bekleme listesi 600 kişiyle kapandı", "Vapur ücretleri ikinci yıl da sabit kaldı"],
    "de": ["Sprungturm im Jugendstilbad wird restauriert", "Nachtbusse fahren freitags wieder in die Innenstadt",
           "Ehemaliges Kino wird zur Kletterhalle", "Gerettete Windhunde in Rekordzeit vermittelt",
           "Warteliste für Kleingärten bei 600 Namen geschlossen", "Fährpreise bleiben das zweite Jahr stabil"],
    "fr": ["Le plongeoir Art déco de la piscine sera restauré", "Les bus de nuit reviennent en centre-ville le vendredi",
           "L'ancien cinéma deviendra une salle d'escalade", "Des lévriers sauvés adoptés en un temps record",
           "La liste d'attente des jardins familiaux close à 600 noms", "Les tarifs du bac gelés pour la deuxième année"],
    "es": ["Se restaurará el trampolín art déco de las piscinas", "Los búhos vuelven al centro los viernes",
           "El antiguo cine será un rocódromo", "Los galgos rescatados encuentran hogar en tiempo récord",
           "La lista de espera de los huertos urbanos se cierra con 600 nombres", "El billete del transbordador, congelado por segundo año"],
    "ru": ["Вышку в старом бассейне отреставрируют", "Ночные автобусы по пятницам вернутся в центр",
           "Бывший кинотеатр станет скалодромом", "Спасённые борзые нашли хозяев в рекордный срок",
           "Очередь на огородные участки закрыли на 600 фамилиях", "Цены на паром второй год не меняются"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["La plataforma de 1933 volverá a abrirse al baño el próximo verano.",
           "Las líneas nocturnas funcionarán de medianoche a las cinco.",
           "Las paredes tendrán 14 metros y una zona para niños.",
           "La protectora ha encontrado familia a 38 perros en dos meses.",
           "El ayuntamiento estudia abrir un segundo recinto junto al río.",
           "El billete de ida seguirá costando 2,10 euros."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Valley news, hour by hour", "Parish pump news", "Councils, courts and crime", "Money, jobs and the high street", "Sport from the touchline", "Going out, staying in", "Your letters, your rows"],
               cookie="With your agreement, we and our partners use cookies and similar technologies to store and read information on your device, so that the site works, we can measure how it is used and the adverts that pay for our reporting are relevant to you. Tap 'Cookie settings' at the foot of any page to change your mind.",
               accept="I agree", reject="Just the essentials, thanks", share="Send this story to someone it affects",
               related="Read these next", newsletter="Tonight's local news, in your inbox at teatime",
               subscribe="Put me on the teatime list", email="you@yourinbox.example",
               comment_note="Comments are for registered readers: sign in, or register in under a minute.",
               closed="Comments on this report are switched off for legal reasons.",
               footer=["Who's who in our newsroom", "When we get things wrong: our corrections", "Your data and this website", "Selling to our readers: advertising", "Terms of use for this website"],
               rights="Material on this website may not be reproduced without the publisher's permission.",
               commenters=[("millbrook_maureen", "Good to see this reported properly at last."),
                           ("Dave from Ellerby", "Does anybody know if there's a meeting about it?")]),
    "tr": dict(nav=["Vadiden saat saat haberler", "Köylerden ve mahallelerden notlar", "Meclisler, mahkemeler, asayiş", "Para, iş ve çarşı esnafı", "Saha kenarından spor", "Gezi günleri, ev akşamları", "Mektuplarınız, itirazlarınız"],
               cookie="Onayınızla biz ve iş ortaklarımız, sitenin çalışması, nasıl kullanıldığını ölçebilmemiz ve haberciliğimizi finanse eden reklamların sizinle ilgili olması için cihazınızda bilgi saklayan ve okuyan çerezler ve benzeri teknolojiler kullanırız. Fikrinizi değiştirmek için her sayfanın altındaki 'Çerez ayarları' bağlantısına dokunun.",
               accept="Kabul ediyorum", reject="Sadece olmazsa olmazlar, teşekkürler", share="Bu haberi ilgilendirdiği birine yollayın",
               related="Sırada bunlar var", newsletter="Günün yerel haberleri ikindi vakti e-postanızda",
               subscribe="Beni ikindi listesine yazın", email="siz@epostakutunuz.example",
               comment_note="Yorumlar kayıtlı okurlar içindir: giriş yapın ya da bir dakikada kaydolun.",
               closed="Bu haberde yorumlar hukuki nedenlerle kapalı.",
               footer=["Haber merkezimizde kim kimdir", "Nerede yanıldık", "Verileriniz ve bu web sitesi", "Okurlarımıza ulaşın: reklam", "Bu sitenin kullanım şartları"],
               rights="Bu sitedeki içerik yayıncının izni olmadan çoğaltılamaz.",
               commenters=[("kurtdereli_nazmi", "Sonunda biri bunu düzgünce yazdı, eline sağlık."),
                           ("Gülizar Hanım", "Bununla ilgili bir toplantı olacak mı, bilen var mı?")]),
    "de": dict(nav=["Nachrichten aus dem Tal, stündlich", "Rund um die Ortsteile", "Räte, Gerichte, Polizei", "Geld, Arbeit und Einzelhandel", "Sport vom Spielfeldrand", "Ausflüge und Abende daheim", "Ihre Briefe, Ihr Ärger"],
               cookie="Mit Ihrer Zustimmung verwenden wir und unsere Partner Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern und auszulesen, damit die Seite funktioniert, wir ihre Nutzung messen können und die Werbung, die unsere Berichterstattung bezahlt, zu Ihnen passt. Über „Cookie-Einstellungen“ unten auf jeder Seite können Sie es sich anders überlegen.",
               accept="Ich stimme zu", reject="Nur das Nötigste, danke", share="Diesen Artikel an Betroffene schicken",
               related="Als Nächstes lesen", newsletter="Die Lokalnachrichten des Tages zur Teezeit im Postfach",
               subscribe="Mich für die Teezeit-Mail eintragen", email="sie@ihre-mailbox.example",
               comment_note="Kommentieren können registrierte Leser: anmelden oder in unter einer Minute registrieren.",
               closed="Die Kommentare zu diesem Bericht sind aus rechtlichen Gründen abgeschaltet.",
               footer=["Wer ist wer in unserer Redaktion", "Wo wir danebenlagen", "Ihre Daten und diese Website", "Unsere Leser erreichen: Anzeigen", "Regeln für die Nutzung der Website"],
               rights="Inhalte dieser Website dürfen ohne Erlaubnis des Verlags nicht vervielfältigt werden.",
               commenters=[("Talbrunner_Heinz", "Gut, dass das endlich mal ordentlich berichtet wird."),
                           ("Renate aus der Mühlgasse", "Weiß jemand, ob es dazu eine Versammlung gibt?")]),
    "fr": dict(nav=["L'info de la vallée, heure par heure", "De commune en commune", "Conseils, tribunaux, faits divers", "Argent, emploi et commerces", "Le sport au bord du terrain", "Sorties et soirées au coin du feu", "Vos lettres, vos coups de gueule"],
               cookie="Avec votre accord, nos partenaires et nous utilisons des cookies et technologies similaires pour stocker et lire des informations sur votre appareil, afin que le site fonctionne, que nous puissions mesurer son utilisation et que les publicités qui financent nos reportages vous correspondent. Touchez « Réglages des cookies » en bas de chaque page pour revenir sur votre choix.",
               accept="J'accepte", reject="Le strict nécessaire, merci", share="Envoyer cet article à quelqu'un qu'il concerne",
               related="La suite de votre lecture", newsletter="L'info locale du jour dans votre boîte à l'heure du goûter",
               subscribe="Inscrivez-moi à la lettre du goûter", email="vous@votre-boite-mail.example",
               comment_note="Les commentaires sont réservés aux lecteurs inscrits : connectez-vous, ou inscrivez-vous en moins d'une minute.",
               closed="Les commentaires de ce reportage sont désactivés pour des raisons juridiques.",
               footer=["Qui fait quoi à la rédaction", "Là où nous nous sommes trompés", "Vos données et ce site", "Toucher nos lecteurs : publicité", "Les règles de ce site d'information"],
               rights="Les contenus de ce site ne peuvent être reproduits sans l'autorisation de l'éditeur.",
               commenters=[("sorguette_82", "Voilà un papier qui dit les choses telles qu'elles sont."),
                           ("Marcel des Aygues", "Quelqu'un sait s'il y aura une réunion là-dessus ?")]),
    "es": dict(nav=["La comarca, hora a hora", "Recorriendo los pueblos", "Plenos, juzgados y sucesos", "Dinero, empleo y comercio", "Deporte a pie de campo", "Escapadas y noches en casa", "Vuestras cartas, vuestras quejas"],
               cookie="Con tu consentimiento, nosotros y nuestros socios usamos cookies y tecnologías parecidas para guardar y leer información en tu dispositivo, de modo que la web funcione, podamos medir cómo se usa y los anuncios que pagan nuestro periodismo te resulten relevantes. Pulsa «Ajustes de cookies» al pie de cualquier página para cambiar de idea.",
               accept="Acepto", reject="Solo lo imprescindible, gracias", share="Manda esta noticia a quien le afecte",
               related="Sigue leyendo con estas", newsletter="Las noticias locales del día, en tu correo a la hora de la merienda",
               subscribe="Apuntadme a la lista de la merienda", email="tu@tu-buzon-de-correo.example",
               comment_note="Los comentarios son para lectores registrados: entra o regístrate en menos de un minuto.",
               closed="Los comentarios de este reportaje están desactivados por motivos legales.",
               footer=["Quién es quién en la redacción", "Dónde nos equivocamos", "Tus datos y esta web", "Llega a nuestros lectores: publicidad", "Reglas de uso de la web"],
               rights="Los contenidos de esta web no pueden reproducirse sin permiso del editor.",
               commenters=[("regante_de_la_vega", "Ya era hora de que alguien lo contara tal cual."),
                           ("Maribel de Fuentelsaz", "¿Alguien sabe si habrá reunión por esto?")]),
    "ru": dict(nav=["Новости долины час за часом", "Заметки из сёл и посёлков", "Советы, суды, происшествия", "Деньги, работа, торговля", "Спорт у кромки поля", "Поездки и вечера дома", "Ваши письма, ваши споры"],
               cookie="С вашего согласия мы и наши партнёры используем cookie и похожие технологии, чтобы сохранять и считывать данные на вашем устройстве: так сайт работает, мы видим, как им пользуются, а реклама, которая оплачивает нашу работу, подходит именно вам. Передумали — нажмите «Настройки cookie» внизу любой страницы.",
               accept="Я согласен", reject="Только самое нужное, спасибо", share="Отправить материал тому, кого он касается",
               related="Читайте следом", newsletter="Местные новости дня — у вас в почте к ужину",
               subscribe="Запишите меня на вечернюю рассылку", email="vy@vash-pochtovyi-yashchik.example",
               comment_note="Комментировать могут зарегистрированные читатели: войдите или зарегистрируйтесь меньше чем за минуту.",
               closed="Комментарии к этому репортажу отключены по юридическим причинам.",
               footer=["Кто есть кто в редакции", "Наши ошибки и как мы их исправляем", "Ваши данные и этот сайт", "Достучаться до читателей: реклама", "Что можно и чего нельзя на нашем сайте"],
               rights="Материалы сайта нельзя воспроизводить без разрешения издателя.",
               commenters=[("северогорец_Саня", "Наконец-то нормально написали."),
                           ("Зинаида с Садовой", "Кто-нибудь знает, будет ли по этому поводу собрание?")]),
}
UI48 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "KIRKPINAR POSTASI'NDA BUGÜN:"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için köy okulları ve kırsal yaşam üzerine yazıyor, {section} sayfasını hazırlıyor. Yazışma: kirsal@example.org",
                   "fr": "{name} suit la vie culturelle de Vauzelles pour {site} et signe les pages {section}. Lui écrire : culture@example.org"},
    (mp4, "READMORE"): {"ru": "ЧИТАЙТЕ В «ВЕДОМОСТЯХ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Recorder")},
    (mp6, "TYPO3"): {"de": dict(ext="Film des Heimatmuseums auf Vimeo", note="Hier ist ein Film des Heimatmuseums Kellerbach eingebunden. Er wird erst nach Ihrer Zustimmung von Vimeo geladen; dabei gehen Daten an Vimeo.",
                                button="Zustimmen und Museumsfilm laden", by="Aufgeschrieben für den Kellerbacher Anzeiger von", search="Im Kellerbacher Anzeiger suchen",
                                lang_menu="Kellerbach auf Englisch")},
    (mp7, "SANITY"): {"es": dict(nl_title="El Alcandre cada mañana", nl_text="Riegos, plenos y pueblos de la cuenca del Alcandre, de lunes a sábado en tu correo.",
                                 nl_button="Quiero El Alcandre cada mañana", nl_placeholder="Tu correo para El Alcandre cada mañana")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Yeşilyurt'tan haftalık notlar", nl_text="Köylerden, kooperatiflerden ve pazardan haberler her cuma sabahı e-postanızda.",
                                nl_label="Haftalık notlar için e-posta adresiniz", nl_button="Notları almak istiyorum")},
    (mp13, "PUB_NAV"): {"es": ["Recién escrito", "Olivos y almazaras", "Gente de Peñarrubia", "Sobre este cuaderno"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="La Fragua de Navalcuervo: fiestas, patrimonio y vida del pueblo",
                                menu=["Inicio de La Fragua", "Noticias de Navalcuervo", "Quiénes somos en La Fragua", "Fiestas de San Bartolomé", "Fotos del pueblo", "Escribe a la junta de La Fragua"],
                                cats=["Noticias de Navalcuervo", "Fiestas de San Bartolomé", "Vida de la asociación"],
                                friends=["Ayuntamiento de Navalcuervo", "Peña Los Trillos", "Hogar del Jubilado de Navalcuervo"],
                                footer="Asociación Cultural La Fragua de Navalcuervo © 2026 · Plaza de la Fragua, 2",
                                poster="junta_fragua", tags=["fiestas 2026", "San Bartolomé"],
                                commenters=[("Loli_la_del_horno", "¡Qué ganas de pregón! Allí estaremos las de la peña."),
                                            ("Julián R.", "Me apunto a montar el escenario, llevo la furgoneta.")],
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
# the new layout: a Gatsby 5 site with a Contentful back end (server-rendered React: #___gatsby and
# #gatsby-focus-wrapper, CSS-module class names with build hashes, rich text with embedded entries and assets,
# gatsby-plugin-image wrappers, the Cookiebot consent dialog, the script loader and chunk mapping)
# --------------------------------------------------------------------------
def cm(module, local):
    """A CSS-module class name as Gatsby's webpack config writes it: [name]-module--[local]--[hash:base64:5]."""
    h = base64.b64encode(hashlib.md5(("src/components/%s.module.css:%s" % (module, local)).encode()).digest()).decode()
    return "%s-module--%s--%s" % (module, local, re.sub(r"[^A-Za-z0-9]", "x", h)[:5])


# the platform's and the starter's generic strings as the developers leave them (skip link, search and menu labels,
# the share bar's labels, the form label, Cookiebot's own button and title), per language (not checked: they recur on
# any such site)
GATSBY_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", skip="Skip to main content", by="By", read="{m} min read",
               search="Search", menu="Menu", nav_label="Main", share_on="Share on", copy="Copy link",
               email_label="Email address", cb_title="This website uses cookies", cb_custom="Customize",
               cb_powered="Cookiebot - opens in a new window", footer_label="Footer",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "de": dict(html_lang="de", og_locale="de_DE", skip="Zum Hauptinhalt springen", by="Von", read="{m} Min. Lesezeit",
               search="Suche", menu="Menü", nav_label="Hauptmenü", share_on="Teilen auf", copy="Link kopieren",
               email_label="E-Mail-Adresse", cb_title="Diese Webseite verwendet Cookies", cb_custom="Anpassen",
               cb_powered="Cookiebot - öffnet sich in einem neuen Fenster", footer_label="Fußzeile",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date_fmt="{d}. {M} {y}"),
}
# the sites' own strings: host, the Contentful space, menus (titles and slugs), header links, the inline teaser
# entry's label, box titles, the newsletter form and footer texts
GATSBY = {
    "Calderport Evening Star": dict(
        domain="calderportstar.example", space="q7m2kx0v9b4d",
        menu=["Calderport news", "Calderport crime and courts", "City hall", "Culture and nights out", "Star sport", "Star opinion"],
        slugs=["news", "crime", "city-hall", "culture", "sport", "opinion"],
        buttons=["Tonight's e-edition", "Subscribe to the Star"],
        teaser_label="Also in tonight's Star", related_title="More from the Star's newsroom",
        popular_title="Calderport is reading", nl_title="The Star at Six",
        nl_text="Calderport's evening headlines, sent to your inbox at 6pm every weekday.",
        nl_button="Send me the Star at Six", share_title="Share this Star story",
        footer_links=["About the Evening Star", "Contact the Star newsroom", "Star privacy policy", "Advertise in the Star", "Star archive and back issues"],
        footer_note="The Calderport Evening Star has been the city's evening paper since 1882."),
    "Wendelsburger Abendblatt": dict(
        domain="wendelsburger-abendblatt.example", space="h3t8rw1cz6pn",
        menu=["Wendelsburg", "Blaulicht in Wendelsburg", "Aus dem Rathaus Wendelsburg", "Kultur und Ausgehen", "Sport in Wendelsburg", "Meinung im Abendblatt"],
        slugs=["wendelsburg", "blaulicht", "rathaus", "kultur", "sport", "meinung"],
        buttons=["Abendblatt E-Paper", "Abendblatt abonnieren"],
        teaser_label="Auch im Abendblatt", related_title="Mehr aus der Abendblatt-Redaktion",
        popular_title="Das lesen Wendelsburger gerade", nl_title="Abendblatt um sechs",
        nl_text="Die Wendelsburger Schlagzeilen des Tages, werktags um 18 Uhr per E-Mail.",
        nl_button="Abendblatt um sechs bestellen", share_title="Artikel aus dem Abendblatt teilen",
        footer_links=["Über das Abendblatt", "Kontakt zur Abendblatt-Redaktion", "Datenschutz im Abendblatt", "Anzeigen im Abendblatt", "Archiv des Abendblatts"],
        footer_note="Das Wendelsburger Abendblatt erscheint seit 1949 als Abendzeitung der Stadt."),
}
GATSBY_EXEMPT = {"domain", "space", "slugs"}


def gatsby_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = GATSBY_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def gatsby_block(kind, val):
    """One node of the Contentful rich-text document, as @contentful/rich-text-react-renderer writes it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % mp.inline_html(v) for v in val), kind)


def gatsby_image(space, asset, file_name, alt, w, h, extra_cls, rng):
    """A gatsby-plugin-image GatsbyImage of a Contentful asset (constrained layout, blurred placeholder, webp)."""
    base = "https://images.ctfassets.net/%s/%s/%032x/%s.jpg" % (space, asset, rng.getrandbits(128), file_name)
    widths = [w // 4, w // 2, w]

    def srcset(fm):
        return ",".join("%s?w=%d&amp;h=%d&amp;q=75&amp;fm=%s %dw" % (base, x, x * h // w, fm, x) for x in widths)
    sizes = "(min-width: %dpx) %dpx, 100vw" % (w, w)
    jpg = "%s?w=%d&amp;h=%d&amp;q=75&amp;fm=jpg" % (base, w, h)
    return ('<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained %s">'
            '<div style="max-width:%dpx;display:block"><img alt="" role="presentation" aria-hidden="true" '
            'src="data:image/svg+xml;charset=utf-8,%%3Csvg%%20height=&#x27;%d&#x27;%%20width=&#x27;%d&#x27;%%20xmlns=&#x27;http://www.w3.org/2000/svg&#x27;%%20version=&#x27;1.1&#x27;%%3E%%3C/svg%%3E" '
            'style="max-width:100%%;display:block;position:static"/></div>'
            '<div aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;background-color:#%06x;position:absolute;top:0;left:0;bottom:0;right:0"></div>'
            '<picture><source type="image/webp" data-srcset="%s" sizes="%s"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="%s" decoding="async" loading="lazy" data-src="%s" data-srcset="%s" alt="%s"/></picture>'
            '<noscript><picture><source type="image/webp" srcSet="%s" sizes="%s"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="%s" decoding="async" loading="lazy" src="%s" srcSet="%s" alt="%s"/></picture></noscript>'
            '</div>') % (extra_cls, w, h, w, rng.randint(0x707070, 0xd8d8d8), srcset("webp"), sizes, sizes, jpg, srcset("jpg"),
                         A(alt), srcset("webp"), sizes, sizes, jpg, srcset("jpg"), A(alt))


IMAGE_SCRIPT = ('<script type="module">const t="undefined"!=typeof HTMLImageElement&&"loading"in HTMLImageElement.prototype;'
                'if(t){const t=document.querySelectorAll("img[data-main-image]");for(let e of t){e.dataset.src&&(e.setAttribute("src",e.dataset.src),'
                'e.removeAttribute("data-src")),e.dataset.srcset&&(e.setAttribute("srcset",e.dataset.srcset),e.removeAttribute("data-srcset"));'
                'const t=e.parentNode.querySelectorAll("source[data-srcset]");for(let e of t)e.setAttribute("srcset",e.dataset.srcset),'
                'e.removeAttribute("data-srcset");e.complete&&(e.style.opacity=1,e.parentNode.parentNode.querySelector("[data-placeholder-image]").style.opacity=0)}}</script>')


def tpl_gatsby(art, ui, site, placed, rng):
    # an article page of a Gatsby 5 evening paper with Contentful (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = GATSBY_CORE[lang], GATSBY[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 70).lower()
    path = "/%s/%s/%s/%s/" % (sec_slug, y, m, page_slug)
    url = host + path
    hh, mi = rng.randint(12, 19), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00.000Z" % (art["date"], hh, mi)
    shown = gatsby_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 220))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def entry_id():
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))

    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/%s/%s/%s/" % (rng.choice(s["slugs"][:3]), y, m, mp13.medium_slug(t, 60).lower()) for t in heads}
    space = s["space"]

    # the embedded entries and assets between the rich text's paragraphs: the "read more" teaser after the first
    # third, the second picture further down, the ad slot after that (or at the end)
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    teaser_at = slots[len(slots) // 3] if slots else n
    inset_at = next((i for i in slots if i >= teaser_at + 2), n)
    ad_at = next((i for i in slots if i >= inset_at + 2), n)
    th = heads[0]
    teaser = ('<aside class="%s" data-entry-type="articleTeaser" data-entry-id="%s"><p class="%s">%s</p><a class="%s" href="%s"><h3 class="%s">%s</h3></a></aside>'
              % (cm("embedded-entry", "teaser"), entry_id(), cm("embedded-entry", "label"), E(s["teaser_label"]),
                 cm("embedded-entry", "link"), hurls[th], cm("embedded-entry", "title"), E(th)))
    inset_cap, inset_cr = art["inset"]
    inset = ('<figure class="%s" data-asset-id="%s">%s<figcaption class="%s">%s <span class="%s">%s</span></figcaption></figure>'
             % (cm("embedded-asset", "figure"), entry_id(),
                gatsby_image(space, entry_id(), mp13.medium_slug(inset_cap, 40).lower(), inset_cap, 1024, 683, cm("embedded-asset", "image"), rng),
                cm("embedded-asset", "caption"), E(inset_cap), cm("embedded-asset", "credit"), E(inset_cr)))
    ad = ('<div class="%s" data-entry-type="adSlot" data-ad-unit="/21809/%s/article/inline_%d" data-sizes="300x250,728x90"><span class="%s">%s</span><div id="div-gpt-ad-%s-0"></div></div>'
          % (cm("ad-slot", "slot"), s["domain"], rng.randint(1, 3), cm("ad-slot", "label"),
             E(pick(rng, "ad", lang, site, art)[1]), rng.randint(10**12, 10**13 - 1)))
    parts = []
    for i in range(n + 1):
        if i == teaser_at:
            parts.append(teaser)
        if i == inset_at:
            parts.append(inset)
        if i == ad_at:
            parts.append(ad)
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the rich-text field
                parts.append(snip)
            else:  # an "HTML embed" entry holding what an editor or the ad server put in
                parts.append('<div class="%s" data-entry-type="htmlEmbed" data-entry-id="%s">%s</div>'
                             % (cm("embedded-entry", "html"), entry_id(), snip))
        if i < n:
            parts.append(gatsby_block(*blocks[i]))
    body = "".join(parts)

    nav = "".join('<li class="%s"><a%s href="/%s/"%s>%s</a></li>' % (
        cm("header", "navItem"), ' class="%s"' % cm("header", "active") if k == sec_i else "", sl,
        ' aria-current="page"' if k == sec_i else "", E(t)) for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("x", "X", "https://x.com/intent/post?url=" + url),
                  ("email", "Email", "mailto:?body=" + url)]
    share = "".join('<li><a class="%s" href="%s" target="_blank" rel="noopener noreferrer" aria-label="%s %s"><svg aria-hidden="true" width="20" height="20"><use href="#icon-%s"></use></svg></a></li>'
                    % (cm("share", "link"), A(h), A(c["share_on"]), A(lab), k) for k, lab, h in share_nets)
    related = "".join('<li class="%s"><a href="%s">%s</a><time dateTime="%s">%s</time></li>' % (cm("related", "item"), hurls[t], E(t), art["date"], E(shown))
                      for t in heads[1:4])
    popular = "".join('<li class="%s"><span class="%s">%d</span><a href="%s">%s</a></li>' % (cm("most-read", "item"), cm("most-read", "rank"), k + 1, hurls[t], E(t))
                      for k, t in enumerate(heads[3:6]))
    footer_links = "".join('<li><a href="/%s/">%s</a></li>' % (mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    author_slug = mp13.medium_slug(art["byline"], 40).lower()
    lead = gatsby_image(space, entry_id(), mp13.medium_slug(art["caption"], 40).lower(), art["caption"], 1200, 675, cm("article", "leadImage"), rng)
    og_img = "https://images.ctfassets.net/%s/%s/%s/%s.jpg?w=1200&amp;h=630&amp;fit=fill" % (space, entry_id(), hx(32), mp13.medium_slug(art["caption"], 40).lower())
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "dateModified": iso, "url": url,
                     "articleSection": sec, "inLanguage": c["html_lang"],
                     "author": [{"@type": "Person", "name": art["byline"], "url": "%s/authors/%s/" % (host, author_slug)}],
                     "publisher": {"@type": "NewsMediaOrganization", "name": site, "logo": {"@type": "ImageObject", "url": host + "/icons/icon-512x512.png"}}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    build_hash = hx(20)
    chunks = {k: hx(20) for k in ("webpack-runtime", "framework", "app", "component")}
    comp = "component---src-templates-article-tsx"
    sq = [rng.randint(10**8, 10**10) for _ in range(3)]
    cbid = "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))
    css = hx(20)
    return f'''<!DOCTYPE html><html lang="{c["html_lang"]}"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.7"/><title data-gatsby-head="true">{E(art["title"])} | {E(site)}</title><meta name="description" content="{A(art["sub"])}" data-gatsby-head="true"/><meta property="og:title" content="{A(art["title"])}" data-gatsby-head="true"/><meta property="og:description" content="{A(art["sub"])}" data-gatsby-head="true"/><meta property="og:type" content="article" data-gatsby-head="true"/><meta property="og:url" content="{url}" data-gatsby-head="true"/><meta property="og:image" content="{og_img}" data-gatsby-head="true"/><meta property="og:locale" content="{c["og_locale"]}" data-gatsby-head="true"/><meta property="og:site_name" content="{A(site)}" data-gatsby-head="true"/><meta name="twitter:card" content="summary_large_image" data-gatsby-head="true"/><link rel="canonical" href="{url}" data-gatsby-head="true"/><script type="application/ld+json" data-gatsby-head="true">{ld}</script><style data-href="/styles.{css}.css" data-identity="gatsby-global-css">:root{{--star-ink:#16181d;--star-red:#c8102e;--star-paper:#fbfaf7}}html{{-webkit-text-size-adjust:100%}}body{{margin:0;background:var(--star-paper);color:var(--star-ink);font-family:Georgia,serif}}.{cm("article", "body")} p{{font-size:1.125rem;line-height:1.6}}.{cm("header", "header")}{{border-bottom:4px solid var(--star-red)}}.gatsby-image-wrapper{{position:relative;overflow:hidden}}.gatsby-image-wrapper picture.object-fit-polyfill{{position:static!important}}.gatsby-image-wrapper img{{bottom:0;height:100%;left:0;margin:0;max-width:none;padding:0;position:absolute;right:0;top:0;width:100%;object-fit:cover}}.gatsby-image-wrapper-constrained{{display:inline-block;vertical-align:top}}</style><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="{cbid}" data-blockingmode="auto" type="text/javascript"></script><link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><link rel="icon" href="/favicon-32x32.png?v={hx(32)}" type="image/png"/><link rel="manifest" href="/manifest.webmanifest" crossorigin="anonymous"/><link as="script" rel="preload" href="/webpack-runtime-{chunks["webpack-runtime"]}.js"/><link as="script" rel="preload" href="/framework-{chunks["framework"]}.js"/><link as="script" rel="preload" href="/app-{chunks["app"]}.js"/><link as="script" rel="preload" href="/{comp}-{chunks["component"]}.js"/><link as="fetch" rel="preload" href="/page-data{path}page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/sq/d/{sq[0]}.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/sq/d/{sq[1]}.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><a class="{cm("layout", "skipLink")}" href="#main">{E(c["skip"])}</a><header class="{cm("header", "header")}"><div class="{cm("header", "inner")}"><a class="{cm("header", "logo")}" href="/" aria-label="{A(site)}"><svg viewBox="0 0 320 48" width="320" height="48" role="img" aria-hidden="true"><use href="#logo-wordmark"></use></svg></a><button type="button" class="{cm("header", "menuButton")}" aria-expanded="false" aria-controls="site-menu"><span class="{cm("header", "burger")}"></span>{E(c["menu"])}</button><nav id="site-menu" class="{cm("header", "nav")}" aria-label="{A(c["nav_label"])}"><ul class="{cm("header", "navList")}">{nav}</ul></nav><div class="{cm("header", "actions")}"><a class="{cm("header", "epaper")}" href="/e-edition/">{E(s["buttons"][0])}</a><a class="{cm("header", "subscribe")}" href="/subscribe/">{E(s["buttons"][1])}</a><form class="{cm("header", "search")}" role="search" action="/search/" method="get"><input type="search" name="q" placeholder="{A(c["search"])}" aria-label="{A(c["search"])}"/></form></div></div></header><main id="main" class="{cm("layout", "main")}"><article class="{cm("article", "article")}"><header class="{cm("article", "header")}"><a class="{cm("article", "kicker")}" href="/{sec_slug}/">{E(sec)}</a><h1 class="{cm("article", "title")}">{E(art["title"])}</h1><p class="{cm("article", "standfirst")}">{E(art["sub"])}</p><div class="{cm("byline", "byline")}"><span class="{cm("byline", "author")}">{E(c["by"])} <a href="/authors/{author_slug}/">{E(art["byline"])}</a></span><time class="{cm("byline", "time")}" dateTime="{iso}">{E(shown)}</time><span class="{cm("byline", "read")}">{E(c["read"].replace("{m}", str(mins)))}</span></div></header><figure class="{cm("article", "lead")}">{lead}<figcaption class="{cm("article", "caption")}">{E(art["caption"])} <span class="{cm("article", "credit")}">{E(art["credit"])}</span></figcaption></figure><div class="{cm("article", "body")} {cm("rich-text", "richText")}">{body}</div><ul class="{cm("article", "tags")}"><li><a href="/{sec_slug}/">{E(sec)}</a></li></ul><div class="{cm("share", "share")}"><p class="{cm("share", "title")}">{E(s["share_title"])}</p><ul class="{cm("share", "list")}">{share}</ul><button type="button" class="{cm("share", "copy")}" data-url="{url}">{E(c["copy"])}</button></div><section class="{cm("related", "related")}"><h2 class="{cm("related", "heading")}">{E(s["related_title"])}</h2><ul class="{cm("related", "list")}">{related}</ul></section></article><aside class="{cm("layout", "sidebar")}"><section class="{cm("most-read", "mostRead")}"><h2 class="{cm("most-read", "heading")}">{E(s["popular_title"])}</h2><ol class="{cm("most-read", "list")}">{popular}</ol></section><section class="{cm("newsletter", "signup")}"><h2 class="{cm("newsletter", "heading")}">{E(s["nl_title"])}</h2><p class="{cm("newsletter", "text")}">{E(s["nl_text"])}</p><form class="{cm("newsletter", "form")}" action="/api/newsletter" method="post"><label class="{cm("newsletter", "label")}" for="nl-email">{E(c["email_label"])}</label><input id="nl-email" type="email" name="email" required=""/><button type="submit" class="{cm("newsletter", "button")}">{E(s["nl_button"])}</button></form></section></aside></main><footer class="{cm("footer", "footer")}"><nav aria-label="{A(c["footer_label"])}"><ul class="{cm("footer", "links")}">{footer_links}</ul></nav><p class="{cm("footer", "note")}">{E(s["footer_note"])}</p><p class="{cm("footer", "copyright")}">© {y} {E(site)}</p></footer></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>{IMAGE_SCRIPT}<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="{c["html_lang"]}" dir="ltr" class="CybotCookiebotDialogActive CybotEdge" data-template="slideup"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogPoweredbyCybot"><a href="https://www.cookiebot.com/" target="_blank" rel="noopener nofollow" aria-label="{A(c["cb_powered"])}"></a></div></div><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">{E(c["cb_title"])}</h2><div id="CybotCookiebotDialogBodyContentText">{E(ui["cookie"])}</div></div><div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtonsWrapper"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">{E(ui["reject"])}</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton">{E(c["cb_custom"])}</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">{E(ui["accept"])}</button></div></div></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="{build_hash}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={{"app":["/app-{chunks["app"]}.js"],"{comp}":["/{comp}-{chunks["component"]}.js"]}};/*]]>*/</script><script src="/webpack-runtime-{chunks["webpack-runtime"]}.js" async></script><script src="/framework-{chunks["framework"]}.js" async></script><script src="/app-{chunks["app"]}.js" async></script></body></html>
'''

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"gatsby": ["readmore", "caption", "ad"]}  # the teaser entry, the embedded picture, the ad slot
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "reservoir", "exhibitions", "parking"]
NEW_FAMILIES = ["reservoir", "exhibitions", "parking"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"reservoir": ["reservoir level", "reservoir stock", "water-restriction", "water restriction",
                                  "restriction stage", "stage of restrictions", "water-use restriction"],
                    "exhibitions": ["exhibition listing", "exhibitions on now", "plan your visit", "museum listing",
                                    "gallery listing", "closing soon"],
                    "parking": ["penalty charge", "parking fine", "parking-penalty", "parking penalty",
                                "notice-number", "notice number", "challenge a penalty"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's or neighbours' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a council's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none needed in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="thirdparty-consent-gate"><p class="thirdparty-consent-gate__why">%s</p><button class="thirdparty-consent-gate__allow" type="button">Allow</button></div>',
               '<p class="consent-missing-line">%s</p>', '<p><em>%s</em></p>'],
    "newsletter": ['<div class="teatime-bulletin-box"><p class="teatime-bulletin-box__pitch">%s</p><a class="teatime-bulletin-box__join" href="/tonight">&#8594;</a></div>',
                   '<p class="subscriber-gate-note">%s</p>', '<h4 class="teatime-bulletin-hd">%s</h4>', '<p><b><a href="/back-us">%s</a></b></p>'],
    "share": ['<ul class="forward-to-nets">{items}</ul>', '<div class="pass-along-ask">%s</div>', '<p><a href="#pass-along">%s</a></p>'],
    "photo": ['<p class="pic-permission-line">%s</p>', '<span class="pic-permission-chip">%s</span>', '<p><small><i>%s</i></small></p>'],
    "copyright": ['<p class="ownership-notice-line">%s</p>', '<div class="ownership-notice-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="from-desk-label">%s</p>', '<h5 class="from-desk-hd">%s</h5>', '<p><strong>%s</strong></p>'],
    "symbol": ['<p class="section-glyph-break">%s</p>', '<div class="section-glyph-row">%s</div>', '<p style="text-align:center;">%s</p>'],
    "credit": ['<p class="citydesk-credit-line">%s</p>', '<div class="picdesk-credit-row">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="repeated-title-para"><strong>%s</strong></p>', '<h2 class="repeated-title-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-break-marker">%s</div>', '<p class="sponsor-break-txt">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="rest-of-story-cta"><a href="#more-text">%s</a></p>', '<div class="expand-article-toggle">%s</div>', '<p><a href="#more-text">%s</a></p>'],
    "comments": ['<p class="comment-total-anchor"><a href="#reader-talk">%s</a></p>', '<div class="comment-total-bubble">%s</div>', '<p><a href="#reader-talk">%s</a></p>'],
    "readtime": ['<p class="est-read-time">%s</p>', '<span class="est-read-time-chip">%s</span>', '<p><em>%s</em></p>'],
    "updated": ['<p class="revision-note-stamp"><time>%s</time></p>', '<div class="revision-trail-row">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="speech-playback-bar"><button class="speech-playback-bar__btn" aria-label="Play"></button><span class="speech-playback-bar__txt">%s</span></div>',
              '<p class="speech-playback-link"><a href="#tts">%s</a></p>', '<p><a href="#tts">%s</a></p>'],
    "correction": ['<aside class="erratum-panel-box"><p>%s</p></aside>', '<p class="figure-fixed-note"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "app": ['<div class="get-app-banner-strip"><p class="get-app-banner-strip__copy">%s</p><a class="get-app-banner-strip__dl" href="/get-the-app">&#8595;</a></div>',
            '<p class="app-download-inline">%s</p>', '<p><b>%s</b></p>'],
    "bio": ['<div class="reporter-endnote"><p class="reporter-endnote__txt">%s</p></div>', '<p class="reporter-endnote-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="tipoff-hotline-box"><p class="tipoff-hotline-box__txt">%s</p></div>', '<p class="tipoff-hotline-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="report-typo-hint"><p>%s</p></div>', '<p class="report-typo-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="breaking-optin-prompt"><p class="breaking-optin-prompt__q">%s</p></div>', '<p class="breaking-optin-line">%s</p>', '<p><strong>%s</strong></p>'],
    "print": ['<ul class="article-tools-strip">{items}</ul>', '<p class="printable-page-anchor"><a href="?view=print">%s</a></p>',
              '<p><a href="?view=print">%s</a></p>'],
    "feedback": ['<div class="usefulness-check-box"><p class="usefulness-check-box__q">%s</p></div>', '<p class="usefulness-check-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="regulator-code-note"><p>%s</p></div>', '<p class="regulator-code-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="tag-follow-bar"><span class="tag-follow-bar__txt">%s</span></div>', '<p class="tag-follow-note">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="later-list-toggle"><a class="later-list-toggle__btn" href="#reading-list">%s</a></div>',
                 '<p class="later-list-anchor"><a href="#reading-list">%s</a></p>', '<p><a href="#reading-list">%s</a></p>'],
    "poll": ['<div class="snap-vote-box"><p class="snap-vote-box__q">%s</p><button class="snap-vote-box__go" type="button">&#10003;</button></div>',
             '<h5 class="snap-vote-heading">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/G{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/G{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-click-poster"><a class="yt-click-poster__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="photo-strip-opener"><a class="photo-strip-opener__link" href="#picture-set">%s</a></div>',
                '<p class="photo-strip-total">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="openmap-embed-box"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="openmap-embed-box__links">%s</p></div>',
            '<figure class="locator-map-still"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="cal-export-options">{items}</ul>', '<p class="cal-file-anchor"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="cal-save-strip"><span class="cal-save-strip__label">%s</span></div>'],
    "scores": ['<div class="scores-centre-link"><a class="scores-centre-link__main" href="/sport/scores">%s</a></div>',
               '<ul class="scores-centre-tabs">{items}</ul>', '<p><a href="/sport/scores"><b>%s</b></a></p>'],
    # the three families new in this part ({resrows} / {restable}: reservoir stocks; {waterrules}: what is allowed;
    # {exhibdl} / {exhibtable}: exhibitions; {pcnrows}: what a penalty costs)
    "reservoir": ['<div class="reservoir-gauge-card"><h4 class="reservoir-gauge-card__hd">%s</h4><ul class="reservoir-gauge-card__levels">{resrows}</ul></div>',
                  '<div class="water-dos-donts"><p class="water-dos-donts__link"><a href="/water/restrictions">%s</a></p><ul class="water-dos-donts__list">{waterrules}</ul></div>',
                  '<p class="restriction-stage-pill"><span class="restriction-stage-pill__dot" aria-hidden="true"></span> %s</p>',
                  '<table class="reservoir-stock-table"><caption>%s</caption>{restable}</table>'],
    "exhibitions": ['<div class="whats-on-exhibits"><h4 class="whats-on-exhibits__hd">%s</h4><dl class="whats-on-exhibits__list">{exhibdl}</dl></div>',
                    '<p class="visit-planner-link"><a href="/culture/plan-your-visit">%s</a></p>',
                    '<table class="closing-soon-shows"><caption>%s</caption>{exhibtable}</table>',
                    '<p class="museum-entry-note"><small>%s</small></p>'],
    "parking": ['<p class="pcn-pay-challenge"><a href="/parking/penalty-charge-notices">%s</a></p>',
                '<form class="pcn-lookup-box" action="/parking/pcn" method="get"><label class="pcn-lookup-box__label" for="pcn-{k}">%s</label><input id="pcn-{k}" type="text" name="pcn" maxlength="10"><button type="submit">&#8250;</button></form>',
                '<div class="parking-payline-bar"><span class="parking-payline-bar__icon" aria-hidden="true">&#9742;</span> <span class="parking-payline-bar__txt">%s</span></div>',
                '<table class="pcn-charge-steps"><caption>%s</caption>{pcnrows}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/tonight"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-along">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "parking": (0.4, ['<br><a href="/parking/penalty-charge-notices"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# "pay or challenge" link, not the notice-number box, the payment line or the costs table)
INLINE_WORDING = {"newsletter": 0, "parking": 0}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="second-pic-insert"><img src="/media/{id}-second.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-b.jpg" alt="" width="640"><br><em>{cap} – {cr}</em></p>']
RELATED_STYLES = ['<div class="missed-these-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="news-also-aside"><p class="news-also-aside__hd">%s</p><ul>%s</ul></aside>',
                  '<h5>%s</h5>\n<ul>%s</ul>']


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




def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    head = RESERVOIR_HEAD[lang]
    return (style.replace("{resrows}", "".join('<li><span class="reservoir-gauge-card__name">%s</span> <meter class="reservoir-gauge-card__meter" min="0" max="100" value="%s"></meter> <span class="reservoir-gauge-card__pct">%s</span></li>'
                                               % (esc(a), re.sub(r"\D", "", b), esc(b)) for a, b, _ in RESERVOIR_ROWS[lang]))
            .replace("{restable}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in RESERVOIR_ROWS[lang]))
            .replace("{waterrules}", "".join('<li class="water-dos-donts__%s"><span aria-hidden="true">%s</span> %s</li>'
                                             % ("yes" if a == "✓" else "no", a, esc(b)) for a, b in WATER_RULES[lang]))
            .replace("{exhibdl}", "".join("<dt>%s</dt><dd>%s · %s</dd>" % (esc(a), esc(b), esc(c)) for a, b, c in EXHIB_ROWS[lang]))
            .replace("{exhibtable}", "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in EXHIB_ROWS[lang]))
            .replace("{pcnrows}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in PCN_ROWS[lang])))

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
            put(mid, rng.choice(CAPTION_STYLES).format(id=art["id"], cap=E(art["caption"]), cr=E(art["credit"])))
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
            idx, text = pick(rng, fam, lang, site, art, KIND_WORDING.get((art.get("kind"), fam)))
        pos = {"section": rng.choice([0, 0, mid]), "credit": rng.choice([0, n]), "copyright": n,
               "share": rng.choice([mid, n]), "photo": rng.choice([0, mid]), "comments": rng.choice([0, n]),
               "readtime": 0, "updated": rng.choice([0, n]), "audio": rng.choice([0, mid]),
               "correction": rng.choice([0, n]), "app": rng.choice([mid, n]), "bio": n,
               "tip": rng.choice([mid, n]), "typo": n, "push": rng.choice([0, mid]),
               "print": rng.choice([0, n]), "moderation": n, "feedback": n, "standards": rng.choice([0, n]),
               "topics": n, "bookmark": rng.choice([0, n]), "poll": rng.choice([mid, n]), "embed": mid,
               "gallery": rng.choice([0, mid]), "map": mid, "calendar": rng.choice([mid, n]),
               "scores": rng.choice([0, mid, n]), "reservoir": rng.choice([0, mid, n]),
               "exhibitions": rng.choice([mid, n, n]), "parking": rng.choice([0, mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" – "):
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
                            lang, rng, art)
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
DROPCAP = {"gatsby": ("span", '<span class="%s">%%s</span>' % cm("rich-text", "dropCap")),  # the renderer's first-letter span
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gatsby": ("wrap", '<div class="%s" data-entry-type="infoBox">' % cm("embedded-entry", "infoBox"), "</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>")}
FACTBOX = {"gatsby": ("wrap", '<aside class="%s" data-entry-type="factBox">' % cm("embedded-entry", "factBox"), "</aside>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌱</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"gatsby": ('<mark class="%s">' % cm("rich-text", "marker"), "</mark>"), "quintype": ('<mark>', "</mark>")}

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
# templates: gatsby is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"gatsby": tpl_gatsby, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h46), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "gatsby"


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
            rng = random.Random("newsflow-heldout48-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI48[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 47) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h46), labels, furniture strings,
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
                       mp39.R, [v for v in mp39.SITE_STRINGS.values()], mp39.IBEXA, mp39.UI_NEW, mp39.TEASERS,
                       mp39.AIR_ROWS, mp39.FLIGHT_ROWS, mp39.OUTAGE_ROWS, mp39.FLIGHT_HEAD, mp39.OUTAGE_HEAD,
                       mp40.R, [v for v in mp40.SITE_STRINGS.values()], mp40.STATAMIC, mp40.UI_NEW, mp40.TEASERS,
                       mp40.SCHOOL_ROWS, mp40.QUAKE_HEAD, mp40.QUAKE_ROWS, mp40.WAIT_ROWS,
                       mp41.R, [v for v in mp41.SITE_STRINGS.values()], mp41.SS, mp41.UI_NEW, mp41.TEASERS,
                       mp41.HYGIENE_NEAR, [v for _, v in mp41.WIDGET_ROWS],
                       mp42.R, [v for v in mp42.SITE_STRINGS.values()], mp42.PW, mp42.UI_NEW, mp42.TEASERS,
                       [v for _, v in mp42.WIDGET_ROWS],
                       mp43.R, [v for v in mp43.SITE_STRINGS.values()], mp43.CONCRETE, mp43.UI_NEW, mp43.TEASERS,
                       [v for _, v in mp43.WIDGET_ROWS], mp43.POWER_EXTREMES,
                       mp44.R, [v for v in mp44.SITE_STRINGS.values()], mp44.LR, mp44.UI_NEW, mp44.TEASERS,
                       [v for _, v in mp44.WIDGET_ROWS],
                       mp45.R, [v for v in mp45.SITE_STRINGS.values()], mp45.NEOS, mp45.UI_NEW, mp45.TEASERS,
                       [v for _, v in mp45.WIDGET_ROWS], mp45.DEPART_MIN,
                       mp46.R, [v for v in mp46.SITE_STRINGS.values()], mp46.MGNL, mp46.UI_NEW, mp46.TEASERS,
                       [v for _, v in mp46.WIDGET_ROWS],
                       # and any widget rows, listings or cells of any earlier part, whatever their names
                       [getattr(m, nm) for m in EARLIER_MODULES for nm in dir(m)
                        if re.search(r"_(ROWS|HEAD|LISTINGS|CELLS|DATES)$", nm)],
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
    # layouts: gatsby (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h45 or h46 gave it
    for mod in LANG_PARTS:
        langs_then = {(a["tpl"], a["lang"]) for a in mod.ARTICLES}
        problems.extend("%s: %s in %s, as in %s" % (a["id"], a["tpl"], a["lang"], mod.__name__) for a in ARTICLES
                        if (a["tpl"], a["lang"]) in langs_then)
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = [PART + "-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the gatsby pages: a site of GATSBY, a section of the site's menu, an inset picture; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "gatsby" and (a.get("site") not in GATSBY or a["lang"] not in GATSBY_CORE
                                     or a["section"] not in GATSBY[a["site"]]["menu"] or not a.get("inset")):
            problems.append("%s: gatsby page needs a Gatsby site, a menu section and an inset" % a["id"])
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
    # ... nor described in an earlier part's docstring
    for mod in (mp,) + EARLIER_MODULES:
        doc = (mod.__doc__ or "").lower()
        problems.extend("family %s already described in %s (%r)" % (f, mod.__name__, k) for f, keys in NEW_FAMILY_WORDS.items()
                        for k in keys if k in doc)
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
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    gatsby_sites = [{k: v for k, v in d.items() if k not in GATSBY_EXEMPT} for d in GATSBY.values()]
    # (GATSBY_CORE, the platform's and the starter's generic strings, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("GATSBY", gatsby_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)):
                continue
            problems.extend((PART + " %s reuses %r") % (name, x) for x in sorted(_sentences(s) & old))
    for art in ARTICLES:
        if art.get("correction"):
            problems.extend("%s: correction reuses %r" % (art["id"], x) for x in sorted(_sentences(art["correction"]) & old))
    # new wrapper class names
    old_classes = set()
    for mod in EARLIER_MODULES:
        for nm in ("STYLES", "CAPTION_STYLES", "RELATED_STYLES", "CORRECTION_STYLES", "TIKTOK_STYLE"):
            old_classes |= _class_names(getattr(mod, nm, []))
    problems.extend((PART + " class name %r used by an earlier part") % x
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
    the pages only (truth.json does not hold this part's entries yet) and says so."""
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
              "(truth.json not checked: this part is not merged by make_pages.py yet)")
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
