#!/usr/bin/env python3
"""Sixty-eighth held-out part (h68-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout68.py           # write pages/h68-*.html
    python benchmarks/data/extraction/make_heldout68.py --check   # verify pages/h68-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout68.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout67.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h68_en.py / articles_h68_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: area-statistics widgets on stories about population, the census, housing, schools and
local economies -- the "your area in numbers" box with its postcode or district field, the census figures as a table
with population, median age, households and the change since the last count, the "explore the census data" link, the
statistics office's card as a definition list --, parking-permit boards on stories about parking, streets, town
centres and residents -- the "apply for a resident parking permit" form with its vehicle registration and address
fields, the permit zones as a table with their prices and hours, the "check which parking zone you are in" link, the
parking services' card as a definition list --, and course finders on stories about adult education, skills,
libraries and older learners -- the "find a course" form with its subject and town fields, the courses starting soon
as a table with venue, start date and fee, the "enrol now" link, the adult learning or admissions team's card as a
definition list --), their wrapper class names, related headlines, site names, the sites' own strings in the earlier
layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the
R pools of make_heldout2..66, nor their labels, furniture strings, widget rows, headlines or site names; verify()
refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in
an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h65
and h66 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name
and number is fictional.  (h40's school tables, h59's household-recycling widgets and h64's school-enrolment family are
about other things; the census figures box, the resident permit board with its zones and the course finder with its
start dates and fees are new families by name, wording and markup.)  The tables' heads and the forms' field labels
(AREA_HEAD, PERMIT_HEAD, COURSE_HEAD, AREA_LABEL, PERMIT_LABELS, COURSE_LABELS) are the web teams' generic strings and
not checked; the rows themselves (AREA_STATS, STATS_OFFICE, PERMIT_ZONES, PARKING_SERVICES, COURSE_LIST, ADMISSIONS)
are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): area-statistics widgets on an English borough passing
100,000 people (the English new-layout page: the area box), an English town's primary schools 160 places short after
new estates were built (the census table), a German town's census growth (the explore-the-data link, run into a
paragraph) and a French commune passing 10,000 inhabitants (the statistics office's card); parking-permit boards on
an English parking zone spreading to fourteen streets round a station (the permit form), a Turkish town centre's paid
parking with residents' cards (the zones table), a German town's own page on residents' parking in its old town (a
Stadt on TYPO3: the which-zone link, run into a paragraph) and a Spanish city's blue zone reaching four districts (the Spanish new-layout
page: the parking services' card); course finders on an English college's adult centre filled by over-60s (the
course form), a Turkish public education centre's literacy class (the courses table), a German Volkshochschule's
smartphone courses for older people (the enrol link, run into a paragraph) and a Russian library's computer classes
for pensioners (the admissions card).  Earlier families that need a reason in the story are placed the same way (a
calendar row on a Christmas lights switch-on and on a repair café's birthday, a gallery on a Turkish village library's
opening and on a Russian amateur theatre's sixtieth season); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a German Stadt on TYPO3 -- no newspaper
furniture --, a Turkish village association's website on uCoz, an independent publication on Medium, which prints no
ads, app, push or print prompts, comment counters or press-standards lines, and of the newsletter family only its
appeal for money); a correction box goes only on a story that was corrected, with that story's own wording.  Residue
markup varies as on real pages: classed boxes, bars, chips, cards, strips and widgets, bare <p> / <div> lines as
pasted by editors, headings, links, lists, spans, forms, definition lists and tables, and, for a few families, a line
run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the explore-the-data link, the
which-zone link, the enrol link; only one line in any paragraph) or a bold section tag run into the start of the first
one (on the Spanish market-bar story, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine and sanity), italics (a one-line quote on both new-layout pages and on
semantic, a quote on medium), a highlighted sentence (the rich-text editor's highlight span on both new-layout pages,
a <mark> on quintype), a paragraph in a box (a Gutenberg group, a CKEditor style on drupal), a fact box holding a
subheading and its list (a Fusion custom embed: what a Turkish resident's parking card needs), a Ghost callout card (a
food bank's opening days), a paragraph typed after a <br> (Shift+Enter in Polopoly's editor on both new-layout pages,
and on chunks); story structures that look like furniture but are the story: question-and-answer interviews
(questions typed in bold, some of two or three words -- "Was it quiet?", "Worst?", "Favourite corner?", "Pourquoi une
cave ?", "Et la relève ?", "А собаки?", "Самый трудный день?" --, in English, French and Russian: a librarian retiring
after 41 years, the last cheese affineur of a valley, a village postwoman of 38 years), lists inside the story (what a
parking zone means, the most popular evening classes as a numbered list, what a food bank is short of, what a repair
café mends most, what a village library holds, what a resident's card needs, documents for a parking permit, what a
census shows, a pool's prices, newcomers to a Spanish village, a library course's programme as a numbered list, what
a theatre shows for its jubilee), story tables (census figures by ward, the blue zone's start dates by district, in
the rich-text editor's table markup on the new layout), crossheads as headings and as bold paragraphs, one-line quotes
and short one-line paragraphs ("“We moved here for a garden and a school place.”", "“I was always told I was no good
with my hands.”", "«Vuelvo de trabajar y doy vueltas media hora.»", "«Mientras haya mercado, habrá bar», dice Pepa.",
"Celui que je goûterai demain."), a closing line with practical information (a public meeting, a drop-in, a farewell
tea, tower tours, a centre's hours, late-night shopping, a food bank's Facebook page, school applications, a birthday
session, a library's opening days, a registration office, a permit counter, a Bürgerbüro's hours, the spring
semester's registration, a council meeting, a cave's sale hours, a pool's summer hours, a permit office, a welcome
party, free coffee and churros, a library's lending desk, a post office's hours, a premiere), and story sentences
that mention furniture words in ordinary reporting ("Cookies, mulled apple juice and a brass band" opening a story,
"can contact the parking team" and "follow the food bank on Facebook" closing stories, readers "who subscribe to this
publication", "Les abonnements annuels" at a pool, a library's photographs wall), some at the start or end of the
story where furniture usually sits.  Two pages carry no residue at all (an English interview, a Russian interview)
and one only its correction line (an English town hall clock).
One page layout is new (polopoly: a regional daily's site built on Atex Polopoly, as it serves an article page, on two
pages, an English and a Spanish one): the URLs with Polopoly content ids (/news/local/<slug>-1.8123456, authors and
topics at -7.<id>), the images from /polopoly_fs/1.<id>!/image/<n>.jpg_gen/derivatives/landscape_620/<n>.jpg; the head
with the site's /static/<code>/css/ files, the og: and article: metas, the polopoly content-id meta, the consent
manager's config and wrapper script, the Google Tag Manager snippet with its dataLayer and the ad library; the header
with the masthead (logo, tagline, "Subscribe" link, search form) and the section navigation (nav.p-nav, ul.p-nav__list,
li.p-nav__item); the leaderboard ad slot; the breadcrumb; the article template: the section kicker,
h1.p-article__headline, the standfirst in p.p-article__standfirst (the story's "sub", not in the truth), the byline
with the author's photo and link and the "Published" / "Updated" times, the lead image with caption and credit, the
body in div.p-article__body as Polopoly's rich text renders it -- p, h2, strong / em, the highlight span, blockquote,
ul / ol, <br>, a table, the embedded image (div.p-embed--image with its caption and credit) after the first paragraph
and an inline related-content element (div.p-embed--related, "Read more" and a headline) further down: this layout's
own residue in the container --, the "Topics" list; after the article "More from this section" (teasers with
thumbnails), the share tools ("Share this article", Facebook, X, WhatsApp, Email, "Copy link"), the comments teaser
("Join the conversation", "View comments (n)"), the newsletter sign-up box and "Editor's picks"; the sidebar (two MPU
ad slots round "Most popular"); the footer (the site's columns, "Contact us", "Advertise", "Privacy", "Cookie policy",
"Terms and conditions", the publisher's group line, address and copyright) and the consent manager's dialog ("Your
privacy", "Accept all", "Reject all", "Manage preferences"), then the site's JS.  Polopoly's and the template's own
strings (PP_CORE, per language) are left as the platform ships them and not checked; the sites' own strings
(PP_SITES: the tagline, the section navigation, the topics, the newsletter text, the group line, the footer columns,
address and copyright, the consent dialog's wording) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h65 or h66 gave it (9 English pages, 3 in each other language: English on wordpress, amp, table,
semantic, storybody, ghost, hugo and medium; Turkish on ucoz, magazine and fusion; German on typo3, chunks and portal;
French on drupal, nextjs and cms; Spanish on gutenberg and quintype; Russian on sanity, legacy-br and regional); while
a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather than to the
platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's own,
and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout66.py, so that make_pages.py can import this module and merge it the same way. Standard
library only; deterministic (each page's choices are seeded from its id).
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
import make_heldout49 as mp49  # noqa: E402
import make_heldout50 as mp50  # noqa: E402
import make_heldout51 as mp51  # noqa: E402
import make_heldout52 as mp52  # noqa: E402
import make_heldout53 as mp53  # noqa: E402
import make_heldout54 as mp54  # noqa: E402
import make_heldout55 as mp55  # noqa: E402
import make_heldout56 as mp56  # noqa: E402
import make_heldout57 as mp57  # noqa: E402
import make_heldout58 as mp58  # noqa: E402
import make_heldout59 as mp59  # noqa: E402
import make_heldout60 as mp60  # noqa: E402
import make_heldout61 as mp61  # noqa: E402
import make_heldout62 as mp62  # noqa: E402
import make_heldout63 as mp63  # noqa: E402
import make_heldout64 as mp64  # noqa: E402
import make_heldout65 as mp65  # noqa: E402
import make_heldout66 as mp66  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h68_en import ARTICLES as H68_EN  # noqa: E402
from articles_h68_intl import ARTICLES as H68_INTL  # noqa: E402

ARTICLES = H68_EN + H68_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66)
# parts whose layouts' languages this part avoids (the two before it; h67 is written at the same time)
LANG_PARTS = (mp65, mp66)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h68"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Kingsmead and Orchard Gazette", "Pellham Town Crier Online", "Wetherby Cross Market Place Advertiser", "Marlow Cross Sentinel",
           "Ashford Magna Bellringer", "Brinsworth Canal Side News", "Brinsworth and Cawthorne Observer"],
    "tr": ["Gülyalı Kent Postası", "Gülyalı Çarşı Gazetesi"],
    "de": ["Ebersrieder Nachrichtenblatt", "Ebersrieder Tagesspiegel am Wald"],
    "fr": ["Le Courrier de Saint-Aubin et des Prés", "Les Nouvelles de la Haute-Corbière", "L'Éveil de Val-Corbière"],
    "es": ["El Heraldo de Villarejo y la Sierra", "La Gaceta de Valdecea"],
    "ru": ["Заволжская правда онлайн", "Михайловский вестник района", "Юность Заволжья"],
}
# sites fixed per page (the two Polopoly sites, a German town's own site on TYPO3, a Turkish village website on uCoz,
# an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h66 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To see the census map here, switch on data-visualisation cookies in your privacy choices", "This interactive chart stays blank until you agree to third-party chart cookies"],
        "tr": ["Buradaki nüfus haritasını görmek için gizlilik tercihlerinizde veri görselleştirme çerezlerini açın", "Bu etkileşimli grafik, üçüncü taraf grafik çerezlerine onay verene kadar boş kalır"],
        "de": ["Um die Zensuskarte hier zu sehen, schalten Sie in Ihren Datenschutzeinstellungen Cookies für Datengrafiken ein", "Diese interaktive Grafik bleibt leer, bis Sie Diagramm-Cookies von Drittanbietern zulassen"],
        "fr": ["Pour voir la carte du recensement ici, activez les cookies de visualisation de données dans vos choix de confidentialité", "Ce graphique interactif reste vide tant que vous n'acceptez pas les cookies de graphiques tiers"],
        "es": ["Para ver aquí el mapa del padrón, activa las cookies de visualización de datos en tus preferencias de privacidad", "Este gráfico interactivo se queda en blanco hasta que aceptes las cookies de gráficos de terceros"],
        "ru": ["Чтобы увидеть здесь карту переписи, включите cookie для визуализации данных в настройках приватности", "Интерактивный график останется пустым, пока вы не согласитесь на cookie сторонних сервисов графиков"],
    },
    "newsletter": {
        "en": ["Town Hall Tuesday: every decision that affects your street, in one email at lunchtime", "Two more free borough stories this month, then it's 99p a week to keep reading", "If this borough story mattered to you, a one-off gift to {site} pays for the next one"],
        "tr": ["Salı Meclis Notları: sokağınızı ilgilendiren her karar, öğle saatinde tek e-postada", "Bu ay iki kent haberi daha ücretsiz, sonrası haftada 9 liraya sınırsız", "Bu kent haberi işinize yaradıysa {site}'e yapacağınız tek seferlik bağış bir sonrakinin masrafını karşılar"],
        "de": ["Rathaus am Dienstag: jede Entscheidung, die Ihre Straße betrifft, in einer Mail zur Mittagszeit", "Noch zwei Stadtberichte gratis in diesem Monat, danach weiterlesen für 99 Cent die Woche", "Wenn Ihnen dieser Stadtbericht etwas bedeutet hat, finanziert eine einmalige Spende an {site} den nächsten"],
        "fr": ["La Mairie du mardi : chaque décision qui touche votre rue, dans un courriel à l'heure du déjeuner", "Encore deux articles de la ville offerts ce mois-ci, ensuite 99 centimes la semaine pour continuer", "Si cet article de la ville a compté pour vous, un don ponctuel à {site} finance le prochain"],
        "es": ["El Pleno del martes: cada decisión que afecta a tu calle, en un correo a la hora de comer", "Te regalamos dos noticias más de la ciudad este mes; luego, 99 céntimos a la semana para seguir", "Si esta noticia de la ciudad te ha servido, una aportación puntual a {site} paga la siguiente"],
        "ru": ["«Дума по вторникам»: каждое решение, которое касается вашей улицы, в одном письме к обеду", "Ещё две городские новости в этом месяце бесплатно, дальше — 99 рублей в неделю", "Если эта городская новость была вам полезна, разовый перевод «{site}» оплатит следующую"],
    },
    "share": {
        "en": ["Tell the street: Facebook · WhatsApp · Email · Copy this page's link", "Know someone on the estate who should read this? Send them the borough link"],
        "tr": ["Sokağa duyurun: Facebook · WhatsApp · E-posta · Sayfa bağlantısını kopyalayın", "Sitede bunu okuması gereken biri mi var? Kent haberinin bağlantısını ona yollayın"],
        "de": ["Der Straße Bescheid sagen: Facebook · WhatsApp · E-Mail · Seitenlink kopieren", "Kennen Sie jemanden in der Siedlung, der das lesen sollte? Schicken Sie ihm den Stadtlink"],
        "fr": ["Prévenir la rue : Facebook · WhatsApp · Courriel · Copier le lien de la page", "Quelqu'un dans la résidence devrait lire ceci ? Envoyez-lui le lien de la ville"],
        "es": ["Avisa a la calle: Facebook · WhatsApp · Correo · Copiar el enlace de la página", "¿Conoces a alguien de la urbanización que debería leerlo? Mándale el enlace de la ciudad"],
        "ru": ["Расскажите соседям: ВКонтакте · WhatsApp · Почта · Скопировать ссылку на страницу", "Знаете кого-то во дворе, кому стоит это прочесть? Отправьте ему городскую ссылку"],
    },
    "photo": {
        "en": ["Picture lent to the borough desk by the family", "Image: {site} reader's own"],
        "tr": ["Fotoğrafı kent masamıza aile ödünç verdi", "Görsel: {site} okurunun kendi çekimi"],
        "de": ["Bild von der Familie der Stadtredaktion geliehen", "Bild: privat, von einem Leser von {site}"],
        "fr": ["Photo prêtée par la famille à la rédaction de la ville", "Image : collection personnelle d'un lecteur de {site}"],
        "es": ["Foto prestada por la familia a la redacción de la ciudad", "Foto: archivo personal de un lector de {site}"],
        "ru": ["Снимок семья одолжила городской редакции", "Фото из личного архива читателя «{site}»"],
    },
    "copyright": {
        "en": ["All rights reserved by {site}; this report may not be republished in whole or in part without a licence."],
        "tr": ["Tüm hakları {site}'e aittir; bu haber lisans alınmadan tamamen ya da kısmen yeniden yayımlanamaz."],
        "de": ["Alle Rechte bei {site}; dieser Bericht darf ohne Lizenz weder ganz noch teilweise wiederveröffentlicht werden."],
        "fr": ["Tous droits réservés à {site} ; ce reportage ne peut être republié en tout ou partie sans licence."],
        "es": ["Todos los derechos reservados a {site}; esta información no puede republicarse total ni parcialmente sin licencia."],
        "ru": ["Все права принадлежат «{site}»; перепечатка материала полностью или частично возможна только по лицензии."],
    },
    "section": {
        "en": ["Just in from the {section} desk", "Back to the {section} front ›"],
        "tr": ["{section} masasından yeni gelenler", "{section} ana sayfasına dön ›"],
        "de": ["Frisch vom Ressort {section}", "Zurück zur Übersicht {section} ›"],
        "fr": ["Tout juste arrivé du service {section}", "Retour à la une {section} ›"],
        "es": ["Recién llegado de la sección de {section}", "De vuelta a la portada de la sección {section} ›"],
        "ru": ["Только что из отдела «{section}»", "Вернуться на главную раздела «{section}» ›"],
    },
    "related": {
        "en": ["Elsewhere in the borough today", "Borough stories you may have scrolled past"],
        "tr": ["Bugün ilçenin başka yerlerinde", "Kaydırırken atlamış olabileceğiniz kent haberleri"],
        "de": ["Heute sonst noch im Stadtgebiet", "Stadtberichte, an denen Sie vielleicht vorbeigescrollt sind"],
        "fr": ["Ailleurs dans la commune aujourd'hui", "Des nouvelles de la ville que vous avez peut-être fait défiler"],
        "es": ["Hoy, en otros puntos del municipio", "Noticias de la ciudad que quizá pasaste de largo"],
        "ru": ["Сегодня в других частях города", "Городские новости, которые вы могли пролистать"],
    },
    "symbol": {
        "*": ["◇ ◆ ◇ ◆ ◇ ◆", "~ ✽ ~", "■ ■ ■", "· · ✶ · ·"],
    },
    "credit": {
        "en": ["Additional reporting by our local democracy reporter", "With input from the {site} data desk"],
        "tr": ["Habere yerel yönetim muhabirimiz de katkıda bulundu", "{site} veri masasının katkılarıyla"],
        "de": ["Mitarbeit: unsere Reporterin für Kommunalpolitik", "Mit Zuarbeit des Datenteams von {site}"],
        "fr": ["Avec la contribution de notre correspondant à la communauté de communes", "Avec l'aide de la cellule données de {site}"],
        "es": ["Con la colaboración de nuestra corresponsal en el ayuntamiento", "Con datos elaborados por la unidad de datos de {site}"],
        "ru": ["При участии нашего корреспондента в городской думе", "С использованием расчётов отдела данных «{site}»"],
    },
    "ad": {
        "en": ["Sponsored content continues after this", "Put your business in front of local readers with {site}"],
        "tr": ["Sponsorlu içerik bunun ardından sürüyor", "İşletmenizi {site} ile yerel okurların önüne çıkarın"],
        "de": ["Gesponserter Inhalt, der Text geht danach weiter", "Bringen Sie Ihr Geschäft mit {site} vor lokale Leser"],
        "fr": ["Contenu sponsorisé, la suite après", "Faites connaître votre commerce aux lecteurs du coin avec {site}"],
        "es": ["Contenido patrocinado, la noticia sigue después", "Da a conocer tu negocio a los lectores de la zona con {site}"],
        "ru": ["Спонсорский материал, текст продолжится ниже", "Расскажите о своём деле местным читателям вместе с «{site}»"],
    },
    "continue": {
        "en": ["The article resumes after this message", "Tap to read the full article ↓"],
        "tr": ["Haber bu mesajın ardından devam ediyor", "Haberin tamamını okumak için dokunun ↓"],
        "de": ["Der Artikel geht nach dieser Mitteilung weiter", "Tippen, um den ganzen Artikel zu lesen ↓"],
        "fr": ["L'article reprend après ce message", "Touchez pour lire l'article en entier ↓"],
        "es": ["La noticia se reanuda tras este mensaje", "Toca para leer la noticia completa ↓"],
        "ru": ["Материал продолжится после этого сообщения", "Нажмите, чтобы прочитать материал целиком ↓"],
    },
    "comments": {
        "en": ["{n} comments so far: add yours", "See what {n} readers are saying ↓"],
        "tr": ["Şimdiye kadar {n} yorum var: siz de yazın", "{n} okurun ne dediğine bakın ↓"],
        "de": ["Bisher {n} Kommentare: schreiben Sie mit", "Sehen Sie, was {n} Leser sagen ↓"],
        "fr": ["{n} commentaires pour l'instant : ajoutez le vôtre", "Voir ce que disent {n} lecteurs ↓"],
        "es": ["{n} comentarios hasta ahora: deja el tuyo", "Mira lo que dicen {n} lectores ↓"],
        "ru": ["Пока {n} комментариев: добавьте свой", "Посмотрите, что пишут {n} читателей ↓"],
    },
    "readtime": {
        "en": ["About {m} minutes of borough reading", "{m}-min read · local news"],
        "tr": ["Yaklaşık {m} dakikalık kent okuması", "{m} dakikalık okuma · yerel haber"],
        "de": ["Rund {m} Minuten Stadtlektüre", "Lesezeit {m} Minuten · Lokales aus der Stadt"],
        "fr": ["Environ {m} minutes de lecture sur la ville", "Lecture de {m} min · infos locales"],
        "es": ["Unos {m} minutos de lectura sobre la ciudad", "Lectura de {m} min · noticias locales"],
        "ru": ["Примерно {m} минут чтения о городе", "Читать {m} мин · местные новости"],
    },
    "updated": {
        "en": ["This article was last updated at {t} on {d}", "Story updated {d}, {t}: new figures added"],
        "tr": ["Bu haber en son {d} tarihinde saat {t}'de güncellendi", "Haber güncellendi, {d} {t}: yeni rakamlar eklendi"],
        "de": ["Dieser Artikel wurde zuletzt am {d} um {t} Uhr aktualisiert", "Aktualisiert am {d}, {t} Uhr: neue Zahlen ergänzt"],
        "fr": ["Cet article a été actualisé pour la dernière fois le {d} à {t}", "Article mis à jour le {d}, {t} : nouveaux chiffres ajoutés"],
        "es": ["Esta noticia se actualizó por última vez el {d} a las {t}", "Actualizada el {d}, {t}: se añaden nuevas cifras"],
        "ru": ["Материал последний раз обновлён {d} в {t}", "Обновлено {d}, {t}: добавлены новые цифры"],
    },
    "audio": {
        "en": ["🔊 Listen to this article · {m} min", "Rather hear it? A synthetic voice will read you this borough story"],
        "tr": ["🔊 Bu haberi dinleyin · {m} dk", "Dinlemek mi istersiniz? Bu kent haberini yapay bir ses okusun"],
        "de": ["🔊 Diesen Artikel anhören · {m} Min.", "Lieber zuhören als lesen? Eine künstliche Stimme liest Ihnen diesen Stadtbericht vor"],
        "fr": ["🔊 Écouter cet article · {m} min", "Plutôt l'entendre ? Une voix artificielle vous lit cet article de la ville"],
        "es": ["🔊 Escucha esta noticia · {m} min", "¿Mejor oírla? Una voz artificial te lee esta noticia de la ciudad"],
        "ru": ["🔊 Прослушать материал · {m} мин", "Лучше послушать? Искусственный голос прочитает вам эту городскую новость"],
    },
    "app": {
        "en": ["Get local alerts first: the {site} app is free on iPhone and Android", "Carry on with this borough story in our app ›"],
        "tr": ["Yerel uyarıları ilk siz alın: {site} uygulaması iPhone ve Android'de ücretsiz", "Bu kent haberine uygulamamızda devam edin ›"],
        "de": ["Lokale Meldungen zuerst: Die App von {site} ist kostenlos für iPhone und Android", "Diesen Stadtbericht in unserer App weiterlesen ›"],
        "fr": ["Recevez les alertes locales en premier : l'appli {site} est gratuite sur iPhone et Android", "Poursuivre cet article de la ville dans notre appli ›"],
        "es": ["Recibe antes que nadie los avisos locales: la app de {site} es gratis en iPhone y Android", "Sigue esta noticia de la ciudad en nuestra app ›"],
        "ru": ["Узнавайте местные новости первыми: приложение «{site}» бесплатно для iPhone и Android", "Дочитать эту городскую новость в нашем приложении ›"],
    },
    "bio": {
        "en": ["{by} is {site}'s {section} reporter and has worked in the town's newsroom for nine years.", "Everything {by} has filed from the borough ›"],
        "tr": ["{by}, {site}'in {section} muhabiri; dokuz yıldır kentin haber odasında çalışıyor.", "{by} adlı muhabirin kentten gönderdiği her şey ›"],
        "de": ["{by} ist bei {site} für {section} zuständig und arbeitet seit neun Jahren in der Lokalredaktion.", "Alles, was {by} aus der Stadt geschrieben hat ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et travaille à la rédaction locale depuis neuf ans.", "Tout ce que {by} a écrit depuis la ville ›"],
        "es": ["{by} cubre {section} para {site} y lleva nueve años en la redacción local.", "Todo lo que {by} ha escrito desde la ciudad ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» и работает в городской редакции девять лет.", "Другие материалы автора: {by} ›"],
    },
    "tip": {
        "en": ["Something happening on your road this week? Email news@harrowdale-newsroom.example or message us on WhatsApp", "Call the newsdesk in confidence on 01632 960 318"],
        "tr": ["Bu hafta sokağınızda bir şey mi oluyor? haber@gulyali-haberodasi.example adresine yazın ya da WhatsApp'tan ulaşın", "Haber masasını gizlilik içinde arayın: 0 (252) 900 31 80"],
        "de": ["Passiert diese Woche etwas in Ihrer Straße? Schreiben Sie an hinweis@ebersried-redaktion.example oder per WhatsApp", "Rufen Sie die Redaktion vertraulich an: 08071 900 318"],
        "fr": ["Il se passe quelque chose dans votre rue cette semaine ? Écrivez à redaction@saint-aubin-infos.example ou sur WhatsApp", "Appelez la rédaction en toute confidentialité au 03 00 90 03 18"],
        "es": ["¿Pasa algo en tu calle esta semana? Escribe a noticias@valdecea-redaccion.example o por WhatsApp", "Llama a la redacción con total confidencialidad al 980 900 318"],
        "ru": ["Что-то происходит на вашей улице на этой неделе? Пишите на novosti@zavolzhsk-redakciya.example или в WhatsApp", "Позвоните в редакцию, анонимность гарантируем: 8 (84593) 3-18-00"],
    },
    "typo": {
        "en": ["A wrong name or number in this borough story? Highlight it and press Ctrl+Enter for the subs"],
        "tr": ["Bu kent haberinde yanlış bir isim ya da sayı mı var? Seçip Ctrl+Enter'a basın, editörler baksın"],
        "de": ["Ein falscher Name oder eine falsche Zahl in diesem Stadtbericht? Markieren und Strg+Enter für die Korrektur"],
        "fr": ["Un nom ou un chiffre erroné dans cet article de la ville ? Surlignez-le et tapez Ctrl+Entrée pour les correcteurs"],
        "es": ["¿Un nombre o una cifra mal en esta noticia de la ciudad? Resáltalo y pulsa Ctrl+Intro para los correctores"],
        "ru": ["Неверное имя или цифра в этой городской новости? Выделите и нажмите Ctrl+Enter для корректоров"],
    },
    "push": {
        "en": ["Allow notifications from {site} to hear about road closures and breaking news? Yes, alert me · Not this time"],
        "tr": ["Yol kapanmaları ve son dakika haberleri için {site} bildirimlerine izin verilsin mi? Evet, haber ver · Bu sefer değil"],
        "de": ["Benachrichtigungen von {site} zu Straßensperrungen und Eilmeldungen erlauben? Ja, Bescheid geben · Diesmal nicht"],
        "fr": ["Autoriser les notifications de {site} pour les routes fermées et les infos urgentes ? Oui, prévenez-moi · Pas cette fois"],
        "es": ["¿Permitir notificaciones de {site} sobre cortes de tráfico y última hora? Sí, avísame · Esta vez no"],
        "ru": ["Разрешить уведомления «{site}» о перекрытиях дорог и срочных новостях? Да, сообщайте · В этот раз нет"],
    },
    "print": {
        "en": ["Print this article · Save as PDF · Send by email", "Print-ready version of this borough story"],
        "tr": ["Bu haberi yazdırın · PDF olarak kaydedin · E-postayla gönderin", "Bu kent haberinin yazdırmaya uygun sürümü"],
        "de": ["Artikel drucken · Als PDF sichern · Per E-Mail senden", "Druckfertige Fassung dieses Stadtberichts"],
        "fr": ["Imprimer l'article · Enregistrer en PDF · Envoyer par courriel", "Version prête à imprimer de cet article de la ville"],
        "es": ["Imprimir la noticia · Guardar en PDF · Enviar por correo", "Versión lista para imprimir de esta noticia de la ciudad"],
        "ru": ["Напечатать материал · Сохранить в PDF · Отправить по почте", "Версия этой городской новости для печати"],
    },
    "feedback": {
        "en": ["Did this borough story tell you what you needed? It did · Partly · It didn't"],
        "tr": ["Bu kent haberi aradığınızı söyledi mi? Söyledi · Kısmen · Söylemedi"],
        "de": ["Hat Ihnen dieser Stadtbericht gesagt, was Sie wissen wollten? Ja · Teilweise · Nein, leider"],
        "fr": ["Cet article de la ville vous a-t-il appris ce que vous cherchiez ? Oui · En partie · Non, hélas"],
        "es": ["¿Te ha contado esta noticia de la ciudad lo que buscabas? Sí · En parte · Pues no"],
        "ru": ["Рассказала ли эта городская новость то, что вы искали? Да · Отчасти · Увы, нет"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO and follows the Editors' Code; to complain, use the form on our corrections page."],
        "tr": ["{site} basın meslek ilkelerine bağlıdır; şikâyetleriniz için düzeltmeler sayfamızdaki formu kullanın."],
        "de": ["{site} folgt dem Pressekodex; für Beschwerden nutzen Sie bitte das Formular auf unserer Korrekturseite."],
        "fr": ["{site} respecte la charte de déontologie des journalistes ; pour une réclamation, utilisez le formulaire de notre page rectificatifs."],
        "es": ["{site} se rige por el código deontológico de la profesión; para reclamar, usa el formulario de nuestra página de rectificaciones."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобы принимаются через форму на странице исправлений."],
    },
    "topics": {
        "en": ["More on: {section} · housing · local council", "Ping me when there's new {section} from the borough ›"],
        "tr": ["Daha fazlası: {section} · konut · belediye", "Kentten yeni {section} haberi çıkınca bana haber verin ›"],
        "de": ["Mehr zu: {section} · Wohnen · Stadtrat", "Melden, wenn es Neues zu {section} aus der Stadt gibt ›"],
        "fr": ["En savoir plus : {section} · logement · conseil municipal", "Me signaler les nouveautés {section} de la ville ›"],
        "es": ["Más sobre: {section} · vivienda · ayuntamiento", "Avísame cuando haya novedades de {section} en la ciudad ›"],
        "ru": ["Ещё по темам: {section} · жильё · городская дума", "Сообщать о новых городских материалах по теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["☆ Keep this borough story for the weekend"],
        "tr": ["☆ Bu kent haberini hafta sonuna sakla"],
        "de": ["☆ Diesen Stadtbericht fürs Wochenende aufheben"],
        "fr": ["☆ Garder cet article de la ville pour le week-end"],
        "es": ["☆ Guardar esta noticia de la ciudad para el fin de semana"],
        "ru": ["☆ Отложить эту городскую новость на выходные"],
    },
    "poll": {
        "en": ["Have your vote: should the council have acted sooner? Sooner, definitely · It was about right · Can't say", "Your vote is counted before the borough's totals appear"],
        "tr": ["Oyunuzu verin: belediye daha erken mi harekete geçmeliydi? Kesinlikle daha erken · Zamanlama doğruydu · Bilemiyorum", "Oyunuz sayıldıktan sonra kentin toplamları görünür"],
        "de": ["Stimmen Sie ab: Hätte die Stadt früher handeln sollen? Unbedingt früher · Zeitpunkt passte · Kann ich nicht sagen", "Ihre Stimme wird gezählt, bevor die Zwischenstände der Stadt erscheinen"],
        "fr": ["Votez : la mairie aurait-elle dû agir plus tôt ? Bien plus tôt · C'était le bon moment · Difficile à dire", "Votre voix est comptée avant l'affichage des totaux de la ville"],
        "es": ["Vota: ¿debería el ayuntamiento haber actuado antes? Mucho antes · Fue a tiempo · No sabría decir", "Tu voto se cuenta antes de mostrar los totales de la ciudad"],
        "ru": ["Проголосуйте: должна ли была администрация вмешаться раньше? Гораздо раньше · Вовремя · Затрудняюсь", "Ваш голос учтут, а потом покажут итоги по городу"],
    },
    "embed": {
        "en": ["See what {handle} posted on Instagram that afternoon", "Play the clip {handle} put on YouTube"],
        "tr": ["{handle} hesabının o öğleden sonra Instagram'da paylaştığına bakın", "{handle} hesabının YouTube'a koyduğu klibi oynatın"],
        "de": ["Ansehen, was {handle} an jenem Nachmittag auf Instagram gepostet hat", "Den Clip abspielen, den {handle} auf YouTube gestellt hat"],
        "fr": ["Voir ce que {handle} a publié sur Instagram cet après-midi-là", "Lancer l'extrait que {handle} a mis sur YouTube"],
        "es": ["Mira lo que {handle} publicó en Instagram aquella tarde", "Reproduce el clip que {handle} subió a YouTube"],
        "ru": ["Посмотреть, что {handle} выложил в Instagram в тот день", "Запустить ролик, который {handle} выложил на YouTube"],
    },
    "gallery": {
        "en": ["📸 See all {g} photos", "Gallery: {g} pictures from the evening ›"],
        "tr": ["📸 {g} fotoğrafın tamamını görün", "Galeri: o akşamdan {g} kare ›"],
        "de": ["📸 Alle {g} Fotos ansehen", "Bildergalerie: {g} Bilder vom Abend ›"],
        "fr": ["📸 Voir les {g} photos", "Galerie : {g} images de la soirée ›"],
        "es": ["📸 Ver las {g} fotos", "Galería: {g} imágenes de la velada ›"],
        "ru": ["📸 Смотреть все {g} фото", "Фотогалерея: {g} кадров с вечера ›"],
    },
    "map": {
        "en": ["Open the borough map full screen", "Directions: Google Maps · Apple Maps · Citymapper"],
        "tr": ["Kent haritasını tam ekranda açın", "Yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Stadtkarte im Vollbild öffnen", "Route: Google Maps · Apple Karten · HERE WeGo"],
        "fr": ["Ouvrir la carte de la ville en plein écran", "Itinéraire : Google Maps · Plans · Waze"],
        "es": ["Abre el mapa de la ciudad a pantalla completa", "Cómo llegar: Google Maps · Apple Mapas · Waze"],
        "ru": ["Открыть карту города на весь экран", "Как добраться: Яндекс Карты · 2ГИС · Google Maps"],
    },
    "calendar": {
        "en": ["Add this event to your calendar: Google · Outlook · Apple", "Send me a borough reminder the evening before"],
        "tr": ["Etkinliği takviminize ekleyin: Google · Outlook · Apple", "Bir akşam önceden bana kent hatırlatması gönderin"],
        "de": ["Termin in den Kalender eintragen: Google · Outlook · Apple", "Am Vorabend eine Stadt-Erinnerung schicken"],
        "fr": ["Ajouter l'événement à votre agenda : Google · Outlook · Apple", "M'envoyer un rappel de la ville la veille au soir"],
        "es": ["Añade el evento a tu calendario: Google · Outlook · Apple", "Mándame un recordatorio de la ciudad la tarde antes"],
        "ru": ["Добавить событие в календарь: Google · Outlook · Apple", "Прислать городское напоминание накануне вечером"],
    },
    "scores": {
        "en": ["All of Saturday's local results ›", "Results · Tables · Fixtures · Top scorers"],
        "tr": ["Cumartesi günkü tüm yerel sonuçlar ›", "Sonuçlar · Puan durumu · Fikstür · Gol krallığı"],
        "de": ["Alle Ergebnisse vom Samstag aus der Region ›", "Ergebnisse · Tabellen · Spielplan · Torjäger"],
        "fr": ["Tous les résultats locaux de samedi ›", "Résultats · Classements · Calendrier · Meilleurs buteurs"],
        "es": ["Todos los resultados locales del sábado ›", "Resultados · Clasificación · Calendario · Goleadores"],
        "ru": ["Все результаты субботних местных матчей ›", "Результаты · Таблицы · Календарь · Бомбардиры"],
    },
    "correction": {
        "en": ["We have corrected this article."],
        "tr": ["Bu haberde düzeltme yaptık."],
        "de": ["Wir haben diesen Artikel korrigiert."],
        "fr": ["Nous avons corrigé cet article."],
        "es": ["Hemos corregido esta noticia."],
        "ru": ["Мы исправили этот материал."],
    },
    # the three families new in this part
    "areastats": {
        "en": ["Your area in numbers", "Population, median age and households since the last census", "Explore the census data for your neighbourhood ›", "Census and population enquiries"],
        "tr": ["Mahalleniz rakamlarla", "Son sayımdan bu yana nüfus, ortanca yaş ve hane sayısı", "Mahallenizin nüfus verilerini inceleyin ›", "İl istatistik bürosu bilgi masası"],
        "de": ["Ihr Stadtteil in Zahlen", "Einwohner, Medianalter und Haushalte seit dem letzten Zensus", "Die Zensusdaten für Ihr Viertel erkunden ›", "Statistikstelle der Stadt, Auskunft"],
        "fr": ["Votre quartier en chiffres", "Population, âge médian et ménages depuis le dernier recensement", "Explorer les données du recensement de votre quartier ›", "Renseignements sur le recensement"],
        "es": ["Tu barrio en cifras", "Población, edad mediana y hogares desde el último censo", "Explora los datos del padrón de tu barrio ›", "Oficina de Estadística y Padrón"],
        "ru": ["Ваш район в цифрах", "Население, медианный возраст и домохозяйства со времени прошлой переписи", "Изучить данные переписи по вашему району ›", "Справочная отдела статистики"],
    },
    "parkingpermits": {
        "en": ["Apply for a resident parking permit", "Permit zones: prices and hours of control", "Check which parking zone you are in ›", "Parking Services permits team"],
        "tr": ["Sakin park kartına başvurun", "Park bölgeleri: ücretler ve denetim saatleri", "Hangi park bölgesinde oturduğunuzu öğrenin ›", "Zabıta Müdürlüğü park birimi"],
        "de": ["Bewohnerparkausweis beantragen", "Parkzonen: Gebühren und Geltungszeiten", "Prüfen, in welcher Parkzone Sie wohnen ›", "Straßenverkehrsbehörde, Parkausweise"],
        "fr": ["Demander une vignette de stationnement résident", "Zones de stationnement : tarifs et horaires", "Vérifier dans quelle zone vous habitez ›", "Service stationnement de la mairie"],
        "es": ["Solicita el distintivo de residente", "Zonas de aparcamiento regulado: tarifas y horarios", "Comprueba en qué zona de aparcamiento vives ›", "Oficina de Movilidad y Aparcamiento"],
        "ru": ["Оформить резидентное парковочное разрешение", "Зоны платной парковки: тарифы и часы работы", "Узнать, в какой парковочной зоне ваш дом ›", "Отдел организации парковочного пространства"],
    },
    "coursefinder": {
        "en": ["Find a course", "Courses starting soon: dates and fees", "Enrol now for the new term ›", "Adult Learning admissions team"],
        "tr": ["Size uygun kursu bulun", "Yakında başlayacak kurslar: tarihler ve ücretler", "Yeni döneme hemen kaydolun ›", "Halk eğitim merkezi kayıt bürosu"],
        "de": ["Einen Kurs finden", "Bald beginnende Kurse: Termine und Gebühren", "Jetzt für das neue Semester anmelden ›", "Kursberatung und Anmeldung der Volkshochschule"],
        "fr": ["Trouver une formation", "Formations qui commencent bientôt : dates et tarifs", "S'inscrire dès maintenant pour la rentrée ›", "Service des inscriptions, formation des adultes"],
        "es": ["Encuentra un curso", "Cursos que empiezan pronto: fechas y precios", "Matricúlate ya para el nuevo trimestre ›", "Secretaría de la escuela de adultos"],
        "ru": ["Подобрать курс", "Ближайшие курсы: даты начала и стоимость", "Записаться на новый набор ›", "Приёмная комиссия центра дополнительного образования"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"areastats": [0, 1, 2, 3], "parkingpermits": [0, 1, 2, 3], "coursefinder": [0, 1, 2, 3]}
# the areas: area, population, median age, households, change since the last census
AREA_STATS = {
    "en": [("Kilnfield ward", "9,480", "31.2", "3,620", "+125%"), ("Ashcombe East ward", "8,930", "36.4", "3,710", "+30%"),
           ("Town Centre ward", "7,140", "44.1", "3,880", "+2%"), ("Whole borough", "100,460", "40.3", "41,300", "+11.4%")],
    "tr": [("Cumhuriyet Mahallesi", "8.214", "34,7", "2.905", "+%6,1"), ("Yeni Mahalle", "11.570", "29,3", "3.720", "+%18,4"),
           ("Gülyalı ilçe geneli", "46.380", "36,2", "15.940", "+%7,2")],
    "de": [("Ebersried, Kernstadt", "18.960", "42,9", "9.410", "+8,3 %"), ("Oberwald", "1.840", "47,5", "790", "−4,1 %"),
           ("Kreuth und Haslach", "2.612", "49,2", "1.130", "−3,6 %")],
    "fr": [("Quartier des Vergers", "2 870", "33,1", "1 090", "+41 %"), ("Centre ancien de Saint-Aubin", "3 415", "48,6", "1 820", "−3 %"),
           ("Quartier du Moulin-Blanc", "1 960", "35,2", "760", "+19 %"), ("Saint-Aubin, toute la commune", "10 142", "41,4", "4 380", "+9,6 %")],
    "es": [("Valdecea, distrito Centro", "14.210", "47,3", "6.150", "−1,8 %"), ("Valdecea, barrio de San Lorenzo", "9.870", "39,6", "3.940", "+4,2 %"),
           ("Valdecea, barrio de Las Eras", "6.530", "36,1", "2.480", "+7,9 %")],
    "ru": [("Центр Заволжска", "21 480", "44,2", "9 120", "−2,3 %"), ("Заволжск, микрорайон Волжский", "17 260", "37,5", "6 940", "+5,8 %"),
           ("Заволжск, посёлок Затон", "4 110", "49,1", "1 870", "−7,4 %")],
}
# the statistics office's card: label, value
STATS_OFFICE = {
    "en": [("Census enquiries line", "01632 960 427"), ("Borough data team", "data@harrowdale.example"), ("Open data portal", "harrowdale.example/data")],
    "tr": [("Bilgi talep hattı", "0 (252) 900 42 70"), ("Bilgi masasının yeri", "Hükümet Konağı, ikinci kat")],
    "de": [("Statistikstelle im Rathaus", "08071 900 427"), ("Auskunft", "Mo–Do 8–12 Uhr, Zimmer 208")],
    "fr": [("Service population, mairie", "03 00 90 42 70"), ("Accueil du service population", "du lundi au vendredi de 9 h à 12 h")],
    "es": [("Atención al padrón", "980 900 427"), ("Horario de atención del padrón", "de lunes a viernes de 9 a 14 h, planta primera")],
    "ru": [("Отдел статистики", "8 (84593) 4-27-00"), ("Приём граждан в отделе статистики", "вт и чт с 9:00 до 13:00, кабинет 305")],
}
# permit zones: zone, annual price, hours of control
PERMIT_ZONES = {
    "en": [("Zone K (Kingsmead)", "£68 first car, £110 second", "Mon–Fri 8am–6.30pm"), ("Zone S (Station Approach)", "£74 first car", "Mon–Sat 8am–8pm"),
           ("Zone T (Town Centre)", "£92 first car", "Every day 8am–10pm"), ("Visitor vouchers", "£1.20 a day, 50 a year", "Any zone")],
    "tr": [("A Bölgesi (Cumhuriyet Caddesi)", "Yıllık 600 TL", "Hafta içi 08.00–20.00"), ("B Bölgesi (Eski Pazar çevresi)", "Yıllık 450 TL", "Her gün 09.00–19.00"),
           ("Misafir kartı", "Günlük 40 TL", "Tüm bölgeler")],
    "de": [("Zone A (Marktplatz, Schmiedgasse)", "60 € im Jahr", "Mo–Sa 8–19 Uhr"), ("Zone B (Stadtgraben)", "60 € im Jahr", "Mo–Fr 8–18 Uhr"),
           ("Tagesparkschein für Besucher", "3 € pro Tag", "alle Zonen")],
    "fr": [("Zone verte (centre ancien)", "30 € par an", "du lundi au samedi de 9 h à 19 h"), ("Zone orange (gare)", "45 € par an", "du lundi au vendredi de 8 h à 18 h")],
    "es": [("Zona azul La Estación", "25 € al año", "L–V de 9 a 14 y de 16 a 20 h; S de 9 a 14 h"), ("Zona azul San Lorenzo", "25 € al año", "L–V de 9 a 14 y de 17 a 20 h"),
           ("Zona verde Las Eras y El Arrabal", "25 € al año", "L–S de 9 a 14 h")],
    "ru": [("Зона 1 (центр)", "3 000 ₽ в год", "ежедневно с 8:00 до 20:00"), ("Зона 2 (у вокзала)", "2 400 ₽ в год", "пн–пт с 8:00 до 19:00")],
}
# the parking services' card: label, value
PARKING_SERVICES = {
    "en": [("Permits line", "01632 960 663"), ("Permits email", "permits@kingsmead.example"), ("Counter", "Civic Centre, Mon–Fri 9am–4pm")],
    "tr": [("Zabıta park birimi", "0 (252) 900 66 30"), ("Kart başvurusu nerede yapılır", "Belediye hizmet binası, zabıta masası")],
    "de": [("Bürgerbüro, Parkausweise", "08071 900 663"), ("Adresse des Bürgerbüros", "Rathaus, Marktplatz 1, Erdgeschoss")],
    "fr": [("Service stationnement", "03 00 90 66 30"), ("Guichet", "hôtel de ville, rez-de-chaussée")],
    "es": [("Teléfono de Movilidad", "980 900 663"), ("Oficina de atención ciudadana", "plaza Mayor, 1, de 9 a 14 h")],
    "ru": [("Парковочный отдел", "8 (84593) 6-63-00"), ("Приём заявлений", "МФЦ, окно 7, пн–сб с 8:00 до 20:00")],
}
# courses: course, venue, start date, fee
COURSE_LIST = {
    "en": [("Digital skills for beginners", "Quarry Street centre", "12 Jan", "Free"), ("Conversational Spanish", "Quarry Street centre", "13 Jan", "£49 for ten weeks"),
           ("Pottery and ceramics", "Quarry Street studio", "14 Jan", "£89"), ("Bookkeeping for small businesses", "Main campus", "19 Jan", "£120")],
    "tr": [("Okuma yazma (1. kademe)", "Merkez bina", "12 Ocak", "Ücretsiz, devlet karşılıyor"), ("Temel bilgisayar", "Merkez bina, B salonu", "13 Ocak", "Ücretsiz, devlet karşılıyor"),
           ("Halı dokuma", "Yeşilköy derslik", "19 Ocak", "Malzeme bedeli")],
    "de": [("Smartphone für Einsteiger (Android)", "VHS am Kirchplatz", "13.01.2027", "48 €"), ("Smartphone für Einsteiger (iPhone)", "VHS am Kirchplatz", "14.01.2027", "48 €"),
           ("Sicher im Internet", "Stadtbücherei", "20.01.2027", "24 €")],
    "fr": [("Remise à niveau en français", "Maison de la formation", "5 janvier", "gratuit pour les demandeurs d'emploi"), ("Initiation à l'informatique", "Médiathèque de Saint-Aubin", "7 janvier", "35 € les dix séances")],
    "es": [("Español para extranjeros", "Centro de adultos", "11 de enero", "gratuito con el padrón"), ("Informática básica", "Centro de adultos, aula 2", "12 de enero", "15 €")],
    "ru": [("Компьютерная грамотность", "Центральная библиотека, читальный зал", "10 ноября", "бесплатно для пенсионеров"), ("Госуслуги и запись к врачу", "Центральная библиотека, читальный зал", "17 ноября", "бесплатно для пенсионеров"),
           ("Безопасность в интернете", "Библиотечный филиал № 3", "24 ноября", "бесплатно для пенсионеров")],
}
# the admissions team's card: label, value
ADMISSIONS = {
    "en": [("Course advice line", "01632 960 884"), ("Email the adult admissions office", "adults@marlowcross-college.example"), ("Reception", "Quarry Street, 9am–9pm weekdays")],
    "tr": [("Kayıt bürosu", "0 (252) 900 88 40"), ("Kayıt bürosunun adresi", "Halk Eğitim Merkezi, giriş kat")],
    "de": [("Kursberatung", "08071 900 884"), ("VHS-Geschäftsstelle am Kirchplatz", "Kirchplatz 4, Mo–Fr 9–12 Uhr")],
    "fr": [("Accueil formation", "03 00 90 88 40"), ("Adresse de la maison de la formation", "rue du Stade, Saint-Aubin-des-Prés")],
    "es": [("Secretaría", "980 900 884"), ("Horario de matrícula", "de lunes a jueves de 17 a 20 h")],
    "ru": [("Запись на курсы", "8 (84593) 8-84-00"), ("Абонемент библиотеки", "пн–пт с 10:00 до 18:00")],
}
WIDGET_ROWS = (("area stats", AREA_STATS), ("stats office", STATS_OFFICE), ("permit zones", PERMIT_ZONES),
               ("parking services", PARKING_SERVICES), ("course list", COURSE_LIST), ("admissions", ADMISSIONS))


# headlines of the linked stories (related lists, sidebars, "more from this section", "editor's picks")
HEADLINES = {
    "en": ["Bin collections move to every three weeks from April", "Former textile mill to become 48 flats and a climbing wall",
           "Cricket club's new nets opened by county captain", "Roadworks on Bridge Street will last until the summer holidays",
           "Family-run butcher closes after four generations", "Stray llama caught on the bypass after two-hour chase"],
    "tr": ["Çöp toplama nisandan itibaren haftada bir yapılacak", "Eski dokuma fabrikası 48 daireli binaya dönüşüyor",
           "Köy takımının yeni soyunma odaları açıldı", "Köprü Caddesi'ndeki yol çalışması yaz tatiline kadar sürecek",
           "Dört kuşaktır açık olan kasap kepenk indirdi", "Çevre yoluna çıkan başıboş inek iki saatte yakalandı"],
    "de": ["Müllabfuhr kommt ab April nur noch alle drei Wochen", "Alte Weberei wird zu 48 Wohnungen und einer Kletterhalle",
           "Sportplatz in Oberwald bekommt neue Flutlichtanlage", "Baustelle in der Brückenstraße dauert bis zu den Sommerferien",
           "Metzgerei schließt nach vier Generationen", "Entlaufenes Lama nach zwei Stunden auf der Umgehung eingefangen"],
    "fr": ["Le ramassage des ordures passera à une semaine sur trois en avril", "L'ancienne filature deviendra 48 logements et une salle d'escalade",
           "Le club de foot inaugure ses nouveaux vestiaires", "Les travaux de la rue du Pont dureront jusqu'aux grandes vacances",
           "La boucherie familiale ferme après quatre générations", "Un lama échappé rattrapé sur la rocade après deux heures de course"],
    "es": ["La recogida de basura pasará a ser cada tres semanas en abril", "La antigua fábrica textil se convertirá en 48 pisos y un rocódromo",
           "El club de fútbol estrena vestuarios", "Las obras de la calle del Puente durarán hasta el verano",
           "Cierra la carnicería familiar tras cuatro generaciones", "Atrapan en la circunvalación a una llama escapada tras dos horas"],
    "ru": ["Мусор будут вывозить раз в три недели с апреля", "Бывшую ткацкую фабрику перестроят под 48 квартир и скалодром",
           "Футбольному клубу открыли новые раздевалки", "Ремонт на Мостовой улице продлится до летних каникул",
           "Семейная мясная лавка закрылась после четырёх поколений", "Сбежавшую ламу поймали на объездной через два часа"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The council says the change will save £1.3m a year and that recycling will still go every fortnight.",
           "The developer wants to keep the chimney and the weaving shed's saw-tooth roof.",
           "Juniors will be able to practise under cover for the first time.",
           "A new gas main is going in under the road, one lane at a time.",
           "The shop opened in 1911 and still has its original tiled counter.",
           "Nobody has yet come forward to say the animal is theirs."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Round the borough this week", "Town hall and the ballot box", "From the magistrates' bench", "Classrooms, colleges and campuses", "Touchline: sport on our patch", "Out and about in the borough", "Births, weddings and farewells"],
               cookie="We and our partners store and access information on your device, such as cookies, to run this site, measure audiences and personalise adverts and content. Choose Agree to accept, or Manage to set your own preferences.",
               accept="That's fine, take me to the story", reject="Let me pick cookie by cookie", share="Send this borough story to a friend",
               related="More from round the borough that readers liked", newsletter="The Daily Briefing: local news at 7am, Monday to Saturday",
               subscribe="Send me The Daily Briefing", email="you@daily-briefing.example",
               comment_note="Please keep comments civil and relevant. We remove posts that break our community rules.",
               closed="We have not opened comments under this borough story.",
               footer=["Get in touch with the borough newsdesk", "Complaints about borough coverage", "Your personal data and the borough papers", "Advertising across our borough titles", "House rules for the borough site"],
               rights="Everything on this website belongs to its publisher and is protected by copyright, so please ask first.",
               commenters=[("KingsmeadKev", "About time something was done, it has been like this for years."),
                           ("Marion on the Rise", "Good news for once. Thank you to all the volunteers.")]),
    "tr": dict(nav=["Bu hafta kentin dört bir yanı", "Belediye meclisi ve sandık", "Adliye koridorlarından", "Sınıflar, kolejler, kampüsler", "Bizim sahalardan spor", "Kentte gezip görülecekler", "Doğum, düğün ve vedalar"],
               cookie="Biz ve iş ortaklarımız, siteyi çalıştırmak, okur sayısını ölçmek ve reklamları kişiselleştirmek için cihazınızda çerez gibi bilgileri saklıyor ve bunlara erişiyoruz. Kabul etmek için Onayla'yı, tercihlerinizi belirlemek için Yönet'i seçin.",
               accept="Olur, beni habere götürün", reject="Çerezleri tek tek seçeyim", share="Bu kent haberini bir arkadaşınıza gönderin",
               related="Kentin dört bir yanından okurların sevdiği haberler", newsletter="Günün Özeti: yerel haberler sabah 7'de, pazartesiden cumartesiye",
               subscribe="Günün Özeti'ni gönderin", email="siz@gunun-ozeti.example",
               comment_note="Lütfen yorumlarınızı saygılı ve konuyla ilgili tutun. Topluluk kurallarını çiğneyen yorumları kaldırıyoruz.",
               closed="Bu kent haberinin altında yorumlara yer açmadık.",
               footer=["Kent haber masasıyla iletişime geçin", "Gazeteciliğimiz hakkında şikâyet yolu", "Kent gazetelerinde kişisel verileriniz", "Kent gazetelerimizde reklam", "Kent sitemizin ev kuralları"],
               rights="Bu sitedeki her şey yayıncısına aittir ve telif hakkıyla korunur; lütfen önce bize sorun.",
               commenters=[("gulyali_48", "Nihayet bir şey yapıldı, yıllardır böyleydi."),
                           ("Sevim Teyze", "Sonunda güzel bir haber. Emeği geçen gönüllülere teşekkürler.")]),
    "de": dict(nav=["Diese Woche rund um die Stadt", "Rathaus und Wahlurne", "Von der Anklagebank berichtet", "Klassenzimmer, Hochschulen, Campus", "Seitenlinie: Sport aus unserer Ecke", "Unterwegs in Stadt und Umland", "Geburten, Hochzeiten, Abschiede"],
               cookie="Wir und unsere Partner speichern Informationen wie Cookies auf Ihrem Gerät und greifen darauf zu, um diese Seite zu betreiben, Reichweite zu messen und Werbung sowie Inhalte zu personalisieren. Wählen Sie Zustimmen oder Verwalten, um selbst festzulegen.",
               accept="Passt, weiter zum Artikel", reject="Cookies lieber einzeln auswählen", share="Diesen Stadtbericht an Freunde schicken",
               related="Weitere Berichte aus der Stadt, die Leser mochten", newsletter="Das Morgenbriefing: Lokales um 7 Uhr, montags bis samstags",
               subscribe="Morgenbriefing zuschicken", email="sie@morgenbriefing.example",
               comment_note="Bitte bleiben Sie höflich und beim Stadtthema. Beiträge, die gegen unsere Regeln verstoßen, entfernen wir.",
               closed="Unter diesem Stadtbericht haben wir keine Kommentare geöffnet.",
               footer=["Schreiben Sie der Stadtredaktion", "Beschwerden über die Stadtberichterstattung", "Ihre Daten und unsere Stadtausgaben", "Werbung in unseren Stadtausgaben", "Hausregeln der Stadtseite"],
               rights="Alles auf dieser Website gehört dem Verlag und ist urheberrechtlich geschützt, fragen Sie also bitte vorher.",
               commenters=[("Ebersrieder64", "Wurde auch Zeit, das geht schon seit Jahren so."),
                           ("Renate vom Kirchplatz", "Endlich mal eine gute Nachricht. Danke an alle Ehrenamtlichen.")]),
    "fr": dict(nav=["Cette semaine aux quatre coins de la ville", "Mairie et bureaux de vote", "Depuis le banc des prévenus", "Salles de classe, lycées et campus", "Bord de touche : le sport de chez nous", "Sorties en ville et aux alentours", "Naissances, mariages et adieux"],
               cookie="Nos partenaires et nous stockons des informations sur votre appareil, comme des cookies, et y accédons pour faire fonctionner ce site, mesurer l'audience et personnaliser publicités et contenus. Choisissez Accepter ou Gérer pour définir vos préférences.",
               accept="D'accord, emmenez-moi à l'article", reject="Je préfère choisir cookie par cookie", share="Envoyer cet article de la ville à un ami",
               related="D'autres nouvelles de la ville appréciées des lecteurs", newsletter="Le Point du matin : l'info locale à 7 h, du lundi au samedi",
               subscribe="Recevoir le Point du matin", email="vous@le-point-matinal.example",
               comment_note="Merci de rester courtois et de parler de la ville. Nous supprimons les messages contraires à nos règles.",
               closed="Nous n'avons pas ouvert les commentaires sous cet article de la ville.",
               footer=["Écrire à la rédaction de la ville", "Réclamer au sujet de notre travail", "Vos données personnelles et nos éditions de la ville", "La publicité dans nos éditions locales", "Le règlement intérieur du site de la ville"],
               rights="Tout ce qui figure sur ce site appartient à l'éditeur et relève du droit d'auteur : demandez-nous d'abord.",
               commenters=[("Dédé_des_Vergers", "Il était temps, ça dure depuis des années."),
                           ("Mireille L.", "Enfin une bonne nouvelle. Merci à tous les bénévoles.")]),
    "es": dict(nav=["Esta semana por toda la ciudad", "Ayuntamiento y urnas", "Desde el banquillo de los acusados", "Aulas, institutos y campus", "Banda: el deporte de aquí", "Planes por la ciudad y alrededores", "Nacimientos, bodas y despedidas"],
               cookie="Nosotros y nuestros socios almacenamos información en tu dispositivo, como cookies, y accedemos a ella para que esta web funcione, medir la audiencia y personalizar anuncios y contenidos. Elige Aceptar o Gestionar para fijar tus preferencias.",
               accept="Vale, llévame a la noticia", reject="Prefiero elegir cookie a cookie", share="Envía esta noticia de la ciudad a un amigo",
               related="Más noticias de la ciudad que gustaron a los lectores", newsletter="El Despertador: noticias locales a las 7, de lunes a sábado",
               subscribe="Quiero recibir El Despertador", email="tu@el-despertador.example",
               comment_note="Por favor, mantén los comentarios respetuosos y centrados en la ciudad. Borramos los que incumplen nuestras normas.",
               closed="No hemos abierto comentarios en esta noticia de la ciudad.",
               footer=["Escribe a la redacción de la ciudad", "Reclamar sobre nuestro periodismo", "Tus datos personales y nuestras ediciones de la ciudad", "Publicidad en nuestras ediciones locales", "Normas de la casa para la web de la ciudad"],
               rights="Todo lo que hay en esta web pertenece al editor y está protegido por derechos de autor: pregúntanos antes.",
               commenters=[("Paco_de_Las_Eras", "Ya era hora, llevamos años así."),
                           ("Conchi V.", "Por fin una buena noticia. Gracias a todos los voluntarios.")]),
    "ru": dict(nav=["Что было в городе за неделю", "Мэрия и избирательные участки", "Со скамьи подсудимых", "Классы, колледжи и кампусы", "У кромки поля: наш спорт", "Куда выбраться в городе и рядом", "Рождения, свадьбы и прощания"],
               cookie="Мы и наши партнёры сохраняем на вашем устройстве данные, например cookie, и получаем к ним доступ, чтобы сайт работал, чтобы измерять аудиторию и подбирать рекламу и материалы. Нажмите «Согласен», чтобы принять, или «Настроить», чтобы выбрать самим.",
               accept="Хорошо, ведите к материалу", reject="Выберу cookie по одному", share="Отправить эту городскую новость другу",
               related="Ещё городские новости, которые понравились читателям", newsletter="«Утренняя сводка»: местные новости в 7:00, с понедельника по субботу",
               subscribe="Присылать «Утреннюю сводку»", email="vy@utrennyaya-svodka.example",
               comment_note="Пожалуйста, пишите вежливо и о городе. Мы удаляем комментарии, нарушающие правила сообщества.",
               closed="Под этой городской новостью мы не открывали комментарии.",
               footer=["Написать в городскую редакцию", "Пожаловаться на нашу журналистику", "Ваши персональные данные и городские издания", "Реклама в наших городских изданиях", "Внутренние правила городского сайта"],
               rights="Всё на этом сайте принадлежит издателю и охраняется авторским правом, поэтому сначала спросите нас.",
               commenters=[("zavolzhanin_77", "Давно пора, сколько лет так было."),
                           ("Галина Петровна Ш.", "Наконец-то хорошая новость. Спасибо всем волонтёрам.")]),
}
UI68 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "GÜLYALI'DAN DAHA FAZLASI:", "ru": "ЧИТАЙТЕ ТАКЖЕ В «ЮНОСТИ ЗАВОЛЖЬЯ»:"},  # the magazine's and the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için kentin insanlarını ve {section} konularını yazıyor. Haber önerileri: yasam@gulyali-carsi.example"},
    (mp4, "READMORE"): {"tr": "ÇARŞIDAN BİR HABER DAHA:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en La Gaceta")},
    (mp6, "TYPO3"): {"de": dict(ext="Stadtplan der Parkzonen (OpenStreetMap)",
                                note="Hier ist ein Stadtplan mit den neuen Bewohnerparkzonen eingebunden. Er wird erst nach Ihrer Zustimmung von OpenStreetMap geladen; dabei wird Ihre IP-Adresse übertragen.",
                                button="Zustimmen und Stadtplan laden", by="Mitteilung der", search="Suche auf hohenbrueck.example",
                                lang_menu="Hohenbrück in Leichter Sprache")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Заволжск за неделю", nl_text="Каждую пятницу: главное о городе, ЖКХ, школах и культуре Заволжска в одном письме.",
                                 nl_button="Хочу получать «Заволжск за неделю»", nl_placeholder="Ваш адрес для «Заволжска за неделю»")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Brinsworth Bulletin", nl_text="Every Thursday evening: planning, schools and what's on across Brinsworth and Cawthorne, in one email.",
                                nl_label="Your email for The Brinsworth Bulletin", nl_button="Get The Brinsworth Bulletin")},
    (mp13, "PUB_NAV"): {"en": ["Latest from the wharf", "People of the canal", "Repairs and makers", "Chip in for the Wharfside Ledger"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Yukarıkaya Köyü Kültür ve Dayanışma Derneği",
                                menu=["Yukarıkaya ana sayfa", "Yukarıkaya'dan haberler", "Yukarıkaya köy kütüphanesi", "Yukarıkaya'nın tarihi",
                                      "Yukarıkaya fotoğraf albümü", "Derneğimize yazın"],
                                cats=["Yukarıkaya'dan haberler", "Yukarıkaya köy kütüphanesi", "Yukarıkaya derneğinden duyurular"],
                                friends=["Yukarıkaya Köyü Muhtarlığı", "Gülyalı Halk Kütüphanesi", "Yukarıkayalılar Dayanışma Grubu (Almanya)"],
                                footer="Yukarıkaya Köyü Derneği © 2026 · site gönüllü üyelerimizce güncellenir",
                                poster="yukarikaya_dernek", tags=["köy kütüphanesinin açılışı", "eski okul binası"],
                                commenters=[("Ayşe_Köln", "Gurbetten gözlerimiz doldu, emeği geçen herkese selam olsun."),
                                            ("Yukarıkayalı Mehmet", "Torunlarımı yazın getireceğim, kitap okusunlar.")],
                                style="p", heads="h3")},
}
# the platform's own strings that an earlier layout lacks in a language: none needed in this part
PLATFORM_STRINGS = {}



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
        for (mod, name), by_key in list(SITE_STRINGS.items()) + list(PLATFORM_STRINGS.items()):
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
# the new layout: a regional daily's site built on Atex Polopoly (Java, the Polopoly web framework), as it serves an
# article page: the URLs with Polopoly content ids (/news/local/<slug>-1.8123456), the images served from
# /polopoly_fs/1.8123457!/image/<n>.jpg_gen/derivatives/landscape_620/<n>.jpg; the head with the site's css / js, the
# og: metas, the Google Tag Manager snippet and the consent manager's stub; the header with the masthead, the date,
# the "Subscribe" link, the search form and the section navigation (nav.p-nav with ul.p-nav__list); the breadcrumb;
# the article template: the section kicker, h1.p-article__headline, the standfirst in p.p-article__standfirst (the
# story's "sub", not in the truth), the byline with the author link and the "Published" / "Updated" dates, the lead
# image with its caption and credit, the body as Polopoly's rich text renders it in div.p-article__body (p, h2,
# strong / em, the editor's highlight span, blockquote, ul / ol, <br>, a table, the embedded image with its caption and
# credit after the first paragraph and an inline "related content" element further down -- this layout's own
# residue in the container), the "Topics" list; after the article: "More from this section", the share tools, the
# comments teaser ("Join the conversation" / "View comments"), the newsletter sign-up box and "Editor's picks"; the
# sidebar ("Most popular" and two ad slots); the footer (the publisher's group, "Contact us", "Advertise", "Privacy",
# "Cookie policy", copyright) and the consent manager's cookie dialog
# --------------------------------------------------------------------------
# Polopoly's and the site template's generic strings, per language (not checked)
PP_CORE = {
    "en": dict(skip="Skip to main content", search="Search", search_ph="Search the site", home="Home", news="News",
               by="By", published="Published", updated="Updated", topics="Topics", more="More from this section",
               share="Share this article", copy="Copy link", email_share="Email", join="Join the conversation",
               view="View comments", comments_note="Comments are open to registered readers.",
               nl_title="Newsletter", nl_button="Sign up", nl_email="Email address", picks="Editor's picks",
               popular="Most popular", advert="Advertisement", contact="Contact us", advertise="Advertise",
               privacy="Privacy", cookies="Cookie policy", terms="Terms and conditions", subscribe="Subscribe",
               read_more="Read more", menu="Menu", c_title="Your privacy", c_accept="Accept all",
               c_manage="Manage preferences", c_reject="Reject all",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
    "es": dict(skip="Saltar al contenido principal", search="Buscar", search_ph="Buscar en la web", home="Portada", news="Noticias",
               by="Por", published="Publicado", updated="Actualizado", topics="Temas", more="Más de esta sección",
               share="Comparte esta noticia", copy="Copiar enlace", email_share="Correo", join="Únete a la conversación",
               view="Ver comentarios", comments_note="Los comentarios están abiertos a los lectores registrados.",
               nl_title="Boletín", nl_button="Suscribirme", nl_email="Correo electrónico", picks="Selección del editor",
               popular="Lo más leído", advert="Publicidad", contact="Contacto", advertise="Publicidad",
               privacy="Privacidad", cookies="Política de cookies", terms="Aviso legal", subscribe="Suscríbete",
               read_more="Leer más", menu="Menú", c_title="Tu privacidad", c_accept="Aceptar todo",
               c_manage="Gestionar preferencias", c_reject="Rechazar todo",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre"]),
}
# the sites' own strings: domain, site code and ids (exempt), the masthead's tagline, the section navigation, the
# topics, the newsletter box, the footer's group line, columns, address and copyright, the consent dialog's wording
PP_SITES = {
    "Harrowdale Evening Star": dict(
        domain="www.harrowdale-star.example", code="hes", gtm="GTM-HS4K7PQ", slot="/52190417/harrowdale_star/news",
        cmp="https://cmp.harrowdale-star.example/wrapper.js",
        tagline="Harrowdale's daily paper since 1882",
        nav=[("Harrowdale news", "/news"), ("Harrowdale council", "/news/council"), ("Harrowdale sport from the Star desk", "/sport"),
             ("Harrowdale Rovers", "/sport/rovers"), ("Nostalgia: old Harrowdale", "/nostalgia"), ("Star jobs", "/jobs"),
             ("Star announcements", "/announcements")],
        local="/news/local", topics=["Harrowdale census", "Kilnfield estate", "Harrowdale Borough Council"],
        nl_text="The Star at Six: the day's Harrowdale headlines every evening, free to your inbox.",
        group="Harrowdale Evening Star is part of Northern Dales Media Group",
        footer=[("The Star", [("Send the Star your news and pictures", "/contact/news"), ("Star photo sales", "/photo-sales"), ("Read the Star e-edition", "/e-edition")]),
                ("Star services", [("Place a Star announcement", "/announcements/place"), ("Star home delivery", "/delivery")])],
        address="Harrowdale Evening Star, Printworks House, 7 Canal Basin, Harrowdale HD3 4QP",
        copyright="© 2026 Northern Dales Media Group Ltd. Company registered in England, number 04418230.",
        consent="The Star and our 214 advertising partners use cookies to keep the site running, to count readers and to show you adverts that pay for local journalism. You can change your mind at any time from the link in the footer."),
    "Diario de la Vega del Tormal": dict(
        domain="www.diariovegatormal.example", code="dvt", gtm="GTM-VT9R2LM", slot="/52190417/vega_tormal/ciudad",
        cmp="https://cmp.diariovegatormal.example/wrapper.js",
        tagline="El diario de Valdecea y la Vega del Tormal desde 1924",
        nav=[("Noticias de Valdecea", "/ciudad"), ("La Vega del Tormal", "/provincia"), ("Deportes del Tormal", "/deportes"),
             ("CD Valdecea", "/deportes/cd-valdecea"), ("Semana Santa de Valdecea", "/semana-santa"), ("Empleo en la Vega", "/empleo"),
             ("Esquelas del Tormal", "/esquelas")],
        local="/ciudad/valdecea", topics=["Zona azul de Valdecea", "Movilidad en Valdecea", "Pleno del Ayuntamiento de Valdecea"],
        nl_text="Vega a las ocho: lo que ha pasado en Valdecea y su vega, cada mañana en tu correo.",
        group="Diario de la Vega del Tormal pertenece a Ediciones del Duero Medio",
        footer=[("El Diario", [("Envíanos tu noticia", "/contacto/noticias"), ("Hemeroteca del Diario", "/hemeroteca"), ("Edición impresa en PDF", "/kiosko")]),
                ("Servicios del Diario", [("Publica una esquela", "/esquelas/publicar"), ("Suscripción en papel", "/suscripcion-papel")])],
        address="Diario de la Vega del Tormal, calle de los Impresores, 12, 49300 Valdecea",
        copyright="© 2026 Ediciones del Duero Medio, S. L. Inscrita en el Registro Mercantil de Zamora, tomo 318.",
        consent="El Diario y nuestros 214 socios publicitarios usamos cookies para que la web funcione, contar lectores y mostrarte anuncios que pagan el periodismo local. Puedes cambiar de opinión cuando quieras desde el enlace del pie de página."),
}
PP_EXEMPT = {"domain", "code", "gtm", "slot", "cmp", "local"}  # (ids and paths)


def pp_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def pp_date(lang, iso, hh, mm):
    y, m, d = (int(x) for x in iso.split("-"))
    months = PP_CORE[lang]["months"]
    if lang == "en":
        return "%d %s %d, %02d:%02d" % (d, months[m - 1], y, hh, mm)
    return "%d de %s de %d, %02d:%02d" % (d, months[m - 1], y, hh, mm)


def pp_image(cid, n, width=620):
    return "/polopoly_fs/1.%d!/image/%d.jpg_gen/derivatives/landscape_%d/%d.jpg" % (cid, n, width, n)


def pp_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    if kind == "table":  # a table typed in the rich-text editor: the first row as the head
        head = "".join("<th>%s</th>" % mp.inline_html(c) for c in val[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in val[1:])
        return '<table class="p-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_polopoly(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = PP_CORE[lang], PP_SITES[site]
    host = "https://" + s["domain"]
    cid = rng.randint(8000000, 8999999)
    path = "%s/%s-1.%d" % (s["local"], pp_slug(art["title"]), cid)
    url = host + path
    img_n, body_n = rng.randint(1000000000, 2999999999), rng.randint(1000000000, 2999999999)
    hh, mm = rng.randint(5, 17), rng.randint(0, 59)
    uh, um = min(hh + rng.randint(1, 5), 23), rng.randint(0, 59)
    tz = "+01:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mm, tz)
    iso_up = "%sT%02d:%02d:00%s" % (art["date"], uh, um, tz)
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    # the inline "related content" element the editor dropped into the text, before a paragraph further down
    rel_at = next((i for i in range(3, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    related_inline = ('<div class="p-embed p-embed--related" data-content-id="1.%d"><span class="p-embed__label">%s</span> '
                      '<a class="p-embed__link" href="/news/%s-1.%d">%s</a></div>') % (
        cid - rng.randint(100, 9000), E(c["read_more"]), pp_slug(heads[0]), cid - rng.randint(100, 9000), E(heads[0]))
    body = placed.get(0, []) + [pp_block(*blocks[0])]
    body.append('<div class="p-embed p-embed--image" data-content-id="1.%d"><figure><img src="%s" alt="%s" width="620" height="349" loading="lazy">'
                '<figcaption><span class="p-caption">%s</span> <span class="p-credit">%s</span></figcaption></figure></div>' % (
                    cid + 2, pp_image(cid + 2, body_n), A(art["body_caption"]), E(art["body_caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        if i == rel_at:
            body.append(related_inline)
        body.extend(placed.get(i, []))
        if i < n:
            body.append(pp_block(*blocks[i]))
    nav = "\n".join('<li class="p-nav__item"><a class="p-nav__link" href="%s">%s</a></li>' % (h, E(t)) for t, h in s["nav"])
    topics = "".join('<li class="p-topics__item"><a href="/topic/%s-7.%d">%s</a></li>' % (pp_slug(t), rng.randint(100000, 999999), E(t))
                     for t in [art["section"]] + s["topics"])
    share = "".join('<li class="p-share__item p-share__item--%s"><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (k.lower(), h, E(k)) for k, h in (
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url), ("X", "https://x.com/intent/tweet?url=" + url),
        ("WhatsApp", "https://api.whatsapp.com/send?text=" + url), (c["email_share"], "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))))
    li = lambda hs: "\n".join('<li class="p-teaser"><a class="p-teaser__link" href="/news/%s-1.%d"><img src="%s" alt="" width="140" height="79" loading="lazy"><span class="p-teaser__title">%s</span></a></li>' % (
        pp_slug(h), cid - rng.randint(1000, 90000), pp_image(cid - rng.randint(1000, 90000), rng.randint(1000000000, 2999999999), 140), E(h)) for h in hs)
    popular = "\n".join('<li><a href="/news/%s-1.%d">%s</a></li>' % (pp_slug(h), cid - rng.randint(1000, 90000), E(h)) for h in heads[3:] + heads[:1])
    footer_cols = "\n".join('<div class="p-footer__col"><h3 class="p-footer__title">%s</h3><ul>%s</ul></div>' % (
        E(head), "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in links)) for head, links in s["footer"])
    author = pp_slug(art["byline"])
    ncom = rng.randint(4, 60)
    ver = "%d" % rng.randint(20260101, 20261231)
    crumb_section = next((t for t, h in s["nav"] if h == "/" + s["local"].split("/")[1]), c["news"])
    return f'''<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{host}{pp_image(cid + 1, img_n, 1200)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{iso_up}">
<meta property="article:section" content="{A(art["section"])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="polopoly-content-id" content="1.{cid}">
<link rel="icon" href="/static/{s["code"]}/img/favicon.ico">
<link rel="stylesheet" href="/static/{s["code"]}/css/site.css?v={ver}">
<link rel="stylesheet" href="/static/{s["code"]}/css/article.css?v={ver}">
<script>window.__cmpConfig = {{siteId: "{s["code"]}", privacyManagerId: {rng.randint(100000, 999999)}, baseEndpoint: "{s["cmp"].rsplit("/", 1)[0]}"}};</script>
<script src="{s["cmp"]}" async></script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{s["gtm"]}');</script>
<script>window.dataLayer = window.dataLayer || [];dataLayer.push({{"contentId": "1.{cid}", "contentType": "article", "section": "{A(art["section"])}", "author": "{A(art["byline"])}", "publishDate": "{art["date"]}"}});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="p-body p-body--article p-site--{s["code"]}">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={s["gtm"]}" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="p-skip" href="#main">{E(c["skip"])}</a>
<header class="p-header">
<div class="p-masthead">
<button class="p-masthead__menu" aria-controls="p-nav" aria-expanded="false">{E(c["menu"])}</button>
<a class="p-masthead__logo" href="/"><img src="/static/{s["code"]}/img/masthead.svg" alt="{A(site)}" width="320" height="48"></a>
<p class="p-masthead__tagline">{E(s["tagline"])}</p>
<a class="p-masthead__subscribe" href="/subscribe">{E(c["subscribe"])}</a>
<form class="p-search" action="/search" method="get" role="search">
<label class="p-visually-hidden" for="p-search-q">{E(c["search"])}</label>
<input type="search" id="p-search-q" name="q" placeholder="{A(c["search_ph"])}">
<button type="submit" class="p-search__submit">{E(c["search"])}</button>
</form>
</div>
<nav class="p-nav" id="p-nav" aria-label="{A(c["menu"])}">
<ul class="p-nav__list">
{nav}
</ul>
</nav>
</header>
<div class="p-ad p-ad--leaderboard"><div id="div-gpt-ad-leaderboard" data-slot="{s["slot"]}"></div></div>
<div class="p-page">
<main id="main" class="p-main">
<nav class="p-breadcrumb" aria-label="Breadcrumb">
<ol class="p-breadcrumb__list">
<li class="p-breadcrumb__item"><a href="/">{E(c["home"])}</a></li>
<li class="p-breadcrumb__item"><a href="/{s["local"].split("/")[1]}">{E(crumb_section)}</a></li>
<li class="p-breadcrumb__item"><a href="{s["local"]}">{E(art["section"])}</a></li>
</ol>
</nav>
<article class="p-article" data-content-id="1.{cid}" itemscope itemtype="https://schema.org/NewsArticle">
<header class="p-article__header">
<p class="p-article__kicker"><a href="{s["local"]}">{E(art["section"])}</a></p>
<h1 class="p-article__headline" itemprop="headline">{E(art["title"])}</h1>
<p class="p-article__standfirst" itemprop="description">{E(art["sub"])}</p>
<div class="p-article__meta">
<div class="p-byline"><img class="p-byline__photo" src="/static/{s["code"]}/authors/{author}.jpg" alt="" width="48" height="48"><span class="p-byline__by">{E(c["by"])}</span> <a class="p-byline__author" rel="author" href="/authors/{author}-7.{rng.randint(100000, 999999)}">{E(art["byline"])}</a></div>
<div class="p-dates"><span class="p-dates__published">{E(c["published"])}: <time datetime="{iso}">{E(pp_date(lang, art["date"], hh, mm))}</time></span>
<span class="p-dates__updated">{E(c["updated"])}: <time datetime="{iso_up}">{E(pp_date(lang, art["date"], uh, um))}</time></span></div>
</div>
</header>
<figure class="p-article__lead-image">
<img src="{pp_image(cid + 1, img_n)}" srcset="{pp_image(cid + 1, img_n, 1200)} 1200w, {pp_image(cid + 1, img_n)} 620w" sizes="(max-width: 700px) 100vw, 620px" alt="{A(art["caption"])}" width="620" height="349">
<figcaption class="p-article__lead-caption"><span class="p-caption">{E(art["caption"])}</span> <span class="p-credit">{E(art["credit"])}</span></figcaption>
</figure>
<div class="p-article__body p-richtext" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="p-topics"><h2 class="p-topics__title">{E(c["topics"])}</h2>
<ul class="p-topics__list">{topics}</ul></div>
</article>
<section class="p-more-section">
<h2 class="p-more-section__title">{E(c["more"])}</h2>
<ul class="p-teaser-list">
{li(heads[1:4])}
</ul>
</section>
<div class="p-share"><h2 class="p-share__title">{E(c["share"])}</h2>
<ul class="p-share__list">{share}<li class="p-share__item p-share__item--copy"><button type="button" data-url="{url}">{E(c["copy"])}</button></li></ul></div>
<section class="p-comments-teaser" id="comments">
<h2 class="p-comments-teaser__title">{E(c["join"])}</h2>
<p class="p-comments-teaser__note">{E(c["comments_note"])}</p>
<a class="p-comments-teaser__button" href="{path}?comments=1#comments">{E(c["view"])} ({ncom})</a>
</section>
<section class="p-newsletter">
<h2 class="p-newsletter__title">{E(c["nl_title"])}</h2>
<p class="p-newsletter__text">{E(s["nl_text"])}</p>
<form class="p-newsletter__form" action="/newsletter/subscribe" method="post">
<input type="hidden" name="list" value="{s["code"]}-daily">
<label class="p-visually-hidden" for="p-nl-email">{E(c["nl_email"])}</label>
<input type="email" id="p-nl-email" name="email" placeholder="{A(c["nl_email"])}" required>
<button type="submit">{E(c["nl_button"])}</button>
</form>
</section>
<section class="p-editors-picks">
<h2 class="p-editors-picks__title">{E(c["picks"])}</h2>
<ul class="p-teaser-list">
{li(heads[4:6])}
</ul>
</section>
</main>
<aside class="p-sidebar">
<div class="p-ad p-ad--mpu"><span class="p-ad__label">{E(c["advert"])}</span><div id="div-gpt-ad-mpu-1" data-slot="{s["slot"]}"></div></div>
<section class="p-most-popular"><h2 class="p-most-popular__title">{E(c["popular"])}</h2>
<ol class="p-most-popular__list">
{popular}
</ol></section>
<div class="p-ad p-ad--mpu"><span class="p-ad__label">{E(c["advert"])}</span><div id="div-gpt-ad-mpu-2" data-slot="{s["slot"]}"></div></div>
</aside>
</div>
<footer class="p-footer">
<div class="p-footer__cols">
{footer_cols}
</div>
<ul class="p-footer__links"><li><a href="/contact">{E(c["contact"])}</a></li><li><a href="/advertise">{E(c["advertise"])}</a></li><li><a href="/privacy">{E(c["privacy"])}</a></li><li><a href="/cookie-policy">{E(c["cookies"])}</a></li><li><a href="/terms">{E(c["terms"])}</a></li></ul>
<p class="p-footer__group">{E(s["group"])}</p>
<p class="p-footer__address">{E(s["address"])}</p>
<p class="p-footer__copyright">{E(s["copyright"])}</p>
</footer>
<div class="p-consent" id="p-consent" role="dialog" aria-modal="true" aria-labelledby="p-consent-title">
<div class="p-consent__box">
<h2 id="p-consent-title" class="p-consent__title">{E(c["c_title"])}</h2>
<p class="p-consent__text">{E(s["consent"])} <a href="/cookie-policy">{E(c["cookies"])}</a></p>
<div class="p-consent__buttons">
<button type="button" class="p-consent__accept" data-choice="11">{E(c["c_accept"])}</button>
<button type="button" class="p-consent__reject" data-choice="13">{E(c["c_reject"])}</button>
<button type="button" class="p-consent__manage" data-choice="12">{E(c["c_manage"])}</button>
</div>
</div>
</div>
<script src="/static/{s["code"]}/js/site.js?v={ver}" defer></script>
<script src="/static/{s["code"]}/js/article.js?v={ver}" defer></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"polopoly": ["caption", "related"]}  # the rich text's embedded image and its inline related-content element
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "areastats", "parkingpermits", "coursefinder"]
NEW_FAMILIES = ["areastats", "parkingpermits", "coursefinder"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"areastats": ["area statistics", "area-statistics", "area in numbers", "median age", "since the last census",
                                  "explore the data", "statistics office", "census table"],
                    "parkingpermits": ["parking permit", "parking-permit", "permit zone", "which zone you are in",
                                       "parking services", "vehicle registration"],
                    "coursefinder": ["course finder", "course-finder", "find a course", "enrol now", "adult learning",
                                     "college admissions", "courses with start dates"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's, a residents' or a community forum's website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a commune's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="dataviz-consent-veil"><p class="dataviz-consent-veil__note">%s</p><button class="dataviz-consent-veil__allow" type="button">&#9745;</button></div>',
               '<p class="chart-cookies-blank-note">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="townhall-tuesday-pitch"><p class="townhall-tuesday-pitch__line">%s</p><a class="townhall-tuesday-pitch__go" href="/newsletters/town-hall-tuesday">&#10148;</a></div>',
                   '<p class="free-articles-left-note">%s</p>', '<h5 class="briefing-signup-head">%s</h5>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="tell-street-links">{items}</ul>', '<div class="forward-on-strip">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="family-courtesy-credit">%s</p>', '<span class="own-image-tag-pp">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="rights-licence-line">%s</p>', '<div class="republish-licence-note"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="latest-in-desk">%s</p>', '<h6 class="desk-front-back-link">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="diamond-rule-row">%s</p>', '<div class="asterism-spacer-pp">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="democracy-reporter-credit">%s</p>', '<div class="data-desk-input-note">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="hed-repeat-p-pp"><b>%s</b></p>', '<h2 class="hed-repeat-h2-pp">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-resumes-label">%s</div>', '<p class="local-biz-reach-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="resumes-after-msg"><a href="#article-rest">%s</a></p>', '<div class="tap-full-article-bar">%s</div>', '<div><a href="#article-rest">%s</a></div>'],
    "comments": ['<p class="add-yours-comment-link"><a href="#comments">%s</a></p>', '<div class="readers-saying-count">%s</div>', '<div><a href="#comments">%s</a></div>'],
    "readtime": ['<p class="approx-reading-minutes">%s</p>', '<span class="min-read-chip-pp">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-updated-line-pp"><time>%s</time></p>', '<div class="new-figures-stamp">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="tts-listen-bar"><button class="tts-listen-bar__btn" aria-label="Listen"></button><span class="tts-listen-bar__txt">%s</span></div>',
              '<p class="artificial-voice-link"><a href="#tts">%s</a></p>', '<div><a href="#tts">%s</a></div>'],
    "correction": ['<aside class="we-corrected-box"><p>%s</p></aside>', '<p class="we-corrected-line"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="local-alerts-app-card"><p class="local-alerts-app-card__txt">%s</p><a class="local-alerts-app-card__get" href="/app">&#8659;</a></div>',
            '<p class="continue-in-app-line">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="borough-beat-card"><p class="borough-beat-card__txt">%s</p></div>', '<p class="more-by-reporter-link"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="story-for-us-box"><p class="story-for-us-box__txt">%s</p></div>', '<p class="confidential-desk-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="subeditor-alert-hint"><p>%s</p></div>', '<p class="subeditor-alert-line">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="roadclosure-notify-ask"><p class="roadclosure-notify-ask__q">%s</p></div>', '<p class="notify-allow-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="save-print-send-tools">{items}</ul>', '<p class="print-ready-link"><a href="?view=print">%s</a></p>',
              '<div><a href="?view=print">%s</a></div>'],
    "feedback": ['<div class="usefulness-rating-box"><p class="usefulness-rating-box__q">%s</p></div>', '<p class="told-you-line-pp">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-code-note-pp"><p>%s</p></div>', '<p class="complaints-form-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="more-on-tags-row"><span class="more-on-tags-row__txt">%s</span></div>', '<p class="desk-ping-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="save-later-star"><a class="save-later-star__a" href="#saved">%s</a></div>',
                 '<p class="save-later-line"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="acted-sooner-poll"><p class="acted-sooner-poll__q">%s</p><button class="acted-sooner-poll__vote" type="button">&#9745;</button></div>',
             '<h6 class="vote-results-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/P{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/P{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-click-to-play-pp"><a class="yt-click-to-play-pp__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="see-all-photos-bar"><a class="see-all-photos-bar__a" href="#gallery">%s</a></div>',
                '<p class="evening-gallery-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-frame-pp"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-frame-pp__links">%s</p></div>',
            '<figure class="static-map-pp"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="cal-add-links-pp">{items}</ul>', '<p class="night-before-nudge-pp"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="add-to-cal-bar"><span class="add-to-cal-bar__label">%s</span></div>'],
    "scores": ['<div class="saturday-results-link"><a class="saturday-results-link__a" href="/sport/results">%s</a></div>',
               '<ul class="results-tabs-pp">{items}</ul>', '<div><a href="/sport/results"><strong>%s</strong></a></div>'],
    # the three families new in this part ({areafield}: the postcode or district field; {areas}: the census figures as a
    # table; {statsoffice}: the statistics office as a definition list; {permitfields}: the vehicle registration and
    # address fields; {zones}: the permit zones as a table; {parking}: the parking services as a definition list;
    # {coursefields}: the subject and town fields; {courses}: the courses as a table; {admissions}: the admissions
    # team as a definition list)
    "areastats": ['<form class="area-numbers-lookup" action="/data/your-area" method="get"><p class="area-numbers-lookup__hd"><strong>%s</strong></p>{areafield}<button type="submit">&#128269;</button></form>',
                  '<div class="census-figures-panel"><h4 class="census-figures-panel__hd">%s</h4><table class="census-figures-panel__grid">{areas}</table></div>',
                  '<p class="explore-census-link"><a href="/data/census">%s</a></p>',
                  '<div class="stats-office-card"><p class="stats-office-card__hd"><b>%s</b></p><dl class="stats-office-card__list">{statsoffice}</dl></div>'],
    "parkingpermits": ['<form class="permit-apply-form" action="/parking/permits/apply" method="post"><h5 class="permit-apply-form__hd">%s</h5>{permitfields}<button type="submit">&#10140;</button></form>',
                       '<div class="permit-zones-panel"><h4 class="permit-zones-panel__hd">%s</h4><table class="permit-zones-panel__grid">{zones}</table></div>',
                       '<p class="which-zone-link"><a href="/parking/zones/check">%s</a></p>',
                       '<div class="parking-office-card"><p class="parking-office-card__hd"><strong>%s</strong></p><dl class="parking-office-card__list">{parking}</dl></div>'],
    "coursefinder": ['<form class="course-search-form" action="/courses/search" method="get"><h5 class="course-search-form__hd">%s</h5>{coursefields}<button type="submit">&#128269;</button></form>',
                     '<div class="courses-soon-panel"><h4 class="courses-soon-panel__hd">%s</h4><table class="courses-soon-panel__grid">{courses}</table></div>',
                     '<p class="enrol-term-link"><a href="/courses/enrol">%s</a></p>',
                     '<div class="admissions-desk-card"><p class="admissions-desk-card__hd"><b>%s</b></p><dl class="admissions-desk-card__list">{admissions}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/town-hall-tuesday"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "areastats": (0.7, [' <a href="/data/census"><strong>%s</strong></a>']),
          "parkingpermits": (0.7, ['<br><a href="/parking/zones/check"><b>%s</b></a>']),
          "coursefinder": (0.7, ['<br><a href="/courses/enrol">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# explore-the-data link, the which-zone link and the enrol link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "areastats": 2, "parkingpermits": 2, "coursefinder": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="in-text-photo-pp"><img src="/media/{id}-5.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} · {cr}</small></div>']
RELATED_STYLES = ['<div class="borough-today-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="scrolled-past-aside"><p class="scrolled-past-aside__hd">%s</p><ul>%s</ul></aside>',
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
        idx = KIND_WORDING.get((art.get("kind"), fam))
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)





# the tables' heads and the forms' field labels, as the web teams left them (not checked)
AREA_HEAD = {"en": ("Area", "Population", "Median age", "Households", "Change since last census"),
             "tr": ("Bölge", "Nüfus", "Ortanca yaş", "Hane", "Son sayımdan bu yana değişim"),
             "de": ("Gebiet", "Einwohner", "Medianalter", "Haushalte", "Veränderung seit dem letzten Zensus"),
             "fr": ("Secteur", "Population", "Âge médian", "Ménages", "Évolution depuis le dernier recensement"),
             "es": ("Zona", "Población", "Edad mediana", "Hogares", "Variación desde el último censo"),
             "ru": ("Территория", "Население", "Медианный возраст", "Домохозяйства", "Изменение с прошлой переписи")}
PERMIT_HEAD = {"en": ("Zone", "Annual permit", "Hours of control"), "tr": ("Bölge", "Yıllık kart", "Denetim saatleri"),
               "de": ("Zone", "Gebühr", "Geltungszeit"), "fr": ("Zone", "Vignette annuelle", "Horaires"),
               "es": ("Zona", "Distintivo anual", "Horario"), "ru": ("Зона", "Годовое разрешение", "Часы работы")}
COURSE_HEAD = {"en": ("Course", "Venue", "Starts", "Fee"), "tr": ("Kurs", "Yer", "Başlangıç", "Ücret"),
               "de": ("Kurs", "Ort", "Beginn", "Gebühr"), "fr": ("Formation", "Lieu", "Début", "Tarif"),
               "es": ("Curso", "Lugar", "Inicio", "Precio"), "ru": ("Курс", "Место", "Начало", "Стоимость")}
AREA_LABEL = {"en": ("Postcode or ward",), "tr": ("Mahalle",), "de": ("Postleitzahl oder Stadtteil",), "fr": ("Code postal ou quartier",),
              "es": ("Código postal o barrio",), "ru": ("Улица или микрорайон",)}
PERMIT_LABELS = {"en": ("Vehicle registration", "Address"), "tr": ("Araç plakası", "Adres"), "de": ("Kennzeichen", "Anschrift"),
                 "fr": ("Immatriculation", "Adresse"), "es": ("Matrícula", "Dirección"), "ru": ("Госномер автомобиля", "Адрес")}
COURSE_LABELS = {"en": ("Subject", "Town"), "tr": ("Konu", "İlçe"), "de": ("Thema", "Ort"), "fr": ("Domaine", "Ville"),
                 "es": ("Materia", "Localidad"), "ru": ("Направление", "Населённый пункт")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    def fields(labels, name):
        k = "%06x" % rng.randint(0, 16**6 - 1)
        return "".join('<label for="%s-%s-%d">%s</label><input id="%s-%s-%d" type="text" name="%s%d">' % (
            name, k, j, esc(x), name, k, j, name, j) for j, x in enumerate(labels))
    return (style.replace("{areafield}", fields(AREA_LABEL[lang], "area"))
            .replace("{areas}", table(AREA_HEAD[lang], AREA_STATS[lang]))
            .replace("{statsoffice}", dl(STATS_OFFICE[lang]))
            .replace("{permitfields}", fields(PERMIT_LABELS[lang], "permit"))
            .replace("{zones}", table(PERMIT_HEAD[lang], PERMIT_ZONES[lang]))
            .replace("{parking}", dl(PARKING_SERVICES[lang]))
            .replace("{coursefields}", fields(COURSE_LABELS[lang], "course"))
            .replace("{courses}", table(COURSE_HEAD[lang], COURSE_LIST[lang]))
            .replace("{admissions}", dl(ADMISSIONS[lang])))


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
               "scores": rng.choice([0, mid, n]), "areastats": rng.choice([mid, n, n]),
               "parkingpermits": rng.choice([mid, n]), "coursefinder": rng.choice([0, mid, n])}.get(fam, mid)
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
                if (blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked
                        and all(b != at - 1 for b, _, _ in inline)):  # one line run into a paragraph, not two
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
        s, e = find_text(doc, render_inline(art["tpl"], art["blocks"][i][1]), art["id"])
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "infokasten"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📝</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"polopoly": ('<span class="p-highlight">', "</span>"),  # the rich-text editor's "highlight" style
             "quintype": ('<mark>', "</mark>")}




def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON)."""
    m = re.compile(r"(?<=[>\n])%s(?=[<\n])" % re.escape(inner)).search(doc, start)
    assert m, (pid, inner[:60])
    return m.start(), m.end()


def block_index(blocks, opening):
    hits = [i for i, (kind, val) in enumerate(blocks) if kind in ("p", "h", "q") and mp.inline_text(val).startswith(opening)]
    return hits


def parse_story(body):
    """The story's blocks and footnote marks (heldout_common.blocks_and_marks), plus ("table", [[cell, ...], ...]) for
    a block of lines starting with "| " (a story table, first row the head)."""
    blocks, marks = [], {}
    for raw in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.strip() for ln in raw.strip().splitlines() if ln.strip()]
        if not lines:
            continue
        if lines[0].startswith("| "):
            blocks.append(("table", [[c.strip() for c in ln.strip("|").split("|")] for ln in lines]))
            continue
        (kind, val), = mp.parse_body(raw)
        m = re.search(r"\[\^(\d+)\]$", val) if kind == "p" else None
        if m:
            marks[len(blocks)] = int(m.group(1))
            val = val[:m.start()]
        blocks.append((kind, val))
    return blocks, marks


def story_truth(blocks):
    """The truth: make_pages.truth_text, a story table's rows as paragraphs with their cells joined by " | "."""
    out = []
    for kind, val in blocks:
        if kind == "table":
            out.extend(" | ".join(mp.inline_text(c) for c in r) for r in val)
        else:
            out.append(mp.truth_text([(kind, val)]))
    return "\n\n".join(out)


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
        inner = E(val) if kind == "h" else render_inline(tpl, val)
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
# templates: polopoly is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"polopoly": tpl_polopoly, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h66), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "polopoly"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = parse_story(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            # paragraphs set entirely in bold: interview questions and crossheads typed as bold paragraphs
            bold = ({j for s, _, j in art["looks"] if s == "bold"}
                    | {j for j, (kind, val) in enumerate(art["blocks"]) if kind == "p" and re.fullmatch(r"\*\*[^*]+\*\*", val)})
            art["looked"] = {j for _, _, j in art["looks"]} | bold
            # no residue between a subheading set in a box and its text, nor inside a box, nor between a question or
            # a bold crosshead and what follows it
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")} | {j + 1 for j in bold}
            rng = random.Random("newsflow-heldout68-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI68[lang]
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
            truth[art["id"]] = story_truth(art["truth_blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline),
                                   looks=[s for s, _ in art.get("look", [])])
    return pages, truth, meta

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 67) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h66), labels, furniture strings,
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
                       mp49.R, [v for v in mp49.SITE_STRINGS.values()], mp49.HEXO, mp49.UI_NEW, mp49.TEASERS,
                       [v for _, v in mp49.WIDGET_ROWS], mp49.TALLY, mp49.ZONE_FIELD,
                       mp50.R, [v for v in mp50.SITE_STRINGS.values()], mp50.DJANGOCMS, mp50.UI_NEW, mp50.TEASERS,
                       [v for _, v in mp50.WIDGET_ROWS],
                       mp51.R, [v for v in mp51.SITE_STRINGS.values()], mp51.SUBSTACK_SITES, mp51.UI_NEW, mp51.TEASERS,
                       [v for _, v in mp51.WIDGET_ROWS],
                       mp52.R, [v for v in mp52.SITE_STRINGS.values()], mp52.BITRIX, mp52.UI_NEW, mp52.TEASERS,
                       [v for _, v in mp52.WIDGET_ROWS],
                       mp53.R, [v for v in mp53.SITE_STRINGS.values()], mp53.MODX, mp53.UI_NEW, mp53.TEASERS,
                       [v for _, v in mp53.WIDGET_ROWS],
                       mp54.R, [v for v in mp54.SITE_STRINGS.values()], mp54.SVELTEKIT, mp54.UI_NEW, mp54.TEASERS,
                       [v for _, v in mp54.WIDGET_ROWS],
                       mp55.R, [v for v in mp55.SITE_STRINGS.values()], mp55.ASTRO, mp55.UI_NEW, mp55.TEASERS,
                       [v for _, v in mp55.WIDGET_ROWS],
                       mp56.R, [v for v in mp56.SITE_STRINGS.values()], mp56.XENFORO, mp56.UI_NEW, mp56.TEASERS,
                       [v for _, v in mp56.WIDGET_ROWS],
                       mp57.R, [v for v in mp57.SITE_STRINGS.values()], mp57.WEBFORMS, mp57.UI_NEW, mp57.TEASERS,
                       [v for _, v in mp57.WIDGET_ROWS],
                       mp58.R, [v for v in mp58.SITE_STRINGS.values()], mp58.ELEVENTY, mp58.UI_NEW, mp58.TEASERS,
                       [v for _, v in mp58.WIDGET_ROWS],
                       mp59.R, [v for v in mp59.SITE_STRINGS.values()], mp59.MW, mp59.UI_NEW, mp59.TEASERS,
                       [v for _, v in mp59.WIDGET_ROWS],
                       mp60.R, [v for v in mp60.SITE_STRINGS.values()], mp60.SHAREPOINT, mp60.UI_NEW, mp60.TEASERS,
                       [v for _, v in mp60.WIDGET_ROWS],
                       mp61.R, [v for v in mp61.SITE_STRINGS.values()], mp61.DNN, mp61.UI_NEW, mp61.TEASERS,
                       [v for _, v in mp61.WIDGET_ROWS],
                       mp62.R, [v for v in mp62.SITE_STRINGS.values()], mp62.HUBSPOT, mp62.UI_NEW, mp62.TEASERS,
                       [v for _, v in mp62.WIDGET_ROWS],
                       mp63.R, [v for v in mp63.SITE_STRINGS.values()], mp63.SITEFINITY, mp63.UI_NEW, mp63.TEASERS,
                       [v for _, v in mp63.WIDGET_ROWS], mp63.SPECIES,
                       mp64.R, [v for v in mp64.SITE_STRINGS.values()], mp64.OPTIMIZELY, mp64.UI_NEW, mp64.TEASERS,
                       [v for _, v in mp64.WIDGET_ROWS],
                       mp65.R, [v for v in mp65.SITE_STRINGS.values()], mp65.KENTICO, mp65.UI_NEW, mp65.TEASERS,
                       [v for _, v in mp65.WIDGET_ROWS],
                       mp66.R, [v for v in mp66.SITE_STRINGS.values()], mp66.EE_SITES, mp66.UI_NEW, mp66.TEASERS,
                       [v for _, v in mp66.WIDGET_ROWS],
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
    # layouts: polopoly (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h65 or h66 gave it
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
    # the polopoly pages: a site of PP_SITES in a language of PP_CORE, with an image caption for the body; no
    # drop cap, box, fact box or callout look (Polopoly's rich-text editor as the sites configure it writes none of them); story tables only there, and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in PP_SITES or a["lang"] not in PP_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: polopoly page needs a Polopoly site, a body caption and rich-text looks only" % a["id"])
        if marks or a.get("notes") or (a["tpl"] != NEW_LAYOUT and any(k == "table" for k, _ in blocks)):
            problems.append("%s: footnotes, or a story table on a layout without them" % a["id"])
        if any(k == "table" and (len(v) < 3 or len({len(r) for r in v}) != 1) for k, v in blocks):
            problems.append("%s: a story table needs a head, two rows or more and the same cells in every row" % a["id"])
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
    pp_sites = [{k: v for k, v in d.items() if k not in PP_EXEMPT} for d in PP_SITES.values()]
    # (PP_CORE, AREA_HEAD, PERMIT_HEAD, COURSE_HEAD, AREA_LABEL, PERMIT_LABELS and COURSE_LABELS, the platform's and
    # theme's strings and the web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("PP_SITES", pp_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "PP_SITES" and s.startswith("/")):
                continue  # (the sites' link targets are paths, not wordings)
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




