#!/usr/bin/env python3
"""Eighty-third held-out part (h83-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout83.py           # write pages/h83-*.html
    python benchmarks/data/extraction/make_heldout83.py --check   # verify pages/h83-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout83.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout84.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h83_en.py / articles_h83_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: bereavement-services fee panels on stories about a council's cemetery or a crematorium --
what a grave, an interment, a cremation and a headstone or monument permit cost a resident and a non-resident, as a
list, the same as a table, the "see all fees" link, the same as a definition-list card --, taxi-rank locators on
stories about a taxi rank or the town's ranks -- the ranks, their hours and the licensed operators' telephone
numbers, as a list, the same as a table, the "find your nearest rank" button, the same as a definition-list card --,
and register-to-vote panels on stories about an election, a registration drive or a polling station -- the deadline
to register, how to do it, the postal and proxy vote dates and polling day, as a list, the same as a table, the
"register online" link, the same as a definition-list strip --), their wrapper class names, related headlines, site
names, the sites' own strings in the earlier layouts and the first-round furniture strings are new here: none of
the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..82, nor their labels, furniture
strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of
an earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring,
if a story paragraph or headline of an earlier part (h81 and h82 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads
(BURIAL_HEAD, TAXI_HEAD, VOTE_HEAD) are the web teams' generic strings and not checked; the rows themselves
(BURIAL_FEES, TAXI_RANKS, VOTE_DATES) are new.  (make_heldout59.py has a "bereavement" family and
make_heldout33.py an "election" one, and make_heldout51.py's polling-station finders carry a register-to-vote
deadline pill among their rows; the panels here are other widgets, with their own wording and rows: a council's
price list for graves, interments, cremations and memorial permits, resident against non-resident, a locator for
taxi ranks with their hours and licensed operators, and a full register-to-vote panel with the deadline, how to
register and the postal and proxy vote dates.  For that reason NEW_FAMILY_WORDS does not list "register-to-vote".)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): fee panels on an English independent news
site's report of a 20 per cent rise in burial charges (the English new-layout page: the list), a Turkish
municipality raising its cemetery charges and charging non-residents double (the table), a German Gemeinderat's new
Friedhofsgebührensatzung (the German new-layout page: the see-all-fees link) and a French syndicat intercommunal
laying the first stone of a crématorium (the card); taxi-rank locators on an English station rank moving to a side
road (the list), English night-time taxi marshals at the ranks (the table), a Turkish municipality merging 14 taxi
stands into 9 (the nearest-rank button, run into a paragraph) and a German station's Taxistand moving during
rebuilding (the card); register-to-vote panels on English sixth formers signing up first-time voters (the list), an
English village's polling station moving (on uCoz: the table), a German Gemeinde's own notice of a mayoral election
(on TYPO3: the register-online link, here to the Briefwahl application) and a French town hall's registration desk
at the lycée before the municipales (the strip).  Earlier families that need a
reason in the story are placed the same way (a calendar on a revived romería); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": an English village's
uCoz site -- a small site --, a German municipality's own page on TYPO3 -- no newspaper furniture --, an
independent local publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the see-all-fees link, the nearest-rank button, the register-online
link; only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at
random; no story of this part asks for one).  On the new layout, residue the editor pasted into the post sits
between the blocks inside the Kadence row layout's kt-inside-inner-col (no wrapper of its own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, sanity and magazine), italics (a one-line quote on the German new-layout
page and on semantic), bold (a one-line paragraph on both new-layout pages, on nextjs and on portal), a highlighted
sentence (the block editor's Highlight format on both new-layout pages, a <mark> on quintype), a paragraph in a box
(a Kadence Blocks info box on the English new-layout page, a CKEditor style on drupal, a Gutenberg group, the
magazine's panel), a fact box holding a subheading and its list (a Fusion custom embed: a skatepark in figures), a
Ghost callout card (what orchard pickers should take), a paragraph typed after a <br> (Shift+Enter, on both
new-layout pages and on chunks); story structures that look like furniture but are the story: question-and-answer
interviews (questions typed in bold, some of a few words -- "Neden taksi?", "Ne koydunuz?", "Et à la fin ?",
"Any strange requests?" --, in English, Turkish and French: a cemetery sexton after 40 years, a town's first woman
taxi driver after 25, a newspaper kiosk keeper after 35), lists inside the story (what a community orchard grows, a
skatepark in figures, the stalls of a reopened market hall, what a bridge contractor has done), crossheads as
headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("Nobody spoke against it.", "Die
Abstimmung fiel knapp aus.", "En Cabezuela lo esperaban con pancarta.", "Потом все пошли пить чай."), a closing line
with practical information (a cemetery lodge's hours, a library's opening times, a skatepark's hours, a market hall's
hours, a parish clerk's surgery, a candidates' evening, a jubilee concert), and story sentences that mention
furniture words in ordinary reporting ("Share and share alike" opening a story, "Fotoğraf çekmek için" opening
another, "Teilen müssen sich die Taxifahrer" and "« Les abonnés, je les connaissais tous »" opening two more,
"Anyone who wants to follow the rank's first months ... can contact the council's licensing team" and "Para
contactar con el bibliobús" closing stories, "Фото хора разных лет собраны в альбом" near the end of another),
some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all (an English
and a Turkish interview) and one only its correction line (an English village library reopening).
One page layout is new (kadence: a single post on a WordPress site with the Kadence theme and Kadence Blocks, on two
pages, an English and a German one -- two independent local news sites): the post URL (/<year>/<slug>/) and
WordPress's uploads paths; the head WordPress and Yoast SEO write (charset, viewport, robots, "<headline> - <site>",
description, canonical, Open Graph and Twitter metas, the yoast-schema-graph ld+json, the feed links, the block
library's classic-theme inline style, the Complianz cookieblocker css, Kadence's global, header, content, comments,
sidebar, related-posts, kad-splide and footer stylesheets with the kadence-global-inline-css palette, the Kadence
Blocks rowlayout, column, advancedheading, infobox and spacer stylesheets with kadence-blocks-global-variables and the
kadence_blocks_css per-block rules, jQuery and jquery-migrate, the REST API, shortlink and generator links);
body.single.single-post.postid-N with footer-on-bottom, has-sidebar, content-style-boxed and non-transparent-header;
div#wrapper.site.wp-site-blocks with the skip-link; header#masthead.site-header (div#main-header.site-header-wrap >
site-header-inner-wrap > site-header-upper-wrap > site-main-header-wrap, site-container, site-main-header-inner-wrap,
the left section's site-branding with the custom-logo, the right section's site-header-item-main-navigation with
nav#site-navigation.main-navigation.header-navigation and ul#primary-menu.menu -- a menu-item-has-children item
with its nav-drop-title-wrap, dropdown-nav-toggle and sub-menu --, and the search-toggle-open button) and
div#mobile-header.site-mobile-header-wrap with the menu-toggle-open button; div#inner-wrap.wrap.hfeed >
div#primary.content-area > div.content-container.site-container > main#main.site-main > div.content-wrap (the
post-thumbnail above the article; article.entry.content-bg.single-entry > div.entry-content-wrap with
header.entry-header.post-title -- nav#kadence-breadcrumbs, div.entry-taxonomies, h1.entry-title, div.entry-meta with
span.posted-by and span.posted-on --, div.entry-content.single-content with the post: a wp-block-kadence-rowlayout
with kb-row-layout-wrap, kt-row-column-wrap and a wp-block-kadence-column's kt-inside-inner-col holding core
paragraphs, lists and quotes and Kadence advanced headings (wp-block-kadence-advancedheading with its kt-adv-heading
id class), then a wp-block-kadence-spacer --, footer.entry-footer with the tags-links; nav.post-navigation; the
related posts, div.entry-related with h2.entry-related-title and the entry-related-carousel.kadence-slide-init.splide
of entry-list-item carousel-item articles; div#comments.comments-area with the comment-respond form) and
aside#secondary.primary-sidebar.widget-area (section.widget blocks: search, latest posts, a paragraph about the site,
categories); footer#colophon.site-footer > div.site-footer-wrap (site-middle-footer-wrap with three footer-widget-area
columns, site-bottom-footer-wrap with the footer-html copyright line and the "Kadence WP" credit); a#kt-scroll-up;
div#mobile-drawer.popup-drawer with nav#mobile-site-navigation; div#search-drawer with its search-form; the
Complianz consent manager (div#cmplz-cookiebanner-container > div.cmplz-cookiebanner with cmplz-header, cmplz-body --
cmplz-message and the cmplz-categories details --, cmplz-buttons, cmplz-documents; div#cmplz-manage-consent) and the
kadenceConfig, navigation, splide, comment-reply and complianz scripts.  The platform's strings (KADENCE_CORE, per
language: WordPress's, Kadence's and Complianz's language files) are left as they ship and not checked; the sites'
own strings (KADENCE_SITES: menus, tags, widget titles and texts, footer columns and copyright line) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h81 or h82 gave it (9 English pages, 3 in each other language: English on wordpress, table,
semantic, storybody, ghost, amp, fusion and ucoz; Turkish on cms, gutenberg and nextjs; German on typo3 and drupal;
French on quintype, chunks and legacy-br; Spanish on sanity, regional and portal; Russian on hugo, medium and
magazine); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
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
from articles_h83_en import ARTICLES as H83_EN  # noqa: E402
from articles_h83_intl import ARTICLES as H83_INTL  # noqa: E402



ARTICLES = H83_EN + H83_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82)
# parts whose layouts' languages this part avoids (the two before it; h84 is written at the same time)
LANG_PARTS = (mp81, mp82)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h83"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Eastholme Evening Post", "Sorrowby Clarion", "The Borough Messenger", "Kirkgate Gazette and Herald",
           "Tarnbury Valley Advertiser", "North Tarn Weekly", "Grisedale Edge Observer"],
    "tr": ["Akçayazı Manşet", "Akçayazı'nın Sesi", "Ova Postası Akçayazı"],
    "de": ["Erlenbrücker Tageblatt"],
    "fr": ["La Gazette des Prés-Hauts", "Le Courrier de Sainte-Odile", "L'Écho du canton des Prés"],
    "es": ["Diario de la Campiña", "El Heraldo del Tajuelo", "La Voz de Valdecierzo"],
    "ru": ["Ольшанская правда", "Верхнеольшанский курьер"],
}
# sites fixed per page (the two Kadence sites, a German municipality's own site on TYPO3, an English village's site
# on uCoz, an independent local publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h82 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This clip from the Tarnbury council chamber is hidden until you allow video cookies", "Tap to allow map cookies and load the Tarnbury street plan"],
        "tr": ["Akçayazı meclis salonundan bu görüntü, video çerezlerine izin verene kadar gizli", "Akçayazı sokak planını yüklemek için harita çerezlerine izin verin"],
        "de": ["Dieser Mitschnitt aus dem Erlenbrücker Ratssaal bleibt verborgen, bis Sie Video-Cookies erlauben", "Tippen Sie hier, um Karten-Cookies zu erlauben und den Ortsplan von Erlenbrück zu laden"],
        "fr": ["Cet extrait du conseil municipal de Sainte-Odile reste masqué tant que les cookies vidéo ne sont pas autorisés", "Touchez ici pour autoriser les cookies de carte et charger le plan des Prés-Hauts"],
        "es": ["Este vídeo del pleno de Tajuelo está oculto hasta que permitas las cookies de vídeo", "Pulsa para permitir las cookies de mapas y cargar el callejero de Tajuelo"],
        "ru": ["Этот фрагмент заседания в Ольшанке скрыт, пока вы не разрешите видео-cookie", "Нажмите, чтобы разрешить cookie карт и загрузить план Ольшанки"],
    },
    "newsletter": {
        "en": ["Tarnbury Tonight lands in your inbox at six: the borough's news in five minutes", "That's your third free Tarnbury story this month. Register free to read on", "{site} is paid for by its readers, not an owner. Tarnbury readers chip in from £3 a month to keep us going"],
        "tr": ["Akçayazı Bu Akşam saat altıda e-postanızda: ilçenin haberleri beş dakikada", "Bu ay üçüncü ücretsiz Akçayazı haberinizi okudunuz. Devam etmek için ücretsiz kaydolun", "{site} bir patrona değil okurlarına dayanıyor. Akçayazılı okurlar ayda 50 liradan destek oluyor"],
        "de": ["Erlenbrück am Abend kommt um sechs in Ihr Postfach: die Nachrichten der Gemeinde in fünf Minuten", "Das war Ihr dritter freier Erlenbrück-Artikel in diesem Monat. Kostenlos registrieren und weiterlesen", "{site} wird von seinen Lesern bezahlt, nicht von einem Verleger. Erlenbrücker Leser unterstützen uns ab 3 € im Monat"],
        "fr": ["Les Prés-Hauts ce soir arrive à 18 h dans votre boîte : l'actualité du canton en cinq minutes", "C'était votre troisième article gratuit des Prés-Hauts ce mois-ci. Inscrivez-vous gratuitement pour continuer", "{site} vit de ses lecteurs, pas d'un propriétaire. Les lecteurs des Prés-Hauts participent dès 3 € par mois"],
        "es": ["Tajuelo esta tarde llega a tu correo a las seis: la actualidad de la Campiña en cinco minutos", "Era tu tercera noticia gratis de Tajuelo este mes. Regístrate gratis para seguir leyendo", "A {site} lo pagan sus lectores, no un dueño. Los lectores de la Campiña colaboran desde 3 € al mes"],
        "ru": ["«Ольшанка вечером» приходит на почту в шесть: новости района за пять минут", "Это был ваш третий бесплатный материал об Ольшанке в этом месяце. Зарегистрируйтесь бесплатно, чтобы читать дальше", "«{site}» живёт на деньги читателей, а не владельца. Читатели Ольшанки поддерживают нас от 200 ₽ в месяц"],
    },
    "share": {
        "en": ["Pass it round Tarnbury: Facebook · WhatsApp · Bluesky · Copy link", "Know someone in Eastholme who'd want this? Send them this Tarnbury story ›"],
        "tr": ["Akçayazı'da paylaşın: Facebook · WhatsApp · Bluesky · Bağlantıyı kopyala", "Bunu görmek isteyecek bir Akçayazılı tanıyor musunuz? Bu haberi Akçayazılı dostunuza gönderin ›"],
        "de": ["In Erlenbrück weitergeben: Facebook · WhatsApp · Bluesky · Link kopieren", "Kennen Sie jemanden in Erlenbrück, den das interessiert? Schicken Sie ihm diesen Erlenbrück-Artikel ›"],
        "fr": ["Faites passer aux Prés-Hauts : Facebook · WhatsApp · Bluesky · Copier le lien", "Un voisin de Sainte-Odile serait intéressé ? Envoyez-lui l'article ›"],
        "es": ["Pásalo por Tajuelo: Facebook · WhatsApp · Bluesky · Copiar enlace", "¿Conoces a alguien de la Campiña a quien le interese? Mándale esta noticia de Tajuelo ›"],
        "ru": ["Передайте по Ольшанке: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку", "Знаете в Ольшанке того, кому это нужно? Отправьте ему этот материал об Ольшанке ›"],
    },
    "photo": {
        "en": ["Photo supplied to Tarnbury Today's picture desk", "Snapped for this story by a reader in Eastholme"],
        "tr": ["Fotoğraf Akçayazı foto masamıza iletildi", "Bu haber için Akçayazılı bir okurumuz çekti"],
        "de": ["Foto an den Bildtisch in Erlenbrück geschickt", "Für diesen Artikel von einer Leserin aus Erlenbrück fotografiert"],
        "fr": ["Photo transmise au service photo des Prés-Hauts", "Prise pour cet article par un lecteur de Sainte-Odile"],
        "es": ["Foto enviada a la mesa de fotografía de Tajuelo", "Tomada para esta noticia por una lectora de la Campiña"],
        "ru": ["Снимок передан в фотослужбу Ольшанки", "Снял для этого материала читатель из Ольшанки"],
    },
    "copyright": {
        "en": ["Copyright {site} 2026, Tarnbury: reproducing this Tarnbury report in any form needs our written say-so."],
        "tr": ["Telif hakkı {site} 2026, Akçayazı: bu haberinin herhangi bir biçimde çoğaltılması yazılı iznimize bağlıdır."],
        "de": ["Copyright {site} 2026, Erlenbrück: jede Wiedergabe dieses Erlenbrücker Berichts braucht unsere schriftliche Zustimmung."],
        "fr": ["Copyright {site} 2026, Prés-Hauts : toute reproduction de ce reportage des Prés-Hauts exige notre accord écrit."],
        "es": ["Copyright {site} 2026, Tajuelo: reproducir esta información de Tajuelo de cualquier forma requiere nuestro permiso por escrito."],
        "ru": ["© «{site}», Ольшанка, 2026: любое воспроизведение этого материала об Ольшанке — только с нашего письменного согласия."],
    },
    "section": {
        "en": ["Tarnbury desk · {section}", "All of today's {section} from the borough ›"],
        "tr": ["Akçayazı masası · {section}", "İlçeden bugünün bütün {section} haberleri ›"],
        "de": ["Erlenbrück-Ressort · {section}", "Alles aus {section} in der Gemeinde heute ›"],
        "fr": ["Rubrique des Prés-Hauts · {section}", "Toute la rubrique {section} du canton aujourd'hui ›"],
        "es": ["Mesa de Tajuelo · {section}", "Todo {section} de la Campiña hoy ›"],
        "ru": ["Рубрика Ольшанки · {section}", "Весь раздел «{section}» района за сегодня ›"],
    },
    "related": {
        "en": ["Also making news in Tarnbury", "Earlier from the borough"],
        "tr": ["Akçayazı'da gündemde olanlar", "İlçeden daha önce"],
        "de": ["Auch Thema in Erlenbrück", "Früher aus der Gemeinde"],
        "fr": ["Aussi dans l'actualité des Prés-Hauts", "Plus tôt dans le canton"],
        "es": ["También es noticia en Tajuelo", "Antes en la Campiña"],
        "ru": ["Тоже в новостях Ольшанки", "Ранее в районе"],
    },
    "symbol": {
        "*": ["✥ ⁕ ✥ ⁕ ✥", "⁂ · ⁂ · ⁂ · ⁂", "◈ ◈ ◈ ◈ ◈", "∿∿∿ ✦ ∿∿∿"],
    },
    "credit": {
        "en": ["With reporting from the Tarnbury Today newsroom", "Our Eastholme reporter added to this story"],
        "tr": ["{site} Akçayazı haber odasının katkısıyla", "Akçayazı muhabirimiz habere katkı verdi"],
        "de": ["Mit Material aus der Erlenbrücker Redaktion von {site}", "Unser Reporter in Erlenbrück hat zu dieser Meldung beigetragen"],
        "fr": ["Avec la rédaction des Prés-Hauts de {site}", "Notre correspondant à Sainte-Odile a participé à cet article"],
        "es": ["Con información de la redacción de {site} en Tajuelo", "Nuestro corresponsal en la Campiña ha participado en esta noticia"],
        "ru": ["При участии редакции «{site}» в Ольшанке", "В подготовке материала участвовал наш корреспондент в районе"],
    },
    "ad": {
        "en": ["Sponsored · Tarnbury story continues after this", "Advertise to the whole borough with {site} from £19 a week"],
        "tr": ["Sponsorlu · Akçayazı haberi bundan sonra sürüyor", "{site} ile bütün ilçeye reklam verin, haftalık 400 liradan"],
        "de": ["Gesponsert · der Erlenbrück-Artikel geht danach weiter", "Werben Sie mit {site} in der ganzen Gemeinde, ab 19 € pro Woche"],
        "fr": ["Sponsorisé · l'article des Prés-Hauts continue ensuite", "Faites votre publicité dans tout le canton avec {site}, dès 19 € la semaine"],
        "es": ["Patrocinado · la noticia de Tajuelo continúa después", "Anúnciate en toda la Campiña con {site} desde 19 € a la semana"],
        "ru": ["Спонсорский блок · материал об Ольшанке продолжится ниже", "Реклама на весь район в «{site}» — от 1500 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep reading this Tarnbury story", "Expand the full Tarnbury report +"],
        "tr": ["Bu Akçayazı haberini okumaya devam edin", "Akçayazı haberinin tamamını açın +"],
        "de": ["Diesen Erlenbrück-Artikel weiterlesen", "Den ganzen Erlenbrücker Bericht aufklappen +"],
        "fr": ["Continuer à lire cet article des Prés-Hauts", "Déplier tout le reportage des Prés-Hauts +"],
        "es": ["Sigue leyendo esta noticia de Tajuelo", "Despliega la información completa de Tajuelo +"],
        "ru": ["Читать дальше материал об Ольшанке", "Развернуть весь репортаж из Ольшанки +"],
    },
    "comments": {
        "en": ["{n} readers from the borough have had their say", "Read the {n} Tarnbury comments and add yours ›"],
        "tr": ["İlçeden {n} okur görüşünü yazdı", "{n} Akçayazı yorumunu okuyun, siz de yazın ›"],
        "de": ["{n} Leser aus der Gemeinde haben ihre Meinung gesagt", "Die {n} Erlenbrücker Kommentare lesen und mitreden ›"],
        "fr": ["{n} lecteurs du canton ont donné leur avis", "Lire les {n} commentaires des Prés-Hauts et ajouter le vôtre ›"],
        "es": ["{n} lectores de la Campiña han dado su opinión", "Lee los {n} comentarios de Tajuelo y deja el tuyo ›"],
        "ru": ["{n} читателей из района высказались", "Прочитать {n} комментариев об Ольшанке и добавить свой ›"],
    },
    "readtime": {
        "en": ["Takes {m} minutes to read, Tarnbury", "{m} min Tarnbury read"],
        "tr": ["Bu Akçayazı haberini okumak {m} dakika sürer", "{m} dakikalık Akçayazı okuması"],
        "de": ["In {m} Minuten durch Erlenbrück gelesen", "{m} Minuten Erlenbrück-Lektüre"],
        "fr": ["Se lit en {m} minutes, aux Prés-Hauts", "{m} min de lecture aux Prés-Hauts"],
        "es": ["Esta noticia de Tajuelo se lee en {m} minutos", "{m} min de lectura en Tajuelo"],
        "ru": ["Материал об Ольшанке читается за {m} минуты", "{m} мин чтения об Ольшанке"],
    },
    "updated": {
        "en": ["Last edited by the Tarnbury desk on {d} at {t}", "This story was updated on {d} ({t}) with comment from the borough council"],
        "tr": ["Akçayazı masası son olarak {d}, {t}'de düzenledi", "Bu haber {d} ({t}) belediyenin açıklamasıyla güncellendi"],
        "de": ["Zuletzt bearbeitet vom Erlenbrück-Ressort am {d} um {t}", "Dieser Artikel wurde am {d} ({t}) um eine Stellungnahme der Gemeinde ergänzt"],
        "fr": ["Dernière modification par la rubrique des Prés-Hauts le {d} à {t}", "Article mis à jour le {d} ({t}) avec la réaction de la mairie de Sainte-Odile"],
        "es": ["Última edición de la mesa de Tajuelo el {d} a las {t}", "Noticia actualizada el {d} ({t}) con la respuesta del Ayuntamiento de Tajuelo"],
        "ru": ["Последняя правка редакции Ольшанки: {d}, {t}", "Материал дополнен {d} ({t}) комментарием районной администрации"],
    },
    "audio": {
        "en": ["🔊 Hear this Tarnbury story · {m} min", "Rather listen to Tarnbury news? Our reporter reads this one aloud in {m} minutes"],
        "tr": ["🔊 Bu Akçayazı haberini dinleyin · {m} dk", "Akçayazı haberlerini dinlemeyi mi seversiniz? Muhabirimiz bu haberi {m} dakikada sesli okuyor"],
        "de": ["🔊 Diesen Erlenbrück-Artikel hören · {m} Min.", "Erlenbrück lieber hören? Unser Reporter liest diesen Text in {m} Minuten vor"],
        "fr": ["🔊 Écouter cet article des Prés-Hauts · {m} min", "Envie d'écouter les Prés-Hauts ? Notre reporter lit cet article à voix haute en {m} minutes"],
        "es": ["🔊 Escucha esta noticia de Tajuelo · {m} min", "¿Mejor escuchar las noticias de Tajuelo? Nuestra reportera la lee en voz alta en {m} minutos"],
        "ru": ["🔊 Слушать материал об Ольшанке · {m} мин", "Ольшанку лучше послушать? Наш корреспондент читает этот текст вслух за {m} минут"],
    },
    "app": {
        "en": ["Breaking Tarnbury news first: get the {site} app free", "Open this story in the Tarnbury Today app ›"],
        "tr": ["Akçayazı son dakika haberleri önce sizde: {site} uygulamasını ücretsiz indirin", "Bu haberi Akçayazı uygulamasında açın ›"],
        "de": ["Eilmeldungen aus Erlenbrück zuerst: holen Sie sich die App von {site} kostenlos", "Diesen Artikel in der Erlenbrück-App öffnen ›"],
        "fr": ["L'info urgente des Prés-Hauts en premier : l'appli {site} est gratuite", "Ouvrir cet article dans l'appli des Prés-Hauts ›"],
        "es": ["Las últimas de Tajuelo antes que nadie: descarga gratis la app de {site}", "Abre esta noticia en la app de Tajuelo ›"],
        "ru": ["Срочные новости Ольшанки первыми: приложение «{site}» бесплатно", "Открыть материал в приложении об Ольшанке ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} and sings bass in the Eastholme male voice choir.", "Read everything {by} has written for Tarnbury ›"],
        "tr": ["{by}, {site} için {section} haberlerini yazıyor ve ilçe korosunda bas sesle söylüyor.", "{by} imzalı bütün Akçayazı yazıları ›"],
        "de": ["{by} schreibt für {site} über {section} und singt Bass im Erlenbrücker Männerchor.", "Alle Erlenbrück-Texte von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} et chante dans la chorale de Sainte-Odile.", "Tous les articles de {by} aux Prés-Hauts ›"],
        "es": ["{by} escribe de {section} para {site} y canta en la coral de Tajuelo.", "Todo lo escrito por {by} en Tajuelo ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и поёт басом в районном хоре.", "Все материалы автора {by} об Ольшанке ›"],
    },
    "tip": {
        "en": ["Seen something in Tarnbury we should know about? news@tarnbury-desk.example", "Text or WhatsApp the Tarnbury newsroom: 07700 900 463"],
        "tr": ["Akçayazı'da bilmemiz gereken bir şey mi gördünüz? haber@akcayazi-masa.example", "Akçayazı haber odasına mesaj ya da WhatsApp: 0 (532) 900 46 30"],
        "de": ["Etwas in Erlenbrück gesehen, das wir wissen sollten? hinweis@erlenbrueck-ressort.example", "SMS oder WhatsApp an die Erlenbrücker Redaktion: 0151 900 46 30"],
        "fr": ["Vous avez vu quelque chose aux Prés-Hauts ? info@pres-hauts-redac.example", "SMS ou WhatsApp à la rédaction des Prés-Hauts : 07 00 90 46 30"],
        "es": ["¿Has visto algo en Tajuelo que debamos saber? avisos@tajuelo-mesa.example", "Mensaje o WhatsApp a la redacción de Tajuelo: 611 900 463"],
        "ru": ["Видели в Ольшанке что-то важное? Пишите: novosti@olshanka-redakciya.example", "SMS или WhatsApp редакции Ольшанки: +7 900 000-46-30"],
    },
    "typo": {
        "en": ["Spotted a typo in this Tarnbury report? Select the text and hit Ctrl+Enter to send it to us"],
        "tr": ["Bu Akçayazı haberinde yazım hatası mı gördünüz? Metni seçip Ctrl+Enter ile bize gönderin"],
        "de": ["Tippfehler in diesem Erlenbrücker Bericht entdeckt? Text markieren und mit Strg+Enter an uns schicken"],
        "fr": ["Une coquille dans ce reportage des Prés-Hauts ? Sélectionnez le texte et envoyez-le-nous avec Ctrl+Entrée"],
        "es": ["¿Has visto una errata en esta noticia de Tajuelo? Selecciona el texto y envíanoslo con Ctrl+Intro"],
        "ru": ["Заметили опечатку в материале об Ольшанке? Выделите текст и отправьте нам через Ctrl+Enter"],
    },
    "push": {
        "en": ["Get a ping when Tarnbury news breaks? Ping me · Not for now"],
        "tr": ["Akçayazı'da son dakika olduğunda bildirim alın? Bana bildir · Şimdilik kalsın"],
        "de": ["Bei Eilmeldungen aus Erlenbrück benachrichtigt werden? Ja, Eilmeldungen · Lieber nicht"],
        "fr": ["Être prévenu dès qu'une info tombe aux Prés-Hauts ? Me prévenir · Pas tout de suite"],
        "es": ["¿Te avisamos cuando haya última hora en Tajuelo? Avisadme · De momento no"],
        "ru": ["Сообщать о срочных новостях Ольшанки? Сообщать · Пока не надо"],
    },
    "print": {
        "en": ["Save this Tarnbury story: Print it · Download PDF · Email a friend", "Print-ready version of this Tarnbury page ›"],
        "tr": ["Bu Akçayazı haberini kaydedin: Yazdırın · PDF indirin · Bir arkadaşa gönderin", "Bu Akçayazı sayfasının yazdırmaya hazır sürümü ›"],
        "de": ["Diesen Erlenbrück-Artikel sichern: Ausdrucken · PDF laden · An Freunde mailen", "Druckfertige Fassung dieser Erlenbrück-Seite ›"],
        "fr": ["Conserver cet article des Prés-Hauts : L'imprimer · Télécharger le PDF · L'envoyer à un ami", "Version prête à imprimer de cette page des Prés-Hauts ›"],
        "es": ["Guarda esta noticia de Tajuelo: Imprimirla · Descargar PDF · Enviarla a un amigo", "Versión lista para imprimir de esta página de Tajuelo ›"],
        "ru": ["Сохранить материал об Ольшанке: Распечатать · Скачать PDF · Отправить другу", "Версия этой страницы об Ольшанке для печати ›"],
    },
    "feedback": {
        "en": ["Did this Tarnbury story tell you what you needed? Yes, all of it · Some of it · Not at all"],
        "tr": ["Bu Akçayazı haberi aradığınızı verdi mi? Evet, tamamen · Bir kısmını · Hiç vermedi"],
        "de": ["Hat Ihnen dieser Erlenbrück-Artikel weitergeholfen? Ja, ganz · Zum Teil · Gar nicht"],
        "fr": ["Cet article des Prés-Hauts a-t-il répondu à vos questions ? Oui, à toutes · À certaines · À aucune"],
        "es": ["¿Te ha dado esta noticia de Tajuelo lo que buscabas? Sí, todo · Una parte · Nada"],
        "ru": ["Нашли ли вы в материале об Ольшанке то, что искали? Да, всё · Кое-что · Ничего"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO in Tarnbury; to complain about this Tarnbury story, email complaints@tarnbury-desk.example."],
        "tr": ["{site}, Akçayazı'da Basın Ahlak Esasları'na bağlıdır; bu haberiyle ilgili şikâyetler için: sikayet@akcayazi-masa.example."],
        "de": ["{site} unterliegt dem Pressekodex des Presserats. Beschwerden zu diesem Erlenbrücker Artikel: beschwerde@erlenbrueck-ressort.example."],
        "fr": ["{site} adhère au Conseil de déontologie journalistique pour les Prés-Hauts ; pour contester cet article des Prés-Hauts : plainte@pres-hauts-redac.example."],
        "es": ["{site} se somete a la Comisión de Deontología de la FAPE. Para reclamar sobre esta noticia de Tajuelo: reclamaciones@tajuelo-mesa.example."],
        "ru": ["«{site}» следует хартии редакционной этики. Претензии к материалу об Ольшанке: pretenzii@olshanka-redakciya.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Tarnbury borough · Eastholme", "More on {section} in Tarnbury ›"],
        "tr": ["Etiketler: {section} · Akçayazı ilçesi · Çarşı", "Akçayazı'da {section} hakkında daha fazlası ›"],
        "de": ["Abgelegt unter: {section} · Gemeinde Erlenbrück · Ortsmitte", "Mehr zu {section} in Erlenbrück ›"],
        "fr": ["Classé dans : {section} · Canton des Prés-Hauts · Sainte-Odile", "Plus sur {section} aux Prés-Hauts ›"],
        "es": ["Archivado en: {section} · Campiña del Tajuelo · Casco viejo", "Más sobre {section} en Tajuelo ›"],
        "ru": ["Рубрики: {section} · Верхнеольшанский район · Центр", "Больше о теме «{section}» в Ольшанке ›"],
    },
    "bookmark": {
        "en": ["🔖 Keep this Tarnbury story for later"],
        "tr": ["🔖 Bu Akçayazı haberini sonraya saklayın"],
        "de": ["🔖 Diesen Erlenbrück-Artikel für später merken"],
        "fr": ["🔖 Garder cet article des Prés-Hauts pour plus tard"],
        "es": ["🔖 Guardar esta noticia de Tajuelo para luego"],
        "ru": ["🔖 Отложить материал об Ольшанке на потом"],
    },
    "poll": {
        "en": ["Have your say: is the borough getting this right? The borough got it right · The borough got it wrong · Undecided in Tarnbury", "Vote now and see what Tarnbury thinks"],
        "tr": ["Siz ne düşünüyorsunuz: ilçe doğru mu yapıyor? Belediye haklı · Belediye haksız · Akçayazı'da kararsızım", "Oy verin, Akçayazı ne düşünüyor görün"],
        "de": ["Ihre Meinung: Macht die Gemeinde das richtig? Richtig so · Falsch so · Schwer zu sagen", "Jetzt abstimmen und sehen, was Erlenbrück denkt"],
        "fr": ["À vous : le canton a-t-il raison ? Bonne décision · Mauvaise décision · Difficile à dire", "Votez et découvrez ce qu'en pensent les Prés-Hauts"],
        "es": ["Opina: ¿lo está haciendo bien la Campiña? Bien hecho · Mal hecho · Difícil decirlo", "Vota y mira qué piensa Tajuelo"],
        "ru": ["Ваше мнение: район поступает правильно? Правильно · Неправильно · Трудно сказать", "Проголосуйте и узнайте, что думает Ольшанка"],
    },
    "embed": {
        "en": ["See {handle}'s Tarnbury post on Instagram", "Play {handle}'s clip from Tarnbury on YouTube"],
        "tr": ["{handle} hesabının Akçayazı paylaşımını Instagram'da görün", "{handle} hesabının Akçayazı videosunu YouTube'da oynatın"],
        "de": ["Den Erlenbrück-Beitrag von {handle} auf Instagram sehen", "Den Erlenbrück-Clip von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} aux Prés-Hauts sur Instagram", "Lancer la vidéo de {handle} aux Prés-Hauts sur YouTube"],
        "es": ["Ver la publicación de {handle} en Tajuelo en Instagram", "Reproducir el vídeo de {handle} en Tajuelo en YouTube"],
        "ru": ["Смотреть публикацию {handle} об Ольшанке в Instagram", "Включить ролик {handle} об Ольшанке на YouTube"],
    },
    "gallery": {
        "en": ["🖼 Tarnbury gallery: {g} pictures", "Flick through all {g} Tarnbury photos ›"],
        "tr": ["🖼 Akçayazı galerisi: {g} kare", "Akçayazı'dan {g} fotoğrafın hepsine göz atın ›"],
        "de": ["🖼 Erlenbrück-Galerie: {g} Bilder", "Alle {g} Erlenbrück-Fotos durchblättern ›"],
        "fr": ["🖼 Diaporama des Prés-Hauts : {g} images", "Feuilleter les {g} photos des Prés-Hauts ›"],
        "es": ["🖼 Galería de Tajuelo: {g} imágenes", "Pasa las {g} fotos de Tajuelo ›"],
        "ru": ["🖼 Галерея Ольшанки: {g} кадров", "Пролистать все {g} фото из Ольшанки ›"],
    },
    "map": {
        "en": ["View the Tarnbury map larger", "Directions round Tarnbury: Google Maps · Apple Maps · what3words"],
        "tr": ["Akçayazı haritasını büyük görün", "Akçayazı yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Erlenbrück-Karte größer ansehen", "Route durch Erlenbrück: Google Maps · Apple Karten · Komoot"],
        "fr": ["Voir la carte des Prés-Hauts en grand", "Itinéraire vers les Prés-Hauts : Google Maps · Plans · Mappy"],
        "es": ["Ver el mapa de Tajuelo más grande", "Cómo llegar a Tajuelo: Google Maps · Mapas de Apple · Wikiloc"],
        "ru": ["Открыть карту Ольшанки крупнее", "Маршрут по Ольшанке: Яндекс Карты · 2ГИС · OpenStreetMap"],
    },
    "calendar": {
        "en": ["Put the Tarnbury date in your diary: Google · iCal · Outlook", "Send me a Tarnbury reminder the week before ›"],
        "tr": ["Akçayazı tarihini takviminize ekleyin: Google · iCal · Outlook", "Bir hafta önce bana Akçayazı hatırlatması gönderin ›"],
        "de": ["Erlenbrücker Termin in den Kalender: Google · iCal · Outlook", "Eine Woche vorher an Erlenbrück erinnern ›"],
        "fr": ["Noter la date des Prés-Hauts : Google · iCal · Outlook", "M'envoyer un rappel des Prés-Hauts une semaine avant ›"],
        "es": ["Apunta la cita de Tajuelo en tu agenda: Google · iCal · Outlook", "Avísame de la cita de Tajuelo una semana antes ›"],
        "ru": ["Записать дату в Ольшанке в календарь: Google · iCal · Outlook", "Напомнить о событии в Ольшанке за неделю ›"],
    },
    "scores": {
        "en": ["All the borough's weekend scores ›", "Tarnbury sport: Fixtures · Scores · League tables · Reports"],
        "tr": ["İlçenin hafta sonu skorlarının hepsi ›", "Akçayazı spor: Fikstür · Skorlar · Puan durumu · Maç raporları"],
        "de": ["Alle Wochenendergebnisse aus der Gemeinde ›", "Erlenbrück-Sport: Spielplan · Ergebnisse · Tabellen · Spielberichte"],
        "fr": ["Tous les scores du week-end dans le canton ›", "Sport aux Prés-Hauts : Calendrier · Scores · Classements · Comptes rendus"],
        "es": ["Todos los marcadores del fin de semana en la Campiña ›", "Deportes en Tajuelo: Calendario · Marcadores · Clasificaciones · Crónicas"],
        "ru": ["Все счета выходных в районе ›", "Спорт Ольшанки: Календарь · Счета · Таблицы · Отчёты"],
    },
    "correction": {
        "en": ["Correction: an earlier version of this Tarnbury story contained an error, now put right."],
        "tr": ["Düzeltme: Bu Akçayazı haberinin önceki sürümündeki bir hata giderildi."],
        "de": ["Korrektur: Eine frühere Fassung dieses Erlenbrücker Artikels enthielt einen Fehler, der nun behoben ist."],
        "fr": ["Rectificatif : une version précédente de cet article des Prés-Hauts comportait une erreur, désormais corrigée."],
        "es": ["Fe de errores: una versión anterior de esta noticia de Tajuelo contenía un error, ya subsanado."],
        "ru": ["Поправка: в прежней версии материала об Ольшанке была ошибка, теперь она исправлена."],
    },
    # the three families new in this part
    "burialfees": {
        "en": ["Bereavement services: burial and cremation fees 2026/27", "Cemetery and crematorium charges: residents and non-residents", "See all bereavement services fees ›", "Memorial permits and grave fees"],
        "tr": ["Defin hizmetleri: 2026 mezarlık ve defin ücretleri", "Mezarlık ücretleri: ilçede ikamet edenler ve ilçe dışı", "Bütün defin hizmeti ücretlerini görün ›", "Mezar yapım izni ve mezar yeri ücretleri"],
        "de": ["Friedhofsverwaltung: Bestattungs- und Grabgebühren 2026", "Friedhofsgebühren: Einheimische und Auswärtige", "Alle Friedhofsgebühren ansehen ›", "Grabmalgenehmigung und Grabnutzung"],
        "fr": ["Service funéraire : tarifs d'inhumation et de crémation 2026", "Tarifs du cimetière et du crématorium : habitants et extérieurs", "Voir tous les tarifs funéraires ›", "Autorisations de monument et concessions"],
        "es": ["Servicios funerarios: tasas de inhumación y cremación 2026", "Tasas del cementerio: empadronados y no empadronados", "Ver todas las tasas del cementerio ›", "Licencias de lápida y sepulturas"],
        "ru": ["Ритуальные услуги: тарифы на захоронение и кремацию 2026", "Кладбищенские тарифы: жители района и иногородние", "Все тарифы ритуальной службы ›", "Разрешения на памятники и места захоронения"],
    },
    "taxiranks": {
        "en": ["Find a taxi rank in Tarnbury", "Taxi ranks: where they are and when they are staffed", "Find your nearest taxi rank ›", "Licensed taxis: ranks and firms"],
        "tr": ["Akçayazı'da taksi durağı bulun", "Taksi durakları: nerede, hangi saatlerde", "Size en yakın taksi durağını bulun ›", "Ruhsatlı taksiler: duraklar ve telefonlar"],
        "de": ["Taxistand in Erlenbrück finden", "Taxistände: wo sie sind und wann dort Wagen warten", "Den nächsten Taxistand finden ›", "Konzessionierte Taxis: Stände und Zentralen"],
        "fr": ["Trouver une station de taxis aux Prés-Hauts", "Stations de taxis : emplacements et horaires", "Trouver la station de taxis la plus proche ›", "Taxis autorisés : stations et numéros"],
        "es": ["Encuentra una parada de taxis en Tajuelo", "Paradas de taxi: dónde están y en qué horario", "Busca la parada de taxis más cercana ›", "Taxis con licencia: paradas y teléfonos"],
        "ru": ["Найти стоянку такси в Ольшанке", "Стоянки такси: где находятся и когда работают", "Найти ближайшую стоянку такси ›", "Лицензированные такси: стоянки и диспетчерские"],
    },
    "voterregistration": {
        "en": ["Register to vote before 20 April", "Elections on 7 May: key dates for voters", "Register to vote online – it takes five minutes ›", "Voting by post or proxy"],
        "tr": ["Seçmen kaydınızı 20 Nisan'dan önce kontrol edin", "Seçim takvimi: seçmenler için önemli tarihler", "Seçmen kaydınızı çevrimiçi sorgulayın ›", "Sandık ve adres bilgileri"],
        "de": ["Wählerverzeichnis Erlenbrück: Einsicht bis 11.09.2026", "Bürgermeisterwahl: die wichtigen Termine", "Briefwahl online beantragen ›", "Briefwahl und Wahlschein"],
        "fr": ["Inscrivez-vous sur les listes électorales", "Élections municipales : les dates à retenir", "S'inscrire en ligne sur les listes électorales ›", "Vote par procuration"],
        "es": ["Comprueba tu inscripción en el censo electoral", "Elecciones municipales: fechas clave para votar", "Consulta el censo electoral en línea ›", "Voto por correo"],
        "ru": ["Проверьте себя в списке избирателей", "Выборы: главные даты для избирателей", "Подать заявление о голосовании по месту нахождения ›", "Голосование на дому и досрочно"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"burialfees": [0, 1, 2, 3], "taxiranks": [0, 1, 2, 3], "voterregistration": [0, 1, 2, 3]}
# the bereavement-services fees panel: item, resident, non-resident
BURIAL_FEES = {
    "en": [("New grave, exclusive right for 50 years", "£1,490", "£2,980"), ("Interment in an existing grave", "£722", "£1,444"), ("Cremation, adult, Tarnbury crematorium", "£897", "£897 (no surcharge)"), ("Headstone permit", "£195", "£390")],
    "tr": [("Aile mezar yeri", "11.700 TL", "23.400 TL"), ("Defin işlemi", "ilçe sakinine ücret yok", "4.520 TL"), ("Cenaze nakli, ilçe içi", "ilçe sakinine belediyeden", "2.040 TL"), ("Mezar yapım izni", "1.950 TL", "3.900 TL")],
    "de": [("Reihengrab, Erdbestattung, 20 Jahre", "1.860 €", "2.790 €"), ("Urnenwahlgrab, 20 Jahre", "1.150 €", "1.725 €"), ("Benutzung der Trauerhalle Kapellenstraße", "243 €", "364,50 €"), ("Grabmalgenehmigung", "120 € für Einheimische", "120 € auch für Auswärtige")],
    "fr": [("Concession trentenaire, 2 m²", "423 €", "634,50 €"), ("Case de columbarium, 15 ans", "351 €", "526,50 €"), ("Crémation, adulte, route de Vaulnes", "690 € (communes membres)", "890 € (hors syndicat)"), ("Autorisation de pose de monument", "47 €", "47 € également")],
    "es": [("Nicho, concesión 50 años", "1.350 €", "2.025 €"), ("Inhumación en nicho municipal", "213 €", "319,50 €"), ("Cremación en el tanatorio comarcal", "641 €", "793 €"), ("Licencia de lápida", "63 €", "94,50 €")],
    "ru": [("Место под захоронение", "жителям района без оплаты", "18 000 ₽"), ("Копка могилы", "9 500 ₽", "12 000 ₽"), ("Кремация", "14 800 ₽", "17 500 ₽"), ("Разрешение на установку памятника", "1 200 ₽", "2 400 ₽")],
}
BURIAL_HEAD = {"en": ("Service", "Resident", "Non-resident"), "tr": ("Hizmet", "İlçe sakini", "İlçe dışı"),
               "de": ("Leistung", "Einheimische", "Auswärtige"), "fr": ("Prestation", "Habitant", "Extérieur"),
               "es": ("Servicio", "Empadronado", "No empadronado"), "ru": ("Услуга", "Житель района", "Иногородний")}
# the taxi-rank locator: rank, hours, licensed operators
TAXI_RANKS = {
    "en": [("Eastholme station, Platform Road", "24 hours, marshal Fri–Sat 10pm–4am", "Eastholme Cabs 01632 960 771"), ("Market Street, Tarnbury", "7am–4am", "Borough Taxis 01632 960 342"), ("Bridge End", "6pm–4am, Fri–Sun", "Kirkgate Cars 01632 960 915")],
    "tr": [("Otogar önü, Akçayazı", "gece gündüz açık", "Otogar Taksi 0 (286) 900 71 10"), ("Çarşı, Cumhuriyet Meydanı", "07.00–02.00", "Çarşı Taksi 0 (286) 900 34 20"), ("Akçayazı Devlet Hastanesi", "gece gündüz, nöbetçi araçla", "Şifa Taksi 0 (286) 900 91 50")],
    "de": [("Bahnhof Erlenbrück, Gleisstraße (provisorisch)", "durchgehend, auch nachts", "Taxi-Zentrale Erlenbrück 07231 900 771"), ("Marktplatz Erlenbrück", "6–1 Uhr", "Funktaxi Erlengrund 07231 900 342"), ("Kreisklinik Erlenbrück, Haupteingang", "durchgehend besetzt", "Taxi Aydoğan 07231 900 915")],
    "fr": [("Gare de Sainte-Odile, parvis", "5 h – 1 h", "Taxis des Prés 02 00 90 07 71"), ("Place du Marché de Sainte-Odile", "7 h – 21 h", "Allo Taxi Sainte-Odile 02 00 90 03 42"), ("Hôpital local des Prés-Hauts", "jour et nuit", "Taxi Brassac 02 00 90 09 15")],
    "es": [("Estación de autobuses de Tajuelo", "abierta día y noche", "Radio Taxi Tajuelo 953 900 771"), ("Plaza de España de Tajuelo", "7.00–2.00", "Taxi Campiña 953 900 342"), ("Centro de salud de Tajuelo", "8.00–22.00", "Taxi Villarejo 953 900 915")],
    "ru": [("Вокзал Ольшанки, привокзальная площадь", "без перерыва, днём и ночью", "«Ольшанка-такси» +7 (48432) 9-07-71"), ("Рынок, улица Советская", "7:00–23:00", "«Такси 342» +7 (48432) 9-03-42"), ("Верхнеольшанская районная больница", "днём и ночью", "«Заречье» +7 (48432) 9-09-15")],
}
TAXI_HEAD = {"en": ("Rank", "Hours", "Licensed operator"), "tr": ("Durak", "Saatler", "Ruhsatlı işletme"),
             "de": ("Taxistand", "Zeiten", "Konzessionierter Betrieb"), "fr": ("Station", "Horaires", "Exploitant autorisé"),
             "es": ("Parada", "Horario", "Titular de licencia"), "ru": ("Стоянка", "Часы работы", "Перевозчик")}
# the register-to-vote panel: what, date or how
VOTE_DATES = {
    "en": [("Deadline to register", "midnight, Monday 20 April"), ("How to register", "online in five minutes with your National Insurance number, or by paper form from electoral services"), ("Postal vote applications", "by 5pm, Tuesday 21 April"), ("Proxy vote applications", "by 5pm, Tuesday 28 April"), ("Polling day", "Thursday 7 May, 7am to 10pm")],
    "tr": [("Askı listelerinin ilanı", "30 Mart – 13 Nisan"), ("Kayıt kontrolü", "e-Devlet'ten ya da muhtarlıktan, kimlik kartıyla"), ("Adres değişikliği için son gün", "13 Nisan"), ("Seçim günü", "3 Mayıs Pazar, 08.00–17.00")],
    "de": [("Wahlbenachrichtigungen", "bis 06.09.2026 im Briefkasten"), ("Einsicht ins Wählerverzeichnis", "07.09.–11.09.2026, Rathaus Erlenbrück, Zimmer 4"), ("Briefwahlantrag", "bis Fr., 25.09.2026, 15 Uhr"), ("Wahltag", "So., 27.09.2026, 8–18 Uhr")],
    "fr": [("Date limite d'inscription", "vendredi 6 février"), ("Comment s'inscrire", "en ligne, par courrier ou en mairie avec une pièce d'identité et un justificatif de domicile"), ("Procurations", "en ligne ou au commissariat, au plus tard quelques jours avant le scrutin"), ("Premier tour", "dimanche 15 mars, de 8 h à 18 h")],
    "es": [("Consulta del censo", "del 6 al 13 de abril"), ("Cómo reclamar", "en el ayuntamiento o en la sede electrónica del INE, con DNI"), ("Solicitud de voto por correo", "hasta el 14 de mayo en Correos"), ("Jornada electoral", "domingo 24 de mayo, de 9.00 a 20.00")],
    "ru": [("Уточнение списков", "до 10 сентября"), ("Как проверить себя", "в участковой избирательной комиссии или на Госуслугах, с паспортом"), ("Заявление о голосовании на дому", "до 14:00 в день голосования"), ("Дни голосования", "12–14 сентября, с 8:00 до 20:00")],
}
VOTE_HEAD = {"en": ("Step", "When / how"), "tr": ("Adım", "Tarih / nasıl"), "de": ("Schritt", "Wann / wie"),
             "fr": ("Étape", "Quand / comment"), "es": ("Paso", "Cuándo / cómo"), "ru": ("Шаг", "Когда / как")}
WIDGET_ROWS = (("burial fees", BURIAL_FEES), ("taxi ranks", TAXI_RANKS), ("vote dates", VOTE_DATES))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Eastholme chip shop wins the county's best batter award two years running", "Lost wedding ring turns up in a Tarnbury allotment after 19 years",
           "Kirkgate pupils send a weather balloon 30 kilometres up", "Sorrowby's last red phone box becomes a seed library",
           "Grisedale Edge bell ringers mark 500 years of the tenor bell", "Heron chicks hatch on the Tarnbury canal for the first time"],
    "tr": ["Çarşıdaki köfteci üçüncü kuşağa devredildi", "Kaybolan alyans 19 yıl sonra bir bostanda bulundu",
           "Öğrencilerin balonu 30 kilometre yükseğe çıktı", "İlçenin son kırmızı telefon kulübesi tohum kütüphanesi oldu",
           "Köy camisinin çınarı koruma altına alındı", "Sulama kanalında ilk kez balıkçıl yavruları görüldü"],
    "de": ["Erlenbrücker Imbiss gewinnt zum zweiten Mal den Kreis-Currywurstpreis", "Verlorener Ehering nach 19 Jahren im Kleingarten gefunden",
           "Schüler schicken Wetterballon 30 Kilometer hoch", "Letzte Telefonzelle im Ort wird zur Saatgutbibliothek",
           "Glockenläuter feiern 500 Jahre große Glocke", "Erstmals Graureiher-Küken am Erlenkanal geschlüpft"],
    "fr": ["La friterie de la place remporte le prix départemental pour la deuxième fois", "Une alliance perdue retrouvée dans un jardin ouvrier après 19 ans",
           "Des collégiens envoient un ballon-sonde à 30 kilomètres d'altitude", "La dernière cabine téléphonique devient une grainothèque",
           "Les sonneurs fêtent les 500 ans du bourdon de Sainte-Odile", "Premiers hérons nés sur le canal des Prés-Hauts"],
    "es": ["El churrero de la plaza gana por segunda vez el premio provincial", "Aparece en un huerto una alianza perdida hace 19 años",
           "Alumnos de Tajuelo lanzan un globo sonda a 30 kilómetros de altura", "La última cabina telefónica se convierte en banco de semillas",
           "Los campaneros celebran los 500 años de la campana mayor", "Nacen por primera vez garzas en el canal de la Campiña"],
    "ru": ["Пельменная у рынка второй год подряд победила на областном конкурсе", "Потерянное обручальное кольцо нашлось на огороде через 19 лет",
           "Школьники Ольшанки запустили метеозонд на 30 километров", "Последнюю телефонную будку превратили в библиотеку семян",
           "Звонари отметили 500 лет большого колокола", "На пруду в Ольшанке впервые вывелись цапли"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Жюри попробовало сорок видов пельменей и выбрало одни.",
           "Хозяйка копала картошку и увидела блеск в земле.",
           "Зонд пролетел над тремя районами и упал в болото.",
           "В будке теперь полки с семенами томатов и бархатцев.",
           "Колокол отлили в 1526 году, в нём почти две тонны.",
           "Рыбаки насчитали четырёх птенцов в гнезде на старой иве."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Tarnbury latest", "Eastholme and Sorrowby", "Tarnbury courts and crime", "Tarnbury schools", "Tarnbury sport", "Out and about in Tarnbury", "Tarnbury notices"],
               cookie="To keep this site running we and our partners use cookies to remember your choices, to measure how many people read Tarnbury news and to show advertising that pays our reporters. Say yes to all of them, or pick the Tarnbury cookies you allow.",
               accept="Yes to all, take me to Tarnbury", reject="Let me pick Tarnbury cookies", share="Send this Tarnbury story",
               related="More Tarnbury stories", newsletter="Tarnbury Daily: every morning's local news by email",
               subscribe="Get Tarnbury Daily", email="you@tarnbury-daily.example",
               comment_note="Comments on Tarnbury stories are checked before they go live. Be civil and stick to the subject.",
               closed="Comments are closed on this Tarnbury story.",
               footer=["Contact the Tarnbury newsroom", "Tarnbury corrections", "Tarnbury privacy notice", "Advertise across Tarnbury", "Tarnbury house rules"],
               rights="Everything on this website belongs to its publisher and may not be reused without written consent.",
               commenters=[("KirkgateKath", "Good news for once, well done all."),
                           ("Eastholme Eddie", "About time somebody at the town hall sorted this.")]),
    "tr": dict(nav=["Akçayazı'dan son dakika", "Akçayazı mahalle ve köyleri", "Akçayazı asayiş", "Akçayazı eğitim", "Akçayazı spor", "Akçayazı'da gezi ve etkinlik", "Akçayazı duyuruları"],
               cookie="Sitenin çalışması, tercihlerinizin hatırlanması, Akçayazı haberlerini kaç kişinin okuduğunun ölçülmesi ve muhabirlerimizin maaşını ödeyen reklamların gösterilmesi için biz ve ortaklarımız çerez kullanıyoruz. Hepsine evet deyin ya da Akçayazı'da hangi çerezlere izin vereceğinizi seçin.",
               accept="Hepsine evet, Akçayazı'ya geç", reject="Akçayazı çerezlerini ben seçeyim", share="Bu Akçayazı haberini gönderin",
               related="Daha fazla Akçayazı haberi", newsletter="Akçayazı Sabahı: her sabah yerel haberler e-postanızda",
               subscribe="Akçayazı Sabahı'nı alın", email="siz@akcayazi-sabahi.example",
               comment_note="Akçayazı haberlerine yapılan yorumlar yayına girmeden önce kontrol edilir. Nazik olun ve konuya bağlı kalın.",
               closed="Bu Akçayazı haberi yorumlara kapalı.",
               footer=["Akçayazı haber odasına ulaşın", "Akçayazı düzeltmeleri", "Akçayazı gizlilik bildirimi", "Akçayazı genelinde reklam", "Akçayazı yorum kuralları"],
               rights="Bu sitedeki her şey yayıncısına aittir ve yazılı onay olmadan yeniden kullanılamaz.",
               commenters=[("Carsili_Emine", "Sonunda güzel bir haber, emeği geçenlere teşekkürler."),
                           ("Otogarlı Yusuf", "Bu iş çoktan yapılmalıydı.")]),
    "de": dict(nav=["Erlenbrück aktuell", "Ortsteile von Erlenbrück", "Blaulicht Erlenbrück", "Schulen in Erlenbrück", "Sport in Erlenbrück", "Unterwegs in Erlenbrück", "Amtliches aus Erlenbrück"],
               cookie="Damit diese Website funktioniert, nutzen wir und unsere Partner Cookies, um Ihre Einstellungen zu speichern, zu messen, wie viele Menschen Erlenbrücker Nachrichten lesen, und Werbung zu zeigen, die unsere Reporter bezahlt. Akzeptieren Sie alle oder wählen Sie aus.",
               accept="Allem zustimmen, weiter nach Erlenbrück", reject="Erlenbrücker Cookies selbst wählen", share="Diesen Erlenbrück-Artikel senden",
               related="Mehr aus Erlenbrück", newsletter="Erlenbrück am Morgen: die Lokalnachrichten jeden Morgen per Mail",
               subscribe="Erlenbrück am Morgen erhalten", email="sie@erlenbrueck-morgen.example",
               comment_note="Kommentare zu Erlenbrücker Artikeln werden vor der Freischaltung geprüft. Bleiben Sie sachlich und beim Thema.",
               closed="Zu diesem Erlenbrück-Artikel sind keine Kommentare mehr möglich.",
               footer=["Redaktion Erlenbrück kontaktieren", "Korrekturen aus Erlenbrück", "Datenschutzhinweise Erlenbrück", "Werben in Erlenbrück", "Hausregeln Erlenbrück"],
               rights="Alle Inhalte dieser Website gehören dem Herausgeber und dürfen ohne schriftliche Einwilligung nicht weiterverwendet werden.",
               commenters=[("Marktplatz_Marianne", "Endlich mal eine gute Nachricht, danke an alle."),
                           ("Erlengrunder Horst", "Das hätte man schon vor Jahren machen können.")]),
    "fr": dict(nav=["Les Prés-Hauts en continu", "Communes des Prés-Hauts", "Faits divers aux Prés-Hauts", "Écoles des Prés-Hauts", "Sport aux Prés-Hauts", "Sorties aux Prés-Hauts", "Avis et annonces des Prés-Hauts"],
               cookie="Pour faire fonctionner ce site, nos partenaires et nous utilisons des cookies afin de mémoriser vos choix, de mesurer combien de personnes lisent l'actualité des Prés-Hauts et d'afficher les publicités qui paient nos journalistes. Acceptez-les tous ou choisissez lesquels autoriser.",
               accept="Tout accepter, direction les Prés-Hauts", reject="Choisir mes cookies des Prés-Hauts", share="Envoyer cet article des Prés-Hauts",
               related="D'autres articles des Prés-Hauts", newsletter="Les Prés-Hauts au réveil : l'actualité locale chaque matin par courriel",
               subscribe="Recevoir Les Prés-Hauts au réveil", email="vous@pres-hauts-reveil.example",
               comment_note="Les commentaires sur les articles des Prés-Hauts sont vérifiés avant publication. Restez courtois et parlez des Prés-Hauts.",
               closed="Les commentaires sont fermés sur cet article des Prés-Hauts.",
               footer=["Écrire à la rédaction des Prés-Hauts", "Rectificatifs des Prés-Hauts", "Données personnelles aux Prés-Hauts", "Annoncer dans le canton", "Charte des Prés-Hauts"],
               rights="Tout le contenu de ce site appartient à son éditeur et ne peut être réutilisé sans accord écrit.",
               commenters=[("Mireille_de_la_Place", "Enfin une bonne nouvelle, merci à tous."),
                           ("Jeannot des Prés", "Il aurait fallu le faire depuis longtemps.")]),
    "es": dict(nav=["Tajuelo al momento", "Pueblos de la Campiña", "Sucesos en Tajuelo", "Colegios de Tajuelo", "Deportes en Tajuelo", "Planes en la Campiña", "Avisos de Tajuelo"],
               cookie="Para que esta web funcione, nosotros y nuestros socios usamos cookies que recuerdan tus preferencias, miden cuántas personas leen las noticias de Tajuelo y muestran la publicidad que paga a nuestros periodistas. Acéptalas todas o elige cuáles permitir.",
               accept="Sí a todas, vamos a Tajuelo", reject="Elegir yo las cookies de Tajuelo", share="Envía esta noticia de Tajuelo",
               related="Más noticias de Tajuelo", newsletter="Tajuelo temprano: las noticias locales cada mañana en tu correo",
               subscribe="Recibir Tajuelo temprano", email="tu@tajuelo-temprano.example",
               comment_note="Revisamos los comentarios de las noticias de Tajuelo antes de publicarlos. Sé educado y no te salgas del tema.",
               closed="Los comentarios de esta noticia de Tajuelo están cerrados.",
               footer=["Escribe a la redacción de Tajuelo", "Rectificaciones de Tajuelo", "Aviso de privacidad de Tajuelo", "Publicidad en la Campiña", "Normas de participación de Tajuelo"],
               rights="Todo el contenido de esta web pertenece a su editor y no puede reutilizarse sin consentimiento por escrito.",
               commenters=[("Conchi_de_la_Campiña", "Por fin una buena noticia, gracias a todos."),
                           ("Paco del Mercado", "Esto se tenía que haber hecho hace años.")]),
    "ru": dict(nav=["Ольшанка: главное", "Сёла Верхнеольшанского района", "Происшествия в Ольшанке", "Школы Ольшанки", "Спорт в Ольшанке", "Отдых в Ольшанке", "Объявления Ольшанки"],
               cookie="Чтобы сайт работал, мы и наши партнёры используем cookie: они запоминают ваши настройки, помогают считать, сколько людей читает новости Ольшанки, и показывают рекламу, на которую живут наши журналисты. Примите все или выберите нужные.",
               accept="Принять все и перейти к Ольшанке", reject="Выбрать cookie Ольшанки", share="Отправить материал об Ольшанке",
               related="Ещё новости Ольшанки", newsletter="«Утро Ольшанки»: местные новости каждое утро на почту",
               subscribe="Получать «Утро Ольшанки»", email="vy@utro-olshanki.example",
               comment_note="Комментарии к материалам об Ольшанке проверяются перед публикацией. Будьте вежливы и пишите по теме.",
               closed="Комментарии к этому материалу об Ольшанке закрыты.",
               footer=["Написать в редакцию Ольшанки", "Исправления Ольшанки", "Политика конфиденциальности Ольшанки", "Реклама в Верхнеольшанском районе", "Правила комментариев Ольшанки"],
               rights="Все материалы этого сайта принадлежат издателю и не могут использоваться повторно без письменного согласия.",
               commenters=[("Olshanka_Valya", "Наконец хорошая новость, всем спасибо."),
                           ("Степаныч с Заречной", "Это надо было сделать давным-давно.")]),
}
UI83 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"es": "MÁS DE LA CAMPIÑA:", "ru": "ЕЩЁ ПО ОЛЬШАНКЕ:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"ru": "{name} пишет для «{site}» большие материалы на тему «{section}» о сёлах Ольшанки. Идеи присылайте на ocherk@olshanka-redakciya.example"},
    (mp4, "READMORE"): {"en": "ALSO IN THE BOROUGH:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Plus de l'actualité des Prés-Hauts")},
    (mp6, "TYPO3"): {"de": dict(ext="Externer Inhalt: Lageplan der Wahllokale (OpenStreetMap)",
                                note="Hier ist ein Lageplan der Erlenbrücker Wahllokale eingebunden. Er wird erst nach Ihrer Zustimmung geladen, weil OpenStreetMap dabei Ihre IP-Adresse erhält.",
                                button="Zustimmen und Lageplan der Wahllokale laden", by="Eine Mitteilung vom", search="Suche auf erlenbrueck.example",
                                lang_menu="Erlenbrück in Leichter Sprache")},
    (mp7, "SANITY"): {"es": dict(nl_title="La Campiña cada lunes", nl_text="Cada lunes por la mañana: lo que pasó en Tajuelo y en los pueblos de la Campiña, en un solo correo.",
                                 nl_button="Quiero La Campiña cada lunes", nl_placeholder="Tu correo para La Campiña cada lunes")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Ольшанка за неделю", nl_text="Каждую пятницу вечером: что случилось в Ольшанке и сёлах района, одним письмом.",
                                nl_label="Ваш адрес для «Ольшанки за неделю»", nl_button="Получать «Ольшанку за неделю»")},
    (mp13, "PUB_NAV"): {"ru": ["Новое в «Ольшанских записках»", "Люди Ольшанки", "Старые фотографии района", "Поддержать «Ольшанские записки»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="The website of Hob Moss village and parish",
                                menu=["Hob Moss home", "Hob Moss news", "Hob Moss parish council", "Chapel Brow hall bookings", "Hob Moss clubs", "Email the Hob Moss clerk"],
                                cats=["Hob Moss news", "Parish council business", "Hob Moss diary"],
                                friends=["Hob Moss Methodist Chapel", "Hob Moss and District Bowling Club", "Moss Lane Primary School"],
                                footer="Hob Moss Village © 2026 · run by the parish clerk and two volunteers",
                                poster="hobmoss_clerk", tags=["Hob Moss elections", "Chapel Brow hall"],
                                commenters=[("Brenda on Chapel Brow", "Good, the hall is much easier for those of us with sticks."),
                                            ("moss_lane_rob", "Will the bus still stop outside on polling day?")],
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
# the new layout: a single post on a WordPress site with the Kadence theme and the Kadence Blocks plugin, as
# WordPress serves it to a reader who has not yet answered the Complianz cookie banner: the head WordPress and
# Yoast write (charset, viewport, robots, "<headline> - <site>" as the title, canonical, the Open Graph and Twitter
# metas, the yoast-schema-graph ld+json, the feed links, the block library's and Kadence's stylesheets -- global,
# header, content, sidebar, related-posts, kad-splide, footer -- with the kadence-global-inline-css palette, the
# Kadence Blocks stylesheets -- rowlayout, column, advancedheading, infobox -- with their global variables and the
# kadence_blocks_css per-block rules, the Complianz stylesheet, jQuery, the REST API and generator links);
# body.single.single-post.postid-N with Kadence's footer-on-bottom, has-sidebar, content-style-boxed and
# non-transparent-header classes; div#wrapper.site.wp-site-blocks with the skip link; header#masthead.site-header
# (div#main-header.site-header-wrap > site-header-inner-wrap > site-header-upper-wrap > the
# site-main-header-wrap row container with its site-container and site-main-header-inner-wrap, the left section's
# site-branding with the custom-logo, the right section's site-header-item-main-navigation with
# nav#site-navigation.main-navigation.header-navigation and ul#primary-menu.menu of menu-item items -- the
# current-menu-item one, one menu-item-has-children with its sub-menu and the dropdown-nav-toggle -- and the
# search-toggle-open button), div#mobile-header.site-mobile-header-wrap with the menu-toggle-open button);
# div#inner-wrap.wrap.hfeed > div#primary.content-area > div.content-container.site-container > main#main.site-main
# > div.content-wrap (the post-thumbnail above the article, article.entry.content-bg.single-entry with
# div.entry-content-wrap: header.entry-header.post-title with nav#kadence-breadcrumbs, div.entry-taxonomies,
# h1.entry-title and div.entry-meta -- span.posted-by, span.posted-on with the published and updated times --,
# div.entry-content.single-content with the post's blocks -- a wp-block-kadence-rowlayout.kb-row-layout-wrap with
# kt-row-column-wrap, a wp-block-kadence-column with kt-inside-inner-col holding core paragraphs, lists and quotes and
# Kadence advanced headings (wp-block-kadence-advancedheading with its kt-adv-heading id class), the editor's pasted
# residue between them, and a wp-block-kadence-spacer --, footer.entry-footer with the tags-links), nav.post-navigation
# with nav-previous / nav-next, the related posts (div.entry-related.alignfull > entry-related-inner, h2.entry-related-
# title, the entry-related-carousel.kadence-slide-init.splide with splide__track and ul.splide__list of
# entry-list-item carousel-item articles), and div#comments.comments-area with the comment-respond form);
# aside#secondary.primary-sidebar.widget-area (section.widget blocks: the search form, the latest posts block, a
# custom HTML block about the site, the categories list); footer#colophon.site-footer > div.site-footer-wrap (the
# site-middle-footer-wrap row with three footer-widget-area columns and the site-bottom-footer-wrap with the
# footer-html copyright line and Kadence's credit); a#kt-scroll-up; the mobile drawer (div#mobile-drawer.popup-drawer
# with nav#mobile-site-navigation) and the search drawer (div#search-drawer with its search-form); the kadenceConfig
# script, navigation.min.js, splide and kb-splide-init; and the Complianz banner (div#cmplz-cookiebanner-container >
# div.cmplz-cookiebanner with cmplz-header, cmplz-body -- cmplz-message and the cmplz-categories details --,
# cmplz-buttons and cmplz-documents links, and the cmplz-manage-consent button).
# The platform's strings (KADENCE_CORE, per language: WordPress's, Kadence's and Complianz's own language files, as
# they ship) are not checked; the sites' own strings (KADENCE_SITES: menus, widget titles and texts, tags, footer
# columns and line) are.
# --------------------------------------------------------------------------
KADENCE_CORE = {
    "en": dict(locale="en-GB", og_locale="en_GB", skip="Skip to content", primary="Primary Navigation", mobile_nav="Primary Mobile Navigation",
               view_search="View Search Form", open_menu="Open menu", close_menu="Toggle Menu Close", close_search="Close search",
               search_for="Search for:", search_ph="Search &hellip;", search_btn="Search", home="Home", by="By", breadcrumbs="Breadcrumbs",
               post_tags="Post Tags:", post_nav="Post navigation", posts="Posts", prev="Previous", next="Next", related="Similar Posts",
               leave="Leave a Comment", cancel="Cancel reply", notes="Your email address will not be published.", required="Required fields are marked",
               comment="Comment", name="Name", email="Email", website="Website",
               cookies_consent="Save my name, email, and website in this browser for the next time I comment.", post_comment="Post Comment",
               scroll="Scroll to top", child="Child menu", child_of="Child menu of", expand="Expand",
               theme_by="WordPress Theme by", recent="Recent Posts", categories="Categories",
               cmplz_title="Manage Cookie Consent",
               cmplz_msg="To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behaviour or unique IDs on this site. Not consenting or withdrawing consent, may adversely affect certain features and functions.",
               functional="Functional", always="Always active", preferences="Preferences", statistics="Statistics", marketing="Marketing",
               accept="Accept", deny="Deny", view_prefs="View preferences", save_prefs="Save preferences", manage_opts="Manage options",
               manage_consent="Manage consent", close_dialog="Close dialog", cookie_policy="Cookie Policy (UK)", privacy="Privacy Statement (UK)",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "de": dict(locale="de-DE", og_locale="de_DE", skip="Zum Inhalt springen", primary="Primäre Navigation", mobile_nav="Primäre mobile Navigation",
               view_search="Suchformular anzeigen", open_menu="Menü öffnen", close_menu="Menü umschalten Schließen", close_search="Suche schließen",
               search_for="Suche nach:", search_ph="Suchen &hellip;", search_btn="Suche", home="Startseite", by="Von", breadcrumbs="Brotkrümelnavigation",
               post_tags="Beitrags-Schlagwörter:", post_nav="Beitragsnavigation", posts="Beiträge", prev="Vorherige", next="Weiter", related="Ähnliche Beiträge",
               leave="Schreibe einen Kommentar", cancel="Antworten abbrechen", notes="Deine E-Mail-Adresse wird nicht veröffentlicht.", required="Erforderliche Felder sind mit * markiert",
               comment="Kommentar", name="Name", email="E-Mail", website="Website",
               cookies_consent="Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.", post_comment="Kommentar abschicken",
               scroll="Nach oben scrollen", child="Untermenü", child_of="Untermenü von", expand="Erweitern",
               theme_by="WordPress-Theme von", recent="Neueste Beiträge", categories="Kategorien",
               cmplz_title="Cookie-Zustimmung verwalten",
               cmplz_msg="Um dir ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies, um Geräteinformationen zu speichern und/oder darauf zuzugreifen. Wenn du diesen Technologien zustimmst, können wir Daten wie das Surfverhalten oder eindeutige IDs auf dieser Website verarbeiten. Wenn du deine Zustimmung nicht erteilst oder zurückziehst, können bestimmte Merkmale und Funktionen beeinträchtigt werden.",
               functional="Funktional", always="Immer aktiv", preferences="Vorlieben", statistics="Statistiken", marketing="Marketing",
               accept="Akzeptieren", deny="Ablehnen", view_prefs="Einstellungen ansehen", save_prefs="Einstellungen speichern", manage_opts="Optionen verwalten",
               manage_consent="Zustimmung verwalten", close_dialog="Dialog schließen", cookie_policy="Cookie-Richtlinie (EU)", privacy="Datenschutzerklärung",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
}
# the sites' own strings (checked)
KADENCE_SITES = {
    "Tarnbury Today": dict(
        host="tarnburytoday.example", palette="#1b4d3e", logo="tarnbury-today-logo",
        nav=["Tarnbury Today home", "Borough council", "Eastholme and the villages", "Tarnbury people", "Tarnbury sport", "About Tarnbury Today"],
        sub_nav=["Council meetings", "Planning in Tarnbury", "Tarnbury elections"],
        tags=["Tarnbury borough council", "Kirkgate cemetery", "council budget"],
        about_head="About Tarnbury Today",
        about="Tarnbury Today is an independent news website for the borough, set up in 2019 by two former staff of the weekly paper and funded by local advertisers and readers.",
        cats=["Borough council", "Tarnbury people", "Eastholme and the villages", "Tarnbury sport"],
        footer_cols=[("Tarnbury Today", "Independent news for Tarnbury, Eastholme, Sorrowby and Grisedale Edge."),
                     ("Talk to Tarnbury Today", ["Send us a story", "Advertise with Tarnbury Today", "Our editorial policy"]),
                     ("Tarnbury Today small print", ["Tarnbury Today privacy policy", "Tarnbury Today cookie settings", "Tarnbury Today terms of use"])],
        copyright="© 2026 Tarnbury Today"),
    "Erlengrund Online": dict(
        host="erlengrund-online.example", palette="#6b2d5c", logo="erlengrund-online-logo",
        nav=["Erlengrund Online Start", "Aus dem Gemeinderat", "Erlenbrück und Ortsteile", "Menschen im Erlengrund", "Vereine im Erlengrund", "Über Erlengrund Online"],
        sub_nav=["Sitzungsberichte", "Haushalt und Gebühren", "Bauen im Erlengrund"],
        tags=["Gemeinderat Erlenbrück", "Friedhof Kapellenstraße", "Gebührensatzung"],
        about_head="Über Erlengrund Online",
        about="Erlengrund Online ist ein unabhängiges Nachrichtenportal für Erlenbrück und seine Ortsteile, betrieben von einer freien Journalistin und einem Fotografen aus dem Ort.",
        cats=["Aus dem Gemeinderat", "Menschen im Erlengrund", "Erlenbrück und Ortsteile", "Vereine im Erlengrund"],
        footer_cols=[("Erlengrund Online", "Unabhängige Lokalnachrichten aus Erlenbrück, Oberau, Mühlgrund und Talheim."),
                     ("Kontakt zu Erlengrund Online", ["Hinweis an die Redaktion", "Anzeigen bei Erlengrund Online", "Unsere Grundsätze"]),
                     ("Rechtliches bei Erlengrund Online", ["Impressum von Erlengrund Online", "Datenschutz bei Erlengrund Online", "Cookie-Einstellungen von Erlengrund Online"])],
        copyright="© 2026 Erlengrund Online"),
}
KADENCE_EXEMPT = {"host", "palette", "logo"}  # (a domain, a colour and a file name)
SVG_SEARCH = '<svg class="kadence-svg-icon kadence-search-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="26" height="28" viewBox="0 0 26 28"><title>Search</title><path d="M18 13c0-3.859-3.141-7-7-7s-7 3.141-7 7 3.141 7 7 7 7-3.141 7-7zM26 26c0 1.094-0.906 2-2 2-0.531 0-1.047-0.219-1.406-0.594l-5.359-5.344c-1.828 1.266-4.016 1.937-6.234 1.937-6.078 0-11-4.922-11-11s4.922-11 11-11 11 4.922 11 11c0 2.219-0.672 4.406-1.937 6.234l5.359 5.359c0.359 0.359 0.578 0.875 0.578 1.406z"></path></svg>'
SVG_MENU = '<svg aria-hidden="true" class="kadence-svg-icon kadence-menu-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>Toggle Menu</title><path d="M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1zM3 7h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1zM3 19h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1z"></path></svg>'
SVG_CLOSE = '<svg aria-hidden="true" class="kadence-svg-icon kadence-close-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>Toggle Menu Close</title><path d="M5.293 6.707l5.293 5.293-5.293 5.293c-0.391 0.391-0.391 1.024 0 1.414s1.024 0.391 1.414 0l5.293-5.293 5.293 5.293c0.391 0.391 1.024 0.391 1.414 0s0.391-1.024 0-1.414l-5.293-5.293 5.293-5.293c0.391-0.391 0.391-1.024 0-1.414s-1.024-0.391-1.414 0l-5.293 5.293-5.293-5.293c-0.391-0.391-1.024-0.391-1.414 0s-0.391 1.024 0 1.414z"></path></svg>'
SVG_ARROW = '<svg class="kadence-svg-icon kadence-arrow-left-alt-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="29" height="28" viewBox="0 0 29 28"><title>Continue</title><path d="M28 12.5v3c0 0.281-0.219 0.5-0.5 0.5h-19.5v3.5c0 0.203-0.109 0.375-0.297 0.453s-0.391 0.047-0.547-0.078l-6-5.469c-0.094-0.094-0.156-0.219-0.156-0.359v0c0-0.141 0.063-0.281 0.156-0.375l6-5.531c0.156-0.141 0.359-0.172 0.547-0.094 0.172 0.078 0.297 0.25 0.297 0.453v3.5h19.5c0.281 0 0.5 0.219 0.5 0.5z"></path></svg>'


def kadence_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = KADENCE_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d. %s %d" % (d, months[m - 1], y))


def tpl_kadence(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = KADENCE_CORE[lang], KADENCE_SITES[site]
    base = "https://" + s["host"]
    pid = rng.randint(1200, 9800)
    cat = hc.slug(art["section"])
    url = "%s/%s/%s/" % (base, art["date"][:4], hc.slug(art["title"])[:70].strip("-"))
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    uid = "%d_%s" % (pid, "".join(rng.choice("0123456789abcdef") for _ in range(6)))
    parts = []
    for i in range(n + 1):
        if placed.get(i):
            parts.extend(placed[i])
        if i < n:
            kind, val = blocks[i]
            if kind == "h":
                hid = "%s-%02d" % (uid, 10 + i)
                parts.append('<h2 class="kt-adv-heading%s wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading%s">%s</h2>' % (hid, hid, E(val)))
            elif kind == "p":
                parts.append("<p>%s</p>" % mp.inline_html(val))
            elif kind == "q":
                parts.append('<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n<p>%s</p>\n</blockquote>' % mp.inline_html(val))
            else:
                parts.append('<%s class="wp-block-list">\n%s\n</%s>' % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    inner = "\n\n".join(parts)
    content = ('<div class="wp-block-kadence-rowlayout alignnone"><div class="kb-row-layout-wrap kb-row-layout-id%s alignnone wp-block-kadence-rowlayout">'
               '<div class="kt-row-column-wrap kt-has-1-columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row kt-row-valign-top">\n'
               '<div class="wp-block-kadence-column kadence-column%s"><div class="kt-inside-inner-col">\n%s\n</div></div>\n</div></div></div>\n\n'
               '<div class="wp-block-kadence-spacer aligncenter kt-block-spacer-%s"><div class="kt-block-spacer kt-block-spacer-halign-center">'
               '<hr class="kt-divider"/></div></div>') % (uid, uid + "-c1", inner, uid + "-sp")
    pub = kadence_date(lang, art["date"])
    ver = "3.%d.%d" % (rng.randint(2, 4), rng.randint(0, 12))
    theme_ver = "1.2.%d" % rng.randint(6, 14)
    img = "%s/wp-content/uploads/%s/%s/%s.jpg" % (base, art["date"][:4], art["date"][5:7], hc.slug(art["caption"])[:40].strip("-"))
    author = art["byline"]
    author_slug = hc.slug(author)
    # header menu
    navs = []
    for k, t in enumerate(s["nav"]):
        mid = 21 + k
        href = "%s/%s/" % (base, hc.slug(t)) if k else base + "/"
        if k == 1:
            subs = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="%s/category/%s/">%s</a></li>' % (
                40 + j, 40 + j, base, hc.slug(x), E(x)) for j, x in enumerate(s["sub_nav"]))
            navs.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent current-post-parent menu-item-has-children menu-item-%d">'
                        '<a href="%s"><span class="nav-drop-title-wrap">%s<span class="dropdown-nav-toggle"><span class="kadence-svg-iconset svg-baseline">'
                        '<svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-down-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>%s</title><path d="M5.293 9.707l6 6c0.391 0.391 1.024 0.391 1.414 0l6-6c0.391-0.391 0.391-1.024 0-1.414s-1.024-0.391-1.414 0l-5.293 5.293-5.293-5.293c-0.391-0.391-1.024-0.391-1.414 0s-0.391 1.024 0 1.414z"></path></svg></span></span></span></a>'
                        '<ul class="sub-menu">%s</ul></li>' % (mid, mid, href, E(t), E(c["expand"]), subs))
        else:
            navs.append('<li id="menu-item-%d" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-%d"><a href="%s">%s</a></li>' % (mid, mid, href, E(t)))
    nav = "".join(navs)
    mobile_nav = "".join('<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-%d"><a href="%s/%s">%s</a></li>' % (
        21 + k, base, hc.slug(t) + "/" if k else "", E(t)) for k, t in enumerate(s["nav"]))
    tags = "".join('<a href="%s/tag/%s/" title="%s" class="tag-link tag-item-%s" rel="tag"><span class="tag-hash">#</span>%s</a>' % (
        base, hc.slug(t), A(t), hc.slug(t), E(t)) for t in s["tags"])
    tag_classes = " ".join("tag-" + hc.slug(t) for t in s["tags"])
    related = []
    for k, h in enumerate(heads[:4]):
        rid = rng.randint(900, 9000)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        iso = "%s-%02d-%02d" % (art["date"][:4], m, d)
        rcat = s["cats"][k % len(s["cats"])]
        rurl = "%s/%s/%s/" % (base, art["date"][:4], hc.slug(h)[:60].strip("-"))
        related.append(
            '<li class="entry-list-item carousel-item splide__slide">\n<article class="entry content-bg loop-entry post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">\n'
            '<a aria-hidden="true" tabindex="-1" role="presentation" class="post-thumbnail kadence-thumbnail-ratio-2-3" aria-label="%s" href="%s"><div class="post-thumbnail-inner">'
            '<img width="768" height="512" src="%s/wp-content/uploads/%s/%02d/%s-768x512.jpg" class="attachment-medium_large size-medium_large wp-post-image" alt="" decoding="async" loading="lazy" /></div></a>\n'
            '<div class="entry-content-wrap">\n<header class="entry-header">\n<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="%s/category/%s/" rel="tag">%s</a></span></div>'
            '<h3 class="entry-title"><a href="%s" rel="bookmark">%s</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on">'
            '<time class="entry-date published" datetime="%sT08:%02d:00+00:00">%s</time></span></div></header>\n</div>\n</article>\n</li>' % (
                rid, hc.slug(rcat), A(h), rurl, base, art["date"][:4], m, hc.slug(h)[:30].strip("-"), base, hc.slug(rcat), E(rcat),
                rurl, E(h), iso, rng.randint(0, 59), E(kadence_date(lang, iso))))
    related = "\n".join(related)
    recent = "".join('<li><a class="wp-block-latest-posts__post-title" href="%s/%s/%s/">%s</a></li>' % (
        base, art["date"][:4], hc.slug(h)[:60].strip("-"), E(h)) for h in heads[4:6] + heads[:2])
    cats = "".join('<li class="cat-item cat-item-%d"><a href="%s/category/%s/">%s</a></li>' % (3 + k, base, hc.slug(x), E(x)) for k, x in enumerate(s["cats"]))
    cols = []
    for k, (head, body) in enumerate(s["footer_cols"]):
        if isinstance(body, list):
            inner_col = '<ul class="wp-block-list">%s</ul>' % "".join('<li><a href="%s/%s/">%s</a></li>' % (base, hc.slug(x), E(x)) for x in body)
        else:
            inner_col = "<p>%s</p>" % E(body)
        cols.append('<div class="site-footer-middle-section-%d site-footer-section footer-section-inner-items-1">\n<div class="footer-widget-area widget-area site-footer-focus-item footer-widget%d content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer%d">\n'
                    '<div class="footer-widget-area-inner site-info-inner">\n<section id="block-%d" class="widget widget_block"><h2 class="wp-block-heading">%s</h2>%s</section></div>\n</div>\n</div>' % (
                        k + 1, k + 1, k + 1, 20 + k, E(head), inner_col))
    footer_cols = "\n".join(cols)
    prev_h, next_h = heads[0], heads[1]
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": author, "@id": base + "/#/schema/person/" + author_slug},
         "headline": art["title"], "datePublished": art["date"] + "T07:30:00+00:00", "mainEntityOfPage": {"@id": url},
         "publisher": {"@id": base + "/#organization"}, "articleSection": [art["section"]], "inLanguage": c["locale"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": base + "/#website"},
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": c["locale"]},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/"}]}, ensure_ascii=False)
    kconfig = json.dumps({"screenReader": {"expand": c["child"], "expandOf": c["child_of"], "collapse": c["child"], "collapseOf": c["child_of"]},
                          "breakPoints": {"desktop": "1024", "tablet": 768}, "scrollOffset": "0"}, ensure_ascii=False)
    cmplz_cats = "".join(
        '<details class="cmplz-category cmplz-%s" ><summary><span class="cmplz-category-header"><span class="cmplz-category-title">%s</span>%s'
        '<span class="cmplz-icon cmplz-open"></span></span></summary></details>' % (
            key, E(c[key]), ("<span class='cmplz-always-active'><span class='cmplz-banner-checkbox'><input type=\"checkbox\" id=\"cmplz-functional-optin\" data-category=\"cmplz_functional\" class=\"cmplz-consent-checkbox cmplz-functional\" size=\"40\" value=\"1\"/><label class=\"cmplz-label\" for=\"cmplz-functional-optin\" tabindex=\"0\"><span class=\"screen-reader-text\">%s</span></label></span>%s</span>" % (E(c[key]), E(c["always"]))) if key == "functional"
            else ('<span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-%s-optin" data-category="cmplz_%s" class="cmplz-consent-checkbox cmplz-%s" size="40" value="1"/><label class="cmplz-label" for="cmplz-%s-optin" tabindex="0"><span class="screen-reader-text">%s</span></label></span>' % (key, key, key, key, E(c[key]))))
        for key in ("functional", "preferences", "statistics", "marketing"))
    return f'''<!doctype html>
<html lang="{c["locale"]}" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v22.{rng.randint(1, 9)} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["og_locale"]}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{art["date"]}T07:30:00+00:00" />
	<meta property="og:image" content="{img}" />
	<meta name="author" content="{A(author)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Comments Feed" href="{base}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}
</style>
<link rel='stylesheet' id='cmplz-general-css' href='{base}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1716{rng.randint(100000, 999999)}' media='all' />
<link rel='stylesheet' id='kadence-global-css' href='{base}/wp-content/themes/kadence/assets/css/global.min.css?ver={theme_ver}' media='all' />
<style id='kadence-global-inline-css'>
:root{{--global-palette1:{s["palette"]};--global-palette2:#215387;--global-palette3:#1A202C;--global-palette4:#2D3748;--global-palette5:#4A5568;--global-palette6:#718096;--global-palette7:#EDF2F7;--global-palette8:#F7FAFC;--global-palette9:#ffffff;--global-content-width:1290px;--global-content-narrow-width:842px;--global-content-edge-padding:1.5rem;--global-calc-content-width:calc(1290px - var(--global-content-edge-padding) - var(--global-content-edge-padding) );}}.site-container, .site-header-row-layout-contained{{max-width:var(--global-content-width);}}.entry-content-wrap{{padding:2rem;}}
</style>
<link rel='stylesheet' id='kadence-header-css' href='{base}/wp-content/themes/kadence/assets/css/header.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kadence-content-css' href='{base}/wp-content/themes/kadence/assets/css/content.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kadence-comments-css' href='{base}/wp-content/themes/kadence/assets/css/comments.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kadence-sidebar-css' href='{base}/wp-content/themes/kadence/assets/css/sidebar.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kadence-related-posts-css' href='{base}/wp-content/themes/kadence/assets/css/related-posts.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kad-splide-css' href='{base}/wp-content/themes/kadence/assets/css/kadence-splide.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kadence-footer-css' href='{base}/wp-content/themes/kadence/assets/css/footer.min.css?ver={theme_ver}' media='all' />
<link rel='stylesheet' id='kadence-blocks-rowlayout-css' href='{base}/wp-content/plugins/kadence-blocks/dist/style-blocks-rowlayout.css?ver={ver}' media='all' />
<link rel='stylesheet' id='kadence-blocks-column-css' href='{base}/wp-content/plugins/kadence-blocks/dist/style-blocks-column.css?ver={ver}' media='all' />
<link rel='stylesheet' id='kadence-blocks-advancedheading-css' href='{base}/wp-content/plugins/kadence-blocks/dist/style-blocks-advancedheading.css?ver={ver}' media='all' />
<link rel='stylesheet' id='kadence-blocks-infobox-css' href='{base}/wp-content/plugins/kadence-blocks/dist/style-blocks-infobox.css?ver={ver}' media='all' />
<link rel='stylesheet' id='kadence-blocks-spacer-css' href='{base}/wp-content/plugins/kadence-blocks/dist/style-blocks-spacer.css?ver={ver}' media='all' />
<style id='kadence-blocks-global-variables-inline-css'>
:root {{--global-kb-font-size-sm:clamp(0.8rem, 0.73rem + 0.217vw, 0.9rem);--global-kb-font-size-md:clamp(1.1rem, 0.995rem + 0.326vw, 1.25rem);--global-kb-font-size-lg:clamp(1.75rem, 1.576rem + 0.543vw, 2rem);--global-kb-spacing-xxs:0.5rem;--global-kb-spacing-xs:1rem;--global-kb-spacing-sm:1.5rem;--global-kb-spacing-md:2rem;--global-kb-spacing-lg:3rem;--global-kb-gutter-sm:1rem;--global-kb-gutter-md:2rem;--global-kb-gutter-lg:3rem;}}
</style>
<style id="kadence_blocks_css">.kb-row-layout-id{uid} > .kt-row-column-wrap{{padding-top:var(--global-kb-spacing-sm, 1.5rem);padding-bottom:var(--global-kb-spacing-sm, 1.5rem);grid-template-columns:minmax(0, 1fr);}}.kadence-column{uid}-c1 > .kt-inside-inner-col{{display:flex;flex-direction:column;}}.wp-block-kadence-advancedheading{{color:var(--global-palette3);}}</style>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel='shortlink' href='{base}/?p={pid}' />
<link rel="icon" href="{base}/wp-content/uploads/2024/02/cropped-icon-32x32.png" sizes="32x32" />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
			<a class="skip-link screen-reader-text scroll-ignore" href="#main">{E(c["skip"])}</a>
		<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
	<div id="main-header" class="site-header-wrap">
		<div class="site-header-inner-wrap">
			<div class="site-header-upper-wrap">
				<div class="site-header-upper-inner-wrap">
					<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
	<div class="site-header-row-container-inner">
				<div class="site-container">
			<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
									<div class="site-header-main-section-left site-header-section site-header-section-left">
						<div class="site-header-item site-header-focus-item" data-section="title_tagline">
	<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="{base}/" rel="home"><img width="320" height="80" src="{base}/wp-content/uploads/2024/02/{s["logo"]}.png" class="custom-logo" alt="{A(site)}" decoding="async" /></a></div></div><!-- data-section="title_tagline" -->
					</div>
																	<div class="site-header-main-section-right site-header-section site-header-section-right">
						<div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
		<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="{A(c["primary"])}">
				<div class="primary-menu-container header-menu-container">
			<ul id="primary-menu" class="menu">{nav}</ul>		</div>
	</nav><!-- #site-navigation -->
	</div><!-- data-section="primary_navigation" -->
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search">
		<div class="search-toggle-open-container">
						<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="{A(c["view_search"])}" data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus="#search-drawer .search-field"
					>
						<span class="search-toggle-icon"><span class="kadence-svg-iconset">{SVG_SEARCH}</span></span>
		</button>
	</div>
	</div><!-- data-section="header_search" -->
					</div>
							</div>
		</div>
	</div>
</div>
				</div>
			</div>
					</div>
	</div>

<div id="mobile-header" class="site-mobile-header-wrap">
	<div class="site-header-inner-wrap">
		<div class="site-header-upper-wrap">
			<div class="site-header-upper-inner-wrap">
			<div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default site-header-row-mobile-layout-default ">
	<div class="site-header-row-container-inner">
		<div class="site-container">
			<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
									<div class="site-header-main-section-left site-header-section site-header-section-left">
						<div class="site-header-item site-header-focus-item" data-section="title_tagline">
	<div class="site-branding mobile-site-branding branding-layout-standard branding-tablet-layout-inherit site-brand-logo-only branding-mobile-layout-inherit"><a class="brand has-logo-image" href="{base}/" rel="home"><img width="320" height="80" src="{base}/wp-content/uploads/2024/02/{s["logo"]}.png" class="custom-logo" alt="{A(site)}" decoding="async" /></a></div></div><!-- data-section="title_tagline" -->
					</div>
																	<div class="site-header-main-section-right site-header-section site-header-section-right">
						<div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle" data-section="kadence_customizer_mobile_trigger">
		<div class="mobile-toggle-open-container">
						<button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="{A(c["open_menu"])}" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close"
					>
						<span class="menu-toggle-icon"><span class="kadence-svg-iconset">{SVG_MENU}</span></span>
		</button>
	</div>
		</div><!-- data-section="mobile_trigger" -->
					</div>
							</div>
		</div>
	</div>
</div>
			</div>
		</div>
			</div>
</div>
</header><!-- #masthead -->

	<div id="inner-wrap" class="wrap hfeed kt-clear">
		<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
						<div class="content-wrap">
					<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind alignwide kadence-thumbnail-ratio-2-3">
				<div class="post-thumbnail-inner">
					<img width="1200" height="800" src="{img}" class="post-top-featured wp-post-image" alt="{A(art["caption"])}" decoding="async" fetchpriority="high" />				</div>
			</div><!-- .post-thumbnail -->
			<article id="post-{pid}" class="entry content-bg single-entry post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat} {tag_classes}">
	<div class="entry-content-wrap">
		<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
	<nav id="kadence-breadcrumbs" aria-label="{A(c["breadcrumbs"])}"  class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="{base}/" itemprop="url" class="kadence-bc-home" ><span>{E(c["home"])}</span></a></span> <span class="bc-delimiter">/</span> <span><a href="{base}/category/{cat}/" itemprop="url" ><span>{E(art["section"])}</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">{E(art["title"])}</span></div></nav>		<div class="entry-taxonomies">
			<span class="category-links term-links category-style-normal">
				<a href="{base}/category/{cat}/" rel="tag">{E(art["section"])}</a>			</span>
		</div><!-- .entry-taxonomies -->
		<h1 class="entry-title">{E(art["title"])}</h1><div class="entry-meta entry-meta-divider-dot">
	<span class="posted-by"><span class="meta-label">{E(c["by"])}</span><span class="author vcard"><a class="url fn n" href="{base}/author/{author_slug}/">{E(author)}</a></span></span>					<span class="posted-on">
						<time class="entry-date published" datetime="{art["date"]}T07:30:00+00:00">{E(pub)}</time><time class="updated" datetime="{art["date"]}T16:{rng.randint(10, 59)}:00+00:00">{E(pub)}</time>					</span>
					</div><!-- .entry-meta -->
</header><!-- .entry-header -->

<div class="entry-content single-content">
	{content}
</div><!-- .entry-content -->
<footer class="entry-footer">
	<div class="entry-tags">
	<span class="tags-links">
		<span class="tags-label screen-reader-text">
			{E(c["post_tags"])}		</span>
		{tags}	</span>
</div><!-- .entry-tags -->
</footer><!-- .entry-footer -->
	</div>
</article><!-- #post-{pid} -->


	<nav class="navigation post-navigation" aria-label="{A(c["posts"])}">
		<h2 class="screen-reader-text">{E(c["post_nav"])}</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{base}/{art["date"][:4]}/{hc.slug(prev_h)[:60].strip("-")}/" rel="prev"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline">{SVG_ARROW}</span>{E(c["prev"])}</small></div>{E(prev_h)}</a></div><div class="nav-next"><a href="{base}/{art["date"][:4]}/{hc.slug(next_h)[:60].strip("-")}/" rel="next"><div class="post-navigation-sub"><small>{E(c["next"])}<span class="kadence-svg-iconset svg-baseline">{SVG_ARROW.replace("arrow-left-alt", "arrow-right-alt")}</span></small></div>{E(next_h)}</a></div></div>
	</nav>
		<div class="entry-related alignfull entry-related-style-wide">
			<div class="entry-related-inner content-container site-container">
				<div class="entry-related-inner-content alignwide">
					<h2 class="entry-related-title">{E(c["related"])}</h2>					<div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="{A(c["next"])}" data-slider-slide-label="{A(c["posts"])}" data-slider-prev-label="{A(c["prev"])}">
						<div class="splide__track">
							<ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
{related}
							</ul>
						</div>
					</div>
				</div>
			</div>
		</div>
		<div id="comments" class="comments-area">
		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["leave"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{E(c["notes"])}</span> <span class="required-field-message">{E(c["required"])} <span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="" cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea><label class="float-label" for="comment">{E(c["comment"])} <span class="required">*</span></label></p><div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="{A(c["name"])}" id="author" name="author" type="text" placeholder="" value="" size="30" maxlength="245" aria-required="true" required="required" /><label class="float-label" for="author">{E(c["name"])} <span class="required">*</span></label></p>
<p class="comment-form-email"><input aria-label="{A(c["email"])}" id="email" name="email" type="email" placeholder="" value="" size="30" maxlength="100" aria-describedby="email-notes" aria-required="true" required="required" /><label class="float-label" for="email">{E(c["email"])} <span class="required">*</span></label></p>
<p class="comment-form-url"><input aria-label="{A(c["website"])}" id="url" name="url" type="url" placeholder="" value="" size="30" maxlength="200" /><label class="float-label" for="url">{E(c["website"])}</label></p>
</div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["post_comment"])}" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div><!-- #comments -->
				</div>
					</main><!-- #main -->
		<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
	<div class="sidebar-inner-wrap">
		<section id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="{base}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1" >{E(c["search_btn"])}</label><div class="wp-block-search__inside-wrapper " ><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required /><button aria-label="{A(c["search_btn"])}" class="wp-block-search__button wp-element-button" type="submit" >{E(c["search_btn"])}</button></div></form></section><section id="block-3" class="widget widget_block"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">{E(c["recent"])}</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul></div></section><section id="block-4" class="widget widget_block"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">{E(s["about_head"])}</h2><p>{E(s["about"])}</p></div></section><section id="block-5" class="widget widget_block"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">{E(c["categories"])}</h2><ul class="wp-block-categories-list wp-block-categories">{cats}</ul></div></section>	</div>
</aside><!-- #secondary -->
			</div>
</div><!-- #primary -->
			</div><!-- #inner-wrap -->
			<footer id="colophon" class="site-footer" role="contentinfo">
	<div class="site-footer-wrap">
		<div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_middle">
	<div class="site-footer-row-container-inner">
				<div class="site-container">
			<div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-3 site-footer-row-column-layout-equal site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
{footer_cols}
							</div>
		</div>
	</div>
</div>
<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">
	<div class="site-footer-row-container-inner">
				<div class="site-container">
			<div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
									<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1">
						
<div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html">
	<div class="footer-widget-area-inner site-info-inner">
		<div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>{E(s["copyright"])} - {E(c["theme_by"])} <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p>
</div></div>	</div>
</div><!-- .site-info -->
					</div>
								</div>
		</div>
	</div>
</div>
	</div>
</footer><!-- #colophon -->

</div><!-- #wrapper -->

<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="{A(c["scroll"])}" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore scroll-up-side-right scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-up-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><title>{E(c["scroll"])}</title><path d="M5.707 12.707l5.293-5.293v11.586c0 0.552 0.448 1 1 1s1-0.448 1-1v-11.586l5.293 5.293c0.391 0.391 1.024 0.391 1.414 0s0.391-1.024 0-1.414l-7-7c-0.092-0.092-0.202-0.166-0.324-0.217s-0.253-0.076-0.383-0.076c-0.256 0-0.512 0.098-0.707 0.293l-7 7c-0.391 0.391-0.391 1.024 0 1.414s1.024 0.391 1.414 0z"></path></svg></span></a>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right" data-drawer-target-string="#mobile-drawer"
			>
		<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div>
		<div class="drawer-inner">
						<div class="drawer-header">
				<button class="menu-toggle-close drawer-toggle" aria-label="{A(c["close_menu"])}"  data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-open"
							>
					<span class="toggle-close-bar"></span>
					<span class="toggle-close-bar"></span>
				</button>
			</div>
			<div class="drawer-content mobile-drawer-content content-align-left content-valign-top">
								<div class="site-header-item site-header-focus-item site-header-item-mobile-navigation mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation">
		<nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false" role="navigation" aria-label="{A(c["mobile_nav"])}">
				<div class="mobile-menu-container drawer-menu-container">
			<ul id="mobile-menu" class="menu has-collapse-sub-nav">{mobile_nav}</ul>		</div>
	</nav><!-- #site-navigation -->
	</div><!-- data-section="mobile_navigation" -->
							</div>
		</div>
	</div>
			<div id="search-drawer" aria-modal="true" role="dialog" aria-label="{A(c["search_btn"])}" class="popup-drawer popup-drawer-layout-fullwidth" data-drawer-target-string="#search-drawer"
			>
			<div class="drawer-overlay" data-drawer-target-string="#search-drawer"></div>
			<div class="drawer-inner">
				<div class="drawer-header">
					<button class="search-toggle-close drawer-toggle" aria-label="{A(c["close_search"])}"  data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus=".search-toggle-open"
							>
						<span class="kadence-svg-iconset">{SVG_CLOSE}</span>					</button>
				</div>
				<div class="drawer-content">
					<form role="search" method="get" class="search-form" action="{base}/">
				<label>
					<span class="screen-reader-text">{E(c["search_for"])}</span>
					<input type="search" class="search-field" placeholder="{c["search_ph"]}" value="" name="s" />
				</label>
				<input type="submit" class="search-submit" value="{A(c["search_btn"])}" />
			<div class="kadence-search-icon-wrap"><span class="kadence-svg-iconset">{SVG_SEARCH}</span></div></form>				</div>
			</div>
		</div>
		
<!-- Consent Management powered by Complianz | GDPR/CCPA Cookie Consent https://wordpress.org/plugins/complianz-gdpr -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header">
		<div class="cmplz-logo"></div>
		<div class="cmplz-title" id="cmplz-header-1-optin">{E(c["cmplz_title"])}</div>
		<div class="cmplz-close" tabindex="0" role="button" aria-label="{A(c["close_dialog"])}">
			<svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="times" class="svg-inline--fa fa-times fa-w-11" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 352 512"><path fill="currentColor" d="M242.72 256l100.07-100.07c12.28-12.28 12.28-32.19 0-44.48l-22.24-22.24c-12.28-12.28-32.19-12.28-44.48 0L176 189.28 75.93 89.21c-12.28-12.28-32.19-12.28-44.48 0L9.21 111.45c-12.28 12.28-12.28 32.19 0 44.48L109.28 256 9.21 356.07c-12.28 12.28-12.28 32.19 0 44.48l22.24 22.24c12.28 12.28 32.2 12.28 44.48 0L176 322.72l100.07 100.07c12.28 12.28 32.2 12.28 44.48 0l22.24-22.24c12.28-12.28 12.28-32.19 0-44.48L242.72 256z"></path></svg>
		</div>
	</div>

	<div class="cmplz-divider cmplz-divider-header"></div>
	<div class="cmplz-body">
		<div class="cmplz-message" id="cmplz-message-1-optin">{E(c["cmplz_msg"])}</div>
		<!-- categories start -->
		<div class="cmplz-categories">
			{cmplz_cats}
		</div><!-- categories end -->
			</div>

	<div class="cmplz-links cmplz-information">
		<a class="cmplz-link cmplz-manage-options cookie-statement" href="#" data-relative_url="#cmplz-manage-consent-container">{E(c["manage_opts"])}</a>
	</div>

	<div class="cmplz-divider cmplz-footer"></div>

	<div class="cmplz-buttons">
		<button class="cmplz-btn cmplz-accept">{E(c["accept"])}</button>
		<button class="cmplz-btn cmplz-deny">{E(c["deny"])}</button>
		<button class="cmplz-btn cmplz-view-preferences">{E(c["view_prefs"])}</button>
		<button class="cmplz-btn cmplz-save-preferences">{E(c["save_prefs"])}</button>
		<a class="cmplz-btn cmplz-manage-options tcf cookie-statement" href="#" data-relative_url="#cmplz-manage-consent-container">{E(c["manage_opts"])}</a>
	</div>

	<div class="cmplz-links cmplz-documents">
		<ul>
			<li><a class="cmplz-link cookie-statement" href="{base}/cookie-policy/" data-relative_url="">{E(c["cookie_policy"])}</a></li>
			<li><a class="cmplz-link privacy-statement" href="{base}/privacy/" data-relative_url="">{E(c["privacy"])}</a></li>
		</ul>
	</div>

</div>
</div>
					<div id="cmplz-manage-consent" data-nosnippet="true"><button class="cmplz-btn cmplz-hidden cmplz-manage-consent manage-consent-1">{E(c["manage_consent"])}</button>

</div><script id="kadence-navigation-js-extra">
var kadenceConfig = {kconfig};
</script>
<script src="{base}/wp-content/themes/kadence/assets/js/navigation.min.js?ver={theme_ver}" id="kadence-navigation-js" async></script>
<script src="{base}/wp-content/themes/kadence/assets/js/splide.min.js?ver={theme_ver}" id="kad-splide-js" async></script>
<script src="{base}/wp-content/themes/kadence/assets/js/splide-init.min.js?ver={theme_ver}" id="kadence-slide-init-js" async></script>
<script src="{base}/wp-includes/js/comment-reply.min.js?ver=6.5.5" id="comment-reply-js" async data-wp-strategy="async"></script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {{"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"{rng.randint(20, 90)}","version":"7.0.{rng.randint(1, 9)}","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"{"uk" if lang == "en" else "eu"}","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"{base}\\/wp-json\\/complianz\\/v1\\/","locale":"lang={lang}&locale={c["og_locale"]}","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"{rng.randint(10, 40)}","cookie_path":"\\/","categories":{{"statistics":"statistics","marketing":"marketing"}},"tcf_active":"","placeholdertext":"","css_file":"{base}\\/wp-content\\/uploads\\/complianz\\/css\\/banner-{{banner_id}}-{{type}}.css","page_links":[],"tm_categories":"","forceEnableStats":"","preview":"","clean_cookies":"","aria_label":""}};
</script>
<script defer src="{base}/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1716{rng.randint(100000, 999999)}" id="cmplz-cookiebanner-js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"kadence": []}  # (the featured image sits above the article, outside entry-content; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "burialfees", "taxiranks", "voterregistration"]
NEW_FAMILIES = ["burialfees", "taxiranks", "voterregistration"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"burialfees": ["burialfees", "burial fees", "burial and cremation fees", "cremation fees", "bereavement-services fees",
                                   "bereavement services fees", "cemetery fees"],
                    "taxiranks": ["taxiranks", "taxi rank", "taxi-rank", "taxi stand", "taxi ranks"],
                    "voterregistration": ["voterregistration", "voter registration panel", "voter-registration panel",
                                          "electoral registration", "postal vote dates"]}
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
    "cookie": ['<div class="council-clip-gate"><p class="council-clip-gate__txt">%s</p><button class="council-clip-gate__allow" type="button">Allow</button></div>',
               '<p class="streetplan-consent-tb">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="tonight-at-six"><p class="tonight-at-six__txt">%s</p><a class="tonight-at-six__go" href="/newsletters/tonight">&#8594;</a></div>',
                   '<p class="third-free-story-tb">%s</p>', '<h5 class="tonight-six-hd">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="pass-round-links">{items}</ul>', '<div class="send-to-them-tb">%s</div>', '<p><a href="#send">%s</a></p>'],
    "photo": ['<p class="picture-desk-tb">%s</p>', '<span class="reader-snapped-tb">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="say-so-line-tb">%s</p>', '<div class="reproduction-note-tb"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="borough-desk-tag">%s</p>', '<h6 class="todays-section-tb">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="dinkus-row-tb">%s</p>', '<div class="asterism-break-tb">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="newsroom-credit-tb">%s</p>', '<div class="reporter-added-tb">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-repeat-tb"><strong>%s</strong></p>', '<h2 class="hed-dup-tb">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-break-tb">%s</div>', '<p class="whole-borough-advert-tb">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-tb"><a href="#rest">%s</a></p>', '<div class="expand-report-tb">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="had-their-say-tb"><a href="#comments">%s</a></p>', '<div class="add-yours-tb">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="takes-minutes-tb">%s</p>', '<span class="min-read-chip-tb">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-edited-tb"><time>%s</time></p>', '<div class="updated-with-comment-tb">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="hear-story-tb"><button class="hear-story-tb__btn" aria-label="Listen"></button><span class="hear-story-tb__lbl">%s</span></div>',
              '<p class="rather-listen-tb"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="put-right-box-tb"><p>%s</p></aside>', '<p class="correction-line-tb"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="borough-app-bar"><p class="borough-app-bar__txt">%s</p><a class="borough-app-bar__get" href="/app">&#8681;</a></div>',
            '<p class="open-in-app-tb">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="choir-reporter-box"><p class="choir-reporter-box__txt">%s</p></div>', '<p class="everything-by-tb"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="seen-something-tb"><p class="seen-something-tb__txt">%s</p></div>', '<p class="text-the-newsroom-tb">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spotted-typo-tb"><p>%s</p></div>', '<p class="select-ctrl-enter-tb">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="ping-optin-tb"><p class="ping-optin-tb__q">%s</p></div>', '<p class="tarn-ping-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="save-story-tools-tb">{items}</ul>', '<p class="print-ready-tb"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="needed-it-tb"><p class="needed-it-tb__q">%s</p></div>', '<p class="helped-line-tb">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-note-tb"><p>%s</p></div>', '<p class="complain-here-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-tb"><span class="filed-under-tb__txt">%s</span></div>', '<p class="more-on-topic-tb">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-for-later-tb"><a class="keep-for-later-tb__a" href="#saved">%s</a></div>',
                 '<p class="later-list-tb"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="have-your-say-tb"><p class="have-your-say-tb__q">%s</p><button class="have-your-say-tb__vote" type="button">&#10003;</button></div>',
             '<h6 class="vote-now-tb">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/T{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/T{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-tb"><a class="yt-lite-tb__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="flick-gallery-tb"><a class="flick-gallery-tb__a" href="#gallery">%s</a></div>',
                '<p class="all-photos-tb">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-tb"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-tb__links">%s</p></div>',
            '<figure class="map-still-tb"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="diary-add-tb">{items}</ul>', '<p class="week-before-tb"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="diary-chip-tb"><span class="diary-chip-tb__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-scores-tb"><a class="weekend-scores-tb__a" href="/sport/scores">%s</a></div>',
               '<ul class="borough-sport-tabs">{items}</ul>', '<div><a href="/sport/scores"><b>%s</b></a></div>'],
    # the three families new in this part ({feelist}: the bereavement-services fees, resident / non-resident, as a
    # list; {feerows}: the same as a table; {feedl}: the same as a definition list; {ranklist}: the taxi ranks with
    # their hours and licensed operators as a list; {rankrows}: the same as a table; {rankdl}: the same as a
    # definition list; {votelist}: the register-to-vote steps and dates as a list; {voterows}: the same as a table;
    # {votedl}: the same as a definition list)
    "burialfees": ['<div class="bereavement-fees-panel"><h4 class="bereavement-fees-panel__hd">%s</h4><ul class="bereavement-fees-panel__list">{feelist}</ul></div>',
                   '<div class="cemetery-charges-tbl"><p class="cemetery-charges-tbl__hd"><strong>%s</strong></p><table class="cemetery-charges-tbl__grid">{feerows}</table></div>',
                   '<p class="all-fees-link"><a href="/bereavement-services/fees">%s</a></p>',
                   '<div class="memorial-permit-card"><h5 class="memorial-permit-card__hd">%s</h5><dl class="memorial-permit-card__dl">{feedl}</dl></div>'],
    "taxiranks": ['<div class="taxi-rank-finder"><h4 class="taxi-rank-finder__hd">%s</h4><ul class="taxi-rank-finder__list">{ranklist}</ul></div>',
                  '<div class="ranks-hours-tbl"><p class="ranks-hours-tbl__hd"><b>%s</b></p><table class="ranks-hours-tbl__grid">{rankrows}</table></div>',
                  '<p class="nearest-rank-link"><a class="nearest-rank-link__btn" role="button" href="/licensing/taxi-ranks">%s</a></p>',
                  '<div class="licensed-cabs-card"><h5 class="licensed-cabs-card__hd">%s</h5><dl class="licensed-cabs-card__dl">{rankdl}</dl></div>'],
    "voterregistration": ['<div class="register-vote-panel"><h4 class="register-vote-panel__hd">%s</h4><ul class="register-vote-panel__list">{votelist}</ul></div>',
                          '<div class="poll-dates-tbl"><p class="poll-dates-tbl__hd"><strong>%s</strong></p><table class="poll-dates-tbl__grid">{voterows}</table></div>',
                          '<p class="register-online-link"><a href="/elections/register">%s</a></p>',
                          '<div class="postal-proxy-strip"><p class="postal-proxy-strip__hd"><strong>%s</strong></p><dl class="postal-proxy-strip__dl">{votedl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/tonight"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "burialfees": (0.7, [' <a href="/bereavement-services/fees"><b>%s</b></a>']),
          "taxiranks": (0.7, ['<br><a class="button" href="/licensing/taxi-ranks"><strong>%s</strong></a>']),
          "voterregistration": (0.7, [' <a href="/elections/register"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# all-fees link, the nearest-rank button and the register-online link, not the lists, tables or cards)
INLINE_WORDING = {"newsletter": 0, "burialfees": 2, "taxiranks": 2, "voterregistration": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inbody-picture-tb"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="making-news-rel-tb"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="earlier-borough-tb"><p class="earlier-borough-tb__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (BURIAL_HEAD, TAXI_HEAD, VOTE_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    fees = "".join('<li><strong>%s:</strong> %s / %s</li>' % (esc(k), esc(a), esc(b)) for k, a, b in BURIAL_FEES[lang])
    ranks = "".join('<li><b>%s</b> — %s · %s</li>' % (esc(r), esc(h), esc(o)) for r, h, o in TAXI_RANKS[lang])
    votes = "".join('<li><strong>%s</strong>: %s</li>' % (esc(k), esc(v)) for k, v in VOTE_DATES[lang])
    hr, hn = BURIAL_HEAD[lang][1], BURIAL_HEAD[lang][2]
    return (style.replace("{feelist}", fees)
            .replace("{feerows}", table(BURIAL_HEAD[lang], BURIAL_FEES[lang]))
            .replace("{feedl}", dl([(k, "%s: %s · %s: %s" % (hr, a, hn, b)) for k, a, b in BURIAL_FEES[lang]]))
            .replace("{ranklist}", ranks)
            .replace("{rankrows}", table(TAXI_HEAD[lang], TAXI_RANKS[lang]))
            .replace("{rankdl}", dl([(r, "%s · %s" % (h, o)) for r, h, o in TAXI_RANKS[lang]]))
            .replace("{votelist}", votes)
            .replace("{voterows}", table(VOTE_HEAD[lang], VOTE_DATES[lang]))
            .replace("{votedl}", dl(VOTE_DATES[lang])))


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
               "scores": rng.choice([0, mid, n]), "burialfees": rng.choice([mid, n, n]),
               "taxiranks": rng.choice([0, mid, n]), "voterregistration": rng.choice([mid, n])}.get(fam, mid)
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"), "kadence": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>"),
       # a Kadence Blocks info box (no icon, text only) around the paragraph
       "kadence": ("wrap", '<div class="wp-block-kadence-infobox kt-info-box_box01-ad"><div class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-top kt-info-halign-left"><div class="kt-infobox-textcontent">\n', "\n</div></div></div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "kadence": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "kadence": ("<em>", "</em>")}
# a highlight (the block editor's Highlight format on kadence, the rich editor's <mark> on quintype)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"),
             "kadence": ('<mark style="background-color:#fff3a8" class="has-inline-color">', "</mark>")}


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
# templates: kadence is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"kadence": tpl_kadence, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h82), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "kadence"


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
            rng = random.Random("newsflow-heldout83-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI83[lang]
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
    # layouts: kadence (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the kadence pages: a site of KADENCE_SITES in a language of KADENCE_CORE; of the looks only those the block
    # editor and Kadence Blocks set (bold, italic, a highlight, a line break, a drop cap, an info box); no story tables
    # and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in KADENCE_SITES or a["lang"] not in KADENCE_CORE
                                       or any(st not in ("bold", "italic", "highlight", "br", "dropcap", "box") for st, _ in a.get("look", []))):
            problems.append("%s: kadence page needs a Kadence site and the block editor's looks only" % a["id"])
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
    kadence_sites = [{k: v for k, v in d.items() if k not in KADENCE_EXEMPT} for d in KADENCE_SITES.values()]
    # (KADENCE_CORE, BURIAL_HEAD, TAXI_HEAD and VOTE_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("KADENCE_SITES", kadence_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "KADENCE_SITES" and s.startswith("/")):
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





