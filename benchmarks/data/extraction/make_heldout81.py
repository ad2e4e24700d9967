#!/usr/bin/env python3
"""Eighty-first held-out part (h81-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout81.py           # write pages/h81-*.html
    python benchmarks/data/extraction/make_heldout81.py --check   # verify pages/h81-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout81.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout82.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h81_en.py / articles_h81_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: repair-café session panels on stories about a repair café -- the next dates, the venue,
what the volunteers can fix and how to book a slot as a list, the same as a table, the "book a slot at the next
repair café" link, the same as a definition-list card --, council pest-control booking panels on stories about the
council treating rats, wasps, cockroaches or ticks -- the pests treated with their charges and concessions and the
next free appointments as a list, the charges as a table, the "book a pest control visit" button, the same as a
definition-list card --, and skip / scaffolding permit notices on stories about skips, builders' containers or
scaffolding on the highway -- the permit types with their fees and how long each lasts, and how to apply, as a
list, the same as a table, the "apply for a skip or scaffolding permit" link, the same as a definition-list strip
--), their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..80, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an
earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h79
and h80 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every
name and number is fictional.  The tables' heads (REPAIR_HEAD, PEST_HEAD, SKIP_HEAD) are the web teams' generic
strings and not checked; the rows themselves (REPAIR_INFO, PEST_CHARGES, PEST_NEXT, SKIP_PERMITS) are new.
(Earlier parts put a calendar row or a map on a repair café's story and a fact box on what one mends; the panel here
is the organisers' own session box -- dates, venue, trades, booking.)
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or button among them may be run into a paragraph instead): repair-café panels on an English repair
cafe moving into an old fire station (the English new-layout page: the list), a German repair café's thousandth
repair (the table), a French commune's own notice of its Repair Café reopening at the médiathèque (a commune on
TYPO3: the booking link, run into a paragraph) and a Spanish library's new repair workshop (the card);
pest-control panels on an English council starting to charge for rat treatments (the list), an English town's wasp
nest boom (the table), a Turkish municipality treating homes for rats and cockroaches (the booking button, run into
a paragraph) and a Russian district's tick treatments (the card); permit notices on English builders protesting at
a doubled skip permit fee (the list), a Turkish municipality requiring permits for rubble containers (the table), a
German town charging by the week for containers and scaffolding (the application link) and a Spanish town hall
issuing container permits in 48 hours (the Spanish new-layout page: the strip).  Earlier families that need a
reason in the story are placed the same way (a gallery on a chimney sweep, a map on a village pond, score-centre
links on a Sunday league cup final, a calendar on a week of events for older people); the other generic families
are balanced over the part, leaving out those the page's site would not print (the story's "kind": a Russian
village's uCoz site -- a small site --, a French commune's own page on TYPO3 -- no newspaper furniture --, an
independent neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment counters
or press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the repair-café booking link, the pest-control booking button, the
permit application link; only one line in any paragraph) or a bold section tag run into the start of the first
paragraph (drawn at random; no story of this part asks for one).  On the new layout, residue the editor pasted into
a Custom HTML block sits between the post's blocks inside div.entry-content (no wrapper of its own).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on the English new-layout page -- the block editor's has-drop-cap --, on wordpress, magazine,
gutenberg and sanity), italics (a one-line quote on the English new-layout page, on semantic and medium), bold (a
one-line paragraph on both new-layout pages, on nextjs and medium), a highlighted sentence (the block editor's
<mark class="has-inline-color"> on both new-layout pages, a <mark> on quintype), a paragraph in a box (a CKEditor
style on drupal, the magazine's panel, a Gutenberg group), a fact box holding a subheading and its list (a Fusion
custom embed: a repair café in figures), a Ghost callout card (where to pick up dance tickets), a paragraph typed
after a <br> (Shift+Enter, on both new-layout pages, and on chunks); story structures that look like furniture but
are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "How many boats is
that?", "Hiç tekme yediniz mi?", "Собаки кусали?" --, in English, Turkish and Russian: a lock-keeper after 32 years,
a village farrier after 55, a village postwoman after 38), lists inside the story (what changes with rat treatment
charges, what volunteers did to a pond, a repair café in figures, what a French repair café takes, what a pétanque
club planned for its centenary, what a village playground got), crossheads as headings and as bold paragraphs,
one-line quotes and short one-line paragraphs ("Nothing with a petrol engine.", "Do not try it with a tennis
racket.", "It was 3-2.", "Es gibt keine Öffnungszeiten.", "Ni un día más."), a closing line with practical
information (how to volunteer at a repair café, who to contact about rats in drains, how long permits take, a
pond's dogs rule, a bakery's hours, an exhibition's opening times, a workshop's Saturdays, where to have a tick
tested), and story sentences that mention furniture words in ordinary reporting ("Cookies and tea are still free",
"Share a bench with Edna Coldwell", "Subscribe to the Wharf Road Rangers group chat", "Folgen Sie dem Lindenweg",
"Suivez l'odeur du pain chaud", "Contactés il y a un an", "Fotoğrafını çekip gönderen" and "Подписывайтесь на
новости посёлка" opening stories, "about 400 photos of one trophy" in a first line, "should still contact the
water company" closing one and "can leave their name at the town council office" closing another), some at the
start or end of the story where furniture usually sits.  Two pages carry no
residue at all (an English and a Russian interview) and one only its correction line (an English village bus).
One page layout is new (generatepress: a single post on a WordPress site with the GeneratePress theme, GenerateBlocks
and GP Premium, on two pages, an English and a Spanish one -- an independent news site for a fen town and a digital
paper for a river valley): the post URL (/<yyyy>/<mm>/<slug>/) and WordPress's upload paths; wp_head as such a site
serves it (charset, the robots meta, viewport, the Yoast title, description, canonical, Open Graph and ld+json
graph, the feed links, the block library, Complianz's cookie-blocker, GeneratePress's main.min.css with its
generate-style-inline-css customizer block, the GenerateBlocks per-post stylesheet from uploads/generateblocks and GP
Premium's blog stylesheet, the REST, EditURI and shortlink links, WordPress's generator, the cmplz-hidden style);
body with GeneratePress's classes (single-post, right-sidebar, nav-float-right, separate-containers,
header-aligned-left, dropdown-hover, featured-image-active); the skip link; header#masthead.site-header with
div.inside-header.grid-container (the site-logo, the mobile-menu-control-wrapper nav and nav#site-navigation
.main-navigation with div.inside-navigation, the menu-toggle button with its gp-icon SVG and the sf-menu list of
menu-item-type-taxonomy items, one with a sub-menu and its dropdown-menu-toggle); div#page.site.grid-container >
div#content.site-content > div#primary.content-area > main#main.site-main; article.post > div.inside-article (the
featured-image div, header.entry-header with h1.entry-title and div.entry-meta -- posted-on and byline with the
author vcard --, div.entry-content with the post's blocks -- p, h2.wp-block-heading, ul.wp-block-list,
blockquote.wp-block-quote and the editor's Custom HTML --, footer.entry-meta with cat-links, tags-links and
nav#nav-below.post-navigation's nav-previous / nav-next); a GP Element hooked after the article (a GenerateBlocks
gb-container with a gb-headline and a query loop's gb-grid-wrapper of gb-grid-column gb-query-loop-item related
posts); div.comments-area with WordPress's comment form (comment-respond, comment-reply-title, the fields, the
cookies-consent checkbox, the hidden comment_post_ID / comment_parent inputs); div#right-sidebar.widget-area
(aside.widget.inner-padding: widget_search, widget_recent_entries, widget_categories and a widget_block with a
GenerateBlocks newsletter box); div.site-footer with the footer-widgets (a GenerateBlocks about box and the footer
nav menu) and footer.site-info (div.inside-site-info, the copyright-bar, "Built with GeneratePress"); the
generate-back-to-top link; the Complianz banner (div#cmplz-cookiebanner-container > div.cmplz-cookiebanner with
cmplz-header, cmplz-body / cmplz-message, the details.cmplz-category groups with their checkboxes and descriptions,
cmplz-links, cmplz-buttons and cmplz-documents) and the manage-consent button; the speculation rules, the
generate-a11y snippet, GeneratePress's menu and back-to-top scripts with their settings, comment-reply and
Complianz's script with its complianz settings object.  The platform's strings (GP_CORE, per language: WordPress's,
GeneratePress's and Complianz's) are left as they ship and not checked; the sites' own strings (GP_SITES:
navigation, categories, tags, the newsletter box, the related heading, the footer box and links) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h79 or h80 gave it (9 English pages, 3 in each other language: English on quintype, hugo,
magazine, nextjs, gutenberg, chunks, cms and portal; Turkish on wordpress, amp and drupal; German on sanity, fusion
and medium; French on typo3, regional and semantic; Spanish on ghost and storybody; Russian on legacy-br, table and
ucoz); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
than to the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this
part's own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
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
from articles_h81_en import ARTICLES as H81_EN  # noqa: E402
from articles_h81_intl import ARTICLES as H81_INTL  # noqa: E402


ARTICLES = H81_EN + H81_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78, mp79, mp80)
# parts whose layouts' languages this part avoids (the two before it; h82 is written at the same time)
LANG_PARTS = (mp79, mp80)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h81"



# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Fenmarch Gazette", "Ouseley Valley Herald", "Fenmarch and Tollby Times", "The Dyke Street Dispatch",
           "Saxby Drove Courier", "Hobb's End Chronicle", "Coldham Fen Mercury", "The Ouseley Weekly Bulletin"],
    "tr": ["Kamışova Postası", "Kanalboyu Haber", "Yukarıçayır Gazetesi"],
    "de": ["Riedhausener Bote", "Ilsetal-Anzeiger"],
    "fr": ["L'Écho des Marais", "Le Petit Vauclercois"],
    "es": ["La Gaceta de la Ribera del Soto", "Diario de Valdelobos"],
    "ru": ["Ольховские вести", "Приольховская газета"],
}
# sites fixed per page (the two GeneratePress sites, a French commune's own site on TYPO3, a Russian village's site
# on uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h80 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The sluice-gate camera on Fenmarch Dyke needs video cookies switched on before it plays", "Turn on map cookies to open this Fenmarch street plan"],
        "tr": ["Kamışova set kapağındaki kamera, video çerezlerini açmadan görüntü vermiyor", "Bu Kamışova sokak planını açmak için harita çerezlerini etkinleştirin"],
        "de": ["Die Kamera am Riedhausener Schöpfwerk zeigt erst etwas, wenn Video-Cookies eingeschaltet sind", "Schalten Sie Karten-Cookies ein, um diesen Stadtplan von Riedhausen zu öffnen"],
        "fr": ["La caméra de l'écluse des Marais ne s'affiche qu'une fois les cookies vidéo activés", "Activez les cookies de carte pour ouvrir ce plan des Marais"],
        "es": ["La cámara de la presa del Soto necesita las cookies de vídeo activadas para verse", "Activa las cookies de mapas para abrir este plano del Soto"],
        "ru": ["Камера на плотине Ольховки покажет картинку только после включения видео-cookie", "Включите cookie карт, чтобы открыть этот план Ольховки"],
    },
    "newsletter": {
        "en": ["Fenmarch First: the town's news at seven every morning, straight to your inbox", "You have reached your limit of free Fenmarch articles for this month: sign up at no cost to carry on", "We answer to readers, not owners: chip in from £2 a month to keep {site} in Fenmarch"],
        "tr": ["Kamışova Erken: ilçenin haberleri her sabah yedide doğrudan e-postanızda", "Bu ay için ücretsiz Kamışova haberi sınırına ulaştınız: devam etmek için ücretsiz üye olun", "Patronumuz yok, okurumuz var: {site} Kamışova'da kalsın diye ayda 50 liradan destek olun"],
        "de": ["Riedhausen früh: die Nachrichten aus der Stadt jeden Morgen um sieben direkt in Ihr Postfach", "Sie haben Ihr Kontingent freier Riedhausen-Artikel für diesen Monat erreicht: kostenlos anmelden und weiterlesen", "Wir gehören unseren Lesern, nicht Investoren: ab 2 € im Monat bleibt {site} in Riedhausen"],
        "fr": ["Les Marais dès 7 heures : l'actualité locale chaque matin directement dans votre messagerie", "Vous avez atteint votre limite d'articles gratuits des Marais ce mois-ci : créez un compte gratuit pour continuer", "Nous ne rendons de comptes qu'aux lecteurs : dès 2 € par mois, gardez {site} dans les Marais"],
        "es": ["El Soto a las siete: las noticias del pueblo cada mañana directamente en tu correo", "Has llegado al límite de noticias gratis del Soto este mes: date de alta sin coste para continuar", "Solo respondemos ante los lectores: desde 2 € al mes mantienes a {site} en el Soto"],
        "ru": ["«Ольховка в семь»: новости района каждое утро прямо в вашем ящике", "Вы исчерпали лимит бесплатных материалов об Ольховке в этом месяце: зарегистрируйтесь бесплатно, чтобы продолжить", "Мы отвечаем только перед читателями: от 100 ₽ в месяц — и «{site}» остаётся в Ольховке"],
    },
    "share": {
        "en": ["Tell Fenmarch: Facebook · WhatsApp · Nextdoor · Email", "Think your neighbour on the Dyke should read this? Send this Fenmarch story on ›"],
        "tr": ["Kamışova'ya duyurun: Facebook · WhatsApp · Telegram · E-posta", "Bunu okuması gereken bir komşunuz mu var? Bu Kamışova haberini ona iletin ›"],
        "de": ["Riedhausen Bescheid sagen: Facebook · WhatsApp · Signal · E-Mail", "Ihr Nachbar am Deich sollte das lesen? Den Riedhausen-Artikel an ihn weiterleiten ›"],
        "fr": ["Faites-le savoir aux Marais : Facebook · WhatsApp · Signal · Courriel", "Votre voisin de la digue devrait lire ça ? Transférez-le ›"],
        "es": ["Cuéntaselo al Soto: Facebook · WhatsApp · Telegram · Correo", "¿Tu vecino de la ribera debería leerlo? Reenvíale esta noticia del Soto ›"],
        "ru": ["Расскажите Ольховке: ВКонтакте · Одноклассники · Telegram · Почта", "Соседу с плотины стоит это прочитать? Перешлите ему ›"],
    },
    "photo": {
        "en": ["Picture supplied to the Fenmarch news desk", "Sent in by a Fenmarch reader, with thanks"],
        "tr": ["Fotoğraf Kamışova haber masasına gönderildi", "Bir Kamışova okurumuz gönderdi, teşekkür ederiz"],
        "de": ["Bild der Riedhausener Lokalredaktion zur Verfügung gestellt", "Eingesandt von einem Leser aus Riedhausen, vielen Dank"],
        "fr": ["Image transmise à la rédaction des Marais", "Envoyée par une lectrice des Marais, merci à elle"],
        "es": ["Imagen facilitada a la redacción del Soto", "La envió un lector del Soto, gracias"],
        "ru": ["Снимок предоставлен редакции Ольховки", "Прислала читательница из Ольховки, спасибо"],
    },
    "copyright": {
        "en": ["All rights reserved, {site} 2026. No part of this Fenmarch article may be copied or republished without our licensing desk's written consent."],
        "tr": ["Tüm hakları saklıdır, {site} 2026. Bu Kamışova haberinin hiçbir bölümü lisans birimimizin yazılı onayı olmadan kopyalanamaz ya da yeniden yayımlanamaz."],
        "de": ["Alle Rechte vorbehalten, {site} 2026. Kein Teil dieses Riedhausen-Artikels darf ohne schriftliche Zustimmung unserer Lizenzabteilung kopiert oder neu veröffentlicht werden."],
        "fr": ["Tous droits réservés, {site} 2026. Aucune partie de cet article des Marais ne peut être copiée ou republiée sans l'accord écrit de notre service des licences."],
        "es": ["Todos los derechos reservados, {site} 2026. Ninguna parte de esta noticia del Soto puede copiarse ni volver a publicarse sin el consentimiento escrito de nuestro departamento de licencias."],
        "ru": ["Все права защищены, «{site}», 2026. Никакую часть этого материала об Ольховке нельзя копировать или перепечатывать без письменного согласия нашего отдела лицензий."],
    },
    "section": {
        "en": ["Fresh from Fenmarch: {section}", "Every {section} story from Fenmarch ›"],
        "tr": ["Kamışova'dan taze: {section}", "Kamışova'dan bütün {section} haberleri ›"],
        "de": ["Frisch aus Riedhausen: {section}", "Jede {section}-Meldung aus Riedhausen ›"],
        "fr": ["Tout juste arrivé des Marais : {section}", "Chaque article {section} des Marais ›"],
        "es": ["Recién salido del Soto: {section}", "Cada noticia de {section} del Soto ›"],
        "ru": ["Свежее из Ольховки: {section}", "Каждый материал рубрики «{section}» из Ольховки ›"],
    },
    "related": {
        "en": ["Elsewhere in Fenmarch today", "Our Fenmarch reporters also wrote"],
        "tr": ["Bugün Kamışova'nın başka yerlerinde", "Kamışova muhabirlerimiz ayrıca yazdı"],
        "de": ["Heute sonst noch in Riedhausen", "Unsere Riedhausener Reporter schrieben außerdem"],
        "fr": ["Ailleurs dans les Marais aujourd'hui", "Nos reporters des Marais ont aussi écrit"],
        "es": ["En otros rincones del Soto hoy", "Nuestros periodistas del Soto también han escrito"],
        "ru": ["Что ещё сегодня в Ольховке", "Наши корреспонденты в Ольховке также написали"],
    },
    "symbol": {
        "*": ["⟡ ⁓ ⟡ ⁓ ⟡", "◖◗ ◖◗ ◖◗", "✢ ⸱ ✢ ⸱ ✢ ⸱ ✢", "⬥ ∿ ⬥ ∿ ⬥"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} town desk", "Our Dyke Street correspondent contributed to this report"],
        "tr": ["{site} ilçe masasının katkılarıyla", "Çarşı muhabirimiz bu habere katkıda bulundu"],
        "de": ["Mitarbeit: die Stadtredaktion von {site}", "Unsere Korrespondentin in der Mühlenstraße hat zu diesem Bericht beigetragen"],
        "fr": ["Avec la contribution du bureau local de {site}", "Notre correspondante de la grand-rue a participé à cet article"],
        "es": ["Con la colaboración de la mesa local de {site}", "Nuestra corresponsal de la calle Real ha contribuido a esta noticia"],
        "ru": ["Над материалом также работала городская редакция «{site}»", "В подготовке материала участвовал наш корреспондент с Заводской улицы"],
    },
    "ad": {
        "en": ["Advertisement · the Fenmarch story resumes below", "Reach every doorstep in Fenmarch: advertise with {site} from £9 a week"],
        "tr": ["Reklam · Kamışova haberi aşağıda sürüyor", "Kamışova'da her kapıya ulaşın: {site} ile haftalık 250 liradan reklam"],
        "de": ["Anzeige · der Riedhausen-Artikel geht unten weiter", "Erreichen Sie jede Haustür in Riedhausen: werben bei {site} ab 9 € pro Woche"],
        "fr": ["Publicité · l'article des Marais reprend plus bas", "Touchez chaque foyer des Marais : publicité sur {site} dès 9 € la semaine"],
        "es": ["Publicidad · la noticia del Soto sigue más abajo", "Llega a cada casa del Soto: anúnciate en {site} desde 9 € a la semana"],
        "ru": ["Реклама · материал об Ольховке продолжается ниже", "Вас увидит каждый дом Ольховки: реклама в «{site}» от 700 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep reading this Fenmarch story", "Show the rest of the Fenmarch article ▾"],
        "tr": ["Bu Kamışova haberini okumaya devam edin", "Kamışova haberinin geri kalanını göster ▾"],
        "de": ["Diesen Riedhausen-Artikel weiterlesen", "Den Rest des Riedhausen-Artikels anzeigen ▾"],
        "fr": ["Continuer la lecture de cet article des Marais", "Afficher la suite de l'article des Marais ▾"],
        "es": ["Sigue leyendo esta noticia del Soto", "Mostrar el resto de la noticia del Soto ▾"],
        "ru": ["Продолжить чтение материала об Ольховке", "Показать остаток материала об Ольховке ▾"],
    },
    "comments": {
        "en": ["{n} Fenmarch readers are talking about this", "Join {n} others in the Fenmarch conversation ›"],
        "tr": ["{n} Kamışova okuru bunu konuşuyor", "Kamışova sohbetine {n} kişiyle birlikte katılın ›"],
        "de": ["{n} Leser aus Riedhausen diskutieren darüber", "Diskutieren Sie mit {n} anderen aus Riedhausen ›"],
        "fr": ["{n} lecteurs des Marais en discutent", "Rejoignez la discussion des Marais avec {n} autres ›"],
        "es": ["{n} lectores del Soto están hablando de esto", "Únete a la conversación del Soto con otros {n} ›"],
        "ru": ["{n} читателей из Ольховки обсуждают это", "Присоединяйтесь к обсуждению вместе с {n} жителями Ольховки ›"],
    },
    "readtime": {
        "en": ["A {m}-minute Fenmarch read", "Time to read this Fenmarch piece: {m} min"],
        "tr": ["{m} dakikalık bir Kamışova okuması", "Bu Kamışova haberini okuma süresi: {m} dk"],
        "de": ["Ein Riedhausen-Text für {m} Minuten", "Zeit für diesen Riedhausen-Text: {m} Min."],
        "fr": ["Un article des Marais de {m} minutes", "Durée de lecture de cet article des Marais : {m} min"],
        "es": ["Una lectura del Soto de {m} minutos", "Tiempo para leer esta noticia del Soto: {m} min"],
        "ru": ["Материал об Ольховке на {m} минуты", "Время чтения этого материала об Ольховке: {m} мин"],
    },
    "updated": {
        "en": ["Revised by the Fenmarch desk {d}, {t}", "This version dates from {d} at {t}, with the council's latest figures"],
        "tr": ["Kamışova masası tarafından gözden geçirildi: {d}, {t}", "Bu sürüm {d}, saat {t} tarihli; belediyenin son rakamlarıyla"],
        "de": ["Überarbeitet von der Riedhausener Redaktion am {d}, {t} Uhr", "Diese Fassung stammt vom {d}, {t} Uhr, mit den neuesten Zahlen der Stadt"],
        "fr": ["Revu par le bureau des Marais le {d}, {t}", "Cette version date du {d} à {t}, avec les derniers chiffres de la mairie"],
        "es": ["Revisado por la mesa del Soto el {d}, {t}", "Esta versión es del {d} a las {t}, con las últimas cifras del ayuntamiento"],
        "ru": ["Отредактировано редакцией Ольховки {d}, {t}", "Эта версия от {d}, {t}, с последними данными администрации"],
    },
    "audio": {
        "en": ["▶ Listen to this Fenmarch story ({m} min)", "Read aloud by the Fenmarch newsroom: {m} minutes"],
        "tr": ["▶ Bu Kamışova haberini dinleyin ({m} dk)", "Kamışova haber merkezi seslendirdi: {m} dakika"],
        "de": ["▶ Diesen Riedhausen-Artikel hören ({m} Min.)", "Vorgelesen von der Riedhausener Redaktion: {m} Minuten"],
        "fr": ["▶ Écouter cet article des Marais ({m} min)", "Lu à voix haute par la rédaction des Marais : {m} minutes"],
        "es": ["▶ Escucha esta noticia del Soto ({m} min)", "Leída en voz alta por la redacción del Soto: {m} minutos"],
        "ru": ["▶ Слушать материал об Ольховке ({m} мин)", "Читает вслух редакция Ольховки: {m} минут"],
    },
    "app": {
        "en": ["Fenmarch news the moment it happens: download the {site} app", "Open this in the Fenmarch app ›"],
        "tr": ["Kamışova haberleri olduğu anda: {site} uygulamasını indirin", "Bunu Kamışova uygulamasında açın ›"],
        "de": ["Riedhausen-Nachrichten im Moment des Geschehens: laden Sie die App von {site}", "In der Riedhausen-App öffnen ›"],
        "fr": ["L'actualité des Marais à l'instant même : téléchargez l'appli {site}", "Ouvrir dans l'appli des Marais ›"],
        "es": ["Las noticias del Soto en el momento: descarga la app de {site}", "Ábrelo en la app del Soto ›"],
        "ru": ["Новости Ольховки в ту же минуту: скачайте приложение «{site}»", "Открыть в приложении Ольховки ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} from the Dyke Street office and keeps bees on an allotment by the river.", "More stories by {by} from Fenmarch ›"],
        "tr": ["{by}, {site} için çarşı bürosundan {section} haberlerini izliyor ve nehir kıyısındaki bahçesinde arı besliyor.", "{by} imzalı diğer Kamışova haberleri ›"],
        "de": ["{by} schreibt für {site} aus dem Büro in der Mühlenstraße über {section} und hält Bienen im Schrebergarten am Fluss.", "Weitere Artikel von {by} aus Riedhausen ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} depuis le bureau de la grand-rue et élève des abeilles au jardin ouvrier.", "D'autres articles de {by} dans les Marais ›"],
        "es": ["{by} cubre {section} para {site} desde la oficina de la calle Real y tiene colmenas en un huerto junto al río.", "Más noticias de {by} en el Soto ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» из редакции на Заводской улице и держит пасеку на даче у реки.", "Другие материалы {by} об Ольховке ›"],
    },
    "tip": {
        "en": ["Got a story from Fenmarch? Email newsdesk@fenmarch-post.example", "Call or message the Fenmarch desk on 07700 900 381"],
        "tr": ["Kamışova'dan bir haberiniz mi var? haber@kamisova-postasi.example adresine yazın", "Kamışova masasını arayın ya da mesaj atın: 0 (532) 900 38 10"],
        "de": ["Eine Geschichte aus Riedhausen? Mail an redaktion@riedhausen-bote.example", "Anruf oder Nachricht an die Riedhausener Redaktion: 0151 900 38 10"],
        "fr": ["Une info dans les Marais ? Écrivez à redaction@echo-marais.example", "Appelez ou écrivez au bureau des Marais : 06 00 90 38 10"],
        "es": ["¿Tienes una historia del Soto? Escribe a redaccion@cronica-soto.example", "Llama o escribe a la mesa del Soto: 600 900 381"],
        "ru": ["Есть новость из Ольховки? Пишите на redakciya@olhovka-vesti.example", "Звоните или пишите в редакцию Ольховки: +7 900 000-38-10"],
    },
    "typo": {
        "en": ["Noticed a mistake in this Fenmarch story? Highlight it and press Ctrl+Enter so the Fenmarch desk hears about it"],
        "tr": ["Bu Kamışova haberinde bir hata mı fark ettiniz? Seçin ve Kamışova masasına haber vermek için Ctrl+Enter'a basın"],
        "de": ["Einen Fehler in diesem Riedhausen-Artikel bemerkt? Markieren und mit Strg+Enter der Redaktion melden"],
        "fr": ["Vous avez repéré une faute dans cet article des Marais ? Sélectionnez-la et faites Ctrl+Entrée pour la signaler"],
        "es": ["¿Has visto un fallo en esta noticia del Soto? Selecciónalo y pulsa Ctrl+Intro para avisarnos"],
        "ru": ["Нашли ошибку в материале об Ольховке? Выделите её и нажмите Ctrl+Enter — редакция Ольховки исправит"],
    },
    "push": {
        "en": ["Want an alert the moment Fenmarch news breaks? Alert me about Fenmarch · Not today"],
        "tr": ["Kamışova'da haber olduğu anda uyarı ister misiniz? Kamışova uyarılarını aç · Bugün değil"],
        "de": ["Eine Meldung, sobald in Riedhausen etwas passiert? Riedhausen-Meldungen an · Heute nicht"],
        "fr": ["Une alerte dès qu'il se passe quelque chose dans les Marais ? Alertes des Marais, oui · Pas aujourd'hui"],
        "es": ["¿Quieres un aviso en cuanto haya noticias en el Soto? Avisos del Soto, sí · Hoy no"],
        "ru": ["Получать уведомление, как только в Ольховке что-то случится? Да, уведомлять об Ольховке · Не сегодня"],
    },
    "print": {
        "en": ["Keep this Fenmarch article: Print · Save as PDF · Email it", "Printer-friendly Fenmarch page ›"],
        "tr": ["Bu Kamışova haberini saklayın: Yazdır · PDF olarak kaydet · E-postayla gönder", "Yazıcı dostu Kamışova sayfası ›"],
        "de": ["Diesen Riedhausen-Artikel behalten: Drucken · Als PDF speichern · Per Mail senden", "Druckfreundliche Riedhausen-Seite ›"],
        "fr": ["Garder cet article des Marais : Imprimer · Enregistrer en PDF · Envoyer par courriel", "Page des Marais pour l'impression ›"],
        "es": ["Guarda esta noticia del Soto: Imprimir · Guardar en PDF · Enviar por correo", "Página del Soto para imprimir ›"],
        "ru": ["Сохранить материал об Ольховке: Печать · Сохранить в PDF · Отправить", "Страница Ольховки для печати ›"],
    },
    "feedback": {
        "en": ["Was this Fenmarch article useful? Very · A little · Not really"],
        "tr": ["Bu Kamışova haberi işinize yaradı mı? Çok işime yaradı · Biraz · Pek sayılmaz"],
        "de": ["War dieser Riedhausen-Artikel nützlich? Sehr · Ein wenig · Eher nicht"],
        "fr": ["Cet article des Marais vous a-t-il été utile ? Très utile · Un peu · Pas vraiment utile"],
        "es": ["¿Te ha sido útil esta noticia del Soto? Muy útil · Un poco · No demasiado"],
        "ru": ["Был ли полезен материал об Ольховке? Очень · Немного · Не особо"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code across its Fenmarch titles. Complaints about this story can be sent to standards@fenmarch-post.example."],
        "tr": ["{site}, Kamışova yayınlarının tümünde gazetecilik meslek ilkelerine uyar. Bu haberle ilgili şikâyetler ilke@kamisova-postasi.example adresine gönderilebilir."],
        "de": ["{site} hält sich in allen Riedhausener Ausgaben an den Pressekodex. Beschwerden zu diesem Bericht bitte an kodex@riedhausen-bote.example."],
        "fr": ["{site} applique la charte déontologique dans tous ses titres des Marais. Les réclamations sur cet article sont à adresser à deontologie@echo-marais.example."],
        "es": ["{site} aplica el código deontológico en todas sus cabeceras del Soto. Las quejas sobre esta noticia pueden enviarse a etica@cronica-soto.example."],
        "ru": ["«{site}» во всех изданиях Ольховки соблюдает кодекс профессиональной этики. Жалобы на этот материал можно направить на etika@olhovka-vesti.example."],
    },
    "topics": {
        "en": ["Topics: {section} · Fenmarch · Dyke Street · River Ouseley", "Follow {section} in Fenmarch ›"],
        "tr": ["Konular: {section} · Kamışova · Çarşı · Kanal boyu", "Kamışova'da {section} konusunu izleyin ›"],
        "de": ["Themen: {section} · Riedhausen · Mühlenstraße · Am Deich", "{section} in Riedhausen folgen ›"],
        "fr": ["Thèmes : {section} · Les Marais · Grand-rue · La digue", "Suivre {section} dans les Marais ›"],
        "es": ["Temas: {section} · El Soto · Calle Real · La ribera", "Sigue {section} en el Soto ›"],
        "ru": ["Темы: {section} · Ольховка · Заводская улица · Мельничный пруд", "Следить за темой «{section}» в Ольховке ›"],
    },
    "bookmark": {
        "en": ["♡ Add this to your Fenmarch reading list"],
        "tr": ["♡ Bunu Kamışova okuma listenize ekleyin"],
        "de": ["♡ Zu Ihrer Riedhausen-Leseliste hinzufügen"],
        "fr": ["♡ Ajouter à votre liste de lecture des Marais"],
        "es": ["♡ Añádelo a tu lista de lectura del Soto"],
        "ru": ["♡ Добавить в список чтения Ольховки"],
    },
    "poll": {
        "en": ["Quick poll: has Fenmarch got this right? Yes · No · Too early to say", "Cast your vote to see how Fenmarch answered"],
        "tr": ["Kısa anket: Kamışova bunu doğru mu yaptı? Evet, doğru · Hayır, yanlış · Henüz erken, bekleyelim", "Kamışova'nın nasıl yanıt verdiğini görmek için oy verin"],
        "de": ["Kurze Umfrage: Macht Riedhausen das richtig? Ja, richtig so · Nein, falsch · Erst mal abwarten", "Stimmen Sie ab, um zu sehen, wie Riedhausen geantwortet hat"],
        "fr": ["Sondage express : les Marais ont-ils fait le bon choix ? Oui, bien vu · Non, raté · On verra bien", "Votez pour voir ce qu'ont répondu les Marais"],
        "es": ["Encuesta rápida: ¿ha acertado el Soto? Sí, acertado · No, un error · Habrá que ver", "Vota para ver qué ha respondido el Soto"],
        "ru": ["Быстрый опрос: правильно ли поступила Ольховка? Да, правильно · Нет, ошибка · Поживём — увидим", "Проголосуйте, чтобы увидеть, как ответила Ольховка"],
    },
    "embed": {
        "en": ["View this post from Fenmarch by {handle} on Instagram", "Watch {handle}'s Fenmarch video on YouTube"],
        "tr": ["{handle} hesabının bu Kamışova gönderisini Instagram'da görün", "{handle} hesabının Kamışova videosunu YouTube'da izleyin"],
        "de": ["Diesen Riedhausen-Beitrag von {handle} auf Instagram ansehen", "Das Riedhausen-Video von {handle} auf YouTube anschauen"],
        "fr": ["Voir cette publication des Marais de {handle} sur Instagram", "Regarder la vidéo des Marais de {handle} sur YouTube"],
        "es": ["Ver esta publicación del Soto de {handle} en Instagram", "Ver el vídeo del Soto de {handle} en YouTube"],
        "ru": ["Посмотреть публикацию {handle} об Ольховке в Instagram", "Смотреть видео {handle} об Ольховке на YouTube"],
    },
    "gallery": {
        "en": ["📷 See all {g} Fenmarch photos", "Browse the {g}-picture Fenmarch gallery ›"],
        "tr": ["📷 {g} Kamışova fotoğrafının hepsini görün", "{g} karelik Kamışova galerisine göz atın ›"],
        "de": ["📷 Alle {g} Fotos aus Riedhausen ansehen", "Durch die Riedhausen-Galerie mit {g} Bildern blättern ›"],
        "fr": ["📷 Voir les {g} photos des Marais", "Parcourir la galerie des Marais en {g} images ›"],
        "es": ["📷 Ver las {g} fotos del Soto", "Recorre la galería del Soto de {g} imágenes ›"],
        "ru": ["📷 Все {g} фотографий из Ольховки", "Листать галерею Ольховки из {g} снимков ›"],
    },
    "map": {
        "en": ["Open the Fenmarch map full screen", "Directions to Fenmarch: Google Maps · Apple Maps · OS Maps"],
        "tr": ["Kamışova haritasını tam ekran açın", "Nasıl gidilir: Google Haritalar · Apple Haritalar · Yandex Haritalar"],
        "de": ["Riedhausen-Karte im Vollbild öffnen", "Anfahrt: Google Maps · Apple Karten · Komoot"],
        "fr": ["Ouvrir la carte des Marais en plein écran", "Venir dans les Marais : Google Maps · Plans · Géoportail"],
        "es": ["Abrir el mapa del Soto a pantalla completa", "Cómo ir: Google Maps · Mapas de Apple · Wikiloc"],
        "ru": ["Открыть карту Ольховки на весь экран", "Дорога в Ольховку: Яндекс Карты · 2ГИС · Google Maps"],
    },
    "calendar": {
        "en": ["Add it to your Fenmarch calendar: Google · Outlook · Apple", "Remind me about this Fenmarch event ›"],
        "tr": ["Kamışova takviminize ekleyin: Google · Outlook · Apple", "Bu Kamışova etkinliğini bana hatırlatın ›"],
        "de": ["In den Riedhausen-Kalender: Google · Outlook · Apple", "An diesen Termin in Riedhausen erinnern ›"],
        "fr": ["Noter dans l'agenda des Marais : Google · Outlook · Apple", "Me rappeler cet événement des Marais ›"],
        "es": ["Apúntalo en tu calendario del Soto: Google · Outlook · Apple", "Recuérdame este evento del Soto ›"],
        "ru": ["В календарь Ольховки: Google · Outlook · Apple", "Напомнить об этом событии в Ольховке ›"],
    },
    "scores": {
        "en": ["Every Fenmarch result from the weekend ›", "Match centre: Fixtures · Results · Tables · Top scorers"],
        "tr": ["Hafta sonunun bütün Kamışova sonuçları ›", "Maç merkezi: Fikstür · Sonuçlar · Tablolar · Gol krallığı"],
        "de": ["Alle Riedhausener Ergebnisse vom Wochenende ›", "Spielzentrum: Ansetzungen · Ergebnisse · Tabellen · Torjäger"],
        "fr": ["Tous les résultats du week-end dans les Marais ›", "Espace matchs : Calendrier · Résultats · Classements · Meilleurs buteurs"],
        "es": ["Todos los resultados del fin de semana en el Soto ›", "Zona de partidos: Calendario · Resultados · Clasificación · Máximos goleadores"],
        "ru": ["Все результаты выходных в Ольховке ›", "Матч-центр: Календарь · Результаты · Таблицы · Лучшие бомбардиры"],
    },
    "correction": {
        "en": ["This Fenmarch article has been amended since it was first published."],
        "tr": ["Bu Kamışova haberi ilk yayımlandığından bu yana düzeltildi."],
        "de": ["Dieser Riedhausen-Artikel wurde seit seiner ersten Veröffentlichung berichtigt."],
        "fr": ["Cet article des Marais a été rectifié depuis sa première publication."],
        "es": ["Esta noticia del Soto ha sido rectificada desde su primera publicación."],
        "ru": ["Этот материал об Ольховке исправлен после первой публикации."],
    },
    # the three families new in this part
    "repaircafe": {
        "en": ["Repair café: next sessions and how to book", "Repair café sessions: dates, venue and what we mend", "Book a slot at the next repair café ›", "Bring it, don't bin it: repair café details"],
        "tr": ["Tamir kafe: sonraki buluşmalar ve randevu", "Tamir kafe buluşmaları: tarihler, yer ve neleri onarıyoruz", "Bir sonraki tamir kafeden randevu alın ›", "Atmayın, getirin: tamir kafe bilgileri"],
        "de": ["Repair-Café: nächste Termine und Anmeldung", "Repair-Café-Termine: Daten, Ort und was wir reparieren", "Einen Platz im nächsten Repair-Café buchen ›", "Bringen statt wegwerfen: alles zum Repair-Café"],
        "fr": ["Repair Café : prochaines séances et réservation", "Séances du Repair Café : dates, lieu et ce que nous réparons", "Réserver un créneau au prochain Repair Café ›", "On répare au lieu de jeter : le Repair Café en pratique"],
        "es": ["Taller de reparación: próximas sesiones y reservas", "Sesiones del taller de reparación: fechas, lugar y qué arreglamos", "Reserva un turno en el próximo taller de reparación ›", "Tráelo, no lo tires: el taller de reparación en detalle"],
        "ru": ["Ремонтное кафе: ближайшие встречи и запись", "Встречи ремонтного кафе: даты, место и что мы чиним", "Записаться на ближайшее ремонтное кафе ›", "Не выбрасывайте, приносите: всё о ремонтном кафе"],
    },
    "pestcontrol": {
        "en": ["Book council pest control: next appointments", "Pest control charges and concessions", "Book a pest control visit online ›", "Pests we treat and what it costs"],
        "tr": ["Belediye ilaçlama randevusu: en yakın tarihler", "İlaçlama ücretleri ve indirimler", "Çevrimiçi ilaçlama randevusu alın ›", "İlaçladığımız haşereler ve ücretleri"],
        "de": ["Schädlingsbekämpfung der Stadt buchen: nächste Termine", "Gebühren und Ermäßigungen der Schädlingsbekämpfung", "Einen Termin zur Schädlingsbekämpfung online buchen ›", "Welche Schädlinge wir bekämpfen und was es kostet"],
        "fr": ["Dératisation et désinsectisation municipales : prochains rendez-vous", "Tarifs et réductions du service d'hygiène", "Prendre rendez-vous en ligne avec le service d'hygiène ›", "Les nuisibles traités et leur tarif"],
        "es": ["Control de plagas municipal: próximas citas", "Tarifas y bonificaciones del control de plagas", "Pide cita en línea para el control de plagas ›", "Plagas que tratamos y lo que cuesta"],
        "ru": ["Запись на дезинсекцию и дератизацию: ближайшие даты", "Стоимость обработки и льготы", "Записаться на обработку онлайн ›", "Какие вредители и сколько стоит"],
    },
    "skippermits": {
        "en": ["Skips and scaffolding on the highway: permits you need", "Skip and scaffold permit fees", "Apply for a skip or scaffolding permit ›", "Highway permits at a glance"],
        "tr": ["Yolda konteyner ve iskele: gereken izinler", "Konteyner ve iskele izin harçları", "Konteyner ya da iskele izni için başvurun ›", "Yol işgal izinleri bir bakışta"],
        "de": ["Container und Gerüste im Straßenraum: diese Genehmigungen brauchen Sie", "Gebühren für Container- und Gerüstgenehmigungen", "Genehmigung für Container oder Gerüst beantragen ›", "Sondernutzung auf einen Blick"],
        "fr": ["Bennes et échafaudages sur la voie publique : les autorisations nécessaires", "Tarifs des permis de stationnement pour bennes et échafaudages", "Demander une autorisation pour une benne ou un échafaudage ›", "L'occupation du domaine public en bref"],
        "es": ["Contenedores y andamios en la vía pública: permisos necesarios", "Tasas de los permisos de contenedores y andamios", "Solicita el permiso de contenedor o andamio ›", "Ocupación de la vía pública de un vistazo"],
        "ru": ["Контейнеры и леса на улице: какие нужны разрешения", "Плата за разрешения на контейнеры и леса", "Подать заявку на разрешение для контейнера или лесов ›", "Разрешения на занятие улицы коротко"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"repaircafe": [0, 1, 2, 3], "pestcontrol": [0, 1, 2, 3], "skippermits": [0, 1, 2, 3]}
# the repair café panel: what, details (next dates, venue, what volunteers can fix, how to book)
REPAIR_INFO = {
    "en": [("Next sessions", "Saturdays 7 and 21 March, 10am to 1pm"), ("Where we meet", "the old fire station, Dyke Street, Fenmarch"), ("Our volunteers can fix", "lamps, kettles, toasters, clothes, bicycles, wooden chairs and toys"), ("Booking a slot", "30-minute slots online or at the town council office; walk-ins if there is room")],
    "tr": [("Sonraki buluşmalar", "14 ve 28 Mart cumartesi, 10.00–13.00"), ("Buluşma yeri", "Kamışova Halk Eğitim Merkezi, atölye salonu"), ("Gönüllülerimiz neleri onarıyor", "ütü, çaydanlık, saç kurutma makinesi, giysi, bisiklet ve oyuncak"), ("Randevu", "yarım saatlik randevular çevrimiçi ya da telefonla; yer varsa randevusuz da gelinebilir")],
    "de": [("Nächste Termine", "Samstag, 7. und 21. November, 10–13 Uhr"), ("Treffpunkt des Repair-Cafés", "Gemeindehaus Sankt Jakobi am Kirchplatz 4 in Riedhausen"), ("Das reparieren unsere Ehrenamtlichen", "Toaster, Kaffeemaschinen, Lampen, Kleidung, Fahrräder und Spielzeug"), ("Einen Reparaturplatz buchen", "halbstündige Termine online oder im Gemeindebüro; ohne Termin, solange Platz ist")],
    "fr": [("Prochaines séances", "samedis 7 février et 7 mars, de 9 h 30 à 12 h 30"), ("Lieu des séances", "médiathèque Jean-Rostand, salle d'animation"), ("Nos bénévoles réparent", "petit électroménager, lampes, vêtements, vélos et jouets"), ("Réserver un créneau", "créneaux de 30 minutes à l'accueil de la mairie ou en ligne ; sans rendez-vous selon la place")],
    "es": [("Próximas sesiones", "sábados 14 de noviembre y 12 de diciembre, de 10.00 a 13.30"), ("Dónde nos reunimos", "biblioteca municipal de Valdelobos, sala infantil"), ("Nuestros voluntarios arreglan", "tostadoras, lámparas, ropa, bicicletas, juguetes y muebles pequeños"), ("Reservar turno", "turnos de media hora en la web o en el mostrador de la biblioteca; sin cita si queda hueco")],
    "ru": [("Ближайшие встречи", "суббота, 14 и 28 ноября, с 10:00 до 13:00"), ("Где встречаемся", "Ольховская библиотека, читальный зал"), ("Волонтёры починят", "чайники, утюги, лампы, одежду, велосипеды и игрушки"), ("Запись", "на полчаса по телефону или онлайн; без записи, если есть свободный мастер")],
}
REPAIR_HEAD = {"en": ("What", "Details"), "tr": ("Konu", "Ayrıntı"), "de": ("Was", "Einzelheiten"),
               "fr": ("Quoi", "Détails"), "es": ("Qué", "Detalles"), "ru": ("Что", "Подробности")}
# the pest control panel: pest, charge, concession
PEST_CHARGES = {
    "en": [("Rats inside the home", "£42 for up to three visits", "no charge with council tax support"), ("Mice inside the home", "£42 for up to three visits", "no charge with council tax support"), ("Wasp nests", "£65 per nest", "£33 with council tax support"), ("Bedbugs and fleas", "£98 per treatment", "half price for pensioners")],
    "tr": [("Evde fare", "250 lira", "65 yaş üstüne ücretsiz"), ("Hamamböceği", "250 lira", "sosyal yardım alanlara ücretsiz"), ("Apartman bodrumu", "yönetim başına 600 lira", "engelli sakin varsa ücretsiz")],
    "de": [("Ratten im Haus", "48 € je Einsatz", "mit Sozialpass 24 €"), ("Wespennester", "72 € je Nest", "mit Sozialpass 36 €"), ("Schaben und Flöhe", "95 € je Behandlung", "mit Sozialpass 48 €")],
    "fr": [("Rats et souris dans le logement", "45 € l'intervention", "gratuit pour les bénéficiaires de minima sociaux"), ("Nids de guêpes et de frelons", "70 € par nid", "35 € pour les plus de 70 ans"), ("Cafards", "90 € le traitement", "demi-tarif sur justificatif")],
    "es": [("Ratas y ratones en la vivienda", "38 € por servicio", "gratis para perceptores del ingreso mínimo"), ("Cucarachas", "45 € por servicio", "50 % de descuento a mayores de 65 años"), ("Nidos de avispas", "55 € por nido", "50 % de descuento a familias numerosas")],
    "ru": [("Крысы и мыши в доме", "1 500 ₽ за выезд", "пенсионерам скидка 50 %"), ("Клещи на участке", "900 ₽ за сотку", "многодетным скидка 50 %"), ("Тараканы и клопы", "2 800 ₽ за квартиру", "инвалидам бесплатно")],
}
PEST_HEAD = {"en": ("Pest", "Charge", "Concession"), "tr": ("Haşere", "Ücret", "İndirim"), "de": ("Schädling", "Gebühr", "Ermäßigung"),
             "fr": ("Nuisible", "Tarif", "Réduction"), "es": ("Plaga", "Tarifa", "Bonificación"), "ru": ("Вредитель", "Стоимость", "Льгота")}
# the next free appointments of the pest control panel
PEST_NEXT = {"en": "Next free appointments: Tuesday morning, Thursday afternoon",
             "tr": "En yakın boş randevular: salı sabahı, perşembe öğleden sonra",
             "de": "Nächste freie Termine: Dienstagvormittag, Donnerstagnachmittag",
             "fr": "Prochains rendez-vous libres : mardi matin, jeudi après-midi",
             "es": "Próximas citas libres: martes por la mañana, jueves por la tarde",
             "ru": "Ближайшие свободные даты: вторник утром, четверг после обеда"}
# the highway permit notice: permit, fee, how long
SKIP_PERMITS = {
    "en": [("Skip on the road", "£78", "up to 14 days, renewable"), ("Scaffolding on the pavement", "£140 for the first month", "then £60 a month"), ("Hoarding round a building site", "£180", "up to three months"), ("How to apply", "online, at least five working days ahead", "skip hire firms can apply for you")],
    "tr": [("Yolda moloz konteyneri", "haftalık 400 lira", "en fazla üç hafta uzatılabilir"), ("Kaldırımda cephe iskelesi", "aylık 900 lira", "inşaat süresince"), ("İzin başvurusu nereye", "Fen İşleri Müdürlüğüne ya da e-belediyeye", "en geç beş gün önce")],
    "de": [("Container auf Gehweg oder Parkstreifen", "20 € pro angefangener Woche", "beliebig verlängerbar"), ("Baugerüst auf dem Gehweg", "2 € je m² und Monat", "für die Dauer der Bauarbeiten"), ("Antrag stellen", "beim Ordnungsamt, online oder schriftlich", "mindestens zehn Tage vorher")],
    "fr": [("Benne sur la chaussée", "8 € par jour", "jusqu'à 15 jours"), ("Échafaudage sur le trottoir", "3 € par m² et par mois", "pendant toute la durée des travaux"), ("Demande", "en mairie ou en ligne", "au moins dix jours avant la pose")],
    "es": [("Contenedor de obra en la calzada", "3 € al día", "hasta 30 días prorrogables"), ("Contenedor en la acera", "4 € al día", "hasta 15 días"), ("Andamio en fachada", "1,50 € por m² y mes", "mientras dure la obra")],
    "ru": [("Контейнер для мусора на улице", "500 ₽ в сутки", "до 10 суток"), ("Строительные леса на тротуаре", "120 ₽ за м² в месяц", "на время ремонта фасада"), ("Куда подавать заявление", "через администрацию или портал госуслуг", "не позднее чем за 7 дней")],
}
SKIP_HEAD = {"en": ("Permit", "Fee", "How long"), "tr": ("İzin", "Harç", "Süre"), "de": ("Genehmigung", "Gebühr", "Dauer"),
             "fr": ("Autorisation", "Tarif", "Durée"), "es": ("Permiso", "Tasa", "Duración"), "ru": ("Разрешение", "Плата", "Срок")}
WIDGET_ROWS = (("repair info", REPAIR_INFO), ("pest charges", PEST_CHARGES), ("pest next", PEST_NEXT),
               ("skip permits", SKIP_PERMITS))


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Otters filmed under the town bridge for the first time", "Dyke Street bakery wins regional sausage roll award",
           "Allotment waiting list falls below 100 after new site opens", "Church bells ring out again after £40,000 restoration",
           "Fenmarch cinema to show silent films with live piano", "Ferry across the Ouseley returns for the summer"],
    "tr": ["Su samuru ilk kez kasaba köprüsünün altında görüntülendi", "Çarşıdaki fırın bölgenin en iyi poğaçası ödülünü aldı",
           "Yeni hobi bahçeleri açılınca bekleme listesi 100'ün altına indi", "Cami saati 40 bin liralık onarımdan sonra yeniden çalışıyor",
           "Kamışova sinemasında canlı piyanolu sessiz film gecesi", "Nehirde karşıya geçen sal yaz için geri döndü"],
    "de": ["Fischotter zum ersten Mal unter der Stadtbrücke gefilmt", "Bäckerei in der Mühlenstraße gewinnt Preis für den besten Zwiebelkuchen",
           "Warteliste für Kleingärten sinkt nach neuer Anlage unter 100", "Kirchenglocken läuten wieder nach Sanierung für 40.000 Euro",
           "Riedhausener Kino zeigt Stummfilme mit Klavier", "Fähre über die Ilse fährt wieder den ganzen Sommer"],
    "fr": ["Une loutre filmée sous le pont de la ville, une première", "La boulangerie de la grand-rue primée pour sa galette",
           "Moins de 100 familles attendent encore un jardin familial", "Les cloches sonnent de nouveau après 40 000 euros de travaux",
           "Le cinéma des Marais projette des films muets avec un pianiste", "Le bac sur la rivière reprend du service pour l'été"],
    "es": ["Graban por primera vez una nutria bajo el puente del pueblo", "La panadería de la calle Real gana el premio a la mejor torta",
           "La lista de espera de los huertos urbanos baja de 100", "Las campanas vuelven a sonar tras una restauración de 40.000 euros",
           "El cine del Soto proyecta películas mudas con piano en directo", "Vuelve la barca que cruza el río durante el verano"],
    "ru": ["Выдру впервые сняли на видео под городским мостом", "Пекарня на Заводской улице победила в конкурсе пирогов",
           "Очередь на садовые участки сократилась до 100 человек", "Колокола снова звонят после реставрации за 4 миллиона рублей",
           "В клубе Ольховки покажут немое кино с живым фортепиано", "Паром через реку снова ходит всё лето"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["en"]
TEASERS = {
    "de": ["Ein Angler hat die Aufnahmen kurz nach Sonnenaufgang gemacht.",
           "Die Jury probierte an einem Nachmittag 31 Bleche.",
           "Die neue Anlage am Bahndamm hat 46 Parzellen.",
           "Zwei der vier Glocken mussten in Passau neu gegossen werden.",
           "Am Flügel sitzt eine Musiklehrerin aus dem Gymnasium.",
           "Eine Überfahrt kostet für Erwachsene einen Euro."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Fenmarch latest", "Town and council", "Fenmarch crime and courts", "Fenmarch schools", "Fenmarch sport", "What's on in Fenmarch", "Fenmarch notices"],
               cookie="We and our partners place cookies and similar technologies on your device to run this site, to count visits and to serve the adverts that fund local news in Fenmarch. Say yes to all of them, or pick the ones Fenmarch may use.",
               accept="Accept and carry on to Fenmarch", reject="Choose which ones", share="Share this Fenmarch story",
               related="More from Fenmarch", newsletter="Fenmarch Evening: the day's town news in one short email",
               subscribe="Sign up to Fenmarch Evening", email="name@fenmarch-evening.example",
               comment_note="Comments on Fenmarch stories are read by a moderator before they appear. Keep it polite and on topic, and remember the people you write about may be reading.",
               closed="Comments on this Fenmarch story are now closed.",
               footer=["Contact the Fenmarch desk", "Fenmarch corrections policy", "Fenmarch privacy notice", "Advertise in Fenmarch", "Fenmarch community guidelines"],
               rights="All material on this website is owned by its publisher and may not be republished without written permission.",
               commenters=[("DykeStreetDora", "Good to see something actually getting done."),
                           ("Barry from Saxby Drove", "Well done to everyone who gave up their weekends.")]),
    "tr": dict(nav=["Kamışova'dan son dakika", "İlçe ve belediye", "Kamışova'da asayiş", "Kamışova okulları", "Kamışova spor", "Kamışova'da bu hafta", "Kamışova ilanları"],
               cookie="Biz ve ortaklarımız, bu siteyi çalıştırmak, ziyaretleri saymak ve Kamışova'daki yerel haberciliği finanse eden reklamları göstermek için cihazınıza çerezler ve benzer teknolojiler yerleştiriyoruz. Hepsine evet deyin ya da Kamışova'nın hangilerini kullanabileceğini seçin.",
               accept="Kabul et ve Kamışova'ya devam et", reject="Hangilerini seçeyim", share="Bu Kamışova haberini paylaşın",
               related="Kamışova'dan daha fazlası", newsletter="Kamışova Akşamı: günün ilçe haberleri kısa bir e-postada",
               subscribe="Kamışova Akşamı'na kaydolun", email="isim@kamisova-aksami.example",
               comment_note="Kamışova haberlerine gelen yorumları yayımlanmadan önce bir moderatör okur. Kibar olun, konudan sapmayın ve hakkında yazdığınız kişilerin de okuyabileceğini unutmayın.",
               closed="Bu Kamışova haberine yorumlar kapatıldı.",
               footer=["Kamışova masasına ulaşın", "Kamışova düzeltme politikası", "Kamışova gizlilik bildirimi", "Kamışova'da reklam", "Kamışova topluluk kuralları"],
               rights="Bu sitedeki tüm içerik yayıncısına aittir ve yazılı izin olmadan yeniden yayımlanamaz.",
               commenters=[("Carsili_Saadet", "Sonunda bir iş yapıldığını görmek güzel."),
                           ("Kanalboyu Nevzat", "Hafta sonunu veren herkese tebrikler.")]),
    "de": dict(nav=["Riedhausen aktuell", "Stadt und Rat", "Polizei und Justiz in Riedhausen", "Schulen in Riedhausen", "Sport in Riedhausen", "Was ist los in Riedhausen", "Bekanntmachungen Riedhausen"],
               cookie="Wir und unsere Partner setzen Cookies und ähnliche Technologien auf Ihrem Gerät ein, um diese Website zu betreiben, Besuche zu zählen und die Werbung auszuspielen, die Lokalnachrichten aus Riedhausen finanziert. Sagen Sie zu allen Ja oder wählen Sie, welche Riedhausen nutzen darf.",
               accept="Akzeptieren und weiter nach Riedhausen", reject="Einzeln für Riedhausen wählen", share="Diesen Riedhausen-Artikel teilen",
               related="Mehr aus Riedhausen", newsletter="Riedhausen am Abend: die Stadtnachrichten des Tages in einer kurzen Mail",
               subscribe="Riedhausen am Abend abonnieren", email="name@riedhausen-abend.example",
               comment_note="Kommentare zu Artikeln aus Riedhausen liest ein Moderator, bevor sie erscheinen. Bleiben Sie sachlich und beim Thema und bedenken Sie, dass die Menschen, über die Sie schreiben, mitlesen könnten.",
               closed="Die Kommentare zu diesem Riedhausen-Artikel sind geschlossen.",
               footer=["Kontakt zur Riedhausener Redaktion", "Korrekturen in Riedhausen", "Datenschutzhinweis Riedhausen", "Anzeigen in Riedhausen", "Gemeinschaftsregeln Riedhausen"],
               rights="Alle Inhalte dieser Website gehören dem Verlag und dürfen ohne schriftliche Erlaubnis nicht erneut veröffentlicht werden.",
               commenters=[("Muehlenstrassen_Gerda", "Schön, dass endlich mal etwas passiert."),
                           ("Horst vom Deich", "Respekt an alle, die dafür ihre Samstage hergegeben haben.")]),
    "fr": dict(nav=["Les Marais en direct", "Ville et conseil municipal", "Faits divers des Marais", "Écoles des Marais", "Sport dans les Marais", "Que faire dans les Marais", "Annonces des Marais"],
               cookie="Nous et nos partenaires déposons des cookies et des technologies similaires sur votre appareil pour faire fonctionner ce site, compter les visites et afficher les publicités qui financent l'information locale dans les Marais. Dites oui à tous ou choisissez ceux que les Marais peuvent utiliser.",
               accept="Accepter et continuer vers les Marais", reject="Choisir lesquels", share="Partager cet article des Marais",
               related="Plus d'articles des Marais", newsletter="Les Marais ce soir : l'actualité locale du jour en un court courriel",
               subscribe="M'inscrire aux Marais ce soir", email="nom@marais-ce-soir.example",
               comment_note="Les commentaires sur les articles des Marais sont relus par un modérateur avant publication. Restez poli et dans le sujet, et n'oubliez pas que les personnes dont vous parlez peuvent vous lire.",
               closed="Les commentaires de cet article des Marais sont désormais fermés.",
               footer=["Écrire au bureau des Marais", "Politique de rectification des Marais", "Confidentialité des Marais", "Annoncer dans les Marais", "Charte de la communauté des Marais"],
               rights="L'ensemble des contenus de ce site appartient à son éditeur et ne peut être republié sans autorisation écrite.",
               commenters=[("Germaine_de_la_Digue", "Ça fait plaisir de voir enfin quelque chose bouger."),
                           ("Dédé du Marais", "Bravo à tous ceux qui ont donné leurs week-ends.")]),
    "es": dict(nav=["El Soto al minuto", "Pueblo y ayuntamiento", "Sucesos del Soto", "Colegios del Soto", "Deportes del Soto", "Qué hacer en el Soto", "Anuncios del Soto"],
               cookie="Nosotros y nuestros socios colocamos cookies y tecnologías parecidas en tu dispositivo para que funcione esta web, contar las visitas y mostrar los anuncios que pagan la información local del Soto. Di que sí a todas o elige las que puede usar el Soto.",
               accept="Aceptar y seguir al Soto", reject="Elegir cuáles", share="Comparte esta noticia del Soto",
               related="Más del Soto", newsletter="El Soto de noche: las noticias del día del pueblo en un correo corto",
               subscribe="Apúntate a El Soto de noche", email="nombre@soto-de-noche.example",
               comment_note="Un moderador lee los comentarios de las noticias del Soto antes de que aparezcan. Sé respetuoso, no te salgas del tema y recuerda que las personas de las que hablas pueden leerte.",
               closed="Los comentarios de esta noticia del Soto ya están cerrados.",
               footer=["Escribe a la mesa del Soto", "Política de rectificaciones del Soto", "Aviso de privacidad del Soto", "Anúnciate en el Soto", "Normas de la comunidad del Soto"],
               rights="Cuanto se publica en esta web del Soto es de su editor y no puede reproducirse sin autorización escrita.",
               commenters=[("Puri_de_la_Ribera", "Qué bien que por fin se mueva algo."),
                           ("Manolo el de la Presa", "Enhorabuena a todos los que han dado sus fines de semana.")]),
    "ru": dict(nav=["Ольховка сейчас", "Посёлок и администрация", "Происшествия Ольховки", "Школы Ольховки", "Спорт в Ольховке", "Куда сходить в Ольховке", "Объявления Ольховки"],
               cookie="Мы и наши партнёры размещаем cookie и похожие технологии на вашем устройстве, чтобы сайт работал, чтобы считать посещения и показывать рекламу, на которую живут местные новости Ольховки. Примите всё или выберите, что разрешить.",
               accept="Принять и перейти в Ольховку", reject="Выбрать для Ольховки вручную", share="Поделиться материалом об Ольховке",
               related="Ещё об Ольховке", newsletter="«Ольховка вечером»: новости посёлка за день в одном коротком письме",
               subscribe="Подписаться на «Ольховку вечером»", email="imya@olhovka-vecherom.example",
               comment_note="Комментарии к материалам об Ольховке читает модератор до публикации. Будьте вежливы, не отклоняйтесь от темы и помните, что люди, о которых вы пишете, могут это прочитать.",
               closed="Комментарии к этому материалу об Ольховке закрыты.",
               footer=["Написать в редакцию Ольховки", "Как мы исправляем ошибки в Ольховке", "Политика конфиденциальности Ольховки", "Реклама в Ольховке", "Правила сообщества Ольховки"],
               rights="Все материалы этого сайта принадлежат издателю и не могут перепечатываться без письменного разрешения.",
               commenters=[("Tamara_s_plotiny", "Приятно видеть, что наконец что-то делается."),
                           ("Михалыч с Заводской", "Низкий поклон всем, кто работал там по субботам.")]),
}
UI81 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO IN FENMARCH:", "fr": "À LIRE AUSSI DANS LES MARAIS >"},  # the magazine and regional layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes long reads for {site} on {section} and the villages of the Ouseley valley. Ideas to features@fenmarch-gazette.example",
                   "fr": "{name} couvre la rubrique {section} pour {site} et les communes du canton des Marais. Vos idées : canton@echo-marais.example"},
    (mp4, "READMORE"): {"de": "AUCH IN RIEDHAUSEN:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Fenmarch Gazette")},
    (mp6, "TYPO3"): {"fr": dict(ext="Carte : la médiathèque Jean-Rostand (OpenStreetMap)",
                                note="Une carte de la médiathèque est intégrée ici. Elle ne se charge qu'après votre accord, car OpenStreetMap reçoit alors votre adresse IP.",
                                button="Accepter et afficher la carte de la médiathèque", by="Communiqué de la", search="Rechercher sur saint-aubert-des-marais.example",
                                lang_menu="Saint-Aubert-des-Marais en facile à lire")},
    (mp7, "SANITY"): {"de": dict(nl_title="Riedhausen am Samstag", nl_text="Jeden Samstagmorgen: was in Riedhausen, am Deich und in den Ortsteilen los war, in einer Mail.",
                                 nl_button="Riedhausen am Samstag bestellen", nl_placeholder="Ihre Adresse für Riedhausen am Samstag")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Ouseley Weekly", nl_text="Every Sunday evening: what happened in Fenmarch and along the Ouseley this week, in one email.",
                                nl_label="Your email for The Ouseley Weekly", nl_button="Get The Ouseley Weekly")},
    (mp13, "PUB_NAV"): {"de": ["Neu im Hinterhof Nord", "Leute vom Lindenweg", "Läden im Viertel", "Den Hinterhof Nord unterstützen"]},
    (mp13, "TEASERS"): {"de": TEASERS["de"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Сайт посёлка Ольховка: новости, объявления, фотографии",
                                menu=["Наша Ольховка: главная", "Что нового в Ольховке", "Доска объявлений для ольховцев", "Из истории нашей Ольховки", "Фотолетопись Ольховки", "Письмо администратору сайта Ольховки"],
                                cats=["Что нового в Ольховке", "Благоустройство Ольховки", "Доска объявлений для ольховцев"],
                                friends=["Ольховская средняя школа", "Сельский клуб «Ольха»", "Ольховская библиотека"],
                                footer="Посёлок Ольховка © 2026 · сайт ведут жители посёлка",
                                poster="admin_olhovka", tags=["площадка у клуба Ольховки", "Ольховка своими руками"],
                                commenters=[("Наташа_Ольховка", "Внуки теперь с площадки не уходят, спасибо всем!"),
                                            ("Петрович 62", "Осенью надо бы ещё горку покрасить, я помогу.")],
                                style="br", heads="b")},
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
# the new layout: a single post on a WordPress site running the GeneratePress theme (with GenerateBlocks and GP
# Premium's Elements), as it is served to a reader who has not yet answered the consent banner: wp_head (charset,
# the robots meta, viewport, the SEO plugin's title, canonical, Open Graph and ld+json graph, the block library,
# GeneratePress's main.min.css with its generate-style-inline-css customizer block, the GenerateBlocks per-post
# stylesheet from uploads/generateblocks/, the Complianz cookie-blocker stylesheet, the REST and EditURI links and
# WordPress's generator); body with GeneratePress's classes (right-sidebar, nav-float-right, separate-containers,
# header-aligned-left, dropdown-hover, featured-image-active); the skip link; header#masthead.site-header with
# div.inside-header.grid-container (the site-logo, the mobile menu-control wrapper and nav#site-navigation
# .main-navigation with div.inside-navigation, the menu-toggle button and the sf-menu list whose items carry
# WordPress's menu-item classes, one with a sub-menu and its dropdown-menu-toggle); div#page.site.grid-container
# with div#content.site-content; div#primary.content-area > main#main.site-main > article.post (div.inside-article:
# the featured-image div, header.entry-header with h1.entry-title and div.entry-meta -- posted-on and byline --,
# div.entry-content with the post's blocks and what the editor pasted into a Custom HTML block, then
# footer.entry-meta with the cat-links and tags-links and nav#nav-below.post-navigation with nav-previous /
# nav-next); a GP Element hooked after the article: a GenerateBlocks container with a gb-headline and a query
# loop (gb-grid-wrapper / gb-grid-column / gb-query-loop-item) of related posts; div.comments-area with the
# comment form (comment-respond, comment-form, its fields and hidden inputs); div#right-sidebar.widget-area
# (aside.widget.inner-padding: widget_search, widget_recent_entries, widget_categories and a widget_block holding a
# GenerateBlocks newsletter container); div.site-footer with a footer-widgets GenerateBlocks block element and
# footer.site-info (div.inside-site-info, the copyright-bar with "Built with GeneratePress"); the back-to-top link;
# the Complianz banner (div#cmplz-cookiebanner-container > div.cmplz-cookiebanner with cmplz-header / cmplz-body /
# cmplz-message / the details.cmplz-category groups / cmplz-buttons / cmplz-documents, and the manage-consent
# button); and the generate-a11y, menu and back-to-top scripts and Complianz's script with its settings object
# --------------------------------------------------------------------------
# the platform's own strings per language (as GeneratePress, WordPress and Complianz ship them; not checked)
GP_CORE = {
    "en": dict(locale="en-GB", skip="Skip to content", menu="Menu", by="by", search_for="Search for:", search_ph="Search &hellip;",
               search="Search", recent="Recent Posts", categories="Categories", cats_sr="Categories", tags_sr="Tags",
               posts="Posts", leave="Leave a Comment", cancel="Cancel reply", comment="Comment", name="Name", email="Email",
               website="Website", post_comment="Post Comment", cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
               built="Built with", top="Scroll back to top", view_all="View all posts by %s",
               open_sub="Open Sub-Menu", close_sub="Close Sub-Menu",
               cmplz_title="Manage Cookie Consent", close="Close dialog",
               cmplz_msg="To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behaviour or unique IDs on this site. Not consenting or withdrawing consent, may adversely affect certain features and functions.",
               functional="Functional", always="Always active", preferences="Preferences", statistics="Statistics", marketing="Marketing",
               functional_d="The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a specific service explicitly requested by the subscriber or user, or for the sole purpose of carrying out the transmission of a communication over an electronic communications network.",
               statistics_d="The technical storage or access that is used exclusively for statistical purposes.",
               marketing_d="The technical storage or access is required to create user profiles to send advertising, or to track the user on a website or across several websites for similar marketing purposes.",
               accept="Accept", deny="Deny", view="View preferences", save="Save preferences", manage="Manage consent",
               cookie_policy="Cookie Policy (UK)", privacy="Privacy Statement", months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "es": dict(locale="es-ES", skip="Saltar al contenido", menu="Menú", by="por", search_for="Buscar:", search_ph="Buscar &hellip;",
               search="Buscar", recent="Entradas recientes", categories="Categorías", cats_sr="Categorías", tags_sr="Etiquetas",
               posts="Entradas", leave="Deja un comentario", cancel="Cancelar la respuesta", comment="Comentario", name="Nombre", email="Correo electrónico",
               website="Web", post_comment="Publicar el comentario", cookies_consent="Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.",
               built="Creado con", top="Volver arriba", view_all="Ver todas las entradas de %s",
               open_sub="Abrir el submenú", close_sub="Cerrar el submenú",
               cmplz_title="Gestionar el consentimiento de las cookies", close="Cerrar ventana",
               cmplz_msg="Para ofrecer las mejores experiencias, utilizamos tecnologías como las cookies para almacenar y/o acceder a la información del dispositivo. El consentimiento de estas tecnologías nos permitirá procesar datos como el comportamiento de navegación o las identificaciones únicas en este sitio. No consentir o retirar el consentimiento, puede afectar negativamente a ciertas características y funciones.",
               functional="Funcional", always="Siempre activo", preferences="Preferencias", statistics="Estadísticas", marketing="Marketing",
               functional_d="El almacenamiento o acceso técnico es estrictamente necesario para el propósito legítimo de permitir el uso de un servicio específico explícitamente solicitado por el abonado o usuario, o con el único propósito de llevar a cabo la transmisión de una comunicación a través de una red de comunicaciones electrónicas.",
               statistics_d="El almacenamiento o acceso técnico que es utilizado exclusivamente con fines estadísticos.",
               marketing_d="El almacenamiento o acceso técnico es necesario para crear perfiles de usuario para enviar publicidad, o para rastrear al usuario en una web o en varias web con fines de marketing similares.",
               accept="Aceptar", deny="Denegar", view="Ver preferencias", save="Guardar preferencias", manage="Gestionar consentimiento",
               cookie_policy="Política de cookies (UE)", privacy="Declaración de privacidad", months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
}
# the sites' own strings (checked): navigation, sidebar, the GB newsletter box, related heading, footer
GP_SITES = {
    "Fenmarch Post": dict(
        host="fenmarchpost.example", colour="#1f4e5f", logo="fenmarch-post-logo",
        nav=["Fenmarch news", "Fenmarch council and politics", "Fenmarch people", "Fenmarch sport", "Letters to the Post", "About the Fenmarch Post"],
        sub_nav=["Hobb's End and Tollby", "Saxby Drove and Coldham"],
        cats=["Fenmarch news", "Fenmarch community", "Fenmarch people", "Transport in the fens", "Fenmarch environment"],
        tags=["Dyke Street", "volunteers in Fenmarch"],
        nl_head="The Fenmarch Friday", nl_text="Every Friday at noon: the week's stories from Fenmarch and the fen villages, and nothing else.",
        nl_button="Send me The Fenmarch Friday", nl_placeholder="Your email for The Fenmarch Friday",
        related="More from the Fenmarch Post",
        footer_head="About the Fenmarch Post",
        footer_text="An independent news site for Fenmarch and the villages of the Ouseley fens, run by two reporters from a spare room on Dyke Street.",
        footer_links=["Contact the Fenmarch Post", "Fenmarch Post corrections", "Fenmarch Post privacy", "Advertise on the Fenmarch Post"]),
    "Crónica del Soto": dict(
        host="cronicadelsoto.example", colour="#7a3b12", logo="cronica-del-soto-logo",
        nav=["Noticias del Soto", "Ayuntamiento y plenos", "Gente del Soto", "Deporte en el Soto", "Cartas a la Crónica", "Quiénes somos en la Crónica"],
        sub_nav=["Valdelobos", "La ribera del Soto"],
        cats=["Noticias del Soto", "Municipio", "Gente del Soto", "Obras y urbanismo en el Soto", "Fiestas del Soto"],
        tags=["calle Real", "obras en Soto del Río"],
        nl_head="La Crónica del viernes", nl_text="Cada viernes a mediodía: las historias de la semana en Soto del Río, Valdelobos y la ribera.",
        nl_button="Quiero La Crónica del viernes", nl_placeholder="Tu correo para La Crónica del viernes",
        related="Más de la Crónica del Soto",
        footer_head="Sobre la Crónica del Soto",
        footer_text="Un diario digital independiente para Soto del Río y los pueblos de la ribera, hecho por tres periodistas y muchos vecinos.",
        footer_links=["Contacta con la Crónica", "Rectificaciones de la Crónica", "Privacidad en la Crónica", "Publicidad en la Crónica"]),
}
GP_EXEMPT = {"host", "colour", "logo"}  # (a domain, a colour and a file name)

SVG_ARROW = '<svg viewBox="0 0 330 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M305.913 197.085c0 2.266-1.133 4.815-2.833 6.514L171.087 335.593c-1.7 1.7-4.249 2.832-6.515 2.832s-4.815-1.133-6.515-2.832L26.064 203.599c-1.7-1.7-2.832-4.248-2.832-6.514s1.132-4.816 2.832-6.515l14.162-14.163c1.7-1.699 3.966-2.832 6.515-2.832 2.266 0 4.815 1.133 6.515 2.832l111.316 111.317 111.316-111.317c1.7-1.699 4.249-2.832 6.515-2.832s4.815 1.133 6.515 2.832l14.162 14.163c1.7 1.7 2.833 4.249 2.833 6.515z"></path></svg>'
SVG_BARS = '<svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z"></path></svg>'
SVG_SEARCH = '<svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path fill-rule="evenodd" clip-rule="evenodd" d="M208 48c-88.366 0-160 71.634-160 160s71.634 160 160 160 160-71.634 160-160S296.366 48 208 48zM0 208C0 93.125 93.125 0 208 0s208 93.125 208 208c0 48.741-16.765 93.566-44.843 129.024l133.826 134.018c9.366 9.379 9.355 24.575-.025 33.941-9.379 9.366-24.575 9.355-33.941-.025L337.238 370.987C301.747 399.167 256.839 416 208 416 93.125 416 0 322.875 0 208z"></path></svg>'


def gp_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    months = GP_CORE[lang]["months"]
    return ("%s %d, %d" % (months[m - 1], d, y)) if lang == "en" else ("%d de %s de %d" % (d, months[m - 1], y))


def tpl_generatepress(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = GP_CORE[lang], GP_SITES[site]
    base = "https://" + s["host"]
    y, mo = art["date"][:4], art["date"][5:7]
    slug_ = hc.slug(art["title"])[:70].strip("-")
    url = "%s/%s/%s/%s/" % (base, y, mo, slug_)
    cat = hc.slug(art["section"])
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    pid = rng.randint(1200, 9800)

    def hx(k):
        return "".join(rng.choice("0123456789abcdef") for _ in range(k))

    parts = []
    for i in range(n + 1):
        if placed.get(i):
            parts.extend(placed[i])  # a Custom HTML block: the editor's paste, as it is
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
    today = gp_date(lang, art["date"])
    ver_wp, ver_gp, ver_gb, ver_cm = "6.8.%d" % rng.randint(1, 3), "3.6.%d" % rng.randint(0, 1), "2.1.%d" % rng.randint(0, 2), "7.4.%d" % rng.randint(0, 3)
    img = "%s/wp-content/uploads/%s/%s/%s-scaled.jpg" % (base, y, mo, slug_[:40])
    author_slug = hc.slug(art["byline"])
    menu = []
    for k, t in enumerate(s["nav"]):
        mid = 20 + k * 3
        href = "%s/category/%s/" % (base, hc.slug(t)) if k < 4 else "%s/%s/" % (base, hc.slug(t))
        if k == 1:
            subs = "\n".join('\t<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-%d"><a href="%s/category/%s/">%s</a></li>' % (
                mid + 60 + j, mid + 60 + j, base, hc.slug(x), E(x)) for j, x in enumerate(s["sub_nav"]))
            menu.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-%d"><a href="%s">%s<span role="presentation" class="dropdown-menu-toggle"><span class="gp-icon icon-arrow">%s</span></span></a>\n<ul class="sub-menu">\n%s\n</ul>\n</li>' % (
                mid, mid, href, E(t), SVG_ARROW, subs))
        else:
            cur = " current-post-ancestor current-menu-parent" if k == 0 else ""
            menu.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d"><a href="%s">%s</a></li>' % (mid, cur, mid, href, E(t)))
    menu = "\n".join(menu)
    tags = ", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (base, hc.slug(t), E(t)) for t in s["tags"])
    prev_h, next_h = heads[4], heads[5]
    gbq, gbh1, gbh2, gbc = hx(8), hx(8), hx(8), hx(8)
    related = "\n".join(('<div class="gb-grid-column gb-query-loop-item post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">'
                         '<div class="gb-container gb-container-%s">\n<h3 class="gb-headline gb-headline-%s gb-headline-text"><a href="%s/%s/%02d/%s/">%s</a></h3>\n\n'
                         '<div class="gb-headline gb-headline-%s gb-headline-text"><time class="entry-date published" datetime="%s-%02d-%02dT09:00:00+00:00">%s</time></div>\n</div></div>') % (
        pid - 7 * (k + 1), cat, gbc, gbh1, base, y, int(mo), hc.slug(h)[:60], E(h), gbh2, y, int(mo), 1 + 3 * k,
        gp_date(lang, "%s-%s-%02d" % (y, mo, 1 + 3 * k))) for k, h in enumerate(heads[:3]))
    recent = "\n".join('\t\t\t\t\t<li>\n\t\t\t\t\t<a href="%s/%s/%s/%s/">%s</a>\n\t\t\t\t\t\t\t\t\t</li>' % (base, y, mo, hc.slug(h)[:60], E(h)) for h in heads[:4])
    cats = "\n".join('\t<li class="cat-item cat-item-%d%s"><a href="%s/category/%s/">%s</a>\n</li>' % (
        3 + k, " current-cat" if k == 0 else "", base, hc.slug(t), E(t)) for k, t in enumerate([art["section"]] + s["cats"]))
    footer_links = "".join('<li><a href="%s/%s/">%s</a></li>' % (base, hc.slug(t), E(t)) for t in s["footer_links"])
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "headline": art["title"], "datePublished": art["date"] + "T08:00:00+00:00",
         "author": {"name": art["byline"]}, "publisher": {"@id": base + "/#organization"}, "articleSection": [art["section"]],
         "inLanguage": c["locale"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site)},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/"}]}, ensure_ascii=False)
    cmplz = json.dumps({"prefix": "cmplz_", "user_banner_id": "1", "set_cookies": [], "block_ajax_content": "", "banner_version": str(rng.randint(10, 60)),
                        "version": ver_cm, "store_consent": "", "do_not_track_enabled": "", "consenttype": "optin", "region": "eu",
                        "geoip": "", "dismiss_timeout": "", "disable_cookiebanner": "", "soft_cookiewall": "", "dismiss_on_scroll": "",
                        "cookie_expiry": "365", "url": base + "/wp-json/complianz/v1/", "locale": "lang=%s&locale=%s" % (lang, c["locale"].replace("-", "_")),
                        "set_cookies_on_root": "", "cookie_domain": "", "current_policy_id": str(rng.randint(10, 40)), "cookie_path": "/",
                        "categories": {"statistics": c["statistics"], "marketing": c["marketing"]}, "tcf_active": "",
                        "placeholdertext": "", "css_file": base + "/wp-content/uploads/complianz/css/banner-{banner_id}-{type}.css?v=%d" % rng.randint(10, 60),
                        "page_links": {"eu": {"cookie-statement": {"title": c["cookie_policy"], "url": base + "/cookie-policy/"},
                                              "privacy-statement": {"title": c["privacy"], "url": base + "/privacy/"}}},
                        "tm_categories": "", "forceEnableStats": "", "preview": "", "clean_cookies": "", "aria_label": "Click button to enable {title}"}, ensure_ascii=False)
    author = art["byline"]
    css = ("body{background-color:#f7f8f9;color:#222222;}a{color:%s;}a:hover, a:focus, a:active{color:#000000;}"
           ".grid-container{max-width:1200px;}.wp-block-group__inner-container{max-width:1200px;margin-left:auto;margin-right:auto;}"
           ".site-header .header-image{width:220px;}.main-navigation a{padding-left:16px;padding-right:16px;}"
           ".entry-content > *:not(:first-child){margin-top:1.5em;}.has-drop-cap:first-letter{font-size:4.2em;}"
           ":root{--contrast:#222222;--contrast-2:#575760;--base:#f0f0f0;--base-3:#ffffff;--accent:%s;}") % (s["colour"], s["colour"])
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}">
<head>
	<meta charset="UTF-8">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="viewport" content="width=device-width, initial-scale=1">
	<!-- This site is optimized with the Yoast SEO plugin v25.{rng.randint(0, 6)} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["locale"].replace("-", "_")}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{art["date"]}T08:00:00+00:00" />
	<meta property="og:image" content="{img}" />
	<meta name="author" content="{A(author)}" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["comment"])} Feed" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={ver_wp}' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='{base}/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver={ver_cm}' media='all' />
<link rel='stylesheet' id='generate-style-css' href='{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver={ver_gp}' media='all' />
<style id='generate-style-inline-css'>
{css}
</style>
<link rel='stylesheet' id='generateblocks-css' href='{base}/wp-content/uploads/generateblocks/style-{pid}.css?ver={rng.randint(1700000000, 1790000000)}' media='all' />
<link rel='stylesheet' id='generate-blog-css' href='{base}/wp-content/plugins/gp-premium/blog/functions/css/style.min.css?ver=2.5.{rng.randint(0, 4)}' media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {ver_wp}" />
<link rel='shortlink' href='{base}/?p={pid}' />
			<style>.cmplz-hidden {{
					display: none !important;
				}}</style><link rel="icon" href="{base}/wp-content/uploads/{y}/01/cropped-icon-32x32.png" sizes="32x32" />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive post-image-above-header post-image-aligned-center right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="{A(c["skip"])}">{E(c["skip"])}</a>		<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-logo">
					<a href="{base}/" rel="home">
						<img  class="header-image is-logo-image" alt="{A(site)}" src="{base}/wp-content/uploads/{y}/01/{s["logo"]}.png" width="440" height="96" />
					</a>
				</div>	<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
				<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
			<span class="gp-icon icon-menu-bars">{SVG_BARS}</span><span class="screen-reader-text">{E(c["menu"])}</span>		</button>
	</nav>
			<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
								<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
					<span class="gp-icon icon-menu-bars">{SVG_BARS}</span><span class="mobile-menu">{E(c["menu"])}</span>				</button>
				<div id="primary-menu" class="main-nav"><ul id="menu-main-menu" class=" menu sf-menu">{menu}
</ul></div>			</div>
		</nav>
					</div>
		</header>
		
	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">
			
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
			
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
				<div class="featured-image  page-header-image-single ">
				<img width="1200" height="800" src="{img}" class="attachment-full size-full" alt="{A(art["caption"])}" itemprop="image" decoding="async" fetchpriority="high" />
			</div>			<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">{E(art["title"])}</h1>		<div class="entry-meta">
			<span class="posted-on"><time class="entry-date published" datetime="{art["date"]}T08:00:00+00:00" itemprop="datePublished">{E(today)}</time></span> <span class="byline">{E(c["by"])} <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{base}/author/{author_slug}/" title="{A(c["view_all"] % author)}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{E(author)}</span></a></span></span> 		</div>
					</header>
			
		<div class="entry-content" itemprop="text">
			
{content}
		</div>

				<footer class="entry-meta" aria-label="Entry meta">
			<span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907l12.349 26.791A16 16 0 00228.486 128H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z"></path></svg></span><span class="screen-reader-text">{E(c["cats_sr"])} </span><a href="{base}/category/{cat}/" rel="category tag">{E(art["section"])}</a></span> <span class="tags-links"><span class="gp-icon icon-tags"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.248 6.244-16.378 0-22.626l-224-224A15.999 15.999 0 00196 39.5H20z"></path></svg></span><span class="screen-reader-text">{E(c["tags_sr"])} </span>{tags}</span> 		<nav id="nav-below" class="post-navigation" aria-label="{A(c["posts"])}">
			<div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill-rule="evenodd" clip-rule="evenodd" stroke-linejoin="round" stroke-miterlimit="1.414"><path d="M178.425 138.212c0 2.265-1.133 4.813-2.832 6.512L64.276 256.001l111.317 111.277c1.7 1.7 2.832 4.247 2.832 6.513 0 2.265-1.133 4.813-2.832 6.512L161.43 394.46c-1.7 1.7-4.249 2.832-6.514 2.832-2.266 0-4.816-1.133-6.515-2.832L16.407 262.514c-1.699-1.7-2.832-4.248-2.832-6.513 0-2.265 1.133-4.813 2.832-6.512l131.994-131.947c1.7-1.699 4.249-2.831 6.515-2.831 2.265 0 4.815 1.132 6.514 2.831l14.163 14.157c1.7 1.7 2.832 3.965 2.832 6.513z" fill-rule="nonzero"></path></svg></span><span class="prev"><a href="{base}/{y}/{mo}/{hc.slug(prev_h)[:60]}/" rel="prev">{E(prev_h)}</a></span></div><div class="nav-next"><span class="gp-icon icon-arrow-right"><svg viewBox="0 0 192 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill-rule="evenodd" clip-rule="evenodd" stroke-linejoin="round" stroke-miterlimit="1.414"><path d="M178.425 256.001c0 2.266-1.133 4.815-2.832 6.515L43.599 394.509c-1.7 1.7-4.248 2.833-6.514 2.833s-4.816-1.133-6.515-2.833l-14.163-14.162c-1.699-1.7-2.832-3.966-2.832-6.515 0-2.266 1.133-4.815 2.832-6.515l111.317-111.316L16.407 144.685c-1.699-1.7-2.832-4.249-2.832-6.515s1.133-4.815 2.832-6.515l14.163-14.162c1.7-1.7 4.249-2.833 6.515-2.833s4.815 1.133 6.514 2.833l131.994 131.993c1.7 1.7 2.832 4.249 2.832 6.515z" fill-rule="nonzero"></path></svg></span><span class="next"><a href="{base}/{y}/{mo}/{hc.slug(next_h)[:60]}/" rel="next">{E(next_h)}</a></span></div>		</nav>
				</footer>
			</div>
</article>
<div class="gb-container gb-container-{gbq} related-posts-element">
<h2 class="gb-headline gb-headline-{hx(8)} gb-headline-text">{E(s["related"])}</h2>

<div class="gb-grid-wrapper gb-grid-wrapper-{hx(8)} gb-query-loop-wrapper">
{related}
</div>
</div>
			<div class="comments-area">
				<div id="comments">

		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["leave"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">{E(c["comment"])}</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">{E(c["name"])}</label><input placeholder="{A(c["name"])} *" id="author" name="author" type="text" value="" size="30" required />
<label for="email" class="screen-reader-text">{E(c["email"])}</label><input placeholder="{A(c["email"])} *" id="email" name="email" type="email" value="" size="30" required />
<label for="url" class="screen-reader-text">{E(c["website"])}</label><input placeholder="{A(c["website"])}" id="url" name="url" type="url" value="" size="30" />
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["post_comment"])}" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	
	</div><!-- #comments -->
			</div>

					</main>
	</div>

	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{base}/">
	<label>
		<span class="screen-reader-text">{E(c["search_for"])}</span>
		<input type="search" class="search-field" placeholder="{c["search_ph"]}" value="" name="s" title="{A(c["search_for"])}">
	</label>
	<button class="search-submit" aria-label="{A(c["search"])}"><span class="gp-icon icon-search">{SVG_SEARCH}</span></button></form>
</aside>
		<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">
		<h2 class="widget-title">{E(c["recent"])}</h2>
		<ul>
{recent}
					</ul>

		</aside><aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">{E(c["categories"])}</h2>
			<ul>
{cats}
			</ul>

			</aside><aside id="block-5" class="widget inner-padding widget_block">
<div class="gb-container gb-container-{hx(8)} newsletter-box">
<h2 class="gb-headline gb-headline-{hx(8)} gb-headline-text">{E(s["nl_head"])}</h2>

<p class="gb-headline gb-headline-{hx(8)} gb-headline-text">{E(s["nl_text"])}</p>

<form class="newsletter-form" action="{base}/?na=s" method="post"><input type="hidden" name="nlang" value=""><input class="tnp-email" type="email" name="ne" placeholder="{A(s["nl_placeholder"])}" required><button class="gb-button gb-button-{hx(8)} gb-button-text" type="submit">{E(s["nl_button"])}</button></form>
</div>
</aside>	</div>
</div>

	</div>
</div>


<div class="site-footer">
				<div id="footer-widgets" class="site footer-widgets">
				<div class="footer-widgets-container grid-container">
					<div class="inside-footer-widgets">
							<div class="footer-widget-1">
		<aside id="block-9" class="widget inner-padding widget_block">
<div class="gb-container gb-container-{hx(8)}">
<h2 class="gb-headline gb-headline-{hx(8)} gb-headline-text">{E(s["footer_head"])}</h2>

<p>{E(s["footer_text"])}</p>
</div>
</aside>	</div>
		<div class="footer-widget-2">
		<aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><div class="menu-footer-container"><ul id="menu-footer" class="menu">{footer_links}</ul></div></aside>	</div>
						</div>
				</div>
			</div>
					<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					<span class="copyright">&copy; {y} {E(site)}</span> &bull; {E(c["built"])} <a href="https://generatepress.com" itemprop="url">GeneratePress</a>				</div>
			</div>
		</footer>
		</div>

<a title="{A(c["top"])}" aria-label="{A(c["top"])}" rel="nofollow" href="#" class="generate-back-to-top" data-scroll-speed="400" data-start-scroll="300" role="button">
					<span class="gp-icon icon-arrow-up"><svg viewBox="0 0 330 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" fill-rule="evenodd" clip-rule="evenodd" stroke-linejoin="round" stroke-miterlimit="1.414"><path d="M305.863 314.916c0 2.266-1.133 4.815-2.832 6.514l-14.157 14.163c-1.699 1.7-3.964 2.832-6.513 2.832-2.265 0-4.813-1.133-6.512-2.832L164.572 224.276 53.295 335.593c-1.699 1.7-4.247 2.832-6.512 2.832-2.265 0-4.814-1.133-6.513-2.832L26.113 321.43c-1.699-1.7-2.831-4.248-2.831-6.514s1.132-4.816 2.831-6.515L158.06 176.408c1.699-1.7 4.247-2.833 6.512-2.833 2.265 0 4.814 1.133 6.513 2.833L303.03 308.4c1.7 1.7 2.832 4.249 2.832 6.515z" fill-rule="nonzero"></path></svg></span>
				</a>
<!-- Consent Management powered by Complianz | GDPR/CCPA Cookie Consent https://wordpress.org/plugins/complianz-gdpr -->
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
	<div class="cmplz-header">
		<div class="cmplz-logo"></div>
		<div class="cmplz-title" id="cmplz-header-1-optin">{E(c["cmplz_title"])}</div>
		<div class="cmplz-close" tabindex="0" role="button" aria-label="{A(c["close"])}">
			<svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="times" class="svg-inline--fa fa-times fa-w-11" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 352 512"><path fill="currentColor" d="M242.72 256l100.07-100.07c12.28-12.28 12.28-32.19 0-44.48l-22.24-22.24c-12.28-12.28-32.19-12.28-44.48 0L176 189.28 75.93 89.21c-12.28-12.28-32.19-12.28-44.48 0L9.21 111.45c-12.28 12.28-12.28 32.19 0 44.48L109.28 256 9.21 356.07c-12.28 12.28-12.28 32.19 0 44.48l22.24 22.24c12.28 12.28 32.2 12.28 44.48 0L176 322.72l100.07 100.07c12.28 12.28 32.2 12.28 44.48 0l22.24-22.24c12.28-12.28 12.28-32.19 0-44.48L242.72 256z"></path></svg>
		</div>
	</div>

	<div class="cmplz-divider cmplz-divider-header"></div>
	<div class="cmplz-body">
		<div class="cmplz-message" id="cmplz-message-1-optin">{E(c["cmplz_msg"])}</div>
		<!-- categories start -->
		<div class="cmplz-categories">
			<details class="cmplz-category cmplz-functional" >
				<summary>
						<span class="cmplz-category-header">
							<span class="cmplz-category-title">{E(c["functional"])}</span>
							<span class='cmplz-always-active'>
								<span class="cmplz-banner-checkbox">
									<input type="checkbox"
										   id="cmplz-functional-optin"
										   data-category="cmplz_functional"
										   class="cmplz-consent-checkbox cmplz-functional"
										   size="40"
										   value="1"/>
									<label class="cmplz-label" for="cmplz-functional-optin" tabindex="0"><span class="screen-reader-text">{E(c["functional"])}</span></label>
								</span>
								{E(c["always"])}							</span>
							<span class="cmplz-icon cmplz-open">
								<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"  height="18" ><path d="M224 416c-8.188 0-16.38-3.125-22.62-9.375l-192-192c-12.5-12.5-12.5-32.75 0-45.25s32.75-12.5 45.25 0L224 338.8l169.4-169.4c12.5-12.5 32.75-12.5 45.25 0s12.5 32.75 0 45.25l-192 192C240.4 412.9 232.2 416 224 416z"/></svg>
							</span>
						</span>
				</summary>
				<div class="cmplz-description">
					<span class="cmplz-description-functional">{E(c["functional_d"])}</span>
				</div>
			</details>

			<details class="cmplz-category cmplz-statistics" >
				<summary>
						<span class="cmplz-category-header">
							<span class="cmplz-category-title">{E(c["statistics"])}</span>
							<span class="cmplz-banner-checkbox">
								<input type="checkbox"
									   id="cmplz-statistics-optin"
									   data-category="cmplz_statistics"
									   class="cmplz-consent-checkbox cmplz-statistics"
									   size="40"
									   value="1"/>
								<label class="cmplz-label" for="cmplz-statistics-optin" tabindex="0"><span class="screen-reader-text">{E(c["statistics"])}</span></label>
							</span>
						</span>
				</summary>
				<div class="cmplz-description">
					<span class="cmplz-description-statistics">{E(c["statistics_d"])}</span>
				</div>
			</details>
			<details class="cmplz-category cmplz-marketing" >
				<summary>
						<span class="cmplz-category-header">
							<span class="cmplz-category-title">{E(c["marketing"])}</span>
							<span class="cmplz-banner-checkbox">
								<input type="checkbox"
									   id="cmplz-marketing-optin"
									   data-category="cmplz_marketing"
									   class="cmplz-consent-checkbox cmplz-marketing"
									   size="40"
									   value="1"/>
								<label class="cmplz-label" for="cmplz-marketing-optin" tabindex="0"><span class="screen-reader-text">{E(c["marketing"])}</span></label>
							</span>
						</span>
				</summary>
				<div class="cmplz-description">
					<span class="cmplz-description-marketing">{E(c["marketing_d"])}</span>
				</div>
			</details>
		</div><!-- categories end -->
	</div>

	<div class="cmplz-links cmplz-information">
		<a class="cmplz-link cmplz-manage-options cookie-statement" href="#" data-relative_url="#cmplz-manage-consent-container">{E(c["view"])}</a>
	</div>

	<div class="cmplz-divider cmplz-footer"></div>

	<div class="cmplz-buttons">
		<button class="cmplz-btn cmplz-accept">{E(c["accept"])}</button>
		<button class="cmplz-btn cmplz-deny">{E(c["deny"])}</button>
		<button class="cmplz-btn cmplz-view-preferences">{E(c["view"])}</button>
		<button class="cmplz-btn cmplz-save-preferences">{E(c["save"])}</button>
	</div>

	<div class="cmplz-links cmplz-documents">
		<a class="cmplz-link cookie-statement" href="{base}/cookie-policy/" data-relative_url="">{E(c["cookie_policy"])}</a>
		<a class="cmplz-link privacy-statement" href="{base}/privacy/" data-relative_url="">{E(c["privacy"])}</a>
	</div>

</div>
</div>
					<div id="cmplz-manage-consent" data-nosnippet="true"><button class="cmplz-btn cmplz-hidden cmplz-manage-consent manage-consent-1">{E(c["manage"])}</button>

</div><script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/*","\\/*\\\\?(.+)"]}}}}]}},"eagerness":"conservative"}}]}}
</script>
<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}}),e.addEventListener("keydown",function(){{e.classList.remove("using-mouse")}})}}}}();</script><script id="generate-menu-js-before">
var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"{c["open_sub"]}","closeSubMenuLabel":"{c["close_sub"]}"}};
</script>
<script src="{base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver={ver_gp}" id="generate-menu-js"></script>
<script id="generate-back-to-top-js-before">
var generatepressBackToTop = {{"smooth":true}};
</script>
<script src="{base}/wp-content/themes/generatepress/assets/js/back-to-top.min.js?ver={ver_gp}" id="generate-back-to-top-js"></script>
<script src="{base}/wp-includes/js/comment-reply.min.js?ver={ver_wp}" id="comment-reply-js" async data-wp-strategy="async"></script>
<script id="cmplz-cookiebanner-js-extra">
var complianz = {cmplz};
</script>
<script defer src="{base}/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver={ver_cm}" id="cmplz-cookiebanner-js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"generatepress": []}  # (the featured image sits above the entry header; nothing of its own inside)
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "repaircafe", "pestcontrol", "skippermits"]
NEW_FAMILIES = ["repaircafe", "pestcontrol", "skippermits"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"repaircafe": ["repaircafe", "repair café session panel", "repair-café session panel", "repair cafe session panel",
                                   "book a repair slot", "repair café booking panel", "repair-café booking panel"],
                    "pestcontrol": ["pestcontrol", "pest control", "pest-control", "rodent treatment", "wasp nest treatment"],
                    "skippermits": ["skippermits", "skip permit", "skip-permit", "scaffolding permit", "scaffold permit",
                                    "highway permit notice"]}
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
    "cookie": ['<div class="sluicecam-gate"><p class="sluicecam-gate__note">%s</p><button class="sluicecam-gate__allow" type="button">OK</button></div>',
               '<p class="fnm-mapconsent-line">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="fenmarch-first-signup"><p class="fenmarch-first-signup__pitch">%s</p><a class="fenmarch-first-signup__cta" href="/newsletters/fenmarch-first">&#8250;</a></div>',
                   '<p class="fnm-article-quota">%s</p>', '<h5 class="fenmarch-first-title">%s</h5>', '<p><strong><a href="/chip-in">%s</a></strong></p>'],
    "share": ['<ul class="tell-fenmarch-row">{items}</ul>', '<div class="fnm-forward-neighbour">%s</div>', '<p><a href="#forward">%s</a></p>'],
    "photo": ['<p class="fnm-pic-supplied">%s</p>', '<span class="fnm-reader-sent">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="fnm-licensing-notice">%s</p>', '<div class="fnm-rights-reserved"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="fresh-from-fnm">%s</p>', '<h6 class="fnm-every-section">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="fnm-asterism">%s</p>', '<div class="fnm-diamond-break">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="fnm-town-desk-credit">%s</p>', '<div class="fnm-contributor-line">%s</div>', '<div><i><small>%s</small></i></div>'],
    "title": ['<p class="fnm-headline-echo"><strong>%s</strong></p>', '<h2 class="fnm-title-dup">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="fnm-advert-resumes">%s</div>', '<p class="fnm-doorstep-ads">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="fnm-keep-reading"><a href="#more">%s</a></p>', '<div class="fnm-show-rest">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="fnm-talking-count"><a href="#comments">%s</a></p>', '<div class="fnm-join-convo">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="fnm-minute-read">%s</p>', '<span class="fnm-time-pill">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="fnm-revised-stamp"><time>%s</time></p>', '<div class="fnm-version-note">%s</div>', '<div><i>%s</i></div>'],
    "audio": ['<div class="fnm-listen-bar"><button class="fnm-listen-bar__btn" aria-label="Play"></button><span class="fnm-listen-bar__txt">%s</span></div>',
              '<p class="fnm-read-aloud"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="fnm-amended-box"><p>%s</p></aside>', '<p class="fnm-amend-note"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="fnm-app-strip"><p class="fnm-app-strip__msg">%s</p><a class="fnm-app-strip__dl" href="/app">&#8595;</a></div>',
            '<p class="fnm-open-in-app">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="fnm-writer-card"><p class="fnm-writer-card__about">%s</p></div>', '<p class="fnm-more-by"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "tip": ['<div class="fnm-got-a-story"><p class="fnm-got-a-story__txt">%s</p></div>', '<p class="fnm-call-desk">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="fnm-mistake-report"><p>%s</p></div>', '<p class="fnm-ctrl-enter">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="fnm-alert-optin"><p class="fnm-alert-optin__ask">%s</p></div>', '<p class="fnm-alerts-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="fnm-keep-article">{items}</ul>', '<p class="fnm-printer-page"><a href="?print=yes">%s</a></p>',
              '<div><a href="?print=yes">%s</a></div>'],
    "feedback": ['<div class="fnm-useful-q"><p class="fnm-useful-q__ask">%s</p></div>', '<p class="fnm-useful-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="fnm-code-note"><p>%s</p></div>', '<p class="fnm-complaints-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="fnm-topic-tags"><span class="fnm-topic-tags__txt">%s</span></div>', '<p class="fnm-follow-topic">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="fnm-reading-list"><a class="fnm-reading-list__add" href="#list">%s</a></div>',
                 '<p class="fnm-save-heart"><a href="#list">%s</a></p>', '<div><a href="#list">%s</a></div>'],
    "poll": ['<div class="fnm-quick-poll"><p class="fnm-quick-poll__q">%s</p><button class="fnm-quick-poll__vote" type="button">&#10004;</button></div>',
             '<h6 class="fnm-vote-reveal">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/F{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/F{k}/" target="_blank">%s</a></blockquote>',
              '<div class="fnm-yt-facade"><a class="fnm-yt-facade__link" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="fnm-photo-set"><a class="fnm-photo-set__open" href="#gallery">%s</a></div>',
                '<p class="fnm-browse-pics">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="fnm-osm-frame"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="fnm-osm-frame__more">%s</p></div>',
            '<figure class="fnm-static-map"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="fnm-add-to-cal">{items}</ul>', '<p class="fnm-event-remind"><a href="/events/{k}/reminder">%s</a></p>',
                 '<div class="fnm-cal-tag"><span class="fnm-cal-tag__txt">%s</span></div>'],
    "scores": ['<div class="fnm-results-link"><a class="fnm-results-link__a" href="/sport/results">%s</a></div>',
               '<ul class="fnm-match-centre-tabs">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({repairlist}: the repair café's next dates, venue, what the volunteers
    # fix and how to book, as a list; {repairrows}: the same as a table; {repairdl}: the same as a definition list;
    # {pestlist}: the pests the council treats with their charges and concessions and the next free appointments,
    # as a list; {pestrows}: the same as a table; {pestdl}: the same as a definition list; {skiplist}: the highway
    # permits -- skip, scaffolding, hoarding -- with fee and how long, and how to apply, as a list; {skiprows}: the
    # same as a table; {skipdl}: the same as a definition list)
    "repaircafe": ['<div class="repair-cafe-panel"><h4 class="repair-cafe-panel__title">%s</h4><ul class="repair-cafe-panel__list">{repairlist}</ul></div>',
                   '<div class="repair-sessions-tbl"><p class="repair-sessions-tbl__title"><strong>%s</strong></p><table class="repair-sessions-tbl__grid">{repairrows}</table></div>',
                   '<p class="repair-slot-booking"><a href="/community/repair-cafe/book">%s</a></p>',
                   '<div class="fixit-info-card"><h5 class="fixit-info-card__title">%s</h5><dl class="fixit-info-card__dl">{repairdl}</dl></div>'],
    "pestcontrol": ['<div class="pest-booking-panel"><h4 class="pest-booking-panel__title">%s</h4><ul class="pest-booking-panel__list">{pestlist}</ul></div>',
                    '<div class="pest-charges-tbl"><p class="pest-charges-tbl__title"><b>%s</b></p><table class="pest-charges-tbl__grid">{pestrows}</table></div>',
                    '<p class="pest-visit-booking"><a class="pest-visit-booking__btn" role="button" href="/environment/pest-control/book">%s</a></p>',
                    '<div class="pests-treated-card"><h5 class="pests-treated-card__title">%s</h5><dl class="pests-treated-card__dl">{pestdl}</dl></div>'],
    "skippermits": ['<div class="highway-permit-notice"><h4 class="highway-permit-notice__title">%s</h4><ul class="highway-permit-notice__list">{skiplist}</ul></div>',
                    '<div class="skip-fees-tbl"><p class="skip-fees-tbl__title"><strong>%s</strong></p><table class="skip-fees-tbl__grid">{skiprows}</table></div>',
                    '<p class="skip-permit-apply"><a href="/roads/skip-and-scaffold-permits/apply">%s</a></p>',
                    '<div class="permit-glance-strip"><p class="permit-glance-strip__title"><strong>%s</strong></p><dl class="permit-glance-strip__dl">{skipdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/fenmarch-first"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#forward">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "repaircafe": (0.7, [' <a href="/community/repair-cafe/book"><b>%s</b></a>']),
          "pestcontrol": (0.7, ['<br><a class="button" href="/environment/pest-control/book"><strong>%s</strong></a>']),
          "skippermits": (0.7, [' <a href="/roads/skip-and-scaffold-permits/apply"><i>%s</i></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# repair café booking link, the pest control booking button and the permit application link, not the lists,
# tables or cards)
INLINE_WORDING = {"newsletter": 0, "repaircafe": 2, "pestcontrol": 2, "skippermits": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="fnm-inline-figure"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="elsewhere-in-fnm"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="fnm-reporters-also"><p class="fnm-reporters-also__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (REPAIR_HEAD, PEST_HEAD, SKIP_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    repair = "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in REPAIR_INFO[lang])
    pests = ("".join('<li><strong>%s</strong> — %s (%s)</li>' % (esc(p), esc(c), esc(x)) for p, c, x in PEST_CHARGES[lang])
             + '<li>%s</li>' % esc(PEST_NEXT[lang]))
    skips = "".join('<li><strong>%s</strong>: %s, %s</li>' % (esc(p), esc(f), esc(d)) for p, f, d in SKIP_PERMITS[lang])
    return (style.replace("{repairlist}", repair)
            .replace("{repairrows}", table(REPAIR_HEAD[lang], REPAIR_INFO[lang]))
            .replace("{repairdl}", dl(REPAIR_INFO[lang]))
            .replace("{pestlist}", pests)
            .replace("{pestrows}", table(PEST_HEAD[lang], PEST_CHARGES[lang]))
            .replace("{pestdl}", dl([(p, "%s; %s" % (c, x)) for p, c, x in PEST_CHARGES[lang]]))
            .replace("{skiplist}", skips)
            .replace("{skiprows}", table(SKIP_HEAD[lang], SKIP_PERMITS[lang]))
            .replace("{skipdl}", dl([(p, "%s, %s" % (f, d)) for p, f, d in SKIP_PERMITS[lang]])))


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
               "scores": rng.choice([0, mid, n]), "repaircafe": rng.choice([mid, n, n]),
               "pestcontrol": rng.choice([mid, n]), "skippermits": rng.choice([0, mid, n])}.get(fam, mid)
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"), "generatepress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-light-green-cyan-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🌿</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>"), "generatepress": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>"), "generatepress": ("<em>", "</em>")}
# a highlight set in the block editor (its "Highlight" format writes a mark with an inline style)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"),
             "generatepress": ('<mark style="background-color:#fcf3a3" class="has-inline-color">', "</mark>")}


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
# templates: generatepress is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"generatepress": tpl_generatepress, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h80), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "generatepress"


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
            rng = random.Random("newsflow-heldout81-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI81[lang]
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
    # layouts: generatepress (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the generatepress pages: a site of GP_SITES in a language of GP_CORE; of the looks only those the block editor
    # sets on a paragraph (a drop cap, bold, italic, a highlight, a line break); no story tables and no footnotes
    # anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in GP_SITES or a["lang"] not in GP_CORE
                                       or any(st not in ("dropcap", "bold", "italic", "highlight", "br") for st, _ in a.get("look", []))):
            problems.append("%s: generatepress page needs a GeneratePress site and the block editor's looks only" % a["id"])
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
    gp_sites = [{k: v for k, v in d.items() if k not in GP_EXEMPT} for d in GP_SITES.values()]
    # (GP_CORE, REPAIR_HEAD, PEST_HEAD and SKIP_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("GP_SITES", gp_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "GP_SITES" and s.startswith("/")):
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




