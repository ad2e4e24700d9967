#!/usr/bin/env python3
"""Hundredth held-out part (h100-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout100.py           # write pages/h100-*.html
    python benchmarks/data/extraction/make_heldout100.py --check   # verify pages/h100-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout100.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout99.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout98.py and make_heldout97.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.  The
page ids carry a three-digit part number (h100-en-001 ...): nothing here slices an id by position, the seed is the
whole id, and verify() builds the expected ids from PART.
Stories are in articles_h100_en.py / articles_h100_intl.py (fictional local and regional outlets, a community radio
station, a park friends' group, a nature-conservation group, a village citizens' association, a neighbours'
association's blog, a local news agency and a television station, in invented places -- Cotterhithe and the Lydburn
valley with Saltley Bridge, Fernhallow, Oakstead Green and Pell's Cross, Gökçeyurt with Kirazbağı and Çobanpınarı,
Wendelsfeld with Kranichmoor and Oberlüttich, Roquebrèze and the hamlet of Les Ajoncs on the Vézonne, Villarejo de
la Sierpe and Navalmoro on the Almonda, Журавлинск with Кукушкино and Лосиный Брод on the Журавка --; every name and
number invented).  The residue wordings -- thirty of the generic families of the earlier parts (one wording each in
every language, two for the newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three
new ones -- their wrapper class names, related headlines and teasers, site names, the sites' own strings in the
earlier layouts and the furniture strings are new here: verify() refuses to build if one reuses a sentence of
make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines, tags or site names of
make_heldout2..98, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool,
family list, template family or docstring, if a story paragraph or headline of an earlier part (h97 and h98
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  The earlier
families placed only for a reason in a story (calendar, map, gallery, scores) are not used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three languages, their four markups in turn over the part (a list, a table, a link or
button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on the
third carrier --, a definition-list card).  The brief proposed baby-bank donation panels, free period-product
pick-up panels and bat-walk event listings; two of them are, in substance, families of earlier parts under another
name -- a baby bank's "what is needed, drop-off points, opening times" panel is make_heldout54's food-bank appeal
(the urgently-needed list, the drop-off points, the donate button), and a bat walk listing (walk, meeting point,
time, booking) is make_heldout96's guided-walk programme listing --, so this part takes close but distinct
subjects for them: baby-clinic session listings (babyclinics: the drop-in sessions where a health visitor, midwife
or nurse weighs and checks babies, with venue, day and times, and what happens, what to bring and that no
appointment is needed) on an English maternity unit reopening for births (the new layout: the list), an English
report on child poverty (the table), a Turkish village's new family health centre (the "see the baby clinic days"
link, run into the last paragraph) and a German village's new family centre in the old parsonage (the card);
free period-product pick-up panels (periodproducts: the places, where in the building and when open, and who can
take them, that no questions are asked and how to report an empty basket) on an English secondary-school budget
cut (the list), an English council's library scheme (the table), a French médiathèque's free baskets (the "where to
find free products" link, run into the last paragraph) and a Spanish town's equality plan (the card); and, in
place of the bat walks, grounded-bat rescue advice panels (batrescue: what to do on finding a bat -- do not handle
it bare-handed, a box with air holes, a drop of water, a quiet place --, and the bat care helpline with its hours
and the animals' protection in law) on an English nature reserve's bat survey (the list), an English park friends'
group's summer evenings by the lake (the table), a German conservation group's winter count in a brewery's ice
cellar (the "found a bat?" link, run into the last paragraph) and a French village's church-attic colony (the
card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads (CLINIC_HEAD,
PERIOD_HEAD, BAT_HEAD) are the web teams' generic strings and not checked; the rows (CLINIC_ROWS, CLINIC_INFO,
PERIOD_ROWS, PERIOD_INFO, BAT_ROWS, BAT_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the park friends on Squarespace, the conservation group on Weebly, the citizens'
association on Wix and the neighbours' blog on Blogger -- no newsroom to credit a photograph to, update a story,
sell adverts or send reporters); a correction box goes only on a story that was corrected, with that story's own
wording (an English village hall roof's cost, which the page carries among its residue, and an English farm shop
fire's month, the page's only residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips,
panels, strips and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the baby-clinic link, the period-product link, the bat-rescue link; only one line in
any paragraph) or a section tag run into the start of the first paragraph.  On the new layout, residue the owner
pasted sits among the paragraphs of the post's content block.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap (a
first letter the owner enlarged in Nicepage's text editor, and the magazine layout's class), italics (a one-line
quote on medium), bold (a one-line paragraph on brightspot: "The pantry now opens four days a week."), a
highlighted sentence (a <mark> on nicepage, webflow and quintype, Elementor's text editor's background colour), a
paragraph in a box (a Nicepage group around a subheading and its paragraph, the magazine's panel around a question
and its answer), a fact box holding a subheading and its list (the portal's fact box around "The roof in numbers"),
a callout (Odoo's alert snippet, Elementor's alert widget), a paragraph typed after a <br> (Shift+Enter, on nextjs
and ghost); story structures that look like furniture but are the story: question-and-answer interviews
(questions typed in bold, some of a few words -- "And your best day?", "Et le loup ?", "Дорога изменилась?",
"Sizden sonra bu dükkân ne olacak?" --, in English, Turkish, French and Russian: a lock-keeper after 36 years, a blacksmith after 52, a
shepherd after forty summers, a school bus driver after 33), lists inside the story (school cuts, a village hall's
roof, a family centre's services, a washhouse's new rooms, a playground's equipment), crossheads as headings (a
maternity unit, a village hall roof, Turkish village schools' fuel, a Spanish pool, a Russian playground) and as
bold paragraphs (child poverty, a bat count, a médiathèque, a ferry), one-line quotes and short one-line
paragraphs, a closing line with practical information (tours of birth rooms, a parents' meeting, a survey's
results evening, a park walk, a pantry's hours, a farewell tea, hall bookings, a farm shop's hours, a health
centre's hours, donations, a smithy's hours, bat boxes, an opening party, theatre tickets, a médiathèque's hours, a
discovery evening, a shepherds' festival, an inauguration, a notice board, pool prices, a ferry timetable, a
send-off, a playground's address), and story sentences that use furniture words in ordinary reporting ("Subscribe
to any parents' group in Cotterhithe" opening a story, "share a photo if you get one" and "contact the farm"
closing stories, "des cookies maison", "Wer unsere Arbeit verfolgen möchte", "fotoğraf çekiyor").  Two pages carry
no residue at all (an English lock-keeper on cms and a Russian playground on amp) and one only its correction line
(an English farm shop on semantic).
One page layout is new (nicepage: a blog post on a site made with the Nicepage website builder, on two pages, an
English community news site and a Spanish local news site; see the section of the layout below).  The builder's
own strings (NICEPAGE_CORE) are left as they ship and not checked; the sites' own strings (NICEPAGE_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- cms, table, portal,
semantic, ghost, amp (make_pages.py), magazine, nextjs (make_heldout2.py), broadcaster (make_heldout3.py),
squarespace, brightspot (make_heldout5.py), bitrix, quintype (make_heldout6.py), k2 (make_heldout7.py), webflow
(make_heldout10.py), medium (make_heldout13.py), blogger (make_heldout14.py), tilda (make_heldout15.py), wix
(make_heldout16.py), weebly (make_heldout18.py), elementor (make_heldout21.py) and odoo (make_heldout87.py) --, none
of them in the language h97 or h98 gave it, and 16 of them (all but the six first-round layouts) used by none of
h95 .. h98 (English on nextjs, medium, squarespace, brightspot, table, cms, portal and semantic; Turkish on webflow,
bitrix and k2; German on weebly, wix and ghost; French on tilda, odoo and magazine; Spanish on blogger and elementor;
Russian on broadcaster, quintype and amp); while a page is rendered, the earlier modules' related headlines and
teasers, the strings that belong to one site rather than to the platform (see SITE_STRINGS: the layouts keyed by
language -- the magazine's inline links and author line, the broadcaster's player, Squarespace's newsletter block,
Brightspot's audio and promo labels, the Bitrix agency, Quintype's also-read label, Webflow's strings, Medium's
publication menu and teasers, Blogger, Tilda, Wix, Weebly and Elementor --, the layouts keyed by site name -- Odoo
-- get this part's own site added) and the residue pools those helpers draw from themselves (the table layout's
banner label) are swapped for this part's own, and the templates get this part's furniture strings (UI_NEW)
instead of make_pages.UI.
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
from articles_h100_en import ARTICLES as H100_EN  # noqa: E402
from articles_h100_intl import ARTICLES as H100_INTL  # noqa: E402

ARTICLES = H100_EN + H100_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98)
# parts whose layouts' languages this part avoids (the two latest finished parts; h99 is written at the same time
# and was not read)
LANG_PARTS = (mp97, mp98)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp95, mp96, mp97, mp98)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h100"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h98 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Lydburn valley maps and clips stay hidden until you allow third-party cookies for them"],
        "tr": ["Gökçeyurt haritaları ve videoları, üçüncü taraf çerezlerine izin verene kadar gizli kalır"],
        "de": ["Karten und Clips aus Wendelsfeld bleiben verborgen, bis Sie Cookies von Drittanbietern dafür erlauben"],
        "fr": ["Les cartes et vidéos de Roquebrèze restent masquées tant que vous n'autorisez pas les cookies tiers"],
        "es": ["Los mapas y vídeos de Villarejo siguen ocultos hasta que permitas las cookies de terceros"],
        "ru": ["Карты и ролики о Журавлинске скрыты, пока вы не разрешите сторонние cookie"],
    },
    "newsletter": {
        "en": ["Get the Lydburn Lunchtime Letter, the valley's news at noon",
               "That was your last free Cotterhithe story this month: create an account to keep reading"],
        "tr": ["Gökçeyurt Öğle Mektubu'nu alın, ilçenin haberleri öğlen gelsin",
               "Bu ayın son ücretsiz Gökçeyurt haberini okudunuz: okumaya devam etmek için hesap açın"],
        "de": ["Holen Sie sich den Wendelsfelder Mittagsbrief mit den Nachrichten aus dem Ort zur Mittagszeit",
               "Das war Ihr letzter freier Wendelsfelder Artikel in diesem Monat: Legen Sie ein Konto an, um weiterzulesen"],
        "fr": ["Recevez la Lettre de midi de la Vézonne, l'actualité de Roquebrèze à l'heure du déjeuner",
               "C'était votre dernier article gratuit sur Roquebrèze ce mois-ci : créez un compte pour continuer à lire"],
        "es": ["Recibe la Carta del Mediodía de Villarejo, las noticias del pueblo a la hora de comer",
               "Era tu última noticia gratuita de Villarejo este mes: crea una cuenta para seguir leyendo"],
        "ru": ["Получайте «Журавлинский полдень» — новости города к обеду",
               "Это был последний бесплатный материал о Журавлинске в этом месяце: заведите аккаунт, чтобы читать дальше"],
    },
    "share": {
        "en": ["Pass it round Cotterhithe: Facebook · WhatsApp · Threads · Email"],
        "tr": ["Gökçeyurt'ta yayın: Facebook · WhatsApp · Threads · E-posta"],
        "de": ["In Wendelsfeld weitersagen: Facebook · WhatsApp · Threads · E-Mail"],
        "fr": ["Faire circuler à Roquebrèze : Facebook · WhatsApp · Threads · Courriel"],
        "es": ["Hazlo correr por Villarejo: Facebook · WhatsApp · Threads · Correo"],
        "ru": ["Расскажите в Журавлинске: ВКонтакте · Одноклассники · Telegram · Почта"],
    },
    "photo": {
        "en": ["Picture: reader's own, sent to us from Cotterhithe"],
        "tr": ["Fotoğraf: okurumuzun gönderdiği, Gökçeyurt"],
        "de": ["Bild: Leserfoto aus Wendelsfeld"],
        "fr": ["Photo : envoyée par un lecteur de Roquebrèze"],
        "es": ["Foto: enviada por un lector de Villarejo"],
        "ru": ["Фото прислал читатель из Журавлинска"],
    },
    "copyright": {
        "en": ["This Lydburn valley article belongs to {site} and must not be copied, framed or republished without a licence."],
        "tr": ["Bu Gökçeyurt haberi {site} kuruluşuna aittir; lisans alınmadan kopyalanamaz ve yeniden yayımlanamaz."],
        "de": ["Dieser Wendelsfelder Artikel gehört {site} und darf ohne Lizenz weder kopiert noch weiterverbreitet werden."],
        "fr": ["Cet article sur Roquebrèze appartient à {site} et ne peut être copié ni republié sans licence."],
        "es": ["Esta noticia de Villarejo pertenece a {site} y no puede copiarse ni republicarse sin licencia."],
        "ru": ["Материал о Журавлинске принадлежит «{site}»; копирование и перепечатка без лицензии запрещены."],
    },
    "section": {
        "en": ["Lydburn valley › {section}"],
        "tr": ["Gökçeyurt › {section}"],
        "de": ["Wendelsfeld › {section}"],
        "fr": ["Roquebrèze › {section}"],
        "es": ["Villarejo › {section}"],
        "ru": ["Журавлинск › {section}"],
    },
    "related": {
        "en": ["More from around the Lydburn valley"],
        "tr": ["Gökçeyurt ve köylerinden daha fazlası"],
        "de": ["Mehr aus Wendelsfeld und den Ortsteilen"],
        "fr": ["D'autres nouvelles de Roquebrèze et des Ajoncs"],
        "es": ["Más noticias de Villarejo y Navalmoro"],
        "ru": ["Другие новости Журавлинска и округи"],
    },
    "symbol": {"*": ["✿ · ✿ · ✿", "❖ ⋅ ❖ ⋅ ❖", "✦ ˙ ✦ ˙ ✦"]},
    "credit": {
        "en": ["With extra reporting from the Cotterhithe desk of {site}"],
        "tr": ["{site} Gökçeyurt masasının katkılarıyla"],
        "de": ["Mit Material der {site}-Redaktion in Wendelsfeld"],
        "fr": ["Avec le concours de la rédaction de {site} à Roquebrèze"],
        "es": ["Con la colaboración de la mesa de {site} en Villarejo"],
        "ru": ["При участии журавлинской редакции «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion · the Cotterhithe story carries on below"],
        "tr": ["Ücretli tanıtım · Gökçeyurt haberi aşağıda devam ediyor"],
        "de": ["Bezahlte Anzeige · der Wendelsfelder Artikel geht unten weiter"],
        "fr": ["Contenu promotionnel · l'article sur Roquebrèze continue plus bas"],
        "es": ["Promoción pagada · la noticia de Villarejo sigue más abajo"],
        "ru": ["Оплаченная реклама · материал о Журавлинске продолжается ниже"],
    },
    "continue": {
        "en": ["Show the rest of this Cotterhithe story"],
        "tr": ["Bu Gökçeyurt haberinin devamını göster"],
        "de": ["Den Rest des Wendelsfelder Artikels zeigen"],
        "fr": ["Afficher la suite de cet article sur Roquebrèze"],
        "es": ["Mostrar el resto de esta noticia de Villarejo"],
        "ru": ["Показать продолжение материала о Журавлинске"],
    },
    "comments": {
        "en": ["{n} Lydburn valley readers are talking about this: join in"],
        "tr": ["{n} Gökçeyurt okuru bunu konuşuyor, siz de katılın"],
        "de": ["{n} Wendelsfelder Leser diskutieren darüber: machen Sie mit"],
        "fr": ["{n} lecteurs de la Vézonne en discutent : participez"],
        "es": ["{n} lectores de Villarejo están hablando de esto: únete"],
        "ru": ["{n} читателей из Журавлинска уже обсуждают это — присоединяйтесь"],
    },
    "readtime": {
        "en": ["A {m}-minute read from the Lydburn valley"],
        "tr": ["Gökçeyurt'tan {m} dakikalık okuma"],
        "de": ["In {m} Minuten gelesen, aus Wendelsfeld"],
        "fr": ["Un article de Roquebrèze à lire en {m} minutes"],
        "es": ["Una noticia de Villarejo para leer en {m} minutos"],
        "ru": ["Материал из Журавлинска на {m} минуты чтения"],
    },
    "updated": {
        "en": ["Last changed {d} at {t} by the Cotterhithe desk"],
        "tr": ["Son değişiklik: {d}, {t}, Gökçeyurt masası"],
        "de": ["Zuletzt geändert am {d} um {t} Uhr von der Wendelsfelder Redaktion"],
        "fr": ["Dernière modification le {d} à {t} par la rédaction de Roquebrèze"],
        "es": ["Última modificación el {d} a las {t}, redacción de Villarejo"],
        "ru": ["Последнее изменение {d} в {t}, журавлинская редакция"],
    },
    "audio": {
        "en": ["Play the audio version of this Lydburn valley story · {m} min"],
        "tr": ["Bu Gökçeyurt haberinin sesli sürümünü oynatın · {m} dk"],
        "de": ["Die Audiofassung des Wendelsfelder Artikels abspielen · {m} Min."],
        "fr": ["Lancer la version audio de cet article sur Roquebrèze · {m} min"],
        "es": ["Reproducir la versión en audio de esta noticia de Villarejo · {m} min"],
        "ru": ["Включить аудиоверсию материала о Журавлинске · {m} мин"],
    },
    "correction": {
        "en": ["A mistake in this Lydburn valley article has been put right."],
        "tr": ["Bu Gökçeyurt haberindeki bir yanlış düzeltildi."],
        "de": ["Ein Fehler in diesem Wendelsfelder Artikel wurde berichtigt."],
        "fr": ["Une erreur dans cet article sur Roquebrèze a été rectifiée."],
        "es": ["Se ha subsanado un error en esta noticia de Villarejo."],
        "ru": ["Ошибка в материале о Журавлинске исправлена."],
    },
    "app": {
        "en": ["Never miss a Lydburn valley headline: get the {site} app for your phone"],
        "tr": ["Hiçbir Gökçeyurt manşetini kaçırmayın: telefonunuza {site} uygulamasını yükleyin"],
        "de": ["Keine Wendelsfelder Schlagzeile mehr verpassen: die App von {site} aufs Handy holen"],
        "fr": ["Ne ratez plus aucun titre de la Vézonne : installez l'application {site} sur votre téléphone"],
        "es": ["No te pierdas ningún titular de Villarejo: instala la app de {site} en el móvil"],
        "ru": ["Не пропускайте главные новости Журавлинска: установите приложение «{site}» на телефон"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Cotterhithe and the Lydburn valley villages for {site}."],
        "tr": ["{by}, {site} için Gökçeyurt ve köylerinde {section} haberlerini yazıyor."],
        "de": ["{by} schreibt für {site} über {section} in Wendelsfeld und den Ortsteilen."],
        "fr": ["{by} suit la rubrique {section} à Roquebrèze et aux Ajoncs pour {site}."],
        "es": ["{by} escribe sobre {section} en Villarejo de la Sierpe y Navalmoro para {site}."],
        "ru": ["{by} пишет о теме «{section}» в Журавлинске и сёлах округа для «{site}»."],
    },
    "tip": {
        "en": ["Know something happening in the Lydburn valley? Ring the Cotterhithe desk on 01632 960 519"],
        "tr": ["Gökçeyurt'ta olan bir şeyi mi biliyorsunuz? Haber masamızı arayın: 0 (366) 900 51 90"],
        "de": ["Wissen Sie, was in Wendelsfeld los ist? Rufen Sie unsere Redaktion an: 06531 5190-0"],
        "fr": ["Il se passe quelque chose à Roquebrèze ? Appelez la rédaction au 05 63 00 51 90"],
        "es": ["¿Sabes de algo que pasa en Villarejo? Llama a la redacción al 927 000 519"],
        "ru": ["Знаете, что происходит в Журавлинске? Звоните в редакцию: 8 (48152) 5-19-00"],
    },
    "typo": {
        "en": ["Spotted a slip in this Cotterhithe story: highlight it and press Ctrl+Enter to tell the desk"],
        "tr": ["Gökçeyurt haberinde bir yanlışlık görürseniz işaretleyip Ctrl+Enter ile masamıza bildirin"],
        "de": ["Fehler im Wendelsfelder Artikel entdeckt: markieren und mit Strg+Enter der Redaktion schicken"],
        "fr": ["Une coquille dans cet article sur Roquebrèze : sélectionnez-la et tapez Ctrl+Entrée pour la rédaction"],
        "es": ["Si ves un fallo en esta noticia de Villarejo, selecciónalo y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Заметили ошибку в материале о Журавлинске — выделите её и нажмите Ctrl+Enter, редакция увидит"],
    },
    "push": {
        "en": ["Turn on Lydburn valley news alerts? Yes, notify me · Not right now"],
        "tr": ["Gökçeyurt haber uyarıları açılsın mı? Evet, haber ver · Şimdi değil"],
        "de": ["Eilmeldungen aus Wendelsfeld einschalten? Ja, benachrichtigen · Gerade nicht"],
        "fr": ["Activer les alertes de la Vézonne ? Oui, prévenez-moi · Pas maintenant"],
        "es": ["¿Activar las alertas de noticias de Villarejo? Sí, avísame · Ahora no"],
        "ru": ["Включить уведомления о новостях Журавлинска? Да, уведомлять · Не сейчас"],
    },
    "print": {
        "en": ["Cotterhithe story options: Print this page · Download PDF · Send by email"],
        "tr": ["Gökçeyurt haber seçenekleri: Sayfayı yazdır · PDF indir · E-postayla gönder"],
        "de": ["Optionen zum Wendelsfelder Artikel: Seite drucken · PDF herunterladen · Per E-Mail senden"],
        "fr": ["Options de l'article sur Roquebrèze : Imprimer la page · Télécharger le PDF · Envoyer par courriel"],
        "es": ["Opciones de la noticia de Villarejo: Imprimir la página · Descargar PDF · Enviar por correo"],
        "ru": ["Действия с материалом о Журавлинске: Распечатать страницу · Скачать PDF · Отправить по почте"],
    },
    "feedback": {
        "en": ["Did this Lydburn valley story tell you what you needed? Yes · Some of it · No"],
        "tr": ["Bu Gökçeyurt haberi aradığınızı verdi mi? Evet · Bir kısmını · Hayır"],
        "de": ["Hat Ihnen der Wendelsfelder Artikel gesagt, was Sie wissen wollten? Ja · Zum Teil · Nein"],
        "fr": ["Cet article sur Roquebrèze vous a-t-il appris ce que vous cherchiez ? Oui, tout · En partie · Non, rien"],
        "es": ["¿Esta noticia de Villarejo te ha contado lo que buscabas? Sí, todo · Solo en parte · No, nada"],
        "ru": ["Нашли ли вы в материале о Журавлинске то, что искали? Да · Частично · Нет"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Lydburn valley coverage go to standards@lydburnvalley.example."],
        "tr": ["{site} Basın Ahlak Esasları'na uyar; Gökçeyurt haberlerimizle ilgili itirazlar: itiraz@gokceyurt.example."],
        "de": ["{site} hält sich an den Pressekodex; Beschwerden zu unseren Wendelsfelder Berichten an ombudsstelle@wendelsfeld.example."],
        "fr": ["{site} respecte la charte de Munich ; vos réclamations sur nos articles de la Vézonne : lecteurs@roquebreze.example."],
        "es": ["{site} cumple el código deontológico de la FAPE; reclamaciones sobre la información de Villarejo a lectores@villarejo.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобы на материалы о Журавлинске: etika@zhuravlinsk.example."],
    },
    "topics": {
        "en": ["Related topics: {section} · Cotterhithe · Fernhallow"],
        "tr": ["İlgili konular: {section} · Gökçeyurt · Kirazbağı"],
        "de": ["Verwandte Themen: {section} · Wendelsfeld · Oberlüttich"],
        "fr": ["Sujets liés : {section} · Roquebrèze · Les Ajoncs"],
        "es": ["Temas relacionados: {section} · Villarejo · Navalmoro"],
        "ru": ["Похожие темы: {section} · Журавлинск · Кукушкино"],
    },
    "bookmark": {
        "en": ["♡ Keep this Cotterhithe story for later"],
        "tr": ["♡ Bu Gökçeyurt haberini sonraya sakla"],
        "de": ["♡ Wendelsfelder Artikel für später merken"],
        "fr": ["♡ Garder cet article sur Roquebrèze pour plus tard"],
        "es": ["♡ Guardar esta noticia de Villarejo para luego"],
        "ru": ["♡ Отложить материал о Журавлинске на потом"],
    },
    "poll": {
        "en": ["Lydburn valley asks: good idea · bad idea · undecided"],
        "tr": ["Gökçeyurt soruyor: iyi fikir · kötü fikir · kararsızım"],
        "de": ["Wendelsfeld fragt: gute Idee · schlechte Idee · noch unsicher"],
        "fr": ["Roquebrèze vous demande : bonne idée · mauvaise idée · sans avis"],
        "es": ["Villarejo pregunta: buena idea · mala idea · no lo sé"],
        "ru": ["Журавлинск спрашивает: хорошая идея · плохая идея · не определился"],
    },
    "embed": {
        "en": ["See {handle}'s Cotterhithe post on Instagram", "Play {handle}'s Lydburn valley video on YouTube"],
        "tr": ["{handle} hesabının Gökçeyurt gönderisini Instagram'da görün", "{handle} hesabının Gökçeyurt videosunu YouTube'da oynatın"],
        "de": ["Den Wendelsfelder Beitrag von {handle} auf Instagram ansehen", "Das Wendelsfelder Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur Roquebrèze dans Instagram", "Lire la vidéo de {handle} sur la Vézonne sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre Villarejo en Instagram", "Reproducir el vídeo de {handle} sobre Villarejo en YouTube"],
        "ru": ["Посмотреть публикацию {handle} о Журавлинске в Instagram", "Включить видео {handle} о Журавлинске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "babyclinics": {
        "en": ["Baby clinics: drop-in sessions near you", "Baby clinic times and venues", "See the baby clinic days ›",
               "Baby clinics at a glance"],
        "tr": ["Bebek izlem günleri: size en yakın merkez", "Bebek izlem saatleri ve yerleri", "Bebek izlem günlerini görün ›",
               "Bebek izlemi kısaca"],
        "de": ["Mütterberatung: offene Sprechstunden in Ihrer Nähe", "Mütterberatung: Zeiten und Orte", "Termine der Mütterberatung ansehen ›",
               "Mütterberatung auf einen Blick"],
    },
    "periodproducts": {
        "en": ["Free period products: where to pick them up", "Free period products: pick-up points", "Where to find free period products ›",
               "Free period products in brief"],
        "fr": ["Protections périodiques gratuites : où les trouver", "Protections gratuites : points de retrait", "Où trouver des protections gratuites ›",
               "Protections périodiques gratuites en bref"],
        "es": ["Productos menstruales gratis: dónde recogerlos", "Productos menstruales gratis: puntos de recogida", "Dónde encontrar productos menstruales gratis ›",
               "Productos menstruales gratis, en resumen"],
    },
    "batrescue": {
        "en": ["Found a grounded bat: what to do next", "Helping a grounded bat, step by step", "Found a bat? Get help here ›",
               "Bat care helpline in brief"],
        "de": ["Fledermaus gefunden: so helfen Sie richtig", "Hilfe für eine gefundene Fledermaus, Schritt für Schritt", "Fledermaus gefunden? Hier gibt es Hilfe ›",
               "Fledermaus-Notruf auf einen Blick"],
        "fr": ["Une chauve-souris au sol : comment l'aider", "Aider une chauve-souris tombée, étape par étape", "Une chauve-souris trouvée ? Qui appeler ›",
               "SOS chauves-souris en bref"],
    },
}
NEW_STYLE_WORDING = {"babyclinics": [0, 1, 2, 3], "periodproducts": [0, 1, 2, 3], "batrescue": [0, 1, 2, 3]}
# baby clinics: the drop-in sessions (venue, day, times); and what happens, what to bring, appointments
CLINIC_ROWS = {
    "en": [("Lydburn Community Hospital, outpatients", "Tuesdays", "9.20am–11.40am"),
           ("Fernhallow village hall", "2nd and 4th Wednesday", "1.30pm–3pm"),
           ("Cotterhithe family hub, Mill Street", "Fridays", "10am–12 noon")],
    "tr": [("Kirazbağı Aile Sağlığı Merkezi", "Salı ve perşembe", "13.30–16.30"),
           ("Gökçeyurt Toplum Sağlığı Merkezi", "Her pazartesi sabahı", "08.45–11.45"),
           ("Çobanpınarı muhtarlık binası (gezici ekip)", "Ayın ilk cuması", "10.15–12.15")],
    "de": [("Familienzentrum Oberlüttich, altes Pfarrhaus", "Dienstag, vormittags", "9–11.30 Uhr"),
           ("Rathaus Wendelsfeld, Raum 4", "Donnerstag, nachmittags", "14–16 Uhr"),
           ("Gemeindehaus Kranichmoor", "jeden 1. Montag im Monat", "10.15–12 Uhr")],
}
CLINIC_HEAD = {"en": ("Venue", "Day", "Time"), "tr": ("Yer", "Gün", "Saat"), "de": ("Ort", "Tag", "Uhrzeit")}
CLINIC_INFO = {
    "en": [("At the clinic", "your baby is weighed and you can talk to a health visitor about feeding, sleep or anything else"),
           ("Bring along", "your baby's red book and a spare nappy"),
           ("Appointments", "none needed, just drop in; for home visits call the health visiting team on 01632 960 630")],
    "tr": [("Neler yapılıyor", "bebeğiniz tartılıyor, boyu ölçülüyor ve aşı takvimi kontrol ediliyor"),
           ("Bebekle birlikte getirin", "bebeğin aşı kartını ve kimlik numarasını"),
           ("Randevu gerekli mi", "gerekmiyor; ev ziyareti için aile hekiminizi arayın")],
    "de": [("Was in der Sprechstunde passiert", "Ihr Baby wird gewogen, und die Hebamme beantwortet Fragen zu Stillen, Schlafen und Beikost"),
           ("Bitte mitbringen", "das gelbe Untersuchungsheft und eine Wickelunterlage"),
           ("Vorher anmelden?", "nicht nötig; Hausbesuche über das Familienbüro unter 06531 4402-17")],
}
# free period products: the pick-up points (where, where inside, when open); and who, no questions, restocking
PERIOD_ROWS = {
    "en": [("Cotterhithe library", "toilets and front desk", "Mon–Sat 9am–5pm"),
           ("Pell's Cross library", "baby-change room", "Tue, Thu, Sat 10am–1pm"),
           ("Lydburn mobile library", "ask at the counter", "see the village timetable")],
    "fr": [("Médiathèque de Roquebrèze", "toilettes du rez-de-chaussée", "mar., mer., ven., sam."),
           ("Gymnase municipal", "vestiaires filles", "aux heures d'ouverture"),
           ("Hall de la mairie de Roquebrèze", "près de l'entrée", "du lundi au vendredi, 8 h 30 – 12 h")],
    "es": [("Instituto de Villarejo", "aseos de la planta baja", "de lunes a viernes en horario lectivo"),
           ("Polideportivo municipal de Villarejo", "vestuarios", "de 9.00 a 22.00"),
           ("Centro de salud de Navalmoro", "aseo de la sala de espera", "de 8.00 a 15.00")],
}
PERIOD_HEAD = {"en": ("Where", "Inside", "Open"), "fr": ("Lieu", "Emplacement", "Ouverture"), "es": ("Dónde", "En qué lugar", "Horario")}
PERIOD_INFO = {
    "en": [("Who can take them", "anyone who needs them, of any age"),
           ("No questions asked", "take what you need without asking staff"),
           ("Basket empty?", "tell the library desk or email libraries@lydburn.example")],
    "fr": [("Qui peut se servir", "toutes les personnes qui en ont besoin, sans condition"),
           ("Sans rien demander", "servez-vous, personne ne vous posera de question"),
           ("Panier vide ?", "prévenez l'accueil ou écrivez à solidarite@roquebreze.example")],
    "es": [("Quién puede cogerlos", "cualquier persona que los necesite, sin requisitos"),
           ("Sin preguntas", "coge lo que necesites sin tener que pedirlo"),
           ("¿Dispensador vacío?", "avisa en conserjería o llama al 927 000 242")],
}
# grounded bats: what to do, step by step; and the helpline, its hours and the law
BAT_ROWS = {
    "en": [("Don't touch it bare-handed", "use gloves or a tea towel"),
           ("Put it in a box", "a shoebox with air holes and a cloth to hide in"),
           ("Give it a drink", "a few drops of water in a bottle top, never milk"),
           ("Keep it quiet", "somewhere cool and dark, away from pets")],
    "de": [("Nicht mit bloßen Händen anfassen", "Handschuhe oder ein Tuch benutzen"),
           ("In einen Karton setzen", "Schuhkarton mit Luftlöchern und einem Tuch zum Verkriechen"),
           ("Wasser anbieten", "ein paar Tropfen in einem Flaschendeckel, keine Milch"),
           ("Ruhig stellen", "an einem kühlen, dunklen Ort, fern von Haustieren")],
    "fr": [("Ne pas la toucher à mains nues", "utiliser des gants ou un torchon"),
           ("La mettre dans une boîte", "un carton percé de petits trous, avec un chiffon"),
           ("Lui donner à boire", "quelques gouttes d'eau dans un bouchon, jamais de lait"),
           ("La laisser au calme", "dans un endroit frais et sombre, loin des animaux")],
}
BAT_HEAD = {"en": ("Step", "How"), "de": ("Schritt", "Wie"), "fr": ("Étape", "Comment")}
BAT_INFO = {
    "en": [("Bat care helpline", "0345 130 0228, volunteers answer the calls"),
           ("When to call", "every day, 9am to 10pm from May to September"),
           ("Protected by law", "all bats are protected; never keep one or release it in daylight")],
    "de": [("Fledermaus-Notruf", "06531 777 12, ehrenamtlich besetzt"),
           ("Wann erreichbar", "täglich 8 bis 22 Uhr, von April bis Oktober"),
           ("Wichtig", "alle Fledermäuse sind streng geschützt; nicht selbst aufziehen oder tagsüber freilassen")],
    "fr": [("SOS chauves-souris", "06 00 45 12 90, des bénévoles vous répondent"),
           ("Quand appeler", "tous les jours de 9 h à 21 h, d'avril à octobre"),
           ("La loi", "toutes les chauves-souris sont protégées ; ne pas la garder ni la relâcher en plein jour")],
}
WIDGET_ROWS = (("babyclinics sessions", CLINIC_ROWS), ("babyclinics info", CLINIC_INFO), ("periodproducts points", PERIOD_ROWS),
               ("periodproducts info", PERIOD_INFO), ("batrescue steps", BAT_ROWS), ("batrescue info", BAT_INFO))
WIDGET_LANGS = {"babyclinics": ("en", "tr", "de"), "periodproducts": ("en", "fr", "es"), "batrescue": ("en", "de", "fr")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Cotterhithe market hall clock chimes again", "Saltley Bridge towpath reopens after landslip",
           "Oakstead Green cricket club wins county cup", "New crossing planned outside Fernhallow school",
           "Pell's Cross post office saved by community buyout", "Lydburn bus route 14 to run on Sundays"],
    "tr": ["Gökçeyurt'ta yeni kütüphane hizmete girdi", "Kirazbağı yolu asfaltlanıyor",
           "Çobanpınarı'nda kiraz hasadı başladı", "Gökçeyurtspor play-off'a kaldı",
           "İlçe pazarına kapalı alan yapılacak", "Gökçeyurt'a ikinci eczane açıldı"],
    "de": ["Wendelsfelder Markt bekommt neue Stände", "Radweg nach Kranichmoor wird verbreitert",
           "Grundschule Oberlüttich feiert 100 Jahre", "Freibad Wendelsfeld öffnet früher",
           "Neue Buslinie zum Bahnhof Wendelsfeld", "Feuerwehr Kranichmoor bekommt neues Löschfahrzeug"],
    "fr": ["Roquebrèze : le marché du jeudi s'agrandit", "Le pont des Ajoncs rouvre à la circulation",
           "La fête de la Vézonne attire 3 000 visiteurs", "Une nouvelle boulangerie ouvre place de l'Église",
           "Le club de rugby de Roquebrèze monte en Fédérale 3", "Travaux d'été à l'école des Ajoncs"],
    "es": ["Villarejo estrena su nuevo centro de día", "Navalmoro recupera la romería de San Blas",
           "El CD Villarejo asciende a Tercera", "Obras en la carretera de la Almonda",
           "La biblioteca de Villarejo amplía su horario", "Navalmoro tendrá cajero automático"],
    "ru": ["В Журавлинске отремонтируют набережную", "В Кукушкине открылся фельдшерский пункт",
           "Журавлинские лыжники выиграли первенство области", "На улице Речной заменят фонари",
           "Дом культуры Лосиного Брода отметил юбилей", "Автобус до Лосиного Брода будет ходить по выходным"],
}
TEASERS = {
    "en": ["The clock had been silent since a lightning strike in 2019.", "Volunteers spent three winters rebuilding the bank.",
           "It is the club's first trophy since 1958.", "Parents collected 600 signatures for the crossing.",
           "Villagers bought shares worth £85,000.", "The first Sunday bus leaves Cotterhithe at 8.15am."],
    "fr": ["Douze nouveaux exposants s'installent dès le mois prochain.", "Le pont était fermé depuis les crues de l'hiver.",
           "Les organisateurs prévoient déjà une deuxième édition.", "Le village n'avait plus de boulanger depuis 2021.",
           "L'équipe n'a perdu que deux matchs cette saison.", "La cantine sera refaite pendant les vacances."],
}
# handed out in page order to the pages without a fixed site (one per page; the sites of the small sites, Odoo's
# and the two Nicepage pages are given in the stories' "site" field)
SITES = {
    "en": ["Lydburn Valley Echo", "Lydburn Unfolded", "Lydburn Valley FM", "Cotterhithe Observer", "Lydburn Valley Weekly",
           "Cotterhithe and District News", "Cotterhithe Today"],
    "tr": ["Gökçeyurt Postası", "Gökçeyurt Haber Ajansı", "Gökçeyurt'un Sesi"],
    "de": ["Wendelsfelder Rundschau"],
    "fr": ["Vézonne Infos", "Le Magazine de la Vézonne"],
    "es": ["Villarejo Digital"],
    "ru": ["Журавлинск ТВ", "Журавлинские новости", "Журавлинск сегодня"],
}
UI_NEW = {
    "en": dict(nav=["Cotterhithe", "Lydburn valley villages", "Cotterhithe courts", "Lydburn valley education", "Cotterhithe sport", "Out and about in the Lydburn valley", "Lydburn public notices"],
               cookie="This Lydburn valley website and its partners store cookies to keep you logged in, to learn which Cotterhithe stories are read and to fund local reporting with advertising. Choose the ones you are happy with.",
               accept="Accept every Lydburn cookie", reject="Choose my Cotterhithe cookie settings", share="Send this Cotterhithe story to someone",
               related="Newest from the Lydburn valley", newsletter="Lydburn Morning: the valley's main stories at 7.30am, every weekday",
               subscribe="Email me Lydburn Morning", email="you@lydburn-morning.example",
               comment_note="Someone on our Cotterhithe desk reads every comment before it goes live. Be kind and stay on the subject.",
               closed="Comments are now closed on this Cotterhithe story.",
               footer=["Contact the Cotterhithe desk", "Lydburn valley corrections", "Lydburn valley privacy policy", "Advertising in Cotterhithe", "Cotterhithe community guidelines"],
               rights="All words and pictures from the Lydburn valley desk are owned by their publisher and may not be used again without permission.",
               commenters=[("FernhallowFran", "About time too."),
                           ("Cotter_Mick", "Let's wait and see how it works out.")]),
    "tr": dict(nav=["Gökçeyurt merkez", "Gökçeyurt köyleri", "Gökçeyurt adliye", "Gökçeyurt okulları", "Gökçeyurt spor", "Gökçeyurt'ta gezilecek yerler", "Gökçeyurt resmî ilanlar"],
               cookie="Gökçeyurt sitemiz ve iş ortaklarımız, oturumunuzu açık tutmak, hangi Gökçeyurt haberlerinin okunduğunu görmek ve yerel habercliği reklamla desteklemek için çerez saklar. Uygun bulduklarınızı seçin.",
               accept="Bütün Gökçeyurt çerezlerini kabul et", reject="Gökçeyurt çerez ayarlarımı seçeyim", share="Bu Gökçeyurt haberini birine gönderin",
               related="Gökçeyurt'tan en yeniler", newsletter="Gökçeyurt Sabahı: ilçenin başlıca haberleri hafta içi her sabah 07.30'da",
               subscribe="Gökçeyurt Sabahı'nı e-postama gönderin", email="siz@gokceyurt-sabahi.example",
               comment_note="Gökçeyurt masamızdan biri her yorumu yayına girmeden okur. Lütfen kibar olun ve Gökçeyurt konusunda kalın.",
               closed="Bu Gökçeyurt haberine yorumlar artık kapalı.",
               footer=["Gökçeyurt masasıyla iletişim", "Gökçeyurt düzeltmeleri", "Gökçeyurt gizlilik politikası", "Gökçeyurt'ta reklam verin", "Gökçeyurt topluluk kuralları"],
               rights="Gökçeyurt masasının bütün yazıları ve fotoğrafları yayıncısına aittir, izin alınmadan yeniden kullanılamaz.",
               commenters=[("Kirazbağlı_Fatma", "Tam zamanıydı."),
                           ("Gökçeyurtlu_Hakan", "Bakalım nasıl gidecek.")]),
    "de": dict(nav=["Wendelsfeld", "Ortsteile von Wendelsfeld", "Gericht Wendelsfeld", "Bildung in Wendelsfeld", "Sport aus Wendelsfeld", "Unterwegs rund um Wendelsfeld", "Amtliches aus Wendelsfeld"],
               cookie="Diese Wendelsfelder Website und ihre Partner speichern Cookies, um Sie eingeloggt zu lassen, zu erfahren, welche Wendelsfelder Artikel gelesen werden, und Lokaljournalismus mit Werbung zu bezahlen. Wählen Sie aus, womit Sie einverstanden sind.",
               accept="Alle Wendelsfelder Cookies annehmen", reject="Meine Wendelsfelder Cookie-Auswahl treffen", share="Diesen Wendelsfelder Artikel an jemanden schicken",
               related="Das Neueste aus Wendelsfeld", newsletter="Wendelsfeld am Morgen: die wichtigsten Meldungen werktags um 7.30 Uhr",
               subscribe="Wendelsfeld am Morgen per E-Mail", email="sie@wendelsfeld-am-morgen.example",
               comment_note="Jemand aus unserer Wendelsfelder Redaktion liest jeden Kommentar, bevor er erscheint. Bitte freundlich bleiben und beim Thema.",
               closed="Zu diesem Wendelsfelder Artikel sind keine Kommentare mehr möglich.",
               footer=["Kontakt zur Wendelsfelder Redaktion", "Berichtigungen aus Wendelsfeld", "Datenschutz in Wendelsfeld", "Werben in Wendelsfeld", "Community-Regeln Wendelsfeld"],
               rights="Alle Texte und Bilder der Wendelsfelder Redaktion gehören dem Verlag und dürfen ohne Erlaubnis nicht erneut verwendet werden.",
               commenters=[("Oberlütticher_Gerda", "Das wurde aber auch Zeit in Oberlüttich."),
                           ("Wendelsfelder_Kalle", "Mal abwarten, wie das läuft.")]),
    "fr": dict(nav=["Roquebrèze", "Villages de la Vézonne", "Justice à Roquebrèze", "Écoles de Roquebrèze", "Sport à Roquebrèze", "Sorties dans la vallée de la Vézonne", "Annonces légales de Roquebrèze"],
               cookie="Ce site de la Vézonne et ses partenaires enregistrent des cookies pour garder votre connexion, savoir quels articles de Roquebrèze sont lus et financer l'information locale par la publicité. À vous de choisir ceux qui vous conviennent à Roquebrèze.",
               accept="Accepter tous les cookies de la Vézonne", reject="Régler mes cookies de Roquebrèze", share="Envoyer cet article de Roquebrèze à quelqu'un",
               related="Le plus récent de la Vézonne", newsletter="Vézonne Matin : les principales nouvelles de la vallée à 7 h 30 en semaine",
               subscribe="M'envoyer Vézonne Matin", email="vous@vezonne-matin.example",
               comment_note="Une personne de notre rédaction de Roquebrèze lit chaque commentaire avant sa mise en ligne. Merci de rester courtois et de parler de Roquebrèze.",
               closed="Les commentaires sont désormais fermés sur cet article de Roquebrèze.",
               footer=["Contacter la rédaction de Roquebrèze", "Rectificatifs de la Vézonne", "Politique de confidentialité de la Vézonne", "Publicité à Roquebrèze", "Règles de la communauté de Roquebrèze"],
               rights="Tous les textes et toutes les images de la rédaction de la Vézonne appartiennent à leur éditeur et ne peuvent être réutilisés sans autorisation.",
               commenters=[("Mireille_des_Ajoncs", "Il était grand temps, aux Ajoncs."),
                           ("Roquebrezou_Francis", "On verra bien ce que ça donne.")]),
    "es": dict(nav=["Villarejo", "Pedanías de Villarejo", "Tribunales en Villarejo", "Colegios de Villarejo", "Deportes en Villarejo", "Planes por la Almonda", "Anuncios oficiales de Villarejo"],
               cookie="Esta web de Villarejo y sus socios guardan cookies para mantener tu sesión, saber qué noticias de Villarejo se leen y financiar el periodismo local con publicidad. Tú eliges cuáles aceptas en Villarejo.",
               accept="Aceptar todas las cookies de Villarejo", reject="Elegir mis cookies de Villarejo", share="Envía esta noticia de Villarejo a alguien",
               related="Lo más nuevo de Villarejo", newsletter="Villarejo al Alba: las noticias principales de la comarca a las 7.30 de lunes a viernes",
               subscribe="Mandadme Villarejo al Alba", email="tu@villarejo-al-alba.example",
               comment_note="Una persona de nuestra redacción de Villarejo lee cada comentario antes de publicarlo. Sé amable y habla de lo que pasa en Villarejo.",
               closed="Los comentarios de esta noticia de Villarejo ya están cerrados.",
               footer=["Contacta con la redacción de Villarejo", "Rectificaciones de Villarejo", "Política de privacidad de Villarejo", "Anúnciate en Villarejo", "Normas de la comunidad de Villarejo"],
               rights="Todos los textos e imágenes de la redacción de Villarejo son de su editor y no pueden volver a usarse sin permiso.",
               commenters=[("Maruja_de_Navalmoro", "Ya era hora en Navalmoro."),
                           ("Villarejano_Tomás", "A ver qué tal sale.")]),
    "ru": dict(nav=["Журавлинск", "Сёла Журавлинского округа", "Суд в Журавлинске", "Школы Журавлинска", "Спорт Журавлинска", "Куда пойти в Журавлинске", "Официально: Журавлинск"],
               cookie="Этот журавлинский сайт и его партнёры сохраняют cookie, чтобы вы оставались в системе, чтобы знать, какие материалы о Журавлинске читают, и чтобы оплачивать местную журналистику рекламой. Выберите, на что вы согласны в Журавлинске.",
               accept="Принять все журавлинские cookie", reject="Выбрать настройки cookie Журавлинска", share="Отправить этот материал о Журавлинске знакомым",
               related="Самое новое из Журавлинска", newsletter="«Журавлинское утро»: главные новости округа в 7:30 по будням",
               subscribe="Присылайте «Журавлинское утро»", email="vy@zhuravlinskoe-utro.example",
               comment_note="Каждый комментарий перед публикацией читает сотрудник журавлинской редакции. Будьте доброжелательны и говорите о Журавлинске.",
               closed="Комментарии к этому материалу о Журавлинске закрыты.",
               footer=["Написать в журавлинскую редакцию", "Исправления журавлинской редакции", "Конфиденциальность на сайте Журавлинска", "Реклама в Журавлинске", "Правила сообщества Журавлинска"],
               rights="Все тексты и снимки журавлинской редакции принадлежат издателю и не могут использоваться повторно без разрешения.",
               commenters=[("Кукушкинская_Люба", "Давно пора."),
                           ("Журавлинский_Степаныч", "Посмотрим, что получится.")]),
}

UI100 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"fr": "À LIRE AUSSI SUR LA VÉZONNE :"},  # the magazine layout's inline links
    (mp2, "BIO"): {"fr": "{name} signe les portraits du {site} : bergers, artisans et habitants de la vallée de la Vézonne. Lui écrire : portraits@magazine-vezonne.example"},
    (mp3, "BROADCAST"): {"ru": dict(fallback="Сюжет Журавлинск ТВ не воспроизводится в этом браузере.", live="Журавлинск ТВ: прямой эфир",
                                    topics="Ещё сюжеты Журавлинск ТВ по теме", watch="Смотрите в сюжете:")},
    (mp5, "SQS"): {"en": dict(title="News from the Friends of Oakstead Green Park", desc="An occasional email about work mornings, evening walks and what is growing in the park.",
                              button="Add me to the Friends' mailing list", foot="We only use your address to write to you about the park.",
                              cookie_ok="That suits me fine", prev="Earlier park news", next="Later park news")},
    (mp5, "BRIGHT"): {"en": dict(listen="Hear this Lydburn Valley FM report", promo="NOW ON LYDBURN VALLEY FM",
                                 more="More news from Lydburn Valley FM")},
    (mp6, "BITRIX"): {"tr": dict(agency="Gökçeyurt Haber Ajansı", author="Haberi yazan muhabir", back="Gökçeyurt Haber Ajansı'nın bütün haberleri",
                                 news="Gökçeyurt Haber Ajansı son dakika akışı", share="Bu Gökçeyurt ajans haberini yayın", source="Haberin çıktığı yer")},
    (mp6, "QT"): {"ru": dict(also="Ещё в «Журавлинских новостях»")},
    (mp10, "WEBFLOW"): {"tr": dict(back="← Gökçeyurt Postası'ndaki bütün yazılar", by="Haberin muhabiri", published="Gökçeyurt Postası'nda yayımlandı",
                                   cc_text="Gökçeyurt Postası, okurların siteyi nasıl gezdiğini anlamak için çerez kullanır. Tercihinizi sayfanın altındaki bağlantıdan her zaman değiştirebilirsiniz.",
                                   cc_prefs="Çerez tercihlerim", cc_deny="Çerezleri reddediyorum", cc_allow="Çerezlere izin veriyorum",
                                   mc_title="Gökçeyurt Postası her perşembe e-postanızda", mc_req="işaretli alanlar doldurulmalıdır",
                                   mc_email="Perşembe postası için e-posta adresiniz", mc_button="Perşembe postasına yazıl",
                                   share="Bu yazıyı paylaş", more="Gökçeyurt Postası'ndan daha fazla yazı")},
    (mp13, "PUB_NAV"): {"en": ["Latest in Lydburn Unfolded", "Lydburn wild places", "Valley voices", "Support Lydburn Unfolded"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp87, "TEASERS"): {"fr": TEASERS["fr"]},  # the Odoo blog's "Read Next" card
    (mp14, "BLOGGER"): {"es": dict(bio="Blog de la junta directiva de la Asociación Vecinal La Solana de Navalmoro.",
                                   comments=[("Encarna", "Qué ilusión ver el lavadero así. Mi madre lavaba allí cada lunes."),
                                             ("Julián Roldán", "Contad conmigo para la biblioteca, tengo dos cajas de libros.")],
                                   desc="Blog de la Asociación Vecinal La Solana de Navalmoro: avisos, actividades y noticias del barrio.",
                                   follow="Recibe las entradas de La Solana en tu correo:", follow_ph="Tu correo para las novedades de La Solana",
                                   follow_btn="Suscribirme al blog de La Solana")},
    (mp15, "TILDA"): {"fr": dict(nav=["Les nouvelles de la Vézonne", "Roquebrèze et Les Ajoncs", "Nos reportages dans la vallée", "Écrire à Vézonne Infos"],
                                 by="Texte et photos de",  sub_title="La lettre de Vézonne Infos",
                                 sub_text="Un courriel chaque mardi avec les nouvelles de Roquebrèze et de la vallée de la Vézonne.",
                                 ph="Votre adresse pour la lettre de Vézonne Infos", button="Recevoir la lettre du mardi",
                                 ok="Merci : vérifiez votre boîte pour confirmer l'inscription.", share="Envoyer cet article de Vézonne Infos",
                                 back="← Tous les articles de Vézonne Infos", about="Vézonne Infos, média en ligne indépendant de la vallée de la Vézonne depuis 2021.",
                                 cookie="Vézonne Infos utilise des cookies pour compter ses lecteurs et gérer l'inscription à sa lettre.",
                                 cookie_ok="D'accord, merci")},
    (mp16, "WIX"): {"de": dict(button="Neues vom Bürgerverein per E-Mail",
                               footer="Bürgerverein Oberlüttich e.V. · Kirchgasse 2 · Sprechstunde des Vorstands jeden ersten Montag um 19 Uhr",
                               nav=["Oberlüttich", "Der Bürgerverein", "Familienzentrum im Pfarrhaus", "Neues aus Oberlüttich", "Mitglied im Bürgerverein werden"],
                               posts=["Maibaum steht wieder auf dem Dorfplatz", "Neue Bänke am Mühlbach", "Danke für 2.100 Euro beim Dorffest"],
                               rights="© 2026 {site} · Erstellt mit Wix.com", tags=["Familienzentrum Oberlüttich", "altes Pfarrhaus"])},
    (mp18, "WEEBLY"): {"de": dict(bio="Ute Brinkhaus leitet die Fledermausgruppe der Naturschutzgruppe und zählt seit 2012 im Eiskeller.",
                                  cats=["Fledermäuse", "Eiskeller"],
                                  commenters=[("Bernd K.", "Großartig! Im April bin ich beim Kästenaufhängen dabei."),
                                              ("Familie Oberholz", "Gern geschehen, der Schlüssel liegt wie immer bereit.")],
                                  country="DE", currency="EUR",
                                  footer="Naturschutzgruppe Kranichmoor e.V. · Moorweg 7 · Gruppentreffen jeden zweiten Donnerstag um 19.30 Uhr",
                                  form_button="Ja, ich will die Post", form_text="Unsere Termine und Zählergebnisse, ungefähr alle zwei Monate.",
                                  form_title="Post von der Naturschutzgruppe", free=True, heads="title",
                                  nav=["Die Naturschutzgruppe", "Unsere Projekte im Moor", "Fledermausschutz", "Berichte aus der Gruppe", "Mitmachen in Kranichmoor"],
                                  tld="de")},
    (mp21, "ELEMENTOR"): {"es": dict(
        about="Diario digital de Villarejo de la Sierpe y la vega de la Almonda, hecho desde 2020 por tres periodistas del pueblo.",
        ad_label="Anunciantes de la Almonda", bio="Redactora de Villarejo Digital. Sigue los plenos, la sanidad y la igualdad en el municipio.",
        button="Apoya a Villarejo Digital",
        commenters=[("Lola M.", "Muy buena medida, en el instituto hacía falta hace años."), ("Paco el de la farmacia", "¿Y en los colegios de primaria no se pondrán?")],
        cookie_text="En Villarejo Digital usamos cookies para saber cuántas personas nos leen y para mostrar anuncios de comercios de la vega. Aceptarlas o no depende de ti.",
        cookie_title="Cookies en Villarejo Digital",
        copyright="© 2026 Villarejo Digital · Edita Almonda Comunicación S.L. · Prohibida la copia sin autorización.",
        domain="villarejodigital.es", follow_title="Villarejo Digital en redes", footer_id=87, gtag="G-VLJ6K2R8WD", header_id=79, kit=14,
        legal=["Aviso legal de Villarejo Digital", "Privacidad en Villarejo Digital", "Cookies de Villarejo Digital", "Escribe a Villarejo Digital"],
        legal_title="Información legal de Villarejo Digital",
        menu=["Actualidad de la Almonda", "Villarejo de la Sierpe", "Navalmoro", "Campo y regadío de la vega", "Deporte en la vega de la Almonda", "Fiestas y ocio", "Quiénes somos en Villarejo Digital"],
        nl_button="Quiero el boletín de los lunes", nl_form="Boletín de los lunes", nl_label="Correo para el boletín de los lunes",
        nl_legal="Acepto la política de privacidad de Villarejo Digital y quiero recibir el boletín de los lunes.",
        nl_ph="tucorreo@villarejo.example", nl_text="Cada lunes, lo que ha pasado en Villarejo y la vega de la Almonda, en un único correo.",
        nl_title="El boletín de la Almonda", popular_title="Lo más leído en Villarejo", related_title="Más de Villarejo Digital",
        sections_title="Secciones de Villarejo Digital", share_title="Comparte esta noticia de Villarejo", single_id=1204,
        slogan="Noticias de Villarejo de la Sierpe y la vega de la Almonda", tags=["plan de igualdad", "pleno de Villarejo", "instituto de Villarejo"])},
    (mp87, "ODOO_SITES"): {"L'Écho des Ajoncs": dict(
        host="echo-des-ajoncs.example", colour="#2f4b3a", logo="echo-des-ajoncs", phone="05 63 00 74 18",
        email="contact@echo-des-ajoncs.example", blog_id=1,
        blog="Les nouvelles de l'Écho",
        menu=["L'actu de l'Écho", "Les Ajoncs et Roquebrèze", "Agenda de la vallée de la Vézonne", "Nature et patrimoine", "Qui écrit l'Écho ?"],
        cta="Envoyer une nouvelle à l'Écho",
        about_head="L'Écho, c'est qui ?",
        about="L'Écho des Ajoncs est un petit journal associatif en ligne, tenu par une dizaine d'habitants des Ajoncs et de Roquebrèze.",
        links_head="L'Écho pratique",
        links=["Adhérer à l'Écho des Ajoncs", "Proposer un article à l'Écho", "Les mentions légales de l'Écho des Ajoncs", "L'Écho et vos données personnelles"],
        contact="Écrire aux bénévoles de l'Écho",
        nl_title="L'Écho du dimanche", nl_text="Chaque dimanche matin, les nouvelles de la semaine aux Ajoncs et dans la vallée.",
        cookie_text="L'Écho des Ajoncs utilise des cookies pour compter ses lecteurs et garder ouverte la session des adhérents. Rien n'est transmis à des tiers.",
        copyright="Copyright © Association L'Écho des Ajoncs")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "country", "currency", "free", "tld", "phone", "email", "blog_id"}

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
# the new layout: a blog post on a site made with the Nicepage website builder (desktop app, exported and published
# as static HTML with the builder's blog pages), as the file reaches a reader who has not yet answered the cookie
# bar -- an English community news site (The Cotterhithe Lantern) and a Spanish local news site (Crónica de
# Villarejo).  The head is what the builder writes: html with the root font size, the viewport, charset, keywords
# and description metas, the page title, the builder's stylesheets (nicepage.css and the page's own
# Post-Template.css), the u-script jquery.js and nicepage.js, the generator meta ("Nicepage 6.x, nicepage.com"),
# the theme's Google Fonts link, the Organization ld+json, theme-color and the Open Graph metas, the
# data-intl-tel-input-cdn-path meta; the body is body.u-body.u-xl-mode (data-path-to-root, data-include-products,
# data-lang) with the header (header.u-clearfix.u-header > .u-sheet: the u-logo image, the u-menu with its
# menu-collapse hamburger svg, the u-nav-container list of u-nav-item / u-nav-link and the off-canvas
# u-nav-container-collapse copy with u-sidenav and u-menu-close), then section.u-clearfix.u-section-1 (.u-sheet >
# .u-layout-wrap > .u-layout > .u-layout-row with two u-layout-cell containers, each a u-container-layout): the main
# cell holds the post details between the builder's comment markers (<!--post_details-->, <!--blog_post-->,
# <!--blog_post_image-->, <!--blog_post_header-->, <!--blog_post_metadata-->, <!--blog_post_content--> ...):
# div.u-blog-post.u-post-details with the u-image (an img.u-blog-control.u-image with data-image-width/height), a
# small u-text for the caption and credit, h1.u-blog-control.u-post-header.u-text, the u-post-metadata line
# (u-meta-date, u-meta-author, u-meta-category and u-meta-comments, each a u-meta-icon) and
# div.u-blog-control.u-post-content.u-text.fr-view (the Froala editor's view class) holding the story's paragraphs
# (residue the owner pasted sits among them); after the content the u-social-icons share links (u-social-url >
# span.u-icon.u-social-icon with its svg) and the u-blog-control previous/next links (u-post-navigation); the side
# cell holds the site's about text and the latest posts (a u-blog with u-repeater items); then section
# u-section-2 (the site's newsletter text and a u-form with its u-form-email, u-form-submit and success and error
# messages); the footer (footer.u-footer > .u-sheet: the site's footer text and the u-social-icons of the site's
# accounts); the builder's backlink section (u-backlink: "Website Templates created with Website Builder
# Software"); the cookie consent bar (section.u-cookies-consent.u-dialog-block with its u-dialog, the site's text,
# the u-button-confirm "Accept" and the link to the privacy page, and its own style block); and the inlined
# configuration nicepage.js reads (window._npCookiesConsent, window._npLocalizedStrings, window._npDialogsData,
# window._npProductsJsonUrl, window._npAnimationsData), with the site's Google Analytics tag.  The builder's own
# strings (NICEPAGE_CORE: the menu's aria label, "Previous" / "Next", "Comments", the form's messages, "Accept",
# the backlink, months) are left as it ships them and not checked; the sites' own strings (NICEPAGE_SITES) are.
# --------------------------------------------------------------------------
NICEPAGE_VERSION = "6.4.3"
NICEPAGE_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", days=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
               months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
               date="{wd} {m} {d} {y}", prev="Previous", next="Next", comments="Comments (0)", email="Enter a valid email address",
               submit="Submit", ok="Thank you! Your message has been sent.", err="Unable to send your message. Please fix errors then try again.",
               accept="Accept", backlink=("Website Templates", "created with", "Website Builder Software"), menu="Menu", by="by"),
    "es": dict(html_lang="es", og_locale="es_ES", days=["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
               months=["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
               date="{wd} {d} {m} {y}", prev="Anterior", next="Siguiente", comments="Comentarios (0)", email="Introduzca una dirección de correo válida",
               submit="Enviar", ok="¡Gracias! Su mensaje ha sido enviado.", err="No se pudo enviar el mensaje. Corrija los errores e inténtelo de nuevo.",
               accept="Aceptar", backlink=("Plantillas web", "creadas con", "Software para crear sitios web"), menu="Menú", by="por"),
}
NICEPAGE_SITES = {
    "The Cotterhithe Lantern": dict(
        lang="en", host="www.cotterhithelantern.example", colour="#2b5d6b", ga="G-CTL4H7N2WQ", sec="a7f1", logo="lantern-logo.png",
        nav=["Lantern front page", "Cotterhithe stories", "Lydburn valley villages", "Health and care in the valley", "Who writes the Lantern"],
        about_head="About the Lantern",
        about="The Cotterhithe Lantern is a not-for-profit news site run by four volunteers, two of them retired reporters, for Cotterhithe and the villages of the Lydburn valley.",
        latest_head="Lately in the Lantern",
        posts=["Cotterhithe lido fundraiser passes halfway mark", "Parking charges to rise at the hospital car park",
               "Saltley Bridge bakery wins regional award", "Fernhallow reading group turns twenty"],
        nl_head="The Lantern by email", nl_text="A short round-up from the Lantern every Sunday evening. No adverts, ever.",
        nl_ph="Your email for the Sunday round-up",
        footer="The Cotterhithe Lantern · 22 Bridge Street, Cotterhithe · stories@cotterhithelantern.example",
        cookie="The Lantern uses a few cookies to count visitors and remember that you have seen this message.",
        cookie_link="How the Lantern handles your data",
        social=["facebook.com/cotterhithelantern", "instagram.com/cotterhithelantern"]),
    "Crónica de Villarejo": dict(
        lang="es", host="www.cronicadevillarejo.example", colour="#8a3b12", ga="G-CVJ8R3M5TZ", sec="b93c", logo="cronica-logo.png",
        nav=["Portada de la Crónica", "Villarejo de la Sierpe", "Navalmoro y la vega", "Deportes en la Crónica", "Quiénes hacemos la Crónica"],
        about_head="Sobre la Crónica",
        about="Crónica de Villarejo es un periódico digital independiente que cuenta lo que pasa en Villarejo de la Sierpe, Navalmoro y la vega de la Almonda.",
        latest_head="Lo último en la Crónica",
        posts=["La feria de ganado de Villarejo vuelve en octubre", "Cortes de agua en Navalmoro por obras en la red",
               "El CD Navalmoro estrena campo de césped", "Un vecino de Villarejo cumple 104 años"],
        nl_head="La Crónica en tu correo", nl_text="Cada sábado, un resumen de la semana en Villarejo y Navalmoro. Sin publicidad.",
        nl_ph="Tu correo para el resumen del sábado",
        footer="Crónica de Villarejo · calle Real, 14, Villarejo de la Sierpe · redaccion@cronicadevillarejo.example",
        cookie="La Crónica usa algunas cookies para contar visitas y recordar que ya has visto este aviso.",
        cookie_link="Cómo trata la Crónica tus datos",
        social=["facebook.com/cronicadevillarejo", "x.com/cronicavillarejo"]),
}
NICEPAGE_EXEMPT = {"lang", "host", "colour", "ga", "sec", "logo", "social"}
NICEPAGE_LOOKS = ("dropcap", "bold", "italic", "highlight", "box", "br")
NP_SVG = {
    "facebook": '<svg class="u-svg-link" preserveAspectRatio="xMidYMin slice" viewBox="0 0 112 112"><use xlink:href="#svg-{k}"></use></svg><svg class="u-svg-content" viewBox="0 0 112 112" x="0" y="0" id="svg-{k}"><circle fill="currentColor" cx="56.1" cy="56.1" r="55"></circle><path fill="#FFFFFF" d="M73.5,31.6h-9.1c-1.4,0-3.6,0.8-3.6,3.9v8.5h12.6L72,58.3H60.8v40.8H43.9V58.3h-8V43.9h8v-9.2c0-6.7,3.1-17,17-17h12.5v13.9H73.5z"></path></svg>',
    "instagram": '<svg class="u-svg-link" preserveAspectRatio="xMidYMin slice" viewBox="0 0 112 112"><use xlink:href="#svg-{k}"></use></svg><svg class="u-svg-content" viewBox="0 0 112 112" x="0" y="0" id="svg-{k}"><circle fill="currentColor" cx="56.1" cy="56.1" r="55"></circle><path fill="#FFFFFF" d="M55.9,38.2c-9.9,0-17.9,8-17.9,17.9C38,66,46,74,55.9,74c9.9,0,17.9-8,17.9-17.9C73.8,46.2,65.8,38.2,55.9,38.2z"></path></svg>',
    "x": '<svg class="u-svg-link" preserveAspectRatio="xMidYMin slice" viewBox="0 0 112 112"><use xlink:href="#svg-{k}"></use></svg><svg class="u-svg-content" viewBox="0 0 112 112" x="0" y="0" id="svg-{k}"><circle fill="currentColor" cx="56.1" cy="56.1" r="55"></circle><path fill="#FFFFFF" d="M30,30h15.4l11.3,15.6L70.6,30h8.3L60.5,51.1L82,82H66.6L54.3,64.9L39.1,82h-8.3l20.1-22.6L30,30z"></path></svg>',
    "whatsapp": '<svg class="u-svg-link" preserveAspectRatio="xMidYMin slice" viewBox="0 0 112 112"><use xlink:href="#svg-{k}"></use></svg><svg class="u-svg-content" viewBox="0 0 112 112" x="0" y="0" id="svg-{k}"><circle fill="currentColor" cx="56.1" cy="56.1" r="55"></circle><path fill="#FFFFFF" d="M83.8,54.7c0,15-12.3,27.2-27.4,27.2c-4.8,0-9.3-1.2-13.2-3.4L28,83.4l4.9-14.6c-2.5-4.1-3.9-8.9-3.9-14.1c0-15,12.3-27.2,27.4-27.2C71.6,27.5,83.8,39.7,83.8,54.7z"></path></svg>',
}


def np_date(lang, iso):
    d = datetime.date.fromisoformat(iso)
    c = NICEPAGE_CORE[lang]
    return c["date"].format(wd=c["days"][d.weekday()], m=c["months"][d.month - 1], d=d.day, y=d.year)


def np_block(kind, val):
    """A block of the story as the owner typed it into the post's text block (Nicepage's Froala editor)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def np_social(links, cls_k, rng):
    out = []
    for k, (name, href) in enumerate(links):
        key = "%d%s" % (rng.randint(1000, 9999), "abcdef"[k % 6])
        out.append('<a class="u-social-url" title="%s" target="_blank" href="%s"><span class="u-icon u-social-%s u-social-icon u-icon-%d">%s</span>\n            </a>'
                   % (A(name), A(href), name, cls_k + k, NP_SVG[name].replace("{k}", key)))
    return "\n            ".join(out)


def tpl_nicepage(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = NICEPAGE_CORE[lang], NICEPAGE_SITES[site]
    base = "https://" + s["host"]
    slug_ = wp_slug(art["title"], 60)
    url = "%s/blog/%s.html" % (base, slug_)
    blocks, n = art["blocks"], len(art["blocks"])
    img = "%s-%d.jpg" % (wp_slug(art["caption"], 30), rng.randint(1, 9))
    iw, ih = 1280, rng.choice([853, 720, 960])
    sec = ["sec-%s%03x" % (s["sec"][:2], rng.randint(0, 4095)) for _ in range(5)]
    cat = art["section"]
    # the story, with the residue the owner pasted among its paragraphs, in the post's content block
    parts = []
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(np_block(*blocks[i]))
    content = "\n".join(parts)
    nav = "".join('<li class="u-nav-item"><a class="u-button-style u-nav-link u-text-active-palette-1-base u-text-hover-palette-2-base" href="%s" style="padding: 10px 20px;">%s</a>\n</li>'
                  % ("index.html" if k == 0 else wp_slug(x, 30) + ".html", E(x)) for k, x in enumerate(s["nav"]))
    nav2 = "".join('<li class="u-nav-item"><a class="u-button-style u-nav-link" href="%s">%s</a>\n</li>'
                   % ("index.html" if k == 0 else wp_slug(x, 30) + ".html", E(x)) for k, x in enumerate(s["nav"]))
    share_links = [("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                   ("x", "https://x.com/intent/post?url=" + url),
                   ("whatsapp", "https://api.whatsapp.com/send?text=" + url)]
    own_links = [(x.split(".")[0], "https://" + x) for x in s["social"]]
    prev_t, next_t = s["posts"][1], s["posts"][0]
    latest = "\n".join(f'''<div class="u-blog-post u-container-style u-repeater-item">
                    <div class="u-container-layout u-similar-container u-container-layout-{6 + k}"><!--blog_post_header-->
                      <h4 class="u-blog-control u-text u-text-{8 + k}"><a class="u-post-header-link" href="{wp_slug(t, 60)}.html">{E(t)}</a></h4><!--/blog_post_header--><!--blog_post_metadata-->
                      <div class="u-blog-control u-metadata u-text-grey-40 u-metadata-{2 + k}"><!--blog_post_metadata_date-->
                        <span class="u-meta-date u-meta-icon">{E(np_date(lang, days_after(art["date"], -3 - 4 * k)))}</span><!--/blog_post_metadata_date-->
                      </div><!--/blog_post_metadata-->
                    </div>
                  </div>''' for k, t in enumerate(s["posts"]))
    ld = json.dumps({"@context": "http://schema.org", "@type": "Organization", "name": site, "logo": "images/" + s["logo"],
                     "sameAs": ["https://" + x for x in s["social"]]}, ensure_ascii=False)
    np_cfg = {
        "_npCookiesConsent": {"enabled": True, "name": "u-cookies-consent", "days": 182},
        "_npLocalizedStrings": {"email": c["email"], "submit": c["submit"], "success": c["ok"], "error": c["err"],
                                "prev": c["prev"], "next": c["next"]},
        "_npDialogsData": [],
        "_npProductsJsonUrl": "products/products.json",
        "_npAnimationsData": {"sections": {sec[1]: {"blog": {"animationOut": "none"}}}},
        "_npIsHtml": True, "_npVersion": NICEPAGE_VERSION,
    }
    cfg_js = "\n".join("window.%s = %s;" % (k, json.dumps(v, ensure_ascii=False)) for k, v in np_cfg.items())
    desc = art["sub"]
    return f'''<!DOCTYPE html>
<html style="font-size: 16px;" lang="{c["html_lang"]}"><head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta charset="utf-8">
    <meta name="keywords" content="{A(cat)}">
    <meta name="description" content="{A(desc)}">
    <title>{E(art["title"])}</title>
    <link rel="stylesheet" href="../nicepage.css" media="screen">
<link rel="stylesheet" href="../Post-Template.css" media="screen">
    <script class="u-script" type="text/javascript" src="../jquery.js" defer=""></script>
    <script class="u-script" type="text/javascript" src="../nicepage.js" defer=""></script>
    <meta name="generator" content="Nicepage {NICEPAGE_VERSION}, nicepage.com">
    <meta name="referrer" content="origin">
    <link id="u-theme-google-font" rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto:100,100i,300,300i,400,400i,500,500i,700,700i,900,900i|Open+Sans:300,300i,400,400i,500,500i,600,600i,700,700i,800,800i">
    <link id="u-page-google-font" rel="stylesheet" href="https://fonts.googleapis.com/css?family=Merriweather:300,300i,400,400i,700,700i,900,900i">
    <script type="application/ld+json">{ld}</script>
    <meta name="theme-color" content="{s["colour"]}">
    <link rel="canonical" href="{url}">
    <meta property="og:title" content="{A(art["title"])}">
    <meta property="og:description" content="{A(desc)}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{base}/images/{img}">
    <meta property="og:locale" content="{c["og_locale"]}">
  <meta data-intl-tel-input-cdn-path="intlTelInput/">
    <!-- Google tag (gtag.js) -->
    <script async="" src="https://www.googletagmanager.com/gtag/js?id={s["ga"]}"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){{dataLayer.push(arguments);}}
      gtag('js', new Date());
      gtag('config', '{s["ga"]}');
    </script>
</head>
  <body data-path-to-root="../" data-include-products="false" class="u-body u-xl-mode" data-lang="{c["html_lang"]}"><header class="u-clearfix u-header u-header" id="{sec[0]}"><div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <a href="../index.html" class="u-image u-logo u-image-1" data-image-width="320" data-image-height="96" title="{A(site)}">
          <img src="../images/{s["logo"]}" class="u-logo-image u-logo-image-1">
        </a>
        <nav class="u-menu u-menu-one-level u-offcanvas u-menu-1" role="navigation" aria-label="{A(c["menu"])}">
          <div class="menu-collapse u-custom-font u-font-merriweather" style="font-size: 1rem; letter-spacing: 0px;">
            <a class="u-button-style u-custom-left-right-menu-spacing u-custom-padding-bottom u-custom-top-bottom-menu-spacing u-hamburger-link u-nav-link u-text-active-palette-1-base u-text-hover-palette-2-base" href="#" tabindex="-1" aria-label="Open menu" aria-controls="{sec[0]}-menu">
              <svg class="u-svg-link" viewBox="0 0 24 24"><use xlink:href="#menu-hamburger"></use></svg>
              <svg class="u-svg-content" version="1.1" id="menu-hamburger" viewBox="0 0 16 16" x="0px" y="0px" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="http://www.w3.org/2000/svg"><g><rect y="1" width="16" height="2"></rect><rect y="7" width="16" height="2"></rect><rect y="13" width="16" height="2"></rect>
</g></svg>
            </a>
          </div>
          <div class="u-custom-menu u-nav-container">
            <ul class="u-custom-font u-font-merriweather u-nav u-unstyled u-nav-1" role="menubar">{nav}</ul>
          </div>
          <div class="u-custom-menu u-nav-container-collapse" id="{sec[0]}-menu">
            <div class="u-black u-container-style u-inner-container-layout u-opacity u-opacity-95 u-sidenav">
              <div class="u-inner-container-layout u-sidenav-overflow">
                <div class="u-menu-close" tabindex="-1" aria-label="Close menu"></div>
                <ul class="u-align-center u-nav u-popupmenu-items u-unstyled u-nav-2">{nav2}</ul>
              </div>
            </div>
            <div class="u-black u-menu-overlay u-opacity u-opacity-70"></div>
          </div>
        </nav>
      </div></header>
    <section class="u-clearfix u-section-1" id="{sec[1]}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <div class="u-clearfix u-expanded-width u-layout-wrap u-layout-wrap-1">
          <div class="u-layout">
            <div class="u-layout-row">
              <div class="u-container-style u-layout-cell u-size-40 u-layout-cell-1">
                <div class="u-container-layout u-container-layout-1"><!--post_details--><!--post_details_options_json--><!--{{"source":""}}--><!--/post_details_options_json--><!--blog_post-->
                  <div class="u-blog-post u-container-style u-expanded-width u-post-details u-post-details-1">
                    <div class="u-container-layout u-valign-top u-container-layout-2"><!--blog_post_image-->
                      <img alt="" class="u-blog-control u-expanded-width u-image u-image-default u-image-2" src="../images/{img}" data-image-width="{iw}" data-image-height="{ih}"><!--/blog_post_image-->
                      <p class="u-small-text u-text u-text-grey-50 u-text-variant u-text-1">{E(art["caption"])} {E(art["credit"])}</p><!--blog_post_header-->
                      <h1 class="u-blog-control u-post-header u-text u-text-2">{E(art["title"])}</h1><!--/blog_post_header--><!--blog_post_metadata-->
                      <div class="u-blog-control u-metadata u-post-metadata u-text-grey-50 u-metadata-1"><!--blog_post_metadata_date-->
                        <span class="u-meta-date u-meta-icon">{E(np_date(lang, art["date"]))}</span><!--/blog_post_metadata_date--><!--blog_post_metadata_author-->
                        <span class="u-meta-author u-meta-icon">{E(c["by"])} {E(art["byline"])}</span><!--/blog_post_metadata_author--><!--blog_post_metadata_category-->
                        <span class="u-meta-category u-meta-icon"><a href="category-{wp_slug(cat, 30)}.html">{E(cat)}</a></span><!--/blog_post_metadata_category--><!--blog_post_metadata_comments-->
                        <span class="u-meta-comments u-meta-icon">{E(c["comments"])}</span><!--/blog_post_metadata_comments-->
                      </div><!--/blog_post_metadata--><!--blog_post_content-->
                      <div class="u-align-left u-blog-control u-post-content u-text u-text-3 fr-view">
{content}
</div><!--/blog_post_content-->
                    </div>
                  </div><!--/blog_post--><!--/post_details-->
                  <div class="u-social-icons u-spacing-10 u-social-icons-1">
            {np_social(share_links, 1, rng)}
          </div>
                  <div class="u-blog-control u-post-navigation u-post-navigation-1">
                    <a class="u-btn u-button-style u-none u-post-nav-prev u-text-palette-1-base u-btn-1" href="{wp_slug(prev_t, 60)}.html"><span class="u-post-nav-label">{E(c["prev"])}</span> <span class="u-post-nav-title">{E(prev_t)}</span></a>
                    <a class="u-btn u-button-style u-none u-post-nav-next u-text-palette-1-base u-btn-2" href="{wp_slug(next_t, 60)}.html"><span class="u-post-nav-label">{E(c["next"])}</span> <span class="u-post-nav-title">{E(next_t)}</span></a>
                  </div>
                </div>
              </div>
              <div class="u-container-style u-layout-cell u-palette-5-light-3 u-size-20 u-layout-cell-2">
                <div class="u-container-layout u-container-layout-5">
                  <h4 class="u-text u-text-4">{E(s["about_head"])}</h4>
                  <p class="u-text u-text-5">{E(s["about"])}</p>
                  <h4 class="u-text u-text-6">{E(s["latest_head"])}</h4><!--blog--><!--blog_options_json--><!--{{"type":"Recent","source":"","tags":"","count":"4"}}--><!--/blog_options_json-->
                  <div class="u-blog u-expanded-width u-blog-1">
                    <div class="u-list-control"></div>
                    <div class="u-repeater u-repeater-1">
{latest}
                    </div>
                  </div><!--/blog-->
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
    <section class="u-align-center u-clearfix u-palette-1-light-3 u-section-2" id="{sec[2]}">
      <div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <h3 class="u-text u-text-default u-text-1">{E(s["nl_head"])}</h3>
        <p class="u-text u-text-default u-text-2">{E(s["nl_text"])}</p>
        <div class="u-form u-form-1">
          <form action="https://forms.nicepagesrv.com/v2/form/process" class="u-clearfix u-form-horizontal u-form-spacing-10 u-inner-form" source="email" name="form" style="padding: 10px;">
            <div class="u-form-email u-form-group u-label-none">
              <label for="email-{sec[2][4:]}" class="u-label">Email</label>
              <input type="email" placeholder="{A(s["nl_ph"])}" id="email-{sec[2][4:]}" name="email" class="u-border-1 u-border-grey-30 u-input u-input-rectangle u-white" required="">
            </div>
            <div class="u-align-left u-form-group u-form-submit">
              <a href="#" class="u-btn u-btn-submit u-button-style u-palette-1-base u-btn-1">{E(c["submit"])}</a>
              <input type="submit" value="submit" class="u-form-control-hidden">
            </div>
            <div class="u-form-send-message u-form-send-success">{E(c["ok"])}</div>
            <div class="u-form-send-error u-form-send-message">{E(c["err"])}</div>
            <input type="hidden" value="" name="recaptchaResponse">
            <input type="hidden" name="formServices" value="{"%032x" % rng.getrandbits(128)}">
          </form>
        </div>
      </div>
    </section>
    
    
    <footer class="u-align-center u-clearfix u-footer u-grey-80 u-footer" id="{sec[3]}"><div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <p class="u-small-text u-text u-text-variant u-text-1">{E(s["footer"])}</p>
        <div class="u-social-icons u-spacing-10 u-social-icons-2">
            {np_social(own_links, 5, rng)}
          </div>
      </div></footer>
    <section class="u-backlink u-clearfix u-grey-80">
      <a class="u-link" href="https://nicepage.com/website-templates" target="_blank">
        <span>{E(c["backlink"][0])}</span>
      </a>
      <p class="u-text">
        <span>{E(c["backlink"][1])}</span>
      </p>
      <a class="u-link" href="https://nicepage.com/" target="_blank">
        <span>{E(c["backlink"][2])}</span>
      </a>. 
    </section>
    <section class="u-black u-clearfix u-container-style u-dialog-block u-opacity u-opacity-80 u-valign-bottom u-dialog-section-5 u-cookies-consent" id="{sec[4]}">
      <div class="u-align-left u-container-style u-dialog u-white u-dialog-1">
        <div class="u-container-layout u-valign-middle u-container-layout-1">
          <p class="u-text u-text-1">{E(s["cookie"])} <a href="privacy.html" class="u-active-none u-border-none u-btn u-button-link u-button-style u-hover-none u-none u-text-palette-1-base u-btn-1">{E(s["cookie_link"])}</a>
          </p>
          <a href="###" class="u-btn u-button-confirm u-button-style u-palette-1-base u-btn-2">{E(c["accept"])}</a>
        </div>
      </div>
    </section><style>.u-dialog-section-5 {{
  min-height: 200px;
  margin: 0;
}}
.u-dialog-section-5 .u-dialog-1 {{
  width: 100%;
  min-height: 140px;
  margin: 60px auto 0;
}}
.u-dialog-section-5 .u-container-layout-1 {{
  padding: 20px 30px;
}}
.u-dialog-section-5 .u-text-1 {{
  margin: 0 calc(((100% - 1140px) / 2) + 280px) 0 calc(((100% - 1140px) / 2));
}}
.u-dialog-section-5 .u-btn-2 {{
  background-image: none;
  margin: -38px calc(((100% - 1140px) / 2)) 0 auto;
  padding: 10px 30px;
}}</style>
<script type="text/javascript">
{cfg_js}
</script>
</body></html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Nicepage's text block and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"nicepage": ["share", "related"],  # (the share icons and the previous / next post links)
                     "magazine": ["pullquote", "bio"], "broadcaster": ["video"], "squarespace": ["caption", "newsletter"],
                     "brightspot": ["audio", "related"], "bitrix": ["title", "date", "credit"], "quintype": ["caption", "related"],
                     "k2": ["caption", "share"], "webflow": ["caption", "newsletter"], "medium": ["caption", "related"],
                     "blogger": ["caption", "newsletter"], "tilda": ["caption", "newsletter"], "wix": ["caption", "newsletter"],
                     "weebly": ["caption", "newsletter"], "elementor": ["caption", "newsletter"]}
for _mod, _names in ((mp87, ["odoo"]), (mp2, ["nextjs"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "babyclinics", "periodproducts", "batrescue"]
NEW_FAMILIES = ["babyclinics", "periodproducts", "batrescue"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them; make_heldout54's "foodbank" family -- food-bank appeals -- and make_heldout96's "guidedwalks" family --
# guided-walk programme listings -- are what the brief's baby banks and bat walks would have been, see the docstring)
NEW_FAMILY_WORDS = {"babyclinics": ["babyclinics", "baby clinic", "baby-clinic", "mütterberatung", "bebek izlem"],
                    "periodproducts": ["periodproducts", "period product", "period-product", "protections périodiques",
                                       "productos menstruales"],
                    "batrescue": ["batrescue", "grounded bat", "grounded-bat", "bat care helpline", "bat rescue", "fledermaus-notruf"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small association's or a village website would not carry (no newsroom to credit a photograph to, to
# update a story or to have reporters, no adverts, app or paywall)
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
    "cookie": ['<div class="clip-consent-k100"><p class="clip-consent-k100__t">%s</p><button class="clip-consent-k100__b" type="button">Allow</button></div>',
               '<p class="hidden-media-k100">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="noon-letter-k100"><p class="noon-letter-k100__t">%s</p><a class="noon-letter-k100__a" href="/newsletters/noon">&#8594;</a></div>',
                   '<p class="free-count-k100">%s</p>', '<h5 class="noon-letter-head-k100">%s</h5>'],
    "share": ['<ul class="pass-round-k100">{items}</ul>', '<div class="pass-round-bar-k100">%s</div>', '<p><a href="#pass">%s</a></p>'],
    "photo": ['<p class="reader-pic-k100">%s</p>', '<span class="reader-pic-tag-k100">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="licence-note-k100">%s</p>', '<div class="owned-by-k100"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="area-trail-k100">%s</p>', '<h6 class="area-label-k100">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="flower-rule-k100">%s</p>', '<div class="wave-break-k100">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="desk-help-k100">%s</p>', '<div class="desk-credit-k100">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="title-again-k100"><strong>%s</strong></p>', '<h2 class="title-copy-k100">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-promo-k100">%s</div>', '<p class="carries-on-k100">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-rest-k100"><a href="#rest">%s</a></p>', '<div class="unfold-story-k100">%s</div>', '<div><a href="#rest"><strong>%s</strong></a></div>'],
    "comments": ['<p class="talking-k100"><a href="#comments">%s</a></p>', '<div class="talk-count-k100">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="read-length-k100">%s</p>', '<span class="read-length-chip-k100">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="changed-at-k100"><time>%s</time></p>', '<div class="change-stamp-k100">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="audio-version-k100"><button class="audio-version-k100__play" type="button" aria-label="Play"></button><span class="audio-version-k100__l">%s</span></div>',
              '<p class="audio-line-k100"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="put-right-k100"><p>%s</p></aside>', '<p class="fixed-note-k100"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="phone-app-k100"><p class="phone-app-k100__t">%s</p><a class="phone-app-k100__a" href="/app">&#8681;</a></div>',
            '<p class="app-prompt-k100">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-line-k100"><p class="reporter-line-k100__t">%s</p></div>', '<p class="reporter-note-k100"><i>%s</i></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="know-something-k100"><p>%s</p></div>', '<p class="ring-desk-k100">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="slip-report-k100"><p>%s</p></div>', '<p class="press-keys-k100">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="alert-optin-k100"><p class="alert-optin-k100__q">%s</p></div>', '<ul class="alert-choices-k100">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="story-options-k100">{items}</ul>', '<p class="options-line-k100">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="needed-q-k100"><p class="needed-q-k100__q">%s</p></div>', '<ul class="needed-opts-k100">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-note-k100"><p>%s</p></div>', '<p class="complaints-to-k100"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-links-k100"><span class="topic-links-k100__t">%s</span></div>', '<ul class="topic-list-k100">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-k100"><a class="keep-later-k100__a" href="#later">%s</a></div>', '<p class="save-later-k100"><a href="#later">%s</a></p>',
                 '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="valley-asks-k100"><p class="valley-asks-k100__q">%s</p><button class="valley-asks-k100__b" type="button">Vote</button></div>',
             '<ul class="valley-asks-opts-k100">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-k100"><a class="video-facade-k100__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({cliniclist}: the sessions with venue, day and time, and what happens, what
    # to bring and appointments, as a list; {clinicrows}: the sessions as a table; {clinicdl}: what happens, what to
    # bring and appointments as a definition list; {periodlist}, {periodrows}, {perioddl}: the pick-up points, and
    # who, no questions asked, an empty basket; {batlist}, {batrows}, {batdl}: the steps on finding a bat, and the
    # helpline, its hours and the law)
    "babyclinics": ['<div class="clinic-sessions-k100"><h4 class="clinic-sessions-k100__hd">%s</h4><ul class="clinic-sessions-k100__list">{cliniclist}</ul></div>',
                    '<div class="clinic-times-k100"><p class="clinic-times-k100__hd"><strong>%s</strong></p><table class="clinic-times-k100__tbl">{clinicrows}</table></div>',
                    '<p class="clinic-days-k100"><a href="/saglik/bebek-izlem">%s</a></p>',
                    '<div class="clinic-card-k100"><h5 class="clinic-card-k100__hd">%s</h5><dl class="clinic-card-k100__dl">{clinicdl}</dl></div>'],
    "periodproducts": ['<aside class="free-pads-k100"><h4 class="free-pads-k100__hd">%s</h4><ul class="free-pads-k100__list">{periodlist}</ul></aside>',
                       '<div class="pickup-points-k100"><p class="pickup-points-k100__hd"><b>%s</b></p><table class="pickup-points-k100__tbl">{periodrows}</table></div>',
                       '<p class="pads-find-k100"><a class="pads-find-k100__a" href="/solidarite/protections-gratuites">%s</a></p>',
                       '<div class="pads-card-k100"><h5 class="pads-card-k100__hd">%s</h5><dl class="pads-card-k100__dl">{perioddl}</dl></div>'],
    "batrescue": ['<div class="bat-help-k100"><h4 class="bat-help-k100__hd">%s</h4><ul class="bat-help-k100__list">{batlist}</ul></div>',
                  '<div class="bat-steps-k100"><p class="bat-steps-k100__hd"><strong>%s</strong></p><table class="bat-steps-k100__tbl">{batrows}</table></div>',
                  '<p class="bat-found-k100"><a class="bat-found-k100__btn" role="button" href="/fledermausschutz/notruf">%s</a></p>',
                  '<div class="bat-card-k100"><h5 class="bat-card-k100__hd">%s</h5><dl class="bat-card-k100__dl">{batdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/noon"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "babyclinics": (0.0, [' <a href="/saglik/bebek-izlem"><strong>%s</strong></a>']),
          "periodproducts": (0.0, ['<br><a href="/solidarite/protections-gratuites"><b>%s</b></a>']),
          "batrescue": (0.0, [' <a class="btn" href="/fledermausschutz/notruf"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "babyclinics": 2, "periodproducts": 2, "batrescue": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="inset-photo-k100"><img src="/media/{id}-inset.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-photo.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="around-valley-k100"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="next-door-news-k100"><p class="next-door-news-k100__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (CLINIC_HEAD, PERIOD_HEAD, BAT_HEAD, above), as the web teams left them (not checked)


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
    if "{clinic" in style:
        out = (out.replace("{cliniclist}", "".join('<li><strong>%s</strong> — %s, %s</li>' % tuple(esc(x) for x in r) for r in CLINIC_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CLINIC_INFO[lang]))
               .replace("{clinicrows}", table(CLINIC_HEAD[lang], CLINIC_ROWS[lang])).replace("{clinicdl}", dl(CLINIC_INFO[lang])))
    if "{period" in style:
        out = (out.replace("{periodlist}", "".join('<li><strong>%s</strong> (%s): %s</li>' % tuple(esc(x) for x in r) for r in PERIOD_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in PERIOD_INFO[lang]))
               .replace("{periodrows}", table(PERIOD_HEAD[lang], PERIOD_ROWS[lang])).replace("{perioddl}", dl(PERIOD_INFO[lang])))
    if "{bat" in style:
        out = (out.replace("{batlist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in BAT_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in BAT_INFO[lang]))
               .replace("{batrows}", table(BAT_HEAD[lang], BAT_ROWS[lang])).replace("{batdl}", dl(BAT_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "babyclinics": rng.choice([mid, n, n]),
               "periodproducts": rng.choice([mid, n]), "batrescue": rng.choice([0, mid, n])}.get(fam, mid)
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
# a first letter the owner enlarged in Nicepage's text editor (Froala: font size, float and colour on a span); the
# magazine layout's class
DROPCAP = {"nicepage": ("span", '<span style="float: left; font-size: 3.4em; line-height: 0.85; margin: 4px 8px 0 0; color: #2b5d6b;">%s</span>'),
           "magazine": ("class", "dropcap")}
# a Nicepage group (u-group, the builder's box with a background) around a subheading and its paragraph; the
# magazine's panel around a question and its answer
BOX = {"nicepage": ("wrap", '<div class="u-container-style u-group u-palette-1-light-3 u-group-1"><div class="u-container-layout u-container-layout-3">\n', "\n</div></div>"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--slate">\n', "\n</div>")}
# the portal's fact box around a subheading and its list
FACTBOX = {"portal": ("wrap", '<div class="story-factbox" role="complementary">\n', "\n</div>")}
# Odoo's alert snippet and Elementor's alert widget around a paragraph
CALLOUT = {"odoo": ('<div class="s_alert s_alert_md alert alert-info w-100 clearfix o_colored_level" data-snippet="s_alert" data-name="Alert">\n<i class="fa fa-2x fa-info-circle s_alert_icon"></i>\n<div class="s_alert_content">\n<p>', '</p>\n</div>\n</div>'),
           "elementor": ('<div class="elementor-alert elementor-alert-info" role="alert"><p class="elementor-alert-description">', '</p></div>')}
BOLD = {}
ITALIC = {}
# a highlight: the text editor's background colour on Nicepage and Elementor; a <mark> elsewhere
HIGHLIGHT = {"nicepage": ('<span style="background-color: rgb(255, 236, 153);">', "</span>"),
             "elementor": ('<span style="background-color: #fff2a8;">', "</span>")}


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
# templates: nicepage is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"nicepage": tpl_nicepage, "magazine": mp2.tpl_magazine, "nextjs": mp2.tpl_nextjs,
                 "broadcaster": mp3.tpl_broadcaster, "squarespace": mp5.tpl_squarespace,
                 "brightspot": mp5.tpl_brightspot, "bitrix": mp6.tpl_bitrix, "quintype": mp6.tpl_quintype,
                 "k2": mp7.tpl_k2, "webflow": mp10.tpl_webflow, "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger,
                 "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix, "weebly": mp18.tpl_weebly,
                 "elementor": mp21.tpl_elementor, "odoo": mp87.tpl_odoo}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h98), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "nicepage"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"odoo": (mp87, "ODOO_SITES")}


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
            rng = random.Random("newsflow-heldout100-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI100[lang]
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
    # layouts: nicepage (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the nicepage pages: a site of NICEPAGE_SITES in its own language (NICEPAGE_CORE); of the looks only those the
    # builder's text editor sets (a drop cap, bold, italics, a highlight, a group box, a line break); the later
    # layouts keyed by site name: a site this part adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in NICEPAGE_SITES or a["lang"] not in NICEPAGE_CORE
                                       or NICEPAGE_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in NICEPAGE_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: nicepage page needs a Nicepage site in its language and the text block's looks only" % a["id"])
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
    nicepage_sites = [{k: v for k, v in d.items() if k not in NICEPAGE_EXEMPT} for d in NICEPAGE_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (NICEPAGE_CORE, CLINIC_HEAD, PERIOD_HEAD and BAT_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("NICEPAGE_SITES", nicepage_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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







