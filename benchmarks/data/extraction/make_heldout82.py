#!/usr/bin/env python3
"""Eighty-second held-out part (h82-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout82.py           # write pages/h82-*.html
    python benchmarks/data/extraction/make_heldout82.py --check   # verify pages/h82-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout82.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout81.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h82_en.py / articles_h82_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: heritage blue-plaque scheme panels on stories about a plaque or a plaque trail -- who has
been remembered so far, who may be nominated, what the building must be and how to nominate, as a list, the same as
a table, the "nominate someone for a plaque" link, the same as a definition-list rules card --, community-transport
dial-a-ride booking panels on stories about a door-to-door minibus or social taxi -- who can use it, the areas it
serves, its fares and the booking line's telephone and hours, as a list, the same as a table, the "book a journey"
button, the same as a definition-list booking card --, and tree-works / tree-preservation-order application lists on
stories about a protected tree or the council's tree applications -- the addresses, the works proposed and the date
comments close, as a list, the same as a table, the "comment on a tree application" link, the address with works and
deadline as a definition-list strip --), their wrapper class names, related headlines, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings are new here: none of the sentences of
make_pages.RESIDUE / UI or of the R pools of make_heldout2..80, nor their labels, furniture strings, widget rows,
headlines or site names; verify() refuses to build if one is reused, if a wrapper class name of an earlier part
recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a story
paragraph or headline of an earlier part (h79 and h80 included) recurs, if a headline is also a story paragraph, or
if a body is outside 150-400 words.  Every name and number is fictional.  The tables' heads (PLAQUE_HEAD,
DIALARIDE_HEAD, TREE_HEAD) are the web teams' generic strings and not checked; the rows themselves (PLAQUE_RULES,
DIALARIDE_RULES, TREE_APPS) are new.  (make_heldout79.py has memorial bench and plaque scheme notices -- benches with
a small plaque, their places, costs and waits --; the heritage panel here is a civic scheme naming people on their
houses, with nomination criteria.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): blue-plaque panels on an English volunteer
news site's plaque to a doctor who drove her own ambulance in the 1947 floods (the English new-layout page: the
list), an English feature walking a town's plaque trail (the table), a German Gedenktafel for a village organ builder
(the nominate link) and a Russian memorial plaque to a village's first teacher (the rules card); dial-a-ride panels
on an English charity's minibuses reaching moorland farms (the list), a French communauté de communes extending its
transport à la demande to fourteen communes (the table), a Spanish mancomunidad's transporte a la demanda for
hamlets left without a bus (the Spanish new-layout page: the booking button) and a Russian district's social taxi
running on Saturdays (the card); tree-works lists on an English copper beech under a tree preservation order (the
list), English conservation-area tree applications doubling (the table), a German Rotbuche under a Baumschutzsatzung
(the comment link) and a French commune's own notice of a felling request in an espace boisé classé (on TYPO3: the
strip).  Earlier families that need a reason in the story are placed the same way (a gallery on a scarecrow
festival, a calendar on a revived grape-harvest festival); the other generic families are balanced over the part,
leaving out those the page's site would not print (the story's "kind": a Russian village's uCoz site -- a small site
--, a French commune's own page on TYPO3 -- no newspaper furniture --, an independent local publication on Medium,
which prints no ads, app, push or print prompts, comment counters or press-standards lines, and of the newsletter
family only its appeal for money, and, new here, a volunteer-run community news site -- no ads, app, push or audio
prompts, press-standards or report-a-typo lines, and of the newsletter family only its pitch); a correction box goes
only on a story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed
boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links,
lists, spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story
paragraph (credit, tip, newsletter pitch, share line, the nominate-a-plaque link, the book-a-ride button, the
comment-on-a-tree-application link; only one line in any paragraph) or a bold section tag run into the start of the
first paragraph (drawn at random; no story of this part asks for one).  On the new layout, residue the editor pasted
into the article through TinyMCE sits between the article's blocks inside div[itemprop=articleBody] (no wrapper of
its own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, gutenberg and sanity), italics (a one-line quote on the English new-layout
page and on semantic), bold (a one-line paragraph on both new-layout pages and on nextjs), a highlighted sentence (a
<mark> typed in TinyMCE on both new-layout pages, a <mark> on quintype), a paragraph in a box (a CKEditor style on
drupal, the magazine's panel, a Gutenberg group), a fact box holding a subheading and its list (a Fusion custom
embed: an open-air pool in figures), a Ghost callout card (what allotment holders may not do), a paragraph typed
after a <br> (Shift+Enter, on both new-layout pages, and on chunks); story structures that look like furniture but
are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "Ya köy köpekleri?",
"Combien de films ?", "Any close calls on Moor Road?" --, in English, Turkish and French: a school crossing patrol
after 30 years, a village postman after 30, a cinema projectionist after 40), lists inside the story (what
conservation-area tree applications show, an open-air pool in figures, what each allotment holder receives, what
villagers did to a spring), crossheads as headings and as bold paragraphs, one-line quotes and short one-line
paragraphs ("She charged nothing to anyone who could not pay.", "Nobody could remember who won the first
festival.", "Ya no hay que pedir favores.", "A las nueve de la noche no quedaba ni una silla libre."), a closing line
with practical information (an unveiling's time and ramp, volunteering for the minibuses, a tree application's
comment date, a trail leaflet's price, a post office's hours, bowls coaching, a library's hours, a pool's prices, a
commune's file open for inspection, a social taxi's booking), and story sentences that mention furniture words in
ordinary reporting ("Cookies, cream teas and a tombola" opening a story, "Subscribe to the idea" opening another,
"Paylaşmak istediğimiz bir haber var" and "Folgen Sie der Lindenallee" opening two more, "Kuchen, Pommes und
Sonnencreme" opening a fifth, "Anyone wanting to volunteer can contact Vale Wheels" closing a story and
"Фотографии с воскресника выложены в фотоальбоме на нашем сайте" closing another), some at the start or end of the
story where furniture usually sits.  Two pages carry no residue at all (an English and a Turkish interview) and one
only its correction line (an English post office reopening in a hardware shop).
One page layout is new (helixultimate: a com_content article on a Joomla 4/5 site with JoomShaper's Helix Ultimate
template, on two pages, an English and a Spanish one -- a volunteer community news site for a valley town and a
comarcal digital daily): the article URL (/<category>/<id>-<alias>) and Joomla's images paths; the head Joomla's
document renderer writes (charset and viewport, author and description metas, the "Joomla! - Open Source Content
Management" generator, "<headline> - <site>" as the title, the favicon and Smart Search's OpenSearch link, the media
stylesheets -- awesomplete, joomla-alert, Helix's system-j4.min.css, joomla-fontawesome -- and the template's
bootstrap.min.css, template.css and preset css with its inline custom style, the joomla-script-options JSON with the
csrf token and the JText strings, core.min.js, bootstrap-es5, showon, jquery and jquery-noconflict, the alert,
messages and finder modules, the template's main.js, the ld+json block, template="shaper_helixultimate" and the
Open Graph and Twitter metas); body.site.helix-ultimate.hu.com_content.com-content.view-article with its
itemid-<n>, language, sticky-header, layout-fluid and offcanvas classes; div.body-wrapper > div.body-innerwrapper;
div#sp-top-bar (#sp-top1 with ul.social-icons, #sp-top2 with ul.sp-contact-info); header#sp-header (#sp-logo with
img.logo-image, #sp-menu with nav.sp-megamenu-wrapper, the #offcanvas-toggler burger-icon, ul.sp-megamenu-parent of
li.sp-menu-item items -- the current-item active one, one sp-has-child with its sp-dropdown sp-dropdown-main -- and
the Smart Search module's mod-finder form in an sp-module); section#sp-page-title with the breadcrumbs module
(nav.mod-breadcrumbs__wrapper, ol.mod-breadcrumbs.breadcrumb); section#sp-main-body with main#sp-component
(#system-message-container, then Helix's com_content override: div.article-details with itemscope / itemtype
https://schema.org/Article, the inLanguage meta, div.article-full-image with itemprop image, div.article-header >
h1[itemprop=headline], div.article-can-edit, div.article-info -- span.createdby with itemprop author and its Person
scope, span.category-name, span.published with the datePublished time, span.hits with the interactionCount meta --,
div.article-ratings-social-share with the social-share-block and its popup share links, div[itemprop=articleBody]
with the article's text -- p, h2, ul / ol, blockquote and the editor's pasted residue --, the tags layout
(ul.tags.list-inline of li.tag-N items with btn-sm btn-info links), div.article-footer-wrap with the
article-author-information box, nav.pagenavigation with the previous / next buttons and their visually-hidden
labels, the template's related articles (div.related-article-list-container, h3.related-article-title,
div.article-list.related-article-list of article-header / article-info cards)) and aside#sp-right (sp-module
modules with h3.sp-module-title: the latest-articles module's ul.latestnews, the popular-tags module's
div.tagspopular.tagscloud with counts, a custom module about the site); section#sp-bottom (three sp-bottom columns:
a custom module with the contact line and two menu modules); footer#sp-footer with span.sp-copyright; the
offcanvas-overlay and div.offcanvas-menu with its close-offcanvas burger and its menu module; a.sp-scroll-up; and the
template's cookie notice (div.sp-cookie-consent.position-bottom with div.sp-cookie-consent-content and the
sp-cookie-close sp-cookie-allow button).  The platform's strings (HELIX_CORE, per language: Joomla's and Helix
Ultimate's language files) are left as they ship and not checked; the sites' own strings (HELIX_SITES: menus, module
titles and texts, tags, author bio, bottom modules, footer line, the cookie notice's text) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h79 or h80 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
regional, magazine, nextjs, gutenberg, chunks and hugo; Turkish on wordpress, drupal and amp; German on table, sanity
and fusion; French on typo3, medium and semantic; Spanish on ghost and storybody; Russian on ucoz, quintype and
portal); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site
rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped
for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout80.py, so that make_pages.py can import this module and merge it the same way. Standard
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
from make_pages import E, A, UI  # noqa: E402
from articles_h82_en import ARTICLES as H82_EN  # noqa: E402
from articles_h82_intl import ARTICLES as H82_INTL  # noqa: E402



ARTICLES = H82_EN + H82_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80)
# parts whose layouts' languages this part avoids (the two before it; h81 is written at the same time)
LANG_PARTS = (mp79, mp80)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h82"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brackwater Vale Mercury", "Saltmoor Sentinel", "Hollinsby Weekly Post", "The Vale Tribune",
           "Cradley Cross Courier", "Upper Brackwater Herald", "Stonegate and Vale News", "Kestrel Vale Journal"],
    "tr": ["Çayova Haber", "Karasöğüt Postası", "Çayova Ekspres"],
    "de": ["Lindentaler Anzeiger", "Auenbote Lindental", "Lindentaler Kreisblatt"],
    "fr": ["Le Réveil du Val des Saules"],
    "es": ["El Eco de la Vega del Alcor", "Crónica del Alcor"],
    "ru": ["Каменская новь", "Вестник долины Каменки"],
}
# sites fixed per page (the two Helix Ultimate sites, a French commune's own site on TYPO3, a Russian village's site
# on uCoz, an independent local publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h80 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The weir camera at Brackwater lock needs video cookies switched on before it will play", "Switch on map cookies to load this plan of the Vale"],
        "tr": ["Çayova bendindeki canlı kamera, video çerezleri açılmadan oynatılmıyor", "Çayova'nın bu krokisini yüklemek için harita çerezlerini açın"],
        "de": ["Die Kamera am Lindentaler Wehr spielt erst ab, wenn Video-Cookies eingeschaltet sind", "Schalten Sie Karten-Cookies ein, um diesen Lageplan des Lindentals zu laden"],
        "fr": ["La caméra du barrage du Val des Saules ne se lance qu'une fois les cookies vidéo activés", "Activez les cookies de carte pour charger ce plan du Val des Saules"],
        "es": ["La cámara del azud de la Vega solo arranca con las cookies de vídeo activadas", "Activa las cookies de mapas para cargar este plano de la Vega del Alcor"],
        "ru": ["Камера на плотине в долине Каменки включится только с разрешёнными видео-cookie", "Включите cookie карт, чтобы загрузить эту схему долины Каменки"],
    },
    "newsletter": {
        "en": ["The Vale at Seven: the evening's local news, one short email, every weekday", "You've reached your free Vale articles for this month: sign up at no cost to keep reading", "No owner, no shareholders: readers' monthly gifts pay for {site} in the Vale"],
        "tr": ["Akşam Yedide Çayova: günün yerel haberleri, her hafta içi tek kısa e-postada", "Bu ayki ücretsiz Çayova haberlerinizin sonuna geldiniz: okumayı sürdürmek için ücretsiz üye olun", "Patronumuz yok, ortağımız yok: {site} Çayova'da okurlarının aylık bağışlarıyla ayakta"],
        "de": ["Lindental um sieben: die Lokalnachrichten des Abends, werktags in einer kurzen Mail", "Ihre freien Lindental-Artikel für diesen Monat sind aufgebraucht: kostenlos anmelden und weiterlesen", "Kein Eigentümer, keine Aktionäre: monatliche Spenden der Leser bezahlen {site} im Lindental"],
        "fr": ["Le Val à sept heures : l'actualité locale du soir, chaque jour de semaine, en un court courriel", "Vous avez lu vos articles gratuits du Val ce mois-ci : inscrivez-vous sans frais pour continuer", "Ni propriétaire ni actionnaire : les dons mensuels des lecteurs financent {site} dans le Val"],
        "es": ["La Vega a las siete: las noticias locales de la tarde, cada día laborable, en un correo breve", "Has leído tus noticias gratis de la Vega este mes: apúntate sin coste para seguir leyendo", "Sin dueño ni accionistas: las aportaciones mensuales de los lectores pagan {site} en la Vega"],
        "ru": ["«Долина в семь»: вечерние местные новости по будням одним коротким письмом", "Ваши бесплатные статьи о долине Каменки на этот месяц закончились: зарегистрируйтесь бесплатно, чтобы читать дальше", "Ни владельца, ни акционеров: ежемесячные взносы читателей оплачивают работу «{site}» в долине"],
    },
    "share": {
        "en": ["Spread it through the Vale: Facebook · WhatsApp · Threads · Email", "Someone at the town hall ought to read this? Forward it on ›"],
        "tr": ["Çayova'ya yayın: Facebook · WhatsApp · Threads · E-posta", "Belediyede bunu okuması gereken biri mi var? Çayova haberini ona iletin ›"],
        "de": ["Im Lindental verbreiten: Facebook · WhatsApp · Threads · E-Mail", "Sollte das jemand im Rathaus lesen? Leiten Sie es weiter ›"],
        "fr": ["Faites circuler dans le Val : Facebook · WhatsApp · Threads · Courriel", "Quelqu'un à la mairie devrait lire ceci ? Transférez-le ›"],
        "es": ["Hazlo correr por la Vega: Facebook · WhatsApp · Threads · Correo", "¿Alguien del ayuntamiento debería leer esto? Reenvíale esta noticia del Alcor ›"],
        "ru": ["Разошлите по долине: ВКонтакте · Telegram · Одноклассники · Почта", "Это стоит прочитать кому-то в администрации? Перешлите ему материал о Каменке ›"],
    },
    "photo": {
        "en": ["Picture sent to the Vale photo inbox", "Taken for us by a reader in the Vale, with thanks"],
        "tr": ["Fotoğraf Çayova fotoğraf kutusuna gönderildi", "Çayovalı bir okurumuz bizim için çekti, teşekkür ederiz"],
        "de": ["Bild eingesandt an das Fotopostfach Lindental", "Von einem Leser im Lindental für uns aufgenommen, mit Dank"],
        "fr": ["Image envoyée à la boîte photo du Val", "Prise pour nous par une lectrice du Val, avec nos remerciements"],
        "es": ["Imagen enviada al buzón de fotos de la Vega", "La hizo para nosotros un lector de la Vega, gracias"],
        "ru": ["Снимок прислан в фотоящик долины Каменки", "Снято для нас читательницей из долины, благодарим"],
    },
    "copyright": {
        "en": ["© {site} 2026 — no part of this Vale article may be copied, republished or broadcast without the publisher's written agreement."],
        "tr": ["© {site} 2026 — bu Çayova haberinin hiçbir bölümü yayıncının yazılı onayı olmadan kopyalanamaz, yeniden yayımlanamaz."],
        "de": ["© {site} 2026 — kein Teil dieses Lindental-Artikels darf ohne schriftliche Zustimmung des Verlags kopiert oder neu veröffentlicht werden."],
        "fr": ["© {site} 2026 — aucune partie de cet article du Val ne peut être copiée ou republiée sans l'accord écrit de l'éditeur."],
        "es": ["© {site} 2026 — ninguna parte de esta noticia de la Vega puede copiarse ni volver a publicarse sin el acuerdo escrito del editor."],
        "ru": ["© «{site}», 2026 — никакую часть этого материала о долине нельзя копировать или перепечатывать без письменного согласия издателя."],
    },
    "section": {
        "en": ["Fresh from the Vale desk: {section}", "Every {section} story from the Vale ›"],
        "tr": ["Çayova masasından taze: {section}", "Çayova'dan bütün {section} haberleri ›"],
        "de": ["Frisch vom Lindental-Tisch: {section}", "Jede {section}-Geschichte aus dem Lindental ›"],
        "fr": ["Tout chaud du bureau du Val : {section}", "Chaque article {section} du Val ›"],
        "es": ["Recién salido de la mesa de la Vega: {section}", "Cada historia de {section} de la Vega ›"],
        "ru": ["Свежее из редакции долины: {section}", "Каждая история рубрики «{section}» из долины ›"],
    },
    "related": {
        "en": ["Elsewhere round Brackwater today", "More from our Vale reporters"],
        "tr": ["Bugün Çayova'nın başka köşelerinde", "Çayova muhabirlerimizden daha fazlası"],
        "de": ["Anderswo im Lindental heute", "Mehr von unseren Reportern im Lindental"],
        "fr": ["Ailleurs dans le Val aujourd'hui", "Plus de nos reporters du Val"],
        "es": ["En otros rincones de la Vega hoy", "Más de nuestros reporteros de la Vega"],
        "ru": ["В других уголках долины сегодня", "Ещё от наших корреспондентов в долине"],
    },
    "symbol": {
        "*": ["⟡ ⟢ ⟡ ⟢ ⟡", "❦ · ❦ · ❦ · ❦", "⊹ ⊹ ⊹ ⊹ ⊹ ⊹", "◇─◇─◇─◇"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} Brackwater team", "Our Brackwater district correspondent contributed to this article"],
        "tr": ["{site} vadi ekibinin katkılarıyla", "Çayova ilçe muhabirimiz bu habere katkıda bulundu"],
        "de": ["Mitarbeit: das Lindental-Team von {site}", "Unsere Korrespondentin im Lindental hat zu diesem Artikel beigetragen"],
        "fr": ["Avec la contribution de l'équipe vallée de {site}", "Notre correspondante du Val des Saules a contribué à cet article"],
        "es": ["Con la colaboración del equipo comarcal de {site}", "Nuestra corresponsal en la Vega del Alcor ha contribuido a esta noticia"],
        "ru": ["При участии группы «{site}» по долине", "Наш корреспондент в долине Каменки участвовал в подготовке материала"],
    },
    "ad": {
        "en": ["Advertisement · the Vale story resumes below", "Reach every household in the Vale: {site} adverts from £14 a week"],
        "tr": ["Reklam · Çayova haberi aşağıda sürüyor", "Çayova'daki her haneye ulaşın: {site} reklamları haftalık 350 liradan başlıyor"],
        "de": ["Anzeige · die Lindental-Geschichte geht unten weiter", "Erreichen Sie jeden Haushalt im Lindental: Anzeigen bei {site} ab 14 € pro Woche"],
        "fr": ["Publicité · l'article du Val reprend plus bas", "Touchez chaque foyer du Val : annonces sur {site} à partir de 14 € la semaine"],
        "es": ["Publicidad · la noticia de la Vega sigue más abajo", "Llega a cada hogar de la Vega: anuncios en {site} desde 14 € a la semana"],
        "ru": ["Реклама · материал о Каменке продолжается ниже", "Каждая семья в долине увидит вашу рекламу: «{site}» от 1100 ₽ в неделю"],
    },
    "continue": {
        "en": ["Read the whole Vale story", "Show the rest of this Vale article ▾"],
        "tr": ["Çayova haberinin bütününü okuyun", "Bu Çayova haberinin devamını gösterin ▾"],
        "de": ["Die ganze Lindental-Geschichte lesen", "Den Rest dieses Lindental-Artikels anzeigen ▾"],
        "fr": ["Lire tout l'article du Val", "Afficher la suite de cet article du Val ▾"],
        "es": ["Leer la historia entera de la Vega", "Mostrar el resto de esta noticia de la Vega ▾"],
        "ru": ["Читать всю историю о долине", "Показать остальную часть материала о долине ▾"],
    },
    "comments": {
        "en": ["{n} people in the Vale have joined the conversation", "Add your voice to {n} Vale comments ›"],
        "tr": ["Çayova'dan {n} kişi tartışmaya katıldı", "{n} Çayova yorumuna siz de ekleyin ›"],
        "de": ["{n} Menschen aus dem Lindental diskutieren mit", "Ihre Stimme zu {n} Lindental-Kommentaren ›"],
        "fr": ["{n} habitants du Val ont rejoint la discussion", "Ajoutez votre voix aux {n} commentaires du Val ›"],
        "es": ["{n} vecinos de la Vega se han sumado a la conversación", "Suma tu voz a los {n} comentarios de la Vega ›"],
        "ru": ["{n} жителей долины присоединились к обсуждению", "Добавьте свой голос к {n} комментариям из долины ›"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the Vale", "Vale reading time: about {m} min"],
        "tr": ["Çayova'dan {m} dakikalık okuma", "Çayova okuma süresi: yaklaşık {m} dk"],
        "de": ["{m} Minuten Lektüre aus dem Lindental", "Lindental-Lesezeit: rund {m} Min."],
        "fr": ["Une lecture de {m} minutes depuis le Val", "Temps de lecture du Val : environ {m} min"],
        "es": ["Una lectura de {m} minutos desde la Vega", "Tiempo de lectura en la Vega: unos {m} min"],
        "ru": ["Чтение из долины на {m} минуты", "Время чтения о долине: около {m} мин"],
    },
    "updated": {
        "en": ["Revised by the Vale desk {d}, {t}", "Updated {d} at {t} with the town council's response"],
        "tr": ["Çayova masası tarafından {d}, {t} itibarıyla düzeltildi", "{d}, saat {t}'de belediyenin yanıtıyla güncellendi"],
        "de": ["Überarbeitet vom Lindental-Tisch am {d}, {t} Uhr", "Aktualisiert am {d} um {t} Uhr mit der Antwort des Rathauses"],
        "fr": ["Révisé par le bureau du Val le {d}, {t}", "Mis à jour le {d} à {t} avec la réponse de la mairie des Saules"],
        "es": ["Revisado por la mesa de la Vega el {d}, {t}", "Actualizado el {d} a las {t} con la respuesta del ayuntamiento del Alcor"],
        "ru": ["Исправлено редакцией долины {d}, {t}", "Обновлено {d} в {t} с ответом администрации"],
    },
    "audio": {
        "en": ["▶ Play this Vale article ({m} min)", "Prefer your ears? {m} minutes, read by a Vale reporter"],
        "tr": ["▶ Bu Çayova haberini oynatın ({m} dk)", "Kulaklarınızı mı tercih edersiniz? Bir Çayova muhabirinin sesinden {m} dakika"],
        "de": ["▶ Diesen Lindental-Artikel abspielen ({m} Min.)", "Lieber mit den Ohren? {m} Minuten, gelesen von einem Lindental-Reporter"],
        "fr": ["▶ Lancer cet article du Val ({m} min)", "Plutôt les oreilles ? {m} minutes, lues par une reporter du Val"],
        "es": ["▶ Reproduce esta noticia de la Vega ({m} min)", "¿Prefieres escucharla? {m} minutos, leídos por una reportera de la Vega"],
        "ru": ["▶ Включить материал о долине ({m} мин)", "Удобнее слушать про Каменку? {m} минут, читает корреспондент долины"],
    },
    "app": {
        "en": ["Vale news the moment it happens: download the {site} app", "Carry on reading in the Brackwater app ›"],
        "tr": ["Çayova haberleri olduğu an: {site} uygulamasını indirin", "Çayova uygulamasında okumaya devam edin ›"],
        "de": ["Lindental-Nachrichten im Moment des Geschehens: laden Sie die App von {site}", "In der Lindental-App weiterlesen ›"],
        "fr": ["L'info du Val à la seconde : téléchargez l'appli {site}", "Poursuivre la lecture dans l'appli du Val ›"],
        "es": ["Las noticias de la Vega en el momento: descarga la app de {site}", "Sigue leyendo en la app del Alcor ›"],
        "ru": ["Новости Каменки в ту же минуту: скачайте приложение «{site}»", "Дочитать в приложении о Каменке ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} across the Vale and keeps bees on an allotment in Saltmoor.", "More stories by {by} from the Vale ›"],
        "tr": ["{by}, {site} için Çayova genelinde {section} haberlerini izliyor ve bağ evinde arı besliyor.", "{by} imzalı diğer Çayova haberleri ›"],
        "de": ["{by} berichtet für {site} im ganzen Lindental über {section} und hält Bienen im Schrebergarten.", "Weitere Geschichten von {by} aus dem Lindental ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} dans tout le Val et élève des abeilles au jardin.", "D'autres articles de {by} depuis le Val ›"],
        "es": ["{by} cubre {section} para {site} en toda la Vega y cuida colmenas en su huerto.", "Más historias de {by} desde la Vega ›"],
        "ru": ["{by} освещает тему «{section}» для «{site}» по всей долине и держит пасеку на даче.", "Другие истории {by} из долины ›"],
    },
    "tip": {
        "en": ["Got a story from the Vale? Write to newsdesk@vale-tribune-news.example", "WhatsApp the Vale desk on 07700 900 827"],
        "tr": ["Çayova'dan bir haberiniz mi var? haber@cayova-masa.example adresine yazın", "Çayova masasına WhatsApp'tan ulaşın: 0 (533) 900 82 70"],
        "de": ["Eine Geschichte aus dem Lindental? Schreiben Sie an redaktion@lindental-tisch.example", "Per WhatsApp an den Lindental-Tisch: 0160 900 82 70"],
        "fr": ["Une info dans le Val ? Écrivez à redaction@val-des-saules-info.example", "Le bureau du Val sur WhatsApp : 06 00 90 82 70"],
        "es": ["¿Tienes una historia de la Vega? Escribe a redaccion@vega-alcor-mesa.example", "WhatsApp de la mesa de la Vega: 600 900 827"],
        "ru": ["Есть история из долины? Пишите на redakciya@dolina-kamenki.example", "WhatsApp редакции долины: +7 900 000-82-70"],
    },
    "typo": {
        "en": ["Found a mistake in this Vale article? Highlight it and press Ctrl+Enter to tell the Vale desk"],
        "tr": ["Bu Çayova haberinde hata mı buldunuz? Seçin ve Çayova masasına iletmek için Ctrl+Enter'a basın"],
        "de": ["Fehler in diesem Lindental-Artikel gefunden? Markieren und mit Strg+Enter dem Lindental-Tisch melden"],
        "fr": ["Une faute dans cet article du Val ? Sélectionnez-la et faites Ctrl+Entrée pour la signaler au bureau du Val"],
        "es": ["¿Has encontrado un fallo en esta noticia del Alcor? Selecciónalo y pulsa Ctrl+Intro para avisar a la mesa"],
        "ru": ["Нашли ошибку в материале о Каменке? Выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции долины"],
    },
    "push": {
        "en": ["Want an alert whenever something happens in the Vale? Yes, alert me · Not now, thanks"],
        "tr": ["Çayova'da bir şey olduğunda uyarı ister misiniz? Evet, haber verin · Şimdilik hayır"],
        "de": ["Eine Benachrichtigung, wann immer im Lindental etwas passiert? Ja, bitte · Jetzt nicht"],
        "fr": ["Une notification dès qu'il se passe quelque chose dans le Val ? Oui, merci · Pas maintenant"],
        "es": ["¿Quieres un aviso cada vez que pase algo en la Vega? Sí, por favor · Ahora no"],
        "ru": ["Присылать уведомление, когда в долине что-то случается? Да, пожалуйста · Не сейчас"],
    },
    "print": {
        "en": ["Keep this Vale article: Print · Save as PDF · Email it", "Printer-friendly Vale page ›"],
        "tr": ["Bu Çayova haberini saklayın: Yazdır · PDF olarak kaydet · E-postayla gönder", "Yazıcı dostu Çayova sayfası ›"],
        "de": ["Diesen Lindental-Artikel behalten: Drucken · Als PDF sichern · Per Mail senden", "Druckfreundliche Lindental-Seite ›"],
        "fr": ["Garder cet article du Val : Imprimer · Enregistrer en PDF · L'envoyer", "Page du Val adaptée à l'impression ›"],
        "es": ["Quédate esta noticia de la Vega: Imprimir · Guardar en PDF · Enviarla", "Página de la Vega para imprimir ›"],
        "ru": ["Сохранить материал о долине: Печать · Сохранить в PDF · Отправить", "Страница долины для печати ›"],
    },
    "feedback": {
        "en": ["Was this Vale article useful? Very · A little · Not really"],
        "tr": ["Bu Çayova haberi işinize yaradı mı? Çok işime yaradı · Biraz · Hiç"],
        "de": ["War dieser Lindental-Artikel nützlich? Sehr · Ein wenig · Eher nicht"],
        "fr": ["Cet article du Val vous a-t-il servi ? Oui, tout à fait · En partie seulement · Pas du tout"],
        "es": ["¿Te ha servido esta noticia de la Vega? Sí, bastante · Solo en parte · Para nada"],
        "ru": ["Был ли полезен материал о долине? Очень · Немного · Не особо"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code of Practice across its Vale titles. Complaints about this article go to standards@vale-tribune-news.example."],
        "tr": ["{site}, bütün Çayova yayınlarında gazetecilik meslek ilkelerine uyar. Bu haberle ilgili şikâyetler ilkeler@cayova-masa.example adresine."],
        "de": ["{site} hält sich in allen Lindental-Titeln an den Pressekodex. Beschwerden zu diesem Artikel bitte an kodex@lindental-tisch.example."],
        "fr": ["{site} applique la charte déontologique dans tous ses titres du Val. Réclamations sur cet article : deontologie@val-des-saules-info.example."],
        "es": ["{site} aplica el código deontológico en todas sus cabeceras de la Vega. Las quejas sobre esta noticia, a deontologia@vega-alcor-mesa.example."],
        "ru": ["«{site}» во всех изданиях долины соблюдает кодекс профессиональной этики. Жалобы на этот материал: etika@dolina-kamenki.example."],
    },
    "topics": {
        "en": ["Topics: {section} · Brackwater Vale · Valley villages", "Follow {section} in Brackwater ›"],
        "tr": ["Konular: {section} · Çayova · Ova köyleri", "Çayova'da {section} konusunu takip edin ›"],
        "de": ["Themen: {section} · Lindental · Dörfer im Tal", "{section} im Lindental folgen ›"],
        "fr": ["Thèmes : {section} · Val des Saules · Villages de la vallée", "Suivre {section} dans le Val ›"],
        "es": ["Temas: {section} · Vega del Alcor · Pueblos del valle", "Sigue {section} en el Alcor ›"],
        "ru": ["Темы: {section} · Долина Каменки · Сёла долины", "Следить за темой «{section}» на Каменке ›"],
    },
    "bookmark": {
        "en": ["☆ Add to your Vale reading list"],
        "tr": ["☆ Çayova okuma listenize ekleyin"],
        "de": ["☆ Zur Lindental-Leseliste hinzufügen"],
        "fr": ["☆ Ajouter à votre liste de lecture du Val"],
        "es": ["☆ Añadir a tu lista de lectura de la Vega"],
        "ru": ["☆ Добавить в список чтения долины"],
    },
    "poll": {
        "en": ["Quick vote: should the rest of Brackwater follow suit? Definitely · Probably not · No view", "Cast your vote to see how the Vale answered"],
        "tr": ["Hızlı oylama: Çayova'nın geri kalanı da aynısını yapmalı mı? Kesinlikle · Pek sanmam · Fikrim yok", "Çayova'nın ne yanıt verdiğini görmek için oyunuzu kullanın"],
        "de": ["Kurz abgestimmt: Sollte das übrige Lindental nachziehen? Unbedingt · Eher nicht · Keine Meinung", "Stimmen Sie ab und sehen Sie, wie das Lindental geantwortet hat"],
        "fr": ["Vote éclair : le reste du Val devrait-il suivre ? Absolument · Plutôt pas · Sans avis", "Votez pour découvrir la réponse du Val"],
        "es": ["Votación rápida: ¿debería seguir el ejemplo el resto de la Vega? Sin duda · Creo que no · Sin opinión", "Vota y descubre qué ha respondido la Vega"],
        "ru": ["Быстрый опрос: стоит ли остальным сёлам на Каменке последовать примеру? Конечно · Скорее нет · Нет мнения", "Проголосуйте, чтобы увидеть ответ долины"],
    },
    "embed": {
        "en": ["View this Vale post from {handle} on Instagram", "Watch {handle}'s video from the Vale on YouTube"],
        "tr": ["{handle} hesabının bu Çayova gönderisini Instagram'da görüntüleyin", "{handle} hesabının Çayova videosunu YouTube'da izleyin"],
        "de": ["Diesen Lindental-Beitrag von {handle} auf Instagram ansehen", "Das Video von {handle} aus dem Lindental auf YouTube ansehen"],
        "fr": ["Voir cette publication du Val de {handle} sur Instagram", "Regarder la vidéo du Val de {handle} sur YouTube"],
        "es": ["Ver esta publicación de la Vega de {handle} en Instagram", "Ver el vídeo de la Vega de {handle} en YouTube"],
        "ru": ["Посмотреть эту публикацию {handle} из долины в Instagram", "Смотреть видео {handle} из долины на YouTube"],
    },
    "gallery": {
        "en": ["📷 {g} photographs from the day", "See all {g} pictures from the Vale ›"],
        "tr": ["📷 Çayova'da o günden {g} fotoğraf", "Çayova'dan {g} fotoğrafın tümünü görün ›"],
        "de": ["📷 {g} Fotos vom Tag im Lindental", "Alle {g} Bilder aus dem Lindental ansehen ›"],
        "fr": ["📷 {g} photos de la journée aux Saules", "Voir les {g} images du Val ›"],
        "es": ["📷 {g} fotografías de la jornada", "Ver las {g} imágenes de la Vega ›"],
        "ru": ["📷 {g} фотографий того дня на Каменке", "Смотреть все {g} снимков из долины ›"],
    },
    "map": {
        "en": ["Open the Vale map full screen", "Find it: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Çayova haritasını tam ekran açın", "Yeri bulun: Google Haritalar · Yandex Haritalar · Apple Haritalar"],
        "de": ["Lindental-Karte im Vollbild öffnen", "So finden Sie hin: Google Maps · Apple Karten · OpenStreetMap"],
        "fr": ["Ouvrir la carte du Val en plein écran", "Pour y aller depuis les Saules : Géoportail · Google Maps · Plans"],
        "es": ["Abrir el mapa de la Vega a pantalla completa", "Cómo encontrarlo: Google Maps · Mapas de Apple · Iberpix"],
        "ru": ["Открыть карту Каменки на весь экран", "Как найти: Яндекс Карты · 2ГИС · Google Карты"],
    },
    "calendar": {
        "en": ["Add the Brackwater date: Google · Outlook · Apple", "Remind me about this Vale event the day before ›"],
        "tr": ["Çayova tarihini ekleyin: Google · Outlook · Apple", "Bu Çayova etkinliğini bir gün önce hatırlat ›"],
        "de": ["Lindental-Termin speichern: Google · Outlook · Apple", "Am Vortag an diesen Lindental-Termin erinnern ›"],
        "fr": ["Ajouter à votre calendrier : Google · Outlook · Apple", "Me rappeler ce rendez-vous du Val la veille ›"],
        "es": ["Añadir a tu calendario: Google · Outlook · Apple", "Recuérdame esta cita de la Vega el día antes ›"],
        "ru": ["Сохранить дату на Каменке: Google · Outlook · Apple", "Напомнить об этом событии в долине накануне ›"],
    },
    "scores": {
        "en": ["Every result from the Vale this weekend ›", "Vale sport hub: Fixtures · Results · Tables · Top scorers"],
        "tr": ["Bu hafta sonu Çayova'dan bütün sonuçlar ›", "Çayova spor merkezi: Maçlar · Sonuçlar · Tablolar · Gol krallığı"],
        "de": ["Alle Ergebnisse aus dem Lindental an diesem Wochenende ›", "Lindental-Sportzentrale: Spielplan · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats du Val ce week-end ›", "Espace sport du Val : Calendrier · Résultats · Classements · Meilleurs buteurs"],
        "es": ["Todos los resultados de la Vega este fin de semana ›", "Zona deportiva de la Vega: Calendario · Resultados · Clasificaciones · Pichichis"],
        "ru": ["Все результаты долины за выходные ›", "Спорт долины: Календарь · Результаты · Таблицы · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This Vale article has been amended since it was first published."],
        "tr": ["Bu Çayova haberi ilk yayımından sonra düzeltildi."],
        "de": ["Dieser Lindental-Artikel wurde nach der Erstveröffentlichung berichtigt."],
        "fr": ["Cet article du Val a été rectifié depuis sa première publication."],
        "es": ["Esta noticia de la Vega se ha rectificado desde su primera publicación."],
        "ru": ["Этот материал о долине исправлен после первой публикации."],
    },
    # the three families new in this part
    "blueplaques": {
        "en": ["Blue plaques in the Vale", "Blue plaque scheme: who is remembered and how to nominate", "Nominate someone for a blue plaque ›", "Blue plaque nominations: the rules"],
        "tr": ["Çayova'da mavi levhalar", "Mavi levha programı: kimler anılıyor, nasıl aday gösterilir", "Mavi levha için birini aday gösterin ›", "Mavi levha adaylığı: kurallar"],
        "de": ["Gedenktafeln im Lindental", "Das Gedenktafel-Programm: wer geehrt wird und wie man vorschlägt", "Jemanden für eine Gedenktafel vorschlagen ›", "Vorschläge für Gedenktafeln: die Regeln"],
        "fr": ["Les plaques commémoratives du Val", "Plaques commémoratives : qui est honoré et comment proposer un nom", "Proposer un nom pour une plaque ›", "Propositions de plaques : les règles"],
        "es": ["Placas de la memoria en la Vega", "Programa de placas: a quién recordamos y cómo proponer", "Propón a alguien para una placa ›", "Propuestas de placas: las normas"],
        "ru": ["Мемориальные доски долины", "Программа мемориальных досок: кого увековечивают и как подать предложение", "Предложить кандидатуру для мемориальной доски ›", "Предложения о мемориальных досках: правила"],
    },
    "dialaride": {
        "en": ["Dial-a-ride: door-to-door minibus", "Dial-a-ride: who can use it, where it goes and what it costs", "Book a dial-a-ride journey ›", "Booking your dial-a-ride"],
        "tr": ["Telefonla servis: kapıdan kapıya minibüs", "Telefonla servis: kimler yararlanabilir, nereye gider, ücreti ne", "Telefonla servis yolculuğu ayırtın ›", "Telefonla servis rezervasyonu"],
        "de": ["Rufbus: von Haustür zu Haustür", "Rufbus: wer mitfahren kann, wohin er fährt und was er kostet", "Eine Rufbusfahrt buchen ›", "So buchen Sie den Rufbus"],
        "fr": ["Transport à la demande : le minibus de porte à porte", "Transport à la demande : qui peut l'utiliser, où il va, combien il coûte", "Réserver un trajet à la demande ›", "Réserver votre transport à la demande"],
        "es": ["Transporte a la demanda: microbús puerta a puerta", "Transporte a la demanda: quién puede usarlo, adónde va y cuánto cuesta", "Reserva un viaje a la demanda ›", "Cómo reservar el transporte a la demanda"],
        "ru": ["Социальное такси: от двери до двери", "Социальное такси: кто может ездить, куда и сколько стоит", "Заказать поездку на социальном такси ›", "Как заказать социальное такси"],
    },
    "treeworks": {
        "en": ["Tree works applications this week", "Tree preservation orders: applications received", "Comment on a tree works application ›", "Trees: applications open for comment"],
        "tr": ["Bu hafta ağaç kesim ve budama başvuruları", "Koruma altındaki ağaçlar: gelen başvurular", "Bir ağaç başvurusu hakkında görüş bildirin ›", "Ağaçlar: görüşe açık başvurular"],
        "de": ["Baumfällanträge dieser Woche", "Geschützte Bäume: eingegangene Anträge", "Zu einem Baumfällantrag Stellung nehmen ›", "Bäume: Anträge zur Stellungnahme"],
        "fr": ["Demandes de travaux sur arbres cette semaine", "Arbres protégés : demandes déposées", "Donner son avis sur une demande d'abattage ›", "Arbres : demandes ouvertes aux observations"],
        "es": ["Solicitudes de tala y poda esta semana", "Árboles protegidos: solicitudes recibidas", "Alega sobre una solicitud de tala ›", "Árboles: solicitudes abiertas a alegaciones"],
        "ru": ["Заявки на снос и обрезку деревьев на этой неделе", "Охраняемые деревья: поступившие заявки", "Высказаться по заявке на снос дерева ›", "Деревья: заявки открыты для обсуждения"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"blueplaques": [0, 1, 2, 3], "dialaride": [0, 1, 2, 3], "treeworks": [0, 1, 2, 3]}
# the blue plaque scheme panel: what, details
PLAQUE_RULES = {
    "en": [("Remembered so far", "17 people, among them a lifeboat coxswain, a suffragist printer and a goalkeeper"), ("Who can be nominated", "someone who died at least 20 years ago and lived or worked in the Vale"), ("The building", "must still stand and be seen from a public road"), ("How to nominate", "a form and up to 500 words to the heritage officer by 30 September, with the owner's consent")],
    "tr": [("Şimdiye kadar anılanlar", "aralarında bir köy öğretmeni, bir halk ozanı ve bir kaleci olan 11 kişi"), ("Kimler aday gösterilebilir", "en az 20 yıl önce ölmüş, Çayova'da yaşamış ya da çalışmış biri"), ("Bina", "hâlâ ayakta olmalı ve sokaktan görünmeli"), ("Nasıl başvurulur", "form ve en fazla 500 kelimelik bir yazı, 30 Eylül'e kadar kültür müdürlüğüne")],
    "de": [("Bisher geehrt", "23 Personen, darunter eine Hebamme, ein Orgelbauer und ein Bürgermeister der Nachkriegszeit"), ("Wer vorgeschlagen werden kann", "Menschen, die seit mindestens 20 Jahren verstorben sind und im Lindental lebten oder wirkten"), ("Das Gebäude", "muss noch stehen und von der Straße aus sichtbar sein"), ("So schlagen Sie vor", "Formular und höchstens eine Seite Begründung bis 30. September an das Kulturamt, mit Zustimmung der Eigentümer")],
    "fr": [("Déjà honorés", "9 personnes, dont une institutrice, un vannier et une résistante"), ("Qui peut être proposé", "une personne décédée depuis au moins 20 ans, ayant vécu ou travaillé dans le Val"), ("Le bâtiment", "doit exister encore et être visible de la voie publique"), ("Comment proposer", "formulaire et une page de motivation au service culture avant le 30 septembre")],
    "es": [("Recordados hasta ahora", "12 personas, entre ellas una maestra rural, un alfarero y una comadrona"), ("A quién se puede proponer", "a alguien fallecido hace al menos 20 años que viviera o trabajara en la Vega"), ("El edificio", "debe seguir en pie y verse desde la vía pública"), ("Cómo proponer", "impreso y hasta 500 palabras en el registro municipal antes del 30 de septiembre")],
    "ru": [("Уже увековечены", "14 человек, среди них сельская учительница, кузнец и Герой Труда"), ("Кого можно предложить", "человека, умершего не менее 10 лет назад и жившего или работавшего в долине"), ("Здание", "должно сохраниться и быть видно с улицы"), ("Как подать", "ходатайство с биографией и согласием собственника в комиссию по увековечению памяти до 30 сентября")],
}
PLAQUE_HEAD = {"en": ("Scheme", "Details"), "tr": ("Program", "Ayrıntı"), "de": ("Programm", "Einzelheiten"),
               "fr": ("Dispositif", "Détails"), "es": ("Programa", "Detalles"), "ru": ("Программа", "Подробности")}
# the dial-a-ride panel: what, details
DIALARIDE_RULES = {
    "en": [("Who can use it", "anyone who finds ordinary buses hard to use, of any age; register once by phone"), ("Areas", "Brackwater, Saltmoor, Hollinsby and the farms in between, to the health centre and the market"), ("Fares", "£2.80 single, £1.40 with a bus pass; carers travel free"), ("Booking line", "01632 960 418, Monday to Friday 9am–1pm, up to seven days ahead")],
    "tr": [("Kimler yararlanabilir", "65 yaş üstü ve engelli Çayovalılar; bir kez telefonla kayıt yeterli"), ("Bölgeler", "Çayova merkez, Karasöğüt ve Dereköy; sağlık ocağına ve pazar yerine"), ("Yolculuk ücreti", "tek yön 15 lira, refakatçi ücretsiz"), ("Rezervasyon hattı", "0 (286) 900 41 80, hafta içi 09.00–13.00, en az bir gün önceden")],
    "de": [("Wer mitfahren kann", "alle Bürgerinnen und Bürger, ohne Voranmeldung im Verein"), ("Fahrgebiet", "alle Ortsteile des Lindentals, bis zum Bahnhof und zum Ärztehaus"), ("Fahrpreis", "Tarif des Verkehrsverbunds, Deutschlandticket gilt"), ("Buchung", "Telefon 07123 900 418, Mo–Fr 8–18 Uhr, bis 60 Minuten vor der Fahrt")],
    "fr": [("Qui peut l'utiliser", "tous les habitants de la communauté de communes, après une inscription gratuite"), ("Communes desservies", "les 14 communes du Val, vers le marché du jeudi et la maison de santé"), ("Prix du trajet", "2 € le trajet, carnet de 10 trajets à 15 €"), ("Réservation", "0 800 900 418 (appel gratuit), du lundi au vendredi de 9 h à 12 h, la veille avant midi")],
    "es": [("Quién puede usarlo", "cualquier vecino empadronado en los pueblos de la Vega"), ("Pueblos atendidos", "las pedanías sin autobús regular, hasta el centro de salud y el mercado del martes"), ("Precio del viaje", "1,50 € el trayecto; gratis con la tarjeta de mayores"), ("Reservas", "900 900 418, de lunes a viernes de 9.00 a 14.00, hasta la víspera")],
    "ru": [("Кто может ездить", "пенсионеры, люди с инвалидностью и родители с детьми до трёх лет"), ("Куда возит", "по долине Каменки, до больницы, МФЦ и вокзала"), ("Цена поездки", "25 ₽ за километр, не больше 300 ₽ за поездку"), ("Заказ", "+7 (34912) 9-04-18, по будням с 8:00 до 17:00, за сутки")],
}
DIALARIDE_HEAD = {"en": ("Service", "Details"), "tr": ("Hizmet", "Ayrıntı"), "de": ("Angebot", "Einzelheiten"),
                  "fr": ("Service", "Détails"), "es": ("Servicio", "Detalles"), "ru": ("Услуга", "Подробности")}
# the tree works list: address, works proposed, comments by
TREE_APPS = {
    "en": [("14 Orchard Rise, Saltmoor", "fell one copper beech (TPO 41)", "12 May"), ("The Old Rectory, Church Lane, Hollinsby", "reduce crowns of two limes by 2m", "15 May"), ("Land behind 3–9 Mill Row, Brackwater", "remove 6 sycamores in a conservation area", "19 May")],
    "tr": [("Çınarlı Sokak No. 7, Çayova", "bir çınarın kesilmesi", "12 Mayıs"), ("Okul Caddesi, Karasöğüt", "üç ıhlamurun budanması", "15 Mayıs"), ("Dereköy camii avlusu", "kurumuş bir dut ağacının kaldırılması", "19 Mayıs")],
    "de": [("Lindenallee 12, Oberlinden", "Fällung einer Rotbuche", "12.05.2026"), ("Am Mühlgraben 3, Auendorf", "Kronenrückschnitt zweier Eschen", "15.05.2026"), ("Schulstraße 8, Lindental", "Fällung von vier Fichten", "19.05.2026")],
    "fr": [("12, chemin des Saules", "abattage d'un peuplier en espace boisé classé", "12 mai"), ("Place de l'Église", "élagage de trois tilleuls", "15 mai"), ("Lieu-dit La Noue", "abattage de deux frênes malades", "19 mai")],
    "es": [("Calle de la Acequia, 4", "tala de un olmo seco", "12/05/2026"), ("Plaza de la Iglesia", "poda de cuatro plátanos de sombra", "15/05/2026"), ("Camino del Molino, s/n", "tala de dos chopos", "19/05/2026")],
    "ru": [("улица Школьная, 5", "снос аварийного тополя", "12 мая"), ("Парк у Дома культуры", "омолаживающая обрезка шести лип", "15 мая"), ("улица Речная, 18", "снос двух берёз во дворе", "19 мая")],
}
TREE_HEAD = {"en": ("Address", "Proposed works", "Comments by"), "tr": ("Adres", "İstenen işlem", "Son görüş tarihi"),
             "de": ("Adresse", "Beantragte Maßnahme", "Stellungnahme bis"), "fr": ("Adresse", "Travaux demandés", "Observations avant le"),
             "es": ("Dirección", "Actuación", "Alegaciones hasta"), "ru": ("Адрес", "Работы", "Мнения до")}
WIDGET_ROWS = (("plaque rules", PLAQUE_RULES), ("dial-a-ride rules", DIALARIDE_RULES), ("tree applications", TREE_APPS))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Otters seen below Brackwater weir for the first time in living memory", "Saltmoor bakery sells its last loaf after 88 years",
           "Hollinsby pupils bury a time capsule under the new bike shed", "Lost tortoise found two miles away in a vegetable patch",
           "Vale cricket club's roller restored by retired engineers", "Footpath over Kestrel Moor reopens after landslip repairs"],
    "tr": ["Çayova bendinin altında ilk kez su samuru görüldü", "Karasöğüt fırını 88 yıl sonra son ekmeğini sattı",
           "Öğrenciler yeni bisiklet parkının altına zaman kapsülü gömdü", "Kaybolan kaplumbağa üç kilometre ötede bir bostanda bulundu",
           "Emekli ustalar köyün eski harman silindirini onardı", "Heyelan onarımının ardından yayla yolu yeniden açıldı"],
    "de": ["Erstmals seit Menschengedenken Fischotter unterhalb des Lindentaler Wehrs", "Bäckerei in Auendorf verkauft nach 88 Jahren ihr letztes Brot",
           "Schüler vergraben Zeitkapsel unter dem neuen Fahrradunterstand", "Entlaufene Schildkröte drei Kilometer weiter im Gemüsebeet gefunden",
           "Rentner richten die alte Walze des Sportvereins wieder her", "Wanderweg über den Kestelberg nach Hangrutsch wieder offen"],
    "fr": ["Des loutres observées sous le barrage du Val, une première de mémoire d'habitant", "La boulangerie des Saules vend son dernier pain après 88 ans",
           "Les écoliers enterrent une capsule temporelle sous le nouvel abri à vélos", "Une tortue disparue retrouvée à trois kilomètres dans un potager",
           "Des retraités remettent en état le vieux rouleau du club de pétanque", "Le sentier de la côte des Buis rouvre après un glissement de terrain"],
    "es": ["Avistan nutrias bajo el azud de la Vega por primera vez en décadas", "La panadería de El Alcor vende su última hogaza tras 88 años",
           "Los alumnos entierran una cápsula del tiempo bajo el nuevo aparcabicis", "Aparece a tres kilómetros, en una huerta, una tortuga perdida",
           "Jubilados restauran el viejo rodillo del campo de fútbol", "Reabre la senda del cerro tras reparar un desprendimiento"],
    "ru": ["Под плотиной на Каменке впервые за много лет заметили выдру", "Пекарня в Каменском Броде продала последний батон после 88 лет работы",
           "Школьники закопали капсулу времени под новым велонавесом", "Пропавшую черепаху нашли в трёх километрах, на грядке с капустой",
           "Пенсионеры восстановили старый каток стадиона", "Тропу через Каменный увал открыли после ремонта оползня"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Deux animaux, filmés à l'aube par un pêcheur qui n'en revenait pas.",
           "Toute la rue a fait la queue pour la dernière fournée de samedi.",
           "Dedans : un dessin par élève et une lettre à ouvrir en 2051.",
           "Elle avait traversé la départementale et deux prés de luzerne.",
           "Trois anciens de l'usine ont passé l'hiver sur ses roulements.",
           "Les bénévoles ont posé 140 marches en bois de châtaignier."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Brackwater news now", "Towns and villages round Brackwater", "Brackwater crime and courts", "Brackwater schools and colleges", "Brackwater sport", "Things to do round Brackwater", "Brackwater public notices"],
               cookie="We and our partners keep cookies and similar technologies on your device to make the site work, to count our readers and to show the adverts that fund local reporting in the Vale. You can accept every one of them or pick the ones you are happy with.",
               accept="Accept everything and carry on to Brackwater", reject="Let me pick the cookies", share="Share this Vale article",
               related="Read next from round Brackwater", newsletter="Vale Daily: the day's local news in one email",
               subscribe="Sign me up for Vale Daily", email="name@vale-daily.example",
               comment_note="Comments on Vale articles are read by a moderator before they appear. Keep it polite and on topic: your neighbours are reading too.",
               closed="Comments are switched off on this Vale article.",
               footer=["Contact the Vale newsroom", "Vale corrections and clarifications", "Privacy in the Vale", "Advertise in the Vale", "Brackwater community guidelines"],
               rights="All content on this site is owned by its publisher; reuse requires written permission.",
               commenters=[("BrackwaterBarbara", "Well done to everyone who made this happen."),
                           ("Saltmoor Steve", "Long overdue, if you ask me.")]),
    "tr": dict(nav=["Çayova'dan son haberler", "Çayova'nın kasaba ve köyleri", "Çayova'da asayiş ve adliye", "Çayova okulları", "Çayova spor", "Çayova'da ne yapılır", "Çayova resmî ilanları"],
               cookie="Biz ve iş ortaklarımız, sitenin çalışması, okurlarımızın sayılması ve Çayova'daki yerel habercilik için ödeme yapan reklamların gösterilmesi amacıyla cihazınızda çerezler ve benzer teknolojiler tutuyoruz. Hepsini kabul edebilir ya da içinize sinenleri tek tek seçebilirsiniz.",
               accept="Hepsini kabul et ve Çayova'ya geç", reject="Çerezleri ben seçeceğim", share="Bu Çayova haberini paylaşın",
               related="Çayova'dan sıradaki okuma", newsletter="Çayova Günlüğü: günün yerel haberleri tek e-postada",
               subscribe="Çayova Günlüğü'ne kaydolun", email="isim@cayova-gunlugu.example",
               comment_note="Çayova haberlerine gelen yorumlar yayımlanmadan önce bir moderatör tarafından okunur. Kibar olun ve konudan sapmayın: komşularınız da okuyor.",
               closed="Bu Çayova haberinde yorumlar kapalı.",
               footer=["Çayova haber merkeziyle iletişim", "Çayova düzeltmeleri ve açıklamaları", "Çayova'da gizlilik", "Çayova'da reklam", "Çayova topluluk kuralları"],
               rights="Bu sitedeki bütün içerik yayıncısına aittir; yeniden kullanımı yazılı izne bağlıdır.",
               commenters=[("Çayovalı_Fadime", "Çayova adına emeği geçen herkese teşekkürler."),
                           ("Karasöğütlü Hasan", "Bence çok gecikmiş bir iş.")]),
    "de": dict(nav=["Lindental aktuell", "Städte und Dörfer im Lindental", "Polizeiberichte aus dem Lindental", "Schulen im Lindental", "Sport im Lindental", "Ausgehtipps im Lindental", "Bekanntmachungen im Lindental"],
               cookie="Wir und unsere Partner speichern Cookies und ähnliche Technologien auf Ihrem Gerät, damit die Website funktioniert, um unsere Leserschaft zu zählen und um die Werbung zu zeigen, die den Lokaljournalismus im Lindental finanziert. Sie können alle annehmen oder nur die auswählen, mit denen Sie einverstanden sind.",
               accept="Alles annehmen und weiter ins Lindental", reject="Cookies selbst aussuchen", share="Diesen Lindental-Artikel teilen",
               related="Als Nächstes aus dem Lindental", newsletter="Lindental täglich: die Lokalnachrichten des Tages in einer Mail",
               subscribe="Lindental täglich abonnieren", email="name@lindental-taeglich.example",
               comment_note="Kommentare zu Lindental-Artikeln liest ein Moderator, bevor sie erscheinen. Bleiben Sie höflich und beim Thema: Ihre Nachbarn lesen mit.",
               closed="Die Kommentare zu diesem Lindental-Artikel sind ausgeschaltet.",
               footer=["Kontakt zur Lindental-Redaktion", "Korrekturen und Klarstellungen im Lindental", "Datenschutz im Lindental", "Anzeigen im Lindental", "Gemeinschaftsregeln im Lindental"],
               rights="Alle Inhalte dieser Website gehören dem Verlag; eine Weiterverwendung bedarf der schriftlichen Erlaubnis.",
               commenters=[("Auendorfer_Gisela", "Danke an alle, die das möglich gemacht haben."),
                           ("Jürgen aus Oberlinden", "Das war längst überfällig, finde ich.")]),
    "fr": dict(nav=["Le Val en direct", "Villes et villages du Val", "Faits divers et justice dans le Val", "Écoles et collèges du Val", "Le sport dans le Val", "Que faire dans le Val", "Annonces légales du Val"],
               cookie="Nos partenaires et nous conservons des cookies et technologies similaires sur votre appareil pour faire fonctionner le site, compter nos lecteurs et afficher les publicités qui financent l'information locale dans le Val. Vous pouvez tous les accepter ou ne retenir que ceux qui vous conviennent.",
               accept="Tout accepter et filer aux Saules", reject="Trier les cookies moi-même", share="Partager cet article du Val",
               related="À lire ensuite dans le Val", newsletter="Le Val au quotidien : l'actualité locale du jour en un courriel",
               subscribe="M'inscrire au Val au quotidien", email="nom@val-au-quotidien.example",
               comment_note="Les commentaires sur les articles du Val sont lus par un modérateur avant publication. Restez courtois et dans le sujet : vos voisins lisent aussi.",
               closed="Les commentaires sont désactivés sur cet article du Val.",
               footer=["Contacter la rédaction du Val", "Corrections et précisions du Val", "Confidentialité dans le Val", "Annoncer dans le Val", "Règles de la communauté du Val"],
               rights="Tous les contenus de ce site appartiennent à son éditeur ; toute réutilisation exige une autorisation écrite.",
               commenters=[("Ginette_des_Saules", "Bravo à tous ceux qui ont rendu cela possible."),
                           ("Dédé du Moulin", "Il était grand temps, si vous voulez mon avis.")]),
    "es": dict(nav=["La Vega al minuto", "Pueblos y pedanías de la Vega", "Sucesos y juzgados del Alcor", "Colegios e institutos de la Vega", "Deportes en la Vega", "Qué hacer en la Vega", "Anuncios oficiales del Alcor"],
               cookie="Nosotros y nuestros socios guardamos cookies y tecnologías parecidas en tu dispositivo para que la web funcione, contar a nuestros lectores y mostrar los anuncios que financian el periodismo local en la Vega. Puedes aceptarlas todas o quedarte solo con las que te convenzan.",
               accept="Aceptarlo todo y pasar al Alcor", reject="Escoger las cookies yo", share="Comparte esta noticia de la Vega",
               related="Lo siguiente para leer de la Vega", newsletter="La Vega al día: las noticias locales del día en un correo",
               subscribe="Apuntarme a La Vega al día", email="nombre@vega-al-dia.example",
               comment_note="Un moderador lee los comentarios de las noticias de la Vega antes de publicarlos. Sé respetuoso y cíñete al tema: tus vecinos también leen.",
               closed="Los comentarios están desactivados en esta noticia del Alcor.",
               footer=["Contacta con la redacción del Alcor", "Correcciones y aclaraciones de la Vega", "Privacidad en la Vega", "Anúnciate en la Vega", "Normas de la comunidad del Alcor"],
               rights="Todo el contenido de esta web pertenece a su editor; reutilizarlo exige permiso por escrito.",
               commenters=[("Maripaz_de_la_Vega", "Enhorabuena a todos los que lo han hecho posible."),
                           ("Toni del Alcor", "Ya tocaba, la verdad.")]),
    "ru": dict(nav=["Каменка сейчас", "Сёла и посёлки на Каменке", "Происшествия и суды на Каменке", "Школы и колледжи на Каменке", "Спорт на Каменке", "Куда сходить на Каменке", "Официальные объявления Каменки"],
               cookie="Мы и наши партнёры храним cookie и похожие технологии на вашем устройстве, чтобы сайт работал, чтобы считать читателей и показывать рекламу, на которую живёт местная журналистика в долине Каменки. Примите всё или выберите, что разрешить.",
               accept="Принять всё и перейти к новостям Каменки", reject="Отобрать cookie самостоятельно", share="Поделиться материалом о долине",
               related="Что читать дальше о долине", newsletter="«Долина за день»: местные новости дня одним письмом",
               subscribe="Подписаться на «Долину за день»", email="imya@dolina-za-den.example",
               comment_note="Комментарии к материалам о долине читает модератор до публикации. Будьте вежливы и не уходите от темы: соседи тоже читают.",
               closed="Комментарии к этому материалу о Каменке отключены.",
               footer=["Связь с редакцией долины", "Исправления и уточнения долины", "Конфиденциальность в долине", "Реклама на Каменке", "Правила сообщества Каменки"],
               rights="Все материалы сайта принадлежат издателю; повторное использование — только с письменного разрешения.",
               commenters=[("Kamenka_Tamara", "Спасибо всем, кто это сделал."),
                           ("Михалыч с Речной", "Давно пора было, по-моему.")]),
}
UI82 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM ACROSS THE VALE:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes long reads for {site} about {section} and the towns of the Vale. Story ideas to longreads@cradley-cross-courier.example"},
    (mp4, "READMORE"): {"de": "MEHR AUS DEM LINDENTAL:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"ru": dict(also="Ещё в «Каменской нови»")},
    (mp6, "TYPO3"): {"fr": dict(ext="Carte : les arbres concernés par les demandes (OpenStreetMap)",
                                note="Une carte des arbres faisant l'objet d'une demande est intégrée ici. Elle n'est chargée qu'avec votre accord, car OpenStreetMap reçoit alors votre adresse IP.",
                                button="Accepter et voir la carte des arbres", by="Information publiée par la", search="Rechercher sur saint-aurele-des-saules.example",
                                lang_menu="Saint-Aurèle-des-Saules en facile à lire")},
    (mp7, "SANITY"): {"de": dict(nl_title="Auendorf am Donnerstag", nl_text="Jeden Donnerstagabend: was in Auendorf, an der Linde und in den Nachbarorten geschah, in einer Mail.",
                                 nl_button="Auendorf am Donnerstag bestellen", nl_placeholder="Ihre Adresse für Auendorf am Donnerstag")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Hollinsby Fortnight", nl_text="Every other Saturday: what happened in Hollinsby and the moor villages, in one email.",
                                nl_label="Your email for The Hollinsby Fortnight", nl_button="Send me The Hollinsby Fortnight")},
    (mp13, "PUB_NAV"): {"fr": ["Nouveau au Val des Saules", "Portraits du bord de l'Orge", "Ateliers et boutiques du Val", "Soutenir Les Carnets des Saules"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Сайт села Каменный Брод и его жителей",
                                menu=["Главная Каменного Брода", "Новости Брода", "Клуб и библиотека Брода", "Праздники в Броде", "Фото Брода", "Написать главе поселения"],
                                cats=["Новости Брода", "Библиотека и клуб Брода", "Объявления для бродчан"],
                                friends=["Каменнобродская основная школа", "Храм Покрова в Каменном Броде", "Совет ветеранов Брода"],
                                footer="Каменный Брод в интернете © 2026 · сайт ведут библиотекарь и школьники села",
                                poster="brod_biblioteka", tags=["родник", "воскресник в Броде"],
                                commenters=[("Нина Петровна с Мельничной", "Вода как в детстве, спасибо ребятам!"),
                                            ("Brod_Sanya", "В следующую субботу приду с лопатой.")],
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
# the new layout: a com_content article on a Joomla 4/5 site with JoomShaper's Helix Ultimate template, as Joomla
# serves it to a reader who has not yet answered the template's cookie notice: the head Joomla's document renderer
# writes (charset, viewport, author and description metas, the "Joomla! - Open Source Content Management" generator,
# "<headline> - <site>" as the title, the favicon and the OpenSearch link of the search module, the template's and
# the media manager's stylesheets -- bootstrap, the Helix system-j4 css, joomla-fontawesome, template.css, the preset
# css -- and its inline custom style, the joomla-script-options JSON with the csrf token, core.min.js, bootstrap's
# es5 bundle, jquery with jquery-noconflict, the template's main.js, the template="shaper_helixultimate" line and the
# Open Graph metas of the template's social options); body.site.helix-ultimate.hu.com_content.view-article with
# Itemid, language and sticky-header classes; div.body-wrapper > div.body-innerwrapper; section#sp-top-bar (the
# social icons of #sp-top1 and the ul.sp-contact-info of #sp-top2); header#sp-header (#sp-logo with the logo image,
# #sp-menu with nav.sp-megamenu-wrapper, the offcanvas-toggler burger, ul.sp-megamenu-parent of li.sp-menu-item, one
# with its sp-dropdown, and the search module in an sp-module); section#sp-page-title with the breadcrumbs module
# (ol.breadcrumb); section#sp-main-body with main#sp-component (#system-message-container, then the com_content
# override: div.article-details with itemscope / itemtype Article, the inLanguage meta, div.article-full-image,
# div.article-header > h1[itemprop=headline], div.article-info -- span.createdby with itemprop author,
# span.category-name, span.published with the datePublished time, span.hits with its interactionCount meta --,
# div.article-ratings-social-share with the template's social-share-block, div[itemprop=articleBody] with the
# article's text -- p, h2, ul / ol, blockquote, and the editor's pasted residue between them --, the tags layout
# (ul.tags.list-inline of li.tag-N items with btn-sm btn-info links), div.article-footer-wrap with the author
# information box, nav.pagenavigation with previous / next, the template's related articles
# (div.related-article-list-container, h3.related-article-title, div.article-list.related-article-list of
# article-header / article-info cards) and aside#sp-right (sp-module modules: the latest-articles module's
# ul.latestnews, the popular-tags module's div.tagspopular.tagscloud, a custom HTML module about the site);
# section#sp-bottom (three sp-bottom columns of custom and menu modules); footer#sp-footer with span.sp-copyright;
# the offcanvas-overlay and offcanvas-menu with its own menu module; a.sp-scroll-up; the template's cookie notice
# (div.sp-cookie-consent with its content and the sp-cookie-close sp-cookie-allow button that sets spcookie_status).
# The platform's strings (HELIX_CORE, per language: Joomla's and the template's own language files) are left as they
# ship and not checked; the sites' own strings (HELIX_SITES: menus, contact line, module titles and texts, tags,
# bottom modules, footer line) are.
# --------------------------------------------------------------------------
HELIX_CORE = {
    "en": dict(locale="en-gb", in_lang="en-GB", written="Written by", category="Category", published="Published",
               hits="Hits", related="Related Articles", prev="Prev", next="Next", prev_art="Previous article",
               next_art="Next article", search="Search ...", search_label="Search", menu="Menu",
               close="Close Off-canvas", scroll="Scroll Up", tags="Tags", about_author="About the author",
               cookie_btn="Accept", error="Error", message="Message", notice="Notice", warning="Warning",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "es": dict(locale="es-es", in_lang="es-ES", written="Escrito por", category="Categoría", published="Publicado",
               hits="Visitas", related="Artículos relacionados", prev="Anterior", next="Siguiente", prev_art="Artículo anterior",
               next_art="Artículo siguiente", search="Buscar...", search_label="Buscar", menu="Menú",
               close="Cerrar menú lateral", scroll="Volver arriba", tags="Etiquetas", about_author="Sobre el autor",
               cookie_btn="Aceptar", error="Error", message="Mensaje", notice="Aviso", warning="Advertencia",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
}
# the sites' own strings (checked)
HELIX_SITES = {
    "Brackwater Vale Online": dict(
        host="www.brackwatervale-online.example", colour="#1f4e79", itemid=127,
        nav=["Vale front page", "Brackwater and Saltmoor", "Heritage in the Vale", "Getting about Brackwater", "What's on round Brackwater", "About Brackwater Vale Online"],
        sub_nav=["Saltmoor news", "Hollinsby news", "Cradley Cross news"],
        phone="01632 960 205", mail="desk@brackwatervale-online.example",
        latest="Latest from Brackwater Vale Online", tags_head="Vale topics", about_head="Who runs Brackwater Vale Online",
        about="Brackwater Vale Online is a community news site run by volunteers from the Vale's civic society, its history group and two retired reporters.",
        tags=["Vale heritage", "Brackwater history", "Civic society"],
        author_bio="A member of the Vale civic society's history group, writing about the people and buildings of Brackwater.",
        bottom=[("Send Brackwater Vale Online your news", "Events, letters and photographs of old Brackwater are welcome at the address above."),
                ("Vale links", ["Brackwater Civic Society", "Vale History Group", "Brackwater Town Council"]),
                ("Our site", ["About the volunteers", "Write for us", "Our privacy notice for readers", "Our cookie notice for readers"])],
        footer="© 2026 Brackwater Vale Online. A volunteer community news site for the Vale.",
        cookie="This website uses cookies so that it works properly and so that we can see which pages Vale readers visit. By carrying on you agree to this.",
        cats=["Heritage in the Vale", "Brackwater people"]),
    "Noticias de la Vega del Alcor": dict(
        host="www.noticiasvegadelalcor.example", colour="#7a3b12", itemid=142,
        nav=["Portada de la Vega", "Pueblos de la Vega", "Mayores y servicios", "Transporte en la Vega", "Agenda de la Vega", "Quiénes somos en la Vega"],
        sub_nav=["El Alcor", "Villanueva de la Vega", "Los Huertos"],
        phone="953 900 205", mail="redaccion@noticiasvegadelalcor.example",
        latest="Lo último de la Vega", tags_head="Temas de la Vega", about_head="Sobre este diario",
        about="Noticias de la Vega del Alcor es un diario digital comarcal que hacen dos periodistas y una red de corresponsales en los pueblos de la Vega.",
        tags=["transporte comarcal", "mayores de la Vega", "pedanías del Alcor"],
        author_bio="Periodista de la comarca; cubre servicios sociales y transporte en los pueblos de la Vega del Alcor.",
        bottom=[("Cuéntanos tu noticia", "Escríbenos o llámanos: leemos todo lo que nos llega desde los pueblos de la Vega."),
                ("Enlaces de la comarca", ["Mancomunidad de la Vega del Alcor", "Centro de salud de El Alcor", "Asociación de mayores La Noria"]),
                ("El diario de la Vega del Alcor", ["Quiénes hacemos el diario", "Publicidad en el diario", "Aviso legal del diario", "Política de cookies del diario"])],
        footer="© 2026 Noticias de la Vega del Alcor. Diario digital de la comarca.",
        cookie="Esta web usa cookies propias para funcionar y de análisis para saber qué noticias de la Vega se leen más. Si sigues navegando, aceptas su uso.",
        cats=["Transporte en la Vega", "Mayores y servicios"]),
}
HELIX_EXEMPT = {"host", "colour", "itemid", "phone"}  # (a domain, a colour, a menu item id and a telephone number)


def helix_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = HELIX_CORE[lang]["months"]
    return ("%d %s %d" % (d, months[m - 1], y)) if lang == "en" else ("%d %s %d" % (d, months[m - 1], y))


def tpl_helixultimate(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = HELIX_CORE[lang], HELIX_SITES[site]
    base = "https://" + s["host"]
    cat = hc.slug(art["section"])
    aid = rng.randint(120, 980)
    slug_ = "%d-%s" % (aid, hc.slug(art["title"])[:60].strip("-"))
    url = "%s/%s/%s" % (base, cat, slug_)
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
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
    pub = helix_date(lang, art["date"])
    token = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    ver = "".join(rng.choice("0123456789abcdef") for _ in range(20))
    hits = rng.randint(140, 3900)
    img = "%s/images/%s/%s.jpg" % (base, art["date"][:4], hc.slug(art["caption"])[:40].strip("-"))
    navs = []
    for k, t in enumerate(s["nav"]):
        href = "%s/%s" % (base, hc.slug(t)) if k else base + "/"
        if k == 1:
            subs = "".join('<li class="sp-menu-item"><a href="%s/%s/%s">%s</a></li>' % (base, hc.slug(t), hc.slug(x), E(x)) for x in s["sub_nav"])
            navs.append('<li class="sp-menu-item sp-has-child"><a href="%s">%s</a><div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                        '<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">%s</ul></div></div></li>' % (href, E(t), subs))
        elif hc.slug(t) == cat or (k == 2 and not any(hc.slug(x) == cat for x in s["nav"])):
            navs.append('<li class="sp-menu-item current-item active"><a aria-current="page" href="%s">%s</a></li>' % (href, E(t)))
        else:
            navs.append('<li class="sp-menu-item"><a href="%s">%s</a></li>' % (href, E(t)))
    nav = "".join(navs)
    offmenu = "".join('<li class="item-%d"><a href="%s/%s">%s</a></li>' % (101 + k, base, hc.slug(t) if k else "", E(t)) for k, t in enumerate(s["nav"]))
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer.php?u=", "fab fa-facebook"),
            ("twitter", "X (formerly Twitter)", "https://twitter.com/share?url=", "fab fa-x-twitter"),
            ("linkedin", "LinkedIn", "https://www.linkedin.com/shareArticle?mini=true&amp;url=", "fab fa-linkedin")]
    share = "".join('<li><a class="%s" onClick="window.open(\'%s%s\',\'%s\',\'width=600,height=400,left=\'+(screen.availWidth/2-300)+\',top=\'+(screen.availHeight/2-200)+\'\'); return false;" href="%s%s" title="%s"><span class="%s" aria-hidden="true"></span></a></li>' % (
        k, pre, url, A(name), pre, url, A(name), icon) for k, name, pre, icon in nets)
    tags = "".join('<li class="list-inline-item tag-%d tag-list%d" itemprop="keywords"><a href="%s/component/tags/tag/%s" class="btn btn-sm btn-info">%s</a></li>' % (
        3 + k, k, base, hc.slug(t), E(t)) for k, t in enumerate(s["tags"]))
    related = "".join(('<div class="col-12 col-md-6 col-lg-4"><div class="article"><div class="article-header"><h2><a href="%s/%s/%d-%s">%s</a></h2></div>'
                       '<div class="article-info"><span class="published" title="%s: %s"><time datetime="%s-%02d-%02dT09:00:00+00:00">%s</time></span></div></div></div>') % (
        base, cat, rng.randint(100, 999), hc.slug(h)[:50], E(h), E(c["published"]), E(pub), art["date"][:4], m, d, E(helix_date(lang, "%s-%02d-%02d" % (art["date"][:4], m, d))))
        for h, m, d in ((h, rng.randint(1, 12), rng.randint(1, 28)) for h in heads[:3]))
    latest = "".join('<li itemscope itemtype="https://schema.org/Article"><a href="%s/%s/%d-%s" itemprop="url"><span itemprop="name">%s</span></a></li>' % (
        base, cat, rng.randint(100, 999), hc.slug(h)[:50], E(h)) for h in heads[3:6])
    cloud = "".join('<span class="tag"><a class="tag-name" href="%s/component/tags/tag/%s">%s</a><span class="tag-count badge bg-info">%d</span></span>' % (
        base, hc.slug(t), E(t), rng.randint(2, 40)) for t in s["tags"] + s["cats"])
    bottoms = []
    for k, (head, body) in enumerate(s["bottom"]):
        if isinstance(body, list):
            inner = '<ul class="menu">%s</ul>' % "".join('<li class="item-%d"><a href="%s/%s">%s</a></li>' % (
                140 + 10 * k + j, base, hc.slug(x), E(x)) for j, x in enumerate(body))
        else:
            inner = '<div id="mod-custom%d" class="mod-custom custom"><p>%s</p>%s</div>' % (
                110 + k, E(body), '<p><a href="mailto:%s">%s</a> · <a href="tel:%s">%s</a></p>' % (s["mail"], s["mail"], s["phone"].replace(" ", ""), s["phone"]))
        bottoms.append('<div id="sp-bottom%d" class="col-sm-col-sm-6 col-lg-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">%s</h3>'
                       '<div class="sp-module-content">%s</div></div></div></div>' % (k + 1, E(head), inner))
    bottom = "".join(bottoms)
    prev_h, next_h = heads[0], heads[1]
    author = art["byline"]
    opts = json.dumps({"data": {"breakpoints": {"tablet": 991, "mobile": 480}, "header": {"stickyOffset": "100"}},
                       "joomla.jtext": {"ERROR": c["error"], "MESSAGE": c["message"], "NOTICE": c["notice"], "WARNING": c["warning"],
                                        "JCLOSE": "Close" if lang == "en" else "Cerrar", "JOK": "OK", "JOPEN": "Open" if lang == "en" else "Abrir"},
                       "system.paths": {"root": "", "rootFull": base + "/", "base": "", "baseFull": base + "/"},
                       "csrf.token": token}, ensure_ascii=False).replace("/", "\\/")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "datePublished": art["date"] + "T09:00:00+00:00",
                     "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    return f'''<!doctype html>
<html lang="{c["locale"]}" dir="ltr">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="{A(author)}">
	<meta name="description" content="{A(art["sub"])}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{E(art["title"])} - {E(site)}</title>
	<link href="/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
	<link href="{base}/component/finder/search?format=opensearch&amp;Itemid={s["itemid"]}" rel="search" title="OpenSearch {A(site)}" type="application/opensearchdescription+xml">
<link href="/media/vendor/awesomplete/css/awesomplete.css?1.1.7" rel="stylesheet">
	<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.4.1" rel="stylesheet">
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet">
	<link href="/media/system/css/joomla-fontawesome.min.css?{ver}" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
	<link href="/templates/shaper_helixultimate/css/presets/default.css" rel="stylesheet">
	<style>.logo-image {{height:48px;}}.logo-image-phone {{height:48px;}}#sp-header{{background-color:#ffffff;}}.sp-megamenu-parent > li > a{{color:{s["colour"]};}}</style>
<script type="application/json" class="joomla-script-options new">{opts}</script>
	<script src="/media/system/js/core.min.js?{ver}"></script>
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.3" nomodule defer></script>
	<script src="/media/system/js/showon-es5.min.js?{ver}" defer nomodule></script>
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?{ver}"></script>
	<script src="/media/vendor/bootstrap/js/alert.min.js?5.3.3" type="module"></script>
	<script src="/media/system/js/messages.min.js?{ver}" type="module"></script>
	<script src="/media/com_finder/js/finder.min.js?{ver}" type="module"></script>
	<script src="/templates/shaper_helixultimate/js/main.js"></script>
	<script type="application/ld+json">{ld}</script>
	<script>template="shaper_helixultimate";</script>
	<meta property="og:type" content="article">
	<meta property="og:url" content="{url}">
	<meta property="og:title" content="{A(art["title"])}">
	<meta property="og:description" content="{A(art["sub"])}">
	<meta property="og:site_name" content="{A(site)}">
	<meta property="og:image" content="{img}">
	<meta name="twitter:card" content="summary_large_image">
			</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-{s["itemid"]} {c["locale"]} ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">

		
		
		<div class="body-wrapper">
			<div class="body-innerwrapper">
				
	<div class="sticky-header-placeholder"></div>
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/{hc.slug(site)}" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-instagram"><a target="_blank" rel="noopener noreferrer" href="https://www.instagram.com/{hc.slug(site).replace("-", "")}" aria-label="Instagram"><span class="fab fa-instagram" aria-hidden="true"></span></a></li></ul></div></div><div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:{s["phone"].replace(" ", "")}">{s["phone"]}</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:{s["mail"]}">{s["mail"]}</a></li></ul></div></div></div></div></div></div><header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">
				<img class='logo-image '
					srcset='{base}/images/logo.png 1x'
					src='{base}/images/logo.png'
										height='48'
					alt='{A(site)}'
				/>
				</a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation" aria-label="navigation"><a id="offcanvas-toggler" aria-label="{A(c["menu"])}" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{nav}</ul></nav><div class="sp-module "><div class="sp-module-content">
<form class="mod-finder js-finder-searchform form-search" action="{base}/component/finder/search?Itemid={s["itemid"]}" method="get" role="search">
	<label for="mod-finder-searchword0" class="visually-hidden finder">{E(c["search_label"])}</label><input type="text" name="q" id="mod-finder-searchword0" class="js-finder-search-query form-control" value="" placeholder="{A(c["search"])}">
			<input type="hidden" name="Itemid" value="{s["itemid"]}"></form>
</div></div></div></div></div></div></div></header>
<section id="sp-page-title" ><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-module "><div class="sp-module-content"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
	<ol class="mod-breadcrumbs breadcrumb px-3 py-2">
					<li class="mod-breadcrumbs__divider float-start">
				<span class="divider icon-location icon-fw" aria-hidden="true"></span>
			</li>
		<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{base}/" class="pathway"><span>{E(s["nav"][0])}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{base}/{cat}" class="pathway"><span>{E(art["section"])}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{E(art["title"])}</span></li>	</ol>
	</nav>
</div></div></div></div></div></section><section id="sp-main-body" ><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-8 "><div class="sp-column "><div id="system-message-container" aria-live="polite">
	</div>


<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="{c["in_lang"]}">
	
		<div class="article-full-image float-start"> <img src="{img}" itemprop="image" alt="{A(art["caption"])}" width="1200" height="800" loading="lazy"> </div>
	
	<div class="article-header">
					<h1 itemprop="headline">
				{E(art["title"])}			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
			<div class="article-info">

	
					<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="{A(c["written"])}: {A(author)}">
				<span itemprop="name">{E(author)}</span>	</span>
		
		
					<span class="category-name" title="{A(c["category"])}: {A(art["section"])}">
			<a href="{base}/{cat}">{E(art["section"])}</a>
	</span>
		
		
					<span class="published" title="{A(c["published"])}: {A(pub)}">
	<time datetime="{art["date"]}T09:00:00+00:00" itemprop="datePublished">
		{E(pub)}	</time>
</span>
				
		
				
					<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:{hits}">
	{E(c["hits"])}: {hits}</span>
				
			</div>
	
		
	<div class="article-ratings-social-share d-flex justify-content-end">
		<div class="me-auto align-self-center">
					</div>
		<div class="social-share-block">
			<div class="article-social-share">
	<div class="social-share-icon">
		<ul>
			{share}
		</ul>
	</div>
</div>
		</div>
	</div>

	
				
			
		
	
	<div itemprop="articleBody">
		{content}	</div>

	
	
				
	
		<ul class="tags list-inline">
			{tags}
		</ul>
	
		
			<div class="article-footer-wrap">
			<div class="article-footer-top">
								<div class="article-ratings-social-share d-flex justify-content-end"></div>
			</div>
			<div class="article-author-information">
	<div class="d-flex">
		<img class="me-3" src="{base}/images/authors/{hc.slug(author)}.jpg" alt="{A(author)}">
		<div class="flex-grow-1">
			<h5 class="mt-0">{E(author)}</h5>
			<div class="author-bio">{E(s["author_bio"])}</div>
		</div>
	</div>
</div>
		</div>
	
						<nav class="pagenavigation" aria-label="Page Navigation">
	<span class="pagination ms-0">
				<a class="btn btn-sm btn-secondary previous" href="{base}/{cat}/{aid - 1}-{hc.slug(prev_h)[:50]}" rel="prev">
			<span class="visually-hidden">
				{E(c["prev_art"])}: {E(prev_h)}			</span>
			<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{E(c["prev"])}</span>			</a>
					<a class="btn btn-sm btn-secondary next" href="{base}/{cat}/{aid + 1}-{hc.slug(next_h)[:50]}" rel="next">
			<span class="visually-hidden">
				{E(c["next_art"])}: {E(next_h)}			</span>
			<span aria-hidden="true">{E(c["next"])}</span> <span class="icon-chevron-right" aria-hidden="true"></span>			</a>
		</span>
</nav>
			
	
	<div class="related-article-list-container">
		<h3 class="related-article-title">{E(c["related"])}</h3>
		<div class="article-list related-article-list">
			<div class="row">{related}</div>
		</div>
	</div>
</div>



			</div></main><aside id="sp-right" class="col-lg-4 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">{E(s["latest"])}</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div><div class="sp-module "><h3 class="sp-module-title">{E(s["tags_head"])}</h3><div class="sp-module-content"><div class="mod-tagspopular-cloud tagspopular tagscloud">{cloud}</div></div></div><div class="sp-module "><h3 class="sp-module-title">{E(s["about_head"])}</h3><div class="sp-module-content"><div id="mod-custom120" class="mod-custom custom"><p>{E(s["about"])}</p></div></div></div></div></aside></div></div></div></section><section id="sp-bottom" ><div class="container"><div class="container-inner"><div class="row">{bottom}</div></div></div></section><footer id="sp-footer" ><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">{E(s["footer"])}</span></div></div></div></div></div></footer>			</div>
		</div>

		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
		<!-- Rendering the offcanvas style -->
		<!-- If canvas style selected then render the style -->
		<!-- otherwise (for old templates) attach the offcanvas module position -->
					<div class="offcanvas-menu">
	<div class="d-flex align-items-center p-3 pt-4">
				<a href="#" class="close-offcanvas" role="button" aria-label="{A(c["close"])}">
			<div class="burger-icon" aria-hidden="true">
				<span></span>
				<span></span>
				<span></span>
			</div>
		</a>
	</div>
	
	<div class="offcanvas-inner">
		<div class="d-flex header-modules mb-3">
					</div>
		
					<div class="sp-module "><div class="sp-module-content"><ul class="menu nav-pills">{offmenu}</ul></div></div>
		
		
		
			</div>
</div>		
		
		
		
				
		<!-- Go to top -->
					<a href="#" class="sp-scroll-up" aria-label="{A(c["scroll"])}"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
					<div class="sp-cookie-consent position-bottom" style="background-color: {s["colour"]}; color: #ffffff;">
			<div>
				<div class="sp-cookie-consent-content">
					{E(s["cookie"])}				</div>
				<div class="sp-cookie-consent-action">
					<a class="sp-cookie-close sp-cookie-allow btn btn-primary" href="#">{E(c["cookie_btn"])}</a>
				</div>
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
TEMPLATE_FAMILIES = {"helixultimate": []}  # (the full image sits above the header, outside articleBody; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "blueplaques", "dialaride", "treeworks"]
NEW_FAMILIES = ["blueplaques", "dialaride", "treeworks"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"blueplaques": ["blue plaque", "blue-plaque", "blueplaque", "heritage plaque scheme", "commemorative plaque scheme"],
                    "dialaride": ["dial-a-ride", "dial a ride", "dialaride", "community transport", "demand-responsive transport"],
                    "treeworks": ["tree preservation order", "tree-preservation", "tree works application", "tree-works",
                                  "treeworks", "felling application"]}
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
    "cookie": ['<div class="weir-cam-gate"><p class="weir-cam-gate__msg">%s</p><button class="weir-cam-gate__on" type="button">Switch on</button></div>',
               '<p class="vale-plan-consent">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="vale-at-seven"><p class="vale-at-seven__txt">%s</p><a class="vale-at-seven__go" href="/newsletters/vale-at-seven">&#8250;</a></div>',
                   '<p class="free-articles-used-vle">%s</p>', '<h5 class="vale-seven-hd">%s</h5>', '<p><strong><a href="/give">%s</a></strong></p>'],
    "share": ['<ul class="spread-vale-links">{items}</ul>', '<div class="forward-on-vle">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="photo-inbox-vle">%s</p>', '<span class="reader-took-vle">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-copy-line-vle">%s</p>', '<div class="publisher-consent-vle"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="fresh-from-desk-vle">%s</p>', '<h6 class="every-story-vle">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="ornament-row-vle">%s</p>', '<div class="fleuron-break-vle">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="valley-team-credit-vle">%s</p>', '<div class="district-corr-vle">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="headline-echo-vle"><strong>%s</strong></p>', '<h2 class="headline-again-vle">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-resumes-vle">%s</div>', '<p class="each-household-advert-vle">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="whole-story-vle"><a href="#whole">%s</a></p>', '<div class="show-rest-bar-vle">%s</div>', '<div><a href="#whole">%s</a></div>'],
    "comments": ['<p class="vale-conversation-count"><a href="#comments">%s</a></p>', '<div class="add-your-voice-vle">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="minute-read-vle">%s</p>', '<span class="read-mins-pill-vle">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-by-desk-vle"><time>%s</time></p>', '<div class="council-response-upd-vle">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="play-article-vle"><button class="play-article-vle__btn" aria-label="Play"></button><span class="play-article-vle__lbl">%s</span></div>',
              '<p class="prefer-ears-vle"><a href="#play">%s</a></p>', '<div><a href="#play">%s</a></div>'],
    "correction": ['<aside class="amended-after-box-vle"><p>%s</p></aside>', '<p class="amended-note-vle"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="vale-app-strip"><p class="vale-app-strip__txt">%s</p><a class="vale-app-strip__dl" href="/download-app">&#8595;</a></div>',
            '<p class="carry-on-app-vle">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="beekeeper-reporter-box"><p class="beekeeper-reporter-box__txt">%s</p></div>', '<p class="more-stories-by-vle"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="got-a-story-vle"><p class="got-a-story-vle__txt">%s</p></div>', '<p class="whatsapp-desk-vle">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="found-mistake-vle"><p>%s</p></div>', '<p class="highlight-ctrl-enter-vle">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="alert-optin-vle"><p class="alert-optin-vle__q">%s</p></div>', '<p class="vale-alert-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="keep-article-vle">{items}</ul>', '<p class="printer-friendly-vle"><a href="?tmpl=component&amp;print=1">%s</a></p>',
              '<div><a href="?tmpl=component&amp;print=1">%s</a></div>'],
    "feedback": ['<div class="was-it-useful-vle"><p class="was-it-useful-vle__q">%s</p></div>', '<p class="useful-line-vle">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="code-of-practice-vle"><p>%s</p></div>', '<p class="complaints-go-to-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-chips-vle"><span class="topic-chips-vle__txt">%s</span></div>', '<p class="follow-topic-vle">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-vle"><a class="reading-list-vle__a" href="#reading-list">%s</a></div>',
                 '<p class="add-to-list-vle"><a href="#reading-list">%s</a></p>', '<div><a href="#reading-list">%s</a></div>'],
    "poll": ['<div class="quick-vote-vle"><p class="quick-vote-vle__q">%s</p><button class="quick-vote-vle__send" type="button">&#10004;</button></div>',
             '<h6 class="cast-vote-vle">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/V{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/V{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-vle"><a class="yt-facade-vle__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="day-photos-vle"><a class="day-photos-vle__a" href="#photos">%s</a></div>',
                '<p class="see-all-pics-vle">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-frame-vle"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-frame-vle__links">%s</p></div>',
            '<figure class="static-map-vle"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-to-cal-vle">{items}</ul>', '<p class="eve-reminder-vle"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="date-chip-vle"><span class="date-chip-vle__lbl">%s</span></div>'],
    "scores": ['<div class="every-result-vle"><a class="every-result-vle__a" href="/sport/results">%s</a></div>',
               '<ul class="vale-sport-tabs">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({plaquelist}: the blue plaque scheme's who / criteria / building / how
    # to nominate as a list; {plaquerows}: the same as a table; {plaquedl}: the same as a definition list;
    # {ridelist}: the dial-a-ride panel's who / areas / fares / booking line as a list; {riderows}: the same as a
    # table; {ridedl}: the same as a definition list; {treelist}: the tree works applications (address, works,
    # comments by) as a list; {treerows}: the same as a table; {treedl}: the same as a definition list)
    "blueplaques": ['<div class="blue-plaque-scheme"><h4 class="blue-plaque-scheme__hd">%s</h4><ul class="blue-plaque-scheme__list">{plaquelist}</ul></div>',
                    '<div class="plaque-criteria-tbl"><p class="plaque-criteria-tbl__hd"><strong>%s</strong></p><table class="plaque-criteria-tbl__grid">{plaquerows}</table></div>',
                    '<p class="nominate-plaque-link"><a href="/heritage/blue-plaques/nominate">%s</a></p>',
                    '<div class="plaque-rules-card"><h5 class="plaque-rules-card__hd">%s</h5><dl class="plaque-rules-card__dl">{plaquedl}</dl></div>'],
    "dialaride": ['<div class="dial-a-ride-panel"><h4 class="dial-a-ride-panel__hd">%s</h4><ul class="dial-a-ride-panel__list">{ridelist}</ul></div>',
                  '<div class="community-bus-fares-tbl"><p class="community-bus-fares-tbl__hd"><b>%s</b></p><table class="community-bus-fares-tbl__grid">{riderows}</table></div>',
                  '<p class="book-ride-link"><a class="book-ride-link__btn" role="button" href="/transport/dial-a-ride/book">%s</a></p>',
                  '<div class="ride-booking-card"><h5 class="ride-booking-card__hd">%s</h5><dl class="ride-booking-card__dl">{ridedl}</dl></div>'],
    "treeworks": ['<div class="tree-apps-list"><h4 class="tree-apps-list__hd">%s</h4><ul class="tree-apps-list__items">{treelist}</ul></div>',
                  '<div class="tpo-register-tbl"><p class="tpo-register-tbl__hd"><strong>%s</strong></p><table class="tpo-register-tbl__grid">{treerows}</table></div>',
                  '<p class="tree-comment-link"><a href="/planning/trees/comment">%s</a></p>',
                  '<div class="trees-consult-strip"><p class="trees-consult-strip__hd"><strong>%s</strong></p><dl class="trees-consult-strip__dl">{treedl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/vale-at-seven"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "blueplaques": (0.7, [' <a href="/heritage/blue-plaques/nominate"><b>%s</b></a>']),
          "dialaride": (0.7, ['<br><a class="button" href="/transport/dial-a-ride/book"><strong>%s</strong></a>']),
          "treeworks": (0.7, [' <a href="/planning/trees/comment"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# nominate-a-plaque link, the book-a-ride button and the comment-on-a-tree-application link, not the lists, tables or
# cards)
INLINE_WORDING = {"newsletter": 0, "blueplaques": 2, "dialaride": 2, "treeworks": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-image-vle"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="elsewhere-brackwater-rel"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="vale-reporters-more"><p class="vale-reporters-more__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (PLAQUE_HEAD, DIALARIDE_HEAD, TREE_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    plaques = "".join('<li><strong>%s:</strong> %s</li>' % (esc(k), esc(v)) for k, v in PLAQUE_RULES[lang])
    rides = "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in DIALARIDE_RULES[lang])
    trees = "".join('<li><strong>%s</strong>: %s (%s)</li>' % (esc(a), esc(w), esc(d)) for a, w, d in TREE_APPS[lang])
    return (style.replace("{plaquelist}", plaques)
            .replace("{plaquerows}", table(PLAQUE_HEAD[lang], PLAQUE_RULES[lang]))
            .replace("{plaquedl}", dl(PLAQUE_RULES[lang]))
            .replace("{ridelist}", rides)
            .replace("{riderows}", table(DIALARIDE_HEAD[lang], DIALARIDE_RULES[lang]))
            .replace("{ridedl}", dl(DIALARIDE_RULES[lang]))
            .replace("{treelist}", trees)
            .replace("{treerows}", table(TREE_HEAD[lang], TREE_APPS[lang]))
            .replace("{treedl}", dl([(a, "%s · %s" % (w, d)) for a, w, d in TREE_APPS[lang]])))


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
               "scores": rng.choice([0, mid, n]), "blueplaques": rng.choice([mid, n, n]),
               "dialaride": rng.choice([0, mid, n]), "treeworks": rng.choice([mid, n])}.get(fam, mid)
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
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "helixultimate": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "helixultimate": ("<em>", "</em>")}
# a highlight (a <mark> typed through TinyMCE's source view on helixultimate, the rich editor's on quintype)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "helixultimate": ('<mark>', "</mark>")}


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
# templates: helixultimate is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"helixultimate": tpl_helixultimate, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h80), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "helixultimate"


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
            rng = random.Random("newsflow-heldout82-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI82[lang]
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

STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 81) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h80), labels, furniture strings,
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
    # layouts: helixultimate (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h79 or h80 gave it
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
    # the helixultimate pages: a site of HELIX_SITES in a language of HELIX_CORE; of the looks only those Joomla's
    # TinyMCE editor sets in a paragraph (bold, italic, a highlight, a line break); no story tables and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in HELIX_SITES or a["lang"] not in HELIX_CORE
                                       or any(st not in ("bold", "italic", "highlight", "br") for st, _ in a.get("look", []))):
            problems.append("%s: helixultimate page needs a Helix site and the editor's looks only" % a["id"])
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
    helix_sites = [{k: v for k, v in d.items() if k not in HELIX_EXEMPT} for d in HELIX_SITES.values()]
    # (HELIX_CORE, PLAQUE_HEAD, DIALARIDE_HEAD and TREE_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("HELIX_SITES", helix_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "HELIX_SITES" and s.startswith("/")):
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





