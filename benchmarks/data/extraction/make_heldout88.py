#!/usr/bin/env python3
"""Eighty-eighth held-out part (h88-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout88.py           # write pages/h88-*.html
    python benchmarks/data/extraction/make_heldout88.py --check   # verify pages/h88-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout88.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout86.py, make_heldout87.py and their stories, written at the same time by other writers, were not).
Stories are in articles_h88_en.py / articles_h88_intl.py; the residue wordings (thirty-four of the generic families
of the earlier parts plus three new ones: busking pitch and permit panels on stories about street performers, a
town centre or a festival -- the pitches with their hours and rules and the permit (its fee, the time at a pitch,
what is not allowed, how to apply), as a list, the pitches as a table, the "apply for a permit" button, the permit
as a definition-list card --, filming-in-your-area notices on stories about a film or TV shoot in a town -- the
shoots with their dates, the streets affected and the parking suspended, and who to contact (the production's
location manager, the yellow signs, access to homes, the council's film office line), as a list, the shoots as a
table, the "all filming notices" link, who to contact as a definition-list card --, and free pet-microchipping
event panels on stories about dogs, strays and an animal charity -- the chipping days with their venues and times
and what to bring, the cost and the law on chips, as a list, the days as a table, the "book a slot" button, what to
bring, the cost and the law as a definition-list card --), their wrapper class names, related headlines, site
names, the sites' own strings in the earlier layouts and the first-round furniture strings are new here: none of
the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..85, nor their labels, furniture
strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if a wrapper class name
of an earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or
docstring, if a story paragraph or headline of an earlier part (h84 and h85 included) recurs, if a headline is also
a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads
(BUSK_HEAD, FILM_HEAD, CHIP_HEAD) are the web teams' generic strings and not checked; the rows themselves
(BUSK_PITCHES, BUSK_PERMIT, FILM_SHOOTS, FILM_CONTACT, CHIP_DAYS, CHIP_INFO) are, cell by cell.
(make_heldout43.py's lost-and-found pet boards carry a microchip-check link; the panel here is a free chipping
event's, so NEW_FAMILY_WORDS does not list the bare word "microchip".)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead; "run_in" makes the editor type it at the
end of the last paragraph, and such a link is placed before the other families of its page): busking panels on an
English independent news site's six new busking pitches in Corvenbridge (the English new-layout page: the list), an
English folk festival with sixty buskers (the table), a German town drawing lots for its street-music pitches (the
German new-layout page: the apply button, which the editor ran into the end of a paragraph) and a French festival
of street arts with an open "off" (the card); filming notices on an English district council's own notice of a TV
drama shoot in a village (on TYPO3: the list), an English market place dressed for a 1953 film (the table), a
Turkish village square closed for a TV series (the all-notices link, run into the last paragraph) and a Spanish
plaza turned back to the 1920s for a period series (the card); microchipping panels on an English village
website's spaniel dug out of a badger sett, whose chip was registered to the breeder (on uCoz: the list), a Turkish
district's new dog shelter (the table), a French refuge president interviewed about summer abandonments (the book
button) and a Russian shelter with 240 dogs (the card).  No story of this part needs one of the earlier families
that are placed only for a reason in the story (calendar, map, gallery, scores); the other generic families are
balanced over the part, leaving out those the page's site would not print (the story's "kind": an English village
website on uCoz -- a small site, with no newsroom to credit a photograph to, update a story or send reporters --
and an English district council's own news page on TYPO3 -- no newspaper furniture, no newsroom's update line,
reading time, audio or related reporting); a correction box goes only on a story that was corrected, with that
story's own wording.  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and
widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, buttons, definition lists and
tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share
line, the permit button, the filming-notices link, the chipping button; only one line in any paragraph) or a bold
section tag run into the start of the first paragraph (drawn at random, of the section family's first wording
only).  On the new layout, residue the editor pasted into the post sits between the blocks of the post on the
English WordPress site, and, on the German Joomla site whose article is a page-builder layout, either among the
paragraphs of a text element or in an element of its own between them.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph: uk-dropcap on both new-layout pages, and on gutenberg, magazine, sanity and wordpress), italics (a
one-line quote on both new-layout pages and on semantic), bold (a one-line paragraph on both new-layout pages), a
highlighted sentence (a <mark> on quintype), a paragraph in a box (a Gutenberg group, a CKEditor style on drupal,
the magazine's panel), a fact box holding a subheading and its list (a Fusion custom embed: the shelter in
figures), a Ghost callout card (how the shop cooperative works), a paragraph typed after a <br> (Shift+Enter, on
both new-layout pages and on hugo); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "And the film you've chosen?",
"Ya bundan sonra?", "Et les chats ?" --, in English, Turkish and French: a cinema projectionist after 46 years, a
packsaddle maker after 52, a refuge president), lists inside the story (what a TV shoot means for a village, a
bus timetable's changes, a dog shelter in figures, what the volunteers of a lido take on, a market's plan for its
empty stalls), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs
("Bagpipes were the hardest conversation.", "Some of them have come in every Saturday for forty years.", "The
bunting is staying too, for now.", "Belediye, talebi değerlendireceğini açıkladı.", „Es war kein Konzert mehr, es
war ein Wettbewerb.“), a closing line with practical information (a permit day, a drop-in session, a closing-down
sale, a free screening, festival tickets, bus timetables, a shelter's visiting hours, a semerci's opening hours, a
lottery at the Bürgerbüro, a ferry's season, a refuge's hours, a workshop's visits, a casting call, a shop's hours,
a centenary's events, a ski base's hours, a museum's tours), and story sentences that mention furniture words in
ordinary reporting ("bring one form of photo ID" closing a story, "The Women's Institute's cookie and flapjack
stall", "Partager son savoir" opening a story, "con una foto reciente" closing another, "für den Newsletter
eintragen" closing a third, "Посмотреть фотографии собак ... и поделиться ими" closing a fourth), some at the start
or end of the story where furniture usually sits.  Two pages carry no residue at all (a German cable ferry's new
ferryman and a Russian town-hall clock going again) and one only its correction line (an English interview with a
projectionist).
One page layout is new (yootheme: a single post on a site built with YOOtheme Pro and its UIkit markup, on two
pages, an English and a German one -- an independent town news site on WordPress whose posts are typed in the
block editor and shown by the theme's article template, and an independent town paper on Joomla whose articles
are laid out with the YOOtheme page builder): the head with Rank Math's or Joomla's metas and schema, the theme's
CSS, uikit.min.js, the icon set, theme.js and the "$theme" JSON with the i18n labels and the cookie banner's
template; the skip-link notification; div.tm-page with the mobile header and its uk-offcanvas menu, the desktop
header with the tm-toolbar and the uk-sticky uk-navbar-container / uk-navbar-nav and the search modal; main#tm-main
with article.uk-article (uk-article-title, uk-article-meta, the text, tags, uk-pagination), the uk-comment list and
form and the uk-card sidebar widgets on WordPress, and the page builder's sections (uk-section, uk-container,
tm-grid-expand uk-grid rows with uk-width-2-3@m / uk-width-1-3@m columns, uk-scrollspy / uk-scrollspy-class
attributes, text, headline, image (el-image), subnav, list (el-content) and panel (el-title, el-content, el-link)
elements) on Joomla; a builder section of related posts (a uk-subnav-pill of topics and a grid of uk-card items
with el-image, el-title and el-meta); the footer builder's uk-section-secondary footer with the uk-totop link (see
the section of the layout below).  The platform's strings (YOO_CORE) are left as they ship and not checked; the
sites' own strings (YOO_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- portal, amp, table,
legacy-br, semantic, storybody, cms, wordpress, ghost (make_pages.py), regional, magazine (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), blox (make_heldout8.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py) and ucoz
(make_heldout19.py) --, none of them in the language h84 or h85 gave it (9 English pages, 3 in each other language:
English on typo3, ucoz, portal, gutenberg, drupal, hugo, joomla4 and blox; Turkish on fusion, table and regional;
German on amp and legacy-br; French on storybody, cms and magazine; Spanish on quintype, ghost and chunks; Russian on
sanity, wordpress and semantic); while a page is rendered, the earlier modules' related headlines, the strings that
belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from
themselves are swapped for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of
make_pages.UI.
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
from articles_h88_en import ARTICLES as H88_EN  # noqa: E402
from articles_h88_intl import ARTICLES as H88_INTL  # noqa: E402


ARTICLES = H88_EN + H88_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85)
# parts whose layouts' languages this part avoids (the two finished parts before it; h86 and h87 are written at the
# same time and were not read)
LANG_PARTS = (mp84, mp85)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h88"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Corvenbridge Evening Courier", "The Mardle Vale Mercury", "Corven Valley Chronicle", "Upper Corven Advertiser",
           "The Corvenbridge Observer", "Thrushgill and District Recorder"],
    "tr": ["Ilgınlı Ekspres", "Çarşı Postası Ilgınlı", "Ilgınlı'nın Sesi"],
    "de": ["Gernachtal-Zeitung", "Dornauer Wochenblatt"],
    "fr": ["La Dépêche de l'Aurène", "Montaubrac Hebdo", "L'Écho des Fréchets"],
    "es": ["El Eco del Valderaz", "Diario de Sotorredondo", "La Gaceta de la Hinojosa"],
    "ru": ["Кедровогорский рабочий", "Вести Кедровки", "Кедровогорск сегодня"],
}
# sites fixed per page (the two YOOtheme sites, a district council's own site on TYPO3, a village's website on uCoz)
# are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h85 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This bus-times board needs functional cookies before it can load", "Allow video cookies to watch this clip from the Corven valley"],
        "tr": ["Bu otobüs saatleri panosu, işlevsel çerezlere izin verilmeden yüklenemez", "Ilgınlı'dan bu videoyu izlemek için video çerezlerine izin verin"],
        "de": ["Diese Fahrplantafel lädt erst, wenn Sie funktionale Cookies erlauben", "Erlauben Sie Video-Cookies, um diesen Clip aus dem Gernachtal anzusehen"],
        "fr": ["Ce tableau des horaires de car ne s'affiche qu'après acceptation des cookies fonctionnels", "Autorisez les cookies vidéo pour regarder ce reportage tourné à Montaubrac"],
        "es": ["Este panel de horarios de autobús solo se carga si aceptas las cookies funcionales", "Permite las cookies de vídeo para ver este clip grabado en Sotorredondo"],
        "ru": ["Табло с расписанием автобусов загрузится только после согласия на функциональные cookie", "Разрешите cookie для видео, чтобы посмотреть этот сюжет из Кедровогорска"],
    },
    "newsletter": {
        "en": ["The Corven Crier: the vale's news in one short email every weekday lunchtime", "That was your last free story from the vale this month: register with your email to read on", "Local reporting in the vale costs money: chip in from £3 a month and keep {site} going"],
        "tr": ["Ilgınlı Bülteni: ilçenin haberleri her hafta içi öğle saatinde tek kısa e-postada", "Bu ayki son ücretsiz Ilgınlı haberinizi okudunuz: okumaya devam etmek için e-postanızla kaydolun", "Yerel habercilik para ister: ayda 50 liradan başlayan katkınızla {site} yayında kalsın"],
        "de": ["Der Gernachtaler: die Nachrichten aus dem Tal werktags zur Mittagszeit in einer kurzen Mail", "Das war Ihr letzter freier Bericht aus dem Gernachtal in diesem Monat: mit Ihrer E-Mail registrieren und weiterlesen", "Lokaljournalismus im Gernachtal kostet Geld: Unterstützen Sie {site} ab 3 Euro im Monat"],
        "fr": ["La Gazette de l'Aurène : l'actualité de la vallée dans un court courriel chaque midi en semaine", "C'était votre dernier article gratuit de l'Aurène ce mois-ci : inscrivez-vous avec votre courriel pour continuer", "L'information locale a un coût : soutenez {site} à partir de 3 euros par mois"],
        "es": ["El Pregón del Valderaz: las noticias de la comarca en un correo breve cada mediodía laborable", "Esta era tu última noticia gratuita del Valderaz este mes: regístrate con tu correo para seguir leyendo", "El periodismo local cuesta dinero: apoya a {site} desde 3 euros al mes"],
        "ru": ["«Кедровогорский полдень»: новости города коротким письмом в обед по будням", "Это был последний бесплатный материал о Кедровогорске в этом месяце: зарегистрируйтесь по почте, чтобы читать дальше", "Кедровогорской редакции нужна ваша помощь: поддержите «{site}» от 150 рублей в месяц"],
    },
    "share": {
        "en": ["Send it round the vale: Facebook · WhatsApp · Bluesky · Email", "Pass this Corvenbridge story on to a neighbour ›"],
        "tr": ["Ilgınlı'da yayın: Facebook · WhatsApp · Bluesky · E-posta", "Bu Ilgınlı haberini bir komşunuza iletin ›"],
        "de": ["Im Gernachtal weitergeben: Facebook · WhatsApp · Bluesky · E-Mail", "Diesen Ebersbrunner Bericht an Nachbarn weiterleiten ›"],
        "fr": ["Faites tourner dans la vallée de l'Aurène : Facebook · WhatsApp · Bluesky · Courriel", "Transmettre cet article de Montaubrac à un voisin ›"],
        "es": ["Pásalo por la comarca del Valderaz: Facebook · WhatsApp · Bluesky · Correo", "Reenvía esta noticia de Sotorredondo a un vecino ›"],
        "ru": ["Расскажите в Кедровогорске: ВКонтакте · Одноклассники · Max · Почта", "Отправьте этот кедровогорский материал соседу ›"],
    },
    "photo": {
        "en": ["Photograph sent in by a reader in the vale", "Picture taken for the Corvenbridge photo desk"],
        "tr": ["Fotoğrafı Ilgınlı'dan bir okurumuz gönderdi", "Ilgınlı fotoğraf servisimiz için çekildi"],
        "de": ["Das Foto hat uns ein Leser aus dem Gernachtal geschickt", "Aufnahme für die Bildredaktion in Ebersbrunn"],
        "fr": ["Photo transmise par une lectrice de la vallée de l'Aurène", "Cliché réalisé pour le service photo de Montaubrac"],
        "es": ["Fotografía enviada por un lector de la comarca del Valderaz", "Imagen tomada para la sección de fotografía de Sotorredondo"],
        "ru": ["Снимок прислала читательница из Кедровогорска", "Фото сделано для фотоотдела кедровогорской редакции"],
    },
    "copyright": {
        "en": ["© 2026 {site}: this Corven valley report may not be republished, summarised for broadcast or fed to any AI system without our written permission."],
        "tr": ["© 2026 {site}: bu Ilgınlı haberi yazılı iznimiz olmadan yeniden yayımlanamaz, yayın için özetlenemez ve hiçbir yapay zekâ sistemine verilemez."],
        "de": ["© 2026 {site}: dieser Bericht aus dem Gernachtal darf ohne unsere schriftliche Erlaubnis weder nachgedruckt noch für Sendungen zusammengefasst oder KI-Systemen zugeführt werden."],
        "fr": ["© 2026 {site} : cet article de la vallée de l'Aurène ne peut être republié, résumé pour une diffusion ou transmis à un système d'IA sans notre autorisation écrite."],
        "es": ["© 2026 {site}: esta información del Valderaz no puede reproducirse, resumirse para emisión ni cederse a sistemas de IA sin nuestro permiso por escrito."],
        "ru": ["© 2026 «{site}»: этот материал из Кедровогорска нельзя перепечатывать, пересказывать в эфире или передавать системам ИИ без нашего письменного разрешения."],
    },
    "section": {
        "en": ["From the vale newsroom: {section}", "More {section} from Corvenbridge and the villages ›"],
        "tr": ["Ilgınlı haber masasından: {section}", "Ilgınlı ve köylerinden daha fazla {section} ›"],
        "de": ["Aus der Gernachtal-Redaktion: {section}", "Mehr {section} aus Ebersbrunn und den Dörfern ›"],
        "fr": ["De la rédaction de l'Aurène : {section}", "Plus d'articles {section} à Montaubrac et alentour ›"],
        "es": ["Desde la redacción del Valderaz: {section}", "Más de {section} en Sotorredondo y sus pueblos ›"],
        "ru": ["Из редакции Кедровогорска: {section}", "Ещё материалы рубрики «{section}» о городе и посёлках ›"],
    },
    "related": {
        "en": ["Also making news in the vale", "Read more from Corvenbridge and the Corven valley"],
        "tr": ["Ilgınlı'da gündemdeki diğer haberler", "Ilgınlı ve köylerinden daha fazlasını okuyun"],
        "de": ["Was das Gernachtal sonst bewegt", "Mehr aus Ebersbrunn und dem Gernachtal lesen"],
        "fr": ["Ce qui fait aussi l'actualité dans la vallée de l'Aurène", "D'autres nouvelles de Montaubrac et des Fréchets"],
        "es": ["También es noticia en la comarca del Valderaz", "Más noticias de Sotorredondo y sus pueblos"],
        "ru": ["О чём ещё говорят в Кедровогорске", "Другие новости Кедровогорска и посёлков"],
    },
    "symbol": {
        "*": ["⟡ ⋄ ⟡", "✷ · ✷ · ✷", "⊹ ⋯ ⊹", "◈ ─ ◈"],
    },
    "credit": {
        "en": ["With additional reporting from the {site} newsroom in Corvenbridge", "Our Thrushgill and Hulme Ferrers correspondent also contributed"],
        "tr": ["{site} Ilgınlı haber merkezinin katkılarıyla", "Kızılkavak muhabirimiz de habere katkıda bulundu"],
        "de": ["Mit Material aus der Ebersbrunner Redaktion von {site}", "Unser Korrespondent in Dornau und Wiesenhagen hat mitgearbeitet"],
        "fr": ["Avec la rédaction de {site} à Montaubrac", "Notre correspondante aux Fréchets a participé à cet article"],
        "es": ["Con información de la redacción de {site} en Sotorredondo", "Nuestro corresponsal en La Hinojosa de Arriba ha colaborado en esta noticia"],
        "ru": ["При участии кедровогорской редакции «{site}»", "Наш корреспондент в Верхних Кедрах помогал в подготовке материала"],
    },
    "ad": {
        "en": ["Sponsored · the Corven valley story carries on underneath", "Put your business in front of the vale: advertise with {site}"],
        "tr": ["Sponsorlu · Ilgınlı haberi aşağıda devam ediyor", "İşletmenizi bütün Ilgınlı'ya tanıtın: {site} ile reklam verin"],
        "de": ["Gesponsert · der Bericht aus dem Gernachtal geht darunter weiter", "Zeigen Sie Ihr Geschäft dem ganzen Gernachtal: werben Sie bei {site}"],
        "fr": ["Sponsorisé · l'article de la vallée de l'Aurène se poursuit en dessous", "Faites connaître votre commerce dans toute la vallée de l'Aurène : annoncez dans {site}"],
        "es": ["Patrocinado · la noticia del Valderaz sigue más abajo", "Da a conocer tu negocio en toda la comarca del Valderaz: anúnciate en {site}"],
        "ru": ["Спонсорский материал · текст о Кедровогорске продолжается ниже", "Расскажите о своём деле всему Кедровогорску: реклама в «{site}»"],
    },
    "continue": {
        "en": ["Carry on reading this Corven valley story", "Expand the full Corvenbridge article ⌄"],
        "tr": ["Bu Ilgınlı haberini okumaya devam edin", "Ilgınlı haberinin tamamını açın ⌄"],
        "de": ["Diesen Bericht aus dem Gernachtal weiterlesen", "Den ganzen Ebersbrunner Artikel aufklappen ⌄"],
        "fr": ["Poursuivre la lecture de cet article de l'Aurène", "Déplier tout l'article de Montaubrac ⌄"],
        "es": ["Continúa leyendo esta noticia del Valderaz", "Desplegar la noticia completa de Sotorredondo ⌄"],
        "ru": ["Читать материал из Кедровогорска дальше", "Развернуть кедровогорский материал целиком ⌄"],
    },
    "comments": {
        "en": ["{n} people in the vale are talking about this", "Join {n} Corvenbridge readers in the comments ›"],
        "tr": ["Ilgınlı'dan {n} kişi bunu konuşuyor", "Yorumlarda {n} Ilgınlı okuruna katılın ›"],
        "de": ["{n} Menschen aus dem Gernachtal diskutieren darüber", "Mit {n} Ebersbrunner Lesern mitdiskutieren ›"],
        "fr": ["{n} habitants de l'Aurène en discutent", "Rejoindre les {n} lecteurs de Montaubrac dans les commentaires ›"],
        "es": ["{n} vecinos del Valderaz hablan de esto", "Únete a los {n} lectores de Sotorredondo en los comentarios ›"],
        "ru": ["{n} кедровогорцев обсуждают это", "Присоединиться к {n} читателям из Кедровогорска в комментариях ›"],
    },
    "readtime": {
        "en": ["Around {m} minutes to read this Corvenbridge story", "Time to read, vale edition: {m} min"],
        "tr": ["Bu Ilgınlı haberini okumak yaklaşık {m} dakika sürer", "Ilgınlı okuma süresi: {m} dk"],
        "de": ["Etwa {m} Minuten für diesen Ebersbrunner Bericht", "Lesezeit im Gernachtal: {m} Min."],
        "fr": ["Environ {m} minutes pour lire cet article de Montaubrac", "Temps de lecture dans l'Aurène : {m} min"],
        "es": ["Unos {m} minutos para leer esta noticia de Sotorredondo", "Tiempo de lectura en el Valderaz: {m} min"],
        "ru": ["Примерно {m} минуты на этот материал из Кедровогорска", "Время чтения по-кедровогорски: {m} мин"],
    },
    "updated": {
        "en": ["Updated by the Corvenbridge newsroom on {d} at {t}", "We added to this report on {d}, {t}, once the district council had replied"],
        "tr": ["Ilgınlı haber merkezi tarafından {d} günü saat {t}'de güncellendi", "Bu habere kaymakamlığın yanıtından sonra {d}, {t} itibarıyla ekleme yapıldı"],
        "de": ["Aktualisiert von der Ebersbrunner Redaktion am {d} um {t} Uhr", "Wir haben diesen Bericht am {d}, {t} Uhr, um die Antwort der Stadtverwaltung ergänzt"],
        "fr": ["Mis à jour par la rédaction de Montaubrac le {d} à {t}", "Nous avons complété cet article le {d}, {t}, après la réponse de la mairie de Montaubrac"],
        "es": ["Actualizado por la redacción de Sotorredondo el {d} a las {t}", "Hemos ampliado esta información el {d}, {t}, tras la respuesta del ayuntamiento de Sotorredondo"],
        "ru": ["Обновлено кедровогорской редакцией {d} в {t}", "Мы дополнили материал {d}, {t}, после ответа мэрии Кедровогорска"],
    },
    "audio": {
        "en": ["▷ Listen to this Corvenbridge story ({m} min)", "Driving or cooking: let a vale newsreader read you this in {m} minutes"],
        "tr": ["▷ Bu Ilgınlı haberini dinleyin ({m} dk)", "Yoldaysanız ya da mutfaktaysanız bu Ilgınlı haberini size {m} dakikada sesli okuyalım"],
        "de": ["▷ Diesen Ebersbrunner Bericht anhören ({m} Min.)", "Beim Autofahren oder Kochen: Wir lesen Ihnen den Bericht aus dem Gernachtal in {m} Minuten vor"],
        "fr": ["▷ Écouter cet article de Montaubrac ({m} min)", "Au volant ou en cuisine, on vous lit cet article de l'Aurène en {m} minutes"],
        "es": ["▷ Escucha esta noticia de Sotorredondo ({m} min)", "Si vas conduciendo o cocinando, te leemos esta noticia del Valderaz en {m} minutos"],
        "ru": ["▷ Слушать материал из Кедровогорска ({m} мин)", "За рулём или на кухне — прочитаем вам этот кедровогорский текст вслух за {m} минуты"],
    },
    "app": {
        "en": ["Get the vale's news on your phone: install the {site} app", "Read on in our Corven valley app ›"],
        "tr": ["Ilgınlı'nın haberleri telefonunuzda: {site} uygulamasını yükleyin", "Ilgınlı uygulamamızda okumaya devam edin ›"],
        "de": ["Das Gernachtal aufs Handy: Installieren Sie die App von {site}", "In unserer Gernachtal-App weiterlesen ›"],
        "fr": ["L'Aurène sur votre téléphone : installez l'application {site}", "Continuer dans notre appli de la vallée de l'Aurène ›"],
        "es": ["El Valderaz en tu móvil: instala la aplicación de {site}", "Sigue leyendo en nuestra app del Valderaz ›"],
        "ru": ["Кедровогорск в телефоне: установите приложение «{site}»", "Читать дальше в нашем кедровогорском приложении ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from our newsroom on Bridge Street in Corvenbridge.", "Read everything {by} has written for the vale ›"],
        "tr": ["{by}, {site} için {section} haberlerini Ilgınlı'daki haber merkezimizden yazıyor.", "{by} imzalı bütün Ilgınlı haberleri ›"],
        "de": ["{by} schreibt für {site} über {section} und arbeitet in unserer Redaktion am Ebersbrunner Marktplatz.", "Alle Texte von {by} aus dem Gernachtal lesen ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis notre rédaction de la place du Marché, à Montaubrac.", "Tous les articles de {by} sur la vallée de l'Aurène ›"],
        "es": ["{by} escribe sobre {section} para {site} desde nuestra redacción de la plaza Mayor de Sotorredondo.", "Todas las noticias del Valderaz firmadas por {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» и работает в нашей редакции на Соборной улице Кедровогорска.", "Все материалы автора {by} о Кедровогорске ›"],
    },
    "tip": {
        "en": ["Seen something in the vale we should know about? Email tips@corvennews.example", "WhatsApp the Corvenbridge newsroom: 07700 900 388"],
        "tr": ["Ilgınlı'da bilmemiz gereken bir şey mi gördünüz? ihbar@ilginli-haber.example adresine yazın", "Ilgınlı haber merkezine WhatsApp'tan yazın: 0 (532) 900 38 80"],
        "de": ["Sie haben im Gernachtal etwas gesehen, das wir wissen sollten? Schreiben Sie an hinweise@gernachtal-redaktion.example", "Per WhatsApp an die Ebersbrunner Redaktion: 0151 900 38 80"],
        "fr": ["Vous avez vu quelque chose dans la vallée de l'Aurène ? Écrivez à alerte@aurene-redaction.example", "La rédaction de Montaubrac sur WhatsApp : 06 00 90 38 80"],
        "es": ["¿Has visto algo en el Valderaz que debamos saber? Escribe a avisos@valderaz-redaccion.example", "Escribe por WhatsApp a la redacción de Sotorredondo: 600 900 388"],
        "ru": ["Видели в Кедровогорске что-то важное? Пишите на novosti@kedrovogorsk-redakciya.example", "Напишите в кедровогорскую редакцию в мессенджер: +7 900 000-38-80"],
    },
    "typo": {
        "en": ["Spotted an error in this Corvenbridge report? Select the words and press Ctrl+Enter so our newsroom can fix it"],
        "tr": ["Bu Ilgınlı haberinde bir yanlış mı gördünüz? Kelimeleri seçip Ctrl+Enter'a basın, haber merkezimiz düzeltsin"],
        "de": ["Einen Fehler in diesem Ebersbrunner Bericht entdeckt? Wörter markieren und Strg+Enter drücken, damit die Redaktion ihn behebt"],
        "fr": ["Une erreur dans cet article de Montaubrac ? Sélectionnez les mots et appuyez sur Ctrl+Entrée pour que notre rédaction la corrige"],
        "es": ["¿Has visto un error en esta noticia de Sotorredondo? Selecciona las palabras y pulsa Ctrl+Intro para que la redacción lo corrija"],
        "ru": ["Нашли ошибку в материале о Кедровогорске? Выделите слова и нажмите Ctrl+Enter, и редакция её исправит"],
    },
    "push": {
        "en": ["Notifications from the vale newsroom: Yes, send me vale alerts · No thanks, not for now"],
        "tr": ["Ilgınlı haber merkezinden bildirimler: Evet, Ilgınlı bildirimlerini aç · Hayır, şimdilik istemiyorum"],
        "de": ["Mitteilungen aus der Gernachtal-Redaktion: Ja, Gernachtal-Meldungen senden · Nein danke, jetzt nicht"],
        "fr": ["Notifications de la rédaction de l'Aurène : Oui, m'alerter pour la vallée · Non merci, pas maintenant"],
        "es": ["Notificaciones de la redacción del Valderaz: Sí, avisarme de lo que pase en la comarca · No, gracias, ahora no"],
        "ru": ["Уведомления кедровогорской редакции: Да, присылать новости Кедровогорска · Нет, спасибо, не сейчас"],
    },
    "print": {
        "en": ["Keep a copy of this Corvenbridge story: Print · Download PDF · Send by email", "Print-friendly version of this vale report ›"],
        "tr": ["Bu Ilgınlı haberinin bir kopyasını saklayın: Yazdır · PDF indir · E-postayla gönder", "Bu haberin yazdırılabilir Ilgınlı sürümü ›"],
        "de": ["Diesen Ebersbrunner Bericht sichern: Drucken · PDF herunterladen · Per Mail senden", "Druckansicht dieses Berichts aus dem Gernachtal ›"],
        "fr": ["Garder une copie de cet article de Montaubrac : Imprimer · Télécharger le PDF · Envoyer par courriel", "Version à imprimer de cet article de l'Aurène ›"],
        "es": ["Guarda una copia de esta noticia de Sotorredondo: Imprimir · Descargar PDF · Enviar por correo", "Versión para imprimir de esta noticia del Valderaz ›"],
        "ru": ["Сохранить материал о Кедровогорске: Печать · Скачать PDF · Отправить по почте", "Версия этого кедровогорского материала для печати ›"],
    },
    "feedback": {
        "en": ["Rate this Corvenbridge story: useful to me · partly useful · no use to me"],
        "tr": ["Bu Ilgınlı haberini değerlendirin: işime yaradı · kısmen yaradı · işime yaramadı"],
        "de": ["Bewerten Sie diesen Ebersbrunner Bericht: hat mir geholfen · teilweise geholfen · nicht geholfen"],
        "fr": ["Notez cet article de Montaubrac : il m'a servi · il m'a un peu servi · il ne m'a pas servi"],
        "es": ["Valora esta noticia de Sotorredondo: me ha servido · me ha servido a medias · no me ha servido"],
        "ru": ["Оцените материал о Кедровогорске: пригодился · отчасти пригодился · не пригодился"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO and keeps to the Editors' Code in everything it publishes about the vale. To complain about this story, write to standards@corvennews.example."],
        "tr": ["{site}, Ilgınlı hakkında yayımladığı her haberde Basın Ahlak Esasları'na uyar. Bu haberle ilgili şikâyetlerinizi okur@ilginli-haber.example adresine iletin."],
        "de": ["{site} hält sich bei allem, was wir aus dem Gernachtal berichten, an den Pressekodex des Presserats. Beschwerden über diesen Text bitte an leserbeirat@gernachtal-redaktion.example."],
        "fr": ["{site} respecte la charte de Munich dans tout ce qu'il publie sur la vallée de l'Aurène. Pour contester cet article, écrivez à mediateur@aurene-redaction.example."],
        "es": ["{site} se rige por el código deontológico de la FAPE en todo lo que publica sobre el Valderaz. Para reclamar sobre esta noticia, escribe a defensor@valderaz-redaccion.example."],
        "ru": ["«{site}» соблюдает Кодекс профессиональной этики журналиста во всех материалах о Кедровогорске. Жалобы на этот текст направляйте на etika@kedrovogorsk-redakciya.example."],
    },
    "topics": {
        "en": ["Topics: {section} · Corvenbridge · Corven valley villages", "Get updates on {section} in the vale ›"],
        "tr": ["Konular: {section} · Ilgınlı · Ilgınlı köyleri", "Ilgınlı'da {section} gelişmelerini izleyin ›"],
        "de": ["Themen: {section} · Ebersbrunn · Dörfer im Gernachtal", "{section} im Gernachtal abonnieren ›"],
        "fr": ["Thèmes : {section} · Montaubrac · Villages de l'Aurène", "Suivre le thème {section} dans la vallée de l'Aurène ›"],
        "es": ["Temas: {section} · Sotorredondo · Pueblos del Valderaz", "Recibe novedades de {section} en el Valderaz ›"],
        "ru": ["Темы: {section} · Кедровогорск · Посёлки района", "Подписаться на тему «{section}» в Кедровогорске ›"],
    },
    "bookmark": {
        "en": ["⊕ Save this Corvenbridge story for later"],
        "tr": ["⊕ Bu Ilgınlı haberini sonra okumak için kaydedin"],
        "de": ["⊕ Diesen Ebersbrunner Bericht für später merken"],
        "fr": ["⊕ Garder cet article de Montaubrac pour plus tard"],
        "es": ["⊕ Guarda esta noticia de Sotorredondo para luego"],
        "ru": ["⊕ Отложить материал о Кедровогорске на потом"],
    },
    "poll": {
        "en": ["Quick vote on the vale: good news for us · bad news for us · too soon to tell in Corvenbridge", "Vote now and see what Corvenbridge thinks"],
        "tr": ["Ilgınlı için hızlı oylama: bizim için iyi haber · bizim için kötü haber · Ilgınlı için henüz erken", "Oy verin, Ilgınlı'nın ne düşündüğünü görün"],
        "de": ["Kurzabstimmung im Gernachtal: gute Nachricht für uns · schlechte Nachricht für uns · für Ebersbrunn noch zu früh", "Jetzt abstimmen und sehen, was Ebersbrunn denkt"],
        "fr": ["Vote express dans l'Aurène : bonne nouvelle pour nous · mauvaise nouvelle pour nous · trop tôt pour Montaubrac", "Votez et découvrez ce qu'en pense Montaubrac"],
        "es": ["Votación rápida en el Valderaz: buena noticia para nosotros · mala noticia para nosotros · demasiado pronto para Sotorredondo", "Vota y mira qué opina Sotorredondo"],
        "ru": ["Быстрый опрос в Кедровогорске: хорошая новость для нас · плохая новость для нас · судить о Кедровогорске пока рано", "Голосуйте и узнайте, что думает Кедровогорск"],
    },
    "embed": {
        "en": ["See this post from {handle} about the vale on Instagram", "Play {handle}'s Corvenbridge video on YouTube"],
        "tr": ["{handle} hesabının Ilgınlı paylaşımını Instagram'da görün", "{handle} hesabının Ilgınlı videosunu YouTube'da oynatın"],
        "de": ["Den Gernachtal-Beitrag von {handle} auf Instagram ansehen", "Das Ebersbrunn-Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur l'Aurène sur Instagram", "Lancer la vidéo de {handle} sur Montaubrac sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre el Valderaz en Instagram", "Reproducir el vídeo de {handle} sobre Sotorredondo en YouTube"],
        "ru": ["Посмотреть пост {handle} о Кедровогорске в Instagram", "Включить видео {handle} о Кедровогорске на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} photos from Corvenbridge", "Browse all {g} pictures from the vale ›"],
        "tr": ["📷 Ilgınlı'dan {g} fotoğraf", "Ilgınlı'dan {g} karenin hepsine göz atın ›"],
        "de": ["📷 {g} Fotos aus Ebersbrunn", "Alle {g} Bilder aus dem Gernachtal durchblättern ›"],
        "fr": ["📷 {g} photos de Montaubrac", "Parcourir les {g} images de l'Aurène ›"],
        "es": ["📷 {g} fotos de Sotorredondo", "Recorre las {g} imágenes del Valderaz ›"],
        "ru": ["📷 {g} фотографий из Кедровогорска", "Листать все {g} снимков из Кедровогорска ›"],
    },
    "map": {
        "en": ["Show on the vale map", "Directions in the Corven valley: Google Maps · Apple Maps · what3words"],
        "tr": ["Ilgınlı haritasında göster", "Ilgınlı'da yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Auf der Gernachtal-Karte zeigen", "Route im Gernachtal: Google Maps · Apple Karten · Komoot"],
        "fr": ["Afficher sur la carte de l'Aurène", "Itinéraire dans la vallée de l'Aurène : Google Maps · Plans · Waze"],
        "es": ["Ver en el mapa del Valderaz", "Cómo llegar en el Valderaz: Google Maps · Mapas de Apple · Waze"],
        "ru": ["Показать на карте Кедровогорска", "Маршрут по Кедровогорску: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Put this vale date in your diary: Google · Outlook · Apple", "Send me a reminder about this Corvenbridge event ›"],
        "tr": ["Bu Ilgınlı tarihini takviminize ekleyin: Google · Outlook · Apple", "Bu Ilgınlı etkinliği için bana hatırlatma gönderin ›"],
        "de": ["Diesen Gernachtal-Termin in den Kalender eintragen: Google · Outlook · Apple", "Erinnerung an diesen Ebersbrunner Termin schicken ›"],
        "fr": ["Noter ce rendez-vous de l'Aurène dans votre agenda : Google · Outlook · Apple", "M'envoyer un rappel pour ce rendez-vous à Montaubrac ›"],
        "es": ["Apunta esta cita del Valderaz en tu agenda: Google · Outlook · Apple", "Envíame un recordatorio de esta cita en Sotorredondo ›"],
        "ru": ["Внести событие в Кедровогорске в календарь: Google · Outlook · Apple", "Прислать напоминание об этом событии в Кедровогорске ›"],
    },
    "scores": {
        "en": ["All the weekend's results from the vale ›", "Corven valley sport: Fixtures · Results · League tables · Top scorers"],
        "tr": ["Hafta sonunun bütün Ilgınlı sonuçları ›", "Ilgınlı sporu: Fikstür · Sonuçlar · Puan durumu · Golcüler"],
        "de": ["Alle Ergebnisse des Wochenendes aus dem Gernachtal ›", "Sport im Gernachtal: Spieltage · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats du week-end dans l'Aurène ›", "Sport dans l'Aurène : Rencontres · Résultats · Classements · Meilleurs buteurs"],
        "es": ["Todos los resultados del fin de semana en el Valderaz ›", "Deporte en el Valderaz: Jornadas · Resultados · Clasificación · Pichichis"],
        "ru": ["Все результаты выходных в Кедровогорске ›", "Спорт Кедровогорска: Матчи · Результаты · Турнирные таблицы · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This Corvenbridge report was amended after publication."],
        "tr": ["Bu Ilgınlı haberi yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Ebersbrunner Bericht wurde nach der Veröffentlichung geändert."],
        "fr": ["Cet article de Montaubrac a été modifié après sa publication."],
        "es": ["Esta noticia de Sotorredondo se modificó tras su publicación."],
        "ru": ["Материал о Кедровогорске изменён после публикации."],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "buskingpermits": {
        "en": ["Busking in the town centre: pitches and permits", "Busking pitches and hours", "Apply for a free busking permit ›", "Street performance permits: the rules"],
        "tr": ["Çarşıda sokak müziği: yerler ve izinler", "Sokak sanatçısı alanları ve saatleri", "Ücretsiz sokak sanatçısı izni için başvurun ›", "Sokak gösterisi izni: kurallar"],
        "de": ["Straßenmusik in der Innenstadt: Plätze und Genehmigung", "Straßenmusik: Standorte und Zeiten", "Straßenmusik-Genehmigung beantragen ›", "Straßenkunst-Erlaubnis: die Regeln"],
        "fr": ["Musique de rue en centre-ville : emplacements et autorisations", "Artistes de rue : emplacements et horaires", "Demander une autorisation de jouer dans la rue ›", "Autorisation d'animation de rue : les règles"],
        "es": ["Música en la calle: puntos y permisos", "Artistas callejeros: puntos y horarios", "Solicita tu permiso de música callejera ›", "Permiso para artistas callejeros: normas"],
        "ru": ["Уличные музыканты в центре: места и разрешения", "Места для уличных выступлений и часы", "Получить разрешение на уличное выступление ›", "Разрешение уличного артиста: правила"],
    },
    "filmingnotices": {
        "en": ["Filming in your area", "Current filming: dates, streets and parking", "See all filming notices for the district ›", "Filming near you: who to contact"],
        "tr": ["Bölgenizde çekim var", "Süren çekimler: tarihler, sokaklar ve park", "İlçedeki bütün çekim duyurularını görün ›", "Yakınınızda çekim: kime ulaşmalı"],
        "de": ["Dreharbeiten in Ihrer Nähe", "Aktuelle Drehs: Termine, Straßen und Parkverbote", "Alle Drehgenehmigungen der Stadt ansehen ›", "Dreharbeiten vor der Haustür: Ihre Ansprechpartner"],
        "fr": ["Tournage près de chez vous", "Tournages en cours : dates, rues et stationnement", "Voir tous les avis de tournage de la commune ›", "Un tournage dans votre rue : qui contacter"],
        "es": ["Rodajes en tu zona", "Rodajes en curso: fechas, calles y aparcamiento", "Consulta todos los avisos de rodaje del municipio ›", "Rodaje en tu calle: a quién llamar"],
        "ru": ["Съёмки в вашем районе", "Идущие съёмки: даты, улицы и парковка", "Все объявления о съёмках в городе ›", "Съёмки рядом с вами: куда обращаться"],
    },
    "microchipping": {
        "en": ["Free microchipping for dogs and cats", "Free chipping days: where and when", "Book a free microchipping slot ›", "Microchipping your pet: what you need to know"],
        "tr": ["Kedi ve köpeklere ücretsiz çip", "Ücretsiz çip günleri: nerede, ne zaman", "Ücretsiz çip randevusu alın ›", "Evcil hayvanınıza çip: bilmeniz gerekenler"],
        "de": ["Kostenloses Chippen für Hunde und Katzen", "Chip-Tage: wo und wann", "Termin zum kostenlosen Chippen buchen ›", "Ihr Tier chippen lassen: das Wichtigste"],
        "fr": ["Identification gratuite par puce pour chiens et chats", "Journées puce gratuite : lieux et dates", "Réserver un créneau de pose de puce gratuite ›", "Pucer son animal : ce qu'il faut savoir"],
        "es": ["Microchip gratis para perros y gatos", "Jornadas de microchip gratuito: dónde y cuándo", "Pide cita para el microchip gratuito ›", "Microchip para tu mascota: lo que debes saber"],
        "ru": ["Бесплатное чипирование собак и кошек", "Дни бесплатного чипирования: где и когда", "Записаться на бесплатное чипирование ›", "Чипирование питомца: что нужно знать"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"buskingpermits": [0, 1, 2, 3], "filmingnotices": [0, 1, 2, 3], "microchipping": [0, 1, 2, 3]}
# the busking panel: the pitches with their hours and rules; and the permit (fee, time at a pitch, what is not
# allowed, how to apply)
BUSK_PITCHES = {
    "en": [("The Buttercross", "10am–8pm", "amplifiers allowed at low volume"), ("Corn Exchange steps", "10am–8pm", "amplifiers allowed at low volume"),
           ("Bridge Street, by the bank", "10am–6pm, Monday to Saturday", "acoustic only"), ("Sheep Street corner", "10am–6pm, Sundays from noon", "acoustic only, no drums")],
    "tr": [("Saat kulesi önü", "10.00–20.00", "düşük sesle amfi serbest"), ("Belediye parkı girişi", "10.00–20.00", "düşük sesle amfi serbest"),
           ("Çarşı camii yanı", "ezan saatleri dışında 10.00–18.00", "yalnızca akustik"), ("Köprübaşı", "hafta içi 10.00–18.00", "yalnızca akustik, davul yok")],
    "de": [("Marktbrunnen", "10–13 und 15–19 Uhr", "nur akustisch, 30 Minuten"), ("Rathausarkaden", "10–13 und 15–19 Uhr", "nur akustisch, 30 Minuten"),
           ("Gernachbrücke", "10–13 und 15–19 Uhr", "keine Blechbläser"), ("Kirchplatz", "10–13 und 15–18 Uhr", "nicht während der Gottesdienste")],
    "fr": [("Place du Marché-aux-Grains", "10 h–20 h", "sonorisation légère autorisée"), ("Parvis de l'église", "10 h–19 h", "acoustique uniquement"),
           ("Halle aux grains", "10 h–20 h", "sonorisation légère autorisée"), ("Quai de l'Aurène", "14 h–22 h", "acoustique uniquement")],
    "es": [("Plaza Mayor, junto a la fuente", "10.00–14.00 y 17.00–21.00", "sin amplificador"), ("Soportales del ayuntamiento", "10.00–14.00 y 17.00–21.00", "amplificador a bajo volumen"),
           ("Puerta del mercado de abastos", "10.00–14.00", "sin amplificador"), ("Paseo del Valderaz", "17.00–22.00", "sin percusión")],
    "ru": [("Соборная площадь", "10:00–20:00", "колонка на малой громкости"), ("Сквер у Дома культуры", "10:00–20:00", "колонка на малой громкости"),
           ("Пешеходная улица Мира", "10:00–19:00 по будням", "только акустика"), ("Набережная Кедровки", "12:00–22:00", "только акустика, без барабанов")],
}
BUSK_HEAD = {"en": ("Pitch", "Hours", "Rules"), "tr": ("Alan", "Saatler", "Kurallar"), "de": ("Standort", "Zeiten", "Regeln"),
             "fr": ("Emplacement", "Horaires", "Règles"), "es": ("Punto", "Horario", "Normas"), "ru": ("Место", "Часы", "Правила")}
BUSK_PERMIT = {
    "en": [("Permit fee", "free; a permit lasts twelve months"), ("Time at a pitch", "two hours, then move on to another free pitch"),
           ("Not allowed", "drums, bagpipes, generators, and selling CDs without a street trading licence"), ("How to apply for a busking permit", "online or at the town hall, with one form of photo ID")],
    "tr": [("İzin ücreti", "ücretsiz; izin bir yıl geçerli"), ("Bir alanda kalma süresi", "iki saat, sonra boş bir alana geçilir"),
           ("Yasak olanlar", "davul, jeneratör ve izinsiz satış"), ("İzne nasıl başvurulur", "kimlikle belediye zabıta müdürlüğüne ya da e-Devlet üzerinden")],
    "de": [("Gebühr für die Genehmigung", "15 Euro für ein Kalenderjahr"), ("Spielzeit je Standort", "30 Minuten, danach Standortwechsel"),
           ("Nicht erlaubt", "Verstärker, Schlagzeug und Blechblasinstrumente"), ("So beantragen Sie sie", "im Bürgerbüro am Marktplatz oder online, mit Personalausweis")],
    "fr": [("Coût de l'autorisation", "gratuite, valable pour la saison"), ("Durée par emplacement", "une heure, puis changement d'emplacement"),
           ("Interdit", "amplification forte, vente sans autorisation, jonglage avec le feu"), ("Faire la demande", "à l'accueil de la mairie ou en ligne, avec une pièce d'identité")],
    "es": [("Tasa del permiso", "10 euros al año"), ("Tiempo en cada punto", "una hora, después hay que cambiar"),
           ("Prohibido", "percusión, altavoces potentes y venta ambulante"), ("Cómo solicitarlo", "en el registro del ayuntamiento o en la sede electrónica, con el DNI")],
    "ru": [("Стоимость разрешения", "бесплатно, на один сезон"), ("Время на одном месте", "два часа, затем место нужно сменить"),
           ("Запрещено", "барабаны, генераторы и продажа дисков"), ("Как получить", "в отделе культуры мэрии или на портале госуслуг, с паспортом")],
}
# the filming notice: the shoots with their dates, streets and parking suspensions; and who to contact
FILM_SHOOTS = {
    "en": [("6–14 July", "Church Lane and the green, Stoke Mardle", "south side of the green from 5 July"),
           ("13–17 July", "Market Place and Sheep Street, Corvenbridge", "Market Place bays all week"),
           ("3 August", "Yarrowby Woods bridleway car park", "the whole car park, 6am–8pm")],
    "tr": [("25–27 Mayıs", "Kızılkavak köy meydanı", "meydan ve kahve önü, 07.00–20.00"), ("3–5 Haziran", "Ilgınlı çarşısı, Cumhuriyet Caddesi", "caddenin iki yanı"),
           ("12 Haziran", "Baraj yolu seyir terası", "bütün otopark, gün boyu")],
    "de": [("06.–08.07.", "Marktplatz Ebersbrunn", "Parkplatz am Rathaus"), ("14.–15.07.", "Fähranleger Dornau", "Wanderparkplatz, 7–20 Uhr"),
           ("22.07.", "Freibad Kirchwend", "Parkplatz an der Liegewiese")],
    "fr": [("6–8 juillet", "place de la Mairie, Montaubrac", "côté halle, de 6 h à 21 h"), ("14–16 juillet", "rue des Mégissiers", "toute la rue"),
           ("22 juillet", "pont de l'Aurène, Les Fréchets", "parking du moulin des Fréchets")],
    "es": [("5–10 de octubre", "plaza Mayor y calle de la Iglesia, Sotorredondo", "toda la plaza, de 7.00 a 21.00"), ("13 de octubre", "antiguo casino", "calle del Casino"),
           ("20–21 de octubre", "puente viejo del Valderaz", "explanada del puente")],
    "ru": [("3–5 августа", "Соборная площадь", "вся площадь, с 7:00 до 21:00"), ("8 августа", "улица Мира, от почты до сквера", "обе стороны улицы"),
           ("12–13 августа", "набережная Кедровки", "стоянка у лодочной станции")],
}
FILM_HEAD = {"en": ("Dates", "Where", "Parking suspended"), "tr": ("Tarih", "Yer", "Park yasağı"), "de": ("Termin", "Ort", "Parkverbot"),
             "fr": ("Dates", "Lieu", "Stationnement interdit"), "es": ("Fechas", "Lugar", "Prohibido aparcar"), "ru": ("Даты", "Где", "Стоянка запрещена")}
FILM_CONTACT = {
    "en": [("On the day", "the production's location manager, on the number shown on the yellow notices in the street"),
           ("Parking suspensions", "marked by yellow signs put up at least 48 hours before filming"),
           ("Access to your home", "always kept open, though crews may ask you to wait during a take"),
           ("The council's film office", "filming@mardlevale.example or 01632 960 442")],
    "tr": [("Çekim günü", "yapım şirketinin mekân sorumlusu, sokaktaki sarı duyuruda yazan numaradan"),
           ("Park yasakları", "çekimden en az 48 saat önce asılan sarı levhalarla duyurulur"), ("Evinize giriş", "her zaman açık tutulur"),
           ("Belediyedeki çekim birimi", "Ilgınlı Belediyesi Kültür Müdürlüğü, 0 (386) 900 44 20")],
    "de": [("Am Drehtag", "die Aufnahmeleitung, Nummer auf den gelben Aushängen in der Straße"),
           ("Parkverbote", "mindestens 48 Stunden vorher mit gelben Schildern angekündigt"), ("Zugang zu Ihrem Haus", "bleibt immer frei"),
           ("Filmbüro der Stadt", "film@ebersbrunn.example, 05561 442-0")],
    "fr": [("Le jour du tournage", "le régisseur de la production, au numéro affiché sur les avis jaunes"),
           ("Stationnement", "interdictions signalées par des panneaux jaunes 48 heures avant"), ("Accès aux logements", "toujours maintenu"),
           ("Mairie de Montaubrac", "service culture, 05 00 44 20 00")],
    "es": [("Durante el rodaje", "el jefe de localizaciones de la productora, en el teléfono de los carteles amarillos"),
           ("Prohibición de aparcar", "señalizada con carteles amarillos 48 horas antes"), ("Acceso a las viviendas", "garantizado en todo momento"),
           ("Oficina de rodajes del ayuntamiento", "921 000 442")],
    "ru": [("В день съёмок", "администратор площадки, телефон на жёлтых объявлениях на улице"),
           ("Запрет стоянки", "обозначается жёлтыми табличками за 48 часов"), ("Проход к домам", "остаётся открытым всё время"),
           ("Мэрия", "отдел культуры, 8 (38455) 4-42-00")],
}
# the free microchipping event panel: the days with their venues and times; and what to bring, the cost and the law
CHIP_DAYS = {
    "en": [("Saturday 14 March 2026", "Yarrowby village hall", "10am–1pm, no appointment needed"), ("Saturday 21 March 2026", "Corvenbridge market place, by the Buttercross", "9am–12pm"),
           ("Sunday 29 March 2026", "the Plough car park, Hulme Ferrers", "11am–2pm")],
    "tr": [("25 Nisan Cumartesi", "Ilgınlı hayvan barınağı", "10.00–15.00"), ("2 Mayıs Cumartesi", "Cumhuriyet Meydanı", "10.00–14.00"),
           ("9 Mayıs Cumartesi", "Kızılkavak köy konağı", "11.00–14.00")],
    "de": [("Samstag, 11.07.", "Tierheim Ebersbrunn", "10–14 Uhr"), ("Samstag, 18.07.", "Marktplatz, am Brunnen", "9–13 Uhr"),
           ("Sonntag, 26.07.", "Dorfgemeinschaftshaus Dornau", "11–15 Uhr")],
    "fr": [("samedi 10 octobre", "refuge de l'Aurène, La Combelle", "10 h–16 h"), ("samedi 17 octobre", "halle aux grains, Montaubrac", "9 h–12 h, sans rendez-vous"),
           ("dimanche 25 octobre", "salle des fêtes des Fréchets", "10 h–13 h")],
    "es": [("sábado 17 de octubre", "protectora de Sotorredondo", "10.00–14.00"), ("sábado 24 de octubre", "plaza Mayor de Sotorredondo", "10.00–13.00"),
           ("domingo 8 de noviembre", "centro social de La Hinojosa de Arriba", "11.00–14.00")],
    "ru": [("суббота, 31 октября", "приют «Лапа помощи», Верхние Кедры", "10:00–15:00"), ("суббота, 7 ноября", "Дом культуры, Кедровогорск", "10:00–14:00, без записи"),
           ("воскресенье, 15 ноября", "ветклиника на улице Мира", "11:00–14:00")],
}
CHIP_HEAD = {"en": ("Date", "Where", "Time"), "tr": ("Tarih", "Yer", "Saat"), "de": ("Datum", "Ort", "Uhrzeit"),
             "fr": ("Date", "Lieu", "Horaires"), "es": ("Fecha", "Lugar", "Horario"), "ru": ("Дата", "Где", "Время")}
CHIP_INFO = {
    "en": [("What to bring", "your dog on a lead or your cat in a carrier, and proof of address"), ("What chipping costs", "free, one chip per animal"),
           ("The law", "dogs must be chipped by eight weeks old and cats by twenty weeks; keepers can be fined up to £500"),
           ("Already chipped?", "ask the team to scan it and check that your details are up to date")],
    "tr": [("Çip günü yanınızda olsun", "tasmalı köpeğiniz ya da taşıma çantasındaki kediniz ve kimliğiniz"), ("Çip ücreti", "ücretsiz, hayvan başına bir çip"),
           ("Yasal zorunluluk", "kedi ve köpeklerin çiplenip kayda alınması zorunlu; kayıtsız hayvan sahiplerine idari para cezası uygulanır"),
           ("Çipi var mı?", "ekibe okutun, bilgilerinizin güncel olup olmadığını kontrol edin")],
    "de": [("Zum Chiptermin mitbringen", "Hund an der Leine oder Katze in der Transportbox, dazu den Personalausweis"), ("Was das Chippen kostet", "kostenlos, ein Chip pro Tier"),
           ("Rechtslage", "für Hunde gilt im Land eine Chip- und Registrierpflicht, Verstöße kosten bis zu 5.000 Euro"),
           ("Schon gechippt?", "Chip auslesen lassen und die Registrierung prüfen")],
    "fr": [("À apporter le jour de la pose", "votre chien en laisse ou votre chat en caisse, et un justificatif de domicile"), ("Prix de la puce", "gratuit, une puce par animal"),
           ("Ce que dit la loi", "l'identification est obligatoire pour les chiens dès 4 mois et les chats dès 7 mois ; amende jusqu'à 750 €"),
           ("Déjà pucé ?", "faites lire la puce et vérifiez vos coordonnées")],
    "es": [("Qué llevar a la jornada", "el perro con correa o el gato en transportín, y el DNI"), ("Precio del microchip", "gratuito, un microchip por animal"),
           ("Qué dice la ley", "el microchip es obligatorio para perros, gatos y hurones; no llevarlo se sanciona con multa"),
           ("¿Ya tiene chip?", "pide que lo lean y comprueba que tus datos están al día")],
    "ru": [("Что взять с собой", "собаку на поводке или кошку в переноске и паспорт владельца"), ("Сколько стоит чип", "бесплатно, один чип на животное"),
           ("Что говорит закон", "по областному закону собаки должны быть чипированы и зарегистрированы, за нарушение грозит штраф"),
           ("Уже есть чип?", "попросите его считать и проверьте свои данные в базе")],
}
WIDGET_ROWS = (("busking pitches", BUSK_PITCHES), ("busking permit", BUSK_PERMIT), ("filming shoots", FILM_SHOOTS),
               ("filming contacts", FILM_CONTACT), ("chipping days", CHIP_DAYS), ("chipping info", CHIP_INFO))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Corvenbridge library to open on Sunday afternoons", "Yarrowby cricket club finds a groundsman at last",
           "Stoke Mardle pub saved by a village share offer", "Thrushgill footpath reopens after landslip repairs",
           "Corven valley rowing club celebrates its centenary", "Hulme Ferrers pupils plant a 400-metre hedge"],
    "tr": ["Ilgınlı halk kütüphanesi pazar günleri de açık olacak", "Kızılkavak'ta yeni sağlık ocağı hizmete girdi",
           "Ilgınlı pazarında ilk çilekler tezgâha çıktı", "Ilgınlı stadının tribünleri yenileniyor",
           "Baraj yoluna bisiklet şeridi yapılacak", "Ilgınlılı öğrenciler satranç turnuvasında birinci oldu"],
    "de": ["Ebersbrunner Stadtbücherei öffnet auch sonntags", "Sportverein Wiesenhagen findet neuen Platzwart",
           "Dorfgasthaus in Dornau von Genossenschaft gerettet", "Gernach-Radweg nach Hangrutsch wieder frei",
           "Ruderclub Ebersbrunn wird hundert Jahre alt", "Kirchwender Grundschüler pflanzen 400 Meter Hecke"],
    "fr": ["La médiathèque de Montaubrac ouvrira le dimanche", "Le club de pétanque des Fréchets inaugure son boulodrome",
           "Le café de La Combelle sauvé par les habitants", "Le chemin de halage de l'Aurène rouvert après un éboulement",
           "L'harmonie de Montaubrac fête ses cent ans", "Les écoliers des Fréchets plantent 400 mètres de haie"],
    "es": ["La biblioteca de Sotorredondo abrirá los domingos por la tarde", "La Hinojosa de Arriba estrena consultorio médico",
           "El bar del casino de Sotorredondo reabre con nuevos dueños", "Reabre el camino del Valderaz tras el desprendimiento",
           "La banda de música de Sotorredondo cumple cien años", "Los escolares plantan un seto de 400 metros junto al colegio"],
    "ru": ["Библиотека Кедровогорска будет работать по воскресеньям", "В Верхних Кедрах открыли новый фельдшерский пункт",
           "Кедровогорский хор ветеранов отметил 50-летие", "Набережную Кедровки откроют после ремонта",
           "Кедровогорские школьники высадили живую изгородь у стадиона", "На улице Мира в Кедровогорске появится велодорожка"],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Corvenbridge news", "Around the vale villages", "Courts and crime in the vale", "Vale schools and colleges", "Corven valley sport", "Things to do in the vale", "Vale notices and announcements"],
               cookie="We use cookies and similar tools, some of them set by our advertising partners, to keep this site running, to count how many people read each story from the vale and to show the adverts that help pay for local reporting. Accept them all, or choose which ones the Corvenbridge newsroom may use.",
               accept="Accept everything and read the vale news", reject="Choose my cookie settings", share="Share this story from the vale",
               related="Next from the Corven valley", newsletter="The Vale Daily: Corvenbridge's headlines in one email each morning",
               subscribe="Sign up to The Vale Daily", email="you@vale-daily.example",
               comment_note="Someone from our team reads every comment on vale stories before it goes live. Be civil, and stick to the subject of the story.",
               closed="Commenting has ended on this story from the vale.",
               footer=["Contact our Corvenbridge newsroom", "Corrections in the vale", "How the vale newsroom uses your data", "Advertise across the Corven valley", "House rules for vale comments"],
               rights="Everything the vale newsroom publishes belongs to its publisher; ask in writing before you reuse any of it.",
               commenters=[("Yarrowby_Jan", "About time somebody in the vale sorted this out."),
                           ("CorvenCyclist", "Good to see the council listening for once.")]),
    "tr": dict(nav=["Ilgınlı'dan haberler", "Ilgınlı köyleri", "Ilgınlı asayiş ve adliye", "Ilgınlı okulları", "Ilgınlı sporu", "Ilgınlı'da ne yapılır", "Ilgınlı resmî ilanları"],
               cookie="Bu siteyi çalıştırmak, her Ilgınlı haberini kaç kişinin okuduğunu saymak ve yerel habercilik için ödenen reklamları göstermek amacıyla, bir kısmını reklam ortaklarımızın yerleştirdiği çerezler ve benzeri araçlar kullanıyoruz. Hepsini kabul edin ya da Ilgınlı haber merkezinin hangilerini kullanabileceğini seçin.",
               accept="Hepsini kabul et, Ilgınlı haberlerini oku", reject="Çerez ayarlarımı seçeyim", share="Bu Ilgınlı haberini paylaşın",
               related="Ilgınlı'dan sıradaki", newsletter="Ilgınlı Günlüğü: ilçenin manşetleri her sabah tek e-postada",
               subscribe="Ilgınlı Günlüğü'ne kaydolun", email="siz@ilginli-gunlugu.example",
               comment_note="Ilgınlı haberlerine yazılan her yorumu yayımlanmadan önce ekibimizden biri okur. Saygılı olun ve haberin konusundan ayrılmayın.",
               closed="Bu Ilgınlı haberine yorum yapma süresi sona erdi.",
               footer=["Ilgınlı haber merkezine ulaşın", "Ilgınlı düzeltmeleri", "Ilgınlı haber merkezi verilerinizi nasıl kullanır", "Ilgınlı'da reklam verin", "Ilgınlı yorum kuralları"],
               rights="Bu internet sitesindeki her şey yayıncısına aittir ve yazılı izin olmadan yeniden kullanılamaz.",
               commenters=[("Kızılkavaklı_Ayşe", "Ilgınlı'da nihayet biri bu işi çözdü."),
                           ("Ilgınlı_Bisikletçi", "Belediyenin bir kez olsun dinlediğini görmek güzel.")]),
    "de": dict(nav=["Ebersbrunn aktuell", "Dörfer im Gernachtal", "Polizei und Gericht im Gernachtal", "Schulen im Gernachtal", "Sport im Gernachtal", "Ausgehen im Gernachtal", "Amtliches aus dem Gernachtal"],
               cookie="Wir nutzen Cookies und ähnliche Werkzeuge, teils von unseren Werbepartnern gesetzt, damit diese Seite funktioniert, damit wir zählen können, wie viele Menschen jeden Bericht aus dem Gernachtal lesen, und um die Anzeigen auszuspielen, die Lokaljournalismus bezahlen. Akzeptieren Sie alle oder wählen Sie, welche die Ebersbrunner Redaktion verwenden darf.",
               accept="Alles akzeptieren und im Gernachtal weiterlesen", reject="Meine Cookie-Einstellungen wählen", share="Diesen Bericht aus dem Gernachtal teilen",
               related="Als Nächstes aus dem Gernachtal", newsletter="Der Gernachtal-Morgen: die Schlagzeilen aus Ebersbrunn jeden Morgen in einer Mail",
               subscribe="Gernachtal-Morgen bestellen", email="sie@gernachtal-morgen.example",
               comment_note="Jemand aus unserem Team liest jeden Kommentar zu Berichten aus dem Gernachtal, bevor er erscheint. Bleiben Sie sachlich und beim Thema des Berichts.",
               closed="Die Kommentarfunktion zu diesem Bericht aus dem Gernachtal ist beendet.",
               footer=["Kontakt zur Ebersbrunner Redaktion", "Korrekturen aus dem Gernachtal", "So nutzt die Gernachtal-Redaktion Ihre Daten", "Werben im Gernachtal", "Hausregeln für Kommentare im Gernachtal"],
               rights="Alles auf dieser Internetseite gehört dem Verlag und darf ohne schriftliche Zustimmung nicht weiterverwendet werden.",
               commenters=[("Wiesenhagener_Uwe", "Wurde auch Zeit, dass das im Gernachtal mal jemand regelt."),
                           ("Gernach-Radlerin", "Schön, dass die Stadt einmal zuhört.")]),
    "fr": dict(nav=["Actualité de Montaubrac", "Villages de l'Aurène", "Faits divers dans l'Aurène", "Écoles de l'Aurène", "Sport dans l'Aurène", "Sorties dans l'Aurène", "Avis officiels de l'Aurène"],
               cookie="Nous utilisons des cookies et des outils similaires, dont certains déposés par nos partenaires publicitaires, pour faire fonctionner ce site, compter combien de personnes lisent chaque article de l'Aurène et afficher les publicités qui financent l'information locale. Acceptez-les tous ou choisissez ceux que la rédaction de Montaubrac peut utiliser.",
               accept="Tout accepter et lire l'actualité de l'Aurène", reject="Choisir mes réglages de cookies", share="Partager cet article de l'Aurène",
               related="La suite dans la vallée de l'Aurène", newsletter="Le Réveil de l'Aurène : les titres de Montaubrac dans un courriel chaque matin",
               subscribe="S'inscrire au Réveil de l'Aurène", email="vous@reveil-aurene.example",
               comment_note="Un membre de notre équipe lit chaque commentaire des articles de l'Aurène avant sa mise en ligne. Restez courtois et dans le sujet de l'article.",
               closed="Les réactions à cet article de l'Aurène sont désormais closes.",
               footer=["Contacter la rédaction de Montaubrac", "Rectificatifs de l'Aurène", "Comment la rédaction de l'Aurène utilise vos données", "Faire de la publicité dans l'Aurène", "Règles des commentaires de l'Aurène"],
               rights="Tout ce que publie la rédaction de l'Aurène appartient à son éditeur ; demandez par écrit avant de le réutiliser.",
               commenters=[("Mireille_des_Fréchets", "Il était temps que quelqu'un s'en occupe dans la vallée."),
                           ("Cycliste de l'Aurène", "Ça fait plaisir de voir la mairie écouter, pour une fois.")]),
    "es": dict(nav=["Actualidad de Sotorredondo", "Pueblos del Valderaz", "Sucesos en el Valderaz", "Colegios del Valderaz", "Deportes en el Valderaz", "Planes en el Valderaz", "Anuncios oficiales del Valderaz"],
               cookie="Usamos cookies y herramientas parecidas, algunas instaladas por nuestros socios publicitarios, para que esta web funcione, para contar cuántas personas leen cada noticia del Valderaz y para mostrar los anuncios que pagan el periodismo local. Acéptalas todas o elige cuáles puede usar la redacción de Sotorredondo.",
               accept="Aceptar todo y leer las noticias del Valderaz", reject="Elegir mis ajustes de cookies", share="Comparte esta noticia del Valderaz",
               related="Lo siguiente en el Valderaz", newsletter="Buenos días, Valderaz: los titulares de Sotorredondo en un correo cada mañana",
               subscribe="Apuntarme a Buenos días, Valderaz", email="tu@buenosdiasvalderaz.example",
               comment_note="Alguien de nuestro equipo lee cada comentario de las noticias del Valderaz antes de publicarlo. Sé respetuoso y no te salgas del tema de la noticia.",
               closed="Ya no se pueden dejar comentarios en esta noticia del Valderaz.",
               footer=["Contacta con la redacción de Sotorredondo", "Rectificaciones del Valderaz", "Cómo usa tus datos la redacción del Valderaz", "Publicidad en el Valderaz", "Normas para comentar en el Valderaz"],
               rights="Todo lo que aparece en esta web pertenece a su editor y no puede reutilizarse sin permiso por escrito.",
               commenters=[("Remedios_de_la_Hinojosa", "Ya era hora de que alguien lo arreglara en el Valderaz."),
                           ("Ciclista del Valderaz", "Da gusto ver que el ayuntamiento escucha por una vez.")]),
    "ru": dict(nav=["Новости Кедровогорска", "Посёлки района", "Происшествия в Кедровогорске", "Школы Кедровогорска", "Кедровогорский спорт", "Куда пойти в Кедровогорске", "Официально: Кедровогорск"],
               cookie="Мы используем cookie и похожие инструменты, часть из которых устанавливают наши рекламные партнёры, чтобы сайт работал, чтобы считать, сколько людей читают каждый материал о Кедровогорске, и чтобы показывать рекламу, на которую живёт местная журналистика. Примите все или выберите, какие может использовать кедровогорская редакция.",
               accept="Принять все и читать дальше", reject="Выбрать настройки cookie", share="Поделиться материалом о Кедровогорске",
               related="Дальше о Кедровогорске", newsletter="«Доброе утро, Кедровогорск»: главные новости города одним письмом каждое утро",
               subscribe="Подписаться на «Доброе утро, Кедровогорск»", email="vy@dobroe-utro-kedrovogorsk.example",
               comment_note="Каждый комментарий к материалам о Кедровогорске перед публикацией читает кто-то из нашей команды. Будьте вежливы и пишите по теме материала.",
               closed="Обсуждение этого материала о Кедровогорске завершено.",
               footer=["Связаться с кедровогорской редакцией", "Исправления кедровогорской редакции", "Как кедровогорская редакция использует ваши данные", "Реклама в Кедровогорске", "Правила комментариев Кедровогорска"],
               rights="Всё, что размещено на этом сайте, принадлежит издателю и не может использоваться повторно без письменного согласия.",
               commenters=[("Верхнекедровская_Нина", "Давно пора было в Кедровогорске кому-то этим заняться."),
                           ("Велосипедист_с_Мира", "Приятно видеть, что мэрия хоть раз прислушалась.")]),
}
UI88 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"tr": "ILGINLI'DAN DAHA FAZLA:"},  # the regional layout's inline links
    (mp2, "BIO"): {"fr": "{name} écrit pour {site} sur la rubrique {section} et sur les villages de la vallée de l'Aurène. Vos idées de reportages : patrimoine@aurene-redaction.example"},
    (mp4, "READMORE"): {"tr": "ILGINLI'DA BU DA VAR:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en el Valderaz")},
    (mp6, "TYPO3"): {"en": dict(ext="External content: map of this month's filming locations (OpenStreetMap)",
                                note="A map of this month's filming locations in Mardle Vale is embedded here. It only loads with your consent, because OpenStreetMap then receives your IP address.",
                                button="Accept and load the filming map", by="A news release from", search="Search mardlevale.example",
                                lang_menu="Mardle Vale in easy read")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Кедровогорск за неделю", nl_text="Каждую пятницу вечером — главное о городе и посёлках района одним письмом.",
                                 nl_button="Подписаться на «Кедровогорск за неделю»", nl_placeholder="Ваша почта для письма по пятницам")},
    (mp8, "BLOX"): {"en": dict(ad="Advertising · supporting local news in the vale")},  # the in-story ad region's label
    (mp11, "HUGO"): {"en": dict(nl_title="The Saturday vale letter", nl_text="Every Saturday morning: the week's stories from Corvenbridge and the villages in one email.",
                                nl_label="Your email for the Saturday vale letter", nl_button="Send me the Saturday vale letter")},
    (mp12, "JOOMLA"): {"en": dict(latest="Latest from the Corven valley", popular="Most read in the vale this week", field="Part of the vale:",
                                  posts="Corven valley news")},
    (mp12, "PLACES"): {"h88-en-008": "Upper Corven valley"},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="Yarrowby's own website: village news, notices and photos from the parish",
                                menu=["Yarrowby home page", "Yarrowby news", "Yarrowby parish council", "Yarrowby village hall", "Yarrowby photos", "Write to the Yarrowby website"],
                                cats=["Yarrowby news", "Yarrowby village hall", "Yarrowby parish council"],
                                friends=["Yarrowby CE Primary School", "Yarrowby Village Hall Committee", "Long Acre Farm Shop"],
                                footer="Yarrowby Village Website © 2026 · kept up to date by volunteers from the village hall committee",
                                poster="yarrowby_sheila", tags=["Yarrowby Woods", "dogs in the parish"],
                                commenters=[("Colin_T", "She came out covered head to tail in sand, but you've never seen a happier dog."),
                                            ("Margaret at No 4", "So glad she's home. I'll be updating our cat's chip details this week.")],
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






def wp_slug(text, n=75):
    """WordPress's sanitize_title (also Joomla's alias): accents dropped, lower case, hyphens."""
    t = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:n].strip("-")


def days_before(iso, days):
    """The date `days` before an ISO date, as an ISO date."""
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=days)).isoformat()


# --------------------------------------------------------------------------
# the new layout: a single post on a site built with YOOtheme Pro and its UIkit 3 markup, as the site serves it to a
# reader who has not yet answered its cookie banner -- an independent town news site on WordPress (English) whose
# posts are typed in the block editor and shown by the theme's own article template, and a town paper on Joomla
# (German) whose articles are laid out with the YOOtheme page builder.  The head: the charset and viewport metas,
# the favicon and apple-touch-icon links, robots, title, description, canonical, Open Graph and Twitter metas (Rank
# Math's comment block and rank-math-schema ld+json on WordPress; Joomla's generator meta, joomla-script-options
# and the schemaorg plugin's ld+json on Joomla), WordPress's feed links, wp-emoji settings and block-library /
# global-styles, the theme's compiled theme.<n>.css and theme.update.css, uikit.min.js, the icon set
# uikit-icons-<style>.min.js, theme.js and the inline "window.yootheme ||= {}; var $theme = ..." script with the
# i18n labels and the cookie banner's template (YOOtheme renders its consent bar from this JSON with JavaScript),
# the analytics snippet YOOtheme adds once consent is given; body (WordPress's post classes with wp-theme-yootheme;
# an empty class on Joomla); the visually hidden skip-link notification; div.tm-page with header.tm-header-mobile
# (uk-hidden@m: uk-navbar-container, nav.uk-navbar with uk-navbar-left logo and the uk-navbar-toggle that opens the
# offcanvas, and the #tm-dialog-mobile uk-offcanvas with uk-offcanvas-bar, uk-offcanvas-close, the menu as
# ul.uk-nav.uk-nav-default and the search form) and header.tm-header (uk-visible@m: the tm-toolbar with the
# tagline and the social icons, then the uk-sticky navbar container with the logo, ul.uk-navbar-nav and the
# search modal); main#tm-main.tm-main.uk-section.uk-section-default with uk-container and a uk-grid of
# uk-width-expand@m and aside#tm-sidebar.tm-sidebar.uk-width-1-3@m on WordPress -- the uk-breadcrumb, then
# article.uk-article (typeof="Article", the name / author / dateModified / datePublished metas, the featured image
# in div.uk-text-center[property=image], h1.uk-article-title, p.uk-article-meta "Written by ... on ... . Posted in
# ... .", div[property=text] with the post, the tags line, ul.uk-pagination to the previous and next posts), the
# comments (h2.uk-heading-bullet, ul.uk-comment-list of article.uk-comment, the comment form with uk-input /
# uk-textarea / uk-button) and the sidebar's widgets as uk-card panels (most read as uk-list-divider, a builder
# widget with the newsletter panel) -- and on Joomla the page builder's own layout in its place ("<!-- Builder
# #page -->"): builder sections (uk-section-default uk-section with uk-scrollspy) of uk-container and
# tm-grid-expand uk-grid rows with uk-width-2-3@m / uk-width-1-3@m columns, holding the breadcrumbs element, the
# headline element (h1.uk-article-title), a text element set as uk-article-meta, the image element (el-image) with
# a uk-text-meta caption, the story as text elements (div.uk-panel.uk-margin) and headline elements for its
# crossheads, with the editor's extra elements between them, a subnav element of the article's tags, and in the
# right column a headline, a list of the latest articles and a panel element with the newsletter box (el-title,
# el-content, el-link button); then, on both sites, a builder section of related posts ("<!-- Builder #... -->": a
# heading, a uk-subnav-pill of topic links and a grid element of uk-card items with el-image, el-title and el-meta);
# the footer built with the footer builder (uk-section-secondary: logo image, about text, social icons, a menu in
# uk-nav, the contact line, the copyright text and the uk-totop link); the theme's and plugins' closing scripts.
# The platform's strings (YOO_CORE: YOOtheme's, UIkit's, WordPress's and Joomla's translations) are left as they
# ship and not checked; the sites' own strings (YOO_SITES: tagline, menus, headings, the newsletter box, about
# line, author bios, copyright line, the cookie banner's text) are.
# --------------------------------------------------------------------------
YOO_VERSIONS = dict(yoo="4.4.12", uikit="3.21.13", wp="6.6.2", joomla="5.1.4", rankmath="1.0.229")
YOO_CORE = {
    "en": dict(locale="en-GB", og_locale="en_GB", tz=("+00:00", "+01:00"),
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], date="{d} {m} {y}",
               skip="Skip to main content", back_home="Back to home", open_menu="Open menu", close="Close", search="Search",
               open_search="Open Search", submit_search="Submit Search", totop="Back to top", home="Home",
               written="Written by {by} on {date}.", posted="Posted in {cat}.", tags="Tags:", prev="Previous", next="Next",
               pag_prev="Previous page", pag_next="Next page", breadcrumb="Breadcrumb",
               reply_title="Leave a Reply", cancel="Cancel reply", comment="Comment", name="Name", email="Email", website="Website",
               submit="Post Comment", notes="Your email address will not be published.", required="Required fields are marked",
               n_comments="{n} Comments", reply="Reply to {who}", reply_short="Reply", feed="Feed", comments_feed="Comments Feed",
               slide_next="Next slide", slide_prev="Previous slide", cookie_ok="Ok", cookie_no="No, Thanks"),
    "de": dict(locale="de-DE", og_locale="de_DE", tz=("+01:00", "+02:00"),
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date="{d}. {m} {y}",
               skip="Zum Hauptinhalt springen", back_home="Zurück zur Startseite", open_menu="Menü öffnen", close="Schließen",
               search="Suche", open_search="Suche öffnen", submit_search="Suche absenden", totop="Zurück nach oben",
               home="Startseite", pag_prev="Vorherige Seite", pag_next="Nächste Seite", breadcrumb="Navigationspfad",
               slide_next="Nächste Folie", slide_prev="Vorherige Folie", cookie_ok="Ok", cookie_no="Nein, danke"),
}
# the sites' own strings (checked, but for the exempt keys)
YOO_SITES = {
    "Corvenbridge Today": dict(
        host="corvenbridgetoday.co.uk", cms="wordpress", colour="#7a1f2b", logo="corvenbridge-today-logo",
        handle="corvenbridgetoday", icons="horizon",
        tagline="Independent news for Corvenbridge and the Corven valley villages",
        menu=["Corvenbridge", "The vale villages", "Corvenbridge town centre", "Planning in the vale", "Arts in the vale", "About Corvenbridge Today"],
        sidebar="Most read on Corvenbridge Today",
        nl_title="Corvenbridge Today on Friday", nl_text="Our pick of the week's stories from the town and the vale, in your inbox every Friday at noon.",
        nl_button="Send me the Friday pick", nl_placeholder="Your email address for the Friday pick",
        related="More from Corvenbridge Today", topics_title="Explore Corvenbridge Today by topic",
        topics=["Buttercross and market place", "Corvenbridge town council", "Corven valley festivals", "Shops on Sheep Street", "Vale transport"],
        bios={"Lydia Farrant": "Lydia covers the town centre, shops and the town council for Corvenbridge Today. She grew up in Yarrowby."},
        about="Corvenbridge Today is an independent news website owned by the journalists who write it and paid for by its readers and local advertisers.",
        footer_menu_title="About Corvenbridge Today",
        footer_menu=["Who we are at Corvenbridge Today", "Send a story to Corvenbridge Today", "Advertise on Corvenbridge Today", "Corvenbridge Today privacy notice", "Complaints to Corvenbridge Today"],
        address="Corvenbridge Today, 14 Bridge Street, Corvenbridge",
        copyright="© 2026 Corvenbridge Today Ltd, registered in England and Wales. Independent local news for the Corven valley since 2020.",
        cookie_text="Corvenbridge Today uses cookies to count visitors and to remember your settings. Advertising cookies only load if you say yes."),
    "Ebersbrunner Stadtbote": dict(
        host="ebersbrunner-stadtbote.de", cms="joomla", colour="#1d4f73", logo="stadtbote-logo",
        handle="ebersbrunnerstadtbote", icons="fjord",
        tagline="Nachrichten aus Ebersbrunn und dem Gernachtal, seit 1998 im Netz",
        menu=["Ebersbrunn", "Gernachtal", "Vereine im Stadtboten", "Kultur in Ebersbrunn", "Termine im Stadtboten", "Über den Stadtboten"],
        sidebar="Neu im Stadtboten",
        nl_title="Der Stadtbote am Sonntag", nl_text="Jeden Sonntagmorgen die wichtigsten Berichte aus Ebersbrunn und dem Gernachtal in Ihrem Postfach.",
        nl_button="Stadtboten-Post bestellen", nl_placeholder="Ihre E-Mail für den Stadtboten",
        related="Mehr aus dem Stadtboten", topics_title="Stadtbote-Themen zu diesem Bericht",
        topics=["Ebersbrunner Altstadt", "Ordnungsamt Ebersbrunn", "Musik im Gernachtal", "Marktbrunnen", "Stadtrat Ebersbrunn"],
        bios={"Annika Brüggemann": "Annika Brüggemann berichtet für den Stadtboten aus dem Rathaus und der Altstadt."},
        about="Der Ebersbrunner Stadtbote ist die unabhängige Internetzeitung für Ebersbrunn und das Gernachtal, getragen von einem Verein aus Leserinnen und Lesern.",
        footer_menu_title="Der Stadtbote",
        footer_menu=["Impressum des Stadtboten", "Kontakt zur Stadtbote-Redaktion", "Anzeigen im Stadtboten", "Datenschutz beim Stadtboten", "Förderverein Stadtbote e.V."],
        address="Ebersbrunner Stadtbote, Marktplatz 7, Ebersbrunn",
        copyright="© 2026 Ebersbrunner Stadtbote – Förderverein Stadtbote e.V., Nachdruck nur mit Genehmigung der Redaktion.",
        cookie_text="Der Stadtbote setzt Cookies ein, um Besuche zu zählen und Ihre Einstellungen zu speichern. Eingebettete Videos und Karten laden erst nach Ihrer Zustimmung."),
}
YOO_EXEMPT = {"host", "cms", "colour", "logo", "handle", "icons"}  # (a domain, platform, colour, file and account names)


def yoo_id(rng, n=8):
    """A YOOtheme builder id (letters and digits)."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def yoo_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return YOO_CORE[lang]["date"].format(d=d, m=YOO_CORE[lang]["months"][m - 1], y=y)


def yoo_block(kind, val):
    """One block of the story as the block editor saves it (WordPress) or as it sits in a text element (Joomla)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="wp-block-heading">%s</h2>' % E(val)
    if kind == "q":
        return '<blockquote class="wp-block-quote"><p>%s</p></blockquote>' % mp.inline_html(val)
    return '<%s class="wp-block-list">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_yootheme(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s, v = YOO_CORE[lang], YOO_SITES[site], YOO_VERSIONS
    wp = s["cms"] == "wordpress"
    base = "https://" + ("www." if not wp else "") + s["host"]
    y, mo, d = art["date"].split("-")
    slug_ = wp_slug(art["title"])
    pid = rng.randint(1800, 9900)
    url = ("%s/%s/%s/%s/%s/" % (base, y, mo, d, slug_)) if wp else ("%s/%s/%d-%s" % (base, wp_slug(art["section"]), pid, slug_[:60]))
    tz = c["tz"][1] if 4 <= int(mo) <= 10 else c["tz"][0]
    hh, mm = rng.randint(6, 19), rng.randint(0, 59)
    published = "%sT%02d:%02d:%02d%s" % (art["date"], hh, mm, rng.randint(0, 59), tz)
    modified = "%sT%02d:%02d:%02d%s" % (art["date"], min(hh + rng.randint(1, 4), 23), rng.randint(0, 59), rng.randint(0, 59), tz)
    pub = yoo_date(lang, art["date"])
    blocks, n = art["blocks"], len(art["blocks"])
    cat_slug = wp_slug(art["section"])
    author_slug = wp_slug(art["byline"])
    up = "/wp-content/uploads" if wp else "/images"
    img = "%s%s/%s/%s/%s" % (base, up, y, mo, wp_slug(art["caption"], 40))
    heads = rng.sample(HEADLINES[lang], 6)
    older = sorted(rng.sample(range(2, 60), 6))
    links = [("%s/%s/%s/%s/" % (base, days_before(art["date"], k)[:4], days_before(art["date"], k)[5:7], wp_slug(h))) if wp
             else ("%s/%s/%d-%s" % (base, cat_slug, pid - k, wp_slug(h)[:60])) for h, k in zip(heads, older)]
    theme_ver = rng.randint(1700000000, 1760000000)
    tmpl = yoo_id(rng)
    theme_dir = ("%s/wp-content/themes/yootheme" % base) if wp else "/templates/yootheme"
    q = ("?ver=" if wp else "?")

    def spy(cls="uk-animation-fade"):
        return 'uk-scrollspy="target: [uk-scrollspy-class]; cls: %s; delay: false;"' % cls

    # the site's menu (navbar, offcanvas, footer)
    menu_links = [("%s/category/%s/" % (base, wp_slug(x))) if wp else ("%s/%s" % (base, wp_slug(x))) for x in s["menu"]]
    menu_ids = [rng.randint(20, 400) for _ in s["menu"]]
    navbar = "\n".join('<li class="%s"><a href="%s">%s</a></li>' % (
        ("menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d" % k) if wp else ("item-%d" % k), u, E(x))
        for k, u, x in zip(menu_ids, menu_links, s["menu"]))
    nets = [("facebook", "https://www.facebook.com/%s" % s["handle"]), ("instagram", "https://www.instagram.com/%s/" % s["handle"]),
            ("bluesky", "https://bsky.app/profile/%s.bsky.social" % s["handle"])]
    social = "\n".join('<li><a href="%s" class="uk-preserve-width uk-icon-link" rel="noreferrer" target="_blank"><span uk-icon="icon: %s;"></span></a></li>'
                       % (u, nm) for nm, u in nets)
    logo = "%s%s/%s.svg" % (base, "/wp-content/uploads/2024/01" if wp else "/images/logo", s["logo"])
    search_action = (base + "/") if wp else "/component/finder/search"
    search_name = "s" if wp else "q"

    # the cookie banner: YOOtheme renders it from the $theme JSON with JavaScript
    cookie_tpl = ('<div class="tm-cookie-banner uk-section uk-section-xsmall uk-section-muted uk-position-bottom uk-position-fixed">\n'
                  '        <div class="uk-container uk-container-expand uk-text-center">\n\n            <p>%s</p>\n'
                  '                            <button type="button" class="js-accept uk-button uk-button-primary uk-margin-small-left" data-uk-toggle="target: !.uk-section; animation: true">%s</button>\n'
                  '            \n                        <button type="button" class="js-reject uk-button uk-button-default uk-margin-small-left" data-uk-toggle="target: !.uk-section; animation: true">%s</button>\n'
                  '            \n        </div>\n    </div>') % (E(s["cookie_text"]), E(c["cookie_ok"]), E(c["cookie_no"]))
    theme_json = json.dumps({
        "i18n": {"close": {"label": c["close"]}, "totop": {"label": c["totop"]}, "marker": {"label": "Open"},
                 "navbarToggleIcon": {"label": c["open_menu"]}, "paginationPrevious": {"label": c["pag_prev"]},
                 "paginationNext": {"label": c["pag_next"]}, "searchIcon": {"toggle": c["open_search"], "submit": c["submit_search"]},
                 "slider": {"next": c["slide_next"], "previous": c["slide_prev"], "slideX": "Slide %s", "slideLabel": "%s of %s"},
                 "slideshow": {"next": c["slide_next"], "previous": c["slide_prev"], "slideX": "Slide %s", "slideLabel": "%s of %s"},
                 "lightboxPanel": {"next": c["slide_next"], "previous": c["slide_prev"], "slideLabel": "%s of %s", "close": c["close"]}},
        "cookie": {"mode": "consent", "template": cookie_tpl, "position": "bottom"}},
        ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    ga = "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))

    # ---- the post
    def residue_html(i):
        return "\n".join(placed.get(i, []))

    if wp:
        parts = []
        for i in range(n + 1):
            parts.extend(placed.get(i, []))
            if i < n:
                parts.append(yoo_block(*blocks[i]))
        text = "\n".join(parts)
        ncomm = len(ui["commenters"])
        comment_items = []
        for who, said in ui["commenters"]:
            cid = rng.randint(100, 9000)
            comment_items.append(
                '<li id="comment-%d" class="comment even thread-even depth-1">\n<article class="uk-comment uk-visible-toggle" tabindex="-1">\n'
                '<header class="uk-comment-header uk-position-relative">\n<div class="uk-grid-medium uk-flex-middle" uk-grid>\n'
                '<div class="uk-width-auto"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/%032x?s=80&#038;d=mm&#038;r=g\' class=\'avatar avatar-80 photo\' height=\'80\' width=\'80\' loading=\'lazy\' decoding=\'async\'/></div>\n'
                '<div class="uk-width-expand">\n<h3 class="uk-comment-title uk-margin-remove">%s</h3>\n'
                '<p class="uk-comment-meta uk-margin-remove-top"><a class="uk-link-reset" href="%s#comment-%d"><time datetime="%sT%02d:%02d:00%s">%s</time></a></p>\n</div>\n</div>\n'
                '<div class="uk-position-top-right uk-hidden-hover"><a rel="nofollow" class="comment-reply-link uk-link-muted" href="#comment-%d" data-commentid="%d" data-postid="%d" data-belowelement="comment-%d" data-respondelement="respond" data-replyto="%s" aria-label="%s">%s</a></div>\n'
                '</header>\n<div class="uk-comment-body">\n<p>%s</p>\n</div>\n</article>\n</li>'
                % (cid, rng.getrandbits(128), E(who), url, cid, art["date"], rng.randint(8, 22), rng.randint(0, 59), tz, E(pub), cid, cid, pid, cid,
                   A(c["reply"].format(who=who)), A(c["reply"].format(who=who)), E(c["reply_short"]), E(said)))
        comments = ('<div id="comments" class="uk-margin-large-top">\n%s'
                    '<div id="respond" class="comment-respond">\n<h2 id="reply-title" class="uk-h4 uk-heading-bullet uk-margin-medium-bottom comment-reply-title">%s <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">%s</a></small></h2>'
                    '<form action="%s/wp-comments-post.php" method="post" id="commentform" class="uk-form-stacked comment-form" novalidate>'
                    '<p class="comment-notes"><span id="email-notes">%s</span> <span class="required-field-message">%s <span class="required">*</span></span></p>'
                    '<p class="comment-form-comment"><label class="uk-form-label" for="comment">%s <span class="required">*</span></label> <textarea id="comment" class="uk-textarea" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
                    '<p class="comment-form-author"><label class="uk-form-label" for="author">%s <span class="required">*</span></label> <input id="author" class="uk-input" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>\n'
                    '<p class="comment-form-email"><label class="uk-form-label" for="email">%s <span class="required">*</span></label> <input id="email" class="uk-input" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>\n'
                    '<p class="comment-form-url"><label class="uk-form-label" for="url">%s</label> <input id="url" class="uk-input" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>\n'
                    '<p class="form-submit"><button class="uk-button uk-button-primary" type="submit">%s</button> <input type=\'hidden\' name=\'comment_post_ID\' value=\'%d\' id=\'comment_post_ID\' />\n'
                    '<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' />\n</p></form>\t</div><!-- #respond -->\n</div>'
                    % (('<h2 class="uk-h4 uk-heading-bullet uk-margin-medium-bottom">%s</h2>\n<ul class="uk-comment-list">\n%s\n</ul>\n'
                        % (E(c["n_comments"].format(n=ncomm)), "\n".join(comment_items))) if ncomm else "",
                       E(c["reply_title"]), url, E(c["cancel"]), base, E(c["notes"]), E(c["required"]), E(c["comment"]), E(c["name"]),
                       E(c["email"]), E(c["website"]), E(c["submit"]), pid))
        most_read = "\n".join('<li><a href="%s">%s</a></li>' % (links[k], E(heads[k])) for k in (2, 3, 4))
        img_id = pid - rng.randint(1, 9)
        main_inner = f'''<div class="uk-width-expand@m">

<nav class="uk-margin-medium-bottom" aria-label="{A(c["breadcrumb"])}">
    <ul class="uk-breadcrumb" vocab="https://schema.org/" typeof="BreadcrumbList">
        <li property="itemListElement" typeof="ListItem"><a href="{base}/" property="item" typeof="WebPage"><span property="name">{E(c["home"])}</span></a><meta property="position" content="1"></li>
        <li property="itemListElement" typeof="ListItem"><a href="{base}/category/{cat_slug}/" property="item" typeof="WebPage"><span property="name">{E(art["section"])}</span></a><meta property="position" content="2"></li>
        <li property="itemListElement" typeof="ListItem"><span property="name" aria-current="page">{E(art["title"])}</span><meta property="position" content="3"></li>
    </ul>
</nav>

<article id="post-{pid}" class="uk-article post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat_slug}" typeof="Article" vocab="https://schema.org/">

    <meta property="name" content="{A(art["title"])}">
    <meta property="author" typeof="Person" content="{A(art["byline"])}">
    <meta property="dateModified" content="{modified}">
    <meta class="uk-margin-remove-adjacent" property="datePublished" content="{published}">

        <div class="uk-text-center uk-margin-medium-top" property="image" typeof="ImageObject">
        <meta property="url" content="{img}.jpg">
        <picture>
<source type="image/webp" srcset="{img}-768x512.webp 768w, {img}-1024x683.webp 1024w, {img}-1536x1024.webp 1536w" sizes="(min-width: 1024px) 1024px">
<img decoding="async" src="{img}-1024x683.jpg" width="1024" height="683" class="wp-image-{img_id}" alt="{A(art["caption"])}" loading="eager">
</picture>    </div>
    
        <h1 class="uk-margin-large-top uk-margin-remove-bottom uk-article-title">{E(art["title"])}</h1>
        
                    <p class="uk-margin-top uk-margin-remove-bottom uk-article-meta">
                {c["written"].format(by='<a href="%s/author/%s/">%s</a>' % (base, author_slug, E(art["byline"])), date='<time datetime="%s">%s</time>' % (published, E(pub)))}
                {c["posted"].format(cat='<a href="%s/category/%s/" rel="category tag">%s</a>' % (base, cat_slug, E(art["section"])))}                            </p>
                
        
        <div class="uk-margin-medium-top" property="text">

            
{text}
        </div>

                <p class="uk-text-meta">{E(c["tags"])} <a href="{base}/tag/{cat_slug}/" rel="tag">{E(art["section"])}</a></p>
        
                <ul class="uk-pagination uk-margin-medium">
                        <li><a href="{links[0]}" rel="prev"><span uk-pagination-previous></span> {E(c["prev"])}</a></li>
                                    <li class="uk-margin-auto-left"><a href="{links[1]}" rel="next">{E(c["next"])} <span uk-pagination-next></span></a></li>
                    </ul>
        
        
</article>
{comments}
</div>

<aside id="tm-sidebar" class="tm-sidebar uk-width-1-3@m">
    
<div class="uk-child-width-1-1" uk-grid>    <div>
<div class="uk-card uk-card-body uk-card-default widget widget_recent_entries" id="recent-posts-3">
    <h3 class="uk-card-title">

        {E(s["sidebar"])}
    </h3>

<ul class="uk-list uk-list-divider">
{most_read}
</ul>
</div>
</div>    <div>
<div class="uk-card uk-card-body uk-card-default widget widget_builderwidget" id="builderwidget-4">
<!-- Builder #builderwidget-4 -->
<div class="uk-panel uk-margin-remove-first-child uk-margin">
        <h3 class="el-title uk-h4 uk-margin-top uk-margin-remove-bottom">{E(s["nl_title"])}</h3>
        <div class="el-content uk-panel uk-margin-top"><p>{E(s["nl_text"])}</p></div>
        <form class="uk-margin-top" action="{base}/newsletter/" method="post"><input class="uk-input uk-form-small" type="email" name="email" placeholder="{A(s["nl_placeholder"])}" aria-label="{A(s["nl_placeholder"])}"><button class="el-link uk-button uk-button-primary uk-button-small uk-margin-small-top" type="submit">{E(s["nl_button"])}</button></form>
</div>
</div>
</div></div>
</aside>
'''
        main = f'''<main id="tm-main"  class="tm-main uk-section uk-section-default" uk-height-viewport="expand: true">

                                <div class="uk-container">

                    
                    <div class="uk-grid" uk-grid>
                        {main_inner}
                    </div>
                     
                </div>
                
            </main>'''
    else:
        # the article laid out with the page builder: its story as text elements, crossheads as headline elements,
        # the editor's extra elements between them
        els, run = [], []

        def flush():
            if run:
                els.append('<div class="uk-panel uk-margin" uk-scrollspy-class>%s</div>' % "\n".join(run))
                run.clear()
        for i in range(n + 1):
            for snip in placed.get(i, []):
                if rng.random() < 0.5:  # pasted into the text element among the paragraphs
                    run.append(snip)
                else:  # an HTML element of its own
                    flush()
                    els.append('<div class="uk-margin" uk-scrollspy-class>%s</div>' % snip)
            if i < n:
                kind, val = blocks[i]
                if kind == "h":
                    flush()
                    els.append('<h2 class="uk-h3 uk-margin-medium-top uk-margin-remove-bottom" uk-scrollspy-class>%s</h2>' % E(val))
                else:
                    run.append(yoo_block(kind, val).replace(' class="wp-block-heading"', "").replace(' class="wp-block-list"', "")
                               .replace(' class="wp-block-quote"', ' class="uk-margin-medium"'))
        flush()
        story = "\n".join(els)
        latest = "\n".join(('<li class="el-item">\n<div class="uk-grid uk-grid-small uk-child-width-expand uk-flex-nowrap uk-flex-middle">\n'
                            '<div class="uk-width-auto"><span class="el-image" uk-icon="icon: chevron-right;"></span></div>\n'
                            '<div><div class="el-content uk-panel"><a href="%s" class="uk-link-reset">%s</a></div></div>\n</div>\n</li>') % (links[k], E(heads[k]))
                           for k in (2, 3, 4))
        tags = "\n".join('<li class="el-item "><a class="el-link" href="%s/component/tags/tag/%s">%s</a></li>' % (base, wp_slug(t), E(t))
                         for t in s["topics"][:3])
        bio = s["bios"].get(art["byline"], "")
        main = f'''<main id="tm-main" >

                
<!-- Builder #page -->
<div class="uk-section-default uk-section uk-padding-remove-bottom" {spy()}>
        <div class="uk-container">
        <div class="tm-grid-expand uk-grid-large uk-grid-margin-large" uk-grid>
<div class="uk-width-2-3@m">
<nav aria-label="{A(c["breadcrumb"])}" uk-scrollspy-class>
    <ul class="uk-breadcrumb uk-margin-remove-bottom" vocab="https://schema.org/" typeof="BreadcrumbList">
                <li property="itemListElement" typeof="ListItem"><a href="/" property="item" typeof="WebPage"><span property="name">{E(c["home"])}</span></a><meta property="position" content="1"></li>
                <li property="itemListElement" typeof="ListItem"><a href="/{cat_slug}" property="item" typeof="WebPage"><span property="name">{E(art["section"])}</span></a><meta property="position" content="2"></li>
                <li property="itemListElement" typeof="ListItem"><span property="name" aria-current="page">{E(art["title"])}</span><meta property="position" content="3"></li>
            </ul>
</nav>
<h1 class="uk-article-title uk-margin-small uk-width-2xlarge" uk-scrollspy-class>        {E(art["title"])}    </h1>
<div class="uk-panel uk-article-meta uk-margin-small" uk-scrollspy-class><time datetime="{published}">{E(pub)}</time> · {E(art["byline"])}</div>
<div class="uk-margin-medium" uk-scrollspy-class>
        <picture>
<source type="image/webp" srcset="/templates/yootheme/cache/{rng.getrandbits(32):08x}/{wp_slug(art["caption"], 40)}-{rng.getrandbits(32):08x}.webp 768w, /templates/yootheme/cache/{rng.getrandbits(32):08x}/{wp_slug(art["caption"], 40)}-{rng.getrandbits(32):08x}.webp 1200w" sizes="(min-width: 1200px) 1200px">
<img src="/templates/yootheme/cache/{rng.getrandbits(32):08x}/{wp_slug(art["caption"], 40)}-{rng.getrandbits(32):08x}.jpeg" width="1200" height="800" class="el-image" alt="{A(art["caption"])}" loading="eager">
</picture>        
</div>
<div class="uk-panel uk-text-meta uk-margin-small uk-text-left" uk-scrollspy-class>{E(art["caption"])} {E(art["credit"])}</div>
{story}
<ul class="uk-margin-medium uk-subnav uk-subnav-pill" uk-margin uk-scrollspy-class>
{tags}
</ul>
<div class="uk-panel uk-text-small uk-text-muted uk-margin" uk-scrollspy-class><p>{E(bio)}</p></div>
</div>
<div class="uk-width-1-3@m">
<h3 class="uk-h5 uk-heading-line uk-margin-top" uk-scrollspy-class><span>{E(s["sidebar"])}</span></h3>
<ul class="uk-list uk-list-divider uk-margin" uk-scrollspy-class>
{latest}
</ul>
<div class="uk-card uk-card-default uk-card-body uk-margin-remove-first-child uk-margin" uk-scrollspy-class>
        <h3 class="el-title uk-h4 uk-margin-top uk-margin-remove-bottom">{E(s["nl_title"])}</h3>
        <div class="el-content uk-panel uk-margin-top"><p>{E(s["nl_text"])}</p></div>
        <div class="uk-margin-top"><a class="el-link uk-button uk-button-primary" href="/newsletter">{E(s["nl_button"])}</a></div>
</div>
</div></div>
        </div>
</div>

            </main>'''

    # ---- related posts: a builder section (a widget area on WordPress, part of the page on Joomla)
    cards = "\n".join(('<div>\n<a class="el-item uk-card uk-card-default uk-card-small uk-card-hover uk-margin-remove-first-child uk-link-toggle uk-display-block" href="%s">\n'
                       '<div class="uk-card-media-top"><picture>\n<source type="image/webp" srcset="%s/%s-768x512.webp 768w" sizes="(min-width: 768px) 768px">\n'
                       '<img src="%s/%s-768x512.jpg" width="768" height="512" class="el-image" alt loading="lazy">\n</picture></div>\n'
                       '<div class="uk-card-body uk-margin-remove-first-child">\n<h3 class="el-title uk-card-title uk-margin-top uk-margin-remove-bottom">%s</h3>\n'
                       '<div class="el-meta uk-text-meta uk-margin-small-top">%s</div>\n</div>\n</a>\n</div>')
                      % (links[k], base + up, wp_slug(heads[k], 30), base + up, wp_slug(heads[k], 30), E(heads[k]),
                         E(yoo_date(lang, days_before(art["date"], older[k])))) for k in (5, 0, 1))
    topics = "\n".join('<li class="el-item "><a class="el-link" href="%s/%s/%s">%s</a></li>' % (base, "tag" if wp else "component/tags/tag", wp_slug(t), E(t))
                       for t in s["topics"])
    related_builder = f'''<div class="uk-section-muted uk-section" {spy("uk-animation-slide-bottom-small")}>
        <div class="uk-container">
        <div class="tm-grid-expand uk-child-width-1-1 uk-grid-margin" uk-grid>
<div class="uk-width-1-1">
<h2 class="uk-h3 uk-heading-bullet" uk-scrollspy-class>        {E(s["related"])}    </h2>
<div class="uk-margin" uk-scrollspy-class>
    <div class="uk-child-width-1-1 uk-child-width-1-3@m uk-grid-match" uk-grid>
{cards}
    </div>
</div>
<div class="uk-margin-medium" uk-scrollspy-class>
    <h3 class="uk-h5 uk-text-muted">{E(s["topics_title"])}</h3>
    <ul class="uk-margin-remove-bottom uk-subnav uk-subnav-pill" uk-margin>
{topics}
    </ul>
</div>
</div></div>
        </div>
</div>'''
    if wp:
        bottom = f'''<div id="tm-bottom" class="tm-bottom uk-section-muted uk-section uk-padding-remove-vertical">
<div class="uk-panel widget widget_builderwidget" id="builderwidget-6">
<!-- Builder #builderwidget-6 -->
{related_builder}
</div>
</div>'''
    else:
        bottom = f'''<div id="tm-bottom" class="tm-bottom">
<!-- Builder #template-{tmpl} -->
{related_builder}
</div>'''

    # ---- footer (footer builder)
    fmenu = "\n".join('<li class="%s"><a href="%s/%s%s">%s</a></li>' % ("menu-item menu-item-type-post_type menu-item-object-page" if wp else "item-%d" % rng.randint(400, 600),
                                                                     base, wp_slug(x)[:40], "/" if wp else "", E(x)) for x in s["footer_menu"])
    footer = f'''<footer>
                <!-- Builder #footer -->
<div class="uk-section-secondary uk-section uk-section-small">
        <div class="uk-container">
        <div class="tm-grid-expand uk-grid-margin" uk-grid>
<div class="uk-width-1-2@s uk-width-1-3@m">
<div class="uk-margin">
        <a class="el-link" href="{base}/"><img src="{logo.replace(".svg", "-white.svg")}" width="200" height="44" class="el-image" alt="{A(site)}" loading="lazy"></a>    
</div>
<div class="uk-panel uk-text-small uk-margin"><p>{E(s["about"])}</p></div>
<div class="uk-margin">    <ul class="uk-child-width-auto uk-grid-small uk-flex-inline uk-flex-middle" uk-grid>
{social}
    </ul>
</div>
</div>
<div class="uk-width-1-2@s uk-width-1-3@m">
<h3 class="uk-h5 uk-margin-remove-bottom">        {E(s["footer_menu_title"])}    </h3>
<div class="uk-panel widget widget_nav_menu">
<ul class="uk-nav uk-nav-default">
{fmenu}
</ul>
</div>
</div>
<div class="uk-width-1-1@s uk-width-1-3@m">
<div class="uk-panel uk-text-small uk-margin"><p>{E(s["address"])}</p></div>
</div></div>
        <div class="tm-grid-expand uk-child-width-1-1 uk-grid-margin" uk-grid>
<div class="uk-width-1-1">
<div class="uk-panel uk-text-small uk-text-muted uk-margin uk-text-center"><p>{E(s["copyright"])}</p></div>
<div class="uk-margin uk-text-center">
    <a href="#" uk-totop uk-scroll aria-label="{A(c["totop"])}"></a>
</div>
</div></div>
        </div>
</div>        </footer>'''

    # ---- header (mobile with the offcanvas menu, desktop with the toolbar and the sticky navbar)
    search_form = ('<form id="search-%d" action="%s" method="get" role="search" class="uk-search uk-search-default uk-width-1-1"><span uk-search-icon></span>'
                   '<input name="%s" placeholder="%s" required aria-label="%s" type="search" class="uk-search-input"></form>') % (
        rng.randint(1, 9), search_action, search_name, A(c["search"]), A(c["search"]))
    header = f'''<header class="tm-header-mobile uk-hidden@m">


    
        <div class="uk-navbar-container">

            <div class="uk-container uk-container-expand">
                <nav class="uk-navbar" uk-navbar="{{&quot;align&quot;:&quot;left&quot;,&quot;container&quot;:&quot;.tm-header-mobile&quot;,&quot;boundary&quot;:&quot;.tm-header-mobile .uk-navbar-container&quot;}}">

                                        <div class="uk-navbar-left">

                                                    <a href="{base}/" aria-label="{A(c["back_home"])}" class="uk-logo uk-navbar-item">
    <img alt="{A(site)}" loading="eager" width="160" height="35" src="{logo}"></a>
                        
                        
                    </div>
                    
                    
                                        <div class="uk-navbar-right">

                                                    <a uk-toggle href="#tm-dialog-mobile" class="uk-navbar-toggle">

        
        <div uk-navbar-toggle-icon></div>

        
    </a>
                        
                    </div>
                    
                </nav>
            </div>

        </div>

    



        <div id="tm-dialog-mobile" uk-offcanvas="container: true; overlay: true" mode="slide" flip>
        <div class="uk-offcanvas-bar uk-flex uk-flex-column">

                        <button class="uk-offcanvas-close uk-close-large" type="button" uk-close uk-toggle="cls: uk-close-large; mode: media; media: @s"></button>
            
                        <div class="uk-margin-auto-bottom">
                
<div class="uk-grid uk-child-width-1-1" uk-grid>    <div>
<div class="uk-panel widget widget_nav_menu" id="nav_menu-2">

    
    
<ul class="uk-nav uk-nav-default">
    
{navbar}
</ul>

</div>
</div>    <div>
<div class="uk-panel widget widget_search" id="search-3">

    
    

    {search_form}

</div>
</div></div>            </div>
            
            
        </div>
    </div>
    
    
    

</header>




<header class="tm-header uk-visible@m">



        <div class="tm-toolbar tm-toolbar-default">
        <div class="uk-container uk-flex uk-flex-middle">

                        <div>
                <div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">

                                        <div>
<div class="uk-panel widget widget_text" id="text-2">

    
    <div class="uk-panel textwidget"><p>{E(s["tagline"])}</p></div>
</div>
</div>
                    
                </div>
            </div>
            
                        <div class="uk-margin-auto-left">
                <div class="uk-grid-medium uk-child-width-auto uk-flex-middle" uk-grid="margin: uk-margin-small-top">
                    <div>
<div class="uk-panel widget widget_social">
    <ul class="uk-flex-inline uk-flex-middle uk-flex-nowrap uk-grid-small" uk-grid>
{social}
    </ul>
</div>
</div>
                </div>
            </div>
            
        </div>
    </div>
    
    
                <div uk-sticky media="@m" cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">
        
            <div class="uk-navbar-container">

                <div class="uk-container">
                    <nav class="uk-navbar" uk-navbar="{{&quot;align&quot;:&quot;left&quot;,&quot;container&quot;:&quot;.tm-header &gt; [uk-sticky]&quot;,&quot;boundary&quot;:&quot;.tm-header .uk-navbar-container&quot;}}">

                                                <div class="uk-navbar-left">

                                                            <a href="{base}/" aria-label="{A(c["back_home"])}" class="uk-logo uk-navbar-item">
    <img alt="{A(site)}" loading="eager" width="220" height="48" src="{logo}"></a>
                            
                                                            
<ul class="uk-navbar-nav">
    
{navbar}
</ul>

                            
                        </div>
                        
                        
                                                <div class="uk-navbar-right">

                            
                                                            

    <a class="uk-navbar-toggle" id="module-tm-3" href="#search-tm-3-modal" uk-search-icon uk-toggle></a>

    <div id="search-tm-3-modal" class="uk-modal-full" uk-modal="container: true">
        <div class="uk-modal-dialog uk-flex uk-flex-center uk-flex-middle" uk-height-viewport>
            <button class="uk-modal-close-full uk-close-large" type="button" uk-close uk-toggle="cls: uk-modal-close-full uk-close-large uk-modal-close-default; mode: media; media: @s"></button>
            <div class="uk-search uk-search-large">
                <form id="search-tm-3" action="{search_action}" method="get" role="search" class="uk-search uk-search-large"><input name="{search_name}" placeholder="{A(c["search"])}" required aria-label="{A(c["search"])}" type="search" class="uk-search-input uk-text-center" autofocus></form>            </div>
        </div>
    </div>


                            
                        </div>
                        
                    </nav>
                </div>

            </div>

                </div>
        
    
    






</header>'''

    title = "%s – %s" % (art["title"], site)
    if wp:
        schema = json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsMediaOrganization", "@id": base + "/#organization", "name": site, "url": base + "/",
             "logo": {"@type": "ImageObject", "@id": base + "/#logo", "url": logo}},
            {"@type": "WebSite", "@id": base + "/#website", "url": base, "name": site, "publisher": {"@id": base + "/#organization"},
             "inLanguage": c["locale"]},
            {"@type": "ImageObject", "@id": img + ".jpg", "url": img + ".jpg", "width": "1600", "height": "1067",
             "caption": art["caption"], "inLanguage": c["locale"]},
            {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": title, "datePublished": published,
             "dateModified": modified, "isPartOf": {"@id": base + "/#website"}, "primaryImageOfPage": {"@id": img + ".jpg"},
             "inLanguage": c["locale"]},
            {"@type": "Person", "@id": "%s/author/%s/" % (base, author_slug), "name": art["byline"], "url": "%s/author/%s/" % (base, author_slug)},
            {"@type": "NewsArticle", "headline": title, "datePublished": published, "dateModified": modified,
             "articleSection": art["section"], "author": {"@id": "%s/author/%s/" % (base, author_slug), "name": art["byline"]},
             "publisher": {"@id": base + "/#organization"}, "description": art["sub"], "name": title, "@id": url + "#richSnippet",
             "isPartOf": {"@id": url + "#webpage"}, "image": {"@id": img + ".jpg"}, "inLanguage": c["locale"],
             "mainEntityOfPage": {"@id": url + "#webpage"}}]}, ensure_ascii=False, separators=(",", ":"))
        head = f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
    <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="{base}/wp-content/uploads/2024/01/favicon.png" sizes="any">
                <link rel="apple-touch-icon" href="{base}/wp-content/uploads/2024/01/apple-touch-icon.png">
                <meta name='robots' content='index, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large'/>

<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>{E(title)}</title>
<meta name="description" content="{A(art["sub"])}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="{c["og_locale"]}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(title)}" />
<meta property="og:description" content="{A(art["sub"])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{A(site)}" />
<meta property="article:section" content="{A(art["section"])}" />
<meta property="og:image" content="{img}.jpg" />
<meta property="og:image:width" content="1600" />
<meta property="og:image:height" content="1067" />
<meta property="article:published_time" content="{published}" />
<meta property="article:modified_time" content="{modified}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{A(title)}" />
<meta name="twitter:description" content="{A(art["sub"])}" />
<meta name="twitter:image" content="{img}.jpg" />
<script type="application/ld+json" class="rank-math-schema">{schema}</script>
<!-- /Rank Math WordPress SEO plugin -->

<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["feed"])}" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["comments_feed"])}" href="{base}/comments/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"https:\\/\\/{s["host"]}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={v["wp"]}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}n.DOMReady=!1,n.readyCallback=function(){{n.DOMReady=!0}}}}(window,window._wpemojiSettings);
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
<style id='global-styles-inline-css'>
:root{{--wp--preset--aspect-ratio--square: 1;--wp--preset--aspect-ratio--4-3: 4/3;--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--30: 0.67rem;}}:where(.is-layout-flex){{gap: 0.5em;}}:where(.wp-block-columns.is-layout-flex){{gap: 2em;}}
</style>
<link href="{theme_dir}/css/theme.1.css?ver={theme_ver}" rel="stylesheet">
<link href="{theme_dir}/css/theme.update.css?ver={v["yoo"]}" rel="stylesheet">
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {v["wp"]}" />
<link rel='shortlink' href='{base}/?p={pid}' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url.replace(":", "%3A").replace("/", "%2F")}" />
<script src="{theme_dir}/vendor/assets/uikit/dist/js/uikit.min.js?ver={v["yoo"]}"></script>
<script src="{theme_dir}/vendor/assets/uikit/dist/js/uikit-icons-{s["icons"]}.min.js?ver={v["yoo"]}"></script>
<script src="{theme_dir}/js/theme.js?ver={v["yoo"]}"></script>
<script>window.yootheme ||= {{}}; var $theme = yootheme.theme = {theme_json};</script>
<script type="text/plain" data-category="statistics">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', '{ga}', {{'anonymize_ip': true}});</script>
<style>.uk-article-meta a,.uk-subnav-pill>*>a:hover{{color:{s["colour"]}}}</style>
    </head>
    <body class="wp-singular post-template-default single single-post postid-{pid} single-format-standard wp-theme-yootheme ">

        
        <div class="uk-hidden-visually uk-notification uk-notification-top-left uk-width-auto">
            <div class="uk-notification-message">
                <a href="#tm-main" class="uk-link-reset">{E(c["skip"])}</a>
            </div>
        </div>

        
        
        <div class="tm-page">

                        '''
        tail = f'''
<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*","\\/wp-content\\/*","\\/wp-content\\/plugins\\/*","\\/wp-content\\/themes\\/yootheme\\/*","\\/*\\\\?(.+)"]}}}}]}},"eagerness":"conservative"}}]}}
</script>
<script src="{base}/wp-includes/js/comment-reply.min.js?ver={v["wp"]}" id="comment-reply-js" async data-wp-strategy="async"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id={ga}" type="text/plain" data-category="statistics"></script>
    </body>
</html>
'''
    else:
        schema = json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsMediaOrganization", "@id": base + "/#/schema/Organization/base", "name": site, "url": base + "/"},
            {"@type": "WebSite", "@id": base + "/#/schema/WebSite/base", "url": base + "/", "name": site,
             "publisher": {"@id": base + "/#/schema/Organization/base"}},
            {"@type": "WebPage", "@id": base + "/#/schema/WebPage/base", "url": url, "name": title, "description": art["sub"],
             "isPartOf": {"@id": base + "/#/schema/WebSite/base"}, "about": {"@id": base + "/#/schema/Organization/base"},
             "inLanguage": c["locale"]},
            {"@type": "NewsArticle", "@id": base + "/#/schema/com_content/article/%d" % pid, "name": art["title"],
             "headline": art["title"], "inLanguage": c["locale"], "author": {"@type": "Person", "name": art["byline"]},
             "datePublished": published, "dateModified": modified, "isPartOf": {"@id": base + "/#/schema/WebPage/base"}}]},
            ensure_ascii=False, separators=(",", ":"))
        tok = "%032x" % rng.getrandbits(128)
        opts = json.dumps({"joomla.jtext": {"ERROR": "Fehler", "MESSAGE": "Nachricht", "NOTICE": "Hinweis", "WARNING": "Warnung",
                                            "JCLOSE": "Schließen", "JOK": "OK", "JOPEN": "Öffnen"},
                           "system.paths": {"root": "", "rootFull": base + "/", "base": "", "baseFull": base + "/"},
                           "csrf.token": tok}, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
        head = f'''<!DOCTYPE html>
<html lang="{c["locale"]}" dir="ltr" vocab="https://schema.org/">
    <head>
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="/images/logo/favicon.png" sizes="any">
                <link rel="apple-touch-icon" href="/images/logo/apple-touch-icon.png">
        <meta charset="utf-8">
	<meta name="author" content="{A(art["byline"])}">
	<meta name="robots" content="index, follow">
	<meta name="description" content="{A(art["sub"])}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<meta property="og:type" content="article">
	<meta property="og:title" content="{A(art["title"])}">
	<meta property="og:description" content="{A(art["sub"])}">
	<meta property="og:image" content="{img}.jpg">
	<meta property="og:url" content="{url}">
	<meta property="og:site_name" content="{A(site)}">
	<title>{E(title)}</title>
	<link href="{url}" rel="canonical">
	<link href="/media/system/css/joomla-fontawesome.min.css?{theme_ver:x}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{theme_ver:x}" rel="stylesheet"></noscript>
	<link href="{theme_dir}/css/theme.12.css?{theme_ver}" rel="stylesheet">
	<link href="{theme_dir}/css/theme.update.css?{v["yoo"]}" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{opts}</script>
	<script src="/media/system/js/core.min.js?{theme_ver:x}"></script>
	<script src="{theme_dir}/vendor/assets/uikit/dist/js/uikit.min.js?{v["yoo"]}"></script>
	<script src="{theme_dir}/vendor/assets/uikit/dist/js/uikit-icons-{s["icons"]}.min.js?{v["yoo"]}"></script>
	<script src="{theme_dir}/js/theme.js?{v["yoo"]}"></script>
	<script type="application/ld+json">{schema}</script>
	<script>window.yootheme ||= {{}}; var $theme = yootheme.theme = {theme_json};</script>
	<style>.uk-article-meta,.uk-subnav-pill>*>a:hover{{color:{s["colour"]}}}</style>

    </head>
    <body class="">

        <div class="uk-hidden-visually uk-notification uk-notification-top-left uk-width-auto">
            <div class="uk-notification-message">
                <a href="#tm-main" class="uk-link-reset">{E(c["skip"])}</a>
            </div>
        </div>

        
        
        <div class="tm-page">

                        '''
        tail = '''
    </body>
</html>
'''
    return (head + header + "\n\n" + main + "\n\n" + bottom + "\n\n            " + footer + "\n\n        </div>\n\n        " + tail)


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the block editor and YOOtheme's text element set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"yootheme": []}  # (the featured image sits above the post, the related grid below the article)
for _mod, _names in ((mp2, ["regional", "magazine"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp8, ["blox"]), (mp11, ["hugo"]),
                     (mp12, ["joomla4"]), (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "buskingpermits", "filmingnotices", "microchipping"]
NEW_FAMILIES = ["buskingpermits", "filmingnotices", "microchipping"]
# what an earlier docstring would say if it had described one of them (make_heldout43.py's lost-and-found pet boards
# carry a microchip-check link, so the bare word "microchip" is not listed)
NEW_FAMILY_WORDS = {"buskingpermits": ["buskingpermits", "busking", "busker", "street performer", "street-performer", "street musician",
                                       "pitch permit"],
                    "filmingnotices": ["filmingnotices", "filming notice", "filming-in-your-area", "filming in your area",
                                       "film shoot", "filming", "film office"],
                    "microchipping": ["microchipping", "microchipping event", "chipping day", "free chip", "pet-chipping"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village's website would not carry (no newsroom to credit a reader's photograph to, to update a story
# or to have reporters)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related"}
# a council's news page: no newspaper furniture (no newsroom's update line, reading time, audio player or related
# reporting either)
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll", "updated", "related", "readtime", "audio", "bookmark"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="bus-board-consent-cb8"><p class="bus-board-consent-cb8__msg">%s</p><button class="bus-board-consent-cb8__allow" type="button">&#10003;</button></div>',
               '<p class="clip-cookie-ask-cb8">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="crier-signup-strip"><p class="crier-signup-strip__txt">%s</p><a class="crier-signup-strip__go" href="/newsletters/crier">&#8250;</a></div>',
                   '<p class="last-free-story-cb8">%s</p>', '<h6 class="crier-hd-cb8">%s</h6>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="send-round-vale-cb8">{items}</ul>', '<div class="pass-on-neighbour-cb8">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="reader-photograph-cb8">%s</p>', '<span class="photo-desk-chip-cb8">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-republish-cb8">%s</p>', '<div class="written-permission-cb8"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="vale-newsroom-kicker">%s</p>', '<h6 class="more-from-section-cb8">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="vale-dinkus-cb8">%s</p>', '<div class="story-pause-cb8">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="extra-reporting-cb8">%s</p>', '<div class="also-contributed-cb8">%s</div>', '<p><em><small>%s</small></em></p>'],
    "title": ['<p class="headline-twice-cb8"><strong>%s</strong></p>', '<h2 class="repeat-headline-cb8">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="sponsored-carries-on-cb8">%s</div>', '<p class="advertise-vale-cb8">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="carry-on-reading-cb8"><a href="#more">%s</a></p>', '<div class="expand-article-cb8">%s</div>', '<p><a href="#more"><b>%s</b></a></p>'],
    "comments": ['<p class="talking-about-cb8"><a href="#comments">%s</a></p>', '<div class="join-comments-cb8">%s</div>',
                 '<div><a href="#comments">%s</a></div>'],
    "readtime": ['<p class="minutes-to-read-cb8">%s</p>', '<span class="read-time-pill-cb8">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="newsroom-updated-cb8"><time>%s</time></p>', '<div class="added-to-report-cb8">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="listen-strip-cb8"><button class="listen-strip-cb8__play" aria-label="Play"></button><span class="listen-strip-cb8__lbl">%s</span></div>',
              '<p class="newsreader-offer-cb8"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="amended-after-cb8"><p>%s</p></aside>', '<p class="amendment-line-cb8"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="vale-phone-app"><p class="vale-phone-app__txt">%s</p><a class="vale-phone-app__get" href="/app">&#8595;</a></div>',
            '<p class="read-on-app-cb8">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="bridge-street-bio"><p class="bridge-street-bio__txt">%s</p></div>', '<p class="everything-by-cb8"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-cb8"><p class="seen-something-cb8__txt">%s</p></div>', '<p class="whatsapp-newsroom-cb8">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="spotted-error-cb8"><p>%s</p></div>', '<p class="ctrl-enter-fix-cb8">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="notify-vale-ask"><p class="notify-vale-ask__q">%s</p></div>', '<p class="alerts-permission-cb8">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="keep-copy-tools-cb8">{items}</ul>', '<p class="print-friendly-cb8"><a href="?format=print">%s</a></p>',
              '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="story-useful-cb8"><p class="story-useful-cb8__q">%s</p></div>', '<p class="usefulness-line-cb8">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-code-note-cb8"><p>%s</p></div>', '<p class="complain-story-cb8"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="topic-pills-cb8"><span class="topic-pills-cb8__txt">%s</span></div>', '<p class="updates-on-topic-cb8">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="save-later-cb8"><a class="save-later-cb8__a" href="#save">%s</a></div>',
                 '<p class="later-list-add-cb8"><a href="#save">%s</a></p>', '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="quick-vote-cb8"><p class="quick-vote-cb8__q">%s</p><button class="quick-vote-cb8__go" type="button">&#10003;</button></div>',
             '<h6 class="vote-now-cb8">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-cb8"><a class="yt-lite-cb8__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="photo-set-cb8"><a class="photo-set-cb8__a" href="#gallery">%s</a></div>',
                '<p class="browse-pictures-cb8">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-cb8"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-cb8__links">%s</p></div>',
            '<figure class="vale-map-still"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="diary-add-cb8">{items}</ul>', '<p class="event-reminder-cb8"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-chip-cb8"><span class="date-chip-cb8__lbl">%s</span></div>'],
    "scores": ['<div class="weekend-results-cb8"><a class="weekend-results-cb8__a" href="/sport/results">%s</a></div>',
               '<ul class="corven-sport-tabs">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({pitchlist}: the busking pitches with their hours and rules and the
    # permit, as a list; {pitchrows}: the pitches as a table; {permitdl}: the permit as a definition list;
    # {shootlist}: the filming in the area with its dates, streets and parking suspensions and who to contact, as a
    # list; {shootrows}: the shoots as a table; {contactdl}: who to contact as a definition list; {chiplist}: the free
    # microchipping days with their venues and times and what to bring, the cost and the law, as a list; {chiprows}:
    # the days as a table; {chipdl}: what to bring, the cost and the law as a definition list)
    "buskingpermits": ['<div class="busk-pitch-panel"><h4 class="busk-pitch-panel__hd">%s</h4><ul class="busk-pitch-panel__list">{pitchlist}</ul></div>',
                       '<div class="pitch-hours-grid"><p class="pitch-hours-grid__hd"><strong>%s</strong></p><table class="pitch-hours-grid__tbl">{pitchrows}</table></div>',
                       '<p class="busk-permit-apply"><a class="busk-permit-apply__btn" role="button" href="/licensing/street-entertainment/apply">%s</a></p>',
                       '<div class="street-perf-card"><h5 class="street-perf-card__hd">%s</h5><dl class="street-perf-card__dl">{permitdl}</dl></div>'],
    "filmingnotices": ['<aside class="film-notice-box"><h4 class="film-notice-box__hd">%s</h4><ul class="film-notice-box__list">{shootlist}</ul></aside>',
                       '<div class="shoot-dates-grid"><p class="shoot-dates-grid__hd"><b>%s</b></p><table class="shoot-dates-grid__tbl">{shootrows}</table></div>',
                       '<p class="film-office-link"><a href="/filming/current-shoots">%s</a></p>',
                       '<div class="crew-contact-card"><h5 class="crew-contact-card__hd">%s</h5><dl class="crew-contact-card__dl">{contactdl}</dl></div>'],
    "microchipping": ['<div class="chip-day-panel"><h4 class="chip-day-panel__hd">%s</h4><ul class="chip-day-panel__list">{chiplist}</ul></div>',
                      '<div class="chip-venues-grid"><p class="chip-venues-grid__hd"><strong>%s</strong></p><table class="chip-venues-grid__tbl">{chiprows}</table></div>',
                      '<p class="book-chip-slot"><a class="book-chip-slot__btn" role="button" href="/animals/free-microchipping/book">%s</a></p>',
                      '<div class="pet-chip-card"><h5 class="pet-chip-card__hd">%s</h5><dl class="pet-chip-card__dl">{chipdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>· %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/crier"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> / ']),
          "buskingpermits": (0.7, [' <a class="btn" href="/licensing/street-entertainment/apply"><strong>%s</strong></a>']),
          "filmingnotices": (0.7, [' <a href="/filming/current-shoots"><b>%s</b></a>']),
          "microchipping": (0.7, ['<br><a class="btn" href="/animals/free-microchipping/book"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the section line, not its link; the newsletter pitch, not the
# meter or the appeal; the permit button, the filming-notices link and the chipping button, not the lists, tables
# or cards)
INLINE_WORDING = {"newsletter": 0, "section": 0, "buskingpermits": 2, "filmingnotices": 2, "microchipping": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="in-story-picture-cb8"><img src="/media/{id}-3.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="also-news-vale-cb8"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="read-more-corven"><p class="read-more-corven__hd">%s</p><ul>%s</ul></aside>',
                  '<h5>%s</h5>\n<ul>%s</ul>']


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


# the tables' heads (BUSK_HEAD, FILM_HEAD, CHIP_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    pitches = ("".join('<li><strong>%s</strong>, %s: %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in BUSK_PITCHES[lang])
               + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BUSK_PERMIT[lang]))
    shoots = ("".join('<li><strong>%s</strong> — %s (%s)</li>' % (esc(a), esc(b), esc(c)) for a, b, c in FILM_SHOOTS[lang])
              + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in FILM_CONTACT[lang]))
    chips = ("".join('<li><strong>%s</strong>: %s, %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in CHIP_DAYS[lang])
             + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in CHIP_INFO[lang]))
    return (style.replace("{pitchlist}", pitches)
            .replace("{pitchrows}", table(BUSK_HEAD[lang], BUSK_PITCHES[lang]))
            .replace("{permitdl}", dl(BUSK_PERMIT[lang]))
            .replace("{shootlist}", shoots)
            .replace("{shootrows}", table(FILM_HEAD[lang], FILM_SHOOTS[lang]))
            .replace("{contactdl}", dl(FILM_CONTACT[lang]))
            .replace("{chiplist}", chips)
            .replace("{chiprows}", table(CHIP_HEAD[lang], CHIP_DAYS[lang]))
            .replace("{chipdl}", dl(CHIP_INFO[lang])))


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
    fams.sort(key=lambda f: f not in art.get("run_in", []))  # a link typed into the last paragraph comes first
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
               "scores": rng.choice([0, mid, n]), "buskingpermits": rng.choice([mid, n, n]),
               "filmingnotices": rng.choice([0, mid, n]), "microchipping": rng.choice([mid, n])}.get(fam, mid)
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
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap"), "yootheme": ("class", "uk-dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>"),
       "yootheme": ("wrap", '<div class="uk-card uk-card-default uk-card-body uk-card-small uk-margin">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🛒</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"yootheme": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "yootheme": ("<em>", "</em>")}
# a highlight (the rich editor's <mark> on quintype)
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
# templates: yootheme is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"yootheme": tpl_yootheme, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion,
                 "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h85), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "yootheme"


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
            rng = random.Random("newsflow-heldout88-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI88[lang]
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
    # layouts: yootheme (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the yootheme pages: a site of YOO_SITES in a language of YOO_CORE; of the looks only those the block editor
    # and YOOtheme's text element set (bold, italic, a line break, the uk-dropcap class, a uk-card box); no story
    # tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in YOO_SITES or a["lang"] not in YOO_CORE
                                       or any(st not in ("bold", "italic", "br", "dropcap", "box") for st, _ in a.get("look", []))):
            problems.append("%s: yootheme page needs a YOOtheme site and the text element's looks only" % a["id"])
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
    yoo_sites = [{k: v for k, v in d.items() if k not in YOO_EXEMPT} for d in YOO_SITES.values()]
    # (YOO_CORE, BUSK_HEAD, FILM_HEAD and CHIP_HEAD, the platforms' strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("YOO_SITES", yoo_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "YOO_SITES" and s.startswith("/")):
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





