#!/usr/bin/env python3
"""Sixty-ninth held-out part (h69-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout69.py           # write pages/h69-*.html
    python benchmarks/data/extraction/make_heldout69.py --check   # verify pages/h69-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout69.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout70.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h69_en.py / articles_h69_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: lost-and-found boards on stories about bus stations, transport lost-property offices and a
town's found-goods auction -- the "report a lost item" form with its what, where and when fields, the items handed in
this week as a table with where they were found and when, the "search the items handed in" link, the lost-property
office's card with its counter and opening hours as a definition list --, community hall hire widgets on stories
about village halls, community centres, a salle des fêtes and a centro cívico -- the rooms with their capacity and
price per hour as a table, the "check availability" form with its date and room fields, the "book a room" link, the
hall's bookings desk as a definition list --, and siren test notices on stories about flood sirens, warning days and
the public warning system -- the next monthly test's date, time and length as a definition list, what the signals
mean as a table, the "this is only a test: you do not need to do anything" line, the emergency planning office's
card as a definition list --), their wrapper class names, related headlines, site names, the sites' own strings in
the earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE /
UI or of the R pools of make_heldout2..68, nor their labels, furniture strings, widget rows, headlines or site names;
verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is
already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier
part (h67 and h68 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.
Every name and number is fictional.  (h43's pet boards listed animals found by a shelter, with the microchip check;
the transport and town lost-property board with property handed in at a counter, the hall-hire board with its room
rates and availability form and the siren test notice with its signals are new families by name, wording and markup,
and none of that part's wordings, rows or class names recur.)  The tables' heads and the forms' field labels
(HANDED_HEAD, ROOMS_HEAD, TONES_HEAD, LOST_LABELS, HALL_LABELS) are the web teams' generic strings and not checked;
the rows themselves (HANDED_IN, LOST_OFFICE, ROOMS, BOOKINGS, NEXT_TEST, TONES, CIVIL_OFFICE) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or line among them may be run into a paragraph instead): lost-and-found boards on an English city's
bus-and-tram lost-property office and its 9,412 items (the English new-layout page: the report form), a Turkish
intercity bus terminal's office with 3,214 items (the handed-in table), a German town's found-goods auction of 86
bicycles and a canoe (the search link, run into a paragraph) and a Spanish town's municipal office keeping 1,912
objects (the Spanish new-layout page: the office's card); hall-hire widgets on an English village hall reopening
after a £380,000 refurbishment (the room rates table), a Turkish municipality's neighbourhood house let by the hour
(the availability form), a French village's salle des fêtes with new rental prices (the book-a-room link, run into a
paragraph) and a Spanish centro cívico opening its rooms (the bookings card); siren test notices on an English
river town's new flood sirens (the next-test box), a German town's fourteen new sirens before the warning day (the
signals table), a French commune's own page on its new siren on the town hall roof (a commune on TYPO3: the
only-a-test line, run into a paragraph) and a Russian town's twice-yearly check of the warning system (the emergency
planning card).  Earlier families that need a reason in the story are placed the same way (a calendar row on a
community orchard's apple day, a gallery on a Spanish village association's restored washhouse, the club-cricket
scorecards on a women's team winning its league, a map on a new footbridge); the other generic families are balanced
over the part, leaving out those the page's site would not print (the story's "kind": a French commune on TYPO3 --
no newspaper furniture --, a Spanish village association's website on uCoz, an independent residents' publication
on Medium, which prints no ads, app, push or print prompts, comment counters or press-standards lines, and of the
newsletter family only its appeal for money); a correction box goes only on a story that was corrected, with that
story's own wording.  Residue markup varies as on real pages: classed boxes, bars, chips, cards, panels and notices,
bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, forms, definition lists and tables, and,
for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
search-the-items link, the book-a-room link, the only-a-test line; only one line in any paragraph) or a bold section
tag run into the start of the first one (on the German found-goods auction, "section_tag"; and, drawn at random, on
the English new-layout page).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress and sanity), italics (a one-line quote on both new-layout pages and on semantic), a
highlighted sentence (a <mark> on quintype), a paragraph in a box (a Gutenberg group, the magazine's panel), a fact
box holding a subheading and its list (a Fusion custom embed: what a salle des fêtes rental includes), a Ghost
callout card (a haberdashery's last opening hours), a paragraph typed after a <br> (Shift+Enter in Composer on both
new-layout pages, and on chunks); questions typed in bold (the Next.js interview) and bold crossheads; story
structures that look like furniture but are the story: question-and-answer interviews (questions typed in bold, some
of two or three words -- "Rain or snow?", "And the drivers?", "The hardest morning?", "Dümendeki en zor gün?",
"Langweilig geworden?", "Et après la fermeture ?", "Самое страшное?", "А зимой что?" --, in English, Turkish, German,
French and Russian: a school crossing patrol after 34 years, a ferry captain after 35, a level-crossing keeper after
31, the last haberdasher of a French village after 42, a river ferryman after thirty seasons), lists inside the story
(what a siren's two sounds mean, what a village hall's refurbishment paid for, a neighbourhood house's rooms, the
found goods handed in most, a salle des fêtes rental, what to do when a siren sounds as a numbered list, a
playground's equipment), story tables (the items handed in and collected at a lost-property office, an ANS table on
the new layout), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs
("“Somebody out there is eating soup with their gums.”", "The owner never came back for it.", "«Las llaves son lo
que más llega y lo que menos se recoge.»", "Nadie ha vuelto a preguntar por él.", "«Ни одного человека не утопил. Это
главное».", "The team will play in the higher division next season."), a closing line with practical information (a
lost-property office's hours, a district council's emergency planning team, a hall's open day, a crossing patrol
still to be found, concerts on the first Sunday, an orchard's Saturday mornings, a cricket club's open evening, a
terminal office's hours, a neighbourhood house's hours, a ferry timetable, a Fundbüro's hours, mulled wine at the
barrier, a commune's town hall desk, an open day at a salle des fêtes, a haberdashery's last weeks, a centro cívico's
hours, the emergency number 112, a ferry's hours, a Saturday work party in a courtyard), and story sentences that
mention furniture words in ordinary reporting ("The newsletter that goes through every door" opening a story, people
who "want to subscribe" closing it, "contact the county's rights of way team" closing another, volunteers who "share
out the rest of this year's crop", a book "with a photo of every class", an office that "photographs every valuable
item", a residents' "чат дома"), some at the start or end of the story where furniture usually sits.  Two pages carry
no residue at all (an English and a Russian interview) and one only its correction line (an English bandstand).
One page layout is new (arcxp: a regional daily's site on Arc XP, served by PageBuilder Fusion with the Arc themes
blocks, as it serves an article page, on two pages, an English and a Spanish one; h4's "fusion" layout sketched a
few of these blocks, this one is the whole page): the head with the Fusion engine's polyfill, react and combinations
scripts and the output type's, template's and site's styles under /pf/dist/ (with their ?d=<deployment>&mxId=
query), the canonical link, the og: / article: / twitter: metas, the JSON-LD NewsArticle, the OneTrust SDK stub with
its data-domain-script and the OptanonWrapper function, the tag manager and the Arc ads library; the body in
div#fusion-app.b-application holding the right-rail layout (div.b-right-rail-advanced): the skip link, the header nav
chain (nav#main-nav.b-header-nav-chain with the "Sections" button, the search form, the logo, "Subscribe" and "Log in"
buttons, the links bar and the flyout section menu), the leaderboard ad block (b-ads-block with its "ADVERTISEMENT"
label and arcad slot); the article column: the overline, div.b-headline > h1.c-heading, div.b-subheadline >
h2.c-heading (the story's "sub", not in the truth), section.b-byline (c-attribution), div.b-date with the published
and updated times, div.b-share-bar, the lead art (div.b-lead-art > figure.c-media-item with its caption and credit
and resizer/v2 image URLs), the body in article.b-article-body as the article-body block renders the ANS content
elements -- p.c-paragraph, h2.c-heading, ul / ol.c-list, blockquote, the ANS table, bold and italic, a <br> typed with
Shift+Enter, the inline image (figure.c-media-item with caption and credit) after the first paragraph and a link_list
element ("Related" and two headlines) further down: this layout's own residue in the container --, the tag list and
"More from <section>" (div.b-related-content with teasers); the right rail (two ad blocks round "Most read",
b-top-table-list); "Latest news" (b-results-list with "See more stories"); the footer (b-footer: logo, social links,
the site's link groups, copyright and address); then the Fusion metadata script (Fusion.arcSite, deployment and
mxId, Fusion.globalContent with the whole story as ANS -- its markup escaped as Fusion escapes it --,
Fusion.globalContentConfig, Fusion.metas, Fusion.tree ...), the engine script, and the OneTrust banner ("Cookie
Settings", "Reject All", "Accept All Cookies") and preference centre as the SDK injects them.  Arc themes' and
OneTrust's own strings (AX_CORE, per language) are left as the platform ships them and not checked; the sites' own
strings (AX_SITES: the section links, the flyout's extra links, the tags, the footer's link groups, copyright and
address, the OneTrust banner's wording) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h67 or h68 gave it (9 English pages, 3 in each other language: English on quintype, sanity,
nextjs, portal, chunks, legacy-br, regional and cms; Turkish on drupal, gutenberg and hugo; German on wordpress,
storybody and magazine; French on typo3, fusion and ghost; Spanish on ucoz and amp; Russian on table, semantic and
medium); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout68.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h69_en import ARTICLES as H69_EN  # noqa: E402
from articles_h69_intl import ARTICLES as H69_INTL  # noqa: E402

ARTICLES = H69_EN + H69_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68)
# parts whose layouts' languages this part avoids (the two before it; h70 is written at the same time)
LANG_PARTS = (mp67, mp68)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h69"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Ludworth and Leazeside Herald", "Brackenfold Dale Packet", "Cawley Crossing Chronicle", "Eastholme Parkside Gazette",
           "Wexcombe Orchard Vale Messenger", "Thornby Hundred Recorder", "Fernleigh Wicket and Wold Times", "Stanbury Arden Valley Post"],
    "tr": ["Akçaova Terminal Haber", "Akçaova İstasyon Postası", "Karaada İskele Gazetesi"],
    "de": ["Altmühlbacher Stadtanzeiger", "Wintersheimer Kurier am See", "Hohenfelder Schienenbote"],
    "fr": ["La Voix de Lignac et de la Dronnelle", "L'Écho du Bourg de Lignac"],
    "es": ["Diario de Robledal de la Vega"],
    "ru": ["Верхнеозёрская заря", "Усольский паромный листок"],
}
# sites fixed per page (the two Arc XP sites, a French commune's own site on TYPO3, a Spanish village association's
# website on uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h68 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The route map of this story needs mapping cookies; turn them on in Cookie Settings to load it", "We can't show this timetable widget until you allow functional cookies from our transport partner"],
        "tr": ["Bu haberdeki güzergâh haritası için harita çerezleri gerekiyor; yüklemek için Çerez Ayarları'ndan açın", "Ulaşım ortağımızın işlevsel çerezlerine izin vermeden bu sefer saatleri aracını gösteremiyoruz"],
        "de": ["Für die Streckenkarte zu diesem Artikel brauchen wir Karten-Cookies; schalten Sie sie in den Cookie-Einstellungen ein", "Dieses Fahrplan-Widget können wir erst zeigen, wenn Sie funktionale Cookies unseres Verkehrspartners erlauben"],
        "fr": ["La carte du trajet de cet article a besoin de cookies cartographiques ; activez-les dans les Paramètres des cookies pour l'afficher", "Nous ne pouvons pas afficher ce module d'horaires sans vos cookies fonctionnels pour notre partenaire de transport"],
        "es": ["El mapa del recorrido de esta noticia necesita cookies de mapas; actívalas en Configuración de cookies para cargarlo", "No podemos mostrar este módulo de horarios hasta que permitas las cookies funcionales de nuestro socio de transporte"],
        "ru": ["Для карты маршрута в этом материале нужны картографические cookie; включите их в настройках cookie", "Виджет расписания появится, только если вы разрешите функциональные cookie нашего транспортного партнёра"],
    },
    "newsletter": {
        "en": ["Mail at Noon: the city's stories that matter, in your inbox before lunch every weekday", "Your free {site} stories for this month are used up; a reader pass keeps the buses-and-bins news coming for £1.15 a week", "Court reporters, council reporters and a photographer: help keep them on the patch with a one-off gift to {site}"],
        "tr": ["Öğle Bülteni: kentin önemli haberleri, her hafta içi öğle yemeğinden önce e-postanızda", "Bu ayın ücretsiz {site} haberleri bitti; Kent Kartı ile haftada 11,50 liraya okumaya devam edin", "Mahkeme, meclis ve foto muhabirlerimizi sahada tutmak için {site}'e tek seferlik bir katkı yapın"],
        "de": ["Mittagspost: die wichtigen Geschichten aus der Stadt, werktags vor der Mittagspause im Postfach", "Ihr Kontingent an freien Artikeln von {site} ist für diesen Monat erschöpft; mit dem Stadtpass lesen Sie für 1,15 Euro die Woche weiter", "Gerichtsreporter, Ratsreporterin, Fotograf: Halten Sie sie mit einem einmaligen Beitrag an {site} vor Ort"],
        "fr": ["Le Midi de la ville : les histoires qui comptent, dans votre boîte avant le déjeuner en semaine", "Vos articles offerts par {site} sont épuisés pour ce mois-ci ; le Pass Ville vous permet de continuer pour 1,15 € par semaine", "Correspondants au tribunal, au conseil municipal, photographe : gardez-les sur le terrain grâce à un don ponctuel à {site}"],
        "es": ["El Mediodía: las historias de la ciudad que importan, en tu correo antes de comer cada día laborable", "Se te han acabado las noticias gratis de {site} este mes; con el Pase Ciudad sigues leyendo por 1,15 € a la semana", "Reporteros de juzgados, de plenos y un fotógrafo: ayúdanos a mantenerlos en la calle con una aportación única a {site}"],
        "ru": ["«Полдень»: главные городские истории у вас в почте до обеда каждый будний день", "Бесплатные материалы «{site}» в этом месяце закончились; с «Городским пропуском» читайте дальше за 57 рублей в неделю", "Судебный репортёр, корреспондент в думе и фотограф: помогите им оставаться на улицах города разовым переводом «{site}»"],
    },
    "share": {
        "en": ["Pass it on: Facebook · WhatsApp · Nextdoor · Email", "Send this to someone who rides the number 14"],
        "tr": ["Yayın: Facebook · WhatsApp · Telegram · E-posta", "Bu haberi her gün otobüse binen birine gönderin"],
        "de": ["Weitersagen: Facebook · WhatsApp · Threema · E-Mail", "Schicken Sie das jemandem, der jeden Tag Bus fährt"],
        "fr": ["Faites passer : Facebook · WhatsApp · Messenger · Courriel", "Envoyez ceci à quelqu'un qui prend le bus tous les jours"],
        "es": ["Pásalo: Facebook · WhatsApp · Telegram · Correo", "Envíaselo a alguien que coja el autobús todos los días"],
        "ru": ["Поделитесь: ВКонтакте · Одноклассники · Telegram · Почта", "Отправьте это тому, кто каждый день ездит на автобусе"],
    },
    "photo": {
        "en": ["Photograph supplied by the organisers", "Image courtesy of a {site} reader"],
        "tr": ["Fotoğraf düzenleyiciler tarafından sağlandı", "Görsel bir okurumuzun izniyle kullanıldı"],
        "de": ["Foto zur Verfügung gestellt von den Veranstaltern", "Bild mit freundlicher Genehmigung eines Lesers"],
        "fr": ["Photo fournie par les organisateurs", "Image aimablement prêtée par un lecteur"],
        "es": ["Fotografía cedida por la organización", "Imagen cortesía de un lector"],
        "ru": ["Снимок передали в редакцию устроители", "Снимок любезно прислал читатель"],
    },
    "copyright": {
        "en": ["{site} © 2026: no part of this article may be reproduced in any form without the editor's written permission."],
        "tr": ["{site} © 2026: bu haberin hiçbir bölümü yayın yönetmeninin yazılı izni olmadan hiçbir biçimde çoğaltılamaz."],
        "de": ["{site} © 2026: Kein Teil dieses Artikels darf ohne schriftliche Erlaubnis der Chefredaktion in irgendeiner Form vervielfältigt werden."],
        "fr": ["{site} © 2026 : aucune partie de cet article ne peut être reproduite, sous quelque forme que ce soit, sans l'accord écrit de la rédaction en chef."],
        "es": ["{site} © 2026: ninguna parte de esta noticia puede reproducirse en ningún formato sin permiso escrito de la dirección."],
        "ru": ["«{site}» © 2026: никакая часть материала не может воспроизводиться в любой форме без письменного разрешения главного редактора."],
    },
    "section": {
        "en": ["Pinned to the {section} page of {site}", "More {section} from the {site} newsroom, newest first ›"],
        "tr": ["{site} sitesinin {section} sayfasına iğnelendi", "Haber merkezimizden daha fazla {section}, en yenisi başta ›"],
        "de": ["Angeheftet an die Seite {section} von {site}", "Mehr {section} aus unserer Redaktion, das Neueste zuerst ›"],
        "fr": ["Épinglé à la page {section} de {site}", "Plus d'articles {section} de notre rédaction, du plus récent au plus ancien ›"],
        "es": ["Fijada en la página de {section} de {site}", "Más de {section} de nuestra redacción, lo último primero ›"],
        "ru": ["Закреплено на странице «{section}» нашей редакции", "Ещё материалы рубрики «{section}», сначала самые свежие ›"],
    },
    "related": {
        "en": ["Also on our patch today, a few streets away", "Readers of this story went on to read"],
        "tr": ["Bugün bölgemizden başka haberler", "Bu haberi okuyanların ardından açtıkları"],
        "de": ["Heute außerdem aus unserem Verbreitungsgebiet", "Leser dieses Artikels lasen danach"],
        "fr": ["Aussi dans notre secteur aujourd'hui", "Les lecteurs de cet article ont ensuite lu"],
        "es": ["También hoy en nuestra zona", "Quienes leyeron esta noticia después leyeron"],
        "ru": ["Ещё сегодня в нашем районе", "Прочитавшие этот материал затем открыли"],
    },
    "symbol": {
        "*": ["⟡ ⋄ ⟡ ⋄ ⟡", "—— ✥ ——", "▲ ▽ ▲ ▽", "∘ ⁂ ∘"],
    },
    "credit": {
        "en": ["Reporting by our transport correspondent", "Additional research by {site}'s community reporter"],
        "tr": ["Haber: ulaşım muhabirimiz", "Ek araştırma: topluluk muhabirimiz"],
        "de": ["Recherche: unser Verkehrsreporter", "Zusätzliche Recherche: unsere Reporterin für Vereine und Ehrenamt"],
        "fr": ["Reportage de notre correspondant transports", "Recherches complémentaires de notre correspondante vie associative"],
        "es": ["Información de nuestro redactor de movilidad", "Con la colaboración de nuestra corresponsal de barrios"],
        "ru": ["Текст подготовил наш корреспондент по транспорту", "Дополнительные сведения собрала наш корреспондент по районам"],
    },
    "ad": {
        "en": ["Advert · {site}'s story carries on underneath", "Reach 90,000 local readers: advertise with {site}"],
        "tr": ["REKLAM · haber aşağıda sürüyor", "90 bin yerel okura ulaşın: {site}'e reklam verin"],
        "de": ["ANZEIGE · Artikel wird unten fortgesetzt", "90.000 Leser vor Ort erreichen: Werben bei {site}"],
        "fr": ["PUBLICITÉ · l'article se poursuit ci-dessous", "Touchez 90 000 lecteurs du coin : annoncez dans {site}"],
        "es": ["PUBLICIDAD · la noticia continúa debajo", "Llega a 90.000 lectores de la zona: anúnciate en {site}"],
        "ru": ["РЕКЛАМА · текст редакции продолжается под ней", "90 тысяч местных читателей: разместите рекламу в «{site}»"],
    },
    "continue": {
        "en": ["Story continues below the advert", "Scroll on for the rest of this {section} story ↓"],
        "tr": ["Haberin devamı reklamdan sonra, aşağıda", "Haberin kalanı için aşağı kaydırın ↓"],
        "de": ["Nach der Anzeige geht der Bericht weiter", "Für den Rest des Berichts weiter nach unten ↓"],
        "fr": ["La suite sous la publicité", "Faites défiler pour lire la fin de l'article ↓"],
        "es": ["La noticia sigue bajo el anuncio", "Desliza para leer el resto de la noticia ↓"],
        "ru": ["Текст продолжается под рекламой", "Листайте ниже, чтобы дочитать материал ↓"],
    },
    "comments": {
        "en": ["Join the {n} readers discussing this story", "💬 {n}"],
        "tr": ["Bu haberi konuşan {n} okura katılın", "💬 {n} yorum"],
        "de": ["Diskutieren Sie mit {n} Lesern über diesen Artikel", "💬 {n} Beiträge"],
        "fr": ["Ils sont déjà {n} à en discuter : rejoignez-les", "💬 {n} réactions"],
        "es": ["Únete a los {n} lectores que comentan esta noticia", "💬 {n} comentarios"],
        "ru": ["Присоединяйтесь к обсуждению: уже {n} читателей", "💬 {n} мнений"],
    },
    "readtime": {
        "en": ["⏱ {m} minute read", "Takes about {m} mins to read"],
        "tr": ["⏱ {m} dakikada okunur", "Okunma süresi yaklaşık {m} dakika"],
        "de": ["⏱ In {m} Minuten gelesen", "Lesedauer: {m} Min."],
        "fr": ["⏱ Lu en {m} minutes", "Durée de lecture : {m} min"],
        "es": ["⏱ La lees en {m} minutos", "Te llevará {m} min leerla"],
        "ru": ["⏱ Читается за {m} минуты", "Время чтения: {m} мин."],
    },
    "updated": {
        "en": ["Updated {d} at {t} with a response from the council", "First published {d} · last changed {t}"],
        "tr": ["{d} tarihinde saat {t}'de belediyenin yanıtıyla güncellendi", "İlk yayın {d} · son değişiklik {t}"],
        "de": ["Aktualisiert am {d} um {t} Uhr mit einer Stellungnahme der Stadt", "Erstmals erschienen am {d} · zuletzt geändert {t} Uhr"],
        "fr": ["Mis à jour le {d} à {t} avec la réponse de la mairie", "Première publication le {d} · dernière modification à {t}"],
        "es": ["Actualizada el {d} a las {t} con la respuesta del ayuntamiento", "Publicada por primera vez el {d} · último cambio a las {t}"],
        "ru": ["Обновлено {d} в {t}: добавлен ответ администрации", "Впервые опубликовано {d} · последнее изменение в {t}"],
    },
    "audio": {
        "en": ["▶ Listen: {site} reads you this story ({m} min)", "Hands full? Tap play and we'll read this one out"],
        "tr": ["▶ Dinleyin: bu haberi size biz okuyalım ({m} dk)", "Mutfakta, yolda ya da direksiyonda mısınız? Oynat'a dokunun, bu haberi sesli okuyalım"],
        "de": ["▶ Anhören: Wir lesen Ihnen diesen Bericht vor ({m} Min.)", "Gerade am Herd, im Auto oder unterwegs? Auf Play tippen, wir lesen den Text laut vor"],
        "fr": ["▶ À écouter : nous vous lisons cet article ({m} min)", "En cuisine, en voiture ou en chemin ? Appuyez sur lecture, on vous le lit"],
        "es": ["▶ Escúchala: te leemos esta noticia ({m} min)", "¿Estás en la cocina, al volante o de camino? Pulsa y te la leemos en voz alta"],
        "ru": ["▶ Слушайте: мы прочитаем вам этот материал ({m} мин)", "Вы на кухне, за рулём или в дороге? Нажмите, и мы прочитаем текст вслух"],
    },
    "app": {
        "en": ["Breaking news from your street, straight to your phone: download the {site} app", "This story reads better in the app. Open it ›"],
        "tr": ["Sokağınızdan son dakika haberleri doğrudan telefonunuza: {site} uygulamasını indirin", "Bu haber uygulamada daha rahat okunuyor. Açın ›"],
        "de": ["Eilmeldungen aus Ihrer Straße direkt aufs Handy: Laden Sie die App von {site}", "In der App liest sich dieser Artikel besser. Öffnen ›"],
        "fr": ["L'actu urgente de votre rue directement sur votre téléphone : téléchargez l'appli {site}", "Cet article se lit mieux dans l'appli. L'ouvrir ›"],
        "es": ["Las últimas noticias de tu calle, directas al móvil: descarga la app de {site}", "Esta noticia se lee mejor en la app. Ábrela ›"],
        "ru": ["Срочные новости вашей улицы прямо в телефон: скачайте приложение «{site}»", "В приложении этот материал читать удобнее. Открыть ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site}. She grew up in the city and has reported on it since 2017.", "Follow {by} for more {section} stories ›"],
        "tr": ["{by}, {site} için {section} haberlerini izliyor; kentte büyüdü ve 2017'den beri kentten haber yapıyor.", "Daha fazla {section} haberi için {by} adlı yazarı takip edin ›"],
        "de": ["{by} berichtet für {site} über {section}, ist in der Stadt aufgewachsen und schreibt seit 2017 über sie.", "{by} folgen, um mehr aus {section} zu lesen ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} ; elle a grandi en ville et la couvre depuis 2017.", "Suivre {by} pour plus d'articles {section} ›"],
        "es": ["{by} cubre {section} para {site}; creció en la ciudad y escribe sobre ella desde 2017.", "Sigue a {by} para leer más de {section} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}», выросла в этом городе и рассказывает о нём с 2017 года.", "Подписаться на автора {by}, чтобы читать больше о теме «{section}» ›"],
    },
    "tip": {
        "en": ["Spotted something on the buses, in the park or at the town hall? Tell our reporters at tips@halverton-mail.example", "Story for us? Text or WhatsApp our newsroom on 07700 900 416"],
        "tr": ["Otobüste, parkta ya da belediyede dikkatinizi çeken bir şey mi oldu? ihbar@akcaova-haber.example adresine yazın", "Bize bir haber mi var? Haber merkezine SMS ya da WhatsApp: 0 (532) 900 41 60"],
        "de": ["Im Bus, im Park oder im Rathaus etwas beobachtet? Schreiben Sie an tipp@altmuehlbach-anzeiger.example", "Stoff für einen Bericht? SMS oder WhatsApp an die Redaktion: 0151 900 416 00"],
        "fr": ["Remarqué quelque chose dans le bus, au parc ou à la mairie ? Écrivez à info@lignac-echo.example", "Une histoire pour nous ? SMS ou WhatsApp à la rédaction au 06 00 90 04 16"],
        "es": ["¿Has notado algo en el autobús, en el parque o en el ayuntamiento? Escríbenos a avisos@correo-ribera.example", "¿Una historia para nosotros? SMS o WhatsApp a la redacción: 600 900 416"],
        "ru": ["Заметили что-то в автобусе, в парке или в администрации? Пишите на tema@verhneozersk-zarya.example", "Есть что рассказать? SMS или WhatsApp в редакцию: +7 900 000-41-60"],
    },
    "typo": {
        "en": ["Wrong name, date or figure in this {site} story? Highlight it and hit Ctrl+Enter"],
        "tr": ["Bu haberde yanlış bir ad, tarih ya da rakam varsa işaretleyip Ctrl+Enter'a basmanız yeterli"],
        "de": ["Einen Fehler in diesem Artikel bemerkt? Text markieren und mit Strg+Enter melden"],
        "fr": ["Un nom, une date ou un chiffre faux dans cet article de {site} ? Surlignez-le puis appuyez sur Ctrl+Entrée"],
        "es": ["¿Un nombre, una fecha o una cifra equivocados en esta noticia de {site}? Señálalo con el ratón y pulsa Ctrl+Intro"],
        "ru": ["Заметили ошибку в этом материале? Выделите текст и сообщите нам сочетанием Ctrl+Enter"],
    },
    "push": {
        "en": ["Turn on notifications and we'll tell you when this story changes · Turn on · Maybe later"],
        "tr": ["Bildirimleri açın, bu haber değiştiğinde size haber verelim · Aç · Belki sonra"],
        "de": ["Aktivieren Sie Mitteilungen, dann sagen wir Bescheid, wenn sich dieser Artikel ändert · Aktivieren · Vielleicht später"],
        "fr": ["Activez les notifications et nous vous préviendrons si cet article évolue · Activer · Plus tard peut-être"],
        "es": ["Activa las notificaciones y te avisaremos cuando esta noticia cambie · Activar · Quizá luego"],
        "ru": ["Включите уведомления, и мы сообщим, если материал обновится · Включить · Может быть, позже"],
    },
    "print": {
        "en": ["🖨 Print · ✉ Email · ⤓ Download", "A clean copy of this story for printing"],
        "tr": ["🖨 Yazdır · ✉ E-posta · ⤓ İndir", "Bu haberin yazdırmak için sade kopyası"],
        "de": ["🖨 Drucken · ✉ Mailen · ⤓ Herunterladen", "Schlichte Fassung dieses Berichts zum Ausdrucken"],
        "fr": ["🖨 Imprimer · ✉ Envoyer · ⤓ Télécharger", "Une version épurée de l'article pour l'imprimante"],
        "es": ["🖨 Imprimir · ✉ Enviar · ⤓ Descargar", "Copia limpia de esta noticia para la impresora"],
        "ru": ["🖨 Печать · ✉ Отправить · ⤓ Скачать", "Страница, удобная для печати"],
    },
    "feedback": {
        "en": ["Worth your time, this one? Yes, glad I read it · Not for me"],
        "tr": ["Bu habere ayırdığınız zamana değdi mi? Değdi · Pek değil"],
        "de": ["War dieser Bericht Ihre Zeit wert? Ja, gern gelesen · Eher nicht"],
        "fr": ["Cet article valait-il votre temps ? Oui, content de l'avoir lu · Pas vraiment"],
        "es": ["¿Te ha merecido la pena esta noticia? Sí, me alegro de haberla leído · No mucho"],
        "ru": ["Стоил ли этот материал вашего времени? Да, рад, что прочитал · Не особенно"],
    },
    "standards": {
        "en": ["{site} is a member of IPSO. If you think we have broken the Editors' Code, you can complain to us first and then to IPSO."],
        "tr": ["{site} Basın Ahlak Esasları'na uyar. Bir ilkenin çiğnendiğini düşünüyorsanız önce bize, sonra Basın Konseyi'ne başvurabilirsiniz."],
        "de": ["{site} hält sich an die publizistischen Grundsätze des Deutschen Presserats. Wenn Sie einen Verstoß sehen, wenden Sie sich zuerst an uns und dann an den Presserat."],
        "fr": ["{site} se soumet aux avis du Conseil de déontologie journalistique et de médiation. Si vous pensez que nous avons manqué à la charte, écrivez-nous d'abord, puis au CDJM."],
        "es": ["{site} se adhiere a la Comisión de Deontología de la FAPE. Si crees que hemos incumplido el código, escríbenos primero y después a la Comisión."],
        "ru": ["«{site}» придерживается Кодекса профессиональной этики российского журналиста. Если вы видите нарушение, сначала напишите нам, а затем в Общественную коллегию по жалобам на прессу."],
    },
    "topics": {
        "en": ["Tagged: {section} · buses · city centre", "Email me whenever {site} writes about {section} ›"],
        "tr": ["Etiketler: {section} · otobüsler · kent merkezi", "{site} {section} hakkında yazınca bana e-posta atın ›"],
        "de": ["Schlagworte: {section} · Busse · Innenstadt", "E-Mail erhalten, wenn wir über {section} schreiben ›"],
        "fr": ["Mots-clés : {section} · bus · centre-ville", "M'écrire chaque fois que {site} parle de {section} ›"],
        "es": ["Etiquetas: {section} · autobuses · centro", "Escríbeme cada vez que {site} saque algo de {section} ›"],
        "ru": ["Теги: {section} · автобусы · центр города", "Присылайте письмо всякий раз, когда пишете о теме «{section}» ›"],
    },
    "bookmark": {
        "en": ["🔖 Save this story to read later"],
        "tr": ["🔖 Bu haberi daha sonra okumak için kaydedin"],
        "de": ["🔖 Artikel für später speichern"],
        "fr": ["🔖 Enregistrer l'article pour plus tard"],
        "es": ["🔖 Guarda esta noticia para leerla después"],
        "ru": ["🔖 Сохранить материал, чтобы прочитать позже"],
    },
    "poll": {
        "en": ["Quick poll: would you use this? Yes, often · Now and then · Never", "Thanks for voting. Results are shown once the poll closes"],
        "tr": ["Hızlı anket: bunu kullanır mıydınız? Evet, sık sık · Ara sıra · Asla", "Oy verdiğiniz için teşekkürler. Sonuçlar anket kapanınca gösterilecek"],
        "de": ["Kurze Umfrage: Würden Sie das nutzen? Ja, oft · Ab und zu · Nie", "Danke fürs Abstimmen. Das Ergebnis zeigen wir nach Ende der Umfrage"],
        "fr": ["Sondage express : l'utiliseriez-vous ? Oui, souvent · De temps en temps · Jamais", "Merci d'avoir voté. Les résultats s'afficheront à la clôture du sondage"],
        "es": ["Encuesta rápida: ¿lo usarías? Sí, a menudo · De vez en cuando · Nunca", "Gracias por votar. Los resultados se verán cuando cierre la encuesta"],
        "ru": ["Быстрый опрос: вы бы этим пользовались? Да, часто · Иногда · Никогда", "Спасибо за голос. Результаты покажем, когда опрос закроется"],
    },
    "embed": {
        "en": ["Tap to see {handle}'s Instagram post from the day", "{handle}'s video from the scene, on YouTube"],
        "tr": ["{handle} hesabının o günkü Instagram paylaşımını görmek için dokunun", "{handle} hesabının olay yerinden çektiği video, YouTube'da"],
        "de": ["Tippen, um den Instagram-Beitrag von {handle} vom selben Tag zu sehen", "Das Video von {handle} vom Ort des Geschehens, auf YouTube"],
        "fr": ["Touchez pour voir la publication Instagram de {handle} ce jour-là", "La vidéo de {handle} tournée sur place, sur YouTube"],
        "es": ["Toca para ver la publicación de Instagram de {handle} de ese día", "El vídeo de {handle} grabado en el lugar, en YouTube"],
        "ru": ["Нажмите, чтобы увидеть пост {handle} в Instagram в тот день", "Видео {handle} с места событий на YouTube"],
    },
    "gallery": {
        "en": ["🖼 Photo gallery ({g} images)", "Open the full gallery: {g} pictures ›"],
        "tr": ["🖼 Fotoğraf galerisi ({g} kare)", "Galerinin tamamını açın: {g} fotoğraf ›"],
        "de": ["🖼 Fotostrecke ({g} Bilder)", "Ganze Bildergalerie öffnen: {g} Fotos ›"],
        "fr": ["🖼 Diaporama ({g} images)", "Ouvrir toute la galerie : {g} photos ›"],
        "es": ["🖼 Galería de fotos ({g} imágenes)", "Abre la galería completa: {g} fotos ›"],
        "ru": ["🖼 Фоторепортаж ({g} снимков)", "Открыть всю галерею: {g} фото ›"],
    },
    "map": {
        "en": ["Expand the map to full size", "Get directions: Google Maps · Waze · What3words"],
        "tr": ["Haritayı büyütün", "Yol tarifi alın: Google Haritalar · Yandex Navigasyon · Waze"],
        "de": ["Karte auf volle Größe aufziehen", "Route planen: Google Maps · Komoot · Waze"],
        "fr": ["Voir la carte en grand", "Itinéraire : Google Maps · Mappy · Waze"],
        "es": ["Amplía el mapa a tamaño completo", "Cómo llegar: Google Maps · Waze · Moovit"],
        "ru": ["Развернуть карту во всю ширину", "Проложить маршрут: Яндекс Навигатор · 2ГИС · Google Maps"],
    },
    "calendar": {
        "en": ["📅 Save the date: iCal · Google Calendar · Outlook", "Email me a reminder seven days before"],
        "tr": ["📅 Tarihi kaydedin: iCal · Google Takvim · Outlook", "Bir hafta önce bana hatırlat"],
        "de": ["📅 Termin merken: iCal · Google Kalender · Outlook", "Sieben Tage vorher per Mail erinnern"],
        "fr": ["📅 Notez la date : iCal · Google Agenda · Outlook", "M'envoyer un rappel par courriel sept jours avant"],
        "es": ["📅 Apunta la fecha: iCal · Google Calendar · Outlook", "Mándame un aviso por correo siete días antes"],
        "ru": ["📅 Сохранить дату: iCal · Google Календарь · Outlook", "Прислать напоминание на почту за семь дней"],
    },
    "scores": {
        "en": ["Full scorecards from the weekend's club cricket ›", "Scorecards · League tables · Averages · Fixtures"],
        "tr": ["Hafta sonu kulüp maçlarının tüm skor kartları ›", "Skor kartları · Lig tabloları · Ortalamalar · Maç programı"],
        "de": ["Alle Spielberichte vom Vereinswochenende ›", "Spielberichte · Ligatabellen · Statistiken · Termine"],
        "fr": ["Toutes les feuilles de match du week-end des clubs ›", "Feuilles de match · Classements · Statistiques · Calendrier"],
        "es": ["Todas las actas de los partidos de clubes del fin de semana ›", "Actas · Clasificaciones · Estadísticas · Calendario"],
        "ru": ["Все протоколы клубных матчей за выходные ›", "Протоколы · Таблицы · Статистика · Календарь игр"],
    },
    "correction": {
        "en": ["This story was changed after publication to put right an error."],
        "tr": ["Bu haber ilk yayımlandığından beri değiştirildi."],
        "de": ["Dieser Artikel wurde seit seiner ersten Veröffentlichung geändert."],
        "fr": ["Cet article a été rectifié après sa publication pour corriger une erreur."],
        "es": ["Esta noticia ha sido modificada desde su primera publicación."],
        "ru": ["После публикации в материал внесена поправка."],
    },
    # the three families new in this part
    "lostfound": {
        "en": ["Report a lost item", "Handed in this week", "Lost something on a bus or tram? Search the items handed in ›", "Lost Property Office"],
        "tr": ["Kayıp eşya bildirin", "Bu hafta teslim edilenler", "Otobüste bir şey mi unuttunuz? Teslim edilen eşyalar arasında arayın ›", "Kayıp Eşya Bürosu"],
        "de": ["Verlust melden", "Diese Woche abgegeben", "Etwas verloren? In den abgegebenen Fundsachen suchen ›", "Städtisches Fundbüro"],
        "fr": ["Déclarer un objet perdu", "Objets rapportés cette semaine", "Vous avez perdu quelque chose ? Cherchez parmi les objets trouvés ›", "Service des objets trouvés"],
        "es": ["Denuncia la pérdida de un objeto", "Entregados esta semana", "¿Has perdido algo? Busca entre los objetos entregados ›", "Oficina de Objetos Perdidos"],
        "ru": ["Сообщить о потере", "Сдано на этой неделе", "Что-то потеряли? Поищите среди найденных вещей ›", "Стол находок"],
    },
    "hallhire": {
        "en": ["Hire a room: prices per hour", "Check availability", "Book a room at the hall ›", "Hall bookings"],
        "tr": ["Salon kiralama: saatlik ücretler", "Boş saatlere bakın", "Salonda yer ayırtın ›", "Salon rezervasyonları"],
        "de": ["Räume mieten: Preise pro Stunde", "Freie Termine prüfen", "Einen Raum im Haus buchen ›", "Raumvermietung"],
        "fr": ["Louer une salle : tarifs à l'heure", "Vérifier les disponibilités", "Réserver une salle ›", "Réservations de salles"],
        "es": ["Alquila una sala: precios por hora", "Consulta la disponibilidad", "Reserva una sala del centro ›", "Reservas de salas"],
        "ru": ["Аренда помещений: цены за час", "Проверить свободные даты", "Забронировать зал ›", "Бронирование залов"],
    },
    "sirentest": {
        "en": ["Next siren test", "What the sirens mean", "This is only a test: you do not need to do anything when the sirens sound", "Emergency planning"],
        "tr": ["Sıradaki siren denemesi", "Siren sesleri ne anlama geliyor", "Bu yalnızca bir denemedir: sirenler çaldığında bir şey yapmanız gerekmiyor", "Afet ve acil durum birimi"],
        "de": ["Nächster Sirenentest", "Was die Sirenensignale bedeuten", "Dies ist nur ein Test: Wenn die Sirenen heulen, müssen Sie nichts tun", "Bevölkerungsschutz"],
        "fr": ["Prochain essai des sirènes", "Ce que signifient les signaux", "Ce n'est qu'un essai : vous n'avez rien à faire quand la sirène retentit", "Sécurité civile"],
        "es": ["Próxima prueba de sirenas", "Qué significa cada señal", "Es solo una prueba: no tienes que hacer nada cuando suenen las sirenas", "Protección Civil"],
        "ru": ["Следующая проверка сирен", "Что означают сигналы", "Это только проверка: когда звучат сирены, ничего делать не нужно", "Гражданская оборона"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"lostfound": [0, 1, 2, 3], "hallhire": [0, 1, 2, 3], "sirentest": [0, 1, 2, 3]}
# items handed in: item, where found, date handed in
HANDED_IN = {
    "en": [("Black folding umbrella", "Route 14, top deck", "16 Mar"), ("Child's blue scooter", "Tram stop, Corporation Street", "16 Mar"),
           ("Silver hearing aid in case", "Halverton Interchange, stand D", "17 Mar"), ("Violin in green case", "Route 31", "17 Mar")],
    "tr": [("Siyah sırt çantası", "Ankara seferi, 3 numaralı koltuk", "4 Mayıs"), ("Gözlük, kahverengi çerçeve", "Bekleme salonu", "4 Mayıs"),
           ("Oyuncak ayı", "Peron 7", "5 Mayıs"), ("Anahtarlık, üç anahtar", "Çay ocağı önü", "5 Mayıs")],
    "de": [("Damenfahrrad, grün", "Bahnhofsvorplatz", "27.04."), ("Schlüsselbund mit Holzanhänger", "Kurpark", "27.04."),
           ("Rucksack mit Schulbüchern", "Bushaltestelle Seestraße", "28.04.")],
    "fr": [("Parapluie rouge", "Place du Marché", "lundi 9 mars"), ("Trousseau de clés", "Salle des fêtes", "mardi 10 mars")],
    "es": [("Cartera marrón con documentación", "Parque de la Alameda", "3 de julio"), ("Gafas graduadas", "Autobús urbano, línea 2", "4 de julio"),
           ("Muñeca de trapo", "Plaza del Ayuntamiento", "5 de julio")],
    "ru": [("Детская варежка", "Остановка «Рынок»", "28 сентября"), ("Связка ключей", "Вестибюль ДК «Энергетик»", "29 сентября")],
}
# the lost-property office's card: label, value
LOST_OFFICE = {
    "en": [("Lost property counter", "Halverton Interchange, first floor"), ("Counter opening hours", "Mon–Fri 9am–4.30pm"), ("Lost property phone line", "0161 496 0733")],
    "tr": [("Büronun yeri", "Terminal alt kat, peron 12 yanı"), ("Büronun açık olduğu saatler", "Hafta içi 08.00–17.00")],
    "de": [("Fundbüro im Bürgeramt", "Marktplatz 3, Zimmer 4"), ("Sprechzeiten des Fundbüros", "Mo–Fr 8–12 Uhr, Do auch 14–18 Uhr")],
    "fr": [("Accueil de la mairie", "05 00 90 07 33"), ("Permanence objets trouvés", "le mardi de 9 h à 12 h")],
    "es": [("Dirección de la oficina", "Calle del Cerrillo, 4, bajo"), ("Horario de la oficina de objetos perdidos", "Lunes a viernes de 8.30 a 14.00"), ("Teléfono de objetos perdidos", "955 900 733")],
    "ru": [("Стол находок администрации", "улица Ленина, 12, кабинет 104"), ("Часы приёма находок", "пн–пт с 9:00 до 17:00")],
}
# rooms: room, capacity, price per hour
ROOMS = {
    "en": [("Main hall", "150 seated", "£28 an hour (£18 village groups)"), ("Committee room", "24", "£12 an hour"),
           ("Kitchen", "not for hire alone", "£10 an hour with a hall booking"), ("Whole building, Saturday", "150 standing", "£320 a day")],
    "tr": [("Büyük salon", "120 kişi", "Saati 400 TL"), ("Toplantı odası", "30 kişi", "Saati 150 TL"), ("El sanatları atölyesi", "16 kişi", "Saati 200 TL")],
    "de": [("Großer Saal", "200 Personen", "45 € pro Stunde"), ("Vereinszimmer", "25 Personen", "15 € pro Stunde")],
    "fr": [("Grande salle", "250 personnes", "25 € de l'heure"), ("Salle de réunion", "30 personnes", "10 € de l'heure")],
    "es": [("Salón de actos", "140 personas", "25 € la hora"), ("Aula", "20 personas", "6 € la hora"), ("Sala de ensayo", "8 personas", "8 € la hora")],
    "ru": [("Большой зал", "300 мест", "2 500 ₽ в час"), ("Малый (камерный) зал", "60 мест", "900 ₽ в час"), ("Класс", "20 мест", "500 ₽ в час")],
}
# the hall's booking desk card: label, value
BOOKINGS = {
    "en": [("Bookings secretary", "01632 960 551"), ("Bookings by email", "bookings@brackenfold-hall.example")],
    "tr": [("Rezervasyon masası", "0 (232) 900 55 10"), ("Rezervasyon başvurusu", "Mahalle konağı giriş katı")],
    "de": [("Hausverwaltung", "09141 900 551"), ("Buchungen", "Mo, Mi, Fr 9–12 Uhr")],
    "fr": [("Secrétariat de mairie", "05 00 90 05 51"), ("Réservations", "du lundi au vendredi, 9 h – 12 h")],
    "es": [("Conserjería del centro cívico", "923 900 551"), ("Horario de reservas", "De lunes a sábado, de 9 a 21 h")],
    "ru": [("Администратор ДК", "8 (34272) 5-51-00"), ("Заявки на аренду", "вт–сб с 10:00 до 18:00")],
}
# the next siren test: label, value
NEXT_TEST = {
    "en": [("Next test", "Monday 7 September, 11am"), ("Sirens will sound", "for about two minutes")],
    "tr": [("Sıradaki deneme", "3 Haziran Çarşamba, saat 12.00"), ("Sirenler ne kadar çalacak", "yaklaşık üç dakika")],
    "de": [("Nächster Probealarm", "Donnerstag, 10.9.2026, 11 Uhr"), ("Dauer des Probealarms", "rund zwei Minuten")],
    "fr": [("Prochain essai", "mercredi 4 mars à midi"), ("Durée de l'essai", "1 minute 41 secondes")],
    "es": [("Próxima prueba", "miércoles 1 de abril a las 12:00"), ("Duración de la prueba", "unos tres minutos")],
    "ru": [("Следующая проверка", "среда, 7 октября, 10:40"), ("Сколько будут звучать сирены", "три минуты")],
}
# the tones: signal, what it means
TONES = {
    "en": [("Rising and falling wail", "Danger: go indoors or to higher ground and tune in to local radio"), ("Steady note for one minute", "All clear")],
    "tr": [("Dalgalı ses (3 dakika)", "Tehlike: kapalı bir yere girin, yerel radyoyu dinleyin"), ("Düz ses (3 dakika)", "Tehlike geçti")],
    "de": [("Auf- und abschwellender Heulton, 1 Minute", "Warnung: Rundfunk einschalten, auf Durchsagen achten"), ("Dauerton, 1 Minute", "Entwarnung")],
    "fr": [("Son montant et descendant, trois fois 1 min 41 s", "Alerte : se mettre à l'abri et écouter la radio"), ("Son continu de 30 secondes", "Fin de l'alerte")],
    "es": [("Sonido ascendente y descendente", "Peligro: entra en un edificio y sintoniza la radio local"), ("Sonido continuo", "Fin del peligro")],
    "ru": [("Прерывистый вой сирены", "«Внимание всем!»: включите радио или телевизор"), ("Речевое сообщение", "Инструкции для жителей")],
}
# the civil-protection office's card: label, value
CIVIL_OFFICE = {
    "en": [("Emergency planning team", "01632 960 112"), ("Flood line", "0345 988 1188")],
    "tr": [("Afet koordinasyon merkezi", "0 (232) 900 11 20"), ("Acil durumlarda", "112'yi arayın")],
    "de": [("Ordnungsamt, Bevölkerungsschutz", "09141 900 112"), ("Zimmer", "Rathaus, 2. Stock, Zimmer 21")],
    "fr": [("Mairie, standard", "05 00 90 01 12"), ("Préfecture, cellule sécurité civile", "05 00 90 01 13")],
    "es": [("Protección Civil municipal", "923 900 112"), ("Emergencias en la Ribera", "llama al 112")],
    "ru": [("Отдел ГО и ЧС администрации", "8 (34272) 1-12-00"), ("ЕДДС города", "112, круглосуточно")],
}
WIDGET_ROWS = (("handed in", HANDED_IN), ("lost office", LOST_OFFICE), ("rooms", ROOMS), ("bookings", BOOKINGS),
               ("next test", NEXT_TEST), ("tones", TONES), ("civil office", CIVIL_OFFICE))


# headlines of the linked stories (related lists, sidebars, "more from this section", "editor's picks")
HEADLINES = {
    "en": ["Tram line extension to the hospital approved after 12-year wait", "Old swimming baths to become a food hall and co-working space",
           "Rugby club's floodlights switched on for the first time", "Bridge Road closed overnight for resurfacing all next week",
           "Independent bookshop wins national award in its tenth year", "Escaped peacock spends three days on a supermarket roof"],
    "tr": ["Tramvay hattı hastaneye kadar uzatılıyor", "Eski hamam, yemek salonu ve ortak çalışma alanı oluyor",
           "Amatör kulübün sahasına ışıklandırma yapıldı", "Köprü Yolu bir hafta boyunca geceleri trafiğe kapalı",
           "Bağımsız kitapçıya onuncu yılında ulusal ödül", "Kaçan tavus kuşu üç gün market çatısında kaldı"],
    "de": ["Straßenbahn fährt künftig bis zum Klinikum", "Altes Hallenbad wird Markthalle mit Büroplätzen",
           "Flutlicht am Rugbyplatz erstmals eingeschaltet", "Brückenweg eine Woche lang nachts gesperrt",
           "Buchhandlung erhält im zehnten Jahr einen Bundespreis", "Entflogener Pfau verbringt drei Tage auf Supermarktdach"],
    "fr": ["Le tramway ira jusqu'à l'hôpital", "Les anciens bains-douches deviennent une halle gourmande",
           "Le stade de rugby s'éclaire enfin le soir", "La route du Pont fermée toutes les nuits la semaine prochaine",
           "La librairie indépendante primée pour ses dix ans", "Un paon en fuite passe trois jours sur le toit du supermarché"],
    "es": ["El tranvía llegará hasta el hospital", "Los antiguos baños públicos serán un mercado gastronómico",
           "El campo de rugby estrena iluminación", "La carretera del Puente cerrará de noche toda la semana",
           "Premio nacional para la librería de barrio en su décimo aniversario", "Un pavo real fugado pasa tres días en el tejado de un súper"],
    "ru": ["Трамвайную линию продлят до больницы", "Старую баню превратят в фуд-холл и коворкинг",
           "На регбийном поле впервые включили прожекторы", "Мостовую дорогу закроют по ночам на неделю",
           "Независимый книжный получил всероссийскую премию к десятилетию", "Сбежавший павлин три дня прожил на крыше супермаркета"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["ru"]
TEASERS = {
    "ru": ["Строительство начнётся весной, первые вагоны пойдут через два года.",
           "Инвестор обещает сохранить купол и кафельные стены парилки.",
           "Теперь команда сможет тренироваться и зимними вечерами.",
           "Дорожники меняют асфальт полосами, днём движение открыто.",
           "Магазин открылся в бывшей мастерской по ремонту обуви.",
           "Хозяева птицы так и не нашлись, её приютил зоопарк."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Latest from the patch", "Inside the council chamber", "Police, courts and the dock", "Schools and learning", "Sport round the valley", "What's on near you", "Births, marriages and goodbyes"],
               cookie="This site uses cookies and similar technologies to recognise your device, keep you signed in, count visits and show adverts that suit you. Select Accept to agree, or Settings to choose which ones we may use.",
               accept="Fine by me, carry on reading", reject="Take me to the settings", share="Pass this one along to a neighbour",
               related="Readers also liked these local stories", newsletter="Morning Edition: the local headlines at 6.30am, every day",
               subscribe="Sign me up for Morning Edition", email="name@morning-edition.example",
               comment_note="Every comment is read by a moderator before it appears, so be kind, keep to the story and leave out anyone's personal details.",
               closed="Comments are switched off for this story.",
               footer=["Reach our reporters on the patch", "How to make a complaint", "Privacy and your data", "Advertise with our titles", "Our community guidelines"],
               rights="All content on this site is the property of its publisher and protected by copyright law.",
               commenters=[("Leazeside Pete", "Should have been done years ago, glad someone finally listened."),
                           ("Wendy from the Rise", "Lovely to read some good news for a change, hats off to everyone involved.")]),
    "tr": dict(nav=["Bölgemizden son haberler", "Belediye koridorlarından", "Karakol ve adliye kapısı", "Okullar ve eğitim", "Vadide spor", "Yakınınızda neler var", "Vefat ve aile ilanları"],
               cookie="Bu site, cihazınızı tanımak, oturumunuzu açık tutmak, ziyaretleri saymak ve size uygun reklamlar göstermek için çerezler ve benzeri teknolojiler kullanır. Kabul etmek için Kabul'ü, hangilerine izin vereceğinizi seçmek için Ayarlar'ı seçin.",
               accept="Olur, okumaya devam edeyim", reject="Beni ayarlara götür", share="Bu haberi otobüsteki komşunuza iletin",
               related="Okurlar bu yerel haberleri de beğendi", newsletter="Sabah Baskısı: yerel manşetler her gün 06.30'da",
               subscribe="Sabah Baskısı'na kaydolun", email="isim@sabah-baskisi.example",
               comment_note="Her yorum yayımlanmadan önce bir moderatörce okunur; nazik olun, haberin konusunda kalın, kimsenin kişisel bilgisini yazmayın.",
               closed="Bu haberin altı yoruma açık değil.",
               footer=["Muhabirlerimize ulaşın", "Şikâyet nasıl yapılır", "Gizlilik ve verileriniz", "Yayınlarımıza reklam verin", "Topluluk kurallarımız"],
               rights="Bu sitedeki tüm içerik yayıncısının malıdır ve telif hakkı yasasıyla korunur.",
               commenters=[("akcaovali_35", "Yıllar önce yapılmalıydı, sonunda biri dinledi."),
                           ("Nazmiye Hanım", "Bir kez olsun güzel bir haber okumak ne hoş, el emeği göz nuru.")]),
    "de": dict(nav=["Neues aus der Umgebung", "Neues aus dem Rathaus am Markt", "Polizei und Gericht", "Schulen und Bildung", "Sport zwischen den Hügeln", "Was ist los in Ihrer Nähe", "Familienanzeigen"],
               cookie="Diese Website nutzt Cookies und ähnliche Technologien, um Ihr Gerät wiederzuerkennen, Sie angemeldet zu halten, Besuche zu zählen und passende Werbung zu zeigen. Wählen Sie Akzeptieren oder Einstellungen, um selbst zu entscheiden.",
               accept="Einverstanden, weiter im Text", reject="Zu den Einstellungen", share="Bericht an Bekannte weiterreichen",
               related="Leser mochten auch diese Artikel aus der Region", newsletter="Frühausgabe: die lokalen Schlagzeilen jeden Tag um 6.30 Uhr",
               subscribe="Frühausgabe abonnieren", email="name@fruehausgabe.example",
               comment_note="Jeder Kommentar wird vor dem Erscheinen von einer Moderatorin gelesen: Bleiben Sie freundlich und beim Bericht und nennen Sie keine persönlichen Daten anderer.",
               closed="Unter diesem Bericht ist Kommentieren nicht möglich.",
               footer=["So erreichen Sie unsere Reporter", "Beschwerden an die Chefredaktion", "Datenschutz und Ihre Daten", "Werben in unseren Titeln", "Unsere Netiquette"],
               rights="Alle Inhalte dieser Website sind Eigentum des Verlags und urheberrechtlich geschützt.",
               commenters=[("Altmuehlbacher_Jupp", "Hätte man schon vor Jahren machen sollen, schön, dass endlich jemand zuhört."),
                           ("Gerda aus Unterried", "Schön, mal wieder etwas Gutes zu lesen. Respekt an alle.")]),
    "fr": dict(nav=["Les dernières nouvelles du coin", "Échos de la mairie", "Gendarmes, juges et prévenus", "Écoles et formation", "Sport entre vignes et rivière", "Sortir près de chez vous", "Carnet"],
               cookie="Ce site utilise des cookies et des technologies similaires pour reconnaître votre appareil, vous garder connecté, compter les visites et afficher des publicités adaptées. Choisissez Accepter, ou Paramètres pour décider lesquels nous pouvons utiliser.",
               accept="D'accord, je poursuis ma lecture", reject="Voir les paramètres", share="Faire passer l'article au voisin du bus",
               related="Les lecteurs ont aussi aimé ces articles du coin", newsletter="L'Édition du matin : les titres locaux chaque jour à 6 h 30",
               subscribe="Recevoir l'Édition du matin", email="nom@edition-du-matin.example",
               comment_note="Chaque commentaire est lu par un modérateur avant publication : restez aimable, parlez de l'article et ne donnez les coordonnées de personne.",
               closed="Impossible de commenter cet article.",
               footer=["Joindre nos journalistes", "Comment faire une réclamation", "Confidentialité et données", "Annoncer dans nos titres", "Notre charte de modération"],
               rights="L'ensemble du contenu de ce site appartient à son éditeur et est protégé par le droit d'auteur.",
               commenters=[("Jeannot_de_Lignac", "Il aurait fallu le faire depuis longtemps, enfin quelqu'un a écouté."),
                           ("Odile B.", "Ça fait du bien de lire une bonne nouvelle. Bravo à tous.")]),
    "es": dict(nav=["Lo último de la zona", "Lo que se cuece en el Ayuntamiento", "Policía Local, Guardia Civil y juzgados", "Colegios y formación", "Deporte en la comarca", "Qué hacer cerca de ti", "Necrológicas y familia"],
               cookie="Esta web usa cookies y tecnologías similares para reconocer tu dispositivo, mantener tu sesión, contar visitas y mostrarte anuncios adecuados. Elige Aceptar para continuar o Configuración para decidir cuáles podemos usar.",
               accept="Vale, sigo leyendo", reject="Ir a la configuración", share="Pásale la noticia al vecino del autobús",
               related="A los lectores también les gustaron estas noticias de la zona", newsletter="Primera Hora: los titulares locales cada día a las 6.30",
               subscribe="Apúntame a Primera Hora", email="nombre@primera-hora.example",
               comment_note="Un moderador lee cada comentario antes de publicarlo: sé amable, habla de la noticia y no des datos personales de nadie.",
               closed="No se puede comentar esta noticia.",
               footer=["Escribe a nuestros periodistas", "Cómo presentar una queja", "Privacidad y tus datos", "Tu anuncio en nuestras cabeceras hermanas", "Normas de la comunidad"],
               rights="Todo el contenido de esta web es propiedad de su editor y está protegido por la ley de propiedad intelectual.",
               commenters=[("Manolo_SanBlas", "Esto se tenía que haber hecho hace años, por fin alguien escucha."),
                           ("Rosi de la Vega", "Da gusto leer una buena noticia. Enhorabuena a todos.")]),
    "ru": dict(nav=["Последнее из нашего района", "Администрация и политика", "Полиция, суды, ДТП", "Школы и учёба", "Спорт в округе", "Куда сходить рядом", "Семейные объявления"],
               cookie="Сайт использует cookie и похожие технологии, чтобы узнавать ваше устройство, сохранять вход, считать посещения и показывать подходящую рекламу. Нажмите «Принять», чтобы согласиться, или «Настройки», чтобы выбрать самостоятельно.",
               accept="Хорошо, читаю дальше", reject="Перейти к настройкам", share="Передайте этот материал",
               related="Читателям понравились и эти местные новости", newsletter="«Утренний выпуск»: местные заголовки каждый день в 6:30",
               subscribe="Подписаться на «Утренний выпуск»", email="imya@utrenniy-vypusk.example",
               comment_note="Каждый комментарий перед публикацией читает модератор: будьте вежливы, пишите о материале и не раскрывайте чужих личных данных.",
               closed="Комментировать этот материал нельзя.",
               footer=["Написать нашим журналистам", "Как подать жалобу", "Конфиденциальность и ваши данные", "Реклама в нашей газете и соседних изданиях", "Правила сообщества"],
               rights="Все материалы сайта принадлежат издателю и охраняются законом об авторском праве.",
               commenters=[("verhneozersk_70", "Давно надо было сделать, наконец-то кто-то услышал."),
                           ("Людмила Аркадьевна", "Приятно почитать хорошую новость. Молодцы все.")]),
}
UI69 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM FERNLEIGH AND THE WOLD:", "de": "MEHR AUS HOHENFELD:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} Porträts von Menschen aus Hohenfeld und dem Umland und betreut die Rubrik {section}. Ideen gern an portraets@schienenbote-hohenfeld.example"},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI DANS L'ÉCHO :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Herald")},
    (mp6, "TYPO3"): {"fr": dict(ext="Carte des zones inondables de la Brézonne (Géoportail)",
                                note="Une carte des zones inondables est intégrée ici. Elle ne se charge depuis le Géoportail qu'après votre accord ; votre adresse IP lui est alors transmise.",
                                button="Accepter et afficher la carte", by="Information diffusée par le", search="Rechercher sur montbrezac.example",
                                lang_menu="Montbrézac en français facile")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Dale Packet Weekly", nl_text="Every Friday at teatime: the week in Brackenfold and the upper dale, in a single email.",
                                 nl_button="Send me The Dale Packet Weekly", nl_placeholder="Your email for The Dale Packet Weekly")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Karaada'dan Mektup", nl_text="Her cuma akşamı: adanın, iskelenin ve insanlarının haftası, tek bir e-postada.",
                                nl_label="Karaada'dan Mektup için e-posta adresiniz", nl_button="Karaada'dan Mektup'u gönderin")},
    (mp13, "PUB_NAV"): {"ru": ["Новое во дворе", "Соседи", "Ремонт и благоустройство", "Поддержать «Кирпичную, 14»"]},
    (mp13, "TEASERS"): {"ru": TEASERS["ru"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="Asociación cultural de los amigos de Cervillejo",
                                menu=["Portada de La Fragua de Cervillejo", "Noticias de Cervillejo", "La asociación La Fragua", "Fiestas de Cervillejo", "Fotos de Cervillejo", "Escribe a La Fragua"],
                                cats=["Noticias de Cervillejo", "Obras de La Fragua", "Avisos de la junta"],
                                friends=["Ayuntamiento de Cervillejo", "Peña Los Cerrillos", "Coro parroquial de Cervillejo"],
                                footer="Asociación Cultural La Fragua de Cervillejo © 2026 · la web la llevan socios voluntarios",
                                poster="junta_lafragua", tags=["lavadero", "obras de la asociación"],
                                commenters=[("Asun_de_Madrid", "Qué ilusión, en cuanto llegue en agosto bajo a verlo."),
                                            ("Cervillejano Tomás", "Gracias a Ramiro y a los chavales, ha quedado precioso.")],
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
# the new layout: a regional daily's site on Arc XP (PageBuilder Fusion with the Arc themes blocks), as it serves an
# article page: the head with the Fusion engine's and the output type's scripts and styles under /pf/dist/, the
# canonical link, the og: / twitter: metas, the JSON-LD NewsArticle, the OneTrust SDK stub and OptanonWrapper, the tag
# manager and the Arc ads library; the body in div#fusion-app.b-application holding the right-rail layout
# (b-right-rail-advanced): the header nav chain (nav#main-nav.b-header-nav-chain with its logo, "Sections" button,
# search, "Subscribe" / "Log in" buttons, the links bar and the flyout sections menu), the leaderboard ad block; the
# article column: the overline, div.b-headline > h1.c-heading, div.b-subheadline > h2.c-heading (the story's "sub",
# not in the truth), section.b-byline, div.b-date with the published and updated times, div.b-share-bar, the lead
# art (div.b-lead-art > figure.c-media-item with its caption and credit), the body in article.b-article-body as the
# article-body block renders the ANS content elements -- p.c-paragraph, h2.c-heading, ul / ol, blockquote, the ANS
# table, <br> typed with Shift+Enter in Composer, bold and italic, the inline image (figure.c-media-item with caption
# and credit) after the first paragraph and a link_list element further down: this layout's own residue in the
# container --, the tag list, "More from <section>" (div.b-related-content); the right rail (two ad blocks round
# "Most read", b-top-table-list); "Latest news" under the article; the footer (b-footer: social links, the site's link
# columns, copyright and address); then the Fusion metadata script (Fusion.arcSite, Fusion.globalContent with the
# story as ANS -- its markup escaped as Fusion escapes it --, Fusion.globalContentConfig, Fusion.tree ...) and the
# OneTrust banner and preference centre as the SDK injects them.
# --------------------------------------------------------------------------
# Arc themes' and OneTrust's own strings, per language (not checked)
AX_CORE = {
    "en": dict(skip="Skip to main content", sections="Sections", search="Search", search_ph="Search", close="Close",
               subscribe="Subscribe", login="Log in", by="By", updated="Updated", share_fb="Share on Facebook",
               share_x="Share on X", share_li="Share on LinkedIn", share_mail="Share via Email", share_copy="Copy link",
               links="Related", more="More from", most_read="Most read", latest="Latest news", see_more="See more stories",
               advert="ADVERTISEMENT", tags="Tags",
               ot_title="Privacy Preference Center", ot_accept="Accept All Cookies", ot_reject="Reject All",
               ot_settings="Cookie Settings", ot_policy="Cookie Policy", ot_confirm="Confirm My Choices",
               ot_groups=["Strictly Necessary Cookies", "Performance Cookies", "Functional Cookies", "Targeting Cookies"],
               ot_always="Always Active",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"]),
    "es": dict(skip="Ir al contenido principal", sections="Secciones", search="Buscar", search_ph="Buscar", close="Cerrar",
               subscribe="Suscríbete", login="Iniciar sesión", by="Por", updated="Actualizado", share_fb="Compartir en Facebook",
               share_x="Compartir en X", share_li="Compartir en LinkedIn", share_mail="Compartir por correo", share_copy="Copiar enlace",
               links="Relacionado", more="Más de", most_read="Lo más leído", latest="Últimas noticias", see_more="Ver más noticias",
               advert="PUBLICIDAD", tags="Temas",
               ot_title="Centro de preferencias de privacidad", ot_accept="Aceptar todas las cookies", ot_reject="Rechazarlas todas",
               ot_settings="Configuración de cookies", ot_policy="Política de cookies", ot_confirm="Confirmar mis preferencias",
               ot_groups=["Cookies estrictamente necesarias", "Cookies de rendimiento", "Cookies funcionales", "Cookies dirigidas"],
               ot_always="Activas siempre",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                       "noviembre", "diciembre"]),
}
# the sites' own strings: domain, Arc site id, the OneTrust domain script, tag manager and ad unit (exempt), the section
# links, the extra tags, the footer's columns, copyright and address, the OneTrust banner's wording
AX_SITES = {
    "Halverton Evening Mail": dict(
        domain="www.halverton-mail.example", arc="halverton-mail", org="hnmedia", ot="5c1f0e2a-7d3b-4e91-a8c6-2f94d0b1e377",
        gtm="GTM-HM7Q2XK", unit="/21804479/hem/local", tz="GMT",
        links=[("Halverton local news", "/local/"), ("Halverton City Council", "/local/council/"), ("Halverton Town FC", "/sport/halverton-town/"),
               ("Mail opinion", "/opinion/"), ("Halverton food and drink", "/whats-on/food-drink/"), ("Mail photo archive", "/nostalgia/"),
               ("Halverton jobs board", "/jobs/")],
        extra=[("Mail puzzles", "/puzzles/"), ("Mail e-edition", "/e-edition/"), ("Halverton family notices", "/announcements/")],
        tags=["Halverton buses and trams", "Halverton Interchange"],
        social=[("Facebook", "https://www.facebook.com/HalvertonMail"), ("X", "https://x.com/HalvertonMail"), ("Instagram", "https://www.instagram.com/halvertonmail/")],
        footer=[("The Mail", [("About the Halverton Evening Mail", "/about/"), ("Send the Mail a story", "/contact/news/"), ("Mail corrections and clarifications", "/corrections/")]),
                ("Mail services", [("Mail home delivery", "/subscribe/print/"), ("Mail digital subscriptions", "/subscribe/"), ("Advertise in the Mail", "/advertise/")])],
        copyright="© 2026 Halverton News & Media Ltd, registered in England and Wales under company number 02715843; every right in this website's content is reserved.",
        address="Halverton Evening Mail, Mill Yard House, 22 Dock Street, Halverton HV1 3TE",
        consent="The Halverton Evening Mail and its partners use cookies to run the Mail's website, to understand how our readers use it and to show adverts that help fund our reporting. Click 'Accept All Cookies' to agree, or choose 'Cookie Settings' to decide for yourself."),
    "El Correo de la Ribera": dict(
        domain="www.correodelaribera.example", arc="correo-ribera", org="edribera", ot="a3e9b4d1-0f62-47c8-b5d3-91e7c2a4f608",
        gtm="GTM-CR4T8WN", unit="/21804479/cdr/villanueva", tz="CEST",
        links=[("Villanueva del Alcor", "/villanueva/"), ("La Ribera del Alcor", "/ribera/"), ("Deportes de la Ribera", "/deportes/"),
               ("Opinión del Correo", "/opinion/"), ("Feria de Villanueva", "/feria/"), ("Agenda de la Ribera", "/agenda/"),
               ("Esquelas de la Ribera", "/esquelas/")],
        extra=[("Pasatiempos del Correo", "/pasatiempos/"), ("El Correo en papel", "/kiosko/"), ("Hemeroteca del Correo", "/hemeroteca/")],
        tags=["Policía Local de Villanueva", "Ayuntamiento de Villanueva del Alcor"],
        social=[("Facebook", "https://www.facebook.com/CorreoRibera"), ("X", "https://x.com/CorreoRibera"), ("Instagram", "https://www.instagram.com/correoribera/")],
        footer=[("El Correo", [("Quiénes somos en El Correo", "/quienes-somos/"), ("Envía tu noticia al Correo", "/contacto/"), ("Fe de errores del Correo", "/fe-de-errores/")]),
                ("Servicios del Correo", [("Suscripción al Correo en papel", "/suscripcion/papel/"), ("Suscripción digital al Correo", "/suscripcion/"), ("Publicidad en El Correo", "/publicidad/")])],
        copyright="© 2026 Ediciones de la Ribera del Alcor SL, inscrita en el Registro Mercantil de Sevilla, hoja SE-48.213; reservados todos los derechos sobre los contenidos de esta web.",
        address="El Correo de la Ribera, avenida de la Estación, 31, 41830 Villanueva del Alcor",
        consent="El Correo de la Ribera y sus socios usamos cookies para que la web del Correo funcione, para saber cómo la usan nuestros lectores y para mostrar anuncios que ayudan a pagar nuestro periodismo. Pulsa «Aceptar todas las cookies» para dar tu consentimiento o «Configuración de cookies» para decidir tú."),
}
AX_EXEMPT = {"domain", "arc", "org", "ot", "gtm", "unit", "tz", "social"}  # (ids; the social networks' own names)


def ax_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:90]


def ax_id(rng):
    """An ANS id: 26 characters of Crockford-like base32, as Arc's id service hands them out."""
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(26))


def ax_date(lang, iso, hh, mm, tz):
    y, m, d = (int(x) for x in iso.split("-"))
    months = AX_CORE[lang]["months"]
    if lang == "en":
        h12 = hh % 12 or 12
        return "%s %d, %d at %d:%02d %s %s" % (months[m - 1], d, y, h12, mm, "a.m." if hh < 12 else "p.m.", tz)
    return "%d de %s de %d a las %d:%02d %s" % (d, months[m - 1], y, hh, mm, tz)


def ax_resizer(host, key, width):
    return "%s/resizer/v2/%s.jpg?auth=%s&amp;width=%d" % (host, key, hashlib.sha1((key + str(width)).encode()).hexdigest()[:40], width)


def ax_block(kind, val):
    """An ANS content element as the article-body block renders it."""
    if kind == "p":
        return '<p class="c-paragraph">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="c-heading">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote class="c-blockquote"><p class="c-paragraph">%s</p></blockquote>' % mp.inline_html(val)
    if kind == "table":
        head = "".join("<th>%s</th>" % mp.inline_html(c) for c in val[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in val[1:])
        return '<div class="b-article-body__table"><table class="c-table"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (head, body)
    return '<%s class="c-list">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def ax_element(kind, val, rng):
    """The same element in ANS (for Fusion.globalContent)."""
    eid = ax_id(rng)
    if kind == "p":
        return {"_id": eid, "type": "text", "content": mp.inline_html(val).replace(BR, "<br/>")}
    if kind == "h":
        return {"_id": eid, "type": "header", "level": 2, "content": E(val)}
    if kind == "q":
        return {"_id": eid, "type": "quote", "subtype": "blockquote", "content_elements": [{"_id": ax_id(rng), "type": "text", "content": mp.inline_html(val)}]}
    if kind == "table":
        return {"_id": eid, "type": "table", "header": [{"type": "text", "content": mp.inline_html(c)} for c in val[0]],
                "rows": [[{"type": "text", "content": mp.inline_html(c)} for c in r] for r in val[1:]]}
    return {"_id": eid, "type": "list", "list_type": "ordered" if kind == "ol" else "unordered",
            "items": [{"_id": ax_id(rng), "type": "text", "content": mp.inline_html(v)} for v in val]}


def ax_json(obj):
    """JSON as Fusion writes it into its metadata script: < and > escaped."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")


def tpl_arcxp(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = AX_CORE[lang], AX_SITES[site]
    host = "https://" + s["domain"]
    sec_path = s["links"][0][1]
    y, m, d = art["date"].split("-")
    path = "%s%s/%s/%s/%s/" % (sec_path, y, m, d, ax_slug(art["title"]))
    url = host + path
    story_id = ax_id(rng)
    lead_key, body_key = ax_id(rng), ax_id(rng)
    hh, mm = rng.randint(5, 16), rng.randint(0, 59)
    uh, um = min(hh + rng.randint(1, 6), 23), rng.randint(0, 59)
    off = "+00:00" if s["tz"] == "GMT" else "+02:00"
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mm, off)
    iso_up = "%sT%02d:%02d:00%s" % (art["date"], uh, um, off)
    deploy, mx = rng.randint(1200, 1999), "%08x" % rng.randint(0, 16**8 - 1)
    qs = "d=%d&amp;mxId=%s" % (deploy, mx)
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    author = ax_slug(art["byline"])
    # the link_list element the editor added in Composer, before a paragraph further down
    rel_at = next((i for i in range(3, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    link_list = ('<div class="b-article-body__link-list"><h2 class="c-heading">%s</h2><ul class="c-link-list">%s</ul></div>' % (
        E(c["links"]), "".join('<li><a class="c-link" href="%s%s/%s/">%s</a></li>' % (sec_path, y, ax_slug(h), E(h)) for h in heads[:2])))
    image = ('<figure class="c-media-item b-article-body__image"><img class="c-image" src="%s" alt="%s" width="800" height="533" loading="lazy">'
             '<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">%s</span> <span class="c-media-item__credit">%s</span></figcaption></figure>') % (
        ax_resizer(host, body_key, 800), A(art["body_caption"]), E(art["body_caption"]), E(art["credit"]))
    body = placed.get(0, []) + [ax_block(*blocks[0]), image]
    for i in range(1, n + 1):
        if i == rel_at:
            body.append(link_list)
        body.extend(placed.get(i, []))
        if i < n:
            body.append(ax_block(*blocks[i]))
    links = "\n".join('<li class="b-header-nav-chain__links-list-item"><a class="c-link" href="%s">%s</a></li>' % (h, E(t)) for t, h in s["links"])
    flyout = "\n".join('<li class="b-header-nav-chain__section-item"><a class="c-link" href="%s">%s</a></li>' % (h, E(t)) for t, h in s["links"] + s["extra"])
    tag_list = [art["section"]] + s["tags"]
    tags = "".join('<a class="c-button c-button--small b-tag-list__tag" href="/tags/%s/">%s</a>' % (ax_slug(t), E(t)) for t in tag_list)
    share = "".join('<button type="button" class="c-button c-button--small b-share-bar__button" data-share="%s" aria-label="%s"><svg class="c-icon" aria-hidden="true" width="16" height="16"><use href="#%s"></use></svg></button>' % (
        k, A(lab), k) for k, lab in (("facebook", c["share_fb"]), ("x", c["share_x"]), ("linkedin", c["share_li"]), ("email", c["share_mail"]), ("copy", c["share_copy"])))

    def teaser(h, width, cls):
        key = ax_id(rng)
        return ('<li class="%s__item"><a class="c-link" href="%s%s/%s/%s/"><img class="c-image" src="%s" alt="" width="%d" height="%d" loading="lazy">'
                '<h3 class="c-heading">%s</h3></a></li>') % (cls, sec_path, y, m, ax_slug(h), ax_resizer(host, key, width), width, width * 2 // 3, E(h))
    related = "\n".join(teaser(h, 274, "b-related-content") for h in heads[2:5])
    most_read = "\n".join('<li class="b-top-table-list__item"><span class="b-top-table-list__rank">%d</span><a class="c-link" href="%s%s/%s/"><h3 class="c-heading">%s</h3></a></li>' % (
        k + 1, sec_path, y, ax_slug(h), E(h)) for k, h in enumerate(heads[3:] + heads[:2]))
    latest = "\n".join(teaser(h, 160, "b-results-list") for h in heads[5:] + heads[:1])
    social = "".join('<a class="c-link b-footer__social-link" href="%s" aria-label="%s" target="_blank" rel="noopener noreferrer"><svg class="c-icon" aria-hidden="true" width="24" height="24"><use href="#%s"></use></svg></a>' % (
        h, A(t), t.lower()) for t, h in s["social"])
    footer_cols = "\n".join('<div class="b-footer__links-group"><h3 class="c-heading b-footer__links-group-heading">%s</h3><ul>%s</ul></div>' % (
        E(head), "".join('<li class="b-footer__links-group-item"><a class="c-link" href="%s">%s</a></li>' % (h, E(t)) for t, h in lnk)) for head, lnk in s["footer"])
    ot_groups = "".join('<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="C000%d"><button aria-expanded="false" class="ot-accordion-btn">%s</button>%s</div>' % (
        k + 1, E(g), '<div class="ot-always-active">%s</div>' % E(c["ot_always"]) if k == 0 else
        '<div class="ot-tgl"><input type="checkbox" name="ot-group-id-C000%d" id="ot-group-id-C000%d" class="category-switch-handler"><label class="ot-switch" for="ot-group-id-C000%d"></label></div>' % (k + 1, k + 1, k + 1))
        for k, g in enumerate(c["ot_groups"]))
    gc = {"_id": story_id, "type": "story", "version": "0.10.9", "canonical_website": s["arc"], "canonical_url": path,
          "website_url": path, "language": lang,
          "headlines": {"basic": art["title"]}, "subheadlines": {"basic": art["sub"]}, "description": {"basic": art["sub"]},
          "credits": {"by": [{"_id": author, "type": "author", "name": art["byline"], "url": "/people/%s/" % author}]},
          "display_date": iso, "first_publish_date": iso, "publish_date": iso_up, "last_updated_date": iso_up,
          "taxonomy": {"primary_section": {"_id": sec_path.rstrip("/"), "name": art["section"], "_website": s["arc"]},
                       "tags": [{"text": t, "slug": ax_slug(t)} for t in tag_list]},
          "promo_items": {"basic": {"_id": lead_key, "type": "image", "url": "https://cloudfront-eu-central-1.images.arcpublishing.com/%s/%s.jpg" % (s["org"], lead_key),
                                    "caption": art["caption"], "credits": {"by": [{"type": "author", "name": art["credit"]}]}}},
          "content_elements": ([ax_element(*blocks[0], rng), {"_id": body_key, "type": "image", "caption": art["body_caption"],
                                                              "url": "https://cloudfront-eu-central-1.images.arcpublishing.com/%s/%s.jpg" % (s["org"], body_key)}]
                               + [ax_element(k, v, rng) for k, v in blocks[1:]]),
          "owner": {"id": s["org"]}, "planning": {"story_length": {"word_count_actual": len(" ".join(mp.inline_text(v) for k, v in art["truth_blocks"] if k == "p").split())}}}
    gcc = {"source": "content-api", "query": {"_website": s["arc"], "website_url": path}}
    tree = {"type": "template/article", "id": "0", "collection": "layouts", "props": {"id": "0", "collection": "layouts", "type": "right-rail-advanced"},
            "children": [{"collection": "sections", "type": "section", "children": [{"collection": "features", "type": t, "id": "0fA%dx" % k}
                                                                                   for k, t in enumerate(["header-nav-chain-block/header-nav-chain", "ads-block/ads", "overline-block/overline",
                                                                                                          "headline-block/headline", "subheadline-block/subheadline", "byline-block/byline",
                                                                                                          "date-block/date", "share-bar-block/share-bar", "lead-art-block/lead-art",
                                                                                                          "article-body-block/article-body", "tag-block/tags", "related-content/more-from-section",
                                                                                                          "top-table-list-block/top-table-list", "results-list-block/results-list", "footer-block/footer"])]}]}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sub"], "url": url,
          "datePublished": iso, "dateModified": iso_up, "articleSection": art["section"], "inLanguage": lang,
          "image": [ax_resizer(host, lead_key, 1200).replace("&amp;", "&")],
          "author": [{"@type": "Person", "name": art["byline"], "url": host + "/people/%s/" % author}],
          "publisher": {"@type": "NewsMediaOrganization", "name": site, "logo": {"@type": "ImageObject", "url": host + "/pf/resources/images/logo.png?d=%d" % deploy}}}
    upd = "" if (uh, um) == (hh, mm) else '<time class="c-date b-date__updated" datetime="%s">%s %s</time>' % (iso_up, E(c["updated"]), E(ax_date(lang, art["date"], uh, um, s["tz"])))
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/javascript" id="polyfill-script">if(!Array.prototype.includes||!(window.Object && window.Object.assign)||!window.Promise||!window.Symbol||!window.fetch){{document.write('<script type="application/javascript" src="/pf/dist/engine/polyfill.js?{qs}" defer=""><\\/script>')}}</script>
<script id="fusion-engine-react-script" type="application/javascript" src="/pf/dist/engine/react.js?{qs}" defer=""></script>
<script id="fusion-engine-combinations-script" type="application/javascript" src="/pf/dist/components/combinations/default.js?{qs}" defer=""></script>
<link id="fusion-output-type-styles" rel="stylesheet" type="text/css" href="/pf/dist/components/output-types/default.css?{qs}">
<link id="fusion-template-styles" rel="stylesheet" type="text/css" href="/pf/dist/components/combinations/default.css?{qs}">
<link id="fusion-siteStyles-styles" rel="stylesheet" type="text/css" href="/pf/dist/css/{s["arc"]}.css?{qs}">
<title>{E(art["title"])} – {E(site)}</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{A(art["sub"])}">
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{ax_resizer(host, lead_key, 1200)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:modified_time" content="{iso_up}">
<meta property="article:section" content="{A(art["section"])}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" type="image/x-icon" href="/pf/resources/favicon.ico?d={deploy}">
<script type="application/ld+json">{ax_json(ld)}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8" data-domain-script="{s["ot"]}"></script>
<script type="text/javascript">function OptanonWrapper() {{ window.dataLayer = window.dataLayer || []; window.dataLayer.push({{event: "OneTrustGroupsUpdated"}}); }}</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{s["gtm"]}');</script>
<script async src="/pf/resources/js/arcads.js?d={deploy}"></script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id={s["gtm"]}" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div id="fusion-app" class="b-application">
<div class="b-right-rail-advanced">
<a class="b-right-rail-advanced__skip c-link" href="#main">{E(c["skip"])}</a>
<header class="b-right-rail-advanced__navigation">
<nav id="main-nav" class="b-header-nav-chain b-header-nav-chain--dark" aria-label="{A(c["sections"])}">
<div class="b-header-nav-chain__top-layout">
<div class="b-header-nav-chain__nav-left">
<button type="button" class="c-button c-button--small b-header-nav-chain__sections-button" aria-expanded="false" aria-controls="flyout-overlay"><svg class="c-icon" aria-hidden="true" width="16" height="16"><use href="#hamburger"></use></svg><span>{E(c["sections"])}</span></button>
<form class="b-header-nav-chain__search" role="search" action="/search/" method="get"><input class="c-input" type="search" name="query" placeholder="{A(c["search_ph"])}" aria-label="{A(c["search"])}"><button type="submit" class="c-button c-button--small" aria-label="{A(c["search"])}"><svg class="c-icon" aria-hidden="true" width="16" height="16"><use href="#search"></use></svg></button></form>
</div>
<div class="b-header-nav-chain__logo"><a class="c-link" href="/" aria-label="{A(site)}"><img class="c-image" src="/pf/resources/images/logo.svg?d={deploy}" alt="{A(site)}" width="280" height="40"></a></div>
<div class="b-header-nav-chain__nav-right"><a class="c-button c-button--small c-button--primary" href="/subscribe/">{E(c["subscribe"])}</a> <a class="c-button c-button--small c-button--secondary" href="/account/login/">{E(c["login"])}</a></div>
</div>
<div class="b-header-nav-chain__links-list"><ul class="b-header-nav-chain__links-list-items">
{links}
</ul></div>
<div id="flyout-overlay" class="b-header-nav-chain__flyout-overlay" hidden>
<div class="b-header-nav-chain__flyout-nav-wrapper"><button type="button" class="c-button b-header-nav-chain__flyout-close" aria-label="{A(c["close"])}"></button>
<ul class="b-header-nav-chain__section-menu">
{flyout}
</ul></div></div>
</nav>
</header>
<section class="b-right-rail-advanced__full-width-1">
<div class="b-ads-block b-ads-block--leaderboard"><div class="b-ads-block__label">{E(c["advert"])}</div><div id="arcad_leaderboard_{rng.randint(100000, 999999)}" class="arcad" data-ad-name="leaderboard" data-ad-unit="{s["unit"]}"></div></div>
</section>
<div class="b-right-rail-advanced__main-wrapper">
<section role="main" id="main" class="b-right-rail-advanced__main" tabindex="-1">
<a class="c-overline b-overline" href="{sec_path}">{E(art["section"])}</a>
<div class="b-headline"><h1 class="c-heading">{E(art["title"])}</h1></div>
<div class="b-subheadline"><h2 class="c-heading">{E(art["sub"])}</h2></div>
<section class="b-byline"><span class="c-attribution"><span class="b-byline__by">{E(c["by"])}</span> <a class="c-link" href="/people/{author}/">{E(art["byline"])}</a></span></section>
<div class="b-date"><time class="c-date" datetime="{iso}">{E(ax_date(lang, art["date"], hh, mm, s["tz"]))}</time>{upd}</div>
<div class="b-share-bar">{share}</div>
<div class="b-lead-art"><figure class="c-media-item"><img class="c-image" src="{ax_resizer(host, lead_key, 800)}" srcset="{ax_resizer(host, lead_key, 400)} 400w, {ax_resizer(host, lead_key, 800)} 800w, {ax_resizer(host, lead_key, 1200)} 1200w" sizes="(min-width: 1024px) 800px, 100vw" alt="{A(art["caption"])}" width="800" height="533">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">{E(art["caption"])}</span> <span class="c-media-item__credit">{E(art["credit"])}</span></figcaption></figure></div>
<article class="b-article-body">
{chr(10).join(body)}
</article>
<div class="b-tag-list"><span class="b-tag-list__label">{E(c["tags"])}</span>{tags}</div>
<div class="b-related-content"><h2 class="c-heading">{E(c["more"])} {E(art["section"])}</h2>
<ul class="b-related-content__list">
{related}
</ul></div>
</section>
<aside class="b-right-rail-advanced__rail">
<div class="b-ads-block b-ads-block--rail"><div class="b-ads-block__label">{E(c["advert"])}</div><div id="arcad_right_rail_1_{rng.randint(100000, 999999)}" class="arcad" data-ad-name="right_rail_1" data-ad-unit="{s["unit"]}"></div></div>
<div class="b-top-table-list"><h2 class="c-heading">{E(c["most_read"])}</h2><ol class="b-top-table-list__list">
{most_read}
</ol></div>
<div class="b-ads-block b-ads-block--rail"><div class="b-ads-block__label">{E(c["advert"])}</div><div id="arcad_right_rail_2_{rng.randint(100000, 999999)}" class="arcad" data-ad-name="right_rail_2" data-ad-unit="{s["unit"]}"></div></div>
</aside>
</div>
<section class="b-right-rail-advanced__full-width-2">
<div class="b-results-list"><h2 class="c-heading">{E(c["latest"])}</h2><ul class="b-results-list__list">
{latest}
</ul><button type="button" class="c-button c-button--secondary b-results-list__see-more">{E(c["see_more"])}</button></div>
</section>
<footer class="b-footer">
<div class="b-footer__top-container"><div class="b-footer__logo"><img class="c-image" src="/pf/resources/images/logo-white.svg?d={deploy}" alt="{A(site)}" width="220" height="32"></div>
<div class="b-footer__social-links-container">{social}</div></div>
<div class="b-footer__links-groups">
{footer_cols}
</div>
<p class="c-paragraph b-footer__copyright">{E(s["copyright"])}</p>
<p class="c-paragraph b-footer__address">{E(s["address"])}</p>
</footer>
</div>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="{s["arc"]}";Fusion.contextPath="/pf";Fusion.mxId="{mx}";Fusion.deployment="{deploy}";Fusion.globalContent={ax_json(gc)};Fusion.globalContentConfig={ax_json(gcc)};Fusion.lastModified={rng.randint(1767225600000, 1798761599000)};Fusion.contentCache={{}};Fusion.layout="right-rail-advanced";Fusion.metas={{"title":{{"value":{ax_json(art["title"])}}}}};Fusion.outputType="default";Fusion.template="template/article";Fusion.tree={ax_json(tree)};Fusion.spa=false;Fusion.spaEnabled=false;</script>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/default.js?{qs}" defer=""></script>
<div id="onetrust-consent-sdk">
<div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="{A(c["ot_title"])}">
<div role="dialog" aria-label="{A(c["ot_title"])}"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div>
<div id="onetrust-policy"><div id="onetrust-policy-text">{E(s["consent"])} <a class="ot-cookie-policy-link" href="/cookie-policy/" aria-label="{A(c["ot_policy"])}">{E(c["ot_policy"])}</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">{E(c["ot_settings"])}</button> <button id="onetrust-reject-all-handler">{E(c["ot_reject"])}</button> <button id="onetrust-accept-btn-handler">{E(c["ot_accept"])}</button>
</div></div>
</div></div></div>
</div>
<div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title" style="display: none;">
<div class="ot-pc-header"><div class="ot-pc-logo" role="img"></div><button id="close-pc-btn-handler" class="ot-close-icon" aria-label="{A(c["close"])}"></button></div>
<div id="ot-pc-content" class="ot-pc-scrollbar"><h2 id="ot-pc-title">{E(c["ot_title"])}</h2>
<div class="ot-accordion-container">{ot_groups}</div></div>
<div class="ot-pc-footer"><div class="ot-btn-container"><button class="save-preference-btn-handler onetrust-close-btn-handler">{E(c["ot_confirm"])}</button></div></div>
</div>
</div>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"arcxp": ["caption", "related"]}  # the body's inline image and the link_list element
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "lostfound", "hallhire", "sirentest"]
NEW_FAMILIES = ["lostfound", "hallhire", "sirentest"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"lostfound": ["lost property", "lost-property", "report a lost item", "items handed in",
                                  "property handed in", "objects handed in"],
                    "hallhire": ["hall hire", "hall-hire", "room hire", "room booking", "hire a room", "check availability",
                                 "hourly rates", "bookings secretary"],
                    "sirentest": ["siren test", "siren-test", "next siren", "only a test", "what the tones mean",
                                  "civil defence", "civil-defence", "civil protection"]}
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
    "cookie": ['<div class="consent-gated-embed-ax"><p class="consent-gated-embed-ax__msg">%s</p><a class="consent-gated-embed-ax__open" href="#ot-sdk-btn">&#9881;</a></div>',
               '<p class="blocked-widget-notice">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="noon-mail-promo"><p class="noon-mail-promo__copy">%s</p><a class="noon-mail-promo__cta" href="/newsletters/mail-at-noon/">&#8594;</a></div>',
                   '<div class="metered-wall-note"><p>%s</p></div>', '<h4 class="noon-mail-signup-hd">%s</h4>', '<p><strong><a href="/contribute/">%s</a></strong></p>'],
    "share": ['<ul class="pass-along-links">{items}</ul>', '<div class="send-to-rider-bar">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="organisers-supplied-pic">%s</p>', '<span class="courtesy-image-tag">%s</span>', '<div><em>%s</em></div>'],
    "copyright": ['<p class="editor-permission-line">%s</p>', '<div class="reproduction-terms-ax"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="pinned-to-page-label">%s</p>', '<h6 class="all-stories-desk-link">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="ornament-divider-ax">%s</p>', '<div class="fleuron-ornament-row-ax">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="correspondent-credit-ax">%s</p>', '<div class="research-by-line">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="hed-again-p-ax"><b>%s</b></p>', '<h2 class="hed-again-h2-ax">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="ad-continues-below-label">%s</div>', '<p class="reach-readers-pitch">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="below-advert-cue"><a href="#story-continues">%s</a></p>', '<div class="keep-reading-chevron">%s</div>', '<div><a href="#story-continues">%s</a></div>'],
    "comments": ['<p class="discussing-readers-link"><a href="#comments">%s</a></p>', '<span class="speech-bubble-count">%s</span>', '<div><a href="#comments">%s</a></div>'],
    "readtime": ['<p class="stopwatch-read-time">%s</p>', '<span class="mins-reading-pill">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="council-response-added-stamp"><time>%s</time></p>', '<div class="out-first-changed-line">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="we-read-it-player"><button class="we-read-it-player__play" aria-label="Play"></button><span class="we-read-it-player__label">%s</span></div>',
              '<p class="hands-full-listen-link"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="amended-notice-box"><p>%s</p></aside>', '<p class="amended-notice-line"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="street-alerts-app-promo"><p class="street-alerts-app-promo__copy">%s</p><a class="street-alerts-app-promo__dl" href="/app/">&#8681;</a></div>',
            '<p class="reads-better-in-app">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="grew-up-here-bio"><p class="grew-up-here-bio__copy">%s</p></div>', '<p class="follow-writer-link"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="send-us-your-story"><p class="send-us-your-story__copy">%s</p></div>', '<p class="text-the-newsroom">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="wrong-figure-hint"><p>%s</p></div>', '<p class="wrong-figure-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="story-change-notify"><p class="story-change-notify__ask">%s</p></div>', '<p class="turn-on-alerts-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="print-mail-download">{items}</ul>', '<p class="clean-copy-print-link"><a href="?outputType=print">%s</a></p>',
              '<div><a href="?outputType=print">%s</a></div>'],
    "feedback": ['<div class="thumbs-verdict-ask"><p class="thumbs-verdict-ask__q">%s</p></div>', '<p class="worth-your-time-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-member"><p>%s</p></div>', '<p class="complain-first-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="story-tags-row-ax"><span class="story-tags-row-ax__copy">%s</span></div>', '<p class="topic-email-alert">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="read-later-ribbon"><a class="read-later-ribbon__a" href="#saved">%s</a></div>',
                 '<p class="mail-read-later-line"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="would-you-use-poll"><p class="would-you-use-poll__q">%s</p><button class="would-you-use-poll__go" type="button">&#10003;</button></div>',
             '<h6 class="poll-closes-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-poster-ax"><a class="video-poster-ax__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="image-set-launcher"><a class="image-set-launcher__a" href="#gallery">%s</a></div>',
                '<p class="whole-gallery-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="embedded-route-map"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="embedded-route-map__links">%s</p></div>',
            '<figure class="map-still-ax"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-the-date-links">{items}</ul>', '<p class="week-before-reminder"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-saver-strip"><span class="date-saver-strip__label">%s</span></div>'],
    "scores": ['<div class="club-scorecards-link"><a class="club-scorecards-link__a" href="/sport/cricket/scorecards/">%s</a></div>',
               '<ul class="scorecard-tabs-ax">{items}</ul>', '<div><a href="/sport/cricket/scorecards/"><b>%s</b></a></div>'],
    # the three families new in this part ({lostfields}: what was lost, where and when; {handedin}: the items handed
    # in as a table; {lostoffice}: the lost-property office as a definition list; {rooms}: the rooms with capacity and
    # price per hour as a table; {hallfields}: the date and room fields; {bookings}: the hall's bookings desk as a
    # definition list; {nexttest}: the next test's date and time as a definition list; {tones}: the signals and what
    # they mean as a table; {civiloffice}: the emergency planning office as a definition list)
    "lostfound": ['<form class="lost-item-report" action="/lost-property/report/" method="post"><h5 class="lost-item-report__hd">%s</h5>{lostfields}<button type="submit">&#10148;</button></form>',
                  '<div class="handed-in-board"><h4 class="handed-in-board__hd">%s</h4><table class="handed-in-board__grid">{handedin}</table></div>',
                  '<p class="found-items-search-link"><a href="/lost-property/search/">%s</a></p>',
                  '<div class="lost-office-card"><p class="lost-office-card__hd"><strong>%s</strong></p><dl class="lost-office-card__list">{lostoffice}</dl></div>'],
    "hallhire": ['<div class="room-rates-panel"><h4 class="room-rates-panel__hd">%s</h4><table class="room-rates-panel__grid">{rooms}</table></div>',
                 '<form class="hall-availability-check" action="/hall/availability/" method="get"><p class="hall-availability-check__hd"><b>%s</b></p>{hallfields}<button type="submit">&#128197;</button></form>',
                 '<p class="book-room-link"><a href="/hall/book/">%s</a></p>',
                 '<div class="hall-bookings-card"><p class="hall-bookings-card__hd"><strong>%s</strong></p><dl class="hall-bookings-card__list">{bookings}</dl></div>'],
    "sirentest": ['<div class="siren-test-notice"><h4 class="siren-test-notice__hd">%s</h4><dl class="siren-test-notice__when">{nexttest}</dl></div>',
                  '<div class="siren-tones-key"><h5 class="siren-tones-key__hd">%s</h5><table class="siren-tones-key__grid">{tones}</table></div>',
                  '<p class="only-a-test-line"><em>%s</em></p>',
                  '<div class="emergency-planning-card"><p class="emergency-planning-card__hd"><b>%s</b></p><dl class="emergency-planning-card__list">{civiloffice}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>– %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/mail-at-noon/"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "lostfound": (0.7, [' <a href="/lost-property/search/"><b>%s</b></a>']),
          "hallhire": (0.7, ['<br><a href="/hall/book/"><strong>%s</strong></a>']),
          "sirentest": (0.7, ['<br><em>%s</em>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# found-items search link, the book-a-room link and the only-a-test line, not the tables, forms or cards)
INLINE_WORDING = {"newsletter": 0, "lostfound": 2, "hallhire": 2, "sirentest": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-ax"><img src="/media/{id}-7.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><i>{cap} · {cr}</i></div>']
RELATED_STYLES = ['<div class="patch-today-box"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="went-on-to-read"><p class="went-on-to-read__hd">%s</p><ul>%s</ul></aside>',
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
HANDED_HEAD = {"en": ("Item", "Where found", "Handed in"), "tr": ("Eşya", "Bulunduğu yer", "Teslim tarihi"),
               "de": ("Fundsache", "Fundort", "Abgegeben"), "fr": ("Objet", "Lieu", "Déposé le"),
               "es": ("Objeto", "Lugar", "Entregado"), "ru": ("Вещь", "Где найдена", "Когда сдана")}
ROOMS_HEAD = {"en": ("Room", "Capacity", "Price"), "tr": ("Salon", "Kapasite", "Ücret"), "de": ("Raum", "Plätze", "Preis"),
              "fr": ("Salle", "Capacité", "Tarif"), "es": ("Sala", "Aforo", "Precio"), "ru": ("Помещение", "Вместимость", "Цена")}
TONES_HEAD = {"en": ("Signal", "What it means"), "tr": ("Ses", "Anlamı"), "de": ("Signal", "Bedeutung"),
              "fr": ("Signal", "Signification"), "es": ("Señal", "Significado"), "ru": ("Сигнал", "Что означает")}
LOST_LABELS = {"en": ("What did you lose?", "Route or place", "Date"), "tr": ("Ne kaybettiniz?", "Hat ya da yer", "Tarih"),
               "de": ("Was haben Sie verloren?", "Wo?", "Wann?"), "fr": ("Qu'avez-vous perdu ?", "Où ?", "Quand ?"),
               "es": ("¿Qué has perdido?", "¿Dónde?", "¿Cuándo?"), "ru": ("Что потеряли?", "Где?", "Когда?")}
HALL_LABELS = {"en": ("Date", "Room"), "tr": ("Tarih", "Salon"), "de": ("Datum", "Raum"), "fr": ("Date", "Salle"),
               "es": ("Fecha", "Sala"), "ru": ("Дата", "Зал")}


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
    return (style.replace("{lostfields}", fields(LOST_LABELS[lang], "lost"))
            .replace("{handedin}", table(HANDED_HEAD[lang], HANDED_IN[lang]))
            .replace("{lostoffice}", dl(LOST_OFFICE[lang]))
            .replace("{rooms}", table(ROOMS_HEAD[lang], ROOMS[lang]))
            .replace("{hallfields}", fields(HALL_LABELS[lang], "hall"))
            .replace("{bookings}", dl(BOOKINGS[lang]))
            .replace("{nexttest}", dl(NEXT_TEST[lang]))
            .replace("{tones}", table(TONES_HEAD[lang], TONES[lang]))
            .replace("{civiloffice}", dl(CIVIL_OFFICE[lang])))


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
               "scores": rng.choice([0, mid, n]), "lostfound": rng.choice([mid, n, n]),
               "hallhire": rng.choice([mid, n]), "sirentest": rng.choice([0, mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith((" – ", " | ")):  # a section tag typed before the first line
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
HIGHLIGHT = {             "quintype": ('<mark>', "</mark>")}




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
# templates: arcxp is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"arcxp": tpl_arcxp, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h68), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "arcxp"


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
            rng = random.Random("newsflow-heldout69-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI69[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 69) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h68), labels, furniture strings,
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
    # layouts: arcxp (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h67 or h68 gave it
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
    # the arcxp pages: a site of AX_SITES in a language of AX_CORE, with an image caption for the body; no drop cap,
    # box, fact box, callout or highlight look (Composer's text element, as the article-body block renders it, writes
    # none of them); story tables only there (an ANS table element), and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in AX_SITES or a["lang"] not in AX_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st in ("box", "factbox", "dropcap", "callout", "highlight") for st, _ in a.get("look", []))):
            problems.append("%s: arcxp page needs an Arc XP site, a body caption and Composer's looks only" % a["id"])
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
    ax_sites = [{k: v for k, v in d.items() if k not in AX_EXEMPT} for d in AX_SITES.values()]
    # (AX_CORE, HANDED_HEAD, ROOMS_HEAD, TONES_HEAD, LOST_LABELS and HALL_LABELS, the platform's and
    # theme's strings and the web teams' generic table heads and field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("AX_SITES", ax_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "AX_SITES" and (s.startswith("/") or s.startswith("https://"))):
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




