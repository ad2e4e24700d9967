#!/usr/bin/env python3
"""Hundred-and-fifth held-out part (h105-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout105.py           # write pages/h105-*.html
    python benchmarks/data/extraction/make_heldout105.py --check   # verify pages/h105-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout105.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout106.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout104.py and make_heldout103.py (themselves on make_heldout100.py): build() -> (pages, truth,
meta) and verify(pages, truth) -> problems, with the same signatures, so that make_pages.py can import this module
and merge it the same way.  The page ids carry a three-digit part number (h105-en-001 ...): nothing here slices an
id by position, the seed is the whole id, and verify() builds the expected ids from PART.
Stories are in articles_h105_en.py / articles_h105_intl.py (fictional local and regional outlets: a village community
council's and a village association's Google Sites, a district council, a town council, a volunteer newsletter, an
independent news website, an evening paper, a weekly, a volunteer news site, a reader-owned weekly, a town news
site, a Medium publication, a district paper, a regional paper, a city's press page, a cycling workshop's Wix site,
a news blog, a morning news portal, a town paper, a park friends' group, a local radio station, a town paper's
Bitrix site, a town weekly and an online city magazine, in invented places -- Harrowbridge on the Marrin with Copsley,
Fenwick Green and Stallbrook, Yeşilpınar on the Kocaçay with Kızılağaç, Ahornach an der Wirre with Moosried, Vernolles
on the Vionne with the hamlet of Les Aubépines, Alcornal de la Vega on the Tormillo with El Quejigal, Клюквинск on the
Светлянка with Мшанка --; every name and number invented; late summer and autumn in all six).  The residue
wordings -- thirty of the generic families of the earlier parts (one wording each in every language, two for the
newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three new ones -- their wrapper
class names, related headlines and teasers, the sites' own strings in the earlier layouts and the furniture strings
are new here: verify() refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels,
furniture strings, widget rows, headlines, tags or site names of make_heldout2..104, if a wrapper class name of an
earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if
a story paragraph or headline of an earlier part (h103 and h104 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a reason in a story
(calendar, map, gallery, scores) are not used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three or more languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on
the third carrier --, a definition-list card).  The nearest earlier thing is make_heldout97's public water-refill
station panels (stations, an app, a sticker, adding a café), which are not drinking fountains: the brief's three
subjects are taken as they stand, and verify() checks that no earlier docstring names them.  Free bike-light
give-away and fitting sessions (bikelights: where and when the lights are fitted, who fits them, bring your bike, one
set per bike while stocks last) sit on an English district council's dark-evenings road-safety campaign (the list),
a German village's new cycle path (the new layout: the table), a French student quarter's cycling workshop (the
"get lights fitted" link, run into the last paragraph) and a Russian student-quarter road-safety campaign (the card);
head-lice clinic and nit-comb loan panels (headlice: when and where the clinic runs, how to comb, borrowing a comb,
whom to ask, no appointment) on an English primary school's family room (the list), a Turkish pharmacist's interview
(the table), a German primary school's garden (the "borrow a nit comb" link, run into the last paragraph) and a
Spanish family centre's new hours (the card); and drinking-fountain and free water-refill panels (drinkingfountains:
where the taps are and their hours, bring a bottle, the cafés that refill, when the taps are switched on) on an
English recreation ground's reopening (the new layout: the list), a Turkish heatwave (the table), a Spanish park's
new shade (the "find a drinking fountain" button) and a Russian half marathon (the card).  Only the languages that
carry a new family have its rows (WIDGET_LANGS); the tables' heads (BIKE_HEAD, LICE_HEAD, TAP_HEAD) are the web
teams' generic strings and not checked; the rows (BIKE_ROWS, BIKE_INFO, LICE_ROWS, LICE_INFO, TAP_ROWS, TAP_INFO)
are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the two Google Sites, the cycling workshop's Wix site and the park friends' Squarespace
site -- no newsroom to credit a photograph to, update a story, sell adverts or send reporters); a correction box goes
only on a story that was corrected, with that story's own wording (an English market hall's closing date and a
Russian half marathon's winning time, which the pages carry among their residue, and an English community fridge's
location, the page's only residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips,
panels, strips and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the bike-light link, the nit-comb link; only one line in any paragraph) or a section
tag run into the start of the first paragraph.  On the new layout, residue the editor pasted sits among the
paragraphs of the story's text box.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(Enfold's av_dropcap1 on the allotments story), italics (one-line quotes, and the Sites editor's inline style),
bold (one-line paragraphs: "Not everyone is happy.", "Anyone can help themselves.", "Quedan cosas pendientes."),
a highlighted sentence (a <mark>, and the Sites editor's background colour), a paragraph in a box (Avada's alert
element around "How to volunteer" and its paragraph), a fact box holding a subheading and its list (the Wagtail
site's info box around "The work in numbers"), a callout (a Hugo notice shortcode around the honey's line), a
paragraph typed after a <br> (on both Google Sites); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "Any frights over the years?", "Der
schwerste Tag?", "¿Y el peor día en la caseta?", "Neden Yeşilpınar?" --, in English, German, Spanish and Turkish: a lollipop man
after thirty-one years, a town gardener after 27, a river lifeguard after twenty summers, a pharmacist after forty
years), lists inside the story (a recreation ground's new things, a campaign's three parts, a family room's themes,
allotment ideas, a village market's stalls, an opening day's guests, a student campaign's parts), crossheads as
headings (a market hall, a school garden, a library roof's bees, a half marathon) and as bold paragraphs (a bakery,
a village market, a family centre), one-line quotes and short one-line paragraphs, a closing line with practical
information (pavilion bookings, a contact form, volunteers' evenings, a send-off assembly, a market office, a
bakery's hours, a family room, a waiting list, a lido's season tickets, a help line, a farewell tea, stall
bookings, photographs in a showcase, a building Saturday, a farewell in the park, a workshop's hours, roof visits,
a ceremony, a centre's hours, a friends' group's meetings, a river beach's hours, a cross-country race, a library's
hours, a students' office), and story sentences that use furniture words in ordinary reporting ("Comparte esta buena
noticia" opening a story, "Suivez le guide" opening another, "les cookies du goûter", "Subscribers to its
newsletter", "Fotos vom Eröffnungstag", "подписчики студенческого канала", "the contact form").  Two pages carry no
residue at all (a French bridge on the first-round portal layout and a Russian village library on the first-round
cms layout) and one only its correction line (an English community fridge on framer).
One page layout is new (googlesites: a community news page made with the new Google Sites, on two pages, an English
village community council and a German village association; see the section of the layout below).  Google Sites'
own strings (GS_CORE) are left as Google ships them and not checked; the sites' own strings (GS_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers, all from the brief's list of
layouts no part since h101 has used (verify() refuses any that h101 .. h104 used) -- typo3 (make_heldout6.py),
framer (make_heldout84.py), modx (make_heldout53.py), wagtail (make_heldout33.py), optimizely (make_heldout64.py),
nicepage (make_heldout100.py), enfold (make_heldout99.py) and avada (make_heldout98.py) in English; joomla4
(make_heldout12.py), medium (make_heldout13.py) and regional (make_heldout2.py) in Turkish; umbraco
(make_heldout37.py) and djangocms (make_heldout50.py) in German; wix (make_heldout16.py), hugo (make_heldout11.py)
and portal (make_pages.py) in French; k2 (make_heldout7.py), squarespace and brightspot (make_heldout5.py) in
Spanish; bitrix (make_heldout6.py), cms (make_pages.py) and webflow (make_heldout10.py) in Russian; seventeen of them
in a language the part that last used the layout did not give it.  While a page is rendered, the earlier modules'
site-specific strings, related headlines and residue pools are swapped for this part's own (SITE_STRINGS, HEADLINES,
site_strings()), as make_heldout104.py does; their platforms' own strings (K2's, Wix's, Medium's and the later
layouts' *_CORE dictionaries) are left as the platforms ship them.
Standard library only; deterministic (each page's choices are seeded from its id).
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
from urllib.parse import quote


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
import make_heldout99 as mp99  # noqa: E402
import make_heldout100 as mp100  # noqa: E402
import make_heldout101 as mp101  # noqa: E402
import make_heldout102 as mp102  # noqa: E402
import make_heldout103 as mp103  # noqa: E402
import make_heldout104 as mp104  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h105_en import ARTICLES as H105_EN  # noqa: E402
from articles_h105_intl import ARTICLES as H105_INTL  # noqa: E402

ARTICLES = H105_EN + H105_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102, mp103, mp104)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h105"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h104 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Marrin valley maps, videos and polls wait here until you switch on cookies from outside services"],
        "tr": ["Yeşilpınar haritaları, videoları ve anketleri, dış hizmet çerezlerini açana kadar burada bekler"],
        "de": ["Karten, Videos und Umfragen aus dem Wirretal warten hier, bis Sie Cookies externer Dienste einschalten"],
        "fr": ["Les cartes, vidéos et sondages de la Vionne attendent ici que vous activiez les cookies des services extérieurs"],
        "es": ["Los mapas, vídeos y encuestas de Alcornal de Alcornal esperan aquí hasta que actives las cookies de servicios externos"],
        "ru": ["Карты, видео и опросы о Клюквинске появятся здесь, когда вы включите cookie внешних сервисов"],
    },
    "newsletter": {
        "en": ["Get the Marrin Valley Lunchtime Letter, free every weekday at noon",
               "You have reached this month's limit of free Marrin valley stories: register free to read on"],
        "tr": ["Yeşilpınar Öğle Mektubu her hafta içi öğlen ücretsiz e-postanızda",
               "Bu ayki ücretsiz Yeşilpınar haberi sınırına ulaştınız: okumaya devam etmek için ücretsiz kaydolun"],
        "de": ["Der Wirretaler Mittagsbrief, werktags um zwölf kostenlos im Postfach",
               "Sie haben Ihr Monatskontingent an freien Wirretal-Artikeln erreicht: Registrieren Sie sich kostenlos, um weiterzulesen"],
        "fr": ["La Lettre de midi de la Vionne, gratuite chaque jour de semaine à 12 heures",
               "Vous avez atteint la limite mensuelle d'articles gratuits sur la Vionne : inscrivez-vous gratuitement pour poursuivre"],
        "es": ["La Carta del Mediodía de Alcornal, gratis cada día laborable a las doce",
               "Has llegado al límite mensual de noticias gratis de Alcornal: regístrate gratis para seguir leyendo"],
        "ru": ["«Обеденное письмо» из Клюквинска — бесплатно по будням ровно в полдень",
               "Вы прочитали все бесплатные материалы о Клюквинске за этот месяц: зарегистрируйтесь бесплатно, чтобы читать дальше"],
    },
    "share": {
        "en": ["Tell the Marrin valley: Facebook · WhatsApp · Bluesky · Email"],
        "tr": ["Yeşilpınar'a duyurun: Facebook · WhatsApp · Bluesky · E-posta"],
        "de": ["Dem Wirretal erzählen: Facebook · WhatsApp · Bluesky · E-Mail"],
        "fr": ["Le dire à toute la Vionne : Facebook · WhatsApp · Bluesky · Courriel"],
        "es": ["Cuéntaselo a Alcornal: Facebook · WhatsApp · Bluesky · Correo"],
        "ru": ["Рассказать Клюквинску: ВКонтакте · Telegram · MAX · Почта"],
    },
    "photo": {
        "en": ["Image: a Marrin valley reader, used with thanks"],
        "tr": ["Görsel: bir Yeşilpınar okuru, teşekkürlerimizle"],
        "de": ["Bild: eine Leserin aus dem Wirretal, mit Dank"],
        "fr": ["Image : un lecteur de la Vionne, avec nos remerciements"],
        "es": ["Imagen: un lector de Alcornal de Alcornal, con nuestro agradecimiento"],
        "ru": ["Снимок: читатель из Клюквинска, спасибо ему"],
    },
    "copyright": {
        "en": ["Reproducing this Marrin valley article in any form needs the prior written consent of {site}."],
        "tr": ["Bu Yeşilpınar haberinin herhangi bir biçimde çoğaltılması {site} tarafından önceden yazılı onay verilmesine bağlıdır."],
        "de": ["Jede Vervielfältigung dieses Wirretal-Artikels bedarf der vorherigen schriftlichen Zustimmung von {site}."],
        "fr": ["Toute reproduction de cet article sur la Vionne exige l'accord écrit préalable de {site}."],
        "es": ["Reproducir esta noticia de Alcornal en cualquier forma exige el permiso previo y por escrito de {site}."],
        "ru": ["Любое воспроизведение этого материала о Клюквинске возможно только с предварительного письменного согласия «{site}»."],
    },
    "section": {
        "en": ["Marrin valley ⟩ {section}"],
        "tr": ["Yeşilpınar ve Kocaçay vadisi ⟩ {section}"],
        "de": ["Wirretal ⟩ {section}"],
        "fr": ["Pays de la Vionne ⟩ {section}"],
        "es": ["Vega de Alcornal ⟩ {section}"],
        "ru": ["Клюквинск и округа ⟩ {section}"],
    },
    "related": {
        "en": ["Elsewhere in the Marrin valley today"],
        "tr": ["Bugün Yeşilpınar'ın başka köşelerinden"],
        "de": ["Heute sonst im Wirretal"],
        "fr": ["Ailleurs dans la Vionne aujourd'hui"],
        "es": ["Hoy, en otros rincones de Alcornal"],
        "ru": ["Сегодня в других уголках Клюквинска"],
    },
    "symbol": {"*": ["☀ · ☀ · ☀", "◦ ◈ ◦", "❀ · ❀"]},
    "credit": {
        "en": ["Additional reporting by the {site} team in Harrowbridge"],
        "tr": ["Ek haber: {site} Yeşilpınar ekibi"],
        "de": ["Ergänzende Recherche: {site}-Team in Ahornach"],
        "fr": ["Informations complémentaires : l'équipe de {site} à Vernolles"],
        "es": ["Información adicional: equipo de {site} en Alcornal"],
        "ru": ["Дополнительная информация: команда «{site}» в Клюквинске"],
    },
    "ad": {
        "en": ["Paid promotion · the Marrin valley story resumes after this"],
        "tr": ["Ücretli tanıtım · Yeşilpınar haberi bundan sonra sürüyor"],
        "de": ["Bezahlte Promotion · der Wirretal-Artikel geht danach weiter"],
        "fr": ["Promotion payante · l'article sur la Vionne reprend après"],
        "es": ["Promoción pagada · la noticia de Alcornal sigue después"],
        "ru": ["Оплаченная промоакция · материал о Клюквинске продолжится после неё"],
    },
    "continue": {
        "en": ["Carry on reading this Marrin valley story"],
        "tr": ["Bu Yeşilpınar haberini okumayı sürdürün"],
        "de": ["Diesen Wirretal-Artikel weiterlesen"],
        "fr": ["Poursuivre la lecture de cet article de la Vionne"],
        "es": ["Seguir leyendo esta noticia de Alcornal"],
        "ru": ["Читать этот материал о Клюквинске дальше"],
    },
    "comments": {
        "en": ["{n} comments from the Marrin valley so far: add yours"],
        "tr": ["Şimdiye kadar Yeşilpınar'dan {n} yorum geldi: siz de yazın"],
        "de": ["Bisher {n} Kommentare aus dem Wirretal: schreiben Sie Ihren dazu"],
        "fr": ["Déjà {n} commentaires venus de la Vionne : ajoutez le vôtre"],
        "es": ["Ya hay {n} comentarios desde Alcornal: añade el tuyo"],
        "ru": ["Уже {n} комментариев из Клюквинска — добавьте свой"],
    },
    "readtime": {
        "en": ["About {m} minutes of Marrin valley reading"],
        "tr": ["Yaklaşık {m} dakikalık Yeşilpınar okuması"],
        "de": ["Etwa {m} Minuten Wirretal-Lektüre"],
        "fr": ["Environ {m} minutes de lecture sur la Vionne"],
        "es": ["Unos {m} minutos de lectura sobre Alcornal"],
        "ru": ["Примерно {m} минуты чтения о Клюквинске"],
    },
    "updated": {
        "en": ["Revised on {d} at {t} by the Marrin valley newsroom"],
        "tr": ["{d} {t} itibarıyla Yeşilpınar haber merkezi tarafından gözden geçirildi"],
        "de": ["Überarbeitet am {d} um {t} Uhr von der Wirretal-Redaktion"],
        "fr": ["Révisé le {d} à {t} par la rédaction de la Vionne"],
        "es": ["Revisada el {d} a las {t} por la redacción de Alcornal"],
        "ru": ["Дополнено {d} в {t} редакцией Клюквинска"],
    },
    "audio": {
        "en": ["Listen to this Marrin valley article · {m} min"],
        "tr": ["Bu Yeşilpınar haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Wirretal-Artikel anhören · {m} Min."],
        "fr": ["Écouter cet article de la Vionne · {m} min"],
        "es": ["Escucha esta noticia de Alcornal · {m} min"],
        "ru": ["Слушать материал о Клюквинске · {m} мин"],
    },
    "correction": {
        "en": ["A correction has been made to this Marrin valley article."],
        "tr": ["Bu Yeşilpınar haberinde bir düzeltme yapıldı."],
        "de": ["An diesem Wirretal-Artikel wurde eine Korrektur vorgenommen."],
        "fr": ["Une correction a été apportée à cet article de la Vionne."],
        "es": ["Se ha hecho una corrección en esta noticia de Alcornal."],
        "ru": ["В материал о Клюквинске внесена поправка."],
    },
    "app": {
        "en": ["The Marrin valley in your pocket: get the free {site} app for iOS and Android"],
        "tr": ["Yeşilpınar cebinizde: ücretsiz {site} uygulamasını iOS ve Android için indirin"],
        "de": ["Das Wirretal in der Hosentasche: die kostenlose App von {site} für iOS und Android"],
        "fr": ["La Vionne dans votre poche : l'appli gratuite {site} pour iOS et Android"],
        "es": ["La Vega en tu bolsillo: descarga gratis la app de {site} para iOS y Android"],
        "ru": ["Клюквинск в кармане: бесплатное приложение «{site}» для iOS и Android"],
    },
    "bio": {
        "en": ["{by} covers {section} across Harrowbridge, Copsley, Stallbrook and the Marrin valley for {site}."],
        "tr": ["{by}, {site} için Yeşilpınar, Kızılağaç ve Kocaçay vadisinde {section} alanını izliyor."],
        "de": ["{by} berichtet für {site} über {section} in Ahornach, Moosried und dem ganzen Wirretal."],
        "fr": ["{by} couvre la rubrique {section} à Vernolles, aux Aubépines et dans toute la Vionne pour {site}."],
        "es": ["{by} cubre {section} en Alcornal de la Vega, El Quejigal y toda la comarca para {site}."],
        "ru": ["{by} освещает тему «{section}» в Клюквинске, Мшанке и окрестностях для «{site}»."],
    },
    "tip": {
        "en": ["Seen something in the Marrin valley we should know about? Message the newsroom on 01632 960 515"],
        "tr": ["Yeşilpınar'da bilmemiz gereken bir şey mi gördünüz? Haber merkezine yazın: 0 (262) 900 51 51"],
        "de": ["Etwas im Wirretal gesehen, das wir wissen sollten? Schreiben Sie der Redaktion: 09471 960 515"],
        "fr": ["Vous avez vu quelque chose dans la Vionne ? Écrivez à la rédaction au 04 71 00 51 51"],
        "es": ["¿Has visto algo en Alcornal que debamos saber? Escribe a la redacción al 925 000 515"],
        "ru": ["Видели в Клюквинске что-то важное? Напишите в редакцию: 8 (48155) 5-15-15"],
    },
    "typo": {
        "en": ["Found an error in this Marrin valley article? Highlight the words and press Ctrl+Enter to tell the Marrin desk"],
        "tr": ["Bu Yeşilpınar haberinde hata mı buldunuz? Sözcükleri işaretleyip Ctrl+Enter ile Yeşilpınar masasına bildirin"],
        "de": ["Einen Fehler in diesem Wirretal-Artikel gefunden? Die Stelle markieren und mit Strg+Enter an die Wirretal-Redaktion melden"],
        "fr": ["Une erreur dans cet article de la Vionne ? Surlignez les mots et appuyez sur Ctrl+Entrée pour prévenir la rédaction de la Vionne"],
        "es": ["¿Un error en esta noticia de Alcornal? Marca las palabras y pulsa Ctrl+Intro para avisar a la redacción de Alcornal"],
        "ru": ["Нашли ошибку в материале о Клюквинске? Выделите слова и нажмите Ctrl+Enter, чтобы сообщить в редакцию Клюквинска"],
    },
    "push": {
        "en": ["Turn on Marrin valley notifications? Yes, Marrin alerts please · Not now"],
        "tr": ["Yeşilpınar bildirimleri açılsın mı? Evet, Yeşilpınar bildirimleri gelsin · Şimdi değil"],
        "de": ["Wirretal-Benachrichtigungen einschalten? Ja, Wirretal-Meldungen bitte · Jetzt nicht"],
        "fr": ["Activer les notifications de la Vionne ? Oui, les alertes de la Vionne · Pas maintenant"],
        "es": ["¿Activar los avisos de Alcornal? Sí, los avisos de Alcornal · Ahora no"],
        "ru": ["Включить уведомления о Клюквинске? Да, включить · Не сейчас"],
    },
    "print": {
        "en": ["Save this Marrin valley article: Print · PDF · Email a friend"],
        "tr": ["Bu Yeşilpınar haberini kaydedin: Yazdır · PDF · Bir arkadaşa gönder"],
        "de": ["Diesen Wirretal-Artikel sichern: Drucken · PDF · An Bekannte mailen"],
        "fr": ["Conserver cet article de la Vionne : Imprimer · PDF · Envoyer à un proche"],
        "es": ["Guarda esta noticia de Alcornal: Imprimir · PDF · Enviar a un amigo"],
        "ru": ["Сохранить материал о Клюквинске: Печать · PDF · Отправить знакомому"],
    },
    "feedback": {
        "en": ["Was this Marrin valley article useful? Very useful to the Marrin valley · A little · Not really"],
        "tr": ["Bu Yeşilpınar haberi işinize yaradı mı? Yeşilpınar için çok yararlı · Biraz · Pek değil"],
        "de": ["War dieser Wirretal-Artikel nützlich? Sehr nützlich fürs Wirretal · Ein wenig · Eher nicht"],
        "fr": ["Cet article de la Vionne vous a-t-il servi ? Très utile pour la Vionne · Un peu · Pas vraiment"],
        "es": ["¿Esta noticia de Alcornal te ha resultado útil? Muy útil para Alcornal · Algo · La verdad es que no"],
        "ru": ["Полезен ли вам материал о Клюквинске? Очень полезен для Клюквинска · Немного · Не особенно"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; concerns about our Marrin valley reporting can be sent to code@marrinvalley.example."],
        "tr": ["{site}, gazetecilik meslek ilkelerine bağlıdır; Yeşilpınar haberlerimizle ilgili itirazlar: ilke@yesilpinar.example."],
        "de": ["{site} folgt dem Pressekodex; Hinweise zu unserer Wirretal-Berichterstattung an kodex@wirretal.example."],
        "fr": ["{site} applique la charte d'éthique des journalistes ; vos remarques sur nos articles de la Vionne : ethique@vionne.example."],
        "es": ["{site} se rige por el código deontológico de la FAPE; tus quejas sobre la información de Alcornal, a codigo@alcornal.example."],
        "ru": ["«{site}» следует кодексу профессиональной этики журналиста; замечания о материалах о Клюквинске: kodeks@klyukvinsk.example."],
    },
    "topics": {
        "en": ["More on: {section} · Harrowbridge · River Marrin"],
        "tr": ["Daha fazlası: {section} · Yeşilpınar · Kocaçay"],
        "de": ["Mehr zu: {section} · Ahornach · Wirre"],
        "fr": ["En savoir plus : {section} · Vernolles · la Vionne"],
        "es": ["Más sobre: {section} · Alcornal · río Tormillo"],
        "ru": ["Ещё по теме: {section} · Клюквинск · Светлянка"],
    },
    "bookmark": {
        "en": ["☆ Save this Marrin valley article to read later"],
        "tr": ["☆ Bu Yeşilpınar haberini sonra okumak için kaydet"],
        "de": ["☆ Wirretal-Artikel zum späteren Lesen speichern"],
        "fr": ["☆ Enregistrer cet article de la Vionne pour le lire plus tard"],
        "es": ["☆ Guardar esta noticia de Alcornal para leerla después"],
        "ru": ["☆ Сохранить материал о Клюквинске, чтобы прочитать позже"],
    },
    "poll": {
        "en": ["Marrin valley vote: for · against · not sure"],
        "tr": ["Yeşilpınar oylaması: destekliyorum · karşıyım · emin değilim"],
        "de": ["Wirretal-Abstimmung: dafür · dagegen · unentschlossen"],
        "fr": ["Vote de la Vionne : pour · contre · je ne sais pas"],
        "es": ["Votación de Alcornal: a favor · en contra · no lo sé"],
        "ru": ["Голосование Клюквинска: за · против · не знаю"],
    },
    "embed": {
        "en": ["Open {handle}'s Marrin valley post on Instagram", "Watch {handle}'s Marrin valley clip on YouTube"],
        "tr": ["{handle} hesabının Yeşilpınar gönderisini Instagram'da açın", "{handle} hesabının Yeşilpınar videosunu YouTube'da izleyin"],
        "de": ["Den Wirretal-Post von {handle} auf Instagram öffnen", "Den Wirretal-Clip von {handle} auf YouTube ansehen"],
        "fr": ["Ouvrir la publication de {handle} sur la Vionne dans Instagram", "Regarder la vidéo de {handle} sur la Vionne dans YouTube"],
        "es": ["Abrir la publicación de {handle} sobre Alcornal en Instagram", "Ver el vídeo de {handle} sobre Alcornal en YouTube"],
        "ru": ["Открыть публикацию {handle} о Клюквинске в Instagram", "Смотреть ролик {handle} о Клюквинске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "bikelights": {
        "en": ["Free bike lights: where to get yours fitted", "Free bike lights: fitting sessions", "Get free bike lights fitted ›",
               "Free bike lights at a glance"],
        "de": ["Kostenlose Fahrradlampen: hier wird montiert", "Kostenlose Fahrradlampen: Montagetermine", "Kostenlose Fahrradlampen anbringen lassen ›",
               "Kostenlose Fahrradlampen im Überblick"],
        "fr": ["Éclairage vélo offert : où le faire poser", "Éclairage vélo offert : les permanences", "Faire poser un éclairage vélo offert ›",
               "L'éclairage vélo offert en bref"],
        "ru": ["Бесплатные велофонари: где установить", "Бесплатные велофонари: график установки", "Установить бесплатные велофонари ›",
               "Бесплатные велофонари коротко"],
    },
    "headlice": {
        "en": ["Head lice clinic and nit comb loans", "Head lice clinic: when it runs", "Borrow a nit comb ›",
               "Head lice: what to do"],
        "tr": ["Bit taraması ve bit tarağı ödünç", "Bit taraması: gün ve saatler", "Bit tarağı ödünç alın ›",
               "Bit görürseniz ne yapmalı"],
        "de": ["Läuse-Sprechstunde und Nissenkamm-Verleih", "Läuse-Sprechstunde: Termine", "Nissenkamm ausleihen ›",
               "Kopfläuse: was zu tun ist"],
        "es": ["Consulta de piojos y préstamo de lendreras", "Consulta de piojos: días y horas", "Pide prestada una lendrera ›",
               "Piojos: qué hacer"],
    },
    "drinkingfountains": {
        "en": ["Drinking fountains and free water refills", "Drinking fountains: where and when", "Find a drinking fountain ›",
               "Drinking fountains in brief"],
        "tr": ["İçme suyu çeşmeleri ve ücretsiz su", "İçme suyu çeşmeleri: yerler ve saatler", "En yakın içme suyu çeşmesini bulun ›",
               "İçme suyu çeşmeleri kısaca"],
        "es": ["Fuentes de agua potable y rellenado gratis", "Fuentes de agua potable: dónde y cuándo", "Encuentra una fuente de agua potable ›",
               "Fuentes de agua potable, en resumen"],
        "ru": ["Питьевые фонтанчики и бесплатная вода", "Питьевые фонтанчики: где и когда", "Найти питьевой фонтанчик ›",
               "Питьевые фонтанчики коротко"],
    },
}
NEW_STYLE_WORDING = {"bikelights": [0, 1, 2, 3], "headlice": [0, 1, 2, 3], "drinkingfountains": [0, 1, 2, 3]}
# bike lights: where and when they are fitted; and who fits them, bring your bike, while stocks last
BIKE_ROWS = {
    "en": [("Bridge Street, by the war memorial", "Mon–Fri 4.30–7pm until 30 November"),
           ("Harrowbridge station forecourt", "Tue and Thu 5–7pm"),
           ("Marrin College bike sheds", "Wed 3.30–6pm")],
    "de": [("Dorfgemeinschaftshaus Moosried", "Sa 10–13 Uhr"),
           ("Radstation am Bahnhof Ahornach", "Mo und Mi 16–19 Uhr"),
           ("Schulhof am Lindenplatz", "Fr 14–16 Uhr")],
    "fr": [("Atelier vélo, résidence du Bas-Vernolles", "mardi et jeudi de 17 h à 20 h"),
           ("Parvis de la gare de Vernolles", "mercredi de 16 h 30 à 19 h"),
           ("Hall de l'IUT de Vernolles", "lundi de 12 h à 14 h")],
    "ru": [("Общежитие № 2, ул. Гагарина, 14", "пн–пт 17:00–19:00"),
           ("Главный корпус филиала, вестибюль", "вт, чт 12:00–14:00"),
           ("Парковка у стадиона «Светлянка»", "сб 11:00–13:00")],
}
BIKE_HEAD = {"en": ("Where", "When"), "de": ("Ort", "Zeit"), "fr": ("Lieu", "Horaires"), "ru": ("Где", "Когда")}
BIKE_INFO = {
    "en": [("Who fits them", "council road-safety staff and volunteers from Marrin Valley Cycling Club"),
           ("Bring your bike", "lights are fitted on the spot, so bring the bike and not just yourself"),
           ("How many sets", "one front and one rear light per bike, while stocks last")],
    "de": [("Wer montiert", "Ehrenamtliche aus der Radgruppe des Sportvereins Moosried"),
           ("Rad mitbringen", "die Lampen werden gleich vor Ort angeschraubt"),
           ("Wie viele Lampen", "ein Vorder- und ein Rücklicht pro Rad, solange der Vorrat reicht")],
    "fr": [("Qui les pose", "les bénévoles de l'atelier, avec un agent de la police municipale"),
           ("Venez avec votre vélo", "l'éclairage est fixé sur place, en cinq minutes"),
           ("Combien", "un feu avant et un feu arrière par vélo, dans la limite des stocks")],
    "ru": [("Кто установит", "волонтёры студсовета и инспекторы ГИБДД"),
           ("Возьмите велосипед", "фонари крепят прямо на месте"),
           ("Сколько фонарей", "один передний и один задний фонарь на велосипед, пока они есть")],
}
# head lice: where and when the clinic runs; and how to comb, what to borrow, who to ask, no appointment
LICE_ROWS = {
    "en": [("Stallbrook Primary family room", "Wednesdays 8.45–10am"),
           ("Harrowbridge Family Hub, Corn Street", "Mondays 3.30–5pm"),
           ("Copsley library", "first Saturday of the month, 10am–noon")],
    "tr": [("Çarşı Eczanesi", "her gün 08.30–19.30"),
           ("Aile Sağlığı Merkezi, 2 numaralı oda", "salı ve perşembe 13.30–16.30"),
           ("Kızılağaç muhtarlığı", "ayın ilk cumartesisi 10.00–12.00")],
    "de": [("Grundschule am Lindenplatz, Raum 4", "dienstags 7.45–8.15 Uhr"),
           ("Familienzentrum Ahornach", "donnerstags 15–17 Uhr"),
           ("Apotheke an der Wirrebrücke", "zu den Öffnungszeiten")],
    "es": [("Centro de familias, antiguo mercado de abastos", "lunes y miércoles de 17.00 a 19.00"),
           ("Consultorio de El Quejigal", "jueves de 10.00 a 12.00"),
           ("Farmacia de la plaza Mayor", "en su horario de apertura")],
}
LICE_HEAD = {"en": ("Clinic", "When"), "tr": ("Nerede", "Ne zaman"), "de": ("Ort", "Sprechzeit"), "es": ("Dónde", "Cuándo")}
LICE_INFO = {
    "en": [("How to comb", "wet the hair, add conditioner and comb from root to tip in sections, wiping the comb each time"),
           ("Borrow a comb", "metal nit combs can be borrowed from the school office and returned washed"),
           ("Who to ask", "the school nurse or any pharmacist"),
           ("Appointment needed?", "no, just turn up with your child")],
    "tr": [("Nasıl taranır", "saçı ıslatın, saç kremi sürün ve bölüm bölüm dipten uca tarayın"),
           ("Tarak ödünç", "metal bit tarağı eczaneden ödünç alınır, yıkanıp geri getirilir"),
           ("Kime sorulur", "okul hemşiresine ya da eczacıya"),
           ("Randevu gerekir mi", "hayır, çocuğunuzla doğrudan gelin")],
    "de": [("So wird gekämmt", "Haare nass machen, Spülung auftragen und Strähne für Strähne vom Ansatz zur Spitze kämmen"),
           ("Kamm leihen", "Nissenkämme aus Metall gibt es im Sekretariat zum Ausleihen"),
           ("Wen fragen", "die Schulsozialarbeit oder die Apotheke"),
           ("Termin nötig?", "nein, einfach mit dem Kind vorbeikommen")],
    "es": [("Cómo peinar", "con el pelo mojado y suavizante, mechón a mechón desde la raíz"),
           ("Préstamo de lendrera", "las lendreras metálicas se prestan en recepción y se devuelven lavadas"),
           ("A quién preguntar", "a la enfermera del centro de salud o en la farmacia"),
           ("¿Hay que pedir cita en el centro?", "no, basta con venir con el niño o la niña")],
}
# drinking fountains: where the taps are and their hours; and bring a bottle, cafés that refill, when switched on
TAP_ROWS = {
    "en": [("Copsley recreation ground, by the pavilion", "7am–9pm"),
           ("Harrowbridge market square", "8am–6.30pm"),
           ("Marrin riverside path, Mill Lane end", "sunrise to 10pm")],
    "tr": [("Cumhuriyet Meydanı, saat kulesinin önü", "06.00–23.30"),
           ("Kocaçay kıyısı yürüyüş yolu", "06.00–22.00"),
           ("Kızılağaç köy meydanı", "gün boyu")],
    "es": [("Parque de la Ribera, junto a las pérgolas", "de 8.00 a 21.30"),
           ("Plaza Mayor de Alcornal", "las veinticuatro horas"),
           ("Paseo del Tormillo", "de 7.30 a 23.30")],
    "ru": [("Набережная Светлянки, у лодочной станции", "7:00–22:00"),
           ("Городской парк, главная аллея", "8:00–21:00"),
           ("Стадион, вход с улицы Садовой", "в дни соревнований")],
}
TAP_HEAD = {"en": ("Tap", "Open"), "tr": ("Çeşme", "Saatler"), "es": ("Fuente", "Horario"), "ru": ("Фонтанчик", "Часы")}
TAP_INFO = {
    "en": [("Bring a bottle", "each tap has a bottle filler as well as a spout"),
           ("Cafés that refill", "the Pavilion Kitchen and the Corn Street café fill bottles free"),
           ("Switched on", "from 1 May to 30 September")],
    "tr": [("Şişenizi getirin", "çeşmelerde şişe doldurma musluğu da var"),
           ("Ücretsiz su veren yerler", "belediye çay bahçesi ve kültür merkezi kafesi şişe doldurur"),
           ("Açık olduğu dönem", "1 Haziran ile 15 Eylül arası")],
    "es": [("Trae tu botella", "las fuentes tienen un grifo para rellenar botellas"),
           ("Bares que rellenan gratis", "el quiosco de la Ribera y la cafetería del centro cívico"),
           ("Cuándo funcionan", "del 1 de mayo al 15 de octubre")],
    "ru": [("Возьмите бутылку", "у каждого фонтанчика есть кран для набора воды"),
           ("Где нальют бесплатно", "кафе «Пристань» и буфет стадиона"),
           ("Когда включают", "с 15 мая по 15 сентября")],
}
WIDGET_ROWS = (("bikelights points", BIKE_ROWS), ("bikelights info", BIKE_INFO), ("headlice clinics", LICE_ROWS),
               ("headlice info", LICE_INFO), ("drinkingfountains taps", TAP_ROWS), ("drinkingfountains info", TAP_INFO))
WIDGET_LANGS = {"bikelights": ("en", "de", "fr", "ru"), "headlice": ("en", "tr", "de", "es"),
                "drinkingfountains": ("en", "tr", "es", "ru")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Harrowbridge swimming club wins county relay title", "Copsley post office saved by village shop",
           "Stallbrook level crossing to get new barriers", "Fenwick Green cricket pavilion burgled twice in a week",
           "Marrin valley choir heads to Welsh eisteddfod", "Harrowbridge cinema to show silent films with live piano"],
    "tr": ["Yeşilpınar'a ikinci kreş açılıyor", "Kocaçay köprüsüne yaya yolu eklendi",
           "Yeşilpınarspor sezonu galibiyetle açtı", "Kızılağaç'ta ceviz hasadı başladı",
           "İlçe kütüphanesi cumartesi de açık olacak", "Yeşilpınar'da sokak hayvanları için yeni barınak"],
    "de": ["Ahornacher Stadtkapelle feiert 150 Jahre", "Moosrieder Dorfladen sucht neue Genossen",
           "Wirrebrücke bei Ahornach wird im Herbst gesperrt", "Neue Kita am Lindenplatz öffnet im Januar",
           "SV Moosried steigt in die Kreisliga auf", "Freibad Ahornach verlängert die Saison"],
    "fr": ["Vernolles : la halle du marché repeinte aux couleurs d'origine", "Les Aubépines : une boîte à livres dans l'ancienne cabine",
           "Le club de canoë de la Vionne champion régional", "Une nouvelle ligne de bus entre Vernolles et l'IUT",
           "La fête de la pomme revient aux Aubépines", "Vernolles recrute des assesseurs pour les élections"],
    "es": ["Alcornal estrena un carril bici hasta el polígono", "El Quejigal recupera su romería de septiembre",
           "El CD Alcornal ficha a dos jugadores del filial", "La biblioteca de Alcornal abre sala de estudio nocturna",
           "Obras en el puente del Tormillo hasta noviembre", "Alcornal tendrá su primer mercado de productores"],
    "ru": ["В Клюквинске отремонтируют мост через Светлянку", "В Мшанке открылся фельдшерско-акушерский пункт",
           "Клюквинские борцы привезли три медали с области", "В городском парке появится скейт-площадка",
           "Автобус до Мшанки будет ходить чаще", "Дом культуры Клюквинска набирает детей в кружки"],
}
TEASERS = {
    "en": ["They won by a fingertip.", "The shop takes over the counter in May.", "Work starts after Easter.",
           "Police are looking for a grey van.", "Forty singers are going.", "The pianist is 84."],
    "tr": ["Kreş 60 çocuk alacak.", "Yol iki metre genişliğinde.", "Maç 2-0 bitti.", "Bu yıl verim yüksek.",
           "Saatler 10.00 ile 16.00 arası.", "Barınak 80 hayvan alabilecek."],
}
# every page names its site in the stories' "site" field
SITES = {"en": [], "tr": [], "de": [], "fr": [], "es": [], "ru": []}

UI_NEW = {
    "en": dict(nav=["Harrowbridge", "Marrin valley villages", "Harrowbridge courts", "Marrin valley schools", "Harrowbridge sport", "Days out in the Marrin valley", "Marrin valley public notices"],
               cookie="This Marrin valley news site and its partners set cookies to keep your settings, to measure which Harrowbridge stories are read and to show adverts that fund local journalism. Decide which ones to allow.",
               accept="Allow all Marrin valley cookies", reject="Choose my Marrin valley cookies", share="Pass on this Marrin valley story",
               related="More Marrin valley news", newsletter="Marrin at Seven: the valley's headlines at 7am, Monday to Friday",
               subscribe="Send me Marrin at Seven", email="you@marrin-at-seven.example",
               comment_note="A member of the Marrin valley newsroom checks each comment before it appears. Be civil and stay on the story.",
               closed="Commenting has closed on this Marrin valley story.",
               footer=["Contact the Marrin valley newsroom", "Marrin valley corrections and clarifications", "Marrin valley privacy notice", "Advertise across the Marrin valley", "Marrin valley community guidelines"],
               rights="All words and images from the Marrin valley newsroom are owned by the publisher and may not be reused without permission.",
               commenters=[("CopsleyCarol", "Best news the valley has had all year."),
                           ("Stallbrook_Vince", "Let's see if it lasts past a Marrin valley winter.")]),
    "tr": dict(nav=["Yeşilpınar", "Yeşilpınar köyleri", "Yeşilpınar asayiş", "Yeşilpınar eğitim", "Yeşilpınar spor", "Yeşilpınar'da hafta sonu", "Yeşilpınar ilanları"],
               cookie="Yeşilpınar haber sitemiz ve ortaklarımız, tercihlerinizi saklamak, hangi Yeşilpınar haberlerinin okunduğunu ölçmek ve yerel haberciliği destekleyen reklamları göstermek için çerez kullanır. Hangilerine izin verdiğinize karar verin.",
               accept="Yeşilpınar çerezlerinin hepsine izin ver", reject="Yeşilpınar çerezlerimi kendim seçeyim", share="Bu Yeşilpınar haberini paylaşın",
               related="Yeşilpınar'dan diğer haberler", newsletter="Yedide Yeşilpınar: ilçenin manşetleri hafta içi sabah 07.00'de",
               subscribe="Yedide Yeşilpınar'ı bana gönderin", email="siz@yedide-yesilpinar.example",
               comment_note="Yeşilpınar haber merkezinden bir editör her yorumu yayımlanmadan önce kontrol eder. Saygılı olun, konudan sapmayın.",
               closed="Bu Yeşilpınar haberi yorumlara kapatıldı.",
               footer=["Yeşilpınar haber merkezine yazın", "Yeşilpınar düzeltme ve açıklamalar", "Yeşilpınar gizlilik bildirimi", "Yeşilpınar'da reklam", "Yeşilpınar topluluk kuralları"],
               rights="Yeşilpınar haber merkezinin bütün yazı ve görselleri yayıncıya aittir; izinsiz kullanılamaz.",
               commenters=[("Kızılağaçlı_Nermin", "İlçenin bu yıl aldığı en güzel haber."),
                           ("Kocaçaylı_Rıza", "Bakalım Yeşilpınar kışını çıkarabilecek mi.")]),
    "de": dict(nav=["Ahornach", "Dörfer im Wirretal", "Polizei und Justiz im Wirretal", "Schulen im Wirretal", "Sport in Ahornach", "Freizeit im Wirretal", "Bekanntmachungen im Wirretal"],
               cookie="Diese Nachrichtenseite aus dem Wirretal und ihre Partner setzen Cookies, um Ihre Einstellungen zu speichern, zu messen, welche Ahornacher Artikel gelesen werden, und Werbung zu zeigen, die Lokaljournalismus finanziert. Entscheiden Sie selbst, was Sie zulassen.",
               accept="Alle Wirretal-Cookies zulassen", reject="Wirretal-Cookies selbst wählen", share="Diesen Wirretal-Artikel weitergeben",
               related="Weitere Nachrichten aus dem Wirretal", newsletter="Wirretal um sieben: die Schlagzeilen aus dem Tal um 7 Uhr, montags bis freitags",
               subscribe="Wirretal um sieben bestellen", email="sie@wirretal-um-sieben.example",
               comment_note="Ein Mitglied der Wirretal-Redaktion prüft jeden Kommentar vor dem Erscheinen. Bleiben Sie sachlich und beim Wirretal.",
               closed="Die Kommentarfunktion zu diesem Wirretal-Artikel ist geschlossen.",
               footer=["Kontakt zur Wirretal-Redaktion", "Korrekturen und Klarstellungen im Wirretal", "Datenschutzhinweise Wirretal", "Anzeigen im ganzen Wirretal", "Gemeinschaftsregeln im Wirretal"],
               rights="Alle Texte und Bilder der Wirretal-Redaktion gehören dem Verlag und dürfen ohne Erlaubnis nicht weiterverwendet werden.",
               commenters=[("Moosrieder_Anni", "Die beste Nachricht für das Tal in diesem Jahr."),
                           ("Ahornacher_Kurt", "Mal sehen, ob das einen Wirretal-Winter übersteht.")]),
    "fr": dict(nav=["Vernolles", "Villages de la Vionne", "Faits divers de la Vionne", "Écoles de la Vionne", "Sport à Vernolles", "Sorties dans la Vionne", "Avis officiels de la Vionne"],
               cookie="Ce site d'information de la Vionne et ses partenaires déposent des cookies pour garder vos réglages, mesurer les articles de Vernolles lus et afficher des publicités qui financent le journalisme local. Décidez de ceux que vous acceptez.",
               accept="Accepter tous les cookies de la Vionne", reject="Choisir mes cookies de la Vionne", share="Faire suivre cet article de la Vionne",
               related="D'autres nouvelles de la Vionne", newsletter="La Vionne à 7 heures : les titres de la vallée à 7 h, du lundi au vendredi",
               subscribe="Recevoir La Vionne à 7 heures", email="vous@vionne-a-7h.example",
               comment_note="Un membre de la rédaction de la Vionne vérifie chaque commentaire avant publication. Restez courtois et parlez de la Vionne.",
               closed="Les commentaires sont clos sur cet article de la Vionne.",
               footer=["Contacter la rédaction de la Vionne", "Corrections et précisions de la Vionne", "Politique de confidentialité de la Vionne", "Annoncer dans toute la Vionne", "Charte des commentaires de la Vionne"],
               rights="Les textes et images de la rédaction de la Vionne appartiennent à l'éditeur et ne peuvent être réutilisés sans autorisation.",
               commenters=[("Josiane_des_Aubépines", "La meilleure nouvelle de l'année pour la vallée."),
                           ("Vernollais_Gilbert", "On verra si ça tient jusqu'au premier hiver.")]),
    "es": dict(nav=["Alcornal", "Pueblos de Alcornal", "Sucesos de Alcornal", "Colegios de Alcornal", "Deportes en Alcornal", "Ocio en Alcornal de Alcornal", "Edictos de Alcornal"],
               cookie="Esta web de noticias de Alcornal de Alcornal y sus socios usan cookies para guardar tus ajustes, medir qué noticias de Alcornal se leen y mostrar anuncios que financian el periodismo local. Decide cuáles aceptas.",
               accept="Aceptar todas las cookies de Alcornal", reject="Escoger mis cookies de Alcornal", share="Reenvía esta noticia de Alcornal",
               related="Más noticias de Alcornal", newsletter="La Vega a las Siete: los titulares de la comarca a las 7.00, de lunes a viernes",
               subscribe="Mandadme La Vega a las Siete", email="tu@vega-a-las-siete.example",
               comment_note="Alguien de la redacción de Alcornal revisa cada comentario antes de publicarlo. Respeta a los demás y cíñete a la noticia.",
               closed="Los comentarios de esta noticia de Alcornal están cerrados.",
               footer=["Contacta con la redacción de Alcornal", "Correcciones y aclaraciones de Alcornal", "Política de privacidad de Alcornal", "Publicidad en toda Alcornal", "Normas de la comunidad de Alcornal"],
               rights="Los textos e imágenes de la redacción de Alcornal pertenecen al editor y no pueden reutilizarse sin autorización.",
               commenters=[("Pili_de_El_Pinarejo", "La mejor noticia del año para Alcornal."),
                           ("Alcornaleño_Julián", "A ver si aguanta el primer invierno.")]),
    "ru": dict(nav=["Клюквинск", "Сёла вокруг Клюквинска", "Происшествия Клюквинска", "Школы Клюквинска", "Спорт Клюквинска", "Отдых в Клюквинске", "Объявления администрации Клюквинска"],
               cookie="Этот новостной сайт Клюквинска и его партнёры используют cookie, чтобы сохранять ваши настройки, измерять, какие материалы о Клюквинске читают, и показывать рекламу, которая оплачивает местную журналистику. Решите, что разрешить.",
               accept="Разрешить все cookie Клюквинска", reject="Выбрать cookie Клюквинска самому", share="Поделиться материалом о Клюквинске",
               related="Другие новости Клюквинска", newsletter="«Клюквинск в семь»: главное о городе в 7:00 по будням",
               subscribe="Присылать «Клюквинск в семь»", email="vy@klyukvinsk-v-sem.example",
               comment_note="Сотрудник редакции Клюквинска проверяет каждый комментарий перед публикацией. Будьте вежливы и пишите о Клюквинске.",
               closed="Обсуждение этого материала о Клюквинске закрыто.",
               footer=["Связаться с редакцией Клюквинска", "Исправления и уточнения Клюквинска", "Политика конфиденциальности Клюквинска", "Реклама по всему Клюквинску", "Правила сообщества Клюквинска"],
               rights="Все тексты и снимки редакции Клюквинска принадлежат издателю и не могут использоваться без разрешения.",
               commenters=[("Зареченская_Тоня", "Лучшая новость для города за весь год."),
                           ("Клюквинский_Палыч", "Посмотрим, переживёт ли это клюквинскую зиму.")]),
}

UI105 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"tr": "AKÇAY GAZETESİ'NDE BUNLAR DA VAR:"},  # the regional layout's inline links
    (mp2, "BIO"): {"tr": "{name}, {site} için Yeşilpınar ve köylerinde {section} haberlerini izliyor. Haber önerileri için: masa@kocacaygazetesi.example"},
    (mp5, "SQS"): {"es": dict(title="Noticias de los Amigos del Parque de la Ribera", desc="Un correo de vez en cuando con las jornadas de riego, los paseos y lo que pasa en la Ribera.",
                              button="Quiero las noticias de la Ribera", foot="Solo usaremos tu correo para contarte cosas del parque.",
                              prev="Noticia anterior de la Ribera", next="Noticia siguiente de la Ribera", cookie_ok="Vale, cookies de la Ribera")},
    (mp5, "BRIGHT"): {"es": dict(listen="Escucha esta entrevista de Radio Vega", promo="AHORA EN RADIO VEGA",
                                 more="Más entrevistas de Radio Vega")},
    (mp6, "TYPO3"): {"en": dict(ext="External content: map of the Light Up Marrin stops (OpenStreetMap)",
                                note="The map of the Light Up Marrin stops appears here once you agree, because OpenStreetMap then receives your IP address.",
                                button="Show the map of the stops", by="Harrowbridge District Council press office:",
                                search="Search harrowbridge.gov", lang_menu="Harrowbridge in Easy Read")},
    (mp6, "BITRIX"): {"ru": dict(source="Источник: «Клюквинский вестник»", author="Материал подготовил", back="Ко всем новостям «Клюквинского вестника»",
                                 agency="Редакция «Клюквинского вестника»", share="Переслать новость «Вестника»", news="Лента «Клюквинского вестника»")},
    (mp10, "WEBFLOW"): {"ru": dict(cc_text="«Клюквинск.Сегодня» использует cookie, чтобы понимать, как читают сайт. Передумать можно в любой момент по ссылке внизу страницы.",
                                   cc_prefs="Настройки cookie «Клюквинск.Сегодня»", cc_deny="Без cookie «Клюквинск.Сегодня»", cc_allow="Согласен на cookie «Клюквинск.Сегодня»",
                                   back="← Все материалы «Клюквинск.Сегодня»", by="Материал для «Клюквинск.Сегодня» подготовил(а)", published="Опубликовано в «Клюквинск.Сегодня»",
                                   mc_title="«Клюквинск.Сегодня» по вторникам на почту", mc_req="поле нужно заполнить",
                                   mc_email="Почта для вторничной рассылки", mc_button="Подписаться на вторничную рассылку",
                                   share="Отправить этот материал", more="Ещё в «Клюквинск.Сегодня»")},
    (mp11, "HUGO"): {"fr": dict(nl_title="Le Fil du dimanche", nl_text="Un seul courriel le dimanche matin avec les articles de la semaine sur Vernolles et la vallée de la Vionne.",
                                nl_label="Votre adresse pour le Fil du dimanche", nl_button="Je veux le Fil du dimanche", posts="Articles du Fil")},
    (mp12, "JOOMLA"): {"tr": dict(latest="Yeşilpınar'dan son dakika", popular="Yeşilpınar bu hafta bunları okudu", field="Yeşilpınar'ın neresi:",
                                  posts="Yeşilpınar haberleri")},
    (mp12, "PLACES"): {"h105-tr-001": "Yeşilpınar, Kocaçay kıyısı"},
    (mp13, "PUB_NAV"): {"tr": ["Notlar'da yeni", "Yeşilpınar'ın insanları", "Çarşıdan hikâyeler", "Notlar'a destek verin"]},
    (mp13, "TEASERS"): {"tr": TEASERS["tr"]},
    (mp16, "WIX"): {"fr": dict(nav=["L'atelier vélo", "Horaires des permanences de l'atelier", "Les nouvelles de l'atelier", "Adhérer à l'atelier", "Écrire à l'atelier vélo"],
                               footer="Atelier vélo solidaire de Vernolles · résidence du Bas-Vernolles, local 3 · mardi et jeudi de 17 h à 20 h, samedi matin",
                               rights="© 2026 {site} · Site réalisé avec Wix.com par les bénévoles",
                               button="Recevoir les nouvelles de l'atelier",
                               posts=["Bourse aux vélos d'occasion le 14 novembre", "Compte rendu de l'assemblée de l'atelier", "Une remorque cargo à prêter aux adhérents"],
                               tags=["Bas-Vernolles", "mécanique vélo"])},
    (mp33, "WAGTAIL"): {"Harrowbridge Town Council": dict(
        domain="www.harrowbridge-tc.gov.example", news_slug="news",
        top=["Contact the town council", "Report a problem in town", "Book a town hall room", "Market days and stalls"],
        menu=["Harrowbridge Town Hall", "Harrowbridge markets", "Parks and open spaces", "Allotments", "Events in Harrowbridge", "Town council news"],
        slugs=["town-hall", "markets", "parks", "allotments", "events", "news"],
        home="Harrowbridge Town Council home", search_ph="Search the Harrowbridge town council site",
        cookie_title="Cookies on the Harrowbridge Town Council website",
        cookie="Harrowbridge Town Council uses essential cookies to run this website. With your agreement we would also use analytics cookies to see which pages are visited.",
        accept="Yes to analytics cookies", reject="No to analytics cookies", cookie_link="See the town council's cookie list",
        published="Published by the town council on {d}", by="Issued for the town council by: {by}", tags_label="Town council topics",
        tags=["Market hall", "Corn Street", "Harrowbridge heritage"], share_label="Send this page on",
        share=["Facebook", "X", "WhatsApp", "Email"], updated="This page was last changed on {d}",
        related_title="Other news from the town hall", contact_title="Press and media",
        contact="Reporters can contact the town clerk's office on 01632 960 611 or press@harrowbridge-tc.gov.example.",
        feedback_q="Did this town council page help you?", yes="Yes, it helped", no="No, I still need help", report="Tell us about a mistake on this page",
        footer_cols=[("Harrowbridge Town Council", ["Councillors and meetings", "Town council budget", "Vacancies at the town hall"]),
                     ("About this town council website", ["Accessibility of the town council website", "Town council privacy notice", "Town council cookies"])],
        address="Harrowbridge Town Council, Town Hall, Market Place, Harrowbridge HB3 2TC",
        copyright="© Harrowbridge Town Council {y}", social=["Facebook", "Instagram", "YouTube"],
        video_title="Market hall roof survey, filmed from the gallery", table_class="table", tip="callout callout--tip",
        infobox="infobox")},
    (mp33, "R"): {"embed": R["embed"]},  # the wagtail layout's video caption
    (mp37, "UMBRACO"): {"Wirretaler Anzeiger": dict(
        domain="wirretaler-anzeiger.example", short="anzeiger", group="Wirretal Medien", group_bar="Ein Titel von Wirretal Medien",
        sisters=["Wirretaler Anzeiger", "Moosrieder Wochenblatt", "Wirretal Land und Forst"],
        menu=["Ahornach", "Moosried und die Dörfer", "Sport im Wirretal", "Freizeit im Wirretal", "Meinung im Anzeiger", "Stellenmarkt im Wirretal"],
        slugs=["ahornach", "moosried", "sport", "freizeit", "meinung", "stellen"],
        buttons=["Den Anzeiger als E-Paper lesen", "Den Anzeiger abonnieren"],
        related_label="Mehr dazu im Anzeiger", related_title="Aus der Anzeiger-Redaktion", popular_title="Das lesen Ahornacher gerade",
        nl_title="Anzeiger am Abend", nl_text="Die Nachrichten aus Ahornach und dem Wirretal werktags um 18 Uhr.", nl_button="Anzeiger am Abend bestellen",
        share_title="Diesen Anzeiger-Artikel teilen",
        footer_links=["Über den Wirretaler Anzeiger", "Den Anzeiger kontaktieren", "Beschwerden an den Anzeiger", "Datenschutz bei Wirretal Medien", "Anzeigen im Wirretaler Anzeiger"],
        footer_note="Der Wirretaler Anzeiger erscheint seit 1898 in Ahornach an der Wirre.",
        group_note="Wirretal Medien gibt drei Titel für Ahornach und das Wirretal heraus.")},
    (mp37, "R"): {"ad": R["ad"]},  # the umbraco layout's in-story ad label
    (mp50, "DJANGOCMS"): {"Stadt Ahornach an der Wirre": dict(
        domain="www.ahornach-wirre.example", langs=[("de", "Deutsch"), ("en", "English")], blog_slug="aktuelles",
        slugs=["aktuelles", "rathaus", "bauen", "familie", "freizeit", "buergerservice"],
        tagline="Die Stadt an der Wirre, mit Moosried und Oberahornach",
        menu=["Aktuelles aus Ahornach", "Rathaus und Stadtrat", "Bauen und Umwelt", "Familie und Soziales in Ahornach", "Freizeit in Ahornach", "Bürgerservice Ahornach"],
        latest_title="Neues aus dem Ahornacher Rathaus", related_title="Weitere Meldungen der Stadt",
        readmore="Ebenfalls aus dem Rathaus:",
        nl_title="Ahornach informiert", nl_text="Die Mitteilungen der Stadt Ahornach einmal pro Woche, jeden Freitag per E-Mail.",
        nl_button="Ahornach informiert bestellen", contact_title="Pressestelle der Stadt Ahornach",
        address=["Rathaus, Marktplatz 1", "Ahornach an der Wirre", "Telefon: 09471 960 100"],
        links_title="Die Stadt im Netz",
        footer_links=["Impressum der Stadt Ahornach", "Datenschutz im Ahornacher Rathaus", "Barrierefreiheit der Ahornacher Stadtseite", "Stellenangebote der Stadt Ahornach", "Kontakt zum Bürgerbüro"],
        footer_note="Stadt Ahornach an der Wirre, vertreten durch die Bürgermeisterin.",
        social=["Stadt Ahornach auf Facebook", "Stadt Ahornach auf Instagram", "Stadt Ahornach auf YouTube"],
        tags=["Stadtgärtnerei Ahornach", "Ahornacher Kurpark"])},
    (mp53, "MODX"): {"Marrin Valley Today": dict(
        domain="marrinvalleytoday.example", template="lvt2022", text_mode="brrun", comments="disqus", disqus="marrinvalleytoday",
        menu=["Marrin valley news", "People of the valley", "Marrin schools and children", "Valley business", "Out and about in the Marrin valley", "Letters to Marrin Valley Today"],
        slugs=["news", "people", "schools", "business", "out-and-about", "letters"],
        tagline="The Marrin valley's own news website, since 2016",
        related_title="More people stories from the valley", latest_title="New on Marrin Valley Today",
        agency="Marrin Valley Today, with thanks to Stallbrook Primary School",
        tags=["Stallbrook", "school crossing"],
        form=dict(title="The Valley by Breakfast", text="A short email at 7am with whatever happened in the Marrin valley overnight.",
                  placeholder="Your email for the Valley by Breakfast", agree="I am happy for Marrin Valley Today to keep my address to send me the email",
                  button="Send me the Valley by Breakfast"),
        footer=["Marrin Valley Today is run by Marrin Community Media Ltd, The Old Forge, Stallbrook", "Newsroom: 01632 960 842 · news@marrinvalleytoday.example"],
        footer_links=["Who we are at Marrin Valley Today", "Send Marrin Valley Today a story", "Advertising on Marrin Valley Today", "Marrin Valley Today cookie choices"],
        developer="Website by Fenwick Digital", gtag="G-LVT8Q2K5WR", hits=None)},
    (mp64, "OPTIMIZELY"): {"Harrowbridge Evening Post": dict(
        domain="www.harrowbridgepost.example", lang_path="/en", cbid="8a3e1f70-2c5d-4e91-b4a7-6d0f9c2e1b38",
        project="31826409157", tracker="hPz7Qe2WvNc4Lr8Xk1Ty", logo="Harrowbridge Evening Post, home",
        utility=[("Post e-paper", "/en/e-paper/"), ("Jobs in Harrowbridge", "/en/jobs/"), ("Post public notices", "/en/notices/")],
        menu=[("Harrowbridge and Marrin news", "/en/news/", [("Harrowbridge town", "/en/news/town/"), ("Marrin valley villages", "/en/news/valley/"),
                                                          ("Town hall and council", "/en/news/council/"), ("Harrowbridge courts", "/en/news/courts/")]),
              ("Post business", "/en/business/", [("Shops and high street", "/en/business/shops/"), ("Farming in the Marrin valley", "/en/business/farming/")]),
              ("Evening Post sport", "/en/sport/", []), ("Harrowbridge nostalgia", "/en/nostalgia/", []), ("Post announcements", "/en/announcements/", [])],
        teaser=("Harrowbridge Business Awards", "Tell us about the shop, café or workshop that keeps the town going.", "Nominate a business"),
        editorial="The Evening Post has covered Harrowbridge and the Marrin valley since 1894. Our reporters want to hear what is going on in your street.",
        contact=("Something for the Post?", "The Post newsroom", "01632 960 379", "newsroom@harrowbridgepost.example"),
        form_title="The Post at Five", form_text="The day's main Harrowbridge stories, sent at 5pm every weekday.",
        form_consent="Yes, send me The Post at Five. I can unsubscribe whenever I like.",
        footer=[("The Evening Post", [("Contact the Post newsroom", "/en/contact/"), ("Complaints about the Post", "/en/complaints/"), ("Post photo sales", "/en/photos/")]),
                ("Advertising in the Post", [("Display advertising", "/en/advertise/"), ("Family notices in the Post", "/en/announcements/place/")]),
                ("Getting the Post", [("Have the Post delivered", "/en/delivery/"), ("Post digital subscription", "/en/subscribe/")])],
        social=[("Facebook", "https://www.facebook.com/harrowbridgepost"), ("Instagram", "https://www.instagram.com/harrowbridgepost"), ("X", "https://x.com/harrowbridgepost")],
        banner="The Evening Post uses cookies to run its website, to count readers and to show adverts that pay for local reporting. You can change your mind from the link at the foot of each page.",
        address="Harrowbridge Evening Post, Post House, 14 Bridge Street, Harrowbridge HB1 4EP",
        copyright="© 2026 Marrin Valley Newspapers Ltd. The Harrowbridge Evening Post follows the Editors' Code.")},
    (mp84, "FRAMER_SITES"): {"The Marrin Letter": dict(
        host="marrinletter.news", colour="rgb(92, 61, 128)", site_id="7pX2mQc9Lr4Vb8Ks",
        nav=["Every Letter story", "Around Fenwick Green", "Food and money", "About the Marrin Letter"],
        button="Send the Letter a tip", more="Also in the Marrin Letter", read="Read this Letter story",
        nl_title="The Letter on Sunday", nl_text="The week in the Marrin valley's villages, in one short email each Sunday afternoon.",
        nl_placeholder="Email for the Letter on Sunday", nl_button="Get the Letter on Sunday",
        footer_cols=[("Letter villages", ["Fenwick Green", "Copsley", "Stallbrook", "Harrowbridge"]),
                     ("The Letter", ["How the Letter is paid for", "Writing for the Letter", "Letter privacy notice", "Letter cookie notice"])],
        footer="© 2026 The Marrin Letter. Put together by volunteers in Fenwick Green.",
        cookie_title="The Letter and cookies", cookie_text="The Marrin Letter only counts visits with cookies if you say yes.",
        cookie_policy="How the Letter uses cookies", cookie_accept="Yes to cookies", cookie_reject="No to cookies", cookie_custom="Let me pick my Letter cookies")},
    (mp98, "AVADA_SITES"): {"The Harrowbridge Herald": dict(
        lang="en", host="www.harrowbridgeherald.example", colour="#24495e", accent="#d4722c", ga="G-HBH3R8W6KQ", post_id=27104,
        author_id=12, logo="hbh-logo", hash="7d2c9e4a1f8b3c6d5e0a9b8c7d6e5f41",
        topbar="Harrowbridge and the Marrin valley's independent weekly since 1988",
        topmenu=["Send the Herald your news", "Advertise in the Herald", "Friends of the Herald"],
        menu=["Harrowbridge news", "Marrin valley life", "Herald leisure", "Harrowbridge Herald sport", "Marrin valley people", "Herald letters"],
        author_desc="Nadia Pryce swims at Copsley lido all year round and writes about leisure, health and the Marrin valley's clubs for the Herald.",
        posts=["Harrowbridge tennis courts to be resurfaced", "Copsley bowls club celebrates its centenary",
               "New changing places toilet opens at the leisure centre", "Marrin valley park run reaches its 300th event"],
        widgets=[("About the Harrowbridge Herald", "The Harrowbridge Herald is a small independent weekly owned by a reader co-operative and paid for by its members and local advertisers."),
                 ("New in the Harrowbridge Herald", None), ("Harrowbridge Herald sections", None),
                 ("Find the Herald", "Newsroom: 01632 960 455 · news@harrowbridgeherald.example · 7 Market Place, Harrowbridge")],
        copyright="© 2026 The Harrowbridge Herald Co-operative · All rights reserved · Built with Avada",
        privacy="The Herald uses cookies for statistics and to remember your choices. Embedded maps and videos load only when you allow them.",
        privacy_link="How the Herald handles your data",
        social=["facebook.com/harrowbridgeherald", "x.com/hbherald", "instagram.com/hbherald"])},
    (mp99, "ENFOLD_SITES"): {"Marrin Valley Gazette": dict(
        lang="en", host="www.marrinvalleygazette.example", colour="#3b5e2b", ga="G-LVG6T1P9ZD", post_id=31877, img_id=31850,
        logo="gazette-logo", hash="2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e0b", hash2="8f6d4b2a0e8c6a4f2d0b8e6c4a2f0d9e",
        phone="The valley's weekly paper · Newsdesk 01632 960 713",
        topmenu=["Tell the Gazette", "Place a Gazette notice", "Gazette home delivery"],
        menu=["Marrin valley news", "Harrowbridge", "Gardening and outdoors", "Marrin Gazette sport", "Gazette opinion", "Gazette notices"],
        posts=["Harrowbridge flower show moves to the cricket ground", "Stallbrook orchard plants 40 heritage apple trees",
               "Town council backs a community compost scheme", "Hedgehog hospital opens in Fenwick Green"],
        widgets=[("About the Marrin Valley Gazette", "The Marrin Valley Gazette has been printed in Harrowbridge since 1907 and is owned by a local trust."),
                 ("New in the Gazette", None), ("Gazette sections", None),
                 ("Find the Gazette", "Gazette Office, 11 Sheep Street, Harrowbridge · 01632 960 713 · desk@marrinvalleygazette.example")],
        owner="Marrin Valley Gazette Trust",
        consent="The Gazette uses cookies to keep your settings and count visits. Fonts and embedded videos from other sites load only if you agree.",
        consent_ok="Happy with Gazette cookies", consent_more="More about Gazette cookies",
        footer_menu=["Marrin Valley Gazette privacy notice", "Marrin Valley Gazette terms of use", "Contact the Marrin Valley Gazette"],
        social=["facebook", "instagram", "youtube"])},
    (mp100, "NICEPAGE_SITES"): {"The Stallbrook Clarion": dict(
        lang="en", host="www.stallbrookclarion.example", colour="#6b3d2b", ga="G-STC5M2X8RV", sec="c4e2", logo="clarion-logo.png",
        nav=["Clarion front page", "Stallbrook stories", "Stallbrook schools and families", "Marrin valley clubs", "Who writes the Clarion"],
        about_head="About the Clarion",
        about="The Stallbrook Clarion is a volunteer news site for Stallbrook and its neighbours, started in 2021 by a parent-governor and a retired printer.",
        latest_head="New in the Clarion",
        posts=["Stallbrook scouts raise £2,000 for a new minibus", "Pub quiz returns to the Plough after the refit",
               "Parish council backs a 20mph limit by the school", "Village hall gets a new kitchen floor"],
        nl_head="The Clarion by email", nl_text="A short Friday round-up from the Clarion. No adverts and no tracking.",
        nl_ph="Your email for the Clarion's Friday round-up",
        footer="The Stallbrook Clarion · The Old Reading Room, Stallbrook · hello@stallbrookclarion.example",
        cookie="The Clarion sets one cookie to remember that you have read this notice, and counts visits without tracking you.",
        cookie_link="The Clarion and your data",
        social=["facebook.com/stallbrookclarion", "instagram.com/stallbrookclarion"])},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "accent", "logo", "domain", "style", "heads", "gtag", "ga", "lang", "site_id",
               "template", "text_mode", "comments", "disqus", "slugs", "hits", "news_slug", "table_class", "tip", "infobox",
               "short", "blog_slug", "langs", "lang_path", "cbid", "project", "tracker", "social", "post_id", "author_id",
               "img_id", "hash", "hash2", "sec", "share"}

# the platforms' strings in the languages the earlier layouts had (left as the platforms ship them, not checked)
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
# the new layout: a community news page made with the new Google Sites, as the published page reaches a visitor --
# an English village community council's site (Copsley) and a German village association's site (Moosried).  The page
# is what sites.google.com serves for a published new-Sites page under a custom domain: the head (the DOCS_timing
# and _DumpException scripts, WIZ_global_data with its obfuscated keys, the viewport, the Open Graph and itemprop
# metas, the canonical link, the title "page - site", the Google Fonts link for the theme's fonts, the atari
# view stylesheet, the inline theme <style> with the obfuscated short class names, the _at_config array and the
# viewerData blob); the body (body#yDmH0d with its jscontroller / jsaction / jsname attributes): the skip links,
# the fixed header (the site title link, the navigation list with its data-nav-level items, a page with drop-down
# sub-pages under an expand / collapse button, and the search box that opens over the header), the banner section
# (the page title in an h1 text box over a background image, with the "copy heading link" button every heading
# gets), the sections made of tiles (the text boxes: div.tyJCtd rich text in nested divs, paragraphs as
# <p dir="ltr" class="zfr3Q CDt4Ke"> with <span class="C9DxTc"> inside and inline styles for bold and italics,
# headings with their own heading-link button, lists as ul.n8H08c with li.zfr3Q), an embedded image tile with a
# caption text box under it, an embedded button (the community council) or an embedded Google map (the village
# association), the footer text box with the site's address, the "Report abuse", "Page details", "Page updated"
# and "Google Sites" footer, the site-actions button, and the deferred atari view script with its
# AF_initDataCallback blobs.  Google Sites' own strings (GS_CORE, in English and German, as Google ships them)
# are not checked; the sites' own strings (GS_SITES: the site title, the navigation, the drop-down pages, the
# button or the map, the footer text) are.  The editor types the story into one text box (a <p> per paragraph,
# a line typed after Shift+Enter as a <br>); what the editor pasted among the paragraphs (residue) sits in the
# same text box.
# --------------------------------------------------------------------------
GS_CORE = {
    "en": dict(locale="en-US", skip_main="Skip to main content", skip_nav="Skip to navigation", search="Search this site",
               open_search="Open search bar", close_search="Close search bar", clear="Clear search", nav_open="Open navigation menu",
               expand="Expand/Collapse", copy_link="Copy heading link", copied="Link copied", embedded="Embedded Files",
               report="Report abuse", details="Page details", updated="Page updated", sites="Google Sites",
               actions="Site actions", this_site="This site uses cookies from Google to deliver its services and to analyze traffic.",
               learn="Learn more", ok="Got it", map_label="Map", open_new="Open in new window", back="Back to top"),
    "de": dict(locale="de", skip_main="Direkt zum Hauptinhalt", skip_nav="Direkt zur Navigation", search="Auf dieser Website suchen",
               open_search="Suchleiste öffnen", close_search="Suchleiste schließen", clear="Suche löschen", nav_open="Navigationsmenü öffnen",
               expand="Maximieren/Minimieren", copy_link="Link zur Überschrift kopieren", copied="Link kopiert", embedded="Eingebettete Dateien",
               report="Missbrauch melden", details="Seitendetails", updated="Seite aktualisiert", sites="Google Sites",
               actions="Website-Aktionen", this_site="Diese Website verwendet Cookies von Google, um Dienste anzubieten und Zugriffe zu analysieren.",
               learn="Weitere Informationen", ok="Ok", map_label="Karte", open_new="In neuem Fenster öffnen", back="Nach oben"),
}
GS_SITES = {
    "Copsley Community Council": dict(
        lang="en", path="copsley-cc", domain="www.copsleyvillage.example", theme="Vision", font="Lato", colour="#2e5e4e",
        nav=[("Copsley home", "home", []), ("Copsley village news", "village-news", ["Recreation ground", "Copsley parish notices"]),
             ("Copsley council meetings", "meetings", []), ("Book the pavilion", "pavilion", []), ("Contact the clerk", "contact", [])],
        button=("Book the pavilion with the clerk", "mailto:clerk@copsleyvillage.example"),
        map=None,
        footer=["Copsley Community Council", "Clerk: Mrs J. Hebden, 4 Church Walk, Copsley · clerk@copsleyvillage.example",
                "Meetings are held on the second Tuesday of each month at 7.30pm in the pavilion."]),
    "Dorfgemeinschaft Moosried": dict(
        lang="de", path="moosried", domain="www.moosried-dorf.example", theme="Impression", font="Merriweather", colour="#7a4b1c",
        nav=[("Moosried Startseite", "startseite", []), ("Neues aus Moosried", "aus-dem-dorf", ["Radweg an der Wirre", "Dorfgemeinschaftshaus Moosried"]),
             ("Termine in Moosried", "termine", []), ("Mitglied der Dorfgemeinschaft werden", "mitglied-werden", []), ("Vorstand und Kontakt", "kontakt", [])],
        button=None,
        map=("Radweg Moosried–Ahornach", "Dorfgemeinschaftshaus Moosried, Wirreweg 2"),
        footer=["Dorfgemeinschaft Moosried e.V.", "Wirreweg 2, Moosried · vorstand@moosried-dorf.example",
                "Stammtisch der Dorfgemeinschaft: jeden ersten Freitag im Monat ab 19 Uhr im Dorfgemeinschaftshaus."]),
}
GS_EXEMPT = {"lang", "path", "domain", "theme", "font", "colour"}
GS_LOOKS = ("bold", "italic", "highlight", "br")


def gs_id(rng, n=12):
    """A Google Sites element id ("h." and lower-case letters and digits)."""
    return "h." + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def gs_key(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(n))


def gs_heading_link(c):
    return ('<div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d" '
            'jscontroller="mxS5xe" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; '
            'focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;" jsshadow aria-describedby="h.linkcopymessage" aria-label="%s" '
            'aria-disabled="false" data-tooltip="%s" data-tooltip-vertical-offset="-12" data-tooltip-horizontal-offset="0">'
            '<div class="MbhUzd" jsname="ksKsZd"></div><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px">'
            '<svg class="OUGEr QdAdhf" width="24" height="24" viewBox="0 0 24 24" focusable="false"><path d="M0 0h24v24H0z" fill="none"></path>'
            '<path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"></path></svg>'
            '</span></span></div></div>') % (A(c["copy_link"]), A(c["copy_link"]))


def gs_block(kind, val, c, rng):
    """A block of the story as the Sites editor writes it into a text box."""
    if kind == "p":
        return '<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc " style="">%s</span></p>' % mp.inline_html(val)
    if kind == "h":
        return ('<h3 id="%s" dir="ltr" class="zfr3Q OmQG5e CDt4Ke " style=""><div jscontroller="Ae65rd" jsaction="touchstart:UrsOsc; '
                'click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" class="CjVfdc">%s'
                '<span class="C9DxTc " style="">%s</span></div></h3>') % (gs_id(rng), gs_heading_link(c), E(val))
    if kind == "q":
        return ('<p dir="ltr" class="zfr3Q CDt4Ke " style="margin-left: 40px;"><span class="C9DxTc " style="font-style: italic;">%s</span></p>'
                % mp.inline_html(val))
    cls = "n8H08c UVNKR " if kind == "ul" else "n8H08c BKnRcf "
    return '<%s class="%s" style="margin-left: 0; margin-right: 0; padding-left: 0;">%s</%s>' % (kind, cls, "".join(
        '<li class="zfr3Q TYR86d eD0Rn CDt4Ke " style="list-style-type: %s; margin-left: 15pt;"><p dir="ltr" role="presentation" '
        'class="zfr3Q CDt4Ke " style="display: inline;"><span class="C9DxTc " style="">%s</span></p></li>'
        % ("disc" if kind == "ul" else "decimal", mp.inline_html(v)) for v in val), kind)


def gs_tile(inner, rng, cls="tyJCtd mGzaTb Depvyb baZpAe"):
    """A text-box tile of a section's grid, with its nested wrappers."""
    return ('<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
            '<div class="jXK9ad-SmKAyb"><div class="%s">%s</div></div></div>') % (cls, inner)


def gs_section(tiles, rng, extra=""):
    sid = gs_id(rng)
    return ('<section id="%s" class="yaqOZd LB7kq cJgDec tpmmCb O13XJf KEFykf" style="%s"><div class="IFuOkc"></div><div class="mYVXT">'
            '<div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb '
            'ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd">'
            '<div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me">'
            '%s</div></div></div></div></div></div></section>') % (sid, extra, "".join(tiles))


def tpl_googlesites(art, ui, site, placed, rng):
    s = GS_SITES[site]
    lang = art["lang"]
    c = GS_CORE[lang]
    base = "https://%s" % s["domain"]
    page = s["nav"][1][1]  # the stories are sub-pages of the second top-level page
    sub = wp_slug(art["title"], 60)
    url = "%s/%s/%s" % (base, page, sub)
    blocks, n = art["blocks"], len(art["blocks"])
    parts = []
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(gs_block(*blocks[i], c, rng))
    story = gs_tile("".join(parts), rng)
    ts = rng.randint(1760000000, 1769999999)
    build_label = "editors.sites-viewer-frontend_%d.%02d_p%d" % (2026, rng.randint(1, 12), rng.randint(0, 3))
    wiz = json.dumps({"DpimGf": False, "EP1ykd": ["/_/*"], "FdrFJe": str(rng.randint(-9 * 10**18, 9 * 10**18)), "Im6cmf": "/_/atari",
                      "LVIXXb": 1, "LoQv7e": True, "MT7f9b": [], "QrtxK": "0", "S06Grb": "", "W3Yyqf": "", "WZsZ1e": "",
                      "Yllh3e": "%%.@.%d%03d,%d,%d]" % (ts, rng.randint(0, 999), rng.randint(10**8, 10**9 - 1), rng.randint(10**8, 10**9 - 1)),
                      "cfb2h": build_label, "eptZe": "/_/atari/", "fPDxwd": [1757124, 97517168, 97593617],
                      "gGcLoe": False, "nQyAE": {}, "oxN3nb": {"1": False}, "p9hQne": "https://www.gstatic.com/_/atari/_/",
                      "qwAQke": "AtariViewerUi", "rtQCxc": -60 if lang == "de" else 0, "w2btAe": "%.@.null,null,\"\",false,null,null,true,false]",
                      "zChJod": "%.@.]"}, ensure_ascii=False)
    at_config = json.dumps([None, "AIzaSy" + gs_key(rng, 33), "897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",
                            None, None, None, None, None, None, None, None, None, None, None, "SITES_%d" % rng.randint(100, 999),
                            None, None, None, None, None, None, None, None, None, None, None, None, [], None, None, None, None,
                            None, None, None, None, None, None, None, None, None, None, None, None, None, 1, 1])
    viewer = json.dumps({"config": [None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
                                    [s["path"], s["theme"], c["locale"]], None, [ts * 1000]],
                         "publishedSiteId": "1" + gs_key(rng, 32), "page": {"id": gs_id(rng), "path": "/%s/%s" % (page, sub),
                                                                             "title": art["title"]}}, ensure_ascii=False)
    af_data = json.dumps([[[s["nav"][k][0], "/%s" % s["nav"][k][1], k + 1] for k in range(len(s["nav"]))],
                          [art["title"], "/%s/%s" % (page, sub), ts * 1000]], ensure_ascii=False)
    # the navigation: a top-level entry per page, the drop-down sub-pages of one of them
    nav = []
    for k, (label, pslug, subs) in enumerate(s["nav"]):
        current = pslug == page
        link = ('<div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf lhZOrc"%s><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); '
                'click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"%s '
                'href="/%s" data-url="/%s" data-type="1" data-level="1">%s</a>%s</div></div>') % (
            ' aria-current="true"' if current else "", ' aria-selected="true"' if current else ' aria-selected="false"', pslug, pslug, E(label),
            ('<div class="mBHtvb u5fiyc" role="presentation" title="%s" jsname="ix0Hvc" jsaction="click:oESVTe;keydown:mPuKz(ix0Hvc);">'
             '<svg class="dvmRw" viewBox="0 0 24 24" stroke="currentColor" jsname="HIH2V" focusable="false"><g transform="translate(9.7,12) '
             'rotate(45)"><path class="K4B8Y" d="M-4.2 0 L4.2 0" stroke-width="2"></path></g><g transform="translate(14.3,12) rotate(-45)">'
             '<path class="MrYMx" d="M-4.2 0 L4.2 0" stroke-width="2"></path></g></svg></div>' % A(c["expand"])) if subs else "")
        drop = ""
        if subs:
            drop = ('<div class="oGuwee eWDljc RPRy1e Mkt3Tc" style="display:none;" jsname="QXE97" jsaction="transitionend:UD1r9d" '
                    'jscontroller="SlyQzd" data-nav-level="1"><div class="qV4dIc" role="presentation"><ul class="VcS63b">%s</ul></div></div>') % "".join(
                '<li jsname="ibnC6b" data-nav-level="2"><div class="PsKE7e qV4dIc Qrrb5 baH5ib"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); '
                'click:vHQTA(QwLHlb);"><a class="aJHbb hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" '
                'href="/%s/%s" data-url="/%s/%s" data-type="1" data-level="2">%s</a></div></div></li>' % (pslug, wp_slug(x), pslug, wp_slug(x), E(x))
                for x in subs)
        nav.append('<li jsname="ibnC6b" data-nav-level="1">%s%s</li>' % (link, drop))
    nav_html = '<ul class="jYxBte Fpy8Db" role="navigation" tabindex="-1">%s</ul>' % "".join(nav)
    lh = "https://lh%d.googleusercontent.com/sitesv/" % rng.randint(3, 6)
    banner_img = lh + gs_key(rng, 86) + "=w16383"
    banner = gs_section([gs_tile(
        '<h1 id="%s" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;"><div jscontroller="Ae65rd" jsaction="touchstart:UrsOsc; '
        'click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" class="CjVfdc">%s'
        '<span class="C9DxTc " style="color: #ffffff;">%s</span></div></h1>' % (gs_id(rng), gs_heading_link(c), E(art["title"])), rng)],
        rng, extra="").replace('<div class="IFuOkc"></div>', '<div class="IFuOkc" style="background-size: cover; background-position: center center; '
                               'background-image: url(%s);" jsname="LQX2Vd"></div><div class="Nu95r"></div>' % banner_img, 1)
    image = ('<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb">'
             '<div class="tyJCtd baZpAe"><div class="t3iYD"><img src="%s=w1280" class="CENy8b" role="img" style="width: 100%%; margin: 0%%"></div></div>'
             '</div></div>') % (lh + gs_key(rng, 86))
    caption = gs_tile('<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="font-size: 10pt; font-style: italic;">%s</span></p>'
                      % E(art["caption"]), rng)
    if s["button"]:
        label, href = s["button"]
        extra_tile = ('<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb">'
                      '<div class="tyJCtd baZpAe"><div class="FxTs3b"><div class="wb45ae"><div jscontroller="VXdfxd" jsaction="click:cOuCgd; mousedown:UX7yZ; '
                      'mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;touchstart:p6p2H; '
                      'touchmove:FwuNnf; touchend:yfqBxc(preventDefault=true); touchcancel:JMtRjd;" jsshadow jsname="pHrcWc" class="U26fgb O0WRkf oG5Srb '
                      'C0oVfc JAjOOc" role="button" tabindex="0" aria-disabled="false"><div class="Vwe4Vb MbhUzd" jsname="ksKsZd"></div><div class="ZFr60d CeoRYc">'
                      '</div><a class="FKF6mc TpQm9d QmpIrf" href="%s" target="_blank" aria-label="%s, %s"><div class="NsaAfc"><p>%s</p></div></a></div></div>'
                      '</div></div></div></div>') % (A(href), A(label), A(c["open_new"]), E(label))
    else:
        title, place = s["map"]
        lat, lon = 48 + rng.random(), 11 + rng.random()
        extra_tile = ('<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb">'
                      '<div class="tyJCtd baZpAe"><div class="WIdY2d M1aSXe"><div jsname="WXxXjd" style="padding-top: 75.0%%"></div>'
                      '<iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox '
                      'allow-downloads allow-modals allow-storage-access-by-user-activation" frameborder="0" aria-label="%s, %s" '
                      'src="https://maps-api-ssl.google.com/maps?hl=%s&amp;ll=%.6f,%.6f&amp;output=embed&amp;q=%s&amp;z=13" allowfullscreen></iframe>'
                      '</div></div></div></div>') % (A(c["map_label"]), A(title), lang, lat, lon, quote(place))
    footer_tile = gs_tile("".join('<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="%s">%s</span></p>' % (
        "font-weight: 700;" if k == 0 else "font-size: 10pt;", E(x)) for k, x in enumerate(s["footer"])), rng)
    ids = [gs_id(rng) for _ in range(3)]
    font = s["font"].replace(" ", "+")
    return f'''<!DOCTYPE html><html lang="{c["locale"]}" itemscope itemtype="http://schema.org/WebPage"><head><script nonce="{gs_key(rng, 22)}">var DOCS_timing={{}}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="{gs_key(rng, 22)}">function _DumpException(e) {{throw e;}}</script><script data-id="_gd" nonce="{gs_key(rng, 22)}">window.WIZ_global_data = {wiz};</script><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="strict-origin-when-cross-origin"><link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="{A(s["nav"][1][0])}"><meta property="og:type" content="website"><meta property="og:url" content="{url}"><meta property="og:description" content="{A(art["title"])}"><meta itemprop="name" content="{A(s["nav"][1][0])}"><meta itemprop="description" content="{A(art["title"])}"><meta itemprop="url" content="{url}"><meta itemprop="thumbnailUrl" content="{banner_img}"><meta itemprop="image" content="{banner_img}"><meta itemprop="imageUrl" content="{banner_img}"><meta property="og:image" content="{banner_img}"><link href="https://fonts.googleapis.com/css?family={font}%3Ai%2Cbi%2C700%2C400&display=swap" rel="stylesheet" nonce="{gs_key(rng, 22)}"><link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500|Roboto:300,400,500,700|Source+Code+Pro:400,700&display=swap" rel="stylesheet" nonce="{gs_key(rng, 22)}"><base href="{base}/"><title>{E(art["title"])} - {E(site)}</title><link rel="canonical" href="{url}"><link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.{gs_key(rng, 11)}.L.X.O/am=MBiA/d=1/rs=AGEqA5n{gs_key(rng, 28)}" data-id="_cl" nonce="{gs_key(rng, 22)}"><script nonce="{gs_key(rng, 22)}"></script><style nonce="{gs_key(rng, 22)}">@media only screen and (max-width: 479px){{.jgG6ef{{font-size: 17.0pt;}}}}@media only screen and (min-width: 480px) and (max-width: 767px){{.jgG6ef{{font-size: 17.0pt;}}}}.Zjiec{{font-family: '{s["font"]}', sans-serif; font-size: 20.0pt; font-weight: 400; letter-spacing: 1px; line-height: 1.3;}}.QmpIrf{{background-color: {s["colour"]}; border-color: #ffffff; color: #ffffff; font-family: '{s["font"]}', sans-serif; font-size: 11.0pt; line-height: normal;}}.xkUom{{border-color: {s["colour"]}; color: {s["colour"]}; font-family: '{s["font"]}', sans-serif;}}.KjwKmc{{color: rgba(33,33,33,1); font-family: '{s["font"]}', sans-serif; font-size: 11.0pt; font-weight: 400; line-height: 1.6;}}.duRjpb{{font-family: '{s["font"]}', sans-serif; font-size: 34.0pt; font-weight: 300; letter-spacing: 0.5px; line-height: 1.2;}}.OmQG5e{{font-family: '{s["font"]}', sans-serif; font-size: 17.0pt; font-weight: 400; line-height: 1.25;}}.CDt4Ke{{font-family: '{s["font"]}', sans-serif; font-size: 11.0pt; font-weight: 400; line-height: 1.6; margin-top: 12.0px;}}.LB7kq .IFuOkc{{background-color: rgba(0,0,0,0.35);}}.yaqOZd.O13XJf{{height: 100vh;}}.zDUgLc{{background-color: {s["colour"]};}}.BFDQOb:hover{{color: #ffffff;}}.Zc0vlb{{color: rgba(255,255,255,1);}}.TlfmSc{{color: #ffffff; font-family: '{s["font"]}', sans-serif; font-size: 15.0pt; font-weight: 700; line-height: 1.333;}}</style><script nonce="{gs_key(rng, 22)}">_at_config = {at_config};</script><script nonce="{gs_key(rng, 22)}">window.viewerData = {viewer};</script></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div id="docs-banner-container"><div id="docs-banners"><div id="HB1eCd-mzNpsf-r8s4j-ORHb"></div><div id="HB1eCd-TZk80d-r8s4j-ORHb" aria-live="assertive" aria-atomic="true"></div></div><div class="HB1eCd-Vkfede-NBtyUd-PvRhvb-LwH6nd"></div></div><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jscontroller="o1L5Wb" data-sitename="{A(s["path"])}" data-search-scope="1" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:xDkBfb;JIbuQc:SPXMTb(uxAMZ),LjG1Ed(a6mxbb);" jsname="G0jgYd"><div jsname="gYwusb" class="p9b27"></div><div jscontroller="RrXLpc" jsname="XeeWQc" role="banner" jsaction="keydown:uiKYid(OH0EC);rcuQ6b:WYd;zuqEgd:ufqpf;JIbuQc:XfTnxb(lfEfFf),AlTiYc(GeGHKb),AlTiYc(m1xNUe),zZlNMe(pZn8Oc);YqO5N:ELcyfe;"><div jsname="bF1uUb" class="BuY5Fd" jsaction="click:xVuwSc;"></div><div jsname="MVsrn" class="TbNlJb "><div role="button" class="U26fgb mUbCce fKz7Od h3nfre M9Bg4d" jscontroller="VXdfxd" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;" jsshadow jsname="GeGHKb" aria-label="{A(c["nav_open"])}" aria-disabled="false" tabindex="0" data-tooltip="{A(c["nav_open"])}"><div class="VTBa7b MbhUzd" jsname="ksKsZd"></div><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px"><svg class="wFCWne" viewBox="0 0 24 24" stroke="currentColor" jsname="B1n9ub" focusable="false"><g transform="translate(12,12)"><path class="hlJH0" d="M-9 -5 L9 -5" fill="none" stroke-width="2"></path><path class="HBu6N" d="M-9 0 L9 0" fill="none" stroke-width="2"></path><path class="cLAGQe" d="M-9 5 L9 5" fill="none" stroke-width="2"></path></g></svg></span></span></div><nav class="JzO0Vc" jsname="ihoMLd" role="navigation" tabindex="-1" id="yuynLe" jsaction="transitionend:UD1r9d"><a class="XMyrgf" href="/home" aria-label="{A(site)}"><span class="Zjiec">{E(site)}</span></a>{nav_html}</nav><div jsname="ZkPHH" class="TlfmSc YSH9J"></div></div><div jsname="DUkHDc" class="zDUgLc cJgDec tpmmCb" jsaction="rcuQ6b:WYd;"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf; keydown:Hq2uPe; wheel:Ut4Ahc;" data-top-navigation="true" data-is-preview="false"><div class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:LUvzV" jsname="z4Tpl" aria-label="{A(c["skip_nav"])}"></div><div class="LhYzBd"><div class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/home"><div class="Zjiec oNsfjf" jsname="GeGHKb">{E(site)}</div></a></div><nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false" style="visibility: hidden;" role="navigation" tabindex="-1">{nav_html}</nav></div></div><div jscontroller="gK4msf" class="RBEWZc" jsname="h04Zod" jsaction="rcuQ6b:WYd;JIbuQc:AT95Ub;VbOlFf:HgE5D;FaOgy:HgE5D;MxH79b:JdcaS;" data-side-navigation="false"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" href="/home">{E(site)}</a></div></div><div class="Dx2jKd" jsname="L6mUrc"><div jscontroller="Ezv2Ib" jsaction="rcuQ6b:WYd;" class="T4n0Nc" jsname="qLb8Pc"><div class="RBEWZc"><div class="mqBNid" jsname="UFyZeb"><div class="WAfQFe" role="search"><form jsname="ZrRDWe" action="/{s["path"]}/search" method="GET"><div class="pxtZQd aZjQke"><div class="e0hSxb"><input type="text" name="q" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" aria-label="{A(c["search"])}" placeholder="{A(c["search"])}" dir="ltr" data-initial-dir="ltr"><input type="hidden" name="scope" value="site"></div><div role="button" class="U26fgb mUbCce fKz7Od Vs1Jse M9Bg4d" jsname="lqM7Sd" aria-label="{A(c["clear"])}" tabindex="0" data-tooltip="{A(c["clear"])}"></div></div></form></div></div><div role="button" class="U26fgb mUbCce fKz7Od i3PoXe M9Bg4d" jsname="R9Yuxe" aria-label="{A(c["open_search"])}" tabindex="0" data-tooltip="{A(c["open_search"])}"><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px"><svg class="vu8Pwe" viewBox="0 0 24 24" focusable="false"><path d="M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"></path><path d="M0 0h24v24H0z" fill="none"></path></svg></span></span></div></div></div></div></div></div></div></div><div jsname="tiN4bf"><div class="M63kCb N63NQ"></div><div class="QZ3zWd"><div class="fktJzd AKpWA fOU46b yMcSQd Ly6Unf G9Qloe XxIgdb" jsname="UzWXSb" data-uses-custom-theme="false" data-legacy-theme-name="{A(s["theme"])}" data-legacy-theme-font-kit="{A(s["font"])}" data-legacy-theme-color-kit="Custom" jscontroller="Md9ENb" jsaction="gsiSmd:Ffcznf;yj5fUd:cpPetb;HNXL3:q0Vyke;e2SXKd:IPDu5e;BdXpgd:nhk7K;rcuQ6b:WYd;"><header id="atIdViewHeader"><div role="button" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d" jscontroller="mxS5xe" jsaction="click:cOuCgd;" jsshadow aria-describedby="h.linkcopymessage" aria-label="{A(c["copy_link"])}" tabindex="0" data-tooltip="{A(c["copy_link"])}"></div></header><div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">{banner}{gs_section([story], rng)}{gs_section([image, caption], rng)}{gs_section([extra_tile], rng)}{gs_section([footer_tile], rng)}</div><div id="{ids[0]}" class="Xpil1b xgQ6eb"></div><div class="dZA9kd ynRLnc" data-last-updated-at-time="{ts * 1000}" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;;keydown:I481le;" jsshadow jsname="Bg3gkf" aria-label="{A(c["actions"])}" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start" data-anchor-corner="top-start"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class=" NMm5M"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"></path></svg></span></span><div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsaction="IpSVtb:TvD9Pc;fEN2Ze:xzS4ub;frq95c:LNeFm;cFpp9e:J9oOtd; click:H8nU8b; mouseup:H8nU8b; keydown:I481le; mousedown:Cj1L4c;" role="menu" tabindex="0" style="position:fixed"><div class="XvhY1d" jsaction="mousedown:p8EH2c; touchstart:p8EH2c;"><div class="JAPqpe K0NPx"><span jsslot class="z80M1 FeRvI" jsaction="click:o6ZaF(preventDefault=true); mousedown:lAhnzb; mouseup:Osgxgf; mouseenter:SKyDAe; mouseleave:xq3APb;touchstart:jJiBRc; touchmove:kZeBdd; touchend:VfAz8(preventDefault=true)" jsname="j7LFlb" data-disabled-tooltip="Contact is not available" aria-label="{A(c["updated"])}" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="uyYuVb oJeWuf" jsaction="JIbuQc:Toy3n;" jsname="V2zOu"><div class="jO7h3c">{E(c["updated"])}</div></div></span><span jsslot class="z80M1 FeRvI" jsname="j7LFlb" aria-label="{A(c["report"])}" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf" jsname="lN6iy"><div class="jO7h3c">{E(c["report"])}</div></div></span><span jsslot class="z80M1 FeRvI" jsname="j7LFlb" aria-label="{A(c["details"])}" role="menuitem" tabindex="-1"><div class="uyYuVb oJeWuf" jsname="Ej4ZR"><div class="jO7h3c">{E(c["details"])}</div></div></span></div></div></div></div></div></div><div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="{ts * 1000}"></div><div class="LqzjUe znidUb"><div class="Bs5Zg"><a class="lFhpbf" href="https://sites.google.com/new/?authuser=0&amp;usp=viewer_footer" target="_blank" rel="noopener">{E(c["sites"])}</a></div><div class="zhO0jf"><a class="ZDFL3b" href="https://sites.google.com/{A(s["path"])}/report-abuse?url={quote(url, safe='')}" target="_blank" rel="noopener">{E(c["report"])}</a><a class="ZDFL3b" href="#" jsaction="click:Ej4ZR">{E(c["details"])}</a></div></div></div></div></div></div></div><div jsname="kdb7zb"><div jscontroller="kklOXe" jsaction="rcuQ6b:WYd;" class="VXLWNb"><div class="IUIqed" aria-live="polite" id="h.linkcopymessage" role="status">{E(c["copied"])}</div></div></div><div class="Xpil1b xgQ6eb" id="{ids[1]}"></div><div jscontroller="xKnmdc" class="GzgA5c" jsaction="rcuQ6b:WYd;"><div class="xqaZpe" role="dialog" aria-label="{A(c["this_site"])}"><p class="bqrqWb">{E(c["this_site"])}</p><a class="vOPJ1b" href="https://policies.google.com/technologies/cookies?hl={lang}" target="_blank" rel="noopener">{E(c["learn"])}</a><div role="button" class="U26fgb O0WRkf zZhnYe e3Duub C0oVfc" tabindex="0"><span class="RveJvd snByac">{E(c["ok"])}</span></div></div></div></div></div><script nonce="{gs_key(rng, 22)}">DOCS_timing['cov']=new Date().getTime();</script><script src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.{c["locale"].replace("-", "_")}.{gs_key(rng, 11)}.O/am=MBiA/d=1/rs=AGEqA5m{gs_key(rng, 28)}/m=view" id="base-js" nonce="{gs_key(rng, 22)}" async></script><script nonce="{gs_key(rng, 22)}">_DumpException = window._DumpException || function(e){{throw e;}};</script><script nonce="{gs_key(rng, 22)}">AF_initDataCallback({{key: 'ds:0', hash: '1', data:{af_data}, sideChannel: {{}}}});</script><script nonce="{gs_key(rng, 22)}">AF_initDataCallback({{key: 'ds:1', hash: '2', data:[null,null,null,null,[{ts * 1000},"{ids[2]}"],null,null,null,1], sideChannel: {{}}}});</script></body></html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the Sites editor's text and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"googlesites": []}  # (the caption text box and the button or map follow the story's text box, in tiles of their own)
for _mod, _names in ((mp2, ["regional"]), (mp5, ["squarespace", "brightspot"]), (mp6, ["bitrix", "typo3"]), (mp7, ["k2"]),
                     (mp10, ["webflow"]), (mp11, ["hugo"]), (mp12, ["joomla4"]), (mp13, ["medium"]), (mp16, ["wix"]),
                     (mp33, ["wagtail"]), (mp37, ["umbraco"]), (mp50, ["djangocms"]), (mp53, ["modx"]), (mp64, ["optimizely"]),
                     (mp84, ["framer"]), (mp98, ["avada"]), (mp99, ["enfold"]), (mp100, ["nicepage"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "bikelights", "headlice", "drinkingfountains"]
NEW_FAMILIES = ["bikelights", "headlice", "drinkingfountains"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them; see the docstring for the nearest earlier family, make_heldout97's water-refill stations)
NEW_FAMILY_WORDS = {"bikelights": ["bikelights", "bike light", "bike-light", "cycle light", "fahrradlampe", "fahrradlicht",
                                   "éclairage vélo", "велофонар"],
                    "headlice": ["headlice", "head lice", "head-lice", "nit comb", "nit-comb", "kopfläuse", "nissenkamm",
                                 "piojos", "lendrera", "bit tarağı"],
                    "drinkingfountains": ["drinkingfountains", "drinking fountain", "drinking-fountain", "trinkbrunnen",
                                          "fuente de agua potable", "питьевой фонтан", "içme suyu çeşme"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small site (a community council's or a village association's Google Site, a cycling workshop's Wix site,
# a park friends' group on Squarespace) would not carry (no newsroom to credit a photograph to, to update a story or
# to have reporters, no adverts, app or paywall)
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
    "cookie": ['<div class="outside-media-k105"><p class="outside-media-k105__txt">%s</p><button class="outside-media-k105__on" type="button">Switch on</button></div>',
               '<p class="media-waits-k105">%s</p>', '<div><small><i>%s</i></small></div>'],
    "newsletter": ['<div class="noon-letter-k105"><p class="noon-letter-k105__txt">%s</p><a class="noon-letter-k105__go" href="/letters/noon">Sign up</a></div>',
                   '<p class="limit-reached-k105">%s</p>', '<h5 class="noon-line-k105">%s</h5>'],
    "share": ['<ul class="tell-valley-k105">{items}</ul>', '<div class="tell-strip-k105">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="image-thanks-k105">%s</p>', '<span class="image-chip-k105">%s</span>', '<div><em><small>%s</small></em></div>'],
    "copyright": ['<p class="reuse-needs-k105">%s</p>', '<div class="consent-terms-k105"><small>%s</small></div>', '<p><i><small>%s</small></i></p>'],
    "section": ['<p class="trail-k105">%s</p>', '<h6 class="trail-label-k105">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="sun-rule-k105">%s</p>', '<div class="orn-break-k105">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="more-reporting-k105">%s</p>', '<div class="team-credit-k105">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="head-again-k105"><strong>%s</strong></p>', '<h2 class="head-copy-k105">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="paid-promo-k105">%s</div>', '<p class="resumes-after-k105">%s</p>', '<div><small><b>%s</b></small></div>'],
    "continue": ['<p class="carry-on-k105"><a href="#more">%s</a></p>', '<div class="read-on-k105">%s</div>', '<div><a href="#more"><strong>%s</strong></a></div>'],
    "comments": ['<p class="add-yours-k105"><a href="#comments">%s</a></p>', '<div class="comment-tally-k105">%s</div>', '<p><a href="#reply">%s</a></p>'],
    "readtime": ['<p class="mins-reading-k105">%s</p>', '<span class="mins-chip-k105">%s</span>', '<div><i>%s</i></div>'],
    "updated": ['<p class="revised-at-k105"><time>%s</time></p>', '<div class="revised-stamp-k105">%s</div>', '<p><small>%s</small></p>'],
    "audio": ['<div class="listen-box-k105"><button class="listen-box-k105__play" type="button" aria-label="Play"></button><span class="listen-box-k105__lbl">%s</span></div>',
              '<p class="listen-line-k105"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-k105"><p>%s</p></aside>', '<p class="amended-note-k105"><i>%s</i></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="pocket-app-k105"><p class="pocket-app-k105__txt">%s</p><a class="pocket-app-k105__get" href="/app">Get the app</a></div>',
            '<p class="app-strip-k105">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="covers-box-k105"><p class="covers-box-k105__txt">%s</p></div>', '<p class="covers-line-k105"><em>%s</em></p>', '<div><i><small>%s</small></i></div>'],
    "tip": ['<div class="seen-something-k105"><p>%s</p></div>', '<p class="message-desk-k105">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="found-error-k105"><p>%s</p></div>', '<p class="ctrl-report-k105">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="notify-ask-k105"><p class="notify-ask-k105__q">%s</p></div>', '<ul class="notify-opts-k105">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="save-tools-k105">{items}</ul>', '<p class="save-line-k105">%s</p>', '<div><a href="?print=yes">%s</a></div>'],
    "feedback": ['<div class="useful-ask-k105"><p class="useful-ask-k105__q">%s</p></div>', '<ul class="useful-opts-k105">{items}</ul>', '<div><i>%s</i></div>'],
    "standards": ['<div class="code-note-k105"><p>%s</p></div>', '<p class="concerns-to-k105"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="more-on-k105"><span class="more-on-k105__txt">%s</span></div>', '<ul class="more-on-list-k105">{items}</ul>', '<div><i>%s</i></div>'],
    "bookmark": ['<div class="read-later-k105"><a class="read-later-k105__a" href="#later">%s</a></div>', '<p class="read-later-line-k105"><a href="#later">%s</a></p>',
                 '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="valley-vote-k105"><p class="valley-vote-k105__q">%s</p><button class="valley-vote-k105__b" type="button">Vote</button></div>',
             '<ul class="valley-vote-opts-k105">{items}</ul>', '<div><i>%s</i></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-stub-k105"><a class="clip-stub-k105__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({bikelist}: the fitting points and times, then who fits them, bring your
    # bike and while stocks last, as a list; {bikerows}: the points as a table; {bikedl}: the rest as a definition
    # list; {licelist}, {licerows}, {licedl}: the clinics and their times, and how to comb, borrowing a comb, whom to
    # ask, no appointment; {taplist}, {taprows}, {tapdl}: the taps and their hours, and bring a bottle, the cafés
    # that refill, when the taps are switched on)
    "bikelights": ['<div class="lights-fit-k105"><h4 class="lights-fit-k105__hd">%s</h4><ul class="lights-fit-k105__list">{bikelist}</ul></div>',
                   '<div class="lights-times-k105"><p class="lights-times-k105__hd"><strong>%s</strong></p><table class="lights-times-k105__tbl">{bikerows}</table></div>',
                   '<p class="lights-go-k105"><a class="lights-go-k105__a" href="/atelier/eclairage">%s</a></p>',
                   '<div class="lights-card-k105"><h5 class="lights-card-k105__hd">%s</h5><dl class="lights-card-k105__dl">{bikedl}</dl></div>'],
    "headlice": ['<aside class="nit-clinic-k105"><h4 class="nit-clinic-k105__hd">%s</h4><ul class="nit-clinic-k105__list">{licelist}</ul></aside>',
                 '<div class="nit-times-k105"><p class="nit-times-k105__hd"><b>%s</b></p><table class="nit-times-k105__tbl">{licerows}</table></div>',
                 '<p class="nit-borrow-k105"><a class="nit-borrow-k105__a" href="/schule/nissenkamm">%s</a></p>',
                 '<div class="nit-card-k105"><h5 class="nit-card-k105__hd">%s</h5><dl class="nit-card-k105__dl">{licedl}</dl></div>'],
    "drinkingfountains": ['<div class="taps-here-k105"><h4 class="taps-here-k105__hd">%s</h4><ul class="taps-here-k105__list">{taplist}</ul></div>',
                          '<div class="taps-hours-k105"><p class="taps-hours-k105__hd"><strong>%s</strong></p><table class="taps-hours-k105__tbl">{taprows}</table></div>',
                          '<p class="taps-find-k105"><a class="taps-find-k105__btn" role="button" href="/ribera/fuentes">%s</a></p>',
                          '<div class="taps-card-k105"><h5 class="taps-card-k105__hd">%s</h5><dl class="taps-card-k105__dl">{tapdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/letters/noon"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<b>%s</b> — ']),
          "bikelights": (0.0, [' <a href="/atelier/eclairage"><b>%s</b></a>']),
          "headlice": (0.0, ['<br><a href="/schule/nissenkamm"><strong>%s</strong></a>']),
          "drinkingfountains": (0.0, ['<br><a class="btn" href="/ribera/fuentes"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "bikelights": 2, "headlice": 2, "drinkingfountains": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="pasted-image-k105"><img src="/media/{id}-pasted.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="600"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="elsewhere-k105"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="valley-more-k105"><p class="valley-more-k105__hd">%s</p><ul>%s</ul></aside>',
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





# the tables' heads (BIKE_HEAD, LICE_HEAD, TAP_HEAD, above), as the web teams left them (not checked)


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
    if "{bike" in style:
        out = (out.replace("{bikelist}", "".join('<li><strong>%s</strong> — %s</li>' % tuple(esc(x) for x in r) for r in BIKE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BIKE_INFO[lang]))
               .replace("{bikerows}", table(BIKE_HEAD[lang], BIKE_ROWS[lang])).replace("{bikedl}", dl(BIKE_ROWS[lang] + BIKE_INFO[lang])))
    if "{lice" in style:
        out = (out.replace("{licelist}", "".join('<li><strong>%s:</strong> %s</li>' % tuple(esc(x) for x in r) for r in LICE_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in LICE_INFO[lang]))
               .replace("{licerows}", table(LICE_HEAD[lang], LICE_ROWS[lang])).replace("{licedl}", dl(LICE_ROWS[lang] + LICE_INFO[lang])))
    if "{tap" in style:
        out = (out.replace("{taplist}", "".join('<li><strong>%s</strong> — %s</li>' % tuple(esc(x) for x in r) for r in TAP_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in TAP_INFO[lang]))
               .replace("{taprows}", table(TAP_HEAD[lang], TAP_ROWS[lang])).replace("{tapdl}", dl(TAP_ROWS[lang] + TAP_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "bikelights": rng.choice([mid, n, n]),
               "headlice": rng.choice([mid, n]), "drinkingfountains": rng.choice([mid, n])}.get(fam, mid)
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
# Enfold's dropcap shortcode ([av_dropcap1]) around the first letter
DROPCAP = {"enfold": ("span", '<span class="av_dropcap1 ">%s</span>')}
# Avada's alert element (fusion_alert, "general") around a subheading and its paragraph
BOX = {"avada": ("wrap", '<div class="fusion-alert alert general alert-info fusion-alert-left" role="alert"><div class="fusion-alert-content-wrapper"><span class="fusion-alert-content">\n',
                 "\n</span></div></div>")}
# the Wagtail site's "info box" StreamField block around a subheading and its list (drawn by make_heldout33's
# wagtail_body itself from the story's look)
FACTBOX = {"wagtail": ("template",)}
# a Hugo shortcode ({{< notice info >}}) around a paragraph
CALLOUT = {"hugo": ('<div class="notice info"><p class="notice-title"><span class="icon-notice baseline"></span></p><p>', "</p></div>")}
# the Sites editor sets bold, italics and a highlight as inline styles on a span
BOLD = {"googlesites": ('<span style="font-weight: 700;">', "</span>")}
ITALIC = {"googlesites": ('<span style="font-style: italic;">', "</span>")}
HIGHLIGHT = {"googlesites": ('<span style="background-color: #fff2cc;">', "</span>")}




def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON); a heading's text may be
    followed by markdown-it-anchor's permalink (Eleventy)."""
    m = re.compile(r"(?<=[>\n])%s(?=[<\n]| <a class=\"header-anchor\")" % re.escape(inner)).search(doc, start)
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
# templates: googlesites is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"googlesites": tpl_googlesites, "regional": mp2.tpl_regional, "squarespace": mp5.tpl_squarespace,
                 "brightspot": mp5.tpl_brightspot, "bitrix": mp6.tpl_bitrix, "typo3": mp6.tpl_typo3, "k2": mp7.tpl_k2,
                 "webflow": mp10.tpl_webflow, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4, "medium": mp13.tpl_medium,
                 "wix": mp16.tpl_wix, "wagtail": mp33.tpl_wagtail, "umbraco": mp37.tpl_umbraco, "djangocms": mp50.tpl_djangocms,
                 "modx": mp53.tpl_modx, "optimizely": mp64.tpl_optimizely, "framer": mp84.tpl_framer, "avada": mp98.tpl_avada,
                 "enfold": mp99.tpl_enfold, "nicepage": mp100.tpl_nicepage}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h104), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "googlesites"
# the layouts this part may use besides its new one (the brief's list: none used by h101 .. h104), with the part that
# last used each and the language(s) it had there; at least MIN_NEW_LANG of them in another language
LAYOUT_LIST = {"sveltekit": (54, ("de", "en")), "optimizely": (64, ("de", "en")), "zyro": (96, ("en", "es")),
               "jnews": (97, ("en", "tr")), "plone": (97, ("de",)), "wagtail": (97, ("en",)), "avada": (98, ("de", "en")),
               "djangocms": (98, ("en",)), "framer": (98, ("fr",)), "hugo": (98, ("en",)), "joomla4": (98, ("ru",)),
               "modx": (98, ("ru",)), "regional": (98, ("es",)), "typo3": (98, ("fr",)), "umbraco": (98, ("en",)),
               "enfold": (99, ("en", "fr")), "bitrix": (100, ("tr",)), "brightspot": (100, ("en",)), "cms": (100, ("en",)),
               "k2": (100, ("tr",)), "medium": (100, ("en",)), "nicepage": (100, ("en", "es")), "portal": (100, ("en",)),
               "squarespace": (100, ("en",)), "webflow": (100, ("tr",)), "wix": (100, ("de",))}
ALLOWED = tuple(sorted(LAYOUT_LIST))
MIN_NEW_LANG = 14
RECENT_PARTS = (mp101, mp102, mp103, mp104)
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"wagtail": (mp33, "WAGTAIL"), "umbraco": (mp37, "UMBRACO"), "djangocms": (mp50, "DJANGOCMS"), "modx": (mp53, "MODX"),
              "optimizely": (mp64, "OPTIMIZELY"), "framer": (mp84, "FRAMER_SITES"), "avada": (mp98, "AVADA_SITES"),
              "enfold": (mp99, "ENFOLD_SITES"), "nicepage": (mp100, "NICEPAGE_SITES")}
# the layouts that keep their sites' strings by language: a page on one of them needs this part's strings in its
# language there
LANG_DICTS = {"regional": [(mp2, "READMORE"), (mp2, "BIO")], "squarespace": [(mp5, "SQS")], "brightspot": [(mp5, "BRIGHT")],
              "bitrix": [(mp6, "BITRIX")], "typo3": [(mp6, "TYPO3")], "webflow": [(mp10, "WEBFLOW")], "hugo": [(mp11, "HUGO")],
              "joomla4": [(mp12, "JOOMLA")], "medium": [(mp13, "PUB_NAV"), (mp13, "TEASERS")], "wix": [(mp16, "WIX")]}
# the platforms' strings by language (a page on one of them needs its language there, from the earlier part or
# from PLATFORM_STRINGS)
CORE_DICTS = {"wagtail": (mp33, "WAGTAIL_CORE"), "umbraco": (mp37, "UMB_CORE"), "djangocms": (mp50, "DJANGOCMS_CORE"),
              "modx": (mp53, "MODX_CORE"), "optimizely": (mp64, "OPTIMIZELY_CORE"), "framer": (mp84, "FRAMER_CORE"),
              "avada": (mp98, "AVADA_CORE"), "enfold": (mp99, "ENFOLD_CORE"), "nicepage": (mp100, "NICEPAGE_CORE"),
              "k2": (mp7, "K2"), "wix": (mp16, "WIX_CORE"), "regional": (mp2, "READMORE"), "squarespace": (mp5, "SQS"),
              "brightspot": (mp5, "BRIGHT"), "bitrix": (mp6, "BITRIX"), "typo3": (mp6, "TYPO3"), "webflow": (mp10, "WEBFLOW"),
              "hugo": (mp11, "HUGO"), "joomla4": (mp12, "JOOMLA"), "medium": (mp13, "PUB_NAV")}


# file names an earlier helper builds from its own site's name (none here)
FILE_NAMES = {}


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
            if art["tpl"] == "liveblog":  # no residue above an entry's first paragraph (the entry's heading opens it)
                art["no_slot"] |= {j + 1 for j, (kind, _) in enumerate(art["blocks"]) if kind == "h"}
            rng = random.Random("newsflow-heldout105-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI105[lang]
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
            for old_name, new_name in FILE_NAMES.get(tpl, ()):  # the earlier site's name in an uploaded file's name
                doc = doc.replace(old_name, new_name)
            pages[art["id"]] = doc
            truth[art["id"]] = story_truth(art["truth_blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline),
                                   looks=[s for s, _ in art.get("look", [])])
    return pages, truth, meta




STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 105) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h100), labels, furniture strings,
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
                       mp99.R, [v for v in mp99.SITE_STRINGS.values()], mp99.ENFOLD_SITES, mp99.UI_NEW, mp99.TEASERS,
                       [v for _, v in mp99.WIDGET_ROWS],
                       mp100.R, [v for v in mp100.SITE_STRINGS.values()], mp100.NICEPAGE_SITES, mp100.UI_NEW, mp100.TEASERS,
                       [v for _, v in mp100.WIDGET_ROWS],
                       mp101.R, [v for v in mp101.SITE_STRINGS.values()], mp101.SITE123_SITES, mp101.UI_NEW, mp101.TEASERS,
                       [v for _, v in mp101.WIDGET_ROWS],
                       mp102.R, [v for v in mp102.SITE_STRINGS.values()], mp102.HASHNODE_SITES, mp102.UI_NEW, mp102.TEASERS,
                       [v for _, v in mp102.WIDGET_ROWS],
                       mp103.R, [v for v in mp103.SITE_STRINGS.values()], mp103.TUMBLR_SITES, mp103.UI_NEW, mp103.TEASERS,
                       [v for _, v in mp103.WIDGET_ROWS], mp103.TUMBLR_NOTE_BLOGS,
                       mp104.R, [v for v in mp104.SITE_STRINGS.values()], mp104.LJ_SITES, mp104.UI_NEW, mp104.TEASERS,
                       [v for _, v in mp104.WIDGET_ROWS], [a.get("lj", {}) for a in mp104.ARTICLES],
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


def not_a_wording(s):
    """A path, an address, a URL or a slug in a site dictionary (not a wording)."""
    return bool(re.match(r"^(/|#|https?://)", s) or re.fullmatch(r"[a-z0-9_.:-]+", s))



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
    # layouts: googlesites (new to the set) on two pages, an English one and one other language; every other page on
    # a different earlier layout of the brief's list, none of them used by h101 .. h104
    tpls = collections.Counter(a["tpl"] for a in ARTICLES)
    if NEW_LAYOUT in EARLIER_LAYOUTS:
        problems.append("%s is not new" % NEW_LAYOUT)
    if tpls.get(NEW_LAYOUT) != 2 or len({a["lang"] for a in ARTICLES if a["tpl"] == NEW_LAYOUT}) != 2 or \
            "en" not in {a["lang"] for a in ARTICLES if a["tpl"] == NEW_LAYOUT}:
        problems.append("%s used on %d pages (want 2: an English one and one other language)" % (NEW_LAYOUT, tpls.get(NEW_LAYOUT, 0)))
    problems.extend("template %s used %d times (want every earlier layout once)" % (t, c)
                    for t, c in tpls.items() if t != NEW_LAYOUT and c > 1)
    if len([t for t in tpls if t != NEW_LAYOUT]) != 22:
        problems.append("%d earlier layouts (want 22)" % len([t for t in tpls if t != NEW_LAYOUT]))
    problems.extend("template %s is not an earlier layout" % t for t in tpls if t != NEW_LAYOUT and t not in EARLIER_LAYOUTS)
    problems.extend("template %s is not in the brief's list" % t for t in tpls if t != NEW_LAYOUT and t not in ALLOWED)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    for mod in RECENT_PARTS:
        problems.extend("template %s was used by %s" % (t, mod.__name__) for t in sorted({a["tpl"] for a in mod.ARTICLES} & set(tpls)))
    # at least MIN_NEW_LANG of the earlier layouts in a language the part that last used it did not give it; every
    # page's language among its platform's strings
    new_lang = 0
    for a in ARTICLES:
        if a["tpl"] == NEW_LAYOUT:
            continue
        last = [mod for mod in EARLIER_MODULES if any(b["tpl"] == a["tpl"] for b in getattr(mod, "ARTICLES", []))][-1]
        last_langs = {b["lang"] for b in last.ARTICLES if b["tpl"] == a["tpl"]}
        if a["tpl"] in LAYOUT_LIST and (int(last.__name__[len("make_heldout"):]) != LAYOUT_LIST[a["tpl"]][0]
                                        or last_langs != set(LAYOUT_LIST[a["tpl"]][1])):
            problems.append("%s: %s was last used by %s in %s, not as the brief lists it" % (a["id"], a["tpl"], last.__name__, sorted(last_langs)))
        if a["lang"] not in last_langs:
            new_lang += 1
        if a["tpl"] in CORE_DICTS:
            mod, name = CORE_DICTS[a["tpl"]]
            if a["lang"] not in getattr(mod, name) and a["lang"] not in PLATFORM_STRINGS.get((mod, name), {}):
                problems.append("%s: %s has no platform strings in %s" % (a["id"], a["tpl"], a["lang"]))
        for mod, name in LANG_DICTS.get(a["tpl"], []):  # the layouts keyed by language: this part's strings there
            if a["lang"] not in SITE_STRINGS.get((mod, name), {}):
                problems.append("%s: %s.%s has no strings of this part in %s" % (a["id"], mod.__name__, name, a["lang"]))
    if new_lang < MIN_NEW_LANG:
        problems.append("%d earlier layouts in a new language (want %d or more)" % (new_lang, MIN_NEW_LANG))
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = [PART + "-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the googlesites pages: a site of GS_SITES in its own language, of the looks only those the Sites editor can set
    # (bold, italics, a highlight, a line break); the later layouts keyed by site name: a site this part adds; no
    # story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in GS_SITES or GS_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in GS_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: googlesites page needs a site in its language and the editor's looks only" % a["id"])
        if a["tpl"] == "liveblog" and (blocks[0][0] != "h" or len(a.get("times", [])) != sum(k == "h" for k, _ in blocks)):
            problems.append("%s: a live blog opens with an entry heading and has a time for every entry" % a["id"])
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
    gs_sites = [{k: v for k, v in d.items() if k not in GS_EXEMPT} for d in GS_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (GS_CORE, PLATFORM_STRINGS, BIKE_HEAD, LICE_HEAD and TAP_HEAD, the platform's strings and the web teams' generic
    # table heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("GS_SITES", gs_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or not_a_wording(s):
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









