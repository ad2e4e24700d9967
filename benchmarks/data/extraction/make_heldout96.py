#!/usr/bin/env python3
"""Ninety-sixth held-out part (h96-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout96.py           # write pages/h96-*.html
    python benchmarks/data/extraction/make_heldout96.py --check   # verify pages/h96-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout96.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout95.py and its stories, written at the same time by another writer, were not).  Built on the structure
of make_heldout94.py and make_heldout93.py: build() -> (pages, truth, meta) and verify(pages, truth) -> problems,
with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h96_en.py / articles_h96_intl.py (fictional local and regional outlets, a village news site,
a residents' association, a neighbourhood association's community-energy page and a volunteer-written newsletter,
in invented places -- Wrenford and the Marrowby valley with Cobley Marsh, Hartwell St Anne and Lowther Green,
Kızılçam with Sarıyurt and the Sarıkaya bird reserve, Erlenau and Finkenried in the Mühltal, Roquebelle and
Saint-Ferréol on the Lisonne, Villanueva del Azor and its barrio de la Ermita, Стеклозёрск on the Стеклянное озеро --;
every name and number invented).  The residue wordings -- thirty of the generic families of the earlier parts (one
wording each in every language, two for the newsletter, whose first is the pitch run into a paragraph, and for the
embed) plus three new ones -- their wrapper class names, related headlines and teasers, site names, the sites' own
strings in the earlier layouts and the first-round furniture strings are new here: verify() refuses to build if one
reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines, tags
or site names of make_heldout2..94, if a wrapper class name of an earlier part recurs, if a "new" family is already
in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an earlier part
(h93 and h94 included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  The
earlier families placed only for a reason in a story (calendar, map, gallery, scores) are not used: no story of this
part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table, a
link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only on
the third carrier --, a definition-list card): rooftop-solar group-buying panels (rooftopsolar: the systems with their
fixed prices and what is included, and how the scheme works, the registration deadline and the installer) on an
English village's home-made climate plan (the new layout: the list), German households facing a higher electricity
price from the Stadtwerke (the table), a French commune's negotiated roof-panel scheme (the "register your roof" link,
run into the last paragraph) and a Spanish neighbourhood's shared-roof energy community (the card); guided-walk
programme listings (guidedwalks: the walks with their meeting point, date and time and cost, and booking, what to
bring and access) on an English town's forgotten river wharf and its heritage trail (the list), an English wetland
reserve's summer season (the table), a Turkish bird reserve's spring migration season (the "book a place" link, run
into the last paragraph after a <br>) and a Russian long read on a glassmaking town's history (the card);
cold-weather payment and winter-help panels (coldweatherpayments: the weather station, trigger and payment, or the
amounts, forms and dates of the help, and who qualifies, what is needed and where to ask) on an English freeze with
burst pipes (the list), English warm rooms for older people (the table), German pensioners in a heated parish hall
(the "check your claim" button, run into the last paragraph) and Russian pensioners' heating bills (the card).  Only
the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads (SOLAR_HEAD, WALK_HEAD,
COLD_HEAD) are the web teams' generic strings and not checked; the rows (SOLAR_ROWS, SOLAR_INFO, WALK_ROWS, WALK_INFO,
COLD_ROWS, COLD_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": a village news site and a residents' association on the Hostinger builder and a neighbourhood
association on Webnode are small sites, with no newsroom to credit a photograph to, update a story, sell adverts or
send reporters); a correction box goes only on a story that was corrected, with that story's own wording (an English
freeze's lowest reading, which the page carries among its residue, and an English village library's Saturday
hours, the page's only residue).  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels,
strips and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists
and tables, and, for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch,
share line, the group-buy link, the walk-booking link, the winter-help button; only one line in any paragraph).  On
the new layout, residue the site owner pasted sits among the paragraphs of the post's text elements.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap (the
block editor's class on Astra), italics (a one-line quote on the English Hostinger page), bold (a one-line paragraph
on both Hostinger pages: "Nobody voted against.", "Por fin corre el agua."), a highlighted sentence (a <mark> on the
Movable Type page), a paragraph in a box (Jannah's box shortcode around a subheading and its paragraph), a fact box
holding a subheading and its list (Grav's notices around "The wharf in numbers"), a callout (WPBakery's message box
around a road-closure paragraph), a paragraph typed after a <br> (Shift+Enter, on the Spanish Hostinger page); story
structures that look like furniture but are the story: question-and-answer interviews (questions typed in bold, some
of a few words -- "Your worst day on the market?", "Ya bundan sonrası?", "Ihr Lieblingsort?", "Дети изменились?" --, in
English, Turkish, German and Russian: a market trader after 44 years, a baker after 41, a forester after 36, a physics
teacher after 40), lists inside the story (a climate plan's first actions, a wharf's dates, what to do with a frozen
pipe, a reopened library's services, a new market hall's facilities, a bakery's shelves, a pilgrimage's programme),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs, a closing line with
practical information (a climate group's next meeting, a trail leaflet, a send-off at the market cross, a visitor
hut's hours, a library's hours, a cup on show, a shuttle bus, a bakery's hours, a farewell at a forest hut, an
information meeting, energy advice in the town hall, a parish social adviser, bus fares, a shared-roof association's
office hours, a museum's hours, a reception hour for housing complaints, a teacher's send-off), and story sentences
that use furniture words in ordinary reporting ("printed in the parish newsletter", "Please share this with anyone",
"should contact the parish office", "have a photo taken with it" closing stories, "des cookies aux noix"), some at the start or end of a
story.  Two pages carry no residue at all (an English women's cup
final on semantic and a Turkish market hall on amp) and one only its correction line (an English village library on
portal).
One page layout is new (zyro: a blog post on a site made with the Hostinger Website Builder, formerly Zyro, on two
pages, an English village news site and a Spanish residents' association; see the section of the layout below).
The builder's own strings (ZYRO_CORE) are left as they ship and not checked; the sites' own strings (ZYRO_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- cms, portal, semantic, amp,
ghost, table (make_pages.py), movabletype (make_heldout25.py), kirby (make_heldout28.py), grav (make_heldout29.py),
tagdiv (make_heldout30.py), jannah (make_heldout31.py), astra (make_heldout32.py), nuxt (make_heldout34.py), statamic
(make_heldout40.py), gatsby (make_heldout48.py), hexo (make_heldout49.py), substackpub (make_heldout51.py), astro
(make_heldout55.py), wpbakery (make_heldout74.py), shorthand (make_heldout75.py), beehiiv (make_heldout77.py) and
webnode (make_heldout90.py) --, none of them in the language h93 or h94 gave it, and 16 of them (all but the six
first-round layouts) used by none of h91 .. h94 (9 English pages, 3 in each other language but Spanish, which has 2
besides its Hostinger page: English on grav, movabletype, tagdiv, substackpub, astro, cms, portal and semantic;
Turkish on jannah, ghost and amp; German on kirby, gatsby and nuxt; French on astra, beehiiv and table; Spanish on
wpbakery and webnode; Russian on shorthand, statamic and hexo); while a page is rendered, the earlier modules'
related headlines and teasers, the strings that belong to one site rather than to the platform (see SITE_STRINGS: the
layouts keyed by language -- Grav, Movable Type, tagDiv, Kirby -- get this part's own strings for that language, the
layouts keyed by site name get this part's own sites added) and the residue pools those helpers draw from themselves
(the advert label of the Gatsby and Nuxt layouts) are swapped for this part's own, and the templates get this part's
furniture strings (UI_NEW) instead of make_pages.UI.  (The press-agency wire layout, a first choice for the French
coach-line story, was left out: it needs a wire desk's slug, reporter and editor, which a regional paper's own story
does not have.)
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
from articles_h96_en import ARTICLES as H96_EN  # noqa: E402
from articles_h96_intl import ARTICLES as H96_INTL  # noqa: E402

ARTICLES = H96_EN + H96_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94)
# parts whose layouts' languages this part avoids (the two latest finished parts; h95 is written at the same time
# and was not read)
LANG_PARTS = (mp93, mp94)
# parts whose layouts this part mostly leaves alone: at least MIN_FRESH of its earlier layouts are used by none of them
FRESH_PARTS = (mp91, mp92, mp93, mp94)
MIN_FRESH = 16
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h96"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h94 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Marrowby valley maps and videos stay hidden until you allow embedded content cookies"],
        "tr": ["Kızılçam haritaları ve videoları, gömülü içerik çerezlerine izin verene kadar gizli kalır"],
        "de": ["Karten und Videos aus dem Mühltal bleiben verborgen, bis Sie Cookies für eingebettete Inhalte erlauben"],
        "fr": ["Les cartes et vidéos de la vallée de la Lisonne restent masquées tant que vous refusez les cookies de contenus intégrés"],
        "es": ["Los mapas y vídeos de la sierra del Azor no se muestran hasta que permitas las cookies de contenido insertado"],
        "ru": ["Карты и видео о Стеклозёрске скрыты, пока вы не разрешите cookie встроенного содержимого"],
    },
    "newsletter": {
        "en": ["Get the Marrowby Tuesday email: Wrenford's week in five minutes",
               "Create a free account to read more stories from Wrenford this month"],
        "tr": ["Kızılçam Salı e-postası: ilçenin haftası beş dakikada",
               "Bu ay Kızılçam'dan daha fazla haber okumak için ücretsiz hesap açın"],
        "de": ["Der Mühltal-Dienstag per E-Mail: Erlenaus Woche in fünf Minuten",
               "Legen Sie ein kostenloses Konto an, um diesen Monat mehr aus Erlenau zu lesen"],
        "fr": ["Le Mardi de la Lisonne par courriel : la semaine de Roquebelle en cinq minutes",
               "Créez un compte gratuit pour lire davantage d'articles de Roquebelle ce mois-ci"],
        "es": ["El Martes del Azor en tu correo: la semana de Villanueva en cinco minutos",
               "Crea una cuenta gratuita para leer más noticias de Villanueva del Azor este mes"],
        "ru": ["Письмо «Стеклозёрский вторник»: неделя города за пять минут",
               "Создайте бесплатный аккаунт, чтобы в этом месяце читать больше новостей Стеклозёрска"],
    },
    "share": {
        "en": ["Pass it on in Wrenford: WhatsApp · Facebook · Threads · Copy link"],
        "tr": ["Kızılçam'da paylaşın: WhatsApp · Facebook · Threads · Bağlantıyı kopyala"],
        "de": ["In Erlenau weitersagen: WhatsApp · Facebook · Threads · Link kopieren"],
        "fr": ["À faire circuler à Roquebelle : WhatsApp · Facebook · Threads · Copier le lien"],
        "es": ["Pásalo en Villanueva: WhatsApp · Facebook · Threads · Copiar enlace"],
        "ru": ["Поделитесь в Стеклозёрске: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку"],
    },
    "photo": {
        "en": ["Picture courtesy of a Wrenford reader"],
        "tr": ["Fotoğraf: Kızılçamlı bir okurumuzun izniyle"],
        "de": ["Foto: mit freundlicher Genehmigung eines Erlenauer Lesers"],
        "fr": ["Cliché aimablement prêté par un lecteur de Roquebelle"],
        "es": ["Foto cedida por un lector de Villanueva del Azor"],
        "ru": ["Снимок любезно предоставил читатель из Стеклозёрска"],
    },
    "copyright": {
        "en": ["Reproduction of this Marrowby valley article in any form requires the consent of {site}."],
        "tr": ["Bu Kızılçam haberinin herhangi bir biçimde çoğaltılması {site} onayına bağlıdır."],
        "de": ["Die Vervielfältigung dieses Mühltal-Artikels in jeder Form bedarf der Zustimmung von {site}."],
        "fr": ["Toute reproduction de cet article de la vallée de la Lisonne est soumise à l'accord de {site}."],
        "es": ["La reproducción de esta noticia de la sierra del Azor, por cualquier medio, requiere el consentimiento de {site}."],
        "ru": ["Воспроизведение этого материала о Стеклозёрске в любой форме возможно только с согласия «{site}»."],
    },
    "section": {
        "en": ["Marrowby valley › {section}"],
        "tr": ["Kızılçam › {section}"],
        "de": ["Mühltal › {section}"],
        "fr": ["Vallée de la Lisonne › {section}"],
        "es": ["Sierra del Azor › {section}"],
        "ru": ["Стеклозёрск › {section}"],
    },
    "related": {
        "en": ["Also making news in Wrenford"],
        "tr": ["Kızılçam'da gündemdeki diğer haberler"],
        "de": ["Außerdem in Erlenau"],
        "fr": ["Également à Roquebelle"],
        "es": ["También en Villanueva del Azor"],
        "ru": ["Также в Стеклозёрске"],
    },
    "symbol": {"*": ["⋯ ◆ ⋯", "∙ ⬥ ∙ ⬥ ∙", "—•—•—"]},
    "credit": {
        "en": ["With reporting from the {site} desk in Wrenford"],
        "tr": ["Kızılçam'dan {site} muhabirlerinin katkılarıyla"],
        "de": ["Unter Mitarbeit der {site}-Redaktion in Erlenau"],
        "fr": ["Avec la rédaction de {site} à Roquebelle"],
        "es": ["Con información de la redacción de {site} en Villanueva"],
        "ru": ["С участием стеклозёрской редакции «{site}»"],
    },
    "ad": {
        "en": ["Sponsored message · the Wrenford story carries on below"],
        "tr": ["Sponsorlu ileti · Kızılçam haberi aşağıda devam ediyor"],
        "de": ["Werbebotschaft · der Erlenauer Artikel geht unten weiter"],
        "fr": ["Message sponsorisé · l'article de Roquebelle se poursuit ci-dessous"],
        "es": ["Mensaje patrocinado · la noticia de Villanueva sigue debajo"],
        "ru": ["Рекламное сообщение · материал о Стеклозёрске продолжается ниже"],
    },
    "continue": {
        "en": ["Show the rest of this Wrenford article"],
        "tr": ["Kızılçam haberinin devamını göster"],
        "de": ["Den Rest des Erlenauer Artikels anzeigen"],
        "fr": ["Afficher la suite de l'article de Roquebelle"],
        "es": ["Mostrar el resto de la noticia de Villanueva"],
        "ru": ["Показать продолжение материала о Стеклозёрске"],
    },
    "comments": {
        "en": ["Join {n} Wrenford readers in the discussion"],
        "tr": ["Tartışmaya katılan {n} Kızılçamlı okura katılın"],
        "de": ["Diskutieren Sie mit {n} Lesern aus Erlenau"],
        "fr": ["Rejoignez les {n} lecteurs de Roquebelle dans la discussion"],
        "es": ["Únete a los {n} lectores de Villanueva en el debate"],
        "ru": ["Присоединяйтесь к обсуждению: {n} читателей из Стеклозёрска"],
    },
    "readtime": {
        "en": ["{m} min read · Marrowby valley"],
        "tr": ["{m} dk okuma · Kızılçam"],
        "de": ["{m} Minuten Lesezeit im Mühltal"],
        "fr": ["Lecture : {m} min · vallée de la Lisonne"],
        "es": ["Lectura de {m} min · sierra del Azor"],
        "ru": ["Читать {m} мин · Стеклозёрск"],
    },
    "updated": {
        "en": ["Last revised {d} at {t} by the Wrenford desk"],
        "tr": ["Son düzenleme {d} saat {t}, Kızılçam masası"],
        "de": ["Zuletzt überarbeitet am {d} um {t} Uhr von der Erlenauer Redaktion"],
        "fr": ["Dernière révision le {d} à {t} par la rédaction de Roquebelle"],
        "es": ["Última revisión el {d} a las {t} por la redacción de Villanueva"],
        "ru": ["Последняя правка {d} в {t}, стеклозёрская редакция"],
    },
    "audio": {
        "en": ["Press play to hear this Wrenford article · {m} minutes"],
        "tr": ["Bu Kızılçam haberini dinlemek için oynat'a basın · {m} dakika"],
        "de": ["Auf Play drücken und den Erlenauer Artikel hören · {m} Minuten"],
        "fr": ["Appuyez sur lecture pour écouter l'article de Roquebelle · {m} minutes"],
        "es": ["Dale al play para escuchar la noticia de Villanueva · {m} minutos"],
        "ru": ["Нажмите «Пуск», чтобы послушать материал о Стеклозёрске · {m} минут"],
    },
    "correction": {
        "en": ["A fact in this Marrowby valley article has been put right."],
        "tr": ["Bu Kızılçam haberindeki bir bilgi düzeltildi."],
        "de": ["Eine Angabe in diesem Mühltal-Artikel wurde richtiggestellt."],
        "fr": ["Une information de cet article de la Lisonne a été rectifiée."],
        "es": ["Se ha corregido un dato de esta noticia de la sierra del Azor."],
        "ru": ["В материале о Стеклозёрске исправлена неточность."],
    },
    "app": {
        "en": ["Read Wrenford news offline: the {site} app is free on iPhone and Android"],
        "tr": ["Kızılçam haberlerini çevrimdışı okuyun: {site} uygulaması iPhone ve Android'de ücretsiz"],
        "de": ["Erlenauer Nachrichten offline lesen: die App von {site}, kostenlos für iPhone und Android"],
        "fr": ["L'actualité de Roquebelle hors connexion : l'appli {site}, gratuite sur iPhone et Android"],
        "es": ["Las noticias de Villanueva sin conexión: la app de {site}, gratis en iPhone y Android"],
        "ru": ["Новости Стеклозёрска без интернета: приложение «{site}» бесплатно для iPhone и Android"],
    },
    "bio": {
        "en": ["{by} reports on {section} from Wrenford and the Marrowby valley villages for {site}."],
        "tr": ["{by}, {site} için Kızılçam ve köylerinden {section} haberleri yapıyor."],
        "de": ["{by} schreibt für {site} über {section} in Erlenau und im Mühltal."],
        "fr": ["{by} suit l'actualité {section} de Roquebelle et de la vallée de la Lisonne pour {site}."],
        "es": ["{by} informa sobre {section} en Villanueva y la sierra del Azor para {site}."],
        "ru": ["{by} пишет о теме «{section}» в Стеклозёрске и окрестностях для «{site}»."],
    },
    "tip": {
        "en": ["Got a story from the Marrowby valley? Message the Wrenford newsdesk on 01632 961 508"],
        "tr": ["Kızılçam'dan bir haberiniz mi var? Haber masamıza yazın: 0 (266) 900 15 08"],
        "de": ["Sie haben eine Geschichte aus dem Mühltal? Schreiben Sie der Erlenauer Redaktion: 06381 1508-0"],
        "fr": ["Une histoire à raconter dans la vallée de la Lisonne ? Écrivez à la rédaction de Roquebelle au 05 65 00 15 08"],
        "es": ["¿Tienes una historia de la sierra del Azor? Escribe a la redacción de Villanueva al 926 000 508"],
        "ru": ["Есть история из Стеклозёрска? Пишите в редакцию: 8 (34368) 1-50-80"],
    },
    "typo": {
        "en": ["Mistake in this Wrenford article: select the words, then Ctrl+Enter sends them to the desk"],
        "tr": ["Kızılçam haberindeki yanlışı seçip Ctrl+Enter ile haber masasına gönderin"],
        "de": ["Fehler im Erlenauer Artikel: Wörter auswählen, Strg+Enter schickt sie an die Redaktion"],
        "fr": ["Coquille dans l'article de Roquebelle : choisissez les mots, Ctrl+Entrée les envoie à la rédaction"],
        "es": ["Errata en la noticia de Villanueva: elige las palabras y Ctrl+Intro las manda a la redacción"],
        "ru": ["Опечатка в материале о Стеклозёрске: отметьте слова, Ctrl+Enter отправит их в редакцию"],
    },
    "push": {
        "en": ["Get breaking Marrowby valley news as notifications? Turn on · No thanks"],
        "tr": ["Kızılçam son dakika haberleri bildirim olarak gelsin mi? Aç · Hayır, teşekkürler"],
        "de": ["Eilmeldungen aus dem Mühltal als Benachrichtigung? Einschalten · Nein danke"],
        "fr": ["Recevoir les alertes de la vallée de la Lisonne en notification ? Activer · Non merci"],
        "es": ["¿Quieres las últimas noticias de la sierra del Azor como notificación? Activar · No, gracias"],
        "ru": ["Получать срочные новости Стеклозёрска в уведомлениях? Включить · Нет, спасибо"],
    },
    "print": {
        "en": ["This Wrenford article: Print it · Download PDF · Send by email"],
        "tr": ["Bu Kızılçam haberi: Yazdırın · PDF indirin · E-postayla gönderin"],
        "de": ["Dieser Erlenauer Artikel: Ausdrucken · PDF herunterladen · Per E-Mail senden"],
        "fr": ["Cet article de Roquebelle : L'imprimer · Télécharger le PDF · L'envoyer par courriel"],
        "es": ["Esta noticia de Villanueva: Imprímela · Descarga el PDF · Envíala por correo"],
        "ru": ["Этот материал о Стеклозёрске: Печать · Скачать PDF · Отправить по почте"],
    },
    "feedback": {
        "en": ["Rate this Wrenford article: really useful · so-so · no use to me"],
        "tr": ["Kızılçam haberini puanlayın: çok işime yaradı · idare eder · işime yaramadı"],
        "de": ["Erlenauer Artikel bewerten: hat mir sehr geholfen · so lala · half mir nicht"],
        "fr": ["Notez l'article de Roquebelle : très utile pour moi · bof · sans intérêt pour moi"],
        "es": ["Puntúa la noticia de Villanueva: me ha servido mucho · regular · no me ha servido"],
        "ru": ["Оцените материал о Стеклозёрске: очень пригодился · так себе · не пригодился"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Marrowby valley coverage go to standards@wrenfordnews.example."],
        "tr": ["{site} basın ahlak esaslarına uyar; Kızılçam haberlerimizle ilgili şikâyetler: ilkeler@kizilcam.example."],
        "de": ["{site} ist dem Pressekodex verpflichtet; Beschwerden zu unseren Mühltal-Berichten an kodex@erlenau.example."],
        "fr": ["{site} respecte la charte de Munich ; vos réclamations sur nos articles de la Lisonne : deontologie@roquebelle.example."],
        "es": ["{site} cumple el código de la FAPE; tus reclamaciones sobre la información del Azor, a etica@villanueva-azor.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики; жалобы на материалы о Стеклозёрске: etika@steklozersk.example."],
    },
    "topics": {
        "en": ["Topics: {section} · Wrenford · Cobley Marsh"],
        "tr": ["Konular: {section} · Kızılçam · Sarıyurt"],
        "de": ["Themen: {section} · Erlenau · Finkenried"],
        "fr": ["Thèmes : {section} · Roquebelle · Saint-Ferréol"],
        "es": ["Temas: {section} · Villanueva del Azor · La Ermita"],
        "ru": ["Темы: {section} · Стеклозёрск · Стеклянная улица"],
    },
    "bookmark": {
        "en": ["♡ Keep this Wrenford article for later"],
        "tr": ["♡ Bu Kızılçam haberini sonra okumak için sakla"],
        "de": ["♡ Erlenauer Artikel für später merken"],
        "fr": ["♡ Garder cet article de Roquebelle pour plus tard"],
        "es": ["♡ Guardar esta noticia de Villanueva para luego"],
        "ru": ["♡ Отложить материал о Стеклозёрске на потом"],
    },
    "poll": {
        "en": ["Quick vote, Wrenford: agree · disagree · don't know"],
        "tr": ["Hızlı oylama, Kızılçam: katılıyorum · katılmıyorum · bilmiyorum"],
        "de": ["Kurz abgestimmt, Erlenau: stimme zu · stimme nicht zu · weiß nicht"],
        "fr": ["Vote express, Roquebelle : d'accord · pas d'accord · sans avis"],
        "es": ["Vota rápido, Villanueva: de acuerdo · en desacuerdo · no sé"],
        "ru": ["Быстрый опрос, Стеклозёрск: согласен · не согласен · не знаю"],
    },
    "embed": {
        "en": ["See {handle}'s Wrenford post on Instagram", "Play {handle}'s Marrowby valley video on YouTube"],
        "tr": ["{handle} hesabının Kızılçam gönderisini Instagram'da görün", "{handle} hesabının Kızılçam videosunu YouTube'da oynatın"],
        "de": ["Den Erlenauer Beitrag von {handle} auf Instagram sehen", "Das Mühltal-Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} à Roquebelle sur Instagram", "Lire la vidéo de {handle} sur la Lisonne sur YouTube"],
        "es": ["Ver la publicación de {handle} en Villanueva en Instagram", "Reproducir el vídeo de {handle} en la sierra del Azor en YouTube"],
        "ru": ["Посмотреть публикацию {handle} из Стеклозёрска в Instagram", "Включить видео {handle} о Стеклозёрске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "rooftopsolar": {
        "en": ["Solar Together Marrowby: how the group buy works", "Roof panel group buy: prices", "Register your roof for the group buy ›",
               "Solar Together Marrowby at a glance"],
        "de": ["Sammelbestellung Solardach: so funktioniert's", "Sammelbestellung Solardach: die Preise", "Dach für die Sammelbestellung anmelden ›",
               "Sammelbestellung Solardach auf einen Blick"],
        "fr": ["Achat groupé solaire : comment ça marche", "Achat groupé solaire : les tarifs", "Inscrire ma toiture à l'achat groupé ›",
               "L'achat groupé solaire en bref"],
        "es": ["Compra colectiva de placas: cómo funciona", "Compra colectiva de placas: precios", "Apunta tu tejado a la compra colectiva ›",
               "La compra colectiva de placas, en resumen"],
    },
    "guidedwalks": {
        "en": ["Guided walks this season", "Walks programme: dates and meeting points", "Book a place on a guided walk ›",
               "Guided walks: what to bring"],
        "tr": ["Bu sezon rehberli yürüyüşler", "Yürüyüş programı: tarihler ve buluşma noktaları", "Rehberli yürüyüşe yerinizi ayırtın ›",
               "Rehberli yürüyüşler: yanınıza alın"],
        "ru": ["Экскурсии с гидом в этом сезоне", "Программа прогулок: даты и место сбора", "Записаться на экскурсию с гидом ›",
               "Прогулки с гидом: что нужно знать"],
    },
    "coldweatherpayments": {
        "en": ["Cold Weather Payments: who gets them", "Cold Weather Payments: triggers in the Marrowby valley", "Check if you can get a Cold Weather Payment ›",
               "Winter help: where to ask"],
        "de": ["Heizkostenhilfe: wer sie bekommt", "Heizkostenhilfe: Beträge und Fristen", "Anspruch auf Heizkostenhilfe prüfen ›",
               "Hilfe im Winter: wo Sie fragen können"],
        "ru": ["Компенсации за отопление: кому положены", "Зимняя помощь: суммы и сроки", "Проверить право на компенсацию за отопление ›",
               "Помощь зимой: куда обращаться"],
    },
}
NEW_STYLE_WORDING = {"rooftopsolar": [0, 1, 2, 3], "guidedwalks": [0, 1, 2, 3], "coldweatherpayments": [0, 1, 2, 3]}
# rooftop solar group buy: the system, its price and what is included; and how it works, the deadline, the installer
SOLAR_ROWS = {
    "en": [("4 panels, 1.8 kW", "£3,450", "fitted, with scaffolding"),
           ("8 panels, 3.6 kW", "£5,290", "fitted, with scaffolding"),
           ("Battery, 5 kWh", "£2,940", "added to any system")],
    "de": [("6 Module, 2,6 kWp", "6.150 €", "inklusive Montage und Gerüst"),
           ("10 Module, 4,3 kWp", "8.890 €", "inklusive Montage und Gerüst"),
           ("Speicher, 5 kWh", "3.350 €", "nur zusammen mit einer Anlage")],
    "fr": [("6 panneaux, 2,5 kWc", "5 900 €", "pose et raccordement compris"),
           ("9 panneaux, 3,8 kWc", "7 750 €", "pose et raccordement compris"),
           ("Batterie 5 kWh", "3 600 €", "en option")],
    "es": [("6 placas, 2,5 kWp", "4.300 €", "instalación y legalización incluidas"),
           ("10 placas, 4,2 kWp", "6.100 €", "instalación y legalización incluidas"),
           ("Batería de 5 kWh", "2.900 €", "opcional")],
}
SOLAR_HEAD = {"en": ("System", "Price", "Includes"), "de": ("Anlage", "Preis", "Enthalten"),
              "fr": ("Installation", "Prix", "Compris"), "es": ("Equipo", "Precio", "Incluye")}
SOLAR_INFO = {
    "en": [("How it works", "register free, get a survey of your roof, then decide whether to accept the fixed price"),
           ("Registration closes", "31 May; installations from July to October"),
           ("Installer", "Marshlight Renewables of Wrenford, MCS certified, ten-year workmanship warranty")],
    "de": [("So funktioniert es", "kostenlos anmelden, Dachcheck abwarten, dann über das Festpreisangebot entscheiden"),
           ("Anmeldeschluss", "30. April; Montage von Juni bis September"),
           ("Fachbetrieb", "Elektro Pfeffer, Mühlstraße 12, Erlenau, zehn Jahre Garantie auf die Montage")],
    "fr": [("Le principe", "inscription gratuite, visite technique, puis décision libre sur le devis au prix négocié"),
           ("Clôture des inscriptions", "inscriptions jusqu'au 30 juin, poses de septembre à décembre"),
           ("L'installateur", "Lisonne Énergies, certifié RGE, garantie décennale")],
    "es": [("Cómo funciona", "apúntate sin compromiso, un técnico visita tu tejado y decides si aceptas el precio cerrado"),
           ("Plazo de inscripción", "hasta el 15 de junio; instalaciones en julio y septiembre"),
           ("Instalador", "Solares del Azor S.L., empresa instaladora autorizada, garantía de diez años")],
}
# guided walks: the walk, meeting point, date and time, cost; and booking, what to bring, accessibility
WALK_ROWS = {
    "en": [("Wharf and maltings", "Malthouse car park", "Sat 6 June, 10.30am", "£4"),
           ("Reedbed at dawn", "Marsh Lane hut", "Sun 14 June, 5am", "£6"),
           ("Bats on the boardwalk", "Marsh Lane hut", "Fri 10 July, 9pm", "£5")],
    "tr": [("Göl kıyısı kuş gözlemi", "Gözlem kulesi önü", "Cumartesi 18 Nisan, 07.00", "Ücretsiz katılım"),
           ("Leylek yuvaları turu", "Sarıyurt köy meydanı", "Pazar 26 Nisan, 09.00", "50 TL"),
           ("Gün batımında sazlık", "Dernek binası", "Cumartesi 9 Mayıs, 18.30", "50 TL")],
    "ru": [("Стеклянная улица и проходная завода", "у музея", "суббота, 6 июня, 11:00", "200 ₽"),
           ("Берег Стеклянного озера", "лодочная станция", "воскресенье, 14 июня, 10:00", "250 ₽"),
           ("Старые бараки и клуб", "у Дома культуры стекольщиков", "суббота, 20 июня, 12:00", "200 ₽")],
}
WALK_HEAD = {"en": ("Walk", "Meet", "When", "Cost"), "tr": ("Yürüyüş", "Buluşma", "Ne zaman", "Ücret"),
             "ru": ("Маршрут", "Сбор", "Когда", "Цена")}
WALK_INFO = {
    "en": [("Booking a walk", "essential; places are limited to 15 on every walk"),
           ("Walkers should bring", "sturdy shoes and a waterproof"),
           ("Step-free?", "the wharf walk is step-free; the marsh walks are not suitable for wheelchairs")],
    "tr": [("Kayıt nasıl yapılır", "her yürüyüş için en fazla 20 kişi, dernekten telefonla"),
           ("Yanınıza alın", "su, şapka, varsa dürbün"),
           ("Not", "yürüyüşler yağmurda ertelenir")],
    "ru": [("Запись на прогулку", "обязательна, в группе не больше 20 человек"),
           ("Что взять с собой на прогулку", "удобную обувь и воду"),
           ("Продолжительность", "около полутора часов")],
}
# cold weather payments and winter help: who qualifies, how much, triggers; and where to ask
COLD_ROWS = {
    "en": [("Weather station", "Hartwell St Anne"),
           ("Trigger", "average of 0C or below for seven days in a row"),
           ("Payment", "£25 for each seven-day period")],
    "de": [("Heizkostenzuschuss", "bis 180 € je Haushalt"),
           ("Antrag beim Sozialamt", "bis 31. März im Sozialamt"),
           ("Auszahlung", "innerhalb von vier Wochen")],
    "ru": [("Компенсация за отопление", "до 1 200 ₽ в месяц"),
           ("Субсидия на ЖКУ", "если платежи выше 22% дохода"),
           ("Срок рассмотрения", "10 рабочих дней")],
}
COLD_HEAD = {"en": ("", ""), "de": ("Leistung", ""), "ru": ("Помощь", "")}
COLD_INFO = {
    "en": [("Who gets the payment", "people on Pension Credit and some other benefits"),
           ("Do I need to claim?", "no, payments are made automatically"),
           ("Where to ask", "Age Concern Marrowby Valley, Corn Exchange, Wrenford, weekdays 10am to 3pm")],
    "de": [("Wer Anspruch hat", "Rentnerinnen und Rentner mit Grundsicherung oder Wohngeld"),
           ("Was Sie brauchen", "Heizkostenabrechnung und Rentenbescheid"),
           ("Wo Sie fragen", "Sozialamt Erlenau, Rathaus, Zimmer 14, Mo–Do 8–12 Uhr")],
    "ru": [("Кто имеет право", "пенсионеры, ветераны труда, одинокие пожилые жители"),
           ("Какие документы", "паспорт, квитанции за три месяца, справка о доходах"),
           ("Куда обратиться за помощью", "МФЦ «Мои документы», ул. Стеклянная, 9, пн–пт 9:00–18:00")],
}
WIDGET_ROWS = (("rooftopsolar systems", SOLAR_ROWS), ("rooftopsolar info", SOLAR_INFO), ("guidedwalks walks", WALK_ROWS),
               ("guidedwalks info", WALK_INFO), ("coldweatherpayments rates", COLD_ROWS), ("coldweatherpayments info", COLD_INFO))
WIDGET_LANGS = {"rooftopsolar": ("en", "de", "fr", "es"), "guidedwalks": ("en", "tr", "ru"), "coldweatherpayments": ("en", "de", "ru")}


HEADLINES = {
    "en": ["Wrenford Corn Exchange clock chimes again after repairs", "Cobley Marsh bowls club opens its green to beginners",
           "Marrowby valley farm shop wins regional award", "Saltley level crossing to close for a weekend",
           "New pedestrian crossing agreed for Bridge Street", "Lowther Green scarecrow festival raises \u00a32,400"],
    "tr": ["Kızılçam'a yeni bir yüzme havuzu yapılacak", "Sarıyurt yolu kışa kadar genişletilecek",
           "Kızılçamspor amatör ligde şampiyon oldu", "İlçe hastanesine yeni doktorlar atandı",
           "Kızılçam'da çilek hasadı başladı", "Kızılçam kütüphanesine çocuk bölümü açıldı"],
    "de": ["Erlenauer Freibad startet mit neuem Sprungturm", "Finkenrieder Dorffest feiert 50. Auflage",
           "Mühltalbahn fährt ab Juni im Halbstundentakt", "Neue Kita im Erlenauer Wiesenviertel eröffnet",
           "TSV Erlenau steigt in die Bezirksliga auf", "Ortsdurchfahrt Finkenried wird saniert"],
    "fr": ["Roquebelle : le marché du dimanche s'agrandit", "Saint-Ferréol inaugure sa nouvelle médiathèque",
           "Roquebelle : la fête des Vendanges déménage au Foirail", "Le pont de la Lisonne rouvre à la circulation",
           "Le club de rugby de Roquebelle accède à la Fédérale 3", "Une maison de santé pour la vallée de la Lisonne"],
    "es": ["Villanueva del Azor estrena piscina municipal", "La Ermita tendrá por fin un consultorio médico",
           "El CD Azor asciende a Preferente", "La carretera de la sierra se asfalta en septiembre",
           "El mercado de los jueves vuelve a la plaza Mayor", "Villanueva celebra sus primeras jornadas micológicas"],
    "ru": ["В Стеклозёрске откроют новый каток", "На Стеклянной улице отремонтируют тротуары",
           "Стеклозёрская библиотека получила новые компьютеры", "В городском парке установили новые скамейки",
           "Лыжники Стеклозёрска выиграли областную эстафету", "Автобус до областного центра будет ходить чаще"],
}
TEASERS = {
    "en": ["The clock had been silent since a storm in 2023.", "Free coaching runs every Wednesday evening.",
           "Judges praised its cheese counter and its café.", "Trains will run through Saltley but buses will replace the crossing.",
           "Work starts in the autumn half-term.", "Forty scarecrows lined the village green."],
}
# handed out in page order to the pages without a fixed site (one per page; the sites of the fresh layouts and
# of the two Hostinger pages are given in the stories' "site" field)
SITES = {
    "en": ["Marrowby Valley Observer", "Wrenford Daily", "Marrowby Valley Gazette", "Wrenford Dispatch", "Hartwell and Saltley Mercury"],
    "tr": ["Kızılçam Haber", "Kızılçam Sesi"],
    "de": [],
    "fr": ["Le Républicain de la Lisonne"],
    "es": [],
    "ru": [],
}
UI_NEW = {
    "en": dict(nav=["Wrenford", "Marrowby villages", "Wrenford courts", "Marrowby schools", "Wrenford sport", "Things to do in the Marrowby valley", "Marrowby public notices"],
               cookie="This Marrowby valley website and our partners store and read information on your device to remember your choices, to count which Wrenford stories are read and to show adverts. You can accept everything or decide for yourself.",
               accept="Accept all and carry on", reject="Let me choose what Wrenford may store", share="Send this Wrenford story to a friend",
               related="More Marrowby valley news", newsletter="Marrowby Today: Wrenford's headlines every morning at seven",
               subscribe="Get Marrowby Today", email="name@marrowby-today.example",
               comment_note="Comments on Wrenford stories are read by a moderator before they go live. Be kind and stick to the Marrowby valley story.",
               closed="Comments on this Wrenford story are closed.",
               footer=["Contact the Wrenford newsdesk", "Marrowby valley corrections", "Marrowby valley privacy", "Advertise in Wrenford", "Wrenford community guidelines"],
               rights="All words and pictures from the Marrowby valley newsroom are the property of the publisher and may not be reproduced without consent.",
               commenters=[("CobleyCarol", "About time the council listened to us."),
                           ("Wrenford_Ray", "We'll see how long it lasts.")]),
    "tr": dict(nav=["Kızılçam merkez", "Kızılçam köyleri", "Kızılçam adliye", "Kızılçam okulları", "Kızılçam spor", "Kızılçam'da gezilecek yerler", "Kızılçam resmî ilanlar"],
               cookie="Kızılçam sitemiz ve iş ortaklarımız, seçimlerinizi hatırlamak, hangi Kızılçam haberlerinin okunduğunu saymak ve reklam göstermek için cihazınızda bilgi saklar ve okur. Hepsini kabul edebilir ya da kendiniz karar verebilirsiniz.",
               accept="Kabul ediyorum, Kızılçam haberlerine geç", reject="Kızılçam ayarlarını ben seçerim", share="Bu Kızılçam haberini bir arkadaşınıza gönderin",
               related="Kızılçam'dan diğer haberler", newsletter="Kızılçam Bugün: ilçenin manşetleri her sabah yedide",
               subscribe="Kızılçam Bugün'e abone ol", email="ad@kizilcam-bugun.example",
               comment_note="Kızılçam haberlerine yapılan yorumlar yayına girmeden önce bir moderatör tarafından okunur. Nazik olun ve Kızılçam haberinin konusundan sapmayın.",
               closed="Bu Kızılçam haberi yorumlara kapalı.",
               footer=["Kızılçam haber masasına ulaşın", "Kızılçam düzeltmeler", "Kızılçam gizlilik", "Kızılçam'da reklam verin", "Kızılçam topluluk kuralları"],
               rights="Kızılçam haber merkezinin tüm yazı ve görselleri yayıncının malıdır, izinsiz çoğaltılamaz.",
               commenters=[("Sarıyurtlu_Hatice", "Nihayet biri bir şey yaptı."),
                           ("Kızılçamlı_Mehmet", "Bakalım ne kadar sürecek.")]),
    "de": dict(nav=["Erlenau", "Dörfer im Mühltal", "Erlenauer Gerichte", "Schulen im Mühltal", "Sport in Erlenau", "Freizeit im Mühltal", "Amtliches aus Erlenau"],
               cookie="Diese Mühltal-Seite und unsere Partner speichern und lesen Informationen auf Ihrem Gerät, um Ihre Auswahl zu merken, zu zählen, welche Erlenauer Artikel gelesen werden, und Werbung anzuzeigen. Sie können allem zustimmen oder selbst entscheiden.",
               accept="Allem zustimmen und weiter", reject="Erlenauer Einstellungen selbst wählen", share="Diesen Erlenauer Artikel an Freunde schicken",
               related="Weitere Nachrichten aus dem Mühltal", newsletter="Mühltal heute: Erlenaus Schlagzeilen jeden Morgen um sieben",
               subscribe="Mühltal heute abonnieren", email="name@muehltal-heute.example",
               comment_note="Kommentare zu Erlenauer Artikeln liest eine Moderatorin, bevor sie online gehen. Bleiben Sie freundlich und beim Mühltal-Thema.",
               closed="Die Kommentare zu diesem Erlenauer Artikel sind geschlossen.",
               footer=["Kontakt zur Erlenauer Redaktion", "Richtigstellungen aus dem Mühltal", "Datenschutz im Mühltal", "Werben in Erlenau", "Erlenauer Community-Regeln"],
               rights="Alle Texte und Bilder der Mühltal-Redaktion sind Eigentum des Verlags und dürfen ohne Zustimmung nicht vervielfältigt werden.",
               commenters=[("Finkenrieder_Gerda", "Wurde auch Zeit, dass jemand was tut."),
                           ("Erlenauer_Klaus", "Mal sehen, wie lange das hält.")]),
    "fr": dict(nav=["Roquebelle", "Villages de la Lisonne", "Tribunal de Roquebelle", "Écoles de la Lisonne", "Sport à Roquebelle", "Sorties dans la vallée de la Lisonne", "Annonces légales de Roquebelle"],
               cookie="Ce site de la vallée de la Lisonne et nos partenaires stockent et lisent des informations sur votre appareil pour mémoriser vos choix, compter les articles de Roquebelle lus et afficher des publicités. Vous pouvez tout accepter ou décider vous-même.",
               accept="J'accepte et je lis la Lisonne", reject="Régler mes choix pour Roquebelle", share="Envoyer cet article de Roquebelle à un proche",
               related="Plus d'actualité de la Lisonne", newsletter="La Lisonne ce matin : les titres de Roquebelle chaque jour à 7 heures",
               subscribe="Recevoir La Lisonne ce matin", email="nom@lisonne-matin.example",
               comment_note="Les commentaires des articles de Roquebelle sont lus par un modérateur avant d'être publiés. Soyez aimable et restez dans le sujet.",
               closed="Les commentaires de cet article de Roquebelle sont fermés.",
               footer=["Contacter la rédaction de Roquebelle", "Rectificatifs de la Lisonne", "Confidentialité de la Lisonne", "Publicité à Roquebelle", "Règles de la communauté de Roquebelle"],
               rights="Tous les textes et images de la rédaction de la Lisonne sont la propriété de l'éditeur et ne peuvent être reproduits sans accord.",
               commenters=[("Ginette_de_la_Gravette", "Il était temps que la mairie bouge à Roquebelle."),
                           ("Roquebellois_Pierrot", "On verra combien de temps ça dure.")]),
    "es": dict(nav=["Villanueva del Azor", "Pueblos de la sierra del Azor", "Tribunales del Azor", "Colegios del Azor", "Deportes en Villanueva", "Qué hacer en la sierra del Azor", "Anuncios oficiales de Villanueva"],
               cookie="Esta web de la sierra del Azor y nuestros socios guardan y leen información en tu dispositivo para recordar tus elecciones, contar qué noticias de Villanueva se leen y mostrar anuncios. Puedes aceptarlo todo o decidir tú.",
               accept="Acepto y sigo leyendo el Azor", reject="Decidir yo", share="Enviar esta noticia de Villanueva a alguien",
               related="Más noticias de la sierra del Azor", newsletter="El Azor hoy: los titulares de Villanueva cada mañana a las siete",
               subscribe="Recibir El Azor hoy", email="nombre@azor-hoy.example",
               comment_note="Un moderador lee los comentarios de las noticias de Villanueva antes de publicarlos; te pedimos respeto y que hables de la noticia del Azor.",
               closed="Los comentarios de esta noticia de Villanueva están cerrados.",
               footer=["Contacta con la redacción de Villanueva", "Rectificaciones del Azor", "Privacidad del Azor", "Anúnciate en Villanueva", "Normas de la comunidad de Villanueva"],
               rights="Todos los textos e imágenes de la redacción del Azor son propiedad del editor y no pueden reproducirse sin consentimiento.",
               commenters=[("Encarni_de_la_Ermita", "Ya tocaba que alguien hiciera algo."),
                           ("Azor_Paco", "A ver cuánto dura.")]),
    "ru": dict(nav=["Стеклозёрск", "Сёла Стеклозёрского округа", "Суды Стеклозёрска", "Школы Стеклозёрска", "Спорт Стеклозёрска", "Куда сходить в Стеклозёрске", "Официально: Стеклозёрск"],
               cookie="Стеклозёрский сайт и наши партнёры сохраняют и читают информацию на вашем устройстве, чтобы запоминать ваш выбор, считать, какие материалы о Стеклозёрске читают, и показывать рекламу. Можно согласиться со всем или решить самостоятельно.",
               accept="Согласиться со всем и продолжить", reject="Выберу настройки стеклозёрского сайта сам", share="Отправить материал о Стеклозёрске знакомым",
               related="Ещё новости Стеклозёрска", newsletter="«Стеклозёрск сегодня утром»: главное каждый день в семь",
               subscribe="Получать «Стеклозёрск сегодня утром»", email="imya@steklozersk-utro.example",
               comment_note="Комментарии к материалам о Стеклозёрске читает модератор перед публикацией. Будьте доброжелательны и не уходите от темы.",
               closed="Комментарии к этому материалу о Стеклозёрске закрыты.",
               footer=["Написать в стеклозёрскую редакцию", "Исправления стеклозёрской редакции", "Конфиденциальность: Стеклозёрск", "Реклама в Стеклозёрске", "Правила сообщества Стеклозёрска"],
               rights="Все тексты и изображения стеклозёрской редакции принадлежат издателю, воспроизведение без согласия запрещено.",
               commenters=[("Стеклозёрская_Люда", "Наконец-то хоть кто-то что-то сделал."),
                           ("Стекольщик_Петрович", "Посмотрим, надолго ли.")]),
}

UI96 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp29, "GRAV"): {"en": dict(
        domain="wrenfordchronicle.example",
        menu=["Chronicle front page", "Wrenford news", "Heritage and history", "Chronicle events diary", "Support the Chronicle"],
        menu_slugs=["", "news", "heritage", "diary", "support"],
        about_head="Who writes the Chronicle",
        about="The Wrenford Chronicle is a not-for-profit town website kept going by a handful of volunteer writers and the Civic Society.",
        about_link="Meet the Chronicle team",
        footer="Wrenford Chronicle · Wrenford Community News CIC, company no. 13872240 · Online since 2017")},
    (mp25, "MT"): {"en": dict(
        domain="www.marrowbyvalleyobserver.co.uk",
        description="The paper for Wrenford, Hartwell St Anne and the Marrowby villages",
        nav=["Wrenford news", "Marrowby villages", "Observer weather watch", "Letters to the Observer", "Out and about in Marrowby", "Observer small ads"],
        tags=["cold snap", "burst pipes", "Hartwell Ridge"],
        paper_title="This week's Observer",
        paper_text="In the shops every Wednesday from Cobley Marsh to Saltley, 90p, or posted to your home by our subscriptions desk.",
        commenters=[["Maureen Tilley", "Our kitchen pipe went at six this morning. The plumber said we were number 23 on his list.", None],
                    ["Geoff Larkins", "Number 23 is lucky, Maureen. We were told Thursday.", 0]],
        footer="The Marrowby Valley Observer, 7 Market Hill, Wrenford · Published every Wednesday since 1889",
        blog_id=5, entry_id=6803, asset_id=11207, comment_id=48812, author_id=9)},
    (mp30, "TAGDIV"): {"en": dict(
        domain="wrenforddaily.example",
        top_menu=["About Wrenford Daily", "Send Wrenford Daily a tip", "Announcements and obituaries", "Advertising packages"],
        main_menu=["Wrenford today", "Market and business", "Marrowby sport", "People of Wrenford", "Wrenford Daily opinion", "What's on in Wrenford"],
        main_slugs=["today", "market-business", "sport", "people", "opinion", "whats-on"],
        latest="Newest on Wrenford Daily",
        footer_about="Wrenford Daily is an independent news site for Wrenford and the Marrowby valley, funded by local advertisers and readers.",
        footer_mail="Write to us:",
        footer_menu=["Wrenford Daily privacy", "Terms for Wrenford Daily readers", "How Wrenford Daily reports", "The Wrenford Daily team"],
        copyright="© 2026 Wrenford Daily Ltd. Reporting from the Marrowby valley since 2020.",
        author_desc="Tobias Renshaw writes about the people, shops and market traders of Wrenford for Wrenford Daily.")},
    (mp51, "SUBSTACK_SITES"): {"The Lowther Green Letter": dict(
        subdomain="lowthergreenletter", handle="imogenthrale", pub_id=3104527, user_id=207733918,
        description="A weekly letter about Lowther Green and its neighbours, from a villager who used to edit the parish magazine.",
        bio="Former parish magazine editor. Writing about buses, bins and everything else from Lowther Green.",
        widget="The Lowther Green Letter is free to read. Pop in your email for Wednesday's letter, and go paid if it's worth a cup of coffee a month to you.",
        share_caption="Know someone in Lowther Green who ought to see this? Forward them the letter.",
        commenters=[["Doreen Hatchard", "I'll be on the 8.05 then. Heaven help me if it's late."],
                    ["Pete W.", "Good work finding the subsidy figure. The parish council never told us that."]],
        owner="Imogen Thrale",
        post_ids=[181204337, 180876512, 180411290, 179980154, 179533708, 179102266])},
    (mp51, "TEASERS"): {"en": TEASERS["en"]},
    (mp55, "ASTRO"): {"Marrowby Reach": dict(
        domain="marrowbyreach.example",
        nav=["River and wetlands", "Farms and fields", "Wildlife", "Climate in the valley", "Who owns the Marrowby", "Reach features"],
        tagline="Non-profit reporting on the Marrowby river and its valley",
        support="Fund our reporting",
        author_line="{name} reports on the river, its reserves and the valley's wildlife for Marrowby Reach.",
        nl_title="Reach Weekly", nl_text="Everything we published about the Marrowby and its valley, every Saturday morning.",
        nl_button="Send me Reach Weekly",
        footer_about="Marrowby Reach is a small non-profit newsroom covering the river Marrowby, its wetlands and the communities along its banks.",
        footer_links=["About Marrowby Reach", "Who funds Marrowby Reach", "Corrections at Marrowby Reach", "Republishing Marrowby Reach stories", "Marrowby Reach privacy"],
        footer_address="Marrowby Reach CIC, Unit 4, The Old Maltings, Wrenford",
        cookie_title="Marrowby Reach and cookies")},
    (mp31, "JANNAH"): {"Kızılçam Ekspres": dict(
        domain="kizilcamekspres.example",
        menu=["Kızılçam gündem", "Köylerden haberler", "Kızılçam doğa", "Kızılçam spor", "Kültür sanat", "Kızılçam'dan sesler", "Kızılçam vefat ilanları"],
        slugs=["gundem", "koyler", "doga-cevre", "spor", "kultur-sanat", "sesler", "vefat"],
        ad_title="Kızılçam esnafının desteğiyle",
        recent="Ekspres'te son haberler",
        about_title="Kızılçam Ekspres hakkında",
        about="Kızılçam Ekspres, 2016'dan beri ilçenin ve 24 köyünün haberlerini yapan bağımsız bir yerel haber sitesidir.",
        copyright="© 2026 Kızılçam Ekspres. Ekspres'in yazılı izni olmadan alıntı yapılamaz.",
        footer_menu=["Ekspres'e ulaşın", "İlan verin", "Ekspres yayın ilkeleri", "Kişisel verileriniz"],
        author_desc="Sevgül Karataş, Kızılçam Ekspres için doğa, tarım ve köy haberlerini takip ediyor.")},
    (mp28, "KIRBY"): {"de": dict(
        domain="www.erlenauer-stadtbote.example",
        menu=["Aus Erlenau", "Mühltal", "Energie und Umwelt", "Stadtbote unterstützen", "Wer den Stadtboten macht"],
        menu_slugs=["stadt", "muehltal", "energie", "unterstuetzen", "ueber-uns"],
        published="Veröffentlicht am", prev="Vorheriger Artikel", next="Nächster Artikel",
        about_head="Der Erlenauer Stadtbote",
        about="Unabhängige Nachrichtenseite für Erlenau und das Mühltal, finanziert von 800 Leserinnen und Lesern.",
        col_pages="Ressorts", col_more="Stadtbote",
        more=["Das Team des Stadtboten", "Stadtbote und Datenschutz", "Den Stadtboten unterstützen", "Hinweis an den Stadtboten"],
        more_slugs=["team", "datenschutz", "unterstuetzen", "hinweis"])},
    (mp48, "GATSBY"): {"Mühltaler Abendzeitung": dict(
        domain="muehltaler-abendzeitung.example", space="w3n8pq1z6r2t",
        menu=["Mühltal aktuell", "Soziales im Mühltal", "Erlenauer Rathaus", "Kultur im Mühltal", "Sport im Mühltal", "Meinung der Abendzeitung"],
        slugs=["aktuell", "soziales", "rathaus", "kultur", "sport", "meinung"],
        buttons=["E-Paper von heute Abend", "Abendzeitung abonnieren"],
        teaser_label="Heute Abend auch in der Abendzeitung",
        related_title="Mehr aus der Mühltaler Redaktion",
        popular_title="Das liest das Mühltal",
        nl_title="Der Abend im Mühltal", nl_text="Die wichtigsten Nachrichten aus Erlenau und den Dörfern, werktags um 18 Uhr.",
        nl_button="Abendnachrichten bestellen", share_title="Artikel der Abendzeitung teilen",
        footer_links=["Über die Abendzeitung", "Kontakt zur Abendzeitung", "Datenschutz der Abendzeitung", "Anzeigen in der Abendzeitung", "Archiv der Abendzeitung"],
        footer_note="Die Mühltaler Abendzeitung erscheint seit 1949 an jedem Werktag.")},
    (mp48, "R"): {"ad": R["ad"]},
    (mp34, "NUXT"): {"Mühltal-Kurier am Abend": dict(
        domain="muehltal-kurier.example",
        menu=["Nachrichten aus dem Mühltal", "Gemeinderat", "Menschen im Mühltal", "Kurier-Sport", "Ausflüge", "Kurier-Kommentare"],
        slugs=["nachrichten", "gemeinderat", "menschen", "sport", "ausfluege", "kommentare"],
        topbar=["E-Paper", "Rätsel im Kurier", "Traueranzeigen"],
        join="Kurier abonnieren", account="Mein Kurier-Konto",
        teaser_label="Als Nächstes im Kurier", related_title="Weitere Artikel der Kurier-Redaktion",
        popular_title="Meistgelesen im Mühltal", nl_title="Kurier um sechs",
        nl_text="Die Nachrichten des Tages aus dem Mühltal in einer Abendmail, kostenlos.",
        nl_button="Kurier um sechs bestellen", share_title="Kurier-Artikel weitergeben",
        footer_links=["Der Kurier stellt sich vor", "Beschwerden an den Kurier", "Kurier-Datenschutz", "Anzeigen im Kurier"],
        footer_note="Der Mühltal-Kurier erscheint seit 1952 in Erlenau, online seit 2001.")},
    (mp34, "R"): {"ad": R["ad"]},
    (mp32, "ASTRA"): {"L'Écho de la Lisonne": dict(
        domain="echo-lisonne.example",
        tagline="L'actualité de Roquebelle et de la vallée de la Lisonne",
        menu=["Actu de Roquebelle", "Environnement", "Écoles de la vallée", "Sport sur la Lisonne", "Agenda de l'Écho", "Le courrier des lecteurs de l'Écho"],
        slugs=["actu", "environnement", "ecoles", "sport", "agenda", "courrier"],
        top_menu=["Passer une annonce dans l'Écho de la Lisonne", "Envoyer vos photos à l'Écho", "Joindre la rédaction de l'Écho"],
        recent="Tout juste publié dans l'Écho",
        about_title="L'Écho",
        about="Hebdomadaire indépendant de Roquebelle, tenu par deux journalistes et une vingtaine de correspondants depuis 2012.",
        share_title="Faites passer :",
        footer_menu=["Vie privée à l'Écho", "Comment l'Écho rectifie ses erreurs", "Trouver les locaux de l'Écho"])},
    (mp77, "BEEHIIV_SITES"): {"La Lettre de Roquebelle": dict(
        sub="lettrederoquebelle", colour="#8a4b2a",
        tagline="Chaque semaine, des nouvelles de Roquebelle et de ses hameaux",
        nav=["Toutes les lettres", "Agenda de Roquebelle", "Qui écrit la Lettre ?"],
        tags=["Roquebelle", "Commerces"],
        keep=[["Le dernier sabotier de la vallée", "Il taille encore trois paires par mois dans son atelier de la Gravette."],
              ["La foire aux chevaux, en dix photos", "Des lecteurs nous ont prêté les albums de leurs parents."],
              ["Pourquoi la Lisonne déborde", "Un hydrologue nous explique les crues de l'hiver dernier."]],
        recommended=[["Chroniques du Causse", "La vie sur le plateau, chaque quinzaine"],
                     ["La Cuisine de Mémé Rose", "Recettes de la vallée, tous les vendredis"]],
        footer="Écrite à Roquebelle par une journaliste et son voisin. Répondez à n'importe quel courriel pour nous joindre.",
        social=["lettrederoquebelle", "lettre.roquebelle"])},
    (mp74, "WPB_SITES"): {"Crónica del Azor": dict(
        host="cronicadelazor.example", theme="azorpress", color="#6b2d1f",
        tagline="Noticias, fiestas y vida de Villanueva y la sierra del Azor",
        nav=["Actualidad de Villanueva", "Pueblos de la sierra del Azor", "Deportes del Azor", "Campo y ganado", "Agenda del Azor", "Cuéntale tu noticia a la Crónica"],
        cats=["Actualidad de Villanueva", "Pueblos de la sierra del Azor", "Agenda del Azor", "Fiestas del Azor"],
        tags=["romería del Risco", "Virgen del Risco"],
        about="La Crónica del Azor es un periódico digital independiente hecho por dos periodistas y muchos vecinos de la sierra.",
        links=["Quién hace la Crónica", "Anúnciate en la Crónica", "Corresponsales de la Crónica", "Privacidad de la Crónica"],
        copyright="Copyright © 2026 Crónica del Azor S.L. Hecho en Villanueva del Azor.",
        cookie="La Crónica usa cookies para recordarte y para saber qué noticias de la sierra se leen. ¿Estás de acuerdo con ello?")},
    (mp90, "WEBNODE_SITES"): {"Noticias de Villanueva del Azor": dict(
        host="noticias-villanueva-azor.webnode.es", colour="#2f5d7c", template="Meadow", handle="villanuevaazor",
        slogan="Lo que pasa en el barrio de la Ermita y en todo Villanueva",
        menu=["Inicio de Noticias de Villanueva", "Novedades vecinales de La Ermita", "Comunidad energética", "Local de la asociación", "Contacto con la junta"],
        blog="Novedades vecinales de La Ermita", latest="Lo último del barrio",
        contact_title="Escribe a la junta de La Ermita",
        contact="Asociación de Vecinos La Ermita, calle Olmo 3, Villanueva del Azor · junta.laermita@example.org",
        copyright="© 2026 Asociación de Vecinos La Ermita. Web hecha por voluntarios del barrio.",
        teasers=[["La fuente de la plaza vuelve a funcionar", "El fontanero del barrio la arregló gratis."],
                 ["Taller de costura los jueves", "Lo imparte Maruja en el local social."],
                 ["Recogida de aceite usado", "El contenedor está junto a la ermita."]])},
    (mp75, "SH_SITES"): {"Стеклозёрский край": dict(
        host="longread.steklokrai.example", org="steklozersky-krai", theme="krai-serif",
        nav=["Главная «Края»", "Большие истории", "Краеведение", "Наши фотографы"],
        links=["О проекте «Стеклозёрский край»", "Подписка на печатный «Край»", "Конфиденциальность и cookie «Края»", "Написать редактору больших историй"],
        copyright="© 2026 «Стеклозёрский край». Большие истории о городе на Стеклянном озере.",
        banner="«Стеклозёрский край» использует cookie, чтобы понимать, до какой главы дочитывают наши истории. Мы включаем их только с вашего согласия.")},
    (mp40, "STATAMIC"): {"Стеклозёрск сегодня": dict(
        domain="steklozersk-today.example",
        tagline="Городские новости Стеклозёрска",
        menu=["Город у озера", "ЖКХ Стеклозёрска", "Люди Стеклозёрска", "Культура у озера", "Городской справочник"],
        slugs=["gorod", "zhkh", "lyudi", "kultura", "spravochnik"],
        buttons=["Газета в формате PDF", "Поддержать «Стеклозёрск сегодня»"],
        related_title="Ещё из «Стеклозёрска сегодня»",
        share_title="Переслать материал соседям",
        nl_title="Письмо «Стеклозёрска сегодня»",
        nl_text="Раз в неделю — главные городские новости и афиша выходных.",
        nl_button="Присылайте мне письмо по четвергам", nl_form="svetl_letter",
        footer_links=["Кто делает издание", "Стать автором издания", "Реклама в «Стеклозёрске сегодня»", "Как мы храним ваши данные"],
        footer_note="«Стеклозёрск сегодня» — городское сетевое издание, выходит с 2015 года.")},
    (mp49, "HEXO"): {"Заозёрные записки": dict(
        domain="zaozernye-zapiski.example", comments="disqus", disqus="zaozernye-zapiski",
        subtitle="Истории людей Стеклозёрска, записанные соседями",
        owner="Коллектив «Заозёрных записок»",
        description="Некоммерческий блог о жителях Стеклозёрска, который ведут три журналистки-волонтёра.",
        pages=["Кто пишет «Записки»", "Помочь «Запискам»"], page_slugs=["about", "support"],
        reward="У «Записок» нет владельца и рекламы. Если история вам понравилась, поддержите нас любой суммой.",
        blogroll=[["Краеведческий музей Стеклозёрска", "https://museum.steklozersk.example/"],
                  ["Школа № 2", "https://school2.steklozersk.example/"],
                  ["Клуб любителей озера", "https://ozero-club.example/"]],
        footer_note="«Заозёрные записки» — волонтёрский проект, Стеклозёрск.",
        avatar_alt="Логотип «Заозёрных записок»")},
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
# the new layout: a blog post on a site made with the Hostinger Website Builder (formerly Zyro), as its server
# renders the page for a reader who has not yet answered the builder's cookie banner -- an English village news site
# (Cobley Marsh Village News) and a Spanish residents' association (Asociación Vecinal El Azud).  The builder is a Vue
# app rendered on the server: the head carries the builder's generator meta tag, the Open Graph and Twitter metas
# filled from the post's title, description and cover image, the preconnects to the builder's asset and font CDNs,
# the favicon and the cover image served through assets.zyrosite.com's image-resizing path (cdn-cgi/image/format=
# auto,w=...,fit=crop/<site id>/<file>), the site's Google Font stylesheet, the generated <style> blocks (the site's
# colour and font variables as CSS custom properties on :root, the block and grid rules with their scoped
# [data-v-*] selectors), the BlogPosting JSON-LD and the site's Google Analytics tag; the body is the #app root with
# the builder's markup: the header block (block-header with the logo, the navigation items and the mobile burger),
# then the blog post page -- the post header block (block-blog-header: categories, h1 title, author avatar and name,
# date and "min read"), the cover image block (block-grid with block-grid-item / image element), the post's text
# blocks (block-grid-item holding the text-box element with the editor's HTML, where residue the owner pasted sits
# among the paragraphs), the social-icons block with the share label, the "more posts" list (block-blog-list with
# post cards from the same site) --, the footer block, the builder's cookie banner (cookie-banner, with Accept and
# Decline buttons) and, at the end, the inlined JSON state the Vue app hydrates from (window.__INITIAL_STATE__: the
# site's meta, its pages, the blog post's blocks and elements, the post's content as HTML with "<" escaped) and the
# builder's script bundles.  Every element carries the scoped data-v-* attribute of its Vue component.  The builder's
# own strings (ZYRO_CORE: the share label, "min read", the cookie banner's buttons, the months) are left as they ship
# and not checked; the sites' own strings (ZYRO_SITES: navigation, the cookie banner's text, the more-posts heading,
# footer text) are.
# --------------------------------------------------------------------------
ZYRO_CORE = {
    "en": dict(html_lang="en", og_locale="en_GB", months=["January", "February", "March", "April", "May", "June", "July",
                                                        "August", "September", "October", "November", "December"],
               date="{m} {d}, {y}", read="{k} min read", share="Share", accept="Accept", decline="Decline",
               more="Read more", menu="Menu", by="Written by"),
    "es": dict(html_lang="es", og_locale="es_ES", months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                                                        "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
               date="{d} de {m} de {y}", read="{k} min de lectura", share="Compartir", accept="Aceptar", decline="Rechazar",
               more="Leer más", menu="Menú", by="Escrito por"),
}
ZYRO_SITES = {
    "Cobley Marsh Village News": dict(
        lang="en", host="cobleymarshnews.example", site_id="AzGe4Wm9BqtRXkP1", colour="#2e5e4e", font="Lora",
        gtag="G-CM7Q2XK41P",
        nav=["Cobley Marsh news", "Cobley Marsh climate plan", "Cobley Marsh hall bookings", "Parish council notes", "Tell the Village News something"],
        logo_alt="Cobley Marsh Village News logo",
        more_title="More from the village",
        posts=["Repair café finds a home in the old school kitchen", "Drovers Arms quiz raises \u00a3610 for the hall roof",
               "Hedge planting on Hartwell Lane needs forty volunteers"],
        footer="Cobley Marsh Village News is written by volunteers in the village. Got something to share? Drop a note through the shop letterbox.",
        cookie="Cobley Marsh Village News uses cookies to count visitors and to remember your choice. You can say no and still read everything.",
        social=["facebook.com/cobleymarshnews", "instagram.com/cobleymarshnews"]),
    "Asociación Vecinal El Azud": dict(
        lang="es", host="avelazud.example", site_id="m5ZkQ3rVpAJbW8Ly", colour="#9c4a1a", font="Nunito",
        gtag="G-AZ4D81LW3K",
        nav=["Portada del Azud", "Noticias del Azud", "Actividades del local", "Hazte socio del Azud", "Escríbenos al Azud"],
        logo_alt="Logotipo de la Asociación Vecinal El Azud",
        more_title="Otras noticias del Azud",
        posts=["Taller de memoria para mayores los lunes", "Limpieza del cauce del río el 12 de julio",
               "El local social estrena aire acondicionado"],
        footer="Asociación Vecinal El Azud · Local social, calle del Molino 5, Villanueva del Azor · Abierto martes y jueves por la tarde.",
        cookie="En la web de la Asociación El Azud usamos cookies para contar las visitas y recordar tu elección. Si las rechazas, podrás seguir leyendo igual.",
        social=["facebook.com/avelazud", "instagram.com/avelazud"]),
}
ZYRO_EXEMPT = {"lang", "host", "site_id", "colour", "font", "gtag", "social"}
SVG_FB = '<svg width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M24 12.07C24 5.41 18.63 0 12 0S0 5.4 0 12.07C0 18.1 4.39 23.1 10.13 24v-8.44H7.08v-3.49h3.04V9.41c0-3.02 1.8-4.7 4.54-4.7 1.31 0 2.68.24 2.68.24v2.97h-1.5c-1.5 0-1.96.93-1.96 1.89v2.26h3.32l-.53 3.5h-2.8V24C19.62 23.1 24 18.1 24 12.07" fill="currentColor"/></svg>'
SVG_IG = '<svg width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 2.16c3.2 0 3.58.01 4.85.07 3.25.15 4.77 1.69 4.92 4.92.06 1.27.07 1.65.07 4.85s-.01 3.58-.07 4.85c-.15 3.23-1.66 4.77-4.92 4.92-1.27.06-1.64.07-4.85.07s-3.58-.01-4.85-.07c-3.26-.15-4.77-1.7-4.92-4.92C2.17 15.58 2.16 15.2 2.16 12s.01-3.58.07-4.85C2.38 3.92 3.9 2.38 7.15 2.23 8.42 2.17 8.8 2.16 12 2.16zM12 0C8.74 0 8.33.01 7.05.07 2.7.27.27 2.69.07 7.05.01 8.33 0 8.74 0 12s.01 3.67.07 4.95c.2 4.36 2.62 6.78 6.98 6.98C8.33 23.99 8.74 24 12 24s3.67-.01 4.95-.07c4.35-.2 6.78-2.62 6.98-6.98.06-1.28.07-1.69.07-4.95s-.01-3.67-.07-4.95C23.73 2.7 21.31.27 16.95.07 15.67.01 15.26 0 12 0z" fill="currentColor"/></svg>'
SVG_X = '<svg width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M18.9 1.15h3.68l-8.04 9.19L24 22.85h-7.4l-5.8-7.58-6.63 7.58H.49l8.6-9.83L0 1.15h7.59l5.24 6.93 6.07-6.93z" fill="currentColor"/></svg>'


def zyro_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return ZYRO_CORE[lang]["date"].format(d=d, m=ZYRO_CORE[lang]["months"][m - 1], y=y)


def zyro_block(kind, val):
    """A block of the post as the builder's text editor saves it in a text-box element."""
    if kind == "p":
        return '<p class="body">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return '<%s class="body">%s</%s>' % (kind, "".join("<li><p>%s</p></li>" % mp.inline_html(v) for v in val), kind)


def zyro_img(site_id, w, name, h=None):
    size = "w=%d,h=%d" % (w, h) if h else "w=%d" % w
    return "https://assets.zyrosite.com/cdn-cgi/image/format=auto,%s,fit=crop/%s/%s" % (size, site_id, name)


def zid(rng, n=8):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def tpl_zyro(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = ZYRO_CORE[lang], ZYRO_SITES[site]
    base = "https://" + s["host"]
    slug_ = wp_slug(art["title"], 70)
    url = "%s/blog/%s" % (base, slug_)
    blocks, n = art["blocks"], len(art["blocks"])
    v = {k: "data-v-%08x" % rng.getrandbits(32) for k in ("app", "page", "header", "nav", "bh", "grid", "item", "text",
                                                            "image", "social", "list", "card", "footer", "cookie")}
    # the post's text: the story's blocks with the residue the owner pasted among them, in text-box elements (the
    # builder starts a new grid item where the owner added a new text element: after the cover image and here)
    html = []
    for i in range(n + 1):
        html.extend(placed.get(i, []))
        if i < n:
            html.append(zyro_block(*blocks[i]))
    cut = max(1, len(html) // 2)
    while cut < len(html) and not html[cut].startswith('<p class="body">'):
        cut += 1
    parts = [p for p in (html[:cut], html[cut:]) if p]
    cover = "%s-%s.jpg" % (zid(rng, 6), slug_[:24])
    bid = {k: "z" + zid(rng, 4) for k in ("header", "bh", "cover", "t1", "t2", "social", "list", "footer")}
    eid = [zid(rng, 12) for _ in range(len(parts) + 2)]
    words = len(mp.truth_text(art["blocks"]).split())
    minutes = max(1, round(words / 200))
    hh, mm = rng.randint(7, 21), rng.randint(0, 59)
    nav = "\n".join(
        f'      <li class="block-header-item" {v["nav"]}><a class="item-content-wrapper" href="/{wp_slug(x, 40)}" {v["nav"]}>'
        f'<span class="item-content" {v["nav"]}>{E(x)}</span></a></li>' for x in s["nav"])
    text_items = []
    for k, part in enumerate(parts):
        body = "\n".join(part)
        text_items.append(f'''  <section id="{bid["t%d" % (k + 1)]}" class="block" style="--block-padding:16px 0 16px 0;--block-padding-m:8px 16px 8px 16px" {v["page"]}>
   <div class="block-grid" style="--grid-gap:16px;--rows:1;--m-rows:1;--row-size:auto;--column-count:12;--column-gap:24px" {v["grid"]}>
    <div id="{eid[k + 1]}" class="block-grid-item" style="--grid-row:1/2;--grid-column:3/11;--m-grid-row:1/2;--m-grid-column:1/2;--z-index:1" {v["item"]}>
     <div class="text-box layout-element__component layout-element__component--GridTextBox" {v["text"]}>
{body}
     </div>
    </div>
   </div>
  </section>''')
    text_items = "\n".join(text_items)
    cards = "\n".join(
        f'''     <div class="block-blog-list__list-item" {v["card"]}>
      <a class="blog-list-item" href="/blog/{wp_slug(t, 60)}" {v["card"]}>
       <div class="blog-list-item__image-wrapper" {v["card"]}><img class="blog-list-item__image" src="{zyro_img(s["site_id"], 560, "%s.jpg" % zid(rng, 10), 380)}" alt="" loading="lazy" {v["card"]}></div>
       <h3 class="blog-list-item__title font-secondary" {v["card"]}>{E(t)}</h3>
       <p class="blog-list-item__meta" {v["card"]}>{E(zyro_date(lang, days_before(art["date"], 9 * (j + 1))))} · {E(c["read"].format(k=rng.randint(1, 4)))}</p>
      </a>
     </div>''' for j, t in enumerate(s["posts"]))
    socials = "".join(f'<a class="social-icons__link" href="https://{x}" target="_blank" rel="noopener" aria-label="{x.split(".")[0]}" {v["social"]}>{SVG_FB if "facebook" in x else SVG_IG}</a>'
                      for x in s["social"])
    shares = (f'<a class="social-icons__link" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" aria-label="Facebook" {v["social"]}>{SVG_FB}</a>'
              f'<a class="social-icons__link" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener" aria-label="X" {v["social"]}>{SVG_X}</a>')
    cats = art["section"]
    # the state the Vue app hydrates from: the post's elements with their HTML content ("<" escaped, as the
    # builder's serializer writes it)
    def esc_json(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")
    state = {"website": {"meta": {"title": site, "defaultLocale": lang, "siteId": s["site_id"], "googleAnalytics": s["gtag"],
                                  "buildVersion": "%d.%d.%d" % (rng.randint(2, 4), rng.randint(10, 99), rng.randint(0, 40))},
                         "styles": {"colors": {"primary": s["colour"], "light": "#ffffff", "dark": "#1d1e20"},
                                    "font": {"primary": "'%s', serif" % s["font"], "secondary": "'Inter', sans-serif"}},
                         "pages": {"blog-" + slug_: {"type": "blog", "slug": slug_, "date": art["date"],
                                                      "meta": {"title": art["title"], "description": art["sub"],
                                                               "ogImagePath": cover, "authorName": art["byline"],
                                                               "minutesToRead": str(minutes)},
                                                      "categories": [cats],
                                                      "blocks": [bid["bh"], bid["cover"]] + [bid["t%d" % (k + 1)] for k in range(len(parts))]}},
                         "blocks": dict([(bid["bh"], {"type": "BlockBlogHeader", "settings": {"showAuthor": True, "showDate": True, "showMinutesToRead": True}}),
                                         (bid["cover"], {"type": "BlockLayout", "components": [eid[0]]})]
                                        + [(bid["t%d" % (k + 1)], {"type": "BlockLayout", "components": [eid[k + 1]]}) for k in range(len(parts))]),
                         "elements": dict([(eid[0], {"type": "GridImage", "settings": {"image": cover, "alt": art.get("caption", "")}})]
                                          + [(eid[k + 1], {"type": "GridTextBox", "content": "\n".join(part).replace(BR, "<br>")})
                                             for k, part in enumerate(parts)])},
             "route": {"path": "/blog/" + slug_, "locale": lang}, "cookieBannerAccepted": None}
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": art["title"],
                     "description": art["sub"], "datePublished": "%sT%02d:%02d:00.000Z" % (art["date"], hh, mm),
                     "author": {"@type": "Person", "name": art["byline"]}, "image": zyro_img(s["site_id"], 1224, cover),
                     "mainEntityOfPage": url, "publisher": {"@type": "Organization", "name": site}}, ensure_ascii=False)
    js = "%08x" % rng.getrandbits(32)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(art["title"])} | {E(site)}</title>
<meta name="description" content="{A(art["sub"])}">
<meta name="generator" content="Hostinger Website Builder">
<meta property="og:type" content="article">
<meta property="og:locale" content="{c["og_locale"]}">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{zyro_img(s["site_id"], 1200, cover, 630)}">
<meta property="og:image:alt" content="{A(art.get("caption", ""))}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{A(art["title"])}">
<meta name="twitter:image" content="{zyro_img(s["site_id"], 1200, cover, 630)}">
<link rel="canonical" href="{url}">
<link rel="preconnect" href="https://assets.zyrosite.com">
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="icon" size="16x16" href="{zyro_img(s["site_id"], 16, "favicon.png", 16)}">
<link rel="icon" size="32x32" href="{zyro_img(s["site_id"], 32, "favicon.png", 32)}">
<link rel="apple-touch-icon" href="{zyro_img(s["site_id"], 180, "favicon.png", 180)}">
<link rel="preload" as="image" href="{zyro_img(s["site_id"], 1224, cover)}">
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family={s["font"]}:400,700|Inter:400,500,600&amp;display=swap">
<link rel="stylesheet" href="https://builder-assets.hostinger.com/_zyro/website-{js}.css">
<style>:root{{--color-primary:{s["colour"]};--color-light:#ffffff;--color-dark:#1d1e20;--color-gray:#727586;--font-primary:'{s["font"]}',serif;--font-secondary:'Inter',sans-serif;--body-font-size:18px;--body-line-height:1.7;--grid-max-width:1224px;--block-padding:16px 0}}body{{margin:0;font-family:var(--font-secondary);color:var(--color-dark)}}</style>
<style>.block[{v["page"]}]{{position:relative;z-index:var(--z-index);padding:var(--block-padding)}}@media (max-width:920px){{.block[{v["page"]}]{{padding:var(--block-padding-m)}}}}.block-grid[{v["grid"]}]{{display:grid;grid-template-columns:repeat(var(--column-count),1fr);column-gap:var(--column-gap);row-gap:var(--grid-gap);max-width:var(--grid-max-width);margin:0 auto}}.block-grid-item[{v["item"]}]{{grid-row:var(--grid-row);grid-column:var(--grid-column);z-index:var(--z-index)}}@media (max-width:920px){{.block-grid-item[{v["item"]}]{{grid-row:var(--m-grid-row);grid-column:var(--m-grid-column)}}}}.text-box[{v["text"]}] p{{margin:0 0 1em}}.block-blog-header[{v["bh"]}]{{max-width:800px;margin:0 auto;padding:64px 16px 16px}}.cookie-banner[{v["cookie"]}]{{position:fixed;bottom:24px;left:24px;z-index:16;max-width:420px;padding:24px;background:#fff;box-shadow:0 4px 24px rgba(29,30,32,.16);border-radius:8px}}</style>
<script type="application/ld+json">{ld}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id={s["gtag"]}"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('consent','default',{{ad_storage:'denied',analytics_storage:'denied'}});gtag('js',new Date());gtag('config','{s["gtag"]}');</script>
</head>
<body>
<div id="app" {v["app"]}>
 <main class="page" {v["page"]}>
  <header id="{bid["header"]}" class="block-header" style="--logo-width:56px;--m-logo-width:44px;--navigation-gap:32px" {v["header"]}>
   <div class="block-header__content" {v["header"]}>
    <a class="block-header-logo" href="/" title="{A(site)}" {v["header"]}><img class="block-header-logo__image" src="{zyro_img(s["site_id"], 112, "logo.png", 112)}" alt="{A(s["logo_alt"])}" width="56" height="56" {v["header"]}><span class="block-header-logo__text font-primary" {v["header"]}>{E(site)}</span></a>
    <button class="burger" type="button" aria-label="{A(c["menu"])}" {v["header"]}><span class="burger__line" {v["header"]}></span><span class="burger__line" {v["header"]}></span><span class="burger__line" {v["header"]}></span></button>
    <nav class="block-header__nav" {v["nav"]}>
     <ul class="block-header__nav-links" {v["nav"]}>
{nav}
     </ul>
    </nav>
   </div>
  </header>
  <section id="{bid["bh"]}" class="block block-blog-header" {v["bh"]}>
   <div class="block-blog-header__categories" {v["bh"]}><a class="block-blog-header__category" href="/blog?category={wp_slug(cats, 30)}" {v["bh"]}>{E(cats)}</a></div>
   <h1 class="block-blog-header__title font-primary" {v["bh"]}>{E(art["title"])}</h1>
   <p class="block-blog-header__description" {v["bh"]}>{E(art["sub"])}</p>
   <div class="block-blog-header__info" {v["bh"]}>
    <div class="block-blog-header__avatar" {v["bh"]}>{E(art["byline"][:1])}</div>
    <div class="block-blog-header__meta" {v["bh"]}>
     <span class="block-blog-header__author" {v["bh"]}>{E(c["by"])} {E(art["byline"])}</span>
     <span class="block-blog-header__date" {v["bh"]}>{E(zyro_date(lang, art["date"]))}</span>
     <span class="block-blog-header__minutes" {v["bh"]}>{E(c["read"].format(k=minutes))}</span>
    </div>
   </div>
  </section>
  <section id="{bid["cover"]}" class="block" {v["page"]}>
   <div class="block-grid" style="--grid-gap:16px;--rows:1;--m-rows:1;--row-size:48px;--column-count:12;--column-gap:24px" {v["grid"]}>
    <div id="{eid[0]}" class="block-grid-item" style="--grid-row:1/10;--grid-column:2/12;--m-grid-row:1/6;--m-grid-column:1/2;--z-index:1" {v["item"]}>
     <div class="image layout-element__component layout-element__component--GridImage" {v["image"]}>
      <img class="image__image" src="{zyro_img(s["site_id"], 1224, cover)}" srcset="{zyro_img(s["site_id"], 480, cover)} 480w, {zyro_img(s["site_id"], 960, cover)} 960w, {zyro_img(s["site_id"], 1224, cover)} 1224w" sizes="(min-width: 920px) 1224px, 100vw" alt="{A(art.get("caption", ""))}" loading="eager" {v["image"]}>
     </div>
    </div>
   </div>
  </section>
{text_items}
  <section id="{bid["social"]}" class="block" {v["page"]}>
   <div class="block-grid" style="--grid-gap:16px;--rows:1;--m-rows:1;--row-size:48px;--column-count:12;--column-gap:24px" {v["grid"]}>
    <div class="block-grid-item" style="--grid-row:1/2;--grid-column:3/11;--m-grid-row:1/2;--m-grid-column:1/2;--z-index:1" {v["item"]}>
     <div class="social-icons social-icons--share" style="--space-between-icons:16px;--icon-size:24px;--icon-color:{s["colour"]}" {v["social"]}>
      <span class="social-icons__label" {v["social"]}>{E(c["share"])}</span>{shares}
     </div>
    </div>
   </div>
  </section>
  <section id="{bid["list"]}" class="block block-blog-list" {v["list"]}>
   <h2 class="block-blog-list__title font-primary" {v["list"]}>{E(s["more_title"])}</h2>
   <div class="block-blog-list__list" style="--cover-object-fit:cover;--post-column-count:3" {v["list"]}>
{cards}
   </div>
  </section>
  <footer id="{bid["footer"]}" class="block block-footer" {v["footer"]}>
   <div class="block-grid" style="--grid-gap:16px;--rows:1;--m-rows:2;--row-size:48px;--column-count:12;--column-gap:24px" {v["grid"]}>
    <div class="block-grid-item" style="--grid-row:1/2;--grid-column:2/8;--m-grid-row:1/2;--m-grid-column:1/2;--z-index:1" {v["item"]}>
     <div class="text-box layout-element__component layout-element__component--GridTextBox" {v["text"]}><p class="body-small">{E(s["footer"])}</p></div>
    </div>
    <div class="block-grid-item" style="--grid-row:1/2;--grid-column:9/12;--m-grid-row:2/3;--m-grid-column:1/2;--z-index:1" {v["item"]}>
     <div class="social-icons" style="--space-between-icons:16px;--icon-size:24px;--icon-color:{s["colour"]}" {v["social"]}>{socials}</div>
    </div>
   </div>
  </footer>
 </main>
 <div class="cookie-banner" role="dialog" aria-live="polite" {v["cookie"]}>
  <p class="cookie-banner__text" {v["cookie"]}>{E(s["cookie"])}</p>
  <div class="cookie-banner__buttons" {v["cookie"]}><button class="cookie-banner__button cookie-banner__button--decline" type="button" {v["cookie"]}>{E(c["decline"])}</button><button class="cookie-banner__button cookie-banner__button--accept" type="button" {v["cookie"]}>{E(c["accept"])}</button></div>
 </div>
</div>
<script>window.__INITIAL_STATE__={esc_json(state)}</script>
<script type="module" crossorigin src="https://builder-assets.hostinger.com/_zyro/entry-client-{js}.js"></script>
<link rel="modulepreload" crossorigin href="https://builder-assets.hostinger.com/_zyro/vendor-{"%08x" % rng.getrandbits(32)}.js">
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the builder's text editor and the earlier layouts used here set inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"zyro": ["share"]}  # (the social-icons block with its share label follows the post's text)
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
            "embed", "rooftopsolar", "guidedwalks", "coldweatherpayments"]
NEW_FAMILIES = ["rooftopsolar", "guidedwalks", "coldweatherpayments"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"rooftopsolar": ["rooftopsolar", "rooftop solar", "rooftop-solar", "solar together", "solar group buy",
                                     "group-buying", "group buying", "achat groupé"],
                    "guidedwalks": ["guidedwalks", "guided walks programme", "guided-walk programme", "walks programme",
                                    "guided-walk listing", "guided walk listing"],
                    "coldweatherpayments": ["coldweatherpayments", "cold weather payment", "cold-weather payment",
                                            "winter-help", "winter help panel", "heizkostenhilfe"]}
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
    "cookie": ['<div class="embed-consent-w96"><p class="embed-consent-w96__t">%s</p><button class="embed-consent-w96__b" type="button">Allow</button></div>',
               '<p class="embeds-hidden-w96">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="tuesday-mail-w96"><p class="tuesday-mail-w96__t">%s</p><a class="tuesday-mail-w96__a" href="/newsletters/tuesday">&#8594;</a></div>',
                   '<p class="account-wall-w96">%s</p>', '<h5 class="tuesday-head-w96">%s</h5>'],
    "share": ['<ul class="pass-on-w96">{items}</ul>', '<div class="pass-on-row-w96">%s</div>', '<p><a href="#pass-it-on">%s</a></p>'],
    "photo": ['<p class="reader-pic-w96">%s</p>', '<span class="courtesy-tag-w96">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="reproduction-w96">%s</p>', '<div class="consent-needed-w96"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="town-label-w96">%s</p>', '<h6 class="town-strap-w96">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="asterism-rule-w96">%s</p>', '<div class="diamond-line-w96">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="with-reporting-w96">%s</p>', '<div class="desk-credit-w96">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="title-repeat-w96"><b>%s</b></p>', '<h2 class="title-again-w96">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-break-w96">%s</div>', '<p class="carries-on-w96">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-rest-w96"><a href="#more">%s</a></p>', '<div class="rest-toggle-w96">%s</div>', '<div><a href="#more"><b>%s</b></a></div>'],
    "comments": ['<p class="join-discussion-w96"><a href="#comments">%s</a></p>', '<div class="discussion-count-w96">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="min-read-w96">%s</p>', '<span class="min-read-chip-w96">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="last-revised-w96"><time>%s</time></p>', '<div class="revision-note-w96">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="press-play-w96"><button class="press-play-w96__btn" type="button" aria-label="Play"></button><span class="press-play-w96__l">%s</span></div>',
              '<p class="play-line-w96"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="put-right-w96"><p>%s</p></aside>', '<p class="fact-fixed-w96"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="offline-app-w96"><p class="offline-app-w96__t">%s</p><a class="offline-app-w96__a" href="/app">&#8681;</a></div>',
            '<p class="app-promo-w96">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="reports-on-w96"><p class="reports-on-w96__t">%s</p></div>', '<p class="reporter-line-w96"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="got-a-story-w96"><p>%s</p></div>', '<p class="message-desk-w96">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="mistake-found-w96"><p>%s</p></div>', '<p class="select-ctrl-w96">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="notify-ask-w96"><p class="notify-ask-w96__q">%s</p></div>', '<ul class="notify-ask-opts-w96">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="article-tools-w96">{items}</ul>', '<p class="tools-row-w96">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="how-useful-w96"><p class="how-useful-w96__q">%s</p></div>', '<ul class="how-useful-opts-w96">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-note-w96"><p>%s</p></div>', '<p class="concerns-to-w96"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="topic-row-w96"><span class="topic-row-w96__t">%s</span></div>', '<ul class="topic-row-list-w96">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="heart-keep-w96"><a class="heart-keep-w96__a" href="#save">%s</a></div>', '<p class="keep-later-w96"><a href="#save">%s</a></p>',
                 '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="quick-vote-w96"><p class="quick-vote-w96__q">%s</p><button class="quick-vote-w96__b" type="button">Send</button></div>',
             '<ul class="quick-vote-opts-w96">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/K{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/K{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-w96"><a class="video-facade-w96__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({solarlist}: the systems with their prices and what is included, and how
    # it works, the deadline and the installer, as a list; {solarrows}: the systems as a table; {solardl}: how it
    # works, deadline and installer as a definition list; {walklist}, {walkrows}, {walkdl}: the walks with their
    # meeting point, date and time and cost, and booking, what to bring and access; {coldlist}, {coldrows},
    # {colddl}: the amounts, triggers and dates, and who qualifies, what is needed and where to ask)
    "rooftopsolar": ['<div class="groupbuy-steps-w96"><h4 class="groupbuy-steps-w96__hd">%s</h4><ul class="groupbuy-steps-w96__list">{solarlist}</ul></div>',
                     '<div class="panel-prices-w96"><p class="panel-prices-w96__hd"><strong>%s</strong></p><table class="panel-prices-w96__tbl">{solarrows}</table></div>',
                     '<p class="roof-register-w96"><a href="/solar/register">%s</a></p>',
                     '<div class="solar-offer-card-w96"><h5 class="solar-offer-card-w96__hd">%s</h5><dl class="solar-offer-card-w96__dl">{solardl}</dl></div>'],
    "guidedwalks": ['<aside class="walk-listing-w96"><h4 class="walk-listing-w96__hd">%s</h4><ul class="walk-listing-w96__list">{walklist}</ul></aside>',
                    '<div class="walk-dates-w96"><p class="walk-dates-w96__hd"><b>%s</b></p><table class="walk-dates-w96__tbl">{walkrows}</table></div>',
                    '<p class="walk-booking-w96"><a class="walk-booking-w96__a" href="/walks/book">%s</a></p>',
                    '<div class="walk-tips-card-w96"><h5 class="walk-tips-card-w96__hd">%s</h5><dl class="walk-tips-card-w96__dl">{walkdl}</dl></div>'],
    "coldweatherpayments": ['<div class="winter-help-box-w96"><h4 class="winter-help-box-w96__hd">%s</h4><ul class="winter-help-box-w96__list">{coldlist}</ul></div>',
                            '<div class="cold-trigger-strip-w96"><p class="cold-trigger-strip-w96__hd"><strong>%s</strong></p><table class="cold-trigger-strip-w96__tbl">{coldrows}</table></div>',
                            '<p class="benefit-check-w96"><a class="benefit-check-w96__btn" role="button" href="/soziales/heizkostenhilfe">%s</a></p>',
                            '<div class="ask-where-card-w96"><h5 class="ask-where-card-w96__hd">%s</h5><dl class="ask-where-card-w96__dl">{colddl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><em>%s</em>', ' <small>· %s</small>']),
          "tip": (0.6, ['<br><b>%s</b>', ' <strong>%s</strong>']),
          "newsletter": (0.5, [' <a href="/newsletters/tuesday"><b>%s</b></a>']),
          "share": (0.3, ['<br><a href="#pass-it-on">%s</a>']),
          "section": (0.5, ['<strong>%s</strong> – ']),
          "rooftopsolar": (0.0, [' <a href="/environnement/achat-groupe-solaire"><strong>%s</strong></a>']),
          "guidedwalks": (0.0, ['<br><a href="/doga/rehberli-yuruyusler"><b>%s</b></a>']),
          "coldweatherpayments": (0.0, [' <a class="btn" href="/soziales/heizkostenhilfe"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "rooftopsolar": 2, "guidedwalks": 2, "coldweatherpayments": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-still-w96"><img src="/media/{id}-still.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-pic.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="also-news-w96"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="town-links-w96"><p class="town-links-w96__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (SOLAR_HEAD, WALK_HEAD, COLD_HEAD, above), as the web teams left them (not checked)


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
    if "{solar" in style:
        out = (out.replace("{solarlist}", "".join('<li><strong>%s</strong>: %s (%s)</li>' % tuple(esc(x) for x in r) for r in SOLAR_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in SOLAR_INFO[lang]))
               .replace("{solarrows}", table(SOLAR_HEAD[lang], SOLAR_ROWS[lang])).replace("{solardl}", dl(SOLAR_INFO[lang])))
    if "{walk" in style:
        out = (out.replace("{walklist}", "".join('<li><strong>%s</strong> — %s, %s · %s</li>' % tuple(esc(x) for x in r) for r in WALK_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in WALK_INFO[lang]))
               .replace("{walkrows}", table(WALK_HEAD[lang], WALK_ROWS[lang])).replace("{walkdl}", dl(WALK_INFO[lang])))
    if "{cold" in style:
        out = (out.replace("{coldlist}", "".join('<li><strong>%s</strong>: %s</li>' % tuple(esc(x) for x in r) for r in COLD_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in COLD_INFO[lang]))
               .replace("{coldrows}", table(COLD_HEAD[lang], COLD_ROWS[lang])).replace("{colddl}", dl(COLD_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "rooftopsolar": rng.choice([mid, n, n]),
               "guidedwalks": rng.choice([mid, n]), "coldweatherpayments": rng.choice([0, mid, n])}.get(fam, mid)
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
DROPCAP = {"astra": ("class", "has-drop-cap")}
# Jannah's box shortcode around a subheading and its paragraph
BOX = {"jannah": ("wrap", '<div class="box info  "><div class="box-inner-block"><span class="fa tie-shortcode-boxicon"></span>\n', "\n</div></div>")}
# Grav's markdown-notices plugin around a subheading and its list
FACTBOX = {"grav": ("wrap", '<div class="notices yellow">\n', "\n</div>")}
# WPBakery's message box element around a paragraph
CALLOUT = {"wpbakery": ('<div class="vc_message_box vc_message_box-standard vc_message_box-rounded vc_color-info">'
                        '<div class="vc_message_box-icon"><i class="fas fa-info-circle"></i></div><p>', "</p></div>")}
BOLD = {}
ITALIC = {}
# a highlight: a <mark> where the editor has one
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
# templates: zyro is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"zyro": tpl_zyro, "grav": mp29.tpl_grav, "movabletype": mp25.tpl_movabletype, "tagdiv": mp30.tpl_tagdiv,
                 "substackpub": mp51.tpl_substackpub, "astro": mp55.tpl_astro, "jannah": mp31.tpl_jannah,
                 "kirby": mp28.tpl_kirby, "gatsby": mp48.tpl_gatsby, "nuxt": mp34.tpl_nuxt, "astra": mp32.tpl_astra,
                 "beehiiv": mp77.tpl_beehiiv, "wpbakery": mp74.tpl_wpbakery, "webnode": mp90.tpl_webnode,
                 "shorthand": mp75.tpl_shorthand, "statamic": mp40.tpl_statamic, "hexo": mp49.tpl_hexo}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h94), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "zyro"
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
            rng = random.Random("newsflow-heldout96-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI96[lang]
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
    # layouts: zyro (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the zyro pages: a site of ZYRO_SITES in its own language (ZYRO_CORE); of the looks only those the builder's text
    # editor sets (bold, italic, a highlight, a line break); the later layouts keyed by site name: a site this part
    # adds; no story tables and no footnotes in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in ZYRO_SITES or a["lang"] not in ZYRO_CORE
                                       or ZYRO_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in ("bold", "italic", "br", "highlight") for st, _ in a.get("look", []))):
            problems.append("%s: zyro page needs a Hostinger site in its language and the editor's looks only" % a["id"])
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
    zyro_sites = [{k: v for k, v in d.items() if k not in ZYRO_EXEMPT} for d in ZYRO_SITES.values()]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (ZYRO_CORE, SOLAR_HEAD, WALK_HEAD and COLD_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ZYRO_SITES", zyro_sites), ("UI_NEW", UI_NEW), ("tags", tags)):
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






