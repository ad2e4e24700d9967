#!/usr/bin/env python3
"""Eighty-seventh held-out part (h87-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout87.py           # write pages/h87-*.html
    python benchmarks/data/extraction/make_heldout87.py --check   # verify pages/h87-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout87.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout86.py, make_heldout88.py and their stories, written at the same time by other writers, were not).
Stories are in articles_h87_en.py / articles_h87_intl.py; the residue wordings (thirty-four of the generic families
of the earlier parts plus three new ones: disabled-parking (Blue Badge and its national equivalents: the blauer
Parkausweis, the carte mobilité inclusion stationnement, the tarjeta de estacionamiento, the engelli park kartı and
the Russian registry of disabled drivers' cars) application panels on stories about disabled parking, bays or badge
fraud -- the routes to a badge with who qualifies and what to send, and the fee, the documents, how to apply and how
long it takes, as a list, the routes as a table, the "apply for or renew a badge" button, applying as a
definition-list card --, councillor's and mayor's surgery panels (drop-in sessions, the Turkish halk günü, the German
Bürgersprechstunde, the French permanence des élus, the Spanish atención vecinal, the Russian приём граждан) on
stories about a ward, a councillor or a local issue -- the surgeries with their dates, venues and times and how they
work (booking, private appointments, access, what to bring), as a list, the surgeries as a table, the "book a
private appointment" link, how they work as a definition-list card --, and visitor-levy panels (the English
overnight visitor levy, the konaklama vergisi, the Gästebeitrag, the taxe de séjour, the tasa turística, the
туристический налог) on stories about a visitor levy, holiday lets or tourism -- the rates per night and who pays,
who is exempt, how hosts declare and when they pay, as a list, the rates as a table, the "register to collect the
levy" button, the rules as a definition-list card --), their wrapper class names, related headlines, site names,
the sites' own strings in the earlier layouts and the first-round furniture strings are new here: none of the
sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..85, nor their labels, furniture strings,
widget rows, headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an
earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if
a story paragraph or headline of an earlier part (h84 and h85 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads
(BADGE_HEAD, SURGERY_HEAD, LEVY_HEAD) are the web teams' generic strings and not checked; the rows themselves
(BADGE_ROUTES, BADGE_APPLY, SURGERY_DATES, SURGERY_RULES, LEVY_RATES, LEVY_RULES) are new.  (make_heldout68.py has
resident parking-permit boards, make_heldout58.py and make_heldout61.py a neighbourhood-policing officer's drop-in
and surgery, make_heldout72.py advice-session timetables; the panels here are the council's own disabled-parking
badge box, an elected member's surgery list and a visitor-levy box, so NEW_FAMILY_WORDS does not list the bare
words "surgery", "drop-in", "parking" or "levy".)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead; "run_in" makes the editor type it at the
end of the last paragraph): disabled-parking panels on 37 Blue Badges seized in an English market town's car parks
(the list), an English town council's own notice of eight new disabled bays in its Market Place (on TYPO3: the
table), a German wheelchair user's notebook of 214 cars parked in his bay (the apply button, below a paragraph) and
40 fines in a Russian town's raid on disabled spaces (the card); surgery panels on an English ward councillor who
holds her surgeries in a launderette (the list), quarry lorries filling an English village hall at a new
councillor's first surgery (the table), a Turkish mayor taking her halk günü out to the muhtarlıklar (the
book-an-appointment link, run into the last paragraph) and a French mayor holding his permanence under a gazebo at
the Saturday market (the card); visitor-levy panels on an English seaside town's £2-a-night levy (the English
new-layout page: the list), Turkish pansiyon owners against unregistered holiday lets that pay no konaklama vergisi
(the table), French holiday-let owners declaring the taxe de séjour online (the French new-layout page: the
register button, run into the last paragraph) and a Spanish port town's tasa turística (the card).  No story of
this part needs one of the earlier families that are placed only for a reason in the story (calendar, map,
gallery, scores); the other generic families are balanced over the part, leaving out those the page's site would
not print (the story's "kind": an English village's website on uCoz -- a small site, with no newsroom to credit a
photograph to, update a story or send reporters --, an English town council's own page on TYPO3 -- no newspaper
furniture, no newsroom's update line, reading time, audio or related reporting --, and an independent Russian
village publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
cards, chips, panels, pills and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans,
buttons, definition lists and tables, and, for a few families, a line run into the end of a story
paragraph (credit, tip, newsletter pitch, share line, the apply-for-a-badge button, the book-an-appointment link,
the register-for-the-levy button; only one line in any paragraph) or a bold section tag run into the start of the
first paragraph (drawn at random, of the section family's first wording only; no story of this part asks for one).
On the new layout, residue the editor pasted into the post's html field sits between the building blocks, either
inside a text block among its paragraphs or in a text block of its own.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on kadence, gutenberg, wordpress, magazine and sanity), italics (a one-line quote on both
new-layout pages, on generatepress, semantic, storybody and medium), bold (a one-line paragraph on both new-layout
pages, on medium and on nextjs), a highlighted sentence (Odoo's editor's background colour, a <font style>, on the
English new-layout page; a <mark> on quintype), a paragraph in a box (a CKEditor style on drupal, a Gutenberg group,
the magazine's panel), a fact box holding a subheading and its list (a Fusion custom embed: a flood in figures), a
Ghost callout card (the rules of a book exchange in a bus shelter), a paragraph typed after a <br> (Shift+Enter, on
both new-layout pages and on chunks); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "And today?", "Favourite film?",
"Ya şimdi?", "Et les enfants ?" --, in English, Turkish and French: a cinema projectionist after 36 years, a wooden
boat builder after 51, a mobile-library driver after 30), lists inside the story (where four new disabled bays go,
what volunteers did to a village pump, what a book exchange does not want, what a beach clean found, a flood in
figures), crossheads as headings (on the new layout, s_title blocks) and as bold paragraphs, one-line quotes and
short one-line paragraphs ("The toilets alone cost £210,000 a year to keep open.", "She now holds her surgeries in
the launderette across the road.", «Lo de la lavadora no se lo explica nadie.», "Подписей под снимками нет.",
"Рейды будут повторять каждый месяц.", "Le tarif des meublés non classés augmente."), a closing line with practical
information (the next surgeries, a farewell screening, the new bays' first day and a town clerk's hours, where the
pump key hangs, a ferry's times and fares, clock-tower tours, a mayor's next halk günü, a public meeting, a boat
launch, the Ordnungsamt's hours, a book exchange's hours, a chronicle's launch, a gazebo's hours, a farewell tea, a
levy's registration deadline, a beach clean, drinking water deliveries, an exhibition's hours, how to report a car
in a disabled space), and story sentences that mention furniture words in ordinary reporting ("Cookies, a cake in
the shape of a boat" opening a story, "Фотографии, которые..." opening another, "sent to us through the contact
page" closing the English new-layout page, "Anyone who can share one should contact" closing a village website's
story, "Las fotos de la mañana se pueden compartir" closing another, "anyone who wants to follow the count", "el
boletín mensual ... al que las familias pueden suscribirse", "tezgâhta fotoğraf çekiyor"), some at the start or end
of the story where furniture usually sits.  Two pages carry no residue at all (an English interview on Kadence and a
German fire brigade's chronicle written by a twelve-year-old) and one only its correction line (an English town
clock striking again).
One page layout is new (odoo: a post of a news blog published with the Odoo website builder, Odoo 17's website and
website_blog, on two pages, an English and a French one -- a community-interest news site for a seaside town and an
associative local news site on the French Atlantic coast): html with data-main-object="blog.post(N,)", the head
website.layout writes with its asset bundles and session script, header#top.o_header_standard with its navbar,
offcanvas menu and search modal, div#wrap.js_blog.website_blog with the breadcrumb, the blog-post cover
(o_record_cover_container.o_wblog_post_page_cover with h1#o_wblog_post_name, div#o_wblog_post_subtitle and the
post_author block with the author and the date), section#o_wblog_post_main with div#o_wblog_post_content and the
post's html field div.o_wblog_post_content_field (s_text_block, s_title, s_image_text sections and s_blockquote
snippets), the tags, the sidebar with the s_share snippet and the archive, an oe_structure drop zone with the site's
newsletter block, the portal chatter's comments div, section#o_wblog_post_footer with the next-article cover;
footer#bottom.o_footer with its copyright bar and Odoo's brand promotion; and the cookies bar (see the section of
the layout below).  The platform's strings (ODOO_CORE) are left as they ship and not checked; the sites' own strings
(ODOO_SITES) and the posts' tags are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py), ucoz (make_heldout19.py), generatepress
(make_heldout81.py) and kadence (make_heldout83.py) --, none of them in the language h84 or h85 gave it (9 English
pages, 3 in each other language: English on portal, drupal, kadence, typo3, hugo, ucoz, gutenberg and generatepress
-- h84 and h85 between them had put sixteen of the usual twenty-two layouts in English, so two later ones were
taken in, with this part's own sites added to their site dictionaries --; Turkish on table, regional and chunks;
German on magazine, ghost and wordpress; French on legacy-br and storybody; Spanish on quintype, sanity and
semantic; Russian on fusion, medium and nextjs); while a page is rendered, the earlier modules' related headlines,
the strings that belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those
helpers draw from themselves are swapped for this part's own, and the templates get this part's furniture strings
(UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout85.py, so that make_pages.py can import this module and merge it the same way. Standard
library only; deterministic (each page's choices are seeded from its id).
"""
import collections
import contextlib
import copy
import datetime
import json
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
import make_heldout77 as mp77  # noqa: E402
import make_heldout78 as mp78  # noqa: E402
import make_heldout79 as mp79  # noqa: E402
import make_heldout80 as mp80  # noqa: E402
import make_heldout81 as mp81  # noqa: E402
import make_heldout82 as mp82  # noqa: E402
import make_heldout83 as mp83  # noqa: E402
import make_heldout84 as mp84  # noqa: E402
import make_heldout85 as mp85  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h87_en import ARTICLES as H87_EN  # noqa: E402
from articles_h87_intl import ARTICLES as H87_INTL  # noqa: E402




ARTICLES = H87_EN + H87_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85)
# parts whose layouts' languages this part avoids (the two before it that are finished; h86 and h88 are written at
# the same time and were not read)
LANG_PARTS = (mp84, mp85)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h87"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Carnock Chronicle", "Hobbleford Herald and Post", "Carnock Coast Courier", "Gorsby and Saltersea Advertiser"],
    "tr": ["Kumburun Ekspres", "Körfez Postası Kumburun", "Dalyanköy Haber"],
    "de": ["Seebrunner Bote", "Rotachtal-Zeitung", "Kienbacher Wochenblatt"],
    "fr": ["L'Écho des Dunes", "Le Réveil de Mouliers"],
    "es": ["Diario de Puerto Albor", "La Gaceta de Rocamar", "Albor Noticias"],
    "ru": ["Камышинский вестник", "Верхнекамышинская правда"],
}
# sites fixed per page (the two Odoo sites, the Kadence and GeneratePress sites, an English town council on TYPO3, an
# English village website on uCoz, an independent Russian village publication on Medium) are given in the stories'
# "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h85 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Carnock coast tide-times chart stays hidden until you allow chart cookies", "Switch on map cookies to see where this is on the Carnock coast"],
        "tr": ["Kumburun gelgit çizelgesi, grafik çerezlerine izin verene kadar görünmez", "Bunun Kumburun kıyısında nerede olduğunu görmek için harita çerezlerini açın"],
        "de": ["Die Pegelkurve des Seebrunner Sees bleibt leer, bis Sie Diagramm-Cookies erlauben", "Schalten Sie Karten-Cookies ein, um zu sehen, wo das am Seebrunner Ufer liegt"],
        "fr": ["Le graphique des marées des Sablonnières reste vide tant que les cookies de graphiques sont refusés", "Activez les cookies de carte pour voir où cela se trouve sur la Côte des Dunes"],
        "es": ["La tabla de mareas de Puerto Albor no aparece hasta que aceptes las cookies de gráficos", "Activa las cookies de mapas para ver dónde queda esto en la costa de Puerto Albor"],
        "ru": ["График уровня воды в Камышинке не появится, пока вы не разрешите cookie для графиков", "Включите cookie карт, чтобы увидеть, где это находится в Верхнекамышинском районе"],
    },
    "newsletter": {
        "en": ["Bay Briefing: the Carnock coast's news in your inbox every morning", "That's your last free Carnock Bay story this month: register for free to keep reading", "Nobody owns us but our readers: £3 a month keeps {site} reporting the bay"],
        "tr": ["Körfez Bülteni: Kumburun'un haberleri her sabah e-postanızda", "Bu ayki son ücretsiz körfez haberinizi okudunuz: okumaya devam etmek için ücretsiz kaydolun", "Sahibimiz yok, okurlarımız var: ayda 50 lira {site} gazeteciliğini körfezde yaşatıyor"],
        "de": ["Seepost: die Nachrichten aus dem Rotachtal jeden Morgen im Postfach", "Das war Ihr letzter freier Seebrunner Artikel in diesem Monat: kostenlos registrieren und weiterlesen", "Wir gehören niemandem außer unseren Lesern: Mit 4 Euro im Monat tragen Sie {site} am See"],
        "fr": ["La Dépêche des Dunes : l'actualité de la côte dans votre boîte chaque matin", "C'était votre dernier article gratuit de la Côte des Dunes ce mois-ci : inscrivez-vous gratuitement pour continuer", "Personne ne nous possède, à part nos lecteurs : 3 euros par mois font vivre {site} sur la côte"],
        "es": ["La Ría al Día: las noticias de Puerto Albor en tu correo cada mañana", "Has leído tu última noticia gratuita de la ría este mes: regístrate gratis para seguir leyendo", "No tenemos más dueños que nuestros lectores: 3 euros al mes mantienen a {site} contando la ría"],
        "ru": ["«Камышинский дайджест»: новости района каждое утро на почту", "Это был ваш последний бесплатный материал о районе в этом месяце: зарегистрируйтесь бесплатно и читайте дальше", "У нас нет хозяина, кроме читателей: 200 рублей в месяц помогают «{site}» рассказывать о районе"],
    },
    "share": {
        "en": ["Send it round the bay: Facebook · WhatsApp · Bluesky · Email", "Know someone on the Carnock coast who should read this? Copy the link ›"],
        "tr": ["Körfezde paylaşın: Facebook · WhatsApp · Bluesky · E-posta", "Kumburun'da bunu okuması gereken biri mi var? Bağlantıyı kopyalayın ›"],
        "de": ["Am See weitersagen: Facebook · WhatsApp · Bluesky · E-Mail", "Kennen Sie jemanden im Rotachtal, der das lesen sollte? Link kopieren ›"],
        "fr": ["Faites passer sur la côte : Facebook · WhatsApp · Bluesky · Courriel", "Quelqu'un aux Sablonnières devrait lire ceci ? Copiez le lien ›"],
        "es": ["Compártelo en la ría: Facebook · WhatsApp · Bluesky · Correo", "¿Conoces a alguien en Puerto Albor que deba leer esto? Copia el enlace ›"],
        "ru": ["Расскажите в районе: ВКонтакте · Одноклассники · Telegram · Почта", "Знаете кого-то в Верхнекамышинске, кому это важно? Скопируйте ссылку ›"],
    },
    "photo": {
        "en": ["Reader's picture, sent to our Saltersea office", "Photographed for the Carnock Bay picture desk"],
        "tr": ["Okurumuzun Kumburun bürosuna gönderdiği fotoğraf", "Körfez foto masası için çekildi"],
        "de": ["Leserfoto, an unsere Seebrunner Redaktion geschickt", "Fotografiert für den Bildtisch am See"],
        "fr": ["Photo d'un lecteur, envoyée à notre bureau des Sablonnières", "Prise pour le service photo de la Côte des Dunes"],
        "es": ["Foto de un lector enviada a nuestra redacción del puerto", "Tomada para la sección de fotografía de Puerto Albor"],
        "ru": ["Снимок читателя, присланный в верхнекамышинскую редакцию", "Снято для фотослужбы Верхнекамышинска"],
    },
    "copyright": {
        "en": ["© {site} 2026 · This Carnock Bay report may not be copied, republished or read on air without the publisher's written permission."],
        "tr": ["© {site} 2026 · Bu körfez haberi yayıncının yazılı izni olmadan kopyalanamaz, yeniden yayımlanamaz veya yayında okunamaz."],
        "de": ["© {site} 2026 · Dieser Bericht aus dem Rotachtal darf ohne schriftliche Erlaubnis des Verlags nicht kopiert, veröffentlicht oder vorgelesen werden."],
        "fr": ["© {site} 2026 · Cet article de la Côte des Dunes ne peut être copié, republié ou lu à l'antenne sans l'accord écrit de l'éditeur."],
        "es": ["© {site} 2026 · Esta noticia de la ría no puede copiarse, republicarse ni leerse en antena sin permiso escrito del editor."],
        "ru": ["© «{site}», 2026 · Этот материал о районе нельзя копировать, перепечатывать или зачитывать в эфире без письменного разрешения издателя."],
    },
    "section": {
        "en": ["Latest from the bay desk: {section}", "More {section} from the Carnock coast ›"],
        "tr": ["Körfez masasından son haberler: {section}", "Kumburun kıyısından daha fazla {section} ›"],
        "de": ["Neu vom Seetisch: {section}", "Mehr {section} aus dem Rotachtal ›"],
        "fr": ["Du nouveau à la rédaction de la côte : {section}", "Plus de {section} sur la Côte des Dunes ›"],
        "es": ["Lo último de la redacción del puerto: {section}", "Más noticias de {section} en la ría ›"],
        "ru": ["Свежее из районной редакции: {section}", "Ещё материалы рубрики «{section}» из района ›"],
    },
    "related": {
        "en": ["Also on the Carnock coast this week", "More from our bay reporters"],
        "tr": ["Bu hafta Kumburun kıyısında", "Körfez muhabirlerimizden daha fazlası"],
        "de": ["Diese Woche rund um den Seebrunner See", "Mehr von unseren Reportern am See"],
        "fr": ["Cette semaine sur la Côte des Dunes", "D'autres articles de nos reporters de la côte"],
        "es": ["Esta semana en la ría de Puerto Albor", "Más de nuestros reporteros de la costa"],
        "ru": ["На этой неделе в Верхнекамышинском районе", "Ещё от наших корреспондентов в районе"],
    },
    "symbol": {
        "*": ["〰 ⚓ 〰", "⁂ ∿ ⁂", "≈ ◦ ≈ ◦ ≈", "⚓ ⁓ ⚓ ⁓ ⚓"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} team on the Carnock coast", "Our Gorsby and Low Pennick correspondent contributed to this report"],
        "tr": ["{site} Kumburun ekibinin ek katkılarıyla", "Dalyanköy ve Çamlıtepe muhabirimiz bu habere katkıda bulundu"],
        "de": ["Mit Zuarbeit des Seebrunner Teams von {site}", "Unser Korrespondent für Ottersried und Kienbach hat zu diesem Bericht beigetragen"],
        "fr": ["Avec la contribution de l'équipe de {site} aux Sablonnières", "Notre correspondante à Mouliers et Saint-Aubin a contribué à cet article"],
        "es": ["Con la colaboración del equipo de {site} en Puerto Albor", "Nuestro corresponsal en Rocamar y El Palmeral ha colaborado en esta información"],
        "ru": ["При участии верхнекамышинской группы «{site}»", "Наш корреспондент в Камышинке и Луговом помогал готовить материал"],
    },
    "ad": {
        "en": ["Advertisement · the bay story carries on below", "Reach every village on the bay: advertise in {site} from £12 a week"],
        "tr": ["Reklam · körfez haberi aşağıda devam ediyor", "Körfezdeki her köye ulaşın: {site} reklamları haftalık 300 liradan"],
        "de": ["Anzeige · der Bericht vom See geht unten weiter", "Erreichen Sie jedes Dorf am See: Anzeigen in {site} ab 12 € pro Woche"],
        "fr": ["Publicité · l'article de la côte continue ci-dessous", "Touchez chaque village de la côte : annonces dans {site} dès 12 € la semaine"],
        "es": ["Publicidad · la noticia de la ría continúa debajo", "Llega a cada rincón de la ría: anuncios en {site} desde 12 € a la semana"],
        "ru": ["Реклама · материал о районе продолжается ниже", "Ваша реклама в каждом селе района: в «{site}» от 900 ₽ в неделю"],
    },
    "continue": {
        "en": ["Carry on reading this bay story", "Show the whole Carnock Bay report ▾"],
        "tr": ["Bu körfez haberini okumaya devam edin", "Kumburun haberinin tamamını gösterin ▾"],
        "de": ["Diesen Bericht vom See weiterlesen", "Den ganzen Rotachtal-Bericht anzeigen ▾"],
        "fr": ["Continuer la lecture de cet article de la côte", "Afficher tout l'article des Sablonnières ▾"],
        "es": ["Seguir leyendo esta noticia de la ría", "Mostrar la noticia completa de Puerto Albor ▾"],
        "ru": ["Читать материал о районе дальше", "Показать весь материал из Верхнекамышинска ▾"],
    },
    "comments": {
        "en": ["{n} people on the bay have commented", "Read all {n} comments from the coast ›"],
        "tr": ["Körfezden {n} kişi yorum yaptı", "Kıyıdan gelen {n} yorumun hepsini okuyun ›"],
        "de": ["{n} Menschen vom See haben kommentiert", "Alle {n} Kommentare aus dem Rotachtal lesen ›"],
        "fr": ["{n} habitants de la côte ont commenté", "Lire les {n} commentaires de la Côte des Dunes ›"],
        "es": ["{n} vecinos de la ría han comentado", "Leer los {n} comentarios de la costa ›"],
        "ru": ["{n} жителей района оставили комментарии", "Читать все {n} комментариев из района ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the bay desk", "Time to read on the coast: {m} min"],
        "tr": ["Körfez masasından {m} dakikalık okuma", "Kumburun kıyısında okuma süresi: {m} dk"],
        "de": ["{m} Minuten Lesezeit vom Seetisch", "Lesezeit am See: {m} Min."],
        "fr": ["{m} minutes de lecture de la rédaction de la côte", "Temps de lecture aux Sablonnières : {m} min"],
        "es": ["{m} minutos de lectura desde la redacción del puerto", "Lectura en la ría: {m} min"],
        "ru": ["{m} минуты чтения от районной редакции", "Время чтения в районе: {m} мин"],
    },
    "updated": {
        "en": ["Updated by the bay desk on {d} at {t}", "This report was updated on {d}, {t}, after Carnock District Council replied"],
        "tr": ["Körfez masası tarafından {d} saat {t}'de güncellendi", "Bu haber, Kumburun Belediyesi'nin yanıtının ardından {d}, {t} itibarıyla güncellendi"],
        "de": ["Aktualisiert vom Seetisch am {d} um {t} Uhr", "Dieser Bericht wurde am {d}, {t} Uhr, nach der Antwort der Stadt Seebrunn ergänzt"],
        "fr": ["Mis à jour par la rédaction de la côte le {d} à {t}", "Article mis à jour le {d}, {t}, après la réponse de la communauté de communes de la Côte des Dunes"],
        "es": ["Actualizado por la redacción del puerto el {d} a las {t}", "Noticia actualizada el {d}, {t}, tras la respuesta del Ayuntamiento de Puerto Albor"],
        "ru": ["Обновлено районной редакцией {d} в {t}", "Материал обновлён {d}, {t}, после ответа администрации Верхнекамышинска"],
    },
    "audio": {
        "en": ["▶ Listen to this bay story ({m} min)", "On the beach? Let a Carnock Bay reporter read this to you in {m} minutes"],
        "tr": ["▶ Bu körfez haberini dinleyin ({m} dk)", "Sahilde misiniz? Bir Kumburun muhabiri bunu size {m} dakikada okusun"],
        "de": ["▶ Diesen Bericht vom See anhören ({m} Min.)", "Im Strandbad? Ein Seebrunner Reporter liest Ihnen das in {m} Minuten vor"],
        "fr": ["▶ Écouter cet article de la Côte des Dunes ({m} min)", "À la plage ? Un reporter des Sablonnières vous le lit en {m} minutes"],
        "es": ["▶ Escucha esta noticia de la ría ({m} min)", "¿En la playa? Un periodista de Puerto Albor te la lee en {m} minutos"],
        "ru": ["▶ Слушать материал о районе ({m} мин)", "На даче? Корреспондент из Верхнекамышинска прочитает вам это за {m} минуты"],
    },
    "app": {
        "en": ["The bay in your pocket: get the {site} app", "Keep reading in the Carnock Bay app ›"],
        "tr": ["Körfez cebinizde: {site} uygulamasını indirin", "Kumburun uygulamasında okumaya devam edin ›"],
        "de": ["Der See in der Hosentasche: die App von {site} laden", "In der Rotachtal-App weiterlesen ›"],
        "fr": ["La côte dans votre poche : téléchargez l'appli {site}", "Continuer dans l'appli de la Côte des Dunes ›"],
        "es": ["La ría en tu bolsillo: descarga la app de {site}", "Sigue leyendo en la app de Puerto Albor ›"],
        "ru": ["Район в кармане: скачайте приложение «{site}»", "Продолжить в приложении Верхнекамышинска ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} along the Carnock coast for {site} and swims off Gorsby slipway most mornings.", "More stories from {by} on the bay ›"],
        "tr": ["{by}, {site} için Kumburun kıyısında {section} haberlerini izliyor ve çoğu sabah Dalyanköy iskelesinden denize giriyor.", "{by} imzalı diğer körfez haberleri ›"],
        "de": ["{by} berichtet für {site} rund um den See über {section} und rudert an den meisten Morgen vor Ottersried.", "Weitere Berichte von {by} vom See ›"],
        "fr": ["{by} suit la rubrique {section} sur toute la Côte des Dunes pour {site} et nage au Goulet presque tous les matins.", "D'autres articles de {by} sur la côte ›"],
        "es": ["{by} cubre {section} en toda la ría para {site} y sale a remar desde el puerto casi todas las mañanas.", "Más noticias de {by} en la ría ›"],
        "ru": ["{by} пишет о теме «{section}» по всему району для «{site}» и по утрам ходит на лыжах вдоль Камышинки.", "Другие материалы {by} о районе ›"],
    },
    "tip": {
        "en": ["Something happening on the bay? Email newsdesk@carnockbay-news.example", "Text the bay desk on 07700 900 318"],
        "tr": ["Körfezde bir şey mi oluyor? haber@kumburun-masa.example adresine yazın", "Körfez masasına mesaj atın: 0 (532) 900 31 80"],
        "de": ["Am See passiert etwas? Mail an hinweise@seebrunn-redaktion.example", "Nachricht an den Seetisch: 0151 900 31 80"],
        "fr": ["Il se passe quelque chose sur la côte ? Écrivez à redaction@cote-des-dunes-infos.example", "Un SMS à la rédaction de la côte : 06 00 90 31 80"],
        "es": ["¿Pasa algo en la ría? Escribe a redaccion@puertoalbor-noticias.example", "Manda un mensaje a la redacción del puerto: 600 900 318"],
        "ru": ["В районе что-то случилось? Пишите на redakciya@verhnekamyshinsk-novosti.example", "Напишите в районную редакцию: +7 900 000-31-80"],
    },
    "typo": {
        "en": ["Spotted a mistake in this Carnock Bay story? Select it and press Ctrl+Enter to let the bay desk know"],
        "tr": ["Bu Kumburun haberinde bir hata mı gördünüz? Seçip Ctrl+Enter'a basın, körfez masasına iletelim"],
        "de": ["Einen Fehler in diesem Seebrunner Bericht entdeckt? Markieren und Strg+Enter drücken, dann weiß der Seetisch Bescheid"],
        "fr": ["Une erreur dans cet article des Sablonnières ? Sélectionnez-la et tapez Ctrl+Entrée pour prévenir la rédaction de la côte"],
        "es": ["¿Un error en esta noticia de Puerto Albor? Selecciónalo y pulsa Ctrl+Intro para avisar a la redacción del puerto"],
        "ru": ["Заметили ошибку в материале из Верхнекамышинска? Выделите её и нажмите Ctrl+Enter — районная редакция исправит"],
    },
    "push": {
        "en": ["Want an alert when there's news on the bay? Yes, turn on bay alerts · Maybe later"],
        "tr": ["Körfezde haber olunca bildirim ister misiniz? Evet, körfez bildirimlerini aç · Belki sonra"],
        "de": ["Benachrichtigung, wenn es am See Neues gibt? Ja, Seemeldungen an · Vielleicht später"],
        "fr": ["Une notification quand il y a du nouveau sur la côte ? Oui, activer les alertes de la côte · Plus tard"],
        "es": ["¿Quieres un aviso cuando haya noticias en la ría? Sí, activar avisos de la ría · Quizá más tarde"],
        "ru": ["Присылать уведомление, когда в районе новости? Да, включить уведомления района · Может быть, позже"],
    },
    "print": {
        "en": ["Keep this bay story: Print · Save as PDF · Email it to yourself", "Printer-friendly Carnock Bay page ›"],
        "tr": ["Bu körfez haberini saklayın: Yazdır · PDF kaydet · Kendinize e-postalayın", "Yazıcı dostu Kumburun sayfası ›"],
        "de": ["Diesen Bericht vom See aufheben: Drucken · Als PDF sichern · An mich mailen", "Druckansicht für das Rotachtal ›"],
        "fr": ["Garder cet article de la côte : Imprimer · Enregistrer en PDF · Me l'envoyer", "Version imprimable de la Côte des Dunes ›"],
        "es": ["Guarda esta noticia de la ría: Imprimir · Guardar en PDF · Enviármela", "Versión para imprimir de Puerto Albor ›"],
        "ru": ["Сохранить материал о районе: Печать · Сохранить в PDF · Отправить себе", "Версия для печати из Верхнекамышинска ›"],
    },
    "feedback": {
        "en": ["Did this Carnock Bay report tell you what you wanted to know? Yes, all of it · Some of it · None of it"],
        "tr": ["Bu Kumburun haberi merak ettiklerinizi anlattı mı? Evet, hepsini anlattı · Kısmen · Hiç anlatmadı"],
        "de": ["Hat Ihnen dieser Bericht vom See gesagt, was Sie wissen wollten? Ja, alles · Einiges · Nichts davon"],
        "fr": ["Cet article de la Côte des Dunes vous a-t-il appris ce que vous vouliez savoir ? Oui, tout · En partie · Rien du tout"],
        "es": ["¿Te ha contado esta noticia de la ría lo que querías saber? Sí, todo · En parte · Nada"],
        "ru": ["Рассказал ли этот материал о районе то, что вы хотели узнать? Да, всё · Отчасти · Ничего"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code across all its bay titles. Complaints about this report: readers@carnockbay-news.example."],
        "tr": ["{site}, bütün körfez yayınlarında Basın Meslek İlkeleri'ne uyar. Bu haberle ilgili şikâyetler: okur@kumburun-masa.example."],
        "de": ["{site} hält sich in allen Titeln am See an den Pressekodex. Beschwerden zu diesem Bericht: leser@seebrunn-redaktion.example."],
        "fr": ["{site} applique la charte de déontologie des journalistes dans chacun de ses titres de la Côte des Dunes. Réclamations sur cet article : lecteurs@cote-des-dunes-infos.example."],
        "es": ["{site} sigue el código deontológico en todas sus cabeceras de la ría. Quejas sobre esta noticia: lectores@puertoalbor-noticias.example."],
        "ru": ["«{site}» во всех районных изданиях соблюдает кодекс профессиональной этики журналиста. Жалобы на этот материал: chitatel@verhnekamyshinsk-novosti.example."],
    },
    "topics": {
        "en": ["Filed in: {section} · Carnock Bay · Coast villages", "Follow {section} on the bay ›"],
        "tr": ["Konu: {section} · Kumburun · Kıyı köyleri", "Körfezde {section} konusunu takip edin ›"],
        "de": ["Abgelegt in: {section} · Seebrunn · Dörfer am See", "{section} im Rotachtal folgen ›"],
        "fr": ["Classé dans : {section} · Les Sablonnières · Villages de la côte", "Suivre {section} sur la Côte des Dunes ›"],
        "es": ["Archivado en: {section} · Puerto Albor · Pueblos de la ría", "Sigue {section} en la ría ›"],
        "ru": ["Рубрики: {section} · Верхнекамышинск · Сёла района", "Следить за темой «{section}» в районе ›"],
    },
    "bookmark": {
        "en": ["☆ Save to your Carnock Bay reading list"],
        "tr": ["☆ Kumburun okuma listenize ekleyin"],
        "de": ["☆ Auf Ihre Seebrunner Leseliste setzen"],
        "fr": ["☆ Ajouter à votre liste de lecture de la côte"],
        "es": ["☆ Guardar en tu lista de lectura de la ría"],
        "ru": ["☆ Добавить в список чтения о районе"],
    },
    "poll": {
        "en": ["Your say: should the rest of the coast do the same? Yes, it should · No, it shouldn't · Not sure", "Vote now and see what the bay thinks"],
        "tr": ["Sizce kıyının geri kalanı da aynısını yapmalı mı? Evet, yapmalı · Hayır, yapmamalı · Emin değilim", "Oy verin, körfezin ne düşündüğünü görün"],
        "de": ["Ihre Meinung: Sollten die anderen Orte am See nachziehen? Ja, sollten sie · Nein, lieber nicht · Unentschieden", "Abstimmen und sehen, was der See denkt"],
        "fr": ["À vous : les autres communes de la côte devraient-elles faire pareil ? Oui, elles devraient · Non, surtout pas · Je ne sais pas trop", "Votez et voyez ce que pense la côte"],
        "es": ["Opina: ¿deberían hacer lo mismo los demás pueblos de la ría? Sí, deberían · No, mejor no · No estoy seguro", "Vota y mira qué piensa la ría"],
        "ru": ["Ваше мнение: стоит ли другим сёлам района сделать так же? Да, стоит · Нет, не стоит · Не уверен", "Проголосуйте и узнайте, что думает район"],
    },
    "embed": {
        "en": ["See this post from {handle} about the bay on Instagram", "Watch {handle}'s Carnock Bay video on YouTube"],
        "tr": ["{handle} hesabının körfez gönderisini Instagram'da görün", "{handle} hesabının Kumburun videosunu YouTube'da izleyin"],
        "de": ["Diesen Beitrag von {handle} über den See auf Instagram ansehen", "Das Rotachtal-Video von {handle} auf YouTube ansehen"],
        "fr": ["Voir sur Instagram cette publication de {handle} sur la côte", "Regarder sur YouTube la vidéo de {handle} tournée aux Sablonnières"],
        "es": ["Ver esta publicación de {handle} sobre la ría en Instagram", "Ver el vídeo de {handle} sobre Puerto Albor en YouTube"],
        "ru": ["Посмотреть пост {handle} о районе в Instagram", "Смотреть видео {handle} о Верхнекамышинске на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} pictures from the Carnock coast", "See all {g} bay pictures ›"],
        "tr": ["📷 Kumburun kıyısından {g} fotoğraf", "{g} körfez fotoğrafının hepsini görün ›"],
        "de": ["📷 {g} Bilder vom Seebrunner Ufer", "Alle {g} Bilder aus dem Rotachtal ansehen ›"],
        "fr": ["📷 {g} photos de la Côte des Dunes", "Voir les {g} photos de la côte ›"],
        "es": ["📷 {g} fotos de la ría", "Ver las {g} imágenes de Puerto Albor ›"],
        "ru": ["📷 {g} фото из района", "Смотреть все {g} снимков из Верхнекамышинска ›"],
    },
    "map": {
        "en": ["Open the Carnock Bay map", "Get there on the coast: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Kumburun haritasını açın", "Kıyıda yol tarifi: Google Haritalar · Apple Haritalar · Yandex Navigasyon"],
        "de": ["Karte vom Seebrunner See öffnen", "So kommen Sie ans Ufer: Google Maps · Apple Karten · OpenStreetMap"],
        "fr": ["Ouvrir la carte de la Côte des Dunes", "S'y rendre sur la côte : Google Maps · Plans · Géoportail"],
        "es": ["Abrir el mapa de la ría", "Cómo llegar a la costa: Google Maps · Mapas de Apple · OpenStreetMap"],
        "ru": ["Открыть карту района", "Дорога до места: Яндекс Карты · 2ГИС · OpenStreetMap"],
    },
    "calendar": {
        "en": ["Save this bay date: Google · Outlook · Apple", "Remind me about this Carnock Bay event ›"],
        "tr": ["Bu körfez tarihini kaydedin: Google · Outlook · Apple", "Bu Kumburun etkinliğini bana hatırlatın ›"],
        "de": ["Diesen Termin am See speichern: Google · Outlook · Apple", "An diesen Termin im Rotachtal erinnern ›"],
        "fr": ["Ajouter ce rendez-vous de la côte : Google · Outlook · Apple", "Me rappeler ce rendez-vous des Sablonnières ›"],
        "es": ["Guarda esta cita de la ría: Google · Outlook · Apple", "Recuérdame esta cita de Puerto Albor ›"],
        "ru": ["Сохранить дату события в районе: Google · Outlook · Apple", "Напомнить мне об этом событии в Верхнекамышинске ›"],
    },
    "scores": {
        "en": ["All the weekend's results from round the bay ›", "Bay sport: Fixtures · Results · Tables · Scorers"],
        "tr": ["Hafta sonunun bütün körfez sonuçları ›", "Körfez sporu: Fikstür · Sonuçlar · Puan durumu · Golcüler"],
        "de": ["Alle Ergebnisse des Wochenendes rund um den See ›", "Sport am See: Spielplan · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats du week-end sur la Côte des Dunes ›", "Sport sur la côte : Calendrier · Résultats · Classements · Buteurs"],
        "es": ["Todos los resultados del fin de semana en la ría ›", "Deporte en la ría: Calendario · Resultados · Clasificación · Goleadores"],
        "ru": ["Все результаты выходных в районе ›", "Спорт района: Календарь · Результаты · Таблица · Бомбардиры"],
    },
    "correction": {
        "en": ["This Carnock Bay story was corrected after it was first published."],
        "tr": ["Bu Kumburun haberi ilk yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Bericht vom See wurde nach der ersten Veröffentlichung korrigiert."],
        "fr": ["Cet article de la Côte des Dunes a été corrigé après sa première publication."],
        "es": ["Esta noticia de la ría se corrigió después de su primera publicación."],
        "ru": ["Этот материал о районе исправлен после первой публикации."],
    },
    # the three families new in this part
    "bluebadge": {
        "en": ["Blue Badge: who can get one", "Blue Badge eligibility at a glance", "Apply for or renew a Blue Badge ›", "Blue Badge: applying step by step"],
        "tr": ["Engelli park kartı: kimler alabilir", "Engelli park kartı: başvuru koşulları", "Engelli park kartı için başvurun ›", "Engelli park kartı: adım adım başvuru"],
        "de": ["Blauer Parkausweis: wer ihn bekommt", "Parkausweis für Schwerbehinderte: die Voraussetzungen", "Blauen Parkausweis beantragen ›", "Blauer Parkausweis: so stellen Sie den Antrag"],
        "fr": ["Carte mobilité inclusion stationnement : qui peut l'obtenir", "CMI stationnement : les conditions", "Demander la carte mobilité inclusion stationnement ›", "CMI stationnement : la demande pas à pas"],
        "es": ["Tarjeta de estacionamiento para personas con movilidad reducida: quién puede pedirla", "Tarjeta de estacionamiento: requisitos", "Solicita o renueva la tarjeta de estacionamiento ›", "Tarjeta de estacionamiento: cómo solicitarla"],
        "ru": ["Парковка для инвалидов: кому положена", "Парковочное разрешение для инвалидов: условия", "Внести машину в реестр для парковки инвалидов ›", "Парковочное разрешение: как оформить"],
    },
    "councillorsurgeries": {
        "en": ["Councillor surgeries this month", "Your councillor's surgeries: dates and venues", "Book a private appointment with your councillor ›", "Councillor surgeries: how they work"],
        "tr": ["Bu ayın halk günleri", "Halk günleri: tarihler ve yerler", "Başkanla görüşmek için randevu alın ›", "Halk günü: nasıl başvurulur"],
        "de": ["Bürgersprechstunden in diesem Monat", "Bürgersprechstunden: Termine und Orte", "Termin in der Bürgersprechstunde vereinbaren ›", "Bürgersprechstunde: so läuft sie ab"],
        "fr": ["Permanences des élus ce mois-ci", "Permanences des élus : dates et lieux", "Prendre rendez-vous avec un élu ›", "Permanences des élus : mode d'emploi"],
        "es": ["Atención vecinal de los concejales este mes", "Atención vecinal: fechas y lugares", "Pide cita con tu concejal ›", "Atención vecinal: cómo funciona"],
        "ru": ["Приём граждан депутатами в этом месяце", "Приём граждан: даты и адреса", "Записаться на приём к депутату ›", "Приём граждан: как записаться"],
    },
    "touristtax": {
        "en": ["Visitor levy: what hosts need to know", "Visitor levy rates per night", "Register to collect the visitor levy ›", "Visitor levy: who pays and how to declare it"],
        "tr": ["Konaklama vergisi: işletmeler ne bilmeli", "Konaklama vergisi oranları", "Konaklama vergisi beyannamesi verin ›", "Konaklama vergisi: kim öder, nasıl beyan edilir"],
        "de": ["Gästebeitrag: was Gastgeber wissen müssen", "Gästebeitrag: Sätze pro Nacht", "Gästebeitrag online melden ›", "Gästebeitrag: wer zahlt und wie man meldet"],
        "fr": ["Taxe de séjour : ce que les hébergeurs doivent savoir", "Taxe de séjour : les tarifs par nuit", "Déclarer la taxe de séjour en ligne ›", "Taxe de séjour : qui paie et comment déclarer"],
        "es": ["Tasa turística: lo que deben saber los alojamientos", "Tasa turística: tarifas por noche", "Date de alta en el registro de la tasa turística ›", "Tasa turística: quién paga y cómo se declara"],
        "ru": ["Туристический налог: что нужно знать хозяевам", "Туристический налог: ставки за ночь", "Подать декларацию по туристическому налогу ›", "Туристический налог: кто платит и как отчитываться"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"bluebadge": [0, 1, 2, 3], "councillorsurgeries": [0, 1, 2, 3], "touristtax": [0, 1, 2, 3]}
# the disabled-parking panel: the routes to a badge (who qualifies, what to send); and applying for one
BADGE_ROUTES = {
    "en": [("Without further assessment", "people getting the higher rate of the PIP mobility component, or registered blind", "your award letter or certificate of visual impairment"),
           ("With further assessment", "people who cannot walk far without great difficulty", "a form about your walking, checked by an occupational therapist"),
           ("Children under three", "children who need bulky medical equipment or must stay near a vehicle", "a letter from the child's consultant or health visitor")],
    "tr": [("Ağır engelli sürücüler", "yüzde 50 ve üzeri engel oranı olanlar", "engelli sağlık kurulu raporu"),
           ("Engelli yakınları", "engelli bireyi taşıyan aile bireyleri", "engellinin raporu ve ikametgâh belgesi"),
           ("Geçici kart", "ameliyat sonrası yürümekte zorlananlar", "hastaneden alınan durum raporu")],
    "de": [("Merkzeichen aG", "Menschen mit außergewöhnlicher Gehbehinderung", "Schwerbehindertenausweis mit Merkzeichen aG"),
           ("Merkzeichen Bl", "blinde Menschen", "Schwerbehindertenausweis mit Merkzeichen Bl"),
           ("Vergleichbare Einschränkung", "Menschen mit gleichwertiger Beeinträchtigung beider Arme", "Bescheid des Versorgungsamts")],
    "fr": [("Attribution de droit", "titulaires de la CMI invalidité dont le périmètre de marche est limité", "la notification de la CMI invalidité"),
           ("Après évaluation", "personnes dont le handicap réduit fortement le déplacement à pied", "le formulaire Cerfa et l'avis de la MDPH"),
           ("Personnes âgées dépendantes", "bénéficiaires de l'APA classés en GIR 1 ou 2", "la notification de l'APA")],
    "es": [("Movilidad reducida reconocida", "personas con baremo de movilidad positivo", "resolución del grado de discapacidad"),
           ("Discapacidad visual", "personas con agudeza visual igual o inferior a 0,1", "informe oftalmológico del servicio público"),
           ("Tarjeta provisional", "personas con una enfermedad grave que reduce la movilidad", "informe médico del centro de salud")],
    "ru": [("Инвалиды I и II групп", "водители и те, кто их возит", "сведения в федеральном реестре инвалидов"),
           ("Инвалиды III группы", "с нарушениями опорно-двигательного аппарата", "справка МСЭ с отметкой о праве на парковку"),
           ("Дети-инвалиды", "машины, на которых возят ребёнка", "сведения о ребёнке в реестре")],
}
BADGE_HEAD = {"en": ("Route", "Who qualifies", "What to send"), "tr": ("Kapsam", "Kimler", "Gerekli belge"),
              "de": ("Voraussetzung", "Für wen", "Nachweis"), "fr": ("Cas", "Pour qui", "Justificatif"),
              "es": ("Supuesto", "Quién", "Documento"), "ru": ("Основание", "Кому", "Подтверждение")}
BADGE_APPLY = {
    "en": [("What a badge costs", "£10, paid once the badge is approved"), ("Documents to send", "a recent passport-style photo, proof of identity and proof of your address"),
           ("Where to apply", "online, or on a paper form from any library in the district"), ("How long a decision takes", "up to 12 weeks; a badge lasts three years")],
    "tr": [("Kart ücreti", "kart ücretsizdir"), ("Gerekli belgeler", "kimlik, sağlık raporu, araç ruhsatı ve iki vesikalık fotoğraf"),
           ("Başvuru nereye yapılır", "belediyenin engelli hizmetleri birimi ya da e-belediye"), ("Kartın hazırlanma süresi", "on iş günü")],
    "de": [("Was der Ausweis kostet", "nichts, er wird kostenlos ausgestellt"), ("Unterlagen", "Schwerbehindertenausweis, ein aktuelles Passfoto und der Personalausweis"),
           ("Wo Sie den Antrag stellen", "im Bürgerbüro des Rathauses oder online"), ("Bearbeitungszeit im Bürgerbüro", "in der Regel zwei bis drei Wochen")],
    "fr": [("Prix de la carte", "la carte est gratuite"), ("Pièces à fournir", "formulaire Cerfa, certificat médical de moins d'un an, justificatifs d'identité et de domicile"),
           ("Où déposer la demande", "auprès de la maison départementale des personnes handicapées ou en ligne"), ("Délai de traitement à la MDPH", "quatre mois en moyenne")],
    "es": [("Coste de la tarjeta", "la tarjeta es gratuita"), ("Documentación", "DNI, fotografía tamaño carné y certificado de empadronamiento"),
           ("Dónde se pide", "en el registro municipal o en la sede electrónica"), ("Plazo de resolución municipal", "un mes; la tarjeta vale cinco años")],
    "ru": [("Сколько стоит оформление", "без оплаты и госпошлины"), ("Документы", "паспорт, СНИЛС и номер машины"),
           ("Куда обращаться", "через портал госуслуг или в МФЦ"), ("Сроки", "сведения появляются в реестре за несколько дней")],
}
# the councillor's surgery panel: the dates, venues and times; and how the sessions work
SURGERY_DATES = {
    "en": [("Saturday 14 March 2026", "Suds launderette, Gorsby Road", "10am to noon"), ("Saturday 21 March 2026", "Low Pennick village hall", "10am to 11.30am"),
           ("Tuesday 24 March 2026", "Hobbleford Library, upstairs room", "5.30pm to 7pm")],
    "tr": [("Çarşamba 18 Şubat", "Dalyanköy muhtarlığı", "09.00 ile 15.00 arası"), ("Çarşamba 25 Şubat", "Çamlıtepe köy konağı", "09.00 ile 14.00 arası"),
           ("Çarşamba 4 Mart", "Kumburun Belediyesi meclis salonu", "10.00 ile 16.00 arası")],
    "de": [("Dienstag, 10.03.2026", "Rathaus Seebrunn, Raum 12", "16 bis 18 Uhr"), ("Donnerstag, 19.03.2026", "Gasthaus zur Post, Ottersried", "18 bis 19.30 Uhr"),
           ("Samstag, 28.03.2026", "Feuerwehrhaus Kienbach", "10 bis 12 Uhr")],
    "fr": [("samedi 7 mars", "marché de Mouliers, place de l'Église", "9 h 30 – 12 h"), ("mercredi 11 mars", "mairie annexe de Saint-Aubin-des-Dunes", "17 h – 19 h"),
           ("samedi 21 mars", "salle des fêtes des Sablonnières", "10 h – 12 h")],
    "es": [("martes 3 de marzo", "centro cívico de El Palmeral", "18.00–20.00"), ("jueves 12 de marzo", "local vecinal de Rocamar", "11.00–13.00"),
           ("sábado 21 de marzo", "mercado municipal de Puerto Albor", "10.00–12.00")],
    "ru": [("вторник, 10 марта", "библиотека в Камышинке", "с 15 до 17 часов"), ("четверг, 19 марта", "сельский клуб в Луговом", "с 16 до 18 часов"),
           ("среда, 25 марта", "администрация Верхнекамышинска, кабинет 14", "с 10 утра до часу дня")],
}
SURGERY_HEAD = {"en": ("Date", "Where", "Time"), "tr": ("Tarih", "Yer", "Saat"), "de": ("Datum", "Ort", "Uhrzeit"),
                "fr": ("Date", "Lieu", "Horaires"), "es": ("Fecha", "Lugar", "Horario"), "ru": ("Дата", "Место", "Время")}
SURGERY_RULES = {
    "en": [("Do I need to book?", "no, just turn up and you will be seen in turn"), ("A private appointment", "ask at the surgery or ring the members' office on 01632 960 744"),
           ("Getting in with a wheelchair", "every venue has step-free access"), ("What to bring", "any letters, reference numbers or photos about your problem")],
    "tr": [("Randevu gerekiyor mu?", "gerekmez, sıra numarası kapıda verilir"), ("Özel görüşme", "Özel Kalem'den randevu alınabilir: 0 (256) 900 44 70"),
           ("Engelli erişimi", "bütün salonlara tekerlekli sandalyeyle girilebilir"), ("Görüşmeye gelirken getirin", "kimliğinizi ve varsa önceki başvuru numaranızı")],
    "de": [("Muss ich mich anmelden?", "nein, Sie kommen der Reihe nach dran"), ("Vertrauliches Gespräch", "Termin über das Vorzimmer, Telefon 08024 900 470"),
           ("Zugang mit Rollstuhl", "alle Räume sind stufenlos erreichbar"), ("Was Sie mitbringen sollten", "Schreiben, Aktenzeichen oder Fotos zu Ihrem Anliegen")],
    "fr": [("Faut-il prendre rendez-vous ?", "non, présentez-vous simplement"), ("Entretien confidentiel", "sur rendez-vous en mairie au 02 00 90 47 00"),
           ("Accessibilité", "tous les lieux sont accessibles en fauteuil"), ("Documents à apporter", "courriers, numéros de dossier ou photos utiles")],
    "es": [("¿Hace falta cita?", "no, se atiende por orden de llegada"), ("Reunión privada", "pide cita en la oficina de alcaldía: 986 900 470"),
           ("Accesibilidad", "todos los locales son accesibles"), ("Qué llevar", "cartas, números de expediente o fotos del problema")],
    "ru": [("Нужна ли запись", "по телефону приёмной 8 (48461) 9-04-70 или в день приёма"), ("Письменное обращение", "можно оставить в приёмной депутата"),
           ("Доступ для маломобильных", "во всех помещениях есть пандус"), ("Что взять с собой", "паспорт и документы по вашему вопросу")],
}
# the visitor-levy panel: the rates per night; and who pays, who is exempt, how hosts declare and when they pay
LEVY_RATES = {
    "en": [("Hotels, B&Bs and guesthouses", "£2"), ("Holiday lets and short-term rentals", "£2"), ("Caravan parks and campsites", "£2"),
           ("Children under 16", "no charge")],
    "tr": [("Otel, pansiyon ve apart", "geceleme bedelinin %2'si"), ("Kamp ve karavan alanları", "geceleme bedelinin %2'si"),
           ("İzin belgeli günlük kiralık konut", "kira bedelinin %2'si"), ("Öğrenci ve personel yurtları", "vergiden muaf")],
    "de": [("Erwachsene, Hauptsaison (Mai bis Oktober)", "2,80 Euro"), ("Erwachsene, Nebensaison", "2,00 Euro"), ("Kinder von 6 bis 15 Jahren", "1,00 Euro"),
           ("Kinder unter 6 Jahren", "beitragsfrei")],
    "fr": [("Hôtels 4 étoiles", "1,80 euro"), ("Hôtels 3 étoiles et résidences de tourisme", "1,10 euro"), ("Chambres d'hôtes", "0,80 euro"),
           ("Meublés non classés", "5 % du prix de la nuitée")],
    "es": [("Hoteles de 4 y 5 estrellas", "2 €"), ("Hoteles de 1 a 3 estrellas y pensiones", "1,50 €"), ("Viviendas de uso turístico", "1,50 €"),
           ("Campings y albergues", "1 €")],
    "ru": [("Гостиницы и гостевые дома", "2 % от стоимости"), ("Базы отдыха", "2 % от стоимости"), ("Минимум за сутки", "100 рублей"),
           ("Инвалиды I и II групп", "освобождены")],
}
LEVY_HEAD = {"en": ("Accommodation", "Per person per night"), "tr": ("Tesis", "Vergi"), "de": ("Gast", "Pro Nacht"),
             "fr": ("Hébergement", "Par personne et par nuit"), "es": ("Alojamiento", "Por persona y noche"), "ru": ("Размещение", "Ставка")}
LEVY_RULES = {
    "en": [("Who pays", "every visitor aged 16 or over, for up to seven nights in a row"), ("Who is exempt", "children, people staying for medical treatment and anyone in emergency housing"),
           ("How hosts declare", "a quarterly online return listing nights and guests"), ("When to pay", "within 30 days of the end of each quarter")],
    "tr": [("Kim öder", "tesiste konaklayan her misafir"), ("Muafiyet", "öğrenci yurtları, hastaneler ve kamu misafirhaneleri"),
           ("Nasıl beyan edilir", "işletme her ay vergi dairesine beyanname verir"), ("Ödeme", "beyanı izleyen ayın 26'sına kadar")],
    "de": [("Wer zahlt", "alle Übernachtungsgäste ab 6 Jahren"), ("Befreit", "Schulklassen, Gäste in Kliniken und Menschen mit Schwerbehindertenausweis ab 80 Prozent"),
           ("So melden Gastgeber", "jeden Gast über das Meldeportal der Gästekarte"), ("Abrechnung", "vierteljährlich mit der Kurverwaltung")],
    "fr": [("Qui paie", "toute personne majeure hébergée à titre onéreux"), ("Qui est exonéré", "les mineurs, les saisonniers employés sur la commune et les personnes en hébergement d'urgence"),
           ("Comment déclarer", "chaque mois sur la plateforme de la communauté de communes"), ("Quand reverser", "chaque trimestre")],
    "es": [("Quién paga", "los mayores de 16 años, hasta siete noches"), ("Exenciones", "estancias por motivos médicos y sus acompañantes"),
           ("Cómo se declara", "autoliquidación trimestral en la sede electrónica"), ("Plazo de pago", "el mes siguiente a cada trimestre")],
    "ru": [("Кто платит", "гости старше 18 лет"), ("Кто освобождён", "ветераны, инвалиды I и II групп, студенты очной формы обучения"),
           ("Как отчитываться", "владелец средства размещения подаёт декларацию раз в квартал"), ("Срок уплаты", "до 28-го числа месяца после квартала")],
}
WIDGET_ROWS = (("badge routes", BADGE_ROUTES), ("badge applying", BADGE_APPLY), ("surgery dates", SURGERY_DATES),
               ("surgery rules", SURGERY_RULES), ("levy rates", LEVY_RATES), ("levy rules", LEVY_RULES))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Saltersea pier's penny arcade reopens after a winter of repairs", "Hobbleford bowls club finds its 1931 honours board behind a wardrobe",
           "Seal pup rescued from Gorsby slipway returned to the sea", "Low Pennick chip van named the best on the coast",
           "Carnock coast path shut at Marram End after cliff fall", "Thrushby handbell ringers win the county festival"],
    "tr": ["Kumburun iskelesindeki eski kahvehane restore edilecek", "Yeşilkaya'da kaybolan kedi iki hafta sonra balıkçı teknesinde bulundu",
           "Dalyanköy yoluna yeni bisiklet yolu yapılıyor", "Kumburun'un en eski fırını üçüncü kuşağa geçti",
           "Körfezdeki tarihi taş iskele onarıma alındı", "Çamlıtepe'de zeytin hasadı erken başladı"],
    "de": ["Seebrunner Musikpavillon am Ufer wird saniert", "Kegelclub Kienbach findet Ehrentafel von 1931 hinter einem Schrank",
           "Schwanenfamilie bremst Ausflugsschiff vor Ottersried", "Fischbude am Seebrunner Hafen zur besten im Landkreis gekürt",
           "Uferweg zwischen Seebrunn und Ottersried nach Hangrutsch gesperrt", "Handglockenchor aus Kienbach gewinnt Landeswettbewerb"],
    "fr": ["Le kiosque de la digue des Sablonnières sera restauré", "Une plaque de 1931 retrouvée derrière une armoire à Mouliers",
           "Un bébé phoque remis à l'eau à Saint-Aubin-des-Dunes", "La friterie du port élue meilleure de la côte",
           "Le sentier côtier fermé après un éboulement au Goulet", "La chorale de Mouliers remporte le concours départemental"],
    "es": ["Restaurarán el quiosco de música del paseo de Puerto Albor", "Aparece tras un armario una placa de 1931 del club de remo de Rocamar",
           "Devuelven al mar una cría de foca rescatada en El Palmeral", "La taberna del puerto gana el concurso de pinchos de la ría",
           "Cierran la senda costera de Rocamar tras un desprendimiento", "La coral de Puerto Albor gana el certamen provincial"],
    "ru": ["В Верхнекамышинске отреставрируют летнюю эстраду на набережной", "В Луговом за шкафом нашли доску почёта 1931 года",
           "Лосиха с лосёнком вышла к школе в Камышинке", "Пекарню у рынка признали лучшей в районе",
           "Пешеходный мост через Камышинку закроют на ремонт", "Хор ветеранов из Лугового победил на областном конкурсе"],
}
# subtitles of the linked stories (the Odoo pages' next-article cover, Medium's link previews), in the order of
# HEADLINES
TEASERS = {
    "en": ["The council and the arcade's owners are splitting the £95,000 bill.",
           "It had been propping up a wardrobe in the pavilion since the 1970s.",
           "Volunteers fed it on fish soup for five weeks.",
           "The judges worked through fourteen portions of chips in three days.",
           "Walkers face an inland diversion of a mile and a half.",
           "It is the ringers' first win since 1994."],
    "fr": ["La commune et la région se partagent une facture de 95 000 euros.",
           "Elle calait une armoire du club de boules depuis les années 1970.",
           "Les bénévoles l'ont nourri pendant cinq semaines.",
           "Le jury a goûté quatorze cornets de frites en trois jours.",
           "Les promeneurs doivent faire un détour de deux kilomètres.",
           "C'est la première victoire de la chorale depuis 1994."],
    "ru": ["Подрядчик обещает закончить работы ко Дню города.",
           "Доску использовали как подставку с семидесятых годов.",
           "Охотоведы проводили животных обратно в лес.",
           "Жюри попробовало хлеб из двенадцати пекарен.",
           "Пешеходам придётся идти через автомобильный мост.",
           "Хор не побеждал на конкурсе с 1994 года."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["The bay today", "Saltersea, Hobbleford and Gorsby", "Courts and crime on the coast", "Carnock Bay schools", "Sport round the bay", "What's on along the coast", "Carnock Bay public notices"],
               cookie="We and our selected partners use cookies and similar technologies on your device to run this site, to count how many people read each bay story and to show the adverts that pay for local news on the Carnock coast. Accept them all, or choose which ones the bay papers may use.",
               accept="Accept and read the bay news", reject="Choose my bay cookie settings", share="Share this Carnock Bay story",
               related="Read next from the bay", newsletter="Bay Morning: the coast's news in one email, every weekday",
               subscribe="Get Bay Morning", email="name@bay-morning.example",
               comment_note="A moderator checks comments on bay stories before they go live. Keep it civil and on the subject: your neighbours are reading.",
               closed="Comments are closed on this bay story.",
               footer=["Contact the Carnock Bay newsroom", "Carnock Bay corrections and clarifications", "Carnock Bay privacy notice", "Advertise around the bay", "Carnock Bay community rules"],
               rights="Everything on this site belongs to its publisher; please ask in writing before you reuse any of it.",
               commenters=[("GorsbyGill", "About time something went right on the bay."),
                           ("Saltersea Stan", "We'll see if it's still working next summer.")]),
    "tr": dict(nav=["Körfezde bugün", "Kumburun, Yeşilkaya ve Dalyanköy", "Kumburun kıyısında asayiş ve adliye", "Kumburun okulları", "Körfez sporu", "Kumburun kıyısında neler var", "Kumburun resmî ilanları"],
               cookie="Biz ve seçtiğimiz iş ortakları, bu siteyi çalıştırmak, her körfez haberini kaç kişinin okuduğunu saymak ve Kumburun kıyısındaki yerel haberciliği finanse eden reklamları göstermek için cihazınızda çerezler ve benzeri teknolojiler kullanıyoruz. Hepsini kabul edin ya da körfez gazetelerinin hangilerini kullanabileceğini seçin.",
               accept="Kabul et ve körfez haberlerini oku", reject="Körfez çerez ayarlarımı seç", share="Bu Kumburun haberini paylaşın",
               related="Körfezden sıradaki haber", newsletter="Körfez Sabahı: kıyının haberleri her hafta içi tek e-postada",
               subscribe="Körfez Sabahı'na abone olun", email="isim@korfez-sabahi.example",
               comment_note="Körfez haberlerine yapılan yorumlar yayımlanmadan önce bir moderatör tarafından okunur. Nazik olun ve konudan ayrılmayın: komşularınız da okuyor.",
               closed="Bu körfez haberi yorumlara kapalı.",
               footer=["Kumburun haber merkezine ulaşın", "Körfez düzeltmeleri ve açıklamaları", "Kumburun gizlilik bildirimi", "Körfezde reklam verin", "Kumburun topluluk kuralları"],
               rights="Bu sitedeki her şey yayıncısına aittir; herhangi bir bölümünü yeniden kullanmadan önce lütfen yazılı izin isteyin.",
               commenters=[("Yeşilkayalı_Nermin", "Sonunda körfezde doğru giden bir şey var."),
                           ("Dalyanlı Rıza Amca", "Bakalım gelecek yaz da böyle olacak mı.")]),
    "de": dict(nav=["Der See heute", "Seebrunn, Ottersried und Kienbach", "Polizei und Gericht am See", "Schulen im Rotachtal", "Sport rund um den See", "Was los ist am See", "Amtliche Bekanntmachungen vom See"],
               cookie="Wir und ausgewählte Partner setzen Cookies und ähnliche Technologien auf Ihrem Gerät ein, um diese Seite zu betreiben, zu zählen, wie viele Menschen jeden Bericht vom See lesen, und die Anzeigen zu zeigen, die Lokaljournalismus im Rotachtal bezahlen. Nehmen Sie alle an oder wählen Sie, welche die Seebrunner Zeitungen nutzen dürfen.",
               accept="Annehmen und Nachrichten vom See lesen", reject="Meine Cookie-Auswahl für den See", share="Diesen Bericht vom See teilen",
               related="Als Nächstes vom See", newsletter="Seemorgen: die Nachrichten aus dem Rotachtal werktags in einer Mail",
               subscribe="Seemorgen bestellen", email="name@seemorgen.example",
               comment_note="Kommentare zu Berichten vom See liest eine Moderatorin, bevor sie erscheinen. Bleiben Sie sachlich und beim Thema: Ihre Nachbarn lesen mit.",
               closed="Die Kommentare zu diesem Bericht vom See sind geschlossen.",
               footer=["Kontakt zur Redaktion am See", "Korrekturen und Klarstellungen vom See", "Datenschutz am See", "Anzeigen rund um den See", "Kommentarregeln vom See"],
               rights="Alles auf dieser Seite gehört dem Verlag; fragen Sie bitte schriftlich, bevor Sie etwas davon weiterverwenden.",
               commenters=[("Ottersriederin_Resi", "Endlich läuft am See mal etwas richtig."),
                           ("Sepp vom Kienbach", "Mal sehen, ob das nächsten Sommer noch so ist.")]),
    "fr": dict(nav=["La Côte des Dunes aujourd'hui", "Les Sablonnières, Mouliers et Saint-Aubin", "Faits divers de la Côte des Dunes", "Écoles de la Côte des Dunes", "Sport sur la Côte des Dunes", "Sortir sur la Côte des Dunes", "Annonces légales de la côte"],
               cookie="Nos partenaires sélectionnés et nous-mêmes utilisons des cookies et technologies similaires sur votre appareil pour faire fonctionner ce site, compter combien de personnes lisent chaque article de la côte et afficher les publicités qui paient l'information locale sur la Côte des Dunes. Acceptez-les tous ou choisissez ceux que les journaux de la côte peuvent utiliser.",
               accept="Accepter et lire l'actualité de la côte", reject="Choisir mes cookies de la Côte des Dunes", share="Partager cet article de la Côte des Dunes",
               related="À lire ensuite sur la côte", newsletter="Le Matin des Dunes : l'actualité de la côte en un courriel chaque jour de semaine",
               subscribe="Recevoir Le Matin des Dunes", email="nom@matin-des-dunes.example",
               comment_note="Un modérateur lit les commentaires des articles de la côte avant leur publication. Soyez courtois et restez dans le sujet : les voisins de la côte vous lisent.",
               closed="Les commentaires de cet article de la côte sont fermés.",
               footer=["Contacter la rédaction de la côte", "Corrections et précisions de la côte", "Confidentialité sur la Côte des Dunes", "Annoncer sur la côte", "Règles de la communauté de la côte"],
               rights="Tout ce qui figure sur ce site appartient à son éditeur ; demandez par écrit avant d'en réutiliser la moindre partie.",
               commenters=[("Maryvonne_des_Dunes", "Enfin quelque chose qui marche sur la côte."),
                           ("Loïc de Mouliers", "On verra si ça tient encore l'été prochain.")]),
    "es": dict(nav=["La ría hoy", "Puerto Albor, Rocamar y El Palmeral", "Sucesos en la ría", "Colegios de Puerto Albor", "Deporte en la ría", "Qué hacer en la ría", "Anuncios oficiales de Puerto Albor"],
               cookie="Nosotros y los socios que hemos seleccionado usamos cookies y tecnologías similares en tu dispositivo para que esta web funcione, contar cuántas personas leen cada noticia de la ría y mostrar los anuncios que pagan el periodismo local en Puerto Albor. Acéptalas todas o elige cuáles pueden usar los periódicos de la ría.",
               accept="Aceptar y leer las noticias de la ría", reject="Elegir mis cookies de la ría", share="Comparte esta noticia de Puerto Albor",
               related="Sigue leyendo sobre la ría", newsletter="Buenos días, ría: las noticias de la costa en un correo cada día laborable",
               subscribe="Recibir Buenos días, ría", email="nombre@buenosdiasria.example",
               comment_note="Un moderador lee los comentarios de las noticias de la ría antes de publicarlos. Sé educado y no te salgas del tema: tus vecinos te leen.",
               closed="Los comentarios de esta noticia de la ría están cerrados.",
               footer=["Contacta con la redacción del puerto", "Correcciones y aclaraciones de la ría", "Privacidad en Puerto Albor", "Anúnciate en la ría", "Normas de la comunidad de la ría"],
               rights="Todo lo que hay en esta web pertenece a su editor; pide permiso por escrito antes de reutilizar cualquier parte.",
               commenters=[("Carmiña_de_Rocamar", "Por fin algo que sale bien en la ría."),
                           ("Suso do Palmeral", "A ver si el verano que viene sigue igual.")]),
    "ru": dict(nav=["Верхнекамышинский район сегодня", "Верхнекамышинск, Камышинка и Луговое", "Происшествия в районе", "Школы Верхнекамышинска", "Спорт Верхнекамышинского района", "Афиша района", "Официальные объявления Верхнекамышинского района"],
               cookie="Мы и выбранные нами партнёры используем cookie и похожие технологии на вашем устройстве, чтобы сайт работал, чтобы считать, сколько людей читают каждый материал о районе, и чтобы показывать рекламу, на которую живут местные новости Верхнекамышинска. Примите все или выберите, какие могут использовать районные издания.",
               accept="Принять и читать новости района", reject="Выбрать cookie района", share="Поделиться материалом из Верхнекамышинска",
               related="Читайте дальше о районе", newsletter="«Утро района»: новости Верхнекамышинска одним письмом по будням",
               subscribe="Получать «Утро района»", email="imya@utro-rayona.example",
               comment_note="Комментарии к материалам о районе читает модератор перед публикацией. Пишите вежливо и по делу: вас читают соседи по району.",
               closed="Комментарии к этому материалу о районе закрыты.",
               footer=["Написать в редакцию района", "Исправления и уточнения районной редакции", "Конфиденциальность на сайте района", "Реклама в Верхнекамышинском районе", "Правила сообщества района"],
               rights="Всё на этом сайте принадлежит издателю; перед повторным использованием любой части запросите письменное разрешение.",
               commenters=[("Луговская_Зинаида", "Наконец-то в районе что-то получилось."),
                           ("Дед Степан с Набережной", "Посмотрим, что будет следующим летом.")]),
}
UI87 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "KÖRFEZDEN DAHA FAZLA:", "de": "MEHR VOM SEE:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} große Geschichten über {section} aus den Dörfern rund um den See. Themenvorschläge an reportage@seebrunn-redaktion.example"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ О РАЙОНЕ:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en la ría de Puerto Albor")},
    (mp6, "TYPO3"): {"en": dict(ext="External content: map of the Market Place parking bays (OpenStreetMap)",
                                note="A map of the new Market Place parking bays is embedded here. It only loads once you agree, because OpenStreetMap then receives your IP address.",
                                button="Agree and show the parking bay map", by="A notice from", search="Search hobbleford-tc.example",
                                lang_menu="Hobbleford Town Council in Easy Read")},
    (mp7, "SANITY"): {"es": dict(nl_title="La ría cada domingo", nl_text="Cada domingo por la mañana: lo que pasó en Puerto Albor, Rocamar y El Palmeral, en un solo correo.",
                                 nl_button="Quiero la ría cada domingo", nl_placeholder="Tu correo para la ría cada domingo")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Coast on Saturday", nl_text="Every Saturday morning: the week in Low Pennick, Hobbleford and the villages of the Carnock coast, in one email.",
                                nl_label="Your email for The Coast on Saturday", nl_button="Send me The Coast on Saturday")},
    (mp13, "PUB_NAV"): {"ru": ["Новое в «Луговских тетрадях»", "Люди Лугового", "Старые снимки села", "Поддержать «Луговские тетради»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="The website of Thrushby village and its parish meeting",
                                menu=["Thrushby home", "Thrushby news", "Thrushby parish meeting", "Chapel and Plough room bookings", "Thrushby groups", "Email the Thrushby webmaster"],
                                cats=["Thrushby news", "Thrushby pump restoration", "Thrushby diary"],
                                friends=["Thrushby Methodist Chapel", "The Plough, Thrushby", "Thrushby Green Bowls Club"],
                                footer="Thrushby Village © 2026 · kept up by the parish meeting and a handful of volunteers",
                                poster="thrushby_web", tags=["Thrushby green", "Thrushby village pump"],
                                commenters=[("Jean at Pump Cottage", "Lovely to hear it squeaking again in the mornings."),
                                            ("thrushby_ted", "My grandad's initials are on the base if anyone looks closely.")],
                                style="p", heads="h3")},
    # the two later layouts used here (Kadence, make_heldout83.py; GeneratePress, make_heldout81.py) keep their sites'
    # strings in a dictionary by site name: this part's sites are added to it
    (mp83, "KADENCE_SITES"): {"Pennick Valley Post": dict(
        host="pennickvalleypost.example", palette="#24556b", logo="pennick-valley-post-logo",
        nav=["Pennick Valley Post home", "Carnock district council", "Hobbleford and the Pennick villages", "Pennick Valley people", "Pennick Valley sport", "About the Pennick Valley Post"],
        sub_nav=["Council meetings in Carnock", "Planning in the Pennick valley", "Carnock by-elections"],
        tags=["Carnock Picture House", "Castle Street cinema", "Norman Vesey"],
        about_head="About the Pennick Valley Post",
        about="The Pennick Valley Post is an independent news website for Hobbleford, Carnock and the villages of the Pennick valley, run by three local journalists and paid for by its readers.",
        cats=["Pennick Valley people", "Carnock district council", "Hobbleford and the Pennick villages", "Pennick Valley sport"],
        footer_cols=[("Pennick Valley Post", "Independent news from Hobbleford, Carnock, Low Pennick and Thrushby."),
                     ("Talk to the Pennick Valley Post", ["Send the Post a story", "Advertise in the Pennick Valley Post", "The Pennick Valley Post's editorial code"]),
                     ("Pennick Valley Post small print", ["Pennick Valley Post privacy policy", "Pennick Valley Post cookie settings", "Pennick Valley Post terms of use"])],
        copyright="© 2026 Pennick Valley Post")},
    (mp81, "GP_SITES"): {"Hobbleford Today": dict(
        host="hobblefordtoday.example", colour="#5a2d1f", logo="hobbleford-today-logo",
        nav=["Hobbleford Today news", "Hobbleford town council business", "Hobbleford people", "Hobbleford sport", "Letters to Hobbleford Today", "About Hobbleford Today"],
        sub_nav=["Market Place and Bridge Street", "Gorsby Road and the station"],
        cats=["Hobbleford Today news", "Hobbleford heritage", "Hobbleford people", "Hobbleford town council business", "Hobbleford events"],
        tags=["Corn Exchange clock", "Hobbleford Market Place"],
        nl_head="Hobbleford on Friday", nl_text="Every Friday lunchtime: the week's news from Hobbleford and the Market Place, in one short email.",
        nl_button="Send me Hobbleford on Friday", nl_placeholder="Your email for Hobbleford on Friday",
        related="More from Hobbleford Today",
        footer_head="About Hobbleford Today",
        footer_text="An independent news site for Hobbleford and its villages, written by two reporters from an office above the Corn Exchange.",
        footer_links=["Contact Hobbleford Today", "Hobbleford Today corrections", "Hobbleford Today privacy", "Advertise on Hobbleford Today"])},
}
# the keys of those sites that are not wordings (a domain, a colour and a file name; a code and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "logo", "domain", "style", "heads"}

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
# the new layout: a post of a news blog published with the Odoo website builder (Odoo 17, website and website_blog),
# as the server renders it for a visitor who is not logged in and has not answered the cookie bar: html with
# data-website-id and data-main-object="blog.post(N,)"; the head website.layout writes (charset, X-UA-Compatible,
# viewport, the Odoo generator meta, description and keywords, the Open Graph metas with article:published_time,
# article:modified_time and one article:tag per tag, the Twitter metas, canonical, the Google Fonts preconnect,
# "<headline> | <site>" as the title, the favicon, the Font Awesome preload, the web.assets_frontend stylesheet
# bundle, the web.layout.odooscript csrf script, odoo.__session_info__ with its tz cookie line, the
# web.assets_frontend_minimal and the lazy web.assets_frontend_lazy script bundles, and the website's Google
# Analytics snippet); div#wrapwrap with the o_skip_to_content link; header#top.o_header_standard (the desktop
# nav.navbar: the navbar-brand logo, ul#top_menu.top_menu of nav-item links with the blog's one active, and the
# right-hand list with the search-modal button, the phone number in an s_text_block, the sign-in button and the
# call-to-action button in an oe_structure_solo drop zone; the mobile nav.o_header_mobile with its offcanvas menu
# and its s_searchbar_input form; the search modal div#o_search_modal); main > div#wrap.js_blog.website_blog:
# section#o_wblog_post_top with the breadcrumb (All Blogs / the blog / the post) and div#title.blog_header holding
# the blog-post cover (div.o_record_cover_container.o_wblog_post_page_cover with data-res-model="blog.post", its
# o_record_cover_image and o_record_cover_filter components, div.o_wblog_post_title with h1#o_wblog_post_name and
# div#o_wblog_post_subtitle, the post_author block -- div.o_wblog_author with the author_avatar image, the author's
# contact widget (address itemscope with span[itemprop=name]) and the post date --, and the
# a#o_wblog_post_content_jump arrow); section#o_wblog_post_main with div#o_wblog_post_content holding the post's
# html field div.o_wblog_post_content_field.o_wblog_read_text (data-editor-message): the editor's building blocks --
# s_text_block sections (section[data-snippet=s_text_block] > div.s_allow_columns.o_container_small with p, ul / ol
# and, dropped into the text, the s_blockquote inner snippet), s_title sections for the crossheads, one
# s_image_text section (an image column and a text column holding one or two paragraphs) -- and the residue the
# editor pasted, either into a text block among its paragraphs or as a text block of its own; then the
# post's tags as post_link badges; and div#o_wblog_post_sidebar_col with div#o_wblog_post_sidebar (the oe_structure drop
# zones, the o_wblog_sidebar_block blocks: the author, "share this post" with the s_share snippet -- s_share_facebook,
# s_share_twitter, s_share_linkedin, s_share_whatsapp, s_share_email --, the archive select); the
# oe_structure drop zone under the post with the site's s_newsletter_block (s_newsletter_subscribe_form with
# js_subscribe_value, js_subscribe_btn and js_subscribed_btn); the comments (div#o_wblog_post_comments with the
# portal chatter's empty div#discussion.o_portal_chatter, which its script fills); section#o_wblog_post_footer
# with div#o_wblog_next_container (the o_wblog_next_button, the next post's cover with
# o_wblog_post_page_cover_footer, a#o_wblog_next_post_info, its o_wblog_post_name and o_wblog_post_subtitle and the
# read-next arrow); footer#bottom.o_footer (div#footer.oe_structure.oe_structure_solo with an s_text_block of three
# columns -- the site's links, its about text, "connect with us" with the contact links and the s_social_media
# snippet -- and div.o_footer_copyright with the site's copyright line and Odoo's o_brand_promotion); and the cookie
# bar (div#website_cookies_bar.s_popup with its modal, the site's own text, the cookie-policy link and the "only
# essentials" and "I agree" buttons).  The platform's strings (ODOO_CORE, per language, as Odoo's translations ship
# them) are not checked; the sites' own strings (ODOO_SITES: menu, blog name, call to action, footer columns,
# newsletter block, cookie text, copyright line) are, and so are the posts' tags.
# --------------------------------------------------------------------------
ODOO_CORE = {
    "en": dict(html_lang="en-GB", lang_code="en_GB", country="GB", phone_code=44, currency=("£", "before"),
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
               long_months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                            "November", "December"],
               skip="Skip to Content", extra="Extra items button", logo_of="Logo of", search="Search", search_ph="Search...",
               sign_in="Sign in", toggle="Toggle navigation", close="Close", all_blogs="All Blogs", breadcrumb="breadcrumb",
               title_ph="Blog Post Title", subtitle_ph="Subtitle", to_content="To blog content",
               editor_msg="WRITE HERE OR DRAG BUILDING BLOCKS", drag="DRAG BUILDING BLOCKS HERE", share_post="Share this post",
               share="Share", tags="Tags", archive="Archive", all_dates="-- All dates", read_next="Read Next",
               nl_ph="your email...", subscribe="Subscribe", thanks="Thanks", connect="Connect with us", follow="Follow us",
               powered="Powered by", create="- Create a", free_site="free website", cookie_policy="Cookie Policy",
               essentials="Only essentials", agree="I agree", written_by="Written by"),
    "fr": dict(html_lang="fr-FR", lang_code="fr_FR", country="FR", phone_code=33, currency=("€", "after"),
               months=["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
               long_months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                            "novembre", "décembre"],
               skip="Aller au contenu", extra="Bouton des éléments supplémentaires", logo_of="Logo de", search="Rechercher",
               search_ph="Rechercher...", sign_in="Se connecter", toggle="Basculer la navigation", close="Fermer",
               all_blogs="Tous les blogs", breadcrumb="fil d'Ariane", title_ph="Titre de l'article", subtitle_ph="Sous-titre",
               to_content="Vers le contenu du blog", editor_msg="ÉCRIVEZ ICI OU FAITES GLISSER DES BLOCS DE CONSTRUCTION",
               drag="FAITES GLISSER DES BLOCS DE CONSTRUCTION ICI", share_post="Partager cet article", share="Partager",
               tags="Étiquettes", archive="Archives", all_dates="-- Toutes les dates", read_next="Lire la suite",
               nl_ph="votre e-mail...", subscribe="S'abonner", thanks="Merci", connect="Nous contacter", follow="Suivez-nous",
               powered="Généré par", create="- Créez un", free_site="site web gratuit", cookie_policy="Politique relative aux cookies",
               essentials="Seulement l'essentiel", agree="J'accepte", written_by="Écrit par"),
}
# the sites' own strings (checked, but for the exempt keys)
ODOO_SITES = {
    "Saltersea Harbour News": dict(
        host="salterseaharbournews.example", colour="#0f4c5c", logo="saltersea-harbour-news", phone="01632 960 518",
        email="newsroom@salterseaharbournews.example", blog_id=2,
        blog="News from the harbour",
        menu=["Saltersea news", "Saltersea harbour and boats", "What's on in Saltersea", "Saltersea business directory", "About the Harbour News"],
        cta="Tell the Harbour News a story",
        about_head="About the Harbour News",
        about="Saltersea Harbour News is a community interest company publishing news for Saltersea, Gorsby and the harbour since 2021. It is run by volunteers and paid for by its members and by local advertisers.",
        links_head="Around the Harbour News",
        links=["Become a Harbour News member", "Advertise with the Harbour News", "Harbour News complaints policy", "Harbour News privacy policy"],
        contact="Write to the Harbour News",
        nl_title="The Harbour News on Sunday", nl_text="A round-up of the week in Saltersea and Gorsby, sent every Sunday morning.",
        copyright="Copyright © Saltersea Harbour News CIC",
        cookie_text="The Harbour News uses cookies to see which stories are read and to keep the members' log-in working. We don't pass anything about you to anyone else."),
    "Le Fil des Sablonnières": dict(
        host="lefildessablonnieres.example", colour="#7a3e0f", logo="le-fil-des-sablonnieres", phone="02 00 90 51 80",
        email="redaction@lefildessablonnieres.example", blog_id=1,
        blog="Les nouvelles du Fil",
        menu=["L'actu du Fil", "Côte et plages du Fil", "Agenda des Sablonnières", "Annuaire des commerçants du Fil", "Qui sommes-nous au Fil"],
        cta="Proposer une info au Fil",
        about_head="Le Fil, c'est quoi ?",
        about="Le Fil des Sablonnières est un média associatif d'information locale, animé par une vingtaine de bénévoles des Sablonnières, de Mouliers et de Saint-Aubin-des-Dunes.",
        links_head="Le Fil pratique",
        links=["Adhérer à l'association du Fil", "Faire paraître une annonce dans le Fil", "Mentions légales du Fil", "Le Fil et vos données personnelles"],
        contact="Le formulaire de contact du Fil",
        nl_title="La lettre du Fil", nl_text="Chaque dimanche matin, les nouvelles de la semaine aux Sablonnières et alentour.",
        copyright="Copyright © Association Le Fil des Sablonnières",
        cookie_text="Le Fil utilise des cookies pour savoir quels articles sont lus et pour garder ouverte la session des adhérents. Rien n'est transmis à qui que ce soit."),
}
ODOO_EXEMPT = {"host", "colour", "logo", "phone", "email", "blog_id"}  # (a domain, a colour, a file name, contact details, an id)
ODOO_VERSION = "17.0"


def odoo_slug(text, n=60):
    """Odoo's slugify: accents dropped, lower case, hyphens."""
    t = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:n].strip("-")


def odoo_date(lang, iso):
    """The blog's date field as the post_author template formats it ("MMM d, yyyy")."""
    y, m, d = (int(x) for x in iso.split("-"))
    return "%s %d, %d" % (ODOO_CORE[lang]["months"][m - 1], d, y)


def odoo_block(kind, val):
    """A block of the post's html field as Odoo's editor saves it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "q":  # the s_blockquote inner snippet, dropped into a text block (the editor removed the author line)
        return ('<blockquote class="s_blockquote s_blockquote_classic o_cc o_cc1 o_animable" data-vcss="001" data-snippet="s_blockquote" data-name="Blockquote">\n'
                '<i class="fa fa-1x fa-quote-left s_blockquote_icon o_cc o_cc2 rounded-circle"></i>\n'
                '<div class="s_blockquote_content">\n<p>%s</p>\n</div>\n</blockquote>' % mp.inline_html(val))
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_odoo(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = ODOO_CORE[lang], ODOO_SITES[site]
    base = "https://" + s["host"]
    pid = rng.randint(40, 380)
    blog_slug = "%s-%d" % (odoo_slug(s["blog"]), s["blog_id"])
    blog_url = "/blog/%s" % blog_slug
    url = "%s/%s-%d" % (blog_url, odoo_slug(art["title"]), pid)
    heads = rng.sample(range(len(HEADLINES[lang])), 2)
    nxt = heads[0]
    nxt_id = pid + rng.randint(1, 9)
    nxt_url = "%s/%s-%d" % (blog_url, odoo_slug(HEADLINES[lang][nxt]), nxt_id)
    blocks, n = art["blocks"], len(art["blocks"])
    tags = art.get("tags", [])
    tag_ids = [rng.randint(3, 40) for _ in tags]
    author_id = rng.randint(8, 90)

    def hexs(k):
        return "".join(rng.choice("0123456789abcdef") for _ in range(k))

    def image(name):
        return "/web/image/%d-%s/%s.jpg" % (rng.randint(900, 9000), hexs(8), odoo_slug(name, 40))

    cover_img, next_cover, body_img = image(art["caption"]), image(HEADLINES[lang][nxt]), image(art["caption"] + " 2")
    hh, mm = rng.randint(6, 17), rng.randint(0, 59)
    published = "%s %02d:%02d:%02d" % (art["date"], hh, mm, rng.randint(0, 59))
    modified = "%s %02d:%02d:%02d" % (art["date"], min(hh + rng.randint(1, 4), 23), rng.randint(0, 59), rng.randint(0, 59))
    pub = odoo_date(lang, art["date"])

    # the post's html field: the editor's building blocks, with the residue pasted between or into them
    looked = art["looked"]
    pairs = [i for i in range(1, n - 1) if blocks[i][0] == "p" and blocks[i + 1][0] == "p" and i not in looked
             and i + 1 not in looked and not placed.get(i + 1) and not placed.get(i)]
    img_at = rng.choice(pairs) if pairs else None
    sections, run = [], []

    def text_block(inner, pad="pt40 pb40"):
        return ('<section class="s_text_block %s o_colored_level" data-snippet="s_text_block" data-name="Text">\n'
                '<div class="s_allow_columns o_container_small">\n%s\n</div>\n</section>' % (pad, inner))

    def flush():
        if run:
            sections.append(text_block("\n".join(run), "pt40 pb40" if not sections else "pt8 pb8"))
            run.clear()
    i = 0
    while i <= n:
        for snip in placed.get(i, []):
            if run and rng.random() < 0.5:  # pasted into the text block among the paragraphs
                run.append(snip)
            else:  # pasted as a text block of its own
                flush()
                sections.append(text_block(snip, "pt0 pb0"))
        if i == n:
            break
        kind, val = blocks[i]
        if i == img_at:
            flush()
            sections.append(('<section class="s_image_text pt32 pb32 o_colored_level" data-snippet="s_image_text" data-name="Image - Text">\n'
                             '<div class="container">\n<div class="row align-items-center">\n<div class="col-lg-6 pt16 pb16 o_colored_level">\n'
                             '<img src="%s" class="img img-fluid mx-auto rounded" alt="" loading="lazy" data-mimetype="image/jpeg" data-original-id="%d" '
                             'data-original-src="%s" data-resize-width="690"/>\n</div>\n<div class="col-lg-6 pt16 pb16 o_colored_level">\n%s\n%s\n</div>\n'
                             '</div>\n</div>\n</section>') % (body_img, rng.randint(900, 9000), body_img, odoo_block(*blocks[i]), odoo_block(*blocks[i + 1])))
            i += 2
            continue
        if kind == "h":
            flush()
            sections.append('<section class="s_title pt32 pb0 o_colored_level" data-vcss="001" data-snippet="s_title" data-name="Title">\n'
                            '<div class="s_allow_columns o_container_small">\n<h2 class="h3-fs">%s</h2>\n</div>\n</section>' % E(val))
        else:
            run.append(odoo_block(kind, val))
        i += 1
    flush()
    content = "\n".join(sections)

    # header: desktop navbar, mobile navbar with its offcanvas menu, search modal
    logo = "/web/image/website/1/logo/%s?unique=%s" % (odoo_slug(site), hexs(7))
    menu_urls = [blog_url] + ["/%s" % odoo_slug(x, 30) for x in s["menu"][1:]]

    def menu(mobile=False):
        return "\n".join(('                                    <li role="presentation" class="nav-item">\n'
                          '                                        <a role="menuitem" href="%s" class="nav-link %s">\n'
                          '                                            <span>%s</span>\n                                        </a>\n'
                          '                                    </li>') % (u, "active" if k == 0 else "", E(x))
                         for k, (x, u) in enumerate(zip(s["menu"], menu_urls)))
    searchbar = ('<form method="get" class="o_searchbar_form o_wait_lazy_js s_searchbar_input " action="/website/search" data-snippet="s_searchbar_input">\n'
                 '    <div role="search" class="input-group %s">\n'
                 '        <input type="search" name="search" class="search-query form-control oe_search_box border-0 bg-light %s" placeholder="%s" value="" data-search-type="all" data-limit="5" data-display-image="true" data-display-description="true" data-display-extra-link="true" data-display-detail="true" data-order-by="name asc" autocomplete="off"/>\n'
                 '        <button type="submit" aria-label="%s" title="%s" class="btn oe_search_button %s">\n            <i class="oi oi-search"></i>\n        </button>\n'
                 '    </div>\n    <input name="order" type="hidden" class="o_search_order_by" value="name asc"/>\n</form>')
    header = f'''<header id="top" data-anchor="true" data-name="Header" data-extra-items-toggle-aria-label="{A(c["extra"])}" class="   o_header_standard" style=" ">
                <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc d-none d-lg-block shadow-sm ">
                    <div id="o_main_nav" class="o_main_nav container">
                        <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4">
                            <span role="img" aria-label="{A(c["logo_of"])} {A(site)}" title="{A(site)}"><img src="{logo}" class="img img-fluid" width="95" height="40" alt="{A(site)}" loading="lazy"/></span>
                        </a>
                        <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
{menu()}
                        </ul>
                        <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
                            <li class=" o_no_autohide_item">
                                <a href="#" data-bs-target="#o_search_modal" data-bs-toggle="modal" role="button" title="{A(c["search"])}" class="btn rounded-circle p-1 lh-1 o_navlink_background text-reset o_not_editable">
                                    <i class="oi oi-search fa-stroke-t-1 fa-fw"></i>
                                </a>
                            </li>
                            <li class="">
                                <div data-name="Text" class="s_text_block ">
                                    <a href="tel:{s["phone"].replace(" ", "")}" class="nav-link o_nav-link_secondary p-2">
                                        <i class="fa fa-1x fa-fw fa-phone me-1"></i>
                                        <span class="o_force_ltr"><small>{E(s["phone"])}</small></span>
                                    </a>
                                </div>
                            </li>
                            <li class=" o_no_autohide_item">
                                <a href="/web/login" class="btn btn-outline-secondary">{E(c["sign_in"])}</a>
                            </li>
                            <li class="">
                                <div class="oe_structure oe_structure_solo ">
                                    <section class="oe_unremovable oe_unmovable s_text_block" data-snippet="s_text_block" data-name="Text">
                                        <div class="container">
                                            <a href="/contactus" class="oe_unremovable btn btn-primary btn_cta">{E(s["cta"])}</a>
                                        </div>
                                    </section>
                                </div>
                            </li>
                        </ul>
                    </div>
                </nav>
                <nav data-name="Navbar" aria-label="Mobile" class="navbar  navbar-light o_colored_level o_cc o_header_mobile d-block d-lg-none shadow-sm px-0">
                    <div class="o_main_nav container flex-wrap justify-content-between">
                        <a data-name="Navbar Logo" href="/" class="navbar-brand logo ">
                            <span role="img" aria-label="{A(c["logo_of"])} {A(site)}" title="{A(site)}"><img src="{logo}" class="img img-fluid" width="95" height="40" alt="{A(site)}" loading="lazy"/></span>
                        </a>
                        <ul class="o_header_mobile_buttons_wrap navbar-nav flex-row align-items-center gap-2 mb-0">
                            <li>
                                <button class="nav-link btn me-auto p-2 o_not_editable" type="button" data-bs-toggle="offcanvas" data-bs-target="#top_menu_collapse_mobile" aria-controls="top_menu_collapse_mobile" aria-expanded="false" aria-label="{A(c["toggle"])}">
                                    <span class="navbar-toggler-icon"></span>
                                </button>
                            </li>
                        </ul>
                        <div id="top_menu_collapse_mobile" class="offcanvas offcanvas-end o_navbar_mobile">
                            <div class="offcanvas-header justify-content-end o_not_editable">
                                <button type="button" class="nav-link btn-close" data-bs-dismiss="offcanvas" aria-label="{A(c["close"])}"></button>
                            </div>
                            <div class="offcanvas-body d-flex flex-column justify-content-between h-100 w-100">
                                <ul class="nav navbar-nav py-2">
                                    <li>
{searchbar % ("mb-3", "rounded-start-pill text-bg-light ps-3", A(c["search_ph"]), A(c["search"]), A(c["search"]), "rounded-end-pill bg-o-color-3 pe-3")}
                                    </li>
{menu(True)}
                                </ul>
                                <ul class="navbar-nav gap-2 mt-3 w-100">
                                    <li>
                                        <a href="/web/login" class="btn btn-outline-secondary w-100">{E(c["sign_in"])}</a>
                                    </li>
                                    <li>
                                        <a href="/contactus" class="btn btn-primary w-100">{E(s["cta"])}</a>
                                    </li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </nav>
                <div class="modal fade css_editable_mode_hidden" id="o_search_modal" aria-hidden="true" tabindex="-1">
                    <div class="modal-dialog modal-lg pt-5">
                        <div class="modal-content mt-5">
{searchbar % ("input-group-lg", "border border-end-0 p-3", A(c["search_ph"]), A(c["search"]), A(c["search"]), "border border-start-0 px-4 bg-o-color-4")}
                        </div>
                    </div>
                </div>
            </header>'''

    # the post page
    def cover(img, inner, extra, attrs=""):
        return ('<div data-name="Blog Post Cover" style="" data-use_size="True" data-use_filters="True"%s class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover %s">\n'
                '    <div style="background-image: url(%s);" class="o_record_cover_component o_record_cover_image "></div>\n'
                '    <div style="opacity: 0.3;" class="o_record_cover_component o_record_cover_filter oe_black"></div>\n%s\n</div>') % (attrs, extra, img, inner)
    avatar = "/web/image/blog.post/%d/author_avatar/48x48" % pid
    author_widget = ('<span itemprop="author" style="display: inline-block;">\n    <address class="mb-0" itemscope="itemscope" itemtype="http://schema.org/Person">\n'
                     '        <div class="d-flex align-items-baseline gap-1">\n            <span itemprop="name">%s</span>\n        </div>\n    </address>\n</span>') % E(art["byline"])

    def post_author(classes):
        return ('<div class="o_wblog_author d-flex align-items-center %s">\n'
                '    <div class="o_wblog_author_avatar me-2"><img src="%s" class="img rounded-circle o_wblog_author_avatar_img" style="width: 30px; height: 30px;" alt="%s" loading="lazy"/></div>\n'
                '    <div class="small fw-bold">%s</div>\n'
                '    <small class="text-nowrap ms-2"><span>%s</span></small>\n</div>') % (classes, avatar, A(art["byline"]), author_widget, E(pub))
    top = cover(cover_img, (
        '    <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">\n'
        '        <div class="o_wblog_post_title  ">\n'
        '            <h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="%s" data-blog-id="%d">%s</h1>\n'
        '            <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="%s">%s</div>\n'
        '        </div>\n%s\n'
        '        <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none">\n'
        '            <i class="fa fa-angle-down fa-3x text-white" aria-label="%s" title="%s"></i>\n        </a>\n    </div>')
        % (A(c["title_ph"]), pid, E(art["title"]), A(c["subtitle_ph"]), E(art["sub"]), post_author("justify-content-center text-white mt-2"),
           A(c["to_content"]), A(c["to_content"])),
        "o_wblog_post_page_cover", ' data-res-model="blog.post" data-res-id="%d"' % pid)
    tag_links = "\n".join('<a class="badge border post_link text-bg-light me-1" href="%s/tag/%s-%d">%s</a>' % (blog_url, odoo_slug(t), k, E(t))
                          for t, k in zip(tags, tag_ids))
    page_url = base + url
    share = ('<div class="s_share text-start o_no_link_popover" data-snippet="s_share" data-name="Share">\n'
             '    <h4 class="s_share_title d-none">%s</h4>\n'
             '    <a href="https://www.facebook.com/sharer/sharer.php?u=%s" class="s_share_facebook" target="_blank" aria-label="Facebook"><i class="fa fa-facebook rounded shadow-sm"></i></a>\n'
             '    <a href="https://twitter.com/intent/tweet?text=%s&amp;url=%s" class="s_share_twitter" target="_blank" aria-label="X"><i class="fa fa-twitter rounded shadow-sm"></i></a>\n'
             '    <a href="https://www.linkedin.com/sharing/share-offsite/?url=%s" class="s_share_linkedin" target="_blank" aria-label="LinkedIn"><i class="fa fa-linkedin rounded shadow-sm"></i></a>\n'
             '    <a href="https://wa.me/?text=%s" class="s_share_whatsapp" target="_blank" aria-label="WhatsApp"><i class="fa fa-whatsapp rounded shadow-sm"></i></a>\n'
             '    <a href="mailto:?body=%s&amp;subject=%s" class="s_share_email" aria-label="Email"><i class="fa fa-envelope rounded shadow-sm"></i></a>\n</div>'
             % (E(c["share"]), A(page_url), A(art["title"]), A(page_url), A(page_url), A(art["title"]), A(page_url), A(art["title"])))
    y, mo = int(art["date"][:4]), int(art["date"][5:7])
    archive = "".join('<option value="%s?date_begin=%d-%02d-01+00%%3A00%%3A00&amp;date_end=%d-%02d-01+00%%3A00%%3A00">%s</option>'
                      % (blog_url, y, m, y + (m == 12), m % 12 + 1, E(c["long_months"][m - 1])) for m in range(mo, 0, -1))
    sidebar = f'''<div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
                        <div id="o_wblog_post_sidebar">
                            <div class="oe_structure" id="oe_structure_blog_post_sidebar_1" data-editor-message="{A(c["drag"])}"></div>
                            <div class="o_wblog_sidebar_block pb-5">
                                {post_author("")}
                            </div>
                            <div class="o_wblog_sidebar_block pb-5">
                                <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{E(c["share_post"])}</h6>
                                {share}
                            </div>
                            <div class="o_wblog_sidebar_block pb-5">
                                <h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{E(c["archive"])}</h6>
                                <select name="archive" oninput="location = this.value;" class="form-select" aria-label="{A(c["archive"])}">
                                    <option value="{blog_url}">{E(c["all_dates"])}</option>
                                    <optgroup label="{y}">{archive}</optgroup>
                                </select>
                            </div>
                            <div class="oe_structure" id="oe_structure_blog_post_sidebar_2" data-editor-message="{A(c["drag"])}"></div>
                        </div>
                    </div>'''
    newsletter = f'''<div class="oe_structure" id="oe_structure_blog_post_footer_1">
                    <section class="s_newsletter_block s_newsletter_list pt48 pb48 o_colored_level o_cc o_cc2" data-list-id="1" data-snippet="s_newsletter_block" data-name="Newsletter Block">
                        <div class="container">
                            <div class="row">
                                <div class="col-lg-8 offset-lg-2 pt16 pb16 o_colored_level">
                                    <h3 style="text-align: center;">{E(s["nl_title"])}</h3>
                                    <p style="text-align: center;">{E(s["nl_text"])}</p>
                                    <div class="s_newsletter_subscribe_form s_newsletter_list js_subscribe" data-vxml="001" data-list-id="1" data-name="Newsletter Form" data-snippet="s_newsletter_subscribe_form">
                                        <div class="input-group">
                                            <input type="email" name="email" class="js_subscribe_value form-control" placeholder="{A(c["nl_ph"])}"/>
                                            <a role="button" href="#" class="btn btn-primary js_subscribe_btn o_submit">{E(c["subscribe"])}</a>
                                            <a role="button" href="#" class="btn btn-success js_subscribed_btn o_submit d-none" disabled="disabled">{E(c["thanks"])}</a>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </section>
                </div>'''
    footer_post = cover(next_cover, (
        '    <a id="o_wblog_next_post_info" class="d-none" data-size="o_record_has_cover o_half_screen_height" data-url="%s?anim"></a>\n'
        '    <div class="o_wblog_toggle container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">\n'
        '        <div class="o_wblog_post_title">\n            <div class="o_wblog_post_name">%s</div>\n'
        '            <div class="o_wblog_post_subtitle">%s</div>\n        </div>\n'
        '        <div class="o_wblog_toggle ">\n            <span class="h4 d-inline-block py-1 px-2 rounded-1 text-white">\n'
        '                <i class="fa fa-angle-right fa-3x text-white" aria-label="%s" title="%s"></i>\n            </span>\n        </div>\n    </div>')
        % (nxt_url, E(HEADLINES[lang][nxt]), E(TEASERS[lang][nxt]), A(c["read_next"]), A(c["read_next"])),
        "o_wblog_post_page_cover o_wblog_post_page_cover_footer")
    footer_links = "\n".join('                                            <li><a href="/%s">%s</a></li>' % (odoo_slug(x, 40), E(x)) for x in s["links"])
    footer = f'''<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                <div id="footer" class="oe_structure oe_structure_solo">
                    <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
                        <div class="container">
                            <div class="row">
                                <div class="col-lg-3 pt24 pb24">
                                    <h5 class="mb-3">{E(s["links_head"])}</h5>
                                    <ul class="list-unstyled">
{footer_links}
                                    </ul>
                                </div>
                                <div class="col-lg-5 pt24 pb24">
                                    <h5 class="mb-3">{E(s["about_head"])}</h5>
                                    <p>{E(s["about"])}</p>
                                </div>
                                <div class="col-lg-3 offset-lg-1 pt24 pb24">
                                    <h5 class="mb-3">{E(c["connect"])}</h5>
                                    <ul class="list-unstyled">
                                        <li><i class="fa fa-comment fa-fw me-2"></i><span><a href="/contactus">{E(s["contact"])}</a></span></li>
                                        <li><i class="fa fa-envelope fa-fw me-2"></i><span><a href="mailto:{s["email"]}">{E(s["email"])}</a></span></li>
                                        <li><i class="fa fa-phone fa-fw me-2"></i><span class="o_force_ltr"><a href="tel:{s["phone"].replace(" ", "")}">{E(s["phone"])}</a></span></li>
                                    </ul>
                                    <div class="s_social_media text-start o_not_editable" data-snippet="s_social_media" data-name="Social Media" contenteditable="false">
                                        <h5 class="s_social_media_title d-none" contenteditable="true">{E(c["follow"])}</h5>
                                        <a href="/website/social/facebook" class="s_social_media_facebook" target="_blank" aria-label="Facebook"><i class="fa fa-facebook rounded-circle shadow-sm o_editable_media"></i></a>
                                        <a href="/website/social/instagram" class="s_social_media_instagram" target="_blank" aria-label="Instagram"><i class="fa fa-instagram rounded-circle shadow-sm o_editable_media"></i></a>
                                        <a href="/website/social/twitter" class="s_social_media_twitter" target="_blank" aria-label="X"><i class="fa fa-twitter rounded-circle shadow-sm o_editable_media"></i></a>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </section>
                </div>
                <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                    <div class="container py-3">
                        <div class="row">
                            <div class="col-sm text-center text-sm-start text-muted">
                                <span class="o_footer_copyright_name me-2">{E(s["copyright"])}</span>
                            </div>
                            <div class="col-sm text-center text-sm-end o_not_editable">
                                <div class="o_brand_promotion">
                                    {E(c["powered"])} <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website">
<img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/>
</a>
        {E(c["create"])} <a target="_blank" href="http://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website">{E(c["free_site"])}</a>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </footer>'''
    cookies = f'''<div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1">
                <div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete modal_shown" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" style="display: none;" aria-hidden="true">
                    <div class="modal-dialog d-flex s_popup_size_full">
                        <div class="modal-content oe_structure">
                            <section class="o_colored_level o_cc o_cc1">
                                <div class="container">
                                    <div class="row">
                                        <div class="col-lg-8 pt16">
                                            <p>
                                                <span class="pe-1">{E(s["cookie_text"])}</span>
                                                <a href="/cookie-policy" class="o_cookies_bar_text_policy btn btn-link btn-sm px-0">{E(c["cookie_policy"])}</a>
                                            </p>
                                        </div>
                                        <div class="col-lg-4 text-end pt16 pb16">
                                            <a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">{E(c["essentials"])}</a>
                                            <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">{E(c["agree"])}</a>
                                        </div>
                                    </div>
                                </div>
                            </section>
                        </div>
                    </div>
                </div>
            </div>'''
    session = json.dumps({"is_admin": False, "is_system": False, "is_public": True, "is_website_user": True, "user_id": False,
                          "is_frontend": True, "profile_session": None, "profile_collectors": None, "profile_params": None,
                          "show_effect": True, "currencies": {"1": {"symbol": c["currency"][0], "position": c["currency"][1], "digits": [69, 2]}},
                          "bundle_params": {"lang": c["lang_code"], "website_id": 1}, "websocket_worker_version": "17.0-3",
                          "translationURL": "/website/translations", "cache_hashes": {"translations": hexs(40)},
                          "geoip_country_code": c["country"], "geoip_phone_code": c["phone_code"], "lang_url_code": c["lang_code"]},
                         ensure_ascii=False)
    title = "%s | %s" % (art["title"], site)
    og_tags = "".join('\n        <meta property="article:tag" content="%s"/>' % A(t) for t in tags)
    ga = "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" data-website-id="1" data-main-object="blog.post({pid},)">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta name="description" content="{A(art["sub"])}"/>
        <meta name="keywords" content="{A(", ".join(tags))}"/>
        <meta property="og:type" content="article"/>
        <meta property="og:title" content="{A(art["title"])}"/>
        <meta property="og:site_name" content="{A(site)}"/>
        <meta property="og:url" content="{base}{url}"/>
        <meta property="og:image" content="{base}{cover_img}"/>
        <meta property="og:description" content="{A(art["sub"])}"/>
        <meta property="article:published_time" content="{published}"/>
        <meta property="article:modified_time" content="{modified}"/>{og_tags}
        <meta name="twitter:card" content="summary_large_image"/>
        <meta name="twitter:title" content="{A(art["title"])}"/>
        <meta name="twitter:image" content="{base}{cover_img}"/>
        <meta name="twitter:description" content="{A(art["sub"])}"/>
        <link rel="canonical" href="{base}{url}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>{E(title)}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique={hexs(7)}"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        <link type="text/css" rel="stylesheet" href="/web/assets/1/{hexs(7)}/web.assets_frontend.min.css"/>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "{hexs(40)}o{1767225600 + rng.randint(0, 9999999)}",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {session};
            if (!/(^|;\\s)tz=/.test(document.cookie)) {{
                const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
                document.cookie = `tz=${{userTZ}}; path=/`;
            }}
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/{hexs(7)}/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
        <script type="text/javascript" defer="defer" data-src="/web/assets/1/{hexs(7)}/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
        <script async="async" src="https://www.googletagmanager.com/gtag/js?id={ga}"></script>
        <script>
            window.dataLayer = window.dataLayer || [];
            function gtag(){{dataLayer.push(arguments);}}
            gtag('js', new Date());
            gtag('config', '{ga}');
        </script>
    </head>
    <body>
        <div id="wrapwrap" class="   ">
                <a class="o_skip_to_content btn btn-primary rounded-0 visually-hidden-focusable position-absolute start-0" href="#wrap">{E(c["skip"])}</a>
            {header}
            <main>
                <div id="wrap" class="js_blog website_blog">
                    <section id="o_wblog_post_top">
                        <div class="container">
                            <nav aria-label="{A(c["breadcrumb"])}">
                                <ol class="breadcrumb bg-transparent mb-0 ps-0 py-3">
                                    <li class="breadcrumb-item"><a href="/blog">{E(c["all_blogs"])}</a></li>
                                    <li class="breadcrumb-item"><a href="{blog_url}">{E(s["blog"])}</a></li>
                                    <li class="breadcrumb-item active"><span>{E(art["title"])}</span></li>
                                </ol>
                            </nav>
                        </div>
                        <div id="title" class="blog_header">
                            {top}
                        </div>
                    </section>
                    <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
                        <div class="d-flex flex-column flex-lg-row justify-content-between">
                            <div id="o_wblog_post_content" class=" o_container_small w-100 flex-shrink-0">
                                <div data-editor-message="{A(c["editor_msg"])}" class="o_wblog_post_content_field   o_wblog_read_text">
{content}
                                </div>
                                <div class="css_editable_mode_hidden text-muted mt-4">
                                    <div>#{tag_links}</div>
                                </div>
                            </div>
                    {sidebar}
                        </div>
                    </section>
                {newsletter}
                    <div id="o_wblog_post_comments" class="container pb-5">
                        <div class="o_container_small mx-auto">
                            <div id="discussion" data-anchor="true" class="d-print-none o_portal_chatter o_not_editable p-0" data-res_model="blog.post" data-res_id="{pid}" data-pager_step="10" data-allow_composer="1" data-two_columns="false"></div>
                        </div>
                    </div>
                    <section id="o_wblog_post_footer">
                        <div class="mt-5">
                            <div id="o_wblog_next_container" class="d-flex flex-column">
                                <button class="o_wblog_next_button o_button_area btn z-1" aria-label="{A(c["read_next"])}"></button>
                                {footer_post}
                            </div>
                        </div>
                    </section>
                </div>
            </main>
            {footer}
            {cookies}
        </div>
    </body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Odoo's editor and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"odoo": []}  # (the cover image sits in the post header, outside the html field; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"]), (mp81, ["generatepress"]), (mp83, ["kadence"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "bluebadge", "councillorsurgeries", "touristtax"]
NEW_FAMILIES = ["bluebadge", "councillorsurgeries", "touristtax"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"bluebadge": ["bluebadge", "blue badge", "blue-badge", "disabled parking", "disabled-parking", "disabled bay",
                                  "parkausweis", "carte mobilité inclusion", "tarjeta de estacionamiento"],
                    "councillorsurgeries": ["councillorsurgeries", "councillor surgery", "councillor surgeries", "councillor's surgery",
                                            "councillors' surgeries", "ward surgery", "mayor's surgery", "bürgersprechstunde",
                                            "permanence du maire", "permanences des élus", "halk günü"],
                    "touristtax": ["touristtax", "tourist tax", "tourist-tax", "visitor levy", "overnight levy", "bed tax",
                                   "taxe de séjour", "kurtaxe", "gästebeitrag", "tasa turística", "konaklama vergisi"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village's, a residents' or a community association's website would not carry (no newsroom to credit a
# reader's photograph to, to update a story or to have reporters)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a commune's news page: no newspaper furniture (no newsroom's update line, reading
# time, audio player or related reporting either)
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll", "updated", "related", "readtime", "audio", "bookmark"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="tide-chart-consent-cby"><p class="tide-chart-consent-cby__msg">%s</p><button class="tide-chart-consent-cby__allow" type="button">&#10003;</button></div>',
               '<p class="map-cookies-ask-cby">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="bay-briefing-box"><p class="bay-briefing-box__txt">%s</p><a class="bay-briefing-box__go" href="/newsletters/bay-briefing">&#8594;</a></div>',
                   '<p class="free-bay-stories-cby">%s</p>', '<h5 class="briefing-hd-cby">%s</h5>', '<p><strong><a href="/support">%s</a></strong></p>'],
    "share": ['<ul class="round-bay-share">{items}</ul>', '<div class="copy-link-cby">%s</div>', '<p><a href="#copy-link">%s</a></p>'],
    "photo": ['<p class="reader-photo-cby">%s</p>', '<span class="picture-desk-cby">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-copying-bay-cby">%s</p>', '<div class="written-permission-cby"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="bay-desk-latest-cby">%s</p>', '<h6 class="more-section-cby">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="bay-ornament-cby">%s</p>', '<div class="tide-break-cby">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="bay-team-credit-cby">%s</p>', '<div class="additional-reporting-cby">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="headline-repeat-cby"><b>%s</b></p>', '<h2 class="headline-copy-cby">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-below-cby">%s</div>', '<p class="advertise-bay-cby">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="carry-on-reading-cby"><a href="#more">%s</a></p>', '<div class="show-whole-report-cby">%s</div>', '<p><a href="#more">%s</a></p>'],
    "comments": ['<p class="bay-comment-count-cby"><a href="#comments">%s</a></p>', '<div class="coast-comments-link-cby">%s</div>',
                 '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="read-minutes-cby">%s</p>', '<span class="read-time-pill-cby">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="bay-desk-updated-cby"><time>%s</time></p>', '<div class="report-updated-cby">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="listen-story-cby"><button class="listen-story-cby__btn" aria-label="Listen"></button><span class="listen-story-cby__lbl">%s</span></div>',
              '<p class="beach-listen-cby"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="was-corrected-cby"><p>%s</p></aside>', '<p class="correction-note-cby"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="bay-pocket-app"><p class="bay-pocket-app__txt">%s</p><a class="bay-pocket-app__get" href="/app">&#8595;</a></div>',
            '<p class="keep-reading-app-cby">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="slipway-swimmer-bio"><p class="slipway-swimmer-bio__txt">%s</p></div>', '<p class="more-from-author-cby"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="happening-on-bay-cby"><p class="happening-on-bay-cby__txt">%s</p></div>', '<p class="text-the-desk-cby">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spotted-mistake-cby"><p>%s</p></div>', '<p class="select-ctrl-enter-cby">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="bay-alerts-ask"><p class="bay-alerts-ask__q">%s</p></div>', '<p class="alert-optin-cby">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="keep-this-story-cby">{items}</ul>', '<p class="print-friendly-cby"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="did-it-help-cby"><p class="did-it-help-cby__q">%s</p></div>', '<p class="helpful-line-cby">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-bay-cby"><p>%s</p></div>', '<p class="complaints-line-cby"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-in-chips-cby"><span class="filed-in-chips-cby__txt">%s</span></div>', '<p class="follow-topic-bay-cby">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-add-cby"><a class="reading-list-add-cby__a" href="#save">%s</a></div>',
                 '<p class="bay-list-save"><a href="#save">%s</a></p>', '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="your-say-cby"><p class="your-say-cby__q">%s</p><button class="your-say-cby__go" type="button">&#10004;</button></div>',
             '<h6 class="vote-now-cby">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-poster-cby"><a class="video-poster-cby__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="coast-photos-cby"><a class="coast-photos-cby__a" href="#gallery">%s</a></div>',
                '<p class="see-all-photos-cby">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-cby"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-cby__links">%s</p></div>',
            '<figure class="bay-static-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-date-cby">{items}</ul>', '<p class="remind-me-cby"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-chip-cby"><span class="date-chip-cby__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-results-cby"><a class="weekend-results-cby__a" href="/sport/results">%s</a></div>',
               '<ul class="bay-sport-tabs">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({badgelist}: the routes to a disabled-parking badge with who qualifies and
    # what to send, and the fee, documents, how to apply and how long it takes, as a list; {badgerows}: the routes as a
    # table; {applydl}: applying as a definition list; {surgerylist}: the councillor's surgeries with date, venue and
    # time and how they work, as a list; {surgeryrows}: the surgeries as a table; {surgerydl}: how they work as a
    # definition list; {levylist}: the visitor levy's rates per night and who pays, who is exempt, how hosts declare
    # and when they pay, as a list; {levyrows}: the rates as a table; {levydl}: the rules as a definition list)
    "bluebadge": ['<div class="blue-badge-panel"><h4 class="blue-badge-panel__hd">%s</h4><ul class="blue-badge-panel__list">{badgelist}</ul></div>',
                  '<div class="badge-routes-tbl"><p class="badge-routes-tbl__hd"><strong>%s</strong></p><table class="badge-routes-tbl__grid">{badgerows}</table></div>',
                  '<p class="apply-badge-cby"><a class="apply-badge-cby__btn" role="button" href="/parking/blue-badge/apply">%s</a></p>',
                  '<div class="badge-apply-card"><h5 class="badge-apply-card__hd">%s</h5><dl class="badge-apply-card__dl">{applydl}</dl></div>'],
    "councillorsurgeries": ['<aside class="surgery-dates-box"><h4 class="surgery-dates-box__hd">%s</h4><ul class="surgery-dates-box__list">{surgerylist}</ul></aside>',
                            '<div class="surgery-venues-tbl"><p class="surgery-venues-tbl__hd"><b>%s</b></p><table class="surgery-venues-tbl__grid">{surgeryrows}</table></div>',
                            '<p class="book-councillor-cby"><a href="/councillors/book-appointment">%s</a></p>',
                            '<div class="surgery-howto-card"><h5 class="surgery-howto-card__hd">%s</h5><dl class="surgery-howto-card__dl">{surgerydl}</dl></div>'],
    "touristtax": ['<div class="levy-hosts-panel"><h4 class="levy-hosts-panel__hd">%s</h4><ul class="levy-hosts-panel__list">{levylist}</ul></div>',
                   '<div class="levy-rates-tbl"><p class="levy-rates-tbl__hd"><strong>%s</strong></p><table class="levy-rates-tbl__grid">{levyrows}</table></div>',
                   '<p class="declare-levy-cby"><a class="declare-levy-cby__btn" role="button" href="/visitor-levy/register">%s</a></p>',
                   '<div class="levy-rules-card"><h5 class="levy-rules-card__hd">%s</h5><dl class="levy-rules-card__dl">{levydl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/bay-briefing"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#copy-link">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "bluebadge": (0.3, [' <a class="button" href="/parking/blue-badge/apply"><b>%s</b></a>']),
          "councillorsurgeries": (0.7, [' <a href="/councillors/book-appointment"><strong>%s</strong></a>']),
          "touristtax": (0.7, ['<br><a class="button" href="/visitor-levy/register"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the section line, not its link; the newsletter pitch, not the
# meter or the donation note; the apply-for-a-badge button, the book-an-appointment link and the register-for-the-levy
# button, not the lists, tables or cards)
INLINE_WORDING = {"newsletter": 0, "section": 0, "bluebadge": 2, "councillorsurgeries": 2, "touristtax": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-photo-cby"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} — {cr}</small></p>']
RELATED_STYLES = ['<div class="also-on-coast-rel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="bay-reporters-more"><p class="bay-reporters-more__hd">%s</p><ul>%s</ul></aside>',
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






# the tables' heads (BADGE_HEAD, SURGERY_HEAD, LEVY_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    badges = ("".join('<li><strong>%s</strong> (%s): %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in BADGE_ROUTES[lang])
              + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BADGE_APPLY[lang]))
    surgeries = ("".join('<li><strong>%s</strong>, %s: %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in SURGERY_DATES[lang])
                 + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in SURGERY_RULES[lang]))
    levies = ("".join('<li><strong>%s:</strong> %s</li>' % (esc(k), esc(v)) for k, v in LEVY_RATES[lang])
              + "".join('<li><b>%s</b>: %s</li>' % (esc(k), esc(v)) for k, v in LEVY_RULES[lang]))
    return (style.replace("{badgelist}", badges)
            .replace("{badgerows}", table(BADGE_HEAD[lang], BADGE_ROUTES[lang]))
            .replace("{applydl}", dl(BADGE_APPLY[lang]))
            .replace("{surgerylist}", surgeries)
            .replace("{surgeryrows}", table(SURGERY_HEAD[lang], SURGERY_DATES[lang]))
            .replace("{surgerydl}", dl(SURGERY_RULES[lang]))
            .replace("{levylist}", levies)
            .replace("{levyrows}", table(LEVY_HEAD[lang], LEVY_RATES[lang]))
            .replace("{levydl}", dl(LEVY_RULES[lang])))


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
               "scores": rng.choice([0, mid, n]), "bluebadge": rng.choice([mid, n, n]),
               "councillorsurgeries": rng.choice([mid, n]), "touristtax": rng.choice([0, mid, n])}.get(fam, mid)
        forced = fam in art.get("run_in", [])  # the editor typed this family's link at the end of the last paragraph
        if forced:
            pos = n
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and (forced or rng.random() < INLINE[fam][0]) and tpl not in ("medium",)
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
        assert not forced, (art["id"], fam, "cannot be run into the last paragraph")
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"), "kadence": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "kadence": ("<strong>", "</strong>"), "odoo": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "kadence": ("<em>", "</em>"), "odoo": ("<i>", "</i>")}
# a highlight (the rich editor's <mark> on quintype; Beaver Builder's rich text has none)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "odoo": ('<font style="background-color: rgb(255, 231, 156);">', "</font>")}


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
# templates: odoo is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"odoo": tpl_odoo, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz, "generatepress": mp81.tpl_generatepress, "kadence": mp83.tpl_kadence}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h85), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "odoo"


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
            rng = random.Random("newsflow-heldout87-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI87[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 86) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h85), labels, furniture strings,
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
                       mp77.R, [v for v in mp77.SITE_STRINGS.values()], mp77.BEEHIIV_SITES, mp77.UI_NEW, mp77.TEASERS,
                       [v for _, v in mp77.WIDGET_ROWS],
                       mp78.R, [v for v in mp78.SITE_STRINGS.values()], mp78.BRICKS_SITES, mp78.UI_NEW, mp78.TEASERS,
                       [v for _, v in mp78.WIDGET_ROWS],
                       mp79.R, [v for v in mp79.SITE_STRINGS.values()], mp79.DIVI_SITES, mp79.UI_NEW, mp79.TEASERS,
                       [v for _, v in mp79.WIDGET_ROWS],
                       mp80.R, [v for v in mp80.SITE_STRINGS.values()], mp80.OCTOBER_SITES, mp80.UI_NEW, mp80.TEASERS,
                       [v for _, v in mp80.WIDGET_ROWS],
                       mp81.R, [v for v in mp81.SITE_STRINGS.values()], mp81.GP_SITES, mp81.UI_NEW, mp81.TEASERS,
                       [v for _, v in mp81.WIDGET_ROWS],
                       mp82.R, [v for v in mp82.SITE_STRINGS.values()], mp82.HELIX_SITES, mp82.UI_NEW, mp82.TEASERS,
                       [v for _, v in mp82.WIDGET_ROWS],
                       mp83.R, [v for v in mp83.SITE_STRINGS.values()], mp83.KADENCE_SITES, mp83.UI_NEW, mp83.TEASERS,
                       [v for _, v in mp83.WIDGET_ROWS],
                       mp84.R, [v for v in mp84.SITE_STRINGS.values()], mp84.FRAMER_SITES, mp84.UI_NEW, mp84.TEASERS,
                       [v for _, v in mp84.WIDGET_ROWS],
                       mp85.R, [v for v in mp85.SITE_STRINGS.values()], mp85.BB_SITES, mp85.UI_NEW, mp85.TEASERS,
                       [v for _, v in mp85.WIDGET_ROWS],
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
    # layouts: odoo (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h84 or h85 gave it
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
    # the odoo pages: a site of ODOO_SITES in a language of ODOO_CORE (with teasers for the next-article cover) and
    # their tags; of the looks only those Odoo's editor sets in a paragraph (bold, italic, a text highlight, a line
    # break); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in ODOO_SITES or a["lang"] not in ODOO_CORE or a["lang"] not in TEASERS
                                       or not a.get("tags")
                                       or any(st not in ("bold", "italic", "highlight", "br") for st, _ in a.get("look", []))):
            problems.append("%s: odoo page needs an Odoo site, tags and the editor's looks only" % a["id"])
        if a["tpl"] in ("kadence", "generatepress") and a.get("site") not in SITE_STRINGS[(mp83, "KADENCE_SITES") if a["tpl"] == "kadence"
                                                                                       else (mp81, "GP_SITES")]:
            problems.append("%s: %s page needs one of this part's sites" % (a["id"], a["tpl"]))
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
    problems.extend("%s: family %s run into the text but not carried" % (a["id"], f) for a in ARTICLES for f in a.get("run_in", [])
                    if f not in a.get("carry", []) or f not in INLINE)
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
        if len(carriers) != 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want exactly 4, in 3 or more)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + list(WIDGET_ROWS):
        for s in _strings(by_lang):
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    def wordings(obj, exempt):
        """obj without the values of the exempt keys of its dictionaries (domains, colours, file names, codes)."""
        if isinstance(obj, dict):
            return {k: wordings(v, exempt) for k, v in obj.items() if k not in exempt}
        if isinstance(obj, (list, tuple)):
            return [wordings(v, exempt) for v in obj]
        return obj
    site_strings_new = [wordings(v, SITE_EXEMPT) for (mod, name), v in SITE_STRINGS.items()
                        if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    odoo_sites = wordings(ODOO_SITES, ODOO_EXEMPT)
    tags = [a.get("tags", []) for a in ARTICLES]
    # (ODOO_CORE, BADGE_HEAD, SURGERY_HEAD and LEVY_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ODOO_SITES", odoo_sites), ("tags", tags), ("UI_NEW", UI_NEW)):
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





