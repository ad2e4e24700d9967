#!/usr/bin/env python3
"""Hundred-and-fourth held-out part (h104-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout104.py           # write pages/h104-*.html
    python benchmarks/data/extraction/make_heldout104.py --check   # verify pages/h104-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout104.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout103.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout102.py and make_heldout101.py (themselves on make_heldout100.py): build() -> (pages, truth,
meta) and verify(pages, truth) -> problems, with the same signatures, so that make_pages.py can import this module
and merge it the same way.  The page ids carry a three-digit part number (h104-en-001 ...): nothing here slices an
id by position, the seed is the whole id, and verify() builds the expected ids from PART.
Stories are in articles_h104_en.py / articles_h104_intl.py (fictional local and regional outlets, two LiveJournal
communities, a volunteer news site, a weekly paper, a not-for-profit newsroom, a district council's newsroom, a
village website, a town wiki, a municipality's press office, a village cooperative's paper, a hamlet's association,
the French service of a regional broadcaster, a regional TV station, a town administration's portal and a ski club,
in invented places -- Dunstow on the Tarrant with Fellgate, Brackley Moor, Oakhanger and Wyke St Ebba, Karlıyayla
with Meşedere, Kaltenbrunn in the Hollertal with Tannried and Oberweiler, Montfrênes on the Lisère with the hamlet of
Les Bruyères, Valdenieve with La Umbría, Снегирёвск on the Ледянка with Заозерье --; every name and number invented;
a winter of ice, snow and cold in all six).  The residue wordings -- thirty of the generic families of the earlier
parts (one wording each in every language, two for the newsletter, whose first is the pitch run into a paragraph,
and for the embed) plus three new ones -- their wrapper class names, related headlines and teasers, site names, the
sites' own strings in the earlier layouts and the furniture strings are new here: verify() refuses to build if one
reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines,
tags or site names of make_heldout2..102, if a wrapper class name of an earlier part recurs, if a "new" family is
already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an
earlier part (h101 and h102 included) recurs, if a headline is also a story paragraph, or if a body is outside
150-400 words.  The earlier families placed only for a reason in a story (calendar, map, gallery, scores) are not
used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three or more languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on
the third carrier --, a definition-list card).  The nearest earlier things are make_heldout94's venue-access rows
(one of which names a loop at a reception desk among the wheelchair notes) and make_heldout38's weather rows; none
of them is a panel of a building's loop-equipped rooms, a referral panel for fuel vouchers or a list of places handing out free ice grips, so the
brief's three subjects are taken as they stand: hearing-loop location panels (hearingloops: the rooms with a loop
and where to sit, switching the hearing aid to T, who to ask when nothing is heard, the portable loop) on an English
theatre's reopening after roof repairs (the list), a German village church's new loop (the table), a French town's
council moving into an old school (the "using the loop" link, run into the last paragraph) and a Spanish theatre's
reopening (the card); fuel-voucher referral panels (fuelvouchers: who can refer, how much, how to redeem, how often,
what to bring and whom to ask) on an English food bank's record January (the list), an English advice centre's
energy-debt appointments (the table), a Turkish live blog of a snowstorm (the "ask for a referral" link, run into
the last paragraph) and a Russian town administration's warming points in a cold snap (the card, with the
referral's rows and the rules together); and free ice-grip give-away panels (icegrips: where to collect and when,
sizes, who qualifies, how to fit them, one pair while stocks last) on an English lunch club moving for the winter
(the new layout: the list), a German hospital's weekend of falls on black ice (the table), a Spanish village's cold
snap with falls on frozen pavements (the "claim your ice grips" button) and a Russian pensioners' Nordic-walking
group (the new layout: the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the
tables' heads (LOOP_HEAD, FUEL_HEAD, ICE_HEAD) are the web teams' generic strings and not checked; the rows
(LOOP_ROWS, LOOP_INFO, FUEL_ROWS, FUEL_INFO, ICE_ROWS, ICE_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the two LiveJournal communities, the French hamlet association on Strikingly and the
Russian ski club on Mobirise -- no newsroom to credit a photograph to, update a story, sell adverts or send
reporters); a correction box goes only on a story that was corrected, with that story's own wording (an English
council's number of new grit bins and a French town's skating rink's size, which the pages carry among their
residue, and an English reservoir rescue's distance from the bank, the page's only residue).  Residue markup varies
as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted by
editors, headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a line run
into the end of a story paragraph (credit, tip, newsletter pitch, share line, the hearing-loop link, the
fuel-voucher link; only one line in any paragraph) or a section tag run into the start of the first paragraph.  On
the new layout, residue the poster pasted sits among the paragraphs of the entry text.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(Gutenberg's has-drop-cap on Kadence), italics (one-line quotes and a quoted paragraph), bold (one-line paragraphs:
"Nobody fell, which is the main thing.", "Most of them had never been in debt before.", "Am Samstagmittag war der
Gipsraum voll.", "El hielo no perdona.", "Никто не упал."), a highlighted sentence (a <mark>, and the LiveJournal
editor's background colour), a paragraph in a box (a Bootstrap alert in Helix Ultimate's editor around "What to do
if someone falls through" and its paragraph), a fact box holding a subheading and its list (a markdown-it container
around "The repairs in figures" on Eleventy), a callout (the October CMS theme's callout around the advice centre's
walk-in line), a paragraph typed after a <br> (on LiveJournal, MediaWiki and Strikingly); story structures that look
like furniture but are the story: question-and-answer interviews (questions typed in bold, some of a few words --
"Has it changed?", "The worst night?", "¿Y el peor día?", "А самый трудный сезон?" --, in English, German, Spanish
and Russian: a gritter driver after thirty winters, a farrier after 44 years, a mountain-hut warden after
twenty-five winters, a ski coach after forty), a live blog whose entries open with their own headings, lists inside
the story (the lunch club's arrangements, the theatre's repairs, the river's earlier freezes, a church's portable
equipment, a health centre's advice on ice), crossheads as headings (a food bank, a reservoir rescue, a wiki page, a
hardware shop, a cinema, a hospital, a town administration) and as bold paragraphs (a Turkish cinema, a French
skating rink, a Spanish theatre), one-line quotes and short one-line paragraphs, a closing line with practical
information (lifts to the lunch club, the box office, donation points, the advice centre's hours, a send-off, the
highways line, signs at a reservoir, a photograph collection, a closing-down sale, a help line, a cinema's tickets,
the municipality's complaints line, a church demonstration, pavement-clearing hours, a farrier's open day, a
flea-market's stall bookings, council meetings, the rink's hours, the theatre's box office, civil-protection
volunteers, a farewell lunch, walking days, an emergency number, a ski section's training), and story sentences that
use furniture words in ordinary reporting ("Share a memory of Pinnock's" opening a story, "Follow the food bank's page
on Facebook" and "abonnez-vous à la lettre de l'association" closing stories, "les cookies préparés ... par les élèves",
"photographs" collected by a wiki's history group, "contact" and phone numbers in closing lines).  Two pages carry no
residue at all (an English hardware shop on oxygen and a Turkish cinema on yootheme) and one only its correction
line (an English reservoir rescue on helixultimate).
One page layout is new (livejournal: an entry in a community journal hosted on LiveJournal, on two pages, an English
village community and a Russian town community; see the section of the layout below).  LiveJournal's own strings
(LJ_CORE) are left as the site ships them and not checked; the communities' own strings (LJ_SITES) and each entry's
poster and "Current mood / location / music" lines are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers, all from the brief's list of
layouts no part since h96 has used (verify() refuses any that h96 .. h102 used) -- eleventy (make_heldout58.py),
expressionengine (make_heldout66.py), octobercms (make_heldout80.py), divi (make_heldout79.py), dnn
(make_heldout61.py), helixultimate (make_heldout82.py), oxygen (make_heldout91.py) and mediawiki (make_heldout59.py)
in English; liveblog (make_heldout2.py), yootheme (make_heldout88.py) and webforms (make_heldout57.py) in Turkish;
bricks (make_heldout78.py), kadence (make_heldout83.py) and concrete (make_heldout43.py) in German; strikingly
(make_heldout93.py), simorgh (make_heldout72.py) and ibexa (make_heldout39.py) in French; sitefinity
(make_heldout63.py), processwire (make_heldout42.py) and arcxp (make_heldout69.py) in Spanish; bitrixportal
(make_heldout52.py) and mobirise (make_heldout95.py) in Russian --; 14 of them in a language the part that last used
the layout did not give it (eleventy, expressionengine and octobercms in English, liveblog and yootheme in Turkish,
bricks, kadence and concrete in German, strikingly, simorgh and ibexa in French, sitefinity and processwire in
Spanish, mobirise in Russian; verify() counts them).  sharepoint and sveltekit were left out (sveltekit's date line
has a German day format that would be wrong in the other languages, and arcxp's would be wrong outside English and
Spanish, so arcxp keeps Spanish).  While a page is rendered, the earlier modules' related headlines, the strings
that belong to one site rather than to the platform (SITE_STRINGS: this part's own site added to each layout's site
dictionary, the live blog's per-entry lines, the Mobirise site's cards) are swapped for this part's own; the
platforms' strings in the languages the earlier parts did not have (PLATFORM_STRINGS: the YOOtheme, Concrete CMS,
Strikingly, Simorgh, Ibexa, Sitefinity, ProcessWire and Mobirise strings in Turkish, German, French, Spanish and
Russian, as those products translate them) are added and not checked; the one picture file name the MediaWiki helper
builds from its own parish is renamed (FILE_NAMES); and the templates get this part's furniture strings (UI_NEW)
instead of make_pages.UI.  No earlier module is patched.
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
from articles_h104_en import ARTICLES as H104_EN  # noqa: E402
from articles_h104_intl import ARTICLES as H104_INTL  # noqa: E402

ARTICLES = H104_EN + H104_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h104"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h100 pools, labels or headlines)
# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h102 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Tarrant valley maps and clips stay hidden until you allow third-party media cookies"],
        "tr": ["Karlıyayla haritaları ve videoları, üçüncü taraf medya çerezlerine izin verene kadar gizli kalır"],
        "de": ["Karten und Clips aus dem Hollertal bleiben verborgen, bis Sie Cookies für Drittanbieter-Medien erlauben"],
        "fr": ["Les cartes et vidéos de la Lisère restent masquées tant que vous n'autorisez pas les cookies des médias tiers"],
        "es": ["Los mapas y vídeos de la Sierra de Valdenieve siguen ocultos hasta que permitas las cookies de terceros"],
        "ru": ["Карты и ролики о Снегирёвске скрыты, пока вы не разрешите cookie сторонних сервисов"],
    },
    "newsletter": {
        "en": ["Get the Tarrant Fireside Letter every Sunday night",
               "That was your last free Tarrant valley story this month: create a free account to keep reading"],
        "tr": ["Karlıyayla Soba Başı Mektubu her pazar akşamı e-postanızda",
               "Bu ay okuyabileceğiniz son ücretsiz Karlıyayla haberi buydu: okumaya devam etmek için ücretsiz hesap açın"],
        "de": ["Der Hollertaler Ofenbankbrief, jeden Sonntagabend in Ihrem Postfach",
               "Das war Ihr letzter freier Hollertal-Artikel in diesem Monat: Legen Sie ein kostenloses Konto an, um weiterzulesen"],
        "fr": ["La Lettre du coin du feu de la Lisère, chaque dimanche soir dans votre boîte",
               "C'était votre dernier article gratuit sur la Lisère ce mois-ci : créez un compte gratuit pour continuer la lecture"],
        "es": ["La Carta de la Lumbre de Valdenieve, cada domingo por la noche en tu correo",
               "Esta era tu última noticia gratuita de la Sierra este mes: crea una cuenta gratis para seguir leyendo"],
        "ru": ["«Письмо у печки» о Снегирёвске — каждое воскресенье вечером",
               "Это был последний бесплатный материал о Снегирёвске в этом месяце: создайте бесплатный аккаунт, чтобы читать дальше"],
    },
    "share": {
        "en": ["Pass it round the Tarrant valley: Facebook · WhatsApp · Threads · Email"],
        "tr": ["Karlıyayla'ya yayın: Facebook · WhatsApp · Threads · E-posta"],
        "de": ["Im Hollertal weitersagen: Facebook · WhatsApp · Threads · E-Mail"],
        "fr": ["Faire circuler dans la Lisère : Facebook · WhatsApp · Threads · Courriel"],
        "es": ["Que corra por la Sierra: Facebook · WhatsApp · Threads · Correo"],
        "ru": ["Разослать по Снегирёвску: ВКонтакте · Одноклассники · Telegram · Почта"],
    },
    "photo": {
        "en": ["Picture sent in by a Tarrant valley reader"],
        "tr": ["Fotoğrafı bir Karlıyayla okuru gönderdi"],
        "de": ["Aufnahme einer Leserin aus dem Hollertal"],
        "fr": ["Cliché envoyé par un lecteur de la Lisère"],
        "es": ["Foto enviada por un lector de la Sierra de Valdenieve"],
        "ru": ["Фото прислал читатель из Снегирёвска"],
    },
    "copyright": {
        "en": ["No part of this Tarrant valley report may be copied or republished without the written agreement of {site}."],
        "tr": ["Bu Karlıyayla haberinin hiçbir bölümü {site} yazılı izni olmadan kopyalanamaz ya da yeniden yayımlanamaz."],
        "de": ["Kein Teil dieses Hollertal-Berichts darf ohne schriftliche Einwilligung von {site} kopiert oder neu veröffentlicht werden."],
        "fr": ["Aucune partie de cet article sur la Lisère ne peut être copiée ou republiée sans l'accord écrit de {site}."],
        "es": ["Ninguna parte de esta información de la Sierra puede copiarse ni volver a publicarse sin el acuerdo escrito de {site}."],
        "ru": ["Никакая часть этого материала о Снегирёвске не может копироваться или перепечатываться без письменного согласия «{site}»."],
    },
    "section": {
        "en": ["Tarrant valley › {section}"],
        "tr": ["Karlıyayla ve yaylalar › {section}"],
        "de": ["Hollertal › {section}"],
        "fr": ["Vallée de la Lisère › {section}"],
        "es": ["Sierra de Valdenieve › {section}"],
        "ru": ["Снегирёвск и Заозерье › {section}"],
    },
    "related": {
        "en": ["Also making news along the Tarrant"],
        "tr": ["Karlıyayla'da gündemdeki diğer haberler"],
        "de": ["Was sonst im Hollertal Thema ist"],
        "fr": ["Également dans l'actualité de la Lisère"],
        "es": ["Más actualidad desde la Sierra de Valdenieve"],
        "ru": ["О чём ещё говорят в Снегирёвске"],
    },
    "symbol": {"*": ["❄ ❄ ❄", "✻ · ✻ · ✻", "❄ ⁂ ❄"]},
    "credit": {
        "en": ["With extra reporting from the {site} desk in Dunstow"],
        "tr": ["{site} Karlıyayla masasının katkılarıyla"],
        "de": ["Mit zusätzlicher Recherche der {site}-Redaktion in Kaltenbrunn"],
        "fr": ["Avec des informations complémentaires de la rédaction de {site} à Montfrênes"],
        "es": ["Con información adicional de la redacción de {site} en Valdenieve"],
        "ru": ["При участии редакции «{site}» в Снегирёвске"],
    },
    "ad": {
        "en": ["Promoted content · your Tarrant valley story carries on below"],
        "tr": ["Tanıtım içeriği · Karlıyayla haberiniz aşağıda devam ediyor"],
        "de": ["Werbeinhalt · Ihr Hollertal-Artikel geht unten weiter"],
        "fr": ["Contenu promotionnel · votre article sur la Lisère continue plus bas"],
        "es": ["Contenido promocionado · tu noticia de la Sierra sigue más abajo"],
        "ru": ["Рекламный материал · статья о Снегирёвске продолжается ниже"],
    },
    "continue": {
        "en": ["Show the rest of this Tarrant valley story"],
        "tr": ["Karlıyayla haberinin devamını göster"],
        "de": ["Den Rest des Hollertal-Artikels zeigen"],
        "fr": ["Afficher la suite de cet article sur la Lisère"],
        "es": ["Mostrar el resto de esta noticia de la Sierra"],
        "ru": ["Показать продолжение материала о Снегирёвске"],
    },
    "comments": {
        "en": ["{n} Tarrant valley readers are talking about this: join them"],
        "tr": ["{n} Karlıyayla okuru bunu konuşuyor, siz de katılın"],
        "de": ["{n} Leserinnen und Leser aus dem Hollertal diskutieren mit: machen Sie mit"],
        "fr": ["{n} lecteurs de la Lisère en parlent : rejoignez la discussion"],
        "es": ["{n} lectores de la Sierra están hablando de esto: únete"],
        "ru": ["{n} читателей из Снегирёвска обсуждают это — присоединяйтесь"],
    },
    "readtime": {
        "en": ["A {m}-minute Tarrant valley read"],
        "tr": ["{m} dakikalık bir Karlıyayla okuması"],
        "de": ["Hollertal-Lesestoff für {m} Minuten"],
        "fr": ["Une lecture de {m} minutes sur la Lisère"],
        "es": ["Una lectura de {m} minutos sobre la Sierra"],
        "ru": ["Чтение о Снегирёвске на {m} минуты"],
    },
    "updated": {
        "en": ["Last changed {d} at {t} by the Tarrant valley desk"],
        "tr": ["Son değişiklik {d} {t}, Karlıyayla masası"],
        "de": ["Zuletzt geändert am {d} um {t} Uhr, Hollertal-Redaktion"],
        "fr": ["Dernière modification le {d} à {t}, rédaction de la Lisère"],
        "es": ["Última modificación el {d} a las {t}, redacción de la Sierra"],
        "ru": ["Последнее изменение {d} в {t}, редакция Снегирёвска"],
    },
    "audio": {
        "en": ["Hear this Tarrant valley story · {m} min audio"],
        "tr": ["Bu Karlıyayla haberini dinleyin · {m} dk ses"],
        "de": ["Diesen Hollertal-Bericht hören · {m} Min. Audio"],
        "fr": ["Entendre cet article sur la Lisère · {m} min d'audio"],
        "es": ["Oye esta noticia de la Sierra · {m} min de audio"],
        "ru": ["Прослушать материал о Снегирёвске · {m} мин аудио"],
    },
    "correction": {
        "en": ["This Tarrant valley story has been corrected since it first appeared."],
        "tr": ["Bu Karlıyayla haberi ilk yayımlandığından beri düzeltildi."],
        "de": ["Dieser Hollertal-Bericht wurde seit dem ersten Erscheinen berichtigt."],
        "fr": ["Cet article sur la Lisère a été rectifié depuis sa première parution."],
        "es": ["Esta noticia de la Sierra ha sido rectificada desde su primera publicación."],
        "ru": ["Этот материал о Снегирёвске исправлен после первой публикации."],
    },
    "app": {
        "en": ["Carry the Tarrant valley with you: the {site} app is free on iPhone and Android"],
        "tr": ["Karlıyayla hep yanınızda: {site} uygulaması iPhone ve Android'de ücretsiz"],
        "de": ["Das Hollertal immer dabei: die App von {site} kostenlos für iPhone und Android"],
        "fr": ["La Lisère toujours avec vous : l'appli {site} est gratuite sur iPhone et Android"],
        "es": ["La Sierra siempre contigo: la app de {site} es gratis en iPhone y Android"],
        "ru": ["Снегирёвск всегда под рукой: приложение «{site}» бесплатно для iPhone и Android"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Dunstow, Fellgate and the Tarrant valley villages for {site}."],
        "tr": ["{by}, {site} için Karlıyayla ve köylerinde {section} haberlerini takip ediyor."],
        "de": ["{by} schreibt für {site} über {section} in Kaltenbrunn, Tannried und Oberweiler."],
        "fr": ["{by} suit la rubrique {section} à Montfrênes et aux Bruyères pour {site}."],
        "es": ["{by} sigue la información de {section} en Valdenieve y La Umbría para {site}."],
        "ru": ["{by} пишет о теме «{section}» в Снегирёвске и Заозерье для «{site}»."],
    },
    "tip": {
        "en": ["Got a story from the Tarrant valley? Call or text the newsdesk on 01632 960 777"],
        "tr": ["Karlıyayla'dan bir haberiniz mi var? Haber masasını 0 (478) 900 77 70 numarasından arayın"],
        "de": ["Sie haben eine Geschichte aus dem Hollertal? Rufen Sie die Redaktion an: 07361 960 770"],
        "fr": ["Une info dans la Lisère ? Appelez ou écrivez à la rédaction au 05 65 00 77 70"],
        "es": ["¿Tienes una noticia de la Sierra? Llama o escribe a la redacción al 921 000 770"],
        "ru": ["Есть новость из Снегирёвска? Звоните или пишите в редакцию: 8 (48447) 7-77-00"],
    },
    "typo": {
        "en": ["Spotted a mistake in this Tarrant valley story? Select it and press Ctrl+Enter to tell the desk"],
        "tr": ["Bu Karlıyayla haberinde yanlış mı gördünüz? Seçip Ctrl+Enter'a basarak masaya bildirin"],
        "de": ["Fehler im Hollertal-Artikel entdeckt? Textstelle auswählen und Strg+Enter drücken, dann sieht es die Redaktion"],
        "fr": ["Une faute dans cet article sur la Lisère ? Sélectionnez-la et appuyez sur Ctrl+Entrée pour prévenir la rédaction"],
        "es": ["¿Has visto un fallo en esta noticia de la Sierra? Selecciónalo y pulsa Ctrl+Intro para avisar a la redacción"],
        "ru": ["Заметили ошибку в материале о Снегирёвске? Отметьте фрагмент мышью и нажмите Ctrl+Enter — редакция увидит"],
    },
    "push": {
        "en": ["Want Tarrant valley alerts as they happen? Allow alerts · Maybe later"],
        "tr": ["Karlıyayla uyarılarını anında almak ister misiniz? Uyarılara izin ver · Belki sonra"],
        "de": ["Hollertal-Meldungen sofort erhalten? Meldungen erlauben · Vielleicht später"],
        "fr": ["Recevoir les alertes de la Lisère en direct ? Autoriser les alertes · Plus tard peut-être"],
        "es": ["¿Quieres los avisos de la Sierra al momento? Permitir avisos · Quizá más tarde"],
        "ru": ["Получать новости Снегирёвска сразу? Включить оповещения о Снегирёвске · Не сейчас, спасибо"],
    },
    "print": {
        "en": ["Keep this Tarrant valley story: Print it · Download PDF · Send by email"],
        "tr": ["Bu Karlıyayla haberini saklayın: Yazdır · PDF indir · E-postayla gönder"],
        "de": ["Diesen Hollertal-Artikel behalten: Ausdrucken · PDF herunterladen · Per E-Mail senden"],
        "fr": ["Garder cet article sur la Lisère : L'imprimer · Télécharger le PDF · L'envoyer par courriel"],
        "es": ["Guarda esta noticia de la Sierra: Imprimirla · Descargar PDF · Enviar por correo"],
        "ru": ["Сохранить материал о Снегирёвске: Распечатать · Скачать PDF · Отправить по почте"],
    },
    "feedback": {
        "en": ["How did we do on this Tarrant valley story? Well done · Could be better · Missed the point"],
        "tr": ["Bu Karlıyayla haberini nasıl buldunuz? İyi iş · Daha iyi olabilir · Konuyu kaçırmışsınız"],
        "de": ["Wie fanden Sie diesen Hollertal-Bericht? Gut gemacht · Ausbaufähig · Am Thema vorbei"],
        "fr": ["Comment avez-vous trouvé cet article sur la Lisère ? Bien fait · Peut mieux faire · À côté du sujet"],
        "es": ["¿Qué te ha parecido esta noticia de la Sierra? Bien hecha · Mejorable · No va al grano"],
        "ru": ["Как вам материал о Снегирёвске? Хорошо сделано · Можно лучше · Мимо темы"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Tarrant valley coverage go to standards@tarrantvalley.example."],
        "tr": ["{site}, Basın Ahlak Esasları'na uyar; Karlıyayla haberlerimizle ilgili şikâyetler: ilkeler@karliyayla.example."],
        "de": ["{site} ist dem Pressekodex verpflichtet; Beschwerden zu unseren Hollertal-Berichten: kodex@hollertal.example."],
        "fr": ["{site} respecte la charte de Munich ; les réclamations sur nos articles de la Lisère : deontologie@lisere.example."],
        "es": ["{site} sigue el código de la FAPE; quejas sobre nuestra información de la Sierra a etica@valdenieve.example."],
        "ru": ["«{site}» соблюдает нормы профессиональной этики; жалобы на материалы о Снегирёвске: etika@snegirevsk.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Dunstow · River Tarrant"],
        "tr": ["Konular: {section} · Karlıyayla · Meşedere"],
        "de": ["Abgelegt unter: {section} · Kaltenbrunn · Tannried"],
        "fr": ["Classé dans : {section} · Montfrênes · Les Bruyères"],
        "es": ["Archivado en: {section} · Valdenieve · La Umbría"],
        "ru": ["Рубрики: {section} · Снегирёвск · Заозерье"],
    },
    "bookmark": {
        "en": ["♡ Keep this Tarrant valley story for later"],
        "tr": ["♡ Bu Karlıyayla haberini sonraya sakla"],
        "de": ["♡ Hollertal-Artikel für später merken"],
        "fr": ["♡ Garder cet article sur la Lisère pour plus tard"],
        "es": ["♡ Guardar esta noticia de la Sierra para luego"],
        "ru": ["♡ Отложить материал о Снегирёвске на потом"],
    },
    "poll": {
        "en": ["Tarrant valley poll: yes · no · don't mind"],
        "tr": ["Karlıyayla anketi: evet · hayır · fark etmez"],
        "de": ["Hollertal-Umfrage: ja · nein · ist mir egal"],
        "fr": ["Sondage de la Lisère : oui · non · ça m'est égal"],
        "es": ["Encuesta de la Sierra: sí · no · me da igual"],
        "ru": ["Опрос Снегирёвска: да · нет · всё равно"],
    },
    "embed": {
        "en": ["See {handle}'s Tarrant valley post on Instagram", "Play {handle}'s Tarrant valley video on YouTube"],
        "tr": ["{handle} hesabının Karlıyayla gönderisini Instagram'da görün", "{handle} hesabının Karlıyayla videosunu YouTube'da oynatın"],
        "de": ["Den Hollertal-Beitrag von {handle} auf Instagram ansehen", "Das Hollertal-Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur la Lisère sur Instagram", "Lire la vidéo de {handle} sur la Lisère sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre la Sierra en Instagram", "Reproducir el vídeo de {handle} sobre la Sierra en YouTube"],
        "ru": ["Смотреть публикацию {handle} о Снегирёвске в Instagram", "Включить видео {handle} о Снегирёвске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "hearingloops": {
        "en": ["Hearing loop: where it works in the building", "Hearing loop rooms and the best seats", "Using the hearing loop ›",
               "Hearing loop at a glance"],
        "de": ["Induktive Höranlage: wo sie funktioniert", "Höranlage: Räume und die besten Plätze", "So nutzen Sie die Höranlage ›",
               "Induktive Höranlage auf einen Blick"],
        "fr": ["Boucle magnétique : où elle fonctionne", "Boucle magnétique : salles et meilleures places", "Utiliser la boucle magnétique ›",
               "La boucle magnétique en bref"],
        "es": ["Bucle magnético: dónde funciona", "Bucle magnético: salas y mejores asientos", "Cómo usar el bucle magnético ›",
               "El bucle magnético, en resumen"],
    },
    "fuelvouchers": {
        "en": ["Fuel vouchers: how to get a referral", "Fuel vouchers for prepayment meters: the details", "Ask about a fuel voucher referral ›",
               "Fuel vouchers in brief"],
        "tr": ["Yakacak ve sayaç yükleme desteği: nasıl başvurulur", "Sayaç yükleme desteği: ayrıntılar", "Yakacak desteği için yönlendirme isteyin ›",
               "Yakacak ve sayaç yükleme desteği kısaca"],
        "ru": ["Талоны на топливо: как получить направление", "Талоны на топливо: подробности", "Узнать о направлении на талоны ›",
               "Талоны на топливо коротко"],
    },
    "icegrips": {
        "en": ["Free ice grips: where to pick up a pair", "Free ice grips: collection points and hours", "Claim your free ice grips ›",
               "Free ice grips: what you need to know"],
        "de": ["Kostenlose Schuhspikes: hier gibt es sie", "Kostenlose Schuhspikes: Ausgabestellen und Zeiten", "Kostenlose Schuhspikes abholen ›",
               "Kostenlose Schuhspikes: das Wichtigste"],
        "es": ["Tacos antideslizantes gratis: dónde recogerlos", "Tacos antideslizantes gratis: puntos y horarios", "Pide tus tacos antideslizantes gratis ›",
               "Tacos antideslizantes gratis: lo que hay que saber"],
        "ru": ["Бесплатные ледоступы: где получить", "Бесплатные ледоступы: пункты выдачи и часы", "Получить бесплатные ледоступы ›",
               "Бесплатные ледоступы: что нужно знать"],
    },
}
NEW_STYLE_WORDING = {"hearingloops": [0, 1, 2, 3], "fuelvouchers": [0, 1, 2, 3], "icegrips": [0, 1, 2, 3]}
# hearing loops: the rooms with a loop and where to sit; and switching to T, who to ask, the portable loop
LOOP_ROWS = {
    "en": [("Main auditorium", "rows C to L, centre block; not the balcony"),
           ("Box office counter", "the counter window with the ear symbol"),
           ("Studio theatre", "any seat in the first four rows")],
    "de": [("Kirchenschiff", "Bänke 3 bis 14, Mittelgang; nicht auf der Empore"),
           ("Sakristei-Eingang", "Schalter mit dem Ohr-Symbol"),
           ("Pfarrsaal", "die ersten vier Stuhlreihen")],
    "fr": [("Salle du conseil municipal de Montfrênes", "les trois premiers rangs du public"),
           ("Guichet d'accueil, rez-de-chaussée", "le guichet marqué d'une oreille barrée"),
           ("Salle des mariages de l'ancienne école", "les chaises du premier rang")],
    "es": [("Patio de butacas", "filas 4 a 12, zona central; no en los palcos"),
           ("Taquilla", "la ventanilla con el símbolo de la oreja"),
           ("Sala de ensayo del sótano", "las cuatro primeras filas")],
}
LOOP_HEAD = {"en": ("Room", "Where to sit"), "de": ("Raum", "Wo sitzen"), "fr": ("Salle", "Où s'asseoir"), "es": ("Sala", "Dónde sentarse")}
LOOP_INFO = {
    "en": [("Switch to T", "set your hearing aid to the T or loop programme once you are seated"),
           ("Nothing heard?", "ask a steward in a yellow lanyard to check the loop is switched on"),
           ("Portable loop", "a small portable loop can be borrowed from the box office for the bar and the foyer")],
    "de": [("Auf T stellen", "das Hörgerät nach dem Hinsetzen auf das T- oder Spulenprogramm umschalten"),
           ("Kein Ton?", "den Küster oder die Mesnerin bitten, die Anlage zu prüfen"),
           ("Tragbare Schleife", "für Beerdigungen und Versammlungen im Pfarrbüro auszuleihen")],
    "fr": [("Passer en position T", "réglez votre appareil auditif sur la position T une fois assis"),
           ("Vous n'entendez rien ?", "signalez-le à l'agent d'accueil, qui vérifiera l'amplificateur"),
           ("Boucle portative", "une boucle portative est prêtée à l'accueil pour les rendez-vous en mairie")],
    "es": [("Poner el audífono en T", "selecciona el programa T o de bucle al sentarte"),
           ("¿No oyes nada?", "avisa a un acomodador para que compruebe el amplificador"),
           ("Bucle portátil", "se presta en taquilla para el vestíbulo y el ambigú")],
}
# fuel vouchers: who can refer, how much, how to redeem; and how often, what ID, who to ask
FUEL_ROWS = {
    "en": [("Who can refer you", "the food bank, the advice centre, health visitors and social prescribers"),
           ("Amount per voucher", "£49 for a prepayment electricity or gas meter, £98 in a household with children under five"),
           ("How to redeem", "take the voucher code to any shop with a PayPoint sign, with your meter key or card")],
    "tr": [("Kim yönlendirebilir", "sosyal yardımlaşma vakfı, muhtarlar ve aile sağlığı merkezi"),
           ("Ne kadar", "ön ödemeli elektrik sayacına 1.500 lira yükleme ya da bir ton kömür"),
           ("Kod nasıl kullanılır", "verilen kodla sayaç kartınızı vakıf binasındaki yükleme noktasında doldurun")],
    "ru": [("Кто выдаёт направление", "социальные работники, участковые и совет ветеранов"),
           ("Сколько", "талон на 3 кубометра дров или 2 тонны угля с доставкой"),
           ("Как отоварить", "предъявить талон на складе ГСМ на Промышленной улице, 4")],
}
FUEL_HEAD = {"en": ("", ""), "tr": ("Soru", "Yanıt"), "ru": ("Вопрос", "Ответ")}
FUEL_INFO = {
    "en": [("How often you can be referred", "up to three vouchers in six months"),
           ("What to bring to the shop", "your meter key or card and a letter or bill with your address"),
           ("Questions", "ring the advice centre energy line on 01632 960 448")],
    "tr": [("Kaç kez yararlanılabilir", "kış boyunca en fazla üç kez"),
           ("Başvuruda yanınızda olsun", "kimlik kartınızı ve sayaç kartınızı"),
           ("Sorularınız için", "vakfın 0 (478) 900 12 41 numaralı hattı")],
    "ru": [("Как часто можно получить", "не чаще одного раза за отопительный сезон"),
           ("Что взять с собой в соцзащиту", "паспорт и справка о составе семьи"),
           ("Вопросы", "управление соцзащиты, телефон 8 (48447) 2-30-18")],
}
# ice grips: the collection points and hours; and sizes, who qualifies, how to fit them, while stocks last
ICE_ROWS = {
    "en": [("Dunstow library", "Market Street", "Mon–Sat, 9.30am to 5pm, ask at the desk"),
           ("Fellgate community centre", "Moorside Road", "Tue and Thu 10am–2pm"),
           ("Wyke St Ebba school hall", "Chapel Row, at the lunch club", "Thursdays 12–2pm")],
    "de": [("Bürgerbüro Kaltenbrunn", "Rathaus, Erdgeschoss", "Mo–Fr 8–12 Uhr, Zimmer 3"),
           ("Seniorentreff Tannried", "Kirchplatz 2", "Di und Do 14–17 Uhr"),
           ("Apotheke am Markt", "Marktstraße 11", "während der Öffnungszeiten")],
    "es": [("Centro de salud de Valdenieve", "mostrador de enfermería", "de lunes a viernes, de 9.00 a 14.00"),
           ("Hogar del jubilado", "plaza Mayor, 3", "de 10.00 a 13.00 y de 17.00 a 20.00"),
           ("Ayuntamiento de La Umbría", "oficina de registro", "lunes, miércoles y viernes, de 9.00 a 13.00")],
    "ru": [("Совет ветеранов", "Заводская, 12", "пн–пт 10:00–16:00"),
           ("Библиотека Заозерья", "Школьная, 5", "вт, чт 11:00–18:00"),
           ("Центр соцобслуживания", "пл. Ленина, 3", "пн–пт 9:00–17:00, кабинет 4")],
}
ICE_HEAD = {"en": ("Where", "Address", "When"), "de": ("Ausgabestelle", "Adresse", "Zeiten"),
            "es": ("Punto", "Dirección", "Horario"), "ru": ("Пункт", "Адрес", "Часы")}
ICE_INFO = {
    "en": [("Sizes", "small (shoe sizes 3–6), medium (7–9) and large (10–13)"),
           ("Who can have a pair", "anyone over 65, and carers or anyone with a walking aid"),
           ("Fitting", "stretch the rubber over the toe first, then the heel; take them off indoors"),
           ("How many", "one pair per person while stocks last")],
    "de": [("Größen", "S (Schuhgröße 35–38), M (39–42) und L (43–46)"),
           ("Wer bekommt sie", "alle ab 70 Jahren sowie Menschen mit Rollator oder Gehstock"),
           ("Anlegen", "zuerst über die Spitze, dann über die Ferse ziehen; drinnen ausziehen"),
           ("Wie viele", "ein Paar pro Person, solange der Vorrat reicht")],
    "es": [("Tallas", "S (del 35 al 38), M (39 a 42) y L (43 a 46)"),
           ("Quién puede pedirlos", "mayores de 65 años y personas con bastón o andador"),
           ("Cómo se ponen", "primero por la punta y después por el talón; quitarlos al entrar en casa"),
           ("Cuántos", "un par por persona hasta agotar existencias")],
    "ru": [("Размеры", "S (35–38), M (39–42) и L (43–46)"),
           ("Кому положены", "пенсионерам старше 65 лет и людям с тростью или ходунками"),
           ("Как надевать", "сначала на носок, потом на пятку; в помещении снимать"),
           ("Сколько", "одна пара в руки, пока есть запас")],
}
WIDGET_ROWS = (("hearingloops rooms", LOOP_ROWS), ("hearingloops info", LOOP_INFO), ("fuelvouchers scheme", FUEL_ROWS),
               ("fuelvouchers info", FUEL_INFO), ("icegrips points", ICE_ROWS), ("icegrips info", ICE_INFO))
WIDGET_LANGS = {"hearingloops": ("en", "de", "fr", "es"), "fuelvouchers": ("en", "tr", "ru"), "icegrips": ("en", "de", "es", "ru")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Dunstow market hall clock ticks again after forty years", "Fellgate bus shelter rebuilt after lorry crash",
           "Brackley Moor cricket club signs its first overseas player", "Oakhanger pond dredged as newts are moved to safety",
           "Tarrant valley bell ringers celebrate a record peal", "New doctor joins the Wyke St Ebba surgery"],
    "tr": ["Karlıyayla'da yeni kapalı pazar yeri açıldı", "Meşedere köy yolu asfaltlanıyor",
           "Karlıyaylaspor kupada tur atladı", "Yayla Parkı'na çocuk oyun alanı yapılacak",
           "Karlıyayla'da kış festivali programı açıklandı", "Devlet hastanesine yeni diyaliz ünitesi"],
    "de": ["Kaltenbrunner Stadtmauer wird saniert", "Tannrieder Feuerwehr bekommt neues Löschfahrzeug",
           "Hollertalbahn fährt wieder bis Oberweiler", "Neue Hausarztpraxis in Kaltenbrunn eröffnet",
           "Oberweiler feiert 800 Jahre", "Hallenbad Kaltenbrunn öffnet nach Umbau"],
    "fr": ["Montfrênes : la halle aux grains retrouve sa charpente", "Les Bruyères : une nouvelle classe à la rentrée",
           "La Lisère sort de son lit après trois jours de pluie", "Un marché de producteurs chaque jeudi à Montfrênes",
           "Le club de rugby de Montfrênes monte en Fédérale 2", "La route des Bruyères refaite avant l'été"],
    "es": ["Valdenieve estrena un aparcamiento disuasorio", "La Umbría recupera su fiesta de la matanza",
           "El CD Valdenieve asciende a Regional Preferente", "La biblioteca de Valdenieve amplía su horario",
           "Obras en la carretera del puerto hasta marzo", "Valdenieve tendrá un nuevo consultorio médico"],
    "ru": ["В Снегирёвске отремонтируют дом культуры", "В Заозерье провели газ в сорок домов",
           "Снегирёвские хоккеисты вышли в финал области", "На Ледянке построят новый пешеходный мост",
           "Городской каток открылся после реконструкции", "Автобус до райцентра пустят по новому расписанию"],
}
TEASERS = {
    "en": ["The clock stopped in 1986 when its last keeper retired.", "The old shelter was hit in November.",
           "He arrives from Cape Town in April.", "Forty great crested newts were moved.",
           "It took three hours and twelve minutes.", "She starts on Monday."],
}
# handed out in page order to the pages without a fixed site (one per page; every other page names its site in the
# stories' "site" field)
SITES = {
    "en": [],
    "tr": ["Karlıyayla Haber"],
    "de": [],
    "fr": [],
    "es": [],
    "ru": [],
}
UI_NEW = {
    "en": dict(nav=["Dunstow", "Tarrant valley villages", "Dunstow courts and crime", "Tarrant valley schools", "Dunstow sport", "Out and about in the Tarrant valley", "Tarrant valley notices"],
               cookie="This Tarrant valley news site and its partners use cookies to remember your settings, to count which Dunstow stories are read and to show adverts that pay for local reporting. Choose which ones you allow.",
               accept="Allow every Tarrant valley cookie", reject="Pick my Tarrant valley cookies", share="Send this Tarrant valley story on",
               related="More from the Tarrant valley", newsletter="Tarrant at Eight: the valley's news by 8am, Monday to Saturday",
               subscribe="Sign me up for Tarrant at Eight", email="name@tarrant-at-eight.example",
               comment_note="Someone from the Tarrant valley newsdesk reads every comment before it goes live. Keep it kind and keep it about the valley.",
               closed="Comments are now closed on this Tarrant valley story.",
               footer=["Reach the Tarrant valley newsdesk", "Tarrant valley corrections", "Tarrant valley privacy", "Advertising in the Tarrant valley", "Tarrant valley comment rules"],
               rights="Every word and picture from the Tarrant valley newsdesk belongs to its publisher and may not be reused without consent.",
               commenters=[("FellgateFran", "About time the valley got this."),
                           ("Oakhanger_Pete", "Give it a winter and we'll see.")]),
    "tr": dict(nav=["Karlıyayla", "Karlıyayla köyleri", "Karlıyayla adliye", "Karlıyayla okulları", "Karlıyayla spor", "Karlıyayla'da gezilecek yerler", "Karlıyayla resmî ilanlar"],
               cookie="Karlıyayla haber sitemiz ve iş ortaklarımız, ayarlarınızı hatırlamak, hangi Karlıyayla haberlerinin okunduğunu saymak ve yerel habercilik için reklam göstermek amacıyla çerez kullanır. Karlıyayla'da hangi çerezlere izin verdiğinizi seçin.",
               accept="Bütün Karlıyayla çerezlerine izin ver", reject="Karlıyayla çerezlerimi seçeyim", share="Bu Karlıyayla haberini iletin",
               related="Karlıyayla'dan daha fazlası", newsletter="Karlıyayla Sekizde: yaylanın haberleri sabah 08.00'de, pazartesiden cumartesiye",
               subscribe="Karlıyayla Sekizde'ye kaydolayım", email="adiniz@karliyayla-sekizde.example",
               comment_note="Karlıyayla haber masasından biri her yorumu yayımlanmadan önce okur. Kibar olun ve yayladan konuşun.",
               closed="Bu Karlıyayla haberine yorum yapılamıyor artık.",
               footer=["Karlıyayla haber masasına ulaşın", "Karlıyayla düzeltmeler", "Karlıyayla gizlilik", "Karlıyayla'da reklam verin", "Karlıyayla yorum kuralları"],
               rights="Karlıyayla haber masasının her sözcüğü ve fotoğrafı yayıncısına aittir, izin alınmadan yeniden kullanılamaz.",
               commenters=[("Meşedereli_Hatice", "Yaylaya bu çoktan lazımdı."),
                           ("Karlıyaylalı_Cemil", "Bir kış geçsin, görürüz.")]),
    "de": dict(nav=["Kaltenbrunn", "Dörfer im Hollertal", "Gericht und Polizei im Hollertal", "Schulen im Hollertal", "Sport in Kaltenbrunn", "Ausgehen im Hollertal", "Amtliches aus dem Hollertal"],
               cookie="Diese Nachrichtenseite aus dem Hollertal und ihre Partner setzen Cookies, um Ihre Einstellungen zu speichern, zu zählen, welche Kaltenbrunner Artikel gelesen werden, und Werbung für den Lokaljournalismus zu zeigen. Wählen Sie, was Sie erlauben.",
               accept="Alle Hollertal-Cookies erlauben", reject="Meine Hollertal-Cookies auswählen", share="Diesen Hollertal-Artikel weiterschicken",
               related="Mehr aus dem Hollertal", newsletter="Hollertal um acht: die Nachrichten aus dem Tal bis 8 Uhr, montags bis samstags",
               subscribe="Hollertal um acht abonnieren", email="name@hollertal-um-acht.example",
               comment_note="Jemand aus der Hollertal-Redaktion liest jeden Kommentar, bevor er erscheint. Bitte freundlich bleiben und beim Hollertal.",
               closed="Zu diesem Hollertal-Artikel sind keine Kommentare mehr möglich.",
               footer=["Die Hollertal-Redaktion erreichen", "Hollertal-Korrekturen", "Hollertal-Datenschutz", "Werben im Hollertal", "Hollertal-Kommentarregeln"],
               rights="Jedes Wort und jedes Bild der Hollertal-Redaktion gehört dem Verlag und darf ohne Einwilligung nicht weiterverwendet werden.",
               commenters=[("Tannrieder_Gerda", "Das hat das Tal gebraucht."),
                           ("Oberweiler_Sepp", "Warten wir einen Winter ab.")]),
    "fr": dict(nav=["Montfrênes", "Villages de la Lisère", "Justice et faits divers dans la Lisère", "Écoles de la Lisère", "Sport à Montfrênes", "Sortir dans la vallée de la Lisère", "Annonces légales de la Lisère"],
               cookie="Ce site d'information de la Lisère et ses partenaires déposent des cookies pour mémoriser vos réglages, compter les articles de Montfrênes lus et afficher des publicités qui financent l'information locale. Choisissez ceux que vous autorisez.",
               accept="Autoriser tous les cookies de la Lisère", reject="Choisir mes cookies de la Lisère", share="Transmettre cet article de la Lisère",
               related="Plus d'actualité de la Lisère", newsletter="La Lisère à 8 heures : l'actualité de la vallée avant 8 heures, du lundi au samedi",
               subscribe="M'inscrire à La Lisère à 8 heures", email="nom@lisere-a-8h.example",
               comment_note="Un membre de la rédaction de la Lisère lit chaque commentaire avant sa mise en ligne. Soyez courtois et parlez de la Lisère.",
               closed="Il n'est plus possible de commenter cet article de la Lisère.",
               footer=["Joindre la rédaction de la Lisère", "Rectificatifs de la Lisère", "Confidentialité de la Lisère", "Faire de la publicité dans la Lisère", "Règles de commentaire de la Lisère"],
               rights="Chaque mot et chaque image de la rédaction de la Lisère appartiennent à l'éditeur et ne peuvent être réutilisés sans accord.",
               commenters=[("Mireille_des_Bruyeres", "Il était temps pour la vallée."),
                           ("Montfrenois_Jeannot", "Attendons un hiver pour voir.")]),
    "es": dict(nav=["Valdenieve", "Pueblos de la Sierra de Valdenieve", "Tribunales y sucesos de la Sierra", "Colegios de la Sierra de Valdenieve", "Deportes en Valdenieve", "Salir por la Sierra de Valdenieve", "Anuncios oficiales de la Sierra"],
               cookie="Esta web de noticias de la Sierra de Valdenieve y sus socios usan cookies para recordar tus ajustes, contar qué noticias de Valdenieve se leen y mostrar anuncios que pagan el periodismo local. Elige cuáles permites.",
               accept="Permitir todas las cookies de la Sierra", reject="Elegir mis cookies de la Sierra", share="Reenvía esta noticia de la Sierra",
               related="Más noticias de la Sierra", newsletter="La Sierra a las Ocho: las noticias de la comarca antes de las 8.00, de lunes a sábado",
               subscribe="Apuntadme a La Sierra a las Ocho", email="nombre@sierra-a-las-ocho.example",
               comment_note="Alguien de la redacción de la Sierra lee cada comentario antes de publicarlo. Sé amable y habla de la Sierra.",
               closed="Ya no se puede comentar esta noticia de la Sierra.",
               footer=["Escribe a la redacción de Valdenieve", "Fe de erratas de la Sierra", "Privacidad de la Sierra", "Anúnciate en la Sierra", "Normas de comentarios de la Sierra"],
               rights="Cada palabra y cada imagen de la redacción de la Sierra pertenecen al editor y no pueden reutilizarse sin permiso.",
               commenters=[("Puri_de_La_Umbria", "Ya le tocaba a la Sierra."),
                           ("Valdenievano_Tono", "Esperemos a ver un invierno.")]),
    "ru": dict(nav=["Снегирёвск", "Сёла вокруг Снегирёвска", "Суд и происшествия Снегирёвска", "Школы Снегирёвска", "Спорт в Снегирёвске", "Куда сходить в Снегирёвске", "Официальные объявления Снегирёвска"],
               cookie="Этот новостной сайт Снегирёвска и его партнёры используют cookie, чтобы помнить ваши настройки, считать, какие материалы о Снегирёвске читают, и показывать рекламу, которая оплачивает местную журналистику. Выберите, какие cookie Снегирёвска разрешить.",
               accept="Разрешить все cookie Снегирёвска", reject="Выбрать cookie Снегирёвска", share="Переслать материал о Снегирёвске",
               related="Ещё о Снегирёвске", newsletter="«Снегирёвск к восьми»: новости города до 8:00 с понедельника по субботу",
               subscribe="Подписаться на «Снегирёвск к восьми»", email="imya@snegirevsk-k-vosmi.example",
               comment_note="Сотрудник редакции Снегирёвска читает каждый комментарий до публикации. Пишите вежливо и по делу о Снегирёвске.",
               closed="Комментировать этот материал о Снегирёвске больше нельзя.",
               footer=["Написать в редакцию Снегирёвска", "Исправления Снегирёвска", "Конфиденциальность Снегирёвска", "Реклама в Снегирёвске", "Правила комментариев Снегирёвска"],
               rights="Каждое слово и каждый снимок редакции Снегирёвска принадлежат издателю и не могут использоваться без согласия.",
               commenters=[("Заозерская_Люба", "Давно пора было."),
                           ("Снегирёвский_Дед", "Поживём до весны — увидим.")]),
}

UI104 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "LIVE"): {"tr": dict(share="Bu Karlıyayla gelişmesini iletin", posted="Karlıyayla Haber canlı masasından {name}",
                               pinned="Karlıyayla Haber'in sabitlediği gelişme", newer="Karlıyayla'dan yeni gelişmeler var: yüklemek için dokunun")},
    (mp2, "LIVE_AUTHORS"): {"tr": ["Zeynep Karahanlı", "Oğuzhan Demirkapı"]},
    (mp58, "ELEVENTY"): {"The Dunstow Lantern": dict(
        about="The Dunstow Lantern is put together by a dozen volunteers who meet on Monday nights above the library. No adverts, no owners, no paywall.",
        cookie=None, css="link", domain="dunstowlantern.example",
        likers=["Sue Penhallow", "Marcus T.", "Dunstow Repair Caf\u00e9", "Hattie Crewe"],
        mentions=[("Rosie Tranter", "rosietranter.example", "Went on Saturday with my mum, who saw her first play there in 1962. She cried at the seats."),
                  ("Fellgate Players", "fellgateplayers.example", "Congratulations to our friends in Dunstow. We'll be over for the April premiere."),
                  ("Ken Ashby", "social.kenashby.example", "Glad the ramp went in at the stage door at last. Our lad uses a chair and can finally get backstage.")],
        nav=[("Lantern home", "/"), ("Every story", "/stories/"), ("Dunstow diary", "/diary/"), ("Who makes the Lantern", "/about/"), ("Write for the Lantern", "/join/")],
        rss="Follow the Lantern by RSS",
        tagline="Dunstow and the Tarrant villages, written up by people who live here",
        token="8b2e4f90c1d34a7fa6e5b3c2d1f0a987")},
    (mp66, "EE_SITES"): {"Tarrant Valley Herald": dict(
        address="Tarrant Valley Herald, 22 Bridge Street, Dunstow DN7 4TR",
        author="{by} reports on community news and the voluntary sector for the Herald from its Bridge Street office.",
        banner="The Herald sets cookies so the website works, so we know which stories are read and to serve adverts that keep a weekly paper going. Change your mind whenever you like on the cookie settings page.",
        cats=[("Dunstow community", "dunstow-community"), ("Cost of living in the valley", "cost-of-living")],
        commenters=[("Station Yard neighbour", "8 Jan 2026", "Dropped off a bag at the Co-op trolley this morning. It was already full to the top, which was lovely to see."),
                    ("Pam W.", "9 Jan 2026", "My daughter volunteers there on Tuesdays. They could do with more drivers as well as donations.")],
        copyright="\u00a9 2026 Tarrant Valley Newspapers Ltd, registered in England and Wales no. 00417728",
        domain="www.tarrantvalleyherald.example", gid="G-TV4H8R2KMW",
        footer=[("The Herald", [("Meet the Herald newsroom", "/about/team"), ("Send a story to the Herald", "/about/tell-us"), ("Herald back issues since 1889", "/archive")]),
                ("Advertise with the Tarrant Valley Herald", [("Shop and business adverts", "/advertise"), ("Births, marriages and deaths in the Herald", "/notices/place")]),
                ("Buying the Herald", [("Where to buy the Herald", "/stockists"), ("Have the Herald posted", "/subscribe")])],
        logo="Tarrant Valley Herald, the paper for Dunstow and the valley since 1889",
        menu=[("Tarrant valley news", "/news", [("Dunstow town", "/news/category/dunstow"), ("Fellgate and the moor", "/news/category/fellgate"), ("Magistrates and crown court", "/news/category/courts")]),
              ("Sport in the Tarrant Valley Herald", "/sport", [("Dunstow Athletic", "/sport/category/athletic"), ("Tarrant valley rugby", "/sport/category/rugby")]),
              ("Valley past", "/history", []), ("Herald family notices", "/notices", []), ("This week's Herald", "/shop", [])],
        newsletter="The Herald on Thursday: the week's paper in your inbox before it hits the shops.",
        slot="/21877/tvherald/news_mpu",
        tagline="Weekly news for Dunstow, Fellgate, Brackley Moor and the Tarrant valley")},
    (mp80, "OCTOBER_SITES"): {"Dunstow Today": dict(
        about="An independent not-for-profit newsroom for Dunstow, with two staff reporters and a network of village correspondents.",
        about_head="Who we are at Dunstow Today",
        cats=["Dunstow headlines", "Dunstow money and work", "Health in Dunstow", "Dunstow events", "Dunstow faces"],
        cats_head="Find a Dunstow Today topic", colour="#5b3a1e",
        footer="Dunstow Today is published by Tarrant Community News CIC, 3 Corn Street, Dunstow.",
        footer_links=["About Tarrant Community News", "Email Dunstow Today", "Dunstow Today corrections policy", "Dunstow Today and your data", "Promote your business on Dunstow Today"],
        host="www.dunstow-today.example",
        nav=["Dunstow headlines", "Dunstow money and work", "Fellgate and Oakhanger", "Dunstow events", "Your letters to Dunstow Today", "Who we are at Dunstow Today"],
        nl_head="Dunstow Today on Saturday", nl_text="One email every Saturday morning with the week's reporting from Dunstow and its villages.",
        related="Read next from Dunstow Today", sub_nav=["Brackley Moor", "Wyke St Ebba"], theme="dunstow-news")},
    (mp79, "DIVI_SITES"): {"Fellgate Now": dict(
        bio="{name} writes about people and places on the moor for Fellgate Now, and walks the Fellgate fell race every June.",
        colour="#2d4f6c",
        footer_head="Talk to Fellgate Now", footer_head2="Keep Fellgate Now going",
        footer_text="Tips, pictures and letters: 01632 960 265, or leave a note at the post office counter on Moorside Road.",
        footer_text2="Fellgate Now is paid for by about 300 supporters and a few village businesses. Supporting costs from \u00a32 a month.",
        host="fellgatenow.example",
        nav=["Fellgate Now front page", "On the moor", "Fellgate Now sport", "Fellgate diary dates", "Write to Fellgate Now", "The Fellgate Now team"],
        related="Also on Fellgate Now",
        side_about="Fellgate Now is a volunteer-run news website for Fellgate and the farms and hamlets of the moor, started in 2020 by a retired sub-editor.",
        side_about_head="What is Fellgate Now?",
        side_cats=["Fellgate Now front page", "On the moor", "Fellgate Now sport", "Write to Fellgate Now"],
        sub_nav=["Top of the moor", "Kiln Bank and the quarry"],
        tags=["Fellgate depot", "moor road", "winter on the moor"])},
    (mp61, "DNN"): {"Tarrant District Council": dict(
        box_text="Media enquiries: 01632 960 640 or media@tarrant.gov.example, weekdays 9am to 5pm.",
        box_title="Media team, Tarrant House",
        categories=["Roads and highways", "Dunstow"], commenters=[],
        cookie="Tarrant District Council uses cookies that make this website work and, with your permission, cookies that tell us how people use it.",
        cookie_no="Only the cookies the site cannot work without", cookie_ok="Accept analytics cookies too",
        domain="www.tarrant.gov.example",
        footer_links=["Accessibility of the Tarrant council website", "Contact Tarrant House", "Make a complaint to the council", "Work for Tarrant District Council"],
        footer_text="Tarrant District Council, Tarrant House, Bridge Street, Dunstow DN7 1TD \u00b7 01632 960 600",
        logo_alt="Tarrant District Council crest",
        menu=[("Living in Tarrant", [("Bins and recycling collections", "/living/bins"), ("Roads, gritting and pavements", "/living/roads"), ("Libraries in the valley", "/living/libraries")]),
              ("Roads and highways", [("Winter gritting routes", "/roads/gritting"), ("Report a pothole", "/roads/potholes"), ("Street lighting faults", "/roads/lighting")]),
              ("Your Tarrant council", [("Find your councillor", "/council/councillors"), ("Council tax and spending", "/council/budget")]),
              ("News from Tarrant House", [("All council news", "/news"), ("Public notices for Tarrant", "/news/public-notices")])],
        module_title="News from Tarrant House", news_path="/news", portal_id=0, skin="Tarrant2025", tab_id=71)},
    (mp82, "HELIX_SITES"): {"Brackley Moor Online": dict(
        about="Brackley Moor Online is written by volunteers from the village: a retired teacher, two farmers' wives, the vicar's husband and whoever else has news.",
        about_head="About Brackley Moor Online",
        author_bio="Brackley Moor resident and former lifeguard, writing about village life and the reservoir.",
        bottom=[("Got news for the village?", "Send words and photographs to the address above, ideally by Thursday."),
                ("Useful in Brackley Moor", ["Brackley Moor Parish Council", "Holmer Water Sailing Club", "Brackley Moor Primary School"]),
                ("This village website", ["About Brackley Moor Online's volunteers", "Writing for the site", "How Brackley Moor Online uses your data", "Cookies on Brackley Moor Online"])],
        cats=["Village safety", "Holmer Water"], colour="#3c5a2a",
        cookie="We use cookies to make this site work and to count visits. If you keep reading we'll assume that's fine with you.",
        footer="\u00a9 2026 Brackley Moor Online. A village news site run on goodwill.",
        host="www.brackleymoor-online.example", itemid=212,
        latest="New on Brackley Moor Online", mail="news@brackleymoor-online.example",
        nav=["Village front page", "Brackley Moor news", "Holmer Water", "Village safety", "Brackley Moor diary", "About Brackley Moor Online"],
        phone="01632 960 377", sub_nav=["Church news", "School news", "Brackley Moor parish council news"],
        tags=["Holmer Water", "reservoir", "fire service"], tags_head="Village topics")},
    (mp59, "MW"): {"Dunstow Wiki": dict(
        about="About the Dunstow Wiki",
        cookie="The Dunstow Wiki uses a cookie to keep editors logged in and another to count page views. We do not sell or pass on anything.",
        db="dunstowwiki", domain="wiki.dunstow.example",
        infobox={"rows": [("River", "Tarrant"), ("Frozen at the town bridge", "28\u201330 January 2026"),
                          ("Lowest temperature", "\u221211.4C at the Dunstow weather station"), ("Previous time", "January\u2013March 1963")],
                 "title": "Tarrant freeze of 2026"},
        licence="the Creative Commons Attribution-ShareAlike 4.0 International licence",
        logo="/w/images/a/a7/Dunstow_Wiki_logo.png",
        navbox="Dunstow Wiki news, winter 2026", navgroups=["January 2026", "February 2026"],
        portlet=("Town news desk", [("Newest Dunstow stories", "Dunstow_News"), ("Tell the wiki a story", "Dunstow_Wiki:Tell_us"),
                                    ("Dunstow calendar", "Dunstow_calendar"), ("Town council minutes", "Category:Town_council_minutes")]),
        reported="Written up for the wiki by",
        tagline="Dunstow and the Tarrant, recorded by the people who live along it")},
    (mp91, "OXY_SITES"): {"The Oakhanger Post": dict(
        colour="#6b2737",
        cookie_text="The Post counts its readers with cookies and remembers your preferences. Nothing is sold to anybody.",
        copyright="\u00a9 2026 The Oakhanger Post CIC, community interest company no. 14091277",
        fonts=["Lora", "Work Sans"],
        footer_about="The Oakhanger Post CIC, The Old Bakehouse, The Square, Oakhanger \u00b7 editor@oakhangerpost.example",
        footer_links=["Meet the Post volunteers", "How the Post puts things right", "Post privacy and cookies", "Advertise in the Oakhanger Post", "Write to the Oakhanger Post"],
        handle="oakhangerpost", hdr_id="12", host="oakhangerpost.co.uk", logo="post-masthead",
        menu=["Post front page", "Oakhanger Square", "Round the parish", "Oakhanger Post opinion", "Oakhanger events", "Help fund the Post"],
        nl_button="Send me the Sunday Post", nl_label="The Oakhanger Post on Sunday, by email",
        nl_placeholder="Email address for the Sunday Post", related="More from the Post",
        share="Send this Post story to someone:",
        sidebar="The Oakhanger Post is a volunteer news site for the village and its parish, founded in 2022 and owned by its members.",
        sidebar_title="The Oakhanger Post in brief", tagline="News for Oakhanger and its parish",
        tags="In the Post under:",
        teasers=["Oakhanger Square to get new benches", "Parish hall roof fund reaches its target", "Cubs collect 400 Christmas trees for recycling"],
        tpl_id="44")},
    (mp88, "YOO_SITES"): {"Karlıyayla Postası": dict(
        about="Karlıyayla Postası, Karlıyayla ve köylerinin haberlerini yapan, okurlarının desteğiyle yayımlanan bağımsız bir internet gazetesidir.",
        address="Karlıyayla Postası, Cumhuriyet Caddesi No: 41, Karlıyayla",
        bios={"Emre Solakoğlu": "Emre Solakoğlu, Karlıyayla Postası'nda kültür ve sanat haberlerini yazıyor."},
        cms="wordpress", colour="#7b2d26",
        cookie_text="Karlıyayla Postası, ziyaretleri saymak ve tercihlerinizi hatırlamak için çerez kullanır. Gömülü videolar ve haritalar ancak onayınızla yüklenir.",
        copyright="© 2026 Karlıyayla Postası. Haberlerimiz izinsiz kullanılamaz.",
        footer_menu=["Karlıyayla Postası künye", "Postaya yazın", "Postada reklam", "Postanın gizlilik politikası", "Postaya destek olun"],
        footer_menu_title="Karlıyayla Postası", handle="karliyaylapostasi", host="karliyaylapostasi.example", icons="fjord",
        logo="karliyayla-postasi-logo",
        menu=["Karlıyayla", "Yaylanın köyleri", "Yayla sporları", "Kültür", "Karlıyayla etkinlik takvimi", "Postayı tanıyın"],
        nl_button="Postayı e-postamda istiyorum", nl_placeholder="Postaya kayıt için e-posta adresiniz",
        nl_text="Her pazar sabahı, haftanın Karlıyayla haberleri tek bir e-postada.", nl_title="Pazar Postası",
        related="Postadan diğer haberler", sidebar="Postada yeni",
        tagline="Karlıyayla ve köylerinden haberler, 2011'den beri",
        topics=["Yayla Sineması", "Aydoğan ailesi", "Karlıyayla Belediyesi", "sinema", "kültür mirası"],
        topics_title="Bu haberin konuları")},
    (mp57, "WEBFORMS"): {"Karlıyayla Belediyesi": dict(
        cookie_analytics="Analiz çerezlerine izin ver",
        cookie_intro="Karlıyayla Belediyesi internet sitesi, çalışması için gerekli çerezleri ve onay vermeniz halinde ziyaret istatistiği tutan çerezleri kullanır.",
        cookie_title="Karlıyayla Belediyesi çerez tercihleri",
        copyright="© 2026 Karlıyayla Belediyesi, tüm hakları saklıdır", cph="ContentPlaceHolder1", crumb="Belediye basın bültenleri",
        domain="www.karliyayla.bel.example", editor="font",
        footer=["Karlıyayla Belediyesi kişisel verilerin korunması", "Karlıyayla Belediyesi çerez bilgilendirmesi", "Erişilebilirlik", "Bilgi edinme", "Karlıyayla Belediyesi'ne ulaşın"],
        logo_alt="T.C. Karlıyayla Belediyesi logosu", master="div",
        media_text="Karlıyayla Belediyesi Basın ve Halkla İlişkiler Birimi, Hükümet Meydanı No: 3. Telefon: 0 (478) 900 10 10.",
        menu=["Karlıyayla Hakkında", "Başkanımız", "Belediye Hizmetleri", "e-Belediye İşlemleri", "Haberler ve Duyurular", "Karlıyayla Belediye Meclisi", "İletişim Bilgileri"],
        news="Haberler ve Duyurular",
        quick=["Beyaz Masa başvurusu", "Nöbetçi eczaneler", "Karlıyayla kent rehberi", "Meclis kararları"],
        submenu=["Başkan Çakır'ın mesajı", "Meclis Üyeleri", "Müdürlükler"], theme="Karliyayla2019")},
    (mp78, "BRICKS_SITES"): {"Hollertaler Rundschau online": dict(
        bio="{name} berichtet für die Rundschau aus Kirchengemeinden und Vereinen und singt im Kirchenchor von St. Martin.",
        colour="#33506b",
        contact="Hinweise an die Rundschau: 07361 960 512, Rathausgasse 3 in Kaltenbrunn.",
        footer="Hollertaler Rundschau online, ein Angebot der Hollertal Medien GmbH, Rathausgasse 3, Kaltenbrunn.",
        footer_links=["Impressum der Hollertal Medien", "Die Rundschau erreichen", "Berichtigungen in der Rundschau", "Datenschutz bei der Hollertaler Rundschau", "Anzeigen in der Hollertaler Rundschau"],
        host="www.hollertaler-rundschau.example",
        nav=["Aktuelles aus dem Hollertal", "Kaltenbrunn und Tannried", "Kirche und Glaube", "Vereine im Hollertal", "Leserbriefe an die Rundschau", "Über die Hollertaler Rundschau"],
        related="Mehr aus dem Hollertal in der Rundschau",
        side_about="Die Hollertaler Rundschau berichtet seit 2017 online aus Kaltenbrunn, Tannried, Oberweiler und den Höfen im Tal.",
        side_about_head="Die Rundschau im Netz", side_head="Neu in der Hollertaler Rundschau",
        sub_nav=["Katholische Gemeinden", "Evangelische Gemeinden"],
        tags=["Pfarrkirche St. Martin", "Barrierefreie Kirche", "Tannried"], theme="bricks-child")},
    (mp83, "KADENCE_SITES"): {"Kaltenbrunn Aktuell": dict(
        about="Kaltenbrunn Aktuell ist ein unabhängiges Nachrichtenportal für Kaltenbrunn und das Hollertal, gemacht von zwei Lokaljournalisten aus der Stadt.",
        about_head="Wer hinter Kaltenbrunn Aktuell steht",
        cats=["Kaltenbrunn und Ortsteile", "Gesundheit im Hollertal", "Verkehr im Hollertal", "Menschen in Kaltenbrunn"],
        copyright="© 2026 Kaltenbrunn Aktuell",
        footer_cols=[("Kaltenbrunn Aktuell", "Unabhängige Nachrichten aus Kaltenbrunn, Tannried, Oberweiler und dem Hollertal."),
                     ("Kontakt zu Kaltenbrunn Aktuell", ["Tipp an die Redaktion", "Werben bei Kaltenbrunn Aktuell", "Unsere Leitlinien"]),
                     ("Rechtliches bei Kaltenbrunn Aktuell", ["Impressum von Kaltenbrunn Aktuell", "Datenschutz bei Kaltenbrunn Aktuell", "Cookie-Einstellungen von Kaltenbrunn Aktuell"])],
        host="kaltenbrunn-aktuell.example", logo="kaltenbrunn-aktuell-logo",
        nav=["Kaltenbrunn Aktuell Start", "Kaltenbrunn und Ortsteile", "Gesundheit im Hollertal", "Verkehr im Hollertal", "Menschen in Kaltenbrunn", "Über Kaltenbrunn Aktuell"],
        palette="#1f5c4a", sub_nav=["Kreisklinik", "Winterdienst", "Bauhof"],
        tags=["Kreisklinik Kaltenbrunn", "Glatteis", "Winterdienst"])},
    (mp43, "CONCRETE"): {"Tannrieder Dorfblatt": dict(
        domain="tannrieder-dorfblatt.example",
        footer_links=["Wer das Dorfblatt macht", "Mitgliederversammlung der Genossenschaft", "Dem Dorfblatt schreiben", "Datenschutz und Cookies beim Dorfblatt"],
        footer_note="Das Tannrieder Dorfblatt wird von einer Genossenschaft aus 260 Haushalten herausgegeben und ist im Genossenschaftsregister eingetragen.",
        join_button="Mitglied im Dorfblatt werden",
        join_text="260 Haushalte in Tannried tragen das Dorfblatt mit 4 Euro im Monat und bestimmen in der Versammlung mit, was daraus wird.",
        join_title="Das Dorfblatt gehört dem Dorf",
        menu=["Neues aus Tannried", "Menschen im Dorf", "Aus dem Tannrieder Gemeinderat", "Hof und Wald", "Termine in Tannried"],
        nl_button="Das Dorfblatt am Freitag bestellen",
        nl_text="Jeden Freitagnachmittag alles, was in Tannried in der Woche passiert ist, in einer einzigen E-Mail.",
        nl_title="Das Dorfblatt am Freitag", popular_title="Am meisten gelesen im Dorfblatt",
        share_title="Diesen Dorfblatt-Artikel an Nachbarn schicken",
        slugs=["neues", "menschen", "gemeinderat", "hof-und-wald", "termine"],
        tagline="Nachrichten aus Tannried, vom Dorf für das Dorf", theme="dorfblatt",
        topics_title="Themen im Dorfblatt")},
    (mp93, "STK_SITES"): {"Association Les Bruyères en fête": dict(
        colour="#8a3b12",
        cookie="Le site des Bruyères en fête utilise des cookies pour fonctionner et compter les visites. Si vous les refusez, le site marche quand même.",
        copyright="© 2026 Association Les Bruyères en fête, association loi 1901 déclarée en préfecture.",
        font_css="Lato:400,700|Playfair+Display:400,700,400italic",
        fonts=("lato", "playfair-display", "playfair-display", "lato"),
        footer_text="Soirées, vide-grenier, fête du hameau et sorties pour les aînés aux Bruyères depuis 2004. Salle communale, route de Montfrênes.",
        footer_title="Association Les Bruyères en fête", ga="G-BRUY3R7K2Q", host="www.lesbruyeresenfete.fr", lang="fr",
        nav=["L'association des Bruyères", "Nos nouvelles", "Au programme aux Bruyères", "Adhérer aux Bruyères en fête", "Écrire à l'association"],
        permalink="lesbruyeresenfete", plan="limited", site_id=20417731,
        social=[("facebook", "https://www.facebook.com/lesbruyeresenfete"), ("whatsapp", "https://wa.me/33565003118")],
        theme="bright")},
    (mp72, "SM_SITES"): {"Vallées Info, en français": dict(
        brand="Vallées Info, en français", colour="#24406B",
        copyright="© 2026 Fondation Vallées Médias. Vallées Info n'est pas responsable du contenu des sites externes.",
        extlink="Découvrez notre politique en matière de liens externes.", fb_app="2290413381765209",
        features=["Le dernier sabotier de la Lisère taille encore trois paires par semaine", "Comment une école de hameau a sauvé sa classe unique", "Pourquoi les transhumances reviennent dans la vallée"],
        footer=[("Pourquoi faire confiance à Vallées Info", "/francais/institutional-62041181"),
                ("Conditions d'utilisation de Vallées Info", "/francais/institutional-62041182"),
                ("À propos de Vallées Médias", "/francais/institutional-62041183"),
                ("Politique de confidentialité de Vallées Info", "/francais/institutional-62041184"),
                ("Nos cookies", "/francais/institutional-62041185"),
                ("Contacter Vallées Info", "/francais/institutional-62041186"),
                ("Ne pas vendre ni partager mes données", "/francais/institutional-62041187")],
        host="www.valleesinfo.example",
        nav=[("Accueil Vallées Info", "/francais"), ("Lisère et montagne", "/francais/topics/c6r2w9n4k1pt"), ("Le monde", "/francais/topics/c3m8v5q2x7dt"),
             ("Économie des vallées", "/francais/topics/c8z1p4r7j3qt"), ("Sciences et nature", "/francais/topics/c2k9d6n1w5xt"),
             ("Sports de montagne", "/francais/topics/c7q3v8b2t6mt"), ("Vidéos Vallées Info", "/francais/topics/c4m1x5r9e2vt")],
        service="francais", short="Vallées Info", topic_ids=["c5xn8q2w4ejt", "c9pd3v6k7rmt"],
        topics=["Montfrênes", "Accessibilité des bâtiments publics"])},
    (mp39, "IBEXA"): {"Le Courrier de la Lisère": dict(
        account="Mon compte Courrier", buttons=["Le Courrier en version numérique", "S'abonner au Courrier"],
        domain="courrierdelalisere.example",
        footer_links=["Qui sommes-nous au Courrier", "La médiatrice du Courrier", "Données personnelles au Courrier", "Annoncer dans le Courrier de la Lisère"],
        footer_note="Le Courrier de la Lisère est édité par les Éditions de la Lisère, 4 place du Foirail, Montfrênes.",
        menu=["Montfrênes", "Vallée de la Lisère", "Politique locale", "Économie de la Lisère", "Sports du Courrier", "Sorties dans la Lisère"],
        nl_button="Recevoir le Courrier du matin", nl_text="L'actualité de Montfrênes et de la vallée avant votre café.",
        nl_title="Le Courrier du matin", popular_title="Les plus lus de la Lisère",
        promo_pre="Le podcast du Courrier", promo_text="La semaine de la vallée racontée chaque samedi.", promo_title="Lisère à voix haute",
        related_title="À lire aussi dans le Courrier", share_title="Partager cet article du Courrier", short="courrier",
        slugs=["montfrenes", "vallee", "politique", "economie", "sports", "sorties"],
        teaser_label="Dans le Courrier aujourd'hui", topbar="Le quotidien de la Lisère depuis 1931")},
    (mp63, "SITEFINITY"): {"Televisión de la Sierra": dict(
        address="Televisión de la Sierra de Valdenieve S.L., calle del Mercado, 9, Valdenieve",
        cats=["Cultura en la Sierra", "Teatro en Valdenieve", "Valdenieve"],
        commenters=[("Maribel de La Umbría", "Yo vi allí Marcelino pan y vino con mi abuela. Qué ilusión que vuelva a abrir."),
                    ("Gonzalo P.", "Ojalá programen también algo para los chavales del instituto, no solo la banda.")],
        consent="Televisión de la Sierra quiere usar cookies de análisis para saber cómo se usa la web y mejorar la programación. Solo lo hará si das tu consentimiento.",
        contact=["Redacción de Televisión de la Sierra", "Envíanos tus imágenes y avisos al 921 000 640"],
        contact_title="Tu noticia en TV Sierra",
        copyright="© 2026 Televisión de la Sierra de Valdenieve S.L. Prohibida la reproducción sin citar la fuente.",
        domain="www.tvsierra.example",
        footer=[("Aviso legal de TV Sierra", "/aviso-legal"), ("Publicidad en TV Sierra", "/publicidad"), ("Cómo sintonizarnos", "/sintonia"), ("Escribe a la redacción de TV Sierra", "/contacto")],
        kendo=True, latest="Lo último en TV Sierra",
        menu=[("Actualidad de la Sierra", "/noticias/actualidad"), ("Economía de la comarca", "/noticias/economia"), ("Cultura en la Sierra", "/noticias/cultura"),
              ("Deportes de la Sierra de Valdenieve", "/noticias/deportes"), ("TV Sierra en directo", "/directo"), ("Programación de hoy", "/programacion")],
        mvc=True, news="/noticias", tagline="Televisión de la Sierra, la tele de la comarca", theme="TvSierra")},
    (mp42, "PW"): {"El Eco de Valdenieve": dict(
        buttons=["Apoya a El Eco de Valdenieve", "Anúnciate en El Eco"],
        domain="ecodevaldenieve.example",
        footer_links=["Quiénes hacemos El Eco", "Escribe a la redacción de El Eco", "Privacidad en El Eco de Valdenieve", "Aviso legal del portal"],
        footer_note="El Eco de Valdenieve es un portal de noticias independiente con la redacción en la antigua casa del médico.",
        menu=["Vida en la sierra", "Montaña y nieve", "Carreteras y transporte", "Pueblos de la comarca de Valdenieve", "Planes por Valdenieve"],
        nl_button="Quiero la carta de El Eco", nl_form="boletin_es",
        nl_text="Cada viernes, la semana en Valdenieve y La Umbría en un solo correo.",
        nl_title="La sierra en tu correo", popular_title="Lo más leído en la sierra esta semana",
        share_title="Enviar esta noticia de El Eco",
        slugs=["vida-en-la-sierra", "montana-nieve", "carreteras", "pueblos", "planes"],
        tagline="La actualidad de Valdenieve, La Umbría y la sierra", twitter="@EcoValdenieve")},
    (mp69, "AX_SITES"): {"Diario de la Umbría": dict(
        address="Diario de la Umbría, calle Real, 27, 40450 La Umbría",
        arc="diario-umbria",
        consent="Diario de la Umbría y sus socios usamos cookies para que la web funcione, para conocer cómo nos leen y para mostrar publicidad que sostiene nuestro periodismo. Pulsa «Aceptar» para consentir o «Configurar» para elegir.",
        copyright="© 2026 Ediciones de la Umbría SL, inscrita en el Registro Mercantil de Segovia; todos los derechos reservados sobre los contenidos de esta web.",
        domain="www.diariodelaumbria.example",
        extra=[("Pasatiempos del Diario", "/pasatiempos/"), ("El Diario en papel", "/kiosko/"), ("Archivo del Diario", "/archivo/")],
        footer=[("El Diario de la Umbría", [("Quiénes somos en el Diario", "/quienes-somos/"), ("Cuéntale tu noticia al Diario", "/contacto/"), ("Rectificaciones del Diario", "/rectificaciones/")]),
                ("Servicios del Diario de la Umbría", [("Suscripción en papel al Diario", "/suscripcion/papel/"), ("Suscripción digital al Diario", "/suscripcion/"), ("Publicidad en el Diario de la Umbría", "/publicidad/")])],
        gtm="GTM-DU7K3PX",
        links=[("La Umbría", "/la-umbria/"), ("Valdenieve", "/valdenieve/"), ("Deportes de La Umbría", "/deportes/"), ("Opinión del Diario", "/opinion/"),
               ("Montaña", "/montana/"), ("Agenda de la sierra", "/agenda/"), ("Esquelas de la sierra", "/esquelas/")],
        org="edumbria", ot="c7f2a9e4-3b81-4d6a-9e05-2a8c4f1b7d93",
        social=[("Facebook", "https://www.facebook.com/DiarioUmbria"), ("X", "https://x.com/DiarioUmbria"), ("Instagram", "https://www.instagram.com/diarioumbria/")],
        tags=["Refugio de la Peña Alta", "Federación de montaña"], tz="CET", unit="/21804479/ddu/umbria")},
    (mp52, "BITRIX"): {"Администрация города Снегирёвска": dict(
        agency="Пресс-служба администрации Снегирёвска", city="Снегирёвск", commenters=[],
        domain="adm-snegirevsk.example",
        footer=["249200, г. Снегирёвск, пл. Ленина, 1",
                "Приёмная главы: 8 (48447) 2-10-01 · priemnaya@adm-snegirevsk.example",
                "Перепечатка материалов сайта разрешается со ссылкой на официальный сайт администрации Снегирёвска."],
        footer_links=["Структура сайта администрации Снегирёвска", "Противодействие коррупции", "Муниципальные услуги Снегирёвска", "Справочник телефонов администрации"],
        li="licnt7A2E",
        menu=["Новости Снегирёвска", "Глава и администрация", "Жителям Снегирёвска", "ЖКХ и благоустройство", "Социальная поддержка", "Интернет-приёмная"],
        metrika="93418206", related_title="Ещё новости администрации Снегирёвска", reviews=False,
        slugs=["news", "glava", "zhitelyam", "zhkh", "sotspodderzhka", "priemnaya"],
        tagline="Официальный сайт администрации городского поселения Снегирёвск",
        tags=["морозы", "пункты обогрева", "печное отопление"], template="adm_city", text_mode="p", tz="10800",
        weather="ясно, −36 °C")},
    (mp95, "MOBI_SITES"): {"Лыжный клуб «Ледянка»": dict(
        button="Записаться в секцию", cards_title="Другие новости клуба", colour="#1b4f8a",
        contacts=["Лыжная база в сосновом бору, ул. Лесная, 1, Снегирёвск", "lyzhi@ledyanka-club.example", "Тренировки: вт, чт, сб с 15:00"],
        contacts_title="Лыжный клуб «Ледянка»",
        cookie="Сайт клуба использует cookie только для подсчёта посетителей. <a href='privacy.html'>Подробнее о данных</a>.",
        cookie_button="Ясно, спасибо",
        copyright="© Copyright 2026 Лыжный клуб «Ледянка» · Снегирёвск",
        dropdown=["Тренеры клуба", "Расписание тренировок «Ледянки»", "Устав клуба"],
        follow="Мы в соцсетях", font="Roboto", ga="G-LDN4K7P2XW", host="www.ledyanka-club.example", lang="ru",
        menu=["Главная клуба", "Новости «Ледянки»", "Соревнования", "Наши лыжники"],
        social=["vk", "telegram", "youtube"])},
    (mp95, "MOBI_CARDS"): {"Лыжный клуб «Ледянка»": [
        ("Клубная гонка на приз Деда Мороза", "Сорок два участника от пяти до семидесяти лет."),
        ("Новая трасса освещена до десяти вечера", "Фонари поставили на два километра лыжни."),
        ("Прокат лыж для школьников", "По субботам бесплатно, нужен только паспорт родителя.")]},
}
# the platform's own strings in the languages the earlier layouts did not have (their themes', builders' and
# services' translations; left as the platforms ship them and not checked)
PLATFORM_STRINGS = {
    (mp88, "YOO_CORE"): {"tr": dict(
        back_home="Ana sayfaya dön", breadcrumb="Sayfa yolu", cancel="Yanıtı iptal et", close="Kapat", comment="Yorum",
        comments_feed="Yorum beslemesi", cookie_no="Hayır, teşekkürler", cookie_ok="Tamam", date="{d} {m} {y}", email="E-posta",
        feed="Besleme", home="Ana Sayfa", locale="tr-TR",
        months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
        n_comments="{n} Yorum", name="Ad", next="Sonraki", notes="E-posta adresiniz yayınlanmayacak.", og_locale="tr_TR",
        open_menu="Menüyü aç", open_search="Aramayı aç", pag_next="Sonraki sayfa", pag_prev="Önceki sayfa",
        posted="{cat} kategorisinde yayınlandı.", prev="Önceki", reply="{who} kişisine yanıt", reply_short="Yanıtla",
        reply_title="Bir yanıt yazın", required="Gerekli alanlar işaretlenmişlerdir", search="Ara", skip="Ana içeriğe geç",
        slide_next="Sonraki slayt", slide_prev="Önceki slayt", submit="Yorum gönder", submit_search="Aramayı gönder",
        tags="Etiketler:", totop="Başa dön", tz=("+03:00", "+03:00"), website="İnternet sitesi",
        written="{by} tarafından {date} tarihinde yazıldı.")},
    (mp43, "CONCRETE_CORE"): {"de": dict(
        by="Von", cookie_title="Cookies", date_fmt="{d}. {M} {y}", email_label="E-Mail", home="Startseite", html_lang="de",
        locale="de_DE", menu="Menü",
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        posted="Veröffentlicht", privacy="Datenschutzerklärung", required="Pflichtfeld", search="Suche", share_label="Teilen",
        tags="Schlagwörter")},
    (mp93, "STK_CORE"): {"fr": dict(
        accept="Accepter", all_posts="Tous les articles", back="Retour au blog", badge="Créé avec Strikingly",
        badge_tip="Créez un site avec Strikingly", by="", date="{d} {m} {y}", decline="Refuser", email_ph="Adresse e-mail",
        locale="fr", menu="Menu",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        name_ph="Nom", next="Suivant", prev="Précédent", share="Partager", sub_button="S'INSCRIRE À LA NEWSLETTER",
        sub_text="Vous voulez être averti de la publication de nos articles ? Saisissez votre adresse e-mail et votre nom ci-dessous.",
        sub_title="S'abonner")},
    (mp72, "SM_CORE"): {"fr": dict(
        author="Auteur", cno="Non, me diriger vers les paramètres",
        ctext="Nous utilisons des {cookies} pour vous offrir la meilleure expérience en ligne. Dites-nous si vous acceptez tous ces cookies.",
        ctitle="Dites-nous si vous acceptez les cookies", cword="cookies", cyes="Oui, j'accepte", features="Reportages",
        img_cap="Légende image, ", img_src="Source image, ", locale="fr-FR", menu="Menu",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        mostread="Les plus lus", place="En reportage à", published="Publié", related="Sur le même sujet", role="Fonction",
        role_val="Journaliste", skip="Aller au contenu", top="À la une", topics="Sujets associés")},
    (mp39, "IBEXA_CORE"): {"fr": dict(
        ad_kind="article", by="Par", copy="Copier le lien", crumb_label="Vous êtes ici", date_fmt="{d} {M} {y}",
        didomi_close="Fermer", didomi_more="En savoir plus", didomi_policy="Politique de confidentialité",
        didomi_title="Votre vie privée", email_label="Votre adresse e-mail", home="Accueil", html_lang="fr-FR",
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        nav_label="Menu principal", og_locale="fr_FR", opens="s'ouvre dans une nouvelle fenêtre", read="Lecture {m} min",
        search="Rechercher", search_ph="Rechercher sur le site", share_on="Partager sur", siteaccess="fre-FR",
        skip="Aller au contenu", updated="Mis à jour")},
    (mp63, "SITEFINITY_CORE"): {"es": dict(
        accept="Aceptar", access="Accesibilidad", cats="Categorías", comments="Comentarios", count="{n} comentarios",
        email="Correo electrónico", here="Está aquí:", home="Inicio", leave="Deja un comentario", menu="Menú",
        message="Tu comentario", months=["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
        name="Nombre", post="Publicar", posted="Publicado por {by} el {date}", privacy="Aviso de privacidad",
        reject="Rechazar", related="Noticias relacionadas", search="Buscar", share="Compartir", skip="Ir al contenido principal",
        sub_button="Suscribirse", sub_label="Correo electrónico", subscribe="Suscríbete a las noticias", tags="Etiquetas")},
    (mp42, "PW_CORE"): {"es": dict(
        by="Por", choose="Elegir cookies", date_fmt="{d} de {M} de {y}", email_label="Tu correo electrónico",
        groups=["Necesarias", "Funcionales", "Estadísticas", "Marketing", "Contenido externo"], home="Inicio", html_lang="es",
        lang_name="Español",
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        og_locale="es_ES", other_lang="en", other_name="English", path_lang="es", powered="Funciona con",
        privacy="Política de privacidad", pw_header="Cookies", save="Guardar preferencias",
        saved="Se han guardado tus preferencias de cookies.", search="Buscar", search_ph="Buscar", share="Compartir",
        skip="Ir al contenido", tags="Etiquetas")},
    (mp95, "MOBI_CORE"): {"ru": dict(
        date="{d} {m} {y}", link="Mobirise Website Builder", made="Сделано в",
        months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        toggle="Переключить навигацию", top="Наверх")},
}
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "blog_id", "country", "currency", "tld", "free", "phone", "email", "subdomain", "handle", "pub_id",
               "user_id", "post_ids", "space", "sub", "theme", "org", "template", "comments", "disqus", "menu_slugs", "slugs",
               "main_slugs", "more_slugs", "page_slugs", "entry_id", "asset_id", "comment_id", "author_id", "nl_form", "social",
               "css", "token", "gid", "slot", "itemid", "portal_id", "skin", "tab_id", "news_path", "hdr_id", "tpl_id", "fonts",
               "db", "cms", "icons", "font_css", "permalink", "plan", "site_id", "fb_app", "service", "topic_ids", "arc",
               "gtm", "ot", "unit", "tz", "li", "metrika", "reviews", "text_mode", "ga", "font", "kendo", "mvc", "news",
               "cph", "editor", "master", "twitter", "short", "mail", "lang"}

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
# the new layout: an entry in a community journal hosted on LiveJournal, as the entry page reaches a reader who is
# not logged in -- an English village community's news journal (dunstow_news) and a Russian town community
# (snegirevsk_live).  The page is what LiveJournal serves for an S2 journal style with the site's new entry-page
# markup: the head (title "subject: journal -- LiveJournal", charset and viewport, description, canonical, the Open
# Graph and Twitter metas with the entry's first words, the RSS / Atom alternates and the FOAF link, the
# l-stat.livejournal.net combined CSS and JS bundles (the "??a.css,b.css?v=" form), the inline Site.* configuration
# -- Site.ml_text, Site.page, Site.timer and the "var p = {...}; for (var i in p) Site[i] = p[i];" block with the
# current journal, remote user, locale, server time, statprefix and ad flags --, the ad-slot configuration
# (window.ljadv), the analytics counters and the journal style's own <style> block); the body: the LJ top bar
# (div.s-header with the logo, the s-nav root list -- Feed, Shop, Discovery, Top, the language item --, the search
# form s-do-search, and the Log in / Create blog items), the top ad slot, then the S2 canvas: the journal header
# (h1#title with the journal's title, h2#subtitle), the navigation links (Recent entries, Archive, Friends, Profile),
# #primary with the entry (article.aentry-post.b-singlepost.hentry: the entry title h1, the date in a <time>, the
# poster line -- the poster's ljuser span "wrote in" the community's, each an i-ljuser span with the userinfo or
# community icon --, the entry text in div.aentry-post__text.b-singlepost-body.entry-content, the "Current mood /
# location / music" metadata list, the tags line, the entry footer with Link, the comment count, "Leave a comment"
# and the share bar), the after-post ad slot, the previous / next entry links, the "Popular in the community"
# block (entries of other journals with their ljuser and comment counts), the comment thread (the b-xylem bars
# with the count and "Leave a comment", the b-tree of b-leaf comments with their ljuser names, times, text and
# Reply / Thread / Link actions), then #secondary with the sidebar modules (the community's profile with its
# userpic, name, description and maintainer, the month's calendar with links to the days that have entries, the
# tags, the links, the sidebar ad slot and "Powered by LiveJournal.com"); the LJ footer (s-footer: About, Terms of
# service, Privacy policy, User agreement, Help, Advertising, the mobile apps, report a bug, the language and the
# copyright line); the cookie notice; and the deferred script bundles.  LiveJournal's own strings (LJ_CORE: the
# bars, labels and buttons, in English and Russian, as the site ships them) are not checked; the communities'
# own strings (LJ_SITES: the journal title and subtitle, the profile text, tags, links, the popular entries and the
# comments) and each entry's poster and mood / location / music lines (the story's "lj" field) are.  The English
# community's poster types in LiveJournal's rich editor (a <p> per paragraph); the Russian community's poster
# types plain text with auto-formatting, so paragraphs are separated by <br /><br /> and a subheading is a bold
# line.  What the poster pasted among the paragraphs (residue) sits in the entry text.
# --------------------------------------------------------------------------
LJ_CORE = {
    "en": dict(feed="Feed", shop="Shop", discovery="Discovery", top="Top", lang_item="English (en)", search="Search",
               login="Log in", signup="Create blog", recent="Recent Entries", archive="Archive", friends="Friends",
               profile="Profile", wrote_in="wrote in", mood="Current mood:", location="Current location:",
               music="Current music:", tags="Tags:", link="Link", n_comments="{n} comments",
               leave="Leave a comment", share="Share", share_items=["Facebook", "X", "Reddit", "Email"],
               prev="Previous Entry", next="Next Entry", popular="Popular in the community",
               reply="Reply", thread="Thread", permalink="Link", calendar="{month} {y}",
               weekdays=["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], tags_module="Tags", links_module="Links",
               maintainer="Maintained by", members="{n} members", powered="Powered by LiveJournal.com",
               footer=["About", "Terms of Service", "Privacy Policy", "User Agreement", "Help", "Advertising",
                       "Download the mobile app", "Report a bug"],
               choose_lang="Choose language", copyright="© 1999\u20132026 LiveJournal, Inc. All rights reserved.",
               cookies="We use cookies to make LiveJournal work, to personalise content and ads, and to analyse our traffic. By using the site you agree to our use of cookies.",
               cookies_ok="OK", title_suffix="LiveJournal",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"]),
    "ru": dict(feed="Лента", shop="Магазин", discovery="Интересное", top="Топ", lang_item="Русский (ru)", search="Поиск",
               login="Войти", signup="Создать блог", recent="Последние записи", archive="Архив", friends="Друзья",
               profile="Профиль", wrote_in="пишет в", mood="Настроение:", location="Местонахождение:",
               music="Музыка:", tags="Метки:", link="Ссылка", n_comments="{n} комментариев",
               leave="Оставить комментарий", share="Поделиться", share_items=["ВКонтакте", "Telegram", "Одноклассники", "Email"],
               prev="Предыдущая запись", next="Следующая запись", popular="Популярное в сообществе",
               reply="Ответить", thread="Ветвь дискуссии", permalink="Ссылка", calendar="{month} {y}",
               weekdays=["Вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб"], tags_module="Метки", links_module="Ссылки",
               maintainer="Модератор", members="{n} участников", powered="Работает на LiveJournal.com",
               footer=["О ЖЖ", "Условия использования", "Политика конфиденциальности", "Пользовательское соглашение",
                       "Помощь", "Реклама", "Мобильные приложения", "Сообщить об ошибке"],
               choose_lang="Выберите язык", copyright="© 1999\u20132026 LiveJournal. Все права защищены.",
               cookies="Мы используем файлы cookie, чтобы ЖЖ работал, чтобы подбирать материалы и рекламу и анализировать трафик. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
               cookies_ok="Понятно", title_suffix="LiveJournal",
               months=["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
                       "Ноябрь", "Декабрь"],
               months_gen=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                           "октября", "ноября", "декабря"]),
}
LJ_SITES = {
    "dunstow_news": dict(
        lang="en", journalid=41297305, userpic=(8110457, 41297305), style="flexiblesquares", mode="p",
        maintainer="tarrant_andy",
        title="Dunstow News & Natter",
        subtitle="Community journal for Dunstow, Fellgate, Wyke St Ebba and the Tarrant villages",
        profile="A place for anyone in the Tarrant valley to post village news, lost cats, lifts wanted and what the parish council is up to. Keep it friendly; the maintainers tidy up once a week.",
        tags=["wyke st ebba", "lunch club", "winter", "wyke parish council", "buses", "lost and found", "fellgate"],
        links=[("Wyke St Ebba parish council", "https://wykestebba-pc.example/"), ("Tarrant valley bus times", "https://tarrantbuses.example/"),
               ("Dunstow library events", "https://dunstowlibrary.example/events")],
        popular=[("Anyone else lose power on Kiln Bank last night?", "brackley_jo", 23),
                 ("Found: a grey tabby with one white paw near the church", "fellgate_sam", 9),
                 ("Minutes from Tuesday's parish meeting (the car park saga continues)", "tarrant_andy", 31)],
        commenters=[("ruth_cooks", "We'll save a seat by the radiator for anyone who's new. Pudding is sticky toffee this week!"),
                    ("derek_lifts", "Two spaces left in the car for Thursday, Fellgate end. Ring me."),
                    ("okafor_head", "You are all very welcome. The children have made you some place cards.")],
        reply="Thanks, everyone, and see you on Thursday at the side gate!",
        prev="Parish council: the car park consultation closes on Friday",
        next="Lost: blue bobble hat, probably on the Chapel Row bus"),
    "snegirevsk_live": dict(
        lang="ru", journalid=50218840, userpic=(9302176, 50218840), style="expressive", mode="br",
        maintainer="snegir_moder",
        title="Снегирёвск: живой журнал города",
        subtitle="Городское сообщество: новости, объявления и разговоры жителей Снегирёвска и Заозерья",
        profile="Сообщество для жителей Снегирёвска. Пишем о том, что происходит во дворах, на улицах и в клубах города. Реклама без согласования с модератором удаляется.",
        tags=["снегирёвск", "клуб ветеранов", "скандинавская ходьба", "заозерье", "зима", "транспорт", "объявления от соседей"],
        links=[("Администрация Снегирёвска", "https://adm-snegirevsk.example/"), ("Расписание автобусов", "https://snegirevsk-bus.example/"),
               ("Городская библиотека", "https://biblioteka-snegirevsk.example/")],
        popular=[("Кто знает, когда откроют каток на стадионе?", "zaozerskiy", 17),
                 ("Отдам даром: санки и детские лыжи", "mama_tani", 6),
                 ("Фото: иней на соснах в бору, утро вторника", "fotolyubitel", 42)],
        commenters=[("antonina_p", "Галочка, спасибо, что написала! В субботу приду обязательно, палки свои есть."),
                    ("viktor_semenych", "Напоминаю всем: на льду ставим палку впереди, а не сбоку. И не торопимся."),
                    ("nina_ivanovna", "Чай с сушками за мной, в субботу ещё и пирог испеку.")],
        reply="Всем спасибо за отклики, до встречи в среду у входа в парк.",
        prev="Объявление: в Заозерье во вторник не будет воды с 9 до 15",
        next="Каток на стадионе зальют к выходным, говорят в спорткомитете"),
}
LJ_EXEMPT = {"lang", "journalid", "userpic", "style", "mode", "maintainer"}
LJ_LOOKS = ("bold", "italic", "highlight", "br")
LJ_STAT = "https://l-stat.livejournal.net"
LJ_USERINFO = LJ_STAT + "/img/userinfo_v8.svg?v=17080&v=1061"
LJ_COMMUNITY = LJ_STAT + "/img/community_v8.svg?v=17080&v=1061"


def lj_hex(rng, n=24):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def lj_host(user):
    """A journal's host name: the user name with underscores as hyphens."""
    return "https://%s.livejournal.com" % user.replace("_", "-")


def ljuser(user, comm=False):
    """An ljuser span, as LiveJournal writes it for a user or a community."""
    kind = "C" if comm else "P"
    return ('<span class="ljuser  i-ljuser  i-ljuser-type-%s     " data-ljuser="%s" lj:user="%s" ><a href="%s/profile/" '
            'target="_self" class="i-ljuser-profile" ><img class="i-ljuser-userhead ContextualPopup" src="%s" /></a>'
            '<a href="%s/" class="i-ljuser-username" target="_self" ><b>%s</b></a></span>') % (
        kind, user, user, lj_host(user), LJ_COMMUNITY if comm else LJ_USERINFO, lj_host(user), user)


def lj_date(lang, iso, hh, mm):
    y, m, d = (int(x) for x in iso.split("-"))
    if lang == "en":
        suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%s %d%s, %d, %02d:%02d %s" % (LJ_CORE["en"]["months"][m - 1], d, suf, y, hh % 12 or 12, mm, "am" if hh < 12 else "pm")
    return "%d %s %d, %02d:%02d" % (d, LJ_CORE["ru"]["months_gen"][m - 1], y, hh, mm)


def lj_block(kind, val, mode):
    """A block of the story as the poster typed it: the rich editor's HTML, or plain text with auto-format."""
    if kind == "p":
        return ("<p>%s</p>" % mp.inline_html(val)) if mode == "p" else mp.inline_html(val)
    if kind == "h":
        return ("<h3>%s</h3>" % E(val)) if mode == "p" else "<b>%s</b>" % E(val)
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def lj_calendar(c, s, iso, rng):
    """The sidebar's month calendar, with links on the days that have entries."""
    y, m, d = (int(x) for x in iso.split("-"))
    first = datetime.date(y, m, 1)
    ndays = ((first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - first).days
    days_with = sorted({d} | {rng.randint(1, ndays) for _ in range(7)})
    lead = (first.weekday() + 1) % 7  # Sunday first
    cells = ['<td class="empty-day"></td>'] * lead
    for k in range(1, ndays + 1):
        if k in days_with:
            cells.append('<td class="entry-day"><a href="%s/%d/%02d/%02d/">%d</a></td>' % (lj_host(s["user"]), y, m, k, k))
        else:
            cells.append('<td class="empty-day">%d</td>' % k)
    while len(cells) % 7:
        cells.append('<td class="empty-day"></td>')
    rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 7]) for i in range(0, len(cells), 7))
    head = "<tr>%s</tr>" % "".join("<th>%s</th>" % w for w in c["weekdays"])
    return ('<div class="module module-calendar"><h2 class="module-header"><a href="%s/%d/%02d/">%s</a></h2>'
            '<div class="module-content"><table class="module-calendar-table" summary="">%s%s</table></div></div>') % (
        lj_host(s["user"]), y, m, E(c["calendar"].format(month=c["months"][m - 1], y=y)), head, rows)


def tpl_livejournal(art, ui, site, placed, rng):
    s = dict(LJ_SITES[site], user=site)
    lang = art["lang"]
    c = LJ_CORE[lang]
    meta = art["lj"]
    poster = meta["poster"]
    base = lj_host(site)
    itemid = rng.randint(100000, 999999)
    url = "%s/%d.html" % (base, itemid)
    hh, mm = rng.randint(7, 21), rng.randint(0, 59)
    shown = lj_date(lang, art["date"], hh, mm)
    iso = "%sT%02d:%02d:00%s" % (art["date"], hh, mm, "+00:00" if lang == "en" else "+03:00")
    ver = rng.randint(1700000000, 1769999999)
    blocks, n, mode = art["blocks"], len(art["blocks"]), s["mode"]
    parts = []
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(lj_block(*blocks[i], mode))
    if mode == "p":
        content = "\n".join(parts)
    else:  # auto-format: a blank line between paragraphs becomes <br /><br />, a block element keeps its own line
        out = []
        for k, x in enumerate(parts):
            out.append(x)
            nxt = parts[k + 1] if k + 1 < len(parts) else None
            if nxt is None:
                continue
            if x.startswith(("<ul", "<ol", "<div", "<aside", "<blockquote", "<table", "<figure", "<p", "<h")) or \
                    nxt.startswith(("<ul", "<ol", "<div", "<aside", "<blockquote", "<table", "<figure", "<p", "<h")):
                out.append("\n")
            else:
                out.append("<br /><br />\n")
        content = "".join(out)
    first = mp.inline_text(next(v for k, v in art["truth_blocks"] if k == "p"))
    desc = first if len(first) <= 200 else first[:197].rsplit(" ", 1)[0] + "..."
    comments = list(s["commenters"])
    ncom = len(comments) + 1
    tags = ", ".join('<a rel="tag" class="aentry-tags__link" href="%s/tag/%s">%s</a>' % (base, quote(t), E(t)) for t in art.get("tags", []))
    moods = ('<div class="metadata bottom-metadata aentry-post__metadata"><ul class="metadata-list">'
             '<li class="metadata-item metadata-mood"><span class="metadata-label metadata-label-mood">%s</span> <img class="meta-mood-img" src="%s/img/mood/terminal/%s.gif" alt="" width="15" height="15" /> <span class="metadata-item-mood">%s</span></li>'
             '<li class="metadata-item metadata-location"><span class="metadata-label metadata-label-location">%s</span> <span class="metadata-item-location"><a href="https://maps.google.com/maps?q=%s&amp;hl=%s">%s</a></span></li>'
             '<li class="metadata-item metadata-music"><span class="metadata-label metadata-label-music">%s</span> <span class="metadata-item-music">%s</span></li></ul></div>') % (
        E(c["mood"]), LJ_STAT, rng.choice(["cold", "cheerful", "content"]), E(meta["mood"]), E(c["location"]),
        quote(meta["location"]), lang, E(meta["location"]), E(c["music"]), E(meta["music"]))
    share = ('<div class="b-sharethis b-sharethis--entry" data-url="%s" data-title="%s"><span class="b-sharethis-label">%s</span>'
             '<ul class="b-sharethis-services">%s</ul></div>') % (
        url, A(art["title"]), E(c["share"]), "".join('<li class="b-sharethis-services-item b-sharethis-%s"><a href="#" class="b-sharethis-link" rel="nofollow">%s</a></li>'
                                                   % (wp_slug(x, 20) or "svc%d" % k, E(x)) for k, x in enumerate(c["share_items"])))
    leaves = []
    talk = rng.randint(1000000, 9999999)
    for k, (user, text) in enumerate(comments + [(poster, None)]):
        tid = talk + 256 * k
        when = lj_date(lang, days_after(art["date"], 0 if k < 2 else 1), min(23, hh + 1 + k), rng.randint(0, 59))
        if text is None:  # the poster's own reply to the first comment
            text = s["reply"]
        depth = 2 if k == len(comments) else 1
        leaves.append(f'''<div class="b-tree-twig b-tree-twig-{depth}" style="margin-left: {(depth - 1) * 30}px" data-tid="t{tid}"><div id="t{tid}" class="b-leaf b-leaf-poster-{'yes' if user == poster else 'no'} comment" data-username="{user}" data-displayname="{user}" data-updated-ts="{ver + k * 600}" data-full="1"><div class="b-leaf-inner"><div class="b-leaf-header"><div class="b-leaf-userpic"><span class="b-leaf-userpic-inner"><img src="https://l-userpic.livejournal.com/{rng.randint(10000000, 99999999)}/{rng.randint(1000000, 99999999)}" alt="" title="{user}" /></span></div><div class="b-leaf-details"><p class="b-leaf-username"><span class="b-leaf-username-name">{ljuser(user)}</span></p><p class="b-leaf-meta"><span class="b-leaf-createdtime">{E(when)}</span> <span class="b-leaf-seemore-from"></span></p></div></div><div class="b-leaf-article">{E(text)}</div><div class="b-leaf-footer"><ul class="b-leaf-actions"><li class="b-leaf-actions-item b-leaf-actions-reply"><a href="{url}?replyto={tid}" rel="nofollow" class="b-pseudo">{E(c["reply"])}</a></li><li class="b-leaf-actions-item b-leaf-actions-thread"><a href="{url}?thread={tid}#t{tid}">{E(c["thread"])}</a></li><li class="b-leaf-actions-item b-leaf-actions-permalink"><a href="{url}?thread={tid}#t{tid}" class="b-leaf-permalink">{E(c["permalink"])}</a></li></ul></div></div></div></div>''')
    xylem = ('<div class="b-xylem b-xylem-%s"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-amount"><span class="b-xylem-cell__label">%s</span></li>'
             '<li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment" href="%s?mode=reply#add_comment" rel="nofollow"><span class="b-addcomment-inner"><i class="b-addcomment-icon"></i>%s</span></a></li></ul></div>')
    popular = "".join(f'''<li class="b-popular-in-community__item"><a class="b-popular-in-community__link" href="{lj_host(u)}/{rng.randint(100000, 999999)}.html"><span class="b-popular-in-community__cover"><img src="https://ic.pics.livejournal.com/{u}/{rng.randint(10000000, 99999999)}/{rng.randint(10000, 99999)}/{rng.randint(10000, 99999)}_300.jpg" alt="" loading="lazy" /></span><span class="b-popular-in-community__subject">{E(t)}</span></a><span class="b-popular-in-community__author">{ljuser(u)}</span><span class="b-popular-in-community__comments">{E(c["n_comments"].format(n=k))}</span></li>'''
                      for t, u, k in s["popular"])
    links = "".join('<li class="module-list-item"><a href="%s">%s</a></li>' % (A(h), E(t)) for t, h in s["links"])
    tagcloud = "".join('<li class="module-list-item"><a rel="tag" href="%s/tag/%s" style="font-size: %d%%">%s</a></li>' % (base, quote(t), rng.choice([90, 110, 130, 150]), E(t)) for t in s["tags"])
    footer = "".join('<li class="s-footer-nav__item"><a href="https://www.livejournal.com/%s" class="s-footer-nav__link">%s</a></li>' % (
        p, E(x)) for p, x in zip(["about/", "legal/tos.bml", "legal/privacy.bml", "legal/ua.bml", "support/", "adv/", "apps/", "support/bug.bml"], c["footer"]))
    site_js = json.dumps({
        "remote_is_identity": None, "remote_is_maintainer": 0, "has_remote": 0, "remote_is_sup": 1 if lang == "ru" else 0,
        "current_journal": {"is_comm": "1", "journalid": s["journalid"], "is_person": "", "username": site, "display_username": site,
                            "url_journal": base, "url_profile": base + "/profile/", "url_allpics": "https://www.livejournal.com/allpics.bml?user=" + site,
                            "is_syndicated": "", "is_identity": "", "is_mediahost": "", "manifest": "{\"name\":\"%s\"}" % site},
        "locale": "en_US" if lang == "en" else "ru_RU", "currentLanguage": "en_US" if lang == "en" else "ru", "currentEntry": url,
        "currentEntryRecommendations": 0, "server_time": ver, "currentJournalBase": base, "siteroot": "https://www.livejournal.com",
        "statprefix": LJ_STAT, "imgprefix": LJ_STAT + "/img", "jsonrpcprefix": "https://l-api.livejournal.com",
        "esn_async": 1, "ctxpopup": 1, "inbox_update_poll": 0, "vk_api_id": "2244371", "fb_app_id": "214181831945836",
        "advc_token": lj_hex(rng, 32), "rpc": {"public": {"comment.set_contentflag": 1, "entry.set_contentflag": 1}},
        "adv_libs": {"google": {"url": "https://securepubads.g.doubleclick.net/tag/js/gpt.js"}, "adfox": {"url": "https://yandex.ru/ads/system/context.js"}},
        "isAdultContent": 0, "is_dev_server": 0, "LJ_cmd_prefix": "/__rpc_", "v": ver}, ensure_ascii=False)
    page_js = json.dumps({"ljpost_id": itemid, "journal": site, "is_console": 0, "controller": "entry", "ljlive": {"is_enabled": False},
                          "adv": {"slots": ["journal_top", "journal_after_post", "journal_sidebar", "journal_comments_top"]},
                          "D": {}, "likes_signature": lj_hex(rng, 40), "auth_token": "sessionless:%d:/__api/:%s" % (ver, lj_hex(rng, 40))},
                         ensure_ascii=False)
    ml_text = json.dumps({"entry.share": c["share"], "comment.reply": c["reply"], "entry.leave": c["leave"]}, ensure_ascii=False)
    lj_lang = "en" if lang == "en" else "ru"
    counters = ("<!-- tns-counter.ru -->\n<script type=\"text/javascript\">(function(){var img=new Image(1,1);img.src='//www.tns-counter.ru/V13a****sup_ru/ru/UTF-8/tmsec=lj_journal/'+Math.round(Math.random()*1E9);})();</script>\n"
                "<!-- Yandex.Metrika counter --><script type=\"text/javascript\">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window,document,\"script\",\"https://mc.yandex.ru/metrika/tag.js\",\"ym\");ym(27737346,\"init\",{clickmap:true,trackLinks:true,accurateTrackBounce:true});</script><noscript><div><img src=\"https://mc.yandex.ru/watch/27737346\" style=\"position:absolute; left:-9999px;\" alt=\"\" /></div></noscript><!-- /Yandex.Metrika counter -->"
                if lang == "ru" else
                "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-8H1WY4QJ2N\"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config', 'G-8H1WY4QJ2N', {'anonymize_ip': true, 'content_group': 'journal_entry'});</script>")
    up_id, up_user = s["userpic"]
    return f'''<!DOCTYPE html>
<html lang="{lj_lang}" class="html-s2 html-adaptive html-nojs" xmlns:lj="http://www.livejournal.com">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{E(art["title"])}: {E(site)} &mdash; {E(c["title_suffix"])}</title>
<meta name="description" content="{A(desc)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{A(art["title"])}" />
<meta property="og:description" content="{A(desc)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{A(s["title"])}" />
<meta property="og:image" content="https://l-userpic.livejournal.com/{up_id}/{up_user}" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:site" content="@livejournal" />
<meta name="twitter:title" content="{A(art["title"])}" />
<meta name="twitter:description" content="{A(desc)}" />
<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{base}/data/atom" />
<link rel="meta" type="application/rdf+xml" title="FOAF" href="{base}/data/foaf" />
<link rel="shortcut icon" href="https://www.livejournal.com/favicon.ico" />
<link rel="stylesheet" type="text/css" href="{LJ_STAT}/??lj_base.css,flatbutton.css,ljtimes/iframe.css,s2/journal-common.css,s2/entry-page.css,sharethis.css,popup/popup-v2.css,widgets/popular-in-community.css?v={ver}" />
<link rel="stylesheet" type="text/css" href="{LJ_STAT}/??schemius_v4/headerjournal.css,schemius_v4/footer.css,s2/styles/{s["style"]}.css?v={ver}" />
<script type="text/javascript">
    Site = window.Site || {{}};
    Site.ml_text = {ml_text};
    Site.page = {page_js};
    Site.timer = +(new Date());
    (function(){{
        var p = {site_js};
        for (var i in p) Site[i] = p[i];
    }})();
    Site.journal = Site.current_journal;
</script>
<script type="text/javascript">
    window.ljadv = window.ljadv || {{}};
    ljadv.slots = {{"journal_top": {{"size": [[728, 90], [970, 250]], "adfox": "p1-cslq"}}, "journal_after_post": {{"size": [[300, 250], [336, 280]], "adfox": "p2-cslq"}}, "journal_sidebar": {{"size": [[240, 400], [300, 600]], "adfox": "p3-cslq"}}}};
    ljadv.targeting = {{"journal": "{site}", "is_comm": 1, "lang": "{lj_lang}", "adult": 0}};
</script>
<script type="text/javascript" src="{LJ_STAT}/??jquery/jquery-1.8.3.min.js,lj_base-app.js,basic.js,core/angular/api.js,ljlive/ljlive.js?v={ver}"></script>
<script type="text/javascript" src="{LJ_STAT}/??s2/journal.js,entry/entry-page.js,sharethis.js,adv/ljadv.js,comments/xylem.js?v={ver}" defer="defer"></script>
{counters}
<style type="text/css">
body {{ background-color: #f4f1ea; color: #2b2b2b; font-family: Georgia, "Times New Roman", serif; }}
#canvas {{ max-width: 1120px; margin: 0 auto; }}
#header {{ background: #34495e; color: #fff; padding: 30px 20px; }}
#title a {{ color: #fff; text-decoration: none; }}
#primary {{ float: left; width: 72%; }}
#secondary {{ float: right; width: 26%; }}
.aentry-post {{ background: #fff; padding: 20px 28px; border: 1px solid #ddd6c8; }}
.module {{ background: #fff; border: 1px solid #ddd6c8; margin-bottom: 14px; padding: 10px 14px; }}
.module-calendar-table td {{ text-align: center; padding: 2px 4px; }}
</style>
</head>
<body class="page-entry s2-entrypage logged-out p-adaptive journal-type-C lj-{lj_lang} ">
<div class="s-header s-header--journal" id="js-header" data-lj-header="journal">
<div class="s-header__inner">
<a class="s-header__logo" href="https://www.livejournal.com/" title="LiveJournal"><svg class="s-header__logo-svg" width="34" height="34" viewBox="0 0 34 34" aria-hidden="true"><path d="M17 2a15 15 0 1 0 0 30 15 15 0 0 0 0-30zm-2 7h4v12h6v4H15z"></path></svg><span class="s-header__logo-text">LiveJournal</span></a>
<nav class="s-nav" role="navigation"><ul class="s-nav-rootlist">
<li class="s-nav-item s-nav-item--feed"><a class="s-nav-item__name" href="https://www.livejournal.com/feed/">{E(c["feed"])}</a></li>
<li class="s-nav-item s-nav-item--shop"><a class="s-nav-item__name" href="https://www.livejournal.com/shop/">{E(c["shop"])}</a></li>
<li class="s-nav-item s-nav-item--discovery"><a class="s-nav-item__name" href="https://www.livejournal.com/discovery/">{E(c["discovery"])}</a></li>
<li class="s-nav-item s-nav-item--top"><a class="s-nav-item__name" href="https://www.livejournal.com/media/">{E(c["top"])}</a></li>
<li class="s-nav-item s-nav-item--lang"><a class="s-nav-item__name s-nav-item__name--lang" href="#" data-lj-lang="{lj_lang}">{E(c["lang_item"])}</a></li>
</ul></nav>
<div class="s-header-search"><form class="s-do-search" action="https://www.livejournal.com/rsearch/" method="get" role="search"><input class="s-do-search__input" type="search" name="q" placeholder="{A(c["search"])}" autocomplete="off" /><button class="s-do-search__button" type="submit" aria-label="{A(c["search"])}"></button></form></div>
<ul class="s-header-login">
<li class="s-header-item s-header-item--login"><a class="s-header-item__link s-header-item__link--login" href="https://www.livejournal.com/login.bml?returnto={quote(url, safe='')}" rel="nofollow">{E(c["login"])}</a></li>
<li class="s-header-item s-header-item--signup"><a class="s-header-item__link s-header-item__link--signup" href="https://www.livejournal.com/create?utm_source=journal_header">{E(c["signup"])}</a></li>
</ul>
</div>
</div>
<div class="ljadwrapper-journal-top" data-ljadv-slot="journal_top"><div id="ljadv-journal-top" class="lj-adv lj-adv--leaderboard"></div></div>
<div id="canvas"><div class="inner">
<div id="header" class="s2-header"><div class="inner">
<h1 id="title"><span><a href="{base}/">{E(s["title"])}</a></span></h1>
<h2 id="subtitle"><span>{E(s["subtitle"])}</span></h2>
</div></div>
<div id="navigation" class="s2-navigation"><ul class="navlinks">
<li class="page-recent"><a href="{base}/">{E(c["recent"])}</a></li>
<li class="page-archive"><a href="{base}/calendar">{E(c["archive"])}</a></li>
<li class="page-friends"><a href="{base}/friends">{E(c["friends"])}</a></li>
<li class="page-userinfo"><a href="{base}/profile/">{E(c["profile"])}</a></li>
</ul></div>
<div id="content"><div class="inner">
<div id="primary"><div class="inner">
<article class="aentry aentry-post b-singlepost hentry h-entry entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-C has-subject" id="entry-{site}-{itemid}" data-itemid="{itemid}" data-journal="{site}" data-poster="{poster}">
<div class="aentry-head">
<h1 class="aentry-post__title b-singlepost-title entry-title p-name"><a href="{url}" class="subj-link">{E(art["title"])}</a></h1>
<div class="aentry-head__meta b-singlepost-author">
<span class="aentry-post__date b-singlepost-author-date"><time class="published dt-published" datetime="{iso}">{E(shown)}</time></span>
<div class="poster b-singlepost-author-userinfo">{ljuser(poster)} {E(c["wrote_in"])} {ljuser(site, True)}</div>
</div>
</div>
<div class="aentry-post__text aentry-post__text--view b-singlepost-body entry-content e-content" lj-sale-entry="" lj-embed-resizer="">
<div class="b-singlepost-bodywrapper">{content}</div>
</div>
{moods}
<div class="ljtags aentry-tags"><span class="aentry-tags__title">{E(c["tags"])}</span> {tags}</div>
<div class="aentry-post__footer entry-footer">
<ul class="entry-interaction-links text-links">
<li class="entry-permalink first-item"><a href="{url}">{E(c["link"])}</a></li>
<li class="entry-readlink"><a href="{url}?view=comments#comments">{E(c["n_comments"].format(n=ncom))}</a></li>
<li class="entry-replylink"><a href="{url}?mode=reply#add_comment" rel="nofollow">{E(c["leave"])}</a></li>
</ul>
{share}
</div>
</article>
<div class="ljadwrapper-journal-after-post-c" data-ljadv-slot="journal_after_post"><div id="ljadv-journal-after-post" class="lj-adv lj-adv--after-post"></div></div>
<div class="b-singlepost-prevnext entry-prevnext">
<a class="b-controls b-controls-prev" href="{base}/{itemid}.html?go=prev" rel="prev" title="{A(s["prev"])}"><span class="b-controls-label">&larr; {E(c["prev"])}</span></a>
<a class="b-controls b-controls-next" href="{base}/{itemid}.html?go=next" rel="next" title="{A(s["next"])}"><span class="b-controls-label">{E(c["next"])} &rarr;</span></a>
</div>
<section class="b-popular-in-community" data-widget="popular-in-community"><h2 class="b-popular-in-community__title">{E(c["popular"])}</h2><ul class="b-popular-in-community__list">{popular}</ul></section>
<div id="comments" class="b-grove">
{xylem % ("first", E(c["n_comments"].format(n=ncom)), url, E(c["leave"]))}
<div class="b-tree b-tree-root">
{"".join(leaves)}
</div>
{xylem % ("last", E(c["n_comments"].format(n=ncom)), url, E(c["leave"]))}
</div>
</div></div>
<div id="secondary"><div class="inner">
<div class="module module-userprofile"><h2 class="module-header">{E(c["profile"])}</h2><div class="module-content">
<div class="userpic"><a href="{base}/profile/"><img src="https://l-userpic.livejournal.com/{up_id}/{up_user}" alt="{A(site)}" width="100" height="100" /></a></div>
<ul class="userlite-interaction-links"><li class="profile-user">{ljuser(site, True)}</li><li class="profile-name">{E(s["title"])}</li></ul>
<p class="profile-desc">{E(s["profile"])}</p>
<p class="profile-maintainer">{E(c["maintainer"])} {ljuser(s["maintainer"])}</p>
<p class="profile-members">{E(c["members"].format(n=rng.randint(180, 2400)))}</p>
</div></div>
{lj_calendar(c, s, art["date"], rng)}
<div class="module module-tags_cloud"><h2 class="module-header">{E(c["tags_module"])}</h2><div class="module-content"><ul class="module-list">{tagcloud}</ul></div></div>
<div class="module module-links"><h2 class="module-header">{E(c["links_module"])}</h2><div class="module-content"><ul class="module-list">{links}</ul></div></div>
<div class="ljadwrapper-journal-sidebar" data-ljadv-slot="journal_sidebar"><div id="ljadv-journal-sidebar" class="lj-adv lj-adv--sidebar"></div></div>
<div class="module module-powered"><div class="module-content"><a href="https://www.livejournal.com/">{E(c["powered"])}</a></div></div>
</div></div>
</div></div>
</div></div>
<footer class="s-footer" role="contentinfo"><div class="s-footer__inner">
<ul class="s-footer-nav">{footer}</ul>
<div class="s-footer-lang"><span class="s-footer-lang__label">{E(c["choose_lang"])}</span> <a href="#" class="s-footer-lang__current">{E(c["lang_item"])}</a></div>
<p class="s-footer-copyright">{E(c["copyright"])}</p>
</div></footer>
<div class="lj-cookies-notice" id="js-cookies-notice" hidden="hidden"><p class="lj-cookies-notice__text">{E(c["cookies"])}</p><button type="button" class="lj-cookies-notice__button">{E(c["cookies_ok"])}</button></div>
<script type="text/javascript">LJ.injectLiveJournalVariables && LJ.injectLiveJournalVariables(Site);jQuery(function(){{ LJ.Entry && LJ.Entry.init({{ "itemid": {itemid}, "journal": "{site}" }}); }});</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the poster's text and the earlier layouts used here set inline text as make_pages does)

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"livejournal": ["share", "comments", "topics", "related"]}  # (the share bar, the comment count and
# "Leave a comment", the tags line and "Popular in the community" follow the entry text)
for _mod, _names in ((mp58, ["eleventy"]), (mp66, ["expressionengine"]), (mp80, ["octobercms"]), (mp79, ["divi"]),
                     (mp61, ["dnn"]), (mp82, ["helixultimate"]), (mp91, ["oxygen"]), (mp59, ["mediawiki"]),
                     (mp2, ["liveblog"]), (mp88, ["yootheme"]), (mp57, ["webforms"]), (mp78, ["bricks"]), (mp83, ["kadence"]),
                     (mp43, ["concrete"]), (mp93, ["strikingly"]), (mp72, ["simorgh"]), (mp39, ["ibexa"]),
                     (mp63, ["sitefinity"]), (mp42, ["processwire"]), (mp69, ["arcxp"]), (mp52, ["bitrixportal"]),
                     (mp95, ["mobirise"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "hearingloops", "fuelvouchers", "icegrips"]
NEW_FAMILIES = ["hearingloops", "fuelvouchers", "icegrips"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them; see the docstring for the nearest earlier families)
NEW_FAMILY_WORDS = {"hearingloops": ["hearingloops", "hearing loop", "hearing-loop", "induction loop", "induktive höranlage",
                                     "induktionsschleife", "boucle magnétique", "bucle magnético"],
                    "fuelvouchers": ["fuelvouchers", "fuel voucher", "fuel-voucher", "prepayment top-up", "top-up voucher",
                                     "талоны на топливо", "yakacak desteği"],
                    "icegrips": ["icegrips", "ice grip", "ice-grip", "schuhspikes", "ледоступ", "tacos antideslizantes"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small site (a LiveJournal community, a village association, a sports club) would not carry (no newsroom
# to credit a photograph to, to update a story or to have reporters, no adverts, app or paywall)
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
    "cookie": ['<div class="media-gate-t104"><p class="media-gate-t104__msg">%s</p><button class="media-gate-t104__ok" type="button">Allow</button></div>',
               '<p class="thirdparty-off-t104">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="fireside-box-t104"><p class="fireside-box-t104__txt">%s</p><a class="fireside-box-t104__go" href="/letters/fireside">Get it</a></div>',
                   '<p class="free-count-t104">%s</p>', '<h6 class="fireside-line-t104">%s</h6>'],
    "share": ['<ul class="pass-round-t104">{items}</ul>', '<div class="pass-round-bar-t104">%s</div>', '<p><a href="#pass">%s</a></p>'],
    "photo": ['<p class="sent-pic-t104">%s</p>', '<span class="sent-pic-tag-t104">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="no-copy-t104">%s</p>', '<div class="reuse-terms-t104"><small>%s</small></div>', '<p><small><i>%s</i></small></p>'],
    "section": ['<p class="valley-path-t104">%s</p>', '<h6 class="valley-label-t104">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="flake-rule-t104">%s</p>', '<div class="star-break-t104">%s</div>', '<p style="text-align: center;">%s</p>'],
    "credit": ['<p class="extra-report-t104">%s</p>', '<div class="desk-credit-t104">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="title-again-t104"><b>%s</b></p>', '<h2 class="title-copy-t104">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="promoted-box-t104">%s</div>', '<p class="carries-on-t104">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-rest-t104"><a href="#rest">%s</a></p>', '<div class="unfold-t104">%s</div>', '<div><a href="#rest"><b>%s</b></a></div>'],
    "comments": ['<p class="talking-t104"><a href="#comments">%s</a></p>', '<div class="talk-count-t104">%s</div>', '<p><a href="#respond">%s</a></p>'],
    "readtime": ['<p class="read-mins-t104">%s</p>', '<span class="read-mins-chip-t104">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="changed-at-t104"><time>%s</time></p>', '<div class="change-stamp-t104">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="hear-it-t104"><button class="hear-it-t104__btn" type="button" aria-label="Play"></button><span class="hear-it-t104__lbl">%s</span></div>',
              '<p class="hear-line-t104"><a href="#hear">%s</a></p>', '<div><a href="#hear">%s</a></div>'],
    "correction": ['<aside class="put-right-t104"><p>%s</p></aside>', '<p class="put-right-note-t104"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="carry-app-t104"><p class="carry-app-t104__txt">%s</p><a class="carry-app-t104__go" href="/app">Download</a></div>',
            '<p class="app-line-t104">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="reporter-note-t104"><p class="reporter-note-t104__txt">%s</p></div>', '<p class="reporter-line-t104"><i>%s</i></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="got-story-t104"><p>%s</p></div>', '<p class="call-desk-t104">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="spot-error-t104"><p>%s</p></div>', '<p class="ctrl-enter-t104">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="alerts-ask-t104"><p class="alerts-ask-t104__q">%s</p></div>', '<ul class="alerts-opts-t104">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="keep-tools-t104">{items}</ul>', '<p class="keep-line-t104">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="how-did-t104"><p class="how-did-t104__q">%s</p></div>', '<ul class="how-did-opts-t104">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-t104"><p>%s</p></div>', '<p class="complaints-to-t104"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="filed-under-t104"><span class="filed-under-t104__txt">%s</span></div>', '<ul class="filed-list-t104">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-later-t104"><a class="keep-later-t104__a" href="#keep">%s</a></div>', '<p class="keep-later-line-t104"><a href="#keep">%s</a></p>',
                 '<div><a href="#keep">%s</a></div>'],
    "poll": ['<div class="valley-poll-t104"><p class="valley-poll-t104__q">%s</p><button class="valley-poll-t104__b" type="button">Vote</button></div>',
             '<ul class="valley-poll-opts-t104">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/T{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/T{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-stub-t104"><a class="video-stub-t104__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({looplist}: the rooms with a loop and where to sit, then switching to T,
    # who to ask and the portable loop, as a list; {looprows}: the rooms as a table; {loopdl}: switching, asking and
    # the portable loop as a definition list; {fuellist}, {fuelrows}, {fueldl}: who refers, how much, how to redeem,
    # and how often, what to bring, questions; {icelist}, {icerows}, {icedl}: the collection points and hours, and
    # sizes, who qualifies, fitting, one pair while stocks last)
    "hearingloops": ['<div class="loop-here-t104"><h4 class="loop-here-t104__hd">%s</h4><ul class="loop-here-t104__list">{looplist}</ul></div>',
                     '<div class="loop-rooms-t104"><p class="loop-rooms-t104__hd"><strong>%s</strong></p><table class="loop-rooms-t104__tbl">{looprows}</table></div>',
                     '<p class="loop-how-t104"><a class="loop-how-t104__a" href="/accessibilite/boucle-magnetique">%s</a></p>',
                     '<div class="loop-card-t104"><h5 class="loop-card-t104__hd">%s</h5><dl class="loop-card-t104__dl">{loopdl}</dl></div>'],
    "fuelvouchers": ['<aside class="fuel-help-t104"><h4 class="fuel-help-t104__hd">%s</h4><ul class="fuel-help-t104__list">{fuellist}</ul></aside>',
                     '<div class="fuel-scheme-t104"><p class="fuel-scheme-t104__hd"><b>%s</b></p><table class="fuel-scheme-t104__tbl">{fuelrows}</table></div>',
                     '<p class="fuel-ask-t104"><a class="fuel-ask-t104__a" href="/yardim/yakacak">%s</a></p>',
                     '<div class="fuel-card-t104"><h5 class="fuel-card-t104__hd">%s</h5><dl class="fuel-card-t104__dl">{fueldl}</dl></div>'],
    "icegrips": ['<div class="grip-points-t104"><h4 class="grip-points-t104__hd">%s</h4><ul class="grip-points-t104__list">{icelist}</ul></div>',
                 '<div class="grip-table-t104"><p class="grip-table-t104__hd"><strong>%s</strong></p><table class="grip-table-t104__tbl">{icerows}</table></div>',
                 '<p class="grip-claim-t104"><a class="grip-claim-t104__btn" role="button" href="/invierno/tacos-antideslizantes">%s</a></p>',
                 '<div class="grip-card-t104"><h5 class="grip-card-t104__hd">%s</h5><dl class="grip-card-t104__dl">{icedl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/letters/fireside"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> — ']),
          "hearingloops": (0.0, [' <a href="/accessibilite/boucle-magnetique"><strong>%s</strong></a>']),
          "fuelvouchers": (0.0, ['<br><a href="/yardim/yakacak"><strong>%s</strong></a>']),
          "icegrips": (0.0, ['<br><a class="btn" href="/invierno/tacos-antideslizantes"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "hearingloops": 2, "fuelvouchers": 2, "icegrips": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="extra-pic-t104"><img src="/media/{id}-extra.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-pic.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="along-river-t104"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="also-news-t104"><p class="also-news-t104__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (LOOP_HEAD, FUEL_HEAD, ICE_HEAD, above), as the web teams left them (not checked)


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
    if "{loop" in style:
        out = (out.replace("{looplist}", "".join('<li><strong>%s</strong> — %s</li>' % tuple(esc(x) for x in r) for r in LOOP_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in LOOP_INFO[lang]))
               .replace("{looprows}", table(LOOP_HEAD[lang], LOOP_ROWS[lang])).replace("{loopdl}", dl(LOOP_INFO[lang])))
    if "{fuel" in style:
        out = (out.replace("{fuellist}", "".join('<li><strong>%s:</strong> %s</li>' % tuple(esc(x) for x in r) for r in FUEL_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in FUEL_INFO[lang]))
               .replace("{fuelrows}", table(FUEL_HEAD[lang], FUEL_ROWS[lang])).replace("{fueldl}", dl(FUEL_ROWS[lang] + FUEL_INFO[lang])))
    if "{ice" in style:
        out = (out.replace("{icelist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in ICE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in ICE_INFO[lang]))
               .replace("{icerows}", table(ICE_HEAD[lang], ICE_ROWS[lang])).replace("{icedl}", dl(ICE_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "hearingloops": rng.choice([mid, n, n]),
               "fuelvouchers": rng.choice([mid, n]), "icegrips": rng.choice([mid, n])}.get(fam, mid)
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
# the block editor's drop cap on Kadence (core/paragraph with dropCap)
DROPCAP = {"kadence": ("class", "has-drop-cap")}
# the editor's Bootstrap alert around a subheading and its paragraph (Helix Ultimate's article editor)
BOX = {"helixultimate": ("wrap", '<div class="alert alert-info" role="note">\n', "\n</div>")}
# a markdown-it-container "note" block around a subheading and its list (the Eleventy site's markdown)
FACTBOX = {"eleventy": ("wrap", '<div class="note note--facts">\n', "\n</div>")}
# the October CMS theme's callout snippet around a paragraph
CALLOUT = {"octobercms": ('<div class="callout callout--info"><span class="callout__icon" aria-hidden="true">i</span><p>', "</p></div>")}
BOLD = {}
ITALIC = {}
# a highlight: a <mark>, and on LiveJournal the rich editor's background colour
HIGHLIGHT = {"livejournal": ('<span style="background-color: #fff3a0;">', "</span>")}


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
# templates: livejournal is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"livejournal": tpl_livejournal, "eleventy": mp58.tpl_eleventy, "expressionengine": mp66.tpl_expressionengine,
                 "octobercms": mp80.tpl_octobercms, "divi": mp79.tpl_divi, "dnn": mp61.tpl_dnn,
                 "helixultimate": mp82.tpl_helixultimate, "oxygen": mp91.tpl_oxygen, "mediawiki": mp59.tpl_mediawiki,
                 "liveblog": mp2.tpl_liveblog, "yootheme": mp88.tpl_yootheme, "webforms": mp57.tpl_webforms,
                 "bricks": mp78.tpl_bricks, "kadence": mp83.tpl_kadence, "concrete": mp43.tpl_concrete,
                 "strikingly": mp93.tpl_strikingly, "simorgh": mp72.tpl_simorgh, "ibexa": mp39.tpl_ibexa,
                 "sitefinity": mp63.tpl_sitefinity, "processwire": mp42.tpl_processwire, "arcxp": mp69.tpl_arcxp,
                 "bitrixportal": mp52.tpl_bitrixportal, "mobirise": mp95.tpl_mobirise}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h102), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "livejournal"
# the layouts this part may use besides its new one (the brief's list: none used by h96 .. h102), and at least
# MIN_NEW_LANG of them in a language the part that last used the layout did not give it
ALLOWED = ("arcxp", "bitrixportal", "bricks", "concrete", "divi", "dnn", "eleventy", "expressionengine", "helixultimate",
           "ibexa", "kadence", "liveblog", "mediawiki", "mobirise", "octobercms", "oxygen", "processwire", "sharepoint",
           "simorgh", "sitefinity", "strikingly", "sveltekit", "webforms", "yootheme")
MIN_NEW_LANG = 14
RECENT_PARTS = (mp96, mp97, mp98, mp99, mp100, mp101, mp102)
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"eleventy": (mp58, "ELEVENTY"), "expressionengine": (mp66, "EE_SITES"), "octobercms": (mp80, "OCTOBER_SITES"),
              "divi": (mp79, "DIVI_SITES"), "dnn": (mp61, "DNN"), "helixultimate": (mp82, "HELIX_SITES"),
              "oxygen": (mp91, "OXY_SITES"), "mediawiki": (mp59, "MW"), "yootheme": (mp88, "YOO_SITES"),
              "webforms": (mp57, "WEBFORMS"), "bricks": (mp78, "BRICKS_SITES"), "kadence": (mp83, "KADENCE_SITES"),
              "concrete": (mp43, "CONCRETE"), "strikingly": (mp93, "STK_SITES"), "simorgh": (mp72, "SM_SITES"),
              "ibexa": (mp39, "IBEXA"), "sitefinity": (mp63, "SITEFINITY"), "processwire": (mp42, "PW"),
              "arcxp": (mp69, "AX_SITES"), "bitrixportal": (mp52, "BITRIX"), "mobirise": (mp95, "MOBI_SITES")}
# the platforms' strings by language (a page on one of them needs its language there, from the earlier part or
# from PLATFORM_STRINGS)
CORE_DICTS = {"eleventy": (mp58, "ELEVENTY_CORE"), "expressionengine": (mp66, "EE_CORE"), "octobercms": (mp80, "OCTOBER_CORE"),
              "divi": (mp79, "DIVI_CORE"), "dnn": (mp61, "DNN_CORE"), "helixultimate": (mp82, "HELIX_CORE"),
              "oxygen": (mp91, "OXY_CORE"), "mediawiki": (mp59, "MW_CORE"), "yootheme": (mp88, "YOO_CORE"),
              "webforms": (mp57, "WEBFORMS_CORE"), "bricks": (mp78, "BRICKS_CORE"), "kadence": (mp83, "KADENCE_CORE"),
              "concrete": (mp43, "CONCRETE_CORE"), "strikingly": (mp93, "STK_CORE"), "simorgh": (mp72, "SM_CORE"),
              "ibexa": (mp39, "IBEXA_CORE"), "sitefinity": (mp63, "SITEFINITY_CORE"), "processwire": (mp42, "PW_CORE"),
              "arcxp": (mp69, "AX_CORE"), "bitrixportal": (mp52, "BITRIX_CORE"), "mobirise": (mp95, "MOBI_CORE"),
              "liveblog": (mp2, "LIVE")}


# file names an earlier helper builds from its own site's name (the MediaWiki helper names the story's picture after
# its parish): renamed after this part's site
FILE_NAMES = {"mediawiki": (("Dunmere_2026", "Dunstow_2026"),)}


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
            rng = random.Random("newsflow-heldout104-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI104[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 103) for x in ("en", "intl")]
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
    # layouts: livejournal (new to the set) on two pages, in two languages; every other page on a different earlier
    # layout of the brief's list, none of them used by h96 .. h102
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
    # the livejournal pages: a community of LJ_SITES in its own language, with the entry's poster and mood / location /
    # music lines; of the looks only those the poster can set (bold, italics, a highlight, a line break); the later
    # layouts keyed by site name: a site this part adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in LJ_SITES or LJ_SITES[a["site"]]["lang"] != a["lang"]
                                       or set(a.get("lj", {})) != {"poster", "mood", "location", "music"}
                                       or any(st not in LJ_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: livejournal page needs a community in its language, the entry's lines and the editor's looks only" % a["id"])
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
    lj_sites = [{k: v for k, v in d.items() if k not in LJ_EXEMPT} for d in LJ_SITES.values()]
    lj_lines = [a.get("lj", {}) for a in ARTICLES]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (LJ_CORE, PLATFORM_STRINGS, LOOP_HEAD, FUEL_HEAD and ICE_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("LJ_SITES", lj_sites), ("entry lines", lj_lines), ("UI_NEW", UI_NEW), ("tags", tags)):
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








