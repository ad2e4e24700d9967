#!/usr/bin/env python3
"""Seventy-eighth held-out part (h78-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout78.py           # write pages/h78-*.html
    python benchmarks/data/extraction/make_heldout78.py --check   # verify pages/h78-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout78.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout77.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h78_en.py / articles_h78_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: stargazing / dark-sky forecast widgets on stories about dark skies, stargazing evenings
and street lights dimmed for the stars -- the coming nights as a list with their cloud cover, moon and best viewing
hours, the same as a table, the "get the forecast for your village" link, the best viewing hours per night as a
definition list card --, rail replacement bus panels on stories about a line closed for engineering work -- the
closure's periods as a list with the stops the buses call at and the trains affected, the same as a table, the
"plan your journey during the closure" button, the stops per period as a definition list card --, and council hedge
and verge cutting schedule notices on stories about verge cutting, the hedge-cutting season or a commune's or a
provincial council's mowing of its roadsides -- the roads, weeks and contractors as a list, the same as a table, the
"report an overgrown hedge or verge" link, the cutting dates per road as a definition list strip --), their wrapper
class names, related headlines, site names, the sites' own strings in the earlier layouts and the first-round
furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..76, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an
earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h75
and h76 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every
name and number is fictional.  The tables' heads (SKY_HEAD, RAIL_HEAD, HEDGE_HEAD) are the web teams' generic
strings and not checked; the rows themselves (SKY_NIGHTS, RAIL_BUSES, HEDGE_ROUNDS) are new.  (make_heldout44.py
has a sun-and-sky widget -- sunrise, sunset, day length, UV index -- on astronomy and outdoor-evening stories; the
dark-sky forecast here is a different widget: cloud cover, moon and the best hours for seeing stars.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): dark-sky forecasts on an English reservoir's
bid to become a dark sky place (the English new-layout page: the nights as a list), a German village dimming its
street lights at night for its Volkssternwarte (the table), a French village switching off all its lamps for the
Nuit des étoiles (the forecast link) and a Spanish village's new star-viewing point (the viewing-hours card); rail
replacement panels on an English branch line closed for a bridge replacement (the list), a Turkish regional line
closed for track renewal (the table), a German RB line closed for six weeks (the German new-layout page: the
journey-planner button) and Russian suburban trains replaced by buses while a river bridge is rebuilt (the stops
card); hedge and verge cutting notices on an English county council leaving verges uncut until September (the
list), the English hedge-cutting season opening with a warning about late nests (the table), a French commune's own
notice of its roadside mowing calendar (a commune on TYPO3: the report link) and a Spanish provincial council
delaying its roadside clearing for pollinators (the cutting-dates strip).  Earlier families that need a reason in
the story are placed the same way (a calendar on a town's first lantern parade, a map on a cinema reopened by a
cooperative, a gallery on an open-air pool saved by its friends' association); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": a Russian village's
uCoz site -- a small site --, a French commune's own page on TYPO3 -- no newspaper furniture --, an independent
neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, cards, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans,
buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the forecast link, the journey-planner button, the overgrown-hedge link;
only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at random; no
story of this part asks for one).  On the new layout, residue the editor pasted sits between the post's blocks in
the Bricks post-content element, as Custom HTML blocks print it (no wrapper of their own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, set in the block editor on the English new-layout page, and on wordpress, magazine, sanity and
gutenberg), italics (a one-line quote on the English new-layout page, on semantic and medium), bold (a one-line
paragraph on the German new-layout page, on nextjs and on medium), a highlighted sentence (the block editor's
Highlight format, a <mark> with an inline style, on both new-layout pages; a <mark> on quintype), a paragraph in a
box (a Gutenberg group, the magazine's panel), a fact box holding a subheading and its list (a Fusion custom embed:
a reopened cinema in figures), a Ghost callout card (what residents with hedges on the road must do), a paragraph
typed after a <br> (Shift+Enter, on both new-layout pages, and on chunks, hugo and amp); story structures that look
like furniture but are the story: question-and-answer interviews (questions typed in bold, some of two or three
words -- "Köpekler?", "Et le paiement ?", "А самый смешной?", "Why did you take the job?" --, in English, Turkish, French and Russian: a lollipop man after 32 years, a village postman after 30, a
laundrette owner after 30, a ferryman after 40), lists inside the story (the stops of the replacement buses, what a
ferry's appeal paid for, what volunteers did to an old school, what riverside residents are asked to do during the
mowing, a cinema in figures, what a village did to its bathhouse), crossheads as headings and as bold paragraphs,
one-line quotes and short one-line paragraphs ("“You can read a newspaper by the Milky Way up here.”", "The keys
were handed over on Thursday.", "The water was 17 degrees.", "Fahrräder
werden nicht mitgenommen.", "Im Dezember soll alles fertig sein.", "Elle ne prend pas la carte.",
"No hay ni una farola en tres kilómetros.", "Меньше людей — больше машин."), a closing line with practical
information (stargazing evenings, season tickets on the buses, wallpaper-stripping volunteers, the riverside path
closed to cyclists, a swimming club's Wednesday evenings, a library's opening days, an observatory's Fridays, an
open-air pool's hours, the commune's technical office, the Diputación's telephone, guided observations, a cinema's
prices, a bathhouse's Saturdays), and story sentences that mention furniture words in ordinary reporting ("Share
certificates went out to 612 people" opening a story, "The club newsletter called it" opening another, "Suivez les
lampes rouges" opening a third, "anyone interested ... can contact the club secretary" and "take a photo and note the
place" closing stories, "Fotos vom Eröffnungstag hat der Verein an der Kasse ausgehängt", "Gracias a Maruja
Quintanar", "Спасибо всем, кто помогал"), some at the start or end of the story where furniture usually sits.
Two pages carry no residue at all (an English and a Russian interview) and one only its correction line (an English
community pub).
One page layout is new (bricks: a single post on a WordPress site built with the Bricks Builder theme, on two pages,
an English and a German one -- a small independent valley news site and a local online paper): the post URL
(/<slug>/) and WordPress upload paths (/wp-content/uploads/<year>/<month>/<name>-<w>x<h>.jpg) with srcset; the head as
WordPress and Bricks print it (charset, viewport, "<headline> &#8211; <site>" as the title, the robots meta, the
feed links, the wp-img-auto-sizes / wp-emoji / classic-theme inline styles, Complianz's cookieblocker.min.css,
Bricks' frontend.min.css, the child theme's style.css, the font-awesome-6-brands and ionicons stylesheets, the
bricks-frontend-inline-inline-css block with the element rules keyed by #brxe-<id>, the REST API, JSON, EditURI,
generator, canonical and shortlink links, the cmplz-hidden style and Bricks' own og metas); body with WordPress's
post classes and brx-body bricks-is-frontend; the two skip links; header#brx-header (a brxe-section and
brxe-container, the brxe-logo link with the bricks-site-logo image, the brxe-nav-menu with bricks-nav-menu-wrapper,
the bricks-nav-menu list of menu-item ... bricks-menu-item items, a parent item with brx-submenu-toggle and its
sub-menu, the bricks-mobile-menu-toggle button with its three bars, the bricks-mobile-menu-wrapper with the same
list and the bricks-mobile-menu-overlay, a brxe-search form); main#brx-content with the single-post template: a
brxe-section / brxe-container / brxe-block column, ul.brxe-post-taxonomy.category, h1.brxe-post-title,
div.brxe-post-meta.post-meta (author, time, comments link), the featured image as figure.brxe-image with its
bricks-image-caption, the brxe-post-content element holding the post's blocks (p, h2.wp-block-heading,
ul.wp-block-list, blockquote.wp-block-quote, a figure.wp-block-image with its wp-element-caption in the middle of
the story -- this layout's own residue in the container --, the editor's Custom HTML residue between blocks), then
ul.brxe-post-taxonomy.post_tag, ul.brxe-post-sharing (Facebook, X, WhatsApp, email), the brxe-post-author box (avatar,
name, bio), nav.brxe-post-navigation (previous / next post), a brxe-heading and the brxe-related-posts element
(bricks-layout-wrapper with repeater-item entries), brxe-post-comments with WordPress's #respond comment form; the
sidebar column (a brxe-block with brxe-heading, a query loop of recent posts as brxe-block items with brxe-text-link
and brxe-text-basic, a brxe-heading and two brxe-text-basic boxes about the site and how to reach it);
footer#brx-footer (a brxe-section with the site's brxe-text-basic line, a brxe-nav-menu of footer links and the
copyright); the Complianz banner (#cmplz-cookiebanner-container with .cmplz-cookiebanner, its header and close
button, the message, the functional / statistics / marketing categories with "always active", the accept, deny,
view-preferences and save-preferences buttons and the manage-options link, the cookie policy and privacy statement
links) and #cmplz-manage-consent; the bricksData script block, bricks.min.js, the complianz configuration block and
complianz.min.js.  The platform's strings (BRICKS_CORE, per language: WordPress's, Bricks' and Complianz's own
translations) are left as they ship and not checked; the sites' own strings (BRICKS_SITES: navigation, sidebar
headings and texts, the related heading, the author bio, footer line, footer links and tags) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h75 or h76 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, nextjs, quintype and chunks; Turkish on wordpress, drupal and gutenberg; German on
semantic and sanity; French on typo3, storybody and medium; Spanish on ghost, hugo and fusion; Russian on table, ucoz
and amp); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
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
from articles_h78_en import ARTICLES as H78_EN  # noqa: E402
from articles_h78_intl import ARTICLES as H78_INTL  # noqa: E402



ARTICLES = H78_EN + H78_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76)
# parts whose layouts' languages this part avoids (the two before it; h77 is written at the same time)
LANG_PARTS = (mp75, mp76)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h78"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wend Valley Argus", "Hindle Packet", "Brinsop and Upper Vale Times", "Wendvale Observer",
           "Copthorne Cross Weekly", "Nettlecombe Courant", "Lydiatt and Green Street Herald", "The Hindle Lantern"],
    "tr": ["Sarıçay Ovası Gazetesi", "Yenice Haber Postası", "Kumluca Bucak Haberleri"],
    "de": ["Haselauer Landbote", "Mühlbacher Anzeiger"],
    "fr": ["L'Écho de Saint-Lizier"],
    "es": ["El Heraldo de Benialí y la Rápita", "Diario de Benialí", "La Gaceta de Valdecuervos"],
    "ru": ["Сосновский курьер", "Малиновские ведомости"],
}
# sites fixed per page (the two Bricks sites, a French commune's own site on TYPO3, a Russian village's site on uCoz,
# an independent neighbourhood publication on Medium) are given in the stories' "site" field



# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h76 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Vale river-level camera needs video cookies switched on before it will play", "Switch on map cookies to open this plan of the Vale"],
        "tr": ["Ova nehir seviyesi kamerası, video çerezlerini açmadan oynamıyor", "Bu ova planını açmak için harita çerezlerini etkinleştirin"],
        "de": ["Die Pegelkamera im Tal startet erst, wenn Sie Video-Cookies einschalten", "Schalten Sie Karten-Cookies ein, um diesen Talplan zu öffnen"],
        "fr": ["La caméra du niveau de la rivière de la vallée attend vos cookies vidéo pour démarrer", "Activez les cookies cartographiques pour ouvrir ce plan de la vallée"],
        "es": ["La cámara del nivel del río de la vega no arranca sin las cookies de vídeo", "Activa las cookies de mapas para abrir este plano de la vega"],
        "ru": ["Камера уровня реки в долине заработает только после включения видео-cookie", "Включите картографические cookie, чтобы открыть этот план долины"],
    },
    "newsletter": {
        "en": ["Vale at Six: the evening round-up from every village by the river, straight to your inbox", "You have reached this month's limit of free Vale stories: sign in free to keep reading", "No owner, no shareholders: a small monthly gift keeps {site} reporting from the Vale"],
        "tr": ["Ovada Saat Altı: nehir boyundaki her köyden akşam özeti, doğrudan gelen kutunuza", "Bu ayın ücretsiz ova haberi sınırına ulaştınız: okumaya devam etmek için ücretsiz giriş yapın", "Sahibi yok, hissedarı yok: aylık küçük bir bağış {site} muhabirlerini ovada tutuyor"],
        "de": ["Das Tal um sechs: die Abendübersicht aus jedem Dorf am Fluss, direkt in Ihr Postfach", "Sie haben die Grenze der freien Tal-Artikel für diesen Monat erreicht: kostenlos anmelden und weiterlesen", "Kein Eigentümer, keine Aktionäre: eine kleine Monatsspende hält {site} im Tal unterwegs"],
        "fr": ["La Vallée à 18 heures : le récapitulatif du soir de chaque village au bord de la rivière, dans votre boîte", "Vous avez atteint la limite d'articles gratuits de la vallée ce mois-ci : connectez-vous gratuitement pour continuer", "Ni propriétaire ni actionnaires : un petit don mensuel permet à {site} de continuer à couvrir la vallée"],
        "es": ["La Vega a las seis: el resumen de la tarde de cada pueblo del río, directo a tu correo", "Has llegado al límite de noticias gratis de la vega este mes: entra gratis para seguir leyendo", "Sin dueño ni accionistas: una pequeña aportación al mes mantiene a {site} contando la vega"],
        "ru": ["«Долина в шесть»: вечерняя сводка из каждого села у реки прямо в вашу почту", "Вы исчерпали лимит бесплатных материалов о долине в этом месяце: войдите бесплатно, чтобы читать дальше", "Ни владельца, ни акционеров: небольшое ежемесячное пожертвование позволяет «{site}» работать в долине"],
    },
    "share": {
        "en": ["Send it up and down the Vale: Facebook · WhatsApp · Threads · Email", "Think the allotment committee should read this? Forward it to them ›"],
        "tr": ["Ovanın dört yanına gönderin: Facebook · WhatsApp · Threads · E-posta", "Bostan komitesinin bunu okuması mı gerekiyor? Onlara iletin ›"],
        "de": ["Im ganzen Tal weitersagen: Facebook · WhatsApp · Threads · E-Mail", "Sollte der Kleingartenverein das lesen? An den Vorstand weiterleiten ›"],
        "fr": ["À faire circuler dans toute la vallée : Facebook · WhatsApp · Threads · Courriel", "Le comité des jardins familiaux devrait lire ça ? Transférez-le-lui ›"],
        "es": ["Que corra por toda la vega: Facebook · WhatsApp · Threads · Correo", "¿Debería leerlo la junta de los huertos? Mándaselo a la junta ›"],
        "ru": ["Разошлите по всей долине: ВКонтакте · Telegram · Одноклассники · Почта", "Правлению садового товарищества стоит это прочитать? Перешлите правлению ›"],
    },
    "photo": {
        "en": ["Picture: handed in at the Vale photo counter", "Taken by one of our Vale readers, used with thanks"],
        "tr": ["Fotoğraf: ova fotoğraf bankosuna teslim edildi", "Ovadaki okurlarımızdan biri çekti, teşekkürlerimizle"],
        "de": ["Foto: am Bilderschalter im Tal eingereicht", "Aufgenommen von einem unserer Leser im Tal, mit Dank verwendet"],
        "fr": ["Photo : remise au guichet photo de la vallée", "Prise par un de nos lecteurs de la vallée, avec nos remerciements"],
        "es": ["Foto: entregada en el mostrador fotográfico de la vega", "La tomó uno de nuestros lectores de la vega, con nuestro agradecimiento"],
        "ru": ["Фото сдано в фотоокно долины", "Снял один из наших читателей в долине, публикуем с благодарностью"],
    },
    "copyright": {
        "en": ["© {site} 2026 — no part of this Vale report may be copied or republished without our licensing desk's written say-so."],
        "tr": ["© {site} 2026 — bu ova haberinin hiçbir bölümü lisans masamızın yazılı onayı olmadan kopyalanamaz ya da yeniden yayımlanamaz."],
        "de": ["© {site} 2026 — kein Teil dieses Berichts aus dem Tal darf ohne schriftliche Freigabe unserer Lizenzabteilung kopiert oder neu veröffentlicht werden."],
        "fr": ["© {site} 2026 — aucune partie de cet article de la vallée ne peut être copiée ou republiée sans l'accord écrit de notre service des licences."],
        "es": ["© {site} 2026 — ninguna parte de esta información de la vega puede copiarse ni republicarse sin el visto bueno por escrito de nuestro departamento de licencias."],
        "ru": ["© «{site}», 2026 — никакую часть этого материала о долине нельзя копировать или перепечатывать без письменного согласия нашего отдела лицензий."],
    },
    "section": {
        "en": ["Fresh from the Vale: {section}", "Browse all our {section} reporting from the Vale ›"],
        "tr": ["Ovadan taze: {section}", "Ovadan bütün {section} haberlerimize göz atın ›"],
        "de": ["Frisch aus dem Tal: {section}", "Alle unsere Berichte zu {section} aus dem Tal ›"],
        "fr": ["Tout juste sorti de la vallée de la Wend : {section}", "Parcourez tous nos articles {section} de la vallée ›"],
        "es": ["Recién llegado de la vega: {section}", "Repasa toda nuestra información de {section} en la vega ›"],
        "ru": ["Только что из долины Ольшанки: {section}", "Все наши материалы рубрики «{section}» из долины ›"],
    },
    "related": {
        "en": ["Elsewhere in the Vale today", "Our Vale reporters also wrote"],
        "tr": ["Bugün ovanın başka yerlerinde", "Ova muhabirlerimiz bunları da yazdı"],
        "de": ["Heute sonst im Tal", "Das haben unsere Reporter im Tal auch geschrieben"],
        "fr": ["Ailleurs dans la vallée aujourd'hui", "Nos reporters de la vallée ont aussi écrit"],
        "es": ["Hoy en otros rincones de la vega", "Nuestros reporteros de la vega también han escrito"],
        "ru": ["Сегодня в других уголках долины", "Наши корреспонденты в долине также написали"],
    },
    "symbol": {
        "*": ["✦ ∙ ✦ ∙ ✦", "~ ◦ ~ ◦ ~ ◦ ~", "⟡ · ⟡ · ⟡ · ⟡", "— ▪ — ▪ —"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} river desk", "Our Vale village correspondent contributed to this story"],
        "tr": ["Habere {site} nehir masası ek katkı sağladı", "Ova köy muhabirimiz bu habere katkıda bulundu"],
        "de": ["Zusätzliche Recherche: Flussredaktion von {site}", "Unser Dorfkorrespondent im Tal hat zu diesem Artikel beigetragen"],
        "fr": ["Avec la contribution du bureau de la rivière de {site}", "Notre correspondant des villages de la vallée a contribué à cet article"],
        "es": ["Con aportaciones de la mesa del río de {site}", "Nuestro corresponsal de los pueblos de la vega ha contribuido a esta información"],
        "ru": ["При участии речного отдела «{site}»", "В подготовке материала участвовал наш корреспондент по сёлам долины"],
    },
    "ad": {
        "en": ["Advertisement · your Vale story resumes below", "Reach every household in the Vale: advertise with {site} from £9 a week"],
        "tr": ["Reklam · ova haberiniz aşağıda sürüyor", "Ovadaki her haneye ulaşın: {site} ile haftalık 250 liradan reklam verin"],
        "de": ["Anzeige · Ihr Artikel aus dem Tal geht unten weiter", "Erreichen Sie jeden Haushalt im Tal: Werbung bei {site} ab 9 € pro Woche"],
        "fr": ["Publicité · votre article de la vallée reprend plus bas", "Touchez chaque foyer de la vallée : annoncez avec {site} dès 9 € la semaine"],
        "es": ["Publicidad · tu noticia de la vega sigue más abajo", "Llega a cada casa de la vega: anúnciate en {site} desde 9 € a la semana"],
        "ru": ["Реклама · материал о долине продолжается ниже", "Достучитесь до каждого дома в долине: реклама в «{site}» от 800 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep reading this Vale report", "Show the rest of the Vale story ▾"],
        "tr": ["Bu ova haberini okumaya devam edin", "Ova haberinin devamını göster ▾"],
        "de": ["Diesen Bericht aus dem Tal weiterlesen", "Den Rest des Tal-Artikels zeigen ▾"],
        "fr": ["Continuer la lecture de cet article de la vallée", "Afficher la suite de l'article de la vallée ▾"],
        "es": ["Seguir leyendo esta noticia de la vega", "Mostrar el resto de la noticia de la vega ▾"],
        "ru": ["Продолжить чтение материала о долине", "Показать материал о долине полностью ▾"],
    },
    "comments": {
        "en": ["{n} comments from Vale readers", "Join the {n} Vale readers in the comments ›"],
        "tr": ["Ova okurlarından {n} yorum", "Yorumlardaki {n} ova okuruna katılın ›"],
        "de": ["{n} Kommentare von Lesern aus dem Tal", "Mischen Sie sich unter die {n} Kommentare aus dem Tal ›"],
        "fr": ["{n} commentaires de lecteurs de la vallée", "Rejoignez les {n} lecteurs de la vallée dans les commentaires ›"],
        "es": ["{n} comentarios de lectores de la vega", "Únete a los {n} lectores de la vega en los comentarios ›"],
        "ru": ["{n} комментариев от читателей долины", "Присоединяйтесь к {n} читателям долины в обсуждении ›"],
    },
    "readtime": {
        "en": ["A {m}-minute Vale read", "Give this Vale report about {m} minutes"],
        "tr": ["{m} dakikalık bir ova okuması", "Bu ova haberi yaklaşık {m} dakikanızı alacak"],
        "de": ["Eine {m}-Minuten-Lektüre aus dem Tal", "Nehmen Sie sich dafür etwa {m} Minuten"],
        "fr": ["Une lecture de la vallée de {m} minutes", "Prévoyez environ {m} minutes pour celui-ci"],
        "es": ["Una lectura de la vega de {m} minutos", "Resérvate unos {m} minutos para esta"],
        "ru": ["Чтение о долине на {m} минуты", "Отведите на этот материал около {m} минут"],
    },
    "updated": {
        "en": ["Revised by the Vale desk on {d} at {t}", "This version: {d}, {t}, with the latest from the district council"],
        "tr": ["Ova masası tarafından {d}, saat {t} itibarıyla gözden geçirildi", "Bu sürüm: {d}, {t}, ilçe belediyesinden son bilgilerle"],
        "de": ["Überarbeitet von der Talredaktion am {d} um {t} Uhr", "Diese Fassung: {d}, {t} Uhr, mit dem Neuesten aus dem Landratsamt"],
        "fr": ["Revu par le bureau de la vallée le {d} à {t}", "Cette version : {d}, {t}, avec les dernières informations de la communauté de communes"],
        "es": ["Revisado por la mesa de la vega el {d} a las {t}", "Esta versión: {d}, {t}, con lo último de la comarca"],
        "ru": ["Отредактировано отделом долины {d} в {t}", "Эта версия: {d}, {t}, с последними данными районной администрации"],
    },
    "audio": {
        "en": ["▷ Play this Vale report ({m} mins)", "Listening in the car? Around {m} minutes, read by our Vale team"],
        "tr": ["▷ Bu ova haberini oynatın ({m} dk)", "Dinlemek daha mı kolay? Ova ekibimizin sesinden yaklaşık {m} dakika"],
        "de": ["▷ Diesen Tal-Bericht abspielen ({m} Min.)", "Unterwegs im Auto? Rund {m} Minuten zum Hören, gelesen von unserem Team im Tal"],
        "fr": ["▷ Lancer cet article de la vallée ({m} min)", "Plutôt à l'oreille ? Environ {m} minutes, lues par notre équipe de la vallée"],
        "es": ["▷ Reproducir esta noticia de la vega ({m} min)", "¿Mejor a oídas? Unos {m} minutos, leídos por nuestro equipo de la vega"],
        "ru": ["▷ Включить материал о долине ({m} мин)", "Едете в машине? Около {m} минут в исполнении нашей команды в долине"],
    },
    "app": {
        "en": ["Vale alerts the moment they happen: download the {site} app", "Carry on reading in the Vale app ›"],
        "tr": ["Ova uyarıları anında: {site} uygulamasını indirin", "Ova uygulamasında okumaya devam edin ›"],
        "de": ["Meldungen aus dem Tal sofort aufs Handy: die App von {site} laden", "Im Wendtal-App-Modus weiterlesen ›"],
        "fr": ["Les alertes de la vallée en direct : téléchargez l'appli {site}", "Poursuivre la lecture dans l'appli de la vallée ›"],
        "es": ["Los avisos de la vega al momento: descarga la app de {site}", "Sigue leyendo en la app de la vega ›"],
        "ru": ["Новости долины в ту же минуту: скачайте приложение «{site}»", "Продолжить чтение в приложении долины ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} from the Vale newsroom and rows on the river at weekends.", "More Vale reporting by {by} ›"],
        "tr": ["{by}, {site} için ova haber merkezinden {section} haberlerini takip ediyor ve hafta sonları nehirde kürek çekiyor.", "{by} imzalı daha fazla ova haberi ›"],
        "de": ["{by} schreibt für {site} aus der Talredaktion über {section} und rudert am Wochenende auf dem Fluss.", "Mehr Berichte aus dem Tal von {by} ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis la rédaction de la vallée et fait de l'aviron sur la rivière le week-end.", "Plus d'articles de la vallée par {by} ›"],
        "es": ["{by} cubre {section} para {site} desde la redacción de la vega y rema en el río los fines de semana.", "Más información de la vega firmada por {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из редакции долины, а по выходным гребёт на реке.", "Больше материалов о долине от {by} ›"],
    },
    "tip": {
        "en": ["Something happening in the Vale? Tell us at news@vale-desk.example", "Call or message the Vale desk on 07700 900 582"],
        "tr": ["Ovada bir şey mi oluyor? haber@ova-masasi.example adresinden bize bildirin", "Ova masasını arayın ya da mesaj atın: 0 (532) 900 58 20"],
        "de": ["Im Tal passiert etwas? Schreiben Sie uns an hinweis@tal-redaktion.example", "Anruf oder Nachricht an die Talredaktion: 0151 900 58 20"],
        "fr": ["Il se passe quelque chose dans la vallée ? Dites-le-nous à infos@vallee-redac.example", "Appelez ou écrivez au bureau de la vallée : 06 00 90 58 20"],
        "es": ["¿Pasa algo en la vega? Cuéntanoslo en avisos@vega-redaccion.example", "Llama o escribe a la mesa de la vega: 600 900 582"],
        "ru": ["Что-то происходит в долине? Напишите нам на novosti@dolina-redakciya.example", "Звоните или пишите в отдел долины: +7 900 000-58-20"],
    },
    "typo": {
        "en": ["Found a mistake in this Vale story? Select the words and hit Ctrl+Enter to let us know"],
        "tr": ["Bu ova haberinde bir hata mı buldunuz? Kelimeleri seçin ve bize bildirmek için Ctrl+Enter'a basın"],
        "de": ["Einen Fehler in diesem Tal-Artikel gefunden? Wörter markieren und Strg+Enter drücken, um uns Bescheid zu geben"],
        "fr": ["Une faute dans cet article de la vallée ? Sélectionnez les mots et tapez Ctrl+Entrée pour nous prévenir"],
        "es": ["¿Has encontrado un fallo en esta noticia de la vega? Marca esas palabras y pulsa Ctrl+Intro para que lo corrijamos"],
        "ru": ["Нашли ошибку в материале о долине? Выделите эти слова и нажмите Ctrl+Enter, и мы её исправим"],
    },
    "push": {
        "en": ["Want a nudge when the Vale has breaking news? Nudge me · Not for now"],
        "tr": ["Ovada son dakika olduğunda bildirim ister misiniz? Bildirim gönderin · Şimdilik hayır"],
        "de": ["Möchten Sie einen Hinweis, wenn es im Tal Eilmeldungen gibt? Hinweise an · Jetzt nicht, danke"],
        "fr": ["Un signal quand la vallée a une info urgente ? Me signaler · Pas pour l'instant, merci"],
        "es": ["¿Quieres un aviso cuando haya última hora en la vega? Avisos activados · Ahora no, gracias"],
        "ru": ["Присылать уведомление, когда в долине срочные новости? Присылайте · Пока не надо"],
    },
    "print": {
        "en": ["Keep a copy: Print · Download PDF · Send by email", "Printer-friendly Vale edition ›"],
        "tr": ["Bir kopyasını saklayın: Yazdır · PDF indir · E-postayla gönder", "Yazıcı dostu ova baskısı ›"],
        "de": ["Eine Kopie behalten: Drucken · PDF herunterladen · Per E-Mail schicken", "Druckfreundliche Tal-Ausgabe ›"],
        "fr": ["Garder une copie : Imprimer · Télécharger le PDF · Envoyer par courriel", "Édition de la vallée adaptée à l'impression ›"],
        "es": ["Guarda una copia: Imprimir · Descargar PDF · Enviar por correo", "Edición de la vega para imprimir ›"],
        "ru": ["Сохраните копию: Печать · Скачать PDF · Отправить письмом", "Версия долины для принтера ›"],
    },
    "feedback": {
        "en": ["Was this Vale report useful to you? Very · A little · Not at all"],
        "tr": ["Bu ova haberi işinize yaradı mı? Çok yaradı · Biraz yaradı · Hiç yaramadı"],
        "de": ["War dieser Bericht aus dem Tal nützlich für Sie? Sehr · Ein wenig · Gar nicht"],
        "fr": ["Cet article de la vallée vous a-t-il servi ? Beaucoup · Un peu · Pas du tout"],
        "es": ["¿Te ha sido útil esta noticia de la vega? Mucho · Un poco · Nada"],
        "ru": ["Был ли вам полезен этот материал о долине? Очень пригодился · Немного · Совсем не пригодился"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code in every Vale edition. Complaints about this report go to standards@vale-desk.example."],
        "tr": ["{site}, bütün ova baskılarında gazetecilik ilkelerine uyar. Bu haberle ilgili şikâyetler ilkeler@ova-masasi.example adresine."],
        "de": ["{site} hält sich in allen Tal-Ausgaben an den Pressekodex. Beschwerden zu diesem Bericht an kodex@tal-redaktion.example."],
        "fr": ["{site} applique la charte de déontologie dans toutes ses éditions de la vallée. Les réclamations sur cet article vont à deontologie@vallee-redac.example."],
        "es": ["{site} sigue el código deontológico en todas sus ediciones de la vega. Las quejas sobre esta información, a etica@vega-redaccion.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики во всех выпусках долины. Жалобы на этот материал — на etika@dolina-redakciya.example."],
    },
    "topics": {
        "en": ["Topics: {section} · The Vale · River villages", "Follow {section} in the Vale ›"],
        "tr": ["Konular: {section} · Ova · Nehir köyleri", "Ovada {section} konusunu takip edin ›"],
        "de": ["Themen: {section} · Das Tal · Dörfer am Fluss", "{section} im Tal folgen ›"],
        "fr": ["Thèmes : {section} · La Vallée · Villages de la rivière", "Suivre {section} dans la vallée ›"],
        "es": ["Temas: {section} · La Vega · Pueblos del río", "Sigue {section} en la vega ›"],
        "ru": ["Темы: {section} · Долина · Сёла у реки", "Подписаться на тему «{section}» в долине Ольшанки ›"],
    },
    "bookmark": {
        "en": ["☆ Pin this to your Vale reading list"],
        "tr": ["☆ Bunu ova okuma listenize iğneleyin"],
        "de": ["☆ Auf Ihre Tal-Leseliste setzen"],
        "fr": ["☆ Épingler à votre liste de lecture de la vallée"],
        "es": ["☆ Fíjalo en tu lista de lectura de la vega"],
        "ru": ["☆ Закрепить в списке чтения долины"],
    },
    "poll": {
        "en": ["Quick vote: should the rest of the Vale follow suit? Yes, copy it · No, leave it · Undecided", "See how the Vale voted once you have had your say"],
        "tr": ["Hızlı oylama: ovanın geri kalanı da aynısını yapmalı mı? Evet, yapsınlar · Hayır, gerek yok · Kararsızım", "Oyunuzu verdikten sonra ovanın nasıl oy verdiğini görün"],
        "de": ["Kurz abgestimmt: Sollte das ganze Tal nachziehen? Ja, nachmachen · Nein, lieber nicht · Unentschieden", "Nach Ihrer Stimme sehen Sie, wie das Tal abgestimmt hat"],
        "fr": ["Vote express : le reste de la vallée doit-il suivre ? Oui, qu'il imite · Non, inutile · Indécis", "Découvrez le vote de la vallée après avoir donné votre avis"],
        "es": ["Votación rápida: ¿debería hacer lo mismo el resto de la vega? Sí, que lo copien · No hace falta · Indeciso", "Verás cómo ha votado la vega cuando des tu opinión"],
        "ru": ["Быстрый опрос: стоит ли остальной долине последовать примеру? Да, пусть повторят · Нет, не нужно · Пока не решил", "Результаты по долине появятся после вашего ответа"],
    },
    "embed": {
        "en": ["View this post by {handle} from the Vale on Instagram", "Filmed in the Vale by {handle}: play on YouTube"],
        "tr": ["{handle} kullanıcısının ovadan paylaştığı bu gönderiyi Instagram'da görün", "{handle} ovada çekti: YouTube'da oynatın"],
        "de": ["Diesen Beitrag von {handle} aus dem Tal auf Instagram ansehen", "Im Tal gefilmt von {handle}: auf YouTube abspielen"],
        "fr": ["Voir cette publication de {handle} dans la vallée sur Instagram", "Filmé dans la vallée par {handle} : lire sur YouTube"],
        "es": ["Ver esta publicación de {handle} en la vega en Instagram", "Grabado en la vega por {handle}: reproducir en YouTube"],
        "ru": ["Посмотреть публикацию {handle} из долины в Instagram", "Снято в долине пользователем {handle}: смотреть на YouTube"],
    },
    "gallery": {
        "en": ["🖼 {g} pictures from the evening", "Browse the whole set of {g} photos ›"],
        "tr": ["🖼 Akşamdan {g} kare", "{g} fotoğrafın tamamına bakın ›"],
        "de": ["🖼 {g} Bilder aus dem Wendtal", "Die ganze Serie mit {g} Fotos ansehen ›"],
        "fr": ["🖼 {g} images prises dans la vallée", "Parcourir la série complète de {g} photos ›"],
        "es": ["🖼 {g} imágenes de la velada", "Ver la serie completa de {g} fotos ›"],
        "ru": ["🖼 {g} кадров из долины Ольшанки", "Смотреть всю серию из {g} фотографий ›"],
    },
    "map": {
        "en": ["View the Vale map full screen", "Get there: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Ova haritasını tam ekran görün", "Nasıl gidilir: Google Haritalar · Apple Haritalar · Yandex Navigasyon"],
        "de": ["Talkarte im Vollbild ansehen", "So kommen Sie hin: Google Maps · Apple Karten · OsmAnd"],
        "fr": ["Voir la carte de la vallée en plein écran", "Y aller : Google Maps · Plans · Géoportail"],
        "es": ["Ver el mapa de la vega a pantalla completa", "Cómo llegar: Google Maps · Mapas de Apple · Iberpix"],
        "ru": ["Открыть карту долины на весь экран", "Как добраться: Яндекс Карты · 2ГИС · OsmAnd"],
    },
    "calendar": {
        "en": ["Pop it in your Vale calendar: Google · Outlook · Apple Calendar", "Remind me the evening before the Vale event ›"],
        "tr": ["Ova takviminize ekleyin: Google · Outlook · Apple Takvim", "Ova etkinliğinden önceki akşam hatırlat ›"],
        "de": ["In den Tal-Kalender eintragen: Google · Outlook · Apple Kalender", "Am Abend vor dem Termin im Tal erinnern ›"],
        "fr": ["Noter dans l'agenda de la vallée : Google · Outlook · Calendrier Apple", "Me le rappeler la veille au soir ›"],
        "es": ["Apúntalo en tu agenda de la vega: Google · Outlook · Calendario de Apple", "Avísame la tarde antes de la cita en la vega ›"],
        "ru": ["Добавить в календарь долины: Google · Outlook · Календарь Apple", "Напомнить вечером накануне события в долине ›"],
    },
    "scores": {
        "en": ["Every result from the Vale leagues this weekend ›", "Results hub: Fixtures · Results · Tables · Top scorers"],
        "tr": ["Bu hafta sonu ova liglerinin bütün sonuçları ›", "Sonuç merkezi: Fikstür · Sonuçlar · Tablolar · Gol krallığı"],
        "de": ["Alle Ergebnisse der Tal-Ligen an diesem Wochenende ›", "Ergebnisdienst: Spielplan · Resultate · Tabellen · Torjäger"],
        "fr": ["Tous les résultats des ligues de la vallée ce week-end ›", "Espace résultats : Calendrier · Résultats · Classements · Meilleurs buteurs"],
        "es": ["Todos los resultados de las ligas de la vega este fin de semana ›", "Resultados de la vega: Jornadas · Marcadores · Tablas · Pichichis"],
        "ru": ["Все результаты лиг долины в эти выходные ›", "Центр результатов: Календарь · Итоги · Таблицы · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This Vale story has been amended since it was first published."],
        "tr": ["Bu ova haberi ilk yayımlandığından bu yana düzeltildi."],
        "de": ["Dieser Artikel aus dem Tal wurde seit der ersten Veröffentlichung geändert."],
        "fr": ["Cet article de la vallée a été modifié depuis sa première publication."],
        "es": ["Esta noticia de la vega se ha modificado desde su primera publicación."],
        "ru": ["Этот материал о долине изменён после первой публикации."],
    },
    # the three families new in this part
    "darkskies": {
        "en": ["Stargazing forecast for tonight", "Dark-sky outlook: cloud, moon and seeing, night by night", "Get the stargazing forecast for your village ›", "Best viewing hours this week"],
        "tr": ["Bu gece için gökyüzü gözlem tahmini", "Karanlık gökyüzü görünümü: bulut, ay ve görüş, gece gece", "Köyünüz için gözlem tahminini alın ›", "Bu hafta en iyi gözlem saatleri"],
        "de": ["Sternenhimmel-Vorhersage für heute Nacht", "Dunkelhimmel-Aussichten: Wolken, Mond und Sicht, Nacht für Nacht", "Sternguck-Vorhersage für Ihren Ort abrufen ›", "Die besten Beobachtungszeiten dieser Woche"],
        "fr": ["Prévisions d'observation du ciel pour cette nuit", "Ciel noir : nuages, lune et transparence, nuit après nuit", "Obtenir les prévisions d'observation pour votre commune ›", "Meilleures heures d'observation cette semaine"],
        "es": ["Previsión para ver estrellas esta noche", "Cielo oscuro: nubes, luna y visibilidad, noche a noche", "Consulta la previsión astronómica de tu pueblo ›", "Mejores horas de observación esta semana"],
        "ru": ["Прогноз для наблюдения звёзд на эту ночь", "Тёмное небо: облачность, луна и видимость по ночам", "Узнать астропрогноз для вашего села ›", "Лучшие часы для наблюдений на этой неделе"],
    },
    "railreplacement": {
        "en": ["Rail replacement buses", "Buses replace trains: dates, stops and affected services", "Plan your journey during the closure ›", "Where the replacement buses stop"],
        "tr": ["Tren yerine otobüs seferleri", "Trenlerin yerine otobüs: tarihler, duraklar ve etkilenen seferler", "Kapanış süresince yolculuğunuzu planlayın ›", "Aktarma otobüslerinin durduğu yerler"],
        "de": ["Schienenersatzverkehr mit Bussen", "Busse statt Bahnen: Termine, Haltestellen und betroffene Linien", "Ihre Fahrt während der Sperrung planen ›", "Hier halten die Ersatzbusse"],
        "fr": ["Cars de substitution", "Des cars remplacent les trains : dates, arrêts et trains concernés", "Préparer votre trajet pendant les travaux ›", "Où s'arrêtent les cars de remplacement"],
        "es": ["Autobuses sustitutorios del tren", "Autobuses en lugar de trenes: fechas, paradas y servicios afectados", "Planifica tu viaje durante el corte ›", "Dónde paran los autobuses de sustitución"],
        "ru": ["Автобусы вместо электричек", "Автобусы вместо поездов: даты, остановки и отменённые рейсы", "Спланировать поездку на время закрытия ›", "Где останавливаются автобусы замены"],
    },
    "hedgecutting": {
        "en": ["Hedge and verge cutting this month", "Verge cutting schedule: roads, weeks and contractors", "Report an overgrown hedge or verge ›", "Cutting dates for roads near you"],
        "tr": ["Bu ay çit ve yol kenarı biçimi", "Yol kenarı biçim takvimi: yollar, haftalar ve yükleniciler", "Taşmış bir çiti ya da yol kenarını bildirin ›", "Yakınınızdaki yollarda biçim tarihleri"],
        "de": ["Hecken- und Bankettschnitt in diesem Monat", "Mähplan für Bankette: Straßen, Wochen und Firmen", "Zugewachsene Hecke oder Bankette melden ›", "Schnitttermine an Straßen in Ihrer Nähe"],
        "fr": ["Taille des haies et fauchage ce mois-ci", "Calendrier de fauchage : routes, semaines et entreprises", "Signaler une haie ou un accotement envahi ›", "Dates de fauchage des routes près de chez vous"],
        "es": ["Poda de setos y desbroce de cunetas este mes", "Calendario de desbroce: carreteras, semanas y empresas", "Avisa de un seto o una cuneta invadidos ›", "Fechas de desbroce en las carreteras cercanas"],
        "ru": ["Стрижка кустов и покос обочин в этом месяце", "График покоса обочин: дороги, недели и подрядчики", "Сообщить о заросшей обочине или живой изгороди ›", "Даты покоса на дорогах рядом с вами"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"darkskies": [0, 1, 2, 3], "railreplacement": [0, 1, 2, 3], "hedgecutting": [0, 1, 2, 3]}
# the dark-sky forecast: night, cloud cover, moon, best hours
SKY_NIGHTS = {
    "en": [("Tonight", "cloud 10%", "waxing crescent, sets 21:40", "best 22:30–03:00"), ("Fri 13 Feb", "cloud 35%", "first quarter", "best 23:45–02:15"), ("Sat 14 Feb", "cloud 80%", "first quarter", "not worth going out")],
    "tr": [("Bu gece", "bulut %15", "hilal, 21.20'de batıyor", "en iyi 22.00–03.30"), ("Cuma, 13 Şubat", "bulut %40", "ilk dördün", "en iyi 23.30–02.00")],
    "de": [("Heute Nacht", "Bewölkung 5 %", "zunehmende Sichel, Untergang 21:55", "beste Zeit 22:45–03:10"), ("Fr., 13.03.", "Bewölkung 45 %", "erstes Viertel", "beste Zeit 00:10–02:30"), ("Sa., 14.03.", "Bewölkung 90 %", "erstes Viertel", "lohnt sich nicht")],
    "fr": [("Cette nuit", "nuages 20 %", "premier croissant, coucher 22 h 05", "idéal 23 h–3 h 30"), ("vendredi 7 août", "nuages 55 %", "premier quartier", "idéal 0 h 30–2 h")],
    "es": [("Esta noche", "nubes 0 %", "luna nueva", "mejor 22.15–04.40"), ("viernes 10 de julio", "nubes 15 %", "creciente, se pone 21.50", "mejor 22.40–04.30"), ("sábado 11 de julio", "nubes 60 %", "creciente", "regular 01.00–03.00")],
    "ru": [("Сегодня ночью", "облачность 10 %", "молодая луна, заходит в 21:30", "лучше всего 22:30–03:00"), ("пятница, 2 октября", "облачность 50 %", "первая четверть", "лучше всего 00:00–02:00")],
}
SKY_HEAD = {"en": ("Night", "Cloud", "Moon", "Viewing"), "tr": ("Gece", "Bulut", "Ay", "Gözlem"), "de": ("Nacht", "Wolken", "Mond", "Beobachtung"),
            "fr": ("Nuit", "Nuages", "Lune", "Observation"), "es": ("Noche", "Nubes", "Luna", "Observación"), "ru": ("Ночь", "Облачность", "Луна", "Наблюдения")}
# the rail replacement buses: dates, stops, services
RAIL_BUSES = {
    "en": [("Sat 17 Oct – Sun 25 Oct", "Wealdbrook station forecourt; Copthorne Cross, bus stop C; Ashby Road, outside the Co-op", "all trains Wealdbrook–Hindle Junction"), ("Sat 31 Oct – Sun 1 Nov", "Hindle Junction, Station Approach", "last two trains each evening")],
    "tr": [("5–26 Ekim", "Sarıçay Gar önü; Kumluca Köy Meydanı durağı; Ilıca Kavşağı", "bütün bölgesel trenler Sarıçay–Ilıca"), ("27 Ekim – 2 Kasım", "Ilıca Garı otobüs peronu", "sabah 06.10 ve 07.05 seferleri")],
    "de": [("14.09.–25.10.2026", "Bahnhofsvorplatz Erlenbach; Mühlweg (Haltestelle der Linie 412); Ortsmitte Haselau", "alle RB 34 zwischen Erlenbach und Kirchtal"), ("26.10.–01.11.2026", "Kirchtal Bf, Busbahnhof Steig 3", "Spätzüge nach 21 Uhr")],
    "fr": [("du 12 au 30 octobre", "gare de Saint-Lizier-du-Val, parvis ; Montferrand, arrêt Mairie", "tous les TER entre Saint-Lizier et Rochebrune"), ("les 7 et 8 novembre", "Rochebrune, gare routière", "premiers et derniers trains")],
    "es": [("del 5 al 25 de octubre", "Estación de Valdecuervos; Plaza de La Nava; Cruce de Los Molinos", "todos los regionales Valdecuervos–Arroyoseco"), ("26 y 27 de octubre", "Arroyoseco, estación de autobuses", "primer tren de la mañana")],
    "ru": [("с 3 по 24 октября", "Привокзальная площадь Сосновки; платформа 47 км, у переезда; Малиновка, остановка «Школа»", "все электрички Сосновка — Малиновка"), ("25–26 октября", "Малиновка, автостанция", "вечерние электрички после 20:00")],
}
RAIL_HEAD = {"en": ("Dates", "Bus stops", "Trains affected"), "tr": ("Tarihler", "Duraklar", "Etkilenen trenler"), "de": ("Zeitraum", "Haltestellen", "Betroffene Züge"),
             "fr": ("Dates", "Arrêts", "Trains concernés"), "es": ("Fechas", "Paradas", "Trenes afectados"), "ru": ("Даты", "Остановки", "Отменённые поезда")}
# the hedge and verge cutting rounds: roads, week, contractor
HEDGE_ROUNDS = {
    "en": [("C214 Nettlecombe to Brinsop", "week of 7 Sep", "Harwood Agricultural Services"), ("Lydiatt Lane and Green Street", "week of 14 Sep", "Harwood Agricultural Services"), ("B3470 Upper Vale", "week of 21 Sep", "Penrose & Sons")],
    "tr": [("Yenice–Karaağaç yolu", "7–11 Eylül", "Özbahçe Peyzaj"), ("Dere Mahallesi bağlantı yolu", "14–18 Eylül", "Özbahçe Peyzaj")],
    "de": [("K 27 Haselau – Erlenbach", "KW 37", "Grünpflege Brandl"), ("Feldweg am Mühlbach", "KW 38", "Bauhof der Gemeinde")],
    "fr": [("RD 112, de la Croix-Blanche au Moulin-Neuf", "semaine du 7 septembre", "entreprise Delmas Espaces Verts"), ("voies communales du hameau des Cayrols", "semaine du 14 septembre", "agents techniques de la commune"), ("chemin de la Fontaine", "semaine du 21 septembre", "entreprise Delmas Espaces Verts")],
    "es": [("CV-418, de Benialí a La Rápita", "semana del 7 de septiembre", "Desbroces Ferrer"), ("Camino del Barranc de la Font", "semana del 14 de septiembre", "brigada de la Diputación")],
    "ru": [("дорога Сосновка — Малиновка", "7–11 сентября", "ООО «Дорсервис»"), ("улица Полевая", "14–18 сентября", "МУП «Благоустройство»")],
}
HEDGE_HEAD = {"en": ("Road", "Week", "Contractor"), "tr": ("Yol", "Hafta", "Yüklenici"), "de": ("Straße", "Woche", "Firma"),
              "fr": ("Route", "Semaine", "Intervenant"), "es": ("Carretera", "Semana", "Empresa"), "ru": ("Дорога", "Неделя", "Подрядчик")}
WIDGET_ROWS = (("sky nights", SKY_NIGHTS), ("rail buses", RAIL_BUSES), ("hedge rounds", HEDGE_ROUNDS))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Runaway pig found asleep in a bus shelter", "Village pond gets its first swans in thirty years",
           "School kitchen wins county prize for its shepherd's pie", "Oldest postbox in the Vale to be repainted by hand",
           "Ferry across the Wend back after a summer of low water", "Bell found in a barn returned to the chapel it left in 1911"],
    "tr": ["Kaçan domuz otobüs durağında uyurken bulundu", "Köy göletine otuz yıl sonra ilk kez kuğu geldi",
           "Okul mutfağı çoban güveciyle il ödülünü kazandı", "Ovanın en eski posta kutusu elle boyanacak",
           "Kurak bir yazın ardından nehir salı yeniden çalışıyor", "Ahırda bulunan çan 1911'de ayrıldığı şapele döndü"],
    "de": ["Entlaufenes Schwein schläft im Bushäuschen", "Erstmals seit dreißig Jahren Schwäne auf dem Dorfteich",
           "Schulküche gewinnt Kreispreis für ihren Hirtenauflauf", "Ältester Briefkasten im Tal wird von Hand gestrichen",
           "Fähre über die Wend fährt nach dem Niedrigwassersommer wieder", "Glocke aus der Scheune kehrt in ihre Kapelle von 1911 zurück"],
    "fr": ["Un cochon fugueur retrouvé endormi sous un abribus", "Des cygnes sur la mare du village, une première en trente ans",
           "La cantine scolaire primée pour son hachis parmentier", "La plus vieille boîte aux lettres de la vallée repeinte à la main",
           "Le bac reprend après un été de basses eaux", "Une cloche retrouvée dans une grange rendue à sa chapelle de 1911"],
    "es": ["Encuentran dormido en una marquesina a un cerdo escapado", "Vuelven los cisnes a la charca del pueblo treinta años después",
           "El comedor escolar gana el premio provincial con su pastel de carne", "El buzón más antiguo de la vega, repintado a mano",
           "La barca del río vuelve tras un verano de aguas bajas", "Una campana hallada en un pajar regresa a la ermita que dejó en 1911"],
    "ru": ["Сбежавшую свинью нашли спящей на автобусной остановке", "На сельский пруд впервые за тридцать лет прилетели лебеди",
           "Школьная столовая получила областную премию за запеканку", "Старейший почтовый ящик долины перекрасят вручную",
           "Паром через реку снова ходит после маловодного лета", "Колокол из сарая вернули в часовню, откуда его увезли в 1911 году"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Il avait parcouru quatre kilomètres avant de s'arrêter pour la nuit.",
           "Un couple s'est installé en mars, et deux petits sont nés en mai.",
           "La recette vient de la grand-mère de la cuisinière, avec un peu plus de thym.",
           "Elle date de 1898 et porte encore le monogramme de la poste impériale.",
           "Le passeur a dû attendre la pluie de septembre pour remettre le bac à l'eau.",
           "Les habitants l'ont reconnue grâce à une photo de mariage de 1906."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Vale news now", "Town and parish halls", "Vale courts and crime", "Vale classrooms", "Sport along the Wend", "Days out in the Vale", "Notices for Vale residents"],
               cookie="We and our partners use cookies and similar technologies on this device to keep the site working, count visits and serve the adverts that fund reporting in the Vale. Accept them all or choose which ones to allow.",
               accept="Accept and continue to the Vale", reject="I'll pick my own settings", share="Pass this Vale story on",
               related="Read next in the Vale", newsletter="Vale Evening: the day's local news in a single email",
               subscribe="Sign up to Vale Evening", email="name@vale-evening.example",
               comment_note="Comments on Vale stories are read by a moderator before they appear. Be kind, stay on topic and remember the whole valley can see what you write.",
               closed="Comments are switched off for this Vale story.",
               footer=["Get in touch with the Vale newsroom", "Our corrections policy for the Vale", "Privacy for Vale readers", "Advertising in the Vale", "Vale community guidelines"],
               rights="All content on this website is owned by its publisher and must not be copied without permission in writing.",
               commenters=[("WendsideWendy", "Good to see this happening at last."),
                           ("Old Tom by the Weir", "Well done to everyone who mucked in.")]),
    "tr": dict(nav=["Ovadan şimdi", "Belediyeler ve muhtarlıklar", "Ovada adliye ve asayiş", "Ova sınıfları", "Nehir boyu spor", "Ovada gezilecek yerler", "Ova resmî ilanları"],
               cookie="Biz ve iş ortaklarımız, sitenin çalışması, ziyaretlerin sayılması ve ovadaki habercilği finanse eden reklamların gösterilmesi için bu cihazda çerezler ve benzeri teknolojiler kullanıyoruz. Hepsini kabul edin ya da hangilerine izin vereceğinizi seçin.",
               accept="Kabul et ve ovaya devam et", reject="Ayarları kendim seçeceğim", share="Bu ova haberini iletin",
               related="Ovada sıradaki okuma", newsletter="Ova Akşamı: günün yerel haberleri tek bir e-postada",
               subscribe="Ova Akşamı'na kaydolun", email="isim@ova-aksami.example",
               comment_note="Ova haberlerine yapılan yorumlar yayımlanmadan önce bir moderatör tarafından okunur. Nazik olun, konudan sapmayın ve bütün vadinin yazdıklarınızı görebileceğini unutmayın.",
               closed="Bu ova haberinde yorumlar kapalı.",
               footer=["Ova haber merkeziyle iletişime geçin", "Ovadaki düzeltme politikamız", "Ova okurları için gizlilik", "Ovada reklam", "Ova topluluk kuralları"],
               rights="Bu sitedeki bütün içerik yayıncısına aittir ve yazılı izin olmadan kopyalanamaz.",
               commenters=[("Nehirboyu_Sevim", "Sonunda bunun olduğunu görmek güzel."),
                           ("Bentli Hasan Amca", "Bu işe omuz veren herkese ovadan selam olsun.")]),
    "de": dict(nav=["Jetzt im Tal", "Rathäuser und Ortsräte", "Gerichte und Polizei im Tal", "Klassenzimmer im Tal", "Sport an der Wend", "Ausflugsziele an der Wend", "Bekanntmachungen im Tal"],
               cookie="Wir und unsere Partner nutzen auf diesem Gerät Cookies und ähnliche Technologien, damit die Seite funktioniert, Besuche gezählt werden und die Werbung erscheint, die unsere Berichte aus dem Tal finanziert. Alle annehmen oder selbst auswählen.",
               accept="Annehmen und weiter ins Tal", reject="Einstellungen selbst festlegen", share="Diesen Tal-Artikel weitergeben",
               related="Als Nächstes im Tal lesen", newsletter="Tal am Abend: die Nachrichten des Tages aus der Region in einer Mail",
               subscribe="Tal am Abend abonnieren", email="name@tal-am-abend.example",
               comment_note="Kommentare zu Artikeln aus dem Tal liest eine Moderatorin, bevor sie erscheinen. Seien Sie freundlich, bleiben Sie beim Thema und denken Sie daran, dass das ganze Tal mitliest.",
               closed="Die Kommentare zu diesem Tal-Artikel sind abgeschaltet.",
               footer=["Schreiben Sie der Wendtal-Redaktion", "Unsere Korrekturregeln im Tal", "Datenschutz für Leser im Tal", "Werben im Tal", "Gemeinschaftsregeln im Tal"],
               rights="Alle Inhalte dieser Website gehören dem Verlag und dürfen ohne schriftliche Erlaubnis nicht kopiert werden.",
               commenters=[("Wendufer_Gisela", "Schön, dass das endlich passiert."),
                           ("Der alte Toni vom Wehr", "Danke an alle, die mit angepackt haben.")]),
    "fr": dict(nav=["La vallée en direct", "Mairies et communautés de communes", "Justice et faits divers de la vallée", "Les classes de la vallée", "Le sport de la vallée", "Balades au fil de la Wend", "Avis officiels de la vallée"],
               cookie="Nos partenaires et nous utilisons des cookies et technologies similaires sur cet appareil pour faire fonctionner le site, compter les visites et afficher les publicités qui financent nos reportages dans la vallée. Acceptez-les tous ou choisissez ceux que vous autorisez.",
               accept="Accepter et continuer vers la vallée", reject="Je règle mes préférences", share="Transmettre cet article de la vallée",
               related="La suite au fil de la Wend", newsletter="Le Soir de la vallée : l'actualité locale du jour en un seul courriel",
               subscribe="S'inscrire au Soir de la vallée", email="vous@le-soir-de-la-wend.example",
               comment_note="Les commentaires des articles de la vallée sont lus par un modérateur avant d'apparaître. Soyez aimable, restez dans le sujet et n'oubliez pas que toute la vallée peut vous lire.",
               closed="Les commentaires sont désactivés pour cet article de la vallée.",
               footer=["Écrire au bureau de la Wend", "Notre politique de correction dans la vallée", "Confidentialité des lecteurs de la vallée", "Publicité dans la vallée", "Règles de la communauté de la vallée"],
               rights="Tout le contenu de ce site appartient à son éditeur et ne peut être copié sans autorisation écrite.",
               commenters=[("Ginette_du_Pont", "Content de voir ça enfin arriver."),
                           ("Le vieux Firmin du barrage", "Bravo à tous ceux qui ont mis la main à la pâte.")]),
    "es": dict(nav=["La vega ahora", "Ayuntamientos y pedanías", "Sucesos y juzgados de la vega", "Las aulas de la vega", "Deporte de la vega", "Escapadas por la vega", "Anuncios oficiales de la vega"],
               cookie="Nosotros y nuestros socios usamos cookies y tecnologías parecidas en este dispositivo para que la web funcione, contar las visitas y mostrar los anuncios que pagan nuestras noticias de la vega. Puedes aceptarlas todas o decidir tú cuáles se quedan.",
               accept="Aceptar y seguir en la vega", reject="Decido yo qué cookies", share="Pasa esta noticia de la vega",
               related="Para leer después en la vega", newsletter="La Vega de noche: las noticias locales del día en un solo correo",
               subscribe="Apúntate a La Vega de noche", email="nombre@vega-de-noche.example",
               comment_note="Un moderador lee los comentarios de las noticias de la vega antes de que aparezcan. Sé amable, cíñete al tema y recuerda que toda la vega puede leerte.",
               closed="Los comentarios están desactivados en esta noticia de la vega.",
               footer=["Contacta con la redacción de la vega", "Nuestra política de rectificaciones en la vega", "Privacidad de los lectores de la vega", "Anúnciate en la vega del Benialí", "Normas de la comunidad de la vega"],
               rights="Todo el contenido de esta web pertenece a su editor y no puede copiarse sin permiso por escrito.",
               commenters=[("Reme_de_la_Acequia", "Qué alegría ver esto por fin."),
                           ("El tío Andrés del molino", "Enhorabuena a todos los que arrimaron el hombro.")]),
    "ru": dict(nav=["Долина сейчас", "Администрации и сельсоветы", "Происшествия и суды долины", "Школы долины", "Спорт долины", "Куда съездить в долине", "Официальные объявления долины"],
               cookie="Мы и наши партнёры используем cookie и похожие технологии на этом устройстве, чтобы сайт работал, чтобы считать посещения и показывать рекламу, которая оплачивает наши репортажи из долины. Можно принять все или самому отметить нужные.",
               accept="Принять и перейти в долину", reject="Отмечу нужные сам", share="Передать материал о долине",
               related="Читать дальше о долине", newsletter="«Вечер в долине»: местные новости дня одним письмом",
               subscribe="Получать «Вечер в долине» каждый день", email="vy@vecher-nad-olshankoy.example",
               comment_note="Комментарии к материалам о долине читает модератор перед публикацией. Будьте доброжелательны, не уходите от темы и помните, что вас читает вся долина.",
               closed="Комментарии к этому материалу о долине отключены.",
               footer=["Письмо в редакцию долины Ольшанки", "Как мы исправляем ошибки в долине", "Конфиденциальность для читателей долины", "Реклама в долине", "Правила сообщества долины"],
               rights="Всё содержимое этого сайта принадлежит издателю и не может копироваться без письменного разрешения.",
               commenters=[("Prirechnaya_Valya", "Хорошо, что наконец-то это случилось."),
                           ("Дед Матвей с плотины", "Спасибо всем, кто помогал.")]),
}
UI78 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM UP AND DOWN THE WEND:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes the Saturday features for {site}, on {section} and the river villages. Ideas and old photographs to saturday@wendvale-observer.example"},
    (mp4, "READMORE"): {"es": "MÁS DE LA VEGA DEL ARROYOSECO:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Hindle Packet")},
    (mp6, "TYPO3"): {"fr": dict(ext="Carte : les routes fauchées cette semaine (OpenStreetMap)",
                                note="Une carte des routes concernées par le fauchage est intégrée ici. Elle ne s'affiche qu'après votre accord, car elle est chargée depuis OpenStreetMap, qui reçoit alors votre adresse IP.",
                                button="Accepter et afficher la carte du fauchage", by="Avis publié par la", search="Rechercher sur la-bastide-des-cayrols.example",
                                lang_menu="La Bastide-des-Cayrols en français facile")},
    (mp7, "SANITY"): {"de": dict(nl_title="Haselau am Sonntag", nl_text="Jeden Sonntagmorgen: was in Haselau, am Mühlbach und in den Nachbardörfern los war, in einer Mail.",
                                 nl_button="Haselau am Sonntag bestellen", nl_placeholder="Ihre Adresse für Haselau am Sonntag")},
    (mp11, "HUGO"): {"es": dict(nl_title="La Carta de Valdecuervos", nl_text="Cada jueves por la tarde: lo que ha pasado en Valdecuervos y sus pedanías, en un solo correo.",
                                nl_label="Tu correo para La Carta de Valdecuervos", nl_button="Quiero La Carta de Valdecuervos")},
    (mp13, "PUB_NAV"): {"fr": ["Nouveau rue des Tanneurs", "Les visages du quartier Saint-Cyprien", "Échoppes et ateliers", "Soutenir La Gazette des Tanneurs"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Сайт деревни Верхние Ольшаны и её жителей",
                                menu=["Главная Верхних Ольшан", "Новости Ольшан", "Баня и клуб", "Праздники в Ольшанах", "Фото Ольшан", "Письмо старосте Ольшан"],
                                cats=["Новости Ольшан", "Баня и клуб", "Объявления для ольшанцев"],
                                friends=["Ольшанская начальная школа", "Церковь Николая Чудотворца в Ольшанах", "Рыболовный клуб «Ольшанка»"],
                                footer="Верхние Ольшаны в сети © 2026 · сайт ведёт староста деревни с помощью соседей",
                                poster="starosta_olshany", tags=["общественная баня", "субботник в Ольшанах"],
                                commenters=[("Галина Степановна", "Первый пар — лучший, спасибо мужикам!"),
                                            ("Olshany_Vitya", "В субботу приду с вениками на всех.")],
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
# the new layout: a single post on a WordPress site built with the Bricks Builder theme, as Bricks serves it to a
# reader who has not yet answered the cookie banner: the head (charset, viewport, "<headline> – <site>" as the title,
# the robots meta WordPress prints, the feed links, the wp-emoji and classic-theme inline styles, Bricks'
# frontend.min.css and the child theme's style.css, Bricks' font-awesome and ionicons stylesheets, the
# bricks-frontend-inline-inline-css block with the element rules keyed by #brxe-* ids, the REST API / JSON /
# canonical / shortlink links and Bricks' own Open Graph metas); body with WordPress's post classes plus brx-body
# bricks-is-frontend; Bricks' skip links; the header template (header#brx-header: a brxe-section and brxe-container
# holding a brxe-logo link with the bricks-site-logo image, a brxe-nav-menu with the bricks-nav-menu-wrapper /
# bricks-nav-menu list of bricks-menu-item items, a sub-menu with its brx-submenu-toggle, the
# bricks-mobile-menu-toggle button, the bricks-mobile-menu-wrapper and its overlay, and a brxe-search element);
# main#brx-content with the single-post template: a brxe-section / brxe-container, a brxe-post-taxonomy category
# list, h1.brxe-post-title, the brxe-post-meta line (author, date, comments), the featured image as a brxe-image
# figure with its bricks-image-caption, the brxe-post-content element with the post's Gutenberg blocks (p, h2
# .wp-block-heading, ul.wp-block-list, blockquote.wp-block-quote, a wp-block-image figure with its
# wp-element-caption in the middle of the story -- this layout's own residue --, and what the editor pasted in
# Custom HTML blocks), then brxe-post-taxonomy post_tag, brxe-post-sharing, the brxe-post-author box,
# brxe-post-navigation, a brxe-heading and the brxe-related-posts element (bricks-layout-wrapper with repeater
# items), brxe-post-comments with WordPress's comment form; the sidebar column (a brxe-block with brxe-heading,
# brxe-text-basic about the site, a query-loop list of recent posts as brxe-block repeater items, and a
# brxe-text-basic contact box); the footer template (footer#brx-footer with a brxe-section, the site's
# brxe-text-basic line, a brxe-nav-menu of footer links and the copyright); the Complianz cookie banner
# (#cmplz-cookiebanner-container, .cmplz-cookiebanner with the header, the message, the functional / statistics /
# marketing categories, the accept / deny / view-preferences / save-preferences buttons and the document links,
# then #cmplz-manage-consent); and the bricksData script block and bricks.min.js
# --------------------------------------------------------------------------
# the platform's own strings per language (as WordPress, Bricks and Complianz ship them, not checked)
BRICKS_CORE = {
    "en": dict(locale="en-GB", wp="en_GB", skip="Skip to main content", skip_footer="Skip to footer", menu_open="Open mobile menu",
               menu_close="Close mobile menu", search="Search ...", toggle="Toggle Sub Menu", by="By", no_comments="No Comments",
               prev="Previous post", next="Next post", share="Share on %s", reply="Leave a Reply", cancel="Cancel reply",
               notes="Your email address will not be published. Required fields are marked *", comment="Comment *", name="Name *",
               email="Email *", website="Website", cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
               submit="Post Comment", cmplz_title="Manage Cookie Consent",
               cmplz_msg="To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behaviour or unique IDs on this site. Not consenting or withdrawing consent, may adversely affect certain features and functions.",
               functional="Functional", statistics="Statistics", marketing="Marketing", always="Always active",
               accept="Accept", deny="Deny", view="View preferences", save="Save preferences", manage="Manage options",
               policy="Cookie Policy", privacy="Privacy Statement", manage_consent="Manage consent", close="Close dialog",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "de": dict(locale="de-DE", wp="de_DE", skip="Zum Hauptinhalt springen", skip_footer="Zum Footer springen", menu_open="Mobiles Menü öffnen",
               menu_close="Mobiles Menü schließen", search="Suche ...", toggle="Untermenü umschalten", by="Von", no_comments="Keine Kommentare",
               prev="Vorheriger Beitrag", next="Nächster Beitrag", share="Auf %s teilen", reply="Schreibe einen Kommentar", cancel="Antworten abbrechen",
               notes="Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", comment="Kommentar *", name="Name *",
               email="E-Mail *", website="Website", cookies_consent="Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
               submit="Kommentar abschicken", cmplz_title="Cookie-Zustimmung verwalten",
               cmplz_msg="Um dir ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies, um Geräteinformationen zu speichern und/oder darauf zuzugreifen. Wenn du diesen Technologien zustimmst, können wir Daten wie das Surfverhalten oder eindeutige IDs auf dieser Website verarbeiten. Wenn du deine Zustimmung nicht erteilst oder zurückziehst, können bestimmte Merkmale und Funktionen beeinträchtigt werden.",
               functional="Funktional", statistics="Statistiken", marketing="Marketing", always="Immer aktiv",
               accept="Akzeptieren", deny="Ablehnen", view="Einstellungen ansehen", save="Einstellungen speichern", manage="Optionen verwalten",
               policy="Cookie-Richtlinie (EU)", privacy="Datenschutzerklärung", manage_consent="Zustimmung verwalten", close="Dialog schließen",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
}
# the sites' own strings (checked): navigation, sidebar, related heading, author bio, footer, tags
BRICKS_SITES = {
    "Wendvale Nightly": dict(
        host="www.wendvale-nightly.example", theme="bricks-child", colour="#1f3b57",
        nav=["Wendvale news", "Hindle and the villages", "Wendvale weekends", "Wend nature and weather", "Wendvale letters page", "About Wendvale Nightly"],
        sub_nav=["Brinsop and Nettlecombe", "Upper Vale villages"],
        side_head="Latest from Wendvale", side_about_head="Who writes Wendvale Nightly",
        side_about="An independent news site for the Wend valley, written by three local reporters and funded by readers and small local businesses.",
        contact="Got a Wendvale story? Ring 01632 960 583 or drop into the office above the bakery on Bridge Street.",
        related="More stories from the valley",
        bio="{name} has reported on the Wend valley for eleven years and still lives on the farm where she grew up.",
        footer="Wendvale Nightly is published by Wendvale Media CIC, Bridge Street, Nettlecombe.",
        footer_links=["About Wendvale Media", "Reach the Wendvale newsroom", "Wendvale corrections log", "Wendvale privacy notice", "Advertise on Wendvale Nightly"],
        tags=["Dark skies", "Nettlecombe Reservoir", "astronomy society"]),
    "Kirchtaler Bote online": dict(
        host="www.kirchtaler-bote.example", theme="bricks-child", colour="#7a1f1f",
        nav=["Aktuelles aus dem Kirchtal", "Erlenbach und Haselau", "Verkehr im Kirchtal", "Vereine und Kultur im Kirchtal", "Briefe an den Boten", "Über den Boten"],
        sub_nav=["Bahn und Bus", "Straßen und Baustellen"],
        side_head="Neu im Kirchtal", side_about_head="Der Bote im Netz",
        side_about="Der Kirchtaler Bote berichtet seit 2019 online aus Erlenbach, Haselau und den Dörfern im Kirchtal, unabhängig und werbearm.",
        contact="Hinweise an die Redaktion: 06021 960 447, Marktgasse 5 in Erlenbach.",
        related="Weitere Artikel aus dem Tal",
        bio="{name} schreibt für den Boten über Verkehr und Gemeinderäte und pendelt selbst jeden Tag mit der RB 34.",
        footer="Kirchtaler Bote online, ein Angebot der Kirchtal Medien UG (haftungsbeschränkt), Marktgasse 5, Erlenbach.",
        footer_links=["Impressum der Kirchtal Medien", "Den Boten erreichen", "Korrekturen im Boten", "Datenschutz beim Boten", "Anzeigen im Kirchtaler Boten"],
        tags=["Schienenersatzverkehr", "Regionalbahn Erlenbach–Kirchtal", "Pendeln im Kirchtal"]),
}
BRICKS_EXEMPT = {"host", "theme", "colour"}  # (a domain, the child theme's slug and a colour)


def bricks_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = BRICKS_CORE[lang]["months"]
    return ("%d %s %d" % (d, months[m - 1], y)) if lang == "en" else ("%d. %s %d" % (d, months[m - 1], y))


def tpl_bricks(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = BRICKS_CORE[lang], BRICKS_SITES[site]
    base = "https://" + s["host"]
    post_id = rng.randint(1200, 9800)
    slug_ = hc.slug(art["title"])[:70].strip("-")
    url = "%s/%s/" % (base, slug_)
    cat = hc.slug(art["section"])
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    y, mo = art["date"][:4], art["date"][5:7]
    ids = set()

    def bid():
        while True:
            x = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
            if x not in ids:
                ids.add(x)
                return x

    def upl(name, w=None):
        return "%s/wp-content/uploads/%s/%s/%s%s.jpg" % (base, y, mo, name, ("-%dx%d" % (w, w * 2 // 3)) if w else "")

    img_at = next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    parts = []
    for i in range(n + 1):
        if i == img_at:
            name = slug_[:28] + "-2"
            att = rng.randint(1000, 9999)
            parts.append('<figure class="wp-block-image size-large"><img fetchpriority="low" decoding="async" width="1024" height="683" src="%s" alt="" class="wp-image-%d" srcset="%s 1024w, %s 300w, %s 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">%s</figcaption></figure>' % (
                upl(name, 1024), att, upl(name, 1024), upl(name, 300), upl(name, 768), E(art["body_caption"])))
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
    today = bricks_date(lang, art["date"])
    e_hdr, e_con, e_logo, e_nav, e_srch = bid(), bid(), bid(), bid(), bid()
    e_sec, e_main, e_col, e_tax, e_title, e_meta, e_img, e_content = bid(), bid(), bid(), bid(), bid(), bid(), bid(), bid()
    e_tags, e_share, e_author, e_pnav, e_rhead, e_rel, e_comm = bid(), bid(), bid(), bid(), bid(), bid(), bid()
    e_side, e_shead, e_loop, e_ahead, e_about, e_contact = bid(), bid(), bid(), bid(), bid(), bid()
    e_fsec, e_fcon, e_ftext, e_fnav, e_fcopy = bid(), bid(), bid(), bid(), bid()
    navs = []
    for k, t in enumerate(s["nav"]):
        mid = 20 + k * 3
        href = "%s/category/%s/" % (base, hc.slug(t)) if k < 5 else "%s/%s/" % (base, hc.slug(t))
        if k == 1:
            subs = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d bricks-menu-item"><a href="%s/category/%s/">%s</a></li>' % (
                mid + 40 + j, mid + 40 + j, base, hc.slug(x), E(x)) for j, x in enumerate(s["sub_nav"]))
            navs.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-%d bricks-menu-item">'
                        '<div class="brx-submenu-toggle icon-right"><a href="%s">%s</a><button aria-expanded="false" aria-label="%s"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" fill="none" class="menu-item-icon"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5" stroke="currentcolor"></path></svg></button></div>'
                        '<ul class="sub-menu">%s</ul></li>' % (mid, mid, href, E(t), A(c["toggle"]), subs))
        else:
            navs.append('<li id="menu-item-%d" class="menu-item menu-item-type-%s menu-item-object-%s menu-item-%d bricks-menu-item"><a href="%s">%s</a></li>' % (
                mid, "taxonomy" if k < 5 else "post_type", "category" if k < 5 else "page", mid, href, E(t)))
    nav = "".join(navs)
    related = "".join(('<li class="repeater-item"><figure><a href="%s/%s/"><img width="300" height="200" src="%s" class="image css-filter size-medium" alt="" decoding="async" loading="lazy" /></a></figure>'
                       '<div class="post-content"><h3 class="dynamic" data-field-id="a1b2c3"><a href="%s/%s/">%s</a></h3><div class="dynamic" data-field-id="d4e5f6">%s</div></div></li>') % (
        base, hc.slug(h)[:60], upl(hc.slug(h)[:24], 300), base, hc.slug(h)[:60], E(h),
        E(bricks_date(lang, "%s-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))))) for h in heads[:3])
    loop = "".join(('<div class="brxe-%s brxe-block"><a class="brxe-%s brxe-text-link" href="%s/%s/">%s</a><div class="brxe-%s brxe-text-basic">%s</div></div>') % (
        e_loop, bid(), base, hc.slug(h)[:60], E(h), bid(), E(bricks_date(lang, "%s-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))))) for h in heads[3:6])
    tags = "".join('<li><a class="bricks-button bricks-background-light" href="%s/tag/%s/">%s</a></li>' % (base, hc.slug(t), E(t)) for t in s["tags"])
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer.php?u="), ("twitter", "X", "https://x.com/share?url="),
            ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text="), ("email", "Email" if lang == "en" else "E-Mail", "mailto:?body=")]
    share = "".join('<li title="%s" class="%s"><a href="%s%s" target="_blank" rel="nofollow" aria-label="%s"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"></path></svg></a></li>' % (
        A(c["share"] % name), key, pre, url, A(c["share"] % name)) for key, name, pre in nets)
    footer_links = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d bricks-menu-item"><a href="%s/%s/">%s</a></li>' % (
        90 + k, 90 + k, base, hc.slug(t), E(t)) for k, t in enumerate(s["footer_links"]))
    ver = "1.9.%d" % rng.randint(6, 9)
    t = "%d" % (1700000000 + rng.randint(0, 9999999))
    nonce = "%010x" % rng.randint(16**9, 16**10 - 1)
    bdata = json.dumps({"debug": "", "locale": c["wp"], "ajaxUrl": base + "/wp-admin/admin-ajax.php",
                        "restApiUrl": base + "/wp-json/bricks/v1/", "nonce": nonce, "formNonce": "%010x" % rng.randint(16**9, 16**10 - 1),
                        "wpRestNonce": "%010x" % rng.randint(16**9, 16**10 - 1), "postId": str(post_id), "recaptchaIds": [],
                        "animatedTypingInstances": [], "videoInstances": [], "splideInstances": [], "tocbotInstances": [],
                        "swiperInstances": [], "queryLoopInstances": [], "interactions": [], "filterInstances": [],
                        "isotopeInstances": [], "mapStyles": {}, "facebookAppId": "", "headerPosition": "top",
                        "offsetLazyLoad": "300", "baseUrl": url, "useQueryFilter": "", "pageFilters": [], "language": "",
                        "wpmlUrlFormat": "", "multilangPlugin": "", "i18n": {"remove": "Remove", "openAccordion": "Open accordion",
                                                                            "openMobileMenu": c["menu_open"], "closeMobileMenu": c["menu_close"]}},
                       ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    desc = art["sub"]
    by = art["byline"]
    author_slug = hc.slug(by)
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} &#8211; {E(site)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["reply"])}-Feed" href="{url}feed/" />
<style id='wp-img-auto-sizes-contain-inline-css'>
img:is([sizes=auto i],[sizes^="auto," i]){{contain-intrinsic-size:3000px 1500px}}
</style>
<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}
</style>
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<link rel='stylesheet' id='cmplz-general-css' href='{base}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver={t}' media='all' />
<link rel='stylesheet' id='bricks-frontend-css' href='{base}/wp-content/themes/bricks/assets/css/frontend.min.css?ver={t}' media='all' />
<link rel='stylesheet' id='bricks-child-css' href='{base}/wp-content/themes/{s["theme"]}/style.css?ver=1.1' media='all' />
<link rel='stylesheet' id='bricks-font-awesome-6-brands-css' href='{base}/wp-content/themes/bricks/assets/css/libs/font-awesome-6-brands.min.css?ver={t}' media='all' />
<link rel='stylesheet' id='bricks-ionicons-css' href='{base}/wp-content/themes/bricks/assets/css/libs/ionicons.min.css?ver={t}' media='all' />
<style id='bricks-frontend-inline-inline-css'>
:root {{--bricks-color-primary: {s["colour"]};}} #brxe-{e_hdr} {{background-color: #ffffff; border-bottom: 1px solid #e5e5e5}}#brxe-{e_con} {{flex-direction: row; align-items: center; justify-content: space-between}}#brxe-{e_main} {{flex-direction: row; column-gap: 48px}}#brxe-{e_col} {{width: 68%}}#brxe-{e_side} {{width: 32%}}#brxe-{e_title} {{font-size: 3.6rem; line-height: 1.15}}#brxe-{e_content} {{font-size: 1.8rem; line-height: 1.65}}#brxe-{e_fsec} {{background-color: {s["colour"]}; color: #ffffff}}@media (max-width: 767px) {{#brxe-{e_main} {{flex-direction: column}}#brxe-{e_col}, #brxe-{e_side} {{width: 100%}}}}
</style>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{post_id}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.2" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{base}/?p={post_id}' />
<style>.cmplz-hidden {{ display: none !important; }}</style>
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{A(site)}" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:description" content="{A(desc)}" />
<meta property="og:image" content="{upl(slug_[:28], 1024)}" />
<meta property="og:type" content="article" />
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard brx-body bricks-is-frontend wp-embed-responsive">		<a class="skip-link" href="#brx-content">{E(c["skip"])}</a>

					<a class="skip-link" href="#brx-footer">{E(c["skip_footer"])}</a>
					<header id="brx-header"><section id="brxe-{e_hdr}" class="brxe-section bricks-lazy-hidden"><div id="brxe-{e_con}" class="brxe-container"><a id="brxe-{e_logo}" class="brxe-logo" href="{base}"><img width="240" height="60" src="{base}/wp-content/uploads/{y}/01/logo.svg" class="bricks-site-logo css-filter" alt="{A(site)}" decoding="async" /></a><div id="brxe-{e_nav}" data-script-id="{e_nav}" class="brxe-nav-menu"><nav class="bricks-nav-menu-wrapper tablet_portrait"><ul id="menu-hauptmenue" class="bricks-nav-menu">{nav}</ul></nav>			<button class="bricks-mobile-menu-toggle" aria-haspopup="true" aria-label="{A(c["menu_open"])}" aria-expanded="false">
				<span class="bar-top"></span>
				<span class="bar-center"></span>
				<span class="bar-bottom"></span>
			</button>
			<nav class="bricks-mobile-menu-wrapper left"><ul id="menu-hauptmenue-1" class="bricks-mobile-menu">{nav}</ul></nav><div class="bricks-mobile-menu-overlay"></div></div><div id="brxe-{e_srch}" class="brxe-search"><form role="search" method="get" class="bricks-search-form" action="{base}/"><label for="search-input-{e_srch}" class="screen-reader-text"><span>{E(c["search"])}</span></label><input type="search" placeholder="{A(c["search"])}" value="" name="s" id="search-input-{e_srch}" /><button type="submit" class="bricks-search-submit" aria-label="Search"><i class="ion-ios-search"></i></button></form></div></div></section></header><main id="brx-content"><section id="brxe-{e_sec}" class="brxe-section"><div id="brxe-{e_main}" class="brxe-container"><div id="brxe-{e_col}" class="brxe-block"><ul id="brxe-{e_tax}" class="brxe-post-taxonomy category"><li><a class="bricks-button bricks-background-primary" href="{base}/category/{cat}/">{E(art["section"])}</a></li></ul><h1 id="brxe-{e_title}" class="brxe-post-title">{E(art["title"])}</h1><div id="brxe-{e_meta}" class="brxe-post-meta post-meta"><span class="item">{E(c["by"])} <a href="{base}/author/{author_slug}/">{E(by)}</a></span><span class="separator">&middot;</span><span class="item"><time datetime="{art["date"]}">{E(today)}</time></span><span class="separator">&middot;</span><span class="item"><a href="{url}#respond">{E(c["no_comments"])}</a></span></div><figure id="brxe-{e_img}" class="brxe-image tag"><img width="1024" height="683" src="{upl(slug_[:28], 1024)}" class="css-filter size-large" alt="" decoding="async" fetchpriority="high" srcset="{upl(slug_[:28], 1024)} 1024w, {upl(slug_[:28], 300)} 300w, {upl(slug_[:28], 768)} 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="bricks-image-caption">{E(art["caption"])} {E(art["credit"])}</figcaption></figure><div id="brxe-{e_content}" class="brxe-post-content">
{content}
</div><ul id="brxe-{e_tags}" class="brxe-post-taxonomy post_tag">{tags}</ul><ul id="brxe-{e_share}" class="brxe-post-sharing">{share}</ul><div id="brxe-{e_author}" class="brxe-post-author"><a href="{base}/author/{author_slug}/" class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(by.encode()).hexdigest()}?s=60&#038;d=mm&#038;r=g" class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"/></a><div class="content"><h3 class="post-author-name"><a href="{base}/author/{author_slug}/">{E(by)}</a></h3><div class="post-author-bio">{E(s["bio"].replace("{name}", by))}</div></div></div><nav id="brxe-{e_pnav}" class="brxe-post-navigation" aria-label="Post navigation"><a class="prev-post" href="{base}/{hc.slug(heads[4])[:60]}/"><div class="swiper-button bricks-swiper-button-prev"><i class="ion-ios-arrow-back"></i></div><div class="content"><span class="label">{E(c["prev"])}</span><h5 class="title">{E(heads[4])}</h5></div></a><a class="next-post" href="{base}/{hc.slug(heads[5])[:60]}/"><div class="content"><span class="label">{E(c["next"])}</span><h5 class="title">{E(heads[5])}</h5></div><div class="swiper-button bricks-swiper-button-next"><i class="ion-ios-arrow-forward"></i></div></a></nav><h3 id="brxe-{e_rhead}" class="brxe-heading">{E(s["related"])}</h3><div id="brxe-{e_rel}" class="brxe-related-posts"><ul class="bricks-layout-wrapper">{related}</ul></div><div id="brxe-{e_comm}" class="brxe-post-comments">	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(c["notes"].split(". ")[0])}.</span> <span class="required-field-message">{E(c["notes"].split(". ")[1])}</span></p><p class="comment-form-comment"><label for="comment">{E(c["comment"])}</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">{E(c["name"])}</label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">{E(c["email"])}</label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="comment-form-url"><label for="url">{E(c["website"])}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["submit"])}" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div></div><div id="brxe-{e_side}" class="brxe-block"><h3 id="brxe-{e_shead}" class="brxe-heading">{E(s["side_head"])}</h3>{loop}<h4 id="brxe-{e_ahead}" class="brxe-heading">{E(s["side_about_head"])}</h4><div id="brxe-{e_about}" class="brxe-text-basic">{E(s["side_about"])}</div><div id="brxe-{e_contact}" class="brxe-text-basic">{E(s["contact"])}</div></div></div></section></main><footer id="brx-footer"><section id="brxe-{e_fsec}" class="brxe-section"><div id="brxe-{e_fcon}" class="brxe-container"><div id="brxe-{e_ftext}" class="brxe-text-basic">{E(s["footer"])}</div><div id="brxe-{e_fnav}" data-script-id="{e_fnav}" class="brxe-nav-menu"><nav class="bricks-nav-menu-wrapper never"><ul id="menu-footer" class="bricks-nav-menu">{footer_links}</ul></nav></div><div id="brxe-{e_fcopy}" class="brxe-text-basic">&copy; {y} {E(site)}</div></div></section></footer><div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header">
		<div class="cmplz-logo"></div>
		<div class="cmplz-title" id="cmplz-header-1-optin">{E(c["cmplz_title"])}</div>
		<div class="cmplz-close" tabindex="0" role="button" aria-label="{A(c["close"])}"><svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="times" class="svg-inline--fa fa-times fa-w-11" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 352 512"><path fill="currentColor" d="M242.72 256l100.07-100.07c12.28-12.28 12.28-32.19 0-44.48l-22.24-22.24c-12.28-12.28-32.19-12.28-44.48 0L176 189.28 75.93 89.21c-12.28-12.28-32.19-12.28-44.48 0L9.21 111.45c-12.28 12.28-12.28 32.19 0 44.48L109.28 256 9.21 356.07c-12.28 12.28-12.28 32.19 0 44.48l22.24 22.24c12.28 12.28 32.2 12.28 44.48 0L176 322.72l100.07 100.07c12.28 12.28 32.2 12.28 44.48 0l22.24-22.24c12.28-12.28 12.28-32.19 0-44.48L242.72 256z"></path></svg></div>
	</div>
	<div class="cmplz-divider cmplz-divider-header"></div>
	<div class="cmplz-body">
		<div class="cmplz-message" id="cmplz-message-1-optin">{E(c["cmplz_msg"])}</div>
		<div class="cmplz-categories">
			<details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">{E(c["functional"])}</span><span class='cmplz-always-active'><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-functional-optin" data-category="cmplz_functional" class="cmplz-consent-checkbox cmplz-functional" size="40" value="1"/><label class="cmplz-label" for="cmplz-functional-optin"><span class="screen-reader-text">{E(c["functional"])}</span></label></span>{E(c["always"])}</span></span></summary></details>
			<details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">{E(c["statistics"])}</span><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-statistics-optin" data-category="cmplz_statistics" class="cmplz-consent-checkbox cmplz-statistics" size="40" value="1"/><label class="cmplz-label" for="cmplz-statistics-optin"><span class="screen-reader-text">{E(c["statistics"])}</span></label></span></span></summary></details>
			<details class="cmplz-category cmplz-marketing"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">{E(c["marketing"])}</span><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-marketing-optin" data-category="cmplz_marketing" class="cmplz-consent-checkbox cmplz-marketing" size="40" value="1"/><label class="cmplz-label" for="cmplz-marketing-optin"><span class="screen-reader-text">{E(c["marketing"])}</span></label></span></span></summary></details>
		</div>
	</div>
	<div class="cmplz-links cmplz-information"></div>
	<div class="cmplz-divider cmplz-footer"></div>
	<div class="cmplz-buttons">
		<button class="cmplz-btn cmplz-accept">{E(c["accept"])}</button>
		<button class="cmplz-btn cmplz-deny">{E(c["deny"])}</button>
		<button class="cmplz-btn cmplz-view-preferences">{E(c["view"])}</button>
		<button class="cmplz-btn cmplz-save-preferences">{E(c["save"])}</button>
		<a class="cmplz-btn cmplz-manage-options tcf cookie-statement" href="#" data-relative_url="#cmplz-manage-consent-container">{E(c["manage"])}</a>
	</div>
	<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="{base}/cookie-richtlinie-eu/" data-relative_url="">{E(c["policy"])}</a></li><li><a class="cmplz-link privacy-statement" href="{base}/datenschutz/" data-relative_url="">{E(c["privacy"])}</a></li></ul></div>
</div>
</div>
<div id="cmplz-manage-consent" data-nosnippet="true"><button class="cmplz-btn cmplz-hidden cmplz-manage-consent manage-consent-1">{E(c["manage_consent"])}</button></div>
<script id="bricks-scripts-js-extra">
var bricksData = {bdata};
</script>
<script src="{base}/wp-content/themes/bricks/assets/js/bricks.min.js?ver={t}" id="bricks-scripts-js"></script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {{"prefix":"cmplz_","user_banner_id":"1","set_cookies":[],"block_ajax_content":"","banner_version":"{rng.randint(10, 60)}","version":"7.1.4","store_consent":"","do_not_track_enabled":"","consenttype":"optin","region":"eu","geoip":"","dismiss_timeout":"","disable_cookiebanner":"","soft_cookiewall":"","dismiss_on_scroll":"","cookie_expiry":"365","url":"{base}\\/wp-json\\/complianz\\/v1\\/","locale":"lang={lang}&locale={c["wp"]}","set_cookies_on_root":"","cookie_domain":"","current_policy_id":"{rng.randint(10, 40)}","cookie_path":"\\/","categories":{{"statistics":"statistics","marketing":"marketing"}},"tcf_active":"","placeholdertext":"","css_file":"","page_links":{{"eu":{{"cookie-statement":{{"title":"","url":""}}}}}},"tm_categories":"","forceEnableStats":"","preview":"","clean_cookies":"","aria_label":""}};
</script>
<script defer src="{base}/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver={t}" id="cmplz-cookiebanner-js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"bricks": ["caption"]}  # the wp-block-image figure in the post content, with its caption
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "darkskies", "railreplacement", "hedgecutting"]
NEW_FAMILIES = ["darkskies", "railreplacement", "hedgecutting"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"darkskies": ["stargazing", "dark-sky", "dark sky", "moon phase", "sternenhimmel", "viewing hours"],
                    "railreplacement": ["rail replacement", "rail-replacement", "replacement bus", "schienenersatz",
                                        "buses replace trains"],
                    "hedgecutting": ["hedge cutting", "hedge-cutting", "verge cutting", "verge-cutting", "fauchage",
                                     "desbroce", "bankett"]}
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
    "cookie": ['<div class="rivercam-consent-wdv"><p class="rivercam-consent-wdv__txt">%s</p><button class="rivercam-consent-wdv__yes" type="button">OK</button></div>',
               '<p class="valeplan-cookie-note">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="vale-at-six-box"><p class="vale-at-six-box__pitch">%s</p><a class="vale-at-six-box__btn" href="/newsletters/vale-at-six">&#8250;</a></div>',
                   '<p class="free-limit-wdv">%s</p>', '<h5 class="vale-at-six-hd">%s</h5>', '<p><strong><a href="/give">%s</a></strong></p>'],
    "share": ['<ul class="send-up-the-vale">{items}</ul>', '<div class="forward-it-on-wdv">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="photo-counter-wdv">%s</p>', '<span class="reader-pic-thanks-wend">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="wend-licensing-line">%s</p>', '<div class="no-copying-wdv"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="fresh-from-vale">%s</p>', '<h6 class="browse-section-wdv">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="star-rule-wdv">%s</p>', '<div class="glyph-break-wdv">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="river-desk-credit">%s</p>', '<div class="village-corr-line-wdv">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-echo-wdv"><strong>%s</strong></p>', '<h2 class="headline-dup-wdv">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-resumes-wdv">%s</div>', '<p class="every-household-ad">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-wdv"><a href="#rest">%s</a></p>', '<div class="show-rest-bar-wdv">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="vale-comments-link"><a href="#comments">%s</a></p>', '<div class="join-comments-wdv">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="minute-read-wdv">%s</p>', '<span class="set-aside-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-by-desk"><time>%s</time></p>', '<div class="this-version-note">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="play-report-wdv"><button class="play-report-wdv__btn" aria-label="Play"></button><span class="play-report-wdv__lbl">%s</span></div>',
              '<p class="prefer-listen-wdv"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-wend-box"><p>%s</p></aside>', '<p class="amended-note-wdv"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="vale-app-nudge"><p class="vale-app-nudge__txt">%s</p><a class="vale-app-nudge__dl" href="/app">&#8595;</a></div>',
            '<p class="carry-on-wend-app">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="rower-reporter-box"><p class="rower-reporter-box__txt">%s</p></div>', '<p class="more-by-wdv"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="tell-the-vale"><p class="tell-the-vale__txt">%s</p></div>', '<p class="call-vale-desk">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="wend-mistake-hint"><p>%s</p></div>', '<p class="select-and-report-wdv">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="nudge-optin-wdv"><p class="nudge-optin-wdv__q">%s</p></div>', '<p class="wend-breaking-nudge">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="keep-a-copy-wdv">{items}</ul>', '<p class="printer-friendly-wdv"><a href="?printable=1">%s</a></p>',
              '<div><a href="?printable=1">%s</a></div>'],
    "feedback": ['<div class="was-it-useful-wdv"><p class="was-it-useful-wdv__q">%s</p></div>', '<p class="useful-line-wdv">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="code-followed-wdv"><p>%s</p></div>', '<p class="complaints-to-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-row-wdv"><span class="topic-row-wdv__txt">%s</span></div>', '<p class="follow-topic-wdv">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="pin-reading-list"><a class="pin-reading-list__a" href="#reading-list">%s</a></div>',
                 '<p class="reading-list-line-wdv"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="quick-vote-wdv"><p class="quick-vote-wdv__q">%s</p><button class="quick-vote-wdv__go" type="button">&#10003;</button></div>',
             '<h6 class="see-vote-wdv">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-wdv"><a class="yt-facade-wdv__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="evening-pics-wdv"><a class="evening-pics-wdv__a" href="#pictures">%s</a></div>',
                '<p class="whole-set-wdv">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-frame-wdv"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-wdv__links">%s</p></div>',
            '<figure class="map-still-wdv"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-the-date-wdv">{items}</ul>', '<p class="wend-eve-reminder"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-chip-wdv"><span class="date-chip-wdv__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-results-wdv"><a class="weekend-results-wdv__a" href="/sport/vale-leagues">%s</a></div>',
               '<ul class="wend-results-tabs">{items}</ul>', '<div><a href="/sport/vale-leagues"><b>%s</b></a></div>'],
    # the three families new in this part ({skylist}: the nights of the stargazing forecast as a list with cloud
    # cover, moon and best viewing hours; {skyrows}: the same as a table; {skydl}: the best viewing hours per night as
    # a definition list; {raillist}: the rail replacement buses' dates, stops and trains affected as a list;
    # {railrows}: the same as a table; {raildl}: the stops per period as a definition list; {hedgelist}: the hedge and
    # verge cutting round's roads, weeks and contractors as a list; {hedgerows}: the same as a table; {hedgedl}: the
    # weeks per road as a definition list)
    "darkskies": ['<div class="stargaze-forecast"><h4 class="stargaze-forecast__hd">%s</h4><ul class="stargaze-forecast__nights">{skylist}</ul></div>',
                  '<div class="darksky-outlook-tbl"><p class="darksky-outlook-tbl__hd"><strong>%s</strong></p><table class="darksky-outlook-tbl__grid">{skyrows}</table></div>',
                  '<p class="stargaze-village-link"><a href="/weather/stargazing">%s</a></p>',
                  '<div class="viewing-hours-card"><h5 class="viewing-hours-card__hd">%s</h5><dl class="viewing-hours-card__dl">{skydl}</dl></div>'],
    "railreplacement": ['<div class="rail-bus-panel"><h4 class="rail-bus-panel__hd">%s</h4><ul class="rail-bus-panel__list">{raillist}</ul></div>',
                        '<div class="buses-for-trains-tbl"><p class="buses-for-trains-tbl__hd"><b>%s</b></p><table class="buses-for-trains-tbl__grid">{railrows}</table></div>',
                        '<p class="closure-journey-planner"><a class="closure-journey-planner__btn" role="button" href="/travel/closure-planner">%s</a></p>',
                        '<div class="rail-bus-stops-card"><h5 class="rail-bus-stops-card__hd">%s</h5><dl class="rail-bus-stops-card__dl">{raildl}</dl></div>'],
    "hedgecutting": ['<div class="verge-cut-notice"><h4 class="verge-cut-notice__hd">%s</h4><ul class="verge-cut-notice__list">{hedgelist}</ul></div>',
                     '<div class="verge-schedule-tbl"><p class="verge-schedule-tbl__hd"><strong>%s</strong></p><table class="verge-schedule-tbl__grid">{hedgerows}</table></div>',
                     '<p class="report-overgrown-link"><a href="/roads/report-overgrown-vegetation">%s</a></p>',
                     '<div class="cutting-dates-strip"><p class="cutting-dates-strip__hd"><strong>%s</strong></p><dl class="cutting-dates-strip__dl">{hedgedl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/vale-at-six"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "darkskies": (0.7, [' <a href="/weather/stargazing"><b>%s</b></a>']),
          "railreplacement": (0.7, ['<br><a class="button" href="/travel/closure-planner"><strong>%s</strong></a>']),
          "hedgecutting": (0.7, [' <a href="/roads/report-overgrown-vegetation"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# stargazing-forecast link, the journey-planner button and the report-an-overgrown-hedge link, not the lists, tables
# or cards)
INLINE_WORDING = {"newsletter": 0, "darkskies": 2, "railreplacement": 2, "hedgecutting": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-wdv"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="elsewhere-in-vale"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="vale-reporters-also"><p class="vale-reporters-also__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (SKY_HEAD, RAIL_HEAD, HEDGE_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    skies = "".join('<li><strong>%s</strong>: %s · %s · %s</li>' % (esc(n), esc(c), esc(m), esc(b)) for n, c, m, b in SKY_NIGHTS[lang])
    rails = "".join('<li><b>%s</b> — %s (%s)</li>' % (esc(d), esc(s), esc(t)) for d, s, t in RAIL_BUSES[lang])
    hedges = "".join('<li><strong>%s</strong>, %s – %s</li>' % (esc(r), esc(w), esc(c)) for r, w, c in HEDGE_ROUNDS[lang])
    return (style.replace("{skylist}", skies)
            .replace("{skyrows}", table(SKY_HEAD[lang], SKY_NIGHTS[lang]))
            .replace("{skydl}", dl([(n, b) for n, _, _, b in SKY_NIGHTS[lang]]))
            .replace("{raillist}", rails)
            .replace("{railrows}", table(RAIL_HEAD[lang], RAIL_BUSES[lang]))
            .replace("{raildl}", dl([(d, s) for d, s, _ in RAIL_BUSES[lang]]))
            .replace("{hedgelist}", hedges)
            .replace("{hedgerows}", table(HEDGE_HEAD[lang], HEDGE_ROUNDS[lang]))
            .replace("{hedgedl}", dl([(r, w) for r, w, _ in HEDGE_ROUNDS[lang]])))


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
               "scores": rng.choice([0, mid, n]), "darkskies": rng.choice([mid, n, n]),
               "railreplacement": rng.choice([0, mid, n]), "hedgecutting": rng.choice([mid, n])}.get(fam, mid)
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"), "bricks": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
# a highlight set in the block editor (its "Highlight" format writes a mark with an inline style)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"),
             "bricks": ('<mark style="background-color:#fdf1b8" class="has-inline-color">', "</mark>")}


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
# templates: bricks is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"bricks": tpl_bricks, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h76), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "bricks"


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
            rng = random.Random("newsflow-heldout78-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI78[lang]
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
    # layouts: bricks (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the bricks pages: a site of BRICKS_SITES in a language of BRICKS_CORE, with an image caption for the image block
    # in the post content; of the looks only those the block editor sets in a paragraph (bold, italic, a highlight,
    # a drop cap, a line break); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in BRICKS_SITES or a["lang"] not in BRICKS_CORE or not a.get("body_caption")
                                       or any(st not in ("bold", "italic", "highlight", "br", "dropcap") for st, _ in a.get("look", []))):
            problems.append("%s: bricks page needs a Bricks site, a body caption and the block editor's looks only" % a["id"])
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
    bricks_sites = [{k: v for k, v in d.items() if k not in BRICKS_EXEMPT} for d in BRICKS_SITES.values()]
    # (BRICKS_CORE, SKY_HEAD, RAIL_HEAD and HEDGE_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("BRICKS_SITES", bricks_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "BRICKS_SITES" and s.startswith("/")):
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




