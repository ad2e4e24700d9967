#!/usr/bin/env python3
"""Seventieth held-out part (h70-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout70.py           # write pages/h70-*.html
    python benchmarks/data/extraction/make_heldout70.py --check   # verify pages/h70-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout70.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout69.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h70_en.py / articles_h70_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: volunteer clean-up finders on stories about litter, rivers, beaches, village clean-up days
and the groups that run them -- the "next litter picks near you" list with dates, places, meeting points and times,
the clean-ups coming up as a table with their meeting points, the "borrow a litter-picking kit from your library"
link, the "sign up to volunteer" form with its name and email fields and sign-up button --, public-transport fare
calculators on stories about bus fares, tariffs and ticket prices -- the "work out your fare" form with its from and
to fields, its ticket-type select and its calculate button, the fares as a table with adult and reduced prices, the
"check your fare with the journey calculator" link, the ticket types as a definition list --, and daily UV panels on
stories about beaches, lidos, bathing lakes and shade in school playgrounds -- today's index hour by hour as a table
with its band, today's peak and its band as a chip, the sun cream advice line, the data source as a definition list
--), their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the
first-round furniture strings are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of
make_heldout2..68, nor their labels, furniture strings, widget rows, headlines or site names; verify() refuses to
build if one is reused, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h67 and h68
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  Every name and
number is fictional.  (h44's sun-and-sky widgets printed a UV value among sunrise, sunset and day length, h55's
volunteering boards listed charities' openings, h38's and h63's stories listed a clean-up's haul or a ferry's fares,
and h42, h50 and h56 put calendar rows on clean-up days; the clean-up finder with its meeting points, kit loan and
sign-up form, the fare calculator with its ticket-type select and fare table, and the hourly UV panel with its band,
advice line and data credit are new families by name, wording and markup.)  The tables' heads, the forms' field
labels and buttons (LITTER_HEAD, LITTER_MEET, SIGNUP_LABELS, SIGNUP_BUTTON, FARE_HEAD, FARE_LABELS, CALC_BUTTON,
UV_HEAD) are the web teams' generic strings and not checked; the rows themselves (LITTER_EVENTS, FARE_TABLE,
TICKET_TYPES, UV_HOURS, UV_BAND, UV_SOURCE) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages, the four markups of a family in turn over the
part (a link or line among them may be run into a paragraph instead): clean-up finders on towpath volunteers pulling
two tonnes of rubbish out of an English river (the English new-layout page: the next-picks list), an English bay's
Saturday beach group (the clean-ups table), a Turkish cove's Ocean Day clean-up (the borrow-a-kit link, run into a
paragraph) and a Russian village's spring subbotnik (a village website on uCoz: the sign-up form); fare calculators
on an English county's £2 bus fare cap (the calculator form), a Turkish city's 18 per cent bus fare rise (the fares
table), a German transport association's January fare rise (the German new-layout page: the journey-calculator
link, run into a paragraph) and a Spanish town hall's own page on its new urban bus fares (an Ayuntamiento on TYPO3:
the ticket types card); UV panels on English lifeguards starting a fortnight early (the hourly table), a German lido
reopening with a sail over the children's pool (the peak-and-band chip), a French bathing lake opening its supervised
beach (the sun cream line) and Spanish schools getting shade sails in their playgrounds (the data credit).  Earlier
families that need a reason in the story are placed the same way (a calendar row on a French seed library's plant
swap, a gallery on the Russian subbotnik, score-centre links on an English bowls triple's county title); the other
generic families are balanced over the part, leaving out those the page's site would not print (the story's "kind":
a Spanish town hall on TYPO3 -- no newspaper furniture --, a Russian village website on uCoz, an independent
neighbourhood publication on Medium, which prints no ads, app, push or print prompts, comment counters or
press-standards lines, and of the newsletter family only its appeal for money); a correction box goes only on a
story that was corrected, with that story's own wording.  Residue markup varies as on real pages: classed boxes,
bars, chips, cards, strips and widgets, bare <p> / <div> lines as pasted by editors, headings, links, lists, spans,
forms, definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit,
tip, newsletter pitch, share line, the borrow-a-kit link, the journey-calculator link, the sun cream line; only one
line in any paragraph) or a bold section tag run into the start of the first one (on the Russian market story,
"section_tag").
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a class
on the paragraph, on wordpress, magazine, sanity and gutenberg), italics (a one-line quote on both new-layout pages, on
semantic and on medium), bold (a one-line paragraph on nextjs and on medium), a highlighted sentence (Bolt's
highlight span on both new-layout pages, a <mark> on quintype), a paragraph in a box (a Gutenberg group, the
magazine's panel, a CKEditor style on drupal), a fact box holding a subheading and its list (a Fusion custom embed:
what a library of things lends), a Ghost callout card (a community garden's opening days), a paragraph typed after a
<br> (Shift+Enter in Bolt's article editor on both new-layout pages, and on chunks); story structures that look like
furniture but are the story: question-and-answer interviews (questions typed in bold, some of two or three words --
"Scariest moment?", "And in the rain?", "Korktunuz mu?", "Ya yolcular?", "А выходные?", "Не скучно одному?" --, in
English, Turkish and Russian: a lollipop man after 32 years, a ferry captain after 41, a lighthouse keeper after 40),
lists inside the story (a fare cap's new prices, a Turkish city's new tariff, what a library lends, a lido's changes,
a Spanish town's new fares, how a village paid for its verbena, what a market hall will hold), story tables (what
volunteers pulled out of a river, a German association's old and new fares, in Bolt's table markup on the new
layout), crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("“The river
gives back whatever the town throws in.”", "„Wer nur zweimal im Monat fährt, zahlt drauf.“", "Nobody knows how the
safe got there.", "Das Deutschlandticket bleibt davon unberührt.", "Le principe est simple.", "« Une graine, ça ne se
vend pas, ça se donne. »", "Este año lo han conseguido.", "Маяк не выключают на выходные."), a closing line with
practical information (the next towpath clean-up, timetables at an interchange, a send-off in a school hall, a
bell-ringing practice night, first aid at a lifeguard hut, a beach group's meeting point, a community bus's rota, a
bowls taster afternoon, a library's opening hours, a transport card centre's hours, a cove clean-up's next date, a
farewell dinner on a pier, exchanging old multi-trip tickets, a garden's opening days, season tickets, a plant swap,
a co-op shop's hours, dogs on a beach, a school secretary's office, a town hall's citizen office, a patron saint's
procession, the next subbotnik, lighthouse tours, a market's application office), and story sentences that mention
furniture words in ordinary reporting ("Flasks of tea and a tin of cookies" opening a story, "follow the scheme on
Facebook" closing one, a granddaughter who "posted a video" and "asked people to share it", a village website thanking the woman who
"сделала все фото, которые мы публикуем в альбоме сайта", "la dernière boutique du village" and its "sociétaires"),
some at the start or end of the story where furniture usually sits.  Two pages carry no residue at all (an English and a
Turkish interview) and one only its correction line (an English church bell appeal).
One page layout is new (pugpig: the web edition of a regional daily and of a German regional paper published with
Pugpig Bolt, as Bolt's web reader serves an article page, on two pages, an English and a German one): the edition
URLs (/editions/daily-<date>/<slug>-<id>), the images from the publication's image host in fixed widths; the head
with the generator meta, the app-store metas and the web manifest, the og: / article: metas, the JSON-LD NewsArticle
(with its isAccessibleForFree part), Bolt's web css and the publication's theme css, the Sourcepoint __tcfapi stub,
its window._sp_ config and the unified wrapper script, and Bolt's config object; the header (menu button, logo,
"Subscribe" and "Sign in") and the section navigation (nav.pp-nav, li.pp-nav__item); the edition navigation (back to
today's edition, the edition's date, previous and next story, "Story 6 of 34"); the article template: the section
label, h1.pp-article__headline, the standfirst in p.pp-article__standfirst (the story's "sub", not in the truth), the
byline with the author link, the date and the reading time, the hero image with caption and credit, the toolbar
(Save, Share, Text size), the body in div.pp-article__body as Bolt's article editor renders it -- p, h2, strong / em,
the highlight span, blockquote, ul / ol, <br>, a table in figure.pp-table, the embedded image (figure.pp-embed--image
with its caption and credit) after the first paragraph and an inline related-article card (aside.pp-embed--related,
"Read more" and a headline) further down: this layout's own residue in the container --, the tags; after the article
the metered registration prompt (free stories left this month, "Register for free", "Already have an account? Sign
in", the subscription offer), the storyline timeline with the story's earlier instalments and their dates, the "Up
next" cards; the sidebar (an MPU ad slot, "Most read", the app promotion with the store badges); the footer (the
publication's links, the "Privacy settings" button opening Sourcepoint's privacy manager, the publisher's line,
copyright, "Powered by Pugpig Bolt") and Sourcepoint's message container with its iframe, then Bolt's JS.  Bolt's
own strings (PG_CORE, per language) are left as the platform ships them and not checked; the publications' own
strings (PG_SITES: the section navigation, the tags, the registration prompt's wording and offer, the storyline's
headlines, the app promotion, the footer's links, the publisher's line and copyright) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp, table,
legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h67 or h68 gave it (9 English pages, 3 in each other language: English on cms, legacy-br,
portal, regional, magazine, nextjs, quintype and fusion; Turkish on wordpress, drupal and storybody; German on ghost
and hugo; French on medium, gutenberg and amp; Spanish on sanity, typo3 and chunks; Russian on ucoz, semantic and
table); while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather
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
from articles_h70_en import ARTICLES as H70_EN  # noqa: E402
from articles_h70_intl import ARTICLES as H70_INTL  # noqa: E402


ARTICLES = H70_EN + H70_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68)
# parts whose layouts' languages this part avoids (the two before it; h69 is written at the same time)
LANG_PARTS = (mp67, mp68)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h70"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Wyvern Vale Gazette", "Chapel Street and Mill Lane Chronicle", "Netherby and District Herald", "Sandhaven Coast Mercury",
           "Marram Coast Life", "Hexley Valley Post", "Ashbury Echo", "Brackenfield and Moorside Bugle"],
    "tr": ["Karaçam Sahil Ekspres", "Kıyı Gazetesi Karaçam", "Ada ve Karaçam Postası"],
    "de": ["Kellinghausener Stadtblatt", "Lindenauer Anzeiger"],
    "fr": ["Le Réveil des Monts de Vernières", "L'Écho de Montclar"],
    "es": ["Almenara al Día", "El Eco de la Vega de Torrejoncillo"],
    "ru": ["Приморские вести", "Городские новости Приозёрска"],
}
# sites fixed per page (the two Pugpig Bolt publications, a Spanish town hall's own site on TYPO3, a Russian village
# website on uCoz, an independent neighbourhood publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h68 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The towpath video needs video-player cookies: tap here to allow them for this page only", "We can't show this route map until you accept mapping cookies from our partner"],
        "tr": ["Sahil videosu için video oynatıcı çerezleri gerekiyor: yalnızca bu sayfa için izin vermek üzere dokunun", "Ortağımızın harita çerezlerini kabul edene kadar bu güzergâh haritasını gösteremiyoruz"],
        "de": ["Für das Uferweg-Video braucht es Videoplayer-Cookies: hier tippen und nur für diese Seite erlauben", "Diese Linienkarte können wir erst zeigen, wenn Sie die Karten-Cookies unseres Partners annehmen"],
        "fr": ["La vidéo du chemin de halage a besoin des cookies du lecteur vidéo : touchez ici pour les autoriser sur cette page seulement", "Impossible d'afficher ce plan de ligne tant que vous n'acceptez pas les cookies cartographiques de notre partenaire"],
        "es": ["El vídeo de la ribera necesita cookies del reproductor: toca aquí para permitirlas solo en esta página", "No podemos mostrar este plano de líneas hasta que aceptes las cookies de mapas de nuestro socio"],
        "ru": ["Для видео с набережной нужны cookie видеоплеера: нажмите, чтобы разрешить их только на этой странице", "Схему маршрутов покажем, когда вы примете картографические cookie нашего партнёра"],
    },
    "newsletter": {
        "en": ["The Valley Daily lands at 6.30am: first with the roads, the rivers and the council, every weekday", "You've reached this month's free limit for valley stories: register in seconds to read on", "We report the valley without a paywall thanks to readers: chip in what you can for {site}"],
        "tr": ["Vadi Bülteni sabah 06.30'da kutunuzda: yollar, dereler ve belediye, her iş günü ilk sizde", "Bu ayki ücretsiz vadi haberi sınırına ulaştınız: okumaya devam etmek için saniyeler içinde kaydolun", "Vadiyi ödeme duvarı olmadan okurlar sayesinde yazıyoruz: {site} için gücünüz yettiğince destek olun"],
        "de": ["Das Talblatt kommt um 6.30 Uhr: Straßen, Flüsse und Rathaus zuerst, an jedem Werktag", "Sie haben das Gratis-Kontingent an Talgeschichten für diesen Monat erreicht: in Sekunden registrieren und weiterlesen", "Wir berichten ohne Bezahlschranke aus dem Tal, weil Leser uns tragen: Geben Sie {site}, was Sie können"],
        "fr": ["La Lettre de la vallée arrive à 6 h 30 : les routes, les rivières et la mairie en premier, chaque jour de semaine", "Vous avez atteint la limite gratuite de ce mois pour les articles de la vallée : inscrivez-vous en quelques secondes pour continuer", "Nous racontons la vallée sans paywall grâce aux lecteurs : donnez à {site} ce que vous pouvez"],
        "es": ["El Boletín del Valle llega a las 6.30: carreteras, ríos y ayuntamiento antes que nadie, cada día laborable", "Has llegado al límite gratuito de noticias del valle de este mes: regístrate en segundos para seguir leyendo", "Contamos el valle sin muro de pago gracias a los lectores: aporta a {site} lo que puedas"],
        "ru": ["«Долина в 6:30»: дороги, реки и администрация раньше всех, каждый будний день", "Вы исчерпали бесплатный лимит новостей долины на этот месяц: зарегистрируйтесь за пару секунд и читайте дальше", "Мы пишем о долине без платного доступа благодаря читателям: поддержите «{site}», сколько сможете"],
    },
    "share": {
        "en": ["Pass it on: Facebook · WhatsApp · Nextdoor · Email", "Send this valley story to whoever needs it ›"],
        "tr": ["Yayın: Facebook · WhatsApp · Telegram · E-posta", "Bu vadi haberini ihtiyacı olana gönderin ›"],
        "de": ["Weitergeben: Facebook · WhatsApp · Threema · E-Mail", "Diese Talgeschichte an alle schicken, die sie brauchen ›"],
        "fr": ["Faites circuler : Facebook · WhatsApp · Signal · Courriel", "Envoyer cet article de la vallée à qui en a besoin ›"],
        "es": ["Compártelo: Facebook · WhatsApp · Telegram · Correo", "Manda esta noticia del valle a quien la necesite ›"],
        "ru": ["Передайте дальше: ВКонтакте · Одноклассники · Telegram · Почта", "Отправьте эту новость долины тем, кому она нужна ›"],
    },
    "photo": {
        "en": ["Photograph supplied to the valley desk by the organisers", "Image courtesy of a {site} reader, used with thanks"],
        "tr": ["Fotoğraf, düzenleyiciler tarafından vadi masamıza gönderildi", "Görsel bir {site} okurunun izniyle, teşekkürlerimizle"],
        "de": ["Foto: von den Veranstaltern der Talredaktion zur Verfügung gestellt", "Bild mit freundlicher Genehmigung eines Lesers von {site}"],
        "fr": ["Photo transmise à la rédaction de la vallée par les organisateurs", "Image aimablement prêtée par un lecteur de {site}"],
        "es": ["Foto cedida a la redacción del valle por los organizadores", "Imagen por cortesía de un lector de {site}, con nuestro agradecimiento"],
        "ru": ["Фото предоставлено редакции долины организаторами", "Снимок любезно прислал читатель «{site}», спасибо ему"],
    },
    "copyright": {
        "en": ["Copyright © {site}. Reproduction of this article, in print or online, needs our written permission."],
        "tr": ["Telif hakkı © {site}. Bu haberin basılı ya da çevrimiçi çoğaltılması yazılı iznimize bağlıdır."],
        "de": ["Copyright © {site}. Jede Vervielfältigung dieses Artikels, gedruckt oder online, braucht unsere schriftliche Erlaubnis."],
        "fr": ["Copyright © {site}. Toute reproduction de cet article, sur papier ou en ligne, exige notre accord écrit."],
        "es": ["Copyright © {site}. Reproducir esta noticia, en papel o en internet, requiere nuestro permiso por escrito."],
        "ru": ["Copyright © «{site}». Перепечатка этого материала в газете или в сети возможна только с нашего письменного разрешения."],
    },
    "section": {
        "en": ["Fresh from {section} in the valley", "All {section} stories from the valley ›"],
        "tr": ["Vadiden taze {section} haberleri", "Vadiden tüm {section} haberleri ›"],
        "de": ["Neu aus dem Tal: {section}", "Alle Talgeschichten aus {section} ›"],
        "fr": ["Tout frais de la vallée : {section}", "Tous les articles {section} de la vallée ›"],
        "es": ["Recién llegado del valle: {section}", "Todas las noticias de {section} del valle ›"],
        "ru": ["Свежее из долины: {section}", "Все новости долины в разделе «{section}» ›"],
    },
    "related": {
        "en": ["Also on the valley desk today", "Valley stories worth your next five minutes"],
        "tr": ["Bugün vadi masasında ayrıca", "Sonraki beş dakikanıza değecek vadi haberleri"],
        "de": ["Heute außerdem aus der Talredaktion", "Talgeschichten für Ihre nächsten fünf Minuten"],
        "fr": ["Aussi à la rédaction de la vallée aujourd'hui", "Des histoires de la vallée pour vos cinq prochaines minutes"],
        "es": ["También hoy en la redacción del valle", "Noticias del valle que merecen tus próximos cinco minutos"],
        "ru": ["Ещё сегодня в редакции долины", "Новости долины на ваши следующие пять минут"],
    },
    "symbol": {
        "*": ["✿ ❀ ✿ ❀ ✿", "—— ◈ ——", "• ◦ • ◦ •", "⸻ ✧ ⸻"],
    },
    "credit": {
        "en": ["Additional reporting by the {site} valley team", "Reporting supported by our river and transport correspondent"],
        "tr": ["Habere {site} vadi ekibi de katkıda bulundu", "Haber, dere ve ulaşım muhabirimizin desteğiyle hazırlandı"],
        "de": ["Mitarbeit: das Talteam von {site}", "Mit Unterstützung unserer Korrespondentin für Flüsse und Verkehr"],
        "fr": ["Avec l'équipe vallée de {site}", "Avec le concours de notre correspondant rivières et transports"],
        "es": ["Con la colaboración del equipo del valle de {site}", "Con el apoyo de nuestra corresponsal de ríos y transportes"],
        "ru": ["При участии команды долины «{site}»", "При поддержке нашего корреспондента по рекам и транспорту"],
    },
    "ad": {
        "en": ["Promoted · the story continues below", "Local firms: reach the valley with {site} from £25 a week"],
        "tr": ["Tanıtım · haber aşağıda sürüyor", "Yerel firmalar: {site} ile vadiye haftada 500 liradan ulaşın"],
        "de": ["Anzeige · der Artikel geht unten weiter", "Lokale Firmen: mit {site} das ganze Tal erreichen, ab 25 € pro Woche"],
        "fr": ["Promotion · l'article continue plus bas", "Entreprises locales : touchez toute la vallée avec {site} dès 25 € par semaine"],
        "es": ["Promoción · la noticia continúa debajo", "Empresas de la zona: llega a todo el valle con {site} desde 25 € a la semana"],
        "ru": ["Продвижение · материал продолжается ниже", "Местный бизнес: вся долина с «{site}» от 2 000 ₽ в неделю"],
    },
    "continue": {
        "en": ["Keep scrolling for the rest of the story", "Show the full valley story ▾"],
        "tr": ["Haberin devamı için kaydırmaya devam edin", "Vadi haberinin tamamını göster ▾"],
        "de": ["Weiterscrollen für den Rest des Artikels", "Ganze Talgeschichte anzeigen ▾"],
        "fr": ["Faites défiler, l'article de la vallée continue", "Afficher tout l'article de la vallée ▾"],
        "es": ["Sigue bajando para leer el resto", "Mostrar la noticia del valle completa ▾"],
        "ru": ["Прокрутите вниз, чтобы дочитать", "Показать новость долины целиком ▾"],
    },
    "comments": {
        "en": ["Join {n} valley readers in the comments", "Comments ({n}) · have your say ›"],
        "tr": ["Yorumlarda {n} vadi okuruna katılın", "Yorumlar ({n}) · sözünüzü söyleyin ›"],
        "de": ["Diskutieren Sie mit {n} Lesern aus dem Tal", "Kommentare ({n}) · Ihre Meinung ›"],
        "fr": ["Rejoignez les {n} lecteurs de la vallée dans les commentaires", "Commentaires ({n}) · donnez votre avis ›"],
        "es": ["Únete a los {n} lectores del valle en los comentarios", "Comentarios ({n}) · da tu opinión ›"],
        "ru": ["Присоединяйтесь к {n} читателям долины в комментариях", "Комментарии ({n}) · выскажитесь ›"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes of valley reading", "{m} min · valley news"],
        "tr": ["Aşağı yukarı {m} dakikalık vadi okuması", "{m} dk · vadi haberi"],
        "de": ["Ungefähr {m} Minuten Lesestoff aus dem Tal", "{m} Minuten · Nachrichten aus dem Tal"],
        "fr": ["À peu près {m} minutes de lecture sur la vallée", "{m} min · infos de la vallée"],
        "es": ["Más o menos {m} minutos de lectura sobre el valle", "{m} min · noticias del valle"],
        "ru": ["Примерно {m} минуты чтения о долине", "{m} мин · новости долины"],
    },
    "updated": {
        "en": ["Updated {d} at {t} with comment from the council", "First published {d}; amended at {t}"],
        "tr": ["{d} saat {t}'de belediyenin açıklamasıyla güncellendi", "İlk yayın {d}; saat {t}'de düzeltildi"],
        "de": ["Aktualisiert am {d} um {t} Uhr mit einer Stellungnahme der Stadt", "Erstmals erschienen am {d}; geändert um {t} Uhr"],
        "fr": ["Mis à jour le {d} à {t} avec la réaction de la mairie", "Publié le {d}, texte revu à {t} après vérification"],
        "es": ["Actualizada el {d} a las {t} con la respuesta del ayuntamiento", "Publicada el {d}; modificada a las {t}"],
        "ru": ["Обновлено {d} в {t}: добавлен комментарий администрации", "Опубликовано {d}, текст уточнён в {t} после проверки"],
    },
    "audio": {
        "en": ["▶ The valley story, read by our narrator ({m} min)", "Rather listen on the bus? The audio version runs {m} minutes"],
        "tr": ["▶ Vadi haberi, spikerimizin sesinden ({m} dk)", "Dolmuşta dinlemeyi mi seçersiniz? Vadi haberinin sesli sürümü {m} dakika"],
        "de": ["▶ Die Talgeschichte, gelesen von unserer Sprecherin ({m} Minuten)", "Lieber im Bus zuhören? Die Audiofassung läuft {m} Minuten"],
        "fr": ["▶ L'article de la vallée, lu par notre narratrice ({m} min)", "Envie d'écouter la vallée dans le car ? La version audio dure {m} minutes"],
        "es": ["▶ La noticia del valle, leída por nuestra locutora ({m} min)", "¿Mejor escucharla en el autobús? La versión en audio dura {m} minutos"],
        "ru": ["▶ Новость долины читает наш диктор ({m} мин)", "Послушаете новость долины в маршрутке? Аудиоверсия идёт {m} минуты"],
    },
    "app": {
        "en": ["Download the {site} app for valley alerts, traffic and the daily edition", "Carry on reading this in the valley app ›"],
        "tr": ["Vadi uyarıları, trafik ve günlük baskı için {site} uygulamasını indirin", "Bu haberi vadi uygulamasında okumaya devam edin ›"],
        "de": ["Laden Sie die App von {site} für Talmeldungen, Verkehr und die Tagesausgabe", "In der Tal-App weiterlesen ›"],
        "fr": ["Téléchargez l'appli {site} pour les alertes de la vallée, le trafic et l'édition du jour", "Continuer la lecture dans l'appli de la vallée ›"],
        "es": ["Descarga la app de {site} para avisos del valle, tráfico y la edición del día", "Sigue leyendo en la app del valle ›"],
        "ru": ["Скачайте приложение «{site}»: оповещения долины, пробки и ежедневный выпуск", "Дочитать в приложении долины ›"],
    },
    "bio": {
        "en": ["{by} covers {section} across the valley for {site} and grew up two streets from the river.", "More valley stories by {by} ›"],
        "tr": ["{by}, {site} için vadinin {section} haberlerini yazıyor; dereye iki sokak mesafede büyüdü.", "{by} imzalı diğer vadi haberleri ›"],
        "de": ["{by} berichtet für {site} im ganzen Tal über {section} und ist zwei Straßen vom Fluss entfernt aufgewachsen.", "Weitere Talgeschichten von {by} ›"],
        "fr": ["{by} couvre la rubrique {section} dans toute la vallée pour {site} et a grandi à deux rues de la rivière.", "D'autres articles de la vallée signés {by} ›"],
        "es": ["{by} cubre {section} en todo el valle para {site} y creció a dos calles del río.", "Más noticias del valle firmadas por {by} ›"],
        "ru": ["{by} пишет для «{site}» о теме «{section}» по всей долине и вырос в двух кварталах от реки.", "Другие новости долины от автора {by} ›"],
    },
    "tip": {
        "en": ["Seen something the valley should know about? Tell us at tips@valley-desk.example", "WhatsApp the newsroom on 07700 900 412"],
        "tr": ["Vadinin bilmesi gereken bir şey mi gördünüz? ihbar@vadi-masasi.example adresine yazın", "Haber merkezine WhatsApp'tan yazın: 0 (532) 900 41 20"],
        "de": ["Etwas gesehen, das das Tal wissen sollte? Schreiben Sie an tipp@tal-redaktion.example", "WhatsApp an die Redaktion: 0151 900 41 20"],
        "fr": ["Vous avez vu quelque chose que la vallée devrait savoir ? Écrivez à infos@redaction-vallee.example", "Écrivez à la rédaction sur WhatsApp au 06 00 90 41 20"],
        "es": ["¿Has visto algo que el valle debería saber? Escríbenos a avisos@redaccion-valle.example", "Escribe a la redacción por WhatsApp al 600 900 412"],
        "ru": ["Видели то, о чём стоит знать всей долине? Пишите на tip@redakciya-doliny.example", "Пишите в редакцию в WhatsApp: +7 900 000-41-20"],
    },
    "typo": {
        "en": ["Spotted a mistake in this valley story? Select the words and press Ctrl+Enter to tell us"],
        "tr": ["Bu vadi haberinde hata mı gördünüz? Kelimeleri seçip Ctrl+Enter ile bize bildirin"],
        "de": ["Einen Fehler in dieser Talgeschichte entdeckt? Wörter markieren und mit Strg+Enter melden"],
        "fr": ["Une erreur dans cet article de la vallée ? Sélectionnez les mots et signalez-la avec Ctrl+Entrée"],
        "es": ["¿Has visto un error en esta noticia del valle? Selecciona las palabras y avísanos con Ctrl+Intro"],
        "ru": ["Заметили ошибку в этой новости долины? Выделите слова и сообщите нам через Ctrl+Enter"],
    },
    "push": {
        "en": ["Turn on {site} alerts for floods, closures and breaking valley news? Yes, alert me about the valley · Not now, thanks"],
        "tr": ["Sel, kapanan yollar ve son dakika vadi haberleri için {site} uyarıları açılsın mı? Evet, vadiden haber ver · Şimdi değil, sağ olun"],
        "de": ["Meldungen von {site} zu Hochwasser, Sperrungen und Eilmeldungen aus dem Tal einschalten? Ja, Talmeldungen an · Jetzt nicht, danke"],
        "fr": ["Activer les alertes de {site} pour les crues, les fermetures et l'info urgente de la vallée ? Oui, prévenez-moi pour la vallée · Pas maintenant, merci"],
        "es": ["¿Activar los avisos de {site} sobre riadas, cortes y última hora del valle? Sí, avísame del valle · Ahora no, gracias"],
        "ru": ["Включить оповещения «{site}» о паводках, перекрытиях и срочных новостях долины? Да, сообщайте о долине · Не сейчас, спасибо"],
    },
    "print": {
        "en": ["Tools: Print · Download PDF · Email this article", "Printer-friendly valley edition of this page"],
        "tr": ["Araçlar: Yazdır · PDF indir · Bu haberi e-postayla gönder", "Bu sayfanın yazıcı dostu vadi sürümü"],
        "de": ["Werkzeuge: Drucken · PDF herunterladen · Artikel mailen", "Druckfreundliche Talausgabe dieser Seite"],
        "fr": ["Outils : Imprimer · Télécharger le PDF · Envoyer l'article", "Version de la vallée adaptée à l'impression"],
        "es": ["Herramientas: Imprimir · Descargar PDF · Enviar la noticia", "Versión del valle de esta página para imprimir"],
        "ru": ["Инструменты: Печать · Скачать PDF · Отправить материал", "Версия этой страницы долины для принтера"],
    },
    "feedback": {
        "en": ["Was this valley story useful? Very · A bit · Not really"],
        "tr": ["Bu vadi haberi işinize yaradı mı? Çok · Biraz · Pek değil"],
        "de": ["War diese Talgeschichte nützlich? Sehr · Ein bisschen · Eher nicht"],
        "fr": ["Cet article de la vallée vous a-t-il été utile ? Très · Un peu · Pas vraiment"],
        "es": ["¿Te ha servido esta noticia del valle? Mucho · Un poco · No mucho"],
        "ru": ["Была ли полезна эта новость долины? Очень · Немного · Не очень"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code and keeps a public log of its valley corrections. Concerns about accuracy? Email standards@valley-desk.example."],
        "tr": ["{site}, basın meslek ilkelerine bağlıdır ve vadi düzeltmelerini herkese açık bir listede tutar. Doğrulukla ilgili bir kaygınız mı var? standart@vadi-masasi.example adresine yazın."],
        "de": ["{site} folgt dem Pressekodex und führt eine öffentliche Liste seiner Korrekturen aus dem Tal. Zweifel an der Richtigkeit? Schreiben Sie an standards@tal-redaktion.example."],
        "fr": ["{site} applique la charte des journalistes et tient un registre public de ses rectificatifs sur la vallée. Un doute sur l'exactitude ? Écrivez à deontologie@redaction-vallee.example."],
        "es": ["{site} se atiene al código deontológico y publica una lista abierta de sus rectificaciones sobre el valle. ¿Dudas sobre la exactitud? Escribe a rigor@redaccion-valle.example."],
        "ru": ["«{site}» соблюдает кодекс этики журналиста и ведёт открытый список исправлений по долине. Сомневаетесь в точности? Пишите на etika@redakciya-doliny.example."],
    },
    "topics": {
        "en": ["Tagged: {section} · the valley · getting around", "Follow {section} in the valley for updates ›"],
        "tr": ["Etiketler: {section} · vadi · ulaşım", "Güncellemeler için vadide {section} konusunu takip edin ›"],
        "de": ["Schlagworte: {section} · das Tal · unterwegs", "Dem Thema {section} im Tal folgen ›"],
        "fr": ["Mots-clés : {section} · la vallée · se déplacer", "Suivre le thème {section} dans la vallée ›"],
        "es": ["Etiquetas: {section} · el valle · moverse", "Sigue el tema {section} del valle para novedades ›"],
        "ru": ["Теги: {section} · долина · транспорт", "Следить за темой «{section}» в долине ›"],
    },
    "bookmark": {
        "en": ["🔖 Save to read later in My Valley"],
        "tr": ["🔖 Vadim'e kaydet, sonra oku"],
        "de": ["🔖 In „Mein Tal“ für später speichern"],
        "fr": ["🔖 Enregistrer dans Ma Vallée pour plus tard"],
        "es": ["🔖 Guardar en Mi Valle para leer después"],
        "ru": ["🔖 Сохранить в «Мою долину», прочитать позже"],
    },
    "poll": {
        "en": ["Quick poll: has this made a difference where you live? Yes · No · Too early to tell", "The valley's totals show after you vote"],
        "tr": ["Hızlı anket: bu, yaşadığınız yerde bir fark yarattı mı? Evet · Hayır · Söylemek için erken", "Vadinin toplamları oyunuzdan sonra çıkar"],
        "de": ["Kurzumfrage: Hat das bei Ihnen vor Ort etwas verändert? Ja · Nein · Noch zu früh", "Die Zahlen aus dem Tal sehen Sie nach Ihrer Stimme"],
        "fr": ["Sondage express : cela a-t-il changé quelque chose chez vous ? Oui · Non · Trop tôt pour le dire", "Les chiffres de la vallée apparaissent après votre vote"],
        "es": ["Encuesta rápida: ¿ha cambiado algo donde vives? Sí · No · Es pronto para saberlo", "Las cifras del valle salen después de votar"],
        "ru": ["Быстрый опрос: изменилось ли что-то там, где вы живёте? Да · Нет · Пока рано судить", "Итоги по долине покажем после вашего голоса"],
    },
    "embed": {
        "en": ["This post by {handle} lives on Instagram: tap to open it", "{handle} caught it on camera: play the valley clip on YouTube"],
        "tr": ["{handle} hesabının bu gönderisi Instagram'da: açmak için dokunun", "{handle} çekti: klibi YouTube'da oynatın"],
        "de": ["Dieser Beitrag von {handle} ist auf Instagram: zum Öffnen tippen", "{handle} hatte die Kamera dabei: den Talclip auf YouTube abspielen"],
        "fr": ["Cette publication de {handle} est sur Instagram : touchez pour l'ouvrir", "{handle} a filmé la scène : lancer l'extrait sur YouTube"],
        "es": ["Esta publicación de {handle} está en Instagram: toca para abrirla", "{handle} lo grabó: reproduce el clip en YouTube"],
        "ru": ["Эта публикация {handle} в Instagram: нажмите, чтобы открыть", "{handle} снял это на видео: запустить ролик на YouTube"],
    },
    "gallery": {
        "en": ["🖼 {g} pictures: open the gallery", "More photos from the day ({g}) ›"],
        "tr": ["🖼 {g} kare: galeriyi açın", "Günün diğer fotoğrafları ({g}) ›"],
        "de": ["🖼 {g} Bilder: zur Galerie", "Weitere Fotos vom Tag ({g}) ›"],
        "fr": ["🖼 {g} images : ouvrir la galerie", "D'autres photos de la journée ({g}) ›"],
        "es": ["🖼 {g} imágenes: abre la galería", "Más fotos de la jornada ({g}) ›"],
        "ru": ["🖼 {g} снимков: открыть галерею", "Ещё фото этого дня ({g}) ›"],
    },
    "map": {
        "en": ["Tap to enlarge the map", "Get there: Google Maps · Apple Maps · What3words"],
        "tr": ["Haritayı büyütmek için dokunun", "Nasıl gidilir: Google Haritalar · Apple Haritalar · Moovit"],
        "de": ["Zum Vergrößern der Karte tippen", "Anfahrt: Google Maps · Apple Karten · DB Navigator"],
        "fr": ["Touchez pour agrandir la carte", "S'y rendre : Google Maps · Plans · Citymapper"],
        "es": ["Toca para ampliar el mapa", "Cómo ir: Google Maps · Apple Mapas · Moovit"],
        "ru": ["Нажмите, чтобы увеличить карту", "Как добраться: Яндекс Карты · 2ГИС · Яндекс Метро"],
    },
    "calendar": {
        "en": ["Put it in your diary: Google Calendar · Outlook · Apple Calendar · .ics file", "Remind me the day before ›"],
        "tr": ["Ajandanıza yazın: Google Takvim · Outlook · Apple Takvim · .ics dosyası", "Bir gün önce bana hatırlat ›"],
        "de": ["Ab in den Kalender: Google Kalender · Outlook · Apple Kalender · .ics-Datei", "Einen Tag vorher erinnern ›"],
        "fr": ["Dans votre agenda : Google Agenda · Outlook · Calendrier Apple · fichier .ics", "Me le rappeler la veille ›"],
        "es": ["Apúntalo en tu agenda: Google Calendar · Outlook · Calendario de Apple · archivo .ics", "Recuérdamelo el día antes ›"],
        "ru": ["Внесите в календарь: Google Календарь · Outlook · Календарь Apple · файл .ics", "Напомнить за день ›"],
    },
    "scores": {
        "en": ["Full county results and standings ›", "Scores: Live · Results · Standings · Fixtures"],
        "tr": ["İl genelindeki tüm sonuçlar ve puan durumu ›", "Skorlar: Canlı · Sonuçlar · Puan durumu · Fikstür"],
        "de": ["Alle Ergebnisse und Tabellen aus dem Kreis ›", "Spielstände: Live · Ergebnisse · Tabellen · Spielpläne"],
        "fr": ["Tous les résultats et classements du département ›", "Scores : Direct · Résultats · Classements · Calendrier"],
        "es": ["Todos los resultados y clasificaciones de la provincia ›", "Marcadores: Directo · Resultados · Clasificaciones · Calendario"],
        "ru": ["Все результаты и таблицы области ›", "Счёт: Онлайн · Результаты · Таблицы · Календарь"],
    },
    "correction": {
        "en": ["This article has been amended."],
        "tr": ["Bu haber düzeltilmiştir."],
        "de": ["Dieser Artikel wurde berichtigt."],
        "fr": ["Cet article a été rectifié."],
        "es": ["Esta noticia ha sido rectificada."],
        "ru": ["В материал внесены исправления."],
    },
    # the three families new in this part
    "litterpicks": {
        "en": ["Next litter picks near you", "Clean-ups coming up: where to meet", "Borrow a litter-picking kit from your library ›", "Sign up to volunteer at the next clean-up"],
        "tr": ["Yakınınızdaki çöp toplama etkinlikleri", "Yaklaşan temizlikler: buluşma noktaları", "Kütüphaneden temizlik seti ödünç alın ›", "Bir sonraki temizliğe gönüllü olarak kaydolun"],
        "de": ["Die nächsten Müllsammelaktionen in Ihrer Nähe", "Kommende Aufräumaktionen: Treffpunkte", "Greifzange und Säcke in der Bücherei ausleihen ›", "Jetzt für die nächste Sammelaktion anmelden"],
        "fr": ["Les prochains ramassages de déchets près de chez vous", "Nettoyages à venir : points de rendez-vous", "Emprunter un kit de ramassage à la médiathèque ›", "S'inscrire comme bénévole au prochain nettoyage"],
        "es": ["Próximas recogidas de basura cerca de ti", "Limpiezas en camino: puntos de encuentro", "Pide prestado un kit de limpieza en la biblioteca ›", "Apúntate como voluntario a la próxima limpieza"],
        "ru": ["Ближайшие субботники рядом с вами", "Предстоящие уборки: места сбора", "Взять набор для уборки в библиотеке ›", "Записаться волонтёром на следующий субботник"],
    },
    "farecalc": {
        "en": ["Work out your fare", "Ticket prices from February", "Check your fare with the journey calculator ›", "Which ticket is right for you?"],
        "tr": ["Bilet ücretinizi hesaplayın", "Mart ayından itibaren bilet fiyatları", "Yolculuk hesaplayıcısıyla ücretinizi öğrenin ›", "Size hangi bilet uygun?"],
        "de": ["Fahrpreis berechnen", "Fahrpreise ab Januar", "Mit dem Fahrpreisrechner Ihren Preis prüfen ›", "Welcher Fahrschein passt zu Ihnen?"],
        "fr": ["Calculez le prix de votre trajet", "Tarifs à partir de janvier", "Vérifier votre tarif avec le calculateur d'itinéraire ›", "Quel titre de transport vous convient ?"],
        "es": ["Calcula tu tarifa", "Precios de los billetes desde julio", "Consulta tu tarifa con la calculadora de viajes ›", "¿Qué billete te conviene?"],
        "ru": ["Рассчитайте стоимость поездки", "Тарифы на проезд с января", "Проверить тариф в калькуляторе поездок ›", "Какой билет вам подходит?"],
    },
    "uvindex": {
        "en": ["UV index today, hour by hour", "Sun risk today", "Sun cream advice: SPF 30 or higher, reapply every two hours and after swimming", "UV readings and forecast"],
        "tr": ["Bugünkü UV indeksi, saat saat", "Bugünkü güneş riski", "Güneş kremi önerisi: en az SPF 30, iki saatte bir ve yüzdükten sonra yenileyin", "UV ölçümleri ve tahmini"],
        "de": ["UV-Index heute, Stunde für Stunde", "Sonnenrisiko heute", "Sonnencreme-Tipp: mindestens LSF 30, alle zwei Stunden und nach dem Baden nachcremen", "UV-Messwerte und Vorhersage"],
        "fr": ["Indice UV du jour, heure par heure", "Risque solaire aujourd'hui", "Conseil crème solaire : indice 30 ou plus, à renouveler toutes les deux heures et après la baignade", "Mesures et prévisions UV"],
        "es": ["Índice UV de hoy, hora a hora", "Riesgo solar de hoy", "Consejo de protector solar: factor 30 o más, renuévalo cada dos horas y después del baño", "Mediciones y previsión UV"],
        "ru": ["УФ-индекс сегодня по часам", "Солнечный риск сегодня", "Совет по солнцезащитному крему: SPF не ниже 30, обновляйте каждые два часа и после купания", "Измерения и прогноз УФ-индекса"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES)
NEW_STYLE_WORDING = {"litterpicks": [0, 1, 2, 3], "farecalc": [0, 1, 2, 3], "uvindex": [0, 1, 2, 3]}
# the next clean-ups: date, place, meeting point, time
LITTER_EVENTS = {
    "en": [("Sat 9 May", "Sowerby Lock towpath", "the lock-keeper's cottage", "10am–12.30pm"),
           ("Sun 17 May", "Marram Bay dunes", "the lifeboat station slipway", "9.30am–11.30am"),
           ("Sat 23 May", "Hollins Cross park", "the bandstand", "10am–1pm")],
    "tr": [("5 Temmuz Pazar", "Çamlık Koyu", "koy otoparkı", "09.00–12.00"), ("19 Temmuz Pazar", "Değirmen Deresi yatağı", "eski un değirmeni önü", "08.30–11.00"),
           ("2 Ağustos Pazar", "Kumsal Koyu", "cankurtaran kulesi yanı", "09.00–12.00")],
    "de": [("Sa., 26. Sept.", "Lahnufer bei Hachenfeld", "am Bootsanleger", "10–13 Uhr"), ("Sa., 10. Okt.", "Stadtwald Kellinghausen", "Parkplatz Forsthaus", "9.30–12 Uhr"),
           ("Sa., 24. Okt.", "Güterbahnhof-Gelände", "vor dem Gleisgrün-Garten", "10–12 Uhr")],
    "fr": [("samedi 20 juin 2026", "berges de la Sioule", "parking du moulin", "9 h–12 h"), ("dimanche 5 juillet 2026", "plage du lac de Montclar", "devant la buvette", "8 h 30–10 h 30"),
           ("samedi 18 juillet 2026", "faubourg Saint-Rémi", "cabine de la rue des Tanneurs", "10 h–12 h")],
    "es": [("sábado 13 de junio de 2026", "ribera del Tormes chico", "puente de hierro", "9.00–12.00"), ("domingo 28 de junio de 2026", "paraje de La Alameda", "fuente de los Caños", "8.30–11.00"),
           ("sábado 11 de julio de 2026", "cañada real", "ermita de San Roque", "9.00–11.30")],
    "ru": [("16 мая, суббота", "территория у кладбища и памятника", "у сельского клуба", "с 9 до 13 часов"), ("6 июня, суббота", "берег пруда у моста", "у остановки «Мост»", "с 10 до 13 часов"),
           ("20 июня, суббота", "опушка за старой фермой", "у ворот фермы Гусева", "с 9 до 12 часов")],
}
# fares: ticket, adult, under-19 or reduced
FARE_TABLE = {
    "en": [("Single, any distance", "£2.00", "£1.00"), ("Valley day rider", "£4.80", "£2.40"), ("Seven-day rider", "£17.00", "£8.50"), ("Evening saver after 7pm", "£2.50", "£1.20")],
    "tr": [("Tam bilet", "26 TL", "13 TL"), ("Aktarma (45 dakika içinde)", "5 TL", "2,50 TL"), ("Aylık abonman", "820 TL", "410 TL")],
    "de": [("Kurzstrecke Hachenfeld", "1,90 €", "1,10 €"), ("Einzelfahrt Preisstufe 2", "3,70 €", "2,20 €"), ("Vierfahrtenkarte Preisstufe 1", "9,40 €", "5,60 €")],
    "fr": [("Ticket unité réseau Vallée", "1,60 €", "0,80 €"), ("Carnet de dix voyages", "13,50 €", "6,70 €"), ("Pass mensuel vallée", "38 € le mois", "19 € le mois")],
    "es": [("Billete sencillo urbano", "1,00 €", "gratis (menores de 14)"), ("Bonobús diez viajes", "7,00 €", "0,30 € por viaje (tarjeta dorada)"), ("Transbordo durante la primera hora", "incluido en el billete", "incluido en la tarjeta dorada")],
    "ru": [("Разовая поездка по городу", "38 ₽", "19 ₽"), ("Проездной на 30 дней", "1 650 ₽", "820 ₽"), ("Пригородный маршрут до Затона", "64 ₽", "32 ₽")],
}
# the ticket types as a definition list: ticket, what it covers
TICKET_TYPES = {
    "en": [("Valley single", "one journey on any operator's bus"), ("Valley day rider", "unlimited travel until the last bus"), ("Youth card", "half fare for under-19s, photo needed")],
    "tr": [("Kent kart tam", "bütün belediye otobüslerinde tek biniş"), ("Öğrenci kart", "vize edilmiş öğrenci belgesiyle yarı fiyat"), ("Altın kart", "65 yaş üstü için ücretsiz biniş")],
    "de": [("Einzelfahrschein", "eine Fahrt in eine Richtung, Umsteigen erlaubt"), ("Tageskarte", "beliebig viele Fahrten bis Betriebsschluss"), ("Seniorenticket", "für Fahrgäste ab 65 im ganzen Verbund")],
    "fr": [("Ticket unité", "un trajet d'une heure, correspondances comprises"), ("Pass jeune", "pour les moins de 26 ans, tarif réduit de moitié"), ("Pass senior", "à partir de 65 ans, sur justificatif")],
    "es": [("Billete sencillo", "un viaje con transbordo gratis durante una hora"), ("Bono de diez viajes", "recargable en la tarjeta de transporte"), ("Tarjeta dorada", "mayores de 65 años y personas con discapacidad")],
    "ru": [("Разовый билет", "одна поездка без пересадки"), ("Проездной «Месяц»", "без ограничения поездок 30 дней"), ("Социальная карта", "для пенсионеров и школьников, по паспорту или справке")],
}
# the UV index by hour: hour, index and band
UV_HOURS = {
    "en": [("from 9am", "3 – moderate, hat advised"), ("from 11am", "6 – high, seek shade"), ("from 1pm", "8 – very high, cover up"), ("from 3pm", "6 – high, seek shade"), ("from 5pm", "2 – low, little protection needed")],
    "tr": [("09.00'dan itibaren", "3 – orta, şapka önerilir"), ("12.00'den itibaren", "8 – çok yüksek, gölgede kalın"), ("15.00'ten itibaren", "6 – yüksek, kendinizi koruyun"), ("18.00'den itibaren", "2 – düşük, korunma az gerekli")],
    "de": [("ab 10 Uhr", "4 – mittel, Kopfbedeckung empfohlen"), ("ab 13 Uhr", "7 – hoch, mittags Schatten suchen"), ("ab 16 Uhr", "5 – mittel bis hoch, eincremen"), ("ab 18 Uhr", "2 – niedrig, kaum Schutz nötig")],
    "fr": [("à partir de 10 h", "4 – modéré, chapeau conseillé"), ("à partir de 13 h", "8 – très élevé, restez à l'ombre"), ("à partir de 16 h", "6 – élevé, couvrez-vous"), ("à partir de 19 h", "1 – faible, protection inutile")],
    "es": [("desde las 10.00", "5 – moderado, gorra recomendada"), ("desde las 13.00", "9 – muy alto, evita el sol"), ("desde las 16.00", "7 – alto, busca la sombra"), ("desde las 19.00", "2 – bajo, apenas hace falta protección")],
    "ru": [("с 10 часов", "3 – умеренный, нужен головной убор"), ("с 13 часов", "7 – высокий, держитесь в тени"), ("с 16 часов", "5 – умеренный, используйте крем"), ("с 19 часов", "1 – низкий, защита не нужна")],
}
# the risk band panel: today's band and what it means
UV_BAND = {
    "en": [("Peak today", "8 (very high) between 12 and 2pm")], "tr": [("Bugünkü zirve", "13.00 civarında 8 (çok yüksek)")],
    "de": [("Höchstwert heute", "7 (hoch) zwischen 12 und 15 Uhr")], "fr": [("Pic du jour", "8 (très élevé) entre 12 h et 15 h")],
    "es": [("Máximo de hoy", "9 (muy alto) entre las 12 y las 16 h")], "ru": [("Пик сегодня", "7 (высокий) с 12 до 15 часов")],
}
# the data-source credit: label, value
UV_SOURCE = {
    "en": [("UV data", "Calder Valley weather station, Sowerby"), ("Forecast updated", "every hour from 6am")],
    "tr": [("UV verisi", "Karaçam meteoroloji istasyonu"), ("Tahmin güncellemesi", "sabah 6'dan itibaren saatte bir")],
    "de": [("UV-Daten", "Messstation Lindenau-Süd des Wetterdienstes"), ("Vorhersage aktualisiert", "stündlich ab 6 Uhr")],
    "fr": [("Données UV", "station météo de Montclar-les-Lacs"), ("Prévision actualisée", "toutes les heures à partir de 6 h")],
    "es": [("Datos UV", "estación meteorológica de Almenara, red autonómica"), ("Previsión actualizada", "cada hora desde las 6.00")],
    "ru": [("Данные УФ", "метеостанция Верхняя Ольшанка"), ("Прогноз обновляется", "каждый час с 6:00")],
}
WIDGET_ROWS = (("litter events", LITTER_EVENTS), ("fare table", FARE_TABLE), ("ticket types", TICKET_TYPES),
               ("uv hours", UV_HOURS), ("uv band", UV_BAND), ("uv source", UV_SOURCE))

# headlines of the linked stories (related lists, sidebars, "up next" cards, "more from this section")
HEADLINES = {
    "en": ["Footbridge at Millbank to close for six weeks of repairs", "Former dye works chimney to stay as part of 120-home plan",
           "Rugby club's new floodlights switched on by oldest member", "Speed cameras go up on the Hollins Cross bypass",
           "Greengrocer of 52 years hands the keys to his apprentice", "Escaped alpacas rounded up on the canal towpath"],
    "tr": ["Değirmen Deresi üzerindeki yaya köprüsü altı hafta kapalı", "Eski boyahanenin bacası 120 konutluk projede korunacak",
           "Amatör kümenin yeni ışıklarını kulübün en yaşlı üyesi yaktı", "Çevre yoluna hız kameraları takıldı",
           "52 yıllık manav dükkânının anahtarını çırağına verdi", "Kaçan alpakalar kanal kıyısında toplandı"],
    "de": ["Fußgängerbrücke am Mühlgraben sechs Wochen gesperrt", "Schornstein der alten Färberei bleibt im Neubaugebiet stehen",
           "Ältestes Mitglied schaltet neues Flutlicht beim Rugbyclub ein", "Blitzer an der Umgehungsstraße Hachenfeld aufgestellt",
           "Gemüsehändler übergibt nach 52 Jahren an seinen Lehrling", "Ausgebüxte Alpakas am Kanalweg eingefangen"],
    "fr": ["La passerelle du Moulin fermée six semaines pour travaux", "La cheminée de l'ancienne teinturerie conservée dans le nouveau quartier",
           "Le doyen du club de rugby allume les nouveaux projecteurs", "Des radars installés sur la rocade de Montclar",
           "Après 52 ans, le primeur transmet sa boutique à son apprenti", "Des alpagas échappés rattrapés sur le chemin de halage"],
    "es": ["La pasarela del Molino cerrará seis semanas por obras", "La chimenea de la antigua tintorería se conservará en el nuevo barrio",
           "El socio más veterano enciende los nuevos focos del club de rugby", "Instalan radares en la variante de Almenara",
           "El frutero de la plaza deja la tienda a su aprendiz tras 52 años", "Atrapan en el camino del canal a unas alpacas escapadas"],
    "ru": ["Пешеходный мост у мельницы закроют на ремонт на шесть недель", "Трубу старой красильни сохранят в новом квартале",
           "Старейший член регбийного клуба включил новые прожекторы", "На объездной дороге установили камеры скорости",
           "Зеленщик после 52 лет работы передал лавку ученику", "Сбежавших альпак поймали на берегу канала"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["fr"]
TEASERS = {
    "fr": ["Les piétons devront faire un détour de huit cents mètres par le pont routier.",
           "Le promoteur veut en faire le repère du futur parc.",
           "Le terrain pourra enfin accueillir des matchs le vendredi soir.",
           "Les deux appareils flashent dans les deux sens de circulation.",
           "Le jeune homme travaille dans la boutique depuis ses seize ans.",
           "Leur propriétaire les a reconnus grâce à une photo publiée par un promeneur."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["News from every corner of the valley", "Council chambers and polling stations", "Police, courts and the coroner", "School gates and playing fields", "Valley sport: results and reports", "Valley days out and walks", "Family notices and tributes"],
               cookie="We use cookies and similar technologies, with our advertising partners, to keep the site secure, understand how it is used and show adverts that help fund our reporting. Select Accept to agree or Options to choose.",
               accept="OK, carry on to the article", reject="Options", share="Share this valley story",
               related="Readers in the valley also read", newsletter="Valley Evening: the day's local news at 6pm, Monday to Friday",
               subscribe="Sign me up for Valley Evening", email="name@valley-evening.example",
               comment_note="We read every comment before it goes up. Be kind, stay on topic and remember real neighbours read this.",
               closed="Comments are switched off on this valley story.",
               footer=["Write to the valley newsroom", "Put something right: corrections and complaints", "Your data and the valley titles", "Advertise with our valley titles", "Community guidelines"],
               rights="All content on this site is the property of its publisher. Please do not copy it without asking.",
               commenters=[("TowpathTerry", "Great work by everyone involved, long may it continue."),
                           ("Bev from Fenby", "Shame it took this long, but well done.")]),
    "tr": dict(nav=["Bugün vadiden haberler", "Belediyeler ve seçimler", "Asayiş, mahkeme ve adliye koridoru", "Okullar ve gençler", "Vadide spor", "Vadide gezi rehberi", "Duyurular ve anmalar"],
               cookie="Siteyi güvende tutmak, nasıl kullanıldığını anlamak ve habercilimizi finanse eden reklamları göstermek için reklam ortaklarımızla birlikte çerezler ve benzeri teknolojiler kullanıyoruz. Onaylamak için Kabul et'i, seçim yapmak için Seçenekler'i seçin.",
               accept="Tamam, habere devam", reject="Seçenekler", share="Bu vadi haberini paylaşın",
               related="Vadideki okurlar bunları da okudu", newsletter="Vadi Akşamı: günün yerel haberleri saat 18.00'de, hafta içi her gün",
               subscribe="Vadi Akşamı'na kaydolun", email="adiniz@vadi-aksami.example",
               comment_note="Vadi masasında her yorumu yayımlamadan önce okuyoruz. Nazik olun, konudan sapmayın ve bunları gerçek komşularınızın okuduğunu unutmayın.",
               closed="Bu vadi haberinde yorumlar kapalı.",
               footer=["Vadi haber merkezine ulaşın", "Bir hatayı düzeltin: düzeltme ve şikâyet yolu", "Verileriniz ve vadi gazeteleri", "Vadi yayınlarımızda reklam", "Topluluk kuralları"],
               rights="Bu sitedeki tüm içerik yayıncısının malıdır. Lütfen sormadan kopyalamayın.",
               commenters=[("Karacamli_Ahmet", "Emeği geçen herkesin eline sağlık, devamı gelsin."),
                           ("Nermin_Öğretmen", "Geç kalınmış ama yine de tebrikler.")]),
    "de": dict(nav=["Neues aus allen Ecken des Tals", "Gemeinderäte und Wahllokale", "Polizei, Gericht und Blaulicht", "Schultor und Sportplatz", "Talsport: Ergebnisse und Berichte", "Ausflüge im Tal", "Anzeigen und Nachrufe"],
               cookie="Wir nutzen mit unseren Werbepartnern Cookies und ähnliche Technologien, um die Seite sicher zu halten, ihre Nutzung zu verstehen und Werbung zu zeigen, die unsere Berichterstattung mitfinanziert. Wählen Sie Akzeptieren oder Optionen.",
               accept="Okay, weiter zum Text", reject="Optionen", share="Diese Talgeschichte teilen",
               related="Leser im Tal lasen auch", newsletter="Talabend: die Lokalnachrichten des Tages um 18 Uhr, montags bis freitags",
               subscribe="Talabend abonnieren", email="name@talabend.example",
               comment_note="Wir lesen jeden Kommentar, bevor er erscheint. Bleiben Sie freundlich und beim Thema, hier lesen echte Nachbarn mit.",
               closed="Die Kommentare zu dieser Talgeschichte sind ausgeschaltet.",
               footer=["Kontakt zur Talredaktion", "Etwas richtigstellen: Korrekturen und Beschwerden", "Ihre Daten und die Talausgaben", "Werben in unseren Talausgaben", "Regeln für die Community"],
               rights="Alle Inhalte dieser Seite sind Eigentum des Verlags. Bitte nicht ohne Rückfrage kopieren.",
               commenters=[("Uferweg_Uwe", "Starke Arbeit von allen Beteiligten, weiter so."),
                           ("Gisela aus Lindenau", "Hat lange gedauert, aber gut gemacht.")]),
    "fr": dict(nav=["La vallée aujourd'hui", "Communes et élections", "Gendarmerie, tribunal et faits divers", "Écoles et jeunesse", "Sport dans la vallée", "Sorties dans la vallée", "Avis et hommages"],
               cookie="Avec nos partenaires publicitaires, nous utilisons des cookies et technologies similaires pour sécuriser le site, comprendre son utilisation et afficher des publicités qui financent notre travail. Choisissez Accepter ou Options.",
               accept="D'accord, je continue vers l'article", reject="Options", share="Partager cet article de la vallée",
               related="Les lecteurs de la vallée ont aussi lu", newsletter="Le Soir de la vallée : l'info locale du jour à 18 h, du lundi au vendredi",
               subscribe="M'inscrire au Soir de la vallée", email="nom@soir-vallee.example",
               comment_note="À la rédaction de la vallée, nous lisons chaque commentaire avant publication. Restez aimable et dans le sujet : de vrais voisins vous lisent.",
               closed="Les commentaires sont désactivés sur cet article de la vallée.",
               footer=["Contacter la rédaction de la vallée", "Corriger une erreur : rectificatifs et réclamations", "Vos données et les titres de la vallée", "Annoncer dans nos titres de la vallée", "Charte de la communauté"],
               rights="Tous les contenus de ce site appartiennent à son éditeur. Merci de ne pas les copier sans demander.",
               commenters=[("Jeannot_du_Moulin", "Bravo à tous les participants, pourvu que ça dure."),
                           ("Odile de Vernières", "Il aura fallu le temps, mais bravo.")]),
    "es": dict(nav=["Hoy en el valle", "Ayuntamientos y elecciones", "Guardia Civil, juzgados y sucesos", "Colegios y jóvenes", "Deporte del valle", "Escapadas por el valle", "Avisos y esquelas"],
               cookie="Junto con nuestros socios publicitarios usamos cookies y tecnologías similares para mantener la web segura, entender cómo se usa y mostrar anuncios que financian nuestro periodismo. Elige Aceptar u Opciones.",
               accept="Vale, sigo hacia la noticia", reject="Opciones", share="Comparte esta noticia del valle",
               related="Los lectores del valle también leyeron", newsletter="La Tarde del Valle: las noticias locales del día a las 18 h, de lunes a viernes",
               subscribe="Apuntarme a La Tarde del Valle", email="nombre@tarde-del-valle.example",
               comment_note="En la redacción del valle leemos cada comentario antes de publicarlo. Sé amable, no te salgas del tema y recuerda que te leen vecinos de verdad.",
               closed="Los comentarios están desactivados en esta noticia del valle.",
               footer=["Contacta con la redacción del valle", "Corregir un error: rectificaciones y quejas", "Tus datos y las cabeceras del valle", "Anúnciate en nuestras cabeceras del valle", "Normas de la comunidad"],
               rights="Todo el contenido de esta web pertenece a su editor. Por favor, no lo copies sin preguntar.",
               commenters=[("Manolo_de_la_Ribera", "Enhorabuena a todos los que lo han hecho posible, que dure."),
                           ("Pili V.", "Ha costado, pero bien hecho.")]),
    "ru": dict(nav=["Долина сегодня", "Власть и выборы", "Полиция, суды и происшествия в долине", "Школы и молодёжь", "Спорт в долине", "Куда поехать в долине", "Объявления и некрологи"],
               cookie="Вместе с рекламными партнёрами мы используем cookie и похожие технологии, чтобы сайт был безопасным, чтобы понимать, как им пользуются, и показывать рекламу, которая оплачивает нашу работу. Нажмите «Хорошо» или «Настроить cookie самому».",
               accept="Хорошо, перейти к материалу", reject="Настроить cookie самому", share="Поделиться новостью долины",
               related="Читатели долины также прочли", newsletter="«Вечер в долине»: местные новости дня в 18:00, с понедельника по пятницу",
               subscribe="Подписаться на «Вечер в долине»", email="imya@vecher-v-doline.example",
               comment_note="Комментарии модерируются. Будьте вежливы, пишите по теме и помните, что вас читают настоящие соседи.",
               closed="Комментарии к этой новости долины отключены.",
               footer=["Связаться с редакцией долины", "Исправить ошибку: исправления и жалобы", "Ваши данные и издания долины", "Реклама в наших изданиях долины", "Правила сообщества"],
               rights="Все материалы сайта принадлежат издателю. Пожалуйста, не копируйте их без спроса.",
               commenters=[("olshanka_sergei", "Молодцы все, кто участвовал, так держать."),
                           ("Нина Петровна К.", "Долго ждали, но спасибо.")]),
}
UI70 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "MORE FROM THE VALLEY DESK:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"en": "{name} writes about {section} and the people of the coast for {site}. Story ideas to features@marram-coast.example"},
    (mp4, "READMORE"): {"en": "ALSO FROM BRACKENFIELD:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="More from the Ashbury Echo")},
    (mp6, "TYPO3"): {"es": dict(ext="Vídeo: cómo usar la tarjeta de transporte (YouTube)",
                                note="Aquí se inserta un vídeo municipal sobre la nueva tarjeta de transporte. Solo se carga desde YouTube si lo aceptas, y entonces YouTube recibirá datos de tu visita.",
                                button="Aceptar y ver el vídeo de la tarjeta", by="Nota de", search="Buscar en valdeolmos.example",
                                lang_menu="Valdeolmos en lectura fácil")},
    (mp7, "SANITY"): {"es": dict(nl_title="Almenara a las ocho", nl_text="Cada mañana, lo que pasa en los colegios, los barrios y el Ayuntamiento de Almenara, en un solo correo.",
                                 nl_button="Recibir Almenara a las ocho", nl_placeholder="Tu correo para Almenara a las ocho")},
    (mp11, "HUGO"): {"de": dict(nl_title="Lindenauer Wochenpost", nl_text="Jeden Freitag: Vereine, Schwimmbad, Stadtrat und Termine aus Lindenau in einer Mail.",
                                nl_label="Ihre E-Mail für die Lindenauer Wochenpost", nl_button="Wochenpost bestellen")},
    (mp13, "PUB_NAV"): {"fr": ["Nouveau au faubourg", "Voisins et voisines", "Jardins et balcons", "Soutenir les Carnets du faubourg"]},
    (mp13, "TEASERS"): {"fr": TEASERS["fr"]},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Официальный сайт жителей села Верхняя Ольшанка",
                                menu=["Главная Верхней Ольшанки", "Новости Верхней Ольшанки", "Субботники и благоустройство", "История Ольшанки",
                                      "Фото Ольшанки", "Написать администратору сайта Ольшанки"],
                                cats=["Новости Верхней Ольшанки", "Субботники и благоустройство", "Объявления Ольшанского сельсовета"],
                                friends=["Ольшанская средняя школа", "Ольшанский сельский клуб «Родничок»", "Районное лесничество"],
                                footer="Село Верхняя Ольшанка © 2026 · сайт ведут жители села бесплатно",
                                poster="olshanka_admin", tags=["весенний субботник 2026", "пруд у моста"],
                                commenters=[("Людмила_Ольшанка", "Спасибо всем! Пруд прямо ожил."),
                                            ("Витя из города", "В мае тоже приедем с детьми, запишите нас.")],
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
# the new layout: a regional daily's web edition on Pugpig Bolt, as Bolt's web reader serves an article page to an
# anonymous reader: the head with the Bolt web bundle and the publication's theme css, the app-store metas
# (apple-itunes-app, google-play-app) and the web manifest, the og: / article: metas, the JSON-LD NewsArticle, the
# Sourcepoint stub (__tcfapi queue), its _sp_ config and the unified wrapper script; the header (menu button, logo,
# "Subscribe" / "Sign in" buttons) and the section navigation (nav.pp-nav, li.pp-nav__item); the edition navigation
# (back to the day's edition, its date, previous / next story, the story's place in the edition); the article
# template: the section label, h1.pp-article__headline, the standfirst in p.pp-article__standfirst (the story's
# "sub", not in the truth), the byline with the author link, the date and the reading time, the hero image with its
# caption and credit, the toolbar (Save, Share, Text size), the body in div.pp-article__body as Bolt's article
# editor renders it (p, h2, strong / em, the highlight span, blockquote, ul / ol, <br>, a table in figure.pp-table,
# the embedded image with caption and credit after the first paragraph and an inline "related article" card further
# down -- this layout's own residue in the container), the tags; after the article the metered registration prompt
# (the paywall as Bolt shows it to a reader under the limit: free articles left, "Register", "Sign in", the
# subscription offer), the storyline timeline of the story's earlier instalments, the "Up next" cards; the sidebar
# (an ad slot, "Most read", the app promotion); the footer (the publication's links, "Privacy settings" opening
# Sourcepoint's privacy manager, copyright, "Powered by Pugpig Bolt") and Sourcepoint's message container with its
# iframe, then Bolt's JS
# --------------------------------------------------------------------------
# Pugpig Bolt's web reader strings, per language (not checked)
PG_CORE = {
    "en": dict(menu="Menu", subscribe="Subscribe", signin="Sign in", sections="Sections", back="Back to today's edition",
               prev="Previous story", next="Next story", position="Story {i} of {n}", by="By", read="{m} min read",
               save="Save", share="Share", textsize="Text size", tags="Tags", upnext="Up next", storyline="Timeline",
               mostread="Most read", advert="Advertisement", privacy="Privacy settings", register="Register for free",
               have_account="Already have an account?", powered="Powered by Pugpig Bolt", read_more="Read more",
               edition="Edition", home="Home",
               days=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]),
    "de": dict(menu="Menü", subscribe="Abonnieren", signin="Anmelden", sections="Ressorts", back="Zurück zur heutigen Ausgabe",
               prev="Vorheriger Artikel", next="Nächster Artikel", position="Artikel {i} von {n}", by="Von", read="{m} Min. Lesezeit",
               save="Merken", share="Teilen", textsize="Schriftgröße", tags="Themen", upnext="Als Nächstes", storyline="Chronik",
               mostread="Meistgelesen", advert="Anzeige", privacy="Datenschutz-Einstellungen", register="Kostenlos registrieren",
               have_account="Sie haben schon ein Konto?", powered="Powered by Pugpig Bolt", read_more="Lesen Sie auch",
               edition="Ausgabe", home="Startseite",
               days=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"]),
}
# the publications' own strings: domain, theme code and ids (exempt), the section navigation, the tags, the
# registration prompt's wording, the storyline's earlier instalments, the app promotion, the footer's links, group
# line and copyright
PG_SITES = {
    "Calderbridge Courier": dict(
        domain="www.calderbridgecourier.example", code="calderbridge", app_ios="1498732210", app_android="com.calderbridgecourier.bolt",
        sp_account="1742", sp_pm="918273", slot="/21837465/calderbridge_courier/web/article",
        nav=[("Calderbridge news", "/timeline/news"), ("Calder Valley", "/timeline/valley"), ("Calder Valley sport", "/timeline/sport"),
             ("Calderbridge Town FC", "/timeline/town-fc"), ("What's on in Calderbridge", "/timeline/whats-on"), ("Courier puzzles", "/timeline/puzzles"),
             ("Calderbridge family notices", "/timeline/notices")],
        tags=["River Calder", "Sowerby", "Calderbridge volunteers"],
        meter="You have read 2 of your 3 free Courier stories this month.",
        meter_cta="Register with the Courier and read 10 stories a month, or subscribe for unlimited access to Calderbridge journalism.",
        offer="Courier digital: first three months for £1",
        storyline=["Towpath group asks for a camera to stop fly-tipping on Wharf Lane",
                   "Floodwater leaves layer of plastic along the Calder at Millbank",
                   "Dog walkers' towpath tidy-up group passes 200 members"],
        storyline_dates=["2026-03-14", "2026-01-30", "2025-11-02"],
        app="Read the Courier's daily edition on your phone, from 5am every morning.",
        footer=[("About the Calderbridge Courier", "/about"), ("Contact the Calderbridge newsroom", "/contact"), ("Courier subscriptions help", "/help/subscriptions"),
                ("Courier terms of use", "/terms"), ("Calderbridge Courier privacy notice", "/privacy")],
        group="The Calderbridge Courier is published by Pennine Vale Newspapers Ltd, 4 Wharf Street, Calderbridge HX7 2RB.",
        copyright="© 2026 Pennine Vale Newspapers Ltd. Registered in England and Wales, company number 05527391."),
    "Westerwälder Rundschau": dict(
        domain="epaper.westerwaelder-rundschau.example", code="wwrundschau", app_ios="1562219874", app_android="de.wwrundschau.bolt",
        sp_account="1743", sp_pm="918411", slot="/21837465/ww_rundschau/web/artikel",
        nav=[("Westerwald aktuell", "/timeline/region"), ("Montabaur und Umgebung", "/timeline/montabaur"), ("Hachenfeld", "/timeline/hachenfeld"),
             ("Westerwälder Sport", "/timeline/sport"), ("Rundschau-Freizeittipps", "/timeline/freizeit"), ("Rundschau-Rätsel", "/timeline/raetsel"),
             ("Traueranzeigen der Rundschau", "/timeline/traueranzeigen")],
        tags=["Verkehrsverbund Rhein-Lahn-Westerwald", "Busverkehr im Westerwald", "Deutschlandticket"],
        meter="Sie haben diesen Monat 2 von 3 kostenlosen Rundschau-Artikeln gelesen.",
        meter_cta="Registrieren Sie sich bei der Rundschau und lesen Sie 10 Artikel im Monat, oder sichern Sie sich mit dem Abo unbegrenzten Zugang zum Westerwald.",
        offer="Rundschau Digital: drei Monate für 1 Euro",
        storyline=["Verbund prüft Abschaffung der Vierfahrtenkarte",
                   "Busfahrer im Westerwald bekommen mehr Lohn",
                   "Linie 471: Kreis will Stundentakt bis Bad Ems"],
        storyline_dates=["2026-07-02", "2026-03-11", "2025-12-18"],
        app="Die Rundschau als digitale Ausgabe auf dem Handy, jeden Morgen ab 4 Uhr.",
        footer=[("Über die Rundschau", "/ueber-uns"), ("Kontakt zur Rundschau-Redaktion", "/kontakt"), ("Hilfe zum Rundschau-Abo", "/hilfe/abo"),
                ("Impressum der Rundschau", "/impressum"), ("Datenschutzerklärung der Rundschau", "/datenschutz")],
        group="Die Westerwälder Rundschau erscheint im Verlag Westerwald-Medien GmbH, Bahnhofstraße 12, 56410 Montabaur.",
        copyright="© 2026 Westerwald-Medien GmbH. Alle Rechte vorbehalten, Amtsgericht Montabaur HRB 21734."),
}
PG_EXEMPT = {"domain", "code", "app_ios", "app_android", "sp_account", "sp_pm", "slot", "storyline_dates"}  # (ids and dates)


def pg_slug(text):
    import unicodedata
    t = unicodedata.normalize("NFKD", mp.inline_text(text).lower().replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:80]


def pg_date(lang, iso, with_day=False):
    import datetime
    y, m, d = (int(x) for x in iso.split("-"))
    c = PG_CORE[lang]
    day = c["days"][datetime.date(y, m, d).weekday()]
    if lang == "en":
        s = "%d %s %d" % (d, c["months"][m - 1], y)
        return "%s %s" % (day, s) if with_day else s
    s = "%d. %s %d" % (d, c["months"][m - 1], y)
    return "%s, %s" % (day, s) if with_day else s


def pg_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    if kind == "table":  # a table typed in Bolt's article editor: the first row as the head
        head = "".join("<th>%s</th>" % mp.inline_html(c) for c in val[0])
        body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % mp.inline_html(c) for c in r) for r in val[1:])
        return '<figure class="pp-table"><table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></figure>' % (head, body)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def pg_image(code, uid, width):
    return "https://images.%s.pugpig.example/%s/%s/w%d.jpg" % (code, uid[:2], uid, width)


def tpl_pugpig(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = PG_CORE[lang], PG_SITES[site]
    host = "https://" + s["domain"]
    edition = "daily-" + art["date"]
    aid = "%08x" % rng.randint(16**7, 16**8 - 1)
    slugged = pg_slug(art["title"])
    path = "/editions/%s/%s-%s" % (edition, slugged, aid)
    url = host + path
    hero, inline_img = "%032x" % rng.randint(0, 16**32 - 1), "%032x" % rng.randint(0, 16**32 - 1)
    hh, mm = rng.randint(4, 9), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mm, "+01:00" if lang == "en" else "+02:00")
    blocks, n = art["blocks"], len(art["blocks"])
    heads = rng.sample(HEADLINES[lang], 6)
    words = sum(len(mp.inline_text(v if isinstance(v, str) else " ".join(map(str, v))).split()) for _, v in blocks)
    minutes = max(2, round(words / 220))
    # the inline "related article" card the editor dropped into the body, before a paragraph further down
    rel_at = next((i for i in range(3, n) if blocks[i][0] == "p" and blocks[i - 1][0] == "p"
                   and not blocks[i - 1][1].endswith(":")), n)
    related_inline = ('<aside class="pp-embed pp-embed--related" data-pp-embed="related-article"><a class="pp-embed__link" href="/editions/%s/%s-%08x">'
                      '<span class="pp-embed__label">%s</span> <span class="pp-embed__headline">%s</span></a></aside>') % (
        edition, pg_slug(heads[0]), rng.randint(16**7, 16**8 - 1), E(c["read_more"]), E(heads[0]))
    body = placed.get(0, []) + [pg_block(*blocks[0])]
    body.append('<figure class="pp-embed pp-embed--image" data-pp-embed="image"><img src="%s" srcset="%s 400w, %s 800w" sizes="(max-width: 720px) 100vw, 680px" alt="%s" width="800" height="533" loading="lazy">'
                '<figcaption class="pp-caption"><span class="pp-caption__text">%s</span> <span class="pp-caption__credit">%s</span></figcaption></figure>' % (
                    pg_image(s["code"], inline_img, 800), pg_image(s["code"], inline_img, 400), pg_image(s["code"], inline_img, 800),
                    A(art["body_caption"]), E(art["body_caption"]), E(art["credit"])))
    for i in range(1, n + 1):
        if i == rel_at:
            body.append(related_inline)
        body.extend(placed.get(i, []))
        if i < n:
            body.append(pg_block(*blocks[i]))
    nav = "\n".join('<li class="pp-nav__item"><a class="pp-nav__link" href="%s">%s</a></li>' % (h, E(t)) for t, h in s["nav"])
    section_href = s["nav"][0][1]
    tags = "".join('<li class="pp-tags__item"><a class="pp-tags__link" href="/tags/%s">%s</a></li>' % (pg_slug(t), E(t)) for t in s["tags"])
    storyline = "\n".join('<li class="pp-storyline__item"><time class="pp-storyline__date" datetime="%s">%s</time> <a class="pp-storyline__link" href="/editions/daily-%s/%s-%08x">%s</a></li>' % (
        d, E(pg_date(lang, d)), d, pg_slug(h), rng.randint(16**7, 16**8 - 1), E(h)) for d, h in zip(s["storyline_dates"], s["storyline"]))
    cards = "\n".join('<a class="pp-card pp-card--upnext" href="/editions/%s/%s-%08x"><img class="pp-card__image" src="%s" alt="" width="320" height="213" loading="lazy">'
                      '<span class="pp-card__section">%s</span><h3 class="pp-card__headline">%s</h3><span class="pp-card__meta">%s</span></a>' % (
                          edition, pg_slug(h), rng.randint(16**7, 16**8 - 1), pg_image(s["code"], "%032x" % rng.randint(0, 16**32 - 1), 320),
                          E(s["nav"][rng.randrange(3)][0]), E(h), E(c["read"].replace("{m}", str(rng.randint(2, 6))))) for h in heads[1:4])
    mostread = "\n".join('<li class="pp-mostread__item"><a href="/editions/%s/%s-%08x">%s</a></li>' % (
        edition, pg_slug(h), rng.randint(16**7, 16**8 - 1), E(h)) for h in heads[4:] + heads[1:2])
    footer = "".join('<li class="pp-footer__item"><a href="%s">%s</a></li>' % (h, E(t)) for t, h in s["footer"])
    pos_n = rng.randint(22, 38)
    pos_i = rng.randint(2, 9)
    msg_id = rng.randint(900000, 999999)
    ver = "%d.%d.%d" % (rng.randint(3, 4), rng.randint(0, 12), rng.randint(0, 30))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": iso, "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "NewsMediaOrganization", "name": site}, "mainEntityOfPage": url,
                     "isAccessibleForFree": False,
                     "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".pp-article__body"}},
                    ensure_ascii=False).replace("</", "<\\/")
    return f'''<!DOCTYPE html>
<html lang="{lang}" dir="ltr" class="pp-bolt pp-bolt--web no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<meta name="generator" content="Pugpig Bolt">
<meta name="apple-itunes-app" content="app-id={s["app_ios"]}, app-argument={url}">
<meta name="google-play-app" content="app-id={s["app_android"]}">
<meta name="theme-color" content="#ffffff">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{pg_image(s["code"], hero, 1200)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{A(art["section"])}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{ld}</script>
<link rel="preconnect" href="https://cdn.privacy-mgmt.com">
<link rel="stylesheet" href="/bolt-web/{ver}/css/bolt-web.css">
<link rel="stylesheet" href="/bolt-web/themes/{s["code"]}/theme.css?v={ver}">
<script>"use strict";function _typeof(t){{return(_typeof="function"==typeof Symbol&&"symbol"==typeof Symbol.iterator?function(t){{return typeof t}}:function(t){{return t&&"function"==typeof Symbol&&t.constructor===Symbol&&t!==Symbol.prototype?"symbol":typeof t}})(t)}}!function(){{var t=function(){{var t,e,o=[],n=window,r=n;for(;r;){{try{{if(r.frames.__tcfapiLocator){{t=r;break}}}}catch(t){{}}if(r===n.top)break;r=r.parent}}t||(function t(){{var e=n.document,o=!!n.frames.__tcfapiLocator;if(!o)if(e.body){{var r=e.createElement("iframe");r.style.cssText="display:none",r.name="__tcfapiLocator",e.body.appendChild(r)}}else setTimeout(t,5);return!o}}(),n.__tcfapi=function(){{for(var t=arguments.length,n=new Array(t),r=0;r<t;r++)n[r]=arguments[r];if(!n.length)return o;"setGdprApplies"===n[0]?n.length>3&&2===parseInt(n[1],10)&&"boolean"==typeof n[3]&&(e=n[3],"function"==typeof n[2]&&n[2]("set",!0)):"ping"===n[0]?"function"==typeof n[2]&&n[2]({{gdprApplies:e,cmpLoaded:!1,cmpStatus:"stub"}}):o.push(n)}})}};t()}}();</script>
<script>window._sp_queue = []; window._sp_ = {{config: {{accountId: {s["sp_account"]}, baseEndpoint: "https://cdn.privacy-mgmt.com", propertyHref: "https://{s["domain"]}", gdpr: {{}}, events: {{onMessageReady: function () {{ window.dataLayer && window.dataLayer.push({{event: "sp_message_ready"}}); }}}}}}}};</script>
<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js" async></script>
<script>window.__BOLT_CONFIG__ = {{"platform": "web", "publication": "{s["code"]}", "editionId": "{edition}", "articleId": "{aid}", "paywall": {{"type": "metered", "limit": 3}}, "ads": {{"unitPath": "{s["slot"]}"}}}};</script>
</head>
<body class="pp-web pp-web--article pp-theme--{s["code"]}">
<div id="pp-app" class="pp-app">
<header class="pp-header" role="banner">
<div class="pp-header__inner">
<button class="pp-header__menu" type="button" aria-controls="pp-drawer" aria-expanded="false">{E(c["menu"])}</button>
<a class="pp-header__logo" href="/"><img src="/bolt-web/themes/{s["code"]}/logo.svg" alt="{A(site)}" width="220" height="36"></a>
<div class="pp-header__actions"><a class="pp-button pp-button--subscribe" href="/subscribe">{E(c["subscribe"])}</a> <a class="pp-button pp-button--signin" href="/account/sign-in">{E(c["signin"])}</a></div>
</div>
<nav id="pp-drawer" class="pp-nav pp-nav--sections" aria-label="{A(c["sections"])}">
<ul class="pp-nav__list">
{nav}
</ul>
</nav>
</header>
<nav class="pp-edition-nav" aria-label="{A(c["edition"])}">
<a class="pp-edition-nav__back" href="/editions/{edition}">{E(c["back"])}</a>
<span class="pp-edition-nav__date">{E(pg_date(lang, art["date"], True))}</span>
<a class="pp-edition-nav__prev" rel="prev" href="/editions/{edition}/{pg_slug(heads[4])}-{rng.randint(16**7, 16**8 - 1):08x}">{E(c["prev"])}</a>
<span class="pp-edition-nav__position">{E(c["position"].replace("{i}", str(pos_i)).replace("{n}", str(pos_n)))}</span>
<a class="pp-edition-nav__next" rel="next" href="/editions/{edition}/{pg_slug(heads[5])}-{rng.randint(16**7, 16**8 - 1):08x}">{E(c["next"])}</a>
</nav>
<div class="pp-layout">
<main id="pp-main" class="pp-main">
<article class="pp-article pp-article--standard" data-pp-article-id="{aid}" data-pp-edition-id="{edition}">
<header class="pp-article__header">
<p class="pp-article__section"><a href="{section_href}">{E(art["section"])}</a></p>
<h1 class="pp-article__headline">{E(art["title"])}</h1>
<p class="pp-article__standfirst">{E(art["sub"])}</p>
<div class="pp-article__byline pp-byline">
<span class="pp-byline__author">{E(c["by"])} <a href="/authors/{pg_slug(art["byline"])}">{E(art["byline"])}</a></span>
<time class="pp-byline__date" datetime="{iso}">{E(pg_date(lang, art["date"]))}</time>
<span class="pp-byline__readtime">{E(c["read"].replace("{m}", str(minutes)))}</span>
</div>
</header>
<figure class="pp-article__hero">
<picture><source media="(min-width: 720px)" srcset="{pg_image(s["code"], hero, 1200)}"><img src="{pg_image(s["code"], hero, 800)}" alt="{A(art["caption"])}" width="800" height="533"></picture>
<figcaption class="pp-caption"><span class="pp-caption__text">{E(art["caption"])}</span> <span class="pp-caption__credit">{E(art["credit"])}</span></figcaption>
</figure>
<div class="pp-article__toolbar" role="toolbar">
<button type="button" class="pp-toolbar__button pp-toolbar__button--save" data-pp-action="bookmark">{E(c["save"])}</button>
<button type="button" class="pp-toolbar__button pp-toolbar__button--share" data-pp-action="share" data-url="{url}">{E(c["share"])}</button>
<button type="button" class="pp-toolbar__button pp-toolbar__button--text" data-pp-action="text-size">{E(c["textsize"])}</button>
</div>
<div class="pp-article__body pp-content">
{chr(10).join(body)}
</div>
<footer class="pp-article__footer">
<h2 class="pp-tags__title">{E(c["tags"])}</h2>
<ul class="pp-tags">{tags}</ul>
</footer>
</article>
<section class="pp-paywall pp-paywall--meter" data-pp-paywall="registration" aria-live="polite">
<p class="pp-paywall__count">{E(s["meter"])}</p>
<p class="pp-paywall__text">{E(s["meter_cta"])}</p>
<a class="pp-button pp-button--primary pp-paywall__register" href="/account/register?return={path}">{E(c["register"])}</a>
<p class="pp-paywall__signin">{E(c["have_account"])} <a href="/account/sign-in?return={path}">{E(c["signin"])}</a></p>
<a class="pp-paywall__offer" href="/subscribe?source=meter">{E(s["offer"])}</a>
</section>
<section class="pp-storyline" aria-labelledby="pp-storyline-title">
<h2 id="pp-storyline-title" class="pp-storyline__title">{E(c["storyline"])}</h2>
<ol class="pp-storyline__list">
{storyline}
</ol>
</section>
<section class="pp-upnext" aria-labelledby="pp-upnext-title">
<h2 id="pp-upnext-title" class="pp-upnext__title">{E(c["upnext"])}</h2>
<div class="pp-upnext__cards">
{cards}
</div>
</section>
</main>
<aside class="pp-sidebar">
<div class="pp-ad-slot pp-ad-slot--mpu"><span class="pp-ad-slot__label">{E(c["advert"])}</span><div id="pp-ad-mpu-1" data-ad-unit="{s["slot"]}" data-ad-size="300x250"></div></div>
<section class="pp-mostread"><h2 class="pp-mostread__title">{E(c["mostread"])}</h2>
<ol class="pp-mostread__list">
{mostread}
</ol></section>
<div class="pp-app-promo"><p class="pp-app-promo__text">{E(s["app"])}</p>
<a class="pp-app-promo__store pp-app-promo__store--ios" href="https://apps.apple.com/app/id{s["app_ios"]}"><img src="/bolt-web/img/app-store-badge-{lang}.svg" alt="App Store" width="120" height="40"></a>
<a class="pp-app-promo__store pp-app-promo__store--android" href="https://play.google.com/store/apps/details?id={s["app_android"]}"><img src="/bolt-web/img/google-play-badge-{lang}.svg" alt="Google Play" width="135" height="40"></a></div>
</aside>
</div>
<footer class="pp-footer" role="contentinfo">
<ul class="pp-footer__links">{footer}<li class="pp-footer__item"><button type="button" class="pp-footer__privacy" onclick="window._sp_.gdpr.loadPrivacyManagerModal({s["sp_pm"]})">{E(c["privacy"])}</button></li></ul>
<p class="pp-footer__group">{E(s["group"])}</p>
<p class="pp-footer__copyright">{E(s["copyright"])}</p>
<p class="pp-footer__powered"><a href="https://www.pugpig.com/bolt" rel="noopener">{E(c["powered"])}</a></p>
</footer>
</div>
<div id="sp_message_container_{msg_id}" class="sp_message_container" style="position: fixed; inset: 0; z-index: 2147483647;"><iframe id="sp_message_iframe_{msg_id}" src="https://cdn.privacy-mgmt.com/index.html?message_id={msg_id}&amp;consentLanguage={lang}&amp;preload_message=true" title="SP Consent Message" style="width: 100%; height: 100%; border: 0;"></iframe></div>
<script src="/bolt-web/{ver}/js/bolt-web.js" defer></script>
<script src="/bolt-web/{ver}/js/bolt-paywall.js" defer></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"pugpig": ["caption", "related"]}  # the body's embedded image and its inline related-article card
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "litterpicks", "farecalc", "uvindex"]
NEW_FAMILIES = ["litterpicks", "farecalc", "uvindex"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"litterpicks": ["litter pick", "litter-pick", "clean-up finder", "clean-up event finder", "borrow a kit",
                                    "borrow a litter", "next clean-ups"],
                    "farecalc": ["fare calculator", "fare-calculator", "journey calculator", "work out your fare",
                                 "fare table", "ticket types"],
                    "uvindex": ["uv-index panel", "uv index panel", "sun-safety", "sun safety", "sun cream advice",
                                "sun-cream advice", "risk band", "index by hour"]}
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
    "cookie": ['<div class="player-consent-gate-vl"><p class="player-consent-gate-vl__msg">%s</p><button class="player-consent-gate-vl__ok" type="button">&#10003;</button></div>',
               '<p class="routemap-consent-note">%s</p>', '<div><i>%s</i></div>'],
    "newsletter": ['<div class="valley-daily-promo"><p class="valley-daily-promo__txt">%s</p><a class="valley-daily-promo__btn" href="/newsletters/valley-daily">&#9993;</a></div>',
                   '<p class="meter-limit-reached">%s</p>', '<h5 class="valley-daily-hd">%s</h5>', '<p><strong><a href="/contribute">%s</a></strong></p>'],
    "share": ['<ul class="pass-it-on-bar-vl">{items}</ul>', '<div class="send-valley-strip">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="organisers-photo-note">%s</p>', '<span class="reader-pic-tag">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="reproduction-rights-line">%s</p>', '<div class="written-permission-note"><small>%s</small></div>', '<div><small>%s</small></div>'],
    "section": ['<p class="fresh-from-desk">%s</p>', '<h6 class="all-section-stories-link">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="fleuron-row-vl">%s</p>', '<div class="ornament-break-vl">%s</div>', '<div align="center">%s</div>'],
    "credit": ['<p class="valley-team-credit">%s</p>', '<div class="correspondent-support-note">%s</div>', '<div><em><small>%s</small></em></div>'],
    "title": ['<p class="hed-echo-vl"><strong>%s</strong></p>', '<h2 class="hed-echo-h2-vl">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="promoted-continues-tag">%s</div>', '<p class="reach-the-valley-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="scroll-for-rest"><a href="#rest-of-story">%s</a></p>', '<div class="expand-full-story-bar">%s</div>', '<div><a href="#rest-of-story">%s</a></div>'],
    "comments": ['<p class="join-readers-comments"><a href="#comments">%s</a></p>', '<div class="have-your-say-count">%s</div>', '<div><a href="#comments"><b>%s</b></a></div>'],
    "readtime": ['<p class="reading-time-vl">%s</p>', '<span class="mins-chip-vl">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-stamp-vl"><time>%s</time></p>', '<div class="council-comment-added">%s</div>', '<div><em>%s</em></div>'],
    "audio": ['<div class="read-aloud-player-vl"><button class="read-aloud-player-vl__play" aria-label="Play"></button><span class="read-aloud-player-vl__label">%s</span></div>',
              '<p class="audio-version-link-vl"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-notice-box"><p>%s</p></aside>', '<p class="amended-notice-line"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="daily-edition-app-card"><p class="daily-edition-app-card__txt">%s</p><a class="daily-edition-app-card__dl" href="/app">&#8595;</a></div>',
            '<p class="open-in-app-line-vl">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="valley-reporter-card"><p class="valley-reporter-card__txt">%s</p></div>', '<p class="more-from-writer-link"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="seen-something-box-vl"><p class="seen-something-box-vl__txt">%s</p></div>', '<p class="whatsapp-newsroom-line-vl">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="spotted-mistake-hint"><p>%s</p></div>', '<p class="spotted-mistake-line-vl">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="flood-alerts-optin"><p class="flood-alerts-optin__q">%s</p></div>', '<p class="alerts-turn-on-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="article-tools-vl">{items}</ul>', '<p class="printer-friendly-link-vl"><a href="?format=print">%s</a></p>',
              '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="was-useful-box"><p class="was-useful-box__q">%s</p></div>', '<p class="was-useful-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-note-vl"><p>%s</p></div>', '<p class="accuracy-concerns-strip"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="tagged-with-row-vl"><span class="tagged-with-row-vl__txt">%s</span></div>', '<p class="follow-topic-line-vl">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="my-valley-save"><a class="my-valley-save__a" href="#my-valley">%s</a></div>',
                 '<p class="my-valley-save-line"><a href="#my-valley">%s</a></p>', '<div><a href="#my-valley">%s</a></div>'],
    "poll": ['<div class="difference-poll"><p class="difference-poll__q">%s</p><button class="difference-poll__go" type="button">&#10003;</button></div>',
             '<h6 class="poll-results-note">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/V{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/V{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-facade-vl"><a class="yt-lite-facade-vl__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="open-gallery-strip"><a class="open-gallery-strip__a" href="#pictures">%s</a></div>',
                '<p class="day-photos-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-vl"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="620" height="350" loading="lazy"></iframe><p class="osm-embed-vl__links">%s</p></div>',
            '<figure class="map-still-vl"><img src="/maps/{k}.png" alt="" width="620" height="380"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="save-date-links-vl">{items}</ul>', '<p class="day-before-reminder"><a href="/events/{k}/remind">%s</a></p>',
                 '<div class="save-date-bar-vl"><span class="save-date-bar-vl__label">%s</span></div>'],
    "scores": ['<div class="county-results-link"><a class="county-results-link__a" href="/sport/results">%s</a></div>',
               '<ul class="scores-tabs-vl">{items}</ul>', '<div><a href="/sport/results"><b>%s</b></a></div>'],
    # the three families new in this part ({litterlist}: the next clean-ups as a list; {litterrows}: the clean-ups as a
    # table with their meeting points; {signupfields}: the name and email fields and the sign-up button; {farefields}:
    # the from and to fields, the ticket-type select and the calculate button; {fares}: the fares as a table;
    # {tickets}: the ticket types as a definition list; {uvhours}: the index by hour as a table; {uvband}: today's
    # peak and its band; {uvsource}: the data source as a definition list)
    "litterpicks": ['<div class="cleanup-finder"><h4 class="cleanup-finder__hd">%s</h4><ul class="cleanup-finder__list">{litterlist}</ul><a class="cleanup-finder__all" href="/volunteer/clean-ups">&#8250;</a></div>',
                    '<div class="cleanup-dates-panel"><p class="cleanup-dates-panel__hd"><strong>%s</strong></p><table class="cleanup-dates-panel__grid">{litterrows}</table></div>',
                    '<p class="kit-loan-link"><a href="/volunteer/kit-loan">%s</a></p>',
                    '<form class="cleanup-signup-form" action="/volunteer/signup" method="post"><h5 class="cleanup-signup-form__hd">%s</h5>{signupfields}</form>'],
    "farecalc": ['<form class="fare-calc-form" action="/travel/fares" method="get"><h5 class="fare-calc-form__hd">%s</h5>{farefields}</form>',
                 '<div class="fare-prices-panel"><h4 class="fare-prices-panel__hd">%s</h4><table class="fare-prices-panel__grid">{fares}</table></div>',
                 '<p class="journey-calc-link"><a href="/travel/fares/calculator">%s</a></p>',
                 '<div class="ticket-types-card"><p class="ticket-types-card__hd"><b>%s</b></p><dl class="ticket-types-card__list">{tickets}</dl></div>'],
    "uvindex": ['<div class="uv-hourly-panel"><h4 class="uv-hourly-panel__hd">%s</h4><table class="uv-hourly-panel__grid">{uvhours}</table></div>',
                '<div class="sun-risk-chip"><span class="sun-risk-chip__hd">%s</span> {uvband}</div>',
                '<p class="suncream-advice-line">%s</p>',
                '<div class="uv-data-credit"><p class="uv-data-credit__hd"><small>%s</small></p><dl class="uv-data-credit__list">{uvsource}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>[%s]</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/valley-daily"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "litterpicks": (0.7, [' <a href="/volunteer/kit-loan"><b>%s</b></a>']),
          "farecalc": (0.7, ['<br><a href="/travel/fares/calculator"><strong>%s</strong></a>']),
          "uvindex": (0.7, ['<br><em>%s</em>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the meter or the donation note; the
# borrow-a-kit link, the fare-calculator link and the sun cream line, not the tables, lists, forms or cards)
INLINE_WORDING = {"newsletter": 0, "litterpicks": 2, "farecalc": 2, "uvindex": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-photo-vl"><img src="/media/{id}-4.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="valley-desk-today"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="next-five-minutes"><p class="next-five-minutes__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads, the forms' field labels and buttons, as the web teams left them (not checked)
LITTER_HEAD = {"en": ("Date", "Where", "Meet at", "Time"), "tr": ("Tarih", "Yer", "Buluşma noktası", "Saat"),
               "de": ("Datum", "Ort", "Treffpunkt", "Uhrzeit"), "fr": ("Date", "Lieu", "Rendez-vous", "Horaire"),
               "es": ("Fecha", "Lugar", "Punto de encuentro", "Horario"), "ru": ("Дата", "Место", "Сбор", "Время")}
LITTER_MEET = {"en": "meet at", "tr": "buluşma:", "de": "Treffpunkt:", "fr": "rendez-vous :", "es": "encuentro:", "ru": "сбор:"}
SIGNUP_LABELS = {"en": ("Your name", "Email"), "tr": ("Adınız", "E-posta"), "de": ("Ihr Name", "E-Mail"), "fr": ("Votre nom", "Courriel"),
                 "es": ("Tu nombre", "Correo"), "ru": ("Ваше имя", "Эл. почта")}
SIGNUP_BUTTON = {"en": "Sign up", "tr": "Kaydol", "de": "Anmelden", "fr": "S'inscrire", "es": "Apuntarme", "ru": "Записаться"}
FARE_HEAD = {"en": ("Ticket", "Adult", "Under 19"), "tr": ("Bilet", "Tam", "İndirimli"), "de": ("Fahrschein", "Erwachsene", "Ermäßigt"),
             "fr": ("Titre", "Plein tarif", "Tarif réduit"), "es": ("Billete", "General", "Reducido"), "ru": ("Билет", "Полный", "Льготный")}
FARE_LABELS = {"en": ("From", "To", "Ticket type"), "tr": ("Nereden", "Nereye", "Bilet türü"), "de": ("Von", "Nach", "Fahrscheinart"),
               "fr": ("Départ", "Arrivée", "Type de titre"), "es": ("Origen", "Destino", "Tipo de billete"), "ru": ("Откуда", "Куда", "Тип билета")}
CALC_BUTTON = {"en": "Calculate", "tr": "Hesapla", "de": "Berechnen", "fr": "Calculer", "es": "Calcular", "ru": "Рассчитать"}
UV_HEAD = {"en": ("Time", "UV index and risk"), "tr": ("Saat", "UV indeksi ve risk"), "de": ("Uhrzeit", "UV-Index und Belastung"),
           "fr": ("Heure", "Indice UV et risque"), "es": ("Hora", "Índice UV y riesgo"), "ru": ("Время", "УФ-индекс и риск")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list, definition list or form, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    k = "%06x" % rng.randint(0, 16**6 - 1)

    def fields(labels, name):
        return "".join('<label for="%s-%s-%d">%s</label><input id="%s-%s-%d" type="text" name="%s%d">' % (
            name, k, j, esc(x), name, k, j, name, j) for j, x in enumerate(labels))

    litter_list = "".join('<li><time>%s</time> · %s · %s %s · %s</li>' % (esc(d), esc(p), esc(LITTER_MEET[lang]), esc(m), esc(t))
                          for d, p, m, t in LITTER_EVENTS[lang])
    signup = (fields(SIGNUP_LABELS[lang][:1], "vol").replace('type="text"', 'type="text" autocomplete="name"')
              + '<label for="vol-%s-1">%s</label><input id="vol-%s-1" type="email" name="vol1">' % (k, esc(SIGNUP_LABELS[lang][1]), k)
              + '<button type="submit" class="btn-signup">%s</button>' % esc(SIGNUP_BUTTON[lang]))
    fare = (fields(FARE_LABELS[lang][:2], "fare")
            + '<label for="fare-%s-t">%s</label><select id="fare-%s-t" name="ticket">%s</select>' % (
                k, esc(FARE_LABELS[lang][2]), k, "".join("<option>%s</option>" % esc(t) for t, _ in TICKET_TYPES[lang]))
            + '<button type="submit" class="btn-calc">%s</button>' % esc(CALC_BUTTON[lang]))
    band = "".join('<span class="sun-risk-chip__lbl">%s</span> <strong class="sun-risk-chip__val">%s</strong>' % (esc(a), esc(b))
                   for a, b in UV_BAND[lang])
    return (style.replace("{litterlist}", litter_list)
            .replace("{litterrows}", table(LITTER_HEAD[lang], LITTER_EVENTS[lang]))
            .replace("{signupfields}", signup)
            .replace("{farefields}", fare)
            .replace("{fares}", table(FARE_HEAD[lang], FARE_TABLE[lang]))
            .replace("{tickets}", dl(TICKET_TYPES[lang]))
            .replace("{uvhours}", table(UV_HEAD[lang], UV_HOURS[lang]))
            .replace("{uvband}", band)
            .replace("{uvsource}", dl(UV_SOURCE[lang])))


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
               "scores": rng.choice([0, mid, n]), "litterpicks": rng.choice([mid, n, n]),
               "farecalc": rng.choice([mid, n]), "uvindex": rng.choice([0, mid, n])}.get(fam, mid)
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
       "drupal": ("class", "bilgi-kutusu"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mint">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🌱</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"medium": ('<strong class="oa pt">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="nx">', "</em>")}
HIGHLIGHT = {"pugpig": ('<span class="pp-highlight">', "</span>"),  # Bolt's article editor's "highlight" style
             "quintype": ('<mark>', "</mark>")}




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
# templates: pugpig is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"pugpig": tpl_pugpig, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h68), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "pugpig"



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
            rng = random.Random("newsflow-heldout70-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI70[lang]
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
    # layouts: pugpig (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the pugpig pages: a publication of PG_SITES in a language of PG_CORE, with an image caption for the body; no
    # drop cap, box, fact box or callout look (Bolt's article editor as the publications configure it writes none of
    # them); story tables only there, and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in PG_SITES or a["lang"] not in PG_CORE or a.get("kind") or not a.get("body_caption")
                                       or any(st in ("box", "factbox", "dropcap", "callout") for st, _ in a.get("look", []))):
            problems.append("%s: pugpig page needs a Pugpig Bolt publication, a body caption and the editor's looks only" % a["id"])
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
    pg_sites = [{k: v for k, v in d.items() if k not in PG_EXEMPT} for d in PG_SITES.values()]
    # (PG_CORE, LITTER_HEAD, LITTER_MEET, SIGNUP_LABELS, SIGNUP_BUTTON, FARE_HEAD, FARE_LABELS, CALC_BUTTON and
    # UV_HEAD, the platform's strings and the web teams' generic table heads, field labels and buttons, are left as
    # their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("PG_SITES", pg_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "PG_SITES" and s.startswith("/")):
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




