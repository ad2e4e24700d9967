#!/usr/bin/env python3
"""Hundred-and-first held-out part (h101-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout101.py           # write pages/h101-*.html
    python benchmarks/data/extraction/make_heldout101.py --check   # verify pages/h101-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout101.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout102.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout100.py and make_heldout99.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.  The
page ids carry a three-digit part number (h101-en-001 ...): nothing here slices an id by position, the seed is the
whole id, and verify() builds the expected ids from PART.
Stories are in articles_h101_en.py / articles_h101_intl.py (fictional local and regional outlets, a community news
site, a town's volunteer news website, a parent's newsletter, a river newsroom, a village association, a school's
parents' association, a village newsletter, a longread site and a volunteers' interview blog, in invented places --
Marlowden on the Tavish with Hobb's Green, Sallowby, Wetherstone and Ickleford Down, Yeşilbayır with Dutluca and
Karaçalı, Hollerbrunn in the Wesseltal with Finkenau and Niederwessel, Vaucroze on the Sarrine with the hamlet of
Les Genêts, Torrealba del Cierzo and Valdemiel on the Cervunal, Верхнелиповск with Ольховка and Клюквино on the
Липовка --; every name and number invented).  The residue wordings -- thirty of the generic families of the
earlier parts (one wording each in every language, two for the newsletter, whose first is the pitch run into a
paragraph, and for the embed) plus three new ones -- their wrapper class names, related headlines and teasers, site
names, the sites' own strings in the earlier layouts and the furniture strings are new here: verify() refuses to
build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows,
headlines, tags or site names of make_heldout2..100, if a wrapper class name of an earlier part recurs, if a "new"
family is already in an earlier pool, family list, template family or docstring, if a story paragraph or headline
of an earlier part (h99 and h100 included) recurs, if a headline is also a story paragraph, or if a body is outside
150-400 words.  The earlier families placed only for a reason in a story (calendar, map, gallery, scores) are not
used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three or more languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on
the third carrier --, a definition-list card):
death-café meet-up listings (deathcafe: the next meet-ups with date, venue and host, and that tea and cake are on
the table, whether to book, and what a death café is not -- no support group, no counselling) on an English
hospice's new day centre (the list), an English library's wellbeing season (the table), a German hospice
association's bereavement café (the "come along" link, run into the last paragraph) and a French hospital's new
bereavement service (the card); key-safe fitting scheme panels (keysafes: who qualifies, the cost, the approved
fitters, and the advice on sharing the code and how to apply) on an English report on falls and ambulance calls (the
list), a Turkish carers' group for families looking after older relatives (the table), a Spanish town's programme for
older people living alone (the "apply for a key safe" link, run into the last paragraph) and a Russian carers' group
for relatives of people with dementia (the card); and child car-seat check events (carseatchecks: where and when,
who checks, what to bring, booking and cost) on an English parent's newsletter about the school run (the list), a
German maternity unit reopening (the table), a French collège's road-safety week (the "book a check" button, run
into the last paragraph) and a Spanish parents' association's safe route to school (the card).  Only the languages
that carry a new family have its rows (WIDGET_LANGS); the tables' heads (CAFE_HEAD, KEY_HEAD, SEAT_HEAD) are the web
teams' generic strings and not checked; the rows (CAFE_ROWS, CAFE_INFO, KEY_ROWS, KEY_INFO, SEAT_ROWS, SEAT_INFO)
are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the Turkish village association on SITE123 and the Spanish parents' association on
Webnode -- no newsroom to credit a photograph to, update a story, sell adverts or send reporters); a correction box
goes only on a story that was corrected, with that story's own wording (an English market's resurfacing cost, which
the page carries among its residue, and an English bridge's weight limit, the page's only residue).  Residue markup
varies as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines
pasted by editors, headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a
line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the death-café link, the
key-safe link, the car-seat button; only one line in any paragraph) or a section tag run into the start of the
first paragraph.  On the new layout, residue the owner pasted sits among the paragraphs of the post's text block.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap (a
first letter the owner enlarged in SITE123's text editor, Gutenberg's has-drop-cap class on Astra), bold (a
one-line paragraph on the Turkish SITE123 page: "Konak artık hepimizin."), a highlighted sentence (the SITE123
editor's background colour), a paragraph in a box (a coloured box drawn in SITE123's editor around a subheading and
its paragraph), a fact box holding a subheading and its list (Grav's notices around "Falls in the valley"), a
callout (WPBakery's message box), a paragraph typed after a <br> (Shift+Enter, on SITE123 and ghost); story
structures that look like furniture but are the story: question-and-answer interviews (questions typed in bold,
some of a few words -- "And the worst moment?", "Peki şimdi?", "А теперь?" --, in English, Turkish and Russian: a
water bailiff after 38 years, a village baker after 41, a village librarian after 44), lists inside the story (a
market's move, falls figures, a village shop's goods, a bread oven's restoration, a summer cinema's films),
crossheads as headings (a hospice day centre, a maternity unit, a safe route to school, a mill's history, a repair
café) and as bold paragraphs (a school-run count, a carers' group in Turkish and in Russian, a collège's road-safety
week), one-line quotes and short one-line paragraphs, a closing line with practical information (a repair café's
next date, a falls-check phone line, a hospice's information line, the market's return, a leaving walk, a library's
programme, a public meeting, an allotment waiting list, a library's hours, a support group's next meeting, a
farewell dinner, tours of a maternity unit, a bereavement café's next date, a shop's hours, a service's hours, the
bread oven's days, a social services number, a parents' meeting, rain plans, volunteer work days, a helpline, a
library's hours), and story sentences that use furniture words in ordinary reporting ("the tea and cookies are
free", "home-made cookies", "reply to this newsletter" closing a story, "photo competition", "contact the town
council" closing a story, "envoyez-les-nous", "fotoğraflarını ... panosuna astık" closing a story).  Two pages carry
no residue at all (an English allotments story on storybody and a Turkish baker on amp) and one only its correction
line (an English bridge on legacy-br).
One page layout is new (site123: a blog post on a site made with the SITE123 website builder, on two pages, an
English community news site and a Turkish village association; see the section of the layout below).  The builder's
own strings (SITE123_CORE) are left as they ship and not checked; the sites' own strings (SITE123_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, legacy-br,
storybody, amp, ghost, table (make_pages.py), movabletype (make_heldout25.py), kirby (make_heldout28.py), grav
(make_heldout29.py), tagdiv (make_heldout30.py), jannah (make_heldout31.py), astra (make_heldout32.py), nuxt
(make_heldout34.py), statamic (make_heldout40.py), gatsby (make_heldout48.py), hexo (make_heldout49.py), substackpub
(make_heldout51.py), astro (make_heldout55.py), wpbakery (make_heldout74.py), shorthand (make_heldout75.py), beehiiv
(make_heldout77.py) and webnode (make_heldout90.py) --, none of them in the language h99 or h100 gave it, and 16 of
them (all but the six first-round layouts) used by none of h97 .. h100 (English on grav, movabletype, tagdiv,
substackpub, astro, wordpress, legacy-br and storybody; Turkish on jannah and amp; German on kirby, gatsby and nuxt;
French on astra, beehiiv and table; Spanish on wpbakery, webnode and ghost; Russian on shorthand, statamic and hexo);
none is the layout an earlier part introduced most recently (avada, jnews, enfold, nicepage).  While a page is
rendered, the earlier modules' related headlines and teasers, the strings that belong to one site rather than to
the platform (see SITE_STRINGS: the layouts keyed by language -- Grav, Movable Type, tagDiv, Kirby --, the layouts
keyed by site name -- Substack, Astro, Jannah, Gatsby, Nuxt, Astra, beehiiv, WPBakery, Webnode, Shorthand,
Statamic, Hexo -- get this part's own site added) and the residue pools those helpers draw from themselves (the
table layout's banner label, the Gatsby and Nuxt ad labels) are swapped for this part's own, and the templates get
this part's furniture strings (UI_NEW) instead of make_pages.UI.
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
import make_heldout99 as mp99  # noqa: E402
import make_heldout100 as mp100  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h101_en import ARTICLES as H101_EN  # noqa: E402
from articles_h101_intl import ARTICLES as H101_INTL  # noqa: E402

ARTICLES = H101_EN + H101_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100)
# parts whose layouts' languages this part avoids (the two latest finished parts; h102 is written at the same time
# and was not read)
LANG_PARTS = (mp99, mp100)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp97, mp98, mp99, mp100)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h101"
# the layouts the latest parts introduced (none of them is used here)
LATEST_NEW_LAYOUTS = ("avada", "jnews", "enfold", "nicepage")


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h100 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Tavish valley videos and maps load only once you agree to cookies from outside sites"],
        "tr": ["Yeşilbayır videoları ve haritaları, dış sitelerin çerezlerini kabul ettiğinizde yüklenir"],
        "de": ["Videos und Karten aus dem Wesseltal laden erst, wenn Sie Cookies fremder Seiten zustimmen"],
        "fr": ["Les vidéos et cartes de la Sarrine ne s'affichent qu'après votre accord pour les cookies externes"],
        "es": ["Los vídeos y mapas de Torrealba solo se cargan si aceptas las cookies de sitios externos"],
        "ru": ["Видео и карты Верхнелиповска загрузятся, только если вы согласитесь на cookie внешних сайтов"],
    },
    "newsletter": {
        "en": ["Sign up for Tavish Teatime, the valley's news in your inbox at four",
               "You have reached your free Marlowden stories for this month: register to read on"],
        "tr": ["Yeşilbayır İkindi Bülteni'ne kaydolun, ilçenin haberleri saat dörtte gelsin",
               "Bu ay için ücretsiz Yeşilbayır haberlerinizi okudunuz: devam etmek için kaydolun"],
        "de": ["Melden Sie sich für den Wesseltaler Vesperbrief an, die Nachrichten aus dem Tal um vier Uhr",
               "Ihre freien Hollerbrunner Artikel für diesen Monat sind aufgebraucht: registrieren Sie sich zum Weiterlesen"],
        "fr": ["Inscrivez-vous au Goûter de la Sarrine, l'actualité de Vaucroze chaque jour à seize heures",
               "Vous avez lu vos articles gratuits sur Vaucroze ce mois-ci : inscrivez-vous pour poursuivre"],
        "es": ["Apúntate a la Merienda del Cierzo, las noticias de Torrealba cada tarde a las cuatro",
               "Ya has leído tus noticias gratuitas de Torrealba este mes: regístrate para seguir"],
        "ru": ["Подпишитесь на «Липовский полдник» — новости округа каждый день в четыре",
               "Бесплатные материалы о Верхнелиповске на этот месяц закончились: зарегистрируйтесь, чтобы читать дальше"],
    },
    "share": {
        "en": ["Tell Marlowden: Facebook · WhatsApp · Bluesky · Email"],
        "tr": ["Yeşilbayır'a duyurun: Facebook · WhatsApp · Bluesky · E-posta"],
        "de": ["Hollerbrunn erzählen: Facebook · WhatsApp · Bluesky · E-Mail"],
        "fr": ["Le dire à Vaucroze : Facebook · WhatsApp · Bluesky · Courriel"],
        "es": ["Cuéntalo en Torrealba: Facebook · WhatsApp · Bluesky · Correo"],
        "ru": ["Поделиться с Верхнелиповском: ВКонтакте · Одноклассники · Max · Почта"],
    },
    "photo": {
        "en": ["Image: supplied to the Marlowden desk"],
        "tr": ["Görsel: Yeşilbayır masamıza gönderildi"],
        "de": ["Bild: der Hollerbrunner Redaktion zur Verfügung gestellt"],
        "fr": ["Image : transmise à la rédaction de Vaucroze"],
        "es": ["Imagen: cedida a la redacción de Torrealba"],
        "ru": ["Снимок предоставлен редакции в Верхнелиповске"],
    },
    "copyright": {
        "en": ["Reproducing this Tavish valley report without written permission from {site} is not allowed."],
        "tr": ["Bu Yeşilbayır haberinin {site} yazılı izni olmadan çoğaltılması yasaktır."],
        "de": ["Die Vervielfältigung dieses Wesseltaler Berichts ohne schriftliche Erlaubnis von {site} ist nicht gestattet."],
        "fr": ["Toute reproduction de ce reportage de la Sarrine sans l'accord écrit de {site} est interdite."],
        "es": ["Queda prohibido reproducir esta información de Torrealba sin permiso por escrito de {site}."],
        "ru": ["Воспроизведение этого материала о Верхнелиповске без письменного согласия «{site}» не допускается."],
    },
    "section": {
        "en": ["Marlowden » {section}"],
        "tr": ["Yeşilbayır » {section}"],
        "de": ["Hollerbrunn » {section}"],
        "fr": ["Vaucroze » {section}"],
        "es": ["Torrealba » {section}"],
        "ru": ["Верхнелиповск » {section}"],
    },
    "related": {
        "en": ["Elsewhere along the Tavish"],
        "tr": ["Yeşilbayır'ın dört bir yanından"],
        "de": ["Außerdem aus dem Wesseltal"],
        "fr": ["Ailleurs dans la vallée de la Sarrine"],
        "es": ["También en Torrealba y Valdemiel"],
        "ru": ["Ещё из Верхнелиповска и сёл"],
    },
    "symbol": {"*": ["✤ ✤ ✤ ✤", "⟐ · ⟐ · ⟐", "❈ ─ ❈ ─ ❈"]},
    "credit": {
        "en": ["Additional reporting by the {site} Marlowden team"],
        "tr": ["{site} Yeşilbayır ekibinin ek haberciliğiyle"],
        "de": ["Mitarbeit: das Hollerbrunner Team von {site}"],
        "fr": ["Avec l'équipe de {site} à Vaucroze"],
        "es": ["Con información adicional del equipo de {site} en Torrealba"],
        "ru": ["Дополнительные материалы — верхнелиповская команда «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · the Marlowden report resumes after this"],
        "tr": ["Sponsorlu · Yeşilbayır haberi bunun ardından sürüyor"],
        "de": ["Gesponsert · der Hollerbrunner Bericht geht danach weiter"],
        "fr": ["Sponsorisé · l'article sur Vaucroze reprend après"],
        "es": ["Patrocinado · la noticia de Torrealba sigue después"],
        "ru": ["Спонсорский блок · материал о Верхнелиповске продолжится ниже"],
    },
    "continue": {
        "en": ["Keep reading the Marlowden report"],
        "tr": ["Yeşilbayır haberini okumaya devam edin"],
        "de": ["Den Hollerbrunner Bericht weiterlesen"],
        "fr": ["Poursuivre la lecture de l'article sur Vaucroze"],
        "es": ["Seguir leyendo la noticia de Torrealba"],
        "ru": ["Читать материал о Верхнелиповске дальше"],
    },
    "comments": {
        "en": ["{n} Tavish valley readers have had their say: add yours"],
        "tr": ["{n} Yeşilbayır okuru görüşünü yazdı, sizinkini ekleyin"],
        "de": ["{n} Leser aus dem Wesseltal haben kommentiert: Ihre Meinung fehlt noch"],
        "fr": ["{n} lecteurs de la Sarrine ont donné leur avis : à vous"],
        "es": ["{n} lectores de Torrealba ya han opinado: añade lo tuyo"],
        "ru": ["{n} читателей из Верхнелиповска уже высказались — ваша очередь"],
    },
    "readtime": {
        "en": ["Reading time: {m} minutes, from the Tavish valley"],
        "tr": ["Okuma süresi: {m} dakika, Yeşilbayır'dan"],
        "de": ["Lesezeit: {m} Minuten, aus dem Wesseltal"],
        "fr": ["Temps de lecture : {m} minutes, depuis la Sarrine"],
        "es": ["Tiempo de lectura: {m} minutos, desde Torrealba"],
        "ru": ["Время чтения: {m} мин., Верхнелиповск"],
    },
    "updated": {
        "en": ["Revised by the Marlowden team on {d}, {t}"],
        "tr": ["Yeşilbayır ekibi tarafından güncellendi: {d}, {t}"],
        "de": ["Vom Hollerbrunner Team überarbeitet am {d}, {t} Uhr"],
        "fr": ["Revu par l'équipe de Vaucroze le {d}, {t}"],
        "es": ["Revisado por el equipo de Torrealba el {d}, {t}"],
        "ru": ["Обновлено верхнелиповской командой {d}, {t}"],
    },
    "audio": {
        "en": ["Hear this Tavish valley report read aloud · {m} min"],
        "tr": ["Bu Yeşilbayır haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Wesseltaler Bericht vorlesen lassen · {m} Min."],
        "fr": ["Écouter cet article de la Sarrine lu à voix haute · {m} min"],
        "es": ["Escuchar esta noticia de Torrealba en voz alta · {m} min"],
        "ru": ["Прослушать материал о Верхнелиповске вслух · {m} мин"],
    },
    "correction": {
        "en": ["This Tavish valley report was amended after publication."],
        "tr": ["Bu Yeşilbayır haberi yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Wesseltaler Bericht wurde nach Erscheinen korrigiert."],
        "fr": ["Cet article de la Sarrine a été modifié après sa publication."],
        "es": ["Esta noticia de Torrealba se corrigió después de publicarse."],
        "ru": ["Материал о Верхнелиповске исправлен после публикации."],
    },
    "app": {
        "en": ["Marlowden news in your pocket: download the {site} app"],
        "tr": ["Yeşilbayır haberleri cebinizde: {site} uygulamasını indirin"],
        "de": ["Hollerbrunner Nachrichten für die Hosentasche: die App von {site} laden"],
        "fr": ["L'actu de Vaucroze dans votre poche : téléchargez l'appli {site}"],
        "es": ["Las noticias de Torrealba en tu bolsillo: descarga la app de {site}"],
        "ru": ["Новости Верхнелиповска в кармане: скачайте приложение «{site}»"],
    },
    "bio": {
        "en": ["{by} covers {section} across Marlowden and the Tavish valley for {site}."],
        "tr": ["{by}, {site} adına Yeşilbayır ve köylerinde {section} alanını izliyor."],
        "de": ["{by} berichtet für {site} über {section} in Hollerbrunn und im Wesseltal."],
        "fr": ["{by} couvre la rubrique {section} à Vaucroze et dans la vallée de la Sarrine pour {site}."],
        "es": ["{by} cubre {section} en Torrealba del Cierzo y Valdemiel para {site}."],
        "ru": ["{by} освещает тему «{section}» в Верхнелиповске и окрестных сёлах для «{site}»."],
    },
    "tip": {
        "en": ["Got a story from the Tavish valley? Call the Marlowden team on 01632 960 477"],
        "tr": ["Yeşilbayır'dan bir haberiniz mi var? Ekibimizi arayın: 0 (372) 900 47 70"],
        "de": ["Sie haben eine Geschichte aus dem Wesseltal? Rufen Sie uns an: 07442 4770-0"],
        "fr": ["Une info dans la vallée de la Sarrine ? Appelez l'équipe de Vaucroze au 04 75 00 47 70"],
        "es": ["¿Tienes una historia de Torrealba? Llama al equipo al 976 000 477"],
        "ru": ["Есть новость из Верхнелиповска? Звоните нам: 8 (48166) 4-77-00"],
    },
    "typo": {
        "en": ["Spotted an error in this Marlowden report: mark the words and press Ctrl+Enter to tell the Marlowden team"],
        "tr": ["Bu Yeşilbayır haberinde gördüğünüz hatayı işaretleyip Ctrl+Enter ile Yeşilbayır ekibine iletin"],
        "de": ["Fehler im Hollerbrunner Bericht entdeckt: Stelle markieren und mit Strg+Enter ans Hollerbrunner Team melden"],
        "fr": ["Une faute dans cet article sur Vaucroze : sélectionnez-la puis Ctrl+Entrée pour prévenir l'équipe de Vaucroze"],
        "es": ["Si ves un error en esta noticia de Torrealba, márcalo y pulsa Ctrl+Intro para avisar al equipo de Torrealba"],
        "ru": ["Ошибку в материале о Верхнелиповске можно выделить и отправить верхнелиповской команде через Ctrl+Enter"],
    },
    "push": {
        "en": ["Tavish valley alerts on this device: allow Tavish alerts · not for now"],
        "tr": ["Bu cihaza Yeşilbayır bildirimleri: Yeşilbayır bildirimlerine izin ver · şimdilik değil"],
        "de": ["Wesseltal-Meldungen auf diesem Gerät: Wesseltal-Meldungen erlauben · fürs Erste nicht"],
        "fr": ["Alertes de la Sarrine sur cet appareil : autoriser les alertes de la Sarrine · pas pour l'instant"],
        "es": ["Avisos de Torrealba en este dispositivo: permitir los avisos de Torrealba · de momento no"],
        "ru": ["Уведомления Верхнелиповска на этом устройстве: разрешить уведомления Верхнелиповска · пока не нужно"],
    },
    "print": {
        "en": ["Tools for this Marlowden report: Print · Save as PDF · Email a friend"],
        "tr": ["Bu Yeşilbayır haberi için araçlar: Yazdır · PDF olarak kaydet · Arkadaşına gönder"],
        "de": ["Werkzeuge zum Hollerbrunner Bericht: Drucken · Als PDF sichern · An Bekannte mailen"],
        "fr": ["Outils pour cet article sur Vaucroze : Imprimer · Enregistrer en PDF · Envoyer à un ami"],
        "es": ["Herramientas de esta noticia de Torrealba: Imprimir · Guardar como PDF · Enviar a un amigo"],
        "ru": ["Инструменты для материала о Верхнелиповске: Печать · Сохранить в PDF · Отправить другу"],
    },
    "feedback": {
        "en": ["Rate this Tavish valley report: told me what I needed · told me some of it · told me nothing new"],
        "tr": ["Bu Yeşilbayır haberini puanlayın: işime yaradı · kısmen yaradı · yaramadı"],
        "de": ["Bewerten Sie den Wesseltaler Bericht: hat mir geholfen · hat mir teilweise geholfen · hat mir nicht geholfen"],
        "fr": ["Notez cet article de la Sarrine : il m'a éclairé · il m'a un peu éclairé · il ne m'a rien appris"],
        "es": ["Valora esta noticia de Torrealba: me ha servido · me ha servido a medias · no me ha servido"],
        "ru": ["Оцените материал о Верхнелиповске: пригодился · пригодился отчасти · не пригодился"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; to complain about our Tavish valley reporting write to readers@tavishvalley.example."],
        "tr": ["{site} gazetecilik ilkelerine bağlıdır; Yeşilbayır haberlerimizle ilgili şikâyetler: okur@yesilbayir.example."],
        "de": ["{site} arbeitet nach dem Pressekodex; Beschwerden über unsere Wesseltaler Berichte an leserbeirat@wesseltal.example."],
        "fr": ["{site} applique la charte des journalistes ; vos remarques sur nos articles de la Sarrine : mediateur@sarrine.example."],
        "es": ["{site} sigue el código deontológico de la profesión; quejas sobre la información de Torrealba a defensor@torrealba.example."],
        "ru": ["«{site}» следует этическому кодексу журналиста; претензии к материалам о Верхнелиповске: redaktor@verhnelipovsk.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Marlowden · Sallowby"],
        "tr": ["Etiketler: {section} · Yeşilbayır · Dutluca"],
        "de": ["Abgelegt unter: {section} · Hollerbrunn · Finkenau"],
        "fr": ["Classé dans : {section} · Vaucroze · Les Genêts"],
        "es": ["Archivado en: {section} · Torrealba · Valdemiel"],
        "ru": ["Рубрики: {section} · Верхнелиповск · Ольховка"],
    },
    "bookmark": {
        "en": ["☆ Save this Marlowden report"],
        "tr": ["☆ Bu Yeşilbayır haberini kaydet"],
        "de": ["☆ Hollerbrunner Bericht speichern"],
        "fr": ["☆ Enregistrer cet article sur Vaucroze"],
        "es": ["☆ Guardar esta noticia de Torrealba"],
        "ru": ["☆ Сохранить материал о Верхнелиповске"],
    },
    "poll": {
        "en": ["Have your say, Marlowden: for it · against it · don't mind"],
        "tr": ["Yeşilbayır, sesini duyur: destekliyorum · karşıyım · fark etmez"],
        "de": ["Hollerbrunn stimmt ab: dafür · dagegen · egal"],
        "fr": ["Vaucroze, votre avis : pour · contre · sans opinion"],
        "es": ["Opina, Torrealba: a favor · en contra · me da igual"],
        "ru": ["Верхнелиповск, ваше мнение: за · против · всё равно"],
    },
    "embed": {
        "en": ["View {handle}'s Marlowden post on Instagram", "Watch {handle}'s Tavish valley clip on YouTube"],
        "tr": ["{handle} hesabının Yeşilbayır paylaşımını Instagram'da açın", "{handle} hesabının Yeşilbayır klibini YouTube'da izleyin"],
        "de": ["Den Hollerbrunner Post von {handle} bei Instagram öffnen", "Den Wesseltaler Clip von {handle} bei YouTube ansehen"],
        "fr": ["Ouvrir la publication de {handle} sur Vaucroze dans Instagram", "Regarder la vidéo de {handle} sur la Sarrine dans YouTube"],
        "es": ["Abrir la publicación de {handle} sobre Torrealba en Instagram", "Ver el vídeo de {handle} sobre Torrealba en YouTube"],
        "ru": ["Открыть публикацию {handle} о Верхнелиповске в Instagram", "Смотреть ролик {handle} о Верхнелиповске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "deathcafe": {
        "en": ["Death café: next meet-ups", "Death café dates and venues", "Come to a death café ›", "About our death café"],
        "de": ["Death Café: die nächsten Treffen", "Death Café: Termine und Orte", "Zum Death Café ›", "Das Death Café kurz erklärt"],
        "fr": ["Café mortel : prochaines rencontres", "Café mortel : dates et lieux", "Venir au café mortel ›", "Le café mortel en quelques mots"],
    },
    "keysafes": {
        "en": ["Key safe fitting scheme: how it works", "Key safe scheme at a glance", "Apply for a key safe ›", "Key safes: good to know"],
        "tr": ["Anahtar kasası takma programı: nasıl işliyor", "Anahtar kasası programı kısaca", "Anahtar kasası için başvurun ›", "Anahtar kasası: bilmeniz gerekenler"],
        "es": ["Instalación de cajas de llaves: cómo funciona", "Programa de cajas de llaves, de un vistazo", "Solicita una caja de llaves ›", "Cajas de llaves: lo que debes saber"],
        "ru": ["Установка ключниц с кодом: как это работает", "Программа ключниц с кодом коротко", "Подать заявку на ключницу ›", "Ключницы с кодом: полезно знать"],
    },
    "carseatchecks": {
        "en": ["Free child car seat checks near you", "Car seat check sessions", "Book a car seat check ›", "Car seat checks: the essentials"],
        "de": ["Kostenloser Kindersitz-Check in Ihrer Nähe", "Kindersitz-Check: Termine", "Kindersitz-Check buchen ›", "Kindersitz-Check: das Wichtigste"],
        "fr": ["Vérification gratuite des sièges auto enfants", "Contrôles de sièges auto : les dates", "Réserver un contrôle de siège auto ›", "Contrôle des sièges auto : l'essentiel"],
        "es": ["Revisión gratuita de sillas infantiles del coche", "Revisiones de sillas de coche: fechas", "Reserva la revisión de tu silla de coche ›", "Revisión de sillas de coche: lo básico"],
    },
}
NEW_STYLE_WORDING = {"deathcafe": [0, 1, 2, 3], "keysafes": [0, 1, 2, 3], "carseatchecks": [0, 1, 2, 3]}
# death cafés: the meet-ups (date, venue, host); and cake and tea, booking, what it is not
CAFE_ROWS = {
    "en": [("Tuesday 3 March, 2pm", "St Aldric's Hospice day centre, Orchard Lane", "hosted by Ruth Ingleby"),
           ("Thursday 9 April, 6.30pm", "Marlowden library, upstairs room", "hosted by Amos Tregarthen"),
           ("Saturday 16 May, 10.30am", "Sallowby village hall", "hosted by Ruth Ingleby")],
    "de": [("Sonntag, 8. November, 15 Uhr", "Gemeindehaus Finkenau", "mit Marianne Eckhoff"),
           ("Mittwoch, 25. November, 19 Uhr", "Stadtbücherei Hollerbrunn", "mit Jörg Wittenbecher"),
           ("Sonntag, 13. Dezember, 15 Uhr", "Café am Wesselsteg, Niederwessel", "mit Marianne Eckhoff")],
    "fr": [("jeudi 19 novembre, 18 h", "Médiathèque de Vaucroze, salle du conte", "animé par Odile Ferrandon"),
           ("samedi 12 décembre, 15 h", "Salon de thé Le Tilleul, place des Halles", "animé par Paul Escoffier"),
           ("jeudi 14 janvier, 18 h", "Maison des associations des Genêts", "animé par Odile Ferrandon")],
}
CAFE_HEAD = {"en": ("When", "Where", "Host"), "de": ("Wann", "Wo", "Gastgeber"), "fr": ("Quand", "Où", "Animation")}
CAFE_INFO = {
    "en": [("Tea and cake", "always on the table, free of charge"),
           ("Booking for the café", "not needed, just come along"),
           ("What it is not", "a support group or counselling; we simply talk about death over tea")],
    "de": [("Kaffee und Kuchen", "gibt es immer, kostenlos"),
           ("Anmeldung zum Café", "nicht erforderlich, einfach vorbeikommen"),
           ("Was es nicht ist", "keine Trauergruppe und keine Therapie, sondern ein offenes Gespräch über das Sterben")],
    "fr": [("Thé et gâteaux", "offerts à chaque rencontre"),
           ("Réserver sa place au café", "conseillé au 04 75 00 61 18, places limitées à douze"),
           ("Ce que ce n'est pas", "ni un groupe de deuil ni une thérapie : on parle simplement de la mort autour d'un thé")],
}
# key safes: who qualifies, the cost, the fitters; and code sharing advice, how to apply
KEY_ROWS = {
    "en": [("Who can have a key safe fitted", "anyone over 65, or anyone with a care package or a personal alarm"),
           ("What a key safe costs", "free for people on pension credit, otherwise £35 including fitting"),
           ("Fitted by", "the council's approved handyperson team, with photo ID")],
    "tr": [("Kasayı kimler taktırabilir", "65 yaş üstü ve yalnız yaşayan ya da evde bakım alan herkes"),
           ("Anahtar kasasının ücreti", "sosyal yardım alanlara ücretsiz, diğerlerine 750 TL"),
           ("Takan ekip", "belediyenin kimlik kartlı onarım ekibi")],
    "es": [("Quién puede tener caja de llaves", "mayores de 70 años o personas con teleasistencia"),
           ("Lo que cuesta la caja", "gratis con la tarjeta de servicios sociales; si no, 30 euros"),
           ("Quién la instala", "la brigada municipal de mantenimiento, siempre identificada")],
    "ru": [("Кому поставят ключницу", "пенсионеры старше 70 лет и люди с инвалидностью, живущие одни"),
           ("Сколько стоит ключница", "бесплатно для получателей соцподдержки, остальным 1 200 рублей"),
           ("Кто устанавливает", "мастера комплексного центра соцобслуживания с удостоверением")],
}
KEY_HEAD = {"en": ("Scheme", "Details"), "tr": ("Program", "Ayrıntı"), "es": ("Programa", "Detalle"), "ru": ("Программа", "Подробности")}
KEY_INFO = {
    "en": [("The code", "give it only to family, carers and the ambulance service; never write it on the box"),
           ("Asking for a key safe", "ring the home safety line on 01632 960 744 or ask your GP surgery to refer you")],
    "tr": [("Kasanın şifresi", "yalnızca ailenize, bakıcınıza ve 112'ye verin; kasanın üstüne yazmayın"),
           ("Kasa için başvuru", "belediyenin sosyal hizmetler masasını arayın: 0 (372) 900 12 40")],
    "es": [("El código", "compártelo solo con familia, cuidadores y el 112; no lo apuntes junto a la puerta"),
           ("Dónde se solicita la caja", "en los servicios sociales del ayuntamiento o en el 976 000 318")],
    "ru": [("Код", "сообщайте только родным, сиделке и скорой помощи; не пишите его на ключнице"),
           ("Куда обращаться за ключницей", "в центре соцобслуживания на Садовой, 9, или по телефону 8 (48166) 2-30-15")],
}
# car seat checks: the sessions (where, when, who checks); and what to bring, booking, cost
SEAT_ROWS = {
    "en": [("Hobb's Green village hall car park", "Saturday 26 September, 10am–1pm", "trained road safety officers"),
           ("Marlowden fire station", "Wednesday 7 October, 3.30pm–6pm", "firefighters with car seat training"),
           ("Tavish Retail Park, by the garden centre", "Saturday 17 October, 10am–2pm", "road safety officers")],
    "de": [("Parkplatz Kreiskrankenhaus Hollerbrunn", "Samstag, 9. Mai, 10–14 Uhr", "Verkehrswacht Wesseltal"),
           ("Feuerwehrhaus Finkenau", "Freitag, 22. Mai, 15–18 Uhr", "Freiwillige Feuerwehr und ADAC-Prüfer"),
           ("Marktplatz Niederwessel", "Samstag, 6. Juni, 9–12 Uhr", "Verkehrswacht Wesseltal")],
    "fr": [("Marché de Vaucroze, place des Halles", "samedi 26 septembre, 9 h – 12 h", "bénévoles de la Prévention routière"),
           ("Parking de la maternité de Vaucroze", "mercredi 7 octobre, 14 h – 17 h", "puéricultrices et gendarmes"),
           ("Salle des fêtes des Genêts", "samedi 17 octobre, 10 h – 13 h", "bénévoles de la Prévention routière")],
    "es": [("Aparcamiento del colegio Virgen del Cervunal", "viernes 6 de noviembre, 16.30–19.00", "Policía Local de Torrealba"),
           ("Plaza de España de Torrealba", "sábado 14 de noviembre, 10.00–13.00", "Policía Local y Protección Civil"),
           ("Centro de salud de Valdemiel", "martes 24 de noviembre, 17.00–19.00", "matronas y Policía Local")],
}
SEAT_HEAD = {"en": ("Where", "When", "Who checks"), "de": ("Wo", "Wann", "Wer prüft"), "fr": ("Où", "Quand", "Qui vérifie"),
             "es": ("Dónde", "Cuándo", "Quién revisa")}
SEAT_INFO = {
    "en": [("Bring along to the check", "the car, the seat fitted as you normally use it, and your child if you can"),
           ("Booking a seat check", "not needed, but expect a short queue at busy times"),
           ("What the check costs", "free; nobody will try to sell you a seat")],
    "de": [("Zum Sitz-Check mitbringen", "das Auto, den eingebauten Sitz und möglichst das Kind"),
           ("Anmeldung zum Sitz-Check", "nicht nötig, Wartezeiten möglich"),
           ("Was der Check kostet", "nichts, und es wird nichts verkauft")],
    "fr": [("À apporter au contrôle", "la voiture, le siège installé comme d'habitude et, si possible, l'enfant"),
           ("Faut-il s'inscrire au contrôle", "non, venez sans rendez-vous"),
           ("Prix du contrôle", "gratuit, sans aucune vente")],
    "es": [("Qué llevar a la revisión", "el coche, la silla instalada como la usas y, si puede ser, al niño"),
           ("Cita", "no hace falta, se atiende por orden de llegada"),
           ("Lo que cuesta la revisión", "gratis; no se vende nada")],
}
WIDGET_ROWS = (("deathcafe meetups", CAFE_ROWS), ("deathcafe info", CAFE_INFO), ("keysafes scheme", KEY_ROWS),
               ("keysafes info", KEY_INFO), ("carseatchecks sessions", SEAT_ROWS), ("carseatchecks info", SEAT_INFO))
WIDGET_LANGS = {"deathcafe": ("en", "de", "fr"), "keysafes": ("en", "tr", "es", "ru"), "carseatchecks": ("en", "de", "fr", "es")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Marlowden lido to open at 7am on weekdays", "Hobb's Green pub reopens under new owners",
           "Wetherstone brass band heads to national final", "Ickleford Down bus shelter rebuilt by volunteers",
           "Sallowby ford closed after heavy rain", "Tavish Quay gets new benches and planters"],
    "tr": ["Yeşilbayır'da pazar yeri yenileniyor", "Dutluca'ya yeni köprü yapılacak",
           "Karaçalı'da ceviz hasadı başladı", "Yeşilbayırspor sezonu üçüncü bitirdi",
           "İlçe hastanesine yeni ambulans geldi", "Gümüşdere yolu kışa hazırlanıyor"],
    "de": ["Hollerbrunner Stadtfest mit neuem Programm", "Radweg nach Finkenau freigegeben",
           "Grundschule Niederwessel bekommt Mensa", "Wesselbad öffnet am Pfingstsamstag",
           "Neuer Bürgerbus für das Wesseltal", "Feuerwehr Hollerbrunn feiert 150 Jahre"],
    "fr": ["Vaucroze : la piscine rouvre après travaux", "Les Genêts fêtent la Saint-Jean",
           "Un nouveau médecin s'installe place des Halles", "Le club de basket de Vaucroze en Nationale 3",
           "La passerelle de la Sarrine repeinte", "Rentrée : 38 élèves de plus au collège"],
    "es": ["Torrealba estrena su nueva piscina cubierta", "Valdemiel celebra la fiesta de la vendimia",
           "El CD Torrealba sube a Preferente", "La carretera del Cervunal se asfaltará en otoño",
           "Abre una farmacia en Valdemiel", "El mercadillo de Torrealba cambia de día"],
    "ru": ["В Верхнелиповске открыли новый сквер", "В Клюквине отремонтируют клуб",
           "Липовские борцы взяли три медали", "На улице Садовой меняют трубы",
           "В Ольховке появился фельдшер", "Автобус до Клюквина пустят чаще"],
}
TEASERS = {
    "en": ["Swimmers asked for earlier sessions in a survey last year.", "The Drovers Arms had been shut for eighteen months.",
           "It is the band's first national final since 1997.", "The old shelter was hit by a lorry in March.",
           "Drivers are being told to use the Wetherstone road.", "The planters were made by pupils at the college."],
    "fr": ["Le bassin était fermé depuis dix-huit mois.", "Le feu sera allumé au bord de la Sarrine.",
           "Le village n'avait plus de généraliste depuis 2023.", "L'équipe a gagné vingt matchs cette saison.",
           "Les travaux ont duré trois semaines.", "Deux classes de sixième ont été ouvertes."],
}
# handed out in page order to the pages without a fixed site (one per page; the sites of the layouts keyed by site
# name, of Grav and Kirby and of the two SITE123 pages are given in the stories' "site" field)
SITES = {
    "en": ["Marlowden Mercury", "Tavish Valley Gazette", "Marlowden Evening Post", "The Tavish Courier", "Marlowden News Online"],
    "tr": ["Yeşilbayır Haber"],
    "de": [],
    "fr": ["Sarrine Actualités"],
    "es": ["Torrealba Hoy"],
    "ru": [],
}
UI_NEW = {
    "en": dict(nav=["Marlowden", "Tavish villages", "Marlowden crime", "Tavish valley schools", "Marlowden sport", "Days out on the Tavish", "Tavish valley notices"],
               cookie="We and our partners use cookies on this Tavish valley site to keep you signed in, to see which Marlowden reports people read and to pay for local journalism through adverts. Tick the Tavish valley cookies you are happy with.",
               accept="Fine, accept all Tavish cookies", reject="Let me pick my Marlowden cookies", share="Pass this Marlowden report on",
               related="Latest from the Tavish valley", newsletter="Tavish Breakfast: the valley's top stories at 7am, Monday to Friday",
               subscribe="Send me Tavish Breakfast", email="you@tavish-breakfast.example",
               comment_note="A member of the Marlowden team checks every comment before it appears. Keep it civil and keep it on topic.",
               closed="Commenting has ended on this Marlowden report.",
               footer=["Contact the Marlowden team", "Tavish valley corrections", "Tavish valley privacy notice", "Advertise in Marlowden", "Marlowden house rules"],
               rights="Every word and picture from the Tavish valley team belongs to the publisher and may not be reused without permission.",
               commenters=[("SallowbySue", "Good to hear some good news from Marlowden for once."),
                           ("Marlowden_Pete", "Let's see if it lasts the year.")]),
    "tr": dict(nav=["Yeşilbayır merkez", "Yeşilbayır köyleri", "Yeşilbayır asayiş", "Yeşilbayır eğitim", "Yeşilbayır spor", "Yeşilbayır'da hafta sonu", "Yeşilbayır duyurular"],
               cookie="Biz ve iş ortaklarımız, oturumunuzu sürdürmek, hangi Yeşilbayır haberlerinin okunduğunu anlamak ve yerel gazeteciliği reklamla finanse etmek için bu Yeşilbayır sitesinde çerez kullanıyoruz. Yeşilbayır için onay verdiklerinizi seçin.",
               accept="Tamam, tüm Yeşilbayır çerezlerini kabul et", reject="Yeşilbayır çerezlerimi kendim seçeyim", share="Bu Yeşilbayır haberini iletin",
               related="Yeşilbayır'dan son haberler", newsletter="Yeşilbayır Kahvaltısı: ilçenin öne çıkan haberleri hafta içi sabah 7'de",
               subscribe="Yeşilbayır Kahvaltısı'nı gönderin", email="siz@yesilbayir-kahvaltisi.example",
               comment_note="Yeşilbayır ekibimizden biri her yorumu yayımlanmadan önce kontrol eder. Saygılı olun ve konudan sapmayın.",
               closed="Bu Yeşilbayır haberine yorum yapma süresi doldu.",
               footer=["Yeşilbayır ekibine ulaşın", "Yeşilbayır düzeltmeleri", "Yeşilbayır gizlilik bildirimi", "Yeşilbayır'da reklam", "Yeşilbayır yorum kuralları"],
               rights="Yeşilbayır ekibinin her yazısı ve fotoğrafı yayıncıya aittir; izinsiz yeniden kullanılamaz.",
               commenters=[("Dutlucalı_Emine", "Yeşilbayır'dan sonunda güzel bir haber."),
                           ("Yeşilbayırlı_Cemal", "Bakalım bir yıl dayanacak mı.")]),
    "de": dict(nav=["Hollerbrunn", "Dörfer im Wesseltal", "Polizeibericht Hollerbrunn", "Schulen im Wesseltal", "Sport in Hollerbrunn", "Ausflüge an der Wessel", "Bekanntmachungen Wesseltal"],
               cookie="Wir und unsere Partner setzen auf dieser Wesseltaler Website Cookies ein, damit Sie angemeldet bleiben, wir sehen, welche Hollerbrunner Berichte gelesen werden, und Lokaljournalismus über Werbung bezahlt wird. Wählen Sie, was Ihnen recht ist.",
               accept="In Ordnung, alle Wesseltaler Cookies annehmen", reject="Meine Hollerbrunner Cookies selbst wählen", share="Diesen Hollerbrunner Bericht weitergeben",
               related="Neu aus dem Wesseltal", newsletter="Wesseltaler Frühstück: die wichtigsten Meldungen aus dem Tal, montags bis freitags um 7 Uhr",
               subscribe="Wesseltaler Frühstück bestellen", email="sie@wesseltaler-fruehstueck.example",
               comment_note="Ein Mitglied des Hollerbrunner Teams prüft jeden Kommentar vor der Freischaltung. Bleiben Sie höflich und beim Hollerbrunner Thema.",
               closed="Die Kommentarfunktion zu diesem Hollerbrunner Bericht ist beendet.",
               footer=["Kontakt zum Hollerbrunner Team", "Korrekturen aus dem Wesseltal", "Datenschutzhinweise Wesseltal", "Anzeigen in Hollerbrunn", "Hausregeln Hollerbrunn"],
               rights="Jedes Wort und jedes Bild des Wesseltaler Teams gehört dem Verlag und darf ohne Erlaubnis nicht weiterverwendet werden.",
               commenters=[("Finkenauerin_Renate", "Endlich mal eine gute Nachricht aus Finkenau."),
                           ("Hollerbrunner_Udo", "Mal sehen, ob das ein Jahr hält.")]),
    "fr": dict(nav=["Vaucroze", "Villages de la Sarrine", "Faits divers à Vaucroze", "Écoles de la Sarrine", "Sport à Vaucroze", "Balades au bord de la Sarrine", "Avis officiels de la Sarrine"],
               cookie="Nos partenaires et nous utilisons des cookies sur ce site de la Sarrine pour vous garder connecté, savoir quels articles sur Vaucroze sont lus et financer l'information locale grâce à la publicité. Choisissez ceux que vous acceptez pour la Sarrine.",
               accept="D'accord pour tous les cookies de la Sarrine", reject="Choisir mes cookies de Vaucroze", share="Transmettre cet article sur Vaucroze",
               related="Les dernières de la Sarrine", newsletter="Le Petit-déjeuner de la Sarrine : l'essentiel de la vallée à 7 h, du lundi au vendredi",
               subscribe="Recevoir le Petit-déjeuner de la Sarrine", email="vous@petit-dejeuner-sarrine.example",
               comment_note="Un membre de l'équipe de Vaucroze relit chaque commentaire avant publication. Restez courtois et parlez de Vaucroze.",
               closed="Il n'est plus possible de commenter cet article sur Vaucroze.",
               footer=["Contacter l'équipe de Vaucroze", "Corrections de la Sarrine", "Confidentialité de la Sarrine", "Annoncer à Vaucroze", "Charte des commentaires de Vaucroze"],
               rights="Chaque texte et chaque image de l'équipe de la Sarrine appartient à l'éditeur et ne peut être réutilisé sans autorisation.",
               commenters=[("Josiane_des_Genets", "Enfin une bonne nouvelle pour Les Genêts."),
                           ("Vaucrozien_Marcel", "On verra si ça tient un an.")]),
    "es": dict(nav=["Torrealba", "Pueblos del Cervunal", "Sucesos en Torrealba", "Colegios del Cervunal", "Deporte en Torrealba", "Escapadas por el Cervunal", "Avisos municipales del Cervunal"],
               cookie="Nosotros y nuestros socios usamos cookies en esta web del Cervunal para mantener tu sesión, saber qué noticias de Torrealba se leen y pagar el periodismo local con publicidad. Escoge las que aceptas.",
               accept="Vale, aceptar todas las cookies del Cervunal", reject="Escoger mis cookies de Torrealba", share="Pasa esta noticia de Torrealba",
               related="Lo último del Cervunal", newsletter="Desayuno del Cervunal: lo más importante de la comarca a las 7.00, de lunes a viernes",
               subscribe="Quiero el Desayuno del Cervunal", email="tu@desayuno-tajuelo.example",
               comment_note="Alguien del equipo de Torrealba revisa cada comentario antes de publicarlo. Respeta a los demás y no te salgas del tema.",
               closed="Ya no se puede comentar esta noticia de Torrealba.",
               footer=["Contacta con el equipo de Torrealba", "Correcciones del Cervunal", "Aviso de privacidad del Cervunal", "Publicidad en Torrealba", "Normas de participación de Torrealba"],
               rights="Cada texto e imagen del equipo del Cervunal pertenece al editor y no puede reutilizarse sin permiso.",
               commenters=[("Puri_de_Valdemiel", "Por fin una buena noticia en Valdemiel."),
                           ("Torrealbense_Julián", "A ver si dura un año.")]),
    "ru": dict(nav=["Верхнелиповск", "Сёла на Липовке", "Происшествия Верхнелиповска", "Школы Липовского округа", "Спорт Верхнелиповска", "Выходные на Липовке", "Объявления Липовского округа"],
               cookie="Мы и наши партнёры используем cookie на этом сайте Липовского округа, чтобы вы оставались в аккаунте, чтобы видеть, какие материалы о Верхнелиповске читают, и чтобы оплачивать местную журналистику рекламой. Выберите, на что согласны.",
               accept="Хорошо, принять все cookie Липовского округа", reject="Выбрать мои cookie Верхнелиповска", share="Передать материал о Верхнелиповске",
               related="Последнее из Липовского округа", newsletter="«Липовский завтрак»: главные новости округа в 7:00 с понедельника по пятницу",
               subscribe="Присылать «Липовский завтрак»", email="vy@lipovsky-zavtrak.example",
               comment_note="Сотрудник верхнелиповской редакции проверяет каждый комментарий перед публикацией. Будьте вежливы и говорите о Верхнелиповске.",
               closed="Обсуждение этого материала о Верхнелиповске завершено.",
               footer=["Связаться с верхнелиповской редакцией", "Исправления Липовского округа", "Политика конфиденциальности Липовского округа", "Реклама в Верхнелиповске", "Правила обсуждений Верхнелиповска"],
               rights="Все тексты и снимки редакции Липовского округа принадлежат издателю; повторное использование только с разрешения.",
               commenters=[("Ольховская_Нина", "Наконец-то хорошая новость для Ольховки."),
                           ("Липовский_Петрович", "Посмотрим, продержится ли год.")]),
}

UI101 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp29, "GRAV"): {"en": dict(
        domain="wetherstoneledger.example",
        menu=["Ledger home", "Wetherstone and around", "Health and care in Wetherstone", "Ledger diary dates", "Help keep the Ledger going"],
        menu_slugs=["", "around", "health", "diary", "donate"],
        about_head="About the Wetherstone Ledger",
        about="The Wetherstone Ledger is a volunteer-run news website for Wetherstone, Ickleford Down and the upper Tavish, kept going by the Wetherstone Society.",
        about_link="The people behind the Ledger",
        footer="The Wetherstone Ledger · a Wetherstone Society project, registered charity no. 1187730 · Online since 2018")},
    (mp25, "MT"): {"en": dict(
        domain="www.marlowdenmercury.co.uk",
        description="News for Marlowden, Hobb's Green and the Tavish villages",
        nav=["Marlowden news", "Tavish villages", "Mercury health pages", "Letters to the Mercury", "Mercury what's on", "Mercury small ads and notices"],
        tags=["St Aldric's Hospice", "day centre", "Orchard Lane"],
        paper_title="In the Mercury this Friday",
        paper_text="On sale every Friday from Sallowby to Wetherstone, £1.10, or delivered to your door by our newsagents.",
        commenters=[["Brenda Loxley", "The hospice looked after my father in 2019. Nothing was too much trouble for them.", None],
                    ["Tom Kettering", "Same for my mum, Brenda. I'll be at the open day.", 0]],
        footer="The Marlowden Mercury, 14 Sheep Street, Marlowden · Published every Friday since 1872",
        blog_id=3, entry_id=9127, asset_id=15530, comment_id=60214, author_id=12)},
    (mp30, "TAGDIV"): {"en": dict(
        domain="tavishvalleygazette.example",
        top_menu=["About the Tavish Gazette", "Tip off the Gazette", "Family notices in the Gazette", "Advertise with the Gazette"],
        main_menu=["Marlowden now", "Shops and trade", "Tavish sport", "Faces of the valley", "Gazette comment", "Going out in Marlowden"],
        main_slugs=["now", "shops-trade", "sport", "faces", "comment", "going-out"],
        latest="Just in at the Gazette",
        footer_about="The Tavish Valley Gazette is an independent website for Marlowden and the Tavish valley, paid for by local firms and readers.",
        footer_mail="Email the Gazette:",
        footer_menu=["Gazette privacy", "Gazette terms of use", "How the Gazette works", "Meet the Gazette team"],
        copyright="© 2026 Tavish Valley Gazette Ltd. Covering the Tavish valley since 2019.",
        author_desc="Lorcan Medway covers shops, markets and business in Marlowden for the Tavish Valley Gazette.")},
    (mp51, "SUBSTACK_SITES"): {"The Hobb's Green Dispatch": dict(
        subdomain="hobbsgreendispatch", handle="nellfarrington", pub_id=4107723, user_id=311840527,
        description="A weekly letter from Hobb's Green about the school, the lanes and the people, written by a parent who used to be a local reporter.",
        bio="Parent of two at St Cuthwin's, former local reporter, counter of cars.",
        widget="The Hobb's Green Dispatch is free. Leave your email to get it every Tuesday, or chip in if you think it's worth a slice of cake a month.",
        share_caption="Know someone on the Church Lane school run? Send them this Dispatch.",
        commenters=[["Carys B.", "The zigzags are a car park by 8.40. Thank you for counting."],
                    ["Rob from the village hall", "Happy for parents to use our car park for park and stride. Just ask."]],
        owner="Nell Farrington",
        post_ids=[190221456, 189870134, 189402778, 188913305, 188477120, 188035962])},
    (mp51, "TEASERS"): {"en": TEASERS["en"]},
    (mp55, "ASTRO"): {"Tavish Watch": dict(
        domain="tavishwatch.example",
        nav=["The river", "Floods and drought", "Wildlife on the Tavish", "Tavish water quality", "Who farms the valley", "Watch long reads"],
        tagline="Independent, non-profit journalism about the river Tavish",
        support="Back our river reporting",
        author_line="{name} writes about the Tavish, its fish and the people who look after it for Tavish Watch.",
        nl_title="The Watch", nl_text="A Sunday email with everything we reported on the Tavish that week.",
        nl_button="Get the Watch on Sundays",
        footer_about="Tavish Watch is a two-person non-profit newsroom that reports on the river Tavish from source to sea.",
        footer_links=["About Tavish Watch", "Tavish Watch funders", "Tavish Watch corrections", "Republish a Tavish Watch story", "Tavish Watch and your data"],
        footer_address="Tavish Watch CIC, The Boathouse, Tavish Quay, Marlowden",
        cookie_title="Tavish Watch and cookies")},
    (mp31, "JANNAH"): {"Yeşilbayır Gündem": dict(
        domain="yesilbayirgundem.example",
        menu=["Yeşilbayır gündemi", "Köy haberleri", "Sağlık ve yaşam", "Yeşilbayır spor", "Kültür ve etkinlik", "Gündem okur mektupları", "Yeşilbayır taziye ilanları"],
        slugs=["gundem", "koy-haberleri", "saglik-yasam", "spor", "kultur-etkinlik", "okur", "taziye"],
        ad_title="Yeşilbayır esnafı katkılarıyla",
        recent="Gündem'de yeni eklenenler",
        about_title="Yeşilbayır Gündem kimdir",
        about="Yeşilbayır Gündem, 2018'den bu yana ilçenin ve 19 köyünün haberlerini yapan bağımsız bir haber sitesidir.",
        copyright="© 2026 Yeşilbayır Gündem. Haberlerimiz kaynak gösterilmeden kullanılamaz.",
        footer_menu=["Gündem'e yazın", "Gündem'de reklam", "Gündem yayın ilkeleri", "Gündem ve kişisel veriler"],
        author_desc="Serap Dumanlı, Yeşilbayır Gündem için sağlık, aile ve yaşlılık konularını izliyor.")},
    (mp28, "KIRBY"): {"de": dict(
        domain="www.hollerbrunner-bote.example",
        menu=["Hollerbrunn", "Wesseltal", "Gesundheit und Pflege im Wesseltal", "Den Boten unterstützen", "Wer den Boten schreibt"],
        menu_slugs=["stadt", "wesseltal", "gesundheit", "unterstuetzen", "redaktion"],
        published="Im Boten erschienen am", prev="Früherer Bericht", next="Späterer Bericht",
        about_head="Der Hollerbrunner Bote",
        about="Unabhängiges Nachrichtenportal für Hollerbrunn und das Wesseltal, getragen von 650 zahlenden Leserinnen und Lesern.",
        col_pages="Rubriken des Boten", col_more="Über den Hollerbrunner Boten",
        more=["Die Redaktion des Boten", "Der Bote und Ihre Daten", "Den Boten fördern", "Dem Boten etwas mitteilen"],
        more_slugs=["redaktion", "daten", "foerdern", "mitteilen"])},
    (mp48, "GATSBY"): {"Wesseltaler Tageblatt": dict(
        domain="wesseltaler-tageblatt.example", space="k7p2xq9m4v1b",
        menu=["Wesseltal heute", "Leben im Wesseltal", "Rathaus Hollerbrunn", "Kultur an der Wessel", "Sport im Wesseltal heute", "Kommentare des Tageblatts"],
        slugs=["heute", "leben", "rathaus", "kultur", "sport", "kommentare"],
        buttons=["Das Tageblatt als E-Paper", "Tageblatt im Abo"],
        teaser_label="Ebenfalls im Tageblatt",
        related_title="Weitere Berichte des Tageblatts",
        popular_title="Am meisten gelesen im Wesseltal",
        nl_title="Das Tageblatt am Mittag", nl_text="Was im Wesseltal passiert ist, jeden Werktag um zwölf in Ihrem Postfach.",
        nl_button="Mittagsausgabe bestellen", share_title="Tageblatt-Artikel teilen",
        footer_links=["Das Tageblatt stellt sich vor", "Kontakt zum Tageblatt", "Datenschutz beim Tageblatt", "Anzeigen im Tageblatt", "Tageblatt-Archiv"],
        footer_note="Das Wesseltaler Tageblatt erscheint seit 1951 montags bis samstags.")},
    (mp48, "R"): {"ad": R["ad"]},
    (mp34, "NUXT"): {"Wesseltal-Anzeiger am Morgen": dict(
        domain="wesseltal-anzeiger.example",
        menu=["Aus dem Wesseltal", "Ortsräte", "Leute im Tal", "Sport im Anzeiger", "Freizeit an der Wessel", "Anzeiger-Meinung"],
        slugs=["wesseltal", "ortsraete", "leute", "sport", "freizeit", "meinung"],
        topbar=["Digitale Zeitung", "Rätselseite des Anzeigers", "Trauer- und Glückwunschanzeigen des Anzeigers"],
        join="Anzeiger lesen", account="Mein Anzeiger",
        teaser_label="Gleich danach im Anzeiger", related_title="Mehr von der Anzeiger-Redaktion",
        popular_title="Was das Wesseltal liest", nl_title="Anzeiger zum Frühstück",
        nl_text="Die Meldungen aus dem Wesseltal in einer Morgenmail, kostenlos und werktags.",
        nl_button="Morgenmail bestellen", share_title="Anzeiger-Artikel versenden",
        footer_links=["Der Anzeiger über sich", "Hinweise an den Anzeiger", "Datenschutz des Anzeigers", "Werben im Anzeiger"],
        footer_note="Der Wesseltal-Anzeiger erscheint seit 1963 in Hollerbrunn, im Netz seit 2004.")},
    (mp34, "R"): {"ad": R["ad"]},
    (mp32, "ASTRA"): {"Le Courrier de la Sarrine": dict(
        domain="courrier-sarrine.example",
        tagline="Les nouvelles de Vaucroze et de la vallée de la Sarrine",
        menu=["Actualité de Vaucroze", "Santé et solidarité en Sarrine", "Écoles de la Sarrine", "Sport dans la vallée de la Sarrine", "Agenda du Courrier", "Vos lettres au Courrier"],
        slugs=["actualite", "sante-solidarite", "ecoles", "sport", "agenda", "lettres"],
        top_menu=["Passer une annonce dans le Courrier", "Envoyer une photo au Courrier", "Écrire à la rédaction du Courrier"],
        recent="Dernières parutions du Courrier",
        about_title="Le Courrier",
        about="Hebdomadaire indépendant de la vallée de la Sarrine, fait par trois journalistes et une trentaine de correspondants depuis 2009.",
        share_title="À partager :",
        footer_menu=["Le Courrier et vos données", "Les rectificatifs du Courrier", "Venir au Courrier"])},
    (mp77, "BEEHIIV_SITES"): {"La Feuille des Genêts": dict(
        sub="gazettedesgenets", colour="#6d5a2b",
        tagline="Le dimanche, des nouvelles des Genêts et de Vaucroze",
        nav=["Toutes les gazettes", "Agenda des Genêts", "Qui écrit la Gazette ?"],
        tags=["Les Genêts", "Patrimoine"],
        keep=[["Le dernier rémouleur de la Sarrine", "Il passe encore chaque printemps avec sa meule à pédale."],
              ["La crue de 1958, racontée par ceux qui l'ont vue", "Trois anciens se souviennent de la nuit où la Sarrine est sortie de son lit."],
              ["Pourquoi nos platanes perdent leurs feuilles en juillet", "Un forestier nous explique la maladie qui les touche."]],
        recommended=[["Les Carnets du Plateau", "Des nouvelles des fermes d'en haut, chaque mois"],
                     ["Cuisine de la Sarrine", "Une recette de saison tous les jeudis"]],
        footer="Écrite aux Genêts par un ancien instituteur et sa fille. Répondez à ce courriel pour nous écrire.",
        social=["gazettedesgenets", "gazette.genets"])},
    (mp74, "WPB_SITES"): {"El Cierzo Digital": dict(
        host="elcierzodigital.example", theme="cierzopress", color="#2d4b6b",
        tagline="Actualidad de Torrealba del Cierzo, Valdemiel y la vega del Cervunal",
        nav=["Actualidad de Torrealba", "Pueblos del Cervunal", "Deportes del Cierzo", "Campo y regadío del Cervunal", "Agenda del Cierzo", "Envía tu noticia al Cierzo"],
        cats=["Actualidad de Torrealba", "Sociedad en el Cervunal", "Agenda del Cierzo", "Mayores y salud"],
        tags=["mayores que viven solos", "servicios sociales de Torrealba"],
        about="El Cierzo Digital es un periódico independiente hecho en Torrealba por dos periodistas y una red de colaboradores de la vega.",
        links=["Quiénes hacemos El Cierzo", "Anúnciate en El Cierzo", "Colabora con El Cierzo", "Privacidad en El Cierzo"],
        copyright="Copyright © 2026 El Cierzo Digital S.L. Hecho en Torrealba del Cierzo.",
        cookie="El Cierzo usa cookies para recordar tus preferencias y saber qué noticias de la vega se leen. ¿Nos das permiso?")},
    (mp90, "WEBNODE_SITES"): {"AMPA Colegio Virgen del Cervunal": dict(
        host="ampa-virgen-tajuelo.webnode.es", colour="#3f7a3a", template="Meadow", handle="ampatajuelo",
        slogan="Familias del colegio de Valdemiel, trabajando juntas",
        menu=["Inicio del AMPA", "Noticias del AMPA", "Camino escolar", "Hazte socio del AMPA", "Contacto con la junta del AMPA"],
        blog="Noticias del AMPA", latest="Lo último del AMPA",
        contact_title="Escribe a la junta del AMPA",
        contact="AMPA Colegio Virgen del Cervunal, calle de las Eras 2, Valdemiel · ampa.tajuelo@example.org",
        copyright="© 2026 AMPA Colegio Virgen del Cervunal. Web hecha por familias voluntarias.",
        teasers=[["Mercadillo solidario de libros", "Lo recaudado irá a la biblioteca del cole."],
                 ["Nueva ruta del bicibús", "Sale los viernes desde la plaza a las 8.40."],
                 ["Taller de primeros auxilios", "Para familias, el 12 de noviembre en el gimnasio."]])},
    (mp75, "SH_SITES"): {"Липовский край": dict(
        host="story.lipovkrai.example", org="lipovsky-krai", theme="krai-classic",
        nav=["Главная «Липовского края»", "Длинные истории", "Старый Верхнелиповск", "Наши авторы"],
        links=["О проекте «Липовский край»", "Печатный альманах «Края»", "Cookie и данные в «Липовском крае»", "Написать авторам «Края»"],
        copyright="© 2026 «Липовский край». Истории о городе на Липовке.",
        banner="«Липовский край» использует cookie, чтобы знать, какие истории дочитывают до конца. Включим их только с вашего разрешения.")},
    (mp40, "STATAMIC"): {"Липовские вести": dict(
        domain="lipovskie-vesti.example",
        tagline="Новости Верхнелиповска и округа",
        menu=["Город на Липовке", "Здоровье и забота", "Люди округа", "Культура Верхнелиповска", "Полезные телефоны"],
        slugs=["gorod", "zdorovye", "lyudi", "kultura", "telefony"],
        buttons=["Свежий номер в PDF", "Поддержать «Липовские вести»"],
        related_title="Ещё в «Липовских вестях»",
        share_title="Отправить материал «Вестей» знакомым",
        nl_title="Рассылка «Липовских вестей»",
        nl_text="По пятницам — главное за неделю и афиша на выходные.",
        nl_button="Хочу получать по пятницам", nl_form="lipvesti_letter",
        footer_links=["Редакция «Вестей»", "Как стать автором «Вестей»", "Реклама в «Липовских вестях»", "Ваши данные и «Вести»"],
        footer_note="«Липовские вести» — сетевое издание Верхнелиповска, выходит с 2012 года.")},
    (mp49, "HEXO"): {"Липовские тетради": dict(
        domain="lipovskie-tetradi.example", comments="disqus", disqus="lipovskie-tetradi",
        subtitle="Разговоры с жителями Верхнелиповска и сёл на Липовке",
        owner="Авторы «Липовских тетрадей»",
        description="Некоммерческий блог, в котором две журналистки записывают разговоры с жителями округа.",
        pages=["Кто ведёт «Тетради»", "Поддержать «Липовские тетради»"], page_slugs=["about", "support"],
        reward="У «Тетрадей» нет рекламы и спонсоров. Если разговор вам понравился, поддержите нас любой суммой.",
        blogroll=[["Музей Верхнелиповска", "https://museum.verhnelipovsk.example/"],
                  ["Библиотека Ольховки", "https://olhovka-lib.example/"],
                  ["Клуб краеведов «Ольховка»", "https://kraeved-olhovka.example/"]],
        footer_note="«Липовские тетради» — волонтёрский проект, Верхнелиповск.",
        avatar_alt="Логотип «Липовских тетрадей»")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "blog_id", "country", "currency", "tld", "free", "phone", "email", "subdomain", "handle", "pub_id",
               "user_id", "post_ids", "space", "sub", "theme", "org", "template", "comments", "disqus", "menu_slugs", "slugs",
               "main_slugs", "more_slugs", "page_slugs", "entry_id", "asset_id", "comment_id", "author_id", "nl_form", "social"}

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
# the new layout: a blog post on a site made with the SITE123 website builder, as its servers send the page to a
# reader who has not yet answered the cookie notice -- an English community news site (Marlowden Community Voice)
# and a Turkish village association (Dutluca Köyü Kalkınma ve Dayanışma Derneği).  The head is what the builder
# writes: html with lang and dir, the page title ("post | site"), the content-type, X-UA-Compatible and viewport
# metas, description, the Open Graph and Twitter metas, the canonical link, the favicon and apple-touch icons served
# from the builder's upload CDN (images.cdn-files-a.com/uploads/<website id>/...), the preconnects to its static
# hosts, the bundled Bootstrap 3 and Font Awesome stylesheets, the site's generated websiteCSS.css (with the website
# id and version in the query string), the site's Google Font, a <style> block with the template's colour rules,
# and the inlined website config object the builder's scripts read (var s123Config = {...}: website id, language,
# direction, module ids, the cookie notice switch, the lazy-loading threshold, the CDN hosts), then the Google
# Analytics tag.  The body is body.s123-website (with the page-type, menu and template classes and data-website-id)
# with the fixed top menu (nav#mainNav.navbar.navbar-default.navbar-fixed-top: the brand, the navbar-toggle with
# its icon-bar spans, ul.nav.navbar-nav.s123-menu with li.s123-menu-item links -- s123-fast-page-load --, and the
# li.dropdown.s123-drop-menu holding the pages that do not fit); the blog post page (section.s123-module
# .s123-module-blog.s123-page-data with data-module-id and data-module-type-id, div.container > div.row >
# div.col-xs-12.col-md-10.col-md-offset-1: h1.blog-post-title, the post meta line -- div.blog-post-info with the
# date and the category link, each with its s123-icon-converter <i> --, the post image in its lightbox link
# (a.s123-lightbox[data-rel=lightcase] > img.lazyload with data-src and a tiny placeholder), the article text in
# div.blog-content.s123-text (residue the owner pasted sits among its paragraphs), the s123 share buttons
# (div.s123-share-buttons with the builder's Facebook, X, WhatsApp, LinkedIn and email links), and the tags);
# then the "more articles" section (section.s123-module.s123-module-blog.s123-more-articles: three tiles, each a
# col-sm-4 with its lazy image, title and date); the site's footer (footer.global_footer: the site's footer text,
# its social links and copyright line), the builder's badge (div.s123-created-by > a "Website created by" with
# the SITE123 logo), the cookie notice (div#cookieNotificationBar.s123-cookie-notice with the site's text, its
# privacy link and the accept button), and the builder's scripts (jquery, bootstrap, lazysizes, the website's
# s123 scripts, each deferred, and the inline starter that lazy-loads the images and wires the share buttons).
# The builder's own strings (SITE123_CORE: "More Articles", "Share", "Accept", the badge, the menu's "More",
# "Toggle navigation", months) are left as it ships them and not checked; the sites' own strings (SITE123_SITES)
# are.
# --------------------------------------------------------------------------
SITE123_VERSION = "r268"
SITE123_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", months=["January", "February", "March", "April", "May", "June", "July",
                                                           "August", "September", "October", "November", "December"],
               date="{m} {d}, {y}", more="More", toggle="Toggle navigation", more_articles="More Articles", share="Share",
               accept="Accept", badge="Website created by", read_more="Read More", tags="Tags"),
    "tr": dict(html_lang="tr", og_locale="tr_TR", months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz",
                                                           "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
               date="{d} {m} {y}", more="Daha fazla", toggle="Menüyü aç/kapat", more_articles="Daha Fazla Makale", share="Paylaş",
               accept="Kabul et", badge="Web sitesini oluşturan", read_more="Devamını oku", tags="Etiketler"),
}
SITE123_SITES = {
    "Marlowden Community Voice": dict(
        lang="en", host="www.marlowdenvoice.example", website_id=6194027, colour="#1f6f78", ga="G-MCV7T2K9PD",
        font="Lora", logo="voice-logo.png",
        nav=["Voice home", "Community news", "What's on in Marlowden", "Volunteering", "About Marlowden Community Voice", "Contact the Voice", "Advertise with the Voice"],
        posts=["Marlowden Quakers open their garden to the town", "Hobb's Green litter pick fills forty bags",
               "New chairs for the Sallowby lunch club", "Tanners Row mural finished at last"],
        footer="Marlowden Community Voice is written by volunteers for the people of Marlowden and the Tavish villages.",
        address="Marlowden Community Voice · c/o The Old Forge, Tanners Row, Marlowden · hello@marlowdenvoice.example",
        rights="Copyright © 2026 Marlowden Community Voice, all rights reserved",
        cookie="The Voice uses cookies so the site works properly and so we can count our readers.",
        cookie_link="Read the Voice's privacy notice",
        social=["facebook.com/marlowdenvoice", "instagram.com/marlowdenvoice"],
        tags=["repair café", "Quaker meeting house"]),
    "Dutluca Köyü Kalkınma ve Dayanışma Derneği": dict(
        lang="tr", host="www.dutlucakoyu.example", website_id=7302216, colour="#7a4b1e", ga="G-DKD3Y8R1QW",
        font="Merriweather", logo="dutluca-logo.png",
        nav=["Dutluca ana sayfa", "Dutluca'dan haberler", "Dutluca köy konağı", "Derneğimiz", "Bağış yapın", "Dernekle iletişim", "Dutluca'nın tarihi"],
        posts=["Dutluca'da imece ile çeşme onarıldı", "Köyümüzün gençleri için bilgisayar kursu",
               "Gurbetçi hemşehrilerimizle yaz buluşması", "Köy yolunun kenarına 200 ceviz fidanı dikildi"],
        footer="Dutluca Köyü Kalkınma ve Dayanışma Derneği, köyümüzün bugünü ve yarını için 2009'da kuruldu.",
        address="Dutluca Köyü Kalkınma ve Dayanışma Derneği · Köy Meydanı No: 3, Dutluca, Yeşilbayır · dernek@dutlucakoyu.example",
        rights="Telif hakkı © 2026 Dutluca Köyü Kalkınma ve Dayanışma Derneği, tüm hakları saklıdır",
        cookie="Derneğimizin sitesi, düzgün çalışması ve ziyaretçi sayısını görmemiz için çerez kullanır.",
        cookie_link="Dernek sitesinin gizlilik metni",
        social=["facebook.com/dutlucakoyu", "instagram.com/dutlucakoyu"],
        tags=["Dutluca köy konağı", "Dutluca köy kütüphanesi"]),
}
SITE123_EXEMPT = {"lang", "host", "website_id", "colour", "ga", "font", "logo", "social"}
SITE123_LOOKS = ("dropcap", "bold", "italic", "highlight", "box", "br")
S123_SHARE = (("facebook", "https://www.facebook.com/sharer/sharer.php?u={u}", "Facebook"),
              ("x", "https://x.com/intent/tweet?url={u}", "X"),
              ("whatsapp", "https://api.whatsapp.com/send?text={u}", "WhatsApp"),
              ("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url={u}", "LinkedIn"),
              ("envelope", "mailto:?body={u}", "Email"))
S123_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def s123_date(lang, iso):
    d = datetime.date.fromisoformat(iso)
    c = SITE123_CORE[lang]
    return c["date"].format(m=c["months"][d.month - 1], d=d.day, y=d.year)


def s123_block(kind, val):
    """A block of the story as the owner typed it into the post's text editor."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h3>%s</h3>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_site123(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = SITE123_CORE[lang], SITE123_SITES[site]
    base = "https://" + s["host"]
    wid = s["website_id"]
    cdn = "https://images.cdn-files-a.com/uploads/%d" % wid
    post_slug = wp_slug(art["title"], 70)
    url = "%s/blog/%s" % (base, post_slug)
    blocks, n = art["blocks"], len(art["blocks"])
    img = "%d_%s.jpg" % (rng.randint(10**9, 2 * 10**9), "%012x" % rng.getrandbits(48))
    module_id = "%024x" % rng.getrandbits(96)
    post_id = "%024x" % rng.getrandbits(96)
    more_id = "%024x" % rng.getrandbits(96)
    cat = art["section"]
    cat_id = rng.randint(100000, 999999)
    # the story, with the residue the owner pasted among its paragraphs, in the post's text block
    parts = []
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(s123_block(*blocks[i]))
    content = "\n".join(parts)
    first, rest = s["nav"][:5], s["nav"][5:]
    nav = "\n".join('<li class="s123-menu-item%s"><a href="%s" class="s123-fast-page-load" data-anchor="%s">%s</a></li>'
                    % (" active" if k == 1 else "", "/" if k == 0 else "/" + wp_slug(x, 40), wp_slug(x, 40) or "home", E(x))
                    for k, x in enumerate(first))
    drop = "\n".join('<li><a href="/%s" class="s123-fast-page-load">%s</a></li>' % (wp_slug(x, 40), E(x)) for x in rest)
    share = "\n".join('<a class="s123-share-btn s123-share-%s" href="%s" target="_blank" rel="noopener" title="%s"><i class="svg-m s123-icon-converter" data-icon-name="%s" alt="%s" style="mask: url(\'https://cdn-cms-s-8-4.f-static.net/files/font-awesome-4.7/%s.svg?v=y84611\');"></i></a>'
                      % (k, A(h.format(u=url)), A(t), k, A(t), k) for k, h, t in S123_SHARE)
    tiles = "\n".join(f'''<div class="col-xs-12 col-sm-4 blog-more-article">
<a href="/blog/{wp_slug(t, 70)}" class="s123-fast-page-load">
<div class="blog-more-article-image"><img class="lazyload" src="{S123_PIXEL}" data-src="{cdn}/{rng.randint(10**9, 2 * 10**9)}_{"%012x" % rng.getrandbits(48)}.jpg?width=400&amp;height=250" alt="{A(t)}"></div>
<h4 class="blog-more-article-title">{E(t)}</h4>
<span class="blog-more-article-date">{E(s123_date(lang, days_before(art["date"], 5 + 9 * k)))}</span>
</a>
</div>''' for k, t in enumerate(s["posts"][:3]))
    social = "\n".join('<a href="https://%s" target="_blank" rel="noopener" class="social-icon"><i class="svg-m s123-icon-converter" data-icon-name="%s" alt="%s"></i></a>'
                       % (A(x), x.split(".")[0], x.split(".")[0]) for x in s["social"])
    tags = " ".join('<a href="/blog?tag=%s" class="blog-tag">%s</a>' % (wp_slug(t, 40), E(t)) for t in s["tags"])
    cfg = {"websiteID": wid, "language": c["html_lang"], "direction": "ltr", "pageType": "blog", "moduleID": module_id,
           "itemID": post_id, "menuPosition": "top", "menuFixed": True, "cookieNotice": True,
           "lazyLoad": {"threshold": 400, "placeholder": "pixel"}, "imagesCDN": "images.cdn-files-a.com",
           "staticCDN": "cdn-cms-s-8-4.f-static.net", "templateID": 3117, "version": SITE123_VERSION,
           "fastPageLoad": True, "shareButtons": ["facebook", "x", "whatsapp", "linkedin", "email"]}
    desc = art["sub"]
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" dir="ltr">
<head>
<title>{E(art["title"])} | {E(site)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0">
<meta name="description" content="{A(desc)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(desc)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{cdn}/{img}?width=1200&amp;height=630&amp;crop=center">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:locale" content="{c["og_locale"]}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{A(art["title"])}">
<meta name="twitter:image" content="{cdn}/{img}?width=1200&amp;height=630&amp;crop=center">
<link rel="canonical" href="{url}">
<link rel="icon" type="image/png" href="{cdn}/favicon.png?width=32&amp;height=32">
<link rel="apple-touch-icon" href="{cdn}/favicon.png?width=180&amp;height=180">
<link rel="preconnect" href="https://cdn-cms-s-8-4.f-static.net" crossorigin>
<link rel="preconnect" href="https://images.cdn-files-a.com" crossorigin>
<link rel="dns-prefetch" href="https://fonts.googleapis.com">
<link rel="stylesheet" href="https://cdn-cms-s-8-4.f-static.net/files/vendor/bootstrap-3.4.1/css/bootstrap.min.css?v=y84611">
<link rel="stylesheet" href="https://cdn-cms-s-8-4.f-static.net/files/font-awesome-4.7/css/font-awesome.min.css?v=y84611">
<link rel="stylesheet" href="https://cdn-cms-s-8-4.f-static.net/versions/2/css/websiteCSS.css?w={wid}&amp;orderScreen=&amp;websiteID={wid}&amp;onlyContent=&amp;tranW=&amp;v=css_{SITE123_VERSION}_{rng.randint(1000, 9999)}">
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family={s["font"]}:400,400i,700&amp;display=swap">
<style>
:root {{ --s123-main-color: {s["colour"]}; --s123-font: '{s["font"]}', serif; }}
body.s123-website {{ font-family: var(--s123-font); }}
#mainNav.navbar-default {{ background-color: #ffffff; border-bottom: 3px solid {s["colour"]}; }}
.s123-menu-item.active > a, .s123-menu-item > a:hover {{ color: {s["colour"]} !important; }}
.blog-post-title {{ color: {s["colour"]}; font-weight: 700; }}
.s123-share-btn {{ background-color: {s["colour"]}; }}
.s123-cookie-notice {{ position: fixed; bottom: 0; left: 0; right: 0; z-index: 1040; background: rgba(0,0,0,.85); color: #fff; padding: 15px 20px; }}
</style>
<script>
var s123Config = {json.dumps(cfg, ensure_ascii=False)};
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id={s["ga"]}"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date());
gtag('config', '{s["ga"]}', {{ 'anonymize_ip': true }});
</script>
</head>
<body class="s123-website s123-page-blog s123-page-blog-item s123-menu-top s123-menu-fixed s123-template-{cfg["templateID"]} s123-lang-{c["html_lang"]}" data-website-id="{wid}" data-page-type="blog">
<nav class="navbar navbar-default navbar-fixed-top s123-fixed-top" id="mainNav" role="navigation">
<div class="container-fluid">
<div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#s123-navbar-collapse" aria-expanded="false">
<span class="sr-only">{E(c["toggle"])}</span>
<span class="icon-bar"></span>
<span class="icon-bar"></span>
<span class="icon-bar"></span>
</button>
<a class="navbar-brand s123-fast-page-load" href="/"><img class="s123-logo" src="{cdn}/{s["logo"]}?width=260&amp;height=80" alt="{A(site)}"></a>
</div>
<div class="collapse navbar-collapse" id="s123-navbar-collapse">
<ul class="nav navbar-nav navbar-right s123-menu">
{nav}
<li class="dropdown s123-drop-menu">
<a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">{E(c["more"])} <span class="caret"></span></a>
<ul class="dropdown-menu">
{drop}
</ul>
</li>
</ul>
</div>
</div>
</nav>
<div id="s123-page-wrapper">
<section id="section-{module_id}" class="s123-module s123-module-blog s123-page-data s123-page-data-blog layout-1" data-module-id="{module_id}" data-module-type-id="18" data-item-id="{post_id}">
<div class="container">
<div class="row">
<div class="col-xs-12 col-md-10 col-md-offset-1">
<h1 class="blog-post-title s123-page-header">{E(art["title"])}</h1>
<div class="blog-post-info">
<span class="blog-post-date"><i class="svg-m s123-icon-converter" data-icon-name="calendar" alt="calendar"></i> {E(s123_date(lang, art["date"]))}</span>
<span class="blog-post-category"><i class="svg-m s123-icon-converter" data-icon-name="folder-open" alt="folder-open"></i> <a href="/blog?category={cat_id}" class="s123-fast-page-load">{E(cat)}</a></span>
</div>
<div class="blog-post-image">
<a href="{cdn}/{img}" class="s123-lightbox" data-rel="lightcase:blog-{post_id}" title="{A(art["caption"])}">
<img class="img-responsive lazyload" src="{S123_PIXEL}" data-src="{cdn}/{img}?width=1140&amp;height=640&amp;crop=center" alt="{A(art["caption"])}">
</a>
</div>
<div class="blog-content s123-text">
{content}
</div>
<div class="blog-post-tags"><span class="blog-post-tags-title">{E(c["tags"])}:</span> {tags}</div>
<div class="s123-share-buttons">
<span class="s123-share-title">{E(c["share"])}</span>
{share}
</div>
</div>
</div>
</div>
</section>
<section id="section-{more_id}" class="s123-module s123-module-blog s123-more-articles" data-module-id="{more_id}" data-module-type-id="18">
<div class="container">
<h3 class="s123-more-articles-title">{E(c["more_articles"])}</h3>
<div class="row">
{tiles}
</div>
</div>
</section>
</div>
<footer class="global_footer footer_1" id="s123-footer">
<div class="container">
<div class="row">
<div class="col-xs-12 col-sm-8">
<p class="footer-about">{E(s["footer"])}</p>
<p class="footer-contact">{E(s["address"])}</p>
</div>
<div class="col-xs-12 col-sm-4 text-right footer-social">
{social}
</div>
</div>
<div class="row"><div class="col-xs-12"><p class="footer-copyright">{E(s["rights"])}</p></div></div>
</div>
</footer>
<div class="s123-created-by" id="s123-website-created-by">
<a href="https://www.site123.com/?utm_source=badge&amp;utm_medium=website&amp;utm_campaign={wid}" target="_blank" rel="nofollow noopener"><span>{E(c["badge"])}</span> <img src="https://cdn-cms-s-8-4.f-static.net/files/images/site123-logo-badge.svg?v=y84611" alt="SITE123" width="70" height="16"></a>
</div>
<div id="cookieNotificationBar" class="s123-cookie-notice" role="dialog" aria-live="polite" style="display:none;">
<div class="container">
<p class="s123-cookie-text">{E(s["cookie"])} <a href="/privacy-policy" class="s123-fast-page-load">{E(s["cookie_link"])}</a></p>
<button type="button" class="btn btn-primary s123-cookie-accept" id="acceptCookieNotification">{E(c["accept"])}</button>
</div>
</div>
<script src="https://cdn-cms-s-8-4.f-static.net/files/vendor/jquery-3.6.4.min.js?v=y84611"></script>
<script src="https://cdn-cms-s-8-4.f-static.net/files/vendor/bootstrap-3.4.1/js/bootstrap.min.js?v=y84611" defer></script>
<script src="https://cdn-cms-s-8-4.f-static.net/files/vendor/lazysizes-5.3.2/lazysizes.min.js?v=y84611" async></script>
<script src="https://cdn-cms-s-8-4.f-static.net/files/vendor/lightcase-2.5.0/lightcase.min.js?v=y84611" defer></script>
<script src="https://cdn-cms-s-8-4.f-static.net/versions/2/js/website.min.js?w={wid}&amp;v=js_{SITE123_VERSION}" defer></script>
<script>
window.lazySizesConfig = window.lazySizesConfig || {{}};
window.lazySizesConfig.expand = s123Config.lazyLoad.threshold;
document.addEventListener('DOMContentLoaded', function () {{
  if (window.S123 && S123.init) {{ S123.init(s123Config); }}
  if (!document.cookie.match(/s123_cookie_notice=1/)) {{ document.getElementById('cookieNotificationBar').style.display = 'block'; }}
  $('#acceptCookieNotification').on('click', function () {{ document.cookie = 's123_cookie_notice=1; max-age=31536000; path=/'; $('#cookieNotificationBar').fadeOut(); }});
  $('a[data-rel^=lightcase]').lightcase({{ maxWidth: 1600, maxHeight: 1200 }});
}});
</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (SITE123's text editor and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"site123": ["share", "related"]}  # (the share buttons and the "more articles" tiles)
for _mod, _names in ((mp29, ["grav"]), (mp25, ["movabletype"]), (mp30, ["tagdiv"]), (mp51, ["substackpub"]),
                     (mp55, ["astro"]), (mp31, ["jannah"]), (mp28, ["kirby"]), (mp48, ["gatsby"]), (mp34, ["nuxt"]),
                     (mp32, ["astra"]), (mp77, ["beehiiv"]), (mp74, ["wpbakery"]), (mp90, ["webnode"]),
                     (mp75, ["shorthand"]), (mp40, ["statamic"]), (mp49, ["hexo"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "deathcafe", "keysafes", "carseatchecks"]
NEW_FAMILIES = ["deathcafe", "keysafes", "carseatchecks"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them)
NEW_FAMILY_WORDS = {"deathcafe": ["deathcafe", "death café", "death cafe", "death-café", "café mortel", "trauercafé"],
                    "keysafes": ["keysafes", "key safe", "key-safe", "keysafe", "anahtar kasası", "caja de llaves",
                                 "cajas de llaves", "ключниц", "schlüsseltresor"],
                    "carseatchecks": ["carseatchecks", "car seat check", "car-seat check", "child car seat", "child car-seat",
                                      "kindersitz", "siège auto", "sièges auto", "sillas de coche", "silla de coche"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small association's or a village website would not carry (no newsroom to credit a photograph to, to
# update a story or to have reporters, no adverts, app or paywall)
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
    "cookie": ['<div class="thirdparty-gate-w1"><p class="thirdparty-gate-w1__msg">%s</p><button class="thirdparty-gate-w1__ok" type="button">Agree</button></div>',
               '<p class="embed-blocked-w1">%s</p>', '<div><span style="font-size:12px">%s</span></div>'],
    "newsletter": ['<div class="teatime-signup-w1"><p class="teatime-signup-w1__pitch">%s</p><a class="teatime-signup-w1__go" href="/signup/teatime">Sign up</a></div>',
                   '<p class="meter-left-w1">%s</p>', '<h6 class="teatime-head-w1">%s</h6>'],
    "share": ['<ul class="tell-town-w1">{items}</ul>', '<div class="tell-town-strip-w1">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="supplied-img-w1">%s</p>', '<span class="supplied-chip-w1">%s</span>', '<div><em><small>%s</small></em></div>'],
    "copyright": ['<p class="no-reuse-w1">%s</p>', '<div class="rights-strip-w1"><small>%s</small></div>', '<p style="font-size:11px">%s</p>'],
    "section": ['<p class="where-filed-w1">%s</p>', '<h6 class="filed-label-w1">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="fleuron-rule-w1">%s</p>', '<div class="dot-divider-w1">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="extra-reporting-w1">%s</p>', '<div class="team-credit-w1">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-echo-w1"><b>%s</b></p>', '<h2 class="headline-dup-w1">%s</h2>', '<h4>%s</h4>'],
    "ad": ['<div class="sponsor-slot-w1">%s</div>', '<p class="resumes-after-w1">%s</p>', '<div><span style="font-size:11px">%s</span></div>'],
    "continue": ['<p class="keep-reading-w1"><a href="#more">%s</a></p>', '<div class="expand-report-w1">%s</div>', '<div><a href="#more"><b>%s</b></a></div>'],
    "comments": ['<p class="had-say-w1"><a href="#respond">%s</a></p>', '<div class="say-count-w1">%s</div>', '<p><a href="#respond">%s</a></p>'],
    "readtime": ['<p class="mins-read-w1">%s</p>', '<span class="mins-chip-w1">%s</span>', '<div><span style="font-size:12px">%s</span></div>'],
    "updated": ['<p class="revised-on-w1"><time>%s</time></p>', '<div class="revised-stamp-w1">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-w1"><button class="read-aloud-w1__btn" type="button" aria-label="Listen"></button><span class="read-aloud-w1__txt">%s</span></div>',
              '<p class="listen-link-w1"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-box-w1"><p>%s</p></aside>', '<p class="amend-line-w1"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="pocket-app-w1"><p class="pocket-app-w1__txt">%s</p><a class="pocket-app-w1__dl" href="/get-app">&#8595;</a></div>',
            '<p class="app-nudge-w1">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="byline-card-w1"><p class="byline-card-w1__txt">%s</p></div>', '<p class="writer-note-w1"><em>%s</em></p>', '<div><span style="font-size:12px">%s</span></div>'],
    "tip": ['<div class="got-story-w1"><p>%s</p></div>', '<p class="call-team-w1">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="error-spot-w1"><p>%s</p></div>', '<p class="ctrl-enter-w1">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="device-alerts-w1"><p class="device-alerts-w1__ask">%s</p></div>', '<ul class="alert-buttons-w1">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="report-tools-w1">{items}</ul>', '<p class="tools-line-w1">%s</p>', '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="useful-rate-w1"><p class="useful-rate-w1__q">%s</p></div>', '<ul class="useful-opts-w1">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="code-note-w1"><p>%s</p></div>', '<p class="complain-line-w1"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="filed-under-w1"><span class="filed-under-w1__txt">%s</span></div>', '<ul class="filed-list-w1">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="star-save-w1"><a class="star-save-w1__a" href="#save">%s</a></div>', '<p class="save-report-w1"><a href="#save">%s</a></p>',
                 '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="have-say-w1"><p class="have-say-w1__q">%s</p><button class="have-say-w1__vote" type="button">Vote</button></div>',
             '<ul class="have-say-opts-w1">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/W{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/W{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-w1"><a class="clip-facade-w1__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({cafelist}: the meet-ups with date, venue and host, and tea and cake,
    # booking and what it is not, as a list; {caferows}: the meet-ups as a table; {cafedl}: tea and cake, booking and
    # what it is not as a definition list; {keylist}, {keyrows}, {keydl}: who qualifies, the cost and the fitters, and
    # the code and how to apply; {seatlist}, {seatrows}, {seatdl}: the check sessions, and what to bring, booking and
    # cost)
    "deathcafe": ['<div class="talk-death-w1"><h4 class="talk-death-w1__hd">%s</h4><ul class="talk-death-w1__list">{cafelist}</ul></div>',
                  '<div class="cafe-dates-w1"><p class="cafe-dates-w1__hd"><strong>%s</strong></p><table class="cafe-dates-w1__tbl">{caferows}</table></div>',
                  '<p class="cafe-join-w1"><a href="/kalender/death-cafe">%s</a></p>',
                  '<div class="cafe-card-w1"><h5 class="cafe-card-w1__hd">%s</h5><dl class="cafe-card-w1__dl">{cafedl}</dl></div>'],
    "keysafes": ['<aside class="keysafe-scheme-w1"><h4 class="keysafe-scheme-w1__hd">%s</h4><ul class="keysafe-scheme-w1__list">{keylist}</ul></aside>',
                 '<div class="keysafe-table-w1"><p class="keysafe-table-w1__hd"><b>%s</b></p><table class="keysafe-table-w1__tbl">{keyrows}</table></div>',
                 '<p class="keysafe-apply-w1"><a class="keysafe-apply-w1__a" href="/servicios-sociales/caja-de-llaves">%s</a></p>',
                 '<div class="keysafe-card-w1"><h5 class="keysafe-card-w1__hd">%s</h5><dl class="keysafe-card-w1__dl">{keydl}</dl></div>'],
    "carseatchecks": ['<div class="seat-check-w1"><h4 class="seat-check-w1__hd">%s</h4><ul class="seat-check-w1__list">{seatlist}</ul></div>',
                      '<div class="seat-dates-w1"><p class="seat-dates-w1__hd"><strong>%s</strong></p><table class="seat-dates-w1__tbl">{seatrows}</table></div>',
                      '<p class="seat-book-w1"><a class="seat-book-w1__btn" role="button" href="/prevention-routiere/sieges-auto">%s</a></p>',
                      '<div class="seat-card-w1"><h5 class="seat-card-w1__hd">%s</h5><dl class="seat-card-w1__dl">{seatdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <span style="font-size:12px">– %s</span>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/signup/teatime"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> / ']),
          "deathcafe": (0.0, [' <a href="/kalender/death-cafe"><strong>%s</strong></a>']),
          "keysafes": (0.0, ['<br><a href="/servicios-sociales/caja-de-llaves"><b>%s</b></a>']),
          "carseatchecks": (0.0, [' <a class="btn" href="/prevention-routiere/sieges-auto"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "deathcafe": 2, "keysafes": 2, "carseatchecks": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="pasted-pic-w1"><img src="/media/{id}-extra.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-img.jpg" alt="" width="600"><br><span style="font-size:12px">{cap} · {cr}</span></p>']
RELATED_STYLES = ['<div class="along-tavish-w1"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="nearby-reads-w1"><p class="nearby-reads-w1__hd">%s</p><ul>%s</ul></aside>',
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




# the tables' heads (CAFE_HEAD, KEY_HEAD, SEAT_HEAD, above), as the web teams left them (not checked)


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
    if "{cafe" in style:
        out = (out.replace("{cafelist}", "".join('<li><strong>%s</strong> · %s · %s</li>' % tuple(esc(x) for x in r) for r in CAFE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CAFE_INFO[lang]))
               .replace("{caferows}", table(CAFE_HEAD[lang], CAFE_ROWS[lang])).replace("{cafedl}", dl(CAFE_INFO[lang])))
    if "{key" in style:
        out = (out.replace("{keylist}", "".join('<li><strong>%s:</strong> %s</li>' % tuple(esc(x) for x in r) for r in KEY_ROWS[lang] + KEY_INFO[lang]))
               .replace("{keyrows}", table(KEY_HEAD[lang], KEY_ROWS[lang] + KEY_INFO[lang])).replace("{keydl}", dl(KEY_ROWS[lang] + KEY_INFO[lang])))
    if "{seat" in style:
        out = (out.replace("{seatlist}", "".join('<li><strong>%s</strong>, %s (%s)</li>' % tuple(esc(x) for x in r) for r in SEAT_ROWS[lang])
                           + "".join('<li><b>%s</b> – %s</li>' % (esc(k), esc(v)) for k, v in SEAT_INFO[lang]))
               .replace("{seatrows}", table(SEAT_HEAD[lang], SEAT_ROWS[lang])).replace("{seatdl}", dl(SEAT_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "deathcafe": rng.choice([mid, n, n]),
               "keysafes": rng.choice([mid, n]), "carseatchecks": rng.choice([0, mid, n])}.get(fam, mid)
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
# a first letter the owner enlarged in SITE123's text editor (font size, float and colour on a span); Gutenberg's
# drop cap class on Astra
DROPCAP = {"site123": ("span", '<span style="float: left; font-size: 52px; line-height: 44px; padding: 4px 8px 0 0; color: #1f6f78;">%s</span>'),
           "astra": ("class", "has-drop-cap")}
# a coloured box the owner drew in SITE123's editor around a subheading and its paragraph; Jannah's box shortcode
BOX = {"site123": ("wrap", '<div style="background-color: #eef6f6; border-left: 4px solid #1f6f78; padding: 12px 18px; margin: 15px 0;">\n', "\n</div>"),
       "jannah": ("wrap", '<div class="box info  "><div class="box-inner-block"><span class="fa tie-shortcode-boxicon"></span>\n', "\n</div></div>")}
# Grav's markdown-notices plugin around a subheading and its list
FACTBOX = {"grav": ("wrap", '<div class="notices blue">\n', "\n</div>")}
# WPBakery's message box element around a paragraph
CALLOUT = {"wpbakery": ('<div class="vc_message_box vc_message_box-standard vc_message_box-rounded vc_color-warning">'
                        '<div class="vc_message_box-icon"><i class="fas fa-exclamation-triangle"></i></div><p>', "</p></div>")}
BOLD = {}
ITALIC = {}
# a highlight: the text editor's background colour on SITE123; a <mark> elsewhere
HIGHLIGHT = {"site123": ('<span style="background-color: rgb(255, 240, 165);">', "</span>")}


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
# templates: site123 is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"site123": tpl_site123, "grav": mp29.tpl_grav, "movabletype": mp25.tpl_movabletype, "tagdiv": mp30.tpl_tagdiv,
                 "substackpub": mp51.tpl_substackpub, "astro": mp55.tpl_astro, "jannah": mp31.tpl_jannah,
                 "kirby": mp28.tpl_kirby, "gatsby": mp48.tpl_gatsby, "nuxt": mp34.tpl_nuxt, "astra": mp32.tpl_astra,
                 "beehiiv": mp77.tpl_beehiiv, "wpbakery": mp74.tpl_wpbakery, "webnode": mp90.tpl_webnode,
                 "shorthand": mp75.tpl_shorthand, "statamic": mp40.tpl_statamic, "hexo": mp49.tpl_hexo}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h100), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "site123"
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"substackpub": (mp51, "SUBSTACK_SITES"), "astro": (mp55, "ASTRO"), "jannah": (mp31, "JANNAH"),
              "gatsby": (mp48, "GATSBY"), "nuxt": (mp34, "NUXT"), "astra": (mp32, "ASTRA"), "beehiiv": (mp77, "BEEHIIV_SITES"),
              "wpbakery": (mp74, "WPB_SITES"), "webnode": (mp90, "WEBNODE_SITES"), "shorthand": (mp75, "SH_SITES"),
              "statamic": (mp40, "STATAMIC"), "hexo": (mp49, "HEXO")}


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
            rng = random.Random("newsflow-heldout101-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI101[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 101) for x in ("en", "intl")]
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
    # layouts: site123 (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # at least MIN_FRESH of the earlier layouts are used by none of h97 .. h100
    fresh = [t for t in tpls if t != NEW_LAYOUT and not any(a["tpl"] == t for mod in FRESH_PARTS for a in mod.ARTICLES)]
    if len(fresh) < MIN_FRESH:
        problems.append("%d earlier layouts that h97 .. h100 did not use (want %d or more)" % (len(fresh), MIN_FRESH))
    # an earlier layout is not on a page in a language h99 or h100 gave it
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
    # the site123 pages: a site of SITE123_SITES in its own language (SITE123_CORE); of the looks only those the
    # builder's text editor sets (a drop cap, bold, italics, a highlight, a group box, a line break); the later
    # layouts keyed by site name: a site this part adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in SITE123_SITES or a["lang"] not in SITE123_CORE
                                       or SITE123_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in SITE123_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: site123 page needs a SITE123 site in its language and the text editor's looks only" % a["id"])
        if a["tpl"] in LATEST_NEW_LAYOUTS:
            problems.append("%s: %s is the layout an earlier part introduced most recently" % (a["id"], a["tpl"]))
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
    site123_sites = [{k: v for k, v in d.items() if k not in SITE123_EXEMPT} for d in SITE123_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (SITE123_CORE, CAFE_HEAD, KEY_HEAD and SEAT_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SITE123_SITES", site123_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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







