#!/usr/bin/env python3
"""Ninety-fourth held-out part (h94-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout94.py           # write pages/h94-*.html
    python benchmarks/data/extraction/make_heldout94.py --check   # verify pages/h94-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout94.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout93.py and its stories, written at the same time by another writer, were not).  Built on the structure
of make_heldout92.py and make_heldout91.py: build() -> (pages, truth, meta) and verify(pages, truth) -> problems,
with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h94_en.py / articles_h94_intl.py (fictional local and regional outlets, a village allotment
society, a family centre, a lido's supporters' club and a parents' association, in invented places -- Kestleigh and
the Brantwell valley, Akçakavak, Kornbach in the Lautertal, Villemarsan on the Orbise, Valdeserra and the Olmedal,
Ключевск on the Ключевка --; every name and number invented).  The residue wordings -- thirty of the generic
families of the earlier parts (one wording each in every language, two for the newsletter, whose first is the pitch
run into a paragraph, and for the embed) plus three new ones -- their wrapper class names, related headlines and
teasers, site names, the sites' own strings in the earlier layouts and the first-round furniture strings are new
here: verify() refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels,
furniture strings, widget rows, headlines, tags or site names of make_heldout2..92, if a wrapper class name of an
earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if
a story paragraph or headline of an earlier part (h91 and h92 included) recurs, if a headline is also a story
paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a reason in a story
(calendar, map, gallery, scores) are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table,
a link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only
on the third carrier --, a definition-list card): school admission appeal timetables (schoolappeals: the stages
with when and where -- forms in, hearings, decision letters; the réclamation / recours steps abroad --, and how to
lodge an appeal, the clerk's office and late appeals) on an English village primary that turned away 91 first-choice
families (the new layout: the list), English families on a new estate whose promised school is still a field (the
table), French parents contesting their children's collège after a new catchment map (the "lodge an appeal" link,
run into the last paragraph) and a Spanish parents' association's blog on sixteen children left off the admission
list (the card); "kids eat free" holiday lists (kidseatfree: the cafés and pubs with their days and what children
get, and who eats free, the conditions and the dates) on English families' summer food bills (the list), an English
pay-as-you-feel church-hall café (the table), a German family centre's holiday lunch table (the "every venue"
button, run into the last paragraph) and Russian cafés feeding children free over the summer (the card); free
museum and gallery day panels (museumdays: the venues with their free days and booking, and step-free access, a
quiet hour and how to get there) on an English Roman mosaic back on show (the list), a Turkish town museum free in
Museums Week (the table), a French cutlery museum free on the first Sunday of the month (the "plan a free visit"
link, left as a block of its own) and a Spanish olive-oil museum free on Sunday afternoons after a larger culture
budget (the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads
(APPEAL_HEAD, KIDS_HEAD, MUSEUM_HEAD) are the web teams' generic strings and not checked; the rows (APPEAL_ROWS,
APPEAL_INFO, KIDS_ROWS, KIDS_INFO, MUSEUM_ROWS, MUSEUM_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": an allotment society on Squarespace, a family centre on Weebly, a lido's supporters on Wix and a
parents' association on Blogger are small sites, with no newsroom to credit a photograph to, update a story, sell
adverts or send reporters); a correction box goes only on a story that was corrected, with that story's own
wording (an English phone box's installation year, which the page carries, and an English sea-wall path's length,
the page's only residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips
and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists and
tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share
line, the appeal link, the kids-eat-free button; only one line in any paragraph) or a bold section tag run into the
start of the first paragraph (drawn at random, of the section family's first wording only).  On the new layout,
residue the editor pasted sits among the paragraphs of the record's html field.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a
class on the paragraph, on wordpress and magazine), italics (a one-line quote on the English Bolt page), bold (a
one-line paragraph on both Bolt pages: "There is no room to build.", "Die Entscheidung fiel ohne Gegenstimme."), a
highlighted sentence (a <mark> on quintype, a TinyMCE background colour on elementor), a paragraph in a box (the
magazine's panel), a fact box holding a subheading and its list (a set item of the English Bolt record's body
collection: a school's places at a glance), a callout (Odoo's Alert building block around a paragraph on school
groups' visits), a paragraph typed after a <br> (Shift+Enter, on the German Bolt page and on kadence); story
structures that look like furniture but are the story: question-and-answer interviews (questions typed in bold,
some of a few words -- "Any feuds?", "Kışlar zor muydu?", "Ya sonrası?", "Ihr schönster Tag?" --, in English,
Turkish and German: an allotment society's secretary after 31 years, a village teacher after 38, a lido's lifeguard
after 35 summers), lists inside the story (a school's places, what a food bank is asked for, what families on a new
estate were offered, a market's new pitches, a community bus's fares, a holiday lunch menu, parents' demands, what
an association has learnt, a fountain's repairs, a beach's facilities, a bridge's new parts), crossheads as headings
and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing line with practical information
(an admissions drop-in, a museum's and a mill's hours, a petition's hand-in, a café's hours, an annual meeting, a
minibus timetable, a defibrillator training session, a market's first day, a museum's hours, a farewell dinner, a
community bus's office hours, a lido's farewell party, an appeal deadline, an olive-oil museum's hours, Saturday
work parties, a beach's season), and story sentences that use furniture words in ordinary reporting ("Cookies and a
carton of juice" opening a story, "follow its page on Facebook", "a newsletter that goes to 480 homes", "Visitors
may photograph the mosaic", "should contact the chairman" and "Updated timetables" closing stories, "envoyer la
photo au musée", "el formulario del blog"), some at the start or end of a story.  Two pages carry no residue at all
(a Spanish village fountain on ghost and a Russian footbridge on cms) and one only its correction line (an English
sea-wall path on storybody).
One page layout is new (bolt: a news record on a site run on Bolt CMS with the publisher's own Twig theme, on two
pages, an English weekly and a German local paper; see the section of the layout below).  Bolt's own strings and
the defaults its config and base theme ship (BOLT_CORE) are left as they ship and not checked; the sites' own
strings (BOLT_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, storybody,
ghost, cms (make_pages.py), magazine, nextjs (make_heldout2.py), broadcaster (make_heldout3.py), squarespace,
brightspot (make_heldout5.py), bitrix, quintype (make_heldout6.py), k2 (make_heldout7.py), webflow
(make_heldout10.py), medium (make_heldout13.py), blogger (make_heldout14.py), tilda (make_heldout15.py), wix
(make_heldout16.py), weebly (make_heldout18.py), elementor (make_heldout21.py), generatepress (make_heldout81.py),
kadence (make_heldout83.py) and odoo (make_heldout87.py) --, none of them in the language h91 or h92 gave it, and 16
of them (all but wordpress, storybody, ghost, cms, magazine and quintype) used by none of h89 .. h92 (9 English
pages, 3 in each other language but German, which has 2 besides its Bolt page: English on nextjs, medium,
generatepress, kadence, squarespace, brightspot, wordpress and storybody; Turkish on webflow, bitrix and k2; German
on weebly and wix; French on tilda, odoo and magazine; Spanish on blogger, elementor and ghost; Russian on
broadcaster, quintype and cms); while a page is rendered, the earlier modules' related headlines and teasers, the
strings that belong to one site rather than to the platform (see SITE_STRINGS; the later layouts keyed by site name
-- GeneratePress, Kadence, Odoo -- get this part's own sites added) and the residue pools those helpers draw from
themselves are swapped for this part's own, and the templates get this part's furniture strings (UI_NEW) instead
of make_pages.UI.  (Newspack, the first choice for the English estate story, was left out: its donation tiers are
printed in dollars, which an English nonprofit's page would not show.)
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
from make_pages import E, A, UI  # noqa: E402
from articles_h94_en import ARTICLES as H94_EN  # noqa: E402
from articles_h94_intl import ARTICLES as H94_INTL  # noqa: E402


ARTICLES = H94_EN + H94_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92)
# parts whose layouts' languages this part avoids (the two latest finished parts; h93 is written at the same time
# and was not read)
LANG_PARTS = (mp91, mp92)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp89, mp90, mp91, mp92)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h94"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Brantwell Valley Times", "Kestleigh Unpacked", "Brant Valley Radio", "Oxley Cross Herald",
           "Saltmarsh and Dunmere Journal"],
    "tr": ["Akçakavak Postası", "Yelkenli Haber", "Akçakavak Gündem"],
    "de": [],
    "fr": ["Orbise Infos", "Le Courrier de Villemarsan"],
    "es": ["El Olmedal Hoy", "Valdeserra al Día"],
    "ru": ["Ключевск ТВ", "Ключевские вести", "Заречье-инфо"],
}
# sites fixed per page (the two Bolt sites, the GeneratePress, Kadence and Odoo sites, an allotment society on
# Squarespace, a family centre on Weebly, a lido's supporters on Wix, a parents' association on Blogger) are given in
# the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h92 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["To watch Brantwell valley videos here, switch on video cookies in your settings"],
        "tr": ["Akçakavak videolarını burada izlemek için ayarlarınızdan video çerezlerini açın"],
        "de": ["Um Videos aus dem Lautertal hier zu sehen, schalten Sie in den Einstellungen Video-Cookies ein"],
        "fr": ["Pour voir ici les vidéos de la vallée de l'Orbise, activez les cookies vidéo dans vos réglages"],
        "es": ["Para ver aquí los vídeos del Olmedal, activa las cookies de vídeo en tu configuración"],
        "ru": ["Чтобы смотреть здесь видео из Ключевска, включите видео-cookie в настройках"],
    },
    "newsletter": {
        "en": ["Kestleigh at Six lands in your inbox every weekday evening: sign up, it's free",
               "Register free to keep reading Brantwell valley news: it takes a minute"],
        "tr": ["Akçakavak Akşamı hafta içi her akşam altıda e-postanızda: ücretsiz kaydolun",
               "Akçakavak haberlerini okumaya devam etmek için ücretsiz üye olun, bir dakika sürer"],
        "de": ["Der Lautertal-Abend kommt werktags um sechs in Ihr Postfach: jetzt kostenlos bestellen",
               "Registrieren Sie sich kostenlos, um weiter Nachrichten aus Kornbach zu lesen – es dauert eine Minute"],
        "fr": ["Le Soir de l'Orbise arrive chaque jour de semaine à 18 h dans votre boîte : inscription gratuite",
               "Inscrivez-vous gratuitement pour continuer à lire l'actualité de Villemarsan, cela prend une minute"],
        "es": ["El Olmedal a las Seis llega a tu correo cada tarde entre semana: apúntate gratis",
               "Regístrate gratis para seguir leyendo las noticias de Valdeserra: es un minuto"],
        "ru": ["«Ключевск в шесть» приходит на почту каждый будний вечер: подпишитесь бесплатно",
               "Зарегистрируйтесь бесплатно, чтобы читать новости Ключевска дальше, — это займёт минуту"],
    },
    "share": {
        "en": ["Tell the Brantwell valley: Facebook · WhatsApp · Bluesky · Email"],
        "tr": ["Akçakavak'a duyurun: Facebook · WhatsApp · Bluesky · E-posta"],
        "de": ["Im Lautertal verbreiten: Facebook · WhatsApp · Bluesky · E-Mail"],
        "fr": ["Faites savoir dans la vallée de l'Orbise : Facebook · WhatsApp · Bluesky · Courriel"],
        "es": ["Cuéntaselo al Olmedal: Facebook · WhatsApp · Bluesky · Correo"],
        "ru": ["Расскажите Ключевску: ВКонтакте · Одноклассники · Telegram · Почта"],
    },
    "photo": {
        "en": ["Image supplied to the Kestleigh newsroom"],
        "tr": ["Akçakavak haber merkezine gönderilen görsel"],
        "de": ["Bild: der Kornbacher Redaktion zur Verfügung gestellt"],
        "fr": ["Image transmise à la rédaction de Villemarsan"],
        "es": ["Imagen cedida a la redacción de Valdeserra"],
        "ru": ["Снимок предоставлен ключевской редакции"],
    },
    "copyright": {
        "en": ["No part of this Brantwell valley report may be republished without written permission from {site}."],
        "tr": ["Bu Akçakavak haberinin hiçbir bölümü {site} kuruluşunun yazılı izni olmadan yeniden yayımlanamaz."],
        "de": ["Kein Teil dieses Berichts aus dem Lautertal darf ohne schriftliche Genehmigung von {site} erneut veröffentlicht werden."],
        "fr": ["Aucune partie de cet article de la vallée de l'Orbise ne peut être republiée sans l'accord écrit de {site}."],
        "es": ["Ninguna parte de esta noticia del Olmedal puede volver a publicarse sin permiso por escrito de {site}."],
        "ru": ["Никакую часть этого материала о Ключевске нельзя публиковать повторно без письменного разрешения «{site}»."],
    },
    "section": {
        "en": ["{section} | Brantwell valley"],
        "tr": ["{section} | Akçakavak"],
        "de": ["{section} | Lautertal"],
        "fr": ["{section} | Vallée de l'Orbise"],
        "es": ["{section} | Comarca del Olmedal"],
        "ru": ["{section} | Ключевск"],
    },
    "related": {
        "en": ["Elsewhere in the Brantwell valley"],
        "tr": ["Akçakavak'ta gündem"],
        "de": ["Weiteres aus dem Lautertal"],
        "fr": ["Ailleurs dans la vallée de l'Orbise"],
        "es": ["En otros rincones del Olmedal"],
        "ru": ["Ещё из Ключевска"],
    },
    "symbol": {"*": ["◆ ◆ ◆", "—— ✿ ——", "·  ❖  ·"]},
    "credit": {
        "en": ["Additional reporting by the {site} team in Kestleigh"],
        "tr": ["Ek haber: {site} ilçe muhabirleri"],
        "de": ["Mitarbeit: Lautertal-Redaktion von {site}"],
        "fr": ["Avec l'équipe de {site} à Villemarsan"],
        "es": ["Con la colaboración del equipo de {site} en Valdeserra"],
        "ru": ["При участии ключевской редакции «{site}»"],
    },
    "ad": {
        "en": ["Advert · Brantwell valley story resumes below"],
        "tr": ["Reklam · Akçakavak haberi aşağıda sürüyor"],
        "de": ["Anzeige · der Bericht aus dem Lautertal geht unten weiter"],
        "fr": ["Publicité · l'article de la vallée de l'Orbise reprend plus bas"],
        "es": ["Publicidad · la noticia del Olmedal continúa más abajo"],
        "ru": ["Реклама · материал о Ключевске продолжается ниже"],
    },
    "continue": {
        "en": ["Keep reading this Kestleigh story"],
        "tr": ["Akçakavak haberini okumaya devam et"],
        "de": ["Diesen Kornbacher Bericht weiterlesen"],
        "fr": ["Poursuivre la lecture de cet article de Villemarsan"],
        "es": ["Seguir leyendo esta noticia de Valdeserra"],
        "ru": ["Читать материал о Ключевске дальше"],
    },
    "comments": {
        "en": ["{n} comments from Brantwell valley readers"],
        "tr": ["Akçakavaklı okurlardan {n} yorum"],
        "de": ["{n} Kommentare von Leserinnen und Lesern aus dem Lautertal"],
        "fr": ["{n} commentaires de lecteurs de la vallée de l'Orbise"],
        "es": ["{n} comentarios de lectores del Olmedal"],
        "ru": ["{n} комментариев от читателей из Ключевска"],
    },
    "readtime": {
        "en": ["About a {m}-minute read from the Kestleigh desk"],
        "tr": ["Akçakavak masasından yaklaşık {m} dakikalık okuma"],
        "de": ["Etwa {m} Minuten Lesezeit · Kornbach"],
        "fr": ["Environ {m} minutes de lecture · Villemarsan"],
        "es": ["Unos {m} minutos de lectura · Valdeserra"],
        "ru": ["Около {m} минут чтения · Ключевск"],
    },
    "updated": {
        "en": ["Story updated {d}, {t}, with new information from Kestleigh"],
        "tr": ["Haber {d} günü saat {t} itibarıyla Akçakavak'tan gelen yeni bilgilerle güncellendi"],
        "de": ["Bericht aktualisiert am {d}, {t} Uhr, mit neuen Informationen aus Kornbach"],
        "fr": ["Article actualisé le {d} à {t} avec de nouvelles informations de Villemarsan"],
        "es": ["Noticia actualizada el {d} a las {t} con nueva información desde Valdeserra"],
        "ru": ["Материал обновлён {d} в {t}: новые сведения из Ключевска"],
    },
    "audio": {
        "en": ["Hear this Kestleigh story read aloud · {m} min"],
        "tr": ["Bu Akçakavak haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Bericht aus dem Lautertal vorlesen lassen · {m} Min."],
        "fr": ["Écouter cet article de Villemarsan lu à voix haute · {m} min"],
        "es": ["Escucha esta noticia de Valdeserra leída en voz alta · {m} min"],
        "ru": ["Прослушать материал о Ключевске · {m} мин"],
    },
    "correction": {
        "en": ["This Brantwell valley report has been corrected."],
        "tr": ["Bu Akçakavak haberi düzeltildi."],
        "de": ["Dieser Bericht aus dem Lautertal wurde korrigiert."],
        "fr": ["Cet article de la vallée de l'Orbise a été corrigé."],
        "es": ["Esta noticia del Olmedal ha sido corregida."],
        "ru": ["В материал о Ключевске внесены исправления."],
    },
    "app": {
        "en": ["Brantwell valley news on your phone: download the free {site} app"],
        "tr": ["Akçakavak haberleri cebinizde: ücretsiz {site} uygulamasını indirin"],
        "de": ["Nachrichten aus dem Lautertal aufs Handy: die kostenlose App von {site} laden"],
        "fr": ["L'actualité de la vallée de l'Orbise sur votre téléphone : téléchargez l'appli gratuite {site}"],
        "es": ["Las noticias del Olmedal en tu móvil: descarga gratis la app de {site}"],
        "ru": ["Новости Ключевска в телефоне: скачайте бесплатное приложение «{site}»"],
    },
    "bio": {
        "en": ["{by} covers {section} across Kestleigh and the Brantwell valley for {site}."],
        "tr": ["{by}, {site} için Akçakavak ve köylerinde {section} haberlerini takip ediyor."],
        "de": ["{by} berichtet für {site} aus Kornbach und dem Lautertal über {section}."],
        "fr": ["{by} couvre la rubrique {section} à Villemarsan et dans la vallée de l'Orbise pour {site}."],
        "es": ["{by} cubre {section} en Valdeserra y la comarca del Olmedal para {site}."],
        "ru": ["{by} освещает тему «{section}» в Ключевске и районе для «{site}»."],
    },
    "tip": {
        "en": ["Know something we should be reporting in Kestleigh? Call the newsroom on 01632 960 744"],
        "tr": ["Akçakavak'ta haber yapmamız gereken bir şey mi var? Haber hattımız: 0 (266) 900 74 40"],
        "de": ["Wissen Sie etwas, worüber wir in Kornbach berichten sollten? Redaktionstelefon 06381 7440-0"],
        "fr": ["Une info à nous signaler à Villemarsan ? Appelez la rédaction au 04 75 00 74 40"],
        "es": ["¿Sabes algo que deberíamos contar en Valdeserra? Llama a la redacción al 950 000 744"],
        "ru": ["Знаете, о чём нам стоит написать в Ключевске? Звоните в редакцию: 8 (34361) 7-44-00"],
    },
    "typo": {
        "en": ["Spotted an error in this Kestleigh story: select the words and press Ctrl+Enter to tell the Kestleigh desk"],
        "tr": ["Bu Akçakavak haberinde bir hata gördüyseniz işaretleyin ve Ctrl+Enter ile Akçakavak masasına bildirin"],
        "de": ["Fehler im Kornbacher Bericht entdeckt: Stelle markieren und mit Strg+Enter an die Lautertal-Redaktion melden"],
        "fr": ["Une erreur dans cet article de Villemarsan : surlignez le passage puis Ctrl+Entrée pour prévenir la rédaction de l'Orbise"],
        "es": ["Si ves un error en esta noticia de Valdeserra, márcalo y pulsa Ctrl+Intro para avisar a la redacción del Olmedal"],
        "ru": ["Нашли ошибку в материале о Ключевске — выделите фрагмент и нажмите Ctrl+Enter, ключевская редакция исправит"],
    },
    "push": {
        "en": ["Brantwell valley alerts in this browser: Yes, allow · Maybe later"],
        "tr": ["Akçakavak bildirimleri bu tarayıcıda: Evet, izin ver · Belki sonra"],
        "de": ["Lautertal-Meldungen in diesem Browser: Ja, erlauben · Vielleicht später"],
        "fr": ["Alertes de la vallée de l'Orbise dans ce navigateur : Oui, autoriser · Peut-être plus tard"],
        "es": ["Avisos del Olmedal en este navegador: Sí, permitir · Quizá luego"],
        "ru": ["Уведомления из Ключевска в этом браузере: Да, разрешить · Может быть, позже"],
    },
    "print": {
        "en": ["Kestleigh story options: Print · Save as PDF · Email a friend"],
        "tr": ["Akçakavak haber seçenekleri: Yazdır · PDF olarak kaydet · Arkadaşına gönder"],
        "de": ["Optionen zum Kornbacher Bericht: Drucken · Als PDF speichern · Per E-Mail empfehlen"],
        "fr": ["Options de l'article de Villemarsan : Imprimer · Enregistrer en PDF · Envoyer à un ami"],
        "es": ["Opciones de la noticia de Valdeserra: Imprimir · Guardar en PDF · Enviar a un amigo"],
        "ru": ["Материал о Ключевске: Распечатать · Сохранить в PDF · Отправить другу"],
    },
    "feedback": {
        "en": ["Kestleigh story rating: helpful · partly helpful · not helpful"],
        "tr": ["Akçakavak haberine puanınız: yararlı · kısmen yararlı · yararsız"],
        "de": ["Ihre Bewertung des Kornbacher Berichts: hilfreich · teils hilfreich · nicht hilfreich"],
        "fr": ["Votre note pour cet article de Villemarsan : utile · en partie utile · inutile"],
        "es": ["Tu valoración de esta noticia de Valdeserra: útil · útil en parte · nada útil"],
        "ru": ["Ваша оценка материала о Ключевске: полезно · частично полезно · бесполезно"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; concerns about our Brantwell valley reporting can be sent to readers@kestleighnews.example."],
        "tr": ["{site} gazetecilik meslek ilkelerine bağlıdır; Akçakavak haberlerimize itirazlarınızı okur@akcakavak.example adresine iletebilirsiniz."],
        "de": ["{site} arbeitet nach dem Pressekodex; Anmerkungen zu unserer Berichterstattung aus dem Lautertal bitte an leserbeirat@kornbach.example."],
        "fr": ["{site} adhère à une charte d'éthique professionnelle ; vos remarques sur nos articles de la vallée de l'Orbise : lecteurs@villemarsan.example."],
        "es": ["{site} se acoge al código deontológico; tus quejas sobre nuestra información del Olmedal, a lectores@valdeserra.example."],
        "ru": ["«{site}» придерживается редакционного кодекса; замечания к материалам о Ключевске присылайте на chitateli@klyuchevsk.example."],
    },
    "topics": {
        "en": ["More on: {section} · Kestleigh · Oxley Cross"],
        "tr": ["İlgili konular: {section} · Akçakavak · Yelkenli"],
        "de": ["Mehr zu: {section} · Kornbach · Wiesental"],
        "fr": ["Sur le même thème : {section} · Villemarsan · Saint-Orbier"],
        "es": ["Más sobre: {section} · Valdeserra · Cañaveral"],
        "ru": ["Ещё по теме: {section} · Ключевск · Заречье"],
    },
    "bookmark": {
        "en": ["☆ Bookmark this Kestleigh story"],
        "tr": ["☆ Bu Akçakavak haberini yer imlerine ekle"],
        "de": ["☆ Kornbacher Bericht als Lesezeichen speichern"],
        "fr": ["☆ Ajouter cet article de Villemarsan à vos favoris"],
        "es": ["☆ Añadir esta noticia de Valdeserra a favoritos"],
        "ru": ["☆ Добавить материал о Ключевске в закладки"],
    },
    "poll": {
        "en": ["Have your say, Kestleigh: for it · against it · not sure"],
        "tr": ["Akçakavak, fikrinizi söyleyin: destekliyorum · karşıyım · kararsızım"],
        "de": ["Ihre Meinung, Kornbach: dafür · dagegen · weiß nicht"],
        "fr": ["Votre avis, Villemarsan : pour · contre · je ne sais pas"],
        "es": ["Opina, Valdeserra: a favor · en contra · no lo sé"],
        "ru": ["Ваше мнение, Ключевск: за · против · затрудняюсь ответить"],
    },
    "embed": {
        "en": ["View this post from {handle} in Kestleigh on Instagram", "Watch {handle}'s Brantwell valley clip on YouTube"],
        "tr": ["{handle} hesabının Akçakavak paylaşımını Instagram'da görüntüleyin", "{handle} hesabının Akçakavak klibini YouTube'da izleyin"],
        "de": ["Beitrag von {handle} aus Kornbach auf Instagram ansehen", "Clip von {handle} aus dem Lautertal auf YouTube ansehen"],
        "fr": ["Voir la publication de {handle} à Villemarsan sur Instagram", "Regarder la vidéo de {handle} dans la vallée de l'Orbise sur YouTube"],
        "es": ["Ver la publicación de {handle} en Valdeserra en Instagram", "Ver el clip de {handle} en el Olmedal en YouTube"],
        "ru": ["Открыть публикацию {handle} из Ключевска в Instagram", "Смотреть ролик {handle} из Ключевска на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "schoolappeals": {
        "en": ["School admission appeals: key dates", "Appeal timetable for September 2026 places", "How to lodge a school place appeal ›",
               "Appealing for a school place: what you need to know"],
        "fr": ["Recours sur l'affectation en sixième : le calendrier", "Calendrier des recours d'affectation", "Déposer un recours d'affectation ›",
               "Contester une affectation : mode d'emploi"],
        "es": ["Reclamaciones a la admisión escolar: fechas clave", "Calendario de reclamaciones de admisión", "Presenta tu reclamación de admisión ›",
               "Reclamar una plaza escolar: lo que debes saber"],
    },
    "kidseatfree": {
        "en": ["Where kids eat free this summer", "Kids eat free: cafés and pubs", "See every kids-eat-free offer in the valley ›",
               "Kids eat free: the small print"],
        "de": ["Hier essen Kinder in den Ferien gratis", "Kinder essen gratis: Cafés und Gasthäuser", "Alle Lokale, in denen Kinder gratis essen ›",
               "Kinder essen gratis: das Kleingedruckte"],
        "ru": ["Где дети обедают бесплатно этим летом", "Дети едят бесплатно: кафе и столовые", "Все кафе, где дети едят бесплатно ›",
               "Дети едят бесплатно: условия акции"],
    },
    "museumdays": {
        "en": ["Free museum days in the Brantwell valley", "Free entry: museums and galleries", "Plan a free museum visit ›",
               "Free museum days: before you go"],
        "tr": ["Akçakavak'ta ücretsiz müze günleri", "Ücretsiz giriş: müze ve galeriler", "Ücretsiz müze ziyaretinizi planlayın ›",
               "Ücretsiz müze günleri: gitmeden önce"],
        "fr": ["Musées gratuits dans la vallée de l'Orbise", "Entrée libre : musées et galeries", "Préparer une visite gratuite ›",
               "Musées gratuits : avant de venir"],
        "es": ["Museos gratis en el Olmedal", "Entrada libre: museos y salas", "Planifica tu visita gratuita ›",
               "Museos gratis: antes de ir"],
    },
}
NEW_STYLE_WORDING = {"schoolappeals": [0, 1, 2, 3], "kidseatfree": [0, 1, 2, 3], "museumdays": [0, 1, 2, 3]}
# school admission appeals: the stage, when and where; and how to appeal, the clerk's office, late appeals
APPEAL_ROWS = {
    "en": [("Appeal forms returned", "by 15 May", "online or to the clerk"),
           ("On-time appeals heard", "8 June to 3 July", "Shire Hall, Kestleigh"),
           ("Decision letters sent", "within five school days of the hearing", "by email and post")],
    "fr": [("Dépôt du recours", "avant le 3 juillet", "auprès de la direction académique"),
           ("Examen en commission", "du 6 au 9 juillet", "à la direction académique"),
           ("Réponse aux familles", "au plus tard le 15 juillet", "par courrier et sur le téléservice")],
    "es": [("Reclamación a la lista provisional", "del 21 al 27 de mayo", "secretaría del centro"),
           ("Lista definitiva de admitidos", "10 de junio", "tablón del colegio y web de la Consejería"),
           ("Recurso de alzada", "un mes desde la lista definitiva", "Delegación de Educación")],
}
APPEAL_HEAD = {"en": ("Stage", "When", "Where"), "fr": ("Étape", "Quand", "Où"), "es": ("Trámite", "Plazo", "Dónde")}
APPEAL_INFO = {
    "en": [("How to appeal", "fill in the online form and say why your child should be admitted, attaching any letters or reports"),
           ("The clerk to the appeal panels", "Shire Hall, Castle Street, Kestleigh, weekdays 9am to 4.30pm"),
           ("Late appeals", "heard after 31 July, once every on-time appeal has been decided")],
    "fr": [("Comment faire un recours", "lettre motivée au directeur académique, avec les justificatifs de domicile, de santé ou de fratrie"),
           ("Service de la scolarité", "direction académique, 12 rue des Tanneurs, Villemarsan, du lundi au vendredi de 9 h à 16 h"),
           ("Dérogations", "examinées dans l'ordre des critères nationaux, dans la limite des places restantes")],
    "es": [("Cómo se reclama", "escrito en la secretaría del centro o en la sede electrónica, con la documentación del baremo"),
           ("Comisión de escolarización", "Delegación de Educación, plaza de España 4, Valdeserra, de 9.00 a 14.00"),
           ("La lista de espera del centro", "se mantiene hasta el 30 de septiembre por orden de puntuación")],
}
# kids eat free: the venue, the days and what children get; and who eats free, the conditions and the dates
KIDS_ROWS = {
    "en": [("The Copper Kettle, Market Square", "Monday to Saturday", "sandwich, fruit and a drink"),
           ("The Ferryman, Saltmarsh End", "every day, noon to 3pm", "any meal from the children's menu"),
           ("Oxley Cross Tearooms", "Monday to Friday, 11.30am to 2pm", "jacket potato and a juice"),
           ("St Oswald's café, Hathercombe", "Tuesday, Wednesday and Friday", "hot lunch and pudding")],
    "de": [("Gasthaus Zur Linde, Kornbach", "Mo–Fr 11.30–14 Uhr", "Kindergericht und eine Apfelschorle"),
           ("Café am Markt, Kornbach", "täglich außer mittwochs", "Waffel oder belegtes Brötchen"),
           ("Landgasthof Hirsch, Hohenbirken", "Sa und So mittags", "Kinderschnitzel mit Pommes")],
    "ru": [("Пельменная на Садовой", "ежедневно с 12:00 до 16:00", "суп, второе и компот"),
           ("Столовая «Уют» у автостанции", "по будням", "комплексный детский обед"),
           ("Кафе «Берёзка» в Заречье", "по выходным", "блины и морс")],
}
KIDS_HEAD = {"en": ("Where", "When", "What children get"), "de": ("Wo", "Wann", "Was Kinder bekommen"),
             "ru": ("Где", "Когда", "Что получают дети")}
KIDS_INFO = {
    "en": [("Who eats free", "children under 12 with a paying adult"),
           ("What counts", "one free children's meal for each adult main course, eat in only"),
           ("When the offer runs", "24 July to 2 September")],
    "de": [("Wer gratis isst", "Kinder bis 12 Jahre in Begleitung eines zahlenden Erwachsenen"),
           ("Bedingungen", "ein Kindergericht pro Hauptgericht eines Erwachsenen, nur vor Ort"),
           ("Wann das Angebot gilt", "27.07. bis 04.09.2026")],
    "ru": [("Кто ест бесплатно", "дети до 12 лет вместе со взрослым"),
           ("Что нужно знать", "одна детская порция на одного взрослого, только в зале"),
           ("Сроки акции", "с 1 июня по 31 августа")],
}
# free museum days: the venue, the free day and booking; and access, a quiet hour and getting there
MUSEUM_ROWS = {
    "en": [("Kestleigh Museum, Priory Street", "first Saturday of every month", "no need to book"),
           ("Brantwell Art Gallery", "Sunday afternoons", "timed tickets online"),
           ("Saltmarsh End Lifeboat Museum", "every day, donations welcome", "groups of ten or more ring ahead")],
    "tr": [("Akçakavak Kent Müzesi", "18-24 Mayıs her gün", "randevu gerekmiyor"),
           ("Yelkenli Zeytinyağı Evi", "hafta sonları", "telefonla rezervasyon"),
           ("Liman Fotoğraf Galerisi", "çarşamba öğleden sonraları", "gruplar önceden haber vermeli")],
    "fr": [("Musée de la Coutellerie", "premier dimanche du mois", "sans réserver, entrée par la forge"),
           ("Maison de l'Orbise, Saint-Orbier", "tous les mercredis après-midi", "réservation conseillée pour les groupes"),
           ("Galerie municipale, place du Marché", "tous les jours de l'année", "entrée libre sans réservation")],
    "es": [("Museo del Aceite de Valdeserra", "domingos de 16.00 a 19.00", "sin reservar"),
           ("Sala de exposiciones La Lonja", "de martes a domingo", "entrada libre"),
           ("Centro de Interpretación del Olmedal", "primer sábado de cada mes", "reserva por teléfono")],
}
MUSEUM_HEAD = {"en": ("Venue", "Free entry", "Booking"), "tr": ("Mekân", "Ücretsiz giriş", "Rezervasyon"),
               "fr": ("Lieu", "Gratuité", "Réservation"), "es": ("Lugar", "Entrada gratis", "Reserva")}
MUSEUM_INFO = {
    "en": [("Step-free access", "lifts to every floor at the museum, ground floor only at the gallery"),
           ("Quiet hour", "the first hour of each free day, with lights and sound turned down"),
           ("Getting there", "buses 4 and 12 stop on Priory Street")],
    "tr": [("Engelsiz erişim", "müzenin giriş katı ve bahçesi tekerlekli sandalyeye uygun"),
           ("Sessiz saat", "her sabah ilk saat, ışıklar ve sesler kısılır"),
           ("Ulaşım", "1 ve 4 numaralı dolmuşlar müzenin önünde durur")],
    "fr": [("Accès en fauteuil", "rez-de-chaussée accessible en fauteuil, boucle magnétique à l'accueil"),
           ("Heure calme", "la première heure des dimanches gratuits, lumières et sons atténués"),
           ("Venir au musée", "parking gratuit quai de l'Orbise, ligne 3 arrêt Forge")],
    "es": [("Acceso en silla de ruedas", "rampa en la entrada y ascensor a la planta alta"),
           ("Hora tranquila", "la primera hora de cada domingo gratuito, con luces y sonido suaves"),
           ("Cómo llegar", "aparcamiento gratuito junto a la cooperativa")],
}
WIDGET_ROWS = (("schoolappeals dates", APPEAL_ROWS), ("schoolappeals info", APPEAL_INFO), ("kidseatfree venues", KIDS_ROWS),
               ("kidseatfree info", KIDS_INFO), ("museumdays venues", MUSEUM_ROWS), ("museumdays info", MUSEUM_INFO))
WIDGET_LANGS = {"schoolappeals": ("en", "fr", "es"), "kidseatfree": ("en", "de", "ru"), "museumdays": ("en", "tr", "fr", "es")}


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Kestleigh market hall roof to be replaced next spring", "Hathercombe cricket club celebrates 150 years",
           "Oxley Cross bypass consultation opens", "Pellow Green pub saved by villagers' buyout",
           "Brantwell valley buses to get contactless readers", "Dunmere lifeboat crew rescue two kayakers"],
    "tr": ["Akçakavak'ta yeni kapalı spor salonu hizmete girdi", "Yelkenli köyüne doğal gaz geliyor",
           "Karapınar yolunda asfalt çalışması başladı", "Akçakavakspor bölgesel ligde ikinci oldu",
           "İlçe kütüphanesi artık cumartesi günleri de açık", "Liman mahallesine yeni aile sağlığı merkezi"],
    "de": ["Kornbacher Hallenbad öffnet nach der Sanierung", "Wiesentaler Kirmes lockt 5.000 Besucher",
           "Neuer Radweg zwischen Kornbach und Hohenbirken", "Lautertal-Gymnasium bekommt eine Mensa",
           "Feuerwehr Hohenbirken feiert 125 Jahre", "Kornbacher Wochenmarkt zieht auf den Rathausplatz"],
    "fr": ["Villemarsan : la piscine Tournesol rouvre en juin", "Saint-Orbier inaugure sa maison de santé",
           "Les Aulnaies auront enfin leur boulangerie", "La fête de la Noix attire 6 000 visiteurs",
           "Le pont de l'Orbise fermé deux semaines", "Le club de basket de Villemarsan monte en N3"],
    "es": ["Valdeserra estrena carril bici hasta el polideportivo", "Cañaveral recupera sus fiestas de San Roque",
           "El mercado de abastos del Olmedal amplía su horario", "El CD Valdeserra sube a Primera Regional",
           "Nueva residencia de mayores en el barrio de Río Serra", "Obras en la carretera del Olmedal hasta octubre"],
    "ru": ["В Ключевске отремонтируют стадион «Металлург»", "В Заречье открылся новый фельдшерский пункт",
           "Ключевская библиотека продлила часы работы", "В Сосновом построят детский сад",
           "Ключевские школьники выиграли областной турнир по шахматам", "На Садовой улице заменят трубы водопровода"],
}
# the teasers under those headlines in the Medium layout's link previews and the Odoo blog's "Read Next" cards (by the
# headline's index)
TEASERS = {
    "fr": ["Les bassins étaient fermés depuis la fuite de l'été dernier.", "Trois médecins et deux infirmières y recevront les patients.",
           "Le lotissement attendait un commerce depuis sa construction.", "Les producteurs de la vallée ont vendu plus de quatre tonnes de cerneaux.",
           "La circulation sera déviée par la route de Saint-Orbier.", "L'équipe a gagné ses cinq derniers matchs de la saison."],
    "en": ["The hall has been propped up with scaffolding since January.", "The club has played on the same field since 1876.",
           "Residents have until the end of June to give their views.", "More than 300 people bought shares in the Plough.",
           "All 48 buses on the valley's routes will have the readers by the summer.",
           "The pair were found clinging to a buoy off Saltmarsh End."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Kestleigh", "Brantwell villages", "Kestleigh courts", "Valley schools", "Kestleigh sport", "Out and about in the Brantwell valley", "Brantwell notices"],
               cookie="We and the companies we work with put small files on your device so that the Brantwell valley site loads quickly, so that we know which Kestleigh stories are read and so that we can count how often adverts are seen. Accept them all, or choose which ones the valley site may use.",
               accept="Accept and read the Brantwell news", reject="Choose my Brantwell settings", share="Email this Kestleigh story",
               related="More from the Brantwell valley", newsletter="Brantwell Breakfast: the valley's news before eight, every weekday",
               subscribe="Sign up to Brantwell Breakfast", email="you@brantwell-breakfast.example",
               comment_note="Comments on Kestleigh stories are checked by a moderator before they appear. Please be civil and keep to the subject of the Brantwell story.",
               closed="Comments are now closed on this Kestleigh story.",
               footer=["Contact the Kestleigh newsroom", "Brantwell corrections", "Brantwell privacy notice", "Advertise in the Brantwell valley", "Kestleigh house rules"],
               rights="All text and photographs from the Brantwell newsroom belong to the publisher and must not be copied without permission.",
               commenters=[("HathercombeHelen", "Good to see somebody finally sorting this out."),
                           ("Oxley_Pete", "Give it a year and then we'll see.")]),
    "tr": dict(nav=["Akçakavak merkez", "Akçakavak köyleri", "Akçakavak asayiş", "Akçakavak eğitim", "Akçakavak spor", "Akçakavak'ta bu hafta", "Akçakavak ilanları"],
               cookie="Akçakavak sitemiz ve birlikte çalıştığımız şirketler, sayfaların hızlı açılması, hangi Akçakavak haberlerinin okunduğunu görmek ve reklamların kaç kez gösterildiğini saymak için cihazınıza küçük dosyalar kaydeder. Hepsini kabul edin ya da Akçakavak sitesinin hangilerini kullanabileceğini seçin.",
               accept="Kabul et, Akçakavak haberlerine geç", reject="Akçakavak ayarlarımı seçeyim", share="Bu Akçakavak haberini e-postayla gönderin",
               related="Akçakavak'tan daha fazlası", newsletter="Akçakavak Kahvaltısı: ilçenin haberleri hafta içi her sabah sekizden önce",
               subscribe="Akçakavak Kahvaltısı'na kaydol", email="siz@akcakavak-kahvaltisi.example",
               comment_note="Akçakavak haberlerine gelen yorumlar yayımlanmadan önce bir moderatör tarafından kontrol edilir. Lütfen saygılı olun ve Akçakavak haberinin konusunda kalın.",
               closed="Bu Akçakavak haberine yorum yapılamıyor.",
               footer=["Akçakavak haber merkezi iletişim", "Akçakavak düzeltmeleri", "Akçakavak gizlilik bildirimi", "Akçakavak'ta reklam", "Akçakavak yayın ilkeleri"],
               rights="Akçakavak haber merkezinin tüm yazı ve fotoğrafları yayıncıya aittir ve izin alınmadan kopyalanamaz.",
               commenters=[("Yelkenli_Fatma", "Sonunda biri bu işle ilgilendi."),
                           ("Akçakavaklı_Kemal", "Bir yıl sonra konuşalım bakalım.")]),
    "de": dict(nav=["Kornbach", "Dörfer im Lautertal", "Polizei und Gericht im Lautertal", "Schulen im Lautertal", "Sport in Kornbach", "Unterwegs im Lautertal", "Bekanntmachungen aus Kornbach"],
               cookie="Wir und die Firmen, mit denen wir zusammenarbeiten, speichern kleine Dateien auf Ihrem Gerät, damit die Lautertal-Seite schnell lädt, damit wir wissen, welche Kornbacher Berichte gelesen werden, und damit wir zählen können, wie oft Anzeigen gesehen werden. Akzeptieren Sie alle oder wählen Sie, welche die Lautertal-Seite nutzen darf.",
               accept="Akzeptieren und Lautertal-Nachrichten lesen", reject="Meine Lautertal-Einstellungen wählen", share="Diesen Kornbacher Bericht per E-Mail senden",
               related="Mehr aus Kornbach und dem Lautertal", newsletter="Lautertal zum Frühstück: die Nachrichten aus dem Tal werktags vor acht",
               subscribe="Lautertal zum Frühstück bestellen", email="sie@lautertal-fruehstueck.example",
               comment_note="Kommentare zu Kornbacher Berichten prüft eine Moderatorin, bevor sie erscheinen. Bitte bleiben Sie höflich und beim Thema des Lautertal-Berichts.",
               closed="Die Kommentarfunktion zu diesem Kornbacher Bericht ist geschlossen.",
               footer=["Kontakt zur Kornbacher Redaktion", "Korrekturen aus dem Lautertal", "Datenschutzhinweis Lautertal", "Anzeigen im Lautertal", "Kornbacher Hausregeln"],
               rights="Alle Texte und Fotos der Lautertal-Redaktion gehören dem Verlag und dürfen ohne Erlaubnis nicht kopiert werden.",
               commenters=[("Hohenbirkener_Ursel", "Schön, dass sich endlich jemand darum kümmert."),
                           ("Wiesentaler_Jupp", "Warten wir mal ein Jahr ab.")]),
    "fr": dict(nav=["Villemarsan", "Villages de l'Orbise", "Faits divers de l'Orbise", "Écoles de l'Orbise", "Sport à Villemarsan", "Sortir dans la vallée de l'Orbise", "Avis officiels de Villemarsan"],
               cookie="Nous et les entreprises avec lesquelles nous travaillons plaçons de petits fichiers sur votre appareil pour que le site de la vallée de l'Orbise s'affiche vite, pour savoir quels articles de Villemarsan sont lus et pour compter combien de fois les publicités sont vues. Acceptez-les tous ou choisissez ceux que le site de l'Orbise peut utiliser.",
               accept="Accepter et lire l'actualité de l'Orbise", reject="Choisir mes réglages pour l'Orbise", share="Envoyer cet article de Villemarsan par courriel",
               related="Encore plus de la vallée de l'Orbise", newsletter="L'Orbise au petit-déjeuner : l'actualité de la vallée avant 8 heures, chaque jour de semaine",
               subscribe="Recevoir L'Orbise au petit-déjeuner", email="vous@orbise-petitdejeuner.example",
               comment_note="Les commentaires des articles de Villemarsan sont relus par un modérateur avant publication. Merci de rester courtois et dans le sujet de l'article de l'Orbise.",
               closed="Les commentaires sont désormais fermés pour cet article de Villemarsan.",
               footer=["Contacter la rédaction de Villemarsan", "Rectificatifs de l'Orbise", "Vie privée dans la vallée de l'Orbise", "Annoncer dans la vallée de l'Orbise", "Charte des lecteurs de Villemarsan"],
               rights="Tous les textes et photos de la rédaction de l'Orbise appartiennent à l'éditeur et ne peuvent être copiés sans autorisation.",
               commenters=[("Josiane_des_Aulnaies", "Enfin quelqu'un qui s'en occupe."),
                           ("Orbier_Michel", "Attendons un an pour voir.")]),
    "es": dict(nav=["Valdeserra", "Pueblos del Olmedal", "Sucesos del Olmedal", "Colegios del Olmedal", "Deportes en Valdeserra", "Planes en el Olmedal", "Bandos de Valdeserra"],
               cookie="Nosotros y las empresas con las que trabajamos guardamos pequeños archivos en tu dispositivo para que la web del Olmedal cargue rápido, para saber qué noticias de Valdeserra se leen y para contar cuántas veces se ven los anuncios. Acéptalas todas o elige cuáles puede usar la web del Olmedal.",
               accept="Aceptar y leer las noticias del Olmedal", reject="Elegir mis ajustes del Olmedal", share="Enviar esta noticia de Valdeserra por correo",
               related="Más noticias del Olmedal", newsletter="El Olmedal con el desayuno: las noticias de la comarca antes de las ocho, de lunes a viernes",
               subscribe="Recibir El Olmedal con el desayuno", email="tu@olmedal-desayuno.example",
               comment_note="Un moderador revisa los comentarios de las noticias de Valdeserra antes de publicarlos. Sé respetuoso y no te salgas del tema de la noticia del Olmedal.",
               closed="Ya no se admiten comentarios en esta noticia de Valdeserra.",
               footer=["Contacta con la redacción de Valdeserra", "Fe de erratas del Olmedal", "Privacidad en el Olmedal", "Publicidad en el Olmedal", "Normas de los lectores de Valdeserra"],
               rights="Todos los textos y fotos de la redacción del Olmedal pertenecen al editor y no pueden copiarse sin permiso.",
               commenters=[("Mari_de_Cañaveral", "Ya era hora de que alguien se ocupara."),
                           ("Olmedal_Juanjo", "Dentro de un año hablamos.")]),
    "ru": dict(nav=["Ключевск", "Сёла Ключевского района", "Происшествия Ключевска", "Школы Ключевска", "Спорт Ключевска", "Отдых в Ключевске", "Объявления администрации Ключевска"],
               cookie="Мы и компании, с которыми мы работаем, сохраняем на вашем устройстве небольшие файлы, чтобы ключевский сайт быстро открывался, чтобы знать, какие материалы о Ключевске читают, и чтобы считать, сколько раз показана реклама. Примите все или выберите, какие может использовать ключевский сайт.",
               accept="Принять и читать новости Ключевска", reject="Выбрать настройки ключевского сайта", share="Отправить материал о Ключевске по почте",
               related="Больше новостей Ключевска", newsletter="«Ключевск за завтраком»: новости района до восьми утра по будням",
               subscribe="Подписаться на «Ключевск за завтраком»", email="vy@klyuchevsk-zavtrak.example",
               comment_note="Комментарии к материалам о Ключевске проверяет модератор перед публикацией. Будьте вежливы и пишите по теме ключевского материала.",
               closed="Комментарии к этому материалу о Ключевске больше не принимаются.",
               footer=["Связаться с ключевской редакцией", "Исправления ключевской редакции", "Конфиденциальность ключевского сайта", "Реклама в Ключевске", "Правила для читателей Ключевска"],
               rights="Все тексты и фотографии ключевской редакции принадлежат издателю, копировать их без разрешения нельзя.",
               commenters=[("Зареченская_Валя", "Хорошо, что хоть кто-то этим занялся."),
                           ("Ключевской_Саня", "Через год посмотрим.")]),
}
UI94 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "READMORE"): {"fr": "À LIRE AUSSI DANS LA VALLÉE :"},  # the magazine layout's inline links
    (mp2, "BIO"): {"fr": "{name} signe les portraits du {site} : artisans, commerçants et habitants de la vallée de l'Orbise. Écrire à portraits@courrier-villemarsan.example"},
    (mp3, "BROADCAST"): {"ru": dict(fallback="Сюжет Ключевск ТВ не запускается в этом браузере.", live="Ключевск ТВ в эфире",
                                    topics="Сюжеты на эту тему", watch="В сюжете:")},
    (mp5, "SQS"): {"en": dict(title="Plot news from Pellow Green", desc="A short email when there's something to tell: work parties, the show and the seed swap.",
                              button="Put me on the Pellow Green list", foot="Your address stays with the society's committee and nobody else.",
                              cookie_ok="That's fine with me", prev="Older society news", next="Newer society news")},
    (mp5, "BRIGHT"): {"en": dict(listen="Listen to this Brant Valley Radio report", promo="ALSO ON BRANT VALLEY RADIO",
                                 more="More from the Brant Valley Radio newsroom")},
    (mp6, "BITRIX"): {"tr": dict(agency="Akçakavak Haber Ajansı", author="Haberi hazırlayan muhabir", back="Ajansın bütün haberlerine dönün",
                                 news="Akçakavak Haber Ajansı haber akışı", share="Bu ajans haberini paylaşın", source="Haberin geldiği kaynak")},
    (mp6, "QT"): {"ru": dict(also="Читайте также в «Ключевских вестях»")},
    (mp10, "WEBFLOW"): {"tr": dict(back="← Akçakavak Postası'nın bütün haberleri", by="Haber", published="Postada yayımlandı",
                                   cc_text="Akçakavak Postası, okurlarının siteyi nasıl kullandığını görmek için çerez kullanır. Seçiminizi sayfanın altındaki bağlantıdan değiştirebilirsiniz.",
                                   cc_prefs="Çerezleri seçeyim", cc_deny="Çerez istemiyorum", cc_allow="Olur, çerezlere izin veriyorum",
                                   mc_title="Akçakavak Postası her pazartesi e-postanızda", mc_req="yıldızlı alanları doldurmak zorunludur",
                                   mc_email="Pazartesi postası için e-posta adresiniz", mc_button="Pazartesi postasına kaydol",
                                   share="Bu haberi yayın", more="Akçakavak Postası'ndan başka haberler")},
    (mp13, "PUB_NAV"): {"en": ["Latest from Kestleigh Unpacked", "Kestleigh's past", "Valley people", "Back Kestleigh Unpacked"]},
    (mp13, "TEASERS"): {"en": TEASERS["en"]},
    (mp87, "TEASERS"): {"fr": TEASERS["fr"]},  # the Odoo blog's "Read Next" card
    (mp14, "BLOGGER"): {"es": dict(bio="Blog que lleva la junta directiva del AMPA del CEIP Río Serra.",
                                   comments=[("Yolanda", "Gracias por explicarlo tan claro, nosotros ya hemos presentado la reclamación."),
                                             ("Puri", "Vivimos enfrente del cole y tampoco hemos entrado. Contad con nuestra firma.")],
                                   desc="Blog del AMPA del CEIP Río Serra de Valdeserra: avisos, actividades y noticias del cole.",
                                   follow="Recibe las entradas del AMPA en tu correo:", follow_ph="Tu correo para las novedades del AMPA",
                                   follow_btn="Suscribirme al blog del AMPA")},
    (mp15, "TILDA"): {"fr": dict(nav=["L'actu de la vallée", "Saint-Orbier et les Aulnaies", "Nos enquêtes dans l'Orbise", "Écrire à Orbise Infos"],
                                 by="Texte et photos :", sub_title="La lettre d'Orbise Infos",
                                 sub_text="Chaque vendredi, un courriel avec l'essentiel de la semaine dans la vallée de l'Orbise.",
                                 ph="Votre adresse pour la lettre d'Orbise Infos", button="M'abonner à la lettre",
                                 ok="Bien reçu : un courriel de confirmation vient de partir.", share="Faire suivre cet article d'Orbise Infos",
                                 back="← Toute l'actualité d'Orbise Infos", about="Orbise Infos, média indépendant de la vallée de l'Orbise depuis 2022.",
                                 cookie="Orbise Infos dépose des cookies pour mesurer son audience et faire fonctionner l'inscription à la lettre.",
                                 cookie_ok="Compris, merci")},
    (mp16, "WIX"): {"de": dict(button="Vereinspost per E-Mail abonnieren",
                               footer="Förderverein Freibad Hohenbirken e.V. · Badweg 3 · Kasse und Kiosk in der Saison täglich ab 9 Uhr",
                               nav=["Freibad", "Der Förderverein", "Öffnungszeiten und Preise", "Neues vom Beckenrand", "Mitglied im Förderverein werden"],
                               posts=["Die Saison beginnt Mitte Mai", "Neue Sonnensegel über dem Kinderbecken", "Danke für 3.400 Euro beim Sponsorenschwimmen"],
                               rights="© 2026 {site} · Webseite gebaut mit Wix.com", tags=["Freibad Hohenbirken", "Schwimmmeister"])},
    (mp18, "WEEBLY"): {"de": dict(bio="Anja Kessler sitzt im Vorstand des Familientreffs und kümmert sich um die Ferienangebote.",
                                  cats=["Ferien", "Mittagstisch"],
                                  commenters=[("Sabine L.", "Tolle Sache! Ich kann mittwochs beim Abwasch helfen."),
                                              ("Familie Özdemir", "Unsere zwei kommen bestimmt, danke euch!")],
                                  country="DE", currency="EUR",
                                  footer="Familientreff Wiesental e.V. · Gemeindehaus, Lindenstraße 9 · offener Treff dienstags und donnerstags 15–18 Uhr",
                                  form_button="Bitte eintragen", form_text="Neuigkeiten vom Familientreff, etwa einmal im Monat.",
                                  form_title="Post vom Familientreff", free=True, heads="title",
                                  nav=["Der Familientreff", "Angebote für Familien", "Ferienprogramm", "Neues aus dem Treff", "So finden Sie den Familientreff"],
                                  tld="de")},
    (mp21, "ELEMENTOR"): {"es": dict(
        about="Periódico digital de Valdeserra y la comarca del Olmedal, hecho desde 2019 por cuatro periodistas de la zona.",
        ad_label="Anunciantes del Olmedal", bio="Redactora de El Olmedal Hoy. Sigue la cultura y los plenos de Valdeserra.",
        button="Hazte socio de El Olmedal Hoy",
        commenters=[("Reme G.", "Por fin, mi padre trabajó en esa almazara cuarenta años."), ("Andrés del Molino", "¿Los domingos también abre la tienda del museo?")],
        cookie_text="En El Olmedal Hoy usamos cookies para saber cuánta gente nos lee y para enseñar anuncios de negocios de la comarca. Tú eliges si las aceptas.",
        cookie_title="Cookies en El Olmedal Hoy",
        copyright="© 2026 El Olmedal Hoy · Edita Olmedal Medios S.L. · No se permite copiar sin autorización.",
        domain="elolmedalhoy.es", follow_title="El Olmedal Hoy en redes", footer_id=61, gtag="G-OLM3D4H7QZ", header_id=52, kit=9,
        legal=["Aviso legal de El Olmedal Hoy", "Privacidad en El Olmedal Hoy", "Cookies de El Olmedal Hoy", "Escribe a El Olmedal Hoy"],
        legal_title="Lo legal de El Olmedal Hoy",
        menu=["Actualidad del Olmedal", "Valdeserra", "Pueblos de la comarca", "Campo y olivar", "Deporte del Olmedal", "Fiestas y planes", "Quiénes hacemos El Olmedal Hoy"],
        nl_button="Me apunto a la carta", nl_form="Carta de los jueves", nl_label="Correo para la carta de los jueves",
        nl_legal="Acepto la política de privacidad de El Olmedal Hoy y quiero recibir la carta de los jueves.",
        nl_ph="tucorreo@ejemplo.es", nl_text="Los jueves, lo que ha pasado en Valdeserra y la comarca, en un solo correo.",
        nl_title="La carta del Olmedal", popular_title="Lo más leído en el Olmedal", related_title="Más de El Olmedal Hoy",
        sections_title="Secciones de El Olmedal Hoy", share_title="Comparte esta noticia del Olmedal", single_id=733,
        slogan="Noticias de Valdeserra y la comarca del Olmedal", tags=["Museo del Aceite", "presupuestos de cultura", "almazara"])},
    (mp81, "GP_SITES"): {"Brantwell Voice": dict(
        host="brantwellvoice.example", colour="#1f4e5f", logo="brantwell-voice-logo",
        nav=["Brantwell Voice news", "Brantwell council and schools", "Brantwell Meadows", "Brantwell people", "Letters to the Voice", "The people behind the Brantwell Voice"],
        sub_nav=["Kestleigh schools", "Brantwell Meadows estate"],
        cats=["Brantwell Voice news", "Brantwell council and schools", "Brantwell Meadows", "Brantwell people", "Brantwell campaigns"],
        tags=["Brantwell Meadows", "school places"],
        nl_head="The Voice on Thursday", nl_text="Every Thursday: what happened in Kestleigh, Brantwell Meadows and the valley villages, in one short email.",
        nl_button="Send me the Voice on Thursday", nl_placeholder="Your email for the Voice on Thursday",
        related="More from the Brantwell Voice",
        footer_head="About the Brantwell Voice",
        footer_text="A not-for-profit news website for Kestleigh and the Brantwell valley, run by two reporters and paid for by its readers.",
        footer_links=["Contact the Brantwell Voice", "Brantwell Voice corrections", "Brantwell Voice privacy", "Advertise with the Brantwell Voice"])},
    (mp83, "KADENCE_SITES"): {"Hathercombe Post": dict(
        host="hathercombepost.example", palette="#4a3b22", logo="hathercombe-post-logo",
        nav=["Hathercombe Post home", "Hathercombe parish council", "Hathercombe and Pellow Green", "Hathercombe people", "Hathercombe sport", "About the Hathercombe Post"],
        sub_nav=["Parish council meetings", "Planning in Hathercombe", "Hathercombe school news"],
        tags=["St Oswald's church hall", "community café", "Hathercombe volunteers"],
        about_head="About the Hathercombe Post",
        about="The Hathercombe Post is a volunteer-run news website for Hathercombe and Pellow Green, written by people who live in the two villages.",
        cats=["Hathercombe people", "Hathercombe parish council", "Hathercombe and Pellow Green", "Hathercombe sport"],
        footer_cols=[("Hathercombe Post", "Village news from Hathercombe and Pellow Green, written by neighbours."),
                     ("Get in touch with the Post", ["Send the Post your news", "Advertise in the Hathercombe Post", "How the Post is run"]),
                     ("Hathercombe Post small print", ["Hathercombe Post privacy", "Hathercombe Post cookies", "Hathercombe Post terms"])],
        copyright="© 2026 Hathercombe Post")},
    (mp87, "ODOO_SITES"): {"Le Lien de l'Orbise": dict(
        host="lelien-orbise.example", colour="#5b3a1e", logo="le-lien-de-l-orbise", phone="04 00 90 27 61",
        email="redaction@lelien-orbise.example", blog_id=1,
        blog="Les nouvelles du Lien",
        menu=["L'actu du Lien", "Villemarsan et ses hameaux", "Agenda de la vallée de l'Orbise", "Les associations du Lien", "Qui fait le Lien ?"],
        cta="Envoyer une info au Lien",
        about_head="Le Lien, c'est qui ?",
        about="Le Lien de l'Orbise est un journal associatif en ligne, écrit par une quinzaine de bénévoles de Villemarsan, de Saint-Orbier et des Aulnaies.",
        links_head="Le Lien en pratique",
        links=["Adhérer à l'association du Lien", "Passer une annonce dans le Lien", "Mentions légales du Lien", "Le Lien et vos données"],
        contact="Écrire à la rédaction du Lien",
        nl_title="Le Lien du samedi", nl_text="Chaque samedi matin, les nouvelles de la semaine dans la vallée de l'Orbise.",
        cookie_text="Le Lien utilise des cookies pour compter les lecteurs de ses articles et garder ouverte la session des adhérents. Aucune donnée n'est revendue.",
        copyright="Copyright © Association Le Lien de l'Orbise")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "blog_id", "country", "currency", "tld", "free", "phone", "email"}

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
# the new layout: a news record on a site run on Bolt CMS (Bolt 5, Symfony and Twig) with the publisher's own Twig
# theme, as the front end serves it to a reader who has not yet answered the theme's cookie notice -- an English
# weekly paper (the Kestleigh Gazette) and a German local paper (the Kornbacher Anzeiger).  The page is what the
# theme's record.twig writes for a record of the "news" content type, extending partials/_master.twig: the head the
# master template prints (charset, viewport, X-UA-Compatible, "<title> | <sitename>" from general/sitename, the
# description and author metas filled from the record's teaser and author, the Open Graph and Twitter metas, the
# Google Fonts preconnect and stylesheet, the theme's CSS from /theme/<theme>/ with its cache-busting query, the
# record's RSS feed link, the favicon, the brand colour as a CSS custom property, the NewsArticle JSON-LD and the
# site's Plausible snippet), then what Bolt's widgets inject at the end of the head: the generator meta tag
# (<meta name="generator" content="Bolt">) and the canonical link; the body (record-page, contenttype-news): the skip
# link, the theme's top bar with the date and the links from the theme config, the site header (logo from
# /theme/<theme>/images/, the payoff from general/payoff, the search form posting searchTerm to /search), the main
# menu as Bolt's menu helper prints menu.yaml's items (a.navbar-item with index-N, first / last and current
# classes), the breadcrumbs; the record template: article.record.record--news with the record-header (the category
# link, h1.record-title, the teaser field as div.record-teaser.field.field--textarea, div.record-meta with the
# author link and the date as localdate() writes it), the image field (figure.record-image.field.field--image with
# the /thumbs/<w>×<h>×crop/ srcset Bolt's thumbnail controller serves, the caption and credit fields in its
# figcaption), the body fields as a collection (div.record-body.field.field--collection[data-bolt-field]) of
# div.record-text.field.field--html items holding the editor's CKEditor HTML -- with a fact box as a set item
# (aside.record-factbox.field.field--set: its heading field and its html field) where the story has one --, the
# record-footer with the taxonomy line as Bolt's _taxonomylinks helper prints it (<em>Categories:</em> …
# class="taxonomy-categories" - <em>Tags:</em> … class="taxonomy-tags") and the theme's share links; after the
# record the "related records" list (record|related) and the previous / next pager of base-2021's
# _record_prev_next.twig; the footer blocks the theme prints from its config (about, contact, the footer menu), the
# copyright and "Built with Bolt" line; the theme's cookie notice (hidden until its script has looked for the
# consent cookie); and the closing scripts (Alpine.js, the theme's app.js, the cookie-notice script).  Residue the
# editor pasted into the record goes into the html field among the paragraphs, where CKEditor keeps it.
# Bolt's own strings and the defaults its config and the base theme ship (BOLT_CORE: taxonomy names, the skip link,
# search, "Home", the pager's "Previous" / "Next" with the content type's singular name, the share and cookie
# buttons, the "by" and date format) are left as they ship and not checked; the sites' own strings (BOLT_SITES:
# payoff, top links, menu, footer blocks and menu, copyright, the cookie notice's text, the related heading) are.
# --------------------------------------------------------------------------
BOLT_CORE = {
    "en": dict(html_lang="en-GB", months=["January", "February", "March", "April", "May", "June", "July", "August",
                                          "September", "October", "November", "December"],
               date="{d} {m} {y}", weekdays=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
               skip="Skip to content", search="Search", search_ph="Search…", home="Home", news="News",
               singular="Article", by="By", categories="Categories", category="Category", tags="Tags", tag="Tag",
               previous="Previous", next="Next", share="Share", mail="Email", accept="Accept", decline="Decline",
               more="More information", menu="Main menu", built="Built with", og_locale="en_GB"),
    "de": dict(html_lang="de-DE", months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                                          "September", "Oktober", "November", "Dezember"],
               date="{d}. {m} {y}", weekdays=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
               skip="Zum Inhalt springen", search="Suchen", search_ph="Suchen…", home="Startseite", news="Nachrichten",
               singular="Artikel", by="Von", categories="Rubriken", category="Rubrik", tags="Schlagwörter", tag="Schlagwort",
               previous="Vorheriger", next="Nächster", share="Teilen", mail="E-Mail", accept="Akzeptieren", decline="Ablehnen",
               more="Mehr erfahren", menu="Hauptmenü", built="Erstellt mit", og_locale="de_DE"),
}
BOLT_SITES = {
    "Kestleigh Gazette": dict(
        lang="en", host="www.kestleighgazette.example", theme="kestleigh-gazette", colour="#7a1f2b", plausible="kestleighgazette.example",
        payoff="The weekly paper for Kestleigh and the Brantwell valley since 1884",
        top_links=["Buy this week's Gazette", "Gazette announcements", "Send the Gazette your pictures"],
        menu=["Kestleigh news", "Valley villages", "Gazette education", "Gazette sport", "What's on in Kestleigh", "Gazette letters"],
        related="More Gazette stories you might have missed",
        about_title="About the Kestleigh Gazette",
        about="The Kestleigh Gazette is printed every Thursday and has been published from the same office on Castle Street since 1884.",
        contact_title="Contact the Gazette",
        contact=["12 Castle Street, Kestleigh", "Newsdesk 01632 960 581", "news@kestleighgazette.example"],
        footer_menu_title="Gazette services",
        footer_menu=["Subscribe to the printed Gazette", "Advertise in the Kestleigh Gazette", "Gazette complaints", "Gazette privacy notice"],
        copyright="© 2026 Kestleigh Gazette Ltd, all rights reserved",
        cookie="The Kestleigh Gazette uses a cookie to remember this choice and, if you agree, anonymous statistics to see which pages are read."),
    "Kornbacher Anzeiger": dict(
        lang="de", host="www.kornbacher-anzeiger.example", theme="kornbacher-anzeiger", colour="#1d4f2e", plausible="kornbacher-anzeiger.example",
        payoff="Die Heimatzeitung für Kornbach und das Lautertal",
        top_links=["Anzeiger im Abo", "Familienanzeigen im Anzeiger", "Leserfotos an den Anzeiger"],
        menu=["Kornbach aktuell", "Lautertal-Gemeinden", "Anzeiger-Sport", "Vereine im Lautertal", "Termine im Lautertal", "Anzeiger-Leserbriefe"],
        related="Das könnte Sie im Anzeiger auch interessieren",
        about_title="Über den Kornbacher Anzeiger",
        about="Der Kornbacher Anzeiger erscheint seit 1951 jeden Mittwoch und Samstag und berichtet aus allen Ortsteilen des Lautertals.",
        contact_title="So erreichen Sie den Anzeiger",
        contact=["Hauptstraße 22, Kornbach", "Redaktion 06381 5520-0", "redaktion@kornbacher-anzeiger.example"],
        footer_menu_title="Anzeiger-Service",
        footer_menu=["Impressum des Kornbacher Anzeigers", "Datenschutz beim Anzeiger", "Anzeigenpreise des Anzeigers", "Zustellung und Abo-Service"],
        copyright="© 2026 Kornbacher Anzeiger Verlagsgesellschaft mbH",
        cookie="Der Kornbacher Anzeiger speichert Ihre Auswahl in einem Cookie und erhebt mit Ihrer Zustimmung anonyme Statistiken darüber, welche Seiten gelesen werden."),
}
BOLT_EXEMPT = {"lang", "host", "theme", "colour", "plausible"}


def bolt_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return BOLT_CORE[lang]["date"].format(d=d, m=BOLT_CORE[lang]["months"][m - 1], y=y)


def bolt_block(kind, val):
    """A block of the story as CKEditor saves it in the record's html field."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def bolt_thumb(w, h, path):
    """The URL of a thumbnail as Bolt's thumbnail controller serves it (width × height × crop mode)."""
    return "/thumbs/%d\u00d7%d\u00d7crop/%s" % (w, h, path)


def tpl_bolt(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = BOLT_CORE[lang], BOLT_SITES[site]
    base = "https://" + s["host"]
    slug_ = wp_slug(art["title"], 80)
    url = "%s/news/%s" % (base, slug_)
    theme = "/theme/" + s["theme"]
    ver = "%08x" % rng.getrandbits(32)
    rid = rng.randint(180, 2400)
    blocks, n = art["blocks"], len(art["blocks"])
    # the body fields: a collection of html items, with a fact box (a heading and its list) as a set item
    fact = {j for style, _, j in art["looks"] if style == "factbox"}
    items, run = [], []

    def flush():
        if run:
            items.append('<div class="record-text field field--html" data-bolt-field="text">\n%s\n</div>' % "\n".join(run))
            del run[:]

    i = 0
    while i <= n:
        run.extend(placed.get(i, []))
        if i == n:
            break
        if i in fact:
            assert not placed.get(i + 1), (art["id"], "residue inside the fact box")
            flush()
            items.append(('<aside class="record-factbox field field--set" data-bolt-field="factbox">\n'
                          '<h2 class="record-factbox__title field field--text">%s</h2>\n'
                          '<div class="record-factbox__body field field--html">\n%s\n</div>\n</aside>')
                         % (E(blocks[i][1]), bolt_block(*blocks[i + 1])))
            i += 2
            continue
        run.append(bolt_block(*blocks[i]))
        i += 1
    flush()
    body = "\n".join(items)
    y, mo = art["date"][:4], art["date"][5:7]
    img = "%s-%s/%s.jpg" % (y, mo, wp_slug(art["caption"], 50))
    srcset = ", ".join("%s %dw" % (bolt_thumb(w, (w * 9 + 8) // 16, img), w) for w in (600, 1000, 1600))
    hh, mm = rng.randint(6, 11), rng.randint(0, 59)
    day = datetime.date.fromisoformat(art["date"])
    summer = 4 <= day.month <= 10  # (British Summer Time / CEST, near enough for the dates of this part)
    tz = {"en": ("+01:00" if summer else "+00:00"), "de": ("+02:00" if summer else "+01:00")}[lang]
    today = "%s, %s" % (c["weekdays"][day.weekday()], bolt_date(lang, art["date"]))
    tags = art.get("tags") or [art["section"]]
    cat_slug = wp_slug(art["section"])
    menu = "\n".join("<a href='/%s' title='%s' class='navbar-item %sindex-%d%s%s'>%s</a>"
                     % ("" if k == 0 else "category/" + wp_slug(x), A(x), "current " if k == 0 else "", k + 1,
                        " first" if k == 0 else "", " last" if k == len(s["menu"]) - 1 else "", E(x))
                     for k, x in enumerate(s["menu"]))
    top = "".join('<li class="topbar__item"><a href="/page/%s">%s</a></li>' % (wp_slug(x), E(x)) for x in s["top_links"])
    taxonomy = ('<p>\n<em>%s:</em>\n<a href="/category/%s" class="taxonomy-categories">%s</a>\n - \n<em>%s:</em>\n%s\n</p>'
                % (E(c["category"]), cat_slug, E(art["section"]), E(c["tags"] if len(tags) > 1 else c["tag"]),
                   ",\n".join('<a href="/tag/%s" class="taxonomy-tags">%s</a>' % (wp_slug(t), E(t)) for t in tags)))
    heads = rng.sample(HEADLINES[lang], 5)
    related = "\n".join('<li class="related-records__item"><a href="/news/%s">%s</a> <time datetime="%s">%s</time></li>'
                        % (wp_slug(h, 80), E(h), d, E(bolt_date(lang, d)))
                        for h, d in ((h, days_before(art["date"], rng.randint(2, 40))) for h in heads[:3]))
    prev_h, next_h = heads[3], heads[4]

    def excerpt(t, k=44):  # Bolt's excerpt filter: cut at a word boundary, with an ellipsis
        return t if len(t) <= k else t[:k].rsplit(" ", 1)[0] + "…"
    shares = [("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
              ("WhatsApp", "https://wa.me/?text=" + url), (c["mail"], "mailto:?subject=" + slug_ + "&amp;body=" + url)]
    share = "".join('<a class="record-share__link record-share__link--%s" href="%s" target="_blank" rel="noopener">%s</a>'
                    % (wp_slug(name), u, E(name)) for name, u in shares)
    footer_menu = "".join("<li><a href='/page/%s' class='navbar-item index-%d%s%s'>%s</a></li>"
                          % (wp_slug(x), k + 1, " first" if k == 0 else "", " last" if k == len(s["footer_menu"]) - 1 else "", E(x))
                          for k, x in enumerate(s["footer_menu"]))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
                     "description": art["sub"], "datePublished": "%sT%02d:%02d:00%s" % (art["date"], hh, mm, tz),
                     "author": {"@type": "Person", "name": art["byline"]},
                     "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": base + theme + "/images/logo.svg"}},
                     "image": base + bolt_thumb(1600, 900, img), "mainEntityOfPage": url}, ensure_ascii=False)
    alt = art["caption"]
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta http-equiv="X-UA-Compatible" content="ie=edge">
  <title>{E(art["title"])} | {E(site)}</title>
  <meta name="description" content="{A(art["sub"])}">
  <meta name="author" content="{A(art["byline"])}">
  <meta property="og:type" content="article">
  <meta property="og:locale" content="{c["og_locale"]}">
  <meta property="og:site_name" content="{A(site)}">
  <meta property="og:title" content="{A(art["title"])}">
  <meta property="og:description" content="{A(art["sub"])}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{base}{bolt_thumb(1200, 630, img)}">
  <meta property="article:published_time" content="{art["date"]}T{hh:02d}:{mm:02d}:00{tz}">
  <meta name="twitter:card" content="summary_large_image">

  <link rel="preconnect" href="https://fonts.googleapis.com" crossorigin />
  <link href="https://fonts.googleapis.com/css2?family=Source+Sans+3:wght@400;600;700&amp;family=Merriweather:ital,wght@0,400;0,700;1,400&amp;display=swap" rel="stylesheet">

  <link rel="stylesheet" href="{theme}/css/theme.css?v={ver}" />
  <link rel="stylesheet" href="{theme}/css/print.css?v={ver}" media="print" />
  <link rel="alternate" type="application/rss+xml" title="{A(site)}" href="/news/rss/feed.xml">
  <link rel="icon" type="image/png" href="{theme}/images/favicon-32.png" sizes="32x32">
  <style>
    :root {{ --brand: {s["colour"]}; --brand-dark: #1b1b1b; --measure: 42rem; }}
    .record-factbox {{ border-top: 4px solid var(--brand); background: #f4f1ea; padding: 1rem 1.25rem; }}
  </style>
  <script type="application/ld+json">{ld}</script>
  <script defer data-domain="{s["plausible"]}" src="https://plausible.io/js/script.outbound-links.js"></script>
  <script>window.plausible = window.plausible || function() {{ (window.plausible.q = window.plausible.q || []).push(arguments) }}</script>
<meta name="generator" content="Bolt">
<link rel="canonical" href="{url}">
</head>

<body class="record-page contenttype-news" style="font-family: 'Source Sans 3', sans-serif;">
  <a href="#main" class="skip-link">{E(c["skip"])}</a>

  <div class="topbar">
    <div class="container topbar__inner">
      <span class="topbar__date">{E(today)}</span>
      <ul class="topbar__links">{top}</ul>
    </div>
  </div>

  <header class="site-header" role="banner">
    <div class="container site-header__inner">
      <a class="site-header__logo" href="/"><img src="{theme}/images/logo.svg" alt="{A(site)}" width="280" height="52"></a>
      <p class="site-header__payoff">{E(s["payoff"])}</p>
      <form class="site-header__search" action="/search" method="get" role="search">
        <label class="visually-hidden" for="searchTerm">{E(c["search"])}</label>
        <input type="search" id="searchTerm" name="searchTerm" placeholder="{A(c["search_ph"])}">
        <button type="submit" class="button">{E(c["search"])}</button>
      </form>
    </div>
    <nav class="main-menu" aria-label="{A(c["menu"])}" x-data="{{ open: false }}">
      <button class="main-menu__toggle" type="button" @click="open = !open" :aria-expanded="open.toString()">☰</button>
      <div class="main-menu__items container" :class="{{ 'is-open': open }}">
{menu}
      </div>
    </nav>
  </header>

  <main id="main" class="site-main">
    <div class="container">
      <nav class="breadcrumbs" aria-label="breadcrumb">
        <a href="/">{E(c["home"])}</a> <span aria-hidden="true">›</span>
        <a href="/news">{E(c["news"])}</a> <span aria-hidden="true">›</span>
        <a href="/category/{cat_slug}">{E(art["section"])}</a>
      </nav>

      <!-- Record Content-->
      <article class="record record--news" id="news-{rid}" data-bolt-contenttype="news">
        <header class="record-header">
          <a class="record-category" href="/category/{cat_slug}">{E(art["section"])}</a>
          <h1 class="record-title">{E(art["title"])}</h1>
          <div class="record-teaser field field--textarea" data-bolt-field="teaser"><p>{E(art["sub"])}</p></div>
          <div class="record-meta">
            <span class="record-meta__author">{E(c["by"])} <a href="/author/{wp_slug(art["byline"])}" rel="author">{E(art["byline"])}</a></span>
            <span class="record-meta__sep" aria-hidden="true">·</span>
            <time class="record-meta__date" datetime="{art["date"]}T{hh:02d}:{mm:02d}:00{tz}">{E(bolt_date(lang, art["date"]))}</time>
          </div>
        </header>

        <figure class="record-image field field--image" data-bolt-field="image">
          <img src="{bolt_thumb(1000, 563, img)}" srcset="{srcset}" sizes="(max-width: 1000px) 100vw, 1000px" width="1000" height="563" alt="{A(alt)}" loading="eager">
          <figcaption class="record-image__caption">{E(art["caption"])} <span class="record-image__credit">{E(art["credit"])}</span></figcaption>
        </figure>

        <div class="record-body field field--collection" data-bolt-field="content">
{body}
        </div>

        <footer class="record-footer">
          <div class="record-taxonomy">
{taxonomy}
          </div>
          <div class="record-share"><span class="record-share__label">{E(c["share"])}</span> {share}</div>
        </footer>
      </article>
      <!--/ Record Content-->

      <section class="related-records">
        <h2 class="related-records__title">{E(s["related"])}</h2>
        <ul class="related-records__list">
{related}
        </ul>
      </section>

      <!--Next & Prev Links-->
      <div class="record-pager">
        <div class="record-pager__prev">
          <span class="record-pager__label">&laquo; {E(c["previous"])} {E(c["singular"])}</span><br>
          <p><a href="/news/{wp_slug(prev_h, 80)}">{E(excerpt(prev_h))}</a></p>
        </div>
        <div class="record-pager__next">
          <span class="record-pager__label">{E(c["next"])} {E(c["singular"])} &raquo;</span><br>
          <p><a href="/news/{wp_slug(next_h, 80)}">{E(excerpt(next_h))}</a></p>
        </div>
      </div>
      <!--/Next & Prev Links-->
    </div>
  </main>

  <footer class="site-footer">
    <div class="container site-footer__blocks">
      <div class="site-footer__block block block--about">
        <h2 class="block__title">{E(s["about_title"])}</h2>
        <p>{E(s["about"])}</p>
      </div>
      <div class="site-footer__block block block--contact">
        <h2 class="block__title">{E(s["contact_title"])}</h2>
        <p>{"<br>".join(E(x) for x in s["contact"])}</p>
      </div>
      <div class="site-footer__block block block--menu">
        <h2 class="block__title">{E(s["footer_menu_title"])}</h2>
        <ul class="menu">{footer_menu}</ul>
      </div>
    </div>
    <div class="container site-footer__bottom">
      <p class="site-footer__copyright">{E(s["copyright"])}</p>
      <p class="site-footer__built">{E(c["built"])} <a href="https://boltcms.io" rel="noopener">Bolt</a></p>
    </div>
  </footer>

  <div class="cookie-notice" id="cookie-notice" role="dialog" aria-live="polite" hidden>
    <p class="cookie-notice__text">{E(s["cookie"])} <a href="/page/{wp_slug(s["footer_menu"][-1])}">{E(c["more"])}</a></p>
    <div class="cookie-notice__buttons">
      <button type="button" class="button cookie-notice__accept" data-cookie-consent="yes">{E(c["accept"])}</button>
      <button type="button" class="button button--ghost cookie-notice__decline" data-cookie-consent="no">{E(c["decline"])}</button>
    </div>
  </div>

  <script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"></script>
  <script defer src="{theme}/js/app.js?v={ver}"></script>
  <script>
    (function () {{
      var notice = document.getElementById('cookie-notice');
      if (!/(^|; )cookie_consent=/.test(document.cookie)) {{ notice.hidden = false; }}
      notice.addEventListener('click', function (e) {{
        var v = e.target.getAttribute('data-cookie-consent');
        if (!v) {{ return; }}
        document.cookie = 'cookie_consent=' + v + '; path=/; max-age=31536000; SameSite=Lax';
        notice.hidden = true;
      }});
    }})();
  </script>
</body>

</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (CKEditor in Bolt and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"bolt": []}  # (the image field and its caption sit above the body fields)
for _mod, _names in ((mp2, ["magazine", "nextjs"]), (mp3, ["broadcaster"]), (mp5, ["squarespace", "brightspot"]),
                     (mp6, ["bitrix", "quintype"]), (mp7, ["k2"]), (mp10, ["webflow"]), (mp13, ["medium"]),
                     (mp14, ["blogger"]), (mp15, ["tilda"]), (mp16, ["wix"]), (mp18, ["weebly"]), (mp21, ["elementor"]),
                     (mp81, ["generatepress"]), (mp83, ["kadence"]), (mp87, ["odoo"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "schoolappeals", "kidseatfree", "museumdays"]
NEW_FAMILIES = ["schoolappeals", "kidseatfree", "museumdays"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"schoolappeals": ["schoolappeals", "admission appeal", "admissions appeal", "school place appeal",
                                      "appeal hearing", "appeal timetable", "appeals timetable", "clerk to the appeal"],
                    "kidseatfree": ["kidseatfree", "kids eat free", "kids-eat-free", "children eat free",
                                    "free children's meal", "free kids' meal"],
                    "museumdays": ["museumdays", "free museum day", "free museum", "museum days", "free entry day",
                                   "free-entry day", "free gallery day"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a club's, a society's or a parents' association's website would not carry (no newsroom to credit a
# photograph to, to update a story or to have reporters, no adverts, app or paywall)
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
    "cookie": ['<div class="video-optin-qv7"><p class="video-optin-qv7__t">%s</p><button class="video-optin-qv7__b" type="button">Switch on</button></div>',
               '<p class="clip-blocked-qv7">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="six-oclock-qv7"><p class="six-oclock-qv7__t">%s</p><a class="six-oclock-qv7__a" href="/newsletters/six">&#8594;</a></div>',
                   '<p class="register-wall-qv7">%s</p>', '<h5 class="evening-mail-qv7">%s</h5>'],
    "share": ['<ul class="tell-valley-qv7">{items}</ul>', '<div class="tell-valley-row-qv7">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="supplied-pic-qv7">%s</p>', '<span class="supplied-tag-qv7">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="no-republish-qv7">%s</p>', '<div class="written-permission-qv7"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="valley-label-qv7">%s</p>', '<h6 class="valley-strap-qv7">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="diamond-rule-qv7">%s</p>', '<div class="flower-rule-qv7">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="extra-reporting-qv7">%s</p>', '<div class="team-credit-qv7">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-again-qv7"><b>%s</b></p>', '<h2 class="headline-echo-qv7">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="advert-break-qv7">%s</div>', '<p class="resumes-below-qv7">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-reading-qv7"><a href="#more">%s</a></p>', '<div class="read-on-toggle-qv7">%s</div>', '<div><a href="#more"><b>%s</b></a></div>'],
    "comments": ['<p class="reader-comments-qv7"><a href="#comments">%s</a></p>', '<div class="comment-tally-qv7">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="read-length-qv7">%s</p>', '<span class="read-length-chip-qv7">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="story-updated-qv7"><time>%s</time></p>', '<div class="update-note-qv7">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-qv7"><button class="read-aloud-qv7__btn" type="button" aria-label="Play"></button><span class="read-aloud-qv7__l">%s</span></div>',
              '<p class="listen-line-qv7"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="was-corrected-qv7"><p>%s</p></aside>', '<p class="amend-note-qv7"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-app-qv7"><p class="phone-app-qv7__t">%s</p><a class="phone-app-qv7__a" href="/app">&#8681;</a></div>',
            '<p class="get-app-qv7">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="writer-note-qv7"><p class="writer-note-qv7__t">%s</p></div>', '<p class="covers-beat-qv7"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="know-something-qv7"><p>%s</p></div>', '<p class="call-newsroom-qv7">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="error-report-qv7"><p>%s</p></div>', '<p class="highlight-ctrl-qv7">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="browser-alerts-qv7"><p class="browser-alerts-qv7__q">%s</p></div>', '<ul class="browser-alerts-opts-qv7">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="story-options-qv7">{items}</ul>', '<p class="options-row-qv7">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="did-it-help-qv7"><p class="did-it-help-qv7__q">%s</p></div>', '<ul class="did-it-help-opts-qv7">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-qv7"><p>%s</p></div>', '<p class="concerns-to-qv7"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-qv7"><span class="more-on-qv7__t">%s</span></div>', '<ul class="more-on-list-qv7">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="star-save-qv7"><a class="star-save-qv7__a" href="#save">%s</a></div>', '<p class="save-line-qv7"><a href="#save">%s</a></p>',
                 '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="have-say-qv7"><p class="have-say-qv7__q">%s</p><button class="have-say-qv7__b" type="button">Send</button></div>',
             '<ul class="have-say-opts-qv7">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-qv7"><a class="clip-facade-qv7__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({appeallist}: the appeal stages with when and where, and how to appeal,
    # the clerk's office and late appeals, as a list; {appealrows}: the stages as a table; {appealdl}: how to appeal,
    # the clerk and late appeals as a definition list; {kidslist}: the venues with their days and what children get,
    # and who eats free, the conditions and the dates, as a list; {kidsrows}: the venues as a table; {kidsdl}: who,
    # conditions and dates as a definition list; {museumlist}: the venues with their free days and booking, and
    # access, the quiet hour and getting there, as a list; {museumrows}: the venues as a table; {museumdl}: access,
    # quiet hour and getting there as a definition list)
    "schoolappeals": ['<div class="admission-dates-box"><h4 class="admission-dates-box__hd">%s</h4><ul class="admission-dates-box__list">{appeallist}</ul></div>',
                      '<div class="appeal-stages-grid"><p class="appeal-stages-grid__hd"><strong>%s</strong></p><table class="appeal-stages-grid__tbl">{appealrows}</table></div>',
                      '<p class="lodge-appeal-link"><a href="/schools/admissions/appeals">%s</a></p>',
                      '<div class="appeal-clerk-card"><h5 class="appeal-clerk-card__hd">%s</h5><dl class="appeal-clerk-card__dl">{appealdl}</dl></div>'],
    "kidseatfree": ['<div class="free-kids-meals-panel"><h4 class="free-kids-meals-panel__hd">%s</h4><ul class="free-kids-meals-panel__list">{kidslist}</ul></div>',
                    '<div class="kids-meal-venues"><p class="kids-meal-venues__hd"><b>%s</b></p><table class="kids-meal-venues__tbl">{kidsrows}</table></div>',
                    '<p class="kids-meal-finder"><a class="kids-meal-finder__a" role="button" href="/ferien/kinder-essen-gratis">%s</a></p>',
                    '<div class="kids-meal-terms"><h5 class="kids-meal-terms__hd">%s</h5><dl class="kids-meal-terms__dl">{kidsdl}</dl></div>'],
    "museumdays": ['<aside class="gratis-museum-strip"><h4 class="gratis-museum-strip__hd">%s</h4><ul class="gratis-museum-strip__list">{museumlist}</ul></aside>',
                   '<div class="open-door-venues"><p class="open-door-venues__hd"><strong>%s</strong></p><table class="open-door-venues__tbl">{museumrows}</table></div>',
                   '<p class="free-visit-planner"><a class="free-visit-planner__a" href="/musees/visites-gratuites">%s</a></p>',
                   '<div class="visit-access-card"><h5 class="visit-access-card__hd">%s</h5><dl class="visit-access-card__dl">{museumdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/six"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<b>%s</b> / ']),
          "schoolappeals": (0.0, [' <a href="/education/recours-affectation"><strong>%s</strong></a>']),
          "kidseatfree": (0.0, [' <a class="button" href="/ferien/kinder-essen-gratis"><b>%s</b></a>']),
          "museumdays": (0.0, ['<br><a href="/musees/visites-gratuites"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "schoolappeals": 2, "kidseatfree": 2, "museumdays": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="body-picture-qv7"><img src="/media/{id}-body.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="620"><br><small>{cap} — {cr}</small></p>']
RELATED_STYLES = ['<div class="valley-links-qv7"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="elsewhere-box-qv7"><p class="elsewhere-box-qv7__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (APPEAL_HEAD, KIDS_HEAD, MUSEUM_HEAD, above), as the web teams left them (not checked)


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
    if "{appeal" in style:
        out = (out.replace("{appeallist}", "".join('<li><strong>%s</strong>: %s (%s)</li>' % tuple(esc(x) for x in r) for r in APPEAL_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in APPEAL_INFO[lang]))
               .replace("{appealrows}", table(APPEAL_HEAD[lang], APPEAL_ROWS[lang])).replace("{appealdl}", dl(APPEAL_INFO[lang])))
    if "{kids" in style:
        out = (out.replace("{kidslist}", "".join('<li><strong>%s</strong> — %s: %s</li>' % tuple(esc(x) for x in r) for r in KIDS_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in KIDS_INFO[lang]))
               .replace("{kidsrows}", table(KIDS_HEAD[lang], KIDS_ROWS[lang])).replace("{kidsdl}", dl(KIDS_INFO[lang])))
    if "{museum" in style:
        out = (out.replace("{museumlist}", "".join('<li><strong>%s</strong>: %s · %s</li>' % tuple(esc(x) for x in r) for r in MUSEUM_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in MUSEUM_INFO[lang]))
               .replace("{museumrows}", table(MUSEUM_HEAD[lang], MUSEUM_ROWS[lang])).replace("{museumdl}", dl(MUSEUM_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "schoolappeals": rng.choice([mid, n, n]),
               "kidseatfree": rng.choice([mid, n]), "museumdays": rng.choice([0, mid, n])}.get(fam, mid)
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
DROPCAP = {"wordpress": ("class", "has-drop-cap"), "magazine": ("class", "dropcap"),
           "generatepress": ("class", "has-drop-cap"), "kadence": ("class", "has-drop-cap")}
BOX = {"magazine": ("wrap", '<div class="feature-panel feature-panel--walnut">\n', "\n</div>")}
FACTBOX = {"bolt": ("template",)}  # (a set item of the body collection, drawn by tpl_bolt)
# Odoo's Alert building block, which the editor dropped around a paragraph
CALLOUT = {"odoo": ('<div class="s_alert s_alert_md alert alert-info w-100 clearfix o_colored_level" data-snippet="s_alert" data-name="Alert">\n'
                    '<i class="fa fa-2x fa-info-circle s_alert_icon"></i>\n<div class="s_alert_content">\n<p>', "</p>\n</div>\n</div>")}
BOLD = {"bolt": ("<strong>", "</strong>")}
ITALIC = {"bolt": ("<i>", "</i>")}  # (CKEditor 5's italic)
# a highlight: the rich editor's <mark> on quintype, CKEditor 5's marker in Bolt, TinyMCE's background colour in
# Elementor's text editor
HIGHLIGHT = {"quintype": ('<mark>', "</mark>"), "bolt": ('<mark class="marker-yellow">', "</mark>"),
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
# templates: bolt is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"bolt": tpl_bolt, "magazine": mp2.tpl_magazine, "nextjs": mp2.tpl_nextjs,
                 "broadcaster": mp3.tpl_broadcaster, "squarespace": mp5.tpl_squarespace,
                 "brightspot": mp5.tpl_brightspot, "bitrix": mp6.tpl_bitrix, "quintype": mp6.tpl_quintype,
                 "k2": mp7.tpl_k2, "webflow": mp10.tpl_webflow, "medium": mp13.tpl_medium, "blogger": mp14.tpl_blogger,
                 "tilda": mp15.tpl_tilda, "wix": mp16.tpl_wix, "weebly": mp18.tpl_weebly,
                 "elementor": mp21.tpl_elementor, "generatepress": mp81.tpl_generatepress, "kadence": mp83.tpl_kadence,
                 "odoo": mp87.tpl_odoo}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h92), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "bolt"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"generatepress": (mp81, "GP_SITES"), "kadence": (mp83, "KADENCE_SITES"), "odoo": (mp87, "ODOO_SITES")}


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
            rng = random.Random("newsflow-heldout94-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI94[lang]
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
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



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
    # layouts: bolt (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # at least MIN_FRESH of the earlier layouts are used by none of h89 .. h92
    fresh = [t for t in tpls if t != NEW_LAYOUT and not any(a["tpl"] == t for mod in FRESH_PARTS for a in mod.ARTICLES)]
    if len(fresh) < MIN_FRESH:
        problems.append("%d earlier layouts that h89 .. h92 did not use (want %d or more)" % (len(fresh), MIN_FRESH))
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
    # the bolt pages: a site of BOLT_SITES in its own language (BOLT_CORE); of the looks only those CKEditor sets in
    # the html field (bold, italic, a highlight, a line break) and a fact box (a set item of the body collection);
    # the later layouts keyed by site name: a site this part adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in BOLT_SITES or a["lang"] not in BOLT_CORE
                                       or BOLT_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in ("bold", "italic", "br", "highlight", "factbox") for st, _ in a.get("look", []))):
            problems.append("%s: bolt page needs a Bolt site in its language and the editor's looks only" % a["id"])
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
    bolt_sites = [{k: v for k, v in d.items() if k not in BOLT_EXEMPT} for d in BOLT_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (BOLT_CORE, APPEAL_HEAD, KIDS_HEAD and MUSEUM_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("BOLT_SITES", bolt_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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






