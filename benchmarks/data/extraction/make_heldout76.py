#!/usr/bin/env python3
"""Seventy-sixth held-out part (h76-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout76.py           # write pages/h76-*.html
    python benchmarks/data/extraction/make_heldout76.py --check   # verify pages/h76-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout76.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout75.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h76_en.py / articles_h76_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: car-boot sale listings widgets on stories about car-boot sales, flea markets from the boot
and vide-greniers -- this weekend's sales as a list with their site, day, opening time and pitch price, the sales as
a table, the "list your sale" link, the pitch prices and opening times as a definition list card --, community
speedwatch session boards on stories about residents' speed checks -- the latest sessions as a list with the street,
the date, the vehicles checked and those over the limit, the results by street as a table, the "volunteer" button,
the next sessions as a definition list panel --, and drain / gully cleaning schedule notices on stories about a
council's, a town's or a Gemeinde's gully cleaning round -- the streets and dates as a list, the same as a table,
the "report a blocked drain" link, the "please move your car on cleaning day" strip with the streets and dates as a
definition list --), their wrapper class names, related headlines, site names, the sites' own strings in the earlier
layouts and the first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of
the R pools of make_heldout2..74, nor their labels, furniture strings, widget rows, headlines or site names;
verify() refuses to build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is
already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an
earlier part (h73 and h74 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400
words.  Every name and number is fictional.  The tables' heads (BOOT_HEAD, SPEED_HEAD, GULLY_HEAD) are the web
teams' generic strings and not checked; the rows themselves (BOOT_SALES, SPEED_SESSIONS, SPEED_NEXT, GULLY_ROUNDS)
are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): car-boot sale widgets on an English Sunday
sale leaving an old airfield for a farm (this weekend's sales as a list), an English rugby club's sales paying for a
scoreboard (the sales table), a German town's Kofferraumflohmarkt moving to the Schützenplatz (the list-your-sale
link, run into the last paragraph) and a French canton's vide-grenier season (the pitch-prices card); speedwatch
boards on an English village association's year of Speedwatch (the English new-layout page: the latest sessions as a
list), an English village's new group on a B road (the results table), a German Dorfverein's Tempo-Check (the German
new-layout page: the volunteer button, run into the last paragraph) and French residents counting speeds on a
departmental road (the next-sessions panel); gully cleaning notices on an English town's drains cleared after flash
floods (the streets-and-dates list), a Turkish town's rain grates cleaned before the autumn rains (the table), a
German Gemeinde's own notice on its Straßeneinläufe (a Gemeinde on TYPO3: the report-a-blocked-drain link) and a
Russian town's storm drains cleared before the thaw (the move-your-car strip).  Earlier families that need a reason
in the story are placed the same way (a calendar on a parish newsletter's 700th issue tea party, a map on a village
bus route restored); the other generic families are balanced over the part, leaving out those the page's site would
not print (the story's "kind": the two village associations' Jimdo sites and a Spanish neighbours' association on
uCoz -- small sites --, a German Gemeinde's own page on TYPO3 -- no newspaper furniture --, an independent street
publication on Medium, which prints no ads, app, push or print prompts, comment counters or press-standards lines,
and of the newsletter family only its appeal for money); a correction box goes only on a story that was corrected,
with that story's own wording.  Residue markup varies as on real pages: classed boxes, bars, boards, cards, panels,
strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans, buttons, definition
lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter
pitch, share line, the list-your-sale link, the volunteer button, the report-a-drain link; only one line in any
paragraph) or a bold section tag run into the start of the first paragraph (drawn at random; no story of this part
asks for one).  On the new layout, residue the editor pasted sits in Jimdo's Widget/HTML modules (j-htmlCode)
between the text modules, as it does on real Jimdo sites.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, sanity and gutenberg), italics (a one-line quote on the English new-layout
page, on semantic, portal and medium), bold (a one-line paragraph on the German new-layout page, on nextjs and on
medium), a highlighted sentence (a background colour set in Jimdo's text editor, a span with an inline style, on both
new-layout pages; a <mark> on quintype), a paragraph in a box (a Gutenberg group, the magazine's panel, a CKEditor
style on drupal), a fact box holding a subheading and its list (a Fusion custom embed: what a reopened ski base
has), a Ghost callout card (what happens to drivers caught by speedwatch), a paragraph typed after a <br> (Shift+Enter
in Jimdo's text module on both new-layout pages, and on amp and chunks); story structures that look like furniture
but are the story: question-and-answer interviews (questions typed in bold, some of two or three words -- "Hardest
peal?", "Have you ever dropped a rope?", "Hatırladığınız en zor gün?", "Et le plus beau ?", "Qui reprend ?" --, in
English, Turkish and French: a tower captain after 45 years, a simit seller after 40, a village baker after 38),
lists inside the story (a car-boot sale's new rules for sellers, what a street's cargo bike has carried, who does
what in a tarhana cooperative, a Gemeinde's cleaning order by district, what a neighbours' association did to a
fountain, what a reopened ski base has), crossheads as headings and as bold paragraphs, one-line quotes and short
one-line paragraphs ("“Nobody likes being the one holding the gun.”", "Some of them had not been emptied for four
years.", "Nobody has crashed it yet.", "Vor der Kita bleibt Tempo 30 ein Wunsch.", "Le record date de 2019.", "Les
bénévoles se contentent de compter.", "El primer día subieron 31.", "«Каждую весну одно и то же: дождь прошёл, а на
перекрёстке озеро»"), a closing line with practical information (a car-boot sale's first date, a practice night, a
speedwatch group's meeting, a tea party, a cooperative's shop, a Stammtisch, the Bauamt's hours, a vide-grenier's
opening, a bakery's reopening, a band's rehearsals, bus timetables at the shelters, an association's general
meeting), and story sentences that mention furniture words in ordinary reporting ("Share
a bike with thirty households" opening a story, a parish newsletter as the story itself, volunteers told to "contact
Sheila through the association's page" closing a story, "Gracias a Amparo Redondo por las fotos", the ringers' "One
lady on Church Row used to bring us flapjack"), some at the start or end of the story where furniture usually sits.
Two pages carry no residue at all (an English and a Turkish interview) and one only its correction line (an English
war memorial).
One page layout is new (jimdo: a blog post on a village association's website built with Jimdo Creator, the website
builder, on two pages, an English and a German one): the blog's post URL (/<blog page>/<slug>/) and Jimdo's image
CDN addresses (image.jimcdn.com transf/dimension=...:format=jpg/path/<website id>/image/...) with srcset; the head as
Jimdo prints it (X-UA-Compatible, charset, viewport, description, robots and st:section metas, the "Jimdo Creator"
generator meta, the twitter and og metas, the canonical link, "<headline> - <site>" as the title, favicon and
apple-touch-icon from u.jimcdn.com, the template's layout.css with id jimdo_layout_css, the loadCSS snippet and the
preloaded web.css bundle from assets.jimstatic.com with its noscript fallback, the jimdoData configuration block with
cstok, cache keys, CDN and auth URLs, webPath, cmsLanguage, websiteId and pageId, the ckies.js and cookieControl
scripts); body.body.cc-page with the j-m-*-styles module classes, cc-pagemode-default and the page id; div#cc-inner
and the template's jtpl-main wrapper; the jtpl-header (the logo and website title as cc-single-module-element
modules, the tagline) and the jtpl-navigation with Jimdo's data-container="navigation" and its nested cc-nav-level /
j-nav-level lists with jmd-nav__ classes, the parent item with its toggle button and sub-level; jtpl-section /
jtpl-content with #content_area (data-container="content") and #content_start; the blog post: the j-blog-meta header
(category link, time, h1.j-blog-headline), the post's module matrix (div#cc-matrix-*, each module a
div#cc-m-<id>.j-module.n): the header image as a j-imageSubtitle module with its figcaption, the story as j-text
modules (p, ul / ol, blockquote, strong / em, a background-colour span, a <br>), the subheadings as j-header modules,
a j-hr module before the first subheading, a j-imageSubtitle module with figure.cc-imagewrapper and its figcaption in
the middle of the story (this layout's own residue in the container), residue in j-htmlCode modules, a closing
j-spacing module --, then the tags, Jimdo's j-sharebuttons module, the back link and the j-comment module (comment
counter and com-form); the jtpl-sidebar (data-container="sidebar": j-header, j-text about the association, a
j-blogSelection list of recent posts, a two-column j-hgrid with the hall bookings and the secretary's address); the
jtpl-footer (the association's j-text footer line, then #contentfooter with data-container="footer": the
j-meta-links About / Privacy Policy / Cookie Policy / Sitemap and the copyright, the login link and the logged-in
Log out / Edit links); Jimdo's cookie banner (#cookie-settings-banner with the platform's text, accept all, decline
and configure buttons and the more-information link); the #loginbox, the web.js bundle and the jimdoInit script.
The platform's strings (JIMDO_CORE, per language) are left as Jimdo ships them and not checked; the sites' own
strings (JIMDO_SITES: tagline, navigation, sidebar heading and text, recent-posts heading, the grid's contact lines,
footer line and tags) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h73 or h74 gave it (9 English pages, 3 in each other language: English on wordpress, amp,
table, storybody, ghost, drupal, sanity and medium; Turkish on cms, legacy-br and magazine; German on regional and
typo3; French on nextjs, chunks and hugo; Spanish on quintype, portal and ucoz; Russian on semantic, fusion and
gutenberg); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout74.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h76_en import ARTICLES as H76_EN  # noqa: E402
from articles_h76_intl import ARTICLES as H76_INTL  # noqa: E402



ARTICLES = H76_EN + H76_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74)
# parts whose layouts' languages this part avoids (the two before it; h75 is written at the same time)
LANG_PARTS = (mp73, mp74)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h76"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Downland Evening Courier", "Oakhurst and Weald Advertiser", "Kingsbridge Parva Clarion", "Dunmore Valley Sentinel",
           "Ashby Parva and Brook Gazette", "Hillcote Chronicle", "Wickstead and Common Herald"],
    "tr": ["Karaçam Akşam Postası", "Saat Kulesi Gazetesi", "Kızılcaören Bozkır Haberleri"],
    "de": ["Lindenauer Kreisbote"],
    "fr": ["Le Courrier du Bocage", "La Voix de Vauclerc et du Canton", "Le Causse Hebdo"],
    "es": ["La Voz de Torremolar", "Diario de la Sierra de Santa Olalla"],
    "ru": ["Северогорский вестник", "Заречные новости", "Гореловская округа"],
}
# sites fixed per page (the two Jimdo sites, a German Gemeinde's own site on TYPO3, a Spanish neighbours' association
# on uCoz, an independent street publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h74 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Downland traffic camera stays dark until you allow video cookies", "Allow mapping cookies to see this Downland streets map"],
        "tr": ["Bozkır trafik kamerası, video çerezlerine izin verilene dek kararık kalıyor", "Bu bozkır sokak haritasını görmek için harita çerezlerine izin verin"],
        "de": ["Die Verkehrskamera im Hügelland bleibt dunkel, solange Video-Cookies gesperrt sind", "Erlauben Sie Karten-Cookies, um diese Straßenkarte des Hügellands zu sehen"],
        "fr": ["La caméra de circulation du bocage reste noire tant que vous refusez les cookies vidéo", "Autorisez les cookies de cartographie pour voir ce plan des rues du bocage"],
        "es": ["La cámara de tráfico de la sierra sigue a oscuras hasta que aceptes las cookies de vídeo", "Acepta las cookies de mapas para ver este callejero de la sierra"],
        "ru": ["Дорожная камера округи не покажется, пока вы не разрешите видео-cookie", "Разрешите картографические cookie, чтобы увидеть эту карту улиц округи"],
    },
    "newsletter": {
        "en": ["Downland Dawn: the overnight news from every parish, waiting when you wake", "That's your last free Downland story this month: a free account unlocks the rest", "Owned by nobody but its readers: a few pounds a month keeps {site} on the beat"],
        "tr": ["Bozkırda Şafak: her köyün gece haberleri, uyandığınızda sizi bekliyor", "Bu ayki son ücretsiz bozkır haberiniz buydu: ücretsiz bir hesapla gerisini okuyun", "Okurlarından başka sahibi yok: ayda birkaç lira {site} muhabirlerini sahada tutuyor"],
        "de": ["Hügelland am Morgen: die Nachrichten der Nacht aus jeder Gemeinde, wenn Sie aufwachen", "Das war Ihr letzter freier Hügelland-Artikel in diesem Monat: ein kostenloses Konto schaltet den Rest frei", "Niemandem gehört {site} außer seinen Lesern: ein paar Euro im Monat halten uns unterwegs"],
        "fr": ["L'Aube du bocage : les nouvelles de la nuit de chaque commune, prêtes à votre réveil", "C'était votre dernier article gratuit du bocage ce mois-ci : un compte gratuit débloque la suite", "Nous n'appartenons qu'à nos lecteurs : quelques euros par mois gardent {site} sur le terrain"],
        "es": ["Amanecer en la sierra: lo que pasó de noche en cada pueblo, esperándote al despertar", "Esa era tu última noticia gratis de la sierra este mes: una cuenta gratuita desbloquea el resto", "Solo pertenecemos a nuestros lectores: unos euros al mes mantienen {site} en la calle"],
        "ru": ["«Рассвет в округе»: ночные новости каждой волости к вашему пробуждению", "Это был последний бесплатный материал округи в этом месяце: бесплатный аккаунт откроет остальное", "У нас нет хозяина, кроме читателей: несколько сотен рублей в месяц держат «{site}» в строю"],
    },
    "share": {
        "en": ["Spread it across the Downs: Facebook · WhatsApp · Bluesky · Email", "Know a neighbour who ought to see this? Pass it over the garden fence ›"],
        "tr": ["Bozkıra yayın: Facebook · WhatsApp · Bluesky · E-posta", "Bunu görmesi gereken bir komşunuz mu var? Bahçe duvarının üstünden uzatın ›"],
        "de": ["Im Hügelland verbreiten: Facebook · WhatsApp · Bluesky · E-Mail", "Kennen Sie Nachbarn, die das sehen sollten? Über den Gartenzaun reichen ›"],
        "fr": ["Faites-le tourner dans le bocage : Facebook · WhatsApp · Bluesky · Courriel", "Un voisin devrait voir ça ? Passez-le par-dessus la haie ›"],
        "es": ["Que se sepa en la sierra: Facebook · WhatsApp · Bluesky · Correo", "¿Conoces a un vecino que debería ver esto? Pásalo por encima de la tapia ›"],
        "ru": ["Расскажите всей округе: ВКонтакте · Telegram · MAX · Почта", "Знаете соседа, которому стоит это увидеть? Передайте через забор ›"],
    },
    "photo": {
        "en": ["Image: dropped off at the Downland picture desk", "Snapped by a {site} reader and shared with us"],
        "tr": ["Görsel: bozkır fotoğraf masasına bırakıldı", "Bir {site} okuru çekti ve bizimle paylaştı"],
        "de": ["Bild: am Fotoschalter des Hügellands abgegeben", "Aufgenommen von einer Leserin von {site} und uns überlassen"],
        "fr": ["Image : déposée au bureau photo du bocage", "Prise par une lectrice de {site}, qui nous l'a confiée"],
        "es": ["Imagen: entregada en la mesa fotográfica de la sierra", "La hizo un lector de {site} y nos la cedió"],
        "ru": ["Снимок передан в фотостол округи", "Снято читательницей «{site}» и прислано нам"],
    },
    "copyright": {
        "en": ["© {site} 2026 — please ask our syndication team in writing before reusing any part of this report."],
        "tr": ["© {site} 2026 — bu haberin herhangi bir bölümünü kullanmadan önce lütfen içerik ekibimizden yazılı izin isteyin."],
        "de": ["© {site} 2026 — bitte fragen Sie unser Syndication-Team schriftlich, bevor Sie Teile dieses Berichts weiterverwenden."],
        "fr": ["© {site} 2026 — merci de demander l'accord écrit de notre service de syndication avant toute reprise de cet article."],
        "es": ["© {site} 2026 — pide permiso por escrito a nuestro equipo de sindicación antes de reutilizar cualquier parte de esta información."],
        "ru": ["© «{site}», 2026 — прежде чем использовать любую часть этого материала, запросите письменное разрешение нашей службы синдикации."],
    },
    "section": {
        "en": ["Just in from the Downs: {section}", "Every {section} story from across the Downs ›"],
        "tr": ["Bozkırdan yeni geldi: {section}", "Bozkırın dört yanından bütün {section} haberleri ›"],
        "de": ["Gerade aus dem Hügelland: {section}", "Alle Artikel zu {section} aus dem ganzen Hügelland ›"],
        "fr": ["Tout juste arrivé du bocage : {section}", "Tous les articles {section} de tout le bocage ›"],
        "es": ["Acaba de llegar de la sierra: {section}", "Todas las noticias de {section} de toda la sierra ›"],
        "ru": ["Только что из округи: {section}", "Все материалы рубрики «{section}» по всей округе ›"],
    },
    "related": {
        "en": ["Also making news on the Downs", "More from our Downland reporters"],
        "tr": ["Bozkırda gündemdeki diğer haberler", "Bozkır muhabirlerimizden daha fazlası"],
        "de": ["Was das Hügelland sonst bewegt", "Mehr von unseren Reportern im Hügelland"],
        "fr": ["Ce qui fait aussi l'actualité du bocage", "D'autres articles de nos reporters du bocage"],
        "es": ["También es noticia en la sierra", "Más de nuestros reporteros de la sierra"],
        "ru": ["О чём ещё судачат в округе", "Ещё от наших корреспондентов в округе"],
    },
    "symbol": {
        "*": ["❖ ⋯ ❖ ⋯ ❖ ⋯ ❖", "—◇—◇—◇—", "⁂ — ⁂ — ⁂", "· ✿ · ✿ · ✿ ·"],
    },
    "credit": {
        "en": ["With reporting from the {site} Downland desk", "Our parish correspondent for the Downs helped with this report"],
        "tr": ["Habere {site} bozkır masası katkı verdi", "Bozkır köy muhabirimiz bu habere yardımcı oldu"],
        "de": ["Mit Material vom Hügelland-Desk von {site}", "Unsere Ortskorrespondentin im Hügelland hat an diesem Bericht mitgearbeitet"],
        "fr": ["Avec le concours du bureau du bocage de {site}", "Notre correspondante communale du bocage a participé à cet article"],
        "es": ["Con información de la mesa de la sierra de {site}", "Nuestra corresponsal de los pueblos de la sierra ha colaborado en esta información"],
        "ru": ["При участии отдела округи «{site}»", "В подготовке материала участвовал наш сельский корреспондент округи"],
    },
    "ad": {
        "en": ["Sponsored · the Downland story carries on below", "Put your business in front of the whole Downs: adverts with {site} from £12 a week"],
        "tr": ["Sponsorlu · bozkır haberi aşağıda devam ediyor", "İşletmenizi bütün bozkıra duyurun: {site} reklamları haftalık 300 liradan"],
        "de": ["Gesponsert · der Hügelland-Artikel geht darunter weiter", "Ihr Geschäft vor dem ganzen Hügelland: Anzeigen bei {site} ab 12 € pro Woche"],
        "fr": ["Sponsorisé · l'article du bocage se poursuit plus bas", "Faites connaître votre commerce dans tout le bocage : publicité avec {site} dès 12 € la semaine"],
        "es": ["Patrocinado · la noticia de la sierra sigue debajo", "Que toda la sierra conozca tu negocio: anúnciate en {site} desde 12 € a la semana"],
        "ru": ["Спонсорский блок · материал округи продолжается ниже", "Расскажите о своём деле всей округе: реклама в «{site}» от 1 000 ₽ в неделю"],
    },
    "continue": {
        "en": ["Read on for the full Downland report", "Unfold the rest of this Downland story ▾"],
        "tr": ["Bozkır haberinin tamamı için okumaya devam edin", "Bozkır haberinin kalanını açın ▾"],
        "de": ["Weiterlesen für den ganzen Hügelland-Bericht", "Den Rest des Hügelland-Artikels aufklappen ▾"],
        "fr": ["Lire la suite de l'article du bocage", "Déplier la suite de l'article du bocage ▾"],
        "es": ["Sigue leyendo la noticia completa de la sierra", "Desplegar el resto de la noticia de la sierra ▾"],
        "ru": ["Читать материал округи целиком", "Развернуть материал округи целиком ▾"],
    },
    "comments": {
        "en": ["{n} Downland readers are talking about this", "Read all {n} reader comments ›"],
        "tr": ["{n} bozkır okuru bu haberi konuşuyor", "{n} okur yorumunun hepsini okuyun ›"],
        "de": ["{n} Leser aus dem Hügelland reden darüber", "Alle {n} Leserkommentare lesen ›"],
        "fr": ["{n} lecteurs du bocage en parlent", "Lire les {n} commentaires des lecteurs ›"],
        "es": ["{n} lectores de la sierra están comentando esto", "Lee los {n} comentarios de los lectores ›"],
        "ru": ["{n} читателей округи обсуждают это", "Читать все {n} комментариев читателей ›"],
    },
    "readtime": {
        "en": ["Downland read: {m} mins", "You'll need roughly {m} minutes for this Downland report"],
        "tr": ["Bozkır okuması: {m} dakika", "Bu bozkır haberi için yaklaşık {m} dakika ayırın"],
        "de": ["Hügelland-Lektüre: {m} Minuten", "Für diesen Hügelland-Bericht brauchen Sie etwa {m} Minuten"],
        "fr": ["Lecture du bocage : {m} minutes", "Comptez environ {m} minutes pour cet article du bocage"],
        "es": ["Lectura de la sierra: {m} minutos", "Necesitarás unos {m} minutos para esta noticia de la sierra"],
        "ru": ["Чтение из округи: {m} минуты", "На этот материал округи уйдёт около {m} минут"],
    },
    "updated": {
        "en": ["Brought up to date by the Downland desk on {d}, {t}", "Latest version: {d} at {t}, with the council's newest figures"],
        "tr": ["Bozkır masası tarafından {d}, {t} itibarıyla güncellendi", "Son sürüm: {d}, saat {t}, belediyenin en yeni rakamlarıyla"],
        "de": ["Vom Hügelland-Desk auf den neuesten Stand gebracht am {d}, {t} Uhr", "Neueste Fassung: {d} um {t} Uhr, mit den aktuellen Zahlen der Gemeinde"],
        "fr": ["Mis à jour par le bureau du bocage le {d}, {t}", "Dernière version : le {d} à {t}, avec les chiffres les plus récents de la mairie"],
        "es": ["Puesto al día por la mesa de la sierra el {d}, {t}", "Última versión: {d} a las {t}, con las cifras más recientes del ayuntamiento"],
        "ru": ["Дополнено отделом округи {d}, {t}", "Последняя версия: {d} в {t}, с новыми данными администрации"],
    },
    "audio": {
        "en": ["▷ Hear this Downland story read aloud ({m} mins)", "Listen instead while you get on with the chores: about {m} minutes"],
        "tr": ["▷ Bu bozkır haberini sesli dinleyin ({m} dk)", "İşinizi yaparken bu bozkır haberini dinleyin: yaklaşık {m} dakika"],
        "de": ["▷ Diesen Hügelland-Artikel vorlesen lassen ({m} Min.)", "Hören statt lesen, während Sie im Garten sind: etwa {m} Minuten"],
        "fr": ["▷ Écouter cet article du bocage lu à voix haute ({m} min)", "À écouter pendant que vous jardinez : environ {m} minutes"],
        "es": ["▷ Escucha esta noticia de la sierra en voz alta ({m} min)", "Escúchala mientras haces tus cosas en el huerto: unos {m} minutos"],
        "ru": ["▷ Прослушать этот материал округи ({m} мин)", "Слушайте, пока копаетесь в огороде: около {m} минут"],
    },
    "app": {
        "en": ["Get Downland breaking news on your phone with the {site} app", "Open this story in the Downland app ›"],
        "tr": ["{site} uygulamasıyla bozkırdan son dakika haberlerini telefonunuza alın", "Bu haberi bozkır uygulamasında açın ›"],
        "de": ["Eilmeldungen aus dem Hügelland aufs Handy: mit der App von {site}", "Diesen Artikel in der Hügelland-App öffnen ›"],
        "fr": ["Les alertes du bocage sur votre téléphone avec l'appli {site}", "Ouvrir cet article dans l'appli du bocage ›"],
        "es": ["Las últimas noticias de la sierra en tu móvil con la app de {site}", "Abre esta noticia en la app de la sierra ›"],
        "ru": ["Срочные новости округи в телефоне: приложение «{site}»", "Открыть материал в приложении округи ›"],
    },
    "bio": {
        "en": ["{by} reports on {section} for {site} from the Downland office and keeps bees on an allotment.", "Every Downland report from {by} ›"],
        "tr": ["{by}, {site} için bozkır bürosundan {section} haberlerini yazıyor ve hobi bahçesinde arı besliyor.", "{by} imzalı bütün bozkır haberleri ›"],
        "de": ["{by} berichtet für {site} aus dem Hügelland-Büro über {section} und hält Bienen im Schrebergarten.", "Alle Hügelland-Berichte von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} pour {site} depuis le bureau du bocage et élève des abeilles dans un jardin ouvrier.", "Tous les reportages du bocage signés {by} ›"],
        "es": ["{by} escribe de {section} para {site} desde la oficina de la sierra y tiene colmenas en un huerto.", "Todas las crónicas de la sierra firmadas por {by} ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из бюро округи и держит пчёл на даче.", "Все материалы округи за подписью {by} ›"],
    },
    "tip": {
        "en": ["Seen a story on the Downs? Email tips@downland-news.example", "Text or ring the Downland newsdesk: 07700 900 736"],
        "tr": ["Bozkırda bir haber mi yakaladınız? ihbar@bozkir-haber.example adresine yazın", "Bozkır haber masasına mesaj atın ya da arayın: 0 (533) 900 73 60"],
        "de": ["Eine Geschichte im Hügelland entdeckt? Mail an tipps@huegelland-news.example", "SMS oder Anruf an den Hügelland-Newsdesk: 0160 900 73 60"],
        "fr": ["Vous tenez une info dans le bocage ? Écrivez à tuyaux@bocage-infos.example", "SMS ou appel au bureau du bocage : 06 00 90 73 60"],
        "es": ["¿Tienes una noticia en la sierra? Escribe a pistas@sierra-noticias.example", "Manda un mensaje o llama a la mesa de la sierra: 600 900 736"],
        "ru": ["Есть новость из округи? Пишите на sigital@okruga-news.example", "Звоните или пишите в отдел новостей округи: +7 900 000-73-60"],
    },
    "typo": {
        "en": ["Spotted an error in this Downland report? Highlight it and press Ctrl+Enter to tell the desk"],
        "tr": ["Bu bozkır haberinde bir yanlış mı gördünüz? Seçip Ctrl+Enter ile masaya bildirin"],
        "de": ["Einen Fehler in diesem Hügelland-Bericht entdeckt? Markieren und mit Strg+Enter an die Redaktion melden"],
        "fr": ["Une erreur repérée dans cet article du bocage ? Surlignez-la et appuyez sur Ctrl+Entrée pour la signaler"],
        "es": ["¿Has visto un error en esta noticia de la sierra? Márcalo y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Заметили ошибку в материале округи? Выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции"],
    },
    "push": {
        "en": ["Shall we ping you when something big happens on the Downs? Ping me when it matters · Not right now, ta"],
        "tr": ["Bozkırda önemli bir şey olduğunda size haber verelim mi? Bana haber verin · Bugün değil"],
        "de": ["Sollen wir Sie benachrichtigen, wenn im Hügelland etwas Großes passiert? Ja, benachrichtigen · Heute nicht"],
        "fr": ["On vous prévient quand il se passe quelque chose d'important dans le bocage ? Prévenez-moi · Pas aujourd'hui"],
        "es": ["¿Te avisamos cuando pase algo gordo en la sierra? Avisadme · Hoy no"],
        "ru": ["Сообщать вам, когда в округе происходит что-то важное? Сообщайте · Не сегодня"],
    },
    "print": {
        "en": ["Take this story with you: Print it · Save as PDF · Email it", "Print-ready Downland version ›"],
        "tr": ["Bu haberi yanınıza alın: Yazdırın · PDF olarak kaydedin · E-postayla gönderin", "Yazdırmaya hazır bozkır sürümü ›"],
        "de": ["Nehmen Sie den Artikel mit: Drucken · Als PDF sichern · Per Mail senden", "Druckfertige Hügelland-Fassung ›"],
        "fr": ["Emportez cet article : L'imprimer · L'enregistrer en PDF · L'envoyer par courriel", "Version du bocage prête à imprimer ›"],
        "es": ["Llévate esta noticia: Imprimirla · Guardarla en PDF · Enviarla por correo", "Versión de la sierra lista para imprimir ›"],
        "ru": ["Возьмите материал с собой: Распечатать · Сохранить в PDF · Отправить письмом", "Версия округи для печати ›"],
    },
    "feedback": {
        "en": ["Did this Downland report tell you what you needed? Yes, all of it · Some of it · Not really"],
        "tr": ["Bu bozkır haberi aradığınızı verdi mi? Evet, hepsini · Bir kısmını · Pek değil"],
        "de": ["Hat Ihnen dieser Hügelland-Bericht gesagt, was Sie wissen wollten? Ja, alles · Teilweise · Eigentlich nicht"],
        "fr": ["Cet article du bocage vous a-t-il appris ce que vous cherchiez ? Oui, tout y est · En partie · Pas vraiment"],
        "es": ["¿Te ha contado esta noticia de la sierra lo que necesitabas? Sí, todo · En parte · La verdad es que no"],
        "ru": ["Нашли ли вы в этом материале округи то, что искали? Да, всё · Отчасти · Не совсем"],
    },
    "standards": {
        "en": ["{site} is regulated under the Editors' Code across all its Downland titles. To complain about this story, write to complaints@downland-news.example."],
        "tr": ["{site}, bütün bozkır yayınlarında basın meslek ilkelerine bağlıdır. Bu haberle ilgili şikâyetiniz için sikayet@bozkir-haber.example adresine yazın."],
        "de": ["{site} unterliegt in allen Hügelland-Ausgaben dem Pressekodex. Beschwerden zu diesem Artikel bitte an beschwerde@huegelland-news.example."],
        "fr": ["{site} respecte la charte déontologique dans tous ses titres du bocage. Pour contester cet article, écrivez à reclamations@bocage-infos.example."],
        "es": ["{site} se rige por el código deontológico en todas sus cabeceras de la sierra. Para reclamar sobre esta noticia, escribe a reclamaciones@sierra-noticias.example."],
        "ru": ["«{site}» во всех изданиях округи следует кодексу журналистской этики. Жалобы на этот материал направляйте на zhaloby@okruga-news.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · The Downs · Parish life", "Get more on {section} from the Downs ›"],
        "tr": ["Konu başlıkları: {section} · Bozkır · Köy hayatı", "Bozkırdan {section} hakkında daha fazlası ›"],
        "de": ["Abgelegt unter: {section} · Hügelland · Dorfleben", "Mehr zu {section} aus dem Hügelland ›"],
        "fr": ["Classé dans : {section} · Le Bocage · Vie des communes", "Plus sur {section} dans le bocage ›"],
        "es": ["Archivado en: {section} · La Sierra · Vida en los pueblos", "Más sobre {section} en la sierra ›"],
        "ru": ["Рубрики: {section} · Округа · Жизнь сёл", "Больше о теме «{section}» в округе ›"],
    },
    "bookmark": {
        "en": ["☆ Keep this for later in your Downland list"],
        "tr": ["☆ Bunu bozkır listenizde sonraya saklayın"],
        "de": ["☆ Für später in Ihrer Hügelland-Liste merken"],
        "fr": ["☆ Garder pour plus tard dans votre liste du bocage"],
        "es": ["☆ Guárdalo para luego en tu lista de la sierra"],
        "ru": ["☆ Сохранить на потом в списке округи"],
    },
    "poll": {
        "en": ["Have your say: would this work in your village? Definitely · Perhaps · Not a chance", "The Downland tally shows once you've voted"],
        "tr": ["Siz ne dersiniz: bu sizin köyünüzde işe yarar mı? Kesinlikle · Belki · Hiç sanmam", "Bozkır sonuçları oy verdikten sonra görünür"],
        "de": ["Ihre Meinung: Würde das in Ihrem Dorf funktionieren? Auf jeden Fall · Vielleicht · Auf keinen Fall", "Das Hügelland-Ergebnis sehen Sie nach Ihrer Stimme"],
        "fr": ["À vous : est-ce que ça marcherait dans votre village ? Sans doute · Peut-être · Aucune chance", "Le décompte du bocage s'affiche une fois votre vote enregistré"],
        "es": ["Opina: ¿funcionaría esto en tu pueblo? Seguro · Quizá · Ni hablar", "El recuento de la sierra aparece cuando votes"],
        "ru": ["Ваше мнение: сработает ли это в вашем селе? Обязательно · Возможно · Ни за что", "Итоги по округе появятся после вашего голоса"],
    },
    "embed": {
        "en": ["A post shared by {handle} from the Downs on Instagram", "{handle} caught it on camera: watch on YouTube"],
        "tr": ["{handle} tarafından bozkırdan Instagram'da paylaşılan bir gönderi", "{handle} kameraya aldı: YouTube'da izleyin"],
        "de": ["Ein Beitrag von {handle} aus dem Hügelland auf Instagram", "{handle} hat es gefilmt: auf YouTube ansehen"],
        "fr": ["Une publication partagée par {handle} depuis le bocage sur Instagram", "{handle} l'a filmé : à voir sur YouTube"],
        "es": ["Una publicación compartida por {handle} desde la sierra en Instagram", "{handle} lo grabó desde la sierra: míralo en YouTube"],
        "ru": ["Публикация {handle} из округи в Instagram", "{handle} снял это: смотреть на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} photos from the day", "Flick through all {g} of our pictures ›"],
        "tr": ["📷 Günden {g} fotoğraf", "{g} fotoğrafımızın hepsine göz atın ›"],
        "de": ["📷 {g} Fotos vom Tag", "Alle {g} Bilder aus dem Hügelland durchblättern ›"],
        "fr": ["📷 {g} photos de la journée", "Feuilletez nos {g} photos ›"],
        "es": ["📷 {g} fotos de la jornada", "Pasa por nuestras {g} fotos ›"],
        "ru": ["📷 {g} фотографий того дня", "Пролистать все {g} снимков ›"],
    },
    "map": {
        "en": ["Open the full-size Downland map", "Directions across the Downs: Google Maps · Apple Maps · Citymapper"],
        "tr": ["Tam boy bozkır haritasını açın", "Bozkırda yol tarifi: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Die große Hügelland-Karte öffnen", "Wegbeschreibung im Hügelland: Google Maps · Apple Karten · Komoot"],
        "fr": ["Ouvrir la grande carte du bocage", "Itinéraire dans le bocage : Google Maps · Plans · Mappy"],
        "es": ["Abrir el mapa grande de la sierra", "Cómo llegar por la sierra: Google Maps · Mapas de Apple · Wikiloc"],
        "ru": ["Открыть большую карту округи", "Маршрут по округе: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Add to your Downland diary: Google · Outlook · iCal", "Nudge me on the morning of the day ›"],
        "tr": ["Bozkır ajandanıza ekleyin: Google · Outlook · iCal", "O günün sabahı bana haber ver ›"],
        "de": ["In den Hügelland-Kalender: Google · Outlook · iCal", "Am Morgen des Tages erinnern ›"],
        "fr": ["Dans votre agenda du bocage : Google · Outlook · iCal", "Me prévenir le matin même ›"],
        "es": ["A tu agenda de la sierra: Google · Outlook · iCal", "Avísame esa misma mañana ›"],
        "ru": ["В календарь округи: Google · Outlook · iCal", "Напомнить утром в тот же день ›"],
    },
    "scores": {
        "en": ["All of Saturday's Downland league scores ›", "Match centre: Fixtures · Scores · Standings · Scorers"],
        "tr": ["Cumartesinin bütün bozkır ligi skorları ›", "Maç merkezi: Fikstür · Skorlar · Puan durumu · Golcüler"],
        "de": ["Alle Ergebnisse der Hügelland-Ligen vom Samstag ›", "Spielzentrale: Spielplan · Ergebnisse · Tabelle · Torschützen"],
        "fr": ["Tous les scores du samedi dans les ligues du bocage ›", "Centre des matchs : Calendrier · Scores · Classement · Buteurs"],
        "es": ["Todos los resultados del sábado en las ligas de la sierra ›", "Centro de partidos de la sierra: Jornada · Resultados · Clasificación · Goleadores"],
        "ru": ["Все субботние результаты лиг округи ›", "Матч-центр: Календарь · Счёт · Таблица · Бомбардиры"],
    },
    "correction": {
        "en": ["This report was corrected after publication."],
        "tr": ["Bu bozkır haberi yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Bericht wurde nach der Veröffentlichung korrigiert."],
        "fr": ["Cet article a été corrigé après sa mise en ligne."],
        "es": ["Esta información se corrigió después de publicarse."],
        "ru": ["Этот материал исправлен после публикации."],
    },
    # the three families new in this part
    "carbootsales": {
        "en": ["Car boot sales this weekend", "Boot sales near you: sites, days and pitch prices", "List your car boot sale ›", "Pitch prices and opening times"],
        "tr": ["Bu hafta sonu bagaj pazarları", "Yakınınızdaki bagaj pazarları: yer, gün ve tezgâh ücreti", "Bagaj pazarınızı listeye ekleyin ›", "Tezgâh ücretleri ve açılış saatleri"],
        "de": ["Kofferraumflohmärkte an diesem Wochenende", "Kofferraummärkte in der Nähe: Orte, Tage und Standgebühren", "Ihren Kofferraumflohmarkt eintragen ›", "Standgebühren und Öffnungszeiten"],
        "fr": ["Vide-greniers de ce week-end", "Vide-greniers près de chez vous : lieux, jours et prix des emplacements", "Annoncer votre vide-grenier ›", "Prix des emplacements et horaires"],
        "es": ["Mercadillos de maletero este fin de semana", "Mercadillos cerca de ti: lugares, días y precio del puesto", "Anuncia tu mercadillo ›", "Precio de los puestos y horarios"],
        "ru": ["Гаражные распродажи в эти выходные", "Распродажи из багажника рядом: места, дни и цена места", "Добавить свою распродажу ›", "Цены за место и часы работы"],
    },
    "speedwatch": {
        "en": ["Community Speedwatch: latest sessions", "Speedwatch results by street", "Volunteer for Speedwatch ›", "Next Speedwatch sessions"],
        "tr": ["Gönüllü hız takibi: son oturumlar", "Sokak sokak hız takibi sonuçları", "Hız takibine gönüllü olun ›", "Sıradaki hız takibi oturumları"],
        "de": ["Bürger-Tempomessung: die letzten Einsätze", "Ergebnisse der Tempomessung nach Straßen", "Bei der Tempomessung mitmachen ›", "Die nächsten Messtermine"],
        "fr": ["Contrôle citoyen de vitesse : dernières séances", "Résultats des relevés de vitesse par rue", "Devenir bénévole des relevés de vitesse ›", "Prochaines séances de relevés"],
        "es": ["Control vecinal de velocidad: últimas sesiones", "Resultados del control de velocidad por calles", "Hazte voluntario del control de velocidad ›", "Próximas sesiones de control"],
        "ru": ["Народный контроль скорости: последние дежурства", "Итоги замеров скорости по улицам", "Стать волонтёром контроля скорости ›", "Следующие дежурства"],
    },
    "gullycleaning": {
        "en": ["Gully cleaning in your area", "Drain cleaning: streets and dates", "Report a blocked drain ›", "Please move your car on cleaning day"],
        "tr": ["Bölgenizde ızgara temizliği", "Izgara temizliği: sokaklar ve tarihler", "Tıkalı ızgarayı bildirin ›", "Temizlik günü lütfen aracınızı çekin"],
        "de": ["Sinkkastenreinigung in Ihrer Straße", "Reinigung der Abläufe: Straßen und Termine", "Verstopften Ablauf melden ›", "Bitte parken Sie am Reinigungstag um"],
        "fr": ["Curage des avaloirs dans votre quartier", "Nettoyage des grilles : rues et dates", "Signaler une grille bouchée ›", "Merci de déplacer votre véhicule le jour du nettoyage"],
        "es": ["Limpieza de imbornales en tu zona", "Limpieza de sumideros: calles y fechas", "Avisa de un sumidero atascado ›", "Por favor, retira tu coche el día de la limpieza"],
        "ru": ["Прочистка ливнёвки в вашем районе", "Прочистка дождеприёмников: улицы и даты", "Сообщить о засоре ливнёвки ›", "Пожалуйста, уберите машину в день прочистки"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"carbootsales": [0, 1, 2, 3], "speedwatch": [0, 1, 2, 3], "gullycleaning": [0, 1, 2, 3]}
# the car boot sales: where, day, opens, pitch price
BOOT_SALES = {
    "en": [("Brackenfield Farm, Lydgate Road", "Sunday 5 April", "sellers from 6am", "£8 a car"), ("Hillcote RFC, Meadow Lane", "Saturday 6 June", "sellers from 7am", "£10 a car, £15 a van"), ("Thornbury Scout Hut field", "Sunday 7 June", "sellers from 6.30am", "£7 a car")],
    "tr": [("Karaçam Pazar Yeri", "5 Nisan Pazar", "satıcılar 06.30'da", "tezgâh 150 lira"), ("Değirmenönü Otoparkı", "11 Nisan Cumartesi", "satıcılar 07.30'da", "tezgâh 120 lira")],
    "de": [("Schützenplatz Lindenau", "Sa 16.05.2026", "Aufbau ab 7 Uhr", "8 € je Auto"), ("Parkplatz Festwiese Hainrode", "So 17.05.2026", "Aufbau ab 8 Uhr", "10 € je Auto")],
    "fr": [("stade de Saint-Aubin-des-Prés", "dimanche 29 mars", "exposants dès 6 h 30", "6 € les 3 mètres"), ("place de l'Église, Lavernhe", "dimanche 5 avril", "exposants dès 6 h", "2 € le mètre linéaire"), ("salle des fêtes de Cazalis", "lundi de Pâques", "exposants dès 7 h", "10 € les 5 mètres")],
    "es": [("Recinto ferial de Torremolar", "domingo 12 de abril", "puestos desde las 7.30", "10 € el puesto"), ("Explanada del polideportivo de La Hoz", "sábado 18 de abril", "puestos desde las 8.00", "8 € el puesto")],
    "ru": [("Рынок «Северный», стоянка", "суббота, 11 апреля", "продавцы с 7:00", "300 ₽ за место"), ("Площадь у ДК «Строитель»", "воскресенье, 12 апреля", "продавцы с 8:00", "250 ₽ за место")],
}
BOOT_HEAD = {"en": ("Sale", "Day", "Opens", "Pitch"), "tr": ("Pazar", "Gün", "Açılış", "Tezgâh"), "de": ("Markt", "Tag", "Beginn", "Stand"),
             "fr": ("Vide-grenier", "Jour", "Ouverture", "Emplacement"), "es": ("Mercadillo", "Día", "Apertura", "Puesto"),
             "ru": ("Распродажа", "День", "Начало", "Место")}
# the speedwatch sessions: street, date, vehicles checked, over the limit
SPEED_SESSIONS = {
    "en": [("Hatchmoor Lane", "Tue 8 Sep", "164 vehicles", "14 over 35mph"), ("Church Road by the school", "Thu 10 Sep", "212 vehicles", "19 over 35mph"), ("B4412, north entrance", "Mon 16 Mar", "151 vehicles", "37 over 35mph")],
    "tr": [("Karaçam Okul Sokağı", "8 Eylül", "140 araç", "21 araç sınırın üstünde"), ("Değirmen Yokuşu Caddesi", "10 Eylül", "188 araç", "30 araç sınırın üstünde")],
    "de": [("Hauptstraße, Höhe Kita", "Di., 12.05.", "372 Fahrzeuge", "121 zu schnell"), ("Bornhagener Weg", "Do., 14.05.", "208 Fahrzeuge", "58 zu schnell")],
    "fr": [("rue de la Fontaine", "mardi 21 avril 2026", "412 passages", "131 au-dessus de 50"), ("route de Saint-Mesmin", "jeudi 23 avril 2026", "388 passages", "117 au-dessus de 50")],
    "es": [("Calle Mayor", "martes", "230 vehículos", "61 por encima del límite"), ("Avenida de la Estación", "jueves", "205 vehículos", "44 por encima del límite")],
    "ru": [("улица Школьная", "вторник", "190 машин", "48 превысили"), ("улица Луговая у детского сада", "четверг", "176 машин", "39 превысили")],
}
SPEED_HEAD = {"en": ("Street", "Date", "Checked", "Over the limit"), "tr": ("Sokak", "Tarih", "Kontrol", "Sınır üstü"),
              "de": ("Straße", "Datum", "Erfasst", "Zu schnell"), "fr": ("Rue", "Date", "Relevés", "Excès"),
              "es": ("Calle", "Fecha", "Controlados", "Por encima"), "ru": ("Улица", "Дата", "Замерено", "Превысили")}
# the next sessions: date and time, street
SPEED_NEXT = {
    "en": [("Tue 6 Oct, 8am", "Hatchmoor Lane"), ("Fri 9 Oct, 3pm", "Church Road")],
    "tr": [("6 Ekim, 08.00", "Karaçam Okul Sokağı"), ("9 Ekim, 15.00", "Değirmen Yokuşu Caddesi")],
    "de": [("Di., 15.09., 7 Uhr", "Hauptstraße"), ("Fr., 18.09., 16 Uhr", "Bornhagener Weg")],
    "fr": [("mardi 19 mai, 7 h 30", "rue de la Fontaine"), ("vendredi 22 mai, 17 h", "route de Saint-Mesmin")],
    "es": [("martes 6, 8.00", "Calle Mayor"), ("viernes 9, 17.00", "Avenida de la Estación")],
    "ru": [("вторник, 8:00", "улица Школьная"), ("пятница, 17:00", "улица Луговая у детского сада")],
}
# the gully cleaning rounds: streets, dates
GULLY_ROUNDS = {
    "en": [("Mill Lane and Weir Close", "Mon 12 Oct"), ("Station Road, Kiln Street", "Tue 13 Oct"), ("The Paddocks estate", "Wed 14 to Fri 16 Oct")],
    "tr": [("Çarşı Mahallesi", "6–10 Ekim"), ("İstasyon Mahallesi", "13–17 Ekim"), ("Değirmenönü Mahallesi", "20–24 Ekim")],
    "de": [("Kernort Ebersfelden", "04.05. bis 08.05.2026"), ("Hainrode, Mühlbach", "11.05. bis 15.05.2026"), ("Am Sandfeld, Oberlinden", "18.05. bis 22.05.2026")],
    "fr": [("rue des Tanneurs et place du Foirail", "lundi 5 octobre"), ("quartier de la Gare", "mardi 6 et mercredi 7 octobre")],
    "es": [("Calle Mayor y Plaza", "lunes 5 de octubre"), ("Barrio de la Estación", "martes 6 de octubre")],
    "ru": [("улица Советская, Набережная", "13–15 апреля"), ("улица Кирова, переулок Рыбацкий", "16–18 апреля"), ("микрорайон Северный", "20–24 апреля")],
}
GULLY_HEAD = {"en": ("Streets", "Crews due"), "tr": ("Sokaklar", "Ekip geliyor"), "de": ("Straßen", "Termin"), "fr": ("Rues", "Passage"),
              "es": ("Calles", "Fecha"), "ru": ("Улицы", "Даты")}
WIDGET_ROWS = (("boot sales", BOOT_SALES), ("speedwatch sessions", SPEED_SESSIONS), ("speedwatch next", SPEED_NEXT),
               ("gully rounds", GULLY_ROUNDS))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Lost wedding ring turns up inside a prize marrow", "Level crossing keeper's cottage sold for the first time in 90 years",
           "Hedgehog hospital runs out of room after a wet spring", "Parish council buys the last red telephone box for £1",
           "Village cricket team bowled out for nine, then wins by rain", "Retired vet, 92, still walks the Downs every morning"],
    "tr": ["Kayıp alyans ödüllü kabağın içinden çıktı", "Hemzemin geçit bekçisinin evi 90 yılda ilk kez satıldı",
           "Kirpi hastanesinde yağışlı baharın ardından yer kalmadı", "Muhtarlık son kırmızı telefon kulübesini bir liraya aldı",
           "Köy kriket takımı dokuz sayıyla bitirdi, yağmur sayesinde kazandı", "92 yaşındaki emekli veteriner her sabah hâlâ bozkırda yürüyor"],
    "de": ["Verlorener Ehering taucht in einem Preiskürbis auf", "Schrankenwärterhaus nach 90 Jahren zum ersten Mal verkauft",
           "Igelstation nach dem nassen Frühling voll belegt", "Ortsrat kauft die letzte rote Telefonzelle für einen Euro",
           "Dorfmannschaft nur neun Punkte, dann gewinnt der Regen", "Tierarzt im Ruhestand, 92, wandert jeden Morgen über die Hügel"],
    "fr": ["Une alliance perdue retrouvée dans une courge primée", "La maison du garde-barrière vendue pour la première fois en 90 ans",
           "Le centre de soins pour hérissons déborde après un printemps pluvieux", "La commune rachète la dernière cabine téléphonique pour un euro",
           "L'équipe du village battue en trois manches, sauvée par la pluie", "À 92 ans, l'ancien vétérinaire marche encore chaque matin dans le bocage"],
    "es": ["Aparece una alianza perdida dentro de una calabaza premiada", "Se vende por primera vez en 90 años la casa del guardabarreras",
           "El hospital de erizos se queda sin sitio tras una primavera lluviosa", "El ayuntamiento compra la última cabina telefónica por un euro",
           "La peña ciclista del pueblo termina la vuelta bajo el granizo", "Un veterinario jubilado de 92 años sigue subiendo a la sierra cada mañana"],
    "ru": ["Потерянное обручальное кольцо нашлось внутри призового кабачка", "Домик смотрителя переезда впервые за 90 лет продан",
           "В приюте для ежей закончились места после дождливой весны", "Сельсовет купил последнюю телефонную будку за один рубль",
           "Сельская команда проиграла всухую, но матч отменили из-за дождя", "92-летний ветеринар на пенсии каждое утро гуляет по округе"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "en": ["Its owner had given up looking after three weeks of digging the vegetable patch.",
           "The last keeper left when the gates were automated in 1988.",
           "Volunteers are caring for 140 animals in sheds and a borrowed garage.",
           "The box will become a seed library, with a shelf for swapping jam.",
           "The match was abandoned with the home side needing just four to lose.",
           "He says the secret is a good hat and never taking the lift."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Latest from the Downs", "Parish and district councils", "Courts and police on the Downs", "Downland schools", "Downland sport", "Out and about on the Downs", "Downland notices"],
               cookie="We and our partners store and read cookies and similar data on your device to run this site, measure audiences and show the adverts that pay for Downland reporting. Accept all of them or set your own choices.",
               accept="Accept everything and read on", reject="Set my own choices", share="Share this Downland story",
               related="Next up on the Downs", newsletter="Downland Daily: one evening email with all the local news",
               subscribe="Get Downland Daily", email="you@downland-daily.example",
               comment_note="A Downland moderator checks each comment before it goes live. Keep it civil, keep it relevant and remember your neighbours can read it.",
               closed="Commenting is closed on this Downland story.",
               footer=["Contact the Downland newsroom", "How we put mistakes right on the Downs", "Downland readers' privacy notice", "Advertise on the Downs", "House rules for Downland comments"],
               rights="Everything published on this site belongs to its publisher and may not be reproduced without written consent.",
               commenters=[("HatchmoorHelen", "About time somebody did something."),
                           ("Dave at the Forge", "Fair play to the volunteers.")]),
    "tr": dict(nav=["Bozkırdan son haberler", "Köy ve ilçe belediyeleri", "Bozkırda mahkeme ve asayiş", "Bozkır okulları", "Bozkır sporu", "Bozkırda gezi ve etkinlik", "Bozkır ilanları"],
               cookie="Biz ve iş ortaklarımız, bu siteyi çalıştırmak, okur sayısını ölçmek ve bozkır haberciliğini finanse eden reklamları göstermek için cihazınızda çerezler ve benzeri veriler saklıyor ve okuyoruz. Hepsini kabul edin ya da kendi tercihlerinizi belirleyin.",
               accept="Hepsini kabul et ve devam et", reject="Tercihlerimi belirleyeyim", share="Bu bozkır haberini paylaşın",
               related="Bozkırda sıradaki", newsletter="Bozkır Günlük: bütün yerel haberlerle akşamları tek e-posta",
               subscribe="Bozkır Günlük'ü alın", email="siz@bozkir-gunluk.example",
               comment_note="Her yorum yayına girmeden önce bir bozkır moderatörü tarafından kontrol edilir. Saygılı olun, konuda kalın ve komşularınızın da okuyabileceğini unutmayın.",
               closed="Bu bozkır haberine yorum yapılamıyor.",
               footer=["Bozkır haber merkezine ulaşın", "Bozkırda hataları nasıl düzeltiyoruz", "Bozkır okurları için gizlilik bildirimi", "Bozkırda reklam verin", "Bozkır yorumları için kurallar"],
               rights="Bu sitede yayımlanan her şey yayıncısına aittir, yazılı izin olmadan çoğaltılamaz.",
               commenters=[("Karacam_Sevgi", "Sonunda biri bir şey yaptı."),
                           ("Demirci Ali", "Gönüllülerin eline sağlık.")]),
    "de": dict(nav=["Neues aus dem Hügelland", "Gemeinden und Kreistag", "Polizei und Justiz im Hügelland", "Schulen im Hügelland", "Sport im Hügelland", "Unterwegs im Hügelland", "Amtliches aus dem Hügelland"],
               cookie="Wir und unsere Partner speichern und lesen Cookies und ähnliche Daten auf Ihrem Gerät, um diese Seite zu betreiben, Reichweite zu messen und die Werbung zu zeigen, die unsere Berichte aus dem Hügelland bezahlt. Alle akzeptieren oder eigene Auswahl treffen.",
               accept="Alles erlauben und weiterlesen", reject="Eigene Auswahl treffen", share="Diesen Hügelland-Artikel teilen",
               related="Als Nächstes im Hügelland", newsletter="Hügelland kompakt: eine Abendmail mit allen Nachrichten vor Ort",
               subscribe="Hügelland kompakt bestellen", email="sie@huegelland-kompakt.example",
               comment_note="Eine Moderatorin im Hügelland prüft jeden Kommentar vor der Freischaltung. Bleiben Sie höflich und beim Thema, Ihre Nachbarn lesen mit.",
               closed="Die Kommentarfunktion ist für diesen Hügelland-Artikel geschlossen.",
               footer=["Kontakt zur Hügelland-Redaktion", "So korrigieren wir Fehler", "Datenschutz für Leser im Hügelland", "Anzeigen im Hügelland", "Hausregeln für Kommentare im Hügelland"],
               rights="Alle auf dieser Seite veröffentlichten Inhalte gehören dem Verlag und dürfen ohne schriftliche Zustimmung nicht vervielfältigt werden.",
               commenters=[("Kirchwalder_Heike", "Wurde auch Zeit, dass jemand etwas tut."),
                           ("Schmied_Bernd", "Hut ab vor den Ehrenamtlichen.")]),
    "fr": dict(nav=["Les dernières du bocage", "Communes et intercommunalités", "Justice et gendarmerie du bocage", "Les écoles du bocage", "Le sport du bocage", "Sorties dans le bocage", "Annonces du bocage"],
               cookie="Nos partenaires et nous stockons et lisons des cookies et données similaires sur votre appareil pour faire fonctionner ce site, mesurer l'audience et afficher les publicités qui financent nos reportages dans le bocage. Acceptez tout ou réglez vos propres choix.",
               accept="Tout autoriser et poursuivre la lecture", reject="Régler mes choix", share="Partager cet article du bocage",
               related="À suivre dans le bocage", newsletter="Le Bocage du soir : un courriel le soir avec toute l'actualité locale",
               subscribe="Recevoir Le Bocage du soir", email="vous@bocage-du-soir.example",
               comment_note="Un modérateur du bocage relit chaque commentaire avant publication. Restez courtois et dans le sujet, vos voisins peuvent vous lire.",
               closed="Les commentaires sont fermés sur cet article du bocage.",
               footer=["Écrire à la rédaction du bocage", "Comment le bureau du bocage corrige ses erreurs", "Confidentialité pour les lecteurs du bocage", "Faire de la publicité dans le bocage", "Charte des commentaires du bocage"],
               rights="Tout ce qui est publié sur ce site appartient à son éditeur et ne peut être reproduit sans accord écrit.",
               commenters=[("Jojo_de_Lestrade", "Il était temps que quelqu'un bouge."),
                           ("Marcel du Moulin", "Bravo aux bénévoles.")]),
    "es": dict(nav=["Lo último de la sierra", "Ayuntamientos y comarca", "Tribunales y Guardia Civil en la sierra", "Colegios de la sierra", "Deporte de la sierra", "Planes en la sierra", "Avisos de la sierra"],
               cookie="Nosotros y nuestros socios guardamos y leemos cookies y datos parecidos en tu dispositivo para que funcione esta web, medir la audiencia y mostrar los anuncios que pagan nuestras noticias de la sierra. Acéptalas todas o elige tú.",
               accept="Aceptar todo y seguir", reject="Quiero elegir mis cookies de la sierra", share="Comparte esta noticia de la sierra",
               related="Lo siguiente en la sierra", newsletter="La Sierra al día: un correo por la tarde con todas las noticias locales",
               subscribe="Recibir La Sierra al día", email="tu@sierra-al-dia.example",
               comment_note="Un moderador de la sierra revisa cada comentario antes de publicarlo. Sé educado, no te salgas del tema y recuerda que tus vecinos pueden leerte.",
               closed="Los comentarios de esta noticia de la sierra están cerrados.",
               footer=["Escribe a la redacción de la sierra", "Cómo corrige sus errores la mesa de la sierra", "Privacidad para lectores de la sierra", "Publicidad en la sierra", "Reglas de los comentarios de la sierra"],
               rights="Todo lo publicado en esta web pertenece a su editor y no puede reproducirse sin consentimiento por escrito.",
               commenters=[("Maripaz_Torremolar", "Ya era hora de que alguien hiciera algo."),
                           ("Paco el del horno", "Olé por los voluntarios.")]),
    "ru": dict(nav=["Свежие новости округи", "Сельсоветы и район", "Суды и полиция округи", "Школы округи", "Спорт округи", "Куда пойти в округе", "Объявления округи"],
               cookie="Мы и наши партнёры сохраняем и читаем cookie и похожие данные на вашем устройстве, чтобы сайт работал, чтобы измерять аудиторию и показывать рекламу, на которую живут наши репортажи из округи. Примите все или настройте сами.",
               accept="Принять все и продолжить", reject="Настроить cookie по-своему", share="Поделиться материалом округи",
               related="Дальше в округе", newsletter="«Округа за день»: вечернее письмо со всеми местными новостями",
               subscribe="Получать «Округу за день»", email="vy@okruga-za-den.example",
               comment_note="Модератор округи проверяет каждый комментарий перед публикацией. Будьте вежливы, не уходите от темы и помните, что вас читают соседи.",
               closed="Комментарии к этому материалу округи закрыты.",
               footer=["Написать в редакцию округи", "Как редакция округи исправляет ошибки", "Конфиденциальность для читателей округи", "Реклама в округе", "Правила комментариев в округе"],
               rights="Всё, что опубликовано на этом сайте, принадлежит издателю и не может воспроизводиться без письменного согласия.",
               commenters=[("Severogorsk_Lena", "Давно пора было кому-то этим заняться."),
                           ("Дядя Коля с Кирова", "Спасибо волонтёрам.")]),
}
UI76 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"de": "MEHR AUS DEM LANDKREIS LINDENAU:", "tr": "KIZILCAÖREN VE ÇEVRESİNDEN:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için {section} ve ilçenin köyleri üzerine uzun haberler yazıyor. Haber önerileri: koyler@karacam-postasi.example"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ ИЗ ЗАРЕЧНОГО И ОКРЕСТНОСТЕЙ:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en la comarca de Torremolar")},
    (mp6, "TYPO3"): {"de": dict(ext="Karte: Reinigungsbezirke der Gemeinde (OpenStreetMap)",
                                note="Hier ist eine Karte der Reinigungsbezirke eingebunden. Sie wird erst nach Ihrer Zustimmung von OpenStreetMap geladen; dabei wird Ihre IP-Adresse an OpenStreetMap übermittelt.",
                                button="Zustimmen und Karte der Bezirke laden", by="Veröffentlicht vom", search="Auf ebersfelden.example suchen",
                                lang_menu="Ebersfelden in Leichter Sprache")},
    (mp7, "SANITY"): {"en": dict(nl_title="Wickstead Mornings", nl_text="Every weekday at seven: what is happening in Wickstead and the villages round the common, in one email.",
                                 nl_button="Send me Wickstead Mornings", nl_placeholder="Your address for Wickstead Mornings")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La Lettre de Lestrade", nl_text="Chaque dimanche matin : les nouvelles et les visages des villages du causse, dans un seul courriel.",
                                nl_label="Votre adresse pour La Lettre de Lestrade", nl_button="Recevoir La Lettre de Lestrade")},
    (mp13, "PUB_NAV"): {"en": ["New on Kestrel Road", "People of the street", "Sheds and workshops", "Chip in for the Dispatch"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp19, "UCOZ"): {"es": dict(domain="ucoz.es", slogan="La web de los vecinos de Robledal de la Fuente",
                                menu=["Portada de Robledal", "Noticias de la asociación", "La fuente y el manantial", "Fiestas de Robledal", "Álbum de Robledal", "Escribe a la junta vecinal"],
                                cats=["Noticias de la asociación", "La fuente y el manantial", "Avisos para los socios"],
                                friends=["Colegio rural agrupado Sierra Baja", "Peña El Pradillo", "Coro parroquial de Robledal"],
                                footer="Asociación Vecinal La Fuente de Robledal © 2026 · Plaza de los Cuatro Caños, 1",
                                poster="junta_robledal", tags=["fuente de los cuatro caños", "voluntarios de Robledal"],
                                commenters=[("Amparo_R", "Qué bonito volver a oír el agua en la plaza."),
                                            ("Tío Basilio", "De crío bebía de ese caño, gracias a todos.")],
                                style="br", heads="h3")},
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
# the new layout: a blog post on a small local news site or village association's website built with Jimdo Creator
# (the website builder), as Jimdo serves it to a reader who has not yet answered the cookie banner: the head
# (X-UA-Compatible, charset, viewport, description and robots metas, the "Jimdo Creator" generator meta, the og and
# twitter metas, the canonical link, "<headline> - <site>" as the title, the favicon and apple-touch-icon from
# u.jimcdn.com, the layout stylesheet of the site's template and the web.css bundle from assets.jimstatic.com, the
# ckies.js cookie script, the jimdoData configuration block with the website id, page id, cms language and CDN
# addresses); body.body.cc-page with the j-m-*-styles module classes and the page id; the template's wrappers
# (div#cc-inner, jtpl-main, jtpl-header with the site's logo and name, jtpl-navigation with Jimdo's
# data-container="navigation" and the nested j-nav-level / cc-nav-level lists with jmd-nav__ classes and the
# toggle buttons, jtpl-section, jtpl-content with #content_area data-container="content"); the blog post: the
# j-blog-meta header (category link, time, h1.j-blog-headline), then the post's own module matrix (div#cc-matrix-*)
# -- the story as j-text modules (p, ul / ol, blockquote, strong / em, a background-colour span the editor set), the
# subheadings as j-header modules, a j-hr module before the first subheading, a j-imageSubtitle module with its
# figure and figcaption in the middle of the story (this layout's own residue in the container), a j-spacing module,
# residue pasted by the editor as j-htmlCode (Widget/HTML) modules between the text modules --, the tags, Jimdo's
# j-sharebuttons module, the back link and the j-comment module with its counter and form; the sidebar
# (jtpl-sidebar with data-container="sidebar": a j-header, a j-text about the site, a j-blogSelection list of recent
# posts, a j-hgrid with two contact columns); the footer (jtpl-footer with data-container="footer": the site's j-text
# footer line, then Jimdo's #contentfooter with the j-meta-links "About", "Privacy Policy", "Cookie Policy",
# "Sitemap" and the login link); the Jimdo cookie banner (#cookie-settings-banner with its text, accept, decline and
# settings buttons and the cookie policy link); then the web.js bundle and the jimdo runtime init
# --------------------------------------------------------------------------
# the platform's own strings per language (as Jimdo ships them, not checked)
JIMDO_CORE = {
    "en": dict(locale="en-US", cms="en_US", about="About", privacy="Privacy Policy", cookies="Cookie Policy", sitemap="Sitemap",
               login="Log in", logout="Log out", edit="Edit", tags="Tags:", back="Back", share="Share",
               nets=["Facebook", "X", "WhatsApp", "Email"], comments="Comments: {n}", write="Write a comment",
               name="Name", email="Email", homepage="Website", message="Message", submit="Submit",
               banner="This website uses cookies, which are necessary for the technical operation of the website and are always set. Other cookies, which increase the usability of this website, serve for direct advertising or simplify interaction with other websites and social networks, will only be used with your consent.",
               accept="Accept all", decline="Decline", configure="Configure", more="More information",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "de": dict(locale="de-DE", cms="de_DE", about="Impressum", privacy="Datenschutz", cookies="Cookie-Richtlinie", sitemap="Sitemap",
               login="Anmelden", logout="Abmelden", edit="Bearbeiten", tags="Tags:", back="Zurück", share="Teilen",
               nets=["Facebook", "X", "WhatsApp", "E-Mail"], comments="Kommentare: {n}", write="Kommentar schreiben",
               name="Name", email="E-Mail", homepage="Homepage", message="Nachricht", submit="Absenden",
               banner="Diese Website verwendet Cookies, die für den technischen Betrieb der Website erforderlich sind und stets gesetzt werden. Andere Cookies, die den Komfort bei Benutzung dieser Website erhöhen, der Direktwerbung dienen oder die Interaktion mit anderen Websites und sozialen Netzwerken vereinfachen sollen, werden nur mit Ihrer Zustimmung gesetzt.",
               accept="Alle akzeptieren", decline="Ablehnen", configure="Konfigurieren", more="Mehr Informationen",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
}
# the sites' own strings (checked): logo line, navigation, sidebar, footer line, blog categories and tags
JIMDO_SITES = {
    "Fernleigh and Hatchmoor Village Association": dict(
        host="www.fernleigh-hatchmoor.example", wid="s4d81c27a93e5f0b6", template="dm_grandview", colour="#3d6b35",
        tagline="News and notices for the people of Fernleigh and Hatchmoor",
        nav=["Welcome to Fernleigh", "Fernleigh village news", "Speedwatch on our roads", "What's on in Fernleigh", "The village hall", "Join the association"],
        sub_nav=["Parish council reports", "Letters to the association"],
        side_head="Who we are in Fernleigh",
        side_text="The Fernleigh and Hatchmoor Village Association looks after the village hall, the green and the summer fete, and runs this website with the help of members.",
        recent="Recent village news",
        grid=["Village hall bookings: 01632 960 418", "Association secretary: Mrs P. Oakden, 3 Orchard Row"],
        footer="Fernleigh and Hatchmoor Village Association, registered charity, run entirely by volunteers from the two villages.",
        tags=["Speedwatch", "Hatchmoor Lane", "road safety in Fernleigh"]),
    "Dorfverein Kirchwalde e.V.": dict(
        host="www.dorfverein-kirchwalde.example", wid="s9a07e31bb2c46d58", template="dm_zurich", colour="#8a5a1c",
        tagline="Unser Dorf, unser Verein: Neuigkeiten aus Kirchwalde",
        nav=["Willkommen in Kirchwalde", "Neues aus Kirchwalde", "Verkehr in Kirchwalde", "Termine im Dorf", "Dorfgemeinschaftshaus", "Mitglied im Dorfverein werden"],
        sub_nav=["Berichte aus dem Ortsrat", "Leserbriefe an den Dorfverein"],
        side_head="Über den Dorfverein",
        side_text="Der Dorfverein Kirchwalde kümmert sich um das Dorfgemeinschaftshaus, den Maibaum und das Backhausfest und pflegt diese Seite ehrenamtlich.",
        recent="Zuletzt im Dorf berichtet",
        grid=["Dorfgemeinschaftshaus mieten: 05551 960 241", "Vorsitzende: Ulrike Sennewald, Lindenstraße 7"],
        footer="Dorfverein Kirchwalde e.V., eingetragen beim Amtsgericht Göttelbach, alle Arbeit ehrenamtlich.",
        tags=["Tempo-Check", "Hauptstraße Kirchwalde", "Verkehr im Dorf"]),
}
JIMDO_EXEMPT = {"host", "wid", "template", "colour"}  # (a domain, the website id, the template's slug and a colour)


def jimdo_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = JIMDO_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d. %s %d" % (d, months[m - 1], y))


def tpl_jimdo(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = JIMDO_CORE[lang], JIMDO_SITES[site]
    base = "https://" + s["host"]
    page_id = rng.randint(2100000000, 2199999999)
    slug_ = hc.slug(art["title"])[:70].strip("-")
    blog = "/" + hc.slug(s["nav"][1]) + "/"
    url = "%s%s%s/" % (base, blog, slug_)
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    mod = [rng.randint(10000000000, 19999999999)]
    wid = s["wid"]

    def mid():
        mod[0] += rng.randint(3, 90)
        return mod[0]

    def img(name, w):
        return "https://image.jimcdn.com/app/cms/image/transf/dimension=%dx10000:format=jpg/path/%s/image/i%s/version/%d/%s.jpg" % (
            w, wid, hashlib.md5((art["id"] + name).encode()).hexdigest()[:16], 1700000000 + rng.randint(0, 9999999), name)

    img_at = next((i for i in range(n // 2, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    first_h = next((i for i, (k, _) in enumerate(blocks) if k == "h"), None)
    parts, text = [], []

    def flush():
        if text:
            parts.append('<div id="cc-m-%d" class="j-module n j-text ">%s</div>' % (mid(), "\n".join(text)))
            del text[:]
    for i in range(n + 1):
        if i == img_at:
            flush()
            m = mid()
            name = slug_[:30] + "-2"
            parts.append(('<div id="cc-m-%d" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-1 cc-m-width-maxed">\n'
                          '<img srcset="%s 320w, %s 640w, %s 1024w" sizes="(min-width: 1024px) 1024px, 100vw" id="cc-m-imagesubtitle-image-%d" src="%s" alt="" class="" data-src-width="1600" data-src-height="1067" data-src="%s" data-image-id="%d" />'
                          '<figcaption style="width: 1024px">%s</figcaption>\n</figure>\n<div class="cc-clear"></div>\n</div>') % (
                m, img(name, 320), img(name, 640), img(name, 1024), m,
                img(name, 1024), img(name, 1024), rng.randint(9000000000, 9999999999), E(art["body_caption"])))
        if i == first_h:
            flush()
            parts.append('<div id="cc-m-%d" class="j-module n j-hr ">    <hr/>\n</div>' % mid())
        if placed.get(i):
            flush()
            parts.extend('<div id="cc-m-%d" class="j-module n j-htmlCode ">%s</div>' % (mid(), x) for x in placed[i])
        if i < n:
            kind, val = blocks[i]
            if kind == "h":
                flush()
                m = mid()
                parts.append('<div id="cc-m-%d" class="j-module n j-header "><h2 class="" id="cc-m-header-%d">%s</h2></div>' % (m, m, E(val)))
            elif kind == "p":
                text.append("<p>%s</p>" % mp.inline_html(val))
            elif kind == "q":
                text.append("<blockquote><p>%s</p></blockquote>" % mp.inline_html(val))
            else:
                text.append("<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    flush()
    parts.append('<div id="cc-m-%d" class="j-module n j-spacing ">\n    <div class="cc-m-spacer" style="height: 20px;">\n    </div>\n</div>' % mid())
    matrix = "\n".join(parts)
    today = jimdo_date(lang, art["date"])
    navs = []
    for k, t in enumerate(s["nav"]):
        href = "/" if k == 0 else "/" + hc.slug(t) + "/"
        if k == 1:
            subs = "".join('<li id="cc-nav-view-%d" class="jmd-nav__list-item-1"><a href="%s%s/" data-link-title="%s">%s</a></li>' % (
                2200000000 + j, href, hc.slug(x), A(x), E(x)) for j, x in enumerate(s["sub_nav"]))
            navs.append('<li id="cc-nav-view-%d" class="jmd-nav__list-item-0 j-nav-has-children cc-nav-parent j-nav-parent jmd-nav__item--parent">'
                        '<a href="%s" data-link-title="%s" class="cc-nav-parent j-nav-parent jmd-nav__link--parent">%s</a>'
                        '<span data-navi-toggle="cc-nav-view-%d" class="jmd-nav__toggle-button"></span>'
                        '<ul class="cc-nav-level-1 j-nav-level-1">%s</ul></li>' % (2100000000 + k, href, A(t), E(t), 2100000000 + k, subs))
        else:
            navs.append('<li id="cc-nav-view-%d" class="jmd-nav__list-item-0"><a href="%s" data-link-title="%s">%s</a></li>' % (
                2100000000 + k, href, A(t), E(t)))
    nav = "".join(navs)
    recent = "".join(('<div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><span class="j-text j-blog-post--date">%s</span>'
                      '<h2 class="j-blog-header j-blog-headline j-blog-post--headline"><a href="%s%s/">%s</a></h2></div></div>') % (
        E(jimdo_date(lang, "%s-%02d-%02d" % (art["date"][:4], rng.randint(1, 12), rng.randint(1, 28)))), blog, hc.slug(h)[:60], E(h)) for h in heads[:4])
    tags = "".join('<li><a class="j-blog-post--tag" href="%stag/%s/">%s</a></li>' % (blog, hc.slug(t), E(t)) for t in s["tags"])
    share = "".join('<a class="cc-sharebuttons-%s" href="#" rel="nofollow" title="%s"><span class="cc-sharebuttons-icon"></span></a>' % (
        hc.slug(x), A(x)) for x in c["nets"])
    jdata = json.dumps({"isTestserver": False, "isLcJimdoCom": False, "isJimdoHelpCenter": False, "isProtectedPage": False,
                        "cstok": "%040x" % rng.randint(16**39, 16**40 - 1), "cacheJsKey": "%040x" % rng.randint(16**39, 16**40 - 1),
                        "cacheCssKey": "%040x" % rng.randint(16**39, 16**40 - 1), "cdnUrl": "https://assets.jimstatic.com/",
                        "minUrl": "https://assets.jimstatic.com/app/cdn/min/file/", "authUrl": "https://account.e.jimdo.com/",
                        "webPath": base + "/", "appUrl": "https://a.jimdo.com/", "cmsLanguage": c["cms"], "isFreePackage": False,
                        "mobile": False, "isDevkitTemplateUsed": True, "isTemplateResponsive": True, "websiteId": wid,
                        "pageId": page_id, "packageId": 2, "shop": {"deliveryTimeTexts": {}, "checkoutButtonText": "", "isReady": False},
                        "bgConfig": {"id": rng.randint(100000000, 999999999), "type": "color", "color": "rgb(255, 255, 255)"},
                        "bgFullscreen": None, "responsiveBreakpointLandscape": 767, "responsiveBreakpointPortrait": 480,
                        "copyableHeadlineLinks": False, "tocGeneration": False, "googlemapsConsoleKey": False,
                        "loggingForAnalytics": False, "loggingForPredefinedPages": False, "isFacebookPixelIdEnabled": False,
                        "userAccountId": "%08x-%04x-4%03x-a%03x-%012x" % (rng.randint(0, 16**8 - 1), rng.randint(0, 16**4 - 1),
                                                                          rng.randint(0, 16**3 - 1), rng.randint(0, 16**3 - 1), rng.randint(0, 16**12 - 1))},
                       separators=(",", ":")).replace("/", "\\/")
    desc = art["sub"]
    t = "%d" % (1700000000 + rng.randint(0, 9999999))
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
    <meta charset="UTF-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/>
    <meta name="description" content="{A(desc)}"/>
    <meta name="robots" content="index, follow, archive"/>
    <meta property="st:section" content="{A(art["section"])}"/>
    <meta name="generator" content="Jimdo Creator"/>
    <meta name="twitter:title" content="{A(art["title"])}"/>
    <meta name="twitter:description" content="{A(desc)}"/>
    <meta name="twitter:card" content="summary_large_image"/>
    <meta property="og:url" content="{url}"/>
    <meta property="og:title" content="{A(art["title"])}"/>
    <meta property="og:description" content="{A(desc)}"/>
    <meta property="og:type" content="article"/>
    <meta property="og:locale" content="{c["cms"]}"/>
    <meta property="og:site_name" content="{A(site)}"/>
    <meta property="og:image" content="{img(slug_[:30], 1024)}"/>
    <meta property="article:published_time" content="{art["date"]}T{rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}:00+01:00"/>
<link rel="canonical" href="{url}"/>
<title>{E(art["title"])} - {E(site)}</title>
<link rel="shortcut icon" href="https://u.jimcdn.com/cms/o/{wid}/img/favicon.png?t={t}"/>
    <link rel="apple-touch-icon-precomposed" href="https://u.jimcdn.com/cms/o/{wid}/img/favicon.png?t={t}"/>
    <link href="https://u.jimcdn.com/cms/o/{wid}/layout/{s["template"]}/css/layout.css?t={t}" rel="stylesheet" type="text/css" id="jimdo_layout_css"/>
<script>     /* <![CDATA[ */     /*!  loadCss [c]2014 @scottjehl, Filament Group, Inc.  Licensed MIT */     window.loadCSS = window.loadCss = function(e,n,t){{var r,l=window.document,a=l.createElement("link");if(n)r=n;else{{var i=(l.body||l.getElementsByTagName("head")[0]).childNodes;r=i[i.length-1]}}return a}};     /* ]]> */ </script>
    <link rel="preload" href="https://assets.jimstatic.com/web.css.{hashlib.md5(wid.encode()).hexdigest()}.css" as="style" onload="this.onload=null;this.rel='stylesheet'"/>
<noscript><link href="https://assets.jimstatic.com/web.css.{hashlib.md5(wid.encode()).hexdigest()}.css" rel="stylesheet"/></noscript>
<script>
    //<![CDATA[
        var jimdoData = {jdata};
    // ]]>
</script>
<script src="https://assets.jimstatic.com/ckies.js.{hashlib.md5((wid + "c").encode()).hexdigest()}.js"></script>
<script src="https://assets.jimstatic.com/cookieControl.js.{hashlib.md5((wid + "k").encode()).hexdigest()}.js"></script>
<script>window.CookieControlSet.setToOff();</script>
<style type="text/css" media="all">.j-nav-variant-nested a, .jtpl-header__title {{color: {s["colour"]};}}</style>
</head>

<body class="body cc-page cc-page-blog j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles-disabled j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles-disabled j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-externalSource-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-m-socialprofiles-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-{page_id}">

<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
    <div class="jtpl-background-area" background-area=""></div>
    <header class="jtpl-header">
        <div class="jtpl-header__inner">
            <div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div id="cc-m-{mid()}" class="j-module n j-imageSubtitle"><figure class="cc-imagewrapper cc-m-image-align-1"><a href="{base}/"><img src="https://image.jimcdn.com/app/cms/image/transf/dimension=260x10000:format=png/path/{wid}/image/logo/version/{t}/image.png" alt="" data-image-id="{rng.randint(9000000000, 9999999999)}"/></a></figure></div></div></div>
            <div class="jtpl-title"><div id="cc-website-title" class="cc-single-module-element"><div id="cc-m-{mid()}" class="j-module n j-header"><a href="{base}/"><span class="cc-within-single-module-element j-website-title-content jtpl-header__title">{E(site)}</span></a></div></div></div>
            <div class="jtpl-tagline"><p>{E(s["tagline"])}</p></div>
        </div>
        <nav class="jtpl-navigation navigation-colors" role="navigation">
            <div class="jtpl-navigation__inner" data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div>
            <a class="jtpl-navigation__toggle" href="javascript:void(0);"><span></span></a>
        </nav>
    </header>
    <div class="jtpl-section cc-content-parent">
        <div class="jtpl-content content-options cc-content-parent">
            <div id="content_area" data-container="content"><div id="content_start"></div>
<div class="j-blog cc-content-parent">
<div class="n j-blog-meta j-blog-post--header">
    <div class="j-text j-module n">
        <a href="{blog}category/{hc.slug(art["section"])}/" class="j-blog-post--category">{E(art["section"])}</a>
        <span class="j-text j-blog-post--date"><time class="platform-element-child" datetime="{art["date"]}">{E(today)}</time></span>
        <h1 class="j-blog-header j-blog-headline j-blog-post--headline">{E(art["title"])}</h1>
    </div>
</div>
<div class="post j-blog-content cc-content-parent">
<div id="cc-matrix-{mid()}">
<div id="cc-m-{mid()}" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper cc-m-image-align-1 cc-m-width-maxed"><img src="{img(slug_[:30], 1024)}" alt="" class="" data-src-width="1600" data-src-height="1067" data-image-id="{rng.randint(9000000000, 9999999999)}" /><figcaption style="width: 1024px">{E(art["caption"])} {E(art["credit"])}</figcaption></figure><div class="cc-clear"></div></div>
{matrix}
</div>
</div>
<div class="j-module n j-text j-blog-post--tags-wrapper"><div class="j-blog-post--tags">{E(c["tags"])} <ul class="j-blog-post--tags-list">{tags}</ul></div></div>
<div id="cc-m-{mid()}" class="j-module n j-sharebuttons "><div class="cc-sharebuttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored cc-sharebuttons-design-square cc-sharebuttons-align-left">{share}</div></div>
<p class="j-blog-post--back"><a href="{blog}">&laquo; {E(c["back"])}</a></p>
<div class="n j-comment">
    <div class="j-blog-comment-counter" id="commentsModule{page_id}">{E(c["comments"].replace("{n}", "0"))}</div>
    <div class="com-list-noreplies"></div>
    <div class="commententry">
        <h3 class="com-title">{E(c["write"])}</h3>
        <form action="/app/module/comment/addcomment" method="post" class="com-form"><input type="hidden" name="pageId" value="{page_id}"/>
            <div><label for="commentEntry-name">{E(c["name"])} *</label><input type="text" name="name" id="commentEntry-name" class="single"/></div>
            <div><label for="commentEntry-email">{E(c["email"])}</label><input type="email" name="email" id="commentEntry-email" class="single"/></div>
            <div><label for="commentEntry-url">{E(c["homepage"])}</label><input type="url" name="url" id="commentEntry-url" class="single"/></div>
            <div><label for="commentEntry-text">{E(c["message"])} *</label><textarea name="text" id="commentEntry-text" rows="8"></textarea></div>
            <input type="submit" class="submit" value="{A(c["submit"])}"/>
        </form>
    </div>
</div>
</div>
            </div>
        </div>
        <aside class="jtpl-sidebar sidebar-options">
            <div data-container="sidebar"><div id="cc-matrix-{mid()}">
                <div id="cc-m-{mid()}" class="j-module n j-header "><h2 class="">{E(s["side_head"])}</h2></div>
                <div id="cc-m-{mid()}" class="j-module n j-text "><p>{E(s["side_text"])}</p></div>
                <div id="cc-m-{mid()}" class="j-module n j-header "><h3 class="">{E(s["recent"])}</h3></div>
                <div id="cc-m-{mid()}" class="j-module n j-blogSelection "><div class="blogselection">{recent}</div></div>
                <div id="cc-m-{mid()}" class="j-module n j-hgrid "><div class="cc-m-hgrid-column" style="width: 49%;"><div id="cc-matrix-{mid()}"><div id="cc-m-{mid()}" class="j-module n j-text "><p>{E(s["grid"][0])}</p></div></div></div><div class="cc-m-hgrid-separator" data-display="cms-only"><div></div></div><div class="cc-m-hgrid-column last" style="width: 49%;"><div id="cc-matrix-{mid()}"><div id="cc-m-{mid()}" class="j-module n j-text "><p>{E(s["grid"][1])}</p></div></div></div><div class="cc-m-hgrid-overlay" data-display="cms-only"></div><br class="cc-clear"/></div>
            </div></div>
        </aside>
    </div>
    <footer class="jtpl-footer footer-options">
        <div class="jtpl-footer__inner">
            <div id="cc-matrix-{mid()}"><div id="cc-m-{mid()}" class="j-module n j-text "><p>{E(s["footer"])}</p></div></div>
            <div id="contentfooter" data-container="footer">
                <div class="leftrow"><div class="j-meta-links"><a href="/about/">{E(c["about"])}</a> | <a href="//{s["host"]}/j/privacy">{E(c["privacy"])}</a> | <a id="cookie-policy" href="javascript:window.CookieControl.showCookieSettings();">{E(c["cookies"])}</a> | <a href="/sitemap/">{E(c["sitemap"])}</a><br/>&copy; {art["date"][:4]} {E(site)}</div></div>
                <div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">{E(c["login"])}</a></span><span class="loggedin"><a rel="nofollow" id="logout" target="_top" href="https://cms.e.jimdo.com/app/cms/logout.php">{E(c["logout"])}</a> | <a rel="nofollow" id="edit" target="_top" href="https://a.jimdo.com/app/auth/signin/jumpcms/?page={page_id}">{E(c["edit"])}</a></span></div>
            </div>
        </div>
    </footer>
</div>
</div>
<div id="cookie-settings-banner" class="cookie-settings-banner" role="dialog" aria-live="polite" style="display: none;">
    <div class="cookie-settings-banner__content">
        <p class="cookie-settings-banner__text">{E(c["banner"])} <a href="//{s["host"]}/j/cookies/policy" class="cookie-settings-banner__link">{E(c["more"])}</a></p>
        <div class="cookie-settings-banner__buttons"><button type="button" class="cookie-settings-banner__button cookie-settings-banner__button--accept" data-cookie-accept-all>{E(c["accept"])}</button><button type="button" class="cookie-settings-banner__button cookie-settings-banner__button--decline" data-cookie-decline>{E(c["decline"])}</button><button type="button" class="cookie-settings-banner__button cookie-settings-banner__button--configure" onclick="window.CookieControl.showCookieSettings();">{E(c["configure"])}</button></div>
    </div>
</div>
<div id="loginbox" class="hidden"></div>
<script src="https://assets.jimstatic.com/web.js.{hashlib.md5((wid + "w").encode()).hexdigest()}.js" async="true"></script>
<script>
    //<![CDATA[
    window.jimdoInit = window.jimdoInit || []; window.jimdoInit.push(function(){{ jimdo.pageId = {page_id}; }});
    // ]]>
</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"jimdo": ["caption"]}  # the j-imageSubtitle module in the body, with its figcaption
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "carbootsales", "speedwatch", "gullycleaning"]
NEW_FAMILIES = ["carbootsales", "speedwatch", "gullycleaning"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"carbootsales": ["car boot", "car-boot", "boot sale", "list your sale", "pitch price", "vide-grenier",
                                     "kofferraum"],
                    "speedwatch": ["speedwatch", "speed watch", "community speed", "speed detection", "tempo-check"],
                    "gullycleaning": ["gully", "gullies", "drain cleaning", "blocked drain", "move your car", "sinkkasten",
                                      "straßeneinl"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village's, a residents' or a community association's website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a Gemeinde's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (an independent publication asks for money, it has no paywall)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="traffic-cam-consent-dl"><p class="traffic-cam-consent-dl__msg">%s</p><button class="traffic-cam-consent-dl__ok" type="button">&#10003;</button></div>',
               '<p class="streets-map-cookie-hint">%s</p>', '<div><small><em>%s</em></small></div>'],
    "newsletter": ['<div class="downland-dawn-signup"><p class="downland-dawn-signup__pitch">%s</p><a class="downland-dawn-signup__go" href="/newsletters/downland-dawn">&#8594;</a></div>',
                   '<p class="last-free-story-dl">%s</p>', '<h5 class="downland-dawn-heading">%s</h5>', '<p><b><a href="/support-us">%s</a></b></p>'],
    "share": ['<ul class="spread-it-downs-bar">{items}</ul>', '<div class="send-it-on-strip">%s</div>', '<p><a href="#send-it-on">%s</a></p>'],
    "photo": ['<p class="picture-desk-credit-dl">%s</p>', '<span class="reader-snapped-tag">%s</span>', '<div><i><small>%s</small></i></div>'],
    "copyright": ['<p class="syndication-team-line">%s</p>', '<div class="reuse-ask-notice-dl"><small>%s</small></div>', '<div><em><small>%s</small></em></div>'],
    "section": ['<p class="just-in-downs">%s</p>', '<h6 class="every-story-link-dl">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="ornament-rule-dl">%s</p>', '<div class="break-glyphs-dl">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="downland-desk-credit">%s</p>', '<div class="parish-correspondent-line">%s</div>', '<div><small><i>%s</i></small></div>'],
    "title": ['<p class="headline-repeat-dl"><b>%s</b></p>', '<h2 class="headline-again-dl">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-carries-on">%s</div>', '<p class="whole-downs-advert-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="read-on-downland"><a href="#more">%s</a></p>', '<div class="unfold-story-bar">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="readers-talking-link"><a href="#comments">%s</a></p>', '<div class="all-reader-comments-dl">%s</div>', '<div><a href="#comments"><strong>%s</strong></a></div>'],
    "readtime": ['<p class="downland-read-mins">%s</p>', '<span class="mins-needed-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="brought-up-to-date"><time>%s</time></p>', '<div class="latest-version-note-dl">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="read-aloud-player-dl"><button class="read-aloud-player-dl__btn" aria-label="Play"></button><span class="read-aloud-player-dl__lbl">%s</span></div>',
              '<p class="hands-full-listen"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="corrected-after-box"><p>%s</p></aside>', '<p class="corrected-note-dl"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="downland-app-promo"><p class="downland-app-promo__txt">%s</p><a class="downland-app-promo__get" href="/app">&#8595;</a></div>',
            '<p class="open-in-app-dl">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-beekeeper-box"><p class="reporter-beekeeper-box__txt">%s</p></div>', '<p class="all-stories-by-dl"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="your-street-tips"><p class="your-street-tips__txt">%s</p></div>', '<p class="ring-newsdesk-dl">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="error-spotted-hint"><p>%s</p></div>', '<p class="highlight-and-report-dl">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="ping-me-optin-dl"><p class="ping-me-optin-dl__q">%s</p></div>', '<p class="big-news-ping-line">%s</p>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="take-it-with-you">{items}</ul>', '<p class="print-ready-dl"><a href="?print=yes">%s</a></p>',
              '<div><a href="?print=yes">%s</a></div>'],
    "feedback": ['<div class="needed-to-know-box-dl"><p class="needed-to-know-box-dl__q">%s</p></div>', '<p class="needed-this-line-dl">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-downland"><p>%s</p></div>', '<p class="complaints-route-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-row-dl"><span class="filed-under-row-dl__txt">%s</span></div>', '<p class="get-more-topic-dl">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-for-later-dl"><a class="keep-for-later-dl__a" href="#later-list">%s</a></div>',
                 '<p class="later-list-line"><a href="#later-list">%s</a></p>', '<div><a href="#later-list">%s</a></div>'],
    "poll": ['<div class="have-your-say-vote"><p class="have-your-say-vote__q">%s</p><button class="have-your-say-vote__go" type="button">&#10003;</button></div>',
             '<h6 class="tally-after-vote-dl">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-downland"><a class="yt-lite-downland__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-photos-strip-dl"><a class="day-photos-strip-dl__a" href="#photos">%s</a></div>',
                '<p class="flick-through-dl">%s</p>', '<div><strong>%s</strong></div>'],
    "map": ['<div class="osm-embed-downland"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-downland__links">%s</p></div>',
            '<figure class="route-map-still-dl"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="pop-in-diary">{items}</ul>', '<p class="same-morning-reminder-dl"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="diary-chip-row-dl"><span class="diary-chip-row-dl__lbl">%s</span></div>'],
    "scores": ['<div class="saturday-scores-link-dl"><a class="saturday-scores-link-dl__a" href="/sport/downland-leagues">%s</a></div>',
               '<ul class="match-centre-tabs-dl">{items}</ul>', '<div><a href="/sport/downland-leagues"><strong>%s</strong></a></div>'],
    # the three families new in this part ({bootlist}: this weekend's car boot sales as a list with site, day,
    # opening time and pitch price; {bootrows}: the sales as a table; {pitchprices}: pitch prices and opening times as
    # a definition list; {speedlist}: the latest speedwatch sessions as a list with street, date, vehicles and those
    # over the limit; {speedrows}: the same as a table; {speednext}: the next sessions as a definition list;
    # {gullylist}: the streets and dates of the gully cleaning round as a list; {gullyrows}: the same as a table;
    # {gullydl}: the same as a definition list under the "please move your car" line)
    "carbootsales": ['<div class="bootsales-weekend"><h4 class="bootsales-weekend__hd">%s</h4><ul class="bootsales-weekend__list">{bootlist}</ul><a class="bootsales-weekend__all" href="/whats-on/car-boot-sales">&#8250;</a></div>',
                     '<div class="bootsale-finder-table"><p class="bootsale-finder-table__hd"><strong>%s</strong></p><table class="bootsale-finder-table__grid">{bootrows}</table></div>',
                     '<p class="list-your-bootsale"><a href="/whats-on/car-boot-sales/add">%s</a></p>',
                     '<div class="pitch-prices-card"><h5 class="pitch-prices-card__hd">%s</h5><dl class="pitch-prices-card__dl">{pitchprices}</dl></div>'],
    "speedwatch": ['<div class="speedwatch-board"><h4 class="speedwatch-board__hd">%s</h4><ul class="speedwatch-board__sessions">{speedlist}</ul></div>',
                   '<div class="speedwatch-results-grid"><p class="speedwatch-results-grid__hd"><b>%s</b></p><table class="speedwatch-results-grid__tbl">{speedrows}</table></div>',
                   '<p class="speedwatch-volunteer-cta"><a class="speedwatch-volunteer-cta__btn" role="button" href="/community/speedwatch/volunteer">%s</a></p>',
                   '<div class="speedwatch-next-panel"><h5 class="speedwatch-next-panel__hd">%s</h5><dl class="speedwatch-next-panel__dl">{speednext}</dl></div>'],
    "gullycleaning": ['<div class="gully-round-notice"><h4 class="gully-round-notice__hd">%s</h4><ul class="gully-round-notice__list">{gullylist}</ul></div>',
                      '<div class="drain-schedule-table"><p class="drain-schedule-table__hd"><strong>%s</strong></p><table class="drain-schedule-table__grid">{gullyrows}</table></div>',
                      '<p class="report-drain-link"><a href="/roads/report-a-blocked-drain">%s</a></p>',
                      '<div class="move-your-car-strip"><p class="move-your-car-strip__hd"><strong>%s</strong></p><dl class="move-your-car-strip__dl">{gullydl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>(%s)</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/downland-dawn"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#send-it-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> | ']),
          "carbootsales": (0.7, [' <a href="/whats-on/car-boot-sales/add"><strong>%s</strong></a>']),
          "speedwatch": (0.7, ['<br><a class="btn" href="/community/speedwatch/volunteer"><b>%s</b></a>']),
          "gullycleaning": (0.7, [' <a href="/roads/report-a-blocked-drain"><em>%s</em></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# list-your-sale link, the volunteer button and the report-a-drain link, not the lists, tables or cards)
INLINE_WORDING = {"newsletter": 0, "carbootsales": 2, "speedwatch": 2, "gullycleaning": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-photo-dl"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} | {cr}</small></div>']
RELATED_STYLES = ['<div class="also-on-the-downs"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="downland-reporters-more"><p class="downland-reporters-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (BOOT_HEAD, SPEED_HEAD, GULLY_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    k = "%06x" % rng.randint(0, 16**6 - 1)
    boots = "".join('<li><a href="/whats-on/car-boot-sales/%s-%d"><strong>%s</strong></a> · %s · %s · %s</li>' % (
        k, j, esc(w), esc(d), esc(o), esc(p)) for j, (w, d, o, p) in enumerate(BOOT_SALES[lang]))
    pitches = dl([(w, "%s, %s, %s" % (d, o, p)) for w, d, o, p in BOOT_SALES[lang]])
    speeds = "".join('<li><b>%s</b>, %s: %s, %s</li>' % (esc(w), esc(d), esc(v), esc(o)) for w, d, v, o in SPEED_SESSIONS[lang])
    gullies = "".join('<li><strong>%s</strong> – %s</li>' % (esc(w), esc(d)) for w, d in GULLY_ROUNDS[lang])
    return (style.replace("{bootlist}", boots)
            .replace("{bootrows}", table(BOOT_HEAD[lang], BOOT_SALES[lang]))
            .replace("{pitchprices}", pitches)
            .replace("{speedlist}", speeds)
            .replace("{speedrows}", table(SPEED_HEAD[lang], SPEED_SESSIONS[lang]))
            .replace("{speednext}", dl(SPEED_NEXT[lang]))
            .replace("{gullylist}", gullies)
            .replace("{gullyrows}", table(GULLY_HEAD[lang], GULLY_ROUNDS[lang]))
            .replace("{gullydl}", dl(GULLY_ROUNDS[lang])))


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
               "scores": rng.choice([0, mid, n]), "carbootsales": rng.choice([mid, n, n]),
               "speedwatch": rng.choice([0, mid, n]), "gullycleaning": rng.choice([0, mid, n])}.get(fam, mid)
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
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🚗</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
# a background colour set in Jimdo's text editor (its colour picker writes an inline style on a span)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "jimdo": ('<span style="background-color: #fff3a3;">', "</span>")}


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
# templates: jimdo is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"jimdo": tpl_jimdo, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h74), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "jimdo"


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
            rng = random.Random("newsflow-heldout76-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI76[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 75) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h74), labels, furniture strings,
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
    # layouts: jimdo (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h73 or h74 gave it
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
    # the jimdo pages: a site of JIMDO_SITES in a language of JIMDO_CORE, a small site (a village association), with an
    # image caption for the body image; of the looks only those the site's editor can set in Jimdo's text module
    # (bold, italic, a background colour, a line break); no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in JIMDO_SITES or a["lang"] not in JIMDO_CORE or a.get("kind") != "small" or not a.get("body_caption")
                                       or any(st not in ("bold", "italic", "highlight", "br") for st, _ in a.get("look", []))):
            problems.append("%s: jimdo page needs a Jimdo site, a body caption and the editor's looks only" % a["id"])
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
    jimdo_sites = [{k: v for k, v in d.items() if k not in JIMDO_EXEMPT} for d in JIMDO_SITES.values()]
    # (JIMDO_CORE, BOOT_HEAD, SPEED_HEAD and GULLY_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("JIMDO_SITES", jimdo_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "JIMDO_SITES" and s.startswith("/")):
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




