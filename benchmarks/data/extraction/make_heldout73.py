#!/usr/bin/env python3
"""Seventy-third held-out part (h73-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout73.py           # write pages/h73-*.html
    python benchmarks/data/extraction/make_heldout73.py --check   # verify pages/h73-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout73.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout74.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h73_en.py / articles_h73_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: opening-times boards of swing and lift bridges on stories about bridges over a ship canal,
a harbour and a river -- today's scheduled lifts as a list with their times and the waits to allow, the same lifts
and delays as a table, the "live bridge status" link, the bridges where drivers will have to wait as a definition
list --, water-restriction status panels on stories about hosepipe and garden-watering bans in a drought -- the areas
and whether a ban is in force in each as a list, the reservoirs' levels now and a year ago as a table, the "what's
allowed while the restrictions last" link, the "is there a ban where you live" form with its postcode field and its
check button --, and school-transport route finders on stories about school buses restored, re-planned or added --
the routes with their stop, school and pick-up time as a list, the same as a table, the "all school transport
routes" link, the "check your child's bus" search form with its school select, its stop field and its button --),
their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..72, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h71 and h72
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.  (h56's crossing-status boards listed "bridge lifts" among a crossing's next departures, h48's
reservoir and water-use widgets had a stocks card, a restrictions pill and a box of allowed and banned uses, and h53
interviewed a school-bus driver; the bridge-lift board with its lifts and waits, the hosepipe-ban status panel with
its areas and ban checker and the school-transport route finder are new families by name, wording and markup, and
none of those parts' wordings, rows or class names recur.)  The tables' heads and the forms' field labels and buttons
(LIFT_HEAD, RESERVOIR_HEAD, BAN_LABELS, ROUTE_HEAD, BUS_LABELS) are the web teams' generic strings and not checked; the
rows themselves (BRIDGE_LIFTS, WATER_AREAS, RESERVOIRS, SCHOOL_ROUTES) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): bridge-lift boards on an English swing bridge back in
service after 14 months (the English new-layout page: today's lifts as a list), an English lift bridge closed for new
motors (the lifts table), a German Hubbrücke's fixed summer lifting times (the German new-layout page: the live
status link, run into the last paragraph) and Russian river bridges raised at night for the navigation season (the
waits card); hosepipe-ban panels on an English water company's ban for 900,000 customers (the areas list), a Turkish
town's garden-watering ban with its dam at 19 per cent (the reservoirs table), a French commune's own page on the
prefect's drought order (a commune on TYPO3: the what's-allowed link, run into a paragraph) and a Spanish town's ban on
watering gardens and filling pools (the ban checker form); school-transport route finders on an English hamlet's bus
restored after a parents' campaign (the routes list), German school bus lines re-planned for the villages of a lake's
north shore (the pick-up table), a Spanish pedanía's school bus back after three years (the all-routes link, run into
a paragraph) and a Russian village added to a school bus route (a village website on uCoz: the check-your-child's-bus
form).  Earlier families that need a reason in the story are placed the same way (a calendar on an orchard's apple
day, a gallery on sheepdog trials, the scores on a handball team's promotion, a map on a market moving to a harbour);
the other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": a French commune's own news page on TYPO3 -- no newspaper furniture --, a Russian village website on
uCoz, an independent street publication on Medium, which prints no ads, app, push or print prompts, comment counters
or press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars,
boards, cards, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans,
forms, definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit,
tip, newsletter pitch, share line, the live bridge status link, the what's-allowed link, the all-routes link; only one
line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at random; no story of
this part asks for one).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine and sanity), italics (a one-line quote on both new-layout pages, on semantic
and on medium), bold (a one-line paragraph on nextjs and on medium), a highlighted sentence (a <mark> on quintype), a
paragraph in a box (a Gutenberg group, the magazine's panel, a CKEditor style on drupal), a fact box holding a
subheading and its list (Méthode's factbox component on the English new-layout page: a bridge in numbers; a Fusion
custom embed: what a Turkish watering ban forbids), a Ghost callout card (when family vegetable plots may be watered),
a paragraph typed after a <br> (a soft return in Méthode's story editor on the German new-layout page, and on
chunks); story structures that look like furniture but are the story: question-and-answer interviews (questions
typed in bold, some of two or three words -- "Wet days?", "And the stick?", "Geri mi döndü?", "Ya fırtınalı günler?",
"Et les vaches ?", "А если вы уезжаете?" --, in English, Turkish, French and Russian: a lollipop man after 31 years, a
ferry ticket clerk after 38, a lake ferryman after 30, a volunteer weather station after 30), lists inside the story
(a bridge in numbers, what a hosepipe ban forbids, what a Turkish watering ban forbids, a French commune's
restrictions, what a Spanish bando forbids, what parents must do for a village school bus), crossheads as headings and
as bold paragraphs, one-line quotes and short one-line paragraphs ("“She turned like a dancer.”", "The boats come
first.", "It is the first ban in the area since 2018.", "“Göl bana sabrı öğretti.”", "Im Steuerhaus sitzt seit 23
Jahren Klaus Rademacher.", "Die Halle war mit 420 Zuschauern ausverkauft.", "Тридцать лет, четыре раза в день."), a
closing line with practical information (a bridge's approach roads this weekend, a ban until the autumn, a school bus's
times, season tickets at a lido's kiosk, an apple day, a shop's till, parking volunteers, a craft apprenticeship's
office, a leak hotline, a school transport office's hours, season tickets in a club office, a town hall's opening
hours, a ferryman's last crossing, a brass band's next concert, a bridge-watching platform), and story sentences that
mention furniture words in ordinary reporting ("Share a bath, skip the car wash" opening a story, "Follow the footpath
plans closely", cookies baked by a woman on Church Street, "Please allow extra time" closing a story, the trust that
"promised to contact residents", "Suivez l'odeur des crêpes" opening another, watchers "with cameras" -- "с
фотоаппаратами" --, a village website thanking Nina, who "сделала фото для сайта", a Medium piece asking readers to
"напишите нам"), some at the start or end of the story where furniture usually sits.  Two pages carry no residue at
all (an English and a Turkish interview) and one only its correction line (an English lido reopening).
One page layout is new (methode: an article page of a regional daily published through EidosMedia Méthode, as the
paper's Méthode portal templates serve it, on two pages, an English and a German one): the story URLs
(/<section path>/<slug>-1.<story id>) and the images from the portal's polopoly_fs derivatives in fixed widths; the
head with the portal's eomportal-* metas (instanceid, id, lastUpdate, loid, uuid, type EOM::Story), the description,
og: / article: / twitter: metas, canonical and AMP links, the article and print css, the Sourcepoint consent stub
(window._sp_queue, window._sp_ with the account id and property) and its wrapper script, the JSON-LD NewsArticle with
isAccessibleForFree and its hasPart cssSelector for the metered body, the dataLayer with the story's ids and paywall
state; body.pu-body with the skip link, the masthead (edition and date, subscribe and sign-in links, logo, the pu-nav
section list), the leaderboard slot; main > article.story (data-eom-id / data-eom-loid) with the story header (the
kicker link, h1.story-header__headline, the standfirst -- the story's "sub", not in the truth --, the byline block
with the author link, role, published and updated times), the lead image component (figure.eom-image: picture with
webp source set, caption and credit), div.story-body (itemprop=articleBody, the metered class) with p.story-body__text,
h2.story-body__crosshead, ul / ol.story-body__list, em / strong / <br>, Méthode's factbox component (aside.eom-factbox)
and, as the editor placed them in the story, an inline image component (figure.eom-image--inline with its caption and
credit) and an inline related-article component (aside.eom-related with its label and one headline link) -- this
layout's own residue in the container --; after the body the tag list (ul.story-tags), the hidden registration hook of
the meter (div.pu-meter-hook, data-eom-paywall="registration", heading, text, two buttons), the share buttons; the
"More from <section>" teaser list; the rail ("Most read" as an ordered list with rank numbers, an MPU slot); the
footer (the paper's links, the "Privacy settings" button reopening Sourcepoint's privacy manager, the copyright line),
the Sourcepoint message container and the portal's bundle.  The templates' own strings (MT_CORE, per language) are
left as the platform ships them and not checked; the papers' own strings (MT_SITES: the section navigation, the
edition, the subscribe link, the byline role, the meter hook's heading, text and buttons, the footer's links and the
copyright line) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h71 or h72 gave it (9 English pages, 3 in each other language: English on regional, legacy-br,
portal, cms, magazine, nextjs, gutenberg and quintype; Turkish on wordpress, fusion and semantic; German on hugo and
chunks; French on typo3, amp and storybody; Spanish on ghost, drupal and sanity; Russian on table, medium and ucoz);
while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather than to
the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's
own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI (Drupal's own node strings
in Spanish, which make_heldout3 lacks, are taken from make_heldout28 as the earlier parts took them).
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout72.py, so that make_pages.py can import this module and merge it the same way. Standard
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
import make_heldout67 as mp67  # noqa: E402
import make_heldout68 as mp68  # noqa: E402
import make_heldout69 as mp69  # noqa: E402
import make_heldout70 as mp70  # noqa: E402
import make_heldout71 as mp71  # noqa: E402
import make_heldout72 as mp72  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h73_en import ARTICLES as H73_EN  # noqa: E402
from articles_h73_intl import ARTICLES as H73_INTL  # noqa: E402



ARTICLES = H73_EN + H73_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72)
# parts whose layouts' languages this part avoids (the two before it; h74 is written at the same time)
LANG_PARTS = (mp71, mp72)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h73"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Marram Mere Gazette", "Saltcote and Tolley Advertiser", "Eastmere Lakeside News", "Fennick Valley Echo",
           "The Mereside Weekly", "Tolley Vale Observer", "Eastmere Courier", "North Shore Herald"],
    "tr": ["Gölyaka Ekspres", "Gölyaka'nın Sesi", "Kıyıboyu Haber"],
    "de": ["Nordufer-Rundschau", "Wendetaler Nachrichten"],
    "fr": ["L'Écho de la Rive", "Le Petit Riverain du Lizier"],
    "es": ["El Heraldo de la Ribera", "Valdelagua Noticias", "Crónica de Valdeprado"],
    "ru": ["Вести Приозёрского берега"],
}
# sites fixed per page (the two Méthode dailies, a French commune's own site on TYPO3, a Russian village website on
# uCoz, an independent street publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h72 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The lake towns webcam is hosted elsewhere: switch on its cookies to see the live picture", "To load the ferry tracker on this page we need your OK for its tracking cookies"],
        "tr": ["Göl kasabaları web kamerası başka bir sunucuda: canlı görüntü için çerezlerini açın", "Bu sayfadaki feribot izleyicisini yüklemek için takip çerezlerine onay vermeniz gerekiyor"],
        "de": ["Die Webcam der Seegemeinden liegt bei einem Fremdanbieter: schalten Sie deren Cookies ein, um das Livebild zu sehen", "Für den Fährtracker auf dieser Seite brauchen wir Ihr Okay zu seinen Tracking-Cookies"],
        "fr": ["La webcam des villes du lac est hébergée ailleurs : activez ses cookies pour voir l'image en direct", "Pour charger le suivi des bateaux sur cette page, il nous faut votre accord pour ses cookies de suivi"],
        "es": ["La cámara web de los pueblos del lago está alojada fuera: activa sus cookies para ver la imagen en directo", "Para cargar el localizador del transbordador necesitamos tu permiso para sus cookies de seguimiento"],
        "ru": ["Веб-камера приозёрных городов размещена на другом сервере: включите её cookie, чтобы увидеть картинку", "Чтобы загрузить трекер парома на этой странице, нужно ваше согласие на его cookie отслеживания"],
    },
    "newsletter": {
        "en": ["Lakeside Lunchtime: the morning's news from around the water, in your inbox at noon", "You've reached your limit of free lake towns stories for this month: register free to read on", "No paywall, no billionaire: chip in £3 and keep {site} reporting from the lakeside"],
        "tr": ["Göl Kıyısı Öğle Bülteni: sabahın haberleri öğlen e-postanızda", "Bu ayki ücretsiz göl kasabaları haber sınırınıza ulaştınız: okumaya devam etmek için ücretsiz kaydolun", "Ödeme duvarı yok, patron yok: 50 lira destek verin, {site} göl kıyısından haber yapmayı sürdürsün"],
        "de": ["Mittag am See: die Nachrichten des Vormittags rund ums Wasser, um 12 Uhr in Ihrem Postfach", "Sie haben Ihr Kontingent freier Artikel aus den Seegemeinden für diesen Monat erreicht: kostenlos registrieren und weiterlesen", "Keine Bezahlschranke, kein Milliardär: geben Sie 3 € und {site} berichtet weiter vom Seeufer"],
        "fr": ["Midi au bord du lac : les nouvelles de la matinée autour de l'eau, dans votre boîte à midi", "Vous avez atteint votre limite d'articles gratuits des villes du lac ce mois-ci : inscrivez-vous gratuitement pour continuer", "Pas de mur payant, pas de milliardaire : donnez 3 € pour que {site} continue d'informer depuis le bord du lac"],
        "es": ["Mediodía en el lago: las noticias de la mañana alrededor del agua, en tu correo a las 12", "Has llegado al límite de noticias gratis de los pueblos del lago este mes: regístrate gratis para seguir leyendo", "Sin muro de pago y sin millonario detrás: aporta 3 € y {site} seguirá contando lo que pasa en el lago"],
        "ru": ["«Полдень у озера»: утренние новости с берегов, у вас в почте в 12:00", "Вы прочитали все бесплатные материалы приозёрья в этом месяце: зарегистрируйтесь бесплатно, чтобы продолжить", "Без платного доступа и без олигарха: поддержите «{site}» 300 рублями, чтобы мы продолжали писать с берега"],
    },
    "share": {
        "en": ["Pass it round the lake: Facebook · WhatsApp · Threads · Email", "Someone on the waterfront needs to read this? Send them the link ›"],
        "tr": ["Göl çevresine yayın: Facebook · WhatsApp · Threads · E-posta", "Kıyıda bunu okuması gereken biri mi var? İletin ›"],
        "de": ["Rund um den See verbreiten: Facebook · WhatsApp · Threads · E-Mail", "Jemand am Ufer sollte das lesen? Weiterleiten ›"],
        "fr": ["Faites le tour du lac : Facebook · WhatsApp · Threads · Courriel", "Quelqu'un au bord de l'eau doit lire ça ? Faites suivre ›"],
        "es": ["Que corra por el lago: Facebook · WhatsApp · Threads · Correo", "¿Alguien de la orilla tiene que leer esto? Reenvíalo ›"],
        "ru": ["Расскажите всему берегу: ВКонтакте · Telegram · Одноклассники · Почта", "Кому-то у озера стоит это прочитать? Отправьте ему ссылку ›"],
    },
    "photo": {
        "en": ["Image supplied to the lakeside picture desk", "Reader's photograph, used by {site} with thanks"],
        "tr": ["Görsel göl kıyısı fotoğraf masasına gönderildi", "Okur fotoğrafı, {site} teşekkürle kullanıyor"],
        "de": ["Bild an die Fotoredaktion am See geschickt", "Leserfoto, von {site} mit Dank verwendet"],
        "fr": ["Image confiée au service photo du bord du lac", "Photo de lecteur, publiée par {site} avec nos remerciements"],
        "es": ["Imagen enviada a la mesa de fotografía del lago", "Foto de un lector, publicada por {site} con agradecimiento"],
        "ru": ["Снимок прислан в фотослужбу приозёрья", "Фото читателя, «{site}» публикует с благодарностью"],
    },
    "copyright": {
        "en": ["All rights in this lakeside report belong to {site} and it may not be copied, republished or fed to automated systems without our written permission."],
        "tr": ["Bu göl kıyısı haberinin bütün hakları {site} yayınına aittir; yazılı iznimiz olmadan kopyalanamaz, yeniden yayımlanamaz ya da otomatik sistemlere verilemez."],
        "de": ["Alle Rechte an diesem Bericht vom See liegen bei {site}; er darf ohne unsere schriftliche Erlaubnis nicht kopiert, neu veröffentlicht oder automatisierten Systemen zugeführt werden."],
        "fr": ["Tous les droits de cet article du lac appartiennent à {site} ; il ne peut être copié, republié ou fourni à des systèmes automatisés sans notre autorisation écrite."],
        "es": ["Todos los derechos de esta noticia del lago pertenecen a {site}; no puede copiarse, republicarse ni cederse a sistemas automáticos sin nuestro permiso por escrito."],
        "ru": ["Все права на этот материал приозёрья принадлежат «{site}»; его нельзя копировать, перепечатывать или передавать автоматическим системам без нашего письменного разрешения."],
    },
    "section": {
        "en": ["Around the lake: {section}", "More {section} from the lakeside desk ›"],
        "tr": ["Göl çevresinden: {section}", "Göl kıyısı masasından daha çok {section} ›"],
        "de": ["Rund um den See: {section}", "Mehr {section} vom Seeufer-Desk ›"],
        "fr": ["Autour du lac : {section}", "Plus de {section} au bord du lac ›"],
        "es": ["Alrededor del lago: {section}", "Más {section} desde la orilla ›"],
        "ru": ["Вокруг озера: {section}", "Ещё в рубрике «{section}» с берега ›"],
    },
    "related": {
        "en": ["Meanwhile, round the lake", "Also from our waterfront reporters"],
        "tr": ["Bu arada göl çevresinde", "Kıyı muhabirlerimizden başka haberler"],
        "de": ["Derweil rund um den See", "Außerdem von unseren Reportern am Ufer"],
        "fr": ["Pendant ce temps, autour du lac", "Aussi de nos reporters du bord de l'eau"],
        "es": ["Mientras tanto, alrededor del lago", "También de nuestros reporteros de la orilla"],
        "ru": ["Тем временем у озера", "Ещё от наших корреспондентов на набережной"],
    },
    "symbol": {
        "*": ["◌ ◍ ◌ ◍ ◌", "⊹ ⋆ ⊹ ⋆ ⊹", "≈ ≈ ≈ ≈", "·•·•·•·"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} lakeside team", "Our waterfront correspondent also contributed to this report"],
        "tr": ["Habere {site} göl kıyısı ekibi de katkı verdi", "Bu habere kıyı muhabirimiz de katkıda bulundu"],
        "de": ["Mitarbeit: das Seeufer-Team von {site}", "Auch unsere Korrespondentin am Ufer hat zu diesem Bericht beigetragen"],
        "fr": ["Avec la contribution de l'équipe du lac de {site}", "Notre correspondant du bord de l'eau a aussi participé à cet article"],
        "es": ["Con la colaboración del equipo del lago de {site}", "Nuestro corresponsal en la orilla también ha participado en esta información"],
        "ru": ["При участии приозёрной группы «{site}»", "В подготовке материала участвовал наш корреспондент на набережной"],
    },
    "ad": {
        "en": ["Advert · scroll on for the rest of the story", "Reach every lakeside household: advertise with {site} from £24 a week"],
        "tr": ["Reklam · haberin devamı için kaydırın", "Göl kıyısındaki her eve ulaşın: {site} ile haftalık 500 liradan reklam"],
        "de": ["Werbung · weiterscrollen für den Rest des Artikels", "Jeden Haushalt am See erreichen: Anzeigen bei {site} ab 24 € pro Woche"],
        "fr": ["Publicité · faites défiler pour lire la suite", "Touchez chaque foyer du bord du lac : publicité avec {site} dès 24 € la semaine"],
        "es": ["Anuncio · baja para leer el resto del lago", "Llega a cada casa de la orilla: anúnciate en {site} desde 24 € a la semana"],
        "ru": ["Реклама · листайте дальше, чтобы дочитать", "Каждая семья у озера увидит вас: реклама в «{site}» от 2 000 ₽ в неделю"],
    },
    "continue": {
        "en": ["Story continues below", "Expand to read the full lakeside report ▾"],
        "tr": ["Haber aşağıda sürüyor", "Göl kıyısı haberinin tamamını okumak için genişletin ▾"],
        "de": ["Der Artikel geht unten weiter", "Aufklappen und den ganzen Bericht vom See lesen ▾"],
        "fr": ["L'article continue plus bas", "Déplier pour lire tout l'article du lac ▾"],
        "es": ["La noticia continúa más abajo", "Despliega para leer la información completa del lago ▾"],
        "ru": ["Материал продолжается ниже", "Развернуть материал приозёрья целиком ▾"],
    },
    "comments": {
        "en": ["{n} lakesiders have had their say", "Add your voice to {n} lakeside comments ›"],
        "tr": ["{n} kıyı sakini görüşünü yazdı", "{n} kıyı yorumuna siz de katılın ›"],
        "de": ["{n} Seeanwohner haben schon mitgeredet", "Mit {n} Lesern darüber diskutieren ›"],
        "fr": ["{n} riverains ont déjà donné leur avis", "Rejoindre les {n} lecteurs qui en discutent ›"],
        "es": ["{n} ribereños ya han opinado", "Suma tu voz a los {n} comentarios del lago ›"],
        "ru": ["{n} жителей побережья уже высказались", "Присоединиться к обсуждению, в нём {n} читателей ›"],
    },
    "readtime": {
        "en": ["Time to read this lakeside story: {m} min", "Lakeside read · {m} min"],
        "tr": ["Bu göl kıyısı haberini okuma süresi: {m} dk", "Göl kıyısı okuması · {m} dk"],
        "de": ["So lange lesen Sie diese Seegeschichte: {m} Min.", "Lesestoff vom See · {m} Min."],
        "fr": ["Temps pour lire cette histoire du lac : {m} min", "Lecture du lac · {m} min"],
        "es": ["Tiempo para leer esta historia del lago: {m} min", "Lectura del lago · {m} min"],
        "ru": ["Время чтения этой истории с берега: {m} мин", "Чтение с берега · {m} мин"],
    },
    "updated": {
        "en": ["Lakeside desk: first out on {d}, amended at {t}", "Updated at {t} on {d} with a response from the council"],
        "tr": ["İlk yayın {d}; değişiklik saat {t}", "{d} günü saat {t}'de belediyenin yanıtıyla güncellendi"],
        "de": ["Erstmals veröffentlicht am {d}; geändert um {t} Uhr", "Aktualisiert am {d} um {t} Uhr mit einer Stellungnahme der Gemeinde"],
        "fr": ["Publié pour la première fois le {d} ; modifié à {t}", "Complété le {d} à {t} avec la réponse de la mairie du lac"],
        "es": ["Publicado por primera vez el {d}; modificado a las {t}", "Actualizado el {d} a las {t} con la respuesta del ayuntamiento"],
        "ru": ["Впервые опубликовано {d}; изменено в {t}", "Дополнено {d} в {t}: ответ администрации приозёрья"],
    },
    "audio": {
        "en": ["▶ Hear this lakeside story read aloud · {m} min", "Cooking or driving? Listen to this lakeside report instead, it takes {m} minutes"],
        "tr": ["▶ Bu göl kıyısı haberini sesli dinleyin · {m} dk", "Yemek mi yapıyorsunuz, araba mı kullanıyorsunuz? Bu göl kıyısı haberini dinleyin, {m} dakika sürüyor"],
        "de": ["▶ Diesen Bericht vom See vorlesen lassen · {m} Min.", "Am Herd oder am Steuer? Hören Sie diesen Bericht vom See, er dauert {m} Minuten"],
        "fr": ["▶ Écouter cet article du lac lu à voix haute · {m} min", "En cuisine ou au volant ? Écoutez plutôt cet article du lac, il dure {m} minutes"],
        "es": ["▶ Escucha esta noticia del lago en voz alta · {m} min", "¿Cocinando o conduciendo? Escucha esta noticia del lago, dura {m} minutos"],
        "ru": ["▶ Прослушать этот материал вслух · {m} мин", "У плиты или за рулём? Послушайте этот материал приозёрья, он длится {m} минуты"],
    },
    "app": {
        "en": ["The {site} app: lake towns news, ferry times and weather in one place", "Continue in the lakeside app ›"],
        "tr": ["{site} uygulaması: göl kasabası haberleri, feribot saatleri ve hava durumu tek yerde", "Göl kıyısı uygulamasında devam edin ›"],
        "de": ["Die App von {site}: Nachrichten, Fährzeiten und Wetter der Seegemeinden an einem Ort", "In der See-App weiterlesen ›"],
        "fr": ["L'appli {site} : actu des villes du lac, horaires des bateaux et météo au même endroit", "Continuer dans l'appli du lac ›"],
        "es": ["La app de {site}: noticias de los pueblos del lago, horarios del barco y el tiempo en un solo sitio", "Sigue en la app del lago ›"],
        "ru": ["Приложение «{site}»: новости приозёрья, расписание парома и погода в одном месте", "Дочитать в приложении приозёрья ›"],
    },
    "bio": {
        "en": ["{by} writes about {section} for {site} and has lived within sight of the lake all their life.", "More lakeside reporting by {by} ›"],
        "tr": ["{by}, {site} için {section} haberleri yazıyor ve ömrü boyunca gölü gören bir evde yaşadı.", "{by} imzalı göl kıyısı haberleri ›"],
        "de": ["{by} schreibt für {site} über {section} und hat immer in Sichtweite des Sees gewohnt.", "Mehr vom See von {by} ›"],
        "fr": ["{by} écrit sur la rubrique {section} pour {site} et a toujours vécu en vue du lac.", "D'autres articles du lac signés {by} ›"],
        "es": ["{by} escribe sobre {section} en {site} y ha vivido siempre a la vista del lago.", "Más textos de {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и всю жизнь живёт с видом на озеро.", "Другие тексты автора {by} ›"],
    },
    "tip": {
        "en": ["Seen something on the water we should know about? Message the desk on 07700 900 415", "Send us your story: tips@laketowns-news.example"],
        "tr": ["Suda bilmemiz gereken bir şey mi gördünüz? Masaya yazın: 0 (532) 900 41 50", "Haberinizi gönderin: ihbar@gol-kasabalari.example"],
        "de": ["Etwas auf dem Wasser gesehen, das wir wissen sollten? Schreiben Sie dem Desk: 0151 900 41 50", "Schicken Sie uns Ihre Geschichte: hinweise@seegemeinden.example"],
        "fr": ["Vu quelque chose sur l'eau que nous devrions savoir ? Écrivez à la rédaction au 06 00 90 41 50", "Envoyez-nous votre histoire : infos@villes-du-lac.example"],
        "es": ["¿Has visto algo en el agua que debamos saber? Escribe a la redacción al 600 900 415", "Mándanos tu historia: avisos@pueblos-del-lago.example"],
        "ru": ["Видели на воде что-то, о чём нам стоит знать? Пишите в редакцию: +7 900 000-41-50", "Пришлите свою историю: novosti@priozerye.example"],
    },
    "typo": {
        "en": ["Spotted an error in this lakeside report? Select the words and press Ctrl+Enter and the desk will look at it"],
        "tr": ["Bu göl kıyısı haberinde hata mı gördünüz? Kelimeleri seçip Ctrl+Enter'a basın, masa baksın"],
        "de": ["Fehler in diesem Bericht vom See entdeckt? Wörter markieren, Strg+Enter drücken, der Desk schaut nach"],
        "fr": ["Une erreur dans cet article du lac ? Sélectionnez les mots, appuyez sur Ctrl+Entrée et la rédaction vérifiera"],
        "es": ["¿Un error en esta noticia del lago? Selecciona las palabras, pulsa Ctrl+Intro y la redacción lo revisará"],
        "ru": ["Заметили ошибку в материале приозёрья? Выделите слова и нажмите Ctrl+Enter, редакция проверит"],
    },
    "push": {
        "en": ["Want an alert when the lake towns make the news? Turn on alerts · Not now"],
        "tr": ["Göl kasabaları haber olduğunda uyarı almak ister misiniz? Uyarıları aç · Şimdi değil"],
        "de": ["Eine Meldung, wenn die Seegemeinden in den Nachrichten sind? Meldungen einschalten · Jetzt nicht"],
        "fr": ["Une alerte quand les villes du lac font l'actualité ? Activer les alertes · Pas maintenant"],
        "es": ["¿Quieres un aviso cuando los pueblos del lago sean noticia? Activar avisos · Ahora no"],
        "ru": ["Хотите получать оповещения, когда о приозёрье пишут новости? Включить оповещения · Не сейчас"],
    },
    "print": {
        "en": ["This page: Print · Download PDF · Email a friend", "Printer-friendly lakeside edition ›"],
        "tr": ["Bu sayfa: Yazdır · PDF indir · Bir arkadaşa e-postala", "Yazıcı dostu göl kıyısı baskısı ›"],
        "de": ["Diese Seite: Drucken · PDF herunterladen · An Freunde mailen", "Druckfreundliche Ausgabe vom See ›"],
        "fr": ["Cette page : Imprimer · Télécharger le PDF · Envoyer à un ami", "Édition du lac prête à imprimer ›"],
        "es": ["Esta página: Imprimir · Descargar PDF · Enviar a un amigo", "Edición del lago para imprimir ›"],
        "ru": ["Эта страница: Печать · Скачать PDF · Отправить другу", "Версия приозёрья для принтера ›"],
    },
    "feedback": {
        "en": ["Was this lakeside report useful to you? Very useful · Quite useful · No use to me"],
        "tr": ["Bu göl kıyısı haberi işinize yaradı mı? Çok işe yaradı · Biraz yaradı · Yaramadı"],
        "de": ["War dieser Bericht vom See nützlich für Sie? Sehr nützlich · Etwas nützlich · Gar nicht nützlich"],
        "fr": ["Cet article du lac vous a-t-il été utile ? Très utile · Assez utile · Pas utile du tout"],
        "es": ["¿Te ha sido útil esta noticia del lago? Muy útil · Algo útil · Nada útil"],
        "ru": ["Был ли полезен этот материал с берега? Очень полезен · Немного полезен · Бесполезен"],
    },
    "standards": {
        "en": ["The lake towns titles follow the Editors' Code of Practice. If you think this report breaks it, email readers.editor@laketowns-news.example."],
        "tr": ["Göl kasabaları yayınları gazetecilik meslek ilkelerine uyar. Bu haberin ilkeleri çiğnediğini düşünüyorsanız okur.temsilcisi@gol-kasabalari.example adresine yazın."],
        "de": ["Die Titel der Seegemeinden halten sich an den Pressekodex. Wenn Sie meinen, dieser Bericht verstößt dagegen, schreiben Sie an leserbeirat@seegemeinden.example."],
        "fr": ["Les titres des villes du lac respectent la charte de déontologie des journalistes. Si vous pensez que cet article y manque, écrivez à mediateur@villes-du-lac.example."],
        "es": ["Los medios de los pueblos del lago siguen el código deontológico de la profesión. Si crees que esta noticia lo incumple, escribe a defensor.lector@pueblos-del-lago.example."],
        "ru": ["Издания приозёрья соблюдают кодекс профессиональной этики журналиста. Если вы считаете, что материал его нарушает, пишите на ombudsman@priozerye.example."],
    },
    "topics": {
        "en": ["More on: {section} · lake towns · local life", "Follow {section} around the lake ›"],
        "tr": ["Daha fazlası: {section} · göl kasabaları · yerel yaşam", "Göl çevresinde {section} konusunu takip edin ›"],
        "de": ["Mehr zu: {section} · Seegemeinden · Leben vor Ort", "{section} rund um den See folgen ›"],
        "fr": ["Plus sur : {section} · villes du lac · vie locale", "Suivre {section} autour du lac ›"],
        "es": ["Más sobre: {section} · pueblos del lago · vida local", "Sigue {section} alrededor del lago ›"],
        "ru": ["Ещё по темам: {section} · приозёрье · местная жизнь", "Следить за темой «{section}» у озера ›"],
    },
    "bookmark": {
        "en": ["＋ Save to My Lakeside"],
        "tr": ["＋ Göl Kıyım listeme kaydet"],
        "de": ["＋ In „Mein Seeufer“ speichern"],
        "fr": ["＋ Enregistrer dans Mon bord du lac"],
        "es": ["＋ Guardar en Mi orilla"],
        "ru": ["＋ Сохранить в «Мой берег»"],
    },
    "poll": {
        "en": ["Quick vote: would you back this for your part of the lake? I would · I would not · Still deciding", "Vote to see what other lakesiders think"],
        "tr": ["Hızlı oylama: gölün sizin tarafı için bunu destekler misiniz? Desteklerim · Desteklemem · Karar vermedim", "Diğer kıyı sakinlerinin ne düşündüğünü görmek için oy verin"],
        "de": ["Kurz abgestimmt: Würden Sie das für Ihren Teil des Sees unterstützen? Würde ich · Würde ich nicht · Noch unentschieden", "Abstimmen und sehen, was andere Seeanwohner denken"],
        "fr": ["Vote express : soutiendriez-vous ce projet pour votre rive ? Oui, volontiers · Non, merci · Pas encore décidé", "Votez pour voir ce que pensent les autres riverains"],
        "es": ["Votación rápida: ¿lo apoyarías para tu parte del lago? Lo apoyaría · No lo apoyaría · Todavía lo pienso", "Vota para ver qué opinan los demás ribereños"],
        "ru": ["Быстрый опрос: поддержали бы вы это для своего берега? Поддержал бы · Не поддержал бы · Пока думаю", "Проголосуйте, чтобы увидеть мнение других жителей побережья"],
    },
    "embed": {
        "en": ["Open {handle}'s Instagram post from the lake", "Watch {handle} on YouTube: the lakeside clip"],
        "tr": ["{handle} hesabının göl kıyısı gönderisini Instagram'da açın", "YouTube'da {handle}: göl kıyısı videosu"],
        "de": ["Den Instagram-Beitrag von {handle} vom See öffnen", "{handle} auf YouTube: der Clip vom Seeufer"],
        "fr": ["Ouvrir la publication Instagram de {handle} au bord du lac", "{handle} sur YouTube : la vidéo du lac"],
        "es": ["Abrir la publicación de Instagram de {handle} en el lago", "{handle} en YouTube: el vídeo de la orilla"],
        "ru": ["Открыть пост {handle} с озера в Instagram", "{handle} на YouTube: ролик с берега"],
    },
    "gallery": {
        "en": ["🖼 Open the gallery: {g} pictures", "Scroll through {g} more photos from the day ›"],
        "tr": ["🖼 Galeriyi açın: {g} fotoğraf", "Günün {g} fotoğrafına daha göz atın ›"],
        "de": ["🖼 Galerie öffnen: {g} Bilder", "Durch {g} weitere Fotos des Tages scrollen ›"],
        "fr": ["🖼 Ouvrir la galerie : {g} photos", "Faire défiler {g} autres photos de la journée ›"],
        "es": ["🖼 Abrir la galería: {g} fotos", "Desliza por {g} fotos más de la jornada ›"],
        "ru": ["🖼 Открыть галерею: {g} снимков", "Ещё {g} фотографий этого дня ›"],
    },
    "map": {
        "en": ["Open the lakeside map full screen", "How to get to the water: Google Maps · What3words · Apple Maps"],
        "tr": ["Göl kıyısı haritasını tam ekran açın", "Suya nasıl gidilir: Google Haritalar · What3words · Apple Haritalar"],
        "de": ["Seekarte im Vollbild öffnen", "So kommen Sie ans Wasser: Google Maps · What3words · Apple Karten"],
        "fr": ["Ouvrir la carte du lac en plein écran", "Pour venir au bord de l'eau : Google Maps · What3words · Plans"],
        "es": ["Abrir el mapa del lago a pantalla completa", "Cómo llegar a la orilla: Google Maps · What3words · Mapas"],
        "ru": ["Открыть карту приозёрья на весь экран", "Как добраться до воды: Яндекс Карты · What3words · 2ГИС"],
    },
    "calendar": {
        "en": ["Save the date: Google · Apple · Outlook", "Email me a reminder the day before ›"],
        "tr": ["Tarihi kaydedin: Google · Apple · Outlook", "Bir gün önce bana e-postayla hatırlat ›"],
        "de": ["Termin speichern: Google · Apple · Outlook", "Am Vortag per E-Mail erinnern ›"],
        "fr": ["Réservez la date : Google · Apple · Outlook", "Me rappeler la veille par courriel ›"],
        "es": ["Guarda la fecha: Google · Apple · Outlook", "Recuérdamelo por correo el día antes ›"],
        "ru": ["Сохраните дату: Google · Apple · Outlook", "Напомнить по почте накануне ›"],
    },
    "scores": {
        "en": ["Every result from the lake towns leagues ›", "Scores hub: Fixtures · Results · Standings · Top scorers"],
        "tr": ["Göl kasabaları liglerinden bütün sonuçlar ›", "Skor merkezi: Fikstür · Sonuçlar · Sıralama · Gol krallığı"],
        "de": ["Alle Ergebnisse aus den Ligen am See ›", "Ergebnisdienst: Spielplan · Ergebnisse · Tabelle · Torjäger"],
        "fr": ["Tous les résultats des championnats du lac ›", "Espace scores : Calendrier · Résultats · Classement · Meilleurs buteurs"],
        "es": ["Todos los resultados de las ligas del lago ›", "Zona de resultados: Calendario · Resultados · Clasificación · Máximos goleadores"],
        "ru": ["Все результаты приозёрных лиг ›", "Центр результатов: Календарь · Результаты · Турнирная таблица · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This lakeside report was corrected after publication."],
        "tr": ["Bu haber düzeltilerek güncellendi."],
        "de": ["Dieser Artikel wurde nachträglich berichtigt."],
        "fr": ["Cet article du lac a été corrigé après publication."],
        "es": ["Esta noticia del lago se corrigió después de publicarse."],
        "ru": ["Материал приозёрья исправлен после публикации."],
    },
    # the three families new in this part
    "bridgelifts": {
        "en": ["Bridge lifts today", "Scheduled lifts and expected delays", "Live bridge status ›", "Expect hold-ups at these bridges"],
        "tr": ["Bugün açılacak köprüler", "Planlı köprü açılışları ve beklenen gecikmeler", "Köprülerin anlık durumu ›", "Bu köprülerde bekleme olabilir"],
        "de": ["Brückenöffnungen heute", "Geplante Öffnungen und erwartete Wartezeiten", "Aktueller Brückenstatus ›", "An diesen Brücken müssen Sie warten"],
        "fr": ["Levées de ponts aujourd'hui", "Levées prévues et attentes à prévoir", "État des ponts en direct ›", "Attente à prévoir à ces ponts"],
        "es": ["Aperturas de puentes hoy", "Aperturas previstas y esperas estimadas", "Estado de los puentes en directo ›", "Habrá esperas en estos puentes"],
        "ru": ["Разводка мостов сегодня", "График разводки и ожидаемые задержки", "Мосты сейчас: онлайн-статус ›", "Где придётся подождать"],
    },
    "hosepipeban": {
        "en": ["Water restrictions in your area", "How full the lake towns' reservoirs are", "What's allowed while the restrictions last ›", "Is there a hosepipe ban where you live?"],
        "tr": ["Bölgenizdeki su kısıtlamaları", "Göl kasabalarının barajları ne kadar dolu", "Kısıtlamalar sürerken neler serbest ›", "Oturduğunuz yerde sulama yasağı var mı?"],
        "de": ["Wasserbeschränkungen in Ihrer Gegend", "So voll sind die Speicher rund um den See", "Was erlaubt bleibt, solange die Regeln gelten ›", "Gilt bei Ihnen ein Bewässerungsverbot?"],
        "fr": ["Restrictions d'eau dans votre secteur", "Le remplissage des retenues autour du lac", "Ce qui reste permis pendant les restrictions ›", "Les restrictions s'appliquent-elles chez vous ?"],
        "es": ["Restricciones de agua en tu zona", "Cómo de llenos están los embalses del lago", "Qué sigue permitido mientras duren las restricciones ›", "¿Hay prohibición de riego donde vives?"],
        "ru": ["Ограничения на воду в вашем районе", "Насколько полны водохранилища приозёрья", "Что разрешено, пока действуют ограничения ›", "Действует ли запрет на полив у вас?"],
    },
    "schoolbus": {
        "en": ["School bus routes this term", "Pick-up times by route", "All school transport routes ›", "Check your child's bus"],
        "tr": ["Bu dönem okul servis güzergâhları", "Güzergâha göre biniş saatleri", "Bütün okul servis hatları ›", "Çocuğunuzun servisini sorgulayın"],
        "de": ["Schulbuslinien in diesem Halbjahr", "Abfahrtszeiten nach Linie", "Alle Schulbuslinien ›", "Den Schulbus Ihres Kindes finden"],
        "fr": ["Circuits de car scolaire ce trimestre", "Horaires de passage par circuit", "Tous les circuits scolaires ›", "Trouver le car de votre enfant"],
        "es": ["Rutas de transporte escolar este curso", "Horarios de recogida por ruta", "Todas las rutas de transporte escolar ›", "Consulta el autobús de tu hijo"],
        "ru": ["Маршруты школьных автобусов в этой четверти", "Время посадки по маршрутам", "Все школьные маршруты ›", "Проверьте автобус вашего ребёнка"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"bridgelifts": [0, 1, 2, 3], "hosepipeban": [0, 1, 2, 3], "schoolbus": [0, 1, 2, 3]}
# today's scheduled lifts: bridge, lift time, expected delay
BRIDGE_LIFTS = {
    "en": [("Harwick Swing Bridge", "7.38am (coaster Marram Trader)", "allow 12 minutes"), ("Tolley Lane lift bridge", "10.17am (narrowboats, booked)", "allow 8 minutes"), ("Harwick Swing Bridge", "1.06pm (dredger Tolley Maid)", "allow 15 minutes"), ("Saltcote Road bridge", "4.52pm (sailing club, booked)", "allow 10 minutes")],
    "tr": [("Liman Döner Köprüsü", "08.32 (yük gemisi)", "yaklaşık 10 dakika bekleme"), ("Balıkçı Barınağı köprüsü", "14.04 (balıkçı tekneleri)", "yaklaşık 7 dakika bekleme")],
    "de": [("Hubbrücke Wendemünde", "8.20 Uhr (Sportboote)", "rund 12 Minuten warten"), ("Klappbrücke Hafenstraße", "11.47 Uhr (Frachter Nordufer)", "rund 9 Minuten warten"), ("Hubbrücke Wendemünde", "17.10 Uhr (Sportboote)", "rund 15 Minuten warten")],
    "fr": [("pont levant du Canal", "9 h 12 (péniche de fret)", "environ 10 minutes d'attente"), ("pont tournant de la Darse", "15 h 34 (voiliers du club)", "environ 8 minutes d'attente")],
    "es": [("puente levadizo de la Dársena", "9.16 (barcaza de grano)", "unos 10 minutos de espera"), ("puente giratorio del Muelle", "16.42 (veleros del club)", "unos 12 minutos de espera")],
    "ru": [("Речной мост", "01:25 – 04:50", "объезд через Заводской мост"), ("Мост Ветеранов", "02:10 – 04:35", "объезд через Южную дамбу"), ("Железнодорожный мост", "02:45 – 03:40", "объезда нет")],
}
# the restrictions in each area: area, status
WATER_AREAS = {
    "en": [("Harwick and the north shore", "Hosepipe ban in force"), ("Saltcote and Marram", "Hosepipe ban in force"), ("Tolley Vale", "No ban, please save water"), ("Eastmere villages", "Ban from Monday")],
    "tr": [("Göl mahallesi", "Bahçe sulama yasak"), ("Sanayi bölgesi", "Yasak yok"), ("Yukarı köyler", "Gece 22.00'den sonra serbest")],
    "de": [("Wendemünde Stadt", "Verbot gilt"), ("Ortsteile am Nordufer", "Verbot gilt"), ("Oberdorf", "Kein Verbot")],
    "fr": [("Bourg de Saint-Lizier-du-Lac", "Restrictions renforcées"), ("Hameaux du plateau de Brax", "Vigilance simple, pas d'interdiction"), ("Zone artisanale", "Restrictions renforcées")],
    "es": [("Casco urbano de Valdelagua", "Riego prohibido"), ("Urbanización Los Pinos", "Riego prohibido"), ("Pedanía de La Ribera", "Riego de 21.00 a 8.00")],
    "ru": [("Центральный район Приозёрска", "Полив запрещён"), ("Посёлок Сосновка", "Полив с 20 до 8 часов"), ("СНТ «Рассвет»", "Полив запрещён")],
}
# reservoir levels: reservoir, level now, level a year ago
RESERVOIRS = {
    "en": [("Tolley Water", "41.3%", "78.6%"), ("Marram Reservoir", "37.2%", "72.9%"), ("Upper Eastmere", "52.4%", "81.7%")],
    "tr": [("Karagöl Barajı", "%19,4", "%54,2"), ("Değirmendere Göleti", "%26,7", "%61,3")],
    "de": [("Talsperre Wendetal", "46,3 %", "79,1 %"), ("Speicher Oberdorf", "58,4 %", "84,6 %")],
    "fr": [("retenue de Lizier", "48,2 %", "83,4 %"), ("lac de Montbel-Haut", "55,7 %", "80,9 %")],
    "es": [("embalse de Valdelagua", "23,4 %", "58,1 %"), ("embalse de La Ribera", "31,6 %", "64,2 %")],
    "ru": [("Сосновское водохранилище", "44,3 %", "75,8 %"), ("Верхний пруд", "39,6 %", "70,4 %")],
}
# school transport: route, stop and school, pick-up time
SCHOOL_ROUTES = {
    "en": [("Route 14", "Fennick Green to Harwick Academy", "07:52"), ("Route 22", "Saltcote church to Tolley High", "07:35"), ("Route 31A", "Marram crossroads to St Aidan's Primary", "08:10")],
    "tr": [("S-4", "Göl Mahallesi – Cumhuriyet Ortaokulu", "07.25"), ("S-9", "Yukarı Köy – Atatürk Lisesi", "07.05")],
    "de": [("Linie 611", "Birkhof – Gesamtschule Wendemünde", "6.58 Uhr"), ("Linie 614", "Oberdorf Kirche – Grundschule Nordufer", "7.22 Uhr"), ("Linie 618", "Am Moor – Gymnasium Wendemünde", "7.05 Uhr")],
    "fr": [("Circuit 3", "Les Granges – collège du Lac", "7 h 20"), ("Circuit 7", "Le Moulin – école de la Rive", "8 h 05")],
    "es": [("Ruta 2", "La Ribera – CEIP Virgen del Lago", "8.10"), ("Ruta 5", "Los Pinos – IES Valdelagua", "7.45")],
    "ru": [("Маршрут №1", "Малиновка – школа № 3", "7:20"), ("Маршрут №2", "Кузьминки – школа № 3", "7:35"), ("Маршрут №5", "Лесной кордон – школа № 1", "7:05")],
}
WIDGET_ROWS = (("bridge lifts", BRIDGE_LIFTS), ("water areas", WATER_AREAS), ("reservoirs", RESERVOIRS),
               ("school routes", SCHOOL_ROUTES))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Pike weighing 19lb caught from Harwick town quay", "Eastmere sailing club buys its first electric rescue boat",
           "Lakeside bandstand to be repainted in its 1911 colours", "Night ferry to Saltcote returns for the summer season",
           "Boatbuilder who made the lake's pleasure steamers dies aged 94", "Swan pair nest on the roof of the ferry ticket office"],
    "tr": ["Kasaba iskelesinden 9 kiloluk turna balığı tutuldu", "Yelken kulübü ilk elektrikli kurtarma botunu aldı",
           "Göl kıyısındaki bando köşkü 1911'deki renklerine boyanacak", "Karşı kıyıya gece feribotu yaz sezonunda yeniden başlıyor",
           "Göldeki gezi teknelerini yapan usta 94 yaşında öldü", "Kuğu çifti feribot gişesinin çatısına yuva yaptı"],
    "de": ["Neun Kilo schwerer Hecht am Stadtkai gefangen", "Segelclub kauft sein erstes elektrisches Rettungsboot",
           "Musikpavillon am Ufer bekommt seine Farben von 1911 zurück", "Nachtfähre zum Südufer fährt wieder im Sommer",
           "Bootsbauer der Ausflugsdampfer auf dem See mit 94 gestorben", "Schwanenpaar brütet auf dem Dach des Fährkartenhäuschens"],
    "fr": ["Un brochet de 9 kilos pêché depuis le quai de la ville", "Le club de voile s'offre son premier bateau de secours électrique",
           "Le kiosque à musique du lac retrouvera ses couleurs de 1911", "Le bac de nuit vers la rive sud reprend pour l'été",
           "Mort à 94 ans du charpentier qui construisait les vapeurs du lac", "Un couple de cygnes niche sur le toit de la billetterie du bac"],
    "es": ["Pescan un lucio de nueve kilos desde el muelle del pueblo", "El club náutico compra su primera lancha de rescate eléctrica",
           "El quiosco de música del lago recuperará sus colores de 1911", "Vuelve en verano el barco nocturno a la otra orilla",
           "Muere a los 94 años el carpintero de ribera que hizo los vapores del lago", "Una pareja de cisnes anida en el tejado de la taquilla del barco"],
    "ru": ["С городской пристани поймали щуку весом девять килограммов", "Яхт-клуб купил первый электрический спасательный катер",
           "Ротонду на набережной перекрасят в цвета 1911 года", "Ночной паром на южный берег возвращается на лето",
           "Умер мастер, строивший прогулочные пароходы для озера, ему было 94 года", "Пара лебедей свила гнездо на крыше билетной кассы парома"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Рыбак говорит, что вытаскивал её почти двадцать минут.",
           "Катер заряжается от солнечных панелей на крыше эллинга.",
           "Реставраторы нашли старую краску под пятью слоями.",
           "Последний рейс будет уходить в половине двенадцатого.",
           "Его первый пароход до сих пор возит туристов по выходным.",
           "Кассирша говорит, что птицы не пускают её к двери."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Lake towns news", "Councils and politics round the lake", "Crime and courts by the water", "Schools round the lake", "Lake towns sport", "What's on by the water", "Lakeside family notices"],
               cookie="This website and its partners use technologies such as cookies to keep the site running, understand how it is used and fund local journalism with tailored adverts. Choose whether to allow them.",
               accept="Allow and continue", reject="Let me pick which ones", share="Send this lake towns story",
               related="More reading from around the lake", newsletter="The Lakeside Evening: our best stories every weekday at 6pm",
               subscribe="Sign up to The Lakeside Evening", email="name@lakeside-evening.example",
               comment_note="Every lakeside comment is read by a moderator before it appears. Be kind, stay on topic and remember your neighbours read this too.",
               closed="Comments have been turned off for this lakeside story.",
               footer=["Talk to the lakeside newsroom", "Lakeside corrections log", "How the lake towns titles use your data", "Advertise around the lake", "Community guidelines for comments"],
               rights="All content on this site is owned by its publisher and cannot be republished without prior written agreement.",
               commenters=[("Saltcote_Sue", "Lovely to read something positive about the place."),
                           ("Bob by the boathouse", "Been saying this for years, glad someone listened.")]),
    "tr": dict(nav=["Göl kasabalarından haberler", "Göl çevresinde yerel yönetim", "Kıyıda asayiş ve adliye", "Göl çevresinin okulları", "Göl kasabalarında spor", "Kıyıda neler var", "Aile ilanları"],
               cookie="Bu web sitesi ve iş ortakları, siteyi çalışır tutmak, nasıl kullanıldığını anlamak ve yerel gazeteciliği size uygun reklamlarla finanse etmek için çerez gibi teknolojiler kullanır. İzin verip vermeyeceğinizi seçin.",
               accept="İzin ver ve devam et", reject="Hangilerine izin vereceğimi seçeyim", share="Bu göl kasabaları haberini gönderin",
               related="Göl çevresinden okumaya devam edin", newsletter="Göl Kıyısı Akşamı: en iyi haberlerimiz hafta içi her gün 18.00'de",
               subscribe="Göl Kıyısı Akşamı'na kaydolun", email="isim@gol-kiyisi-aksami.example",
               comment_note="Moderatörlerimiz her yorumu yayımlanmadan önce okur. Nazik olun, konuda kalın, komşularınızın da okuduğunu unutmayın.",
               closed="Bu göl kıyısı haberinde yorumlar kapatıldı.",
               footer=["Göl kıyısı haber merkezine yazın", "Göl kıyısı düzeltme kaydı", "Göl kasabaları yayınları verilerinizi nasıl kullanır", "Göl çevresinde reklam verin", "Yorum topluluğu kuralları"],
               rights="Bu sitedeki tüm içerik yayıncısına aittir ve önceden yazılı onay alınmadan yeniden yayımlanamaz.",
               commenters=[("Kiyili_Hatice", "Burası hakkında güzel bir şey okumak ne hoş."),
                           ("Kayıkhaneci Rıza", "Yıllardır söylüyorum, sonunda biri dinledi.")]),
    "de": dict(nav=["Nachrichten aus den Seegemeinden", "Gemeinderäte rund um den See", "Polizei und Gericht am Wasser", "Schulen rund um den See", "Sport in den Seegemeinden", "Was am Wasser los ist", "Familienanzeigen vom See"],
               cookie="Diese Website und ihre Partner nutzen Technologien wie Cookies, um die Seite zu betreiben, ihre Nutzung zu verstehen und Lokaljournalismus mit passender Werbung zu finanzieren. Entscheiden Sie, ob Sie das erlauben.",
               accept="Erlauben und weiter", reject="Lieber selbst einstellen", share="Diese Geschichte aus den Seegemeinden senden",
               related="Mehr Lesestoff rund um den See", newsletter="Der Abend am See: unsere besten Geschichten werktags um 18 Uhr",
               subscribe="Den Abend am See abonnieren", email="name@abend-am-see.example",
               comment_note="Unsere Moderation liest jeden Kommentar, bevor er erscheint. Bleiben Sie freundlich und beim Thema, Ihre Nachbarn lesen mit.",
               closed="Die Kommentare zu dieser Geschichte vom See sind abgeschaltet.",
               footer=["Mit dem Newsroom am See sprechen", "Korrekturprotokoll vom See", "Wie die Titel der Seegemeinden Ihre Daten nutzen", "Werben rund um den See", "Regeln für die Kommentarspalte"],
               rights="Alle Inhalte dieser Seite gehören dem Verlag und dürfen ohne vorherige schriftliche Vereinbarung nicht veröffentlicht werden.",
               commenters=[("Nordufer_Gisela", "Schön, mal etwas Positives über unseren Ort zu lesen."),
                           ("Werner vom Bootshaus", "Sag ich seit Jahren, gut, dass endlich jemand zuhört.")]),
    "fr": dict(nav=["L'actu des villes du lac", "Conseils municipaux autour du lac", "Faits divers au bord de l'eau", "Écoles autour du lac", "Le sport des villes du lac", "Sortir au bord de l'eau", "Carnet des familles"],
               cookie="Ce site et ses partenaires utilisent des technologies comme les cookies pour faire fonctionner le site, comprendre son utilisation et financer l'information locale par des publicités adaptées. Choisissez si vous les autorisez.",
               accept="Autoriser et continuer", reject="Je préfère régler moi-même", share="Envoyer cet article des villes du lac",
               related="D'autres lectures autour du lac", newsletter="Le Soir au bord du lac : nos meilleurs articles chaque jour de semaine à 18 h",
               subscribe="S'inscrire au Soir au bord du lac", email="nom@soir-au-lac.example",
               comment_note="Chaque commentaire du lac est lu par un modérateur avant d'apparaître. Restez aimable, dans le sujet, vos voisins vous lisent aussi.",
               closed="Les commentaires de cet article du lac ont été désactivés.",
               footer=["Écrire à la rédaction du lac", "Registre des rectificatifs du lac", "Comment les titres des villes du lac utilisent vos données", "Annoncer autour du lac", "Charte des commentaires du lac"],
               rights="Tous les contenus de ce site appartiennent à leur éditeur et ne peuvent être republiés sans accord écrit préalable.",
               commenters=[("Riveraine_Odile", "Enfin un article qui donne envie de rester au bord du lac."),
                           ("Jeannot du ponton", "Je le dis depuis des années, enfin quelqu'un écoute.")]),
    "es": dict(nav=["Noticias de los pueblos del lago", "Ayuntamientos de la ribera", "Sucesos a la orilla del agua", "Colegios alrededor del lago", "Deportes de los pueblos del lago", "Planes junto al agua", "Esquelas y ecos de sociedad"],
               cookie="Esta web y sus socios usan tecnologías como las cookies para que el sitio funcione, entender cómo se usa y pagar el periodismo local con anuncios adaptados. Elige si las permites.",
               accept="Permitir y continuar", reject="Prefiero elegir cuáles", share="Envía esta noticia de los pueblos del lago",
               related="Más para leer alrededor del lago", newsletter="La Tarde en el lago: nuestras mejores noticias cada día laborable a las 18.00",
               subscribe="Apúntate a La Tarde en el lago", email="nombre@tarde-en-el-lago.example",
               comment_note="Un moderador lee cada comentario del lago antes de que aparezca. Sé amable, céntrate en el tema y recuerda que tus vecinos también leen.",
               closed="Los comentarios de esta noticia del lago están desactivados.",
               footer=["Habla con la redacción del lago", "Registro de rectificaciones del lago", "Cómo usan tus datos los medios del lago", "Anúnciate alrededor del lago", "Normas de la comunidad de comentarios"],
               rights="Todo el contenido de esta web pertenece a su editor y no puede volver a publicarse sin acuerdo previo por escrito.",
               commenters=[("Ribereña_Maruja", "Da gusto leer algo bueno del pueblo."),
                           ("Julián el del embarcadero", "Lo llevo diciendo años, menos mal que alguien escucha.")]),
    "ru": dict(nav=["Новости приозёрья", "Власть на берегах озера", "Происшествия у воды", "Школы приозёрья", "Спорт приозёрья", "Афиша у воды", "Семейные объявления приозёрья"],
               cookie="Этот сайт и его партнёры используют технологии вроде cookie, чтобы сайт работал, чтобы понимать, как им пользуются, и чтобы оплачивать местную журналистику подходящей рекламой. Выберите, разрешаете ли вы это.",
               accept="Разрешить и продолжить", reject="Выбрать, что разрешить", share="Отправить новость приозёрья",
               related="Ещё почитать о приозёрье", newsletter="«Вечер у озера»: лучшие материалы по будням в 18:00",
               subscribe="Подписаться на «Вечер у озера»", email="imya@vecher-u-ozera.example",
               comment_note="Каждый комментарий приозёрья до появления читает модератор. Будьте добры, пишите по теме и помните, что вас читают соседи.",
               closed="Комментарии к этому материалу приозёрья отключены.",
               footer=["Написать в редакцию приозёрья", "Журнал исправлений приозёрья", "Как издания приозёрья используют ваши данные", "Реклама у озера", "Правила сообщества комментаторов"],
               rights="Все материалы сайта принадлежат издателю и не могут быть перепечатаны без предварительного письменного согласия.",
               commenters=[("Berezhnaya_Nina", "Приятно прочитать о нашем посёлке что-то хорошее."),
                           ("Палыч с лодочной", "Говорю это много лет, хорошо, что хоть кто-то услышал.")]),
}
UI73 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM AROUND THE MERE:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes the long reads for {site} and follows {section} from Saltcote to Tolley Vale. Ideas to features@marram-mere.example"},
    (mp4, "READMORE"): {"tr": "GÖL ÇEVRESİNDEN DAHA FAZLASI:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Eastmere Courier")},
    (mp6, "TYPO3"): {"fr": dict(ext="Vidéo : la retenue de Lizier vue du ciel (Dailymotion)",
                                note="Une vidéo de la commune sur la baisse de la retenue est intégrée ici. Elle ne se charge depuis Dailymotion qu'après votre accord ; Dailymotion reçoit alors des informations sur votre visite.",
                                button="Accepter et voir la vidéo de la retenue", by="Publié par la", search="Rechercher sur saint-lizier-du-lac.example",
                                lang_menu="Saint-Lizier en FALC")},
    (mp7, "SANITY"): {"es": dict(nl_title="La semana en Valdeprado", nl_text="Cada viernes, en un solo correo: lo que ha pasado en Valdeprado y sus aldeas.",
                                 nl_button="Quiero La semana en Valdeprado", nl_placeholder="Tu correo para La semana en Valdeprado")},
    (mp11, "HUGO"): {"de": dict(nl_title="Die Nordufer-Post", nl_text="Jeden Samstag: Gemeinderat, Schulen, Vereine und Menschen vom Nordufer in einer Mail.",
                                nl_label="Ihre E-Mail für die Nordufer-Post", nl_button="Nordufer-Post bestellen")},
    (mp13, "PUB_NAV"): {"ru": ["Новое на Береговой", "Люди нашего берега", "Метеозаписки", "Поддержать «Береговые записки»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Сайт деревни Малиновка и её жителей",
                                menu=["Главная Малиновки", "Новости Малиновки", "Малиновская школа", "Объявления для жителей", "Фото Малиновки", "Написать админу Малиновки"],
                                cats=["Новости Малиновки", "Школьный автобус", "Дорога и остановки"],
                                friends=["Кузьминская средняя школа № 3", "Малиновский сельский клуб", "Совет ветеранов Малиновки"],
                                footer="Деревня Малиновка © 2026 · сайт ведут жители на добровольных началах",
                                poster="malinovka_admin", tags=["школьный автобус", "остановка"],
                                commenters=[("Люда_с_Заречной", "Наконец-то, дети больше не будут стоять в темноте."),
                                            ("Дед Митяй", "А навес над остановкой кто поставит? Могу помочь с досками.")],
                                style="br", heads="b")},
}
# the platform's own strings that an earlier layout lacks in a language (Drupal's node strings in Spanish, as the
# earlier parts set them)
PLATFORM_STRINGS = {(mp3, "DRUPAL"): {"es": mp28.SITE_STRINGS[(mp3, "DRUPAL")]["es"]}}
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
# the new layout: an article page of a regional daily published through EidosMedia Méthode, as the paper's Méthode
# portal templates serve it (/<section>/<sub-section>/<slug>-1.<story id>) to a reader who has not yet answered the
# consent message: the head with the portal's eomportal-* metas (instance id, story id, last update, loid, uuid, type),
# the description, og: / twitter: / article: metas, canonical and AMP links, the print css, the Sourcepoint stub
# (window._sp_queue, window._sp_ with the account id and property) and its wrapper script, the JSON-LD NewsArticle with
# isAccessibleForFree and its hasPart cssSelector for the metered body, the dataLayer with the story's ids and paywall
# state; body.pu-body with the skip link, the masthead (pu-masthead: the edition date, the logo, the subscribe and
# sign-in links, the pu-nav section list), the leaderboard ad slot; main.pu-main > article.story (the data-eom-id
# and loid): the story header (story-header: the kicker link, h1.story-header__headline, the standfirst -- the
# story's "sub", not in the truth --, the byline block with the author link, role and the published / updated times),
# the lead image component (figure.eom-image: picture with its source sets, the caption and the credit); the body,
# div.story-body[itemprop=articleBody] with the paper's metered-content class: p.story-body__text, h2.story-body__crosshead,
# ul / ol.story-body__list, blockquote, strong / em / <br>; in it, as the editor placed them in Méthode's story
# editor, an inline image component (figure.eom-image--inline with caption and credit) and an inline related-article
# component (aside.eom-related: its label and a headline link) -- this layout's own residue in the container --; after
# the body the tag list (ul.story-tags), the paywall / registration hook (div.pu-meter-hook with its heading, text and
# buttons, hidden until the meter runs out), the share tools, the "more from <section>" teaser list; the rail (the
# "Most read" ordered list, an MPU slot); the footer (the paper's links, the "Privacy settings" button that reopens
# Sourcepoint's privacy manager, the copyright line) and the Sourcepoint message container, then the portal's bundle
# --------------------------------------------------------------------------
# the portal templates' own strings per language (the platform as the papers' web teams ship it, not checked)
MT_CORE = {
    "en": dict(skip="Skip to main content", by="By", updated="Updated", related="Related", share="Share this article",
               tags="Topics", mostread="Most read", more="More from", privacy="Privacy settings", signin="Sign in",
               locale="en-GB", months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                       "October", "November", "December"]),
    "de": dict(skip="Zum Hauptinhalt springen", by="Von", updated="Aktualisiert", related="Mehr zum Thema", share="Artikel teilen",
               tags="Themen", mostread="Meistgelesen", more="Mehr aus", privacy="Datenschutz-Einstellungen", signin="Anmelden",
               locale="de-DE", months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                                       "Oktober", "November", "Dezember"]),
}
# the papers' own strings (checked; the host, path, ids and colour are exempt)
MT_SITES = {
    "The Harwick Mercury": dict(
        host="www.harwickmercury.example", path="news/harwick", instance="31", account="1187", colour="#7A1F2B",
        brand="The Harwick Mercury", role="Transport correspondent",
        nav=[("Harwick news", "/news/harwick"), ("Marram and Saltcote", "/news/marram-saltcote"), ("Business on the lake", "/business"),
             ("Sport in the Mercury", "/sport"), ("Lakeside life", "/life"), ("Opinion and letters", "/opinion"), ("Mercury puzzles", "/puzzles")],
        subscribe="Subscribe to the Mercury", edition="Harwick edition",
        hook_h="Keep reading the Mercury for free", hook_p="Create a free account to unlock six more Mercury stories each month, or subscribe for unlimited access from 99p a week.",
        hook_yes="Register for free", hook_no="See Mercury subscriptions",
        footer=[("About the Mercury", "/about"), ("Contact the Harwick newsroom", "/contact"), ("Mercury terms and conditions", "/terms"),
                ("Mercury privacy notice", "/privacy"), ("Cookie policy of the Mercury", "/cookies"), ("Advertise in the Mercury", "/advertise")],
        copyright="© 2026 Harwick Mercury Newspapers Ltd. Registered in England, no. 04417392."),
    "Wendemünder Anzeiger": dict(
        host="www.wendemuender-anzeiger.example", path="lokales/wendemuende", instance="12", account="1304", colour="#0E3B5C",
        brand="Wendemünder Anzeiger", role="Lokalredaktion Wendemünde",
        nav=[("Lokales Wendemünde", "/lokales/wendemuende"), ("Nordufer und Umland", "/lokales/nordufer"), ("Hafen und Wirtschaft", "/wirtschaft"),
             ("Sport am See", "/sport"), ("Kultur im Kreis", "/kultur"), ("Meinung und Leserpost vom See", "/meinung"), ("Anzeiger-Rätsel", "/raetsel")],
        subscribe="Anzeiger abonnieren", edition="Ausgabe Wendemünde",
        hook_h="Weiterlesen im Anzeiger", hook_p="Registrieren Sie sich kostenlos und lesen Sie fünf weitere Anzeiger-Artikel im Monat, oder testen Sie das Digital-Abo vier Wochen für 1 €.",
        hook_yes="Kostenlos registrieren", hook_no="Anzeiger-Abos ansehen",
        footer=[("Über den Anzeiger", "/ueber-uns"), ("Kontakt zur Lokalredaktion", "/kontakt"), ("AGB des Anzeigers", "/agb"),
                ("Datenschutzerklärung des Anzeigers", "/datenschutz"), ("Impressum des Anzeigers", "/impressum"), ("Anzeigen im Anzeiger aufgeben", "/anzeigen")],
        copyright="© 2026 Wendemünder Verlagsgesellschaft mbH & Co. KG, Hafenstraße 4, Wendemünde"),
}
MT_EXEMPT = {"host", "path", "instance", "account", "colour"}  # (ids, paths and codes)


def mt_date(lang, iso, hh=None, mm=None):
    y, m, d = (int(x) for x in iso.split("-"))
    day = ("%d %s %d" if lang == "en" else "%d. %s %d") % (d, MT_CORE[lang]["months"][m - 1], y)
    if hh is None:
        return day
    return day + (" %02d:%02d" % (hh, mm) if lang == "en" else ", %02d.%02d Uhr" % (hh, mm))


def mt_block(kind, val):
    if kind == "p":
        return '<p class="story-body__text">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="story-body__crosshead">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote class="story-body__quote"><p>%s</p></blockquote>' % mp.inline_html(val)
    return '<%s class="story-body__list">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def mt_image(s, uid, w):
    return "https://%s/polopoly_fs/1.%s!/image/%s.jpg_gen/derivatives/landscape_%d/image.jpg" % (s["host"], uid, uid, w)


def mt_figure(s, uid, caption, credit, lead):
    srcset = ", ".join("%s %dw" % (mt_image(s, uid, w), w) for w in (480, 800, 1200))
    return ('<figure class="eom-image%s" data-eom-component="image" data-eom-loid="1.%s">'
            '<picture><source type="image/webp" srcset="%s"><img src="%s" alt="%s" width="800" height="533"%s></picture>'
            '<figcaption class="eom-image__meta"><span class="eom-image__caption">%s</span> '
            '<span class="eom-image__credit">%s</span></figcaption></figure>') % (
        "" if lead else " eom-image--inline", uid, srcset.replace(".jpg ", ".webp "), mt_image(s, uid, 800), A(caption),
        "" if lead else ' loading="lazy"', E(caption), E(credit))


def tpl_methode(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = MT_CORE[lang], MT_SITES[site]
    host = "https://" + s["host"]
    sid = str(rng.randint(5100000, 5399999))
    url = "%s/%s/%s-1.%s" % (host, s["path"], hc.slug(art["title"])[:70].strip("-"), sid)
    lead, inl = str(rng.randint(5100000, 5399999)), str(rng.randint(5100000, 5399999))
    uuid = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
    hh, mm = rng.randint(5, 10), rng.randint(0, 59)
    uh, um = hh + rng.randint(1, 6), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00+%s" % (art["date"], hh, mm, "01:00" if lang == "en" else "02:00")
    iso_up = "%sT%02d:%02d:00+%s" % (art["date"], uh, um, "01:00" if lang == "en" else "02:00")
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    # the inline image and the related-article component, placed by the editor between paragraphs
    slots = [i for i in safe_slots(art) if i not in art["no_slot"]] or [n]
    img_at = slots[0]
    rel_at = slots[len(slots) * 2 // 3] if len(slots) > 1 else n
    related = ('<aside class="eom-related" data-eom-component="related-article"><p class="eom-related__label">%s</p>'
               '<a class="eom-related__link" href="%s/%s/%s-1.%d">%s</a></aside>') % (
        E(c["related"]), host, s["path"], hc.slug(heads[0])[:60], rng.randint(5100000, 5399999), E(heads[0]))
    body = []
    for i in range(n + 1):
        if i == img_at:
            body.append(mt_figure(s, inl, art["body_caption"], art["credit"], False))
        if i == rel_at:
            body.append(related)
        body.extend(placed.get(i, []))
        if i < n:
            body.append(mt_block(*blocks[i]))
    nav = "".join('<li class="pu-nav__item%s"><a class="pu-nav__link" href="%s">%s</a></li>' % (
        " pu-nav__item--active" if k == 0 else "", h, E(t)) for k, (t, h) in enumerate(s["nav"]))
    tags = "".join('<li class="story-tags__item"><a href="/tag/%s">%s</a></li>' % (hc.slug(t), E(t)) for t in art.get("tags", []))
    more = "".join('<li class="teaser-list__item"><a class="teaser-list__link" href="%s/%s/%s-1.%d"><h3 class="teaser-list__headline">%s</h3></a></li>' % (
        host, s["path"], hc.slug(h)[:60], rng.randint(5100000, 5399999), E(h)) for h in heads[1:4])
    mostread = "".join('<li class="most-read__item"><span class="most-read__rank">%d</span><a href="%s/%s/%s-1.%d">%s</a></li>' % (
        k + 1, host, s["path"], hc.slug(h)[:60], rng.randint(5100000, 5399999), E(h)) for k, h in enumerate(heads[3:] + heads[:2]))
    footer = "".join('<li><a href="%s">%s</a></li>' % (h, E(t)) for t, h in s["footer"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sub"],
                     "url": url, "mainEntityOfPage": url, "datePublished": iso, "dateModified": iso_up,
                     "image": [mt_image(s, lead, 1200)], "author": [{"@type": "Person", "name": art["byline"]}],
                     "publisher": {"@type": "Organization", "name": s["brand"], "logo": {"@type": "ImageObject", "url": host + "/pu-assets/img/logo-600x60.png"}},
                     "isAccessibleForFree": "False", "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".pu-metered"}},
                    ensure_ascii=False).replace("</", "<\\/")
    dl = json.dumps([{"pageType": "article", "contentId": "1." + sid, "contentType": "EOM::Story", "section": s["path"],
                      "author": art["byline"], "publishDate": iso, "paywall": "metered", "wordCount": sum(len(mp.inline_text(v).split()) if isinstance(v, str) else 0 for _, v in blocks)}],
                    ensure_ascii=False).replace("</", "<\\/")
    last = "%s %s" % (art["date"], "%02d:%02d:%02d" % (uh, um, rng.randint(0, 59)))
    ver = "%08x" % rng.getrandbits(32)
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(art["title"])} – {E(s["brand"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{A(art["sub"])}">
<meta name="eomportal-instanceid" content="{s["instance"]}">
<meta name="eomportal-id" content="{sid}">
<meta name="eomportal-lastUpdate" content="{last}">
<meta name="eomportal-loid" content="1.{sid}">
<meta name="eomportal-uuid" content="{uuid}">
<meta name="eomportal-type" content="EOM::Story">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{A(s["brand"])}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{mt_image(s, lead, 1200)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{iso_up}">
<meta property="article:section" content="{A(art["section"])}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{A(art["title"])}">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{url}?service=amp">
<link rel="stylesheet" href="{host}/pu-assets/css/pu-article.{ver}.css">
<link rel="stylesheet" href="{host}/pu-assets/css/pu-print.{ver}.css" media="print">
<script>window._sp_queue = [];window._sp_ = {{config: {{accountId: {s["account"]}, baseEndpoint: "https://cdn.privacy-mgmt.com", propertyHref: "{host}", gdpr: {{}}, events: {{onMessageReady: function () {{ document.documentElement.classList.add("sp-open"); }}}}}}}};</script>
<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async></script>
<script type="application/ld+json">{ld}</script>
<script>window.dataLayer = window.dataLayer || [];window.dataLayer.push.apply(window.dataLayer, {dl});</script>
</head>
<body class="pu-body pu-body--story section-{s["path"].split("/")[0]}">
<a class="pu-skip" href="#story-start">{E(c["skip"])}</a>
<header class="pu-masthead" role="banner">
<div class="pu-masthead__top"><span class="pu-masthead__edition">{E(s["edition"])} · {E(mt_date(lang, art["date"]))}</span>
<a class="pu-masthead__subscribe" href="/subscribe">{E(s["subscribe"])}</a> <a class="pu-masthead__signin" href="/login">{E(c["signin"])}</a></div>
<a class="pu-masthead__logo" href="/"><img src="{host}/pu-assets/img/logo.svg" alt="{A(s["brand"])}" width="320" height="40"></a>
<nav class="pu-nav" aria-label="Sections"><ul class="pu-nav__list">{nav}</ul></nav>
</header>
<div class="pu-ad pu-ad--leaderboard"><div id="div-gpt-ad-leaderboard" data-ad-unit="/2284/{s["path"]}/article" data-sizes="[[728,90],[970,250]]"></div></div>
<main class="pu-main" id="main">
<article class="story" data-eom-id="{sid}" data-eom-loid="1.{sid}" itemscope itemtype="https://schema.org/NewsArticle">
<header class="story-header">
<p class="story-header__kicker"><a href="/{s["path"]}">{E(art["section"])}</a></p>
<h1 class="story-header__headline" itemprop="headline">{E(art["title"])}</h1>
<p class="story-header__standfirst" itemprop="description">{E(art["sub"])}</p>
<div class="byline-block"><span class="byline-block__by">{E(c["by"])}</span> <a class="byline-block__author" rel="author" href="/author/{hc.slug(art["byline"])}" itemprop="author">{E(art["byline"])}</a>
<span class="byline-block__role">{E(s["role"])}</span>
<time class="byline-block__published" datetime="{iso}" itemprop="datePublished">{E(mt_date(lang, art["date"], hh, mm))}</time>
<span class="byline-block__updated">{E(c["updated"])} <time datetime="{iso_up}" itemprop="dateModified">{E(mt_date(lang, art["date"], uh, um))}</time></span></div>
</header>
{mt_figure(s, lead, art["caption"], art["credit"], True)}
<div class="story-body pu-metered" id="story-start" itemprop="articleBody">
{chr(10).join(body)}
</div>
<ul class="story-tags" aria-label="{A(c["tags"])}">{tags}</ul>
<div class="pu-meter-hook" data-eom-paywall="registration" hidden>
<h2 class="pu-meter-hook__heading">{E(s["hook_h"])}</h2>
<p class="pu-meter-hook__text">{E(s["hook_p"])}</p>
<a class="pu-button pu-button--primary" href="/register?ref=meter">{E(s["hook_yes"])}</a> <a class="pu-button" href="/subscribe?ref=meter">{E(s["hook_no"])}</a>
</div>
<div class="story-share" aria-label="{A(c["share"])}"><button class="story-share__btn" data-network="facebook" aria-label="Facebook"></button><button class="story-share__btn" data-network="x" aria-label="X"></button><button class="story-share__btn" data-network="whatsapp" aria-label="WhatsApp"></button><button class="story-share__btn" data-network="email" aria-label="E-mail"></button></div>
</article>
<section class="teaser-list"><h2 class="teaser-list__title">{E(c["more"])} {E(art["section"])}</h2><ul>{more}</ul></section>
<aside class="pu-rail">
<section class="most-read"><h2 class="most-read__title">{E(c["mostread"])}</h2><ol class="most-read__list">{mostread}</ol></section>
<div class="pu-ad pu-ad--mpu"><div id="div-gpt-ad-mpu" data-ad-unit="/2284/{s["path"]}/article" data-sizes="[[300,250],[300,600]]"></div></div>
</aside>
</main>
<footer class="pu-footer" role="contentinfo">
<ul class="pu-footer__links">{footer}</ul>
<button class="pu-footer__privacy" type="button" onclick="window._sp_.gdpr.loadPrivacyManagerModal(41{s["account"]})">{E(c["privacy"])}</button>
<p class="pu-footer__copyright">{E(s["copyright"])}</p>
</footer>
<div id="sp_message_container_{s["account"]}2" class="sp_message_container" style="display:none"></div>
<script src="{host}/pu-assets/js/pu-article.{ver}.js" defer></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"methode": ["caption", "related"]}  # the inline image component and the related-article component
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "bridgelifts", "hosepipeban", "schoolbus"]
NEW_FAMILIES = ["bridgelifts", "hosepipeban", "schoolbus"]
# what an earlier docstring would say if it had described one of them
# (h56's crossing-status boards listed bridge lifts among a crossing's departures, h48's reservoir widgets had a
# "what you can and can't do" box, h38 and h48 carried weather and reservoir widgets on stories about hosepipe bans and
# h53 interviewed a school-bus driver: the words below are this part's own families, which none of them described)
NEW_FAMILY_WORDS = {"bridgelifts": ["bridge-lift board", "bridge lifts today", "lift-bridge opening", "swing-bridge opening",
                                    "live bridge status", "opening-times board", "bridgelifts"],
                    "hosepipeban": ["hosepipe-ban panel", "hosepipe ban panel", "hosepipe ban status", "ban in force in each area",
                                    "water-restriction status", "water restriction status", "hosepipeban"],
                    "schoolbus": ["school-transport route finder", "school transport route finder", "school bus route finder",
                                  "check your child's bus", "pick-up times by route", "school-bus route", "schoolbus"]}
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
    "cookie": ['<div class="lakecam-consent-gate"><p class="lakecam-consent-gate__msg">%s</p><button class="lakecam-consent-gate__ok" type="button">OK</button></div>',
               '<p class="tracker-blocked-note">%s</p>', '<div><i><small>%s</small></i></div>'],
    "newsletter": ['<div class="lunchtime-brief-box"><p class="lunchtime-brief-box__txt">%s</p><a class="lunchtime-brief-box__go" href="/newsletters/lakeside-lunchtime">&#8594;</a></div>',
                   '<p class="free-limit-reached-note">%s</p>', '<h4 class="lunchtime-brief-hd">%s</h4>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="round-the-lake-share">{items}</ul>', '<div class="forward-it-strip">%s</div>', '<p><a href="#pass-it-round">%s</a></p>'],
    "photo": ['<p class="lake-picture-desk-line">%s</p>', '<span class="reader-pic-thanks">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-copy-no-bots-line">%s</p>', '<div class="rights-reserved-lake"><small>%s</small></div>', '<div><small><em>%s</em></small></div>'],
    "section": ['<p class="around-the-lake-tag">%s</p>', '<h5 class="lakeside-desk-more">%s</h5>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="wave-divider-lk">%s</p>', '<div class="star-rule-lk">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="lakeside-team-credit">%s</p>', '<div class="waterfront-contrib-note">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-echo-lk"><strong>%s</strong></p>', '<h2 class="headline-echo-h2-lk">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-scroll-on-tag">%s</div>', '<p class="household-advert-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="continues-below-link"><a href="#rest">%s</a></p>', '<div class="expand-full-report-bar">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="lakesiders-said-link"><a href="#comments">%s</a></p>', '<div class="join-discussion-count">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="minutes-to-read-lk">%s</p>', '<span class="lakeside-read-pill">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-stamp-lk"><time>%s</time></p>', '<div class="council-response-added">%s</div>', '<div><em>%s</em></div>'],
    "audio": ['<div class="read-aloud-player-lk"><button class="read-aloud-player-lk__play" aria-label="Play"></button><span class="read-aloud-player-lk__lbl">%s</span></div>',
              '<p class="hands-full-audio-link"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="article-amended-box"><p>%s</p></aside>', '<p class="article-amended-line"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="lakeside-app-promo"><p class="lakeside-app-promo__txt">%s</p><a class="lakeside-app-promo__get" href="/app">&#8595;</a></div>',
            '<p class="continue-in-app-line-lk">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="lakeside-writer-box"><p class="lakeside-writer-box__txt">%s</p></div>', '<p class="more-from-writer-link-lk"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="seen-on-water-box"><p class="seen-on-water-box__txt">%s</p></div>', '<p class="send-your-story-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="found-mistake-hint"><p>%s</p></div>', '<p class="ctrl-enter-report-line-lk">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="lake-alerts-optin"><p class="lake-alerts-optin__q">%s</p></div>', '<p class="turn-on-alerts-line-lk">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="page-actions-lk">{items}</ul>', '<p class="printer-friendly-link-lk"><a href="?output=print">%s</a></p>',
              '<div><a href="?output=print">%s</a></div>'],
    "feedback": ['<div class="was-useful-box-lk"><p class="was-useful-box-lk__q">%s</p></div>', '<p class="was-useful-line-lk">%s</p>', '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-note-lk"><p>%s</p></div>', '<p class="readers-editor-strip-lk"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-row-lk"><span class="more-on-row-lk__txt">%s</span></div>', '<p class="follow-topic-lake">%s</p>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="my-lakeside-save"><a class="my-lakeside-save__a" href="#saved">%s</a></div>',
                 '<p class="save-to-list-lk"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="quick-vote-lake"><p class="quick-vote-lake__q">%s</p><button class="quick-vote-lake__btn" type="button">&#10004;</button></div>',
             '<h6 class="vote-to-see-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/L{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/L{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-facade-lk"><a class="yt-lite-facade-lk__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="open-gallery-strip-lk"><a class="open-gallery-strip-lk__a" href="#gallery">%s</a></div>',
                '<p class="more-photos-day-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-lk"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-lk__links">%s</p></div>',
            '<figure class="static-map-lk"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-date-links-lk">{items}</ul>', '<p class="remind-day-before-lk"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="save-date-bar-lk"><span class="save-date-bar-lk__lbl">%s</span></div>'],
    "scores": ['<div class="lake-leagues-results"><a class="lake-leagues-results__a" href="/sport/results">%s</a></div>',
               '<ul class="scores-hub-tabs-lk">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({liftlist}: today's lifts as a list with their times and delays;
    # {liftrows}: the same as a table; {liftdelays}: the bridges and their waits as a definition list; {arealist}: the
    # areas and whether a ban is in force, as a list; {reservoirrows}: the reservoir levels as a table; {banfields}:
    # the postcode field and check button of the "is there a ban where you live" form; {routelist}: the routes with
    # stop and pick-up time as a list; {routerows}: the same as a table; {busfields}: the school select, the stop or
    # postcode field and the search button of the "check your child's bus" form)
    "bridgelifts": ['<div class="bridge-lift-board"><h4 class="bridge-lift-board__hd">%s</h4><ul class="bridge-lift-board__list">{liftlist}</ul><a class="bridge-lift-board__live" href="/travel/bridges">&#8250;</a></div>',
                    '<div class="lift-schedule-panel"><p class="lift-schedule-panel__hd"><strong>%s</strong></p><table class="lift-schedule-panel__grid">{liftrows}</table></div>',
                    '<p class="bridge-status-live-link"><a href="/travel/bridges/live">%s</a></p>',
                    '<div class="bridge-wait-card"><h5 class="bridge-wait-card__hd">%s</h5><dl class="bridge-wait-card__list">{liftdelays}</dl></div>'],
    "hosepipeban": ['<div class="water-restrictions-panel"><h4 class="water-restrictions-panel__hd">%s</h4><ul class="water-restrictions-panel__areas">{arealist}</ul><a class="water-restrictions-panel__more" href="/water/restrictions">&#8250;</a></div>',
                    '<div class="reservoir-levels-box"><p class="reservoir-levels-box__hd"><b>%s</b></p><table class="reservoir-levels-box__grid">{reservoirrows}</table></div>',
                    '<p class="can-cant-do-link"><a href="/water/restrictions/what-you-can-do">%s</a></p>',
                    '<form class="ban-checker-form" action="/water/restrictions/check" method="get"><h5 class="ban-checker-form__hd">%s</h5>{banfields}</form>'],
    "schoolbus": ['<div class="school-routes-box"><h4 class="school-routes-box__hd">%s</h4><ul class="school-routes-box__list">{routelist}</ul></div>',
                  '<div class="pickup-times-panel"><p class="pickup-times-panel__hd"><strong>%s</strong></p><table class="pickup-times-panel__grid">{routerows}</table></div>',
                  '<p class="all-school-routes-link"><a href="/travel/school-transport">%s</a></p>',
                  '<form class="child-bus-finder" action="/travel/school-transport/find" method="get"><h5 class="child-bus-finder__hd">%s</h5>{busfields}</form>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/lakeside-lunchtime"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-it-round">%s</a>']),
          "section": (0.5, ['<b>%s</b> / ']),
          "bridgelifts": (0.7, [' <a href="/travel/bridges/live"><b>%s</b></a>']),
          "hosepipeban": (0.7, ['<br><a href="/water/restrictions/what-you-can-do"><strong>%s</strong></a>']),
          "schoolbus": (0.7, [' <a href="/travel/school-transport"><em>%s</em></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# live bridge status link, the what-you-can-and-can't-do link and the all-routes link, not the boards, tables, cards
# or forms)
INLINE_WORDING = {"newsletter": 0, "bridgelifts": 2, "hosepipeban": 2, "schoolbus": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-lk"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="meanwhile-lake-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="waterfront-more"><p class="waterfront-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads, the forms' field labels and buttons, as the web teams left them (not checked)
LIFT_HEAD = {"en": ("Bridge", "Lifts at", "Expected delay"), "tr": ("Köprü", "Açılış", "Bekleme"), "de": ("Brücke", "Öffnung", "Wartezeit"),
             "fr": ("Pont", "Levée", "Attente"), "es": ("Puente", "Apertura", "Espera"), "ru": ("Мост", "Разведён", "Объезд")}
RESERVOIR_HEAD = {"en": ("Reservoir", "Now", "A year ago"), "tr": ("Baraj", "Şimdi", "Geçen yıl"), "de": ("Speicher", "Jetzt", "Vor einem Jahr"),
                  "fr": ("Retenue", "Aujourd'hui", "Il y a un an"), "es": ("Embalse", "Ahora", "Hace un año"), "ru": ("Водоём", "Сейчас", "Год назад")}
BAN_LABELS = {"en": ("Your postcode", "Check"), "tr": ("Mahalleniz", "Sorgula"), "de": ("Ihre Postleitzahl", "Prüfen"),
              "fr": ("Votre code postal", "Vérifier"), "es": ("Tu código postal", "Comprobar"), "ru": ("Ваш адрес", "Проверить")}
ROUTE_HEAD = {"en": ("Route", "Stop and school", "Pick-up"), "tr": ("Hat", "Durak ve okul", "Biniş"), "de": ("Linie", "Haltestelle und Schule", "Abfahrt"),
              "fr": ("Circuit", "Arrêt et établissement", "Passage"), "es": ("Ruta", "Parada y centro", "Recogida"), "ru": ("Маршрут", "Остановка и школа", "Посадка")}
BUS_LABELS = {"en": ("School", "Home postcode or stop", "Find bus"), "tr": ("Okul", "Durak ya da mahalle", "Servisi bul"),
              "de": ("Schule", "Wohnort oder Haltestelle", "Bus suchen"), "fr": ("Établissement", "Commune ou arrêt", "Trouver le car"),
              "es": ("Centro escolar", "Parada o domicilio", "Buscar ruta"), "ru": ("Школа", "Адрес или остановка", "Найти автобус")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    k = "%06x" % rng.randint(0, 16**6 - 1)
    lifts = "".join('<li><time>%s</time> <strong>%s</strong> · %s</li>' % (esc(t), esc(b), esc(d)) for b, t, d in BRIDGE_LIFTS[lang])
    delays = "".join("<dt>%s</dt><dd>%s · %s</dd>" % (esc(b), esc(t), esc(d)) for b, t, d in BRIDGE_LIFTS[lang])
    areas = "".join('<li><span class="area">%s</span> <b>%s</b></li>' % (esc(a), esc(st)) for a, st in WATER_AREAS[lang])
    bl = BAN_LABELS[lang]
    ban = ('<label for="ban-%s">%s</label><input id="ban-%s" type="text" name="postcode" autocomplete="postal-code">' % (k, esc(bl[0]), k)
           + '<button type="submit" class="btn-ban-check">%s</button>' % esc(bl[1]))
    routes = "".join('<li><b>%s</b> %s, %s</li>' % (esc(r), esc(st), esc(t)) for r, st, t in SCHOOL_ROUTES[lang])
    bu = BUS_LABELS[lang]
    bus = ('<label for="bus-%s-0">%s</label><select id="bus-%s-0" name="school">%s</select>' % (
               k, esc(bu[0]), k, "".join("<option>%s</option>" % esc(x) for x in dict.fromkeys(st.split(" – ")[-1].split(" to ")[-1] for _, st, _ in SCHOOL_ROUTES[lang])))
           + '<label for="bus-%s-1">%s</label><input id="bus-%s-1" type="search" name="q">' % (k, esc(bu[1]), k)
           + '<button type="submit" class="btn-find-bus">%s</button>' % esc(bu[2]))
    return (style.replace("{liftlist}", lifts)
            .replace("{liftrows}", table(LIFT_HEAD[lang], [(b, t, d) for b, t, d in BRIDGE_LIFTS[lang]]))
            .replace("{liftdelays}", delays)
            .replace("{arealist}", areas)
            .replace("{reservoirrows}", table(RESERVOIR_HEAD[lang], RESERVOIRS[lang]))
            .replace("{banfields}", ban)
            .replace("{routelist}", routes)
            .replace("{routerows}", table(ROUTE_HEAD[lang], SCHOOL_ROUTES[lang]))
            .replace("{busfields}", bus))



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
               "scores": rng.choice([0, mid, n]), "bridgelifts": rng.choice([0, mid, n]),
               "hosepipeban": rng.choice([mid, n, n]), "schoolbus": rng.choice([mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith((" – ", " / ")):  # a section tag typed before the first line
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
# (Méthode's story editor has no drop cap of its own: the paper's templates set the first letter by css)
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-pink-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>"),
           # Méthode's factbox component, as the portal templates render it inside the body
           "methode": ("wrap", '<aside class="eom-factbox" data-eom-component="factbox">\n', "\n</aside>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">📚</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"),
        "methode": ("<strong>", "</strong>")}  # Méthode's bold
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"),
          "methode": ("<em>", "</em>")}  # Méthode's italic
HIGHLIGHT = {"quintype": ('<mark>', "</mark>")}


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
# templates: methode is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"methode": tpl_methode, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h70), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "methode"


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
            rng = random.Random("newsflow-heldout73-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI73[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 73) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h70), labels, furniture strings,
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
                       mp67.R, [v for v in mp67.SITE_STRINGS.values()], mp67.ESC_SITES, mp67.UI_NEW, mp67.TEASERS,
                       [v for _, v in mp67.WIDGET_ROWS],
                       mp68.R, [v for v in mp68.SITE_STRINGS.values()], mp68.PP_SITES, mp68.UI_NEW, mp68.TEASERS,
                       [v for _, v in mp68.WIDGET_ROWS],
                       mp69.R, [v for v in mp69.SITE_STRINGS.values()], mp69.AX_SITES, mp69.UI_NEW, mp69.TEASERS,
                       [v for _, v in mp69.WIDGET_ROWS],
                       mp70.R, [v for v in mp70.SITE_STRINGS.values()], mp70.PG_SITES, mp70.UI_NEW, mp70.TEASERS,
                       [v for _, v in mp70.WIDGET_ROWS],
                       mp71.R, [v for v in mp71.SITE_STRINGS.values()], mp71.CH_SITES, mp71.UI_NEW, mp71.TEASERS,
                       [v for _, v in mp71.WIDGET_ROWS],
                       mp72.R, [v for v in mp72.SITE_STRINGS.values()], mp72.SM_SITES, mp72.UI_NEW, mp72.TEASERS,
                       [v for _, v in mp72.WIDGET_ROWS],
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
    # layouts: methode (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h69 or h70 gave it
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
    # the methode pages: a paper of MT_SITES in a language of MT_CORE, with an image caption for the body and tags;
    # of the looks only those Méthode's story editor has (bold, italic, a soft line break, the factbox component: no
    # drop cap, box, callout or highlight); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in MT_SITES or a["lang"] not in MT_CORE or a.get("kind") or not a.get("body_caption")
                                       or not a.get("tags") or any(st not in ("bold", "italic", "br", "factbox") for st, _ in a.get("look", []))):
            problems.append("%s: methode page needs a Méthode paper, a body caption, tags and the editor's looks only" % a["id"])
        if marks or a.get("notes") or any(k == "table" for k, _ in blocks):
            problems.append("%s: footnotes, or a story table (none in this part)" % a["id"])
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
    mt_sites = [{k: v for k, v in d.items() if k not in MT_EXEMPT} for d in MT_SITES.values()]
    # (MT_CORE, LIFT_HEAD, RESERVOIR_HEAD, BAN_LABELS, ROUTE_HEAD and BUS_LABELS, the platform's strings and the web
    # teams' generic table heads, field labels and buttons, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MT_SITES", mt_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "MT_SITES" and s.startswith("/")):
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




