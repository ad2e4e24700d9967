#!/usr/bin/env python3
"""Eightieth held-out part (h80-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout80.py           # write pages/h80-*.html
    python benchmarks/data/extraction/make_heldout80.py --check   # verify pages/h80-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout80.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout79.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h80_en.py / articles_h80_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: mobile library timetable panels on stories about a mobile library -- the van's stops as a
list with their days and times, the same as a table, the "find when the van calls at your village" link, the day
and time per stop as a definition-list card --, street party notices on stories about a street party or a road
closed for one -- the council's deadline, form, fee and insurance as a list, the same as a table, the "apply to close
your road for a party" button, the same as a definition-list checklist card --, and report-graffiti / fly-posting
panels on stories about graffiti or fly-posters -- the kinds of graffiti with how fast each is removed (offensive
graffiti first, within a day) as a list, the same as a table, the "report graffiti or fly-posting" link, the removal
times as a definition-list strip --), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..78, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h77 and h78 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads (LIBRARY_HEAD,
PARTY_HEAD, GRAFFITI_HEAD) are the web teams' generic strings and not checked; the rows themselves (LIBRARY_STOPS,
PARTY_RULES, GRAFFITI_TIMES) are new.  (make_heldout65.py has event permit boards -- an application form with street
and date fields and the approved events -- on festival and event stories, and make_heldout71.py put a calendar row on
a mobile library's timetable; the street party notice here is the council's guidance panel -- deadline, form, fee,
insurance -- and the mobile library panel the van's own stops, days and times.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): mobile library panels on an English county's
new library van reaching eleven more villages (the English new-layout page: the stops list), a Turkish provincial
library bus back in the lake villages (the table), a German municipality's own notice of the district's
Fahrbücherei stopping in its village (a Gemeinde on TYPO3: the finder link) and a French feature on a day in the
département's bibliobus (the card); street party notices on an English council dropping its road closure fee for
street parties (the list), an independent neighbourhood publication's first street party on its row since 1986 (the
table), a German street's first Straßenfest (the German new-layout page: the application button) and a French
commune closing a street for the Fête des voisins (the checklist card); graffiti panels on an English council's
24-hour pledge for offensive graffiti (the list), an English town billing fly-posters (the table), a German town's
railway underpass (the report link) and a Russian town promising to paint over offensive graffiti within a day (the
removal-times strip).  Earlier families that need a reason in the story are placed the same way (a calendar on a
Spanish village's first cultural week, a map on a footbridge over a beck, a gallery on a rowing club's new
boathouse); the other generic families are balanced over the part, leaving out those the page's site would not print
(the story's "kind": a Turkish village's uCoz site -- a small site --, a German Gemeinde's own page on TYPO3 -- no
newspaper furniture --, an independent neighbourhood publication on Medium, which prints no ads, app, push or print
prompts, comment counters or press-standards lines, and of the newsletter family only its appeal for money); a
correction box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on
real pages: classed boxes, bars, banners, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by
editors, headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a line run
into the end of a story paragraph (credit, tip, newsletter pitch, share line, the library-van finder link, the
road-closure button, the report-graffiti link; only one line in any paragraph) or a bold section tag run into the
start of the first paragraph (drawn at random; no story of this part asks for one).  On the new layout, residue the
editor pasted as raw HTML into the post's Markdown sits between the post's blocks inside the blogPost component's
div.content (no wrapper of its own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, gutenberg and sanity), italics (a one-line quote on the English new-layout
page, on semantic and medium), bold (a one-line paragraph on both new-layout pages, on nextjs and medium), a
highlighted sentence (a <mark> from the rich editor on both new-layout pages, a <mark> on quintype), a paragraph in a
box (a CKEditor style on drupal, the magazine's panel, a Gutenberg group), a fact box holding a subheading and its
list (a Fusion custom embed: a boathouse in figures), a Ghost callout card (where residents may not park), a
paragraph typed after a <br> (Shift+Enter, on both new-layout pages, and on chunks); story structures that look like
furniture but are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "How
many footballs?", "Hiç kötü bir kesim yaptınız mı?", "Combien de mariages ?", "Не надоело?" --, in English, Turkish,
French and Russian: a school caretaker after 35 years, a village barber after 40, a bell-ringer after 50, a boat-trip
cashier after 30), lists inside the story (what street party organisers still need, a boathouse in figures, what
villagers did to their fountain, what the Bücherbus lends, what was done to a washhouse, what a courtyard got),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("It still smelled of
new carpet.", "Nobody could remember who won.", "Kuchen bringt jeder mit.", "Pas une seule fois.", "A las nueve ya no
cabía nadie."), a closing line with practical information (how to get a stop added, a street party scheme's start,
how to report graffiti, a shop's hours, an open morning, the Bürgerbüro's telephone, a cultural week's tickets, a
new courtyard's parking), and story sentences that mention furniture words in ordinary reporting ("Follow the
bunting" and "Folgen Sie einfach den Lampions" opening stories, "Share a lamp post" opening another, "Cookies from
the bakery" opening a fourth, "Contactée par un groupe d'habitants" and "Подписывайтесь на наш канал" opening two
more, "anyone who would like a stop added can contact" closing a story and "Fotoğrafları köy derneğinin panosuna
astık" in the last paragraph of another), some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all (an
English and a Turkish interview) and one only its correction line (an English village shop).
One page layout is new (octobercms: a blog post on an October CMS (Laravel) site with a news theme, on two pages, an
English and a German one -- a not-for-profit news site for the villages round three meres and a small online paper
for a lake district): the post URL (/blog/post/<slug>) and October's upload paths
(/storage/app/uploads/public/<3>/<3>/<3>/<name>.jpg); the theme layout's head (charset, X-UA-Compatible, "<headline>
| <site>" as the title, the description and title metas, viewport, the "October CMS" generator, the csrf-token meta,
canonical and Open Graph metas, the favicon from themes/<theme>/assets, the theme's stylesheets through the asset
combiner (/combine/<hash>-<timestamp>), the framework-extras stylesheet of {% framework extras %} and the consent
plugin's stylesheet); body.page-blog-post.layout-default; header#layout-header with nav#layout-nav (the navbar-brand
logo, the navbar-toggler button, the static menu's nav-item / nav-link list with a dropdown-menu, and the site-search
form whose input asks for suggestions through data-request="siteSearchInclude::onType", data-request-update and
data-track-input); section#layout-content with the breadcrumb, article.blog-post (h1.blog-post-title, the excerpt as
a lead, the author and time line, the featured image figure with its caption), RainLab.Blog's blogPost partial
(div.content with the post's content_html -- p, h2, ul / ol, blockquote and the editor's raw-HTML residue -- then
p.info "Posted in <category> on <date>"), the theme's share links, the related posts (a blogPosts component's
ul.post-list of li > h3 / p.info, and a "load more" button with data-request="relatedPosts::onLoadMore" and
data-request-update), the sidebar (the blogCategories component's ul.category-list with the active item and badges,
the newsletter signup form posted through data-request="signupForm::onSignup" with data-request-validate /
data-request-flash and its _session_key and _token inputs, and the about box); footer#layout-footer (the site line,
the footer menu, the copyright); the flash-message container; the consent plugin's banner (div.gdpr-banner with its
wrapper, title, message, the necessary / analytics / marketing groups and the save, decline and accept buttons posted
through data-request="cookieBanner::onSave" / "::onDecline" / "::onAccept", and the hidden reopen button); and the
framework-bundle script, the theme's combined script and the banner script.  The platform's strings
(OCTOBER_CORE, per language: RainLab.Blog's, the theme's and the consent plugin's) are left as they ship and not
checked; the sites' own strings (OCTOBER_SITES: navigation, sidebar headings and texts, the newsletter box, the
related heading, footer line, footer links and categories) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h77 or h78 gave it (9 English pages, 3 in each other language: English on wordpress, drupal,
semantic, storybody, medium, table, amp and fusion; Turkish on cms, legacy-br and ucoz; German on regional and
typo3; French on quintype, magazine and chunks; Spanish on portal, nextjs and gutenberg; Russian on hugo, sanity and
ghost); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
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
from articles_h80_en import ARTICLES as H80_EN  # noqa: E402
from articles_h80_intl import ARTICLES as H80_INTL  # noqa: E402



ARTICLES = H80_EN + H80_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78)
# parts whose layouts' languages this part avoids (the two before it; h79 is written at the same time)
LANG_PARTS = (mp77, mp78)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h80"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ormsby Mere Gazette", "Fallowfield Clarion", "Tarnby and District Echo", "The Causeway Chronicle",
           "Meresdale Advertiser", "Little Tarnby Bugle", "North Meres Record"],
    "tr": ["Akgöl Postası", "Sazlıdere Gazetesi"],
    "de": ["Seedorfer Rundschau"],
    "fr": ["Le Courrier des Étangs", "La Voix du Grand-Vivier", "L'Écho des Mottes"],
    "es": ["El Correo de la Laguna", "Diario de Villalaguna", "La Voz del Carrizal"],
    "ru": ["Заозерская правда", "Лебяжинский вестник", "Камышовская газета"],
}
# sites fixed per page (the two October CMS sites, a German municipality's own site on TYPO3, a Turkish village's site
# on uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site" field
# an independent neighbourhood publication on Medium) are given in the stories' "site" field



# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h78 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Meres webcam on the boathouse roof will only stream once you allow video cookies", "Allow mapping cookies to see this plan of the Meres"],
        "tr": ["Göller kayıkhanesinin çatısındaki kamera, video çerezlerine izin vermeden yayın yapmıyor", "Göller yöresinin bu planını görmek için harita çerezlerine izin verin"],
        "de": ["Die Webcam auf dem Bootshaus an der Seenplatte sendet erst, wenn Sie Video-Cookies erlauben", "Erlauben Sie Karten-Cookies, um diesen Plan der Seenplatte zu sehen"],
        "fr": ["La webcam du hangar à bateaux des Étangs ne diffuse qu'après l'accord pour les cookies vidéo", "Autorisez les cookies de cartographie pour voir ce plan des Étangs"],
        "es": ["La webcam del embarcadero de la Laguna solo emite si permites las cookies de vídeo", "Permite las cookies de cartografía para ver este plano de la Laguna"],
        "ru": ["Веб-камера на крыше лодочной станции Приозерья заработает после разрешения видео-cookie", "Разрешите картографические cookie, чтобы увидеть этот план Приозерья"],
    },
    "newsletter": {
        "en": ["Meres Morning: what happened by the water overnight, in your inbox before breakfast", "That was your last free Meres story this month: register for free to read on", "Nobody owns us: a few pounds a month keeps {site} reporting round the Meres"],
        "tr": ["Göller Sabahı: gece boyunca göl kıyısında olanlar, kahvaltıdan önce gelen kutunuzda", "Bu ayki son ücretsiz göller haberiniz buydu: okumaya devam etmek için ücretsiz kaydolun", "Kimse bize sahip değil: ayda birkaç lira {site} muhabirlerini göl kıyısında tutuyor"],
        "de": ["Seenplatte am Morgen: was nachts am Wasser geschah, vor dem Frühstück in Ihrem Postfach", "Das war Ihr letzter freier Artikel von der Seenplatte in diesem Monat: kostenlos registrieren und weiterlesen", "Uns gehört niemandem: ein paar Euro im Monat halten {site} an den Seen unterwegs"],
        "fr": ["Le Matin des Étangs : ce qui s'est passé au bord de l'eau pendant la nuit, dans votre boîte avant le petit-déjeuner", "C'était votre dernier article gratuit des Étangs ce mois-ci : inscrivez-vous gratuitement pour lire la suite", "Personne ne nous possède : quelques euros par mois font vivre les reportages de {site} autour des Étangs"],
        "es": ["La Laguna al amanecer: lo que pasó junto al agua por la noche, en tu correo antes del desayuno", "Esta era tu última noticia gratis de la Laguna este mes: regístrate gratis para seguir leyendo", "Nadie es nuestro dueño: unos euros al mes mantienen a {site} informando alrededor de la Laguna"],
        "ru": ["«Утро Приозерья»: что случилось у воды за ночь — в вашей почте до завтрака", "Это был последний бесплатный материал о Приозерье в этом месяце: зарегистрируйтесь бесплатно, чтобы читать дальше", "Нами никто не владеет: несколько сотен рублей в месяц помогают «{site}» работать в Приозерье"],
    },
    "share": {
        "en": ["Pass it round the Meres: Facebook · WhatsApp · Bluesky · Email", "Know someone on the parish council who should see this? Send it their way ›"],
        "tr": ["Göller yöresinde dolaştırın: Facebook · WhatsApp · Bluesky · E-posta", "Muhtarlıkta bunu görmesi gereken biri mi var? Göller haberini ona yollayın ›"],
        "de": ["An der Seenplatte herumreichen: Facebook · WhatsApp · Bluesky · E-Mail", "Jemand im Ortsrat sollte das sehen? Schicken Sie es weiter ›"],
        "fr": ["À faire tourner autour des Étangs : Facebook · WhatsApp · Bluesky · Courriel", "Quelqu'un au conseil municipal devrait lire ça ? Envoyez-le-lui ›"],
        "es": ["Que circule por la Laguna: Facebook · WhatsApp · Bluesky · Correo", "¿Alguien del pleno debería verlo? Mándaselo ›"],
        "ru": ["Передайте по Приозерью: ВКонтакте · Telegram · Max · Почта", "Кто-то в сельсовете должен это увидеть? Отправьте ему ›"],
    },
    "photo": {
        "en": ["Photograph sent in through the Meres picture desk", "A Meres reader took this one for us, thank you"],
        "tr": ["Fotoğraf göller fotoğraf masası aracılığıyla gönderildi", "Bu kareyi bir göller okurumuz çekti, teşekkürler"],
        "de": ["Foto über den Bilderdienst der Seenplatte eingesandt", "Eine Leserin von der Seenplatte hat es für uns aufgenommen, danke"],
        "fr": ["Photo envoyée par le service photo des Étangs", "Un lecteur des Étangs l'a prise pour nous, merci à lui"],
        "es": ["Foto enviada a través de la mesa de fotografía de la Laguna", "Nos la hizo un lector de la Laguna, gracias"],
        "ru": ["Фото прислано через фотостол Приозерья", "Этот снимок сделал для нас читатель из Приозерья, спасибо"],
    },
    "copyright": {
        "en": ["© {site} 2026 — this Meres report may not be reproduced, in whole or in part, without written permission from our syndication team."],
        "tr": ["© {site} 2026 — bu göller haberi, telif ekibimizin yazılı izni olmadan kısmen ya da tamamen çoğaltılamaz."],
        "de": ["© {site} 2026 — dieser Bericht von der Seenplatte darf ohne schriftliche Erlaubnis unseres Syndication-Teams weder ganz noch teilweise vervielfältigt werden."],
        "fr": ["© {site} 2026 — cet article des Étangs ne peut être reproduit, en tout ou en partie, sans l'autorisation écrite de notre service de syndication."],
        "es": ["© {site} 2026 — esta información de la Laguna no puede reproducirse, total ni parcialmente, sin permiso por escrito de nuestro equipo de sindicación."],
        "ru": ["© «{site}», 2026 — этот материал о Приозерье нельзя воспроизводить полностью или частично без письменного разрешения нашей службы распространения."],
    },
    "section": {
        "en": ["Just in from the Meres: {section}", "All our {section} stories from round the Meres ›"],
        "tr": ["Göllerden yeni geldi: {section}", "Göller yöresinden bütün {section} haberlerimiz ›"],
        "de": ["Gerade von der Seenplatte: {section}", "Alle unsere {section}-Geschichten von der Seenplatte ›"],
        "fr": ["Tout frais des Étangs : {section}", "Tous nos articles {section} autour des Étangs ›"],
        "es": ["Recién llegado de la Laguna: {section}", "Todas nuestras historias de {section} en la Laguna ›"],
        "ru": ["Только что из Приозерья: {section}", "Все наши истории рубрики «{section}» из Приозерья ›"],
    },
    "related": {
        "en": ["Also round the Meres today", "More from our Meres newsroom"],
        "tr": ["Bugün göller yöresinde ayrıca", "Göller haber merkezimizden daha fazlası"],
        "de": ["Außerdem heute an der Seenplatte", "Mehr aus unserer Redaktion an den Seen"],
        "fr": ["Aussi autour des Étangs aujourd'hui", "Plus de notre rédaction des Étangs"],
        "es": ["También hoy en la Laguna", "Más de nuestra redacción de la Laguna"],
        "ru": ["Также сегодня в Приозерье", "Ещё от нашей редакции в Приозерье"],
    },
    "symbol": {
        "*": ["◈ ◦ ◈ ◦ ◈", "≈ ≈ ≈ ≈ ≈", "· ◦ · ◦ · ◦ ·", "✧ ⋄ ✧ ⋄ ✧ ⋄"],
    },
    "credit": {
        "en": ["With extra reporting from the {site} lakeside team", "Our Meres parish correspondent helped with this report"],
        "tr": ["{site} göl kıyısı ekibinin ek haberciliğiyle", "Göller köy muhabirimiz bu habere yardım etti"],
        "de": ["Mit weiteren Recherchen des Seenteams von {site}", "Unser Ortskorrespondent an der Seenplatte hat mitgearbeitet"],
        "fr": ["Avec les informations complémentaires de l'équipe des Étangs de {site}", "Notre correspondant communal des Étangs a participé à cet article"],
        "es": ["Con información adicional del equipo de la orilla de {site}", "Nuestro corresponsal de los pueblos de la Laguna ha colaborado en esta noticia"],
        "ru": ["Дополнительно работала приозёрная группа «{site}»", "В работе над материалом помогал наш сельский корреспондент в Приозерье"],
    },
    "ad": {
        "en": ["Sponsored · the Meres story carries on underneath", "Put your business in front of the Meres: adverts on {site} from £11 a week"],
        "tr": ["Sponsorlu · göller haberi aşağıda devam ediyor", "İşletmenizi göller yöresine tanıtın: {site} reklamları haftalık 300 liradan"],
        "de": ["Gesponsert · der Bericht von der Seenplatte geht darunter weiter", "Ihr Geschäft vor der ganzen Seenplatte: Anzeigen bei {site} ab 11 € pro Woche"],
        "fr": ["Sponsorisé · l'article des Étangs continue en dessous", "Montrez votre commerce à tous les Étangs : annonces sur {site} dès 11 € la semaine"],
        "es": ["Patrocinado · la noticia de la Laguna continúa debajo", "Tu negocio ante toda la Laguna: anuncios en {site} desde 11 € a la semana"],
        "ru": ["Спонсорский блок · материал о Приозерье продолжается ниже", "Ваш бизнес увидит всё Приозерье: реклама в «{site}» от 900 ₽ в неделю"],
    },
    "continue": {
        "en": ["Read the full Meres report", "Open the rest of this Meres story ▾"],
        "tr": ["Göller haberinin tamamını okuyun", "Bu göller haberinin kalanını açın ▾"],
        "de": ["Den ganzen Bericht von der Seenplatte lesen", "Den Rest dieser Seenplatten-Geschichte öffnen ▾"],
        "fr": ["Lire l'article complet des Étangs", "Ouvrir la suite de cet article des Étangs ▾"],
        "es": ["Leer la noticia completa de la Laguna", "Abrir el resto de esta historia de la Laguna ▾"],
        "ru": ["Читать материал о Приозерье целиком", "Открыть продолжение истории о Приозерье ▾"],
    },
    "comments": {
        "en": ["{n} Meres readers have commented", "Have your say with {n} other Meres readers ›"],
        "tr": ["{n} göller okuru yorum yaptı", "{n} göller okuruyla birlikte fikrinizi yazın ›"],
        "de": ["{n} Leser von der Seenplatte haben kommentiert", "Reden Sie mit {n} anderen Lesern von den Seen mit ›"],
        "fr": ["{n} lecteurs des Étangs ont commenté", "Donnez votre avis avec {n} autres lecteurs des Étangs ›"],
        "es": ["{n} lectores de la Laguna han comentado", "Opina junto a otros {n} lectores de la Laguna ›"],
        "ru": ["{n} читателей из Приозерья оставили комментарии", "Выскажитесь вместе с {n} читателями из Приозерья ›"],
    },
    "readtime": {
        "en": ["Reading time round the Meres: {m} min", "About {m} minutes of reading from the Meres"],
        "tr": ["Göller okuma süresi: {m} dk", "Göllerden yaklaşık {m} dakikalık okuma"],
        "de": ["Lesezeit von der Seenplatte: {m} Min.", "Etwa {m} Minuten Lesestoff von den Seen"],
        "fr": ["Temps de lecture des Étangs : {m} min", "Environ {m} minutes de lecture depuis les Étangs"],
        "es": ["Tiempo de lectura en la Laguna: {m} min", "Unos {m} minutos de lectura desde la Laguna"],
        "ru": ["Время чтения о Приозерье: {m} мин", "Примерно {m} минут чтения из Приозерья"],
    },
    "updated": {
        "en": ["Brought up to date by the Meres desk on {d}, {t}", "Latest version {d} at {t}, after new figures from the parish"],
        "tr": ["Göller masası tarafından {d}, {t} itibarıyla güncellendi", "Son sürüm {d}, saat {t}; muhtarlıktan gelen yeni rakamlarla"],
        "de": ["Von der Seenredaktion aktualisiert am {d}, {t} Uhr", "Neueste Fassung vom {d}, {t} Uhr, nach neuen Zahlen aus der Gemeinde"],
        "fr": ["Mis à jour par le bureau des Étangs le {d}, {t}", "Dernière version le {d} à {t}, après de nouveaux chiffres de la commune"],
        "es": ["Puesto al día por la mesa de la Laguna el {d}, {t}", "Última versión del {d} a las {t}, tras nuevas cifras del ayuntamiento"],
        "ru": ["Обновлено редакцией Приозерья {d}, {t}", "Последняя версия от {d}, {t}, после новых данных сельсовета"],
    },
    "audio": {
        "en": ["▶ Hear this Meres report ({m} min)", "Rather listen: {m} minutes, voiced by the Meres newsroom"],
        "tr": ["▶ Bu göller haberini dinleyin ({m} dk)", "Dinlemek isterseniz: göller haber merkezinin sesinden {m} dakika"],
        "de": ["▶ Diesen Seenplatten-Bericht anhören ({m} Min.)", "Lieber zum Hören: {m} Minuten, gesprochen von der Seenredaktion"],
        "fr": ["▶ Écouter cet article des Étangs ({m} min)", "Plutôt en audio : {m} minutes, lues par la rédaction des Étangs"],
        "es": ["▶ Escucha esta noticia de la Laguna ({m} min)", "Mejor en audio: {m} minutos, con la voz de la redacción de la Laguna"],
        "ru": ["▶ Прослушать материал о Приозерье ({m} мин)", "Лучше на слух: {m} минут голосом редакции Приозерья"],
    },
    "app": {
        "en": ["News from the Meres as it breaks: get the {site} app", "Continue in the Meres app ›"],
        "tr": ["Göllerden haberler anında: {site} uygulamasını edinin", "Göller uygulamasında sürdürün ›"],
        "de": ["Nachrichten von der Seenplatte sofort: holen Sie sich die App von {site}", "In der Seenplatten-App weiterlesen ›"],
        "fr": ["L'info des Étangs dès qu'elle tombe : prenez l'appli {site}", "Continuer dans l'appli des Étangs ›"],
        "es": ["Las noticias de la Laguna al instante: consigue la app de {site}", "Continúa en la app de la Laguna ›"],
        "ru": ["Новости Приозерья сразу: установите приложение «{site}»", "Продолжить в приложении Приозерья ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from the Meres office and sails a dinghy on Ormsby Mere in summer.", "Read more from {by} round the Meres ›"],
        "tr": ["{by}, {site} için göller bürosundan {section} haberleri yapıyor ve yazın gölde yelken açıyor.", "{by} imzalı göller haberlerinin devamı ›"],
        "de": ["{by} berichtet für {site} aus dem Seenbüro über {section} und segelt im Sommer auf dem Großen See.", "Mehr von {by} an der Seenplatte ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} depuis le bureau des Étangs et fait de la voile l'été.", "Lire d'autres articles de {by} autour des Étangs ›"],
        "es": ["{by} cubre {section} para {site} desde la oficina de la Laguna y navega en velero en verano.", "Más de {by} en la Laguna ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из бюро Приозерья, а летом ходит под парусом.", "Ещё материалы {by} о Приозерье ›"],
    },
    "tip": {
        "en": ["Seen something round the Meres? Email tips@meres-newsroom.example", "Text or ring the Meres newsroom on 07700 900 614"],
        "tr": ["Göller yöresinde bir şey mi gördünüz? ihbar@goller-haber.example adresine yazın", "Göller haber merkezine mesaj atın ya da arayın: 0 (533) 900 61 40"],
        "de": ["Etwas an der Seenplatte gesehen? Mail an hinweise@seen-redaktion.example", "SMS oder Anruf an die Seenredaktion: 0160 900 61 40"],
        "fr": ["Vous avez vu quelque chose autour des Étangs ? Écrivez à tuyaux@etangs-redac.example", "Texto ou appel à la rédaction des Étangs : 06 00 90 61 40"],
        "es": ["¿Has visto algo en la Laguna? Escribe a pistas@laguna-redaccion.example", "Manda un mensaje o llama a la redacción de la Laguna: 600 900 614"],
        "ru": ["Что-то заметили в Приозерье? Пишите на tip@priozerye-redakciya.example", "Звоните или пишите в редакцию Приозерья: +7 900 000-61-40"],
    },
    "typo": {
        "en": ["Spotted an error in this Meres report? Select the words and press Ctrl+Enter so the Meres desk can fix it"],
        "tr": ["Bu göller haberinde bir yanlış mı gördünüz? İşaretleyin ve masaya bildirmek için Ctrl+Enter'a basın"],
        "de": ["Einen Fehler in diesem Seenplatten-Bericht entdeckt? Markieren und Strg+Enter drücken, damit die Redaktion es erfährt"],
        "fr": ["Une erreur dans cet article des Étangs ? Surlignez-la et appuyez sur Ctrl+Entrée pour prévenir la rédaction"],
        "es": ["¿Un error en esta noticia de la Laguna? Resáltalo y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Заметили ошибку в материале о Приозерье? Выделите её и нажмите Ctrl+Enter — редакция Приозерья поправит"],
    },
    "push": {
        "en": ["Get a ping when news breaks round the Meres? Ping me · Maybe later"],
        "tr": ["Göllerde son dakika olunca bildirim alalım mı? Bana haber ver · Belki sonra"],
        "de": ["Kurze Meldung, wenn an der Seenplatte etwas passiert? Melden Sie sich · Vielleicht später"],
        "fr": ["Une alerte quand l'actualité tombe aux Étangs ? Alertez-moi · Plus tard peut-être"],
        "es": ["¿Un aviso cuando haya noticias en la Laguna? Avísame · Quizá luego"],
        "ru": ["Сообщать, когда в Приозерье срочные новости? Сообщайте · Может быть, позже"],
    },
    "print": {
        "en": ["Save this Meres story: Print · PDF · Email a copy", "Print-ready Meres version ›"],
        "tr": ["Bu göller haberini kaydedin: Yazdır · PDF · Kopyayı e-postayla gönder", "Baskıya hazır göller sürümü ›"],
        "de": ["Diesen Seenplatten-Artikel sichern: Drucken · PDF · Kopie mailen", "Druckfertige Seenplatten-Fassung ›"],
        "fr": ["Conserver cet article des Étangs : Imprimer · PDF · Envoyer une copie", "Version des Étangs prête à imprimer ›"],
        "es": ["Guarda esta noticia de la Laguna: Imprimir · PDF · Enviar una copia", "Versión de la Laguna lista para imprimir ›"],
        "ru": ["Сохранить материал о Приозерье: Печать · PDF · Отправить копию", "Версия Приозерья для печати ›"],
    },
    "feedback": {
        "en": ["Did this Meres report help? Yes, a lot · Somewhat · No"],
        "tr": ["Bu göller haberi yardımcı oldu mu? Evet, çok · Kısmen · Hayır"],
        "de": ["Hat Ihnen dieser Bericht von der Seenplatte geholfen? Ja, sehr · Teilweise · Nein"],
        "fr": ["Cet article des Étangs vous a-t-il aidé ? Oui, beaucoup · En partie · Non"],
        "es": ["¿Te ha ayudado esta noticia de la Laguna? Sí, mucho · En parte · No"],
        "ru": ["Помог ли вам материал о Приозерье? Да, очень · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code in all its Meres titles. Send complaints about this article to readers@meres-newsroom.example."],
        "tr": ["{site}, bütün göller yayınlarında basın ahlak ilkelerine bağlıdır. Bu haberle ilgili şikâyetlerinizi okur@goller-haber.example adresine gönderin."],
        "de": ["{site} folgt in allen Ausgaben an der Seenplatte dem Pressekodex. Beschwerden zu diesem Artikel an leser@seen-redaktion.example."],
        "fr": ["{site} respecte la charte de Munich dans tous ses titres des Étangs. Adressez vos réclamations sur cet article à lecteurs@etangs-redac.example."],
        "es": ["{site} se rige por el código deontológico en todas sus cabeceras de la Laguna. Envía tus quejas sobre este artículo a lectores@laguna-redaccion.example."],
        "ru": ["«{site}» во всех изданиях Приозерья следует кодексу журналистской этики. Жалобы на эту статью направляйте на chitatel@priozerye-redakciya.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · The Meres · Lakeside parishes", "Get more {section} from the Meres ›"],
        "tr": ["Kategori: {section} · Göller · Göl kıyısı köyleri", "Göllerden daha fazla {section} ›"],
        "de": ["Abgelegt unter: {section} · Seenplatte · Dörfer am Ufer", "Mehr {section} von der Seenplatte ›"],
        "fr": ["Classé dans : {section} · Les Étangs · Communes du bord de l'eau", "Plus de {section} autour des Étangs ›"],
        "es": ["Archivado en: {section} · La Laguna · Pueblos de la orilla", "Más {section} de la Laguna ›"],
        "ru": ["Рубрики: {section} · Приозерье · Прибрежные сёла", "Больше материалов «{section}» из Приозерья ›"],
    },
    "bookmark": {
        "en": ["☆ Keep this for later in your Meres saved list"],
        "tr": ["☆ Bunu göller kayıtlı listenizde sonraya saklayın"],
        "de": ["☆ Für später in Ihrer Seenplatten-Merkliste ablegen"],
        "fr": ["☆ Garder pour plus tard dans vos favoris des Étangs"],
        "es": ["☆ Guárdalo para luego en tu lista de la Laguna"],
        "ru": ["☆ Отложить на потом в избранное Приозерья"],
    },
    "poll": {
        "en": ["Your verdict: should every parish round the Meres do this? Yes, all of them · No, leave it to each · Can't decide", "Vote to see what the rest of the Meres thinks"],
        "tr": ["Sizce her göl köyü bunu yapmalı mı? Evet · Hayır · Henüz emin değilim", "Göllerin geri kalanının ne düşündüğünü görmek için oy verin"],
        "de": ["Ihr Urteil: Sollte jede Gemeinde an der Seenplatte das tun? Ja, alle · Nein, jede für sich · Kann mich nicht entscheiden", "Abstimmen und sehen, was die übrige Seenplatte denkt"],
        "fr": ["Votre avis : chaque commune des Étangs devrait-elle faire pareil ? Oui · Non · Je ne sais pas encore", "Votez pour voir ce qu'en pensent les autres habitants des Étangs"],
        "es": ["Tu veredicto: ¿deberían hacerlo todos los pueblos de la Laguna? Sí · No · Aún no lo sé", "Vota y mira lo que piensa el resto de la Laguna"],
        "ru": ["Ваше мнение: стоит ли так сделать каждому селу Приозерья? Да · Нет · Пока не знаю", "Проголосуйте, чтобы узнать мнение остального Приозерья"],
    },
    "embed": {
        "en": ["See this Meres post by {handle} on Instagram", "Video from the Meres by {handle}: watch on YouTube"],
        "tr": ["{handle} tarafından göllerden paylaşılan bu gönderiye Instagram'da bakın", "{handle} göllerden video paylaştı: YouTube'da izleyin"],
        "de": ["Diesen Beitrag von {handle} von der Seenplatte auf Instagram sehen", "Video von der Seenplatte von {handle}: auf YouTube ansehen"],
        "fr": ["Voir cette publication des Étangs de {handle} sur Instagram", "Vidéo des Étangs par {handle} : regarder sur YouTube"],
        "es": ["Mira esta publicación de {handle} desde la Laguna en Instagram", "Vídeo de la Laguna de {handle}: míralo en YouTube"],
        "ru": ["Смотреть публикацию {handle} из Приозерья в Instagram", "Видео из Приозерья от {handle}: смотреть на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} shots from the water", "Open all {g} pictures from the Meres ›"],
        "tr": ["📷 Sudan {g} kare", "Göllerden {g} fotoğrafın hepsini açın ›"],
        "de": ["📷 {g} Aufnahmen vom Wasser", "Alle {g} Bilder von der Seenplatte öffnen ›"],
        "fr": ["📷 {g} clichés pris au bord de l'eau", "Ouvrir les {g} photos des Étangs ›"],
        "es": ["📷 {g} instantáneas desde el agua", "Abre las {g} fotos de la Laguna ›"],
        "ru": ["📷 {g} снимков с воды", "Открыть все {g} фотографий из Приозерья ›"],
    },
    "map": {
        "en": ["Expand the Meres map", "Directions to the Meres: Google Maps · Apple Maps · what3words"],
        "tr": ["Göller haritasını büyütün", "Yol tarifi: Google Haritalar · Apple Haritalar · what3words"],
        "de": ["Karte der Seenplatte vergrößern", "Route: Google Maps · Apple Karten · what3words"],
        "fr": ["Agrandir la carte des Étangs", "Itinéraire : Google Maps · Plans d'Apple · what3words"],
        "es": ["Ampliar el mapa de la Laguna", "Cómo llegar: Google Maps · Mapas de Apple · what3words"],
        "ru": ["Развернуть карту Приозерья", "Маршрут: Яндекс Карты · 2ГИС · what3words"],
    },
    "calendar": {
        "en": ["Put it in your Meres diary: Google · Outlook · iCal", "Send me a Meres reminder the day before ›"],
        "tr": ["Göller ajandanıza ekleyin: Google · Outlook · iCal", "Bir gün önce bana göller hatırlatması gönderin ›"],
        "de": ["In den Terminkalender: Google · Outlook · iCal", "Einen Tag vorher an den Termin an der Seenplatte erinnern ›"],
        "fr": ["À noter dans votre agenda : Google · Outlook · iCal", "M'envoyer un rappel des Étangs la veille ›"],
        "es": ["Anótalo en tu agenda: Google · Outlook · iCal", "Mándame un recordatorio de la Laguna el día antes ›"],
        "ru": ["Добавить в ежедневник: Google · Outlook · iCal", "Напомнить о событии в Приозерье за день ›"],
    },
    "scores": {
        "en": ["All the weekend scores from round the Meres ›", "Scores centre: Fixtures · Results · League tables · Scorers"],
        "tr": ["Göller yöresinden bütün hafta sonu skorları ›", "Skor merkezi: Fikstür · Sonuçlar · Puan durumu · Golcüler"],
        "de": ["Alle Wochenend-Ergebnisse von der Seenplatte ›", "Ergebniszentrale: Spiele · Ergebnisse · Tabellen · Torschützen"],
        "fr": ["Tous les scores du week-end autour des Étangs ›", "Centre des scores : Matchs · Résultats · Classements · Buteurs"],
        "es": ["Todos los marcadores del fin de semana en la Laguna ›", "Centro de resultados: Partidos · Resultados · Clasificaciones · Goleadores"],
        "ru": ["Все результаты выходных в Приозерье ›", "Центр результатов: Матчи · Итоги · Турнирные таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["This Meres report was changed after it first appeared."],
        "tr": ["Bu göller haberi ilk yayımlandıktan sonra değiştirildi."],
        "de": ["Dieser Bericht von der Seenplatte wurde nach dem ersten Erscheinen geändert."],
        "fr": ["Cet article des Étangs a été modifié après sa première parution."],
        "es": ["Esta noticia de la Laguna se cambió tras su primera publicación."],
        "ru": ["Этот материал о Приозерье изменён после первого выхода."],
    },
    # the three families new in this part
    "mobilelibrary": {
        "en": ["Mobile library stops this fortnight", "Mobile library timetable: stops, days and times", "Find when the mobile library calls at your village ›", "Where the library van parks"],
        "tr": ["Bu iki hafta gezici kütüphane durakları", "Gezici kütüphane tarifesi: duraklar, günler ve saatler", "Gezici kütüphanenin köyünüze ne zaman geldiğini öğrenin ›", "Kütüphane aracının durduğu yerler"],
        "de": ["Haltestellen der Fahrbücherei in den nächsten zwei Wochen", "Fahrplan der Fahrbücherei: Haltestellen, Tage und Uhrzeiten", "So finden Sie, wann die Fahrbücherei in Ihrem Ort hält ›", "Hier steht der Bücherbus"],
        "fr": ["Arrêts du bibliobus cette quinzaine", "Horaires du bibliobus : arrêts, jours et heures", "Savoir quand le bibliobus passe dans votre commune ›", "Où stationne le bibliobus"],
        "es": ["Paradas del bibliobús esta quincena", "Horario del bibliobús: paradas, días y horas", "Consulta cuándo pasa el bibliobús por tu pueblo ›", "Dónde aparca el bibliobús"],
        "ru": ["Остановки библиобуса в ближайшие две недели", "Расписание библиобуса: остановки, дни и часы", "Узнайте, когда библиобус приезжает в ваше село ›", "Где стоит библиобус"],
    },
    "streetparty": {
        "en": ["Planning a street party?", "Street parties and road closures: deadlines, forms and fees", "Apply to close your road for a party ›", "Street party checklist"],
        "tr": ["Sokak şenliği mi düzenliyorsunuz?", "Sokak şenlikleri ve yol kapatma: son tarihler, formlar ve ücretler", "Şenlik için sokağınızı kapatma başvurusu yapın ›", "Sokak şenliği kontrol listesi"],
        "de": ["Sie planen ein Straßenfest?", "Straßenfeste und Straßensperrungen: Fristen, Anträge und Gebühren", "Sperrung Ihrer Straße für ein Fest beantragen ›", "Checkliste fürs Straßenfest"],
        "fr": ["Vous organisez une fête de rue ?", "Fêtes de rue et fermetures de voie : délais, formulaires et frais", "Demander la fermeture de votre rue pour une fête ›", "La fête de rue, mode d'emploi"],
        "es": ["¿Preparas una fiesta en tu calle?", "Fiestas de calle y cortes de tráfico: plazos, impresos y tasas", "Solicita el corte de tu calle para una fiesta ›", "Lista para la fiesta de calle"],
        "ru": ["Готовите праздник во дворе или на улице?", "Уличные праздники и перекрытие улиц: сроки, заявления и сборы", "Подать заявку на перекрытие улицы для праздника ›", "Памятка для уличного праздника"],
    },
    "graffitireport": {
        "en": ["Report graffiti and fly-posting", "Graffiti and fly-posting: how we respond and how fast", "Report graffiti or fly-posting online ›", "Graffiti removal times"],
        "tr": ["Duvar yazısı ve izinsiz afiş bildirin", "Duvar yazıları ve izinsiz afişler: nasıl ve ne kadar sürede müdahale ediyoruz", "Duvar yazısını ya da izinsiz afişi çevrimiçi bildirin ›", "Duvar yazısı temizleme süreleri"],
        "de": ["Graffiti und wilde Plakate melden", "Graffiti und wildes Plakatieren: wie und wie schnell wir reagieren", "Graffiti oder wilde Plakate online melden ›", "Fristen für die Graffiti-Entfernung"],
        "fr": ["Signaler un tag ou un affichage sauvage", "Tags et affichage sauvage : comment et en combien de temps nous intervenons", "Signaler un tag ou une affiche sauvage en ligne ›", "Délais d'effacement des tags"],
        "es": ["Avisa de pintadas y carteles ilegales", "Pintadas y carteles ilegales: cómo y en cuánto tiempo actuamos", "Avisa en línea de una pintada o un cartel ilegal ›", "Plazos de limpieza de pintadas"],
        "ru": ["Сообщить о граффити и незаконной расклейке", "Граффити и незаконная расклейка: как и в какие сроки мы реагируем", "Сообщить о граффити или объявлениях онлайн ›", "Сроки удаления граффити"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"mobilelibrary": [0, 1, 2, 3], "streetparty": [0, 1, 2, 3], "graffitireport": [0, 1, 2, 3]}
# the mobile library's stops: stop, day, time
LIBRARY_STOPS = {
    "en": [("Ormsby Mere, lay-by opposite the church", "Tuesday 3 and 17 March", "09:45–10:30"), ("Fallowfield, village hall car park", "Tuesday 3 and 17 March", "11:00–12:15"), ("Little Tarnby, The Green", "Wednesday 4 and 18 March", "14:00–14:40")],
    "tr": [("Akgöl, cami avlusu önü", "her çarşamba", "10.00–11.30"), ("Sazlıdere, muhtarlık önü", "her çarşamba", "13.00–14.00"), ("Kavaklı, ilkokul bahçesi", "ayın ilk perşembesi", "10.30–12.00")],
    "de": [("Seedorf, Dorfgemeinschaftshaus", "dienstags, gerade Wochen", "14:00–15:30"), ("Kleinwerder, Bushaltestelle Am Anger", "dienstags, gerade Wochen", "16:00–16:45"), ("Brunnau, Parkplatz Feuerwehr", "donnerstags, ungerade Wochen", "9:30–11:00")],
    "fr": [("Saint-Férréol-des-Étangs, place de l'Église", "mardi 10 et 24 février", "9 h 30–11 h"), ("Les Mottes, devant l'école", "mardi 10 et 24 février", "13 h 45–14 h 30"), ("Le Grand-Vivier, parking de la salle des fêtes", "mercredi 11 et 25 février", "10 h–11 h 30")],
    "es": [("Villalaguna, plaza del Ayuntamiento", "lunes alternos", "10.00–11.30"), ("El Carrizal, junto al consultorio", "lunes alternos", "12.00–13.00"), ("Navalcisne, frente a la escuela", "jueves alternos", "11.00–12.30")],
    "ru": [("Заозерье, у сельского клуба", "каждый второй вторник", "10:00–11:30"), ("Лебяжье, остановка «Магазин»", "каждый второй вторник", "12:30–13:15"), ("Камышовка, у фельдшерского пункта", "первая среда месяца", "11:10–12:05")],
}
LIBRARY_HEAD = {"en": ("Stop", "Day", "Time"), "tr": ("Durak", "Gün", "Saat"), "de": ("Haltestelle", "Tag", "Zeit"),
                "fr": ("Arrêt", "Jour", "Horaire"), "es": ("Parada", "Día", "Hora"), "ru": ("Остановка", "День", "Время")}
# the street party notice: what, details
PARTY_RULES = {
    "en": [("Apply by", "at least eight weeks before the party"), ("Form", "street party and road closure application, online or from the civic centre"), ("Fee for closing the road", "none for residents' parties; £85 if you sell tickets"), ("Insurance", "public liability cover of at least £5m, from a broker or your residents' group")],
    "tr": [("Son başvuru", "şenlikten en az altı hafta önce"), ("Form", "sokak şenliği ve yol kapatma dilekçesi, belediye internet sitesinden ya da zabıta müdürlüğünden"), ("Başvuru ücreti", "mahalle şenlikleri için alınmıyor"), ("Sigorta", "üçüncü şahıs mali sorumluluk sigortası önerilir")],
    "de": [("Antragsfrist", "spätestens sechs Wochen vor dem Fest"), ("Formular", "Antrag auf Sondernutzung und verkehrsrechtliche Anordnung, online oder im Bürgerbüro"), ("Verwaltungsgebühr", "für Nachbarschaftsfeste ohne Verkauf entfällt sie, sonst 45 €"), ("Versicherung", "Veranstalterhaftpflicht mit mindestens 3 Mio. € Deckung")],
    "fr": [("Date limite de dépôt", "un mois avant la fête au plus tard"), ("Formulaire", "demande d'arrêté de fermeture de voie, en mairie ou en ligne"), ("Coût", "gratuit pour les fêtes entre voisins"), ("Assurance", "attestation de responsabilité civile de l'organisateur")],
    "es": [("Plazo de solicitud", "al menos treinta días antes de la fiesta"), ("Impreso", "solicitud de ocupación de vía pública y corte de calle, en el registro o en la sede electrónica"), ("Tasa municipal", "exenta para fiestas vecinales sin venta"), ("Seguro", "póliza de responsabilidad civil de la asociación o comunidad")],
    "ru": [("Срок подачи", "не позднее чем за 30 дней до праздника"), ("Заявление", "о временном перекрытии улицы, через МФЦ или на портале госуслуг"), ("Плата за перекрытие", "не взимается"), ("Ответственность", "организатор отвечает за порядок и уборку после праздника")],
}
PARTY_HEAD = {"en": ("What", "Details"), "tr": ("Konu", "Ayrıntı"), "de": ("Was", "Einzelheiten"),
              "fr": ("Quoi", "Détails"), "es": ("Qué", "Detalles"), "ru": ("Что", "Подробности")}
# the graffiti panel: kind of graffiti, how fast it goes
GRAFFITI_TIMES = {
    "en": [("Offensive, racist or threatening graffiti", "removed within 24 hours, seven days a week"), ("Graffiti on council walls, benches and signs", "within 5 working days"), ("Fly-posters on lamp posts and bins", "within 10 working days"), ("Graffiti on private property", "free removal up to 2 metres high with the owner's consent")],
    "tr": [("Hakaret ya da nefret içeren yazılar", "24 saat içinde siliniyor"), ("Belediye duvarları ve banklar", "5 iş günü içinde"), ("Direklere izinsiz asılan afişler", "10 iş günü içinde")],
    "de": [("Beleidigende oder verfassungsfeindliche Schmierereien", "innerhalb von 24 Stunden entfernt"), ("Graffiti an städtischen Gebäuden und Brücken", "innerhalb von 5 Werktagen"), ("Wilde Plakate an Masten und Stromkästen", "innerhalb von 10 Werktagen")],
    "fr": [("Tags injurieux ou racistes", "effacés sous 24 heures"), ("Tags sur les bâtiments communaux", "sous 5 jours ouvrés"), ("Affichage sauvage", "retiré sous 10 jours ouvrés")],
    "es": [("Pintadas ofensivas o de odio", "se borran en 24 horas"), ("Pintadas en edificios y mobiliario municipal", "en 5 días hábiles"), ("Carteles pegados sin permiso", "en 10 días hábiles")],
    "ru": [("Оскорбительные и экстремистские надписи", "закрашиваются в течение суток"), ("Граффити на фасадах и остановках", "в течение 5 рабочих дней"), ("Незаконные объявления на столбах", "в течение 10 рабочих дней")],
}
GRAFFITI_HEAD = {"en": ("Graffiti", "Response"), "tr": ("Tür", "Müdahale"), "de": ("Art", "Reaktion"),
                 "fr": ("Type", "Délai"), "es": ("Tipo", "Plazo"), "ru": ("Вид", "Срок")}
WIDGET_ROWS = (("library stops", LIBRARY_STOPS), ("party rules", PARTY_RULES), ("graffiti times", GRAFFITI_TIMES))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Heron takes up residence on the roof of the chip shop", "Rowing boats for hire on Ormsby Mere again after twelve years",
           "Primary pupils plant 400 bulbs along the causeway", "Parish clock stopped at ten past four is ticking again",
           "Eel count on the Tarn Beck is the highest since records began", "Lost wedding ring turns up in a mere-side allotment"],
    "tr": ["Balıkçıl, balıkçı dükkânının çatısına yerleşti", "Akgöl'de kiralık kayıklar on iki yıl sonra yeniden suda",
           "İlkokul öğrencileri set yolu boyunca 400 soğan dikti", "Dördü on geçe duran köy saati yeniden çalışıyor",
           "Derede yılan balığı sayımı kayıtların en yükseği", "Kaybolan alyans göl kıyısındaki bir bahçede bulundu"],
    "de": ["Graureiher wohnt jetzt auf dem Dach der Fischbude", "Ruderboote auf dem Großen See nach zwölf Jahren wieder zu mieten",
           "Grundschüler setzen 400 Blumenzwiebeln entlang des Damms", "Kirchturmuhr, die um zehn nach vier stehen blieb, tickt wieder",
           "So viele Aale im Seebach wie nie seit Beginn der Zählung", "Verlorener Ehering taucht in einem Schrebergarten am Ufer auf"],
    "fr": ["Un héron s'installe sur le toit de la friterie", "Des barques à louer sur le grand étang, une première depuis douze ans",
           "Les écoliers plantent 400 bulbes le long de la digue", "L'horloge de l'église, arrêtée à quatre heures dix, repart",
           "Record de civelles comptées dans le ruisseau des Mottes", "Une alliance perdue retrouvée dans un jardin ouvrier au bord de l'eau"],
    "es": ["Una garza se instala en el tejado del bar de la playa", "Vuelven las barcas de alquiler a la Laguna doce años después",
           "Los escolares plantan 400 bulbos a lo largo del dique", "El reloj de la torre, parado a las cuatro y diez, vuelve a andar",
           "Récord de anguilas contadas en el arroyo del Carrizal", "Aparece en un huerto de la orilla una alianza perdida"],
    "ru": ["Цапля поселилась на крыше рыбного ларька", "На озере снова дают напрокат лодки — впервые за двенадцать лет",
           "Школьники посадили 400 луковиц вдоль дамбы", "Часы на колокольне, вставшие в десять минут пятого, снова идут",
           "В ручье насчитали рекордное число угрей", "Потерянное обручальное кольцо нашлось на огороде у озера"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["It arrives at half past five every evening and waits for the scraps.",
           "Twelve boats, painted green and white, and a booking book on the counter.",
           "Daffodils on the town side, snowdrops on the marsh side.",
           "A retired watchmaker climbed the tower with a tin of oil and a torch.",
           "Volunteers counted 2,140 young eels in a single night in April.",
           "It had been missing since 1998 and was still engraved with the date."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Meres news today", "Parish and district", "Meres courts and police", "Meres schools", "Sport on and off the water", "Out and about round the Meres", "Public notices for the Meres"],
               cookie="This site and its partners store cookies and use similar tools on your device so that pages load, so that we can measure readership, and to show the advertising that pays for local journalism round the Meres. Allow them all or decide for yourself.",
               accept="Allow all and go to the Meres", reject="Let me decide", share="Share this Meres report",
               related="More to read round the Meres", newsletter="Meres Nightly: today's local stories in one short email",
               subscribe="Get Meres Nightly", email="you@meres-nightly.example",
               comment_note="A moderator checks every comment on Meres stories before it goes live. Please be civil, keep to the subject and bear in mind that your neighbours will read it.",
               closed="Commenting is closed on this Meres report.",
               footer=["Contact the Meres newsroom", "How we correct Meres stories", "Meres reader privacy", "Advertise round the Meres", "Meres house rules"],
               rights="Everything published on this site belongs to its publisher and may not be reused without written consent.",
               commenters=[("MeresideMarion", "About time somebody sorted this out."),
                           ("Ken from the Causeway", "Hats off to all the volunteers.")]),
    "tr": dict(nav=["Göllerden bugün", "Köyler ve ilçe", "Göllerde adliye ve polis", "Göller okulları", "Suda ve karada spor", "Göller yöresinde gezi", "Göller için resmî duyurular"],
               cookie="Bu site ve iş ortakları, sayfaların açılması, okur sayısının ölçülmesi ve göller yöresindeki yerel gazeteciliği ödeyen reklamların gösterilmesi için cihazınızda çerezler saklar ve benzer araçlar kullanır. Hepsine izin verin ya da kendiniz karar verin.",
               accept="Hepsine izin ver ve göllere git", reject="Kendim karar vereyim", share="Bu göller haberini paylaşın",
               related="Göller yöresinde okunacak diğer haberler", newsletter="Göller Gecesi: bugünün yerel haberleri kısa bir e-postada",
               subscribe="Göller Gecesi'ni alın", email="siz@goller-gecesi.example",
               comment_note="Göller haberlerine yazılan her yorumu yayından önce bir moderatör kontrol eder. Lütfen nazik olun, konuya bağlı kalın ve komşularınızın da okuyacağını unutmayın.",
               closed="Bu göller haberine yorum yapılamıyor.",
               footer=["Göller haber merkezine ulaşın", "Göller haberlerini nasıl düzeltiyoruz", "Göller okur gizliliği", "Göller yöresinde reklam verin", "Göller site kuralları"],
               rights="Bu sitede yayımlanan her şey yayıncısına aittir ve yazılı onay olmadan yeniden kullanılamaz.",
               commenters=[("Gölkenarı_Nurten", "Nihayet biri bu işi çözdü."),
                           ("Setyolu Ramazan", "Bütün gönüllülere şapka çıkarıyorum.")]),
    "de": dict(nav=["Seenplatte heute", "Gemeinden und Kreis", "Polizei und Gericht an den Seen", "Schulen an der Seenplatte", "Sport auf dem Wasser und an Land", "Unterwegs an der Seenplatte", "Amtliches für die Seenplatte"],
               cookie="Diese Website und ihre Partner speichern Cookies und nutzen ähnliche Werkzeuge auf Ihrem Gerät, damit Seiten laden, damit wir die Reichweite messen können und um die Werbung zu zeigen, die den Lokaljournalismus an der Seenplatte bezahlt. Alle erlauben oder selbst entscheiden.",
               accept="Alle erlauben und zur Seenplatte", reject="Selbst entscheiden", share="Diesen Seenplatten-Bericht teilen",
               related="Mehr zum Lesen von der Seenplatte", newsletter="Seenplatte am Abend: die Lokalgeschichten des Tages in einer kurzen Mail",
               subscribe="Seenplatte am Abend erhalten", email="sie@seenplatte-am-abend.example",
               comment_note="Ein Moderator prüft jeden Kommentar zu Artikeln von der Seenplatte, bevor er erscheint. Bleiben Sie höflich und beim Thema und denken Sie daran, dass Ihre Nachbarn mitlesen.",
               closed="Zu diesem Seenplatten-Bericht kann nicht mehr kommentiert werden.",
               footer=["Kontakt zur Seenredaktion", "Wie wir Artikel von der Seenplatte korrigieren", "Datenschutz für Leser an den Seen", "Werben an der Seenplatte", "Hausregeln der Seenplatte"],
               rights="Alles auf dieser Website Veröffentlichte gehört dem Verlag und darf ohne schriftliche Zustimmung nicht weiterverwendet werden.",
               commenters=[("Uferweg_Hannelore", "Wurde auch Zeit, dass das jemand regelt."),
                           ("Klaus vom Damm", "Hut ab vor allen Freiwilligen.")]),
    "fr": dict(nav=["Les Étangs aujourd'hui", "Communes et intercommunalité", "Police et justice aux Étangs", "Écoles des Étangs", "Le sport sur l'eau et à terre", "Sorties autour des Étangs", "Avis publics des Étangs"],
               cookie="Ce site et ses partenaires déposent des cookies et utilisent des outils similaires sur votre appareil pour charger les pages, mesurer l'audience et afficher la publicité qui finance le journalisme local autour des Étangs. Tout autoriser ou décider vous-même.",
               accept="Tout autoriser et aller aux Étangs", reject="Je décide moi-même", share="Partager cet article des Étangs",
               related="À lire aussi autour des Étangs", newsletter="Les Étangs le soir : les histoires locales du jour dans un court courriel",
               subscribe="Recevoir Les Étangs le soir", email="vous@etangs-le-soir.example",
               comment_note="Un modérateur vérifie chaque commentaire sur les articles des Étangs avant sa mise en ligne. Restez courtois, dans le sujet, et pensez que vos voisins vous lisent.",
               closed="Les commentaires sont fermés pour cet article des Étangs.",
               footer=["Contacter la rédaction des Étangs", "Comment nous corrigeons les articles des Étangs", "Vie privée des lecteurs des Étangs", "Faire de la publicité aux Étangs", "Règles de la maison des Étangs"],
               rights="Tout ce qui est publié sur ce site appartient à son éditeur et ne peut être réutilisé sans accord écrit.",
               commenters=[("Mauricette_de_la_Digue", "Enfin quelqu'un qui s'en charge."),
                           ("Jojo du Grand-Vivier", "Chapeau à tous les bénévoles.")]),
    "es": dict(nav=["La Laguna hoy", "Ayuntamientos y comarca de la Laguna", "Tribunales y sucesos en la Laguna", "Colegios de la Laguna", "Deporte en el agua y en tierra", "Planes por la Laguna", "Anuncios oficiales de la Laguna"],
               cookie="Esta web y sus socios guardan cookies y usan herramientas parecidas en tu dispositivo para que carguen las páginas, para medir la audiencia y para mostrar la publicidad que paga el periodismo local de la Laguna. Permítelas todas o decide tú.",
               accept="Permitir todas e ir a la Laguna", reject="Prefiero decidir yo", share="Comparte esta noticia de la Laguna",
               related="Más para leer de la Laguna", newsletter="La Laguna de noche: las historias locales del día en un correo corto",
               subscribe="Recibir La Laguna de noche", email="tu@laguna-de-noche.example",
               comment_note="Un moderador revisa cada comentario de las noticias de la Laguna antes de publicarlo. Sé educado, no te salgas del tema y piensa que tus vecinos te leen.",
               closed="Los comentarios de esta noticia de la Laguna están cerrados.",
               footer=["Contacta con la redacción de la Laguna", "Cómo corregimos las noticias de la Laguna", "Privacidad de los lectores de la Laguna", "Publicidad en la Laguna", "Normas de la casa de la Laguna"],
               rights="Todo lo publicado en esta web pertenece a su editor y no puede reutilizarse sin consentimiento por escrito.",
               commenters=[("Charo_del_Embarcadero", "Ya era hora de que alguien lo arreglara."),
                           ("Paco el del Dique", "Me quito el sombrero ante los voluntarios.")]),
    "ru": dict(nav=["Приозерье сегодня", "Сёла и район", "Суды и полиция Приозерья", "Школы Приозерья", "Спорт на воде и на суше", "Куда пойти в Приозерье", "Официальные объявления Приозерья"],
               cookie="Этот сайт и его партнёры сохраняют cookie и используют похожие инструменты на вашем устройстве, чтобы страницы загружались, чтобы измерять аудиторию и показывать рекламу, которая оплачивает местную журналистику в Приозерье. Разрешите всё или решите сами.",
               accept="Разрешить всё и перейти в Приозерье", reject="Решу сам", share="Поделиться материалом о Приозерье",
               related="Что ещё почитать о Приозерье", newsletter="«Приозерье вечером»: местные истории дня в одном коротком письме",
               subscribe="Получать «Приозерье вечером»", email="vy@priozerye-vecherom.example",
               comment_note="Каждый комментарий к материалам о Приозерье модератор проверяет до публикации. Будьте вежливы, держитесь темы и помните, что вас читают соседи.",
               closed="Комментарии к этому материалу о Приозерье закрыты.",
               footer=["Связаться с редакцией Приозерья", "Как мы исправляем материалы о Приозерье", "Конфиденциальность читателей Приозерья", "Реклама в Приозерье", "Правила сайта Приозерья"],
               rights="Всё опубликованное на этом сайте принадлежит издателю и не может использоваться повторно без письменного согласия.",
               commenters=[("Priozernaya_Lida", "Наконец-то этим кто-то занялся."),
                           ("Дядя Коля с дамбы", "Снимаю шляпу перед всеми добровольцами.")]),
}
UI80 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "MEHR VON DER SEENPLATTE:", "fr": "AUSSI AUTOUR DES ÉTANGS >"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} über {section} und die Dörfer an den drei Seen. Hinweise an seen@seedorfer-rundschau.example",
                   "fr": "{name} signe les grands formats de {site}, sur la rubrique {section} et les villages des Étangs. Idées à formats@voix-grand-vivier.example"},
    (mp4, "READMORE"): {"en": "ALSO ROUND THE MERES:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"fr": dict(also="Plus du Courrier des Étangs")},
    (mp6, "TYPO3"): {"de": dict(ext="Karte: Haltestellen der Fahrbücherei (OpenStreetMap)",
                                note="Hier ist eine Karte mit den Haltestellen des Bücherbusses eingebunden. Sie wird erst nach Ihrer Zustimmung geladen, weil OpenStreetMap dabei Ihre IP-Adresse erhält.",
                                button="Zustimmen und Bücherbus-Karte zeigen", by="Mitgeteilt von der", search="Auf brunnau.example suchen",
                                lang_menu="Brunnau in Leichter Sprache")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Лебяжье по пятницам", nl_text="Каждую пятницу утром: что случилось в Лебяжьем, на озере и в соседних сёлах, одним письмом.",
                                 nl_button="Получать «Лебяжье по пятницам»", nl_placeholder="Ваш адрес для пятничного письма")},
    (mp11, "HUGO"): {"ru": dict(nl_title="Заозерье за неделю", nl_text="Каждое воскресенье вечером: главное, что случилось в Заозерье и окрестных сёлах, в одном письме.",
                                nl_label="Ваш e-mail для письма «Заозерье за неделю»", nl_button="Подписаться на «Заозерье за неделю»")},
    (mp13, "PUB_NAV"): {"en": ["New on Lantern Yard", "Faces of Cooper Row", "Yard workshops and stalls", "Keep the Letter going"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Kavaklı Köyü ve göl kıyısındaki hemşehrilerimizin sitesi",
                                menu=["Kavaklı ana sayfa", "Kavaklı'dan haberler", "Çeşme ve imece", "Kavaklı düğünleri", "Kavaklı fotoğrafları", "Muhtara yazın"],
                                cats=["Kavaklı'dan haberler", "Çeşme ve imece", "Kavaklılara duyurular"],
                                friends=["Kavaklı Köyü Kalkındırma Derneği", "Kavaklı Camii", "Göl Kooperatifi"],
                                footer="Kavaklı Köyü internette © 2026 · siteyi muhtarlık ve köyün gençleri birlikte güncelliyor",
                                poster="kavakli_muhtarligi", tags=["çeşme onarımı", "Kavaklı imecesi"],
                                commenters=[("Kavaklı_Emine", "Çeşmenin sesini yeniden duymak ne güzel, ellerinize sağlık."),
                                            ("Gurbetteki Mehmet Ali", "Almanya'dan fotoğraflara bakıp ağladık, yazın geliyoruz.")],
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
# the new layout: a blog post on an October CMS (Laravel) site with a news theme, as October serves it to a reader
# who has not yet answered the cookie banner: the theme layout's head (charset, X-UA-Compatible, "<headline> | <site>"
# as the title, the description and title metas, viewport, generator "October CMS", the csrf-token meta the AJAX
# framework reads, canonical and Open Graph metas, the favicon from themes/<theme>/assets, the theme's stylesheets
# through October's asset combiner (/combine/<hash>-<timestamp>), the framework-extras stylesheet of
# {% framework extras %} and the cookie-banner plugin's stylesheet); body with the page and layout classes;
# header#layout-header with nav#layout-nav (the navbar-brand logo, the navbar-toggler button, the RainLab.Pages
# staticMenu list of nav-item / nav-link items, one with a dropdown-menu, and the site-search form whose input asks
# the server for suggestions through data-request / data-request-update / data-track-input); section#layout-content
# with the breadcrumb, article.blog-post (h1.blog-post-title, the excerpt, the meta line, the featured image figure
# from the post's featured_images), the rainlab-blog blogPost component's partial (div.content holding the post's
# content_html -- p, h2, ul / ol, blockquote, and what the editor pasted as raw HTML into the Markdown --, then
# p.info "Posted in <category> on <date>"), the theme's share links, the related posts (a blogPosts component with
# its ul.post-list of li > h3 / p.info / p.excerpt, and the "load more" button with data-request="onLoadMore"), the
# sidebar (the blogCategories component's ul.category-list with the active category and post-count badges, the
# newsletter signup form posted through data-request="signupForm::onSignup" with its _session_key and _token
# hidden inputs, and the about box); footer#layout-footer (the site line, the footer static menu, the copyright);
# the flash-message container; the cookie banner of the consent plugin (div.gdpr-banner with its wrapper, title,
# message, the necessary / analytics / marketing groups, the accept, decline and save forms posted through
# data-request="cookieBanner::onAccept" etc.); and the framework-bundle script and the theme's combined script
# --------------------------------------------------------------------------
# the platform's own strings per language (as RainLab.Blog, the consent plugin and the theme ship them, not checked)
OCTOBER_CORE = {
    "en": dict(locale="en", posted="Posted", in_="in", on="on", by="By", home="Home", blog="News", search="Search...",
               toggle="Toggle navigation", more="Load more", share="Share", email="Email address", signup="Subscribe",
               banner_title="Cookie settings",
               banner_msg="We use cookies to make this website work and to understand how it is used. Some cookies are only set with your consent.",
               necessary="Necessary", analytics="Analytics", marketing="Marketing", required="(required)",
               accept="Accept all", decline="Decline", save="Save settings", settings="Cookie settings",
               policy="Cookie policy", months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "de": dict(locale="de", posted="Veröffentlicht", in_="in", on="am", by="Von", home="Startseite", blog="Nachrichten", search="Suchen...",
               toggle="Navigation umschalten", more="Mehr laden", share="Teilen", email="E-Mail-Adresse", signup="Abonnieren",
               banner_title="Cookie-Einstellungen",
               banner_msg="Wir verwenden Cookies, damit diese Website funktioniert und um zu verstehen, wie sie genutzt wird. Manche Cookies werden nur mit Ihrer Einwilligung gesetzt.",
               necessary="Notwendig", analytics="Statistik", marketing="Marketing", required="(erforderlich)",
               accept="Alle akzeptieren", decline="Ablehnen", save="Einstellungen speichern", settings="Cookie-Einstellungen",
               policy="Cookie-Richtlinie", months=["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]),
}
# the sites' own strings (checked): navigation, sidebar headings and texts, related heading, footer
OCTOBER_SITES = {
    "Meres Today": dict(
        host="www.meres-today.example", theme="meres-news", colour="#23566b",
        nav=["Meres headlines", "Ormsby and Fallowfield", "Tarnby villages", "Meres what's on", "Letters to Meres Today", "About Meres Today"],
        sub_nav=["Little Tarnby", "Tarnby Moss"],
        cats_head="Browse Meres Today", about_head="About Meres Today",
        about="A not-for-profit news site for the villages round the three meres, run by two reporters and a team of volunteer correspondents.",
        nl_head="The Meres Weekly", nl_text="Every Friday lunchtime: the week's stories from Ormsby, Fallowfield and the Tarnby villages.",
        related="More from round the meres",
        footer="Meres Today is published by Meres Community Media Ltd, The Old Forge, Ormsby Mere.",
        footer_links=["About Meres Community Media", "Contact Meres Today", "Meres Today corrections", "Meres Today privacy", "Advertise with Meres Today"],
        cats=["Meres headlines", "Libraries and learning", "Meres transport", "Meres what's on", "Meres people"]),
    "Seenland-Kurier": dict(
        host="www.seenland-kurier.example", theme="seenland", colour="#2d5a27",
        nav=["Seenland aktuell", "Seedorf und Kleinwerder", "Brunnau und Umgebung", "Feste im Seenland", "Leserbriefe an den Kurier", "Über den Seenland-Kurier"],
        sub_nav=["Kleinwerder", "Am Seeufer"],
        cats_head="Rubriken im Kurier", about_head="Über den Seenland-Kurier",
        about="Der Seenland-Kurier ist eine kleine Online-Zeitung für die Dörfer an den drei Seen, gemacht von einer Redakteurin und vielen Ortskorrespondenten.",
        nl_head="Der Kurier am Freitag", nl_text="Jeden Freitagmittag: die Geschichten der Woche aus Seedorf, Kleinwerder und Brunnau.",
        related="Mehr aus dem Seenland",
        footer="Seenland-Kurier, herausgegeben von Seenland Medien gUG (haftungsbeschränkt), Uferstraße 3, Seedorf.",
        footer_links=["Impressum des Seenland-Kuriers", "Kontakt zum Kurier", "Korrekturen im Kurier", "Datenschutz beim Seenland-Kurier", "Anzeigen im Seenland-Kurier"],
        cats=["Seenland aktuell", "Feste und Vereine", "Verkehr im Seenland", "Leute vom See", "Amtliches aus dem Seenland"]),
}
OCTOBER_EXEMPT = {"host", "theme", "colour"}  # (a domain, the theme's directory and a colour)


def october_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = OCTOBER_CORE[lang]["months"]
    return ("%s %02d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%02d. %s %d" % (d, months[m - 1], y))


def tpl_octobercms(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = OCTOBER_CORE[lang], OCTOBER_SITES[site]
    base = "https://" + s["host"]
    slug_ = hc.slug(art["title"])[:70].strip("-")
    cat = hc.slug(art["section"])
    url = "%s/blog/post/%s" % (base, slug_)
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)

    def hx(k):
        return "".join(rng.choice("0123456789abcdef") for _ in range(k))

    def upload(name):
        h = hx(32)
        return "%s/storage/app/uploads/public/%s/%s/%s/%s.jpg" % (base, h[:3], h[3:6], h[6:9], name)

    parts = []
    for i in range(n + 1):
        if placed.get(i):
            parts.extend(placed[i])
        if i < n:
            kind, val = blocks[i]
            if kind == "h":
                parts.append("<h2>%s</h2>" % E(val))
            elif kind == "p":
                parts.append("<p>%s</p>" % mp.inline_html(val))
            elif kind == "q":
                parts.append("<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val))
            else:
                parts.append("<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    content = "\n".join(parts)
    today = october_date(lang, art["date"])
    ts = 1700000000 + rng.randint(0, 9999999)
    token = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))
    session = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))
    navs = []
    for k, t in enumerate(s["nav"]):
        href = "%s/blog/category/%s" % (base, hc.slug(t)) if k < 4 else "%s/%s" % (base, hc.slug(t))
        if k == 1:
            subs = "".join('<li><a class="dropdown-item" href="%s/blog/category/%s">%s</a></li>' % (base, hc.slug(x), E(x)) for x in s["sub_nav"])
            navs.append('<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="%s" role="button" data-bs-toggle="dropdown" aria-expanded="false">%s</a>'
                        '<ul class="dropdown-menu">%s</ul></li>' % (href, E(t), subs))
        else:
            navs.append('<li class="nav-item%s"><a class="nav-link" href="%s">%s</a></li>' % (" active" if k == 0 else "", href, E(t)))
    nav = "\n                        ".join(navs)
    related = "\n".join(('                        <li>\n                            <h3><a href="%s/blog/post/%s">%s</a></h3>\n'
                         '                            <p class="info">\n                                %s\n                                 %s\n                                    <a href="%s/blog/category/%s">%s</a>\n                                %s %s\n                            </p>\n                        </li>') % (
        base, hc.slug(h)[:60], E(h), E(c["posted"]), E(c["in_"]), base, cat, E(art["section"]), E(c["on"]),
        E(october_date(lang, "%s-%02d-%02d" % (art["date"][:4], rng.randint(1, 12), rng.randint(1, 28))))) for h in heads[:4])
    cats = "".join('<li%s><a href="%s/blog/category/%s">%s</a> <span class="badge">%d</span></li>' % (
        ' class="active"' if k == 0 else "", base, hc.slug(t), E(t), rng.randint(4, 160)) for k, t in enumerate([art["section"]] + s["cats"]))
    footer_links = "".join('<li><a href="%s/%s">%s</a></li>' % (base, hc.slug(t), E(t)) for t in s["footer_links"])
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("x", "X", "https://x.com/intent/post?url="),
            ("whatsapp", "WhatsApp", "https://wa.me/?text="), ("email", "E-Mail" if lang == "de" else "Email", "mailto:?body=")]
    share = "".join('<a class="share-link share-link--%s" href="%s%s" target="_blank" rel="noopener" title="%s %s"><i class="icon-%s"></i></a>' % (
        k, pre, url, A(c["share"]), A(name), k) for k, name, pre in nets)
    img = upload(hx(24))
    ver = "3.7.%d" % rng.randint(2, 9)
    comb1, comb2 = hx(32), hx(32)
    author = art["byline"]
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <title>{E(art["title"])} | {E(site)}</title>
        <meta name="description" content="{A(art["sub"])}">
        <meta name="title" content="{A(art["title"])}">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <meta name="generator" content="October CMS">
        <meta name="csrf-token" content="{token}">
        <link rel="canonical" href="{url}">
        <meta property="og:type" content="article">
        <meta property="og:title" content="{A(art["title"])}">
        <meta property="og:description" content="{A(art["sub"])}">
        <meta property="og:image" content="{img}">
        <meta property="og:url" content="{url}">
        <meta property="og:site_name" content="{A(site)}">
        <link rel="icon" type="image/png" href="{base}/themes/{s["theme"]}/assets/images/favicon.png">
        <link href="{base}/combine/{comb1}-{ts}" rel="stylesheet">
        <link rel="stylesheet" property="stylesheet" href="{base}/modules/system/assets/css/framework-extras.css?v={ver}">
        <link rel="stylesheet" href="{base}/plugins/offline/gdpr/assets/dist/banner.css">
        <style>:root {{ --theme-primary: {s["colour"]}; }}</style>
    </head>
    <body class="page-blog-post layout-default">

        <!-- Header -->
        <header id="layout-header">
            <nav id="layout-nav" class="navbar navbar-expand-lg navbar-light" role="navigation">
                <div class="container">
                    <a class="navbar-brand" href="{base}/"><img src="{base}/themes/{s["theme"]}/assets/images/logo.svg" alt="{A(site)}" height="44"></a>
                    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarMain" aria-controls="navbarMain" aria-expanded="false" aria-label="{A(c["toggle"])}">
                        <span class="navbar-toggler-icon"></span>
                    </button>
                    <div class="collapse navbar-collapse" id="navbarMain">
                        <ul class="navbar-nav me-auto">
                        {nav}
                        </ul>
                        <form action="{base}/search" method="get" class="d-flex site-search" role="search">
                            <input class="form-control" type="search" name="q" placeholder="{A(c["search"])}" autocomplete="off" data-request="siteSearchInclude::onType" data-request-update="'siteSearchInclude::autocomplete': '#autocomplete-results'" data-track-input="300">
                            <div id="autocomplete-results"></div>
                        </form>
                    </div>
                </div>
            </nav>
        </header>

        <!-- Content -->
        <section id="layout-content">
            <div class="container">
                <div class="row">
                    <div class="col-lg-8">
                        <nav aria-label="breadcrumb">
                            <ol class="breadcrumb">
                                <li class="breadcrumb-item"><a href="{base}/">{E(c["home"])}</a></li>
                                <li class="breadcrumb-item"><a href="{base}/blog">{E(c["blog"])}</a></li>
                                <li class="breadcrumb-item"><a href="{base}/blog/category/{cat}">{E(art["section"])}</a></li>
                            </ol>
                        </nav>
                        <article class="blog-post">
                            <h1 class="blog-post-title">{E(art["title"])}</h1>
                            <p class="blog-post-excerpt lead">{E(art["sub"])}</p>
                            <div class="blog-post-meta">
                                <span class="blog-post-author">{E(c["by"])} {E(author)}</span>
                                <time datetime="{art["date"]}T08:00:00+00:00">{E(today)}</time>
                            </div>
                            <figure class="blog-post-image">
                                <img src="{img}" alt="{A(art["caption"])}" class="img-fluid">
                                <figcaption>{E(art["caption"])} {E(art["credit"])}</figcaption>
                            </figure>
                            <div class="content">{content}</div>

<p class="info">
    {E(c["posted"])}
     {E(c["in_"])}
        <a href="{base}/blog/category/{cat}">{E(art["section"])}</a>
    {E(c["on"])} {E(today)}
</p>
                        </article>
                        <div class="blog-post-share">
                            <span class="blog-post-share-label">{E(c["share"])}</span>
                            {share}
                        </div>
                        <section class="related-posts" id="relatedPosts">
                            <h3 class="related-posts-title">{E(s["related"])}</h3>
                            <div id="relatedPostsList">
                    <ul class="post-list">
{related}
                    </ul>
                            </div>
                            <button type="button" class="btn btn-outline-secondary" data-request="relatedPosts::onLoadMore" data-request-update="'relatedPosts::items': '@#relatedPostsList'" data-request-data="page: 2">{E(c["more"])}</button>
                        </section>
                    </div>
                    <div class="col-lg-4">
                        <aside class="sidebar">
                            <div class="sidebar-widget widget-categories">
                                <h4 class="widget-title">{E(s["cats_head"])}</h4>
    <ul class="category-list">
        {cats}
    </ul>
                            </div>
                            <div class="sidebar-widget widget-newsletter">
                                <h4 class="widget-title">{E(s["nl_head"])}</h4>
                                <p>{E(s["nl_text"])}</p>
                                <form method="POST" action="{url}" accept-charset="UTF-8" data-request="signupForm::onSignup" data-request-update="'signupForm::result': '#signupResult'" data-request-validate data-request-flash><input name="_session_key" type="hidden" value="{session}"><input name="_token" type="hidden" value="{token}">
                                    <input type="email" name="email" class="form-control" placeholder="{A(c["email"])}" required>
                                    <button type="submit" class="btn btn-primary" data-attach-loading>{E(c["signup"])}</button>
                                </form>
                                <div id="signupResult"></div>
                            </div>
                            <div class="sidebar-widget widget-about">
                                <h4 class="widget-title">{E(s["about_head"])}</h4>
                                <p>{E(s["about"])}</p>
                            </div>
                        </aside>
                    </div>
                </div>
            </div>
        </section>

        <!-- Footer -->
        <footer id="layout-footer">
            <div class="container">
                <p class="footer-about">{E(s["footer"])}</p>
                <ul class="footer-menu">{footer_links}</ul>
                <p class="copyright">&copy; {art["date"][:4]} {E(site)}</p>
            </div>
        </footer>

        <div id="layout-flash-messages"></div>

        <div class="gdpr-banner" data-gdpr-banner>
            <div class="gdpr-banner__wrapper">
                <div class="gdpr-banner__content">
                    <p class="gdpr-banner__title">{E(c["banner_title"])}</p>
                    <div class="gdpr-banner__message">
                        <p>{E(c["banner_msg"])} <a href="{base}/cookie-policy">{E(c["policy"])}</a></p>
                    </div>
                    <form class="gdpr-banner__groups" data-request="cookieBanner::onSave" data-request-flash>
                        <input name="_session_key" type="hidden" value="{session}"><input name="_token" type="hidden" value="{token}">
                        <div class="gdpr-banner__group">
                            <input type="checkbox" name="groups[necessary]" id="gdpr-group-necessary" value="1" checked disabled>
                            <label for="gdpr-group-necessary">{E(c["necessary"])} <span class="gdpr-banner__required">{E(c["required"])}</span></label>
                        </div>
                        <div class="gdpr-banner__group">
                            <input type="checkbox" name="groups[analytics]" id="gdpr-group-analytics" value="1">
                            <label for="gdpr-group-analytics">{E(c["analytics"])}</label>
                        </div>
                        <div class="gdpr-banner__group">
                            <input type="checkbox" name="groups[marketing]" id="gdpr-group-marketing" value="1">
                            <label for="gdpr-group-marketing">{E(c["marketing"])}</label>
                        </div>
                        <div class="gdpr-banner__buttons">
                            <button type="submit" class="gdpr-banner__button gdpr-banner__button--save">{E(c["save"])}</button>
                            <button type="button" class="gdpr-banner__button gdpr-banner__button--decline" data-request="cookieBanner::onDecline">{E(c["decline"])}</button>
                            <button type="button" class="gdpr-banner__button gdpr-banner__button--accept" data-request="cookieBanner::onAccept">{E(c["accept"])}</button>
                        </div>
                    </form>
                </div>
            </div>
        </div>
        <button type="button" class="gdpr-reopen" data-request="cookieBanner::onShow" data-request-update="'cookieBanner::banner': '@body'" hidden>{E(c["settings"])}</button>

        <!-- Scripts -->
        <script src="{base}/modules/system/assets/js/framework-bundle.min.js?v={ver}"></script>
        <script src="{base}/combine/{comb2}-{ts}"></script>
        <script src="{base}/plugins/offline/gdpr/assets/dist/banner.js" defer></script>

    </body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"octobercms": []}  # (the featured image sits outside the blogPost partial; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "mobilelibrary", "streetparty", "graffitireport"]
NEW_FAMILIES = ["mobilelibrary", "streetparty", "graffitireport"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"mobilelibrary": ["mobile library timetable", "mobile-library timetable", "library van timetable",
                                      "library-van timetable", "mobile library stops panel", "bookmobile"],
                    "streetparty": ["street party notice", "street-party notice", "street party checklist",
                                    "street-party checklist", "road closure fees", "road-closure fees"],
                    "graffitireport": ["graffiti", "fly-posting", "fly posting", "flyposting"]}
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
    "cookie": ['<div class="boathouse-cam-consent"><p class="boathouse-cam-consent__msg">%s</p><button class="boathouse-cam-consent__ok" type="button">Allow</button></div>',
               '<p class="meres-map-cookie">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="meres-morning-promo"><p class="meres-morning-promo__txt">%s</p><a class="meres-morning-promo__go" href="/newsletters/meres-morning">&#8594;</a></div>',
                   '<p class="last-free-story-mrs">%s</p>', '<h5 class="meres-morning-hd">%s</h5>', '<p><strong><a href="/support">%s</a></strong></p>'],
    "share": ['<ul class="pass-it-round-mrs">{items}</ul>', '<div class="send-their-way-mrs">%s</div>', '<p><a href="#send">%s</a></p>'],
    "photo": ['<p class="picture-desk-mrs">%s</p>', '<span class="reader-snap-thanks-mrs">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="syndication-line-mrs">%s</p>', '<div class="no-reproduce-mrs"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="just-in-mrs">%s</p>', '<h6 class="all-section-mrs">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="diamond-rule-mrs">%s</p>', '<div class="ripple-break-mrs">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="lakeside-desk-credit-mrs">%s</p>', '<div class="parish-corr-mrs">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-repeat-mrs"><strong>%s</strong></p>', '<h2 class="headline-twice-mrs">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-carries-on-mrs">%s</div>', '<p class="front-of-meres-ad">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="full-report-mrs"><a href="#full">%s</a></p>', '<div class="open-rest-bar-mrs">%s</div>', '<div><a href="#full">%s</a></div>'],
    "comments": ['<p class="meres-comment-count"><a href="#comments">%s</a></p>', '<div class="have-your-say-mrs">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="reading-time-mrs">%s</p>', '<span class="minutes-chip-mrs">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="up-to-date-by-desk-mrs"><time>%s</time></p>', '<div class="latest-version-mrs">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="hear-report-mrs"><button class="hear-report-mrs__play" aria-label="Play"></button><span class="hear-report-mrs__lbl">%s</span></div>',
              '<p class="prefer-listening-mrs"><a href="#hear">%s</a></p>', '<div><a href="#hear">%s</a></div>'],
    "correction": ['<aside class="changed-since-box"><p>%s</p></aside>', '<p class="changed-note-mrs"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="meres-app-banner"><p class="meres-app-banner__txt">%s</p><a class="meres-app-banner__get" href="/get-the-app">&#8595;</a></div>',
            '<p class="continue-in-app-mrs">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="sailing-reporter-box"><p class="sailing-reporter-box__txt">%s</p></div>', '<p class="read-more-from-mrs"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="seen-something-mrs"><p class="seen-something-mrs__txt">%s</p></div>', '<p class="ring-the-newsroom-mrs">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spotted-error-mrs"><p>%s</p></div>', '<p class="highlight-and-report-mrs">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="ping-optin-mrs"><p class="ping-optin-mrs__q">%s</p></div>', '<p class="meres-ping-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="save-story-mrs">{items}</ul>', '<p class="print-ready-mrs"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="did-it-help-mrs"><p class="did-it-help-mrs__q">%s</p></div>', '<p class="helpful-line-mrs">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-mrs"><p>%s</p></div>', '<p class="send-complaints-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-mrs"><span class="filed-under-mrs__txt">%s</span></div>', '<p class="get-more-topic-mrs">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="saved-list-mrs"><a class="saved-list-mrs__a" href="#saved">%s</a></div>',
                 '<p class="keep-for-later-mrs"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="your-verdict-mrs"><p class="your-verdict-mrs__q">%s</p><button class="your-verdict-mrs__send" type="button">&#10003;</button></div>',
             '<h6 class="vote-to-see-mrs">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/M{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/M{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-mrs"><a class="yt-lite-mrs__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="water-shots-mrs"><a class="water-shots-mrs__a" href="#photos">%s</a></div>',
                '<p class="open-all-pics-mrs">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-mrs"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-mrs__links">%s</p></div>',
            '<figure class="map-image-mrs"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="in-your-diary-mrs">{items}</ul>', '<p class="diary-eve-reminder-mrs"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="event-chip-mrs"><span class="event-chip-mrs__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-scores-mrs"><a class="weekend-scores-mrs__a" href="/sport/scores">%s</a></div>',
               '<ul class="meres-scores-tabs">{items}</ul>', '<div><a href="/sport/scores"><b>%s</b></a></div>'],
    # the three families new in this part ({libslist}: the mobile library's stops with their days and times as a list;
    # {libsrows}: the same as a table; {libsdl}: the day and time per stop as a definition list; {partylist}: the
    # street party notice's deadline, form, fee and insurance as a list; {partyrows}: the same as a table;
    # {partydl}: the same as a definition list; {graflist}: the graffiti panel's kinds of graffiti and how fast each
    # is removed as a list; {grafrows}: the same as a table; {grafdl}: the same as a definition list)
    "mobilelibrary": ['<div class="library-van-stops"><h4 class="library-van-stops__hd">%s</h4><ul class="library-van-stops__list">{libslist}</ul></div>',
                      '<div class="mobile-lib-timetable"><p class="mobile-lib-timetable__hd"><strong>%s</strong></p><table class="mobile-lib-timetable__grid">{libsrows}</table></div>',
                      '<p class="library-van-finder"><a href="/libraries/mobile-library/stops">%s</a></p>',
                      '<div class="van-parks-card"><h5 class="van-parks-card__hd">%s</h5><dl class="van-parks-card__dl">{libsdl}</dl></div>'],
    "streetparty": ['<div class="street-party-notice"><h4 class="street-party-notice__hd">%s</h4><ul class="street-party-notice__list">{partylist}</ul></div>',
                    '<div class="road-closure-fees-tbl"><p class="road-closure-fees-tbl__hd"><b>%s</b></p><table class="road-closure-fees-tbl__grid">{partyrows}</table></div>',
                    '<p class="apply-road-closure"><a class="apply-road-closure__btn" role="button" href="/roads/street-party-application">%s</a></p>',
                    '<div class="party-checklist-card"><h5 class="party-checklist-card__hd">%s</h5><dl class="party-checklist-card__dl">{partydl}</dl></div>'],
    "graffitireport": ['<div class="graffiti-report-panel"><h4 class="graffiti-report-panel__hd">%s</h4><ul class="graffiti-report-panel__list">{graflist}</ul></div>',
                       '<div class="graffiti-response-tbl"><p class="graffiti-response-tbl__hd"><strong>%s</strong></p><table class="graffiti-response-tbl__grid">{grafrows}</table></div>',
                       '<p class="report-graffiti-link"><a href="/streets/report-graffiti">%s</a></p>',
                       '<div class="graffiti-times-strip"><p class="graffiti-times-strip__hd"><strong>%s</strong></p><dl class="graffiti-times-strip__dl">{grafdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/meres-morning"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "mobilelibrary": (0.7, [' <a href="/libraries/mobile-library/stops"><b>%s</b></a>']),
          "streetparty": (0.7, ['<br><a class="button" href="/roads/street-party-application"><strong>%s</strong></a>']),
          "graffitireport": (0.7, [' <a href="/streets/report-graffiti"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# mobile library finder link, the road-closure application button and the report-graffiti link, not the lists,
# tables or cards)
INLINE_WORDING = {"newsletter": 0, "mobilelibrary": 2, "streetparty": 2, "graffitireport": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-image-mrs"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="also-round-meres"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="meres-newsroom-more"><p class="meres-newsroom-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (LIBRARY_HEAD, PARTY_HEAD, GRAFFITI_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    stops = "".join('<li><strong>%s</strong> — %s, %s</li>' % (esc(p), esc(d), esc(t)) for p, d, t in LIBRARY_STOPS[lang])
    party = "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in PARTY_RULES[lang])
    graf = "".join('<li><strong>%s</strong>: %s</li>' % (esc(k), esc(v)) for k, v in GRAFFITI_TIMES[lang])
    return (style.replace("{libslist}", stops)
            .replace("{libsrows}", table(LIBRARY_HEAD[lang], LIBRARY_STOPS[lang]))
            .replace("{libsdl}", dl([(p, "%s, %s" % (d, t)) for p, d, t in LIBRARY_STOPS[lang]]))
            .replace("{partylist}", party)
            .replace("{partyrows}", table(PARTY_HEAD[lang], PARTY_RULES[lang]))
            .replace("{partydl}", dl(PARTY_RULES[lang]))
            .replace("{graflist}", graf)
            .replace("{grafrows}", table(GRAFFITI_HEAD[lang], GRAFFITI_TIMES[lang]))
            .replace("{grafdl}", dl(GRAFFITI_TIMES[lang])))


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
               "scores": rng.choice([0, mid, n]), "mobilelibrary": rng.choice([mid, n, n]),
               "streetparty": rng.choice([0, mid, n]), "graffitireport": rng.choice([mid, n])}.get(fam, mid)
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
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
# a highlight set in the block editor (its "Highlight" format writes a mark with an inline style)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "octobercms": ('<mark>', "</mark>")}


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
# templates: octobercms is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"octobercms": tpl_octobercms, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h78), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "octobercms"


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
            rng = random.Random("newsflow-heldout80-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI80[lang]
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
    # layouts: octobercms (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the octobercms pages: a site of OCTOBER_SITES in a language of OCTOBER_CORE; of the looks only those the post's
    # Markdown / rich editor sets in a paragraph (bold, italic, a highlight, a line break); no story tables and no
    # footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in OCTOBER_SITES or a["lang"] not in OCTOBER_CORE
                                       or any(st not in ("bold", "italic", "highlight", "br") for st, _ in a.get("look", []))):
            problems.append("%s: octobercms page needs an October site and the editor's looks only" % a["id"])
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
    october_sites = [{k: v for k, v in d.items() if k not in OCTOBER_EXEMPT} for d in OCTOBER_SITES.values()]
    # (OCTOBER_CORE, LIBRARY_HEAD, PARTY_HEAD and GRAFFITI_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("OCTOBER_SITES", october_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "OCTOBER_SITES" and s.startswith("/")):
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




