#!/usr/bin/env python3
"""Hundred-and-seventh held-out part (h107-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout107.py           # write pages/h107-*.html
    python benchmarks/data/extraction/make_heldout107.py --check   # verify pages/h107-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout107.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; the part written at the same time by another writer, h108, was not).  Built on the structure of
make_heldout106.py and make_heldout105.py (themselves on make_heldout100.py): build() -> (pages, truth, meta) and
verify(pages, truth) -> problems, with the same signatures, so that make_pages.py can import this module and merge it
the same way.  The page ids carry a three-digit part number (h107-en-001 ...): nothing here slices an id by position,
the seed is the whole id, and verify() builds the expected ids from PART.
Stories are in articles_h107_en.py / articles_h107_intl.py (fictional local and regional outlets: a parish council's
village newsletter and a village association's, both sent with Mailchimp, an online-only newsroom, an evening paper,
a morning paper, an independent weekly, a one-man newsletter, a residents' association, a long-read site, a village
news site, a village association, a district news site, a town paper, a members' online paper, a personal newsletter
on Substack, two regional sites, a village paper, a not-for-profit newsroom, a digital daily, a hamlet's news page, a
resident's blog, a town paper and a village news site, in invented places -- Brackenfold on the Welde with Thrupley St
Anne, Marrowby, Hollins Cawdle and Dunsmere Green; Kayalıdere with Söğütlüpınar and Armutçuk; Hagenried in the
Ulmbachtal with Kranzbach and Unterholm; Montcalvet-sur-Sorbe with Les Aubiers and Pradelles-Basses; Navalrobre de la
Sierra with El Hornillo; Кленовск on the Ивелька with Журавлёво --; every name and number invented; babies and
libraries, safety at home, older people and their eyes, with portraits and a few small-town repairs).  The residue
wordings -- thirty of the generic families of the earlier parts (one wording each in every language, two for the
newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three new ones --, their wrapper
class names, related headlines and teasers, the sites' own strings in the earlier layouts and the furniture strings
are new here: verify() refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels,
furniture strings, widget rows, headlines, tags or site names of make_heldout2..106, if a wrapper class name of an
earlier part recurs, if a "new" family is already in an earlier pool, family list, template family or docstring, if a
story paragraph or headline of an earlier part (first round to h106) recurs, if a headline is also a story paragraph,
or if a body is outside 150-400 words.  The earlier families placed only for a reason in a story (calendar, map,
gallery, scores and the earlier parts' new families) are not used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three or more languages, their four markups over the part (a list, a table, a link or
button -- which "run_in" makes the editor type at the end of the last paragraph --, a definition-list card); each
family's four carriers take the four markups once each, in page order unless a story names its markup
("widget_style").  The nearest earlier things are the earlier parts' pharmacy, clinic and school rows and their
family-help lines; none of them is a give-away of spectacles, a pack of first books or a loan of nursery safety
equipment, so the brief's three subjects are taken as they stand: free reading-glasses give-aways and swaps
(readingglasses: where to pick a pair up and when, the strengths, that they are no substitute for an eye test, bring
your old pair, one pair while stocks last) on an English town library's doubled large-print shelves (the list), a
French small town whose only optician closes (the table), a Spanish village's first week for older people (the
"where to collect" link, run into the last paragraph) and a Russian town's older people's week with an eye doctor's
clinic (the card); free baby and toddler book packs (bookpacks: who can have one, where to collect, what is in the
pack, which languages, rhyme-time sessions) on an English village newsletter's year of eleven births (the new layout:
the "claim" link, run into the last paragraph), an English village's first library in fifty years (the list), a
Turkish town's first council nursery (the table) and a German village newsletter's nine births (the new layout: the
card); and free stair-gate and home-safety kit loans (stairgates: where to borrow, who is eligible, what the kit
holds, fitting visits, when to return it) on an English toddler's fall on a rented flat's stairs (the list), a
Turkish village's child-safety week (the table), a Spanish village's child-safety week (the "book a loan" button)
and a Russian blogger's visit to a new block of flats for large families (the card).  Only the languages that carry a
new family have its rows (WIDGET_LANGS); the tables' heads (GLASSES_HEAD, BOOK_HEAD, GATE_HEAD) are the web teams'
generic strings and not checked; the rows (GLASSES_ROWS, GLASSES_INFO, BOOK_ROWS, BOOK_INFO, GATE_ROWS, GATE_INFO)
are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for a village association, a residents' association, a personal newsletter and a resident's
blog -- no newsroom to credit a photograph to, update a story, sell adverts or send reporters --, "newsletter" for the
two Mailchimp campaigns -- a village newsletter has no consent banner, adverts, app, alerts, comments, ratings, tools, polls,
reading time, reporters' biographies, tag lists or newsletter pitch of its own to paste); a correction box goes only
on a story that was corrected, with that story's own wording (an English village bridge's reopening date, which the
page carries among its residue, and a Russian school bus's departure time, the page's only residue).  Residue markup
varies as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted
by editors, headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a line run
into the end of a story paragraph (credit, tip, newsletter pitch, share line, the reading-glasses link, the
book-pack link; only one line in any paragraph) or a section tag run into the start of the first paragraph.  On the
new layout, residue the editor pasted sits in text blocks of its own between those holding the story.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap (the
block editor's has-drop-cap on the Astra weekly), italics (one-line quotes and quoted paragraphs), bold (one-line
paragraphs: "Das hat es seit 1995 nicht gegeben.", "Hiçbir aile bizi geri çevirmedi."), a highlighted sentence (a
<mark> on the Nuxt morning paper), a paragraph in a box (Jannah's box shortcode around "Başvurular nasıl
değerlendirilecek" and its paragraph), a fact box holding a subheading and its list (a block-editor group with a
background around "Dükkân, rakamlarla"), a callout (WPBakery's message box around the paragraph on falls), a
paragraph typed after a <br> (on the English Mailchimp letter, the long-read site and the French village paper's
interview); story structures that look like furniture but are the story: question-and-answer interviews (questions
typed in bold, some of a few words -- "Any close calls?", "Des frayeurs ?", "Et après ?" --, in English, Turkish and
French: a school crossing patrol after 31 years, a watchmaker after fifty, a village postwoman after thirty), lists
inside the story (what parents should do about falls, a watchmaker's shop in numbers, a week on a demand-responsive
bus, a week of safety workshops, what new tenants complain about), crossheads as headings (a toddler's fall, a new
library, a nursery, a watch shop, a cinema, a chain ferry, safety workshops) and as bold paragraphs (a village baby
boom, an orchard, a butcher's closing, a fountain, an older people's week, a school bus), one-line quotes and short
one-line paragraphs, a closing line with practical information (a baby group's hours, a children's centre's number,
a library's opening hours, rhyme sessions, a farewell assembly, orchard work mornings, a committee meeting, ferry
times and fares, bus timetables, how to ask for a visit, nursery applications, a farewell tea, a toddler group, a
butcher's last hours, an optician's last hours, a leaving drink, cinema days, a next edition, workshops' address, a
fountain's blessing, a residents' meeting, course sign-ups, a timetable's whereabouts), and story sentences that use
furniture words in ordinary reporting ("Subscribe to any parish magazine" opening a story, "Follow the footpath"
opening another, "Photo evidence" opening a third, "sign up", "contact", a shared chat and newsletters mentioned in
passing).  Two pages carry no residue at all (an English residents' association on webnode and a Spanish hamlet's
fountain on legacy-br) and one only its correction line (a Russian school bus on semantic).
One page layout is new (mailchimp: a story sent as a Mailchimp campaign by a village newsletter and archived on the
web, on two pages, an English village's and a German village's; see the section of the layout below).  Mailchimp's
own strings (MC_CORE, MC_TRANSLATE) are left as Mailchimp ships them and not checked; the newsletters' own strings
(MC_SITES, and each page's subject line and preheader) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers, all from the brief's list of
layouts no part since h103 has used (verify() refuses any that h103 .. h106 used) -- tagdiv (make_heldout30.py),
gatsby (make_heldout48.py), nuxt (make_heldout34.py), astra (make_heldout32.py), beehiiv (make_heldout77.py), webnode
(make_heldout90.py), shorthand (make_heldout75.py) and statamic (make_heldout40.py) in English; site123
(make_heldout101.py), jannah (make_heldout31.py) and wordpress (make_pages.py) in Turkish; kirby (make_heldout28.py)
and substackpub (make_heldout51.py) in German; amp, table and storybody (make_pages.py) in French; astro
(make_heldout55.py), wpbakery (make_heldout74.py) and legacy-br (make_pages.py) in Spanish; hexo (make_heldout49.py),
ghost and semantic (make_pages.py) in Russian --, sixteen of them in a language the part that last used them did not
give them.  Of the brief's list, hashnode is left out (its helper in make_heldout102.py needs that part's own
after-rendering steps, so it cannot be driven from here without patching), and grav and movabletype, whose helpers
only speak English, are left out so that the English pages can go to layouts in a new language.  While a page is
rendered, the earlier modules' related headlines (HEADLINES, make_pages.RELATED_HEADLINES), the strings that belong
to one site in an earlier layout (SITE_STRINGS: a new site added to the dictionaries kept by site name, this part's
strings for those kept by language), the teasers and the residue pools the earlier helpers draw from themselves
(make_pages.RESIDUE for the table layout's banner label, make_heldout48.R and make_heldout34.R for the Gatsby and Nuxt
advert labels, make_heldout51.TEASERS for Substack's post list) are swapped for this part's own and put back
afterwards; the earlier modules are not edited.
Standard library only; deterministic (every page's choices are drawn from a generator seeded with its id).
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
import make_heldout105 as mp105  # noqa: E402
import make_heldout106 as mp106  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h107_en import ARTICLES as H107_EN  # noqa: E402
from articles_h107_intl import ARTICLES as H107_INTL  # noqa: E402

ARTICLES = H107_EN + H107_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102, mp103, mp104, mp105, mp106)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h107"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h106 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Weldedale maps, clips and polls stay hidden until you allow third-party cookies for this page"],
        "tr": ["Kayalıdere haritaları, klipleri ve anketleri, bu sayfada üçüncü taraf çerezlerine izin verene kadar gizli kalır"],
        "de": ["Karten, Clips und Umfragen aus dem Ulmbachtal bleiben verborgen, bis Sie Cookies von Drittanbietern für diese Seite erlauben"],
        "fr": ["Cartes, extraits et sondages de la Sorbe restent masqués tant que vous n'autorisez pas les cookies tiers sur cette page"],
        "es": ["Los mapas, clips y encuestas de la sierra de Navalrobre permanecen ocultos hasta que permitas las cookies de terceros en esta página"],
        "ru": ["Карты, ролики и опросы о Кленовске скрыты, пока вы не разрешите сторонние cookie на этой странице"],
    },
    "newsletter": {
        "en": ["Welde Weekly, our Sunday round-up, is free to anyone with an inbox",
               "This is your last free Weldedale story this month: sign in or create a free account to carry on"],
        "tr": ["Pazar özetimiz Kayalıdere Haftalık, e-posta adresi olan herkese ücretsiz",
               "Bu ay okuyabileceğiniz son ücretsiz Kayalıdere haberi bu: devam etmek için giriş yapın ya da ücretsiz hesap açın"],
        "de": ["Die Ulmbachtal-Woche, unser Sonntagsüberblick, ist für alle mit einem Postfach kostenlos",
               "Das ist Ihr letzter freier Ulmbachtal-Artikel in diesem Monat: anmelden oder kostenloses Konto anlegen und weiterlesen"],
        "fr": ["La Semaine de la Sorbe, notre récapitulatif du dimanche, est offerte à toute personne munie d'une adresse mail",
               "C'est votre dernier article gratuit de la Sorbe ce mois-ci : connectez-vous ou créez un compte gratuit pour continuer"],
        "es": ["La Semana de Navalrobre, nuestro resumen del domingo, es gratis para cualquiera con correo electrónico",
               "Esta es tu última noticia gratuita de Navalrobre este mes: entra o crea una cuenta gratis para continuar"],
        "ru": ["«Кленовская неделя», наш воскресный обзор, бесплатна для всех, у кого есть почта",
               "Это последний бесплатный материал о Кленовске в этом месяце: войдите или заведите бесплатный аккаунт, чтобы продолжить"],
    },
    "share": {
        "en": ["Pass it round Weldedale: Facebook · WhatsApp · Threads · Copy link"],
        "tr": ["Kayalıdere'de yayın: Facebook · WhatsApp · Threads · Bağlantıyı kopyala"],
        "de": ["Im Ulmbachtal weitergeben: Facebook · WhatsApp · Threads · Link kopieren"],
        "fr": ["À faire circuler dans la Sorbe : Facebook · WhatsApp · Threads · Copier le lien"],
        "es": ["Pásalo por Navalrobre: Facebook · WhatsApp · Threads · Copiar enlace"],
        "ru": ["Передать по Кленовску: ВКонтакте · Telegram · Одноклассники · Скопировать ссылку"],
    },
    "photo": {
        "en": ["Picture supplied to the Weldedale desk by the family"],
        "tr": ["Fotoğraf Kayalıdere masamıza aile tarafından gönderildi"],
        "de": ["Bild: der Ulmbachtal-Redaktion von der Familie zur Verfügung gestellt"],
        "fr": ["Photo transmise à la rédaction de la Sorbe par la famille"],
        "es": ["Imagen cedida a la redacción de Navalrobre por la familia"],
        "ru": ["Снимок предоставлен редакции Кленовска семьёй"],
    },
    "copyright": {
        "en": ["Words and pictures © {site}; ask before you copy any part of this Weldedale report."],
        "tr": ["Metin ve fotoğraflar © {site}; bu Kayalıdere haberinin herhangi bir bölümünü kopyalamadan önce izin isteyin."],
        "de": ["Text und Bilder © {site}; fragen Sie, bevor Sie Teile dieses Ulmbachtal-Berichts kopieren."],
        "fr": ["Textes et images © {site} ; demandez avant de copier tout ou partie de ce reportage de la Sorbe."],
        "es": ["Textos e imágenes © {site}; pide permiso antes de copiar cualquier parte de esta información de Navalrobre."],
        "ru": ["Тексты и снимки © «{site}»; спросите разрешения, прежде чем копировать любую часть этого материала о Кленовске."],
    },
    "section": {
        "en": ["Weldedale / {section}"],
        "tr": ["Kayalıdere / {section}"],
        "de": ["Ulmbachtal / {section}"],
        "fr": ["Vallée de la Sorbe / {section}"],
        "es": ["Sierra de Navalrobre / {section}"],
        "ru": ["Кленовск / {section}"],
    },
    "related": {
        "en": ["More from around Weldedale"],
        "tr": ["Kayalıdere'nin dört bir yanından"],
        "de": ["Mehr aus dem ganzen Ulmbachtal"],
        "fr": ["D'autres nouvelles de toute la Sorbe"],
        "es": ["Más de toda la sierra de Navalrobre"],
        "ru": ["Другие новости со всего Кленовска"],
    },
    "symbol": {"*": ["⟐ ⟡ ⟐", "• ✣ •", "◍ · ◍ · ◍"]},
    "credit": {
        "en": ["Extra reporting: {site}, Weldedale desk"],
        "tr": ["{site} Kayalıdere masasının katkılarıyla"],
        "de": ["Mit Material vom Ulmbachtal-Desk von {site}"],
        "fr": ["Avec les informations du bureau de la Sorbe de {site}"],
        "es": ["Con información de la mesa de Navalrobre de {site}"],
        "ru": ["При участии кленовского отдела «{site}»"],
    },
    "ad": {
        "en": ["Paid partnership · Weldedale news continues below"],
        "tr": ["Ücretli iş birliği · Kayalıdere haberi aşağıda sürüyor"],
        "de": ["Bezahlte Partnerschaft · Ulmbachtal-Nachrichten gehen unten weiter"],
        "fr": ["Partenariat rémunéré · l'actualité de la Sorbe continue plus bas"],
        "es": ["Colaboración pagada · la información de Navalrobre sigue debajo"],
        "ru": ["Оплаченное партнёрство · новости Кленовска продолжаются ниже"],
    },
    "continue": {
        "en": ["Show the rest of this Weldedale report"],
        "tr": ["Bu Kayalıdere haberinin devamını göster"],
        "de": ["Den Rest dieses Ulmbachtal-Berichts anzeigen"],
        "fr": ["Afficher la suite de ce reportage de la Sorbe"],
        "es": ["Mostrar el resto de esta información de Navalrobre"],
        "ru": ["Показать продолжение материала о Кленовске"],
    },
    "comments": {
        "en": ["Join {n} Weldedale readers in the conversation"],
        "tr": ["{n} Kayalıdereli okurun sohbetine katılın"],
        "de": ["Reden Sie mit {n} Leserinnen und Lesern aus dem Ulmbachtal mit"],
        "fr": ["Rejoignez la conversation de {n} lecteurs de la Sorbe"],
        "es": ["Únete a la conversación de {n} lectores de Navalrobre"],
        "ru": ["Присоединяйтесь к обсуждению: уже {n} читателей из Кленовска"],
    },
    "readtime": {
        "en": ["A {m}-minute Weldedale read"],
        "tr": ["{m} dakikada okunacak bir Kayalıdere haberi"],
        "de": ["Ein Ulmbachtal-Text für {m} Minuten"],
        "fr": ["Un article de la Sorbe à lire en {m} minutes"],
        "es": ["Una noticia de Navalrobre para leer en {m} minutos"],
        "ru": ["Материал о Кленовске на {m} минуты чтения"],
    },
    "updated": {
        "en": ["Revised {d} at {t} by the Weldedale desk"],
        "tr": ["Kayalıdere masası tarafından {d} {t} itibarıyla yenilendi"],
        "de": ["Überarbeitet am {d} um {t} Uhr vom Ulmbachtal-Desk"],
        "fr": ["Révisé le {d} à {t} par le bureau de la Sorbe"],
        "es": ["Revisada el {d} a las {t} por la mesa de Navalrobre"],
        "ru": ["Переработано {d} в {t} кленовским отделом"],
    },
    "audio": {
        "en": ["Hear this Weldedale report read aloud · {m} min"],
        "tr": ["Bu Kayalıdere haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Ulmbachtal-Bericht vorlesen lassen · {m} Min."],
        "fr": ["Faites-vous lire ce reportage de la Sorbe · {m} min"],
        "es": ["Escucha esta información de Navalrobre en voz alta · {m} min"],
        "ru": ["Прослушать материал о Кленовске вслух · {m} мин"],
    },
    "correction": {
        "en": ["This Weldedale report has been changed to fix a mistake."],
        "tr": ["Bu Kayalıdere haberi bir yanlışı düzeltmek için değiştirildi."],
        "de": ["Dieser Ulmbachtal-Bericht wurde geändert, um einen Fehler zu beheben."],
        "fr": ["Ce reportage de la Sorbe a été modifié pour rectifier une erreur."],
        "es": ["Esta información de Navalrobre se ha cambiado para arreglar un error."],
        "ru": ["Материал о Кленовске изменён, чтобы исправить ошибку."],
    },
    "app": {
        "en": ["Read Weldedale news offline: the {site} app is free on the App Store and Google Play"],
        "tr": ["Kayalıdere haberlerini çevrimdışı okuyun: {site} uygulaması App Store ve Google Play'de ücretsiz"],
        "de": ["Ulmbachtal-Nachrichten auch offline: die {site}-App gibt es gratis im App Store und bei Google Play"],
        "fr": ["La Sorbe hors connexion : l'appli {site} est gratuite sur l'App Store et Google Play"],
        "es": ["Lee Navalrobre sin conexión: la app de {site} es gratis en App Store y Google Play"],
        "ru": ["Новости Кленовска без интернета: приложение «{site}» бесплатно в App Store и Google Play"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Brackenfold, Thrupley and the Welde villages for {site}."],
        "tr": ["{by}, {site} için Kayalıdere, Söğütlüpınar ve Armutçuk'ta {section} haberlerini yapıyor."],
        "de": ["{by} schreibt für {site} über {section} in Hagenried, Kranzbach und Unterholm."],
        "fr": ["{by} suit la rubrique {section} à Montcalvet, aux Aubiers et à Pradelles-Basses pour {site}."],
        "es": ["{by} escribe sobre {section} en Navalrobre y El Hornillo para {site}."],
        "ru": ["{by} пишет о теме «{section}» в Кленовске и Журавлёве для «{site}»."],
    },
    "tip": {
        "en": ["Know something we should cover in Weldedale? Text the desk on 07700 900 417"],
        "tr": ["Kayalıdere'de haber olacak bir şey mi var? Masamıza mesaj atın: 0 (530) 000 41 70"],
        "de": ["Wissen Sie etwas, worüber wir im Ulmbachtal berichten sollten? SMS an den Desk: 0151 000 4170"],
        "fr": ["Une info à nous signaler dans la Sorbe ? Envoyez un SMS à la rédaction au 06 00 00 41 70"],
        "es": ["¿Sabes algo que debamos contar en Navalrobre? Manda un mensaje a la redacción al 600 000 417"],
        "ru": ["Знаете, о чём нам стоит написать в Кленовске? Пишите в редакцию: +7 900 000-41-70"],
    },
    "typo": {
        "en": ["Found a slip in this Weldedale report? Mark the offending words and Ctrl+Enter sends them to the Weldedale desk"],
        "tr": ["Bu Kayalıdere haberinde bir yanlışlık mı buldunuz? Hatalı kelimeleri işaretleyin, Ctrl+Enter onları Kayalıdere masasına iletsin"],
        "de": ["Einen Fehler in diesem Ulmbachtal-Bericht gefunden? Die betroffenen Wörter markieren, Strg+Enter schickt sie an den Ulmbachtal-Desk"],
        "fr": ["Une coquille dans ce reportage de la Sorbe ? Marquez les mots fautifs, Ctrl+Entrée les envoie au bureau de la Sorbe"],
        "es": ["¿Has encontrado un fallo en esta información de Navalrobre? Marca las palabras erróneas y Ctrl+Intro las manda a la mesa de Navalrobre"],
        "ru": ["Нашли ошибку в материале о Кленовске? Отметьте неверные слова, и Ctrl+Enter отправит их в кленовский отдел"],
    },
    "push": {
        "en": ["Allow Weldedale notifications? Yes, notify me · Not now"],
        "tr": ["Kayalıdere bildirimlerine izin verilsin mi? Evet, bildir · Şimdi değil"],
        "de": ["Ulmbachtal-Benachrichtigungen erlauben? Ja, benachrichtigen · Nicht jetzt"],
        "fr": ["Autoriser les notifications de la Sorbe ? Oui, me prévenir · Pas maintenant"],
        "es": ["¿Permitir notificaciones de Navalrobre? Sí, avisadme · Ahora no"],
        "ru": ["Разрешить уведомления о Кленовске? Да, присылать · Не сейчас"],
    },
    "print": {
        "en": ["Keep this Weldedale report: Print it · Download PDF · Send by email"],
        "tr": ["Bu Kayalıdere haberini saklayın: Yazdırın · PDF indirin · E-postayla gönderin"],
        "de": ["Diesen Ulmbachtal-Bericht behalten: Ausdrucken · PDF herunterladen · Per Mail senden"],
        "fr": ["Garder ce reportage de la Sorbe : L'imprimer · Télécharger le PDF · L'envoyer par mail"],
        "es": ["Guarda esta información de Navalrobre: Imprimirla · Descargar PDF · Enviar por correo"],
        "ru": ["Сохранить материал о Кленовске: Распечатать · Скачать PDF · Отправить письмом"],
    },
    "feedback": {
        "en": ["Did this Weldedale report tell you what you needed? Yes, everything I was after · Only partly · Not really, no"],
        "tr": ["Bu Kayalıdere haberi aradığınızı verdi mi? Evet, aradığım her şeyi · Yalnızca bir kısmını · Pek sayılmaz"],
        "de": ["Hat Ihnen dieser Ulmbachtal-Bericht gesagt, was Sie wissen wollten? Ja, alles Gesuchte · Nur zum Teil · Eher nicht"],
        "fr": ["Ce reportage de la Sorbe vous a-t-il appris ce que vous cherchiez ? Oui, tout ce que je cherchais · Seulement en partie · Pas vraiment"],
        "es": ["¿Te ha contado esta información de Navalrobre lo que buscabas? Sí, todo lo que buscaba · Solo en parte · La verdad es que no"],
        "ru": ["Нашли ли вы в материале о Кленовске то, что искали? Да, всё, что искал · Только частично · Скорее нет"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Weldedale coverage go to standards@weldedale.example."],
        "tr": ["{site}, Basın Konseyi ilkelerini uygular; Kayalıdere haberlerimize itirazlar: ilkeler@kayalidere.example."],
        "de": ["{site} hält sich an den Pressekodex; Beschwerden zu unserer Ulmbachtal-Berichterstattung an kodex@ulmbachtal.example."],
        "fr": ["{site} adhère au Conseil de déontologie journalistique ; réclamations sur nos articles de la Sorbe : deontologie@sorbe.example."],
        "es": ["{site} sigue el código deontológico de la FAPE; quejas sobre nuestra información de Navalrobre a codigo@navalrobre.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики журналиста; жалобы на материалы о Кленовске: etika@klenovsk.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Brackenfold · River Welde"],
        "tr": ["Konular: {section} · Kayalıdere · Söğütlüpınar"],
        "de": ["Abgelegt unter: {section} · Hagenried · Unterholm"],
        "fr": ["Classé dans : {section} · Montcalvet · Les Aubiers"],
        "es": ["Archivado en: {section} · Navalrobre · El Hornillo"],
        "ru": ["Рубрики: {section} · Кленовск · Журавлёво"],
    },
    "bookmark": {
        "en": ["♡ Keep this Weldedale report for later"],
        "tr": ["♡ Bu Kayalıdere haberini sonraya sakla"],
        "de": ["♡ Diesen Ulmbachtal-Bericht für später merken"],
        "fr": ["♡ Garder ce reportage de la Sorbe pour plus tard"],
        "es": ["♡ Guardar esta información de Navalrobre para luego"],
        "ru": ["♡ Отложить материал о Кленовске на потом"],
    },
    "poll": {
        "en": ["Have your say, Weldedale: yes · no · don't know"],
        "tr": ["Söz sizde, Kayalıdere: evet · hayır · bilmiyorum"],
        "de": ["Ihre Stimme, Ulmbachtal: ja · nein · weiß nicht"],
        "fr": ["À vous de voter, la Sorbe : oui · non · je ne sais pas"],
        "es": ["Opina, Navalrobre: sí · no · no lo sé"],
        "ru": ["Ваше мнение, Кленовск: да · нет · не знаю"],
    },
    "embed": {
        "en": ["See {handle}'s Weldedale post on Instagram", "Play {handle}'s Weldedale video on YouTube"],
        "tr": ["{handle} hesabının Kayalıdere paylaşımını Instagram'da görün", "{handle} hesabının Kayalıdere videosunu YouTube'da oynatın"],
        "de": ["Den Ulmbachtal-Beitrag von {handle} auf Instagram ansehen", "Das Ulmbachtal-Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur la Sorbe sur Instagram", "Lire la vidéo de {handle} sur la Sorbe sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre Navalrobre en Instagram", "Reproducir el vídeo de {handle} sobre Navalrobre en YouTube"],
        "ru": ["Посмотреть публикацию {handle} о Кленовске в Instagram", "Запустить видео {handle} о Кленовске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "readingglasses": {
        "en": ["Free reading glasses: pick up a pair", "Free reading glasses: where and when", "Find free reading glasses near you ›",
               "Reading glasses give-away: what to know"],
        "fr": ["Lunettes de lecture offertes : où les retirer", "Lunettes de lecture gratuites : lieux et horaires", "Trouver des lunettes de lecture gratuites ›",
               "Lunettes de lecture offertes : l'essentiel"],
        "es": ["Gafas de lectura gratis: dónde recogerlas", "Gafas de lectura gratis: puntos y horarios", "Consulta dónde recoger gafas de lectura gratis ›",
               "Gafas de lectura gratis: lo que debes saber"],
        "ru": ["Бесплатные очки для чтения: где получить", "Бесплатные очки для чтения: адреса и часы", "Где взять бесплатные очки для чтения ›",
               "Очки для чтения в подарок: главное"],
    },
    "bookpacks": {
        "en": ["Free baby book packs: how to get one", "Free baby and toddler book packs: collection points", "Claim your free baby book pack ›",
               "Baby book packs: the details"],
        "tr": ["Ücretsiz bebek kitap paketi: nasıl alınır", "Bebek ve küçük çocuk kitap paketleri: dağıtım noktaları", "Ücretsiz kitap paketinizi isteyin ›",
               "Bebek kitap paketleri: ayrıntılar"],
        "de": ["Kostenlose Buchpakete für Babys: so kommen Sie dran", "Buchpakete für Babys und Kleinkinder: Ausgabestellen", "Kostenloses Baby-Buchpaket abholen ›",
               "Buchpakete für die Kleinsten: das Wichtigste"],
    },
    "stairgates": {
        "en": ["Free stair gate loans: how it works", "Stair gate and safety kit loans: where to borrow", "Book a free stair gate loan ›",
               "Home safety kit loans: the details"],
        "tr": ["Ücretsiz merdiven kapısı ödünç: nasıl işliyor", "Merdiven kapısı ve güvenlik seti ödünç: nereden alınır", "Ücretsiz merdiven kapısı için başvurun ›",
               "Ev güvenliği seti ödünç: ayrıntılar"],
        "es": ["Préstamo gratuito de barreras de escalera: cómo funciona", "Barreras de escalera y kits de seguridad: dónde pedirlos", "Pide una barrera de escalera en préstamo ›",
               "Préstamo de kits de seguridad: los detalles"],
        "ru": ["Бесплатные ворота на лестницу во временное пользование: как это работает", "Ворота на лестницу и наборы безопасности: где взять", "Записаться на бесплатные ворота на лестницу ›",
               "Наборы для безопасности дома напрокат: подробности"],
    },
}
NEW_STYLE_WORDING = {"readingglasses": [0, 1, 2, 3], "bookpacks": [0, 1, 2, 3], "stairgates": [0, 1, 2, 3]}
# reading glasses: where to pick a pair up and when; and strengths, eye tests, old pairs, stocks
GLASSES_ROWS = {
    "en": [("Brackenfold library", "Market Street, ground-floor desk", "Mon–Sat 9am–5pm, Thu until 7pm"),
           ("Weldedale Age Friends drop-in", "Corn Exchange, side door", "Wednesdays 10am–12.30pm"),
           ("Thrupley village hall", "coffee morning table", "first Friday of the month")],
    "fr": [("Mairie de Montcalvet", "accueil, rez-de-chaussée", "lundi au vendredi, 9 h – 12 h"),
           ("Centre communal d'action sociale", "2, rue des Tanneurs", "mardi et jeudi, 14 h – 17 h"),
           ("Salle des associations des Aubiers", "place du Lavoir", "samedi 8 novembre, 10 h – 12 h")],
    "es": [("Hogar del jubilado de Navalrobre", "plaza de la Constitución, 4", "de lunes a viernes, 10.00–13.00"),
           ("Centro de salud de Navalrobre", "mostrador de enfermería, planta baja", "martes y jueves, 9.00–11.00"),
           ("Local social de El Hornillo", "calle Real, 12", "sábados, 11.00–13.00")],
    "ru": [("Центр социального обслуживания", "улица Заводская, 8, кабинет 3", "пн–пт, 9:00–16:00"),
           ("Дом культуры Кленовска", "фойе, стол волонтёров", "среда, 10:00–13:00"),
           ("Библиотека Журавлёва", "улица Школьная, 2", "суббота, 11:00–14:00")],
}
GLASSES_HEAD = {"en": ("Pick up at", "Where", "Open"), "fr": ("Retrait", "Adresse", "Horaires"),
                "es": ("Recogida", "Dirección", "Horario"), "ru": ("Пункт", "Адрес", "Часы")}
GLASSES_INFO = {
    "en": [("Strengths", "+1.0 to +3.5, in half steps; try a pair on at the table"),
           ("Eye tests", "these are not a substitute: have your eyes checked every two years"),
           ("Your old pair", "bring it along and we will pass it on to a charity"),
           ("Pairs per person", "one each, while the donated stock lasts")],
    "fr": [("Corrections", "de +1 à +3,5 ; essai sur place"),
           ("Examen de la vue", "aucune ordonnance demandée, mais un contrôle chez l'ophtalmologiste reste conseillé"),
           ("Vos anciennes lunettes", "déposez-les, elles seront envoyées à une association"),
           ("Nombre de paires", "une par personne, tant que le stock donné dure")],
    "es": [("Graduaciones", "de +1,0 a +3,5; se pueden probar allí mismo"),
           ("Revisión de la vista", "no hace falta receta, pero conviene revisarse la vista cada dos años"),
           ("Tus gafas viejas", "tráelas y las donaremos a una ONG"),
           ("Pares por persona", "uno, mientras duren las gafas donadas")],
    "ru": [("Диоптрии", "от +1,0 до +3,5, можно примерить на месте"),
           ("Проверка зрения", "рецепт не нужен, но проверять зрение у окулиста стоит раз в два года"),
           ("Старые очки", "принесите их, мы передадим их в благотворительный фонд"),
           ("Сколько пар", "по одной на человека, пока не закончится запас от спонсора")],
}
# book packs: where to collect; and who can have one, what is in it, languages, rhyme times
BOOK_ROWS = {
    "en": [("Marrowby library", "Station Road hub, children's corner", "Tue, Thu, Sat 9.30am–4pm"),
           ("Brackenfold library", "Market Street, first-floor children's library", "Mon–Sat 9am–5pm, Thu until 7pm"),
           ("Thrupley baby group", "St Anne's hall", "Tuesdays 10am–11.30am")],
    "tr": [("Kayalıdere İlçe Halk Kütüphanesi", "Çarşı Caddesi 14, çocuk bölümü", "hafta içi 09.00–17.00, cumartesi 10.00–14.00"),
           ("Belediye Kreşi", "Söğütlüpınar Caddesi", "veli görüşme saatlerinde"),
           ("Aile Sağlığı Merkezi", "bebek izlem odası", "aşı günlerinde")],
    "de": [("Gemeindebücherei Hagenried", "Kirchplatz 3", "Di und Fr 15–18 Uhr, Sa 10–12 Uhr"),
           ("Krabbelcafé Unterholm", "Gemeindehaus, Lindenstraße 2", "donnerstags 9.30–11 Uhr"),
           ("Rathaus Hagenried", "Bürgerbüro, Zimmer 4", "Mo–Fr 8–12 Uhr, Do auch 14–17.30 Uhr")],
}
BOOK_HEAD = {"en": ("Collect from", "Where", "When"), "tr": ("Nereden", "Adres", "Ne zaman"), "de": ("Abholen", "Wo", "Wann")}
BOOK_INFO = {
    "en": [("Who gets a pack", "every baby and toddler living in Weldedale, one pack per child"),
           ("In the pack", "two board books, a rhyme sheet, a library card form and a cloth bag"),
           ("Languages", "English, Polish, Urdu and Romanian; dual-language books on request"),
           ("Rhyme time", "free sessions every Thursday at 10am, no booking needed")],
    "tr": [("Kimler alabilir", "ilçede yaşayan 0-3 yaş arası her çocuk, çocuk başına bir paket"),
           ("Pakette neler var", "iki karton kitap, bir tekerleme kartı, kütüphane üyelik formu ve bez çanta"),
           ("Diller", "Türkçe, Kürtçe ve Arapça"),
           ("Tekerleme saatleri", "her cumartesi 10.30'da kütüphanede, kayıt gerekmez")],
    "de": [("Wer bekommt eins", "alle Kinder unter drei Jahren mit Wohnsitz in Hagenried und den Ortsteilen"),
           ("Im Paket", "zwei Pappbilderbücher, ein Fingerspiel-Heft, ein Büchereiausweis und ein Stoffbeutel"),
           ("Sprachen", "Deutsch, Türkisch, Ukrainisch und Arabisch"),
           ("Fingerspiel-Runde", "jeden ersten Samstag im Monat um 10.30 Uhr in der Bücherei")],
}
# stair gates: where to borrow; and who is eligible, what the kit holds, fitting visits, return dates
GATE_ROWS = {
    "en": [("Weldedale children's centre", "Canal Street, Brackenfold", "Mon–Fri 9am–4pm, Wed until 6pm"),
           ("Marrowby family hub", "Station Road", "Tuesdays 1pm–3pm"),
           ("Health visitor home visit", "by appointment", "call 01632 961 240")],
    "tr": [("Söğütlüpınar Muhtarlığı", "köy konağı, üst kat", "hafta içi 09.00–12.00"),
           ("Kayalıdere Aile Sağlığı Merkezi", "hemşire odası", "salı ve perşembe 13.30–16.00"),
           ("Dernek lokali", "Cami Sokağı 2", "cumartesi sabahı, çay saatinde")],
    "es": [("Escuela infantil Los Madroños", "calle Fragua, 3", "de lunes a viernes, 9.00–13.00"),
           ("Servicios Sociales de Navalrobre", "Ayuntamiento, planta baja", "martes y jueves, 10.00–14.00"),
           ("Centro de salud de Navalrobre", "consulta de pediatría", "con cita previa")],
    "ru": [("Управляющая компания «Садовая»", "улица Садовая, 14, офис 1", "пн–пт, 9:00–17:00"),
           ("Центр помощи семье", "улица Заводская, 8", "вторник и четверг, 14:00–18:00"),
           ("Детская поликлиника", "кабинет здорового ребёнка", "по записи через регистратуру")],
}
GATE_HEAD = {"en": ("Borrow from", "Where", "When"), "tr": ("Nereden", "Yer", "Saatler"),
             "es": ("Dónde pedirlo", "Dirección", "Horario"), "ru": ("Где взять", "Адрес", "Часы")}
GATE_INFO = {
    "en": [("Who can borrow", "families with a child under two, on a low income or referred by a health visitor"),
           ("The kit", "two pressure-fit gates, cupboard locks, socket covers, corner guards and a window restrictor"),
           ("Fitting visits", "a volunteer fitter can call to put the gates up, free of charge"),
           ("Returning it", "after 18 months, or when your youngest turns two")],
    "tr": [("Kimler ödünç alabilir", "iki yaşından küçük çocuğu olan tüm aileler"),
           ("Sette bulunanlar", "iki merdiven kapısı, dolap kilitleri, priz kapakları ve köşe koruyucular"),
           ("Montaj", "gönüllülerimiz kapıyı evinize gelip ücretsiz takıyor"),
           ("Geri getirme", "çocuk iki yaşını doldurduğunda muhtarlığa geri getirin")],
    "es": [("Quién puede pedir el kit", "familias empadronadas con niños menores de tres años"),
           ("Qué incluye", "dos barreras de escalera, cierres para armarios, protectores de enchufe y esquineras"),
           ("Montaje en casa", "un voluntario de Protección Civil va a casa a montarlas sin coste"),
           ("Cuándo se devuelve", "a los 18 meses o cuando el niño cumpla tres años")],
    "ru": [("Кто может взять", "семьи с детьми до трёх лет, живущие в Кленовске"),
           ("Что в наборе", "двое ворот, замки на шкафы, заглушки для розеток и мягкие уголки"),
           ("Установка ворот", "волонтёр приедет и поставит ворота бесплатно"),
           ("Возврат", "через полтора года или когда ребёнку исполнится три")],
}
WIDGET_ROWS = (("readingglasses points", GLASSES_ROWS), ("readingglasses info", GLASSES_INFO), ("bookpacks points", BOOK_ROWS),
               ("bookpacks info", BOOK_INFO), ("stairgates points", GATE_ROWS), ("stairgates info", GATE_INFO))
WIDGET_LANGS = {"readingglasses": ("en", "fr", "es", "ru"), "bookpacks": ("en", "tr", "de"), "stairgates": ("en", "tr", "es", "ru")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Brackenfold rowing club launches its first women's eight", "Thrupley Staithe Inn named pub of the season",
           "New pedestrian lights promised for Ferry Road", "Marrowby pantomime sells out in a day",
           "Hollins Cawdle church roof appeal reaches its target", "Weldedale farmers' market moves to Sundays"],
    "tr": ["Kayalıdere'de pazar yeri yenileniyor", "Söğütlüpınar'a yeni köy yolu",
           "Kayalıderespor play-off'a kaldı", "Armutçuk'ta ilk kez armut şenliği",
           "Kayalıdere'de gece kütüphanesi açıldı", "İlçe hastanesine yeni çocuk doktoru"],
    "de": ["Hagenrieder Freibad bekommt eine Rutsche", "Kranzbach feiert sein Backhausfest",
           "Ulmbachtal-Radweg wird bis Unterholm verlängert", "Gesangverein Hagenried sucht Tenöre",
           "Neue Tagespflege in Kranzbach eröffnet", "Bücherei Hagenried verlängert Öffnungszeiten"],
    "fr": ["Montcalvet : la foire aux fromages revient en mai", "Les Aubiers rénovent leur lavoir",
           "Pradelles-Basses : une épicerie solidaire ouvre", "Le rugby de Montcalvet monte en Fédérale 3",
           "La Sorbe retrouve ses truites", "Un nouveau médecin s'installe à Montcalvet"],
    "es": ["Navalrobre estrena pista de pádel", "El Hornillo celebra la matanza tradicional",
           "La carretera de la sierra, cortada por obras", "Navalrobre tendrá un punto limpio",
           "La banda municipal de Navalrobre cumple 50 años", "Abren el nuevo consultorio de El Hornillo"],
    "ru": ["В Кленовске открыли новый бассейн", "В Журавлёве отремонтируют мост через Ивельку",
           "Кленовские гиревики привезли медали", "В парке Кленовска появится каток",
           "В Журавлёвской школе открыли музей", "Из Кленовска пустят вечерний автобус"],
}
TEASERS = {
    "en": ["The crew trains at six every morning.", "Its landlord has run it for 22 years.",
           "Parents have campaigned since 2021.", "Tickets went on sale at 9am.",
           "The appeal raised £86,000.", "Stallholders voted 31 to 4."],
    "de": ["Sie ist 48 Meter lang.", "Das Backhaus ist von 1789.", "Die Strecke misst neun Kilometer.",
           "Der Chor hat 23 Mitglieder.", "Es gibt 14 Plätze.", "Donnerstags bis 20 Uhr."],
}
SITES = {"en": [], "tr": [], "de": [], "fr": [], "es": [], "ru": []}

UI_NEW = {
    "en": dict(nav=["Brackenfold", "Welde villages", "Weldedale courts", "Weldedale schools", "Brackenfold sport", "Out and about in Weldedale", "Weldedale notices"],
               cookie="We and our partners use cookies on this Weldedale news site to remember your choices, count which Brackenfold stories are read and show adverts that pay for local reporting. Tick only the Weldedale cookies you are happy with.",
               accept="Allow all Weldedale cookies", reject="Choose my Weldedale cookies", share="Send this Weldedale story on",
               related="Keep reading about Weldedale", newsletter="Welde Daily: the dale's news before breakfast, every weekday",
               subscribe="Get Welde Daily", email="name@welde-daily.example",
               comment_note="Every comment is read by someone in the Weldedale newsroom before it goes live. Keep it civil and keep it local.",
               closed="Comments are switched off on this Weldedale story.",
               footer=["Get in touch with the Weldedale newsroom", "Weldedale corrections", "Weldedale privacy policy", "Advertise in Weldedale", "Weldedale house rules"],
               rights="Every word and picture from the Weldedale newsroom belongs to its publisher and may not be reused without permission.",
               commenters=[("Thrupley_Jan", "Lovely to read some good news from the dale."),
                           ("BrackenfoldBarry", "About time too, if you ask me.")]),
    "tr": dict(nav=["Kayalıdere", "Kayalıdere köyleri", "Kayalıdere adliye", "Kayalıdere okulları", "Kayalıdere sporu", "Kayalıdere'de gezilecek yerler", "Kayalıdere ilanları"],
               cookie="Biz ve ortaklarımız, bu Kayalıdere haber sitesinde tercihlerinizi hatırlamak, hangi Kayalıdere haberlerinin okunduğunu saymak ve yerel habercilik için ödeme yapan reklamları göstermek için çerez kullanırız. Neye izin verdiğinizi seçin.",
               accept="Tüm Kayalıdere çerezlerine izin ver", reject="Kayalıdere çerezlerimi seçeyim", share="Bu Kayalıdere haberini iletin",
               related="Kayalıdere üzerine okumaya devam", newsletter="Kayalıdere Günlük: ilçenin haberleri kahvaltıdan önce, her iş günü",
               subscribe="Kayalıdere Günlük'ü alayım", email="isim@kayalidere-gunluk.example",
               comment_note="Her yorum yayına girmeden önce Kayalıdere haber odasından biri tarafından okunur. Saygılı olun ve ilçeyle ilgili yazın.",
               closed="Bu Kayalıdere haberinde yorumlar kapalı.",
               footer=["Kayalıdere haber odasına ulaşın", "Kayalıdere düzeltmeleri", "Kayalıdere gizlilik politikası", "Kayalıdere'de reklam verin", "Kayalıdere yorum kuralları"],
               rights="Kayalıdere haber odasının her yazısı ve fotoğrafı yayıncısına aittir ve izinsiz yeniden kullanılamaz.",
               commenters=[("Söğütlüpınarlı_Hatice", "İlçeden güzel bir haber okumak ne hoş."),
                           ("Kayalıdereli_Mesut", "Geç bile kaldı bence.")]),
    "de": dict(nav=["Hagenried", "Dörfer im Ulmbachtal", "Gerichte im Ulmbachtal", "Schulen im Ulmbachtal", "Sport in Hagenried", "Ausgehen im Ulmbachtal", "Amtliches aus dem Ulmbachtal"],
               cookie="Wir und unsere Partner verwenden auf dieser Nachrichtenseite aus dem Ulmbachtal Cookies, um Ihre Auswahl zu speichern, zu zählen, welche Hagenrieder Artikel gelesen werden, und Anzeigen zu zeigen, die Lokalberichterstattung bezahlen. Haken Sie nur die Ulmbachtal-Cookies an, mit denen Sie einverstanden sind.",
               accept="Alle Ulmbachtal-Cookies erlauben", reject="Ulmbachtal-Cookies auswählen", share="Diesen Ulmbachtal-Artikel weitergeben",
               related="Weiter im Ulmbachtal lesen", newsletter="Ulmbachtal täglich: die Nachrichten aus dem Tal vor dem Frühstück, werktags",
               subscribe="Ulmbachtal täglich erhalten", email="name@ulmbachtal-taeglich.example",
               comment_note="Jeder Kommentar wird vor der Freischaltung von jemandem aus dem Ulmbachtal-Newsroom gelesen. Bleiben Sie freundlich und bleiben Sie im Tal.",
               closed="Kommentare zu diesem Ulmbachtal-Artikel sind ausgeschaltet.",
               footer=["Kontakt zum Ulmbachtal-Newsroom", "Ulmbachtal-Korrekturen", "Ulmbachtal-Datenschutz", "Werben im Ulmbachtal", "Ulmbachtal-Hausregeln"],
               rights="Jedes Wort und jedes Bild aus dem Ulmbachtal-Newsroom gehört dem Verlag und darf ohne Erlaubnis nicht weiterverwendet werden.",
               commenters=[("Kranzbacherin_Ute", "Schön, mal gute Nachrichten aus dem Tal zu lesen."),
                           ("Hagenrieder_Sepp", "Wurde auch Zeit, finde ich.")]),
    "fr": dict(nav=["Montcalvet", "Villages de la Sorbe", "Tribunal de la Sorbe", "Écoles de la Sorbe", "Sport à Montcalvet", "Sortir dans la Sorbe", "Annonces légales de la Sorbe"],
               cookie="Nos partenaires et nous utilisons des cookies sur ce site d'information de la Sorbe pour mémoriser vos choix, compter les articles de Montcalvet lus et afficher les publicités qui paient l'information locale. Choisissez ceux qui vous conviennent.",
               accept="Autoriser tous les cookies de la Sorbe", reject="Choisir mes cookies de la Sorbe", share="Transmettre cet article de la Sorbe",
               related="Continuer à lire sur la Sorbe", newsletter="La Sorbe au quotidien : l'actualité de la vallée avant le petit-déjeuner, chaque jour de semaine",
               subscribe="Recevoir La Sorbe au quotidien", email="nom@sorbe-quotidien.example",
               comment_note="Chaque commentaire est lu par un membre de la rédaction de la Sorbe avant publication. Restez courtois et restez local.",
               closed="Les commentaires sont fermés sur cet article de la Sorbe.",
               footer=["Joindre la rédaction de la Sorbe", "Rectificatifs de la Sorbe", "Confidentialité de la Sorbe", "Publicité dans la Sorbe", "Règles de la maison, la Sorbe"],
               rights="Chaque mot et chaque image de la rédaction de la Sorbe appartient à son éditeur et ne peut être réutilisé sans autorisation.",
               commenters=[("Ginette_des_Aubiers", "Ça fait du bien de lire une bonne nouvelle de la vallée."),
                           ("Montcalvetois_Dede", "Il était temps, si vous voulez mon avis.")]),
    "es": dict(nav=["Navalrobre", "Pueblos de la sierra de Navalrobre", "Tribunales de la sierra", "Colegios de la sierra de Navalrobre", "Deportes en Navalrobre", "Planes en la sierra de Navalrobre", "Edictos de Navalrobre"],
               cookie="Nosotros y nuestros socios usamos cookies en esta web de noticias de Navalrobre para recordar tus preferencias, contar qué noticias de la sierra se leen y mostrar anuncios que pagan el periodismo local. Elige las que te parezcan bien.",
               accept="Permitir todas las cookies de Navalrobre", reject="Elegir mis cookies de Navalrobre", share="Reenvía esta noticia de Navalrobre",
               related="Más para leer sobre Navalrobre", newsletter="Navalrobre al día por correo: las noticias de la sierra antes del desayuno, cada día laborable",
               subscribe="Quiero el correo de Navalrobre", email="nombre@navalrobre-correo.example",
               comment_note="Alguien de la redacción de Navalrobre lee cada comentario antes de publicarlo. Sé educado y habla del pueblo.",
               closed="Los comentarios están cerrados en esta noticia de Navalrobre.",
               footer=["Escribe a la redacción de Navalrobre", "Fe de errores de Navalrobre", "Privacidad de Navalrobre", "Anúnciate en Navalrobre", "Normas de la casa de Navalrobre"],
               rights="Cada palabra e imagen de la redacción de Navalrobre pertenece a su editor y no puede reutilizarse sin permiso.",
               commenters=[("Encarna_de_El_Hornillo", "Qué alegría leer algo bueno de la sierra."),
                           ("Navalrobreño_Tino", "Ya era hora, digo yo.")]),
    "ru": dict(nav=["Кленовск", "Сёла у Ивельки", "Суд Кленовска", "Школы Кленовска", "Спорт Кленовска", "Куда пойти в Кленовске", "Объявления Кленовска"],
               cookie="Мы и наши партнёры используем cookie на этом новостном сайте Кленовска, чтобы запоминать ваш выбор, считать, какие материалы о Кленовске читают, и показывать рекламу, которая оплачивает местную журналистику. Отметьте те, с которыми вы согласны.",
               accept="Разрешить все cookie Кленовска", reject="Выбрать cookie Кленовска", share="Переслать материал о Кленовске",
               related="Читать дальше о Кленовске", newsletter="«Кленовск за завтраком»: новости города до завтрака по будням",
               subscribe="Получать «Кленовск за завтраком»", email="imya@klenovsk-zavtrak.example",
               comment_note="Каждый комментарий до публикации читает сотрудник редакции Кленовска. Будьте вежливы и пишите о городе.",
               closed="Комментарии к этому материалу о Кленовске выключены.",
               footer=["Написать в редакцию Кленовска", "Исправления Кленовска", "Конфиденциальность Кленовска", "Реклама в Кленовске", "Правила дома Кленовска"],
               rights="Каждое слово и каждый снимок редакции Кленовска принадлежат издателю и не могут использоваться без разрешения.",
               commenters=[("Журавлёвская_Нина", "Приятно прочитать хорошую новость о городе."),
                           ("Кленовский_Петрович", "Давно пора, я считаю.")]),
}

UI107 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp48, "R"): {"ad": R["ad"]},
    (mp34, "R"): {"ad": R["ad"]},
    (mp51, "TEASERS"): {"de": TEASERS["de"]},
    (mp30, "TAGDIV"): {"en": dict(
        domain="brackenfoldlive.example",
        top_menu=["About Brackenfold Live", "Send Brackenfold Live a tip", "Brackenfold announcements", "Advertising on Brackenfold Live"],
        main_menu=["Brackenfold news", "Health in Weldedale", "Weldedale sport", "Brackenfold business", "Your Brackenfold", "What's on in Brackenfold"],
        main_slugs=["news", "health", "sport", "business", "your-brackenfold", "whats-on"],
        latest="Latest from Brackenfold Live",
        footer_about="Brackenfold Live is an online-only newsroom for Brackenfold and the Welde villages, funded by advertisers and members.",
        footer_mail="Write to the newsroom:",
        footer_menu=["Brackenfold Live privacy", "Brackenfold Live terms of use", "Brackenfold Live complaints", "The Brackenfold Live team"],
        copyright="© 2026 Brackenfold Live Ltd. Reporting on the Welde since 2016.",
        author_desc="Dominic Shawcross reports on health, hospitals and care homes in Brackenfold for Brackenfold Live.")},
    (mp48, "GATSBY"): {"Weldedale Evening Echo": dict(
        domain="weldedale-echo.example", space="p3w8hz2n6c5t",
        menu=["Echo news", "Brackenfold", "Weldedale libraries and arts", "Echo sport", "Echo opinion", "Echo family notices"],
        slugs=["news", "brackenfold", "libraries-arts", "sport", "opinion", "family-notices"],
        buttons=["Read the Echo e-edition", "Subscribe to the Echo"],
        teaser_label="Also in tonight's Echo",
        related_title="More Weldedale stories from the Echo",
        popular_title="Most read in the Echo today",
        nl_title="The Echo at six", nl_text="Tonight's Weldedale stories in your inbox at 6pm, Monday to Saturday.",
        nl_button="Send me the Echo at six", share_title="Share this Echo story",
        footer_links=["About the Weldedale Evening Echo", "Contact the Echo", "Echo privacy notice", "Advertise in the Echo", "Echo photo sales"],
        footer_note="The Weldedale Evening Echo has been published every weekday evening since 1889.")},
    (mp34, "NUXT"): {"Weldedale Morning Post": dict(
        domain="weldedalemorningpost.example",
        menu=["Morning Post news", "Marrowby", "Thrupley and the Staithe", "Morning Post sport", "Weldedale days out", "Morning Post comment"],
        slugs=["news", "marrowby", "thrupley", "sport", "days-out", "comment"],
        topbar=["Morning Post e-paper", "Morning Post puzzles", "Morning Post announcements"],
        join="Read the Post", account="My Morning Post",
        teaser_label="Further reading in the Post", related_title="More from the Morning Post newsroom",
        popular_title="What Weldedale is reading", nl_title="The Post before eight",
        nl_text="The Weldedale headlines by email every morning before eight, free.",
        nl_button="Sign me up for the Post before eight", share_title="Share this Morning Post story",
        footer_links=["About the Weldedale Morning Post", "Morning Post reader help", "Morning Post data protection", "Advertising in the Morning Post"],
        footer_note="The Weldedale Morning Post was first printed in 1853 and has been online since 2001.")},
    (mp32, "ASTRA"): {"The Brackenfold Observer": dict(
        domain="brackenfoldobserver.example",
        tagline="News and people from Brackenfold and the Welde",
        menu=["Brackenfold", "Observer people", "Schools in Brackenfold", "Welde sport", "Observer diary", "Letters to the Observer editor"],
        slugs=["brackenfold", "people", "schools", "sport", "diary", "letters"],
        top_menu=["Place an Observer notice", "Send the Observer a photo", "Contact the Observer newsroom"],
        recent="New in the Observer",
        about_title="The Observer",
        about="The Brackenfold Observer is an independent weekly run by two former daily-paper reporters and a network of village correspondents.",
        share_title="Pass it on:",
        footer_menu=["Observer privacy", "How the Observer handles complaints", "The Observer office"])},
    (mp77, "BEEHIIV_SITES"): {"Cawdle Notes": dict(
        sub="cawdlenotes", colour="#4d6a2e",
        tagline="Letters from Hollins Cawdle, every other Tuesday",
        nav=["Every issue of Cawdle Notes", "Cawdle Notes diary", "Who writes Cawdle Notes?"],
        tags=["Hollins Cawdle", "Cawdle orchards"],
        keep=[["The hedge-layer of Glebe Lane", "He lays forty yards a winter, by hand."],
              ["What the church bells ring", "Our ringers explain a peal, slowly."],
              ["Swifts are back over the green", "Fourteen pairs, by our count."]],
        recommended=[["Letters from the Welde", "A river walker's fortnightly notes"],
                     ["The Allotment Gazette", "Every Friday from plot 17"]],
        footer="Written in Hollins Cawdle by Tom Ashdown. Reply to this email to reach me.",
        social=["cawdlenotes", "cawdle.notes"])},
    (mp90, "WEBNODE_SITES"): {"Dunsmere Green Residents' Association": dict(
        host="dunsmeregreenra.webnode.co.uk", colour="#2c5d7a", template="Meadow", handle="dunsmerera",
        slogan="Looking after Dunsmere Green, one street at a time",
        menu=["Dunsmere Green RA home", "Dunsmere Green news", "The community room", "Join the Residents' Association", "Contact the RA committee"],
        blog="Dunsmere Green news", latest="Latest from the Green",
        contact_title="Write to the RA committee",
        contact="Dunsmere Green Residents' Association, c/o 9 Lowther Road, Brackenfold · committee.dgra@example.org",
        copyright="© 2026 Dunsmere Green Residents' Association. Kept up to date by volunteers.",
        teasers=[["Litter pick on the Green", "Meet by the swings on Saturday at 10am."],
                 ["Bulb planting along Lowther Road", "Bring a trowel if you have one."],
                 ["Summer street party", "The road closure is booked for 18 July."]])},
    (mp75, "SH_SITES"): {"Weldedale Stories": dict(
        host="stories.weldedale.example", org="weldedale-stories", theme="dale-longform",
        nav=["Weldedale Stories home", "All Weldedale Stories", "The Welde river series", "Weldedale Stories photography"],
        links=["About Weldedale Stories", "Support Weldedale Stories", "Weldedale Stories cookies and data", "Pitch us a Weldedale story"],
        copyright="© 2026 Weldedale Stories. Long reads from the Welde valley.",
        banner="Weldedale Stories uses cookies to see which chapters of our long reads people finish. We only switch them on if you agree.")},
    (mp40, "STATAMIC"): {"Hollins Cawdle Gazette": dict(
        domain="hollinscawdlegazette.example",
        tagline="Village news for Hollins Cawdle",
        menu=["Around the village", "Cawdle roads and transport", "Cawdle people", "Cawdle clubs", "Useful Cawdle numbers"],
        slugs=["village", "transport", "people", "clubs", "numbers"],
        buttons=["This month's Gazette as a PDF", "Support the Gazette"],
        related_title="More from the Hollins Cawdle Gazette",
        share_title="Send this Gazette story to a neighbour",
        nl_title="The Gazette by email",
        nl_text="Once a week: village news and what's on at the weekend.",
        nl_button="Email me the Gazette on Fridays", nl_form="cawdle_weekly",
        footer_links=["Gazette editors", "Write for the Gazette", "Advertise in the Hollins Cawdle Gazette", "How the Gazette uses your data"],
        footer_note="The Hollins Cawdle Gazette is a community news site, published since 2011.")},
    (mp101, "SITE123_SITES"): {"Söğütlüpınar Köyü Yaşatma Derneği": dict(
        lang="tr", host="www.sogutlupinarkoyu.example", website_id=8120473, colour="#3e6b2a", ga="G-SKY4M2R8TP",
        font="Merriweather", logo="sogutlupinar-logo.png",
        nav=["Söğütlüpınar ana sayfa", "Söğütlüpınar'dan haberler", "Söğütlüpınar köy konağı", "Yaşatma Derneği", "Derneğe destek olun", "Dernek yönetimine yazın", "Söğütlüpınar'ın hikâyesi"],
        posts=["Söğütlüpınar'da çeşme başı temizlendi", "Köy okulunun çatısı onarıldı",
               "Gurbetteki Söğütlüpınarlılarla bayram buluşması", "Köy meydanına 40 ıhlamur dikildi"],
        footer="Söğütlüpınar Köyü Yaşatma Derneği, köyümüzde hayatı sürdürmek için 2012'de kuruldu.",
        address="Söğütlüpınar Köyü Yaşatma Derneği · Köy Meydanı No: 1, Söğütlüpınar, Kayalıdere · dernek@sogutlupinarkoyu.example",
        rights="Telif hakkı © 2026 Söğütlüpınar Köyü Yaşatma Derneği, tüm hakları saklıdır",
        cookie="Dernek sitemiz, sayfaların düzgün açılması ve kaç kişinin okuduğunu görmek için çerez kullanır.",
        cookie_link="Söğütlüpınar dernek sitesinin gizlilik açıklaması",
        social=["facebook.com/sogutlupinarkoyu", "instagram.com/sogutlupinarkoyu"],
        tags=["Söğütlüpınar köy konağı", "çocuk güvenliği haftası"])},
    (mp31, "JANNAH"): {"Kayalıdere Haber": dict(
        domain="kayaliderehaber.example",
        menu=["Kayalıdere gündem", "Kayalıdere köyleri", "Kayalıdere eğitim", "Kayalıdere sağlık", "Kayalıdere spor", "Kayalıdere kültür", "Kayalıdere vefat"],
        slugs=["gundem", "koyler", "egitim", "saglik", "spor", "kultur", "vefat"],
        ad_title="Kayalıdere esnafından",
        recent="Kayalıdere Haber'de son eklenenler",
        about_title="Kayalıdere Haber hakkında",
        about="Kayalıdere Haber, 2017'den beri ilçenin ve köylerinin haberlerini veren yerel bir internet gazetesidir.",
        copyright="© 2026 Kayalıdere Haber. Haberlerimiz kaynak belirtilerek alıntılanabilir.",
        footer_menu=["Kayalıdere Haber'e ulaşın", "Kayalıdere Haber'de reklam", "Kayalıdere Haber yayın ilkeleri", "Kayalıdere Haber KVKK"],
        author_desc="Sevda Karaman, Kayalıdere Haber için eğitim, çocuk ve aile haberlerini izliyor.")},
    (mp28, "KIRBY"): {"de": dict(
        domain="www.hagenrieder-blatt.example",
        menu=["Aus Hagenried", "Ortskern", "Kranzbach", "Das Blatt unterstützen", "Wer das Blatt macht"],
        menu_slugs=["hagenried", "ortskern", "kranzbach", "unterstuetzen", "wir"],
        published="Erschienen im Hagenrieder Blatt am", prev="Vorheriger Artikel im Blatt", next="Nächster Artikel im Blatt",
        about_head="Das Hagenrieder Blatt",
        about="Unabhängiges Onlineblatt für Hagenried und die Dörfer im Ulmbachtal, getragen von rund 450 Mitgliedern.",
        col_pages="Rubriken im Blatt", col_more="Über das Blatt",
        more=["Die Leute hinter dem Blatt", "Datenschutz beim Hagenrieder Blatt", "Mitglied im Blatt werden", "Hinweis an das Blatt"],
        more_slugs=["leute", "datenschutz", "mitglied", "hinweis"])},
    (mp51, "SUBSTACK_SITES"): {"Notizen aus dem Ulmbachtal": dict(
        subdomain="ulmbachnotizen", handle="friederikealmendinger", pub_id=5120947, user_id=402281736,
        description="Alle zwei Wochen Beobachtungen aus Hagenried und den Dörfern im Ulmbachtal, geschrieben ohne Auto.",
        bio="Pensionierte Geografielehrerin. Schreibt über Busse, Wege und Nachbarn im Ulmbachtal.",
        widget="Die Notizen sind kostenlos. Tragen Sie Ihre Adresse ein, dann kommt die nächste Ausgabe per Mail.",
        share_caption="Kennen Sie jemanden im Ulmbachtal, den das interessiert? Leiten Sie die Notiz weiter.",
        commenters=[["Herbert Sailer", "Ich bin mittwochs auch gefahren, der Fahrer ist wirklich ein Plauderer."],
                    ["Gisela Wanner", "Am Nachmittag ist es schwierig, das stimmt. Ich buche jetzt am Vortag."]],
        owner="Friederike Almendinger",
        post_ids=[193318442, 192960157, 192511803, 192074219, 191633480, 191198026])},
    (mp55, "ASTRO"): {"Navalrobre Abierto": dict(
        domain="navalrobreabierto.example",
        nav=["Mayores de la sierra", "Servicios sociales de Navalrobre", "Vivienda en la sierra", "Salud en Navalrobre", "Quién manda en Navalrobre", "Investigaciones de Navalrobre Abierto"],
        tagline="Periodismo sin ánimo de lucro para Navalrobre de la Sierra y El Hornillo",
        support="Apoya a Navalrobre Abierto",
        author_line="{name} cubre servicios sociales y mayores en la sierra para Navalrobre Abierto.",
        nl_title="Navalrobre Abierto los viernes", nl_text="Lo que hemos investigado en la sierra durante la semana, cada viernes a mediodía.",
        nl_button="Apúntame al correo de Navalrobre Abierto",
        footer_about="Navalrobre Abierto es una pequeña redacción sin ánimo de lucro que informa sobre Navalrobre de la Sierra y su pedanía.",
        footer_links=["Quiénes somos en Navalrobre Abierto", "Cómo se financia Navalrobre Abierto", "Rectificaciones de Navalrobre Abierto", "Reproduce nuestras informaciones", "Privacidad de Navalrobre Abierto"],
        footer_address="Asociación Navalrobre Abierto, calle Mayor, 21, Navalrobre de la Sierra",
        cookie_title="Cookies en Navalrobre Abierto")},
    (mp74, "WPB_SITES"): {"Navalrobre al Día": dict(
        host="navalrobrealdia.example", theme="serratheme", color="#7b3f1d",
        tagline="Noticias de Navalrobre de la Sierra y El Hornillo",
        nav=["Actualidad de Navalrobre", "Familias de Navalrobre", "El Hornillo", "Deportes en la sierra de Navalrobre", "Agenda de Navalrobre", "Envía tu noticia a Navalrobre al Día"],
        cats=["Actualidad de Navalrobre", "Familias de Navalrobre", "Salud en la sierra", "Educación en Navalrobre"],
        tags=["escuela infantil Los Madroños", "seguridad infantil"],
        about="Navalrobre al Día es un periódico digital independiente que hacen dos periodistas del pueblo desde 2019.",
        links=["Quiénes hacemos Navalrobre al Día", "Publicidad en Navalrobre al Día", "Colabora con Navalrobre al Día", "Privacidad de Navalrobre al Día"],
        copyright="Copyright © 2026 Navalrobre al Día. Hecho en la sierra.",
        cookie="Navalrobre al Día usa cookies para recordar tus ajustes y saber qué noticias del pueblo se leen. ¿Nos dejas?")},
    (mp49, "HEXO"): {"Записки с Ивельки": dict(
        domain="zapiski-ivelka.example", comments="disqus", disqus="zapiski-ivelka",
        subtitle="Заметки о Садовой улице, соседях и Кленовске",
        owner="Дарья Кобзева",
        description="Личный блог жительницы Садовой улицы о городе и его людях.",
        pages=["Кто пишет «Записки с Ивельки»", "Поддержать «Записки с Ивельки»"], page_slugs=["about", "donate"],
        reward="«Записки» пишутся по вечерам. Если заметка была полезной, автора можно угостить кофе.",
        blogroll=[["Городская библиотека Кленовска", "https://biblioteka.klenovsk.example/"],
                  ["Лыжная секция «Ивелька»", "https://lyzhi-ivelka.example/"],
                  ["Краеведы Журавлёва", "https://kraeved-zhuravlevo.example/"]],
        footer_note="«Записки с Ивельки» — частный блог, Кленовск.",
        avatar_alt="Аватар автора «Записок с Ивельки»")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "blog_id", "country", "currency", "tld", "free", "phone", "email", "subdomain", "handle", "pub_id",
               "user_id", "post_ids", "space", "sub", "theme", "org", "template", "comments", "disqus", "menu_slugs", "slugs",
               "main_slugs", "more_slugs", "page_slugs", "entry_id", "asset_id", "comment_id", "author_id", "nl_form", "social",
               "lang", "website_id", "ga", "font"}

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
# the new layout: a story published as a Mailchimp campaign and archived on the web -- the "View this email in
# your browser" page (us<n>.campaign-archive.com / mailchi.mp) that a village or neighbourhood newsletter's stories
# live on, for an English village newsletter (The Thrupley Letter) and a German one (Unterholmer Dorfbrief).  The
# page is what Mailchimp serves for a sent campaign built on its classic one-column template: the head (the
# subject as the <title>, the Office XML settings in a conditional comment, the charset, X-UA-Compatible and
# viewport metas, the Open Graph metas -- og:title the subject, og:description the preheader, og:url the campaign's
# short address, og:image the campaign's first picture --, and the template's <style> block: the reset, #bodyTable,
# .templateContainer, #templatePreheader / Header / Body / Footer, the h1-h4 and .mcnTextContent rules, the
# mcnPreviewText rule and the media queries); the body: the hidden preview text (span.mcnPreviewText with the
# preheader), the archive bar Mailchimp adds above an archived campaign (#awesomewrap > #awesomebar: "Subscribe",
# "Past Issues", the "Translate" menu with its Google Translate links, "RSS"), then the template as nested tables:
# table#bodyTable > td#bodyCell > table.templateContainer with the preheader row (the preheader text and the
# "View this email in your browser" link, each in an mcnTextBlock), the header row (the newsletter's masthead in an
# mcnImageBlock), the body row (an mcnTextBlock with the story's <h1> and its byline line, an mcnCaptionBlock with the
# story's picture and caption, the story typed into one or more mcnTextBlock cells -- .mcnTextContent holding <p>s,
# <h3> crossheads, <strong>, <em>, <br>s and lists --, an mcnDividerBlock and an mcnButtonBlock with the newsletter's
# own button), and the footer row (an mcnFollowBlock with the follow icons, an mcnDividerBlock and the footer
# mcnTextBlock: "Copyright © 2026 ..., All rights reserved.", why you are receiving it, "Our mailing address is:" with
# the address and the vCard link, "Want to change how you receive these emails? You can update your preferences or
# unsubscribe from this list." and the referral badge, the Intuit Mailchimp logo linked through eepurl.com), each
# block with the template's inline styles and the Outlook conditional comments around its column.
# Mailchimp's own strings (MC_CORE: the archive bar, "View this email in your browser", the footer's merge-tag texts
# in the audience's language, the translate menu's language names, the referral badge's alt text) are left as
# Mailchimp ships them and not checked; the newsletters' own strings (MC_SITES) are.  What the editor pasted among the
# paragraphs (residue) sits in text blocks of its own between those of the story, as an editor adds a block for it.
# --------------------------------------------------------------------------
MC_CORE = {
    "en": dict(view="View this email in your browser", subscribe="Subscribe", past="Past Issues", translate="Translate",
               rss="RSS", copyright="Copyright \u00a9 {y} {owner}, All rights reserved.", address_head="Our mailing address is:",
               vcard="Add us to your address book",
               change="Want to change how you receive these emails?<br>\nYou can <a href=\"{prefs}\" class=\"utilityLink\">update your preferences</a> or <a href=\"{unsub}\" class=\"utilityLink\">unsubscribe from this list</a>.",
               badge="Email Marketing Powered by Intuit Mailchimp"),
    "de": dict(view="Diese E-Mail im Browser ansehen", subscribe="Subscribe", past="Past Issues", translate="Translate",
               rss="RSS", copyright="Copyright \u00a9 {y} {owner}, Alle Rechte vorbehalten.", address_head="Unsere Postanschrift lautet:",
               vcard="Fügen Sie uns zu Ihrem Adressbuch hinzu",
               change="Sie möchten ändern, wie Sie diese E-Mails erhalten?<br>\nSie können <a href=\"{prefs}\" class=\"utilityLink\">Ihre Einstellungen aktualisieren</a> oder <a href=\"{unsub}\" class=\"utilityLink\">sich von dieser Liste abmelden</a>.",
               badge="Email Marketing Powered by Intuit Mailchimp"),
}
MC_TRANSLATE = [("en", "English"), ("ar", "العربية"), ("af", "Afrikaans"), ("be", "беларуская мова"), ("bg", "български"),
                ("ca", "català"), ("zh", "中文"), ("hr", "Hrvatski"), ("cs", "Česky"), ("da", "Dansk"), ("nl", "Nederlands"),
                ("fi", "Suomi"), ("fr", "Français"), ("de", "Deutsch"), ("el", "Ελληνική"), ("it", "Italiano"),
                ("ja", "日本語"), ("ko", "한국어"), ("pl", "Polski"), ("pt", "Português"), ("ru", "Русский"),
                ("es", "Español"), ("sv", "Svenska"), ("tr", "Türkçe"), ("uk", "українська")]
MC_SITES = {
    "The Thrupley Letter": dict(
        lang="en", dc="us21", u="7c3f2a91d04be6e58a1c02f94", list_id="b81e4d27a3", colour="#3a5f4b", logo="thrupley-letter-masthead.png",
        masthead="The Thrupley Letter", owner="Thrupley St Anne Parish Council",
        reason="You are receiving this email because you asked for the Thrupley Letter at a village event or on the parish website.",
        address="The Reading Room \u00b7 Church Lane \u00b7 Thrupley St Anne, Weldedale WD7 3QH \u00b7 United Kingdom",
        button="Read past Letters on the parish website", button_url="https://thrupleystanne-pc.example/letter",
        follow=[("facebook", "https://www.facebook.com/thrupleyletter", "Facebook"), ("instagram", "https://www.instagram.com/thrupleyletter", "Instagram"),
                ("link", "https://thrupleystanne-pc.example", "Website")],
        byline="Written by {by} for the Thrupley Letter \u00b7 {d}", eepurl="iQx7Tq"),
    "Unterholmer Dorfbrief": dict(
        lang="de", dc="us14", u="d29b71f0ce4a835b6e1f07a3c", list_id="4f0a9c6e21", colour="#8a4b2c", logo="unterholmer-dorfbrief-kopf.png",
        masthead="Unterholmer Dorfbrief", owner="Dorfgemeinschaft Unterholm",
        reason="Sie erhalten diesen Dorfbrief, weil Sie sich beim Dorffest oder auf der Vereinsseite dafür eingetragen haben.",
        address="Gemeindehaus \u00b7 Lindenstraße 2 \u00b7 Hagenried-Unterholm 74589 \u00b7 Germany",
        button="Frühere Dorfbriefe auf unserer Vereinsseite", button_url="https://dorfgemeinschaft-unterholm.example/dorfbrief",
        follow=[("facebook", "https://www.facebook.com/unterholm.dorfbrief", "Facebook"), ("instagram", "https://www.instagram.com/dorfbrief_unterholm", "Instagram"),
                ("link", "https://dorfgemeinschaft-unterholm.example", "Website")],
        byline="Aufgeschrieben von {by} für den Dorfbrief \u00b7 {d}", eepurl="hS2pKc"),
}
MC_EXEMPT = {"lang", "dc", "u", "list_id", "colour", "logo", "follow", "button_url", "eepurl"}
MC_LOOKS = ("bold", "italic", "br", "highlight")
MC_STYLE = """		p{
			margin:10px 0;
			padding:0;
		}
		table{
			border-collapse:collapse;
		}
		h1,h2,h3,h4,h5,h6{
			display:block;
			margin:0;
			padding:0;
		}
		img,a img{
			border:0;
			height:auto;
			outline:none;
			text-decoration:none;
		}
		body,#bodyTable,#bodyCell{
			height:100%;
			margin:0;
			padding:0;
			width:100%;
		}
		.mcnPreviewText{
			display:none !important;
		}
		#outlook a{
			padding:0;
		}
		img{
			-ms-interpolation-mode:bicubic;
		}
		table{
			mso-table-lspace:0pt;
			mso-table-rspace:0pt;
		}
		.ReadMsgBody{
			width:100%;
		}
		.ExternalClass{
			width:100%;
		}
		p,a,li,td,blockquote{
			mso-line-height-rule:exactly;
		}
		a[href^=tel],a[href^=sms]{
			color:inherit;
			cursor:default;
			text-decoration:none;
		}
		p,a,li,td,body,table,blockquote{
			-ms-text-size-adjust:100%;
			-webkit-text-size-adjust:100%;
		}
		.ExternalClass,.ExternalClass p,.ExternalClass td,.ExternalClass div,.ExternalClass span,.ExternalClass font{
			line-height:100%;
		}
		a[x-apple-data-detectors]{
			color:inherit !important;
			text-decoration:none !important;
			font-size:inherit !important;
			font-family:inherit !important;
			font-weight:inherit !important;
			line-height:inherit !important;
		}
		#bodyCell{
			padding:10px;
		}
		.templateContainer{
			max-width:600px !important;
		}
		a.mcnButton{
			display:block;
		}
		.mcnImage,.mcnRetinaImage{
			vertical-align:bottom;
		}
		.mcnTextContent{
			word-break:break-word;
		}
		.mcnTextContent img{
			height:auto !important;
		}
		.mcnDividerBlock{
			table-layout:fixed !important;
		}
		body,#bodyTable{
			background-color:#f4f1ea;
		}
		#bodyCell{
			border-top:0;
		}
		.templateContainer{
			border:0;
		}
		h1{
			color:#202020;
			font-family:Georgia;
			font-size:28px;
			font-style:normal;
			font-weight:bold;
			line-height:125%;
			letter-spacing:normal;
			text-align:left;
		}
		h2{
			color:#202020;
			font-family:Georgia;
			font-size:22px;
			font-style:normal;
			font-weight:bold;
			line-height:125%;
			letter-spacing:normal;
			text-align:left;
		}
		h3{
			color:{colour};
			font-family:Helvetica;
			font-size:18px;
			font-style:normal;
			font-weight:bold;
			line-height:125%;
			letter-spacing:normal;
			text-align:left;
		}
		h4{
			color:#202020;
			font-family:Helvetica;
			font-size:16px;
			font-style:normal;
			font-weight:bold;
			line-height:125%;
			letter-spacing:normal;
			text-align:left;
		}
		#templatePreheader{
			background-color:#f4f1ea;
			border-top:0;
			border-bottom:0;
			padding-top:9px;
			padding-bottom:9px;
		}
		#templatePreheader .mcnTextContent,#templatePreheader .mcnTextContent p{
			color:#656565;
			font-family:Helvetica;
			font-size:12px;
			line-height:150%;
			text-align:left;
		}
		#templatePreheader .mcnTextContent a,#templatePreheader .mcnTextContent p a{
			color:#656565;
			font-weight:normal;
			text-decoration:underline;
		}
		#templateHeader{
			background-color:#ffffff;
			border-top:0;
			border-bottom:0;
			padding-top:9px;
			padding-bottom:0;
		}
		#templateBody{
			background-color:#ffffff;
			border-top:0;
			border-bottom:2px solid #EAEAEA;
			padding-top:0;
			padding-bottom:9px;
		}
		#templateBody .mcnTextContent,#templateBody .mcnTextContent p{
			color:#202020;
			font-family:Georgia;
			font-size:16px;
			line-height:150%;
			text-align:left;
		}
		#templateBody .mcnTextContent a,#templateBody .mcnTextContent p a{
			color:{colour};
			font-weight:normal;
			text-decoration:underline;
		}
		#templateFooter{
			background-color:#f4f1ea;
			border-top:0;
			border-bottom:0;
			padding-top:9px;
			padding-bottom:9px;
		}
		#templateFooter .mcnTextContent,#templateFooter .mcnTextContent p{
			color:#656565;
			font-family:Helvetica;
			font-size:12px;
			line-height:150%;
			text-align:center;
		}
		#templateFooter .mcnTextContent a,#templateFooter .mcnTextContent p a{
			color:#656565;
			font-weight:normal;
			text-decoration:underline;
		}
	@media only screen and (min-width:768px){
		.templateContainer{
			width:600px !important;
		}

}	@media only screen and (max-width: 480px){
		body,table,td,p,a,li,blockquote{
			-webkit-text-size-adjust:none !important;
		}

}	@media only screen and (max-width: 480px){
		body{
			width:100% !important;
			min-width:100% !important;
		}

}	@media only screen and (max-width: 480px){
		.mcnTextContentContainer{
			max-width:100% !important;
			width:100% !important;
		}

}	@media only screen and (max-width: 480px){
		.mcnTextContent,.mcnBoxedTextContentColumn{
			padding-right:18px !important;
			padding-left:18px !important;
		}

}	@media only screen and (max-width: 480px){
		h1{
			font-size:22px !important;
			line-height:125% !important;
		}

}	@media only screen and (max-width: 480px){
		#templateBody .mcnTextContent,#templateBody .mcnTextContent p{
			font-size:16px !important;
			line-height:150% !important;
		}

}"""


def mc_text_block(inner, top=9, bottom=9, outer_style=""):
    """One mcnTextBlock: the outer table, the Outlook conditional columns and the mcnTextContent cell."""
    return f'''<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
    <tbody class="mcnTextBlockOuter">
        <tr>
            <td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
              	<!--[if mso]>
				<table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">
				<tr>
				<![endif]-->
			    
				<!--[if mso]>
				<td valign="top" width="600" style="width:600px;">
				<![endif]-->
                <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">
                    <tbody><tr>
                        
                        <td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:{bottom}px; padding-left:18px;{outer_style}">
                        
                            {inner}
                        </td>
                    </tr>
                </tbody></table>
				<!--[if mso]>
				</td>
				<![endif]-->
                
				<!--[if mso]>
				</tr>
				</table>
				<![endif]-->
            </td>
        </tr>
    </tbody>
</table>'''


def mc_divider(colour="#EAEAEA"):
    return f'''<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">
    <tbody class="mcnDividerBlockOuter">
        <tr>
            <td class="mcnDividerBlockInner" style="min-width:100%; padding:18px;">
                <table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width: 100%;border-top: 2px solid {colour};">
                    <tbody><tr>
                        <td>
                            <span></span>
                        </td>
                    </tr>
                </tbody></table>
<!--            
                <td class="mcnDividerBlockInner" style="padding: 18px;">
                <hr class="mcnDividerContent" style="border-bottom-color:none; border-left-color:none; border-right-color:none; border-bottom-width:0; border-left-width:0; border-right-width:0; margin-top:0; margin-right:0; margin-bottom:0; margin-left:0;" />
-->
            </td>
        </tr>
    </tbody>
</table>'''


def mc_story_block(kind, val, plain):
    """A block of the story as Mailchimp's text editor writes it."""
    if kind == "p":
        return ("<p>%s</p>" if plain else '<p style="line-height:150%%;">%s</p>') % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("\t<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_mailchimp(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = MC_CORE[lang], MC_SITES[site]
    mc = art["mc"]
    hexd = "0123456789abcdef"
    cid = "".join(rng.choice(hexd) for _ in range(10))
    short = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
    slug_ = wp_slug(mc["subject"], 60)
    archive = "https://%s.campaign-archive.com/?u=%s&amp;id=%s" % (s["dc"], s["u"], cid)
    url = "https://mailchi.mp/%s/%s-%s" % (short, slug_, rng.randint(1000000, 9999999))
    list_host = "%s.%s.list-manage.com" % (wp_slug(s["masthead"], 30).replace("-", ""), s["dc"])
    subscribe = "https://%s/subscribe?u=%s&amp;id=%s" % (list_host, s["u"], s["list_id"])
    past = "https://%s.campaign-archive.com/home/?u=%s&amp;id=%s" % (s["dc"], s["u"], s["list_id"])
    rss = "https://%s.campaign-archive.com/feed?u=%s&amp;id=%s" % (s["dc"], s["u"], s["list_id"])
    prefs = "https://%s/profile?u=%s&amp;id=%s&amp;e=[UNIQID]&amp;c=%s" % (list_host, s["u"], s["list_id"], cid)
    unsub = "https://%s/unsubscribe?u=%s&amp;id=%s&amp;t=b&amp;e=[UNIQID]&amp;c=%s" % (list_host, s["u"], s["list_id"], cid)
    vcard = "https://%s/vcard?u=%s&amp;id=%s" % (list_host, s["u"], s["list_id"])
    img_base = "https://mcusercontent.com/%s/images" % s["u"]
    pic = "%s/%s-%s.jpg" % (img_base, "".join(rng.choice(hexd) for _ in range(8)), "".join(rng.choice(hexd) for _ in range(4)))
    logo = "%s/%s" % (img_base, s["logo"])
    colour = s["colour"]
    plain = rng.random() < 0.5
    blocks, n = art["blocks"], len(art["blocks"])
    shown = fmt_date(lang, art["date"])
    # the story in text blocks, split where the editor put a block of its own for what was pasted
    body_parts, cur = [], []
    for i in range(n + 1):
        if placed.get(i):
            if cur:
                body_parts.append(mc_text_block("\n".join(cur)))
                cur = []
            for snippet in placed[i]:
                body_parts.append(mc_text_block(snippet))
        if i < n:
            cur.append(mc_story_block(blocks[i][0], blocks[i][1], plain))
    if cur:
        body_parts.append(mc_text_block("\n".join(cur)))
    story = "\n".join(body_parts)
    title_block = mc_text_block('<h1>%s</h1>\n\n<p style="color:#757575;font-size:13px;"><em>%s</em></p>' % (
        E(art["title"]), E(s["byline"].replace("{by}", art["byline"]).replace("{d}", shown))))
    caption_block = f'''<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock">
    <tbody class="mcnCaptionBlockOuter">
        <tr>
            <td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">
                

<table align="left" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent">
    <tbody><tr>
        <td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;">
        

        
            <img alt="" src="{pic}" width="564" style="max-width:1200px;" class="mcnImage">
        
        
        </td>
    </tr>
    <tr>
        <td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;" width="564">
            <span style="font-size:12px"><em>{E(art["caption"])}</em></span>
        </td>
    </tr>
</tbody></table>





            </td>
        </tr>
    </tbody>
</table>'''
    button_block = f'''<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">
    <tbody class="mcnButtonBlockOuter">
        <tr>
            <td style="padding-top:0; padding-right:18px; padding-bottom:18px; padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse: separate !important;border-radius: 4px;background-color: {colour};">
                    <tbody>
                        <tr>
                            <td align="center" valign="middle" class="mcnButtonContent" style="font-family: Helvetica; font-size: 16px; padding: 16px;">
                                <a class="mcnButton " title="{A(s["button"])}" href="{s["button_url"]}" target="_blank" style="font-weight: bold;letter-spacing: normal;line-height: 100%;text-align: center;text-decoration: none;color: #FFFFFF;">{E(s["button"])}</a>
                            </td>
                        </tr>
                    </tbody>
                </table>
            </td>
        </tr>
    </tbody>
</table>'''
    follow_items = "\n".join(f'''                                        <!--[if mso]>
                                        <td align="center" valign="top">
                                        <![endif]-->
                                            <table align="left" border="0" cellpadding="0" cellspacing="0" style="display:inline;">
                                                <tbody><tr>
                                                    <td valign="top" style="padding-right:10px; padding-bottom:9px;" class="mcnFollowContentItemContainer">
                                                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowContentItem">
                                                            <tbody><tr>
                                                                <td align="left" valign="middle" style="padding-top:5px; padding-right:10px; padding-bottom:5px; padding-left:9px;">
                                                                    <table align="left" border="0" cellpadding="0" cellspacing="0" width="">
                                                                        <tbody><tr>
                                                                            <td align="center" valign="middle" width="24" class="mcnFollowIconContent">
                                                                                <a href="{href}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-{icon}-48.png" alt="{label}" style="display:block;" height="24" width="24" class=""></a>
                                                                            </td>
                                                                        </tr>
                                                                    </tbody></table>
                                                                </td>
                                                            </tr>
                                                        </tbody></table>
                                                    </td>
                                                </tr>
                                            </tbody></table>
                                        <!--[if mso]>
                                        </td>
                                        <![endif]-->''' for icon, href, label in s["follow"])
    follow_block = f'''<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock" style="min-width:100%;">
    <tbody class="mcnFollowBlockOuter">
        <tr>
            <td align="center" valign="top" style="padding:9px" class="mcnFollowBlockInner">
                <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowContentContainer" style="min-width:100%;">
    <tbody><tr>
        <td align="center" style="padding-left:9px;padding-right:9px;">
            <table border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;" class="mcnFollowContent">
                <tbody><tr>
                    <td align="center" valign="top" style="padding-top:9px; padding-right:9px; padding-left:9px;">
                        <table align="center" border="0" cellpadding="0" cellspacing="0">
                            <tbody><tr>
                                <td align="center" valign="top">
                                    <!--[if mso]>
                                    <table align="center" border="0" cellspacing="0" cellpadding="0">
                                    <tr>
                                    <![endif]-->
{follow_items}
                                    <!--[if mso]>
                                    </tr>
                                    </table>
                                    <![endif]-->
                                </td>
                            </tr>
                        </tbody></table>
                    </td>
                </tr>
            </tbody></table>
        </td>
    </tr>
</tbody></table>

            </td>
        </tr>
    </tbody>
</table>'''
    y = art["date"][:4]
    footer_inner = (f'<em>{E(c["copyright"].replace("{y}", y).replace("{owner}", s["owner"]))}</em><br>\n'
                    f'{E(s["reason"])}<br>\n<br>\n<strong>{c["address_head"]}</strong><br>\n'
                    f'<div class="vcard"><span class="org fn">{E(s["owner"])}</span><div class="adr">{E(s["address"])}</div></div>\n'
                    f'<br>\n<a href="{vcard}" class="hcard-download">{c["vcard"]}</a>\n<br>\n<br>\n'
                    + c["change"].replace("{prefs}", prefs).replace("{unsub}", unsub)
                    + f'<br>\n<br>\n<a href="http://eepurl.com/{s["eepurl"]}" title="Mailchimp - email marketing made easy and fun">'
                      f'<img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="{c["badge"]}" width="139" height="54"></a>')
    preheader_left = mc_text_block(E(mc["preheader"]))
    preheader_right = mc_text_block('<a href="%s" target="_blank">%s</a>' % (archive, c["view"]))
    translate = "\n".join('                    <li><a href="https://translate.google.com/translate?sl=auto&amp;tl=%s&amp;u=%s" target="_blank">%s</a></li>'
                          % (code, quote(url.replace("&amp;", "&"), safe=""), name) for code, name in MC_TRANSLATE)
    style = MC_STYLE.replace("{colour}", colour)
    return f'''<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
    <head>
        <!-- NAME: 1 COLUMN -->
        <!--[if gte mso 15]>
        <xml>
            <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
            </o:OfficeDocumentSettings>
        </xml>
        <![endif]-->
        <meta charset="UTF-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(mc["subject"])}</title>
        
    <meta property="og:title" content="{A(mc["subject"])}">
    <meta property="og:description" content="{A(mc["preheader"])}">
    <meta property="og:url" content="{url}">
    <meta property="og:image" content="{pic}">
<style type="text/css">
{style}
</style>
<script>var w=window;if(w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document;AKSB=w.AKSB||{{}},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){{AKSB.q.push(["mark",e,_||(new Date).getTime()])}},AKSB.measure=AKSB.measure||function(e,_,t){{AKSB.q.push(["measure",e,_,t||(new Date).getTime()])}},AKSB.done=AKSB.done||function(e){{AKSB.q.push(["done",e])}},AKSB.mark("firstbyte",(new Date).getTime())}}</script>
<link rel="stylesheet" href="https://{s["dc"]}.campaign-archive.com/css/archivebar-desktop.css" type="text/css">
<script type="text/javascript" src="https://{s["dc"]}.campaign-archive.com/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="https://{s["dc"]}.campaign-archive.com/js/archivebar-desktop.js"></script>
<script type="text/javascript" src="https://{s["dc"]}.campaign-archive.com/js/mailchimp/fancyzoom.mc.js"></script>
</head>
    <body>
<div id="awesomewrap">
    <div id="awesomebar">
        <div id="awesomebar-wrapper">
            <ul id="awesomebar-buttons">
                <li class="awesomebar-button"><a href="{subscribe}" title="{c["subscribe"]}" class="subscribe-link">{c["subscribe"]}</a></li>
                <li class="awesomebar-button"><a href="{past}" title="{c["past"]}" class="past-issues-link">{c["past"]}</a></li>
                <li class="awesomebar-button translate-button"><a href="#" title="{c["translate"]}" class="translate-link">{c["translate"]} <span class="caret"></span></a>
                <ul id="translate-list" class="translate-dropdown">
{translate}
                </ul>
                </li>
            </ul>
            <a href="{rss}" id="awesomebar-rss" title="{c["rss"]}" class="rss-link">{c["rss"]}</a>
        </div>
    </div>
</div>
        <!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{E(mc["preheader"])}</span><!--<![endif]-->
        <center>
            <table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
                <tr>
                    <td align="center" valign="top" id="bodyCell">
                        <!-- BEGIN TEMPLATE // -->
                        <!--[if (gte mso 9)|(IE)]>
                        <table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;">
                        <tr>
                        <td align="center" valign="top" width="600" style="width:600px;">
                        <![endif]-->
                        <table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
                            <tr>
                                <td valign="top" id="templatePreheader">{preheader_left}{preheader_right}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;">
    <tbody class="mcnImageBlockOuter">
            <tr>
                <td valign="top" style="padding:9px" class="mcnImageBlockInner">
                    <table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" style="min-width:100%;">
                        <tbody><tr>
                            <td class="mcnImageContent" valign="top" style="padding-right: 9px; padding-left: 9px; padding-top: 0; padding-bottom: 0; text-align:center;">
                                
                                    
                                        <img align="center" alt="{A(s["masthead"])}" src="{logo}" width="564" style="max-width:1200px; padding-bottom: 0; display: inline !important; vertical-align: bottom;" class="mcnImage">
                                    
                                
                            </td>
                        </tr>
                    </tbody></table>
                </td>
            </tr>
    </tbody>
</table></td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateBody">{title_block}{caption_block}
{story}
{mc_divider()}{button_block}</td>
                            </tr>
                            <tr>
                                <td valign="top" id="templateFooter">{follow_block}{mc_divider("#D5CFC2")}{mc_text_block(footer_inner)}</td>
                            </tr>
                        </table>
                        <!--[if (gte mso 9)|(IE)]>
                        </td>
                        </tr>
                        </table>
                        <![endif]-->
                        <!-- // END TEMPLATE -->
                    </td>
                </tr>
            </table>
        </center>
    <script type="text/javascript">
        var fnames = new Array();var ftypes = new Array();fnames[0]='EMAIL';ftypes[0]='email';fnames[1]='FNAME';ftypes[1]='text';fnames[2]='LNAME';ftypes[2]='text';
    </script>
                <script src="https://{s["dc"]}.campaign-archive.com/js/archive-{rng.randint(100, 999)}.js" type="text/javascript"></script>
    </body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the earlier layouts used here set inline text as make_pages does)

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"mailchimp": ["title", "caption"]}  # (the story's <h1> and byline line in a text block above it, and
# the picture with its caption in a caption block)
for _mod, _names in ((mp30, ["tagdiv"]), (mp51, ["substackpub"]), (mp55, ["astro"]), (mp31, ["jannah"]), (mp28, ["kirby"]),
                     (mp48, ["gatsby"]), (mp34, ["nuxt"]), (mp32, ["astra"]), (mp77, ["beehiiv"]), (mp74, ["wpbakery"]),
                     (mp90, ["webnode"]), (mp75, ["shorthand"]), (mp40, ["statamic"]), (mp49, ["hexo"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
if mp101.TEMPLATE_FAMILIES.get("site123"):
    TEMPLATE_FAMILIES["site123"] = list(mp101.TEMPLATE_FAMILIES["site123"])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "readingglasses", "bookpacks", "stairgates"]
NEW_FAMILIES = ["readingglasses", "bookpacks", "stairgates"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them)
NEW_FAMILY_WORDS = {"readingglasses": ["readingglasses", "reading glasses", "reading-glasses", "lunettes de lecture",
                                       "gafas de lectura", "очки для чтения", "очков для чтения"],
                    "bookpacks": ["bookpacks", "book pack", "book-pack", "buchpaket", "kitap paketi"],
                    "stairgates": ["stairgates", "stair gate", "stair-gate", "merdiven kapısı", "barrera de escalera",
                                   "barreras de escalera", "ворота на лестницу", "home safety kit", "home-safety kit"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small site (a residents' association, a village association, a personal blog or newsletter) would not
# carry (no newsroom to credit a photograph to, to update a story or to have reporters, no adverts, app or paywall)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
# what a village newsletter typed into its Mailchimp campaign would not hold: no consent banner, adverts, app, alerts,
# comments, ratings, tools, polls, reading time, reporters' biographies, tag lists or a newsletter pitch (it is the
# newsletter); what its editor pastes is the newsletter's own lines (a share or forward line,
# credits, a tip line, a section tag, a copyright line, an update stamp, an embed, a "more from" list)
NOT_ON_NEWSLETTER = {"cookie", "ad", "app", "audio", "push", "typo", "comments", "readtime", "feedback", "continue",
                     "bookmark", "print", "poll", "standards", "bio", "topics", "newsletter"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "newsletter": NOT_ON_NEWSLETTER}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="third-party-veil-w107"><p class="third-party-veil-w107__msg">%s</p><button class="third-party-veil-w107__allow" type="button">Allow</button></div>',
               '<p class="hidden-media-w107">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="sunday-roundup-w107"><p class="sunday-roundup-w107__text">%s</p><a class="sunday-roundup-w107__cta" href="/newsletters/welde-weekly">Sign up</a></div>',
                   '<p class="free-limit-w107">%s</p>', '<h5 class="roundup-line-w107">%s</h5>'],
    "share": ['<ul class="pass-round-w107">{items}</ul>', '<div class="pass-round-bar-w107">%s</div>', '<p><a href="#pass-it-on">%s</a></p>'],
    "photo": ['<p class="family-pic-w107">%s</p>', '<span class="family-pic-chip-w107">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="ask-first-w107">%s</p>', '<div class="words-pictures-w107"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="dale-trail-w107">%s</p>', '<h6 class="dale-label-w107">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="diamond-rule-w107">%s</p>', '<div class="star-break-w107">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="desk-credit-w107">%s</p>', '<div class="with-reporting-w107">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="head-again-w107"><strong>%s</strong></p>', '<h2 class="head-twice-w107">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-partner-w107">%s</div>', '<p class="continues-below-w107">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-rest-w107"><a href="#rest">%s</a></p>', '<div class="unfold-report-w107">%s</div>', '<div><a href="#rest"><strong>%s</strong></a></div>'],
    "comments": ['<p class="join-talk-w107"><a href="#comments">%s</a></p>', '<div class="talk-count-w107">%s</div>', '<p><a href="#respond">%s</a></p>'],
    "readtime": ['<p class="minute-read-w107">%s</p>', '<span class="minute-read-chip-w107">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-w107"><time>%s</time></p>', '<div class="revised-stamp-w107">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="read-aloud-w107"><button class="read-aloud-w107__btn" type="button" aria-label="Listen"></button><span class="read-aloud-w107__label">%s</span></div>',
              '<p class="read-aloud-line-w107"><a href="#read-aloud">%s</a></p>', '<div><a href="#read-aloud">%s</a></div>'],
    "correction": ['<aside class="mistake-fixed-w107"><p>%s</p></aside>', '<p class="fix-note-w107"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="offline-app-w107"><p class="offline-app-w107__txt">%s</p><a class="offline-app-w107__dl" href="/app">Download</a></div>',
            '<p class="offline-line-w107">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-box-w107"><p class="reporter-box-w107__about">%s</p></div>', '<p class="reporter-line-w107"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="know-something-w107"><p>%s</p></div>', '<p class="text-desk-w107">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="slip-report-w107"><p>%s</p></div>', '<p class="select-words-w107">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="notify-ask-w107"><p class="notify-ask-w107__q">%s</p></div>', '<ul class="notify-choices-w107">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="keep-tools-w107">{items}</ul>', '<p class="keep-line-w107">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="needed-w107"><p class="needed-w107__q">%s</p></div>', '<ul class="needed-opts-w107">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-w107"><p>%s</p></div>', '<p class="complaints-go-w107"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-w107"><span class="filed-under-w107__txt">%s</span></div>', '<ul class="filed-list-w107">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-w107"><a class="keep-later-w107__a" href="#keep">%s</a></div>', '<p class="keep-later-line-w107"><a href="#keep">%s</a></p>',
                 '<div><a href="#keep">%s</a></div>'],
    "poll": ['<div class="your-say-w107"><p class="your-say-w107__q">%s</p><button class="your-say-w107__send" type="button">Send</button></div>',
             '<ul class="your-say-opts-w107">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/X{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/X{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-poster-w107"><a class="video-poster-w107__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({glasseslist}: where to pick a pair up, then strengths, eye tests, old
    # pairs and how many, as a list; {glassesrows}: the pick-up points as a table; {glassesdl}: the rest as a
    # definition list; {booklist}, {bookrows}, {bookdl}: where to collect a pack, and who can have one, what is in it,
    # languages, rhyme times; {gatelist}, {gaterows}, {gatedl}: where to borrow, and who can, the kit, fitting visits,
    # returning it)
    "readingglasses": ['<div class="specs-giveaway-w107"><h4 class="specs-giveaway-w107__hd">%s</h4><ul class="specs-giveaway-w107__list">{glasseslist}</ul></div>',
                       '<div class="specs-points-w107"><p class="specs-points-w107__hd"><strong>%s</strong></p><table class="specs-points-w107__tbl">{glassesrows}</table></div>',
                       '<p class="specs-find-w107"><a class="specs-find-w107__a" href="/mayores/gafas">%s</a></p>',
                       '<div class="specs-card-w107"><h5 class="specs-card-w107__hd">%s</h5><dl class="specs-card-w107__dl">{glassesdl}</dl></div>'],
    "bookpacks": ['<aside class="first-books-w107"><h4 class="first-books-w107__hd">%s</h4><ul class="first-books-w107__list">{booklist}</ul></aside>',
                  '<div class="first-books-points-w107"><p class="first-books-points-w107__hd"><b>%s</b></p><table class="first-books-points-w107__tbl">{bookrows}</table></div>',
                  '<p class="first-books-claim-w107"><a class="first-books-claim-w107__btn" role="button" href="/book-packs">%s</a></p>',
                  '<div class="first-books-card-w107"><h5 class="first-books-card-w107__hd">%s</h5><dl class="first-books-card-w107__dl">{bookdl}</dl></div>'],
    "stairgates": ['<div class="gate-loan-w107"><h4 class="gate-loan-w107__hd">%s</h4><ul class="gate-loan-w107__list">{gatelist}</ul></div>',
                   '<div class="gate-points-w107"><p class="gate-points-w107__hd"><strong>%s</strong></p><table class="gate-points-w107__tbl">{gaterows}</table></div>',
                   '<p class="gate-book-w107"><a class="gate-book-w107__btn" role="button" href="/seguridad-infantil/barreras">%s</a></p>',
                   '<div class="gate-card-w107"><h5 class="gate-card-w107__hd">%s</h5><dl class="gate-card-w107__dl">{gatedl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/welde-weekly"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass-it-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "readingglasses": (0.0, [' <a href="https://navalrobreabierto.example/mayores/gafas-gratis"><strong>%s</strong></a>']),
          "bookpacks": (0.0, ['<br><a href="https://thrupleystanne-pc.example/book-packs" target="_blank"><strong>%s</strong></a>']),
          "stairgates": (0.0, [' <a class="btn" href="/seguridad-infantil/barreras"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "readingglasses": 2, "bookpacks": 2, "stairgates": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="extra-shot-w107"><img src="/media/{id}-more.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-photo.jpg" alt="" width="600"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="round-dale-w107"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-dale-w107"><p class="more-dale-w107__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (GLASSES_HEAD, BOOK_HEAD, GATE_HEAD, above), as the web teams left them (not checked)


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
    if "{glasses" in style:
        out = (out.replace("{glasseslist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in GLASSES_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in GLASSES_INFO[lang]))
               .replace("{glassesrows}", table(GLASSES_HEAD[lang], GLASSES_ROWS[lang])).replace("{glassesdl}", dl(GLASSES_INFO[lang])))
    if "{book" in style:
        out = (out.replace("{booklist}", "".join('<li><strong>%s</strong> (%s): %s</li>' % tuple(esc(x) for x in r) for r in BOOK_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in BOOK_INFO[lang]))
               .replace("{bookrows}", table(BOOK_HEAD[lang], BOOK_ROWS[lang])).replace("{bookdl}", dl(BOOK_INFO[lang])))
    if "{gate" in style:
        out = (out.replace("{gatelist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in GATE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in GATE_INFO[lang]))
               .replace("{gaterows}", table(GATE_HEAD[lang], GATE_ROWS[lang])).replace("{gatedl}", dl(GATE_INFO[lang])))
    return out


def widget_order(fam):
    """The markup each carrier of a new family takes (its index in STYLES[fam]): the four in page order, except that
    a story naming its markup ("widget_style") takes that one and the others fill the rest in page order."""
    carriers = [a for a in ARTICLES if fam in a.get("carry", [])]
    fixed = {a.get("widget_style", {}).get(fam) for a in carriers} - {None}
    free = iter(k for k in range(len(STYLES[fam])) if k not in fixed)
    order = [None] * len(STYLES[fam])
    for a in carriers:
        k = a.get("widget_style", {}).get(fam)
        order[next(free) if k is None else k] = a["id"]
    return order


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
            k_style = art.get("widget_style", {}).get(fam, widget_order(fam).index(art["id"]))
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
               "scores": rng.choice([0, mid, n]), "readingglasses": rng.choice([mid, n, n]),
               "bookpacks": rng.choice([mid, n]), "stairgates": rng.choice([mid, n])}.get(fam, mid)
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
# the block editor's drop cap on the Astra blog (core/paragraph with dropCap)
DROPCAP = {"astra": ("class", "has-drop-cap")}
# Jannah's box shortcode around a subheading and its paragraph
BOX = {"jannah": ("wrap", '<div class="box info  "><div class="box-inner-block"><span class="fa tie-shortcode-boxicon"></span>\n', "\n</div></div>")}
# the block editor's group block with a background colour around a subheading and its list (the WordPress layout)
FACTBOX = {"wordpress": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">\n', "\n</div>")}
# WPBakery's message box element around a paragraph
CALLOUT = {"wpbakery": ('<div class="vc_message_box vc_message_box-standard vc_message_box-square vc_color-info">'
                        '<div class="vc_message_box-icon"><i class="fas fa-info-circle"></i></div><p>', "</p></div>")}
BOLD = {}
ITALIC = {}
# a highlight: a <mark> (the Nuxt site's rich-text editor keeps it)
HIGHLIGHT = {}


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
# templates: mailchimp is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"mailchimp": tpl_mailchimp, "tagdiv": mp30.tpl_tagdiv, "gatsby": mp48.tpl_gatsby, "nuxt": mp34.tpl_nuxt,
                 "astra": mp32.tpl_astra, "beehiiv": mp77.tpl_beehiiv, "webnode": mp90.tpl_webnode,
                 "shorthand": mp75.tpl_shorthand, "statamic": mp40.tpl_statamic, "site123": mp101.tpl_site123,
                 "jannah": mp31.tpl_jannah, "kirby": mp28.tpl_kirby, "substackpub": mp51.tpl_substackpub,
                 "astro": mp55.tpl_astro, "wpbakery": mp74.tpl_wpbakery, "hexo": mp49.tpl_hexo}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h106), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "mailchimp"
# the layouts this part may use besides its new one (the brief's list: none used by h103 .. h106), with the part that
# last used each and the language(s) it had there; at least MIN_NEW_LANG of them in another language
LAYOUT_LIST = {"amp": (101, ("tr",)), "site123": (101, ("en", "tr")), "astra": (102, ("fr",)), "astro": (102, ("en",)),
               "beehiiv": (102, ("fr",)), "gatsby": (102, ("de",)), "ghost": (102, ("fr",)), "grav": (102, ("en",)),
               "hashnode": (102, ("en", "tr")), "hexo": (102, ("ru",)), "jannah": (102, ("tr",)), "kirby": (102, ("de",)),
               "legacy-br": (102, ("en",)), "movabletype": (102, ("en",)), "nuxt": (102, ("de",)), "semantic": (102, ("es",)),
               "shorthand": (102, ("ru",)), "statamic": (102, ("ru",)), "storybody": (102, ("en",)), "substackpub": (102, ("en",)),
               "table": (102, ("tr",)), "tagdiv": (102, ("en",)), "webnode": (102, ("es",)), "wordpress": (102, ("en",)),
               "wpbakery": (102, ("es",))}
ALLOWED = tuple(sorted(LAYOUT_LIST))
MIN_NEW_LANG = 14
RECENT_PARTS = (mp103, mp104, mp105, mp106)
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"substackpub": (mp51, "SUBSTACK_SITES"), "astro": (mp55, "ASTRO"), "jannah": (mp31, "JANNAH"),
              "gatsby": (mp48, "GATSBY"), "nuxt": (mp34, "NUXT"), "astra": (mp32, "ASTRA"), "beehiiv": (mp77, "BEEHIIV_SITES"),
              "wpbakery": (mp74, "WPB_SITES"), "webnode": (mp90, "WEBNODE_SITES"), "shorthand": (mp75, "SH_SITES"),
              "statamic": (mp40, "STATAMIC"), "hexo": (mp49, "HEXO"), "site123": (mp101, "SITE123_SITES")}
# the platforms' strings by language (a page on one of them needs its language there, from the earlier part or
# from PLATFORM_STRINGS)
CORE_DICTS = {"tagdiv": (mp30, "TAGDIV"), "gatsby": (mp48, "GATSBY_CORE"), "nuxt": (mp34, "NUXT_CORE"),
              "astra": (mp32, "ASTRA_CORE"), "beehiiv": (mp77, "BEEHIIV_CORE"), "webnode": (mp90, "WEBNODE_CORE"),
              "shorthand": (mp75, "SH_CORE"), "statamic": (mp40, "STATAMIC_CORE"), "site123": (mp101, "SITE123_CORE"),
              "jannah": (mp31, "JANNAH_CORE"), "kirby": (mp28, "KIRBY"), "substackpub": (mp51, "SUBSTACK_CORE"),
              "astro": (mp55, "ASTRO_CORE"), "wpbakery": (mp74, "WPB_CORE"), "hexo": (mp49, "HEXO_CORE"),
              "amp": (mp, "UI"), "ghost": (mp, "UI"), "legacy-br": (mp, "UI"), "semantic": (mp, "UI"),
              "storybody": (mp, "UI"), "table": (mp, "UI"), "wordpress": (mp, "UI")}
# file names an earlier helper builds from its own site's name (none in this part)
FILE_NAMES = {}
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
            if art["tpl"] == "liveblog":  # no residue above an entry's first paragraph (the entry's heading opens it)
                art["no_slot"] |= {j + 1 for j, (kind, _) in enumerate(art["blocks"]) if kind == "h"}
            rng = random.Random("newsflow-heldout107-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI107[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 107) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h104), labels, furniture strings,
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
                       [v for _, v in mp103.WIDGET_ROWS], mp103.HEADLINES,
                       mp104.R, [v for v in mp104.SITE_STRINGS.values()], mp104.LJ_SITES, mp104.UI_NEW, mp104.TEASERS,
                       [v for _, v in mp104.WIDGET_ROWS], mp104.HEADLINES,
                       mp105.R, [v for v in mp105.SITE_STRINGS.values()], mp105.GS_SITES, mp105.UI_NEW, mp105.TEASERS,
                       [v for _, v in mp105.WIDGET_ROWS], mp105.HEADLINES,
                       mp106.R, [v for v in mp106.SITE_STRINGS.values()], mp106.TG_SITES, mp106.UI_NEW, mp106.TEASERS,
                       [v for _, v in mp106.WIDGET_ROWS], mp106.HEADLINES,
                       [a.get("tg", {}).get("author", "") for a in mp106.ARTICLES],
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
    # layouts: mailchimp (new to the set) on two pages, in two languages; every other page on a different earlier
    # layout of the brief's list, none of them used by h103 .. h106
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
        if a["lang"] not in {b["lang"] for b in last.ARTICLES if b["tpl"] == a["tpl"]}:
            new_lang += 1
        mod, name = CORE_DICTS[a["tpl"]]
        if a["lang"] not in getattr(mod, name) and a["lang"] not in PLATFORM_STRINGS.get((mod, name), {}):
            problems.append("%s: %s has no platform strings in %s" % (a["id"], a["tpl"], a["lang"]))
    if new_lang < MIN_NEW_LANG:
        problems.append("%d earlier layouts in a new language (want %d or more)" % (new_lang, MIN_NEW_LANG))
    langs = collections.Counter(a["lang"] for a in ARTICLES)
    if langs != collections.Counter(PAGES_PER_LANG):
        problems.append("pages per language: %s" % dict(langs))
    ids = [a["id"] for a in ARTICLES]
    want = [PART + "-%s-%03d" % (x, k) for x in ("en", "tr", "de", "fr", "es", "ru") for k in range(1, PAGES_PER_LANG[x] + 1)]
    if ids != want:
        problems.append("page ids: %s" % ids)
    # the mailchimp pages: a newsletter of MC_SITES in its own language (MC_CORE), with its subject line and
    # preheader; of the looks only those Mailchimp's text editor sets (bold, italics, a highlight, a line break); the
    # later layouts keyed by site name: a site this part adds; no story tables and no footnotes
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in MC_SITES or MC_SITES[a["site"]]["lang"] != a["lang"]
                                       or a["lang"] not in MC_CORE or not a.get("mc", {}).get("subject")
                                       or not a.get("mc", {}).get("preheader") or a.get("kind") != "newsletter"
                                       or any(st not in MC_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: mailchimp page needs a newsletter in its language, its subject and preheader and the text editor's looks only" % a["id"])
        if a["tpl"] != NEW_LAYOUT and a.get("mc"):
            problems.append("%s: a campaign's subject line on a page that is not a campaign" % a["id"])
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
    # the new families' four markups over the part (list, table, link or button, card), each once: only the link
    # carrier may have its link run into the last paragraph
    for f in NEW_FAMILIES:
        carriers = [a for a in ARTICLES if f in a.get("carry", [])]
        problems.extend("%s: %s run into the text, but its markup there is not the link" % (a["id"], f)
                        for a in carriers if f in a.get("run_in", []) and widget_order(f).index(a["id"]) != 2)
        if sorted(k for k in (widget_order(f).index(a["id"]) for a in carriers)) != list(range(len(STYLES[f]))):
            problems.append("new family %s: its carriers do not take the four markups once each" % f)
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
    mc_sites = [{k: v for k, v in d.items() if k not in MC_EXEMPT} for d in MC_SITES.values()]
    mc_lines = [a.get("mc", {}) for a in ARTICLES]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (MC_CORE, MC_TRANSLATE, PLATFORM_STRINGS, GLASSES_HEAD, BOOK_HEAD and GATE_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("MC_SITES", mc_sites), ("subject lines", mc_lines), ("UI_NEW", UI_NEW), ("tags", tags)):
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







