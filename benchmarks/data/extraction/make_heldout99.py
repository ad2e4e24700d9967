#!/usr/bin/env python3
"""Ninety-ninth held-out part (h99-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout99.py           # write pages/h99-*.html
    python benchmarks/data/extraction/make_heldout99.py --check   # verify pages/h99-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout99.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout100.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout98.py and make_heldout97.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h99_en.py / articles_h99_intl.py (fictional local and regional outlets, a town paper, a
Medium publication, a local TV newsroom, a library friends' group, a sports club, a village blog and a library
support association, in invented places -- Hallowmere and the Lidd valley with Scarrowby, Pennick Cross, Tarnsett,
Ewedale and Brindle Moss, Kavaklıçeşme with Yeşiloba and Taşhan, Birkwalde with Rohrsee and Kleinhelling, Lestrières
on the Vézine with Coumbes and Saint-Méard-de-Vézine, Villalcor with Torrebrava and Navahonda, Озерецк with Ивняги
and Красный Бор --; every name and number invented).
The residue wordings -- thirty of the generic families of the earlier parts (one wording each in every language, two
for the newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three new ones -- their
wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the furniture
strings are new here: verify() refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools,
labels, furniture strings, widget rows, headlines, tags or site names of make_heldout2..98, if a wrapper class name of
an earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring,
if a story paragraph or headline of an earlier part (h97 and h98 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a reason in a story
(calendar, map, gallery, scores) are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three languages, their four markups in turn over the part (a list, a table, a link or
button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on the
third carrier --, a definition-list card): library fines-amnesty panels (libraryamnesty: the branches and the dates
the amnesty runs, what is written off -- overdue fines, however old -- and what is not -- lost or damaged items --,
and how to bring books back) on an English town library reopening after fourteen months under tarpaulin (the new
layout: the list), an English library friends' group's winter reading campaign (the table), a Turkish district
library reopening with a reading drive (the "return overdue books fine-free" link, run into the last paragraph) and
a German library support association's report on the council budget that gives the library more money and a
Saturday opening (the card); rent-deposit guarantee scheme panels (rentdeposit: what the guarantee covers -- the
deposit, rent in advance, how long --, who qualifies, what landlords get and how to apply) on an English district's
housing register at a twenty-year high (the list), an English council's plan for 400 affordable homes (the table), a
French commune's social housing plan (the "apply for the guarantee" button, run into the last paragraph after a <br>)
and a Spanish town's new shelter for people sleeping rough (the card); toad-patrol volunteer panels (toadcrossings:
where and when the patrols go out, the kit, keeping safe and how to join) on an English feature about a village
lane's toad patrol (the list), an English nature reserve's early spring migration (the table), a German district
road shut at night for migrating toads (the "volunteer for the toad patrol" link, run into the last paragraph) and a
French marsh reserve whose volunteers carry amphibians across the road (the card).  Only the languages that carry a
new family have its rows (WIDGET_LANGS); the tables' heads (AMNESTY_HEAD, DEPOSIT_HEAD, TOAD_HEAD) are the web
teams' generic strings and not checked; the rows (AMNESTY_ROWS, AMNESTY_INFO, DEPOSIT_ROWS, DEPOSIT_INFO, TOAD_ROWS,
TOAD_INFO) are, cell by cell.  Near in subject, but not the same panels: make_heldout54's library-service widgets
(branch hours, reserving a title, e-books), make_heldout74's hazardous-waste amnesty days, make_heldout60's housing
bids, make_heldout65's rent tracker, make_heldout63's wildlife sightings log and make_heldout55's general
volunteering boards; none of them is a fines amnesty, a deposit guarantee or an amphibian patrol.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the library friends' group on Squarespace, the village blog on Blogger, the library
support association on Wix and the sports club on Weebly -- no newsroom to credit a photograph to, update a story,
sell adverts or send reporters); a correction box goes only on a story that was corrected, with that story's own
wording (a Russian pool's opening time, which the page carries among its residue, and an English market's days, the
page's only residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and
widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists and
tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share
line, the amnesty link, the deposit-guarantee button, the toad-patrol link; only one line in any paragraph) or a
section tag run into the start of the first paragraph.  On the new layout, residue the owner pasted sits among the
paragraphs of the post's Layout Builder text blocks, or in a text block of its own.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(Enfold's av_dropcap1 shortcode on the English Enfold page, the block editor's drop cap on gutenberg and wordpress,
the feature dropcap on magazine), italics (a one-line quote on ghost, a quoted paragraph on k2), bold (a one-line
paragraph: "Not one book was lost." on the English Enfold page), a highlighted sentence (<mark> on quintype, TinyMCE's
background colour on elementor), a paragraph in a box (the magazine's feature panel), a fact box holding a
subheading and its list (the block editor's group block around "Waiting for a home"), a callout (Enfold's
notification element around a commune's housing figures), a paragraph typed after a <br> (Shift+Enter, on the French
Enfold page and on amp); story structures that look like furniture but are the story: question-and-answer interviews
(questions typed in bold, some of a few words -- "Any regrets?", "Pourquoi coiffeur ?", "Как будете отдыхать от вызовов?" --, in
English, Turkish, French and Russian: a hill-farm vet after 35 years, a village minibus driver after 40, a village
barber after 42, a village medic after 37), lists inside the story (a housing register in numbers, what a village
did to its old school, how a sports pitch was paid for, a livestock fair's programme, what villagers bought for a
footbridge), crossheads as headings (a council housing plan, a library reopening, a road closed for toads, a shelter
for rough sleepers) and as bold paragraphs (a library roof, a sports club's pitch, a livestock fair, a village
footbridge), one-line quotes and short one-line paragraphs, a closing line with practical information (a library's
hours, a housing meeting, a toad patrol's meeting point, a farewell evening, a party for young readers, a
consultation, a visitor centre's hours, a bakery's free tea, a market pitch, a library's Saturday hours, a farewell
tea, a village hall's bookings, help at a toad fence, a book sale, a pitch's opening day, a public meeting, the
patrols' starting point, a leaving drink, an exhibition, volunteering at a shelter, a fair's opening, a farewell in a
village club, a pool's hours), and story sentences that use furniture words in ordinary reporting ("kept a photo of
the reading room on his fridge", "squash and cookies baked by our committee", "follow the signs and share what they
see with us", "Follow the smell of warm bread" opening a story, "should contact the town centre office" closing one,
"me montrent une photo sur leur téléphone"), some at the start or end of a story.  Two pages carry no residue at all
(an English bakery's centenary on cms and a Spanish farm co-operative's fiftieth year on legacy-br) and one only its
correction line (an English market on nextjs).
One page layout is new (enfold: a single post on a WordPress site running Kriesi's Enfold theme with the Avia Layout
Builder, on two pages, an English town paper and a French local news site; see the section of the layout below).
The theme's own strings (ENFOLD_CORE) are left as they ship and not checked; the sites' own strings (ENFOLD_SITES)
are.  The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- cms, amp,
legacy-br, portal, wordpress, ghost (make_pages.py), magazine and nextjs (make_heldout2.py), broadcaster
(make_heldout3.py), gutenberg and chunks (make_heldout4.py), squarespace and brightspot (make_heldout5.py), quintype
(make_heldout6.py), k2 (make_heldout7.py), webflow (make_heldout10.py), medium (make_heldout13.py), blogger
(make_heldout14.py), tilda (make_heldout15.py), wix (make_heldout16.py), weebly (make_heldout18.py) and elementor
(make_heldout21.py) --, none of them in the language h97 or h98 gave it, and 16 of them (all but the six first-round
layouts) used by none of h95 .. h98 (9 English pages, 3 in each other language but French, which has 2 besides its
Enfold page: English on gutenberg, magazine, medium, squarespace, brightspot, chunks, cms and nextjs; Turkish on
portal, webflow and blogger; German on wordpress, wix and weebly; French on k2 and tilda; Spanish on legacy-br,
elementor and amp; Russian on quintype, broadcaster and ghost); while a page is rendered, the earlier modules' related
headlines, the strings that belong to one site rather than to the platform (see SITE_STRINGS: the magazine's inline
link label and author bio, the chunks and gutenberg layouts' advert and consent labels, the broadcaster's video
labels, Squarespace's newsletter block, Brightspot's audio and promo labels, Quintype's "read also", Webflow's
consent banner and Mailchimp form, the Medium publication's navigation and teasers, Blogger's follow-by-email gadget,
description, profile and comments, Tilda's menu, subscription and cookie blocks, Wix's menu, footer and posts,
Weebly's menu, form, bio and comments, Elementor's whole site kit) and the residue pools those helpers draw from
themselves (the chunks and gutenberg layouts' advert and consent labels) are swapped for this part's own, and the
templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json.  Standard library only;
deterministic (each page's choices are seeded from its id).
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
import make_heldout86 as mp86  # noqa: E402
import make_heldout87 as mp87  # noqa: E402
import make_heldout88 as mp88  # noqa: E402
import make_heldout89 as mp89  # noqa: E402
import make_heldout90 as mp90  # noqa: E402
import make_heldout91 as mp91  # noqa: E402
import make_heldout92 as mp92  # noqa: E402
import make_heldout93 as mp93  # noqa: E402
import make_heldout94 as mp94  # noqa: E402
import make_heldout95 as mp95  # noqa: E402
import make_heldout96 as mp96  # noqa: E402
import make_heldout97 as mp97  # noqa: E402
import make_heldout98 as mp98  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h99_en import ARTICLES as H99_EN  # noqa: E402
from articles_h99_intl import ARTICLES as H99_INTL  # noqa: E402


ARTICLES = H99_EN + H99_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98)
# parts whose layouts' languages this part avoids (the two latest finished parts; h100 is written at the same time
# and was not read)
LANG_PARTS = (mp97, mp98)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp95, mp96, mp97, mp98)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h99"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h98 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Lidd valley maps and video clips stay hidden here until you switch on third-party cookies"],
        "tr": ["Kavaklıçeşme haritaları ve videoları, üçüncü taraf çerezlerini açana kadar burada gizli kalır"],
        "de": ["Karten und Videos aus Birkwalde bleiben hier ausgeblendet, bis Sie Cookies von Drittanbietern einschalten"],
        "fr": ["Les cartes et vidéos de la vallée de la Vézine restent masquées ici tant que les cookies tiers sont désactivés"],
        "es": ["Los mapas y vídeos de Villalcor siguen ocultos aquí hasta que actives las cookies de terceros"],
        "ru": ["Карты и видео Озерецка скрыты, пока вы не включите сторонние cookie"],
    },
    "newsletter": {
        "en": ["Get Lidd Valley Lunchtime, the day's Hallowmere news at noon",
               "That was your last free Hallowmere story this month: create an account to keep going"],
        "tr": ["Kavaklıçeşme Öğle Bülteni'ne yazılın, günün haberleri öğlen gelsin",
               "Bu ayın son ücretsiz Kavaklıçeşme haberini okudunuz, devam etmek için hesap açın"],
        "de": ["Die Birkwalder Mittagspost bestellen: die Nachrichten des Tages um zwölf",
               "Das war Ihr letzter freier Birkwalder Artikel in diesem Monat: Legen Sie ein Konto an, um weiterzulesen"],
        "fr": ["Recevez le Midi de la Vézine, l'actualité de Lestrières à l'heure du déjeuner",
               "C'était votre dernier article gratuit de Lestrières ce mois-ci : créez un compte pour poursuivre"],
        "es": ["Recibe el Mediodía de Villalcor, las noticias del día a la hora de comer",
               "Era tu última noticia gratuita de Villalcor este mes: crea una cuenta para seguir leyendo"],
        "ru": ["Получайте «Озерецкий полдень» — новости дня к обеду",
               "Это был последний бесплатный материал об Озерецке в этом месяце, создайте аккаунт, чтобы продолжить"],
    },
    "share": {
        "en": ["Pass it round Hallowmere: Facebook · WhatsApp · Threads · Email"],
        "tr": ["Kavaklıçeşme'de paylaşın: Facebook · WhatsApp · Threads · E-posta"],
        "de": ["In Birkwalde weitersagen: Facebook · WhatsApp · Threads · E-Mail"],
        "fr": ["Faire circuler à Lestrières : Facebook · WhatsApp · Threads · Courriel"],
        "es": ["Compártelo en Villalcor: Facebook · WhatsApp · Threads · Correo"],
        "ru": ["Поделиться в Озерецке: ВКонтакте · Telegram · MAX · Почта"],
    },
    "photo": {
        "en": ["Picture courtesy of a Hallowmere reader"],
        "tr": ["Fotoğraf: bir Kavaklıçeşmeli okurumuzun izniyle"],
        "de": ["Bild: mit freundlicher Genehmigung eines Birkwalder Lesers"],
        "fr": ["Photo aimablement prêtée par un lecteur de Lestrières"],
        "es": ["Imagen cedida por un lector de Villalcor"],
        "ru": ["Снимок предоставил читатель из Озерецка"],
    },
    "copyright": {
        "en": ["This Lidd valley article is the property of {site} and may not be reproduced in any form without permission."],
        "tr": ["Bu Kavaklıçeşme haberi {site} kuruluşuna aittir ve izin alınmadan hiçbir biçimde çoğaltılamaz."],
        "de": ["Dieser Birkwalder Beitrag ist Eigentum von {site} und darf ohne Genehmigung in keiner Form vervielfältigt werden."],
        "fr": ["Cet article sur la Vézine est la propriété de {site} et ne peut être reproduit sous aucune forme sans autorisation."],
        "es": ["Esta información de Villalcor es propiedad de {site} y no puede reproducirse de ninguna forma sin autorización."],
        "ru": ["Материал об Озерецке принадлежит «{site}», воспроизведение в любой форме без разрешения запрещено."],
    },
    "section": {
        "en": ["Lidd valley › {section}"],
        "tr": ["Kavaklıçeşme › {section}"],
        "de": ["Birkwalde › {section}"],
        "fr": ["Vallée de la Vézine › {section}"],
        "es": ["Villalcor › {section}"],
        "ru": ["Озерецк › {section}"],
    },
    "related": {
        "en": ["Also making news in the Lidd valley"],
        "tr": ["Kavaklıçeşme'de gündemdeki diğer haberler"],
        "de": ["Was Birkwalde sonst noch bewegt"],
        "fr": ["Également dans l'actualité de la Vézine"],
        "es": ["También es noticia en Villalcor"],
        "ru": ["Чем ещё живёт Озерецк"],
    },
    "symbol": {"*": ["✿ · ✿ · ✿", "—◆—◆—", "⋄⋄⋄⋄⋄"]},
    "credit": {
        "en": ["With further reporting from the {site} desk in Hallowmere"],
        "tr": ["{site} Kavaklıçeşme masasının katkılarıyla"],
        "de": ["Mit weiteren Informationen der {site}-Redaktion in Birkwalde"],
        "fr": ["Avec la contribution de la rédaction de {site} à Lestrières"],
        "es": ["Con la colaboración de la mesa de {site} en Villalcor"],
        "ru": ["При участии озерецкой редакции «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion · the Hallowmere article carries on below"],
        "tr": ["Ücretli tanıtım · Kavaklıçeşme haberi aşağıda devam ediyor"],
        "de": ["Bezahlte Werbung · der Birkwalder Artikel geht unten weiter"],
        "fr": ["Promotion payante · l'article de Lestrières se poursuit plus bas"],
        "es": ["Promoción pagada · la noticia de Villalcor continúa más abajo"],
        "ru": ["Оплаченная реклама · материал об Озерецке продолжается ниже"],
    },
    "continue": {
        "en": ["Read the whole Hallowmere story"],
        "tr": ["Kavaklıçeşme haberinin tamamını okuyun"],
        "de": ["Den ganzen Birkwalder Artikel lesen"],
        "fr": ["Lire tout l'article de Lestrières"],
        "es": ["Lee la noticia de Villalcor completa"],
        "ru": ["Читать материал об Озерецке полностью"],
    },
    "comments": {
        "en": ["{n} comments from around Hallowmere · join the conversation"],
        "tr": ["Kavaklıçeşme'den {n} yorum · sohbete katılın"],
        "de": ["{n} Kommentare aus Birkwalde · diskutieren Sie mit"],
        "fr": ["{n} commentaires de la vallée de la Vézine · participez à l'échange"],
        "es": ["{n} comentarios desde Villalcor · únete a la conversación"],
        "ru": ["{n} комментариев из Озерецка · присоединяйтесь к обсуждению"],
    },
    "readtime": {
        "en": ["{m}-minute read · Lidd valley"],
        "tr": ["{m} dakikalık okuma · Kavaklıçeşme"],
        "de": ["{m} Minuten Lesezeit · Birkwalde"],
        "fr": ["Lecture de {m} minutes · Vézine"],
        "es": ["Lectura de {m} minutos · Villalcor"],
        "ru": ["Читать {m} минуты · Озерецк"],
    },
    "updated": {
        "en": ["Last updated {d} at {t} by the Hallowmere desk"],
        "tr": ["Son güncelleme {d}, saat {t}, Kavaklıçeşme masası"],
        "de": ["Zuletzt aktualisiert am {d} um {t} Uhr von der Birkwalder Redaktion"],
        "fr": ["Dernière mise à jour le {d} à {t} par la rédaction de Lestrières"],
        "es": ["Última actualización: {d} a las {t}, mesa de Villalcor"],
        "ru": ["Последнее обновление {d} в {t}, озерецкая редакция"],
    },
    "audio": {
        "en": ["Play the audio version of this Lidd valley article ({m} min)"],
        "tr": ["Bu Kavaklıçeşme haberinin sesli sürümünü oynatın ({m} dk)"],
        "de": ["Die Audiofassung dieses Birkwalder Beitrags abspielen ({m} Min.)"],
        "fr": ["Écouter la version audio de cet article sur la Vézine ({m} min)"],
        "es": ["Reproduce la versión en audio de esta noticia de Villalcor ({m} min)"],
        "ru": ["Включить аудиоверсию материала об Озерецке ({m} мин)"],
    },
    "correction": {
        "en": ["This Lidd valley article has been amended to fix a mistake."],
        "tr": ["Bu Kavaklıçeşme haberindeki bir yanlış düzeltildi."],
        "de": ["Dieser Birkwalder Beitrag wurde wegen eines Fehlers geändert."],
        "fr": ["Cet article sur la Vézine a été modifié pour rectifier une erreur."],
        "es": ["Esta información de Villalcor se ha modificado para corregir un error."],
        "ru": ["В материал об Озерецке внесена правка: исправлена ошибка."],
    },
    "app": {
        "en": ["Get Hallowmere news first on your phone with the free {site} app"],
        "tr": ["Kavaklıçeşme haberlerini ücretsiz {site} uygulamasıyla telefonunuzda ilk siz öğrenin"],
        "de": ["Birkwalder Nachrichten zuerst auf dem Handy: mit der kostenlosen App von {site}"],
        "fr": ["L'actualité de Lestrières d'abord sur votre téléphone, avec l'application gratuite {site}"],
        "es": ["Entérate antes de las noticias de Villalcor con la app gratuita de {site}"],
        "ru": ["Узнавайте новости Озерецка первыми в бесплатном приложении «{site}»"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Hallowmere and the Lidd valley for {site}."],
        "tr": ["{by}, {site} için Kavaklıçeşme'de {section} haberlerini yazıyor."],
        "de": ["{by} schreibt für {site} über {section} in Birkwalde und den Ortsteilen."],
        "fr": ["{by} suit la rubrique {section} à Lestrières et dans la vallée de la Vézine pour {site}."],
        "es": ["{by} informa sobre {section} en Villalcor y su comarca para {site}."],
        "ru": ["{by} пишет для «{site}» о теме «{section}» в Озерецке и окрестностях."],
    },
    "tip": {
        "en": ["Know something we should be reporting in the Lidd valley? Ring the Hallowmere desk on 01632 960 844"],
        "tr": ["Kavaklıçeşme'de haber yapmamız gereken bir şey mi biliyorsunuz? Bizi arayın: 0 (364) 900 48 44"],
        "de": ["Wissen Sie etwas aus Birkwalde, über das wir berichten sollten? Rufen Sie uns an: 06541 8448-0"],
        "fr": ["Vous savez quelque chose sur la Vézine que nous devrions raconter ? Appelez-nous au 05 65 00 84 48"],
        "es": ["¿Sabes algo de Villalcor que deberíamos contar? Llámanos al 924 000 844"],
        "ru": ["Знаете, о чём в Озерецке нам стоит написать? Звоните: 8 (48143) 8-44-80"],
    },
    "typo": {
        "en": ["Mistake in this Hallowmere article: highlight it and press Ctrl+Enter"],
        "tr": ["Bu Kavaklıçeşme haberinde hata varsa: işaretleyip Ctrl+Enter'a basın"],
        "de": ["Fehler im Birkwalder Beitrag: markieren und Strg+Enter drücken"],
        "fr": ["Erreur dans cet article de Lestrières : sélectionnez-la et tapez Ctrl+Entrée"],
        "es": ["Fallo en esta noticia de Villalcor: selecciónalo y pulsa Ctrl+Intro"],
        "ru": ["Ошибка в материале об Озерецке: выделите её и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Alerts when big Hallowmere news breaks: turn on · not now"],
        "tr": ["Kavaklıçeşme'de önemli gelişmelerde bildirim: aç · şimdi değil"],
        "de": ["Hinweise bei großen Birkwalder Nachrichten: einschalten · jetzt nicht"],
        "fr": ["Alertes pour les grandes nouvelles de Lestrières : activer · pas maintenant"],
        "es": ["Avisos de las noticias importantes de Villalcor: activar · ahora no"],
        "ru": ["Уведомления о главных новостях Озерецка: включить · не сейчас"],
    },
    "print": {
        "en": ["Hallowmere article options: Print this page · Download PDF · Send by email"],
        "tr": ["Kavaklıçeşme haber seçenekleri: Sayfayı yazdır · PDF indir · E-postayla gönder"],
        "de": ["Optionen zum Birkwalder Beitrag: Seite drucken · PDF herunterladen · Per E-Mail senden"],
        "fr": ["Options de l'article de Lestrières : Imprimer la page · Télécharger le PDF · Envoyer par courriel"],
        "es": ["Opciones de la noticia de Villalcor: Imprimir la página · Descargar PDF · Enviar por correo"],
        "ru": ["Действия с материалом об Озерецке: Распечатать страницу · Скачать PDF · Отправить по почте"],
    },
    "feedback": {
        "en": ["Rate this Lidd valley article: useful · quite useful · not useful"],
        "tr": ["Bu Kavaklıçeşme haberini puanlayın: yararlı · biraz yararlı · yararsız"],
        "de": ["Bewerten Sie diesen Birkwalder Beitrag: hilfreich · einigermaßen · nicht hilfreich"],
        "fr": ["Notez cet article sur la Vézine : utile · assez utile · inutile"],
        "es": ["Valora esta noticia de Villalcor: útil · algo útil · nada útil"],
        "ru": ["Оцените материал об Озерецке: полезно · отчасти · бесполезно"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Lidd valley coverage go to complaints@hallowmere.example."],
        "tr": ["{site} Basın Ahlak Esasları'na uyar; Kavaklıçeşme haberlerimize itirazlarınızı itiraz@kavaklicesme.example adresine iletin."],
        "de": ["{site} hält sich an den Pressekodex; Einwände gegen unsere Birkwalder Berichte an ombudsstelle@birkwalde.example."],
        "fr": ["{site} respecte la charte de Munich ; pour toute réclamation sur nos articles de la Vézine : reclamations@lestrieres.example."],
        "es": ["{site} sigue el código de la FAPE; reclamaciones sobre nuestra información de Villalcor a lectores@villalcor.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобы на материалы об Озерецке: pretenzii@ozeretsk.example."],
    },
    "topics": {
        "en": ["Explore: {section} · Hallowmere · Scarrowby"],
        "tr": ["Konular: {section} · Kavaklıçeşme · Yeşiloba"],
        "de": ["Themen: {section} · Birkwalde · Rohrsee"],
        "fr": ["Thèmes : {section} · Lestrières · Coumbes"],
        "es": ["Temas: {section} · Villalcor · Torrebrava"],
        "ru": ["Темы: {section} · Озерецк · Ивняги"],
    },
    "bookmark": {
        "en": ["♡ Keep this Hallowmere article for later"],
        "tr": ["♡ Bu Kavaklıçeşme haberini sonra okumak için saklayın"],
        "de": ["♡ Birkwalder Beitrag für später merken"],
        "fr": ["♡ Garder cet article de Lestrières pour plus tard"],
        "es": ["♡ Guardar esta noticia de Villalcor para después"],
        "ru": ["♡ Отложить материал об Озерецке на потом"],
    },
    "poll": {
        "en": ["Quick poll, Hallowmere: agree · disagree · don't know"],
        "tr": ["Hızlı anket, Kavaklıçeşme: katılıyorum · katılmıyorum · bilmiyorum"],
        "de": ["Kurze Umfrage, Birkwalde: stimme zu · stimme nicht zu · weiß nicht"],
        "fr": ["Petit sondage, Lestrières : d'accord · pas d'accord · sans avis"],
        "es": ["Encuesta rápida, Villalcor: de acuerdo · en desacuerdo · no sé"],
        "ru": ["Быстрый опрос, Озерецк: согласен · не согласен · не знаю"],
    },
    "embed": {
        "en": ["See {handle}'s Hallowmere post on Instagram", "Play {handle}'s Lidd valley video on YouTube"],
        "tr": ["{handle} hesabının Kavaklıçeşme gönderisini Instagram'da görün", "{handle} hesabının Kavaklıçeşme videosunu YouTube'da oynatın"],
        "de": ["Den Birkwalder Beitrag von {handle} auf Instagram ansehen", "Das Birkwalder Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur Lestrières dans Instagram", "Lire la vidéo de {handle} sur la Vézine dans YouTube"],
        "es": ["Ver la publicación de {handle} sobre Villalcor en Instagram", "Reproducir el vídeo de {handle} sobre Villalcor en YouTube"],
        "ru": ["Посмотреть публикацию {handle} об Озерецке в Instagram", "Включить видео {handle} об Озерецке на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "libraryamnesty": {
        "en": ["Library fines amnesty: what you need to know", "Fines amnesty: branches and dates", "Return overdue books fine-free ›",
               "The fines amnesty at a glance"],
        "tr": ["Kütüphane ceza affı: bilmeniz gerekenler", "Ceza affı: şubeler ve tarihler", "Gecikmiş kitabınızı cezasız iade edin ›",
               "Ceza affı kısaca"],
        "de": ["Gebührenamnestie der Bücherei: das Wichtigste", "Gebührenamnestie: Standorte und Zeitraum", "Überfällige Medien gebührenfrei zurückgeben ›",
               "Die Gebührenamnestie auf einen Blick"],
    },
    "rentdeposit": {
        "en": ["Rent deposit guarantee: who can get help", "Deposit guarantee scheme: what is covered", "Apply for a rent deposit guarantee ›",
               "Deposit guarantees in brief"],
        "fr": ["Garantie de caution communale : qui peut en bénéficier", "Caution locative communale : ce qui est couvert", "Demander la garantie de caution ›",
               "La caution communale en bref"],
        "es": ["Aval de fianza: quién puede pedirlo", "Aval municipal de fianza: qué cubre", "Solicitar el aval de fianza ›",
               "El aval de fianza, en resumen"],
    },
    "toadcrossings": {
        "en": ["Join the toad patrol: how it works", "Toad patrol rota: where and when", "Volunteer for the toad patrol ›",
               "The toad patrol at a glance"],
        "de": ["Krötenhilfe am Zaun: so machen Sie mit", "Krötendienste: wo und wann", "Jetzt für den Krötendienst melden ›",
               "Die Krötenhilfe auf einen Blick"],
        "fr": ["Rejoindre les sauveteurs de crapauds : mode d'emploi", "Ramassage des amphibiens : lieux et horaires", "S'inscrire au ramassage des crapauds ›",
               "Le ramassage des crapauds en bref"],
    },
}
NEW_STYLE_WORDING = {"libraryamnesty": [0, 1, 2, 3], "rentdeposit": [0, 1, 2, 3], "toadcrossings": [0, 1, 2, 3]}
# library fines amnesty: the branches and dates; what is waived, what is not and how to return
AMNESTY_ROWS = {
    "en": [("Hallowmere Library, Tanner Street", "14 February to 31 March"),
           ("Scarrowby Library, Church Lane", "1 March to 30 April"),
           ("Mobile library, every Lidd valley stop", "until 30 April")],
    "tr": [("İlçe Halk Kütüphanesi, Cumhuriyet Caddesi", "2-31 Mart"),
           ("Yeşiloba Köy Kitaplığı", "Mart ayı boyunca"),
           ("Gezici kütüphane, köy durakları", "30 Nisan'a kadar")],
    "de": [("Stadtbücherei Birkwalde, Marktplatz 2", "den ganzen April über"),
           ("Zweigstelle Rohrsee im Bürgerhaus", "zu den Öffnungszeiten im April"),
           ("Rückgabeautomat am Rathaus", "Tag und Nacht, auch sonntags")],
}
AMNESTY_HEAD = {"en": ("Branch", "Amnesty runs"), "tr": ("Şube", "Af süresi"), "de": ("Standort", "Zeitraum")}
AMNESTY_INFO = {
    "en": [("What is written off", "every overdue fine on books, DVDs and audiobooks, however old"),
           ("What still has to be paid", "charges for lost or damaged items"),
           ("How to bring them back", "at any branch desk or in the returns box, no questions asked")],
    "tr": [("Silinen cezalar", "kitap ve dergilerdeki bütün gecikme cezaları"),
           ("Silinmeyen borçlar", "kayıp ya da hasarlı kitapların bedeli"),
           ("Nasıl iade edilir", "herhangi bir şubenin bankosuna bırakmanız yeterli")],
    "de": [("Was erlassen wird", "alle Säumnisgebühren für Bücher, Hörbücher und Spiele"),
           ("Was bleibt", "Ersatzkosten für verlorene oder beschädigte Medien"),
           ("So geben Sie zurück", "an der Theke, am Automaten oder in der Rückgabebox")],
}
# rent deposit guarantees: what is covered; who qualifies, landlords and how to apply
DEPOSIT_ROWS = {
    "en": [("Deposit covered", "up to five weeks' rent, as a written guarantee to the landlord"),
           ("Rent in advance", "a one-off loan of up to one month's rent, repaid over a year"),
           ("Length of the guarantee", "the first 12 months of the tenancy")],
    "fr": [("Montant garanti", "jusqu'à un mois de loyer hors charges"),
           ("Durée de la garantie", "toute la durée du premier bail"),
           ("Logements concernés", "logements du parc privé situés sur la commune")],
    "es": [("Fianza cubierta", "hasta dos mensualidades de alquiler"),
           ("Duración del aval", "los dos primeros años del contrato"),
           ("Viviendas", "pisos y casas de alquiler en el término municipal")],
}
DEPOSIT_HEAD = {"en": ("Help", "Details"), "fr": ("Aide", "Détail"), "es": ("Ayuda", "Detalle")}
DEPOSIT_INFO = {
    "en": [("Who the scheme is for", "households on the Lidd valley housing register, or at risk of losing their home, who can afford the rent"),
           ("For landlords", "the council pays out for unpaid rent or damage at the end of the tenancy"),
           ("Applying", "call the housing options team on 01632 960 218 or fill in the online form")],
    "fr": [("Ménages concernés", "les ménages dont les revenus ne dépassent pas les plafonds du logement social"),
           ("Pour les propriétaires", "la commune rembourse les loyers impayés et les dégradations constatées au départ"),
           ("La démarche", "au centre communal d'action sociale, sur rendez-vous")],
    "es": [("Quién puede pedirlo", "personas empadronadas en Villalcor con ingresos suficientes para pagar el alquiler"),
           ("Propietarios", "el Ayuntamiento responde de impagos y desperfectos hasta el importe avalado"),
           ("Cómo se pide", "en los servicios sociales municipales, con cita previa")],
}
# toad patrols: where and when; kit, safety and how to join
TOAD_ROWS = {
    "en": [("Mill Lane, Scarrowby", "dusk to 10pm on mild, wet nights, February to April"),
           ("Brindle Moss access road", "7pm to 9pm through March"),
           ("Beck Lane, Pennick Cross", "from dusk on nights above 5°C")],
    "de": [("Kreisstraße Rohrsee–Kleinhelling", "Eimerkontrolle um 7 und um 19 Uhr"),
           ("Weiherweg am Rohrseer Weiher", "abends ab 18.30 Uhr"),
           ("Waldweg nach Kleinhelling", "bei Regen und mehr als 5 Grad")],
    "fr": [("Départementale du marais de Coumbes", "chaque soir de pluie à 19 h"),
           ("Chemin de la Vézine, Saint-Méard", "le week-end, à la tombée de la nuit"),
           ("Étang de Lestrières", "relève des seaux à 7 h 30")],
}
TOAD_HEAD = {"en": ("Where", "When"), "de": ("Wo", "Wann"), "fr": ("Où", "Quand")}
TOAD_INFO = {
    "en": [("Kit to bring along", "a torch, a bucket, gloves and a high-visibility jacket"),
           ("Keeping safe", "never stand in the road; walk on the verge facing the traffic"),
           ("Signing up", "email the patrol coordinator or come to the briefing in Scarrowby village hall")],
    "de": [("Was Sie mitbringen", "Taschenlampe, Handschuhe und feste Schuhe; Warnwesten und Eimer liegen bereit"),
           ("Sicherheit", "nur am Fahrbahnrand gehen, Kinder nur mit Erwachsenen"),
           ("So machen Sie mit", "bei der Naturschutzgruppe Birkwalde, Telefon 06541 3399-0")],
    "fr": [("Matériel", "lampe frontale, gants, gilet réfléchissant et bottes"),
           ("Sécurité", "toujours sur le bas-côté, jamais sur la chaussée"),
           ("S'inscrire", "auprès du conservatoire d'espaces naturels, au 05 00 41 27 63")],
}
WIDGET_ROWS = (("libraryamnesty branches", AMNESTY_ROWS), ("libraryamnesty info", AMNESTY_INFO),
               ("rentdeposit cover", DEPOSIT_ROWS), ("rentdeposit info", DEPOSIT_INFO),
               ("toadcrossings sites", TOAD_ROWS), ("toadcrossings info", TOAD_INFO))
WIDGET_LANGS = {"libraryamnesty": ("en", "tr", "de"), "rentdeposit": ("en", "fr", "es"), "toadcrossings": ("en", "de", "fr")}

# the related-stories lists' headlines (this part's own)
HEADLINES = {
    "en": ["Hallowmere swimming pool to close for a month of repairs", "Scarrowby pub reopens under community ownership",
           "Tarnsett school wins county chess title", "New footbridge planned over the Lidd at Ewedale",
           "Brindle Moss bus route saved after council U-turn", "Pennick Cross church bells ring again after restoration"],
    "tr": ["Kavaklıçeşme'de pazar yeri yeni yerine taşınıyor", "Yeşiloba yolu asfaltlanıyor",
           "Taşhan'da kiraz hasadı erken başladı", "Kavaklıçeşmespor play-off'a kaldı",
           "İlçeye yeni bir aile sağlığı merkezi", "Belediye otobüs seferlerini artırdı"],
    "de": ["Birkwalder Freibad öffnet schon im Mai", "Neue Radwegbrücke über die Helling",
           "Grundschule Rohrsee bekommt eine Mensa", "Birkwalder Wochenmarkt bekommt zwei neue Stände",
           "Stadtwerke senken den Wasserpreis", "Kleinhellinger Kirmes mit neuem Festzelt"],
    "fr": ["Lestrières : le marché de plein vent change de jour", "Coumbes inaugure sa nouvelle salle polyvalente",
           "La Vézine en crue : la passerelle fermée", "Le collège de Lestrières rénove sa cantine",
           "Saint-Méard fête ses cent ans de rugby", "Une maison de santé ouvrira en septembre"],
    "es": ["Villalcor estrena carril bici hasta el polígono", "Torrebrava recupera su banda de música",
           "El colegio de Navahonda amplía el comedor", "La piscina municipal abrirá en junio",
           "Nuevo horario del autobús a la capital", "Las fiestas de Villalcor ya tienen pregonera"],
    "ru": ["В Озерецке отремонтируют центральную площадь", "В Ивнягах открыли новый магазин",
           "Озерецкие лыжники стали призёрами области", "Через Ивнянку построят новый автомобильный мост",
           "В Красном Бору заработал водопровод", "Автобус до райцентра будет ходить чаще"],
}
# the one-line teasers of the Medium publication's other stories
TEASERS = {
    "en": ["The pool's boiler is forty years old and finally gave up in January.",
           "Shares went on sale at £25 and 340 villagers bought them.",
           "The team of eight beat schools twice their size.",
           "The crossing will replace stepping stones that flood every winter.",
           "The number 47 will keep its hourly service until at least 2028.",
           "Six of the eight bells had been silent since 1998."]}
# handed out in page order to the pages without a fixed site (one per page; the sites of the layouts keyed by site
# name, of the small sites and of the two Enfold pages are given in the stories' "site" field)
SITES = {
    "en": ["Hallowmere Herald and Post", "Lidd Valley Life", "Hallowmere Unfolded", "Lidd Valley Evening News",
           "Hallowmere Today", "The Lidd Valley Sentinel", "Hallowmere Live"],
    "tr": ["Kavaklıçeşme Gazetesi", "Kavaklıçeşme Rehberi"],
    "de": ["Birkwalder Kreisblatt"],
    "fr": ["La Voix de Lestrières", "Vézine Infos"],
    "es": ["La Hoja de Villalcor", "Villalcor Digital", "Diario de Villalcor"],
    "ru": ["Озерецк сегодня", "Озерецк ТВ", "Красноборские записки"],
}
UI_NEW = {
    "en": dict(nav=["Hallowmere news", "Lidd valley villages", "Hallowmere police and courts", "Lidd valley schools", "Hallowmere sport", "Out and about in the Lidd valley", "Hallowmere public notices"],
               cookie="This Lidd valley website and its partners store cookies to keep you logged in, to see which Hallowmere stories are read and to show adverts that pay for our reporting. Choose what you allow.",
               accept="Accept all Lidd valley cookies", reject="Manage my Hallowmere choices", share="Send this Hallowmere story to someone",
               related="More from Hallowmere and the Lidd valley", newsletter="Lidd Valley Morning: the stories that matter, at 6.30am every weekday",
               subscribe="Sign me up for Lidd Valley Morning", email="name@liddvalleymorning.example",
               comment_note="Comments on Hallowmere stories are read by our moderators before they go live, so please keep them kind and about the story.",
               closed="Comments are now closed on this Hallowmere story.",
               footer=["Contact the Hallowmere newsroom", "Lidd valley corrections", "How we handle your data in Hallowmere", "Advertising in the Lidd valley", "Hallowmere comment rules"],
               rights="All Lidd valley newsroom text and images are owned by the publisher and must not be reused without agreement.",
               commenters=[("ScarrowbySue", "About time too, Hallowmere has waited long enough."),
                           ("Hallowmere_Ken", "I'll believe it when I see it finished.")]),
    "tr": dict(nav=["Kavaklıçeşme gündem", "Kavaklıçeşme köyleri", "Kavaklıçeşme adliye", "Kavaklıçeşme okulları", "Kavaklıçeşme spor", "Kavaklıçeşme'de hafta sonu", "Kavaklıçeşme resmî ilanlar"],
               cookie="Kavaklıçeşme sitemiz ve iş ortakları; oturumunuzu hatırlamak, hangi Kavaklıçeşme haberlerinin okunduğunu görmek ve haberciliğimizi karşılayan reklamları göstermek için çerez saklar. İzin verdiklerinizi seçin.",
               accept="Kavaklıçeşme çerezlerinin hepsini kabul et", reject="Kavaklıçeşme tercihlerimi yöneteyim", share="Bu Kavaklıçeşme haberini birine gönderin",
               related="Kavaklıçeşme ve köylerinden daha fazlası", newsletter="Kavaklıçeşme Sabahı: önemli haberler hafta içi her sabah 06.30'da",
               subscribe="Kavaklıçeşme Sabahı'na kaydet", email="adiniz@kavaklicesme-sabahi.example",
               comment_note="Kavaklıçeşme haberlerine yapılan yorumları moderatörlerimiz yayından önce okur, lütfen kibar olun ve konuya bağlı kalın.",
               closed="Bu Kavaklıçeşme haberi yorumlara kapatıldı.",
               footer=["Kavaklıçeşme haber merkezine ulaşın", "Kavaklıçeşme düzeltmeleri", "Kavaklıçeşme'de kişisel verileriniz", "Kavaklıçeşme'de reklam verin", "Kavaklıçeşme yorum ilkeleri"],
               rights="Kavaklıçeşme haber merkezinin tüm yazı ve görselleri yayıncıya aittir, izin alınmadan yeniden kullanılamaz.",
               commenters=[("Yeşilobalı_Hüsnü", "Kavaklıçeşme bunu çoktan hak etmişti."),
                           ("Kavaklı_Nermin", "Bitince inanacağım.")]),
    "de": dict(nav=["Birkwalde aktuell", "Rohrsee und Kleinhelling", "Blaulicht Birkwalde", "Schulen in Birkwalde", "Sport in Birkwalde", "Freizeit rund um Birkwalde", "Amtliches aus Birkwalde"],
               cookie="Diese Birkwalder Website und ihre Partner speichern Cookies, damit Sie angemeldet bleiben, damit wir sehen, welche Birkwalder Artikel gelesen werden, und um Werbung zu zeigen, die unsere Arbeit bezahlt. Wählen Sie aus, was Sie erlauben.",
               accept="Alle Birkwalder Cookies annehmen", reject="Meine Birkwalder Auswahl verwalten", share="Diesen Birkwalder Artikel jemandem schicken",
               related="Mehr aus Birkwalde und den Ortsteilen", newsletter="Birkwalde am Morgen: das Wichtigste werktags um 6.30 Uhr",
               subscribe="Birkwalde am Morgen abonnieren", email="name@birkwalde-am-morgen.example",
               comment_note="Kommentare zu Birkwalder Artikeln lesen unsere Moderatoren vor dem Erscheinen, also bitte freundlich bleiben und beim Artikel.",
               closed="Zu diesem Birkwalder Artikel sind keine Kommentare mehr möglich.",
               footer=["Kontakt zur Birkwalder Redaktion", "Birkwalder Korrekturen", "Ihre Daten bei uns in Birkwalde", "Werben in Birkwalde", "Birkwalder Kommentarregeln"],
               rights="Alle Texte und Bilder der Birkwalder Redaktion gehören dem Verlag und dürfen nicht ohne Absprache weiterverwendet werden.",
               commenters=[("Rohrseer_Gisela", "Darauf hat Birkwalde lange gewartet."),
                           ("Birkwalder_Heinz", "Ich glaube es erst, wenn es fertig ist.")]),
    "fr": dict(nav=["Lestrières", "Les villages de la Vézine", "Faits divers en Vézine", "Écoles de Lestrières", "Sport à Lestrières", "Sorties dans la vallée de la Vézine", "Annonces légales de Lestrières"],
               cookie="Ce site de la Vézine et ses partenaires déposent des cookies pour garder votre session, voir quels articles de Lestrières sont lus et afficher les publicités qui financent notre travail. Choisissez ce que vous autorisez.",
               accept="Accepter tous les cookies de la Vézine", reject="Gérer mes choix pour Lestrières", share="Envoyer cet article de Lestrières à quelqu'un",
               related="Plus d'actualité de Lestrières et de la Vézine", newsletter="Vézine Matin : l'essentiel à 6 h 30 chaque jour de semaine",
               subscribe="M'inscrire à Vézine Matin", email="nom@vezine-matin.example",
               comment_note="Nos modérateurs lisent les commentaires sur les articles de Lestrières avant publication, merci de rester courtois et de parler de l'article.",
               closed="Les commentaires sont fermés pour cet article de Lestrières.",
               footer=["Contacter la rédaction de Lestrières", "Rectificatifs de la Vézine", "Vos données à Lestrières", "Faire de la publicité en Vézine", "Règles de commentaire de Lestrières"],
               rights="Tous les textes et images de la rédaction de la Vézine appartiennent à l'éditeur et ne peuvent être réutilisés sans accord.",
               commenters=[("Coumbes_Josette", "Lestrières attendait ça depuis longtemps."),
                           ("Lestrierois_Paulo", "J'y croirai quand ce sera terminé.")]),
    "es": dict(nav=["Villalcor", "Pueblos de la comarca de Villalcor", "Sucesos en Villalcor", "Colegios de Villalcor", "Deportes en Villalcor", "Planes en la comarca de Villalcor", "Anuncios oficiales de Villalcor"],
               cookie="Esta web de Villalcor y sus socios guardan cookies para mantener tu sesión, saber qué noticias de Villalcor se leen y mostrar la publicidad que paga nuestro trabajo. Elige qué permites.",
               accept="Aceptar todas las cookies de Villalcor", reject="Gestionar mis opciones de Villalcor", share="Envía esta noticia de Villalcor a alguien",
               related="Más noticias de Villalcor y su comarca", newsletter="Villalcor al Alba: lo importante a las 6.30 cada día laborable",
               subscribe="Apuntarme a Villalcor al Alba", email="nombre@villalcor-al-alba.example",
               comment_note="Nuestros moderadores leen los comentarios sobre Villalcor antes de publicarlos, así que sé amable y habla de la noticia.",
               closed="Los comentarios de esta noticia de Villalcor están cerrados.",
               footer=["Contacta con la redacción de Villalcor", "Fe de erratas de Villalcor", "Tus datos en Villalcor", "Anúnciate en Villalcor", "Normas de comentarios de Villalcor"],
               rights="Todos los textos e imágenes de la redacción de Villalcor son propiedad del editor y no pueden reutilizarse sin acuerdo.",
               commenters=[("Torrebravense_Encarna", "Villalcor llevaba años esperando esto."),
                           ("Villalcoreño_Paco", "Me lo creeré cuando esté terminado.")]),
    "ru": dict(nav=["Новости Озерецка", "Сёла Озерецкого округа", "Происшествия в Озерецке", "Школы Озерецка", "Спорт в Озерецке", "Куда пойти в Озерецке", "Официально: Озерецк"],
               cookie="Этот озерецкий сайт и его партнёры сохраняют cookie, чтобы помнить ваш вход, видеть, какие материалы об Озерецке читают, и показывать рекламу, которая оплачивает нашу работу. Выберите, что разрешить.",
               accept="Принять все cookie Озерецка", reject="Выбрать настройки для Озерецка", share="Отправить материал об Озерецке знакомым",
               related="Ещё об Озерецке и округе", newsletter="«Озерецкое утро»: главное в 6:30 по будням",
               subscribe="Подписаться на «Озерецкое утро»", email="imya@ozeretskoe-utro.example",
               comment_note="Модераторы читают комментарии к материалам об Озерецке до публикации, поэтому будьте вежливы и пишите по теме.",
               closed="Комментарии к этому материалу об Озерецке закрыты.",
               footer=["Написать в озерецкую редакцию", "Поправки озерецкой редакции", "Ваши данные на сайте Озерецка", "Реклама в Озерецке", "Правила комментариев Озерецка"],
               rights="Все тексты и изображения озерецкой редакции принадлежат издателю, повторное использование без согласия запрещено.",
               commenters=[("Ивняговская_Зоя", "Озерецк этого давно ждал."),
                           ("Озерецкий_Петрович", "Поверю, когда достроят.")]),
}

UI99 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"en": "MORE FROM THE LIDD VALLEY:"},  # the magazine layout's inline links
    (mp2, "BIO"): {"en": "{name} writes the longer reads about {section} for {site} from the Hallowmere office. Story ideas to features@liddvalleylife.example"},
    (mp4, "READMORE"): {"en": "ALSO IN HALLOWMERE:"},
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg's consent placeholder, chunks' advert labels
    (mp3, "BROADCAST"): {"ru": dict(watch="Смотрите сюжет Озерецк ТВ:", fallback="Сюжет Озерецк ТВ не воспроизводится на этом устройстве.",
                                    live="Озерецк ТВ: прямой эфир", topics="Другие сюжеты Озерецк ТВ")},
    (mp5, "SQS"): {"en": dict(title="News from the Friends of Scarrowby Library", desc="A short email before each book sale, story session and summer fair.",
                              button="Add me to the Friends' mailing list", foot="We only use your address for Friends news and never pass it on.",
                              prev="Older Friends news", next="Newer Friends news", cookie_ok="Happy with that, thanks")},
    (mp5, "BRIGHT"): {"en": dict(listen="Listen to this Evening News report", promo="MORE FROM THE EVENING NEWS",
                                 more="Latest from the Lidd Valley Evening News")},
    (mp6, "QT"): {"ru": dict(also="Читайте также в «Озерецк сегодня»")},
    (mp10, "WEBFLOW"): {"tr": dict(cc_text="Kavaklıçeşme Rehberi, hangi yazıların okunduğunu anlamak için çerez kullanır; reddederseniz yalnızca gerekli olanlar çalışır.",
                                   cc_prefs="Rehber çerez ayarları", cc_deny="Sadece gerekli çerezler", cc_allow="Rehber'in bütün çerezlerine izin ver",
                                   back="← Kavaklıçeşme Rehberi'nin tüm yazıları", by="Söyleşi", published="Rehber'de yayımlandığı gün",
                                   mc_title="Kavaklıçeşme Rehberi her perşembe e-postanızda", mc_req="işaretli alanlar doldurulmalı",
                                   mc_email="Perşembe bülteni için e-posta adresiniz", mc_button="Perşembe bültenine yazıl",
                                   share="Bu söyleşiyi paylaşın", more="Rehber'den başka söyleşiler")},
    (mp13, "PUB_NAV"): {"en": ["New on Hallowmere Unfolded", "Lidd valley lives", "Hallowmere then and now", "Support Hallowmere Unfolded"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp14, "BLOGGER"): {"tr": dict(follow="Taşhan'dan yeni yazılar e-postanıza gelsin:", follow_ph="Taşhan için e-posta adresiniz",
                                   follow_btn="Taşhan listesine katıl",
                                   desc="Taşhan köyünün blogu: imeceler, düğünler, hasat ve köy konağından haberler.",
                                   bio="Taşhan muhtarı; köyün blogunu 2016'dan beri yazıyor.",
                                   comments=[("Gülsüm Aktaş", "Emeği geçenlerin eline sağlık, konağın fotoğraflarını görünce çok sevindim."),
                                             ("Kemal Yazıcı", "Köln'den selam. Bağış için hesap numarasını yazar mısınız?")])},
    (mp15, "TILDA"): {"fr": dict(nav=["L'actu de la Vézine", "Lestrières au jour le jour", "Les villages de la vallée", "Écrire à Vézine Infos"],
                                 by="Portrait signé", sub_title="Vézine Infos du samedi",
                                 sub_text="Chaque samedi, les nouvelles de la vallée de la Vézine dans un seul courriel.",
                                 ph="Votre adresse pour Vézine Infos", button="Recevoir Vézine Infos le samedi",
                                 ok="C'est noté : confirmez votre inscription dans le courriel que nous venons de vous envoyer.",
                                 share="Faire connaître ce portrait de Vézine Infos", back="← Tous les articles de Vézine Infos",
                                 about="Vézine Infos, média local indépendant de la vallée de la Vézine depuis 2020.",
                                 cookie="Vézine Infos utilise des cookies pour compter ses lecteurs et faire marcher l'inscription du samedi.",
                                 cookie_ok="Entendu pour les cookies")},
    (mp16, "WIX"): {"de": dict(nav=["Willkommen beim Förderverein", "Unsere Stadtbücherei", "Neuigkeiten aus der Bücherei", "Bücherflohmarkt und Termine", "Fördermitglied der Bücherei werden"],
                               footer="Förderverein Stadtbücherei Birkwalde e.V. · Marktplatz 2 · Vorstandssprechstunde jeden ersten Dienstag im Monat",
                               rights="© 2026 {site} · erstellt mit Wix.com",
                               button="Post vom Förderverein abonnieren",
                               posts=["Lesesommer 2026: Anmeldung ab Juni", "Neue Hörbuchregale für die Kinderecke", "Rückblick auf die Mitgliederversammlung"],
                               tags=["Stadtbücherei Birkwalde", "Haushalt 2026"])},
    (mp18, "WEEBLY"): {"de": dict(nav=["TSV Kleinhelling", "Fußball", "Turnen und Gymnastik", "Neues aus dem Verein", "So finden Sie die Seestraße"],
                                  footer="TSV Kleinhelling 1921 e.V. · Sportgelände Seestraße 12 · Geschäftsstelle donnerstags 18 bis 19.30 Uhr",
                                  form_text="Einmal im Monat die Neuigkeiten aus dem Verein, vom Bambini bis zu den Alten Herren.",
                                  form_title="Vereinspost per E-Mail", form_button="Vereinspost bestellen",
                                  bio="Uwe Brandtner ist seit 2019 Vorsitzender des TSV und spielt selbst noch bei den Alten Herren.",
                                  cats=["Kunstrasen", "Jugendfußball"],
                                  commenters=[("Jugendtrainer Micha", "Die Jugend freut sich riesig über den Platz."),
                                              ("Familie Kaya", "Danke an alle Helfer, das sieht super aus.")],
                                  free=True, heads="title", tld="de", country="DE", currency="EUR")},
    (mp21, "ELEMENTOR"): {"es": dict(
        about="Periódico digital de Villalcor y su comarca, hecho desde 2018 por un pequeño equipo de periodistas de la zona.",
        ad_label="Anuncios de comercios de Villalcor", bio="Redactor de Villalcor Digital. Sigue los servicios sociales y los plenos del Ayuntamiento.",
        button="Apoya a Villalcor Digital",
        commenters=[("Conchi R.", "Hacía falta, en invierno se ve a gente durmiendo en los soportales."),
                    ("Manolo de la calle Ancha", "¿Y el aparcamiento del cuartel dónde queda ahora?")],
        cookie_text="Villalcor Digital usa cookies para contar cuántas personas nos leen y para mostrar anuncios de negocios de la comarca. Decide si las aceptas.",
        cookie_title="Villalcor Digital y las cookies",
        copyright="© 2026 Villalcor Digital, editado por Villalcor Comunicación SL; prohibida la copia sin permiso del editor",
        domain="villalcordigital.es", follow_title="Villalcor Digital en redes", footer_id=88, gtag="G-VLC7R2D9KX", header_id=71, kit=11,
        legal=["Aviso legal de Villalcor Digital", "Privacidad en Villalcor Digital", "Cookies de Villalcor Digital", "Escribe a Villalcor Digital"],
        legal_title="Lo legal de Villalcor Digital",
        menu=["Actualidad de Villalcor", "Villalcor hoy", "Pueblos del entorno de Villalcor", "Campo villalcoreño", "Deporte en Villalcor y alrededores", "Fiestas y planes en Villalcor", "Quiénes hacemos Villalcor Digital"],
        nl_button="Quiero el boletín de Villalcor", nl_form="Boletín de los viernes", nl_label="Correo para el boletín de los viernes",
        nl_legal="Acepto la política de privacidad de Villalcor Digital y quiero recibir el boletín de los viernes.",
        nl_ph="tucorreo@villalcor.example", nl_text="Los viernes, lo que ha pasado en Villalcor y su comarca, en un solo correo.",
        nl_title="El boletín de Villalcor", popular_title="Lo más leído en Villalcor", related_title="Más de Villalcor Digital",
        sections_title="Secciones de Villalcor Digital", share_title="Comparte esta noticia de Villalcor", single_id=942,
        slogan="Noticias de Villalcor, Torrebrava, Navahonda y la comarca", tags=["albergue municipal", "personas sin hogar", "calle Ancha"])},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "colour", "color", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit", "single_id",
               "free", "tld", "country", "currency"}


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



def days_after(iso, days):
    """The date `days` after an ISO date, as an ISO date."""
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)).isoformat()





# --------------------------------------------------------------------------
# the new layout: a single post on a WordPress site running Kriesi's Enfold theme, its content built with the Avia
# Layout Builder, as the server renders it for a reader who has not yet answered the theme's cookie consent bar -- an
# English town paper (The Hallowmere Bugle) and a French local news site (Le Courrier de la Vézine).  The <html>
# element carries Enfold's html_* and av-cookies-* classes; the head holds the metas, Yoast's title, canonical, Open
# Graph and schema graph, the feeds, the theme's inline script that checks the cookie setting before it loads the
# Google web fonts, the emoji settings, the merged stylesheet (wp-content/uploads/dynamic_avia/avia-merged-styles-
# <hash>.css), jQuery, the inlined avia_framework_globals (frameworkUrl, installedAt, ajaxurl), the theme's
# dynamic-styles block and the site's Google tag; the body (#top, with Enfold's body classes) opens #wrap_all with
# the #header (#header_meta: social bookmarks, the sub_menu and the phone-info line; #header_main: the logo, the
# main_menu with avia-menu items, the search icon and the burger menu) and #main: the title_container with the
# category as main-title and the avia-breadcrumbs trail, then the Avia Layout Builder output -- an avia-section
# (av_section_1, container_wrap fullsize) holding the post entry: the av-special-heading with the h1 and its
# av-subheading, the post-meta-infos line (date, categories, author), av_textblock_section blocks whose avia_textblock
# holds the story's paragraphs (residue the owner pasted sits among them, block-level residue in a text block of its
# own), an avia-image-container with its av-image-caption-overlay after the first third of the story --, then the
# after_section container with the av-social-sharing-box (av-share-box with its av-share-link items), the
# related_posts block in the tooltip style (av-related-style-tooltips: relThumb entries, each with its
# avia-related-tooltip title) and the comment-entry with the comment form; then the #footer widget columns (about,
# recent posts, categories, contact), the #socket with the copyright line, social bookmarks and the socket menu, the
# scroll-top link, the cookie consent bar (avia-cookie-consent with the site's message and buttons) and its
# av-consent-extra-info modal (the theme's default tabs), and the footer scripts: the avia-cookie-js extra data
# (AviaPrivacyCookieConsent, AviaPrivacyCookieAdditionalData), the merged footer script bundle, comment-reply.  Enfold's
# own strings (ENFOLD_CORE: "Share this entry", "You might also like", "You are here:", the comment form, the
# "replies" counter, the modal's tabs, months) are left as the theme ships them (French from its language files)
# and not checked; the sites' own strings (ENFOLD_SITES: the phone-info line, menus, footer widgets, copyright, the
# consent bar's message and buttons, the related posts) are.
# --------------------------------------------------------------------------
ENFOLD_VERSION = "6.0.8"
ENFOLD_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", months=["January", "February", "March", "April", "May", "June", "July",
                                                            "August", "September", "October", "November", "December"],
               date="{m} {d}, {y}", in_="in", by="by", posts_by="Posts by {a}", here="You are here:", home="Home",
               share="Share this entry", share_on="Share on {n}", share_mail="Share by Mail", related="You might also like",
               replies="replies", leave="Leave a Reply", join="Want to join the discussion?", feel="Feel free to contribute!",
               cancel="Cancel reply", notes="Your email address will not be published.", req="Required fields are marked",
               name="Name", email="Email", web="Website", comment="Comment", save="Save my name, email, and website in this browser for the next time I comment.",
               submit="Post Comment", top="Scroll to top", search="Search", menu="Menu", select="Select a page", permalink="Permanent Link: {t}",
               modal_title="Cookie and Privacy Settings", tabs=[("How we use cookies", "We may request cookies to be set on your device. We use cookies to let us know when you visit our websites, how you interact with us, to enrich your user experience, and to customize your relationship with our website."),
                                                                ("Essential Website Cookies", "These cookies are strictly necessary to provide you with services available through our website and to use some of its features."),
                                                                ("Other external services", "We also use different external services like Google Webfonts, Google Maps, and external Video providers.")],
               modal_accept="Accept settings", modal_hide="Hide notification only", privacy_policy="Privacy Policy", theme="Enfold Theme by Kriesi",
               copy="© Copyright - {site}"),
    "fr": dict(html_lang="fr-FR", og_locale="fr_FR", months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                                            "août", "septembre", "octobre", "novembre", "décembre"],
               date="{d} {m} {y}", in_="dans", by="par", posts_by="Articles par {a}", here="Vous êtes ici :", home="Accueil",
               share="Partager cet article", share_on="Partager sur {n}", share_mail="Partager par Mail", related="Vous aimerez peut-être aussi",
               replies="réponses", leave="Laisser un commentaire", join="Rejoindre la discussion?", feel="N'hésitez pas à contribuer!",
               cancel="Annuler la réponse", notes="Votre adresse e-mail ne sera pas publiée.", req="Les champs obligatoires sont indiqués avec",
               name="Nom", email="E-mail", web="Site web", comment="Commentaire", save="Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
               submit="Laisser un commentaire", top="Faire défiler vers le haut", search="Rechercher", menu="Menu", select="Sélectionner une page", permalink="Lien permanent : {t}",
               modal_title="Paramètres des cookies et de la confidentialité", tabs=[("Comment nous utilisons les cookies", "Nous pouvons demander que des cookies soient installés sur votre appareil. Nous utilisons des cookies pour savoir quand vous visitez nos sites web, comment vous interagissez avec nous, pour enrichir votre expérience utilisateur et pour personnaliser votre relation avec notre site web."),
                                                                                    ("Cookies essentiels du site Web", "Ces cookies sont strictement nécessaires pour vous fournir les services disponibles sur notre site et pour utiliser certaines de ses fonctionnalités."),
                                                                                    ("Autres services externes", "Nous utilisons également différents services externes tels que Google Webfonts, Google Maps et des fournisseurs de vidéos externes.")],
               modal_accept="Accepter les paramètres", modal_hide="Masquer uniquement la notification", privacy_policy="Politique de confidentialité", theme="Enfold Thème par Kriesi",
               copy="© Copyright - {site}"),
}
ENFOLD_SITES = {
    "The Hallowmere Bugle": dict(
        lang="en", host="www.hallowmerebugle.example", colour="#7a1f2b", ga="G-HB5Q8W2R7M", post_id=24518, img_id=24490,
        logo="bugle-logo", hash="9c1d7e3a5b2f4c6d8e0a1b3c5d7e9f21", hash2="4e6a8c0b2d4f6a8c0e2b4d6f8a0c2e4b",
        phone="Hallowmere's own paper · News desk 01632 960 390",
        topmenu=["Send the Bugle a story", "Place a notice in the Bugle", "Bugle home delivery"],
        menu=["Hallowmere news", "Lidd valley villages", "Bugle sport", "What's on in Hallowmere", "Bugle opinion", "Bugle notices"],
        posts=["Tanner Street to close for resurfacing in April", "Hallowmere Players bring back the spring revue",
               "Twenty new benches for the riverside walk", "Town council grant for Scarrowby cricket pavilion"],
        widgets=[("About the Bugle", "The Hallowmere Bugle has been the town's paper since 1894 and went online in 2011. It is owned by a local trust."),
                 ("New in the Bugle", None), ("Bugle sections", None),
                 ("Find the Bugle", "Bugle House, 3 Corn Street, Hallowmere · 01632 960 390 · desk@hallowmerebugle.example")],
        owner="Hallowmere Bugle Trust",
        consent="The Bugle uses cookies to remember your settings and count visits. Google fonts and embedded videos load only if you agree.",
        consent_ok="Cookies are OK by me", consent_more="Tell me more",
        footer_menu=["Bugle privacy notice", "Bugle terms of use", "Contact the Bugle"],
        social=["facebook", "instagram", "youtube"]),
    "Le Courrier de la Vézine": dict(
        lang="fr", host="www.courrier-vezine.example", colour="#1d5e63", ga="G-CV3T9L6P1N", post_id=11876, img_id=11850,
        logo="courrier-vezine-logo", hash="2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e0b", hash2="8f6d4b2a0e8c6a4f2d0b8e6c4a2f0d8b",
        phone="L'actualité de Lestrières et de la vallée · Rédaction 05 65 00 71 90",
        topmenu=["Signaler une info au Courrier", "Passer une annonce au Courrier", "Soutenir le Courrier"],
        menu=["Lestrières", "Villages de la Vézine", "Logement et urbanisme", "Sports en Vézine", "Sorties en Vézine", "Opinions du Courrier"],
        posts=["Lestrières : la rue des Remparts en sens unique cet été", "Coumbes accueille le comice agricole",
               "La médiathèque prolonge ses horaires le samedi", "Saint-Méard : l'école garde sa quatrième classe"],
        widgets=[("Le Courrier, c'est qui ?", "Le Courrier de la Vézine est un site d'information locale indépendant, fondé en 2017 par trois journalistes de la vallée."),
                 ("Nouveau dans le Courrier", None), ("Rubriques du Courrier", None),
                 ("Nous joindre", "Rédaction : 05 65 00 71 90 · redaction@courrier-vezine.example · 9, place du Foirail, Lestrières")],
        owner="SAS Le Courrier de la Vézine",
        consent="Le Courrier utilise des cookies pour mémoriser vos préférences et compter ses visites. Les polices Google et les vidéos ne se chargent qu'avec votre accord.",
        consent_ok="J'accepte les cookies du Courrier", consent_more="En savoir plus",
        footer_menu=["Mentions légales du Courrier", "Vos données au Courrier", "Écrire au Courrier"],
        social=["facebook", "instagram"]),
}
ENFOLD_EXEMPT = {"lang", "host", "colour", "ga", "post_id", "img_id", "logo", "hash", "hash2", "social"}
ENFOLD_LOOKS = ("dropcap", "bold", "italic", "callout", "br")


def enfold_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return ENFOLD_CORE[lang]["date"].format(d=d, m=ENFOLD_CORE[lang]["months"][m - 1], y=y)


def enfold_block(kind, val):
    """A block of the story as the editor typed it into a text block (av_textblock) of the Layout Builder."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


# residue the owner pasted as a block of its own goes into a text block of its own; a pasted line stays among the
# paragraphs of the text block
ENFOLD_OWN_BLOCK = re.compile(r"^<(div class=|aside|figure|blockquote|table|ul class=|section)")


def av_hash(rng):
    return "av-%s" % "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))


def tpl_enfold(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = ENFOLD_CORE[lang], ENFOLD_SITES[site]
    base = "https://" + s["host"]
    slug_ = wp_slug(art["title"], 70)
    url = "%s/%s/" % (base, slug_)
    cat = art["section"]
    cat_slug = wp_slug(cat, 30)
    blocks, n = art["blocks"], len(art["blocks"])
    up = "%s/wp-content/uploads/%s/%s" % (base, art["date"][:4], art["date"][5:7])
    img = "%s-%d.jpg" % (wp_slug(art["caption"], 40), rng.randint(1, 9))
    hh, mm = rng.randint(6, 20), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d+00:00" % (art["date"], hh, mm, rng.randint(0, 59))
    mod = "%sT%02d:%02d:%02d+00:00" % (days_after(art["date"], rng.choice([0, 0, 1])), min(23, hh + 2), rng.randint(0, 59), rng.randint(0, 59))
    k_el = [1]

    def el():
        k_el[0] += 1
        return "avia-builder-el-%d" % k_el[0]

    # the story in text blocks: a new text block after the image element (after the first third of the story) and
    # around every block of residue pasted as a text block of its own
    cut = max(2, n // 3)
    while cut < n and blocks[cut][0] != "p":
        cut += 1
    elements, run = [], []

    def flush():
        if run:
            elements.append("<section class='av_textblock_section %s '  itemscope=\"itemscope\" itemtype=\"https://schema.org/BlogPosting\" itemprop=\"blogPost\" ><div class='avia_textblock %s'  itemprop=\"text\" >%s\n</div></section>"
                            % (av_hash(rng), el(), "\n".join(run)))
            del run[:]

    def own(snip):
        flush()
        elements.append("<section class='av_textblock_section %s '><div class='avia_textblock %s' >%s</div></section>" % (av_hash(rng), el(), snip))

    for i in range(n + 1):
        if i == cut:
            flush()
            elements.append(f'''<div  class='avia-image-container {av_hash(rng)} av-styling- avia-align-center  {el()}  el_after_av_textblock  el_before_av_textblock '   itemprop="image" itemscope="itemscope" itemtype="https://schema.org/ImageObject" ><div class="avia-image-container-inner"><div class="avia-image-overlay-wrap"><img decoding="async" fetchpriority="high" class='wp-image-{s["img_id"]} avia-img-lazy-loading-not-{s["img_id"]} avia_image ' src="{up}/{img}" alt='' title='{A(wp_slug(art["caption"], 40))}'  height="800" width="1200"  itemprop="thumbnailUrl" srcset="{up}/{img} 1200w, {up}/{img[:-4]}-300x200.jpg 300w, {up}/{img[:-4]}-768x512.jpg 768w, {up}/{img[:-4]}-705x470.jpg 705w" sizes="(max-width: 1200px) 100vw, 1200px" /><div class='av-image-caption-overlay'><div class='av-caption-image-overlay-bg'></div><div class='av-image-caption-overlay-position'><div class='av-image-caption-overlay-center'><p>{E(art["caption"])} <span class="av-image-credit">{E(art["credit"])}</span></p></div></div></div></div></div></div>''')
        for snip in placed.get(i, []):
            if ENFOLD_OWN_BLOCK.match(snip):
                own(snip)
            else:
                run.append(snip)
        if i == n:
            break
        run.append(enfold_block(*blocks[i]))
    flush()
    content = "\n".join(elements)

    def menu_item(k, label, href, top=True):
        return ('<li role="menuitem" id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-top-level menu-item-top-level-%d">'
                '<a href="%s" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">%s</span><span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span></span></span></a></li>'
                % (300 + k, " current-post-ancestor current-menu-parent" if k == 0 and top else "", k + 1, href, E(label)))
    menu = "\n".join(menu_item(k, x, "%s/category/%s/" % (base, wp_slug(x, 30))) for k, x in enumerate(s["menu"]))
    topmenu = "".join('<li role="menuitem" id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d"><a href="%s/%s/" itemprop="url" tabindex="0">%s</a></li>'
                      % (400 + k, 400 + k, base, wp_slug(x, 30), E(x)) for k, x in enumerate(s["topmenu"]))
    socials = "".join("<li class='social_bookmarks_%s av-social-link-%s social_icon_%d'><a target=\"_blank\" aria-label=\"Link to %s\" href='https://www.%s.com/%s' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='%s' rel=\"noopener\"><span class='avia_hidden_link_text'>%s</span></a></li>"
                      % (x, x, k + 1, x.capitalize(), x, wp_slug(site, 40).replace("-", ""), x.capitalize(), x.capitalize()) for k, x in enumerate(s["social"]))
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer.php?u=" + url), ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text=" + url),
            ("linkedin", "LinkedIn", "https://linkedin.com/shareArticle?mini=true&amp;url=" + url), ("mail", None, "mailto:?subject=%s&amp;body=%s" % (A(art["title"]), url))]
    shares = "".join("<li class='av-share-link av-social-link-%s' ><a target=\"_blank\" aria-label=\"%s\" href='%s' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='' data-avia-related-tooltip='%s' rel=\"noopener\"><span class='avia_hidden_link_text'>%s</span></a></li>"
                     % (k, A(c["share_on"].format(n=nm) if nm else c["share_mail"]), h, A(c["share_on"].format(n=nm) if nm else c["share_mail"]),
                        E(c["share_on"].format(n=nm) if nm else c["share_mail"])) for k, nm, h in nets)
    related = "".join(f'''<div class='av_one_eighth no_margin {"alpha" if k == 0 else ""} relThumb relThumb{k + 1} {"relThumbOdd" if k % 2 == 0 else "relThumbEven"} post-format-standard related_column'><a href='{base}/{wp_slug(t, 60)}/' class='relThumWrap noLightbox' title='{A(t)}'><span class='related_image_wrap' data-avia-related-tooltip="{A(t)}"><img width="180" height="180" src="{base}/wp-content/uploads/{art["date"][:4]}/{art["date"][5:7]}/{wp_slug(t, 30)}-180x180.jpg" class="wp-image-{s["img_id"] - 20 - k} avia-img-lazy-loading-{s["img_id"] - 20 - k} attachment-square size-square wp-post-image" alt="" title="{A(wp_slug(t, 30))}" decoding="async" loading="lazy" /><span class='related-format-icon '><span class='related-format-icon-inner' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'></span></span></span><strong class="avia-related-tooltip">{E(t)}</strong></a></div>''' for k, t in enumerate(s["posts"]))
    recent = "".join('<li><a href="%s/%s/">%s</a></li>' % (base, wp_slug(t, 60), E(t)) for t in s["posts"][:3])
    cats = "".join('<li class="cat-item cat-item-%d"><a href="%s/category/%s/">%s</a></li>' % (3 + k, base, wp_slug(x, 30), E(x)) for k, x in enumerate(s["menu"]))
    socket_menu = "".join('<li role="menuitem" id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-top-level menu-item-top-level-%d"><a href="%s/%s/" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">%s</span><span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span></span></span></a></li>'
                          % (500 + k, k + 1, base, wp_slug(x, 30), E(x)) for k, x in enumerate(s["footer_menu"]))
    w_about, w_recent, w_cats, w_contact = s["widgets"]
    tabs = "".join("<div class='av-layout-tab av-animation-delay-container %s' data-tab-section-id='%d'><div class='av-layout-tab-inner'><h3>%s</h3><p>%s</p></div></div>"
                   % ("av-active-tab-content __av_init_open" if k == 0 else "", k + 1, E(t), E(d)) for k, (t, d) in enumerate(c["tabs"]))
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": art["byline"], "@id": "%s/#/schema/person/%032x" % (base, rng.getrandbits(128))},
         "headline": art["title"], "datePublished": iso, "dateModified": mod, "mainEntityOfPage": {"@id": url},
         "wordCount": len(mp.truth_text(art["truth_blocks"]).split()), "publisher": {"@id": base + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": "%s/%s" % (up, img), "articleSection": [cat], "inLanguage": c["html_lang"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": base + "/#website"},
         "datePublished": iso, "dateModified": mod, "description": art["sub"], "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": c["html_lang"]},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": cat, "item": "%s/category/%s/" % (base, cat_slug)},
            {"@type": "ListItem", "position": 3, "name": art["title"]}]},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/"}]}, ensure_ascii=False)
    cookie_js = {"?": "Usage of ? is not allowed", "aviaCookieConsent": "Use and storage of Cookies has been accepted - restrictions set",
                 "aviaPrivacyRefuseCookiesHideBar": "Hide cookie message bar on following page loads and refuse cookies if not allowed - aviaPrivacyEssentialCookiesEnabled must be set",
                 "aviaPrivacyEssentialCookiesEnabled": "Allow storage of site essential cookies and other cookies and use of features if not opt out",
                 "aviaPrivacyVideoEmbedsDisabled": "Allow to embed videos", "aviaPrivacyGoogleTrackingDisabled": "Allow Google Analytics",
                 "aviaPrivacyGoogleWebfontsDisabled": "Allow Google Webfonts", "aviaPrivacyGoogleReCaptchaDisabled": "Allow Google reCaptcha"}
    cookie_js2 = {"cookie_refuse_button_alert": "When refusing all cookies this site might not work as expected. Please check our settings page and opt out for cookies or functions you do not want to use and accept cookies. You will be shown this message every time you open a new window or a new tab.\n\nAre you sure you want to continue?",
                  "no_cookies_found": "No accessible cookies found in domain", "admin_keep_cookies": [], "remove_custom_cookies": [], "no_lightbox": "We need a lightbox to show the modal popup. Please enable the built in lightbox in Theme Options Tab or include your own modal window plugin.\\n\\nYou need to connect this plugin in JavaScript with callback wrapper functions - see avia_cookie_consent_modal_callback.js"}
    cookie_vars = ('<script type="text/javascript" id="avia-cookie-js-js-extra">\n/* <![CDATA[ */\nvar AviaPrivacyCookieConsent = %s;\nvar AviaPrivacyCookieAdditionalData = %s;\n/* ]]> */\n</script>'
                   % (json.dumps(cookie_js).replace("/", "\\/"), json.dumps(cookie_js2).replace("/", "\\/")))
    html_cls = ("html_stretched responsive av-preloader-disabled html_header_top html_logo_left html_main_nav_header html_menu_right html_slim "
                "html_header_sticky html_header_shrinking html_header_topbar_active html_mobile_menu_phone html_header_searchicon "
                "html_content_align_center html_header_unstick_top_disabled html_header_stretch_disabled html_av-overlay-side "
                "html_av-overlay-side-classic html_av-submenu-noclone html_entry_id_%d av-cookies-consent-show-message-bar "
                "av-cookies-cookie-consent-enabled av-cookies-can-opt-out av-cookies-user-silent-accept avia-cookie-check-browser-settings "
                "av-no-preview av-default-lightbox html_text_menu_active av-mobile-menu-switch-default") % s["post_id"]
    body_cls = ("post-template-default single single-post postid-%d single-format-standard stretched rtl_columns av-curtain-numeric "
                "open_sans post-type-post category-%s avia-responsive-images-support av-recaptcha-enabled av-google-badge-hide") % (s["post_id"], cat_slug)
    h_sec, h_head, h_meta = av_hash(rng), av_hash(rng), av_hash(rng)
    base_js = base.replace("/", "\\/")
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" class="{html_cls} ">
<head>
<meta charset="UTF-8" />


<!-- mobile setting -->
<meta name="viewport" content="width=device-width, initial-scale=1">

<!-- Scripts/CSS and wp_head hook -->
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

				<script type='text/javascript'>

				function avia_cookie_check_sessionStorage()
				{{
					//	FF throws error when all cookies blocked !!
					var sessionBlocked = false;
					try
					{{
						var test = sessionStorage.getItem( 'aviaCookieRefused' ) != null;
					}}
					catch(e)
					{{
						sessionBlocked = true;
					}}

					var aviaCookieRefused = ! sessionBlocked ? sessionStorage.getItem( 'aviaCookieRefused' ) : null;

					var html = document.getElementsByTagName('html')[0];

					/**
					 * Set a class to avoid calls to sessionStorage
					 */
					if( sessionBlocked || aviaCookieRefused )
					{{
						if( html.className.indexOf('av-cookies-session-refused') < 0 )
						{{
							html.className += ' av-cookies-session-refused';
						}}
					}}

					if( sessionBlocked || aviaCookieRefused || document.cookie.match(/aviaCookieConsent/) )
					{{
						if( html.className.indexOf('av-cookies-user-silent-accept') >= 0 )
						{{
							 html.className = html.className.replace(/\\bav-cookies-user-silent-accept\\b/g, '');
						}}
					}}
				}}

				avia_cookie_check_sessionStorage();

			</script>
			
	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["og_locale"]}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="article:modified_time" content="{mod}" />
	<meta property="og:image" content="{up}/{img}" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="800" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Comments Feed" href="{base}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(art["title"])} Comments Feed" href="{url}feed/" />

<!-- google webfont font replacement -->

			<script type='text/javascript'>

				(function() {{

					/*	check if webfonts are disabled by user setting via cookie - or user must opt in.	*/
					var html = document.getElementsByTagName('html')[0];
					var cookie_check = html.className.indexOf('av-cookies-needs-opt-in') >= 0 || html.className.indexOf('av-cookies-can-opt-out') >= 0;
					var allow_continue = true;
					var silent_accept_cookie = html.className.indexOf('av-cookies-user-silent-accept') >= 0;

					if( cookie_check && ! silent_accept_cookie )
					{{
						if( ! document.cookie.match(/aviaCookieConsent/) || html.className.indexOf('av-cookies-session-refused') >= 0 )
						{{
							allow_continue = false;
						}}
						else
						{{
							if( ! document.cookie.match(/aviaPrivacyRefuseCookiesHideBar/) )
							{{
								allow_continue = false;
							}}
							else if( ! document.cookie.match(/aviaPrivacyEssentialCookiesEnabled/) )
							{{
								allow_continue = false;
							}}
							else if( document.cookie.match(/aviaPrivacyGoogleWebfontsDisabled/) )
							{{
								allow_continue = false;
							}}
						}}
					}}

					if( allow_continue )
					{{
						var f = document.createElement('link');

						f.type 	= 'text/css';
						f.rel 	= 'stylesheet';
						f.href 	= 'https://fonts.googleapis.com/css?family=Open+Sans:400,600&display=auto';
						f.id 	= 'avia-google-webfont';

						document.getElementsByTagName('head')[0].appendChild(f);
					}}
				}})();

			</script>
			<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{base_js}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}}}};
/* ]]> */
</script>
<link rel='stylesheet' id='avia-merged-styles-css' href='{base}/wp-content/uploads/dynamic_avia/avia-merged-styles-{s["hash"]}---{s["hash2"]}.css' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<script type="text/javascript" src="{base}/wp-content/uploads/dynamic_avia/avia-head-scripts-{s["hash"]}---{s["hash2"]}.js" id="avia-head-scripts-js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id={s["ga"]}"></script>
<script>
window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}
gtag('consent', 'default', {{'analytics_storage': 'denied'}});
gtag('js', new Date());
gtag('config', '{s["ga"]}', {{'anonymize_ip': true}});
</script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{s["post_id"]}" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p={s["post_id"]}' />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} RSS2 Feed" href="{base}/feed/" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<!--[if lt IE 9]><script src="{base}/wp-content/themes/enfold/js/html5shiv.js"></script><![endif]-->
<link rel="icon" href="{base}/wp-content/uploads/2023/05/favicon.png" type="image/png">

<!-- To speed up the rendering and to display the site as fast as possible to the user we include some styles and scripts for above the fold content inline -->
<script type="text/javascript">'use strict';var avia_is_mobile=!1;if(/Android|webOS|iPhone|iPad|iPod|BlackBerry|IEMobile|Opera Mini/i.test(navigator.userAgent)&&'ontouchstart' in document.documentElement){{avia_is_mobile=!0;document.documentElement.className+=' avia_mobile '}}
else{{document.documentElement.className+=' avia_desktop '}};document.documentElement.className+=' js_active ';(function(){{var e=['-webkit-','-moz-','-ms-',''],n='',o=!1,a=!1;for(var t in e){{if(e[t]+'transform' in document.documentElement.style){{o=!0;n=e[t]+'transform'}};if(e[t]+'perspective' in document.documentElement.style){{a=!0}}}};if(o){{document.documentElement.className+=' avia_transform '}};if(a){{document.documentElement.className+=' avia_transform3d '}};if(typeof document.getElementsByClassName=='function'&&typeof document.documentElement.getBoundingClientRect=='function'&&avia_is_mobile==!1){{if(n&&window.innerHeight>0){{setTimeout(function(){{var e=0,o={{}},a=0,t=document.getElementsByClassName('av-parallax'),i=window.pageYOffset||document.documentElement.scrollTop;for(e=0;e<t.length;e++){{t[e].style.top='0px';o=t[e].getBoundingClientRect();a=Math.ceil((window.innerHeight+i-o.top)*0.3);t[e].style[n]='translate(0px, '+a+'px)';t[e].style.top='auto';t[e].className+=' enabled-parallax '}}}},50)}}}}}})();</script><style type="text/css">
		@font-face {{font-family: 'entypo-fontello'; font-weight: normal; font-style: normal; font-display: auto;
		src: url('{base}/wp-content/themes/enfold/config-templatebuilder/avia-template-builder/assets/fonts/entypo-fontello.woff2') format('woff2'),
		url('{base}/wp-content/themes/enfold/config-templatebuilder/avia-template-builder/assets/fonts/entypo-fontello.woff') format('woff');
		}} #top .avia-font-entypo-fontello, body .avia-font-entypo-fontello, html body [data-av_iconfont='entypo-fontello']:before{{ font-family: 'entypo-fontello'; }}
		</style>

<!--
Debugging Info for Theme support: 

Theme: Enfold
Version: {ENFOLD_VERSION}
Installed: enfold
AviaFramework Version: 5.6
AviaBuilder Version: 5.3
aviaElementManager Version: 1.0.1
ML:512-PU:38-PLA:9
WP:6.7.1
Compress: CSS:all theme files - JS:all theme files
Updates: enabled - token has changed and not verified
PLAu:8
-->
<style type="text/css" id="dynamic-styles">
.header_color .main_menu ul:first-child > li > a:hover {{ color: {s["colour"]}; }}
#top .av-special-heading.{h_head} .av-special-heading-tag {{ color: {s["colour"]}; font-size: 38px; }}
.socket_color, .socket_color div {{ background-color: #1c1c1c; }}
.avia-cookie-consent {{ background-color: {s["colour"]}; }}
</style>

<script type='text/javascript'>
 /* <![CDATA[ */  
var avia_framework_globals = avia_framework_globals || {{}};
    avia_framework_globals.frameworkUrl = '{base}/wp-content/themes/enfold/framework/';
    avia_framework_globals.installedAt = '{base}/wp-content/themes/enfold/';
    avia_framework_globals.ajaxurl = '{base}/wp-admin/admin-ajax.php';
/* ]]> */ 
</script>
 
</head>

<body id="top" class="{body_cls}" itemscope="itemscope" itemtype="https://schema.org/WebPage" >

	
	<div id='wrap_all'>

	
<header id='header' class='all_colors header_color light_bg_color  av_header_top av_logo_left av_main_nav_header av_menu_right av_slim av_header_sticky av_header_shrinking av_header_stretch_disabled av_mobile_menu_phone av_header_searchicon av_header_unstick_top_disabled av_bottom_nav_disabled  av_header_border_disabled' data-av_shrink_factor='50' role="banner" itemscope="itemscope" itemtype="https://schema.org/WPHeader" >

		<div id='header_meta' class='container_wrap container_wrap_meta  av_icon_active_right av_extra_header_active av_secondary_right av_phone_active_left av_entry_id_{s["post_id"]}'>
		
			      <div class='container'>
			      <ul class='noLightbox social_bookmarks icon_count_{len(s["social"])}'>{socials}</ul><nav class='sub_menu'  role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" ><ul role="menu" class="menu" id="avia2-menu">{topmenu}</ul></nav><div class='phone-info with_nav'><div>{E(s["phone"])}</div></div>			      </div>
		</div>

		<div  id='header_main' class='container_wrap container_wrap_logo'>
	
        <div class='container av-logo-container'><div class='inner-container'><span class='logo avia-standard-logo'><a href='{base}/' class='' aria-label='{A(site)}' ><img src="{base}/wp-content/uploads/2023/05/{s["logo"]}.png" height="100" width="300" alt='{A(site)}' title='{A(site)}' /></a></span><nav class='main_menu' data-selectname='{A(c["select"])}'  role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" ><div class="avia-menu av-main-nav-wrap"><ul role="menu" class="menu av-main-nav" id="avia-menu">{menu}
<li class="noMobile menu-item menu-item-search-dropdown menu-item-avia-special" role="menuitem"><a aria-label="{A(c["search"])}" href="?s=" rel="nofollow" data-avia-search-tooltip="&lt;search&gt;" aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello'><span class="avia_hidden_link_text">{E(c["search"])}</span></a></li><li class="av-burger-menu-main menu-item-avia-special " role="menuitem">
	        			<a href="#" aria-label="{A(c["menu"])}" aria-hidden="false">
							<span class="av-hamburger av-hamburger--spin av-js-hamburger">
								<span class="av-hamburger-box">
						          <span class="av-hamburger-inner"></span>
						          <strong>{E(c["menu"])}</strong>
								</span>
							</span>
							<span class="avia_hidden_link_text">{E(c["menu"])}</span>
						</a>
	        		   </li></ul></div></nav></div> </div> 
		<!-- end container_wrap-->
		</div>
<div class="header_bg"></div>
<!-- end header -->
</header>
		
	<div id='main' class='all_colors' data-scroll-offset='88'>

	<div class='stretch_full container_wrap alternate_color light_bg_color title_container'><div class='container'><strong class='main-title entry-title '><a href='{base}/category/{cat_slug}/' rel='bookmark' title='{A(c["permalink"].format(t=cat))}'  itemprop="headline" >{E(cat)}</a></strong><div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail" ><span class="trail-before"><span class="breadcrumb-title">{E(c["here"])}</span></span> <span  itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList" ><span  itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement" ><a itemprop="url" href="{base}" title="{A(site)}" rel="home" class="trail-begin"><span itemprop="name">{E(c["home"])}</span></a><span itemprop="position" class="hidden">1</span></span></span> <span class="sep">/</span> <span  itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList" ><span  itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement" ><a itemprop="url" href="{base}/category/{cat_slug}/"><span itemprop="name">{E(cat)}</span></a><span itemprop="position" class="hidden">2</span></span></span> <span class="sep">/</span> <span class="trail-end">{E(art["title"])}</span></div></div></div></div>
<div id='av_section_1'  class='avia-section {h_sec} main_color avia-section-default avia-no-border-styling  avia-builder-el-0  el_before_av_section  avia-builder-el-first  avia-bg-style-scroll container_wrap fullsize'  ><div class='container av-section-cont-open' ><main  role="main" itemscope="itemscope" itemtype="https://schema.org/Blog"  class='template-page content  av-content-full alpha units'><div class='post-entry post-entry-type-page post-entry-{s["post_id"]}'><div class='entry-content-wrapper clearfix'>
<div  class='av-special-heading {h_head} av-special-heading-h1 blockquote modern-quote  avia-builder-el-1  el_before_av_textblock  avia-builder-el-first '><h1 class='av-special-heading-tag '  itemprop="headline"  >{E(art["title"])}</h1><div class='av-subheading av-subheading_below'><p>{E(art["sub"])}</p>
</div><div class="special-heading-border"><div class="special-heading-inner-border"></div></div></div>
<span class='post-meta-infos {h_meta}'><time class='date-container minor-meta updated'  itemprop="datePublished" datetime="{iso}" >{E(enfold_date(lang, art["date"]))}</time><span class='text-sep text-sep-date'>/</span><span class="blog-categories minor-meta">{E(c["in_"])} <a href="{base}/category/{cat_slug}/" rel="tag">{E(cat)}</a> </span><span class="text-sep text-sep-cat">/</span><span class="blog-author minor-meta">{E(c["by"])} <span class="entry-author-link"  itemprop="author" ><span class="author"><span class="fn"><a href="{base}/author/{wp_slug(art["byline"], 40)}/" title="{A(c["posts_by"].format(a=art["byline"]))}" rel="author">{E(art["byline"])}</a></span></span></span></span></span>
{content}
</div></div></div><!-- close content main div --></div></div><div id='after_section_1'  class='main_color av_default_container_wrap container_wrap fullsize'  ><div class='container av-section-cont-open' ><div class='template-page content  av-content-full alpha units'><div class='post-entry post-entry-type-page post-entry-{s["post_id"]}'><div class='entry-content-wrapper clearfix'>
<div class='av-social-sharing-box av-social-sharing-box-default av-social-sharing-box-fullwidth'><div class="av-share-box"><h5 class='av-share-link-description av-no-toc '>{E(c["share"])}</h5><ul class="av-share-box-list noLightbox">{shares}</ul></div></div>
<div class='related_posts clearfix av-related-style-tooltips'><h5 class='related_title'>{E(c["related"])}</h5><div class='related_entries_container'>{related}</div></div>
<div class='comment-entry post-entry'><div class='comment_meta_container'><div class='side-container-comment'><div class='side-container-comment-inner'><span class='comment-count'>0</span><span class='comment-text'>{E(c["replies"])}</span><span class='center-border center-border-left'></span><span class='center-border center-border-right'></span></div></div></div><div class="comment_container"><h3 class='miniheading '>{E(c["leave"])}</h3><span class="minitext">{E(c["join"])}<br />{E(c["feel"])}</span>	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["leave"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(c["notes"])}</span> <span class="required-field-message">{E(c["req"])} <span class="required">*</span></span></p><p class="comment-form-author"><label for="author">{E(c["name"])} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">{E(c["email"])} <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="comment-form-url"><label for="url">{E(c["web"])}</label> <input id="url" name="url" type="text" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["save"])}</label></p>
<p class="comment-form-comment"><label for="comment">{E(c["comment"])} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["submit"])}" /> <input type='hidden' name='comment_post_ID' value='{s["post_id"]}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div></div>
</div></div></div><!-- close content main div --> <!-- section close by builder template -->		</div><!--end builder template--></div><!-- close default .container_wrap element -->				<div class='container_wrap footer_color' id='footer'>

					<div class='container'>

						<div class='flex_column av_one_fourth  first el_before_av_one_fourth'><section id="text-2" class="widget clearfix widget_text"><h3 class="widgettitle">{E(w_about[0])}</h3>			<div class="textwidget"><p>{E(w_about[1])}</p>
</div>
		<span class="seperator extralight-border"></span></section></div><div class='flex_column av_one_fourth  el_after_av_one_fourth el_before_av_one_fourth '>
		<section id="recent-posts-2" class="widget clearfix widget_recent_entries">
		<h3 class="widgettitle">{E(w_recent[0])}</h3>
		<ul>{recent}</ul>

		<span class="seperator extralight-border"></span></section></div><div class='flex_column av_one_fourth  el_after_av_one_fourth el_before_av_one_fourth '><section id="categories-2" class="widget clearfix widget_categories"><h3 class="widgettitle">{E(w_cats[0])}</h3>
			<ul>{cats}</ul>

			<span class="seperator extralight-border"></span></section></div><div class='flex_column av_one_fourth  el_after_av_one_fourth el_before_av_one_fourth '><section id="text-3" class="widget clearfix widget_text"><h3 class="widgettitle">{E(w_contact[0])}</h3>			<div class="textwidget"><p>{E(w_contact[1])}</p>
</div>
		<span class="seperator extralight-border"></span></section></div>
					</div>

				<!-- ####### END FOOTER CONTAINER ####### -->
				</div>

	

	
				<footer class='container_wrap socket_color' id='socket'  role="contentinfo" itemscope="itemscope" itemtype="https://schema.org/WPFooter" >
                    <div class='container'>

                        <span class='copyright'>{E(c["copy"].format(site=s["owner"]))} - <a rel='nofollow' href='https://kriesi.at'>{E(c["theme"])}</a></span>

                        <ul class='noLightbox social_bookmarks icon_count_{len(s["social"])}'>{socials}</ul><nav class='sub_menu_socket'  role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" ><div class="avia3-menu"><ul role="menu" class="menu" id="avia3-menu">{socket_menu}</ul></div></nav>
                    </div>

	            <!-- ####### END SOCKET CONTAINER ####### -->
				</footer>


					<!-- end main -->
		</div>

		<!-- end wrap_all --></div>

<a href='#top' title='{A(c["top"])}' id='scroll-top-link' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello' tabindex='-1'><span class="avia_hidden_link_text">{E(c["top"])}</span></a>

<div id="fb-root"></div>

<div class="avia-cookie-consent-wrap" aria-hidden="true"><div class='avia-cookie-consent cookiebar-hidden  avia-cookiemessage-bottom'  aria-hidden='true'  data-contents='{"%032x" % rng.getrandbits(128)}||v1.0' ><div class="container"><p class='avia_cookie_text'>{E(s["consent"])}</p><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-button-1  avia-cookie-close-bar ' >{E(s["consent_ok"])}</a><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-button-2 av-extra-cookie-btn  avia-cookie-info-btn ' >{E(s["consent_more"])}</a></div></div><div id='av-consent-extra-info' data-nosnippet class='av-inline-modal main_color avia-hide-popup-close'>
<div  class='av-special-heading av-consent-modal-title av-special-heading-h3 blockquote modern-quote'><h3 class='av-special-heading-tag '  itemprop="headline"  >{E(c["modal_title"])}</h3><div class="special-heading-border"><div class="special-heading-inner-border"></div></div></div><div class='tabcontainer av-tab-section-container av-consent-tabs'>{tabs}</div><div class="avia-cookie-consent-modal-buttons-wrap"><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-modal-button avia-cookie-close-bar ' title='{A(c["modal_accept"])}' >{E(c["modal_accept"])}</a><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-modal-button av-extra-cookie-btn avia-cookie-hide-notification' title='{A(c["modal_hide"])}' >{E(c["modal_hide"])}</a></div><div class='av-privacy-policy-link'><a href="{base}/privacy-policy/">{E(c["privacy_policy"])}</a></div></div></div>
 <script type='text/javascript'>
 /* <![CDATA[ */  
var avia_framework_globals = avia_framework_globals || {{}};
	avia_framework_globals.gmap_api = '';
	avia_framework_globals.gmap_version = '3.58';
	avia_framework_globals.gmap_maps_loaded = 'https://maps.googleapis.com/maps/api/js?v=3.58&callback=aviaOnGoogleMapsLoaded';
	avia_framework_globals.gmap_builder_maps_loaded = 'https://maps.googleapis.com/maps/api/js?v=3.58&callback=av_builder_maps_loaded';
	avia_framework_globals.gmap_backend_maps_loaded = 'https://maps.googleapis.com/maps/api/js?v=3.58&callback=av_backend_maps_loaded';
	avia_framework_globals.gmap_source = 'https://maps.googleapis.com/maps/api/js?v=3.58';
	avia_framework_globals.gmap_avia_api = 'https://maps.googleapis.com/maps/api/js?v=3.58';
/* ]]> */
</script>
{cookie_vars}
<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{base}/wp-content/uploads/dynamic_avia/avia-footer-scripts-{s["hash"]}---{s["hash2"]}.js" id="avia-footer-scripts-js"></script>

</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Enfold's text blocks and the earlier layouts used here set inline text as make_pages does)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"enfold": ["share", "related"]}  # (the share box and the related posts in the post entry)
for _mod, _names in ((mp2, ["magazine", "nextjs"]), (mp3, ["broadcaster"]), (mp4, ["gutenberg", "chunks"]),
                     (mp5, ["squarespace", "brightspot"]), (mp6, ["quintype"]), (mp7, ["k2"]), (mp10, ["webflow"]),
                     (mp13, ["medium"]), (mp14, ["blogger"]), (mp15, ["tilda"]), (mp16, ["wix"]), (mp18, ["weebly"]),
                     (mp21, ["elementor"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "libraryamnesty", "rentdeposit", "toadcrossings"]
NEW_FAMILIES = ["libraryamnesty", "rentdeposit", "toadcrossings"]
# what an earlier docstring would say if it had described one of them
# (the names, and the descriptions this part gives them; make_heldout54's "library" family -- branch hours, reserve a
# title, e-books --, make_heldout74's "wasteamnesty" -- hazardous-waste amnesty days --, make_heldout60's
# "housingbids", make_heldout65's "renttracker", make_heldout63's "wildlifelog" and make_heldout55's "volunteering"
# are near in subject but not the same panels, see the docstring)
NEW_FAMILY_WORDS = {"libraryamnesty": ["libraryamnesty", "fines amnesty", "fines-amnesty", "library fines", "overdue fines", "fine-free"],
                    "rentdeposit": ["rentdeposit", "rent deposit", "rent-deposit", "deposit guarantee", "deposit-guarantee", "bond scheme"],
                    "toadcrossings": ["toadcrossings", "toad patrol", "toad-patrol", "toad crossing", "amphibian crossing", "krötenzaun"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a club's, a library friends' group's or a village's own small website would not carry (no newsroom to
# credit a photograph to, to update a story or to have reporters, no adverts, app or paywall)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="consent-veil-k99"><p class="consent-veil-k99__msg">%s</p><button class="consent-veil-k99__ok" type="button">Allow</button></div>',
               '<p class="hidden-embed-k99">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="noon-letter-k99"><p class="noon-letter-k99__txt">%s</p><a class="noon-letter-k99__go" href="/newsletters/lunchtime">&#8594;</a></div>',
                   '<p class="free-limit-k99">%s</p>', '<h5 class="noon-letter-head-k99">%s</h5>'],
    "share": ['<ul class="pass-round-k99">{items}</ul>', '<div class="pass-round-bar-k99">%s</div>', '<p><a href="#pass">%s</a></p>'],
    "photo": ['<p class="reader-pic-k99">%s</p>', '<span class="courtesy-tag-k99">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="owned-by-k99">%s</p>', '<div class="no-reproduce-k99"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="trail-chip-k99">%s</p>', '<h6 class="trail-kicker-k99">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="fleuron-row-k99">%s</p>', '<div class="diamond-rule-k99">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="desk-help-k99">%s</p>', '<div class="desk-credit-k99">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="title-again-k99"><b>%s</b></p>', '<h2 class="title-copy-k99">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-promo-k99">%s</div>', '<p class="carries-on-k99">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="whole-story-k99"><a href="#whole">%s</a></p>', '<div class="unfold-story-k99">%s</div>', '<div><a href="#whole"><b>%s</b></a></div>'],
    "comments": ['<p class="talk-count-k99"><a href="#comments">%s</a></p>', '<div class="talk-strip-k99">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="minutes-needed-k99">%s</p>', '<span class="minutes-chip-k99">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-touch-k99"><time>%s</time></p>', '<div class="revised-stamp-k99">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="audio-take-k99"><button class="audio-take-k99__play" type="button" aria-label="Play"></button><span class="audio-take-k99__lbl">%s</span></div>',
              '<p class="audio-line-k99"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="put-right-k99"><p>%s</p></aside>', '<p class="amend-line-k99"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-first-k99"><p class="phone-first-k99__txt">%s</p><a class="phone-first-k99__get" href="/app">&#8681;</a></div>',
            '<p class="app-pitch-k99">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="reporter-line-k99"><p class="reporter-line-k99__txt">%s</p></div>', '<p class="byline-note-k99"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="ring-desk-k99"><p>%s</p></div>', '<p class="know-something-k99">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="mistake-flag-k99"><p>%s</p></div>', '<p class="ctrl-enter-k99">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="ping-ask-k99"><p class="ping-ask-k99__q">%s</p></div>', '<ul class="ping-opts-k99">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="page-options-k99">{items}</ul>', '<p class="options-line-k99">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="how-useful-k99"><p class="how-useful-k99__q">%s</p></div>', '<ul class="how-useful-opts-k99">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-note-k99"><p>%s</p></div>', '<p class="complaints-to-k99"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="explore-k99"><span class="explore-k99__lbl">%s</span></div>', '<ul class="explore-list-k99">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-k99"><a class="keep-later-k99__a" href="#later">%s</a></div>', '<p class="save-later-k99"><a href="#later">%s</a></p>',
                 '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="quick-poll-k99"><p class="quick-poll-k99__q">%s</p><button class="quick-poll-k99__b" type="button">Vote</button></div>',
             '<ul class="quick-poll-opts-k99">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-stub-k99"><a class="video-stub-k99__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({amnestylist}: the branches and dates, and what is waived, what is not and
    # how to return, as a list; {amnestyrows}: the branches and dates as a table; {amnestydl}: the terms as a
    # definition list; {depositlist}, {depositrows}, {depositdl}: what the guarantee covers, and who qualifies, what
    # landlords get and how to apply; {toadlist}, {toadrows}, {toaddl}: where and when the patrols go out, and the
    # kit, safety and how to join)
    "libraryamnesty": ['<div class="fines-off-k99"><h4 class="fines-off-k99__hd">%s</h4><ul class="fines-off-k99__list">{amnestylist}</ul></div>',
                       '<div class="amnesty-branches-k99"><p class="amnesty-branches-k99__hd"><strong>%s</strong></p><table class="amnesty-branches-k99__tbl">{amnestyrows}</table></div>',
                       '<p class="fine-free-return-k99"><a href="/kutuphane/ceza-affi">%s</a></p>',
                       '<div class="amnesty-card-k99"><h5 class="amnesty-card-k99__hd">%s</h5><dl class="amnesty-card-k99__dl">{amnestydl}</dl></div>'],
    "rentdeposit": ['<aside class="deposit-help-k99"><h4 class="deposit-help-k99__hd">%s</h4><ul class="deposit-help-k99__list">{depositlist}</ul></aside>',
                    '<div class="deposit-cover-k99"><p class="deposit-cover-k99__hd"><b>%s</b></p><table class="deposit-cover-k99__tbl">{depositrows}</table></div>',
                    '<p class="deposit-apply-k99"><a class="deposit-apply-k99__btn" role="button" href="/logement/caution-communale">%s</a></p>',
                    '<div class="deposit-card-k99"><h5 class="deposit-card-k99__hd">%s</h5><dl class="deposit-card-k99__dl">{depositdl}</dl></div>'],
    "toadcrossings": ['<div class="toad-patrol-k99"><h4 class="toad-patrol-k99__hd">%s</h4><ul class="toad-patrol-k99__list">{toadlist}</ul></div>',
                      '<div class="patrol-rota-k99"><p class="patrol-rota-k99__hd"><strong>%s</strong></p><table class="patrol-rota-k99__tbl">{toadrows}</table></div>',
                      '<p class="patrol-join-k99"><a href="/natur/kroetenhilfe">%s</a></p>',
                      '<div class="patrol-card-k99"><h5 class="patrol-card-k99__hd">%s</h5><dl class="patrol-card-k99__dl">{toaddl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/lunchtime"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "libraryamnesty": (0.0, [' <a href="/kutuphane/ceza-affi"><strong>%s</strong></a>']),
          "rentdeposit": (0.0, ['<br><a class="btn" href="/logement/caution-communale"><b>%s</b></a>']),
          "toadcrossings": (0.0, [' <a href="/natur/kroetenhilfe"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "libraryamnesty": 2, "rentdeposit": 2, "toadcrossings": 2}
# class names that belong to a platform's embed code or a theme's button class, not to this part's wrappers (exempt
# from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="inset-pic-k99"><img src="/media/{id}-inset.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="also-news-k99"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="making-news-k99"><p class="making-news-k99__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (SNOW_HEAD, BLOOD_HEAD, REBATE_HEAD, above), as the web teams left them (not checked)



# the tables' heads (AMNESTY_HEAD, DEPOSIT_HEAD, TOAD_HEAD, above), as the web teams left them (not checked)

def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return (("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head) if any(head) else "")
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    out = style
    if "{amnesty" in style:
        out = (out.replace("{amnestylist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in AMNESTY_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in AMNESTY_INFO[lang]))
               .replace("{amnestyrows}", table(AMNESTY_HEAD[lang], AMNESTY_ROWS[lang])).replace("{amnestydl}", dl(AMNESTY_INFO[lang])))
    if "{deposit" in style:
        out = (out.replace("{depositlist}", "".join('<li><strong>%s</strong> — %s</li>' % tuple(esc(x) for x in r) for r in DEPOSIT_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in DEPOSIT_INFO[lang]))
               .replace("{depositrows}", table(DEPOSIT_HEAD[lang], DEPOSIT_ROWS[lang])).replace("{depositdl}", dl(DEPOSIT_INFO[lang])))
    if "{toad" in style:
        out = (out.replace("{toadlist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in TOAD_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in TOAD_INFO[lang]))
               .replace("{toadrows}", table(TOAD_HEAD[lang], TOAD_ROWS[lang])).replace("{toaddl}", dl(TOAD_INFO[lang])))
    return out


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
               "scores": rng.choice([0, mid, n]), "libraryamnesty": rng.choice([mid, n, n]),
               "rentdeposit": rng.choice([mid, n]), "toadcrossings": rng.choice([mid, n])}.get(fam, mid)
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













BR = "\ue000"  # a line break typed inside a paragraph (rendered as <br>)
LOOK_STYLES = {"dropcap", "bold", "italic", "highlight", "box", "factbox", "callout", "br"}
# per layout: a class added to the paragraph ("class", name), a span around the first letter ("span", markup), or a
# wrapper around the element(s) ("wrap", open, close)
# Enfold's dropcap shortcode ([av_dropcap1]) as the text block renders it; the block editor's drop cap on the
# gutenberg and wordpress layouts; the magazine's feature dropcap class
DROPCAP = {"enfold": ("span", "<span class='av_dropcap1 av-k99dc1'>%s</span>"), "gutenberg": ("class", "has-drop-cap"),
           "wordpress": ("class", "has-drop-cap"), "magazine": ("class", "dropcap")}
# the magazine's feature panel around a paragraph
BOX = {"magazine": ("wrap", '<div class="feature-panel feature-panel--moss">\n', "\n</div>")}
# the block editor's group block in its fact-box style around a subheading and its list
FACTBOX = {"gutenberg": ("wrap", '<div class="wp-block-group is-style-fact-box has-pale-green-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>")}
# Enfold's notification element ([av_notification]) the editor dropped around a paragraph
CALLOUT = {"enfold": ("<div  class='avia_message_box av-k99nb1 avia-color-blue avia-size-large avia-icon_select-yes avia-border-solid '><div class='avia_message_box_content'><span class='avia_message_box_icon' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'></span>\n<p>", "</p>\n</div></div>")}
BOLD = {}
ITALIC = {}
# a highlight: the rich editor's <mark> on quintype, TinyMCE's background colour in Elementor's text editor
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "elementor": ('<span style="background-color: #fff3b0;">', "</span>")}


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
            if how[0] == "template":  # drawn by the template itself
                continue
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
# templates: enfold is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"enfold": tpl_enfold, "magazine": mp2.tpl_magazine, "nextjs": mp2.tpl_nextjs,
                 "broadcaster": mp3.tpl_broadcaster, "gutenberg": mp4.tpl_gutenberg, "chunks": mp4.tpl_chunks,
                 "squarespace": mp5.tpl_squarespace, "brightspot": mp5.tpl_brightspot, "quintype": mp6.tpl_quintype,
                 "k2": mp7.tpl_k2, "webflow": mp10.tpl_webflow, "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger,
                 "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix, "weebly": mp18.tpl_weebly, "elementor": mp21.tpl_elementor}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h98), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "enfold"
# the later layouts that keep their sites' strings in a dictionary by site name (none used in this part)
SITE_DICTS = {}


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
            rng = random.Random("newsflow-heldout99-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI99[lang]
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



STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 99) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h98), labels, furniture strings,
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
                       mp86.R, [v for v in mp86.SITE_STRINGS.values()], mp86.ORCHARD_SITES, mp86.TREE_SITES, mp86.UI_NEW,
                       mp86.TEASERS, [v for _, v in mp86.WIDGET_ROWS],
                       mp87.R, [v for v in mp87.SITE_STRINGS.values()], mp87.ODOO_SITES, mp87.UI_NEW, mp87.TEASERS,
                       [v for _, v in mp87.WIDGET_ROWS],
                       mp88.R, [v for v in mp88.SITE_STRINGS.values()], mp88.YOO_SITES, mp88.UI_NEW,
                       [v for _, v in mp88.WIDGET_ROWS],
                       mp89.R, [v for v in mp89.SITE_STRINGS.values()], mp89.DUDA_SITES, mp89.UI_NEW,
                       [v for _, v in mp89.WIDGET_ROWS],
                       mp90.R, [v for v in mp90.SITE_STRINGS.values()], mp90.WEBNODE_SITES, mp90.UI_NEW,
                       [v for _, v in mp90.WIDGET_ROWS],
                       mp91.R, [v for v in mp91.SITE_STRINGS.values()], mp91.OXY_SITES, mp91.UI_NEW,
                       [v for _, v in mp91.WIDGET_ROWS],
                       mp92.R, [v for v in mp92.SITE_STRINGS.values()], mp92.SV_SITES, mp92.UI_NEW,
                       [v for _, v in mp92.WIDGET_ROWS],
                       mp93.R, [v for v in mp93.SITE_STRINGS.values()], mp93.STK_SITES, mp93.UI_NEW,
                       [v for _, v in mp93.WIDGET_ROWS],
                       mp94.R, [v for v in mp94.SITE_STRINGS.values()], mp94.BOLT_SITES, mp94.UI_NEW, mp94.TEASERS,
                       [v for _, v in mp94.WIDGET_ROWS],
                       mp95.R, [v for v in mp95.SITE_STRINGS.values()], mp95.MOBI_SITES, mp95.MOBI_CARDS, mp95.UI_NEW,
                       mp95.TEASERS, [v for _, v in mp95.WIDGET_ROWS],
                       mp96.R, [v for v in mp96.SITE_STRINGS.values()], mp96.ZYRO_SITES, mp96.UI_NEW, mp96.TEASERS,
                       [v for _, v in mp96.WIDGET_ROWS],
                       mp97.R, [v for v in mp97.SITE_STRINGS.values()], mp97.JNEWS_SITES, mp97.UI_NEW, mp97.TEASERS,
                       [v for _, v in mp97.WIDGET_ROWS],
                       mp98.R, [v for v in mp98.SITE_STRINGS.values()], mp98.AVADA_SITES, mp98.UI_NEW, mp98.TEASERS,
                       [v for _, v in mp98.WIDGET_ROWS],
                       # and any site dictionary (by site name or by language) of any earlier part, whatever its name
                       [getattr(m, nm) for m in EARLIER_MODULES for nm in dir(m)
                        if nm.endswith("_SITES") and isinstance(getattr(m, nm), dict)],
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
    # layouts: enfold (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # at least MIN_FRESH of the earlier layouts are used by none of h95 .. h98
    fresh = [t for t in tpls if t != NEW_LAYOUT and not any(a["tpl"] == t for mod in FRESH_PARTS for a in mod.ARTICLES)]
    if len(fresh) < MIN_FRESH:
        problems.append("%d earlier layouts that h95 .. h98 did not use (want %d or more)" % (len(fresh), MIN_FRESH))
    # an earlier layout is not on a page in a language h97 or h98 gave it
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
    # the enfold pages: a site of ENFOLD_SITES in its own language (ENFOLD_CORE); of the looks only those the text
    # block and its shortcodes set (a drop cap, bold, italic, a notification box, a line break); the later layouts
    # keyed by site name: a site this part adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in ENFOLD_SITES or a["lang"] not in ENFOLD_CORE
                                       or ENFOLD_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in ENFOLD_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: enfold page needs an Enfold site in its language and the text block's looks only" % a["id"])
        if a["tpl"] in ("broadcaster", "chunks") and a.get("look"):
            problems.append("%s: no looks on %s in this part" % (a["id"], a["tpl"]))
        if a["tpl"] in SITE_DICTS and a.get("site") not in SITE_STRINGS[SITE_DICTS[a["tpl"]]]:
            problems.append("%s: %s page needs a site of this part's own" % (a["id"], a["tpl"]))
        if a["tpl"] == "broadcaster" and len(a.get("watch", ())) != 2:
            problems.append("%s: the broadcaster layout needs the two video lines" % a["id"])
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
        if fam not in R or (fam != "symbol" and fam not in NEW_FAMILIES and set(R[fam]) != set(UI)) or (
                fam in NEW_FAMILIES and set(R[fam]) != set(WIDGET_LANGS[fam])):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for fam, idxs in NEW_STYLE_WORDING.items():
        if len(idxs) != len(STYLES[fam]) or any(i >= len(R[fam][lang]) for i in idxs for lang in R[fam]):
            problems.append("new family %s: a markup without its wording" % fam)
    for name, obj in WIDGET_ROWS:
        fam = name.split()[0]
        if set(obj) != set(WIDGET_LANGS[fam]):
            problems.append("%s lack a language" % name)
    problems.extend("%s: carries %s, which has no rows in %s" % (a["id"], f, a["lang"]) for a in ARTICLES
                    for f in a.get("carry", []) if f in WIDGET_LANGS and a["lang"] not in WIDGET_LANGS[f])
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
    problems.extend("%s: family %s run into the text but not carried" % (a["id"], f) for a in ARTICLES for f in a.get("run_in", [])
                    if f not in a.get("carry", []) or f not in INLINE)
    problems.extend("%s: avoided family %s is not a family" % (a["id"], f) for a in ARTICLES for f in a.get("avoid", [])
                    if f not in FAMILIES)
    for a in ARTICLES:
        for fam, idx in a.get("choose", {}).items():
            if idx >= len(R[fam][a["lang"]]):
                problems.append("%s: no wording %d in the %s pool" % (a["id"], idx, fam))
    # the new families' four markups in turn over the part (list, table, link or button, card): only the third
    # carrier may have its link run into the last paragraph
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        problems.extend("%s: %s run into the text, but its markup there is not the link" % (a["id"], f)
                        for k, a in enumerate(carriers) if f in a.get("run_in", []) and NEW_STYLE_WORDING[f][k % 4] != 2)
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

    def wordings(obj):  # a site dictionary without the keys that are not wordings (SITE_EXEMPT)
        if isinstance(obj, dict):
            return {k: wordings(v) for k, v in obj.items() if k not in SITE_EXEMPT}
        return obj
    site_strings_new = [wordings(v) for v in SITE_STRINGS.values()]
    enfold_sites = [{k: v for k, v in d.items() if k not in ENFOLD_EXEMPT} for d in ENFOLD_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (ENFOLD_CORE, AMNESTY_HEAD, DEPOSIT_HEAD and TOAD_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ENFOLD_SITES", enfold_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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







