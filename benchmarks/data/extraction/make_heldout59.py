#!/usr/bin/env python3
"""Fifty-ninth held-out part (h59-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout59.py           # write pages/h59-*.html
    python benchmarks/data/extraction/make_heldout59.py --check   # verify pages/h59-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout59.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout60.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h59_en.py / articles_h59_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: household-recycling-centre widgets on stories about waste, fly-tipping, recycling and bin
collections -- the "book a slot at the tip" form with its site select and date field, the opening hours by site as a
table, the "what you can take" list, the van-and-trailer permit link --, leisure-centre booking widgets on stories
about sports clubs, leisure centres, parks and pools -- the next free courts and pitches as a table, the "book a
court" button, the membership-prices card as a definition list, the "leisure card holders save" line --, and
bereavement-services panels on stories about cemeteries, funerals, war memorials, churchyards and local heritage --
the cemetery's gates opening times as a definition list, the "search burial records" form, the "apply for a memorial
bench or plaque" link, the bereavement-services office card with phone and hours --), their wrapper class names,
related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings
are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..58, nor their
labels, furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if a
wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list, template
family or docstring, if a story paragraph or headline of an earlier part (h57 and h58 included) recurs, if a headline
is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
(h41's bin-day finder, h46's pool session timetables and the condolence furniture of h29 / h37 are other families with
other wordings and markup, on other stories; the recycling-centre widget, the leisure booking widget and the
bereavement panel are new families by name, wording and markup.)  The forms' field labels and the tables' heads
(TIP_LABELS, TIP_HEAD, SLOT_HEAD, BURIAL_LABELS) are the council web team's generic strings and not checked; the rows
themselves (TIP_SITES_ROWS, TIP_ACCEPTS, LEISURE_SLOTS, LEISURE_PRICES, GATE_HOURS, BEREAVE_OFFICE) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, each of the four markups of a family once:
recycling-centre widgets on an English county scrapping the booking system at its tip as fly-tipping climbs, a
Turkish municipality's recycling centre moving to appointments, a German Wertstoffhof taking bulky waste and a Spanish
punto limpio opening on Sundays after a year of illegal dumping; leisure booking widgets on an English park's
floodlit tennis courts reopening, an interview with the manager of a Turkish sports park, three covered tennis courts
opening in a French town and a Spanish polideportivo's new padel courts; bereavement panels on an English cemetery's
gates staying open until dusk after a petition, a German hillside cemetery's new tree graves, a French commune's own
Drupal page on taking back abandoned graves and a Russian war memorial restored in an old cemetery.  Earlier families
that need a reason in the story are placed the same way (a calendar row on a village May fair's date, a gallery link
on a water tower becoming a museum, both on the new layout); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a commune -- no newspaper furniture --, a
community wiki or a village website, an independent publication on Medium, which prints no ads, app, push or print
prompts, comment counters or press-standards lines, and of the newsletter family only its appeal for money); a
correction box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on
real pages: classed boxes, cards, chips, widgets and banners, bare <p> / <div> lines as pasted by editors, headings,
links, lists, spans, forms, definition lists and tables, and, for a few families, a line run into the end of a story
paragraph after a <br> (the credit line, the tip line, the share line, the van-permit link, the memorial link; the
newsletter pitch and the book-a-court button run in after a space) or a bold section tag run into the start of the
first one (on the Spanish story about a barrio's band, "section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, gutenberg, sanity and magazine), whole paragraphs in bold (interview questions) or
italics (a quote on the new layout, a quote on Medium), a highlighted sentence (a <mark> on quintype), a paragraph in a
box (a Gutenberg group block, a CKEditor style on the commune's Drupal page), a fact box holding a subheading and its
list (a Fusion custom embed), a Ghost callout card, a paragraph typed after a <br>; story structures that look like
furniture but are the story: question-and-answer interviews (bold questions, some of three or four words, in English,
Turkish and Russian: a lock-keeper, a sports-park manager, a rural bus conductor), lists inside the story (what is on
at a May fair, what changes at a tip, what a Turkish recycling centre's appointments change, a German Wertstoffhof's
new rules, a French club's hourly prices, a Spanish punto limpio's new hours, what a water tower needs), crossheads as
headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("Pour la première année, ils sont à
l'équilibre."), a closing line with practical information (the fair's stall bookings, a farewell tea, opening times of
a cemetery and a fridge, a newsagent's phone number, a muhtar's phone number, a guided walk, the date bookings open, a
band's rehearsal night, the last run of a bus), and story sentences that mention furniture words in ordinary reporting
("Cookies, sandwiches and a crate of apples" opening a story, a café's monthly newsletter, customers keeping their
subscription going with another newsagent closing a story, "contactar con el servicio de atención al ciudadano"
closing a Spanish one, the Russian bus conductor's passengers paying by phone, a call to the search team closing a
Russian memorial story), some at the start or end of the story where furniture usually sits.  Two pages carry no
residue at all and one only its correction line.
One page layout is new (mediawiki: a community-run local news wiki on MediaWiki 1.41 with the Vector 2022 skin, as an
English village wiki and a Russian village wiki serve an article to a reader who is not logged in, on two pages): the
head with the load.php?modules=... stylesheet links, the RLCONF / RLSTATE / RLPAGEMODULES inline script, the
user.options RLQ script and the async startup module, the generator meta, the alternate / search / EditURI /
canonical / licence links; the mw-jump-link, the vector-header with the main-menu dropdown (the Navigation portlet --
Main page, Recent changes, Random page, Help -- and the wiki's own portlet), the logo with its wordmark and tagline,
the Codex search box and the personal tools ("Create account", "Log in") with the logged-out user-links dropdown; the
siteNotice (holding the CookieWarning banner on the English wiki), the sidebar table of contents (the story's headings
again, before the story), the firstHeading, the page tabs (Article, Talk, Read, Edit, Edit source, View history) and
the vector-page-tools (Actions, General: What links here, Related changes, Special pages, Printable version,
Permanent link, Page information); siteSub ("From <wiki>"), contentSub, and mw-content-text / mw-parser-output
holding the story as the parser writes wikitext: the dateline template with the date and the user who wrote it up, a
right-floated infobox with the picture and the event's facts (English) or a figure typeof="mw:File/Thumb" with its
figcaption (Russian), <p> paragraphs closed after a newline, h2 in div.mw-heading with the mw-editsection "[edit |
edit source]" links, wiki lists, blockquotes, '''bold''' as <b> and ''italic'' as <i>, sup.reference marks, then the
"Related news" list, the "Sources" heading with ol.references (the references are not story text, as in
make_heldout58.py's footnotes), the "Share this:" template, the navbox table with its v / t / e navbar, the NewPP limit
report and transclusion comments; the printfooter ("Retrieved from ..."), the catlinks "Categories:" box, the footer
with footer-info (last edited, licence), footer-places (Privacy policy, About, Disclaimers, Mobile view) and the footer
icons, and the closing RLQ script with the parse report.  MediaWiki's own messages and the generic template headings
(MW_CORE, per language) are left as the software ships them and not checked; the wikis' own strings (MW: tagline, the
wiki's portlet, the dateline's words, the licence name, the about link, the cookie notice, the navbox title and
groups, the infobox) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h57 or h58 gave it (9 English pages, 3 in each other language: English on wordpress, amp, table,
semantic, storybody, ghost, gutenberg and sanity; Turkish on cms, hugo and ucoz; German on typo3, chunks and
legacy-br; French on fusion, drupal and medium; Spanish on nextjs, regional and portal; Russian on magazine and
quintype); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout58.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h59_en import ARTICLES as H59_EN  # noqa: E402
from articles_h59_intl import ARTICLES as H59_INTL  # noqa: E402

ARTICLES = H59_EN + H59_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58)
# parts whose layouts' languages this part avoids (the two before it; h60 is written at the same time)
LANG_PARTS = (mp57, mp58)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h59"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Hartsgrove & Coldridge Echo", "Ashcombe Evening Lantern", "Wealdon Valley Mercury", "Abbot's Park & Priory Gazette",
           "Wendle Riverside Times", "Market Lane Weekly Post", "Kilnsey Cross Parish Herald", "Cotton Street Chronicle & Star"],
    "tr": ["Çınarlı Gündem Gazetesi", "Esentepe Haber Kulesi"],
    "de": ["Oberrieder Talbote", "Brenninger Kreisblatt", "Lindenhaller Abendzeitung"],
    "fr": ["Le Petit Montjoyeusain"],
    "es": ["Valdeolmos al Día, edición digital", "Gaceta del Barrio de San Roque", "Heraldo de Fuentelcerro"],
    "ru": ["Сежинская правда", "Верхнекамский вестник недели"],
}
# sites fixed per page (the two MediaWiki community wikis, a commune on Drupal, a village on uCoz, an independent
# publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h58 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The video player stays blank until you accept its maker's cookies", "Switch on functional cookies to see the live feed from the bandstand"],
        "tr": ["Video oynatıcı, yapımcısının çerezlerini kabul edene kadar boş kalıyor", "Çalgı köşkündeki canlı yayını görmek için işlevsel çerezleri açın"],
        "de": ["Der Videoplayer bleibt leer, bis Sie den Cookies seines Herstellers zustimmen", "Schalten Sie funktionale Cookies ein, um den Livestream vom Musikpavillon zu sehen"],
        "fr": ["Le lecteur vidéo reste vide tant que vous n'acceptez pas les cookies de son éditeur", "Activez les cookies fonctionnels pour voir le direct depuis le kiosque à musique"],
        "es": ["El reproductor de vídeo seguirá en blanco hasta que aceptes las cookies de su fabricante", "Activa las cookies funcionales para ver la emisión en directo desde el templete"],
        "ru": ["Видеоплеер останется пустым, пока вы не примете cookie его разработчика", "Включите функциональные cookie, чтобы смотреть трансляцию с летней эстрады"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Sunday Roast: the week in {site}, served with your coffee", "You've read your three free stories for this month — subscribe from £1 a week to carry on",
               "{site} runs on readers, not shareholders. A fiver a month keeps a reporter at the council meetings"],
        "tr": ["Pazar Sofrası: {site} ile haftanın özeti, kahvenizin yanında", "Bu ayın üç ücretsiz haberini okudunuz — devam etmek için haftalık 10 liradan abone olun",
               "{site} hissedarlarla değil okurlarla ayakta duruyor. Ayda 100 lira, meclis toplantılarında bir muhabir demek"],
        "de": ["Sonntagsbraten: die Woche in {site}, serviert zum Kaffee", "Sie haben Ihre drei freien Artikel in diesem Monat gelesen — ab 1 Euro pro Woche geht es weiter",
               "{site} lebt von Leserinnen und Lesern, nicht von Aktionären. Fünf Euro im Monat halten eine Reporterin im Stadtrat"],
        "fr": ["Le Pot-au-feu du dimanche : la semaine de {site}, servie avec votre café", "Vous avez lu vos trois articles gratuits du mois — abonnez-vous dès 1 euro par semaine pour continuer",
               "{site} vit de ses lecteurs, pas d'actionnaires. Cinq euros par mois, c'est un journaliste au conseil municipal"],
        "es": ["El Cocido del domingo: la semana de {site}, servida con tu café", "Ya has leído tus tres noticias gratis de este mes — suscríbete desde 1 euro a la semana para seguir",
               "{site} vive de sus lectores, no de accionistas. Cinco euros al mes pagan a un periodista en los plenos"],
        "ru": ["«Воскресный пирог»: неделя «{site}» к вашему утреннему кофе", "Вы прочитали три бесплатных материала в этом месяце — подписка от 50 рублей в неделю, чтобы читать дальше",
               "«{site}» держится на читателях, а не на акционерах. 300 рублей в месяц — это корреспондент на сессиях думы"],
    },
    "share": {
        "en": ["Pass it along: Messenger · WhatsApp · Bluesky · Copy link", "Know someone on this street — this one's for them"],
        "tr": ["Paylaşın: Messenger · WhatsApp · Bluesky · Bağlantıyı kopyala", "Bu sokakta tanıdığınız varsa bu haber onun için"],
        "de": ["Weitersagen: Messenger · WhatsApp · Bluesky · Link kopieren", "Sie kennen jemanden aus dieser Straße — der Artikel ist für ihn"],
        "fr": ["Faites circuler : Messenger · WhatsApp · Bluesky · Copier le lien", "Vous connaissez quelqu'un dans cette rue — cet article est pour lui"],
        "es": ["Hazlo correr: Messenger · WhatsApp · Bluesky · Copiar enlace", "Si conoces a alguien de esta calle, esta noticia es para él"],
        "ru": ["Передайте дальше: Telegram · WhatsApp · ВКонтакте · Скопировать ссылку", "Знаете кого-то с этой улицы — этот материал для него"],
    },
    "photo": {
        "en": ["Picture lent to us by a reader who was there", "Photograph: {site} picture desk, used with permission"],
        "tr": ["Fotoğrafı orada bulunan bir okurumuz ödünç verdi", "Fotoğraf: {site} foto masası, izinle kullanılmıştır"],
        "de": ["Das Foto hat uns ein Leser geliehen, der dabei war", "Foto: Bildredaktion von {site}, mit Genehmigung verwendet"],
        "fr": ["Photo prêtée par un lecteur qui était sur place", "Photographie : service photo de {site}, reproduite avec autorisation"],
        "es": ["Foto prestada por un lector que estuvo allí", "Fotografía: mesa de fotografía de {site}, usada con permiso"],
        "ru": ["Снимок нам одолжил читатель, который был на месте", "Фото: фотослужба «{site}», публикуется с разрешения"],
    },
    "copyright": {
        "en": ["All words and pictures belong to {site}; ask the editor before lifting any of them for a parish magazine, a leaflet or another website."],
        "tr": ["Tüm yazılar ve fotoğraflar {site}'e aittir; bir dergi, broşür ya da başka bir sitede kullanmadan önce editöre sorun."],
        "de": ["Alle Texte und Bilder gehören {site}; fragen Sie die Redaktion, bevor Sie etwas davon für Gemeindeblatt, Flugblatt oder eine andere Website übernehmen."],
        "fr": ["Tous les textes et images appartiennent à {site} ; demandez à la rédaction avant d'en reprendre pour un bulletin paroissial, un tract ou un autre site."],
        "es": ["Todos los textos e imágenes son de {site}; pregunta a la dirección antes de usarlos en una hoja parroquial, un folleto u otra web."],
        "ru": ["Все тексты и снимки принадлежат «{site}»; прежде чем взять что-то для приходского листка, листовки или другого сайта, спросите редактора."],
    },
    "section": {
        "en": ["Everything filed under {section}", "{section} · newest at the top ›"],
        "tr": ["{section} başlığındaki her şey", "{section} · en yenisi en üstte ›"],
        "de": ["Alles aus der Rubrik {section}", "{section} · das Neueste oben ›"],
        "fr": ["Tout ce qui est classé dans {section}", "{section} · le plus récent en haut ›"],
        "es": ["Todo lo publicado en {section}", "{section} · lo más nuevo arriba ›"],
        "ru": ["Всё, что вышло в рубрике «{section}»", "{section} · свежее сверху ›"],
    },
    "related": {
        "en": ["Worth reading right alongside this one", "What we wrote before on this"],
        "tr": ["Bunun hemen yanında okunmaya değer", "Bu konuda daha önce yazdıklarımız"],
        "de": ["Lesenswert gleich daneben", "Was wir vorher darüber schrieben"],
        "fr": ["À lire juste à côté de celui-ci", "Ce que nous en avions écrit avant"],
        "es": ["Merece la pena leerla al lado de esta", "Lo que escribimos antes sobre esto"],
        "ru": ["Стоит прочитать рядом с этим", "Что мы успели написать об этом до сих пор"],
    },
    "symbol": {"*": ['✿ ✿ ✿', '❦ ❦ ❦ ❦', '⋄ ◆ ⋄ ◆ ⋄', '✧ · ✧ · ✧']},
    "credit": {
        "en": ["With help from the {site} evening desk", "Reporting shared with the county courts reporter"],
        "tr": ["{site} akşam masasının katkısıyla", "Habere adliye muhabirimiz de katkı verdi"],
        "de": ["Mit Unterstützung des Spätdienstes von {site}", "Mitarbeit: unser Gerichtsreporter im Landkreis"],
        "fr": ["Avec l'aide de l'équipe du soir de {site}", "Avec le concours de notre correspondant au tribunal"],
        "es": ["Con la ayuda del turno de noche de {site}", "Con la colaboración de nuestro cronista de tribunales"],
        "ru": ["При помощи вечерней смены «{site}»", "В подготовке участвовал наш судебный корреспондент"],
    },
    "ad": {
        "en": ["Sponsored · the report carries on below", "Adverts here pay for the {site} reporters"],
        "tr": ["Sponsor desteğiyle · haberimiz hemen aşağıda sürüyor", "Buradaki reklamlar {site} muhabirlerinin maaşını ödüyor"],
        "de": ["Gesponsert · der Bericht geht unten weiter", "Die Anzeigen hier bezahlen die Reporter von {site}"],
        "fr": ["Sponsorisé · la suite de l'article est plus bas", "Les annonces ici paient les journalistes de {site}"],
        "es": ["Patrocinado · la noticia continúa abajo", "Los anuncios de aquí pagan a los periodistas de {site}"],
        "ru": ["Спонсорский блок · материал продолжается ниже", "Эта реклама оплачивает работу корреспондентов «{site}»"],
    },
    "continue": {
        "en": ["Tap here for the other half of the story", "Open up the full report ↓"],
        "tr": ["Haberin öbür yarısı için buraya dokunun", "Haberin tamamını açın ↓"],
        "de": ["Hier tippen für die zweite Hälfte des Berichts", "Den ganzen Bericht aufklappen ↓"],
        "fr": ["Touchez ici pour l'autre moitié de l'histoire", "Déplier tout le reportage ↓"],
        "es": ["Toca aquí para la otra mitad de la historia", "Desplegar la información completa ↓"],
        "ru": ["Нажмите здесь, чтобы открыть вторую половину истории", "Развернуть материал целиком ↓"],
    },
    "comments": {
        "en": ["{n} comments so far — pull up a chair", "Read all {n} replies from the neighbours ›"],
        "tr": ["Şimdiye kadar {n} yorum — siz de bir sandalye çekin", "Komşulardan gelen {n} yanıtın hepsini okuyun ›"],
        "de": ["Bisher {n} Kommentare — setzen Sie sich dazu", "Alle {n} Antworten aus der Nachbarschaft lesen ›"],
        "fr": ["{n} commentaires pour l'instant — approchez une chaise", "Lire les {n} réponses des voisins ›"],
        "es": ["{n} comentarios hasta ahora — acerca una silla", "Lee las {n} respuestas de los vecinos ›"],
        "ru": ["Уже {n} комментариев — присаживайтесь к разговору", "Прочитать все {n} ответов соседей ›"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes from top to bottom", "{m}-minute read · good for a bus journey"],
        "tr": ["Baştan sona aşağı yukarı {m} dakika", "{m} dakikalık okuma · bir otobüs yolculuğuna yeter"],
        "de": ["Von oben bis unten ungefähr {m} Minuten", "{m} Minuten Lesezeit · reicht für eine Busfahrt"],
        "fr": ["De haut en bas, à peu près {m} minutes", "{m} minutes de lecture · le temps d'un trajet en bus"],
        "es": ["De arriba abajo, más o menos {m} minutos", "{m} minutos de lectura · lo que dura un viaje en bus"],
        "ru": ["Сверху донизу — примерно {m} минуты", "{m} минуты чтения · как раз на поездку в автобусе"],
    },
    "updated": {
        "en": ["Changed since it first went up: {d}, {t}", "Went online {d} · touched up at {t}"],
        "tr": ["İlk yayından bu yana değişti: {d}, {t}", "Yayına girdi: {d} · rötuş: {t}"],
        "de": ["Seit der ersten Fassung geändert: {d}, {t} Uhr", "Online gegangen am {d} · nachgebessert um {t} Uhr"],
        "fr": ["Modifié depuis sa mise en ligne : {d}, {t}", "En ligne le {d} · retouché à {t}"],
        "es": ["Cambiada desde que se colgó: {d}, {t}", "Subida el {d} · retocada a las {t}"],
        "ru": ["Изменено после первой публикации: {d}, {t}", "Вышло в сеть {d} · подправлено в {t}"],
    },
    "audio": {
        "en": ["▶ Put your feet up and have this one read to you ({m} min)", "An audio version of this report is ready to play"],
        "tr": ["▶ Ayaklarınızı uzatın, bu haberi size okuyalım ({m} dk)", "Bu haberin sesli sürümü dinlemeye hazır"],
        "de": ["▶ Füße hoch und diesen Bericht vorlesen lassen ({m} Min.)", "Eine Hörfassung dieses Berichts steht bereit"],
        "fr": ["▶ Installez-vous et laissez-vous lire ce reportage ({m} min)", "Une version audio de ce reportage est prête à être écoutée"],
        "es": ["▶ Escucha esta noticia leída en voz alta ({m} min)", "Hay una versión en audio de esta información lista para escuchar"],
        "ru": ["▶ Прослушать этот материал вслух ({m} мин)", "Аудиоверсия материала готова к прослушиванию"],
    },
    "app": {
        "en": ["The whole of {site}, in your pocket: get the app", "Continue in the app ›"],
        "tr": ["{site} baştan sona cebinizde: uygulamayı edinin", "Uygulamada devam edin ›"],
        "de": ["Lokalnachrichten für die Hosentasche: die App von {site} laden", "In der App weiterlesen ›"],
        "fr": ["L'info locale dans la poche : téléchargez l'appli {site}", "Continuer dans l'appli ›"],
        "es": ["Noticias locales en el bolsillo: descarga la app de {site}", "Sigue en la app ›"],
        "ru": ["Весь «{site}» у вас в кармане: поставьте приложение", "Продолжить в приложении ›"],
    },
    "bio": {
        "en": ["{by} has covered {section} for {site} since leaving journalism college and still does the Saturday shift.", "The {by} archive, newest first ›"],
        "tr": ["{by}, gazetecilik okulundan beri {site} için {section} haberlerini izliyor ve cumartesi nöbetini hâlâ tutuyor.", "{by} arşivi, en yenisi başta ›"],
        "de": ["{by} berichtet seit der Journalistenschule für {site} über {section} und übernimmt noch immer den Samstagsdienst.", "Das Archiv von {by}, das Neueste zuerst ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis l'école de journalisme et assure toujours la permanence du samedi.", "Les archives de {by}, les plus récentes d'abord ›"],
        "es": ["{by} cubre {section} para {site} desde que salió de la facultad y aún hace la guardia de los sábados.", "El archivo de {by}, lo más reciente primero ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» со времён журфака и до сих пор дежурит по субботам.", "Архив автора, свежее сверху ›"],
    },
    "tip": {
        "en": ["Know something we don't — email tips@ourpatch.example in confidence", "WhatsApp the newsdesk on 07700 900 318"],
        "tr": ["Bizim bilmediğimiz bir şey mi biliyorsunuz — ihbar@bizimsemt.example adresine gizlilik içinde yazın", "Haber masasına WhatsApp'tan yazın: 0544 900 03 18"],
        "de": ["Sie wissen etwas, das wir nicht wissen — schreiben Sie vertraulich an hinweise@unser-kreis.example", "Per WhatsApp an die Redaktion: 0170 900 318"],
        "fr": ["Vous savez quelque chose que nous ignorons — écrivez en toute confidentialité à tuyaux@notrecanton.example", "La rédaction sur WhatsApp : 07 00 90 03 18"],
        "es": ["Si sabes algo que a nosotros se nos escapa, escribe con total discreción a pistas@nuestracomarca.example", "Escribe a la redacción por WhatsApp: 622 900 318"],
        "ru": ["Знаете то, чего не знаем мы, — пишите конфиденциально на tips@nash-kray.example", "Пишите в редакцию в WhatsApp: +7 900 000-03-18"],
    },
    "typo": {
        "en": ["Put your cursor over a mistake, select it and press Ctrl+Enter: the subs get a note straight away"],
        "tr": ["Gözünüze takılan hatayı seçip Ctrl+Enter'a basın: editörlere hemen not düşülür"],
        "de": ["Fehler markieren und Strg+Enter drücken: die Korrektur bekommt sofort eine Notiz"],
        "fr": ["Sélectionnez la coquille et appuyez sur Ctrl+Entrée : les correcteurs reçoivent aussitôt un mot"],
        "es": ["Selecciona la errata y pulsa Ctrl+Intro: a los correctores les llega una nota al momento"],
        "ru": ["Выделите опечатку и нажмите Ctrl+Enter: корректоры сразу получат записку"],
    },
    "push": {
        "en": ["Be first to know when news breaks near you — switch on {site} notifications: Yes please · Maybe later"],
        "tr": ["Yakınınızda bir haber olduğunda ilk siz öğrenin — {site} bildirimlerini açın: Evet, lütfen · Belki sonra"],
        "de": ["Erfahren Sie als Erste, wenn in Ihrer Nähe etwas passiert — Benachrichtigungen von {site} einschalten: Ja, bitte · Vielleicht später"],
        "fr": ["Soyez le premier informé quand l'actualité tombe près de chez vous — activez les notifications de {site} : Oui, volontiers · Plus tard peut-être"],
        "es": ["Entérate antes que nadie cuando haya noticias cerca — activa las notificaciones de {site}: Sí, por favor · Quizá luego"],
        "ru": ["Узнавайте первыми о новостях рядом с вами — включите уведомления «{site}»: Да, пожалуйста · Может быть, позже"],
    },
    "print": {
        "en": ["Print it out · Keep it as a PDF · Email it on", "Get a clean copy for printing"],
        "tr": ["Bu sayfayı yazdır · PDF indir · E-postayla gönder", "Yazdırmak için sade bir kopya alın"],
        "de": ["Seite drucken · PDF herunterladen · Per Mail senden", "Eine saubere Druckfassung holen"],
        "fr": ["L'imprimer · Le garder en PDF · Le faire suivre par courriel", "Obtenir une copie propre à imprimer"],
        "es": ["Imprimir la página · Descargar PDF · Enviar por correo", "Consigue una copia limpia para imprimir"],
        "ru": ["Распечатать · Сохранить себе в PDF · Переслать письмом", "Получить чистую копию для печати"],
    },
    "feedback": {
        "en": ["Was this report useful to you: Very · A little · Not at all"],
        "tr": ["Bu haber işinize yaradı mı: Çok · Biraz · Hiç"],
        "de": ["War dieser Bericht nützlich für Sie: Sehr · Ein wenig · Gar nicht"],
        "fr": ["Cet article vous a-t-il été utile : Beaucoup · Un peu · Pas du tout"],
        "es": ["¿Te ha resultado útil esta información?: Mucho · Un poco · Nada"],
        "ru": ["Был ли вам полезен этот материал: Очень · Немного · Совсем нет"],
    },
    "standards": {
        "en": ["{site} answers to IPSO, the press regulator. If you think we have got something wrong, our complaints procedure explains what to do."],
        "tr": ["{site}, Basın Ahlak Esasları'na bağlı kalmayı taahhüt etmiştir. Bir hata yaptığımızı düşünüyorsanız şikâyet yolu sayfamızda anlatılıyor."],
        "de": ["{site} hat sich dem Presserat verpflichtet. Wenn Sie glauben, dass wir etwas falsch dargestellt haben, erklärt unser Beschwerdeweg das Vorgehen."],
        "fr": ["{site} a choisi de rendre des comptes au Conseil de déontologie journalistique et de médiation. Si vous pensez que nous nous sommes trompés, notre procédure de réclamation explique la marche à suivre."],
        "es": ["{site} está adherido a la Comisión de Quejas de la prensa. Si crees que nos hemos equivocado, nuestro procedimiento de reclamaciones explica qué hacer."],
        "ru": ["«{site}» соблюдает кодекс Общественной коллегии по жалобам на прессу. Если вы считаете, что мы ошиблись, порядок подачи жалобы описан отдельно."],
    },
    "topics": {
        "en": ["Tagged: {section} · parish news · council", "Ping me when {section} has something new ›"],
        "tr": ["Etiketler: {section} · mahalle haberleri · belediye", "{section} başlığında yeni bir şey çıkınca bana haber ver ›"],
        "de": ["Verschlagwortet: {section} · Ortsgeschehen · Gemeinderat", "Melden, wenn es in {section} Neues gibt ›"],
        "fr": ["Étiquettes : {section} · vie du quartier · conseil municipal", "Me prévenir quand {section} publie du neuf ›"],
        "es": ["Etiquetas: {section} · vida de barrio · pleno", "Avísame cuando {section} publique algo nuevo ›"],
        "ru": ["Метки: {section} · жизнь района · депутаты", "Сообщать мне, когда в рубрике «{section}» появится новое ›"],
    },
    "bookmark": {
        "en": ["☆ Keep this for later"],
        "tr": ["☆ Bunu sonraya saklayın"],
        "de": ["☆ Für den Feierabend zurücklegen"],
        "fr": ["☆ Garder pour plus tard"],
        "es": ["☆ Guárdalo para luego"],
        "ru": ["☆ Сохранить на потом"],
    },
    "poll": {
        "en": ["Have your say, was the council right: Yes · No · Not sure", "What your neighbours said shows up once you've voted"],
        "tr": ["Siz ne dersiniz, belediye doğru mu yaptı: Evet · Hayır · Emin değilim", "Komşularınızın ne dediği, siz oyunuzu verince açılıyor"],
        "de": ["Ihre Meinung, hat die Verwaltung richtig entschieden: Ja · Nein · Weiß nicht", "Was Ihre Nachbarn gesagt haben, sehen Sie nach Ihrer Stimme"],
        "fr": ["À vous de voter, la mairie a-t-elle eu raison : Oui · Non · Je ne sais pas", "Ce qu'ont répondu vos voisins s'affiche une fois votre vote donné"],
        "es": ["Opina, ¿ha acertado el Ayuntamiento?: Sí · No · No lo sé", "Lo que han dicho tus vecinos aparece cuando votas"],
        "ru": ["Ваше мнение, правильно ли поступила администрация: Да · Нет · Не знаю", "Что ответили соседи, станет видно, когда проголосуете вы"],
    },
    "embed": {
        "en": ["The picture {handle} posted, over on Instagram", "The clip {handle} filmed on the day, over on YouTube"],
        "tr": ["{handle} hesabının paylaştığı fotoğraf Instagram'da", "{handle} hesabının o gün çektiği video YouTube'da"],
        "de": ["Das Bild, das {handle} gepostet hat, drüben auf Instagram", "Der Clip, den {handle} am Tag gedreht hat, drüben auf YouTube"],
        "fr": ["La photo publiée par {handle}, à voir sur Instagram", "La vidéo tournée ce jour-là par {handle}, à voir sur YouTube"],
        "es": ["La foto que colgó {handle}, en Instagram", "El vídeo que grabó {handle} ese día, en YouTube"],
        "ru": ["Снимок, который выложил {handle}, — в Instagram", "Ролик, снятый {handle} в тот день, — на YouTube"],
    },
    "gallery": {
        "en": ["🖼 {g} more pictures from the day", "Open the photo gallery ({g}) ›"],
        "tr": ["🖼 O günden {g} fotoğraf daha", "Fotoğraf galerisini açın ({g}) ›"],
        "de": ["🖼 {g} weitere Bilder vom Tag", "Bildergalerie öffnen ({g}) ›"],
        "fr": ["🖼 {g} autres images de la journée", "Ouvrir la galerie photos ({g}) ›"],
        "es": ["🖼 {g} imágenes más de la jornada", "Abrir la galería de fotos ({g}) ›"],
        "ru": ["🖼 Ещё {g} снимков этого дня", "Открыть фотогалерею ({g}) ›"],
    },
    "map": {
        "en": ["Blow the map up to fill your screen", "Map data © OpenStreetMap · Route planner ›"],
        "tr": ["Haritayı büyütüp tüm ekrana yayın", "Harita verisi © OpenStreetMap · Rota planla ›"],
        "de": ["Karte auf den ganzen Bildschirm ziehen", "Kartendaten © OpenStreetMap · Routenplaner ›"],
        "fr": ["Agrandir la carte à tout l'écran", "Données cartographiques © OpenStreetMap · Calcul d'itinéraire ›"],
        "es": ["Agranda el mapa hasta llenar la pantalla", "Datos del mapa © OpenStreetMap · Planificar ruta ›"],
        "ru": ["Растянуть карту на весь экран", "Данные карты © OpenStreetMap · Проложить маршрут ›"],
    },
    "calendar": {
        "en": ["Pop the date in your diary: Google Calendar · Apple Calendar · Outlook.com", "Text me a reminder the evening before"],
        "tr": ["Tarihi ajandanıza yazın: Google Takvim · Apple Takvim · Outlook.com", "Bir akşam önceden bana mesajla hatırlat"],
        "de": ["Den Termin eintragen: Google Kalender · Apple Kalender · Outlook.com", "Mich am Vorabend per SMS erinnern"],
        "fr": ["Notez la date : Google Agenda · Calendrier Apple · Outlook.com", "M'envoyer un SMS de rappel la veille au soir"],
        "es": ["Apunta la fecha: Google Calendar · Calendario de Apple · Outlook.com", "Mándame un SMS de aviso la tarde anterior"],
        "ru": ["Отметить дату: Google Календарь · Календарь Apple · Outlook.com", "Прислать мне SMS-напоминание вечером накануне"],
    },
    "scores": {
        "en": ["All the weekend's local results in one place ›", "Fixtures · Results · League tables · Scorers"],
        "tr": ["Hafta sonunun tüm yerel sonuçları tek yerde ›", "Fikstür · Sonuçlar · Puan durumu · Golcüler"],
        "de": ["Alle Ergebnisse des Wochenendes aus der Region ›", "Spielplan · Ergebnisse · Tabellen · Torschützen"],
        "fr": ["Tous les résultats locaux du week-end au même endroit ›", "Calendrier · Résultats · Classements · Buteurs"],
        "es": ["Todos los resultados locales del fin de semana en un sitio ›", "Calendario · Resultados · Clasificaciones · Goleadores"],
        "ru": ["Все местные результаты выходных в одном месте ›", "Календарь · Результаты · Таблицы · Бомбардиры"],
    },
    "correction": {
        "en": ["Amended: a detail in this story was wrong when first published and has been corrected."],
        "tr": ["Düzeltildi: Bu haberdeki bir ayrıntı ilk yayımlandığında yanlıştı ve düzeltildi."],
        "de": ["Geändert: Ein Detail dieses Artikels war bei Erscheinen falsch und wurde korrigiert."],
        "fr": ["Modifié : un détail de cet article était erroné lors de sa première publication et a été rectifié."],
        "es": ["Modificada: un dato de esta noticia era erróneo al publicarse y se ha corregido."],
        "ru": ["Изменено: одна деталь в материале при первой публикации была неверной, теперь она исправлена."],
    },
    # the three families new in this part
    "recyclecentre": {  # household-recycling-centre widgets: the book-a-slot form, the hours by site, what you can take, the van permit link
        "en": ["Book a slot at a recycling centre", "Recycling centre opening hours",
               "What you can take to the tip", "Apply for a van or trailer permit ›"],
        "tr": ["Atık getirme merkezinden randevu alın", "Atık getirme merkezlerinin çalışma saatleri",
               "Merkeze hangi atıkları getirebilirsiniz", "Kamyonet ve römork için izin belgesi alın ›"],
        "de": ["Termin am Wertstoffhof buchen", "Öffnungszeiten der Wertstoffhöfe",
               "Was Sie am Wertstoffhof abgeben können", "Anmeldung für Transporter und Anhänger ›"],
        "fr": ["Réserver un créneau en déchèterie", "Horaires des déchèteries",
               "Ce que vous pouvez déposer en déchèterie", "Demander un badge pour véhicule utilitaire ou remorque ›"],
        "es": ["Pide cita en el punto limpio", "Horario de los puntos limpios",
               "Qué puedes llevar al punto limpio", "Solicita la autorización para furgonetas y remolques ›"],
        "ru": ["Записаться на приём отходов в экопункт", "Часы работы экопунктов",
               "Что принимают в экопункте", "Оформить пропуск для фургона или прицепа ›"],
    },
    "leisurebook": {  # leisure-centre booking widgets: the next free courts as a table, the book button, the membership card, the leisure-card line
        "en": ["Next available courts and pitches", "Book a court",
               "Membership prices", "Leisure card holders save 30% on every booking"],
        "tr": ["Sıradaki boş saha ve kortlar", "Saha kirala",
               "Üyelik ücretleri", "Spor kartı sahipleri her rezervasyonda yüzde 30 indirim alır"],
        "de": ["Nächste freie Plätze und Bahnen", "Platz buchen",
               "Mitgliedsbeiträge", "Mit dem Freizeitpass sparen Sie bei jeder Buchung 30 Prozent"],
        "fr": ["Prochains créneaux libres", "Réserver un court",
               "Tarifs des abonnements", "Les titulaires de la carte loisirs économisent 30 % sur chaque réservation"],
        "es": ["Próximas pistas libres", "Reserva pista",
               "Precios de los abonos", "Con la tarjeta deportiva municipal ahorras un 30 % en cada reserva"],
        "ru": ["Ближайшие свободные корты и площадки", "Забронировать корт",
               "Стоимость абонементов", "Владельцы карты горожанина экономят 30% на каждом бронировании"],
    },
    "bereavement": {  # bereavement-services panels: the gates' opening times, the burial-records search, the memorial link, the office card
        "en": ["Cemetery gates: opening times", "Search burial records",
               "Apply for a memorial bench or plaque ›", "Bereavement services office"],
        "tr": ["Mezarlık kapıları: açılış saatleri", "Defin kayıtlarında arama",
               "Anı bankı veya plaket başvurusu ›", "Mezarlıklar Müdürlüğü iletişim"],
        "de": ["Friedhofstore: Öffnungszeiten", "Grabstellen und Beisetzungen suchen",
               "Gedenkbank oder Gedenktafel beantragen ›", "Friedhofsverwaltung"],
        "fr": ["Horaires d'ouverture des portes du cimetière", "Rechercher une sépulture",
               "Demander un banc ou une plaque commémorative ›", "Service des cimetières"],
        "es": ["Horario de apertura del cementerio", "Buscar en el registro de enterramientos",
               "Solicita un banco o una placa en memoria ›", "Oficina de servicios funerarios municipales"],
        "ru": ["Часы работы кладбища", "Поиск в книге захоронений",
               "Подать заявку на памятную скамью или табличку ›", "Служба городских кладбищ"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"recyclecentre": [0, 1, 2, 3], "leisurebook": [0, 1, 2, 3], "bereavement": [0, 1, 2, 3]}
# the recycling centres of the booking form's select and the hours table: site, weekday hours, weekend hours
TIP_SITES_ROWS = {
    "en": [("Hartsgrove, Quarry Lane", "8am–4pm (shut on Tuesdays)", "8am–5pm"), ("Coldridge, Station Yard", "9am–4pm (Wednesdays till 6pm)", "Saturday mornings, 9am–1pm"), ("Pennick Moor", "Thursday and Friday, 10am–4pm", "10am–4pm, weekends")],
    "tr": [("Esentepe Atık Getirme Merkezi", "08.00–17.00 (öğle arası yok)", "09.00–15.00, yalnız cumartesi"), ("Sanayi Sitesi Noktası", "09.00–18.00, pazartesi hariç", "Hafta sonu hizmet yok"), ("Yeşilyurt Mobil Nokta", "Salı ve Cuma 10.00–16.00", "Hafta sonu gelmiyor")],
    "de": [("Brenningen, Auenstraße", "Di–Fr 13–18 Uhr", "Sa 8–14 Uhr"), ("Kaltenbach, Entsorgungszentrum", "Mo–Fr 7.30–16.30 Uhr", "Sa 8–12 Uhr"), ("Hirschau, Bauhof", "Mi 15–18 Uhr", "Sa 9–12 Uhr")],
    "fr": [("Déchèterie des Combes", "9 h – 12 h, 14 h – 18 h", "Samedi 9 h – 18 h"), ("Déchèterie de Puech-Haut", "Mardi et jeudi 14 h – 18 h", "Samedi 9 h – 12 h")],
    "es": [("Punto limpio de Los Arenales", "10:00–14:00 y 16:00–19:00", "Sábado 9:00–19:00, domingo 9:00–14:00"), ("Punto limpio móvil, plaza del Pósito", "Jueves 9:00–13:00", "Sin servicio el fin de semana"), ("Ecoparque comarcal de La Vega", "8:00–15:00 de lunes a viernes", "Sábados 9:00–13:00")],
    "ru": [("Экопункт на Промышленной, 4", "вт–пт 10:00–19:00", "сб 10:00–16:00"), ("Экопункт у рынка «Заречный»", "ср, пт 12:00–18:00", "в выходные закрыт"), ("Передвижной экопункт", "по графику в микрорайонах", "по графику, уточняйте")],
}
# what you can take: one item a line
TIP_ACCEPTS = {
    "en": ["Garden waste and turf", "Fridges, freezers and small electricals", "Mattresses and furniture", "Plasterboard (charge applies)", "Paint, oil and car batteries"],
    "tr": ["Bahçe ve budama atıkları", "Buzdolabı, çamaşır makinesi ve küçük ev aletleri", "Eski mobilya ve yatak", "Atık bitkisel yağ", "Pil ve floresan lamba"],
    "de": ["Grüngut und Baumschnitt", "Kühlgeräte und Elektrokleingeräte", "Altholz und Möbel", "Bauschutt bis 0,5 m³ (gebührenpflichtig)", "Farben, Lacke und Altöl"],
    "fr": ["Déchets verts et tontes", "Électroménager et petits appareils", "Meubles et matelas", "Gravats (1 m³ par semaine)", "Huiles de vidange et pots de peinture"],
    "es": ["Restos de poda y jardín", "Electrodomésticos grandes y pequeños", "Muebles y colchones", "Escombros de obra menor (hasta 100 kg)", "Aceite de cocina usado y pilas"],
    "ru": ["Старая бытовая техника", "Макулатура и картон", "Пластик и стекло", "Батарейки и ртутные лампы", "Шины (не более четырёх)"],
}
# the next free courts / pitches: what, when, price
LEISURE_SLOTS = {
    "en": [("Court 2 (floodlit)", "Today 18:00", "£6.00"), ("Court 5, Priory Road end", "Today 19:30", "£6.00"), ("Court 1 by the pavilion", "Tomorrow 07:00", "£4.00")],
    "tr": [("2 No'lu halı saha", "Bugün 23.00", "1.150 TL"), ("Tenis kortu A", "Yarın 08.00", "300 TL"), ("Basketbol sahası", "Yarın 10.00", "Spor kartıyla bedava")],
    "de": [("Platz 3", "Heute 17:00", "14 €"), ("Platz 1 (Halle)", "Morgen 09:00", "20 €"), ("Kleinfeld B", "Morgen 18:30", "23 €")],
    "fr": [("Court couvert n° 2", "Aujourd'hui 20 h", "16 €"), ("Court extérieur n° 4", "Demain 10 h", "8 €"), ("Court couvert n° 1", "Demain 12 h", "12 €")],
    "es": [("Pista de pádel 3", "Hoy 21:00", "8 €"), ("Pista de pádel 1", "Mañana 17:30", "8 €"), ("Pista de tenis", "Mañana 19:00", "6 €")],
    "ru": [("Корт № 2", "Сегодня 20:00", "900 ₽"), ("Мини-футбольное поле", "Завтра 08:00", "1500 ₽"), ("Волейбольная площадка", "Завтра 18:00", "бесплатно")],
}
# the membership card: plan, price
LEISURE_PRICES = {
    "en": [("Adult, monthly", "£24"), ("Junior (under 18)", "£9"), ("Over-60s", "£15.50"), ("Family", "£49")],
    "tr": [("Yetişkin, aylık", "450 TL"), ("Öğrenci", "200 TL"), ("65 yaş üstü", "Aidat alınmıyor")],
    "de": [("Erwachsene, Jahr", "96 €"), ("Jugendliche", "40 €"), ("Familien", "150 €")],
    "fr": [("Adulte, annuel", "120 €"), ("Moins de 18 ans", "46 €"), ("Étudiant", "60 €"), ("Famille", "210 €")],
    "es": [("Abono adulto, mensual", "22 €"), ("Abono joven (14–25)", "12 €"), ("Mayores de 65", "8 €"), ("Abono familiar", "38 €")],
    "ru": [("Взрослый, месяц", "2500 ₽"), ("Школьник", "1000 ₽"), ("Пенсионер", "800 ₽")],
}
# the cemetery gates: season, hours
GATE_HOURS = {
    "en": [("April to September", "8am until dusk"), ("October to March", "8am–4.30pm"), ("Christmas Day", "10am–2pm")],
    "tr": [("Nisan–Eylül", "07.00–20.00"), ("Ekim–Mart", "08.00–17.00"), ("Bayram arifesi ve bayram günleri", "06.00–20.00")],
    "de": [("März bis Oktober", "7–20 Uhr"), ("November bis Februar", "8–17 Uhr"), ("Allerheiligen", "7–21 Uhr")],
    "fr": [("Du 1er avril au 30 septembre", "8 h – 20 h"), ("Du 1er octobre au 31 mars", "8 h 30 – 17 h 30"), ("Toussaint", "8 h – 19 h")],
    "es": [("De marzo a octubre", "8:00 – 20:00"), ("De noviembre a febrero", "8:30 – 18:00"), ("Día de Todos los Santos", "8:00 – 21:00")],
    "ru": [("С апреля по октябрь", "8:00–20:00"), ("С ноября по март", "9:00–17:00"), ("Родительский день", "7:00–21:00")],
}
# the bereavement-services office: label, value
BEREAVE_OFFICE = {
    "en": [("Ring the cemetery lodge", "01632 960 271"), ("Lodge office open", "Mon–Fri 9am–4pm"), ("Find the lodge", "Cemetery Lodge, Ashcombe Road")],
    "tr": [("Mezarlık müdürlüğünü arayın", "0 (216) 900 27 10"), ("Müdürlük açık", "Hafta içi 08.00–16.30"), ("Müdürlüğün adresi", "Şehitlik Caddesi No: 3")],
    "de": [("Telefon der Friedhofsverwaltung", "07351 900 2710"), ("Sprechzeiten der Verwaltung", "Mo–Fr 8–12 Uhr, Do 14–17 Uhr"), ("So finden Sie uns", "Aussegnungshalle, Bergstraße 40")],
    "fr": [("Téléphone du service", "05 00 90 27 10"), ("Accueil du service", "Lundi au vendredi, 9 h – 11 h 45"), ("Adresse du service", "Mairie, place de la Halle")],
    "es": [("Teléfono de la oficina", "941 900 271"), ("Atención al público", "Lunes a viernes, 9:00 – 13:30"), ("Dónde está la oficina", "Camino del Cementerio, s/n")],
    "ru": [("Телефон службы кладбищ", "8 (34241) 9-02-71"), ("Часы приёма службы", "пн–пт 9:00–17:00"), ("Адрес службы", "Кладбищенская улица, дом 1")],
}
WIDGET_ROWS = (("tip sites", TIP_SITES_ROWS), ("tip accepts", TIP_ACCEPTS), ("leisure slots", LEISURE_SLOTS),
               ("leisure prices", LEISURE_PRICES), ("gate hours", GATE_HOURS), ("bereavement office", BEREAVE_OFFICE))


# headlines of the linked stories (related lists, sidebars, navboxes)
HEADLINES = {
    "en": ["Lollipop lady retires after 38 winters at the Chapel Road crossing", "Ferry to the island runs on time every day in March for the first time",
           "Scouts rebuild the boathouse they lost to the 2024 flood", "Bakery's queue reaches the church after a television mention",
           "Town band plays its 5,000th concert on the promenade", "Blue plaque for the nurse who ran the cottage hospital for forty years"],
    "tr": ["Çarşı camisinin kırk yıllık saati yeniden vurmaya başladı", "Köy yoluna ilk kez asfalt döküldü",
           "Halk eğitim merkezinde ebru kursu açıldı", "İskeleye yeni bekleme salonu yapıldı",
           "Mahallenin fırını elli yaşında", "Sahildeki eski iskele balıkçılara yeniden açıldı"],
    "de": ["Schülerlotsin hört nach 38 Wintern am Zebrastreifen auf", "Bäckerei-Schlange reicht nach Fernsehbericht bis zur Kirche",
           "Pfadfinder bauen das vom Hochwasser zerstörte Bootshaus neu", "Stadtkapelle gibt ihr 5000. Konzert an der Promenade",
           "Gedenktafel für die Gemeindeschwester des alten Spitals", "Seilbahn zum Hausberg fährt wieder im Halbstundentakt"],
    "fr": ["La dame du passage piéton prend sa retraite après 38 hivers", "La file de la boulangerie atteint l'église après un reportage télévisé",
           "Les scouts reconstruisent le hangar à bateaux emporté par la crue", "L'harmonie municipale donne son 5 000e concert sur la promenade",
           "Une plaque pour l'infirmière du petit hôpital du bourg", "Le bac de la Dordogne reprend du service"],
    "es": ["Se jubila la guardia del paso de cebra del colegio tras 38 inviernos", "La cola de la panadería llega a la iglesia tras salir en televisión",
           "Los scouts reconstruyen el cobertizo de barcas que se llevó la riada", "La banda municipal da su concierto 5.000 en el paseo",
           "Una placa para la enfermera que llevó el hospitalillo cuarenta años", "El transbordador del embalse vuelve a cruzar cada hora"],
    "ru": ["Регулировщица у школы уходит на пенсию после 38 зим", "Очередь в пекарню дошла до церкви после сюжета по телевидению",
           "Скауты отстроили лодочную станцию, смытую паводком", "Городской духовой оркестр дал пятитысячный концерт на набережной",
           "Мемориальную доску откроют в честь фельдшера сельской больницы", "Паром через Каму снова ходит каждый час"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Elle a fait traverser trois générations d'écoliers devant l'école Jules-Ferry.",
           "Le pain au levain de Marcel s'arrache depuis le passage des caméras.",
           "Six mois de chantier, des planches récupérées et beaucoup d'huile de coude.",
           "Des valses, des marches et un solo de tuba très applaudi.",
           "Elle soignait le bourg à vélo, de jour comme de nuit.",
           "Le passeur reprend son poste chaque matin à sept heures."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Since the milk float went by", "Lanes, closes and parishes", "From the magistrates' bench and the custody desk", "Wages, shopfronts and the cost of things", "Touchlines, greens and the park run", "Where to be this week, and when", "Letters with a stamp, columns with an opinion"],
               cookie="This website puts small files called cookies on your device. Some are needed for it to work at all; others, only with your agreement, tell us which pages are popular and let advertisers show you relevant adverts. Change your mind whenever you like under Privacy settings at the bottom of any page.",
               accept="Go on then, accept the lot", reject="Just the ones you can't run without", share="Send this report on to someone who'd want it",
               related="More from round the parish pump", newsletter="Your patch at seven: the morning's local news by email",
               subscribe="Sign me up for Your patch at seven", email="you@your-patch-at-seven.example",
               comment_note="You need a free account to comment, and a moderator reads every comment before it appears, usually within the hour during office hours.",
               closed="We've stopped taking comments under this report.",
               footer=["The people behind the paper, by name", "Tell us where we went wrong", "What we keep about you, and for how long", "Advertise with the paper, in print or online", "Rules of the road for this website"],
               rights="All content on this site is the copyright of the publisher and may not be reproduced without the publisher's written consent.",
               commenters=[("Quarry_Lane_Dave", "About time somebody set it all out in one go."),
                           ("Ashcombe Annie", "Did anyone actually ask the people who live next to it?")]),
    "tr": dict(nav=["Sütçü geçtiğinden beri olanlar", "Sokaklar, çıkmazlar ve köyler", "Adliye koridorundan ve karakoldan", "Maaşlar, vitrinler ve hayat pahalılığı", "Saha kenarı, çim ve koşu parkuru", "Bu hafta nerede, ne zaman olunur", "Pullu mektuplar, görüşlü köşeler"],
               cookie="Bu site cihazınıza çerez denen küçük dosyalar koyar. Bazıları sitenin çalışması için gereklidir; diğerleri ise yalnızca izninizle hangi sayfaların sevildiğini gösterir ve reklamcıların size uygun reklam göstermesini sağlar. Fikrinizi her sayfanın altındaki Gizlilik ayarları bölümünden istediğiniz zaman değiştirebilirsiniz.",
               accept="Peki, hepsini kabul ediyorum", reject="Yalnız sitenin onsuz dönmediği çerezler", share="Bu haberi isteyecek birine iletin",
               related="Mahalle çeşmesinin başından başka haberler", newsletter="Saat yedide mahalleniz: sabahın yerel haberleri e-postayla",
               subscribe="Saat yedide mahallem bültenine kaydet", email="siz@saat-yedide-mahalle.example",
               comment_note="Yorum yazmak için ücretsiz bir hesap gerekir; her yorumu yayımlanmadan önce bir moderatör okur, mesai saatlerinde genellikle bir saat içinde.",
               closed="Bu haberin altına artık yorum almıyoruz.",
               footer=["Gazetenin arkasındaki isimler", "Nerede yanıldığımızı bize söyleyin", "Hakkınızda neyi, ne kadar tutuyoruz", "Gazetede ya da sitede ilanınız", "Siteyi kullanmanın ince ayrıntıları"],
               rights="Bu sitedeki tüm içeriğin telif hakkı yayıncıya aittir ve yayıncının yazılı onayı olmadan çoğaltılamaz.",
               commenters=[("esentepeli_Gani", "Sonunda biri hepsini tek seferde ortaya koymuş."),
                           ("Çınarlı Nuran", "Yanında oturanlara soran oldu mu acaba?")]),
    "de": dict(nav=["Seit der Milchwagen vorbeikam", "Gassen, Höfe und Ortsteile", "Vom Amtsgericht und von der Wache", "Löhne, Schaufenster und was alles kostet", "Seitenlinie, Rasen und Parklauf", "Wo man diese Woche hinsollte, und wann", "Briefe mit Marke, Kolumnen mit Meinung"],
               cookie="Diese Website legt kleine Dateien, sogenannte Cookies, auf Ihrem Gerät ab. Manche braucht sie, um überhaupt zu funktionieren; andere zeigen uns nur mit Ihrer Zustimmung, welche Seiten beliebt sind, und erlauben Werbetreibenden passende Anzeigen. Sie können Ihre Meinung jederzeit unter Datenschutz-Einstellungen am Ende jeder Seite ändern.",
               accept="Na gut, alle annehmen", reject="Nur die, ohne die nichts läuft", share="Diesen Bericht an jemanden schicken, der ihn lesen will",
               related="Mehr vom Dorfbrunnen", newsletter="Ihr Viertel um sieben: die Lokalnachrichten des Morgens per Mail",
               subscribe="Ihr Viertel um sieben bestellen", email="sie@ihr-viertel-um-sieben.example",
               comment_note="Zum Kommentieren brauchen Sie ein kostenloses Konto, und ein Moderator liest jeden Kommentar vor der Freischaltung, zu Bürozeiten meist innerhalb einer Stunde.",
               closed="Unter diesem Bericht nehmen wir keine Kommentare mehr an.",
               footer=["Die Menschen hinter der Zeitung, mit Namen", "Sagen Sie uns, wo wir danebenlagen", "Was wir über Sie speichern, und wie lange", "Anzeigen in der Zeitung oder online", "Das Kleingedruckte zur Nutzung der Website"],
               rights="Alle Inhalte dieser Website sind urheberrechtlich geschützt und dürfen ohne schriftliche Zustimmung des Verlags nicht vervielfältigt werden.",
               commenters=[("Auenstraße_Gerd", "Wurde Zeit, dass das mal einer in einem Rutsch aufschreibt."),
                           ("Lindenhaller Erna", "Hat eigentlich jemand die Nachbarn gefragt?")]),
    "fr": dict(nav=["Depuis le passage du laitier", "Ruelles, impasses et hameaux", "Du tribunal de police et de la gendarmerie", "Salaires, devantures et coût de la vie", "Bord de touche, gazon et course du parc", "Où aller cette semaine, et quand", "Lettres timbrées, chroniques engagées"],
               cookie="Ce site dépose de petits fichiers appelés cookies sur votre appareil. Certains sont indispensables à son fonctionnement ; d'autres, seulement avec votre accord, nous indiquent les pages les plus lues et permettent aux annonceurs de vous montrer des publicités adaptées. Vous pouvez changer d'avis à tout moment via Paramètres de confidentialité en bas de chaque page.",
               accept="Allez, je prends tout", reject="Juste ceux sans lesquels rien ne marche", share="Faire suivre ce reportage à qui voudra le lire",
               related="D'autres nouvelles autour de la fontaine", newsletter="Votre quartier à sept heures : l'actualité locale du matin par courriel",
               subscribe="M'inscrire à Votre quartier à sept heures", email="vous@votre-quartier-a-sept-heures.example",
               comment_note="Il faut un compte gratuit pour commenter, et un modérateur lit chaque commentaire avant publication, en général dans l'heure aux heures de bureau.",
               closed="Nous ne prenons plus de commentaires sous ce reportage.",
               footer=["Les gens derrière le journal, nommément", "Dites-nous où nous avons fait fausse route", "Ce que nous gardons sur vous, et combien de temps", "Faire paraître une annonce, papier ou web", "Les petites lignes de l'utilisation du site"],
               rights="L'ensemble du contenu de ce site est la propriété de l'éditeur et ne peut être reproduit sans son accord écrit.",
               commenters=[("Tilleuls_Bernard", "Enfin quelqu'un qui met tout à plat d'un seul coup."),
                           ("Josette de Montjoyeux", "Quelqu'un a-t-il demandé l'avis des voisins ?")]),
    "es": dict(nav=["Desde que pasó el lechero", "Callejas, plazuelas y pedanías", "Del juzgado de guardia y del cuartel", "Sueldos, escaparates y lo que cuesta todo", "Banda, césped y carrera del parque", "Dónde estar esta semana, y cuándo", "Cartas con sello, columnas con opinión"],
               cookie="Esta web guarda en tu dispositivo pequeños archivos llamados cookies. Algunas son necesarias para que funcione; otras, solo si das tu permiso, nos dicen qué páginas gustan más y permiten a los anunciantes mostrarte publicidad adecuada. Puedes cambiar de opinión cuando quieras en Ajustes de privacidad, al pie de cada página.",
               accept="Venga, las acepto todas", reject="Solo las que hacen falta para que funcione", share="Reenvía esta información a quien quiera leerla",
               related="Más noticias de la fuente de la plaza", newsletter="Tu barrio a las siete: las noticias locales de la mañana por correo",
               subscribe="Apuntarme a Tu barrio a las siete", email="tu@tu-barrio-a-las-siete.example",
               comment_note="Para comentar necesitas una cuenta gratuita, y un moderador lee cada comentario antes de publicarlo, en horario de oficina casi siempre en menos de una hora.",
               closed="Ya no admitimos comentarios en esta información.",
               footer=["Las personas detrás del periódico, con nombre", "Dinos en qué nos equivocamos", "Qué guardamos de ti, y durante cuánto tiempo", "Anúnciate en el papel o en la web", "La letra pequeña del uso de esta web"],
               rights="Todo el contenido de esta web es propiedad del editor y no puede reproducirse sin su consentimiento por escrito.",
               commenters=[("arenales_Paco", "Por fin alguien lo cuenta todo de una sentada."),
                           ("Loli de San Roque", "¿Alguien ha preguntado a los vecinos de al lado?")]),
    "ru": dict(nav=["С тех пор как проехал молоковоз", "Переулки, дворы и сёла", "Из мирового суда и дежурной части", "Зарплаты, витрины и почём всё нынче", "Бровка, газон и забег в парке", "Куда сходить на неделе и когда", "Письма с маркой, колонки с мнением"],
               cookie="Этот сайт сохраняет на вашем устройстве небольшие файлы — cookie. Одни нужны, чтобы сайт вообще работал; другие только с вашего согласия показывают нам, какие страницы популярны, и позволяют рекламодателям показывать подходящую рекламу. Передумать можно в любой момент в разделе «Настройки приватности» внизу каждой страницы.",
               accept="Ладно, принять всё", reject="Только те, без которых ничего не работает", share="Переслать этот материал тому, кто захочет его прочитать",
               related="Ещё новости от колонки на площади", newsletter="Ваш район в семь: утренние местные новости на почту",
               subscribe="Подписаться на «Ваш район в семь»", email="vy@vash-rayon-v-sem.example",
               comment_note="Чтобы комментировать, нужна бесплатная учётная запись; каждый комментарий перед публикацией читает модератор, в рабочее время обычно в течение часа.",
               closed="Под этим материалом мы больше не принимаем комментарии.",
               footer=["Люди, которые делают газету, поимённо", "Скажите нам, где мы ошиблись", "Что мы храним о вас и сколько", "Реклама в газете или на сайте", "Мелкий шрифт о пользовании сайтом, от редакции"],
               rights="Все материалы сайта защищены авторским правом издателя и не могут воспроизводиться без его письменного согласия.",
               commenters=[("Сежинский_Палыч", "Наконец-то кто-то всё разложил по полочкам за один раз."),
                           ("Галина с Камской", "А соседей кто-нибудь спросил?")]),
}
UI59 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"es": "TAMBIÉN EN LA GACETA:"},  # the regional layout's inline links
    (mp2, "BIO"): {"es": "{name} lleva la sección de {section} de {site} y conoce el barrio calle por calle. Ideas y avisos a barrio@gaceta-sanroque.example",
                   "ru": "{name} двадцать лет ездит по сёлам вдоль Сежи и пишет для «{site}» в рубрику «{section}». Письма — ocherk@sezha-pravda.example"},
    (mp4, "READMORE"): {"fr": "AUSSI DANS LE PETIT MONTJOYEUSAIN :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"ru": dict(also="Ещё в «Верхнекамском вестнике недели»")},
    (mp6, "TYPO3"): {"de": dict(ext="Video vom Fährverein (YouTube)", note="Hier ist ein Film über die erste Überfahrt der neuen Fähre eingebunden. Er wird erst nach Ihrer Zustimmung von YouTube geladen, und YouTube erhält dann Daten über Ihren Besuch.",
                                button="Zustimmen und Fährfilm abspielen", by="Bericht und Bilder:", search="Im Talboten suchen",
                                lang_menu="Talbote in Leichter Sprache")},
    (mp7, "SANITY"): {"en": dict(nl_title="Cotton Street at Six", nl_text="The shops, the schools and the streets around Cotton Street, every weekday evening at six, in one short email.",
                                 nl_button="Send me Cotton Street at Six", nl_placeholder="Your address for Cotton Street at Six")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Esentepe Haftalığı", nl_text="Her cuma öğlen: Esentepe'nin belediyesi, pazarı, okulları ve sokakları tek bir e-postada.",
                                nl_label="Esentepe Haftalığı için e-posta adresiniz", nl_button="Esentepe Haftalığı gelsin")},
    (mp13, "PUB_NAV"): {"fr": ["Nouveau dans les Carnets", "Gens du Ségala", "Villages et cafés", "Aider les Carnets à tenir encore un an"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Karaağaç Köyü'nün kendi sitesi: haberler, duyurular, hatıralar",
                                menu=["Karaağaç'ın ana sayfası", "Karaağaç'tan son haberler", "Karaağaç muhtarlığından duyurular", "Karaağaç'ın ulu ağacı ve tarihi", "Karaağaç fotoğraf albümü", "Karaağaç muhtarına yazın"],
                                cats=["Karaağaç'ta olup bitenler", "Karaağaç imeceleri", "Karaağaç muhtarlığından"],
                                friends=["Karaağaç İlkokulu", "Karaağaç Köyü Yardımlaşma Derneği", "İstanbul Karaağaçlılar Derneği"],
                                footer="Karaağaç Köyü © 2026 · site köylüler tarafından gönüllü olarak güncellenir",
                                poster="muhtarlik_karaagac", tags=["okul boyası", "Karaağaç imecesi"],
                                commenters=[("Gurbetçi_Ayşe_Karaağaç", "Ellerinize sağlık, okulumuz pırıl pırıl olmuş."),
                                            ("Karaağaçlı_Hasan_Emmi", "Keşkek de çok güzeldi, gelecek imeceye yine varım.")],
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
# the new layout: a community-run local news wiki on MediaWiki 1.41 with the Vector 2022 skin, as it serves an article
# to a reader who is not logged in: the head with the load.php stylesheet links, the RLCONF / RLSTATE / RLPAGEMODULES
# inline script and the startup module; the jump link, the vector-header with the main-menu dropdown (navigation and
# the wiki's own portlet), logo, search box and the personal tools; the sidebar table of contents; the page title,
# the page tabs and the page tools; siteSub and contentSub; mw-content-text / mw-parser-output with the story as the
# parser writes wikitext -- the dateline template, a right-floated infobox with the picture (English) or a
# figure typeof="mw:File/Thumb" with its figcaption (Russian), <p> paragraphs, headings in div.mw-heading with their
# [edit | edit source] links, lists, blockquotes, sup.reference marks --; the "Related news" list, the "Sources"
# section with ol.references, the share template and the navbox; the NewPP limit report, the printfooter,
# catlinks; the footer with footer-info and footer-places; the CookieWarning banner (English wiki)
# --------------------------------------------------------------------------
# MediaWiki's own interface messages (core, Vector 2022, Cite, CookieWarning) and the generic headings of the share
# and related-news templates copied from Wikinews, per language (not checked)
MW_CORE = {
    "en": dict(jump="Jump to content", main_menu="Main menu", pin="move to sidebar", hide="hide", navigation="Navigation",
               mainpage="Main page", recent="Recent changes", random="Random page", help="Help about MediaWiki",
               search="Search", search_ph="Search {wiki}", create="Create account", login="Log in",
               more_opts="Log in and more options", contents="Contents", top="(Top)", toggle_toc="Toggle the table of contents",
               article="Article", talk="Talk", read="Read", edit="Edit", history="View history", tools="Tools",
               actions="Actions", general="General", links_here="What links here", related_changes="Related changes",
               special="Special pages", printable="Printable version", permalink="Permanent link", info="Page information",
               from_="From {wiki}", edit_lc="edit", edit_src="edit source", edit_section="Edit section: {h}",
               retrieved='Retrieved from "{link}"', categories="Categories", lastmod="This page was last edited on {d}, at {t}.",
               licence="Content is available under {l} unless otherwise noted.", privacy="Privacy policy",
               disclaimers="Disclaimers", mobile="Mobile view", powered="Powered by MediaWiki",
               related_news="Related news", sources="Sources", share="Share this:", backlink="^",
               nets=["Facebook", "Mastodon", "Email", "Nextdoor"], cat_ns="Category", user_ns="User",
               cookie_more="More information", cookie_ok="OK", namespace_talk="Talk",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"],
               days=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    "ru": dict(jump="Перейти к содержанию", main_menu="Главное меню", pin="переместить на боковую панель", hide="скрыть",
               navigation="Навигация", mainpage="Заглавная страница", recent="Свежие правки", random="Случайная страница",
               help="Справка по MediaWiki", search="Поиск", search_ph="Искать в {wiki}", create="Создать учётную запись",
               login="Войти", more_opts="Войти и другие настройки", contents="Содержание", top="(В начало)",
               toggle_toc="Переключить оглавление", article="Статья", talk="Обсуждение", read="Читать", edit="Править",
               history="История", tools="Инструменты", actions="Действия", general="Общие", links_here="Ссылки сюда",
               related_changes="Связанные правки", special="Служебные страницы", printable="Версия для печати",
               permalink="Постоянная ссылка", info="Сведения о странице", from_="Материал из {wiki}",
               edit_lc="править", edit_src="править код", edit_section="Редактировать раздел «{h}»",
               retrieved="Источник — «{link}»", categories="Категории",
               lastmod="Эта страница в последний раз была отредактирована {d} в {t}.",
               licence="Содержимое доступно по лицензии {l}, если не указано иное.",
               privacy="Политика конфиденциальности", disclaimers="Отказ от ответственности", mobile="Мобильная версия",
               powered="Powered by MediaWiki", related_news="Связанные новости", sources="Источники",
               share="Поделиться:", backlink="↑", nets=["ВКонтакте", "Telegram", "Одноклассники", "Почта"],
               cat_ns="Категория", user_ns="Участник", cookie_more="Подробнее", cookie_ok="OK", namespace_talk="Обсуждение",
               months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                       "ноября", "декабря"],
               days=["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]),
}
# the wikis' own strings: the wordmark's tagline, the wiki's own portlet, the dateline template's words, the licence,
# the about link, the cookie notice (if any), the navbox's title and groups, the infobox
MW = {
    "Dunmere Wiki": dict(
        domain="wiki.dunmere.example", db="dunmerewiki", logo="/w/images/d/d4/Dunmere_Wiki_logo.png",
        tagline="The parish of Dunmere, written up by the people who live in it",
        portlet=("Village news desk", [("Latest from Dunmere", "Dunmere_News"), ("Send the wiki a story", "Dunmere_Wiki:Send_a_story"),
                                       ("The village diary", "Village_diary"), ("Parish council papers", "Category:Parish_council_papers")]),
        reported="Story written up for the wiki by", about="About the Dunmere Wiki",
        licence="the Creative Commons Attribution-ShareAlike licence, version 4.0",
        cookie="The Dunmere Wiki sets a cookie to keep you logged in and one more to tell us how many people read each page. Nothing is sold and nothing is shared.",
        navbox="Dunmere Wiki news, spring 2026", navgroups=["April 2026", "May 2026"],
        infobox=dict(title="Dunmere May Fair 2026", rows=[("Fair day", "Saturday 16 May 2026"), ("Held on", "Dunmere Green, by the Reading Room"),
                                                          ("Run by", "the May Fair committee (chair: Stephen Kerridge)"), ("Held since", "1911, with gaps in both wars")])),
    "Кузьминская вики": dict(
        domain="wiki.kuzminskoe.example", db="kuzminwiki", logo="/w/images/7/7b/Kuzmin_logo.png",
        tagline="Энциклопедия и летопись села Кузьминское, которую пишут сами сельчане",
        portlet=("Летопись села", [("Новости Кузьминского", "Новости_Кузьминского"), ("Прислать заметку в летопись", "Кузьминская_вики:Прислать_заметку"),
                                   ("Календарь села", "Календарь_села"), ("Краеведческое общество", "Краеведческое_общество_Кузьминского")]),
        reported="Записал участник", about="О Кузьминской вики",
        licence="Creative Commons «Атрибуция — На тех же условиях» версии 4.0",
        cookie=None,
        navbox="Летопись Кузьминского, 2026 год", navgroups=["Май 2026", "Июнь 2026"],
        infobox=None),
}
MW_EXEMPT = {"domain", "db", "logo"}
MW_VERSION = "1.41.1"


def mw_title(text):
    """The page name as MediaWiki writes it in URLs: spaces as underscores, the rest percent-encoded."""
    from urllib.parse import quote
    return quote(text.replace(" ", "_"), safe="/:_-.,()'!~*")


def mw_anchor(text):
    """The heading's id (wgFragmentMode html5): spaces as underscores, the text kept as it is."""
    return E(mp.inline_text(text).replace(" ", "_")).replace('"', "&quot;")


def mw_date(lang, iso):
    c = MW_CORE[lang]
    y, m, d = (int(x) for x in iso.split("-"))
    import datetime
    wd = c["days"][datetime.date(y, m, d).weekday()]
    if lang == "en":
        return "%s, %d %s %d" % (wd, d, c["months"][m - 1], y)
    return "%s, %d %s %d года" % (wd, d, c["months"][m - 1], y)


def mw_inline(val):
    """A paragraph's text as the parser writes it: '''bold''' as <b>, ''italic'' as <i>, [url text] links with the
    external-link classes."""
    out = mp.inline_html(val).replace("<strong>", "<b>").replace("</strong>", "</b>")
    return re.sub(r'<a href="([^"]+)">', r'<a rel="nofollow" class="external text" href="\1">', out)


def render_inline(tpl, val):
    return mw_inline(val) if tpl == "mediawiki" else mp.inline_html(val)


def mw_editsection(c, page, k, h):
    href = "/w/index.php?title=%s&amp;action=edit&amp;section=%d" % (page, k)
    tip = A(c["edit_section"].replace("{h}", mp.inline_text(h)))
    return ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="%s&amp;veaction=edit" '
            'class="mw-editsection-visualeditor" title="%s"><span>%s</span></a><span class="mw-editsection-divider"> | </span>'
            '<a href="%s" title="%s"><span>%s</span></a><span class="mw-editsection-bracket">]</span></span>') % (
        href.replace("&amp;action=edit", ""), tip, E(c["edit_lc"]), href, tip, E(c["edit_src"]))


def mw_heading(c, page, k, text):
    return '<div class="mw-heading mw-heading2"><h2 id="%s">%s</h2>%s</div>' % (mw_anchor(text), E(text), mw_editsection(c, page, k, text))


def mw_file(art):
    h = hashlib.md5(("File-" + art["id"]).encode()).hexdigest()
    name = "%s_%s.jpg" % ("Dunmere" if art["lang"] == "en" else "Kuzminskoe", art["date"].replace("-", ""))
    return h, name


def mw_picture(art, s):
    """The picture: inside the infobox (English) or as a thumb figure (Russian), as the parser writes them."""
    h, name = mw_file(art)
    src = "/w/images/thumb/%s/%s/%s/%%dpx-%s" % (h[0], h[:2], name, name)
    img = ('<img src="%s" decoding="async" width="%%d" height="%%d" class="mw-file-element" srcset="%s 1.5x, %s 2x" />' % (
        src, src, src))
    if s.get("infobox"):
        ib = s["infobox"]
        rows = "\n".join('<tr><th scope="row" class="infobox-label">%s</th><td class="infobox-data">%s</td></tr>' % (E(a), E(b))
                         for a, b in ib["rows"])
        im = img % (260, 260, 173, 390, 520)
        return ('<table class="infobox vevent" style="float:right; clear:right; width:22em;"><tbody>'
                '<tr><th colspan="2" class="infobox-above summary">%s</th></tr>'
                '<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:%s" class="mw-file-description">%s</a></span>'
                '<div class="infobox-caption">%s</div></td></tr>\n%s\n</tbody></table>') % (
            E(ib["title"]), name, im, E(art["caption"]), rows)
    im = img % (250, 250, 188, 375, 500)
    return ('<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/%%D0%%A4%%D0%%B0%%D0%%B9%%D0%%BB:%s" class="mw-file-description">%s</a>'
            '<figcaption>%s</figcaption></figure>') % (name, im, E(art["caption"]))


def mw_body(art, placed, c, s, page):
    """The parser output: the dateline template, the picture, the story blocks (with what the editors pasted in
    between), Related news, Sources with the references, the share template and the navbox."""
    blocks, n, marks = art["blocks"], len(art["blocks"]), art["marks"]
    user = mw_title(art["byline"])
    out = ['<div class="dateline-tpl" style="font-size:90%%;"><span class="dateline-tpl-date"><span class="value-title" title="%s"></span>%s</span> · %s <a href="/wiki/%s:%s" title="%s:%s">%s</a></div>' % (
        art["date"], E(mw_date(art["lang"], art["date"])), E(s["reported"]), mw_title(c["user_ns"]), user, c["user_ns"],
        A(art["byline"]), E(art["byline"])),
        mw_picture(art, s)]
    sec = 0
    for i in range(n + 1):
        out.extend(placed.get(i, []))
        if i == n:
            break
        kind, val = blocks[i]
        if kind == "p":
            ref = ""
            if i in marks:
                k = marks[i]
                ref = ('<sup id="cite_ref-%d" class="reference"><a href="#cite_note-%d"><span class="cite-bracket">&#91;</span>'
                       '%d<span class="cite-bracket">&#93;</span></a></sup>') % (k, k, k)
            out.append("<p>%s%s\n</p>" % (mw_inline(val), ref))
        elif kind == "h":
            sec += 1
            out.append(mw_heading(c, page, sec, val))
        elif kind == "q":
            out.append("<blockquote>\n<p>%s\n</p>\n</blockquote>" % mw_inline(val))
        else:
            out.append("<%s>%s</%s>" % (kind, "\n".join("<li>%s</li>" % mw_inline(v) for v in val), kind))
    return out, sec


def tpl_mediawiki(art, ui, site, placed, rng):
    # an article of a community news wiki on MediaWiki 1.41 with Vector 2022, as served to a reader who is not logged in
    lang = art["lang"]
    c, s = MW_CORE[lang], MW[site]
    host = "https://" + s["domain"]
    page = mw_title(art["title"])
    wiki = site
    body, sec = mw_body(art, placed, c, s, page)
    # Related news, Sources, the share template and the navbox
    rel = rng.sample(HEADLINES[lang], 3)
    sec += 1
    body.append(mw_heading(c, page, sec, c["related_news"]))
    body.append("<ul>%s</ul>" % "\n".join('<li><a href="/wiki/%s" title="%s">%s</a></li>' % (mw_title(h), A(h), E(h)) for h in rel))
    if art.get("notes"):
        sec += 1
        body.append(mw_heading(c, page, sec, c["sources"]))
        body.append('<div class="mw-references-wrap"><ol class="references">\n%s\n</ol></div>' % "\n".join(
            '<li id="cite_note-%d"><span class="mw-cite-backlink"><b><a href="#cite_ref-%d">%s</a></b></span> <span class="reference-text">%s</span>\n</li>' % (
                k + 1, k + 1, E(c["backlink"]), mw_inline(t)) for k, t in enumerate(art["notes"])))
    url = "%s/wiki/%s" % (host, page)
    nets = {"Facebook": "https://www.facebook.com/sharer/sharer.php?u=", "Mastodon": "https://mastodonshare.com/?url=",
            "Email": "mailto:?body=", "Nextdoor": "https://nextdoor.com/sharekit/?source=", "ВКонтакте": "https://vk.com/share.php?url=",
            "Telegram": "https://t.me/share/url?url=", "Одноклассники": "https://connect.ok.ru/offer?url=", "Почта": "mailto:?body="}
    body.append('<div class="sharethis-tpl plainlinks noprint" style="clear:both; margin-top:1em;"><b>%s</b> %s</div>' % (
        E(c["share"]), " · ".join('<a rel="nofollow" class="external text" href="%s%s">%s</a>' % (nets[x], A(url), E(x)) for x in c["nets"])))
    navheads = rng.sample(HEADLINES[lang], 6)
    nav_id = "Navbox-" + str(rng.randint(1000, 9999))
    groups = "\n".join('<tr><th scope="row" class="navbox-group" style="width:1%%">%s</th><td class="navbox-list-with-group navbox-list %s hlist" style="width:100%%;padding:0"><div style="padding:0 0.25em"><ul>%s</ul></div></td></tr>' % (
        E(g), "navbox-odd" if k == 0 else "navbox-even",
        "".join('<li><a href="/wiki/%s" title="%s">%s</a></li>' % (mw_title(h), A(h), E(h)) for h in navheads[3 * k:3 * k + 3]))
        for k, g in enumerate(s["navgroups"]))
    body.append(f'''<div role="navigation" class="navbox" aria-labelledby="{nav_id}" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:News_navbox" title="Template:News navbox"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:News_navbox" title="Template talk:News navbox"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:News_navbox" title="Special:EditPage/Template:News navbox"><abbr title="Edit this template">e</abbr></a></li></ul></div><div id="{nav_id}" style="font-size:114%;margin:0 4em">{E(s["navbox"])}</div></th></tr>
{groups}
</tbody></table></div>''')
    parser_out = "\n".join(body)
    y, m, d = (int(x) for x in art["date"].split("-"))
    rev = rng.randint(4000, 19999)
    art_id = rng.randint(300, 2999)
    hh, mm = rng.randint(8, 22), rng.randint(0, 59)
    lastmod_d = ("%d %s %d" % (min(28, d + 1), c["months"][m - 1], y))
    lastmod = c["lastmod"].replace("{d}", lastmod_d).replace("{t}", "%02d:%02d" % (hh, mm))
    licence_link = '<a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by-sa/4.0/">%s</a>' % E(s["licence"])
    cats = "".join('<li><a href="/wiki/%s:%s" title="%s:%s">%s</a></li>' % (mw_title(c["cat_ns"]), mw_title(t), c["cat_ns"], A(t), E(t))
                   for t in art["tags"])
    cats_json = json.dumps(art["tags"], ensure_ascii=False)
    months_json = json.dumps([""] + c["months"], ensure_ascii=False)
    req = hashlib.sha1(art["id"].encode()).hexdigest()[:24]
    # the sidebar table of contents
    heads = [v for k, v in art["blocks"] if k == "h"] + [c["related_news"]] + ([c["sources"]] if art.get("notes") else [])
    toc = "\n".join(f'''		<li id="toc-{mw_anchor(h)}" class="vector-toc-list-item vector-toc-level-1">
			<a class="vector-toc-link" href="#{mw_anchor(h)}">
				<div class="vector-toc-text">
				<span class="vector-toc-numb">{k + 1}</span>
				<span>{E(h)}</span>
				</div>
			</a>
			<ul id="toc-{mw_anchor(h)}-sublist" class="vector-toc-list">
			</ul>
		</li>''' for k, h in enumerate(heads))
    portlet_name, portlet_items = s["portlet"]
    pid = "p-" + mw_title(portlet_name)
    portlet = "".join('<li id="n-%s" class="mw-list-item"><a href="/wiki/%s"><span>%s</span></a></li>' % (
        mw_title(x).replace("%", ".")[:40], mw_title(href), E(x)) for x, href in portlet_items)
    cookie = ""
    if s.get("cookie"):
        cookie = f'''<div class="mw-cookiewarning-container banner-container"><div class="mw-cookiewarning-text"><span>{E(s["cookie"])}</span></div><form method="POST"><div class='oo-ui-layout oo-ui-horizontalLayout'><span class='oo-ui-widget oo-ui-widget-enabled oo-ui-buttonElement oo-ui-buttonElement-framed oo-ui-labelElement oo-ui-flaggedElement-progressive oo-ui-buttonWidget'><a role='button' tabindex='0' href='/wiki/{mw_title(site)}:Privacy_policy' rel='nofollow' class='oo-ui-buttonElement-button'><span class='oo-ui-iconElement-icon oo-ui-iconElement-noIcon'></span><span class='oo-ui-labelElement-label'>{E(c["cookie_more"])}</span><span class='oo-ui-indicatorElement-indicator oo-ui-indicatorElement-noIndicator'></span></a></span><span class='oo-ui-widget oo-ui-widget-enabled oo-ui-inputWidget oo-ui-buttonElement oo-ui-buttonElement-framed oo-ui-labelElement oo-ui-flaggedElement-primary oo-ui-flaggedElement-progressive oo-ui-buttonInputWidget'><button type='submit' tabindex='0' name='disablecookiewarning' value='OK' class='oo-ui-inputWidget-input oo-ui-buttonElement-button'><span class='oo-ui-iconElement-icon oo-ui-iconElement-noIcon'></span><span class='oo-ui-labelElement-label'>{E(c["cookie_ok"])}</span><span class='oo-ui-indicatorElement-indicator oo-ui-indicatorElement-noIndicator'></span></button></span></div></form></div>'''
    html_class = ("client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled "
                  "vector-feature-sticky-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 "
                  "vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled "
                  "vector-feature-custom-font-size-clientpref-0 vector-feature-client-preferences-disabled vector-feature-client-prefs-pinned-disabled "
                  "vector-toc-available")
    title_text = mp.inline_text(art["title"])
    rlconf = ('{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy",'
              '"wgMonthNames":%s,"wgRequestId":"%s","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,'
              '"wgPageName":%s,"wgTitle":%s,"wgCurRevisionId":%d,"wgRevisionId":%d,"wgArticleId":%d,"wgIsArticle":true,"wgIsRedirect":false,'
              '"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":%s,"wgPageViewLanguage":"%s","wgPageContentLanguage":"%s",'
              '"wgPageContentModel":"wikitext","wgRelevantPageName":%s,"wgRelevantArticleId":%d,"wgIsProbablyEditable":true,'
              '"wgRelevantPageIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgCiteReferencePreviewsActive":true,'
              '"wgVisualEditor":{"pageLanguageCode":"%s","pageLanguageDir":"ltr","pageVariantFallbacks":"%s"},"wgEditSubmitButtonLabelPublish":false}') % (
        months_json, req, json.dumps(title_text.replace(" ", "_"), ensure_ascii=False), json.dumps(title_text, ensure_ascii=False),
        rev, rev, art_id, cats_json, lang, lang, json.dumps(title_text.replace(" ", "_"), ensure_ascii=False), art_id, lang, lang)
    rlstate = ('{"ext.cite.styles":"ready","site.styles":"ready","user.styles":"ready","user":"ready","user.options":"loading",'
               '"skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready",'
               '"jquery.makeCollapsible.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready"%s}') % (
        ',"ext.CookieWarning.styles":"ready"' if s.get("cookie") else "")
    rlmods = ('["ext.cite.ux-enhancements","mediawiki.page.media","site","mediawiki.page.ready","jquery.makeCollapsible",'
              '"mediawiki.toc","skins.vector.js","ext.visualEditor.desktopArticleTarget.init","ext.visualEditor.targetLoader"%s]') % (
        ',"ext.CookieWarning"' if s.get("cookie") else "")
    styles = "ext.cite.styles%7Cext.visualEditor.desktopArticleTarget.noscript%7Cjquery.makeCollapsible.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles"
    if s.get("cookie"):
        styles = "ext.CookieWarning.styles%7C" + styles
    limit = f'''<!-- 
NewPP limit report
Cached time: {y}{m:02d}{d:02d}{hh:02d}{mm:02d}{rng.randint(10, 59)}
Cache expiry: 86400
Reduced expiry: false
Complications: [show‐toc]
CPU time usage: 0.{rng.randint(40, 199):03d} seconds
Real time usage: 0.{rng.randint(60, 299):03d} seconds
Preprocessor visited node count: {rng.randint(200, 900)}/1000000
Post‐expand include size: {rng.randint(2000, 9000)}/2097152 bytes
Template argument size: {rng.randint(200, 1500)}/2097152 bytes
Highest expansion depth: {rng.randint(4, 12)}/100
Expensive parser function count: 0/100
Unstrip recursion depth: 0/20
Unstrip post‐expand size: {rng.randint(800, 4000)}/5000000 bytes
-->
<!--
Transclusion expansion time report (%,ms,calls,template)
100.00%   {rng.randint(20, 90)}.{rng.randint(100, 999)}      1 -total
 {rng.randint(30, 60)}.{rng.randint(10, 99)}%   {rng.randint(10, 40)}.{rng.randint(100, 999)}      1 Template:News_navbox
 {rng.randint(10, 29)}.{rng.randint(10, 99)}%    {rng.randint(3, 9)}.{rng.randint(100, 999)}      1 Template:Dateline
 {rng.randint(5, 9)}.{rng.randint(10, 99)}%    {rng.randint(1, 3)}.{rng.randint(100, 999)}      1 Template:Sharethis
-->'''
    return f'''<!DOCTYPE html>
<html class="{html_class}" lang="{lang}" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{E(title_text)} — {E(wiki)}</title>
<script>(function(){{var className="{html_class.replace("client-nojs", "client-js")}";var cookie=document.cookie.match(/(?:^|; ){s["db"]}mwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={rlconf};
RLSTATE={rlstate};RLPAGEMODULES={rlmods};</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="/w/load.php?lang={lang}&amp;modules={styles}&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang={lang}&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang={lang}&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki {MW_VERSION}">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="{A(title_text)} — {A(wiki)}">
<meta property="og:type" content="website">
<link rel="alternate" type="application/x-wiki" title="{A(c["edit"])}" href="/w/index.php?title={page}&amp;action=edit">
<link rel="icon" href="/w/images/favicon.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="{A(wiki)} ({lang})">
<link rel="EditURI" type="application/rsd+xml" href="{host}/w/api.php?action=rsd">
<link rel="canonical" href="{url}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="alternate" type="application/atom+xml" title="{A(wiki)} Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{A(page)} rootpage-{A(page)} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">{E(c["jump"])}</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"  >
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox "  aria-label="{A(c["main_menu"])}"  >
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">{E(c["main_menu"])}</span>
	</label>
	<div class="vector-dropdown-content">
		<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
		<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
	<div class="vector-pinnable-header-label">{E(c["main_menu"])}</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">{E(c["pin"])}</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">{E(c["hide"])}</button>
</div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"  >
	<div class="vector-menu-heading">{E(c["navigation"])}</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page" title="Visit the main page [z]" accesskey="z"><span>{E(c["mainpage"])}</span></a></li><li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges" title="A list of recent changes in the wiki [r]" accesskey="r"><span>{E(c["recent"])}</span></a></li><li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random" title="Load a random page [x]" accesskey="x"><span>{E(c["random"])}</span></a></li><li id="n-help-mediawiki" class="mw-list-item"><a href="https://www.mediawiki.org/wiki/Special:MyLanguage/Help:Contents"><span>{E(c["help"])}</span></a></li>
		</ul>
	</div>
</div>
<div id="{A(pid)}" class="vector-menu mw-portlet mw-portlet-{A(pid[2:])}"  >
	<div class="vector-menu-heading">{E(portlet_name)}</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		{portlet}
		</ul>
	</div>
</div>
</div>
				</div>
	</div>
</div>
		</nav>
<a href="/wiki/Main_Page" class="mw-logo">
	<img class="mw-logo-icon" src="{s["logo"]}" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container skin-invert">
		<strong class="mw-logo-wordmark">{E(wiki)}</strong>
		<small class="mw-logo-tagline">{E(s["tagline"])}</small>
	</span>
</a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="{A(c["search_ph"].replace("{wiki}", wiki))} [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>
<span>{E(c["search"])}</span>
	</a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper"  data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input" type="search" name="search" placeholder="{A(c["search_ph"].replace("{wiki}", wiki))}" aria-label="{A(c["search_ph"].replace("{wiki}", wiki))}" autocapitalize="sentences" title="{A(c["search_ph"].replace("{wiki}", wiki))} [f]" accesskey="f" id="searchInput">
						<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
					</div>
					<input type="hidden" name="title" value="Special:Search">
				</div>
				<button class="cdx-button cdx-search-input__end-button">{E(c["search"])}</button>
			</form>
		</div>
	</div>
</div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools">
	<div class="vector-user-links-main">
<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		</ul>
	</div>
</div>
<div id="p-vector-user-menu-userpage" class="vector-menu mw-portlet emptyPortlet"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
		</ul>
	</div>
</div>
<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:CreateAccount&amp;returnto={page}" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>{E(c["create"])}</span></a></li>
			<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:UserLogin&amp;returnto={page}" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o" class=""><span>{E(c["login"])}</span></a></li>
		</ul>
	</div>
</div>
	</div>
	<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"  title="{A(c["more_opts"])}" >
	<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-user-links-dropdown" class="vector-dropdown-checkbox "  aria-label="{A(c["more_opts"])}"  >
	<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span>
<span class="vector-dropdown-label-text">Personal tools</span>
	</label>
	<div class="vector-dropdown-content">
<div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item"  title="User menu" >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto={page}" title="You are encouraged to create an account and log in; however, it is not mandatory"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span> <span>{E(c["create"])}</span></a></li><li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin&amp;returnto={page}" title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span class="vector-icon mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span> <span>{E(c["login"])}</span></a></li>
		</ul>
	</div>
</div>
	</div>
</div>
</nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><!-- CentralNotice -->{cookie}</div>
		</div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container">
		<div id="mw-navigation">
			<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site">
				<div id="vector-main-menu-pinned-container" class="vector-pinned-container">
				</div>
		</nav>
		</div>
	</div>
	<div class="vector-sticky-pinned-container">
				<nav id="mw-panel-toc" aria-label="{A(c["contents"])}" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
					<div id="vector-toc-pinned-container" class="vector-pinned-container">
					<div id="vector-toc" class="vector-toc vector-pinnable-element">
	<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc">
	<h2 class="vector-pinnable-header-label">{E(c["contents"])}</h2>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">{E(c["pin"])}</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">{E(c["hide"])}</button>
</div>
	<ul class="vector-toc-contents" id="mw-panel-toc-list">
		<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
			<a href="#" class="vector-toc-link">
				<div class="vector-toc-text">{E(c["top"])}</div>
			</a>
		</li>
{toc}
</ul>
</div>
					</div>
		</nav>
			</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<nav aria-label="{A(c["contents"])}" class="vector-toc-landmark">
<div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left"  >
	<input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-titlebar-toc" class="vector-dropdown-checkbox "  aria-label="{A(c["toggle_toc"])}"  >
	<label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span>
<span class="vector-dropdown-label-text">{E(c["toggle_toc"])}</span>
	</label>
	<div class="vector-dropdown-content">
							<div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container">
			</div>
	</div>
</div>
					</nav>
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{E(title_text)}</span></h1>
				</header>
				<div class="vector-page-toolbar">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{page}" title="View the content page [c]" accesskey="c"><span>{E(c["article"])}</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title=Talk:{page}&amp;action=edit&amp;redlink=1" rel="discussion" class="new" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>{E(c["talk"])}</span></a></li>
		</ul>
	</div>
</div>
							</nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav aria-label="Views">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{page}"><span>{E(c["read"])}</span></a></li><li id="ca-ve-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={page}&amp;veaction=edit" title="Edit this page [v]" accesskey="v"><span>{E(c["edit"])}</span></a></li><li id="ca-edit" class="collapsible vector-tab-noicon mw-list-item"><a href="/w/index.php?title={page}&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>{E(c["edit_src"][:1].upper() + c["edit_src"][1:])}</span></a></li><li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={page}&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>{E(c["history"])}</span></a></li>
		</ul>
	</div>
</div>
							</nav>
							<nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"  >
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox "  aria-label="{A(c["tools"])}"  >
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"  ><span class="vector-dropdown-label-text">{E(c["tools"])}</span>
	</label>
	<div class="vector-dropdown-content">
									<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container">
						<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
	<div class="vector-pinnable-header vector-page-tools-pinnable-header vector-pinnable-header-unpinned" data-feature-name="page-tools-pinned" data-pinnable-element-id="vector-page-tools" data-pinned-container-id="vector-page-tools-pinned-container" data-unpinned-container-id="vector-page-tools-unpinned-container">
	<div class="vector-pinnable-header-label">{E(c["tools"])}</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-page-tools.pin">{E(c["pin"])}</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-page-tools.unpin">{E(c["hide"])}</button>
</div>
<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions emptyPortlet vector-has-collapsible-items"  title="More options" >
	<div class="vector-menu-heading">{E(c["actions"])}</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="/wiki/{page}"><span>{E(c["read"])}</span></a></li><li id="ca-more-ve-edit" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title={page}&amp;veaction=edit" title="Edit this page [v]" accesskey="v"><span>{E(c["edit"])}</span></a></li><li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title={page}&amp;action=history"><span>{E(c["history"])}</span></a></li>
		</ul>
	</div>
</div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"  >
	<div class="vector-menu-heading">{E(c["general"])}</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="t-whatlinkshere" class="mw-list-item"><a href="/wiki/Special:WhatLinksHere/{page}" title="A list of all wiki pages that link here [j]" accesskey="j"><span>{E(c["links_here"])}</span></a></li><li id="t-recentchangeslinked" class="mw-list-item"><a href="/wiki/Special:RecentChangesLinked/{page}" rel="nofollow" title="Recent changes in pages linked from this page [k]" accesskey="k"><span>{E(c["related_changes"])}</span></a></li><li id="t-specialpages" class="mw-list-item"><a href="/wiki/Special:SpecialPages" title="A list of all special pages [q]" accesskey="q"><span>{E(c["special"])}</span></a></li><li id="t-print" class="mw-list-item"><a href="javascript:print();" rel="alternate" title="Printable version of this page [p]" accesskey="p"><span>{E(c["printable"])}</span></a></li><li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title={page}&amp;oldid={rev}" title="Permanent link to this revision of this page"><span>{E(c["permalink"])}</span></a></li><li id="t-info" class="mw-list-item"><a href="/w/index.php?title={page}&amp;action=info" title="More information about this page"><span>{E(c["info"])}</span></a></li>
		</ul>
	</div>
</div>
</div>
									</div>
	</div>
</div>
							</nav>
						</div>
					</div>
				</div>
				<div class="vector-column-end">
					<div class="vector-sticky-pinned-container">
						<nav class="vector-page-tools-landmark" aria-label="Page tools">
							<div id="vector-page-tools-pinned-container" class="vector-pinned-container">
							</div>
		</nav>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content">
							<div class="mw-indicators">
		</div>
						<div id="siteSub" class="noprint">{E(c["from_"].replace("{wiki}", wiki))}</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="{lang}" dir="ltr">{parser_out}
{limit}
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">{E(c["retrieved"]).replace("{link}", '<a dir="ltr" href="%s/w/index.php?title=%s&amp;oldid=%d">%s/w/index.php?title=%s&amp;oldid=%d</a>' % (host, page, rev, host, page, rev))}</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">{E(c["categories"])}</a>: <ul>{cats}</ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer" >
	<ul id="footer-info">
	<li id="footer-info-lastmod"> {E(lastmod)}</li>
	<li id="footer-info-copyright">{E(c["licence"]).replace("{l}", licence_link)}</li>
</ul>
	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="/wiki/{mw_title(site)}:Privacy_policy">{E(c["privacy"])}</a></li>
	<li id="footer-places-about"><a href="/wiki/{mw_title(site)}:About">{E(s["about"])}</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/{mw_title(site)}:General_disclaimer">{E(c["disclaimers"])}</a></li>
	<li id="footer-places-mobileview"><a href="{host}/w/index.php?title={page}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">{E(c["mobile"])}</a></li>
</ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://creativecommons.org/licenses/by-sa/4.0/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/w/resources/assets/licenses/cc-by-sa.png" alt="Creative Commons Attribution-ShareAlike" width="88" height="31" loading="lazy"></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="{A(c["powered"])}" width="88" height="31" loading="lazy"></a></li>
</ul>
</footer>
		</div>
	</div> 
</div> 
<div class="vector-settings" id="p-dock-bottom">
	<ul></ul>
</div><script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw1","wgBackendResponseTime":{rng.randint(90, 400)},"wgPageParseReport":{{"limitreport":{{"cputime":"0.{rng.randint(40, 199):03d}","walltime":"0.{rng.randint(60, 299):03d}","ppvisitednodes":{{"value":{rng.randint(200, 900)},"limit":1000000}},"postexpandincludesize":{{"value":{rng.randint(2000, 9000)},"limit":2097152}},"templateargumentsize":{{"value":{rng.randint(200, 1500)},"limit":2097152}},"expansiondepth":{{"value":{rng.randint(4, 12)},"limit":100}},"expensivefunctioncount":{{"value":0,"limit":100}},"unstrip-depth":{{"value":0,"limit":20}},"unstrip-size":{{"value":{rng.randint(800, 4000)},"limit":5000000}},"timingprofile":["100.00%   {rng.randint(20, 90)}.{rng.randint(100, 999)}      1 -total"]}},"cachereport":{{"timestamp":"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}{rng.randint(10, 59)}","ttl":86400,"transientcontent":false}}}}}});}});</script>
</body>
</html>
'''



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"mediawiki": ["caption", "footnote", "related", "share", "dateline", "navbox"]}  # the picture's
# caption, the references, the Related news list, the share template, the dateline template and the navbox
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "recyclecentre", "leisurebook", "bereavement"]
NEW_FAMILIES = ["recyclecentre", "leisurebook", "bereavement"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"recyclecentre": ["household recycling centre", "household-recycling-centre", "book a slot", "van permit",
                                      "trailer permit", "what you can take", "accepted materials", "recyclecentre"],
                    "leisurebook": ["book a court", "book a pitch", "leisure card", "membership prices", "membership-prices",
                                    "free courts", "leisure-centre booking", "leisurebook"],
                    "bereavement": ["bereavement", "burial records", "memorial bench", "cemetery gates", "gates opening",
                                    "cemetery's gates"]}
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
    "cookie": ['<div class="vendor-consent-gate"><p class="vendor-consent-gate__msg">%s</p><button class="vendor-consent-gate__ok" type="button">Allow</button></div>',
               '<p class="player-held-line">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="sunday-roast-signup"><p class="sunday-roast-signup__txt">%s</p><a class="sunday-roast-signup__go" href="/sunday-roast">&raquo;</a></div>',
                   '<p class="free-quota-spent">%s</p>', '<h5 class="roast-signup-hd">%s</h5>', '<p><b><a href="/back-us">%s</a></b></p>'],
    "share": ['<ul class="pass-on-nets">{items}</ul>', '<div class="street-sendon-bar">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="reader-lent-pic">%s</p>', '<span class="pic-desk-credit">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="words-pics-owned">%s</p>', '<div class="reuse-ask-editor"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="rubric-all-line">%s</p>', '<h6 class="rubric-all-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="floret-divider">%s</p>', '<div class="floret-rule">%s</div>', '<div align="center">%s</div>'],
    "credit": ['<p class="evening-desk-note">%s</p>', '<div class="courts-help-line">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="title-again-px"><b>%s</b></p>', '<h2 class="title-again-h2x">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-below-tag">%s</div>', '<p class="adverts-pay-note">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="tap-rest-link"><a href="#more">%s</a></p>', '<div class="unfurl-report-btn">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="join-thread-link"><a href="#thread">%s</a></p>', '<div class="thread-count-chip">%s</div>', '<div><a href="#thread">%s</a></div>'],
    "readtime": ['<p class="top-to-bottom-mins">%s</p>', '<span class="bus-read-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="changed-since-stamp"><time>%s</time></p>', '<div class="posted-amended-box">%s</div>', '<div><small><em>%s</em></small></div>'],
    "audio": ['<div class="voice-read-strip"><button class="voice-read-strip__btn" aria-label="Play"></button><span class="voice-read-strip__txt">%s</span></div>',
              '<p class="spoken-read-link"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="slip-righted-box"><p>%s</p></aside>', '<p class="slip-righted-line"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="pocket-news-plug"><p class="pocket-news-plug__txt">%s</p><a class="pocket-news-plug__dl" href="/get-app">&#8681;</a></div>',
            '<p class="carry-on-app-line">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="byline-card-q"><p class="byline-card-q__txt">%s</p></div>', '<p class="by-archive-newest"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="know-something-box"><p class="know-something-box__txt">%s</p></div>', '<p class="desk-whatsapp-line">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="subs-error-report"><p>%s</p></div>', '<p class="ctrl-enter-line">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="nearby-alerts-ask"><p class="nearby-alerts-ask__q">%s</p></div>', '<p class="nearby-alerts-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="page-print-tools">{items}</ul>', '<p class="clean-print-link"><a href="?output=print">%s</a></p>',
              '<div><a href="?output=print">%s</a></div>'],
    "feedback": ['<div class="useful-rating-box"><p class="useful-rating-box__q">%s</p></div>', '<p class="useful-rating-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="regulator-note-box"><p>%s</p></div>', '<p class="regulator-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="tagged-alerts-row"><span class="tagged-alerts-row__txt">%s</span></div>', '<p class="tagged-with-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-btn"><a class="keep-later-btn__a" href="#keep">%s</a></div>',
                 '<p class="keep-later-link"><a href="#keep">%s</a></p>', '<div><a href="#keep">%s</a></div>'],
    "poll": ['<div class="have-say-vote"><p class="have-say-vote__q">%s</p><button class="have-say-vote__go" type="button">Vote</button></div>',
             '<h6 class="have-say-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/R{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/R{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-poster-facade"><a class="clip-poster-facade__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="pics-more-link"><a class="pics-more-link__a" href="#gallery">%s</a></div>',
                '<p class="gallery-open-line">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-fullmap-box"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-fullmap-box__links">%s</p></div>',
            '<figure class="where-pin-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="diary-pop-links">{items}</ul>', '<p class="eve-reminder-link"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="diary-pop-bar"><span class="diary-pop-bar__label">%s</span></div>'],
    "scores": ['<div class="weekend-results-link"><a class="weekend-results-link__a" href="/sport/results">%s</a></div>',
               '<ul class="weekend-results-tabs">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({tipform}: the book-a-slot form with its site select and date field;
    # {tiphours}: the opening hours by site; {accepts}: what you can take; {slots}: the next free courts; {prices}:
    # the membership card; {gates}: the cemetery gates' opening times; {office}: the bereavement-services office)
    "recyclecentre": ['<form class="tip-slot-booking" action="/waste/recycling-centres/book" method="get"><h4 class="tip-slot-booking__hd">%s</h4>{tipform}<button type="submit">&#8594;</button></form>',
                      '<div class="tip-hours-table"><h5 class="tip-hours-table__hd">%s</h5><table class="tip-hours-table__grid">{tiphours}</table></div>',
                      '<div class="tip-accepts-list"><p class="tip-accepts-list__hd"><strong>%s</strong></p><ul>{accepts}</ul></div>',
                      '<p class="van-permit-link"><a href="/waste/van-and-trailer-permits">%s</a></p>'],
    "leisurebook": ['<div class="court-availability"><h4 class="court-availability__hd">%s</h4><table class="court-availability__slots">{slots}</table></div>',
                    '<p class="court-book-cta"><a class="court-book-cta__btn" href="/leisure/book" role="button">%s</a></p>',
                    '<div class="membership-price-card"><p class="membership-price-card__hd"><b>%s</b></p><dl class="membership-price-card__list">{prices}</dl></div>',
                    '<div class="leisure-card-saving"><span class="leisure-card-saving__txt">%s</span></div>'],
    "bereavement": ['<div class="cemetery-gate-times"><h5 class="cemetery-gate-times__hd">%s</h5><dl class="cemetery-gate-times__list">{gates}</dl></div>',
                    '<form class="burial-record-search" action="/bereavement/burial-records" method="get"><h4 class="burial-record-search__hd">%s</h4>{burialform}<button type="submit">&#128269;</button></form>',
                    '<p class="memorial-apply-link"><a href="/bereavement/memorial-benches-and-plaques">%s</a></p>',
                    '<div class="bereave-office-card"><p class="bereave-office-card__hd"><strong>%s</strong></p><dl class="bereave-office-card__list">{office}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/sunday-roast"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "recyclecentre": (0.6, ['<br><a href="/waste/van-and-trailer-permits"><b>%s</b></a>']),
          "leisurebook": (0.6, [' <a href="/leisure/book"><strong>%s</strong></a>']),
          "bereavement": (0.6, ['<br><a href="/bereavement/memorial-benches-and-plaques">%s</a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# van-permit link, the book-a-court button and the memorial link, not the forms, tables, lists or cards)
INLINE_WORDING = {"newsletter": 0, "recyclecentre": 3, "leisurebook": 1, "bereavement": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-z"><img src="/media/{id}-4.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} — {cr}</small></div>']
RELATED_STYLES = ['<div class="also-want-read"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="subject-earlier"><p class="subject-earlier__hd">%s</p><ul>%s</ul></aside>',
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


# the forms' field labels and the tables' heads, as the council's web team left them (not checked)
TIP_LABELS = {"en": ("Recycling centre", "Date of visit"), "tr": ("Merkez", "Ziyaret tarihi"), "de": ("Wertstoffhof", "Datum"),
              "fr": ("Déchèterie", "Date du dépôt"), "es": ("Punto limpio", "Fecha"), "ru": ("Экопункт", "Дата")}
TIP_HEAD = {"en": ("Site", "Weekdays", "Weekends"), "tr": ("Merkez", "Hafta içi", "Hafta sonu"), "de": ("Standort", "Werktags", "Wochenende"),
            "fr": ("Site", "Semaine", "Week-end"), "es": ("Punto", "Laborables", "Fin de semana"), "ru": ("Пункт", "Будни", "Выходные")}
SLOT_HEAD = {"en": ("Court", "Time", "Price"), "tr": ("Saha", "Saat", "Ücret"), "de": ("Platz", "Zeit", "Preis"),
             "fr": ("Court", "Horaire", "Tarif"), "es": ("Pista", "Hora", "Precio"), "ru": ("Площадка", "Время", "Цена")}
BURIAL_LABELS = {"en": ("Surname", "Year of death"), "tr": ("Soyadı", "Vefat yılı"), "de": ("Nachname", "Sterbejahr"),
                 "fr": ("Nom", "Année du décès"), "es": ("Apellidos", "Año de defunción"), "ru": ("Фамилия", "Год смерти")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    k = "%06x" % rng.randint(0, 16**6 - 1)
    site_l, date_l = TIP_LABELS[lang]
    tipform = ('<label for="ts-%s">%s</label><select id="ts-%s" name="site">%s</select><label for="td-%s">%s</label>'
               '<input id="td-%s" type="date" name="date">') % (k, esc(site_l), k, "".join("<option>%s</option>" % esc(r[0]) for r in TIP_SITES_ROWS[lang]),
                                                               k, esc(date_l), k)
    name_l, year_l = BURIAL_LABELS[lang]
    burialform = ('<label for="bn-%s">%s</label><input id="bn-%s" type="text" name="surname"><label for="by-%s">%s</label>'
                  '<input id="by-%s" type="number" name="year" min="1850" max="2026">') % (k, esc(name_l), k, k, esc(year_l), k)
    return (style.replace("{tipform}", tipform)
            .replace("{tiphours}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in TIP_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in TIP_SITES_ROWS[lang]))
            .replace("{accepts}", "".join("<li>%s</li>" % esc(x) for x in TIP_ACCEPTS[lang]))
            .replace("{slots}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in SLOT_HEAD[lang])
                     + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b), esc(c)) for a, b, c in LEISURE_SLOTS[lang]))
            .replace("{prices}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in LEISURE_PRICES[lang]))
            .replace("{gates}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in GATE_HOURS[lang]))
            .replace("{burialform}", burialform)
            .replace("{office}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in BEREAVE_OFFICE[lang])))


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
               "scores": rng.choice([0, mid, n]), "recyclecentre": rng.choice([mid, n, n]),
               "leisurebook": rng.choice([0, mid, n]), "bereavement": rng.choice([mid, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" – "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked:
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
       "drupal": ("class", "encadre-texte"),  # a CKEditor style the commune's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌷</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "mediawiki": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "mediawiki": ("<i>", "</i>")}
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
# templates: mediawiki is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"mediawiki": tpl_mediawiki, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h56), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "mediawiki"


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
            rng = random.Random("newsflow-heldout59-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI59[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 59) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h58), labels, furniture strings,
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
    # layouts: mediawiki (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h57 or h58 gave it
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
    # the mediawiki pages: a wiki of MW in a language of MW_CORE, categories, references marked in the text; of the
    # looks only bold and italic ('''bold''' and ''italic'' in wikitext); no story tables
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in MW or a["lang"] not in MW_CORE or not a.get("tags")
                                       or not a.get("notes") or sorted(marks.values()) != list(range(1, len(a["notes"]) + 1))
                                       or any(st not in ("bold", "italic") for st, _ in a.get("look", []))
                                       or any(k == "table" for k, _ in blocks)):
            problems.append("%s: mediawiki page needs a wiki of MW, categories, its references and wikitext looks only" % a["id"])
        if a["tpl"] != NEW_LAYOUT and (marks or a.get("notes") or any(k == "table" for k, _ in blocks)):
            problems.append("%s: footnotes or a story table on a layout without them" % a["id"])
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
    mw_sites = [{k: v for k, v in d.items() if k not in MW_EXEMPT} for d in MW.values()]
    # (MW_CORE, TIP_LABELS, TIP_HEAD, SLOT_HEAD and BURIAL_LABELS, MediaWiki's messages and the council web team's
    # generic field labels, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MW", mw_sites), ("UI_NEW", UI_NEW)):
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



