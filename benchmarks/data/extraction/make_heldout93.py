#!/usr/bin/env python3
"""Ninety-third held-out part (h93-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout93.py           # write pages/h93-*.html
    python benchmarks/data/extraction/make_heldout93.py --check   # verify pages/h93-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout93.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout94.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout92.py and make_heldout91.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h93_en.py / articles_h93_intl.py (fictional local and regional outlets, two associations'
sites, an allotment society, a village blog and a one-person newsletter in an invented valley and its towns --
Corvington and the Lathe valley in Westmarsh, Kuzukaya and Akçalı, Wendelstedt and Kirchgrund, Saint-Orbain and the
Lère valley, Almodéjar, Navalcruz and the Jaramel, Ust-Lamensk on the Lamenka --; every name and number invented).
The residue wordings -- thirty of the generic families of the earlier parts (one wording each in every language, two
for the newsletter, whose first is the pitch that may be run into a paragraph, and for the embed) plus three new
ones -- their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts and
the first-round furniture strings are new here: verify() refuses to build if one reuses a sentence of
make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines or site names of
make_heldout2..92, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h91 and h92
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  The earlier
families placed only for a reason in a story (calendar, map, gallery, scores) are not used: no story of this part
needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table,
a link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only
on the third carrier --, a definition-list card): car-club bay and price panels (carclub: the bays with their
vehicles and the hourly and daily rates, and how to join, who runs the cars and what the price includes) on an
English residents' association's new bays on an estate short of parking (the new layout: the list), an English
council swapping forty town-centre spaces for car club bays and cycle racks (the table), a German residents'
association's first car-sharing station on a new estate (the "become a member" link, run into the last paragraph)
and a Spanish town's car-sharing bays in a new district (the card); dog-fouling fine and bin notices (dogfouling:
the offences with the fine and the early-payment or repeat amount, and where the bins are, how to report and the
wardens' patrol days) on an English park keeper's farewell interview (the list), a Turkish town's new fines in its
parks (the table), a French town's fines on pavements and in a park (the "report" button) and a Russian town's
fines for owners who do not clear up (the card); household battery and small electricals recycling points
(batteryrecycling: the drop-off points with what they take and when they open, and the bag collections, what never
goes in a bin and what to do with a damaged battery) on an English live blog of a fire at a waste transfer station
(the list), a German newsletter's interview with a bin-lorry driver about battery fires (the table), a French
sorting-centre fire (the "find a drop-off point" button, run into the last paragraph) and a Russian bin-lorry fire
(the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads (CLUB_HEAD,
DOG_HEAD, BATTERY_HEAD) are the web teams' generic strings and not checked; the rows (CLUB_BAYS, CLUB_INFO,
DOG_FINES, DOG_INFO, BATTERY_POINTS, BATTERY_INFO) are, cell by cell.  (make_heldout74.py's summary mentions
batteries among what an amnesty day takes, and make_heldout40.py's "prices at a recycling point", so
NEW_FAMILY_WORDS does not list the bare words "batteries" or "recycling point".)
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the two associations on Strikingly, Wix and Weebly's allotment society and the village
blog on Blogger -- no newsroom to credit a photograph to, update a story or send reporters --, "indie" for the
one-person newsletter on Substack -- no ads, app, newsroom or reporters); a correction box goes only on a story that
was corrected, with that story's own wording (an English bell-ringing peal's length, the page's only residue, and a
German market's year of moving).  Residue markup varies as on real pages: classed boxes, bars, cards, chips,
panels, strips and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons,
definition lists and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip,
newsletter pitch, share line, the car club's join link, the battery finder button;
only one line in any paragraph).  On the new layout, a block the editor pasted (a classed box, panel, card or widget)
is an HTML section of its own between the rich-text sections, and a pasted line stays among the paragraphs of its
rich-text section.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a
class on the paragraph, on wordpress and gutenberg), italics (a one-line quote on both Strikingly pages and on
brightspot), bold (a one-line paragraph on both Strikingly pages and on dle), a highlighted sentence (a <mark> on
squarespace and webflow), a paragraph in a box (a block-editor group on wordpress), a fact box holding a subheading
and its list (a block-editor group on gutenberg: a haberdashery in figures), a Ghost callout card (a bell tower's
practice night), a paragraph typed after a <br> (Shift+Enter, on both Strikingly pages and on k2); story structures
that look like furniture but are the story: question-and-answer interviews (questions typed in bold, some of a few
words -- "And the dogs?", "Ya lodos?", "Und Ihr Wunsch?", "А велосипед?" --, in English, Turkish, German and Russian:
a park keeper after 31 years, a boatman after 41, a bin-lorry driver, a village postwoman after forty years), lists
inside the story (what a borehole grant paid for, a library's first items on loan, who helped mend a village
fountain, a market's new days, a haberdashery in figures, who a car-sharing service is for), crossheads as
headings (a live blog's entries, a council's parking plan, a market's move, a town's dog-fouling rules) and as bold
paragraphs (a level crossing's closure, Turkish and French dog-fouling fines, Spanish car sharing), one-line
quotes and short one-line paragraphs ("Two cars for 412 homes.", "Others were more hopeful.", "C'est le deuxième
départ de feu en un an.", "Esta vez habrá pantalla de verdad.", "Это уже третий такой случай в городе с начала
года."), a closing line with practical information (a committee meeting, a drop-in with engineers, a leaving
party, a road reopening, allotment visits, a consultation's deadline, a library's hours, where to
leave donations, a hotline, a farewell crossing, where to bring photographs, an association's meeting, an
exhibition's hours, film times, a marquee's hours, a post office's days), and story sentences that use furniture
words in ordinary reporting ("Cookies, cakes and a very long raffle" opening a story, "someone sent me a photo",
"The newsletter will carry a rota", "residents can share their views" closing a story, "Follow the yellow
diversion signs", "fotoğrafları paylaşmak isteyenler" closing another, "den Newsletter des Marktvereins
abonnieren" closing a third, "une vidéo", "подписаны сорок два дома" closing a fourth), some at the start or end of
a story.  Two pages carry no residue at all (an English swimmer's thousandth length on legacy-br and a Spanish
fountain's restoration on cms) and one only its correction line (an English bell-ringers' peal on ghost).
One page layout is new (strikingly: a blog post on a site built with Strikingly, on two pages, an English
residents' association on a free mystrikingly.com address and a Spanish cultural association on its own domain;
see the section of the layout below).  Strikingly's strings (STK_CORE) are left as they ship and not checked; the
sites' own strings (STK_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- liveblog, nextjs
(make_heldout2.py), broadcaster, substack (make_heldout3.py), gutenberg, chunks (make_heldout4.py), squarespace,
brightspot (make_heldout5.py), bitrix (make_heldout6.py), k2 (make_heldout7.py), webflow (make_heldout10.py), medium
(make_heldout13.py), blogger (make_heldout14.py), tilda (make_heldout15.py), wix (make_heldout16.py), weebly
(make_heldout18.py), dle (make_heldout20.py), elementor (make_heldout21.py), wordpress, ghost, legacy-br and cms
(make_pages.py) --, sixteen of them layouts that none of h89 .. h92 used, and none of them in the language h91 or
h92 gave it (9 English pages, 3 in each other language, one English and one Spanish page on the new layout: English
on broadcaster, squarespace, liveblog, weebly, medium, wordpress, ghost and legacy-br; Turkish on nextjs, webflow and
blogger; German on wix, substack and brightspot; French on tilda, k2 and gutenberg; Spanish on elementor and cms;
Russian on bitrix, dle and chunks); while a page is rendered, the earlier modules' related headlines, the strings
that belong to one site rather than to the platform (see SITE_STRINGS; K2's and Substack's labels are the
platforms' own) and the residue pools those helpers draw from themselves are swapped for this part's own, and the
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
from urllib.parse import quote


HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import make_pages as mp  # noqa: E402
import heldout_common as hc  # noqa: E402
from heldout_common import blocks_and_marks, class_names as _class_names  # noqa: E402,F401
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
from make_pages import E, A, UI  # noqa: E402
from articles_h93_en import ARTICLES as H93_EN  # noqa: E402
from articles_h93_intl import ARTICLES as H93_INTL  # noqa: E402


ARTICLES = H93_EN + H93_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19,
                   mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32,
                   mp33, mp34, mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45,
                   mp46, mp47, mp48, mp49, mp50, mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58,
                   mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66, mp67, mp68, mp69, mp70, mp71,
                   mp72, mp73, mp74, mp75, mp76, mp77, mp78, mp79, mp80, mp81, mp82, mp83, mp84,
                   mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92)
# parts whose layouts' languages this part avoids (the two latest finished parts)
LANG_PARTS = (mp91, mp92)
# parts whose layouts this part mostly leaves alone (at least MIN_UNUSED of its earlier layouts are used by none of them)
RECENT_PARTS = (mp89, mp90, mp91, mp92)
MIN_UNUSED = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h93"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Westmarsh Today", "The Lathe Journal", "Corvington Evening Star", "Corvington Common",
           "Haverleigh & District Gazette", "The Eddlesford Post", "Westmarsh Weekly Advertiser"],
    "tr": ["Kuzukaya Haber", "Kuzukaya Rehber"],
    "de": ["Wendelstedter Anzeiger"],
    "fr": ["Lère Infos", "L'Écho de la Lère", "Le Courrier de Saint-Orbain"],
    "es": ["Diario del Jaramel", "Almodéjar Noticias"],
    "ru": ["Вести Усть-Ламенска", "Усть-Ламенск Онлайн", "Ламенская правда"],
}
# sites fixed per page (the two Strikingly sites, a residents' association on Weebly, a village blog on Blogger, a
# residents' association on Wix, a newsletter on Substack) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h92 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Lathe valley bus map only appears once you allow map cookies"],
        "tr": ["Kuzukaya otobüs haritası, harita çerezlerine izin verdiğinizde yüklenir"],
        "de": ["Der Wendelstedter Stadtplan lädt erst, wenn Sie Karten-Cookies zulassen"],
        "fr": ["Le plan de Saint-Orbain ne se charge qu'une fois les cookies de carte acceptés"],
        "es": ["El callejero de Almodéjar solo se carga si permites las cookies de mapas"],
        "ru": ["Карта Усть-Ламенска загрузится, когда вы разрешите картографические cookie"],
    },
    "newsletter": {
        "en": ["Corvington at Six lands in your inbox every weekday evening: sign up, it costs nothing",
               "This is 3 of the 5 free Corvington articles you can read this month"],
        "tr": ["Kuzukaya Akşam Altı her iş günü akşamı e-postanızda: ücretsiz kaydolun",
               "Bu ay okuyabileceğiniz 5 ücretsiz Kuzukaya haberinin 3'üncüsündesiniz"],
        "de": ["Wendelstedt um sechs: werktags abends kostenlos im Postfach, jetzt eintragen",
               "Sie lesen gerade Artikel 3 von 5 kostenlosen Wendelstedter Texten in diesem Monat"],
        "fr": ["Saint-Orbain à 18 h, chaque soir de semaine dans votre boîte : inscription gratuite",
               "Vous lisez le 3e des 5 articles gratuits de Saint-Orbain ce mois-ci"],
        "es": ["Almodéjar a las seis, cada tarde entre semana en tu correo: suscríbete sin pagar nada",
               "Estás leyendo la 3.ª de las 5 noticias gratuitas de Almodéjar de este mes"],
        "ru": ["«Усть-Ламенск в шесть» — каждый будний вечер на почту, подписка бесплатная",
               "Это 3-й из 5 бесплатных материалов об Усть-Ламенске в этом месяце"],
    },
    "share": {
        "en": ["Tell Corvington: Facebook · WhatsApp · Bluesky · Email"],
        "tr": ["Kuzukaya'ya duyurun: Facebook · WhatsApp · Bluesky · E-posta"],
        "de": ["Wendelstedt soll es wissen: Facebook · WhatsApp · Bluesky · E-Mail"],
        "fr": ["À partager dans la vallée de la Lère : Facebook · WhatsApp · Bluesky · Courriel"],
        "es": ["Cuéntaselo al Jaramel: Facebook · WhatsApp · Bluesky · Correo"],
        "ru": ["Перешлите землякам из Усть-Ламенска: ВКонтакте · Telegram · Одноклассники · Почта"],
    },
    "photo": {
        "en": ["Photograph supplied to the Corvington desk"],
        "tr": ["Fotoğraf Kuzukaya masamıza gönderildi"],
        "de": ["Foto: der Wendelstedter Redaktion zur Verfügung gestellt"],
        "fr": ["Photo transmise à la rédaction de Saint-Orbain"],
        "es": ["Imagen cedida a la redacción de Almodéjar"],
        "ru": ["Фото предоставлено редакции в Усть-Ламенске"],
    },
    "copyright": {
        "en": ["Copyright in this Corvington report belongs to {site}; ask the desk before you republish any of it."],
        "tr": ["Bu Kuzukaya haberinin telif hakkı {site} kuruluşuna aittir; yeniden yayımlamadan önce haber masasına sorun."],
        "de": ["Die Rechte an diesem Wendelstedter Bericht liegen bei {site}; vor jeder Weiterverwendung bitte die Redaktion fragen."],
        "fr": ["Les droits de cet article de Saint-Orbain appartiennent à {site} ; demandez à la rédaction avant toute reprise."],
        "es": ["Los derechos de esta información de Almodéjar son de {site}; consulta a la redacción antes de reproducirla."],
        "ru": ["Права на этот материал об Усть-Ламенске принадлежат «{site}»; перед перепечаткой обратитесь в редакцию."],
    },
    "section": {
        "en": ["{section} | Lathe valley pages"],
        "tr": ["{section} | Kuzukaya sayfaları"],
        "de": ["{section} | Wendelstedter Seiten"],
        "fr": ["{section} | pages de la Lère"],
        "es": ["{section} | páginas del Jaramel"],
        "ru": ["{section} | страницы Усть-Ламенска"],
    },
    "related": {
        "en": ["Elsewhere in the Lathe valley"],
        "tr": ["Kuzukaya'da bugün başka neler oldu"],
        "de": ["Was sonst in Wendelstedt los ist"],
        "fr": ["Ailleurs dans la vallée de la Lère"],
        "es": ["Otras noticias del Jaramel"],
        "ru": ["Что ещё происходит в Усть-Ламенске"],
    },
    "symbol": {"*": ["· ❦ ·", "—— ◆ ——", "⁂  ⁂"]},
    "credit": {
        "en": ["Additional reporting by the {site} team in Corvington"],
        "tr": ["Haberin hazırlanmasına {site} Kuzukaya ekibi katkı verdi"],
        "de": ["Mitarbeit: Wendelstedter Lokalteam von {site}"],
        "fr": ["Avec l'équipe de {site} à Saint-Orbain"],
        "es": ["Ha colaborado el equipo de {site} en Almodéjar"],
        "ru": ["В подготовке материала участвовала команда «{site}» в Усть-Ламенске"],
    },
    "ad": {
        "en": ["Paid for by a Corvington advertiser · story continues below"],
        "tr": ["Kuzukayalı bir reklamverenin ilanı · haber aşağıda devam ediyor"],
        "de": ["Bezahlte Anzeige aus Wendelstedt · weiter im Text unten"],
        "fr": ["Annonce d'un commerçant de Saint-Orbain · suite de l'article plus bas"],
        "es": ["Anuncio de un comercio de Almodéjar · la noticia sigue abajo"],
        "ru": ["Реклама от предприятия Усть-Ламенска · материал продолжается ниже"],
    },
    "continue": {
        "en": ["Keep reading this Corvington story"],
        "tr": ["Kuzukaya haberini okumaya devam edin"],
        "de": ["Den Wendelstedter Bericht weiterlesen"],
        "fr": ["Poursuivre la lecture de cet article de Saint-Orbain"],
        "es": ["Seguir leyendo esta noticia de Almodéjar"],
        "ru": ["Дочитать материал об Усть-Ламенске"],
    },
    "comments": {
        "en": ["{n} Corvington readers have had their say: add yours"],
        "tr": ["{n} Kuzukayalı okur yorum yaptı, siz de yazın"],
        "de": ["{n} Wendelstedter haben schon kommentiert: Ihre Meinung?"],
        "fr": ["{n} lecteurs de Saint-Orbain ont déjà réagi : à vous"],
        "es": ["{n} lectores de Almodéjar ya han opinado: añade tu comentario"],
        "ru": ["{n} читателей из Усть-Ламенска уже высказались — ваше мнение?"],
    },
    "readtime": {
        "en": ["Reading time {m} min · Corvington desk"],
        "tr": ["Okuma süresi {m} dk · Kuzukaya masası"],
        "de": ["Lesezeit: {m} Minuten · Wendelstedter Lokales"],
        "fr": ["{m} min de lecture · rédaction de Saint-Orbain"],
        "es": ["{m} min de lectura · redacción de Almodéjar"],
        "ru": ["{m} мин чтения · редакция Усть-Ламенска"],
    },
    "updated": {
        "en": ["Story revised {d}, {t}, as more came in from Corvington"],
        "tr": ["Haber {d}, {t} itibarıyla Kuzukaya'dan gelen bilgilerle yenilendi"],
        "de": ["Überarbeitet am {d}, {t} Uhr, nach neuen Informationen aus Wendelstedt"],
        "fr": ["Article revu le {d} à {t}, à la suite de nouvelles informations de Saint-Orbain"],
        "es": ["Noticia revisada el {d} a las {t} con más datos llegados de Almodéjar"],
        "ru": ["Материал дополнен {d} в {t} по новым данным из Усть-Ламенска"],
    },
    "audio": {
        "en": ["Hear this Corvington story read aloud · {m} min"],
        "tr": ["Bu Kuzukaya haberini sesli dinleyin · {m} dk"],
        "de": ["Wendelstedter Bericht vorgelesen · {m} Min."],
        "fr": ["Écouter la lecture de cet article de Saint-Orbain · {m} min"],
        "es": ["Escucha la lectura de esta noticia de Almodéjar · {m} min"],
        "ru": ["Прослушать материал об Усть-Ламенске · {m} мин"],
    },
    "correction": {
        "en": ["This Corvington story has been corrected."],
        "tr": ["Bu Kuzukaya haberi düzeltildi."],
        "de": ["Dieser Wendelstedter Bericht wurde berichtigt."],
        "fr": ["Cet article de Saint-Orbain a été rectifié."],
        "es": ["Esta noticia de Almodéjar ha sido rectificada."],
        "ru": ["В материал об Усть-Ламенске внесены исправления."],
    },
    "app": {
        "en": ["Corvington news on your phone first: download the {site} app for iOS and Android"],
        "tr": ["Kuzukaya haberleri önce telefonunuzda: {site} uygulamasını iOS ve Android için indirin"],
        "de": ["Wendelstedter Nachrichten zuerst aufs Handy: die App von {site} für iOS und Android laden"],
        "fr": ["L'info de Saint-Orbain d'abord sur votre téléphone : téléchargez l'appli {site} pour iOS et Android"],
        "es": ["Las noticias de Almodéjar, antes en tu móvil: descarga la app de {site} para iOS y Android"],
        "ru": ["Новости Усть-Ламенска — сначала в телефоне: скачайте приложение «{site}» для iOS и Android"],
    },
    "bio": {
        "en": ["{by} covers {section} across Corvington and the Lathe valley for {site}."],
        "tr": ["{by}, {site} için Kuzukaya ve köylerinde {section} konularını izliyor."],
        "de": ["{by} berichtet für {site} aus Wendelstedt und dem Wendeltal über {section}."],
        "fr": ["{by} couvre la rubrique {section} à Saint-Orbain et dans la vallée de la Lère pour {site}."],
        "es": ["{by} cubre {section} en Almodéjar y la comarca del Jaramel para {site}."],
        "ru": ["{by} освещает тему «{section}» в Усть-Ламенске и районе для «{site}»."],
    },
    "tip": {
        "en": ["Something happening in Corvington? Tell the newsroom on 01632 961 777"],
        "tr": ["Kuzukaya'da bir şey mi oluyor? Haber merkezine yazın: 0 (266) 777 61 61"],
        "de": ["Passiert etwas in Wendelstedt? Rufen Sie die Redaktion an: 06021 7770-0"],
        "fr": ["Il se passe quelque chose à Saint-Orbain ? Prévenez la rédaction au 05 55 77 61 61"],
        "es": ["¿Pasa algo en Almodéjar? Avisa a la redacción en el 925 777 616"],
        "ru": ["Что-то случилось в Усть-Ламенске? Сообщите в редакцию: 8 (38122) 7-77-16"],
    },
    "typo": {
        "en": ["Spotted an error in this Corvington report: highlight the words and Ctrl+Enter sends them to us"],
        "tr": ["Bu Kuzukaya haberindeki hatayı seçip Ctrl+Enter ile bize gönderebilirsiniz"],
        "de": ["Fehler im Wendelstedter Bericht entdeckt: Stelle markieren, mit Strg+Enter an uns schicken"],
        "fr": ["Une erreur dans cet article de Saint-Orbain : surlignez le passage, Ctrl+Entrée nous l'envoie"],
        "es": ["Si ves un error en esta noticia de Almodéjar, márcalo y envíanoslo con Ctrl+Intro"],
        "ru": ["Ошибку в материале об Усть-Ламенске можно выделить и отправить нам через Ctrl+Enter"],
    },
    "push": {
        "en": ["Corvington breaking news alerts on this device: Allow · Not now"],
        "tr": ["Kuzukaya son dakika bildirimleri bu cihazda: İzin ver · Şimdi değil"],
        "de": ["Eilmeldungen aus Wendelstedt auf diesem Gerät: Zulassen · Jetzt nicht"],
        "fr": ["Alertes de Saint-Orbain sur cet appareil : Autoriser · Plus tard"],
        "es": ["Alertas de Almodéjar en este dispositivo: Permitir · Ahora no"],
        "ru": ["Срочные новости Усть-Ламенска на этом устройстве: Разрешить · Не сейчас"],
    },
    "print": {
        "en": ["Corvington story options: Print · Save as PDF · Email a copy"],
        "tr": ["Kuzukaya haber seçenekleri: Yazdır · PDF olarak kaydet · E-postayla gönder"],
        "de": ["Optionen zum Wendelstedter Bericht: Drucken · Als PDF sichern · Per E-Mail weitergeben"],
        "fr": ["Options de l'article de Saint-Orbain : Imprimer · Enregistrer en PDF · Envoyer une copie"],
        "es": ["Opciones de la noticia de Almodéjar: Imprimir · Guardar en PDF · Enviar una copia"],
        "ru": ["Действия с материалом об Усть-Ламенске: Распечатать · Сохранить в PDF · Отправить копию"],
    },
    "feedback": {
        "en": ["This Corvington story helped me: Yes · Partly · No"],
        "tr": ["Bu Kuzukaya haberi işime yaradı: Evet · Kısmen · Hayır"],
        "de": ["Dieser Wendelstedter Bericht hat mir geholfen: Ja · Teilweise · Nein"],
        "fr": ["Cet article de Saint-Orbain m'a été utile : Oui · En partie · Non"],
        "es": ["Esta noticia de Almodéjar me ha servido: Sí · En parte · No"],
        "ru": ["Материал об Усть-Ламенске был мне полезен: Да · Отчасти · Нет"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; concerns about our Corvington reporting to readers@corvington-news.example."],
        "tr": ["{site} Gazetecilerin Hak ve Sorumluluk Bildirgesi'ne bağlıdır; Kuzukaya haberlerimizle ilgili itirazlar: okur@kuzukaya.example."],
        "de": ["{site} arbeitet nach dem Pressekodex; Hinweise zu unserer Wendelstedter Berichterstattung an leserbeirat@wendelstedt.example."],
        "fr": ["{site} applique la charte de déontologie de la profession ; vos remarques sur nos articles de Saint-Orbain : lecteurs@saint-orbain.example."],
        "es": ["{site} aplica el código deontológico de la profesión; tus quejas sobre nuestra información de Almodéjar: lectores@almodejar.example."],
        "ru": ["«{site}» придерживается кодекса журналистской этики; замечания о материалах про Усть-Ламенск: chitatel@ust-lamensk.example."],
    },
    "topics": {
        "en": ["More on: {section} · Corvington · Haverleigh"],
        "tr": ["Daha fazlası: {section} · Kuzukaya · Yenidere"],
        "de": ["Mehr zu: {section} · Wendelstedt · Kirchgrund"],
        "fr": ["Plus sur : {section} · Saint-Orbain · vallée de la Lère"],
        "es": ["Más sobre: {section} · Almodéjar · Navalcruz"],
        "ru": ["Ещё по теме: {section} · Усть-Ламенск · Вешкино"],
    },
    "bookmark": {
        "en": ["☆ Keep this Corvington story to read later"],
        "tr": ["☆ Bu Kuzukaya haberini sonraya sakla"],
        "de": ["☆ Wendelstedter Bericht für später speichern"],
        "fr": ["☆ Mettre de côté cet article de Saint-Orbain"],
        "es": ["☆ Guardar esta noticia de Almodéjar para más tarde"],
        "ru": ["☆ Сохранить материал об Усть-Ламенске на потом"],
    },
    "poll": {
        "en": ["Your view, Corvington: for it · against it · not sure"],
        "tr": ["Kuzukaya, siz ne dersiniz: destekliyorum · karşıyım · kararsızım"],
        "de": ["Ihre Meinung, Wendelstedt: dafür · dagegen · unentschieden"],
        "fr": ["Votre avis, Saint-Orbain : pour · contre · sans opinion"],
        "es": ["Tu opinión, Almodéjar: a favor · en contra · no sé"],
        "ru": ["Ваше мнение, Усть-Ламенск: за · против · затрудняюсь ответить"],
    },
    "embed": {
        "en": ["View {handle}'s Corvington post on Instagram", "Watch {handle}'s Corvington clip on YouTube"],
        "tr": ["{handle} hesabının Kuzukaya gönderisini Instagram'da görüntüleyin", "{handle} hesabının Kuzukaya videosunu YouTube'da izleyin"],
        "de": ["Beitrag von {handle} aus Wendelstedt auf Instagram anzeigen", "Clip von {handle} aus Wendelstedt auf YouTube ansehen"],
        "fr": ["Voir la publication de {handle} sur Saint-Orbain sur Instagram", "Regarder la vidéo de {handle} sur Saint-Orbain sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre Almodéjar en Instagram", "Ver el vídeo de {handle} sobre Almodéjar en YouTube"],
        "ru": ["Открыть пост {handle} об Усть-Ламенске в Instagram", "Смотреть ролик {handle} об Усть-Ламенске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the link or button,
    # the card's heading)
    "carclub": {
        "en": ["Car club bays in Corvington", "Car club rates", "Join the Lathe valley car club ›", "Car club: how it works"],
        "de": ["Carsharing-Stationen in Wendelstedt", "Carsharing-Tarife", "Jetzt Carsharing-Mitglied werden ›", "Carsharing in Wendelstedt: so geht's"],
        "es": ["Plazas de coche compartido en Almodéjar", "Tarifas del coche compartido", "Hazte socio del coche compartido ›", "Coche compartido: cómo funciona"],
    },
    "dogfouling": {
        "en": ["Dog fouling fines in Corvington", "Dog fouling penalties", "Report dog fouling ›", "Dog fouling: bins, fines and patrols"],
        "tr": ["Kuzukaya'da köpek dışkısı cezaları", "Köpek dışkısı ceza tablosu", "Toplanmamış dışkıyı bildirin ›", "Atık kutuları, cezalar ve devriyeler"],
        "fr": ["Déjections canines : les amendes à Saint-Orbain", "Barème des amendes canines", "Signaler des déjections ›", "Déjections canines : sacs, amendes, contrôles"],
        "ru": ["Штрафы за неубранное за собакой", "Размеры штрафов для владельцев собак", "Сообщить о нарушении правил выгула ›", "Выгул собак: урны, штрафы, рейды"],
    },
    "batteryrecycling": {
        "en": ["Where to recycle batteries in Corvington", "Battery and small electricals drop-off points", "Find your nearest battery drop-off ›", "Batteries and small electricals: what to do"],
        "de": ["Batterie-Sammelstellen in Wendelstedt", "Sammelstellen für Akkus und Elektrokleingeräte", "Nächste Sammelstelle finden ›", "Akkus und Kleingeräte richtig entsorgen"],
        "fr": ["Où déposer piles et batteries à Saint-Orbain", "Points de collecte des piles et petits appareils", "Trouver un point de collecte ›", "Piles et petits appareils : mode d'emploi"],
        "ru": ["Куда сдать батарейки в Усть-Ламенске", "Пункты приёма батареек и мелкой техники", "Найти ближайший пункт приёма ›", "Батарейки и мелкая техника: что делать"],
    },
}
NEW_STYLE_WORDING = {"carclub": [0, 1, 2, 3], "dogfouling": [0, 1, 2, 3], "batteryrecycling": [0, 1, 2, 3]}
# the car club: the bays with their cars and the hourly and daily rates; and how to join, who runs it, what is included
CLUB_BAYS = {
    "en": [("Linnet Way, Bramwick Green", "2 electric hatchbacks", "£5.50 an hour", "£45 a day"),
           ("Sheep Street, Corvington", "4 cars and 2 vans", "£6.00 an hour", "£52 a day"),
           ("Corvington station car park", "3 cars", "£5.50 an hour", "£45 a day")],
    "de": [("Am Mühlbach, Ecke Kastanienweg", "1 Elektro-Kleinwagen, 1 Kombi", "3,20 € pro Stunde", "39 € pro Tag"),
           ("Bahnhof Wendelstedt, P+R-Platz", "3 Autos", "3,20 € pro Stunde", "39 € pro Tag"),
           ("Rathausplatz Wendelstedt", "2 Autos, 1 Transporter", "3,90 € pro Stunde", "49 € pro Tag")],
    "es": [("Las Eras, junto al centro de salud", "3 turismos eléctricos", "4,00 € la hora", "36 € el día"),
           ("Plaza de la Constitución, Almodéjar", "2 turismos", "4,00 € la hora", "36 € el día"),
           ("Estación de autobuses de Almodéjar", "1 furgoneta", "5,50 € la hora", "48 € el día")],
}
CLUB_HEAD = {"en": ("Bay", "Vehicles", "Per hour", "Per day"), "de": ("Station", "Fahrzeuge", "pro Stunde", "pro Tag"),
             "es": ("Plaza", "Vehículos", "Por hora", "Por día")}
CLUB_INFO = {
    "en": [("Joining Lathe Valley Car Share", "apply online with your driving licence; £10 a year and the first hour free"),
           ("Who runs the Corvington bays", "Lathe Valley Car Share, a community interest company"),
           ("Included in the price", "charging, insurance and the first 50 miles of every booking")],
    "de": [("So werden Sie Mitglied", "online mit Führerschein anmelden, 5 € Monatsbeitrag, keine Aufnahmegebühr"),
           ("Betreiber", "Wendeltal Carsharing eG"),
           ("Im Preis enthalten", "Strom oder Kraftstoff, Versicherung und 100 Freikilometer pro Tag")],
    "es": [("Cómo darse de alta", "en la web o en la carpa de los sábados, con el carné de conducir; alta única de 20 €"),
           ("Gestiona el servicio", "Cooperativa de Movilidad del Jaramel"),
           ("Incluido en la tarifa", "la carga, el seguro y los primeros 80 km de cada reserva")],
}
# dog fouling: the offences with the fine and the reduced or repeat amount; and the bins, how to report, patrols
DOG_FINES = {
    "en": [("Not clearing up after your dog", "£100 fixed penalty", "£60 if paid within 10 days"),
           ("Dog in a fenced children's play area", "£100 fixed penalty", "£60 if paid within 10 days"),
           ("Refusing to give a warden your name", "£150", "no reduction")],
    "tr": [("Dışkıyı toplamamak", "1.200 TL idari para cezası", "15 gün içinde ödenirse 900 TL"),
           ("Çocuk oyun alanına köpekle girmek", "1.200 TL idari para cezası", "15 gün içinde ödenirse 900 TL"),
           ("Parkta tasmasız gezdirmek", "800 TL", "15 gün içinde ödenirse 600 TL")],
    "fr": [("Déjection non ramassée", "135 €", "90 € si réglée sous 15 jours"),
           ("Chien dans l'aire de jeux du parc du Moulin", "68 €", "45 € si réglée sous 15 jours"),
           ("Chien sans laisse dans un jardin public", "amende de 38 €", "pas de minoration")],
    "ru": [("Неубранные экскременты", "от 1 000 до 3 000 ₽", "при повторном нарушении до 5 000 ₽"),
           ("Выгул собаки на детской площадке", "от 2 000 до 4 000 ₽", "при повторном нарушении до 5 000 ₽"),
           ("Выгул без поводка в парке Победы", "от 500 до 1 000 ₽", "при повторном нарушении до 2 000 ₽")],
}
DOG_HEAD = {"en": ("Offence", "Fine", "Paid early"), "tr": ("İhlal", "Ceza", "Erken ödeme"),
            "fr": ("Infraction", "Amende", "Minorée"), "ru": ("Нарушение", "Штраф", "Повторно")}
DOG_INFO = {
    "en": [("Where the bins are", "at every gate of Lathe Park, along the river path and on Sheep Street"),
           ("How to report it", "online with a photo and the street name, or call 01632 961 440"),
           ("Warden patrols", "Tuesday, Thursday and Saturday mornings and Sunday afternoons")],
    "tr": [("Kutuların yerleri", "Yenidere Parkı girişleri, sahil yürüyüş yolu ve Cumhuriyet Meydanı"),
           ("Nasıl bildirilir", "fotoğrafla Beyaz Masa'ya ya da 153'ü arayarak"),
           ("Zabıta devriyeleri", "hafta içi 07.30–09.30 ile 17.30–19.30 arası")],
    "fr": [("Distributeurs de sacs", "parc du Moulin, quai de la Lère, place de l'Église et abords des écoles"),
           ("Signaler un trottoir souillé", "dans l'application de la mairie ou au 05 55 77 14 40"),
           ("Passages de la police municipale", "tous les jours de 7 h 30 à 9 h et de 17 h à 19 h")],
    "ru": [("Где стоят урны", "набережная Ламенки, сквер у Дома культуры, парк Победы"),
           ("Как сообщить", "фото нарушения на городском портале обращений или по телефону 8 (38122) 5-40-40"),
           ("Рейды административной комиссии", "по вторникам и субботам с 7 до 10 утра")],
}
# battery recycling: the drop-off points with what they take and when they are open; and the bag collections,
# what never goes in a bin, damaged batteries
BATTERY_POINTS = {
    "en": [("Corvington recycling centre, Moor Lane", "all household batteries, vapes and small electricals", "daily 8am to 6pm"),
           ("Haverleigh library, Church Walk", "household batteries only", "Tuesday to Saturday 9.30am to 5pm"),
           ("Supermarkets in Corvington and Sallowfield", "household batteries", "during shop opening hours")],
    "de": [("Wertstoffhof Wendelstedt, Industriestraße 9", "Batterien, Akkus und Elektrokleingeräte", "Mo–Fr 8–17 Uhr, Sa 8–13 Uhr"),
           ("Bürgerbüro im Rathaus Wendelstedt", "Gerätebatterien", "Mo–Do 8–15.30 Uhr, Fr 8–12.30 Uhr"),
           ("Supermärkte und Drogerien in Wendelstedt", "Gerätebatterien", "zu den üblichen Ladenöffnungszeiten")],
    "fr": [("Déchetterie des Graves, route de Vergnac", "piles, batteries et petits appareils électriques", "du lundi au samedi, 9 h–12 h et 14 h–18 h"),
           ("Accueil de la mairie de Saint-Orbain", "piles et ampoules", "du lundi au vendredi, 8 h 30–12 h"),
           ("Grandes surfaces de la vallée de la Lère", "piles et petites batteries", "aux heures d'ouverture des magasins")],
    "ru": [("Экоцентр, улица Заводская, 14", "батарейки, аккумуляторы и мелкая техника", "вторник–суббота с 9 до 18"),
           ("Школы № 2 и № 5 Усть-Ламенска", "батарейки", "в учебные дни с 8 до 15"),
           ("ТЦ «Ламенский», первый этаж", "батарейки и энергосберегающие лампы", "ежедневно с 10 до 21")],
}
BATTERY_HEAD = {"en": ("Drop-off point", "Takes", "Open"), "de": ("Sammelstelle", "Nimmt an", "Geöffnet"),
                "fr": ("Point de collecte", "Accepte", "Horaires"), "ru": ("Пункт приёма", "Принимает", "Часы работы")}
BATTERY_INFO = {
    "en": [("Battery bag collections", "put batteries in a clear bag on top of your recycling box on your usual collection day"),
           ("Never put in any bin", "vapes, power banks and e-bike or e-scooter batteries"),
           ("Damaged or swollen batteries", "tape over the ends and take them straight to the Moor Lane recycling centre")],
    "de": [("Abholung im Batteriebeutel", "jeden ersten Montag im Monat zusammen mit der Gelben Tonne"),
           ("Gehört in keine Tonne", "E-Zigaretten, Powerbanks und Akkus von E-Bikes und E-Scootern"),
           ("Beschädigte oder aufgeblähte Akkus", "Pole abkleben und direkt zum Wertstoffhof bringen")],
    "fr": [("Collecte des sacs à piles", "le deuxième mardi du mois, sac transparent posé sur le bac jaune"),
           ("Jamais dans un bac", "cigarettes électroniques, batteries externes, batteries de vélo et de trottinette"),
           ("Batterie gonflée ou abîmée", "isoler les bornes avec du ruban adhésif et l'apporter à la déchetterie")],
    "ru": [("Вывоз пакетов с батарейками", "каждую первую субботу месяца от управляющих компаний"),
           ("Нельзя бросать в контейнеры", "электронные сигареты, пауэрбанки и аккумуляторы самокатов"),
           ("Вздувшийся или повреждённый аккумулятор", "заклеить контакты изолентой и сдать в экоцентр")],
}
WIDGET_ROWS = (("carclub bays", CLUB_BAYS), ("carclub info", CLUB_INFO), ("dogfouling fines", DOG_FINES),
               ("dogfouling info", DOG_INFO), ("batteryrecycling points", BATTERY_POINTS), ("batteryrecycling info", BATTERY_INFO))
WIDGET_LANGS = {"carclub": ("en", "de", "es"), "dogfouling": ("en", "tr", "fr", "ru"), "batteryrecycling": ("en", "de", "fr", "ru")}


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Corvington market hall roof to be replaced this winter", "Haverleigh cricket club signs its first overseas player",
           "New footbridge over the Lathe opens at Eddlesford", "Sallowfield pub saved by a village share offer",
           "Bramwick Green school gets its first head teacher", "Lathe Park bandstand concerts return in June"],
    "tr": ["Kuzukaya sahil yoluna bisiklet kiralama noktası", "Yenidere'de pazar yeri çatısı yenilendi",
           "Akçalı köy okulu yeniden öğrenci alıyor", "Kuzukaya Devlet Hastanesi'ne yeni acil servis",
           "Kuzukayaspor sezonu iç sahada galibiyetle kapattı", "Kuzukaya limanında balıkçı barınağı genişliyor"],
    "de": ["Kirchgrunder Freibad öffnet mit neuem Sprungturm", "Wendelstedt bekommt einen zweiten Wochenmarkt-Tag",
           "Brücke über die Wendel wird ab Juni saniert", "Stadtbücherei Wendelstedt verlängert ihre Öffnungszeiten",
           "TSV Wendelstedt steigt in die Landesliga auf", "Neuer Radweg verbindet Kirchgrund und Wendelstedt"],
    "fr": ["Le pont de la Lère fermé deux semaines pour travaux", "Saint-Orbain inaugure sa nouvelle médiathèque",
           "La fête de la châtaigne revient en octobre", "Un second médecin s'installe à la maison de santé",
           "Le club de handball de Saint-Orbain monte en Nationale 3", "La piscine intercommunale rouvrira en juin"],
    "es": ["Almodéjar abre el nuevo parque junto al río Jaramel", "Navalcruz recupera su romería de mayo",
           "La piscina municipal de Almodéjar amplía su horario", "Comienzan las obras del centro de día de Las Eras",
           "El CD Almodéjar asciende a Primera Regional", "La biblioteca comarcal estrena club de lectura juvenil"],
    "ru": ["В Усть-Ламенске отремонтируют мост через Ламенку", "В Вешкине открылся новый фельдшерский пункт",
           "Городской парк Победы получит новое освещение", "Усть-ламенские школьники взяли призы на олимпиаде",
           "Стадион «Ламенка» готовят к летнему сезону", "В краеведческом музее открылась выставка о сплаве леса"],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Corvington", "Lathe valley villages", "Westmarsh courts", "Corvington schools", "Lathe valley sport", "Going out in Corvington", "Westmarsh notices"],
               cookie="We and a handful of partners store small files on your device so the Corvington pages load quickly, so we know which Lathe valley stories people read and so advertisers can count their audience. Allow all of them or decide one by one.",
               accept="Allow all and carry on reading", reject="Decide one by one", share="Pass this Corvington story on",
               related="Read next from the Lathe valley", newsletter="The Corvington Briefing: the valley's news by half past seven every morning",
               subscribe="Send me the Corvington Briefing", email="name@corvington-briefing.example",
               comment_note="A moderator reads every comment on a Corvington story before it appears. Please keep it civil and about Corvington.",
               closed="Comments are switched off on this Corvington story.",
               footer=["Write to the Corvington newsroom", "Corvington corrections and clarifications", "How Corvington handles your data", "Advertise in the Lathe valley", "Rules for Corvington commenters"],
               rights="Every word and picture from the Corvington newsroom belongs to its publisher; do not copy them without asking.",
               commenters=[("EddlesfordEric", "Took them long enough."),
                           ("Haverleigh_Jo", "Let's see how it looks in a year.")]),
    "tr": dict(nav=["Kuzukaya merkez", "Kuzukaya köyleri", "Kuzukaya adliye", "Kuzukaya eğitim", "Kuzukaya spor", "Kuzukaya'da gezilecek yerler", "Kuzukaya duyurular"],
               cookie="Kuzukaya sayfalarının hızlı açılması, hangi Kuzukaya haberlerinin okunduğunu bilmemiz ve reklamverenlerin okur sayısını görmesi için biz ve birkaç ortağımız cihazınıza küçük dosyalar kaydediyoruz. Hepsine izin verin ya da tek tek karar verin.",
               accept="Hepsine izin ver ve okumaya devam et", reject="Tek tek karar vereyim", share="Bu Kuzukaya haberini iletin",
               related="Kuzukaya'dan sırada", newsletter="Kuzukaya Sabah Notu: ilçenin haberleri her sabah yedi buçukta",
               subscribe="Kuzukaya Sabah Notu'nu gönder", email="adiniz@kuzukaya-sabah.example",
               comment_note="Kuzukaya haberlerine yazılan her yorum yayımlanmadan önce bir moderatör tarafından okunur. Saygılı olun, konuda kalın.",
               closed="Bu Kuzukaya haberinde yorumlar kapalı.",
               footer=["Kuzukaya haber merkezine yazın", "Kuzukaya düzeltme ve açıklamalar", "Kuzukaya'da kişisel verileriniz", "Kuzukaya'da ilan verin", "Kuzukaya yorum kuralları"],
               rights="Kuzukaya haber merkezinin her yazısı ve fotoğrafı yayıncısına aittir; izin almadan kopyalamayın.",
               commenters=[("Yenidereli_Sevgi", "Geç bile kaldılar."),
                           ("Kuzukayalı_Metin", "Bir yıl sonra nasıl olacak, görelim.")]),
    "de": dict(nav=["Wendelstedt", "Dörfer im Wendeltal", "Gericht Wendelstedt", "Schulen im Wendeltal", "Sport in Wendelstedt", "Ausgehen im Wendeltal", "Bekanntmachungen Wendelstedt"],
               cookie="Wir und einige Partner speichern kleine Dateien auf Ihrem Gerät, damit die Wendelstedter Seiten schnell laden, damit wir wissen, welche Berichte aus dem Wendeltal gelesen werden, und damit Werbekunden ihre Reichweite zählen können. Erlauben Sie alles oder entscheiden Sie einzeln.",
               accept="Alles erlauben und den Wendelstedter Bericht lesen", reject="Einzeln entscheiden", share="Diesen Wendelstedter Bericht weitergeben",
               related="Als Nächstes aus dem Wendeltal", newsletter="Das Wendelstedter Frühstück: die Nachrichten aus dem Tal jeden Morgen um halb acht",
               subscribe="Wendelstedter Frühstück bestellen", email="name@wendelstedter-fruehstueck.example",
               comment_note="Jeder Kommentar zu einem Wendelstedter Bericht wird vor dem Erscheinen gelesen. Bitte sachlich und beim Wendelstedter Thema bleiben.",
               closed="Die Kommentarfunktion ist bei diesem Wendelstedter Bericht ausgeschaltet.",
               footer=["An die Wendelstedter Redaktion schreiben", "Wendelstedter Korrekturen und Klarstellungen", "Wie Wendelstedt Ihre Daten behandelt", "Werben im Wendeltal", "Regeln für Wendelstedter Kommentare"],
               rights="Jeder Text und jedes Bild der Wendelstedter Redaktion gehört dem Verlag; bitte nicht ohne Nachfrage kopieren.",
               commenters=[("Kirchgrunder_Uwe", "Hat in Kirchgrund ja lange genug gedauert."),
                           ("Wendeltal_Marion", "Schauen wir mal, wie es in einem Jahr aussieht.")]),
    "fr": dict(nav=["Saint-Orbain", "Villages de la Lère", "Tribunal de Saint-Orbain", "Écoles de la Lère", "Sport à Saint-Orbain", "Sortir dans la vallée de la Lère", "Annonces légales de Saint-Orbain"],
               cookie="Nous et quelques partenaires enregistrons de petits fichiers sur votre appareil pour que les pages de Saint-Orbain s'affichent vite, pour savoir quels articles de la vallée de la Lère sont lus et pour que les annonceurs comptent leur audience. Acceptez tout ou choisissez un par un.",
               accept="Tout accepter et lire l'actualité de Saint-Orbain", reject="Choisir un par un", share="Faire suivre cet article de Saint-Orbain",
               related="À lire ensuite dans la vallée de la Lère", newsletter="Le Matin de la Lère : l'actualité de la vallée chaque jour à 7 h 30",
               subscribe="Recevoir le Matin de la Lère", email="nom@matin-de-la-lere.example",
               comment_note="Un modérateur lit chaque commentaire sur un article de Saint-Orbain avant sa mise en ligne. Restez courtois et parlez de Saint-Orbain.",
               closed="Les commentaires sont désactivés sur cet article de Saint-Orbain.",
               footer=["Écrire à la rédaction de Saint-Orbain", "Rectificatifs et précisions de Saint-Orbain", "Vos données à la rédaction de Saint-Orbain", "Annoncer dans la vallée de la Lère", "Règles des commentaires de Saint-Orbain"],
               rights="Chaque texte et chaque image de la rédaction de Saint-Orbain appartient à l'éditeur ; ne les copiez pas sans demander.",
               commenters=[("Josette_du_Moulin", "Il était temps, à Saint-Orbain."),
                           ("LèreVélo", "On en reparlera dans un an.")]),
    "es": dict(nav=["Almodéjar", "Pueblos del Jaramel", "Juzgado de Almodéjar", "Colegios del Jaramel", "Deporte en Almodéjar", "Qué hacer en el Jaramel", "Edictos de Almodéjar"],
               cookie="Nosotros y unos pocos socios guardamos pequeños archivos en tu dispositivo para que las páginas de Almodéjar carguen rápido, para saber qué noticias del Jaramel se leen y para que los anunciantes cuenten su audiencia. Acéptalos todos o decide uno a uno.",
               accept="Aceptar todo y leer las noticias de Almodéjar", reject="Decidir uno a uno", share="Reenvía esta noticia de Almodéjar",
               related="Lee a continuación en el Jaramel", newsletter="El Desayuno de Almodéjar: las noticias de la comarca cada mañana a las siete y media",
               subscribe="Quiero el Desayuno de Almodéjar", email="nombre@desayuno-almodejar.example",
               comment_note="Un moderador lee cada comentario de las noticias de Almodéjar antes de publicarlo. Con respeto y sin salirse del tema.",
               closed="Los comentarios están desactivados en esta noticia de Almodéjar.",
               footer=["Escribe a la redacción de Almodéjar", "Rectificaciones y aclaraciones de Almodéjar", "Cómo trata Almodéjar tus datos", "Anúnciate en el Jaramel", "Normas para comentar en Almodéjar"],
               rights="Cada texto y cada foto de la redacción de Almodéjar pertenece al editor; no los copies sin pedir permiso.",
               commenters=[("Pili_de_Navalcruz", "Ya les ha costado."),
                           ("JaramelRunner", "A ver cómo está dentro de un año.")]),
    "ru": dict(nav=["Усть-Ламенск", "Сёла Ламенского района", "Суд Усть-Ламенска", "Школы Усть-Ламенска", "Спорт Усть-Ламенска", "Досуг в Усть-Ламенске", "Объявления Усть-Ламенска"],
               cookie="Мы и несколько партнёров сохраняем на вашем устройстве небольшие файлы, чтобы страницы об Усть-Ламенске быстро открывались, чтобы знать, какие материалы о Ламенском районе читают, и чтобы рекламодатели могли подсчитать свою аудиторию. Разрешите всё или решите по отдельности.",
               accept="Разрешить всё и читать дальше", reject="Решить по отдельности", share="Переслать материал об Усть-Ламенске",
               related="Читайте далее об Усть-Ламенске", newsletter="«Утро Усть-Ламенска»: новости района каждый день в половине восьмого",
               subscribe="Получать «Утро Усть-Ламенска»", email="imya@utro-ust-lamensk.example",
               comment_note="Каждый комментарий к материалам об Усть-Ламенске перед публикацией читает модератор. Будьте вежливы и пишите по теме материала об Усть-Ламенске.",
               closed="Комментарии к этому материалу об Усть-Ламенске отключены.",
               footer=["Написать в редакцию Усть-Ламенска", "Исправления и уточнения редакции Усть-Ламенска", "Как редакция Усть-Ламенска обращается с данными", "Реклама в Усть-Ламенске", "Правила комментариев Усть-Ламенска"],
               rights="Все тексты и снимки редакции Усть-Ламенска принадлежат издателю; не копируйте их без спроса.",
               commenters=[("Вешкинская_Галина", "Долго же собирались."),
                           ("Ламенский_Олег", "Посмотрим, что будет через год.")]),
}
UI93 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, chunks ad labels
    (mp2, "LIVE"): {"en": dict(share="Send this Sallowfield update on", posted="Posted to the Star live page by {name}",
                               pinned="Pinned by the Star live desk", newer="New updates from Sallowfield: tap to load")},
    (mp2, "LIVE_AUTHORS"): {"en": ["Jess Pemberton", "Arif Sandhu"]},
    (mp3, "BROADCAST"): {"en": dict(watch="Watch on Westmarsh Today:", fallback="Sorry, this Westmarsh Today clip will not play on your device.",
                                    live="Westmarsh Today live", topics="More on these Westmarsh stories")},
    (mp5, "SQS"): {"en": dict(title="The Lathe Journal, once a month", desc="One long read from the valley every month, plus a list of what's on, and not a thing more.",
                              button="Send me the Journal", foot="One click unsubscribes you, whenever you like.",
                              prev="Earlier in the Journal", next="Later in the Journal", cookie_ok="That's fine, thanks")},
    (mp5, "BRIGHT"): {"de": dict(listen="Diesen Anzeiger-Artikel vorlesen lassen", promo="AUCH IM ANZEIGER",
                                 more="Weitere Meldungen aus Wendelstedt")},
    (mp6, "BITRIX"): {"ru": dict(agency="Информационное агентство «Ламенск-Пресс»", share="Поделиться новостью Усть-Ламенска",
                                 news="Все новости Усть-Ламенска", back="Вернуться к ленте новостей Усть-Ламенска")},
    (mp10, "WEBFLOW"): {"tr": dict(cc_text="Kuzukaya Rehber'in nasıl okunduğunu anlamak için çerez kullanıyoruz; izin vermezseniz yalnızca zorunlu olanlar çalışır.",
                                   cc_prefs="Kuzukaya Rehber çerez tercihleri", cc_deny="Yalnızca zorunlu çerezler", cc_allow="Kuzukaya Rehber çerezlerinin hepsine izin ver",
                                   back="← Kuzukaya Rehber ana sayfası", by="Söyleşiyi yapan", published="Kuzukaya Rehber'de yayın tarihi",
                                   mc_title="Kuzukaya Rehber her pazartesi e-postanızda", mc_email="Kuzukaya Rehber için e-posta adresiniz",
                                   mc_button="Pazartesi bültenine katıl", share="Bu söyleşiyi iletin", more="Kuzukaya Rehber'den daha fazlası")},
    (mp13, "PUB_NAV"): {"en": ["Latest from Corvington", "Corvington town hall", "Getting about", "Write for Corvington Common"]},
    (mp13, "TEASERS"): {"en": ["Scaffolding goes up in October and the hall stays open throughout.",
                               "The fast bowler arrives from Durban in April.",
                               "The old stepping stones will stay for the ducks.",
                               "Two hundred and twelve villagers bought shares at £50 each.",
                               "She moves from a school in Westmarsh with 26 years' experience.",
                               "The brass bands play every Sunday afternoon until September."]},
    (mp14, "BLOGGER"): {"tr": dict(follow="Akçalı'dan yeni yazılar e-postanıza gelsin:", follow_ph="Akçalı için e-posta adresiniz",
                                   follow_btn="Akçalı listesine yazıl",
                                   desc="Akçalı köyünden haberler, imeceler, düğünler ve hasat fotoğrafları.",
                                   bio="Akçalı muhtarı; köyün blogunu 2014'ten bu yana tutuyor.",
                                   comments=[("Hatice Çetin", "Ellerinize sağlık, çeşmenin sesini özlemiştik."),
                                             ("Ahmet Yurtsever", "Almanya'dan selamlar, fotoğrafları görünce gözlerim doldu.")])},
    (mp15, "TILDA"): {"fr": dict(nav=["L'actu de la vallée", "Saint-Orbain au quotidien", "Les communes de la Lère", "Écrire à Lère Infos"],
                                 by="Écrit pour Lère Infos par", sub_title="Lère Infos du vendredi",
                                 sub_text="Chaque vendredi, l'essentiel de la vallée de la Lère dans un seul e-mail.",
                                 ph="Votre adresse pour Lère Infos", button="Recevoir Lère Infos",
                                 ok="Merci, votre inscription à Lère Infos est enregistrée : confirmez-la dans l'e-mail que nous venons d'envoyer.",
                                 share="Partager cet article de Lère Infos", back="← Toute l'actualité de Lère Infos",
                                 about="Lère Infos, site d'information locale de la vallée de la Lère depuis 2021.",
                                 cookie="Lère Infos dépose des cookies pour mesurer son audience et faire fonctionner la lettre du vendredi.",
                                 cookie_ok="Compris, merci")},
    (mp16, "WIX"): {"de": dict(nav=["Willkommen in Kirchgrund", "Wer wir sind: der Bürgerverein Kirchgrund", "Neues aus dem Viertel", "Termine in Kirchgrund", "Im Bürgerverein mitmachen"],
                               footer="Bürgerverein Kirchgrund e.V. · Gemeindehaus, Lindenstraße 4 · Sprechstunde donnerstags 18–19 Uhr",
                               rights="© 2026 Bürgerverein Kirchgrund · gebaut mit Wix.com",
                               button="Rundbrief des Bürgervereins bestellen",
                               posts=["Frühjahrsputz im Mühlbachpark", "Neue Bänke für den Spielplatz Lindenstraße", "Protokoll der Mitgliederversammlung im März"],
                               tags=["Mühlbach-Quartier", "Parken in Kirchgrund"])},
    (mp18, "WEEBLY"): {"en": dict(nav=["Welcome to the allotments", "Plots and the waiting list", "Allotment society news", "Seed store and shop", "How to find Pit Farm Lane"],
                                  footer="Sallowfield Allotment Society · Pit Farm Lane, Sallowfield · shed open Saturdays 9am to noon",
                                  form_text="A short email before each work day and when the seed order goes in. That's all.",
                                  form_title="Allotment news by email", form_button="Put me on the plot list",
                                  bio="Pat has been society secretary since 2017 and grows the best leeks on the site, whatever the judges say.",
                                  cats=["Water and borehole", "Society meetings"],
                                  commenters=[("Plot 31 (Bernie)", "Brilliant work everyone, the tanks were full this morning."),
                                              ("Sallowfield WI", "Happy to bake again for the next one!")],
                                  free=True, heads="title", tld="org.uk", country="GB", currency="GBP")},
    (mp20, "R"): {"typo": R["typo"]},  # DLE's "select the error and press Ctrl+Enter" line
    (mp20, "DLE"): {"ru": dict(domain="ust-lamensk-online.ru", skin="Lamenka3", slogan="Усть-Ламенск Онлайн: новости города и Ламенского района",
                               menu=["Новости Усть-Ламенска", "Дворы и улицы", "Транспорт района", "Больница и поликлиника", "Спорт на Ламенке", "Куда сходить в выходные на Ламенке", "Письма читателей портала", "Реклама на портале Усть-Ламенска"],
                               cat_slug="proisshestviya", popular="Самое обсуждаемое в Усть-Ламенске",
                               poll=("Куда вы сдаёте старые батарейки?", ["Отношу в магазин", "Выбрасываю в мусор", "Коплю дома", "Сдаю в экоцентр"]),
                               tags=["мусоровоз", "батарейки", "региональный оператор"],
                               cloud=["мусоровоз", "батарейки", "улица Гагарина", "набережная Ламенки", "ремонт дорог в Усть-Ламенске", "автобусы района", "школы Ламенского района", "погода на Ламенке"],
                               commenters=[("lamenka_Sveta", "Наконец-то, а то у меня полный ящик батареек дома лежит."),
                                           ("Игорь Палыч", "А в Вешкино контейнер поставят или опять только в городе?"),
                                           ("gagarina_12", "Видел этот дым из окна, думал, гаражи горят.")],
                               poster="lamensk_online", editor="moderator_lamensk", reason="уточнено число контейнеров",
                               source_label="По сообщению:", source=("пресс-служба регионального оператора", "https://ecooperator-lamensk.example/press/"),
                               footer="© 2013–2026 «Усть-Ламенск Онлайн» — сетевое издание, свидетельство Эл № ФС 77-83516; при использовании материалов ссылка на ust-lamensk-online.ru обязательна",
                               contacts="Редакция: Усть-Ламенск, улица Советская, 21, офис 4; телефон +7 (38122) 3-44-12",
                               age="12+", style="br", wrap=("full-story", "full-text"))},
    (mp21, "ELEMENTOR"): {"es": dict(domain="diariodeljaramel.es", slogan="Noticias de Almodéjar, Navalcruz y los pueblos del Jaramel",
                                     menu=["Actualidad del Jaramel", "Almodéjar hoy", "Los pueblos del Jaramel", "Campo y olivar", "Deporte del Jaramel", "Fiestas y cultura en el Jaramel", "Quiénes hacemos el Diario del Jaramel"],
                                     button="Suscríbete al Diario del Jaramel",
                                     nl_title="La semana del Jaramel", nl_text="Cada domingo, un correo con lo más importante de la comarca.",
                                     nl_label="Tu correo para La semana del Jaramel", nl_ph="escribe@tucorreo.es",
                                     nl_button="Quiero La semana del Jaramel", nl_legal="Acepto la política de privacidad del Diario del Jaramel y quiero recibir su boletín.",
                                     nl_form="Boletín dominical del Jaramel", share_title="Comparte la noticia con tus vecinos",
                                     related_title="Más noticias del Jaramel", popular_title="Lo más leído en el Jaramel",
                                     ad_label="Publicidad de comercios del Jaramel", follow_title="El Diario del Jaramel en redes",
                                     tags=["coche compartido", "barrio de Las Eras", "movilidad en Almodéjar"],
                                     bio="Redactor del Diario del Jaramel desde 2019. Sigue la actualidad municipal de Almodéjar.",
                                     commenters=[("Maribel Sancho", "Yo ya me he apuntado, lo usaré para ir al hospital de la capital."),
                                                 ("Antonio de Las Eras", "Tres plazas para 380 pisos, a ver si llegan.")],
                                     about="Periódico digital de la comarca del Jaramel desde 2016, hecho desde Almodéjar.",
                                     sections_title="Secciones del Diario del Jaramel", legal_title="Información legal del Diario",
                                     legal=["Aviso legal del Diario del Jaramel", "Privacidad en el Diario del Jaramel", "Cookies del Diario del Jaramel", "Escribir al Diario del Jaramel"],
                                     copyright="© 2026 Diario del Jaramel · Edita Jaramel Medios S.L. · Prohibida la reproducción sin permiso del editor.",
                                     cookie_title="El Diario del Jaramel y tus cookies",
                                     cookie_text="El Diario del Jaramel usa cookies para saber cuántos vecinos nos leen y para mostrar anuncios de comercios de la comarca. Puedes aceptarlas, rechazarlas o elegir.",
                                     gtag="G-JRML93DX4Q", kit=14, header_id=112, footer_id=127, single_id=1388)},
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
# the new layout: a blog post on a site built with Strikingly, the Singapore-based site builder that small
# organisations use for one-page sites, as its Rails / React front end serves the post to a reader who has not yet
# answered the cookie banner -- an English residents' association on its free mystrikingly.com address and a
# Spanish cultural association on its own domain (both kind "small").  The page is what Strikingly's blog.show
# bundle renders: the <html> element with its schema.org and Open Graph namespaces, the head with the csrf metas,
# canonical and RSS links, the itemprop / Open Graph / Twitter metas, the favicon on custom-images.strikinglycdn.com,
# the preconnects, the webpack CSS bundle on static-assets.strikinglycdn.com, the theme's fonts from
# static-fonts-css.strikinglycdn.com, the site's CUSTOM_CODE markers, the s-font-* theme style, the bootstrapped
# state (window.$S with the site's page data, and $S.blogPostData with the post's meta and its blocks -- every
# blog section's rich text again, as Rails' JSON escaping writes it, with "<" as \u003c) and the Google tag; the
# body opening with the "Powered by Strikingly.com" comment, then the #s-page / s-page-wrapper shell: the navbar
# slide (s-section s-slide s-navbar-section: the s-logo and s-title components, the s-nav-items, the toggle),
# #s-content with its s-font-* classes holding the s-blog-content post view: the s-blog-header (the blurred cover
# image, the "back to blog" link, the s-blog-title component with the h1), the s-blog-header-bottom (the
# s-blog-info line with s-blog-date and s-blog-author: avatar and name), the s-blog-body with its s-repeatable
# block of s-blog-post-section items -- rich-text sections (s-component s-text → s-component-content s-font-body
# holding <p>, <h2>, <ul>, <blockquote>), an s-image section with its s-image-caption (caption and credit) after
# the opening paragraphs, and HTML sections (s-component s-html) for the blocks the editor pasted; a pasted line
# stays among the paragraphs of its rich-text section --, then the s-blog-footer (the share buttons in
# s-social-links, the Subscribe box with its s-title and s-rich-text-wrapper, the previous / next posts, the
# "All Posts" button) and the s-footer-logo "Made with Strikingly" badge with its tooltip; the site's footer slide
# (s-section s-slide s-footer-section: s-title, s-rich-text-wrapper, the s-social-links follow icons, the
# copyright line); the s-cookie-banner; #fb-root and the closing CUSTOM_CODE markers; and the webpack runtime,
# vendor and blog.show scripts.  The platform's strings (STK_CORE: the back link, the date format, "All Posts",
# the previous / next labels, the share label, the Subscribe box, the badge and its tooltip, the banner's buttons)
# are left as Strikingly ships them and not checked; the sites' own strings (STK_SITES: navigation, footer title
# and text, copyright line, the social accounts, the cookie banner's text) are.
# --------------------------------------------------------------------------
STK_CORE = {
    "en": dict(months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"], date="{m} {d}, {y}", locale="en",
               back="Back to Blog", all_posts="All Posts", prev="Previous", next="Next", share="Share", by="",
               sub_title="Subscribe",
               sub_text="Want to be notified when our article is published? Enter your email address and name below to be the first to know.",
               name_ph="Name", email_ph="Email Address", sub_button="SIGN UP FOR NEWSLETTER NOW",
               badge="Made with Strikingly", badge_tip="Create a site with Strikingly", accept="Accept", decline="Decline",
               menu="Menu"),
    "es": dict(months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                       "noviembre", "diciembre"], date="{d} de {m} de {y}", locale="es",
               back="Volver al blog", all_posts="Todas las entradas", prev="Anterior", next="Siguiente", share="Compartir", by="",
               sub_title="Suscribirse",
               sub_text="¿Quieres saber cuándo publicamos un artículo nuevo? Escribe tu correo electrónico y tu nombre para ser el primero en enterarte.",
               name_ph="Nombre", email_ph="Correo electrónico", sub_button="SUSCRÍBETE AL BOLETÍN",
               badge="Creado con Strikingly", badge_tip="Crea un sitio web con Strikingly", accept="Aceptar", decline="Rechazar",
               menu="Menú"),
}
STK_SITES = {
    "Bramwick Green Residents' Association": dict(
        lang="en", host="bramwickgreen.mystrikingly.com", permalink="bramwickgreen", plan="free", site_id=24890317,
        theme="s5-theme", fonts=("lato", "playfair-display", "lato", "lato"),
        font_css="Lato:400,700,400italic,700italic|Playfair+Display:400,700", colour="#2f6b4f", ga="G-BGRA7Q31LM",
        nav=["About Bramwick Green RA", "Bramwick Green news", "Meetings and minutes", "Join Bramwick Green RA", "Contact the committee"],
        footer_title="Bramwick Green Residents' Association",
        footer_text="Volunteers speaking up for the 412 homes of Bramwick Green since 2023. We meet on the second Tuesday of every month.",
        copyright="© 2026 Bramwick Green Residents' Association. Run by residents, for residents.",
        social=[("facebook", "https://www.facebook.com/bramwickgreenresidents"), ("instagram", "https://www.instagram.com/bramwickgreen_ra")],
        cookie="The Bramwick Green site uses cookies so it works properly and so we can count visitors. Say no and the site still works."),
    "Asociación Cultural La Era de Navalcruz": dict(
        lang="es", host="www.laeranavalcruz.es", permalink="laeranavalcruz", plan="limited", site_id=19604452,
        theme="bright", fonts=("open-sans", "montserrat", "montserrat", "open-sans"),
        font_css="Montserrat:400,700|Open+Sans:400,700,400italic,700italic", colour="#b5542c", ga="G-LAERA2K8VN",
        nav=["Quiénes somos en La Era", "Noticias de La Era", "Actividades en Navalcruz", "Hazte socio de La Era", "Escríbenos a La Era"],
        footer_title="Asociación Cultural La Era de Navalcruz",
        footer_text="Cine de verano, teatro en la plaza y talleres para mayores y pequeños en Navalcruz desde 1998. Local social en la calle del Pilar, 3.",
        copyright="© 2026 Asociación Cultural La Era de Navalcruz. Inscrita en el registro provincial de asociaciones.",
        social=[("facebook", "https://www.facebook.com/laeranavalcruz"), ("whatsapp", "https://wa.me/34925000398")],
        cookie="La web de La Era usa cookies para funcionar y para contar las visitas. Si las rechazas, la web seguirá funcionando."),
}
STK_EXEMPT = {"lang", "host", "permalink", "plan", "site_id", "theme", "fonts", "font_css", "colour", "ga", "social"}
# residue the editor pasted as a block of its own goes into an HTML section of its own; a pasted line stays among
# the paragraphs of the rich-text section
STK_OWN_SECTION = re.compile(r"^<(div class=|aside|figure|blockquote|table)")


def stk_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return STK_CORE[lang]["date"].format(d=d, m=STK_CORE[lang]["months"][m - 1], y=y)


def stk_block(kind, val):
    """One block of the story as Strikingly's rich-text editor saves it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def stk_json(obj):
    """JSON as Rails' to_json writes it into the page: <, > and & escaped as \\u003c, \\u003e and \\u0026."""
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def tpl_strikingly(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = STK_CORE[lang], STK_SITES[site]
    base = "https://" + s["host"]
    post_slug = wp_slug(art["title"], 60)
    url = "%s/blog/%s" % (base, post_slug)
    blocks, n = art["blocks"], len(art["blocks"])
    uid = rng.randint(10**6, 10**7 - 1)
    img_key = "%d/%d_%06d" % (uid, rng.randint(100000, 999999), rng.randint(0, 999999))
    cdn = "https://custom-images.strikinglycdn.com/res/hrscywv4p/image/upload"
    cover = "%s/c_limit,fl_lossy,h_720,w_1440,f_auto,q_auto/%s.jpg" % (cdn, img_key)
    body_img = "%s/c_limit,fl_lossy,h_9000,w_1200,f_auto,q_auto/%d/%d_%06d.jpg" % (cdn, uid, rng.randint(100000, 999999), rng.randint(0, 999999))
    bundle, runtime, vendors = ("%020x" % rng.getrandbits(80) for _ in range(3))
    csrf = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(86)) + "=="
    slots = safe_slots(art, 1) or [n]
    img_at = slots[0]

    def sec_id():
        return "f_%08x-%04x-4%03x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                 0x8000 | rng.getrandbits(14), rng.getrandbits(48))

    # the post's sections: rich text, the image, pasted HTML
    sections, run = [], []

    def flush():
        if run:
            sections.append(("text", "\n".join(run)))
            del run[:]

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if STK_OWN_SECTION.match(snip):
                flush()
                sections.append(("html", snip))
            else:
                run.append(snip)
        if i == img_at:
            flush()
            sections.append(("image", None))
        if i == n:
            break
        run.append(stk_block(*blocks[i]))
    flush()
    wrap = ('<div class="s-block-item s-repeatable-item s-block-sortable-item s-blog-post-section blog-section">'
            '<div class="container"><div class="sixteen columns">%s</div></div></div>')
    parts, json_blocks = [], []
    for kind, html in sections:
        sid = sec_id()
        if kind == "text":
            parts.append(wrap % ('<div class="s-component s-text"><div class="s-component-content s-font-body">\n%s\n</div></div>' % html))
            json_blocks.append({"type": "Blog.Section", "id": sid, "defaultValue": None,
                                "component": {"type": "RichText", "defaultValue": False, "value": html, "backupValue": None, "version": 1}})
        elif kind == "image":
            parts.append(wrap % ('<div class="s-component s-image"><div class="s-component-content"><div class="s-img-wrapper">'
                                 '<img class="s-img" src="%s" alt="%s" loading="lazy" width="1200" height="800"></div>'
                                 '<div class="s-image-caption s-font-body">%s %s</div></div></div>') % (
                body_img, A(art["caption"]), E(art["caption"]), E(art["credit"])))
            json_blocks.append({"type": "Blog.Section", "id": sid, "defaultValue": None,
                                "component": {"type": "Image", "defaultValue": None, "link_url": "", "thumb_url": body_img,
                                              "url": body_img, "caption": "%s %s" % (art["caption"], art["credit"]),
                                              "description": "", "storageKey": body_img.rsplit("/", 2)[-2] + "/" + body_img.rsplit("/", 1)[-1][:-4],
                                              "storage": "c", "format": "jpg", "h": 800, "w": 1200, "s": rng.randint(90000, 480000),
                                              "new_target": True, "noCompression": None, "cropMode": None, "focus": {}}})
        else:
            parts.append(wrap % ('<div class="s-component s-html"><div class="s-component-content s-html-content">\n%s\n</div></div>' % html))
            json_blocks.append({"type": "Blog.Section", "id": sid, "defaultValue": None,
                                "component": {"type": "HtmlComponent", "id": rng.randint(10**7, 10**8), "defaultValue": False,
                                              "value": html, "render_as_iframe": False, "selected_app_name": "HtmlApp",
                                              "app_list": "{\"HtmlApp\":%d}" % rng.randint(10**6, 10**7)}})
    body = "\n".join(parts)
    post_id = rng.randint(10**7, 10**8)
    hh, mi = rng.randint(7, 21), rng.randint(0, 59)
    published = "%sT%02d:%02d:%02d.000Z" % (art["date"], hh, mi, rng.randint(0, 59))
    heads = rng.sample(HEADLINES[lang], 2) if lang in HEADLINES else []
    s_data = {"pageData": {"type": "Blog.Post", "id": post_id, "siteId": s["site_id"], "permalink": s["permalink"],
                           "plan": s["plan"], "isPro": s["plan"] == "pro",
                           "customDomain": None if s["host"].endswith(".mystrikingly.com") else s["host"], "locale": c["locale"],
                           "theme": {"name": s["theme"], "fonts": dict(zip(("body", "title", "heading", "button"), s["fonts"]))},
                           "showStrikinglyLogo": s["plan"] != "pro", "showCookieNotification": True},
              "conf": {"SITE_ID": s["site_id"], "IS_BLOG": True, "ASSET_URL": "https://static-assets.strikinglycdn.com",
                       "CUSTOM_IMAGES_URL": cdn, "GA_ID": s["ga"]}}
    blog_data = {"blogPostMeta": {"id": post_id, "title": art["title"], "slug": post_slug, "blurb": art["sub"],
                                  "createdAt": days_before(art["date"], rng.randint(1, 4)) + "T09:12:40.000Z",
                                  "publishedAt": published, "updatedAt": published, "authorName": art["byline"],
                                  "coverImage": {"url": cover, "thumbUrl": cover.replace("h_720,w_1440", "h_300,w_600")},
                                  "blocks": json_blocks},
                 "pageMeta": {"blogSettings": {"previewLayout": 1, "hasSubscriptionBox": True, "showAuthor": True,
                                               "showDate": True, "showSocialShare": True},
                              "siteTitle": site, "navLinks": [{"title": x, "url": "/#" + wp_slug(x, 30)} for x in s["nav"]],
                              "footer": {"title": s["footer_title"], "text": s["footer_text"], "copyright": s["copyright"]}},
                 "socialMediaConfig": {"url": url, "title": art["title"], "description": art["sub"], "image": cover,
                                       "fbAppId": "138736959550286"}}
    nav = "".join('<li class="s-nav-item"><a class="s-nav-link s-font-body" href="/#%s">%s</a></li>' % (wp_slug(x, 30), E(x)) for x in s["nav"])
    shares = [("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + quote(url, safe="")),
              ("twitter", "https://twitter.com/intent/tweet?url=" + quote(url, safe="") + "&amp;text=" + quote(art["title"], safe="")),
              ("linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url=" + quote(url, safe=""))]
    share = "".join('<a class="s-social-icon s-social-%s" href="%s" target="_blank" rel="noopener" aria-label="%s"><i class="entypo-%s"></i></a>'
                    % (k, u, k.capitalize(), k) for k, u in shares)
    follow = "".join('<a class="s-social-icon s-social-%s" href="%s" target="_blank" rel="noopener" aria-label="%s"><i class="entypo-%s"></i></a>'
                     % (k, u, k.capitalize(), k) for k, u in s["social"])
    prevnext = "".join('<a class="s-blog-%s" href="/blog/%s"><span class="s-blog-nav-label">%s</span><span class="s-blog-nav-title">%s</span></a>'
                       % (cls, wp_slug(h, 60), E(label), E(h)) for cls, label, h in zip(("prev", "next"), (c["prev"], c["next"]), heads))
    fb, ft, fh, fbtn = s["fonts"]
    font_name = {"lato": "lato", "playfair-display": "'Playfair Display'", "open-sans": "'Open Sans'", "montserrat": "montserrat"}
    style = " ".join("#s-content.s-font-%s-%s .s-font-%s{font-family:%s,sans-serif}" % (k, f, k, font_name[f])
                     for k, f in (("body", fb), ("title", ft), ("heading", fh), ("button", fbtn)))
    badge_href = ("https://www.strikingly.com/s/?ref=logo&amp;permalink=%s&amp;custom_domain=%s&amp;prefill_theme=%s&amp;"
                  "use_template=0&amp;via=blog-footer&amp;source=logo") % (s["permalink"], s["host"], s["theme"])
    badge = ('<div class="s-footer-logo-wrapper"><div class="s-component s-footer-logo" style="display:block"><span>'
             '<a class="logo-link" target="_parent" href="%s">%s</a><div class="logo-hover"></div>'
             '<div class="s-footer-logo-tooltip"><div class="tooltip-container"><div class="tooltip-white">%s</div></div></div>'
             '</span></div></div>') % (badge_href, E(c["badge"]), E(c["badge_tip"])) if s["plan"] != "pro" else ""
    y, m, d = (int(x) for x in art["date"].split("-"))
    title = "%s - %s" % (art["title"], site)
    return f'''<!DOCTYPE html>
<html itemscope itemtype="http://schema.org/WebPage" lang="{lang}" xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://ogp.me/ns#" xmlns:fb="https://www.facebook.com/2008/fbml">
<head>
<title>{E(title)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="width=device-width, initial-scale=1.0, maximum-scale=1.0" id="viewport" name="viewport">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{A(csrf)}" />
<link href="{url}" rel="canonical" />
<link rel="alternate" type="application/rss+xml" title="{A(site)}" href="{base}/blog/feed.xml" />
<meta content="{A(art["title"])}" itemprop="name" />
<meta content="{A(art["sub"])}" name="description" />
<meta content="{A(art["sub"])}" itemprop="description" />
<meta content="{cover}" itemprop="image" />
<meta content="{A(site)}" property="og:site_name" />
<meta content="{A(art["title"])}" property="og:title" />
<meta content="{url}" property="og:url" />
<meta content="{cover}" property="og:image" />
<meta content="{A(art["sub"])}" property="og:description" />
<meta content="article" property="og:type" />
<meta content="summary_large_image" name="twitter:card" />
<meta content="{A(art["title"])}" name="twitter:title" />
<meta content="{cover}" name="twitter:image" />
<link rel="icon" type="image/png" href="{cdn}/c_limit,fl_lossy,h_64,w_64,f_auto,q_auto/{uid}/favicon.png">
<link rel="preconnect" href="https://static-assets.strikinglycdn.com" crossorigin>
<link rel="preconnect" href="https://custom-images.strikinglycdn.com" crossorigin>
<link rel="stylesheet" media="screen" href="https://static-assets.strikinglycdn.com/webpack/blog.show.{bundle}.bundle.css" />
<link rel="stylesheet" media="screen" href="https://static-fonts-css.strikinglycdn.com/css?family={s["font_css"].replace("|", "%7C")}&amp;display=swap" />
<!-- CUSTOM_CODE_START -->
<!-- CUSTOM_CODE_END -->
<style type="text/css">{style} .s-common-button,.s-blog-back-link{{color:{s["colour"]}}} .s-cookie-banner{{position:fixed;bottom:0;left:0;right:0;z-index:1000}}</style>
<style type="text/css" data-emotion=""></style>
<script>window.$S={stk_json(s_data)};</script>
<script>$S.blogPostData={stk_json(blog_data)};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id={s["ga"]}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{s["ga"]}',{{anonymize_ip:true}});</script>
</head>
<body class="s-blog-page s-{s["theme"]} s-plan-{s["plan"]}">
<!-- Powered by Strikingly.com 4 (1) {STK_CORE["en"]["months"][m - 1][:3]} {d}, {y} at {hh:02d}:{mi:02d}-->
<div id="s-page" class="s-page-wrapper s-variation-default">
<div class="s-navbar-wrapper"><div class="s-section s-slide s-navbar-section s-nav-fixed" id="s-navbar"><div class="container"><div class="sixteen columns">
<div class="s-component s-logo"><a class="s-logo-link" href="/"><img src="{cdn}/c_limit,fl_lossy,h_120,w_120,f_auto,q_auto/{uid}/logo.png" alt="{A(site)}"></a></div>
<div class="s-component s-title s-font-title"><a href="/">{E(site)}</a></div>
<ul class="s-nav-items">{nav}</ul>
<button class="s-nav-toggle" type="button" aria-label="{A(c["menu"])}"><span></span><span></span><span></span></button>
</div></div></div></div>
<div id="s-content" class="s-variation-default s-font-body-{fb} s-font-title-{ft} s-font-heading-{fh} s-font-button-{fbtn}">
<div class="s-blog-content">
<div class="s-blog-header">
<div class="s-blog-header-inner s-bg-image s-bg-blurred s-bg-light-text s-bg-overlay" data-bg="{cover}" style="background-repeat:no-repeat;background-size:cover;background-position:50% 50%;background-image:url({cover})">
<div class="blurred-layer"></div>
<div class="table-row-wrap"><div class="container"><div class="sixteen columns"><a target="_self" href="/blog" class="s-blog-back-link"><span class="left-arrow entypo-left-open-big"></span>{E(c["back"])}</a></div></div></div>
<div class="s-blog-header-content s-blog-padding s-edit-dark"><div class="container"><div class="sixteen columns">
<div class="s-component s-text"><div class="s-component-content s-font-title s-blog-title"><h1>{E(art["title"])}</h1></div></div>
</div></div></div>
</div>
<div class="s-blog-header-bottom"><div class="container"><div class="sixteen columns"><div class="s-blog-info s-font-body"><span class="s-blog-date">{E(stk_date(lang, art["date"]))}</span><span class="s-blog-info-separator">·</span><span class="s-blog-author"><span class="s-blog-author-avatar" style="background-image:url({cdn}/c_fill,h_80,w_80/{uid}/avatar.jpg)"></span><span class="s-blog-author-name">{E(art["byline"])}</span></span></div></div></div></div>
</div>
<div class="s-blog-body s-blog-padding">
<div class="s-repeatable s-block s-component s-mh">
{body}
</div>
</div>
<div class="s-blog-footer s-font-body s-blog-body">
<div class="s-blog-footer-inner"><div class="container"><div class="sixteen columns">
<div class="s-blog-footer-toolbar social-buttons"><span class="s-blog-share-label">{E(c["share"])}</span><div class="s-social-links s-share-buttons">{share}</div></div>
<div class="s-blog-subscribe"><div class="s-component s-text s-title s-font-heading"><h3>{E(c["sub_title"])}</h3></div><div class="s-rich-text-wrapper s-font-body"><p>{E(c["sub_text"])}</p></div>
<form class="s-blog-subscribe-form" data-post-id="{post_id}"><input class="s-input" type="text" name="name" placeholder="{A(c["name_ph"])}"><input class="s-input" type="email" name="email" placeholder="{A(c["email_ph"])}"><button class="s-common-button s-font-button" type="submit">{E(c["sub_button"])}</button></form></div>
<div class="s-blog-footer-nav">{prevnext}</div>
<div class="s-blog-all-posts"><a class="s-common-button s-font-button" href="/blog">{E(c["all_posts"])}</a></div>
</div></div></div>
{badge}
</div>
</div>
</div>
<div class="s-section s-slide s-footer-section" id="s-footer"><div class="container"><div class="sixteen columns">
<div class="s-component s-text s-title s-font-title"><div class="s-component-content"><h2>{E(s["footer_title"])}</h2></div></div>
<div class="s-component s-text s-rich-text-wrapper"><div class="s-component-content s-font-body"><p>{E(s["footer_text"])}</p></div></div>
<div class="s-component s-social-links">{follow}</div>
<div class="s-component s-text s-copyright"><div class="s-component-content s-font-body"><p>{E(s["copyright"])}</p></div></div>
</div></div></div>
</div>
<div id="s-cookie-notice" class="s-cookie-banner s-font-body" role="dialog" aria-live="polite" style="display:none"><div class="s-cookie-banner-inner"><p class="s-cookie-banner-text">{E(s["cookie"])}</p><div class="s-cookie-banner-buttons"><button class="s-cookie-banner-decline" type="button">{E(c["decline"])}</button><button class="s-common-button s-cookie-banner-accept" type="button">{E(c["accept"])}</button></div></div></div>
<div id="fb-root"></div>
<!-- CUSTOM_CODE_START -->
<!-- CUSTOM_CODE_END -->
<script src="https://static-assets.strikinglycdn.com/webpack/runtime~blog.show.{runtime}.bundle.js"></script>
<script src="https://static-assets.strikinglycdn.com/webpack/vendors~blog.show.{vendors}.bundle.js"></script>
<script src="https://static-assets.strikinglycdn.com/webpack/blog.show.{bundle}.bundle.js"></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Strikingly's rich-text editor and the earlier layouts used here set inline text as make_pages does)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"strikingly": ["caption"]}  # (the post's image section with its caption, between the text sections)
for _mod, _names in ((mp2, ["liveblog"]), (mp3, ["broadcaster", "substack"]), (mp4, ["gutenberg", "chunks"]),
                     (mp5, ["squarespace", "brightspot"]), (mp6, ["bitrix"]), (mp7, ["k2"]), (mp10, ["webflow"]),
                     (mp13, ["medium"]), (mp14, ["blogger"]), (mp15, ["tilda"]), (mp16, ["wix"]), (mp18, ["weebly"]),
                     (mp20, ["dle"]), (mp21, ["elementor"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "carclub", "dogfouling", "batteryrecycling"]
NEW_FAMILIES = ["carclub", "dogfouling", "batteryrecycling"]
# what an earlier docstring would say if it had described one of them (make_heldout74.py's summary mentions
# batteries among the things an amnesty day takes, and make_heldout40.py's "prices at a recycling point", so the bare
# "batteries" and "recycling point" are not listed)
NEW_FAMILY_WORDS = {"carclub": ["carclub", "car club", "car-club", "car sharing", "car-sharing", "carsharing",
                                "coche compartido", "hourly and daily rates"],
                    "dogfouling": ["dogfouling", "dog fouling", "dog-fouling", "dog mess", "dog waste", "dog poo",
                                   "déjections canines", "bin map"],
                    "batteryrecycling": ["batteryrecycling", "battery recycling", "battery-recycling", "battery drop-off",
                                         "small electricals", "bag collection days", "piles et batteries"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small site (a residents' association, a cultural association, an allotment society, a village blog)
# would not carry: no newsroom to credit a photograph to, to update a story or to have reporters
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
# a one-person newsletter on Substack: no newsroom, no ads, no app
NOT_ON_INDIE = {"ad", "app", "push", "typo", "standards", "section", "continue", "audio", "related", "bio", "credit",
                "updated", "bookmark", "print", "feedback", "tip", "readtime", "photo"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="map-gate-kt9"><p class="map-gate-kt9__t">%s</p><button class="map-gate-kt9__b" type="button">Load map</button></div>',
               '<p class="cookie-wall-line-kt9">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="six-oclock-box-kt9"><p class="six-oclock-box-kt9__t">%s</p><a class="six-oclock-box-kt9__a" href="/newsletters/six">&#8594;</a></div>',
                   '<p class="meter-note-kt9">%s</p>', '<h5 class="inbox-pitch-kt9">%s</h5>'],
    "share": ['<ul class="tell-town-kt9">{items}</ul>', '<div class="tell-town-bar-kt9">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="supplied-pic-kt9">%s</p>', '<span class="supplied-pic-chip-kt9">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="rights-held-kt9">%s</p>', '<div class="ask-desk-kt9"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="valley-pages-kt9">%s</p>', '<h6 class="valley-strip-kt9">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="fleuron-kt9">%s</p>', '<div class="break-mark-kt9">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="extra-reporting-kt9">%s</p>', '<div class="team-credit-kt9">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="title-echo-kt9"><b>%s</b></p>', '<h2 class="title-again-kt9">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-slot-kt9">%s</div>', '<p class="paid-note-kt9">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-kt9"><a href="#more">%s</a></p>', '<div class="expand-story-kt9">%s</div>', '<div><a href="#more"><b>%s</b></a></div>'],
    "comments": ['<p class="had-their-say-kt9"><a href="#comments">%s</a></p>', '<div class="say-count-kt9">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="read-mins-kt9">%s</p>', '<span class="read-mins-chip-kt9">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-line-kt9"><time>%s</time></p>', '<div class="revised-box-kt9">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-kt9"><button class="read-aloud-kt9__play" type="button" aria-label="Play"></button><span class="read-aloud-kt9__l">%s</span></div>',
              '<p class="listen-link-kt9"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="put-right-kt9"><p>%s</p></aside>', '<p class="rectified-kt9"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-first-kt9"><p class="phone-first-kt9__t">%s</p><a class="phone-first-kt9__a" href="/app">&#8681;</a></div>',
            '<p class="get-app-line-kt9">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="writer-card-kt9"><p class="writer-card-kt9__t">%s</p></div>', '<p class="covers-beat-kt9"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="tell-newsroom-kt9"><p>%s</p></div>', '<p class="newsroom-phone-kt9">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="error-spot-kt9"><p>%s</p></div>', '<p class="ctrl-report-kt9">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="breaking-ask-kt9"><p class="breaking-ask-kt9__q">%s</p></div>', '<ul class="breaking-opts-kt9">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="story-options-kt9">{items}</ul>', '<p class="options-row-kt9">%s</p>', '<div><a href="?print=yes">%s</a></div>'],
    "feedback": ['<div class="did-it-help-kt9"><p class="did-it-help-kt9__q">%s</p></div>', '<ul class="help-votes-kt9">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="code-note-kt9"><p>%s</p></div>', '<p class="concerns-to-kt9"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-kt9"><span class="more-on-kt9__t">%s</span></div>', '<ul class="more-on-list-kt9">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-kt9"><a class="keep-later-kt9__a" href="#keep">%s</a></div>', '<p class="keep-line-kt9"><a href="#keep">%s</a></p>',
                 '<div><a href="#keep">%s</a></div>'],
    "poll": ['<div class="your-view-kt9"><p class="your-view-kt9__q">%s</p><button class="your-view-kt9__b" type="button">Vote</button></div>',
             '<ul class="your-view-opts-kt9">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-kt9"><a class="clip-facade-kt9__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({clublist}: the bays with their vehicles and hourly and daily rates, and how
    # to join, the operator and what is included, as a list; {clubrows}: the bays as a table; {clubdl}: joining,
    # operator and what is included as a definition list; {doglist}: the offences with their fines, and where the bins
    # are, how to report and the patrols, as a list; {dogrows}: the fines as a table; {dogdl}: bins, reporting and
    # patrols as a definition list; {batterylist}: the drop-off points with what they take and when they open, and
    # the bag collections, what never goes in a bin and damaged batteries, as a list; {batteryrows}: the points as a
    # table; {batterydl}: collections, what never goes in a bin and damaged batteries as a definition list)
    "carclub": ['<div class="share-car-bays"><h4 class="share-car-bays__hd">%s</h4><ul class="share-car-bays__list">{clublist}</ul></div>',
                '<div class="share-car-rates"><p class="share-car-rates__hd"><strong>%s</strong></p><table class="share-car-rates__tbl">{clubrows}</table></div>',
                '<p class="share-car-join"><a class="share-car-join__a" href="/car-club/join">%s</a></p>',
                '<div class="share-car-card"><h5 class="share-car-card__hd">%s</h5><dl class="share-car-card__dl">{clubdl}</dl></div>'],
    "dogfouling": ['<aside class="pavement-fines"><h4 class="pavement-fines__hd">%s</h4><ul class="pavement-fines__list">{doglist}</ul></aside>',
                   '<div class="pavement-penalty-grid"><p class="pavement-penalty-grid__hd"><b>%s</b></p><table class="pavement-penalty-grid__tbl">{dogrows}</table></div>',
                   '<p class="pavement-report-btn"><a class="pavement-report-btn__a" role="button" href="/report/dog-fouling">%s</a></p>',
                   '<div class="pavement-bins-card"><h5 class="pavement-bins-card__hd">%s</h5><dl class="pavement-bins-card__dl">{dogdl}</dl></div>'],
    "batteryrecycling": ['<div class="cell-dropoff-panel"><h4 class="cell-dropoff-panel__hd">%s</h4><ul class="cell-dropoff-panel__list">{batterylist}</ul></div>',
                         '<div class="cell-points-grid"><p class="cell-points-grid__hd"><strong>%s</strong></p><table class="cell-points-grid__tbl">{batteryrows}</table></div>',
                         '<p class="cell-finder-btn"><a class="cell-finder-btn__a" role="button" href="/recycling/batteries">%s</a></p>',
                         '<div class="cell-rules-card"><h5 class="cell-rules-card__hd">%s</h5><dl class="cell-rules-card__dl">{batterydl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>– %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/six"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<b>%s</b> / ']),
          "carclub": (0.0, [' <a href="/car-club/join"><strong>%s</strong></a>']),
          "batteryrecycling": (0.0, [' <a class="button" href="/recycling/batteries"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "carclub": 2, "batteryrecycling": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-kt9"><img src="/media/{id}-3.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="620"><br><small>{cap} / {cr}</small></p>']
RELATED_STYLES = ['<div class="valley-links-kt9"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="elsewhere-kt9"><p class="elsewhere-kt9__hd">%s</p><ul>%s</ul></aside>',
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




# the tables' heads (CLUB_HEAD, DOG_HEAD, BATTERY_HEAD, above), as the web teams left them (not checked)


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
    if "{club" in style:
        out = (out.replace("{clublist}", "".join('<li><strong>%s</strong>: %s, %s or %s</li>' % tuple(esc(x) for x in r) for r in CLUB_BAYS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CLUB_INFO[lang]))
               .replace("{clubrows}", table(CLUB_HEAD[lang], CLUB_BAYS[lang])).replace("{clubdl}", dl(CLUB_INFO[lang])))
    if "{dog" in style:
        out = (out.replace("{doglist}", "".join('<li><strong>%s</strong>: %s (%s)</li>' % tuple(esc(x) for x in r) for r in DOG_FINES[lang])
                           + "".join('<li><b>%s</b> – %s</li>' % (esc(k), esc(v)) for k, v in DOG_INFO[lang]))
               .replace("{dogrows}", table(DOG_HEAD[lang], DOG_FINES[lang])).replace("{dogdl}", dl(DOG_INFO[lang])))
    if "{battery" in style:
        out = (out.replace("{batterylist}", "".join('<li><strong>%s</strong> · %s · %s</li>' % tuple(esc(x) for x in r) for r in BATTERY_POINTS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in BATTERY_INFO[lang]))
               .replace("{batteryrows}", table(BATTERY_HEAD[lang], BATTERY_POINTS[lang])).replace("{batterydl}", dl(BATTERY_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "carclub": rng.choice([mid, n, n]),
               "dogfouling": rng.choice([mid, n]), "batteryrecycling": rng.choice([mid, n, n])}.get(fam, mid)
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














# --------------------------------------------------------------------------
# story text set the way the site's editor set it ("look"; all of it story text, in the truth)
# --------------------------------------------------------------------------
BR = "\ue000"  # a line break typed inside a paragraph (rendered as <br>)
LOOK_STYLES = {"dropcap", "bold", "italic", "highlight", "box", "factbox", "callout", "br"}
# per layout: a class added to the paragraph ("class", name), a span around the first letter ("span", markup), or a
# wrapper around the element(s) ("wrap", open, close)
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap")}
BOX = {"wordpress": ("wrap", '<div class="wp-block-group has-background" style="background-color:#f3efe4">\n', "\n</div>")}
FACTBOX = {"gutenberg": ("wrap", '<div class="wp-block-group is-style-fact-box has-light-gray-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🔔</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"strikingly": ("<strong>", "</strong>")}
ITALIC = {"strikingly": ("<em>", "</em>"), "brightspot": ("<em>", "</em>")}
# a highlight (the rich editor's <mark>)
HIGHLIGHT = {}
# the looks Strikingly's rich-text editor can set
STK_LOOKS = ("bold", "italic", "br")


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
# templates: strikingly is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"strikingly": tpl_strikingly, "liveblog": mp2.tpl_liveblog, "nextjs": mp2.tpl_nextjs,
                 "broadcaster": mp3.tpl_broadcaster, "substack": mp3.tpl_substack, "gutenberg": mp4.tpl_gutenberg,
                 "chunks": mp4.tpl_chunks, "squarespace": mp5.tpl_squarespace, "brightspot": mp5.tpl_brightspot,
                 "bitrix": mp6.tpl_bitrix, "k2": mp7.tpl_k2, "webflow": mp10.tpl_webflow, "medium": mp13.tpl_medium,
                 "blogger": mp14.tpl_blogger, "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix, "weebly": mp18.tpl_weebly,
                 "dle": mp20.tpl_dle, "elementor": mp21.tpl_elementor}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h92), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "strikingly"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = parse_story(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            art.setdefault("standfirst", art["sub"])  # (substack's subtitle, chunks' lead)
            art.setdefault("notes", [])  # (substack's footnotes: none in this part)
            # paragraphs set entirely in bold: interview questions and crossheads typed as bold paragraphs
            bold = ({j for s, _, j in art["looks"] if s == "bold"}
                    | {j for j, (kind, val) in enumerate(art["blocks"]) if kind == "p" and re.fullmatch(r"\*\*[^*]+\*\*", val)})
            art["looked"] = {j for _, _, j in art["looks"]} | bold
            # no residue between a subheading set in a box and its text, nor inside a box, nor between a question or
            # a bold crosshead and what follows it
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")} | {j + 1 for j in bold}
            rng = random.Random("newsflow-heldout93-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI93[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 93) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text", "12+", "16+", "facebook", "instagram", "whatsapp"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h92), labels, furniture strings,
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
    # layouts: strikingly (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # most of the earlier layouts are ones that none of the latest parts (h89 .. h92) used
    recent = {a["tpl"] for mod in RECENT_PARTS for a in mod.ARTICLES}
    unused = [t for t in tpls if t != NEW_LAYOUT and t not in recent]
    if len(unused) < MIN_UNUSED:
        problems.append("%d earlier layouts that h89 .. h92 did not use (want %d or more)" % (len(unused), MIN_UNUSED))
    # an earlier layout is not on a page in a language h91 or h92 gave it
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
    # the strikingly pages: a site of STK_SITES in its own language (STK_CORE), of the looks only those Strikingly's
    # rich-text editor sets (bold, italic, a line break); the live blog's entries each open with a subheading and have
    # a time, the broadcaster's page has its video caption and link; no story tables and no footnotes anywhere
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in STK_SITES or a["lang"] not in STK_CORE
                                       or STK_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in STK_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: strikingly page needs a Strikingly site in its language and the editor's looks only" % a["id"])
        if a["tpl"] == "liveblog" and (blocks[0][0] != "h" or len(a.get("times", [])) != sum(k == "h" for k, _ in blocks)):
            problems.append("%s: a live blog opens with a subheading and has one time per entry" % a["id"])
        if a["tpl"] == "broadcaster" and len(a.get("watch", ())) != 2:
            problems.append("%s: the broadcaster layout needs a video caption and a watch link" % a["id"])
        if a["tpl"] in ("liveblog", "broadcaster", "substack", "chunks") and a.get("look"):
            problems.append("%s: no looks on %s in this part" % (a["id"], a["tpl"]))
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
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp20, "R"))]
    stk_sites = [{k: v for k, v in d.items() if k not in STK_EXEMPT} for d in STK_SITES.values()]
    # (STK_CORE, CLUB_HEAD, DOG_HEAD and BATTERY_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("STK_SITES", stk_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or s.startswith(("/", "https://")):
                continue  # (link targets are paths and addresses, not wordings)
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






