#!/usr/bin/env python3
"""Hundred-and-second held-out part (h102-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout102.py           # write pages/h102-*.html
    python benchmarks/data/extraction/make_heldout102.py --check   # verify pages/h102-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout102.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout101.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout100.py and make_heldout99.py: build() -> (pages, truth, meta) and verify(pages, truth) ->
problems, with the same signatures, so that make_pages.py can import this module and merge it the same way.  The
page ids carry a three-digit part number (h102-en-001 ...): nothing here slices an id by position, the seed is the
whole id, and verify() builds the expected ids from PART.
Stories are in articles_h102_en.py / articles_h102_intl.py (fictional local and regional outlets, two Hashnode
blogs kept by local journalists, a volunteer community website, a village newsletter on Substack, a non-profit
newsroom, a neighbours' association, a town longread project and a personal blog, in invented places --
Hollinsbeck on the Lenn estuary with Merrow Sands, Thurlow Quay, Ashcombe, Brindle Edge and Kestle Wood Country
Park, Mersinkıyı with Defneli, Tannweiler in the Ellertal with Hasental and Birkenrode, Montbrizac on the Drouane
with the hamlet of Les Genêts, Torrelobos with the beach of La Caleta and Aldealena, Верхнеольховск on the
Ольховка with Заречное --; every name and number invented).  The residue wordings -- thirty of the generic
families of the earlier parts (one wording each in every language, two for the newsletter, whose first is the pitch
run into a paragraph, and for the embed) plus three new ones -- their wrapper class names, related headlines and
teasers, site names, the sites' own strings in the earlier layouts and the furniture strings are new here: verify()
refuses to build if one reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings,
widget rows, headlines, tags or site names of make_heldout2..100, if a wrapper class name of an earlier part recurs,
if a "new" family is already in an earlier pool, family list, template family or docstring, if a story paragraph or
headline of an earlier part (h99 and h100 included) recurs, if a headline is also a story paragraph, or if a body is
outside 150-400 words.  The earlier families placed only for a reason in a story (calendar, map, gallery, scores)
are not used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three languages, their four markups in turn over the part (a list, a table, a link or
button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on the
third carrier --, a definition-list card).  The nearest earlier families are make_heldout70's UV-index panel (the
day's UV readings with a single line of sun-protection advice), make_heldout74's hazardous-waste amnesty days and
make_heldout81's pest-control charges; none of them is a tick-bite advice panel, a list of knife bins or a list of
free sun-cream stations, so the brief's three subjects are taken as they stand: tick-check and Lyme-disease advice
panels (ticksafety: how to check yourself and your dog, how to take a tick out, cleaning the bite, the spreading
rash to watch for, when to see a doctor and what not to do) on an English blogger's night at a country park's deer
count (the new layout: the list), an English village newsletter's new dog field on the common (the table), a German
town's new dog meadow in the municipal forest (the "tick bite?" link, run into the last paragraph) and a French
department's country park reopening its paths (the card); knife-amnesty bin panels (knifebins: the bins' sites,
where exactly and when they can be reached, that nobody asks who you are, what can go in and who empties them) on
an English estate's youth centre reopening (the list), an English police appeal after a teenager was stabbed at a
bus station (the table), a German police force's new surrender boxes after a stabbing at a station (the "nearest
box" button) and a Spanish neighbours' association's civic centre opening for teenagers (the card); and free
sun-cream station panels (suncream: the stations, the factor and the refill times, who pays, how to use it and what
to do when one is empty) on an English beach's early lifeguard season (the list), an English lido attendant's
farewell interview (the table), a Turkish blogger's summer fair on the seafront (the "nearest station" link, run
into the last paragraph) and a Spanish beach getting its blue flag back (the card).  Only the languages that carry
a new family have its rows (WIDGET_LANGS); the tables' heads (TICK_HEAD, KNIFE_HEAD, SUN_HEAD) are the web teams'
generic strings and not checked; the rows (TICK_ROWS, TICK_INFO, KNIFE_ROWS, KNIFE_INFO, SUN_ROWS, SUN_INFO) are,
cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for the two Hashnode blogs, the Substack village newsletter and the neighbours' association
on Webnode -- no newsroom to credit a photograph to, update a story, sell adverts or send reporters); a correction
box goes only on a story that was corrected, with that story's own wording (a German community bus's number of
seats, which the page carries among its residue, and an English seafront's parking charges' start date, the page's
only residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and
widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists and
tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share
line, the tick-bite link, the knife-bin button, the sun-cream link; only one line in any paragraph) or a section tag
run into the start of the first paragraph.  On the new layout, residue the owner pasted sits among the paragraphs of
the post's content (and so in the __NEXT_DATA__ copy of it as well).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap (the
block editor's has-drop-cap on astra), italics (one-line quotes on hashnode and astro), bold (one-line paragraphs on
hashnode and storybody: "Nobody went home early.", "The shop will stay open seven days a week."), a highlighted
sentence (a <mark> on hashnode and hexo), a paragraph in a box (Jannah's box shortcode around a subheading and its
paragraph), a fact box holding a subheading and its list (Grav's notices around "The centre in numbers"), a callout
(WPBakery's message box), a paragraph typed after a <br> (on nuxt and storybody); story structures that look like
furniture but are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "And
after Sunday?", "And the hardest year?", "Sizden sonra limanda kaç balıkçı kalacak?", "А что будет после
пятницы?" --, in English, Turkish and Russian: a lido attendant after 38 summers, a fisherman after 41 years, a
librarian after 44), a question set in bold as a crosshead on a Turkish blog, lists inside the story (a youth
centre's numbers, a village shop's plans, a community bus's timetable, a market's new stalls), crossheads as
headings (a youth centre, a beach's flags and parking, a community bus, a fisherman's boat, a Russian mill's three
owners) and as bold paragraphs (a brass band, a French cinema, a Spanish market), one-line quotes and short one-line
paragraphs, a closing line with practical information (a deer count's results, youth-centre sessions, a lido's
season, a dog field's bin days, a police number, concert tickets, a shop's handover, pay machines, a fair's photos,
a farewell lunch, an olive press's hours, a police tip line, a bus timetable, a park's hours, farm visits, a
cinema's reopening, test results on a notice board, volunteering, a market's hours, a mill's tours, a send-off, an
ice-hockey match), and story sentences that use furniture words in ordinary reporting ("Subscribe to the Ashcombe
dog walkers' group chat" opening a story, "follow the shop's progress" and "contact Crimestoppers" closing stories,
"Cookies au sarrasin" opening a French story, "fotoğraflarını ... paylaşabilir", "escríbenos").  Two pages carry no
residue at all (an English brass band on wordpress and a Turkish olive cooperative on table) and one only its
correction line (English seafront parking charges on legacy-br).
One page layout is new (hashnode: a post on a blog hosted on Hashnode, on two pages, an English and a Turkish
journalist's blog; see the section of the layout below).  Hashnode's own strings (HASHNODE_CORE, English on both
blogs, as the platform does not translate its blog chrome) are left as they ship and not checked; the blogs' own
strings (HASHNODE_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, storybody,
legacy-br, table, ghost, semantic (make_pages.py), movabletype (make_heldout25.py), kirby (make_heldout28.py), grav
(make_heldout29.py), tagdiv (make_heldout30.py), jannah (make_heldout31.py), astra (make_heldout32.py), nuxt
(make_heldout34.py), statamic (make_heldout40.py), gatsby (make_heldout48.py), hexo (make_heldout49.py), substackpub
(make_heldout51.py), astro (make_heldout55.py), wpbakery (make_heldout74.py), shorthand (make_heldout75.py),
beehiiv (make_heldout77.py) and webnode (make_heldout90.py) --, none of them in the language h99 or h100 gave it,
none of them the layout an earlier part introduced most recently (avada, jnews, enfold, nicepage), and 16 of them
(all but the six first-round layouts) used by none of h97 .. h100 (English on grav, movabletype, tagdiv,
substackpub, astro, wordpress, storybody and legacy-br; Turkish on jannah and table; German on kirby, gatsby and
nuxt; French on astra, beehiiv and ghost; Spanish on wpbakery, webnode and semantic; Russian on shorthand, statamic
and hexo); while a page is rendered, the earlier modules' related headlines and teasers, the strings that belong to
one site rather than to the platform (see SITE_STRINGS: the layouts keyed by language -- Grav, Movable Type, tagDiv,
Kirby --, the layouts keyed by site name -- Substack, Astro, Jannah, Gatsby, Nuxt, Astra, beehiiv, WPBakery,
Webnode, Shorthand, Statamic, Hexo -- get this part's own site added) and the residue pools those helpers draw from
themselves (the table layout's banner label, the Gatsby and Nuxt sites' advert label) are swapped for this part's
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
import make_heldout95 as mp95  # noqa: E402
import make_heldout96 as mp96  # noqa: E402
import make_heldout97 as mp97  # noqa: E402
import make_heldout98 as mp98  # noqa: E402
import make_heldout99 as mp99  # noqa: E402
import make_heldout100 as mp100  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h102_en import ARTICLES as H102_EN  # noqa: E402
from articles_h102_intl import ARTICLES as H102_INTL  # noqa: E402

ARTICLES = H102_EN + H102_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100)
# parts whose layouts' languages this part avoids (the two latest finished parts; h101 is written at the same time
# and was not read)
LANG_PARTS = (mp99, mp100)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp97, mp98, mp99, mp100)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h102"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h100 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Hollinsbeck videos and route maps load once you switch on the embedded-content cookies"],
        "tr": ["Mersinkıyı videoları ve yol haritaları, gömülü içerik çerezlerini açtığınızda yüklenir"],
        "de": ["Videos und Wegekarten aus Tannweiler erscheinen erst, wenn Sie Cookies für eingebettete Inhalte einschalten"],
        "fr": ["Les vidéos et les plans de Montbrizac s'affichent dès que vous activez les cookies de contenus intégrés"],
        "es": ["Los vídeos y planos de Torrelobos se cargan cuando activas las cookies de contenido incrustado"],
        "ru": ["Видео и схемы Верхнеольховска загрузятся, когда вы включите cookie для встроенного контента"],
    },
    "newsletter": {
        "en": ["Sign up for the Lenn Valley Teatime Briefing, out at 4pm",
               "You have reached your free Hollinsbeck articles for this month: register free to carry on"],
        "tr": ["Mersinkıyı İkindi Bülteni'ne kaydolun, her gün 16.00'da gelsin",
               "Bu ayki ücretsiz Mersinkıyı haberlerinizi bitirdiniz: devam etmek için ücretsiz kaydolun"],
        "de": ["Melden Sie sich für den Ellertaler Nachmittagsbrief an, jeden Tag um 16 Uhr",
               "Ihre freien Tannweiler Artikel für diesen Monat sind aufgebraucht: Registrieren Sie sich kostenlos, um weiterzulesen"],
        "fr": ["Inscrivez-vous au Goûter de la Drouane, la lettre de 16 heures",
               "Vous avez lu vos articles gratuits sur Montbrizac ce mois-ci : inscrivez-vous gratuitement pour continuer"],
        "es": ["Apúntate a la Merienda de Torrelobos, el boletín de las 16.00",
               "Has agotado tus noticias gratuitas de Torrelobos de este mes: regístrate gratis para seguir"],
        "ru": ["Подпишитесь на «Ольховский полдник» — письмо в 16:00",
               "Бесплатные материалы о Верхнеольховске на этот месяц закончились: зарегистрируйтесь бесплатно, чтобы читать дальше"],
    },
    "share": {
        "en": ["Tell Hollinsbeck: Facebook · WhatsApp · Bluesky · Copy link"],
        "tr": ["Mersinkıyı'na duyur: Facebook · WhatsApp · Bluesky · Bağlantıyı kopyala"],
        "de": ["Tannweiler erzählen: Facebook · WhatsApp · Bluesky · Link kopieren"],
        "fr": ["Le dire à Montbrizac : Facebook · WhatsApp · Bluesky · Copier le lien"],
        "es": ["Cuéntalo en Torrelobos: Facebook · WhatsApp · Bluesky · Copiar enlace"],
        "ru": ["Рассказать Верхнеольховску: ВКонтакте · Telegram · Max · Скопировать ссылку"],
    },
    "photo": {
        "en": ["Image supplied by a Hollinsbeck reader"],
        "tr": ["Görsel: bir Mersinkıyı okurundan"],
        "de": ["Bild: eingesandt von einem Tannweiler Leser"],
        "fr": ["Image : transmise par une lectrice de Montbrizac"],
        "es": ["Imagen cedida por una lectora de Torrelobos"],
        "ru": ["Снимок передала читательница из Верхнеольховска"],
    },
    "copyright": {
        "en": ["Reproducing this Hollinsbeck report in any form needs written consent from {site}."],
        "tr": ["Bu Mersinkıyı haberinin herhangi bir biçimde çoğaltılması {site} yazılı onayına bağlıdır."],
        "de": ["Jede Vervielfältigung dieses Tannweiler Berichts bedarf der schriftlichen Zustimmung von {site}."],
        "fr": ["Toute reproduction de cet article sur Montbrizac exige l'accord écrit de {site}."],
        "es": ["Reproducir esta información de Torrelobos por cualquier medio requiere el permiso escrito de {site}."],
        "ru": ["Любое воспроизведение этого материала о Верхнеольховске — только с письменного согласия «{site}»."],
    },
    "section": {
        "en": ["Hollinsbeck & Lenn valley / {section}"],
        "tr": ["Mersinkıyı & köyleri / {section}"],
        "de": ["Tannweiler & Ellertal / {section}"],
        "fr": ["Montbrizac & Drouane / {section}"],
        "es": ["Torrelobos & La Caleta / {section}"],
        "ru": ["Верхнеольховск и округа / {section}"],
    },
    "related": {
        "en": ["Elsewhere in Hollinsbeck this week"],
        "tr": ["Bu hafta Mersinkıyı'nda başka neler oldu"],
        "de": ["Was diese Woche sonst in Tannweiler passierte"],
        "fr": ["Ailleurs à Montbrizac cette semaine"],
        "es": ["Esta semana, en otros rincones de Torrelobos"],
        "ru": ["Что ещё случилось в Верхнеольховске на этой неделе"],
    },
    "symbol": {"*": ["⋄ ⁕ ⋄", "❦ · ❦", "☙ ☙ ☙ ☙"]},
    "credit": {
        "en": ["Additional words by the {site} news team in Hollinsbeck"],
        "tr": ["{site} Mersinkıyı haber ekibinin ek katkısıyla"],
        "de": ["Ergänzt vom Nachrichtenteam von {site} in Tannweiler"],
        "fr": ["Complété par l'équipe de {site} à Montbrizac"],
        "es": ["Completado por el equipo de {site} en Torrelobos"],
        "ru": ["Дополнено командой «{site}» в Верхнеольховске"],
    },
    "ad": {
        "en": ["Sponsored · Hollinsbeck news resumes after this"],
        "tr": ["Sponsorlu · Mersinkıyı haberi bunun ardından sürüyor"],
        "de": ["Gesponsert · danach geht es mit Tannweiler weiter"],
        "fr": ["Sponsorisé · la suite de l'actualité de Montbrizac après ceci"],
        "es": ["Patrocinado · la actualidad de Torrelobos sigue después"],
        "ru": ["Спонсорский блок · новости Верхнеольховска продолжатся после него"],
    },
    "continue": {
        "en": ["Expand the full Hollinsbeck article"],
        "tr": ["Mersinkıyı haberinin tamamını aç"],
        "de": ["Den ganzen Tannweiler Bericht aufklappen"],
        "fr": ["Déplier l'article complet sur Montbrizac"],
        "es": ["Desplegar la noticia completa de Torrelobos"],
        "ru": ["Развернуть весь материал о Верхнеольховске"],
    },
    "comments": {
        "en": ["{n} people in Hollinsbeck have had their say: add yours"],
        "tr": ["{n} Mersinkıyılı fikrini yazdı, sıra sizde"],
        "de": ["{n} Menschen aus Tannweiler haben mitgeredet: Ihre Meinung fehlt noch"],
        "fr": ["{n} habitants de Montbrizac ont donné leur avis : à vous"],
        "es": ["{n} vecinos de Torrelobos ya han opinado: ahora tú"],
        "ru": ["{n} жителей Верхнеольховска уже высказались — ваша очередь"],
    },
    "readtime": {
        "en": ["About {m} minutes of Hollinsbeck news"],
        "tr": ["Yaklaşık {m} dakikalık Mersinkıyı haberi"],
        "de": ["Etwa {m} Minuten Tannweiler Nachrichten"],
        "fr": ["Environ {m} minutes d'actualité de Montbrizac"],
        "es": ["Unos {m} minutos de actualidad de Torrelobos"],
        "ru": ["Примерно {m} минуты новостей Верхнеольховска"],
    },
    "updated": {
        "en": ["Revised {d}, {t}, Hollinsbeck newsroom"],
        "tr": ["Güncellendi: {d} {t}, Mersinkıyı haber merkezi"],
        "de": ["Überarbeitet am {d}, {t} Uhr, Newsroom Tannweiler"],
        "fr": ["Révisé le {d} à {t}, rédaction de Montbrizac"],
        "es": ["Revisado el {d} a las {t}, redacción de Torrelobos"],
        "ru": ["Обновлено {d} в {t}, редакция Верхнеольховска"],
    },
    "audio": {
        "en": ["Listen: this Hollinsbeck story read aloud · {m} min"],
        "tr": ["Dinleyin: bu Mersinkıyı haberi sesli · {m} dk"],
        "de": ["Anhören: dieser Tannweiler Bericht vorgelesen · {m} Min."],
        "fr": ["Écouter : cet article de Montbrizac lu à voix haute · {m} min"],
        "es": ["Escucha: esta noticia de Torrelobos leída en voz alta · {m} min"],
        "ru": ["Слушать: материал о Верхнеольховске вслух · {m} мин"],
    },
    "correction": {
        "en": ["This Hollinsbeck report was amended after publication."],
        "tr": ["Bu Mersinkıyı haberi yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Tannweiler Bericht wurde nach der Veröffentlichung korrigiert."],
        "fr": ["Cet article sur Montbrizac a été corrigé après sa publication."],
        "es": ["Esta noticia de Torrelobos se corrigió después de publicarse."],
        "ru": ["Материал о Верхнеольховске исправлен после публикации."],
    },
    "app": {
        "en": ["Hollinsbeck news in your pocket: get the free app from {site}"],
        "tr": ["Mersinkıyı haberleri cebinizde: {site} uygulamasını ücretsiz indirin"],
        "de": ["Tannweiler Nachrichten in der Hosentasche: die App von {site} gratis laden"],
        "fr": ["L'actualité de Montbrizac dans votre poche : téléchargez gratuitement l'appli {site}"],
        "es": ["La actualidad de Torrelobos en tu bolsillo: descarga gratis la app de {site}"],
        "ru": ["Новости Верхнеольховска всегда с собой: скачайте бесплатное приложение «{site}»"],
    },
    "bio": {
        "en": ["{by} covers {section} across Hollinsbeck, Thurlow Quay and Merrow Sands for {site}."],
        "tr": ["{by}, {site} için Mersinkıyı ve çevresinde {section} konularını izliyor."],
        "de": ["{by} berichtet für {site} aus Tannweiler und dem Ellertal über {section}."],
        "fr": ["{by} couvre la rubrique {section} à Montbrizac et dans la vallée de la Drouane pour {site}."],
        "es": ["{by} cubre {section} en Torrelobos y La Caleta para {site}."],
        "ru": ["{by} ведёт тему «{section}» в Верхнеольховске и Заречном для «{site}»."],
    },
    "tip": {
        "en": ["Seen something in Hollinsbeck we should know about? Message the newsroom on 01632 961 402"],
        "tr": ["Mersinkıyı'nda bilmemiz gereken bir şey mi gördünüz? Haber merkezine yazın: 0 (252) 900 14 02"],
        "de": ["Etwas in Tannweiler gesehen, das wir wissen sollten? Schreiben Sie dem Newsroom: 07164 9140-2"],
        "fr": ["Vous avez vu quelque chose à Montbrizac ? Écrivez à la rédaction au 05 65 00 14 02"],
        "es": ["¿Has visto algo en Torrelobos que debamos saber? Escribe a la redacción al 956 000 140"],
        "ru": ["Увидели в Верхнеольховске что-то важное? Напишите в редакцию: 8 (48441) 2-14-02"],
    },
    "typo": {
        "en": ["Found an error in this Hollinsbeck article? Highlight the words and tell the newsroom with Ctrl+Enter"],
        "tr": ["Bu Mersinkıyı haberinde hata mı buldunuz? Kelimeleri işaretleyip Ctrl+Enter ile haber merkezine bildirin"],
        "de": ["Einen Fehler im Tannweiler Artikel gefunden? Wörter markieren und per Strg+Enter an den Newsroom melden"],
        "fr": ["Une erreur dans cet article sur Montbrizac ? Surlignez les mots et signalez-la à la rédaction avec Ctrl+Entrée"],
        "es": ["¿Un error en esta noticia de Torrelobos? Marca las palabras y avisa a la redacción con Ctrl+Intro"],
        "ru": ["Нашли ошибку в материале о Верхнеольховске? Отметьте слова и сообщите редакции через Ctrl+Enter"],
    },
    "push": {
        "en": ["Hollinsbeck breaking news on your lock screen? Turn Hollinsbeck alerts on · Leave them off"],
        "tr": ["Mersinkıyı son dakikaları kilit ekranınızda olsun mu? Mersinkıyı bildirimlerini aç · Kapalı kalsın"],
        "de": ["Tannweiler Eilmeldungen auf dem Sperrbildschirm? Tannweiler Meldungen einschalten · Ausgeschaltet lassen"],
        "fr": ["Les alertes de Montbrizac sur votre écran verrouillé ? Activer les alertes de Montbrizac · Les laisser désactivées"],
        "es": ["¿Las últimas noticias de Torrelobos en tu pantalla de bloqueo? Activar avisos de Torrelobos · Dejarlos apagados"],
        "ru": ["Срочные новости Верхнеольховска на экране блокировки? Включить оповещения Верхнеольховска · Оставить выключенными"],
    },
    "print": {
        "en": ["Hollinsbeck article tools: Print · Save as PDF · Email a friend"],
        "tr": ["Mersinkıyı haber araçları: Yazdır · PDF olarak kaydet · Arkadaşına gönder"],
        "de": ["Werkzeuge zum Tannweiler Artikel: Drucken · Als PDF speichern · Einem Freund mailen"],
        "fr": ["Outils de l'article sur Montbrizac : Imprimer · Enregistrer en PDF · Envoyer à un ami"],
        "es": ["Herramientas de la noticia de Torrelobos: Imprimir · Guardar en PDF · Enviar a un amigo"],
        "ru": ["Инструменты материала о Верхнеольховске: Печать · Сохранить в PDF · Отправить другу"],
    },
    "feedback": {
        "en": ["Was this Hollinsbeck article useful? Useful for Hollinsbeck · Partly useful · Of no use to me"],
        "tr": ["Bu Mersinkıyı haberi işinize yaradı mı? Mersinkıyı için faydalı · Kısmen faydalı · Bana faydası yok"],
        "de": ["War dieser Tannweiler Artikel hilfreich? Hilfreich für Tannweiler · Teilweise hilfreich · Für mich nutzlos"],
        "fr": ["Cet article sur Montbrizac vous a-t-il été utile ? Utile pour Montbrizac · Utile en partie · Inutile pour moi"],
        "es": ["¿Te ha sido útil esta noticia de Torrelobos? Útil para Torrelobos · Útil en parte · No me sirve"],
        "ru": ["Был ли полезен материал о Верхнеольховске? Полезно для Верхнеольховска · Отчасти полезно · Мне бесполезно"],
    },
    "standards": {
        "en": ["{site} follows the IPSO Editors' Code; to complain about our Hollinsbeck reporting write to readers@hollinsbeck.example."],
        "tr": ["{site}, gazetecilik meslek ilkelerine bağlıdır; Mersinkıyı haberlerimize itirazınızı okur@mersinkiyi.example adresine iletin."],
        "de": ["{site} arbeitet nach dem Pressekodex; Beschwerden über unsere Tannweiler Berichte an leserrat@tannweiler.example."],
        "fr": ["{site} applique la charte d'éthique des journalistes ; réclamations sur nos articles de Montbrizac : mediateur@montbrizac.example."],
        "es": ["{site} se rige por el código deontológico periodístico; reclamaciones sobre nuestra información de Torrelobos a defensor@torrelobos.example."],
        "ru": ["«{site}» придерживается кодекса журналистской этики; претензии к материалам о Верхнеольховске: redakciya@verhneolhovsk.example."],
    },
    "topics": {
        "en": ["More on: {section} · Hollinsbeck · Merrow Sands"],
        "tr": ["Daha fazlası: {section} · Mersinkıyı · Defneli"],
        "de": ["Mehr zu: {section} · Tannweiler · Hasental"],
        "fr": ["Plus sur : {section} · Montbrizac · Les Genêts"],
        "es": ["Más sobre: {section} · Torrelobos · La Caleta"],
        "ru": ["Ещё по теме: {section} · Верхнеольховск · Заречное"],
    },
    "bookmark": {
        "en": ["☆ Save this Hollinsbeck article"],
        "tr": ["☆ Bu Mersinkıyı haberini kaydet"],
        "de": ["☆ Tannweiler Artikel speichern"],
        "fr": ["☆ Enregistrer cet article sur Montbrizac"],
        "es": ["☆ Guardar esta noticia de Torrelobos"],
        "ru": ["☆ Сохранить материал о Верхнеольховске"],
    },
    "poll": {
        "en": ["Hollinsbeck votes: for it · against it · not sure yet"],
        "tr": ["Mersinkıyı oyluyor: destekliyorum · karşıyım · henüz emin değilim"],
        "de": ["Tannweiler stimmt ab: dafür · dagegen · noch nicht sicher"],
        "fr": ["Montbrizac vote : pour · contre · pas encore décidé"],
        "es": ["Torrelobos vota: a favor · en contra · todavía no lo sé"],
        "ru": ["Верхнеольховск голосует: за · против · пока не решил"],
    },
    "embed": {
        "en": ["Open {handle}'s Hollinsbeck photo on Instagram", "Watch {handle}'s Hollinsbeck clip on YouTube"],
        "tr": ["{handle} hesabının Mersinkıyı fotoğrafını Instagram'da açın", "{handle} hesabının Mersinkıyı klibini YouTube'da izleyin"],
        "de": ["Das Tannweiler Foto von {handle} auf Instagram öffnen", "Den Tannweiler Clip von {handle} auf YouTube ansehen"],
        "fr": ["Ouvrir la photo de {handle} à Montbrizac sur Instagram", "Regarder le clip de {handle} à Montbrizac sur YouTube"],
        "es": ["Abrir la foto de {handle} en Torrelobos en Instagram", "Ver el clip de {handle} en Torrelobos en YouTube"],
        "ru": ["Открыть фото {handle} из Верхнеольховска в Instagram", "Смотреть ролик {handle} из Верхнеольховска на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "ticksafety": {
        "en": ["Ticks and Lyme disease: check yourself after your walk", "How to remove a tick safely", "Bitten by a tick? What to do next ›",
               "Tick bites in brief"],
        "de": ["Zecken: nach dem Spaziergang gründlich absuchen", "Zecke entfernen, Schritt für Schritt", "Zeckenstich? So geht es weiter ›",
               "Zeckenstich und Borreliose auf einen Blick"],
        "fr": ["Tiques : bien s'inspecter après la balade", "Retirer une tique, étape par étape", "Piqué par une tique ? Que faire ›",
               "Tiques et maladie de Lyme, l'essentiel"],
    },
    "knifebins": {
        "en": ["Knife surrender bins: where to find them", "Knife surrender bins: sites and opening times", "Find your nearest knife surrender bin ›",
               "Knife surrender bins explained"],
        "de": ["Messer-Abgabeboxen: hier stehen sie", "Messer-Abgabeboxen: Standorte und Zeiten", "Zur nächsten Messer-Abgabebox ›",
               "Messer-Abgabeboxen kurz erklärt"],
        "es": ["Buzones de entrega de armas blancas: dónde están", "Buzones de entrega de armas blancas: ubicación y horario", "Busca el buzón de entrega más cercano ›",
               "Buzones de entrega de armas blancas, en resumen"],
    },
    "suncream": {
        "en": ["Free sun cream stations on the seafront", "Free sun cream stations: where and what factor", "Find a free sun cream station ›",
               "Free sun cream: the details"],
        "tr": ["Ücretsiz güneş kremi istasyonları nerede", "Ücretsiz güneş kremi: yerler ve koruma faktörü", "En yakın ücretsiz güneş kremi istasyonu ›",
               "Ücretsiz güneş kremi hakkında"],
        "es": ["Dispensadores gratuitos de crema solar en la playa", "Crema solar gratis: dónde y con qué factor", "Encuentra un dispensador de crema solar gratis ›",
               "Crema solar gratis: lo que hay que saber"],
    },
}
NEW_STYLE_WORDING = {"ticksafety": [0, 1, 2, 3], "knifebins": [0, 1, 2, 3], "suncream": [0, 1, 2, 3]}
# ticks: checking and removing, step by step; and the rash to watch for and when to see a doctor
TICK_ROWS = {
    "en": [("Check all over", "behind the knees, in the groin, under the arms and along the hairline"),
           ("Use fine tweezers or a tick card", "grip close to the skin and pull straight out, without twisting hard"),
           ("Clean the bite", "wash with soap and water or an antiseptic wipe"),
           ("Check your dog too", "ears, armpits and between the toes")],
    "de": [("Gründlich absuchen", "Kniekehlen, Leiste, Achseln und Haaransatz"),
           ("Zeckenkarte oder Pinzette", "hautnah greifen und langsam gerade herausziehen"),
           ("Stichstelle desinfizieren", "und Datum und Stelle notieren"),
           ("Auch den Hund absuchen", "Ohren, Achseln und zwischen den Zehen")],
    "fr": [("Inspecter tout le corps", "derrière les genoux, l'aine, les aisselles et la nuque"),
           ("Utiliser un tire-tique", "tourner doucement sans tirer, au plus près de la peau"),
           ("Désinfecter la piqûre", "et noter la date sur un calendrier"),
           ("Inspecter aussi le chien", "oreilles, aisselles et coussinets")],
}
TICK_HEAD = {"en": ("Step", "How"), "de": ("Schritt", "Wie"), "fr": ("Étape", "Comment")}
TICK_INFO = {
    "en": [("Watch for", "a spreading red rash around the bite, often like a bullseye, within four weeks"),
           ("See a GP", "if the rash appears or you get fever, aches or tiredness after a bite"),
           ("Do not", "burn the tick, smother it in oil or squeeze its body")],
    "de": [("Achten Sie auf", "eine sich ausbreitende Rötung um die Stichstelle in den ersten Wochen"),
           ("Zum Arzt", "bei Wanderröte, Fieber oder Gliederschmerzen nach einem Zeckenstich"),
           ("Nicht", "mit Öl, Klebstoff oder Feuer behandeln")],
    "fr": [("Surveiller", "une plaque rouge qui s'étend autour de la piqûre pendant un mois"),
           ("Consulter un médecin", "en cas de rougeur, de fièvre ou de douleurs articulaires"),
           ("À éviter", "l'éther, l'huile et les pinces à épiler ordinaires")],
}
# knife bins: the bin sites and their hours; and no questions, what can go in, who empties them
KNIFE_ROWS = {
    "en": [("Hollinsbeck police station", "front entrance, Station Road", "open 24 hours"),
           ("Brindle Edge youth centre", "by the main door", "5pm–10pm, Mon–Sat"),
           ("St Hild's church", "porch, Market Street", "8am–6pm daily")],
    "de": [("Polizeirevier Tannweiler", "Haupteingang, Bahnhofstraße 4", "Tag und Nacht zugänglich"),
           ("Rathaus Hasental", "Seiteneingang am Marktplatz", "Mo–Fr 7.30–17.45 Uhr"),
           ("Jugendhaus Ellertal", "neben dem Fahrradständer", "täglich 14–22 Uhr")],
    "es": [("Centro cívico de la Marina", "junto a la puerta principal", "de 9.30 a 21.30"),
           ("Jefatura de la Policía Local", "avenida del Puerto, 12", "abierto 24 horas"),
           ("Polideportivo de La Caleta", "entrada de la calle Marinero", "de 8.00 a 22.00")],
}
KNIFE_HEAD = {"en": ("Bin", "Where", "Open"), "de": ("Box", "Wo", "Zugänglich"), "es": ("Buzón", "Ubicación", "Horario")}
KNIFE_INFO = {
    "en": [("Nobody asks who you are", "you do not have to give your name and nobody will be waiting"),
           ("What can go in", "kitchen knives, lock knives, machetes and other blades; wrap the edge in paper or card"),
           ("Who empties them", "police officers collect and destroy everything each week")],
    "de": [("Ohne Fragen", "Sie müssen keinen Namen nennen, niemand beobachtet die Box"),
           ("Was eingeworfen werden kann", "Messer aller Art, Schlagringe und Macheten, Klinge bitte in Papier wickeln"),
           ("Wer leert", "die Polizei holt alles einmal pro Woche ab und vernichtet es")],
    "es": [("Nadie te pregunta nada", "no hace falta identificarse ni hablar con nadie"),
           ("Qué se puede dejar", "navajas, cuchillos y otras armas blancas, con la hoja envuelta en papel"),
           ("Quién lo vacía", "la Policía Local recoge el contenido cada semana y lo destruye")],
}
# free sun cream: the stations, the factor and when they are refilled; and who pays
SUN_ROWS = {
    "en": [("Merrow Sands lifeguard hut", "SPF 50", "refilled at 10am and 2pm"),
           ("Thurlow Quay slipway", "SPF 30", "refilled daily at 11am"),
           ("Lenn Gardens Lido entrance", "SPF 50", "refilled at opening time")],
    "tr": [("Defneli plajı cankurtaran kulübesi", "SPF 50", "her gün 10.00 ve 14.00'te dolduruluyor"),
           ("Liman Meydanı, şenlik alanı girişi", "SPF 30", "şenlik boyunca saatte bir"),
           ("Kumsal Caddesi duş noktası", "SPF 50", "her sabah 09.00'da")],
    "es": [("Puesto de socorro de La Caleta", "FPS 50", "se rellena a las 11.00 y a las 16.00"),
           ("Rampa del aparcamiento", "FPS 50", "se rellena cada mañana"),
           ("Playa de Poniente, junto a las duchas", "FPS 30", "se rellena a las 12.00")],
}
SUN_HEAD = {"en": ("Station", "Factor", "Refilled"), "tr": ("İstasyon", "Koruma", "Dolum"), "es": ("Punto", "Factor", "Recarga")}
SUN_INFO = {
    "en": [("Paid for by", "the district council, with the Lenn Valley skin cancer charity"),
           ("How to use it", "press the pump over your palm; reapply every two hours and after swimming"),
           ("Empty?", "tell the lifeguards or ring the seafront office on 01632 961 771")],
    "tr": [("Masrafı kim karşılıyor", "belediye ve Mersinkıyı Eczacılar Odası"),
           ("Nasıl kullanılır", "avucunuza pompalayın, iki saatte bir ve denizden sonra yeniden sürün"),
           ("İstasyon boşsa", "cankurtarana haber verin ya da 0 (252) 900 17 71'i arayın")],
    "es": [("Quién lo paga", "el Ayuntamiento de Torrelobos, con la asociación contra el cáncer de piel"),
           ("Cómo se usa", "pulsa sobre la palma y repite cada dos horas y tras el baño"),
           ("¿Está vacío?", "avisa a los socorristas o llama al 956 000 177")],
}
WIDGET_ROWS = (("ticksafety steps", TICK_ROWS), ("ticksafety info", TICK_INFO), ("knifebins sites", KNIFE_ROWS),
               ("knifebins info", KNIFE_INFO), ("suncream stations", SUN_ROWS), ("suncream info", SUN_INFO))
WIDGET_LANGS = {"ticksafety": ("en", "de", "fr"), "knifebins": ("en", "de", "es"), "suncream": ("en", "tr", "es")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Hollinsbeck market cross to be cleaned for the first time in decades", "Thurlow Quay ferry gets a new skipper",
           "Merrow Sands beach huts sell out in a morning", "Lenn valley cricket league adds a women's division",
           "Ashcombe village hall wins lottery grant for new kitchen", "Hollinsbeck Evening Mail office moves to the old bank"],
    "tr": ["Mersinkıyı'nda sahil yolu yenileniyor", "Defneli'ye yeni sağlık ocağı müjdesi",
           "Mersinkıyıspor sezonu galibiyetle açtı", "Liman Meydanı'na gölgelik yapılacak",
           "Üçpınar yolunda heyelan onarımı tamamlandı", "Mersinkıyı'nda kitap fuarı kapılarını açtı"],
    "de": ["Tannweiler Marktplatz bekommt neue Bäume", "Hasentaler Feuerwehr feiert 150 Jahre",
           "Ellertalbahn fährt ab Mai im Stundentakt", "Birkenrode erhält schnelles Internet",
           "Stadtbücherei Tannweiler öffnet samstags länger", "Kleeberger Kirmes lockt Tausende an"],
    "fr": ["Montbrizac : la halle va être restaurée", "Les Genêts fêtent leur nouvelle école",
           "La Drouane en crue, la route de la vallée coupée", "Un nouveau médecin s'installe à Montbrizac",
           "Le marché de Noël de Montbrizac change de place", "Le club de foot des Genêts en finale de coupe"],
    "es": ["Torrelobos renueva el alumbrado del paseo marítimo", "Aldealena celebra su feria de ganado",
           "El CD Torrelobos ficha a un delantero local", "La Caleta tendrá un nuevo carril bici",
           "La biblioteca de Torrelobos abre en agosto", "Vuelve la procesión marinera a Torrelobos"],
    "ru": ["В Верхнеольховске отремонтируют мост через Ольховку", "В Заречном открылась новая школа",
           "Боровлянка получила газ", "Ольховские гиревики привезли три медали",
           "В городском парке появится летняя эстрада", "Автобус до Заречного будет ходить чаще"],
}
TEASERS = {
    "en": ["The stone cross has stood on the square since 1620.", "He has worked on the river for thirty years.",
           "All twenty huts went in under three hours.", "Six teams have already signed up.",
           "The old kitchen dated from 1974.", "The paper's new office opens on Monday."],
}
# handed out in page order to the pages without a fixed site (one per page; the sites of the small sites, the
# layouts keyed by site name and the two Hashnode blogs are given in the stories' "site" field)
SITES = {
    "en": ["Lenn Estuary Observer", "Hollinsbeck Now", "Hollinsbeck Evening Mail", "Lenn Valley Gazette",
           "Thurlow and Merrow Advertiser"],
    "tr": ["Mersinkıyı Haber"],
    "de": [],
    "fr": ["Drouane Actu"],
    "es": ["Torrelobos Hoy"],
    "ru": [],
}
UI_NEW = {
    "en": dict(nav=["Hollinsbeck", "Lenn valley villages and hamlets", "Hollinsbeck crime and courts", "Lenn valley schools", "Hollinsbeck sport", "What's on around Hollinsbeck", "Lenn valley public notices"],
               cookie="This Hollinsbeck news site and its partners use cookies to keep you signed in, to see which Lenn valley stories get read and to pay for local journalism through adverts. Tick the ones you agree to for Hollinsbeck.",
               accept="Agree to all Hollinsbeck cookies", reject="Set my Hollinsbeck cookie choices", share="Pass this Hollinsbeck story on",
               related="Latest across Hollinsbeck", newsletter="Hollinsbeck at Seven: the Lenn valley's top stories at 7am, Monday to Friday",
               subscribe="Send me Hollinsbeck at Seven", email="you@hollinsbeck-at-seven.example",
               comment_note="A member of the Hollinsbeck newsroom checks each comment before it appears. Keep it civil and about Hollinsbeck.",
               closed="Commenting has ended on this Hollinsbeck story.",
               footer=["Contact the Hollinsbeck newsroom", "Hollinsbeck corrections and clarifications", "Hollinsbeck privacy notice", "Advertise in Hollinsbeck", "Hollinsbeck house rules"],
               rights="All text and photographs from the Hollinsbeck newsroom belong to the publisher and cannot be reused without permission.",
               commenters=[("ThurlowTess", "Hollinsbeck deserved this years ago."),
                           ("Merrow_Bob", "We'll see if it lasts.")]),
    "tr": dict(nav=["Mersinkıyı merkez", "Mersinkıyı köyleri", "Mersinkıyı asayiş", "Mersinkıyı eğitim", "Mersinkıyı spor", "Mersinkıyı'nda ne var ne yok", "Mersinkıyı ilanları"],
               cookie="Mersinkıyı haber sitemiz ve ortaklarımız, oturumunuzu hatırlamak, hangi Mersinkıyı haberlerinin okunduğunu ölçmek ve yerel gazeteciliği reklamla finanse etmek için çerez kullanır. Mersinkıyı için onay verdiğiniz çerezleri işaretleyin.",
               accept="Tüm Mersinkıyı çerezlerine onay ver", reject="Mersinkıyı çerez tercihlerimi belirle", share="Bu Mersinkıyı haberini paylaşın",
               related="Mersinkıyı'nda son gelişmeler", newsletter="Mersinkıyı Yedide: ilçenin öne çıkan haberleri hafta içi sabah 07.00'de",
               subscribe="Mersinkıyı Yedide'yi gönderin", email="siz@mersinkiyi-yedide.example",
               comment_note="Mersinkıyı haber merkezinden bir arkadaşımız her yorumu yayımlanmadan önce kontrol eder. Saygılı olun, Mersinkıyı'ndan konuşun.",
               closed="Bu Mersinkıyı haberinde yorumlar sona erdi.",
               footer=["Mersinkıyı haber merkezine ulaşın", "Mersinkıyı düzeltme ve açıklamalar", "Mersinkıyı gizlilik bildirimi", "Mersinkıyı'nda reklam", "Mersinkıyı yorum kuralları"],
               rights="Mersinkıyı haber merkezinin bütün metin ve fotoğrafları yayıncıya aittir, izinsiz yeniden kullanılamaz.",
               commenters=[("Defneli_Ayşe", "Mersinkıyı bunu yıllardır bekliyordu."),
                           ("Mersinkıyılı_Orhan", "Bakalım Mersinkıyı'nda ne kadar sürecek.")]),
    "de": dict(nav=["Tannweiler", "Dörfer im Ellertal", "Polizei und Justiz Tannweiler", "Schulen im Ellertal", "Sport in Tannweiler", "Freizeit rund um Tannweiler", "Bekanntmachungen Tannweiler"],
               cookie="Diese Tannweiler Nachrichtenseite und ihre Partner nutzen Cookies, damit Sie angemeldet bleiben, damit wir sehen, welche Ellertaler Artikel gelesen werden, und um Lokaljournalismus über Werbung zu finanzieren. Wählen Sie, wozu Sie zustimmen.",
               accept="Allen Tannweiler Cookies zustimmen", reject="Tannweiler Cookie-Auswahl festlegen", share="Diesen Tannweiler Artikel weitergeben",
               related="Neu aus Tannweiler", newsletter="Tannweiler um sieben: die wichtigsten Meldungen aus dem Ellertal werktags um 7 Uhr",
               subscribe="Tannweiler um sieben schicken", email="sie@tannweiler-um-sieben.example",
               comment_note="Jemand aus dem Tannweiler Newsroom prüft jeden Kommentar vor der Veröffentlichung. Bleiben Sie sachlich und beim Thema Tannweiler.",
               closed="Die Kommentarfunktion zu diesem Tannweiler Artikel ist beendet.",
               footer=["Kontakt zum Tannweiler Newsroom", "Korrekturen und Klarstellungen Tannweiler", "Datenschutzhinweis Tannweiler", "Anzeigen in Tannweiler", "Tannweiler Hausregeln"],
               rights="Alle Texte und Fotos des Tannweiler Newsrooms gehören dem Verlag und dürfen ohne Genehmigung nicht weiterverwendet werden.",
               commenters=[("Hasentaler_Inge", "Hätte längst passieren müssen."),
                           ("Tannweiler_Rudi", "Mal sehen, ob das hält.")]),
    "fr": dict(nav=["Montbrizac", "Villages de la Drouane", "Faits divers à Montbrizac", "Écoles de la Drouane", "Sport à Montbrizac", "Que faire autour de Montbrizac", "Avis officiels de Montbrizac"],
               cookie="Ce site d'information de Montbrizac et ses partenaires utilisent des cookies pour vous garder connecté, voir quels articles de la Drouane sont lus et financer le journalisme local par la publicité. Cochez ceux que vous acceptez pour Montbrizac.",
               accept="Accepter tous les cookies de Montbrizac", reject="Définir mes choix de cookies à Montbrizac", share="Faire suivre cet article de Montbrizac",
               related="Dernières nouvelles de Montbrizac", newsletter="Montbrizac à 7 heures : l'essentiel de la vallée de la Drouane du lundi au vendredi",
               subscribe="M'envoyer Montbrizac à 7 heures", email="vous@montbrizac-7h.example",
               comment_note="Un membre de la rédaction de Montbrizac vérifie chaque commentaire avant publication. Restez courtois et parlez de Montbrizac.",
               closed="Les commentaires sur cet article de Montbrizac sont terminés.",
               footer=["Contacter la rédaction de Montbrizac", "Corrections et précisions de Montbrizac", "Avis de confidentialité de Montbrizac", "Annoncer à Montbrizac", "Charte des commentaires de Montbrizac"],
               rights="Les textes et photographies de la rédaction de Montbrizac appartiennent à l'éditeur et ne peuvent être réutilisés sans accord.",
               commenters=[("Josette_des_Genets", "Montbrizac attendait ça depuis des années."),
                           ("Montbrizacois_Dede", "On verra si ça dure.")]),
    "es": dict(nav=["Torrelobos", "Pedanías de Torrelobos", "Sucesos en Torrelobos", "Colegios de Torrelobos", "Deporte en Torrelobos", "Qué hacer en Torrelobos", "Edictos de Torrelobos"],
               cookie="Esta web de noticias de Torrelobos y sus socios usan cookies para mantener tu sesión, saber qué noticias de La Caleta se leen y pagar el periodismo local con publicidad. Marca las que aceptas para Torrelobos.",
               accept="Aceptar todas las cookies de Torrelobos", reject="Configurar mis cookies de Torrelobos", share="Pasa esta noticia de Torrelobos",
               related="Lo último de Torrelobos", newsletter="Torrelobos a las Siete: lo principal de la comarca a las 7.00 de lunes a viernes",
               subscribe="Enviadme Torrelobos a las Siete", email="tu@torrelobos-a-las-siete.example",
               comment_note="Alguien de la redacción de Torrelobos revisa cada comentario antes de publicarlo. Sé respetuoso y habla de Torrelobos.",
               closed="Se han cerrado los comentarios de esta noticia de Torrelobos.",
               footer=["Contacta con la redacción de Torrelobos", "Correcciones y aclaraciones de Torrelobos", "Aviso de privacidad de Torrelobos", "Publicidad en Torrelobos", "Normas de participación de Torrelobos"],
               rights="Los textos y fotografías de la redacción de Torrelobos pertenecen al editor y no pueden reutilizarse sin autorización.",
               commenters=[("Charo_de_La_Caleta", "Tendría que haberse hecho hace años."),
                           ("Torrelobeño_Manolo", "Veremos si dura.")]),
    "ru": dict(nav=["Верхнеольховск", "Сёла вокруг Верхнеольховска", "Происшествия в Верхнеольховске", "Школы Верхнеольховска", "Спорт Верхнеольховска", "Чем заняться в Верхнеольховске", "Объявления администрации Верхнеольховска"],
               cookie="Этот новостной сайт Верхнеольховска и его партнёры используют cookie, чтобы вы оставались в аккаунте, чтобы понимать, какие материалы об Ольховке читают, и чтобы оплачивать местную журналистику рекламой. Отметьте, с чем вы согласны.",
               accept="Согласиться со всеми cookie Верхнеольховска", reject="Настроить cookie Верхнеольховска", share="Переслать материал о Верхнеольховске",
               related="Последнее из Верхнеольховска", newsletter="«Верхнеольховск в семь»: главное за сутки в 7:00 по будням",
               subscribe="Присылайте «Верхнеольховск в семь»", email="vy@verhneolhovsk-v-sem.example",
               comment_note="Сотрудник редакции Верхнеольховска проверяет каждый комментарий до публикации. Будьте вежливы и пишите о Верхнеольховске.",
               closed="Обсуждение этого материала о Верхнеольховске завершено.",
               footer=["Связаться с редакцией Верхнеольховска", "Исправления и уточнения Верхнеольховска", "Политика конфиденциальности Верхнеольховска", "Реклама в Верхнеольховске", "Правила комментариев Верхнеольховска"],
               rights="Тексты и фотографии редакции Верхнеольховска принадлежат издателю и не могут использоваться повторно без разрешения.",
               commenters=[("Зареченская_Нина", "Надо было сделать это давно."),
                           ("Ольховский_Палыч", "Посмотрим, надолго ли это у нас в Верхнеольховске.")]),
}

UI102 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp29, "GRAV"): {"en": dict(
        domain="hollinsbecktowncrier.example",
        menu=["Town Crier home", "Hollinsbeck news", "Brindle Edge and the estates", "Crier diary dates", "Help the Town Crier"],
        menu_slugs=["", "news", "brindle-edge", "diary", "help"],
        about_head="About the Town Crier",
        about="The Hollinsbeck Town Crier is a volunteer-run community website, written by residents and kept going by small donations.",
        about_link="Who writes the Crier",
        footer="Hollinsbeck Town Crier · Hollinsbeck Community Media CIC, company no. 14420871 · Online since 2019")},
    (mp25, "MT"): {"en": dict(
        domain="www.lennestuaryobserver.co.uk",
        description="The weekly paper for Merrow Sands, Thurlow Quay and the Lenn estuary",
        nav=["Merrow Sands news", "Estuary villages", "Observer coast watch", "Letters to the estuary Observer", "Days out on the Lenn", "Estuary Observer classifieds"],
        tags=["Merrow Sands", "Lifeguards on Merrow Sands", "summer season on the Lenn estuary"],
        paper_title="The Observer in print",
        paper_text="On sale every Thursday in shops from Thurlow Quay to Merrow Sands, £1, or delivered by our circulation team.",
        commenters=[["Pauline Treloar", "Good news. Last summer I watched two teenagers get pulled out by a man with a surfboard.", None],
                    ["Des Roskilly", "They need the flags further along by the groyne, Pauline. That is where it gets you.", 0]],
        footer="The Lenn Estuary Observer, 3 Harbour Row, Merrow Sands · Published every Thursday since 1902",
        blog_id=3, entry_id=9214, asset_id=15530, comment_id=60271, author_id=12)},
    (mp30, "TAGDIV"): {"en": dict(
        domain="hollinsbecknow.example",
        top_menu=["About Hollinsbeck Now", "Give Hollinsbeck Now a story", "Family notices in Hollinsbeck", "Advertise with Hollinsbeck Now"],
        main_menu=["Hollinsbeck headlines", "Shops and jobs", "Sport across the Lenn valley", "Hollinsbeck faces", "Hollinsbeck Now comment", "Going out in Hollinsbeck"],
        main_slugs=["headlines", "shops-jobs", "sport", "faces", "comment", "going-out"],
        latest="Just in on Hollinsbeck Now",
        footer_about="Hollinsbeck Now is an independent digital newspaper for Hollinsbeck and the Lenn estuary, paid for by local businesses and its readers.",
        footer_mail="Email the team:",
        footer_menu=["Hollinsbeck Now privacy", "Reader terms at Hollinsbeck Now", "Hollinsbeck Now editorial code", "Meet Hollinsbeck Now"],
        copyright="© 2026 Hollinsbeck Now Media Ltd. Covering the Lenn estuary since 2018.",
        author_desc="Callum Etherington writes about Hollinsbeck people, clubs and the town's summer for Hollinsbeck Now.")},
    (mp51, "SUBSTACK_SITES"): {"The Ashcombe Post": dict(
        subdomain="ashcombepost", handle="nellgarside", pub_id=4417302, user_id=318820457,
        description="Fortnightly dispatches from Ashcombe and its common, by a resident with a nosy spaniel and a notebook.",
        bio="Retired district nurse. Writes about Ashcombe, its common and its dogs.",
        widget="The Ashcombe Post costs nothing. Leave your email for the next letter, and chip in if it brightens your Sunday.",
        share_caption="Got a neighbour in Ashcombe who would enjoy this? Send the letter on.",
        commenters=[["Gail Sutcliffe", "Duchess says thank you. She has slept all afternoon."],
                    ["Rob Hemsley", "Tell the parish the latch on the lane gate sticks."]],
        owner="Nell Garside",
        post_ids=[192207114, 191845330, 191402871, 190963505, 190517268, 190088412])},
    (mp51, "TEASERS"): {"en": TEASERS["en"]},
    (mp55, "ASTRO"): {"Lenn Valley Ledger": dict(
        domain="lennvalleyledger.example",
        nav=["Crime and justice", "Young people", "Housing in Hollinsbeck", "Health in the valley", "Who runs Hollinsbeck", "Ledger investigations"],
        tagline="Independent, non-profit journalism for Hollinsbeck and the Lenn valley",
        support="Back the Ledger",
        author_line="{name} covers crime, courts and community safety in the Lenn valley for the Ledger.",
        nl_title="The Ledger on Friday", nl_text="A week of Ledger reporting on Hollinsbeck and the Lenn valley, every Friday lunchtime.",
        nl_button="Get the Friday Ledger",
        footer_about="The Lenn Valley Ledger is a small non-profit newsroom holding power to account in Hollinsbeck and the villages of the Lenn valley.",
        footer_links=["About the Lenn Valley Ledger", "How the Ledger is funded", "Lenn Valley Ledger corrections", "Republish our journalism", "Lenn Valley Ledger privacy notice"],
        footer_address="Lenn Valley Ledger CIC, 2nd floor, 14 Corn Lane, Hollinsbeck",
        cookie_title="Cookies at the Ledger")},
    (mp31, "JANNAH"): {"Mersinkıyı Gündem": dict(
        domain="mersinkiyigundem.example",
        menu=["Mersinkıyı son dakika", "Mersinkıyı köylerimiz", "Mersinkıyı'ndan insanlar", "Mersinkıyı sahil", "Mersinkıyı spor", "Kültür ve sanat", "Mersinkıyı taziye"],
        slugs=["son-dakika", "koylerimiz", "insanlar", "sahil", "spor", "kultur-sanat", "taziye"],
        ad_title="Mersinkıyı esnafı sunar",
        recent="Gündem'de en yeniler",
        about_title="Mersinkıyı Gündem kimdir",
        about="Mersinkıyı Gündem, 2014'ten bu yana ilçenin ve köylerinin haberlerini yapan bağımsız bir internet gazetesidir.",
        copyright="© 2026 Mersinkıyı Gündem. Haberlerimiz kaynak gösterilmeden kullanılamaz.",
        footer_menu=["Gündem'e yazın", "Gündem'de ilan", "Gündem yayın ilkeleri", "Gündem ve kişisel veriler"],
        author_desc="Kaan Yılmazer, Mersinkıyı Gündem için liman, balıkçılık ve sahil haberlerini yazıyor.")},
    (mp28, "KIRBY"): {"de": dict(
        domain="www.tannweiler-bote.example",
        menu=["Aus Tannweiler", "Stadtwald", "Birkenrode", "Den Boten unterstützen", "Wer den Boten schreibt"],
        menu_slugs=["stadt", "stadtwald", "birkenrode", "unterstuetzen", "team"],
        published="Veröffentlicht im Tannweiler Boten am", prev="Älterer Beitrag im Boten", next="Neuerer Beitrag im Boten",
        about_head="Der Tannweiler Bote",
        about="Unabhängiges Nachrichtenportal für Tannweiler und seine Ortsteile, getragen von rund 600 Unterstützerinnen und Unterstützern.",
        col_pages="Rubriken des Boten", col_more="Der Bote",
        more=["Die Redaktion des Boten", "Datenschutzerklärung des Tannweiler Boten", "Den Boten fördern", "Tipp an den Boten"],
        more_slugs=["redaktion", "datenschutz", "foerdern", "tipp"])},
    (mp48, "GATSBY"): {"Ellertaler Abendblatt": dict(
        domain="ellertaler-abendblatt.example", space="k7r2mx9q4v1s",
        menu=["Ellertal aktuell", "Polizei im Ellertal", "Rathaus Tannweiler", "Kultur im Ellertal", "Sport im Ellertal", "Kommentar des Abendblatts"],
        slugs=["aktuell", "polizei", "rathaus", "kultur", "sport", "kommentar"],
        buttons=["Abendblatt als E-Paper", "Abendblatt bestellen"],
        teaser_label="Heute auch im Abendblatt",
        related_title="Weitere Artikel aus dem Ellertal",
        popular_title="Meistgelesen im Ellertal",
        nl_title="Das Ellertal am Abend", nl_text="Die Nachrichten aus Tannweiler und den Ortsteilen, werktags um 18.30 Uhr in Ihrem Postfach.",
        nl_button="Ellertaler Abendbrief bestellen", share_title="Abendblatt-Artikel teilen",
        footer_links=["Über das Ellertaler Abendblatt", "Kontakt zum Abendblatt", "Datenschutz im Ellertaler Abendblatt", "Werben im Abendblatt", "Archiv des Ellertaler Abendblatts"],
        footer_note="Das Ellertaler Abendblatt erscheint seit 1951 an jedem Werktag.")},
    (mp48, "R"): {"ad": R["ad"]},
    (mp34, "NUXT"): {"Tannweiler Kurier": dict(
        domain="tannweiler-kurier.example",
        menu=["Nachrichten aus Tannweiler", "Hasental", "Birkenrode", "Sport im Tannweiler Kurier", "Ausflugstipps im Ellertal", "Kurier-Meinung"],
        slugs=["nachrichten", "hasental", "birkenrode", "sport", "ausflugstipps", "meinung"],
        topbar=["E-Paper des Kuriers", "Kurier-Rätsel", "Familienanzeigen im Tannweiler Kurier"],
        join="Kurier lesen", account="Mein Kurier",
        teaser_label="Weiterlesen im Kurier", related_title="Mehr aus der Redaktion des Tannweiler Kuriers",
        popular_title="Das lesen die Tannweiler", nl_title="Kurier am Morgen",
        nl_text="Jeden Morgen die Nachrichten aus Tannweiler und dem Ellertal per E-Mail, kostenlos.",
        nl_button="Kurier am Morgen bestellen", share_title="Kurier-Artikel teilen",
        footer_links=["Über den Tannweiler Kurier", "Leserservice des Kuriers", "Datenschutz des Kuriers", "Anzeigen im Tannweiler Kurier"],
        footer_note="Der Tannweiler Kurier erscheint seit 1948, online seit 2003.")},
    (mp34, "R"): {"ad": R["ad"]},
    (mp32, "ASTRA"): {"Le Réveil de la Drouane": dict(
        domain="reveil-drouane.example",
        tagline="L'actualité de Montbrizac et de la vallée de la Drouane",
        menu=["Montbrizac", "Nature", "Écoles de la Drouane", "Sport dans la vallée de la Drouane", "Agenda du Réveil", "Le courrier des lecteurs du Réveil"],
        slugs=["montbrizac", "nature", "ecoles", "sport", "agenda", "courrier"],
        top_menu=["Passer une annonce dans le Réveil", "Envoyer une photo au Réveil", "Écrire à la rédaction du Réveil"],
        recent="Les derniers articles du Réveil",
        about_title="Le Réveil",
        about="Hebdomadaire indépendant de la vallée de la Drouane, fondé en 2015 par trois journalistes et des correspondants de village.",
        share_title="Faites suivre :",
        footer_menu=["Données personnelles au Réveil", "Comment le Réveil corrige ses erreurs", "Les bureaux du Réveil"])},
    (mp77, "BEEHIIV_SITES"): {"La Gazette de Montbrizac": dict(
        sub="gazettedemontbrizac", colour="#5a6b2f",
        tagline="Des nouvelles de Montbrizac et des Genêts, chaque vendredi",
        nav=["Toutes les gazettes", "L'agenda de Montbrizac", "Qui écrit la Gazette ?"],
        tags=["Montbrizac", "Marché du samedi à Montbrizac"],
        keep=[["Le dernier rémouleur de la Drouane", "Il passe encore une fois par mois sur la place de la Halle."],
              ["La fête des Genêts en images", "Les photos de nos lecteurs, de la parade au feu d'artifice."],
              ["Pourquoi la Drouane est si basse", "Un hydrogéologue nous explique l'été sans pluie."]],
        recommended=[["Les Carnets du plateau de Lévézou", "La vie des fermes, tous les quinze jours"],
                     ["Le Potager de Lucette", "Semis et récoltes, chaque mercredi"]],
        footer="Écrite à Montbrizac par une ancienne institutrice et son fils. Répondez à ce courriel pour nous écrire.",
        social=["gazettedemontbrizac", "gazette.montbrizac"])},
    (mp74, "WPB_SITES"): {"El Faro de Torrelobos": dict(
        host="elfarodetorrelobos.example", theme="farotheme", color="#1f4e6b",
        tagline="Noticias de Torrelobos, La Caleta y Aldealena",
        nav=["Actualidad de Torrelobos", "Costa de Torrelobos", "Aldealena", "Deportes del Faro", "Agenda de Torrelobos", "Envía tu noticia al Faro"],
        cats=["Actualidad de Torrelobos", "Costa de Torrelobos", "Playas de Torrelobos", "Medio ambiente en Torrelobos"],
        tags=["La Caleta", "bandera azul"],
        about="El Faro de Torrelobos es un diario digital independiente hecho por tres periodistas del pueblo desde 2017.",
        links=["Quiénes hacemos El Faro de Torrelobos", "Anúnciate en el Faro", "Colabora con el Faro", "Privacidad del Faro"],
        copyright="Copyright © 2026 El Faro de Torrelobos S.L. Hecho en Torrelobos.",
        cookie="El Faro usa cookies para recordar tus preferencias y saber qué noticias de la costa se leen. ¿Nos das tu permiso?")},
    (mp90, "WEBNODE_SITES"): {"Asociación Vecinal Barrio de la Marina": dict(
        host="avbarriodelamarina.webnode.es", colour="#7a2f4b", template="Harbor", handle="avmarina",
        slogan="La voz de los vecinos del barrio de la Marina de Torrelobos",
        menu=["Inicio de la Asociación de la Marina", "Noticias del barrio de la Marina", "Centro cívico de la Marina", "Hazte socio de la Marina", "Escribe a la junta de la Marina"],
        blog="Noticias del barrio de la Marina", latest="Últimas noticias de la Marina",
        contact_title="Escríbenos a la junta de la Marina",
        contact="Asociación Vecinal Barrio de la Marina, calle Marinero 7, Torrelobos · junta.avmarina@example.org",
        copyright="© 2026 Asociación Vecinal Barrio de la Marina. Web mantenida por socios voluntarios.",
        teasers=[["Limpieza de la plaza de la Fuente", "Quedamos el sábado a las 10.00 con guantes."],
                 ["Clases de sevillanas en el local", "Los martes a las 19.00, con Puri."],
                 ["Recogida de ropa para la parroquia", "Hasta el 30 de marzo en el centro cívico."]])},
    (mp75, "SH_SITES"): {"Ольховский край": dict(
        host="story.olhovkrai.example", org="olhovsky-krai", theme="krai-classic",
        nav=["Главная «Ольховского края»", "Лонгриды «Ольховского края»", "История района", "Фотоархив «Ольховского края»"],
        links=["О проекте «Ольховский край»", "Поддержать «Ольховский край»", "Cookie и персональные данные «Края»", "Предложить историю редакции"],
        copyright="© 2026 «Ольховский край». Истории о Верхнеольховске и сёлах на Ольховке.",
        banner="«Ольховский край» использует cookie, чтобы знать, какие главы наших историй читают до конца. Включаем их только с вашего согласия.")},
    (mp40, "STATAMIC"): {"Новости Верхнеольховска": dict(
        domain="novosti-verhneolhovsk.example",
        tagline="Городские новости Верхнеольховска",
        menu=["Город на Ольховке", "Благоустройство Верхнеольховска", "Люди Верхнеольховска", "Культура Верхнеольховска", "Полезные телефоны"],
        slugs=["gorod", "blagoustroystvo", "lyudi", "kultura", "telefony"],
        buttons=["Свежий номер в PDF", "Поддержать «Новости Верхнеольховска»"],
        related_title="Ещё в «Новостях Верхнеольховска»",
        share_title="Отправить материал о Верхнеольховске знакомым",
        nl_title="Рассылка «Новостей Верхнеольховска»",
        nl_text="Раз в неделю — городские новости и афиша на выходные.",
        nl_button="Присылайте рассылку по пятницам", nl_form="olh_weekly",
        footer_links=["Редакция «Новостей»", "Как стать автором «Новостей»", "Реклама в «Новостях Верхнеольховска»", "Обработка персональных данных"],
        footer_note="«Новости Верхнеольховска» — городское сетевое издание, выходит с 2012 года.")},
    (mp49, "HEXO"): {"Дневник с Ольховки": dict(
        domain="dnevnik-olhovka.example", comments="disqus", disqus="dnevnik-olhovka",
        subtitle="Заметки о жизни Береговой улицы и всего Верхнеольховска",
        owner="Ксения Ладыгина",
        description="Личный блог жительницы Береговой улицы о соседях, реке и городе.",
        pages=["Кто ведёт «Дневник»", "Поддержать «Дневник с Ольховки»"], page_slugs=["about", "donate"],
        reward="«Дневник» пишется в свободное время. Если заметка пришлась по душе, можно угостить автора чаем.",
        blogroll=[["Районная библиотека Верхнеольховска", "https://biblioteka.verhneolhovsk.example/"],
                  ["Хоккейная секция «Ольховка»", "https://hockey-olhovka.example/"],
                  ["Краеведы Заречного", "https://kraeved-zarechnoe.example/"]],
        footer_note="«Дневник с Ольховки» — частный блог, Верхнеольховск.",
        avatar_alt="Аватар автора «Дневника с Ольховки»")},
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
# the new layout: a post on a blog hosted on Hashnode (its Next.js blog front end, server-rendered), as the file
# reaches a reader -- an English local-news blog kept by a freelance reporter (The Lenn Valley Notebook) and a
# Turkish town blog kept by a journalist (Mersinkıyı Notları).  Hashnode's blog chrome is not translated: the
# platform's strings (HASHNODE_CORE: "min read", "Follow", "Subscribe", the newsletter card, "More articles",
# "Written by", the footer's "Archive · Privacy policy · Terms" and the "Powered by Hashnode" badge, the buttons'
# aria labels, the date format) are English on both blogs, left as the platform ships them and not checked; the
# blogs' own strings (HASHNODE_SITES: the publication's title and description, its navbar items, the author's bio,
# the other posts and their briefs, the footer line) are.  The head is what Next.js and the blog front end write:
# <html lang="en">, charSet and viewport metas, the title, description and canonical, the Open Graph and Twitter
# metas with the cover image run through Hashnode's image CDN, article:published_time / article:author /
# article:tag, the RSS and sitemap links, the favicon from the CDN, theme-color, preconnects to cdn.hashnode.com,
# the preloaded fonts (next/font, data-next-font), the page's CSS chunks (data-n-g and data-n-p), the BlogPosting
# ld+json, the polyfills / webpack / framework / main / _app / [slug] chunks and the build and SSG manifests, the
# owner's Google Analytics tag and the publication's brand colour as a :root style; the body is
# body.overflow-x-hidden (with Hashnode's inline theme script) and div#__next holding the Tailwind class soup: the
# blog header (header.blog-header: the drawer button with its svg, the publication logo in a link to the home page,
# the search button, the navbar's links, the Follow button and the Subscribe link), main.blog-post-main with the
# article (the cover image in a relative wrapper, the h1 title, the subtitle h2, the author row: avatar, name
# linking to the Hashnode profile, the date link and the reading-time chip with its svg), the post content
# (div#post-content-parent > div#post-content-wrapper with the prose / hashnode-content-style classes: the
# rendered markdown -- h2 with heading-ids, p, ul, blockquote, strong, em, <mark> and <br> as the owner typed
# them, and whatever the owner pasted in as raw HTML), the tag chips (links to /tag/...), the floating reactions
# bar (like with its count, comment with its count, bookmark, share and the table of contents buttons), the
# "Written by" author card with the bio and a Follow button, the comments button, the newsletter card
# ("Subscribe to our newsletter" with the e-mail field and the Subscribe button), the "More articles" cards (cover,
# title, brief, author and date), and the blog footer (the footer line, the Archive / Privacy policy / Terms links
# and the "Powered by Hashnode" badge with its logo svg); then the __NEXT_DATA__ JSON with the whole post --
# publication (title, description, navbar items, links, integrations, preferences), post (id, slug, title,
# subtitle, brief, cover image, dates, reading time, reaction and response counts, author with bio html, tags,
# content.html -- the same HTML as the page's content, looks and pasted residue included, escaped as Next.js
# escapes <, > and &), the more posts, page, query and buildId -- and the chunk scripts Next.js appends.
# --------------------------------------------------------------------------
HASHNODE_CORE = dict(
    months=["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    read="{m} min read", follow="Follow", subscribe="Subscribe", written="Written by", more="More articles",
    nl_head="Subscribe to our newsletter",
    nl_text="Read articles from {pub} directly inside your inbox. Subscribe to the newsletter, and don't miss out.",
    nl_ph="Enter your email address", nl_button="Subscribe", archive="Archive", privacy="Privacy policy", terms="Terms",
    powered="Powered by Hashnode - Build your developer hashnode blog in minutes", comments="Comments ({n})",
    write_comment="Write a comment", like="Like this article", comment="Comment on this article",
    bookmark="Save this article to read later", share="Share this article", toc="Table of contents",
    drawer="Open blog drawer", search="Open blog search", home="home page", profile="{name}'s photo")
HASHNODE_SITES = {
    "The Lenn Valley Notebook": dict(
        lang="en", host="notebook.lennvalley.example", pub_id="65f1c08e2a9d4b0017c3e4a1", author_id="62b7e19f40c8a10013d2f7e0",
        username="rostebbutt", colour="#1d6b57", gtag="G-LVN7Q2K4HD", logo="lenn-valley-notebook-logo",
        title="The Lenn Valley Notebook",
        description="Reporting from Hollinsbeck, the Lenn estuary and the country park, by a freelance journalist who lives here.",
        nav=["About the Lenn Valley Notebook", "Kestle Wood diaries", "Support the Notebook"],
        bio="Freelance reporter in Hollinsbeck. Twenty years on local papers; now writing the Notebook from the kitchen table.",
        footer="© 2026 The Lenn Valley Notebook · Independent notes from Hollinsbeck and the Lenn valley",
        more=[("Kestle Wood's ash trees: what the felling notices mean", "The park is losing about a fifth of its trees to dieback. Here is where and why."),
              ("A morning with the Thurlow Quay ferryman", "Forty crossings a day, one rope, and a dog called Skipper."),
              ("The bus timetable nobody asked for", "Route 22 loses its evening service. I rode the last one.")],
        social=["https://x.com/lennnotebook", "https://www.instagram.com/lennvalleynotebook"]),
    "Mersinkıyı Notları": dict(
        lang="tr", host="notlar.mersinkiyi.example", pub_id="6602a5f1c9e3b70021a8d4f2", author_id="63c4d80a1f2e9b0019ab3c55",
        username="elifsarigul", colour="#b4532a", gtag="G-MKN3X8P1RT", logo="mersinkiyi-notlari-logo",
        title="Mersinkıyı Notları",
        description="Mersinkıyı'dan, sahilden ve köylerden notlar; bir yerel gazetecinin defteri.",
        nav=["Notlar hakkında", "Sahil defteri", "Bana yazın"],
        bio="Mersinkıyı'da yaşayan gazeteci. On beş yıl yerel gazetelerde çalıştı, şimdi bu defteri tutuyor.",
        footer="© 2026 Mersinkıyı Notları · Mersinkıyı ve köylerinden bağımsız notlar",
        more=[("Defneli yolunda akşam trafiği", "Sahil yolundaki yeni ışıklar işe yaradı mı, bir hafta izledim."),
              ("Limanda son ağ örücü", "Hüsnü Usta hâlâ elleriyle ağ onarıyor."),
              ("Eski gümrük binası ne olacak", "Belediye müze diyor, esnaf otopark istiyor.")],
        social=["https://x.com/mersinkiyinotlari", "https://www.instagram.com/mersinkiyinotlari"]),
}
HASHNODE_EXEMPT = {"lang", "host", "pub_id", "author_id", "username", "colour", "gtag", "logo", "social"}
HASHNODE_LOOKS = ("bold", "italic", "highlight", "br")
HN_CDN = "https://cdn.hashnode.com/res/hashnode/image/upload"
HN_SVG_CLOCK = '<svg class="mr-2 h-5 w-5 fill-current" viewBox="0 0 576 512"><path d="M288 32C161.5 32 55.8 119.6 34.2 240.2a16 16 0 0 0 31.5 5.6C84.7 141.4 178.6 64 288 64c123.7 0 224 100.3 224 224S411.7 512 288 512a16 16 0 0 0 0 32c141.4 0 256-114.6 256-256S429.4 32 288 32zm0 96a16 16 0 0 0-16 16v144a16 16 0 0 0 4.7 11.3l80 80a16 16 0 0 0 22.6-22.6L304 281.4V144a16 16 0 0 0-16-16z"></path></svg>'
HN_SVG_HEART = '<svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24" fill="none"><path d="M12 20.5s-7.5-4.4-9.5-9.2C1.2 8 3.3 4.5 6.8 4.5c2.1 0 3.6 1.1 5.2 3 1.6-1.9 3.1-3 5.2-3 3.5 0 5.6 3.5 4.3 6.8-2 4.8-9.5 9.2-9.5 9.2z" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
HN_SVG_COMMENT = '<svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24" fill="none"><path d="M8 10h8M8 14h5m-9 6.5V6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8.5L4 20.5z" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
HN_SVG_BOOKMARK = '<svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24" fill="none"><path d="M6 4.5A1.5 1.5 0 0 1 7.5 3h9A1.5 1.5 0 0 1 18 4.5V21l-6-4-6 4V4.5z" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
HN_SVG_SHARE = '<svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24" fill="none"><path d="M4 12v7a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7M16 6l-4-4-4 4m4-4v13" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
HN_SVG_TOC = '<svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24" fill="none"><path d="M4 6h16M4 12h10M4 18h16" stroke-width="1.5" stroke-linecap="round"></path></svg>'
HN_SVG_MENU = '<svg class="h-6 w-6 stroke-current" viewBox="0 0 24 24" fill="none"><path d="M4 6h16M4 12h16M4 18h16" stroke-width="1.5" stroke-linecap="round"></path></svg>'
HN_SVG_SEARCH = '<svg class="h-6 w-6 stroke-current" viewBox="0 0 24 24" fill="none"><path d="m21 21-4.35-4.35M19 11a8 8 0 1 1-16 0 8 8 0 0 1 16 0z" stroke-width="1.5" stroke-linecap="round"></path></svg>'
HN_SVG_LOGO = '<svg class="block h-8 w-8 fill-current" viewBox="0 0 200 200"><path fill-rule="evenodd" d="M13.742 66.824c-18.323 18.323-18.323 48.029 0 66.352l53.082 53.082c18.323 18.323 48.029 18.323 66.352 0l53.082-53.082c18.323-18.323 18.323-48.03 0-66.352l-53.082-53.082c-18.323-18.323-48.03-18.323-66.352 0L13.742 66.824zm109.481 56.474c12.826-12.826 12.826-33.62 0-46.446s-33.62-12.826-46.446 0-12.826 33.62 0 46.446 33.62 12.826 46.446 0z"></path></svg>'
# the content's own markers: where the post's HTML starts and ends in the page (taken out once the looks and the
# residue run into the text are in), and where the JSON copy of that HTML goes
HN_START, HN_END, HN_JSON = "\ue001", "\ue002", "\ue003"


def hn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return "%s %d, %d" % (HASHNODE_CORE["months"][d.month - 1], d.day, d.year)


def hn_hex(rng, n=24):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def hn_img(rng, name, w=None, h=None):
    """An image on Hashnode's CDN, with the transformation parameters the front end adds."""
    url = "%s/v17%08d/%s.jpeg" % (HN_CDN, rng.randint(0, 99999999), name)
    if w:
        url += "?w=%d&h=%d&fit=crop&crop=entropy&auto=compress,format&format=webp" % (w, h)
    return url


def hn_block(kind, val):
    """A block of the story as Hashnode's markdown renderer writes it."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h2 id="heading-%s">%s</h2>' % (wp_slug(val, 60), E(val))
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def next_json(obj):
    """JSON as Next.js writes it into the page (htmlEscapeJsonString)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace(">", "\\u003e").replace("<", "\\u003c")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def hn_finish(doc):
    """Put the post's HTML, as it finally stands in the page, into the __NEXT_DATA__ JSON, and drop the markers."""
    s, e = doc.index(HN_START), doc.index(HN_END)
    html = doc[s + 1:e]
    doc = doc[:s] + html + doc[e + 1:]
    return doc.replace(HN_JSON, next_json(html)[1:-1])


def hn_slug(text, n=75):
    """Hashnode's slug: as wp_slug, with the Turkish dotless and dotted i kept as an i."""
    return wp_slug(text.replace("ı", "i").replace("İ", "I"), n)


def tpl_hashnode(art, ui, site, placed, rng):
    c, s = HASHNODE_CORE, HASHNODE_SITES[site]
    base = "https://" + s["host"]
    slug_ = hn_slug(art["title"], 70)
    url = "%s/%s" % (base, slug_)
    blocks, n = art["blocks"], len(art["blocks"])
    words = len(story_truth(art["truth_blocks"]).split())
    minutes = max(1, round(words / 200))
    cover = hn_img(rng, hn_slug(art["caption"], 40))
    cover_og = cover.split("?")[0]
    avatar = hn_img(rng, s["username"] + "-avatar")
    logo = hn_img(rng, s["logo"]).replace(".jpeg", ".png")
    build_id = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(21))
    chunk = {k: hn_hex(rng, 16) for k in ("poly", "webpack", "framework", "main", "app", "slug", "css1", "css2", "font")}
    post_id, tag_ids = hn_hex(rng), [hn_hex(rng) for _ in art.get("tags", [])]
    likes, replies = rng.randint(9, 140), rng.randint(0, 14)
    published = art["date"] + "T%02d:%02d:%02d.%03dZ" % (rng.randint(6, 20), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
    first = mp.inline_text(next(v for k, v in art["truth_blocks"] if k == "p"))
    brief = first if len(first) <= 155 else first[:152].rsplit(" ", 1)[0] + "..."
    # the post, with what the owner pasted in among its paragraphs (as raw HTML in the markdown)
    parts = []
    for i in range(n + 1):
        parts.extend(placed.get(i, []))
        if i < n:
            parts.append(hn_block(*blocks[i]))
    content = "\n".join(parts)
    navlinks = "".join('<li><a href="%s/%s" class="transition-200 block max-w-[200px] truncate text-ellipsis whitespace-nowrap rounded-full p-2 transition-colors hover:bg-white hover:text-black dark:hover:bg-neutral-800 dark:hover:text-white">%s</a></li>'
                       % (base, hn_slug(x, 30), E(x)) for x in s["nav"])
    tags = "".join('<a href="/tag/%s" class="mb-2 mr-2 rounded-lg border bg-slate-100 px-2 py-1 text-base font-medium text-slate-700 hover:bg-slate-200 dark:border-neutral-800 dark:bg-neutral-800 dark:text-neutral-300 dark:hover:bg-neutral-700"><span>%s</span></a>'
                   % (hn_slug(t, 40), E(t)) for t in art.get("tags", []))
    more_posts = []
    for k, (t, b) in enumerate(s["more"]):
        more_posts.append(dict(id=hn_hex(rng), slug=hn_slug(t, 70), title=t, brief=b,
                               coverImage={"url": hn_img(rng, hn_slug(t, 30))},
                               publishedAt=days_before(art["date"], 6 + 9 * k) + "T08:%02d:00.000Z" % rng.randint(0, 59)))
    cards = "\n".join(f'''<div class="col-span-1 flex flex-col gap-4"><a href="/{p["slug"]}" class="block w-full overflow-hidden rounded-lg border hover:opacity-90 dark:border-neutral-800"><div class="relative pt-[52.5%]"><img class="absolute inset-0 h-full w-full object-cover" alt="{A(p["title"])}" src="{A(p["coverImage"]["url"])}?w=800&amp;h=420&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format=webp" loading="lazy"/></div></a><div class="flex flex-col gap-1"><h1 class="font-heading text-xl font-semibold text-slate-800 hover:text-slate-900 dark:text-neutral-200"><a href="/{p["slug"]}">{E(p["title"])}</a></h1><a href="/{p["slug"]}" class="text-md hidden text-slate-500 dark:text-neutral-400 md:block">{E(p["brief"])}</a></div><div class="flex flex-row items-center gap-2 text-sm text-slate-500 dark:text-neutral-400"><a href="https://hashnode.com/@{s["username"]}" class="font-medium">{E(art["byline"])}</a><span>·</span><a href="/{p["slug"]}">{hn_date(p["publishedAt"][:10])}</a></div></div>''' for p in more_posts)
    ld = json.dumps({"@context": "https://schema.org/", "@type": "BlogPosting", "headline": art["title"], "description": brief,
                     "url": url, "image": cover_og, "datePublished": published, "dateModified": published,
                     "author": {"@type": "Person", "name": art["byline"], "url": "https://hashnode.com/@" + s["username"]},
                     "publisher": {"@type": "Organization", "name": s["title"], "logo": {"@type": "ImageObject", "url": logo}},
                     "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "keywords": ", ".join(art.get("tags", []))},
                    ensure_ascii=False)
    data = {
        "props": {"pageProps": {
            "publication": {
                "id": s["pub_id"], "title": s["title"], "displayTitle": None, "url": base, "urlPattern": "SIMPLE",
                "descriptionSEO": s["description"], "about": {"html": "<p>%s</p>" % E(s["description"])},
                "favicon": logo, "isTeam": False, "followersCount": rng.randint(40, 900), "imprint": None,
                "features": {"newsletter": {"isEnabled": True}, "viewCount": {"isEnabled": False}, "readTime": {"isEnabled": True},
                             "textSelectionSharer": {"isEnabled": True}, "customCSS": {"isEnabled": False}},
                "preferences": {"logo": logo, "darkMode": {"logo": None, "enabled": True}, "layout": "magazine",
                                "disableFooterBranding": False, "enabledPages": {"newsletter": True, "members": False},
                                "navbarItems": [{"id": hn_hex(rng), "label": x, "url": "%s/%s" % (base, hn_slug(x, 30)),
                                                 "type": "link", "series": None, "page": None} for x in s["nav"]]},
                "links": {"twitter": s["social"][0], "instagram": s["social"][1], "github": "", "website": "",
                          "hashnode": "https://hashnode.com/@" + s["username"], "youtube": "", "dailydev": "", "linkedin": "", "mastodon": ""},
                "integrations": {"gaTrackingID": s["gtag"], "fbPixelID": None, "hotjarSiteID": None, "matomoURL": None,
                                 "umamiWebsiteUUID": None, "fathomSiteID": None, "gTagManagerID": None, "plausibleAnalyticsEnabled": False},
                "author": {"id": s["author_id"], "name": art["byline"], "username": s["username"], "profilePicture": avatar},
                "ogMetaData": {"image": None}},
            "post": {
                "id": post_id, "slug": slug_, "title": art["title"], "subtitle": art["sub"], "brief": brief,
                "url": url, "canonicalUrl": None, "coverImage": {"url": cover_og, "isPortrait": False, "attribution": None},
                "publishedAt": published, "updatedAt": None, "readTimeInMinutes": minutes,
                "reactionCount": likes, "responseCount": replies, "replyCount": 0, "views": 0,
                "author": {"id": s["author_id"], "name": art["byline"], "username": s["username"], "profilePicture": avatar,
                           "bio": {"html": "<p>%s</p>" % E(s["bio"])}, "followersCount": rng.randint(20, 600),
                           "location": "", "socialMediaLinks": {"twitter": s["social"][0]}},
                "coAuthors": [], "tags": [{"id": i, "name": t, "slug": hn_slug(t, 40)} for i, t in zip(tag_ids, art.get("tags", []))],
                "content": {"html": HN_JSON}, "ogMetaData": {"image": None},
                "seo": {"title": None, "description": None},
                "features": {"tableOfContents": {"isEnabled": False, "items": []}, "badges": {"isEnabled": False, "items": []}},
                "preferences": {"disableComments": False, "stickCoverToBottom": False, "isDelisted": False},
                "series": None, "sponsorship": None, "comments": {"totalDocuments": replies}},
            "morePosts": more_posts, "isHome": False},
            "__N_SSP": True},
        "page": "/[slug]", "query": {"slug": slug_}, "buildId": build_id, "isFallback": False,
        "isExperimentalCompile": False, "gssp": True, "appGip": True, "scriptLoader": []}
    # the JSON with a place for the content's HTML (filled in by hn_finish once the page's content is final)
    next_data = next_json(data).replace(json.dumps(HN_JSON)[1:-1], HN_JSON)
    return f'''<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{E(art["title"])}</title><meta name="description" content="{A(brief)}"/><meta property="og:title" content="{A(art["title"])}"/><meta property="og:description" content="{A(brief)}"/><meta property="og:site_name" content="{A(s["title"])}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:image" content="https://hashnode.com/utility/r?url={A(cover_og)}%3Fw%3D1200%26h%3D630%26fit%3Dcrop%26crop%3Dentropy%26auto%3Dcompress%2Cformat%26format%3Dwebp%26fm%3Dpng"/><meta name="image" property="og:image" content="{A(cover_og)}"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="{A(art["title"])}"/><meta name="twitter:description" content="{A(brief)}"/><meta name="twitter:image" content="{A(cover_og)}"/><meta property="article:published_time" content="{published}"/><meta property="article:author" content="https://hashnode.com/@{s["username"]}"/>{"".join('<meta property="article:tag" content="%s"/>' % A(t) for t in art.get("tags", []))}<link rel="canonical" href="{url}"/><link rel="alternate" type="application/rss+xml" title="{A(s["title"])}" href="{base}/rss.xml"/><link rel="sitemap" type="application/xml" href="{base}/sitemap.xml"/><link rel="icon" type="image/png" href="{logo}?w=200&amp;h=200&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format=webp"/><meta name="theme-color" content="{s["colour"]}"/><link rel="preconnect" href="https://cdn.hashnode.com"/><link rel="preconnect" href="https://gql.hashnode.com"/><link rel="dns-prefetch" href="https://www.googletagmanager.com"/><script type="application/ld+json">{ld}</script><link rel="preload" href="/_next/static/media/{chunk["font"]}-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/><link rel="preload" href="/_next/static/css/{chunk["css1"]}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{chunk["css1"]}.css" data-n-g=""/><link rel="preload" href="/_next/static/css/{chunk["css2"]}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{chunk["css2"]}.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-{chunk["poly"]}.js"></script><script src="/_next/static/chunks/webpack-{chunk["webpack"]}.js" defer=""></script><script src="/_next/static/chunks/framework-{chunk["framework"]}.js" defer=""></script><script src="/_next/static/chunks/main-{chunk["main"]}.js" defer=""></script><script src="/_next/static/chunks/pages/_app-{chunk["app"]}.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bslug%5D-{chunk["slug"]}.js" defer=""></script><script src="/_next/static/{build_id}/_buildManifest.js" defer=""></script><script src="/_next/static/{build_id}/_ssgManifest.js" defer=""></script><style>:root{{--brand-primary:{s["colour"]};--font-inter:'__Inter_{chunk["font"][:6]}','__Inter_Fallback_{chunk["font"][:6]}';--font-plus-jakarta-sans:'__Plus_Jakarta_Sans_{chunk["font"][6:12]}'}}</style><script async="" src="https://www.googletagmanager.com/gtag/js?id={s["gtag"]}"></script><script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', '{s["gtag"]}', {{ page_path: window.location.pathname }});</script></head><body class="overflow-x-hidden"><script>(function(){{try{{var t=localStorage.getItem('theme');if(t==='dark'||(!t&&window.matchMedia('(prefers-color-scheme: dark)').matches)){{document.documentElement.classList.add('dark')}}}}catch(e){{}}}})()</script><div id="__next"><div class="min-h-screen bg-white dark:bg-neutral-950"><header class="blog-header border-b bg-white py-4 dark:border-neutral-800 dark:bg-neutral-900 md:py-6"><div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4"><div class="flex flex-row items-center py-1"><div class="mr-2 lg:hidden"><button type="button" aria-label="{A(c["drawer"])}" class="rounded-full border border-transparent p-2 text-slate-700 transition-colors duration-200 hover:bg-slate-100 dark:text-neutral-300 dark:hover:bg-neutral-800">{HN_SVG_MENU}</button></div><a aria-label="{A(s["title"])} {A(c["home"])}" class="flex flex-row items-center gap-3" href="/"><img class="block w-40 shrink-0 md:w-56" alt="{A(s["title"])}" src="{logo}?w=1000&amp;auto=compress,format&amp;format=webp"/></a></div><div class="flex flex-row items-center gap-2"><button type="button" aria-label="{A(c["search"])}" class="rounded-full p-2 text-slate-700 hover:bg-slate-100 dark:text-neutral-300 dark:hover:bg-neutral-800">{HN_SVG_SEARCH}</button><button type="button" class="flex flex-row items-center justify-center gap-2 rounded-full border border-slate-200 px-4 py-2 text-sm font-semibold text-slate-700 transition-colors hover:bg-slate-50 dark:border-neutral-700 dark:text-neutral-300">{E(c["follow"])}</button><a href="/newsletter" class="rounded-full bg-[var(--brand-primary)] px-4 py-2 text-sm font-semibold text-white">{E(c["subscribe"])}</a></div></div><nav class="hidden flex-row items-center justify-between md:flex"><ul class="flex flex-row items-center gap-2 text-slate-700 dark:text-neutral-300">{navlinks}</ul></nav></div></header><main class="blog-post-main bg-white pb-24 dark:bg-neutral-950"><article class="flex flex-col items-stretch pb-10"><div class="relative"><div class="relative mx-auto block w-full max-w-7xl sm:mt-5 md:px-10"><img class="block w-full object-cover sm:rounded-xl" alt="{A(art["title"])}" src="{A(cover_og)}?w=1600&amp;h=840&amp;fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format=webp" width="1600" height="840"/></div></div><h1 class="mx-auto my-5 max-w-screen-lg px-5 text-center font-heading text-3xl font-extrabold leading-snug text-slate-900 dark:text-white md:my-10 md:text-4xl lg:text-5xl">{E(art["title"])}</h1><h2 class="mx-auto -mt-4 mb-8 max-w-screen-md px-5 text-center font-heading text-xl font-medium text-slate-600 dark:text-neutral-400 md:text-2xl">{E(art["sub"])}</h2><div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg"><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><div class="relative mr-2 h-10 w-10 overflow-hidden rounded-full bg-slate-200 dark:bg-white/20 md:mr-3 md:h-12 md:w-12"><a href="https://hashnode.com/@{s["username"]}" class="block h-full w-full"><img alt="{A(c["profile"].format(name=art["byline"]))}" class="block h-full w-full" src="{A(avatar)}?w=200&amp;h=200&amp;fit=crop&amp;crop=faces&amp;auto=compress,format&amp;format=webp"/></a></div><a href="https://hashnode.com/@{s["username"]}" class="font-semibold text-slate-900 dark:text-white"><span>{E(art["byline"])}</span></a></div><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span><a href="/{slug_}" class="tooltip-handle text-slate-700 dark:text-neutral-400" data-title="{published}"><span>{hn_date(art["date"])}</span></a><span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-neutral-400">{HN_SVG_CLOCK}<span>{E(c["read"].format(m=minutes))}</span></p></div></div><div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words px-5 dark:prose-invert xl:prose-xl hashnode-content-style">{HN_START}{content}{HN_END}</div><div class="mx-auto flex w-full max-w-3xl flex-row flex-wrap justify-center px-5">{tags}</div></div><div id="post-floating-bar" class="fixed inset-x-0 bottom-0 z-50 mx-auto flex w-full justify-center pb-6 transition-all duration-300"><div class="relative flex h-12 w-auto flex-row items-center justify-between gap-1 rounded-full border border-slate-200 bg-white px-5 py-1 text-sm text-slate-800 shadow-lg dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-300"><button type="button" aria-label="{A(c["like"])}" class="flex flex-row items-center gap-1 rounded-full p-2 hover:bg-slate-100 dark:hover:bg-neutral-800">{HN_SVG_HEART}<span class="text-sm">{likes}</span></button><span class="h-6 w-px bg-slate-200 dark:bg-neutral-700"></span><button type="button" aria-label="{A(c["comment"])}" class="flex flex-row items-center gap-1 rounded-full p-2 hover:bg-slate-100 dark:hover:bg-neutral-800">{HN_SVG_COMMENT}<span class="text-sm">{replies}</span></button><span class="h-6 w-px bg-slate-200 dark:bg-neutral-700"></span><button type="button" aria-label="{A(c["bookmark"])}" class="rounded-full p-2 hover:bg-slate-100 dark:hover:bg-neutral-800">{HN_SVG_BOOKMARK}</button><button type="button" aria-label="{A(c["share"])}" class="rounded-full p-2 hover:bg-slate-100 dark:hover:bg-neutral-800">{HN_SVG_SHARE}</button><button type="button" aria-label="{A(c["toc"])}" class="rounded-full p-2 hover:bg-slate-100 dark:hover:bg-neutral-800">{HN_SVG_TOC}</button></div></div><div class="mx-auto mb-10 w-full max-w-3xl px-5"><h3 class="mb-5 border-b pb-2 text-base font-semibold uppercase text-slate-500 dark:border-neutral-800 dark:text-neutral-400">{E(c["written"])}</h3><div class="flex flex-col gap-4 md:flex-row"><a href="https://hashnode.com/@{s["username"]}" class="block h-20 w-20 shrink-0 overflow-hidden rounded-full"><img alt="{A(art["byline"])}" class="block h-full w-full" src="{A(avatar)}?w=200&amp;h=200&amp;fit=crop&amp;crop=faces&amp;auto=compress,format&amp;format=webp"/></a><div class="flex flex-1 flex-col"><h4 class="text-xl font-bold text-slate-900 dark:text-white"><a href="https://hashnode.com/@{s["username"]}">{E(art["byline"])}</a></h4><div class="prose text-slate-600 dark:prose-invert dark:text-neutral-300"><p>{E(s["bio"])}</p></div></div><div><button type="button" class="rounded-full border border-slate-200 px-4 py-2 text-sm font-semibold text-slate-700 dark:border-neutral-700 dark:text-neutral-300">{E(c["follow"])}</button></div></div></div><div class="mx-auto mb-10 w-full max-w-3xl px-5"><button type="button" class="w-full rounded-lg border border-slate-200 py-3 text-center font-semibold text-slate-700 hover:bg-slate-50 dark:border-neutral-800 dark:text-neutral-300">{E(c["comments"].format(n=replies))} · {E(c["write_comment"])}</button></div></article><section class="blog-newsletter-card mx-auto mb-20 w-full max-w-3xl rounded-2xl bg-slate-50 px-5 py-10 text-center dark:bg-neutral-900 md:px-10"><h3 class="mb-4 font-heading text-2xl font-bold text-slate-900 dark:text-white">{E(c["nl_head"])}</h3><p class="mb-8 text-lg text-slate-600 dark:text-neutral-300">{E(c["nl_text"].format(pub=s["title"]))}</p><form class="relative mx-auto w-full max-w-md"><input type="email" required="" placeholder="{A(c["nl_ph"])}" class="w-full rounded-full border border-slate-200 bg-white p-4 pr-32 text-lg text-slate-900 outline-none focus:border-[var(--brand-primary)] dark:border-neutral-700 dark:bg-neutral-950 dark:text-white"/><button type="submit" class="absolute right-2 top-2 rounded-full bg-[var(--brand-primary)] px-6 py-2 font-semibold text-white">{E(c["nl_button"])}</button></form></section><section class="blog-more-articles mx-auto w-full max-w-7xl px-5"><h2 class="mb-8 text-center font-heading text-3xl font-extrabold text-slate-900 dark:text-white">{E(c["more"])}</h2><div class="grid grid-cols-1 gap-8 md:grid-cols-3">{cards}</div></section></main><footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center text-slate-800 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-300 md:px-10 md:py-12 lg:py-20"><div class="container mx-auto flex flex-col items-center gap-5"><p class="text-slate-600 dark:text-neutral-400">{E(s["footer"])}</p><div class="flex flex-row flex-wrap justify-center gap-3 text-sm"><a href="/archive" class="hover:underline">{E(c["archive"])}</a><span>·</span><a href="/privacy" class="hover:underline">{E(c["privacy"])}</a><span>·</span><a href="/terms" class="hover:underline">{E(c["terms"])}</a></div><a aria-label="Publish with Hashnode" href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer" target="_blank" rel="noopener" class="flex flex-row items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 dark:border-neutral-700 dark:bg-neutral-950 dark:text-neutral-300">{HN_SVG_LOGO}<span>{E(c["powered"])}</span></a></div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{next_data}</script></body></html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Hashnode's markdown renderer and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"hashnode": ["share", "topics", "newsletter", "related"]}  # (the reactions bar, the tag chips, the
# newsletter card and the "More articles" cards follow the post's content)
for _mod, _names in ((mp29, ["grav"]), (mp25, ["movabletype"]), (mp30, ["tagdiv"]), (mp51, ["substackpub"]),
                     (mp55, ["astro"]), (mp31, ["jannah"]), (mp28, ["kirby"]), (mp48, ["gatsby"]), (mp34, ["nuxt"]),
                     (mp32, ["astra"]), (mp77, ["beehiiv"]), (mp74, ["wpbakery"]), (mp90, ["webnode"]),
                     (mp75, ["shorthand"]), (mp40, ["statamic"]), (mp49, ["hexo"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "ticksafety", "knifebins", "suncream"]
NEW_FAMILIES = ["ticksafety", "knifebins", "suncream"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them; make_heldout70's UV-index panel, with its one-line sun-protection advice, make_heldout74's
# hazardous-waste amnesty days and make_heldout81's pest-control charges are the nearest earlier families, and none
# of them is a tick-bite panel, a knife-bin list or a free sun-cream station list -- see the docstring)
NEW_FAMILY_WORDS = {"ticksafety": ["ticksafety", "tick-check", "tick check", "tick bite", "tick-bite", "lyme", "borreliose",
                                   "zeckenstich", "tire-tique"],
                    "knifebins": ["knifebins", "knife bin", "knife-bin", "knife amnesty", "knife-amnesty", "knife surrender",
                                  "messer-abgabebox", "armas blancas"],
                    "suncream": ["suncream", "sun cream station", "sun-cream station", "sun cream dispenser",
                                 "sun-cream dispenser", "free sun cream", "free sun-cream", "crema solar gratis", "güneş kremi"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small association's website would not carry (no newsroom to credit a photograph to, to update a story
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
    "cookie": ['<div class="embed-consent-n102"><p class="embed-consent-n102__t">%s</p><button class="embed-consent-n102__b" type="button">Switch on</button></div>',
               '<p class="blocked-media-n102">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="teatime-brief-n102"><p class="teatime-brief-n102__t">%s</p><a class="teatime-brief-n102__a" href="/newsletters/teatime">Sign up</a></div>',
                   '<p class="meter-wall-n102">%s</p>', '<h6 class="teatime-head-n102">%s</h6>'],
    "share": ['<ul class="tell-town-n102">{items}</ul>', '<div class="tell-town-strip-n102">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="reader-image-n102">%s</p>', '<span class="reader-image-chip-n102">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="consent-note-n102">%s</p>', '<div class="written-consent-n102"><small>%s</small></div>', '<p><small><i>%s</i></small></p>'],
    "section": ['<p class="town-trail-n102">%s</p>', '<h6 class="town-tag-n102">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="fleuron-rule-n102">%s</p>', '<div class="dot-break-n102">%s</div>', '<p style="text-align: center;">%s</p>'],
    "credit": ['<p class="extra-words-n102">%s</p>', '<div class="team-credit-n102">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-echo-n102"><b>%s</b></p>', '<h2 class="headline-dup-n102">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-slot-n102">%s</div>', '<p class="resumes-after-n102">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="expand-full-n102"><a href="#full">%s</a></p>', '<div class="fold-open-n102">%s</div>', '<div><a href="#full"><b>%s</b></a></div>'],
    "comments": ['<p class="had-say-n102"><a href="#comments">%s</a></p>', '<div class="say-count-n102">%s</div>', '<p><a href="#respond">%s</a></p>'],
    "readtime": ['<p class="minutes-of-n102">%s</p>', '<span class="minutes-chip-n102">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-at-n102"><time>%s</time></p>', '<div class="revision-stamp-n102">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-n102"><button class="read-aloud-n102__play" type="button" aria-label="Play"></button><span class="read-aloud-n102__l">%s</span></div>',
              '<p class="listen-line-n102"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-box-n102"><p>%s</p></aside>', '<p class="amended-note-n102"><em>%s</em></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="pocket-app-n102"><p class="pocket-app-n102__t">%s</p><a class="pocket-app-n102__a" href="/app">Get it</a></div>',
            '<p class="app-nudge-n102">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="covers-beat-n102"><p class="covers-beat-n102__t">%s</p></div>', '<p class="beat-note-n102"><i>%s</i></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-n102"><p>%s</p></div>', '<p class="message-desk-n102">%s</p>', '<div><em>%s</em></div>'],
    "typo": ['<div class="error-report-n102"><p>%s</p></div>', '<p class="select-keys-n102">%s</p>', '<div><small><em>%s</em></small></div>'],
    "push": ['<div class="breaking-optin-n102"><p class="breaking-optin-n102__q">%s</p></div>', '<ul class="breaking-choices-n102">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="article-tools-n102">{items}</ul>', '<p class="tools-line-n102">%s</p>', '<div><a href="?print=true">%s</a></div>'],
    "feedback": ['<div class="useful-q-n102"><p class="useful-q-n102__q">%s</p></div>', '<ul class="useful-opts-n102">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-n102"><p>%s</p></div>', '<p class="complain-to-n102"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-n102"><span class="more-on-n102__t">%s</span></div>', '<ul class="more-on-list-n102">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="save-art-n102"><a class="save-art-n102__a" href="#save">%s</a></div>', '<p class="save-line-n102"><a href="#save">%s</a></p>',
                 '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="town-votes-n102"><p class="town-votes-n102__q">%s</p><button class="town-votes-n102__b" type="button">Vote</button></div>',
             '<ul class="town-votes-opts-n102">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/N{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/N{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-n102"><a class="clip-facade-n102__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({ticklist}: checking and removing a tick, and the rash, the doctor and
    # what not to do, as a list; {tickrows}: the steps as a table; {tickdl}: the rash, the doctor and what not to do
    # as a definition list; {knifelist}, {kniferows}, {knifedl}: the bins' sites and hours, and no questions asked,
    # what can go in, who empties them; {sunlist}, {sunrows}, {sundl}: the stations, their factor and refill times,
    # and who pays, how to use it, an empty station)
    "ticksafety": ['<div class="tick-check-n102"><h4 class="tick-check-n102__hd">%s</h4><ul class="tick-check-n102__list">{ticklist}</ul></div>',
                   '<div class="tick-steps-n102"><p class="tick-steps-n102__hd"><strong>%s</strong></p><table class="tick-steps-n102__tbl">{tickrows}</table></div>',
                   '<p class="tick-help-n102"><a class="tick-help-n102__a" href="/gesundheit/zeckenstich">%s</a></p>',
                   '<div class="tick-card-n102"><h5 class="tick-card-n102__hd">%s</h5><dl class="tick-card-n102__dl">{tickdl}</dl></div>'],
    "knifebins": ['<aside class="blade-bins-n102"><h4 class="blade-bins-n102__hd">%s</h4><ul class="blade-bins-n102__list">{knifelist}</ul></aside>',
                  '<div class="bin-sites-n102"><p class="bin-sites-n102__hd"><b>%s</b></p><table class="bin-sites-n102__tbl">{kniferows}</table></div>',
                  '<p class="bin-find-n102"><a class="bin-find-n102__btn" role="button" href="/polizei/abgabeboxen">%s</a></p>',
                  '<div class="bin-card-n102"><h5 class="bin-card-n102__hd">%s</h5><dl class="bin-card-n102__dl">{knifedl}</dl></div>'],
    "suncream": ['<div class="spf-points-n102"><h4 class="spf-points-n102__hd">%s</h4><ul class="spf-points-n102__list">{sunlist}</ul></div>',
                 '<div class="spf-stations-n102"><p class="spf-stations-n102__hd"><strong>%s</strong></p><table class="spf-stations-n102__tbl">{sunrows}</table></div>',
                 '<p class="spf-find-n102"><a class="spf-find-n102__a" href="/sahil/gunes-kremi">%s</a></p>',
                 '<div class="spf-card-n102"><h5 class="spf-card-n102__hd">%s</h5><dl class="spf-card-n102__dl">{sundl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>– %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/teatime"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "ticksafety": (0.0, [' <a href="/gesundheit/zeckenstich"><strong>%s</strong></a>']),
          "knifebins": (0.0, ['<br><a class="btn" href="/polizei/abgabeboxen"><b>%s</b></a>']),
          "suncream": (0.0, ['<br><a href="/sahil/gunes-kremi"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "ticksafety": 2, "knifebins": 2, "suncream": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="story-image-n102"><img src="/media/{id}-image.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-img.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="this-week-n102"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="elsewhere-n102"><p class="elsewhere-n102__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (TICK_HEAD, KNIFE_HEAD, SUN_HEAD, above), as the web teams left them (not checked)


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
    if "{tick" in style:
        out = (out.replace("{ticklist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in TICK_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in TICK_INFO[lang]))
               .replace("{tickrows}", table(TICK_HEAD[lang], TICK_ROWS[lang])).replace("{tickdl}", dl(TICK_INFO[lang])))
    if "{knife" in style:
        out = (out.replace("{knifelist}", "".join('<li><strong>%s</strong> (%s), %s</li>' % tuple(esc(x) for x in r) for r in KNIFE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in KNIFE_INFO[lang]))
               .replace("{kniferows}", table(KNIFE_HEAD[lang], KNIFE_ROWS[lang])).replace("{knifedl}", dl(KNIFE_INFO[lang])))
    if "{sun" in style:
        out = (out.replace("{sunlist}", "".join('<li><strong>%s</strong> — %s, %s</li>' % tuple(esc(x) for x in r) for r in SUN_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in SUN_INFO[lang]))
               .replace("{sunrows}", table(SUN_HEAD[lang], SUN_ROWS[lang])).replace("{sundl}", dl(SUN_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "ticksafety": rng.choice([mid, n, n]),
               "knifebins": rng.choice([mid, n]), "suncream": rng.choice([0, mid, n])}.get(fam, mid)
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
# the block editor's drop cap on Astra (core/paragraph with dropCap)
DROPCAP = {"astra": ("class", "has-drop-cap")}
# Jannah's box shortcode around a subheading and its paragraph
BOX = {"jannah": ("wrap", '<div class="box note  "><div class="box-inner-block"><span class="fa tie-shortcode-boxicon"></span>\n', "\n</div></div>")}
# Grav's markdown-notices plugin around a subheading and its list
FACTBOX = {"grav": ("wrap", '<div class="notices blue">\n', "\n</div>")}
# WPBakery's message box element around a paragraph
CALLOUT = {"wpbakery": ('<div class="vc_message_box vc_message_box-standard vc_message_box-rounded vc_color-warning">'
                        '<div class="vc_message_box-icon"><i class="fas fa-exclamation-triangle"></i></div><p>', "</p></div>")}
BOLD = {}
ITALIC = {}
# a highlight: a <mark> (Hashnode's markdown keeps the owner's raw <mark>; the other layouts' editors the same)
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
# templates: hashnode is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"hashnode": tpl_hashnode, "grav": mp29.tpl_grav, "movabletype": mp25.tpl_movabletype, "tagdiv": mp30.tpl_tagdiv,
                 "substackpub": mp51.tpl_substackpub, "astro": mp55.tpl_astro, "jannah": mp31.tpl_jannah,
                 "kirby": mp28.tpl_kirby, "gatsby": mp48.tpl_gatsby, "nuxt": mp34.tpl_nuxt, "astra": mp32.tpl_astra,
                 "beehiiv": mp77.tpl_beehiiv, "wpbakery": mp74.tpl_wpbakery, "webnode": mp90.tpl_webnode,
                 "shorthand": mp75.tpl_shorthand, "statamic": mp40.tpl_statamic, "hexo": mp49.tpl_hexo}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h100), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "hashnode"
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
            rng = random.Random("newsflow-heldout102-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI102[lang]
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
            if tpl == NEW_LAYOUT:  # the post's HTML, as it finally stands, goes into the __NEXT_DATA__ JSON too
                doc = hn_finish(doc)
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
    # layouts: hashnode (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the hashnode pages: a blog of HASHNODE_SITES in its own language; of the looks only those the
    # builder's text editor sets (a drop cap, bold, italics, a highlight, a group box, a line break); the later
    # layouts keyed by site name: a site this part adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in HASHNODE_SITES
                                       or HASHNODE_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in HASHNODE_LOOKS for st, _ in a.get("look", []))):
            problems.append("%s: hashnode page needs a Hashnode blog in its language and the markdown's looks only" % a["id"])
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
    hashnode_sites = [{k: v for k, v in d.items() if k not in HASHNODE_EXEMPT} for d in HASHNODE_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (HASHNODE_CORE, TICK_HEAD, KNIFE_HEAD and SUN_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("HASHNODE_SITES", hashnode_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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







