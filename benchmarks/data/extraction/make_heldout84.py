#!/usr/bin/env python3
"""Eighty-fourth held-out part (h84-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout84.py           # write pages/h84-*.html
    python benchmarks/data/extraction/make_heldout84.py --check   # verify pages/h84-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout84.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout83.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h84_en.py / articles_h84_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: beach lifeguard patrol panels on stories about lifeguards on a beach -- the patrolled
beaches with their patrol dates and hours and what each flag means, as a list, the beaches as a table, the "which
beaches have lifeguards today" link, the flags as a definition-list card --, food-waste caddy order panels on stories
about a council or town hall handing out kitchen caddies for food waste -- who gets one, how to order one, liners and
collection day, as a list, the same as a table, the "order a caddy or liners" button, the same as a definition-list
card --, and street naming and numbering notices on stories about new street names -- the names proposed with where
they are and the date objections close, and how to object, the deadline and the fees, as a list, the names as a
table, the "object to a proposed street name" link, the rules as a definition-list strip --), their wrapper class
names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture
strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..82, nor
their labels, furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if
a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list,
template family or docstring, if a story paragraph or headline of an earlier part (h81 and h82 included) recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.  The
tables' heads (LIFEGUARD_HEAD, CADDY_HEAD, STREET_HEAD) are the web teams' generic strings and not checked; the rows
themselves (LIFEGUARD_BEACHES, LIFEGUARD_FLAGS, CADDY_RULES, STREET_NAMES, STREET_RULES) are new.  (make_heldout41.py
has bathing-water widgets -- a beach's water-quality rating, last sample, flag and lifeguard hours -- and bin-day
finders; the panels here are the lifeguard service's own season table with the flag key, the
caddy order box and the naming officer's notice.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): lifeguard patrol panels on an English
community news site's lifeguards back on three beaches (the English new-layout page: the list), a German beach
guarded for the first time by the Wasserrettung (the table), five French plages surveillées (the link) and Spanish
socorristas on nine beaches (the flags card); food-caddy panels on English weekly food collections for 41,000 homes
(the list), a Turkish municipality's mutfak atığı kovası (the table), a German Gemeinde's own notice of the Biotonne
with its Vorsortierbehälter (on TYPO3: the order button, run into the last paragraph) and a Spanish town's cubos de
cocina for the contenedor marrón (the card); street naming notices on English streets named after a 1953 lifeboat
crew (the list), an English council refusing "Ocean Vista Boulevard" (the table), a French commune naming its 38
lanes for fibre addresses (the French new-layout page: the objection link, run into the last paragraph) and a
Russian town choosing names for a new microdistrict (the strip).  Earlier families that need a reason in the story
are placed the same way (a gallery on a lifeboat station's open day); the other generic families are balanced over
the part, leaving out those the page's site would not print (the story's "kind": a Turkish village's uCoz site -- a
small site --, a German Gemeinde's own page on TYPO3 -- no newspaper furniture --, an independent local publication
on Medium and an independent French gazette on Framer, which print no ads, app, push or print prompts, comment
counters or press-standards lines, and of the newsletter family only its appeal for money, and a volunteer-run
community news site on Framer -- no ads, app, push or audio prompts, press-standards or report-a-typo lines, and of
the newsletter family only its pitch); a correction box goes only on a story that was corrected, with that story's
own wording.  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets,
bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, buttons, definition lists and tables,
and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
lifeguards-today link, the order-a-caddy button, the object-to-a-street-name link; only one line in any paragraph)
or a bold section tag run into the start of the first paragraph (drawn at random; no story of this part asks for
one).  On the new layout, residue the editor pasted into the CMS's formatted-text field (as embeds) sits between the
article's blocks inside the RichTextContainer (no wrapper of its own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, gutenberg and sanity), italics (a one-line quote on both new-layout pages,
on semantic and on medium), bold (a one-line paragraph on both new-layout pages, on nextjs and on medium), a
highlighted sentence (a <mark> on quintype), a paragraph in a box (a CKEditor style on drupal, the magazine's panel, a
Gutenberg group), a fact box holding a subheading and its list (a Fusion custom embed: the new food service in
figures), a Ghost callout card (what beach hut tenants may not do), a paragraph typed after a <br> (Shift+Enter, on
both new-layout pages, and on chunks); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "And these days?", "Do they listen?",
"Tekne ne olacak?", "Le pain a changé ?" --, in English, Turkish and French: a harbour master after 35 years, a
fisherman after 46, a baker after 40), lists inside the story (the food service in figures, what went into a rowing
gig, what a village did to its cove, what a Dorfladen sells, what a library gained), crossheads as headings and as
bold paragraphs, one-line quotes and short one-line paragraphs ("Nobody failed the swim.", "Il a fallu trouver 38
noms.", "No hay ordenador.", "Kova ücretsiz, poşet de ilk yıl belediyeden.", "Entries close on 28 February."), a
closing line with practical information (helping at junior lifeguard sessions, a farewell at the Mariners'
Institute, caddies and collection letters, a chip shop's hours, rowing taster evenings, the next cove clean-up, the
Ordnungsamt's hours, a Dorfladen's hours, a bakery's hours during works, where to collect a caddy, a library's
hours, a ferry's timetable and fares), and story sentences that mention furniture words in ordinary reporting
("Cookies, crab sandwiches and a raffle" opening a story, "Suscribirse a una revista" opening another, "Teilen ist in
Kiefernwalde" opening a third, "Anyone interested can contact the club" closing one and "Подписаться на новости
библиотеки можно в её группе" closing another), some at the start or end of the story where furniture usually sits.
Two pages carry no residue at all (an English and a Turkish interview) and one only its correction line (an English
chip shop reopening after a fire).
One page layout is new (framer: a CMS detail page of a site published with Framer, the website builder, on two pages,
an English and a French one -- a volunteer community news site for a stretch of coast and an independent gazette
for a canton of small communes): the "Made in Framer" and "Published" comments; the head Framer writes (charset,
viewport, the "Framer <build>" generator, "<headline> | <site>" as the title, the description, the framer-search-index
metas, the light and dark favicons on framerusercontent.com, Open Graph and Twitter metas, the canonical link, the
data-framer-breakpoint-css style with its hidden-<hash> rules, the data-framer-css-ssr-minified style naming its
components, the editor-bar localStorage script and the modulepreload links of script_main and its chunks); the
events.framer.com analytics script; div#main with data-framer-hydrate-v2 (routeId, localeId, the slug path variable,
the breakpoints), data-framer-ssr-released-at, data-framer-page-optimized-at and data-framer-generated-page; the
page's framer-<hash> root with its 72rtr7 breakpoint class; the nav component in its -container wrapper (a nav with
data-framer-name "Desktop", the "Logo" link with data-framer-page-link-current, the "Nav Link" instances and the
"Button" instance); main with the "Article" stack -- the "Header" (the "Meta" row with the "Category" link and the
date, the h1, the subtitle, the "Author" row with its avatar in a data-framer-background-image-wrapper), the "Cover"
image with its srcset of scale-down-to variants, and the CMS's formatted text in a RichTextContainer
(data-framer-component-type="RichTextContainer"; p, h2, ul / ol of li data-preset-tag="p", blockquote, every element
and its strong / em / a with class framer-text and the framer-styles-preset-<hash> classes) --, the "More Articles"
section with the collection list's "Card" links (thumbnail, category, h4 headline, date) and the "Newsletter"
section with a form component (an email input of class framer-form-input and a submit button); the footer component
in its -container wrapper (link columns, the copyright line); div#template-overlay; the overlay with the cookie
banner code component (a fixed container with role="dialog": title, description and policy link, the Customize /
Reject / Accept buttons); the nested-link script, the framer/handover JSON and the appear-animation script.  The
platform's strings (FRAMER_CORE: the month names of its date formatting) are left as they ship and not checked; the
sites' own strings (FRAMER_SITES: nav, button, "more articles" heading, newsletter box, footer columns and line, the
cookie banner's texts) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h81 or h82 gave it (9 English pages, 3 in each other language: English on amp, fusion, ghost,
semantic, storybody, table, wordpress and sanity; Turkish on ucoz, legacy-br and nextjs; German on typo3, portal and
gutenberg; French on quintype and drupal; Spanish on medium, cms and hugo; Russian on chunks, magazine and regional);
while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather than to
the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's
own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout82.py, so that make_pages.py can import this module and merge it the same way. Standard
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
import make_heldout77 as mp77  # noqa: E402
import make_heldout78 as mp78  # noqa: E402
import make_heldout79 as mp79  # noqa: E402
import make_heldout80 as mp80  # noqa: E402
import make_heldout81 as mp81  # noqa: E402
import make_heldout82 as mp82  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h84_en import ARTICLES as H84_EN  # noqa: E402
from articles_h84_intl import ARTICLES as H84_INTL  # noqa: E402



ARTICLES = H84_EN + H84_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82)
# parts whose layouts' languages this part avoids (the two before it; h83 is written at the same time)
LANG_PARTS = (mp81, mp82)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h84"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wrenmouth Packet", "Saltinge and Corran Echo", "Tollbridge Tidings", "The Wrenmouth Lantern",
           "Hessock and District Signal", "Coastline Chronicle Wrenmouth", "The Quay Street Gazette", "Wrenmouth Bay Observer"],
    "tr": ["Akyalı Sahil Gazetesi", "Akyalı Martı Haber"],
    "de": ["Möwenhagener Küstenbote", "Ostseewelle Möwenhagen"],
    "fr": ["L'Écho des Genêts", "Le Phare de Port-Genêt"],
    "es": ["La Veu de Cala Lentisca", "Diario del Lentisco"],
    "ru": ["Светлозёрская волна", "Вести Светлозёрья", "Берег Светлозёрска"],
}
# sites fixed per page (the two Framer sites, a German Gemeinde's own site on TYPO3, a Turkish village's site on
# uCoz, an independent local publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h82 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Wrenmouth harbour webcam stays dark until video cookies are allowed", "Allow map cookies to see this plan of the Wrenmouth coast"],
        "tr": ["Akyalı liman kamerası, video çerezlerine izin verilene kadar kapalı kalır", "Akyalı kıyısının bu planını görmek için harita çerezlerine izin verin"],
        "de": ["Die Hafenkamera Möwenhagen bleibt dunkel, bis Video-Cookies erlaubt sind", "Erlauben Sie Karten-Cookies, um diesen Plan der Möwenhagener Küste zu sehen"],
        "fr": ["La webcam du port des Genêts reste noire tant que les cookies vidéo ne sont pas autorisés", "Autorisez les cookies de carte pour voir ce plan de la Côte des Genêts"],
        "es": ["La cámara del puerto de Cala Lentisca no se ve hasta que permitas las cookies de vídeo", "Permite las cookies de mapas para ver este plano de la costa del Lentisco"],
        "ru": ["Веб-камера на пристани Светлозёрска не покажет ничего, пока не разрешены видео-cookie", "Разрешите cookie карт, чтобы увидеть эту схему берега Светлозёрска"],
    },
    "newsletter": {
        "en": ["High Tide: the coast's news in your inbox each evening at six", "That's your last free Wrenmouth story this month: register, it costs nothing, and read on", "Owned by nobody but its readers: small monthly gifts keep {site} reporting on the coast"],
        "tr": ["Met Saati: kıyının haberleri her akşam altıda e-postanızda", "Bu ayki son ücretsiz Akyalı haberiniz buydu: ücretsiz kaydolun, okumaya devam edin", "Sahibi yalnızca okurları: küçük aylık destekler {site} kıyı haberciliğini sürdürüyor"],
        "de": ["Hochwasser: die Küstennachrichten jeden Abend um sechs im Postfach", "Das war Ihr letzter freier Möwenhagen-Artikel in diesem Monat: kostenlos registrieren und weiterlesen", "Gehört nur seinen Lesern: kleine Monatsbeiträge halten {site} an der Küste am Laufen"],
        "fr": ["Marée haute : les nouvelles de la côte dans votre boîte chaque soir à 18 h", "C'était votre dernier article gratuit des Genêts ce mois-ci : inscrivez-vous gratuitement pour lire la suite", "À personne d'autre qu'à ses lecteurs : de petits dons mensuels font vivre {site} sur la côte"],
        "es": ["Marea alta: las noticias de la costa en tu correo cada tarde a las seis", "Esta era tu última noticia gratis del Lentisco este mes: regístrate gratis y sigue leyendo", "Solo es de sus lectores: pequeñas aportaciones mensuales mantienen {site} en la costa"],
        "ru": ["«Прилив»: новости побережья каждый вечер в шесть на вашей почте", "Это была последняя бесплатная статья о Светлозёрске в этом месяце: зарегистрируйтесь бесплатно и читайте дальше", "Принадлежит только читателям: небольшие ежемесячные взносы позволяют «{site}» работать на побережье"],
    },
    "share": {
        "en": ["Send it along the coast: Facebook · WhatsApp · Bluesky · Email", "Know a beach regular who'd want this? Send them this coast story ›"],
        "tr": ["Kıyı boyunca gönderin: Facebook · WhatsApp · Bluesky · E-posta", "Bunu görmek isteyecek bir sahil müdavimi mi tanıyorsunuz? Bu kıyı haberini ona gönderin ›"],
        "de": ["Die Küste entlang schicken: Facebook · WhatsApp · Bluesky · E-Mail", "Kennen Sie einen Strandgänger, den das interessiert? Schicken Sie ihm diesen Küstenartikel ›"],
        "fr": ["Faites-le suivre le long de la côte : Facebook · WhatsApp · Bluesky · Courriel", "Un habitué de la plage voudrait lire ceci ? Envoyez-lui cet article de la côte ›"],
        "es": ["Envíalo por toda la costa: Facebook · WhatsApp · Bluesky · Correo", "¿Conoces a un habitual de la playa al que le interese? Mándale esta noticia de la costa ›"],
        "ru": ["Отправьте по всему побережью: ВКонтакте · Telegram · WhatsApp · Почта", "Знаете завсегдатая пляжа, которому это интересно? Отправьте ему этот материал о побережье ›"],
    },
    "photo": {
        "en": ["Photograph handed in at the Wrenmouth news desk", "Shot for us on the coast by a reader, thank you"],
        "tr": ["Fotoğraf Akyalı haber masasına getirildi", "Kıyıda bir okurumuz bizim için çekti, sağ olsun"],
        "de": ["Foto abgegeben am Möwenhagener Redaktionstresen", "An der Küste für uns fotografiert von einer Leserin, danke"],
        "fr": ["Photo déposée au bureau de la rédaction des Genêts", "Prise pour nous sur la côte par un lecteur, merci à lui"],
        "es": ["Foto entregada en la mesa de redacción del Lentisco", "La tomó para nosotros en la costa una lectora, gracias"],
        "ru": ["Снимок принесли в редакцию в Светлозёрске", "Снято для нас на берегу читателем, спасибо"],
    },
    "copyright": {
        "en": ["© {site} 2026 — this coast story may not be copied, reposted or read on air without the publisher's permission in writing."],
        "tr": ["© {site} 2026 — bu kıyı haberi yayıncının yazılı izni olmadan kopyalanamaz, paylaşılamaz, yayında okunamaz."],
        "de": ["© {site} 2026 — dieser Küstenartikel darf ohne schriftliche Erlaubnis des Verlags weder kopiert noch weiterverbreitet oder gesendet werden."],
        "fr": ["© {site} 2026 — cet article de la côte ne peut être copié, rediffusé ou lu à l'antenne sans l'autorisation écrite de l'éditeur."],
        "es": ["© {site} 2026 — esta noticia de la costa no puede copiarse, difundirse ni leerse en antena sin permiso escrito del editor."],
        "ru": ["© «{site}», 2026 — этот материал о побережье нельзя копировать, распространять или зачитывать в эфире без письменного разрешения издателя."],
    },
    "section": {
        "en": ["Just in from the coast desk: {section}", "All our {section} reports from the coast ›"],
        "tr": ["Kıyı masasından yeni geldi: {section}", "Kıyıdan bütün {section} haberlerimiz ›"],
        "de": ["Gerade vom Küstentisch: {section}", "Alle unsere {section}-Berichte von der Küste ›"],
        "fr": ["Tout juste arrivé du bureau de la côte : {section}", "Tous nos articles {section} de la côte ›"],
        "es": ["Recién llegado de la mesa de la costa: {section}", "Todas nuestras noticias de {section} de la costa ›"],
        "ru": ["Только что из редакции побережья: {section}", "Все наши материалы рубрики «{section}» с побережья ›"],
    },
    "related": {
        "en": ["Meanwhile along the Wrenmouth coast", "Also from our coast correspondents"],
        "tr": ["Bu arada Akyalı kıyısında", "Kıyıdaki muhabirlerimizin diğer haberleri"],
        "de": ["Unterdessen an der Möwenhagener Küste", "Außerdem von unseren Küstenreportern"],
        "fr": ["Pendant ce temps sur la Côte des Genêts", "Aussi de nos correspondants de la côte"],
        "es": ["Mientras tanto en la costa del Lentisco", "También de nuestros corresponsales de la costa"],
        "ru": ["Тем временем на берегу Светлозёрска", "Ещё от наших корреспондентов на побережье"],
    },
    "symbol": {
        "*": ["≈≈ ⚬ ≈≈ ⚬ ≈≈", "⚓ ⋯ ⚓ ⋯ ⚓", "∿∿∿ ∙ ∿∿∿ ∙ ∿∿∿", "⟐ ⸱ ⟐ ⸱ ⟐ ⸱ ⟐"],
    },
    "credit": {
        "en": ["With further reporting from the {site} coast team", "Our Tollbridge and Hessock correspondent added to this report"],
        "tr": ["{site} kıyı ekibinin ek haberciliğiyle", "Yalıçam ve Kumtepe muhabirimiz bu habere katkı verdi"],
        "de": ["Mit weiteren Recherchen des Küstenteams von {site}", "Unser Korrespondent für Dünendorf und Kiefernwalde hat mitgearbeitet"],
        "fr": ["Avec des informations complémentaires de l'équipe côte de {site}", "Notre correspondante de Port-Genêt a participé à cet article"],
        "es": ["Con información adicional del equipo de costa de {site}", "Nuestro corresponsal en Benialgar ha colaborado en esta noticia"],
        "ru": ["При участии прибрежной группы «{site}»", "Наш корреспондент в Борках и Заозерье помогал готовить материал"],
    },
    "ad": {
        "en": ["Sponsored · the coast story carries on below", "Tell the whole coast: {site} adverts start at £12 a week"],
        "tr": ["Sponsorlu · kıyı haberi aşağıda devam ediyor", "Bütün kıyıya duyurun: {site} reklamları haftalık 300 liradan"],
        "de": ["Gesponsert · der Küstenartikel geht unten weiter", "Sagen Sie es der ganzen Küste: Anzeigen bei {site} ab 12 € die Woche"],
        "fr": ["Sponsorisé · l'article de la côte continue ci-dessous", "Faites-le savoir à toute la côte : annonces sur {site} dès 12 € la semaine"],
        "es": ["Patrocinado · la noticia de la costa continúa abajo", "Que se entere toda la costa: anuncios en {site} desde 12 € a la semana"],
        "ru": ["Спонсорский блок · материал о побережье продолжается ниже", "Расскажите всему побережью: реклама в «{site}» от 950 ₽ в неделю"],
    },
    "continue": {
        "en": ["Carry on reading this coast story", "Open the full Wrenmouth report ▾"],
        "tr": ["Bu kıyı haberini okumaya devam edin", "Akyalı haberinin tamamını açın ▾"],
        "de": ["Diesen Küstenartikel weiterlesen", "Den ganzen Möwenhagen-Bericht öffnen ▾"],
        "fr": ["Poursuivre la lecture de cet article de la côte", "Ouvrir tout l'article des Genêts ▾"],
        "es": ["Sigue leyendo esta noticia de la costa", "Abrir la noticia completa del Lentisco ▾"],
        "ru": ["Продолжить чтение материала о побережье", "Открыть весь материал о Светлозёрске ▾"],
    },
    "comments": {
        "en": ["{n} readers on the coast are talking about this", "Join {n} coast comments ›"],
        "tr": ["Kıyıdan {n} okur bunu konuşuyor", "{n} kıyı yorumuna katılın ›"],
        "de": ["{n} Leser an der Küste reden darüber", "Bei {n} Küstenkommentaren mitreden ›"],
        "fr": ["{n} lecteurs de la côte en parlent", "Rejoindre les {n} commentaires de la côte ›"],
        "es": ["{n} lectores de la costa hablan de esto", "Únete a los {n} comentarios de la costa ›"],
        "ru": ["{n} читателей с побережья обсуждают это", "Присоединиться к {n} комментариям побережья ›"],
    },
    "readtime": {
        "en": ["{m} minutes from the coast desk", "Time to read it on the coast: {m} min"],
        "tr": ["Kıyı masasından {m} dakika", "Kıyıda okuma süresi: {m} dk"],
        "de": ["{m} Minuten vom Küstentisch", "Lesezeit an der Küste: {m} Min."],
        "fr": ["{m} minutes du bureau de la côte", "Temps de lecture sur la côte : {m} min"],
        "es": ["{m} minutos desde la mesa de la costa", "Tiempo de lectura en la costa: {m} min"],
        "ru": ["{m} минуты из редакции побережья", "Читать на берегу: {m} мин"],
    },
    "updated": {
        "en": ["Amended by the coast desk {d}, {t}", "This report was updated {d} at {t} after the harbour office replied"],
        "tr": ["Kıyı masası tarafından {d}, {t} itibarıyla değiştirildi", "Liman idaresinin yanıtı üzerine {d}, saat {t}'de güncellendi"],
        "de": ["Geändert vom Küstentisch am {d}, {t} Uhr", "Dieser Bericht wurde am {d} um {t} Uhr nach der Antwort des Hafenamts aktualisiert"],
        "fr": ["Modifié par le bureau de la côte le {d}, {t}", "Article mis à jour le {d} à {t} après la réponse de la capitainerie"],
        "es": ["Modificado por la mesa de la costa el {d}, {t}", "Noticia actualizada el {d} a las {t} tras la respuesta de la capitanía"],
        "ru": ["Изменено редакцией побережья {d}, {t}", "Материал обновлён {d} в {t} после ответа администрации пристани"],
    },
    "audio": {
        "en": ["▶ Hear this coast story ({m} min)", "Hands full of sand? Let a coast reporter read it to you in {m} minutes"],
        "tr": ["▶ Bu kıyı haberini dinleyin ({m} dk)", "Elleriniz kumla mı dolu? Bir kıyı muhabiri {m} dakikada size okusun"],
        "de": ["▶ Diesen Küstenartikel anhören ({m} Min.)", "Hände voller Sand? Eine Küstenreporterin liest ihn Ihnen in {m} Minuten vor"],
        "fr": ["▶ Écouter cet article de la côte ({m} min)", "Les mains pleines de sable ? Un reporter de la côte vous le lit en {m} minutes"],
        "es": ["▶ Escucha esta noticia de la costa ({m} min)", "¿Manos llenas de arena? Un reportero de la costa te la lee en {m} minutos"],
        "ru": ["▶ Слушать материал о побережье ({m} мин)", "Руки в песке? Корреспондент побережья прочитает вам его за {m} минуты"],
    },
    "app": {
        "en": ["Coast news first, wherever you are: get the {site} app", "Keep reading in the Wrenmouth app ›"],
        "tr": ["Kıyı haberleri önce sizde: {site} uygulamasını edinin", "Akyalı uygulamasında okumayı sürdürün ›"],
        "de": ["Küstennachrichten zuerst, wo immer Sie sind: holen Sie sich die App von {site}", "In der Möwenhagen-App weiterlesen ›"],
        "fr": ["L'info de la côte en premier, où que vous soyez : prenez l'appli {site}", "Continuer dans l'appli des Genêts ›"],
        "es": ["Las noticias de la costa primero, estés donde estés: baja la app de {site}", "Sigue en la app del Lentisco ›"],
        "ru": ["Новости побережья первыми, где бы вы ни были: установите приложение «{site}»", "Читать дальше в приложении Светлозёрска ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} along the coast for {site} and swims off Corran Bay all year round.", "Read more from {by} on the coast ›"],
        "tr": ["{by}, {site} için kıyı boyunca {section} haberlerini yazıyor ve yıl boyu Akyalı'da denize giriyor.", "{by} imzalı diğer kıyı haberlerini okuyun ›"],
        "de": ["{by} berichtet für {site} entlang der Küste über {section} und schwimmt das ganze Jahr in der Ostsee.", "Mehr von {by} an der Küste lesen ›"],
        "fr": ["{by} suit la rubrique {section} sur la côte pour {site} et se baigne à Port-Genêt toute l'année.", "Lire d'autres articles de {by} sur la côte ›"],
        "es": ["{by} cubre {section} en la costa para {site} y nada en la cala todo el año.", "Lee más de {by} en la costa ›"],
        "ru": ["{by} пишет о теме «{section}» на побережье для «{site}» и круглый год купается в водохранилище.", "Читать другие материалы {by} о побережье ›"],
    },
    "tip": {
        "en": ["Seen something on the coast? Email tips@wrenmouth-newsroom.example", "Text the coast desk on 07700 900 384"],
        "tr": ["Kıyıda bir şey mi gördünüz? ihbar@akyali-haber-masasi.example adresine yazın", "Kıyı masasına mesaj atın: 0 (532) 900 38 40"],
        "de": ["An der Küste etwas gesehen? Mail an hinweise@moewenhagen-redaktion.example", "SMS an den Küstentisch: 0151 900 38 40"],
        "fr": ["Vu quelque chose sur la côte ? Écrivez à infos@genets-redaction.example", "Un SMS au bureau de la côte : 06 00 90 38 40"],
        "es": ["¿Has visto algo en la costa? Escribe a avisos@lentisco-redaccion.example", "Manda un mensaje a la mesa de la costa: 600 900 384"],
        "ru": ["Увидели что-то на побережье? Пишите на novosti@svetlozersk-redakciya.example", "Сообщение в редакцию побережья: +7 900 000-38-40"],
    },
    "typo": {
        "en": ["Spotted an error in this coast story? Select it and press Ctrl+Enter to let the coast desk know"],
        "tr": ["Bu kıyı haberinde bir yanlış mı gördünüz? Seçip Ctrl+Enter'a basarak kıyı masasına bildirin"],
        "de": ["Einen Fehler in diesem Küstenartikel entdeckt? Markieren und Strg+Enter drücken, um den Küstentisch zu informieren"],
        "fr": ["Une erreur dans cet article de la côte ? Sélectionnez-la et appuyez sur Ctrl+Entrée pour prévenir le bureau de la côte"],
        "es": ["¿Has visto un error en esta noticia de la costa? Selecciónalo y pulsa Ctrl+Intro para avisar a la mesa de la costa"],
        "ru": ["Заметили ошибку в материале о побережье? Выделите её и нажмите Ctrl+Enter, чтобы сообщить об этом редакции побережья"],
    },
    "push": {
        "en": ["Get a notification when there's news on the coast? Yes, coast alerts please · Not today, thanks"],
        "tr": ["Kıyıda haber olduğunda bildirim almak ister misiniz? Evet, isterim · Belki sonra"],
        "de": ["Eine Mitteilung, wenn es an der Küste Neuigkeiten gibt? Gern · Vielleicht später"],
        "fr": ["Recevoir une notification quand la côte fait l'actualité ? Avec plaisir · Plus tard peut-être"],
        "es": ["¿Te avisamos cuando haya noticias en la costa? Sí, gracias · Quizá luego"],
        "ru": ["Присылать уведомление, когда на побережье есть новости? Да, конечно · Может быть, позже"],
    },
    "print": {
        "en": ["Save this coast story: Print · Download PDF · Send by email", "Print-ready coast page ›"],
        "tr": ["Bu kıyı haberini saklayın: Yazdır · PDF indir · E-postayla yolla", "Yazdırmaya hazır kıyı sayfası ›"],
        "de": ["Diesen Küstenartikel sichern: Drucken · PDF herunterladen · Per Mail schicken", "Druckfertige Küstenseite ›"],
        "fr": ["Garder cet article de la côte : Imprimer · Télécharger le PDF · Envoyer par courriel", "Page de la côte prête à imprimer ›"],
        "es": ["Guarda esta noticia de la costa: Imprimir · Descargar PDF · Enviar por correo", "Página de la costa lista para imprimir ›"],
        "ru": ["Сохранить материал о побережье: Печать · Скачать PDF · Отправить почтой", "Страница побережья для печати ›"],
    },
    "feedback": {
        "en": ["Did this coast story tell you what you needed? Yes, all of it · Some of it · No"],
        "tr": ["Bu kıyı haberi aradığınızı verdi mi? Evet, hepsini · Bir kısmını · Hiçbirini"],
        "de": ["Hat Ihnen dieser Küstenartikel weitergeholfen? Ja, ganz · Zum Teil · Nein"],
        "fr": ["Cet article de la côte vous a-t-il appris ce que vous cherchiez ? Oui, tout · En partie · Non"],
        "es": ["¿Te ha contado esta noticia de la costa lo que buscabas? Sí, todo · En parte · No"],
        "ru": ["Нашли ли вы в материале о побережье то, что искали? Да, всё · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code on all its coast titles. Send complaints about this story to complaints@wrenmouth-newsroom.example."],
        "tr": ["{site}, bütün kıyı yayınlarında basın meslek ilkelerine bağlıdır. Bu haberle ilgili şikâyetlerinizi sikayet@akyali-haber-masasi.example adresine iletin."],
        "de": ["{site} ist in allen Küstentiteln dem Pressekodex verpflichtet. Beschwerden zu diesem Bericht an beschwerde@moewenhagen-redaktion.example."],
        "fr": ["{site} respecte la charte de déontologie dans tous ses titres de la côte. Vos réclamations sur cet article : mediateur@genets-redaction.example."],
        "es": ["{site} se rige por el código deontológico en todas sus cabeceras de la costa. Envía tus quejas sobre esta noticia a defensor@lentisco-redaccion.example."],
        "ru": ["«{site}» во всех изданиях побережья следует кодексу профессиональной этики. Жалобы на этот материал направляйте на zhaloby@svetlozersk-redakciya.example."],
    },
    "topics": {
        "en": ["Tagged: {section} · Wrenmouth coast · Harbour towns", "Keep up with {section} on the coast ›"],
        "tr": ["Etiketler: {section} · Akyalı kıyısı · Liman kasabaları", "Kıyıda {section} gelişmelerini izleyin ›"],
        "de": ["Stichworte: {section} · Möwenhagener Küste · Hafenorte", "{section} an der Küste verfolgen ›"],
        "fr": ["Mots-clés : {section} · Côte des Genêts · Villes portuaires", "Suivre {section} sur la côte ›"],
        "es": ["Etiquetas: {section} · Costa del Lentisco · Pueblos de puerto", "Sigue {section} en la costa ›"],
        "ru": ["Метки: {section} · Берег Светлозёрска · Посёлки у воды", "Следить за рубрикой «{section}» на побережье ›"],
    },
    "bookmark": {
        "en": ["⚐ Keep this for later in your coast list"],
        "tr": ["⚐ Bunu kıyı listenize sonra okumak için saklayın"],
        "de": ["⚐ Für später in Ihrer Küstenliste merken"],
        "fr": ["⚐ Garder pour plus tard dans votre liste de la côte"],
        "es": ["⚐ Guardar para luego en tu lista de la costa"],
        "ru": ["⚐ Отложить на потом в списке побережья"],
    },
    "poll": {
        "en": ["Your say: should more beaches on the coast do the same? Yes, copy it · No, leave it · Not sure yet", "Vote to see what the coast thinks"],
        "tr": ["Sizce: kıyıdaki başka yerler de aynısını yapmalı mı? Evet, örnek alsınlar · Hayır, gerek yok · Henüz karar vermedim", "Kıyının ne düşündüğünü görmek için oy verin"],
        "de": ["Ihre Meinung: Sollten andere Orte an der Küste nachziehen? Ja, nachmachen · Nein, lieber nicht · Noch unentschieden", "Abstimmen und sehen, was die Küste denkt"],
        "fr": ["À vous : d'autres communes de la côte devraient-elles suivre ? Oui, qu'elles suivent · Non, inutile · Pas encore décidé", "Votez pour voir ce que pense la côte"],
        "es": ["Opina: ¿deberían hacer lo mismo otros pueblos de la costa? Sí, que lo copien · No, no hace falta · Aún no lo sé", "Vota para ver qué piensa la costa"],
        "ru": ["Ваше мнение: стоит ли другим посёлкам на побережье сделать так же? Да, пусть берут пример · Нет, незачем · Пока не определился", "Проголосуйте, чтобы узнать мнение побережья"],
    },
    "embed": {
        "en": ["See this post from {handle} on the coast on Instagram", "Play {handle}'s coast clip on YouTube"],
        "tr": ["{handle} hesabının bu kıyı paylaşımını Instagram'da görün", "{handle} hesabının kıyı videosunu YouTube'da oynatın"],
        "de": ["Diesen Küstenbeitrag von {handle} auf Instagram sehen", "Den Küstenclip von {handle} auf YouTube abspielen"],
        "fr": ["Voir ce post de la côte de {handle} sur Instagram", "Lire la vidéo de la côte de {handle} sur YouTube"],
        "es": ["Ver esta publicación de la costa de {handle} en Instagram", "Reproducir el vídeo de la costa de {handle} en YouTube"],
        "ru": ["Смотреть этот пост {handle} с побережья в Instagram", "Включить ролик {handle} с побережья на YouTube"],
    },
    "gallery": {
        "en": ["📸 {g} pictures from the open day", "Browse all {g} photos from the coast ›"],
        "tr": ["📸 Açık günden {g} kare", "Kıyıdan {g} fotoğrafın hepsine göz atın ›"],
        "de": ["📸 {g} Bilder vom Tag der offenen Tür", "Alle {g} Fotos von der Küste durchblättern ›"],
        "fr": ["📸 {g} images de la journée portes ouvertes", "Parcourir les {g} photos de la côte ›"],
        "es": ["📸 {g} imágenes de la jornada de puertas abiertas", "Ver las {g} fotos de la costa ›"],
        "ru": ["📸 {g} кадров с дня открытых дверей", "Листать все {g} фото с побережья ›"],
    },
    "map": {
        "en": ["Expand the coast map", "Find it on the coast: Google Maps · Apple Maps · what3words"],
        "tr": ["Kıyı haritasını büyütün", "Kıyıda yerini bulun: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Küstenkarte vergrößern", "An der Küste finden: Google Maps · Apple Karten · Komoot"],
        "fr": ["Agrandir la carte de la côte", "Itinéraire : Google Maps · Plans · Mappy"],
        "es": ["Ampliar el mapa de la costa", "Cómo llegar: Google Maps · Mapas de Apple · Wikiloc"],
        "ru": ["Развернуть карту побережья", "Как добраться на побережье: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Put the coast date in your diary: Google · Outlook · Apple", "Send me a reminder of this coast event ›"],
        "tr": ["Kıyı etkinliğini ajandanıza ekleyin: Google · Outlook · Apple", "Bu kıyı etkinliği için bana hatırlatma gönderin ›"],
        "de": ["Den Küstentermin eintragen: Google · Outlook · Apple", "Schicken Sie mir eine Erinnerung an diesen Küstentermin ›"],
        "fr": ["Noter le rendez-vous de la côte : Google · Outlook · Apple", "M'envoyer un rappel pour ce rendez-vous de la côte ›"],
        "es": ["Apunta la cita de la costa: Google · Outlook · Apple", "Envíame un recordatorio de esta cita de la costa ›"],
        "ru": ["Записать дату на побережье: Google · Outlook · Apple", "Прислать напоминание об этом событии на побережье ›"],
    },
    "scores": {
        "en": ["All the coast's weekend results ›", "Coast sport centre: Fixtures · Results · League tables · Stats"],
        "tr": ["Kıyının hafta sonu sonuçlarının hepsi ›", "Kıyı spor merkezi: Fikstür · Sonuçlar · Puan durumu · İstatistik"],
        "de": ["Alle Wochenendergebnisse von der Küste ›", "Küstensport: Spielplan · Ergebnisse · Tabellen · Statistik"],
        "fr": ["Tous les résultats du week-end sur la côte ›", "Sport sur la côte : Calendrier · Résultats · Classements · Stats"],
        "es": ["Todos los resultados del fin de semana en la costa ›", "Deporte en la costa: Calendario · Resultados · Clasificación · Estadísticas"],
        "ru": ["Все результаты выходных на побережье ›", "Спорт побережья: Календарь · Результаты · Таблицы · Статистика"],
    },
    "correction": {
        "en": ["This coast story was corrected after it was first published."],
        "tr": ["Bu kıyı haberi ilk yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Küstenartikel wurde nach seiner ersten Veröffentlichung korrigiert."],
        "fr": ["Cet article de la côte a été corrigé après sa première publication."],
        "es": ["Esta noticia de la costa se corrigió después de su primera publicación."],
        "ru": ["Этот материал о побережье исправлен после первой публикации."],
    },
    # the three families new in this part
    "lifeguardpatrols": {
        "en": ["Lifeguard patrols this summer", "Lifeguarded beaches: patrol dates and hours", "See which beaches have lifeguards today ›", "Beach flags: what each one means"],
        "tr": ["Bu yaz cankurtaran nöbetleri", "Cankurtaranlı plajlar: nöbet tarihleri ve saatleri", "Bugün cankurtaranlı plajları görün ›", "Plaj bayrakları: hangisi ne anlama geliyor"],
        "de": ["Bewachte Badestellen in diesem Sommer", "Bewachte Strände: Wachzeiten und Saison", "Heute bewachte Strände anzeigen ›", "Flaggen am Strand: was sie bedeuten"],
        "fr": ["Plages surveillées cet été", "Postes de secours : dates et horaires de surveillance", "Voir les plages surveillées aujourd'hui ›", "Drapeaux de baignade : ce qu'ils signifient"],
        "es": ["Playas con socorrista este verano", "Socorrismo: fechas y horarios por playa", "Consulta las playas con socorrista hoy ›", "Banderas de playa: qué significa cada una"],
        "ru": ["Спасатели на пляжах этим летом", "Пляжи со спасателями: даты и часы дежурства", "Посмотреть, где сегодня дежурят спасатели ›", "Флаги на пляже: что они означают"],
    },
    "foodcaddies": {
        "en": ["Food waste caddies: what you need to know", "Your food caddy: who gets one and when it's collected", "Order a food waste caddy or liners ›", "Food caddies at a glance"],
        "tr": ["Mutfak atığı kovası: bilmeniz gerekenler", "Mutfak atığı kovanız: kimlere veriliyor, ne zaman toplanıyor", "Mutfak atığı kovası ya da poşeti isteyin ›", "Bir bakışta mutfak atığı kovası"],
        "de": ["Vorsortierbehälter für Küchenabfälle: das Wichtigste", "Ihr Vorsortierbehälter: wer ihn bekommt und wann abgeholt wird", "Vorsortierbehälter oder Papiertüten bestellen ›", "Küchenabfälle auf einen Blick"],
        "fr": ["Bioseau pour les déchets de cuisine : l'essentiel", "Votre bioseau : qui le reçoit et quand il est collecté", "Commander un bioseau ou des sacs ›", "Le bioseau en bref"],
        "es": ["Cubo de cocina para la orgánica: lo que debes saber", "Tu cubo de orgánica: quién lo recibe y cuándo se recoge", "Pide un cubo de orgánica o bolsas compostables ›", "El cubo de orgánica, de un vistazo"],
        "ru": ["Контейнер для пищевых отходов: что нужно знать", "Ваш контейнер для пищевых отходов: кому положен и когда вывоз", "Заказать контейнер или пакеты для пищевых отходов ›", "Пищевые отходы: коротко"],
    },
    "streetnaming": {
        "en": ["Street naming and numbering notice", "Proposed new street names", "Object to a proposed street name ›", "Street names: how to object"],
        "tr": ["Sokak adlandırma ve numaralandırma ilanı", "Önerilen yeni sokak adları", "Önerilen bir sokak adına itiraz edin ›", "Sokak adları: nasıl itiraz edilir"],
        "de": ["Bekanntmachung zur Straßenbenennung", "Vorgeschlagene neue Straßennamen", "Einwand gegen einen Straßennamen erheben ›", "Straßennamen: so erheben Sie Einwände"],
        "fr": ["Avis de dénomination et de numérotation des voies", "Noms de voies proposés", "Formuler une observation sur un nom de voie ›", "Noms de voies : comment faire une observation"],
        "es": ["Anuncio de denominación y numeración de calles", "Nombres de calles propuestos", "Presenta una alegación a un nombre de calle ›", "Nombres de calles: cómo alegar"],
        "ru": ["Извещение о присвоении наименований улицам", "Предлагаемые названия новых улиц", "Направить возражение по названию улицы ›", "Названия улиц: как подать возражение"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"lifeguardpatrols": [0, 1, 2, 3], "foodcaddies": [0, 1, 2, 3], "streetnaming": [0, 1, 2, 3]}
# the lifeguard patrol panel: beach, patrol dates, hours; and the flags with their meaning
LIFEGUARD_BEACHES = {
    "en": [("Wrenmouth Main Beach", "23 May – 27 Sep", "10am–6pm"), ("Saltinge", "23 May – 6 Sep", "10am–6pm"), ("Corran Bay", "27 Jun – 6 Sep", "11am–5pm")],
    "tr": [("Akyalı Halk Plajı", "1 Haziran – 15 Eylül", "09.00–19.00"), ("Yalıçam Koyu", "15 Haziran – 31 Ağustos", "10.00–18.00"), ("Kumtepe Plajı", "1 Temmuz – 31 Ağustos", "10.00–18.00")],
    "de": [("Seebrücke Möwenhagen", "15.05. – 15.09.", "9–18 Uhr"), ("Strandaufgang 7, Dünendorf", "30.05. – 06.09.", "10–18 Uhr"), ("Campingplatz Kiefernwalde", "20.06. – 31.08.", "10–17 Uhr")],
    "fr": [("Grande Plage, Port-Genêt", "4 juillet – 30 août", "11 h 15 – 19 h 15"), ("Plage des Dunes", "4 juillet – 30 août", "11 h 30 – 19 h 30"), ("Anse du Moulin", "11 juillet – 23 août", "13 h 30 – 19 h")],
    "es": [("Playa de l'Arenal", "15 junio – 15 septiembre", "10.00–19.00"), ("Cala de Les Roques", "15 junio – 15 septiembre", "10.45–19.15"), ("Playa del Racó", "1 julio – 31 agosto", "10.00–19.00")],
    "ru": [("Городской пляж Светлозёрска", "1 июня – 31 августа", "10:30–18:45"), ("Пляж у лодочной станции Светлозёрска", "15 июня – 15 августа", "11:00–18:00"), ("Пляж в Борках", "1 июля – 15 августа", "12:00–18:00")],
}
LIFEGUARD_HEAD = {"en": ("Beach", "Patrolled", "Hours"), "tr": ("Plaj", "Nöbet dönemi", "Saatler"), "de": ("Badestelle", "Saison", "Wachzeiten"),
                  "fr": ("Plage", "Surveillance", "Horaires"), "es": ("Playa", "Temporada", "Horario"), "ru": ("Пляж", "Дежурство", "Часы")}
LIFEGUARD_FLAGS = {
    "en": [("Red-over-yellow flags on the beach", "lifeguarded area: swim or bodyboard between the flags"), ("Black-and-white chequered flags on the beach", "surfboards and kayaks only, no swimming"), ("Red flag flying on the beach", "danger: do not go in the water")],
    "tr": [("Direkte yeşil bayrak", "denize girmek güvenli"), ("Direkte sarı bayrak", "dikkatli olun, kıyıdan uzaklaşmayın"), ("Direkte kırmızı bayrak", "denize girmek yasak")],
    "de": [("Gelb-rote Flagge am Turm", "Badestelle bewacht"), ("Gelbe Flagge am Turm", "Baden für Kinder und ungeübte Schwimmer gefährlich"), ("Rote Flagge am Turm", "Badeverbot")],
    "fr": [("Drapeau vert au mât", "baignade surveillée, pas de danger particulier"), ("Drapeau jaune au mât", "baignade dangereuse mais surveillée"), ("Drapeau rouge au mât", "baignade interdite")],
    "es": [("Bandera verde en la torre", "baño libre"), ("Bandera amarilla en la torre", "baño con precaución"), ("Bandera roja en la torre", "baño prohibido")],
    "ru": [("Зелёный флаг на вышке", "купание разрешено"), ("Жёлтый флаг на вышке", "купаться с осторожностью"), ("Красный флаг на вышке", "купание запрещено")],
}
# the food-waste caddy panel: what, details
CADDY_RULES = {
    "en": [("Who gets one", "every house and ground-floor flat; flats with shared bins get a communal food bin"), ("How to order", "online or on 01632 960 744 if yours has not arrived or was stolen"), ("Liners", "any compostable liner or newspaper; a free roll of 52 is left on your caddy each spring"), ("Collection day", "every week, on the same day as your recycling")],
    "tr": [("Kimlere veriliyor", "pilot mahallelerdeki bütün hanelere ücretsiz"), ("Nasıl istenir", "Beyaz Masa 444 0 744 ya da belediye hizmet binası"), ("Poşetler", "ilk yıl belediyeden, sonra kompostlanabilir herhangi bir poşet"), ("Toplama günü", "salı ve cuma, sabah 7'den önce kapının önüne")],
    "de": [("Wer ihn bekommt", "jeder Haushalt mit Biotonne, kostenlos"), ("Bestellung", "im Bürgerbüro oder telefonisch unter 038291 744-0"), ("Tüten", "Papiertüten oder Zeitungspapier, keine Plastiktüten"), ("Abfuhrtag", "laut Abfallkalender, im Sommer wöchentlich")],
    "fr": [("Qui le reçoit", "chaque foyer de la commune, gratuitement"), ("Comment le commander", "en mairie ou au 02 98 00 07 44"), ("Sacs", "sacs kraft ou papier journal, jamais de plastique"), ("Jour de collecte", "le mardi, bac sorti la veille au soir")],
    "es": [("Quién lo recibe", "todas las viviendas del municipio, sin coste"), ("Cómo pedirlo", "en la oficina de atención al ciudadano o en el 963 000 744"), ("Bolsas", "compostables; el primer rollo lo da el Ayuntamiento"), ("Día de recogida", "el contenedor marrón se vacía los lunes, miércoles y viernes")],
    "ru": [("Кому положен", "жителям частных домов в пилотных кварталах"), ("Как заказать", "через управляющую компанию или по телефону 8 (34912) 7-44-00"), ("Пакеты", "бумажные или компостируемые, выдаются раз в квартал"), ("День вывоза", "вторник и пятница")],
}
CADDY_HEAD = {"en": ("Food caddy", "Details"), "tr": ("Kova", "Ayrıntı"), "de": ("Behälter", "Einzelheiten"),
              "fr": ("Bioseau", "Détails"), "es": ("Cubo", "Detalles"), "ru": ("Контейнер", "Подробности")}
# the street naming notice: proposed name, where, objections by; and the rules for objecting
STREET_NAMES = {
    "en": [("Penhale Way", "Marram Fields, Tollbridge", "14 July"), ("Annie Lugg Walk", "Marram Fields, Tollbridge", "14 July"), ("Crows Acre", "land off School Hill, Hessock", "27 October")],
    "tr": [("Martı Sokak", "Yalıçam yeni yerleşim alanı", "30 Nisan"), ("Keşkek Sokak", "Kumtepe yolu", "30 Nisan"), ("Nuriye Aksoy Caddesi", "okul arkası", "18 Mayıs")],
    "de": [("Am Dünenweg", "Neubaugebiet Dünendorf-Nord", "30.04."), ("Fischerkoppel", "Kiefernwalde, hinter der Feuerwache", "30.04."), ("Lotsenstieg", "Möwenhagen, alter Hafen", "15.05.")],
    "fr": [("Chemin de la Lande aux Pies", "hameau de Kerlann", "15 février"), ("Route du Moulin Neuf", "de la D12 au moulin", "15 février"), ("Impasse du Gros Chêne", "hameau du Gros Chêne", "15 février")],
    "es": [("Calle de los Pescadores", "sector Les Roques", "30 de abril"), ("Plaza del Faro", "frente a la librería", "30 de abril"), ("Calle de la Almadraba", "urbanización El Racó", "18 de mayo")],
    "ru": [("улица Старое Заозерье", "микрорайон Сосновый", "10 сентября"), ("улица Мологинская", "микрорайон Сосновый", "10 сентября"), ("улица Лётчика Гаврилова", "микрорайон Сосновый", "10 сентября")],
}
STREET_HEAD = {"en": ("Proposed name", "Where", "Objections by"), "tr": ("Önerilen ad", "Yer", "Son itiraz"),
               "de": ("Vorgeschlagener Name", "Lage", "Einwände bis"), "fr": ("Nom proposé", "Situation", "Observations avant le"),
               "es": ("Nombre propuesto", "Ubicación", "Alegaciones hasta"), "ru": ("Предлагаемое название", "Где", "Возражения до")}
STREET_RULES = {
    "en": [("How to object", "in writing to the street naming officer, giving your address and reasons"), ("Deadline", "28 days from the date of this notice"), ("Fees", "naming a new street £220; numbering each new property £45; renaming a house £60")],
    "tr": [("Nasıl itiraz edilir", "dilekçeyle İmar ve Şehircilik Müdürlüğü'ne"), ("İtiraz süresi", "ilan tarihinden itibaren 30 gün"), ("Numarataj harcı", "numarataj belgesi 150 lira")],
    "de": [("Einwände", "schriftlich an das Ordnungsamt mit Name und Anschrift"), ("Einwendungsfrist", "vier Wochen nach dieser Bekanntmachung"), ("Gebühren für Hausnummern", "Hausnummernzuteilung 35 €, Umbenennung auf Antrag 80 €")],
    "fr": [("Observations", "sur le registre en mairie ou par courrier à M. le Maire"), ("Délai pour les observations", "un mois après l'affichage du présent avis"), ("Frais de plaques", "plaques et numéros fournis gratuitement par la commune")],
    "es": [("Alegaciones", "por escrito en el registro municipal o en la sede electrónica"), ("Plazo de alegaciones", "20 días hábiles desde la publicación"), ("Tasa de numeración", "certificado de numeración 12 €")],
    "ru": [("Как возразить", "письменно в комиссию по наименованиям или на общественных обсуждениях"), ("Срок подачи возражений", "до окончания общественных обсуждений"), ("Плата за присвоение адреса", "присвоение адреса бесплатно")],
}
WIDGET_ROWS = (("lifeguard beaches", LIFEGUARD_BEACHES), ("lifeguard flags", LIFEGUARD_FLAGS), ("caddy rules", CADDY_RULES),
               ("street names", STREET_NAMES), ("street rules", STREET_RULES))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Seal pup rescued from Saltinge slipway returns to the sea", "Wrenmouth ice cream parlour hands over the scoop after 61 years",
           "Tollbridge pupils launch a weather balloon from the school field", "Runaway sheep found grazing on the golf course at Hessock",
           "Corran Bay's clifftop bench replaced after storm damage", "Ferry from Wrenmouth quay to run on Sundays again"],
    "tr": ["Yalıçam iskelesinde yaralı bulunan fok yavrusu denize bırakıldı", "Akyalı'nın dondurmacısı 61 yılın ardından kepçeyi devrediyor",
           "Öğrenciler okul bahçesinden hava balonu uçurdu", "Kaçan koyunlar Kumtepe'de bir bostanda otlarken bulundu",
           "Fırtınada kırılan yalı bankı yenilendi", "Akyalı'dan adaya pazar seferleri yeniden başlıyor"],
    "de": ["Robbenbaby von der Slipanlage in Dünendorf zurück in der Ostsee", "Möwenhagener Eisdiele gibt nach 61 Jahren den Portionierer ab",
           "Schüler lassen vom Sportplatz einen Wetterballon steigen", "Ausgebüxte Schafe grasen auf dem Golfplatz von Kiefernwalde",
           "Sturmschaden: Bank am Hochufer ersetzt", "Fähre ab Möwenhagen fährt wieder sonntags"],
    "fr": ["Un bébé phoque secouru sur la cale de Port-Genêt relâché en mer", "Le glacier de la rue du Port passe la main après 61 ans",
           "Des écoliers lâchent un ballon-sonde depuis la cour", "Des moutons en fuite retrouvés sur le golf des Genêts",
           "Le banc de la falaise remplacé après la tempête", "La navette vers l'île reprend le dimanche"],
    "es": ["Liberan en el mar una cría de foca rescatada en el varadero", "La heladería de la calle del Faro cambia de manos tras 61 años",
           "Los alumnos lanzan un globo meteorológico desde el patio", "Encuentran en el campo de golf unas ovejas escapadas",
           "Sustituyen el banco del acantilado dañado por el temporal", "La lancha a la isla vuelve a salir los domingos"],
    "ru": ["Спасённого на лодочном спуске тюленёнка выпустили в воду", "Кафе-мороженое на набережной сменило хозяйку после 61 года",
           "Школьники запустили метеозонд со школьного стадиона", "Сбежавших овец нашли на поле для гольфа у Борков",
           "Скамейку на обрыве заменили после бури", "Катер из Светлозёрска снова ходит по воскресеньям"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Llevaba dos semanas en el centro de recuperación del puerto.",
           "La nueva dueña promete no tocar la receta de la horchata.",
           "Llegó a 28.000 metros y cayó en un campo de naranjos.",
           "Once ovejas, un green destrozado y ningún culpable a la vista.",
           "El nuevo es de piedra y lleva grabado el nombre de un pescador.",
           "El Ayuntamiento pagará la mitad del combustible durante el invierno."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Coast news today", "Wrenmouth, Saltinge and Corran Bay", "Coast police and courts", "Coast schools", "Coast sport", "Out and about on the coast", "Coast public notices"],
               cookie="We and selected partners use cookies and similar tools on your device so this site runs, so we can count visitors and so we can show the adverts that pay for news on the coast. Accept the lot, or pick only the ones you are happy with on the coast.",
               accept="Accept all and go to the coast news", reject="Let me choose coast cookies", share="Share this coast story",
               related="Next from the coast", newsletter="Coast Daily: the day's local news in a single email",
               subscribe="Join Coast Daily", email="you@coast-daily.example",
               comment_note="A moderator reads comments on coast stories before they go live. Be civil and stick to the subject: people along the coast read these too.",
               closed="Comments are closed on this coast story.",
               footer=["Contact the coast newsroom", "Coast corrections", "Privacy on the coast site", "Advertise on the coast", "Coast house rules"],
               rights="Everything on this site belongs to its publisher; ask in writing before you reuse it.",
               commenters=[("CorranCathy", "Brilliant news for the whole coast."),
                           ("Tollbridge Tony", "About time somebody listened.")]),
    "tr": dict(nav=["Kıyıdan bugün", "Akyalı, Yalıçam ve Kumtepe", "Kıyıda asayiş ve mahkeme", "Kıyının okulları", "Kıyı sporu", "Kıyıda gezip görülecekler", "Kıyı ilanları"],
               cookie="Biz ve seçili iş ortaklarımız, sitenin çalışması, ziyaretçilerin sayılması ve kıyı haberciliğini finanse eden reklamların gösterilmesi için cihazınızda çerezler ve benzeri araçlar kullanıyoruz. Hepsini kabul edin ya da izin verdiklerinizi seçin.",
               accept="Hepsini kabul et, kıyı haberlerine geç", reject="Kıyı çerezlerini kendim seçeyim", share="Bu kıyı haberini paylaşın",
               related="Kıyıdan sıradaki", newsletter="Kıyı Günlüğü: günün yerel haberleri tek e-postada",
               subscribe="Kıyı Günlüğü'ne katılın", email="siz@kiyi-gunlugu.example",
               comment_note="Kıyı haberlerine yapılan yorumları yayımlanmadan önce bir moderatör okur. Saygılı olun ve konuda kalın: kıyı boyunca herkes okuyor.",
               closed="Bu kıyı haberi yorumlara kapalı.",
               footer=["Kıyı haber merkezine ulaşın", "Kıyı düzeltmeleri", "Kıyı sitesinde gizlilik", "Kıyıda reklam verin", "Kıyı sitesinin kuralları"],
               rights="Bu sitedeki her şey yayıncısına aittir; yeniden kullanmadan önce yazılı izin isteyin.",
               commenters=[("Yalıçamlı_Ayşe", "Bütün kıyı için harika bir haber."),
                           ("Kumtepeli Osman", "Sonunda biri dinledi.")]),
    "de": dict(nav=["Küste heute", "Möwenhagen, Dünendorf und Kiefernwalde", "Polizei und Gericht an der Küste", "Schulen an der Küste", "Sport an der Küste", "Unterwegs an der Küste", "Bekanntmachungen an der Küste"],
               cookie="Wir und ausgewählte Partner nutzen Cookies und ähnliche Werkzeuge auf Ihrem Gerät, damit diese Seite läuft, um Besuche zu zählen und um die Anzeigen zu zeigen, die Nachrichten von der Küste bezahlen. Alle annehmen oder selbst wählen, was Sie erlauben.",
               accept="Alle annehmen und zu den Küstennachrichten", reject="Meine Cookies wählen", share="Diesen Küstenartikel teilen",
               related="Als Nächstes von der Küste", newsletter="Küste kompakt: die Lokalnachrichten des Tages in einer einzigen Mail",
               subscribe="Küste kompakt abonnieren", email="sie@kueste-kompakt.example",
               comment_note="Kommentare zu Küstenartikeln liest eine Moderatorin, bevor sie freigeschaltet werden. Bleiben Sie sachlich und beim Thema: an der ganzen Küste wird mitgelesen.",
               closed="Zu diesem Küstenartikel sind keine Kommentare mehr möglich.",
               footer=["Kontakt zur Küstenredaktion", "Korrekturen an der Küste", "Datenschutz auf der Küstenseite", "Werben an der Küste", "Hausordnung der Küstenseite"],
               rights="Alles auf dieser Website gehört dem Verlag; fragen Sie vor einer Weiterverwendung schriftlich an.",
               commenters=[("Dünendorferin_Heike", "Großartige Nachricht für die ganze Küste."),
                           ("Kalle aus Kiefernwalde", "Wurde auch Zeit, dass mal jemand zuhört.")]),
    "fr": dict(nav=["La côte aujourd'hui", "Port-Genêt et les communes voisines", "Faits divers sur la côte", "Écoles de la côte", "Sport sur la côte", "Sortir sur la côte", "Avis officiels de la côte"],
               cookie="Nos partenaires sélectionnés et nous utilisons des cookies et outils similaires sur votre appareil pour faire tourner ce site, compter les visites et afficher les publicités qui financent l'information sur la côte. Acceptez-les tous ou ne gardez que ceux qui vous conviennent sur la côte.",
               accept="Tout accepter et aller aux nouvelles de la côte", reject="Choisir mes cookies de la côte", share="Partager cet article de la côte",
               related="Ensuite sur la côte", newsletter="La Côte au quotidien : l'info locale du jour en un seul courriel",
               subscribe="Rejoindre La Côte au quotidien", email="vous@cote-au-quotidien.example",
               comment_note="Un modérateur lit les commentaires des articles de la côte avant leur mise en ligne. Restez courtois et dans le sujet : toute la côte vous lit.",
               closed="Les commentaires sont fermés sur cet article de la côte.",
               footer=["Joindre la rédaction de la côte", "Rectificatifs de la côte", "Vie privée sur le site de la côte", "Publicité sur la côte", "Règles du site de la côte"],
               rights="Tout le contenu de ce site appartient à son éditeur ; demandez par écrit avant toute réutilisation.",
               commenters=[("Maryvonne_de_Port-Genêt", "Excellente nouvelle pour toute la côte."),
                           ("Yvon des Dunes", "Il était temps qu'on nous écoute.")]),
    "es": dict(nav=["La costa hoy", "Cala Lentisca y Benialgar", "Sucesos en la costa", "Colegios de la costa", "Deportes en la costa", "Planes en la costa", "Edictos de la costa"],
               cookie="Nosotros y algunos socios seleccionados usamos cookies y herramientas parecidas en tu dispositivo para que esta web funcione, contar las visitas y mostrar los anuncios que pagan las noticias de la costa. Acéptalas todas o quédate solo con las que quieras en la costa.",
               accept="Aceptar todas e ir a las noticias de la costa", reject="Elegir mis cookies de la costa", share="Comparte esta noticia de la costa",
               related="Lo siguiente de la costa", newsletter="La costa al día: las noticias locales del día en un solo correo",
               subscribe="Unirme a La costa al día", email="tu@lacostaaldia.example",
               comment_note="Un moderador lee los comentarios de las noticias de la costa antes de publicarlos. Sé educado y no te salgas del tema: te lee toda la costa.",
               closed="Los comentarios de esta noticia de la costa están cerrados.",
               footer=["Contacta con la redacción de la costa", "Fe de erratas de la costa", "Privacidad en la web de la costa", "Publicidad en la costa", "Normas de la web de la costa"],
               rights="Todo lo que hay en esta web pertenece a su editor; pide permiso por escrito antes de reutilizarlo.",
               commenters=[("Pepa_de_Benialgar", "Una gran noticia para toda la costa."),
                           ("Quique del Racó", "Ya era hora de que alguien escuchara.")]),
    "ru": dict(nav=["Побережье сегодня", "Светлозёрск, Борки и Заозерье", "Происшествия на побережье", "Школы побережья", "Спорт на побережье", "Куда пойти на побережье", "Объявления побережья"],
               cookie="Мы и выбранные партнёры используем cookie и похожие инструменты на вашем устройстве, чтобы сайт работал, чтобы считать посещения и показывать рекламу, которая оплачивает новости побережья. Примите все или выберите, что разрешить.",
               accept="Принять все и перейти к новостям побережья", reject="Выбрать мои cookie", share="Поделиться материалом о побережье",
               related="Дальше о побережье", newsletter="«Побережье за день»: местные новости дня в одном письме",
               subscribe="Подписаться на «Побережье за день»", email="vy@poberezhye-za-den.example",
               comment_note="Комментарии к материалам о побережье модератор читает до публикации. Будьте вежливы и не отклоняйтесь от темы: вас читает всё побережье.",
               closed="Комментарии к этому материалу о побережье закрыты.",
               footer=["Связаться с редакцией побережья", "Поправки побережья", "Конфиденциальность на сайте побережья", "Реклама на побережье", "Правила сайта побережья"],
               rights="Всё на этом сайте принадлежит издателю; перед повторным использованием запросите письменное разрешение.",
               commenters=[("Светлозёрочка", "Отличная новость для всего побережья."),
                           ("Дед из Борков", "Наконец-то кто-то услышал.")]),
}
UI84 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table and portal layouts' banner labels
    (mp2, "READMORE"): {"ru": "ЕЩЁ О ПОБЕРЕЖЬЕ:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"ru": "{name} пишет для «{site}» о теме «{section}» и о посёлках на берегу водохранилища. Идеи для материалов: bereg@svetlozerskaya-volna.example"},
    (mp4, "READMORE"): {"en": "MORE FROM THE COAST:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Aussi dans L'Écho des Genêts")},
    (mp6, "TYPO3"): {"de": dict(ext="Karte: Standorte der Biotonnen-Sammelstellen (OpenStreetMap)",
                                note="Hier ist eine Karte der Sammelstellen eingebunden. Sie wird erst nach Ihrer Zustimmung geladen, weil OpenStreetMap dann Ihre IP-Adresse erhält.",
                                button="Zustimmen und Karte der Sammelstellen laden", by="Eine Mitteilung der", search="Suche auf moewenhagen.example",
                                lang_menu="Möwenhagen in Leichter Sprache")},
    (mp7, "SANITY"): {"en": dict(nl_title="Corran Bay on Sunday", nl_text="Every Sunday morning: the week in Corran Bay, Saltinge and the cliff villages, in a single email.",
                                 nl_button="Send me Corran Bay on Sunday", nl_placeholder="Your address for Corran Bay on Sunday")},
    (mp11, "HUGO"): {"es": dict(nl_title="Benialgar cada viernes", nl_text="Cada viernes por la tarde: lo que ha pasado en Benialgar y en la huerta, en un solo correo.",
                                nl_label="Tu correo para Benialgar cada viernes", nl_button="Quiero Benialgar cada viernes")},
    (mp13, "PUB_NAV"): {"es": ["Lo nuevo en el Lentisco", "Gente de la calle del Faro", "Tiendas de toda la vida", "Apoya a Cuadernos del Lentisco"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Yalıçam Köyü'nün kendi sitesi: haberler, duyurular, fotoğraflar",
                                menu=["Yalıçam ana sayfa", "Yalıçam'dan haberler", "Yalıçam muhtarlığından", "Yalıçam'ın geçmişi", "Yalıçam fotoğrafları", "Yalıçam sitesine yazın"],
                                cats=["Yalıçam'dan haberler", "Yalıçam imeceleri", "Yalıçam muhtarlığından"],
                                friends=["Yalıçam Köyü Kalkındırma Derneği", "Yalıçam Ortaokulu", "Akyalı Su Ürünleri Kooperatifi"],
                                footer="Yalıçam Köyü © 2026 · site köyün gençleri tarafından gönüllü olarak hazırlanır",
                                poster="yalicam_muhtarlik", tags=["Yalıçam koyu", "sahil imecesi"],
                                commenters=[("Yalıçamlı_Zehra", "Koy yıllardır bu kadar temiz olmamıştı, ellerinize sağlık."),
                                            ("Gurbetçi_Ramazan", "Temmuzdaki imeceye izinle geliyorum, torbayı bana ayırın.")],
                                style="p", heads="h3")},
}
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
# the new layout: a CMS detail page of a site published with Framer, as Framer's hosting serves it to a reader who has
# not yet answered the site's cookie banner: the "Made in Framer" and "Published" comments before <html>; the head
# Framer writes (charset, viewport, the "Framer <build>" generator, "<headline> | <site>" as the title set in the CMS
# page's settings, the description, the framer-search-index metas, the light and dark favicons from
# framerusercontent.com, the Open Graph and Twitter metas, the canonical link, the data-framer-breakpoint-css style
# with its hidden-<hash> rules, the data-framer-css-ssr-minified style naming its components, the editor-bar
# localStorage script and the modulepreload links of the site's script_main and chunks); body with the events.framer.com
# analytics script; div#main with data-framer-hydrate-v2 (routeId, the slug path variable, breakpoints),
# data-framer-ssr-released-at, data-framer-page-optimized-at and data-framer-generated-page; inside it the page's
# framer-<hash> root, the nav component in its -container wrapper (data-framer-name "Desktop", the logo link with
# data-framer-page-link-current, the "Nav Link" instances and the "Button" instance), main with the "Article" stack --
# the "Header" (category link, date, h1, subtitle, the "Author" row with its avatar in a
# data-framer-background-image-wrapper), the "Cover" image and the CMS's formatted-text field in a
# RichTextContainer (data-framer-component-type="RichTextContainer"; p, h2, ul / ol with li data-preset-tag="p",
# blockquote, every element with class framer-text, and the editor's pasted embeds between them) --, the "More
# Articles" section with its collection list of "Card" links (category, h4 headline, date), the "Newsletter" section
# with its form component (an input and a submit button), and the footer component in its -container wrapper (link
# columns, the copyright line); div#template-overlay; the cookie banner code component (a fixed container with
# role="dialog", the title, the description with its policy link, the Accept / Reject / Customize buttons); and the
# framer/handover JSON and the appear-animation script.  Framer's own strings are the dates' month names (FRAMER_CORE,
# not checked); everything else the site's maker typed (FRAMER_SITES: nav, button, category names, "More articles",
# newsletter box, footer columns and line, the cookie banner's texts) is checked.
# --------------------------------------------------------------------------
FRAMER_CORE = {
    "en": dict(locale="en-GB", months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "fr": dict(locale="fr-FR", months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
}
# the sites' own strings (checked)
FRAMER_SITES = {
    "Wrenmouth Coast Community News": dict(
        host="wrenmouthcoast.news", colour="rgb(14, 92, 110)", site_id="4kQ7bWv2nR8xTz1",
        nav=["Coast stories", "Beaches and the sea", "Harbour life", "Who runs this site"], button="Tell us your coast news",
        more="More from along the coast", read="Read the story",
        nl_title="The Coast Letter", nl_text="A short round-up from the Wrenmouth coast, sent on the first Friday of each month.",
        nl_placeholder="Your email for The Coast Letter", nl_button="Sign up to The Coast Letter",
        footer_cols=[("The coast", ["Wrenmouth", "Saltinge", "Corran Bay", "Tollbridge"]),
                     ("Our newsroom", ["How we are run", "Volunteer on the news team", "Our privacy notice", "Our cookie notice"])],
        footer="© 2026 Wrenmouth Coast Community News. Run by volunteers from Wrenmouth and the coast villages.",
        cookie_title="Cookies on Wrenmouth Coast Community News",
        cookie_text="We use cookies to count visits and to remember your choices. Analytics only start if you agree.",
        cookie_policy="Read our cookie notice", cookie_accept="Accept cookies", cookie_reject="No thanks", cookie_custom="Choose cookies"),
    "La Gazette des Genêts": dict(
        host="gazettedesgenets.fr", colour="rgb(122, 84, 28)", site_id="9pXe3Lm5cQ0vHu6",
        nav=["Nos articles", "Les communes des Genêts", "Mer et littoral", "Qui fait la Gazette"], button="Soutenir la Gazette",
        more="D'autres articles de la Gazette", read="Lire l'article",
        nl_title="La lettre du dimanche des Genêts", nl_text="Chaque dimanche, les articles de la semaine sur les communes des Genêts.",
        nl_placeholder="Votre courriel pour la lettre de la Gazette", nl_button="Recevoir la lettre de la Gazette",
        footer_cols=[("Les communes", ["Port-Genêt", "Sainte-Mélie-des-Genêts", "Kerlann", "Plouzic"]),
                     ("La Gazette", ["Notre charte", "Écrire à la Gazette", "Mentions légales de la Gazette", "Gestion des cookies de la Gazette"])],
        footer="© 2026 La Gazette des Genêts — journal indépendant, financé par ses lecteurs.",
        cookie_title="La Gazette et les cookies",
        cookie_text="Nous utilisons des cookies pour mesurer l'audience de la Gazette. Rien n'est déposé sans votre accord.",
        cookie_policy="Lire notre politique de cookies", cookie_accept="J'accepte les cookies de la Gazette", cookie_reject="Je refuse", cookie_custom="Paramétrer"),
}
FRAMER_EXEMPT = {"host", "colour", "site_id"}  # (a domain, a colour and Framer's site id)


def framer_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return "%d %s %d" % (d, FRAMER_CORE[lang]["months"][m - 1], y)


def framer_hash(rng, n=None):
    """A Framer-style hashed class suffix (letters and digits, 5-7 characters)."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n or rng.randint(5, 7)))


def framer_text(val):
    """Framer's formatted text: every inline element also carries class framer-text."""
    return (mp.inline_html(val).replace("<strong>", '<strong class="framer-text">')
            .replace('<a href="', '<a class="framer-text" href="'))


def tpl_framer(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = FRAMER_CORE[lang], FRAMER_SITES[site]
    base = "https://" + s["host"]
    cms = "articles"  # (the CMS collection's detail-page path)
    slug_ = hc.slug(art["title"])[:70].strip("-")
    url = "%s/%s/%s" % (base, cms, slug_)
    root, page = framer_hash(rng), framer_hash(rng)
    preset = dict(h1=framer_hash(rng), body=framer_hash(rng), small=framer_hash(rng), h2=framer_hash(rng), h4=framer_hash(rng))
    nav_cls, foot_cls, card_cls, btn_cls, navlink_cls, form_cls, cookie_cls = ("framer-" + framer_hash(rng, 5) for _ in range(7))
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)

    def rt(inner, cls=None, extra=""):
        return ('<div class="framer-%s" data-framer-component-type="RichTextContainer" style="outline:none;display:flex;flex-direction:column;'
                'justify-content:flex-start;flex-shrink:0;transform:none"%s>%s</div>') % (cls or framer_hash(rng), extra, inner)

    def ptext(t, pr="small"):
        return '<p class="framer-text framer-styles-preset-%s" data-styles-preset="%s">%s</p>' % (preset[pr], framer_hash(rng, 9), E(t))

    parts = []
    for i in range(n + 1):
        if placed.get(i):
            parts.extend(placed[i])
        if i < n:
            kind, val = blocks[i]
            if kind == "h":
                parts.append('<h2 class="framer-text framer-styles-preset-%s" data-styles-preset="h2Q3kLp">%s</h2>' % (preset["h2"], E(val)))
            elif kind == "p":
                parts.append('<p class="framer-text framer-styles-preset-%s" data-styles-preset="bdT8nVx">%s</p>' % (preset["body"], framer_text(val)))
            elif kind == "q":
                parts.append('<blockquote class="framer-text"><p class="framer-text framer-styles-preset-%s" data-styles-preset="bdT8nVx">%s</p></blockquote>' % (preset["body"], framer_text(val)))
            else:
                parts.append('<%s class="framer-text">%s</%s>' % (kind, "".join(
                    '<li data-preset-tag="p" class="framer-text"><p class="framer-text framer-styles-preset-%s" data-styles-preset="bdT8nVx">%s</p></li>' % (preset["body"], framer_text(v))
                    for v in val), kind))
    content = "\n".join(parts)
    pub = framer_date(lang, art["date"])
    y_, m_, d_ = (int(x) for x in art["date"].split("-"))
    hour = rng.randint(6, 20)
    published = "%s %d, %d, %d:%02d %s UTC" % (hc.MONTHS_EN[m_ - 1], d_, y_, (hour - 1) % 12 + 1, rng.randint(0, 59), "AM" if hour < 12 else "PM")
    build_id = "".join(rng.choice("0123456789abcdef") for _ in range(7))
    route = framer_hash(rng, 9)
    fid = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    img = "https://framerusercontent.com/images/%s.jpg" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(27))
    avatar = "https://framerusercontent.com/images/%s.jpg" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(27))
    fav = "https://framerusercontent.com/images/%s.png" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(27))
    script_main = "https://framerusercontent.com/sites/%s/script_main.%s.mjs" % (s["site_id"], "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(20)))
    chunks = "".join('\n    <link rel="modulepreload" fetchpriority="low" href="https://framerusercontent.com/sites/%s/%s.%s.mjs">' % (
        s["site_id"], name, "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11)))
        for name in ("framer", "motion", "react", "rolldown-runtime", "shared-lib"))
    released = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (int(art["date"][5:7]), max(1, int(art["date"][8:10]) - 3), rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
    optimized = "%sT%02d:%02d:%02d.%03dZ" % (art["date"], rng.randint(6, 9), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
    hydrate = json.dumps({"routeId": route, "localeId": "default", "pathVariables": {"slug": slug_},
                          "breakpoints": [{"hash": "72rtr7", "mediaQuery": "(min-width: 1200px)"},
                                          {"hash": "1hf7tx9", "mediaQuery": "(min-width: 810px) and (max-width: 1199.98px)"},
                                          {"hash": "zn3k0q", "mediaQuery": "(max-width: 809.98px)"}]}, separators=(",", ":"))
    navlinks = "".join(('<div class="framer-%s-container"><a class="%s framer-v-%s framer-%s framer-lux5qc" data-framer-name="Nav Link" href="./%s" '
                        'data-highlight="true" tabindex="0" style="--border-bottom-width:0px;opacity:1">%s</a></div>') % (
        framer_hash(rng), navlink_cls, framer_hash(rng), framer_hash(rng), hc.slug(t), rt(ptext(t))) for t in s["nav"])
    cat_slug = hc.slug(art["section"])
    cards = "".join(('<a class="%s framer-%s" data-framer-name="Card" href="./%s/%s" style="background-color:rgb(247, 245, 240);border-radius:12px;opacity:1">'
                     '<div class="framer-%s" data-framer-name="Thumbnail"><div data-framer-background-image-wrapper="true" style="position:absolute;border-radius:inherit;top:0;right:0;bottom:0;left:0">'
                     '<img decoding="async" loading="lazy" width="1600" height="1067" src="https://framerusercontent.com/images/%s.jpg?scale-down-to=512" alt="" style="display:block;width:100%%;height:100%%;border-radius:inherit;object-position:center;object-fit:cover"></div></div>'
                     '<div class="framer-%s" data-framer-name="Text">%s%s%s</div></a>') % (
        card_cls, framer_hash(rng), cms, hc.slug(h)[:60].strip("-"), framer_hash(rng), framer_hash(rng, 27), framer_hash(rng),
        rt(ptext(art["section"])),
        rt('<h4 class="framer-text framer-styles-preset-%s" data-styles-preset="h4Wm2Zc">%s</h4>' % (preset["h4"], E(h))),
        rt(ptext(framer_date(lang, "%s-%02d-%02d" % (art["date"][:4], rng.randint(1, 12), rng.randint(1, 28))))))
        for h in heads[:3])
    cols = "".join(('<div class="framer-%s" data-framer-name="Column">%s%s</div>') % (
        framer_hash(rng), rt('<p class="framer-text" style="--font-selector:SW50ZXItU2VtaUJvbGQ=;--framer-font-weight:600">%s</p>' % E(head)),
        "".join('<a class="framer-%s framer-%s" data-framer-name="Footer Link" href="./%s">%s</a>' % (framer_hash(rng), framer_hash(rng), hc.slug(x), rt(ptext(x))) for x in links))
        for head, links in s["footer_cols"])
    handover = json.dumps([{"routeId": route, "collection": framer_hash(rng, 9), "item": framer_hash(rng, 9), "locale": "default"}], separators=(",", ":"))
    return f'''<!doctype html>
<!-- Made in Framer · framer.com ✨ -->
<!-- Published {published} -->
<html lang="{c["locale"]}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <meta name="generator" content="Framer {build_id}">
    <title>{E(art["title"])} | {E(site)}</title>
    <meta name="description" content="{A(art["sub"])}">
    <meta name="framer-search-index" content="https://framerusercontent.com/sites/{s["site_id"]}/searchIndex-{framer_hash(rng, 12)}.json">
    <meta name="framer-search-index-fallback" content="https://framerusercontent.com/sites/{s["site_id"]}/searchIndex-{framer_hash(rng, 12)}.json">
    <link href="{fav}" rel="icon" media="(prefers-color-scheme: light)">
    <link href="{fav}" rel="icon" media="(prefers-color-scheme: dark)">
    <!-- Open Graph / Facebook -->
    <meta property="og:type" content="website">
    <meta property="og:title" content="{A(art["title"])} | {A(site)}">
    <meta property="og:description" content="{A(art["sub"])}">
    <meta property="og:image" content="{img}">
    <!-- Twitter -->
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{A(art["title"])} | {A(site)}">
    <meta name="twitter:description" content="{A(art["sub"])}">
    <meta name="twitter:image" content="{img}">
    <link rel="canonical" href="{url}">
    <meta property="og:url" content="{url}">
    <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
    <style data-framer-breakpoint-css>@media(min-width: 1200px){{.hidden-72rtr7{{display:none!important}}}}@media(min-width: 810px) and (max-width: 1199.98px){{.hidden-1hf7tx9{{display:none!important}}}}@media(max-width: 809.98px){{.hidden-zn3k0q{{display:none!important}}}}</style>
    <style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-{page} PropertyOverrides {nav_cls} {foot_cls} {form_cls}">html,body,#main{{margin:0;padding:0;box-sizing:border-box}}:root{{-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}}*{{box-sizing:border-box;-webkit-font-smoothing:inherit}}h1,h2,h3,h4,h5,h6,p,figure{{margin:0}}body,input,textarea,select,button{{font-size:12px;font-family:sans-serif}}body{{--token-{framer_hash(rng, 8)}-{framer_hash(rng, 4)}:{s["colour"]}}}.framer-{page}.framer-{root}{{display:flex;flex-direction:column;align-items:center;width:100%}}.framer-text{{--font-selector:SW50ZXI=;--framer-font-family:"Inter",sans-serif}}.framer-styles-preset-{preset["body"]}:not(.rich-text-wrapper){{--framer-font-size:18px;--framer-line-height:1.6em;--framer-paragraph-spacing:20px}}</style>
    <script>try{{if(localStorage.get&&localStorage.getItem("__framer_force_showing_editorbar_since")){{const n=document.createElement("link");n.rel = "modulepreload";n.href="https://framer.com/edit/init.mjs";document.head.appendChild(n)}}}}catch(e){{}}</script>
    <link rel="modulepreload" fetchpriority="low" href="{script_main}">{chunks}
</head>
<body>
    <script async src="https://events.framer.com/script?v=2" data-fid="{fid}" data-no-nt></script>
    <div id="main" data-framer-hydrate-v2="{A(hydrate)}" data-framer-ssr-released-at="{released}" data-framer-page-optimized-at="{optimized}" data-framer-generated-page><!--$--><div class="framer-{page} framer-{root} framer-72rtr7" style="min-height:100vh;width:auto"><div class="framer-{framer_hash(rng)}-container"><nav class="{nav_cls} framer-v-{framer_hash(rng)} framer-{framer_hash(rng)}" data-framer-name="Desktop" style="background-color:rgb(255, 255, 255);width:100%;opacity:1"><a class="framer-{framer_hash(rng)} framer-{framer_hash(rng)}" data-framer-name="Logo" href="./" data-framer-page-link-current="true">{rt('<p class="framer-text" style="--font-selector:SW50ZXItQm9sZA==;--framer-font-weight:700;--framer-text-color:%s">%s</p>' % (s["colour"], E(site)))}</a><div class="framer-{framer_hash(rng)}" data-framer-name="Links">{navlinks}</div><div class="framer-{framer_hash(rng)}-container"><a class="{btn_cls} framer-v-{framer_hash(rng)} framer-{framer_hash(rng)}" data-framer-name="Button" href="./{hc.slug(s["button"])}" data-border="true" tabindex="0" style="background-color:{s["colour"]};border-radius:8px">{rt('<p class="framer-text" style="--framer-text-color:rgb(255, 255, 255)">%s</p>' % E(s["button"]))}</a></div></nav></div><main class="framer-{framer_hash(rng)}" data-framer-name="Main"><article class="framer-{framer_hash(rng)}" data-framer-name="Article"><div class="framer-{framer_hash(rng)}" data-framer-name="Header"><div class="framer-{framer_hash(rng)}" data-framer-name="Meta"><a class="framer-{framer_hash(rng)} framer-{framer_hash(rng)}" data-framer-name="Category" href="./categories/{cat_slug}">{rt(ptext(art["section"]))}</a>{rt(ptext(pub))}</div>{rt('<h1 class="framer-text framer-styles-preset-%s" data-styles-preset="h1Fx7Kd">%s</h1>' % (preset["h1"], E(art["title"])))}{rt(ptext(art["sub"], "body"))}<div class="framer-{framer_hash(rng)}" data-framer-name="Author"><div class="framer-{framer_hash(rng)}" data-framer-name="Avatar"><div data-framer-background-image-wrapper="true" style="position:absolute;border-radius:inherit;top:0;right:0;bottom:0;left:0"><img decoding="async" width="400" height="400" src="{avatar}?scale-down-to=512" alt="" style="display:block;width:100%;height:100%;border-radius:inherit;object-position:center;object-fit:cover"></div></div>{rt(ptext(art["byline"]))}</div></div><div class="framer-{framer_hash(rng)}" data-framer-name="Cover"><div data-framer-background-image-wrapper="true" style="position:absolute;border-radius:inherit;top:0;right:0;bottom:0;left:0"><img decoding="async" width="2400" height="1600" sizes="min(100vw - 40px, 960px)" srcset="{img}?scale-down-to=512 512w,{img}?scale-down-to=1024 1024w,{img}?scale-down-to=2048 2048w,{img} 2400w" src="{img}" alt="{A(art["caption"])}" style="display:block;width:100%;height:100%;border-radius:inherit;object-position:center;object-fit:cover"></div></div><div class="framer-{framer_hash(rng)}" data-framer-name="Content" data-framer-component-type="RichTextContainer" style="--framer-paragraph-spacing:0px;outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none">
{content}
</div></article><section class="framer-{framer_hash(rng)}" data-framer-name="More Articles">{rt('<h3 class="framer-text framer-styles-preset-%s" data-styles-preset="h3Lq8Rb">%s</h3>' % (preset["h2"], E(s["more"])))}<div class="framer-{framer_hash(rng)}" data-framer-name="Collection">{cards}</div></section><section class="framer-{framer_hash(rng)}" data-framer-name="Newsletter">{rt('<h3 class="framer-text framer-styles-preset-%s" data-styles-preset="h3Lq8Rb">%s</h3>' % (preset["h2"], E(s["nl_title"])))}{rt(ptext(s["nl_text"], "body"))}<div class="framer-{framer_hash(rng)}-container"><form class="{form_cls} framer-{framer_hash(rng)}" data-framer-name="Form"><label class="framer-{framer_hash(rng)}"><input type="email" name="email" placeholder="{A(s["nl_placeholder"])}" class="framer-form-input framer-form-text-input" required></label><div class="framer-{framer_hash(rng)}-container"><button type="submit" class="framer-{framer_hash(rng)} framer-v-{framer_hash(rng)}" data-framer-name="Default" style="background-color:{s["colour"]};border-radius:8px">{rt('<p class="framer-text" style="--framer-text-color:rgb(255, 255, 255)">%s</p>' % E(s["nl_button"]))}</button></div></form></div></section></main><div class="framer-{framer_hash(rng)}-container"><footer class="{foot_cls} framer-v-{framer_hash(rng)} framer-{framer_hash(rng)}" data-framer-name="Footer" style="background-color:rgb(20, 24, 28);width:100%"><div class="framer-{framer_hash(rng)}" data-framer-name="Columns">{cols}</div>{rt(ptext(s["footer"]))}</footer></div></div><div id="template-overlay"></div><!--/$--></div>
    <div id="overlay"><div class="framer-{framer_hash(rng)}-container" style="position:fixed;bottom:20px;left:20px;z-index:10"><div class="{cookie_cls}" role="dialog" aria-modal="false" aria-labelledby="cookie-banner-title" style="display:flex;flex-direction:column;gap:12px;padding:20px;width:360px;background:#ffffff;border-radius:14px;box-shadow:0 2px 10px rgba(0,0,0,0.15);font-family:Inter, sans-serif"><p id="cookie-banner-title" style="margin:0;font-weight:600;font-size:14px;color:#111">{E(s["cookie_title"])}</p><p style="margin:0;font-size:13px;line-height:1.5;color:#555">{E(s["cookie_text"])} <a href="./{hc.slug(s["footer_cols"][1][1][3])}" style="color:inherit;text-decoration:underline">{E(s["cookie_policy"])}</a></p><div style="display:flex;gap:8px"><button type="button" style="flex:1;padding:10px;border:none;border-radius:8px;background:#eeeeee;cursor:pointer">{E(s["cookie_custom"])}</button><button type="button" style="flex:1;padding:10px;border:none;border-radius:8px;background:#eeeeee;cursor:pointer">{E(s["cookie_reject"])}</button><button type="button" style="flex:1;padding:10px;border:none;border-radius:8px;background:{s["colour"]};color:#ffffff;cursor:pointer">{E(s["cookie_accept"])}</button></div></div></div></div>
    <script>(()=>{{function u(){{function n(t,e,i){{let r=document.createElement("a");r.href=t,r.target=i,r.rel=e,document.body.appendChild(r),r.click(),r.remove()}}function o(t){{if(this.dataset.hydrated){{this.removeEventListener("click",o);return}}t.preventDefault(),t.stopPropagation();let e=this.getAttribute("href");if(!e)return;n(e,this.getAttribute("rel")??"",this.getAttribute("target")??"")}}let a=document.querySelectorAll("[data-nested-link]");for(let t of a)t.addEventListener("click",o)}}return u}})()()</script>
    <script type="framer/handover" id="__framer__handoverData">{handover}</script>
    <script data-framer-appear-animation="no-preference"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return framer_text(val) if tpl == "framer" else mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"framer": []}  # (the cover image sits above the formatted text, outside it; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "lifeguardpatrols", "foodcaddies", "streetnaming"]
NEW_FAMILIES = ["lifeguardpatrols", "foodcaddies", "streetnaming"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"lifeguardpatrols": ["lifeguardpatrols", "lifeguard patrol", "lifeguard-patrol", "beach patrol panel",
                                         "patrol dates and hours"],
                    "foodcaddies": ["foodcaddies", "caddy", "caddies", "food-waste caddy", "food waste caddy"],
                    "streetnaming": ["streetnaming", "street naming", "street-naming", "street numbering",
                                     "naming and numbering"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village's, a residents' or a community association's website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a commune's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
# a volunteer-run community news site (no advertising sales team, no app, no paywall or audio)
NOT_ON_COMMUNITY = {"ad", "app", "push", "audio", "standards", "typo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY,
               "community": NOT_ON_COMMUNITY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2, ("community", "newsletter"): 0}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="harbour-cam-wait"><p class="harbour-cam-wait__msg">%s</p><button class="harbour-cam-wait__allow" type="button">Allow</button></div>',
               '<p class="coast-plan-consent">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="high-tide-signup"><p class="high-tide-signup__txt">%s</p><a class="high-tide-signup__go" href="/newsletters/high-tide">&#8250;</a></div>',
                   '<p class="last-free-story-cst">%s</p>', '<h5 class="high-tide-hd">%s</h5>', '<p><strong><a href="/support">%s</a></strong></p>'],
    "share": ['<ul class="along-coast-share">{items}</ul>', '<div class="pass-it-on-cst">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="handed-in-photo-cst">%s</p>', '<span class="reader-shot-cst">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-repost-line-cst">%s</p>', '<div class="written-permission-cst"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="just-in-desk-cst">%s</p>', '<h6 class="all-reports-cst">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="wave-rule-cst">%s</p>', '<div class="anchor-break-cst">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="coast-team-credit-cst">%s</p>', '<div class="added-report-cst">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-repeat-cst"><strong>%s</strong></p>', '<h2 class="headline-twice-cst">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-carry-on-cst">%s</div>', '<p class="tell-the-coast-ad-cst">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="carry-on-reading-cst"><a href="#full">%s</a></p>', '<div class="open-full-report-cst">%s</div>', '<div><a href="#full">%s</a></div>'],
    "comments": ['<p class="coast-talk-count"><a href="#comments">%s</a></p>', '<div class="join-comments-cst">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="desk-minutes-cst">%s</p>', '<span class="read-time-tag-cst">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-by-desk-cst"><time>%s</time></p>', '<div class="harbour-reply-upd-cst">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="hear-story-cst"><button class="hear-story-cst__btn" aria-label="Play"></button><span class="hear-story-cst__lbl">%s</span></div>',
              '<p class="busy-hands-cst"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="corrected-after-box-cst"><p>%s</p></aside>', '<p class="corrected-note-cst"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="coast-app-bar"><p class="coast-app-bar__txt">%s</p><a class="coast-app-bar__get" href="/app">&#8595;</a></div>',
            '<p class="keep-reading-app-cst">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="swimmer-reporter-box"><p class="swimmer-reporter-box__txt">%s</p></div>', '<p class="read-more-by-cst"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="seen-something-cst"><p class="seen-something-cst__txt">%s</p></div>', '<p class="text-the-desk-cst">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spotted-error-cst"><p>%s</p></div>', '<p class="select-ctrl-enter-cst">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="coast-notify-ask"><p class="coast-notify-ask__q">%s</p></div>', '<p class="notify-line-cst">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="save-story-cst">{items}</ul>', '<p class="print-ready-cst"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="did-it-help-cst"><p class="did-it-help-cst__q">%s</p></div>', '<p class="helped-line-cst">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-cst"><p>%s</p></div>', '<p class="complaints-to-cst"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="tagged-chips-cst"><span class="tagged-chips-cst__txt">%s</span></div>', '<p class="keep-up-topic-cst">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="for-later-cst"><a class="for-later-cst__a" href="#later">%s</a></div>',
                 '<p class="coast-list-add"><a href="#later">%s</a></p>', '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="your-say-cst"><p class="your-say-cst__q">%s</p><button class="your-say-cst__send" type="button">&#10003;</button></div>',
             '<h6 class="vote-to-see-cst">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-cst"><a class="clip-facade-cst__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="open-day-pics-cst"><a class="open-day-pics-cst__a" href="#pictures">%s</a></div>',
                '<p class="browse-photos-cst">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-cst"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-cst__links">%s</p></div>',
            '<figure class="coast-static-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="diary-add-cst">{items}</ul>', '<p class="send-reminder-cst"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="event-date-tag-cst"><span class="event-date-tag-cst__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-results-cst"><a class="weekend-results-cst__a" href="/sport/results">%s</a></div>',
               '<ul class="coast-sport-tabs">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({beachlist}: the lifeguarded beaches with dates and hours and the flags'
    # meanings as a list; {beachrows}: the beaches as a table; {flagdl}: the flags as a definition list;
    # {caddylist}: the food caddy panel's who / how to order / liners / collection day as a list; {caddyrows}: the
    # same as a table; {caddydl}: the same as a definition list; {streetlist}: the proposed names with the rules for
    # objecting as a list; {streetrows}: the proposed names as a table; {streetdl}: the rules as a definition list)
    "lifeguardpatrols": ['<div class="lifeguard-patrol-panel"><h4 class="lifeguard-patrol-panel__hd">%s</h4><ul class="lifeguard-patrol-panel__list">{beachlist}</ul></div>',
                         '<div class="patrol-hours-tbl"><p class="patrol-hours-tbl__hd"><strong>%s</strong></p><table class="patrol-hours-tbl__grid">{beachrows}</table></div>',
                         '<p class="lifeguards-today-link"><a href="/beaches/lifeguards-today">%s</a></p>',
                         '<div class="beach-flags-card"><h5 class="beach-flags-card__hd">%s</h5><dl class="beach-flags-card__dl">{flagdl}</dl></div>'],
    "foodcaddies": ['<div class="food-caddy-panel"><h4 class="food-caddy-panel__hd">%s</h4><ul class="food-caddy-panel__list">{caddylist}</ul></div>',
                    '<div class="caddy-facts-tbl"><p class="caddy-facts-tbl__hd"><b>%s</b></p><table class="caddy-facts-tbl__grid">{caddyrows}</table></div>',
                    '<p class="order-caddy-link"><a class="order-caddy-link__btn" role="button" href="/bins/food-caddy/order">%s</a></p>',
                    '<div class="caddy-glance-card"><h5 class="caddy-glance-card__hd">%s</h5><dl class="caddy-glance-card__dl">{caddydl}</dl></div>'],
    "streetnaming": ['<div class="street-naming-notice"><h4 class="street-naming-notice__hd">%s</h4><ul class="street-naming-notice__list">{streetlist}</ul></div>',
                     '<div class="proposed-names-tbl"><p class="proposed-names-tbl__hd"><strong>%s</strong></p><table class="proposed-names-tbl__grid">{streetrows}</table></div>',
                     '<p class="object-street-name-link"><a href="/planning/street-naming/object">%s</a></p>',
                     '<div class="street-objection-strip"><p class="street-objection-strip__hd"><strong>%s</strong></p><dl class="street-objection-strip__dl">{streetdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/high-tide"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "lifeguardpatrols": (0.7, [' <a href="/beaches/lifeguards-today"><b>%s</b></a>']),
          "foodcaddies": (0.7, ['<br><a class="button" href="/bins/food-caddy/order"><strong>%s</strong></a>']),
          "streetnaming": (0.7, [' <a href="/planning/street-naming/object"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# lifeguards-today link, the order-a-caddy button and the object-to-a-street-name link, not the lists, tables or
# cards)
INLINE_WORDING = {"newsletter": 0, "lifeguardpatrols": 2, "foodcaddies": 2, "streetnaming": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-cst"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="meanwhile-coast-rel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="coast-correspondents-more"><p class="coast-correspondents-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (LIFEGUARD_HEAD, CADDY_HEAD, STREET_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    beaches = ("".join('<li><strong>%s</strong>: %s, %s</li>' % (esc(b), esc(d), esc(h)) for b, d, h in LIFEGUARD_BEACHES[lang])
               + "".join('<li><b>%s</b> — %s</li>' % (esc(f), esc(m)) for f, m in LIFEGUARD_FLAGS[lang]))
    caddies = "".join('<li><strong>%s:</strong> %s</li>' % (esc(k), esc(v)) for k, v in CADDY_RULES[lang])
    streets = ("".join('<li><strong>%s</strong> (%s) — %s</li>' % (esc(a), esc(w), esc(d)) for a, w, d in STREET_NAMES[lang])
               + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in STREET_RULES[lang]))
    return (style.replace("{beachlist}", beaches)
            .replace("{beachrows}", table(LIFEGUARD_HEAD[lang], LIFEGUARD_BEACHES[lang]))
            .replace("{flagdl}", dl(LIFEGUARD_FLAGS[lang]))
            .replace("{caddylist}", caddies)
            .replace("{caddyrows}", table(CADDY_HEAD[lang], CADDY_RULES[lang]))
            .replace("{caddydl}", dl(CADDY_RULES[lang]))
            .replace("{streetlist}", streets)
            .replace("{streetrows}", table(STREET_HEAD[lang], STREET_NAMES[lang]))
            .replace("{streetdl}", dl(STREET_RULES[lang])))


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
               "scores": rng.choice([0, mid, n]), "lifeguardpatrols": rng.choice([mid, n, n]),
               "foodcaddies": rng.choice([0, mid, n]), "streetnaming": rng.choice([mid, n])}.get(fam, mid)
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
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "framer": ('<strong class="framer-text">', "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "framer": ('<em class="framer-text">', "</em>")}
# a highlight (the rich editor's <mark> on quintype; Framer's formatted text has none)
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
# templates: framer is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"framer": tpl_framer, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h82), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "framer"


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
            rng = random.Random("newsflow-heldout84-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI84[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 83) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h82), labels, furniture strings,
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
    # layouts: framer (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h81 or h82 gave it
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
    # the framer pages: a site of FRAMER_SITES in a language of FRAMER_CORE; of the looks only those Framer's
    # formatted text sets in a paragraph (bold, italic, a line break); no story tables and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in FRAMER_SITES or a["lang"] not in FRAMER_CORE
                                       or any(st not in ("bold", "italic", "br") for st, _ in a.get("look", []))):
            problems.append("%s: framer page needs a Framer site and the formatted text's looks only" % a["id"])
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
    framer_sites = [{k: v for k, v in d.items() if k not in FRAMER_EXEMPT} for d in FRAMER_SITES.values()]
    # (FRAMER_CORE, LIFEGUARD_HEAD, CADDY_HEAD and STREET_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("FRAMER_SITES", framer_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "FRAMER_SITES" and s.startswith("/")):
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





