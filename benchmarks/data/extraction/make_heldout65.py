#!/usr/bin/env python3
"""Sixty-fifth held-out part (h65-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout65.py           # write pages/h65-*.html
    python benchmarks/data/extraction/make_heldout65.py --check   # verify pages/h65-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout65.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout66.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h65_en.py / articles_h65_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: ferry status boards on stories about ferries, islands, ports, storms and coastal travel --
today's sailings as a table with route, departure and status ("on time" / "delayed" / "cancelled"), the "check
today's sailings" link, the "sign up for sailing alerts" line, the operator's or harbour office's contact card as a
definition list --, rent trackers on stories about renting, housing, landlords and the cost of living -- the average
monthly rents by area or flat size with the year's change as a table, the "is your rent fair? check it" form with its
postcode or area field, the "compare your rent" link, the tenants' advice service's card as a definition list --, and
event permit boards on stories about festivals, street parties, markets, parades and events -- the "apply for a
street party or road closure" form with its street and date fields, the approved events by date and street as a
table, the "check road closures for events" link, the events and licensing team's card as a definition list --),
their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..64, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h63 and h64
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.  (h56's crossing-status boards -- a status table per crossing, "operating normally" /
"suspended", the next departures and bridge lifts as a list, a check-before-you-travel link and a text-alert form --
are a neighbouring family; the ferry status board here prints a sailing-by-sailing table with route, departure and
status, the today's-sailings link, the alerts line and the operator's card, and none of h56's wordings, rows or class
names recur.  h53's roadworks trackers list road closures for works and h57's premises-licence notices are about
licensed premises; the event permit board, an application form plus the approved events, is new by name, wording and
markup.  No earlier part has a rent tracker.)  The tables' heads and the forms' field labels (SAILING_HEAD,
RENT_HEAD, EVENT_HEAD, AREA_LABEL, PERMIT_LABELS) are the web teams' generic strings and not checked; the rows
themselves (SAILINGS, FERRY_OFFICE, RENT_AREAS, TENANT_ADVICE, APPROVED_EVENTS, LICENSING_TEAM) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): ferry status boards on an island ferry cut to two
sailings a day for the winter (the English new-layout page: the sailings table), every west-coast ferry cancelled in
a storm (the today's-sailings link run into a paragraph), a Turkish island's new ferry pier (the alerts line) and a
Russian river ferry running again after the ice (the harbour office's card); rent trackers on English rents passing
£1,000 a month (the rents table), a German town's new Mietspiegel (the fair-rent form), a Spanish coastal town's
rents up 14 % (the compare-your-rent link) and Russian students looking for flats (the tenants' advice card); event
permit boards on English street-party applications doubling (the application form), a Turkish municipality taking
festival permits online (the approved-events table), a French town's own page on street meals at its quayside
festival (the French new-layout page: the road-closures link run into a paragraph) and a Spanish town's one-stop
permit for neighbourhood fiestas (the licensing card).  Earlier families that need a reason in the story are placed
the same way (a gallery on a lifeboat station's 150 years, a map on a new cycle path, scores on a rowing club's
regatta, a calendar row on a village well's inauguration at the Maifest and on a médiathèque's first Sunday); the
other generic families are balanced over the part, leaving out those the page's site would not print (the story's
"kind": a French town's own site on Kentico -- no newspaper furniture --, a German Dorfverein's website on uCoz, an
independent publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a story
that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars,
chips, cards, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the today's-sailings link, the compare-your-rent link, the road-closures link; only one
line in any paragraph) or a bold section tag run into the start of the first one (on the Russian library story,
"section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on magazine, sanity and gutenberg), whole paragraphs in bold (interview questions on nextjs and
medium), italics (a one-line quote on the English new-layout page, on medium and on semantic), a highlighted sentence
(Froala's background-colour span on both new-layout pages, a <mark> on quintype), a paragraph in a box (the
magazine's panel, a Gutenberg group, a CKEditor style on drupal), a fact box holding a subheading and its list (a
Fusion custom embed: a cycle path in numbers), a Ghost callout card (a cobbler's opening hours), a paragraph typed
after a <br> (Shift+Enter in Froala, on both new-layout pages); story structures that look like furniture but are
the story: question-and-answer interviews (bold questions, some of two or three words -- "Worst weather?", "Any
close calls?", "Why a lollipop?", "Miss it already?", "Çırağınız var mı?", "Und wie lange noch?" --, in English,
Turkish and German: a school crossing patrol after 26 years, a cobbler of 70, the last bookbinder of a harbour
quarter), lists inside the story (what tenants can do about a rent rise, what a street must do for a party, a cycle
path in numbers, what a Turkish permit form asks, who restored a village well, how to read a Mietspiegel, what a
Spanish fiesta permit needs, what a Russian village library lends, three rules against rental fraud as a numbered
list), story tables (an island's winter timetable, a quayside festival's programme, in Froala's table markup on the
new layout), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs
("“We are an island, not a timetable.”", "„Ein Buch ist nie kaputt. Es wartet nur.“", "«Лучше пусть работает, чем
пылится»", "Applications for the midsummer weekend close on 26 May."), a closing line with practical information (an
island community council meeting, a renters' union surgery, minibus bookings, the first sailings decided at 6am, a
cycle path's hours, a post office counter's mornings, a leaving assembly, a cobbler's hours, the first ferries of the
summer timetable, a well's inauguration, a Mieterverein's hours, a bookbinder's hours, a town hall's opening hours, a
games tournament, a rowing club's Saturday tasters, an ordinance coming into force, a housing office's hours, a new
hostel), and story sentences that mention furniture words in ordinary reporting ("Share certificates were handed
out" opening a story, "People who want to follow the boat's launches" closing another, a cycling club's newsletter,
tenants who "can contact the Renters' Union" closing a story, a street-party organiser with more time to share her
photographs, "Fotos von den Arbeiten" closing a Dorfverein's story, "Les photos des anciennes parcelles" closing a
French story, "Кто хочет подписаться на новые журналы" closing a Russian one), some at the start or end of the story
where furniture usually sits.  Two pages carry no residue at all (an English and a Turkish interview) and one only
its correction line (an English community minibus).
One page layout is new (kentico: a regional daily's and a city's own news site built on Kentico Xperience 13, ASP.NET
Core MVC with the page builder, as they serve an article page to an anonymous reader, on two pages, an English and a
French one): the head with the page builder's /Content/Bundles/Public/pageComponents and formComponents bundles, the
site's /Content/css/... styles, the /Kentico/Scripts/... jQuery, unobtrusive-ajax and form helper scripts, Kentico's
activity-logging (KenticoActivityLogger) and web-analytics logger scripts; the header with the logo, the main menu (a
Bootstrap navbar with its "navbar-nav" list) and the search box; the breadcrumbs; the article template: the category,
the h1 "article-detail__title", the perex in "article-detail__perex" (the story's "sub", not in the truth), the
author and the "Published" / "Last updated" dates, the hero image with its caption and credit (this layout's own
residue in the article); the body from the rich-text widget as the Froala editor writes it (p, h2, strong / em, the
inline font-size span of pasted text, the background-colour span, blockquote, ul / ol, <br>, a table with Froala's
widths and class, the empty <p><br></p> it leaves) in two page builder sections (div.ktc-section >
div.ktc-widget-zone > div.ktc-widget with its data-ktc-widget type); then a two-column section whose widget zones hold
the "Related articles" widget, the "Tags" list, the social share buttons, the "Contact the newsroom" card and the
"Most read" list; the newsletter section with the form widget as the Kentico form builder renders it (the ajax form
posting to /Kentico.FormBuilder/Form/Submit, the __RequestVerificationToken, div.ktc-default-section with its
"form-field" rows, the email field, the consent checkbox, the "Subscribe" submit); the footer (link columns, the
social links, "Privacy and cookies", "Accessibility", the copyright) and the cookie consent bar ("Accept all" / "Only
necessary") with the site's consent script.  Kentico's and the site template's generic strings (KENTICO_CORE, per
language) are left as the platform ships them and not checked; the sites' own strings (KENTICO: the logo's alt text,
the main menu, the tags, the contact card, the newsletter form's title, text and consent, the footer columns, the
consent bar's wording, the copyright) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h63 or h64 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, nextjs, fusion and quintype; Turkish on drupal, ghost and chunks; German on ucoz,
storybody and medium; French on typo3 and gutenberg; Spanish on sanity, wordpress and table; Russian on hugo,
semantic and amp); while a page is rendered, the earlier modules' related headlines, the strings that belong to one
site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are
swapped for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout64.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h65_en import ARTICLES as H65_EN  # noqa: E402
from articles_h65_intl import ARTICLES as H65_INTL  # noqa: E402
ARTICLES = H65_EN + H65_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64)
# parts whose layouts' languages this part avoids (the two before it; h66 is written at the same time)
LANG_PARTS = (mp63, mp64)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h65"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Hallowmere Weekly Echo", "Brackenford and Dale Herald", "Ketterby Evening Lamp", "West Isles Beacon",
           "Porthgwyn and Penmarrow Packet", "Ashby Green Bugle", "Lym Valley Messenger", "Wyckham Vale Observer"],
    "tr": ["Gülbahçe Ekspres", "Hamamönü Postası", "Kıyıköy Liman Haber"],
    "de": ["Talheimer Bote am Abend"],
    "fr": ["Le Journal du Pays de Lanvern", "La Vigie des Marais"],
    "es": ["La Voz de la Bahía de Arrieta", "Crónica de Valdeolmos", "El Mirador de Almenara"],
    "ru": ["Вельские зори онлайн", "Вестник Сосновского поселения", "Нижнеборская неделя"],
}
# sites fixed per page (the two Kentico sites, a German Dorfverein on uCoz, an independent publication on Medium)
# are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h64 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The harbour webcam loads here once you allow streaming cookies", "Allow third-party cookies to see the tide chart for this stretch of coast"],
        "tr": ["Liman kamerası, yayın çerezlerine izin verdiğinizde burada açılır", "Bu kıyının gelgit çizelgesini görmek için üçüncü taraf çerezlerine izin verin"],
        "de": ["Die Hafen-Webcam lädt hier, sobald Sie Streaming-Cookies erlauben", "Erlauben Sie Drittanbieter-Cookies, um die Pegelkurve für diesen Küstenabschnitt zu sehen"],
        "fr": ["La webcam du port s'affiche ici quand vous autorisez les cookies de diffusion", "Autorisez les cookies tiers pour voir la courbe des marées de ce bout de côte"],
        "es": ["La cámara del puerto se carga aquí cuando permites las cookies de emisión", "Permite las cookies de terceros para ver la tabla de mareas de esta costa"],
        "ru": ["Камера на причале загрузится здесь, когда вы разрешите cookie для трансляций", "Разрешите сторонние cookie, чтобы увидеть график уровня воды на этом участке реки"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Low Tide Letter: the week's coast and country news, every Saturday breakfast time", "That was your third free story this month — register for three more or take out a subscription",
               "Independent local news needs readers like you: chip in from £2 a month to keep {site} going"],
        "tr": ["Cumartesi Kıyı Mektubu: haftanın sahil ve kasaba haberleri, her cumartesi kahvaltıda", "Bu ay üçüncü ücretsiz haberinizi okudunuz — üç haber daha için kayıt olun ya da abone olun",
               "Bağımsız yerel habercilik sizin gibi okurlarla yaşar: {site} ayakta kalsın diye ayda 50 liradan başlayan destek verin"],
        "de": ["Der Ebbe-Brief: Küste und Land der Woche, jeden Samstag zum Frühstück", "Das war Ihr dritter freier Artikel in diesem Monat — registrieren Sie sich für drei weitere oder schließen Sie ein Abo ab",
               "Unabhängige Lokalberichte brauchen Leserinnen wie Sie: Unterstützen Sie {site} ab 2 Euro im Monat"],
        "fr": ["La Lettre de la marée basse : la côte et le bocage de la semaine, chaque samedi au petit-déjeuner", "C'était votre troisième article gratuit du mois — inscrivez-vous pour en lire trois de plus ou abonnez-vous",
               "L'info locale indépendante vit grâce à ses lecteurs : aidez {site} à partir de 2 € par mois"],
        "es": ["La Carta de la Bajamar: la costa y la comarca de la semana, cada sábado a la hora del desayuno", "Esta era tu tercera noticia gratis del mes — regístrate para leer tres más o suscríbete",
               "El periodismo local independiente vive de sus lectores: apoya a {site} desde 2 euros al mes"],
        "ru": ["«Письмо с берега»: новости побережья и района за неделю, по субботам к завтраку", "Это был ваш третий бесплатный материал в этом месяце — зарегистрируйтесь, чтобы прочитать ещё три, или оформите подписку",
               "Независимые местные новости держатся на читателях: поддержите «{site}» от 100 рублей в месяц"],
    },
    "share": {
        "en": ["Pass it along the pier: WhatsApp · Facebook · Threads · Copy link", "Someone on the island should read this — forward it to them"],
        "tr": ["İskele boyunca iletin: WhatsApp · Facebook · Threads · Bağlantıyı kopyala", "Adada bunu okuması gereken biri var — haberi ona iletin"],
        "de": ["Den Steg entlang weitergeben: WhatsApp · Facebook · Threads · Link kopieren", "Jemand auf der Insel sollte das lesen — leiten Sie den Artikel an ihn weiter"],
        "fr": ["Faites passer le long du quai : WhatsApp · Facebook · Threads · Copier le lien", "Quelqu'un sur l'île devrait lire ceci — transférez-lui l'article"],
        "es": ["Pásalo por el muelle: WhatsApp · Facebook · Threads · Copiar enlace", "Alguien en la isla debería leer esto — reenvíale la noticia"],
        "ru": ["Передайте по берегу: WhatsApp · Telegram · ОК · Скопировать ссылку", "Кому-то на том берегу стоит это прочитать — перешлите ему материал"],
    },
    "photo": {
        "en": ["Snapshot lent to us by the family", "Photograph: sent to {site} by a reader"],
        "tr": ["Kareyi aile bize ödünç verdi", "Fotoğraf: bir okurumuz {site}'e gönderdi"],
        "de": ["Schnappschuss, von der Familie geliehen", "Foto: von einer Leserin an {site} geschickt"],
        "fr": ["Cliché prêté par la famille", "Photo : envoyée à {site} par une lectrice"],
        "es": ["Instantánea prestada por la familia", "Fotografía: enviada a {site} por una lectora"],
        "ru": ["Снимок из семейного альбома, дали на время родные", "Фото прислала в «{site}» наша читательница"],
    },
    "copyright": {
        "en": ["Copying, redistributing or republishing this story without the written consent of {site} is prohibited."],
        "tr": ["Bu haberin {site}'in yazılı onayı olmadan kopyalanması, dağıtılması veya yeniden yayımlanması yasaktır."],
        "de": ["Kopieren, Weiterverbreiten oder erneutes Veröffentlichen dieses Artikels ohne schriftliche Zustimmung von {site} ist untersagt."],
        "fr": ["Toute copie, diffusion ou republication de cet article sans l'accord écrit de {site} est interdite."],
        "es": ["Queda prohibido copiar, redistribuir o volver a publicar esta noticia sin el consentimiento por escrito de {site}."],
        "ru": ["Копирование, распространение и повторная публикация материала без письменного согласия «{site}» запрещены."],
    },
    "section": {
        "en": ["Further reading from the {section} pages of {site}", "Every {section} story in one place ›"],
        "tr": ["{site}'in {section} sayfalarından okumaya devam edin", "Tüm {section} haberleri tek yerde ›"],
        "de": ["Weiterlesen in den {section}-Seiten von {site}", "Alle Artikel aus {section} an einem Ort ›"],
        "fr": ["À lire aussi dans les pages {section} de {site}", "Tous les articles {section} au même endroit ›"],
        "es": ["Sigue leyendo en las páginas de {section} de {site}", "Todas las noticias de {section} en un solo sitio ›"],
        "ru": ["Читайте дальше на страницах «{section}» в «{site}»", "Все новости рубрики «{section}» в одном месте ›"],
    },
    "related": {
        "en": ["Up and down the coast", "Earlier from the harbour office on this"],
        "tr": ["Kıyı boyunca bu hafta", "Liman bürosunun bu konudaki önceki haberleri"],
        "de": ["Entlang der Küste", "Was wir zuvor darüber berichtet haben"],
        "fr": ["Tout au long de la côte", "Nos articles précédents sur le sujet"],
        "es": ["A lo largo de la costa", "Lo que contamos antes sobre este tema"],
        "ru": ["Вверх и вниз по реке", "Раньше корпункт у пристани писал об этом"],
    },
    "symbol": {"*": ['∙ ⟡ ∙', '◦ ◦ ❖ ◦ ◦', '~ ✦ ~ ✦ ~', '≈ ⚓ ≈ ⚓ ≈']},
    "credit": {
        "en": ["Additional reporting by the {site} islands desk", "This story was reported with help from our coast correspondent"],
        "tr": ["Habere {site} kıyı masası da katkı verdi", "Bu habere sahil muhabirimiz de katkıda bulundu"],
        "de": ["Mitarbeit: das Küstenteam von {site}", "An diesem Artikel hat unser Küstenkorrespondent mitgewirkt"],
        "fr": ["Avec la contribution de l'équipe littoral de {site}", "Notre correspondant sur la côte a participé à cet article"],
        "es": ["Con la colaboración del equipo de costa de {site}", "En esta información ha colaborado nuestro corresponsal en la costa"],
        "ru": ["В подготовке материала участвовала прибрежная редакция «{site}»", "Материал подготовлен при участии нашего корреспондента на реке"],
    },
    "ad": {
        "en": ["Paid promotion · continue reading below", "Promote your business here — call the {site} advertising desk"],
        "tr": ["Ücretli tanıtım · haber aşağıda devam ediyor", "İşletmenizi burada tanıtın — {site} reklam masasını arayın"],
        "de": ["Bezahlte Platzierung · weiter geht es unten", "Ihr Betrieb an dieser Stelle — rufen Sie die Anzeigenannahme von {site} an"],
        "fr": ["Promotion payante · la suite plus bas", "Votre commerce ici — appelez le service annonces de {site}"],
        "es": ["Promoción pagada · sigue leyendo más abajo", "Anuncia tu negocio aquí — llama al departamento de publicidad de {site}"],
        "ru": ["Оплаченное размещение · читайте ниже", "Разместите здесь свой бизнес — звоните в рекламный отдел «{site}»"],
    },
    "continue": {
        "en": ["The full story continues below", "Unfold the rest of this report ↓"],
        "tr": ["Haberin tamamı aşağıda sürüyor", "Haberin geri kalanını göster ↓"],
        "de": ["Der vollständige Artikel geht unten weiter", "Den Rest des Artikels anzeigen ↓"],
        "fr": ["L'article complet se poursuit ci-dessous", "Déplier la suite de ce reportage ↓"],
        "es": ["La noticia completa sigue más abajo", "Desplegar el resto de esta crónica ↓"],
        "ru": ["Полный текст продолжается ниже", "Показать материал до конца ↓"],
    },
    "comments": {
        "en": ["{n} readers have commented so far", "Read the {n} comments and add yours ↓"],
        "tr": ["Şu ana kadar {n} okur yorum yaptı", "{n} yorumu okuyun, siz de yazın ↓"],
        "de": ["Bisher {n} Kommentare von Leserinnen und Lesern", "Die {n} Kommentare lesen und mitreden ↓"],
        "fr": ["{n} lecteurs ont déjà réagi", "Lire les {n} réactions et donner son avis ↓"],
        "es": ["{n} lectores han comentado ya", "Lee los {n} comentarios y deja el tuyo ↓"],
        "ru": ["Уже {n} комментариев читателей", "Прочитать {n} комментариев и написать свой ↓"],
    },
    "readtime": {
        "en": ["Set aside {m} minutes for this one", "{m} min · coast desk"],
        "tr": ["Bu habere {m} dakika ayırın", "{m} dk · kıyı masası"],
        "de": ["Nehmen Sie sich {m} Minuten für diesen Text", "{m} Minuten Lesezeit · Küstenredaktion"],
        "fr": ["Comptez {m} minutes pour cet article", "{m} min · rédaction du littoral"],
        "es": ["Reserva {m} minutos para esta noticia", "{m} min · redacción de la costa"],
        "ru": ["Отложите на этот текст {m} минуты", "{m} мин · прибрежная редакция"],
    },
    "updated": {
        "en": ["Amended at {t} on {d} to add the harbour trust's reply", "Updated {d} {t}: adds comment from the operator"],
        "tr": ["{d} günü saat {t}'de liman idaresinin yanıtı eklendi", "Güncelleme {d} {t}: işletmenin açıklaması eklendi"],
        "de": ["Am {d} um {t} Uhr um die Antwort der Hafenverwaltung ergänzt", "Aktualisiert {d}, {t} Uhr: mit Stellungnahme des Betreibers"],
        "fr": ["Complété le {d} à {t} avec la réponse de la capitainerie", "Mis à jour le {d} à {t} : ajout de la réaction de l'exploitant"],
        "es": ["Ampliada el {d} a las {t} con la respuesta de la autoridad portuaria", "Actualizado el {d} a las {t}: se añade la respuesta de la empresa"],
        "ru": ["{d} в {t} добавлен ответ администрации пристани", "Обновлено {d} в {t}: добавлен комментарий перевозчика"],
    },
    "audio": {
        "en": ["🎧 Have this coast report read to you · {m} min", "Hands on the wheel — switch to the narrated version"],
        "tr": ["🎧 Bu kıyı haberini size okuyalım · {m} dk", "Direksiyondaysanız seslendirilmiş sürüme geçin"],
        "de": ["🎧 Diesen Küstenbericht vorlesen lassen · {m} Min.", "Am Steuer — zur gesprochenen Fassung wechseln"],
        "fr": ["🎧 Se faire lire ce reportage du littoral · {m} min", "Au volant — passez à la version lue"],
        "es": ["🎧 Que te lean esta crónica de la costa · {m} min", "Al volante — cambia a la versión narrada"],
        "ru": ["🎧 Послушать этот репортаж с реки · {m} мин", "За рулём — переключитесь на версию, которую читает диктор"],
    },
    "app": {
        "en": ["Sailing alerts, weather warnings and local news: download the {site} app", "Open this story in the app ›"],
        "tr": ["Sefer uyarıları, hava durumu ve yerel haberler: {site} uygulamasını indirin", "Bu haberi uygulamada açın ›"],
        "de": ["Fährwarnungen, Unwetter und Lokales: Laden Sie die App von {site}", "Diesen Artikel in der App öffnen ›"],
        "fr": ["Alertes traversées, météo et infos locales : téléchargez l'appli {site}", "Ouvrir cet article dans l'appli ›"],
        "es": ["Avisos de travesías, alertas del tiempo y noticias locales: descarga la app de {site}", "Abrir esta noticia en la app ›"],
        "ru": ["Уведомления о рейсах, погоде и местные новости: скачайте приложение «{site}»", "Открыть материал в приложении ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} from the {site} office on the harbour.", "Read everything {by} has filed from the harbour ›"],
        "tr": ["{by}, {site}'in liman bürosundan {section} haberlerini yazıyor.", "{by} liman bürosundan neler yazdı, hepsini okuyun ›"],
        "de": ["{by} schreibt aus dem Hafenbüro von {site} über {section}.", "Alles lesen, was {by} aus dem Hafenbüro geschrieben hat ›"],
        "fr": ["{by} couvre la rubrique {section} depuis le bureau du port de {site}.", "Lire tout ce que {by} a écrit depuis le port ›"],
        "es": ["{by} informa sobre {section} desde la oficina del puerto de {site}.", "Lee todo lo que {by} ha escrito desde el puerto ›"],
        "ru": ["{by} пишет о теме «{section}» из корпункта «{site}» у пристани.", "Все материалы автора из корпункта у пристани ›"],
    },
    "tip": {
        "en": ["Something happening on the quayside? Message the newsroom: tips@firthdesk.example", "Call or text the newsdesk: 07700 900 651"],
        "tr": ["Rıhtımda bir şey mi oluyor? Haber merkezine yazın: haber@kiyimasasi.example", "Haber masasını arayın ya da mesaj atın: 0533 900 06 51"],
        "de": ["Am Kai passiert etwas? Schreiben Sie der Redaktion: tipp@kuestenredaktion.example", "Anrufen oder simsen: 0152 900 651"],
        "fr": ["Il se passe quelque chose sur le quai ? Écrivez à la rédaction : infos@redac-littoral.example", "Appelez ou envoyez un SMS à la rédaction : 06 00 90 06 51"],
        "es": ["¿Pasa algo en el muelle? Escribe a la redacción: pistas@redaccion-costa.example", "Llama o manda un mensaje a la redacción: 611 900 651"],
        "ru": ["На пристани что-то происходит? Напишите в редакцию: novosti@pribrezhnaya.example", "Звоните или пишите в редакцию: +7 900 000-06-51"],
    },
    "typo": {
        "en": ["A slip of the keyboard in this report? Highlight it and press Ctrl+Enter to let our subeditors know"],
        "tr": ["Bu haberde bir klavye kayması mı var? İşaretleyip Ctrl+Enter ile editörlerimize bildirin"],
        "de": ["Ein Vertipper in diesem Bericht? Markieren und mit Strg+Enter dem Schlussredakteur melden"],
        "fr": ["Une faute de frappe dans ce reportage ? Surlignez-la et appuyez sur Ctrl+Entrée pour prévenir nos correcteurs"],
        "es": ["¿Se nos ha escapado una errata en esta crónica? Márcala y pulsa Ctrl+Intro para avisar a nuestros correctores"],
        "ru": ["В репортаже проскочила опечатка? Выделите её и нажмите Ctrl+Enter, чтобы сообщить корректору"],
    },
    "push": {
        "en": ["Get an alert from {site} when sailings are cancelled? Alert me · Not for now"],
        "tr": ["Seferler iptal edildiğinde {site}'ten bildirim almak ister misiniz? Bana haber ver · Şimdilik değil"],
        "de": ["Eine Meldung von {site} erhalten, wenn Fahrten ausfallen? Mich benachrichtigen · Vorerst nicht"],
        "fr": ["Être prévenu par {site} quand des traversées sont annulées ? Me prévenir · Pas pour l'instant"],
        "es": ["¿Quieres que {site} te avise cuando se cancelen travesías? Avisadme · Ahora no, gracias"],
        "ru": ["Получать уведомления «{site}» об отмене рейсов? Сообщать мне · Пока не нужно"],
    },
    "print": {
        "en": ["Print this story · Download as PDF · Send by email", "Text-only version for printing"],
        "tr": ["Bu haberi çıktı al · PDF'sini indir · Posta kutuna gönder", "Yazdırmak için yalnızca metin sürümü"],
        "de": ["Artikel drucken · Als PDF herunterladen · Per E-Mail senden", "Reine Textfassung zum Ausdrucken"],
        "fr": ["Imprimer l'article · Télécharger en PDF · Envoyer par courriel", "Version texte seul pour l'impression"],
        "es": ["Imprimir la noticia · Descargar en PDF · Enviar por correo", "Versión solo texto para imprimir"],
        "ru": ["Распечатать материал · Скачать PDF · Отправить по почте", "Только текст, для печати"],
    },
    "feedback": {
        "en": ["Did this coast report tell you what you needed to know? All of it · Some of it · None of it"],
        "tr": ["Bu kıyı haberi bilmeniz gerekenleri anlattı mı? Hepsini · Bir kısmını · Hiçbirini"],
        "de": ["Hat Ihnen dieser Küstenbericht gesagt, was Sie wissen wollten? Alles · Einiges · Nichts davon"],
        "fr": ["Ce reportage du littoral vous a-t-il appris ce que vous cherchiez ? Tout · En partie · Rien du tout"],
        "es": ["¿Te ha contado esta crónica de la costa lo que necesitabas saber? Todo · Una parte · Nada de nada"],
        "ru": ["Узнали ли вы из этого материала то, что хотели? Всё · Отчасти · Ничего"],
    },
    "standards": {
        "en": ["{site} is regulated by IMPRESS; to complain, contact our readers' editor."],
        "tr": ["{site} Basın Ahlak Esasları'na bağlıdır; şikâyetleriniz için okur editörümüze yazın."],
        "de": ["{site} hat sich dem Deutschen Presserat verpflichtet; Beschwerden richten Sie an unsere Leserredaktion."],
        "fr": ["{site} adhère au Conseil de déontologie journalistique ; pour toute réclamation, écrivez à notre service lecteurs."],
        "es": ["{site} se somete a la Comisión de Quejas y Deontología; para reclamar, escribe a nuestro defensor del lector."],
        "ru": ["«{site}» придерживается кодекса профессиональной этики журналиста; с жалобами обращайтесь к редактору по работе с читателями."],
    },
    "topics": {
        "en": ["Topics: {section} · the coast · getting about", "Get {section} updates by email ›"],
        "tr": ["Konular: {section} · kıyı · ulaşım", "{section} güncellemelerini e-postayla alın ›"],
        "de": ["Themen: {section} · Küste · unterwegs", "Neues zu {section} per E-Mail ›"],
        "fr": ["Thèmes : {section} · le littoral · se déplacer", "Recevoir les nouvelles {section} par courriel ›"],
        "es": ["Temas: {section} · la costa · moverse", "Recibe las novedades de {section} por correo ›"],
        "ru": ["Темы: {section} · река · как добраться", "Получать новости рубрики «{section}» на почту ›"],
    },
    "bookmark": {
        "en": ["🔖 Save this for later"],
        "tr": ["🔖 Sonra okumak için kaydet"],
        "de": ["🔖 Für später merken"],
        "fr": ["🔖 Garder pour plus tard"],
        "es": ["🔖 Guardar para luego"],
        "ru": ["🔖 Сохранить, чтобы прочитать позже"],
    },
    "poll": {
        "en": ["Quick poll: are things getting better where you live? Better · Worse · About the same", "Your vote unlocks the running totals for this coast poll"],
        "tr": ["Kısa anket: yaşadığınız yerde işler iyiye mi gidiyor? Daha iyi · Daha kötü · Aynı", "Oy verdiğinizde bu kıyı anketinin ara sonuçları açılır"],
        "de": ["Kurze Umfrage: Wird es bei Ihnen vor Ort besser? Besser · Schlechter · Etwa gleich", "Stimmen Sie ab, dann erscheint der aktuelle Zwischenstand"],
        "fr": ["Petit sondage : les choses s'améliorent-elles là où vous vivez ? Mieux · Moins bien · Pareil", "Votez et les totaux du moment apparaîtront"],
        "es": ["Encuesta rápida: ¿van mejor las cosas donde vives? Mejor · Peor · Más o menos igual", "Vota y aparecerá el recuento provisional"],
        "ru": ["Короткий опрос: становится ли лучше там, где вы живёте? Лучше · Хуже · Так же", "Отдайте свой голос, и появятся промежуточные итоги"],
    },
    "embed": {
        "en": ["Open {handle}'s harbour post on Instagram", "Watch {handle}'s clip from the quayside on YouTube"],
        "tr": ["{handle} hesabının liman paylaşımını Instagram'da açın", "{handle} kanalının rıhtımdan çektiği klibi YouTube'da izleyin"],
        "de": ["Den Hafen-Beitrag von {handle} auf Instagram öffnen", "Den Clip von {handle} vom Kai auf YouTube ansehen"],
        "fr": ["Ouvrir la publication de {handle} sur le port dans Instagram", "Regarder sur YouTube le clip tourné sur le quai par {handle}"],
        "es": ["Abrir en Instagram la publicación de {handle} desde el puerto", "Ver en YouTube el vídeo de {handle} grabado en el muelle"],
        "ru": ["Открыть в Instagram публикацию {handle} с пристани", "Смотреть на YouTube ролик {handle}, снятый на берегу"],
    },
    "gallery": {
        "en": ["📷 Picture gallery: {g} images", "Flick through all {g} shots from the day ›"],
        "tr": ["📷 Foto galeri: {g} kare", "Günün {g} karesine tek tek bakın ›"],
        "de": ["📷 Galerie mit {g} Aufnahmen vom Tag", "Sich durch alle {g} Bilder des Tages klicken ›"],
        "fr": ["📷 Galerie : {g} clichés", "Feuilleter les {g} images de la journée ›"],
        "es": ["📷 Galería de {g} imágenes de la jornada", "Pasa una a una las {g} fotos del día ›"],
        "ru": ["📷 Фотогалерея: {g} кадров", "Пролистать все {g} снимков этого дня ›"],
    },
    "map": {
        "en": ["View the route on a full-screen map", "Directions from your location: Google Maps · OpenStreetMap"],
        "tr": ["Güzergâhı tam ekran haritada görün", "Bulunduğunuz yerden yol tarifi: Google Haritalar · OpenStreetMap"],
        "de": ["Strecke auf einer Vollbildkarte ansehen", "Wegbeschreibung von Ihrem Standort: Google Maps · OpenStreetMap"],
        "fr": ["Voir le tracé sur une carte en plein écran", "Itinéraire depuis votre position : Google Maps · OpenStreetMap"],
        "es": ["Ver el recorrido en un mapa a pantalla completa", "Cómo llegar desde donde estás: Google Maps · OpenStreetMap"],
        "ru": ["Открыть маршрут на карте во весь экран", "Маршрут от вашего местоположения: Яндекс Карты · OpenStreetMap"],
    },
    "calendar": {
        "en": ["Save the date: Google Calendar · Outlook · iCal", "Text me a reminder on the morning"],
        "tr": ["Tarihi kaydedin: Google Takvim · Outlook · iCal", "O sabah bana mesajla hatırlat"],
        "de": ["Termin speichern: Google Kalender · Outlook · iCal", "Am Morgen per SMS erinnern"],
        "fr": ["Noter la date : Google Agenda · Outlook · iCal", "M'envoyer un SMS de rappel le matin même"],
        "es": ["Guarda la fecha: Google Calendar · Outlook · iCal", "Mándame un SMS de recordatorio esa mañana"],
        "ru": ["Сохранить дату: Google Календарь · Outlook · iCal", "Напомнить мне СМС утром того дня"],
    },
    "scores": {
        "en": ["Live scores and results from across the region ›", "Fixtures · Results · Standings · Regatta times"],
        "tr": ["Bölgeden canlı skorlar ve sonuçlar ›", "Fikstür · Sonuçlar · Puan durumu · Yarış dereceleri"],
        "de": ["Liveticker und Ergebnisse aus der ganzen Region ›", "Spielplan · Ergebnisse · Tabellen · Regattazeiten"],
        "fr": ["Scores en direct et résultats de toute la région ›", "Calendrier · Résultats · Classements · Temps des régates"],
        "es": ["Marcadores en directo y resultados de toda la región ›", "Calendario · Resultados · Clasificación · Tiempos de regata"],
        "ru": ["Онлайн-счёт и результаты со всего региона ›", "Календарь · Результаты · Турнирная таблица · Время гонок"],
    },
    "correction": {
        "en": ["We have corrected a mistake in an earlier version of this story."],
        "tr": ["Bu haberin önceki sürümündeki bir yanlışı düzelttik."],
        "de": ["Wir haben einen Fehler in einer früheren Fassung dieses Artikels korrigiert."],
        "fr": ["Nous avons corrigé une erreur figurant dans une version précédente de cet article."],
        "es": ["Hemos corregido un error de una versión anterior de esta noticia."],
        "ru": ["Мы исправили ошибку, допущенную в предыдущей версии материала."],
    },
    # the three families new in this part
    "ferryboard": {  # ferry status boards: the sailings table, the today's-sailings link, the alerts line, the operator's card
        "en": ["Today's sailings and their status", "Check today's sailings before you travel ›",
               "Sign up for sailing alerts by text or email", "Ferry and harbour enquiries"],
        "tr": ["Bugünkü seferler ve son durum", "Yola çıkmadan bugünkü seferleri kontrol edin ›",
               "Sefer uyarıları için SMS ya da e-postayla kaydolun", "Feribot ve iskele bilgi hattı"],
        "de": ["Die heutigen Fährfahrten und ihr Status", "Vor der Abfahrt die heutigen Fahrten prüfen ›",
               "Fährwarnungen per SMS oder E-Mail abonnieren", "Auskunft Fähre und Hafen"],
        "fr": ["Traversées du jour et état du trafic", "Vérifiez les traversées du jour avant de partir ›",
               "Recevez les alertes traversées par SMS ou courriel", "Renseignements bac et capitainerie"],
        "es": ["Travesías de hoy y su estado", "Consulta las travesías de hoy antes de salir ›",
               "Apúntate a los avisos de travesías por SMS o correo", "Información de ferris y capitanía"],
        "ru": ["Рейсы сегодня и их статус", "Проверьте сегодняшние рейсы перед поездкой ›",
               "Подпишитесь на СМС- или почтовые уведомления о рейсах", "Справочная переправы и пристани"],
    },
    "renttracker": {  # rent trackers: the rents table, the fair-rent checker with its area field, the tenants' advice card
        "en": ["Average monthly rents by area", "Is your rent fair? Check it ›",
               "Compare your rent with your neighbourhood", "Tenants' advice service"],
        "tr": ["Semtlere göre ortalama aylık kiralar", "Kiranız makul mü? Kontrol edin ›",
               "Kiranızı mahallenizdekilerle karşılaştırın", "Kiracı danışma hattı"],
        "de": ["Durchschnittliche Monatsmieten nach Stadtteil", "Ist Ihre Miete angemessen? Jetzt prüfen ›",
               "Vergleichen Sie Ihre Miete mit Ihrem Viertel", "Mieterberatung"],
        "fr": ["Loyers mensuels moyens par quartier", "Votre loyer est-il juste ? Vérifiez-le ›",
               "Comparez votre loyer avec celui de votre quartier", "Permanence d'information des locataires"],
        "es": ["Alquiler medio mensual por zona", "¿Pagas un alquiler justo? Compruébalo ›",
               "Compara tu alquiler con el de tu barrio", "Servicio de asesoramiento a inquilinos"],
        "ru": ["Средняя месячная аренда по районам", "Честная ли у вас аренда? Проверьте ›",
               "Сравните свою аренду с ценами в вашем районе", "Консультация для арендаторов"],
    },
    "eventpermits": {  # event permit boards: the application form, the approved-events table, the road-closures link, the licensing card
        "en": ["Apply for a street party or road closure", "Approved events and road closures",
               "Check road closures for events this month ›", "Events and Licensing Team"],
        "tr": ["Sokak şenliği ya da yol kapatma izni için başvurun", "Onaylanan etkinlikler ve kapanan yollar",
               "Bu ay etkinlikler nedeniyle kapanan yollara bakın ›", "Ruhsat ve Etkinlikler Birimi"],
        "de": ["Straßenfest oder Straßensperrung beantragen", "Genehmigte Veranstaltungen und Sperrungen",
               "Sperrungen wegen Veranstaltungen in diesem Monat ansehen ›", "Veranstaltungs- und Genehmigungsstelle"],
        "fr": ["Demander un repas de rue ou une fermeture de voie", "Manifestations autorisées et rues fermées",
               "Consulter les fermetures de rues liées aux manifestations ce mois-ci ›", "Service événements et autorisations"],
        "es": ["Solicita una fiesta de calle o un corte de tráfico", "Eventos autorizados y calles cortadas",
               "Consulta los cortes de calles por eventos este mes ›", "Servicio de Eventos y Licencias"],
        "ru": ["Подать заявку на праздник улицы или перекрытие", "Согласованные мероприятия и перекрытия",
               "Посмотреть перекрытия улиц из-за мероприятий в этом месяце ›", "Отдел по мероприятиям и разрешениям"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"ferryboard": [0, 1, 2, 3], "renttracker": [0, 1, 2, 3], "eventpermits": [0, 1, 2, 3]}
# today's sailings: route, departure, status
SAILINGS = {
    "en": [("Inchmorra to Portavie", "07:40 Mon–Fri", "On time, MV Morven"), ("Kilrannoch to Carra", "09:15 daily", "Delayed 40 min by swell"),
           ("Carra to Kilrannoch", "12:30 daily", "Cancelled, gale warning"), ("Inchmorra to Portavie", "15:10 Mon–Fri", "On time, MV Morven")],
    "tr": [("Kıyıköy – Sarıada", "07.00 her gün", "Zamanında kalkıyor"), ("Sarıada – Kıyıköy", "07.45 her gün", "Zamanında kalkıyor"), ("Kıyıköy – Sarıada", "10.30 her gün", "Rötarlı, 25 dk"),
           ("Sarıada – Kıyıköy", "18.15 her gün", "Fırtına yüzünden sefer iptal")],
    "de": [("Neuharlingerfehn – Lütjeoog", "08:10 täglich", "legt planmäßig ab"), ("Lütjeoog – Neuharlingerfehn", "11:45 täglich", "rund 30 Minuten später"),
           ("Neuharlingerfehn – Lütjeoog", "16:20 täglich", "fällt wegen Niedrigwasser aus")],
    "fr": [("Port-Marest – Île d'Aven", "08 h 15 tous les jours", "départ à l'heure prévue"), ("Île d'Aven – Port-Marest", "10 h 40 tous les jours", "retardée de 20 min"),
           ("Port-Marest – Île d'Aven", "17 h 05 tous les jours", "annulée pour coup de vent")],
    "es": [("Arrieta – Isla de Garra", "09:00 diario", "Sale a su hora"), ("Isla de Garra – Arrieta", "13:30 diario", "Retrasado 15 min"),
           ("Arrieta – Isla de Garra", "19:45 diario", "Cancelado por mar de fondo")],
    "ru": [("Устье-Вельское – Заречье", "06:00 ежедневно", "отходит вовремя"), ("Заречье – Устье-Вельское", "06:30 ежедневно", "отходит вовремя"),
           ("Устье-Вельское – Заречье", "14:00 ежедневно", "задерживается на 20 мин"), ("Заречье – Устье-Вельское", "21:30 ежедневно", "отменён из-за ветра")],
}
# the operator's or harbour office's card: label, value
FERRY_OFFICE = {
    "en": [("Booking office", "01632 960 735"), ("Harbour master, Portavie", "01632 960 736"), ("Opening hours", "Daily 7am to 6pm")],
    "tr": [("Bilet gişesi", "0 (286) 900 73 50"), ("Liman başkanlığı", "Kıyıköy İskele Meydanı No: 2")],
    "de": [("Fahrkartenschalter", "04941 900 735"), ("Hafenmeisterei", "täglich 7–19 Uhr")],
    "fr": [("Guichet de la gare maritime", "02 00 90 73 50"), ("Capitainerie", "ouverte tous les jours de 7 h à 19 h")],
    "es": [("Taquilla de la estación marítima", "943 900 735"), ("Capitanía del puerto", "todos los días de 8 a 20 h")],
    "ru": [("Диспетчер переправы", "8 (81836) 7-35-00"), ("Касса на пристани", "ежедневно с 5:30 до 22:00")],
}
# average monthly rents: area or size, rent, change over the year
RENT_AREAS = {
    "en": [("Town centre, one-bed flat", "£845", "+9%"), ("Queen's Parade, two-bed flat", "£1,080", "+12%"),
           ("Northfield estate, three-bed house", "£1,190", "+7%"), ("All homes", "£1,015", "+11%")],
    "tr": [("Merkez, 1+1", "14.500 TL", "+%48"), ("Sahil, 2+1", "21.000 TL", "+%55"), ("Yenimahalle, 3+1", "19.750 TL", "+%41")],
    "de": [("Altstadt, bis 45 m²", "11,20 €/m²", "+12 %"), ("Weststadt, 45–80 m²", "9,10 €/m²", "+7 %"),
           ("Talheim-Süd, über 80 m²", "8,60 €/m²", "+5 %")],
    "fr": [("Centre-ville, T2", "620 €", "+6 %"), ("Quartier Saint-Nicolas, T3", "780 €", "+8 %"), ("Les Courtils, T4", "910 €", "+4 %")],
    "es": [("Casco antiguo, 1 dormitorio", "690 €", "+16 %"), ("Avenida del Puerto, 2 dormitorios", "890 €", "+14 %"),
           ("Ensanche, 3 dormitorios", "1.020 €", "+11 %")],
    "ru": [("Центр, однокомнатная", "24 300 ₽", "+20 %"), ("У колледжа, однокомнатная", "27 800 ₽", "+24 %"),
           ("Заводской район, двухкомнатная", "29 500 ₽", "+15 %")],
}
# the tenants' advice service's card: label, value
TENANT_ADVICE = {
    "en": [("Tenants' helpline", "0800 900 4418"), ("Evening surgery", "Thursdays 5.30pm to 7.30pm, Carnegie Library"), ("Tenants' email", "help@hallowmere-tenants.example")],
    "tr": [("Kiracı danışma telefonu", "0 (232) 900 44 18"), ("Yüz yüze görüşme", "Çarşamba 13.00–17.00, Kent Konseyi binası")],
    "de": [("Mieterverein, Geschäftsstelle", "07131 900 441"), ("Beratung", "Di und Do 16–19 Uhr, Bahnhofstraße 12")],
    "fr": [("ADIL, permanence téléphonique", "02 00 90 44 18"), ("Accueil des locataires", "mardi et vendredi matin, maison de l'habitat")],
    "es": [("Teléfono de la Oficina de Vivienda", "950 900 441"), ("Atención sin cita", "lunes y miércoles de 9 a 13 h")],
    "ru": [("Юридическая консультация для арендаторов", "8 (83171) 4-41-80"), ("Приём арендаторов", "по средам с 15:00 до 18:00, кабинет 7")],
}
# approved events: date, street or place, event
APPROVED_EVENTS = {
    "en": [("20 June", "Albion Terrace", "Street party, road closed 11am–8pm"), ("20 June", "Pinfold Road", "Street party, road closed 12–7pm"),
           ("21 June", "Market Place", "Midsummer fair, parking suspended")],
    "tr": [("6 Temmuz", "Çınaraltı Sokağı", "Mahalle şenliği, 16.00–23.00 trafiğe kapalı"), ("13 Temmuz", "Gül Meydanı", "Açık hava konseri"),
           ("20 Temmuz", "Yalı Caddesi", "Sokak iftarı, tek şerit kapalı")],
    "de": [("Sa 14.06.2026", "Lindenstraße", "Straßenfest, Vollsperrung 14–22 Uhr"), ("So 21.06.2026", "Marktplatz am Rathaus", "Flohmarkt, Parkverbot ab 6 Uhr")],
    "fr": [("20 juin", "Rue des Cordiers", "Repas de rue, fermeture de 11 h à minuit"), ("20 juin", "Quai de la Criée", "Marché des producteurs"),
           ("21 juin", "Bassin à flot", "Joutes nautiques, stationnement interdit")],
    "es": [("15 de mayo", "Plaza de la Fuente", "Verbena de San Isidro, corte de 20 a 2 h"), ("23 de mayo", "Calle del Horno", "Mercadillo solidario"),
           ("6 de junio", "Barrio Alto", "Comida popular, corte de tráfico de 13 a 18 h")],
    "ru": [("12 июня", "улица Ленина", "праздник улицы, перекрытие с 10:00 до 22:00"), ("27 июня", "Набережная", "выпускной вечер, стоянка запрещена")],
}
# the events and licensing team's card: label, value
LICENSING_TEAM = {
    "en": [("Events and licensing", "01632 960 552"), ("Events email", "events@ketterby.example"), ("Apply at least", "four weeks before the event")],
    "tr": [("Ruhsat birimi", "0 (232) 900 55 20"), ("Başvuruların teslim yeri", "Belediye hizmet binası, zemin kat")],
    "de": [("Ordnungsamt, Veranstaltungen", "07131 900 552"), ("Sprechzeiten im Ordnungsamt", "Mo–Fr 8–12 Uhr")],
    "fr": [("Service événements", "02 00 90 55 20"), ("Accueil du public en mairie", "hôtel de ville, du lundi au vendredi de 8 h 30 à 17 h")],
    "es": [("Servicio de Licencias", "918 900 552"), ("Registro general del ayuntamiento", "de lunes a viernes de 9 a 14 h, Casa Consistorial")],
    "ru": [("Отдел по мероприятиям", "8 (83171) 5-52-00"), ("Приём заявок", "пн–чт с 9:00 до 17:00, кабинет 12")],
}
WIDGET_ROWS = (("sailings", SAILINGS), ("ferry office", FERRY_OFFICE), ("rent areas", RENT_AREAS),
               ("tenant advice", TENANT_ADVICE), ("approved events", APPROVED_EVENTS), ("licensing team", LICENSING_TEAM))


# headlines of the linked stories (related lists, sidebars, "most read", "more news")
HEADLINES = {
    "en": ["Harbour wall repairs to close the slipway for six weeks", "New defibrillator fitted at the old phone box on Quay Street",
           "Primary school pupils plant 500 trees on the playing field", "Gull Point recycling centre to open on Sundays from April",
           "Bowls club celebrates its centenary with a season of open days", "Fish and chip shop wins regional award for the third time"],
    "tr": ["Liman duvarı onarımı için kızak altı hafta kapalı kalacak", "İskele Caddesi'ndeki eski telefon kulübesine kalp şok cihazı kondu",
           "İlkokul öğrencileri okul bahçesine 500 fidan dikti", "Martı Burnu geri dönüşüm merkezi nisandan itibaren pazar günleri de açık",
           "Bocce kulübü 100. yılını açık kapı günleriyle kutluyor", "Balıkçı lokantası üçüncü kez bölge ödülü aldı"],
    "de": ["Hafenmauer wird saniert: Slipanlage sechs Wochen gesperrt", "Defibrillator in der alten Telefonzelle an der Kaistraße",
           "Grundschüler pflanzen 500 Bäume am Sportplatz", "Wertstoffhof am Möwenkap öffnet ab April auch sonntags",
           "Boule-Verein feiert 100 Jahre mit offenen Spieltagen", "Fischimbiss zum dritten Mal als bester der Region ausgezeichnet"],
    "fr": ["La cale de mise à l'eau fermée six semaines pour réparer la digue", "Un défibrillateur installé dans l'ancienne cabine téléphonique du quai",
           "Les écoliers plantent 500 arbres autour du stade", "La déchetterie de la pointe aux Goélands ouvrira le dimanche dès avril",
           "Le club de boules fête ses cent ans avec des journées portes ouvertes", "La friterie du port primée pour la troisième fois"],
    "es": ["La rampa del puerto cerrará seis semanas por las obras del espigón", "Instalan un desfibrilador en la antigua cabina de la calle del Muelle",
           "Los alumnos del colegio plantan 500 árboles junto al campo de fútbol", "El punto limpio de la punta de las Gaviotas abrirá los domingos desde abril",
           "El club de petanca celebra su centenario con jornadas de puertas abiertas", "La freiduría del puerto gana por tercera vez el premio comarcal"],
    "ru": ["Ремонт набережной: спуск к воде закроют на шесть недель", "В старой телефонной будке на Пристанской поставили дефибриллятор",
           "Школьники посадили 500 деревьев у стадиона", "Пункт приёма вторсырья у Чаячьего мыса с апреля откроется по воскресеньям",
           "Клуб городошников отмечает столетие днями открытых дверей", "Рыбное кафе у пристани в третий раз стало лучшим в области"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["de"]
TEASERS = {
    "de": ["Die Mauer hatte bei der Sturmflut im Januar Risse bekommen.",
           "Ehrenamtliche haben die Zelle gelb gestrichen und ein Schild angebracht.",
           "Jede Klasse kümmert sich künftig um eine eigene Reihe.",
           "Der neue Plan gilt für alle Ortsteile gleichzeitig.",
           "Gegründet wurde der Verein 1926 von Hafenarbeitern.",
           "Die Jury lobte vor allem die hausgemachte Remoulade."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Coast and islands", "Town hall", "Classrooms and campuses", "Wages, bills and prices", "Ferries, roads and rail", "Clubs and good causes", "Letters from the shore"],
               cookie="This website and selected partners use cookies and similar technologies to keep the site secure, understand how readers use it and show adverts that help fund local reporting. Select Fine by me, continue to agree to all of them, or Set my preferences to decide for yourself.",
               accept="Fine by me, continue", reject="Set my preferences", share="Email this coast story to someone",
               related="More from the harbour office", newsletter="The Morning Tide: local news before 8am, Monday to Saturday",
               subscribe="Sign me up to The Morning Tide", email="name@morning-tide.example",
               comment_note="Be kind, stay on topic and don't post anything you wouldn't say to a neighbour's face. Comments that break these rules will be taken down.",
               closed="Commenting is not available on this article.",
               footer=["The team on the quayside", "Our corrections page", "What we do with reader data", "Advertise along the coast", "Website terms and community rules"],
               rights="Everything published on this website is copyright; please ask us before reusing any of it.",
               commenters=[("SaltyPete", "Good to see somebody finally doing something about it."),
                           ("Margaret from the top road", "We'll believe it when we see it, but fingers crossed.")]),
    "tr": dict(nav=["Kıyı ve adalar", "Belediye", "Sınıflar ve kampüsler", "İş ve para", "Feribot, yol ve tren", "Kulüpler ve yardım", "Kıyıdan okur mektupları"],
               cookie="Bu site ve seçili iş ortakları, siteyi güvende tutmak, okurların siteyi nasıl kullandığını anlamak ve yerel haberciliği destekleyen reklamları göstermek için çerezler ve benzer teknolojiler kullanır. Tümünü onaylamak için Olur, devam et'i, kendiniz karar vermek için Tercihlerimi ayarla'yı seçin.",
               accept="Olur, devam et", reject="Tercihlerimi ayarla", share="Bu kıyı haberini birine e-postayla gönderin",
               related="Liman bürosundan diğer haberler", newsletter="Sabah Dalgası: pazartesiden cumartesiye saat 08.00'den önce yerel haberler",
               subscribe="Sabah Dalgası'na kaydol", email="adiniz@sabah-dalgasi.example",
               comment_note="Nazik olun, konudan sapmayın ve komşunuzun yüzüne söylemeyeceğiniz bir şeyi yazmayın. Bu kurallara uymayan yorumlar kaldırılır.",
               closed="Bu kıyı haberine yorum yazılamıyor.",
               footer=["Rıhtımdaki ekibimiz", "Düzeltmeler sayfamız", "Okur verileriyle ne yapıyoruz", "Kıyı boyunca reklam verin", "Site koşulları ve topluluk kuralları"],
               rights="Bu sitede yayımlanan her şey telif hakkıyla korunur; herhangi bir bölümü kullanmadan önce bize sorun.",
               commenters=[("Tuzlu_Mehmet", "Sonunda biri bir şey yapıyor, iyi oldu."),
                           ("Yukarı Yol'dan Saadet", "Görünce inanacağız ama inşallah olur.")]),
    "de": dict(nav=["Küste und Inseln", "Neues aus dem Rathaus am Hafen", "Schulen", "Arbeit und Geld", "Fähren, Straßen und Bahn", "Vereine, Kutter und Ehrenamt", "Briefe von der Küste"],
               cookie="Diese Website und ausgewählte Partner verwenden Cookies und ähnliche Technologien, um die Seite sicher zu halten, zu verstehen, wie Leser sie nutzen, und Werbung zu zeigen, die Lokaljournalismus mitfinanziert. Wählen Sie „Passt, weiter“, um allem zuzustimmen, oder „Meine Einstellungen festlegen“, um selbst zu entscheiden.",
               accept="Passt, weiter", reject="Meine Einstellungen festlegen", share="Diesen Artikel per E-Mail empfehlen",
               related="Mehr aus dem Hafenbüro", newsletter="Die Morgenflut: Lokales vor 8 Uhr, montags bis samstags",
               subscribe="Die Morgenflut abonnieren", email="name@morgenflut.example",
               comment_note="Seien Sie freundlich, bleiben Sie beim Thema und schreiben Sie nichts, was Sie Ihrem Nachbarn nicht ins Gesicht sagen würden. Kommentare, die dagegen verstoßen, werden gelöscht.",
               closed="Unter diesem Küstenbericht sind keine Kommentare möglich.",
               footer=["Das Team am Kai", "Unsere Korrekturseite", "Was wir mit Leserdaten tun", "Werben entlang der Küste", "Nutzungsbedingungen und Gemeinschaftsregeln"],
               rights="Alles, was auf dieser Website erscheint, ist urheberrechtlich geschützt; bitte fragen Sie uns vor jeder Weiterverwendung.",
               commenters=[("Kuttenkieker", "Schön, dass endlich mal jemand was unternimmt."),
                           ("Hilde vom Oberweg", "Glaub ich erst, wenn ich es sehe, aber Daumen drücken.")]),
    "fr": dict(nav=["Côte et îles", "Côté mairie", "Écoles", "Emploi et argent", "Bacs, routes et trains", "Associations, pêche et entraide", "Courriers du rivage"],
               cookie="Ce site et des partenaires choisis utilisent des cookies et technologies similaires pour sécuriser le site, comprendre comment les lecteurs l'utilisent et afficher des publicités qui financent l'information locale. Choisissez « D'accord, continuer » pour tout autoriser, ou « Régler mes préférences » pour décider vous-même.",
               accept="D'accord, continuer", reject="Régler mes préférences", share="Envoyer ce reportage du littoral par courriel",
               related="D'autres nouvelles du bureau du port", newsletter="La Marée du matin : l'info locale avant 8 h, du lundi au samedi",
               subscribe="M'abonner à La Marée du matin", email="nom@maree-du-matin.example",
               comment_note="Soyez aimable, restez dans le sujet et n'écrivez rien que vous ne diriez pas en face à votre voisin. Les commentaires qui ne respectent pas ces règles seront supprimés.",
               closed="Les commentaires ne sont pas disponibles pour cet article.",
               footer=["L'équipe du quai", "Notre page des corrections", "Ce que nous faisons des données des lecteurs", "Annoncer sur toute la côte", "Conditions du site et règles de la communauté"],
               rights="Tout ce qui est publié sur ce site est protégé par le droit d'auteur ; demandez-nous avant toute réutilisation.",
               commenters=[("Loulou_du_port", "Enfin quelqu'un qui bouge, ça fait plaisir."),
                           ("Yvette de la route haute", "On y croira quand on le verra, mais croisons les doigts.")]),
    "es": dict(nav=["Costa e islas", "Ayuntamiento", "Colegios", "Empleo y dinero", "Ferris, carreteras y tren", "Asociaciones y causas", "Cartas desde la orilla"],
               cookie="Esta web y algunos socios seleccionados usan cookies y tecnologías parecidas para mantener la web segura, entender cómo la usan los lectores y mostrar anuncios que ayudan a pagar el periodismo local. Pulsa «De acuerdo, seguir» para aceptarlas todas o «Ajustar mis preferencias» para decidir tú.",
               accept="De acuerdo, seguir", reject="Ajustar mis preferencias", share="Enviar esta crónica de la costa por correo",
               related="Más de la oficina del puerto", newsletter="La Marea de la mañana: noticias locales antes de las 8, de lunes a sábado",
               subscribe="Apuntarme a La Marea de la mañana", email="nombre@marea-manana.example",
               comment_note="Sé amable, no te salgas del tema y no escribas nada que no le dirías a tu vecino a la cara. Borraremos los comentarios que incumplan estas normas.",
               closed="No se pueden dejar comentarios en esta noticia.",
               footer=["El equipo del muelle", "Nuestra página de correcciones", "Qué hacemos con los datos de los lectores", "Anúnciate en toda la costa", "Condiciones de la web y normas de la comunidad"],
               rights="Todo lo publicado en esta web tiene derechos de autor; pregúntanos antes de reutilizar cualquier contenido.",
               commenters=[("Txomin_del_muelle", "Ya era hora de que alguien se pusiera manos a la obra."),
                           ("Maripaz de la cuesta", "Lo creeré cuando lo vea, pero ojalá.")]),
    "ru": dict(nav=["Река и сёла", "Что решила администрация", "Школы и техникумы района", "Работа и деньги", "Паромы, дороги, электрички", "Общество и добрые дела", "Письма с берега"],
               cookie="Этот сайт и избранные партнёры используют cookie и похожие технологии, чтобы сайт был защищён, чтобы понимать, как читатели им пользуются, и чтобы показывать рекламу, которая помогает оплачивать местную журналистику. Нажмите «Хорошо, продолжаем», чтобы согласиться со всем, или «Настроить самому», чтобы решить самостоятельно.",
               accept="Хорошо, продолжаем", reject="Настроить самому", share="Отправить этот материал с реки по почте",
               related="Ещё из корпункта у пристани", newsletter="«Утренний берег»: местные новости до 8 утра, с понедельника по субботу",
               subscribe="Подписаться на «Утренний берег»", email="imya@utrenniy-bereg.example",
               comment_note="Будьте доброжелательны, пишите по теме и не пишите того, что не сказали бы соседу в лицо. Комментарии, нарушающие эти правила, будут удалены.",
               closed="Комментарии к этому материалу недоступны.",
               footer=["Команда корпункта у пристани", "Страница исправлений", "Как мы обращаемся с вашими данными", "Реклама в прибрежных сёлах", "Правила сайта и сообщества"],
               rights="Всё опубликованное на сайте защищено авторским правом; спросите нас, прежде чем что-либо использовать.",
               commenters=[("Паромщик_Саня", "Хорошо, что наконец хоть кто-то взялся за дело."),
                           ("Тётя Валя с Верхней", "Поверю, когда увижу, но дай бог.")]),
}
UI65 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO IN THE BEACON:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes about {section} for {site} and has lived by the harbour all her life. Story ideas to coast@penmarrow-packet.example"},
    (mp4, "READMORE"): {"en": "WHILE YOU'RE HERE:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also in the Observer")},
    (mp6, "TYPO3"): {"fr": dict(ext="La médiathèque en vidéo (YouTube)",
                                note="Une courte vidéo de présentation de la médiathèque de Lanvern est intégrée ici. Elle n'est chargée depuis YouTube qu'avec votre accord ; YouTube reçoit alors des informations sur votre visite.",
                                button="Accepter et regarder la présentation", by="Un article signé", search="Rechercher dans le Journal",
                                lang_menu="Le Journal en breton")},
    (mp7, "SANITY"): {"es": dict(nl_title="La Bahía a las nueve", nl_text="Regatas, plenos, obras del puerto y planes del fin de semana en la bahía, en un correo cada noche a las nueve.",
                                 nl_button="Quiero recibir La Bahía a las nueve", nl_placeholder="Tu correo para La Bahía a las nueve")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Вельская суббота", nl_text="Раз в неделю, по субботам: переправа, дороги, школы и праздники Вельского района в одном письме.",
                                nl_label="Ваш адрес для «Вельской субботы»", nl_button="Присылать «Вельскую субботу»")},
    (mp13, "PUB_NAV"): {"de": ["Neu aus dem Viertel", "Werkstätten und Handwerk", "Gassen und Höfe", "Die Notizen unterstützen"]},
    (mp13, "TEASERS"): {"de": TEASERS["de"]},
    (mp19, "UCOZ"): {"de": dict(domain="ucoz.de", slogan="Dorfverein Kleinwalsdorf – Brunnen, Maifest und Dorfleben",
                                menu=["Kleinwalsdorf – Startseite", "Neues aus dem Dorfverein", "Unser Dorfbrunnen", "Chronik von Kleinwalsdorf", "Bilder aus dem Dorf", "Schreiben Sie dem Dorfverein"],
                                cats=["Neues aus dem Dorfverein", "Brunnen und Lindenplatz", "Maifest"],
                                friends=["Freiwillige Feuerwehr Kleinwalsdorf", "Landfrauen Walsdorfer Grund", "Kindergarten Pusteblume"],
                                footer="Dorfverein Kleinwalsdorf e.V. © 2026 · ehrenamtlich gepflegt vom Vorstand",
                                poster="dv_kleinwalsdorf", tags=["Dorfbrunnen", "Maifest"],
                                commenters=[("Erna_am_Lindenplatz", "Wie schön, dass das Wasser wieder läuft! Danke an alle fleißigen Hände."),
                                            ("Walsdorfer_in_Kassel", "Da werde ich beim Maifest auf jeden Fall vorbeischauen.")],
                                style="p", heads="b")},
}
# the platform's own strings that an earlier layout lacks in a language (none needed in this part)
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
# the new layout: a regional daily's or a city council's news site built on Kentico Xperience 13 (ASP.NET Core MVC
# with the page builder), as it serves an article page to an anonymous reader: the head with the page builder's
# /Content/Bundles/Public/... component bundles, the site's /Content/css/... styles, the /Kentico/Scripts/... jQuery
# and form scripts and Kentico's activity-logging and web-analytics logger scripts; the header with the logo, the main
# menu (a Bootstrap navbar with the "navbar-nav" list) and the search box; the breadcrumbs; the article template: the
# category, the h1 "article-detail__title", the perex in "article-detail__perex" (the story's "sub", not in the
# truth), the author and the "Published" / "Last updated" dates, the hero image with its caption and credit (this
# layout's own residue in the article), the body rendered from the rich-text widget as the Froala editor writes it
# (p, h2, strong / em, span styles, the background-colour span, blockquote, ul / ol, <br>, a table, the empty
# <p><br></p> Froala leaves), in two page builder sections (div.ktc-section > div.ktc-widget-zone > div.ktc-widget);
# then a two-column section whose widget zones hold a "Related articles" widget, the "Tags" list, the social share
# buttons, the "Contact the newsroom" card and the "Most read" list; the newsletter section with the form widget as
# the Kentico form builder renders it (the ajax form, the __RequestVerificationToken, div.ktc-default-section with
# its "form-field" rows, the email field, the consent checkbox, the "Subscribe" submit); the footer (columns,
# "Privacy and cookies", "Accessibility", copyright) and the cookie consent bar ("Accept all" / "Only necessary")
# with the site's consent script
# --------------------------------------------------------------------------
# the platform's and the site template's generic strings, per language (not checked)
KENTICO_CORE = {
    "en": dict(skip="Skip to main content", search="Search", search_label="Search the site", home="Home", news="News",
               by="By", published="Published", updated="Last updated", related="Related articles", tags="Tags",
               share="Share this article", most_read="Most read", subscribe="Subscribe", email="Email address",
               privacy="Privacy and cookies", accessibility="Accessibility", accept="Accept all",
               necessary="Only necessary", menu="Main menu", toggle="Toggle navigation", crumb="Breadcrumb",
               required="Please fill in this field.", copy_link="Copy link",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"]),
    "fr": dict(skip="Aller au contenu principal", search="Rechercher", search_label="Rechercher sur le site", home="Accueil",
               news="Actualités", by="Par", published="Publié le", updated="Mis à jour le", related="Articles liés",
               tags="Mots-clés", share="Partager cet article", most_read="Les plus lus", subscribe="S'abonner",
               email="Adresse électronique", privacy="Données personnelles et cookies", accessibility="Accessibilité",
               accept="Tout accepter", necessary="Uniquement les cookies nécessaires", menu="Menu principal",
               toggle="Afficher ou masquer le menu", crumb="Fil d'Ariane", required="Veuillez remplir ce champ.",
               copy_link="Copier le lien",
               months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                       "novembre", "décembre"]),
}
# the sites' own strings: domain and ids (exempt), the logo's alt text, the main menu, the tags, the contact card,
# the newsletter form's title, text and consent, the footer columns, the copyright and the consent bar's wording
KENTICO = {
    "Carrick Firth Courier": dict(
        domain="www.carrickfirthcourier.example", site_code="CarrickCourier", logo="Carrick Firth Courier – go to the front page",
        menu=[("Firth news", "/firth-news"), ("The islands", "/firth-news/islands"), ("Courts and council", "/firth-news/council"),
              ("Sport on the Firth", "/firth-sport"), ("Out and about on the Firth", "/firth-whats-on"), ("Courier notices", "/courier-notices")],
        tags=["Inchmorra", "Firth ferries", "island life"],
        contact=("Contact the Courier newsroom", "Got a story from the Firth or the islands? Our reporters want to hear it.",
                 "01632 960 914", "news@carrickfirthcourier.example"),
        form_title="The Courier at Noon",
        form_text="A lunchtime round-up of news from Portavie, the Firth towns and the islands, every weekday.",
        form_consent="Yes, send me The Courier at Noon. I can unsubscribe from any email.",
        footer=[("The Courier", [("About the Carrick Firth Courier", "/courier/about-us"), ("Courier contacts", "/courier/contacts"), ("Complaints about Courier coverage", "/courier/complaints-procedure")]),
                ("Advertising in the Courier", [("Display advertising in the Courier", "/courier/advertising"), ("Courier family notices", "/courier-notices/place")]),
                ("Courier subscriptions", [("Courier print delivery", "/courier/delivery"), ("Courier e-edition", "/courier/e-edition")])],
        social=[("Facebook", "https://www.facebook.com/carrickfirthcourier"), ("X", "https://x.com/firthcourier"),
                ("Instagram", "https://www.instagram.com/firthcourier")],
        banner="The Courier uses essential cookies to make this site work and, with your permission, analytics and advertising cookies that help pay for island and Firth reporting.",
        copyright="© 2026 Firth Press Ltd, 14 Harbour Street, Portavie. The Carrick Firth Courier subscribes to the Editors' Code of Practice."),
    "Ville de Port-Marest": dict(
        domain="www.portmarest.example", site_code="PortMarest", logo="Ville de Port-Marest – retour à l'accueil",
        menu=[("Ma ville", "/ma-ville"), ("Mes démarches", "/demarches"), ("Vivre à Port-Marest", "/vivre"),
              ("Agenda des quais", "/agenda"), ("Grands projets de la Ville", "/projets"), ("Mairie et conseil municipal", "/mairie")],
        tags=["Fête des quais", "repas de rue", "vie des quartiers"],
        contact=("Contacter le service communication", "Une question sur une actualité de la Ville ? Le service communication vous répond.",
                 "02 00 90 21 14", "communication@portmarest.example"),
        form_title="La Lettre des quais",
        form_text="Chaque mois, l'essentiel de l'actualité de Port-Marest : travaux, démarches, manifestations.",
        form_consent="J'accepte de recevoir La Lettre des quais et de pouvoir me désinscrire à tout moment.",
        footer=[("Hôtel de ville", [("Horaires et accès de la mairie", "/mairie/horaires"), ("Écrire au maire", "/mairie/ecrire"), ("Marchés publics de la Ville", "/mairie/marches")]),
                ("Services", [("État civil à Port-Marest", "/demarches/etat-civil"), ("Urbanisme et travaux", "/demarches/urbanisme")]),
                ("La Ville en ligne", [("Plan interactif de Port-Marest", "/plan"), ("Kiosque des publications", "/kiosque")])],
        social=[("Facebook", "https://www.facebook.com/villedeportmarest"), ("Instagram", "https://www.instagram.com/portmarest"),
                ("LinkedIn", "https://www.linkedin.com/company/ville-de-port-marest")],
        banner="La Ville de Port-Marest utilise des cookies nécessaires au fonctionnement du site et, avec votre accord, des cookies de mesure d'audience pour améliorer ses services en ligne.",
        copyright="© 2026 Ville de Port-Marest · Hôtel de ville, 1 place de l'Amiral-Kerlann, Port-Marest"),
}
KENTICO_EXEMPT = {"domain", "site_code", "social"}  # (ids, and the networks' names)


def kx_guid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def kx_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = KENTICO_CORE[lang]["months"]
    return ("%d %s %d" % (d, months[m - 1], y)) if lang == "en" else ("%d %s %d" % (d, months[m - 1], y))


def kx_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def kx_table(rows):
    # a table inserted with Froala: the width on each cell, the first row as the head, Froala's alternate-rows class
    width = "%.4f%%" % (100.0 / len(rows[0]))
    head = "".join("<th>%s</th>" % mp.inline_html(c) for c in rows[0])
    body = "".join("<tr>%s</tr>" % "".join('<td style="width: %s;">%s</td>' % (width, mp.inline_html(c)) for c in r) for r in rows[1:])
    return '<table style="width: 100%%;" class="fr-alternate-rows"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (head, body)


def kx_block(kind, val, styled=False):
    if kind == "p":
        if styled:  # text pasted from a word processor keeps Froala's inline font span
            return '<p><span style="font-size: 17px;">%s</span></p>' % mp.inline_html(val)
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    if kind == "table":
        return kx_table(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def kx_split(blocks):
    """Where the editor started the second rich-text widget: at the first subheading after the opening paragraphs,
    else half-way, before a paragraph that follows a paragraph."""
    n = len(blocks)
    for i in range(2, n - 1):
        if blocks[i][0] == "h":
            return i
    for i in range(n // 2, n):
        if blocks[i][0] == "p" and blocks[i - 1][0] == "p" and not blocks[i - 1][1].endswith(":"):
            return i
    return n // 2


def kx_section(inner, rng, cols="section-one-column"):
    return ('<div class="ktc-section %s">\n<div class="row">\n<div class="col-12">\n<div class="ktc-widget-zone">\n'
            '<div class="ktc-widget" data-ktc-widget="Kentico.Widget.RichText">\n<div class="rich-text fr-view">\n%s\n</div>\n</div>\n'
            '</div>\n</div>\n</div>\n</div>') % (cols, inner)


def tpl_kentico(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = KENTICO_CORE[lang], KENTICO[site]
    host = "https://" + s["domain"]
    news = "/" + kx_slug(c["news"])
    slug_ = kx_slug(art["title"])
    path = "%s/%s" % (news, slug_)
    url = host + path
    node = rng.randint(1200, 9800)
    ver = "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(1000, 9999))
    img_guid, page_guid, form_guid, logo_guid = (kx_guid(rng) for _ in range(4))
    img = "/getmedia/%s/%s.jpg" % (img_guid, slug_[:40])
    blocks, n = art["blocks"], len(art["blocks"])
    k = kx_split(blocks)
    styled = {i for i in range(k, n) if blocks[i][0] == "p" and rng.random() < 0.3}
    first, second = [], []
    for i in range(n + 1):
        part = first if i < k else second
        part.extend(placed.get(i, []))
        if i < n:
            part.append(kx_block(*blocks[i], styled=i in styled))
    first.append("<p><br></p>")
    hh, mm = rng.randint(6, 10), rng.randint(0, 59)
    uh = hh + rng.randint(1, 8)
    published = '%s <time datetime="%sT%02d:%02d:00">%s</time>' % (E(c["published"]), art["date"], hh, mm, E(kx_date(lang, art["date"])))
    updated = '%s <time datetime="%sT%02d:%02d:00">%s, %02d:%02d</time>' % (
        E(c["updated"]), art["date"], uh, mm, E(kx_date(lang, art["date"])), uh, mm)
    menu = "\n".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (h, E(t)) for t, h in s["menu"])
    heads = rng.sample(HEADLINES[lang], 6)
    related = "\n".join('<li class="article-list__item"><a class="article-list__link" href="%s/%s">%s</a> <span class="article-list__date">%s</span></li>' % (
        news, kx_slug(h)[:60], E(h), E(kx_date(lang, art["date"]))) for h in heads[:3])
    most_read = "\n".join('<li><a href="%s/%s">%s</a></li>' % (news, kx_slug(h)[:60], E(h)) for h in heads[3:])
    tags = "".join('<li class="tag-list__item"><a href="%s?tag=%s">%s</a></li>' % (news, kx_slug(t), E(t)) for t in s["tags"])
    share = "".join('<li><a class="share-buttons__link share-buttons__link--%s" href="%s" target="_blank" rel="noopener" title="%s">%s</a></li>' % (
        net.lower(), h, A(net), E(net)) for net, h in (("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                                                       ("X", "https://x.com/intent/post?url=" + url),
                                                       ("WhatsApp", "https://wa.me/?text=" + url),
                                                       ("Email", "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))))
    k_head, k_text, k_phone, k_mail = s["contact"]
    footer_cols = "\n".join('<div class="col-md-3 site-footer__col"><h2 class="site-footer__heading">%s</h2><ul class="list-unstyled">%s</ul></div>' % (
        E(head), "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in links)) for head, links in s["footer"])
    social = "".join('<li><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (h, E(net)) for net, h in s["social"])
    token = "CfDJ8" + base64.urlsafe_b64encode(rng.getrandbits(480).to_bytes(60, "big")).decode().rstrip("=")
    fid = form_guid.replace("-", "")
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}" />
<link rel="canonical" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:description" content="{A(art["sub"])}" />
<meta property="og:image" content="{host}{img}?width=1200" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{A(site)}" />
<link rel="icon" href="/Content/images/favicon.ico" />
<link href="/Content/Bundles/Public/pageComponents.min.css" rel="stylesheet" type="text/css" />
<link href="/Content/Bundles/Public/formComponents.min.css" rel="stylesheet" type="text/css" />
<link href="/Content/css/bootstrap.min.css?v={ver}" rel="stylesheet" type="text/css" />
<link href="/Content/css/site.min.css?v={ver}" rel="stylesheet" type="text/css" />
<link href="/Content/css/froala-content.min.css?v={ver}" rel="stylesheet" type="text/css" />
<script src="/Kentico/Scripts/jquery-3.5.1.min.js"></script>
<script src="/Kentico/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Kentico/Scripts/forms/updatableFormHelper.js"></script>
<script type="text/javascript" src="/Kentico.Resource/Activities/KenticoActivityLogger/Logger.js?pageIdentifier={node}" async></script>
<script type="text/javascript">
(function (w, d) {{ w.kenticoPageBuilderEnabled = false; w.kxSiteCode = "{s["site_code"]}"; w.kxCulture = "{lang}-{"GB" if lang == "en" else "FR"}"; }})(window, document);
</script>
<script type="text/javascript" src="/Kentico.Resource/WebAnalytics/KenticoWebAnalyticsLogger/Logger.js?Logger.js" data-ktc-page-identifier="{page_guid}" async></script>
</head>
<body class="page page--article" data-ktc-node="{node}">
<a class="skip-link visually-hidden-focusable" href="#main-content">{E(c["skip"])}</a>
<header class="site-header">
<div class="container site-header__inner">
<a class="site-header__logo" href="/"><img src="/getmedia/{logo_guid}/logo.svg" alt="{A(s["logo"])}" width="240" height="52" /></a>
<nav class="navbar navbar-expand-lg main-menu" aria-label="{A(c["menu"])}">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainMenu" aria-controls="mainMenu" aria-expanded="false" aria-label="{A(c["toggle"])}"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainMenu">
<ul class="navbar-nav me-auto">
{menu}
</ul>
</div>
</nav>
<form class="site-search" action="/{kx_slug(c["search"])}" method="get" role="search">
<label class="visually-hidden" for="searchtext">{E(c["search_label"])}</label>
<input class="form-control site-search__input" type="search" id="searchtext" name="searchtext" placeholder="{A(c["search"])}" />
<button class="btn site-search__button" type="submit"><span class="visually-hidden">{E(c["search"])}</span></button>
</form>
</div>
</header>
<main id="main-content" class="site-main">
<div class="container">
<nav aria-label="{A(c["crumb"])}">
<ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/">{E(c["home"])}</a></li>
<li class="breadcrumb-item"><a href="{news}">{E(c["news"])}</a></li>
<li class="breadcrumb-item active" aria-current="page">{E(art["title"])}</li>
</ol>
</nav>
<article class="article-detail">
<header class="article-detail__header">
<span class="article-detail__category">{E(art["section"])}</span>
<h1 class="article-detail__title">{E(art["title"])}</h1>
<div class="article-detail__perex"><p>{E(art["sub"])}</p></div>
<div class="article-detail__meta">
<span class="article-detail__author">{E(c["by"])} {E(art["byline"])}</span>
<span class="article-detail__date">{published}</span>
<span class="article-detail__date article-detail__date--updated">{updated}</span>
</div>
</header>
<figure class="article-detail__image">
<img src="{img}?width=960" alt="{A(art["caption"])}" width="960" height="540" />
<figcaption><span class="article-detail__image-caption">{E(art["caption"])}</span> <span class="article-detail__image-credit">{E(art["credit"])}</span></figcaption>
</figure>
<div class="article-detail__content">
{kx_section(chr(10).join(first), rng)}
{kx_section(chr(10).join(second), rng)}
</div>
</article>
<div class="ktc-section section-two-columns">
<div class="row">
<div class="col-lg-8">
<div class="ktc-widget-zone">
<div class="ktc-widget" data-ktc-widget="{s["site_code"]}.RelatedArticles">
<section class="widget-related-articles">
<h2 class="widget-related-articles__title">{E(c["related"])}</h2>
<ul class="article-list">
{related}
</ul>
</section>
</div>
<div class="ktc-widget" data-ktc-widget="{s["site_code"]}.Tags">
<div class="widget-tags"><span class="widget-tags__label">{E(c["tags"])}</span><ul class="tag-list">{tags}</ul></div>
</div>
<div class="ktc-widget" data-ktc-widget="{s["site_code"]}.SocialShare">
<div class="widget-share"><span class="widget-share__label">{E(c["share"])}</span><ul class="share-buttons">{share}<li><button class="share-buttons__copy" type="button" data-url="{url}">{E(c["copy_link"])}</button></li></ul></div>
</div>
</div>
</div>
<div class="col-lg-4">
<div class="ktc-widget-zone">
<div class="ktc-widget" data-ktc-widget="{s["site_code"]}.ContactCard">
<div class="card contact-card"><div class="card-body">
<h2 class="card-title contact-card__title">{E(k_head)}</h2>
<p class="card-text">{E(k_text)}</p>
<p class="contact-card__phone"><a href="tel:{re.sub(r"[^0-9+]", "", k_phone)}">{E(k_phone)}</a></p>
<p class="contact-card__email"><a href="mailto:{k_mail}">{E(k_mail)}</a></p>
</div></div>
</div>
<div class="ktc-widget" data-ktc-widget="{s["site_code"]}.MostRead">
<section class="widget-most-read"><h2 class="widget-most-read__title">{E(c["most_read"])}</h2><ol class="widget-most-read__list">
{most_read}
</ol></section>
</div>
</div>
</div>
</div>
</div>
<div class="ktc-section section-newsletter">
<div class="ktc-widget-zone">
<div class="ktc-widget" data-ktc-widget="Kentico.FormWidget">
<div class="newsletter-widget">
<h2 class="newsletter-widget__title">{E(s["form_title"])}</h2>
<p class="newsletter-widget__text">{E(s["form_text"])}</p>
<div id="form-{fid}">
<form action="/Kentico.FormBuilder/Form/Submit" data-ajax="true" data-ajax-method="POST" data-ajax-mode="replace-with" data-ajax-update="#form-{fid}" data-ktc-ajax-update="#form-{fid}" enctype="multipart/form-data" id="{s["site_code"]}Newsletter_{fid}" method="post">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input id="formWidgetUpdateUrl" name="formWidgetUpdateUrl" type="hidden" value="/Kentico.FormBuilder/Form/Update?formGuid={form_guid}" />
<div class="ktc-default-section">
<div class="form-field">
<label class="control-label" for="Email_{fid}">{E(c["email"])}</label>
<div class="editing-form-control-nested-control"><input class="form-control" id="Email_{fid}" name="Email" type="email" value="" data-val="true" data-val-required="{A(c["required"])}" /></div>
<span class="field-validation-valid" data-valmsg-for="Email" data-valmsg-replace="true"></span>
</div>
<div class="form-field">
<div class="editing-form-control-nested-control"><span class="ktc-checkbox"><input id="Consent_{fid}" name="Consent" type="checkbox" value="true" /><label for="Consent_{fid}">{E(s["form_consent"])}</label></span></div>
</div>
</div>
<input class="btn btn-primary" type="submit" value="{A(c["subscribe"])}" />
</form>
</div>
</div>
</div>
</div>
</div>
</div>
</main>
<footer class="site-footer">
<div class="container">
<div class="row">
{footer_cols}
<div class="col-md-3 site-footer__col"><ul class="list-unstyled site-footer__social">{social}</ul></div>
</div>
<div class="site-footer__bottom">
<ul class="site-footer__links"><li><a href="/{kx_slug(c["privacy"])}">{E(c["privacy"])}</a></li><li><a href="/{kx_slug(c["accessibility"])}">{E(c["accessibility"])}</a></li></ul>
<p class="site-footer__copyright">{E(s["copyright"])}</p>
</div>
</div>
</footer>
<div class="cookie-consent-bar" id="cookieConsentBar" role="dialog" aria-live="polite" aria-label="{A(c["privacy"])}">
<div class="container cookie-consent-bar__inner">
<p class="cookie-consent-bar__text">{E(s["banner"])} <a href="/{kx_slug(c["privacy"])}">{E(c["privacy"])}</a></p>
<div class="cookie-consent-bar__buttons">
<button class="btn btn-primary" type="button" data-consent="all">{E(c["accept"])}</button>
<button class="btn btn-outline-secondary" type="button" data-consent="necessary">{E(c["necessary"])}</button>
</div>
</div>
</div>
<script src="/Content/Bundles/Public/pageComponents.min.js"></script>
<script src="/Content/Bundles/Public/formComponents.min.js"></script>
<script src="/Content/js/bootstrap.bundle.min.js?v={ver}"></script>
<script src="/Content/js/site.min.js?v={ver}"></script>
<script type="text/javascript">
document.querySelectorAll('#cookieConsentBar [data-consent]').forEach(function (b) {{ b.addEventListener('click', function () {{ fetch('/cookies/consent', {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify({{ level: b.getAttribute('data-consent') }}) }}).then(function () {{ document.getElementById('cookieConsentBar').remove(); }}); }}); }});
</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"kentico": ["caption"]}  # the hero image's caption with its credit
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "ferryboard", "renttracker", "eventpermits"]
NEW_FAMILIES = ["ferryboard", "renttracker", "eventpermits"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"ferryboard": ["ferry status board", "ferry-status", "sailings table", "today's sailings", "sailing alerts",
                                   "sailing-by-sailing"],
                    "renttracker": ["rent tracker", "rent-tracker", "average monthly rents", "is your rent fair",
                                    "fair rent", "tenants' advice service"],
                    "eventpermits": ["event permit", "event-permit", "apply for a street party", "approved events",
                                     "events and licensing"]}
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
    "cookie": ['<div class="harbourcam-consent-gate"><p class="harbourcam-consent-gate__msg">%s</p><button class="harbourcam-consent-gate__ok" type="button">OK</button></div>',
               '<p class="tidechart-cookie-need">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="lowtide-letter-pitch"><p class="lowtide-letter-pitch__txt">%s</p><a class="lowtide-letter-pitch__go" href="/low-tide-letter">&#10140;</a></div>',
                   '<p class="third-free-story-note">%s</p>', '<h5 class="lowtide-letter-hd">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="passon-nets-kx">{items}</ul>', '<div class="islander-sendto-bar">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="family-supplied-img">%s</p>', '<span class="reader-sent-credit">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="no-redistribute-line">%s</p>', '<div class="written-consent-notice"><small>%s</small></div>', '<div><em>%s</em></div>'],
    "section": ['<p class="pagesmore-kx-line">%s</p>', '<h6 class="onepl-section-hd">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="tidal-rule-sep">%s</p>', '<div class="wave-gap-orn">%s</div>', '<div align="center">%s</div>'],
    "credit": ['<p class="islands-desk-line">%s</p>', '<div class="coast-corr-note">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="hed-echo-kx"><strong>%s</strong></p>', '<h2 class="hed-echo-h2k">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="paid-promo-kx">%s</div>', '<p class="adhere-call-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="fullstory-below-link"><a href="#rest">%s</a></p>', '<div class="showrest-fold-bar">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="readers-commented-link"><a href="#comments-list">%s</a></p>', '<div class="addyours-comments-chip">%s</div>', '<div><a href="#comments-list">%s</a></div>'],
    "readtime": ['<p class="roughly-mins-read">%s</p>', '<span class="coastdesk-mins-tag">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-stamp-kx"><time>%s</time></p>', '<div class="operator-comment-upd">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="readaloud-player"><button class="readaloud-player__btn" aria-label="Play"></button><span class="readaloud-player__txt">%s</span></div>',
              '<p class="prefer-listen-link"><a href="#audio-version">%s</a></p>', '<div><a href="#audio-version">%s</a></div>'],
    "correction": ['<aside class="amend-notice-box"><p>%s</p></aside>', '<p class="amend-notice-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="sailalert-app-promo"><p class="sailalert-app-promo__txt">%s</p><a class="sailalert-app-promo__get" href="/app">&#8595;</a></div>',
            '<p class="openapp-kx-line">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="harbour-office-writer"><p class="harbour-office-writer__txt">%s</p></div>', '<p class="moreby-harbour-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="seen-something-ask"><p class="seen-something-ask__txt">%s</p></div>', '<p class="newsdesk-text-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="subeditor-typo-tip"><p>%s</p></div>', '<p class="subeditor-typo-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="sailcancel-alert-ask"><p class="sailcancel-alert-ask__q">%s</p></div>', '<p class="sailcancel-alert-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="story-print-tools">{items}</ul>', '<p class="textonly-print-link"><a href="?view=print">%s</a></p>',
              '<div><a href="?view=print">%s</a></div>'],
    "feedback": ['<div class="answered-q-box"><p class="answered-q-box__q">%s</p></div>', '<p class="answered-q-kx">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="regulator-impress-note"><p>%s</p></div>', '<p class="readers-editor-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="coast-topic-row"><span class="coast-topic-row__txt">%s</span></div>', '<p class="coast-topic-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="savelater-tag-btn"><a class="savelater-tag-btn__a" href="#saved-list">%s</a></div>',
                 '<p class="savelater-line"><a href="#saved-list">%s</a></p>', '<div><a href="#saved-list">%s</a></div>'],
    "poll": ['<div class="better-worse-vote"><p class="better-worse-vote__q">%s</p><button class="better-worse-vote__btn" type="button">&#10004;</button></div>',
             '<h6 class="better-worse-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="ytclick-facade"><a class="ytclick-facade__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="picgallery-count-strip"><a class="picgallery-count-strip__a" href="#pics">%s</a></div>',
                '<p class="browse-all-photos">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-route-kx"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-route-kx__links">%s</p></div>',
            '<figure class="routemap-fig-k"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="savedate-links-k">{items}</ul>', '<p class="morning-sms-remind"><a href="/events/{k}/sms">%s</a></p>',
                 '<div class="savedate-bar-k"><span class="savedate-bar-k__label">%s</span></div>'],
    "scores": ['<div class="regionscores-live-link"><a class="regionscores-live-link__a" href="/sport/live">%s</a></div>',
               '<ul class="regatta-tabs-k">{items}</ul>', '<div><a href="/sport/live"><strong>%s</strong></a></div>'],
    # the three families new in this part ({sailings}: today's sailings with route, departure and status as a table;
    # {ferryoffice}: the operator's or harbour office's card as a definition list; {rents}: the average rents by area
    # as a table; {area}: the fair-rent checker's postcode / area field; {tenants}: the tenants' advice service as a
    # definition list; {permit}: the application form's street and date fields; {events}: the approved events by date
    # and street as a table; {licensing}: the events and licensing team as a definition list)
    "ferryboard": ['<div class="sailings-status-board"><h4 class="sailings-status-board__hd">%s</h4><table class="sailings-status-board__grid">{sailings}</table></div>',
                   '<p class="todays-sailings-check"><a href="/ferries/todays-sailings">%s</a></p>',
                   '<div class="sailing-alerts-signup"><a class="sailing-alerts-signup__a" href="/ferries/alerts">%s</a></div>',
                   '<div class="harbour-office-card"><p class="harbour-office-card__hd"><strong>%s</strong></p><dl class="harbour-office-card__list">{ferryoffice}</dl></div>'],
    "renttracker": ['<div class="rent-levels-table"><h4 class="rent-levels-table__hd">%s</h4><table class="rent-levels-table__grid">{rents}</table></div>',
                    '<form class="fairrent-checker" action="/housing/rent-check" method="get">{area}<button class="fairrent-checker__go" type="submit">%s</button></form>',
                    '<p class="rent-compare-link"><a href="/housing/rent-check">%s</a></p>',
                    '<div class="tenant-advice-card"><p class="tenant-advice-card__hd"><b>%s</b></p><dl class="tenant-advice-card__list">{tenants}</dl></div>'],
    "eventpermits": ['<form class="streetparty-permit-form" action="/events/apply" method="post"><h5 class="streetparty-permit-form__hd">%s</h5>{permit}<button type="submit">&#10148;</button></form>',
                     '<div class="approved-events-list"><h4 class="approved-events-list__hd">%s</h4><table class="approved-events-list__grid">{events}</table></div>',
                     '<p class="event-closures-check"><a href="/roads/event-closures">%s</a></p>',
                     '<div class="licensing-team-card"><p class="licensing-team-card__hd"><strong>%s</strong></p><dl class="licensing-team-card__list">{licensing}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>[%s]</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/low-tide-letter"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "ferryboard": (0.7, [' <a href="/ferries/todays-sailings"><strong>%s</strong></a>']),
          "renttracker": (0.7, ['<br><a href="/housing/rent-check">%s</a>']),
          "eventpermits": (0.7, [' <a href="/roads/event-closures"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# today's-sailings link, the compare-your-rent link and the road-closures link, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "ferryboard": 1, "renttracker": 2, "eventpermits": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="bodypic-kx"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} – {cr}</small></div>']
RELATED_STYLES = ['<div class="coast-also-read"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="earlier-on-aside"><p class="earlier-on-aside__hd">%s</p><ul>%s</ul></aside>',
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
        idx = KIND_WORDING.get((art.get("kind"), fam))
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


# the tables' heads and the forms' field labels, as the web teams left them (not checked)
SAILING_HEAD = {"en": ("Route", "Departs", "Status"), "tr": ("Hat", "Kalkış", "Durum"), "de": ("Strecke", "Abfahrt", "Status"),
                "fr": ("Liaison", "Départ", "État"), "es": ("Ruta", "Salida", "Estado"), "ru": ("Направление", "Отправление", "Статус")}
RENT_HEAD = {"en": ("Area and size", "Average rent", "Change on last year"), "tr": ("Semt ve tip", "Ortalama kira", "Yıllık değişim"),
             "de": ("Lage und Größe", "Durchschnittsmiete", "Veränderung zum Vorjahr"), "fr": ("Quartier et type", "Loyer moyen", "Évolution sur un an"),
             "es": ("Zona y tamaño", "Alquiler medio", "Variación anual"), "ru": ("Район и тип", "Средняя аренда", "За год")}
EVENT_HEAD = {"en": ("Date", "Street", "Event"), "tr": ("Tarih", "Sokak", "Etkinlik"), "de": ("Datum", "Straße", "Veranstaltung"),
              "fr": ("Date", "Rue", "Manifestation"), "es": ("Fecha", "Calle", "Evento"), "ru": ("Дата", "Улица", "Мероприятие")}
AREA_LABEL = {"en": ("Postcode or area",), "tr": ("Semt ya da posta kodu",), "de": ("Postleitzahl oder Stadtteil",),
              "fr": ("Code postal ou quartier",), "es": ("Código postal o barrio",), "ru": ("Индекс или район",)}
PERMIT_LABELS = {"en": ("Street", "Date of the event"), "tr": ("Sokak", "Etkinlik tarihi"), "de": ("Straße", "Datum der Veranstaltung"),
                 "fr": ("Rue", "Date de la manifestation"), "es": ("Calle", "Fecha del evento"), "ru": ("Улица", "Дата мероприятия")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    def fields(labels, name, types=None):
        k = "%06x" % rng.randint(0, 16**6 - 1)
        types = types or ["text"] * len(labels)
        return "".join('<label for="%s-%s-%d">%s</label><input id="%s-%s-%d" type="%s" name="%s%d">' % (
            name, k, j, esc(x), name, k, j, t, name, j) for j, (x, t) in enumerate(zip(labels, types)))
    return (style.replace("{sailings}", table(SAILING_HEAD[lang], SAILINGS[lang]))
            .replace("{ferryoffice}", dl(FERRY_OFFICE[lang]))
            .replace("{rents}", table(RENT_HEAD[lang], RENT_AREAS[lang]))
            .replace("{area}", fields(AREA_LABEL[lang], "rentarea"))
            .replace("{tenants}", dl(TENANT_ADVICE[lang]))
            .replace("{permit}", fields(PERMIT_LABELS[lang], "permit", ["text", "date"]))
            .replace("{events}", table(EVENT_HEAD[lang], APPROVED_EVENTS[lang]))
            .replace("{licensing}", dl(LICENSING_TEAM[lang])))


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
               "scores": rng.choice([0, mid, n]), "ferryboard": rng.choice([0, mid, n]),
               "renttracker": rng.choice([mid, n, n]), "eventpermits": rng.choice([mid, n])}.get(fam, mid)
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
       "drupal": ("class", "content-box"),  # a CKEditor style the municipality's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">👞</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"kentico": ('<span style="background-color: rgb(255, 229, 153);">', "</span>"),  # Froala's background colour in Kentico
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
# templates: kentico is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"kentico": tpl_kentico, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h64), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "kentico"


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
            rng = random.Random("newsflow-heldout65-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI65[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 65) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h64), labels, furniture strings,
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
    # layouts: kentico (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h63 or h64 gave it
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
    # the kentico pages: a site of KENTICO in a language of KENTICO_CORE (a newspaper, or a city's own site: kind
    # "public"); no drop cap, box, fact box or callout look (Froala as the sites configure it writes none of them);
    # story tables only there, and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in KENTICO or a["lang"] not in KENTICO_CORE or a.get("kind") not in (None, "public")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: kentico page needs a Kentico site and text-editor looks only" % a["id"])
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
    # ... and each is carried by exactly four pages in at least three languages
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        if len(carriers) != 4 or len({a["lang"] for a in carriers}) < 3:
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
    kx_sites = [{k: v for k, v in d.items() if k not in KENTICO_EXEMPT} for d in KENTICO.values()]
    # (KENTICO_CORE, SAILING_HEAD, RENT_HEAD, EVENT_HEAD, AREA_LABEL and PERMIT_LABELS, the platform's and
    # theme's strings and the web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("KENTICO", kx_sites), ("UI_NEW", UI_NEW)):
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
