#!/usr/bin/env python3
"""Ninety-fifth held-out part (h95-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout95.py           # write pages/h95-*.html
    python benchmarks/data/extraction/make_heldout95.py --check   # verify pages/h95-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout95.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout96.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout94.py and make_heldout93.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h95_en.py / articles_h95_intl.py (fictional local and regional outlets, a volunteer news page,
a tradesmen's association, a village website, a one-person newsletter and a residents' association, in invented
places -- Marlcombe and the Tamsey valley, Karaçam and Sarıdere, Ellerbach in the Mühlgrund, Vaucrozet on the Lise,
Peñaverde and the vega del Cárdeno, Ольховец and Кедровый --; every name and number invented).  The residue wordings
-- thirty of the generic families of the earlier parts (one wording each in every language, two for the newsletter,
whose first is the pitch run into a paragraph, and for the embed) plus three new ones -- their wrapper class names,
related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings
are new here: verify() refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels,
furniture strings, widget rows, headlines, tags or site names of make_heldout2..94, if a wrapper class name of an
earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if
a story paragraph or headline of an earlier part (h93 and h94 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a reason in a story
(calendar, map, gallery, scores) are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table,
a link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only
on the third carrier --, a definition-list card): ice-rink public session timetables (icerinksessions: the sessions
with their times and prices, and skate hire, booking and the rules on the ice) on an English town's Christmas rink
on its market square (the new layout: the list), an English leisure centre's resurfacer driver retiring after forty
winters (the table), a German town's rink on the Christmas market square (the "book a session" button, run into the
last paragraph) and a Spanish town's Christmas rink on its plaza Mayor (the card); street-food truck rotas
(foodtruckrota: which van on which day and when, and the pitch, paying and seating) on English street food vans on
a business park (the list), an English riverside summer festival's food court (the table), a Turkish tradesmen's
association's summer evenings of food trucks on a square (the "this week's rota" button, left as a block of its
own) and a French newsletter on food trucks on a market square on Thursday evenings (the card); needle and sharps
disposal point lists (sharpsbins: the drop-off points with their hours and what they take, and what to do on
finding a needle, how soon it is removed and what to do after a needle-stick) on English sharps bins in a park
after needles were found near a play area (the list), a Turkish pharmacy scheme after syringes in a park's sandpit
(the table), a German town's disposal boxes at a playground (the "report a needle" link, run into the last
paragraph) and a French neighbourhood's clean-up of a square (the card).  Only the languages that carry a new family
have its rows (WIDGET_LANGS); the tables' heads (RINK_HEAD, TRUCK_HEAD, SHARPS_HEAD) are the web teams' generic
strings and not checked; the rows (RINK_ROWS, RINK_INFO, TRUCK_ROWS, TRUCK_INFO, SHARPS_ROWS, SHARPS_INFO) are, cell
by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the volunteer news page and the tradesmen's association on Mobirise, the village
websites on Jekyll and Eleventy and the residents' association on Webnode -- no newsroom to credit a photograph to,
update a story or send reporters --, "indie" for the one-person newsletter on beehiiv -- no ads, app, newsroom or
reporters); a correction box goes only on a story that was corrected, with that story's own wording (the size of an
English school choir, the page's only residue).  Residue markup varies as on real pages: classed boxes, bars,
cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans,
buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the rink's booking button, the needle report link; only one line in any
paragraph) or a section tag run into the start of the first paragraph.  On the new layout, residue the owner pasted
sits among the paragraphs of the article block.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a
class on the paragraph, on wordpress), italics (a one-line quote on the English Mobirise page), bold (a one-line
paragraph on both Mobirise pages: "This year the ice is real.", "Gelirin bir kısmı meydanın bakımına gidecek."), a
highlighted sentence (a TinyMCE background colour on tagdiv), a paragraph in a box (a block-editor group on
wordpress: what to do after a needle-stick), a fact box holding a subheading and its list (Escenic's fact box
relation: a festival in numbers), a callout (Grav's markdown notice around the vans' pitch fee), a paragraph typed
after a <br> (Shift+Enter, on the English Mobirise page and on octobercms); story structures that look like furniture
but are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "Was it hard to
learn?", "Und die Wölfe?", "А самые благодарные читатели?" --, in English, German and Russian: a rink's resurfacer
driver after forty winters, a travelling shepherdess, a village librarian after forty years), lists inside the
story (what business park tenants asked for, a festival in numbers, a square's food truck rules, a market's trucks,
what irrigators promised), crossheads as headings (a festival's sponsor, a minibus's passengers, a village school
library, a square's clean-up, a river clean-up) and as bold paragraphs (a rink's builder, a town's response to
needles, a rink's prices), one-line quotes and short one-line paragraphs ("It was like skating on a chopping
board.", "This year the ice is real.", "Le premier jour, la boulangerie a vendu 310 baguettes avant midi."), a
closing line with practical information (a rink's dates, the vans' hours, a needle report, a farewell hot
chocolate, a pub's hours, a festival's parking, a call for drivers, a trip form, a square's opening evening, a
library's Saturday hours, a rink's dates, a shearing day, a first food truck evening, a bakery's hours, a second
clean-up, a rink's opening, the irrigation works, a museum's hours, a library's hours, a bus timetable), and story
sentences that use furniture words in ordinary reporting ("Share the path" opening a story, "Residents can follow
the build on the council's Facebook page" closing one, "subscribed for shares", "the parish newsletter", "can contact
Gwen Parfitt", "Fotos der Funde", "sosyal medyada paylaştı", "transférez-la à un voisin"), some at the start or end
of a story.  Two pages carry no residue at all (an English lifeboat on portal and a Russian bus route on amp) and
one only its correction line (an English school choir on cms).
One page layout is new (mobirise: a page made with the Mobirise offline site builder, on two pages, an English
volunteer news page and a Turkish tradesmen's association; see the section of the layout below).  Mobirise's own
strings (MOBI_CORE) are left as they ship and not checked; the sites' own strings (MOBI_SITES, MOBI_CARDS) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, portal, semantic (make_pages.py), textpattern (make_heldout27.py), grav (make_heldout29.py), tagdiv
(make_heldout30.py), jekyll (make_heldout47.py), astro (make_heldout55.py), eleventy (make_heldout58.py),
expressionengine (make_heldout66.py), escenic (make_heldout67.py), chorus (make_heldout71.py), methode
(make_heldout73.py), wpbakery (make_heldout74.py), shorthand (make_heldout75.py), beehiiv (make_heldout77.py),
bricks (make_heldout78.py), octobercms (make_heldout80.py) and webnode (make_heldout90.py) --, none of them in the
language h93 or h94 gave it, and 16 of them (all but the six first-round layouts) used by none of h91 .. h94 (9
English pages, 3 in each other language but Turkish, which has 2 besides its Mobirise page: English on grav, tagdiv,
textpattern, jekyll, escenic, bricks, portal and cms; Turkish on wordpress and table; German on octobercms, methode
and semantic; French on beehiiv, eleventy and chorus; Spanish on wpbakery, astro and webnode; Russian on shorthand,
expressionengine and amp); while a page is rendered, the earlier modules' related headlines, the strings that belong
to one site rather than to the platform (see SITE_STRINGS: the later layouts keyed by site name get this part's own
sites added, those keyed by language -- Grav, tagDiv, Textpattern -- get their English entry replaced in full) and
the residue pools those helpers draw from themselves (the table layout's sidebar advert) are swapped for this part's
own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h95_en import ARTICLES as H95_EN  # noqa: E402
from articles_h95_intl import ARTICLES as H95_INTL  # noqa: E402


ARTICLES = H95_EN + H95_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94)
# parts whose layouts' languages this part avoids (the two latest finished parts; h96 is written at the same time
# and was not read)
LANG_PARTS = (mp93, mp94)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp91, mp92, mp93, mp94)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h95"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Tamsey Valley Courier", "Marlcombe Live", "Marlcombe Weekly Advertiser", "Staithe End Observer",
           "Tamsey Valley Radio News"],
    "tr": ["Karaçam Haber", "Sarıdere Postası"],
    "de": ["Ellerbach aktuell"],
    "fr": [],
    "es": [],
    "ru": ["Ольховец-инфо"],
}
# sites fixed per page (the two Mobirise sites, and the sites of the later layouts keyed by site name: a village
# website on Jekyll, an evening paper on Escenic, a news site on Bricks, a German online paper on October CMS, a
# German local paper on Méthode, a French newsletter on beehiiv, a village site on Eleventy, a neighbourhood site on
# Chorus, a Spanish weekly on WPBakery, a non-profit newsroom on Astro, a residents' association on Webnode, a
# Russian paper's long reads on Shorthand and a Russian town paper on ExpressionEngine) are given in the stories'
# "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h94 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Turn on social media cookies to see this Tamsey valley post"],
        "tr": ["Bu Karaçam paylaşımını görmek için sosyal medya çerezlerine izin verin"],
        "de": ["Aktivieren Sie Social-Media-Cookies, um diesen Beitrag aus dem Mühlgrund zu sehen"],
        "fr": ["Activez les cookies des réseaux sociaux pour afficher cette publication de la vallée de la Lise"],
        "es": ["Activa las cookies de redes sociales para ver esta publicación de la vega del Cárdeno"],
        "ru": ["Включите cookie социальных сетей, чтобы увидеть эту публикацию из Ольховца"],
    },
    "newsletter": {
        "en": ["Get the Tamsey Tea-Time email: Marlcombe's news at five, free on weekdays",
               "You've read three Marlcombe stories this month. Sign in free to carry on"],
        "tr": ["Karaçam İkindi bülteni hafta içi her gün saat beşte e-postanızda, ücretsiz",
               "Bu ay üç Karaçam haberi okudunuz. Devam etmek için ücretsiz giriş yapın"],
        "de": ["Der Mühlgrund-Feierabend kommt werktags um fünf, kostenlos per E-Mail",
               "Sie haben diesen Monat drei Ellerbacher Artikel gelesen. Melden Sie sich kostenlos an, um weiterzulesen"],
        "fr": ["La Lise à 17 h, le courriel gratuit de l'actualité de Vaucrozet chaque jour de semaine",
               "Vous avez lu trois articles de Vaucrozet ce mois-ci. Connectez-vous gratuitement pour continuer"],
        "es": ["La Merienda del Cárdeno, las noticias de Peñaverde a las cinco en tu correo, gratis",
               "Has leído tres noticias de Peñaverde este mes. Inicia sesión gratis para seguir"],
        "ru": ["«Ольховец в пять» — бесплатная рассылка новостей города по будням",
               "В этом месяце вы прочитали три материала об Ольховце. Войдите бесплатно, чтобы продолжить"],
    },
    "share": {
        "en": ["Pass it on in Marlcombe: Facebook · WhatsApp · Threads · Copy link"],
        "tr": ["Karaçam'da paylaşın: Facebook · WhatsApp · Threads · Bağlantıyı kopyala"],
        "de": ["Im Mühlgrund weitersagen: Facebook · WhatsApp · Threads · Link kopieren"],
        "fr": ["Faites passer à Vaucrozet : Facebook · WhatsApp · Threads · Copier le lien"],
        "es": ["Compártelo en Peñaverde: Facebook · WhatsApp · Threads · Copiar enlace"],
        "ru": ["Поделитесь в Ольховце: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку"],
    },
    "photo": {
        "en": ["Picture: Tamsey valley reader's own"],
        "tr": ["Fotoğraf: Karaçamlı bir okurumuzdan"],
        "de": ["Foto: privat, eingesandt aus dem Mühlgrund"],
        "fr": ["Photo : envoyée par un lecteur de la vallée de la Lise"],
        "es": ["Foto: enviada por un lector de la vega del Cárdeno"],
        "ru": ["Фото прислал читатель из Ольховца"],
    },
    "copyright": {
        "en": ["Copying this Marlcombe article in full or in part without the consent of {site} is not allowed."],
        "tr": ["Bu Karaçam haberinin tamamı ya da bir kısmı {site} onayı olmadan kopyalanamaz."],
        "de": ["Die vollständige oder teilweise Übernahme dieses Ellerbacher Artikels ohne Zustimmung von {site} ist nicht gestattet."],
        "fr": ["Toute reprise de cet article de Vaucrozet, même partielle, sans l'accord de {site} est interdite."],
        "es": ["Queda prohibida la copia total o parcial de esta noticia de Peñaverde sin el consentimiento de {site}."],
        "ru": ["Полное или частичное копирование материала об Ольховце без согласия «{site}» запрещено."],
    },
    "section": {
        "en": ["Tamsey valley › {section}"],
        "tr": ["Karaçam › {section}"],
        "de": ["Mühlgrund › {section}"],
        "fr": ["Vallée de la Lise › {section}"],
        "es": ["Vega del Cárdeno › {section}"],
        "ru": ["Ольховец › {section}"],
    },
    "related": {
        "en": ["Also making news in the Tamsey valley"],
        "tr": ["Karaçam'da bunlar da konuşuluyor"],
        "de": ["Was den Mühlgrund sonst bewegt"],
        "fr": ["Ce qui fait aussi l'actualité dans la vallée de la Lise"],
        "es": ["También es noticia en la vega del Cárdeno"],
        "ru": ["О чём ещё говорят в Ольховце"],
    },
    "symbol": {"*": ["❅ ❅ ❅", "— ❄ —", "· ◇ · ◇ ·"]},
    "credit": {
        "en": ["With reporting from the {site} Marlcombe desk"],
        "tr": ["Katkı: {site} Karaçam masası"],
        "de": ["Unter Mitarbeit der Ellerbacher Redaktion von {site}"],
        "fr": ["Avec le bureau de {site} à Vaucrozet"],
        "es": ["Con información de la delegación de {site} en Peñaverde"],
        "ru": ["При участии ольховецкого корпункта «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · the Tamsey valley story carries on after this"],
        "tr": ["Sponsorlu · Karaçam haberi bunun ardından devam ediyor"],
        "de": ["Gesponsert · der Mühlgrund-Artikel geht danach weiter"],
        "fr": ["Sponsorisé · l'article de la vallée de la Lise continue après"],
        "es": ["Patrocinado · la noticia de la vega del Cárdeno sigue después"],
        "ru": ["Спонсорский блок · материал об Ольховце продолжится после него"],
    },
    "continue": {
        "en": ["Show the rest of this Marlcombe report"],
        "tr": ["Karaçam haberinin devamını göster"],
        "de": ["Den Rest des Ellerbacher Artikels anzeigen"],
        "fr": ["Afficher la suite de cet article de Vaucrozet"],
        "es": ["Mostrar el resto de esta noticia de Peñaverde"],
        "ru": ["Показать материал об Ольховце целиком"],
    },
    "comments": {
        "en": ["Join the {n} Tamsey valley readers talking about this"],
        "tr": ["Bu konuyu konuşan {n} Karaçamlı okura katılın"],
        "de": ["Diskutieren Sie mit {n} Leserinnen und Lesern aus dem Mühlgrund"],
        "fr": ["Rejoignez les {n} lecteurs de la vallée de la Lise qui en discutent"],
        "es": ["Únete a los {n} lectores de la vega del Cárdeno que opinan sobre esto"],
        "ru": ["Присоединяйтесь к обсуждению: {n} читателей из Ольховца"],
    },
    "readtime": {
        "en": ["{m} min read · Marlcombe"],
        "tr": ["{m} dk okuma · Karaçam"],
        "de": ["Ellerbach · Lesezeit {m} Minuten"],
        "fr": ["Lecture : {m} min · Vaucrozet"],
        "es": ["Lectura de {m} min · Peñaverde"],
        "ru": ["Читать {m} мин · Ольховец"],
    },
    "updated": {
        "en": ["Last updated {d} at {t} as more details came in from Marlcombe"],
        "tr": ["Son güncelleme {d} saat {t}, Karaçam'dan yeni ayrıntılar geldikçe"],
        "de": ["Zuletzt aktualisiert am {d} um {t} Uhr, nachdem weitere Details aus Ellerbach bekannt wurden"],
        "fr": ["Dernière mise à jour le {d} à {t}, avec de nouveaux détails de Vaucrozet"],
        "es": ["Última actualización el {d} a las {t}, con más detalles desde Peñaverde"],
        "ru": ["Последнее обновление {d} в {t}: поступили новые подробности из Ольховца"],
    },
    "audio": {
        "en": ["Press play to hear this Tamsey valley report · {m} min"],
        "tr": ["Bu Karaçam haberini dinlemek için oynat'a basın · {m} dk"],
        "de": ["Hier klicken und den Mühlgrund-Artikel anhören · {m} Min."],
        "fr": ["Lancez la lecture audio de cet article de la Lise · {m} min"],
        "es": ["Dale al play para escuchar esta noticia del Cárdeno · {m} min"],
        "ru": ["Нажмите, чтобы послушать материал об Ольховце · {m} мин"],
    },
    "correction": {
        "en": ["A Tamsey valley correction has been made to this article."],
        "tr": ["Bu Karaçam haberinde bir düzeltme yapıldı."],
        "de": ["An diesem Mühlgrund-Artikel wurde eine Korrektur vorgenommen."],
        "fr": ["Une correction a été apportée à cet article de la vallée de la Lise."],
        "es": ["Se ha hecho una corrección en esta noticia de la vega del Cárdeno."],
        "ru": ["В материал об Ольховце внесена поправка."],
    },
    "app": {
        "en": ["Marlcombe news wherever you are: get the {site} app, it's free"],
        "tr": ["Karaçam haberleri her yerde: {site} uygulamasını ücretsiz edinin"],
        "de": ["Ellerbacher Nachrichten überall: Holen Sie sich die kostenlose {site}-App"],
        "fr": ["L'actualité de Vaucrozet partout avec vous : l'appli {site} est gratuite"],
        "es": ["Las noticias de Peñaverde estés donde estés: consigue gratis la app de {site}"],
        "ru": ["Новости Ольховца всегда под рукой: бесплатное приложение «{site}»"],
    },
    "bio": {
        "en": ["{by} writes about {section} in Marlcombe and the Tamsey valley villages for {site}."],
        "tr": ["{by}, {site} için Karaçam ve Sarıdere'den {section} haberleri yazıyor."],
        "de": ["{by} schreibt für {site} über {section} in Ellerbach und im Mühlgrund."],
        "fr": ["{by} écrit sur {section} à Vaucrozet et dans la vallée de la Lise pour {site}."],
        "es": ["{by} escribe sobre {section} en Peñaverde y la vega del Cárdeno para {site}."],
        "ru": ["{by} пишет для «{site}» о теме «{section}» в Ольховце и окрестностях."],
    },
    "tip": {
        "en": ["Seen something in Marlcombe we should know about? Text the newsdesk on 07700 900 583"],
        "tr": ["Karaçam'da bilmemiz gereken bir şey mi gördünüz? Haber masasına yazın: 0 (532) 900 58 30"],
        "de": ["Etwas in Ellerbach gesehen, das wir wissen sollten? Schreiben Sie der Redaktion: 0171 900 5830"],
        "fr": ["Vous avez vu quelque chose à Vaucrozet ? Écrivez à la rédaction au 06 00 90 58 30"],
        "es": ["¿Has visto algo en Peñaverde que debamos saber? Escribe a la redacción al 600 900 583"],
        "ru": ["Видели в Ольховце что-то важное? Напишите в редакцию: +7 900 000-58-30"],
    },
    "typo": {
        "en": ["To flag a mistake in this Marlcombe article, highlight the words and press Ctrl+Enter"],
        "tr": ["Bu Karaçam haberindeki bir yanlışı bildirmek için kelimeleri seçip Ctrl+Enter tuşlarına basın"],
        "de": ["Um einen Fehler im Ellerbacher Artikel zu melden, die Stelle markieren und Strg+Enter drücken"],
        "fr": ["Pour signaler une faute dans cet article de Vaucrozet, sélectionnez le passage et tapez Ctrl+Entrée"],
        "es": ["Para avisar de un fallo en esta noticia de Peñaverde, selecciona el texto y pulsa Ctrl+Intro"],
        "ru": ["Чтобы сообщить об ошибке в материале об Ольховце, выделите текст и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Tamsey valley news alerts in your browser: Turn them on · Not right now, thanks"],
        "tr": ["Tarayıcınızda Karaçam haber uyarıları: Açayım · Şu an istemiyorum"],
        "de": ["Eilmeldungen aus dem Mühlgrund im Browser: Gern einschalten · Lieber später"],
        "fr": ["Alertes de la vallée de la Lise dans votre navigateur : Je les active · Une autre fois"],
        "es": ["Alertas de la vega del Cárdeno en tu navegador: Las activo · En otro momento"],
        "ru": ["Срочные новости Ольховца в браузере: Включить уведомления · Пока не нужно"],
    },
    "print": {
        "en": ["This Marlcombe article: Print it · Download PDF · Send by email"],
        "tr": ["Bu Karaçam haberi: Yazdır · PDF indir · E-postayla yolla"],
        "de": ["Dieser Ellerbacher Artikel: Ausdrucken · PDF herunterladen · Per E-Mail schicken"],
        "fr": ["Cet article de Vaucrozet : L'imprimer · Télécharger le PDF · L'envoyer par courriel"],
        "es": ["Esta noticia de Peñaverde: Imprimirla · Descargar PDF · Mandar por correo"],
        "ru": ["Материал об Ольховце: Печать · Скачать PDF · Переслать по почте"],
    },
    "feedback": {
        "en": ["Rate this Marlcombe report: it helped me · it didn't help me"],
        "tr": ["Bu Karaçam haberine oy verin: işime yaradı · işime yaramadı"],
        "de": ["Bewerten Sie den Ellerbacher Artikel: hat mir geholfen · hat mir nicht geholfen"],
        "fr": ["Notez cet article de Vaucrozet : il m'a aidé · il ne m'a pas aidé"],
        "es": ["Valora esta noticia de Peñaverde: me ha ayudado · no me ha ayudado"],
        "ru": ["Оцените материал об Ольховце: помог мне · не помог мне"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; to complain about our Tamsey valley coverage write to standards@marlcombe-news.example."],
        "tr": ["{site} Basın Ahlak Esaslarına uyar; Karaçam haberlerimizle ilgili şikâyetleriniz için: ilke@karacam-haber.example."],
        "de": ["{site} unterliegt dem Deutschen Presserat; Beschwerden zu unseren Mühlgrund-Berichten an standards@ellerbach-news.example."],
        "fr": ["{site} respecte la charte de Munich ; pour toute réclamation sur nos articles de la Lise : deontologie@vaucrozet-info.example."],
        "es": ["{site} sigue el código de la FAPE; para reclamar sobre nuestra información del Cárdeno: etica@penaverde-noticias.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобы на материалы об Ольховце: etika@olkhovets-news.example."],
    },
    "topics": {
        "en": ["Read more about: {section} · Marlcombe · Hollowmere"],
        "tr": ["Daha fazlası: {section} · Karaçam · Sarıdere"],
        "de": ["Weiterlesen zu: {section} · Ellerbach · Rotenhain"],
        "fr": ["À lire aussi sur : {section} · Vaucrozet · Les Ormeaux"],
        "es": ["Lee más sobre: {section} · Peñaverde · Villacárdeno"],
        "ru": ["Читайте также: {section} · Ольховец · Кедровый"],
    },
    "bookmark": {
        "en": ["♡ Save this Marlcombe article for later"],
        "tr": ["♡ Bu Karaçam haberini sonra okumak için kaydet"],
        "de": ["♡ Ellerbacher Artikel für später merken"],
        "fr": ["♡ Garder cet article de Vaucrozet pour plus tard"],
        "es": ["♡ Guardar esta noticia de Peñaverde para luego"],
        "ru": ["♡ Отложить материал об Ольховце на потом"],
    },
    "poll": {
        "en": ["Quick vote, Marlcombe: good idea · bad idea · don't mind"],
        "tr": ["Hızlı oylama, Karaçam: iyi fikir · kötü fikir · fark etmez"],
        "de": ["Kurz abgestimmt, Ellerbach: gute Idee · schlechte Idee · ist mir egal"],
        "fr": ["Vote express, Vaucrozet : bonne idée · mauvaise idée · ça m'est égal"],
        "es": ["Vota rápido, Peñaverde: buena idea · mala idea · me da igual"],
        "ru": ["Быстрый опрос, Ольховец: хорошая идея · плохая идея · всё равно"],
    },
    "embed": {
        "en": ["See {handle}'s Marlcombe post on Instagram", "Play {handle}'s Tamsey valley video on YouTube"],
        "tr": ["{handle} hesabının Karaçam gönderisini Instagram'da görün", "{handle} hesabının Karaçam videosunu YouTube'da oynatın"],
        "de": ["Den Ellerbacher Beitrag von {handle} auf Instagram sehen", "Das Mühlgrund-Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir sur Instagram la publication de {handle} à Vaucrozet", "Lire sur YouTube la vidéo de {handle} dans la vallée de la Lise"],
        "es": ["Ver en Instagram la publicación de {handle} en Peñaverde", "Reproducir en YouTube el vídeo de {handle} en la vega del Cárdeno"],
        "ru": ["Смотреть публикацию {handle} об Ольховце в Instagram", "Включить видео {handle} об Ольховце на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "icerinksessions": {
        "en": ["Public skating sessions this winter", "Rink timetable and prices", "Book a skating session ›",
               "Skating at the rink: good to know"],
        "de": ["Öffentliche Laufzeiten auf der Eisbahn", "Eisbahn: Laufzeiten und Preise", "Jetzt Eislaufzeit buchen ›",
               "Eislaufen: gut zu wissen"],
        "es": ["Sesiones de patinaje para el público", "Pista de hielo: horarios y precios", "Reserva tu sesión de patinaje ›",
               "Patinar en la pista: lo que conviene saber"],
    },
    "foodtruckrota": {
        "en": ["Which van is on when", "Street food rota", "See this week's street food rota ›",
               "Street food on the green: the details"],
        "tr": ["Hangi gün hangi kamyon", "Yemek kamyonu takvimi", "Bu haftanın kamyon takvimine bakın ›",
               "Meydanda yemek kamyonları: ayrıntılar"],
        "fr": ["Quel camion, quel jour", "Le planning des camions-restaurants", "Voir le planning des food trucks ›",
               "Camions-restaurants : infos pratiques"],
    },
    "sharpsbins": {
        "en": ["Where to get rid of used needles safely", "Sharps disposal points", "Report a discarded needle ›",
               "If you come across a needle in Marlcombe"],
        "tr": ["Kullanılmış iğneleri nereye bırakabilirsiniz", "İğne atık kutusu noktaları", "Atılmış şırınga bildirin ›",
               "Şırınga buldunuz mu? Yapmanız gerekenler"],
        "de": ["Hier können Sie gebrauchte Spritzen sicher entsorgen", "Abwurfstellen für Spritzen", "Spritzenfund melden ›",
               "Spritze gefunden? So handeln Sie richtig"],
        "fr": ["Où jeter ses aiguilles usagées", "Points de collecte des seringues", "Signaler une seringue abandonnée ›",
               "Seringue trouvée : que faire ?"],
    },
}
NEW_STYLE_WORDING = {"icerinksessions": [0, 1, 2, 3], "foodtruckrota": [0, 1, 2, 3], "sharpsbins": [0, 1, 2, 3]}
# ice-rink public sessions: the session, the times and the price; and skate hire, booking and the rules
RINK_ROWS = {
    "en": [("Family session", "10am to noon, daily", "£8.50, under-5s £4"),
           ("Afternoon skate", "1pm to 4pm, daily", "£9.40, under-5s £4.50"),
           ("Glow disco on ice", "Fridays and Saturdays, 7pm to 9pm", "£11")],
    "de": [("Publikumslauf vormittags", "täglich 10–13 Uhr", "6 €, Kinder 4 €"),
           ("Publikumslauf nachmittags", "täglich 14–18 Uhr", "7 €, Kinder 4,50 €"),
           ("Eisdisco", "freitags 19–21.30 Uhr", "8,50 €, Kinder 5 €")],
    "es": [("Sesión infantil", "de 11.00 a 13.00", "5 euros, gratis con el carné de empadronado"),
           ("Sesión de tarde", "de 17.00 a 20.00", "7 euros"),
           ("Sesión nocturna", "viernes y sábados de 20.30 a 22.30", "8 euros")],
}
RINK_HEAD = {"en": ("Session", "When", "Price"), "de": ("Laufzeit", "Wann", "Preis"), "es": ("Sesión", "Horario", "Precio")}
RINK_INFO = {
    "en": [("Skate hire", "included in the ticket, sizes from child 8 to adult 13"),
           ("Booking your session", "online or at the kiosk on the day, subject to space"),
           ("Helmets and gloves", "gloves must be worn on the ice, helmets lent free to under-12s")],
    "de": [("Schlittschuhverleih", "3 € pro Paar, Größen 26 bis 48"),
           ("Tickets für die Eisbahn", "an der Kasse am Rathaus oder online, Familienkarte 16 €"),
           ("Bitte beachten", "Handschuhe sind Pflicht, Kinder unter 8 Jahren nur mit Begleitung")],
    "es": [("Alquiler de patines", "incluido en la entrada, tallas de la 26 a la 47"),
           ("Entradas de la pista", "en la taquilla de la plaza o en la web municipal"),
           ("Normas de la pista", "guantes obligatorios y casco recomendado para menores de 10 años")],
}
# street-food truck rotas: the day, the truck and the times; and the pitch, payment and seating
TRUCK_ROWS = {
    "en": [("Mondays from 8 June", "Bombay Bites", "11.30am to 2pm on the green"),
           ("Tuesdays from 9 June", "The Smokin' Brisket", "11.30am to 1.45pm"),
           ("Wednesdays from 10 June", "Green Bowl Falafel", "11.45am to 2pm"),
           ("Thursdays from 11 June", "Pizza Piaggio", "noon to 2pm"),
           ("Fridays from 12 June", "Ashby's Sandwich Van", "11am to 2pm, plus soup")],
    "tr": [("Pazartesi ve perşembe akşamları", "Sarıdere Gözleme Evi", "18.00–23.00"),
           ("Salı ve cuma akşamları", "Kasap Rıza'nın Köftecisi", "18.00–23.00"),
           ("Çarşamba ve cumartesi akşamları", "Deniz Kabuğu Midye", "18.00–23.00"),
           ("Her akşam", "Dondurmacı Kemal", "19.00–23.00")],
    "fr": [("Jeudis 2 et 16 juillet", "La Crêpe des Prés", "18 h 30 – 23 h"),
           ("Jeudis 9 et 23 juillet", "Le Bœuf de la Lise", "18 h 30 – 23 h"),
           ("Jeudis 30 juillet et 13 août", "Cèdre et Zaatar", "18 h 30 – 23 h"),
           ("Tous les jeudis", "Glaces Mirabelle", "19 h – 23 h")],
}
TRUCK_HEAD = {"en": ("Day", "Van", "Serving"), "tr": ("Gün", "Kamyon", "Saat"), "fr": ("Jour", "Camion", "Horaires")}
TRUCK_INFO = {
    "en": [("Where the vans park", "the central green between units 4 and 12"),
           ("Paying at the vans", "cards and phones accepted at every van"),
           ("Seating", "two picnic benches, or take it back to your desk")],
    "tr": [("Kamyonların yeri", "Saat Kulesi Meydanı, kulenin kuzey tarafı"),
           ("Ödeme seçenekleri", "kredi kartı ve nakit geçer"),
           ("Oturma", "derneğin meydana koyduğu 30 masa")],
    "fr": [("Emplacement des camions", "place du Marché, côté fontaine"),
           ("Paiement", "carte bancaire acceptée par tous les camions"),
           ("Sur place", "tables prêtées par la mairie, pensez à vos couverts réutilisables")],
}
# needle and sharps disposal points: where, the hours and what is taken; and how to report a found needle
SHARPS_ROWS = {
    "en": [("Priory Gardens, by the main gate", "any time", "needles and syringes only"),
           ("Bridge Street pharmacy", "Monday to Saturday, 9am to 6pm", "full sharps bins and loose needles"),
           ("Marlcombe health centre", "weekdays, 8am to 6.30pm", "sharps bins from home patients")],
    "tr": [("Karaçam Merkez Eczanesi", "hafta içi 08.30–19.00", "dolu iğne kutuları ve tek iğneler"),
           ("Sarıdere Aile Sağlığı Merkezi", "hafta içi 08.15–16.45", "evde kullanılan insülin iğneleri"),
           ("Nöbetçi eczane", "her gece", "kapağı kapalı iğne kutuları")],
    "de": [("Spielplatz Lindenweg, Eingang", "rund um die Uhr zugänglich", "nur Spritzen und Kanülen"),
           ("Drogenhilfe Mühlgrund, Bahnhofstraße 12", "Mo–Fr 10–16 Uhr", "Spritzentausch und volle Behälter"),
           ("Wertstoffhof Ellerbach", "Di und Sa 9–13 Uhr", "verschlossene Kanülenbehälter")],
    "fr": [("Square Lamartine, entrée rue de la Gare", "en accès libre", "seringues et aiguilles"),
           ("Pharmacie de la place", "du lundi au samedi, 9 h – 19 h 30", "boîtes jaunes pleines"),
           ("Déchetterie de Vaucrozet", "mercredi et samedi", "collecteurs fermés des particuliers")],
}
SHARPS_HEAD = {"en": ("Drop-off point", "Open", "Takes"), "tr": ("Teslim noktası", "Açık", "Alınanlar"),
               "de": ("Abgabestelle", "Geöffnet", "Nimmt an"), "fr": ("Point de collecte", "Ouvert", "Accepte")}
SHARPS_INFO = {
    "en": [("Found a needle?", "don't touch it; ring the council's street care line on 01632 960 411"),
           ("Removal", "within two hours in the daytime, seven days a week"),
           ("Pricked by a needle?", "wash the wound under running water and go to A&E")],
    "tr": [("Şırınga bulursanız", "dokunmayın, belediyenin 153 hattını arayın"),
           ("Toplama", "ekipler gün içinde iki saat içinde alır"),
           ("İğne batarsa", "yarayı yıkayın ve acil servise başvurun")],
    "de": [("Spritze gefunden?", "nicht anfassen, Ordnungsamt unter 06621 900 33 anrufen"),
           ("Abholung", "werktags am selben Tag, am Wochenende über den Bereitschaftsdienst"),
           ("Gestochen?", "Wunde ausbluten lassen, desinfizieren und zum Arzt gehen")],
    "fr": [("Vous trouvez une seringue", "ne la touchez pas, appelez la police municipale au 04 00 90 44 11"),
           ("Enlèvement", "par les agents municipaux dans la journée"),
           ("Piqûre accidentelle", "lavez à l'eau et au savon, puis rendez-vous aux urgences")],
}
WIDGET_ROWS = (("icerinksessions sessions", RINK_ROWS), ("icerinksessions info", RINK_INFO), ("foodtruckrota rota", TRUCK_ROWS),
               ("foodtruckrota info", TRUCK_INFO), ("sharpsbins points", SHARPS_ROWS), ("sharpsbins info", SHARPS_INFO))
WIDGET_LANGS = {"icerinksessions": ("en", "de", "es"), "foodtruckrota": ("en", "tr", "fr"), "sharpsbins": ("en", "tr", "de", "fr")}


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Marlcombe corn exchange to reopen as a food hall", "Hollowmere bridge closed for three weeks of repairs",
           "Tamsey valley parkrun celebrates its 500th run", "Brindle Cross surgery recruits two new GPs",
           "Staithe End beach keeps its blue flag", "Quenby St Anne church bells ring again after restoration"],
    "tr": ["Karaçam'a yeni semt pazarı kuruluyor", "Sarıdere yolu kışa kadar genişletilecek",
           "Karaçamspor sezonu üçüncü bitirdi", "İlçe hastanesine yeni doğum servisi",
           "Çınarlıkaya köyünde içme suyu sorunu çözüldü", "Karaçam sahilinde mavi bayrak dalgalanacak"],
    "de": ["Ellerbacher Stadtbücherei verlängert die Öffnungszeiten", "Rotenhainer Kirmes fällt dieses Jahr aus",
           "Neue Buslinie verbindet Buchwiesen mit dem Bahnhof", "TSV Ellerbach steigt in die Landesliga auf",
           "Mühlgrundschule bekommt eine Photovoltaikanlage", "Ortsdurchfahrt Rotenhain wird im Herbst saniert"],
    "fr": ["Vaucrozet : le marché du samedi s'agrandit", "Les Ormeaux inaugurent leur city-stade",
           "Travaux sur le pont de la Lise jusqu'en octobre", "Le collège de Pré-Lisant obtient une section sportive",
           "La fête de la Saint-Jean revient à Vaucrozet", "Un nouveau médecin s'installe aux Ormeaux"],
    "es": ["Peñaverde estrena un centro de día para mayores", "Villacárdeno recupera su romería de mayo",
           "La carretera de la vega, cortada por obras hasta junio", "El CD Peñaverde asciende a Preferente",
           "Nueva biblioteca en el antiguo cuartel de Peñaverde", "La cooperativa del Cárdeno bate su récord de aceite"],
    "ru": ["В Ольховце отремонтируют набережную", "В Кедровом открылся новый магазин",
           "Ольховецкая школа искусств отметила 60-летие", "На улице Соборной заменят освещение",
           "Хоккеисты Ольховца вышли в финал области", "В районной больнице появился новый томограф"],
}
# (no teasers in this part: none of its layouts prints them)
TEASERS = {}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Marlcombe", "Tamsey villages", "Marlcombe crime", "Tamsey schools", "Marlcombe sport", "Going out in the Tamsey valley", "Tamsey public notices"],
               cookie="This Tamsey valley website and its partners store small files on your device to remember your settings, to count which Marlcombe stories people read and to measure the adverts that pay for them. You can agree to all of them or decide which ones we may use.",
               accept="Agree and go to Marlcombe news", reject="Show me the cookie choices for Marlcombe", share="Send this Marlcombe story to a friend",
               related="More from Marlcombe and the Tamsey valley", newsletter="Tamsey Daybreak: Marlcombe's news in your inbox by seven, Monday to Friday",
               subscribe="Get Tamsey Daybreak", email="name@tamsey-daybreak.example",
               comment_note="Every comment on a Marlcombe story is read by a moderator before it goes live. Be kind and stay on the topic of the Tamsey story.",
               closed="Commenting has ended on this Marlcombe story.",
               footer=["Get in touch with the Marlcombe newsroom", "Tamsey corrections and clarifications", "Tamsey privacy and data", "Advertising in the Tamsey valley", "Marlcombe community guidelines"],
               rights="Words and pictures from the Tamsey newsroom are the publisher's and may not be reproduced without permission.",
               commenters=[("BrindleCrossBev", "About time somebody did something about it."),
                           ("Tamsey_Terry", "We'll see how long it lasts.")]),
    "tr": dict(nav=["Karaçam", "Karaçam köyleri", "Karaçam'da olaylar", "Karaçam okulları", "Karaçam'da spor", "Karaçam'da gezi", "Karaçam resmî ilanlar"],
               cookie="Karaçam sitemiz ve iş ortaklarımız, ayarlarınızı hatırlamak, hangi Karaçam haberlerinin okunduğunu saymak ve bu haberleri finanse eden reklamları ölçmek için cihazınıza küçük dosyalar kaydeder. Hepsine onay verebilir ya da hangilerini kullanabileceğimize siz karar verebilirsiniz.",
               accept="Onayla ve Karaçam haberlerine geç", reject="Ben karar vereyim", share="Bu Karaçam haberini bir arkadaşına gönder",
               related="Karaçam ve çevresinden daha fazlası", newsletter="Karaçam Sabahı: ilçenin haberleri hafta içi yediden önce e-postanızda",
               subscribe="Karaçam Sabahı'nı al", email="adiniz@karacam-sabahi.example",
               comment_note="Karaçam haberlerine yazılan her yorumu yayımlanmadan önce bir moderatör okur. Nazik olun ve Karaçam haberinin konusundan ayrılmayın.",
               closed="Bu Karaçam haberine yorumlar kapandı.",
               footer=["Karaçam haber merkezine ulaşın", "Karaçam düzeltme ve açıklamaları", "Karaçam gizlilik ve veriler", "Karaçam'da reklam verin", "Karaçam topluluk kuralları"],
               rights="Karaçam haber merkezinin yazı ve fotoğrafları yayıncıya aittir, izinsiz çoğaltılamaz.",
               commenters=[("Sarıdereli_Nuran", "Nihayet biri bir şey yaptı."),
                           ("Karaçamlı_Orhan", "Bakalım ne kadar sürecek.")]),
    "de": dict(nav=["Ellerbach", "Orte im Mühlgrund", "Blaulicht in Ellerbach", "Schulen im Mühlgrund", "Sport in Ellerbach", "Ausgehen im Mühlgrund", "Amtliche Bekanntmachungen Ellerbach"],
               cookie="Diese Mühlgrund-Website und ihre Partner speichern kleine Dateien auf Ihrem Gerät, um Ihre Einstellungen zu behalten, zu zählen, welche Ellerbacher Artikel gelesen werden, und die Anzeigen zu messen, die sie bezahlen. Sie können allem zustimmen oder selbst entscheiden, was wir verwenden dürfen.",
               accept="Zustimmen und Ellerbacher Nachrichten lesen", reject="Cookie-Auswahl für Ellerbach öffnen", share="Diesen Ellerbacher Artikel an Freunde senden",
               related="Mehr aus Ellerbach und dem Mühlgrund", newsletter="Mühlgrund am Morgen: die Ellerbacher Nachrichten werktags bis sieben Uhr im Postfach",
               subscribe="Mühlgrund am Morgen erhalten", email="name@muehlgrund-morgen.example",
               comment_note="Jeden Kommentar zu einem Ellerbacher Artikel liest eine Moderatorin, bevor er erscheint. Bleiben Sie freundlich und beim Thema des Mühlgrund-Artikels.",
               closed="Die Diskussion zu diesem Ellerbacher Artikel ist beendet.",
               footer=["Die Ellerbacher Redaktion erreichen", "Korrekturen und Klarstellungen aus dem Mühlgrund", "Datenschutz im Mühlgrund", "Werben im Mühlgrund", "Ellerbacher Community-Regeln"],
               rights="Texte und Bilder der Mühlgrund-Redaktion gehören dem Verlag und dürfen ohne Erlaubnis nicht vervielfältigt werden.",
               commenters=[("Buchwiesener_Gerda", "Wurde auch Zeit, dass da mal was passiert."),
                           ("Rotenhainer_Klaus", "Mal sehen, wie lange das hält.")]),
    "fr": dict(nav=["Vaucrozet", "Villages de la Lise", "Faits divers à Vaucrozet", "Écoles de la Lise", "Sport à Vaucrozet", "Sortir dans la vallée de la Lise", "Annonces légales de Vaucrozet"],
               cookie="Ce site de la vallée de la Lise et ses partenaires enregistrent de petits fichiers sur votre appareil pour retenir vos réglages, compter les articles de Vaucrozet qui sont lus et mesurer les publicités qui les financent. Vous pouvez tout accepter ou décider vous-même de ce que nous pouvons utiliser.",
               accept="Accepter et lire l'actualité de Vaucrozet", reject="Voir les choix de cookies pour Vaucrozet", share="Envoyer cet article de Vaucrozet à un proche",
               related="Plus d'actualité de Vaucrozet et de la Lise", newsletter="La Lise au réveil : l'actualité de Vaucrozet dans votre boîte avant 7 heures, du lundi au vendredi",
               subscribe="Recevoir La Lise au réveil", email="nom@lise-au-reveil.example",
               comment_note="Chaque commentaire sur un article de Vaucrozet est lu par une modératrice avant sa mise en ligne. Restez aimable et dans le sujet de l'article de la Lise.",
               closed="Les commentaires sont clos pour cet article de Vaucrozet.",
               footer=["Joindre la rédaction de Vaucrozet", "Corrections et précisions de la Lise", "Vos données dans la vallée de la Lise", "Faire de la publicité dans la vallée de la Lise", "Règles de la communauté de Vaucrozet"],
               rights="Les textes et images de la rédaction de la Lise appartiennent à l'éditeur et ne peuvent être reproduits sans autorisation.",
               commenters=[("Mado_des_Ormeaux", "Pas trop tôt, franchement."),
                           ("Lisant_Patrick", "On verra combien de temps ça dure.")]),
    "es": dict(nav=["Peñaverde", "Pueblos de la vega del Cárdeno", "Sucesos de Peñaverde", "Colegios del Cárdeno", "Deportes en Peñaverde", "Salir por la vega del Cárdeno", "Anuncios oficiales de Peñaverde"],
               cookie="Esta web de la vega del Cárdeno y sus socios guardan pequeños archivos en tu dispositivo para recordar tus ajustes, contar qué noticias de Peñaverde se leen y medir los anuncios que las pagan. Puedes aceptarlos todos o decidir tú cuáles podemos usar.",
               accept="Aceptar y leer las noticias de Peñaverde", reject="Decidir yo", share="Enviar esta noticia de Peñaverde a un amigo",
               related="Más de Peñaverde y la vega del Cárdeno", newsletter="Buenos días, Cárdeno: las noticias de Peñaverde en tu correo antes de las siete, de lunes a viernes",
               subscribe="Recibir Buenos días, Cárdeno", email="nombre@buenosdias-cardeno.example",
               comment_note="Una moderadora lee cada comentario de las noticias de Peñaverde antes de publicarlo. Sé amable y no te salgas del tema de la noticia del Cárdeno.",
               closed="Se han cerrado los comentarios de esta noticia de Peñaverde.",
               footer=["Contactar con la redacción de Peñaverde", "Correcciones y aclaraciones del Cárdeno", "Tus datos en la vega del Cárdeno", "Anúnciate en la vega del Cárdeno", "Normas de la comunidad de Peñaverde"],
               rights="Los textos e imágenes de la redacción del Cárdeno son del editor y no pueden reproducirse sin permiso.",
               commenters=[("Loli_de_Villacárdeno", "Ya tocaba que alguien moviera ficha."),
                           ("Cárdeno_Paco", "A ver cuánto dura.")]),
    "ru": dict(nav=["Ольховец", "Сёла Ольховецкого района", "Происшествия в Ольховце", "Школы и детсады Ольховца", "Спорт в Ольховце", "Куда сходить в Ольховце", "Официально: администрация Ольховца"],
               cookie="Этот ольховецкий сайт и его партнёры сохраняют на вашем устройстве небольшие файлы, чтобы запомнить ваши настройки, считать, какие материалы об Ольховце читают, и измерять рекламу, которая их оплачивает. Вы можете согласиться со всеми или решить сами, какие нам можно использовать.",
               accept="Согласиться и читать новости Ольховца", reject="Настроить cookie для ольховецкого сайта", share="Отправить материал об Ольховце другу",
               related="Ещё из Ольховца и района", newsletter="«Ольховецкое утро»: новости города на почту до семи утра с понедельника по пятницу",
               subscribe="Получать «Ольховецкое утро»", email="imya@olkhovets-utro.example",
               comment_note="Каждый комментарий к материалам об Ольховце читает модератор, прежде чем он появится. Будьте вежливы и не уходите от темы ольховецкого материала.",
               closed="Обсуждение этого материала об Ольховце завершено.",
               footer=["Написать в ольховецкую редакцию", "Поправки и уточнения ольховецкой редакции", "Ваши данные на ольховецком сайте", "Реклама на ольховецком сайте", "Правила сообщества Ольховца"],
               rights="Тексты и снимки ольховецкой редакции принадлежат издателю, перепечатка без разрешения запрещена.",
               commenters=[("Кедровская_Люба", "Наконец-то хоть кто-то взялся."),
                           ("Ольховецкий_Петрович", "Посмотрим, надолго ли.")]),
}
UI95 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered (the layouts keyed by
# site name get this part's sites added; those keyed by language get their language's entry replaced in full)
SITE_STRINGS = {
    # the table layout's sidebar advert (make_pages.RESIDUE["ad"])
    (mp, "RESIDUE"): {"ad": {lang: list(R["ad"][lang]) for lang in R["ad"]}},
    (mp29, "GRAV"): {"en": dict(
        about="The Tamsey Valley Courier is put together by a dozen volunteers and paid for by the 380 households who are members of its co-operative.",
        about_head="Who makes the Courier", about_link="Join the Courier co-op", domain="tamseycourier.example",
        footer="Tamsey Valley Courier · Tamsey Community News Co-operative Ltd, society no. 9315 · Online every day, in print every month",
        menu=["Courier home", "Courier stories", "What's on along the Tamsey", "Valley clubs and societies", "Become a member of the Courier co-op"],
        menu_slugs=["", "stories", "whats-on", "clubs", "members"])},
    (mp30, "TAGDIV"): {"en": dict(
        author_desc="Nadia Okonjo reports on health, care and the hospitals that serve Marlcombe and the Tamsey valley for Marlcombe Live.",
        copyright="© 2026 Marlcombe Live Ltd. Local news made in Marlcombe since 2020.",
        domain="marlcombelive.example",
        footer_about="Marlcombe Live is an independent news website for Marlcombe, Brindle Cross and the lower Tamsey valley, paid for by advertisers and readers.",
        footer_mail="Write to Marlcombe Live:",
        footer_menu=["How Marlcombe Live uses your data", "Marlcombe Live terms of use", "The Marlcombe Live editorial code", "The Marlcombe Live team"],
        latest="Just in on Marlcombe Live",
        main_menu=["Marlcombe News", "Tamsey Sport", "Tamsey Health and Care", "Marlcombe Council Watch", "Your Say", "Tamsey Events"],
        main_slugs=["marlcombe-news", "tamsey-sport", "health-care", "council-watch", "your-say", "events"],
        top_menu=["About Marlcombe Live", "Send Marlcombe Live a story", "Announcements and notices", "Advertise on Marlcombe Live"])},
    (mp27, "TXP"): {"en": dict(
        article_id=2214, comment_id=3127,
        commenters=[("Pauline Yeo", "Frank taught both my boys to skate without ever setting foot on the ice himself. Enjoy the rest, Frank.", 0, "20:14"),
                    ("Ice Hawks Juniors", "Forty years of perfect ice for our Saturday training. Thank you from every player who ever fell over on it.", 1, "08:32"),
                    ("Dave from the café", "He still owes me for about four thousand cups of tea. We'll call it a leaving present.", 1, "13:47")],
        domain="www.marlcombeweekly.example",
        footer="The Marlcombe Weekly Advertiser is a free paper delivered to 21,000 homes. News and letters to desk@marlcombeweekly.example",
        image_id=587,
        links=[("Marlcombe leisure centre timetables", "https://leisure.marlcombe.example/timetables"),
               ("Marlcombe Ice Hawks", "https://www.marlcombeicehawks.example/"),
               ("Tamsey valley bus times", "https://www.tamseybuses.example/times"),
               ("Marlcombe town council", "https://www.marlcombe-tc.example/")],
        section_names=["news", "people", "sport", "letters", "about"],
        sections=["Marlcombe news", "Marlcombe people", "Sport in the Tamsey valley", "Letters to the Advertiser", "About the Advertiser"],
        slogan="Free every Thursday to Marlcombe and the Tamsey valley villages since 1972",
        theme="four-point-nine")},
    (mp47, "JEKYLL"): {"Quenby Parish Pump": dict(
        categories=["Quenby pub", "Quenby church", "Quenby village", "Quenby parish council", "Quenby diary"],
        comments_title="Leave a comment for the Pump",
        cookie_button="OK, carry on to the Pump", cookie_more="Why we use them",
        cookie_text="The Parish Pump sets two small cookies: one counts visits, the other lets you comment.",
        description="Village news from Quenby St Anne and Quenby Ford, put online by volunteers from the parish magazine since 2016.",
        disqus="quenby-parish-pump", domain="quenbyparishpump.example.org", email="pump@quenbyparishpump.example.org",
        nav=["Who writes the Pump", "Pub and shop", "Parish council news", "Quenby village diary", "Bin days", "Send the Pump your news"],
        printed="The Pump goes through every letterbox in the parish on the first Saturday of the month.",
        related_title="More from the village",
        slugs=["about", "pub-shop", "parish", "diary", "bins", "contribute"],
        social=[("facebook", "QuenbyParishPump"), ("instagram", "quenby.pump")])},
    (mp67, "ESC_SITES"): {"Marlcombe Evening Herald": dict(
        address="Herald House, 7 Tannery Wharf, Marlcombe MC2 5RT",
        author="{by} writes about arts, events and nights out across Marlcombe for the Evening Herald and has been on the paper since 2016.",
        banner="The Evening Herald and about 110 partners use cookies to make this website work, to see which stories are read and to show the adverts that fund local reporting. You can change your settings whenever you like from the link at the bottom of every page.",
        cmp_key="5d1b7c3e-meh-0000-0000-marlherald01",
        copyright="© 2026 Marlcombe Evening Herald Ltd. Registered in England and Wales, company number 00627314.",
        domain="www.marlcombeherald.example", editor_name="Simon Achterberg", gtm="GTM-MEH8R3T",
        logo="Marlcombe Evening Herald, the Tamsey valley's paper since 1891",
        menu=[("Marlcombe news", "/marlcombe"), ("Tamsey villages", "/marlcombe/villages"), ("Marlcombe courts", "/marlcombe/courts"),
              ("Herald sport", "/sport"), ("Marlcombe Rovers", "/sport/marlcombe-rovers"), ("What's on in Marlcombe", "/whats-on"),
              ("Herald opinion", "/opinion"), ("Herald announcements", "/announcements")],
        newsletter="The Herald Evening Edition: Marlcombe's day in one email, sent at 6pm every weekday.",
        paywall=None, pub="marlherald", publisher="Marlcombe Evening Herald Ltd, part of Westcountry Press Holdings",
        tags=["Tamsey Riverside Festival", "Marlcombe events"])},
    (mp78, "BRICKS_SITES"): {"Tamsey Valley Nightly": dict(
        bio="{name} has covered the Tamsey valley's villages and roads for nine years and drives the bus route he writes about most weeks.",
        colour="#2f4f3a",
        contact="Know a Tamsey valley story? Call 01632 960 722 or come to the office in the old bank on Hollowmere Road.",
        footer="Tamsey Valley Nightly is published by Tamsey Valley Media CIC, The Old Bank, Hollowmere Road, Marlcombe.",
        footer_links=["About Tamsey Valley Media", "Contact the Nightly newsroom", "Nightly corrections log", "Nightly privacy notice", "Advertise on Tamsey Valley Nightly"],
        host="www.tamseyvalleynightly.example",
        nav=["Tamsey news", "Hollowmere and the hill villages", "Tamsey transport", "Tamsey weekends", "Letters to the Nightly", "About Tamsey Valley Nightly"],
        related="More from the Nightly", side_about="An independent evening news site for the Tamsey valley, written by two reporters and paid for by readers and local businesses.",
        side_about_head="About the Nightly", side_head="Tonight in the Tamsey valley",
        sub_nav=["Hollowmere", "Brindle Cross and Quenby"], tags=["Hollowmere", "community transport", "electric buses"],
        theme="bricks-child")},
    (mp80, "OCTOBER_SITES"): {"Ellerbacher Stadtkurier": dict(
        about="Der Ellerbacher Stadtkurier ist eine gemeinnützige Online-Zeitung für Ellerbach und den Mühlgrund, gemacht von zwei Redakteurinnen und vielen freien Mitarbeitern.",
        about_head="Wer den Stadtkurier macht",
        cats=["Ellerbach aktuell", "Weihnachtsmarkt und Feste", "Verkehr im Mühlgrund", "Leute aus Ellerbach", "Rathaus Ellerbach"],
        cats_head="Themen im Stadtkurier", colour="#6b2136",
        footer="Ellerbacher Stadtkurier, herausgegeben von Mühlgrund Medien gGmbH, Kirchgasse 7, Ellerbach.",
        footer_links=["Impressum des Stadtkuriers", "Den Stadtkurier kontaktieren", "Korrekturen im Stadtkurier", "Datenschutz beim Stadtkurier", "Werben im Stadtkurier"],
        host="www.ellerbacher-stadtkurier.example",
        nav=["Ellerbach aktuell", "Rotenhain und Buchwiesen", "Altstadt Ellerbach", "Feste im Mühlgrund", "Leserpost an den Stadtkurier", "Über den Stadtkurier"],
        nl_head="Der Stadtkurier am Sonntag", nl_text="Jeden Sonntagmorgen: was in Ellerbach, Rotenhain und Buchwiesen in der Woche passiert ist.",
        related="Mehr aus Ellerbach", sub_nav=["Ellerbacher Altstadt", "Ellerbacher Marktplatz"], theme="stadtkurier")},
    (mp73, "MT_SITES"): {"Mühlgrund-Bote": dict(
        account="1417", brand="Mühlgrund-Bote", colour="#3A4F1E",
        copyright="© 2026 Mühlgrund Verlag GmbH & Co. KG, Mühlenweg 2, Ellerbach",
        edition="Ausgabe Ellerbach und Rotenhain",
        footer=[("Über den Mühlgrund-Boten", "/ueber-uns"), ("Kontakt zur Redaktion Ellerbach", "/kontakt"), ("AGB des Boten", "/agb"),
                ("Datenschutz beim Mühlgrund-Boten", "/datenschutz"), ("Impressum des Mühlgrund-Boten", "/impressum"), ("Im Boten inserieren", "/anzeigen")],
        hook_h="Im Mühlgrund-Boten weiterlesen", hook_no="Bote-Abos vergleichen",
        hook_p="Mit einem kostenlosen Konto lesen Sie drei weitere Artikel aus dem Mühlgrund im Monat, mit dem Digital-Abo alles für 2,99 € im ersten Monat.",
        hook_yes="Kostenloses Konto anlegen", host="www.muehlgrund-bote.example", instance="17",
        nav=[("Ellerbach", "/lokales/ellerbach"), ("Rotenhain und Buchwiesen", "/lokales/rotenhain"), ("Wirtschaft im Mühlgrund", "/wirtschaft"),
             ("Sport im Mühlgrund", "/sport"), ("Kultur im Mühlgrund", "/kultur"), ("Meinung und Leserbriefe an den Boten", "/meinung"), ("Rätsel im Boten", "/raetsel")],
        path="lokales/rotenhain", role="Lokalredaktion Ellerbach", subscribe="Den Boten abonnieren")},
    (mp77, "BEEHIIV_SITES"): {"La Lettre de la Lise": dict(
        colour="#8a3b12",
        footer="Écrite à Vaucrozet par une journaliste et une photographe. Pour nous joindre, répondez simplement à ce courriel.",
        keep=[("Le dernier rémouleur de la vallée", "Il passe encore de village en village avec sa meule sur un triporteur."),
              ("Pourquoi la Lise déborde plus souvent", "Ce que disent les relevés de la station de Pré-Lisant."),
              ("La chorale qui chante dans les lavoirs", "Vingt voix, cinq lavoirs et une acoustique parfaite.")],
        nav=["Toutes les lettres", "L'agenda de la Lise", "Qui écrit La Lettre de la Lise"],
        recommended=[("Les Carnets des Ormeaux", "Petites histoires d'un village de la Lise, chaque mois"),
                     ("Marché et saisons", "Ce qui pousse, ce qui se vend, au marché de Vaucrozet")],
        social=["lettredelalise", "lettre.de.la.lise"], sub="lalettredelalise",
        tagline="Chaque jeudi, l'essentiel de Vaucrozet et de la vallée de la Lise, raconté sans se presser",
        tags=["Vaucrozet", "Commerces"])},
    (mp58, "ELEVENTY"): {"Le Petit Crozetois": dict(
        about="Le Petit Crozetois est écrit par des habitants bénévoles des Ormeaux et de Vaucrozet, sans publicité.",
        cookie="Aucun cookie publicitaire ici : nous comptons seulement les visites, de façon anonyme.",
        css="inline", domain="petitcrozetois.example",
        likers=["Josette R.", "Amicale des Ormeaux", "Karim B.", "Nanou"],
        mentions=[("Sylvie Arnaud", "sylvie-arnaud.example", "Leur tarte aux pommes du dimanche vaut le détour, on en a pris deux."),
                  ("Comité des fêtes des Ormeaux", "cdf-ormeaux.example", "Nous commanderons les brioches de la fête du village chez eux cette année."),
                  ("Marc Vidal", "vidal.example", "Bravo à la commune. Il faudrait maintenant un distributeur de billets sur la place.")],
        nav=[("Accueil du Petit Crozetois", "/"), ("Toutes les nouvelles", "/nouvelles/"), ("Agenda des Ormeaux", "/agenda/"), ("Qui fait le Petit Crozetois", "/equipe/"), ("Écrire au Petit Crozetois", "/ecrire/")],
        rss="Suivre le Petit Crozetois par RSS",
        tagline="Les nouvelles des Ormeaux et des environs, écrites par des voisins",
        token="c4a81e2f97b04d6a8e15b3f0d26c9a51")},
    (mp71, "CH_SITES"): {"Vaucrozet Quartiers": dict(
        community="1422",
        copyright="© 2026 Vaucrozet Quartiers Média SAS, tous droits réservés",
        domain="vaucrozet.quartiers.example",
        footer=[("À propos de Vaucrozet Quartiers", "/a-propos"), ("Envoyer une info à Vaucrozet Quartiers", "/infos"),
                ("Charte de Vaucrozet Quartiers", "/charte"), ("L'équipe de Vaucrozet Quartiers", "/equipe")],
        groups=[("Quartier de la Gare de Vaucrozet", "/gare"), ("Square Lamartine", "/square-lamartine"), ("Vie de quartier", "/vie-de-quartier")],
        handle="inesmarchetti",
        nav=[("Les quartiers de Vaucrozet", "/quartiers"), ("Logement à Vaucrozet", "/logement"), ("Se déplacer à Vaucrozet", "/deplacements"),
             ("Chantiers de Vaucrozet", "/chantiers"), ("Plans et guides de Vaucrozet", "/guides")],
        nl_text="Les nouvelles de votre quartier de Vaucrozet, deux fois par semaine.",
        nl_title="Recevez la lettre de Vaucrozet Quartiers",
        ot="2b7e91c4-5a3d-4f0e-8c17-9e6d3a1b4f20",
        ot_text="Vaucrozet Quartiers et ses partenaires utilisent des cookies pour faire fonctionner le site, comprendre ce que lisent nos lecteurs et afficher des publicités. Vous pouvez tout accepter, refuser ceux dont nous n'avons pas besoin ou choisir dans les paramètres.",
        slug="quartiers_vaucrozet", twitter="VaucrozetQuartiers")},
    (mp74, "WPB_SITES"): {"El Eco de Peñaverde": dict(
        about="El Eco de Peñaverde es un periódico independiente que hacen dos periodistas del pueblo con la ayuda de sus lectores.",
        cats=["Peñaverde", "Los pueblos de la vega de Peñaverde", "Agenda del Eco", "El campo y la cooperativa de Peñaverde"],
        color="#1f4a7a",
        cookie="El Eco usa cookies para que la web te recuerde y para saber qué noticias de Peñaverde se leen más. ¿Estás de acuerdo con el Eco?",
        copyright="Copyright © 2026 El Eco de Peñaverde S.L. Sale en papel los sábados.",
        host="elecodepenaverde.example",
        links=["Quiénes somos en El Eco", "Pon un anuncio en El Eco", "Suscripción en papel al Eco", "Privacidad en El Eco"],
        nav=["Noticias de Peñaverde", "Los pueblos de la vega de Peñaverde", "Deportes en el Eco", "El campo y la cooperativa de Peñaverde", "Agenda del Eco", "Cuéntale al Eco tu noticia"],
        tagline="Noticias, deportes y fiestas de Peñaverde y su vega",
        tags=["pista de hielo", "Navidad en Peñaverde"], theme="ecopress")},
    (mp55, "ASTRO"): {"Vega Abierta": dict(
        author_line="{name} escribe sobre el campo, el agua y los pueblos de la vega del Cárdeno para Vega Abierta.",
        cookie_title="Cookies en Vega Abierta",
        domain="vegaabierta.example",
        footer_about="Vega Abierta es una redacción sin ánimo de lucro, pagada por sus lectores, que cuenta lo que pasa en los pueblos y el campo de la vega del Cárdeno.",
        footer_address="Vega Abierta, Asociación de Periodismo Local, calle de la Acequia 9, Peñaverde",
        footer_links=["Quiénes somos en Vega Abierta", "Quién nos financia", "Cuando Vega Abierta se equivoca", "Reproduce nuestras noticias", "Tu privacidad en Vega Abierta"],
        nav=["Agua y regadío", "Campo y ganado", "Salud en la vega", "Vivienda y pueblos", "Quién manda en la vega", "Reportajes"],
        nl_button="Quiero el boletín del lunes", nl_text="Lo que hemos contado sobre la vega del Cárdeno, cada lunes en tu correo.",
        nl_title="El boletín de la vega", support="Apoya a Vega Abierta",
        tagline="Periodismo sin prisas para la vega del Cárdeno")},
    (mp90, "WEBNODE_SITES"): {"Asociación Vecinal de Villacárdeno": dict(
        blog="Noticias de la Asociación de Villacárdeno", colour="#2e6b5e",
        contact="Asociación Vecinal de Villacárdeno, teleclub, calle Real 11 · avv.villacardeno@example.org",
        contact_title="Escribe a la asociación de Villacárdeno",
        copyright="© 2026 Asociación Vecinal de Villacárdeno. Hecha por y para los vecinos del pueblo.",
        handle="villacardeno", host="villacardeno.webnode.page",
        latest="Novedades de Villacárdeno",
        menu=["Inicio de la web vecinal", "Noticias de la Asociación de Villacárdeno", "El río y la ribera", "Fiestas de Villacárdeno", "Contacta con nosotros"],
        slogan="La web de los vecinos de Villacárdeno",
        teasers=[("Nuevo horario del teleclub", "Abrimos también los domingos por la tarde."),
                 ("Excursión a las lagunas", "Quedan plazas en el autobús del día 18."),
                 ("Cuota de socio", "Se paga en el teleclub hasta fin de mes.")],
        template="Terra")},
    (mp75, "SH_SITES"): {"Ольховецкие ведомости": dict(
        banner="«Ольховецкие ведомости» используют cookie в длинных историях, чтобы видеть, какие главы читают до конца. Мы сохраняем их только с вашего разрешения.",
        copyright="© 2026 АНО «Редакция газеты „Ольховецкие ведомости“», Ольховец. Большие истории маленького города.",
        host="istorii.olkhovets-vedomosti.example",
        links=["О газете «Ольховецкие ведомости»", "Подписаться на «Ольховецкие ведомости»", "Конфиденциальность «Ведомостей»", "Предложить историю «Ведомостям»"],
        nav=["Главная «Ведомостей»", "Истории «Ведомостей»", "Старый Ольховец", "Фотографы «Ведомостей»"],
        org="olkhovets-vedomosti", theme="vedomosti-serif")},
    (mp66, "EE_SITES"): {"Ольховец: день за днём": dict(
        address="Редакция «Ольховец: день за днём»: г. Ольховец, ул. Соборная, 14, второй этаж",
        author="{by} пишет о людях Ольховецкого района с 2012 года и ведёт рубрику «Соседи».",
        banner="«Ольховец: день за днём» использует cookie, чтобы сайт работал, чтобы понимать, какие материалы читают, и показывать рекламу, на которую существует редакция. Передумать можно в любой момент на странице о cookie.",
        cats=[("Люди Ольховца", "lyudi-olkhovtsa"), ("Посёлок Кедровый", "kedrovyi-poselok")],
        commenters=[("Тамара из Кедрового", "29.01.2026", "Галина Петровна и меня читать научила, и дочку мою. Спасибо ей!"),
                    ("Сергей В.", "30.01.2026", "Окна в библиотеке надо менять срочно, сам там был в декабре — холодно.")],
        copyright="© 2026 «Ольховец: день за днём». Сетевое издание, регистрационный номер ЭЛ № ФС 77-00001, 12+",
        domain="olkhovets-segodnya.example",
        footer=[("Редакция газеты", [("О редакции «Ольховец: день за днём»", "/about"), ("Прислать новость в «Ольховец: день за днём»", "/about/news"), ("Работа в редакции", "/about/jobs")]),
                ("Реклама в «Ольховец: день за днём»", [("Реклама на сайте газеты", "/reklama"), ("Объявления ольховчан", "/obyavleniya")]),
                ("Читателям «Ольховец: день за днём»", [("Где купить газету", "/gde-kupit"), ("Подписка на газету", "/podpiska")])],
        gid="G-OL7S2D9KQM",
        logo="«Ольховец: день за днём» — новости Ольховца и района",
        menu=[("Новости Ольховца", "/news", [("Город Ольховец", "/news/category/gorod"), ("Кедровый и сёла", "/news/category/sela"), ("Дороги Ольховца", "/news/category/dorogi")]),
              ("Люди района", "/people", [("Разговор недели", "/people/category/razgovor"), ("Ольховчане", "/people/category/olkhovchane")]),
              ("Ольховец в архивных снимках", "/history", []),
              ("Афиша Ольховца", "/afisha", []),
              ("Газета в PDF", "/pdf", [])],
        newsletter="«Ольховец за неделю» — главное о городе по субботам, без рекламы.",
        slot="/21877/olkhovets/news_mpu",
        tagline="Городская газета Ольховца: новости, люди, афиша")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "colour", "color", "domain", "theme", "org", "gid", "slot", "account", "instance", "path", "social",
               "sub", "css", "token", "community", "handle", "ot", "slug", "cmp_key", "gtm", "pub", "menu_slugs",
               "main_slugs", "article_id", "comment_id", "image_id", "section_names", "slugs", "disqus", "email", "template"}

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
# the new layout: a page made with Mobirise, the offline site builder (Mobirise 5: Bootstrap 5 markup with its mbr-*
# classes), as the site's owner published it by FTP -- an English community news site (Marlcombe Matters) and a
# Turkish tradesmen's association (Karaçam Esnaf Derneği).  Each story is a page of its own that the owner built
# from Mobirise blocks: the head Mobirise writes (the "Site made with Mobirise" comment, charset, X-UA-Compatible,
# the generator meta, the Twitter / Open Graph image and title metas, viewport, the favicon, the description and
# title from the page settings, then the stylesheets of every block's plugin: mobirise2 icons, Bootstrap and its
# grid and reboot sheets, dropdown, socicon, animatecss, the theme's style.css, the Google Font as a preload with its
# noscript fallback and mbr-additional.css with its cache-busting query, and the owner's Google Analytics snippet
# pasted into the page's head code); the body as a run of <section data-bs-version="5.1"> blocks, each with its
# block class and a cid-* class and id Mobirise generates: the menu block (navbar-dropdown, the logo and caption,
# the hamburger toggler, nav-items with a dropdown menu, the navbar button in mbr-section-btn), the page header
# (mbr-section-title with the headline, mbr-section-subtitle with the standfirst, and the date and author line the
# owner typed in mbr-text), the image block (mbr-figure with the picture and its mbr-description caption), the
# article block with the story (the paragraphs as mbr-text mbr-fonts-style display-7, crossheads as
# mbr-section-subtitle, lists as Mobirise's list block markup), the features block with three cards linking to other
# pages, the social-follow block (socicon icons), the contacts / footer block with the copyright in mbr-text, the
# free edition's "Made with Mobirise" section, the scripts (Bootstrap bundle, smooth-scroll, ytplayer, dropdown, the
# theme script, the cookies-alert plugin with its hidden cookieData input carrying the owner's cookie text and
# button), the scroll-to-top arrow and the animation input.  Residue the owner pasted sits among the paragraphs
# of the article block.
# Mobirise's own strings (MOBI_CORE: the builder comment and generator, the "Made with" line and its link text,
# month names) are left as they ship and not checked; the sites' own strings (MOBI_SITES: menu, dropdown, button,
# features heading and cards, follow heading, contacts, copyright, cookie text and button) are.
# --------------------------------------------------------------------------
MOBI_CORE = {
    "en": dict(months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], date="{d} {m} {y}", made="Made with", link="Mobirise Website Builder",
               toggle="Toggle navigation", top="Back to top"),
    "tr": dict(months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
                       "Kasım", "Aralık"], date="{d} {m} {y}", made="Made with", link="Mobirise Website Builder",
               toggle="Toggle navigation", top="Back to top"),
}
MOBI_VERSION = "5.9.18"
MOBI_SITES = {
    "Marlcombe Matters": dict(
        lang="en", host="www.marlcombematters.example", colour="#1d5c63", ga="G-MM4T8Q2XZR", font="Jost",
        menu=["Marlcombe Matters home", "Marlcombe stories", "Christmas in Marlcombe", "About Marlcombe Matters"],
        dropdown=["Marlcombe town council", "Shops and markets", "Schools and clubs"],
        button="Send us your Marlcombe news",
        cards_title="More from Marlcombe Matters",
        follow="Follow Marlcombe Matters",
        contacts_title="Marlcombe Matters",
        contacts=["A volunteer news page for Marlcombe, run from the community room at the corn exchange.",
                  "hello@marlcombematters.example", "Noticeboard updates every Monday and Thursday"],
        copyright="© Copyright 2026 Marlcombe Matters · Run by volunteers, paid for by nobody",
        cookie="Marlcombe Matters uses cookies to count visitors and nothing else. Read our <a href='privacy.html'>privacy page</a>.",
        cookie_button="Fine, count me in",
        social=["facebook", "instagram", "whatsapp"]),
    "Karaçam Esnaf Derneği": dict(
        lang="tr", host="www.karacamesnaf.example", colour="#a3471b", ga="G-KE7D3N1VRP", font="Rubik",
        menu=["Derneğin ana sayfası", "Esnaf derneğinden haberler", "Meydanda Yaz Akşamları", "Üye esnaf"],
        dropdown=["Yönetim kurulu", "Üyelik başvurusu", "Dernek tüzüğü"],
        button="Derneğe üye olun",
        cards_title="Dernekten diğer duyurular",
        follow="Derneğimizi takip edin",
        contacts_title="Karaçam Esnaf Derneği",
        contacts=["Saat Kulesi Meydanı, Belediye İşhanı kat 2, Karaçam",
                  "dernek@karacamesnaf.example", "Hafta içi 09.00–17.00 arası açığız"],
        copyright="© Copyright 2026 Karaçam Esnaf Derneği · Tüm hakları saklıdır",
        cookie="Sitemiz yalnızca ziyaretçi sayısını ölçmek için çerez kullanır. <a href='gizlilik.html'>Gizlilik sayfamızı</a> okuyun.",
        cookie_button="Anladım, teşekkürler",
        social=["facebook", "instagram", "youtube"]),
}
MOBI_EXEMPT = {"lang", "host", "colour", "ga", "font", "social"}
# the cards of the features block: other pages of the site (headline, a line under it)
MOBI_CARDS = {
    "Marlcombe Matters": [("Marlcombe's Christmas lights: the full programme", "Switch-on, late-night shopping and the lantern parade."),
                          ("Who fixed the corn exchange clock?", "A retired watchmaker and two years of Saturday mornings."),
                          ("Tamsey valley carol services", "Every church, every time, on one page.")],
    "Karaçam Esnaf Derneği": [("Derneğimizin yeni yönetim kurulu belli oldu", "Genel kurulda yedi üye seçildi."),
                              ("Saat Kulesi'nin aydınlatması yenilendi", "Esnafın katkısıyla kule artık geceleri ışıl ışıl."),
                              ("Ramazan Bayramı'nda dükkân saatleri", "Çarşıdaki dükkânların bayram boyunca açık olduğu saatler.")],
}


def mobi_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return MOBI_CORE[lang]["date"].format(d=d, m=MOBI_CORE[lang]["months"][m - 1], y=y)


def mobi_cid(rng):
    """A block's cid-* class as Mobirise generates it ("cid-u" and nine letters and digits)."""
    return "cid-u" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))


def mobi_block(kind, val):
    """A block of the story as the Mobirise editor keeps it in the article block."""
    if kind == "p":
        return '<p class="mbr-text mbr-fonts-style display-7">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h4 class="mbr-section-subtitle mbr-fonts-style mb-3 mt-4 display-5"><strong>%s</strong></h4>' % E(val)
    if kind == "q":
        return '<blockquote class="mbr-text mbr-fonts-style display-7"><p>%s</p></blockquote>' % mp.inline_html(val)
    return '<%s class="list mbr-fonts-style display-7">\n%s\n</%s>' % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_mobirise(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = MOBI_CORE[lang], MOBI_SITES[site]
    page = wp_slug(art["title"], 60) + ".html"
    base = "https://" + s["host"]
    ver = "%d" % rng.randint(10**9, 2 * 10**9)
    img = "assets/images/%s-1200x800.jpg" % wp_slug(art["caption"], 40)
    blocks, n = art["blocks"], len(art["blocks"])
    body = []
    for i in range(n + 1):
        body.extend(placed.get(i, []))
        if i < n:
            body.append(mobi_block(*blocks[i]))
    body = "\n".join("            " + x for x in body)
    ids = {k: "%s-%s" % (k, format(rng.randint(1, 60), "x")) for k in ("menu1", "header16", "image3", "article11", "features1", "social4", "footer3")}
    cid = {k: mobi_cid(rng) for k in ids}
    menu = []
    for k, x in enumerate(s["menu"]):
        href = "index.html" if k == 0 else wp_slug(x) + ".html"
        if k == 1:
            drop = "".join('<a class="text-black dropdown-item text-primary display-4" href="%s.html">%s</a>' % (wp_slug(d), E(d)) for d in s["dropdown"])
            menu.append('<li class="nav-item dropdown"><a class="nav-link link text-black dropdown-toggle display-4" href="%s" data-toggle="dropdown-submenu" data-bs-toggle="dropdown" data-bs-auto-close="outside" aria-expanded="false">%s</a>'
                        '<div class="dropdown-menu" aria-labelledby="dropdown-%d">%s</div></li>' % (href, E(x), rng.randint(100, 999), drop))
        else:
            menu.append('<li class="nav-item"><a class="nav-link link text-black text-primary display-4" href="%s">%s</a></li>' % (href, E(x)))
    cards = "\n".join('''          <div class="item features-image col-12 col-md-6 col-lg-4">
            <div class="item-wrapper">
              <div class="item-img"><img src="assets/images/%s-800x533.jpg" alt="" title=""></div>
              <div class="item-content">
                <h5 class="item-title mbr-fonts-style display-5"><strong>%s</strong></h5>
                <p class="mbr-text mbr-fonts-style mt-3 display-7">%s</p>
              </div>
              <div class="mbr-section-btn item-footer mt-2"><a href="%s.html" class="btn btn-primary item-btn display-7">&gt;</a></div>
            </div>
          </div>''' % (wp_slug(h, 30), E(h), E(t), wp_slug(h, 50)) for h, t in MOBI_CARDS[site])
    socials = "\n".join('          <a href="https://%s.com/%s" target="_blank"><div class="soc-item"><span class="mbr-iconfont socicon socicon-%s"></span></div></a>'
                        % (net, mp11.host_name(site)[:20].lower(), net) for net in s["social"])
    contacts = "<br>".join(E(x) for x in s["contacts"])
    font = s["font"].replace(" ", "+")
    font_url = "https://fonts.googleapis.com/css?family=%s:100,200,300,400,500,600,700,800,900,100i,200i,300i,400i,500i,600i,700i,800i,900i&display=swap" % font
    return f'''<!DOCTYPE html>
<html  >
<head>
  <!-- Site made with Mobirise Website Builder v{MOBI_VERSION}, https://mobirise.com -->
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Mobirise v{MOBI_VERSION}, mobirise.com">
  <meta name="twitter:card" content="summary_large_image"/>
  <meta name="twitter:image:src" content="{base}/{img}">
  <meta property="og:image" content="{base}/{img}">
  <meta name="twitter:title" content="{A(art["title"])}">
  <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
  <link rel="shortcut icon" href="assets/images/logo-128x128.png" type="image/x-icon">
  <meta name="description" content="{A(art["sub"])}">


  <title>{E(art["title"])}</title>
  <link rel="stylesheet" href="assets/web/assets/mobirise-icons2/mobirise2.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-grid.min.css">
  <link rel="stylesheet" href="assets/bootstrap/css/bootstrap-reboot.min.css">
  <link rel="stylesheet" href="assets/dropdown/css/style.css">
  <link rel="stylesheet" href="assets/socicon/css/styles.css">
  <link rel="stylesheet" href="assets/animatecss/animate.css">
  <link rel="stylesheet" href="assets/theme/css/style.css">
  <link rel="preload" href="{font_url}" as="style" onload="this.onload=null;this.rel='stylesheet'">
  <noscript><link rel="stylesheet" href="{font_url}"></noscript>
  <link rel="preload" as="style" href="assets/mobirise/css/mbr-additional.css?v={ver}"><link rel="stylesheet" href="assets/mobirise/css/mbr-additional.css?v={ver}" type="text/css">

  <script async src="https://www.googletagmanager.com/gtag/js?id={s["ga"]}"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', '{s["ga"]}');
  </script>

</head>
<body>

  <section data-bs-version="5.1" class="menu menu1 {cid["menu1"]}" once="menu" id="{ids["menu1"]}">

    <nav class="navbar navbar-dropdown navbar-fixed-top navbar-expand-lg">
      <div class="container">
        <div class="navbar-brand">
          <span class="navbar-logo">
            <a href="index.html">
              <img src="assets/images/logo-128x128.png" alt="{A(site)}" style="height: 3rem;">
            </a>
          </span>
          <span class="navbar-caption-wrap"><a class="navbar-caption text-black text-primary display-7" href="index.html">{E(site)}</a></span>
        </div>
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-bs-toggle="collapse" data-target="#navbarSupportedContent" data-bs-target="#navbarSupportedContent" aria-controls="navbarNavAltMarkup" aria-expanded="false" aria-label="{A(c["toggle"])}">
          <div class="hamburger">
            <span></span>
            <span></span>
            <span></span>
            <span></span>
          </div>
        </button>
        <div class="collapse navbar-collapse" id="navbarSupportedContent">
          <ul class="navbar-nav nav-dropdown nav-right" data-app-modern-menu="true">{"".join(menu)}</ul>

          <div class="navbar-buttons mbr-section-btn"><a class="btn btn-primary display-4" href="contact.html">{E(s["button"])}</a></div>
        </div>
      </div>
    </nav>

  </section>

  <section data-bs-version="5.1" class="header16 {cid["header16"]}" id="{ids["header16"]}">
    <div class="container">
      <div class="row justify-content-center">
        <div class="col-12 col-lg-10">
          <h1 class="mbr-section-title mbr-fonts-style mb-3 display-2"><strong>{E(art["title"])}</strong></h1>
          <h2 class="mbr-section-subtitle mbr-fonts-style mb-3 display-7">{E(art["sub"])}</h2>
          <p class="mbr-text mbr-fonts-style mb-0 display-4">{E(mobi_date(lang, art["date"]))} · {E(art["byline"])}</p>
        </div>
      </div>
    </div>
  </section>

  <section data-bs-version="5.1" class="image3 {cid["image3"]}" id="{ids["image3"]}">
    <div class="container">
      <div class="row justify-content-center">
        <div class="col-12 col-lg-10">
          <div class="image-wrapper mbr-figure">
            <img src="{img}" alt="{A(art["caption"])}" title="">
            <p class="mbr-description mbr-fonts-style mt-2 align-center display-4">{E(art["caption"])} {E(art["credit"])}</p>
          </div>
        </div>
      </div>
    </div>
  </section>

  <section data-bs-version="5.1" class="article11 {cid["article11"]}" id="{ids["article11"]}">
    <div class="container">
      <div class="row justify-content-center">
        <div class="title col-md-12 col-lg-10">
{body}
        </div>
      </div>
    </div>
  </section>

  <section data-bs-version="5.1" class="features1 {cid["features1"]}" id="{ids["features1"]}">
    <div class="container">
      <div class="mbr-section-head">
        <h4 class="mbr-section-title mbr-fonts-style align-center mb-0 display-2"><strong>{E(s["cards_title"])}</strong></h4>
      </div>
      <div class="row mt-4">
{cards}
      </div>
    </div>
  </section>

  <section data-bs-version="5.1" class="social4 {cid["social4"]}" id="{ids["social4"]}">
    <div class="container">
      <div class="media-container-row">
        <div class="col-12">
          <h3 class="mbr-section-title align-center mb-3 mbr-fonts-style display-2"><strong>{E(s["follow"])}</strong></h3>
          <div class="social-list align-center">
{socials}
          </div>
        </div>
      </div>
    </div>
  </section>

  <section data-bs-version="5.1" class="footer3 {cid["footer3"]}" once="footers" id="{ids["footer3"]}">
    <div class="container">
      <div class="media-container-row align-center mbr-white">
        <div class="row row-links">
          <h5 class="mbr-section-subtitle mbr-fonts-style display-5"><strong>{E(s["contacts_title"])}</strong></h5>
          <p class="mbr-text mbr-fonts-style display-7">{contacts}</p>
        </div>
        <div class="row row-copirayt">
          <p class="mbr-text mb-0 mbr-fonts-style mbr-white align-center display-7">{E(s["copyright"])}</p>
        </div>
      </div>
    </div>
  </section><section class="display-7" style="padding: 0;align-items: center;justify-content: center;flex-wrap: wrap;    align-content: center;display: flex;position: relative;height: 4rem;"><a href="https://mobiri.se/{rng.randint(1000000, 9999999)}" style="flex: 1 1;height: 4rem;position: absolute;width: 100%;z-index: 1;"><img alt="" style="height: 4rem;" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="></a><p style="margin: 0;text-align: center;" class="display-7">&#8204;{E(c["made"])} &#8204;</p><a style="z-index:1" href="https://mobirise.com/builder/website-builder-software.html">{E(c["link"])}</a></section><script src="assets/bootstrap/js/bootstrap.bundle.min.js"></script>  <script src="assets/smoothscroll/smooth-scroll.js"></script>  <script src="assets/ytplayer/index.js"></script>  <script src="assets/dropdown/js/navbar-dropdown.js"></script>  <script src="assets/theme/js/script.js"></script>  <script src="assets/cookies-alert-plugin/cookies-alert-core.js"></script>  <script src="assets/cookies-alert-plugin/cookies-alert-script.js"></script>  <input name="cookieData" type="hidden" data-cookie-cookiesAlertType="alert" data-cookie-customDialogSelector='null' data-cookie-colorText='#424a4d' data-cookie-colorBg='rgba(234, 239, 241, 0.99)' data-cookie-textButton='{A(s["cookie_button"])}' data-cookie-colorButton='{s["colour"]}' data-cookie-colorLink='#424a4d' data-cookie-underlineLink='true' data-cookie-text="{s["cookie"]}">

  <div id="scrollToTop" class="scrollToTop mbr-arrow-up"><a style="text-align: center;" title="{A(c["top"])}"><i class="mbr-arrow-up-icon mbr-arrow-up-icon-cm cm-icon cm-icon-smallarrow-up"></i></a></div>
    <input name="animation" type="hidden">
  </body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Mobirise's editor and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"mobirise": []}  # (the image block and its caption sit above the article block)
for _mod, _names in ((mp29, ["grav"]), (mp30, ["tagdiv"]), (mp27, ["textpattern"]), (mp47, ["jekyll"]),
                     (mp67, ["escenic"]), (mp78, ["bricks"]), (mp80, ["octobercms"]), (mp73, ["methode"]),
                     (mp77, ["beehiiv"]), (mp58, ["eleventy"]), (mp71, ["chorus"]), (mp74, ["wpbakery"]),
                     (mp55, ["astro"]), (mp90, ["webnode"]), (mp75, ["shorthand"]), (mp66, ["expressionengine"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "icerinksessions", "foodtruckrota", "sharpsbins"]
NEW_FAMILIES = ["icerinksessions", "foodtruckrota", "sharpsbins"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"icerinksessions": ["icerinksessions", "ice rink", "ice-rink", "skating session", "public skating",
                                        "skate hire", "rink timetable", "rink session"],
                    "foodtruckrota": ["foodtruckrota", "food truck", "food-truck", "street food", "street-food",
                                      "truck rota", "van rota"],
                    "sharpsbins": ["sharpsbins", "sharps", "needle", "syringe", "sharps bin", "needle disposal"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a community page, a club's or an association's website would not carry (no newsroom to credit a
# photograph to, to update a story or to have reporters, no adverts, app or paywall)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
# a one-person newsletter: no adverts, app, push alerts, newsroom, reporters or paywall
NOT_ON_INDIE = {"ad", "app", "push", "typo", "standards", "section", "continue", "audio", "related", "bio", "credit",
                "tip", "topics", "readtime", "print", "bookmark", "feedback", "updated"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="social-optin-vx8"><p class="social-optin-vx8__t">%s</p><button class="social-optin-vx8__b" type="button">Turn on</button></div>',
               '<p class="embed-locked-vx8">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="teatime-mail-vx8"><p class="teatime-mail-vx8__t">%s</p><a class="teatime-mail-vx8__a" href="/email/teatime">&#8250;</a></div>',
                   '<p class="metered-wall-vx8">%s</p>', '<h5 class="five-oclock-vx8">%s</h5>'],
    "share": ['<ul class="pass-on-vx8">{items}</ul>', '<div class="pass-on-bar-vx8">%s</div>', '<p><a href="#pass-on">%s</a></p>'],
    "photo": ['<p class="reader-pic-vx8">%s</p>', '<span class="reader-pic-chip-vx8">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-copying-vx8">%s</p>', '<div class="consent-notice-vx8"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="valley-crumb-vx8">%s</p>', '<h6 class="crumb-strap-vx8">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="star-break-vx8">%s</p>', '<div class="snow-break-vx8">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="desk-reporting-vx8">%s</p>', '<div class="desk-credit-vx8">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="heading-repeat-vx8"><strong>%s</strong></p>', '<h2 class="heading-twice-vx8">%s</h2>', '<h3><b>%s</b></h3>'],
    "ad": ['<div class="sponsored-slot-vx8">%s</div>', '<p class="carries-on-vx8">%s</p>', '<div><small><b>%s</b></small></div>'],
    "continue": ['<p class="show-rest-vx8"><a href="#rest">%s</a></p>', '<div class="expand-story-vx8">%s</div>', '<div><a href="#rest">%s</a></div>'],
    "comments": ['<p class="join-talk-vx8"><a href="#talk">%s</a></p>', '<div class="talk-count-vx8">%s</div>', '<p><a href="#talk"><b>%s</b></a></p>'],
    "readtime": ['<p class="mins-read-vx8">%s</p>', '<span class="mins-chip-vx8">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-updated-vx8"><time>%s</time></p>', '<div class="update-strip-vx8">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="press-play-vx8"><button class="press-play-vx8__btn" type="button" aria-label="Play"></button><span class="press-play-vx8__l">%s</span></div>',
              '<p class="hear-it-vx8"><a href="#hear">%s</a></p>', '<div><a href="#hear">%s</a></div>'],
    "correction": ['<aside class="fixed-note-vx8"><p>%s</p></aside>', '<p class="correction-line-vx8"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="app-promo-vx8"><p class="app-promo-vx8__t">%s</p><a class="app-promo-vx8__a" href="/app">&#8595;</a></div>',
            '<p class="app-line-vx8">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="byline-card-vx8"><p class="byline-card-vx8__t">%s</p></div>', '<p class="writes-about-vx8"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-vx8"><p>%s</p></div>', '<p class="text-newsdesk-vx8">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="mistake-report-vx8"><p>%s</p></div>', '<p class="ctrl-enter-vx8">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="alerts-ask-vx8"><p class="alerts-ask-vx8__q">%s</p></div>', '<ul class="alerts-ask-opts-vx8">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="article-tools-vx8">{items}</ul>', '<p class="tools-row-vx8">%s</p>', '<div><a href="?pdf=1">%s</a></div>'],
    "feedback": ['<div class="thumbs-vx8"><p class="thumbs-vx8__q">%s</p></div>', '<ul class="thumbs-opts-vx8">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-note-vx8"><p>%s</p></div>', '<p class="complaints-to-vx8"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="read-about-vx8"><span class="read-about-vx8__t">%s</span></div>', '<ul class="read-about-list-vx8">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="heart-save-vx8"><a class="heart-save-vx8__a" href="#later">%s</a></div>', '<p class="later-line-vx8"><a href="#later">%s</a></p>',
                 '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="quick-vote-vx8"><p class="quick-vote-vx8__q">%s</p><button class="quick-vote-vx8__b" type="button">Vote</button></div>',
             '<ul class="quick-vote-opts-vx8">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/M{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/M{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-poster-vx8"><a class="video-poster-vx8__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({rinklist}: the sessions with times and prices, and skate hire, booking
    # and the rules, as a list; {rinkrows}: the sessions as a table; {rinkdl}: hire, booking and rules as a
    # definition list; {trucklist}: the days with their van and times, and the pitch, paying and seating, as a list;
    # {truckrows}: the rota as a table; {truckdl}: pitch, paying and seating as a definition list; {sharpslist}: the
    # drop-off points with hours and what they take, and what to do on finding a needle, as a list; {sharpsrows}: the
    # points as a table; {sharpsdl}: reporting, removal and a needle-stick injury as a definition list)
    "icerinksessions": ['<div class="rink-sessions-vx8"><h4 class="rink-sessions-vx8__hd">%s</h4><ul class="rink-sessions-vx8__list">{rinklist}</ul></div>',
                        '<div class="rink-timetable-vx8"><p class="rink-timetable-vx8__hd"><strong>%s</strong></p><table class="rink-timetable-vx8__tbl">{rinkrows}</table></div>',
                        '<p class="rink-booking-vx8"><a class="rink-booking-vx8__a" role="button" href="/eisbahn/laufzeiten-buchen">%s</a></p>',
                        '<div class="skate-info-card-vx8"><h5 class="skate-info-card-vx8__hd">%s</h5><dl class="skate-info-card-vx8__dl">{rinkdl}</dl></div>'],
    "foodtruckrota": ['<aside class="van-rota-vx8"><h4 class="van-rota-vx8__hd">%s</h4><ul class="van-rota-vx8__list">{trucklist}</ul></aside>',
                      '<div class="truck-rota-table-vx8"><p class="truck-rota-table-vx8__hd"><b>%s</b></p><table class="truck-rota-table-vx8__tbl">{truckrows}</table></div>',
                      '<p class="rota-link-vx8"><a class="rota-link-vx8__a" role="button" href="/yaz-aksamlari/kamyon-takvimi">%s</a></p>',
                      '<div class="street-food-card-vx8"><h5 class="street-food-card-vx8__hd">%s</h5><dl class="street-food-card-vx8__dl">{truckdl}</dl></div>'],
    "sharpsbins": ['<div class="needle-points-vx8"><h4 class="needle-points-vx8__hd">%s</h4><ul class="needle-points-vx8__list">{sharpslist}</ul></div>',
                   '<div class="sharps-table-vx8"><p class="sharps-table-vx8__hd"><strong>%s</strong></p><table class="sharps-table-vx8__tbl">{sharpsrows}</table></div>',
                   '<p class="needle-report-vx8"><a class="needle-report-vx8__a" href="/ordnungsamt/spritzenfund-melden">%s</a></p>',
                   '<div class="found-needle-card-vx8"><h5 class="found-needle-card-vx8__hd">%s</h5><dl class="found-needle-card-vx8__dl">{sharpsdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>· %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/email/teatime"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "icerinksessions": (0.0, [' <a class="btn-rink" href="/eisbahn/laufzeiten-buchen"><strong>%s</strong></a>']),
          "sharpsbins": (0.0, ['<br><a href="/ordnungsamt/spritzenfund-melden"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "icerinksessions": 2, "sharpsbins": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-pic-vx8"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="also-news-vx8"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="also-box-vx8"><p class="also-box-vx8__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (RINK_HEAD, TRUCK_HEAD, SHARPS_HEAD, above), as the web teams left them (not checked)


def widget_rows(style, lang, rng, art):
    """The rows of a widget's table, list or definition list, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")

    def table(head, rows):
        return ("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                + "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(x) for x in row) for row in rows))

    def dl(rows):
        return "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b)) for a, b in rows)

    out = style
    if "{rink" in style:
        out = (out.replace("{rinklist}", "".join('<li><strong>%s</strong> · %s · %s</li>' % tuple(esc(x) for x in r) for r in RINK_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in RINK_INFO[lang]))
               .replace("{rinkrows}", table(RINK_HEAD[lang], RINK_ROWS[lang])).replace("{rinkdl}", dl(RINK_INFO[lang])))
    if "{truck" in style:
        out = (out.replace("{trucklist}", "".join('<li><strong>%s</strong>: %s (%s)</li>' % tuple(esc(x) for x in r) for r in TRUCK_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in TRUCK_INFO[lang]))
               .replace("{truckrows}", table(TRUCK_HEAD[lang], TRUCK_ROWS[lang])).replace("{truckdl}", dl(TRUCK_INFO[lang])))
    if "{sharps" in style:
        out = (out.replace("{sharpslist}", "".join('<li><strong>%s</strong> — %s; %s</li>' % tuple(esc(x) for x in r) for r in SHARPS_ROWS[lang])
                           + "".join('<li><b>%s</b> %s</li>' % (esc(k), esc(v)) for k, v in SHARPS_INFO[lang]))
               .replace("{sharpsrows}", table(SHARPS_HEAD[lang], SHARPS_ROWS[lang])).replace("{sharpsdl}", dl(SHARPS_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "icerinksessions": rng.choice([mid, n, n]),
               "foodtruckrota": rng.choice([mid, n]), "sharpsbins": rng.choice([mid, n])}.get(fam, mid)
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
DROPCAP = {"wordpress": ("class", "has-drop-cap")}
# a block-editor group with a background colour around a paragraph
BOX = {"wordpress": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained">\n', "\n</div>")}
# Escenic's fact box relation, which the editor dropped into the body around a subheading and its list
FACTBOX = {"escenic": ("wrap", '<div class="inline-relation factbox" data-relation-type="factbox">\n', "\n</div>")}
# the markdown-notices plugin of Grav ("! " in the page's markdown)
CALLOUT = {"grav": ('<div class="notices yellow">\n<p>', "</p>\n</div>")}
BOLD = {"mobirise": ("<strong>", "</strong>")}
ITALIC = {"mobirise": ("<em>", "</em>")}
# a highlight: TinyMCE's background colour in the tagDiv theme's classic editor
HIGHLIGHT = {"tagdiv": ('<span style="background-color: #ffff99;">', "</span>")}
MOBI_LOOKS = ("bold", "italic", "br")


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
# templates: mobirise is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"mobirise": tpl_mobirise, "grav": mp29.tpl_grav, "tagdiv": mp30.tpl_tagdiv, "textpattern": mp27.tpl_textpattern,
                 "jekyll": mp47.tpl_jekyll, "escenic": mp67.tpl_escenic, "bricks": mp78.tpl_bricks,
                 "octobercms": mp80.tpl_octobercms, "methode": mp73.tpl_methode, "beehiiv": mp77.tpl_beehiiv,
                 "eleventy": mp58.tpl_eleventy, "chorus": mp71.tpl_chorus, "wpbakery": mp74.tpl_wpbakery,
                 "astro": mp55.tpl_astro, "webnode": mp90.tpl_webnode, "shorthand": mp75.tpl_shorthand,
                 "expressionengine": mp66.tpl_expressionengine}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h94), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "mobirise"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"jekyll": (mp47, "JEKYLL"), "escenic": (mp67, "ESC_SITES"), "bricks": (mp78, "BRICKS_SITES"),
              "octobercms": (mp80, "OCTOBER_SITES"), "methode": (mp73, "MT_SITES"), "beehiiv": (mp77, "BEEHIIV_SITES"),
              "eleventy": (mp58, "ELEVENTY"), "chorus": (mp71, "CH_SITES"), "wpbakery": (mp74, "WPB_SITES"),
              "astro": (mp55, "ASTRO"), "webnode": (mp90, "WEBNODE_SITES"), "shorthand": (mp75, "SH_SITES"),
              "expressionengine": (mp66, "EE_SITES")}
# the later layouts that keep their site's strings by language: this part replaces the language's entry in full
LANG_DICTS = {"grav": (mp29, "GRAV"), "tagdiv": (mp30, "TAGDIV"), "textpattern": (mp27, "TXP")}


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
            rng = random.Random("newsflow-heldout95-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI95[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 95) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h94), labels, furniture strings,
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
    # layouts: mobirise (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # at least MIN_FRESH of the earlier layouts are used by none of h91 .. h94
    fresh = [t for t in tpls if t != NEW_LAYOUT and not any(a["tpl"] == t for mod in FRESH_PARTS for a in mod.ARTICLES)]
    if len(fresh) < MIN_FRESH:
        problems.append("%d earlier layouts that h91 .. h94 did not use (want %d or more)" % (len(fresh), MIN_FRESH))
    # an earlier layout is not on a page in a language h93 or h94 gave it
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
    # the mobirise pages: a site of MOBI_SITES in its own language (MOBI_CORE); of the looks only those the Mobirise
    # editor sets (bold, italic, a line break); the later layouts keyed by site name: a site this part adds, those
    # keyed by language: this part's own entry; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in MOBI_SITES or a["lang"] not in MOBI_CORE
                                       or MOBI_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in MOBI_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: mobirise page needs a Mobirise site in its language and the editor's looks only" % a["id"])
        if a["tpl"] in LANG_DICTS and a["lang"] not in SITE_STRINGS[LANG_DICTS[a["tpl"]]]:
            problems.append("%s: %s page needs this part's own strings for its language" % (a["id"], a["tpl"]))
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
    mobi_sites = [{k: v for k, v in d.items() if k not in MOBI_EXEMPT} for d in MOBI_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (MOBI_CORE, RINK_HEAD, TRUCK_HEAD and SHARPS_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MOBI_SITES", mobi_sites), ("MOBI_CARDS", MOBI_CARDS),
                      ("UI_NEW", UI_NEW), ("tags", tags), ("categories", [a.get("categories", []) for a in ARTICLES]),
                      ("body captions", [a.get("body_caption", "") for a in ARTICLES])):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or re.match(r"(/|https?://)", s):
                continue  # (the paths and addresses the sites' menus link to are not wordings)
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






