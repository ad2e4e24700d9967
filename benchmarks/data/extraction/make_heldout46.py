#!/usr/bin/env python3
"""Forty-sixth held-out part (h46-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout46.py           # write pages/h46-*.html
    python benchmarks/data/extraction/make_heldout46.py --check   # verify pages/h46-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout46.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout45.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h46_en.py / articles_h46_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: winter road gritting-status widgets on stories about snow, ice, frost and roads -- the
treated routes with the time each run finished in a card or a table, the time of the next run, the "see the
gritting map" link, the salt-bin line --, swimming-pool and leisure-centre session timetables on stories about
pools, sport and leisure centres -- today's lane, family, lessons and aqua-fit sessions with their times, the "book
a session" link, the booking-required line --, and hospital visiting-hours panels on stories about hospitals, wards
and care homes -- visiting times by ward in a panel, a table or a definition list, the visitors-per-bed rule, the
"check before you travel" line --), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..44, nor their labels, furniture strings, headlines or
site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a
"new" family is already in an earlier pool, family list, template family or docstring, if a story paragraph or
headline of an earlier part recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.
Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: gritting widgets on black ice on English moor
roads, a Turkish district's night of snow and salting, freezing rain in a German district and a Russian city's
snowfall; session timetables on an English leisure centre's refitted pool (an interview with its manager), a German
indoor pool reopened after two years, a Swiss-French covered pool with a new outdoor basin and a Spanish village's
summer pool (an interview with its coordinator); visiting-hours panels on a Swiss regional hospital dropping fixed
visiting slots, a Turkish state hospital's new visiting rules, a German intensive care unit open to relatives round
the clock (an interview) and a Spanish county hospital's ICU.  Earlier families that need a reason in the story are
placed the same way (a map on a commune's book boxes, a calendar row on a village hall's spring diary, a gallery on a
photography prize, score-centre links on a county-cup tie and a handball promotion); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": a commune, a village
or neighbourhood site, an independent publication on a platform); a correction box goes only on a story that was
corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars and widgets,
bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, definition lists and tables, and, for a
few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the "book a
session" link) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps, whole
paragraphs in bold or italics, a highlighted sentence, a paragraph in a coloured box, a fact box holding a subheading
and its list (visiting rules in English and Spanish, a pool's new features in French), a Ghost callout card; story
structures that look like furniture but are the story: question-and-answer interviews (bold questions, some of one
or two words, in English, Turkish, German, Spanish and Russian), lists inside the story (closed roads, visiting rules,
a bus timetable, a village hall's diary, book-box locations), crossheads as headings and as bold paragraphs, one-line
quotes and short one-line paragraphs, a closing line with practical information, and story sentences that mention
furniture words in ordinary reporting ("subscriptions cost nothing" opening a story about a parish newsletter that
ends with where to pick up copies, "cookies" opening an essay about a cookie stall, a photographer who did not share
her photos online, fans who followed a match on club radio, a municipal app to sign up for swimming lessons, a
phone to keep on silent), some at the start or end of the story where furniture usually sits.  Two pages carry no
residue at all and one only its correction line.
One page layout is new (magnolia: a Magnolia CMS 6 site as a Swiss-style regional news portal serves it, on two
pages, an English and a French one: the FreeMarker-rendered page template with the page's cms:page comment, the
theme's and the site module's resources under /.resources/<module>/webresources/ with Magnolia's ~cache fingerprints,
the consent banner, the header area (logo, the site's navigation, language switch, search) and its cms:area comment;
the main area holding the kicker, h1, lead and byline of the article template and the article's own "content" area
of components, each with its cms:component comment: text-image components holding the story's paragraphs and lists
(a subheading starts a new text-image component as its headline; the mid-story text-image carries the second picture
with its caption and credit), a quote component, the site module's inline teaser and html-snippet components (the
HTML editors pasted), then a link-list component of related stories, the share bar and tags; the extras area with a
"most read" link-list, a promo teaser and the newsletter form; the footer area with its link-list and the site
module's imprint line).  The platform's generic strings (MGNL_CORE, per language) are left as developers leave them
and not checked; the sites' own strings (MGNL: menus, buttons, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h43 or h44 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI46) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout44.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout39 as mp39  # noqa: E402
import make_heldout40 as mp40  # noqa: E402
import make_heldout41 as mp41  # noqa: E402
import make_heldout42 as mp42  # noqa: E402
import make_heldout43 as mp43  # noqa: E402
import make_heldout44 as mp44  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h46_en import ARTICLES as H46_EN  # noqa: E402
from articles_h46_intl import ARTICLES as H46_INTL  # noqa: E402

ARTICLES = H46_EN + H46_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44)
# parts whose layouts' languages this part avoids (the two before it; h45 is written at the same time)
LANG_PARTS = (mp43, mp44)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h46"

# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Harrowdale Dispatch", "Fenmoor Evening Lantern", "Carrow & Mill Meadow Echo", "Oxton Vale Chronicle",
           "Kenmouth Estuary Herald", "Helmsford and Arden Observer"],
    "tr": ["Karaçam Haber Postası", "Sarıçay Gazetesi Bugün"],
    "de": ["Fellbrunner Kreisblatt", "Lindenauer Tagespost", "Mettenbacher Landbote"],
    "fr": ["Le Petit Montalbertin"],
    "es": ["Valdelinares Hoy Digital", "El Eco de Navalcarral", "Gaceta de San Lorenzo del Río"],
    "ru": ["Верхнеозёрский курьер", "Мичуринский квартал", "Зареченская нива"],
}
# sites fixed per page (the regional portals on Magnolia, a commune on Drupal, a neighbourhood site on Ghost, a village
# website on uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h44 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This audio clip stays silent until you switch on social media cookies", "Accept embedded-content cookies to see the reporter's map of the area ›"],
        "tr": ["Sosyal medya çerezlerini açana kadar bu ses kaydı oynatılamıyor", "Muhabirimizin bölge haritasını görmek için gömülü içerik çerezlerini kabul edin ›"],
        "de": ["Dieser Audiobeitrag bleibt stumm, bis Sie Social-Media-Cookies einschalten", "Cookies für eingebettete Inhalte akzeptieren, um die Karte unserer Reporterin zu sehen ›"],
        "fr": ["Cet extrait sonore reste muet tant que les cookies réseaux sociaux sont coupés", "Acceptez les cookies de contenus intégrés pour voir la carte de notre journaliste ›"],
        "es": ["Este audio no sonará hasta que actives las cookies de redes sociales", "Acepta las cookies de contenido incrustado para ver el mapa de nuestra periodista ›"],
        "ru": ["Этот аудиофрагмент не включится, пока вы не разрешите cookie соцсетей", "Примите cookie встроенного контента, чтобы увидеть карту нашего корреспондента ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The {site} lunchtime round-up lands at 12.30: the valley's news in ten minutes.",
               "You have two free stories left this month. Subscribers read without limits from 99p",
               "No billionaire owns us. Our readers do: chip in from £4 a month"],
        "tr": ["{site} öğle özeti saat 12.30'da gelir: vadinin haberleri on dakikada.",
               "Bu ay yalnızca iki ücretsiz haber okuyabilirsiniz. Aboneler 19 liradan başlayan fiyatla sınırsız okur",
               "Hiçbir patronun gazetesi değiliz, okurlarımızın gazetesiyiz: ayda 40 liradan destek olun"],
        "de": ["Die Mittagsrunde von {site} kommt um 12.30 Uhr: die Nachrichten aus dem Tal in zehn Minuten.",
               "Sie haben diesen Monat noch zwei freie Artikel. Abonnenten lesen ohne Grenzen ab 99 Cent",
               "Uns gehört kein Milliardär, uns gehören unsere Leser: Unterstützen Sie uns ab 4 Euro im Monat"],
        "fr": ["Le tour de midi de {site} arrive à 12 h 30 : l'actualité de la vallée en dix minutes.",
               "Plus que deux articles offerts pour ce mois-ci. Les abonnés lisent sans limite dès 99 centimes",
               "Aucun milliardaire ne nous possède, nos lecteurs si : soutenez-nous dès 4 € par mois"],
        "es": ["El resumen del mediodía de {site} llega a las 12.30: las noticias del valle en diez minutos.",
               "Te quedan dos noticias gratis este mes. Los suscriptores leen sin límite desde 99 céntimos",
               "No somos de ningún millonario, somos de nuestros lectores: apóyanos desde 4 € al mes"],
        "ru": ["Обеденная сводка «{site}» приходит в 12:30: новости долины за десять минут.",
               "В этом месяце у вас осталось две бесплатные статьи. Подписчики читают без ограничений от 49 рублей",
               "У нас нет хозяина-миллиардера, у нас есть читатели: поддержите редакцию от 200 рублей в месяц"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send it on: WhatsApp · Nextdoor · Facebook · Copy the link", "Know someone who drives this road every day? Send them this"],
        "tr": ["Bu haberi gönderin: WhatsApp · Facebook · Telegram · Bağlantıyı kopyala", "Her gün bu yolu kullanan birini tanıyor musunuz? Bunu ona gönderin"],
        "de": ["Diesen Artikel senden: WhatsApp · Facebook · Signal · Link kopieren", "Kennen Sie jemanden, den das betrifft? Schicken Sie es ihm"],
        "fr": ["Envoyer cet article : WhatsApp · Facebook · Signal · Copier le lien", "Vous connaissez quelqu'un que ça concerne ? Envoyez-lui ce lien"],
        "es": ["Envía esta noticia: WhatsApp · Facebook · Telegram · Copiar enlace", "¿Conoces a alguien a quien le afecte? Mándale este enlace"],
        "ru": ["Переслать: Telegram · WhatsApp · ВКонтакте · Копировать адрес", "Знаете соседа, которого это касается? Отправьте ему ссылку"],
    },
    "photo": {
        "en": ["Image supplied by the event's organisers", "Photo taken by a reader and sent to our newsroom"],
        "tr": ["Fotoğraf düzenleyicilerin izniyle kullanılmıştır", "Bir okurumuzun çekip haber merkezimize gönderdiği fotoğraf"],
        "de": ["Foto: zur Verfügung gestellt von den Veranstaltern", "Ein Leser hat dieses Foto gemacht und der Redaktion geschickt"],
        "fr": ["Photo avec l'aimable autorisation des organisateurs", "Cliché pris par un lecteur et envoyé à la rédaction"],
        "es": ["Foto facilitada por los organizadores del acto", "Foto hecha por un lector y enviada a la redacción"],
        "ru": ["Снимок прислали организаторы мероприятия", "Снимок сделал читатель и прислал в редакцию"],
    },
    "copyright": {
        "en": ["All rights in this report are held by {site}. Syndication enquiries go to our picture and content desk."],
        "tr": ["Bu haberin tüm hakları {site}'a aittir. Kullanım talepleri için içerik masamıza yazın."],
        "de": ["Alle Rechte an diesem Bericht liegen bei {site}. Anfragen zur Weiterverwendung an unseren Content-Desk."],
        "fr": ["Droits de ce reportage réservés : {site}. Pour toute reprise, contactez notre service contenus."],
        "es": ["Todos los derechos de este reportaje pertenecen a {site}. Para reproducirlo, contacta con nuestra mesa de contenidos."],
        "ru": ["Все права на этот материал принадлежат «{site}». По вопросам перепечатки обращайтесь в отдел контента."],
    },
    "section": {
        "en": ["Latest in {section}", "Back to the {section} page ›"],
        "tr": ["{section} kategorisinde en yeniler", "{section} ana sayfasına geri dönün ›"],
        "de": ["Das Neueste aus {section}", "Zurück zur Seite {section} ›"],
        "fr": ["Le plus récent en {section}", "Retour à la page {section} ›"],
        "es": ["Lo más reciente en {section}", "Volver a la portada de {section} ›"],
        "ru": ["Свежее в рубрике «{section}»", "Назад, на главную раздела «{section}» ›"],
    },
    "related": {
        "en": ["Our editors thought you'd want these too", "Before this story"],
        "tr": ["Editörlerimiz bunları da önerdi", "Bu haberden önce"],
        "de": ["Unsere Redaktion empfiehlt dazu außerdem", "Vor diesem Bericht"],
        "fr": ["La rédaction vous conseille aussi ces articles", "Avant cet article"],
        "es": ["Seleccionadas para ti por la redacción", "Antes de esta noticia"],
        "ru": ["Редакция советует прочитать ещё и это", "До этого материала"],
    },
    "symbol": {"*": ["☙ ☙", "⟢ ⟣ ⟢", "⌑ ⌑ ⌑", "✧ ✦ ✧"]},
    "credit": {
        "en": ["Additional words: {site} valley team", "Pictures and video by {site} staff photographers"],
        "tr": ["Ek bilgiler: {site} vadi ekibi", "Fotoğraf ve video: {site} foto muhabirleri"],
        "de": ["Mitarbeit: Talredaktion von {site}", "Bilder und Video: Fotografen von {site}"],
        "fr": ["Avec la rédaction vallée de {site}", "Images et vidéo : les photographes de {site}"],
        "es": ["Con la colaboración de la redacción comarcal de {site}", "Fotos y vídeo: fotógrafos de {site}"],
        "ru": ["При участии районной редакции «{site}»", "Фото и видео: фотокорреспонденты «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion — article resumes below", "Ad · supporting independent local journalism"],
        "tr": ["Ücretli tanıtım — haber aşağıda devam ediyor", "Reklam · bağımsız yerel gazeteciliğe destek"],
        "de": ["Bezahlte Werbung — der Artikel folgt darunter", "Werbung · für unabhängigen Lokaljournalismus"],
        "fr": ["Promotion payante — l'article reprend plus bas", "Pub · pour un journalisme local indépendant"],
        "es": ["Promoción pagada — la noticia sigue más abajo", "Anuncio · apoya el periodismo local independiente"],
        "ru": ["Платное продвижение — статья продолжается ниже", "Реклама · в поддержку независимой местной журналистики"],
    },
    "continue": {
        "en": ["There's more to this story — keep scrolling ↓", "Open the full report"],
        "tr": ["Haberin devamı var — kaydırmaya devam edin ↓", "Haberin tam metnini açın"],
        "de": ["Da kommt noch mehr — weiter scrollen ↓", "Den vollständigen Bericht öffnen"],
        "fr": ["Ce n'est pas fini — continuez à faire défiler ↓", "Ouvrir le reportage complet"],
        "es": ["Aún hay más — sigue bajando ↓", "Abrir el reportaje completo"],
        "ru": ["Это ещё не всё — листайте дальше ↓", "Открыть материал полностью"],
    },
    "comments": {
        "en": ["Join {n} others in the conversation", "Reader comments: {n} ›"],
        "tr": ["Tartışmaya katılan {n} kişiye siz de katılın", "Okur yorumları: {n} ›"],
        "de": ["Reden Sie mit {n} anderen Lesern mit", "Leserkommentare: {n} ›"],
        "fr": ["Rejoignez les {n} lecteurs qui en discutent", "Réactions des lecteurs : {n} ›"],
        "es": ["Únete a los {n} lectores que ya conversan", "Comentarios de los lectores: {n} ›"],
        "ru": ["Присоединяйтесь к {n} участникам обсуждения", "Комментарии читателей: {n} ›"],
    },
    "readtime": {
        "en": ["About {m} minutes of reading here", "You'll need {m} minutes for this one"],
        "tr": ["Bu yazı için {m} dakikanızı ayırın", "Bunun için {m} dakikaya ihtiyacınız var"],
        "de": ["Lesedauer hier: etwa {m} Minuten", "Dafür brauchen Sie {m} Minuten"],
        "fr": ["Un article de {m} minutes de lecture", "Comptez {m} minutes pour celui-ci"],
        "es": ["Unos {m} minutos de lectura por delante", "Necesitarás {m} minutos para leerla"],
        "ru": ["Материал на {m} минуты чтения", "На чтение уйдёт {m} минуты"],
    },
    "updated": {
        "en": ["This report was brought up to date on {d}, {t}", "Posted {d} · revised at {t}"],
        "tr": ["Haber {d} günü saat {t} itibarıyla yenilendi", "Yayın: {d} · düzenleme: {t}"],
        "de": ["Dieser Bericht wurde am {d} um {t} Uhr auf den neuesten Stand gebracht", "Eingestellt {d} · überarbeitet {t} Uhr"],
        "fr": ["Cet article a été mis à jour le {d}, à {t}", "Publié le {d} · révisé à {t}"],
        "es": ["Esta noticia se puso al día el {d}, a las {t}", "Publicada el {d} · revisada a las {t}"],
        "ru": ["Материал обновлён {d}, в {t}", "Опубликовано {d} · исправлено в {t}"],
    },
    "audio": {
        "en": ["Hear this story read aloud — {m} min", "🔊 Listen instead of reading"],
        "tr": ["Bu haberi sesli dinleyin — {m} dk", "🔊 Okumak yerine dinleyin"],
        "de": ["Diesen Artikel vorlesen lassen — {m} Min.", "🔊 Hören statt lesen"],
        "fr": ["Écouter cet article lu à voix haute — {m} min", "🔊 Écouter plutôt que lire"],
        "es": ["Escucha esta noticia en voz alta — {m} min", "🔊 Escuchar en lugar de leer"],
        "ru": ["Прослушать материал вслух — {m} мин", "🔊 Слушать вместо чтения"],
    },
    "correction": {
        "en": ["Correction: we have corrected a detail in this story since it was published."],
        "tr": ["Düzeltme: Bu haberdeki bir ayrıntıyı yayımlandıktan sonra düzelttik."],
        "de": ["Korrektur: Wir haben ein Detail in diesem Artikel nach Veröffentlichung korrigiert."],
        "fr": ["Correction : nous avons rectifié un détail de cet article après sa publication."],
        "es": ["Corrección: hemos corregido un dato de esta noticia tras su publicación."],
        "ru": ["Исправление: после публикации мы уточнили одну деталь в этом материале."],
    },
    "app": {
        "en": ["Breaking news from the valley, first: get the {site} app", "The {site} app is free on iPhone and Android ›"],
        "tr": ["Vadiden son dakika haberleri önce size: {site} uygulamasını indirin", "{site} uygulaması iPhone ve Android'de ücretsiz ›"],
        "de": ["Eilmeldungen aus dem Tal zuerst: Holen Sie sich die App von {site}", "Die App von {site} gibt es kostenlos für iPhone und Android ›"],
        "fr": ["Les alertes de la vallée en premier : téléchargez l'application {site}", "L'application {site} est gratuite sur iPhone et Android ›"],
        "es": ["Las últimas noticias del valle, antes que nadie: descarga la app de {site}", "La app de {site} es gratis en iPhone y Android ›"],
        "ru": ["Срочные новости долины первыми: скачайте приложение «{site}»", "Приложение «{site}» бесплатно для iPhone и Android ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} and lives in the valley.", "All stories by {by} ›"],
        "tr": ["{by}, {site} için {section} haberlerini takip ediyor ve vadide yaşıyor.", "{by} adlı muhabirimizin öteki haberleri ›"],
        "de": ["{by} berichtet für {site} über {section} und lebt im Tal.", "Mehr Texte aus der Feder von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et vit dans la vallée.", "D'autres papiers signés {by} ›"],
        "es": ["{by} cubre {section} para {site} y vive en el valle.", "Más textos firmados por {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и живёт в долине.", "Другие тексты этого корреспондента ›"],
    },
    "tip": {
        "en": ["Seen something in the dales we should know about? WhatsApp the newsdesk on 07700 900 846", "Your tip could be our next front page"],
        "tr": ["Ekiplerimizin bilmesi gereken bir olaya mı tanık oldunuz? Haber masamıza WhatsApp'tan yazın: 0532 000 08 46", "Sizin ipucunuz bir sonraki manşetimiz olabilir"],
        "de": ["Etwas gesehen, das wir wissen sollten? Schreiben Sie der Redaktion per WhatsApp: 0171 0000846", "Ihr Hinweis könnte unsere nächste Titelgeschichte werden"],
        "fr": ["Vous avez été témoin d'un fait que nos équipes devraient connaître ? Écrivez à la rédaction sur WhatsApp au 06 00 00 08 46", "Votre tuyau fera peut-être notre prochaine une"],
        "es": ["¿Has sido testigo de algo que nuestro equipo debería conocer? Escribe a la redacción por WhatsApp al 600 000 846", "Tu pista puede ser nuestra próxima portada"],
        "ru": ["Стали свидетелем события, о котором нам нужно узнать? Пишите в редакцию в WhatsApp: +7 900 000-08-46", "Ваша подсказка может стать нашей следующей первой полосой"],
    },
    "typo": {
        "en": ["Caught an error in this story? Select the words and press Ctrl+Enter to tell the editors"],
        "tr": ["Haberde bir yanlış mı yakaladınız? İlgili kelimeleri seçip Ctrl+Enter ile editörlere iletin"],
        "de": ["Einen Fehler bemerkt? Text auswählen und mit Strg+Enter an die Redaktion melden"],
        "fr": ["Vous avez repéré une faute dans l'article ? Sélectionnez les mots concernés et prévenez la rédaction avec Ctrl+Entrée"],
        "es": ["¿Un error? Selecciona el texto y avisa a la redacción con Ctrl+Intro"],
        "ru": ["Поймали ошибку в тексте? Выделите нужные слова и сообщите редакции через Ctrl+Enter"],
    },
    "push": {
        "en": ["Get a notification when {site} publishes news from your area? Yes, alert me · Not today"],
        "tr": ["{site} bölgenizden haber yayımladığında bildirim almak ister misiniz? Evet, haber ver · Bugün değil"],
        "de": ["Benachrichtigung erhalten, wenn {site} Neues aus Ihrer Gegend meldet? Ja, Bescheid geben · Heute nicht"],
        "fr": ["Recevoir une notification quand {site} publie une info de votre secteur ? Oui, prévenez-moi · Pas aujourd'hui"],
        "es": ["¿Quieres un aviso cuando {site} publique noticias de tu zona? Sí, avisadme · Hoy no"],
        "ru": ["Получать уведомления, когда «{site}» публикует новости вашего района? Да, сообщать · Не сегодня"],
    },
    "print": {
        "en": ["Print · Download PDF · Send by email", "Print version of this article"],
        "tr": ["Yazdır · PDF indir · E-postayla gönder", "Bu haberin baskı sürümü"],
        "de": ["Drucken · PDF herunterladen · Per E-Mail senden", "Druckversion dieses Artikels"],
        "fr": ["Imprimer · Télécharger le PDF · Envoyer par courriel", "Cet article mis en page pour l'impression"],
        "es": ["Imprimir · Descargar PDF · Enviar por correo", "Esta noticia, lista para imprimir"],
        "ru": ["Печать · Скачать PDF · Отправить по почте", "Материал в формате для печати"],
    },
    "feedback": {
        "en": ["Did this report answer your questions? 👍 · 👎"], "tr": ["Bu haber merak ettiklerinizi karşıladı mı? 👍 · 👎"],
        "de": ["Hat Ihnen dieser Bericht gesagt, was Sie wissen wollten? 👍 · 👎"], "fr": ["Cet article vous a-t-il appris ce que vous vouliez savoir ? 👍 · 👎"],
        "es": ["¿Te ha contado esta noticia lo que querías saber? 👍 · 👎"], "ru": ["Этот материал был полезен? 👍 · 👎"],
    },
    "standards": {
        "en": ["{site} follows the editorial code of the regional press council. Complaints about this article can be sent to our standards editor."],
        "tr": ["{site}, bölgesel basın konseyinin yayın ilkelerine uyar. Bu haberle ilgili şikâyetlerinizi yayın ilkeleri editörümüze iletebilirsiniz."],
        "de": ["{site} folgt dem Redaktionskodex des regionalen Presserats. Beschwerden zu diesem Artikel nimmt unsere Ombudsstelle entgegen."],
        "fr": ["{site} respecte le code rédactionnel du conseil régional de la presse. Les plaintes sur cet article sont à adresser à notre responsable déontologie."],
        "es": ["{site} sigue el código editorial del consejo regional de prensa. Las quejas sobre esta noticia pueden enviarse a nuestra responsable de estándares."],
        "ru": ["«{site}» соблюдает редакционный кодекс регионального совета по прессе. Жалобы на этот материал можно направить редактору по стандартам."],
    },
    "topics": {
        "en": ["More on these topics: {section}, the valley", "Get {section} stories by email ›"],
        "tr": ["Bu konularda daha fazlası: {section}, vadi", "{section} konusunu takip et ›"],
        "de": ["Mehr zu diesen Themen: {section}, das Tal", "{section}-Artikel per E-Mail bekommen ›"],
        "fr": ["Plus sur ces sujets : {section}, la vallée", "Recevoir les articles {section} par courriel ›"],
        "es": ["Más sobre estos temas: {section}, el valle", "Recibe por correo las noticias de {section} ›"],
        "ru": ["Ещё по этим темам: {section}, долина", "Получать материалы рубрики «{section}» на почту ›"],
    },
    "bookmark": {
        "en": ["📌 Pin this article"], "tr": ["📌 Bu haberi sabitle"], "de": ["📌 Artikel anheften"],
        "fr": ["📌 Épingler cet article"], "es": ["📌 Fijar esta noticia"], "ru": ["📌 Закрепить материал"],
    },
    "poll": {
        "en": ["What do you think? Good idea · Bad idea · Don't mind", "Vote to see what other readers said"],
        "tr": ["Sizce bu doğru bir adım mı? İyi fikir · Kötü fikir · Fark etmez", "Diğer okurların ne dediğini görmek için oy verin"],
        "de": ["Was meinen Sie? Gute Idee · Schlechte Idee · Ist mir egal", "Stimmen Sie ab und sehen Sie, was andere sagen"],
        "fr": ["Qu'en pensez-vous ? Bonne idée · Mauvaise idée · Peu importe", "Votez pour voir l'avis des autres lecteurs"],
        "es": ["¿Qué opinas? Buena idea · Mala idea · Me da igual", "Vota para ver qué han dicho otros lectores"],
        "ru": ["А вы как думаете? Хорошая идея · Плохая идея · Мне всё равно", "Результаты откроются после вашего голоса"],
    },
    "embed": {
        "en": ["A post shared by {handle} on Instagram", "Watch on YouTube: {handle}"],
        "tr": ["{handle} tarafından Instagram'da paylaşılan bir gönderi", "YouTube'da izleyin: {handle}"],
        "de": ["Ein von {handle} auf Instagram geteilter Beitrag", "Auf YouTube ansehen: {handle}"],
        "fr": ["Une publication partagée par {handle} sur Instagram", "Regarder sur YouTube : {handle}"],
        "es": ["Una publicación compartida por {handle} en Instagram", "Ver en YouTube: {handle}"],
        "ru": ["Публикация {handle} в Instagram", "Смотреть на YouTube: {handle}"],
    },
    "gallery": {
        "en": ["📸 Open the gallery ({g} photos)", "See the pictures: {g} in this set ›"],
        "tr": ["📸 Galeriyi açın ({g} fotoğraf)", "Fotoğrafları görün: bu albümde {g} kare ›"],
        "de": ["📸 Galerie öffnen ({g} Fotos)", "Die Bilder ansehen: {g} in dieser Serie ›"],
        "fr": ["📸 Ouvrir la galerie ({g} photos)", "Voir les images : {g} dans cette série ›"],
        "es": ["📸 Abrir la galería ({g} fotos)", "Mira las imágenes: {g} en esta serie ›"],
        "ru": ["📸 Открыть галерею ({g} фото)", "Смотреть снимки: {g} в этой подборке ›"],
    },
    "map": {
        "en": ["Open this spot in your map app ›", "© OpenStreetMap · Report a map error"],
        "tr": ["Haritalarda açın ›", "© OpenStreetMap · Harita hatası bildirin"],
        "de": ["Diesen Ort in der Karten-App öffnen ›", "© OpenStreetMap · Kartenfehler melden"],
        "fr": ["Afficher cet endroit dans votre appli de plans ›", "© OpenStreetMap · Signaler une erreur de carte"],
        "es": ["Abrir este punto en tu app de mapas ›", "© OpenStreetMap · Informar de un error en el mapa"],
        "ru": ["Показать это место в навигаторе ›", "© OpenStreetMap · Сообщить об ошибке на карте"],
    },
    "calendar": {
        "en": ["Add these dates: Google Calendar · Outlook · Apple Calendar", "Download these dates (.ics)"],
        "tr": ["Bu tarihleri ekleyin: Google Takvim · Outlook · Apple Takvim", "Bu tarihleri indirin (.ics)"],
        "de": ["Diese Termine eintragen: Google Kalender · Outlook · Apple Kalender", "Diese Termine herunterladen (.ics)"],
        "fr": ["Ajouter ces dates : Google Agenda · Outlook · Calendrier Apple", "Télécharger ces dates (.ics)"],
        "es": ["Añade estas fechas: Google Calendar · Outlook · Calendario de Apple", "Descarga estas fechas (.ics)"],
        "ru": ["Занести в ежедневник: Google · Outlook · iCal", "Скачать эти даты (.ics)"],
    },
    "scores": {
        "en": ["Live scores, tables and cup draws ›", "Fixtures · Results · Tables · Cup"],
        "tr": ["Canlı skorlar, puan tabloları ve kupa kuraları ›", "Fikstür · Sonuçlar · Puan durumu · Kupa"],
        "de": ["Live-Ergebnisse, Tabellen und Pokalauslosungen ›", "Spiele · Resultate · Tabellen · Pokal"],
        "fr": ["Scores en direct, classements et tirages de coupe ›", "Matchs · Résultats · Classements · Coupe"],
        "es": ["Resultados en directo, clasificaciones y sorteos de copa ›", "Partidos · Resultados · Clasificación · Copa"],
        "ru": ["Онлайн-счёт, таблицы и жеребьёвки кубка ›", "Матчи · Результаты · Таблицы · Кубок"],
    },
    # the three families new in this part
    "gritting": {  # gritting-status widgets: the treated routes card, the gritting map link, the runs table, the next run
        "en": ["Gritting update: routes treated today", "See the gritting map ›", "When the gritters last went out",
               "Next run: all priority routes from 6pm tonight"],
        "tr": ["Tuzlama durumu: bugün tuzlanan güzergâhlar", "Tuzlama haritasını görün ›", "Tuzlama araçları en son ne zaman çıktı",
               "Sonraki tur: tüm öncelikli yollar bu akşam 18.00'den itibaren"],
        "de": ["Winterdienst aktuell: heute gestreute Strecken", "Zur Streukarte ›", "Wann die Streufahrzeuge zuletzt unterwegs waren",
               "Nächste Tour: alle Vorrangstrecken ab 18 Uhr"],
        "fr": ["Salage des routes : itinéraires traités aujourd'hui", "Voir la carte du salage ›", "Derniers passages des saleuses",
               "Prochain passage : tous les axes prioritaires dès 18 heures"],
        "es": ["Estado de las carreteras: tramos tratados con sal hoy", "Ver el mapa de tratamiento con sal ›", "Últimas salidas de las quitanieves",
               "Próxima salida: todas las vías prioritarias desde las 18.00"],
        "ru": ["Обработка дорог: улицы, посыпанные сегодня", "Карта обработки дорог ›", "Когда техника выезжала в последний раз",
               "Следующий выезд: все приоритетные маршруты с 18:00"],
    },
    "swimtimes": {  # leisure-centre session timetables: today's sessions, book a session, the timetable, booking line
        "en": ["Today at the pool", "Book a session ›", "Pool timetable for today",
               "Lane swims must be booked online in advance"],
        "tr": ["Bugün havuzda", "Seans rezervasyonu yapın ›", "Bugünün havuz programı",
               "Kulvar seansları önceden internetten ayrılmalıdır"],
        "de": ["Heute im Bad", "Schwimmzeit buchen ›", "Belegungsplan für heute",
               "Bahnenschwimmen bitte vorab online buchen"],
        "fr": ["Aujourd'hui à la piscine", "Réserver un créneau ›", "Planning des bassins du jour",
               "Les créneaux de nage en ligne se réservent à l'avance sur internet"],
        "es": ["Hoy en la piscina", "Reservar una sesión ›", "Horario de la piscina para hoy",
               "El nado libre por calles requiere reserva previa en la web"],
        "ru": ["Сегодня в бассейне", "Записаться на сеанс ›", "Расписание бассейна на сегодня",
               "Сеансы по дорожкам — только по предварительной записи на сайте"],
    },
    "visiting": {  # visiting-hours panels: the panel, check before you travel, the visitors-per-bed rule, the table
        "en": ["Visiting hours", "Check before you travel: visiting can change at short notice ›",
               "Two visitors per bed at any one time", "Visiting times by ward"],
        "tr": ["Ziyaret saatleri", "Yola çıkmadan önce kontrol edin: ziyaret saatleri kısa sürede değişebilir ›",
               "Her yatak başında aynı anda en fazla iki ziyaretçi", "Servislere göre ziyaret saatleri"],
        "de": ["Besuchszeiten", "Vor dem Besuch prüfen: Besuchszeiten können sich kurzfristig ändern ›",
               "Höchstens zwei Besucher pro Bett gleichzeitig", "Besuchszeiten nach Station"],
        "fr": ["Horaires de visite", "Vérifiez avant de vous déplacer : les visites peuvent changer sans préavis ›",
               "Deux visiteurs au maximum par lit", "Horaires de visite par service"],
        "es": ["Horario de visitas", "Consúltalo antes de ir: el horario de visitas puede cambiar sin aviso ›",
               "Dos visitantes por cama como máximo", "Horario de visitas por planta"],
        "ru": ["Часы посещений", "Уточните перед поездкой: часы посещений могут измениться ›",
               "Не более двух посетителей у одной кровати", "Часы посещений по отделениям"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the gritting card is headed by
# its "routes treated today" heading, then the gritting map link, the runs table with its caption and the next-run
# bar; the pool card is headed "today at the pool", then the booking link, the timetable's caption and the booking
# line; the visiting panel is headed "visiting hours", then the check-before-you-travel link, the per-bed badge and
# the wards table's caption
NEW_STYLE_WORDING = {"gritting": [0, 1, 2, 3], "swimtimes": [0, 1, 2, 3], "visiting": [0, 1, 2, 3]}
# a gritting card: route, when it was treated
GRIT_ROWS = {
    "en": [("A684 Thorsby to Skelbridge", "treated 04:10"), ("B6270 Crook Gill to Low Row", "treated 04:55"), ("Harrowdale Road (town centre)", "treated 05:20")],
    "tr": [("Cumhuriyet Caddesi", "04.10'da tuzlandı"), ("Hastane yolu", "04.40'ta tuzlandı"), ("Kızıltepe bağlantı yolu", "05.25'te tuzlandı")],
    "de": [("B 303 Fellbrunn – Wüstenbrunn", "gestreut 03:40"), ("St 2177 Oberkrölitz", "gestreut 04:25"), ("Kreisstraße WUN 8", "gestreut 05:10")],
    "fr": [("Route cantonale Sornaz – Verbières", "salée à 04 h 15"), ("Montée des Prés-du-Lac", "salée à 04 h 50"), ("Col de la Brenaz", "salée à 05 h 30")],
    "es": [("CV-20 Valdelinares – Mosqueruela", "tratada 04:05"), ("Acceso al hospital comarcal", "tratada 04:45"), ("Puerto de Navalcarral", "tratada 05:35")],
    "ru": [("Проспект Строителей", "обработан в 04:10"), ("Улица Мичурина", "обработана в 04:50"), ("Объездная, участок у моста", "обработан в 05:30")],
}
# a gritting runs table: the header, then route, last run, next run
GRIT_HEAD = {"en": ("Treated route", "Finished at", "Out again at"), "tr": ("Tuzlanan güzergâh", "Bitiş saati", "Yeniden çıkış"),
             "de": ("Gestreute Strecke", "Fertig um", "Wieder unterwegs um"), "fr": ("Itinéraire traité", "Terminé à", "Nouveau passage à"),
             "es": ("Tramo tratado", "Terminado a las", "Nueva salida a las"), "ru": ("Обработанный маршрут", "Завершено в", "Новый выезд в")}
GRIT_RUNS = {
    "en": [("Priority 1 routes", "finished 04:10", "out again 18:00"), ("Priority 2 routes", "finished 06:30", "out again 21:00"), ("Footbridges and steps", "finished 07:15", "no run planned tonight")],
    "tr": [("1. öncelikli yollar", "04.10'da bitti", "18.00'de yeniden"), ("2. öncelikli yollar", "06.30'da bitti", "21.00'de yeniden"), ("Merdivenli sokaklar", "07.15'te bitti", "bu gece planlanmadı")],
    "de": [("Vorrangstrecken", "fertig 03:40", "wieder ab 18:00"), ("Nebenstrecken", "fertig 06:20", "wieder ab 21:00"), ("Rad- und Gehwege", "fertig 07:30", "heute Nacht keine Tour")],
    "fr": [("Axes prioritaires", "terminé à 04 h 15", "repasse à 18 h"), ("Axes secondaires", "terminé à 06 h 40", "repasse à 21 h"), ("Trottoirs du centre", "terminé à 07 h 20", "pas de passage cette nuit")],
    "es": [("Vías prioritarias", "terminado 04:05", "vuelve a salir 18:00"), ("Vías secundarias", "terminado 06:35", "vuelve a salir 21:00"), ("Aceras del casco urbano", "terminado 07:25", "sin salida prevista esta noche")],
    "ru": [("Магистрали", "закончено в 04:10", "снова в 18:00"), ("Второстепенные улицы", "закончено в 06:30", "снова в 21:00"), ("Тротуары и лестницы", "закончено в 07:15", "ночью выезд не планируется")],
}
# today's sessions at the pool: time, session
SWIM_ROWS = {
    "en": [("06:30–08:00", "Lane swimming"), ("09:30–10:15", "Aqua fit"), ("16:00–18:00", "Swimming lessons"), ("18:00–19:30", "Family fun session")],
    "tr": [("06.30–08.00", "Kulvar yüzme"), ("09.30–10.15", "Su jimnastiği"), ("16.00–18.00", "Yüzme kursu"), ("18.00–19.30", "Aile seansı")],
    "de": [("06:30–08:00", "Frühschwimmen (Bahnen)"), ("09:30–10:15", "Wassergymnastik"), ("16:00–18:00", "Schwimmkurse"), ("18:00–19:30", "Familienbaden")],
    "fr": [("6 h 30–8 h", "Nage en ligne d'eau"), ("9 h 30–10 h 15", "Aquagym"), ("16 h–18 h", "Cours de natation"), ("18 h–19 h 30", "Bassin en famille")],
    "es": [("11:00–12:00", "Nado libre por calles"), ("12:00–12:45", "Aquagym"), ("17:00–19:00", "Cursillos de natación"), ("19:00–20:30", "Baño familiar")],
    "ru": [("06:30–08:00", "Плавание по дорожкам"), ("09:30–10:15", "Аквааэробика"), ("16:00–18:00", "Обучение плаванию"), ("18:00–19:30", "Семейный сеанс")],
}
# visiting times by ward: ward, times
VISIT_ROWS = {
    "en": [("Medical and surgical wards", "11:00–20:00"), ("Maternity", "Partners any time; others 15:00–19:00"), ("Children's ward", "Parents any time"), ("Intensive care", "By arrangement with staff")],
    "tr": [("Dahiliye ve cerrahi servisleri", "13.00–14.00 / 19.00–20.00"), ("Doğum servisi", "15.00–17.00"), ("Çocuk servisi", "Anne ve baba her saat"), ("Yoğun bakım", "Doktor görüşmesi 15.00")],
    "de": [("Allgemeinstationen", "14:00–19:00"), ("Wöchnerinnenstation", "Partner jederzeit, sonst 15:00–18:00"), ("Kinderstation", "Eltern jederzeit"), ("Intensivstation", "nach Absprache")],
    "fr": [("Médecine et chirurgie", "11 h–20 h"), ("Maternité", "Conjoint à toute heure, autres 15 h–19 h"), ("Pédiatrie", "Parents à toute heure"), ("Soins intensifs", "Sur accord de l'équipe")],
    "es": [("Plantas de hospitalización", "12:00–21:00"), ("Maternidad", "Pareja a cualquier hora; resto 16:00–20:00"), ("Pediatría", "Padres a cualquier hora"), ("UCI", "De 8:00 a 22:00")],
    "ru": [("Терапия и хирургия", "16:00–19:00"), ("Родильное отделение", "Только передачи, 11:00–13:00"), ("Детское отделение", "Родители — круглосуточно"), ("Реанимация", "По согласованию с врачом")],
}
WIDGET_ROWS = (("grit rows", GRIT_ROWS), ("grit heads", GRIT_HEAD), ("grit runs", GRIT_RUNS), ("swim rows", SWIM_ROWS),
               ("visit rows", VISIT_ROWS))
HEADLINES = {
    "en": ["Town's last record shop celebrates 40 years behind the counter", "Allotment holders win their fight over a shared water meter",
           "New footbridge over the Arden opens three months late", "Mobile library to stop at six more villages",
           "Lifeboat station appeals for volunteer crew", "Market square to go car-free on Saturdays this summer"],
    "tr": ["İlçenin son plakçısı tezgâhın arkasında 40. yılını kutladı", "Hobi bahçesi sahipleri su ücreti davasını kazandı",
           "Dere üzerindeki yaya köprüsü üç ay gecikmeyle açıldı", "Gezici kütüphane altı köye daha uğrayacak",
           "Deniz kurtarma istasyonu gönüllü ekip arıyor", "Çarşı meydanı bu yaz cumartesileri trafiğe kapanıyor"],
    "de": ["Letzter Plattenladen der Stadt feiert 40 Jahre", "Kleingärtner gewinnen Streit um Wassergebühren",
           "Neue Fußgängerbrücke über die Arde drei Monate zu spät eröffnet", "Bücherbus hält künftig in sechs weiteren Dörfern",
           "Seenotrettungsstation sucht ehrenamtliche Crew", "Marktplatz wird diesen Sommer samstags autofrei"],
    "fr": ["Le dernier disquaire de la ville fête ses 40 ans", "Les jardiniers obtiennent gain de cause sur le prix de l'eau",
           "La nouvelle passerelle sur l'Arde ouvre avec trois mois de retard", "Le bibliobus desservira six villages de plus",
           "La station de sauvetage cherche des bénévoles", "La place du marché sans voitures le samedi cet été"],
    "es": ["La última tienda de discos de la ciudad cumple 40 años", "Los hortelanos ganan la pelea por la tasa del agua",
           "La nueva pasarela sobre el río abre con tres meses de retraso", "El bibliobús parará en seis pueblos más",
           "La estación de salvamento busca voluntarios", "La plaza del mercado será peatonal los sábados este verano"],
    "ru": ["Последний в городе магазин пластинок отметил 40 лет", "Садоводы отстояли прежний тариф на воду",
           "Новый пешеходный мост через реку открыли с опозданием на три месяца", "Библиобус начнёт заезжать ещё в шесть сёл",
           "Спасательная станция ищет добровольцев", "Рыночную площадь летом по субботам закроют для машин"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["Vinyl, cassettes and a kettle that has been on since 1986.",
           "The society had been billed for a meter that served the whole road.",
           "Engineers blamed a shortage of steel and a wet winter.",
           "The van carries 2,500 books and now has a ramp for wheelchairs.",
           "Eight new crew members are needed before the summer.",
           "Stallholders will be able to spread out onto the road."],
}

# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Dales and coast: the latest", "Market towns this week", "Inside the town halls and courts", "Jobs, shops and the local economy", "Weekend sport from the dales", "Where to go when the rain stops", "Readers have their say"],
               cookie="We and about forty partners use cookies on this site: some keep it running, some count our readers and some help advertisers choose which adverts you see. Accept them all, or keep only the essential ones and carry on reading.",
               accept="Accept and carry on reading", reject="Keep the essential cookies only", share="Send this report to someone in the dales",
               related="While you're with us, try these", newsletter="The lunchtime round-up, free every weekday",
               subscribe="Add me to the 12.30 email", email="name@yourmail.example.net",
               comment_note="You need to be signed in to your reader account to comment.",
               closed="Comments have been turned off under this report.",
               footer=["The people behind our journalism", "Making a complaint about a story", "Your privacy and our use of cookies", "Advertising and sponsorship enquiries", "Website terms and conditions of use"],
               rights="The contents of this website are the copyright of the publisher and may not be copied.",
               commenters=[("lowrow_lass", "Well said, about time somebody wrote this up."),
                           ("Arthur from Thorsby", "Anybody know what time it all starts?")]),
    "tr": dict(nav=["Vadiden ve kıyıdan son haberler", "Bu hafta ilçelerimizde", "Belediye koridorlarından ve adliyeden", "İş, esnaf ve yerel ekonomi", "Hafta sonu amatör spor", "Gezi, etkinlik, eğlence", "Okurlarımız söz alıyor"],
               cookie="Biz ve yaklaşık kırk iş ortağımız bu sitede çerez kullanıyoruz: bazıları siteyi çalışır tutar, bazıları okurlarımızı sayar, bazıları da reklamverenlerin size hangi reklamları göstereceğine yardımcı olur. Hepsini kabul edin ya da yalnızca zorunlu olanları tutup okumaya devam edin.",
               accept="Kabul et ve okumaya devam et", reject="Sadece zorunlu çerezler kalsın", share="Bu haberi bir dostunuza yollayın",
               related="Şunu da okumak isteyebilirsiniz", newsletter="Öğle özeti, hafta içi her gün ücretsiz",
               subscribe="Beni öğle listesine ekleyin", email="adiniz@epostaniz.example.net",
               comment_note="Yorum yazmak için okur hesabınızla oturum açmış olmanız gerekir.",
               closed="Bu haberin altında yorumlar kapatıldı.",
               footer=["Haberlerimizin arkasındaki ekip", "Bir haber hakkında şikâyette bulunmak", "Gizliliğiniz ve çerez kullanımımız", "Reklam ve sponsorluk başvuruları", "Web sitesi kullanım koşulları ve şartları"],
               rights="Bu web sitesinin içeriğinin telif hakkı yayıncıya aittir ve kopyalanamaz.",
               commenters=[("yaylabasi_kizi", "Ellerinize sağlık, bunun artık yazılması gerekiyordu."),
                           ("Karaçamlı Hüseyin", "Saat kaçta başlıyor, bilen var mı acaba?")]),
    "de": dict(nav=["Neues aus Tal und Kreis", "Die Marktorte diese Woche", "Aus Rathäusern und Gerichtssälen", "Jobs, Läden und Wirtschaft vor Ort", "Amateursport vom Wochenende", "Wohin, wenn der Regen aufhört", "Leser melden sich zu Wort"],
               cookie="Wir und rund vierzig Partner setzen auf dieser Seite Cookies ein: Manche halten sie am Laufen, manche zählen unsere Leser, und manche helfen Werbekunden bei der Auswahl der Anzeigen, die Sie sehen. Akzeptieren Sie alle oder behalten Sie nur die notwendigen und lesen Sie weiter.",
               accept="Akzeptieren und weiterlesen", reject="Nur die unverzichtbaren Cookies behalten", share="Diesen Artikel weiterreichen",
               related="Wo Sie schon mal hier sind: lesen Sie das", newsletter="Die Mittagsrunde, werktags kostenlos",
               subscribe="Mich in die Mittagsliste eintragen", email="name@ihrpostfach.example.net",
               comment_note="Zum Kommentieren müssen Sie in Ihrem Leserkonto angemeldet sein.",
               closed="Unter diesem Bericht ist die Kommentarfunktion abgeschaltet.",
               footer=["Die Menschen hinter unserem Journalismus", "Beschwerde über einen Artikel einreichen", "Ihre Privatsphäre und unser Einsatz von Cookies", "Anfragen zu Werbung und Sponsoring", "Was auf dieser Website erlaubt ist"],
               rights="Die Inhalte dieser Website sind urheberrechtlich geschützt und dürfen nicht kopiert werden.",
               commenters=[("Kirchhaslacher_Gerd", "Gut geschrieben, das musste endlich mal gesagt werden."),
                           ("Monika aus Wüstenbrunn", "Weiß jemand, um wie viel Uhr es losgeht?")]),
    "fr": dict(nav=["Vallée et lac : les dernières infos", "Nos bourgs cette semaine", "Dans les mairies et les tribunaux", "Emploi, commerces et économie locale", "Le sport amateur du week-end", "Où aller quand la pluie s'arrête", "Les lecteurs prennent la parole"],
               cookie="Nous et une quarantaine de partenaires utilisons des cookies sur ce site : certains le font fonctionner, d'autres comptent nos lecteurs, d'autres encore aident les annonceurs à choisir les publicités que vous voyez. Acceptez-les tous, ou gardez seulement les essentiels et poursuivez votre lecture.",
               accept="Accepter et poursuivre la lecture", reject="Garder seulement les cookies essentiels", share="Envoyer ce reportage à quelqu'un de la vallée",
               related="Puisque vous êtes là, lisez aussi", newsletter="Le tour de midi, gratuit chaque jour de semaine",
               subscribe="M'inscrire à la liste de midi", email="nom@votreboite.example.net",
               comment_note="Vous devez être connecté à votre compte lecteur pour commenter.",
               closed="Les commentaires ont été fermés sous ce reportage.",
               footer=["Les personnes derrière notre journalisme", "Déposer une réclamation sur un article", "Votre vie privée et notre usage des cookies", "Demandes de publicité et de parrainage", "Ce que vous pouvez faire sur ce site"],
               rights="Les contenus de ce site sont protégés par le droit d'auteur de l'éditeur et ne peuvent être copiés.",
               commenters=[("brenaz_mireille", "Bien dit, il était grand temps que quelqu'un l'écrive."),
                           ("Roger de Verbières", "Quelqu'un sait à quelle heure ça commence, au juste ?")]),
    "es": dict(nav=["Lo último del valle y la sierra", "Nuestros pueblos esta semana", "Desde ayuntamientos y juzgados", "Empleo, comercios y economía local", "Deporte aficionado del fin de semana", "Escapadas y noches", "Los lectores toman la palabra"],
               cookie="Nosotros y una cuarentena de socios usamos cookies en esta web: unas la mantienen en marcha, otras cuentan a nuestros lectores y otras ayudan a los anunciantes a elegir qué anuncios ves. Acéptalas todas o quédate solo con las imprescindibles y sigue leyendo.",
               accept="Aceptar y seguir leyendo", reject="Quedarme solo con las imprescindibles", share="Pasa esta noticia a otros",
               related="Ya que nos lees, prueba con estas", newsletter="El resumen del mediodía, gratis de lunes a viernes",
               subscribe="Apuntadme a la lista del mediodía", email="nombre@tucorreo.example.net",
               comment_note="Para comentar tienes que haber iniciado sesión en tu cuenta de lector.",
               closed="Se han cerrado los comentarios de este reportaje.",
               footer=["Las personas detrás de nuestro periodismo", "Presentar una queja sobre una noticia", "Tu privacidad y nuestro uso de cookies", "Solicitudes de publicidad y patrocinio", "Términos y condiciones de uso de la web"],
               rights="Los contenidos de esta web están protegidos por los derechos de autor del editor y no pueden copiarse.",
               commenters=[("pili_de_mosqueruela", "Bien dicho, ya tocaba que alguien lo contara así."),
                           ("Julián el del estanco", "¿Alguien sabe a qué hora empieza todo esto?")]),
    "ru": dict(nav=["Последнее из долины и с побережья", "Районные города на этой неделе", "Из администраций и залов суда", "Работа, магазины и местная экономика", "Любительский спорт выходных", "Куда пойти, когда кончится дождь", "Слово читателям"],
               cookie="Мы и около сорока партнёров используем на этом сайте cookie: одни поддерживают его работу, другие считают читателей, третьи помогают рекламодателям выбирать, какую рекламу вам показывать. Примите все или оставьте только самые необходимые и продолжайте чтение.",
               accept="Принять и читать дальше", reject="Оставить только самые необходимые", share="Отправить репортаж другу",
               related="Возможно, вам захочется прочитать", newsletter="Обеденная сводка — бесплатно по будним дням",
               subscribe="Присылайте мне сводку в 12:30", email="imya@vashapochta.example.net",
               comment_note="Чтобы комментировать, войдите в свою читательскую учётную запись.",
               closed="Обсуждение под этим репортажем отключено.",
               footer=["Люди, которые делают нашу журналистику", "Пожаловаться на публикацию", "Как мы храним ваши данные и cookie", "Запросы о рекламе и спонсорстве", "Правила и условия пользования сайтом"],
               rights="Материалы этого сайта защищены авторским правом издателя и не могут копироваться.",
               commenters=[("Нина_со_Строителей", "Правильно написали, давно пора было сказать."),
                           ("Геннадий с Мичурина", "Кто-нибудь знает, во сколько всё начинается?")]),
}
UI46 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE IN THE ECHO:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} reports on grassroots football and cricket for {site} and edits the {section} pages on Mondays. Results to sport@example.org",
                   "ru": "{name} пишет для «{site}» очерки о людях района и ведёт рубрику «{section}». Письма: lyudi@example.org"},
    (mp4, "READMORE"): {"es": "MÁS EN VALDELINARES HOY:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Más del Eco de Navalcarral")},
    (mp6, "TYPO3"): {"en": dict(ext="Video from the leisure centre, hosted on Vimeo", note="A video from Fenmoor Leisure Centre is embedded here. It only loads from Vimeo once you agree, and data is then passed to Vimeo.",
                                button="Agree and load the leisure centre video", by="Reported for the Lantern by", search="Search the Evening Lantern",
                                lang_menu="Fenmoor in Welsh")},
    (mp7, "SANITY"): {"en": dict(nl_title="Kenmouth at the weekend", nl_text="Exhibitions, walks and markets around the estuary, every Friday in your inbox.",
                                 nl_button="Send me Kenmouth at the weekend", nl_placeholder="Your email for Kenmouth at the weekend")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Arden valley week", nl_text="Buses, planning and parish news from the Arden valley, every Sunday morning.",
                                nl_label="Your email for the Arden valley week", nl_button="Get the Arden valley week")},
    (mp13, "PUB_NAV"): {"en": ["Latest from the Marsh", "Food and baking", "Village characters", "About these notes"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="Upper Wenlow: news from the hall, the church and the green",
                                menu=["Upper Wenlow home", "News from Upper Wenlow", "The hall diary", "Wenlow St Michael's", "Wenlow in pictures", "Email the village website"],
                                cats=["News from Upper Wenlow", "The hall diary", "Wenlow St Michael's"],
                                friends=["Wenlow & Brockton Primary School", "The Lamb and Flag, Upper Wenlow", "Wenlow Handbell Ringers"],
                                footer="Upper Wenlow Village Website © 2026 · looked after by the village hall committee",
                                poster="wenlow_admin", tags=["spring quiz 2026", "hall kitchen"],
                                commenters=[("Pat_at_the_Forge", "Great night, thank you all. Same table next year please."),
                                            ("graham_w", "I can lend a gazebo for the plant sale, will ring Janet.")],
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
# the new layout: a Magnolia CMS 6 site (FreeMarker page and component templates, areas and components with their
# cms:area / cms:component comments, resources under /.resources/)
# --------------------------------------------------------------------------
# the platform's and the templating kit's generic strings as the developers leave them (labels of the search form,
# the language switch, the share bar, the form module, the consent banner's settings button), per language (not
# checked: they recur on any such site)
MGNL_CORE = {
    "en": dict(html_lang="en", skip="Skip to content", search="Search", search_ph="Search term", by="By",
               nav_label="Main navigation", lang_label="Language", langs=[("DE", "de"), ("FR", "fr"), ("EN", "en")],
               share_on="Share on", copy="Copy link", email_label="Email", required="Required field",
               settings="Settings", read="{m} min read", photo="Photo",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "fr": dict(html_lang="fr", skip="Aller au contenu", search="Rechercher", search_ph="Terme de recherche", by="Par",
               nav_label="Navigation principale", lang_label="Langue", langs=[("DE", "de"), ("FR", "fr"), ("IT", "it")],
               share_on="Partager sur", copy="Copier le lien", email_label="E-mail", required="Champ obligatoire",
               settings="Paramètres", read="{m} min de lecture", photo="Photo",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"], date_fmt="{d} {M} {y}"),
}
# the sites' own strings: host, the site module's name and the site's root node, menus (titles and slugs), header
# buttons, the inline teaser's kicker, box titles, the promo teaser, the newsletter form, footer texts, the imprint
MGNL = {
    "Alpvale Today": dict(
        domain="alpvale-today.example", module="alpvale", root="alpvale",
        menu=["Alpvale region", "Canton and communes", "News from Switzerland", "Alpvale sport", "Culture in the Alpvale", "Alpvale weather"],
        slugs=["region", "canton", "switzerland", "sport", "culture", "weather"],
        buttons=["Alpvale Today e-paper", "Become an Alpvale member"],
        teaser_label="More from Alpvale Today", related_title="Related Alpvale stories",
        popular_title="Most read in the Alpvale", promo_pre="Every Friday",
        promo_title="The Alpvale Weekend", promo_text="Markets, walks and concerts between the lake and the passes.",
        nl_title="Alpvale Today at seven", nl_text="The region's news in English, in your inbox every weekday at 7am.",
        nl_button="Subscribe to Alpvale Today at seven", share_title="Share this Alpvale story",
        footer_links=["About Alpvale Today", "Contact the Alpvale newsroom", "Data protection at Alpvale Today", "Advertise in Alpvale Today"],
        footer_note="Alpvale Today is the English-language news portal for the Alpvale region and its lakes.",
        imprint="Alpvale Media AG · Seestrasse 14 · Brennwil"),
    "Le Régional du Val de Sornaz": dict(
        domain="leregional-sornaz.example", module="regional-sornaz", root="regional",
        menu=["Région Sornaz", "Canton et communes", "Actualité suisse", "Sports du Val", "Culture au Val de Sornaz", "Météo du Val"],
        slugs=["region", "canton", "suisse", "sports", "culture", "meteo"],
        buttons=["Le Régional en e-paper", "S'abonner au Régional"],
        teaser_label="À lire aussi dans Le Régional", related_title="Sur le même sujet dans Le Régional",
        popular_title="Les plus lus du Val de Sornaz", promo_pre="Chaque samedi",
        promo_title="Le Régional week-end", promo_text="Sorties, marchés et balades du Val de Sornaz et du lac.",
        nl_title="Le Régional du matin", nl_text="L'actualité du Val de Sornaz chaque matin à 6 h 30 dans votre boîte.",
        nl_button="Recevoir Le Régional du matin", share_title="Partager cet article du Régional",
        footer_links=["Qui sommes-nous au Régional", "Écrire à la rédaction du Régional", "Protection des données du Régional", "Annoncer dans Le Régional"],
        footer_note="Le Régional du Val de Sornaz informe la vallée depuis 1921, sur papier et en ligne.",
        imprint="Éditions du Val de Sornaz SA · Grand-Rue 3 · Sornaz"),
}
MGNL_EXEMPT = {"domain", "module", "root", "slugs"}


def mgnl_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = MGNL_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def mgnl_block(kind, val):
    """One block of a text-image component's rich text, as Magnolia's CKEditor field stores it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_magnolia(art, ui, site, placed, rng):
    # an article page of a Magnolia CMS 6 regional news portal (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = MGNL_CORE[lang], MGNL[site]
    host = "https://www." + s["domain"]
    mod = s["module"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    page_slug = mp13.medium_slug(art["title"], 60).lower()
    node = "/%s/%s/%s/%s/%s/%s" % (s["root"], c["html_lang"], sec_slug, y, m, page_slug)
    path = node[len(s["root"]) + 1:] + ".html"
    url = host + path
    shown = mgnl_date(lang, art["date"])
    words = len(mp.truth_text(art["truth_blocks"]).split())
    mins = max(2, round(words / 200))

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    def uuid():
        return "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))

    stamp = "%s-%02d-%02d-%02d-%02d-%02d-000" % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))

    def res(kind, name):
        return "/.resources/%s-theme/webresources/%s/%s~%s~cache.%s" % (mod, kind, name, stamp, kind)

    def area(name, inner, kind="list", label=None):
        return ('<!-- cms:area content="website:%s/%s" name="%s" availableComponents="" type="%s" label="%s" inherit="false" optional="false" showAddButton="true" showNewComponentArea="true" description="" -->\n%s\n<!-- /cms:area -->'
                % (node, name, name, kind, label or name.capitalize(), inner))

    def comp(area_name, dialog, label, inner):
        # the node name is numbered in page order once the page is put together (see the end of this function)
        return ('<!-- cms:component content="website:%s/%s/@@" dialog="%s" label="%s" activationStatus="2" -->\n%s\n<!-- /cms:component -->'
                % (node, area_name, dialog, label, inner))

    img_file = mp13.medium_slug(art["caption"], 40).lower()
    lead_img = "/.imaging/mte/%s-theme/1200/dam/%s/news/%s/%s.jpg/jcr:content/%s.jpg" % (mod, s["root"], y, img_file, img_file)
    inset_cap, inset_cr = art["inset"]
    inset_file = mp13.medium_slug(inset_cap, 40).lower()
    heads = rng.sample(HEADLINES[lang], 6)
    hurls = {t: "/%s/%s/%s/%s/%s.html" % (c["html_lang"], rng.choice(s["slugs"][:4]), y, m, mp13.medium_slug(t, 50).lower()) for t in heads}

    # the article's "content" area: text-image components (a subheading outside a box starts a new one as its
    # headline), the inline teaser and the mid-story text-image with the second picture where the editor put them,
    # a quote component; lines pasted into the rich-text field stay in it, other HTML goes into html-snippet components
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    teaser_at = slots[len(slots) // 3] if slots else n
    inset_at = next((i for i in slots if i >= teaser_at + 2), None)
    teaser = comp("content", "%s-site:components/inlineTeaser" % mod, "Inline teaser",
                  '<div class="teaser teaser--inline">\n    <p class="teaser__kicker">%s</p>\n    <h3 class="teaser__title"><a href="%s">%s</a></h3>\n</div>'
                  % (E(s["teaser_label"]), hurls[heads[0]], E(heads[0])))
    inset = ('<div class="text-image text-image--image-only">\n    <figure class="text-image__figure">\n        <img src="/dam/jcr:%s/%s.jpg" alt="%s" loading="lazy" width="960" height="640">\n        <figcaption class="text-image__caption">%s <span class="text-image__credit">%s</span></figcaption>\n    </figure>\n</div>'
             % (uuid(), inset_file, A(inset_cap), E(inset_cap), E(inset_cr)))
    in_box = {j for st, _, j in art["looks"] if st in ("box", "factbox")}
    comps, run, title = [], [], [None]

    def flush():
        if run or title[0]:
            head = '    <h2 class="text-image__headline">%s</h2>\n' % E(title[0]) if title[0] else ""
            comps.append(comp("content", "mtk2:components/textImage", "Text and image",
                              '<div class="text-image">\n%s    <div class="text-image__text">\n%s\n    </div>\n</div>' % (head, "\n".join(run))))
            run.clear()
            title[0] = None

    for i in range(n + 1):
        if i == teaser_at:
            flush()
            comps.append(teaser)
        if i == inset_at:
            flush()
            comps.append(comp("content", "mtk2:components/textImage", "Text and image", inset))
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the rich-text field
                run.append(snip)
            else:
                flush()
                comps.append(comp("content", "%s-site:components/htmlSnippet" % mod, "HTML snippet",
                                  '<div class="html-snippet">\n%s\n</div>' % snip))
        if i < n:
            kind, val = blocks[i]
            if kind == "h" and i not in in_box:
                flush()
                title[0] = val
            elif kind == "q":
                flush()
                comps.append(comp("content", "mtk2:components/quote", "Quote",
                                  '<div class="quote">\n    <blockquote class="quote__text"><p>%s</p></blockquote>\n</div>' % mp.inline_html(val)))
            else:
                run.append(mgnl_block(kind, val))
    flush()
    content = area("content", "\n".join(comps), "list", "Article content")

    related = comp("main", "mtk2:components/linkList", "Link list",
                   '<div class="link-list link-list--related">\n    <h2 class="link-list__title">%s</h2>\n    <ul class="link-list__items">\n%s\n    </ul>\n</div>'
                   % (E(s["related_title"]), "\n".join('        <li class="link-list__item"><a class="link-list__link" href="%s">%s</a> <span class="link-list__date">%s</span></li>'
                                                      % (hurls[t], E(t), E(shown)) for t in heads[1:4])))
    share_nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                  ("x", "X", "https://twitter.com/intent/tweet?url=" + url),
                  ("whatsapp", "WhatsApp", "https://wa.me/?text=" + url),
                  ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + url)]
    share = comp("main", "%s-site:components/shareBar" % mod, "Share bar",
                 '<div class="share-bar">\n    <p class="share-bar__title">%s</p>\n    <ul class="share-bar__list">%s</ul>\n    <button class="share-bar__copy" type="button" data-url="%s">%s</button>\n</div>'
                 % (E(s["share_title"]), "".join('<li><a class="share-bar__link share-bar__link--%s" href="%s" target="_blank" rel="noopener" aria-label="%s %s"></a></li>'
                                                 % (k, A(h), A(c["share_on"]), A(lab)) for k, lab, h in share_nets), url, E(c["copy"])))
    tags = '<ul class="article-tags"><li><a href="/%s/%s.html">%s</a></li></ul>' % (c["html_lang"], sec_slug, E(sec))
    nav = "\n".join('            <li class="main-navigation__item%s"><a href="/%s/%s.html"%s>%s</a></li>' % (
        " main-navigation__item--active" if k == sec_i else "", c["html_lang"], sl, ' aria-current="page"' if k == sec_i else "", E(t))
        for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    langs = "".join('<li><a href="/%s/"%s lang="%s">%s</a></li>' % (code, ' class="is-active"' if code == c["html_lang"] else "", code, lab)
                    for lab, code in c["langs"])
    popular = comp("extras", "mtk2:components/linkList", "Link list",
                   '<div class="link-list link-list--ranked">\n    <h2 class="link-list__title">%s</h2>\n    <ol class="link-list__items">\n%s\n    </ol>\n</div>'
                   % (E(s["popular_title"]), "\n".join('        <li class="link-list__item"><a class="link-list__link" href="%s">%s</a></li>' % (hurls[t], E(t)) for t in heads[3:6])))
    promo = comp("extras", "mtk2:components/teaser", "Teaser",
                 '<div class="teaser teaser--promo">\n    <p class="teaser__kicker">%s</p>\n    <h3 class="teaser__title"><a href="/%s/weekend.html">%s</a></h3>\n    <p class="teaser__text">%s</p>\n</div>'
                 % (E(s["promo_pre"]), c["html_lang"], E(s["promo_title"]), E(s["promo_text"])))
    fid = hx(6)
    newsletter = comp("extras", "form:components/form", "Form",
                      f'''<div class="form-wrapper newsletter-form">
    <h2 class="newsletter-form__title">{E(s["nl_title"])}</h2>
    <p class="newsletter-form__text">{E(s["nl_text"])}</p>
    <form id="form-{fid}" method="post" action="{path}" enctype="multipart/form-data">
        <input type="hidden" name="mgnlModelExecutionUUID" value="{uuid()}">
        <input type="hidden" name="csrf" value="{hx(32)}">
        <div class="form-row"><label for="email-{fid}">{E(c["email_label"])}<dfn title="{A(c["required"])}">*</dfn></label><input type="email" name="email" id="email-{fid}" required></div>
        <div class="form-row form-row--submit"><input type="submit" value="{A(s["nl_button"])}"></div>
    </form>
</div>''')
    footer_links = comp("footer", "mtk2:components/linkList", "Link list",
                        '<div class="link-list link-list--footer">\n    <ul class="link-list__items">\n%s\n    </ul>\n</div>'
                        % "\n".join('        <li class="link-list__item"><a class="link-list__link" href="/%s/%s.html">%s</a></li>'
                                    % (c["html_lang"], mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"]))
    imprint = comp("footer", "%s-site:components/imprint" % mod, "Imprint",
                   '<div class="imprint">\n    <p class="imprint__note">%s</p>\n    <p class="imprint__address">%s</p>\n    <p class="imprint__copy">© %s %s</p>\n</div>'
                   % (E(s["footer_note"]), E(s["imprint"]), y, E(site)))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "datePublished": art["date"], "inLanguage": c["html_lang"], "articleSection": sec,
                     "image": host + lead_img, "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "NewsMediaOrganization", "name": site}},
                    ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    main = area("main", "\n".join([
        f'''<div class="article-header">
    <p class="article-header__kicker"><a href="/{c["html_lang"]}/{sec_slug}.html">{E(sec)}</a></p>
    <h1 class="article-header__title">{E(art["title"])}</h1>
    <p class="article-header__lead">{E(art["sub"])}</p>
    <p class="article-header__meta">{E(c["by"])} <a href="/{c["html_lang"]}/authors/{mp13.medium_slug(art["byline"], 30).lower()}.html">{E(art["byline"])}</a> · <time datetime="{art["date"]}">{E(shown)}</time> · {E(c["read"].replace("{m}", str(mins)))}</p>
    <figure class="article-header__image">
        <img src="{lead_img}" alt="{A(art["caption"])}" width="1200" height="675">
        <figcaption>{E(art["caption"])} <span class="article-header__credit">{E(art["credit"])}</span></figcaption>
    </figure>
</div>''',
        '<div class="article-body">\n%s\n</div>' % content, share, tags, related]), "list", "Main")
    header = area("header", comp("header", "%s-site:components/siteHeader" % mod, "Site header", f"""<div class="site-header__inner">
    <a class="site-header__logo" href="/{c["html_lang"]}/"><img src="/.resources/{mod}-theme/webresources/img/logo.svg" alt="{A(site)}" width="220" height="48"></a>
    <nav class="main-navigation" aria-label="{A(c["nav_label"])}">
        <ul class="main-navigation__list">
{nav}
        </ul>
    </nav>
    <ul class="language-switch" aria-label="{A(c["lang_label"])}">{langs}</ul>
    <form class="site-search" action="/{c["html_lang"]}/search.html" method="get"><label class="visually-hidden" for="q-{fid}">{E(c["search"])}</label><input id="q-{fid}" type="search" name="queryStr" placeholder="{A(c["search_ph"])}"><button type="submit">{E(c["search"])}</button></form>
    <div class="site-header__buttons"><a class="btn btn--epaper" href="/{c["html_lang"]}/epaper.html">{E(s["buttons"][0])}</a> <a class="btn btn--subscribe" href="/{c["html_lang"]}/abo.html">{E(s["buttons"][1])}</a></div>
</div>"""), "single", "Header")
    doc = f'''<!DOCTYPE html>
<html xml:lang="{c["html_lang"]}" lang="{c["html_lang"]}">
<head>
<!-- cms:page content="website:{node}" dialog="{mod}-site:pages/article" label="{A(art["title"])}" -->
<!-- /cms:page -->
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{E(art["title"])} | {E(site)}</title>
    <meta name="description" content="{A(art["sub"])}">
    <meta name="keywords" content="{A(sec)}">
    <meta property="og:title" content="{A(art["title"])}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{host}{lead_img}">
    <meta property="og:site_name" content="{A(site)}">
    <link rel="canonical" href="{url}">
    <link rel="stylesheet" href="{res("css", "main")}" media="all">
    <link rel="stylesheet" href="{res("css", "print")}" media="print">
    <link rel="icon" href="/.resources/{mod}-theme/webresources/img/favicon.ico">
    <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page {mod}" data-template="{mod}-site:pages/article">
<a class="skip-link" href="#main">{E(c["skip"])}</a>
<header class="site-header">
{header}
</header>
<div class="page-wrapper">
    <main id="main" class="main-area">
{main}
    </main>
    <aside class="extras-area">
{area("extras", chr(10).join([popular, promo, newsletter]), "list", "Extras")}
    </aside>
</div>
<footer class="site-footer">
{area("footer", chr(10).join([footer_links, imprint]), "list", "Footer")}
</footer>
<div id="consent-banner" class="consent-banner" role="dialog" aria-modal="false" hidden>
    <div class="consent-banner__text"><p>{E(ui["cookie"])}</p></div>
    <div class="consent-banner__buttons"><button type="button" class="consent-banner__settings">{E(c["settings"])}</button><button type="button" class="consent-banner__reject">{E(ui["reject"])}</button><button type="button" class="consent-banner__accept">{E(ui["accept"])}</button></div>
</div>
<script src="{res("js", "vendor")}"></script>
<script src="{res("js", "main")}"></script>
</body>
</html>
'''
    counter = collections.Counter()

    def number(mt):
        k = counter[mt.group(1)]
        counter[mt.group(1)] += 1
        return "/%s/%02d\"" % (mt.group(1), k)
    return re.sub(r'/(\w+)/@@"', number, doc)

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"magnolia": ["readmore", "caption"]}  # the inline teaser component, the mid-story picture
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "gritting", "swimtimes", "visiting"]
NEW_FAMILIES = ["gritting", "swimtimes", "visiting"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"gritting": ["gritting", "gritter", "salting route", "salt bin", "grit bin", "treated routes"],
                    "swimtimes": ["lane swim", "swim session", "session timetable", "leisure-centre timetable",
                                  "leisure centre timetable", "pool timetable", "book a session", "aqua fit"],
                    "visiting": ["visiting hours", "visiting times", "visiting-hours", "visitors per bed",
                                 "check before you travel"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village, neighbourhood or club website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a town hall's or commune's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none needed in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="privacy-gated-embed"><p class="privacy-gated-embed__msg">%s</p><button class="privacy-gated-embed__ok" type="button">OK</button></div>',
               '<p class="privacy-gated-line">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="noon-digest-box"><p class="noon-digest-box__pitch">%s</p><a class="noon-digest-box__go" href="/digest">&#8250;</a></div>',
                   '<p class="meter-left-note">%s</p>', '<h4 class="noon-digest-heading">%s</h4>', '<p><strong><a href="/support-us">%s</a></strong></p>'],
    "share": ['<ul class="sendon-channels">{items}</ul>', '<div class="sendon-prompt">%s</div>', '<p><a href="#sendon">%s</a></p>'],
    "photo": ['<p class="imagery-source-note">%s</p>', '<span class="imagery-source-tag">%s</span>', '<p><em><small>%s</small></em></p>'],
    "copyright": ['<p class="syndication-rights-line">%s</p>', '<div class="syndication-rights-box"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="desk-kicker-line">%s</p>', '<h5 class="desk-kicker-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="divider-glyphs">%s</p>', '<div class="fleuron-rule-row">%s</div>', '<p style="text-align: center">%s</p>'],
    "credit": ['<p class="extra-words-credit">%s</p>', '<div class="lens-team-credit">%s</div>', '<p><small><em>%s</em></small></p>'],
    "title": ['<p class="hed-repeat-para"><strong>%s</strong></p>', '<h2 class="repeat-hed-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-slot-marker">%s</div>', '<p class="paid-slot-label-txt">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="keep-scrolling-hint"><a href="#story-rest">%s</a></p>', '<div class="scroll-on-button">%s</div>', '<p><a href="#story-rest">%s</a></p>'],
    "comments": ['<p class="convo-count-link"><a href="#convo">%s</a></p>', '<div class="convo-count-badge">%s</div>', '<p><a href="#convo">%s</a></p>'],
    "readtime": ['<p class="minutes-needed-line">%s</p>', '<span class="reading-minutes-tag">%s</span>', '<p><i>%s</i></p>'],
    "updated": ['<p class="amended-at-note"><time>%s</time></p>', '<div class="story-amended-line">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="voiceover-player"><button class="voiceover-player__btn" aria-label="Play"></button><span class="voiceover-player__label">%s</span></div>',
              '<p class="voiceover-link"><a href="#voiceover">%s</a></p>', '<p><a href="#voiceover">%s</a></p>'],
    "correction": ['<aside class="fixed-detail-box"><p>%s</p></aside>', '<p class="fixed-detail-note"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="phone-app-ribbon"><p class="phone-app-ribbon__copy">%s</p><a class="phone-app-ribbon__get" href="/app">&#8595;</a></div>',
            '<p class="phone-app-ribbon-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="writer-card-footer"><p class="writer-card-footer__txt">%s</p></div>', '<p class="writer-card-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "tip": ['<div class="story-leads-box"><p class="story-leads-box__txt">%s</p></div>', '<p class="story-leads-line">%s</p>', '<p><em>%s</em></p>'],
    "typo": ['<div class="spot-a-mistake"><p>%s</p></div>', '<p class="spot-a-mistake-line">%s</p>', '<p><small><em>%s</em></small></p>'],
    "push": ['<div class="alert-optin-card"><p class="alert-optin-card__q">%s</p></div>', '<p class="notify-me-inline">%s</p>', '<p><strong>%s</strong></p>'],
    "print": ['<ul class="output-options">{items}</ul>', '<p class="print-view-anchor"><a href="?mode=print">%s</a></p>',
              '<p><a href="?mode=print">%s</a></p>'],
    "feedback": ['<div class="thumbs-vote-box"><p class="thumbs-vote-box__q">%s</p></div>', '<p class="thumbs-vote-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-ethics-note"><p>%s</p></div>', '<p class="journalism-code-line"><small>%s</small></p>', '<p><i>%s</i></p>'],
    "topics": ['<div class="topic-chips-bar"><span class="topic-chips-bar__txt">%s</span></div>', '<p class="subject-links-note">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="pin-story-toggle"><a class="pin-story-toggle__btn" href="#pinned">%s</a></div>',
                 '<p class="pin-story-link"><a href="#pinned">%s</a></p>', '<p><a href="#pinned">%s</a></p>'],
    "poll": ['<div class="reader-verdict-box"><p class="reader-verdict-box__q">%s</p><button class="reader-verdict-box__vote" type="button">&#10003;</button></div>',
             '<h5 class="reader-verdict-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/M{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/M{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-yt"><a class="video-facade-yt__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="photo-album-launcher"><a class="photo-album-launcher__link" href="#album">%s</a></div>',
                '<p class="album-photo-total">%s</p>', '<p><strong>%s</strong></p>'],
    "map": ['<div class="osmap-embed-wrap"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osmap-embed-wrap__links">%s</p></div>',
            '<figure class="spot-map-figure"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="calendar-add-links">{items}</ul>', '<p class="calendar-ics-anchor"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="diary-save-bar"><span class="diary-save-bar__label">%s</span></div>'],
    "scores": ['<div class="matchday-hub-link"><a class="matchday-hub-link__main" href="/sport/live">%s</a></div>',
               '<ul class="matchday-hub-tabs">{items}</ul>', '<p><a href="/sport/live"><strong>%s</strong></a></p>'],
    # the three families new in this part ({gritrows}: the treated routes; {grittable}: the runs; {swimrows} /
    # {swimtable}: today's sessions; {visitrows} / {visittable}: visiting times by ward)
    "gritting": ['<div class="gritting-status-card"><h4 class="gritting-status-card__hd">%s</h4><ul class="gritting-status-card__routes">{gritrows}</ul></div>',
                 '<p class="gritting-map-link"><a href="/travel/gritting-map">%s</a></p>',
                 '<table class="gritting-runs-table"><caption>%s</caption>{grittable}</table>',
                 '<div class="gritting-next-bar"><span class="gritting-next-bar__icon" aria-hidden="true">&#10052;</span> <span class="gritting-next-bar__txt">%s</span></div>'],
    "swimtimes": ['<div class="pool-today-card"><h4 class="pool-today-card__hd">%s</h4><ul class="pool-today-card__sessions">{swimrows}</ul></div>',
                  '<p class="pool-book-link"><a href="/leisure/book">%s</a></p>',
                  '<table class="pool-timetable-grid"><caption>%s</caption>{swimtable}</table>',
                  '<p class="pool-booking-note"><small>%s</small></p>'],
    "visiting": ['<div class="ward-visiting-panel"><h4 class="ward-visiting-panel__hd">%s</h4><dl class="ward-visiting-panel__times">{visitrows}</dl></div>',
                 '<p class="visiting-check-link"><a href="/health/visiting">%s</a></p>',
                 '<div class="bedside-rule-badge"><span class="bedside-rule-badge__txt">%s</span></div>',
                 '<table class="ward-visiting-table"><caption>%s</caption>{visittable}</table>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/digest"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#sendon">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "swimtimes": (0.5, ['<br><a href="/leisure/book"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# "book a session" link, not the card's heading, the timetable's caption or the booking line)
INLINE_WORDING = {"newsletter": 0, "swimtimes": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-extra-photo"><img src="/media/{id}-extra.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-2.jpg" alt="" width="600"><br><i>{cap} – {cr}</i></p>']
RELATED_STYLES = ['<div class="see-more-stories"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="previous-coverage-aside"><p class="previous-coverage-aside__hd">%s</p><ul>%s</ul></aside>',
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
    head = GRIT_HEAD[lang]
    return (style.replace("{gritrows}", "".join('<li><span class="gritting-status-card__road">%s</span> <span class="gritting-status-card__time">%s</span></li>'
                                                % (esc(a), esc(b)) for a, b in GRIT_ROWS[lang]))
            .replace("{grittable}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in GRIT_RUNS[lang]))
            .replace("{swimrows}", "".join('<li><time>%s</time> %s</li>' % (esc(a), esc(b)) for a, b in SWIM_ROWS[lang]))
            .replace("{swimtable}", "".join("<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in SWIM_ROWS[lang]))
            .replace("{visitrows}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in VISIT_ROWS[lang]))
            .replace("{visittable}", "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in VISIT_ROWS[lang])))

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
               "scores": rng.choice([0, mid, n]), "gritting": rng.choice([0, mid, n]),
               "swimtimes": rng.choice([mid, n, n]), "visiting": rng.choice([0, mid, n])}.get(fam, mid)
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
DROPCAP = {"magnolia": ("class", "initial-cap"),  # a paragraph style of the site's CKEditor configuration
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"magnolia": ("wrap", '<div class="rte-infobox rte-infobox--grey">\n', "\n</div>"),
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-ocean-gradient-background has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mist">\n', "\n</div>")}
FACTBOX = {"magnolia": ("wrap", '<div class="rte-factsheet">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📖</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"magnolia": ('<span class="rte-hilite">', "</span>"), "quintype": ('<mark>', "</mark>")}


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
# templates: magnolia is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"magnolia": tpl_magnolia, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h44), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "magnolia"


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
            rng = random.Random("newsflow-heldout46-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI46[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 45) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h44), labels, furniture strings,
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
    # layouts: magnolia (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h43 or h44 gave it
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
    # the magnolia pages: a site of MGNL, a section of the site's menu, an inset picture; sites of the other pages
    for a in ARTICLES:
        if a["tpl"] == "magnolia" and (a.get("site") not in MGNL or a["lang"] not in MGNL_CORE
                                       or a["section"] not in MGNL[a["site"]]["menu"] or not a.get("inset")):
            problems.append("%s: magnolia page needs a Magnolia site, a menu section and an inset" % a["id"])
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
    mgnl_sites = [{k: v for k, v in d.items() if k not in MGNL_EXEMPT} for d in MGNL.values()]
    # (MGNL_CORE, the platform's and the templating kit's generic strings, is left as the developers left it)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MGNL", mgnl_sites), ("UI_NEW", UI_NEW)):
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
