#!/usr/bin/env python3
"""Hundred-and-third held-out part (h103-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout103.py           # write pages/h103-*.html
    python benchmarks/data/extraction/make_heldout103.py --check   # verify pages/h103-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout103.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout104.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout102.py and make_heldout101.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures as make_heldout100.py, so that make_pages.py can import this module and merge it
the same way.  The page ids carry a three-digit part number (h103-en-001 ...): nothing here slices an id by
position, the seed is the whole id, and verify() builds the expected ids from PART.
Stories are in articles_h103_en.py / articles_h103_intl.py (fictional local and regional outlets, regional
broadcasters, a business paper, a village forum, a village newsletter on Substack, volunteer community sites, a
reader-owned co-operative paper, an association's monthly and two news blogs on Tumblr kept by a parent and a local
journalist, in invented places -- Caddiswick on the Cadd with Hob's Cross, Dunmow Green, Thrushmere and the
Quarrybank estate, in Orrindale; Ilgınköy with Sarıyazı; Wiesenfels in the Kaldetal with Moosbach and Lindhöfen;
Brévonne in the Val d'Aurance with the hamlet of Les Sorbiers; Valdecarrizo with El Olmedillo; Ивняково on the Ивница
with Заливное --; every name and number invented).  The residue wordings -- twenty-eight of the generic families of
the earlier parts (one wording each in every language, two for the newsletter, whose first is the pitch run into a
paragraph, and for the embed) plus three new ones -- their wrapper class names, related headlines and teasers, site
names, the sites' own strings in the earlier layouts and the furniture strings are new here: verify() refuses to
build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows,
headlines, tags or site names of make_heldout2..102, if a wrapper class name of an earlier part recurs, if a "new"
family is already in an earlier pool, family list, template family or docstring, if a story paragraph or headline
of an earlier part (h101 and h102 included) recurs, if a headline is also a story paragraph, or if a body is outside
150-400 words.  The earlier families placed only for a reason in a story (calendar, map, gallery, scores) are not
used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three or four languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only
on the third carrier --, a definition-list card): school-uniform swap-shop rails (the rails, which schools' badges
they carry and when they are open, the sizes, how to donate and that anyone may take) on an English parent's
Tumblr post on back-to-school costs (the new layout: the list), a hospice's new charity shop (the table), a German
paper's survey of what the school start costs (the link, run into the last paragraph) and a Spanish parents'
association opening a uniform wardrobe (the card); free carbon-monoxide alarm give-aways (who can get one, where to
collect it and what to bring, how to fit and test it, the symptoms) on an English gas leak on an estate (the list),
a retiring firefighter's interview about home safety visits (the table), a French boiler-replacement scheme (the
button, run into the last paragraph) and a Russian gas leak in a block of flats (the card); and short-term
wheelchair loans (where to collect one and when, for how long, the deposit, returns) on an English carers' group's
anniversary (the list), a Turkish blogger's day at the town's first shopping centre (the table), a German hospital
discharge helpers' scheme (the link) and a Spanish hospital's new discharge unit (the card).  Only the languages
that carry a new family have its rows (WIDGET_LANGS); the tables' heads (UNIFORM_HEAD, CO_HEAD, CHAIR_HEAD) are the
web teams' generic strings and not checked; the rows (UNIFORM_ROWS, UNIFORM_INFO, CO_ROWS, CO_INFO, CHAIR_ROWS,
CHAIR_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the two Tumblr blogs and the Substack village newsletter -- no newsroom to credit a
photograph to, update a story, sell adverts or send reporters); a correction box goes only on a story that was
corrected, with that story's own wording (a German football club's last promotion year, that page's only residue,
an English bus timetable's start date, the page's only residue besides its template's own caption and related card,
and a French mill wheel's size, which the page carries among its residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips
and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists and
tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share
line, the uniform-swap link, the alarm button; only one line in any paragraph) or a section tag run into the start
of the first paragraph.  On the new layout, residue the owner pasted sits among the paragraphs of the post's body.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(CKEditor's drop-cap style on a Craft paragraph), italics (one-line quotes on tumblr and substack), bold (one-line paragraphs
on tumblr: "Forty-one pounds for one jumper.", "Otopark öğlen dolmuştu."), a highlighted sentence (a <mark> on neos),
a paragraph in a box (HubSpot's rich-text box around a subheading and its paragraph), a fact box holding a
subheading and its list (a Sitecore rich-text fact box around "So hilft der Helferkreis"), a callout (a raw-HTML
callout in a Jekyll post around a mill's visiting hours); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "And once you clock off on Friday?", "Ya bundan sonra siz ne yapacaksınız?",
"А что изменилось на маршруте за эти годы?" --, in English, Turkish and Russian: a firefighter after 29 years, a village
teacher after 27, a bus driver after 22), lists inside the story (a carers' group's services, a helpers' scheme, a
market's changes), crossheads as headings (a lifeboat, a bakery, a library, a lantern festival, a Russian river's
ice) and as bold paragraphs (a cricket pavilion, a German football club, a French market), one-line quotes and
short one-line paragraphs, a closing line with practical information (nearly every story: a shop's hours, a gas
emergency number, a carers' group's meetings, a timetable, a boathouse shop, baking jobs, a shopping centre's
hours, a school's exhibition, a library's hours, a party in a clubhouse, a council office's hours, a market's first
day, a mill's visits, a hospital unit's hours, workshops, emergency numbers, a send-off), and story sentences that
use furniture words in ordinary reporting ("Cookies, crisps and a new pencil case" opening an English post, "Teilen,
tauschen, weitergeben" opening a German story, "Contact the group through the Dunmow Green surgery" closing a
story, "Fotoğraflarınızı bana gönderirseniz burada paylaşırım" closing a Turkish post, "fill in the form").  Two
pages carry no residue at all (a Turkish library on duda and a Spanish lantern festival on beaverbuilder) and one
only its correction line (a German football club on bolt); a second correction-only page is an English bus timetable on
polopoly, whose template adds its own caption and related card.
One page layout is new (tumblr: a text post on a news blog hosted on Tumblr with a custom theme, on two pages, an
English and a Turkish blog; see the section of the layout below).  The theme's labels and Tumblr's note wordings
(TUMBLR_CORE) are left as the theme and the platform ship them and not checked; the blogs' own strings
(TUMBLR_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- chorus (make_heldout71.py),
methode (make_heldout73.py), substack (make_heldout3.py), textpattern (make_heldout27.py), pugpig (make_heldout70.py),
polopoly (make_heldout68.py), xenforo (make_heldout56.py), hubspot (make_heldout62.py), aem (make_heldout36.py), duda
(make_heldout89.py), escenic (make_heldout67.py), sitecore (make_heldout38.py), craft (make_heldout35.py), dle
(make_heldout20.py), silverstripe (make_heldout41.py), bolt (make_heldout94.py), generatepress (make_heldout81.py),
jekyll (make_heldout47.py), beaverbuilder (make_heldout85.py), liferay (make_heldout44.py), magnolia
(make_heldout46.py) and neos (make_heldout45.py) -- all from the brief's list of layouts no part since h96 has used
(none of them a layout of h96 .. h102), and 14 of them in a language the part that last used them did not give
them (English on chorus, methode and substack; Turkish on aem and duda; German on escenic and sitecore; French on
dle, silverstripe and jekyll; Spanish on generatepress and craft; Russian on magnolia and neos); where a layout's
platform strings had no translation for that language, this part supplies the CMS's or theme's strings for it
(PLATFORM_STRINGS, not checked), as a site in that language would have them.  While a page is rendered, the earlier
modules' related headlines and teasers, the strings that belong to their sites (SITE_STRINGS) and the residue pools
the earlier helpers draw from themselves (the AEM and Sitecore ad labels, DLE's typo line, Craft's video-consent line) are swapped for this
part's own and put back afterwards.  (Bolt's helper knows the time zones of English and German pages only, and
Optimizely's writes German-style dates in any language but English, so neither was given a French page; bolt
keeps German here, and the French and Spanish pages went to jekyll and craft.)
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
import make_heldout99 as mp99  # noqa: E402
import make_heldout100 as mp100  # noqa: E402
import make_heldout101 as mp101  # noqa: E402
import make_heldout102 as mp102  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h103_en import ARTICLES as H103_EN  # noqa: E402
from articles_h103_intl import ARTICLES as H103_INTL  # noqa: E402

ARTICLES = H103_EN + H103_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34, mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50, mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66, mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78, mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94, mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h103"



# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h102 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["This Caddiswick map is hidden until you allow third-party cookies for maps and video"],
        "tr": ["Bu Ilgınköy haritası, harita ve video için üçüncü taraf çerezlerine izin verene kadar gizli"],
        "de": ["Diese Karte aus Wiesenfels bleibt verborgen, bis Sie Drittanbieter-Cookies für Karten und Videos erlauben"],
        "fr": ["Cette carte de Brévonne reste masquée tant que vous n'autorisez pas les cookies tiers des cartes et vidéos"],
        "es": ["Este mapa de Valdecarrizo está oculto hasta que permitas las cookies de terceros para mapas y vídeos"],
        "ru": ["Карта Ивнякова скрыта, пока вы не разрешите сторонние cookie для карт и видео"],
    },
    "newsletter": {
        "en": ["Get the Orrindale Evening Round-up in your inbox at six",
               "This is your last free Caddiswick story this month: sign in or join free to read on"],
        "tr": ["Ilgınköy Akşam Özeti her gün 18.00'de e-postanızda olsun",
               "Bu ay okuyabileceğiniz son ücretsiz Ilgınköy haberi bu: okumaya devam etmek için ücretsiz üye olun"],
        "de": ["Holen Sie sich die Kaldetaler Abendrunde um 18 Uhr ins Postfach",
               "Das ist Ihr letzter kostenloser Wiesenfels-Artikel in diesem Monat: Melden Sie sich kostenlos an, um weiterzulesen"],
        "fr": ["Recevez le Tour du soir de l'Aurance à 18 heures dans votre boîte",
               "C'est votre dernier article gratuit sur Brévonne ce mois-ci : connectez-vous ou créez un compte gratuit pour continuer"],
        "es": ["Recibe el Repaso de la Tarde de Valdecarrizo a las 18.00 en tu correo",
               "Esta es tu última noticia gratuita de Valdecarrizo este mes: entra o regístrate gratis para seguir leyendo"],
        "ru": ["Получайте «Вечерний обзор Ивнякова» на почту в 18:00",
               "Это ваш последний бесплатный материал об Ивнякове в этом месяце: войдите или зарегистрируйтесь бесплатно, чтобы читать дальше"],
    },
    "share": {
        "en": ["Send to a neighbour: WhatsApp · Facebook · Threads · Email"],
        "tr": ["Komşuna gönder: WhatsApp · Facebook · Threads · E-posta"],
        "de": ["An die Nachbarn schicken: WhatsApp · Facebook · Threads · E-Mail"],
        "fr": ["Envoyer à un voisin : WhatsApp · Facebook · Threads · Courriel"],
        "es": ["Envíaselo a un vecino: WhatsApp · Facebook · Threads · Correo"],
        "ru": ["Отправить соседу: WhatsApp · ВКонтакте · Одноклассники · Почта"],
    },
    "photo": {
        "en": ["Picture courtesy of a Caddiswick resident"],
        "tr": ["Fotoğraf bir Ilgınköylü okurun izniyle"],
        "de": ["Foto mit freundlicher Genehmigung einer Wiesenfelserin"],
        "fr": ["Cliché aimablement prêté par un habitant de Brévonne"],
        "es": ["Fotografía cortesía de un vecino de Valdecarrizo"],
        "ru": ["Снимок любезно предоставил житель Ивнякова"],
    },
    "copyright": {
        "en": ["No part of this Caddiswick article may be copied or republished without the permission of {site}."],
        "tr": ["Bu Ilgınköy haberinin hiçbir bölümü {site} izni olmadan kopyalanamaz ya da yeniden yayımlanamaz."],
        "de": ["Kein Teil dieses Wiesenfelser Artikels darf ohne Erlaubnis von {site} kopiert oder erneut veröffentlicht werden."],
        "fr": ["Aucune partie de cet article sur Brévonne ne peut être copiée ou republiée sans l'autorisation de {site}."],
        "es": ["Ninguna parte de esta noticia de Valdecarrizo puede copiarse ni republicarse sin permiso de {site}."],
        "ru": ["Никакую часть этого материала об Ивнякове нельзя копировать или перепечатывать без разрешения «{site}»."],
    },
    "section": {
        "en": ["Caddiswick and the Cadd valley › {section}"],
        "tr": ["Ilgınköy ve Sarıyazı › {section}"],
        "de": ["Wiesenfels und das Kaldetal › {section}"],
        "fr": ["Brévonne et le Val d'Aurance › {section}"],
        "es": ["Valdecarrizo y El Olmedillo › {section}"],
        "ru": ["Ивняково и Заливное › {section}"],
    },
    "related": {
        "en": ["More from around Caddiswick"],
        "tr": ["Ilgınköy'den başka haberler"],
        "de": ["Mehr aus Wiesenfels und Umgebung"],
        "fr": ["D'autres nouvelles de Brévonne"],
        "es": ["Más noticias de Valdecarrizo"],
        "ru": ["Другие новости Ивнякова"],
    },
    "symbol": {"*": ["❖ ✥ ❖", "⁂ ⸺ ⁂", "✧ ❖ ✧"]},
    "credit": {
        "en": ["With extra reporting by the {site} desk in Caddiswick"],
        "tr": ["{site} Ilgınköy masasının katkılarıyla"],
        "de": ["Mit Material der {site}-Redaktion in Wiesenfels"],
        "fr": ["Avec les informations de la rédaction de {site} à Brévonne"],
        "es": ["Con información de la mesa de {site} en Valdecarrizo"],
        "ru": ["При участии редакции «{site}» в Ивнякове"],
    },
    "ad": {
        "en": ["Paid promotion · the Caddiswick story continues below"],
        "tr": ["Ücretli tanıtım · Ilgınköy haberi aşağıda devam ediyor"],
        "de": ["Bezahlte Werbung · der Wiesenfelser Artikel geht unten weiter"],
        "fr": ["Promotion payante · l'article sur Brévonne se poursuit plus bas"],
        "es": ["Promoción pagada · la noticia de Valdecarrizo sigue más abajo"],
        "ru": ["Оплаченное продвижение · материал об Ивнякове продолжается ниже"],
    },
    "continue": {
        "en": ["Show the rest of this Caddiswick story"],
        "tr": ["Bu Ilgınköy haberinin devamını göster"],
        "de": ["Den Rest des Wiesenfelser Artikels zeigen"],
        "fr": ["Afficher la suite de l'article sur Brévonne"],
        "es": ["Mostrar el resto de la noticia de Valdecarrizo"],
        "ru": ["Показать остаток материала об Ивнякове"],
    },
    "comments": {
        "en": ["Join the {n} Caddiswick readers talking about this"],
        "tr": ["Bunu konuşan {n} Ilgınköylü okura katılın"],
        "de": ["Diskutieren Sie mit {n} Lesern aus Wiesenfels"],
        "fr": ["Rejoignez les {n} lecteurs de Brévonne qui en parlent"],
        "es": ["Únete a los {n} lectores de Valdecarrizo que comentan esto"],
        "ru": ["Присоединяйтесь к {n} читателям из Ивнякова, которые это обсуждают"],
    },
    "readtime": {
        "en": ["{m}-minute read from Caddiswick"],
        "tr": ["Ilgınköy'den {m} dakikalık okuma"],
        "de": ["{m} Minuten Lesezeit aus Wiesenfels"],
        "fr": ["Lecture de {m} minutes depuis Brévonne"],
        "es": ["Lectura de {m} minutos desde Valdecarrizo"],
        "ru": ["Чтение на {m} минуты из Ивнякова"],
    },
    "updated": {
        "en": ["Last changed {d} at {t} by the Caddiswick desk"],
        "tr": ["Son değişiklik {d} {t}, Ilgınköy masası"],
        "de": ["Zuletzt geändert am {d} um {t} Uhr von der Wiesenfelser Redaktion"],
        "fr": ["Dernière modification le {d} à {t} par la rédaction de Brévonne"],
        "es": ["Última modificación el {d} a las {t}, mesa de Valdecarrizo"],
        "ru": ["Последнее изменение {d} в {t}, редакция Ивнякова"],
    },
    "audio": {
        "en": ["Hear this Caddiswick report · {m} minutes"],
        "tr": ["Bu Ilgınköy haberini dinleyin · {m} dakika"],
        "de": ["Diesen Wiesenfelser Bericht hören · {m} Minuten"],
        "fr": ["Entendre cet article sur Brévonne · {m} minutes"],
        "es": ["Oye esta noticia de Valdecarrizo · {m} minutos"],
        "ru": ["Прослушать материал об Ивнякове · {m} минуты"],
    },
    "correction": {
        "en": ["We have corrected this Caddiswick story since it was first published."],
        "tr": ["Bu Ilgınköy haberini ilk yayımlandığından bu yana düzelttik."],
        "de": ["Wir haben diesen Wiesenfelser Artikel seit der ersten Veröffentlichung korrigiert."],
        "fr": ["Nous avons corrigé cet article sur Brévonne depuis sa première publication."],
        "es": ["Hemos corregido esta noticia de Valdecarrizo desde que se publicó por primera vez."],
        "ru": ["Мы исправили этот материал об Ивнякове после первой публикации."],
    },
    "app": {
        "en": ["Read Caddiswick news faster in the {site} app, free for iPhone and Android"],
        "tr": ["Ilgınköy haberlerini {site} uygulamasında daha hızlı okuyun, iPhone ve Android için ücretsiz"],
        "de": ["Wiesenfelser Nachrichten schneller lesen: die App von {site}, gratis für iPhone und Android"],
        "fr": ["L'actualité de Brévonne plus vite dans l'application {site}, gratuite sur iPhone et Android"],
        "es": ["Lee antes las noticias de Valdecarrizo en la app de {site}, gratis para iPhone y Android"],
        "ru": ["Новости Ивнякова быстрее в приложении «{site}», бесплатно для iPhone и Android"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Caddiswick, Hob's Cross and Thrushmere for {site}."],
        "tr": ["{by}, {site} için Ilgınköy ve Sarıyazı'da {section} haberlerini yapıyor."],
        "de": ["{by} schreibt für {site} über {section} in Wiesenfels, Moosbach und Lindhöfen."],
        "fr": ["{by} suit la rubrique {section} à Brévonne et aux Sorbiers pour {site}."],
        "es": ["{by} informa sobre {section} en Valdecarrizo y El Olmedillo para {site}."],
        "ru": ["{by} пишет о теме «{section}» в Ивнякове и Заливном для «{site}»."],
    },
    "tip": {
        "en": ["Know something in Caddiswick we should be reporting? Text the news desk on 07700 900 318"],
        "tr": ["Ilgınköy'de haber yapmamız gereken bir şey mi biliyorsunuz? Haber masasına yazın: 0 (242) 900 03 18"],
        "de": ["Wissen Sie etwas aus Wiesenfels, worüber wir berichten sollten? Schreiben Sie uns: 06441 900 318"],
        "fr": ["Vous savez quelque chose à Brévonne dont nous devrions parler ? Écrivez-nous au 05 55 90 03 18"],
        "es": ["¿Sabes algo de Valdecarrizo que deberíamos contar? Escribe a la redacción al 925 900 318"],
        "ru": ["Знаете, о чём в Ивнякове нам стоит написать? Пишите в редакцию: 8 (48455) 9-03-18"],
    },
    "typo": {
        "en": ["Spotted a mistake in this Caddiswick story? Select it and press Ctrl+Enter to tell us"],
        "tr": ["Bu Ilgınköy haberinde yanlış mı gördünüz? Metni seçip Ctrl+Enter ile haber masasına iletin"],
        "de": ["Fehler im Wiesenfelser Artikel entdeckt? Stelle markieren, Strg+Enter drücken, fertig"],
        "fr": ["Une coquille dans cet article sur Brévonne ? Sélectionnez-la et appuyez sur Ctrl+Entrée pour nous la signaler"],
        "es": ["¿Has visto una errata en esta noticia de Valdecarrizo? Selecciónala y pulsa Ctrl+Intro para avisarnos"],
        "ru": ["Заметили опечатку в материале об Ивнякове? Выделите фрагмент и нажмите Ctrl+Enter — редакция поправит"],
    },
    "push": {
        "en": ["Want a ping when Caddiswick news breaks? Yes, notify me · Not today"],
        "tr": ["Ilgınköy'de son dakika olunca haber verelim mi? Evet, bildir · Bugün değil"],
        "de": ["Sollen wir Sie bei Eilmeldungen aus Wiesenfels anpingen? Ja, Wiesenfels-Meldungen an · Lieber nicht"],
        "fr": ["Un signal quand Brévonne fait l'actualité ? Oui, me prévenir · Pas aujourd'hui"],
        "es": ["¿Te avisamos cuando haya última hora en Valdecarrizo? Sí, avisadme de Valdecarrizo · Ahora no"],
        "ru": ["Сообщать о срочных новостях Ивнякова? Да, присылать · Не сегодня"],
    },
    "print": {
        "en": ["Keep this Caddiswick story: Print it · Download PDF · Send by email"],
        "tr": ["Bu Ilgınköy haberini saklayın: Yazdır · PDF indir · E-postayla gönder"],
        "de": ["Diesen Wiesenfelser Artikel behalten: Ausdrucken · PDF laden · Per E-Mail senden"],
        "fr": ["Garder cet article sur Brévonne : L'imprimer · Télécharger le PDF · L'envoyer par courriel"],
        "es": ["Guarda esta noticia de Valdecarrizo: Imprimirla · Descargar PDF · Enviar por correo"],
        "ru": ["Сохранить материал об Ивнякове: Распечатать · Скачать PDF · Отправить по почте"],
    },
    "feedback": {
        "en": ["Did this Caddiswick story tell you what you needed? Yes, it did · Some of it · Not really"],
        "tr": ["Bu Ilgınköy haberi aradığınızı verdi mi? Evet, verdi · Bir kısmını · Pek değil"],
        "de": ["Hat Ihnen dieser Wiesenfelser Artikel weitergeholfen? Ja, sehr · Zum Teil · Eher nicht"],
        "fr": ["Cet article sur Brévonne a-t-il répondu à vos questions ? Oui, tout à fait · En partie · Pas vraiment"],
        "es": ["¿Esta noticia de Valdecarrizo te ha dado lo que buscabas? Sí, del todo · En parte · No mucho"],
        "ru": ["Нашли ли вы в материале об Ивнякове то, что искали? Да, нашёл · Частично · Не совсем"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; if you think our Caddiswick coverage breaks the Editors' Code, email standards@caddiswick.example."],
        "tr": ["{site} basın ahlak esaslarına uyar; Ilgınköy haberlerimizle ilgili şikâyetler için ilke@ilginkoy.example adresine yazın."],
        "de": ["{site} hält sich an den Pressekodex; wenn Sie meinen, unsere Wiesenfelser Berichte verstoßen dagegen, schreiben Sie an kodex@wiesenfels.example."],
        "fr": ["{site} respecte la charte de Munich ; pour contester un article sur Brévonne, écrivez à deontologie@brevonne.example."],
        "es": ["{site} cumple el código deontológico de la FAPE; si crees que nuestra información de Valdecarrizo lo incumple, escribe a etica@valdecarrizo.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобы на материалы об Ивнякове — на etika@ivnyakovo.example."],
    },
    "topics": {
        "en": ["Topics: {section} · Caddiswick · Cadd valley"],
        "tr": ["Konular: {section} · Ilgınköy · Sarıyazı"],
        "de": ["Themen: {section} · Wiesenfels · Kaldetal"],
        "fr": ["Thèmes : {section} · Brévonne · Val d'Aurance"],
        "es": ["Temas: {section} · Valdecarrizo · El Olmedillo"],
        "ru": ["Темы: {section} · Ивняково · Заливное"],
    },
    "bookmark": {
        "en": ["♡ Keep this Caddiswick story for later"],
        "tr": ["♡ Bu Ilgınköy haberini sonra okumak için sakla"],
        "de": ["♡ Wiesenfelser Artikel für später merken"],
        "fr": ["♡ Garder cet article sur Brévonne pour plus tard"],
        "es": ["♡ Guardar esta noticia de Valdecarrizo para luego"],
        "ru": ["♡ Отложить материал об Ивнякове на потом"],
    },
    "poll": {
        "en": ["Have your say, Caddiswick: good idea · bad idea · can't decide"],
        "tr": ["Söz sizde, Ilgınköy: iyi fikir · kötü fikir · karar veremedim"],
        "de": ["Ihre Meinung, Wiesenfels: gute Idee · schlechte Idee · weiß nicht"],
        "fr": ["À vous de voter, Brévonne : bonne idée · mauvaise idée · je ne sais pas"],
        "es": ["Opina, Valdecarrizo: buena idea · mala idea · no lo tengo claro"],
        "ru": ["Ваше мнение, Ивняково: хорошая идея · плохая идея · не могу решить"],
    },
    "embed": {
        "en": ["See {handle}'s Caddiswick post on Instagram", "Play {handle}'s Caddiswick video on YouTube"],
        "tr": ["{handle} hesabının Ilgınköy paylaşımını Instagram'da görün", "{handle} hesabının Ilgınköy videosunu YouTube'da oynatın"],
        "de": ["Den Wiesenfelser Beitrag von {handle} auf Instagram sehen", "Das Wiesenfelser Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur Brévonne sur Instagram", "Lire la vidéo de {handle} sur Brévonne sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre Valdecarrizo en Instagram", "Reproducir el vídeo de {handle} sobre Valdecarrizo en YouTube"],
        "ru": ["Посмотреть публикацию {handle} об Ивнякове в Instagram", "Включить видео {handle} об Ивнякове на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "uniformswap": {
        "en": ["School uniform swap rails: where to find them", "Uniform swap shop: sizes and opening times", "Find a free school uniform rail near you ›",
               "Uniform swap shop at a glance"],
        "de": ["Schulkleidung tauschen: hier hängen die Kleiderstangen", "Tauschbörse für Schulkleidung: Größen und Zeiten", "Zur Tauschbörse für Schulkleidung ›",
               "Tauschbörse Schulkleidung auf einen Blick"],
        "es": ["Percheros de uniformes para intercambiar: dónde están", "Intercambio de uniformes: tallas y horario", "Busca el ropero de uniformes más cercano ›",
               "Ropero de uniformes, en breve"],
    },
    "coalarms": {
        "en": ["Free carbon monoxide alarms: how to get one", "Free CO alarms: who qualifies and where to collect", "Claim your free carbon monoxide alarm ›",
               "Carbon monoxide alarms in brief"],
        "fr": ["Détecteurs de monoxyde de carbone offerts : comment en avoir un", "Détecteurs de CO gratuits : qui, où, quand", "Demander mon détecteur de monoxyde de carbone gratuit ›",
               "Le détecteur de monoxyde de carbone en bref"],
        "ru": ["Бесплатные датчики угарного газа: как получить", "Датчики угарного газа бесплатно: кому и где", "Получить бесплатный датчик угарного газа ›",
               "Датчик угарного газа: коротко"],
    },
    "wheelchairloans": {
        "en": ["Borrow a wheelchair for a few weeks", "Short-term wheelchair loans: where and when", "Book a loan wheelchair ›",
               "Wheelchair loan service: the essentials"],
        "tr": ["Birkaç haftalığına tekerlekli sandalye ödünç alın", "Kısa süreli tekerlekli sandalye ödünç hizmeti: nerede, ne zaman", "Ödünç tekerlekli sandalye ayırtın ›",
               "Tekerlekli sandalye ödünç hizmeti: bilmeniz gerekenler"],
        "de": ["Rollstuhl für ein paar Wochen leihen", "Rollstuhl-Kurzzeitverleih: wo und wann", "Leihrollstuhl reservieren ›",
               "Rollstuhlverleih: das Wichtigste"],
        "es": ["Pide prestada una silla de ruedas unas semanas", "Préstamo temporal de sillas de ruedas: dónde y cuándo", "Reserva una silla de ruedas en préstamo ›",
               "Préstamo de sillas de ruedas: lo esencial"],
    },
}
NEW_STYLE_WORDING = {"uniformswap": [0, 1, 2, 3], "coalarms": [0, 1, 2, 3], "wheelchairloans": [0, 1, 2, 3]}
# uniform swap rails: where the rails are, which schools' badges, and when; then sizes, donating and taking
UNIFORM_ROWS = {
    "en": [("Orrindale Hospice shop, Market Hill", "St Aldhelm's, Caddiswick Academy", "Mon–Sat 9.30am–4.30pm"),
           ("Hob's Cross library foyer", "Hob's Cross Primary, Dunmow Green C of E", "Tue and Thu 2pm–6pm"),
           ("Quarrybank community hall", "Quarrybank Infants, Caddiswick Academy", "Saturdays 10am–1pm")],
    "de": [("Familienzentrum Moosbach", "Grundschule Moosbach, Gymnasium am Kaldeufer", "Mo–Fr 8.30–12 Uhr"),
           ("Stadtbücherei Wiesenfels, Foyer", "Kaldetalschule, Realschule Wiesenfels", "Di und Do 14–18 Uhr"),
           ("Gemeindehaus Lindhöfen", "Grundschule Lindhöfen", "Samstag 10–13 Uhr")],
    "es": [("Aula 4 del colegio San Isidro", "CEIP San Isidro", "lunes y miércoles, 16.30–18.00"),
           ("Centro social de El Olmedillo", "CEIP El Olmedillo, IES Vega del Carrizo", "martes, 17.00–19.00"),
           ("Biblioteca municipal de Valdecarrizo", "IES Vega del Carrizo", "sábados, 10.00–13.00")],
}
UNIFORM_HEAD = {"en": ("Rail", "Badges", "Open"), "de": ("Ort", "Schulen", "Geöffnet"), "es": ("Ropero", "Centros", "Horario")}
UNIFORM_INFO = {
    "en": [("Sizes", "age 4 to adult small, plus PE kit and school shoes"),
           ("Donating", "washed and on a hanger if you can; badges can stay on"),
           ("Take", "as much as you need, no questions and no vouchers")],
    "de": [("Größen", "von 104 bis 176, dazu Sportsachen und Hallenschuhe"),
           ("Abgeben", "gewaschen und möglichst auf dem Bügel"),
           ("Mitnehmen", "so viel Sie brauchen, ohne Nachweis")],
    "es": [("Tallas", "de 3 años a talla S de adulto, también chándales"),
           ("Donar", "la ropa limpia y en buen estado, con o sin escudo"),
           ("Llevar", "lo que necesites, sin pedir nada a cambio")],
}
# free carbon-monoxide alarms: who can get one, where to collect; then fitting, testing and the symptoms
CO_ROWS = {
    "en": [("Who can get one", "households with a gas, oil or solid-fuel appliance and someone over 65, a baby or a long-term illness"),
           ("Where to collect", "Caddiswick fire station, Mill Road, weekdays 9am–5pm, or ask for one on a home visit"),
           ("Please bring", "proof of address, such as a council tax letter")],
    "fr": [("Qui peut en avoir un", "les foyers chauffés au gaz, au fioul ou au bois, en priorité les plus de 65 ans"),
           ("Où le retirer", "service habitat, place du Foirail, du lundi au vendredi de 9 h à 12 h"),
           ("Pièce à apporter", "un justificatif de domicile de moins de trois mois")],
    "ru": [("Кому датчик положен бесплатно", "семьям с газовыми колонками и печным отоплением, пенсионерам и многодетным"),
           ("Где получить", "в управлении соцзащиты, ул. Советская, 9, по будням с 9:00 до 17:00"),
           ("Что принести с собой", "паспорт и квитанцию за газ")],
}
CO_HEAD = {"en": ("", ""), "fr": ("", ""), "ru": ("", "")}
CO_INFO = {
    "en": [("Fitting", "on the ceiling or high on a wall, one to three metres from the boiler or fire"),
           ("Testing", "press the button once a month; the battery lasts the alarm's whole life"),
           ("Symptoms", "headaches, dizziness, sickness and tiredness that ease when you leave the house")],
    "fr": [("Où l'installer", "au plafond ou en haut d'un mur, à un ou trois mètres de la chaudière"),
           ("Test", "appuyer sur le bouton une fois par mois"),
           ("Symptômes", "maux de tête, nausées, vertiges qui disparaissent hors du logement")],
    "ru": [("Установка", "под потолком, в одном–трёх метрах от котла или плиты"),
           ("Как проверять", "раз в месяц нажимайте кнопку теста"),
           ("Признаки отравления", "головная боль, тошнота и слабость, которые проходят на улице")],
}
# short-term wheelchair loans: where to collect and when; then how long, the deposit and returns
CHAIR_ROWS = {
    "en": [("Dunmow Green surgery", "back entrance, Chapel Row", "Mon–Fri 8.30am–5pm"),
           ("Caddiswick Red Cross shop", "Foundry Lane", "Tue–Sat 10am–4pm"),
           ("Caddiswick General Hospital", "main reception", "every day 8am–8pm")],
    "tr": [("Ilgınköy Park, danışma", "zemin kat, ana giriş", "her gün 10.00'dan 22.00'ye"),
           ("Ilgınköy Devlet Hastanesi", "hasta kabul yanı", "her gün 08.00'den 20.00'ye"),
           ("Belediye Sosyal Yardım Merkezi", "Hükümet Caddesi 14", "hafta içi 08.30'dan 17.00'ye")],
    "de": [("Kreiskrankenhaus Wiesenfels", "Sozialdienst, Erdgeschoss", "Mo–Fr 9–14 Uhr"),
           ("Sanitätshaus Kaldetal", "Marktstraße 6", "Mo–Sa 9–18 Uhr"),
           ("DRK-Ortsverein Lindhöfen", "Gemeindehaus", "mittwochs 15–18 Uhr")],
    "es": [("Hospital comarcal de Valdecarrizo", "unidad de altas, 1.ª planta", "lunes a viernes, 8.00–15.00"),
           ("Cruz Roja de Valdecarrizo", "calle Mayor, 31", "lunes a viernes, 10.00–13.00"),
           ("Centro de salud de El Olmedillo", "recepción", "lunes a viernes, 8.00–14.00")],
}
CHAIR_HEAD = {"en": ("Collect from", "Where", "Open"), "tr": ("Teslim yeri", "Nerede", "Saatler"),
              "de": ("Ausgabe", "Wo", "Geöffnet"), "es": ("Recogida", "Dónde", "Horario")}
CHAIR_INFO = {
    "en": [("How long for", "up to six weeks, longer if your occupational therapist asks"),
           ("Deposit", "£20, returned in full when the chair comes back"),
           ("Returns", "to any of the three collection points, cleaned if possible")],
    "tr": [("Ödünç süresi", "en fazla dört hafta"),
           ("Depozito", "kimlik bırakılması yeterli, ücret alınmıyor"),
           ("İade", "aynı noktaya, kapanış saatinden önce")],
    "de": [("Leihdauer", "bis zu sechs Wochen, auf ärztliche Bitte länger"),
           ("Pfand", "30 Euro, die Sie bei Rückgabe zurückbekommen"),
           ("Rückgabe", "an jeder Ausgabestelle, bitte vorher anrufen")],
    "es": [("Plazo del préstamo", "hasta dos meses"),
           ("Fianza", "25 euros, que se devuelven al entregar la silla"),
           ("Devolución", "en el mismo punto de recogida y en horario de atención")],
}
WIDGET_ROWS = (("uniformswap rails", UNIFORM_ROWS), ("uniformswap info", UNIFORM_INFO), ("coalarms scheme", CO_ROWS),
               ("coalarms info", CO_INFO), ("wheelchairloans points", CHAIR_ROWS), ("wheelchairloans info", CHAIR_INFO))
WIDGET_LANGS = {"uniformswap": ("en", "de", "es"), "coalarms": ("en", "fr", "ru"), "wheelchairloans": ("en", "tr", "de", "es")}

# related headlines (the residue family "related", and the earlier layouts' own teaser rails)
HEADLINES = {
    "en": ["Caddiswick market hall roof to be replaced next spring", "Thrushmere beach huts sell out in a morning",
           "Quarrybank play area gets new swings after vandal attack", "Dunmow Green post office reopens in the pub",
           "Cadd valley footpath diverted around landslip", "Hob's Cross band wins regional title"],
    "tr": ["Ilgınköy pazar yerine yeni çatı", "Sarıyazı yolu kış öncesi asfaltlanıyor",
           "Ilgınköy Belediyespor sezonu galibiyetle açtı", "Eski un fabrikasının bacası korunacak",
           "Ilgınköy'de su kesintisi iki gün sürecek", "Sahil yürüyüş yolu uzatılıyor"],
    "de": ["Wiesenfelser Freibad öffnet zwei Wochen früher", "Moosbacher Kirmes bekommt neuen Festplatz",
           "Neue Ampel an der Kaldebrücke", "Lindhöfen feiert 800 Jahre",
           "Stadtbücherei Wiesenfels verlängert Öffnungszeiten", "Radweg nach Moosbach wird verbreitert"],
    "fr": ["Brévonne : la piscine rouvre après travaux", "Les Sorbiers fêtent leur four à pain",
           "Un nouveau médecin s'installe à Brévonne", "La route de l'Aurance fermée une semaine",
           "Le collège de Brévonne champion de cross", "La halle du Foirail va être rénovée"],
    "es": ["Valdecarrizo estrena parque infantil en la plaza", "El Olmedillo celebra su romería",
           "Nueva línea de autobús a la capital", "El CD Valdecarrizo asciende de categoría",
           "La biblioteca amplía su horario en verano", "Obras en la travesía hasta octubre"],
    "ru": ["В Ивнякове отремонтируют набережную", "В Заливном открылся фельдшерский пункт",
           "Ивняковские лыжники взяли кубок района", "На Советской улице заменят трубы",
           "Автостанция переходит на летнее расписание", "В городском саду высадят сто лип"],
}
TEASERS = {
    "en": ["The hall has stood on the square since 1868.", "Every hut went within two hours of going on sale.",
           "Parents raised the money in a fortnight.", "The counter opens four mornings a week.",
           "Walkers face a detour of half a mile.", "It is the band's first title in twenty years."],
}
# every page has its site in the story's "site" field
SITES = {"en": [], "tr": [], "de": [], "fr": [], "es": [], "ru": []}
UI_NEW = {
    "en": dict(nav=["Caddiswick", "Cadd valley villages", "Caddiswick courts and crime", "Cadd valley schools", "Caddiswick sport", "Out and about in Caddiswick", "Caddiswick notices"],
               cookie="We and our partners use cookies on this Caddiswick news site to keep it working, to learn which Cadd valley stories people read and to show adverts that fund local reporting. Choose which ones you allow.",
               accept="Allow all Caddiswick cookies", reject="Choose my Caddiswick cookies", share="Send this Caddiswick story to someone",
               related="Newest in Caddiswick", newsletter="Caddiswick by Eight: the Cadd valley's main stories by 8am on weekdays",
               subscribe="Send me Caddiswick by Eight", email="name@caddiswick-by-eight.example",
               comment_note="Comments on Caddiswick stories are read by our team before they go live. Please keep it friendly and on topic for Caddiswick.",
               closed="Comments are now closed on this Caddiswick story.",
               footer=["Get in touch with the Caddiswick team", "Caddiswick corrections", "Caddiswick privacy", "Advertising in Caddiswick", "Caddiswick community rules"],
               rights="Words and pictures from the Caddiswick team are owned by the publisher and may not be reused without consent.",
               commenters=[("HobsCrossHelen", "About time Caddiswick got this."),
                           ("Thrushmere_Tony", "Let's see how long it lasts.")]),
    "tr": dict(nav=["Ilgınköy", "Ilgınköy köyleri", "Ilgınköy adliye", "Ilgınköy okulları", "Ilgınköy sporu", "Ilgınköy'de gezilecek yerler", "Ilgınköy duyuruları"],
               cookie="Bu Ilgınköy haber sitesinde biz ve iş ortaklarımız, sitenin çalışması, hangi haberlerin okunduğunu öğrenmek ve yerel habercilik için reklam göstermek amacıyla çerez kullanıyoruz. Hangilerine izin verdiğinizi seçebilirsiniz.",
               accept="Tüm Ilgınköy çerezlerine izin ver", reject="Ilgınköy çerezlerimi seçeyim", share="Bu Ilgınköy haberini birine gönderin",
               related="Ilgınköy'de en yeniler", newsletter="Sekizde Ilgınköy: ilçenin önemli haberleri hafta içi 08.00'de",
               subscribe="Sekizde Ilgınköy'ü gönderin", email="ad@sekizde-ilginkoy.example",
               comment_note="Ilgınköy haberlerine yapılan yorumlar yayımlanmadan önce ekibimizce okunur. Nazik olun, konuda kalın.",
               closed="Bu Ilgınköy haberi yorumlara kapatıldı.",
               footer=["Ilgınköy ekibine ulaşın", "Ilgınköy düzeltmeler", "Ilgınköy gizlilik", "Ilgınköy'de reklam verin", "Ilgınköy topluluk kuralları"],
               rights="Ilgınköy ekibinin yazı ve fotoğrafları yayıncıya aittir, izinsiz yeniden kullanılamaz.",
               commenters=[("Sarıyazılı_Fatma", "Ilgınköy bunu hak ediyordu."),
                           ("Ilgınköylü_Kemal", "Bakalım Ilgınköy'de ne kadar dayanacak.")]),
    "de": dict(nav=["Wiesenfels", "Dörfer im Kaldetal", "Polizei Wiesenfels", "Schulen im Kaldetal", "Sport in Wiesenfels", "Unterwegs in Wiesenfels", "Amtliches aus Wiesenfels"],
               cookie="Wir und unsere Partner setzen auf dieser Wiesenfelser Nachrichtenseite Cookies ein, damit sie funktioniert, damit wir wissen, welche Kaldetaler Artikel gelesen werden, und um Werbung zu zeigen, die Lokaljournalismus bezahlt. Bitte wählen Sie.",
               accept="Alle Wiesenfelser Cookies erlauben", reject="Wiesenfelser Cookies auswählen", share="Diesen Wiesenfelser Artikel verschicken",
               related="Neueste Meldungen aus Wiesenfels", newsletter="Wiesenfels um acht: die wichtigsten Kaldetal-Meldungen werktags bis 8 Uhr",
               subscribe="Wiesenfels um acht bestellen", email="name@wiesenfels-um-acht.example",
               comment_note="Kommentare zu Wiesenfelser Artikeln liest unser Team, bevor sie erscheinen. Bitte bleiben Sie freundlich und beim Wiesenfelser Thema.",
               closed="Zu diesem Wiesenfelser Artikel sind keine Kommentare mehr möglich.",
               footer=["Kontakt zum Wiesenfelser Team", "Korrekturen Wiesenfels", "Datenschutz Wiesenfels", "Werben in Wiesenfels", "Regeln der Wiesenfelser Community"],
               rights="Texte und Bilder des Wiesenfelser Teams gehören dem Verlag und dürfen nicht ohne Zustimmung weiterverwendet werden.",
               commenters=[("Moosbacher_Erna", "Wurde auch Zeit für Wiesenfels."),
                           ("Lindhoefer_Kalle", "Schauen wir mal, wie lange das hält.")]),
    "fr": dict(nav=["Brévonne", "Villages du Val d'Aurance", "Justice à Brévonne", "Écoles du Val d'Aurance", "Sport à Brévonne", "Sortir à Brévonne", "Annonces officielles de Brévonne"],
               cookie="Nous et nos partenaires utilisons des cookies sur ce site d'information de Brévonne pour qu'il fonctionne, pour savoir quels articles du Val d'Aurance sont lus et pour afficher des publicités qui financent l'information locale. Faites votre choix.",
               accept="Autoriser tous les cookies de Brévonne", reject="Choisir mes cookies à Brévonne", share="Envoyer cet article de Brévonne à quelqu'un",
               related="Le plus récent à Brévonne", newsletter="Brévonne à 8 heures : l'essentiel du Val d'Aurance en semaine avant 8 heures",
               subscribe="Recevoir Brévonne à 8 heures", email="nom@brevonne-8h.example",
               comment_note="Les commentaires sur les articles de Brévonne sont lus par notre équipe avant publication. Restez courtois et parlez de Brévonne, s'il vous plaît.",
               closed="Les commentaires sont désormais fermés sur cet article de Brévonne.",
               footer=["Joindre l'équipe de Brévonne", "Rectificatifs de Brévonne", "Confidentialité à Brévonne", "Publicité à Brévonne", "Règles de la communauté de Brévonne"],
               rights="Les textes et images de l'équipe de Brévonne appartiennent à l'éditeur et ne peuvent être repris sans accord.",
               commenters=[("Mireille_des_Sorbiers", "Il était temps pour Brévonne."),
                           ("Brevonnais_Jeannot", "On verra combien de temps ça tient.")]),
    "es": dict(nav=["Valdecarrizo", "Pedanías del Carrizo", "Tribunales en Valdecarrizo", "Colegios del Carrizo", "Deportes en Valdecarrizo", "Planes en Valdecarrizo", "Bandos de Valdecarrizo"],
               cookie="Nosotros y nuestros socios usamos cookies en esta web de noticias de Valdecarrizo para que funcione, para saber qué noticias se leen y para mostrar anuncios que pagan el periodismo local. Elige cuáles permites.",
               accept="Permitir todas las cookies de Valdecarrizo", reject="Elegir mis cookies de Valdecarrizo", share="Envía esta noticia de Valdecarrizo a alguien",
               related="Lo más nuevo en Valdecarrizo", newsletter="Valdecarrizo a las Ocho: lo más importante de la comarca antes de las 8.00 entre semana",
               subscribe="Quiero Valdecarrizo a las Ocho", email="nombre@valdecarrizo-a-las-ocho.example",
               comment_note="El equipo lee los comentarios a las noticias de Valdecarrizo antes de publicarlos. Por favor, sé amable y habla de Valdecarrizo.",
               closed="Ya no se puede comentar esta noticia de Valdecarrizo.",
               footer=["Escribe al equipo de Valdecarrizo", "Fe de erratas de Valdecarrizo", "Privacidad en Valdecarrizo", "Anunciarse en Valdecarrizo", "Normas de la comunidad de Valdecarrizo"],
               rights="Los textos e imágenes del equipo de Valdecarrizo son propiedad del editor y no pueden reutilizarse sin permiso.",
               commenters=[("Maruja_del_Olmedillo", "Ya le tocaba a Valdecarrizo."),
                           ("Valdecarriceño_Paco", "A ver cuánto le dura a Valdecarrizo.")]),
    "ru": dict(nav=["Ивняково", "Сёла у Ивницы", "Суды и происшествия Ивнякова", "Школы Ивнякова", "Спорт в Ивнякове", "Куда пойти в Ивнякове", "Объявления Ивнякова"],
               cookie="Мы и наши партнёры используем cookie на этом новостном сайте Ивнякова, чтобы он работал, чтобы понимать, какие материалы читают, и чтобы показывать рекламу, которая оплачивает местную журналистику. Отметьте, что вы разрешаете.",
               accept="Разрешить все cookie Ивнякова", reject="Выбрать cookie Ивнякова", share="Отправить материал об Ивнякове",
               related="Свежее в Ивнякове", newsletter="«Ивняково к восьми»: главные новости района по будням до 8:00",
               subscribe="Хочу «Ивняково к восьми»", email="imya@ivnyakovo-k-vosmi.example",
               comment_note="Комментарии к материалам об Ивнякове читает наша команда до публикации. Пожалуйста, пишите вежливо и про Ивняково.",
               closed="Комментарии к этому материалу об Ивнякове закрыты.",
               footer=["Написать команде Ивнякова", "Исправления Ивнякова", "Конфиденциальность Ивнякова", "Реклама в Ивнякове", "Правила сообщества Ивнякова"],
               rights="Тексты и снимки команды Ивнякова принадлежат издателю и не могут использоваться без согласия.",
               commenters=[("Заливенская_Галя", "Давно пора было Ивнякову."),
                           ("Ивняковский_Степаныч", "Посмотрим, сколько продержится.")]),
}

UI103 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}


# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp36, "R"): {"ad": R["ad"]},  # the AEM ad-slot component's label
    (mp38, "R"): {"ad": R["ad"]},  # the Sitecore advert component's label
    (mp20, "R"): {"typo": R["typo"]},  # DLE's "select the error and press Ctrl+Enter" line
    (mp71, "CH_SITES"): {"Caddiswick Curbside": dict(
        domain="caddiswick.curbside.example", slug="curbside_caddiswick", community="2204", ot="4b9d0e71-8c2a-4f3e-b615-9e0a3d7c2f58",
        handle="nathanokafor", twitter="CaddiswickCurbside",
        nav=[("Caddiswick streets and estates", "/neighborhoods"), ("Caddiswick housing watch", "/homes"), ("Buses and roads in Caddiswick", "/transportation"),
             ("Caddiswick planning tracker", "/development"), ("Caddiswick guides", "/maps")],
        groups=[("Quarrybank", "/quarrybank"), ("Caddiswick old town", "/old-town"), ("Caddiswick what's on", "/events")],
        nl_title="Get Curbside Caddiswick in your inbox",
        nl_text="Streets, homes and planning in Caddiswick, three mornings a week.",
        ot_text="Caddiswick Curbside and its partners set cookies to run this site, count what gets read and pay for our reporting with adverts. Accept them all, reject the ones we can do without, or go through the settings.",
        footer=[("Who runs Caddiswick Curbside", "/about"), ("Tell Caddiswick Curbside something", "/tips"), ("Caddiswick Curbside standards", "/ethics"), ("Caddiswick Curbside staff", "/masthead")],
        copyright="© 2026 Caddiswick Curbside Media Ltd — reproduction by permission only")},
    (mp73, "MT_SITES"): {"The Caddiswick Mercury": dict(
        host="www.caddiswickmercury.example", path="news/caddiswick", instance="44", account="2731", colour="#1F3F6A",
        brand="The Caddiswick Mercury", role="Community reporter",
        nav=[("Caddiswick news", "/news/caddiswick"), ("Hob's Cross and Dunmow Green", "/news/villages"), ("Cadd valley business", "/business"),
             ("Mercury sport desk", "/sport"), ("Caddiswick life", "/life"), ("Mercury letters", "/opinion"), ("Mercury crossword", "/puzzles")],
        subscribe="Subscribe to the Caddiswick Mercury", edition="Cadd valley edition",
        hook_h="Carry on reading the Mercury",
        hook_p="Sign up free to read five more Caddiswick stories this month, or subscribe for every story from £1.20 a week.",
        hook_yes="Sign up free today", hook_no="Mercury subscription offers",
        footer=[("About the Caddiswick Mercury", "/about"), ("Contact the Mercury newsroom", "/contact"), ("Mercury terms of use", "/terms"),
                ("Caddiswick Mercury privacy", "/privacy"), ("Mercury cookies", "/cookies"), ("Advertising with the Mercury", "/advertise")],
        copyright="© 2026 Caddiswick Mercury Publishing Ltd, company 06120448, registered in England.")},
    (mp27, "TXP"): {"en": dict(
        article_id=3341, comment_id=4408, image_id=733,
        commenters=[("Hilary Bostock", "The Tuesday group got me through the worst year of my life. Happy tenth birthday to all of you.", 0, "18:22"),
                    ("Dunmow Green Surgery", "We are proud to share the building with you. Here's to the next ten years.", 1, "09:05"),
                    ("Pete Loxley", "My mum borrowed a frame from the cupboard last winter. Saved us a fortune.", 1, "21:40")],
        domain="www.caddvalleypacket.example",
        footer="The Cadd Valley Packet is a volunteer-run news site for Caddiswick and the villages. Stories and letters to editor@caddvalleypacket.example",
        links=[("Dunmow Green parish council", "https://www.dunmowgreen-pc.example/"),
               ("Orrindale carers' centre", "https://www.orrindalecarers.example/"),
               ("Cadd valley bus times", "https://www.caddbuses.example/times"),
               ("Caddiswick library", "https://libraries.orrindale.example/caddiswick")],
        section_names=["news", "community", "sport", "letters", "about"],
        sections=["Cadd valley news", "Community in the valley", "Sport around the Cadd", "Letters to the Packet", "Who writes the Packet"],
        slogan="News from Caddiswick and the Cadd valley villages, written by people who live here",
        theme="four-point-nine")},
    (mp70, "PG_SITES"): {"Orrindale Courier": dict(
        domain="www.orrindalecourier.example", code="orrindale", app_ios="1562093384", app_android="com.orrindalecourier.app",
        sp_account="2210", sp_pm="1044318", slot="/21837465/orrindale_courier/web/article",
        nav=[("Orrindale news", "/timeline/news"), ("Cadd valley", "/timeline/valley"), ("Orrindale sport", "/timeline/sport"),
             ("Orrindale League cricket", "/timeline/cricket"), ("Out in Orrindale", "/timeline/whats-on"), ("Courier games", "/timeline/puzzles"),
             ("Orrindale notices", "/timeline/notices")],
        tags=["Hob's Cross", "Orrindale League", "village cricket"],
        meter="This is one of your 3 free Orrindale Courier stories this month.",
        meter_cta="Register to read 10 Courier stories a month, or subscribe for all of Orrindale's news.",
        offer="Courier digital: three months for £2",
        storyline=["Orrindale League cuts fixtures as clubs struggle for players", "Hob's Cross juniors reach county final",
                   "Cricket tea ladies honoured at county awards"],
        storyline_dates=["2026-05-02", "2025-09-14", "2025-07-20"],
        app="Get the Courier's morning edition on your phone from 6am.",
        footer=[("About the Orrindale Courier", "/about"), ("Contact the Orrindale Courier newsroom", "/contact"), ("Courier subscription help", "/help/subscriptions"),
                ("Orrindale Courier terms", "/terms"), ("Orrindale Courier privacy", "/privacy")],
        group="The Orrindale Courier is published by Cadd Valley Newspapers Ltd, 9 Foundry Lane, Caddiswick.",
        copyright="© 2026 Cadd Valley Newspapers Ltd. Registered in England and Wales, company number 07731904.")},
    (mp68, "PP_SITES"): {"Caddiswick Evening Chronicle": dict(
        domain="www.caddiswick-chronicle.example", code="cec", gtm="GTM-CE7R2XM", slot="/52190417/caddiswick_chronicle/news",
        cmp="https://cmp.caddiswick-chronicle.example/wrapper.js",
        tagline="Caddiswick's evening paper since 1879",
        nav=[("Caddiswick news", "/news"), ("Caddiswick transport", "/news/transport"), ("Chronicle sport", "/sport"), ("Caddiswick Town FC", "/sport/town"),
             ("Caddiswick memories", "/nostalgia"), ("Chronicle jobs", "/jobs"), ("Chronicle family notices", "/announcements")],
        local="/news/local", topics=["Route 14 bus", "Thrushmere", "Orrindale County Council"],
        nl_text="The Chronicle Tonight: Caddiswick's headlines at teatime, free by email.",
        group="The Caddiswick Evening Chronicle is part of Cadd Valley Newspapers",
        footer=[("The Chronicle", [("Send your news to the Chronicle", "/contact/news"), ("Buy Chronicle photos", "/photo-sales"), ("Chronicle digital edition", "/e-edition")]),
                ("Chronicle services", [("Book a Chronicle notice", "/announcements/place"), ("Chronicle home delivery", "/delivery")])],
        address="Caddiswick Evening Chronicle, Press Buildings, 2 Orrin Street, Caddiswick",
        copyright="© 2026 Cadd Valley Newspapers Ltd. Registered in England, number 03390217.",
        consent="The Chronicle and its 180 advertising partners use cookies to run this site, measure our audience and show adverts that keep local news free. You can change your choices from the footer at any time.")},
    (mp56, "XENFORO"): {"Thrushmere Village Forum": dict(
        domain="thrushmere-forum.example", short="Thrushmere Forum", theme="#20506b",
        tabs=["Thrushmere news", "Thrushmere diary dates", "For sale and wanted"],
        category="Around Thrushmere", forum="Thrushmere news and notices",
        starter_title="Village news volunteers", starter_joined="Jun 2016", starter_posts="3,402", starter_score="9,215",
        replies=[("gullpoint_gran", "Launched 412 times", "Watched from my window. The whole village was on the wall."),
                 ("KittiwakeKev", "Harbour regular", "Any idea when the naming day is? My grandad crewed the first boat."),
                 ("Sandpiper22", "Joined this spring", "Replying to Kev: the station says late July, date to follow.")],
        reacted=["KittiwakeKev", "gullpoint_gran", "harbourmaster_jo"],
        footer_home="Thrushmere Forum home")},
    (mp62, "HUBSPOT"): {"Orrindale Business Post": dict(
        domain="www.orrindalebusinesspost.example", portal="44718302", blog="news",
        tagline="Business news from Caddiswick, the Cadd valley and the coast",
        menu=[("Latest Orrindale business", "/news", []),
              ("Industries", None, [("Food and drink makers", "/news/tag/food-and-drink"), ("Retail and high streets", "/news/tag/retail"),
                                    ("Tourism on the coast", "/news/tag/tourism"), ("Engineering and manufacturing", "/news/tag/engineering")]),
              ("Appointments in Orrindale", "/news/tag/appointments", []), ("Orrindale Business Awards", "/awards", []), ("Advertising with the Business Post", "/advertise", [])],
        cta="Download the Orrindale Small Business Survey 2026", cta_alt="Get the Orrindale Small Business Survey",
        consent="The Orrindale Business Post will use your email to send the weekly business bulletin. Unsubscribe with one click at any time.",
        consent_box="Yes, send me the weekly Orrindale business bulletin.",
        banner="The Orrindale Business Post uses cookies to see how readers use our site and to measure our advertising. Our cookie policy explains which ones and why.",
        address="Orrindale Business Post Ltd, The Maltings, Caddiswick",
        copyright="© 2026 Orrindale Business Post Ltd, a company registered in England (11093382).",
        footer_menu=[("About the Orrindale Business Post", "/about"), ("Send us business news", "/contact"), ("Complaints about a Post story", "/complaints")],
        social=[("LinkedIn", "https://www.linkedin.com/company/orrindale-business-post"), ("X", "https://x.com/orrindalebiz"),
                ("Facebook", "https://www.facebook.com/orrindalebusinesspost")],
        authors=["Tobias Whitlock", "Keeley Armitage", "Dev Sharma"],
        commenters=[("Janet Roebuck", "Best sourdough in the county. Glad to see them doing well."),
                    ("Alan Fairhurst", "Will they deliver as far as Thrushmere? Our café would take an order.")])},
    (mp36, "AEM"): {"Kıyı TV": dict(
        domain="kiyitv.example", project="kiyitv",
        menu=["Ilgınköy haberleri", "Kıyının köyleri", "Kıyı TV spor", "Hava ve yol durumu", "Kıyı TV canlı", "Kıyı Radyo"],
        slugs=["haberler", "koyler", "spor", "hava-yol", "tv", "radyo"],
        buttons=["Kıyı TV'yi canlı izleyin", "Kıyı Radyo'yu dinleyin"], account="Kıyı TV hesabınız",
        teaser_label="Kıyı TV'de ayrıca", related_title="Kıyı TV haber merkezinden daha fazlası",
        popular_title="Bu hafta Kıyı TV'de en çok okunanlar",
        promo_pre="Hafta içi her akşam", promo_title="Kıyı Akşam Haberleri", promo_text="Bölgenin akşam haber bülteni, ekranda ve internette.",
        nl_title="Kıyı Sabah", nl_text="Kıyının konuştuğu haberler, kahvaltıdan önce tek bir e-postada.", nl_button="Kıyı Sabah'a kaydolun",
        share_title="Bu Kıyı TV haberini paylaşın",
        footer_links=["Kıyı TV hakkında", "Kıyı TV'ye şikâyet", "Kıyı TV gizlilik bildirimi", "Kıyı TV'de çalışın"],
        footer_note="Kıyı TV, Ilgınköy ve kıyı köyleri için yayın yapan bağımsız bölgesel bir kanaldır.")},
    (mp89, "DUDA_SITES"): {"Ilgınköy Gazetesi": dict(
        host="ilginkoygazetesi.com.tr", site_id="c41e8a77", alias="ilginkoygazetesi", mode="post", colour="rgba(120,36,28,1)",
        logo="ilginkoy-gazetesi-logo", handle="ilginkoygazetesi",
        menu=["Gazete ana sayfa", "Ilgınköy mahalleleri", "Gazete eğitim masası", "Ilgınköy kültür", "Gazete röportajları", "Gazeteyi kimler çıkarıyor"],
        related="Gazete muhabirlerinden daha fazlası", sidebar_title="Ilgınköy Gazetesi hakkında",
        sidebar="Ilgınköy Gazetesi, ilçe ve köyleri için okur destekli bir haber sitesidir. Sahibimiz yok, okurlarımız var.",
        nl_title="Pazar Gazetesi", nl_text="Her pazar, haftanın Ilgınköy haberleri tek bir e-postada.", nl_button="Pazar Gazetesi'ne kaydol",
        footer_links=["Gazeteye destek olun", "Gazeteye haber önerin", "Gazete reklam fiyatları", "Gazete gizlilik bildirimi", "Gazete şikâyet yolu"],
        address="Ilgınköy Gazetesi, Hükümet Caddesi 22, Ilgınköy",
        copyright="© 2026 Ilgınköy Gazetesi · haberlerimiz ancak kaynak ve bağlantı verilerek alıntılanabilir",
        cookie_text="Ilgınköy Gazetesi, haberlerimizi kaç kişinin okuduğunu görmek ve tercihlerinizi hatırlamak için çerez kullanır. Verilerinizi satmayız.")},
    (mp67, "ESC_SITES"): {"Kaldetal-Zeitung": dict(
        domain="www.kaldetal-zeitung.example", pub="kaldetal", gtm="GTM-KTZ4P8N", cmp_key="8c21e4f0-ktz-0000-0000-kaldetal0001",
        logo="Kaldetal-Zeitung – die Heimatzeitung für Wiesenfels und das Kaldetal",
        menu=[("Wiesenfels", "/wiesenfels"), ("Moosbach", "/moosbach"), ("Lindhöfen und Umland", "/lindhoefen"), ("Schule und Familie", "/familie"),
              ("Sport im Kaldetal", "/sport"), ("Kultur im Kaldetal", "/kultur"), ("Leserreisen der Kaldetal-Zeitung", "/leserreisen"), ("Traueranzeigen im Kaldetal", "/traueranzeigen")],
        tags=["Schulstart", "Bildungspaket"],
        author="{by} berichtet für die Kaldetal-Zeitung über Schulen, Kitas und Familien in Wiesenfels.",
        newsletter="Die Kaldetal-Zeitung am Abend: werktags um 18 Uhr das Wichtigste aus Wiesenfels und den Dörfern.",
        paywall=("Kaldetal Plus", "Dieser Artikel gehört zu Kaldetal Plus. Alle Artikel aus Wiesenfels und dem Kaldetal für 99 Cent im ersten Monat."),
        publisher="Kaldetaler Verlagsgesellschaft mbH", editor_name="Rüdiger Plöchinger",
        address="Kaldetal-Zeitung, Marktstraße 14, Wiesenfels",
        copyright="© 2026 Kaldetaler Verlagsgesellschaft mbH – Vervielfältigung nur mit Zustimmung des Verlags",
        banner="Die Kaldetal-Zeitung und etwa 90 Partner verwenden Cookies, damit die Seite läuft, um Zugriffe zu messen und um Werbung auszuspielen, die unsere Redaktion bezahlt. Ihre Wahl können Sie unten auf jeder Seite ändern.")},
    (mp38, "SITECORE"): {"Kaldetal Fernsehen": dict(
        domain="kaldetal-fernsehen.example", tenant="Kaldetal", project="Regional",
        menu=["Wiesenfels", "Moosbach", "Lindhöfen", "Politik im Kaldetal", "Sport im Kaldetal", "Wetter im Kaldetal"],
        slugs=["wiesenfels", "moosbach", "lindhoefen", "politik", "sport", "wetter"],
        sub=["Wiesenfels Innenstadt", "Kaldeufer", "Moosbach und Hasenberg", "Verkehr im Kaldetal"],
        buttons=["Kaldetal Fernsehen live", "Kaldetal Radio hören"], account="Anmelden bei Kaldetal Fernsehen",
        promo_label="Auch bei Kaldetal Fernsehen", related_title="Mehr von Kaldetal Fernsehen",
        popular_title="Heute am meisten gesehen im Kaldetal",
        promo_pre="Werktags um halb sieben", promo_title="Kaldetal am Abend", promo_text="Die Regionalnachrichten, live im Programm und in der App.",
        nl_title="Kaldetal kompakt", nl_text="Die Auswahl unserer Redaktion, jeden Nachmittag per E-Mail.", nl_button="Kaldetal kompakt bestellen",
        share_title="Beitrag von Kaldetal Fernsehen teilen",
        footer_cols=[("Kaldetal Fernsehen in der Region", ["Kaldetal Fernsehen Wiesenfels", "Kaldetal Fernsehen Moosbach", "Kaldetal Fernsehen Lindhöfen"]),
                     ("Sehen und hören", ["Programm von Kaldetal Fernsehen", "Kaldetal Radio", "Podcasts aus dem Kaldetal", "App von Kaldetal Fernsehen"]),
                     ("Über Kaldetal Fernsehen", ["Jobs bei Kaldetal Fernsehen", "Redaktionsgrundsätze", "Pressestelle von Kaldetal Fernsehen", "Beschwerden an Kaldetal Fernsehen"]),
                     ("Hilfe", ["Barrierefreiheit bei Kaldetal Fernsehen", "Untertitel", "Datenschutz bei Kaldetal Fernsehen", "Kontakt zu Kaldetal Fernsehen"])],
        footer_note="Kaldetal Fernsehen ist der private Regionalsender für Wiesenfels und das Kaldetal, finanziert durch Werbung.")},
    (mp20, "DLE"): {"fr": dict(
        domain="brevonne-infos.fr", skin="Aurance", slogan="Brévonne Infos : l'actualité de Brévonne et du Val d'Aurance",
        menu=["Toute l'actu de Brévonne", "Logement et cadre de vie", "Routes du Val d'Aurance", "Santé dans le Val d'Aurance", "Sport à Brévonne",
              "Sorties du week-end à Brévonne", "Vos nouvelles", "Annoncer sur Brévonne Infos"],
        cat_slug="logement", popular="Les plus lus à Brévonne",
        poll=("Comment vous chauffez-vous ?", ["Au gaz", "Au fioul", "Au bois", "À l'électricité"]),
        tags=["chaudières", "Val d'Aurance", "monoxyde de carbone"],
        cloud=["chaudières", "Les Sorbiers", "place du Foirail", "travaux à Brévonne", "écoles de Brévonne", "transports", "marché", "météo de l'Aurance"],
        commenters=[("Sorbiers_Andre", "Ma chaudière a 26 ans, je vais déposer un dossier demain."),
                    ("Martine B.", "Et pour les locataires, c'est au propriétaire de faire la demande ?"),
                    ("brevonne_87", "Enfin une aide qui sert vraiment.")],
        poster="brevonne_infos", editor="moderateur_bi", reason="précision sur le montant du programme",
        source_label="Source :", source=("communauté de communes du Val d'Aurance", "https://cc-valdaurance.example/actualites/"),
        footer="© 2012–2026 Brévonne Infos — site d'information en ligne. Toute reprise doit citer brevonne-infos.fr avec un lien.",
        contacts="Rédaction : 4, rue du Pont, Brévonne. Téléphone : 05 55 90 14 20",
        age="", style="p", wrap=("news-full", "news-text"))},
    (mp41, "SS"): {"L'Écho de l'Aurance": dict(
        domain="echo-aurance.example", theme="aurance", society="L'Écho de l'Aurance, société coopérative d'intérêt collectif",
        menu=["Actualité de Brévonne", "Conseil municipal de Brévonne", "Sport dans l'Aurance", "Campagne et nature", "Commerces de Brévonne", "Une coopérative de lecteurs"],
        slugs=["actualite", "conseil", "sport", "campagne", "commerces", "cooperative"],
        buttons=["Devenir sociétaire de l'Écho", "Espace des sociétaires"], lang_switch="Lire en occitan",
        teaser_label="Aussi dans l'Écho", related_title="Plus d'articles de l'Écho de l'Aurance",
        popular_title="Les plus lus dans le Val d'Aurance",
        promo_title="Votre journal vous appartient", promo_text="900 lecteurs sont déjà sociétaires de l'Écho. Une part coûte 20 euros.",
        promo_button="Prendre une part à 20 euros",
        nl_title="L'Écho du samedi", nl_text="La semaine du Val d'Aurance, chaque samedi matin.", nl_button="Recevoir l'Écho du samedi",
        share_title="Faire suivre cet article de l'Écho",
        footer_links=["Qui possède l'Écho", "L'assemblée des sociétaires", "Rectificatifs de l'Écho", "Données personnelles à l'Écho"],
        footer_note="L'Écho de l'Aurance est une coopérative de presse détenue par ses lecteurs et ses salariés.")},
    (mp94, "BOLT_SITES"): {"Moosbacher Dorfbote": dict(
        lang="de", host="www.moosbacher-dorfbote.example", theme="moosbacher-dorfbote", colour="#2d5a27", plausible="moosbacher-dorfbote.example",
        payoff="Das Mitteilungsblatt für Moosbach und das obere Kaldetal seit 1979",
        top_links=["Den Dorfboten im Abo", "Kleinanzeigen im Dorfboten", "Bilder an den Dorfboten schicken"],
        menu=["Aus Moosbach", "Nachbarorte im Kaldetal", "Vereinsleben in Moosbach", "Sport in Moosbach", "Termine in Moosbach", "Leserbriefe an den Dorfboten"],
        related="Weitere Meldungen aus dem Dorfboten",
        about_title="Über den Dorfboten", about="Der Moosbacher Dorfbote erscheint jeden zweiten Freitag und wird von einem Verein ehrenamtlich gemacht.",
        contact_title="So erreichen Sie den Dorfboten", contact=["Kirchgasse 3, Moosbach", "Telefon 06441 900 44", "post@moosbacher-dorfbote.example"],
        footer_menu_title="Dorfbote", footer_menu=["Dorfbote auf Papier bestellen", "Anzeigen im Dorfboten", "Beschwerden an den Dorfboten", "Datenschutz beim Dorfboten"],
        copyright="© 2026 Dorfbote Moosbach, eingetragener Verein",
        cookie="Der Moosbacher Dorfbote speichert Ihre Wahl in einem Cookie und zählt, wenn Sie zustimmen, Besuche ohne Personenbezug.")},
    (mp81, "GP_SITES"): {"Valdecarrizo Digital": dict(
        host="valdecarrizodigital.example", colour="#1f5a3d", logo="valdecarrizo-digital-logo",
        nav=["Noticias de Valdecarrizo", "Pleno y ayuntamiento", "Educación en Valdecarrizo", "Deportes del Carrizo", "Cartas al Digital", "Quiénes somos en el Digital"],
        sub_nav=["El Olmedillo", "La vega del Carrizo"],
        cats=["Educación en Valdecarrizo", "Familias", "Colegios del Carrizo", "AMPA"],
        tags=["uniformes", "colegio San Isidro"],
        nl_head="El Digital de los lunes", nl_text="Cada lunes temprano: la semana que empieza en Valdecarrizo y El Olmedillo.",
        nl_button="Quiero El Digital de los lunes", nl_placeholder="Tu correo para El Digital de los lunes",
        related="Más de Valdecarrizo Digital",
        footer_head="Sobre Valdecarrizo Digital",
        footer_text="Un periódico digital independiente para Valdecarrizo y sus pedanías, hecho por dos periodistas y una red de vecinos.",
        footer_links=["Contacta con el Digital", "Rectificaciones del Digital", "Privacidad en el Digital", "Publicidad en el Digital"])},
    (mp47, "JEKYLL"): {"Les Nouvelles des Sorbiers": dict(
        domain="nouvelles-sorbiers.example.org", disqus="nouvelles-sorbiers",
        nav=["Qui écrit les Nouvelles", "Le hameau", "Patrimoine des Sorbiers", "Agenda des Sorbiers", "Vieilles photos", "Écrire aux Nouvelles"],
        slugs=["qui-sommes-nous", "hameau", "patrimoine", "agenda", "photos", "contact"],
        categories=["Patrimoine du hameau", "Associations du hameau", "Moulin", "Vie du hameau"],
        email="nouvelles@nouvelles-sorbiers.example.org",
        social=[("facebook", "NouvellesDesSorbiers"), ("instagram", "nouvelles.sorbiers")],
        description="Les nouvelles du hameau des Sorbiers et de Brévonne, racontées par ses habitants depuis 2015.",
        printed="Les Nouvelles sont aussi imprimées chaque saison et déposées à la boulangerie et à la mairie annexe.",
        related_title="D'autres nouvelles du hameau", comments_title="Réagir dans les Nouvelles",
        cookie_text="Les Nouvelles n'enregistrent que le nécessaire pour compter les visites et afficher les commentaires.",
        cookie_button="D'accord, masquer ce message", cookie_more="En savoir plus sur nos cookies")},
    (mp35, "CRAFT"): {"Gaceta de la Vega del Carrizo": dict(
        domain="gacetadelcarrizo.example", handle="GacetaCarrizo",
        menu=["Actualidad del Carrizo", "Los pueblos de la vega", "Salud y mayores", "Deportes en la vega del Carrizo", "Economía del Carrizo", "Planes en la vega del Carrizo"],
        slugs=["actualidad", "pueblos", "salud", "deportes", "economia", "agenda"],
        utility=["La Gaceta en papel digital", "Pasatiempos de la Gaceta", "Esquelas de la vega"],
        subscribe="Suscríbete a la Gaceta", pick_label="La Gaceta te recomienda", embed_service="Vídeo de la Gaceta en YouTube",
        related_title="También en la Gaceta del Carrizo", popular_title="Lo más leído en la vega esta semana",
        nl_title="El boletín del Carrizo", nl_text="Lo esencial de la vega del Carrizo, cada mañana en tu correo.",
        nl_button="Recibir el boletín de la vega", nl_placeholder="Tu correo para el boletín",
        share_title="Compartir esta noticia de la Gaceta",
        footer_heads=["La Gaceta", "Lectores", "Anunciantes"],
        footer_cols=[["Quiénes somos en la Gaceta", "Escribe a la redacción de la Gaceta", "Trabaja en la Gaceta"],
                     ["Suscripciones de la Gaceta", "Cartas a la Gaceta", "Defensor del lector de la Gaceta"],
                     ["Publicidad en la Gaceta de la Vega del Carrizo", "Anuncios oficiales", "Empleo en la vega del Carrizo"]],
        footer_note="La Gaceta de la Vega del Carrizo informa de Valdecarrizo y sus pueblos desde 1952.")},
    (mp35, "R"): {"cookie": {"es": [R["cookie"]["es"][0], "El reproductor de vídeo está bloqueado por tu configuración de privacidad: cámbiala para ver este vídeo de Valdecarrizo"]}},
    (mp85, "BB_SITES"): {"Crónica del Carrizo": dict(
        host="cronicadelcarrizo.es", colour="#6d2b4a", logo="cronica-del-carrizo-logo", handle="cronicacarrizo", content="builder", cookie="cookieyes",
        tagline="Periódico digital de Valdecarrizo y la vega del Carrizo",
        menu=["Actualidad del Carrizo", "Valdecarrizo día a día", "Pedanías del Carrizo", "Fiestas y tradiciones", "Planes en la vega", "Quiénes hacemos la Crónica del Carrizo"],
        sidebar="Lo más visto en la Crónica", related="Más noticias de la Crónica",
        bios={"Inés Zarzuela": "Inés escribe sobre fiestas, cultura y tradiciones de Valdecarrizo y sus pedanías desde 2019."},
        about="La Crónica del Carrizo es un periódico digital independiente que cuenta lo que pasa en Valdecarrizo y su vega desde 2018.",
        footer_menu_title="Sobre la Crónica del Carrizo",
        footer_menu=["Quiénes hacemos la Crónica del Carrizo", "Escribe a la Crónica", "Anúnciate en la Crónica del Carrizo", "Privacidad en la Crónica del Carrizo", "Aviso legal de la Crónica"],
        nl_title="La Crónica del sábado", nl_text="Lo más importante de la semana en el Carrizo, cada sábado por la mañana.", nl_button="Quiero La Crónica del sábado",
        copyright="© 2026 Crónica del Carrizo. Prohibida la reproducción de textos y fotografías sin autorización.",
        cookie_title="Tu privacidad en la Crónica",
        cookie_text="En la Crónica usamos cookies propias y de terceros para medir qué se lee y para que la web funcione. Acéptalas, recházalas o elige.",
        cookie_policy="Política de cookies de la Crónica")},
    (mp44, "LR"): {"ГТРК «Ивница»": dict(
        domain="ivnica-tv.example", group="ivnica", theme="ivnica-theme",
        menu=["Новости Ивнякова", "Дороги района", "Спорт на Ивнице", "Погода в Ивнякове", "Телевидение", "Радио «Ивница»"],
        slugs=["novosti", "dorogi", "sport", "pogoda", "tv", "radio"],
        buttons=["Смотреть «Вести Ивницы»", "Слушать радио «Ивница»"], readmore="Ещё на ГТРК «Ивница»",
        related_title="Другие новости Ивнякова", popular_title="Самое читаемое на Ивнице",
        promo_pre="По будням в 18:40", promo_title="«Вести Ивницы»", promo_text="Главные новости района в эфире и на сайте.",
        nl_title="Ивница за день", nl_text="Новости района одним письмом каждый вечер.", nl_button="Подписаться на «Ивницу за день»",
        share_title="Поделиться новостью ГТРК «Ивница»",
        footer_links=["О ГТРК «Ивница»", "Написать в редакцию «Ивницы»", "Персональные данные на сайте «Ивницы»", "Версия сайта «Ивницы» для слабовидящих"],
        footer_note="ГТРК «Ивница» — районная телерадиокомпания, в эфире с 1964 года.")},
    (mp46, "MGNL"): {"Ивняковский вестник": dict(
        domain="ivnyakovo-vestnik.example", module="ivnyakovo", root="vestnik",
        menu=["Ивняково", "Район и сёла", "Новости области", "Ивняковский спорт", "Культура в Ивнякове", "Погода в Ивнякове"],
        slugs=["gorod", "rayon", "oblast", "sport", "kultura", "pogoda"],
        buttons=["Свежий номер «Вестника»", "Подписка на «Вестник»"],
        teaser_label="Ещё в «Вестнике»", related_title="Читайте также в «Ивняковском вестнике»",
        popular_title="Самое читаемое в «Вестнике»",
        promo_pre="По пятницам", promo_title="«Вестник» на выходные", promo_text="Афиша, рыбалка и дачные советы на субботу и воскресенье.",
        nl_title="«Вестник» утром", nl_text="Новости Ивнякова и района каждое утро в 7:00.", nl_button="Получать «Вестник» утром",
        share_title="Поделиться материалом «Вестника»",
        footer_links=["О «Ивняковском вестнике»", "Связаться с редакцией «Вестника»", "Персональные данные в «Вестнике»", "Реклама в «Ивняковском вестнике»"],
        footer_note="«Ивняковский вестник» — районная газета, выходит с 1931 года.",
        imprint="АНО «Редакция газеты „Ивняковский вестник“» · ул. Советская, 3 · Ивняково")},
    (mp45, "NEOS"): {"Ивняково сегодня": dict(
        domain="ivnyakovo-segodnya.example", package="Ivnyakovo.Site", dim="ru",
        menu=["Жизнь Ивнякова", "Транспорт", "Семья и школа", "Досуг", "Где поесть в Ивнякове", "Новосёлам"],
        slugs=["zhizn", "transport", "semya", "dosug", "eda", "novoselam"],
        home="Главная «Ивняково сегодня»", buttons=["Печатный выпуск", "Афиша Ивнякова"],
        teaser_label="Также в «Ивняково сегодня»", related_title="Ещё из «Ивняково сегодня»",
        popular_title="Самое читаемое в Ивнякове за месяц",
        promo_pre="Каждый четверг", promo_title="Выходные в Ивнякове", promo_text="Пять идей на выходные от нашей редакции.",
        nl_title="Ивняково за неделю", nl_text="Новости города раз в неделю, по пятницам.", nl_button="Подписаться на «Ивняково за неделю»",
        share_title="Поделиться материалом «Ивняково сегодня»",
        lang_names=["Русский", "English", "Deutsch"],
        footer_links=["О журнале «Ивняково сегодня»", "Реклама в журнале", "Вакансии в «Ивняково сегодня»", "«Ивняково сегодня» во ВКонтакте"],
        footer_note="«Ивняково сегодня» выпускает ООО «Городской журнал», ул. Набережная, 12, Ивняково.")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "blog_id", "country", "currency", "tld", "free", "phone", "email", "subdomain", "handle", "pub_id",
               "user_id", "post_ids", "space", "sub", "theme", "org", "template", "comments", "disqus", "menu_slugs", "slugs",
               "main_slugs", "more_slugs", "page_slugs", "entry_id", "asset_id", "comment_id", "author_id", "nl_form", "social",
               "slug", "community", "ot", "twitter", "path", "instance", "account", "article_id", "image_id", "section_names", "code",
               "app_ios", "app_android", "sp_account", "sp_pm", "slot", "gtm", "cmp", "local", "portal", "blog", "project",
               "site_id", "alias", "mode", "pub", "cmp_key", "tenant", "lang_path", "cbid", "tracker", "skin", "cat_slug", "poster",
               "editor", "wrap", "age", "lang", "plausible", "content", "module", "root", "package", "dim",
               "storyline_dates", "short", "lang_names"}

# the platforms' own strings for a language the layout did not have (the CMS's or theme's translations, as they ship;
# not checked)
PLATFORM_STRINGS = {
    (mp36, "AEM_CORE"): {"tr": dict(
        html_lang="tr-TR", og_locale="tr_TR", path_lang="tr", opens="yeni sekmede açılır", home="Ana sayfa", by="Yazan", read="{m} dk okuma",
        search="Ara", nav_label="Ana menü", crumb_label="İçerik haritası", share_on="Paylaş:", copy="Bağlantıyı kopyala", email_label="E-posta adresi",
        ot_settings="Çerez Ayarları", ot_policy="Çerez Politikası", ot_close="Kapat", ot_title="Gizliliğinize önem veriyoruz",
        months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"], date_fmt="{d} {M} {y}")},
    (mp89, "DUDA_CORE"): {"tr": dict(
        locale="tr", og_locale="tr_TR", tz="+03:00",
        months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"], date="{d} {m} {y}",
        by="Yazan", menu="Menü", close="Kapat", share_fb="Facebook'ta paylaş", share_x="X'te paylaş", share_li="LinkedIn'de paylaş",
        share_mail="E-postayla paylaş", share_wa="WhatsApp'ta paylaş", form_name="Ad", form_email="E-posta", form_submit="Gönder",
        form_thanks="Bizimle iletişime geçtiğiniz için teşekkürler.", form_required="Bu alan zorunludur", cookie_accept="Kabul et",
        cookie_settings="Ayarlar", cookie_decline="Reddet", skip="Ana içeriğe geç", read_more="Devamını oku")},
    (mp38, "SITECORE_CORE"): {"de": dict(
        html_lang="de", og_locale="de_DE", home="Startseite", search="Suche", search_ph="Suchbegriff", copy="Link kopieren", email_label="E-Mail",
        uc_more="Mehr Informationen", uc_title="Privatsphäre-Einstellungen", menu_toggle="Menü", by="Von", read="{m} Min. Lesezeit",
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"], date_fmt="{d}. {M} {y}")},
    (mp41, "SS_CORE"): {"fr": dict(
        html_lang="fr-FR", og_locale="fr_FR", skip="Aller au contenu principal", home="Accueil", by="Par", search="Rechercher",
        search_label="Rechercher sur le site", crumb_label="Fil d'Ariane", nav_label="Menu principal", menu="Menu", read="{m} min de lecture",
        share="Partager sur", copy="Copier le lien", email_label="Courriel", tags="Mots-clés", cc_title="Les cookies sur ce site",
        cc_manage="Gérer les cookies", cc_more="Lire notre politique de cookies", go_to="Aller à la page %s",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"], date_fmt="{d} {M} {y}")},
    (mp47, "JEKYLL_CORE"): {"fr": dict(
        html_lang="fr-FR", og_locale="fr_FR", generator="Jekyll v4.3.4", seo="v2.8.0",
        disqus_noscript="Veuillez activer JavaScript pour afficher les", disqus_link="commentaires fournis par Disqus.",
        months=["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."], date_fmt="{d} {M} {y}")},
    (mp35, "CRAFT_CORE"): {"es": dict(
        html_lang="es-ES", og_locale="es_ES", skip="Ir al contenido principal", menu="Menú", close="Cerrar", search="Buscar", home="Inicio",
        by="Por", read="{m} min de lectura", copy="Copiar enlace", share_on="Compartir en", tags="Etiquetas", settings="Configuración",
        play="Reproducir el vídeo", author_path="autores", search_path="buscar",
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        date_fmt="{d} de {M} de {y}")},
    (mp46, "MGNL_CORE"): {"ru": dict(
        html_lang="ru", skip="Перейти к содержанию", search="Поиск", search_ph="Что искать", by="Автор:", nav_label="Главное меню",
        lang_label="Язык", langs=[("RU", "ru"), ("EN", "en")], share_on="Поделиться:", copy="Скопировать ссылку", email_label="Эл. почта",
        required="Обязательное поле", settings="Настройки", read="{m} мин чтения", photo="Фото",
        months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], date_fmt="{d} {M} {y}")},
    (mp45, "NEOS_CORE"): {"ru": dict(
        html_lang="ru", og_locale="ru_RU", skip="Перейти к содержанию", search="Поиск", nav_label="Главное меню", crumb_label="Вы здесь",
        lang_label="Язык", by="Автор:", tags="Теги", share_on="Поделиться:", copy="Скопировать ссылку", email_label="Адрес эл. почты",
        cc_title="Настройки конфиденциальности", cc_save="Сохранить настройки", cc_groups=["Необходимые", "Статистика", "Внешние медиа"],
        cc_privacy="Политика конфиденциальности", cc_imprint="Выходные данные",
        months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], date_fmt="{d} {M} {y}",
        read="{m} мин чтения")},
}
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


# --------------------------------------------------------------------------
# the new layout: a text post on a news blog hosted on Tumblr with a custom theme, as the file reaches a reader --
# an English community-news blog kept by a parent in Caddiswick (Caddiswick Dispatches) and a Turkish town blog kept
# by a journalist (Ilgınköy Defteri).  What Tumblr renders from the theme's HTML ({block:Posts} on the permalink
# page) and what it injects around it: Tumblr's pre_tumblelog.js first in the head, the theme's meta options
# (color:, font:, if:, text: and image: metas, the options inlined again as CSS in the theme's <style>), the title,
# description, favicon and apple-touch-icon from the avatar, the RSS link and canonical, the Open Graph and Twitter
# metas Tumblr adds (og:site_name Tumblr, twitter:site tumblr, the al:ios / al:android app links), the theme's
# Google font link, jQuery and the theme's script from static.tumblr.com, the blog name and post id for the
# theme's script and the analytics tag; then body.permalink-page with the blog header (the avatar in a link, the
# blog title and the description), the theme's navigation (Home, Archive, Ask, Submit and the blog's custom
# pages), the article (class "post post-type-text", with the post's id and reblog key): the h2 title linked to the
# permalink, the body (the owner's text as Tumblr's editor stores it -- <p>, <h2>, <ul>, <blockquote>, <b>, <i> --
# after a full-width figure for the picture, with whatever the owner pasted among the paragraphs), the post footer
# (the reblog button, an svg in a link to /reblog/, and the like button, Tumblr's like iframe; the date and the
# note count; the tags), the notes list (likes, reblogs "from" this blog, the original post); after the article the
# "you might also like" posts, the permalink pagination and the footer with the owner's line and the theme's
# credit; then the tumblr_controls iframe and the login / follow bar, Tumblr's post-message queue, the analytics
# pixel with its noscript image and the analytics loader.  The theme's labels and the notes' wording are the
# theme's and the platform's (TUMBLR_CORE, by language, not checked); the blogs' own strings (TUMBLR_SITES: the
# title, the description, the custom pages, the other posts, the owner's line) are.
# --------------------------------------------------------------------------
TUMBLR_CORE = {
    "en": dict(html_lang="en", home="Home", archive="Archive", ask="Ask me anything", submit="Submit a post", notes="{n} notes",
               liked="liked this", reblogged="reblogged this from", posted="posted this", reblog="Reblog", like="Like",
               also="You might also like", newer="← Newer post", older="Older post →", theme_by="Theme by", powered="Powered by Tumblr",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
               date="{M} {d}, {y}", tz_lang="en_US", follow="Follow", posted_on="Posted on", tagged="Tagged"),
    "tr": dict(html_lang="tr", home="Ana sayfa", archive="Arşiv", ask="Bana sorun", submit="Gönderi yolla", notes="{n} not",
               liked="bunu beğendi", reblogged="bunu şuradan yeniden blogladı:", posted="bunu paylaştı", reblog="Yeniden blogla", like="Beğen",
               also="Bunlar da ilginizi çekebilir", newer="← Daha yeni yazı", older="Daha eski yazı →", theme_by="Tema:", powered="Tumblr ile çalışır",
               months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
               date="{d} {M} {y}", tz_lang="tr_TR", follow="Takip et", posted_on="Yayın tarihi", tagged="Etiketler"),
}
TUMBLR_SITES = {
    "Caddiswick Dispatches": dict(
        lang="en", name="caddiswickdispatches", colour="#2f5d50", accent="#c8553d", font="Source Serif 4",
        title="Caddiswick Dispatches",
        description="Notes from a Caddiswick kitchen table: schools, buses, bins and the people who keep the town going. Written by a parent of two.",
        pages=["About these dispatches", "Send me a story"],
        related=["The lollipop man who knows every child's name", "Why the 14 bus is always late on Thursdays",
                 "A morning at the Quarrybank food bank"],
        credit="Caddiswick Dispatches · written on the school run"),
    "Ilgınköy Defteri": dict(
        lang="tr", name="ilginkoydefteri", colour="#7a3e23", accent="#2c6e8f", font="Lora",
        title="Ilgınköy Defteri",
        description="Ilgınköy'den, çarşıdan ve köylerden notlar. Bir yerel gazetecinin kişisel defteri.",
        pages=["Defter hakkında", "Bana haber gönderin"],
        related=["Hükümet Caddesi'nin son terzisi", "Sarıyazı yolunda bir sabah", "Pazar yerinde kış hazırlığı"],
        credit="Ilgınköy Defteri · çarşıdan notlar"),
}
TUMBLR_EXEMPT = {"lang", "name", "colour", "accent", "font"}
TUMBLR_LOOKS = ("bold", "italic", "br")
TUMBLR_NOTE_BLOGS = {"en": ["thrushmere-tides", "orrindale-walks", "hobscross-mum", "quarrybank-kitchen", "cadd-valley-birds"],
                     "tr": ["sariyazi-notlari", "kiyi-gunlugu", "ilginkoylu-anne", "carsi-fotograflari", "zeytin-ve-deniz"]}
TB_SVG_REBLOG = ('<svg width="100%" height="100%" viewBox="0 0 21 21" xmlns="http://www.w3.org/2000/svg" fill="#555"><path d="M5.01092527,5.99908429 '
                 'L16.0088498,5.99908429 L16.136,9.508 L20.836,4.752 L16.136,0.083 L16.1360004,3.01110845 L2.09985349,3.01110845 '
                 'C1.50585349,3.01110845 0.979248041,3.44726568 0.979248041,4.45007306 L0.979248041,10.9999998 L3.98376463,8.50012891 '
                 'L3.98376463,6.99908429 C3.98376463,6.44726568 4.45810374,5.99908429 5.01092527,5.99908429 Z"></path></svg>')


def tb_date(iso, c):
    d = datetime.date.fromisoformat(iso)
    return c["date"].replace("{M}", c["months"][d.month - 1]).replace("{d}", str(d.day)).replace("{y}", str(d.year))


def tb_slug(text, n=60):
    return wp_slug(text.replace("ı", "i").replace("İ", "I"), n)


def tb_block(kind, val):
    """A block of the post as Tumblr's editor stores it (its NPF rendered to the legacy HTML a theme's {Body} gets)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_tumblr(art, ui, site, placed, rng):
    s = TUMBLR_SITES[site]
    c = TUMBLR_CORE[s["lang"]]
    base = "https://%s.tumblr.com" % s["name"]
    post_id = rng.randint(760000000000000000, 769999999999999999)
    reblog_key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    url = "%s/post/%d/%s" % (base, post_id, tb_slug(art["title"]))
    media = "https://64.media.tumblr.com"

    def hx(n):
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))
    avatar_key = hx(12)
    avatar = "%s/avatar_%s_128.pnj" % (media, avatar_key)
    img = "%s/%s/%s-%s/s1280x1920/%s.jpg" % (media, hx(32), hx(16), hx(8), hx(40))
    notes_n = rng.randint(18, 160)
    first = mp.inline_text(next(v for k, v in art["truth_blocks"] if k == "p"))
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."
    blocks, n = art["blocks"], len(art["blocks"])
    parts = ['<figure class="tmblr-full" data-orig-height="960" data-orig-width="1280"><img src="%s" data-orig-height="960" '
             'data-orig-width="1280" alt=""/></figure>' % img]
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(tb_block(*blocks[i]))
    body = "\n".join(parts)
    pages = "".join('<li><a href="/%s">%s</a></li>' % (tb_slug(x, 30), E(x)) for x in s["pages"])
    tags = "".join('<li><a href="/tagged/%s">#%s</a></li>' % (t.replace(" ", "-").lower(), E(t)) for t in art.get("tags", []))
    blogs = list(TUMBLR_NOTE_BLOGS[s["lang"]])
    rng.shuffle(blogs)
    note_items = []
    for k, b in enumerate(blogs[:4]):
        av = "%s/avatar_%s_16.pnj" % (media, hx(12))
        if k % 2 == 0:
            action = '<a rel="nofollow" href="https://%s.tumblr.com/" class="tumblelog" title="%s">%s</a> %s' % (b, b, b, E(c["liked"]))
            cls = "note like tumblelog_%s without_commentary" % b
        else:
            action = ('<a rel="nofollow" href="https://%s.tumblr.com/" class="tumblelog" title="%s">%s</a> %s <a rel="nofollow" '
                      'href="%s/" class="source_tumblelog" title="%s">%s</a>' % (b, b, b, E(c["reblogged"]), base, s["name"], s["name"]))
            cls = "note reblog tumblelog_%s original_post without_commentary" % b
        note_items.append('<li class="%s"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://%s.tumblr.com/" title="%s">'
                          '<img src="%s" class="avatar " alt=""/></a><span class="action" data-post-url="https://%s.tumblr.com/post/%d">%s</span>'
                          '<div class="clear"></div></li>' % (cls, b, b, av, b, rng.randint(760000000000000000, 769999999999999999), action))
    note_items.append('<li class="note original_post"><a rel="nofollow" class="avatar_frame" target="_blank" href="%s/" title="%s"><img src="%s/avatar_%s_16.pnj" '
                      'class="avatar " alt=""/></a><span class="action"><a rel="nofollow" href="%s/" class="tumblelog" title="%s">%s</a> %s</span>'
                      '<div class="clear"></div></li>' % (base, s["name"], media, avatar_key, base, s["name"], s["name"], E(c["posted"])))
    notes = "\n".join(note_items)
    related = "\n".join('<li class="related-post"><a href="%s/post/%d/%s"><img src="%s/%s/%s-%s/s400x600/%s.jpg" alt=""/><span class="related-title">%s</span></a></li>'
                        % (base, rng.randint(740000000000000000, 759999999999999999), tb_slug(t, 50), media, hx(32), hx(16), hx(8), hx(40), E(t))
                        for t in s["related"])
    older_id, newer_id = post_id - rng.randint(10**14, 10**15), post_id + rng.randint(10**14, 10**15)
    ver = hx(6)
    opts = {"color:Background": "#f6f3ee", "color:Text": "#222222", "color:Accent": s["accent"], "color:Title": s["colour"],
            "font:Body": s["font"], "if:Show avatar": "1", "if:Show related posts": "1", "if:Show notes": "1", "if:Infinite scroll": "0",
            "text:Custom credit": s["credit"], "image:Header": ""}
    metas = "\n".join('<meta name="%s" content="%s"/>' % (k, A(v)) for k, v in opts.items())
    shown = tb_date(art["date"], c)

    def q(x):
        return x.replace(":", "%3A").replace("/", "%2F").replace(" ", "+")
    ctrl_src = ("https://www.tumblr.com/assets/html/iframe/o.html?_v=%s#src=%s&amp;lang=%s&amp;name=%s&amp;avatar=%s&amp;title=%s&amp;url=%s"
                "&amp;page_slide=&amp;pid=%d&amp;rk=%s&amp;is_mobile=0&amp;plus_enabled=1" % (
                    ver, q(url), c["tz_lang"], s["name"], q(avatar), q(s["title"]), q(base), post_id, reblog_key))
    ga = "G-" + hx(10).upper()
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head><script type="text/javascript" language="javascript" src="https://assets.tumblr.com/assets/scripts/pre_tumblelog.js?_v={ver}"></script>
<meta charset="utf-8"/>
<meta http-equiv="x-dns-prefetch-control" content="off"/>
<title>{E(s["title"])} — {E(art["title"])}</title>
<meta name="description" content="{A(desc)}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
{metas}
<link rel="shortcut icon" href="{media}/avatar_{avatar_key}_128.pnj"/>
<link rel="apple-touch-icon" href="{media}/avatar_{avatar_key}_128.pnj"/>
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/rss"/>
<link rel="canonical" href="{url}"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="tumblr"/><meta name="twitter:title" content="{A(art["title"])}"/><meta name="twitter:description" content="{A(desc)}"/><meta name="twitter:image" content="{img}"/>
<meta property="og:site_name" content="Tumblr"/><meta property="og:title" content="{A(art["title"])}"/><meta property="og:url" content="{url}"/><meta property="og:description" content="{A(desc)}"/><meta property="og:type" content="tumblr-feed:entry"/><meta property="og:image" content="{img}"/><meta property="og:image:width" content="1280"/><meta property="og:image:height" content="960"/>
<meta property="al:ios:app_name" content="Tumblr"/><meta property="al:ios:app_store_id" content="305343404"/><meta property="al:ios:url" content="tumblr://x-callback-url/blog?blogName={s["name"]}&amp;postID={post_id}"/><meta property="al:android:app_name" content="Tumblr"/><meta property="al:android:package" content="com.tumblr"/><meta property="al:android:url" content="tumblr://x-callback-url/blog?blogName={s["name"]}&amp;postID={post_id}"/>
<link href="https://fonts.googleapis.com/css2?family={s["font"].replace(" ", "+")}:ital,wght@0,400;0,700;1,400&amp;display=swap" rel="stylesheet"/>
<style type="text/css">
body{{background:#f6f3ee;color:#222222;font-family:'{s["font"]}',Georgia,serif;margin:0}}
a{{color:{s["accent"]}}}
#header{{text-align:center;padding:40px 20px 10px}}#header .blog-title a{{color:{s["colour"]};text-decoration:none}}
#header .avatar img{{border-radius:50%;width:96px;height:96px}}
.theme-nav ul{{list-style:none;padding:0;margin:16px 0}}.theme-nav li{{display:inline-block;margin:0 10px}}
#posts{{max-width:640px;margin:0 auto}}.post{{background:#fff;padding:28px 32px;margin-bottom:30px}}
.post-footer{{border-top:1px solid #e6e1d8;margin-top:24px;padding-top:12px;font-size:13px}}
.post-controls{{float:right}}.post-controls .reblog_button,.post-controls .like_button{{display:inline-block;margin-left:10px}}
.tags{{list-style:none;padding:0}}.tags li{{display:inline-block;margin-right:8px}}
ol.notes{{list-style:none;padding:0;font-size:13px}}ol.notes .avatar{{width:16px;height:16px;margin-right:6px;vertical-align:middle}}
.related-posts ul{{list-style:none;padding:0;display:flex;gap:12px}}.related-posts img{{width:100%}}
.pagination{{display:flex;justify-content:space-between;margin:20px 0}}#footer{{text-align:center;font-size:12px;padding:30px}}
</style>
<script type="text/javascript" src="https://static.tumblr.com/jquery/jquery-3.6.0.min.js"></script>
<script type="text/javascript" src="https://static.tumblr.com/{hx(8)}/{hx(8)}/theme.js"></script>
<script type="text/javascript">var tumblr_blog_name = "{s["name"]}";var tumblr_post_id = "{post_id}";</script>
<script async="" src="https://www.googletagmanager.com/gtag/js?id={ga}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{ga}');</script>
</head>
<body class="permalink-page">
<div id="wrapper">
<header id="header">
<a href="/" class="avatar"><img src="{avatar}" alt="{A(s["title"])}"/></a>
<h1 class="blog-title"><a href="/">{E(s["title"])}</a></h1>
<div class="description"><p>{E(s["description"])}</p></div>
<nav class="theme-nav"><ul><li><a href="/">{E(c["home"])}</a></li><li><a href="/archive">{E(c["archive"])}</a></li><li><a href="/ask">{E(c["ask"])}</a></li><li><a href="/submit">{E(c["submit"])}</a></li>{pages}</ul></nav>
</header>
<main id="posts">
<article class="post post-type-text" id="post-{post_id}" data-post-id="{post_id}" data-reblog-key="{reblog_key}">
<div class="post-content">
<h2 class="post-title"><a href="{url}">{E(art["title"])}</a></h2>
<div class="body-text">
{body}
</div>
</div>
<footer class="post-footer">
<div class="post-controls"><a href="https://www.tumblr.com/reblog/{post_id}/{reblog_key}" class="reblog_button" title="{A(c["reblog"])}" style="display: block;width:20px;height:20px;">{TB_SVG_REBLOG}</a><div class="like_button" data-post-id="{post_id}" data-blog-name="{s["name"]}" id="like_button_{post_id}"><iframe id="like_iframe_{post_id}" src="https://assets.tumblr.com/assets/html/like_iframe.html?_v={ver}#name={s["name"]}&amp;post_id={post_id}&amp;color=black&amp;rk={reblog_key}" scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowtransparency="true" name="like_iframe_{post_id}" title="{A(c["like"])}"></iframe></div></div>
<div class="post-meta">{E(c["posted_on"])} <a class="post-date" href="{url}">{E(shown)}</a> · <a class="note-count" href="{url}#notes">{E(c["notes"].format(n=notes_n))}</a></div>
<ul class="tags" aria-label="{A(c["tagged"])}">{tags}</ul>
</footer>
<section id="notes"><ol class="notes">
{notes}
</ol></section>
</article>
<section class="related-posts"><h3>{E(c["also"])}</h3><ul>
{related}
</ul></section>
<nav class="pagination"><a class="prev" href="{base}/post/{newer_id}">{E(c["newer"])}</a><a class="next" href="{base}/post/{older_id}">{E(c["older"])}</a></nav>
</main>
<footer id="footer"><p>{E(s["credit"])}</p><p>{E(c["theme_by"])} <a href="https://www.tumblr.com/themes/by/paperlanterns">Paper Lanterns</a> · <a href="https://www.tumblr.com/">{E(c["powered"])}</a></p></footer>
</div>
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--controls" src="{ctrl_src}" scrolling="no" width="1" height="1" frameborder="0" style="background-color:transparent; overflow:hidden; position:absolute; top:0; right:0; z-index:2147483646;" allowtransparency="true" name="desktop-logged-out-controls"></iframe>
<div class="tmblr-iframe tmblr-iframe--unified-controls iframe-controls--desktop" style="position:fixed;top:0;right:0;z-index:2147483647"><a class="tmblr-follow-button" href="https://www.tumblr.com/follow/{s["name"]}">{E(c["follow"])}</a></div>
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v={ver}"></script>
<script type="text/javascript">!function(s){{s.src='https://px.srvcs.tumblr.com/impixu?T='+new Date().getTime()+'&J=eyJ0eXBlIjoiYmxvZyJ9&U={hx(10).upper()}&K={hx(32)}&R='+encodeURIComponent(document.referrer);}}(new Image());</script>
<noscript><img style="position:absolute;z-index:-3334;top:0px;left:0px;visibility:hidden;" src="https://px.srvcs.tumblr.com/impixu?T={rng.randint(1700000000, 1799999999)}&amp;J=eyJ0eXBlIjoiYmxvZyJ9&amp;U={hx(10).upper()}&amp;K={hx(32)}" alt=""/></noscript>
<script type="text/javascript">(function(){{var a=document.createElement('script');a.async=true;a.src='https://assets.tumblr.com/assets/scripts/analytics.js?_v={ver}';document.body.appendChild(a);}})();</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Tumblr's editor and the earlier layouts used here set inline text as make_pages does)




# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"tumblr": ["share", "topics", "related"]}  # (the reblog and like buttons, the tags and the "you
# might also like" posts follow the post's body)
for _mod, _names in ((mp71, ["chorus"]), (mp73, ["methode"]), (mp3, ["substack"]), (mp27, ["textpattern"]), (mp70, ["pugpig"]),
                     (mp68, ["polopoly"]), (mp56, ["xenforo"]), (mp62, ["hubspot"]), (mp36, ["aem"]), (mp89, ["duda"]),
                     (mp67, ["escenic"]), (mp38, ["sitecore"]), (mp35, ["craft"]), (mp20, ["dle"]), (mp41, ["silverstripe"]),
                     (mp94, ["bolt"]), (mp81, ["generatepress"]), (mp47, ["jekyll"]), (mp85, ["beaverbuilder"]), (mp44, ["liferay"]),
                     (mp46, ["magnolia"]), (mp45, ["neos"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "uniformswap", "coalarms", "wheelchairloans"]
NEW_FAMILIES = ["uniformswap", "coalarms", "wheelchairloans"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them)
NEW_FAMILY_WORDS = {"uniformswap": ["uniformswap", "uniform swap", "uniform-swap", "swap shop", "swap rail", "uniform rail",
                                    "ropero de uniformes", "schulkleidung tauschen", "tauschbörse für schulkleidung"],
                    "coalarms": ["coalarms", "co alarm", "co-alarm", "carbon monoxide alarm", "carbon-monoxide alarm",
                                 "détecteur de monoxyde", "датчик угарного"],
                    "wheelchairloans": ["wheelchairloans", "wheelchair loan", "wheelchair-loan", "loan wheelchair",
                                        "rollstuhlverleih", "leihrollstuhl", "préstamo de sillas", "tekerlekli sandalye ödünç"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a one-person blog or newsletter would not carry (no newsroom to credit a photograph to, to update a story
# or to have reporters, no adverts, app or paywall)
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
    "cookie": ['<div class="map-gate-r3"><p class="map-gate-r3__msg">%s</p><button class="map-gate-r3__ok" type="button">Allow</button></div>',
               '<p class="thirdparty-held-r3">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="eve-roundup-r3"><p class="eve-roundup-r3__txt">%s</p><a class="eve-roundup-r3__go" href="/newsletters/evening">Join</a></div>',
                   '<p class="last-free-r3">%s</p>', '<h5 class="roundup-head-r3">%s</h5>'],
    "share": ['<ul class="neighbour-send-r3">{items}</ul>', '<div class="send-bar-r3">%s</div>', '<p><a href="#send">%s</a></p>'],
    "photo": ['<p class="courtesy-pic-r3">%s</p>', '<span class="courtesy-chip-r3">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="no-copy-r3">%s</p>', '<div class="reuse-ban-r3"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="crumb-line-r3">%s</p>', '<h6 class="crumb-tag-r3">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="orn-break-r3">%s</p>', '<div class="star-rule-r3">%s</div>', '<p align="center">%s</p>'],
    "credit": ['<p class="extra-report-r3">%s</p>', '<div class="desk-credit-r3">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="hed-repeat-r3"><strong>%s</strong></p>', '<h2 class="hed-copy-r3">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="paid-promo-r3">%s</div>', '<p class="promo-note-r3">%s</p>', '<div><span>%s</span></div>'],
    "continue": ['<p class="rest-toggle-r3"><a href="#rest">%s</a></p>', '<div class="unfold-r3">%s</div>', '<div><a href="#rest"><strong>%s</strong></a></div>'],
    "comments": ['<p class="talk-join-r3"><a href="#talk">%s</a></p>', '<div class="talk-count-r3">%s</div>', '<p><a href="#comments-area">%s</a></p>'],
    "readtime": ['<p class="read-mins-r3">%s</p>', '<span class="read-mins-chip-r3">%s</span>', '<div><em>%s</em></div>'],
    "updated": ['<p class="changed-at-r3"><time>%s</time></p>', '<div class="change-stamp-r3">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="hear-it-r3"><button class="hear-it-r3__btn" type="button" aria-label="Play"></button><span class="hear-it-r3__lbl">%s</span></div>',
              '<p class="hear-line-r3"><a href="#hear">%s</a></p>', '<div><a href="#hear">%s</a></div>'],
    "correction": ['<aside class="fixed-note-r3"><p>%s</p></aside>', '<p class="fixed-line-r3"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="faster-app-r3"><p class="faster-app-r3__txt">%s</p><a class="faster-app-r3__go" href="/app">Download</a></div>',
            '<p class="app-line-r3">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-note-r3"><p class="reporter-note-r3__txt">%s</p></div>', '<p class="reporter-line-r3"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="know-something-r3"><p>%s</p></div>', '<p class="text-desk-r3">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="spotted-error-r3"><p>%s</p></div>', '<p class="ctrl-enter-r3">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="ping-ask-r3"><p class="ping-ask-r3__q">%s</p></div>', '<ul class="ping-opts-r3">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="keep-tools-r3">{items}</ul>', '<p class="keep-line-r3">%s</p>', '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="needed-q-r3"><p class="needed-q-r3__q">%s</p></div>', '<ul class="needed-opts-r3">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-by-r3"><p>%s</p></div>', '<p class="complaints-to-r3"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="topic-row-r3"><span class="topic-row-r3__t">%s</span></div>', '<ul class="topic-list-r3">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-r3"><a class="keep-later-r3__a" href="#keep">%s</a></div>', '<p class="keep-later-line-r3"><a href="#keep">%s</a></p>',
                 '<div><a href="#keep">%s</a></div>'],
    "poll": ['<div class="say-vote-r3"><p class="say-vote-r3__q">%s</p><button class="say-vote-r3__b" type="button">Vote</button></div>',
             '<ul class="say-vote-opts-r3">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/C{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-lite-r3"><a class="yt-lite-r3__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({uniformlist}: the rails, their schools' badges and opening times, and
    # sizes, donating and taking, as a list; {uniformrows}: the rails as a table; {uniformdl}: sizes, donating and
    # taking as a definition list; {colist}, {corows}, {codl}: who can get an alarm, where to collect it, what to
    # bring, and fitting, testing and the symptoms; {chairlist}, {chairrows}, {chairdl}: where to collect a chair and
    # when, and how long, the deposit and returns)
    "uniformswap": ['<div class="swap-rails-r3"><h4 class="swap-rails-r3__hd">%s</h4><ul class="swap-rails-r3__list">{uniformlist}</ul></div>',
                    '<div class="swap-times-r3"><p class="swap-times-r3__hd"><strong>%s</strong></p><table class="swap-times-r3__tbl">{uniformrows}</table></div>',
                    '<p class="swap-find-r3"><a class="swap-find-r3__a" href="/familie/schulkleidung-tauschen">%s</a></p>',
                    '<div class="swap-card-r3"><h5 class="swap-card-r3__hd">%s</h5><dl class="swap-card-r3__dl">{uniformdl}</dl></div>'],
    "coalarms": ['<aside class="co-free-r3"><h4 class="co-free-r3__hd">%s</h4><ul class="co-free-r3__list">{colist}</ul></aside>',
                 '<div class="co-who-r3"><p class="co-who-r3__hd"><b>%s</b></p><table class="co-who-r3__tbl">{corows}</table></div>',
                 '<p class="co-claim-r3"><a class="co-claim-r3__btn" role="button" href="/logement/detecteur-co">%s</a></p>',
                 '<div class="co-card-r3"><h5 class="co-card-r3__hd">%s</h5><dl class="co-card-r3__dl">{codl}</dl></div>'],
    "wheelchairloans": ['<div class="chair-loan-r3"><h4 class="chair-loan-r3__hd">%s</h4><ul class="chair-loan-r3__list">{chairlist}</ul></div>',
                        '<div class="chair-points-r3"><p class="chair-points-r3__hd"><strong>%s</strong></p><table class="chair-points-r3__tbl">{chairrows}</table></div>',
                        '<p class="chair-book-r3"><a class="chair-book-r3__a" href="/gesundheit/leihrollstuhl">%s</a></p>',
                        '<div class="chair-card-r3"><h5 class="chair-card-r3__hd">%s</h5><dl class="chair-card-r3__dl">{chairdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/evening"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send">%s</a>']),
          "section": (0.5, ['<b>%s</b> — ']),
          "uniformswap": (0.0, [' <a href="/familie/schulkleidung-tauschen"><strong>%s</strong></a>']),
          "coalarms": (0.0, ['<br><a class="btn" href="/logement/detecteur-co"><b>%s</b></a>']),
          "wheelchairloans": (0.0, ['<br><a href="/gesundheit/leihrollstuhl"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "uniformswap": 2, "coalarms": 2, "wheelchairloans": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="pasted-photo-r3"><img src="/media/{id}-photo.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-pic.jpg" alt="" width="600"><br><em>{cap} · {cr}</em></p>']
RELATED_STYLES = ['<div class="around-town-r3"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-around-r3"><p class="more-around-r3__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (UNIFORM_HEAD, CO_HEAD, CHAIR_HEAD, above), as the web teams left them (not checked)


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
    if "{uniform" in style:
        out = (out.replace("{uniformlist}", "".join('<li><strong>%s</strong> (%s): %s</li>' % tuple(esc(x) for x in r) for r in UNIFORM_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in UNIFORM_INFO[lang]))
               .replace("{uniformrows}", table(UNIFORM_HEAD[lang], UNIFORM_ROWS[lang])).replace("{uniformdl}", dl(UNIFORM_INFO[lang])))
    if "{co" in style:
        out = (out.replace("{colist}", "".join('<li><strong>%s</strong> — %s</li>' % tuple(esc(x) for x in r) for r in CO_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CO_INFO[lang]))
               .replace("{corows}", table(CO_HEAD[lang], CO_ROWS[lang])).replace("{codl}", dl(CO_INFO[lang])))
    if "{chair" in style:
        out = (out.replace("{chairlist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in CHAIR_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CHAIR_INFO[lang]))
               .replace("{chairrows}", table(CHAIR_HEAD[lang], CHAIR_ROWS[lang])).replace("{chairdl}", dl(CHAIR_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "uniformswap": rng.choice([mid, n, n]),
               "coalarms": rng.choice([mid, n]), "wheelchairloans": rng.choice([0, mid, n])}.get(fam, mid)
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
# the CKEditor style "Drop cap" on the Craft paragraph
DROPCAP = {"craft": ("class", "has-dropcap")}
# HubSpot's rich-text editor: a bordered box (a div with inline style) around a subheading and its paragraph
BOX = {"hubspot": ("wrap", '<div style="border: 1px solid #d9d2c5; background-color: #f7f4ee; padding: 16px 20px; margin: 20px 0;">\n', "\n</div>")}
# a Sitecore rich-text fact box around a subheading and its list
FACTBOX = {"sitecore": ("wrap", '<div class="component rich-text fact-box">\n<div class="component-content">\n', "\n</div>\n</div>")}
# a callout typed as raw HTML in the Jekyll post (kramdown keeps it)
CALLOUT = {"jekyll": ('<div class="callout" markdown="1"><p>', "</p></div>")}
# Tumblr's editor stores bold and italics as <b> and <i>
BOLD = {"tumblr": ("<b>", "</b>")}
ITALIC = {"tumblr": ("<i>", "</i>")}
# a highlight: a <mark>
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
# templates: tumblr is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"tumblr": tpl_tumblr, "chorus": mp71.tpl_chorus, "methode": mp73.tpl_methode, "substack": mp3.tpl_substack,
                 "textpattern": mp27.tpl_textpattern, "pugpig": mp70.tpl_pugpig, "polopoly": mp68.tpl_polopoly,
                 "xenforo": mp56.tpl_xenforo, "hubspot": mp62.tpl_hubspot, "aem": mp36.tpl_aem, "duda": mp89.tpl_duda,
                 "escenic": mp67.tpl_escenic, "sitecore": mp38.tpl_sitecore, "craft": mp35.tpl_craft,
                 "dle": mp20.tpl_dle, "silverstripe": mp41.tpl_silverstripe, "bolt": mp94.tpl_bolt,
                 "generatepress": mp81.tpl_generatepress, "jekyll": mp47.tpl_jekyll, "beaverbuilder": mp85.tpl_beaverbuilder,
                 "liferay": mp44.tpl_liferay, "magnolia": mp46.tpl_magnolia, "neos": mp45.tpl_neos}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h102), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "tumblr"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"chorus": (mp71, "CH_SITES"), "methode": (mp73, "MT_SITES"), "pugpig": (mp70, "PG_SITES"), "polopoly": (mp68, "PP_SITES"),
              "xenforo": (mp56, "XENFORO"), "hubspot": (mp62, "HUBSPOT"), "aem": (mp36, "AEM"), "duda": (mp89, "DUDA_SITES"),
              "escenic": (mp67, "ESC_SITES"), "sitecore": (mp38, "SITECORE"), "craft": (mp35, "CRAFT"),
              "silverstripe": (mp41, "SS"), "bolt": (mp94, "BOLT_SITES"), "generatepress": (mp81, "GP_SITES"),
              "jekyll": (mp47, "JEKYLL"), "beaverbuilder": (mp85, "BB_SITES"), "liferay": (mp44, "LR"), "magnolia": (mp46, "MGNL"),
              "neos": (mp45, "NEOS")}
# the brief's list of layouts, with the part that last used each and the languages it had there
LAYOUT_LIST = {"aem": (36, ("de", "en")), "beaverbuilder": (85, ("en", "es")), "bolt": (94, ("de", "en")), "chorus": (95, ("fr",)),
               "craft": (35, ("en", "fr")), "dle": (93, ("ru",)), "duda": (89, ("en", "fr")), "escenic": (95, ("en",)),
               "generatepress": (94, ("en",)), "hubspot": (62, ("en", "fr")), "jekyll": (95, ("en",)), "liferay": (44, ("en", "ru")),
               "magnolia": (46, ("en", "fr")), "methode": (95, ("de",)), "neos": (45, ("en", "tr")), "optimizely": (64, ("de", "en")),
               "polopoly": (68, ("en", "es")), "pugpig": (70, ("de", "en")), "silverstripe": (41, ("de", "en")),
               "sitecore": (38, ("en", "fr")), "sitevision": (92, ("de", "en")), "substack": (93, ("de",)),
               "textpattern": (95, ("en",)), "xenforo": (56, ("de", "en"))}
MIN_NEW_LANG = 14
# the parts whose layouts this part leaves alone
RECENT_PARTS = (mp96, mp97, mp98, mp99, mp100, mp101, mp102)


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
            rng = random.Random("newsflow-heldout103-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI103[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 103) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text", "builder", "cookieyes", "post", "ivnica", "fr", "en", "news"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h102), labels, furniture strings,
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
                       mp101.R, [v for v in mp101.SITE_STRINGS.values()], mp101.UI_NEW, mp101.TEASERS,
                       [v for _, v in mp101.WIDGET_ROWS], mp101.HEADLINES,
                       mp102.R, [v for v in mp102.SITE_STRINGS.values()], mp102.HASHNODE_SITES, mp102.UI_NEW, mp102.TEASERS,
                       [v for _, v in mp102.WIDGET_ROWS], mp102.HEADLINES,
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
    # layouts: tumblr (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # every earlier layout from the brief's list, none of them used by h96 .. h102, and at least MIN_NEW_LANG of them in
    # a language the part that last used them did not give them
    problems.extend("template %s is not on the brief's list" % t for t in tpls if t != NEW_LAYOUT and t not in LAYOUT_LIST)
    problems.extend("template %s was used by %s" % (t, mod.__name__) for t in tpls for mod in RECENT_PARTS
                    if t != NEW_LAYOUT and any(a["tpl"] == t for a in mod.ARTICLES))
    for t, (k, langs_then) in LAYOUT_LIST.items():  # the list's last parts and languages, as the modules have them
        last = [a["lang"] for a in __import__("make_heldout%d" % k).ARTICLES if a["tpl"] == t]
        if not last or set(last) != set(langs_then) or any(a["tpl"] == t for m in range(k + 1, 103)
                                                           for a in __import__("make_heldout%d" % m).ARTICLES):
            problems.append("layout list: %s is not last used by h%d in %s" % (t, k, "/".join(langs_then)))
    new_lang = [a for a in ARTICLES if a["tpl"] in LAYOUT_LIST and a["lang"] not in LAYOUT_LIST[a["tpl"]][1]]
    if len(new_lang) < MIN_NEW_LANG:
        problems.append("%d earlier layouts in a new language (want %d or more)" % (len(new_lang), MIN_NEW_LANG))
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = [PART + "-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the tumblr pages: a blog of TUMBLR_SITES in its own language; of the looks only those Tumblr's editor sets
    # (bold, italics, a line break); the later layouts keyed by site name: a site this part adds; no story tables and no
    # footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in TUMBLR_SITES
                                       or TUMBLR_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in TUMBLR_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: tumblr page needs a Tumblr blog in its language and the editor's looks only" % a["id"])
        if a["tpl"] in ("liferay", "magnolia", "silverstripe") and not a.get("inset"):
            problems.append("%s: %s needs its inset picture" % (a["id"], a["tpl"]))
        if a["tpl"] in ("chorus", "methode", "pugpig", "polopoly", "escenic") and not a.get("body_caption"):
            problems.append("%s: %s needs its body picture's caption" % (a["id"], a["tpl"]))
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
    tumblr_sites = [{k: v for k, v in d.items() if k not in TUMBLR_EXEMPT} for d in TUMBLR_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (TUMBLR_CORE, PLATFORM_STRINGS, UNIFORM_HEAD, CO_HEAD and CHAIR_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("TUMBLR_SITES", tumblr_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or s.startswith(("/", "http")):  # (a link's path is no wording)
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







