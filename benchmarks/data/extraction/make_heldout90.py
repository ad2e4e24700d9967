#!/usr/bin/env python3
"""Ninetieth held-out part (h90-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout90.py           # write pages/h90-*.html
    python benchmarks/data/extraction/make_heldout90.py --check   # verify pages/h90-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout90.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout89.py and its stories, written at the same time by another writer, were not).  Built on the structure
of make_heldout88.py: build() -> (pages, truth, meta) and verify(pages, truth) -> problems, with the same signatures,
so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h90_en.py / articles_h90_intl.py (fictional local and regional outlets, every name and
number invented).  The residue wordings -- thirty of the generic families of the earlier parts (one wording each in
every language, two for the newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three
new ones -- their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts
and the first-round furniture strings are new here: verify() refuses to build if one reuses a sentence of
make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines or site names of
make_heldout2..88, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a
reason in a story (calendar, map, gallery, scores) are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table,
a link or button -- which "run_in" makes the editor type at the end of the last paragraph --, a definition-list
card): subsidised compost-bin and water-butt offer panels (compostbins: the bins, butts and caddies with their sizes
and prices, delivery, the limit per household and how to order) on an English village's allotments giving up
bonfires for compost bays (the Webnode page: the list), an English street of water butts (the table), a Turkish
town handing out rain tanks and compost bins (the order button) and a Spanish village's shared compost bins by its
allotments (the Webnode page: the card); mobile speed-camera site lists (speedcameras: this week's sites with their
days and times, and the camera partnership's notes -- why a site is chosen, other sites, how to suggest one) on an
English village's community speed watch (the list), a German village's speed display sign (the table), a French
hamlet's petition after a car left the road (the "all sites" link, run into the last paragraph) and a Russian
village's dangerous turn-off (the card); street-cleaning schedule panels (streetsweeping: the streets with their
days and times, moving your car, the bins, what the sweeper does) on English cars blocking the sweeper on an estate
full of leaves (the list), a Turkish market street's vacuum sweeper (the table), a German old town's new cleaning
days with parking bans (the "your street's day" link, run into the last paragraph) and Spanish plane-tree leaves
clogging a town centre (the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the
tables' heads (COMPOST_HEAD, SPEED_HEAD, SWEEP_HEAD) are the web teams' generic strings and not checked; the rows
(COMPOST_OFFER, COMPOST_HOW, SPEED_SITES, SPEED_NOTES, SWEEP_DAYS, SWEEP_RULES) are, cell by cell.
The other generic families are balanced over the part, leaving out those a small site would not print (the story's
"kind": the two Webnode sites -- an English village's community news and a Spanish village association -- and a
Russian village's website on uCoz); a correction box goes only on a story that was corrected, with that story's own
wording.  Residue markup varies as on real pages: classed boxes, bars, cards, chips, panels, strips and widgets,
bare <p> / <div> lines pasted by editors, headings, links, lists, spans, buttons, definition lists and tables, and,
for a few families, a line run into the end of a story paragraph (credit, tip, newsletter pitch, share line, the
compost order button, the camera-sites link, the cleaning-day link; only one line in any paragraph) or a bold
section tag run into the start of the first paragraph.  On the new layout, residue the editor pasted into the post
sits between the blocks of the blog article's text.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a
class on the paragraph, on wordpress, magazine, sanity and gutenberg), italics (a one-line quote on both Webnode
pages and on semantic), bold (a one-line paragraph on both Webnode pages), a highlighted sentence (a <mark> on
quintype), a paragraph in a box (a Gutenberg group, a CKEditor style on drupal, the magazine's panel), a fact box
holding a subheading and its list (a Fusion custom embed: the autumn clean-up in figures), a Ghost callout card
(how fast the sweeper clears an empty street), a paragraph typed after a <br> (Shift+Enter, on both Webnode pages
and on hugo); story structures that look like furniture but are the story: question-and-answer interviews
(questions typed in bold, some of a few words -- "Any close calls?", "And the weather?", "Ne değişti?", "Et le miel ?" --, in English, Turkish and French: a school crossing patrol after thirty
years, a village postman after 38, a beekeeper after fifty), lists inside the story (a pie shop's week, a food
bank's new rooms, a hedge survey, the autumn clean-up in figures), crossheads as headings and as bold paragraphs,
one-line quotes and short one-line paragraphs ("Nobody will miss the smoke.", "La idea salió de una charla en el
teleclub.", "The first load of horse muck arrives on Friday."), a closing line with practical information (a
speed watch meeting, a council office's hours, a library talk, a thank-you afternoon, a collection at a school
office, a river clean-up, a defibrillator session, a Beyaz Masa line, a farewell at a village coffee house, a public
meeting, a food bank's hours, a market stall, a town hall meeting, volunteers for planting, a concert, a library of
things' hours, a residents' meeting, a subbotnik), and story sentences that use furniture words in ordinary
reporting ("Cookies, it turns out, can save lives." opening a story, "compared with the aerial photographs",
"Theo ... thought it was a rock", "Der Verein sucht noch Fahrerinnen"), some at the start or end of a story.  Two
pages carry no residue at all (an English bake sale for a defibrillator on amp and a Russian library of things on
legacy-br) and one only its correction line (an English bandstand's restoration on cms).
One page layout is new (webnode: a blog post on a site built with the Webnode site builder, on two pages, an English
and a Spanish one; see the section of the layout below).  Webnode's strings (WEBNODE_CORE) are left as they ship and
not checked; the sites' own strings (WEBNODE_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- portal, amp, table,
legacy-br, semantic, storybody, cms, wordpress, ghost (make_pages.py), regional, magazine (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), blox (make_heldout8.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py) and ucoz
(make_heldout19.py) --, none of them in the language h87 or h88 gave it (9 English pages, 3 in each other language:
English on wordpress, ghost, magazine, sanity, quintype, semantic, amp and cms; Turkish on portal, gutenberg and
hugo; German on drupal, typo3 and joomla4; French on blox, regional and chunks; Spanish on fusion and table; Russian
on legacy-br, storybody and ucoz); while a page is rendered, the earlier modules' related headlines, the strings
that belong to one site rather than to the platform (see SITE_STRINGS) and the residue pools those helpers draw
from themselves are swapped for this part's own, and the templates get this part's furniture strings (UI_NEW)
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
from make_pages import E, A, UI  # noqa: E402
from articles_h90_en import ARTICLES as H90_EN  # noqa: E402
from articles_h90_intl import ARTICLES as H90_INTL  # noqa: E402


ARTICLES = H90_EN + H90_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88)
# parts whose layouts' languages this part avoids (the two latest finished parts; h89 is written at the same time
# and was not read)
LANG_PARTS = (mp87, mp88)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h90"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Hollinsby Gazette", "Wendle Valley Times", "The Hollinsby Herald", "Wendleford and Oresby Post",
           "The Oresby Clarion", "Hollinsby Evening Telegraph", "Wendle Valley Weekly Standard", "Brackenhurst and Wendle Journal"],
    "tr": ["Karaçamlı Haber", "Yeşilova Gazetesi", "Karaçamlı Postası"],
    "de": ["Lintertaler Anzeiger", "Wallerstedter Rundschau", "Hohenmoorer Kurier"],
    "fr": ["Le Courrier de l'Ormette", "Vernosc Infos", "La Voix des Granges"],
    "es": ["Heraldo del Arlazón", "Diario de Villabrera"],
    "ru": ["Ольховская правда", "Вести Заречья"],
}
# sites fixed per page (the two Webnode sites, a village's website on uCoz) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h88 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Wendle valley weather widget stays blank until you allow preference cookies"],
        "tr": ["Karaçamlı hava durumu kutusu, tercih çerezlerine izin verene kadar boş kalır"],
        "de": ["Das Lintertal-Wetter bleibt leer, bis Sie Präferenz-Cookies zulassen"],
        "fr": ["La météo de l'Ormette reste vide tant que vous refusez les cookies de préférence"],
        "es": ["El tiempo del Arlazón no aparece hasta que aceptes las cookies de preferencias"],
        "ru": ["Погода Ольховска не появится, пока вы не разрешите cookie настроек"],
    },
    "newsletter": {
        "en": ["Wendle Weekly lands every Thursday at six: sign up and never miss a Hollinsby story", "Free stories left this month in the Wendle valley: 1 of 5"],
        "tr": ["Karaçamlı Haftalığı her perşembe saat altıda gelir: kaydolun, hiçbir haberi kaçırmayın", "Bu ay Karaçamlı'da kalan ücretsiz haber: 5'te 1"],
        "de": ["Der Lintertal-Donnerstag kommt jede Woche um sechs: jetzt eintragen und keinen Wallerstedter Bericht verpassen", "Freie Artikel im Lintertal diesen Monat: noch 1 von 5"],
        "fr": ["L'Ormette du jeudi arrive chaque semaine à 18 h : inscrivez-vous pour ne rien manquer de Vernosc", "Articles gratuits restants ce mois-ci dans l'Ormette : 1 sur 5"],
        "es": ["El Jueves del Arlazón llega cada semana a las seis: apúntate y no te pierdas nada de Villabrera", "Noticias gratis que te quedan este mes en el Arlazón: 1 de 5"],
        "ru": ["«Ольховский четверг» приходит каждую неделю в шесть: подпишитесь и не пропустите ни одной новости", "Бесплатных материалов об Ольховске в этом месяце осталось: 1 из 5"],
    },
    "share": {
        "en": ["Tell Hollinsby: Facebook · X · WhatsApp · Copy link"],
        "tr": ["Karaçamlı'ya duyurun: Facebook · X · WhatsApp · Bağlantıyı kopyala"],
        "de": ["Wallerstedt erzählen: Facebook · X · WhatsApp · Link kopieren"],
        "fr": ["Dites-le à Vernosc : Facebook · X · WhatsApp · Copier le lien"],
        "es": ["Cuéntaselo a Villabrera: Facebook · X · WhatsApp · Copiar enlace"],
        "ru": ["Рассказать Ольховску: ВКонтакте · Telegram · WhatsApp · Скопировать ссылку"],
    },
    "photo": {
        "en": ["Image supplied to the Wendle valley picture desk"],
        "tr": ["Görsel Karaçamlı foto masasına gönderildi"],
        "de": ["Bild eingereicht bei der Lintertal-Bildstelle"],
        "fr": ["Image confiée au service photo de l'Ormette"],
        "es": ["Imagen facilitada a la mesa de fotografía del Arlazón"],
        "ru": ["Снимок передан в ольховский фотоотдел"],
    },
    "copyright": {
        "en": ["All rights in this Hollinsby article are held by {site}; copying it in full, in print or online, needs a licence from us."],
        "tr": ["Bu Karaçamlı haberinin bütün hakları {site} adına saklıdır; tamamının basılı ya da çevrim içi kopyalanması lisansa tabidir."],
        "de": ["Alle Rechte an diesem Wallerstedter Artikel liegen bei {site}; vollständige Kopien, gedruckt oder online, brauchen unsere Lizenz."],
        "fr": ["Tous les droits de cet article de Vernosc appartiennent à {site} ; toute copie intégrale, papier ou en ligne, nécessite notre licence."],
        "es": ["Todos los derechos de esta noticia de Villabrera pertenecen a {site}; copiarla entera, en papel o en internet, requiere nuestra licencia."],
        "ru": ["Все права на этот ольховский материал принадлежат «{site}»; полное копирование в печати или в сети — только по нашей лицензии."],
    },
    "section": {
        "en": ["Filed under {section}, Wendle valley"],
        "tr": ["Karaçamlı · {section} dosyası"],
        "de": ["Rubrik {section}, Lintertal"],
        "fr": ["Classé dans {section}, vallée de l'Ormette"],
        "es": ["Archivado en {section}, comarca del Arlazón"],
        "ru": ["Рубрика «{section}», Ольховский район"],
    },
    "related": {
        "en": ["Elsewhere in the Wendle valley today"],
        "tr": ["Bugün Karaçamlı'nın başka köşelerinde"],
        "de": ["Heute sonst im Lintertal"],
        "fr": ["Ailleurs dans la vallée de l'Ormette aujourd'hui"],
        "es": ["Hoy, en otros rincones del Arlazón"],
        "ru": ["Сегодня в других уголках Ольховского района"],
    },
    "symbol": {"*": ["⁜ ⁜ ⁜", "· ❧ ·", "❈ ─ ❈"]},
    "credit": {
        "en": ["Additional words from the {site} team in Hollinsby"],
        "tr": ["{site} Karaçamlı ekibinin ek katkısıyla"],
        "de": ["Ergänzt vom Wallerstedter Team von {site}"],
        "fr": ["Avec des compléments de l'équipe de {site} à Vernosc"],
        "es": ["Con aportaciones del equipo de {site} en Villabrera"],
        "ru": ["С дополнениями ольховской команды «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion · the Hollinsby article resumes below"],
        "tr": ["Ücretli tanıtım · Karaçamlı haberi aşağıda sürüyor"],
        "de": ["Bezahlte Einblendung · der Wallerstedter Artikel folgt unten"],
        "fr": ["Promotion payante · l'article de Vernosc reprend plus bas"],
        "es": ["Promoción pagada · la noticia de Villabrera sigue abajo"],
        "ru": ["Оплаченное размещение · ольховский материал продолжается ниже"],
    },
    "continue": {
        "en": ["Tap to open the whole Hollinsby article"],
        "tr": ["Karaçamlı haberinin tamamını açmak için dokunun"],
        "de": ["Tippen, um den ganzen Wallerstedter Artikel zu öffnen"],
        "fr": ["Touchez pour ouvrir tout l'article de Vernosc"],
        "es": ["Toca para abrir la noticia entera de Villabrera"],
        "ru": ["Нажмите, чтобы открыть ольховский материал полностью"],
    },
    "comments": {
        "en": ["{n} comments from the Wendle valley so far: add yours"],
        "tr": ["Karaçamlı'dan şimdiye kadar {n} yorum: siz de ekleyin"],
        "de": ["Bisher {n} Kommentare aus dem Lintertal: schreiben Sie Ihren"],
        "fr": ["Déjà {n} commentaires de l'Ormette : ajoutez le vôtre"],
        "es": ["Ya hay {n} comentarios desde el Arlazón: deja el tuyo"],
        "ru": ["Уже {n} комментариев из Ольховска: добавьте свой"],
    },
    "readtime": {
        "en": ["A {m}-minute read from Hollinsby"],
        "tr": ["Karaçamlı'dan {m} dakikalık okuma"],
        "de": ["{m} Minuten Lektüre aus Wallerstedt"],
        "fr": ["Une lecture de {m} minutes depuis Vernosc"],
        "es": ["Lectura de {m} minutos desde Villabrera"],
        "ru": ["Ольховский текст на {m} минуты чтения"],
    },
    "updated": {
        "en": ["Revised {d}, {t}, after further information from Hollinsby"],
        "tr": ["Karaçamlı'dan gelen ek bilgiyle {d}, {t} itibarıyla yenilendi"],
        "de": ["Überarbeitet am {d}, {t} Uhr, nach weiteren Angaben aus Wallerstedt"],
        "fr": ["Révisé le {d}, {t}, après de nouvelles informations de Vernosc"],
        "es": ["Revisado el {d}, {t}, con nueva información desde Villabrera"],
        "ru": ["Исправлено {d}, {t}, после новых сведений из Ольховска"],
    },
    "audio": {
        "en": ["Hear this Hollinsby article read aloud · {m} min"],
        "tr": ["Bu Karaçamlı haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Wallerstedter Artikel vorlesen lassen · {m} Min."],
        "fr": ["Écouter cet article de Vernosc lu à voix haute · {m} min"],
        "es": ["Escucha esta noticia de Villabrera en voz alta · {m} min"],
        "ru": ["Прослушать ольховский материал вслух · {m} мин"],
    },
    "correction": {
        "en": ["This Hollinsby article has been corrected."],
        "tr": ["Bu Karaçamlı haberinde düzeltme yapıldı."],
        "de": ["Dieser Wallerstedter Artikel wurde berichtigt."],
        "fr": ["Cet article de Vernosc a été rectifié."],
        "es": ["Esta noticia de Villabrera ha sido corregida."],
        "ru": ["В ольховский материал внесено исправление."],
    },
    "app": {
        "en": ["Hollinsby news travels faster in the {site} app: download it free"],
        "tr": ["Karaçamlı haberleri {site} uygulamasında daha hızlı: ücretsiz indirin"],
        "de": ["Wallerstedter Nachrichten sind in der App von {site} schneller: kostenlos laden"],
        "fr": ["L'actualité de Vernosc va plus vite dans l'appli {site} : téléchargez-la gratuitement"],
        "es": ["Las noticias de Villabrera llegan antes en la app de {site}: descárgala gratis"],
        "ru": ["Новости Ольховска быстрее в приложении «{site}»: скачайте бесплатно"],
    },
    "bio": {
        "en": ["{by} covers {section} across Hollinsby and the Wendle valley for {site}."],
        "tr": ["{by}, {site} için Karaçamlı'da {section} alanını izliyor."],
        "de": ["{by} berichtet für {site} aus Wallerstedt und dem Lintertal über {section}."],
        "fr": ["{by} couvre la rubrique {section} à Vernosc et dans l'Ormette pour {site}."],
        "es": ["{by} cubre {section} en Villabrera y el Arlazón para {site}."],
        "ru": ["{by} освещает тему «{section}» в Ольховске и районе для «{site}»."],
    },
    "tip": {
        "en": ["Know something the Wendle valley should hear? Call the Hollinsby desk on 01632 960 517"],
        "tr": ["Karaçamlı'nın duyması gereken bir şey mi biliyorsunuz? Haber masası: 0 (372) 900 51 70"],
        "de": ["Wissen Sie etwas, das das Lintertal erfahren sollte? Redaktion Wallerstedt: 05432 517-0"],
        "fr": ["Vous savez quelque chose que l'Ormette doit apprendre ? Rédaction de Vernosc : 05 00 51 70 00"],
        "es": ["¿Sabes algo que el Arlazón debería conocer? Redacción de Villabrera: 947 000 517"],
        "ru": ["Знаете то, что должен услышать Ольховск? Редакция: 8 (38456) 5-17-00"],
    },
    "typo": {
        "en": ["Found a slip in this Hollinsby article: select the words and hit Ctrl+Enter to tell us"],
        "tr": ["Bu Karaçamlı haberindeki yanlışı seçip Ctrl+Enter ile bize bildirin"],
        "de": ["Einen Fehler im Wallerstedter Artikel mit der Maus markieren und per Strg+Enter an uns melden"],
        "fr": ["Signalez une faute dans cet article de Vernosc en la sélectionnant puis en tapant Ctrl+Entrée"],
        "es": ["Avísanos de una errata en esta noticia de Villabrera seleccionándola y pulsando Ctrl+Intro"],
        "ru": ["Сообщите об ошибке в ольховском материале: выделите текст и нажмите Ctrl+Enter"],
    },
    "push": {
        "en": ["Breaking news from Hollinsby on this device: Send me Hollinsby alerts · Maybe later, thanks"],
        "tr": ["Karaçamlı son dakika haberleri bu cihaza: Karaçamlı bildirimlerini gönder · Belki sonra, teşekkürler"],
        "de": ["Eilmeldungen aus Wallerstedt auf dieses Gerät: Wallerstedter Meldungen schicken · Vielleicht später, danke"],
        "fr": ["Les alertes de Vernosc sur cet appareil : Envoyer les alertes de Vernosc · Peut-être plus tard, merci"],
        "es": ["Última hora de Villabrera en este dispositivo: Enviarme avisos de Villabrera · Quizá luego, gracias"],
        "ru": ["Срочные новости Ольховска на это устройство: Присылать ольховские новости · Может быть, позже"],
    },
    "print": {
        "en": ["This Hollinsby article: Print it · Save as PDF · Email it"],
        "tr": ["Bu Karaçamlı haberi: Yazdır · PDF kaydet · E-postala"],
        "de": ["Dieser Wallerstedter Artikel: Drucken · Als PDF sichern · Mailen"],
        "fr": ["Cet article de Vernosc : L'imprimer · En PDF · Par courriel"],
        "es": ["Esta noticia de Villabrera: Imprimirla · Guardar en PDF · Enviarla"],
        "ru": ["Этот ольховский материал: Распечатать · Сохранить в PDF · Отправить"],
    },
    "feedback": {
        "en": ["Was this Hollinsby article worth your time? Yes · Somewhat · No"],
        "tr": ["Bu Karaçamlı haberi vaktinize değdi mi? Evet · Biraz · Hayır"],
        "de": ["War dieser Wallerstedter Artikel Ihre Zeit wert? Ja · Etwas · Nein"],
        "fr": ["Cet article de Vernosc valait-il votre temps ? Oui · Un peu · Non"],
        "es": ["¿Te ha merecido la pena esta noticia de Villabrera? Sí · Algo · No"],
        "ru": ["Стоил ли этот ольховский материал вашего времени: Да, стоил · Отчасти стоил · Нет, не стоил"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; concerns about our Hollinsby coverage go to readers@wendlenews.example."],
        "tr": ["{site} meslek ilkelerine bağlıdır; Karaçamlı haberlerimizle ilgili itirazlar: okurtemsilcisi@karacamli.example."],
        "de": ["{site} folgt dem Pressekodex; Einwände zu unserer Wallerstedter Berichterstattung an ombudsstelle@lintertal.example."],
        "fr": ["{site} applique la charte déontologique ; vos remarques sur nos articles de Vernosc : deontologie@ormette.example."],
        "es": ["{site} sigue el código deontológico; las quejas sobre nuestra información de Villabrera, a lectores@arlazon.example."],
        "ru": ["«{site}» следует редакционной хартии; замечания об ольховских материалах: chitateli@olkhovsk.example."],
    },
    "topics": {
        "en": ["More on: {section} · Hollinsby · Wendle valley"],
        "tr": ["Daha fazlası: {section} · Karaçamlı · Yeşilova"],
        "de": ["Mehr zu: {section} · Wallerstedt · Lintertal"],
        "fr": ["En savoir plus : {section} · Vernosc · Les Granges"],
        "es": ["Más sobre: {section} · Villabrera · Arlazón"],
        "ru": ["Ещё по теме: {section} · Ольховск · Заречное"],
    },
    "bookmark": {
        "en": ["☆ Keep this Hollinsby article"],
        "tr": ["☆ Bu Karaçamlı haberini sakla"],
        "de": ["☆ Diesen Wallerstedter Artikel behalten"],
        "fr": ["☆ Conserver cet article de Vernosc"],
        "es": ["☆ Conservar esta noticia de Villabrera"],
        "ru": ["☆ Сохранить ольховский материал"],
    },
    "poll": {
        "en": ["Have your say, Hollinsby: the right call · the wrong call · not sure yet"],
        "tr": ["Söz sizde Karaçamlı: doğru karar · yanlış karar · henüz emin değilim"],
        "de": ["Ihre Meinung, Wallerstedt: richtig entschieden · falsch entschieden · weiß noch nicht"],
        "fr": ["À vous, Vernosc : bonne décision · mauvaise décision · je ne sais pas encore"],
        "es": ["Opina, Villabrera: buena decisión · mala decisión · aún no lo sé"],
        "ru": ["Ваше мнение, Ольховск: правильное решение · неправильное решение · пока не знаю"],
    },
    "embed": {
        "en": ["View {handle}'s Wendle valley post on Instagram", "Watch {handle}'s Hollinsby clip on YouTube"],
        "tr": ["{handle} hesabının Karaçamlı gönderisini Instagram'da açın", "{handle} hesabının Karaçamlı klibini YouTube'da izleyin"],
        "de": ["Beitrag von {handle} aus dem Lintertal auf Instagram öffnen", "Clip von {handle} aus Wallerstedt auf YouTube ansehen"],
        "fr": ["Ouvrir la publication de {handle} sur l'Ormette dans Instagram", "Regarder le clip de {handle} sur Vernosc sur YouTube"],
        "es": ["Abrir la publicación de {handle} sobre el Arlazón en Instagram", "Ver el clip de {handle} sobre Villabrera en YouTube"],
        "ru": ["Открыть пост {handle} об Ольховске в Instagram", "Смотреть ролик {handle} об Ольховске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "compostbins": {
        "en": ["Cut-price compost bins and water butts for residents", "Compost bin and water butt prices", "Order a subsidised compost bin ›", "Home composting offer: how it works"],
        "tr": ["Hanelere indirimli kompost kutusu ve yağmur deposu", "Kompost kutusu ve depo fiyatları", "İndirimli kompost kutusu siparişi verin ›", "Evde kompost kampanyası: nasıl işliyor"],
        "es": ["Compostadores y depósitos de lluvia a precio reducido", "Precios de compostadores y depósitos", "Pide tu compostador subvencionado ›", "Oferta de compostaje doméstico: cómo funciona"],
    },
    "speedcameras": {
        "en": ["Mobile speed camera sites this week", "Where the camera van is this week", "See every mobile camera site in the county ›", "About the safety camera partnership"],
        "de": ["Mobile Blitzer diese Woche", "Messstellen des Landkreises diese Woche", "Alle angekündigten Messstellen im Landkreis ›", "Zur Verkehrsüberwachung des Kreises"],
        "fr": ["Contrôles de vitesse mobiles cette semaine", "Où sont les radars mobiles cette semaine", "Voir tous les contrôles annoncés dans le département ›", "Contrôles routiers : à savoir"],
        "ru": ["Передвижные камеры на этой неделе", "Где стоят передвижные камеры", "Все места работы передвижных камер в области ›", "О передвижных комплексах ГИБДД"],
    },
    "streetsweeping": {
        "en": ["Street cleaning this month", "Which streets are swept when", "Check your street's cleaning day ›", "Sweeping days: what to do"],
        "tr": ["Bu ay sokak temizliği", "Hangi sokak ne zaman süpürülüyor", "Sokağınızın temizlik gününe bakın ›", "Temizlik günleri: ne yapmalı"],
        "de": ["Straßenreinigung in diesem Monat", "Welche Straße wann gekehrt wird", "Reinigungstag Ihrer Straße nachsehen ›", "Kehrtage: was Sie tun müssen"],
        "es": ["Limpieza viaria este mes", "Qué calles se barren y cuándo", "Consulta el día de limpieza de tu calle ›", "Días de barrido: qué hacer"],
    },
}
NEW_STYLE_WORDING = {"compostbins": [0, 1, 2, 3], "speedcameras": [0, 1, 2, 3], "streetsweeping": [0, 1, 2, 3]}
# the compost-bin and water-butt offer: the items with their sizes and prices; and delivery and how to order
COMPOST_OFFER = {
    "en": [("Compost converter", "330 litres", "£12 (usually £44)"), ("Compost converter", "220 litres", "£9.50"),
           ("Water butt with stand and diverter kit", "210 litres", "£22"), ("Kitchen caddy", "7 litres", "£3")],
    "tr": [("Kompost kutusu", "300 litre", "150 TL"), ("Kompost kutusu", "220 litre", "110 TL"),
           ("Yağmur suyu deposu, ayaklı", "500 litre", "400 TL"), ("Mutfak kovası", "7 litre", "35 TL")],
    "es": [("Compostador con tapa", "400 litros", "15 € (precio normal 60 €)"), ("Compostador pequeño", "280 litros", "10 €"),
           ("Depósito de lluvia con grifo", "250 litros", "18,50 €"), ("Cubo de cocina", "7 litros", "2,50 €")],
}
COMPOST_HEAD = {"en": ("Item", "Size", "Price"), "tr": ("Ürün", "Hacim", "Fiyat"), "es": ("Artículo", "Capacidad", "Precio")}
COMPOST_HOW = {
    "en": [("Delivery", "free to your door within 14 days, or collect from Hollinsby depot"), ("Limit", "two bins and one water butt per household"),
           ("How to order your bin", "online or by phone on 01632 960 771, paying by card")],
    "tr": [("Teslimat", "14 gün içinde kapınıza ücretsiz ya da belediye deposundan teslim"), ("Sınır", "hane başına iki kutu, bir depo"),
           ("Nasıl sipariş verilir", "Beyaz Masa'dan ya da 0 (372) 900 77 10 numaralı hattan")],
    "es": [("Entrega", "en la caseta de los huertos, los sábados de 10.00 a 12.00"), ("Límite", "un compostador y un depósito por vivienda"),
           ("Cómo pedir el compostador", "en el ayuntamiento o por teléfono en el 947 000 771")],
}
# the mobile speed-camera sites: the road, the day and the times; and the camera partnership's notes
SPEED_SITES = {
    "en": [("Oresby Road, Brackenhurst", "Monday 8 June", "7–9am"), ("A6124 Kiln Road, Hollinsby", "Wednesday 10 June", "3–6pm"),
           ("Quarry Lane, Wendleford", "Friday 12 June", "8–10am")],
    "de": [("Lindenstraße, Hohenmoor", "Mo., 27.04.", "6–9 Uhr"), ("K 17 zwischen Hohenmoor und Wallerstedt", "Mi., 29.04.", "15–18 Uhr"),
           ("Schulweg, Wallerstedt", "Fr., 01.05.", "7–10 Uhr")],
    "fr": [("RD 412, route des Granges", "lundi 6 avril", "7 h–9 h"), ("Avenue de l'Ormette, Vernosc", "mercredi 8 avril", "16 h–19 h"),
           ("Traversée des Granges", "vendredi 10 avril", "8 h–10 h")],
    "ru": [("Трасса Ольховск — Берёзовка, поворот на Заречное", "понедельник, 14 сентября", "7:00–10:00"), ("Улица Гагарина, Ольховск", "среда, 16 сентября", "16:30–19:30"),
           ("Объездная дорога у рынка", "пятница, 18 сентября", "8:00–11:00")],
}
SPEED_HEAD = {"en": ("Road", "Day", "Time"), "de": ("Straße", "Tag", "Uhrzeit"), "fr": ("Route", "Jour", "Horaires"), "ru": ("Дорога", "День", "Время")}
SPEED_NOTES = {
    "en": [("Why here", "sites are chosen from collision figures and residents' reports"), ("Other sites", "the van may also visit roads not on this list"),
           ("Suggest a site", "through the partnership's online form")],
    "de": [("Warum hier", "Messstellen richten sich nach Unfallzahlen und Hinweisen aus der Bevölkerung"), ("Weitere Messungen", "auch an nicht angekündigten Stellen möglich"),
           ("Messstelle vorschlagen", "beim Ordnungsamt des Landkreises")],
    "fr": [("Pourquoi ici", "les lieux sont choisis selon l'accidentalité et les signalements"), ("Autres contrôles", "possibles à tout moment, sans annonce"),
           ("Signaler un lieu", "auprès de la préfecture")],
    "ru": [("Почему здесь", "места выбирают по статистике аварий и обращениям жителей"), ("Другие места", "камеры могут работать и без предупреждения"),
           ("Предложить место", "через приёмную ГИБДД района")],
}
# the street-cleaning schedule: the street, the day and the hours; and what to do
SWEEP_DAYS = {
    "en": [("Fernleigh Avenue", "Monday 16 November", "8am–12pm"), ("Linden Close and Chestnut Walk", "Tuesday 17 November", "8am–12pm"),
           ("Beacon Road, odd numbers", "Thursday 19 November", "9am–1pm")],
    "tr": [("Cumhuriyet Caddesi, çarşı bölümü", "Pazartesi ve perşembe", "06.00–09.00"), ("Hal Sokağı", "Salı ve cuma", "06.00–09.00"),
           ("Otogar Sokağı", "Çarşamba sabahı", "07.00–10.00")],
    "de": [("Schulstraße, Seite mit geraden Nummern", "montags", "8 bis 12 Uhr, Halteverbot"), ("Am Lindenplatz", "dienstags", "8 bis 12 Uhr (Marktseite)"), ("Mühlengasse", "donnerstags", "8 bis 12 Uhr, beidseitig")],
    "es": [("Calle de la Cerería", "lunes y jueves por la mañana", "7.00–10.00"), ("Paseo del Arlazón", "martes y viernes", "7.00–10.00"),
           ("Plaza de la Estación", "miércoles por la mañana", "8.00–11.00")],
}
SWEEP_HEAD = {"en": ("Street", "Day", "Time"), "tr": ("Sokak", "Gün", "Saat"), "de": ("Straße", "Tag", "Zeit"), "es": ("Calle", "Día", "Horario")}
SWEEP_RULES = {
    "en": [("Your car", "please move it off the road before the sweeper arrives"), ("Bins", "put them out as usual"),
           ("What the sweeper does", "brushes the gutters, sucks up leaves and litter and clears the drain covers")],
    "tr": [("Aracınız", "süpürge gelmeden önce kaldırım kenarından çekin"), ("Çöp kutuları", "her zamanki gibi çıkarın"),
           ("Süpürge ne yapar", "kaldırım kenarını fırçalar, yaprak ve çöpü emer, ızgaraları açar")],
    "de": [("Ihr Auto", "bitte vor Beginn der Reinigung umparken"), ("Mülltonnen", "wie gewohnt rausstellen"),
           ("Was die Kehrmaschine macht", "kehrt die Rinnsteine, saugt Laub und Abfall auf, macht die Gullys frei")],
    "es": [("Tu coche", "retíralo antes de que llegue la barredora"), ("Contenedores", "como siempre"),
           ("Qué hace la barredora", "barre los bordillos, aspira hojas y basura y limpia los sumideros")],
}
WIDGET_ROWS = (("compost offer", COMPOST_OFFER), ("compost ordering", COMPOST_HOW), ("speed camera sites", SPEED_SITES),
               ("speed camera notes", SPEED_NOTES), ("sweeping days", SWEEP_DAYS), ("sweeping rules", SWEEP_RULES))
WIDGET_LANGS = {"compostbins": ("en", "tr", "es"), "speedcameras": ("en", "de", "fr", "ru"), "streetsweeping": ("en", "tr", "de", "es")}


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Hollinsby swimming baths reopen after roof repairs", "Wendleford primary school wins national reading prize",
           "Oresby market gets four new traders", "Brackenhurst footbridge replaced after flood damage",
           "Wendle valley choir to sing in Vienna", "New bus route links Ashworth Green to Hollinsby station"],
    "tr": ["Karaçamlı'da yeni kapalı pazar yeri açıldı", "Yeşilova köy okuluna kütüphane kuruldu",
           "Karaçamlı gençlik merkezi yaz kurslarını duyurdu", "Çayır yolu asfaltlanıyor",
           "Karaçamlı'da halk koşusuna rekor katılım", "Yeşilova'da ceviz hasadı başladı"],
    "de": ["Wallerstedter Freibad öffnet früher", "Hohenmoorer Feuerwehr bekommt neues Löschfahrzeug",
           "Lintertal-Radweg wird bis Wallerstedt verlängert", "Stadtkapelle Wallerstedt sucht Nachwuchs",
           "Neuer Hausarzt für Hohenmoor gefunden", "Wochenmarkt in Wallerstedt zieht auf den Lindenplatz"],
    "fr": ["La piscine de Vernosc rouvre après travaux", "Les Granges inaugurent leur nouvelle école",
           "Le marché de Vernosc accueille quatre producteurs", "La passerelle de l'Ormette remplacée",
           "La chorale de Vernosc chantera à Lyon", "Une navette relie désormais Les Granges à la gare"],
    "es": ["Villabrera reabre la piscina cubierta", "Fuentecilla estrena biblioteca en las antiguas escuelas",
           "El mercado de Villabrera suma cuatro puestos", "Sustituyen la pasarela del Arlazón tras la riada",
           "El coro de Villabrera cantará en Salamanca", "Nueva línea de autobús entre Fuentecilla y Villabrera"],
    "ru": ["В Ольховске открыли бассейн после ремонта", "В Заречном появилась новая детская площадка",
           "Ольховский рынок пополнился четырьмя фермерами", "Мост через Ольховку заменят до зимы",
           "Хор ветеранов Ольховска выступит в областном центре", "Новый автобус свяжет Заречное с вокзалом"],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Hollinsby town", "Wendle valley villages", "Hollinsby courts", "Wendle schools", "Hollinsby sport", "Out and about in the Wendle", "Hollinsby public notices"],
               cookie="Our Hollinsby site and the companies we work with store small files on your device so pages load quickly, so we can see which Wendle valley stories are read and so advertising can be measured. Agree to all of them or pick the ones you are happy with.",
               accept="Agree and go to the Hollinsby news", reject="Pick my own settings", share="Pass this Hollinsby story on",
               related="Read next in the Wendle valley", newsletter="Hollinsby at Breakfast: the valley's news before eight, every weekday",
               subscribe="Get Hollinsby at Breakfast", email="name@hollinsby-breakfast.example",
               comment_note="Comments on Hollinsby stories are checked by a person before they appear. Keep it polite and on topic.",
               closed="Comments on this Hollinsby story are now closed.",
               footer=["Reach the Hollinsby newsroom", "Hollinsby corrections and clarifications", "Your data and the Hollinsby newsroom", "Advertising in the Wendle valley", "Hollinsby comment rules"],
               rights="Every word and picture from the Hollinsby newsroom belongs to its publisher and may not be reused without written consent.",
               commenters=[("WendlefordWendy", "Good to see something actually getting done round here."),
                           ("Oresby_Pete", "Hope they keep it up after the first month.")]),
    "tr": dict(nav=["Karaçamlı merkez", "Karaçamlı köyleri", "Karaçamlı adliye", "Karaçamlı eğitim", "Karaçamlı spor", "Karaçamlı'da hafta sonu", "Karaçamlı ilanlar"],
               cookie="Karaçamlı sitemiz ve birlikte çalıştığımız şirketler, sayfaların hızlı açılması, hangi Karaçamlı haberlerinin okunduğunu görmemiz ve reklamların ölçülmesi için cihazınıza küçük dosyalar kaydeder. Hepsine onay verin ya da uygun bulduklarınızı seçin.",
               accept="Onayla ve Karaçamlı haberlerine geç", reject="Kendi ayarlarımı seçeyim", share="Bu Karaçamlı haberini iletin",
               related="Karaçamlı'dan sıradaki haber", newsletter="Karaçamlı Kahvaltısı: ilçenin haberleri hafta içi her sabah sekizden önce",
               subscribe="Karaçamlı Kahvaltısı'nı alın", email="ad@karacamli-kahvalti.example",
               comment_note="Karaçamlı haberlerine gelen yorumlar yayımlanmadan önce bir kişi tarafından okunur. Lütfen kibar olun ve Karaçamlı haberinin konusunda kalın.",
               closed="Bu Karaçamlı haberine yorumlar kapandı.",
               footer=["Karaçamlı haber masasına yazın", "Karaçamlı düzeltme ve açıklamalar", "Verileriniz ve Karaçamlı haber masası", "Karaçamlı'da reklam", "Karaçamlı yorum kuralları"],
               rights="Karaçamlı haber masasının her yazısı ve fotoğrafı yayıncısına aittir, yazılı onay olmadan kullanılamaz.",
               commenters=[("Yeşilovalı_Hatice", "Sonunda burada bir şey yapıldığını görmek güzel."),
                           ("Karaçamlı_Murat", "Umarım ilk aydan sonra da devam ederler.")]),
    "de": dict(nav=["Wallerstedt", "Dörfer im Lintertal", "Gericht in Wallerstedt", "Schulen im Lintertal", "Wallerstedter Sport", "Unterwegs im Lintertal", "Wallerstedter Bekanntmachungen"],
               cookie="Unsere Wallerstedter Seite und die Firmen, mit denen wir arbeiten, speichern kleine Dateien auf Ihrem Gerät, damit Seiten schnell laden, damit wir sehen, welche Berichte aus dem Lintertal gelesen werden, und damit Werbung gemessen werden kann. Stimmen Sie allen zu oder wählen Sie die, mit denen Sie einverstanden sind.",
               accept="Zustimmen und zu den Wallerstedter Nachrichten", reject="Eigene Einstellungen wählen", share="Diesen Wallerstedter Bericht weitergeben",
               related="Als Nächstes im Lintertal lesen", newsletter="Wallerstedt zum Frühstück: die Nachrichten aus dem Tal werktags vor acht",
               subscribe="Wallerstedt zum Frühstück bestellen", email="name@wallerstedt-fruehstueck.example",
               comment_note="Kommentare zu Wallerstedter Berichten prüft ein Mensch, bevor sie erscheinen. Bleiben Sie höflich und beim Thema.",
               closed="Kommentare zu diesem Wallerstedter Bericht sind geschlossen.",
               footer=["Redaktion Wallerstedt erreichen", "Wallerstedter Korrekturen", "Ihre Daten und die Wallerstedter Redaktion", "Werbung im Lintertal", "Wallerstedter Kommentarregeln"],
               rights="Jedes Wort und Bild der Wallerstedter Redaktion gehört dem Verlag und darf ohne schriftliche Einwilligung nicht weiterverwendet werden.",
               commenters=[("Hohenmoorer_Gisela", "Schön, dass hier endlich mal etwas passiert."),
                           ("Lintertaler_Jens", "Hoffentlich bleibt es nicht beim ersten Monat.")]),
    "fr": dict(nav=["Vernosc", "Villages de l'Ormette", "Justice à Vernosc", "Écoles de l'Ormette", "Sport à Vernosc", "Sortir dans l'Ormette", "Annonces légales de Vernosc"],
               cookie="Notre site de Vernosc et les sociétés avec lesquelles nous travaillons enregistrent de petits fichiers sur votre appareil pour que les pages s'affichent vite, pour savoir quels articles de l'Ormette sont lus et pour mesurer la publicité. Acceptez-les tous ou choisissez ceux qui vous conviennent.",
               accept="Accepter et lire l'actualité de Vernosc", reject="Choisir mes propres réglages", share="Transmettre cet article de Vernosc",
               related="À lire ensuite dans l'Ormette", newsletter="Vernosc au petit-déjeuner : l'actualité de la vallée avant 8 h, en semaine",
               subscribe="Recevoir Vernosc au petit-déjeuner", email="nom@vernosc-matin.example",
               comment_note="Les commentaires des articles de Vernosc sont relus par une personne avant publication. Merci de rester aimable et de parler de l'article de Vernosc.",
               closed="Les commentaires de cet article de Vernosc sont fermés.",
               footer=["Joindre la rédaction de Vernosc", "Rectificatifs de Vernosc", "Vos données et la rédaction de Vernosc", "Publicité dans l'Ormette", "Charte des commentaires de Vernosc"],
               rights="Chaque texte et chaque image de la rédaction de Vernosc appartiennent à son éditeur et ne peuvent être réutilisés sans accord écrit.",
               commenters=[("Josette_des_Granges", "Ça fait du bien de voir les choses bouger ici."),
                           ("VernoscVélo", "Pourvu que ça dure après le premier mois.")]),
    "es": dict(nav=["Villabrera", "Pueblos del Arlazón", "Tribunales en Villabrera", "Colegios del Arlazón", "Deporte en Villabrera", "Salir por el Arlazón", "Edictos de Villabrera"],
               cookie="Nuestra web de Villabrera y las empresas con las que trabajamos guardan pequeños archivos en tu dispositivo para que las páginas carguen rápido, para saber qué noticias del Arlazón se leen y para medir la publicidad. Acéptalos todos o elige los que prefieras.",
               accept="Aceptar e ir a las noticias de Villabrera", reject="Elegir mi propia configuración", share="Pasa esta noticia de Villabrera",
               related="Para leer después en el Arlazón", newsletter="Villabrera con el café: las noticias de la comarca antes de las ocho, de lunes a viernes",
               subscribe="Recibir Villabrera con el café", email="nombre@villabrera-cafe.example",
               comment_note="Una persona revisa los comentarios de las noticias de Villabrera antes de publicarlos. Sé educado y céntrate en el tema.",
               closed="Los comentarios de esta noticia de Villabrera están cerrados.",
               footer=["Escribe a la redacción de Villabrera", "Fe de erratas de Villabrera", "Tus datos y la redacción de Villabrera", "Publicidad en el Arlazón", "Normas de comentarios de Villabrera"],
               rights="Cada texto e imagen de la redacción de Villabrera pertenece a su editor y no puede reutilizarse sin consentimiento por escrito.",
               commenters=[("Maruja_de_Fuentecilla", "Da gusto ver que por fin se mueve algo aquí."),
                           ("ArlazonCiclista", "Ojalá no se quede en el primer mes.")]),
    "ru": dict(nav=["Ольховск", "Сёла Ольховского района", "Суд в Ольховске", "Школы района", "Ольховский спорт", "Афиша Ольховска", "Официальные объявления Ольховска"],
               cookie="Наш ольховский сайт и компании, с которыми мы работаем, сохраняют небольшие файлы на вашем устройстве, чтобы страницы открывались быстро, чтобы мы видели, какие материалы о районе читают, и чтобы измерять рекламу. Согласитесь со всеми или выберите подходящие.",
               accept="Согласиться и читать новости Ольховска", reject="Выбрать свои настройки", share="Передать ольховский материал",
               related="Читать дальше об Ольховске", newsletter="«Ольховск за завтраком»: новости района до восьми утра по будням",
               subscribe="Получать «Ольховск за завтраком»", email="imya@olkhovsk-zavtrak.example",
               comment_note="Комментарии к ольховским материалам перед публикацией читает человек. Пожалуйста, пишите вежливо и про Ольховск.",
               closed="Комментарии к этому ольховскому материалу закрыты.",
               footer=["Написать в редакцию Ольховска", "Исправления ольховской редакции", "Ваши данные и ольховская редакция", "Реклама в Ольховске", "Правила комментариев в Ольховске"],
               rights="Каждый текст и снимок ольховской редакции принадлежит издателю и не может использоваться без письменного согласия.",
               commenters=[("Зареченская_Люба", "Приятно видеть, что у нас наконец что-то делается."),
                           ("Ольховчанин_Игорь", "Лишь бы не бросили после первого месяца.")]),
}
UI90 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"fr": "À LIRE AUSSI À VERNOSC :"},  # the regional layout's inline links
    (mp2, "BIO"): {"en": "{name} writes about {section} for {site} and lives in the Wendle valley. Story ideas: features@wendlenews.example"},
    (mp4, "READMORE"): {"es": "TAMBIÉN EN VILLABRERA:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"en": dict(also="Also in the Wendle valley")},
    (mp6, "TYPO3"): {"de": dict(ext="Externer Inhalt: Karte der Tafel-Ausgabestelle (OpenStreetMap)",
                                note="Hier ist eine Karte der neuen Ausgabestelle am Lindenplatz eingebunden. Sie lädt erst nach Ihrer Zustimmung, weil OpenStreetMap dann Ihre IP-Adresse erhält.",
                                button="Zustimmen und Karte der Ausgabestelle laden", by="Bericht von", search="Wallerstedt durchsuchen",
                                lang_menu="Wallerstedt in leichter Sprache")},
    (mp7, "SANITY"): {"en": dict(nl_title="The Oresby Sunday", nl_text="Every Sunday morning: the week in Oresby and the Wendle valley in one email.",
                                 nl_button="Send me The Oresby Sunday", nl_placeholder="Your email for The Oresby Sunday")},
    (mp8, "BLOX"): {"fr": dict(ad="Publicité · elle fait vivre l'information de l'Ormette")},
    (mp11, "HUGO"): {"tr": dict(nl_title="Karaçamlı Pazar Mektubu", nl_text="Her pazar sabahı, haftanın Karaçamlı haberleri tek bir e-postada.",
                                nl_label="Pazar mektubu için e-posta adresiniz", nl_button="Pazar mektubunu gönderin")},
    (mp12, "JOOMLA"): {"de": dict(latest="Neu aus dem Lintertal", popular="Diese Woche im Lintertal gefragt", field="Ortsteil:",
                                  posts="Lintertal-Nachrichten")},
    (mp12, "PLACES"): {"h90-de-003": "Wallerstedter Altstadt"},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Село Заречное: новости, объявления и фотографии жителей",
                                menu=["Главная Заречного", "Новости Заречного", "Сельсовет Заречного", "Клуб Заречного", "Фото Заречного", "Написать на сайт Заречного"],
                                cats=["Новости Заречного", "Субботники", "Сельсовет Заречного"],
                                friends=["Зареченская основная школа", "Сельский клуб Заречного", "Магазин «Берёзка»"],
                                footer="Село Заречное © 2026 · сайт ведут жители села",
                                poster="zarechnoe_admin", tags=["родник у мельницы", "зареченский субботник"],
                                commenters=[("Тамара_Ивановна", "Какие молодцы, зареченцы. Вода там всегда была самая вкусная."),
                                            ("Саня_Заречный", "На речку в июле тоже приду, записывайте.")],
                                style="br", heads="b")},
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


# --------------------------------------------------------------------------
# the new layout: a blog post on a site built with the Webnode site builder, as the site serves it to a reader who
# has not yet answered its cookie bar -- a village community news site (English) and a village association's site
# (Spanish), both on Webnode's free or Standard plan with a webnode.page address.  The head: charset, viewport,
# title, description, keywords, robots, canonical, the Open Graph metas, the generator meta, the favicon, the
# template's CSS from Webnode's CDN (wnd-*.css, the template's style id in the file name) and the inline style with
# the theme colour, the "wnd" settings script (page id, project id, language, the CDN and template ids), the
# Google Analytics snippet Webnode adds for its own statistics and the site's tracking id; body with the template's
# classes (l wt-blogpost ltr ...); #wnd_page with div.wnd-layout holding header.wnd-header (div.s.s-hn with the
# logo block b-l, the site name in s-hn-logo, the slogan, the burger button and nav#menu with ul.menu-list and its
# menu-item li's), main#wnd_content.wnd-content with section#wnd_BlogDetailSection_<id> (s s-basic, s-w / s-o /
# s-bg / s-c, ez-c) holding the blog article box (div.b.b-blog-post with h1.b-blog-title, div.b-blog-date and
# div.b-blog-text of the post, the image block b-img with its own #wnd_ImageBlock_<id> and figcaption, the
# post's text blocks, the editor's pasted text between them), the back link and the prev/next links of the blog
# navigation (b-blog-nav), then a section of the site's latest posts (s-blog-list, b-blog-list items with
# b-blog-list-title, b-blog-list-date, b-blog-list-text), a contact section with the address (b-text); the
# footer (footer#wnd_footer.wnd-footer, s s-f with the copyright line in s-f-l and the Webnode badge
# "Create your website for free" in s-f-r, a#wnd-badge with the Webnode logo); the cookie bar (div#cookiebar,
# cookiebar-content with the text, the "Accept all" and "Settings" buttons and the settings dialog with the
# necessary / statistics / marketing switches); the closing scripts (jQuery from the CDN, wnd.min.js, the
# cookiebar script).  Webnode's own strings (WEBNODE_CORE: the cookie bar, the badge, the blog navigation, the
# date format) are left as they ship and not checked; the sites' own strings (WEBNODE_SITES: slogan, menu,
# headings, contact line, copyright) are.
# --------------------------------------------------------------------------
WEBNODE_CORE = {
    "en": dict(locale="en", months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                    "October", "November", "December"], date="{m} {d}, {y}",
               back="Back", prev="Previous post", next="Next post", menu="Menu", close="Close", more="Read more",
               badge="Create your website for free!", badge_sub="This website was made with Webnode. Create your own for free today!",
               badge_btn="Get started",
               cookie_text="This website uses cookies to ensure the proper functioning of the website, and, with your consent, for statistics and marketing.",
               cookie_accept="Accept all", cookie_settings="Settings", cookie_reject="Reject all", cookie_save="Save settings",
               cookie_title="Cookie settings", c_necessary="Necessary", c_necessary_txt="Necessary cookies are required for the website to work properly.",
               c_stats="Statistics", c_stats_txt="Statistics cookies help us understand how visitors use the website.",
               c_marketing="Marketing", c_marketing_txt="Marketing cookies are used to show relevant ads."),
    "es": dict(locale="es", months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                                    "octubre", "noviembre", "diciembre"], date="{d} de {m} de {y}",
               back="Volver", prev="Artículo anterior", next="Artículo siguiente", menu="Menú", close="Cerrar", more="Leer más",
               badge="¡Crea tu página web gratis!", badge_sub="Esta página web fue creada con Webnode. Crea la tuya gratis hoy mismo.",
               badge_btn="Comenzar",
               cookie_text="Esta página web utiliza cookies para garantizar su correcto funcionamiento y, con tu consentimiento, con fines estadísticos y de marketing.",
               cookie_accept="Aceptar todo", cookie_settings="Configuración", cookie_reject="Rechazar todo", cookie_save="Guardar configuración",
               cookie_title="Configuración de cookies", c_necessary="Necesarias", c_necessary_txt="Las cookies necesarias son imprescindibles para el funcionamiento de la web.",
               c_stats="Estadísticas", c_stats_txt="Las cookies estadísticas nos ayudan a entender cómo se usa la web.",
               c_marketing="Marketing", c_marketing_txt="Las cookies de marketing se usan para mostrar anuncios relevantes."),
}
WEBNODE_SITES = {
    "Ashworth Green Community News": dict(
        host="ashworth-green-news.webnode.page", colour="#3f6b3a", template="Forest", handle="ashworthgreen",
        slogan="News from the village, the allotments and the parish hall",
        menu=["Ashworth Green home", "Ashworth Green news", "Ashworth Green allotments", "Parish hall bookings", "Ashworth Green contacts"],
        blog="Ashworth Green news", latest="Latest from Ashworth Green",
        contact_title="Write to the village newsletter team",
        contact="Ashworth Green Community News, c/o the Parish Hall, Mill Lane, Ashworth Green · news.ashworthgreen@example.org",
        copyright="© 2026 Ashworth Green Community News. Run by volunteers from the parish hall committee.",
        teasers=[("Parish hall gets a new kitchen", "The old cooker has gone after 34 years."),
                 ("Scarecrow trail returns in August", "Entry forms are in the post office window."),
                 ("Footpath to Harlow Wood cleared", "Thanks to the Tuesday volunteers.")]),
    "Noticias de Fuentecilla": dict(
        host="noticiasdefuentecilla.webnode.page", colour="#9a4a1c", template="Terra", handle="fuentecilla",
        slogan="La web de la Asociación Vecinal de Fuentecilla",
        menu=["Portada de Fuentecilla", "Noticias de Fuentecilla", "Los huertos del río", "Fiestas de Fuentecilla", "Contacto con la asociación"],
        blog="Noticias de Fuentecilla", latest="Lo último en Fuentecilla",
        contact_title="Escríbenos a la asociación de Fuentecilla",
        contact="Asociación Vecinal de Fuentecilla, antiguas escuelas, calle del Pozo 3 · asociacion.fuentecilla@example.org",
        copyright="© 2026 Asociación Vecinal de Fuentecilla. Hecha por vecinos, para vecinos.",
        teasers=[("Arreglamos el lavadero", "Quedó como nuevo tras tres sábados de trabajo."),
                 ("Marcha al pico de la Atalaya", "Salida el domingo a las nueve desde la plaza."),
                 ("Cuota de socios de este año", "Se puede pagar en el teleclub hasta el día 30.")]),
}
WEBNODE_EXEMPT = {"host", "colour", "template", "handle"}


def wn_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return WEBNODE_CORE[lang]["date"].format(d=d, m=WEBNODE_CORE[lang]["months"][m - 1], y=y)


def wn_block(kind, val, rng):
    """One block of the post as Webnode's editor saves it in the blog article's text."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote><p>%s</p></blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_webnode(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = WEBNODE_CORE[lang], WEBNODE_SITES[site]
    base = "https://" + s["host"]
    url = "%s/l/%s/" % (base, wp_slug(art["title"]))
    cdn = "https://d1di2lzuh97fh2.cloudfront.net/files"
    pid = rng.randint(100000000, 999999999)
    proj = rng.randint(1000000, 9999999)
    tmpl_id = rng.randint(3000, 9000)
    sec_id = "%08x" % rng.getrandbits(32)
    img_id = "%08x" % rng.getrandbits(32)
    img = "%s/_files/200000%03d-%x/%s.jpg" % (base, rng.randint(100, 999), rng.getrandbits(24), wp_slug(art["caption"], 30))
    blocks, n = art["blocks"], len(art["blocks"])
    pub = wn_date(lang, art["date"])
    parts = []
    for i in range(n + 1):
        for snip in placed.get(i, []):
            parts.append(snip)
        if i < n:
            parts.append(wn_block(*blocks[i], rng))
    text = "\n".join(parts)
    menu = "\n".join('<li class="menu-item%s"><a class="menu-link" href="%s/%s/"><span class="menu-item-text">%s</span></a></li>'
                     % (" wnd-active-path" if x == s["blog"] else "", base, wp_slug(x), E(x)) for x in s["menu"])
    latest = "\n".join(('<div class="b-blog-list-item">\n<h3 class="b-blog-list-title"><a href="%s/l/%s/">%s</a></h3>\n'
                        '<div class="b-blog-list-date"><span>%s</span></div>\n<div class="b-blog-list-text b-text"><p>%s</p></div>\n'
                        '<a class="b-blog-list-more" href="%s/l/%s/">%s</a>\n</div>')
                       % (base, wp_slug(t), E(t), E(wn_date(lang, days_before(art["date"], 7 * (k + 1)))), E(x),
                          base, wp_slug(t), E(c["more"])) for k, (t, x) in enumerate(s["teasers"]))
    prev_t, next_t = s["teasers"][0][0], s["teasers"][1][0]
    wnd_json = json.dumps({"pageId": pid, "projectId": proj, "lang": c["locale"], "template": {"id": tmpl_id, "name": s["template"]},
                           "cdn": cdn, "isFree": True, "cookieBar": {"enabled": True, "mode": "opt-in"}},
                          separators=(",", ":"))
    ga = "G-%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    title = "%s :: %s" % (art["title"], site)
    return f'''<!DOCTYPE html>
<html class="no-js" prefix="og: https://ogp.me/ns#" lang="{c["locale"]}" data-lang="{c["locale"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<meta name="description" content="{A(art["sub"])}">
<meta name="keywords" content="{A(s["blog"])}">
<meta name="robots" content="index,follow">
<meta name="generator" content="Webnode 2">
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{A(title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:site_name" content="{A(site)}">
<meta property="og:image" content="{img}">
<meta property="og:locale" content="{c["locale"]}">
<meta name="twitter:card" content="summary_large_image">
<link rel="icon" type="image/svg+xml" href="{cdn}/wnd/favicon.svg">
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Karla:wght@400;700&amp;family=Lora:wght@400;700&amp;display=swap">
<link rel="stylesheet" href="{cdn}/3x/wnd-{tmpl_id}.css?ph={rng.getrandbits(32):08x}">
<link rel="stylesheet" href="{cdn}/3x/wnd-blog.css?ph={rng.getrandbits(32):08x}">
<style>:root{{--wnd-accent:{s["colour"]};--wnd-accent-contrast:#fff}}.s-hn .menu-item.wnd-active-path .menu-link{{color:var(--wnd-accent)}}.b-blog-date{{color:#6b6b6b}}</style>
<script>window.wnd = window.wnd || {{}}; wnd.$system = {wnd_json};</script>
<script>(function(d){{d.documentElement.className=d.documentElement.className.replace('no-js','js');}})(document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id={ga}" type="text/plain" data-cookiecategory="statistics"></script>
<script type="text/plain" data-cookiecategory="statistics">window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{ga}',{{anonymize_ip:true}});</script>
</head>
<body class="l wt-blogpost ltr t-t-fs-m t-t-fw-m t-t-sp-n t-t-d-n t-s-fs-s t-s-fw-m t-p-fs-s t-p-fw-m t-b-s-1 fo-{s["template"].lower()}">
<div id="wnd_page" class="l-w">
<div class="wnd-layout l-bg">
<header class="wnd-header l-h">
<div id="wnd_HeaderSection_{sec_id[:6]}" class="s s-hn s-hn-default wnd-mt-classic wnd-na-c logo-classic sc-w wnd-w-default wnd-nh-m hm-hidden wnd-nav-sticky menu-default-underline">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l"></div></div>
<div class="h-w h-f wnd-fixed">
<div class="n-l">
<div class="s-c menu-nav">
<div class="logo-block">
<div class="b b-l logo logo-default logo-nb wnd-logo-with-text wnd-iar-1-1 logo-25 b-ls-l">
<div class="b-l-c logo-content">
<a class="b-l-link logo-link" href="{base}/">
<div class="b-l-br logo-br"></div>
<div class="b-l-text logo-text-wrapper"><div class="b-l-text-w logo-text"><span class="b-l-text-c logo-text-c">{E(site)}</span></div></div>
</a>
</div>
</div>
<div class="s-hn-slogan"><p>{E(s["slogan"])}</p></div>
</div>
<div id="menu-slider">
<div id="menu-block">
<nav id="menu"><div class="menu-font menu-wrapper">
<a href="#" class="menu-close" rel="nofollow" title="{A(c["close"])}"></a>
<ul role="menubar" aria-label="{A(c["menu"])}" class="level-1">
{menu}
</ul>
</div></nav>
</div>
</div>
<div class="cart-and-mobile">
<div id="menu-mobile"><a href="#" id="menu-submit" class="hamburger" aria-label="{A(c["menu"])}" rel="nofollow"><span></span></a></div>
</div>
</div>
</div>
</div>
</div></div>
</div>
</header>
<main id="wnd_content" class="wnd-content l-m" role="main">
<section id="wnd_BlogDetailSection_{sec_id}" class="s s-basic s-blog-detail sc-w wnd-background-none">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l"></div></div>
<div class="s-c s-c-s">
<div class="ez-c">
<div class="b b-s b-s-t60 b-s-b60 b-cs cf"></div>
<article class="b b-blog-post cf">
<h1 class="b-blog-title wnd-title"><span>{E(art["title"])}</span></h1>
<div class="b-blog-date wnd-date"><time datetime="{art["date"]}">{E(pub)}</time></div>
<div id="wnd_ImageBlock_{img_id}" class="b-img b-img-default b b-s cf wnd-orientation-landscape wnd-type-image" style="margin-left:0;margin-right:0;">
<div class="b-img-w"><div class="b-img-c" style="padding-bottom:66.67%;text-align:center;">
<picture><source type="image/webp" srcset="{img.replace(".jpg", ".webp")}?ph={rng.getrandbits(32):08x} 1000w" sizes="(min-width: 1000px) 1000px, 100vw">
<img id="wnd_ImageBlock_{img_id}_img" src="{img}?ph={rng.getrandbits(32):08x}" alt="" width="1000" height="667" loading="lazy" style="top:0%;left:0%;width:100%;height:100%;position:absolute;"></picture>
</div>
<div class="b-img-t"><p>{E(art["caption"])} {E(art["credit"])}</p></div>
</div>
</div>
<div class="b-blog-text b-text b-text-p wnd-blog-text">
{text}
</div>
</article>
<div class="b b-blog-nav cf">
<a class="b-blog-nav-back" href="{base}/{wp_slug(s["blog"])}/">&#8592; {E(c["back"])}</a>
<div class="b-blog-nav-pn">
<a class="b-blog-nav-prev" href="{base}/l/{wp_slug(prev_t)}/"><span class="b-blog-nav-lbl">{E(c["prev"])}</span><span class="b-blog-nav-t">{E(prev_t)}</span></a>
<a class="b-blog-nav-next" href="{base}/l/{wp_slug(next_t)}/"><span class="b-blog-nav-lbl">{E(c["next"])}</span><span class="b-blog-nav-t">{E(next_t)}</span></a>
</div>
</div>
</div>
</div>
</div></div>
</section>
<section id="wnd_BlogListSection_{rng.getrandbits(32):08x}" class="s s-basic s-blog-list sc-m wnd-background-solid">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l" style="background-color:#f4f1ea"></div></div>
<div class="s-c s-c-s">
<div class="ez-c">
<div class="b b-text cf"><h2 class="wnd-align-center">{E(s["latest"])}</h2></div>
<div class="b b-blog-list b-blog-list-grid cf">
{latest}
</div>
</div>
</div>
</div></div>
</section>
<section id="wnd_TextSection_{rng.getrandbits(32):08x}" class="s s-basic sc-w wnd-background-none">
<div class="s-w"><div class="s-o"><div class="s-c s-c-s"><div class="ez-c">
<div id="wnd_TextBlock_{rng.getrandbits(32):08x}" class="b b-text cf"><h3>{E(s["contact_title"])}</h3><p>{E(s["contact"])}</p></div>
</div></div></div></div>
</section>
</main>
<footer id="wnd_footer" class="wnd-footer l-f">
<div id="wnd_FooterSection_{rng.getrandbits(32):08x}" class="s s-f s-f-basic s-f-simple sc-d">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l"></div></div>
<div class="s-c s-f-l-w">
<div class="s-f-l"><div class="b-s-t b-text"><p>{E(s["copyright"])}</p></div></div>
<div class="s-f-r">
<div class="s-f-sf">
<a id="wnd-badge" class="sf-nw" href="https://www.webnode.com/?utm_source=text&amp;utm_medium=footer&amp;utm_content=wnd2&amp;utm_campaign=signature" rel="nofollow" target="_blank">
<span class="sf-nw-text">{E(c["badge"])}</span>
<span class="sf-nw-sub">{E(c["badge_sub"])}</span>
<span class="sf-nw-logo"><svg width="84" height="18" viewBox="0 0 84 18" aria-hidden="true"><path d="M0 0h84v18H0z" fill="none"/></svg></span>
<span class="sf-nw-btn">{E(c["badge_btn"])}</span>
</a>
</div>
</div>
</div>
</div></div>
</div>
</footer>
</div>
</div>
<div id="cookiebar" class="cookiebar cookiebar--bottom cookiebar--visible" role="dialog" aria-live="polite" data-wnd-cookiebar="opt-in">
<div class="cookiebar-content">
<p class="cookiebar-text">{E(c["cookie_text"])}</p>
<div class="cookiebar-buttons">
<button type="button" class="cookiebar-btn cookiebar-btn--settings" data-action="settings">{E(c["cookie_settings"])}</button>
<button type="button" class="cookiebar-btn cookiebar-btn--reject" data-action="reject">{E(c["cookie_reject"])}</button>
<button type="button" class="cookiebar-btn cookiebar-btn--accept" data-action="accept">{E(c["cookie_accept"])}</button>
</div>
</div>
<div class="cookiebar-settings" hidden>
<p class="cookiebar-settings-title">{E(c["cookie_title"])}</p>
<label class="cookiebar-switch"><input type="checkbox" checked disabled> <strong>{E(c["c_necessary"])}</strong> <span>{E(c["c_necessary_txt"])}</span></label>
<label class="cookiebar-switch"><input type="checkbox" name="statistics"> <strong>{E(c["c_stats"])}</strong> <span>{E(c["c_stats_txt"])}</span></label>
<label class="cookiebar-switch"><input type="checkbox" name="marketing"> <strong>{E(c["c_marketing"])}</strong> <span>{E(c["c_marketing_txt"])}</span></label>
<button type="button" class="cookiebar-btn cookiebar-btn--save" data-action="save">{E(c["cookie_save"])}</button>
</div>
</div>
<script src="{cdn}/3x/jquery-3.7.1.min.js"></script>
<script src="{cdn}/3x/wnd.min.js?ph={rng.getrandbits(32):08x}"></script>
<script src="{cdn}/3x/wnd-cookiebar.min.js?ph={rng.getrandbits(32):08x}"></script>
<script>wnd.init && wnd.init({{page: {pid}, project: {proj}}});</script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Webnode's editor sets inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"webnode": []}  # (the image block's caption sits in its own block above the text)
for _mod, _names in ((mp2, ["regional", "magazine"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp8, ["blox"]), (mp11, ["hugo"]),
                     (mp12, ["joomla4"]), (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "compostbins", "speedcameras", "streetsweeping"]
NEW_FAMILIES = ["compostbins", "speedcameras", "streetsweeping"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"compostbins": ["compostbins", "compost bin", "compost-bin", "water butt", "water-butt", "compost offer"],
                    "speedcameras": ["speedcameras", "speed camera", "speed-camera", "camera van", "mobile camera", "camera partnership"],
                    "streetsweeping": ["streetsweeping", "street sweeping", "street-sweeping", "street cleaning", "street-cleaning",
                                       "sweeping schedule", "sweeper"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a village's website would not carry (no newsroom to credit a photograph to, to update a story or to have
# reporters)
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
    "cookie": ['<div class="prefs-blank-wx9"><p class="prefs-blank-wx9__t">%s</p><button class="prefs-blank-wx9__b" type="button">OK</button></div>',
               '<p class="weather-consent-wx9">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="thursday-letter-wx9"><p class="thursday-letter-wx9__t">%s</p><a class="thursday-letter-wx9__a" href="/newsletter">&#9993;</a></div>',
                   '<p class="free-left-wx9">%s</p>', '<h5 class="weekly-lands-wx9">%s</h5>'],
    "share": ['<ul class="tell-town-wx9">{items}</ul>', '<div class="tell-town-row-wx9">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="pic-desk-wx9">%s</p>', '<span class="pic-desk-tag-wx9">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="licence-needed-wx9">%s</p>', '<div class="rights-held-wx9"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="filed-under-wx9">%s</p>', '<h6 class="rubric-line-wx9">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="ornament-wx9">%s</p>', '<div class="breather-wx9">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="extra-words-wx9">%s</p>', '<div class="team-added-wx9">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-echo-wx9"><b>%s</b></p>', '<h2 class="headline-again-wx9">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-promo-wx9">%s</div>', '<p class="promo-resumes-wx9">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="open-whole-wx9"><a href="#full">%s</a></p>', '<div class="tap-open-wx9">%s</div>', '<div><a href="#full"><b>%s</b></a></div>'],
    "comments": ['<p class="add-yours-wx9"><a href="#comments">%s</a></p>', '<div class="comment-tally-wx9">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="read-span-wx9">%s</p>', '<span class="read-span-chip-wx9">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-line-wx9"><time>%s</time></p>', '<div class="revised-box-wx9">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="read-aloud-wx9"><button class="read-aloud-wx9__play" type="button" aria-label="Play"></button><span class="read-aloud-wx9__l">%s</span></div>',
              '<p class="hear-it-wx9"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="corrected-note-wx9"><p>%s</p></aside>', '<p class="corrected-line-wx9"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="app-faster-wx9"><p class="app-faster-wx9__t">%s</p><a class="app-faster-wx9__a" href="/app">&#8681;</a></div>',
            '<p class="app-nudge-wx9">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="writer-note-wx9"><p class="writer-note-wx9__t">%s</p></div>', '<p class="covers-beat-wx9"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="know-something-wx9"><p>%s</p></div>', '<p class="desk-line-wx9">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="found-mistake-wx9"><p>%s</p></div>', '<p class="highlight-fix-wx9">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="device-alerts-wx9"><p class="device-alerts-wx9__q">%s</p></div>', '<ul class="alerts-choice-wx9">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="article-tools-wx9">{items}</ul>', '<p class="tools-line-wx9">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="worth-time-wx9"><p class="worth-time-wx9__q">%s</p></div>', '<ul class="worth-time-opts-wx9">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="code-note-wx9"><p>%s</p></div>', '<p class="concerns-go-wx9"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="more-on-wx9"><span class="more-on-wx9__t">%s</span></div>', '<ul class="more-on-list-wx9">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="keep-it-wx9"><a class="keep-it-wx9__a" href="#keep">%s</a></div>', '<p class="keep-line-wx9"><a href="#keep">%s</a></p>',
                 '<div><a href="#keep">%s</a></div>'],
    "poll": ['<div class="have-say-wx9"><p class="have-say-wx9__q">%s</p><button class="have-say-wx9__b" type="button">&#10003;</button></div>',
             '<ul class="have-say-opts-wx9">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-wx9"><a class="video-facade-wx9__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({offerlist}: the compost bins and water butts with sizes and prices and
    # how to order, as a list; {offerrows}: the offer as a table; {orderdl}: delivery and ordering as a definition
    # list; {sitelist}: this week's mobile camera sites with their days and times and the partnership's notes, as a
    # list; {siterows}: the sites as a table; {notesdl}: the notes as a definition list; {sweeplist}: the streets
    # with their days and times and what to do, as a list; {sweeprows}: the streets as a table; {rulesdl}: what to
    # do as a definition list)
    "compostbins": ['<div class="bin-offer-panel"><h4 class="bin-offer-panel__hd">%s</h4><ul class="bin-offer-panel__list">{offerlist}</ul></div>',
                    '<div class="bin-price-grid"><p class="bin-price-grid__hd"><strong>%s</strong></p><table class="bin-price-grid__tbl">{offerrows}</table></div>',
                    '<p class="bin-order-btn"><a class="bin-order-btn__a" role="button" href="/recycling/home-composting/order">%s</a></p>',
                    '<div class="compost-deal-card"><h5 class="compost-deal-card__hd">%s</h5><dl class="compost-deal-card__dl">{orderdl}</dl></div>'],
    "speedcameras": ['<aside class="cam-week-box"><h4 class="cam-week-box__hd">%s</h4><ul class="cam-week-box__list">{sitelist}</ul></aside>',
                     '<div class="cam-sites-grid"><p class="cam-sites-grid__hd"><b>%s</b></p><table class="cam-sites-grid__tbl">{siterows}</table></div>',
                     '<p class="cam-all-sites"><a href="/road-safety/mobile-cameras">%s</a></p>',
                     '<div class="cam-notes-card"><h5 class="cam-notes-card__hd">%s</h5><dl class="cam-notes-card__dl">{notesdl}</dl></div>'],
    "streetsweeping": ['<div class="sweep-plan-panel"><h4 class="sweep-plan-panel__hd">%s</h4><ul class="sweep-plan-panel__list">{sweeplist}</ul></div>',
                       '<div class="sweep-days-grid"><p class="sweep-days-grid__hd"><strong>%s</strong></p><table class="sweep-days-grid__tbl">{sweeprows}</table></div>',
                       '<p class="sweep-day-link"><a href="/streets/cleaning-days">%s</a></p>',
                       '<div class="sweep-how-card"><h5 class="sweep-how-card__hd">%s</h5><dl class="sweep-how-card__dl">{rulesdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletter"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<b>%s</b> / ']),
          "compostbins": (0.7, [' <a class="btn" href="/recycling/home-composting/order"><b>%s</b></a>']),
          "speedcameras": (0.7, [' <a href="/road-safety/mobile-cameras"><strong>%s</strong></a>']),
          "streetsweeping": (0.7, ['<br><a href="/streets/cleaning-days"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "compostbins": 2, "speedcameras": 2, "streetsweeping": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-wx9"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="600"><br><small>{cap} — {cr}</small></p>']
RELATED_STYLES = ['<div class="elsewhere-today-wx9"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="valley-more-wx9"><p class="valley-more-wx9__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (BUSK_HEAD, FILM_HEAD, CHIP_HEAD, above), as the web teams left them (not checked)


# the tables' heads (COMPOST_HEAD, SPEED_HEAD, SWEEP_HEAD, above), as the web teams left them (not checked)


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
    if "{offer" in style or "{orderdl}" in style:
        out = (out.replace("{offerlist}", "".join('<li><strong>%s</strong>, %s: %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in COMPOST_OFFER[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in COMPOST_HOW[lang]))
               .replace("{offerrows}", table(COMPOST_HEAD[lang], COMPOST_OFFER[lang])).replace("{orderdl}", dl(COMPOST_HOW[lang])))
    if "{site" in style or "{notesdl}" in style:
        out = (out.replace("{sitelist}", "".join('<li><strong>%s</strong> — %s, %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in SPEED_SITES[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in SPEED_NOTES[lang]))
               .replace("{siterows}", table(SPEED_HEAD[lang], SPEED_SITES[lang])).replace("{notesdl}", dl(SPEED_NOTES[lang])))
    if "{sweep" in style or "{rulesdl}" in style:
        out = (out.replace("{sweeplist}", "".join('<li><strong>%s</strong>: %s, %s</li>' % (esc(a), esc(b), esc(c)) for a, b, c in SWEEP_DAYS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in SWEEP_RULES[lang]))
               .replace("{sweeprows}", table(SWEEP_HEAD[lang], SWEEP_DAYS[lang])).replace("{rulesdl}", dl(SWEEP_RULES[lang])))
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
               "scores": rng.choice([0, mid, n]), "compostbins": rng.choice([mid, n, n]),
               "speedcameras": rng.choice([0, mid, n]), "streetsweeping": rng.choice([mid, n])}.get(fam, mid)
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
DROPCAP = {"gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-grey"),  # a CKEditor style the paper's theme offers
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>")}
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🛒</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"webnode": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "webnode": ("<em>", "</em>")}
# a highlight (the rich editor's <mark> on quintype)
HIGHLIGHT = {"quintype": ('<mark>', "</mark>")}


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
# templates: webnode is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"webnode": tpl_webnode, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion,
                 "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h88), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "webnode"


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
            rng = random.Random("newsflow-heldout90-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI90[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 89) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h88), labels, furniture strings,
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
    # layouts: webnode (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h87 or h88 gave it
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
    # the webnode pages: a site of WEBNODE_SITES in a language of WEBNODE_CORE; of the looks only those Webnode's
    # text editor sets (bold, italic, a line break); no story
    # tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in WEBNODE_SITES or a["lang"] not in WEBNODE_CORE
                                       or any(st not in ("bold", "italic", "br") for st, _ in a.get("look", []))):
            problems.append("%s: webnode page needs a Webnode site and the text editor's looks only" % a["id"])
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
        fam = {"compost": "compostbins", "speed": "speedcameras", "sweeping": "streetsweeping"}[name.split()[0]]
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
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    wn_sites = [{k: v for k, v in d.items() if k not in WEBNODE_EXEMPT} for d in WEBNODE_SITES.values()]
    # (WEBNODE_CORE, COMPOST_HEAD, SPEED_HEAD and SWEEP_HEAD, the platforms' strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("WEBNODE_SITES", wn_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "WEBNODE_SITES" and s.startswith("/")):
                continue  # (the sites' link targets are paths, not wordings)
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






