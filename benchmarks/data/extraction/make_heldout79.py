#!/usr/bin/env python3
"""Seventy-ninth held-out part (h79-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout79.py           # write pages/h79-*.html
    python benchmarks/data/extraction/make_heldout79.py --check   # verify pages/h79-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout79.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout80.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h79_en.py / articles_h79_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: pitch and court booking widgets on stories about a new all-weather pitch, grass pitches
let by the match, municipal five-a-side pitches and padel courts -- the pitches and courts with their slot, price and
status as a list, the same as a table, the "check free slots and book online" link, the price per hour per facility
as a definition list card --, bulky-waste collection booking panels on stories about a council's charge for bulky
items, fly-tipping after that rise, a German municipality's own notice of collection on demand and a Spanish town
moving its furniture collection to appointments -- the items accepted with their charge and next free date as a
list, the same as a table, the "book a collection" button, the next dates per item as a definition list card --,
and council memorial bench and plaque scheme notices on stories about a full promenade, ornaments on memorial
benches, a lakeside waiting list and a commune's new scheme along its canal -- the locations with cost and waiting
time as a list, the same as a table, the "join the waiting list" link, the cost per location as a definition list
strip --), their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts
and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R
pools of make_heldout2..78, nor their labels, furniture strings, widget rows, headlines or site names; verify()
refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already
in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part
(h77 and h78 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.
Every name and number is fictional.  The tables' heads (PITCH_HEAD, BULKY_HEAD, BENCH_HEAD) are the web teams'
generic strings and not checked; the rows themselves (PITCH_SLOTS, BULKY_ITEMS, BENCH_SITES) are new.
(make_heldout59.py has a leisure-centre booking widget -- next free courts, a "book a court" button, a membership
card and a leisure-card line --, a household-recycling-centre widget -- a slot at the tip --, and a bereavement
panel with an "apply for a memorial bench or plaque" link among cemetery furniture; the families here are other
widgets with other wordings and markup: a per-slot availability list with status and price per hour, a booking
panel for a collection from the doorstep with its items, charges and next dates, and a scheme notice listing the
places, costs and waits of benches with plaques.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): pitch and court booking on an English
town's first all-weather pitch (the English new-layout page), an English council ending season-long lets of its
grass pitches, a Turkish municipality moving its five-a-side pitches to online booking and a French town's padel
courts booked solid; bulky-waste panels on an English district raising its charge, fly-tipping up a third in the
same district, a German municipality's own page on TYPO3 (collection on demand) and a Spanish town's collection by
appointment (the Spanish new-layout page); memorial bench notices on an English promenade with no room left, an
English park asking families to remove ornaments, a German lakeside promenade's waiting list and a French commune's
new scheme of benches along its canal.  Earlier families that need a reason in the story are placed the same way (a
map on a lifeboat station's open day, a gallery on a village's stew contest); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": a Turkish village
association's uCoz site -- a small site --, a German municipality's own page on TYPO3 -- no newspaper furniture --,
an independent neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment
counters or press-standards lines, and of the newsletter family only its appeal for money); a correction box goes
only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed
boxes, bars, cards, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the free-slots link, the book-a-collection button, the join-the-list
link; only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at
random; no story of this part asks for one).  On the new layout, residue the editor pasted sits between the post's
blocks in the et_pb_post_content module, as Custom HTML blocks print it (no wrapper of their own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, set in the block editor on both new-layout pages, and on wordpress and sanity), italics (a one-line
quote on the English new-layout page, on semantic and medium), bold (a one-line paragraph on the Spanish new-layout
page, on nextjs and on medium), a highlighted sentence (the block editor's Highlight format, a <mark> with an inline
style, on both new-layout pages; a <mark> on quintype), a paragraph in a box (a Gutenberg group, the magazine's
panel, Drupal's CKEditor style), a fact box holding a subheading and its list (a Fusion custom embed: a village
library in figures), a Ghost callout card (what families with a plaque must do), a paragraph typed after a <br>
(Shift+Enter, on both new-layout pages, and on hugo and chunks); story structures that look like furniture but are
the story: question-and-answer interviews (questions typed in bold, some of two or three words -- "And the best
day?", "Et le cygne ?", "Radyo hep açık mı?" --, in English, Turkish, French and Russian: a school caretaker after 35
years, a barber after 40, a lock-keeper after 31, a village feldsher after 35), lists inside the story (the items a
council collects most, what volunteers did to a village fountain, a library in figures, what neighbours did to a
mural), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("“We lost half
a season to mud in 2024.”", "Nobody will be turned away for being rubbish.", "Jede Bank erzählt eine Geschichte.",
"Les premiers bancs seront posés en septembre.", "Los martes, ya no.", "Quedó mejor que el original.", "Первый рейс
пришёл без опоздания."), a closing line with practical information (walking football, a shop's hours, a consultation
closing date, the first booking window, training evenings, the Bürgerbüro's hours, a bakery's hours, a lock's season,
a library's days, a barber's prices), and story sentences that mention furniture words in ordinary reporting
("Cookies, cakes and a raffle" opening a story, "Follow the bunting" opening another, "Folgen Sie dem Duft",
"Partagez votre créneau", "Подписывайтесь на расписание" opening others, "can contact the club", "report it to the
council", "Katkıda bulunmak isteyenler dernek başkanımızla iletişime geçebilir" and "Quien tenga fotos antiguas de la
lechería puede compartirlas con nosotros" closing others), some at the start or end of the story where
furniture usually sits.  Two pages carry no residue at all (an English interview and a German village bakery) and
one only its correction line (an English community shop).
One page layout is new (divi: a single post on a WordPress site built with Elegant Themes' Divi theme and a Theme
Builder body template, on two pages, an English and a Spanish one -- a not-for-profit town news site and an
independent local paper): the post URL (/<slug>/) and WordPress upload paths with srcset; the head as WordPress and
Divi print it (charset, X-UA-Compatible, the pingback link, the js class script, Divi's jQuery-deferral shim,
"<headline> | <site>" as the title, the robots meta, the feed links, the "Divi v.4" generator meta, the
wp-block-library-theme and classic-theme inline styles, style-static.min.css and the child theme's style.css, the
REST API, JSON, EditURI, generator, canonical and shortlink links, CookieYes' cky-style block, the viewport meta, og
metas, the et-divi-customizer-global-cached-inline-styles and et-builder-module-design-tb-*-deferred styles); body
with WordPress's post classes and Divi's et-tb-has-template et-tb-has-body et_pb_button_helper_class et_fixed_nav
et_show_nav ... et_right_sidebar et_divi_theme et-db; div#page-container and div#et-boc; header#main-header (the
container.et_menu_container, the logo_container with span.logo_helper and img#logo, div#et-top-navigation with
nav#top-menu-nav and ul#top-menu.nav of menu-item items, one with its sub-menu, div#et_top_search with
span#et_search_icon, div#et_mobile_nav_menu with the mobile_nav closed toggle and "Select Page", the et_search_outer
et-search-form); div#et-main-area with div#main-content and the Theme Builder body layout (div.et-l.et-l--body,
et_builder_inner_content, et_pb_section_0_tb_body, et_pb_row_0_tb_body, a 2_3 and a 1_3 et_pb_column): the
et_pb_post_title module (et_pb_title_container, h1.entry-title, p.et_pb_title_meta_container with author vcard,
published date, category and comments count, et_pb_title_featured_container with the featured image), the
et_pb_post_content module with the post's blocks (p, h2.wp-block-heading, ul.wp-block-list, blockquote.wp-block-quote,
a figure.wp-block-image with its wp-element-caption in the middle of the story -- this layout's own residue in the
container --, the editor's Custom HTML residue between blocks), an et_pb_text module with the post tags, the
et_pb_social_media_follow module, an et_pb_text author box, the et_pb_posts_nav module (previous / next), an
et_pb_text heading and the et_pb_blog module as a related grid (et_pb_blog_grid, et_pb_ajax_pagination_container,
et_pb_salvattore_content, article.et_pb_post items with et_pb_image_container, h2.entry-title, p.post-meta and an
empty post-content-inner), the et_pb_comments module (section#comment-wrap and WordPress's #respond comment form
with Divi's et_pb_submit button); the sidebar column (the et_pb_sidebar module: widget_search, widget_recent_entries,
a widget_text about the site, widget_categories); footer#main-footer (#footer-widgets with two footer-widget text
widgets, #footer-bottom with ul.et-social-icons and #footer-info "Designed by Elegant Themes | Powered by
WordPress"); the CookieYes banner (#ckyBanner .cky-consent-container with the cky-consent-bar, cky-title,
cky-notice-des and the customise / reject / accept buttons, the cky-modal preference centre with the necessary /
functional / analytics / performance / advertisement accordions and "always active", the save / reject / accept
buttons, cky-overlay and the cky-btn-revisit-wrapper); the et_animation_data, DIVI, et_builder_utils_params,
et_frontend_scripts and et_pb_custom script block, scripts.min.js, jquery with Divi's jqueryParams replay, and
CookieYes' script.min.js.  The platform's strings (DIVI_CORE, per language: WordPress's, Divi's and CookieYes' own
translations) are left as they ship and not checked; the sites' own strings (DIVI_SITES: navigation, sidebar
heading and text, categories, the related heading, the author bio, footer widgets and tags) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h77 or h78 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
table, semantic, storybody, ghost, drupal and sanity; Turkish on ucoz, magazine and cms; German on typo3, nextjs and
legacy-br; French on hugo, quintype and gutenberg; Spanish on medium and portal; Russian on fusion, regional and
chunks); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout78.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h79_en import ARTICLES as H79_EN  # noqa: E402
from articles_h79_intl import ARTICLES as H79_INTL  # noqa: E402



ARTICLES = H79_EN + H79_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78)
# parts whose layouts' languages this part avoids (the two before it; h80 is written at the same time)
LANG_PARTS = (mp77, mp78)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h79"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Kelder Valley Gazette", "Stennet Mercury", "Saltfleet and Marrick Bay Chronicle", "Ormsby Moor Clarion",
           "The Gorsey Bank Post", "Saltfleet Harbour Times", "Kelderby Evening Star", "Marrick Bay Beacon"],
    "tr": ["Yeşilyurt Gazetesi", "Yeşilyurt Kent Haber"],
    "de": ["Seewinkler Tagblatt", "Unterauer Nachrichten"],
    "fr": ["Le Courrier de Vaubrune", "La Gazette de Montclar", "L'Éclaireur de la Loue"],
    "es": ["El Eco de la Sierra de Villalba"],
    "ru": ["Кедровский вестник", "Голос Заречного района", "Ольховские зори"],
}
# sites fixed per page (the two Divi sites, a German municipality's own site on TYPO3, a Turkish village association's
# site on uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site" field



# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h78 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Kelder harbour webcam stays dark until you allow video cookies", "Allow map cookies to see this Kelder district plan"],
        "tr": ["Yeşilyurt liman kamerası, video çerezlerine izin verene kadar kapalı kalıyor", "Bu Yeşilyurt ilçe planını görmek için harita çerezlerine izin verin"],
        "de": ["Die Hafenkamera von Seewinkel bleibt dunkel, bis Sie Video-Cookies erlauben", "Erlauben Sie Karten-Cookies, um diesen Seewinkler Ortsplan zu sehen"],
        "fr": ["La webcam du port de Vaubrune reste éteinte tant que vous n'autorisez pas les cookies vidéo", "Autorisez les cookies de carte pour voir ce plan du pays de Vaubrune"],
        "es": ["La cámara del embalse de Almendral no se ve hasta que permitas las cookies de vídeo", "Permite las cookies de mapas para ver este plano de la comarca de Almendral"],
        "ru": ["Камера на заречной пристани не покажет ничего, пока вы не разрешите видео-cookie", "Разрешите картографические cookie, чтобы увидеть эту схему Заречья"],
    },
    "newsletter": {
        "en": ["Kelder Daybreak: the district's news before your first cup of tea, every weekday", "That was your last free Kelder story this month: register at no cost to read on", "Owned by nobody but its readers: chip in monthly and keep {site} reporting on the Kelder"],
        "tr": ["Yeşilyurt Sabahı: ilçenin haberleri ilk çayınızdan önce, her hafta içi", "Bu ayki son ücretsiz Yeşilyurt haberiniz buydu: okumaya devam etmek için ücretsiz kaydolun", "Okurlarından başka sahibi yok: aylık katkınızla {site} Yeşilyurt'u yazmaya devam etsin"],
        "de": ["Seewinkel am Morgen: die Nachrichten des Landkreises vor dem ersten Kaffee, werktags", "Das war Ihr letzter freier Seewinkel-Artikel in diesem Monat: kostenlos registrieren und weiterlesen", "Es gehört nur seinen Lesern: Mit einem Monatsbeitrag berichtet {site} weiter aus Seewinkel"],
        "fr": ["Vaubrune au réveil : les nouvelles du pays avant votre premier café, chaque jour de semaine", "C'était votre dernier article gratuit de Vaubrune ce mois-ci : inscrivez-vous sans frais pour continuer", "Il n'appartient qu'à ses lecteurs : un don mensuel permet à {site} de raconter le pays de Vaubrune"],
        "es": ["Almendral al despertar: las noticias de la comarca antes del primer café, de lunes a viernes", "Esa era tu última noticia gratis de Almendral este mes: regístrate sin coste para seguir", "Solo es de sus lectores: con una cuota mensual {site} sigue contando Almendral"],
        "ru": ["«Утро в Заречье»: новости района до первой чашки чая, по будням", "Это был ваш последний бесплатный материал о Заречье в этом месяце: зарегистрируйтесь бесплатно и читайте дальше", "Нас содержат только читатели: ежемесячный взнос помогает «{site}» писать о Заречье"],
    },
    "share": {
        "en": ["Pass it round the Kelder: Facebook · WhatsApp · Bluesky · Email", "Know someone at the parish council who should see this? Send it over ›"],
        "tr": ["Yeşilyurt'ta herkese ulaştırın: Facebook · WhatsApp · Bluesky · E-posta", "Mahalle muhtarının bunu görmesi mi gerekiyor? Haberi muhtara iletin ›"],
        "de": ["In ganz Seewinkel herumreichen: Facebook · WhatsApp · Bluesky · E-Mail", "Kennen Sie jemanden im Ortsbeirat, der das sehen sollte? Schicken Sie es hin ›"],
        "fr": ["Faites-le tourner dans le pays de Vaubrune : Facebook · WhatsApp · Bluesky · Courriel", "Un élu du conseil municipal devrait voir ça ? Envoyez-le-lui ›"],
        "es": ["Que lo vea toda la comarca de Almendral: Facebook · WhatsApp · Bluesky · Correo", "¿Conoces a alguien del pleno que debería verlo? Envíaselo ›"],
        "ru": ["Расскажите всему Заречью: ВКонтакте · Telegram · Max · Почта", "Знаете депутата, которому стоит это увидеть? Отправьте ему ›"],
    },
    "photo": {
        "en": ["Image: sent in to the Kelder picture desk", "Snapped by a Kelder reader, printed with thanks"],
        "tr": ["Görsel: Yeşilyurt fotoğraf masasına gönderildi", "Bir Yeşilyurt okurumuz çekti, teşekkürle yayımlıyoruz"],
        "de": ["Bild: an die Seewinkler Bildredaktion geschickt", "Von einer Leserin aus Seewinkel geknipst, mit Dank veröffentlicht"],
        "fr": ["Image : envoyée au service photo de Vaubrune", "Prise par une lectrice de Vaubrune, publiée avec nos remerciements"],
        "es": ["Imagen: enviada a la mesa de fotografía de Almendral", "La hizo una lectora de Almendral, publicada con nuestro agradecimiento"],
        "ru": ["Снимок прислан в фотоотдел Заречья", "Снимала читательница из Заречья, публикуем с благодарностью"],
    },
    "copyright": {
        "en": ["© {site} 2026 — this Kelder report may not be reproduced, in print or online, without a licence from the publisher."],
        "tr": ["© {site} 2026 — bu Yeşilyurt haberi, yayıncıdan lisans alınmadan basılı ya da çevrimiçi olarak çoğaltılamaz."],
        "de": ["© {site} 2026 — dieser Seewinkler Bericht darf ohne Lizenz des Verlags weder gedruckt noch online vervielfältigt werden."],
        "fr": ["© {site} 2026 — cet article de Vaubrune ne peut être reproduit, sur papier ou en ligne, sans licence de l'éditeur."],
        "es": ["© {site} 2026 — esta información de Almendral no puede reproducirse, en papel ni en internet, sin licencia del editor."],
        "ru": ["© «{site}», 2026 — этот материал о Заречье нельзя воспроизводить в печати или в сети без лицензии издателя."],
    },
    "section": {
        "en": ["Latest Kelder {section}", "All {section} stories from the Kelder district ›"],
        "tr": ["En yeni Yeşilyurt {section}", "Yeşilyurt'tan bütün {section} haberleri ›"],
        "de": ["Neueste Seewinkler {section}", "Alle Artikel zu {section} aus Seewinkel ›"],
        "fr": ["Dernières nouvelles de Vaubrune : {section}", "Tous les articles {section} du pays de Vaubrune ›"],
        "es": ["Lo último de Almendral en {section}", "Todas las noticias de {section} de la comarca de Almendral ›"],
        "ru": ["Свежее в Заречье: {section}", "Все материалы рубрики «{section}» о Заречье ›"],
    },
    "related": {
        "en": ["Also around the Kelder this week", "Our Kelder district team has also reported"],
        "tr": ["Bu hafta Yeşilyurt'ta başka neler oldu", "Yeşilyurt ekibimiz bunları da haberleştirdi"],
        "de": ["Diese Woche sonst noch in Seewinkel", "Unser Seewinkler Team hat außerdem berichtet"],
        "fr": ["Aussi cette semaine au pays de Vaubrune", "Notre équipe de Vaubrune a aussi raconté"],
        "es": ["También esta semana en la comarca de Almendral", "Nuestro equipo de Almendral también ha contado"],
        "ru": ["Ещё в Заречье на этой неделе", "Наша заречная команда также рассказала"],
    },
    "symbol": {
        "*": ["◈ · ◈ · ◈ · ◈", "· ✧ · ✧ · ✧ ·", "═ ◦ ═ ◦ ═", "⋆ ─ ⋆ ─ ⋆ ─ ⋆"],
    },
    "credit": {
        "en": ["With extra reporting from the {site} harbour office", "A Kelder district stringer added to this report"],
        "tr": ["{site} liman bürosundan ek haberle", "Bir Yeşilyurt ilçe muhabiri bu habere katkı verdi"],
        "de": ["Mit Zuarbeit aus dem Hafenbüro von {site}", "Ein freier Mitarbeiter aus Seewinkel hat an diesem Bericht mitgewirkt"],
        "fr": ["Avec le concours du bureau du port de {site}", "Un correspondant local de Vaubrune a participé à cet article"],
        "es": ["Con información adicional de la oficina del puerto de {site}", "Un colaborador de la comarca de Almendral ha participado en esta noticia"],
        "ru": ["При участии пристанского бюро «{site}»", "В подготовке материала помогал внештатный автор из Заречья"],
    },
    "ad": {
        "en": ["Sponsored · the Kelder story carries on after this", "Put your business in front of the whole Kelder: adverts on {site} from £12 a week"],
        "tr": ["Sponsorlu · Yeşilyurt haberi bunun ardından sürüyor", "İşletmenizi bütün Yeşilyurt'a duyurun: {site} reklamları haftalık 300 liradan"],
        "de": ["Gesponsert · der Seewinkler Artikel geht danach weiter", "Zeigen Sie Ihr Geschäft ganz Seewinkel: Anzeigen bei {site} ab 12 € pro Woche"],
        "fr": ["Sponsorisé · l'article de Vaubrune continue après ceci", "Montrez votre commerce à tout le pays de Vaubrune : annonces sur {site} dès 12 € la semaine"],
        "es": ["Patrocinado · la noticia de Almendral continúa después", "Que toda la comarca de Almendral vea tu negocio: anuncios en {site} desde 12 € a la semana"],
        "ru": ["Спонсорский блок · материал о Заречье продолжается ниже", "Покажите свой бизнес всему Заречью: реклама в «{site}» от 1000 ₽ в неделю"],
    },
    "continue": {
        "en": ["Carry on with this Kelder story", "Open the full Kelder report ▾"],
        "tr": ["Bu Yeşilyurt haberine devam edin", "Yeşilyurt haberinin tamamını açın ▾"],
        "de": ["Mit diesem Seewinkler Artikel weitermachen", "Den ganzen Seewinkler Bericht öffnen ▾"],
        "fr": ["Poursuivre cet article de Vaubrune", "Ouvrir l'article de Vaubrune en entier ▾"],
        "es": ["Continúa con esta noticia de Almendral", "Abrir la noticia de Almendral completa ▾"],
        "ru": ["Читать материал о Заречье дальше", "Раскрыть материал о Заречье целиком ▾"],
    },
    "comments": {
        "en": ["{n} Kelder readers have commented", "Have your say with {n} other Kelder readers ›"],
        "tr": ["{n} Yeşilyurt okuru yorum yaptı", "{n} Yeşilyurt okuruyla birlikte siz de yazın ›"],
        "de": ["{n} Leser aus Seewinkel haben kommentiert", "Reden Sie mit {n} anderen Seewinklern mit ›"],
        "fr": ["{n} lecteurs de Vaubrune ont commenté", "Donnez votre avis avec {n} autres lecteurs de Vaubrune ›"],
        "es": ["{n} lectores de Almendral han comentado", "Opina junto a otros {n} lectores de Almendral ›"],
        "ru": ["{n} читателей из Заречья оставили комментарии", "Выскажитесь вместе с {n} читателями из Заречья ›"],
    },
    "readtime": {
        "en": ["Kelder read · {m} min", "About {m} minutes of Kelder news"],
        "tr": ["Yeşilyurt okuması · {m} dk", "Yaklaşık {m} dakikalık Yeşilyurt haberi"],
        "de": ["Seewinkel-Lektüre · {m} Min.", "Etwa {m} Minuten Nachrichten aus Seewinkel"],
        "fr": ["Lecture Vaubrune · {m} min", "Environ {m} minutes de nouvelles de Vaubrune"],
        "es": ["Lectura de Almendral · {m} min", "Unos {m} minutos de noticias de Almendral"],
        "ru": ["Чтение о Заречье · {m} мин", "Примерно {m} минуты новостей Заречья"],
    },
    "updated": {
        "en": ["Brought up to date by the Kelder desk, {d} {t}", "Latest version {d}, {t}, after the district council replied"],
        "tr": ["Yeşilyurt masası tarafından güncellendi, {d} {t}", "Son sürüm {d}, {t}, kaymakamlığın yanıtının ardından"],
        "de": ["Von der Seewinkler Redaktion aktualisiert, {d} {t} Uhr", "Neueste Fassung {d}, {t} Uhr, nach der Antwort der Kreisverwaltung"],
        "fr": ["Mis à jour par la rédaction de Vaubrune, {d} {t}", "Dernière version {d}, {t}, après la réponse de la communauté de communes"],
        "es": ["Puesto al día por la redacción de Almendral, {d} {t}", "Última versión {d}, {t}, tras la respuesta de la mancomunidad"],
        "ru": ["Обновлено редакцией Заречья {d} в {t}", "Последняя версия {d}, {t}, после ответа районной администрации"],
    },
    "audio": {
        "en": ["▶ Hear this Kelder story ({m} min)", "Prefer it read aloud: {m} minutes, voiced by the Kelder newsroom"],
        "tr": ["▶ Bu Yeşilyurt haberini dinleyin ({m} dk)", "Sesli dinlemek için: Yeşilyurt haber merkezinin sesinden {m} dakika"],
        "de": ["▶ Diesen Seewinkler Artikel hören ({m} Min.)", "Zum Anhören: {m} Minuten, gesprochen von der Seewinkler Redaktion"],
        "fr": ["▶ Écouter cet article de Vaubrune ({m} min)", "Version audio : {m} minutes, lues par la rédaction de Vaubrune"],
        "es": ["▶ Escucha esta noticia de Almendral ({m} min)", "Para escuchar: {m} minutos, con la voz de la redacción de Almendral"],
        "ru": ["▶ Слушать материал о Заречье ({m} мин)", "Аудиоверсия: {m} минуты голосом заречной редакции"],
    },
    "app": {
        "en": ["Kelder news first on your phone: get the {site} app", "Switch to the Kelder app to keep reading ›"],
        "tr": ["Yeşilyurt haberleri önce telefonunuzda: {site} uygulamasını edinin", "Okumaya devam etmek için Yeşilyurt uygulamasına geçin ›"],
        "de": ["Seewinkler Nachrichten zuerst aufs Handy: die App von {site} holen", "Zum Weiterlesen in die Seewinkel-App wechseln ›"],
        "fr": ["Les nouvelles de Vaubrune d'abord sur votre téléphone : installez l'appli {site}", "Passez à l'appli de Vaubrune pour continuer ›"],
        "es": ["Las noticias de Almendral, antes en tu móvil: consigue la app de {site}", "Pásate a la app de Almendral para seguir leyendo ›"],
        "ru": ["Новости Заречья первыми на телефоне: установите приложение «{site}»", "Перейдите в приложение Заречья, чтобы читать дальше ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from the Kelder office and sings in the harbour choir.", "Read more from {by} on the Kelder ›"],
        "tr": ["{by}, {site} için Yeşilyurt bürosundan {section} haberlerini yazıyor ve liman korosunda şarkı söylüyor.", "{by} imzalı diğer Yeşilyurt haberleri ›"],
        "de": ["{by} berichtet für {site} aus dem Seewinkler Büro über {section} und singt im Hafenchor.", "Weitere Seewinkler Artikel von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} depuis le bureau de Vaubrune et chante dans la chorale du port.", "Lire d'autres articles de {by} sur Vaubrune ›"],
        "es": ["{by} escribe de {section} para {site} desde la oficina de Almendral y canta en el coro del puerto.", "Más noticias de Almendral firmadas por {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из заречного бюро и поёт в хоре при пристани.", "Другие материалы {by} о Заречье ›"],
    },
    "tip": {
        "en": ["Seen something in the Kelder district? Email tips@kelder-newsroom.example", "Text or ring the Kelder newsroom: 07700 900 417"],
        "tr": ["Yeşilyurt'ta bir şey mi gördünüz? ihbar@yesilyurt-haber.example adresine yazın", "Yeşilyurt haber merkezine mesaj atın ya da arayın: 0 (533) 900 41 70"],
        "de": ["Etwas in Seewinkel gesehen? Mail an tipp@seewinkel-redaktion.example", "SMS oder Anruf an die Seewinkler Redaktion: 0160 900 41 70"],
        "fr": ["Vous avez vu quelque chose à Vaubrune ? Écrivez à alerte@vaubrune-redac.example", "SMS ou appel à la rédaction de Vaubrune : 06 00 90 41 70"],
        "es": ["¿Has visto algo en la comarca de Almendral? Escribe a pistas@almendral-redaccion.example", "Manda un mensaje o llama a la redacción de Almendral: 600 900 417"],
        "ru": ["Что-то заметили в Заречье? Пишите на soobshchi@zarechye-redakciya.example", "Пишите или звоните в заречную редакцию: +7 900 000-41-70"],
    },
    "typo": {
        "en": ["Typo in this Kelder report: select the words and Ctrl+Enter sends them to our subeditors"],
        "tr": ["Bu Yeşilyurt haberinde bir yanlış mı gördünüz? İşaretleyin ve masaya bildirmek için Ctrl+Enter'a basın"],
        "de": ["Tippfehler im Seewinkler Bericht: Wörter markieren, Strg+Enter schickt sie an unser Korrektorat"],
        "fr": ["Une erreur dans cet article de Vaubrune ? Surlignez-la et appuyez sur Ctrl+Entrée pour prévenir la rédaction"],
        "es": ["¿Has visto un error en esta noticia de Almendral? Resáltalo y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Опечатка в материале о Заречье: выделите слова, и Ctrl+Enter отправит их нашему корректору"],
    },
    "push": {
        "en": ["Get a ping when big news breaks in the Kelder? Ping me · Maybe later"],
        "tr": ["Yeşilyurt'ta önemli bir haber olduğunda uyarı alın? Uyarı gönder · Belki sonra"],
        "de": ["Ein Signal, wenn es in Seewinkel Wichtiges gibt? Signal an · Vielleicht später"],
        "fr": ["Un signal quand une grande nouvelle tombe à Vaubrune ? Me signaler · Plus tard peut-être"],
        "es": ["¿Un aviso cuando salte una gran noticia en Almendral? Avísame · Quizá luego"],
        "ru": ["Сообщать, когда в Заречье важные новости? Сообщайте · Может, позже"],
    },
    "print": {
        "en": ["Save this story: Print · PDF · Email to a friend", "Print-ready Kelder version ›"],
        "tr": ["Bu haberi saklayın: Yazdır · PDF · Bir arkadaşa e-postala", "Baskıya hazır Yeşilyurt sürümü ›"],
        "de": ["Diesen Artikel sichern: Drucken · PDF · An einen Freund mailen", "Druckfertige Seewinkler Fassung ›"],
        "fr": ["Conserver cet article : Imprimer · PDF · Envoyer à un ami", "Version de Vaubrune prête à imprimer ›"],
        "es": ["Guarda esta noticia: Imprimir · PDF · Enviar a un amigo", "Versión de Almendral lista para imprimir ›"],
        "ru": ["Сохранить материал: Печать · PDF · Отправить другу", "Заречная версия для печати ›"],
    },
    "feedback": {
        "en": ["Did this Kelder report help? Yes, a lot · Somewhat · Not really"],
        "tr": ["Bu Yeşilyurt haberi yardımcı oldu mu? Evet, çok · Kısmen · Pek değil"],
        "de": ["Hat Ihnen dieser Seewinkler Bericht geholfen? Ja, sehr · Teilweise · Eher nicht"],
        "fr": ["Cet article de Vaubrune vous a-t-il aidé ? Oui, beaucoup · En partie · Pas vraiment"],
        "es": ["¿Te ha ayudado esta noticia de Almendral? Sí, mucho · En parte · No mucho"],
        "ru": ["Помог ли вам материал о Заречье? Да, очень · Отчасти · Не особенно"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code across its Kelder titles. Raise a concern about this story at complaints@kelder-newsroom.example."],
        "tr": ["{site}, bütün Yeşilyurt yayınlarında meslek ilkelerine bağlıdır. Bu haberle ilgili itirazlarınızı itiraz@yesilyurt-haber.example adresine iletin."],
        "de": ["{site} ist in allen Seewinkler Ausgaben dem Pressekodex verpflichtet. Einwände zu diesem Artikel an einwand@seewinkel-redaktion.example."],
        "fr": ["{site} respecte la charte de déontologie dans tous ses titres de Vaubrune. Signalez un problème sur cet article à mediateur@vaubrune-redac.example."],
        "es": ["{site} se rige por el código deontológico en todas sus cabeceras de Almendral. Plantea tus reparos a esta noticia en defensor@almendral-redaccion.example."],
        "ru": ["«{site}» соблюдает профессиональный кодекс во всех заречных изданиях. Замечания к материалу — на pretenzii@zarechye-redakciya.example."],
    },
    "topics": {
        "en": ["Tagged: {section} · Kelder district · Coast and villages", "Follow {section} news from the Kelder ›"],
        "tr": ["Etiketler: {section} · Yeşilyurt ilçesi · Kıyı ve köyler", "Yeşilyurt'tan {section} haberlerini takip edin ›"],
        "de": ["Schlagworte: {section} · Landkreis Seewinkel · Küste und Dörfer", "{section} aus Seewinkel folgen ›"],
        "fr": ["Mots-clés : {section} · Pays de Vaubrune · Côte et villages", "Suivre l'actualité {section} de Vaubrune ›"],
        "es": ["Etiquetas: {section} · Comarca de Almendral · Costa y pueblos", "Sigue las noticias de {section} de Almendral ›"],
        "ru": ["Метки: {section} · Заречный район · Берег и сёла", "Следить за темой «{section}» в Заречье ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this for later in your Kelder list"],
        "tr": ["🔖 Bunu Yeşilyurt listenizde sonraya saklayın"],
        "de": ["🔖 Für später in Ihrer Seewinkel-Liste merken"],
        "fr": ["🔖 Garder pour plus tard dans votre liste Vaubrune"],
        "es": ["🔖 Guárdalo para luego en tu lista de Almendral"],
        "ru": ["🔖 Отложить на потом в заречный список"],
    },
    "poll": {
        "en": ["Your view: would this work elsewhere in the Kelder? Definitely · Probably not · Not sure", "Results from Kelder readers appear after you vote"],
        "tr": ["Sizce: bu Yeşilyurt'un başka yerlerinde de işe yarar mı? Kesinlikle · Sanmıyorum · Emin değilim", "Yeşilyurt okurlarının sonuçları oy verdikten sonra görünür"],
        "de": ["Ihre Meinung: Würde das auch anderswo in Seewinkel klappen? Auf jeden Fall · Eher nicht · Weiß nicht", "Die Ergebnisse der Seewinkler Leser sehen Sie nach Ihrer Stimme"],
        "fr": ["Votre avis : cela marcherait-il ailleurs dans le pays de Vaubrune ? Certainement · Sans doute pas · Je ne sais pas", "Les résultats des lecteurs de Vaubrune s'affichent après votre vote"],
        "es": ["Tu opinión: ¿funcionaría en otros pueblos de Almendral? Seguro · Creo que no · No lo sé", "Los resultados de los lectores de Almendral aparecen después de votar"],
        "ru": ["Ваше мнение: сработает ли это в других сёлах Заречья? Конечно · Скорее нет · Не знаю", "Результаты читателей Заречья появятся после голосования"],
    },
    "embed": {
        "en": ["Open this Instagram post from {handle} in the Kelder", "Video shot on the Kelder by {handle}: watch on YouTube"],
        "tr": ["{handle} hesabının Yeşilyurt'tan bu Instagram gönderisini açın", "{handle} Yeşilyurt'ta çekti: YouTube'da izleyin"],
        "de": ["Diesen Instagram-Beitrag von {handle} aus Seewinkel öffnen", "Video aus Seewinkel von {handle}: auf YouTube ansehen"],
        "fr": ["Ouvrir cette publication Instagram de {handle} à Vaubrune", "Vidéo tournée à Vaubrune par {handle} : regarder sur YouTube"],
        "es": ["Abre esta publicación de Instagram de {handle} en Almendral", "Vídeo grabado en Almendral por {handle}: míralo en YouTube"],
        "ru": ["Открыть публикацию {handle} из Заречья в Instagram", "Видео из Заречья от {handle}: смотреть на YouTube"],
    },
    "gallery": {
        "en": ["📷 The day in {g} pictures", "Click through all {g} images ›"],
        "tr": ["📷 {g} karede o gün", "{g} görüntünün hepsine göz atın ›"],
        "de": ["📷 Der Tag in {g} Bildern", "Alle {g} Aufnahmen durchklicken ›"],
        "fr": ["📷 La journée en {g} images", "Faire défiler les {g} images ›"],
        "es": ["📷 La jornada en {g} imágenes", "Pasa por las {g} imágenes ›"],
        "ru": ["📷 Праздник в {g} кадрах", "Пролистать все {g} кадров ›"],
    },
    "map": {
        "en": ["Expand the Kelder map", "Route planner for the Kelder: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Yeşilyurt haritasını büyütün", "Yeşilyurt yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Seewinkler Karte vergrößern", "Route nach Seewinkel: Google Maps · Apple Karten · Komoot"],
        "fr": ["Agrandir la carte de Vaubrune", "Itinéraire vers Vaubrune : Google Maps · Plans · Mappy"],
        "es": ["Ampliar el mapa de Almendral", "Cómo ir a Almendral: Google Maps · Mapas de Apple · Wikiloc"],
        "ru": ["Увеличить карту Заречья", "Маршрут по Заречью: Яндекс Карты · 2ГИС · Google Maps"],
    },
    "calendar": {
        "en": ["Save the Kelder date: Google · Outlook · iCal", "Send me a reminder the day before ›"],
        "tr": ["Yeşilyurt tarihini kaydedin: Google · Outlook · iCal", "Bir gün önce bana hatırlatma gönder ›"],
        "de": ["Seewinkler Termin speichern: Google · Outlook · iCal", "Am Vortag an den Termin erinnern ›"],
        "fr": ["Enregistrer la date de Vaubrune : Google · Outlook · iCal", "M'envoyer un rappel la veille ›"],
        "es": ["Guarda la fecha de Almendral: Google · Outlook · iCal", "Mándame un recordatorio el día antes ›"],
        "ru": ["Сохранить дату в Заречье: Google · Outlook · iCal", "Напомнить мне за день ›"],
    },
    "scores": {
        "en": ["All the Kelder league scores from Saturday ›", "Kelder sport: Fixtures · Scores · League tables · Scorers"],
        "tr": ["Cumartesi günkü bütün Yeşilyurt lig skorları ›", "Yeşilyurt spor: Fikstür · Skorlar · Puan durumu · Golcüler"],
        "de": ["Alle Seewinkler Ligaergebnisse vom Samstag ›", "Sport in Seewinkel: Spielplan · Ergebnisse · Tabellen · Torschützen"],
        "fr": ["Tous les scores des championnats de Vaubrune samedi ›", "Sport à Vaubrune : Calendrier · Scores · Classements · Buteurs"],
        "es": ["Todos los marcadores de las ligas de Almendral del sábado ›", "Deporte en Almendral: Calendario · Marcadores · Clasificación · Goleadores"],
        "ru": ["Все результаты заречных лиг за субботу ›", "Спорт Заречья: Календарь · Счёт · Таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["This Kelder report was changed after publication."],
        "tr": ["Bu Yeşilyurt haberi yayımlandıktan sonra değiştirildi."],
        "de": ["Dieser Seewinkler Bericht wurde nach der Veröffentlichung geändert."],
        "fr": ["Cet article de Vaubrune a été modifié après sa publication."],
        "es": ["Esta noticia de Almendral se cambió después de publicarse."],
        "ru": ["Этот материал о Заречье был изменён после публикации."],
    },
    # the three families new in this part
    "pitchbookings": {
        "en": ["Book a pitch or court", "Pitch and court availability: slots and prices this week", "Check free slots and book online ›", "Prices per hour"],
        "tr": ["Saha ya da kort kiralayın", "Saha ve kort doluluk durumu: bu haftaki saatler ve ücretler", "Boş saatlere bakın ve çevrimiçi kiralayın ›", "Saatlik ücretler"],
        "de": ["Platz oder Halle buchen", "Freie Plätze: Zeiten und Preise dieser Woche", "Freie Zeiten ansehen und online buchen ›", "Preise pro Stunde"],
        "fr": ["Réserver un terrain ou un court", "Disponibilité des terrains et des courts : créneaux et tarifs de la semaine", "Voir les créneaux libres et réserver en ligne ›", "Tarifs à l'heure"],
        "es": ["Reserva una pista o un campo", "Disponibilidad de pistas y campos: horarios y precios esta semana", "Consulta los huecos libres y reserva en línea ›", "Precios por hora"],
        "ru": ["Забронировать поле или корт", "Свободные поля и корты: время и цены на этой неделе", "Посмотреть свободное время и забронировать онлайн ›", "Цены за час"],
    },
    "bulkywaste": {
        "en": ["Bulky waste collection", "Book a bulky item collection: what we take and what it costs", "Book a collection ›", "Next available collection dates"],
        "tr": ["Hacimli atık toplama", "Büyük eşya toplama randevusu: neleri alıyoruz, ücreti ne kadar", "Randevu alın ›", "En yakın boş toplama tarihleri"],
        "de": ["Sperrmüll anmelden", "Sperrmüllabholung buchen: was mitgenommen wird und was es kostet", "Abholtermin buchen ›", "Nächste freie Abholtermine"],
        "fr": ["Collecte des encombrants", "Prendre rendez-vous pour les encombrants : objets acceptés et tarifs", "Réserver un enlèvement ›", "Prochaines dates de collecte disponibles"],
        "es": ["Recogida de muebles y enseres", "Pide cita para la recogida de voluminosos: qué se recoge y cuánto cuesta", "Pedir cita de recogida ›", "Próximas fechas de recogida libres"],
        "ru": ["Вывоз крупногабаритного мусора", "Заявка на вывоз крупногабарита: что принимаем и сколько стоит", "Оформить заявку на вывоз ›", "Ближайшие свободные даты вывоза"],
    },
    "memorialbenches": {
        "en": ["Memorial benches and plaques", "Memorial bench scheme: locations, costs and waiting times", "Join the waiting list for a bench with a plaque ›", "Where benches can be placed"],
        "tr": ["Anı bankları ve plaketler", "Anı bankı uygulaması: yerler, ücretler ve bekleme süreleri", "Anı bankı ya da plaket için başvurun ›", "Bankların konabileceği yerler"],
        "de": ["Gedenkbänke und Gedenkschilder", "Gedenkbank-Programm: Standorte, Kosten und Wartezeiten", "Gedenkbank oder Schild beantragen ›", "Wo Bänke aufgestellt werden können"],
        "fr": ["Bancs et plaques du souvenir", "Programme de bancs commémoratifs : emplacements, coûts et délais", "Demander un banc ou une plaque ›", "Où les bancs peuvent être installés"],
        "es": ["Bancos y placas en memoria", "Programa de bancos conmemorativos: ubicaciones, precios y lista de espera", "Solicita un banco o una placa ›", "Dónde se pueden colocar los bancos"],
        "ru": ["Памятные скамейки и таблички", "Программа памятных скамеек: места, стоимость и очередь", "Подать заявку на скамейку или табличку ›", "Где можно установить скамейку"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"pitchbookings": [0, 1, 2, 3], "bulkywaste": [0, 1, 2, 3], "memorialbenches": [0, 1, 2, 3]}
# the booking widget: pitch or court, day and time, price, status
PITCH_SLOTS = {
    "en": [("Marrick Bay 11-a-side pitch 2", "Sun 10:30–12:00 kick-off slot", "£54 a slot", "one slot left this week"), ("Hollin Lane 3G, one third", "Thu 19:00–20:00 training hour", "£28 an hour", "open to book"), ("Pinewood cricket nets", "Sat 09:00–10:00 net session", "£11 a lane", "free to walk in before 9")],
    "tr": [("Gençlik Parkı halı sahası", "Perşembe akşamı 20.00–21.00 maçı", "saati 900 lira", "bu hafta kapanmış"), ("Çınarlı mahalle sahası", "Cuma sabahı 11.00–12.00", "saati 600 lira", "rezervasyona açık")],
    "de": [("Kunstrasenplatz am Seebad", "Do. 18:30–20:00 Trainingszeit", "46 € je Einheit", "noch zwei Zeiten frei"), ("Bolzplatz Unterau", "Sa. 10:00–11:30 Spielzeit", "18 € je Einheit", "schon vergeben")],
    "fr": [("Court de padel n° 1 du gymnase", "mardi de 10 h à 11 h 30", "24 € les 90 minutes", "encore ouvert à la réservation"), ("Court de padel n° 2 du gymnase", "jeudi de 19 h à 20 h 30", "24 € les 90 minutes, éclairage compris", "plus aucune place")],
    "es": [("Pista de pádel cubierta del polideportivo", "martes de 19.00 a 20.30", "12 € la hora y media", "todavía se puede reservar"), ("Campo de fútbol 7 de San Blas", "sábado de 10.00 a 11.00", "40 € la hora con luz", "ya reservado por un club")],
    "ru": [("Мини-футбольное поле у школы Кедровки", "четверг, 19:00–20:00", "2400 ₽ за час с освещением", "можно бронировать"), ("Корт для большого тенниса в парке", "суббота, 10:00–11:00", "1100 ₽ за час", "уже забронирован")],
}
PITCH_HEAD = {"en": ("Facility", "Slot", "Price", "Status"), "tr": ("Tesis", "Saat", "Ücret", "Durum"), "de": ("Anlage", "Zeit", "Preis", "Status"),
              "fr": ("Équipement", "Créneau", "Tarif", "État"), "es": ("Instalación", "Horario", "Precio", "Estado"), "ru": ("Объект", "Время", "Цена", "Статус")}
# the bulky-waste panel: item, charge, next date
BULKY_ITEMS = {
    "en": [("Up to three large items (sofa, bed, wardrobe)", "£38, or £27 with council tax support", "first free date Tue 3 March"), ("A single fridge or freezer", "£20 per appliance", "first free date Thu 5 March"), ("Each item over three", "£9.50 added to the same visit", "collected with the rest")],
    "tr": [("Koltuk takımı, yatak ve dolap", "ilçe sakinlerine ücretsiz", "ilk boş gün 12 Mart Perşembe"), ("Buzdolabı ve çamaşır makinesi", "ilçe sakinlerine ücretsiz, ayrı araçla", "ilk boş gün 14 Mart Cumartesi")],
    "de": [("Möbel, Matratzen und Teppiche bis 4 m³", "zweimal im Jahr ohne Gebühr", "nächster freier Termin Mi., 18.02."), ("Kühlschränke, Waschmaschinen, Herde", "ohne Gebühr, gesondert anmelden", "nächster freier Termin Fr., 20.02."), ("Jede dritte und weitere Abholung im Jahr", "35 € Abholgebühr", "Termin nach Anmeldung")],
    "fr": [("Meubles et literie, trois objets au plus", "enlèvement gratuit pour les foyers de la commune", "prochaine date libre : mardi 10 mars"), ("Gros électroménager, un appareil", "enlèvement gratuit sur rendez-vous", "prochaine date libre : jeudi 12 mars")],
    "es": [("Muebles y colchones, hasta cinco piezas", "sin coste para empadronados", "primera cita libre: jueves 5 de noviembre"), ("Frigoríficos, lavadoras y hornos", "sin coste, aparte del mobiliario", "primera cita libre: lunes 9 de noviembre"), ("Tercera recogida en el mismo año", "15 euros por recogida", "según la cita concedida")],
    "ru": [("Мебель, матрасы и ковры", "для жителей района без оплаты", "ближайшая свободная дата — 16 марта"), ("Холодильники и стиральные машины", "300 рублей за каждый прибор", "ближайшая свободная дата — 18 марта")],
}
BULKY_HEAD = {"en": ("Items", "Charge", "Next date"), "tr": ("Eşya", "Ücret", "İlk boş tarih"), "de": ("Gegenstände", "Gebühr", "Nächster Termin"),
              "fr": ("Objets", "Tarif", "Prochaine date"), "es": ("Objetos", "Precio", "Próxima fecha"), "ru": ("Предметы", "Стоимость", "Ближайшая дата")}
# the memorial bench scheme: location, cost, wait
BENCH_SITES = {
    "en": [("Saltfleet promenade, lifeboat station to pier", "£1,450 with brass plaque", "list closed, 140 families waiting"), ("Pinewood Park, around the bandstand", "£1,200 with brass plaque", "around 18 months"), ("Hollin Park lake path", "£180 for a plaque on a bench already there", "around 6 months")],
    "tr": [("Sahil parkı, iskele ile fener arası", "18.000 lira, pirinç plaket dahil", "yaklaşık bir yıl sıra"), ("Atatürk Parkı havuz çevresi", "var olan banka plaket 2.500 lira", "üç ay kadar")],
    "de": [("Uferpromenade zwischen Bootsverleih und Seebad", "1.300 € mit Messingschild", "Warteliste, rund drei Jahre"), ("Kurpark Seewinkel, Rosengarten", "1.100 € mit Messingschild", "Standort wird vom Bauausschuss geprüft"), ("Radweg Seewinkel–Unterau", "1.100 € mit Messingschild", "Standort wird vom Bauausschuss geprüft")],
    "fr": [("Chemin de halage, de l'écluse du Moulin au pont de la Gare", "950 € avec la plaque gravée", "quarante places ouvertes"), ("Square de la mairie de Vaubrune", "160 € pour une plaque sur un banc existant", "inscription sur liste d'attente")],
    "es": [("Paseo del embalse de Almendral", "1.100 euros con placa grabada", "unos dos años de espera"), ("Parque de San Blas, junto a la fuente", "150 euros por una placa en un banco existente", "unos tres meses")],
    "ru": [("Набережная Заречья у лодочной станции", "35 000 рублей с табличкой", "очередь примерно на год"), ("Сквер у Дома культуры в Кедровке", "6000 рублей за табличку на скамейке", "около двух месяцев")],
}
BENCH_HEAD = {"en": ("Location", "Cost", "Wait"), "tr": ("Yer", "Ücret", "Bekleme"), "de": ("Standort", "Kosten", "Wartezeit"),
              "fr": ("Emplacement", "Coût", "Délai"), "es": ("Lugar", "Precio", "Espera"), "ru": ("Место", "Стоимость", "Ожидание")}
WIDGET_ROWS = (("pitch slots", PITCH_SLOTS), ("bulky items", BULKY_ITEMS), ("bench sites", BENCH_SITES))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Seal pup found asleep on the harbour slipway", "Kelderby clock tower chimes again after eleven silent years",
           "Primary school pupils bury a time capsule under the new library", "Fish and chip shop celebrates 90 years in the same family",
           "Saltfleet pier lights switched back on after storm repairs", "Lost wedding ring found in a lobster pot off Marrick Point"],
    "tr": ["Liman rampasında uyuyan yavru fok bulundu", "Saat kulesi on bir yıl sonra yeniden çalıyor",
           "İlkokul öğrencileri yeni kütüphanenin altına zaman kapsülü gömdü", "Balıkçı lokantası aynı ailede 90. yılını kutluyor",
           "Fırtına onarımının ardından iskele ışıkları yeniden yandı", "Kayıp alyans ıstakoz kapanında bulundu"],
    "de": ["Junger Seehund schläft auf der Slipanlage im Hafen", "Rathausuhr schlägt nach elf stillen Jahren wieder",
           "Grundschüler vergraben eine Zeitkapsel unter der neuen Bücherei", "Fischbude feiert 90 Jahre in derselben Familie",
           "Lichter am Seesteg nach Sturmschäden wieder an", "Verlorener Ehering in einem Hummerkorb gefunden"],
    "fr": ["Un bébé phoque retrouvé endormi sur la cale du port", "L'horloge du beffroi sonne à nouveau après onze ans de silence",
           "Les écoliers enterrent une capsule temporelle sous la nouvelle médiathèque", "La friterie du port fête ses 90 ans dans la même famille",
           "Les lumières de la jetée rallumées après la tempête", "Une alliance perdue retrouvée dans un casier à homards"],
    "es": ["Hallan una cría de foca dormida en la rampa del puerto", "El reloj de la torre vuelve a sonar tras once años callado",
           "Los alumnos del colegio entierran una cápsula del tiempo bajo la nueva biblioteca", "La freiduría del puerto cumple 90 años en la misma familia",
           "Vuelven a encenderse las luces del muelle tras el temporal", "Aparece una alianza perdida en una nasa de langostas"],
    "ru": ["На причале нашли спящего детёныша тюленя", "Часы на башне снова бьют после одиннадцати лет тишины",
           "Школьники заложили капсулу времени под новой библиотекой", "Рыбная закусочная отмечает 90 лет в одной семье",
           "На пирсе снова зажгли фонари после ремонта", "Потерянное обручальное кольцо нашли в ловушке для раков"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["es"]
TEASERS = {
    "es": ["Los pescadores la vigilaron hasta que su madre volvió con la marea.",
           "Un relojero jubilado ha pasado dos inviernos desmontando la maquinaria.",
           "Dentro hay dibujos, una mascarilla y una carta para los alumnos de 2056.",
           "El bisabuelo abrió el local con una sartén y dos mesas en 1936.",
           "Las bombillas nuevas gastan la mitad que las antiguas, según el puerto.",
           "La dueña la había perdido bañándose en la playa de Poniente hace un año."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Kelder today", "Councils and parishes", "Kelder courts", "Kelder schools", "Kelder sport", "Kelder coast and countryside", "Public notices for the Kelder"],
               cookie="We and our partners store cookies and similar data on this device to run the site, measure readership and show the adverts that pay for news from the Kelder. Accept them all or set your own choices.",
               accept="Accept and carry on to the Kelder", reject="Let me set my choices", share="Send this Kelder story on",
               related="More to read from the Kelder", newsletter="Kelder Tonight: the district's news in one evening email",
               subscribe="Get Kelder Tonight", email="you@kelder-tonight.example",
               comment_note="A moderator reads every comment on Kelder stories before it is published. Keep it civil, keep to the story and remember your neighbours are reading.",
               closed="Comments are closed on this Kelder story.",
               footer=["Contact the Kelder newsroom", "How we correct Kelder stories", "Kelder reader privacy", "Advertise across the Kelder", "Kelder house rules"],
               rights="Everything on this site belongs to its publisher and may not be reused without written consent.",
               commenters=[("HarbourWallHazel", "About time, good on them."),
                           ("Bert from the Slipway", "Thanks to all who gave up their weekends.")]),
    "tr": dict(nav=["Bugün Yeşilyurt", "Belediye ve köyler", "Yeşilyurt adliyesi", "Yeşilyurt okulları", "Yeşilyurt spor", "Kıyı ve kırsal", "Yeşilyurt resmî duyuruları"],
               cookie="Biz ve iş ortaklarımız, siteyi çalıştırmak, okur sayısını ölçmek ve Yeşilyurt haberlerini finanse eden reklamları göstermek için bu cihazda çerezler ve benzeri veriler saklıyoruz. Hepsini kabul edin ya da kendi seçimlerinizi yapın.",
               accept="Kabul et ve Yeşilyurt'a devam et", reject="Seçimlerimi kendim yapayım", share="Bu Yeşilyurt haberini gönderin",
               related="Yeşilyurt'tan okunacak diğer haberler", newsletter="Yeşilyurt Akşamı: ilçenin haberleri tek bir akşam e-postasında",
               subscribe="Yeşilyurt Akşamı'nı alın", email="siz@yesilyurt-aksami.example",
               comment_note="Yeşilyurt haberlerine yazılan her yorumu yayımlanmadan önce bir moderatör okur. Saygılı olun, konuya bağlı kalın ve komşularınızın da okuduğunu unutmayın.",
               closed="Bu Yeşilyurt haberine yorum yapılamıyor.",
               footer=["Yeşilyurt haber merkezine ulaşın", "Yeşilyurt haberlerini nasıl düzeltiyoruz", "Yeşilyurt okur gizliliği", "Yeşilyurt'ta reklam verin", "Yeşilyurt yorum kuralları"],
               rights="Bu sitedeki her şey yayıncısına aittir ve yazılı izin olmadan yeniden kullanılamaz.",
               commenters=[("Limanli_Nurten", "Tam zamanıydı, emeği geçenlere sağlık."),
                           ("İskeleci Rıfat", "Hafta sonlarını veren herkese teşekkürler.")]),
    "de": dict(nav=["Seewinkel heute", "Gemeinden und Ortsteile", "Gerichte in Seewinkel", "Schulen in Seewinkel", "Sport in Seewinkel", "Küste und Land", "Amtliches aus Seewinkel"],
               cookie="Wir und unsere Partner speichern Cookies und ähnliche Daten auf diesem Gerät, um die Seite zu betreiben, die Reichweite zu messen und die Werbung zu zeigen, die Nachrichten aus Seewinkel bezahlt. Alles akzeptieren oder für Seewinkel selbst wählen.",
               accept="Akzeptieren und weiter nach Seewinkel", reject="Auswahl selbst treffen", share="Diesen Seewinkler Artikel weiterschicken",
               related="Mehr zum Lesen aus Seewinkel", newsletter="Seewinkel am Abend: die Nachrichten des Kreises in einer Abendmail",
               subscribe="Seewinkel am Abend bestellen", email="sie@seewinkel-abends.example",
               comment_note="Jeder Kommentar zu Seewinkler Artikeln wird vor der Veröffentlichung von einer Moderatorin gelesen. Bleiben Sie sachlich, beim Thema und denken Sie daran: Ihre Nachbarn lesen mit.",
               closed="Zu diesem Seewinkler Artikel sind keine Kommentare möglich.",
               footer=["Kontakt zur Seewinkler Redaktion", "So korrigieren wir Seewinkler Artikel", "Datenschutz für Seewinkler Leser", "Anzeigen in ganz Seewinkel", "Hausordnung für Seewinkel"],
               rights="Alles auf dieser Seite gehört dem Verlag und darf ohne schriftliche Zustimmung nicht weiterverwendet werden.",
               commenters=[("Hafenmauer_Heike", "Wurde auch Zeit, gut gemacht."),
                           ("Der Bertl vom Steg", "Danke an alle, die ihre Wochenenden geopfert haben.")]),
    "fr": dict(nav=["Vaubrune aujourd'hui", "Communes et hameaux", "Tribunaux de Vaubrune", "Écoles de Vaubrune", "Sport à Vaubrune", "Côte et campagne", "Annonces officielles de Vaubrune"],
               cookie="Nos partenaires et nous stockons des cookies et données similaires sur cet appareil pour faire tourner le site, mesurer l'audience et afficher les publicités qui paient l'information de Vaubrune. Acceptez-les tous ou faites vos propres choix.",
               accept="Accepter et continuer vers Vaubrune", reject="Je fais mes choix", share="Envoyer cet article de Vaubrune",
               related="À lire aussi sur Vaubrune", newsletter="Vaubrune ce soir : l'actualité du pays dans un courriel du soir",
               subscribe="Recevoir Vaubrune ce soir", email="vous@vaubrune-ce-soir.example",
               comment_note="Chaque commentaire sur les articles de Vaubrune est lu par un modérateur avant publication. Restez courtois, restez dans le sujet et n'oubliez pas que vos voisins vous lisent.",
               closed="Les commentaires sont fermés pour cet article de Vaubrune.",
               footer=["Contacter la rédaction de Vaubrune", "Comment nous corrigeons nos articles de Vaubrune", "Vie privée des lecteurs de Vaubrune", "Annoncer dans tout le pays de Vaubrune", "Charte des commentaires de Vaubrune"],
               rights="Tout ce qui figure sur ce site appartient à son éditeur et ne peut être réutilisé sans accord écrit.",
               commenters=[("Mireille_du_Quai", "Il était temps, bravo à eux."),
                           ("Dédé de la cale", "Merci à tous ceux qui y ont passé leurs week-ends.")]),
    "es": dict(nav=["Almendral hoy", "Ayuntamientos y aldeas", "Tribunales de Almendral", "Colegios de Almendral", "Deporte en Almendral", "Costa y campo", "Anuncios oficiales de Almendral"],
               cookie="Nosotros y nuestros socios guardamos cookies y datos parecidos en este dispositivo para que la web funcione, medir la audiencia y mostrar los anuncios que pagan las noticias de Almendral. Acéptalas todas o elige tú cuáles usa Almendral.",
               accept="Aceptar y seguir a Almendral", reject="Prefiero elegir yo en Almendral", share="Envía esta noticia de Almendral",
               related="Más para leer de Almendral", newsletter="Almendral esta noche: las noticias de la comarca en un correo por la tarde",
               subscribe="Recibe Almendral esta noche", email="tu@almendral-esta-noche.example",
               comment_note="Un moderador lee cada comentario de las noticias de Almendral antes de publicarlo. Sé respetuoso, no te salgas del tema y recuerda que tus vecinos te leen.",
               closed="Los comentarios de esta noticia de Almendral están cerrados.",
               footer=["Contacta con la redacción de Almendral", "Cómo corregimos las noticias de Almendral", "Privacidad de los lectores de Almendral", "Anúnciate en toda la comarca de Almendral", "Normas de participación de Almendral"],
               rights="Todo lo que aparece en esta web pertenece a su editor y no puede reutilizarse sin consentimiento por escrito.",
               commenters=[("Loli_del_Embalse", "Ya tocaba, enhorabuena."),
                           ("El Paco del muelle", "Gracias a los que echaron sus fines de semana.")]),
    "ru": dict(nav=["Новости Заречья за день", "Администрации и сёла", "Суды Заречья", "Школы Заречья", "Спорт Заречья", "Берег и деревня", "Официальные объявления Заречья"],
               cookie="Мы и наши партнёры храним cookie и похожие данные на этом устройстве, чтобы сайт работал, чтобы измерять аудиторию и показывать рекламу, на которую живут новости Заречья. Примите все или настройте их для Заречья сами.",
               accept="Принять и продолжить в Заречье", reject="Настрою сам", share="Отправить материал о Заречье",
               related="Ещё почитать о Заречье", newsletter="«Заречье вечером»: новости района одним вечерним письмом",
               subscribe="Получать «Заречье вечером»", email="vy@zarechye-vecherom.example",
               comment_note="Каждый комментарий к материалам о Заречье модератор читает до публикации. Будьте вежливы, держитесь темы и помните, что вас читают соседи.",
               closed="Комментарии к этому материалу о Заречье закрыты.",
               footer=["Связаться с редакцией Заречья", "Как мы исправляем материалы о Заречье", "Конфиденциальность читателей Заречья", "Реклама по всему Заречью", "Правила комментариев Заречья"],
               rights="Всё на этом сайте принадлежит издателю и не может использоваться повторно без письменного согласия.",
               commenters=[("Pristan_Lyuda", "Давно пора, заречные молодцы."),
                           ("Дядя Боря с причала", "Спасибо всем, кто отдал свои выходные.")]),
}
UI79 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "YEŞİLYURT VE KIYI KÖYLERİNDEN:", "ru": "ЕЩЁ ИЗ ЗАРЕЧЬЯ И ОКРЕСТНЫХ СЁЛ:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için hafta sonu portrelerini ve {section} yazılarını kaleme alıyor. Önerileriniz için: portre@yesilyurt-gazetesi.example"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ О КЕДРОВКЕ И ЗАРЕЧЬЕ:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Encore plus de Montclar et ses environs")},
    (mp6, "TYPO3"): {"de": dict(ext="Karte: Wertstoffhof und Sperrmüll-Sammelstellen (OpenStreetMap)",
                                note="Hier ist eine Karte mit dem Wertstoffhof der Gemeinde eingebunden. Sie wird erst nach Ihrer Einwilligung von OpenStreetMap geladen, das dabei Ihre IP-Adresse erhält.",
                                button="Einwilligen und Karte des Wertstoffhofs anzeigen", by="Herausgegeben von der", search="brackenau.example durchsuchen",
                                lang_menu="Brackenau in Leichter Sprache lesen")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Saltfleet Tide", nl_text="Twice a week: harbour news, lifeboat shouts and what is on along the Saltfleet coast, in one email.",
                                 nl_button="Sign me up to The Saltfleet Tide", nl_placeholder="Your email for The Saltfleet Tide")},
    (mp11, "HUGO"): {"fr": dict(nl_title="Les Nouvelles du Canal", nl_text="Chaque samedi matin : ce qui s'est passé à Vaubrune et le long du canal, dans un seul courriel.",
                                nl_label="Votre courriel pour Les Nouvelles du Canal", nl_button="Recevoir Les Nouvelles du Canal")},
    (mp13, "PUB_NAV"): {"es": ["Novedades de San Lázaro", "Gente de San Lázaro", "Comercios de toda la vida", "Hazte amiga de los Cuadernos de San Lázaro"]},
    (mp13, "TEASERS"): {"es": TEASERS["es"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Çamlıpınar Köyü Güzelleştirme ve Dayanışma Derneği",
                                menu=["Çamlıpınar ana sayfa", "Çamlıpınar'dan haberler", "Çamlıpınar çeşmeleri", "Çamlıpınar'ın yaşlılarından anılar", "Çamlıpınar foto albümü", "Dernek başkanına yazın"],
                                cats=["Çamlıpınar'dan haberler", "Çamlıpınar çeşmeleri", "Çamlıpınar Derneği'nden duyurular"],
                                friends=["Çamlıpınar Muhtarlığı", "Yeşilyurt İlçe Halk Kütüphanesi", "Çamlıpınarlılar Derneği (Ankara şubesi)"],
                                footer="Çamlıpınar Köyü Derneği © 2026 · site gönüllü köylülerimiz tarafından güncelleniyor",
                                poster="camlipinar_dernek", tags=["köy çeşmesi", "çeşme onarımı imecesi"],
                                commenters=[("Fadime_Izmir", "Çeşmenin suyunu içmek için yazın geleceğiz, emeğinize sağlık."),
                                            ("Çamlıpınarlı Ahmet", "Babamın zamanındaki gibi akıyor, Allah razı olsun.")],
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
# the new layout: a single post on a WordPress site built with the Divi theme (Elegant Themes), with a Theme Builder
# body template, as Divi serves it to a reader who has not yet answered the cookie banner: the head (charset,
# X-UA-Compatible, the pingback link, Divi's jQuery-deferral shim, "<headline> | <site>" as the title, WordPress's
# robots meta, the feed links, the wp-block-library / classic-theme styles, Divi's style-static.min.css, CookieYes'
# cky-style block, the REST API / JSON / EditURI / canonical / shortlink links, the "Divi v.4" generator meta, the
# viewport meta and the et-divi-customizer-global and et-builder-module-design inline styles); body with WordPress's
# post classes plus et-tb-has-template et-tb-has-body et_pb_button_helper_class et_fixed_nav et_show_nav ...
# et_right_sidebar et_divi_theme et-db; div#page-container, header#main-header (the container.et_menu_container
# with the logo_container and #logo image, #et-top-navigation with nav#top-menu-nav and ul#top-menu.nav of
# menu-item items and a sub-menu, #et_top_search with #et_search_icon, #et_mobile_nav_menu with its mobile_nav
# toggle, and the et_search_outer form); div#et-main-area with the Theme Builder body layout (div#et-boc.et-boc,
# div.et-l.et-l--body, the et_builder_inner_content, et_pb_section / et_pb_row / et_pb_column modules with their
# _tb_body classes): the et_pb_post_title module (et_pb_title_container, h1.entry-title, p.et_pb_title_meta_container
# with author, published date, category and comments, the et_pb_title_featured_container image), the
# et_pb_post_content module holding the post's blocks (p, h2.wp-block-heading, ul.wp-block-list,
# blockquote.wp-block-quote, a wp-block-image figure with its wp-element-caption in the middle of the story -- this
# layout's own residue --, the editor's Custom HTML residue between blocks), the et_pb_social_media_follow
# module, an et_pb_text module with the author box, the et_pb_post_nav module (prev / next), the et_pb_text heading
# and the et_pb_blog module as a related-posts grid (et_pb_blog_grid, et_pb_salvattore_content, article.et_pb_post
# items with et_pb_image_container, h2.entry-title, p.post-meta and post-content-inner), et_pb_comments module
# (#comment-wrap, #respond with WordPress's comment form); the sidebar column (et_pb_sidebar module: a search widget,
# widget_recent_entries, a text widget about the site, widget_categories); footer#main-footer (#footer-widgets
# with footer-widget columns, #footer-bottom with ul.et-social-icons and #footer-info); the CookieYes banner
# (.cky-consent-container with the cky-consent-bar, title, description and the customize / reject / accept
# buttons, the .cky-modal preference centre with its necessary / functional / analytics / performance /
# advertisement categories and "always active", the cky-btn-revisit-wrapper); the et_pb_custom and
# et_animation_data script blocks, Divi's scripts.min.js, jquery and CookieYes' script
# --------------------------------------------------------------------------
# the platform's own strings per language (as WordPress, Divi and CookieYes ship them, not checked)
DIVI_CORE = {
    "en": dict(locale="en-GB", wp="en_GB", select="Select Page", search="Search &hellip;", search_for="Search for:",
               by="by", comments="0 comments", prev="Previous", next="Next", reply="Submit a Comment",
               cancel="Cancel reply", notes="Your email address will not be published. Required fields are marked *",
               comment="Comment", name="Name *", email="Email *", website="Website",
               cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
               submit="Submit Comment", recent="Recent Posts", categories="Categories", search_widget="Search",
               search_button="Search", follow="Follow", powered="Designed by <a href=\"https://www.elegantthemes.com\" title=\"Premium WordPress Themes\">Elegant Themes</a> | Powered by <a href=\"https://www.wordpress.org\">WordPress</a>",
               cky_title="We value your privacy",
               cky_msg="We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking \"Accept All\", you consent to our use of cookies.",
               customize="Customise", reject="Reject All", accept="Accept All", pref_title="Customise Consent Preferences",
               pref_msg="We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about all cookies under each consent category below.",
               cats=[("necessary", "Necessary"), ("functional", "Functional"), ("analytics", "Analytics"), ("performance", "Performance"), ("advertisement", "Advertisement")],
               always="Always Active", save="Save My Preferences", revisit="Consent Preferences", close="Close", show_more="Show more",
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "es": dict(locale="es-ES", wp="es_ES", select="Seleccionar página", search="Buscar &hellip;", search_for="Buscar:",
               by="por", comments="0 comentarios", prev="Anterior", next="Siguiente", reply="Enviar un comentario",
               cancel="Cancelar la respuesta", notes="Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
               comment="Comentario", name="Nombre *", email="Correo electrónico *", website="Web",
               cookies_consent="Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
               submit="Enviar comentario", recent="Entradas recientes", categories="Categorías", search_widget="Buscar",
               search_button="Buscar", follow="Seguir", powered="Diseñado por <a href=\"https://www.elegantthemes.com\" title=\"Premium WordPress Themes\">Elegant Themes</a> | Desarrollado por <a href=\"https://www.wordpress.org\">WordPress</a>",
               cky_title="Valoramos tu privacidad",
               cky_msg="Usamos cookies para mejorar su experiencia de navegación, mostrarle anuncios o contenidos personalizados y analizar nuestro tráfico. Al hacer clic en \"Aceptar todo\" usted da su consentimiento a nuestro uso de las cookies.",
               customize="Personalizar", reject="Rechazar todo", accept="Aceptar todo", pref_title="Personalizar las preferencias de consentimiento",
               pref_msg="Usamos cookies para ayudarle a navegar de manera eficiente y realizar ciertas funciones. Encontrará información detallada sobre todas las cookies en cada categoría de consentimiento a continuación.",
               cats=[("necessary", "Necesaria"), ("functional", "Funcional"), ("analytics", "Analítica"), ("performance", "El rendimiento"), ("advertisement", "Anuncio")],
               always="Siempre activas", save="Guardar mis preferencias", revisit="Preferencias de consentimiento", close="Cerrar", show_more="Mostrar más",
               months=["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]),
}
# the sites' own strings (checked): navigation, sidebar, related heading, author bio, footer, follow links, tags
DIVI_SITES = {
    "Kelderby Now": dict(
        host="kelderbynow.example", colour="#0b6e4f",
        nav=["Kelderby Now news", "Round the Kelder valley", "Kelderby Now sport", "Kelderby Now events guide", "Letters to Kelderby Now", "About Kelderby Now"],
        sub_nav=["Saltfleet and the coast", "Stennet and Thrapley"],
        side_about_head="About Kelderby Now",
        side_about="Kelderby Now is a not-for-profit news website for Kelderby and the villages of the Kelder valley, run by two former newspaper reporters since 2021.",
        side_cats=["Kelderby Now news", "Kelderby Now sport", "Round the Kelder valley", "Letters to Kelderby Now"],
        related="More from Kelderby Now",
        bio="{name} covers sport and community news for Kelderby Now and coaches an under-9s team on Sunday mornings.",
        footer_head="Get in touch with Kelderby Now", footer_text="Story ideas, letters and pictures: 01632 960 811 or drop in at the Corn Exchange, Market Place, Kelderby.",
        footer_head2="Supporting local news", footer_text2="Kelderby Now is funded by its members and a handful of local advertisers. Membership starts at £3 a month.",
        tags=["Hollin Lane", "Kelderby Rovers", "3G pitch"]),
    "Almendral Digital": dict(
        host="almendraldigital.example", colour="#b5441b",
        nav=["Actualidad de Almendral", "La comarca de Almendral", "Deportes en Almendral", "Agenda de Almendral", "Opinión en Almendral Digital", "Quiénes somos en Almendral Digital"],
        sub_nav=["Pueblos de la sierra de Almendral", "San Blas y el Ensanche"],
        side_about_head="Sobre Almendral Digital",
        side_about="Almendral Digital es un periódico local independiente que cuenta desde 2018 lo que pasa en Almendral y en los pueblos de su comarca.",
        side_cats=["Actualidad de Almendral", "La comarca de Almendral", "Deportes en Almendral", "Opinión en Almendral Digital"],
        related="Más noticias de Almendral Digital",
        bio="{name} escribe sobre el ayuntamiento y los barrios para Almendral Digital y lleva quince años contando los plenos.",
        footer_head="Contacta con Almendral Digital", footer_text="Noticias, cartas y fotos: 960 000 512 o en nuestra oficina de la plaza de la Constitución, 4.",
        footer_head2="Periodismo de cercanía", footer_text2="Almendral Digital se sostiene con sus suscriptores y con el comercio local. Hazte socio desde 3 euros al mes.",
        tags=["recogida de enseres", "limpieza viaria", "Ayuntamiento de Almendral"]),
}
DIVI_EXEMPT = {"host", "colour"}  # (a domain and a colour)


def divi_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = DIVI_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d %s, %d" % (d, months[m - 1], y))


def tpl_divi(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = DIVI_CORE[lang], DIVI_SITES[site]
    base = "https://" + s["host"]
    post_id = rng.randint(1200, 9800)
    slug_ = hc.slug(art["title"])[:70].strip("-")
    url = "%s/%s/" % (base, slug_)
    cat = hc.slug(art["section"])
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    y, mo = art["date"][:4], art["date"][5:7]
    ver = "4.27.%d" % rng.randint(1, 4)
    tb = rng.randint(40, 400)

    def upl(name, w=None, h=None):
        return "%s/wp-content/uploads/%s/%s/%s%s.jpg" % (base, y, mo, name, ("-%dx%d" % (w, h or w * 2 // 3)) if w else "")

    img_at = next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    parts = []
    for i in range(n + 1):
        if i == img_at:
            name = slug_[:28] + "-2"
            att = rng.randint(1000, 9999)
            parts.append('<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%d" srcset="%s 1024w, %s 300w, %s 768w, %s 1080w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>' % (
                upl(name, 1024), att, upl(name, 1024), upl(name, 300), upl(name, 768), upl(name, 1080, 720), E(art["body_caption"])))
        if placed.get(i):
            parts.extend(placed[i])
        if i < n:
            kind, val = blocks[i]
            if kind == "h":
                parts.append('<h2 class="wp-block-heading">%s</h2>' % E(val))
            elif kind == "p":
                parts.append("<p>%s</p>" % mp.inline_html(val))
            elif kind == "q":
                parts.append('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n<p>%s</p>\n</blockquote>' % mp.inline_html(val))
            else:
                parts.append('<%s class="wp-block-list">\n%s\n</%s>' % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    content = "\n\n\n\n".join(parts)
    today = divi_date(lang, art["date"])
    navs = []
    for k, t in enumerate(s["nav"]):
        mid = 30 + k * 2
        href = "%s/category/%s/" % (base, hc.slug(t)) if k < 5 else "%s/%s/" % (base, hc.slug(t))
        if k == 1:
            subs = "".join('\n\t<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="%s/category/%s/">%s</a></li>' % (
                mid + 50 + j, mid + 50 + j, base, hc.slug(x), E(x)) for j, x in enumerate(s["sub_nav"]))
            navs.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-%d"><a href="%s">%s</a>\n<ul class="sub-menu">%s\n</ul>\n</li>' % (
                mid, mid, href, E(t), subs))
        else:
            cur = " current-post-ancestor current-menu-parent current-post-parent" if k == 0 else ""
            navs.append('<li id="menu-item-%d" class="menu-item menu-item-type-%s menu-item-object-%s%s menu-item-%d"><a href="%s">%s</a></li>' % (
                mid, "taxonomy" if k < 5 else "post_type", "category" if k < 5 else "page", cur, mid, href, E(t)))
    nav = "\n".join(navs)
    blog = "".join(('\n\t\t\t<article id="post-%d" class="et_pb_post clearfix et_pb_blog_item_0_%d post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">\n\n'
                    '\t\t\t\t<div class="et_pb_image_container"><a href="%s/%s/" class="entry-featured-image-url"><img decoding="async" src="%s" alt="%s" class="" width="400" height="250" loading="lazy" /></a></div>\n'
                    '\t\t\t\t<h2 class="entry-title"><a href="%s/%s/">%s</a></h2>\n'
                    '\t\t\t\t<p class="post-meta"><span class="published">%s</span></p><div class="post-content"><div class="post-content-inner"></div></div>\n\t\t\t</article>') % (
        pid_, k, pid_, cat, base, hc.slug(h)[:60], upl(hc.slug(h)[:24], 400, 250), A(h), base, hc.slug(h)[:60], E(h),
        E(divi_date(lang, "%s-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28)))))
        for k, (h, pid_) in enumerate((h, rng.randint(1000, 9999)) for h in heads[:3]))
    recent = "".join('\n\t\t\t\t\t<li>\n\t\t\t\t\t<a href="%s/%s/">%s</a>\n\t\t\t\t\t</li>' % (base, hc.slug(h)[:60], E(h)) for h in heads[3:6])
    side_cats = "".join('\n\t<li class="cat-item cat-item-%d"><a href="%s/category/%s/">%s</a>\n</li>' % (
        rng.randint(2, 60), base, hc.slug(x), E(x)) for x in s["side_cats"])
    tags = ", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (base, hc.slug(t), E(t)) for t in s["tags"])
    nets = [("facebook", "Facebook", "https://www.facebook.com/"), ("twitter", "X", "https://x.com/"), ("instagram", "Instagram", "https://www.instagram.com/")]
    follow = "".join('<li class="et_pb_social_media_follow_network_%d_tb_body et_pb_social_icon et_pb_social_network_link et-social-%s"><a href="%s%s" class="icon et_pb_with_border" title="%s %s" target="_blank"><span class="et_pb_social_media_follow_network_name" aria-hidden="true">%s</span></a></li>' % (
        k, key, pre, hc.slug(site).replace("-", ""), A(c["follow"]), A(name), E(c["follow"])) for k, (key, name, pre) in enumerate(nets))
    foot_icons = "".join('<li class="et-social-icon et-social-%s">\n\t\t<a href="%s%s" class="icon">\n\t\t\t<span>%s</span>\n\t\t</a>\n\t</li>' % (
        key, pre, hc.slug(site).replace("-", ""), E(name)) for key, name, pre in nets)
    cky_cats = "".join('<div class="cky-accordion" id="ckyDetailCategory%s"><div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div> <div class="cky-accordion-header-wrapper"><div class="cky-accordion-header"><button class="cky-accordion-btn" aria-label="%s" data-cky-tag="detail-category-title" style="color:#212121">%s</button>%s<div class="cky-switch" data-cky-tag="detail-category-toggle">%s</div></div></div></div></div>' % (
        key, A(label), E(label), '<span class="cky-always-active">%s</span>' % E(c["always"]) if key == "necessary" else "",
        "" if key == "necessary" else '<input type="checkbox" id="ckySwitch%s">' % key) for key, label in c["cats"])
    by = art["byline"]
    author_slug = hc.slug(by)
    nonce = "%010x" % rng.randint(16**9, 16**10 - 1)
    custom = json.dumps({"ajaxurl": base + "/wp-admin/admin-ajax.php", "images_uri": base + "/wp-content/themes/Divi/images",
                         "builder_images_uri": base + "/wp-content/themes/Divi/includes/builder/images",
                         "et_frontend_nonce": nonce, "subscription_failed": "Please, check the fields below to make sure you entered the correct information.",
                         "et_ab_log_nonce": "%010x" % rng.randint(16**9, 16**10 - 1), "fill_message": "Please, fill in the following fields:",
                         "contact_error_message": "Please, fix the following errors:", "invalid": "Invalid email", "captcha": "Captcha",
                         "prev": "Prev", "previous": "Previous", "next": "Next", "wrong_captcha": "You entered the wrong number in captcha.",
                         "wrong_checkbox": "Checkbox", "is_builder_plugin_used": "", "ignore_waypoints": "no", "is_divi_theme_used": "1",
                         "widget_search_selector": ".widget_search", "ab_tests": [], "is_ab_testing_active": "", "page_id": str(post_id),
                         "unique_test_id": "", "ab_bounce_rate": "5", "is_cache_plugin_active": "yes", "is_shortcode_tracking": "",
                         "tinymce_uri": base + "/wp-content/themes/Divi/includes/builder/frontend-builder/assets/vendors",
                         "accent_color": s["colour"], "waypoints_options": []}, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    desc = art["sub"]
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
	<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<link rel="pingback" href="{base}/xmlrpc.php" />

	<script type="text/javascript">
		document.documentElement.className = 'js';
	</script>
	
	<script>let jqueryParams=[],jQuery=function(r){{return jqueryParams=[...jqueryParams,r],jQuery}},$=function(r){{return jqueryParams=[...jqueryParams,r],$}};window.jQuery=jQuery,window.$=jQuery;let customHeadScripts=!1;jQuery.fn=jQuery.prototype={{}},$.fn=jQuery.prototype={{}},jQuery.noConflict=function(r){{if(window.jQuery)return jQuery=window.jQuery,$=window.jQuery,customHeadScripts=!0,jQuery.noConflict}},jQuery.ready=function(r){{jqueryParams=[...jqueryParams,r]}},$.ready=function(r){{jqueryParams=[...jqueryParams,r]}},jQuery.load=function(r){{jqueryParams=[...jqueryParams,r]}},$.load=function(r){{jqueryParams=[...jqueryParams,r]}},jQuery.fn.ready=function(r){{jqueryParams=[...jqueryParams,r]}},$.fn.ready=function(r){{jqueryParams=[...jqueryParams,r]}};</script><title>{E(art["title"])} | {E(site)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(art["title"])} RSS de los comentarios" href="{url}feed/" />
<meta content="Divi v.{ver}" name="generator"/><style id='wp-block-library-theme-inline-css' type='text/css'>
.wp-block-audio :where(figcaption){{color:#555;font-size:13px;text-align:center}}.wp-block-image :where(figcaption){{color:#555;font-size:13px;text-align:center}}.wp-block-quote{{border-left:.25em solid;margin:0 0 1.75em;padding-left:1em}}
</style>
<style id='classic-theme-styles-inline-css' type='text/css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<link rel='stylesheet' id='divi-style-parent-css' href='{base}/wp-content/themes/Divi/style-static.min.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='{base}/wp-content/themes/Divi-child/style.css?ver={ver}' type='text/css' media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{post_id}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{base}/?p={post_id}' />
<style id="cky-style-inline">[data-cky-tag]{{visibility:hidden;}}</style><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" /><meta property="og:title" content="{A(art["title"])}" />
<meta property="og:description" content="{A(desc)}" />
<meta property="og:image" content="{upl(slug_[:28], 1080, 720)}" />
<style id="et-divi-customizer-global-cached-inline-styles">body,.et_pb_column_1_2 .et_quote_content blockquote cite,.et_pb_column_1_2 .et_link_content a.et_link_main_url{{font-size:17px}}#main-header,#main-header .nav li ul,.et-search-form,#main-header .et_mobile_menu{{background-color:#ffffff}}#top-menu li.current-menu-ancestor>a,#top-menu li.current-menu-item>a,.et_color_scheme_red #top-menu li.current-menu-ancestor>a{{color:{s["colour"]}}}#main-footer{{background-color:#1d1d1d}}#footer-bottom{{background-color:rgba(0,0,0,0.32)}}@media only screen and (min-width:981px){{.et_header_style_left #et-top-navigation{{padding-top:30px}}}}</style><style id="et-builder-module-design-tb-{tb}-deferred-{post_id}-cached-inline-styles">.et_pb_section_0_tb_body.et_pb_section{{padding-top:24px}}.et_pb_post_title_0_tb_body .et_pb_title_container h1.entry-title{{font-size:38px;line-height:1.2em}}.et_pb_post_content_0_tb_body{{font-size:18px;line-height:1.8em}}.et_pb_blog_0_tb_body .et_pb_post .entry-title{{font-size:17px}}.et_pb_sidebar_0_tb_body.et_pb_widget_area{{border-left-width:1px;border-color:#e2e2e2}}</style></head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard et-tb-has-template et-tb-has-body et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns2 et_cover_background et_pb_gutter et_pb_gutters3 et_smooth_scroll et_right_sidebar et_divi_theme et-db">
	<div id="page-container">
<div id="et-boc" class="et-boc">
			
		

	<header id="main-header" data-height-onload="66">
		<div class="container clearfix et_menu_container">
					<div class="logo_container">
				<span class="logo_helper"></span>
				<a href="{base}/">
				<img src="{base}/wp-content/uploads/{y}/01/logo.png" width="360" height="90" alt="{A(site)}" id="logo" data-height-percentage="54" />
				</a>
			</div>
					<div id="et-top-navigation" data-height="66" data-fixed-height="40">
									<nav id="top-menu-nav">
					<ul id="top-menu" class="nav">{nav}
</ul>					</nav>
				
				
				
									<div id="et_top_search">
						<span id="et_search_icon"></span>
					</div>
				
				<div id="et_mobile_nav_menu">
				<div class="mobile_nav closed">
					<span class="select_page">{E(c["select"])}</span>
					<span class="mobile_menu_bar mobile_menu_bar_toggle"></span>
				</div>
			</div>			</div> <!-- #et-top-navigation -->
		</div> <!-- .container -->
				<div class="et_search_outer">
			<div class="container et_search_form_container">
				<form role="search" method="get" class="et-search-form" action="{base}/">
				<input type="search" class="et-search-field" placeholder="{c["search"]}" value="" name="s" title="{A(c["search_for"])}" />				</form>
				<span class="et_close_search_field"></span>
			</div>
		</div>
			</header> <!-- #main-header -->
			<div id="et-main-area">
	
    <div id="main-content">
    <div class="et-l et-l--body">
			<div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0_tb_body et_section_regular" >
				
				
				
				
				
				
				<div class="et_pb_row et_pb_row_0_tb_body">
				<div class="et_pb_column et_pb_column_2_3 et_pb_column_0_tb_body  et_pb_css_mix_blend_mode_passthrough">
				
				
				
				
				<div class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light  et_pb_text_align_left"   >
				
				
				
				
				<div class="et_pb_title_container">
					<h1 class="entry-title">{E(art["title"])}</h1><p class="et_pb_title_meta_container"> {E(c["by"])} <span class="author vcard"><a href="{base}/author/{author_slug}/" title="{A(by)}" rel="author">{E(by)}</a></span> | <span class="published">{E(today)}</span> | <a href="{base}/category/{cat}/" rel="category tag">{E(art["section"])}</a> | <span class="comments-number"><a href="{url}#respond">{E(c["comments"])}</a></span></p>
				</div>
				<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img fetchpriority="high" decoding="async" width="1080" height="720" src="{upl(slug_[:28], 1080, 720)}" alt="{A(art["caption"])}" title="{A(art["caption"])} {A(art["credit"])}" srcset="{upl(slug_[:28], 1080, 720)} 1080w, {upl(slug_[:28], 300)} 300w, {upl(slug_[:28], 768)} 768w" sizes="(max-width: 1080px) 100vw, 1080px" class="wp-image-{post_id - 1}" /></span></div>
			</div><div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">
				
				
				
				
				{content}
				
			</div><div class="et_pb_module et_pb_text et_pb_text_0_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
				
				
				
				
				<div class="et_pb_text_inner"><p class="post-tags">{tags}</p></div>
			</div><ul class="et_pb_module et_pb_social_media_follow et_pb_social_media_follow_0_tb_body clearfix  et_pb_bg_layout_light">
				
				
				
				
				{follow}
			</ul><div class="et_pb_module et_pb_text et_pb_text_1_tb_body et_pb_author_box  et_pb_text_align_left et_pb_bg_layout_light">
				
				
				
				
				<div class="et_pb_text_inner"><img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(by.encode()).hexdigest()}?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy" decoding="async"/><h4><a href="{base}/author/{author_slug}/">{E(by)}</a></h4><p>{E(s["bio"].replace("{name}", by))}</p></div>
			</div><div class="et_pb_module et_pb_post_nav_0_tb_body et_pb_posts_nav nav-single">
								<span class="nav-previous"
									>
					<a href="{base}/{hc.slug(heads[4])[:60]}/" rel="prev"
											>
						<span class="meta-nav">&larr; </span><span class="nav-label">{E(c["prev"])}</span>
					</a>
				</span>
							<span class="nav-next"
									>
					<a href="{base}/{hc.slug(heads[5])[:60]}/" rel="next"
											>
						<span class="nav-label">{E(c["next"])}</span><span class="meta-nav"> &rarr;</span>
					</a>
				</span>
			
			</div><div class="et_pb_module et_pb_text et_pb_text_2_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
				
				
				
				
				<div class="et_pb_text_inner"><h3>{E(s["related"])}</h3></div>
			</div><div class="et_pb_module et_pb_blog_0_tb_body et_pb_blog_grid_wrapper et_pb_bg_layout_light">
					<div class="et_pb_blog_grid clearfix ">
					
					
					
					
					<div class="et_pb_ajax_pagination_container">
						<div class="et_pb_salvattore_content" data-columns>{blog}
				
					</div>
					</div>
					</div>
				</div><div class="et_pb_module et_pb_comments_0_tb_body et_pb_comments_module et_pb_bg_layout_light">
				
				
				
				
				<section id="comment-wrap">
		   <div id="comment-section" class="nocomments">
		  
	   </div>
					<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title"><span>{E(c["reply"])}</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(c["notes"].split(". ")[0])}.</span> <span class="required-field-message">{E(c["notes"].split(". ")[1])}</span></p><p class="comment-form-comment"><label for="comment">{E(c["comment"])}</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">{E(c["name"])}</label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">{E(c["email"])}</label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="comment-form-url"><label for="url">{E(c["website"])}</label> <input id="url" name="url" type="text" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><button name="submit" type="submit" id="et_pb_submit" class="submit">{E(c["submit"])}</button> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	       </section>
			</div>
			</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_1_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">
				
				
				
				
				<div class="et_pb_module et_pb_widget_area clearfix et_pb_widget_area_right et_pb_bg_layout_light et_pb_sidebar_0_tb_body">
				
				
				
				
				<div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{base}/">
				<div>
					<label class="screen-reader-text" for="s">{E(c["search_for"])}</label>
					<input type="text" value="" name="s" id="s" />
					<input type="submit" id="searchsubmit" value="{A(c["search_button"])}" />
				</div>
			</form></div><div id="recent-posts-2" class="et_pb_widget widget_recent_entries">
		<h4 class="widgettitle">{E(c["recent"])}</h4>
		<ul>{recent}
				</ul>

		</div><div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">{E(s["side_about_head"])}</h4>			<div class="textwidget"><p>{E(s["side_about"])}</p>
</div>
		</div><div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">{E(c["categories"])}</h4>
			<ul>{side_cats}
			</ul>

			</div>
			</div>
			</div>
				
				
				
				
			</div>
				
				
			</div>		</div>
	</div>
	    </div>
	
	

			<footer id="main-footer">
				
<div class="container">
	<div id="footer-widgets" class="clearfix">
		<div class="footer-widget"><div id="text-4" class="fwidget et_pb_widget widget_text"><h4 class="title">{E(s["footer_head"])}</h4>			<div class="textwidget"><p>{E(s["footer_text"])}</p>
</div>
		</div></div><div class="footer-widget"><div id="text-5" class="fwidget et_pb_widget widget_text"><h4 class="title">{E(s["footer_head2"])}</h4>			<div class="textwidget"><p>{E(s["footer_text2"])}</p>
</div>
		</div></div>	</div>
</div>


		
				<div id="footer-bottom">
					<div class="container clearfix">
				<ul class="et-social-icons">
{foot_icons}
</ul><div id="footer-info">{c["powered"]}</div>					</div>
				</div>
			</footer>
		</div>


			
		</div>
		</div>

	<div id="ckyBanner" class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar" style="border-color:#f4f4f4;background-color:#FFFFFF"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title" style="color:#212121">{E(c["cky_title"])}</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description" style="color:#212121"><p>{E(c["cky_msg"])}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="{A(c["customize"])}" data-cky-tag="settings-button" style="color:#1863dc;background-color:transparent;border-color:#1863dc">{E(c["customize"])}</button> <button class="cky-btn cky-btn-reject" aria-label="{A(c["reject"])}" data-cky-tag="reject-button" style="color:#1863dc;background-color:transparent;border-color:#1863dc">{E(c["reject"])}</button> <button class="cky-btn cky-btn-accept" aria-label="{A(c["accept"])}" data-cky-tag="accept-button" style="color:#FFFFFF;background-color:#1863dc;border-color:#1863dc">{E(c["accept"])}</button></div></div></div></div></div><div tabindex="0" class="cky-modal" data-cky-tag="detail"><div class="cky-preference-center" data-cky-tag="detail" style="color:#212121;background-color:#FFFFFF;border-color:#F4F4F4"><div class="cky-preference-header"><span class="cky-preference-title" role="heading" aria-level="1" data-cky-tag="detail-title" style="color:#212121">{E(c["pref_title"])}</span><button class="cky-btn-close" aria-label="{A(c["close"])}" data-cky-tag="detail-close"><img src="{base}/wp-content/plugins/cookie-law-info/lite/frontend/images/close.svg" alt="Close"></button></div><div class="cky-preference-body-wrapper"><div class="cky-preference-content-wrapper" data-cky-tag="detail-description" style="color:#212121"><p>{E(c["pref_msg"])}</p></div><button class="cky-show-desc-btn" data-cky-tag="show-desc-button" aria-label="{A(c["show_more"])}">{E(c["show_more"])}</button><div class="cky-horizontal-separator"></div><div class="cky-accordion-wrapper" data-cky-tag="detail-categories">{cky_cats}</div></div><div class="cky-footer-wrapper"><span class="cky-footer-shadow"></span><div class="cky-prefrence-btn-wrapper" data-cky-tag="detail-buttons"><button class="cky-btn cky-btn-reject" aria-label="{A(c["reject"])}" data-cky-tag="detail-reject-button">{E(c["reject"])}</button> <button class="cky-btn cky-btn-preferences" aria-label="{A(c["save"])}" data-cky-tag="detail-save-button">{E(c["save"])}</button> <button class="cky-btn cky-btn-accept" aria-label="{A(c["accept"])}" data-cky-tag="detail-accept-button">{E(c["accept"])}</button></div></div></div></div><div class="cky-overlay cky-hide"></div><div class="cky-btn-revisit-wrapper cky-revisit-hide" data-cky-tag="revisit-consent" data-tooltip="{A(c["revisit"])}" style="background-color:#0056a7"><button class="cky-btn-revisit" aria-label="{A(c["revisit"])}"><img src="{base}/wp-content/plugins/cookie-law-info/lite/frontend/images/revisit.svg" alt="Revisit consent button"></button></div>
	<script type="text/javascript">
		var et_animation_data = [];
	</script>
	<script type="text/javascript" id="divi-custom-script-js-extra">
/* <![CDATA[ */
var DIVI = {{"item_count":"%d Item","items_count":"%d Items"}};
var et_builder_utils_params = {{"condition":{{"diviTheme":true,"extraTheme":false}},"scrollLocations":["app","top"],"builderScrollLocations":{{"desktop":"app","tablet":"app","phone":"app"}},"onloadScrollLocation":"app","builderType":"fe"}};
var et_frontend_scripts = {{"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"}};
var et_pb_custom = {custom};
var et_pb_box_shadow_elements = [];
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/Divi/js/scripts.min.js?ver={ver}" id="divi-custom-script-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" id="jquery-js-after">
/* <![CDATA[ */
jqueryParams.length&&$.each(jqueryParams,function(e,r){{if("function"==typeof r){{var n=String(r);n.replace("$","jQuery");var a=new Function("return "+n)();$(document).ready(a)}}}});
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/plugins/cookie-law-info/lite/frontend/js/script.min.js?ver=3.2.8" id="cookie-law-info-js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)




# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"divi": ["caption"]}  # the wp-block-image figure in the post content, with its caption
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "pitchbookings", "bulkywaste", "memorialbenches"]
NEW_FAMILIES = ["pitchbookings", "bulkywaste", "memorialbenches"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"pitchbookings": ["pitchbookings", "pitch-booking widget", "pitch and court availability", "halı saha"],
                    "bulkywaste": ["bulkywaste", "bulky-waste collection booking", "bulky-item collection panel",
                                   "encombrant", "enseres"],
                    "memorialbenches": ["memorialbenches", "memorial bench scheme", "memorial-bench scheme", "gedenkbank",
                                        "banc commémoratif", "bancos conmemorativos"]}
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
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="harbourcam-gate-kld"><p class="harbourcam-gate-kld__msg">%s</p><button class="harbourcam-gate-kld__ok" type="button">Allow</button></div>',
               '<p class="districtplan-consent-kld">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="daybreak-signup-kld"><p class="daybreak-signup-kld__txt">%s</p><a class="daybreak-signup-kld__go" href="/newsletters/daybreak">&#8594;</a></div>',
                   '<p class="last-free-story-kld">%s</p>', '<h5 class="daybreak-title-kld">%s</h5>', '<p><strong><a href="/members">%s</a></strong></p>'],
    "share": ['<ul class="pass-it-round-kld">{items}</ul>', '<div class="send-to-council-kld">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="picture-desk-line-kld">%s</p>', '<span class="reader-snap-credit-kld">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="licence-notice-kld">%s</p>', '<div class="no-reproduction-kld"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="latest-in-section-kld">%s</p>', '<h6 class="all-section-stories-kld">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="diamond-rule-kld">%s</p>', '<div class="ornament-break-kld">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="harbour-office-credit">%s</p>', '<div class="stringer-note-kld">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-repeat-kld"><strong>%s</strong></p>', '<h2 class="headline-copy-kld">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-break-kld">%s</div>', '<p class="whole-district-ads-kld">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="carry-on-kld"><a href="#more">%s</a></p>', '<div class="open-full-report-kld">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="reader-comments-count-kld"><a href="#comments">%s</a></p>', '<div class="have-your-say-kld">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="read-minutes-kld">%s</p>', '<span class="minutes-chip-kld">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="brought-up-to-date-kld"><time>%s</time></p>', '<div class="latest-version-kld">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="hear-story-kld"><button class="hear-story-kld__play" aria-label="Play"></button><span class="hear-story-kld__txt">%s</span></div>',
              '<p class="rather-listen-kld"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="changed-after-pub-kld"><p>%s</p></aside>', '<p class="amendment-line-kld"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-first-kld"><p class="phone-first-kld__txt">%s</p><a class="phone-first-kld__get" href="/app">&#8595;</a></div>',
            '<p class="switch-to-app-kld">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="choir-reporter-kld"><p class="choir-reporter-kld__txt">%s</p></div>', '<p class="more-from-writer-kld"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="seen-something-kld"><p class="seen-something-kld__txt">%s</p></div>', '<p class="text-the-newsroom-kld">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spotted-error-kld"><p>%s</p></div>', '<p class="highlight-to-report-kld">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="ping-optin-kld"><p class="ping-optin-kld__q">%s</p></div>', '<p class="big-news-ping-kld">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="save-this-story-kld">{items}</ul>', '<p class="print-ready-kld"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="did-it-help-kld"><p class="did-it-help-kld__q">%s</p></div>', '<p class="help-rating-kld">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-kld"><p>%s</p></div>', '<p class="raise-concern-kld"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="tagged-row-kld"><span class="tagged-row-kld__txt">%s</span></div>', '<p class="follow-news-kld">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-for-later-kld"><a class="keep-for-later-kld__a" href="#my-list">%s</a></div>',
                 '<p class="later-list-kld"><a href="#my-list">%s</a></p>', '<div><a href="#my-list">%s</a></div>'],
    "poll": ['<div class="your-view-kld"><p class="your-view-kld__q">%s</p><button class="your-view-kld__vote" type="button">Vote</button></div>',
             '<h6 class="results-after-vote-kld">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-kld"><a class="yt-lite-kld__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-photos-kld"><a class="day-photos-kld__a" href="#photos">%s</a></div>',
                '<p class="click-through-kld">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-kld"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-kld__links">%s</p></div>',
            '<figure class="static-map-kld"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-date-kld">{items}</ul>', '<p class="day-before-reminder-kld"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="event-chip-kld"><span class="event-chip-kld__lbl">%s</span></div>'],
    "scores": ['<div class="saturday-scores-kld"><a class="saturday-scores-kld__a" href="/sport/kelder-leagues">%s</a></div>',
               '<ul class="kelder-sport-tabs">{items}</ul>', '<div><a href="/sport/kelder-leagues"><b>%s</b></a></div>'],
    # the three families new in this part ({pitchlist}: the booking widget's pitches and courts with slot, price and
    # status as a list; {pitchrows}: the same as a table; {pitchdl}: the price per hour per facility as a definition
    # list; {bulkylist}: the bulky-waste panel's items, charges and next dates as a list; {bulkyrows}: the same as a
    # table; {bulkydl}: the next date per item as a definition list; {benchlist}: the memorial bench scheme's
    # locations, costs and waits as a list; {benchrows}: the same as a table; {benchdl}: the cost per location as a
    # definition list)
    "pitchbookings": ['<div class="pitch-booker"><h4 class="pitch-booker__hd">%s</h4><ul class="pitch-booker__slots">{pitchlist}</ul><a class="pitch-booker__btn" href="/leisure/book">&#8250;</a></div>',
                      '<div class="court-availability-tbl"><p class="court-availability-tbl__hd"><strong>%s</strong></p><table class="court-availability-tbl__grid">{pitchrows}</table></div>',
                      '<p class="free-slots-link"><a href="/leisure/book">%s</a></p>',
                      '<div class="hourly-prices-card"><h5 class="hourly-prices-card__hd">%s</h5><dl class="hourly-prices-card__dl">{pitchdl}</dl></div>'],
    "bulkywaste": ['<div class="bulky-collect-panel"><h4 class="bulky-collect-panel__hd">%s</h4><ul class="bulky-collect-panel__items">{bulkylist}</ul></div>',
                   '<div class="bulky-charges-tbl"><p class="bulky-charges-tbl__hd"><b>%s</b></p><table class="bulky-charges-tbl__grid">{bulkyrows}</table></div>',
                   '<p class="bulky-book-btn"><a class="bulky-book-btn__a" role="button" href="/bins/bulky-waste/book">%s</a></p>',
                   '<div class="bulky-dates-card"><h5 class="bulky-dates-card__hd">%s</h5><dl class="bulky-dates-card__dl">{bulkydl}</dl></div>'],
    "memorialbenches": ['<div class="memorial-bench-notice"><h4 class="memorial-bench-notice__hd">%s</h4><ul class="memorial-bench-notice__list">{benchlist}</ul></div>',
                        '<div class="bench-scheme-tbl"><p class="bench-scheme-tbl__hd"><strong>%s</strong></p><table class="bench-scheme-tbl__grid">{benchrows}</table></div>',
                        '<p class="bench-apply-link"><a href="/parks/memorial-benches/apply">%s</a></p>',
                        '<div class="bench-places-strip"><p class="bench-places-strip__hd"><strong>%s</strong></p><dl class="bench-places-strip__dl">{benchdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/daybreak"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "pitchbookings": (0.7, [' <a href="/leisure/book"><b>%s</b></a>']),
          "bulkywaste": (0.7, ['<br><a class="button" href="/bins/bulky-waste/book"><strong>%s</strong></a>']),
          "memorialbenches": (0.7, [' <a href="/parks/memorial-benches/apply"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the membership note; the
# free-slots link, the book-a-collection button and the apply-for-a-bench link, not the lists, tables or cards)
INLINE_WORDING = {"newsletter": 0, "pitchbookings": 2, "bulkywaste": 2, "memorialbenches": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-image-kld"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="around-the-kelder"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="district-team-also"><p class="district-team-also__hd">%s</p><ul>%s</ul></aside>',
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

# the tables' heads (PITCH_HEAD, BULKY_HEAD, BENCH_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    pitches = "".join('<li><strong>%s</strong>: %s · %s · %s</li>' % (esc(f), esc(t), esc(p), esc(s)) for f, t, p, s in PITCH_SLOTS[lang])
    bulky = "".join('<li><b>%s</b> — %s (%s)</li>' % (esc(i), esc(c), esc(d)) for i, c, d in BULKY_ITEMS[lang])
    benches = "".join('<li><strong>%s</strong>, %s – %s</li>' % (esc(loc), esc(c), esc(w)) for loc, c, w in BENCH_SITES[lang])
    return (style.replace("{pitchlist}", pitches)
            .replace("{pitchrows}", table(PITCH_HEAD[lang], PITCH_SLOTS[lang]))
            .replace("{pitchdl}", dl([(f, p) for f, _, p, _ in PITCH_SLOTS[lang]]))
            .replace("{bulkylist}", bulky)
            .replace("{bulkyrows}", table(BULKY_HEAD[lang], BULKY_ITEMS[lang]))
            .replace("{bulkydl}", dl([(i, d) for i, _, d in BULKY_ITEMS[lang]]))
            .replace("{benchlist}", benches)
            .replace("{benchrows}", table(BENCH_HEAD[lang], BENCH_SITES[lang]))
            .replace("{benchdl}", dl([(loc, c) for loc, c, _ in BENCH_SITES[lang]])))


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
               "scores": rng.choice([0, mid, n]), "pitchbookings": rng.choice([mid, n, n]),
               "bulkywaste": rng.choice([0, mid, n]), "memorialbenches": rng.choice([mid, n])}.get(fam, mid)
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"), "divi": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "divi": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "divi": ("<em>", "</em>")}
# a highlight set in the block editor (its "Highlight" format writes a mark with an inline style)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"),
             "divi": ('<mark style="background-color:#ffe08a" class="has-inline-color">', "</mark>")}


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
# templates: divi is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"divi": tpl_divi, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h78), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "divi"


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
            rng = random.Random("newsflow-heldout79-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI79[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 79) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h78), labels, furniture strings,
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
    # layouts: divi (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h77 or h78 gave it
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
    # the divi pages: a site of DIVI_SITES in a language of DIVI_CORE, with an image caption for the image block
    # in the post content; of the looks only those the block editor sets in a paragraph (bold, italic, a highlight,
    # a drop cap, a line break); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in DIVI_SITES or a["lang"] not in DIVI_CORE or not a.get("body_caption")
                                       or any(st not in ("bold", "italic", "highlight", "br", "dropcap") for st, _ in a.get("look", []))):
            problems.append("%s: divi page needs a Divi site, a body caption and the block editor's looks only" % a["id"])
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
    divi_sites = [{k: v for k, v in d.items() if k not in DIVI_EXEMPT} for d in DIVI_SITES.values()]
    # (DIVI_CORE, PITCH_HEAD, BULKY_HEAD and BENCH_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("DIVI_SITES", divi_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "DIVI_SITES" and s.startswith("/")):
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




