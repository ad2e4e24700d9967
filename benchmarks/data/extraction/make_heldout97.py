#!/usr/bin/env python3
"""Ninety-seventh held-out part (h97-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout97.py           # write pages/h97-*.html
    python benchmarks/data/extraction/make_heldout97.py --check   # verify pages/h97-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout97.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout98.py and its stories, written at the same time by another writer, were not).  Built on the structure
of make_heldout96.py and make_heldout95.py: build() -> (pages, truth, meta) and verify(pages, truth) -> problems,
with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h97_en.py / articles_h97_intl.py (fictional local and regional outlets, a district council's
news page, a city's press release, a village website, a press agency's wire and an American nonprofit newsroom, in
invented places -- Kestleby and the Brannock valley with Felling Cross, Ashby Ridge and Wolvey Green, Harlan Springs
on the Tuckasee, Akçakavak with Dereboyu and Sazlıdere, Lindenhain and Hasenau in the Ohrbachtal, Montcalvel and the
hamlet of Les Bories on the Sérane, Robledillo del Cerro and its barrio de las Eras on the Tajuelo, Ключегорск and
Сосновка on the Светлица --; every name and number invented).  The residue wordings -- thirty of the generic families
of the earlier parts (one wording each in every language, two for the newsletter, whose first is the pitch run into
a paragraph, and for the embed) plus three new ones -- their wrapper class names, related headlines and teasers, site
names, the sites' own strings in the earlier layouts and the first-round furniture strings are new here: verify()
refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings,
widget rows, headlines, tags or site names of make_heldout2..96, if a wrapper class name of an earlier part recurs,
if a "new" family is already in an earlier pool, family list, template family or docstring, if a story paragraph or
headline of an earlier part (h95 and h96 included) recurs, if a headline is also a story paragraph, or if a body is
outside 150-400 words.  The earlier families placed only for a reason in a story (calendar, map, gallery, scores)
are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on
the third carrier --, a definition-list card): street-tree sponsorship and adoption panels (streettrees: the species
on offer with the sponsorship price and what it covers, and the dedication plaque, the watering duty and how to
apply) on an English town's thousand-tree planting drive (the new layout: the list), an English council's replanting
of a felled war-memorial avenue (the table), a German town's greener high street (the "become a tree sponsor"
button, run into the last paragraph) and a Spanish estate's first street trees (the card); taxi and private-hire
licensing panels (taxilicensing: the licences with their fees and how long they last, and the knowledge test, the
checks and where to apply) on an English fares review (the list), an English driver shortage (the table), a Turkish
district's night-time taxi plates (the "apply for a licence" button) and a Russian town's shrinking register of
legal taxi drivers (the card); public water-refill station panels (waterrefill: the stations with where they are and when they are
open, and the app, the sticker and how to add a café) on an English heatwave (the list), a German city festival's
drinking-water stations (the table), a French market's plastic-bottle ban (the "find a refill point" link, run into
the last paragraph) and a Spanish heatwave plan (the card).  Only the languages that carry a new family have its rows
(WIDGET_LANGS); the tables' heads (TREE_HEAD, TAXI_HEAD, REFILL_HEAD) are the web teams' generic strings and not
checked; the rows (TREE_ROWS, TREE_INFO, TAXI_ROWS, TAXI_INFO, REFILL_ROWS, REFILL_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": a village website on uCoz is a small site, with no newsroom to credit a photograph to, update a
story, sell adverts or send reporters; a district council's news page on Wagtail and a city's press release on
Plone are public bodies' sites, with no adverts, comments, paywall or newsroom); a correction box goes only on a
story that was corrected, with that story's own wording (an English driver shortage's pre-pandemic figure, which the
page carries among its residue, and an English market hall's year of building, the page's only residue).  Residue
markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div>
lines pasted by editors, headings, links, lists, spans, buttons, definition lists and tables, and, for a few
families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the tree-sponsor
button, the refill link; only one line in any paragraph).  On the new layout, residue the editor pasted sits among
the paragraphs of the post's content-inner, beside the theme's own inline ad slot.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap (the
block editor's class on JNews), italics (one-line quotes on the Umbraco and the legacy pages), bold (a one-line
paragraph on the regional page: "The night tariff would start an hour earlier, at 11pm."), a highlighted sentence
(a <mark> on the Hugo and the BLOX pages), a paragraph in a box (a block-editor group with a background on the
Turkish JNews page and on the WordPress page), a fact box holding a subheading and its list (a bordered group block
around "The hall in numbers"), a callout (the TYPO3 bootstrap package's info alert around a midwife's successor
search), a paragraph typed after a <br> (Shift+Enter, on the Spanish table page); story structures that look like
furniture but are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "Were
there ever any close calls?", "Köy değişti mi?", "Ihr schönster Moment?", "Чего не хватает библиотеке?" --, in English, Turkish, German and
Russian: a crossing guard after 31 years, a village headman after 40, a midwife after 38, a village librarian after
45), lists inside the story (a planting shortlist, heatwave advice, a market hall's numbers, a festival programme, a
market's new equipment, the trees to be planted), crossheads as headings and as bold paragraphs, one-line quotes and
short one-line paragraphs, a closing line with practical information (a planting date, a consultation deadline, a
pool's hours, a send-off at a school, a drop-in session, a shop's hours, a band's parade, a market hall's days, a
market's hours, a farewell meal, a midwives' hotline, an environment office, a tourist office, pool prices, a
bakery's hours, a planting morning, a centenary concert, a heat-plan telephone line, a library's hours), and story
sentences that use furniture words in ordinary reporting ("contact the council through its website", "Photos of the
avenue ... will be on show", "Anyone who wants to follow the band ... parish newsletter" closing stories), some at
the end of a story.  Two pages carry no residue at all (a Turkish village headman on storybody and a French bakery on
cms) and one only its correction line (an English market hall on wordpress); the American crossing guard on newspack
and a Russian agency item on a bridge closure (wire) carry only what their layouts themselves print.
One page layout is new (jnews: a post on a WordPress news site running Jegtheme's JNews theme, on two pages, an
English valley news site and a Turkish district news site; see the section of the layout below).  The theme's own
strings (JNEWS_CORE) are left as they ship and not checked; the sites' own strings (JNEWS_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, portal,
table, storybody, legacy-br (make_pages.py), regional (make_heldout2.py), drupal (make_heldout3.py), fusion
(make_heldout4.py), wire (make_heldout5.py), typo3 (make_heldout6.py), sanity (make_heldout7.py), blox
(make_heldout8.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py), ucoz (make_heldout19.py), newspack
(make_heldout22.py), contao (make_heldout23.py), spip (make_heldout24.py), plone (make_heldout26.py), wagtail
(make_heldout33.py) and umbraco (make_heldout37.py) --, none of them in the language h95 or h96 gave it, and 16 of
them (all but the six first-round layouts) used by none of h93 .. h96 (English on regional, hugo, newspack,
wagtail, umbraco, joomla4, legacy-br and wordpress; Turkish on drupal and storybody; German on typo3, contao and
plone; French on blox, spip and cms; Spanish on sanity, table and portal; Russian on ucoz, fusion and wire); while
a page is rendered, the earlier modules' related headlines and teasers, the strings that belong to one site rather
than to the platform (see SITE_STRINGS: the layouts keyed by language -- TYPO3, Sanity, BLOX, Hugo, Joomla, uCoz,
Newspack, Contao, SPIP, Plone, the wire portal -- get this part's own strings for that language, the layouts keyed
by site name -- Wagtail, Umbraco -- get this part's own sites added) and the residue pools those helpers draw from
themselves (the advert labels of the fusion, umbraco and table layouts, the fusion layout's consent placeholder)
are swapped for this part's own, and the templates get this part's furniture strings (UI_NEW) instead of
make_pages.UI.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h97_en import ARTICLES as H97_EN  # noqa: E402
from articles_h97_intl import ARTICLES as H97_INTL  # noqa: E402

ARTICLES = H97_EN + H97_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94, mp95, mp96)
# parts whose layouts' languages this part avoids (the two latest finished parts; h98 is written at the same time
# and was not read)
LANG_PARTS = (mp95, mp96)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp93, mp94, mp95, mp96)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h97"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h96 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch Brannock valley videos here, switch on cookies for third-party players first"],
        "tr": ["Akçakavak videolarını burada izlemek için önce üçüncü taraf oynatıcı çerezlerini açın"],
        "de": ["Um Videos aus dem Ohrbachtal hier zu sehen, schalten Sie zuerst Cookies für externe Player ein"],
        "fr": ["Pour regarder ici les vidéos de la vallée de la Sérane, activez d'abord les cookies des lecteurs tiers"],
        "es": ["Para ver aquí los vídeos del Tajuelo, activa antes las cookies de reproductores externos"],
        "ru": ["Чтобы смотреть здесь видео о Ключегорске, сначала включите cookie сторонних плееров"],
    },
    "newsletter": {
        "en": ["Sign up for Brannock Brief, the valley's news in your inbox every Thursday",
               "You've reached your limit of free Kestleby articles. Register to keep reading"],
        "tr": ["Akçakavak Özeti'ne kaydolun: ilçenin haberleri her perşembe e-postanızda",
               "Ücretsiz Akçakavak haberi sınırına ulaştınız. Okumaya devam etmek için kaydolun"],
        "de": ["Melden Sie sich für den Ohrbach-Brief an: die Nachrichten aus dem Tal jeden Donnerstag im Postfach",
               "Ihr Kontingent an freien Lindenhainer Artikeln ist aufgebraucht. Registrieren Sie sich, um weiterzulesen"],
        "fr": ["Inscrivez-vous au Fil de la Sérane : l'actualité de la vallée chaque jeudi dans votre boîte",
               "Vous avez lu tous vos articles gratuits sur Montcalvel. Créez un compte pour continuer"],
        "es": ["Apúntate a El Tajuelo en breve: las noticias de la comarca cada jueves en tu correo",
               "Has agotado tus noticias gratuitas de Robledillo. Regístrate para seguir leyendo"],
        "ru": ["Подпишитесь на «Светлицкий четверг»: новости округа каждую неделю на почту",
               "Бесплатные материалы о Ключегорске на этот месяц закончились. Зарегистрируйтесь, чтобы читать дальше"],
    },
    "share": {
        "en": ["Send to a neighbour in Kestleby: WhatsApp · Facebook · Bluesky · Email"],
        "tr": ["Akçakavaklı komşunuza gönderin: WhatsApp · Facebook · Bluesky · E-posta"],
        "de": ["An Nachbarn in Lindenhain schicken: WhatsApp · Facebook · Bluesky · E-Mail"],
        "fr": ["Envoyer à un voisin de Montcalvel : WhatsApp · Facebook · Bluesky · Courriel"],
        "es": ["Mándaselo a un vecino de Robledillo: WhatsApp · Facebook · Bluesky · Correo"],
        "ru": ["Отправить соседям в Ключегорске: ВКонтакте · Одноклассники · Telegram · Почта"],
    },
    "photo": {
        "en": ["Image sent in by a Brannock valley reader"],
        "tr": ["Görseli Akçakavaklı bir okurumuz gönderdi"],
        "de": ["Bild eingesandt von einer Leserin aus dem Ohrbachtal"],
        "fr": ["Image envoyée par une lectrice de la vallée de la Sérane"],
        "es": ["Imagen enviada por una lectora del Tajuelo"],
        "ru": ["Фото прислала читательница из Ключегорска"],
    },
    "copyright": {
        "en": ["No part of this Brannock valley report may be copied or republished without written permission from {site}."],
        "tr": ["Bu Akçakavak haberinin hiçbir bölümü {site} yazılı izni olmadan kopyalanamaz ve yeniden yayımlanamaz."],
        "de": ["Kein Teil dieses Berichts aus dem Ohrbachtal darf ohne schriftliche Erlaubnis von {site} kopiert oder weiterveröffentlicht werden."],
        "fr": ["Aucune partie de cet article sur la Sérane ne peut être copiée ou republiée sans l'autorisation écrite de {site}."],
        "es": ["Ninguna parte de esta información del Tajuelo puede copiarse ni volver a publicarse sin permiso por escrito de {site}."],
        "ru": ["Никакую часть этого материала о Ключегорске нельзя копировать или перепечатывать без письменного разрешения «{site}»."],
    },
    "section": {
        "en": ["Brannock valley / {section}"],
        "tr": ["Akçakavak / {section}"],
        "de": ["Ohrbachtal / {section}"],
        "fr": ["Vallée de la Sérane / {section}"],
        "es": ["Comarca del Tajuelo / {section}"],
        "ru": ["Ключегорский округ / {section}"],
    },
    "related": {
        "en": ["Elsewhere in the Brannock valley"],
        "tr": ["Akçakavak'tan başka haberler"],
        "de": ["Mehr aus dem Ohrbachtal"],
        "fr": ["Ailleurs dans la vallée de la Sérane"],
        "es": ["Más de la comarca del Tajuelo"],
        "ru": ["Другие новости Ключегорского округа"],
    },
    "symbol": {"*": ["⁘ ✺ ⁘", "· ❖ · ❖ ·", "═ ◇ ═"]},
    "credit": {
        "en": ["Additional reporting by the {site} team in Kestleby"],
        "tr": ["Akçakavak'taki {site} ekibinin ek haberleriyle"],
        "de": ["Zusätzliche Recherche: das {site}-Team in Lindenhain"],
        "fr": ["Avec la contribution de l'équipe de {site} à Montcalvel"],
        "es": ["Con la colaboración del equipo de {site} en Robledillo"],
        "ru": ["При участии ключегорской команды «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion · your Kestleby news continues after this"],
        "tr": ["Ücretli tanıtım · Akçakavak haberiniz bunun ardından sürüyor"],
        "de": ["Bezahlte Anzeige · Ihr Lindenhainer Artikel folgt danach"],
        "fr": ["Promotion payante · votre article de Montcalvel reprend après"],
        "es": ["Promoción pagada · tu noticia de Robledillo continúa después"],
        "ru": ["Платное размещение · материал о Ключегорске продолжится после него"],
    },
    "continue": {
        "en": ["Tap to keep reading this Kestleby report"],
        "tr": ["Akçakavak haberini okumaya devam etmek için dokunun"],
        "de": ["Tippen, um den Lindenhainer Bericht weiterzulesen"],
        "fr": ["Touchez pour lire la suite de ce reportage à Montcalvel"],
        "es": ["Toca para seguir leyendo esta noticia de Robledillo"],
        "ru": ["Нажмите, чтобы дочитать материал о Ключегорске"],
    },
    "comments": {
        "en": ["{n} comments from Brannock valley readers · add yours"],
        "tr": ["Akçakavaklı okurlardan {n} yorum · siz de yazın"],
        "de": ["{n} Kommentare von Lesern aus dem Ohrbachtal · schreiben Sie Ihren"],
        "fr": ["{n} commentaires de lecteurs de la Sérane · ajoutez le vôtre"],
        "es": ["{n} comentarios de lectores del Tajuelo · añade el tuyo"],
        "ru": ["{n} комментариев от читателей из Ключегорска · добавьте свой"],
    },
    "readtime": {
        "en": ["Reading time: about {m} minutes (Kestleby)"],
        "tr": ["Okuma süresi: yaklaşık {m} dakika (Akçakavak)"],
        "de": ["Lesedauer: etwa {m} Minuten (Lindenhain)"],
        "fr": ["Temps de lecture : environ {m} minutes (Montcalvel)"],
        "es": ["Tiempo de lectura: unos {m} minutos (Robledillo)"],
        "ru": ["Время чтения: около {m} минут (Ключегорск)"],
    },
    "updated": {
        "en": ["Story changed {d}, {t}, Kestleby newsroom"],
        "tr": ["Haber değiştirildi: {d}, {t}, Akçakavak haber merkezi"],
        "de": ["Artikel geändert: {d}, {t} Uhr, Lindenhainer Newsroom"],
        "fr": ["Article modifié le {d} à {t}, rédaction de Montcalvel"],
        "es": ["Noticia modificada el {d}, {t}, redacción de Robledillo"],
        "ru": ["Материал изменён {d} в {t}, ключегорская редакция"],
    },
    "audio": {
        "en": ["Listen instead: this Kestleby report read aloud, {m} min"],
        "tr": ["Okumak yerine dinleyin: bu Akçakavak haberi sesli, {m} dk"],
        "de": ["Lieber hören: dieser Lindenhainer Bericht vorgelesen, {m} Min."],
        "fr": ["Plutôt écouter : cet article de Montcalvel lu à voix haute, {m} min"],
        "es": ["Mejor escúchala: esta noticia de Robledillo leída en voz alta, {m} min"],
        "ru": ["Лучше послушать: материал о Ключегорске вслух, {m} мин"],
    },
    "correction": {
        "en": ["This Brannock valley story has been amended to correct an error."],
        "tr": ["Bu Akçakavak haberi bir hatayı düzeltmek için değiştirildi."],
        "de": ["Dieser Artikel aus dem Ohrbachtal wurde geändert, um einen Fehler zu beheben."],
        "fr": ["Cet article de la vallée de la Sérane a été modifié pour corriger une erreur."],
        "es": ["Esta noticia del Tajuelo se ha modificado para corregir un error."],
        "ru": ["Материал о Ключегорске изменён: исправлена ошибка."],
    },
    "app": {
        "en": ["All of Kestleby's news in one tap: download the {site} app for iOS or Android"],
        "tr": ["Akçakavak'ın tüm haberleri tek dokunuşta: {site} uygulamasını iOS ya da Android için indirin"],
        "de": ["Alle Nachrichten aus Lindenhain mit einem Tipp: die {site}-App für iOS oder Android laden"],
        "fr": ["Toute l'actualité de Montcalvel en un geste : téléchargez l'appli {site} pour iOS ou Android"],
        "es": ["Todas las noticias de Robledillo en un toque: descarga la app de {site} para iOS o Android"],
        "ru": ["Все новости Ключегорска в одно касание: скачайте приложение «{site}» для iOS или Android"],
    },
    "bio": {
        "en": ["{by} covers {section} in Kestleby and the Brannock valley villages for {site}. Story ideas go to the Kestleby desk."],
        "tr": ["{by}, {site} için Akçakavak'ta {section} alanını izliyor. Önerilerinizi Akçakavak masasına iletebilirsiniz."],
        "de": ["{by} berichtet für {site} über {section} in Lindenhain und im Ohrbachtal. Themenvorschläge willkommen."],
        "fr": ["{by} couvre la rubrique {section} à Montcalvel et dans la vallée de la Sérane pour {site}. Proposez-lui vos sujets sur Montcalvel."],
        "es": ["{by} cubre {section} en Robledillo y la comarca del Tajuelo para {site}. Acepta propuestas de temas."],
        "ru": ["{by} освещает тему «{section}» в Ключегорске и округе для «{site}». Предлагайте темы."],
    },
    "tip": {
        "en": ["Seen something in the Brannock valley we should know about? Call the Kestleby newsroom on 01632 960 877"],
        "tr": ["Akçakavak'ta bilmemiz gereken bir şey mi gördünüz? Haber merkezini arayın: 0 (332) 900 08 77"],
        "de": ["Haben Sie im Ohrbachtal etwas gesehen, das wir wissen sollten? Rufen Sie die Redaktion an: 06574 8770"],
        "fr": ["Vous avez vu quelque chose dans la vallée de la Sérane ? Appelez la rédaction de Montcalvel au 04 67 00 08 77"],
        "es": ["¿Has visto algo en la comarca del Tajuelo que debamos saber? Llama a la redacción de Robledillo al 920 000 877"],
        "ru": ["Увидели в Ключегорске что-то важное? Звоните в редакцию: 8 (34271) 2-08-77"],
    },
    "typo": {
        "en": ["Typo in this Kestleby story: mark the word and Ctrl+Enter sends it to our subs"],
        "tr": ["Akçakavak haberindeki yazım hatasını işaretleyin, Ctrl+Enter ile düzeltme masasına gitsin"],
        "de": ["Tippfehler im Lindenhainer Artikel: Wort markieren, Strg+Enter schickt es ans Korrektorat"],
        "fr": ["Faute dans cet article de Montcalvel : surlignez le mot, Ctrl+Entrée l'envoie aux correcteurs"],
        "es": ["Errata en esta noticia de Robledillo: marca la palabra y Ctrl+Intro se la manda a los correctores"],
        "ru": ["Опечатка в материале о Ключегорске: выделите слово, Ctrl+Enter отправит его корректору"],
    },
    "push": {
        "en": ["Brannock valley alerts on this device: switch on · not now"],
        "tr": ["Bu cihazda Akçakavak bildirimleri: aç · şimdi değil"],
        "de": ["Meldungen aus dem Ohrbachtal auf diesem Gerät: einschalten · nicht jetzt"],
        "fr": ["Alertes de la vallée de la Sérane sur cet appareil : activer · pas maintenant"],
        "es": ["Avisos del Tajuelo en este dispositivo: activar · ahora no"],
        "ru": ["Уведомления о Ключегорске на этом устройстве: включить · не сейчас"],
    },
    "print": {
        "en": ["Save this Kestleby story: Print · PDF · Email it"],
        "tr": ["Bu Akçakavak haberini kaydedin: Yazdır · PDF · E-postala"],
        "de": ["Lindenhainer Artikel sichern: Drucken · PDF · Mailen"],
        "fr": ["Conserver cet article de Montcalvel : Imprimer · PDF · Envoyer"],
        "es": ["Guarda esta noticia de Robledillo: Imprimir · PDF · Enviar por correo"],
        "ru": ["Сохранить материал о Ключегорске: Распечатать · PDF · Отправить"],
    },
    "feedback": {
        "en": ["How much this Kestleby story helped you: a lot · a little · not at all"],
        "tr": ["Bu Akçakavak haberi ne kadar yardımcı oldu: çok · biraz · hiç"],
        "de": ["So sehr hat Ihnen der Lindenhainer Artikel geholfen: sehr · etwas · gar nicht"],
        "fr": ["Cet article de Montcalvel vous a aidé : beaucoup · un peu · pas du tout"],
        "es": ["Cuánto te ha ayudado esta noticia de Robledillo: mucho · algo · nada"],
        "ru": ["Насколько помог материал о Ключегорске: очень · немного · совсем нет"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; to complain about our Brannock valley reporting, write to complaints@brannockpost.example."],
        "tr": ["{site} basın meslek ilkelerine bağlıdır; Akçakavak haberlerimizle ilgili şikâyetlerinizi sikayet@akcakavak.example adresine yazın."],
        "de": ["{site} arbeitet nach dem Pressekodex; Beschwerden über unsere Berichte aus dem Ohrbachtal an beschwerde@lindenhain.example."],
        "fr": ["{site} applique la charte d'éthique des journalistes ; pour contester un article sur la Sérane, écrivez à mediateur@montcalvel.example."],
        "es": ["{site} se rige por el código deontológico de la FAPE; para reclamar sobre nuestra información del Tajuelo, escribe a defensor@robledillo.example."],
        "ru": ["«{site}» придерживается кодекса журналистской этики; претензии к материалам о Ключегорске направляйте на pretenzii@klyuchegorsk.example."],
    },
    "topics": {
        "en": ["More on: {section} · Kestleby · Felling Cross"],
        "tr": ["Daha fazlası: {section} · Akçakavak · Dereboyu"],
        "de": ["Mehr zu: {section} · Lindenhain · Hasenau"],
        "fr": ["En savoir plus : {section} · Montcalvel · Les Bories"],
        "es": ["Más sobre: {section} · Robledillo del Cerro · Las Eras"],
        "ru": ["Ещё по теме: {section} · Ключегорск · Сосновка"],
    },
    "bookmark": {
        "en": ["☆ Add this Kestleby story to your reading list"],
        "tr": ["☆ Bu Akçakavak haberini okuma listenize ekleyin"],
        "de": ["☆ Lindenhainer Artikel zur Leseliste hinzufügen"],
        "fr": ["☆ Ajouter cet article de Montcalvel à ma liste de lecture"],
        "es": ["☆ Añadir esta noticia de Robledillo a tu lista de lectura"],
        "ru": ["☆ Добавить материал о Ключегорске в список для чтения"],
    },
    "poll": {
        "en": ["Have your say, Kestleby: for · against · not sure"],
        "tr": ["Sizce ne olmalı, Akçakavak: evet · hayır · kararsızım"],
        "de": ["Ihre Meinung, Lindenhain: dafür · dagegen · unentschieden"],
        "fr": ["Donnez votre avis, Montcalvel : pour · contre · indécis"],
        "es": ["Opina, Robledillo: a favor · en contra · no lo tengo claro"],
        "ru": ["Ваше мнение, Ключегорск: за · против · затрудняюсь ответить"],
    },
    "embed": {
        "en": ["View this post by {handle} from Kestleby on Instagram", "Watch {handle}'s Brannock valley clip on YouTube"],
        "tr": ["{handle} hesabının Akçakavak paylaşımını Instagram'da açın", "{handle} hesabının Dereboyu videosunu YouTube'da açın"],
        "de": ["Diesen Lindenhainer Beitrag von {handle} auf Instagram öffnen", "Den Ohrbachtal-Clip von {handle} auf YouTube ansehen"],
        "fr": ["Ouvrir sur Instagram la publication de {handle} à Montcalvel", "Regarder sur YouTube le clip de {handle} sur la Sérane"],
        "es": ["Abrir en Instagram la publicación de {handle} en Robledillo", "Ver en YouTube el clip de {handle} sobre el Tajuelo"],
        "ru": ["Открыть в Instagram публикацию {handle} из Ключегорска", "Смотреть на YouTube ролик {handle} о Светлице"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "streettrees": {
        "en": ["Sponsor a street tree: how it works", "Street tree sponsorship: species and prices", "Apply to sponsor a street tree ›",
               "Sponsoring a tree: your questions"],
        "de": ["Baumpatenschaft: so geht's", "Baumpatenschaften: Arten und Preise", "Jetzt Baumpate werden ›",
               "Baumpatenschaft: Ihre Fragen"],
        "es": ["Apadrina un árbol: cómo funciona", "Apadrinar un árbol: especies y precios", "Solicita apadrinar un árbol ›",
               "Apadrinar un árbol: tus preguntas"],
    },
    "taxilicensing": {
        "en": ["Becoming a taxi driver: licences and fees", "Taxi and private hire licence fees", "Apply for a taxi driver licence ›",
               "Taxi licensing: where to apply"],
        "tr": ["Taksi şoförü olmak: belgeler ve harçlar", "Taksi ve servis aracı ruhsat harçları", "Taksi ruhsatına başvurun ›",
               "Taksi ruhsatı: nereye başvurulur"],
        "ru": ["Как стать таксистом: разрешения и сборы", "Разрешения на такси: виды и стоимость", "Подать заявление на разрешение такси ›",
               "Разрешение на такси: куда обращаться"],
    },
    "waterrefill": {
        "en": ["Free water refills in Kestleby", "Refill stations: where and when", "Find a refill station near you ›",
               "Refill: add your café to the map"],
        "de": ["Kostenlos Wasser nachfüllen", "Trinkwasserstationen: wo und wann", "Trinkwasserstation in der Nähe finden ›",
               "Refill: Ihr Café auf die Karte"],
        "fr": ["Remplir sa gourde gratuitement", "Points d'eau : où et quand", "Trouver un point de recharge en eau ›",
               "Refill : ajoutez votre café à la carte"],
        "es": ["Rellena tu botella gratis", "Fuentes de rellenado: dónde y cuándo", "Encuentra una fuente cerca de ti ›",
               "Rellena: suma tu bar al mapa"],
    },
}
NEW_STYLE_WORDING = {"streettrees": [0, 1, 2, 3], "taxilicensing": [0, 1, 2, 3], "waterrefill": [0, 1, 2, 3]}
# street-tree sponsorship: the species on offer, the sponsorship price and what it buys; and the plaque, watering
# duty and how to apply
TREE_ROWS = {
    "en": [("Small-leaved lime", "£350", "tree, stake and three years' care"),
           ("Field maple", "£300", "tree, stake and three years' care"),
           ("Rowan", "£250", "for narrow pavements")],
    "de": [("Winterlinde", "450 €", "Baum, Pflanzung und drei Jahre Pflege"),
           ("Feldahorn", "380 €", "Baum, Pflanzung und drei Jahre Pflege"),
           ("Vogelbeere", "320 €", "für schmale Gehwege")],
    "es": [("Almez", "350 €", "árbol, alcorque y riego por goteo"),
           ("Morera sin fruto", "320 €", "árbol, alcorque y riego por goteo"),
           ("Olmo resistente", "390 €", "para plazas y avenidas")],
}
TREE_HEAD = {"en": ("Species", "Sponsorship", "Covers"), "de": ("Baumart", "Patenbeitrag", "Enthalten"),
             "es": ("Especie", "Aportación", "Incluye")}
TREE_INFO = {
    "en": [("Dedication plaque", "£45 extra, with up to 40 characters"),
           ("Watering", "sponsors are asked to give their tree a bucket of water a week from May to September"),
           ("Applying to sponsor", "fill in the form at the Town Hall or on the council website; planting runs from November to March")],
    "de": [("Namenstafel", "35 € zusätzlich, bis zu 30 Zeichen"),
           ("Gießen", "Paten gießen ihren Baum von Mai bis September einmal pro Woche"),
           ("So werden Sie Pate", "Umweltamt, Rathaus Lindenhain, Zimmer 8, oder per Formular auf der Website der Stadt")],
    "es": [("Placa con nombre", "40 € más, hasta 35 letras"),
           ("Riego", "los padrinos se comprometen a regar su árbol una vez por semana en verano"),
           ("Cómo apadrinar", "en el registro del Ayuntamiento o en la sede electrónica; se planta de noviembre a febrero")],
}
# taxi and private-hire licensing: the licence, its fee and how long it lasts; and the knowledge test, checks and
# where to apply
TAXI_ROWS = {
    "en": [("Hackney carriage driver", "£262", "three years"),
           ("Private hire driver", "£248", "three years"),
           ("Vehicle licence", "£196", "one year")],
    "tr": [("Taksi şoför belgesi", "1.850 TL", "5 yıl"),
           ("Servis aracı şoför belgesi", "1.400 TL", "5 yıl"),
           ("Araç çalışma ruhsatı", "4.200 TL", "1 yıl")],
    "ru": [("Разрешение на перевозку пассажиров", "0 ₽, госпошлины нет", "5 лет"),
           ("Медосмотр водителя", "от 1 500 ₽", "перед каждым рейсом"),
           ("Техосмотр автомобиля", "от 2 000 ₽", "каждые полгода")],
}
TAXI_HEAD = {"en": ("Licence", "Fee", "Valid for"), "tr": ("Belge", "Harç", "Geçerlilik"), "ru": ("Что нужно", "Стоимость", "Срок")}
TAXI_INFO = {
    "en": [("Knowledge test", "a written test on the district's streets and the licensing rules, held every fortnight"),
           ("Checks", "an enhanced DBS check, a medical and a driving assessment"),
           ("Applications in person", "Licensing office, Kestleby Town Hall, Monday to Friday 9.30am to 3pm")],
    "tr": [("Bilgi sınavı", "ilçe sokakları ve trafik kuralları üzerine yazılı sınav, ayda bir"),
           ("Gerekenler", "sabıka kaydı, sağlık raporu, SRC belgesi"),
           ("Ruhsat başvurusu nerede", "Akçakavak Belediyesi zabıta müdürlüğü, zemin kat, hafta içi 08.30–17.00")],
    "ru": [("Требования", "стаж вождения от трёх лет, отсутствие судимости"),
           ("Какие документы нужны", "паспорт, права, документы на автомобиль, полис ОСАГО"),
           ("Где оформить разрешение", "окружной центр оформления разрешений, ул. Вокзальная, 4, пн–пт 9:00–17:00")],
}
# water-refill stations: the station, where it is and when it is open; and the app, who runs it and how to add a café
REFILL_ROWS = {
    "en": [("Market place fountain", "by the war memorial", "all day"),
           ("Library", "Church Street, ground floor", "9am to 5pm"),
           ("Memorial gardens", "near the bandstand", "dawn to dusk")],
    "de": [("Stadtfest-Marktplatz", "vor dem Eingang", "Fr 16 bis So 22 Uhr"),
           ("Schlosspark", "am Eingang Parkstraße", "während des Festes"),
           ("Ohrbachbrücke", "neben der Bühne", "während des Festes")],
    "fr": [("Fontaine de la Halle", "à côté du marché couvert", "le samedi matin"),
           ("Office de tourisme", "rue du Pont", "du mardi au samedi"),
           ("Aire des Bories", "près du lavoir", "tous les jours")],
    "es": [("Fuente de la plaza Mayor", "junto al kiosco", "todo el día"),
           ("Piscina municipal", "en la entrada", "de 11.00 a 21.30"),
           ("Biblioteca", "en el vestíbulo", "de 16.00 a 21.00")],
}
REFILL_HEAD = {"en": ("Station", "Where", "Open"), "de": ("Station", "Wo", "Geöffnet"), "fr": ("Point d'eau", "Où", "Ouvert"),
               "es": ("Fuente", "Dónde", "Horario")}
REFILL_INFO = {
    "en": [("The app", "every station and every café that fills bottles is on the Refill app"),
           ("Look for", "the blue sticker in the window"),
           ("Run a café?", "add it to the map through the Refill app or at the Town Hall")],
    "de": [("App", "alle Stationen und teilnehmenden Cafés in der Refill-App"),
           ("Erkennungszeichen", "der blaue Tropfen-Aufkleber an der Tür"),
           ("Café eintragen", "über die Refill-App oder bei den Stadtwerken Lindenhain")],
    "fr": [("L'appli", "tous les points d'eau et les commerces partenaires sur l'appli Refill"),
           ("Le repère", "l'autocollant bleu en vitrine"),
           ("Vous tenez un café ?", "inscrivez-le sur la carte via l'appli ou à la mairie")],
    "es": [("La aplicación", "todas las fuentes y bares adheridos en la app Refill"),
           ("La señal", "la pegatina azul en el escaparate"),
           ("¿Tienes un bar?", "súmalo al mapa desde la app o en el Ayuntamiento")],
}
WIDGET_ROWS = (("streettrees species", TREE_ROWS), ("streettrees info", TREE_INFO), ("taxilicensing fees", TAXI_ROWS),
               ("taxilicensing info", TAXI_INFO), ("waterrefill stations", REFILL_ROWS), ("waterrefill info", REFILL_INFO))
WIDGET_LANGS = {"streettrees": ("en", "de", "es"), "taxilicensing": ("en", "tr", "ru"), "waterrefill": ("en", "de", "fr", "es")}


HEADLINES = {
    "en": ["Kestleby lido to stay open until October", "Ashby Ridge school gets new science block",
           "Felling Cross allotments waiting list passes 100", "Brannock valley cheese wins national prize",
           "Bridge Street roadworks to finish early", "Wolvey Green fun run raises \u00a33,100"],
    "tr": ["Akçakavak'a yeni bir kütüphane yapılacak", "Dereboyu köprüsü yenileniyor",
           "Akçakavakspor bölgesel lige yükseldi", "İlçede kiraz hasadı erken başladı",
           "Sazlıdere yoluna asfalt geliyor", "Akçakavak'ta gençlik merkezi açıldı"],
    "de": ["Lindenhainer Freibad verlängert die Saison", "Hasenauer Kirmes lockt 8.000 Besucher",
           "Ohrbachtalbahn bekommt neue Züge", "Neue Grundschule in Lindenhain-Süd geplant",
           "SV Lindenhain gewinnt den Kreispokal", "Radweg nach Hasenau wird verbreitert"],
    "fr": ["Montcalvel : la fête du village change de date", "Les Bories ont enfin leur aire de jeux",
           "Le collège de la Sérane rénove sa cantine", "Montcalvel : le pont de la Sérane repeint",
           "L'US Montcalvel monte en régionale 2", "Un nouveau médecin s'installe à Montcalvel"],
    "es": ["Robledillo estrena un nuevo centro de día", "Las Eras tendrá un carril bici hasta el instituto",
           "El CD Robledillo asciende a Primera Regional", "La feria del queso vuelve a la plaza Mayor",
           "El Ayuntamiento asfalta el camino del Tajuelo", "Robledillo celebra su primera semana del libro"],
    "ru": ["В Ключегорске отремонтируют набережную Светлицы", "В Сосновке открылся новый фельдшерский пункт",
           "Ключегорская школа № 3 получила новый спортзал", "На Вокзальной улице появятся светофоры",
           "Хоккеисты Ключегорска выиграли областной турнир", "Электричка до областного центра будет ходить чаще"],
}
TEASERS = {
    "en": ["The pool will be heated for the first time.", "Pupils will move in after Easter.",
           "Some plots have been split in two to cope.", "Judges praised its blue-veined Brannock Blue.",
           "Traffic lights will be gone by Friday.", "Runners dressed as scarecrows and bees."],
}
# handed out in page order to the pages without a fixed site (one per page; the sites of the later layouts keyed by
# site name, of the two JNews pages and of the council, city, village and agency pages are given in the stories)
SITES = {
    "en": ["Brannock Valley Echo", "Kestleby Courier", "Kestleby and District News", "Brannock Valley Herald", "Kestleby Mercury"],
    "tr": ["Akçakavak Gazetesi", "Akçakavak Haber Merkezi"],
    "de": ["Ohrbachtal-Anzeiger", "Lindenhainer Tageblatt"],
    "fr": ["Le Courrier de la Sérane", "La Gazette de Montcalvel", "Le Petit Journal de la Sérane"],
    "es": ["El Eco del Tajuelo", "Diario de Robledillo", "La Voz del Tajuelo"],
    "ru": ["Ключегорские ведомости"],
}
UI_NEW = {
    "en": dict(nav=["Kestleby", "Brannock villages", "Kestleby courts", "Brannock schools", "Kestleby sport", "Out and about in the Brannock valley", "Brannock public notices"],
               cookie="This Brannock valley website and its partners keep and read small files on your device to remember your settings, to measure which Kestleby stories people read and to show you adverts. Accept them all or pick your own.",
               accept="That's fine, on to the Kestleby story", reject="Let me pick what Kestleby may keep", share="Pass this Kestleby story on",
               related="Latest from the Brannock valley", newsletter="Brannock Morning: Kestleby's headlines before breakfast",
               subscribe="Send me Brannock Morning", email="you@brannock-morning.example",
               comment_note="A moderator checks every comment on Kestleby stories before it appears. Please be civil and stay on the subject.",
               closed="Comments are switched off on this Kestleby story.",
               footer=["Get in touch with the Kestleby newsroom", "Brannock valley corrections policy", "Brannock valley privacy notice", "Advertising in Kestleby", "Kestleby house rules for comments"],
               rights="Every word and picture from the Brannock valley newsroom belongs to the publisher and may not be copied without permission.",
               commenters=[("AshbyRidgeAnne", "Good to see something finally happening."),
                           ("Kestleby_Mick", "I'll believe it when I see it.")]),
    "tr": dict(nav=["Akçakavak çarşı", "Akçakavak'ın köyleri", "Asayiş haberleri Akçakavak", "Akçakavak okulları ve eğitim", "Akçakavak'ta spor", "Akçakavak'ta hafta sonu", "Akçakavak ilanlar"],
               cookie="Akçakavak sitemiz ve iş ortaklarımız, ayarlarınızı hatırlamak, hangi Akçakavak haberlerinin okunduğunu ölçmek ve size reklam göstermek için cihazınızda küçük dosyalar saklar ve okur. Hepsini kabul edin ya da kendiniz seçin.",
               accept="Tamam, devam et", reject="Akçakavak için ben seçeyim", share="Bu Akçakavak haberini iletin",
               related="Akçakavak'tan son haberler", newsletter="Akçakavak Sabahı: ilçenin manşetleri kahvaltıdan önce",
               subscribe="Akçakavak Sabahı'nı gönderin", email="siz@akcakavak-sabahi.example",
               comment_note="Akçakavak haberlerine yazılan her yorumu yayından önce bir moderatör kontrol eder. Saygılı bir dil kullanın, Akçakavak haberinin konusunda kalın.",
               closed="Bu Akçakavak haberinde yorumlar kapatıldı.",
               footer=["Akçakavak haber merkezine yazın", "Akçakavak düzeltme politikası", "Akçakavak sitesi gizlilik bildirimi", "Akçakavak'ta reklam vermek", "Akçakavak yorum kuralları"],
               rights="Akçakavak haber merkezinin her yazısı ve fotoğrafı yayıncıya aittir, izinsiz kopyalanamaz.",
               commenters=[("Dereboylu_Ayşe", "Sonunda bir şey oluyor, sevindim."),
                           ("Akçakavaklı_Hüseyin", "Görmeden inanmam.")]),
    "de": dict(nav=["Lindenhain", "Orte im Ohrbachtal", "Polizei und Gericht im Ohrbachtal", "Schulen im Ohrbachtal", "Sport in Lindenhain", "Ausgehen im Ohrbachtal", "Bekanntmachungen Lindenhain"],
               cookie="Diese Seite aus dem Ohrbachtal und ihre Partner speichern und lesen kleine Dateien auf Ihrem Gerät, um Ihre Einstellungen zu behalten, zu messen, welche Lindenhainer Artikel gelesen werden, und Ihnen Werbung zu zeigen. Alles akzeptieren oder selbst auswählen.",
               accept="Einverstanden, weiter", reject="Selbst auswählen, was Lindenhain speichern darf", share="Lindenhainer Artikel weitergeben",
               related="Neues aus dem Ohrbachtal", newsletter="Ohrbachtal am Morgen: Lindenhains Schlagzeilen vor dem Frühstück",
               subscribe="Ohrbachtal am Morgen bestellen", email="sie@ohrbachtal-morgen.example",
               comment_note="Jeder Kommentar zu Lindenhainer Artikeln wird vor der Veröffentlichung geprüft. Bleiben Sie bitte sachlich und beim Lindenhainer Thema.",
               closed="Die Kommentarfunktion ist bei diesem Lindenhainer Artikel abgeschaltet.",
               footer=["Kontakt zum Lindenhainer Newsroom", "Korrekturen im Ohrbachtal", "Datenschutzhinweise Ohrbachtal", "Anzeigen in Lindenhain", "Lindenhainer Hausordnung für Kommentare"],
               rights="Jedes Wort und jedes Bild des Ohrbachtal-Newsrooms gehört dem Verlag und darf ohne Erlaubnis nicht kopiert werden.",
               commenters=[("Hasenauerin_Ute", "Schön, dass endlich etwas passiert."),
                           ("Lindenhainer_Bernd", "Ich glaube es erst, wenn ich es sehe.")]),
    "fr": dict(nav=["Montcalvel", "Villages de la Sérane", "Faits divers de la Sérane", "Écoles de la Sérane", "Sport à Montcalvel", "Sortir dans la vallée de la Sérane", "Avis publics de Montcalvel"],
               cookie="Ce site de la vallée de la Sérane et ses partenaires conservent et lisent de petits fichiers sur votre appareil pour garder vos réglages, mesurer les articles de Montcalvel lus et vous montrer des publicités. Acceptez tout ou choisissez vous-même.",
               accept="D'accord, je lis la suite sur Montcalvel", reject="Je choisis ce que Montcalvel garde", share="Faire suivre cet article de Montcalvel",
               related="Dernières nouvelles de la Sérane", newsletter="La Sérane au réveil : les titres de Montcalvel avant le petit-déjeuner",
               subscribe="M'envoyer La Sérane au réveil", email="vous@serane-reveil.example",
               comment_note="Chaque commentaire sur les articles de Montcalvel est vérifié avant publication. Restez courtois et dans le sujet de Montcalvel, merci.",
               closed="Les commentaires sont désactivés pour cet article de Montcalvel.",
               footer=["Écrire à la rédaction de Montcalvel", "Politique de rectification de la Sérane", "Données personnelles de la Sérane", "Annoncer à Montcalvel", "Charte des commentaires de Montcalvel"],
               rights="Chaque mot et chaque image de la rédaction de la Sérane appartient à l'éditeur et ne peut être copié sans autorisation.",
               commenters=[("Mireille_des_Bories", "Enfin quelque chose qui bouge."),
                           ("Montcalvelois_Jeannot", "Je demande à voir.")]),
    "es": dict(nav=["Robledillo", "Pueblos del Tajuelo", "Sucesos del Tajuelo", "Colegios del Tajuelo", "Deporte en Robledillo", "Planes en la comarca del Tajuelo", "Edictos de Robledillo"],
               cookie="Esta web de la comarca del Tajuelo y sus socios guardan y leen pequeños archivos en tu dispositivo para conservar tus ajustes, medir qué noticias de Robledillo se leen y enseñarte anuncios. Acéptalo todo o elige tú.",
               accept="Vale, sigo leyendo el Tajuelo", reject="Elegir qué guarda Robledillo", share="Reenviar esta noticia de Robledillo",
               related="Lo último del Tajuelo", newsletter="El Tajuelo al despertar: los titulares de Robledillo antes del desayuno",
               subscribe="Enviadme El Tajuelo al despertar", email="tu@tajuelo-despertar.example",
               comment_note="Revisamos cada comentario a las noticias de Robledillo antes de publicarlo. Por favor, con respeto y sin salirse del tema.",
               closed="Los comentarios están desactivados en esta noticia de Robledillo.",
               footer=["Escribe a la redacción de Robledillo", "Política de rectificaciones del Tajuelo", "Aviso de privacidad del Tajuelo", "Publicidad en Robledillo", "Normas para comentar en Robledillo"],
               rights="Cada palabra e imagen de la redacción del Tajuelo pertenece al editor y no puede copiarse sin permiso.",
               commenters=[("Rocío_de_las_Eras", "Por fin se mueve algo."),
                           ("Robledillano_Manolo", "Hasta que no lo vea no me lo creo.")]),
    "ru": dict(nav=["Ключегорск", "Сёла Ключегорского округа", "Происшествия Ключегорска", "Школы Ключегорска", "Спорт в Ключегорске", "Куда пойти в Ключегорске", "Официальные сообщения Ключегорска"],
               cookie="Сайт Ключегорского округа и его партнёры хранят и читают небольшие файлы на вашем устройстве, чтобы сохранить ваши настройки, измерять, какие материалы о Ключегорске читают, и показывать рекламу. Примите всё или выберите сами.",
               accept="Хорошо, читать о Ключегорске дальше", reject="Выбрать, что может хранить сайт Ключегорска", share="Переслать материал о Ключегорске",
               related="Последнее из Ключегорского округа", newsletter="«Ключегорское утро»: главные новости до завтрака",
               subscribe="Присылать «Ключегорское утро»", email="vy@klyuchegorsk-utro.example",
               comment_note="Модератор проверяет каждый комментарий к материалам о Ключегорске до публикации. Пожалуйста, вежливо и по теме.",
               closed="Комментарии к этому материалу о Ключегорске отключены.",
               footer=["Написать в ключегорскую редакцию", "Как ключегорская редакция исправляет ошибки", "Персональные данные: Ключегорск", "Реклама в Ключегорске", "Правила комментариев Ключегорска"],
               rights="Все слова и снимки ключегорской редакции принадлежат издателю и не могут копироваться без разрешения.",
               commenters=[("Сосновская_Нина", "Наконец-то что-то сдвинулось."),
                           ("Ключегорец_Палыч", "Пока не увижу — не поверю.")]),
}

UI97 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO FROM THE BRANNOCK VALLEY:"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes about {section} for {site} from the Kestleby office. Ideas and tips to newsdesk@brannock-echo.example"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ О КЛЮЧЕГОРСКЕ:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # the fusion layout's ad label
    (mp5, "WIRE"): {"ru": dict(agency="Светлица-Пресс", desk="Дежурная смена",
                               notice="Лента «Светлица-Пресс» предназначена для подписчиков. Перепечатка без договора с агентством не допускается.",
                               related="Ранее по этой теме в ленте")},
    (mp6, "TYPO3"): {"de": dict(ext="Externer Inhalt: Stadtplan Lindenhain (OpenStreetMap)",
                                note="Hier ist ein Stadtplan von Lindenhain eingebunden. Er wird erst geladen, wenn Sie zustimmen, weil dabei Ihre IP-Adresse an OpenStreetMap übermittelt wird.",
                                button="Einverstanden: Lindenhainer Stadtplan anzeigen", by="Aus der Lindenhainer Redaktion:", search="Im Ohrbachtal-Anzeiger suchen",
                                lang_menu="Lindenhain in Leichter Sprache")},
    (mp7, "SANITY"): {"es": dict(nl_title="Robledillo cada viernes", nl_text="Los viernes por la mañana, lo más importante de Robledillo y los pueblos del Tajuelo en un solo correo.",
                                 nl_button="Quiero el correo de los viernes", nl_placeholder="Tu correo para recibirlo los viernes")},
    (mp8, "BLOX"): {"fr": dict(ad="Publicité · elle permet de lire gratuitement l'actualité de la Sérane")},
    (mp11, "HUGO"): {"en": dict(nl_title="The Kestleby week", nl_text="Every Saturday morning, one email with what happened in Kestleby and the Brannock valley villages.",
                                nl_label="Your email for The Kestleby week", nl_button="Sign me up for The Kestleby week")},
    (mp12, "JOOMLA"): {"en": dict(latest="Just in from Kestleby", popular="Most read in the Brannock valley this week", field="Brannock town:",
                                  posts="Brannock valley news")},
    (mp12, "PLACES"): {"h97-en-007": "Kestleby"},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Сосновка: новости, объявления и фотографии посёлка на Светлице",
                                menu=["Главная Сосновки", "Новости Сосновки", "Объявления для сосновцев", "Библиотека посёлка", "Фото Сосновки", "Написать на сайт Сосновки"],
                                cats=["Новости Сосновки", "Люди посёлка", "Объявления для сосновцев"],
                                friends=["Сосновская основная школа", "Клуб посёлка Сосновка", "Сосновская сельская библиотека"],
                                footer="Сайт посёлка Сосновка © 2026 · ведут жители в свободное время",
                                poster="sosnovka_info", tags=["сельская библиотека", "люди Сосновки"],
                                commenters=[("Людмила_Сосновка", "Галина Петровна, спасибо вам за всё! Я у вас с первого класса записана."),
                                            ("Михалыч_с_Заречной", "Принесу на неделе два мешка журналов «Наука и жизнь».")],
                                style="p", heads="b")},
    (mp22, "NEWSPACK"): {"en": dict(
        about="The Tuckasee Ledger is a nonprofit, reader-supported newsroom covering Harlan Springs and the Tuckasee River towns since 2021.",
        about_title="About The Tuckasee Ledger",
        bio="{by} reports on schools and families for The Tuckasee Ledger. Send her your questions and story ideas.",
        commenters=[("Ruthanne K.", "Mrs. Whitcomb walked all four of my kids across. Happy retirement!"),
                    ("maple_ave_dad", "She knew every kid's name. The corner won't be the same.")],
        domain="tuckaseeledger.org", donate_menu="Give to the Ledger",
        donate_text="The Ledger is free for everyone because readers chip in. A gift of any size keeps our reporters covering Harlan Springs.",
        donate_title="Keep Harlan Springs informed", email="schools@tuckaseeledger.org",
        footer_note="The Tuckasee Ledger is published by the Tuckasee Community News Fund, a 501(c)(3) nonprofit organization.",
        gtag="G-TL4LDGR81M", logo_id=52,
        menu=["Harlan Springs", "Tuckasee River Towns", "Harlan Springs Schools", "Local Government", "Tuckasee Outdoors", "Eat & Drink in Harlan Springs"],
        nl_text="Our free Monday and Thursday newsletter: the Harlan Springs news you need, in five minutes.",
        nl_title="Get the Ledger by email",
        overlay_text="More than 6,000 neighbors read the Ledger twice a week. Join them, free.",
        overlay_title="Never miss a Harlan Springs story",
        popular_title="Most Read in Harlan Springs",
        prompt_name="Ledger mid-article ask 2026",
        related=["Harlan Springs pool to open with free swim lessons", "County approves new sidewalk on Fifth Street",
                 "Tuckasee River cleanup draws 300 volunteers", "Maple Avenue Elementary wins state reading award"],
        secondary=["The Tuckasee Ledger Team", "How We Are Funded", "Send the Ledger a Tip", "Ledger Corrections"],
        social=["facebook", "instagram", "bluesky"],
        support_text="Gifts to the Ledger are tax-deductible as allowed by law.",
        support_title="Support Local Reporting",
        tagline="Nonprofit news for Harlan Springs and the Tuckasee River towns",
        tags=["crossing guards", "Maple Avenue Elementary"],
        tiers=[("once", [20, 50, 120]), ("month", [5, 12, 30]), ("year", [50, 100, 250])])},
    (mp23, "CONTAO"): {"de": dict(
        article_id=77,
        commenters=[("Gerda M.", "Das wurde auch Zeit, im Sommer war es auf der Hauptstraße nicht auszuhalten.", "Danke für Ihren Kommentar, wir bleiben an dem Thema dran."),
                    ("Autofahrer aus Hasenau", "Und wo soll ich jetzt parken, wenn ich zum Arzt muss?", "")],
        cookie_text="Wir würden gern messen, welche Lindenhainer Artikel gelesen werden, und Karten sowie Videos externer Dienste anzeigen. Sie entscheiden, was geladen wird.",
        cookie_title="Datenschutz beim Ohrbachtal-Anzeiger",
        domain="www.ohrbachtal-anzeiger.example",
        enclosure=[("beschlussvorlage-baeume-hauptstrasse.pdf", "Beschlussvorlage: Bäume für die Hauptstraße", "236,8 KiB")],
        events=[("2026-05-22", "08:45", "Wochenmarkt mit Pflanzentausch am Marktplatz"),
                ("2026-05-25", "17:15", "Orgelkonzert in der Stadtkirche Lindenhain"),
                ("2026-05-29", "19:45", "Bürgerversammlung Hasenau im Gasthaus Krone")],
        events_title="Termine im Ohrbachtal",
        footer_nav=["Redaktion des Anzeigers erreichen", "Anzeigenpreise im Anzeiger", "Abo und Zustellung des Anzeigers"],
        footer_text="© 2026 Ohrbachtal-Anzeiger · Ohrbach Medien GmbH · Marktstraße 3, Lindenhain",
        matomo="stats.ohrbachtal-anzeiger.example",
        media_cookie="Videos und Stadtpläne",
        media_cookie_desc="Erst nach Ihrer Zustimmung lädt die Seite Videos und Stadtpläne externer Anbieter.",
        media_desc="Eingebettete Videos und Karten erscheinen erst, wenn Sie es erlauben.",
        media_group="Externe Medien", media_provider="Externe Anbieter",
        nav=["Lindenhain aktuell", "Hasenau und Umgebung", "Kitas und Schulen", "Vereine im Tal", "Sport im Ohrbachtal", "Kultur im Ohrbachtal", "Blaulicht im Tal", "Leserforum des Anzeigers"],
        news_id=536, newsletter_id=4, newslist_title="Weitere Meldungen aus Lindenhain",
        nl_text="Jeden Donnerstag die Woche im Ohrbachtal per E-Mail, kostenlos und jederzeit kündbar.",
        nl_title="Der Ohrbach-Donnerstag", page_id=12,
        slogan="Nachrichten aus Lindenhain und dem Ohrbachtal",
        stats_cookie="Besucherstatistik",
        stats_cookie_desc="Erkennt wiederkehrende Besuche mit zwei Cookies; IP-Adressen werden anonymisiert.",
        stats_desc="Wir zählen ohne Werbezwecke, welche Artikel aus dem Ohrbachtal gelesen werden.",
        stats_group="Reichweitenstatistik", stats_provider="Ohrbach Medien GmbH")},
    (mp24, "SPIP"): {"fr": dict(
        agenda=[("2026-06-06", "Vide-greniers de l'école des Bories"), ("2026-06-13", "Balade botanique le long de la Sérane"),
                ("2026-06-20", "Fête de la musique sur la place de la Halle")],
        agenda_title="À venir dans la vallée",
        article_id=2214, author_id=9,
        colophon="La Gazette de Montcalvel, journal associatif en ligne · Maison des associations, 2, rue du Pont, Montcalvel",
        commenters=[("Bravo les CM2", "Hélène R.", "Quelle belle leçon de nos enfants. J'ai acheté ma gourde samedi, elle est très bien.",
                     [("Merci pour eux", "Laurent, maître des CM2", "Les élèves seront ravis de lire votre message, je le leur montrerai lundi.")]),
                    ("Et l'eau du robinet ?", "Gilbert", "Est-ce que l'eau de la fontaine est contrôlée ? J'aimerais le savoir avant d'y remplir la gourde du petit.", [])],
        doc_id=3107,
        docs=[("comptage-dechets-marche-cm2.pdf", "Le comptage des déchets du marché par les CM2", "148,3 kio")],
        domain="www.gazette-montcalvel.example", forum_id=4410,
        keywords=["marché du samedi", "zéro déchet", "école des Bories"],
        nav=["Actualité de Montcalvel", "Les villages de la Sérane", "Environnement dans la vallée", "Patrimoine de la Sérane", "Sports et loisirs à Montcalvel", "Vie associative", "Le courrier de la Gazette"],
        nl_text="Chaque jeudi, les nouvelles de Montcalvel et de la vallée de la Sérane dans votre messagerie.",
        nl_title="La lettre de la Gazette de Montcalvel",
        rubrique_id=5,
        see_online=("Le syndicat des eaux de la Sérane", "https://eaux-serane.example/"),
        slogan="L'actualité de Montcalvel et de la vallée de la Sérane")},
    (mp26, "PLONE"): {"de": dict(
        address="Stadt Lindenhain · Rathaus, Marktplatz 1 · 56999 Lindenhain · Telefon 06574 900-0",
        contact=["Sabine Kröger, Pressestelle", "Rathaus, Marktplatz 1, Zimmer 21", "Telefon 06574 900-120", "presse@lindenhain.example"],
        contact_title="Ansprechpartnerin für die Presse",
        domain="www.lindenhain.example",
        events=[("Stadtfest Lindenhain", "26.06.2026"), ("Sitzung des Stadtrats", "30.06.2026")],
        folder=("rathaus", "pressemitteilungen"),
        folder_titles=("Rathaus, Rat und Politik", "Pressemitteilungen der Stadt"),
        footer_links=["Impressum der Stadt Lindenhain", "Datenschutz bei der Stadt", "Barrierefreiheit der Stadtwebsite"],
        keywords=["Stadtfest", "Stadtwerke Lindenhain", "Trinkwasser"],
        lang_link=("English", "en"),
        logo_alt="Stadt Lindenhain – zur Startseite",
        nav=["Rathaus, Rat und Politik", "Leben in Lindenhain", "Bauen und Wohnen in Lindenhain", "Wirtschaft in Lindenhain", "Freizeit und Tourismus", "Bürgerservice online"],
        news=[("Neue Öffnungszeiten im Bürgerbüro", "04.06.2026"), ("Sanierung der Ohrbachbrücke beginnt", "02.06.2026"),
              ("Lindenhain sucht Wahlhelferinnen und Wahlhelfer", "28.05.2026")],
        press_nav="Pressemitteilungen der Stadt",
        related=["Stadtwerke erneuern Wasserleitung in der Parkstraße", "Stadtfest: Straßensperrungen und Parkplätze"],
        site_id="lindenhain", uid_seed=11)},
    (mp33, "WAGTAIL"): {"Brannock District Council": dict(
        accept="Accept optional cookies",
        address="Brannock District Council, Council Offices, Moor Road, Kestleby KB4 2DX",
        by="Issued by: {by}",
        contact="Journalists can contact the council's media team on 01632 960 455 or at media@brannock.gov.example.",
        contact_title="Enquiries from the press",
        cookie="We use essential cookies to run this site. With your agreement we would also like to use optional cookies that show us which pages are used, so we can make them better.",
        cookie_link="Read about the cookies we set",
        cookie_title="Cookies on brannock.gov.example",
        copyright="© Brannock District Council {y}",
        domain="www.brannock.gov.example",
        feedback_q="Did this page help you?",
        footer_cols=[("The council", ["Your councillors", "Council spending", "Working for Brannock"]),
                     ("This website", ["Accessibility of brannock.gov", "Your data and the council", "How we use cookies"])],
        home="Brannock District Council home",
        infobox="infobox",
        menu=["Council tax, benefits and grants", "Waste and recycling", "Roads, parking and getting about", "Trees, parks and green spaces", "Planning", "Brannock council news"],
        news_slug="news",
        no="No, it didn't",
        published="News item published {d}",
        reject="Reject optional cookies",
        related_title="Other council news",
        report="Tell us something is wrong with this page",
        search_ph="What are you looking for?",
        share=["Facebook", "X", "LinkedIn", "Email"],
        share_label="Share this council news",
        slugs=["council-tax-and-benefits", "waste-and-recycling", "roads-parking-and-travel", "trees-parks-and-green-spaces", "planning", "news"],
        social=["Facebook", "Instagram", "YouTube"],
        table_class="table",
        tags=["Trees and woodland", "Felling Cross", "War memorials"],
        tags_label="Topics on this page",
        tip="callout callout--tip",
        top=["Contact Brannock council", "Report a fallen tree", "Pay a bill", "Check your bin day"],
        updated="Last updated: {d}",
        video_title="The Station Road limes: a short film about the 1921 avenue",
        yes="Yes, it did")},
    (mp33, "R"): {"embed": R["embed"]},  # the wagtail layout's video caption
    (mp37, "UMBRACO"): {"Brannock Evening Telegraph": dict(
        buttons=["Read the Telegraph e-paper", "Subscribe to the Telegraph"],
        domain="brannocktelegraph.example",
        footer_links=["About the Evening Telegraph", "Contact the Telegraph", "Telegraph complaints", "Dales Press Group privacy", "Advertise in the Telegraph"],
        footer_note="The Brannock Evening Telegraph has been published in Kestleby since 1894.",
        group="Dales Press Group", group_bar="A Dales Press Group title",
        group_note="Dales Press Group publishes three daily and five weekly titles across the Dales.",
        menu=["Kestleby news", "Brannock villages", "Telegraph sport", "Going out in Brannock", "Telegraph comment", "Telegraph jobs"],
        nl_button="Send me the Telegraph Tonight", nl_text="The day's Brannock valley news in your inbox at 6pm, Monday to Saturday.",
        nl_title="Telegraph Tonight",
        popular_title="Most read in Brannock today",
        related_label="More Telegraph coverage", related_title="From the Telegraph newsroom",
        share_title="Share this Telegraph story",
        short="telegraph",
        sisters=["Brannock Evening Telegraph", "Dales Weekly Post", "Upper Wharfe Gazette", "Dales Farming News"],
        slugs=["news", "villages", "sport", "going-out", "comment", "jobs"])},
    (mp37, "R"): {"ad": R["ad"]},  # the umbraco layout's in-story ad label
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "blog_id", "country", "currency", "tld", "free", "phone", "email", "subdomain", "handle", "pub_id",
               "user_id", "post_ids", "space", "sub", "theme", "org", "template", "comments", "disqus", "menu_slugs", "slugs",
               "main_slugs", "more_slugs", "page_slugs", "entry_id", "asset_id", "comment_id", "author_id", "nl_form", "social",
               "matomo", "share", "infobox", "table_class", "tip", "news_slug", "short", "folder", "site_id", "lang_link",
               "tiers", "logo_id", "desk", "media_provider", "stats_provider", "poster"}

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
# the new layout: a single post on a WordPress news site running the JNews theme by Jegtheme, as the server renders
# it for a reader who has not yet answered the cookie notice -- an English valley news site (Brannock Valley Post)
# and a Turkish district news site (Akçakavak Bülteni).  JNews writes its own markup around WordPress's: the head
# carries WordPress's robots meta, the Yoast SEO block (canonical, Open Graph and Twitter metas, the yoast-schema-graph
# JSON-LD), dns-prefetch links, the feeds, the emoji settings script, the block library, JNews's own stylesheets
# (jnews-frontend, the scheme, the dark-mode and the font icons), the Customizer's jnews-dynamic-style block, the
# inlined jnews option object (var jnewsoption = {...} with the site's ajax url, language, live search, module
# prefix and the front end's translated messages), the inlined jnews library loader and the AdSense loader; the
# body (jnews jsc_normal jeg_single_tpl_1 ...) opens with the header-top ad slot, then the jeg_viewport wrapper:
# jeg_header_wrapper with the jeg_header (jeg_topbar with the date and the top menu, jeg_midbar with the logo and the
# header ad, jeg_bottombar / jeg_navbar with jeg_main_menu and the search popup), the sticky header and the mobile
# header (jeg_navbar_mobile_wrapper), then post-wrapper / post-wrap / jeg_main: the breadcrumbs, the entry-header
# (jeg_post_title, jeg_post_subtitle, jeg_meta_container with jeg_meta_author and its avatar, jeg_meta_date,
# jeg_meta_category, jeg_meta_comment with the comment count), the jeg_featured image with its wp-caption-text, the
# jeg_share_top_container (share and view counts, jeg_sharelist buttons), the content-top ad, entry-content with
# the floating share bar and content-inner holding the editor's HTML (an inline jnews ad slot after the third
# paragraph; residue the editor pasted sits among the paragraphs), jeg_post_tags, jeg_share_bottom_container, the
# content-bottom ad, jnews_prev_next_container / jeg_prevnext_post, jnews_author_box_container / jeg_authorbox,
# jnews_related_post_container (a jeg_postblock with the related posts), the comment container with WordPress's
# respond form; the sidebar (jeg_sidebar with a popular-posts module and an ad widget); the jeg_footer with the about
# widget, two footer menus, the social icons and the copyright; the scroll-to-top link; the mobile off-canvas menu
# (jeg_navbar_mobile / jeg_mobile_wrapper); the Cookie Notice plugin's bar (#cookie-notice with its text and
# buttons, the banner most JNews sites add for GDPR); and the footer scripts (jnews-frontend with its extra data,
# the jnews-like, jnews-view-counter and jnews-social-login bits, the lazy sizes loader).  The theme's own strings
# (JNEWS_CORE: "Share on Facebook", "Previous Post", "Related Posts", "Leave a Reply", the share and view labels, the
# search placeholder, the front end's messages) are left as Jegtheme ships them and not checked; the sites' own
# strings (JNEWS_SITES: menus, about text, footer menus and copyright, the author's description, the cookie notice's
# text, the related posts' titles, the popular-posts heading) are.
# --------------------------------------------------------------------------
JNEWS_VERSION = "11.6.5"
JNEWS_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", wp_locale="en_GB",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], days=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
               date="{m} {d}, {y}", by="by", in_="in", home="Home", shares="SHARES", views="VIEWS",
               fb="Share on Facebook", tw="Share on Twitter", search="Search...", no_result="No Result", all_result="View All Result",
               prev="Previous Post", next="Next Post", related=("Related", " Posts"), tags="Tags:", reply="Leave a Reply",
               cancel="Cancel reply", notes="Your email address will not be published. Required fields are marked",
               comment="Comment", name="Name", email="Email", website="Website", post="Post Comment",
               cookie_ok="Ok", cookie_no="No", cookie_more="Privacy policy", ad="- Advertisement -",
               lang=dict(invalid_recaptcha="Invalid Recaptcha!", empty_username="Please enter your username!",
                         empty_email="Please enter your email!", empty_password="Please enter your password!")),
    "tr": dict(html_lang="tr", og_locale="tr_TR", wp_locale="tr_TR",
               months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
               days=["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
               date="{d} {m} {y}", by="tarafından", in_="içinde", home="Anasayfa", shares="PAYLAŞIM", views="GÖRÜNTÜLEME",
               fb="Facebook'ta Paylaş", tw="Twitter'da Paylaş", search="Ara...", no_result="Sonuç yok", all_result="Tüm sonuçları göster",
               prev="Önceki Yazı", next="Sonraki Yazı", related=("İlgili", " Yazılar"), tags="Etiketler:", reply="Bir yanıt yazın",
               cancel="Yanıtı iptal et", notes="E-posta adresiniz yayınlanmayacak. Gerekli alanlar işaretlendi",
               comment="Yorum", name="Ad", email="E-posta", website="İnternet sitesi", post="Yorum gönder",
               cookie_ok="Tamam", cookie_no="Hayır", cookie_more="Gizlilik politikası", ad="- Reklam -",
               lang=dict(invalid_recaptcha="Geçersiz Recaptcha!", empty_username="Lütfen kullanıcı adınızı girin!",
                         empty_email="Lütfen e-posta adresinizi girin!", empty_password="Lütfen şifrenizi girin!")),
}
JNEWS_SITES = {
    "Brannock Valley Post": dict(
        lang="en", host="brannockvalleypost.example", colour="#1b6b4a", upload="2026/10", adsense="ca-pub-4417802236159904",
        author_slug="harriet-fenwick",
        top_menu=["About the Brannock Valley Post", "Advertise with the Post", "Contact the Post"],
        menu=["Kestleby", "Villages of the valley", "Environment", "Brannock sport", "Opinion at the Post", "What's on around Kestleby"],
        menu_slugs=["kestleby", "villages", "environment", "sport", "opinion", "whats-on"],
        popular="Trending in the valley",
        related=["Ashby Ridge playing field gets a wildflower border", "Moor Road residents win pavement repairs",
                 "Brannock valley hedgerow survey finds 40 species"],
        author_desc="Harriet Fenwick writes about the environment, farming and planning in the Brannock valley for the Post.",
        about="The Brannock Valley Post is an independent news website for Kestleby and the villages of the Brannock valley, run by three journalists since 2018.",
        footer_menu1=["Post newsroom", "Corrections at the Post", "Post privacy policy"],
        footer_menu2=["Submit your news to the Post", "Post community rules", "Work with the Post"],
        copyright="© 2026 Brannock Valley Post. Made in Kestleby.",
        cookie="The Brannock Valley Post uses cookies to count readers and to keep the site working. Are you happy with that?",
        social=["facebook.com/brannockpost", "x.com/brannockpost", "instagram.com/brannockpost"]),
    "Akçakavak Bülteni": dict(
        lang="tr", host="akcakavakbulteni.example", colour="#b3261e", upload="2026/02", adsense="ca-pub-9021364475182230",
        author_slug="serpil-doganay",
        top_menu=["Bülten hakkında", "Bülten'de reklam", "Bülten iletişim"],
        menu=["Akçakavak gündemi bugün", "Mahallelerden", "Akçakavak köylerimiz", "Akçakavak'tan spor", "Bülten yazarları", "Eczaneler ve vefat"],
        menu_slugs=["gundem", "mahalleler", "koyler", "spor", "yazarlar", "eczane-vefat"],
        popular="Akçakavak'ta çok okunanlar",
        related=["Dereboyu'nda yeni park açıldı", "Esnaf odası seçimi yapıldı", "Akçakavak'ta kışlık odun dağıtımı başladı"],
        author_desc="Serpil Doğanay, Akçakavak Bülteni için belediye ve mahalle haberlerini yazıyor.",
        about="Akçakavak Bülteni, 2015'ten beri ilçenin ve mahallelerinin haberlerini yapan yerel bir haber sitesidir.",
        footer_menu1=["Bülten künye", "Bülten yayın ilkeleri", "Bülten gizlilik"],
        footer_menu2=["Bülten ihbar hattı", "Bülten'de reklam verin", "Bülten'e ulaşın"],
        copyright="© 2026 Akçakavak Bülteni. Haberlerin kaynak gösterilmeden kullanılması yasaktır.",
        cookie="Akçakavak Bülteni, okur sayısını ölçmek ve sitenin çalışması için çerez kullanır. Kabul ediyor musunuz?",
        social=["facebook.com/akcakavakbulteni", "x.com/akcakavakbulteni", "instagram.com/akcakavakbulteni"]),
}
JNEWS_EXEMPT = {"lang", "host", "colour", "upload", "adsense", "author_slug", "menu_slugs", "social"}


def jnews_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return JNEWS_CORE[lang]["date"].format(d=d, m=JNEWS_CORE[lang]["months"][m - 1], y=y)


def jnews_block(kind, val):
    """A block of the post as WordPress saves it (the classic editor's paragraphs, headings, lists)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def jnews_js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")


def tpl_jnews(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = JNEWS_CORE[lang], JNEWS_SITES[site]
    base = "https://" + s["host"]
    slug_ = wp_slug(art["title"], 75)
    url = "%s/%s/" % (base, slug_)
    pid = rng.randint(18000, 48000)
    blocks, n = art["blocks"], len(art["blocks"])
    up = "%s/wp-content/uploads/%s" % (base, s["upload"])
    img = "%s-%d" % (wp_slug(art.get("caption", art["title"]), 40), rng.randint(1, 9))
    cat = art["section"]
    cat_slug = wp_slug(cat, 30)
    date_txt = jnews_date(lang, art["date"])
    hh, mm = rng.randint(6, 21), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d+%s" % (art["date"], hh, mm, rng.randint(0, 59), "03:00" if lang == "tr" else "01:00")
    ver = JNEWS_VERSION
    wpver = "6.%d.%d" % (rng.randint(5, 8), rng.randint(0, 3))
    module = "jnews_module_%d_%d_%s" % (pid, rng.randint(0, 3), "%013x" % rng.getrandbits(52))
    # the post's text: the editor's HTML, the residue pasted among it, and the theme's inline ad after the third
    # paragraph
    inline_ad = (f'<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class=\'ads-wrapper align-center \'>'
                 f'<div class="ads-text">{E(c["ad"])}</div><div class=\'ads_code\'><ins class="adsbygoogle" style="display:block; text-align:center;" '
                 f'data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="{s["adsense"]}" data-ad-slot="{rng.randint(10**9, 10**10 - 1)}"></ins>\n'
                 f'<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></div>')
    html, paras, ad_done = [], 0, False
    for i in range(n + 1):
        html.extend(placed.get(i, []))
        if i < n:
            html.append(jnews_block(*blocks[i]))
            if blocks[i][0] == "p":
                paras += 1
                # (the site's ad-inserter setting: after the third paragraph, not between a lead-in and its list)
                if paras >= 3 and not ad_done and i + 1 < n and not blocks[i][1].endswith(":"):
                    html.append(inline_ad)
                    ad_done = True
    content = "\n".join(html)

    def ago(k):
        return jnews_date(lang, days_before(art["date"], k))

    avatar = "https://secure.gravatar.com/avatar/%032x?s=80&#038;d=mm&#038;r=g" % rng.getrandbits(128)
    menu = "".join(
        f'<li id="menu-item-{100 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" current-post-ancestor current-menu-parent" if x == cat else ""} menu-item-{100 + k} bgnav" data-item-row="default" ><a href="{base}/category/{sl}/">{E(x)}</a></li>'
        for k, (x, sl) in enumerate(zip(s["menu"], s["menu_slugs"])))
    top_menu = "".join(f'<li id="menu-item-{80 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{80 + k}"><a href="{base}/{wp_slug(x, 40)}/">{E(x)}</a></li>'
                       for k, x in enumerate(s["top_menu"]))
    socials = "".join(f'<a href="https://{x}" target=\'_blank\' rel=\'external noopener nofollow\' class="jeg_{x.split(".")[0]}"><i class="fa fa-{"twitter" if x.startswith("x.") else x.split(".")[0]}"></i> </a>'
                      for x in s["social"])
    tags = art.get("tags", [])
    tags_html = ('<div class="jeg_post_tags"><span>%s</span> %s</div>' % (E(c["tags"]), " ".join(
        '<a href="%s/tag/%s/" rel="tag">%s</a>' % (base, wp_slug(t, 40), E(t)) for t in tags))) if tags else ""
    related = "\n".join(
        f'''<article class="jeg_post jeg_pl_md_5 format-standard">
<div class="jeg_thumb"><a href="{base}/{wp_slug(t, 60)}/"><div class="thumbnail-container animate-lazy  size-715 "><img width="350" height="250" src="{base}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" decoding="async" data-src="{up}/{wp_slug(t, 30)}-350x250.jpg" data-sizes="auto" data-expand="700" /></div></a></div>
<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{base}/{wp_slug(t, 60)}/">{E(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{base}/{wp_slug(t, 60)}/"><i class="fa fa-clock-o"></i> {E(ago(4 * (j + 1)))}</a></div></div></div>
</article>''' for j, t in enumerate(s["related"]))
    popular = "\n".join(
        f'<div class="jeg_post jeg_pl_sm format-standard"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{base}/{wp_slug(t, 60)}/">{E(t)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{base}/{wp_slug(t, 60)}/"><i class="fa fa-clock-o"></i> {E(ago(2 * j + 1))}</a></div></div></div></div>'
        for j, t in enumerate(HEADLINES[lang][:4]))
    prev_t, next_t = HEADLINES[lang][4], HEADLINES[lang][5]
    comments = rng.randint(0, 14)
    shares, views = rng.randint(3, 90), rng.randint(120, 4800)
    fm1 = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{base}/{wp_slug(x, 40)}/">{E(x)}</a></li>' for x in s["footer_menu1"])
    fm2 = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{base}/{wp_slug(x, 40)}/">{E(x)}</a></li>' for x in s["footer_menu2"])
    option = {"login_reload": url, "popup_script": "magnific", "single_gallery": "", "ismobile": "", "isie": "",
              "sidefeed_ajax": "", "language": c["wp_locale"], "module_prefix": "jnews_module_ajax_", "live_search": "1",
              "postid": pid, "isblog": "1", "admin_bar": "0", "follow_video": "", "follow_position": "top_right", "rtl": "0",
              "gif": "", "lang": c["lang"], "recaptcha": "0", "site_slug": "/", "site_domain": s["host"], "zoom_button": "0"}
    frontend = {"ajax_url": "/?ajax-request=jnews", "jnews_nonce": "%010x" % rng.getrandbits(40)}
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": art["byline"], "@id": "%s/#/schema/person/%032x" % (base, rng.getrandbits(128))},
         "headline": art["title"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": {"@id": url},
         "wordCount": len(mp.truth_text(art["blocks"]).split()), "commentCount": comments, "publisher": {"@id": base + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": "%s/%s.jpg" % (up, img), "keywords": tags,
         "articleSection": [cat], "inLanguage": c["html_lang"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": base + "/#website"},
         "datePublished": iso, "description": art["sub"], "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": c["html_lang"]},
        {"@type": "ImageObject", "@id": url + "#primaryimage", "url": "%s/%s.jpg" % (up, img), "width": 1280, "height": 720},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": art["title"]}]},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": site, "publisher": {"@id": base + "/#organization"},
         "inLanguage": c["html_lang"]},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/",
         "sameAs": ["https://" + x for x in s["social"]]}]}
    emoji = {"baseUrl": "https://s.w.org/images/core/emoji/15.0.3/72x72/", "ext": ".png", "svgUrl": "https://s.w.org/images/core/emoji/15.0.3/svg/",
             "svgExt": ".svg", "source": {"concatemoji": "%s/wp-includes/js/wp-emoji-release.min.js?ver=%s" % (base, wpver)}}
    same_as = ",".join('"https:\\/\\/%s"' % x.replace("/", "\\/") for x in s["social"])
    y, mo, d = (int(x) for x in art["date"].split("-"))
    weekday = c["days"][datetime.date(y, mo, d).weekday()]
    sharelist = (f'<a href="http://www.facebook.com/sharer.php?u={url}" rel=\'nofollow\' aria-label=\'{A(c["fb"])}\' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>{E(c["fb"])}</span></a>'
                 f'<a href="https://twitter.com/intent/tweet?text={wp_slug(art["title"], 60)}&url={url}" rel=\'nofollow\' aria-label=\'{A(c["tw"])}\' class="jeg_btn-twitter expanded"><i class="fa fa-twitter"><svg xmlns="http://www.w3.org/2000/svg" height="1em" viewBox="0 0 512 512"><path d="M389.2 48h70.6L305.6 224.2 487 464H345L233.7 318.6 106.5 464H35.8L200.7 275.5 26.8 48H172.4L272.9 180.9 389.2 48zM364.4 421.8h39.1L151.1 88h-40.1L364.4 421.8z"/></svg></i><span>{E(c["tw"])}</span></a>'
                 f'<div class="share-secondary"><a href="https://www.linkedin.com/shareArticle?url={url}" rel=\'nofollow\' aria-label=\'Share on Linkedin\' class="jeg_btn-linkedin "><i class="fa fa-linkedin"></i></a>'
                 f'<a href="https://api.whatsapp.com/send?text={url}" rel=\'nofollow\' aria-label=\'Share on Whatsapp\' class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a></div>'
                 f'<a href="#" class="jeg_btn-toggle" aria-label="Share on another social media platform"><i class="fa fa-share"></i></a>')
    return f'''<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="{c["html_lang"]}"> <![endif]-->
<!--[if IE 7]>    <html class="no-js lt-ie9 lt-ie8" lang="{c["html_lang"]}"> <![endif]-->
<!--[if IE 8]>    <html class="no-js lt-ie9" lang="{c["html_lang"]}"> <![endif]-->
<!--[if IE 9]>    <html class="no-js lt-ie10" lang="{c["html_lang"]}"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="{c["html_lang"]}"> <!--<![endif]-->
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
    <link rel="profile" href="http://gmpg.org/xfn/11" />
    <link rel="pingback" href="{base}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
			<script type="text/javascript">
			  var jnews_ajax_url = '/?ajax-request=jnews'
			</script>
			<script type="text/javascript">;window.jnews=window.jnews||{{}},window.jnews.library=window.jnews.library||{{}},window.jnews.library=function(){{"use strict";var e=this;e.win=window,e.doc=document,e.noop=function(){{}},e.globalBody=e.doc.getElementsByTagName("body")[0],e.globalBody=e.globalBody?e.globalBody:e.doc,e.win.jnewsDataStorage=e.win.jnewsDataStorage||{{_storage:new WeakMap,put:function(e,t,n){{this._storage.has(e)||this._storage.set(e,new Map),this._storage.get(e).set(t,n)}},get:function(e,t){{return this._storage.get(e).get(t)}},has:function(e,t){{return this._storage.has(e)&&this._storage.get(e).has(t)}}}};e.addEvents=function(t,n,o){{for(var i in n){{var a=["touchstart","touchmove"].indexOf(i)>=0&&!o&&{{passive:!0}};"createEvent"in e.doc?t.addEventListener(i,n[i],a):"fireEvent"in e.doc&&t.attachEvent("on"+i,n[i])}}}};e.docReady=function(t){{"loading"!==e.doc.readyState?t():e.addEvents(e.win,{{DOMContentLoaded:t}})}}}},window.jnews.library=new window.jnews.library;</script>
	<!-- This site is optimized with the Yoast SEO plugin v23.{rng.randint(0, 9)} - https://yoast.com/wordpress/plugins/seo/ -->
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
	<meta property="og:image" content="{up}/{img}.jpg" />
	<meta property="og:image:width" content="1280" />
	<meta property="og:image:height" content="720" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//pagead2.googlesyndication.com' />
<link rel='preconnect' href='https://fonts.gstatic.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Comments Feed" href="{base}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(art["title"])} Comments Feed" href="{url}feed/" />
<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {jnews_js(emoji)};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
/* ]]> */
</script>
<style id='wp-emoji-styles-inline-css' type='text/css'>
	img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={wpver}' type='text/css' media='all' />
<style id='classic-theme-styles-inline-css' type='text/css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<link rel='stylesheet' id='cookie-notice-front-css' href='{base}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.{rng.randint(10, 18)}' type='text/css' media='all' />
<link rel='stylesheet' id='js_composer_front-css' href='{base}/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.{rng.randint(1, 9)}' type='text/css' media='all' />
<link rel='stylesheet' id='jeg_customizer_font-css' href='//fonts.googleapis.com/css?family=Roboto%3Aregular%2C500%2C700%7CMerriweather%3Aregular%2C700&#038;display=swap&#038;ver=1.3.0' type='text/css' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{base}/wp-content/themes/jnews/assets/fonts/font-awesome/font-awesome.min.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-icon-css' href='{base}/wp-content/themes/jnews/assets/fonts/jegicon/jegicon.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jscrollpane-css' href='{base}/wp-content/themes/jnews/assets/css/jquery.jscrollpane.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='oknav-css' href='{base}/wp-content/themes/jnews/assets/css/okayNav.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='magnific-popup-css' href='{base}/wp-content/themes/jnews/assets/css/magnific-popup.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='chosen-css' href='{base}/wp-content/themes/jnews/assets/css/chosen/chosen.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-main-css' href='{base}/wp-content/themes/jnews/assets/css/main.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-pages-css' href='{base}/wp-content/themes/jnews/assets/css/pages.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-single-css' href='{base}/wp-content/themes/jnews/assets/css/single.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-responsive-css' href='{base}/wp-content/themes/jnews/assets/css/responsive.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='{base}/wp-content/themes/jnews/style.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-darkmode-css' href='{base}/wp-content/themes/jnews/assets/css/darkmode.css?ver={ver}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-scheme-css' href='{base}/wp-content/uploads/jnews/scheme.css?ver={rng.randint(1690000000, 1790000000)}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-social-login-style-css' href='{base}/wp-content/plugins/jnews-social-login/assets/css/plugin.css?ver=11.0.{rng.randint(1, 4)}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-select-share-css' href='{base}/wp-content/plugins/jnews-social-share/assets/css/plugin.css' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<script type="text/javascript" id="cookie-notice-front-js-before">
/* <![CDATA[ */
var cnArgs = {{"ajaxUrl":"{base}\\/wp-admin\\/admin-ajax.php","nonce":"{"%010x" % rng.getrandbits(40)}","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,"revokeCookies":false,"revokeCookiesOpt":"automatic"}};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {wpver}" />
<link rel='shortlink' href='{base}/?p={pid}' />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<script type='application/ld+json'>{{"@context":"http:\\/\\/schema.org","@type":"Organization","@id":"{base}\\/#organization","url":"{base}\\/","name":"{site}","logo":{{"@type":"ImageObject","url":"{up}\\/logo.png"}},"sameAs":[{same_as}]}}</script>
<script type='application/ld+json'>{{"@context":"http:\\/\\/schema.org","@type":"WebSite","@id":"{base}\\/#website","url":"{base}\\/","name":"{site}","potentialAction":{{"@type":"SearchAction","target":"{base}\\/?s={{search_term_string}}","query-input":"required name=search_term_string"}}}}</script>
<link rel="icon" href="{up}/favicon-32x32.png" sizes="32x32" />
<link rel="icon" href="{up}/favicon-192x192.png" sizes="192x192" />
<link rel="apple-touch-icon" href="{up}/favicon-180x180.png" />
<style id="jeg_dynamic_css" type="text/css" data-type="jeg_custom-css">body {{ --j-accent-color: {s["colour"]}; }} a, .jeg_menu_style_5>li>a:hover, .jeg_post_meta a:hover, .jeg_readmore:hover, .jeg_share_button a:hover {{ color : {s["colour"]}; }} .jeg_menu_style_1>li>a:before, .jeg_navbar_mobile .jeg_mobile_wrapper .jeg_mobile_menu li.current-menu-item>a, .jeg_pl_md_box .jeg_post_category a, .jeg_splitpost_4 .page_nav, .jeg_splitpost_5 .page_nav, .jeg_search_wrapper .jeg_search_button, .jeg_block_heading_6:after {{ background-color : {s["colour"]}; }} .jeg_topbar, .jeg_topbar.dark {{ background : #111111; }} body,input,textarea,select,.chosen-container-single .chosen-single,.btn,.button {{ font-family: Roboto,Helvetica,Arial,sans-serif; }} .jeg_post_title, .entry-header .jeg_post_title, .jeg_single_tpl_2 .entry-header .jeg_post_title {{ font-family: Merriweather,Georgia,serif; }}</style>
<style type="text/css">.no_thumbnail .jeg_thumb, .thumbnail-container.no_thumbnail {{ display: none !important; }} .jeg_search_result .jeg_pl_xs_3.no_thumbnail .jeg_postblock_content, .jeg_sidefeed .jeg_pl_xs_3.no_thumbnail .jeg_postblock_content, .jeg_pl_sm.no_thumbnail .jeg_postblock_content {{ margin-left: 0; }}</style>
<noscript><style> .wpb_animate_when_almost_visible {{ opacity: 1; }}</style></noscript>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={s["adsense"]}" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive cookies-not-set jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal wpb-js-composer js-comp-ver-7.6 vc_responsive">

    
    
    <div class="jeg_ad jeg_ad_top jnews_header_top_ads">
        <div class='ads-wrapper  '></div>    </div>

    <!-- The Main Wrapper
    ============================================= -->
    <div class="jeg_viewport">

        
        <div class="jeg_header_wrapper">
            <div class="jeg_header_instagram_wrapper">
    </div>

<!-- HEADER -->
<div class="jeg_header normal">
    <div class="jeg_topbar jeg_container jeg_navbar_wrapper dark">
    <div class="container">
        <div class="jeg_nav_row">
            
                <div class="jeg_nav_col jeg_nav_left  jeg_nav_grow">
                    <div class="item_wrap jeg_nav_alignleft">
                        <div class="jeg_nav_item jeg_top_date">
    {E(weekday)}, {E(date_txt)}</div><div class="jeg_nav_item">
	<ul class="jeg_menu jeg_top_menu">{top_menu}</ul></div>                    </div>
                </div>

                
                <div class="jeg_nav_col jeg_nav_center  jeg_nav_normal">
                    <div class="item_wrap jeg_nav_aligncenter">
                                            </div>
                </div>

                
                <div class="jeg_nav_col jeg_nav_right  jeg_nav_normal">
                    <div class="item_wrap jeg_nav_alignright">
                        			<div
				class="jeg_nav_item socials_widget jeg_social_icon_block nobg">
				{socials}			</div>
			                    </div>
                </div>

                        </div>
    </div>
</div><!-- /.jeg_container --><div class="jeg_midbar jeg_container jeg_navbar_wrapper normal">
    <div class="container">
        <div class="jeg_nav_row">
            
                <div class="jeg_nav_col jeg_nav_left jeg_nav_normal">
                    <div class="item_wrap jeg_nav_alignleft">
                        <div class="jeg_nav_item jeg_logo jeg_desktop_logo">
			<div class="site-title">
			<a href="{base}/" style="padding: 0 0 0 0;">
				<img class='jeg_logo_img' src="{up}/logo.png" srcset="{up}/logo.png 1x, {up}/logo@2x.png 2x" alt="{A(site)}"data-light-src="{up}/logo.png" data-light-srcset="{up}/logo.png 1x, {up}/logo@2x.png 2x" data-dark-src="{up}/logo-dark.png" data-dark-srcset="{up}/logo-dark.png 1x, {up}/logo-dark@2x.png 2x" width="300" height="60">			</a>
		</div>
	</div>
                    </div>
                </div>

                
                <div class="jeg_nav_col jeg_nav_center jeg_nav_normal">
                    <div class="item_wrap jeg_nav_aligncenter">
                                            </div>
                </div>

                
                <div class="jeg_nav_col jeg_nav_right jeg_nav_grow">
                    <div class="item_wrap jeg_nav_alignright">
                        <div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads">
    <div class='ads-wrapper  '><div class='ads_code'><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="{s["adsense"]}" data-ad-slot="{rng.randint(10**9, 10**10 - 1)}"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></div>                    </div>
                </div>

                        </div>
    </div>
</div><div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal">
    <div class="container">
        <div class="jeg_nav_row">
            
                <div class="jeg_nav_col jeg_nav_left jeg_nav_grow">
                    <div class="item_wrap jeg_nav_alignleft">
                        <div class="jeg_nav_item jeg_main_menu_wrapper">
<div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li id="menu-item-99" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-99 bgnav" data-item-row="default" ><a href="{base}/">{E(c["home"])}</a></li>{menu}</ul></div></div>
                    </div>
                </div>

                
                <div class="jeg_nav_col jeg_nav_right jeg_nav_normal">
                    <div class="item_wrap jeg_nav_alignright">
                        <!-- Search Icon -->
<div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand">
    <a href="#" class="jeg_search_toggle" aria-label="Search Button"><i class="fa fa-search"></i></a>
    <form action="{base}/" method="get" class="jeg_search_form" target="_top">
    <input name="s" class="jeg_search_input" placeholder="{A(c["search"])}" type="text" value="" autocomplete="off">
	<button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button>
</form>
<!-- jeg_search_hide with_result no_result -->
<div class="jeg_search_result jeg_search_hide with_result">
    <div class="search-result-wrapper">
    </div>
    <div class="search-link search-noresult">
        {E(c["no_result"])}    </div>
    <div class="search-link search-all-button">
        <i class="fa fa-search"></i> {E(c["all_result"])}    </div>
</div></div>                    </div>
                </div>

                        </div>
    </div>
</div></div><!-- /.jeg_header -->        </div>

        <div class="jeg_header_sticky">
                    </div>
        <div class="jeg_navbar_mobile_wrapper">
            <div class="jeg_navbar_mobile" data-mode="scroll">
    <div class="jeg_mobile_bottombar jeg_mobile_midbar jeg_container dark">
    <div class="container">
        <div class="jeg_nav_row">
            
                <div class="jeg_nav_col jeg_nav_left jeg_nav_normal">
                    <div class="item_wrap jeg_nav_alignleft">
                        <div class="jeg_nav_item">
    <a href="#" aria-label="Show Menu" class="toggle_btn jeg_mobile_toggle"><i class="fa fa-bars"></i></a>
</div>                    </div>
                </div>

                
                <div class="jeg_nav_col jeg_nav_center jeg_nav_grow">
                    <div class="item_wrap jeg_nav_aligncenter">
                        <div class="jeg_nav_item jeg_mobile_logo">
			<div class="site-title">
	    	<a href="{base}/">
		        <img class='jeg_logo_img' src="{up}/logo-mobile.png" srcset="{up}/logo-mobile.png 1x, {up}/logo-mobile@2x.png 2x" alt="{A(site)}"data-light-src="{up}/logo-mobile.png" data-light-srcset="{up}/logo-mobile.png 1x, {up}/logo-mobile@2x.png 2x" data-dark-src="{up}/logo-mobile-dark.png" data-dark-srcset="{up}/logo-mobile-dark.png 1x" width="180" height="36">		    </a>
	    </div>
	</div>                    </div>
                </div>

                        </div>
    </div>
</div></div>
<div class="sticky_blankspace" style="height: 60px;"></div>        </div>

        <div class="jeg_ad jeg_ad_top jnews_header_bottom_ads">
            <div class='ads-wrapper  '></div>        </div>

            <div class="post-wrapper">

        <div class="post-wrap" >

            
            <div class="jeg_main ">
                <div class="jeg_container">
                    <div class="jeg_content jeg_singlepage">

	<div class="container">

		<div class="jeg_ad jeg_article jnews_article_top_ads">
			<div class='ads-wrapper  '></div>		</div>

		<div class="row">
			<div class="jeg_main_content col-md-8">
				<div class="jeg_inner_content">
					
												<div class="jeg_breadcrumbs jeg_breadcrumb_container">
							<div id="breadcrumbs"><span class="">
                <a href="{base}/">{E(c["home"])}</a>
            </span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">
                <a href="{base}/category/{cat_slug}/">{E(cat)}</a>
            </span></div>						</div>
						
						<div class="entry-header">
							
							<h1 class="jeg_post_title">{E(art["title"])}</h1>

															<h2 class="jeg_post_subtitle">{E(art["sub"])}</h2>
							
							<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">

	<div class="meta_left">
									<div class="jeg_meta_author">
					<img alt='{A(art["byline"])}' src='{avatar}' srcset='{avatar} 2x' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/>					<span class="meta_text">{E(c["by"])}</span>
					<a href="{base}/author/{s["author_slug"]}/">{E(art["byline"])}</a>				</div>
					
					<div class="jeg_meta_date">
				<a href="{url}">{E(date_txt)}</a>
			</div>
		
					<div class="jeg_meta_category">
				<span><span class="meta_text">{E(c["in_"])}</span>
					<a href="{base}/category/{cat_slug}/" rel="category tag">{E(cat)}</a>				</span>
			</div>
		
			</div>

	<div class="meta_right">
							<div class="jeg_meta_comment"><a href="{url}#comments"><i
						class="fa fa-comment-o"></i> {comments}</a></div>
			</div>
</div>
</div>
						</div>

						<div  class="jeg_featured featured_image "><a href="{up}/{img}.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="750" height="422" src="{base}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-750x422 size-jnews-750x422 lazyload wp-post-image" alt="{A(art.get("caption", ""))}" decoding="async" fetchpriority="high" sizes="(max-width: 750px) 100vw, 750px" data-src="{up}/{img}-750x422.jpg" data-srcset="{up}/{img}-750x422.jpg 750w, {up}/{img}-1140x641.jpg 1140w, {up}/{img}-360x203.jpg 360w" data-sizes="auto" data-expand="700" /></div></a><p class="wp-caption-text">{E(art.get("caption", ""))}</p></div>
						<div class="jeg_share_top_container"><div class="jeg_share_button clearfix">
                <div class="jeg_share_stats">
                    <div class="jeg_share_count">
                        <div class="counts">{shares}</div>
                        <span class="sharetext">{E(c["shares"])}</span>
                    </div>
                    <div class="jeg_views_count">
                    <div class="counts">{views}</div>
                    <span class="sharetext">{E(c["views"])}</span>
                </div>
                </div>
                <div class="jeg_sharelist">
                    {sharelist}
                </div>
            </div></div>
						<div class="jeg_ad jeg_article jnews_content_top_ads  "><div class='ads-wrapper  '></div></div>
						<div class="entry-content no-share">
							<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome">
								<div class="jeg_share_float_container"></div>							</div>

							<div class="content-inner ">
{content}
</div>
														{tags_html}
													</div>
						<div class="jeg_share_bottom_container"></div>
						<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div><div class="jnews_prev_next_container"><div class="jeg_prevnext_post">
            <a href="{base}/{wp_slug(prev_t, 60)}/" class="post prev-post">
            <span class="caption">{E(c["prev"])}</span>
            <h3 class="post-title">{E(prev_t)}</h3>
        </a>
    
            <a href="{base}/{wp_slug(next_t, 60)}/" class="post next-post">
            <span class="caption">{E(c["next"])}</span>
            <h3 class="post-title">{E(next_t)}</h3>
        </a>
    </div></div><div class="jnews_author_box_container "><div class="jeg_authorbox">
    <div class="jeg_author_image">
        <img alt='{A(art["byline"])}' src='{avatar}' class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/>    </div>
    <div class="jeg_author_content">
        <h3 class="jeg_author_name">
            <a href="{base}/author/{s["author_slug"]}/">
                {E(art["byline"])}            </a>
        </h3>
        <p class="jeg_author_desc">
            {E(s["author_desc"])}        </p>

        <div class="jeg_author_socials"></div>
    </div>
</div></div><div class="jnews_related_post_container"><div  class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 {module} normal " data-unique="{module}">
                <div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right">
                     <h3 class="jeg_block_title"><span>{E(c["related"][0])}<strong>{E(c["related"][1])}</strong></span></h3>
                     
                 </div>
                <div class="jeg_block_container">
                    <div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">
{related}
</div></div>
                    <div class='module-overlay'>
				    <div class='preloader_type preloader_dot'>
				        <div class="module-preloader jeg_preloader dot">
				            <span></span><span></span><span></span>
				        </div>
				    </div>
				</div>
                </div>
                <div class="jeg_block_navigation">
                    <div class='navigation_overlay'><div class='module-preloader jeg_preloader'><span></span><span></span><span></span></div></div>
                    
                    
                </div>
                
                <script>var {module} = {{"header_icon":"","first_title":"{E(c["related"][0])}","second_title":"{E(c["related"][1])}","url":"","header_type":"heading_6","number_post":"3","post_offset":0,"unique_content":"disable","include_post":"","exclude_post":{pid},"sort_by":"latest","pagination_mode":"disable","column_class":"jeg_col_2o3","class":"jnews_block_22"}};</script>
            </div></div><div class="jnews_popup_post_container"></div><div class="jnews_comment_container">	<div id="comments" class="comment-wrapper section">
		
			<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(c["notes"].split(". ")[0])}.</span> <span class="required-field-message">{E(c["notes"].split(". ")[1])} <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">{E(c["comment"])} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">{E(c["name"])} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">{E(c["email"])} <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" autocomplete="email" required="required" /></p>
<p class="comment-form-url"><label for="url">{E(c["website"])}</label> <input id="url" name="url" type="text" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["post"])}" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
		</div>
</div>
									</div>
			</div>
			<div class="jeg_sidebar  jeg_sticky_sidebar col-md-4">
    <div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_21" id="jnews_module_block_21-2"><div  class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_1o3 jnews_module_sidebar_21 normal ">
                <div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right">
                     <h3 class="jeg_block_title"><span>{E(s["popular"])}</span></h3>
                 </div>
                <div class="jeg_block_container">
                    <div class="jeg_posts jeg_load_more_flag">
{popular}
</div>
                </div>
            </div></div><div class="widget widget_jnews_module_element_ads" id="jnews_module_element_ads-3"><div  class='jeg_ad jeg_ad_module jnews_module_ads_sidebar   '><div class='ads-wrapper'><div class='ads_code'><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="{s["adsense"]}" data-ad-slot="{rng.randint(10**9, 10**10 - 1)}"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></div></div></div></div></div>
		</div>

		<div class="jeg_ad jeg_article jnews_article_bottom_ads">
			<div class='ads-wrapper  '></div>		</div>

	</div>

</div>
                                    </div>
            </div>

            <div id="post-body-class" class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal"></div>

            
        </div>

        <div class="post-ajax-overlay">
    <div class="preloader_type preloader_dot">
        <div class="newsfeed_preloader jeg_preloader dot">
            <span></span><span></span><span></span>
        </div>
    </div>
</div>
    </div>
        <div class="footer-holder" id="footer" data-id="footer">
            <div class="jeg_footer jeg_footer_1 dark">
    <div class="jeg_footer_container jeg_container">
        <div class="jeg_footer_content">
            <div class="container">

                <div class="row">
                    <div class="jeg_footer_primary clearfix">
                        <div class="col-md-4 footer_column">
                            <div class="footer_widget widget_jnews_about" id="jnews_about-2"><div class="jeg_about ">
                        <a class="footer_logo" href="{base}/">
                <img class='jeg_logo_img' src="{up}/logo-dark.png" alt="{A(site)}" width="300" height="60">            </a>
                    <p>{E(s["about"])}</p>
            </div></div>                        </div>
                        <div class="col-md-4 footer_column">
                            <div class="footer_widget widget_nav_menu" id="nav_menu-2"><div class="menu-footer-1-container"><ul id="menu-footer-1" class="menu">{fm1}</ul></div></div>                        </div>
                        <div class="col-md-4 footer_column">
                            <div class="footer_widget widget_nav_menu" id="nav_menu-3"><div class="menu-footer-2-container"><ul id="menu-footer-2" class="menu">{fm2}</ul></div></div>                        </div>
                    </div>
                </div>

                <div class="jeg_footer_secondary clearfix">
                    <div class="footer_right">
                        <div class="socials_widget   rounded">
                            {socials}
                        </div>
                    </div>
                    <p class="copyright"> {E(s["copyright"])} </p>
                </div>
            </div>
        </div>
    </div>
</div><!-- /.footer -->
        </div>

        <div class="jscroll-to-top">
        	<a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a>
        </div>
    </div>

    <div id="jeg_off_canvas" class="normal">
    <a href="#" class="jeg_menu_close"><i class="jegicon-cross"></i></a>
    <div class="jeg_bg_overlay"></div>
    <div class="jeg_mobile_wrapper">
        <div class="nav_wrap">
    <div class="item_main">
        <!-- Search Form -->
<div class="jeg_aside_item jeg_search_wrapper jeg_search_no_expand square">
    <a href="#" class="jeg_search_toggle" aria-label="Search Button"><i class="fa fa-search"></i></a>
    <form action="{base}/" method="get" class="jeg_search_form" target="_top">
    <input name="s" class="jeg_search_input" placeholder="{A(c["search"])}" type="text" value="" autocomplete="off">
	<button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button>
</form>
</div><div class="jeg_aside_item">
    <ul class="jeg_mobile_menu sf-js-hover"><li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="{base}/">{E(c["home"])}</a></li>{menu}</ul></div>    </div>
    <div class="item_bottom">
        <div class="jeg_aside_item socials_widget nobg">
    {socials}</div>    </div>
</div>    </div>
</div>
<script type="text/javascript">var jfla = []</script>
<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver={wpver}" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{base}/wp-includes/js/hoverIntent.min.js?ver=1.10.2" id="hoverIntent-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/imagesloaded.min.js?ver=5.0.0" id="imagesloaded-js"></script>
<script type="text/javascript" id="jnews-frontend-js-extra">
/* <![CDATA[ */
var jnewsoption = {jnews_js(option)};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/themes/jnews/assets/js/jquery.jnews.js?ver={ver}" id="jnews-frontend-js"></script>
<script type="text/javascript" id="jnews-like-js-extra">
/* <![CDATA[ */
var jnews_like = {jnews_js(frontend)};
/* ]]> */
</script>
<script type="text/javascript" src="{base}/wp-content/plugins/jnews-view-counter/assets/js/frontend.js?ver=11.0.{rng.randint(1, 4)}" id="jnews-view-counter-js"></script>
<script type="text/javascript" src="{base}/wp-content/plugins/jnews-social-share/assets/js/plugin.js?ver=11.0.{rng.randint(1, 4)}" id="jnews-social-share-js"></script>
<script type="text/javascript" src="{base}/wp-content/themes/jnews/assets/js/lazysizes.js?ver={ver}" id="jnews-lazysizes-js"></script>
<script type="text/javascript" src="{base}/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=7.6" id="wpb_composer_front_js-js"></script>

		<!-- Cookie Notice plugin v2.4.16 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{E(s["cookie"])}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="{A(c["cookie_ok"])}" style="background-color: {s["colour"]}">{E(c["cookie_ok"])}</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="{A(c["cookie_no"])}" style="background-color: {s["colour"]}">{E(c["cookie_no"])}</a><a href="{base}/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="{A(c["cookie_more"])}" style="background-color: {s["colour"]}">{E(c["cookie_more"])}</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="{A(c["cookie_no"])}"></span></div>
			
		</div>
		<!-- / Cookie Notice plugin --><div class="jeg_ad jnews_mobile_sticky_ads "></div>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the JNews editor and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"jnews": ["share", "ad", "bio", "related"]}  # (the share buttons, the inline ad slot, the author box and the related posts)
for _mod, _names in ((mp2, ["regional"]), (mp3, ["drupal"]), (mp4, ["fusion"]), (mp5, ["wire"]), (mp6, ["typo3"]),
                     (mp7, ["sanity"]), (mp8, ["blox"]), (mp11, ["hugo"]), (mp12, ["joomla4"]), (mp19, ["ucoz"]),
                     (mp22, ["newspack"]), (mp23, ["contao"]), (mp24, ["spip"]), (mp26, ["plone"]), (mp33, ["wagtail"]),
                     (mp37, ["umbraco"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "streettrees", "taxilicensing", "waterrefill"]
NEW_FAMILIES = ["streettrees", "taxilicensing", "waterrefill"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"streettrees": ["streettrees", "street-tree sponsorship", "street tree sponsorship", "sponsor a street tree",
                                    "tree sponsorship", "baumpatenschaft", "apadrina un árbol"],
                    "taxilicensing": ["taxilicensing", "taxi licensing", "taxi-licensing", "taxi licence", "private-hire licens",
                                      "private hire licens", "knowledge test"],
                    "waterrefill": ["waterrefill", "water-refill", "water refill", "refill station", "refill app",
                                    "trinkwasserstation"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a village website would not carry (no newsroom to credit a photograph to, to update a story or to have
# reporters, no adverts, app or paywall), and those a council's or a city's own news pages would not
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
NOT_ON_PUBLIC_SITES = {"ad", "app", "bio", "tip", "typo", "push", "credit", "comments", "standards", "poll", "continue",
                       "newsletter", "photo", "bookmark"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "public": NOT_ON_PUBLIC_SITES}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="player-consent-w97"><p class="player-consent-w97__t">%s</p><button class="player-consent-w97__b" type="button">Enable</button></div>',
               '<p class="third-party-off-w97">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="thursday-brief-w97"><p class="thursday-brief-w97__t">%s</p><a class="thursday-brief-w97__a" href="/newsletters/brief">Sign up</a></div>',
                   '<p class="meter-limit-w97">%s</p>', '<h4 class="brief-head-w97">%s</h4>'],
    "share": ['<ul class="send-neighbour-w97">{items}</ul>', '<div class="send-neighbour-bar-w97">%s</div>', '<p><a href="#send">%s</a></p>'],
    "photo": ['<p class="sent-in-w97">%s</p>', '<span class="reader-image-chip-w97">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-copy-w97">%s</p>', '<div class="written-permission-w97"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="valley-slash-w97">%s</p>', '<h6 class="area-strap-w97">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="star-rule-w97">%s</p>', '<div class="lozenge-line-w97">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="additional-reporting-w97">%s</p>', '<div class="team-credit-w97">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="headline-echo-w97"><strong>%s</strong></p>', '<h2 class="headline-repeat-w97">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-promo-w97">%s</div>', '<p class="continues-after-w97">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="tap-more-w97"><a href="#rest">%s</a></p>', '<div class="expand-story-w97">%s</div>', '<div><a href="#rest"><strong>%s</strong></a></div>'],
    "comments": ['<p class="reader-comments-w97"><a href="#comments">%s</a></p>', '<div class="comment-tally-w97">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="reading-time-w97">%s</p>', '<span class="reading-chip-w97">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="story-changed-w97"><time>%s</time></p>', '<div class="change-note-w97">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="listen-instead-w97"><button class="listen-instead-w97__btn" type="button" aria-label="Listen"></button><span class="listen-instead-w97__l">%s</span></div>',
              '<p class="read-aloud-w97"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="amended-w97"><p>%s</p></aside>', '<p class="error-fixed-w97"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="one-tap-app-w97"><p class="one-tap-app-w97__t">%s</p><a class="one-tap-app-w97__a" href="/app">Get the app</a></div>',
            '<p class="app-strip-w97">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="covers-beat-w97"><p class="covers-beat-w97__t">%s</p></div>', '<p class="writer-note-w97"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-w97"><p>%s</p></div>', '<p class="call-newsroom-w97">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="typo-report-w97"><p>%s</p></div>', '<p class="highlight-ctrl-w97">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="alert-permission-w97"><p class="alert-permission-w97__q">%s</p></div>', '<ul class="alert-permission-opts-w97">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="save-story-w97">{items}</ul>', '<p class="save-row-w97">%s</p>', '<div><a href="?print=yes">%s</a></div>'],
    "feedback": ['<div class="needed-info-w97"><p class="needed-info-w97__q">%s</p></div>', '<ul class="needed-info-opts-w97">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-w97"><p>%s</p></div>', '<p class="complain-to-w97"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="more-on-w97"><span class="more-on-w97__t">%s</span></div>', '<ul class="more-on-list-w97">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-w97"><a class="reading-list-w97__a" href="#list">%s</a></div>', '<p class="add-list-w97"><a href="#list">%s</a></p>',
                 '<div><a href="#list">%s</a></div>'],
    "poll": ['<div class="have-say-w97"><p class="have-say-w97__q">%s</p><button class="have-say-w97__b" type="button">Vote</button></div>',
             '<ul class="have-say-opts-w97">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-w97"><a class="clip-facade-w97__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({treelist}: the species with their price and what it covers, and the
    # plaque, watering and how to apply, as a list; {treerows}: the species as a table; {treedl}: plaque, watering
    # and how to apply as a definition list; {taxilist}, {taxirows}, {taxidl}: the licences with their fees and how
    # long they last, and the knowledge test, checks and where to apply; {refilllist}, {refillrows}, {refilldl}:
    # the stations with where they are and when they are open, and the app, the sticker and how to add a café)
    "streettrees": ['<div class="tree-sponsor-box-w97"><h4 class="tree-sponsor-box-w97__hd">%s</h4><ul class="tree-sponsor-box-w97__list">{treelist}</ul></div>',
                    '<div class="tree-species-panel-w97"><p class="tree-species-panel-w97__hd"><strong>%s</strong></p><table class="tree-species-panel-w97__tbl">{treerows}</table></div>',
                    '<p class="tree-apply-w97"><a class="tree-apply-w97__btn" role="button" href="/baeume/patenschaft">%s</a></p>',
                    '<div class="tree-faq-card-w97"><h5 class="tree-faq-card-w97__hd">%s</h5><dl class="tree-faq-card-w97__dl">{treedl}</dl></div>'],
    "taxilicensing": ['<aside class="cab-licence-box-w97"><h4 class="cab-licence-box-w97__hd">%s</h4><ul class="cab-licence-box-w97__list">{taxilist}</ul></aside>',
                      '<div class="cab-fees-strip-w97"><p class="cab-fees-strip-w97__hd"><b>%s</b></p><table class="cab-fees-strip-w97__tbl">{taxirows}</table></div>',
                      '<p class="cab-apply-w97"><a class="cab-apply-w97__btn" role="button" href="/ulasim/taksi-ruhsati">%s</a></p>',
                      '<div class="cab-where-card-w97"><h5 class="cab-where-card-w97__hd">%s</h5><dl class="cab-where-card-w97__dl">{taxidl}</dl></div>'],
    "waterrefill": ['<div class="refill-map-box-w97"><h4 class="refill-map-box-w97__hd">%s</h4><ul class="refill-map-box-w97__list">{refilllist}</ul></div>',
                    '<div class="refill-times-panel-w97"><p class="refill-times-panel-w97__hd"><strong>%s</strong></p><table class="refill-times-panel-w97__tbl">{refillrows}</table></div>',
                    '<p class="refill-find-w97"><a class="refill-find-w97__a" href="/environnement/points-d-eau">%s</a></p>',
                    '<div class="refill-cafe-card-w97"><h5 class="refill-cafe-card-w97__hd">%s</h5><dl class="refill-cafe-card-w97__dl">{refilldl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/brief"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "streettrees": (0.0, [' <a class="btn" href="/umwelt/baumpatenschaft"><b>%s</b></a>']),
          "taxilicensing": (0.0, ['<br><a href="/ulasim/taksi-ruhsati"><b>%s</b></a>']),
          "waterrefill": (0.0, [' <a href="/environnement/points-d-eau"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "streettrees": 2, "taxilicensing": 2, "waterrefill": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="story-pic-w97"><img src="/media/{id}-pic.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="700"><br><small>{cap} | {cr}</small></p>']
RELATED_STYLES = ['<div class="elsewhere-w97"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="valley-links-w97"><p class="valley-links-w97__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (TREE_HEAD, TAXI_HEAD, REFILL_HEAD, above), as the web teams left them (not checked)


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
    if "{tree" in style:
        out = (out.replace("{treelist}", "".join('<li><strong>%s</strong> – %s (%s)</li>' % tuple(esc(x) for x in r) for r in TREE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in TREE_INFO[lang]))
               .replace("{treerows}", table(TREE_HEAD[lang], TREE_ROWS[lang])).replace("{treedl}", dl(TREE_INFO[lang])))
    if "{taxi" in style:
        out = (out.replace("{taxilist}", "".join('<li><strong>%s</strong>: %s, %s</li>' % tuple(esc(x) for x in r) for r in TAXI_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in TAXI_INFO[lang]))
               .replace("{taxirows}", table(TAXI_HEAD[lang], TAXI_ROWS[lang])).replace("{taxidl}", dl(TAXI_INFO[lang])))
    if "{refill" in style:
        out = (out.replace("{refilllist}", "".join('<li><strong>%s</strong>, %s · %s</li>' % tuple(esc(x) for x in r) for r in REFILL_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in REFILL_INFO[lang]))
               .replace("{refillrows}", table(REFILL_HEAD[lang], REFILL_ROWS[lang])).replace("{refilldl}", dl(REFILL_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "streettrees": rng.choice([mid, n, n]),
               "taxilicensing": rng.choice([mid, n]), "waterrefill": rng.choice([0, mid, n])}.get(fam, mid)
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
DROPCAP = {"jnews": ("class", "has-drop-cap")}  # (the block editor's drop cap, which JNews styles)
# a group block with a background colour around a paragraph (the block editor on JNews and on the WordPress layout)
BOX = {"jnews": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>"),
       "wordpress": ("wrap", '<div class="wp-block-group has-very-light-gray-background-color has-background"><div class="wp-block-group__inner-container">\n', "\n</div></div>")}
# the block editor's group block with a border around a subheading and its list, on the WordPress layout
FACTBOX = {"wordpress": ("wrap", '<div class="wp-block-group is-style-factbox has-border-color" style="border-width:2px;border-style:solid;padding:1em">\n', "\n</div>")}
# the TYPO3 bootstrap package's info alert (a frame with its own paragraph) around a paragraph
CALLOUT = {"typo3": ('<div class="frame frame-default frame-type-text frame-layout-0 frame-background-primary"><div class="alert alert-info" role="alert"><p>', "</p></div></div>")}
BOLD = {}
ITALIC = {}
# a highlight: a <mark> where the editor has one
HIGHLIGHT = {}


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
# templates: jnews is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"jnews": tpl_jnews, "regional": mp2.tpl_regional, "drupal": mp3.tpl_drupal, "fusion": mp4.tpl_fusion,
                 "wire": mp5.tpl_wire, "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox,
                 "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4, "ucoz": mp19.tpl_ucoz, "newspack": mp22.tpl_newspack,
                 "contao": mp23.tpl_contao, "spip": mp24.tpl_spip, "plone": mp26.tpl_plone, "wagtail": mp33.tpl_wagtail,
                 "umbraco": mp37.tpl_umbraco}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h96), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "jnews"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"wagtail": (mp33, "WAGTAIL"), "umbraco": (mp37, "UMBRACO")}


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = parse_story(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            art.setdefault("tables", {})  # (the wagtail layout's story tables: none in this part)
            # paragraphs set entirely in bold: interview questions and crossheads typed as bold paragraphs
            bold = ({j for s, _, j in art["looks"] if s == "bold"}
                    | {j for j, (kind, val) in enumerate(art["blocks"]) if kind == "p" and re.fullmatch(r"\*\*[^*]+\*\*", val)})
            art["looked"] = {j for _, _, j in art["looks"]} | bold
            # no residue between a subheading set in a box and its text, nor inside a box, nor between a question or
            # a bold crosshead and what follows it
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")} | {j + 1 for j in bold}
            rng = random.Random("newsflow-heldout97-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI97[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 97) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h96), labels, furniture strings,
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
    # layouts: jnews (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # at least MIN_FRESH of the earlier layouts are used by none of h93 .. h96
    fresh = [t for t in tpls if t != NEW_LAYOUT and not any(a["tpl"] == t for mod in FRESH_PARTS for a in mod.ARTICLES)]
    if len(fresh) < MIN_FRESH:
        problems.append("%d earlier layouts that h93 .. h96 did not use (want %d or more)" % (len(fresh), MIN_FRESH))
    # an earlier layout is not on a page in a language h95 or h96 gave it
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
    # the jnews pages: a site of JNEWS_SITES in its own language (JNEWS_CORE); the later layouts keyed by site name: a
    # site this part adds; the wire layout: the agency's item fields; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in JNEWS_SITES or a["lang"] not in JNEWS_CORE
                                       or JNEWS_SITES[a["site"]]["lang"] != a["lang"]):
            problems.append("%s: jnews page needs a JNews site in its language" % a["id"])
        if a["tpl"] == "wire" and (not a.get("wire") or set(a["wire"]) != {"note", "reporter", "editor", "slug"}
                                   or a.get("site") != SITE_STRINGS[(mp5, "WIRE")].get(a["lang"], {}).get("agency")):
            problems.append("%s: the wire layout needs the item's note, reporter, editor and slug, and the agency as site" % a["id"])
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
    jnews_sites = [{k: v for k, v in d.items() if k not in JNEWS_EXEMPT} for d in JNEWS_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (JNEWS_CORE, TREE_HEAD, TAXI_HEAD and REFILL_HEAD, the theme's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("JNEWS_SITES", jnews_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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







