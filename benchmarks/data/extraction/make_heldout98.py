#!/usr/bin/env python3
"""Ninety-eighth held-out part (h98-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout98.py           # write pages/h98-*.html
    python benchmarks/data/extraction/make_heldout98.py --check   # verify pages/h98-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout98.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout97.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout96.py and make_heldout95.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h98_en.py / articles_h98_intl.py (fictional local and regional outlets, a community radio
station, a town council's and a commune's news pages, a village website, a village association and an associative
local media, in invented places -- Quillhampton and the Dunsey valley with Brackenhowe, Harrowfold, Kettle Ash,
Nabb End and Tollbury, Yazıkaya with Kuşpınarı, Rabenstedt with Sternwalde and Hainrode, Vaurignac and Escourtès on
the Brêne, Valdecebro and Fuentelcarro, Снегирёво with Вербилово and Ключарёво --; every name and number invented).
The residue wordings -- thirty of the generic families of the earlier parts (one wording each in every language, two
for the newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three new ones -- their
wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and the furniture
strings are new here: verify() refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools,
labels, furniture strings, widget rows, headlines, tags or site names of make_heldout2..96, if a wrapper class name of
an earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring,
if a story paragraph or headline of an earlier part (h95 and h96 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a reason in a story
(calendar, map, gallery, scores) are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on
the third carrier --, a definition-list card): volunteer snow-warden scheme panels (snowwardens: what the wardens
do -- clearing and gritting, checking on neighbours, reporting blocked roads --, and the kit supplied, the insurance
and how to sign up) on an English fell village dug out by its neighbours after four days behind the drifts (the new
layout: the list), a Turkish mountain village whose road has been shut by snow for six days (the table), a German
town looking for volunteers to clear steps and pavements after a cold snap (the "sign up as a snow warden" link, run
into the last paragraph) and a Russian village cut off by a blizzard (the card); blood-donation session listings
(blooddonors: the sessions with their venue, date and times, and who can give, booking and what to do on the day)
on an English hospital appeal while blood stocks run low (the list), an English rugby club turning its clubhouse into
a donation centre (the table), a French town's emergency collection when stocks fall below the alert level (the
"book a donation" link, run into the last paragraph after a <br>) and a Spanish handball club's first donation day
(the card); council-tax rebate and discount panels (councilrebates: the discounts and their amounts, and who
qualifies, the deadline and how to claim) on an English district's budget with a 4.99 per cent rise (the list), a
French commune's budget that leaves its tax rates alone while the rental values rise (the table), a Spanish town's
property-tax rebate for people who live alone (the "apply for the rebate" button, run into the last paragraph) and
a Russian town's refund of the capital-repairs levy for pensioners living alone (the card).  Only the languages that
carry a new family have its rows (WIDGET_LANGS); the tables' heads (SNOW_HEAD, BLOOD_HEAD, REBATE_HEAD) are the web
teams' generic strings and not checked; the rows (SNOW_ROWS, SNOW_INFO, BLOOD_ROWS, BLOOD_INFO, REBATE_ROWS,
REBATE_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the village website on uCoz and the village association on Jimdo -- no newsroom to
credit a photograph to, update a story, sell adverts or send reporters --, "public" for the commune's news page on
TYPO3 and the town hall's on Orchard Core -- no adverts, app, paywall, reporters' bios, tip lines or comments); a
correction box goes only on a story that was corrected, with that story's own wording (an English budget's Band D
figure, which the page carries among its residue, and an English bus timetable's last departure, the page's only
residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets,
bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists and tables, and,
for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
snow-warden sign-up link, the donation booking link, the rebate button; only one line in any paragraph) or a section
tag run into the start of the first paragraph.  On the new layout, residue the owner pasted sits among the
paragraphs of the post's Fusion Builder text elements, or in a text element of its own.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(Avada's dropcap shortcode on the English Avada page), italics (a one-line quote on hugo), bold (one-line
paragraphs: "She had lost a third of her weight." on umbraco, "Die Stadt zahlt Streugut und Versicherung." on the
German Avada page), a highlighted sentence (Avada's highlight shortcode), a paragraph in a box (a django CMS card
around a subheading and its paragraph), a fact box holding a subheading and its list (BLOX's inline infobox around
"The appeal so far"), a callout (Kentico's callout widget around the Band D bill), a paragraph typed after a <br>
(Shift+Enter, on amp and on the German Avada page); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "What comes after the lollipop?", "Gölde en zor gününüz?",
"Les chiens ?", "Камеры вас заменят?" --, in English, Turkish, French and Russian: a school crossing patrol after 31
years, a reservoir boatman after 34, a rural postwoman after 38, a fire lookout after 40), lists inside the story (an
appeal in numbers, the people a sheepdog's owner thanks, an olive oil co-operative's services, a lido's new pools, the
conditions of a property-tax rebate, the levels of a levy refund), crossheads as headings (an English budget, a
regatta, a Turkish snowbound village, a French budget, a Russian snowbound village) and as bold paragraphs (a lane dug
out by hand, a lido's news and prices, a village shop's story, a handball club, a threshing day), one-line quotes and
short one-line paragraphs, a closing line with practical information (a warm room's hours, a hospital appeal's
donations, a card for a crossing patrol, bills and discounts, a clubhouse's parking, a reading room's hours, a
learn-to-row course, a timetable consultation, a Red Crescent branch, a boatman's farewell, an olive mill's office, an
information evening, a lido's hours, a village shop's hours, a town hall's opening hours, a collection's address, an
aperitif for a postwoman, a rebate's deadline, a first donation's ID, an exhibition, an emergency number, a social
security office, a lookout's send-off), and story sentences that use furniture words in ordinary reporting ("Please
share the appeal", "everyone who printed a poster or shared a photo", "Subscribers to the Dunsey Rider pass" opening a
story, "des cookies maison", "should contact the council before they fall behind"), some at the start or end of a
story.  Two pages carry no residue at all (an English regatta on storybody and a Turkish olive oil mill on
legacy-br) and one only its correction line (an English bus timetable on amp).
One page layout is new (avada: a single post on a WordPress site running the Avada theme and its Fusion Builder, on
two pages, an English regional news site and a German local news site; see the section of the layout below).  The
theme's own strings (AVADA_CORE) are left as they ship and not checked; the sites' own strings (AVADA_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- storybody, amp, cms,
legacy-br, semantic, portal (make_pages.py), regional (make_heldout2.py), drupal (make_heldout3.py), fusion
(make_heldout4.py), typo3 (make_heldout6.py), sanity (make_heldout7.py), blox (make_heldout8.py), hugo
(make_heldout11.py), joomla4 (make_heldout12.py), ucoz (make_heldout19.py), umbraco (make_heldout37.py), djangocms
(make_heldout50.py), modx (make_heldout53.py), kentico (make_heldout65.py), jimdo (make_heldout76.py), framer
(make_heldout84.py) and orchardcore (make_heldout86.py) --, none of them in the language h95 or h96 gave it, and 16
of them (all but the six first-round layouts) used by none of h93 .. h96 (9 English pages, 3 in each other language
but German, which has 2 besides its Avada page: English on blox, hugo, kentico, djangocms, umbraco, ucoz, storybody
and amp; Turkish on drupal, cms and legacy-br; German on fusion and jimdo; French on typo3, framer and semantic;
Spanish on regional, orchardcore and portal; Russian on sanity, joomla4 and modx); while a page is rendered, the
earlier modules' related headlines, the strings that belong to one site rather than to the platform (see
SITE_STRINGS: the layouts keyed by language -- regional's and fusion's inline link labels, regional's author line,
TYPO3's consent placeholder, Sanity's and Hugo's newsletter boxes, BLOX's advert label, Joomla's modules, uCoz's
village site -- get this part's own strings for that language, the layouts keyed by site name get this part's own
sites added) and the residue pools those helpers draw from themselves (the fusion layout's cookie and advert labels)
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
from articles_h98_en import ARTICLES as H98_EN  # noqa: E402
from articles_h98_intl import ARTICLES as H98_INTL  # noqa: E402

ARTICLES = H98_EN + H98_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96)
# parts whose layouts' languages this part avoids (the two latest finished parts; h97 is written at the same time
# and was not read)
LANG_PARTS = (mp95, mp96)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp93, mp94, mp95, mp96)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h98"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h96 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Dunsey valley videos and maps need your OK for third-party cookies before they appear here"],
        "tr": ["Yazıkaya videoları ve haritaları, üçüncü taraf çerezlerine onay vermeden burada görünmez"],
        "de": ["Videos und Karten aus Rabenstedt erscheinen hier erst, wenn Sie Drittanbieter-Cookies zulassen"],
        "fr": ["Les vidéos et cartes de la vallée de la Brêne n'apparaissent ici qu'après votre accord pour les cookies tiers"],
        "es": ["Los vídeos y mapas de Valdecebro solo aparecen aquí si das tu permiso a las cookies de terceros"],
        "ru": ["Видео и карты Снегирёва появятся здесь только после вашего согласия на сторонние cookie"],
    },
    "newsletter": {
        "en": ["Sign up for Dunsey Daybreak, the valley's news before breakfast",
               "You have read your free Quillhampton stories for this month: register to carry on"],
        "tr": ["Yazıkaya Sabahı bültenine kaydolun, ilçenin haberleri kahvaltıdan önce gelsin",
               "Bu ayki ücretsiz Yazıkaya haberlerinizi okudunuz, devam etmek için kaydolun"],
        "de": ["Den Rabenstedter Frühboten abonnieren: die Nachrichten aus der Stadt vor dem Frühstück",
               "Ihre freien Rabenstedter Artikel für diesen Monat sind aufgebraucht, registrieren Sie sich zum Weiterlesen"],
        "fr": ["Inscrivez-vous au Réveil de la Brêne, l'actualité de Vaurignac avant le petit-déjeuner",
               "Vous avez lu vos articles gratuits de Vaurignac ce mois-ci : inscrivez-vous pour continuer"],
        "es": ["Apúntate al Madrugador de Valdecebro, las noticias del pueblo antes del desayuno",
               "Ya has leído tus noticias gratuitas de Valdecebro este mes: regístrate para seguir"],
        "ru": ["Подпишитесь на «Снегирёвское утро» — новости города до завтрака",
               "Бесплатные материалы о Снегирёве на этот месяц закончились, зарегистрируйтесь, чтобы читать дальше"],
    },
    "share": {
        "en": ["Tell Quillhampton: Facebook · WhatsApp · Bluesky · Email"],
        "tr": ["Yazıkaya'ya duyurun: Facebook · WhatsApp · Bluesky · E-posta"],
        "de": ["Rabenstedt erzählen: Facebook · WhatsApp · Bluesky · E-Mail"],
        "fr": ["Le dire à Vaurignac : Facebook · WhatsApp · Bluesky · Courriel"],
        "es": ["Cuéntaselo a Valdecebro: Facebook · WhatsApp · Bluesky · Correo"],
        "ru": ["Расскажите Снегирёву: ВКонтакте · Одноклассники · Telegram · Почта"],
    },
    "photo": {
        "en": ["Photograph supplied by the family, Quillhampton"],
        "tr": ["Fotoğraf: aile arşivi, Yazıkaya"],
        "de": ["Foto: privat, aus Rabenstedt zur Verfügung gestellt"],
        "fr": ["Photo : archives familiales, Vaurignac"],
        "es": ["Foto: archivo familiar, Valdecebro"],
        "ru": ["Фото из семейного архива, Снегирёво"],
    },
    "copyright": {
        "en": ["No part of this Dunsey valley report may be copied or republished without written permission from {site}."],
        "tr": ["Bu Yazıkaya haberinin hiçbir bölümü {site} yazılı izni olmadan kopyalanamaz ve yeniden yayımlanamaz."],
        "de": ["Kein Teil dieses Rabenstedter Berichts darf ohne schriftliche Erlaubnis von {site} kopiert oder weiterveröffentlicht werden."],
        "fr": ["Aucune partie de ce reportage sur la Brêne ne peut être copiée ou republiée sans l'autorisation écrite de {site}."],
        "es": ["Ninguna parte de esta información de Valdecebro puede copiarse ni volver a publicarse sin permiso escrito de {site}."],
        "ru": ["Копирование и перепечатка материала о Снегирёве без письменного разрешения «{site}» запрещены."],
    },
    "section": {
        "en": ["Dunsey valley | {section}"],
        "tr": ["Yazıkaya | {section}"],
        "de": ["Rabenstedt | {section}"],
        "fr": ["Vallée de la Brêne | {section}"],
        "es": ["Valdecebro | {section}"],
        "ru": ["Снегирёво | {section}"],
    },
    "related": {
        "en": ["Elsewhere in the Dunsey valley"],
        "tr": ["Yazıkaya'dan başka haberler"],
        "de": ["Sonst noch in Rabenstedt"],
        "fr": ["Ailleurs dans la vallée de la Brêne"],
        "es": ["Más de Valdecebro y su comarca"],
        "ru": ["Ещё о жизни Снегирёва"],
    },
    "symbol": {"*": ["◇ ─── ◇", "•◦•◦•◦•", "∗ ⋆ ∗ ⋆ ∗"]},
    "credit": {
        "en": ["Additional reporting by the {site} team in Quillhampton"],
        "tr": ["Yazıkaya'dan {site} ekibinin ek haberleriyle"],
        "de": ["Mit zusätzlicher Recherche des {site}-Teams in Rabenstedt"],
        "fr": ["Avec les informations complémentaires de l'équipe de {site} à Vaurignac"],
        "es": ["Con información adicional del equipo de {site} en Valdecebro"],
        "ru": ["При участии снегирёвской команды «{site}»"],
    },
    "ad": {
        "en": ["Advertising feature · scroll on for the Quillhampton story"],
        "tr": ["Reklam alanı · Yazıkaya haberi için kaydırmaya devam edin"],
        "de": ["Anzeigenbereich · für den Rabenstedter Artikel weiterscrollen"],
        "fr": ["Espace annonceur · continuez à faire défiler pour l'article de Vaurignac"],
        "es": ["Espacio de anunciante · sigue bajando para leer la noticia de Valdecebro"],
        "ru": ["Рекламный блок · листайте дальше, чтобы дочитать материал о Снегирёве"],
    },
    "continue": {
        "en": ["Tap to keep reading this Quillhampton report"],
        "tr": ["Bu Yazıkaya haberini okumaya devam etmek için dokunun"],
        "de": ["Tippen, um den Rabenstedter Bericht weiterzulesen"],
        "fr": ["Touchez pour poursuivre la lecture de ce reportage de Vaurignac"],
        "es": ["Toca para seguir leyendo esta información de Valdecebro"],
        "ru": ["Нажмите, чтобы дочитать материал из Снегирёва"],
    },
    "comments": {
        "en": ["{n} people in the Dunsey valley have had their say: add yours"],
        "tr": ["Yazıkaya'dan {n} kişi görüşünü yazdı, siz de ekleyin"],
        "de": ["{n} Menschen aus Rabenstedt haben ihre Meinung gesagt: Ihre fehlt noch"],
        "fr": ["{n} habitants de la Brêne ont donné leur avis : à vous"],
        "es": ["{n} vecinos de Valdecebro ya han opinado: añade tu opinión"],
        "ru": ["{n} жителей Снегирёва уже высказались — добавьте своё мнение"],
    },
    "readtime": {
        "en": ["Reading time: about {m} minutes, Dunsey valley"],
        "tr": ["Okuma süresi: yaklaşık {m} dakika, Yazıkaya"],
        "de": ["Lesedauer: etwa {m} Minuten, Rabenstedt"],
        "fr": ["Temps de lecture : environ {m} minutes, Vaurignac"],
        "es": ["Tiempo de lectura: unos {m} minutos, Valdecebro"],
        "ru": ["Время чтения: около {m} минут, Снегирёво"],
    },
    "updated": {
        "en": ["Story updated {d}, {t}, Quillhampton newsroom"],
        "tr": ["Haber güncellendi: {d}, {t}, Yazıkaya haber merkezi"],
        "de": ["Artikel aktualisiert: {d}, {t} Uhr, Newsroom Rabenstedt"],
        "fr": ["Article mis à jour : {d}, {t}, rédaction de Vaurignac"],
        "es": ["Noticia actualizada: {d}, {t}, redacción de Valdecebro"],
        "ru": ["Материал обновлён: {d}, {t}, снегирёвская редакция"],
    },
    "audio": {
        "en": ["Hear this Dunsey valley report read aloud · {m} min"],
        "tr": ["Bu Yazıkaya haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Rabenstedter Bericht vorlesen lassen · {m} Min."],
        "fr": ["Écouter ce reportage de la Brêne lu à voix haute · {m} min"],
        "es": ["Escucha esta información de Valdecebro en voz alta · {m} min"],
        "ru": ["Прослушать материал о Снегирёве вслух · {m} мин"],
    },
    "correction": {
        "en": ["We have corrected an error in this Dunsey valley report."],
        "tr": ["Bu Yazıkaya haberindeki bir hatayı düzelttik."],
        "de": ["Wir haben einen Fehler in diesem Rabenstedter Bericht korrigiert."],
        "fr": ["Nous avons corrigé une erreur dans ce reportage de la Brêne."],
        "es": ["Hemos corregido un error en esta información de Valdecebro."],
        "ru": ["Мы исправили ошибку в материале о Снегирёве."],
    },
    "app": {
        "en": ["All the Dunsey valley's news in your pocket: download the {site} app"],
        "tr": ["Yazıkaya'nın tüm haberleri cebinizde: {site} uygulamasını indirin"],
        "de": ["Alle Nachrichten aus Rabenstedt in der Hosentasche: Laden Sie die App von {site}"],
        "fr": ["Toute l'actualité de la Brêne dans votre poche : téléchargez l'application {site}"],
        "es": ["Todas las noticias de Valdecebro en tu bolsillo: descarga la app de {site}"],
        "ru": ["Все новости Снегирёва в вашем кармане: скачайте приложение «{site}»"],
    },
    "bio": {
        "en": ["{by} covers {section} across Quillhampton and the Dunsey valley villages for {site}."],
        "tr": ["{by}, {site} için Yazıkaya ve çevre köylerde {section} konularını izliyor."],
        "de": ["{by} berichtet für {site} aus Rabenstedt und Umgebung über {section}."],
        "fr": ["{by} couvre la rubrique {section} à Vaurignac et dans la vallée de la Brêne pour {site}."],
        "es": ["{by} cubre {section} en Valdecebro y los pueblos de alrededor para {site}."],
        "ru": ["{by} освещает тему «{section}» в Снегирёве и округе для «{site}»."],
    },
    "tip": {
        "en": ["Seen something in the Dunsey valley we should know about? Call the Quillhampton newsdesk on 01632 960 377"],
        "tr": ["Yazıkaya'da bilmemiz gereken bir şey mi gördünüz? Haber merkezimizi arayın: 0 (266) 900 37 77"],
        "de": ["Haben Sie in Rabenstedt etwas gesehen, das wir wissen sollten? Rufen Sie die Redaktion an: 05321 3770-0"],
        "fr": ["Vous avez vu quelque chose à Vaurignac que nous devrions savoir ? Appelez la rédaction au 05 65 00 37 70"],
        "es": ["¿Has visto algo en Valdecebro que debamos saber? Llama a la redacción al 978 000 377"],
        "ru": ["Увидели в Снегирёве что-то важное? Позвоните в редакцию: 8 (34371) 3-77-00"],
    },
    "typo": {
        "en": ["Typo in this Quillhampton report? Select the words and hit Ctrl+Enter to let the desk know"],
        "tr": ["Bu Yazıkaya haberinde yazım hatası mı var? Seçip Ctrl+Enter'a basarak bize bildirin"],
        "de": ["Tippfehler im Rabenstedter Bericht? Markieren und mit Strg+Enter an uns melden"],
        "fr": ["Une faute dans ce reportage de Vaurignac ? Surlignez-la et appuyez sur Ctrl+Entrée pour nous la signaler"],
        "es": ["¿Una errata en esta información de Valdecebro? Márcala y pulsa Ctrl+Intro para avisarnos"],
        "ru": ["Нашли опечатку в материале о Снегирёве? Отметьте фрагмент и нажмите Ctrl+Enter — редакция получит сообщение"],
    },
    "push": {
        "en": ["Allow alerts for big Dunsey valley stories? Switch on alerts · Ask me next week"],
        "tr": ["Önemli Yazıkaya haberleri için bildirimlere izin verilsin mi? Bildirimleri aç · Gelecek hafta sor"],
        "de": ["Hinweise bei wichtigen Rabenstedter Nachrichten erlauben? Hinweise einschalten · Nächste Woche fragen"],
        "fr": ["Autoriser les alertes pour les grandes nouvelles de la Brêne ? Activer les alertes · Me redemander la semaine prochaine"],
        "es": ["¿Permitir avisos de las noticias importantes de Valdecebro? Activar avisos · Pregúntame la semana que viene"],
        "ru": ["Разрешить оповещения о главных новостях Снегирёва? Включить оповещения · Спросить через неделю"],
    },
    "print": {
        "en": ["Quillhampton report tools: Printer-friendly version · Save as PDF · Email a friend"],
        "tr": ["Yazıkaya haber araçları: Yazıcı dostu sürüm · PDF olarak kaydet · Arkadaşına gönder"],
        "de": ["Werkzeuge zum Rabenstedter Bericht: Druckversion · Als PDF speichern · An Bekannte mailen"],
        "fr": ["Outils de l'article de Vaurignac : Version imprimable · Enregistrer en PDF · Envoyer à un ami"],
        "es": ["Herramientas de la noticia de Valdecebro: Versión para imprimir · Guardar como PDF · Enviar a un amigo"],
        "ru": ["Инструменты материала о Снегирёве: Версия для печати · Сохранить в PDF · Отправить другу"],
    },
    "feedback": {
        "en": ["Was this Dunsey valley report worth your time? Yes · Partly · Not really"],
        "tr": ["Bu Yazıkaya haberi vaktinize değdi mi? Evet · Kısmen · Pek değil"],
        "de": ["Hat sich der Rabenstedter Bericht für Sie gelohnt? Ja · Teilweise · Eher nicht"],
        "fr": ["Ce reportage de la Brêne valait-il votre temps ? Oui · En partie · Pas vraiment"],
        "es": ["¿Te ha merecido la pena esta información de Valdecebro? Sí · En parte · No mucho"],
        "ru": ["Стоил ли материал о Снегирёве вашего времени? Да · Отчасти · Не очень"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; to complain about our Dunsey valley reporting write to readers@dunseyvalley.example."],
        "tr": ["{site} gazetecilik meslek ilkelerine bağlıdır; Yazıkaya haberlerimizle ilgili şikâyetleriniz için: okur@yazikaya.example."],
        "de": ["{site} folgt dem Pressekodex; Beschwerden über unsere Rabenstedter Berichterstattung an leserrat@rabenstedt.example."],
        "fr": ["{site} suit la charte d'éthique des journalistes ; pour contester un article sur la Brêne : mediateur@vaurignac.example."],
        "es": ["{site} se rige por el código deontológico de la profesión; quejas sobre la información de Valdecebro a defensor@valdecebro.example."],
        "ru": ["«{site}» следует редакционному кодексу; претензии к материалам о Снегирёве направляйте на chitatel@snegirevo.example."],
    },
    "topics": {
        "en": ["More on: {section} · Quillhampton · Harrowfold"],
        "tr": ["Daha fazlası: {section} · Yazıkaya · Kuşpınarı"],
        "de": ["Mehr zu: {section} · Rabenstedt · Sternwalde"],
        "fr": ["En savoir plus : {section} · Vaurignac · Escourtès"],
        "es": ["Más sobre: {section} · Valdecebro · Fuentelcarro"],
        "ru": ["Ещё по темам: {section} · Снегирёво · Вербилово"],
    },
    "bookmark": {
        "en": ["☆ Add this Quillhampton report to your reading list"],
        "tr": ["☆ Bu Yazıkaya haberini okuma listenize ekleyin"],
        "de": ["☆ Rabenstedter Bericht auf die Leseliste setzen"],
        "fr": ["☆ Ajouter ce reportage de Vaurignac à ma liste de lecture"],
        "es": ["☆ Añadir esta noticia de Valdecebro a mi lista de lectura"],
        "ru": ["☆ Добавить материал о Снегирёве в список для чтения"],
    },
    "poll": {
        "en": ["Have your say, Dunsey valley: for · against · not sure"],
        "tr": ["Fikrinizi söyleyin, Yazıkaya: evet · hayır · emin değilim"],
        "de": ["Ihre Meinung, Rabenstedt: dafür · dagegen · unentschieden"],
        "fr": ["Donnez votre avis, Vaurignac : pour · contre · je ne sais pas trop"],
        "es": ["Opina, Valdecebro: a favor · en contra · no lo tengo claro"],
        "ru": ["Ваше мнение, Снегирёво: за · против · затрудняюсь ответить"],
    },
    "embed": {
        "en": ["View this Quillhampton post from {handle} on Instagram", "Watch {handle}'s Dunsey valley clip on YouTube"],
        "tr": ["{handle} hesabının Yazıkaya paylaşımını Instagram'da açın", "{handle} hesabının Yazıkaya klibini YouTube'da izleyin"],
        "de": ["Den Rabenstedter Post von {handle} auf Instagram öffnen", "Den Rabenstedter Clip von {handle} auf YouTube ansehen"],
        "fr": ["Ouvrir la publication de {handle} sur Vaurignac dans Instagram", "Regarder le clip de {handle} sur la Brêne sur YouTube"],
        "es": ["Abrir la publicación de {handle} sobre Valdecebro en Instagram", "Ver el clip de {handle} sobre Valdecebro en YouTube"],
        "ru": ["Открыть публикацию {handle} о Снегирёве в Instagram", "Смотреть ролик {handle} о Снегирёве на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "snowwardens": {
        "en": ["Become a snow warden: what it involves", "Snow warden kit and cover", "Sign up as a volunteer snow warden ›",
               "Snow wardens at a glance"],
        "tr": ["Gönüllü kar bekçisi olun: neler yapılıyor", "Kar bekçisi ekipmanı ve sigortası", "Gönüllü kar bekçisi olarak kaydolun ›",
               "Kar bekçileri kısaca"],
        "de": ["Schneepate werden: das gehört dazu", "Ausrüstung und Versicherung für Schneepaten", "Jetzt als Schneepate anmelden ›",
               "Schneepaten auf einen Blick"],
        "ru": ["Стать снежным волонтёром: что нужно делать", "Снаряжение и страховка снежных волонтёров", "Записаться в снежные волонтёры ›",
               "Снежные волонтёры: коротко"],
    },
    "blooddonors": {
        "en": ["Give blood: upcoming sessions near you", "Donation sessions: venues and times", "Book a donation appointment ›",
               "Before you give blood"],
        "fr": ["Donner son sang : les prochaines collectes", "Collectes de sang : lieux et horaires", "Prendre rendez-vous pour un don ›",
               "Avant de donner son sang"],
        "es": ["Dona sangre: próximas colectas", "Colectas de sangre: lugares y horarios", "Reserva tu cita para donar ›",
               "Antes de donar sangre"],
    },
    "councilrebates": {
        "en": ["Council tax discounts: do you qualify?", "Council tax reductions: amounts", "Apply for a council tax discount ›",
               "Council tax help in brief"],
        "fr": ["Dégrèvements de taxe foncière : qui y a droit", "Taxe foncière : les réductions possibles", "Demander un dégrèvement ›",
               "Les aides sur la taxe foncière en bref"],
        "es": ["Bonificaciones del IBI: quién puede pedirlas", "Bonificaciones del IBI: cuantías", "Solicitar la bonificación del IBI ›",
               "Ayudas del IBI, en resumen"],
        "ru": ["Льготы по взносу на капремонт: кому положены", "Компенсация взноса на капремонт: размеры", "Подать заявление на компенсацию ›",
               "Компенсация за капремонт: коротко"],
    },
}
NEW_STYLE_WORDING = {"snowwardens": [0, 1, 2, 3], "blooddonors": [0, 1, 2, 3], "councilrebates": [0, 1, 2, 3]}
# snow wardens: what wardens do, and the kit, insurance and how to sign up
SNOW_ROWS = {
    "en": [("Clear and grit", "pavements, steps and the lane to the village hall"),
           ("Check on neighbours", "a knock on the door of anyone living alone"),
           ("Report problems", "blocked roads and fallen trees to the highways team")],
    "tr": [("Kar küreme", "okul yolu, cami önü ve otobüs durağı"),
           ("Komşu ziyareti", "yalnız yaşayan yaşlılara günde bir uğramak"),
           ("Yol durumu bildirme", "kapanan yolları ve devrilen ağaçları muhtarlığa bildirmek")],
    "de": [("Räumen und streuen", "Treppen, Haltestellen und Schulwege"),
           ("Nach Nachbarn sehen", "bei Älteren und Alleinlebenden klingeln"),
           ("Schäden melden", "umgestürzte Bäume und gesperrte Wege an den Bauhof")],
    "ru": [("Расчистка", "тропинки к колодцу, магазину и остановке"),
           ("Помощь соседям", "проведать одиноких пожилых жителей"),
           ("Сообщать о проблемах", "о заносах и обрывах проводов в дежурную службу")],
}
SNOW_HEAD = {"en": ("Task", "Where"), "tr": ("Görev", "Nerede"), "de": ("Aufgabe", "Wo"), "ru": ("Задача", "Где")}
SNOW_INFO = {
    "en": [("Kit supplied", "shovel, grit bags, high-visibility jacket and gloves"),
           ("Insurance for wardens", "wardens are covered by the county council's public liability policy"),
           ("How to sign up", "ring the highways team on 01632 960 455 or ask at your parish council")],
    "tr": [("Verilen ekipman", "kürek, tuz torbası, reflektörlü yelek ve eldiven"),
           ("Gönüllü sigortası", "gönüllüler kaymakamlığın ferdi kaza sigortasıyla korunur"),
           ("Nasıl kaydolunur", "muhtarlığa ya da Yazıkaya Kızılay şubesine başvurun")],
    "de": [("Ausrüstung", "Schaufel, Besen, Streusalz und Warnweste vom Bauhof"),
           ("Versicherungsschutz für Paten", "Schneepaten sind über die Stadt unfall- und haftpflichtversichert"),
           ("Schneepate werden Sie", "im Bürgerbüro im Rathaus, Zimmer 3, oder telefonisch unter 05321 404-0")],
    "ru": [("Что выдают", "лопату, мешки с песком, жилет и рукавицы"),
           ("Страховка", "на время дежурства волонтёров страхует администрация округа"),
           ("Как стать волонтёром", "у старосты деревни или по телефону дежурной службы округа")],
}
# blood donation sessions: venue, date and times; and eligibility, booking
BLOOD_ROWS = {
    "en": [("Quillhampton Corn Hall", "Tue 17 Feb", "1pm–3.30pm, 5pm–7.30pm"),
           ("Kettle Ash RFC clubhouse", "Sat 21 Mar", "9.30am–12.30pm, 1.30pm–3.30pm"),
           ("Tollbury Methodist Church", "Thu 2 Apr", "2pm–4pm, 5pm–7pm")],
    "fr": [("Salle des fêtes de Vaurignac", "mardi 18 août", "15 h – 19 h 30"),
           ("Salle des fêtes de Vaurignac", "mercredi 19 août", "8 h 30 – 12 h 30"),
           ("Foyer rural d'Escourtès", "jeudi 10 septembre", "16 h – 19 h")],
    "es": [("Pabellón municipal de Fuentelcarro", "sábado 7 de noviembre", "10.00–14.30"),
           ("Centro de salud de Valdecebro", "jueves 19 de noviembre", "16.30–20.30"),
           ("Unidad móvil, plaza Mayor", "martes 1 de diciembre", "17.00–21.00")],
}
BLOOD_HEAD = {"en": ("Venue", "Date", "Times"), "fr": ("Lieu", "Date", "Horaires"), "es": ("Lugar", "Fecha", "Horario")}
BLOOD_INFO = {
    "en": [("Who can give", "aged 17 to 65 for a first donation, weighing over 7st 12lb (50kg)"),
           ("Booking your donation", "appointments are preferred; call 0300 123 2323 or use the donor app"),
           ("On donation day", "eat and drink beforehand and bring photo ID")],
    "fr": [("Qui peut donner", "de 18 à 70 ans, au moins 50 kg, en bonne santé"),
           ("Prendre rendez-vous", "sur l'application Don de sang ou au 0 800 109 900"),
           ("Le jour du don", "bien manger et boire avant, pièce d'identité pour un premier don")],
    "es": [("Quién puede donar", "personas de 18 a 65 años que pesen más de 50 kilos"),
           ("Cita previa", "recomendada, en el teléfono 900 000 250 o en la web del centro de transfusión"),
           ("El día de la donación", "no venir en ayunas y traer el DNI")],
}
# council-tax (and property-tax) rebates and discounts: who qualifies, amount; and deadline, how to claim
REBATE_ROWS = {
    "en": [("Single person discount", "25% off the bill if you are the only adult at home"),
           ("Council Tax Reduction", "up to 85% off for people on low incomes"),
           ("Disabled band reduction", "the bill of the band below yours")],
    "fr": [("Personnes de plus de 75 ans", "exonération totale sous conditions de ressources"),
           ("Personnes de 65 à 75 ans", "dégrèvement de 100 € sous conditions de ressources"),
           ("Logement vacant ou inhabitable", "dégrèvement sur demande")],
    "es": [("Hogar de una sola persona", "40 % del recibo con ingresos bajo 15.000 €"),
           ("Familia numerosa", "hasta el 60 % según el valor catastral"),
           ("Placas solares en la vivienda", "25 % durante tres años")],
    "ru": [("Одинокие пенсионеры с 70 лет", "50 % взноса"),
           ("Одинокие пенсионеры с 80 лет", "100 % взноса"),
           ("Инвалиды I и II группы", "50 % взноса")],
}
REBATE_HEAD = {"en": ("Discount", "How much"), "fr": ("Situation", "Réduction"), "es": ("Caso", "Bonificación"),
               "ru": ("Кто", "Размер")}
REBATE_INFO = {
    "en": [("Who can get a discount", "anyone on the bill who lives alone, or has a low income, or a disability"),
           ("Backdating", "discounts can be backdated to the start of the financial year if you claim by 31 March"),
           ("How to claim", "online at the Dunsey Vale council website or at the Guildhall, weekdays 9am to 4pm")],
    "fr": [("Bénéficiaires possibles", "les propriétaires âgés ou modestes occupant leur logement"),
           ("Délai de réclamation", "réclamation à déposer avant le 31 décembre de l'année suivante"),
           ("Comment faire", "espace particulier sur impots.gouv.fr ou centre des finances publiques")],
    "es": [("Quién puede beneficiarse", "vecinos empadronados y al corriente de pago en su vivienda habitual"),
           ("Hasta cuándo se puede pedir", "hasta el 30 de abril para el recibo de este año"),
           ("Cómo pedirla", "en el registro del Ayuntamiento o en la sede electrónica municipal")],
    "ru": [("Кому вернут взнос", "неработающим пенсионерам, живущим одни, без долгов за ЖКУ"),
           ("С какого месяца", "компенсация начисляется с месяца, следующего за обращением"),
           ("Где подать заявление", "управление соцзащиты, ул. Ленина, 14, или МФЦ")],
}
WIDGET_ROWS = (("snowwardens tasks", SNOW_ROWS), ("snowwardens info", SNOW_INFO), ("blooddonors sessions", BLOOD_ROWS),
               ("blooddonors info", BLOOD_INFO), ("councilrebates rates", REBATE_ROWS), ("councilrebates info", REBATE_INFO))
WIDGET_LANGS = {"snowwardens": ("en", "tr", "de", "ru"), "blooddonors": ("en", "fr", "es"), "councilrebates": ("en", "fr", "es", "ru")}


HEADLINES = {
    "en": ["Quillhampton market hall to get a new glass roof", "Harrowfold cricket club celebrates its 150th season",
           "Dunsey valley cheesemaker wins a national gold", "Tollbury level crossing barriers to be replaced",
           "Kettle Ash post office saved by the village shop", "Quillhampton's Christmas lights switch-on moves to the park"],
    "tr": ["Yazıkaya'ya kapalı spor salonu yapılacak", "Kuşpınarı yolu asfaltlanıyor",
           "Yazıkaya Belediyespor play-off'a kaldı", "İlçe devlet hastanesine yeni ambulans",
           "Yazıkaya'da kiraz hasadı erken başladı", "Halk eğitim merkezinde çini kursu açıldı"],
    "de": ["Rabenstedter Stadtbücherei verlängert ihre Öffnungszeiten", "Sternwalder Kirmes feiert 75. Ausgabe",
           "Neuer Radweg zwischen Rabenstedt und Hainrode freigegeben", "Grundschule Sternwalde bekommt eine Mensa",
           "SV Rabenstedt gewinnt das Kreispokalfinale", "Marktplatz Rabenstedt wird ab Juni gepflastert"],
    "fr": ["Vaurignac : la piscine d'été ouvre ses portes", "Escourtès fête les 100 ans de son école",
           "Le pont de la Brêne sera repeint cet automne", "Une nouvelle boulangerie place du Foirail",
           "Le club de basket de Vaurignac monte en régionale", "Les halles de Vaurignac rénovées d'ici Noël"],
    "es": ["Valdecebro tendrá un nuevo centro de día", "Fuentelcarro arregla el lavadero de la plaza",
           "El CD Valdecebro logra el ascenso", "La carretera de la sierra se ensancha en primavera",
           "El mercadillo de los sábados cambia de calle", "Valdecebro celebra su feria del queso"],
    "ru": ["В Снегирёве откроют новую поликлинику", "В Вербилове отремонтируют клуб",
           "Снегирёвские хоккеисты выиграли турнир области", "На Белореченской улице появится сквер",
           "Школа № 1 Снегирёва получила новый автобус", "Электричка до областного центра будет ходить чаще"],
}
TEASERS = {}
# handed out in page order to the pages without a fixed site (one per page; the sites of the fresh layouts and
# of the two Avada pages are given in the stories' "site" field)
SITES = {
    "en": ["Quillhampton Chronicle", "Dunsey Valley Gazette", "The Quillhampton Mercury", "Dunsey Vale Times"],
    "tr": ["Yazıkaya Postası", "Yazıkaya'nın Sesi", "Yazıkaya Haber Merkezi"],
    "de": ["Rabenstedter Tageblatt"],
    "fr": ["L'Éveil de la Brêne"],
    "es": ["Heraldo de Valdecebro", "Valdecebro al Día"],
    "ru": ["Снегирёвские известия", "Снегирёво онлайн"],
}
UI_NEW = {
    "en": dict(nav=["Quillhampton", "Dunsey valley villages", "Quillhampton crime", "Dunsey valley schools", "Quillhampton sport", "Days out in the Dunsey valley", "Dunsey Vale notices"],
               cookie="We and our partners use cookies on this Dunsey valley site to keep you signed in, to measure which Quillhampton stories people read and to pay for our journalism with adverts. Pick the ones you agree to.",
               accept="Yes to every Dunsey cookie", reject="Let me pick my Quillhampton settings", share="Pass this Quillhampton story on",
               related="Latest from the Dunsey valley", newsletter="Dunsey Daily: the valley's top stories at 7am, every day",
               subscribe="Send me Dunsey Daily", email="you@dunsey-daily.example",
               comment_note="A member of our Quillhampton team checks every comment before it appears. Please keep it civil and about the story.",
               closed="Commenting has ended on this Quillhampton story.",
               footer=["Get in touch with the Quillhampton newsroom", "Dunsey valley corrections and clarifications", "Dunsey valley privacy notice", "Advertise in Quillhampton", "Quillhampton house rules"],
               rights="Every word and picture from the Dunsey valley newsroom belongs to its publisher and may not be reused without consent.",
               commenters=[("HarrowfoldHelen", "Should have happened years ago."),
                           ("Quill_Dave", "Give it six months and see.")]),
    "tr": dict(nav=["Yazıkaya merkez", "Yazıkaya köyleri", "Yazıkaya asayiş", "Yazıkaya eğitim", "Yazıkaya spor", "Yazıkaya'da gezi", "Yazıkaya ilanları"],
               cookie="Yazıkaya sitemiz ve ortaklarımız, oturumunuzu açık tutmak, hangi Yazıkaya haberlerinin okunduğunu ölçmek ve gazeteciliğimizi reklamla finanse etmek için çerez kullanır. Onay verdiklerinizi seçin.",
               accept="Tüm çerezlere onay veriyorum", reject="Yazıkaya ayarlarımı seçeyim", share="Bu Yazıkaya haberini iletin",
               related="Yazıkaya'dan son haberler", newsletter="Yazıkaya Günlüğü: ilçenin öne çıkan haberleri her gün saat yedide",
               subscribe="Yazıkaya Günlüğü'nü gönderin", email="siz@yazikaya-gunlugu.example",
               comment_note="Yazıkaya ekibimizden biri her yorumu yayımlanmadan önce kontrol eder. Lütfen saygılı olun ve haberin konusunda kalın.",
               closed="Bu Yazıkaya haberine yorum yapma süresi sona erdi.",
               footer=["Yazıkaya haber merkeziyle iletişim", "Yazıkaya düzeltme ve açıklamalar", "Yazıkaya gizlilik bildirimi", "Yazıkaya'da reklam", "Yazıkaya yorum kuralları"],
               rights="Yazıkaya haber merkezinin her yazısı ve fotoğrafı yayıncısına aittir, izinsiz yeniden kullanılamaz.",
               commenters=[("Kuşpınarlı_Ayşe", "Yıllar önce yapılmalıydı."),
                           ("Yazıkayalı_Osman", "Altı ay sonra bir daha bakalım.")]),
    "de": dict(nav=["Rabenstedt", "Dörfer rund um Rabenstedt", "Polizeibericht Rabenstedt", "Schulen in Rabenstedt", "Sport in Rabenstedt", "Ausflüge rund um Rabenstedt", "Bekanntmachungen Rabenstedt"],
               cookie="Wir und unsere Partner setzen auf dieser Rabenstedter Seite Cookies ein, um Sie angemeldet zu halten, zu messen, welche Artikel gelesen werden, und unseren Journalismus mit Werbung zu finanzieren. Entscheiden Sie, was Sie erlauben.",
               accept="Allen Rabenstedter Cookies zustimmen", reject="Rabenstedter Einstellungen selbst festlegen", share="Diesen Rabenstedter Artikel weitergeben",
               related="Neues aus Rabenstedt", newsletter="Rabenstedt kompakt: die wichtigsten Nachrichten jeden Tag um 7 Uhr",
               subscribe="Rabenstedt kompakt bestellen", email="sie@rabenstedt-kompakt.example",
               comment_note="Jeder Kommentar wird vor der Veröffentlichung von unserem Rabenstedter Team geprüft. Bitte bleiben Sie höflich und beim Rabenstedter Thema.",
               closed="Die Kommentarfunktion zu diesem Rabenstedter Artikel ist beendet.",
               footer=["Kontakt zum Rabenstedter Newsroom", "Korrekturen und Klarstellungen aus Rabenstedt", "Datenschutzhinweise Rabenstedt", "Anzeigen in Rabenstedt", "Hausregeln für Rabenstedter Kommentare"],
               rights="Jedes Wort und jedes Bild aus dem Rabenstedter Newsroom gehört dem Verlag und darf ohne Zustimmung nicht weiterverwendet werden.",
               commenters=[("Sternwalder_Inge", "Hätte man schon vor Jahren machen sollen."),
                           ("Rabenstedter_Jupp", "In einem halben Jahr reden wir nochmal.")]),
    "fr": dict(nav=["Vaurignac", "Villages de la Brêne", "Faits divers à Vaurignac", "Écoles de la Brêne", "Sports à Vaurignac", "Balades dans la vallée de la Brêne", "Avis officiels de Vaurignac"],
               cookie="Avec nos partenaires, nous utilisons des cookies sur ce site de la Brêne pour garder votre session ouverte, mesurer les articles de Vaurignac les plus lus et financer notre journalisme par la publicité. À vous de décider ce que vous autorisez.",
               accept="J'accepte les cookies de la Brêne", reject="Je choisis mes réglages pour Vaurignac", share="Faire suivre cet article de Vaurignac",
               related="Les dernières nouvelles de la Brêne", newsletter="Brêne Express : l'essentiel de la vallée chaque jour à 7 h",
               subscribe="Recevoir Brêne Express", email="vous@brene-express.example",
               comment_note="Un membre de notre équipe de Vaurignac relit chaque commentaire avant publication. Merci de rester poli et de parler de Vaurignac.",
               closed="Il n'est plus possible de commenter cet article de Vaurignac.",
               footer=["Écrire à la rédaction de Vaurignac", "Corrections et précisions de la Brêne", "Données personnelles à la Brêne", "Annoncer à Vaurignac", "Charte des commentaires de Vaurignac"],
               rights="Chaque texte et chaque photo de la rédaction de la Brêne appartiennent à l'éditeur et ne peuvent être réutilisés sans accord.",
               commenters=[("Mamie_d_Escourtes", "Il aurait fallu le faire il y a des années."),
                           ("Vaurignacois_Jeannot", "On en reparle dans six mois.")]),
    "es": dict(nav=["Valdecebro", "Pueblos de la comarca de Valdecebro", "Sucesos de Valdecebro", "Educación en Valdecebro", "Deporte en Valdecebro", "Escapadas por la comarca", "Edictos de Valdecebro"],
               cookie="Nosotros y nuestros socios usamos cookies en esta web de Valdecebro para mantener tu sesión, medir qué noticias se leen y pagar nuestro periodismo con publicidad. Decide tú qué permites.",
               accept="Estoy de acuerdo con todas", reject="Elijo mis ajustes de Valdecebro", share="Pasa esta noticia de Valdecebro",
               related="Lo último de la comarca de Valdecebro", newsletter="Valdecebro Exprés: lo más importante de la comarca cada día a las siete",
               subscribe="Quiero Valdecebro Exprés", email="tu@valdecebro-expres.example",
               comment_note="Alguien de nuestro equipo de Valdecebro revisa cada comentario antes de publicarlo. Sé respetuoso y habla de la noticia.",
               closed="Ya no se puede comentar esta noticia de Valdecebro.",
               footer=["Escribe a la redacción de Valdecebro", "Correcciones y aclaraciones de Valdecebro", "Aviso de privacidad de Valdecebro", "Publicidad en Valdecebro", "Normas para comentar en Valdecebro"],
               rights="Cada texto y cada foto de la redacción de Valdecebro pertenecen al editor y no pueden reutilizarse sin permiso.",
               commenters=[("Pilar_de_Fuentelcarro", "Esto tenía que haberse hecho hace años."),
                           ("Valdecebrano_Chema", "En seis meses hablamos.")]),
    "ru": dict(nav=["Снегирёво", "Сёла Снегирёвского округа", "Происшествия Снегирёва", "Образование в Снегирёве", "Спорт Снегирёва", "Отдых в Снегирёвском округе", "Объявления администрации Снегирёва"],
               cookie="Мы и наши партнёры используем cookie на этом снегирёвском сайте, чтобы вы оставались в аккаунте, чтобы понимать, какие материалы читают, и чтобы оплачивать нашу журналистику рекламой. Решите, что вы разрешаете.",
               accept="Разрешаю все cookie Снегирёва", reject="Настроить снегирёвский сайт самому", share="Переслать материал о Снегирёве",
               related="Последние новости Снегирёва", newsletter="«Снегирёво за день»: главное о городе каждый день в семь утра",
               subscribe="Присылать «Снегирёво за день»", email="vy@snegirevo-za-den.example",
               comment_note="Каждый комментарий перед публикацией проверяет сотрудник снегирёвской редакции. Пожалуйста, будьте вежливы и говорите по теме.",
               closed="Обсуждение этого материала о Снегирёве завершено.",
               footer=["Связаться со снегирёвской редакцией", "Поправки и уточнения снегирёвской редакции", "Политика конфиденциальности Снегирёва", "Реклама в Снегирёве", "Правила комментариев Снегирёва"],
               rights="Все тексты и фотографии снегирёвской редакции принадлежат издателю, повторное использование без согласия запрещено.",
               commenters=[("Вербиловская_Нина", "Давно надо было сделать."),
                           ("Снегирёвский_Михалыч", "Через полгода посмотрим.")]),
}

UI98 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"es": "MÁS DE VALDECEBRO:"},  # the regional layout's inline links
    (mp2, "BIO"): {"es": "{name} escribe en {site} sobre {section} en Valdecebro y sus pedanías. Si tienes una propuesta: propuestas@heraldo-valdecebro.example"},
    (mp4, "READMORE"): {"de": "DAZU AUS RABENSTEDT:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # fusion ad labels
    (mp6, "TYPO3"): {"fr": dict(ext="Contenu externe : plan des travaux de l'école Jean-Moulin (OpenStreetMap)",
                                note="Le plan des travaux de l'école Jean-Moulin s'affiche ici après votre accord, car OpenStreetMap reçoit alors votre adresse IP.",
                                button="Afficher le plan des travaux", by="Service communication de la Ville :", search="Chercher sur le site de Vaurignac",
                                lang_menu="Vaurignac en langue des signes")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Снегирёвская неделя", nl_text="По субботам присылаем главное о Снегирёве и сёлах округа одним письмом.",
                                 nl_button="Хочу снегирёвское письмо", nl_placeholder="Почта для субботнего письма")},
    (mp8, "BLOX"): {"en": dict(ad="Sponsored space · it keeps Quillhampton news free")},  # the in-story ad region's label
    (mp11, "HUGO"): {"en": dict(nl_title="Dunsey Sunday", nl_text="A single email on Sunday morning with the week's stories from Harrowfold, Quillhampton and the valley.",
                                nl_label="Your email for Dunsey Sunday", nl_button="Sign me up for Dunsey Sunday")},
    (mp12, "JOOMLA"): {"ru": dict(latest="Свежее из Снегирёва", popular="Снегирёво читает на этой неделе", field="Населённый пункт:",
                                  posts="Новости Снегирёва")},
    (mp12, "PLACES"): {"h98-ru-002": "Снегирёво, улица Белореченская"},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.net", slogan="Nabb End: the village, the chapel and the fell, online since 2009",
                                menu=["Nabb End front page", "Nabb End news", "Minutes of the Nabb End parish meeting", "The reading room", "Nabb End pictures", "Email the Nabb End website"],
                                cats=["Nabb End news", "The reading room", "Nabb End sheep fair"],
                                friends=["Nabb End Church of England School", "The Fleece Inn, Nabb End", "Nabb End Sheep Fair Committee"],
                                footer="Nabb End Village Website © 2026 · kept alive by volunteers with more enthusiasm than skill",
                                poster="nabbend_admin", tags=["reading room", "old chapel"],
                                commenters=[("Dot_Hebblethwaite", "Evening opening is a godsend. I can finally come after work."),
                                            ("fellside_john", "I can do a Thursday morning once a month if Joan needs me.")],
                                style="p", heads="h3")},
    (mp76, "JIMDO_SITES"): {"Dorfverein Sternwalde e.V.": dict(
        host="www.dorfverein-sternwalde.example", colour="#4f6b2a", template="dm_rome", wid="s4c81d0e9a7f23b65",
        tagline="Neues aus Sternwalde, gesammelt vom Dorfverein",
        nav=["Start Sternwalde", "Aus dem Dorf", "Unser Dorfladen", "Veranstaltungen in Sternwalde", "Das Backhaus", "Mitmachen im Dorfverein"],
        sub_nav=["Protokolle der Ortsversammlung", "Schwarzes Brett Sternwalde"],
        recent="Neueste Beiträge aus Sternwalde",
        side_head="Wer hinter dem Dorfverein steht",
        side_text="Der Dorfverein Sternwalde betreibt das Backhaus, organisiert den Martinsmarkt und pflegt diese Seite in seiner Freizeit.",
        grid=["Backhaus buchen: 05321 977 310", "Vorsitz: Heike Rothmann, Am Lindenplatz 4"],
        tags=["Dorfladen", "Dorfladen-Genossenschaft", "Lindenplatz"],
        footer="Dorfverein Sternwalde e.V., Vereinsregister Rabenstedt, ehrenamtlich geführt seit 1979.")},
    (mp65, "KENTICO"): {"Quillhampton and Dunsey Courier": dict(
        domain="www.quillhamptoncourier.example", site_code="QuillCourier",
        logo="Quillhampton and Dunsey Courier – back to the home page",
        menu=[("Quillhampton news", "/quill-news"), ("Dunsey valley", "/quill-news/valley"), ("Guildhall and courts", "/quill-news/guildhall"),
              ("Quillhampton Courier sport", "/quill-sport"), ("Things to do around Quillhampton", "/quill-whats-on"), ("Quillhampton family announcements", "/quill-announcements")],
        tags=["Dunsey Vale council tax", "Dunsey Vale budget", "Quillhampton Guildhall"],
        form_title="Courier Teatime", form_text="The day's news from Quillhampton and the Dunsey valley, in your inbox at five o'clock.",
        form_consent="Please send me Courier Teatime. I know I can stop it whenever I like.",
        contact=("Talk to the Courier", "Know of something going on in the Dunsey valley? Our reporters would like to hear about it.", "01632 960 562", "desk@quillhamptoncourier.example"),
        footer=[("About the Quillhampton Courier", [("Who runs the Courier", "/quill/about"), ("Courier staff contacts", "/quill/team"), ("Making a complaint to the Courier", "/quill/complaints")]),
                ("Advertise with the Courier", [("Courier display adverts", "/quill/adverts"), ("Courier announcements", "/quill-announcements/new")]),
                ("Get the Courier", [("Courier home delivery", "/quill/home-delivery"), ("Courier digital edition", "/quill/digital-edition")])],
        social=[("Facebook", "https://www.facebook.com/quillhamptoncourier"), ("X", "https://x.com/quillcourier"), ("Instagram", "https://www.instagram.com/quillcourier")],
        copyright="© 2026 Dunsey Newspapers Ltd, 3 Sheep Street, Quillhampton. The Courier is regulated under the Editors' Code of Practice.",
        banner="The Courier needs some cookies to run this website and, if you agree, uses others to measure readership and show adverts that pay for valley reporting.")},
    (mp84, "FRAMER_SITES"): {"Le Petit Vaurignacois": dict(
        host="petitvaurignacois.fr", colour="rgb(46, 98, 120)", site_id="4kQr8Tz2wYb7Nd1",
        nav=["Tous nos articles", "Vaurignac et ses hameaux", "Santé et solidarité", "L'équipe du Petit"],
        button="Soutenir le Petit Vaurignacois",
        read="Lire l'article du Petit",
        more="À lire aussi dans le Petit Vaurignacois",
        nl_title="Le Petit du vendredi", nl_text="Chaque vendredi, les nouvelles de Vaurignac et de la vallée de la Brêne dans votre boîte.",
        nl_placeholder="Votre adresse pour le Petit du vendredi", nl_button="Je m'abonne au Petit du vendredi",
        footer_cols=[("Les communes du Petit", ["Vaurignac", "Escourtès", "Lavalade", "Saint-Roch-de-Brêne"]),
                     ("Le Petit", ["Notre manifeste", "Contacter le Petit", "Informations légales du Petit", "Cookies du Petit Vaurignacois"])],
        footer="© 2026 Le Petit Vaurignacois — média associatif, sans publicité.",
        cookie_title="Le Petit et vos cookies", cookie_text="Le Petit Vaurignacois compte ses visiteurs avec des cookies, seulement si vous le voulez bien.",
        cookie_accept="D'accord pour les cookies", cookie_reject="Non merci", cookie_custom="Choisir", cookie_policy="Notre page sur les cookies")},
    (mp86, "ORCHARD_SITES"): {"Ayuntamiento de Fuentelcarro": dict(
        host="www.fuentelcarro.es", path="actualidad", theme="thetheme", ctype="Noticia", ga="G-FC4RR02026",
        staff=["gabinete.prensa", "web.fuentelcarro", "alcaldia.fc"],
        nav=["Tu Ayuntamiento", "Trámites en la sede electrónica", "Actualidad de Fuentelcarro", "Qué hacer en Fuentelcarro", "Deportes municipales", "Contacta con el Ayuntamiento"],
        related="Más actualidad municipal",
        feedback="¿Te ha sido útil esta noticia de Fuentelcarro?", feedback_yes="Sí, gracias", feedback_no="No, me faltaba información",
        nl_title="Fuentelcarro informa", nl_text="Cada viernes, los avisos, actividades y noticias del Ayuntamiento de Fuentelcarro en tu correo.",
        nl_label="Correo para recibir Fuentelcarro informa", nl_placeholder="Tu dirección de correo en Fuentelcarro", nl_button="Quiero recibir Fuentelcarro informa",
        footer="© 2026 Ayuntamiento de Fuentelcarro · Plaza de España, 1 · Teléfono de información 978 000 120",
        footer_links=["Aviso legal de Fuentelcarro", "Privacidad en la web de Fuentelcarro", "Declaración de accesibilidad de Fuentelcarro", "Cookies de la web de Fuentelcarro"],
        cookie="Esta web del Ayuntamiento de Fuentelcarro usa cookies necesarias y, solo con tu permiso, cookies para contar las visitas.",
        cookie_accept="Permitir las cookies de estadística", cookie_link="Leer la política de cookies de Fuentelcarro")},
    (mp53, "MODX"): {"Снегирёвский вестник": dict(
        domain="snegirev-vestnik.example", li="licnt7B2A", comments="tickets", text_mode="justify", metrika="97418263", hits=946, template="sv2021",
        slugs=["novosti", "lyudi", "les-i-priroda", "kultura", "sport", "pisma"],
        tagline="Газета Снегирёвского округа. Издаётся с 1936 года",
        menu=["Новости округа", "Люди Снегирёва", "Лес и природа", "Культура", "Спорт Снегирёвского округа", "Письма в «Вестник»"],
        tags=["лесная охрана", "Вербилово", "пожарная вышка"],
        latest_title="В новом номере «Вестника»",
        related_title="Ещё в рубрике «Люди»",
        agency="Редакция газеты «Снегирёвский вестник»",
        commenters=[("Галина Вербиловская", "Толя у нас на вышке как маяк был. Спасибо ему за все эти годы!"),
                    ("Лесник Сергей", "Камеры камерами, а человека на вышке не хватит никогда.")],
        form=dict(title="Расскажите «Вестнику» новость", text="Знаете, о ком или о чём написать? Оставьте сообщение, и журналист перезвонит.",
                  placeholder="Телефон, по которому вам перезвонить", agree="Разрешаю редакции «Снегирёвского вестника» обработку моих данных",
                  button="Передать новость в «Вестник»"),
        footer=["Учредитель: МАУ «Редакция газеты „Снегирёвский вестник“»",
                "Адрес редакции: 623999, г. Снегирёво, ул. Ленина, 21 · (000) 3-41-07 · post@snegirev-vestnik.example",
                "Регистрационный номер СМИ ПИ № ТУ00-00977, знак информационной продукции 12+"],
        footer_links=["Об издании «Снегирёвский вестник»", "Как подписаться на «Вестник»", "Частные объявления в «Вестнике»", "Подшивка «Снегирёвского вестника»"],
        developer="Сайт «Вестника» сделан в веб-студии «Снегирь»")},
    (mp50, "DJANGOCMS"): {"Dunsey Valley Radio": dict(
        domain="dunseyvalleyradio.example", blog_slug="news", langs=[("en", "English")],
        slugs=["news", "travel", "sport", "community", "podcasts", "on-air"],
        tagline="Local radio and news for Quillhampton and the Dunsey valley",
        menu=["Dunsey valley news", "Roads and trains", "Dunsey valley sport", "Community noticeboard", "Podcasts", "On air now"],
        latest_title="Just in from the Dunsey Valley Radio newsroom",
        related_title="More valley sport",
        readmore="More from Dunsey Valley Radio:",
        nl_title="The Valley Breakfast Briefing", nl_text="Headlines, roadworks and the weather for the Dunsey valley, emailed at 6am on weekdays.",
        nl_button="Email me the Valley Breakfast Briefing",
        contact_title="Reach Dunsey Valley Radio",
        address=["The Old Maltings, Wharf Lane", "Quillhampton QH2 9ZZ", "Studio line: 01632 960 104"],
        links_title="About Dunsey Valley Radio",
        footer_links=["How we make our programmes", "Comments and complaints", "Volunteer with Dunsey Valley Radio", "Dunsey Valley Radio accessibility", "Dunsey Valley Radio privacy"],
        footer_note="Dunsey Valley Radio is a community radio station run by volunteers.",
        social=["Dunsey Valley Radio on Facebook", "Dunsey Valley Radio on Instagram", "Dunsey Valley Radio on YouTube"],
        tags=["blood donation", "Kettle Ash RFC"])},
    (mp37, "UMBRACO"): {"Quillhampton Evening Star": dict(
        domain="quillhamptonstar.example", short="star",
        menu=["Quillhampton news", "Fells and farms", "Evening Star sport", "Going out in Quillhampton", "Star comment", "Evening Star jobs"],
        slugs=["news", "fells", "sport", "going-out", "comment", "jobs"],
        buttons=["Read the Star's digital edition", "Take out a Star subscription"],
        group="Northfell Media", group_bar="A Northfell Media title",
        group_note="Northfell Media publishes three local titles across the northern dales.",
        sisters=["Quillhampton Evening Star", "Dunsey Dale Advertiser", "Northfell Farming Weekly"],
        popular_title="Quillhampton is reading", related_title="More from the Star newsroom", related_label="Related Star coverage",
        share_title="Pass on this Evening Star story",
        nl_title="Evening Star Six O'Clock", nl_text="Quillhampton's evening headlines, sent at 6pm on weekdays.", nl_button="Get the Star at Six",
        footer_links=["The Evening Star's story", "Contact the Star", "Star complaints procedure", "Northfell Media privacy notice", "Advertising with the Evening Star"],
        footer_note="The Quillhampton Evening Star has been published in the town since 1872.")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "colour", "color", "domain", "style", "heads", "template", "wid", "site_code", "social", "site_id",
               "path", "theme", "ctype", "ga", "staff", "li", "slugs", "comments", "text_mode", "metrika", "hits",
               "blog_slug", "langs", "short"}

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
# the new layout: a single post on a WordPress site running the Avada theme (ThemeFusion) and its Fusion Builder,
# as the server renders it for a reader who has not yet answered the theme's privacy bar -- an English regional news
# site (The Dunsey Valley Herald) and a German local news site (Rabenstedter Landbote).  The head is what WordPress,
# Yoast SEO and Avada print: the title, robots and canonical, the Open Graph, article and Twitter metas, the Yoast
# schema graph (WebPage, Article, BreadcrumbList, Organization, Person), the feeds, the emoji settings and detection
# script, the wp-emoji, block-library and classic-theme inline styles, the theme's compiled stylesheet
# (wp-content/uploads/fusion-styles/<hash>.min.css), the jQuery and jquery-migrate scripts, the REST and oEmbed
# links, the css-fb-visibility style (Fusion Builder's visibility breakpoints), the user-agent script and the site's
# Google Analytics tag; the body carries Avada's body classes (fusion-image-hovers, fusion-pagination-sizing,
# fusion-button_type-flat, fusion-body, ltr, fusion-sticky-header, no-tablet-sticky-header, mobile-logo-pos-left,
# layout-wide-mode, avada-has-boxed-modal-shadow-none, fusion-top-header, menu-text-align-center, mobile-menu-design-
# modern, fusion-show-pagination-text, fusion-header-layout-v1, avada-responsive, avada-footer-fx-none, do-animate,
# fusion-disable-outline ...) and the skip link; then #boxed-wrapper > #wrapper.fusion-wrapper: the
# .fusion-header-wrapper (the top bar with the site's contact line and secondary menu, the v1 header with the logo
# in its normal, retina and mobile versions, the main menu (fusion-main-menu, fusion-menu with menu-item and
# awb-menu__* classes), the search icon and the mobile menu toggle), the sliders container, the page title bar
# (avada-page-titlebar-wrapper, fusion-page-title-bar with the category and the breadcrumbs), then main#main >
# .fusion-row > section#content > article.post with the featured image slideshow (fusion-flexslider, li with the
# iLightbox link), the h1.entry-title.fusion-post-title and the .post-content area, which the editor built with the
# Fusion Builder: a fusion-fullwidth container (fusion-builder-row, fusion-layout-column / fusion-column-wrapper)
# holding fusion-text elements with the story's paragraphs (residue the owner pasted sits among them, block-level
# residue in a fusion-text element of its own) and a fusion-imageframe image element with its awb-imageframe-caption
# between two text elements; after the content the .fusion-meta-info line (author, date, categories, comments),
# the fusion-sharing-box with its social-network icons, the author box (about-author with .fusion-author: avatar,
# title, description), the related posts carousel (related-posts, awb-carousel / swiper with fusion-carousel-item
# and the rollover titles of the site's other posts) and the comment form (comment-respond); then the footer
# (.fusion-footer-widget-area with four widget columns: about text, recent posts, categories, contact; the
# .fusion-footer-copyright-area with the copyright notice and social links), the to-top link, the
# fusion-privacy-bar with its Accept button and settings link, and the closing scripts: the inlined fusion JS
# vars (fusionJSVars, avadaHeaderVars, avadaMenuVars, fusionLightboxVars, fusionFlexSliderVars, fusionBlogVars,
# avadaPrivacyVars, fusionCarouselVars, fusionVideoGeneralVars, avadaSidebarsVars, avadaFusionSliderVars ...) and
# the theme's deferred script bundle.  Avada's own strings (AVADA_CORE: "Share This Story, Choose Your Platform!",
# "About the Author:", "Related Posts", the comment form, the meta line's "By" and "Categories:", "Go to Top", the
# privacy bar's buttons, months) are left as the theme ships them (German from its translation files) and not
# checked; the sites' own strings (AVADA_SITES: top bar, menu, breadcrumbs' home label, footer widgets, copyright,
# the privacy bar's text, the author's description, the related posts) are.
# --------------------------------------------------------------------------
AVADA_VERSION = "7.11.14"
FUSION_VERSION = "3.11.14"
AVADA_CORE = {
    "en": dict(html_lang="en-GB", og_locale="en_GB", months=["January", "February", "March", "April", "May", "June", "July",
                                                            "August", "September", "October", "November", "December"],
               date="{m} {d}{sfx}, {y}", skip="Skip to content", by="By", cats="Categories:", comments="0 Comments",
               share="Share This Story, Choose Your Platform!", about="About the Author:", related="Related Posts",
               reply="Leave A Comment", cancel="Cancel reply", comment_ph="Comment...", name_ph="Name (required)",
               email_ph="Email (required)", web_ph="Website", cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
               submit="Post Comment", top="Go to Top", search="Search ...", menu="Menu", accept="Accept", update="Update Settings",
               settings="Settings", home="Home", page_load="Page load link", posts_by="Posts by {a}", view_larger="View Larger Image",
               nets=[("facebook", "Facebook"), ("twitter", "X"), ("linkedin", "LinkedIn"), ("whatsapp", "WhatsApp"), ("mail", "Email")]),
    "de": dict(html_lang="de-DE", og_locale="de_DE", months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                                                            "August", "September", "Oktober", "November", "Dezember"],
               date="{d}. {m} {y}", skip="Zum Inhalt springen", by="Von", cats="Kategorien:", comments="0 Kommentare",
               share="Teilen Sie diese Story, wählen Sie Ihre Plattform!", about="Über den Autor:", related="Ähnliche Beiträge",
               reply="Hinterlassen Sie einen Kommentar", cancel="Antworten abbrechen", comment_ph="Kommentar ...", name_ph="Name (erforderlich)",
               email_ph="E-Mail (erforderlich)", web_ph="Website", cookies_consent="Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
               submit="Kommentar abschicken", top="Nach oben", search="Suchen ...", menu="Menü", accept="Akzeptieren", update="Einstellungen aktualisieren",
               settings="Einstellungen", home="Startseite", page_load="Seite lädt Link", posts_by="Beiträge von {a}", view_larger="Größeres Bild ansehen",
               nets=[("facebook", "Facebook"), ("twitter", "X"), ("linkedin", "LinkedIn"), ("whatsapp", "WhatsApp"), ("mail", "E-Mail")]),
}
AVADA_SITES = {
    "The Dunsey Valley Herald": dict(
        lang="en", host="www.dunseyvalleyherald.example", colour="#1f4e79", accent="#c8102e", ga="G-DVH7K2Q9XB",
        post_id=18342, author_id=7, logo="dvh-logo", hash="3f9a1c0e8b7d6a5f4e3d2c1b0a9f8e7d",
        topbar="Independent news for Quillhampton and the Dunsey valley since 2014",
        topmenu=["Got news? Tell the Herald", "Advertise with the Herald", "Herald supporters' club"],
        menu=["News from the Dunsey valley", "Dunsey weather and roads", "Dunsey farming news", "Herald sport from the valley", "People of the Dunsey valley", "Herald comment and letters"],
        author_desc="Hattie Brennand grew up in Kettle Ash and reports on the Dunsey valley's fell villages, farms and weather for the Herald.",
        posts=["Gritter drivers work double shifts as the cold snap bites", "Harrowfold school shuts for a third day",
               "Fell rescue team called out to stranded walkers on Crag Top", "Kettle Ash shop runs out of bread as roads close"],
        widgets=[("About the Herald", "The Dunsey Valley Herald is a small independent newsroom owned by its staff and funded by its readers and local advertisers."),
                 ("Latest from the Herald", None), ("Herald sections", None),
                 ("Reach the Herald", "Newsroom: 01632 960 731 · news@dunseyvalleyherald.example · 12 Sheep Street, Quillhampton")],
        copyright="© 2026 The Dunsey Valley Herald Ltd · All rights reserved · Built with Avada",
        privacy="The Herald uses cookies for statistics and to remember your settings. Some embedded content is only loaded with your permission.",
        privacy_link="Read the Herald's privacy policy",
        social=["facebook.com/dunseyvalleyherald", "x.com/dvherald", "instagram.com/dvherald"]),
    "Rabenstedter Landbote": dict(
        lang="de", host="www.rabenstedter-landbote.example", colour="#2d4a22", accent="#b35c00", ga="G-RLB3N8V4TQ",
        post_id=9917, author_id=4, logo="landbote-logo", hash="b1c2d3e4f5a6978877665544332211aa",
        topbar="Nachrichten für Rabenstedt, Sternwalde und Hainrode",
        topmenu=["Hinweis an den Landboten", "Anzeigen im Landboten", "Landbote-Freundeskreis"],
        menu=["Nachrichten aus Rabenstedt", "Sternwalde und Hainrode", "Rabenstedter Wetter und Verkehr", "Sport im Landboten", "Rabenstedter Köpfe", "Meinung im Landboten"],
        author_desc="Jana Hollweg ist in Hainrode aufgewachsen und schreibt für den Landboten über Rathaus, Verkehr und das Leben in den Ortsteilen.",
        posts=["Bauhof räumt seit fünf Uhr früh", "Grundschule Hainrode bleibt wegen Glätte geschlossen",
               "Busse in die Oberstadt fahren wieder", "Streusalz im Baumarkt ausverkauft"],
        widgets=[("Über den Landboten", "Der Rabenstedter Landbote ist eine unabhängige Lokalredaktion, finanziert von Leserinnen, Lesern und Anzeigenkunden aus der Region."),
                 ("Neu im Landboten", None), ("Rubriken des Landboten", None),
                 ("So erreichen Sie uns", "Redaktion: 05321 4180-0 · redaktion@rabenstedter-landbote.example · Marktstraße 9, Rabenstedt")],
        copyright="© 2026 Rabenstedter Landbote GmbH · Alle Rechte vorbehalten · Built with Avada",
        privacy="Der Landbote nutzt Cookies für Statistiken und um Ihre Einstellungen zu speichern. Eingebettete Inhalte laden wir nur mit Ihrer Erlaubnis.",
        privacy_link="Datenschutzerklärung des Landboten",
        social=["facebook.com/rabenstedterlandbote", "instagram.com/landbote_rabenstedt"]),
}
AVADA_EXEMPT = {"lang", "host", "colour", "accent", "ga", "post_id", "author_id", "logo", "hash", "social"}
AVADA_LOOKS = ("dropcap", "bold", "italic", "highlight", "br")


def avada_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return AVADA_CORE[lang]["date"].format(d=d, m=AVADA_CORE[lang]["months"][m - 1], y=y, sfx=sfx)


def avada_block(kind, val):
    """A block of the story as the editor typed it into a Fusion Builder text element."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


# residue the owner pasted as a block of its own goes into a text element of its own; a pasted line stays among
# the paragraphs of the text element
AVADA_OWN_ELEMENT = re.compile(r"^<(div class=|aside|figure|blockquote|table|ul class=)")


def tpl_avada(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = AVADA_CORE[lang], AVADA_SITES[site]
    base = "https://" + s["host"]
    slug_ = wp_slug(art["title"], 70)
    url = "%s/%s/" % (base, slug_)
    cat = art["section"]
    cat_slug = wp_slug(cat, 30)
    blocks, n = art["blocks"], len(art["blocks"])
    ver = "?ver=" + FUSION_VERSION
    base_js = base.replace("/", "\\/")
    up = "%s/wp-content/uploads/%s/%s" % (base, art["date"][:4], art["date"][5:7])
    img = "%s-%d.jpg" % (wp_slug(art["caption"], 40), rng.randint(1, 9))
    img_id = s["post_id"] - rng.randint(1, 40)
    hh, mm = rng.randint(6, 20), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d+00:00" % (art["date"], hh, mm, rng.randint(0, 59))
    mod = "%sT%02d:%02d:%02d+00:00" % (days_after(art["date"], rng.choice([0, 0, 1])), min(23, hh + 2), rng.randint(0, 59), rng.randint(0, 59))
    # the story in Fusion Builder text elements: a new text element after the image element (after the first third
    # of the story) and around every block of residue pasted as an element of its own
    cut = max(2, n // 3)
    while cut < n and blocks[cut][0] != "p":
        cut += 1
    elements, run, k_text = [], [], [0]

    def flush():
        if run:
            k_text[0] += 1
            elements.append('<div class="fusion-text fusion-text-%d" style="--awb-text-transform:none;">%s</div>' % (k_text[0], "".join(run)))
            del run[:]

    def own(snip):
        flush()
        k_text[0] += 1
        elements.append('<div class="fusion-text fusion-text-%d">%s</div>' % (k_text[0], snip))

    for i in range(n + 1):
        if i == cut:
            flush()
            elements.append(f'''<div class="fusion-image-element " style="text-align:center;--awb-caption-title-font-family:var(--h2_typography-font-family);--awb-caption-title-font-weight:var(--h2_typography-font-weight);--awb-caption-title-font-style:var(--h2_typography-font-style);--awb-caption-title-size:var(--h2_typography-font-size);--awb-caption-title-transform:var(--h2_typography-text-transform);--awb-caption-title-line-height:var(--h2_typography-line-height);--awb-caption-title-letter-spacing:var(--h2_typography-letter-spacing);"><div class="awb-image-frame awb-image-frame-1 imageframe-liftup"><span class=" fusion-imageframe imageframe-none imageframe-1 hover-type-none"><img fetchpriority="high" decoding="async" width="1200" height="800" title="{A(wp_slug(art["caption"], 40))}" src="{up}/{img}" data-orig-src="{up}/{img}" alt="" class="lazyload img-responsive wp-image-{img_id}" srcset="data:image/svg+xml,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%20width%3D%271200%27%20height%3D%27800%27%20viewBox%3D%270%200%201200%20800%27%3E%3Crect%20width%3D%271200%27%20height%3D%27800%27%20fill-opacity%3D%220%22%2F%3E%3C%2Fsvg%3E" data-srcset="{up}/{img[:-4]}-200x133.jpg 200w, {up}/{img[:-4]}-400x267.jpg 400w, {up}/{img[:-4]}-600x400.jpg 600w, {up}/{img[:-4]}-800x533.jpg 800w, {up}/{img} 1200w" data-sizes="auto" data-orig-sizes="(max-width: 1024px) 100vw, (max-width: 640px) 100vw, 1200px" /></span><div class="awb-imageframe-caption-container" style="text-align:center;"><div class="awb-imageframe-caption"><p class="awb-imageframe-caption-text">{E(art["caption"])} &#8211; {E(art["credit"])}</p></div></div></div></div>''')
        for snip in placed.get(i, []):
            if AVADA_OWN_ELEMENT.match(snip):
                own(snip)
            else:
                run.append(snip)
        if i == n:
            break
        run.append(avada_block(*blocks[i]))
    flush()
    content = "\n".join(elements)
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d" data-item-id="%d"><a href="%s/category/%s/" class="fusion-top-level-link fusion-flex-link"><span class="menu-text">%s</span></a></li>'
                   % (100 + k, " current-post-ancestor current-menu-parent" if k == 0 else "", 100 + k, 100 + k, base, wp_slug(x, 30), E(x))
                   for k, x in enumerate(s["menu"]))
    topmenu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d" data-item-id="%d"><a href="%s/%s/" class="fusion-bar-highlight"><span class="menu-text">%s</span></a></li>'
                      % (200 + k, 200 + k, 200 + k, base, wp_slug(x, 30), E(x)) for k, x in enumerate(s["topmenu"]))
    shares = "".join('<a class="fusion-social-network-icon fusion-tooltip fusion-%s awb-icon-%s" style="color:var(--sharing_social_links_icon_color);" data-placement="top" data-title="%s" data-toggle="tooltip" title="%s" href="%s" target="_blank" rel="noreferrer"><span class="screen-reader-text">%s</span></a>'
                     % (k, k, A(name), A(name), {"facebook": "https://www.facebook.com/sharer.php?u=" + url,
                                                   "twitter": "https://x.com/intent/post?url=" + url,
                                                   "linkedin": "https://www.linkedin.com/shareArticle?mini=true&amp;url=" + url,
                                                   "whatsapp": "https://api.whatsapp.com/send?text=" + url,
                                                   "mail": "mailto:?body=" + url}[k], E(name)) for k, name in c["nets"])
    related = "\n".join(f'''<div class="swiper-slide"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="true"><img decoding="async" src="{base}/wp-content/uploads/{art["date"][:4]}/{art["date"][5:7]}/{wp_slug(t, 30)}-500x383.jpg" width="500" height="383" alt="{A(t)}" /><div class="fusion-rollover"><div class="fusion-rollover-content"><h4 class="fusion-rollover-title"><a class="fusion-rollover-title-link" href="{base}/{wp_slug(t, 60)}/">{E(t)}</a></h4><a class="fusion-link-wrapper" href="{base}/{wp_slug(t, 60)}/" aria-label="{A(t)}"></a></div></div></div></div></div>''' for t in s["posts"])
    recent = "".join('<li><a href="%s/%s/">%s</a></li>' % (base, wp_slug(t, 60), E(t)) for t in s["posts"][:3])
    cats = "".join('<li class="cat-item cat-item-%d"><a href="%s/category/%s/">%s</a></li>' % (3 + k, base, wp_slug(x, 30), E(x)) for k, x in enumerate(s["menu"]))
    socials = "".join('<a class="fusion-social-network-icon fusion-tooltip fusion-%s awb-icon-%s" style="color:#ffffff;" href="https://%s" target="_blank" rel="noopener noreferrer" title="%s" aria-label="%s"></a>'
                      % (x.split(".")[0], x.split(".")[0], x, x.split(".")[0].capitalize(), x.split(".")[0].capitalize()) for x in s["social"])
    w_about, w_recent, w_cats, w_contact = s["widgets"]
    desc = art["sub"]
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": art["byline"], "@id": "%s/#/schema/person/%032x" % (base, rng.getrandbits(128))},
         "headline": art["title"], "datePublished": iso, "dateModified": mod, "mainEntityOfPage": {"@id": url},
         "wordCount": len(mp.truth_text(art["truth_blocks"]).split()), "publisher": {"@id": base + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": "%s/%s" % (up, img), "articleSection": [cat], "inLanguage": c["html_lang"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": base + "/#website"},
         "datePublished": iso, "dateModified": mod, "description": desc, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": c["html_lang"]},
        {"@type": "ImageObject", "inLanguage": c["html_lang"], "@id": url + "#primaryimage", "url": "%s/%s" % (up, img), "width": 1200, "height": 800},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": art["title"]}]},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/",
         "sameAs": ["https://" + x for x in s["social"]]}]}, ensure_ascii=False)
    js_vars = {
        "fusionJSVars": {"visibility_small": "640", "visibility_medium": "1024"},
        "avadaHeaderVars": {"header_position": "top", "header_sticky": "1", "header_sticky_type2_layout": "menu_only",
                            "header_sticky_shadow": "1", "side_header_break_point": "1100", "header_sticky_mobile": "",
                            "header_sticky_tablet": "", "mobile_menu_design": "modern", "sticky_header_shrinkage": "",
                            "nav_height": "84", "nav_highlight_border": "3", "nav_highlight_style": "bar",
                            "logo_margin_top": "31px", "logo_margin_bottom": "31px", "layout_mode": "wide",
                            "header_padding_top": "0px", "header_padding_bottom": "0px", "scroll_offset": "full"},
        "avadaMenuVars": {"site_layout": "wide", "header_position": "top", "logo_alignment": "left", "header_sticky": "1",
                          "header_sticky_mobile": "", "header_sticky_tablet": "", "side_header_break_point": "1100",
                          "megamenu_base_width": "custom_width", "mobile_menu_design": "modern",
                          "dropdown_goto": "Go to...", "mobile_nav_cart": "Shopping Cart", "mobile_submenu_open": "Open submenu of %s",
                          "mobile_submenu_close": "Close submenu of %s", "submenu_slideout": "1"},
        "fusionLightboxVars": {"status_lightbox": "1", "lightbox_gallery": "1", "lightbox_skin": "metro-white",
                               "lightbox_title": "1", "lightbox_arrows": "1", "lightbox_slideshow_speed": "5000",
                               "lightbox_autoplay": "", "lightbox_opacity": "0.90", "lightbox_desc": "1",
                               "lightbox_social": "1", "lightbox_social_links": {"facebook": {"source": "https://www.facebook.com/sharer.php?u={URL}", "text": "Facebook"}},
                               "lightbox_deeplinking": "1", "lightbox_path": "vertical", "lightbox_post_images": "1",
                               "lightbox_animation_speed": "normal", "l10n": {"close": "Press Esc to close", "enterFullscreen": "Enter Fullscreen (Shift+Enter)",
                                                                              "exitFullscreen": "Exit Fullscreen (Shift+Enter)", "slideShow": "Slideshow", "next": "Next", "previous": "Previous"}},
        "fusionFlexSliderVars": {"status_vimeo": "", "slideshow_autoplay": "1", "slideshow_speed": "7000",
                                 "pagination_video_slide": "", "status_yt": "", "flex_smoothHeight": "false"},
        "fusionBlogVars": {"infinite_blog_text": "<em>Loading the next set of posts...</em>",
                           "infinite_finished_msg": "<em>All items displayed.</em>", "slideshow_autoplay": "1",
                           "lightbox_behavior": "all", "blog_pagination_type": "pagination"},
        "avadaPrivacyVars": {"name": "privacy_embeds", "days": "30", "path": "/", "types": ["youtube", "vimeo", "gmaps", "tracking"],
                             "defaults": [], "button": "1"},
        "fusionCarouselVars": {"related_posts_speed": "2500", "carousel_speed": "2500"},
        "fusionVideoGeneralVars": {"status_vimeo": "", "status_yt": ""},
        "avadaSidebarsVars": {"header_position": "top", "header_layout": "v1", "header_sticky": "1",
                              "header_sticky_type2_layout": "menu_only", "side_header_break_point": "1100",
                              "header_sticky_tablet": "", "sticky_header_shrinkage": "", "nav_height": "84", "sidebars_break_point": "800"},
        "avadaFusionSliderVars": {"side_header_break_point": "1100", "slider_position": "below", "header_transparency": "0",
                                  "mobile_header_transparency": "0", "header_position": "top", "content_break_point": "800", "status_vimeo": ""},
        "fusionEqualHeightVars": {"content_break_point": "800"},
        "fusionRecentPostsVars": {"infinite_loading_text": "<em>Loading the next set of posts...</em>", "infinite_finished_msg": "<em>All items displayed.</em>"},
    }
    vars_js = "\n".join('<script type="text/javascript" id="%s-js-extra">\n/* <![CDATA[ */\nvar %s = %s;\n/* ]]> */\n</script>'
                        % (wp_slug(name, 40), name, json.dumps(val, ensure_ascii=False).replace("/", "\\/")) for name, val in js_vars.items())
    body_cls = ("post-template-default single single-post postid-%d single-format-standard fusion-image-hovers fusion-pagination-sizing "
                "fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes "
                "avada-image-rollover-yes avada-image-rollover-direction-left fusion-body ltr fusion-sticky-header no-tablet-sticky-header "
                "no-mobile-sticky-header no-mobile-slidingbar no-mobile-totop avada-has-rev-slider-styles fusion-disable-outline "
                "fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full "
                "avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text "
                "fusion-header-layout-v1 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-clean "
                "fusion-main-menu-search-overlay fusion-avatar-circle avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large "
                "avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mobile-menu-search "
                "avada-has-main-nav-search-icon avada-has-breadcrumb-mobile-hidden avada-has-titlebar-bar_and_content avada-has-pagination-padding "
                "avada-flyout-menu-direction-fade avada-ec-views-v1") % s["post_id"]
    return f'''<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top avada-is-100-percent-template" lang="{c["html_lang"]}" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(art["title"])} - {E(site)}</title>
	<meta name="description" content="{A(desc)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["og_locale"]}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="article:modified_time" content="{mod}" />
	<meta property="og:image" content="{up}/{img}" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="800" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="Written by" />
	<meta name="twitter:data1" content="{A(art["byline"])}" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Feed" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; Comments Feed" href="{base}/comments/feed/" />
					<link rel="shortcut icon" href="{base}/wp-content/uploads/2024/02/favicon-64.png" type="image/x-icon" />
					<link rel="apple-touch-icon" sizes="180x180" href="{base}/wp-content/uploads/2024/02/favicon-180.png">
					<link rel="icon" sizes="192x192" href="{base}/wp-content/uploads/2024/02/favicon-192.png">
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(art["title"])} Comments Feed" href="{url}feed/" />
<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{base_js}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}}}};
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}function p(e,t,n){{e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){{return e===r[t]}})}}}}(window,document);
/* ]]> */
</script>
<style id='wp-emoji-styles-inline-css' type='text/css'>

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
<style id='classic-theme-styles-inline-css' type='text/css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<link rel='stylesheet' id='fusion-dynamic-css-css' href='{base}/wp-content/uploads/fusion-styles/{s["hash"]}.min.css?ver={FUSION_VERSION}' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>

<!-- Google tag (gtag.js) snippet added by Site Kit -->
<script type="text/javascript" src="https://www.googletagmanager.com/gtag/js?id={s["ga"]}" id="google_gtagjs-js" async></script>
<script type="text/javascript" id="google_gtagjs-js-after">
/* <![CDATA[ */
window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}
gtag("set","linker",{{"domains":["{s["host"]}"]}});
gtag("js", new Date());
gtag("set", "developer_id.dZTNiMT", true);
gtag("config", "{s["ga"]}");
/* ]]> */
</script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{s["post_id"]}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{base}/?p={s["post_id"]}' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url}" />
<meta name="generator" content="Site Kit by Google 1.141.0" /><style type="text/css" id="css-fb-visibility">@media screen and (max-width: 640px){{.fusion-no-small-visibility{{display:none !important;}}body .sm-text-align-center{{text-align:center !important;}}body .sm-text-align-left{{text-align:left !important;}}body .sm-text-align-right{{text-align:right !important;}}body .sm-flex-align-center{{justify-content:center !important;}}body .sm-mx-auto{{margin-left:auto !important;margin-right:auto !important;}}}}@media screen and (min-width: 641px) and (max-width: 1024px){{.fusion-no-medium-visibility{{display:none !important;}}body .md-text-align-center{{text-align:center !important;}}body .md-text-align-left{{text-align:left !important;}}}}@media screen and (min-width: 1025px){{.fusion-no-large-visibility{{display:none !important;}}body .lg-text-align-center{{text-align:center !important;}}}}</style>		<script type="text/javascript">
			var doc = document.documentElement;
			doc.setAttribute( 'data-useragent', navigator.userAgent );
		</script>
		<style type="text/css" id="wp-custom-css">
			.fusion-meta-info {{ font-size: 13px; }}
.fusion-post-title {{ color: {s["colour"]}; }}
.fusion-privacy-bar {{ background: {s["colour"]}; }}
		</style>
		
	</head>

<body class="{body_cls}" data-awb-post-id="{s["post_id"]}">
		<a class="skip-link screen-reader-text" href="#content">{E(c["skip"])}</a>

	<div id="boxed-wrapper">
							
		<div id="wrapper" class="fusion-wrapper">
			<div id="home" style="position:relative;top:-1px;"></div>
			
				
			<header class="fusion-header-wrapper">
				<div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">
					
<div class="fusion-secondary-header">
	<div class="fusion-row">
					<div class="fusion-alignleft">
				<div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">{E(s["topbar"])}</span></div>			</div>
							<div class="fusion-alignright">
				<nav class="fusion-secondary-menu" role="navigation" aria-label="Secondary Menu"><ul id="menu-top-bar" class="menu">{topmenu}</ul></nav><nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-left" aria-label="Secondary Mobile Menu"></nav>			</div>
					</div>
</div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header">
	<div class="fusion-row">
					<div class="fusion-logo" data-margin-top="31px" data-margin-bottom="31px" data-margin-left="0px" data-margin-right="0px">
			<a class="fusion-logo-link"  href="{base}/" >

						<!-- standard logo -->
			<img src="{base}/wp-content/uploads/2024/02/{s["logo"]}.png" srcset="{base}/wp-content/uploads/2024/02/{s["logo"]}.png 1x, {base}/wp-content/uploads/2024/02/{s["logo"]}@2x.png 2x" width="260" height="60" style="max-height:60px;height:auto;" alt="{A(site)} Logo" data-retina_logo_url="{base}/wp-content/uploads/2024/02/{s["logo"]}@2x.png" class="fusion-standard-logo" />

											<!-- mobile logo -->
				<img src="{base}/wp-content/uploads/2024/02/{s["logo"]}-mobile.png" srcset="{base}/wp-content/uploads/2024/02/{s["logo"]}-mobile.png 1x" width="160" height="37" alt="{A(site)} Logo" data-retina_logo_url="" class="fusion-mobile-logo" />
			
					</a>
		</div>		<nav class="fusion-main-menu" aria-label="Main Menu"><div class="fusion-overlay-search">		<form role="search" class="searchform fusion-search-form  fusion-search-form-clean" method="get" action="{base}/">
			<div class="fusion-search-form-content">
				<div class="fusion-search-field search-field">
					<label><span class="screen-reader-text">{E(c["search"])}</span>
													<input type="search" value="" name="s" class="s" placeholder="{A(c["search"])}" required aria-required="true" aria-label="{A(c["search"])}"/>
											</label>
				</div>
				<div class="fusion-search-button search-button">
					<input type="submit" class="fusion-search-submit searchsubmit" aria-label="{A(c["search"])}" value="&#xf002;" />
								</div>
			</div>
		</form>
		<div class="fusion-search-spacer"></div><a href="#" role="button" aria-label="Close Search" class="fusion-close-search"></a></div><ul id="menu-main-menu" class="fusion-menu">{menu}<li class="fusion-custom-menu-item fusion-main-menu-search fusion-search-overlay"><a class="fusion-main-menu-icon" href="#" aria-label="Search" data-title="Search" title="Search" role="button" aria-expanded="false"></a></li></ul></nav>	<div class="fusion-mobile-menu-icons">
							<a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu" aria-expanded="false"></a>
		
					<a href="#" class="fusion-icon awb-icon-search" aria-label="Toggle mobile search"></a>
		
			</div>

<nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-left" aria-label="Main Menu Mobile"></nav>

		
<div class="fusion-clearfix"></div>
<div class="fusion-mobile-menu-search">
			<form role="search" class="searchform fusion-search-form  fusion-search-form-clean" method="get" action="{base}/">
			<div class="fusion-search-form-content"><div class="fusion-search-field search-field"><label><span class="screen-reader-text">{E(c["search"])}</span><input type="search" value="" name="s" class="s" placeholder="{A(c["search"])}" required aria-required="true" aria-label="{A(c["search"])}"/></label></div></div>
		</form>
		</div>
			</div>
</div>
				</div>
				<div class="fusion-clearfix"></div>
			</header>
							
						<div id="sliders-container" class="fusion-slider-visibility">
					</div>
				
				
			
			<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar">
	<div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-left">
		<div class="fusion-page-title-row">
			<div class="fusion-page-title-wrapper">
				<div class="fusion-page-title-captions">

																							<h2 class="">{E(cat)}</h2>

									</div>

															<div class="fusion-page-title-secondary">
							<nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" aria-label="Breadcrumb"><span><span><a href="{base}/">{E(c["home"])}</a></span> &raquo; <span><a href="{base}/category/{cat_slug}/">{E(cat)}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{E(art["title"])}</span></span></nav>						</div>
									
			</div>
		</div>
	</div>
</section>

						<main id="main" class="clearfix ">
				<div class="fusion-row" style="">

<section id="content" style="width: 100%;">
	
					<article id="post-{s["post_id"]}" class="post post-{s["post_id"]} type-post status-publish format-standard has-post-thumbnail hentry category-{cat_slug}">
						
														<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow">
				<ul class="slides">
																<li>
																																<a href="{up}/{img}" data-rel="iLightbox[gallery{s["post_id"]}]" title="" data-title="{A(wp_slug(art["caption"], 40))}" data-caption="" aria-label="{A(wp_slug(art["caption"], 40))}">
										<span class="screen-reader-text">{E(c["view_larger"])}</span>
										<img width="1200" height="800" src="{up}/{img}" class="attachment-full size-full wp-post-image" alt="" decoding="async" fetchpriority="high" />									</a>
																					</li>

																																																																																																															</ul>
			</div>
						
															<h1 class="entry-title fusion-post-title">{E(art["title"])}</h1>										<div class="post-content">
				<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-border-radius-top-left:0px;--awb-border-radius-top-right:0px;--awb-border-radius-bottom-right:0px;--awb-border-radius-bottom-left:0px;--awb-flex-wrap:wrap;" ><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start fusion-flex-content-wrap" style="max-width:1216.8px;margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-flex-column" style="--awb-bg-size:cover;--awb-width-large:100%;--awb-margin-top-large:0px;--awb-spacing-right-large:1.92%;--awb-margin-bottom-large:20px;--awb-spacing-left-large:1.92%;--awb-width-medium:100%;--awb-order-medium:0;--awb-spacing-right-medium:1.92%;--awb-spacing-left-medium:1.92%;--awb-width-small:100%;--awb-order-small:0;--awb-spacing-right-small:1.92%;--awb-spacing-left-small:1.92%;"><div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start fusion-content-layout-column">
{content}
</div></div></div></div>
							</div>

												<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">{E(c["by"])} <span class="vcard"><span class="fn"><a href="{base}/author/{wp_slug(art["byline"], 40)}/" title="{A(c["posts_by"].format(a=art["byline"]))}" rel="author">{E(art["byline"])}</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{mod}</span><span>{E(avada_date(lang, art["date"]))}</span><span class="fusion-inline-sep">|</span>{E(c["cats"])} <a href="{base}/category/{cat_slug}/" rel="category tag">{E(cat)}</a><span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="{url}#respond">{E(c["comments"])}</a></span></div></div>													<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box">
		<h4>{E(c["share"])}</h4>
		<div class="fusion-social-networks boxed-icons"><div class="fusion-social-networks-wrapper">{shares}<div class="fusion-clearfix"></div></div></div>	</div>
													<section class="about-author">
																					<div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;">
					<h3 class="title-heading-left" style="margin:0;">
						{E(c["about"])} <a href="{base}/author/{wp_slug(art["byline"], 40)}/" title="{A(c["posts_by"].format(a=art["byline"]))}" rel="author">{E(art["byline"])}</a>					</h3>
					<span class="awb-title-spacer"></span>
					<div class="title-sep-container">
						<div class="title-sep sep-double sep-solid"></div>
					</div>
				</div>
										<div class="about-author-container fusion-author">
							<div class="avatar fusion-author-avatar">
								<img alt='' src='https://secure.gravatar.com/avatar/{"%032x" % rng.getrandbits(128)}?s=72&#038;d=mm&#038;r=g' class='avatar avatar-72 photo' height='72' width='72' decoding='async'/>							</div>
							<div class="description fusion-author-info">
								{E(s["author_desc"])}							</div>
						</div>
					</section>
								<section class="related-posts single-related-posts">
					<div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;">
					<h3 class="title-heading-left" style="margin:0;">
						{E(c["related"])}					</h3>
					<span class="awb-title-spacer"></span>
					<div class="title-sep-container">
						<div class="title-sep sep-double sep-solid"></div>
					</div>
				</div>
				
	
	
	
					<div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="4" data-itemmargin="48px" data-itemwidth="180" data-scrollitems="">
		<div class="swiper-wrapper">
{related}
		</div><!-- swiper-wrapper -->
				<div class="awb-swiper-button awb-swiper-button-prev"><i class="awb-icon-angle-left"></i></div><div class="awb-swiper-button awb-swiper-button-next"><i class="awb-icon-angle-right"></i></div>	</div><!-- fusion-carousel -->
</section><!-- related-posts -->


																	
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div id="comment-textarea"><label class="screen-reader-text" for="comment">{E(c["comment_ph"])}</label><textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" tabindex="0" class="textarea-comment" placeholder="{A(c["comment_ph"])}"></textarea></div><div id="comment-input"><input id="author" name="author" type="text" value="" placeholder="{A(c["name_ph"])}" size="30" aria-required="true" aria-label="{A(c["name_ph"])}"/>
<input id="email" name="email" type="email" value="" placeholder="{A(c["email_ph"])}" size="30"  aria-required="true" aria-label="{A(c["email_ph"])}"/>
<input id="url" name="url" type="url" value="" placeholder="{A(c["web_ph"])}" size="30" aria-label="URL" /></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="fusion-button fusion-button-default fusion-button-default-size" value="{A(c["submit"])}" /> <input type='hidden' name='comment_post_ID' value='{s["post_id"]}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
														</article>
	</section>
						
					</div>  <!-- fusion-row -->
				</main>  <!-- #main -->
				
				
								
					
		<div class="fusion-footer">
					
	<footer class="fusion-footer-widget-area fusion-widget-area">
		<div class="fusion-row">
			<div class="fusion-columns fusion-columns-4 fusion-widget-area">
				
																									<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
							<section id="text-2" class="fusion-footer-widget-column widget widget_text" style="border-style: solid;border-color:transparent;border-width:0px;"><h4 class="widget-title">{E(w_about[0])}</h4>			<div class="textwidget"><p>{E(w_about[1])}</p>
</div>
		<div style="clear:both;"></div></section>																					</div>
																										<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
							
		<section id="recent-posts-3" class="fusion-footer-widget-column widget widget_recent_entries" style="border-style: solid;border-color:transparent;border-width:0px;">
		<h4 class="widget-title">{E(w_recent[0])}</h4>
		<ul>{recent}</ul>
		<div style="clear:both;"></div></section>																					</div>
																										<div class="fusion-column col-lg-3 col-md-3 col-sm-3">
							<section id="categories-2" class="fusion-footer-widget-column widget widget_categories" style="border-style: solid;border-color:transparent;border-width:0px;"><h4 class="widget-title">{E(w_cats[0])}</h4>
			<ul>{cats}</ul>
			<div style="clear:both;"></div></section>																					</div>
																										<div class="fusion-column fusion-column-last col-lg-3 col-md-3 col-sm-3">
							<section id="text-3" class="fusion-footer-widget-column widget widget_text" style="border-style: solid;border-color:transparent;border-width:0px;"><h4 class="widget-title">{E(w_contact[0])}</h4>			<div class="textwidget"><p>{E(w_contact[1])}</p>
</div>
		<div style="clear:both;"></div></section>																					</div>
																											
				<div class="fusion-clearfix"></div>
			</div> <!-- fusion-columns -->
		</div> <!-- fusion-row -->
	</footer> <!-- fusion-footer-widget-area -->

	
	<footer id="footer" class="fusion-footer-copyright-area">
		<div class="fusion-row">
			<div class="fusion-copyright-content">

				<div class="fusion-copyright-notice">
		<div>
		{E(s["copyright"])}	</div>
	</div>
<div class="fusion-social-links-footer">
	<div class="fusion-social-networks"><div class="fusion-social-networks-wrapper">{socials}</div></div></div>

			</div> <!-- fusion-fusion-copyright-content -->
		</div> <!-- fusion-row -->
	</footer> <!-- #footer -->
		</div> <!-- fusion-footer -->

		
																</div> <!-- wrapper -->
		</div> <!-- #boxed-wrapper -->
				<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">{E(c["page_load"])}</a>

		<div class="avada-footer-scripts">
			<script type="text/javascript">var fusionNavIsCollapsed=function(e){{var t,n;window.innerWidth<=e.getAttribute("data-breakpoint")?(e.classList.add("collapse-enabled"),e.classList.remove("awb-menu_desktop"),e.classList.contains("expanded")||window.dispatchEvent(new Event("fusion-mobile-menu-collapsed",{{bubbles:!0,cancelable:!0}}))):(null!==e.querySelector(".menu-item-has-children.expanded .awb-menu__sub-a")&&e.querySelector(".menu-item-has-children.expanded .awb-menu__sub-a").click(),e.classList.remove("collapse-enabled"),e.classList.add("awb-menu_desktop"))}};</script>
		<div class="fusion-privacy-bar fusion-privacy-bar-bottom">
	<div class="fusion-privacy-bar-main">
		<span>{E(s["privacy"])} <a href="{base}/privacy-policy/">{E(s["privacy_link"])}</a>
							<a href="#" class="fusion-privacy-bar-learn-more">{E(c["settings"])} <i class="awb-icon-angle-down" aria-hidden="true"></i></a>
					</span>
		<a href="#" class="fusion-privacy-bar-acceptance fusion-button fusion-button-default fusion-button-default-size fusion-button-span-no" data-alt-text="{A(c["update"])}" data-orig-text="{A(c["accept"])}">
			{E(c["accept"])}		</a>
			</div>
	</div>
	<div class="to-top-container to-top-right">
		<a href="#" id="toTop" class="fusion-top-top-link">
			<span class="screen-reader-text">{E(c["top"])}</span>

					</a>
	</div>
	<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
{vars_js}
<script type="text/javascript" src="{base}/wp-content/uploads/fusion-scripts/{"%032x" % rng.getrandbits(128)}.min.js{ver}" id="fusion-scripts-js"></script>
				<script type="text/javascript">
				jQuery( document ).ready( function() {{
					var ajaxurl = '{base}/wp-admin/admin-ajax.php';
					if ( 0 < jQuery( '.fusion-login-nonce' ).length ) {{
						jQuery.get( ajaxurl, {{ 'action': 'fusion_login_nonce' }}, function( response ) {{
							jQuery( '.fusion-login-nonce' ).html( response );
						}});
					}}
				}});
				</script>
						</div>

		</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Avada's text elements and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"avada": ["share", "bio", "related"]}  # (the sharing box, the author box and the related posts in the article)
for _mod, _names in ((mp2, ["regional"]), (mp3, ["drupal"]), (mp4, ["fusion"]), (mp6, ["typo3"]), (mp7, ["sanity"]),
                     (mp8, ["blox"]), (mp11, ["hugo"]), (mp12, ["joomla4"]), (mp19, ["ucoz"]), (mp76, ["jimdo"]),
                     (mp65, ["kentico"]), (mp84, ["framer"]), (mp86, ["orchardcore"]), (mp53, ["modx"]),
                     (mp50, ["djangocms"]), (mp37, ["umbraco"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "snowwardens", "blooddonors", "councilrebates"]
NEW_FAMILIES = ["snowwardens", "blooddonors", "councilrebates"]
# what an earlier docstring would say if it had described one of them
# (the names, and the descriptions this part gives them; make_heldout42's "blood" family -- session finders -- and
# make_heldout57's "counciltax" family -- band checkers with a discounts box -- are near in subject, see the docstring)
NEW_FAMILY_WORDS = {"snowwardens": ["snowwardens", "snow warden", "snow-warden", "schneepate"],
                    "blooddonors": ["blooddonors", "blood-donation session listing", "donation session listing"],
                    "councilrebates": ["councilrebates", "council tax rebate", "council-tax rebate", "rebate and discount panel"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a village association's or a village website would not carry (no newsroom to credit a photograph to, to
# update a story or to have reporters, no adverts, app or paywall), nor a town hall's news page (no adverts, app,
# paywall, reporters' bios, tip lines or comments)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
NOT_ON_PUBLIC = {"ad", "app", "bio", "tip", "typo", "credit", "comments", "standards", "continue", "embed", "poll",
                 "newsletter", "audio", "push"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "public": NOT_ON_PUBLIC}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="thirdparty-gate-q98"><p class="thirdparty-gate-q98__t">%s</p><button class="thirdparty-gate-q98__b" type="button">OK</button></div>',
               '<p class="embed-wait-q98">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="daybreak-signup-q98"><p class="daybreak-signup-q98__t">%s</p><a class="daybreak-signup-q98__a" href="/newsletters/daybreak">&#8250;</a></div>',
                   '<p class="meter-wall-q98">%s</p>', '<h5 class="daybreak-head-q98">%s</h5>'],
    "share": ['<ul class="tell-town-q98">{items}</ul>', '<div class="tell-town-row-q98">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="family-pic-q98">%s</p>', '<span class="supplied-tag-q98">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="no-copy-q98">%s</p>', '<div class="written-permission-q98"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="valley-crumb-q98">%s</p>', '<h6 class="valley-kicker-q98">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="ornament-line-q98">%s</p>', '<div class="dotted-break-q98">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="extra-reporting-q98">%s</p>', '<div class="team-credit-q98">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-echo-q98"><b>%s</b></p>', '<h2 class="headline-dup-q98">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advertiser-slot-q98">%s</div>', '<p class="scroll-on-q98">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="tap-more-q98"><a href="#more">%s</a></p>', '<div class="expand-story-q98">%s</div>', '<div><a href="#more"><b>%s</b></a></div>'],
    "comments": ['<p class="had-say-q98"><a href="#comments">%s</a></p>', '<div class="say-count-q98">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="reading-mins-q98">%s</p>', '<span class="reading-chip-q98">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="story-updated-q98"><time>%s</time></p>', '<div class="update-stamp-q98">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-q98"><button class="read-aloud-q98__btn" type="button" aria-label="Play"></button><span class="read-aloud-q98__l">%s</span></div>',
              '<p class="listen-line-q98"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="error-fixed-q98"><p>%s</p></aside>', '<p class="amended-note-q98"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="pocket-app-q98"><p class="pocket-app-q98__t">%s</p><a class="pocket-app-q98__a" href="/app">&#8595;</a></div>',
            '<p class="app-nudge-q98">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="covers-beat-q98"><p class="covers-beat-q98__t">%s</p></div>', '<p class="writer-note-q98"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-q98"><p>%s</p></div>', '<p class="call-desk-q98">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="typo-flag-q98"><p>%s</p></div>', '<p class="highlight-report-q98">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="alerts-ask-q98"><p class="alerts-ask-q98__q">%s</p></div>', '<ul class="alerts-opts-q98">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="report-tools-q98">{items}</ul>', '<p class="tools-line-q98">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="worth-time-q98"><p class="worth-time-q98__q">%s</p></div>', '<ul class="worth-time-opts-q98">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-q98"><p>%s</p></div>', '<p class="complain-to-q98"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-q98"><span class="more-on-q98__t">%s</span></div>', '<ul class="more-on-list-q98">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-q98"><a class="reading-list-q98__a" href="#list">%s</a></div>', '<p class="add-list-q98"><a href="#list">%s</a></p>',
                 '<div><a href="#list">%s</a></div>'],
    "poll": ['<div class="have-say-q98"><p class="have-say-q98__q">%s</p><button class="have-say-q98__b" type="button">Vote</button></div>',
             '<ul class="have-say-opts-q98">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-q98"><a class="clip-facade-q98__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({snowlist}: what wardens do, and the kit, insurance and how to sign up, as
    # a list; {snowrows}: the tasks as a table; {snowdl}: kit, insurance and signing up as a definition list;
    # {bloodlist}, {bloodrows}, {blooddl}: the sessions with their venue, date and times, and who can give, booking and
    # the day; {rebatelist}, {rebaterows}, {rebatedl}: the discounts and their amounts, and who qualifies, the
    # deadline and how to claim)
    "snowwardens": ['<div class="warden-scheme-q98"><h4 class="warden-scheme-q98__hd">%s</h4><ul class="warden-scheme-q98__list">{snowlist}</ul></div>',
                    '<div class="warden-kit-q98"><p class="warden-kit-q98__hd"><strong>%s</strong></p><table class="warden-kit-q98__tbl">{snowrows}</table></div>',
                    '<p class="warden-signup-q98"><a href="/winterdienst/schneepaten">%s</a></p>',
                    '<div class="warden-card-q98"><h5 class="warden-card-q98__hd">%s</h5><dl class="warden-card-q98__dl">{snowdl}</dl></div>'],
    "blooddonors": ['<aside class="donor-sessions-q98"><h4 class="donor-sessions-q98__hd">%s</h4><ul class="donor-sessions-q98__list">{bloodlist}</ul></aside>',
                    '<div class="session-times-q98"><p class="session-times-q98__hd"><b>%s</b></p><table class="session-times-q98__tbl">{bloodrows}</table></div>',
                    '<p class="donor-book-q98"><a class="donor-book-q98__a" href="/sante/don-du-sang">%s</a></p>',
                    '<div class="donor-card-q98"><h5 class="donor-card-q98__hd">%s</h5><dl class="donor-card-q98__dl">{blooddl}</dl></div>'],
    "councilrebates": ['<div class="discount-check-q98"><h4 class="discount-check-q98__hd">%s</h4><ul class="discount-check-q98__list">{rebatelist}</ul></div>',
                       '<div class="rebate-table-q98"><p class="rebate-table-q98__hd"><strong>%s</strong></p><table class="rebate-table-q98__tbl">{rebaterows}</table></div>',
                       '<p class="rebate-apply-q98"><a class="rebate-apply-q98__btn" role="button" href="/impuestos/bonificacion-ibi">%s</a></p>',
                       '<div class="rebate-card-q98"><h5 class="rebate-card-q98__hd">%s</h5><dl class="rebate-card-q98__dl">{rebatedl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/daybreak"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "snowwardens": (0.0, [' <a href="/winterdienst/schneepaten"><strong>%s</strong></a>']),
          "blooddonors": (0.0, ['<br><a href="/sante/don-du-sang"><b>%s</b></a>']),
          "councilrebates": (0.0, [' <a class="btn" href="/impuestos/bonificacion-ibi"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "snowwardens": 2, "blooddonors": 2, "councilrebates": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-q98"><img src="/media/{id}-inline.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-img.jpg" alt="" width="620"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="valley-also-q98"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="nearby-news-q98"><p class="nearby-news-q98__hd">%s</p><ul>%s</ul></aside>',
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
    if "{snow" in style:
        out = (out.replace("{snowlist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in SNOW_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in SNOW_INFO[lang]))
               .replace("{snowrows}", table(SNOW_HEAD[lang], SNOW_ROWS[lang])).replace("{snowdl}", dl(SNOW_INFO[lang])))
    if "{blood" in style:
        out = (out.replace("{bloodlist}", "".join('<li><strong>%s</strong> — %s, %s</li>' % tuple(esc(x) for x in r) for r in BLOOD_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BLOOD_INFO[lang]))
               .replace("{bloodrows}", table(BLOOD_HEAD[lang], BLOOD_ROWS[lang])).replace("{blooddl}", dl(BLOOD_INFO[lang])))
    if "{rebate" in style:
        out = (out.replace("{rebatelist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in REBATE_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in REBATE_INFO[lang]))
               .replace("{rebaterows}", table(REBATE_HEAD[lang], REBATE_ROWS[lang])).replace("{rebatedl}", dl(REBATE_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "snowwardens": rng.choice([mid, n, n]),
               "blooddonors": rng.choice([mid, n]), "councilrebates": rng.choice([0, mid, n])}.get(fam, mid)
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
# Avada's dropcap shortcode ([fusion_dropcap]) as the Fusion Builder renders it
DROPCAP = {"avada": ("span", '<span class="fusion-dropcap dropcap fusion-dropcap-1" style="--awb-text-color:#1f4e79;">%s</span>')}
# djangocms-text's styled box (a Bootstrap card the editor picked from the style menu) around a subheading and its paragraph
BOX = {"djangocms": ("wrap", '<div class="card bg-light mb-3"><div class="card-body">\n', "\n</div></div>")}
# BLOX's inline fact box (an asset of type "infobox" placed in the story) around a subheading and its list
FACTBOX = {"blox": ("wrap", '<div class="asset-infobox tncms-inline-asset" data-asset-type="infobox"><div class="infobox-content">\n', "\n</div></div>")}
# Kentico's widget for a highlighted note around a paragraph
CALLOUT = {"kentico": ('<div class="widget-callout widget-callout--info" data-widget-type="Callout"><p>', "</p></div>")}
BOLD = {}
ITALIC = {}
# a highlight: Avada's highlight shortcode ([fusion_highlight]); a <mark> elsewhere
HIGHLIGHT = {"avada": ('<span class="fusion-highlight highlightcolor1" style="background-color:#fff3a8;">', "</span>")}


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
# templates: avada is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"avada": tpl_avada, "regional": mp2.tpl_regional, "drupal": mp3.tpl_drupal, "fusion": mp4.tpl_fusion,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox, "hugo": mp11.tpl_hugo,
                 "joomla4": mp12.tpl_joomla4, "ucoz": mp19.tpl_ucoz, "jimdo": mp76.tpl_jimdo, "kentico": mp65.tpl_kentico,
                 "framer": mp84.tpl_framer, "orchardcore": mp86.tpl_orchardcore, "modx": mp53.tpl_modx,
                 "djangocms": mp50.tpl_djangocms, "umbraco": mp37.tpl_umbraco}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h96), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "avada"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"jimdo": (mp76, "JIMDO_SITES"), "kentico": (mp65, "KENTICO"), "framer": (mp84, "FRAMER_SITES"),
              "orchardcore": (mp86, "ORCHARD_SITES"), "modx": (mp53, "MODX"), "djangocms": (mp50, "DJANGOCMS"),
              "umbraco": (mp37, "UMBRACO")}


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
            rng = random.Random("newsflow-heldout98-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI98[lang]
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
    # layouts: avada (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the avada pages: a site of AVADA_SITES in its own language (AVADA_CORE); of the looks only those the theme's text
    # editor sets (bold, italic, a highlight, a line break); the later layouts keyed by site name: a site this part
    # adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in AVADA_SITES or a["lang"] not in AVADA_CORE
                                       or AVADA_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in AVADA_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: avada page needs an Avada site in its language and the text element's looks only" % a["id"])
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
    avada_sites = [{k: v for k, v in d.items() if k not in AVADA_EXEMPT} for d in AVADA_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (AVADA_CORE, SNOW_HEAD, BLOOD_HEAD and REBATE_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("AVADA_SITES", avada_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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







