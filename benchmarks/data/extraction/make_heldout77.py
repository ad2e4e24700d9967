#!/usr/bin/env python3
"""Seventy-seventh held-out part (h77-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout77.py           # write pages/h77-*.html
    python benchmarks/data/extraction/make_heldout77.py --check   # verify pages/h77-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout77.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout78.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h77_en.py / articles_h77_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: community defibrillator locator widgets on stories about public-access defibrillators --
the nearest cabinets as a list with their place, how to open them (a code from the emergency call handler, an
unlocked cabinet, ask at the desk) and when they can be reached, the same as a table, the "find a defibrillator"
link, the cabinets as a definition-list panel --, weekly park-run / fun-run results widgets on stories about a free
weekly 5k or a junior run -- the week's first finishers with their times as a numbered list, the same as a table with
the positions, the "volunteer roster" link, the week's finishers, first-timers, personal bests and volunteers as a
definition-list box --, and flood sandbag collection-point panels on stories about sandbags handed out before a flood
-- the depots with their opening windows and how many bags a household may take as a list, the same as a table, the
"request a sandbag delivery" link, the allowance per household by depot as a definition-list strip --), their
wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..76, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h75 and h76
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.  The tables' heads (DEFIB_HEAD, RUN_HEAD, SANDBAG_HEAD) are the web teams' generic strings and
not checked; the rows themselves (DEFIB_CABINETS, RUN_RESULTS, RUN_SUMMARY, SANDBAG_DEPOTS) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link among them may be run into a paragraph instead): defibrillator locators on an English village's
phone-box defibrillator used twice in its first month (the nearest-cabinets list), a German village's defibrillator
in its old telephone box (the table), a French newsletter's search for the marsh's eleven defibrillators (the French
new-layout page: the find-a-defibrillator link, run into the last paragraph) and a Russian town's defibrillators in
its parks (the cabinets panel); run results on an English town's Saturday 5k on the sea wall reaching its 200th run
(the English new-layout page: the finishers list), an English junior 2k starting on a recreation ground (the results
table), a Turkish seaside Saturday 5k's first year (the volunteer-roster link, run into a paragraph) and a Spanish
park's hundredth Saturday 5k (the at-a-glance box); sandbag panels on an English district's three depots as the Ouse
rises (the depots list), German villages handing out sandbags as the Aue floods (the table), a French commune's own
notice on its sandbag handout (a commune on TYPO3: the request-a-delivery link, run into the first paragraph) and a
Russian town's sandbags before the spring flood (the allowance strip).  Earlier families that need a reason in the
story are placed the same way (a calendar on a repair café's next session, a map on a foot ferry across the
estuary, a gallery on a Heimatverein's restored bakehouse); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": the two newsletters on beehiiv and an
independent courtyard publication on Medium, which print no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only the appeal for money; a German Heimatverein's uCoz site --
a small site --; a French commune's own page on TYPO3 -- no newspaper furniture --); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the find-a-defibrillator link, the roster link, the request-a-delivery
link; only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at
random; no story of this part asks for one).  On the new layout, residue the writer pasted sits in beehiiv's HTML
snippet blocks (div.htmlSnippet) between the post's blocks.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on magazine, gutenberg, sanity and wordpress), italics (a one-line quote on both new-layout pages,
on semantic and on medium), bold (a one-line paragraph on both new-layout pages, on nextjs and on medium), a
highlighted sentence (a <mark> with an inline colour from beehiiv's editor on both new-layout pages, a <mark> on
quintype), a paragraph in a box (a Gutenberg group, the magazine's panel, a CKEditor style on drupal), a fact box
holding a subheading and its list (a Fusion custom embed: a lock in numbers), a Ghost callout card (how to join the
Saturday run), a paragraph typed after a <br> (a soft return in beehiiv's editor on both new-layout pages, and on
chunks, hugo and amp); story structures that look like furniture but are the story: question-and-answer interviews
(questions typed in bold, some of a few words -- "Your worst night at sea?", "And the best shout?", "What now?",
"Kaç kişi taşıdınız?", "Et c'est quoi ?", "Un souvenir ?" --, in English, Turkish and French: a lifeboat coxswain
after 31 years, a boatman after 35, a lock-keeper after 30), lists inside the story (what to do if someone collapses,
what an allotment society changed, how a Heimatverein's bakehouse will bake, how to lay sandbags in German and in
Russian, what a new library has, what a courtyard did to its boat station, a lock in numbers), crossheads as
headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("He is now back at work.", "Nobody
has ever been blown into the marsh.", "“I came for the bacon roll and stayed for four years.”", "It took 40
minutes, a new fuse and a lot of tutting.", "Binanın çatısı iki kez çöktü.", "Nous en avons trouvé neuf.", "El
récord sigue siendo de 2024.", "Денег не было ни у кого.", "Прохожий сразу начал массаж сердца."), a closing line
with practical information (a Saturday run's start, a defibrillator session, the next high tide, a repair café's
next date, a junior run's start, season tickets and text alerts, an allotment waiting list, a youth centre's
opening, a boatman's timetable, a course in the Dorfgemeinschaftshaus, the next Backtag, a Bürgertelefon, a
lock-keeper's send-off, a market's hours, a library's hours, a boat station's season, a first-aid class), and story
sentences that mention furniture words in ordinary reporting ("Подписывайтесь на нашу рассылку, делитесь с
соседями, пишите нам" opening a story, "Passengers can also sign up for text alerts" and "contact Mrs Carrow through
the town council office" closing stories, "Die Fotos vom Pfingstsonntag hat Hinrich gemacht", "Merci aux lecteurs qui
nous ont envoyé des photos", "Las fotos antiguas del mercado ... pueden verse"), some at the start or end of the
story where furniture usually sits.  Two pages carry no residue at all (an English and a Turkish interview) and one
only its correction line (an English harbour wall repair).
One page layout is new (beehiiv: a post of a local newsletter publication hosted on beehiiv, on two pages, an
English and a French one), rendered as beehiiv's web app serves it: the post URL (<publication>.beehiiv.com/p/<slug>)
and beehiiv's image CDN addresses (media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,
quality=80/uploads/asset/file/<uuid>/...); the head (charset, viewport, the headline as the title, description, og,
twitter and article metas, canonical link, the publication's logo as favicon, the preconnect to the CDN, the
preloaded Inter font and the Tailwind and root stylesheets of the build, the NewsArticle JSON-LD, the publication's
primary colour as a CSS variable); div#root with the sticky publication header (logo and name, navigation, Login and
Subscribe), the post header (tag chips, h1 title, h2 subtitle, the author's avatar, name and date, the share
buttons), the thumbnail, then the rendered post (div.dream-post-content-doc > div#content-blocks.rendered-post: the
story as p.paragraph, h2.heading with ids, ul / ol with li > p.paragraph, div.blockquote, an hr.content_break before
the first subheading, a div.image block with img.image__image and its caption in div.image__source in the middle of
the story (this layout's own residue in the container), residue in div.htmlSnippet blocks), then the post's
subscribe form, the upgrade box, the like / comments row, "Keep reading" (three of the publication's posts with their
subtitles and dates) and "Recommended" (two other newsletters with subscribe links); the footer (the publication's
name, tagline and footer line, its social links, Home / Posts / Privacy policy / Terms of use, the copyright, the
"Powered by beehiiv" badge and the report-abuse link); the cookie consent banner (accept all, reject all, manage
preferences); window.__remixContext with the route data and the Remix entry module imports.  The platform's strings
(BEEHIIV_CORE, per language) are left as beehiiv ships them and not checked; the publications' own strings
(BEEHIIV_SITES: tagline, navigation, tags, the "Keep reading" posts, the recommended newsletters, footer line) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h75 or h76 gave it (9 English pages, 3 in each other language: English on chunks, legacy-br,
portal, magazine, gutenberg, cms, quintype and regional; Turkish on nextjs, ghost and table; German on sanity, ucoz
and drupal; French on fusion and typo3; Spanish on hugo, semantic and storybody; Russian on medium, amp and
wordpress); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout76.py, so that make_pages.py can import this module and merge it the same way. Standard
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
import make_heldout73 as mp73  # noqa: E402
import make_heldout74 as mp74  # noqa: E402
import make_heldout75 as mp75  # noqa: E402
import make_heldout76 as mp76  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h77_en import ARTICLES as H77_EN  # noqa: E402
from articles_h77_intl import ARTICLES as H77_INTL  # noqa: E402



ARTICLES = H77_EN + H77_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76)
# parts whose layouts' languages this part avoids (the two before it; h78 is written at the same time)
LANG_PARTS = (mp75, mp76)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h77"





# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Saltcote and Estuary Mercury", "Wrayholme Tideline", "Fenway Marsh Courier", "Horsey Point Packet",
           "Chandler's Quay Observer", "Ouse Mouth Weekly", "Hollins Fen Journal", "Ashwell Green Bugle"],
    "tr": ["Çınarlı Sahil Postası", "Kumsal Kıyı Gazetesi", "Adacık Delta Haberleri"],
    "de": ["Wettenbütteler Marschbote", "Auetaler Deichkurier"],
    "fr": ["L'Écho de l'Estuaire"],
    "es": ["El Correo de la Ribera del Soto", "Diario de las Marismas de Zubieta", "La Gaceta del Soto"],
    "ru": ["Приозёрская правда поречья", "Лукинский береговой вестник"],
}
# sites fixed per page (the two beehiiv publications, a German Heimatverein on uCoz, a French commune's own site on
# TYPO3, an independent Russian courtyard publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h76 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The tide-gauge webcam on the quay only loads once you switch on video cookies", "Turn on map cookies to show the marsh footpaths on this map"],
        "tr": ["Rıhtımdaki gelgit kamerası ancak video çerezlerini açtığınızda yükleniyor", "Delta yürüyüş yollarını bu haritada görmek için harita çerezlerini açın"],
        "de": ["Die Pegel-Webcam am Kai lädt erst, wenn Sie Video-Cookies einschalten", "Schalten Sie Karten-Cookies ein, um die Wege durch die Marsch auf dieser Karte zu sehen"],
        "fr": ["La webcam du marégraphe sur le quai ne se charge qu'après activation des cookies vidéo", "Activez les cookies de cartographie pour afficher les sentiers de l'estuaire"],
        "es": ["La webcam del mareógrafo del muelle solo se carga si activas las cookies de vídeo", "Activa las cookies de mapas para ver los senderos de la ribera en este plano"],
        "ru": ["Веб-камера водомерного поста на причале загрузится, только если включить видео-cookie", "Включите картографические cookie, чтобы увидеть тропы поречья на карте"],
    },
    "newsletter": {
        "en": ["High Water: the estuary's news in your inbox before the morning tide", "You've reached your free Marshland stories for the month: sign in to keep reading", "No owner, no shareholders, just readers: chip in a few pounds to keep {site} afloat"],
        "tr": ["Kabarma: delta haberleri sabah gelgitinden önce e-posta kutunuzda", "Bu ayki ücretsiz delta haberlerinizi bitirdiniz: okumaya devam etmek için giriş yapın", "Patronumuz, ortağımız yok, sadece okurlarımız var: {site} su üstünde kalsın diye birkaç lira destek verin"],
        "de": ["Hochwasser-Post: die Nachrichten aus der Marsch vor der Morgenflut im Postfach", "Ihre freien Marsch-Artikel für diesen Monat sind aufgebraucht: Anmelden und weiterlesen", "Kein Verlag, keine Aktionäre, nur Leser: ein paar Euro halten {site} über Wasser"],
        "fr": ["Marée haute : les nouvelles de l'estuaire dans votre boîte avant la marée du matin", "Vous avez lu vos articles gratuits de l'estuaire ce mois-ci : connectez-vous pour continuer", "Ni patron ni actionnaires, seulement des lecteurs : quelques euros pour garder {site} à flot"],
        "es": ["Pleamar: las noticias de la ribera en tu correo antes de la marea de la mañana", "Has agotado tus noticias gratis de la ribera este mes: inicia sesión para seguir leyendo", "Sin dueños ni accionistas, solo lectores: unos euros para que {site} siga a flote"],
        "ru": ["«Большая вода»: новости поречья в вашей почте раньше утреннего прилива", "Бесплатные материалы поречья на этот месяц закончились: войдите, чтобы читать дальше", "Ни хозяев, ни акционеров, только читатели: поддержите «{site}», чтобы мы держались на плаву"],
    },
    "share": {
        "en": ["Send it down the estuary: Facebook · WhatsApp · Threads · Email", "Know someone on the quay who ought to read this — forward it on ›"],
        "tr": ["Delta boyunca gönderin: Facebook · WhatsApp · Threads · E-posta", "Rıhtımda bunu okuması gereken birini tanıyorsanız ona da iletin ›"],
        "de": ["Die Marsch entlang schicken: Facebook · WhatsApp · Threads · E-Mail", "Kennen Sie jemanden am Kai, der das lesen sollte, dann leiten Sie es weiter ›"],
        "fr": ["Faites-le remonter l'estuaire : Facebook · WhatsApp · Threads · Courriel", "Vous connaissez quelqu'un sur le quai qui devrait lire ça : transférez-le ›"],
        "es": ["Que corra por la ribera: Facebook · WhatsApp · Threads · Correo", "Si conoces a alguien del muelle que debería leer esto, reenvíaselo ›"],
        "ru": ["Отправьте по всему поречью: ВКонтакте · Telegram · Одноклассники · Почта", "Если это стоит прочитать кому-то с вашего причала, перешлите ему ›"],
    },
    "photo": {
        "en": ["Picture: sent in to the Marshland photo inbox", "Taken on the sea wall by a {site} reader"],
        "tr": ["Fotoğraf: delta fotoğraf kutusuna gönderildi", "Bir {site} okuru tarafından dalgakıranda çekildi"],
        "de": ["Bild: an das Foto-Postfach der Marsch geschickt", "Am Deich aufgenommen von einem Leser von {site}"],
        "fr": ["Photo : envoyée à la boîte photo de l'estuaire", "Prise sur la digue par une lectrice de {site}"],
        "es": ["Foto: enviada al buzón fotográfico de la ribera", "Tomada en el malecón por un lector de {site}"],
        "ru": ["Фото прислано в фотоящик поречья", "Снято на дамбе читателем «{site}»"],
    },
    "copyright": {
        "en": ["© {site} 2026 — no part of this estuary report may be copied without the editor's written say-so."],
        "tr": ["© {site} 2026 — bu delta haberinin hiçbir bölümü editörün yazılı onayı olmadan kopyalanamaz."],
        "de": ["© {site} 2026 — kein Teil dieses Berichts aus der Marsch darf ohne schriftliches Okay der Redaktion kopiert werden."],
        "fr": ["© {site} 2026 — aucune partie de cet article de l'estuaire ne peut être copiée sans l'accord écrit de la rédaction."],
        "es": ["© {site} 2026 — ninguna parte de esta información de la ribera puede copiarse sin el visto bueno por escrito de la dirección."],
        "ru": ["© «{site}», 2026 — ни одну часть этого материала поречья нельзя копировать без письменного согласия редактора."],
    },
    "section": {
        "en": ["Fresh off the estuary: {section}", "The whole {section} file from the marsh ›"],
        "tr": ["Deltadan taze: {section}", "Deltadan bütün {section} dosyası ›"],
        "de": ["Frisch aus der Marsch: {section}", "Das ganze {section}-Dossier aus der Marsch ›"],
        "fr": ["Tout frais de l'estuaire : {section}", "Tout le dossier {section} de l'estuaire ›"],
        "es": ["Recién llegado de la ribera: {section}", "Todo el expediente de {section} de la ribera ›"],
        "ru": ["Свежее из поречья: {section}", "Вся подборка «{section}» из поречья ›"],
    },
    "related": {
        "en": ["Meanwhile, along the estuary", "More tides turned by our Marshland reporters"],
        "tr": ["Bu arada delta boyunca", "Delta muhabirlerimizden başka haberler"],
        "de": ["Derweil an der Marsch", "Mehr von unseren Reportern hinterm Deich"],
        "fr": ["Pendant ce temps, le long de l'estuaire", "D'autres articles de nos reporters de l'estuaire"],
        "es": ["Mientras tanto, por la ribera", "Más de nuestros reporteros de la ribera"],
        "ru": ["А тем временем в поречье", "Другие материалы наших корреспондентов поречья"],
    },
    "symbol": {
        "*": ["〰 〰 〰 〰 〰", "≈ ≈ ≈ ≈ ≈ ≈", "⚓ ⋅ ⚓ ⋅ ⚓ ⋅ ⚓", "~ ◦ ~ ◦ ~ ◦ ~"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} estuary desk", "Our Fenway correspondent contributed to this report"],
        "tr": ["Habere {site} delta masası da katkıda bulundu", "Kumsal muhabirimiz bu haberin hazırlanmasına katkı verdi"],
        "de": ["Mitarbeit: die Marsch-Redaktion von {site}", "Unser Korrespondent hinterm Deich hat zu diesem Bericht beigetragen"],
        "fr": ["Avec la participation du bureau de l'estuaire de {site}", "Notre correspondant des marais a contribué à cet article"],
        "es": ["Con la colaboración de la mesa de la ribera de {site}", "Nuestro corresponsal de las marismas ha colaborado en esta información"],
        "ru": ["При участии отдела поречья «{site}»", "В подготовке материала участвовал наш корреспондент с дамбы"],
    },
    "ad": {
        "en": ["Advertisement · the estuary story resumes below", "Reach every household from the quay to the fen: advertise with {site} from £9 a week"],
        "tr": ["Reklam · delta haberi aşağıda sürüyor", "Rıhtımdan sazlığa her haneye ulaşın: {site} reklamları haftalık 250 liradan"],
        "de": ["Anzeige · der Marsch-Artikel geht unten weiter", "Jeden Haushalt vom Kai bis zum Moor erreichen: Anzeigen bei {site} ab 9 € pro Woche"],
        "fr": ["Publicité · l'article de l'estuaire reprend ci-dessous", "Touchez chaque foyer du quai au marais : publicité avec {site} dès 9 € la semaine"],
        "es": ["Publicidad · la noticia de la ribera continúa debajo", "Llega a cada casa del muelle a la marisma: anúnciate en {site} desde 9 € a la semana"],
        "ru": ["Реклама · материал поречья продолжится ниже", "Обращайтесь к каждой семье от причала до болот: реклама в «{site}» от 900 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep reading the whole estuary report", "Open up the rest of this Marshland story ▾"],
        "tr": ["Delta haberinin tamamını okumaya devam edin", "Bu delta haberinin devamını açın ▾"],
        "de": ["Den ganzen Bericht aus der Marsch weiterlesen", "Den Rest dieses Marsch-Artikels öffnen ▾"],
        "fr": ["Continuer la lecture de tout l'article de l'estuaire", "Ouvrir la suite de cet article de l'estuaire ▾"],
        "es": ["Sigue leyendo toda la noticia de la ribera", "Abre el resto de esta noticia de la ribera ▾"],
        "ru": ["Читать материал поречья полностью", "Открыть продолжение материала поречья ▾"],
    },
    "comments": {
        "en": ["{n} estuary readers have had their say", "See what {n} readers on the marsh are saying ›"],
        "tr": ["{n} delta okuru görüşünü yazdı", "Deltadaki {n} okurun ne dediğine bakın ›"],
        "de": ["{n} Leser aus der Marsch haben mitdiskutiert", "Lesen Sie, was {n} Leser hinterm Deich sagen ›"],
        "fr": ["{n} lecteurs de l'estuaire ont donné leur avis", "Voir ce que disent {n} lecteurs des marais ›"],
        "es": ["{n} lectores de la ribera han opinado", "Mira lo que dicen {n} lectores de las marismas ›"],
        "ru": ["{n} читателей поречья высказались", "Посмотреть, что пишут {n} читателей с дамбы ›"],
    },
    "readtime": {
        "en": ["Estuary read · {m} min", "This one will take you about {m} minutes, roughly one tide-table check"],
        "tr": ["Delta okuması · {m} dk", "Bu haber yaklaşık {m} dakikanızı alacak"],
        "de": ["Marsch-Lektüre · {m} Min.", "Dieser Artikel dauert etwa {m} Minuten, so lange wie ein Blick auf den Tidenkalender"],
        "fr": ["Lecture de l'estuaire · {m} min", "Cet article vous prendra environ {m} minutes, le temps de consulter l'horaire des marées"],
        "es": ["Lectura de la ribera · {m} min", "Esta noticia te llevará unos {m} minutos, lo que se tarda en mirar la tabla de mareas"],
        "ru": ["Чтение поречья · {m} мин", "Этот материал займёт около {m} минут"],
    },
    "updated": {
        "en": ["Revised by the estuary desk on {d} at {t}", "Updated {d}, {t}: adds the Environment Agency's latest readings"],
        "tr": ["Delta masası tarafından {d}, {t} itibarıyla yenilendi", "{d}, {t} güncellemesi: son ölçümler eklendi"],
        "de": ["Von der Marsch-Redaktion überarbeitet am {d} um {t} Uhr", "Aktualisiert {d}, {t} Uhr: mit den neuesten Pegelständen"],
        "fr": ["Révisé par le bureau de l'estuaire le {d} à {t}", "Mis à jour le {d}, {t} : avec les derniers relevés"],
        "es": ["Revisado por la mesa de la ribera el {d} a las {t}", "Actualizado el {d}, {t}: con las últimas mediciones"],
        "ru": ["Обновлено отделом поречья {d} в {t}", "Дополнено {d}, {t}: последние замеры уровня воды"],
    },
    "audio": {
        "en": ["▶ Listen to this estuary report ({m} min)", "Rather listen on the sea wall: this story read aloud runs {m} minutes"],
        "tr": ["▶ Bu delta haberini dinleyin ({m} dk)", "Dalgakıranda dinlemek isterseniz sesli haber {m} dakika sürüyor"],
        "de": ["▶ Diesen Bericht aus der Marsch anhören ({m} Min.)", "Lieber am Deich hören: vorgelesen dauert der Artikel {m} Minuten"],
        "fr": ["▶ Écouter cet article de l'estuaire ({m} min)", "Plutôt écouter sur la digue : lu à voix haute, l'article dure {m} minutes"],
        "es": ["▶ Escucha esta noticia de la ribera ({m} min)", "Mejor escucharla en el malecón: leída en voz alta dura {m} minutos"],
        "ru": ["▶ Послушать материал поречья ({m} мин)", "Удобнее слушать на дамбе: аудиоверсия длится {m} минут"],
    },
    "app": {
        "en": ["Flood alerts and estuary news, straight to your phone: download the {site} app", "Carry on in the estuary app ›"],
        "tr": ["Taşkın uyarıları ve delta haberleri doğrudan telefonunuza: {site} uygulamasını indirin", "Delta uygulamasında devam edin ›"],
        "de": ["Hochwasserwarnungen und Nachrichten aus der Marsch direkt aufs Handy: die App von {site}", "In der Marsch-App weiterlesen ›"],
        "fr": ["Alertes crues et nouvelles de l'estuaire sur votre téléphone : téléchargez l'appli {site}", "Continuer dans l'appli de l'estuaire ›"],
        "es": ["Avisos de crecida y noticias de la ribera en tu móvil: descarga la app de {site}", "Seguir en la app de la ribera ›"],
        "ru": ["Предупреждения о паводке и новости поречья прямо в телефон: скачайте приложение «{site}»", "Продолжить в приложении поречья ›"],
    },
    "bio": {
        "en": ["{by} covers {section} along the estuary for {site} and rows a gig on Sunday mornings.", "More estuary reporting by {by} ›"],
        "tr": ["{by}, {site} için delta boyunca {section} haberlerini izliyor ve pazar sabahları kürek çekiyor.", "{by} imzalı diğer delta haberleri ›"],
        "de": ["{by} berichtet für {site} entlang der Marsch über {section} und rudert sonntags im Kutter.", "Weitere Berichte von {by} aus der Marsch ›"],
        "fr": ["{by} suit la rubrique {section} le long de l'estuaire pour {site} et rame en yole le dimanche matin.", "D'autres articles de l'estuaire signés {by} ›"],
        "es": ["{by} cubre {section} en la ribera para {site} y rema en trainera los domingos por la mañana.", "Más noticias de la ribera firmadas por {by} ›"],
        "ru": ["{by} пишет о теме «{section}» в поречье для «{site}» и по воскресеньям ходит на вёслах.", "Другие материалы поречья автора {by} ›"],
    },
    "tip": {
        "en": ["Got a story from the estuary? newsdesk@marshland-news.example", "WhatsApp the Marshland newsroom: 07700 900 277"],
        "tr": ["Deltadan bir haberiniz mi var? haber@delta-haber.example", "Delta haber merkezine WhatsApp'tan yazın: 0 (532) 900 27 70"],
        "de": ["Eine Geschichte aus der Marsch? redaktion@marsch-nachrichten.example", "Per WhatsApp an die Marsch-Redaktion: 0151 900 27 70"],
        "fr": ["Une info dans l'estuaire ? redaction@estuaire-infos.example", "Écrivez sur WhatsApp à la rédaction de l'estuaire : 06 00 90 27 70"],
        "es": ["¿Tienes una noticia de la ribera? redaccion@ribera-noticias.example", "Escribe por WhatsApp a la redacción de la ribera: 600 900 277"],
        "ru": ["Есть новость из поречья? redakciya@porechye-news.example", "Пишите в WhatsApp редакции поречья: +7 900 000-27-70"],
    },
    "typo": {
        "en": ["Found a mistake in this estuary story? Select the words and hit Ctrl+Enter to let us know"],
        "tr": ["Bu delta haberinde bir hata mı buldunuz? Kelimeleri seçip Ctrl+Enter'a basarak bize bildirin"],
        "de": ["Einen Fehler in diesem Marsch-Artikel gefunden? Wörter markieren und Strg+Enter drücken"],
        "fr": ["Une faute dans cet article de l'estuaire ? Sélectionnez les mots et tapez Ctrl+Entrée pour nous prévenir"],
        "es": ["¿Has encontrado un fallo en esta noticia de la ribera? Marca esas palabras y pulsa Ctrl+Intro para que la redacción lo sepa"],
        "ru": ["Нашли ошибку в материале поречья? Выделите эти слова и нажмите Ctrl+Enter, редакция поречья поправит"],
    },
    "push": {
        "en": ["Want an alert when the estuary makes the news? Yes, alert me · Maybe later"],
        "tr": ["Delta haberlere konu olduğunda uyarı ister misiniz? Evet, uyarın · Belki sonra"],
        "de": ["Möchten Sie eine Meldung, wenn die Marsch in den Nachrichten ist? Ja, melden · Vielleicht später"],
        "fr": ["Une alerte quand l'estuaire fait l'actualité ? Oui, alertez-moi · Plus tard peut-être"],
        "es": ["¿Quieres un aviso cuando la ribera sea noticia? Sí, avisadme · Quizá luego"],
        "ru": ["Присылать уведомление, когда поречье попадает в новости? Да, присылайте · Может быть, позже"],
    },
    "print": {
        "en": ["For the fridge door: Print · Download PDF · Send by email", "Printer-friendly estuary edition ›"],
        "tr": ["Buzdolabı kapağı için: Yazdır · PDF indir · E-postayla gönder", "Yazıcı dostu delta sürümü ›"],
        "de": ["Für die Kühlschranktür: Drucken · PDF laden · Per E-Mail senden", "Druckfreundliche Marsch-Ausgabe ›"],
        "fr": ["Pour la porte du frigo : Imprimer · Télécharger le PDF · Envoyer par courriel", "Édition de l'estuaire à imprimer ›"],
        "es": ["Para la puerta de la nevera: Imprimir · Descargar PDF · Enviar por correo", "Edición de la ribera para imprimir ›"],
        "ru": ["Для дверцы холодильника: Печать · Скачать PDF · Отправить по почте", "Версия поречья для принтера ›"],
    },
    "feedback": {
        "en": ["Was this estuary story useful to you? Spot on · Half useful · Missed the mark"],
        "tr": ["Bu delta haberi işinize yaradı mı? Tam isabet · Yarı yarıya · Işkadan çıktı"],
        "de": ["War dieser Artikel aus der Marsch nützlich für Sie? Volltreffer · Halbwegs · Daneben"],
        "fr": ["Cet article de l'estuaire vous a-t-il été utile ? En plein dans le mille · À moitié · À côté"],
        "es": ["¿Te ha sido útil esta noticia de la ribera? En el clavo · A medias · Ni de lejos"],
        "ru": ["Был ли вам полезен этот материал поречья? В самую точку · Наполовину · Мимо"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code on every estuary title. Complaints about this report go to standards@marshland-news.example."],
        "tr": ["{site}, bütün delta yayınlarında gazetecilik ilkelerine uyar. Bu haberle ilgili şikâyetler ilkeler@delta-haber.example adresine."],
        "de": ["{site} folgt in allen Marsch-Titeln dem Pressekodex. Beschwerden zu diesem Bericht an kodex@marsch-nachrichten.example."],
        "fr": ["{site} applique la charte de déontologie dans tous ses titres de l'estuaire. Réclamations sur cet article : deontologie@estuaire-infos.example."],
        "es": ["{site} aplica el código deontológico en todas sus cabeceras de la ribera. Reclamaciones sobre esta noticia: etica@ribera-noticias.example."],
        "ru": ["«{site}» соблюдает профессиональный кодекс во всех изданиях поречья. Претензии к материалу: etika@porechye-news.example."],
    },
    "topics": {
        "en": ["Tagged: {section} · The estuary · Coast and marsh", "Follow {section} on the estuary ›"],
        "tr": ["Etiketler: {section} · Delta · Kıyı ve sazlık", "Deltada {section} konusunu takip edin ›"],
        "de": ["Schlagworte: {section} · Marsch · Küste und Moor", "{section} in der Marsch folgen ›"],
        "fr": ["Mots-clés : {section} · L'estuaire · Côte et marais", "Suivre {section} dans l'estuaire ›"],
        "es": ["Etiquetas: {section} · La ribera · Costa y marisma", "Sigue {section} en la ribera ›"],
        "ru": ["Теги: {section} · Поречье · Берег и болота", "Следить за темой «{section}» в поречье ›"],
    },
    "bookmark": {
        "en": ["⚑ Pin this to your estuary reading list"],
        "tr": ["⚑ Bunu delta okuma listenize iğneleyin"],
        "de": ["⚑ Auf Ihre Marsch-Leseliste setzen"],
        "fr": ["⚑ Épingler dans votre liste de lecture de l'estuaire"],
        "es": ["⚑ Fíjalo en tu lista de lectura de la ribera"],
        "ru": ["⚑ Закрепить в списке чтения поречья"],
    },
    "poll": {
        "en": ["Quick vote: should the estuary towns do the same? Yes · Not sure · No", "Estuary results appear after you vote"],
        "tr": ["Hızlı oylama: delta kasabaları da aynısını yapmalı mı? Evet · Emin değilim · Hayır", "Delta sonuçları oy verdikten sonra görünür"],
        "de": ["Kurz abgestimmt: Sollten die Orte in der Marsch das auch machen? Ja · Weiß nicht · Nein", "Die Marsch-Ergebnisse erscheinen nach der Abstimmung"],
        "fr": ["Vote express : les communes de l'estuaire devraient-elles faire pareil ? Oui · Je ne sais pas · Non", "Les résultats de l'estuaire s'affichent après le vote"],
        "es": ["Vota rápido: ¿deberían hacer lo mismo los pueblos de la ribera? Sí · No lo sé · No", "Los resultados de la ribera aparecen cuando votas"],
        "ru": ["Быстрый опрос: стоит ли так же сделать в других сёлах поречья? Да · Не знаю · Нет", "Итоги по поречью появятся после голосования"],
    },
    "embed": {
        "en": ["View this post by {handle} from the estuary on Instagram", "{handle} filmed it from the sea wall: play on YouTube"],
        "tr": ["{handle} hesabının deltadan paylaştığı bu gönderiyi Instagram'da görün", "{handle} dalgakırandan çekti: YouTube'da oynatın"],
        "de": ["Diesen Beitrag von {handle} aus der Marsch auf Instagram ansehen", "{handle} hat es vom Deich gefilmt: auf YouTube abspielen"],
        "fr": ["Voir cette publication de {handle} depuis l'estuaire sur Instagram", "{handle} l'a filmé depuis la digue : lire sur YouTube"],
        "es": ["Ver esta publicación de {handle} desde la ribera en Instagram", "{handle} lo grabó desde el malecón: reproducir en YouTube"],
        "ru": ["Смотреть эту публикацию {handle} из поречья в Instagram", "{handle} снял это с дамбы: смотреть на YouTube"],
    },
    "gallery": {
        "en": ["▣ Gallery: {g} pictures", "Swipe through {g} shots from the estuary ›"],
        "tr": ["▣ Galeri: {g} fotoğraf", "Deltadan {g} kareyi kaydırarak görün ›"],
        "de": ["▣ Bildergalerie: {g} Fotos", "{g} Aufnahmen aus der Marsch durchwischen ›"],
        "fr": ["▣ Galerie : {g} images", "Faites défiler {g} clichés de l'estuaire ›"],
        "es": ["▣ Galería: {g} imágenes", "Desliza por {g} fotos de la ribera ›"],
        "ru": ["▣ Галерея: {g} снимков", "Пролистайте {g} кадров из поречья ›"],
    },
    "map": {
        "en": ["See the crossing on a bigger estuary map", "Get there: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Geçişi daha büyük delta haritasında görün", "Ulaşım: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Die Strecke auf einer größeren Marsch-Karte ansehen", "Anreise in die Marsch: Google Maps · Apple Karten · OsmAnd"],
        "fr": ["Voir le trajet sur une plus grande carte de l'estuaire", "S'y rendre : Google Maps · Plans · Géoportail"],
        "es": ["Ver el recorrido en un mapa más grande de la ribera", "Cómo llegar: Google Maps · Mapas de Apple · Visor del IGN"],
        "ru": ["Посмотреть маршрут на большой карте поречья", "Как добраться: Яндекс Карты · 2ГИС · OsmAnd"],
    },
    "calendar": {
        "en": ["Save the estuary date: Google · Outlook · Apple Calendar", "Remind me the evening before ›"],
        "tr": ["Delta tarihini kaydedin: Google · Outlook · Apple Takvim", "Bir gün önceki akşam bana hatırlat ›"],
        "de": ["Termin speichern: Google · Outlook · Apple Kalender", "Am Vorabend erinnern ›"],
        "fr": ["Réservez la date : Google · Outlook · Calendrier Apple", "Me le rappeler la veille au soir ›"],
        "es": ["Guarda la fecha de la ribera: Google · Outlook · Calendario de Apple", "Recuérdamelo la tarde anterior ›"],
        "ru": ["Сохранить дату: Google · Outlook · Календарь Apple", "Напомнить накануне вечером ›"],
    },
    "scores": {
        "en": ["Every estuary league result from the weekend ›", "Results hub: Fixtures · Results · Tables · Top scorers"],
        "tr": ["Hafta sonunun bütün delta ligi sonuçları ›", "Sonuç merkezi: Fikstür · Sonuçlar · Puan tabloları · Gol krallığı"],
        "de": ["Alle Ergebnisse der Marsch-Ligen vom Wochenende ›", "Ergebnisdienst: Spielplan · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats du week-end dans les ligues de l'estuaire ›", "Espace résultats : Calendrier · Résultats · Classements · Meilleurs buteurs"],
        "es": ["Todos los resultados del fin de semana en las ligas de la ribera ›", "Centro de resultados: Calendario · Resultados · Clasificaciones · Máximos goleadores"],
        "ru": ["Все результаты выходных в лигах поречья ›", "Центр результатов поречья: Календарь · Результаты · Таблицы · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This estuary report has been amended since it was first published."],
        "tr": ["Bu delta haberi ilk yayımlandıktan sonra değiştirildi."],
        "de": ["Dieser Bericht aus der Marsch wurde seit der ersten Veröffentlichung geändert."],
        "fr": ["Cet article de l'estuaire a été modifié depuis sa première publication."],
        "es": ["Esta noticia de la ribera se ha modificado desde su primera publicación."],
        "ru": ["Этот материал поречья изменён после первой публикации."],
    },
    # the three families new in this part
    "defiblocator": {
        "en": ["Your nearest defibrillators", "Public access defibrillators near you: cabinet, access and hours", "Find a defibrillator near you ›", "Defibrillator cabinets in this area"],
        "tr": ["Size en yakın defibrilatörler", "Yakınınızdaki halka açık defibrilatörler: dolap, erişim ve saatler", "Yakınınızdaki defibrilatörü bulun ›", "Bu bölgedeki defibrilatör dolapları"],
        "de": ["Defibrillatoren in Ihrer Nähe", "Öffentliche Defibrillatoren: Standort, Zugang und Zeiten", "Den nächsten Defibrillator finden ›", "Defi-Standorte in diesem Gebiet"],
        "fr": ["Les défibrillateurs les plus proches", "Défibrillateurs en accès public : emplacement, accès et horaires", "Trouver un défibrillateur près de chez vous ›", "Boîtiers de défibrillateurs du secteur"],
        "es": ["Tus desfibriladores más cercanos", "Desfibriladores de acceso público: ubicación, acceso y horario", "Encuentra un desfibrilador cerca de ti ›", "Cabinas de desfibriladores de la zona"],
        "ru": ["Ближайшие к вам дефибрилляторы", "Дефибрилляторы общего доступа рядом: место, доступ и часы", "Найти дефибриллятор рядом ›", "Шкафы с дефибрилляторами в этом районе"],
    },
    "parkrunresults": {
        "en": ["This week's run results", "Saturday 5k: finishers and times", "See the volunteer roster ›", "Latest results at a glance"],
        "tr": ["Bu haftaki koşu sonuçları", "Cumartesi 5K: bitirenler ve süreler", "Gönüllü listesine bakın ›", "Son sonuçlar bir bakışta"],
        "de": ["Laufergebnisse dieser Woche", "Samstags-5-km: Zieleinläufe und Zeiten", "Zum Helferplan ›", "Die letzten Ergebnisse auf einen Blick"],
        "fr": ["Résultats de la course de la semaine", "5 km du samedi : arrivants et temps", "Voir le planning des bénévoles ›", "Derniers résultats en bref"],
        "es": ["Resultados de la carrera de esta semana", "5 km del sábado: llegados y tiempos", "Ver el cuadrante de voluntarios ›", "Últimos resultados de un vistazo"],
        "ru": ["Результаты забега этой недели", "Субботние 5 км: финишировавшие и время", "Посмотреть график волонтёров ›", "Последние результаты коротко"],
    },
    "sandbagpoints": {
        "en": ["Sandbag collection points", "Where to get sandbags: depots and opening times", "Request a sandbag delivery ›", "Sandbags: how many per household"],
        "tr": ["Kum torbası dağıtım noktaları", "Kum torbası nereden alınır: depolar ve açılış saatleri", "Kum torbası teslimatı isteyin ›", "Kum torbası: hane başına kaç tane"],
        "de": ["Sandsack-Ausgabestellen", "Wo es Sandsäcke gibt: Ausgabestellen und Zeiten", "Sandsack-Lieferung anfordern ›", "Sandsäcke: so viele pro Haushalt"],
        "fr": ["Points de retrait des sacs de sable", "Où retirer des sacs de sable : dépôts et horaires", "Demander une livraison de sacs de sable ›", "Sacs de sable : combien par foyer"],
        "es": ["Puntos de recogida de sacos terreros", "Dónde recoger sacos terreros: depósitos y horarios", "Pide que te lleven sacos terreros ›", "Sacos terreros: cuántos por vivienda"],
        "ru": ["Пункты выдачи мешков с песком", "Где получить мешки с песком: пункты и часы работы", "Заказать доставку мешков ›", "Мешки с песком: сколько на один дом"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"defiblocator": [0, 1, 2, 3], "parkrunresults": [0, 1, 2, 3], "sandbagpoints": [0, 1, 2, 3]}
# the public-access defibrillators: cabinet, how to open it, availability
DEFIB_CABINETS = {
    "en": [("Old phone kiosk, Ashwell Green", "code from the 999 call handler", "24 hours, heated cabinet"), ("Ashwell Village Hall, north porch", "unlocked cabinet", "24 hours, lit at night"), ("Kelby Road surgery", "ask at the reception desk", "weekdays 8am to 6pm")],
    "tr": [("Çınarlı İskele Meydanı", "şifre 112 görevlisinden", "7/24, ısıtmalı dolap"), ("Kumsal Parkı giriş kapısı", "kilitsiz dolap", "7/24, gece aydınlatmalı")],
    "de": [("Alte Telefonzelle, Dorfplatz Wettenbüttel", "Code von der Leitstelle (112)", "rund um die Uhr, beheizter Kasten"), ("Feuerwehrhaus Wettenbüttel, Seiteneingang", "Kasten ohne Schloss", "Tag und Nacht, beleuchtet"), ("Dorfladen, Hauptstraße 4", "an der Ladenkasse fragen", "Mo–Sa 7–18 Uhr, im Laden")],
    "fr": [("mairie de Saint-Hilaire-la-Palud", "boîtier sans code", "jour et nuit, sous le porche"), ("salle des fêtes de Coulon-le-Bas", "code donné par le 15", "jour et nuit, boîtier chauffé"), ("camping de la Roselière", "demander à l'accueil du camping", "d'avril à septembre")],
    "es": [("Plaza del mercado de Zubieta", "código que da el 112", "día y noche, cabina climatizada"), ("Polideportivo del Soto", "pedir en conserjería", "de 8 a 22 horas, en el vestíbulo")],
    "ru": [("Парк Победы, главный вход", "код сообщит диспетчер 112", "круглосуточно, шкаф с подогревом"), ("Набережная, у лодочной станции", "код сообщит диспетчер 103", "круглосуточно, с подсветкой"), ("Городской парк, у проката", "ключ у дежурного проката", "с 9:00 до 21:00 в сезон")],
}
DEFIB_HEAD = {"en": ("Location", "Access", "Available"), "tr": ("Yer", "Erişim", "Açık"), "de": ("Standort", "Zugang", "Verfügbar"),
              "fr": ("Emplacement", "Accès", "Disponible"), "es": ("Ubicación", "Acceso", "Disponible"), "ru": ("Место", "Доступ", "Доступен")}
# the run's first finishers: name, time (the position is printed by the widget); then the week's finishers and volunteers
RUN_RESULTS = {
    "en": [("Tom Ravenhill", "17:38"), ("Isla Cunliffe", "18:04"), ("Marcus Oyelaran", "18:21")],
    "tr": [("Emre Kalkavan", "17:51"), ("Zeynep Öztoprak", "18:34"), ("Kaan Demirkol", "19:02")],
    "de": [("Lasse Brüggemann", "17:44"), ("Svenja Tammen", "18:40"), ("Ole Harms", "19:11")],
    "fr": [("Yanis Piveteau", "17:29"), ("Élodie Barreau", "18:12"), ("Noé Guérineau", "18:57")],
    "es": [("Unai Olabarria", "17:20"), ("Garazi Mendiola", "18:09"), ("Iker Sarasola", "18:44")],
    "ru": [("Денис Колыванов", "17:46"), ("Алёна Бурмистрова", "18:31"), ("Тимур Садыков", "19:06")],
}
RUN_HEAD = {"en": ("Pos", "Runner", "Time"), "tr": ("Sıra", "Koşucu", "Süre"), "de": ("Platz", "Läufer", "Zeit"),
            "fr": ("Rang", "Coureur", "Temps"), "es": ("Pos.", "Corredor", "Tiempo"), "ru": ("Место", "Участник", "Время")}
RUN_SUMMARY = {
    "en": [("Finishers this week", "312 runners and walkers"), ("First time on the sea wall", "41 people"), ("New personal bests", "58 runners"), ("Volunteers on the roster", "27 helpers")],
    "tr": [("Bu hafta bitirenler", "186 koşucu ve yürüyüşçü"), ("Sahil yolunda ilk kez", "23 kişi"), ("Yeni kişisel rekorlar", "31 koşucu"), ("Listedeki gönüllüler", "19 yardımcı")],
    "de": [("Im Ziel diese Woche", "144 Läufer und Geher"), ("Zum ersten Mal am Deich", "17 Leute"), ("Neue persönliche Bestzeiten", "22 Läufer"), ("Helfer im Plan", "16 Ehrenamtliche")],
    "fr": [("Arrivants cette semaine", "203 coureurs et marcheurs"), ("Première fois au bord de l'eau", "26 personnes"), ("Nouveaux records personnels", "35 coureurs"), ("Bénévoles au planning", "18 bénévoles du samedi")],
    "es": [("Llegados esta semana", "268 corredores y andarines"), ("Primera vez en el Soto", "34 personas"), ("Nuevas mejores marcas personales", "47 corredores"), ("Voluntarios del cuadrante", "15 ayudantes")],
    "ru": [("Финишировали на этой неделе", "158 бегунов и ходоков"), ("Впервые на набережной", "21 человек"), ("Новые личные рекорды", "29 бегунов"), ("Волонтёры по графику", "14 помощников")],
}
# the sandbag depots: depot, opening window, bags per household
SANDBAG_DEPOTS = {
    "en": [("Fenway council depot, Marsh Road", "8am–8pm every day while the warning lasts", "up to 10 per household"), ("Chandler's Quay car park", "Wed–Fri, 7am–7pm", "up to 6 per household"), ("Hollins Fen village hall", "10am–4pm", "up to 6 per household")],
    "tr": [("Çınarlı Belediyesi şantiyesi", "08.00–20.00", "hane başına 10 adet"), ("Kumsal Mahallesi muhtarlığı", "09.00–17.00", "hane başına 6 adet")],
    "de": [("Bauhof Brakenhusen, Am Sieltief 3", "täglich 8–20 Uhr", "bis zu 12 Säcke je Haushalt"), ("Feuerwehrhaus Oldenfehn", "täglich 10 bis 18 Uhr, auch an Silvester", "bis zu 8 Säcke je Haushalt"), ("Parkplatz am Schöpfwerk Sielhorst", "rund um die Uhr, Selbstbedienung am Container", "bis zu 8 Säcke je Haushalt")],
    "fr": [("ateliers municipaux, rue du Moulin", "8 h – 12 h et 14 h – 18 h", "15 sacs par foyer"), ("parking du quai des Tanneurs", "mercredi et jeudi, 9 h – 19 h", "10 sacs par foyer")],
    "es": [("Almacén municipal de la calle Errota", "de 8 a 20 horas", "hasta 10 sacos por vivienda"), ("Frontón de Zubieta", "de 9 a 14 horas", "hasta 6 sacos por vivienda")],
    "ru": [("Двор администрации, ул. Ленина, 12", "ежедневно с 8:00 до 20:00, без выходных", "до 10 мешков на дом"), ("Пожарная часть № 27, ул. Береговая", "круглосуточно, у ворот части", "до 15 мешков на дом"), ("Школа № 3, хозяйственный двор", "с 9:00 до 18:00", "до 10 мешков на дом")],
}
SANDBAG_HEAD = {"en": ("Depot", "Open", "Allowance"), "tr": ("Depo", "Açık", "Hak"), "de": ("Ausgabestelle", "Geöffnet", "Menge"),
                "fr": ("Dépôt", "Ouverture", "Quantité"), "es": ("Depósito", "Horario", "Cantidad"), "ru": ("Пункт", "Часы", "Норма")}
WIDGET_ROWS = (("defibrillator cabinets", DEFIB_CABINETS), ("run results", RUN_RESULTS), ("run summary", RUN_SUMMARY),
               ("sandbag depots", SANDBAG_DEPOTS))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Seal pup found asleep in a Saltcote bus shelter", "Oyster festival returns after the beds are declared clean",
           "Lighthouse keeper's logbooks turn up in a charity shop", "Marsh sheep swim back across the creek at high tide",
           "Crab-catching contest won by a six-year-old with a bacon rind", "Sea wall bench names its hundredth donor"],
    "tr": ["Saltcote'ta bir otobüs durağında uyuyan fok yavrusu bulundu", "Midye yatakları temiz çıkınca istiridye şenliği geri dönüyor",
           "Deniz feneri bekçisinin seyir defterleri bir hayır dükkânında çıktı", "Sazlık koyunları kabarmada dereyi yüzerek geçti",
           "Yengeç yakalama yarışmasını pastırma kabuğuyla altı yaşındaki bir çocuk kazandı", "Dalgakıran bankı yüzüncü bağışçısının adını taşıyor"],
    "de": ["Robbenbaby schläft im Wartehäuschen an der Bushaltestelle", "Austernfest kehrt zurück, nachdem die Bänke für sauber erklärt wurden",
           "Logbücher des Leuchtturmwärters tauchen im Sozialkaufhaus auf", "Deichschafe schwimmen bei Hochwasser zurück über den Priel",
           "Krabbenangeln: Sechsjähriger gewinnt mit einer Speckschwarte", "Deichbank trägt den Namen ihres hundertsten Spenders"],
    "fr": ["Un bébé phoque retrouvé endormi dans un abribus", "La fête de l'huître revient après l'ouverture des parcs",
           "Les journaux de bord du gardien de phare retrouvés dans une ressourcerie", "Les moutons des prés salés traversent le chenal à la nage",
           "Concours de pêche au crabe : une fillette de six ans l'emporte avec une couenne", "Le banc de la digue porte le nom de son centième donateur"],
    "es": ["Encuentran una cría de foca dormida en una marquesina", "Vuelve la fiesta de la ostra tras declararse limpios los criaderos",
           "Aparecen en un rastrillo solidario los cuadernos del farero", "Las ovejas de la marisma cruzan el caño a nado con la pleamar",
           "Una niña de seis años gana el concurso de pesca de cangrejos con un trozo de tocino", "El banco del malecón lleva el nombre de su donante número cien"],
    "ru": ["Детёныш тюленя уснул на автобусной остановке", "Праздник устриц вернулся после проверки отмелей",
           "Вахтенные журналы смотрителя маяка нашлись в благотворительном магазине", "Овцы с заливных лугов переплыли протоку в половодье",
           "Конкурс по ловле раков выиграла шестилетняя девочка с кусочком сала", "На скамейке у дамбы появилась сотая табличка с именем дарителя"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES
TEASERS = {
    "ru": ["Пассажиры дождались ветеринаров и уехали на следующем автобусе.",
           "Санитарная служба три месяца брала пробы воды.",
           "Покупательница заплатила за стопку тетрадей сто рублей.",
           "Пастух говорит, что они всегда знают, когда вода спадёт.",
           "Всего за час она поймала 31 рака.",
           "Таблички заказывают в память о родных и о собаках."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Latest on the estuary", "Town and district halls", "Courts and coastguard", "Estuary schools", "Estuary sport", "Tides and weather", "Estuary notices"],
               cookie="We and our partners use cookies and similar technologies on your device to keep this site working, count our readers and show the adverts that fund journalism on the estuary. You can accept them all or pick and choose.",
               accept="Accept all and carry on reading", reject="Let me pick my estuary cookies", share="Share this estuary story",
               related="Coming up on the estuary", newsletter="Estuary Evening: the day's local news in one email at six",
               subscribe="Sign me up for Estuary Evening", email="you@estuary-evening.example",
               comment_note="Every comment is read by an estuary moderator before it appears. Be kind, stay on topic and remember the people you are writing about may read it.",
               closed="Comments are switched off on this estuary story.",
               footer=["Get in touch with the estuary newsroom", "Corrections and clarifications on the estuary", "How estuary readers' data is used", "Advertise along the estuary", "Estuary community guidelines"],
               rights="All material on this site is owned by its publisher and must not be republished without permission in writing.",
               commenters=[("SaltcoteSue", "Good to see something positive for once."),
                           ("Quayside Ron", "Well done everyone involved.")]),
    "tr": dict(nav=["Deltadan son haberler", "Belde ve ilçe belediyeleri", "Mahkemeler ve sahil güvenlik", "Delta okulları", "Delta sporu", "Gelgit ve hava", "Delta ilanları"],
               cookie="Biz ve iş ortaklarımız, bu siteyi çalışır tutmak, okurlarımızı saymak ve deltadaki gazeteciliği finanse eden reklamları göstermek için cihazınızda çerezler ve benzeri teknolojiler kullanıyoruz. Hepsini kabul edebilir ya da tek tek seçebilirsiniz.",
               accept="Hepsini kabul et ve okumaya devam et", reject="Delta çerezlerini kendim seçeyim", share="Bu delta haberini paylaşın",
               related="Deltada sırada", newsletter="Delta Akşamı: günün yerel haberleri saat altıda tek e-postada",
               subscribe="Delta Akşamı'na kaydolun", email="siz@delta-aksami.example",
               comment_note="Her yorum yayımlanmadan önce bir delta moderatörü tarafından okunur. Nazik olun, konudan sapmayın ve hakkında yazdığınız kişilerin de okuyabileceğini unutmayın.",
               closed="Bu delta haberinde yorumlar kapalı.",
               footer=["Delta haber merkeziyle iletişim", "Deltada düzeltmeler ve açıklamalar", "Delta okurlarının verileri nasıl kullanılıyor", "Delta boyunca reklam verin", "Delta topluluk kuralları"],
               rights="Bu delta sitesindeki bütün içerik yayıncısına aittir ve yazılı izin olmadan yeniden yayımlanamaz.",
               commenters=[("Cinarli_Nermin", "Nihayet güzel bir haber."),
                           ("İskeleci Cemal", "Sahilde emeği geçen herkese teşekkürler.")]),
    "de": dict(nav=["Neues aus der Marsch", "Rathäuser und Kreishaus", "Gerichte und Küstenwache", "Schulen in der Marsch", "Sport in der Marsch", "Gezeiten und Wetter", "Bekanntmachungen aus der Marsch"],
               cookie="Wir und unsere Partner nutzen Cookies und ähnliche Technologien auf Ihrem Gerät, damit diese Seite funktioniert, um unsere Leser zu zählen und die Werbung zu zeigen, die Journalismus in der Marsch finanziert. Sie können alle annehmen oder selbst auswählen.",
               accept="Alle annehmen und weiterlesen", reject="Marsch-Cookies selbst auswählen", share="Diesen Marsch-Artikel teilen",
               related="Demnächst in der Marsch", newsletter="Marsch am Abend: die Nachrichten des Tages um sechs in einer Mail",
               subscribe="Marsch am Abend abonnieren", email="sie@marsch-am-abend.example",
               comment_note="Jeder Kommentar wird vor dem Erscheinen von einer Moderatorin in der Marsch gelesen. Bleiben Sie freundlich und beim Thema, die Menschen, über die Sie schreiben, lesen vielleicht mit.",
               closed="Kommentare sind bei diesem Marsch-Artikel ausgeschaltet.",
               footer=["Kontakt zur Marsch-Redaktion", "Korrekturen und Klarstellungen aus der Marsch", "Wie wir Daten unserer Leser verwenden", "Werben in der Marsch", "Regeln für die Leser-Community"],
               rights="Alle Inhalte dieser Marsch-Seite gehören dem Verlag und dürfen ohne schriftliche Erlaubnis nicht erneut veröffentlicht werden.",
               commenters=[("Deichgraefin", "Endlich mal eine gute Nachricht hinterm Deich."),
                           ("Hinnerk_vom_Siel", "Danke an alle, die mitgemacht haben.")]),
    "fr": dict(nav=["Les dernières de l'estuaire", "Mairies et communauté de communes", "Tribunaux et sauvetage en mer", "Écoles de l'estuaire", "Sports de l'estuaire", "Marées et météo", "Avis de l'estuaire"],
               cookie="Nos partenaires et nous utilisons des cookies et technologies similaires sur votre appareil pour faire fonctionner ce site, compter nos lecteurs et afficher les publicités qui financent le journalisme dans l'estuaire. Vous pouvez tout accepter ou choisir au cas par cas.",
               accept="Tout accepter et continuer la lecture", reject="Je choisis moi-même mes cookies de l'estuaire", share="Partager cet article de l'estuaire",
               related="Bientôt dans l'estuaire", newsletter="Le Soir de l'estuaire : l'actualité locale du jour dans un courriel à 18 h",
               subscribe="M'inscrire au Soir de l'estuaire", email="vous@soir-estuaire.example",
               comment_note="Chaque commentaire est lu par un modérateur de l'estuaire avant publication. Soyez aimable, restez dans le sujet et pensez que les personnes dont vous parlez peuvent vous lire.",
               closed="Les commentaires sont désactivés sur cet article de l'estuaire.",
               footer=["Contacter la rédaction de l'estuaire", "Corrections et précisions de l'estuaire", "Utilisation des données des lecteurs", "Annoncer dans l'estuaire", "Règles de la communauté de l'estuaire"],
               rights="Tous les contenus de ce site appartiennent à leur éditeur et ne peuvent être republiés sans autorisation écrite.",
               commenters=[("Mimi_des_Roselieres", "Enfin une bonne nouvelle dans le marais."),
                           ("Dédé du port", "Bravo à tous ceux qui ont participé.")]),
    "es": dict(nav=["Lo último de la ribera", "Ayuntamientos y mancomunidad", "Juzgados y salvamento", "Colegios de la ribera", "Deporte ribereño", "Mareas y tiempo", "Avisos de la ribera"],
               cookie="Nosotros y nuestros socios usamos cookies y tecnologías parecidas en tu dispositivo para que esta web funcione, contar a nuestros lectores y mostrar los anuncios que financian el periodismo en la ribera. Puedes aceptarlas todas o elegir una a una.",
               accept="Aceptar todas y seguir leyendo", reject="Prefiero elegir mis cookies de la ribera", share="Comparte esta noticia de la ribera",
               related="Próximamente en la ribera", newsletter="La tarde en la ribera: las noticias locales del día en un correo a las seis",
               subscribe="Apuntarme a La tarde en la ribera", email="tu@tarde-ribera.example",
               comment_note="Un moderador de la ribera lee cada comentario antes de publicarlo. Sé amable, no te salgas del tema y piensa que las personas de las que hablas pueden leerte.",
               closed="Los comentarios están desactivados en esta noticia de la ribera.",
               footer=["Contacta con la redacción de la ribera", "Correcciones y aclaraciones de la ribera", "Cómo usamos los datos de los lectores", "Anúnciate en la ribera", "Normas de la comunidad de la ribera"],
               rights="Todos los contenidos de esta web pertenecen a su editor y no pueden volver a publicarse sin permiso por escrito.",
               commenters=[("Itziar_del_Soto", "Por fin una buena noticia en la ribera."),
                           ("Txomin el del muelle", "Zorionak a todos los que han ayudado.")]),
    "ru": dict(nav=["Последнее из поречья", "Администрации и район", "Суды и спасатели", "Школы поречья", "Спорт поречья", "Погода и уровень воды", "Объявления поречья"],
               cookie="Мы и наши партнёры используем cookie и похожие технологии на вашем устройстве, чтобы сайт работал, чтобы считать читателей и показывать рекламу, на которую живёт журналистика поречья. Можно принять всё или выбрать самостоятельно.",
               accept="Принять всё и читать поречье дальше", reject="Выберу cookie поречья сам", share="Поделиться материалом поречья",
               related="Скоро в поречье", newsletter="«Вечер в поречье»: местные новости дня одним письмом в шесть",
               subscribe="Подписаться на «Вечер в поречье»", email="vy@vecher-porechye.example",
               comment_note="Каждый комментарий читает модератор поречья перед публикацией. Будьте доброжелательны, пишите по теме и помните, что вас могут читать те, о ком вы пишете.",
               closed="Комментарии к этому материалу поречья отключены.",
               footer=["Связаться с редакцией поречья", "Исправления и уточнения поречья", "Как мы используем данные читателей", "Реклама в поречье", "Правила сообщества поречья"],
               rights="Все материалы сайта поречья принадлежат издателю и не могут публиковаться повторно без письменного разрешения.",
               commenters=[("Lukino_Marina", "Наконец-то хорошая новость с Береговой."),
                           ("Степаныч с Береговой", "Спасибо всем, кто помогал.")]),
}
UI77 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM ALONG THE ESTUARY:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes features for {site}, mostly about {section} and the towns on both banks of the estuary. Ideas to features@saltcote-mercury.example"},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI DANS LES MARAIS :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Chandler's Quay Observer")},
    (mp6, "TYPO3"): {"fr": dict(ext="Carte : les zones inondables de la commune (OpenStreetMap)",
                                note="Une carte des zones inondables de la commune est intégrée ici. Elle n'est chargée depuis OpenStreetMap qu'avec votre accord ; votre adresse IP est alors transmise à OpenStreetMap.",
                                button="Accepter et afficher la carte des zones inondables", by="Information des", search="Rechercher sur saint-aignan-des-marais.example",
                                lang_menu="Saint-Aignan en facile à lire")},
    (mp7, "SANITY"): {"de": dict(nl_title="Der Marschbote am Morgen", nl_text="Montags bis samstags um halb sieben: was in Wettenbüttel und den Dörfern hinterm Deich passiert, in einer Mail.",
                                 nl_button="Marschbote am Morgen bestellen", nl_placeholder="Ihre Adresse für den Marschboten")},
    (mp11, "HUGO"): {"es": dict(nl_title="La Carta del Soto", nl_text="Cada viernes por la tarde: lo que ha pasado en el Soto y los barrios de la ribera, en un solo correo.",
                                nl_label="Tu correo para La Carta del Soto", nl_button="Quiero La Carta del Soto")},
    (mp13, "PUB_NAV"): {"ru": ["Новое на Затонной", "Люди нашего двора", "Мастерские и гаражи", "Поддержать «Записки»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"de": dict(domain="ucoz.de", slogan="Heimatverein Moorhusen – Geschichte und Gemeinschaft im Moor",
                                menu=["Startseite Moorhusen", "Neues aus dem Heimatverein Moorhusen", "Unser Backhaus an der Moorkirche", "Dorfchronik Moorhusen", "Bilder aus Moorhusen", "Schreiben Sie dem Heimatverein"],
                                cats=["Neues aus dem Heimatverein Moorhusen", "Unser Backhaus an der Moorkirche", "Termine für Mitglieder"],
                                friends=["Freiwillige Feuerwehr Moorhusen", "Grundschule Moorhusen-Ost", "Posaunenchor an der Moorkirche"],
                                footer="Heimatverein Moorhusen e.V. © 2026 · Vereinsheim an der Moorkirche, Treffen donnerstags ab 19 Uhr",
                                poster="hv_moorhusen", tags=["Backhaus Moorhusen", "erster Backtag"],
                                commenters=[("Anke_Moorweg", "Das Brot war himmlisch, danke an alle Helfer."),
                                            ("Opa Harm", "Ich habe als Junge da noch mit meiner Mutter gebacken.")],
                                style="p", heads="b")},
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
# the new layout: a post on a local newsletter publication hosted on beehiiv, as beehiiv's web app serves it to a
# reader who is not signed in and has not yet answered the cookie banner (React, rendered on the server by Remix,
# Tailwind utility classes): the head (charset and viewport, "<headline>" as the title, description, the og / twitter
# metas with the thumbnail from media.beehiiv.com, the canonical link on <publication>.beehiiv.com/p/<slug>, the
# publication's favicon, the preloaded fonts and the Tailwind and root stylesheets from beehiiv's build assets, the
# NewsArticle JSON-LD); div#root with the publication header (the logo and name linking home, the navigation, the
# "Subscribe" button and "Login"), the post's header (the tags row, h1 title, h2 subtitle, the author avatar and
# name, the date, the share buttons), the thumbnail, then the rendered post (div#content-blocks.rendered-post: the
# story as p.paragraph, h2.heading with ids, ul / ol with li > p.paragraph, div.blockquote, an image block
# (div.image with img.image__image and its caption in div.image__source) in the middle of the story (this layout's
# own residue in the container), a content break (hr.content_break) before the first subheading, residue the writer
# pasted as HTML snippet blocks (div.htmlSnippet) between the blocks), the post's own subscribe box (the email form
# with "Subscribe"), the premium upgrade box, the reactions / comments row, the "Keep reading" list of the
# publication's other posts and the "Recommended" list of other newsletters, the footer (the publication's name,
# tagline and social links, the home / posts / privacy / terms links, the copyright, the "Powered by beehiiv" badge
# and the report-abuse link), beehiiv's cookie banner (accept, reject and manage buttons), and the Remix runtime
# (window.__remixContext with the route data, the entry module imports)
# --------------------------------------------------------------------------
# the platform's own strings per language (as beehiiv ships them, not checked)
BEEHIIV_CORE = {
    "en": dict(locale="en", subscribe="Subscribe", login="Login", upgrade="Upgrade", email="Enter your email",
               posts="Posts", home="Home", privacy="Privacy policy", terms="Terms of use", powered="Powered by beehiiv",
               abuse="Report abuse", keep="Keep reading", recommended="Recommended", comments="Comments",
               share="Share", copy="Copy link", upgrade_head="Upgrade to keep supporting {site}",
               upgrade_text="Become a paying subscriber to get every post, the archive and our gratitude.",
               upgrade_button="Upgrade", sub_head="Subscribe to {site}", sub_text="Join the readers who get every issue in their inbox.",
               cookie="We use cookies to improve your experience, analyse traffic and personalise content. You can accept all cookies, reject non-essential cookies or manage your preferences.",
               accept="Accept all", reject="Reject all", manage="Manage preferences", by="By",
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "fr": dict(locale="fr", subscribe="S'abonner", login="Connexion", upgrade="Passer à la version payante", email="Saisissez votre e-mail",
               posts="Articles", home="Accueil", privacy="Politique de confidentialité", terms="Conditions d'utilisation",
               powered="Propulsé par beehiiv", abuse="Signaler un abus", keep="Continuer la lecture", recommended="Recommandations",
               comments="Commentaires", share="Partager", copy="Copier le lien", upgrade_head="Passez à la version payante pour soutenir {site}",
               upgrade_text="Devenez abonné payant pour recevoir tous les articles, les archives et notre reconnaissance.",
               upgrade_button="Passer à la version payante", sub_head="Abonnez-vous à {site}",
               sub_text="Rejoignez les lecteurs qui reçoivent chaque numéro dans leur boîte.",
               cookie="Nous utilisons des cookies pour améliorer votre expérience, analyser le trafic et personnaliser le contenu. Vous pouvez accepter tous les cookies, refuser les cookies non essentiels ou gérer vos préférences.",
               accept="Tout accepter", reject="Tout refuser", manage="Gérer les préférences", by="Par",
               months=["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]),
}
# the publications' own strings (checked): tagline, navigation, tags, the posts of "Keep reading", the recommended
# newsletters, the footer line and the social accounts
BEEHIIV_SITES = {
    "The Saltings Letter": dict(
        sub="saltingsletter", colour="#0f5f6b",
        tagline="A weekly letter from Wrayholme and the villages along the sea wall",
        nav=["Every issue", "Wrayholme tide tables", "About The Saltings Letter"],
        tags=["Wrayholme", "Running"],
        keep=[("The chip shop that weighs every portion", "Why the Harbour Fryer has kept its brass scales since 1954."),
              ("What the sluice keeper hears at night", "A shift with the man who lets the marsh drain into the sea."),
              ("Our pier, in nine old postcards", "Readers sent us their grandparents' holiday snaps.")],
        recommended=[("Fen Edge Weekly", "News from the villages on the other side of the marsh"),
                     ("The Quayside Cook", "Recipes from a harbour kitchen, every Friday")],
        footer="Written in Wrayholme by two reporters and a dog. Reply to any email to reach us.",
        social=["saltingsletter", "saltings.letter"]),
    "La Lettre du Marais": dict(
        sub="lalettredumarais", colour="#4d6b2f",
        tagline="Chaque mercredi, les nouvelles des communes du marais, écrites par des gens du marais",
        nav=["Tous les numéros", "Agenda du marais", "Qui écrit La Lettre du Marais"],
        tags=["Marais", "Santé"],
        keep=[("La dernière barque à fond plat de Coulon-le-Bas", "Un charpentier de marine en construit encore une par an."),
              ("Pourquoi les frênes têtards disparaissent", "Les agriculteurs ne les émondent plus, et ils tombent."),
              ("Le bac de la Grande-Vanne a cent ans", "Un câble, une manivelle et le même passeur depuis vingt ans.")],
        recommended=[("Le Bulletin des Trois Rives", "L'actualité des communes du bord de Sèvre"),
                     ("Cuisine de l'anguille", "Recettes et souvenirs du marais, tous les quinze jours")],
        footer="Écrite dans le marais par deux journalistes indépendantes. Répondez à n'importe quel courriel pour nous écrire.",
        social=["lettredumarais", "lalettre.dumarais"]),
}
BEEHIIV_EXEMPT = {"sub", "colour", "social"}  # (the publication's subdomain, a colour, its social account names)


def beehiiv_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = BEEHIIV_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d %s %d" % (d, months[m - 1], y))


def tpl_beehiiv(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = BEEHIIV_CORE[lang], BEEHIIV_SITES[site]
    base = "https://%s.beehiiv.com" % s["sub"]
    slug_ = hc.slug(art["title"])[:80].strip("-")
    url = "%s/p/%s" % (base, slug_)

    def uuid():
        return "%08x-%04x-4%03x-%04x-%012x" % (rng.randint(0, 16**8 - 1), rng.randint(0, 16**4 - 1), rng.randint(0, 16**3 - 1),
                                               rng.randint(0x8000, 0xbfff), rng.randint(0, 16**12 - 1))
    pub_id, post_id, author_id = uuid(), uuid(), uuid()

    def media(kind, name, w=None):
        opts = "fit=scale-down,format=auto,onerror=redirect,quality=80" + (",width=%d" % w if w else "")
        return "https://media.beehiiv.com/cdn-cgi/image/%s/uploads/%s/%s/%s" % (opts, kind, uuid(), name)

    blocks, n = art["blocks"], len(art["blocks"])
    img_at = next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    first_h = next((i for i, (k, _) in enumerate(blocks) if k == "h"), None)
    parts = []
    for i in range(n + 1):
        if i == img_at:
            parts.append('<div class="image"><img alt="" class="image__image" style="" src="%s"/>'
                         '<div class="image__source"><span class="image__source_text"><p>%s</p></span></div></div>' % (
                             media("asset/file", slug_[:24] + "-2.jpg"), E(art["body_caption"])))
        if i == first_h:
            parts.append('<hr class="content_break">')
        if placed.get(i):
            parts.extend('<div class="htmlSnippet" data-block-type="htmlSnippet">%s</div>' % x for x in placed[i])
        if i < n:
            kind, val = blocks[i]
            if kind == "h":
                parts.append('<h2 class="heading" style="text-align:left;" id="%s">%s</h2>' % (hc.slug(val)[:60], E(val)))
            elif kind == "p":
                parts.append('<p class="paragraph" style="text-align:left;">%s</p>' % mp.inline_html(val))
            elif kind == "q":
                parts.append('<div class="blockquote"><blockquote class="blockquote__quote"><p>%s</p></blockquote></div>' % mp.inline_html(val))
            else:
                parts.append('<%s>%s</%s>' % (kind, "".join('<li><p class="paragraph" style="text-align:left;">%s</p></li>' % mp.inline_html(v)
                                                           for v in val), kind))
    content = "\n".join(parts)
    when = beehiiv_date(lang, art["date"])
    iso = "%sT%02d:%02d:00.000Z" % (art["date"], rng.randint(5, 19), rng.randint(0, 59))
    logo = media("publication/logo", "thumb_logo.png")
    thumb = media("asset/file", slug_[:24] + ".jpg", 1200)
    avatar = media("user/profile_picture", "avatar.jpg", 64)
    nav = "".join('<a class="text-sm font-medium hover:opacity-75" href="%s/%s">%s</a>' % (base, hc.slug(x), E(x)) for x in s["nav"])
    tags = "".join('<a href="%s/t/%s"><span class="rounded-md bg-gray-100 px-2 py-1 text-xs font-semibold">%s</span></a>' % (
        base, hc.slug(t), E(t)) for t in s["tags"])
    keep = "".join(('<a class="group block" href="%s/p/%s"><div class="flex flex-col gap-2 py-4 border-b">'
                    '<h3 class="text-lg font-bold group-hover:underline">%s</h3><p class="text-sm text-gray-600">%s</p>'
                    '<time class="text-xs text-gray-500">%s</time></div></a>') % (
        base, hc.slug(t)[:60], E(t), E(d), E(beehiiv_date(lang, "%s-%02d-%02d" % (art["date"][:4], rng.randint(1, 12), rng.randint(1, 28)))))
        for t, d in s["keep"])
    recs = "".join(('<li class="flex items-center gap-3 py-2"><img class="h-8 w-8 rounded-full" src="%s" alt=""/>'
                    '<div><p class="text-sm font-semibold">%s</p><p class="text-xs text-gray-500">%s</p></div>'
                    '<a class="ml-auto text-xs font-semibold" href="https://%s.beehiiv.com/subscribe">%s</a></li>') % (
        media("publication/logo", "thumb_logo.png", 64), E(t), E(d), hc.slug(t).replace("-", ""), E(c["subscribe"])) for t, d in s["recommended"])
    share = "".join('<a class="rounded-full p-2 hover:bg-gray-100" href="%s" target="_blank" rel="noreferrer" aria-label="%s"><svg width="18" height="18" viewBox="0 0 24 24" fill="currentColor"><path d="M4 4h16v16H4z"/></svg></a>' % (
        h, A(lab)) for lab, h in (("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url), ("X", "https://twitter.com/intent/tweet?url=" + url),
                                   ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite?url=" + url), (c["copy"], "#")))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sub"],
                     "image": [thumb], "datePublished": iso, "dateModified": iso, "author": [{"@type": "Person", "name": art["byline"]}],
                     "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": logo}},
                     "mainEntityOfPage": {"@type": "WebPage", "@id": url}}, ensure_ascii=False)
    ctx = json.dumps({"url": "/p/" + slug_, "state": {"loaderData": {
        "root": {"publication": {"id": pub_id, "subdomain": s["sub"], "primary_color": s["colour"], "cookie_banner_enabled": True},
                 "ENV": {"BEEHIIV_ENV": "production", "CDN_URL": "https://media.beehiiv.com"}},
        "routes/p/$slug": {"post": {"id": post_id, "slug": slug_, "audience": "free", "publish_date": iso,
                                    "authors": [{"id": author_id}], "comments_enabled": True}}}, "actionData": None, "errors": None},
        "future": {"v3_fetcherPersist": True}}, separators=(",", ":"))
    build = "%08x" % rng.randint(0, 16**8 - 1)
    sub_head = c["sub_head"].replace("{site}", site)
    up_head = c["upgrade_head"].replace("{site}", site)
    return f'''<!DOCTYPE html><html lang="{c["locale"]}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{E(art["title"])}</title>
<meta name="description" content="{A(art["sub"])}"/>
<meta property="og:type" content="article"/><meta property="og:site_name" content="{A(site)}"/><meta property="og:title" content="{A(art["title"])}"/>
<meta property="og:description" content="{A(art["sub"])}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{thumb}"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="{A(art["title"])}"/><meta name="twitter:description" content="{A(art["sub"])}"/><meta name="twitter:image" content="{thumb}"/>
<meta property="article:published_time" content="{iso}"/><meta property="article:author" content="{A(art["byline"])}"/>
<link rel="canonical" href="{url}"/>
<link rel="icon" href="{logo}"/>
<link rel="preconnect" href="https://media.beehiiv.com"/>
<link rel="preload" href="/build/_assets/Inter-roman.var-{build[:6]}.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>
<link rel="stylesheet" href="/build/_assets/tailwind-{build.upper()}.css"/>
<link rel="stylesheet" href="/build/_assets/root-{build[::-1].upper()}.css"/>
<script type="application/ld+json">{ld}</script>
<style>:root{{--wt-primary-color:{s["colour"]};--wt-text-on-primary-color:#FFFFFF;}}</style>
</head><body class="bg-wt-background"><div id="root">
<div class="relative flex min-h-screen flex-col">
<header class="sticky top-0 z-20 w-full border-b bg-wt-background"><nav class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3" aria-label="Global">
<a class="flex items-center gap-2" href="{base}/"><img class="h-8 w-8 rounded-md" src="{logo}" alt="{A(site)}"/><span class="text-lg font-bold">{E(site)}</span></a>
<div class="hidden items-center gap-6 sm:flex">{nav}</div>
<div class="flex items-center gap-2"><a class="rounded-wt px-4 py-2 text-sm font-semibold" href="{base}/login">{E(c["login"])}</a><a class="rounded-wt bg-wt-primary px-4 py-2 text-sm font-semibold text-wt-text-on-primary" href="{base}/subscribe">{E(c["subscribe"])}</a></div>
</nav></header>
<main class="flex-grow"><div class="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
<div class="flex flex-col gap-4"><div class="flex flex-wrap gap-2">{tags}</div>
<h1 class="text-3xl font-bold sm:text-4xl">{E(art["title"])}</h1>
<h2 class="text-lg text-gray-600">{E(art["sub"])}</h2>
<div class="flex items-center justify-between"><div class="flex items-center gap-3"><img class="h-10 w-10 rounded-full" src="{avatar}" alt="{A(art["byline"])}"/>
<div class="flex flex-col"><span class="text-sm font-semibold">{E(art["byline"])}</span><time class="text-xs text-gray-500" datetime="{iso}">{E(when)}</time></div></div>
<div class="flex items-center gap-1" aria-label="{A(c["share"])}">{share}</div></div></div>
<div class="my-6 overflow-hidden rounded-lg"><img class="w-full" src="{thumb}" alt="{A(art["caption"])}"/></div>
<div class="dream-post-content-doc" data-post-id="{post_id}">
<div id="content-blocks" class="rendered-post">
{content}
</div>
</div>
<div class="my-8 rounded-lg border p-6 text-center" data-testid="post-subscribe-form"><h3 class="text-xl font-bold">{E(sub_head)}</h3><p class="mt-2 text-sm text-gray-600">{E(c["sub_text"])}</p>
<form class="mt-4 flex gap-2" method="post" action="{base}/create_subscription"><input type="hidden" name="publication_id" value="{pub_id}"/><input class="flex-grow rounded-wt border px-3 py-2" type="email" name="email" placeholder="{A(c["email"])}" required/><button class="rounded-wt bg-wt-primary px-4 py-2 font-semibold text-wt-text-on-primary" type="submit">{E(c["subscribe"])}</button></form></div>
<div class="my-8 rounded-lg bg-gray-50 p-6" data-testid="upgrade-cta"><h3 class="text-lg font-bold">{E(up_head)}</h3><p class="mt-2 text-sm">{E(c["upgrade_text"])}</p><a class="mt-4 inline-block rounded-wt bg-wt-primary px-4 py-2 text-sm font-semibold text-wt-text-on-primary" href="{base}/upgrade">{E(c["upgrade_button"])}</a></div>
<div class="flex items-center gap-4 border-y py-3"><button type="button" class="flex items-center gap-1 text-sm" aria-label="like"><svg width="18" height="18" viewBox="0 0 24 24"><path d="M12 21l-1-1C5 15 2 12 2 8a5 5 0 0 1 10-2 5 5 0 0 1 10 2c0 4-3 7-9 12z"/></svg></button><a class="text-sm font-semibold" href="{url}#comments">{E(c["comments"])}</a></div>
<section class="mt-10"><h3 class="text-xl font-bold">{E(c["keep"])}</h3><div class="flex flex-col">{keep}</div></section>
<section class="mt-10"><h3 class="text-xl font-bold">{E(c["recommended"])}</h3><ul class="divide-y">{recs}</ul></section>
</div></main>
<footer class="border-t bg-wt-background"><div class="mx-auto max-w-6xl px-4 py-10">
<div class="flex flex-col gap-2"><a class="text-lg font-bold" href="{base}/">{E(site)}</a><p class="text-sm text-gray-600">{E(s["tagline"])}</p><p class="text-sm text-gray-600">{E(s["footer"])}</p>
<div class="flex gap-3"><a href="https://www.instagram.com/{s["social"][1]}" aria-label="Instagram">Instagram</a><a href="https://x.com/{s["social"][0]}" aria-label="X">X</a></div></div>
<div class="mt-6 flex flex-wrap gap-4 text-sm"><a href="{base}/">{E(c["home"])}</a><a href="{base}/archive">{E(c["posts"])}</a><a href="https://beehiiv.com/privacy">{E(c["privacy"])}</a><a href="https://beehiiv.com/tou">{E(c["terms"])}</a></div>
<div class="mt-6 flex items-center justify-between text-xs text-gray-500"><p>© {art["date"][:4]} {E(site)}.</p><a class="flex items-center gap-1" href="https://www.beehiiv.com/?utm_source={s["sub"]}&amp;utm_medium=footer" target="_blank" rel="noreferrer">{E(c["powered"])}</a><a href="https://www.beehiiv.com/report-abuse?publication_id={pub_id}">{E(c["abuse"])}</a></div>
</div></footer>
</div>
<div id="cookie-consent-banner" class="fixed bottom-0 left-0 right-0 z-50 border-t bg-white p-4 shadow-lg" role="dialog" aria-live="polite" data-state="closed">
<p class="text-sm">{E(c["cookie"])}</p>
<div class="mt-3 flex gap-2"><button type="button" class="rounded-md bg-gray-900 px-3 py-2 text-sm text-white" data-consent="accept">{E(c["accept"])}</button><button type="button" class="rounded-md border px-3 py-2 text-sm" data-consent="reject">{E(c["reject"])}</button><button type="button" class="px-3 py-2 text-sm underline" data-consent="manage">{E(c["manage"])}</button></div>
</div>
</div>
<script>window.__remixContext = {ctx};</script>
<script type="module" async="">import "/build/manifest-{build}.js";
import * as route0 from "/build/root-{build[::-1]}.js";
import * as route1 from "/build/routes/p/$slug-{build[2:]}{build[:2]}.js";
window.__remixRouteModules = {{"root":route0,"routes/p/$slug":route1}};
import("/build/entry.client-{build[4:]}{build[:4]}.js");</script>
</body></html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"beehiiv": ["caption"]}  # the image block in the post, with its caption
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "defiblocator", "parkrunresults", "sandbagpoints"]
NEW_FAMILIES = ["defiblocator", "parkrunresults", "sandbagpoints"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"defiblocator": ["defibrillator locator", "defibrillator finder", "defibrillator cabinet", "nearest defibrillator",
                                     "defib locator", "find a defibrillator"],
                    "parkrunresults": ["parkrun", "park run", "run results", "finishers and times", "volunteer roster"],
                    "sandbagpoints": ["sandbag", "sand bag", "sandsack", "sandsäck", "sacs de sable", "sacos terreros"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village's, a residents' or a community association's website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium or a newsletter on beehiiv (neither prints these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's, a Gemeinde's or a commune's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="tidegauge-consent-veil"><p class="tidegauge-consent-veil__msg">%s</p><button class="tidegauge-consent-veil__btn" type="button">OK</button></div>',
               '<p class="footpath-map-cookie-ask">%s</p>', '<div><small><i>%s</i></small></div>'],
    "newsletter": ['<div class="high-water-signup-box"><p class="high-water-signup-box__txt">%s</p><a class="high-water-signup-box__go" href="/newsletters/high-water">&#8250;</a></div>',
                   '<p class="free-stories-meter-tdl">%s</p>', '<h5 class="high-water-plug">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="down-the-estuary-share">{items}</ul>', '<div class="forward-it-strip-tdl">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="photo-inbox-credit-tdl">%s</p>', '<span class="seawall-snap-tag">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="editor-say-so-line">%s</p>', '<div class="no-copying-notice-tdl"><small>%s</small></div>', '<div><small><em>%s</em></small></div>'],
    "section": ['<p class="fresh-off-estuary">%s</p>', '<h6 class="whole-file-link-tdl">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="wave-rule-tdl">%s</p>', '<div class="anchor-divider-tdl">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="estuary-desk-credit">%s</p>', '<div class="fenway-correspondent-line">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-echo-tdl"><strong>%s</strong></p>', '<h2 class="headline-twice-tdl">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="advert-resumes-below">%s</div>', '<p class="quay-to-fen-advert">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-estuary"><a href="#rest">%s</a></p>', '<div class="open-up-rest-bar">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="had-their-say-estuary"><a href="#comments">%s</a></p>', '<div class="marsh-readers-saying">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="estuary-read-min">%s</p>', '<span class="tide-table-minutes">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-by-desk"><time>%s</time></p>', '<div class="latest-readings-note">%s</div>', '<div><em>%s</em></div>'],
    "audio": ['<div class="estuary-listen-player"><button class="estuary-listen-player__play" aria-label="Play"></button><span class="estuary-listen-player__lbl">%s</span></div>',
              '<p class="prefer-to-listen-tdl"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-since-first-box"><p>%s</p></aside>', '<p class="amended-note-tdl"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="flood-alerts-app-promo"><p class="flood-alerts-app-promo__txt">%s</p><a class="flood-alerts-app-promo__get" href="/app">&#8595;</a></div>',
            '<p class="carry-on-estuary-app">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="gig-rower-bio"><p class="gig-rower-bio__txt">%s</p></div>', '<p class="more-by-writer-tdl"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="got-a-story-estuary"><p class="got-a-story-estuary__txt">%s</p></div>', '<p class="whatsapp-newsroom-tdl">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="found-a-mistake-hint"><p>%s</p></div>', '<p class="select-and-hit-tdl">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="estuary-alert-optin"><p class="estuary-alert-optin__q">%s</p></div>', '<p class="makes-the-news-ping">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="fridge-door-tools">{items}</ul>', '<p class="printer-friendly-tdl"><a href="?format=print">%s</a></p>',
              '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="useful-to-you-box"><p class="useful-to-you-box__q">%s</p></div>', '<p class="was-it-useful-tdl">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-estuary"><p>%s</p></div>', '<p class="complaints-go-to-tdl"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="tagged-row-tdl"><span class="tagged-row-tdl__txt">%s</span></div>', '<p class="follow-topic-tdl">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="pin-reading-list"><a class="pin-reading-list__a" href="#reading-list">%s</a></div>',
                 '<p class="reading-list-pin-line"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="quick-vote-estuary"><p class="quick-vote-estuary__q">%s</p><button class="quick-vote-estuary__go" type="button">&#10003;</button></div>',
             '<h6 class="results-after-vote-tdl">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-estuary"><a class="yt-facade-estuary__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="swipe-gallery-tdl"><a class="swipe-gallery-tdl__a" href="#gallery">%s</a></div>',
                '<p class="gallery-count-tdl">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-frame-estuary"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-estuary__links">%s</p></div>',
            '<figure class="crossing-map-still"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-the-date-row">{items}</ul>', '<p class="evening-before-reminder"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-chip-tdl"><span class="date-chip-tdl__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-results-link-tdl"><a class="weekend-results-link-tdl__a" href="/sport/estuary-leagues">%s</a></div>',
               '<ul class="estuary-results-hub-tabs">{items}</ul>', '<div><a href="/sport/estuary-leagues"><b>%s</b></a></div>'],
    # the three families new in this part ({defiblist}: the public-access defibrillators as a list with the cabinet's
    # place, how to open it and when; {defibrows}: the same as a table; {defibdl}: the same as a definition list;
    # {runlist}: the week's first finishers with their times as a list; {runrows}: the same as a table with the
    # positions; {runsummary}: finishers, first-timers, personal bests and volunteers as a definition list;
    # {sandlist}: the sandbag depots with their opening times and allowances as a list; {sandrows}: the same as a
    # table; {sanddl}: the allowance per household by depot as a definition list)
    "defiblocator": ['<div class="defib-finder-card"><h4 class="defib-finder-card__hd">%s</h4><ul class="defib-finder-card__list">{defiblist}</ul></div>',
                     '<div class="public-defib-table"><p class="public-defib-table__hd"><strong>%s</strong></p><table class="public-defib-table__grid">{defibrows}</table></div>',
                     '<p class="find-defib-link"><a href="/health/defibrillators">%s</a></p>',
                     '<div class="defib-cabinets-panel"><h5 class="defib-cabinets-panel__hd">%s</h5><dl class="defib-cabinets-panel__dl">{defibdl}</dl></div>'],
    "parkrunresults": ['<div class="run-results-widget"><h4 class="run-results-widget__hd">%s</h4><ol class="run-results-widget__list">{runlist}</ol><a class="run-results-widget__all" href="/sport/saturday-5k/results">&#8250;</a></div>',
                       '<div class="fivek-finishers-table"><p class="fivek-finishers-table__hd"><b>%s</b></p><table class="fivek-finishers-table__grid">{runrows}</table></div>',
                       '<p class="run-roster-link"><a class="run-roster-link__a" href="/sport/saturday-5k/volunteer-roster">%s</a></p>',
                       '<div class="run-glance-box"><h5 class="run-glance-box__hd">%s</h5><dl class="run-glance-box__dl">{runsummary}</dl></div>'],
    "sandbagpoints": ['<div class="sandbag-depots-notice"><h4 class="sandbag-depots-notice__hd">%s</h4><ul class="sandbag-depots-notice__list">{sandlist}</ul></div>',
                      '<div class="sandbag-collection-table"><p class="sandbag-collection-table__hd"><strong>%s</strong></p><table class="sandbag-collection-table__grid">{sandrows}</table></div>',
                      '<p class="sandbag-delivery-request"><a href="/floods/sandbags/request">%s</a></p>',
                      '<div class="sandbag-allowance-strip"><p class="sandbag-allowance-strip__hd"><strong>%s</strong></p><dl class="sandbag-allowance-strip__dl">{sanddl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/high-water"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "defiblocator": (0.7, [' <a href="/health/defibrillators"><strong>%s</strong></a>']),
          "parkrunresults": (0.7, ['<br><a href="/sport/saturday-5k/volunteer-roster"><b>%s</b></a>']),
          "sandbagpoints": (0.7, [' <a href="/floods/sandbags/request"><em>%s</em></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# section tag, not the link to the whole section; the
# find-a-defibrillator link, the roster link and the request-a-delivery link, not the lists, tables or panels)
INLINE_WORDING = {"newsletter": 0, "section": 0, "defiblocator": 2, "parkrunresults": 2, "sandbagpoints": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-photo-tdl"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="along-the-estuary-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="marshland-reporters-more"><p class="marshland-reporters-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (DEFIB_HEAD, RUN_HEAD, SANDBAG_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    k = "%06x" % rng.randint(0, 16**6 - 1)
    defibs = "".join('<li><a href="/health/defibrillators/%s-%d"><strong>%s</strong></a> · %s · %s</li>' % (
        k, j, esc(w), esc(a), esc(h)) for j, (w, a, h) in enumerate(DEFIB_CABINETS[lang]))
    runs = "".join('<li><span class="run-results-widget__pos">%d</span> %s <time>%s</time></li>' % (j + 1, esc(nm), esc(t))
                   for j, (nm, t) in enumerate(RUN_RESULTS[lang]))
    sands = "".join('<li><b>%s</b>: %s, %s</li>' % (esc(w), esc(o), esc(q)) for w, o, q in SANDBAG_DEPOTS[lang])
    return (style.replace("{defiblist}", defibs)
            .replace("{defibrows}", table(DEFIB_HEAD[lang], DEFIB_CABINETS[lang]))
            .replace("{defibdl}", dl([(w, "%s, %s" % (a, h)) for w, a, h in DEFIB_CABINETS[lang]]))
            .replace("{runlist}", runs)
            .replace("{runrows}", table(RUN_HEAD[lang], [(str(j + 1),) + tuple(r) for j, r in enumerate(RUN_RESULTS[lang])]))
            .replace("{runsummary}", dl(RUN_SUMMARY[lang]))
            .replace("{sandlist}", sands)
            .replace("{sandrows}", table(SANDBAG_HEAD[lang], SANDBAG_DEPOTS[lang]))
            .replace("{sanddl}", dl([(w, q) for w, _, q in SANDBAG_DEPOTS[lang]])))


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
               "scores": rng.choice([0, mid, n]), "defiblocator": rng.choice([mid, n, n]),
               "parkrunresults": rng.choice([mid, n, n]), "sandbagpoints": rng.choice([0, mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith((" – ", " / ", " | ")):  # a section tag typed before the first line
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
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🏃</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "beehiiv": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "beehiiv": ("<i>", "</i>")}
# a highlight set in beehiiv's post editor (a <mark> with the colour picked, as an inline style)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "beehiiv": ('<mark style="background-color:#FDE68A;">', "</mark>")}


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
# templates: beehiiv is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"beehiiv": tpl_beehiiv, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h76), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "beehiiv"


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
            rng = random.Random("newsflow-heldout77-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI77[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 77) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h76), labels, furniture strings,
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
                       mp73.R, [v for v in mp73.SITE_STRINGS.values()], mp73.MT_SITES, mp73.UI_NEW, mp73.TEASERS,
                       [v for _, v in mp73.WIDGET_ROWS],
                       mp74.R, [v for v in mp74.SITE_STRINGS.values()], mp74.WPB_SITES, mp74.UI_NEW, mp74.TEASERS,
                       [v for _, v in mp74.WIDGET_ROWS],
                       mp75.R, [v for v in mp75.SITE_STRINGS.values()], mp75.SH_SITES, mp75.UI_NEW, mp75.TEASERS,
                       [v for _, v in mp75.WIDGET_ROWS],
                       mp76.R, [v for v in mp76.SITE_STRINGS.values()], mp76.JIMDO_SITES, mp76.UI_NEW, mp76.TEASERS,
                       [v for _, v in mp76.WIDGET_ROWS],
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
    # layouts: beehiiv (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h75 or h76 gave it
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
    # the beehiiv pages: a publication of BEEHIIV_SITES in a language of BEEHIIV_CORE, an independent newsletter, with an
    # image caption for the image block; of the looks only those the writer can set in beehiiv's post editor (bold,
    # italic, a highlight, a line break); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in BEEHIIV_SITES or a["lang"] not in BEEHIIV_CORE or a.get("kind") != "indie" or not a.get("body_caption")
                                       or any(st not in ("bold", "italic", "highlight", "br") for st, _ in a.get("look", []))):
            problems.append("%s: beehiiv page needs a beehiiv publication, a body caption and the editor's looks only" % a["id"])
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
    beehiiv_sites = [{k: v for k, v in d.items() if k not in BEEHIIV_EXEMPT} for d in BEEHIIV_SITES.values()]
    # (BEEHIIV_CORE, DEFIB_HEAD, RUN_HEAD and SANDBAG_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("BEEHIIV_SITES", beehiiv_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "BEEHIIV_SITES" and s.startswith("/")):
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




