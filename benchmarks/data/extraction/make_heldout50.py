#!/usr/bin/env python3
"""Fiftieth held-out part (h50-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout50.py           # write pages/h50-*.html
    python benchmarks/data/extraction/make_heldout50.py --check   # verify pages/h50-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout50.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout49.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h50_en.py / articles_h50_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: home-upgrade grant checkers on stories about energy bills, insulation, heat pumps and
grants -- the "check if you qualify" form with its postcode field, the eligibility box with the income bands in a
definition list, the grant advice line with its opening hours in a card, the "start your application" link --,
tree-planting counters on stories about tree planting, woodland and greening -- the number of trees planted so far
this season as a counter, the "dedicate a tree" link, the planting-day sign-up list with its dates and places, the map
of planting sites as a captioned figure --, and pothole-report trackers on stories about roads, potholes and highway
repairs -- the report-a-pothole link, a table of the reports fixed this month by area, the repair-target box, the
status pill --), their wrapper class names, related headlines, site names, the sites' own strings in the earlier
layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the
R pools of make_heldout2..48, nor their labels, furniture strings, headlines or site names; verify() refuses to build
if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool,
family list, template family or docstring, if a story paragraph or headline of an earlier part recurs, if a headline
is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in four languages: grant checkers on a regional broadcaster's story about
insulation grants opened to flats and rented homes, a Turkish scheme paying most of the cladding of old apartment
blocks, a German city doubling its heat-pump and insulation subsidy (on the city's own site) and a French
département doubling its aid for replacing oil boilers; tree counters on an English village's community orchard (the
village website), a French urban forest planted on a former tannery, a Spanish neighbours' association planting 120
trees in an old goods yard and a Russian clean-up day replanting a burnt pine forest; pothole trackers on an English
district's repairs falling behind after the wettest winter, a Turkish municipality's road repair drive (on the
municipality's own page), a German town's 3,100 reported potholes after a frost winter and a Russian city's patching
season.  Earlier families that need a reason in the story are placed the same way (a calendar row on a harbour
festival's programme, score-centre links on a cricket club's promotion, a map on a cycle race's route); the other
generic families are balanced over the part, leaving out those the page's site would not print (the story's "kind": a
regional broadcaster -- no adverts, comments, paywall or polls --, a city or a municipality, a village website or a
neighbours' association, an independent publication on a platform); a correction box goes only on a story that was
corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, cards, counters and
widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms, definition lists, figures
and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch,
share line, the report-a-pothole link) or a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, as the text plugin editor's "Initial" style writes it on the new layout), whole paragraphs in bold
(interview questions, a line of a festival story) or italics, a highlighted sentence (a marker style), a paragraph in
a coloured box, a fact box holding a subheading and its list (the new layout's alert box and a Fusion custom embed), a Ghost callout card, a
paragraph typed after a <br>; story structures that look like furniture but are the story: question-and-answer
interviews (bold questions, some of one or two words, in English, Turkish, German and Russian: a lollipop man, a
beekeeper, a village shop cooperative, a village librarian), lists inside the story (who can apply, a road repair
schedule, the worst roads, cricket results, a festival programme, the stages of a cycle race), crossheads as headings
and as bold paragraphs, one-line quotes and short one-line paragraphs ("January."), a closing line with practical
information (opening hours, prices, a phone number), and story sentences that mention furniture words in ordinary
reporting ("Share a lift, book a taxi or stay at home" opening a story about a bus route, "Síguenos la pista por el
barrio", "Partager sa maison avec une chaudière au fioul" and "Подписаться на журнал" opening stories, a cobbler's
6,000 followers, gas subscribers, photos of a pothole for the insurer, a shop's newsletter, and a last line thanking
the Brownies for the cookies and asking villagers to share their photos), some at the start or end of the story where
furniture usually sits.  Two pages carry no residue at all and one only its correction line.
One page layout is new (djangocms: a django CMS 4 site with djangocms-blog, as a not-for-profit regional broadcaster
and a city serve it, on two pages, an English and a German one: the public render without the toolbar; base.html's
head with django-meta's og and article tags, the hreflang alternates, the blog's feed link and the stylesheets
sekizai collects in its css block; the skip link, the header with logo and tagline, the language chooser
(ul.language-chooser, li.lang), the search form, the show_menu list (li.child.selected / li.child.sibling) behind the
navbar toggler; the show_breadcrumb list; div.app-blog > article.post-item.post-detail holding header.blog-header
(category, h1, lead, div.blog-meta with ul.post-detail-tags for author and date), div.blog-visual with the lead picture
from django-filer's thumbnails and its caption, div.blog-content with the content placeholder's plugins in order --
djangocms-text plugins (the text editor's HTML: paragraphs, h2 subheadings, lists, block quotes; lines editors pasted
into the editor stay in it), a djangocms-picture plugin with its figcaption and credit, a djangocms-link plugin to
another post, djangocms-snippet plugins holding what editors and the ad server put in --, div.blog-tags and
section.blog-related; the sidebar with the latest-posts plugin and a newsletter form carrying its csrfmiddlewaretoken;
the footer with address, links and social links; django-cookie-consent's cookie-bar template, its cookie groups JSON
and the module script that shows it; the js block).  The platform's and the theme's generic strings (DJANGOCMS_CORE,
per language, and the checker form's field label) are left as developers leave them and not checked; the sites' own
strings (DJANGOCMS: menus, labels, box titles, footer texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h47 or h48 gave it (9 English pages, 3 in each other language); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
templates get this part's furniture strings (UI50) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout48.py, so that make_pages.py can import this module and merge it the same way.
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
import make_heldout47 as mp47  # noqa: E402
import make_heldout48 as mp48  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h50_en import ARTICLES as H50_EN  # noqa: E402
from articles_h50_intl import ARTICLES as H50_INTL  # noqa: E402

ARTICLES = H50_EN + H50_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48)
# parts whose layouts' languages this part avoids (the two before it; h49 is written at the same time)
LANG_PARTS = (mp47, mp48)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h50"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Marlbury Clarion", "Penhallow Packet", "Hazelwick Local", "The Tollbridge Review",
           "Oakbourne & Hexley Sentinel", "Wendlebury Standard", "Porthwenna Harbour Herald"],
    "tr": ["Sarıyurt Gazetesi", "Dereağzı Haber"],
    "de": ["Wendauer Tagblatt", "Hirschauer Landbote"],
    "fr": ["L'Écho de la Brévenne", "Le Courrier de l'Isle-Crémieu", "Charmilles Info"],
    "es": ["Gaceta de Valdemora y su Tierra", "El Ribereño Digital"],
    "ru": ["Северодольская правда", "Каменский вестник"],
}
# sites fixed per page (a regional broadcaster and a city on django CMS, a municipality on Drupal, a neighbours'
# association on Ghost, a village website on uCoz, an independent publication on Medium) are given in the stories'
# "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h48 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The audio clip here is hidden until you accept marketing cookies", "Allow embedded content cookies to load the interactive map here ›"],
        "tr": ["Buradaki ses kaydı, pazarlama çerezlerini kabul edene kadar gizli", "Etkileşimli haritayı yüklemek için gömülü içerik çerezlerine izin verin ›"],
        "de": ["Der Audiobeitrag hier bleibt verborgen, bis Sie Marketing-Cookies akzeptieren", "Cookies für eingebettete Inhalte erlauben, um die interaktive Karte zu laden ›"],
        "fr": ["L'extrait audio reste masqué tant que vous n'acceptez pas les cookies marketing", "Autorisez les cookies de contenus intégrés pour charger la carte interactive ›"],
        "es": ["El audio de aquí permanece oculto hasta que aceptes las cookies de marketing", "Permite las cookies de contenido incrustado para cargar el mapa interactivo ›"],
        "ru": ["Аудиофрагмент скрыт, пока вы не примете маркетинговые cookie", "Разрешите cookie встроенного контента, чтобы загрузить интерактивную карту ›"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["The {site} Breakfast Brief lands at 7am: sign up in one click.",
               "Free articles used up for this month — subscribers carry on reading from 99p a week",
               "Every story on {site} is free to read because readers chip in — add yours from £2"],
        "tr": ["{site} Kahvaltı Özeti sabah 7'de gelir: tek tıkla kaydolun.",
               "Bu ayın ücretsiz haberleri bitti — aboneler haftada 29 liradan okumaya devam ediyor",
               "{site}'deki her haber okurların katkısıyla ücretsiz — siz de 50 liradan başlayarak katılın"],
        "de": ["Das Frühstücks-Briefing von {site} kommt um 7 Uhr: mit einem Klick abonnieren.",
               "Die Gratis-Artikel dieses Monats sind verbraucht — Abonnenten lesen ab 99 Cent pro Woche weiter",
               "Jeder Artikel auf {site} ist frei lesbar, weil Leser etwas dazugeben — machen Sie ab 2 Euro mit"],
        "fr": ["Le Brief du petit-déjeuner de {site} arrive à 7 h : inscription en un clic.",
               "Vos articles gratuits du mois sont épuisés — les abonnés continuent dès 99 centimes par semaine",
               "Chaque article de {site} est en accès libre grâce aux lecteurs qui donnent — rejoignez-les dès 2 €"],
        "es": ["El Resumen del desayuno de {site} llega a las 7: apúntate con un clic.",
               "Se acabaron tus noticias gratis del mes — los suscriptores siguen leyendo desde 99 céntimos a la semana",
               "Todas las noticias de {site} son gratis porque los lectores aportan — súmate desde 2 €"],
        "ru": ["Утренняя сводка «{site}» приходит в 7:00: подпишитесь в один клик.",
               "Бесплатные статьи этого месяца закончились — подписчики читают дальше от 99 рублей в неделю",
               "Все материалы «{site}» открыты, потому что читатели помогают — присоединяйтесь от 100 рублей"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Pass it on: WhatsApp · Facebook · Threads · Copy the link", "Useful for the neighbours? Forward them this story"],
        "tr": ["Başkalarına iletin: WhatsApp · Facebook · Threads · Bağlantıyı kopyala", "Komşularınızın da işine yarar mı? Bu haberi onlara iletin"],
        "de": ["Weitersagen: WhatsApp · Facebook · Threads · Link kopieren", "Lohnt sich das für Ihre Nachbarn? Leiten Sie den Artikel weiter"],
        "fr": ["Faites circuler : WhatsApp · Facebook · Threads · Copier le lien", "Utile pour vos voisins ? Faites-leur suivre cet article"],
        "es": ["Pásalo: WhatsApp · Facebook · Threads · Copiar el enlace", "¿Les sirve a tus vecinos? Reenvíales esta noticia"],
        "ru": ["Передайте дальше: WhatsApp · ВКонтакте · Одноклассники · Скопировать ссылку", "Полезно для соседей? Отправьте им ссылку на эту статью"],
    },
    "photo": {
        "en": ["Family photograph, supplied to {site}", "Handout picture via the organisers"],
        "tr": ["Aile fotoğrafı, {site}'e iletildi", "Organizatörlerin paylaştığı görsel"],
        "de": ["Familienfoto, {site} zur Verfügung gestellt", "Bild der Veranstalter, zur Verfügung gestellt"],
        "fr": ["Photo de famille, transmise à {site}", "Visuel fourni par les organisateurs"],
        "es": ["Foto familiar, enviada a {site}", "Imagen de los organizadores, cedida a la redacción"],
        "ru": ["Семейное фото, прислано в «{site}»", "Фотографию передали организаторы мероприятия"],
    },
    "copyright": {
        "en": ["This article is the property of {site} and may not be republished, in print or online, without a licence."],
        "tr": ["Bu haber {site}'e aittir; basılı ya da çevrimiçi olarak lisanssız yeniden yayımlanamaz."],
        "de": ["Dieser Artikel ist Eigentum von {site} und darf ohne Lizenz weder gedruckt noch online weiterverbreitet werden."],
        "fr": ["Cet article est la propriété de {site} et ne peut être republié, sur papier ou en ligne, sans licence."],
        "es": ["Esta noticia es propiedad de {site} y no puede volver a publicarse, en papel o en internet, sin licencia."],
        "ru": ["Этот материал принадлежит «{site}» и не может быть перепечатан ни в печати, ни в интернете без лицензии."],
    },
    "section": {
        "en": ["Filed in {section} by the newsdesk", "Latest from {section} ›"],
        "tr": ["{section} masasının dosyasından", "{section} bölümünden son haberler ›"],
        "de": ["Aus der Mappe des Ressorts {section}", "Neues aus dem Bereich {section} ›"],
        "fr": ["Rangé dans la rubrique {section} par la rédaction", "Les dernières nouvelles de {section} ›"],
        "es": ["Guardado en {section} por la redacción", "Lo último de {section} ›"],
        "ru": ["Из папки отдела «{section}»", "Свежее в разделе «{section}» ›"],
    },
    "related": {
        "en": ["Before you go, read these", "More on this from our reporters"],
        "tr": ["Gitmeden önce bunları okuyun", "Muhabirlerimizden konuyla ilgili daha fazlası"],
        "de": ["Bevor Sie gehen: noch mehr zum Lesen", "Mehr dazu von unseren Reportern"],
        "fr": ["Avant de partir, lisez aussi", "Plus de reportages sur le sujet"],
        "es": ["Antes de irte, lee esto", "Más reportajes sobre el tema"],
        "ru": ["Прежде чем уйти, прочитайте", "Ещё репортажи на эту тему"],
    },
    "symbol": {"*": ["☙ ❧ ☙", "✢ ✢ ✢ ✢", "— ◆ —", "✦ ✧ ✦ ✧"]},
    "credit": {
        "en": ["Reporting by the {site} news team", "Pictures and graphics: {site} visuals desk"],
        "tr": ["Haber: {site} haber ekibi", "Fotoğraf ve grafik: {site} görsel masası"],
        "de": ["Recherche: Nachrichtenteam von {site}", "Bilder und Grafiken: Grafikdesk von {site}"],
        "fr": ["Reportage de l'équipe d'information de {site}", "Photos et infographies : service visuel de {site}"],
        "es": ["Información del equipo de noticias de {site}", "Fotos y gráficos: mesa de diseño de {site}"],
        "ru": ["Подготовлено новостной службой «{site}»", "Фото и графика: отдел визуальных материалов «{site}»"],
    },
    "ad": {
        "en": ["Advert — keep scrolling for the rest of the story", "This ad helps fund {site}'s journalism"],
        "tr": ["Reklam — haberin devamı için aşağı kaydırın", "Bu reklam {site} haberciliğini finanse ediyor"],
        "de": ["Werbung · zum Weiterlesen scrollen", "Diese Anzeige finanziert den Journalismus von {site} mit"],
        "fr": ["Publicité — la suite de l'article plus bas", "Cette publicité finance le journalisme de {site}"],
        "es": ["Publicidad · desplázate para seguir leyendo", "Este anuncio ayuda a pagar el periodismo de {site}"],
        "ru": ["Реклама — продолжение статьи ниже", "Эта реклама помогает оплачивать работу «{site}»"],
    },
    "continue": {
        "en": ["Carry on reading ▸", "Expand article ▾"],
        "tr": ["Okumaya devam edin ▸", "Haberi genişlet ▾"],
        "de": ["Den Rest des Artikels lesen", "Artikel ausklappen ▾"],
        "fr": ["Lire la suite de cet article", "Déplier l'article ▾"],
        "es": ["Lee el resto de esta noticia", "Desplegar la noticia ▾"],
        "ru": ["Дочитать материал", "Развернуть статью ▾"],
    },
    "comments": {
        "en": ["{n} readers have joined this discussion", "See what {n} readers said ›"],
        "tr": ["{n} okur bu tartışmaya katıldı", "{n} okurun ne dediğini görün ›"],
        "de": ["{n} Leserinnen und Leser diskutieren hier mit", "Lesen Sie, was {n} Leser meinen ›"],
        "fr": ["Rejoignez la discussion : {n} commentaires", "Voir ce qu'ont dit {n} lecteurs ›"],
        "es": ["{n} lectores ya participan en este debate", "Mira qué han dicho {n} lectores ›"],
        "ru": ["В обсуждении уже {n} читателей", "Посмотрите, что написали {n} читателей ›"],
    },
    "readtime": {
        "en": ["This one takes roughly {m} minutes", "📖 {m} min of reading"],
        "tr": ["Bu haber aşağı yukarı {m} dakikanızı alacak", "📖 {m} dk okuma"],
        "de": ["Dieser Text kostet Sie rund {m} Minuten", "📖 {m} Min. Lesezeit für diesen Text"],
        "fr": ["Il vous faudra environ {m} minutes pour lire ceci", "📖 {m} min de lecture"],
        "es": ["Esta noticia te llevará más o menos {m} minutos", "📖 {m} min de lectura"],
        "ru": ["На чтение уйдёт примерно {m} минуты", "📖 {m} мин чтения"],
    },
    "updated": {
        "en": ["Story first went online {d}; latest version {t}", "Amended {d} at {t} to add new information"],
        "tr": ["Haber ilk kez {d} tarihinde yayımlandı; son sürüm {t}", "{d} {t} itibarıyla yeni bilgilerle güncellendi"],
        "de": ["Zuerst online am {d}; neueste Fassung {t} Uhr", "Am {d} um {t} Uhr um neue Informationen ergänzt"],
        "fr": ["En ligne depuis le {d} ; dernière version à {t}", "Complété le {d} à {t} avec de nouvelles informations"],
        "es": ["En línea desde el {d}; última versión a las {t}", "Ampliada el {d} a las {t} con nueva información"],
        "ru": ["На сайте с {d}; последняя версия в {t}", "Дополнено {d} в {t}: новая информация"],
    },
    "audio": {
        "en": ["▶ Listen to this story ({m} min)", "Short on time? Let us read it to you"],
        "tr": ["▶ Bu haberi dinleyin ({m} dk)", "Vaktiniz mi az? Haberi size okuyalım"],
        "de": ["▶ Diesen Artikel anhören ({m} Min.)", "Wenig Zeit? Wir lesen Ihnen den Text vor"],
        "fr": ["▶ Écouter cet article ({m} min)", "Pas le temps ? On vous le lit"],
        "es": ["▶ Escucha esta noticia ({m} min)", "¿Con prisa? Te la leemos"],
        "ru": ["▶ Слушать статью целиком ({m} мин)", "Нет времени? Мы прочитаем вслух"],
    },
    "correction": {
        "en": ["Clarification: an earlier version of this article gave a wrong date, which has been amended."],
        "tr": ["Açıklama: Bu haberin önceki bir sürümünde yanlış bir tarih yer alıyordu, düzeltildi."],
        "de": ["Klarstellung: Eine frühere Fassung dieses Artikels nannte ein falsches Datum; es wurde geändert."],
        "fr": ["Précision : une version antérieure de cet article donnait une date erronée, qui a été modifiée."],
        "es": ["Aclaración: una versión anterior de esta noticia daba una fecha errónea, que ya se ha modificado."],
        "ru": ["Уточнение: в предыдущей версии материала была указана неверная дата, она исправлена."],
    },
    "app": {
        "en": ["Read {site} on the go: our app is free on iOS and Android", "Get breaking news alerts in the {site} app ›"],
        "tr": ["{site}'i yolda okuyun: uygulamamız iOS ve Android'de ücretsiz", "{site} uygulamasında son dakika bildirimleri alın ›"],
        "de": ["{site} unterwegs lesen: Unsere App ist kostenlos für iOS und Android", "Eilmeldungen in der App von {site} erhalten ›"],
        "fr": ["Lisez {site} partout : notre appli est gratuite sur iOS et Android", "Recevez les alertes info dans l'appli {site} ›"],
        "es": ["Lee {site} donde estés: nuestra app es gratis en iOS y Android", "Recibe las alertas de última hora en la app de {site} ›"],
        "ru": ["Читайте «{site}» в дороге: приложение бесплатно для iOS и Android", "Получайте срочные новости в приложении «{site}» ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from the district office.", "All of {by}'s stories for {site} ›"],
        "tr": ["{by}, {site} bölge bürosundan {section} haberlerini yazıyor.", "{by}'in {site} için yazdığı tüm haberler ›"],
        "de": ["{by} berichtet für {site} aus der Bezirksredaktion über {section}.", "Alle Artikel von {by} für {site} ›"],
        "fr": ["{by} couvre l'actualité {section} pour {site} depuis l'agence locale.", "Tous les articles de {by} pour {site} ›"],
        "es": ["{by} informa sobre {section} para {site} desde la delegación comarcal.", "Todas las noticias de {by} para {site} ›"],
        "ru": ["{by} пишет о рубрике «{section}» для «{site}» из районного корпункта.", "Все материалы автора в «{site}» ›"],
    },
    "tip": {
        "en": ["Story tip? Message the newsdesk on WhatsApp: 07700 900 314", "Anything going on at your end of the street? Our reporters want to know"],
        "tr": ["Haber ipucu mu? Haber masasına WhatsApp'tan yazın: 0555 000 03 14", "Sokağınızın ucunda neler oluyor? Muhabirlerimiz bilmek istiyor"],
        "de": ["Ein Hinweis für die Redaktion? Per WhatsApp an 0151 00000314", "Was ist bei Ihnen in der Straße los? Unsere Reporter wollen es wissen"],
        "fr": ["Une piste d'article ? Écrivez à la rédaction sur WhatsApp au 07 00 00 03 14", "Du nouveau au bout de votre rue ? Nos reporters veulent le savoir"],
        "es": ["¿Una pista para la redacción? Escríbenos por WhatsApp al 611 000 314", "¿Qué se cuece al final de tu calle? Nuestros periodistas quieren saberlo"],
        "ru": ["Есть наводка? Пишите в WhatsApp редакции: +7 900 000-03-14", "Что нового в конце вашей улицы? Нашим корреспондентам интересно"],
    },
    "typo": {
        "en": ["Found a typo or a wrong fact — highlight it and hit Ctrl+Enter"],
        "tr": ["Yazım ya da bilgi hatası bulursanız işaretleyip Ctrl+Enter'a basın"],
        "de": ["Tippfehler oder falsche Angabe gefunden – markieren und Strg+Enter drücken"],
        "fr": ["Une coquille ou une erreur de fait – surlignez-la et tapez Ctrl+Entrée"],
        "es": ["Una errata o un dato que no cuadra: márcalo y teclea Ctrl+Intro"],
        "ru": ["Опечатка или неточность — выделите её и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Allow {site} to send you alerts when big stories break? Allow · No thanks"],
        "tr": ["Büyük haberlerde {site} size bildirim gönderebilir mi? İzin ver · Hayır, teşekkürler"],
        "de": ["Darf {site} Ihnen bei wichtigen Nachrichten Hinweise schicken? Erlauben · Nein danke"],
        "fr": ["Autoriser {site} à vous alerter quand une grosse info tombe ? Autoriser · Non merci"],
        "es": ["¿Permites que {site} te avise cuando haya noticias importantes? Permitir · No, gracias"],
        "ru": ["Разрешить «{site}» присылать уведомления о важных новостях? Разрешить · Нет, спасибо"],
    },
    "print": {
        "en": ["Print this page · Save a PDF copy · Email the link", "Open the print layout"],
        "tr": ["Sayfayı yazdır · PDF kopyası kaydet · Bağlantıyı yolla", "Baskı düzenini aç"],
        "de": ["Seite drucken · PDF-Kopie sichern · Link versenden", "Drucklayout öffnen"],
        "fr": ["Imprimer la page · Garder une copie PDF · Envoyer le lien par courriel", "Ouvrir la mise en page pour l'impression"],
        "es": ["Imprimir la página · Guardar una copia en PDF · Mandar el enlace", "Abrir el formato de impresión"],
        "ru": ["Распечатать страницу · Сохранить копию в PDF · Переслать ссылку", "Открыть макет для печати"],
    },
    "feedback": {
        "en": ["Did this story tell you what you needed? 👍 Yes, thanks · 👎 Not really"],
        "tr": ["Aradığınızı bu haberde buldunuz mu? 👍 Evet, teşekkürler · 👎 Pek değil"],
        "de": ["Hat Ihnen dieser Text weitergeholfen, wie Sie es brauchten? 👍 Ja, danke · 👎 Eher nicht"],
        "fr": ["Avez-vous trouvé dans cet article ce qu'il vous fallait ? 👍 Oui, merci · 👎 Pas vraiment"],
        "es": ["¿Te ha resuelto las dudas esta noticia? 👍 Sí, gracias · 👎 No mucho"],
        "ru": ["Материал ответил на ваши вопросы по теме? 👍 Да, спасибо · 👎 Не очень"],
    },
    "standards": {
        "en": ["{site} is a member of the independent press standards body. Complaints go first to our readers' editor."],
        "tr": ["{site}, bağımsız basın ilkeleri kuruluşunun üyesidir. Şikâyetler önce okur temsilcimize iletilir."],
        "de": ["{site} ist Mitglied der freiwilligen Selbstkontrolle der Presse. Beschwerden richten Sie zuerst an unsere Leseranwältin."],
        "fr": ["{site} adhère à l'instance indépendante de déontologie de la presse. Les réclamations vont d'abord à notre médiateur."],
        "es": ["{site} pertenece al organismo independiente de autorregulación de la prensa. Las quejas van primero a nuestra defensora del lector."],
        "ru": ["«{site}» входит в независимую коллегию по жалобам на прессу. Жалобы сначала направляйте уполномоченному по правам читателей."],
    },
    "topics": {
        "en": ["Topics in this story: {section}, local", "Follow {section} to get updates ›"],
        "tr": ["Bu haberdeki konular: {section}, yerel", "Güncellemeler için {section} konusunu takip edin ›"],
        "de": ["Themen in diesem Artikel: {section}, Lokales", "{section} folgen und auf dem Laufenden bleiben ›"],
        "fr": ["Thèmes de cet article : {section}, local", "Recevoir les nouveautés du thème {section} ›"],
        "es": ["Temas de esta noticia: {section}, local", "Sigue el tema {section} para no perderte nada ›"],
        "ru": ["Темы материала: {section}, местное", "Получать новое по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Save to My Reading List"], "tr": ["🔖 Haberi okuma listesine at"], "de": ["🔖 Auf meine Leseliste setzen"],
        "fr": ["🔖 Mettre cet article de côté"], "es": ["🔖 Apartar esta noticia para luego"], "ru": ["🔖 Добавить в список чтения"],
    },
    "poll": {
        "en": ["Reader poll: are you for or against? For · Against · Undecided", "Pick an answer to reveal how others voted"],
        "tr": ["Okur anketi: bu karar doğru mu? Evet, doğru · Hayır, yanlış · Henüz karar vermedim", "Başkalarının ne oy verdiğini görmek için bir yanıt seçin"],
        "de": ["Leserumfrage: Sind Sie dafür oder dagegen? Dafür · Dagegen · Unentschlossen", "Wählen Sie eine Antwort, um zu sehen, wie andere abgestimmt haben"],
        "fr": ["Sondage : vous êtes pour ou contre ? Pour · Contre · Indécis", "Choisissez une réponse pour voir comment les autres ont voté"],
        "es": ["Encuesta: ¿a favor o en contra? A favor · En contra · Indeciso", "Elige una respuesta para ver qué han votado los demás"],
        "ru": ["Опрос читателей: вы за или против? За · Против · Не определился", "Выберите ответ, чтобы увидеть, как проголосовали другие"],
    },
    "embed": {
        "en": ["View this post from {handle} on Instagram", "Play the {handle} clip on YouTube"],
        "tr": ["{handle} paylaşımını Instagram'da görüntüleyin", "{handle} klibini YouTube'da izleyin"],
        "de": ["Beitrag von {handle} auf Instagram ansehen", "Clip von {handle} auf YouTube ansehen"],
        "fr": ["Cette publication de {handle} s'ouvre sur Instagram", "Regarder le clip de {handle} sur YouTube"],
        "es": ["Esta publicación de {handle} se abre en Instagram", "Ver el clip de {handle} en YouTube"],
        "ru": ["Публикация {handle} откроется в Instagram", "Смотреть ролик {handle} на YouTube"],
    },
    "gallery": {
        "en": ["📷 In pictures: {g} images", "Open the gallery ({g}) ›"],
        "tr": ["📷 Fotoğraflarla: {g} kare", "Galeriyi açın ({g}) ›"],
        "de": ["📷 In Bildern: {g} Aufnahmen", "Galerie öffnen ({g}) ›"],
        "fr": ["📷 En images : {g} photos", "Ouvrir la galerie ({g}) ›"],
        "es": ["📷 En imágenes: {g} fotos", "Abrir la galería ({g}) ›"],
        "ru": ["📷 В фотографиях: {g} кадров", "Открыть галерею ({g}) ›"],
    },
    "map": {
        "en": ["Open this map full screen", "© OpenStreetMap contributors · Plan a route here ›"],
        "tr": ["Haritayı tam ekran açın", "© OpenStreetMap katkıcıları · Buraya rota oluşturun ›"],
        "de": ["Karte im Vollbild öffnen", "© OpenStreetMap-Mitwirkende · Route hierher planen ›"],
        "fr": ["Ouvrir la carte en plein écran", "© contributeurs OpenStreetMap · Tracer un itinéraire jusqu'ici ›"],
        "es": ["Abrir el mapa a pantalla completa", "© colaboradores de OpenStreetMap · Traza una ruta hasta aquí ›"],
        "ru": ["Открыть карту на весь экран", "© участники OpenStreetMap · Построить маршрут сюда ›"],
    },
    "calendar": {
        "en": ["Add to calendar: Google · Apple · Outlook · Yahoo", "Save these dates as an .ics file"],
        "tr": ["Takvime ekle: Google · Apple · Outlook · Yahoo", "Bu tarihleri .ics dosyası olarak kaydedin"],
        "de": ["Zum Kalender hinzufügen: Google · Apple · Outlook · Yahoo", "Diese Daten als .ics-Datei sichern"],
        "fr": ["Ajouter à l'agenda : Google · Apple · Outlook · Yahoo", "Enregistrer ces dates en fichier .ics"],
        "es": ["Añadir al calendario: Google · Apple · Outlook · Yahoo", "Descarga las fechas (.ics)"],
        "ru": ["Добавить в календарь: Google · Apple · Outlook · Yahoo", "Сохранить эти даты файлом .ics"],
    },
    "scores": {
        "en": ["Live scores, results and league tables ›", "Fixtures · Results · Tables · Averages"],
        "tr": ["Canlı skorlar, sonuçlar ve lig tabloları ›", "Fikstür · Sonuçlar · Tablolar · İstatistik"],
        "de": ["Liveticker, Ergebnisse und Tabellen ›", "Spielplan · Ergebnisse · Tabellen · Statistik"],
        "fr": ["Scores en direct, résultats et classements ›", "Calendrier · Résultats · Classements · Statistiques"],
        "es": ["Resultados en directo, marcadores y clasificaciones ›", "Calendario · Resultados · Clasificación · Estadísticas"],
        "ru": ["Онлайн-счёт, результаты и турнирные таблицы ›", "Календарь · Результаты · Таблицы · Статистика"],
    },
    # the three families new in this part
    "billcheck": {  # home-upgrade grant checkers: the "check if you qualify" form, the eligibility box, the advice line, the application link
        "en": ["Check if you qualify for a home upgrade grant", "Who is eligible: household income and council tax band",
               "Grant advice line: 0800 048 2217, Monday to Friday 9am–6pm", "Start your grant application ›"],
        "tr": ["Yalıtım hibesine uygun olup olmadığınızı öğrenin", "Kimler yararlanabilir: hane geliri ve bina yaşı",
               "Hibe danışma hattı: 0850 000 22 17, hafta içi 09.00–18.00", "Hibe başvurunuzu başlatın ›"],
        "de": ["Prüfen Sie, ob Sie förderberechtigt sind", "Wer gefördert wird: Haushaltseinkommen und Gebäudealter",
               "Förder-Hotline: 0800 000 2217, montags bis freitags 9–18 Uhr", "Jetzt Förderantrag stellen ›"],
        "fr": ["Vérifiez si vous avez droit à l'aide rénovation", "Qui peut en bénéficier : revenus du foyer et âge du logement",
               "Ligne conseil rénovation : 0800 00 22 17, du lundi au vendredi de 9 h à 18 h", "Déposer votre demande d'aide ›"],
        "es": ["Comprueba si puedes pedir la ayuda para rehabilitar tu vivienda", "Quién puede pedirla: renta del hogar y antigüedad del edificio",
               "Teléfono de ayudas: 900 000 217, de lunes a viernes de 9 a 18 h", "Empieza tu solicitud ›"],
        "ru": ["Проверьте, положена ли вам субсидия на утепление", "Кто может получить: доход семьи и год постройки дома",
               "Горячая линия по субсидиям: 8 800 000-22-17, пн–пт с 9 до 18", "Подать заявку на субсидию ›"],
    },
    "treecount": {  # tree-planting counters: the trees-planted counter, dedicate a tree, planting days, the map of planting sites
        "en": ["Trees planted so far this season", "Dedicate a tree to someone you love ›",
               "Join a planting day: pick a date", "Where we're planting: see the map"],
        "tr": ["Bu sezon şimdiye kadar dikilen fidan", "Sevdiğiniz biri adına fidan bağışlayın ›",
               "Dikim gününe katılın: bir tarih seçin", "Nereye dikiyoruz: haritaya bakın"],
        "de": ["Bisher in dieser Saison gepflanzte Bäume", "Einen Baum für einen lieben Menschen widmen ›",
               "Beim Pflanztag mitmachen: Termin wählen", "Hier wird gepflanzt: zur Karte"],
        "fr": ["Arbres plantés depuis le début de la saison", "Dédier un arbre à un proche ›",
               "Participer à une journée de plantation : choisissez une date", "Où nous plantons : voir la carte"],
        "es": ["Árboles plantados en lo que va de temporada", "Dedica un árbol a alguien que quieres ›",
               "Apúntate a una jornada de plantación: elige fecha", "Dónde plantamos: mira el mapa"],
        "ru": ["Посажено деревьев с начала сезона", "Посвятить дерево близкому человеку ›",
               "Приходите на посадку: выберите дату", "Где мы сажаем: смотрите карту"],
    },
    "potholes": {  # pothole trackers: report a pothole, the fixed-this-month table, the repair-target box, the status pill
        "en": ["Report a pothole or damaged road ›", "Pothole reports fixed this month",
               "Our target: dangerous defects made safe within 24 hours, others repaired within 28 days", "Status: repair scheduled"],
        "tr": ["Yol çukuru ya da bozuk yol bildirin ›", "Bu ay kapatılan çukur ihbarları",
               "Hedefimiz: tehlikeli çukurlar 24 saatte güvenli hale getirilir, diğerleri 28 günde onarılır", "Durum: onarım planlandı"],
        "de": ["Schlagloch oder Straßenschaden melden ›", "In diesem Monat erledigte Schlagloch-Meldungen",
               "Unser Ziel: gefährliche Schäden binnen 24 Stunden sichern, alle anderen binnen 28 Tagen beheben", "Status: Reparatur eingeplant"],
        "fr": ["Signaler un nid-de-poule ou une chaussée abîmée ›", "Signalements de nids-de-poule traités ce mois-ci",
               "Notre objectif : sécuriser les trous dangereux en 24 heures, réparer les autres en 28 jours", "Statut : réparation programmée"],
        "es": ["Avisa de un bache o de un firme dañado ›", "Avisos de baches resueltos este mes",
               "Nuestro objetivo: asegurar los baches peligrosos en 24 horas y reparar el resto en 28 días", "Estado: reparación programada"],
        "ru": ["Сообщить о яме или разбитой дороге ›", "Заявки о ямах, закрытые в этом месяце",
               "Наша цель: опасные ямы огородить за 24 часа, остальные заделать за 28 дней", "Статус: ремонт запланирован"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the checker form is headed "check
# if you qualify", the eligibility box has its title and the income bands, the card gives the advice line, then the
# application link; the counter, the dedicate link, the planting-day list and the map of sites; the report link, the
# fixed-this-month table, the repair-target box and the status pill
NEW_STYLE_WORDING = {"billcheck": [0, 1, 2, 3], "treecount": [0, 1, 2, 3], "potholes": [0, 1, 2, 3]}
# an eligibility box: who, what the grant pays
GRANT_BANDS = {
    "en": [("Household income under £21,000", "up to 100% of the cost"), ("£21,000 to £38,000", "up to 70%"), ("Council tax bands A to D only", "owners and tenants")],
    "tr": [("Aylık hane geliri 35.000 TL altı", "masrafın %80'ine kadar"), ("35.000–60.000 TL", "%60'a kadar"), ("1990 öncesi yapılmış binalar", "kat malikleri ve kiracılar")],
    "de": [("Haushaltseinkommen unter 40.000 €", "bis zu 6.000 €"), ("40.000 bis 90.000 €", "bis zu 4.500 €"), ("Gebäude vor 1995 errichtet", "Eigentümer und Vermieter")],
    "fr": [("Revenus très modestes", "jusqu'à 4 000 €"), ("Revenus modestes", "jusqu'à 3 000 €"), ("Logement de plus de 15 ans", "propriétaires occupants")],
    "es": [("Renta del hogar inferior a 25.000 €", "hasta el 80 % del coste"), ("De 25.000 a 45.000 €", "hasta el 50 %"), ("Edificios anteriores a 1990", "propietarios e inquilinos")],
    "ru": [("Доход на человека ниже 25 000 ₽", "до 90 % стоимости"), ("От 25 000 до 45 000 ₽", "до 60 %"), ("Дома постройки до 1990 года", "собственники квартир")],
}
# the tree counter's figure, and the planting days: date, place
TREE_TOTAL = {"en": "18,406", "tr": "41.250", "de": "12.730", "fr": "7 915", "es": "3.480", "ru": "26 140"}
PLANT_DAYS = {
    "en": [("Sat 6 December", "Coldharbour Lane playing fields"), ("Sun 14 December", "Brackenford Common"), ("Sat 10 January", "Old quarry, Wellow Road")],
    "tr": [("6 Aralık Cumartesi", "Çamlıtepe mesire alanı"), ("14 Aralık Pazar", "Eski taş ocağı"), ("10 Ocak Cumartesi", "Dere kenarı parkı")],
    "de": [("Samstag, 6.12.", "Sportplatz am Kiesweg"), ("Sonntag, 14.12.", "Alte Ziegelei"), ("Samstag, 10.1.", "Bachaue Unterried")],
    "fr": [("Samedi 6 décembre", "Friche des Tanneries"), ("Dimanche 14 décembre", "Bords de la Brévenne"), ("Samedi 10 janvier", "Ancienne carrière des Molières")],
    "es": [("Sábado 6 de diciembre", "Solar de la calle Talleres"), ("Domingo 14 de diciembre", "Ribera del Canal"), ("Sábado 10 de enero", "Antigua cantera")],
    "ru": [("Суббота, 6 сентября", "Гарь у Каменки"), ("Воскресенье, 14 сентября", "Овраг за школой № 3"), ("Суббота, 4 октября", "Берег Ольховки")],
}
# pothole reports fixed this month: area, reported, fixed
POT_HEAD = {"en": ("Area of the district", "Reports received", "Holes filled"), "tr": ("İlçe bölgesi", "Gelen ihbar", "Kapatılan çukur"),
            "de": ("Stadtbezirk", "Meldungen eingegangen", "Löcher geflickt"), "fr": ("Secteur de la ville", "Signalements reçus", "Trous rebouchés"),
            "es": ("Zona del municipio", "Avisos recibidos", "Baches tapados"), "ru": ("Район города", "Поступило заявок", "Заделано ям")}
POT_ROWS = {
    "en": [("Town centre", "212", "187"), ("Ashcombe and Wellow", "341", "129"), ("Northern villages", "158", "64")],
    "tr": [("Merkez", "418", "391"), ("Sanayi", "206", "142"), ("Kırsal mahalleler", "173", "88")],
    "de": [("Innenstadt und Altstadt", "624", "511"), ("Gewerbegebiet Nord", "287", "140"), ("Ortsteile", "402", "166")],
    "fr": [("Centre", "96", "81"), ("Zone d'activités", "54", "22"), ("Hameaux", "67", "19")],
    "es": [("Casco histórico y ensanche", "143", "120"), ("Polígono", "61", "35"), ("Pedanías de la vega", "88", "27")],
    "ru": [("Центральный", "684", "602"), ("Заводской", "517", "298"), ("Привокзальный", "309", "141")],
}
WIDGET_ROWS = (("grant bands", GRANT_BANDS), ("tree totals", TREE_TOTAL), ("planting days", PLANT_DAYS),
               ("pothole heads", POT_HEAD), ("pothole rows", POT_ROWS))
HEADLINES = {
    "en": ["Bandstand in the park to be rebuilt with lottery money", "Market traders win fight over Sunday rents",
           "Village shop reopens after flood repairs", "Swift boxes fitted on the new library",
           "Retired nurse, 91, completes her 100th charity walk", "Level crossing to close for a week of works"],
    "tr": ["Parktaki tarihi müzik köşkü piyango geliriyle yeniden yapılacak", "Pazar esnafı kira davasını kazandı",
           "Sel sonrası onarılan köy bakkalı yeniden açıldı", "Yeni kütüphaneye kırlangıç yuvaları takıldı",
           "91 yaşındaki emekli hemşire 100'üncü hayır yürüyüşünü tamamladı", "Hemzemin geçit bir hafta çalışma için kapanıyor"],
    "de": ["Musikpavillon im Stadtpark wird mit Lottomitteln neu gebaut", "Markthändler setzen sich im Streit um Sonntagsmieten durch",
           "Dorfladen nach Hochwasserschäden wieder offen", "Nistkästen für Mauersegler an der neuen Bücherei",
           "Frühere Krankenschwester mit 91 Jahren schafft ihren hundertsten Spendenlauf", "Bahnübergang eine Woche lang wegen Bauarbeiten gesperrt"],
    "fr": ["Le kiosque à musique du parc sera reconstruit grâce au loto du patrimoine", "Les commerçants du marché gagnent leur bras de fer sur les loyers du dimanche",
           "L'épicerie du village rouvre après l'inondation", "Des nichoirs à martinets posés sur la nouvelle médiathèque",
           "À 91 ans, une infirmière retraitée boucle sa 100e marche solidaire", "Le passage à niveau fermé une semaine pour travaux"],
    "es": ["El templete de música del parque se reconstruirá con fondos de la lotería", "Los vendedores del mercado ganan el pulso por los alquileres del domingo",
           "Reabre la tienda del pueblo tras las obras por la riada", "Colocan cajas nido para vencejos en la nueva biblioteca",
           "Una enfermera jubilada de 91 años completa su marcha solidaria número 100", "El paso a nivel cerrará una semana por obras"],
    "ru": ["Эстраду в городском парке восстановят на средства лотереи", "Торговцы рынка отстояли прежнюю аренду по воскресеньям",
           "Сельский магазин открылся после ремонта из-за паводка", "На новой библиотеке повесили домики для стрижей",
           "91-летняя медсестра на пенсии прошла свой сотый благотворительный марш", "Железнодорожный переезд закроют на неделю для ремонта"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Новую эстраду построят по чертежам 1956 года, работы начнутся в июне.",
           "Администрация рынка отказалась от повышения после собрания продавцов.",
           "Вода в прошлом месяце поднялась в магазине до середины прилавка.",
           "Двадцать четыре домика повесили орнитологи-любители из клуба «Стриж».",
           "Все собранные деньги пойдут в районный хоспис.",
           "Объезд будет организован через посёлок Новый."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["What's making news this morning", "Round the towns and villages", "In the dock: crime and courts", "Money, firms and the jobs market", "Sport from grassroots to county", "Days out and nights in, this week", "Your letters and our columnists"],
               cookie="Cookies keep this site running, tell us which pages readers use and, if you say yes, let us show adverts that pay for local reporting. Accept them all, turn off the optional ones, or come back to this choice whenever you like through 'Cookie choices' at the bottom of the page.",
               accept="Yes to all cookies", reject="Only the cookies you need", share="Send this story to a friend or neighbour",
               related="Catch up on the stories you missed", newsletter="Local headlines with your first cup of tea, 7am daily",
               subscribe="Add me to the 7am headlines", email="firstname@inbox-here.example",
               comment_note="Log in with your free reader account to comment, or create one now.",
               closed="Comments on this article are now closed.",
               footer=["Who's who behind the headlines", "Putting mistakes right", "How we use your data and cookies", "Advertising with us: rates and contacts", "The rules for using this website"],
               rights="All content on this website is protected by copyright; copying or republishing it needs the publisher's permission in writing.",
               commenters=[("ashcombe_andy", "Good to see the questions finally being asked."),
                           ("Brenda in Wellow", "Anyone know when the next meeting is?")]),
    "tr": dict(nav=["Bu sabah gündemde neler var", "Köy köy, kasaba kasaba", "Sanık sandalyesinde: asayiş ve adliye", "Para, şirketler ve iş piyasası", "Amatörden profesyonele spor", "Bu hafta gezmelik, görmelik", "Mektuplarınız ve köşe yazarlarımız"],
               cookie="Çerezler bu sitenin çalışmasını sağlar, okurların hangi sayfaları kullandığını bize gösterir ve evet derseniz yerel haberciliği finanse eden reklamları göstermemize izin verir. Hepsini kabul edebilir, isteğe bağlı olanları kapatabilir ya da sayfanın altındaki 'Çerez tercihleri' bağlantısından istediğiniz zaman bu seçime dönebilirsiniz.",
               accept="Tüm çerezlere evet", reject="Sadece olmazsa olmaz çerezler kalsın", share="Bu haberi bir arkadaşınıza ya da komşunuza gönderin",
               related="Kaçırdığınız haberlere yetişin", newsletter="İlk çayınızla yerel manşetler, her gün 07.00'de",
               subscribe="Beni 07.00 manşetlerine ekleyin", email="adiniz@gelen-kutusu.example",
               comment_note="Yorum yapmak için ücretsiz okur hesabınızla giriş yapın ya da hemen bir hesap açın.",
               closed="Bu habere yorum yapma süresi sona erdi.",
               footer=["Haber merkezimizdeki insanlar", "Yanlışlarımızı nasıl düzeltiyoruz, adım adım", "Verilerinizi ve çerezleri nasıl kullanıyoruz", "Bizimle reklam: fiyatlar ve iletişim", "Bu web sitesini kullanma kuralları"],
               rights="Bu sitedeki tüm içerik telif hakkıyla korunur; kopyalanması ya da yeniden yayımlanması yayıncının yazılı iznine bağlıdır.",
               commenters=[("sariyurtlu_Kemal", "Sonunda bu soruların sorulduğunu görmek güzel."),
                           ("Ayten Hanım", "Sıradaki toplantı ne zaman, bilen var mı?")]),
    "de": dict(nav=["Was heute Morgen Schlagzeilen macht", "Quer durch Städte und Dörfer", "Auf der Anklagebank: Polizei und Gericht", "Geld, Firmen und der Arbeitsmarkt", "Sport vom Bolzplatz bis zur Kreisliga", "Ausflüge und Abende dieser Woche", "Ihre Briefe und unsere Kolumnen"],
               cookie="Cookies halten diese Seite am Laufen, zeigen uns, welche Seiten Leser nutzen, und erlauben uns – wenn Sie zustimmen –, Werbung zu zeigen, die Lokalberichterstattung bezahlt. Nehmen Sie alle an, schalten Sie die optionalen ab oder kommen Sie jederzeit über „Cookie-Auswahl“ unten auf der Seite auf diese Entscheidung zurück.",
               accept="Ja zu allen Cookies", reject="Nur die nötigen Cookies", share="Diesen Artikel an Freunde oder Nachbarn schicken",
               related="Was Sie verpasst haben", newsletter="Die Lokalschlagzeilen zur ersten Tasse Kaffee, täglich um 7 Uhr",
               subscribe="Mich für die 7-Uhr-Schlagzeilen eintragen", email="vorname@eingang-hier.example",
               comment_note="Zum Kommentieren mit dem kostenlosen Leserkonto anmelden oder jetzt eines anlegen.",
               closed="Dieser Artikel kann nicht mehr kommentiert werden.",
               footer=["Die Menschen in unserem Newsroom", "Wenn wir danebenliegen: so korrigieren wir", "Wie wir Ihre Daten und Cookies verwenden", "Werbung bei uns: Preise und Ansprechpartner", "Die Regeln für die Nutzung dieser Website"],
               rights="Alle Inhalte dieser Website sind urheberrechtlich geschützt; Kopieren oder Weiterveröffentlichen erfordert die schriftliche Erlaubnis des Verlags.",
               commenters=[("Wendauer_Klaus", "Schön, dass diese Fragen endlich mal gestellt werden."),
                           ("Gisela aus Oberwendau", "Weiß einer, wann die nächste Sitzung ist?")]),
    "fr": dict(nav=["Ce qui fait l'actualité ce matin", "De bourg en village", "À la barre : faits divers et tribunaux", "Argent, entreprises et marché de l'emploi", "Du sport amateur au championnat départemental", "Sorties, concerts et soirées de la semaine", "Vos lettres et nos chroniqueurs"],
               cookie="Les cookies font tourner ce site, nous disent quelles pages les lecteurs consultent et, si vous dites oui, nous permettent d'afficher des publicités qui paient le reportage local. Acceptez-les tous, coupez les facultatifs ou revenez sur ce choix quand vous voulez via « Choix des cookies » en bas de page.",
               accept="Oui à tous les cookies", reject="Seulement les cookies nécessaires", share="Envoyer cet article à un ami ou à un voisin",
               related="Rattrapez les articles manqués", newsletter="Les titres locaux avec votre premier café, chaque jour à 7 h",
               subscribe="Ajoutez-moi aux titres de 7 h", email="prenom@boite-ici.example",
               comment_note="Connectez-vous avec votre compte lecteur gratuit pour commenter, ou créez-en un maintenant.",
               closed="Il n'est plus possible de commenter cet article.",
               footer=["Les femmes et les hommes de notre rédaction", "Nos erreurs et comment nous les réparons", "Comment nous utilisons vos données et les cookies", "Annoncer chez nous : tarifs et contacts", "Les règles d'utilisation de ce site"],
               rights="Tout le contenu de ce site est protégé par le droit d'auteur ; sa copie ou sa republication exige l'accord écrit de l'éditeur.",
               commenters=[("brevennou_69", "Quelqu'un a enfin posé les questions qui fâchent."),
                           ("Josiane de Saint-Alban", "Quelqu'un connaît la date de la prochaine réunion ?")]),
    "es": dict(nav=["Lo que es noticia esta mañana", "Por los pueblos de la comarca, uno a uno", "En el banquillo: sucesos y tribunales", "Dinero, empresas y mercado laboral", "Deporte de la base a la regional", "Dónde ir esta semana", "Vuestras cartas y nuestros columnistas"],
               cookie="Las cookies hacen funcionar esta web, nos dicen qué páginas leen los lectores y, si dices que sí, nos dejan mostrar anuncios que pagan el periodismo local. Acéptalas todas, desactiva las opcionales o vuelve a esta elección cuando quieras desde «Elección de cookies» al pie de la página.",
               accept="Sí a todas las cookies", reject="Solo las cookies necesarias", share="Envía esta noticia a un amigo o a un vecino",
               related="Ponte al día con lo que te perdiste", newsletter="Los titulares locales con el primer café, cada día a las 7",
               subscribe="Añadidme a los titulares de las 7", email="tunombre@bandeja-aqui.example",
               comment_note="Entra con tu cuenta gratuita de lector para comentar, o créala ahora.",
               closed="Ya no se puede comentar esta noticia.",
               footer=["Las personas de nuestra redacción", "Nuestros errores y cómo los arreglamos", "Cómo usamos tus datos y las cookies", "Anúnciate con nosotros: tarifas y contactos", "Las normas de uso de esta web"],
               rights="Todo el contenido de esta web está protegido por derechos de autor; copiarlo o volver a publicarlo exige el permiso por escrito del editor.",
               commenters=[("ganadero_de_torremocha", "Por fin alguien hace las preguntas que tocan."),
                           ("Amparo la del estanco", "¿Sabe alguien qué día toca la próxima reunión?")]),
    "ru": dict(nav=["О чём говорят этим утром", "По городам и сёлам района", "На скамье подсудимых: происшествия и суды", "Деньги, предприятия и рынок труда", "Спорт от дворовых команд до области", "Выходные и вечера этой недели", "Ваши письма и наши колумнисты"],
               cookie="Cookie обеспечивают работу сайта, показывают нам, какие страницы читают, и, если вы согласны, позволяют показывать рекламу, которая оплачивает местные репортажи. Примите все, отключите необязательные или вернитесь к этому выбору в любой момент через «Выбор cookie» внизу страницы.",
               accept="Да, все cookie", reject="Оставить только обязательные cookie", share="Отправить материал другу или соседу",
               related="Наверстайте пропущенное", newsletter="Местные заголовки к первой чашке чая, каждый день в 7:00",
               subscribe="Добавьте меня в рассылку заголовков в 7:00", email="vashe.imya@vkhodyashchie.example",
               comment_note="Чтобы комментировать, войдите в бесплатный аккаунт читателя или создайте его сейчас.",
               closed="Комментировать этот материал больше нельзя.",
               footer=["Люди нашей редакции", "Наши ошибки и как мы их исправляем, по шагам", "Как мы используем ваши данные и cookie", "Реклама у нас: цены и контакты", "Что можно и чего нельзя на этом сайте, коротко"],
               rights="Все материалы сайта защищены авторским правом; копирование или перепубликация — только с письменного разрешения издателя.",
               commenters=[("северодолец_Вова", "Хорошо, что эти вопросы наконец задали."),
                           ("Людмила с Заводской", "Никто не знает, когда следующее собрание?")]),
}
UI50 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO IN THE STANDARD TODAY:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} covers {section} for {site} and lives in the district. Story ideas to newsroom@example.org"},
    (mp4, "READMORE"): {"de": "MEHR IM TAGBLATT:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="À lire aussi dans L'Écho")},
    (mp6, "TYPO3"): {"en": dict(ext="Harbour Trust film on Vimeo", note="A film from the Porthwenna Harbour Trust is embedded here. It loads from Vimeo only once you agree, and Vimeo then receives some of your data.",
                                button="Agree and play the harbour film", by="Herald report by", search="Search the Herald",
                                lang_menu="Kernewek")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Северодольск за день", nl_text="Главные городские новости каждый вечер в восемь — письмом на вашу почту.",
                                 nl_button="Хочу получать «Северодольск за день»", nl_placeholder="Ваш адрес для рассылки «Северодольск за день»")},
    (mp11, "HUGO"): {"en": dict(nl_title="Hazelwick this week", nl_text="Schools, shops, the parish and the lanes: the week's local stories every Friday evening.",
                                nl_label="Your email for Hazelwick this week", nl_button="Send me Hazelwick this week")},
    (mp13, "PUB_NAV"): {"ru": ["Новое в «Записках»", "Люди Подгорного", "Село и район", "Об этих записках"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="Nether Stowell: news from the village, the church and the orchard",
                                menu=["Nether Stowell home", "News from Nether Stowell", "Orchard committee", "St Swithun's church", "Village photos", "Email Pam, our webmaster"],
                                cats=["News from Nether Stowell", "Orchard committee", "Stowell parish notices"],
                                friends=["Nether Stowell Parish Council", "The Plough, Nether Stowell", "Stowell & District Bowls Club"],
                                footer="Nether Stowell Village Website © 2026 · run by volunteers from the village",
                                poster="webmaster_pam", tags=["community orchard", "planting day"],
                                commenters=[("Glebe_Doreen", "What a day. Dad would have been so proud of the Pippins."),
                                            ("ken_loder", "Tractor's back in the barn. Put me down for the watering rota.")],
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
# the new layout: a django CMS 4 site (a regional broadcaster, a city) with djangocms-blog: the public render without
# the toolbar, base.html's wrappers, the menu and breadcrumb template tags' lists, the language chooser, sekizai's
# css and js blocks, the content placeholder's plugins (djangocms-text, djangocms-picture, djangocms-link,
# djangocms-snippet), the post's blog-header / blog-meta / blog-visual / blog-content / blog-tags / blog-related,
# the latest-posts plugin and a csrf-bearing newsletter form in the sidebar, the footer, django-cookie-consent's bar
# --------------------------------------------------------------------------
# the platform's and the theme's generic strings as developers leave them (skip link, breadcrumb root, search, the
# language names, the menu button, tag and author labels, the cookie bar's settings link), per language (not checked:
# they recur on any such site)
DJANGOCMS_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", skip="Skip to main content", home="Home", search="Search",
               toggle="Toggle navigation", crumb_label="breadcrumb", by="By", tags="Tags", email_label="Email address",
               manage="Cookie settings", nav_label="Main navigation",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date_fmt="{d} {M} {y}"),
    "de": dict(html_lang="de", og_locale="de_DE", skip="Zum Inhalt springen", home="Startseite", search="Suche",
               toggle="Navigation umschalten", crumb_label="Brotkrumen", by="Von", tags="Schlagwörter",
               email_label="E-Mail-Adresse", manage="Cookie-Einstellungen", nav_label="Hauptnavigation",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date_fmt="{d}. {M} {y}"),
}
# the sites' own strings: host, languages, menus (titles and slugs), the blog apphook's slug, labels, box titles,
# the newsletter form, footer texts and address
DJANGOCMS = {
    "Marches Valley Broadcasting": dict(
        domain="marchesvalley.example", langs=[("en", "English"), ("cy", "Cymraeg")], blog_slug="news",
        menu=["Marches news", "Marches weather and travel", "Sport in the Marches", "Politics in the Marches", "Arts and culture", "Listen live"],
        slugs=["news", "weather-travel", "sport", "politics", "arts", "listen-live"],
        tagline="Radio, television and online for the Welsh Marches",
        readmore="Also from Marches Valley Broadcasting:", related_title="More Marches news on this",
        latest_title="Latest from the Marches newsroom", nl_title="The Marches Morning Bulletin",
        nl_text="The Marches' headlines, weather and travel, emailed at 6.30 every weekday morning.",
        nl_button="Get the Morning Bulletin", tags=["Home energy", "Cost of living"],
        contact_title="Contact Marches Valley Broadcasting", address=["Broadcasting House, Castle Street", "Brackenford HR9 0ZZ", "Newsroom: 01632 960 800"],
        links_title="About Marches Valley Broadcasting", footer_links=["Our editorial values", "Complaints about our programmes", "Jobs at Marches Valley", "Accessibility on this site", "Privacy at Marches Valley"],
        social=["Marches Valley on Facebook", "Marches Valley on Instagram", "Marches Valley on YouTube"],
        footer_note="Marches Valley Broadcasting is a not-for-profit regional broadcaster."),
    "Stadt Lindenfeld": dict(
        domain="lindenfeld.example", langs=[("de", "Deutsch"), ("en", "English")], blog_slug="aktuelles",
        menu=["Rathaus aktuell", "Bürgerservice Lindenfeld", "Bauen und Wohnen in Lindenfeld", "Klima und Umwelt", "Freizeit und Kultur in Lindenfeld", "Stadtrat Lindenfeld"],
        slugs=["rathaus-aktuell", "buergerservice", "bauen-wohnen", "klima-umwelt", "freizeit-kultur", "stadtrat"],
        tagline="Große Kreisstadt Lindenfeld im Ried",
        readmore="Auch aus dem Rathaus:", related_title="Weitere Meldungen der Stadt Lindenfeld",
        latest_title="Neueste Pressemitteilungen aus dem Rathaus", nl_title="Lindenfeld-Post per E-Mail",
        nl_text="Pressemitteilungen, Baustellen und Termine der Stadt Lindenfeld einmal pro Woche im Postfach.",
        nl_button="Lindenfeld-Post bestellen", tags=["Klimafonds Lindenfeld", "Förderprogramme der Stadt"],
        contact_title="So erreichen Sie das Rathaus Lindenfeld", address=["Stadt Lindenfeld, Marktplatz 1", "00000 Lindenfeld", "Bürgertelefon: 0621 000 115"],
        links_title="Service der Stadt Lindenfeld", footer_links=["Impressum der Stadt Lindenfeld", "Datenschutz im Rathaus", "Barrierefreiheit der Stadtseite", "Öffnungszeiten des Rathauses", "Stellenangebote der Stadt"],
        social=["Stadt Lindenfeld auf Facebook", "Stadt Lindenfeld auf Instagram", "Stadt Lindenfeld auf Mastodon"],
        footer_note="Herausgegeben von der Pressestelle der Stadt Lindenfeld."),
}
DJANGOCMS_EXEMPT = {"domain", "slugs", "blog_slug", "langs"}


def djangocms_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    c = DJANGOCMS_CORE[lang]
    return c["date_fmt"].replace("{M}", c["months"][m - 1]).replace("{d}", str(d)).replace("{y}", str(y))


def djangocms_block(kind, val):
    """One block of a djangocms-text plugin's HTML, as the CKEditor of the text plugin saves it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("\t<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def filer_thumb(domain, file_name, w, h, rng):
    """A django-filer / easy-thumbnails URL of a picture."""
    return "/media/filer_public_thumbnails/filer_public/%02x/%02x/%08x-%04x-%04x-%04x-%012x/%s.jpg__%dx%d_q85_crop_subsampling-2_upscale.jpg" % (
        rng.randint(0, 255), rng.randint(0, 255), rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
        rng.getrandbits(16), rng.getrandbits(48), file_name, w, h)


def tpl_djangocms(art, ui, site, placed, rng):
    # an article page of a django CMS 4 site with djangocms-blog (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = DJANGOCMS_CORE[lang], DJANGOCMS[site]
    host = "https://www." + s["domain"]
    sec_i = s["menu"].index(art["section"])
    sec, sec_slug = s["menu"][sec_i], s["slugs"][sec_i]
    y, m, d = art["date"].split("-")
    post_slug = mp13.medium_slug(art["title"], 60).lower()
    blog = s["blog_slug"]
    path = "/%s/%s/%s/%s/%s/%s/" % (lang, blog, y, m, d, post_slug)
    url = host + path
    hh, mi = rng.randint(8, 18), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00+01:00" % (art["date"], hh, mi)
    shown = djangocms_date(lang, art["date"])
    author_user = mp13.medium_slug(art["byline"], 30).lower().replace("-", ".")

    def hx(k):
        return "%0*x" % (k, rng.randint(0, 16**k - 1))

    csrf = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(64))
    heads = rng.sample(HEADLINES[lang], 6)

    def post_url(t, back):
        dd = max(1, int(d) - back)
        return "/%s/%s/%s/%s/%02d/%s/" % (lang, blog, y, m, dd, mp13.medium_slug(t, 50).lower())

    # plugins of the content placeholder: text plugins, the inset picture (after the first third), the link plugin to
    # another post (further down), and snippet plugins holding what editors and the ad server put in; lines pasted
    # into the text plugin's editor stay inside the text plugin
    slots = [i for i in safe_slots(art, 2) if i not in art["no_slot"]]
    inset_at = slots[len(slots) // 3] if slots else n
    link_at = next((i for i in slots if i >= inset_at + 2), n)
    inset_cap, inset_cr = art["inset"]
    inset = ('<figure class="djangocms-picture align-center">\n<img src="%s" alt="%s" width="900" height="600" loading="lazy" class="img-fluid">\n<figcaption>%s <span class="picture-credit">%s</span></figcaption>\n</figure>'
             % (filer_thumb(s["domain"], mp13.medium_slug(inset_cap, 40).lower(), 900, 600, rng), A(inset_cap), E(inset_cap), E(inset_cr)))
    link = ('<p class="djangocms-link-wrapper"><a class="djangocms-link btn btn-link" href="%s">%s %s</a></p>'
            % (post_url(heads[0], 3), E(s["readmore"]), E(heads[0])))
    parts, text = [], []

    def flush():
        if text:
            parts.append('<div class="djangocms-text">\n%s\n</div>' % "\n".join(text))
            del text[:]
    for i in range(n + 1):
        if i == inset_at:
            flush()
            parts.append(inset)
        if i == link_at:
            flush()
            parts.append(link)
        for snip in placed.get(i, []):
            if re.match(r"<p>|<h[45]>", snip):  # a line pasted into the text plugin's editor
                text.append(snip)
            else:  # a snippet plugin holding what an editor or the ad server put in
                flush()
                parts.append('<div class="djangocms-snippet">\n%s\n</div>' % snip)
        if i < n:
            text.append(djangocms_block(*blocks[i]))
    flush()
    body = "\n".join(parts)

    menu = "\n".join('<li class="nav-item child %s"><a class="nav-link%s" href="/%s/%s/"%s>%s</a></li>' % (
        "selected" if k == sec_i else "sibling", " active" if k == sec_i else "", lang, sl,
        ' aria-current="page"' if k == sec_i else "", E(t)) for k, (t, sl) in enumerate(zip(s["menu"], s["slugs"])))
    chooser = "\n".join('<li class="lang%s"><a href="%s" hreflang="%s" lang="%s"%s>%s</a></li>' % (
        " active" if code == lang else "", path if code == lang else "/%s/" % code, code, code,
        ' class="active"' if code == lang else "", E(name)) for code, name in s["langs"])
    alternates = "\n".join('<link rel="alternate" hreflang="%s" href="%s/%s/%s/">' % (code, host, code, blog)
                           for code, _ in s["langs"] if code != lang)
    tags = "\n".join('<li class="tag_%d"><a href="/%s/%s/tag/%s/" class="blog-tag blog-tag-%d">%s</a></li>' % (
        k + 1, lang, blog, mp13.medium_slug(t, 30).lower(), rng.randint(2, 30), E(t)) for k, t in enumerate(s["tags"]))
    related = "\n".join('<article class="post-item">\n<h3><a href="%s">%s</a></h3>\n<p class="blog-meta"><time datetime="%s">%s</time></p>\n</article>'
                        % (post_url(t, k + 1), E(t), art["date"], E(shown)) for k, t in enumerate(heads[1:4]))
    latest = "\n".join('<article class="post-item"><h3><a href="%s">%s</a></h3></article>' % (post_url(t, k + 2), E(t))
                       for k, t in enumerate(heads[3:6]))
    footer_links = "\n".join('<li><a href="/%s/%s/">%s</a></li>' % (lang, mp13.medium_slug(t, 30).lower(), E(t)) for t in s["footer_links"])
    social = "\n".join('<li><a href="https://www.%s.example/%s" rel="noopener">%s</a></li>' % (net, s["domain"].split(".")[0], E(t))
                       for net, t in zip(("facebook", "instagram", "video"), s["social"]))
    address = "<br>\n".join(E(x) for x in s["address"])
    lead = filer_thumb(s["domain"], mp13.medium_slug(art["caption"], 40).lower(), 1200, 675, rng)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "url": url, "inLanguage": c["html_lang"],
                     "image": host + lead, "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False).replace("</", "<\\/")
    groups = json.dumps([{"varname": "analytics", "name": "Analytics", "description": "", "is_required": False,
                          "is_deletable": True, "version": "2026-01-%02dT09:%02d:00+00:00" % (rng.randint(1, 28), rng.randint(0, 59))},
                         {"varname": "embeds", "name": "Embeds", "description": "", "is_required": False,
                          "is_deletable": True, "version": "2026-01-%02dT09:%02d:00+00:00" % (rng.randint(1, 28), rng.randint(0, 59))}])
    v = hx(8)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:url" content="{url}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:image" content="{host}{lead}">
<meta property="og:type" content="Article">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:locale" content="{c["og_locale"]}">
<meta property="article:published_time" content="{iso}">
<meta property="article:author" content="{A(art["byline"])}">
<meta property="article:section" content="{A(sec)}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{url}">
{alternates}
<link rel="icon" href="/static/img/favicon.{v}.ico">
<link rel="alternate" type="application/rss+xml" title="{A(site)}" href="/{lang}/{blog}/feed/">
<link rel="stylesheet" href="/static/css/site.{hx(12)}.css">
<link rel="stylesheet" href="/static/djangocms_blog/css/djangocms_blog.{hx(12)}.css">
<link rel="stylesheet" href="/static/cookie_consent/cookiebar.{hx(12)}.css">
<script type="application/ld+json">{ld}</script>
</head>
<body class="cms-page page-{blog} app-djangocms-blog">
<a class="skip-link visually-hidden-focusable" href="#main-content">{E(c["skip"])}</a>
<header class="site-header">
<div class="container">
<div class="site-header__top">
<a class="navbar-brand site-logo" href="/{lang}/"><img src="/static/img/logo.{v}.svg" alt="{A(site)}" width="240" height="52"><span class="site-logo__tagline">{E(s["tagline"])}</span></a>
<ul class="nav language-chooser">
{chooser}
</ul>
<form class="site-search" action="/{lang}/search/" method="get" role="search"><label for="id_q" class="visually-hidden">{E(c["search"])}</label><input type="search" id="id_q" name="q" placeholder="{A(c["search"])}"><button type="submit" class="btn btn-search">{E(c["search"])}</button></form>
</div>
<nav class="navbar navbar-expand-lg main-nav" aria-label="{A(c["nav_label"])}">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-menu" aria-controls="main-menu" aria-expanded="false" aria-label="{A(c["toggle"])}"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="main-menu">
<ul class="navbar-nav">
{menu}
</ul>
</div>
</nav>
</div>
</header>
<nav class="container breadcrumb-nav" aria-label="{A(c["crumb_label"])}">
<ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/{lang}/">{E(c["home"])}</a></li>
<li class="breadcrumb-item"><a href="/{lang}/{sec_slug}/">{E(sec)}</a></li>
<li class="breadcrumb-item active" aria-current="page">{E(art["title"])}</li>
</ol>
</nav>
<main id="main-content" class="container">
<div class="row">
<div class="col-lg-8">
<div class="app app-blog">
<article id="post-{post_slug}" class="post-item post-detail">
<header class="blog-header">
<p class="blog-category"><a href="/{lang}/{blog}/category/{sec_slug}/">{E(sec)}</a></p>
<h1 class="blog-title">{E(art["title"])}</h1>
<p class="blog-lead lead">{E(art["sub"])}</p>
<div class="blog-meta">
<ul class="post-detail-tags">
<li class="blog-author">{E(c["by"])} <a href="/{lang}/{blog}/author/{author_user}/">{E(art["byline"])}</a></li>
<li class="blog-date"><time datetime="{iso}">{E(shown)}</time></li>
</ul>
</div>
</header>
<div class="blog-visual">
<img src="{lead}" alt="{A(art["caption"])}" width="1200" height="675" class="img-fluid">
<p class="blog-visual__caption">{E(art["caption"])} <span class="blog-visual__credit">{E(art["credit"])}</span></p>
</div>
<div class="blog-content">
{body}
</div>
<div class="blog-tags">
<span class="blog-tags__label">{E(c["tags"])}:</span>
<ul class="post-detail-tags">
{tags}
</ul>
</div>
<section class="blog-related">
<h2 class="blog-related__title">{E(s["related_title"])}</h2>
<div class="blog-related__list">
{related}
</div>
</section>
</article>
</div>
</div>
<aside class="col-lg-4 sidebar">
<section class="plugin-blog-latest">
<h2>{E(s["latest_title"])}</h2>
<div class="blog-latest-entries">
{latest}
</div>
</section>
<section class="newsletter-signup">
<h2>{E(s["nl_title"])}</h2>
<p>{E(s["nl_text"])}</p>
<form action="/{lang}/newsletter/subscribe/" method="post" class="newsletter-form"><input type="hidden" name="csrfmiddlewaretoken" value="{csrf}"><label for="id_email">{E(c["email_label"])}</label><input type="email" name="email" id="id_email" maxlength="254" required><button type="submit" class="btn btn-primary">{E(s["nl_button"])}</button></form>
</section>
</aside>
</div>
</main>
<footer class="site-footer">
<div class="container">
<div class="row">
<div class="col-md-4">
<h2 class="h5">{E(s["contact_title"])}</h2>
<address>{address}</address>
</div>
<div class="col-md-4">
<h2 class="h5">{E(s["links_title"])}</h2>
<ul class="list-unstyled">
{footer_links}
</ul>
</div>
<div class="col-md-4">
<ul class="list-unstyled social-links">
{social}
</ul>
</div>
</div>
<p class="site-footer__copy">© {y} {E(site)}. {E(s["footer_note"])}</p>
</div>
</footer>
<template id="cookie-consent__cookie-bar">
<div class="cookie-bar" role="dialog" aria-live="polite">
<div class="cookie-bar__inner container">
<p class="cookie-bar__text">{E(ui["cookie"])}</p>
<div class="cookie-bar__buttons">
<button type="button" class="cookie-consent__accept btn btn-primary">{E(ui["accept"])}</button>
<button type="button" class="cookie-consent__decline btn btn-outline-secondary">{E(ui["reject"])}</button>
<a class="cookie-bar__settings" href="/cookies/">{E(c["manage"])}</a>
</div>
</div>
</div>
</template>
<script type="application/json" id="cookie-consent__cookie-groups">{groups}</script>
<script src="/static/js/bootstrap.bundle.min.{hx(8)}.js"></script>
<script type="module">
import {{showCookieBar}} from '/static/cookie_consent/cookiebar.module.js';
showCookieBar({{
  statusUrl: '/cookies/status/',
  templateSelector: '#cookie-consent__cookie-bar',
  cookieGroupsSelector: '#cookie-consent__cookie-groups',
  onShow: () => document.querySelector('body').classList.add('with-cookie-bar'),
  onAccept: () => document.querySelector('body').classList.remove('with-cookie-bar'),
  onDecline: () => document.querySelector('body').classList.remove('with-cookie-bar'),
  csrfHeaderName: 'X-CSRFToken',
}});
</script>
<script defer data-domain="{s["domain"]}" src="https://plausible.io/js/script.js"></script>
</body>
</html>
'''



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"djangocms": ["caption", "readmore"]}  # the picture plugin, the link plugin to another post
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "billcheck", "treecount", "potholes"]
NEW_FAMILIES = ["billcheck", "treecount", "potholes"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"billcheck": ["grant eligibility", "check if you qualify", "home-upgrade grant", "home upgrade grant",
                                  "insulation grant", "eligibility checker", "grant checker"],
                    "treecount": ["trees planted", "tree-planting counter", "tree counter", "dedicate a tree",
                                  "planting-day", "planting day", "planting sites"],
                    "potholes": ["report a pothole", "pothole report", "pothole-report", "pothole tracker",
                                 "repair target", "fixed this month"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's or neighbours' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print"}
# a council's or a city's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
# a licence-fee or not-for-profit regional broadcaster: no advertising, no comments, no paywall or donation pitch
NOT_ON_BROADCASTER = {"ad", "typo", "comments", "bookmark", "poll", "newsletter"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY,
               "psb": NOT_ON_BROADCASTER}
# of a family, only these wordings on a kind of site (none needed in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="embed-consent-wall"><p class="embed-consent-wall__msg">%s</p><button class="embed-consent-wall__ok" type="button">OK</button></div>',
               '<p class="consent-blocked-note">%s</p>', '<p><i>%s</i></p>'],
    "newsletter": ['<div class="morning-brief-signup"><p class="morning-brief-signup__txt">%s</p><a class="morning-brief-signup__go" href="/morning-brief">&#10140;</a></div>',
                   '<p class="monthly-allowance-note">%s</p>', '<h4 class="morning-brief-heading">%s</h4>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="pass-it-on-nets">{items}</ul>', '<div class="send-to-someone">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="pic-source-note">%s</p>', '<span class="image-source-tag">%s</span>', '<p><small><em>%s</em></small></p>'],
    "copyright": ['<p class="reprint-rights-note">%s</p>', '<div class="reprint-rights-box"><small>%s</small></div>', '<p><i><small>%s</small></i></p>'],
    "section": ['<p class="filed-under-label">%s</p>', '<h5 class="filed-under-hd">%s</h5>', '<p><b>%s</b></p>'],
    "symbol": ['<p class="hedera-divider">%s</p>', '<div class="ornament-divider-row">%s</div>', '<p style="text-align: center">%s</p>'],
    "credit": ['<p class="news-team-credit">%s</p>', '<div class="visuals-desk-credit">%s</div>', '<p><small><i>%s</i></small></p>'],
    "title": ['<p class="heading-duplicate-para"><b>%s</b></p>', '<h2 class="heading-duplicate-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="inread-ad-label">%s</div>', '<p class="inread-ad-note">%s</p>', '<p><small>%s</small></p>'],
    "continue": ['<p class="rest-of-text-cta"><a href="#rest">%s</a></p>', '<div class="article-unfold-btn">%s</div>', '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="chatter-count-link"><a href="#discussion">%s</a></p>', '<div class="talk-count-pill">%s</div>', '<p><a href="#discussion">%s</a></p>'],
    "readtime": ['<p class="mins-reading-est">%s</p>', '<span class="minutes-to-read-tag">%s</span>', '<p><small>%s</small></p>'],
    "updated": ['<p class="revision-time-stamp"><time>%s</time></p>', '<div class="amended-line">%s</div>', '<p><small><i>%s</i></small></p>'],
    "audio": ['<div class="listen-player-strip"><button class="listen-player-strip__play" aria-label="Play"></button><span class="listen-player-strip__label">%s</span></div>',
              '<p class="listen-link-line"><a href="#listen">%s</a></p>', '<p><a href="#listen">%s</a></p>'],
    "correction": ['<aside class="amendment-note-box"><p>%s</p></aside>', '<p class="amend-footnote-line"><em>%s</em></p>', '<p><i>%s</i></p>'],
    "app": ['<div class="app-promo-ribbon"><p class="app-promo-ribbon__txt">%s</p><a class="app-promo-ribbon__store" href="/app">&#8681;</a></div>',
            '<p class="app-promo-line">%s</p>', '<p><strong>%s</strong></p>'],
    "bio": ['<div class="byline-endcard"><p class="byline-endcard__txt">%s</p></div>', '<p class="byline-endcard-line"><em>%s</em></p>', '<p><em>%s</em></p>'],
    "tip": ['<div class="newsdesk-whatsapp-box"><p class="newsdesk-whatsapp-box__txt">%s</p></div>', '<p class="newsdesk-whatsapp-line">%s</p>', '<p><i>%s</i></p>'],
    "typo": ['<div class="mistake-flag-hint"><p>%s</p></div>', '<p class="mistake-flag-line">%s</p>', '<p><small><i>%s</i></small></p>'],
    "push": ['<div class="alerts-permission-ask"><p class="alerts-permission-ask__q">%s</p></div>', '<p class="push-consent-line">%s</p>', '<p><b>%s</b></p>'],
    "print": ['<ul class="page-utility-links">{items}</ul>', '<p class="printview-link"><a href="?print=1">%s</a></p>',
              '<p><a href="?print=1">%s</a></p>'],
    "feedback": ['<div class="answered-question-box"><p class="answered-question-box__q">%s</p></div>', '<p class="answered-question-line">%s</p>',
                 '<p><small>%s</small></p>'],
    "standards": ['<div class="press-standards-member"><p>%s</p></div>', '<p class="press-standards-line"><small>%s</small></p>', '<p><em>%s</em></p>'],
    "topics": ['<div class="topic-follow-strip"><span class="topic-follow-strip__txt">%s</span></div>', '<p class="topic-subscribe-line">%s</p>',
               '<p><small>%s</small></p>'],
    "bookmark": ['<div class="save-for-later-add"><a class="save-for-later-add__btn" href="#my-list">%s</a></div>',
                 '<p class="reading-list-anchor"><a href="#my-list">%s</a></p>', '<p><a href="#my-list">%s</a></p>'],
    "poll": ['<div class="poll-strip-box"><p class="poll-strip-box__q">%s</p><button class="poll-strip-box__vote" type="button">&#9745;</button></div>',
             '<h5 class="poll-strip-hd">%s</h5>', '<p><small>%s</small></p>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/H{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/H{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-lite-facade"><a class="video-lite-facade__btn" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<p><a href="https://www.youtube.com/@{h}">%s</a></p>'],
    "gallery": ['<div class="picture-set-launch"><a class="picture-set-launch__link" href="#in-pictures">%s</a></div>',
                '<p class="pics-total-note">%s</p>', '<p><b>%s</b></p>'],
    "map": ['<div class="osm-iframe-holder"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-iframe-holder__links">%s</p></div>',
            '<figure class="static-route-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<p><small>%s</small></p>'],
    "calendar": ['<ul class="cal-export-menu">{items}</ul>', '<p class="ics-download-anchor"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="add-to-cal-strip"><span class="add-to-cal-strip__label">%s</span></div>'],
    "scores": ['<div class="live-scores-promo"><a class="live-scores-promo__link" href="/sport/live">%s</a></div>',
               '<ul class="live-scores-menu">{items}</ul>', '<p><a href="/sport/live"><strong>%s</strong></a></p>'],
    # the three families new in this part ({grantbands}: who is eligible; {treetotal}: the counter's figure;
    # {plantdays}: the planting days; {potrows}: pothole reports fixed this month)
    "billcheck": ['<form class="grant-eligibility-checker" action="/home-energy/grant-checker" method="get"><h4 class="grant-eligibility-checker__hd">%s</h4><label class="grant-eligibility-checker__label" for="gc-{k}">{pclabel}</label><input id="gc-{k}" type="text" name="postcode" maxlength="8"><button type="submit">&#10003;</button></form>',
                  '<div class="grant-bands-box"><p class="grant-bands-box__title"><strong>%s</strong></p><dl class="grant-bands-box__list">{grantbands}</dl></div>',
                  '<div class="grant-advice-card"><span class="grant-advice-card__icon" aria-hidden="true">&#9743;</span> <span class="grant-advice-card__txt">%s</span></div>',
                  '<p class="grant-apply-link"><a href="/home-energy/apply">%s</a></p>'],
    "treecount": ['<div class="trees-planted-counter"><span class="trees-planted-counter__num">{treetotal}</span> <span class="trees-planted-counter__label">%s</span></div>',
                  '<p class="dedicate-tree-cta"><a href="/trees/dedicate">%s</a></p>',
                  '<div class="planting-day-signup"><h4 class="planting-day-signup__hd">%s</h4><ul class="planting-day-signup__dates">{plantdays}</ul></div>',
                  '<figure class="planting-sites-map"><img src="/maps/planting-{k}.png" alt="" width="640" height="420"><figcaption>%s</figcaption></figure>'],
    "potholes": ['<p class="pothole-report-cta"><a href="/roads/report-a-pothole">%s</a></p>',
                 '<table class="pothole-fixes-month"><caption>%s</caption>{potrows}</table>',
                 '<div class="road-repair-target"><p class="road-repair-target__txt">%s</p></div>',
                 '<p class="road-defect-status"><span class="road-defect-status__pill">%s</span></p>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <em>(%s)</em>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/morning-brief"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "potholes": (0.5, ['<br><a href="/roads/report-a-pothole"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# "report a pothole" link, not the table, the target box or the status pill)
INLINE_WORDING = {"newsletter": 0, "potholes": 0}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="midstory-photo"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} / {cr}</small></p>']
RELATED_STYLES = ['<div class="also-worth-reading"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="siblings-stories-aside"><p class="siblings-stories-aside__hd">%s</p><ul>%s</ul></aside>',
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


# the checker form's field label, as the form plugin's developers left it (not checked)
FORM_LABELS = {"en": "Postcode", "tr": "İlçe", "de": "PLZ", "fr": "Code postal", "es": "Código postal", "ru": "Индекс"}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list or table, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    head = POT_HEAD[lang]
    return (style.replace("{grantbands}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in GRANT_BANDS[lang]))
            .replace("{pclabel}", esc(FORM_LABELS[lang]))
            .replace("{treetotal}", esc(TREE_TOTAL[lang]))
            .replace("{plantdays}", "".join('<li><a href="/trees/planting-days/%d">%s — %s</a></li>' % (k + 1, esc(a), esc(b))
                                            for k, (a, b) in enumerate(PLANT_DAYS[lang])))
            .replace("{potrows}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in POT_ROWS[lang])))


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
               "scores": rng.choice([0, mid, n]), "billcheck": rng.choice([mid, n, n]),
               "treecount": rng.choice([0, mid, n]), "potholes": rng.choice([0, mid, n])}.get(fam, mid)
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
# per layout: a class added to the paragraph ("class", name), a span around the first letter ("span", markup), or a
# wrapper around the element(s) ("wrap", open, close)
DROPCAP = {"djangocms": ("class", "text-initial"),  # the text plugin editor's "Initial" style
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"djangocms": ("wrap", '<div class="text-infobox">\n', "\n</div>"),  # the editor's "Info box" div style
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "encadre-info"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>")}
FACTBOX = {"djangocms": ("wrap", '<div class="alert alert-info text-factbox" role="note">\n', "\n</div>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🌳</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="ny pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"djangocms": ('<mark class="text-marker">', "</mark>"), "quintype": ('<mark>', "</mark>")}


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
# templates: djangocms is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"djangocms": tpl_djangocms, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h48), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "djangocms"


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
            rng = random.Random("newsflow-heldout50-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI50[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 49) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h48), labels, furniture strings,
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
                       mp47.R, [v for v in mp47.SITE_STRINGS.values()], mp47.JEKYLL, mp47.UI_NEW, mp47.TEASERS,
                       [v for _, v in mp47.WIDGET_ROWS],
                       mp48.R, [v for v in mp48.SITE_STRINGS.values()], mp48.GATSBY, mp48.UI_NEW, mp48.TEASERS,
                       [v for _, v in mp48.WIDGET_ROWS],
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
    # layouts: djangocms (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h47 or h48 gave it
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
    # the djangocms pages: a site of DJANGOCMS, a section of the site's menu, an inset picture; sites of the others
    for a in ARTICLES:
        if a["tpl"] == "djangocms" and (a.get("site") not in DJANGOCMS or a["lang"] not in DJANGOCMS_CORE
                                        or a["section"] not in DJANGOCMS[a["site"]]["menu"] or not a.get("inset")):
            problems.append("%s: djangocms page needs a django CMS site, a menu section and an inset" % a["id"])
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
    djangocms_sites = [{k: v for k, v in d.items() if k not in DJANGOCMS_EXEMPT} for d in DJANGOCMS.values()]
    # (DJANGOCMS_CORE and FORM_LABELS, the platform's and the theme's generic strings, are left as developers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("DJANGOCMS", djangocms_sites), ("UI_NEW", UI_NEW)):
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

