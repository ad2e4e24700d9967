#!/usr/bin/env python3
"""Eighty-fifth held-out part (h85-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout85.py           # write pages/h85-*.html
    python benchmarks/data/extraction/make_heldout85.py --check   # verify pages/h85-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout85.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout86.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h85_en.py / articles_h85_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: cycle-training course booking panels on stories about children's or adults' cycle
training -- the courses with who they are for, their dates and venues, and the cost, how to book, what to bring
and the places per instructor, as a list, the courses as a table, the "book a place on a course" button, the
booking rules as a definition-list card --, report-fly-tipping panels on stories about rubbish dumped in a lane, a
stream bed or behind garages -- what to put in a report (where, what, when, the vehicle) and the fines, as a list,
the fines as a table, the "report it online" link, what to put in a report as a definition-list card --, and the
fire service's free home fire-safety visit and smoke-alarm panels on stories about house fires and a fire-service
campaign -- who qualifies for a visit, what happens, how long it takes and how to book, and the weekly, monthly
and ten-yearly alarm tests, as a list, the alarm tests as a table, the "book a free visit" button, the visit as a
definition-list card --), their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE /
UI or of the R pools of make_heldout2..84, nor their labels, furniture strings, widget rows, headlines or site
names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new"
family is already in an earlier pool, family list, template family or docstring, if a story paragraph or headline
of an earlier part (h83 and h84 included) recurs, if a headline is also a story paragraph, or if a body is outside
150-400 words.  Every name and number is fictional.  The tables' heads (BIKE_HEAD, FLY_HEAD, ALARM_HEAD) are the web
teams' generic strings and not checked; the rows themselves (BIKE_COURSES, BIKE_BOOKING, FLY_REPORT, FLY_FINES,
FIRE_VISIT, FIRE_ALARM) are new.  (make_heldout59.py and make_heldout79.py report dumped rubbish as the subject of
stories carrying their recycling-centre and bulky-waste panels, and make_heldout80.py has report-graffiti panels;
the panel here is the council's own fly-tipping report box with its fines, so NEW_FAMILY_WORDS does not list the
bare word "fly-tipping".)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead; "run_in" makes the editor type it at the
end of the last paragraph): cycle-training panels on an English independent news site's grown-ups learning to ride
at a town council's Saturday cycle school (the English new-layout page: the list), English Year 6 pupils waiting
for their courses as instructors run short (the table), German Viertklässler practising for the Fahrradprüfung at
a Jugendverkehrsschule (the book-a-place button, below the last paragraph) and 68 French écoliers passing
« Savoir rouler à vélo » (the card); report-fly-tipping panels on English villagers' ninth load of rubbish in a
lane (the list), a Turkish lorry driver fined for dumping rubble in a stream bed (the table), a French commune's own
notice of cameras and charges for dépôts sauvages (on TYPO3: the report-online link, run into the last paragraph)
and a Russian свалка behind garages that came back a week after it was cleared (the card); fire-safety panels on an
English family woken by an alarm fitted at a free visit (the list), an English fire service knocking on 5,000 doors
after three deaths (the table), a Spanish family woken by a 15-euro detector (the book-a-visit button, above the
first paragraph) and a Russian family with three children woken by an извещатель fitted by МЧС (the card).  No
story of this part needs one of the earlier families that are placed only for a reason in the story (calendar,
map, gallery, scores); the other generic families are balanced over the part, leaving out those the page's site
would not print (the story's "kind": a Spanish residents' association's uCoz site -- a small site, with no newsroom
to credit a photograph to, update a story or send reporters --, a French commune's own page on TYPO3 -- no
newspaper furniture, no newsroom's update line, reading time, audio or related reporting --, and an independent
village publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the book-a-course button, the report-online link, the book-a-visit
button; only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at
random, of the section family's first wording only; no story of this part asks for one).  On the new layout,
residue the editor pasted into the post sits between the blocks inside Themer's post-content module on the English
site, and, on the Spanish site whose post is itself a Beaver Builder layout, either among the paragraphs of a
rich-text module or in an HTML module of its own between them.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on magazine, sanity, wordpress and gutenberg), italics (a one-line quote on both new-layout pages,
on semantic and on medium), bold (a one-line paragraph on both new-layout pages and on medium), a highlighted
sentence (a <mark> on quintype), a paragraph in a box (the magazine's panel, a CKEditor style on drupal, a Gutenberg
group), a fact box holding a subheading and its list (a Fusion custom embed: the fire in figures), a Ghost callout
card (how the seed swap works), a paragraph typed after a <br> (Shift+Enter, on both new-layout pages and on
chunks); story structures that look like furniture but are the story: question-and-answer interviews (questions
typed in bold, some of a few words -- "And next?", "Sonra?", "Et les chiens ?" --, in English, Turkish and French: a
school crossing patrol after 31 years, a bicycle repairer after 44, a village postman after 38), lists inside the
story (what a Rufbus offers, what residents did to a washing place, what a courtyard rink needed, a fire in
figures), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("Nobody has
fallen off yet this year.", "There is no shop.", "Nadie puede usar venenos.", "The pool table has gone into storage
to make room.", „Wir haben jedes Pferd gezählt, zweimal.“), a closing line with practical information (a litter
pick, a post office counter's opening day, a farewell assembly, swimmers' Saturday mornings, learn-to-ride
sessions, a collection at a corner shop, a seed cupboard's hours, a museum's hours, an information evening, a
déchetterie's hours, a pot de départ, enrolment for the autumn, community gardens' hours, where to bring clothes, a
субботник, a rink's hours), and story sentences that mention furniture words in ordinary reporting ("Subscribe, pay
by the month" opening a story, "Compartir la azada" opening another, "Cyclists who would like to apply can contact
the road safety team" closing a third, "Las fotos se pueden dejar en el bar" and "Следить за состоянием льда ...
выкладывают фото" closing two more), some at the start or end of the story where furniture usually sits.  Two pages
carry no residue at all (an English interview and a German village smithy opening as a museum) and one only its
correction line (an English post office counter moving into a pub).
One page layout is new (beaverbuilder: a single post on a WordPress site built with the Beaver Builder page builder,
the Beaver Builder Theme and Beaver Themer, on two pages, an English and a Spanish one -- an independent
reader-funded valley news site whose posts are typed in the classic editor, and an independent digital paper whose
posts are themselves Beaver Builder layouts): Yoast's head and schema graph, the wp-emoji, block-library, Font
Awesome, bb-plugin cache bundle, bb-theme base and skin stylesheets; the Themer header layout (fl-builder-content
with data-type="header", fl-row > fl-row-content-wrap > fl-row-content > fl-col-group > fl-col > fl-module rows with
rich-text, icon-group, photo, menu and search modules); div#fl-main-content.fl-page-content with the Themer
singular layout (fl-module-fl-post-info, fl-module-heading with h1.fl-heading, fl-module-photo with its caption,
fl-module-fl-post-content, fl-module-fl-author-bio, fl-module-fl-post-navigation, fl-module-fl-comments, an
fl-col-small sidebar with a post-grid feed, a full-width row with an fl-module-post-grid of related posts); the
Themer footer layout (rich-text, icon group, vertical menu and the subscribe-form module, the copyright row); the
cookie plugin (Cookie Notice on the English site, CookieYes with its preference centre on the Spanish one) and the
bb-plugin and theme scripts (see the section of the layout below).  The platform's strings (BB_CORE) are left as
they ship and not checked; the sites' own strings (BB_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h83 or h84 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
nextjs, magazine, regional, chunks, quintype and medium; Turkish on drupal, amp and ghost; German on sanity,
storybody and semantic; French on typo3, wordpress and hugo; Spanish on ucoz and fusion; Russian on table, portal
and gutenberg); while a page is rendered, the earlier modules' related headlines, the strings that belong to one
site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are
swapped for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of
make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout84.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h85_en import ARTICLES as H85_EN  # noqa: E402
from articles_h85_intl import ARTICLES as H85_INTL  # noqa: E402


ARTICLES = H85_EN + H85_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84)
# parts whose layouts' languages this part avoids (the two before it; h86 is written at the same time)
LANG_PARTS = (mp83, mp84)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h85"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brackendale Gazette", "Brackenford Mercury", "Ollerby and Swaleby Herald", "Brackdale Lantern",
           "Hallowmere Courier", "Brack Valley Evening Star", "Fenwick Cross Clarion"],
    "tr": ["Dereboyu Postası", "Vadi Ekspres", "Söğütlü Haber"],
    "de": ["Lohetal-Kurier", "Auenstedter Anzeiger", "Weidenhausener Tageblatt"],
    "fr": ["L'Éveil de la Doye", "Le Courrier de Valmorin"],
    "es": ["Heraldo de Fuentealba"],
    "ru": ["Тихореченский вестник", "Голос долины", "Тихореченская заря"],
}
# sites fixed per page (the two Beaver Builder sites, a French commune's own site on TYPO3, a Spanish residents'
# association's site on uCoz, an independent village publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h84 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Brack river-level gauge stays blank until chart cookies are switched on", "Turn on mapping cookies to see where this is in Brackendale"],
        "tr": ["Dereboyu su seviyesi göstergesi, grafik çerezleri açılana kadar boş kalır", "Bunun Dereboyu'nda nerede olduğunu görmek için harita çerezlerini açın"],
        "de": ["Der Pegel der Lohe bleibt leer, bis Diagramm-Cookies eingeschaltet sind", "Schalten Sie Karten-Cookies ein, um zu sehen, wo das im Lohetal liegt"],
        "fr": ["La courbe de niveau de la Doye reste vide tant que les cookies de graphiques sont désactivés", "Activez les cookies de cartographie pour voir où cela se trouve dans la vallée"],
        "es": ["El medidor del nivel del río no se muestra hasta que actives las cookies de gráficos", "Activa las cookies de mapas para ver dónde queda esto en la Vega"],
        "ru": ["График уровня воды в реке не отображается, пока не включены cookie для диаграмм", "Включите cookie карт, чтобы увидеть, где это находится в Тихореченске"],
    },
    "newsletter": {
        "en": ["Dale Dispatch: the valley's news in your inbox before breakfast", "You've read all your free valley stories for this month: sign up, it's free, and keep reading", "No owner, no shareholders: a few pounds a month from readers keeps {site} reporting the dale"],
        "tr": ["Vadi Postası: vadinin haberleri kahvaltıdan önce e-postanızda", "Bu ay için ücretsiz vadi haberlerinizi okudunuz: ücretsiz üye olun, okumaya devam edin", "Patronu yok, ortağı yok: okurların ayda birkaç lirası {site} gazeteciliğini ayakta tutuyor"],
        "de": ["Talpost: die Nachrichten aus dem Lohetal vor dem Frühstück im Postfach", "Ihre freien Talberichte für diesen Monat sind aufgebraucht: kostenlos anmelden und weiterlesen", "Kein Eigentümer, keine Aktionäre: ein paar Euro im Monat von Lesern halten {site} im Tal am Laufen"],
        "fr": ["Doye Express : l'actualité de la vallée dans votre boîte avant le petit-déjeuner", "Vous avez lu tous vos articles gratuits de la vallée ce mois-ci : inscrivez-vous, c'est gratuit, et continuez", "Ni propriétaire ni actionnaires : quelques euros par mois de ses lecteurs font vivre {site} dans la vallée"],
        "es": ["El Correo de la Vega: las noticias de la comarca en tu buzón antes del desayuno", "Ya has leído todas tus noticias gratuitas de la Vega este mes: regístrate gratis y sigue leyendo", "Sin dueño ni accionistas: unos pocos euros al mes de sus lectores sostienen {site} en la Vega"],
        "ru": ["«Вести долины»: новости Тихореченска на почте до завтрака", "Бесплатные материалы о долине на этот месяц закончились: зарегистрируйтесь бесплатно и читайте дальше", "Ни владельца, ни акционеров: несколько сотен рублей в месяц от читателей позволяют «{site}» работать в долине"],
    },
    "share": {
        "en": ["Pass it round the dale: Facebook · WhatsApp · Nextdoor · Email", "Know someone in Brackendale who'd want this? Forward them the Brack link ›"],
        "tr": ["Vadide paylaşın: Facebook · WhatsApp · X · E-posta", "Bunu okumak isteyecek bir komşunuz mu var? Bağlantıyı ona gönderin ›"],
        "de": ["Im Tal weitersagen: Facebook · WhatsApp · Threads · E-Mail", "Kennen Sie Nachbarn, die das lesen sollten? Schicken Sie ihnen den Link ›"],
        "fr": ["Faites circuler dans la vallée : Facebook · WhatsApp · Threads · Courriel", "Un voisin voudrait lire ceci ? Envoyez-lui le lien ›"],
        "es": ["Compártelo en la Vega: Facebook · WhatsApp · Telegram · Correo", "¿Tienes un vecino al que le interese? Mándale el enlace ›"],
        "ru": ["Расскажите в долине: ВКонтакте · Одноклассники · Telegram · Почта", "Есть сосед в Тихореченске, которому это интересно? Перешлите ему этот материал ›"],
    },
    "photo": {
        "en": ["Picture sent in to the valley desk by a reader", "Taken for the Brackendale picture desk"],
        "tr": ["Fotoğrafı vadi masasına bir okurumuz gönderdi", "Dereboyu foto masası için çekildi"],
        "de": ["Bild von einer Leserin an die Talredaktion geschickt", "Aufgenommen für den Bildtisch im Lohetal"],
        "fr": ["Photo envoyée à la rédaction de la vallée par un lecteur", "Prise pour le service photo de la vallée de la Doye"],
        "es": ["Foto enviada a la redacción de la Vega por un lector", "Tomada para la mesa de fotografía de la Vega"],
        "ru": ["Снимок прислал в редакцию долины читатель", "Снято для фотослужбы Тихореченска"],
    },
    "copyright": {
        "en": ["© {site} 2026 — no part of this valley report may be copied, rewritten or broadcast without written consent from the publisher."],
        "tr": ["© {site} 2026 — bu vadi haberinin hiçbir bölümü yayıncının yazılı onayı olmadan kopyalanamaz, yeniden yazılamaz, yayınlanamaz."],
        "de": ["© {site} 2026 — kein Teil dieses Talberichts darf ohne schriftliche Zustimmung des Verlags kopiert, umgeschrieben oder gesendet werden."],
        "fr": ["© {site} 2026 — aucune partie de cet article de la vallée ne peut être copiée, réécrite ou diffusée sans l'accord écrit de l'éditeur."],
        "es": ["© {site} 2026 — ninguna parte de esta noticia de la Vega puede copiarse, reescribirse o emitirse sin el consentimiento escrito del editor."],
        "ru": ["© «{site}», 2026 — никакую часть этого материала о долине нельзя копировать, переписывать или передавать в эфир без письменного согласия издателя."],
    },
    "section": {
        "en": ["Fresh from the valley desk: {section}", "Every {section} story from the dale ›"],
        "tr": ["Vadi masasından taze: {section}", "Vadiden bütün {section} haberleri ›"],
        "de": ["Frisch vom Taltisch: {section}", "Alle {section}-Geschichten aus dem Tal ›"],
        "fr": ["Tout frais de la rédaction de la vallée : {section}", "Tous les articles {section} de la vallée de la Doye ›"],
        "es": ["Recién salido de la redacción de la Vega: {section}", "Todas las noticias de {section} de la Vega ›"],
        "ru": ["Свежее из тихореченской редакции: {section}", "Все материалы рубрики «{section}» из долины ›"],
    },
    "related": {
        "en": ["Elsewhere in the dale this week", "More from our valley reporters"],
        "tr": ["Bu hafta vadinin başka köşelerinden", "Vadi muhabirlerimizden daha fazlası"],
        "de": ["Diese Woche anderswo im Lohetal", "Mehr von unseren Talreportern"],
        "fr": ["Cette semaine, ailleurs sur les bords de la Doye", "D'autres articles de nos reporters de la vallée"],
        "es": ["Esta semana en otros rincones de la Vega", "Más de nuestros reporteros en Fuentealba y su vega"],
        "ru": ["На этой неделе в других уголках долины", "Ещё от наших корреспондентов в Тихореченске и сёлах"],
    },
    "symbol": {
        "*": ["✤ ⁘ ✤ ⁘ ✤", "❦ ⸻ ❦", "◇ ─ ◆ ─ ◇", "⁑ ✥ ⁑"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} team in the Brack valley", "Our Swaleby and Fenwick Cross correspondent contributed to this report"],
        "tr": ["{site} vadi ekibinin ek katkılarıyla", "Karaçınar ve Söğütlü muhabirimiz bu habere katkıda bulundu"],
        "de": ["Mit Zuarbeit des Talteams von {site}", "Unsere Korrespondentin für Krummbach und Weidenhausen hat zu diesem Bericht beigetragen"],
        "fr": ["Avec la contribution de l'équipe de {site} sur les bords de la Doye", "Notre correspondant aux Aubiers a contribué à cet article"],
        "es": ["Con la colaboración del equipo de la Vega de {site}", "Nuestra corresponsal en Navalcerro ha contribuido a esta información"],
        "ru": ["При участии группы «{site}» в долине", "Наш корреспондент в Ольховке и Заречье помогал готовить материал"],
    },
    "ad": {
        "en": ["Advertisement · the valley story continues below", "Reach the whole dale: adverts in {site} from £15 a week"],
        "tr": ["Reklam · Dereboyu haberi aşağıda sürüyor", "Bütün vadiye ulaşın: {site} reklamları haftalık 350 liradan başlıyor"],
        "de": ["Anzeige · der Talbericht geht unten weiter", "Erreichen Sie das ganze Tal: Anzeigen in {site} ab 15 € pro Woche"],
        "fr": ["Publicité · l'article de la vallée se poursuit ci-dessous", "Touchez toute la vallée : annonces dans {site} à partir de 15 € la semaine"],
        "es": ["Publicidad · la noticia de la Vega sigue debajo", "Llega a toda la Vega: anuncios en {site} desde 15 € a la semana"],
        "ru": ["Реклама · материал из Тихореченска продолжается ниже", "Обратитесь ко всей долине: реклама в «{site}» от 1100 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep reading this valley story", "Show the whole Brackendale report ▾"],
        "tr": ["Bu vadi haberini okumayı sürdürün", "Dereboyu haberinin tamamını gösterin ▾"],
        "de": ["Diesen Talbericht weiterlesen", "Den ganzen Lohetal-Bericht zeigen ▾"],
        "fr": ["Continuer la lecture de cet article des bords de la Doye", "Afficher tout l'article de la Doye ▾"],
        "es": ["Seguir leyendo esta noticia de Fuentealba", "Mostrar la noticia completa de la Vega ▾"],
        "ru": ["Читать материал о долине дальше", "Показать весь материал о Тихореченске ▾"],
    },
    "comments": {
        "en": ["{n} people in the dale have their say on this", "Read {n} valley comments ›"],
        "tr": ["Vadiden {n} kişi bu konuda görüşünü yazdı", "{n} vadi yorumunu okuyun ›"],
        "de": ["{n} Menschen im Tal haben dazu etwas gesagt", "{n} Kommentare aus dem Tal lesen ›"],
        "fr": ["{n} habitants de la vallée ont donné leur avis", "Lire les {n} commentaires de la vallée ›"],
        "es": ["{n} vecinos de la Vega opinan sobre esto", "Leer los {n} comentarios de la Vega ›"],
        "ru": ["{n} жителей долины высказались об этом", "Читать {n} комментариев из долины ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the valley desk", "Valley reading time: {m} min"],
        "tr": ["Vadi masasından {m} dakikalık okuma", "Vadi okuma süresi: {m} dk"],
        "de": ["{m} Minuten Lesezeit vom Taltisch", "Lesedauer im Tal: {m} Min."],
        "fr": ["{m} minutes de lecture de la rédaction de la vallée", "Lecture dans la vallée : {m} min"],
        "es": ["{m} minutos de lectura desde la redacción de la Vega", "Lectura en la Vega: {m} min"],
        "ru": ["{m} минуты чтения от редакции долины", "Время чтения в долине: {m} мин"],
    },
    "updated": {
        "en": ["Revised by the valley desk on {d} at {t}", "This story was brought up to date on {d}, {t}, after the district council responded"],
        "tr": ["Vadi masası tarafından {d} günü saat {t}'de gözden geçirildi", "Bu haber ilçe belediyesinin yanıtının ardından {d}, {t} itibarıyla güncellendi"],
        "de": ["Überarbeitet vom Taltisch am {d} um {t} Uhr", "Dieser Bericht wurde am {d}, {t} Uhr, nach der Stellungnahme des Landkreises ergänzt"],
        "fr": ["Revu par la rédaction de la vallée le {d} à {t}", "Article complété le {d}, {t}, après la réponse de la communauté de communes"],
        "es": ["Revisado por la redacción de la Vega el {d} a las {t}", "Noticia completada el {d}, {t}, tras la respuesta de la mancomunidad"],
        "ru": ["Отредактировано редакцией долины {d} в {t}", "Материал дополнен {d}, {t}, после ответа районной администрации"],
    },
    "audio": {
        "en": ["▶ Play this valley story ({m} min)", "Out walking the dog? Have a valley reporter read this to you in {m} minutes"],
        "tr": ["▶ Bu vadi haberini oynatın ({m} dk)", "Köpeğinizi mi gezdiriyorsunuz? Bir vadi muhabiri bunu size {m} dakikada okusun"],
        "de": ["▶ Diesen Talbericht abspielen ({m} Min.)", "Mit dem Hund unterwegs? Lassen Sie sich den Text in {m} Minuten von einem Talreporter vorlesen"],
        "fr": ["▶ Lancer cet article de la vallée ({m} min)", "En promenade avec le chien ? Un reporter de la vallée vous le lit en {m} minutes"],
        "es": ["▶ Reproducir esta noticia de la Vega ({m} min)", "¿Paseando al perro? Un reportero de la Vega te la lee en {m} minutos"],
        "ru": ["▶ Включить материал из Тихореченска ({m} мин)", "Гуляете с собакой? Корреспондент долины прочитает вам это за {m} минуты"],
    },
    "app": {
        "en": ["The dale in your pocket: download the {site} app", "Carry on in the Brackendale app ›"],
        "tr": ["Vadi cebinizde: {site} uygulamasını indirin", "Dereboyu uygulamasında sürdürün ›"],
        "de": ["Das Tal in der Hosentasche: Laden Sie die App von {site}", "In der Lohetal-App weiterlesen ›"],
        "fr": ["La vallée dans votre poche : téléchargez l'appli {site}", "Poursuivre dans l'appli de la vallée ›"],
        "es": ["La Vega en tu bolsillo: descarga la app de {site}", "Continúa en la app de la Vega ›"],
        "ru": ["Долина в кармане: скачайте приложение «{site}»", "Продолжить в приложении Тихореченска ›"],
    },
    "bio": {
        "en": ["{by} covers {section} across the dale for {site} and walks the Brack valley path most weekends.", "More stories by {by} from the valley ›"],
        "tr": ["{by}, {site} için vadi genelinde {section} haberlerini izliyor ve hafta sonları dere boyunda yürüyor.", "{by} imzalı diğer Dereboyu haberleri ›"],
        "de": ["{by} berichtet für {site} im ganzen Tal über {section} und wandert an den meisten Wochenenden die Lohe entlang.", "Weitere Berichte von {by} aus dem Tal ›"],
        "fr": ["{by} couvre la rubrique {section} dans toute la vallée pour {site} et randonne le long de la Doye presque chaque week-end.", "D'autres articles de {by} dans la vallée ›"],
        "es": ["{by} cubre {section} en toda la Vega para {site} y recorre la ribera del río casi todos los fines de semana.", "Más noticias de {by} en la Vega ›"],
        "ru": ["{by} пишет о теме «{section}» по всей долине для «{site}» и почти каждые выходные ходит в походы вдоль реки.", "Другие материалы {by} о долине ›"],
    },
    "tip": {
        "en": ["Something happening in the valley? Email news@brackdale-desk.example", "Message the valley desk on 07700 900 517"],
        "tr": ["Vadide bir şey mi oluyor? haber@dereboyu-masa.example adresine yazın", "Vadi masasına mesaj gönderin: 0 (533) 900 51 70"],
        "de": ["Im Lohetal passiert gerade etwas? Mail an tipps@lohetal-redaktion.example", "Nachricht an den Taltisch: 0152 900 51 70"],
        "fr": ["Il se passe quelque chose au bord de la Doye ? Écrivez à infos@vallee-doye-redaction.example", "Un message à la rédaction de la vallée : 06 00 90 51 70"],
        "es": ["¿Pasa algo en Fuentealba o en su comarca? Escribe a noticias@vega-redaccion.example", "Envía un mensaje a la redacción de la Vega: 600 900 517"],
        "ru": ["В долине что-то происходит? Пишите на novosti@tihorechensk-redakciya.example", "Напишите в редакцию долины: +7 900 000-51-70"],
    },
    "typo": {
        "en": ["Found a mistake in this valley story? Highlight it and press Ctrl+Enter to tell the valley desk"],
        "tr": ["Bu vadi haberinde bir hata mı buldunuz? İşaretleyip Ctrl+Enter'a basarak vadi masasına bildirin"],
        "de": ["Einen Fehler in diesem Talbericht gefunden? Markieren und Strg+Enter drücken, dann erfährt es der Taltisch"],
        "fr": ["Vous avez trouvé une erreur dans cet article de la Doye ? Surlignez-la puis tapez Ctrl+Entrée : la rédaction de Valmorin sera prévenue"],
        "es": ["¿Un error en esta noticia de Fuentealba? Selecciónalo y pulsa Ctrl+Intro: lo verá la redacción de la comarca"],
        "ru": ["Заметили ошибку в материале из Тихореченска? Выделите текст и нажмите Ctrl+Enter — тихореченская редакция исправит"],
    },
    "push": {
        "en": ["Want an alert when news breaks in the dale? Yes, valley alerts on · Not just now"],
        "tr": ["Vadide haber olduğunda uyarı ister misiniz? Evet, vadi uyarılarını aç · Şimdi değil"],
        "de": ["Hinweis, sobald es im Tal Neuigkeiten gibt? Ja, Talmeldungen an · Gerade nicht"],
        "fr": ["Une alerte quand l'actualité bouge dans la vallée ? Oui, alertes vallée activées · Pas maintenant"],
        "es": ["¿Quieres un aviso cuando haya noticias en la Vega? Sí, avisos de la Vega · Ahora no"],
        "ru": ["Присылать оповещение, когда в долине новости? Да, включить оповещения долины · Не сейчас"],
    },
    "print": {
        "en": ["Keep this valley story: Print · Save as PDF · Email it", "Printer-friendly valley page ›"],
        "tr": ["Bu vadi haberini saklayın: Yazdır · PDF olarak kaydet · E-postala", "Yazıcı dostu Dereboyu sayfası ›"],
        "de": ["Diesen Talbericht aufheben: Drucken · Als PDF speichern · Mailen", "Druckfreundliche Talseite ›"],
        "fr": ["Garder cet article de la vallée : Imprimer · Enregistrer en PDF · Envoyer", "Version imprimable de la vallée ›"],
        "es": ["Guarda esta noticia de la Vega: Imprimir · Guardar en PDF · Enviar", "Versión para imprimir de la Vega ›"],
        "ru": ["Сохранить материал из Тихореченска: Печать · PDF · Отправить другу", "Версия для печати из долины ›"],
    },
    "feedback": {
        "en": ["Did this Brack valley report answer your questions? Yes, every one · Some of them · Not one"],
        "tr": ["Bu Dereboyu haberi sorularınıza yanıt verdi mi? Evet, hepsine · Bazılarına · Hiçbirine"],
        "de": ["Hat dieser Bericht aus dem Lohetal Ihre Fragen beantwortet? Ja, alle · Manche davon · Keine einzige"],
        "fr": ["Cet article des bords de la Doye a-t-il répondu à vos questions ? Oui, à chacune · À quelques-unes · À pas une seule"],
        "es": ["¿Ha respondido esta noticia de Fuentealba a tus preguntas? Sí, a todas · A algunas · A ninguna"],
        "ru": ["Ответил ли материал из Тихореченска на ваши вопросы? Да, на все · На некоторые · Ни на один"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code in all its valley titles. Complaints about this report: readers@brackdale-desk.example."],
        "tr": ["{site}, bütün vadi yayınlarında gazetecilik etik ilkelerine uyar. Bu haberle ilgili şikâyetler: okur@dereboyu-masa.example."],
        "de": ["{site} folgt in allen Taltiteln dem Pressekodex. Beschwerden zu diesem Bericht: leser@lohetal-redaktion.example."],
        "fr": ["{site} applique la charte de déontologie dans tous ses titres de la vallée. Réclamations sur cet article : lecteurs@vallee-doye-redaction.example."],
        "es": ["{site} aplica el código deontológico en todas sus cabeceras de Fuentealba y la comarca. Quejas sobre esta noticia: lectores@vega-redaccion.example."],
        "ru": ["«{site}» во всех изданиях Тихореченского района соблюдает кодекс профессиональной этики. Жалобы на этот материал: chitateli@tihorechensk-redakciya.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Brackendale · Valley villages", "Follow {section} in the dale ›"],
        "tr": ["Konu: {section} · Dereboyu · Vadi köyleri", "Vadide {section} konusunu takip edin ›"],
        "de": ["Abgelegt unter: {section} · Lohetal · Taldörfer", "{section} im Lohetal folgen ›"],
        "fr": ["Classé dans : {section} · Vallée de la Doye · Villages de la vallée", "Suivre {section} au bord de la Doye ›"],
        "es": ["Archivado en: {section} · La Vega · Pueblos de la Vega", "Sigue {section} en Fuentealba ›"],
        "ru": ["Рубрики: {section} · Тихореченск · Сёла долины", "Следить за темой «{section}» в Тихореченске ›"],
    },
    "bookmark": {
        "en": ["☆ Save to your valley reading list"],
        "tr": ["☆ Vadi okuma listenize kaydedin"],
        "de": ["☆ Auf Ihre Lohetal-Leseliste setzen"],
        "fr": ["☆ Ajouter à votre liste de lecture de la vallée"],
        "es": ["☆ Guardar en tu lista de lectura de la Vega"],
        "ru": ["☆ Добавить в список чтения о долине"],
    },
    "poll": {
        "en": ["Have your say: should the rest of the dale follow suit? Yes, it should · No, it shouldn't · Can't decide", "Cast your vote and see the valley's answer"],
        "tr": ["Sesinizi duyurun: vadinin geri kalanı da aynısını yapmalı mı? Evet, yapmalı · Hayır, yapmamalı · Karar veremedim", "Oyunuzu verin, vadinin yanıtını görün"],
        "de": ["Ihre Stimme: Sollte der Rest des Tals nachziehen? Ja, unbedingt · Nein, auf keinen Fall · Weiß nicht", "Stimmen Sie ab und sehen Sie die Antwort des Tals"],
        "fr": ["Donnez votre avis : le reste de la vallée devrait-il suivre ? Oui, il le faut · Non, surtout pas · Je ne sais pas", "Votez et découvrez la réponse de la vallée"],
        "es": ["Opina: ¿debería seguir el ejemplo el resto de la Vega? Sí, debería · No, no debería · No lo tengo claro", "Vota y descubre la respuesta de la Vega"],
        "ru": ["Ваш голос: стоит ли остальной долине последовать примеру? Да, стоит · Нет, не стоит · Затрудняюсь ответить", "Проголосуйте и узнайте ответ долины"],
    },
    "embed": {
        "en": ["View this valley post from {handle} on Instagram", "Watch {handle}'s valley video on YouTube"],
        "tr": ["{handle} hesabının bu vadi gönderisini Instagram'da görüntüleyin", "{handle} hesabının vadi videosunu YouTube'da izleyin"],
        "de": ["Diesen Talbeitrag von {handle} auf Instagram ansehen", "Das Talvideo von {handle} auf YouTube ansehen"],
        "fr": ["Voir cette publication de la vallée de {handle} sur Instagram", "Regarder la vidéo de la vallée de {handle} sur YouTube"],
        "es": ["Ver esta publicación de {handle} sobre Fuentealba en Instagram", "Ver el vídeo de {handle} sobre Fuentealba en YouTube"],
        "ru": ["Посмотреть этот пост {handle} о долине в Instagram", "Смотреть видео {handle} о долине на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} pictures from Brackendale", "See all {g} valley pictures ›"],
        "tr": ["📷 Dereboyu'ndan {g} kare", "{g} vadi fotoğrafının hepsini görün ›"],
        "de": ["📷 {g} Bilder aus dem Lohetal", "Alle {g} Bilder aus dem Tal ansehen ›"],
        "fr": ["📷 {g} clichés des bords de la Doye", "Voir les {g} images de la vallée ›"],
        "es": ["📷 {g} fotos desde Fuentealba", "Ver las {g} imágenes de Fuentealba ›"],
        "ru": ["📷 {g} фото с праздника", "Смотреть все {g} снимков долины ›"],
    },
    "map": {
        "en": ["Open the valley map", "Find it in the Brack valley: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Vadi haritasını açın", "Dereboyu'nda yol tarifi: Google Haritalar · Apple Haritalar · Yandex Navigasyon"],
        "de": ["Talkarte öffnen", "So kommen Sie hin: Google Maps · Apple Karten · OpenStreetMap"],
        "fr": ["Ouvrir la carte de la vallée", "Y aller depuis la Doye : Google Maps · Plans · Géoportail"],
        "es": ["Abrir el mapa de la Vega", "Cómo ir: Google Maps · Mapas de Apple · OpenStreetMap"],
        "ru": ["Открыть карту долины", "Проложить маршрут: Яндекс Карты · 2ГИС · OpenStreetMap"],
    },
    "calendar": {
        "en": ["Add this valley date: Google · Outlook · Apple", "Remind me about this valley event ›"],
        "tr": ["Bu vadi tarihini ekleyin: Google · Outlook · Apple", "Bu vadi etkinliğini bana hatırlatın ›"],
        "de": ["Diesen Taltermin speichern: Google · Outlook · Apple", "An diesen Taltermin erinnern ›"],
        "fr": ["Ajouter ce rendez-vous de la vallée : Google · Outlook · Apple", "Me rappeler ce rendez-vous de la vallée ›"],
        "es": ["Añade esta cita de la Vega: Google · Outlook · Apple", "Recuérdame esta cita de la Vega ›"],
        "ru": ["Добавить дату в календарь: Google · Outlook · Apple", "Напомнить об этом событии в долине ›"],
    },
    "scores": {
        "en": ["Every valley result from the weekend ›", "Dale sport hub: Fixtures · Results · Tables · Scorers"],
        "tr": ["Hafta sonunun bütün vadi sonuçları ›", "Vadi spor merkezi: Fikstür · Sonuçlar · Puan tablosu · Gol krallığı"],
        "de": ["Alle Ergebnisse des Wochenendes aus dem Tal ›", "Talsport: Spielplan · Ergebnisse · Tabellen · Torschützen"],
        "fr": ["Tous les résultats du week-end dans la vallée ›", "Sport dans la vallée : Calendrier · Résultats · Classements · Buteurs"],
        "es": ["Todos los resultados del fin de semana en la Vega ›", "Deporte en la Vega: Calendario · Resultados · Clasificaciones · Goleadores"],
        "ru": ["Все результаты выходных в долине ›", "Спорт долины: Календарь · Результаты · Таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["This valley story has been corrected since it was first published."],
        "tr": ["Bu vadi haberi ilk yayımlandıktan sonra düzeltilmiştir."],
        "de": ["Dieser Talbericht wurde seit seiner ersten Veröffentlichung korrigiert."],
        "fr": ["Cet article de la vallée a été corrigé depuis sa première publication."],
        "es": ["Esta noticia de la Vega ha sido corregida desde su primera publicación."],
        "ru": ["Этот материал из Тихореченска исправлен после первой публикации."],
    },
    # the three families new in this part
    "bikeability": {
        "en": ["Cycle training courses this term", "Cycle training: levels, ages and dates", "Book a place on a cycle training course ›", "Cycle training: how to book"],
        "tr": ["Bu dönem bisiklet eğitimi kursları", "Bisiklet eğitimi: seviyeler, yaşlar ve tarihler", "Bisiklet eğitimi kursunda yer ayırtın ›", "Bisiklet eğitimi: nasıl kayıt olunur"],
        "de": ["Radfahrkurse in diesem Halbjahr", "Radfahrausbildung: Stufen, Alter und Termine", "Platz im Radfahrkurs buchen ›", "Radfahrkurse: so melden Sie sich an"],
        "fr": ["Stages vélo ce trimestre", "Apprendre à rouler : niveaux, âges et dates", "Réserver une place en stage vélo ›", "Stages vélo : comment s'inscrire"],
        "es": ["Cursos de bici este trimestre", "Formación en bici: niveles, edades y fechas", "Reserva plaza en un curso de bici ›", "Cursos de bici: cómo inscribirse"],
        "ru": ["Курсы велоподготовки в этой четверти", "Велоподготовка: уровни, возраст и даты", "Записаться на курс велоподготовки ›", "Велоподготовка: как записаться"],
    },
    "flytipping": {
        "en": ["Report fly-tipping", "Fly-tipping: the fines", "Report fly-tipping online ›", "Seen rubbish dumped? What to tell us"],
        "tr": ["Kaçak dökümü bildirin", "Kaçak döküm: cezalar", "Kaçak dökümü çevrimiçi bildirin ›", "Atılmış çöp mü gördünüz? Bize neleri iletmelisiniz"],
        "de": ["Wilden Müll melden", "Wilder Müll: die Bußgelder", "Wilden Müll online melden ›", "Müll abgeladen gesehen? Das sollten Sie uns sagen"],
        "fr": ["Signaler un dépôt sauvage", "Dépôts sauvages : les amendes", "Signaler un dépôt sauvage en ligne ›", "Vous avez vu des déchets abandonnés ? Ce qu'il faut nous dire"],
        "es": ["Denuncia un vertido ilegal", "Vertidos ilegales: las multas", "Denuncia un vertido en línea ›", "¿Has visto basura tirada? Qué debes contarnos"],
        "ru": ["Сообщить о стихийной свалке", "Стихийные свалки: штрафы", "Сообщить о свалке онлайн ›", "Увидели выброшенный мусор? Что нужно сообщить"],
    },
    "firesafety": {
        "en": ["Free home fire safety visits", "Test your smoke alarm", "Book a free home fire safety visit ›", "Home fire safety visits: who can have one"],
        "tr": ["Ücretsiz ev yangın güvenliği ziyareti", "Duman dedektörünüzü test edin", "Ücretsiz ev yangın güvenliği ziyareti için randevu alın ›", "Ev yangın güvenliği ziyareti: kimler yararlanabilir"],
        "de": ["Kostenlose Brandschutzberatung zu Hause", "Testen Sie Ihren Rauchmelder", "Kostenlose Brandschutzberatung zu Hause buchen ›", "Brandschutzberatung zu Hause: wer sie bekommt"],
        "fr": ["Visites gratuites de prévention incendie à domicile", "Testez votre détecteur de fumée", "Demander une visite de prévention incendie gratuite ›", "Visite de prévention incendie : qui peut en bénéficier"],
        "es": ["Visitas gratuitas de seguridad contra incendios en casa", "Prueba tu detector de humo", "Pide una visita gratuita de seguridad contra incendios ›", "Visitas de seguridad contra incendios: quién puede pedirlas"],
        "ru": ["Бесплатная проверка пожарной безопасности дома", "Проверьте пожарный извещатель", "Записаться на бесплатную проверку пожарной безопасности ›", "Проверка пожарной безопасности дома: кому положена"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"bikeability": [0, 1, 2, 3], "flytipping": [0, 1, 2, 3], "firesafety": [0, 1, 2, 3]}
# the cycle-training panel: course, who it is for, dates, venue; and how to book
BIKE_COURSES = {
    "en": [("Learn to ride", "adults and children aged 8 and over", "Saturdays from 11 April", "Moor Lane Primary School, Brackenford"),
           ("Level 2, quiet roads", "Years 5 and 6", "20–22 May", "Thornleigh Primary School"),
           ("Level 3, busier roads", "ages 11 to 16", "27–28 July", "Brackenford Leisure Centre")],
    "tr": [("Sürüş öğrenme", "8 yaş üstü çocuklar ve yetişkinler", "11 Nisan'dan itibaren cumartesileri", "Dereboyu Trafik Eğitim Parkı"),
           ("İkinci seviye, sakin sokaklar", "4. ve 5. sınıflar", "20–22 Mayıs", "Söğütlü İlkokulu"),
           ("Üçüncü seviye, yoğun trafik", "11–16 yaş", "27–28 Temmuz", "Dereboyu Gençlik Merkezi")],
    "de": [("Radfahren lernen", "Kinder ab 8 und Erwachsene", "samstags ab dem 11.04.", "Jugendverkehrsschule Auenstedt"),
           ("Stufe 2, ruhige Straßen", "Klassen 3 und 4", "20.–22.05.", "Grundschule Weidenhausen"),
           ("Stufe 3, mehr Verkehr", "11 bis 16 Jahre", "27.–28.07.", "Sporthalle Krummbach")],
    "fr": [("Apprendre à rouler", "adultes et enfants dès 8 ans", "le samedi à partir du 11 avril", "école des Tilleuls, Valmorin"),
           ("Niveau 2, rues calmes", "CM1 et CM2", "du 20 au 22 mai", "gymnase de Sainte-Orle"),
           ("Niveau 3, circulation", "11 à 16 ans", "27 et 28 juillet", "collège de Valmorin")],
    "es": [("Aprender a montar", "adultos y niños desde 8 años", "sábados desde el 11 de abril", "Colegio Virgen de la Vega, Fuentealba"),
           ("Nivel 2, calles tranquilas", "5.º y 6.º de primaria", "del 20 al 22 de mayo", "Polideportivo de Navalcerro"),
           ("Nivel 3, tráfico real", "de 11 a 16 años", "27 y 28 de julio", "Instituto de Fuentealba de la Vega")],
    "ru": [("Учимся кататься", "взрослые и дети с 8 лет", "по субботам с 11 апреля", "школа № 2, Тихореченск"),
           ("Уровень 2, тихие улицы", "3–4 классы", "20–22 мая", "стадион «Заречье»"),
           ("Уровень 3, оживлённые улицы", "11–16 лет", "27–28 июля", "Дом детского творчества Тихореченска")],
}
BIKE_HEAD = {"en": ("Course", "Who for", "Dates", "Where"), "tr": ("Kurs", "Kimler için", "Tarihler", "Yer"),
             "de": ("Kurs", "Für wen", "Termine", "Ort"), "fr": ("Stage", "Public", "Dates", "Lieu"),
             "es": ("Curso", "Para quién", "Fechas", "Lugar"), "ru": ("Курс", "Для кого", "Даты", "Где")}
BIKE_BOOKING = {
    "en": [("What a course costs", "free for Brackendale residents and for pupils at Brackendale schools"), ("How to book a place", "online, or on 01632 960 318 on weekday mornings"),
           ("What to bring along", "a roadworthy bike and a helmet; the team can lend both"), ("How many places", "eight learners to each instructor, first come, first served")],
    "tr": [("Kursun ücreti", "ilçe sakinleri ve ilçedeki okulların öğrencileri için ücretsiz"), ("Nasıl yer ayırtılır", "çevrimiçi ya da hafta içi sabahları 444 0 318"),
           ("Yanınızda getirin", "bakımlı bir bisiklet ve kask; ikisi de ödünç verilebilir"), ("Kaç kişilik kontenjan", "eğitmen başına sekiz kursiyer, kayıt sırasına göre")],
    "de": [("Was der Kurs kostet", "kostenlos für Kinder und Erwachsene aus dem Landkreis"), ("So melden Sie sich an", "online oder werktags vormittags unter 05531 318-0"),
           ("Mitbringen", "ein verkehrssicheres Rad und einen Helm; beides kann geliehen werden"), ("Wie viele Plätze es gibt", "acht Teilnehmende je Trainer, Vergabe nach Eingang")],
    "fr": [("Coût du stage", "gratuit pour les habitants de la communauté de communes"), ("Pour s'inscrire", "en ligne ou au 05 00 31 80 00 en semaine le matin"),
           ("À apporter", "un vélo en bon état et un casque ; prêt possible"), ("Nombre de places", "huit participants par éducateur, par ordre d'inscription")],
    "es": [("Cuánto cuesta el curso", "gratuito para vecinos y alumnos de la comarca"), ("Inscripción", "en línea o en el 925 000 318 por las mañanas"),
           ("Qué traer", "una bici en buen estado y casco; se pueden prestar"), ("Plazas por grupo", "ocho alumnos por monitor, por orden de inscripción")],
    "ru": [("Сколько стоит курс", "бесплатно для жителей района и школьников"), ("Как записаться на курс", "на сайте или по телефону 8 (48455) 3-18-00 по будням"),
           ("Что взять", "исправный велосипед и шлем, их можно взять напрокат"), ("Сколько мест в группе", "восемь учеников на одного инструктора, по порядку записи")],
}
# the report-fly-tipping panel: what to include in a report; and the fines
FLY_REPORT = {
    "en": [("Where it is", "the road, the nearest house number or a what3words address"), ("What was dumped", "what has been dumped and roughly how much of it"),
           ("When you saw it", "the date and time you saw it, or saw it being dumped"), ("Any vehicle involved", "its registration, make and colour, if you saw one")],
    "tr": [("Döküm yeri", "sokak adı, en yakın kapı numarası ya da konum"), ("Atığın türü", "dökülen atığın türü ve yaklaşık miktarı"),
           ("Gördüğünüz saat", "gördüğünüz ya da döküldüğü tarih ve saat"), ("Araç bilgisi", "gördüyseniz plakası, markası ve rengi")],
    "de": [("Wo der Müll liegt", "Straße, nächste Hausnummer oder GPS-Position"), ("Art des Mülls", "welcher Müll abgeladen wurde und ungefähr wie viel"),
           ("Wann Sie ihn gesehen haben", "Datum und Uhrzeit, zu der Sie ihn gesehen haben"), ("Fahrzeug", "Kennzeichen, Marke und Farbe, falls Sie es gesehen haben")],
    "fr": [("Lieu du dépôt", "la rue, le numéro le plus proche ou les coordonnées GPS"), ("Nature des déchets", "la nature des déchets et leur volume approximatif"),
           ("Quand vous l'avez vu", "la date et l'heure où vous les avez vus"), ("Véhicule", "l'immatriculation, la marque et la couleur, si vous l'avez vu")],
    "es": [("Lugar del vertido", "la calle, el número más cercano o la ubicación GPS"), ("Qué se ha tirado", "qué se ha tirado y en qué cantidad aproximada"),
           ("Cuándo lo viste", "la fecha y la hora en que lo viste"), ("Vehículo", "la matrícula, la marca y el color, si lo viste")],
    "ru": [("Место свалки", "улица, ближайший номер дома или координаты"), ("Какой мусор", "какой мусор выброшен и примерно сколько"),
           ("Когда вы её увидели", "дата и время, когда вы его увидели"), ("Машина", "номер, марка и цвет, если вы её видели")],
}
FLY_HEAD = {"en": ("Offence", "Penalty"), "tr": ("Durum", "Ceza"), "de": ("Verstoß", "Bußgeld"), "fr": ("Infraction", "Sanction"),
            "es": ("Infracción", "Sanción"), "ru": ("Нарушение", "Штраф")}
FLY_FINES = {
    "en": [("Small amount dumped, fixed penalty", "£400, cut to £250 if paid within 10 days"), ("Household rubbish handed to an unlicensed carrier", "£300 fixed penalty"),
           ("Large load, convicted in court", "an unlimited fine, and the vehicle can be seized")],
    "tr": [("Az miktarda atık", "4.500 lira idari para cezası"), ("Hafriyat ya da moloz dökümü", "180.000 liraya kadar ceza"), ("Araçla döküm", "ceza ve aracın trafikten men edilmesi")],
    "de": [("Hausmüll, einzelne Säcke", "Bußgeld ab 100 €"), ("Sperrmüll oder Bauschutt", "Bußgeld bis 2.500 €"), ("Gewerbliche Abfälle", "Bußgeld bis 50.000 € und Strafanzeige")],
    "fr": [("Dépôt de sacs ou d'objets", "amende forfaitaire de 135 €"), ("Dépôt à l'aide d'un véhicule", "amende jusqu'à 1 500 € et saisie possible du véhicule"), ("Frais d'enlèvement", "350 € facturés par la commune")],
    "es": [("Bolsas o enseres", "multa desde 100 €"), ("Escombros o restos de obra", "multa de hasta 3.000 €"), ("Vertido desde un vehículo", "multa y retirada del vehículo")],
    "ru": [("Бытовой мусор", "штраф для граждан от 1 до 2 тысяч рублей"), ("Строительный мусор", "штраф до 5 тысяч рублей"), ("Выгрузка мусора из машины", "штраф до 20 тысяч рублей")],
}
# the fire service's home fire-safety visit panel: who qualifies, what happens, how to book; and the alarm tests
FIRE_VISIT = {
    "en": [("Who qualifies", "anyone over 65, anyone living alone with a long-term illness, and families with children under five"),
           ("What happens", "a firefighter checks your home, fits free alarms and talks through an escape plan"),
           ("How long it takes", "about 40 minutes"), ("How to book", "online or on 0800 160 3285, free from landlines and mobiles")],
    "tr": [("Ziyaretten kimler yararlanır", "65 yaş üstü, yalnız yaşayan hastalar ve 5 yaş altı çocuğu olan aileler"),
           ("Ziyarette ne olur", "itfaiye eri evinizi kontrol eder ve ücretsiz dedektör takar"), ("Ziyaret süresi", "yaklaşık 40 dakika"),
           ("Nasıl randevu alınır", "çevrimiçi ya da 0 (212) 900 32 85")],
    "de": [("Wer sie bekommt", "Menschen über 65, Alleinlebende mit Vorerkrankungen und Familien mit Kleinkindern"),
           ("Was passiert", "die Feuerwehr prüft die Wohnung, montiert Rauchmelder und bespricht Fluchtwege"), ("Wie lange sie dauert", "etwa 40 Minuten"),
           ("So bekommen Sie einen Termin", "online oder unter 05531 3285-0")],
    "fr": [("Qui peut demander une visite", "les plus de 65 ans, les personnes seules et malades, les familles avec enfants de moins de 5 ans"),
           ("Déroulement", "un sapeur-pompier vérifie le logement, pose des détecteurs et prépare un plan d'évacuation"), ("Durée de la visite", "environ 40 minutes"),
           ("Comment prendre rendez-vous", "en ligne ou au 05 00 32 85 00")],
    "es": [("Quién puede solicitarla", "mayores de 65, personas que viven solas con alguna enfermedad y familias con niños menores de 5 años"),
           ("En qué consiste", "un bombero revisa la vivienda, instala detectores y repasa cómo salir"), ("Cuánto dura la visita", "unos 40 minutos"),
           ("Cómo pedir cita", "en línea o en el 925 003 285")],
    "ru": [("Кому положена", "пенсионерам старше 65 лет, одиноким людям с заболеваниями и многодетным семьям"),
           ("Что входит", "инспектор осматривает дом, устанавливает извещатель и объясняет, как выбраться при пожаре"), ("Сколько длится", "около 40 минут"),
           ("Как записаться", "на сайте или по телефону 8 (48455) 3-28-50")],
}
ALARM_HEAD = {"en": ("How often", "What to do"), "tr": ("Ne sıklıkla", "Ne yapmalı"), "de": ("Wie oft", "Was tun"),
              "fr": ("Fréquence", "Que faire"), "es": ("Cada cuánto", "Qué hacer"), "ru": ("Как часто", "Что делать")}
FIRE_ALARM = {
    "en": [("Every week", "press the test button until the alarm sounds"), ("Every month", "vacuum the vents to keep dust out"),
           ("Every ten years", "replace the whole alarm, even if it still beeps")],
    "tr": [("Her hafta", "alarm çalana kadar test düğmesine basın"), ("Her ay", "toz birikmemesi için deliklerini süpürün"),
           ("On yılda bir", "hâlâ ötse bile dedektörü değiştirin")],
    "de": [("Jede Woche", "Testknopf drücken, bis der Alarm ertönt"), ("Jeden Monat", "Staub aus den Öffnungen saugen"),
           ("Alle zehn Jahre", "das ganze Gerät austauschen, auch wenn es noch piept")],
    "fr": [("Chaque semaine", "appuyez sur le bouton test jusqu'à entendre l'alarme"), ("Chaque mois", "dépoussiérez les ouïes avec un aspirateur"),
           ("Tous les dix ans", "remplacez l'appareil, même s'il sonne encore")],
    "es": [("Cada semana", "pulsa el botón de prueba hasta que suene"), ("Cada mes", "aspira las rejillas para quitar el polvo"),
           ("Cada diez años", "cambia el detector aunque todavía pite")],
    "ru": [("Раз в неделю", "нажмите кнопку проверки, пока не раздастся сигнал"), ("Раз в месяц", "пропылесосьте решётку извещателя"),
           ("Раз в десять лет", "замените прибор, даже если он ещё пищит")],
}
WIDGET_ROWS = (("cycle courses", BIKE_COURSES), ("cycle booking", BIKE_BOOKING), ("fly-tipping report", FLY_REPORT),
               ("fly-tipping fines", FLY_FINES), ("fire visits", FIRE_VISIT), ("alarm tests", FIRE_ALARM))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Brackenford's Victorian bandstand to be restored after 40 years", "Swaleby cricket club finds its missing 1924 trophy in a loft",
           "Ollerby ducks hold up the school bus for twenty minutes", "Hallowmere chip shop named the best in the valley",
           "Fenwick Cross footbridge shut for four weeks of repairs", "Thornleigh male voice choir wins the county festival"],
    "tr": ["Dereboyu'nun eski saat kulesi 40 yıl sonra yeniden çalışıyor", "Söğütlü'de kaybolan köpek 30 kilometre yürüyüp evine döndü",
           "Karaçınar yolunda asfalt çalışması tamamlandı", "İlçenin en eski fırını yeni sahibine devredildi",
           "Dere üzerindeki tarihi taş köprü onarıma alındı", "Ilıcaköy'de çilek hasadı erken başladı"],
    "de": ["Auenstedter Musikpavillon wird nach 40 Jahren saniert", "Vermisster Pokal von 1924 auf Dachboden in Krummbach gefunden",
           "Entenfamilie stoppt Schulbus in Weidenhausen", "Lohetaler Imbiss zum besten im Landkreis gekürt",
           "Fußgängerbrücke über die Lohe vier Wochen gesperrt", "Männerchor Auenstedt gewinnt Landeswettbewerb"],
    "fr": ["Le kiosque à musique de Valmorin sera restauré", "Un trophée de 1924 retrouvé dans un grenier des Aubiers",
           "Une cane et ses petits bloquent le car scolaire", "La friterie de la place élue meilleure de la vallée",
           "La passerelle sur la Doye fermée quatre semaines", "La chorale de Sainte-Orle remporte le concours départemental"],
    "es": ["Restaurarán el templete de música de la plaza de Fuentealba", "Aparece en un desván de Navalcerro una copa de 1924",
           "Una familia de patos detiene el autobús escolar en la Vega", "El bar de la estación gana el concurso de tapas de la Vega",
           "La pasarela sobre el río cierra cuatro semanas por obras", "El coro de Fuentealba gana el certamen provincial"],
    "ru": ["В Тихореченске отреставрируют летнюю эстраду в парке", "В Ольховке на чердаке нашли кубок 1924 года",
           "Утка с утятами остановила школьный автобус в Заречье", "Пекарню на Заречной признали лучшей в районе",
           "Пешеходный мост через реку закроют на ремонт", "Хор ветеранов Тихореченска победил на областном конкурсе"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["The council has found £180,000 and a foundry that still casts ironwork.",
           "It had been wrapped in a blanket and forgotten since the club's centenary.",
           "The driver said the mother duck would not be hurried.",
           "The judges ate their way through eleven fish suppers in two days.",
           "Walkers face a two-mile detour along the river path.",
           "It is the choir's first win since 1987."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Brack valley today", "Brackenford, Ollerby and Swaleby", "Crime and courts in the dale", "Brackendale schools", "Sport across Brackendale", "What's on in the dale", "Brackendale public notices"],
               cookie="We and our chosen partners store cookies and similar technologies on your device to run this site, to measure how many people read each valley story and to show the adverts that fund local news in the dale. Accept them all, or pick the ones you are happy for the Brackendale papers to use.",
               accept="Accept and read the valley news", reject="Set my valley cookie choices", share="Share this Brackendale story",
               related="Read next from the valley", newsletter="Valley Morning: the dale's news in one email, every weekday",
               subscribe="Get Valley Morning", email="name@valley-morning.example",
               comment_note="Comments on valley stories are checked by a moderator before they appear. Please keep it courteous and on topic: your neighbours are reading.",
               closed="Comments are closed on this valley story.",
               footer=["Contact the Brackendale newsroom", "Brackendale corrections and clarifications", "Brackendale privacy notice", "Advertise across Brackendale", "Brackendale community guidelines"],
               rights="All content on this site is owned by its publisher; please ask in writing before reusing any of it.",
               commenters=[("SwalebySue", "Good news for the whole valley at last."),
                           ("Brack Valley Bob", "Let's hope it lasts longer than the last lot.")]),
    "tr": dict(nav=["Vadiden bugün", "Dereboyu, Söğütlü ve Karaçınar", "Vadide asayiş ve adliye", "Vadinin okulları", "Dereboyu sporu", "Vadide neler var", "Vadi duyuruları"],
               cookie="Biz ve seçtiğimiz iş ortakları, bu siteyi çalıştırmak, her vadi haberini kaç kişinin okuduğunu ölçmek ve vadideki yerel haberciliği finanse eden reklamları göstermek için cihazınızda çerezler ve benzeri teknolojiler saklıyoruz. Hepsini kabul edin ya da Dereboyu gazetelerinin hangilerini kullanabileceğini kendiniz seçin.",
               accept="Kabul et ve vadi haberlerini oku", reject="Vadi çerez tercihlerimi belirle", share="Bu Dereboyu haberini paylaşın",
               related="Vadiden sıradaki haber", newsletter="Vadi Sabahı: vadinin haberleri her hafta içi tek e-postada",
               subscribe="Vadi Sabahı'nı alın", email="isim@vadi-sabahi.example",
               comment_note="Vadi haberlerine yapılan yorumlar yayımlanmadan önce bir moderatör tarafından kontrol edilir. Lütfen nazik olun ve konudan sapmayın: komşularınız da okuyor.",
               closed="Bu vadi haberi yorumlara kapatılmıştır.",
               footer=["Vadi haber merkezine yazın", "Vadi düzeltmeleri ve açıklamaları", "Vadi gizlilik bildirimi", "Vadide reklam verin", "Vadi topluluk kuralları"],
               rights="Bu sitedeki tüm içerik yayıncısına aittir; herhangi bir bölümünü kullanmadan önce lütfen yazılı izin isteyin.",
               commenters=[("Söğütlü_Hatice", "Sonunda bütün vadi için iyi bir haber."),
                           ("Dereboyulu Mehmet", "İnşallah öncekinden uzun sürer.")]),
    "de": dict(nav=["Lohetal heute", "Auenstedt, Krummbach und Weidenhausen", "Polizei und Justiz im Lohetal", "Schulen im Lohetal", "Sport im Lohetal", "Was los ist im Lohetal", "Bekanntmachungen aus dem Lohetal"],
               cookie="Wir und von uns ausgewählte Partner speichern Cookies und ähnliche Technologien auf Ihrem Gerät, um diese Seite zu betreiben, zu messen, wie viele Menschen jeden Talbericht lesen, und die Anzeigen zu zeigen, die Lokaljournalismus im Lohetal finanzieren. Sie können alle annehmen oder auswählen, welche wir nutzen dürfen.",
               accept="Annehmen und Talnachrichten lesen", reject="Meine Cookie-Auswahl fürs Tal", share="Diesen Talbericht teilen",
               related="Als Nächstes aus dem Lohetal", newsletter="Talmorgen: die Nachrichten aus dem Lohetal werktags in einer Mail",
               subscribe="Talmorgen bestellen", email="name@talmorgen.example",
               comment_note="Kommentare zu Talberichten prüft eine Moderatorin, bevor sie erscheinen. Bitte bleiben Sie höflich und beim Thema: Ihre Nachbarn lesen mit.",
               closed="Die Kommentare zu diesem Talbericht sind geschlossen.",
               footer=["Kontakt zur Lohetal-Redaktion", "Korrekturen und Klarstellungen aus dem Lohetal", "Datenschutzhinweise fürs Lohetal", "Anzeigen im Lohetal schalten", "Regeln für Kommentare aus dem Lohetal"],
               rights="Alle Inhalte dieser Seite gehören dem Verlag; bitte fragen Sie schriftlich, bevor Sie etwas davon weiterverwenden.",
               commenters=[("Krummbacherin_Gisela", "Endlich mal eine gute Nachricht fürs ganze Tal."),
                           ("Horst aus Weidenhausen", "Hoffentlich hält das länger als beim letzten Mal.")]),
    "fr": dict(nav=["La Doye aujourd'hui", "Valmorin, Sainte-Orle et les Aubiers", "Faits divers au bord de la Doye", "Écoles de la Doye", "Sport au bord de la Doye", "Sortir autour de Valmorin", "Annonces légales de la Doye"],
               cookie="Nos partenaires choisis et nous-mêmes stockons des cookies et technologies similaires sur votre appareil pour faire fonctionner ce site, mesurer combien de personnes lisent chaque article de la vallée et afficher les publicités qui financent l'information locale dans la vallée de la Doye. Vous pouvez tout accepter ou choisir ceux que nous pouvons utiliser.",
               accept="Accepter et lire l'actualité de la vallée", reject="Régler mes cookies de la vallée", share="Partager cet article de la Doye",
               related="À lire ensuite sur la Doye", newsletter="Le Matin de la vallée : l'actualité de la Doye en un courriel chaque jour de semaine",
               subscribe="Recevoir Le Matin de la vallée", email="nom@matin-de-la-vallee.example",
               comment_note="Les commentaires des articles de la vallée sont relus par un modérateur avant publication. Restez courtois et dans le sujet : vos voisins vous lisent.",
               closed="Les commentaires sont fermés pour cet article de la vallée.",
               footer=["Contacter la rédaction de la Doye", "Corrections et précisions de la Doye", "Confidentialité sur le site de la Doye", "Annoncer au bord de la Doye", "Charte des lecteurs de la Doye"],
               rights="Tout le contenu de ce site appartient à son éditeur ; merci de demander par écrit avant toute réutilisation.",
               commenters=[("Josiane_des_Aubiers", "Enfin une bonne nouvelle pour toute la vallée."),
                           ("Dédé de Valmorin", "Pourvu que ça dure plus longtemps que la dernière fois.")]),
    "es": dict(nav=["Fuentealba hoy", "Fuentealba, Navalcerro y Cañada Honda", "Sucesos en Fuentealba y la comarca", "Colegios de Fuentealba", "Deportes en Fuentealba", "Qué hacer en Fuentealba", "Edictos de Fuentealba y la comarca"],
               cookie="Nosotros y los socios que hemos elegido guardamos cookies y tecnologías similares en tu dispositivo para que esta web funcione, medir cuántas personas leen cada noticia de la Vega y mostrar los anuncios que financian el periodismo local en la comarca. Acéptalas todas o elige tú cuáles puede usar la web de Fuentealba.",
               accept="Aceptar y leer las noticias de la Vega", reject="Ajustar mis cookies de la Vega", share="Comparte esta noticia de Fuentealba",
               related="Sigue leyendo sobre la Vega", newsletter="Buenos días, Vega: las noticias de la comarca en un correo cada día laborable",
               subscribe="Recibir Buenos días, Vega", email="nombre@buenosdiasvega.example",
               comment_note="Un moderador revisa los comentarios de las noticias de la Vega antes de publicarlos. Sé cortés y cíñete al tema: tus vecinos te leen.",
               closed="Los comentarios de esta noticia de la Vega están cerrados.",
               footer=["Contacta con la redacción de Fuentealba", "Correcciones y aclaraciones de Fuentealba", "Aviso de privacidad de Fuentealba", "Anúnciate en Fuentealba y su comarca", "Normas de la comunidad de Fuentealba"],
               rights="Todo el contenido de esta web pertenece a su editor; pide permiso por escrito antes de reutilizar cualquier parte.",
               commenters=[("Maripaz_de_Navalcerro", "Por fin una buena noticia para toda la Vega."),
                           ("Paco de Cañada Honda", "A ver si esta vez dura más que la anterior.")]),
    "ru": dict(nav=["Тихореченск сегодня", "Тихореченск, Ольховка и Заречье", "Происшествия в Тихореченске", "Школы Тихореченска", "Спорт в Тихореченске", "Афиша Тихореченска", "Официальные объявления Тихореченского района"],
               cookie="Мы и выбранные нами партнёры храним cookie и похожие технологии на вашем устройстве, чтобы сайт работал, чтобы считать, сколько людей читают каждый материал о долине, и чтобы показывать рекламу, на которую живут местные новости Тихореченска. Вы можете принять все или выбрать, какие мы можем использовать.",
               accept="Принять и читать новости долины", reject="Настроить cookie долины", share="Поделиться материалом из Тихореченска",
               related="Читайте дальше о долине", newsletter="«Утро долины»: новости Тихореченска одним письмом по будням",
               subscribe="Получать «Утро долины»", email="imya@utro-doliny.example",
               comment_note="Комментарии к материалам о долине проверяет модератор перед публикацией. Будьте вежливы и не уходите от темы: вас читают соседи.",
               closed="Комментарии к этому материалу о долине закрыты.",
               footer=["Написать в редакцию Тихореченска", "Исправления и уточнения тихореченской редакции", "Политика конфиденциальности тихореченского сайта", "Реклама в Тихореченске", "Правила сообщества Тихореченска"],
               rights="Всё содержимое сайта принадлежит издателю; перед любым повторным использованием запросите письменное разрешение.",
               commenters=[("Ольховская_Галина", "Наконец-то хорошая новость для всей долины."),
                           ("Дядя Коля из Заречья", "Лишь бы в этот раз продержалось дольше.")]),
}
UI85 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE DALE:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes long reads about {section} for {site} from the villages of the Brack valley. Ideas for features to features@brackdale-desk.example"},
    (mp4, "READMORE"): {"es": "MÁS DE LA VEGA:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also in the valley")},
    (mp6, "TYPO3"): {"fr": dict(ext="Contenu externe : carte des points d'apport volontaire (OpenStreetMap)",
                                note="Une carte des points d'apport volontaire de la commune est intégrée ici. Elle ne se charge qu'avec votre accord, car OpenStreetMap reçoit alors votre adresse IP.",
                                button="Accepter et afficher la carte des points d'apport", by="Publié par les", search="Rechercher sur sainte-orle.example",
                                lang_menu="Sainte-Orle en français facile")},
    (mp7, "SANITY"): {"de": dict(nl_title="Lohetal am Morgen", nl_text="Jeden Werktag um sechs: was in Auenstedt und den Dörfern an der Lohe passiert, in einer einzigen Mail.",
                                 nl_button="Lohetal am Morgen bestellen", nl_placeholder="Ihre Adresse für Lohetal am Morgen")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La lettre du vendredi de la vallée", nl_text="Chaque vendredi soir, tout ce qui s'est passé à Valmorin et dans les villages de la Doye, en un seul courriel.",
                                nl_label="Votre adresse pour la lettre du vendredi", nl_button="Recevoir la lettre du vendredi")},
    (mp13, "PUB_NAV"): {"en": ["Latest from Thornleigh", "Thornleigh people", "Village food and drink", "Back Thornleigh Notes"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="La web de la asociación vecinal: noticias, avisos y fotos de Navalcerro",
                                menu=["Inicio de Navalcerro", "Noticias de Navalcerro", "Avisos de la asociación vecinal", "Historia de Navalcerro", "Fotos de Navalcerro", "Escribe a la asociación vecinal"],
                                cats=["Noticias de Navalcerro", "Trabajos vecinales", "Avisos de la asociación vecinal"],
                                friends=["Ayuntamiento de Navalcerro", "CEIP Virgen de la Fuente", "Peña El Lavadero"],
                                footer="Asociación Vecinal de Navalcerro © 2026 · web mantenida por socios voluntarios",
                                poster="av_navalcerro", tags=["lavadero de la fuente vieja", "trabajos vecinales en Navalcerro"],
                                commenters=[("Felisa_M", "Qué alegría ver correr el agua otra vez, gracias a todos."),
                                            ("juanjo_navalcerro", "Tengo fotos de mi abuela en el lavadero, las llevo al bar esta semana.")],
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
# the new layout: a single post on a WordPress site built with the Beaver Builder page builder, the Beaver Builder
# Theme and Beaver Themer, as the site serves it to a reader who has not yet answered its cookie notice: the head
# WordPress and Yoast SEO write (charset, viewport, X-UA-Compatible, the profile link, robots, "<headline> - <site>",
# description, canonical, Open Graph and Twitter metas with article:published_time, the yoast-schema-graph ld+json,
# the feed links, the font preload, the wp-emoji settings script and style, the block library and classic-theme
# styles, the cookie plugin's stylesheet, Font Awesome, the bb-plugin cache's layout bundle, magnificpopup, the
# theme's base.min.css and its skin-<hash>.css, the child theme's style.css and the layout's Google Fonts link,
# the cookie plugin's settings script, jQuery and jquery-migrate, the REST API, EditURI, generator, shortlink and
# oEmbed links, the favicons and the wp-custom-css style); body.single.single-post.postid-N with the Beaver Builder,
# Themer and theme version classes and fl-theme-builder-header / -footer / -singular; the skip link; div.fl-page with
# the Themer header layout (header.fl-builder-content[data-type="header"] with data-sticky, data-shrink and
# itemtype WPHeader: a full-width top-bar row with a rich-text tagline and an icon group, then a row with the logo in
# a photo module, the menu module -- the hamburger button with its SVG, nav > ul.menu.fl-menu-horizontal -- and the
# search module); div#fl-main-content.fl-page-content with the Themer singular layout
# (div.fl-builder-content-<layout id>): an fl-row > fl-row-content-wrap > fl-row-content > fl-col-group with the
# main fl-col -- fl-module-fl-post-info (the category), fl-module-heading (h1.fl-heading > span.fl-heading-text),
# fl-module-fl-post-info (date, author, comments count with fl-post-info-sep), fl-module-photo (the featured image
# with fl-photo-caption), fl-module-fl-post-content (Themer's post-content module: on the English site the post
# typed in the classic editor -- p, h2, ul / ol, blockquote --; on the Spanish site the post's own Beaver Builder
# layout, div.fl-builder-content-primary with its row of fl-module-rich-text (div.fl-rich-text), fl-module-heading
# (the crossheads) and fl-module-html (div.fl-html) modules), fl-module-fl-author-bio, fl-module-fl-post-navigation
# (nav.post-navigation) and fl-module-fl-comments (the bb-theme comment list and comment-respond form) -- and an
# fl-col-small sidebar (a heading and a post-grid module in its feed layout); then a full-width row with a heading
# and fl-module-post-grid (div.fl-post-grid of fl-post-column > fl-post-grid-post cards: image, h2.fl-post-grid-title,
# fl-post-grid-meta); the Themer footer layout (footer.fl-builder-content[data-type="footer"], itemtype WPFooter:
# a row of three columns -- logo, rich-text about line and icon group; heading and vertical menu; heading,
# rich-text and the subscribe-form module with its fields, error messages and fl-button -- and a row with the
# copyright rich-text); the cookie plugin's markup (Cookie Notice's div#cookie-notice on the English site,
# CookieYes' cky-consent-container with its cky-modal preference centre on the Spanish one); the bb-plugin,
# layout-bundle, comment-reply and theme scripts with the themeopts object.  The platform's strings (BB_CORE, per
# language: WordPress's, Beaver Builder's, Themer's, the theme's and the cookie plugins' language files) are left as
# they ship and not checked; the sites' own strings (BB_SITES: tagline, menus, headings, about line, author bios,
# newsletter box, copyright line, the cookie notice's texts) are.
# --------------------------------------------------------------------------
BB_CORE = {
    "en": dict(locale="en-GB", og_locale="en_GB", tz=("+00:00", "+01:00"),
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], date="{d} {m} {y}",
               skip="Skip to content", menu="Menu", search_ph="Search...", search_input="Search input", search_form="Search form",
               posts="Posts", post_nav="Post navigation", leave="Leave a Comment", cancel="Cancel Reply", comment="Comment",
               name="Name (required)", email="Email (will not be published) (required)", website="Website",
               submit="Submit Comment", n_comments="{n} Comments", comments_label="Comments: {n}", reply="Reply", at="at",
               view_all="View All Posts", sub_name="Name", sub_email="Email Address", err_name="Please enter your name.",
               err_email="Please enter a valid email address.",
               err_form="Something went wrong. Please check your entries and try again.", wait="Please Wait...",
               feed="Feed", comments_feed="Comments Feed",
               cn=dict(label="Cookie Notice", accept="Ok", reject="No", more="Privacy policy")),
    "es": dict(locale="es-ES", og_locale="es_ES", tz=("+01:00", "+02:00"),
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                       "noviembre", "diciembre"], date="{d} de {m} de {y}",
               skip="Saltar al contenido", menu="Menú", search_ph="Buscar...", search_input="Campo de búsqueda",
               search_form="Formulario de búsqueda", posts="Entradas", post_nav="Navegación de entradas",
               leave="Deja un comentario", cancel="Cancelar respuesta", comment="Comentario", name="Nombre (obligatorio)",
               email="Correo electrónico (no se publicará) (obligatorio)", website="Web", submit="Enviar comentario",
               n_comments="{n} comentarios", comments_label="Comentarios: {n}", reply="Responder", at="a las",
               view_all="Ver todas las entradas", sub_name="Nombre", sub_email="Dirección de correo electrónico",
               err_name="Por favor, introduce tu nombre.", err_email="Por favor, introduce una dirección de correo electrónico válida.",
               err_form="Algo salió mal. Por favor, revisa tus datos e inténtalo de nuevo.", wait="Por favor, espera...",
               feed="Feed", comments_feed="Feed de los comentarios",
               cky=dict(accept="Aceptar todo", reject="Rechazar todo", custom="Personalizar", save="Guardar mis preferencias",
                        pref="Personalizar las preferencias de consentimiento", close="Cerrar", always="Siempre activas",
                        show="Mostrar más", revisit="Revisar consentimiento",
                        cats=["Necesarias", "Funcionales", "Analíticas", "Rendimiento", "Publicitarias"])),
}
# the sites' own strings (checked, but for the exempt keys)
BB_SITES = {
    "Brack Valley Voice": dict(
        host="brackvalleyvoice.co.uk", colour="#1f5c4a", logo="brack-valley-voice-logo", handle="brackvalleyvoice",
        content="classic", cookie="cookienotice",
        tagline="Independent news for Brackenford and the villages of the Brack valley",
        menu=["Brack valley news", "Brackenford", "Villages of the dale", "Schools and families in the dale", "Out and about in the valley", "About the Voice"],
        sidebar="Most read in the Voice this week", related="More stories from the Voice",
        bios={"Imogen Thwaite": "Imogen reports on community life across the Brack valley and edits the Voice's weekend pages."},
        about="The Brack Valley Voice is an independent, reader-funded news website covering Brackenford and the valley villages since 2019.",
        footer_menu_title="Around the Voice",
        footer_menu=["Who runs the Voice", "Contact the Voice newsroom", "Advertising with the Voice", "The Voice's privacy notice", "Complaints about the Voice"],
        nl_title="The Voice on Friday", nl_text="Our week in the valley, in your inbox every Friday afternoon.",
        nl_button="Send me The Voice on Friday",
        copyright="© 2026 Brack Valley Voice Ltd, registered in England. Independent local journalism since 2019.",
        cookie_text="The Voice uses a handful of cookies to count readers and keep the site working. Nothing goes to advertisers unless you say yes."),
    "El Mirador de la Vega": dict(
        host="elmiradordelavega.es", colour="#8a3b12", logo="el-mirador-de-la-vega-logo", handle="elmiradorvega",
        content="builder", cookie="cookieyes",
        tagline="Periódico digital independiente de Fuentealba de la Vega y su comarca",
        menu=["Actualidad de la Vega", "Fuentealba al día", "Los pueblos de la comarca", "Mayores y familias de la Vega", "Planes en la comarca", "Quiénes hacemos El Mirador"],
        sidebar="Lo más leído en El Mirador", related="Más noticias de El Mirador",
        bios={"Jorge Valdivieso": "Jorge cubre la actualidad municipal de Fuentealba y escribe sobre los pueblos de la Vega desde 2018."},
        about="El Mirador de la Vega es un periódico digital independiente que informa sobre Fuentealba y los pueblos de la comarca desde 2017.",
        footer_menu_title="Sobre El Mirador",
        footer_menu=["Quiénes hacemos El Mirador", "Escribe a la redacción de El Mirador", "Anúnciate en El Mirador", "Privacidad en El Mirador", "Aviso legal de El Mirador"],
        nl_title="El Mirador de los domingos", nl_text="Lo más importante de la semana en la Vega, cada domingo por la mañana en tu correo.",
        nl_button="Quiero El Mirador de los domingos",
        copyright="© 2026 El Mirador de la Vega. Textos y fotografías propiedad de sus autores; prohibida su reproducción sin permiso.",
        cookie_title="Tu privacidad en El Mirador",
        cookie_text="En El Mirador usamos cookies propias y de terceros para saber qué noticias se leen más y para que la web funcione bien. Puedes aceptarlas, rechazarlas o elegir cuáles permites.",
        cookie_policy="Lee la política de cookies de El Mirador"),
}
BB_EXEMPT = {"host", "colour", "logo", "handle", "content", "cookie"}  # (a domain, a colour, file and account names, settings)
BB_VERSIONS = dict(bb="2.8.3.6", themer="1.4.11.2", theme="1.7.16.1", wp="6.6.2", cn="2.4.18", cky="3.2.6", yoast="23.5")


def bb_node(rng):
    """A Beaver Builder node id (12 random letters and digits)."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))


def bb_slug(text, n=75):
    """WordPress's sanitize_title: accents dropped, lower case, hyphens."""
    t = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:n].strip("-")


def bb_before(iso, days):
    """The date `days` before an ISO date, as an ISO date."""
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=days)).isoformat()


def bb_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return BB_CORE[lang]["date"].format(d=d, m=BB_CORE[lang]["months"][m - 1], y=y)


def bb_block(kind, val):
    """One block of the post as WordPress's the_content() (or a rich-text module) prints it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


SVG_HAMBURGER = ('<svg version="1.1" class="hamburger-menu" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 512 512">\n'
                 '<rect class="fl-hamburger-menu-top" width="512" height="102"/>\n<rect class="fl-hamburger-menu-middle" y="205" width="512" height="102"/>\n'
                 '<rect class="fl-hamburger-menu-bottom" y="410" width="512" height="102"/>\n</svg>')


def tpl_beaverbuilder(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s, v = BB_CORE[lang], BB_SITES[site], BB_VERSIONS
    base = "https://" + s["host"]
    y, mo, d = art["date"].split("-")
    slug_ = bb_slug(art["title"])
    url = "%s/%s/%s/%s/%s/" % (base, y, mo, d, slug_)
    pid = rng.randint(1200, 9800)
    header_id, single_id, footer_id = rng.randint(20, 60), rng.randint(100, 400), rng.randint(61, 99)
    bundle = "%032x" % rng.getrandbits(128)
    skin = "%013x" % rng.getrandbits(52)
    tz = c["tz"][1] if 4 <= int(mo) <= 10 else c["tz"][0]
    hh, mm = rng.randint(6, 19), rng.randint(0, 59)
    published = "%sT%02d:%02d:%02d%s" % (art["date"], hh, mm, rng.randint(0, 59), tz)
    modified = "%sT%02d:%02d:%02d%s" % (art["date"], min(hh + rng.randint(1, 3), 23), rng.randint(0, 59), rng.randint(0, 59), tz)
    pub = bb_date(lang, art["date"])
    author_slug = bb_slug(art["byline"])
    img_name = bb_slug(art["caption"], 40)
    img = "%s/wp-content/uploads/%s/%s/%s" % (base, y, mo, img_name)
    img_id = pid - rng.randint(1, 9)
    words = len(mp.truth_text(art["blocks"]).split())
    blocks, n = art["blocks"], len(art["blocks"])
    cat_slug = bb_slug(art["section"])
    heads = rng.sample(HEADLINES[lang], 6)
    older = sorted(rng.sample(range(2, 60), 6))  # the linked stories are older than this one
    links = ["%s/%s/%s/%s/" % (base, bb_before(art["date"], k)[:4], bb_before(art["date"], k)[5:7], bb_slug(h)) for h, k in zip(heads, older)]
    ncomm = len(ui["commenters"])

    def node():
        return bb_node(rng)

    def module(kind, content, extra=""):
        nd = node()
        return ('<div class="fl-module fl-module-%s fl-node-%s%s" data-node="%s">\n\t<div class="fl-module-content fl-node-content">\n\t\t%s\t</div>\n</div>\n'
                % (kind, nd, extra, nd, content))

    def col(mods, extra=""):
        nd = node()
        return ('<div class="fl-col fl-node-%s%s" data-node="%s">\n\t<div class="fl-col-content fl-node-content">%s</div>\n</div>\n'
                % (nd, extra, nd, mods))

    def row(cols, cls="fl-row-fixed-width fl-row-bg-none", group=""):
        nd, g = node(), node()
        return ('<div class="fl-row %s fl-node-%s fl-row-default-height fl-row-align-center" data-node="%s">\n'
                '\t<div class="fl-row-content-wrap">\n\t\t<div class="fl-row-content fl-row-fixed-width fl-node-content">\n\t\t\n'
                '<div class="fl-col-group fl-node-%s%s" data-node="%s">\n\t\t\t%s</div>\n\t\t</div>\n\t</div>\n</div>\n'
                % (cls, nd, nd, g, group, g, cols))

    def heading(text, tag="h3", link=None):
        inner = '<a href="%s" title="%s" target="_self">\n\t\t<span class="fl-heading-text">%s</span>\n\t\t</a>' % (link, A(text), E(text)) if link \
            else '<span class="fl-heading-text">%s</span>' % E(text)
        return module("heading", '<%s class="fl-heading">\n\t\t%s\n\t</%s>\n' % (tag, inner, tag))

    def rich(html_):
        return module("rich-text", '<div class="fl-rich-text">\n\t%s\n</div>\n' % html_)

    def icons():
        nets = [("facebook-f", "https://www.facebook.com/%s" % s["handle"]), ("instagram", "https://www.instagram.com/%s/" % s["handle"]),
                ("x-twitter", "https://x.com/%s" % s["handle"])]
        return module("icon-group", '<div class="fl-icon-group">\n%s</div>\n' % "".join(
            '\t<span class="fl-icon">\n\t\t\t\t\t\t\t\t<a href="%s" target="_blank" rel="noopener" aria-label="%s">\n\t\t\t\t\t\t\t<i class="fab fa-%s" aria-hidden="true"></i>\n\t\t\t\t\t\t</a>\n\t\t\t</span>\n'
            % (u, n.split("-")[0], n) for n, u in nets))

    def photo(src, w, h, alt, cls, caption=None, link=None, lazy=True):
        im = ('<img %sdecoding="async" class="fl-photo-img wp-image-%d size-%s" src="%s" alt="%s" itemprop="image" height="%d" width="%d" title="%s"%s />'
              % ('loading="lazy" ' if lazy else "", img_id if cls == "large" else rng.randint(10, 90), cls, src, A(alt), h, w,
                 A(src.rsplit("/", 1)[-1].split(".")[0]),
                 (' srcset="%s 1024w, %s 300w, %s 768w, %s 1536w" sizes="(max-width: 1024px) 100vw, 1024px"' % (
                     src, src.replace("-1024x683", "-300x200"), src.replace("-1024x683", "-768x512"), src.replace("-1024x683", "-1536x1024")))
                 if cls == "large" else ""))
        if link:
            im = '<a href="%s" target="_self" itemprop="url">\n\t\t\t\t%s\n\t\t\t\t</a>' % (link, im)
        cap = '\n\t\t\t<div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">%s</div>' % E(caption) if caption else ""
        return module("photo", ('<div class="fl-photo fl-photo-align-%s" itemscope itemtype="https://schema.org/ImageObject">\n'
                                '\t<div class="fl-photo-content fl-photo-img-%s">\n\t\t\t\t%s\n\t\t\t\t\t%s\n\t\t</div>\n\t</div>\n')
                      % ("left" if link else "center", src.rsplit(".", 1)[-1], im, cap))

    # the post itself, in Themer's post-content module
    if s["content"] == "classic":
        parts = []
        for i in range(n + 1):
            parts.extend(placed.get(i, []))
            if i < n:
                parts.append(bb_block(*blocks[i]))
        post = "\n".join(parts) + "\n"
    else:
        mods, run = [], []

        def flush():
            if run:
                mods.append(rich("\n".join(run)))
                run.clear()
        for i in range(n + 1):
            for snip in placed.get(i, []):
                if rng.random() < 0.5:  # pasted into the rich-text module among the paragraphs
                    run.append(snip)
                else:  # an HTML module of its own
                    flush()
                    mods.append(module("html", '<div class="fl-html">\n\t%s</div>\n' % snip))
            if i < n:
                kind, val = blocks[i]
                if kind == "h":
                    flush()
                    mods.append(heading(val, "h2"))
                else:
                    run.append(bb_block(kind, val))
        flush()
        post = ('<div class="fl-builder-content fl-builder-content-%d fl-builder-content-primary fl-builder-global-templates-locked" data-post-id="%d">'
                '%s</div>\n' % (pid, pid, row(col("".join(mods)))))

    menu_ids = [rng.randint(30, 900) for _ in s["menu"]]
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="%s/category/%s/">%s</a></li>'
                   % (k, base, bb_slug(x), E(x)) for k, x in zip(menu_ids, s["menu"]))
    menu_mod = module("menu", ('<div class="fl-menu fl-menu-responsive-toggle-mobile">\n\t<button class="fl-menu-mobile-toggle hamburger" aria-label="%s">'
                               '<span class="fl-menu-icon svg-container">%s</span></button>\t<div class="fl-clear"></div>\n\t'
                               '<nav aria-label="%s" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><ul id="menu-main-menu" class="menu fl-menu-horizontal fl-toggle-none">%s</ul></nav></div>\n')
                      % (A(c["menu"]), SVG_HAMBURGER, A(c["menu"]), menu))
    search_mod = module("search", ('<div class="fl-search-form fl-search-form-input fl-search-form-width-full"\n\t>\n\t<div class="fl-search-form-wrap">\n'
                                   '\t\t<div class="fl-search-form-fields">\n\t\t\t<div class="fl-search-form-input-wrap">\n'
                                   '\t\t\t\t<form role="search" aria-label="%s" method="get" action="%s/">\n\t<div class="fl-form-field">\n'
                                   '\t\t<input type="search" aria-label="%s" class="fl-search-text" placeholder="%s" value="" name="s" />\n\t</div>\n</form>\n'
                                   '\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n') % (A(c["search_form"]), base, A(c["search_input"]), A(c["search_ph"])))
    logo = "%s/wp-content/uploads/2024/02/%s.png" % (base, s["logo"])
    header = ('<header class="fl-builder-content fl-builder-content-%d fl-builder-global-templates-locked" data-post-id="%d" data-type="header" '
              'data-sticky="1" data-sticky-on="" data-sticky-breakpoint="medium" data-shrink="1" data-overlay="0" data-overlay-bg="transparent" '
              'data-shrink-image-height="50px" role="banner" itemscope="itemscope" itemtype="http://schema.org/WPHeader">' % (header_id, header_id)
              + row(col(rich("<p>%s</p>" % E(s["tagline"]))) + col(icons(), " fl-col-small"), "fl-row-full-width fl-row-bg-color", " fl-col-group-equal-height fl-col-group-align-center")
              + row(col(photo(logo, 420, 96, site, "full", link=base + "/", lazy=False), " fl-col-small") + col(menu_mod) + col(search_mod, " fl-col-small"),
                    "fl-row-full-width fl-row-bg-color", " fl-col-group-equal-height fl-col-group-align-center")
              + "</header>")

    # Themer's singular layout
    sep = '<span class="fl-post-info-sep"> | </span>'
    info_terms = module("fl-post-info", '<span class="fl-post-info-terms"><a href="%s/category/%s/" rel="tag" class="%s">%s</a></span>'
                        % (base, cat_slug, cat_slug, E(art["section"])))
    info_meta = module("fl-post-info", ('<span class="fl-post-info-date">%s</span>%s<span class="fl-post-info-author"><a href="%s/author/%s/">%s</a></span>%s'
                                        '<span class="fl-post-info-comments"><a href="%s#%s" tabindex="-1" aria-hidden="true"><span aria-label="%s">%s</span></a></span>')
                       % (E(pub), sep, base, author_slug, E(art["byline"]), sep, url, "comments" if ncomm else "respond",
                          A(c["comments_label"].format(n=ncomm)), E(c["n_comments"].format(n=ncomm))))
    featured = photo("%s-1024x683.jpg" % img, 1024, 683, art["caption"], "large", caption="%s %s" % (art["caption"], art["credit"]))
    content_mod = module("fl-post-content", post)
    bio = s["bios"].get(art["byline"], "")
    grav = "%032x" % rng.getrandbits(128)
    bio_mod = module("fl-author-bio", ('<div class="fl-author-bio">\n\t<div class="fl-author-bio-thumb">\n\t\t<img alt=\'\' src=\'https://secure.gravatar.com/avatar/%s?s=100&#038;d=mm&#038;r=g\' '
                                       'srcset=\'https://secure.gravatar.com/avatar/%s?s=200&#038;d=mm&#038;r=g 2x\' class=\'avatar avatar-100 photo\' height=\'100\' width=\'100\' loading=\'lazy\' decoding=\'async\'/>\t</div>\n'
                                       '\t<div class="fl-author-bio-content">\n\t\t<h3 class="fl-author-bio-name">%s</h3>\n\t\t<div class="fl-author-bio-text">%s</div>\n'
                                       '\t\t<a class="fl-author-bio-link" href="%s/author/%s/">%s</a>\n\t</div>\n</div>\n')
                     % (grav, grav, E(art["byline"]), E(bio), base, author_slug, E(c["view_all"])))
    nav_mod = module("fl-post-navigation", ('<nav class="navigation post-navigation" aria-label="%s">\n\t\t<h2 class="screen-reader-text">%s</h2>\n'
                                            '\t\t<div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev">&larr; %s</a></div>'
                                            '<div class="nav-next"><a href="%s" rel="next">%s &rarr;</a></div></div>\n\t</nav>')
                     % (A(c["posts"]), E(c["post_nav"]), links[0], E(heads[0]), links[1], E(heads[1])))
    comment_list = ""
    if ncomm:
        lis = []
        for k, (who, text) in enumerate(ui["commenters"]):
            cid = rng.randint(100, 9000)
            lis.append(('<li class="comment %s thread-%s depth-1" id="li-comment-%d">\n\t\t<div id="comment-%d" class="comment-body clearfix">\n'
                        '\t\t\t<div class="comment-meta">\n\t\t\t\t<span class="comment-avatar">\n\t\t\t\t\t<img alt=\'\' src=\'https://secure.gravatar.com/avatar/%032x?s=80&#038;d=mm&#038;r=g\' class=\'avatar avatar-80 photo\' height=\'80\' width=\'80\' loading=\'lazy\' decoding=\'async\'/>\t\t\t\t</span>\n'
                        '\t\t\t\t<span class="comment-author-link">%s</span> <span class="comment-date">%s %s %02d:%02d</span>\n\t\t\t</div><!-- .comment-meta -->\n'
                        '\t\t\t<div class="comment-content clearfix">\n\t\t\t\t<p>%s</p>\n\t\t\t\t<a rel="nofollow" class="comment-reply-link" href="#comment-%d" data-commentid="%d" data-postid="%d" data-belowelement="comment-%d" data-respondelement="respond" data-replyto="%s" aria-label="%s">%s</a>\t\t\t</div><!-- .comment-content -->\n'
                        '\t\t</div><!-- .comment-body -->\n\t</li><!-- #comment-## -->\n')
                       % ("even" if k % 2 == 0 else "odd", "even" if k % 2 == 0 else "odd", cid, cid, rng.getrandbits(128), E(who), E(pub), E(c["at"]),
                          rng.randint(7, 22), rng.randint(0, 59), E(text), cid, cid, pid, cid, A(c["reply"] + " " + who), A(c["reply"] + " " + who), E(c["reply"])))
        comment_list = ('<div class="fl-comments-list">\n\t\t<h2 class="fl-comments-list-title">%s</h2>\n\t\t<ol id="comments">\n%s\t\t</ol>\n\t</div>\n'
                        % (E(c["n_comments"].format(n=ncomm)), "".join(lis)))
    form = ('<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">%s <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">%s</a></small></h3>'
            '<form action="%s/wp-comments-post.php" method="post" id="fl-comment-form" class="fl-comment-form"><label for="fl-comment">%s</label>'
            '<textarea id="fl-comment" name="comment" class="form-control" cols="60" rows="8"></textarea><br />'
            '<label for="fl-author">%s</label>\n\t\t\t\t\t\t\t\t\t<input type="text" id="fl-author" name="author" class="form-control" value="" /><br />\n'
            '<label for="fl-email">%s</label>\n\t\t\t\t\t\t\t\t\t<input type="text" id="fl-email" name="email" class="form-control" value="" /><br />\n'
            '<label for="fl-url">%s</label>\n\t\t\t\t\t\t\t\t\t<input type="text" id="fl-url" name="url" class="form-control" value="" /><br />\n'
            '<p class="form-submit"><input name="submit" type="submit" id="fl-comment-form-submit" class="btn btn-primary" value="%s" /> '
            '<input type=\'hidden\' name=\'comment_post_ID\' value=\'%d\' id=\'comment_post_ID\' />\n<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' />\n</p></form>\t</div><!-- #respond -->\n'
            % (E(c["leave"]), url, E(c["cancel"]), base, E(c["comment"]), E(c["name"]), E(c["email"]), E(c["website"]), A(c["submit"]), pid))
    comments_mod = module("fl-comments", '<div class="fl-comments">\n\t%s\t%s</div>\n' % (comment_list, form))
    def pic(k, size):
        d_ = bb_before(art["date"], older[k])
        return "%s/wp-content/uploads/%s/%s/%s-%s.jpg" % (base, d_[:4], d_[5:7], bb_slug(heads[k], 30), size)
    feed = "".join(('<div class="fl-post-feed-post fl-post-feed-image-beside fl-post-align-default post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s" itemscope itemtype="https://schema.org/BlogPosting">\n'
                    '\t<meta itemscope itemprop="mainEntityOfPage" itemtype="https://schema.org/WebPage" itemid="%s" content="%s" />\n'
                    '\t<div class="fl-post-feed-image">\n\t\t<a href="%s" rel="bookmark" title="%s">\n\t\t\t<img width="150" height="150" src="%s" class="attachment-thumbnail size-thumbnail wp-post-image" alt="" loading="lazy" decoding="async" />\t\t</a>\n\t</div>\n'
                    '\t<div class="fl-post-feed-text">\n\t\t<div class="fl-post-feed-header">\n\t\t\t<h2 class="fl-post-feed-title" itemprop="headline">\n\t\t\t\t<a href="%s" rel="bookmark" title="%s">%s</a>\n\t\t\t</h2>\n'
                    '\t\t\t<div class="fl-post-feed-meta">\n\t\t\t\t<span class="fl-post-feed-date">%s</span>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n\t<div class="fl-clear"></div>\n</div>\n')
                   % (pid - older[k] * 3, cat_slug, links[k], A(heads[k]), links[k], A(heads[k]), pic(k, "150x150"), links[k], A(heads[k]), E(heads[k]),
                      E(bb_date(lang, bb_before(art["date"], older[k]))))
                   for k in (2, 3, 4))
    sidebar = heading(s["sidebar"], "h4") + module("post-grid", '<div class="fl-post-feed" itemscope="itemscope" itemtype="https://schema.org/Collection">\n%s</div>\n<div class="fl-clear"></div>\n' % feed)
    cards = "".join(('<div class="fl-post-column">\n<div class="fl-post-grid-post fl-post-grid-image-above-title fl-post-columns-post fl-post-align-default post-%d post type-post status-publish format-standard has-post-thumbnail hentry" itemscope itemtype="https://schema.org/BlogPosting">\n'
                     '\t<meta itemscope itemprop="mainEntityOfPage" itemtype="https://schema.org/WebPage" itemid="%s" content="%s" /><meta itemprop="datePublished" content="%s" />\n'
                     '\t<div class="fl-post-grid-image">\n\t<a href="%s" rel="bookmark" title="%s">\n\t\t<img width="1024" height="683" src="%s" class="attachment-large size-large wp-post-image" alt="" loading="lazy" decoding="async" />\t</a>\n\t</div>\n'
                     '\t<div class="fl-post-grid-text">\n\t\t<h2 class="fl-post-grid-title" itemprop="headline">\n\t\t\t<a href="%s" title="%s">%s</a>\n\t\t</h2>\n'
                     '\t\t<div class="fl-post-grid-meta">\n\t\t\t<span class="fl-post-grid-date">%s</span>\n\t\t</div>\n\t</div>\n</div>\n</div>\n')
                    % (pid - older[k] * 3, links[k], A(heads[k]), bb_before(art["date"], older[k]), links[k], A(heads[k]), pic(k, "1024x683"),
                       links[k], A(heads[k]), E(heads[k]), E(bb_date(lang, bb_before(art["date"], older[k]))))
                    for k in (5, 0, 1))
    related = heading(s["related"], "h3") + module("post-grid", '<div class="fl-post-grid" itemscope="itemscope" itemtype="https://schema.org/Collection">\n%s</div>\n<div class="fl-clear"></div>\n' % cards)
    single = ('<div class="fl-builder-content fl-builder-content-%d fl-builder-global-templates-locked" data-post-id="%d">' % (single_id, single_id)
              + row(col(info_terms + heading(art["title"], "h1") + info_meta + featured + content_mod + bio_mod + nav_mod + comments_mod)
                    + col(sidebar, " fl-col-small"), "fl-row-fixed-width fl-row-bg-none")
              + row(col(related), "fl-row-full-width fl-row-bg-color")
              + "</div>")

    # Themer's footer layout
    fmenu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="%s/%s/">%s</a></li>'
                    % (rng.randint(900, 1900), base, hc.slug(x)[:40], E(x)) for x in s["footer_menu"])
    fnode = node()
    subscribe = module("subscribe-form", ('<div class="fl-subscribe-form fl-subscribe-form-stacked fl-subscribe-form-name-show fl-form fl-clearfix" >\n'
                                          '\t\t\t<div class="fl-form-field">\n\t\t\t<label for="fl-subscribe-form-name-%s" class="hidden">%s</label>\n'
                                          '\t\t\t<input type="text" aria-label="%s" name="fl-subscribe-form-name" placeholder="%s" id="fl-subscribe-form-name-%s" />\n'
                                          '\t\t\t<div class="fl-form-error-message">%s</div>\n\t\t</div>\n\t\t<div class="fl-form-field">\n'
                                          '\t\t<label for="fl-subscribe-form-email-%s" class="hidden">%s</label>\n'
                                          '\t\t<input type="email" aria-label="%s" name="fl-subscribe-form-email" placeholder="%s" id="fl-subscribe-form-email-%s" />\n'
                                          '\t\t<div class="fl-form-error-message">%s</div>\n\t</div>\n\t\t<div class="fl-form-button" data-wait-text="%s">\n'
                                          '\t<div class="fl-button-wrap fl-button-width-full">\n\t\t\t<a href="#" target="_self" class="fl-button" role="button">\n'
                                          '\t\t\t\t\t\t\t<span class="fl-button-text">%s</span>\n\t\t\t\t\t</a>\n</div>\n\t</div>\n'
                                          '\t\t<div class="fl-form-error-message">%s</div>\n</div>\n')
                       % (fnode, E(c["sub_name"]), A(c["sub_name"]), A(c["sub_name"]), fnode, E(c["err_name"]), fnode, E(c["sub_email"]),
                          A(c["sub_email"]), A(c["sub_email"]), fnode, E(c["err_email"]), A(c["wait"]), E(s["nl_button"]), E(c["err_form"])))
    footer = ('<footer class="fl-builder-content fl-builder-content-%d fl-builder-global-templates-locked" data-post-id="%d" data-type="footer" '
              'itemscope="itemscope" itemtype="http://schema.org/WPFooter">' % (footer_id, footer_id)
              + row(col(photo(logo.replace(".png", "-white.png"), 300, 69, site, "full", link=base + "/") + rich("<p>%s</p>" % E(s["about"])) + icons())
                    + col(heading(s["footer_menu_title"], "h4") + module("menu", '<div class="fl-menu">\n\t<nav aria-label="%s" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><ul id="menu-footer" class="menu fl-menu-vertical fl-toggle-none">%s</ul></nav></div>\n' % (A(s["footer_menu_title"]), fmenu)))
                    + col(heading(s["nl_title"], "h4") + rich("<p>%s</p>" % E(s["nl_text"])) + subscribe),
                    "fl-row-full-width fl-row-bg-color", " fl-col-group-equal-height")
              + row(col(rich("<p>%s</p>" % E(s["copyright"]))), "fl-row-full-width fl-row-bg-color")
              + "</footer>")

    # the cookie plugin
    if s["cookie"] == "cookienotice":
        cn = c["cn"]
        cookie = ('\t\t<!-- Cookie Notice plugin v%s by Hu-manity.co https://hu-manity.co/ -->\n\t\t<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="%s" style="background-color: rgba(31,92,74,1);">'
                  '<div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">%s</span><span id="cn-notice-buttons" class="cn-buttons-container">'
                  '<a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="%s" style="background-color: #f2c14e">%s</a>'
                  '<a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="%s" style="background-color: #f2c14e">%s</a>'
                  '<a href="%s/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="%s" style="background-color: #f2c14e">%s</a></span>'
                  '<span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="%s"></span></div>\n\t\t\t\n\t\t</div>\n\t\t<!-- / Cookie Notice plugin -->'
                  % (v["cn"], A(cn["label"]), E(s["cookie_text"]), A(cn["accept"]), E(cn["accept"]), A(cn["reject"]), E(cn["reject"]), base,
                     A(cn["more"]), E(cn["more"]), A(cn["reject"])))
        cookie_head = ('<link rel=\'stylesheet\' id=\'cookie-notice-front-css\' href=\'%s/wp-content/plugins/cookie-notice/css/front.min.css?ver=%s\' media=\'all\' />\n'
                       '<script id="cookie-notice-front-js-before">\nvar cnArgs = {"ajaxUrl":"https:\\/\\/%s\\/wp-admin\\/admin-ajax.php","nonce":"%010x","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,"revokeCookies":false,"revokeCookiesOpt":"automatic"};\n\n//# sourceURL=cookie-notice-front-js-before\n</script>\n'
                       '<script src="%s/wp-content/plugins/cookie-notice/js/front.min.js?ver=%s" id="cookie-notice-front-js"></script>\n'
                       % (base, v["cn"], s["host"], rng.getrandbits(40), base, v["cn"]))
        body_cls = " cookies-not-set"
    else:
        ck = c["cky"]
        cats = "".join(('<div class="cky-accordion" id="ckyDetailCategory%s"><div class="cky-accordion-item"><div class="cky-accordion-chevron"><i class="cky-chevron-right"></i></div>'
                        '<div class="cky-accordion-header-wrapper"><div class="cky-accordion-header"><button class="cky-accordion-btn" aria-label="%s" data-cky-tag="detail-category-title" style="color:#212121">%s</button>%s</div></div></div></div>')
                       % (hc.slug(x), A(x), E(x), '<span class="cky-always-active">%s</span>' % E(ck["always"]) if k == 0 else
                          '<div class="cky-switch" data-cky-tag="detail-category-toggle"><input type="checkbox" id="ckySwitch%s" aria-label="%s"></div>' % (hc.slug(x), A(x)))
                       for k, x in enumerate(ck["cats"]))
        cookie = ('<div class="cky-consent-container cky-hide" tabindex="0"> <div class="cky-consent-bar" data-cky-tag="notice" style="background-color:#FFFFFF;border-color:#f4f4f4"> <div class="cky-notice">'
                  ' <p class="cky-title" role="heading" aria-level="1" data-cky-tag="title" style="color:#212121">%s</p><div class="cky-notice-group"> <div class="cky-notice-des" data-cky-tag="description" style="color:#212121">'
                  ' <p>%s <a href="%s/politica-de-cookies/" class="cky-policy" aria-label="%s" target="_blank" rel="noopener" data-cky-tag="readmore-button">%s</a></p> </div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">'
                  ' <button class="cky-btn cky-btn-customize" aria-label="%s" data-cky-tag="settings-button" style="color:#8a3b12;background-color:transparent;border-color:#8a3b12">%s</button>'
                  ' <button class="cky-btn cky-btn-reject" aria-label="%s" data-cky-tag="reject-button" style="color:#8a3b12;background-color:transparent;border-color:#8a3b12">%s</button>'
                  ' <button class="cky-btn cky-btn-accept" aria-label="%s" data-cky-tag="accept-button" style="color:#FFFFFF;background-color:#8a3b12;border-color:#8a3b12">%s</button> </div></div></div></div></div>'
                  '<div class="cky-modal" tabindex="0"> <div class="cky-preference-center" data-cky-tag="detail" style="color:#212121;background-color:#FFFFFF;border-color:#F4F4F4"> <div class="cky-preference-header">'
                  ' <span class="cky-preference-title" role="heading" aria-level="1" data-cky-tag="detail-title" style="color:#212121">%s</span> <button class="cky-btn-close" aria-label="%s" data-cky-tag="detail-close">'
                  ' <img src="%s/wp-content/plugins/cookie-law-info/lite/frontend/images/close.svg" alt="%s"> </button> </div> <div class="cky-preference-body-wrapper">'
                  ' <div class="cky-accordion-wrapper" data-cky-tag="detail-categories">%s</div> </div> <div class="cky-footer-wrapper"> <span class="cky-footer-shadow"></span>'
                  ' <div class="cky-prefrence-btn-wrapper" data-cky-tag="detail-buttons"> <button class="cky-btn cky-btn-reject" aria-label="%s" data-cky-tag="detail-reject-button">%s</button>'
                  ' <button class="cky-btn cky-btn-preferences" aria-label="%s" data-cky-tag="detail-save-button">%s</button> <button class="cky-btn cky-btn-accept" aria-label="%s" data-cky-tag="detail-accept-button">%s</button> </div> </div> </div></div>'
                  % (E(s["cookie_title"]), E(s["cookie_text"]), base, A(s["cookie_policy"]), E(s["cookie_policy"]), A(ck["custom"]), E(ck["custom"]),
                     A(ck["reject"]), E(ck["reject"]), A(ck["accept"]), E(ck["accept"]), E(ck["pref"]), A(ck["close"]), base, A(ck["close"]), cats,
                     A(ck["reject"]), E(ck["reject"]), A(ck["save"]), E(ck["save"]), A(ck["accept"]), E(ck["accept"])))
        cookie_head = ('<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/%032x/script.js"></script>\n'
                       '<link rel=\'stylesheet\' id=\'cookie-law-info-css\' href=\'%s/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=%s\' media=\'all\' />\n'
                       % (rng.getrandbits(128), base, v["cky"]))
        body_cls = ""

    yoast = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": art["byline"], "@id": "%s/#/schema/person/%032x" % (base, rng.getrandbits(128))},
         "headline": art["title"], "datePublished": published, "dateModified": modified, "mainEntityOfPage": {"@id": url},
         "wordCount": words, "commentCount": ncomm, "publisher": {"@id": base + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": "%s.jpg" % img, "articleSection": [art["section"]],
         "inLanguage": c["locale"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": base + "/#website"},
         "datePublished": published, "dateModified": modified, "description": art["sub"], "inLanguage": c["locale"]},
        {"@type": "ImageObject", "inLanguage": c["locale"], "@id": url + "#primaryimage", "url": "%s.jpg" % img,
         "contentUrl": "%s.jpg" % img, "width": 1600, "height": 1067, "caption": art["caption"]},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": site, "description": s["tagline"],
         "publisher": {"@id": base + "/#organization"}, "inLanguage": c["locale"]},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/"}]},
        ensure_ascii=False, separators=(",", ":"))
    title = "%s - %s" % (art["title"], site)
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v{v["yoast"]} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(title)}</title>
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["og_locale"]}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(title)}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{published}" />
	<meta property="article:modified_time" content="{modified}" />
	<meta property="og:image" content="{img}.jpg" />
	<meta property="og:image:width" content="1600" />
	<meta property="og:image:height" content="1067" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{yoast}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["feed"])}" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["comments_feed"])}" href="{base}/comments/feed/" />
<link rel="preload" href="{base}/wp-content/plugins/bb-plugin/fonts/fontawesome/5.15.4/webfonts/fa-brands-400.woff2" as="font" type="font/woff2" crossorigin="anonymous">
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/{s["host"]}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={v["wp"]}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}function p(e,t,n){{e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data);return t.every(function(e,t){{return e===0}})}}n.DOMReady=!1,n.readyCallback=function(){{n.DOMReady=!0}}}}(window,window._wpemojiSettings);
</script>
<style id='wp-emoji-styles-inline-css'>

	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		box-shadow: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
		background: none !important;
		padding: 0 !important;
	}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={v["wp"]}' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
{cookie_head}<link rel='stylesheet' id='font-awesome-5-css' href='{base}/wp-content/plugins/bb-plugin/fonts/fontawesome/5.15.4/css/all.min.css?ver={v["bb"]}' media='all' />
<link rel='stylesheet' id='fl-builder-layout-bundle-{bundle}-css' href='{base}/wp-content/uploads/bb-plugin/cache/{bundle}-layout-bundle.css?ver={v["bb"]}-{v["themer"]}' media='all' />
<link rel='stylesheet' id='jquery-magnificpopup-css' href='{base}/wp-content/plugins/bb-plugin/css/jquery.magnificpopup.min.css?ver={v["bb"]}' media='all' />
<link rel='stylesheet' id='base-css' href='{base}/wp-content/themes/bb-theme/css/base.min.css?ver={v["theme"]}' media='all' />
<link rel='stylesheet' id='fl-automator-skin-css' href='{base}/wp-content/uploads/bb-theme/skin-{skin}.css?ver={v["theme"]}' media='all' />
<link rel='stylesheet' id='fl-child-theme-css' href='{base}/wp-content/themes/bb-theme-child/style.css?ver={v["wp"]}' media='all' />
<link rel='stylesheet' id='fl-builder-google-fonts-{bundle[:32]}-css' href='//fonts.googleapis.com/css?family=Source+Sans+Pro%3A400%2C700%7CMerriweather%3A700&#038;ver={v["wp"]}' media='all' />
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {v["wp"]}" />
<link rel='shortlink' href='{base}/?p={pid}' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url.replace(":", "%3A").replace("/", "%2F")}" />
<link rel="icon" href="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-32x32.png" sizes="32x32" />
<link rel="icon" href="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-192x192.png" sizes="192x192" />
<link rel="apple-touch-icon" href="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-180x180.png" />
<meta name="msapplication-TileImage" content="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-270x270.png" />
		<style id="wp-custom-css">
			.fl-post-info-terms a{{text-transform:uppercase;letter-spacing:.06em;color:{s["colour"]}}}
.fl-module-fl-post-content blockquote{{border-left:4px solid {s["colour"]}}}		</style>
		</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard{body_cls} fl-builder-{v["bb"].replace(".", "-")} fl-themer-{v["themer"].replace(".", "-")} fl-theme-{v["theme"].replace(".", "-")} fl-no-js fl-theme-builder-header fl-theme-builder-header-site-header fl-theme-builder-footer fl-theme-builder-footer-site-footer fl-theme-builder-singular fl-theme-builder-singular-single-post fl-framework-base fl-preset-default fl-full-width fl-search-active" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a aria-label="{A(c["skip"])}" class="fl-screen-reader-text" href="#fl-main-content">{E(c["skip"])}</a><div class="fl-page">
	{header}
	<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">

		{single}
	</div><!-- .fl-page-content -->
	{footer}	</div><!-- .fl-page -->
{cookie}<link rel='stylesheet' id='fl-builder-layout-{pid}-css' href='{base}/wp-content/uploads/bb-plugin/cache/{pid}-layout-partial.css?ver={"%032x" % rng.getrandbits(128)}' media='all' />
<script src="{base}/wp-content/plugins/bb-plugin/js/libs/jquery.imagesloaded.min.js?ver={v["bb"]}" id="imagesloaded-js"></script>
<script src="{base}/wp-content/plugins/bb-plugin/js/libs/jquery.ba-throttle-debounce.min.js?ver={v["bb"]}" id="jquery-throttle-js"></script>
<script src="{base}/wp-content/uploads/bb-plugin/cache/{bundle}-layout-bundle.js?ver={v["bb"]}-{v["themer"]}" id="fl-builder-layout-bundle-{bundle}-js"></script>
<script src="{base}/wp-content/plugins/bb-plugin/js/libs/jquery.magnificpopup.min.js?ver={v["bb"]}" id="jquery-magnificpopup-js"></script>
<script src="{base}/wp-includes/js/comment-reply.min.js?ver={v["wp"]}" id="comment-reply-js" async data-wp-strategy="async"></script>
<script id="fl-automator-js-extra">
var themeopts = {{"medium_breakpoint":"992","mobile_breakpoint":"768","lightbox":"enabled","scrollTopPosition":"800"}};
</script>
<script src="{base}/wp-content/themes/bb-theme/js/theme.min.js?ver={v["theme"]}" id="fl-automator-js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Beaver Builder's rich text and the classic editor set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"beaverbuilder": []}  # (the featured image is a photo module above the post-content module; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "bikeability", "flytipping", "firesafety"]
NEW_FAMILIES = ["bikeability", "flytipping", "firesafety"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"bikeability": ["bikeability", "cycle training", "cycle-training", "cycling proficiency", "learn-to-ride course"],
                    "flytipping": ["flytipping", "report fly-tipping", "report-fly-tipping", "fly-tipping report", "fly-tipping panel",
                                   "report dumped rubbish"],
                    "firesafety": ["firesafety", "fire safety", "fire-safety", "smoke alarm", "smoke-alarm", "home fire"]}
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
    "cookie": ['<div class="gauge-consent-vly"><p class="gauge-consent-vly__msg">%s</p><button class="gauge-consent-vly__on" type="button">&#9654;</button></div>',
               '<p class="map-cookie-ask-vly">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="dale-dispatch-box"><p class="dale-dispatch-box__txt">%s</p><a class="dale-dispatch-box__go" href="/newsletters/dale-dispatch">&#8594;</a></div>',
                   '<p class="free-stories-left-vly">%s</p>', '<h5 class="dispatch-hd-vly">%s</h5>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="round-dale-share">{items}</ul>', '<div class="send-neighbour-vly">%s</div>', '<p><a href="#send-link">%s</a></p>'],
    "photo": ['<p class="reader-picture-vly">%s</p>', '<span class="picture-desk-vly">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="no-copy-valley-vly">%s</p>', '<div class="consent-from-publisher-vly"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="fresh-from-desk-vly">%s</p>', '<h6 class="every-story-vly">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="dale-ornament-vly">%s</p>', '<div class="valley-break-vly">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="valley-team-credit-vly">%s</p>', '<div class="contributed-by-vly">%s</div>', '<p><i><small>%s</small></i></p>'],
    "title": ['<p class="headline-again-vly"><b>%s</b></p>', '<h2 class="headline-dup-vly">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-continues-vly">%s</div>', '<p class="reach-dale-ad-vly">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-vly"><a href="#rest">%s</a></p>', '<div class="whole-report-vly">%s</div>', '<p><a href="#rest">%s</a></p>'],
    "comments": ['<p class="have-say-count-vly"><a href="#comments">%s</a></p>', '<div class="valley-comments-link-vly">%s</div>',
                 '<div><a href="#comments"><strong>%s</strong></a></div>'],
    "readtime": ['<p class="read-minutes-vly">%s</p>', '<span class="read-mins-chip-vly">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-by-desk-vly"><time>%s</time></p>', '<div class="brought-up-to-date-vly">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="play-story-vly"><button class="play-story-vly__btn" aria-label="Play"></button><span class="play-story-vly__lbl">%s</span></div>',
              '<p class="dog-walk-listen-vly"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="corrected-since-vly"><p>%s</p></aside>', '<p class="correction-line-vly"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="dale-pocket-app"><p class="dale-pocket-app__txt">%s</p><a class="dale-pocket-app__get" href="/app">&#8595;</a></div>',
            '<p class="carry-on-app-vly">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="path-walker-bio"><p class="path-walker-bio__txt">%s</p></div>', '<p class="more-by-author-vly"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="something-happening-vly"><p class="something-happening-vly__txt">%s</p></div>', '<p class="message-desk-vly">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="found-mistake-vly"><p>%s</p></div>', '<p class="highlight-ctrl-enter-vly">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="valley-alerts-ask"><p class="valley-alerts-ask__q">%s</p></div>', '<p class="alert-prompt-vly">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="keep-story-tools-vly">{items}</ul>', '<p class="printer-friendly-vly"><a href="?print=yes">%s</a></p>',
              '<div><a href="?print=yes">%s</a></div>'],
    "feedback": ['<div class="was-it-useful-vly"><p class="was-it-useful-vly__q">%s</p></div>', '<p class="useful-line-vly">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-valley-vly"><p>%s</p></div>', '<p class="complaints-readers-vly"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-chips-vly"><span class="filed-under-chips-vly__txt">%s</span></div>', '<p class="follow-topic-dale-vly">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-save-vly"><a class="reading-list-save-vly__a" href="#save">%s</a></div>',
                 '<p class="valley-list-add"><a href="#save">%s</a></p>', '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="have-your-say-vly"><p class="have-your-say-vly__q">%s</p><button class="have-your-say-vly__go" type="button">&#10004;</button></div>',
             '<h6 class="cast-vote-vly">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-vly"><a class="video-facade-vly__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-photos-vly"><a class="day-photos-vly__a" href="#photos">%s</a></div>',
                '<p class="see-all-pictures-vly">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-frame-vly"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-vly__links">%s</p></div>',
            '<figure class="valley-static-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-date-vly">{items}</ul>', '<p class="remind-event-vly"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="event-chip-vly"><span class="event-chip-vly__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-scores-vly"><a class="weekend-scores-vly__a" href="/sport/scores">%s</a></div>',
               '<ul class="dale-sport-tabs">{items}</ul>', '<div><a href="/sport/scores"><strong>%s</strong></a></div>'],
    # the three families new in this part ({courselist}: the cycle-training courses with ages, dates and venues and
    # how to book, as a list; {courserows}: the courses as a table; {bookdl}: how to book as a definition list;
    # {tiplist}: what to put in a fly-tipping report and the fines, as a list; {finerows}: the fines as a table;
    # {reportdl}: what to put in a report as a definition list; {visitlist}: who qualifies for a home fire-safety
    # visit, what happens and how to book, and the alarm tests, as a list; {alarmrows}: the alarm tests as a table;
    # {visitdl}: the visit as a definition list)
    "bikeability": ['<div class="cycle-course-panel"><h4 class="cycle-course-panel__hd">%s</h4><ul class="cycle-course-panel__list">{courselist}</ul></div>',
                    '<div class="course-dates-tbl"><p class="course-dates-tbl__hd"><strong>%s</strong></p><table class="course-dates-tbl__grid">{courserows}</table></div>',
                    '<p class="book-cycle-course"><a class="book-cycle-course__btn" role="button" href="/road-safety/cycle-training/book">%s</a></p>',
                    '<div class="cycle-booking-card"><h5 class="cycle-booking-card__hd">%s</h5><dl class="cycle-booking-card__dl">{bookdl}</dl></div>'],
    "flytipping": ['<aside class="report-tipping-box"><h4 class="report-tipping-box__hd">%s</h4><ul class="report-tipping-box__list">{tiplist}</ul></aside>',
                   '<div class="tipping-fines-tbl"><p class="tipping-fines-tbl__hd"><b>%s</b></p><table class="tipping-fines-tbl__grid">{finerows}</table></div>',
                   '<p class="report-dumping-link"><a href="/environment/report-fly-tipping">%s</a></p>',
                   '<div class="dumped-rubbish-card"><h5 class="dumped-rubbish-card__hd">%s</h5><dl class="dumped-rubbish-card__dl">{reportdl}</dl></div>'],
    "firesafety": ['<div class="home-fire-visit-panel"><h4 class="home-fire-visit-panel__hd">%s</h4><ul class="home-fire-visit-panel__list">{visitlist}</ul></div>',
                   '<div class="alarm-test-tbl"><p class="alarm-test-tbl__hd"><strong>%s</strong></p><table class="alarm-test-tbl__grid">{alarmrows}</table></div>',
                   '<p class="book-fire-visit"><a class="book-fire-visit__btn" role="button" href="/safety/home-fire-safety-visit">%s</a></p>',
                   '<div class="fire-visit-card"><h5 class="fire-visit-card__hd">%s</h5><dl class="fire-visit-card__dl">{visitdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/dale-dispatch"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-link">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "bikeability": (0.7, [' <a class="button" href="/road-safety/cycle-training/book"><b>%s</b></a>']),
          "flytipping": (0.7, [' <a href="/environment/report-fly-tipping"><strong>%s</strong></a>']),
          "firesafety": (0.7, ['<br><a class="button" href="/safety/home-fire-safety-visit"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the section line, not its link; the newsletter pitch, not the
# meter or the donation note; the
# book-a-course button, the report-online link and the book-a-visit button, not the lists, tables or cards)
INLINE_WORDING = {"newsletter": 0, "section": 0, "bikeability": 2, "flytipping": 2, "firesafety": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-picture-vly"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} — {cr}</small></p>']
RELATED_STYLES = ['<div class="elsewhere-dale-rel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="valley-reporters-more"><p class="valley-reporters-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (BIKE_HEAD, FLY_HEAD, ALARM_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    courses = ("".join('<li><strong>%s</strong> (%s): %s, %s</li>' % (esc(a), esc(b), esc(c), esc(d)) for a, b, c, d in BIKE_COURSES[lang])
               + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BIKE_BOOKING[lang]))
    tips = ("".join('<li><strong>%s:</strong> %s</li>' % (esc(k), esc(v)) for k, v in FLY_REPORT[lang])
            + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in FLY_FINES[lang]))
    visits = ("".join('<li><strong>%s:</strong> %s</li>' % (esc(k), esc(v)) for k, v in FIRE_VISIT[lang])
              + "".join('<li><b>%s</b>: %s</li>' % (esc(k), esc(v)) for k, v in FIRE_ALARM[lang]))
    return (style.replace("{courselist}", courses)
            .replace("{courserows}", table(BIKE_HEAD[lang], BIKE_COURSES[lang]))
            .replace("{bookdl}", dl(BIKE_BOOKING[lang]))
            .replace("{tiplist}", tips)
            .replace("{finerows}", table(FLY_HEAD[lang], FLY_FINES[lang]))
            .replace("{reportdl}", dl(FLY_REPORT[lang]))
            .replace("{visitlist}", visits)
            .replace("{alarmrows}", table(ALARM_HEAD[lang], FIRE_ALARM[lang]))
            .replace("{visitdl}", dl(FIRE_VISIT[lang])))


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
               "scores": rng.choice([0, mid, n]), "bikeability": rng.choice([mid, n, n]),
               "flytipping": rng.choice([mid, n]), "firesafety": rng.choice([0, mid, n])}.get(fam, mid)
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "beaverbuilder": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "beaverbuilder": ("<em>", "</em>")}
# a highlight (the rich editor's <mark> on quintype; Beaver Builder's rich text has none)
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
# templates: beaverbuilder is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"beaverbuilder": tpl_beaverbuilder, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h84), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "beaverbuilder"


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
            rng = random.Random("newsflow-heldout85-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI85[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 85) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h84), labels, furniture strings,
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
    # layouts: beaverbuilder (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h83 or h84 gave it
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
    # the beaverbuilder pages: a site of BB_SITES in a language of BB_CORE; of the looks only those the classic
    # editor and Beaver Builder's rich-text module set in a paragraph (bold, italic, a line break); no story tables
    # and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in BB_SITES or a["lang"] not in BB_CORE
                                       or any(st not in ("bold", "italic", "br") for st, _ in a.get("look", []))):
            problems.append("%s: beaverbuilder page needs a Beaver Builder site and the rich text's looks only" % a["id"])
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
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    bb_sites = [{k: v for k, v in d.items() if k not in BB_EXEMPT} for d in BB_SITES.values()]
    # (BB_CORE, BIKE_HEAD, FLY_HEAD and ALARM_HEAD, the platforms' strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("BB_SITES", bb_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "BB_SITES" and s.startswith("/")):
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





