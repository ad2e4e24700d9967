#!/usr/bin/env python3
"""Ninety-second held-out part (h92-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout92.py           # write pages/h92-*.html
    python benchmarks/data/extraction/make_heldout92.py --check   # verify pages/h92-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout92.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout91.py and its stories, written at the same time by another writer, were not).  Built on the structure
of make_heldout90.py: build() -> (pages, truth, meta) and verify(pages, truth) -> problems, with the same signatures,
so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h92_en.py / articles_h92_intl.py (fictional local and regional outlets and a town council,
every name and number invented).  The residue wordings -- thirty of the generic families of the earlier parts (one
wording each in every language, two for the newsletter, whose first is the pitch run into a paragraph, and for the
embed) plus three new ones -- their wrapper class names, related headlines, site names, the sites' own strings in the
earlier layouts and the first-round furniture strings are new here: verify() refuses to build if one reuses a
sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines or site names
of make_heldout2..90, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (h89 and h90
included) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  The earlier
families placed only for a reason in a story (calendar, map, gallery, scores) are not used: no story of this part
needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table,
a link or button -- which "run_in" makes the editor type at the end of the last paragraph, and verify() allows only
on the third carrier --, a definition-list card): night-bus timetable panels (nightbuses: the routes with where they
run, how often and the last departure, and the night fare, the stop-on-request rule after dark and the nights of
service) on an English hospital's night-shift staff winning a bus home (the list), Turkish factory shift workers'
new night lines (the table), a French university town's weekend night buses after an assault on a student (the "all
the timetables" link, run into the last paragraph) and a Russian town's first night routes for hospital and railway
staff (the card); clean-air-zone charge panels (cleanairzone: the vehicles that pay with the standard and the daily
charge, and the zone's boundary, the exempt vehicles and how to pay) on English taxi drivers facing the charge (the
list), English parents' diffusion tubes at a school gate outside the zone (the table), French craftsmen's vans given
a year's grace (the "check your vehicle" button, run into the last paragraph) and a Spanish town's daily charge on
vans without an environmental label (the card); harbour dues and mooring fee tables (harbourdues: the boat lengths
with the nightly and yearly rates, and the visitor moorings, the harbour office and what the dues include) on an
English town council's rise in dues for quay repairs (the new layout: the list), a Turkish fishing shelter's new
berthing fees (the table), a German Baltic marina's dearer visitor berths (the new layout: the "book and pay online"
button, left as a block of its own) and a Galician-style fishing port cutting the small boats' fees (the card).
Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads (NIGHT_HEAD, CAZ_HEAD,
HARBOUR_HEAD) are the web teams' generic strings and not checked; the rows (NIGHT_ROUTES, NIGHT_INFO, CAZ_CHARGES,
CAZ_INFO, HARBOUR_RATES, HARBOUR_INFO) are, cell by cell.  (make_heldout45.py's and make_heldout51.py's summaries
mention a night bus among their stories, so NEW_FAMILY_WORDS does not list the bare "night bus".)
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": a village's website on uCoz -- a small site, with no newsroom to credit a photograph to, update a
story or send reporters -- and the town council's news page on Sitevision -- no newspaper furniture, no newsroom's
update line, reading time, audio, comments, "read on" link or related reporting); a correction box goes only on a
story that was corrected, with that story's own wording (an English village shop's treasurer's name, which the
page carries, and the Spanish band's number of players, the page's only residue).  Residue markup varies as on real
pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted by editors,
headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a line run into the
end of a story paragraph (credit, tip, newsletter pitch, share line, the night-bus link, the vehicle-check button;
only one line in any paragraph) or a bold section tag run into the start of the first paragraph (drawn at random,
of the section family's first wording only).  On the new layout, a block the editor pasted (a classed box, panel,
card or widget) sits in an HTML portlet of its own between the text portlets, and a pasted line among the
paragraphs of a text portlet.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a
class on the paragraph, on gutenberg, wordpress, magazine and sanity), italics (a one-line quote on the English
Sitevision page and on semantic), bold (a one-line paragraph on the German Sitevision page and on ucoz), a
highlighted sentence (a <mark> on quintype), a paragraph in a box (a Gutenberg group, a CKEditor style on drupal, the
magazine's panel, a decorated layout on the German Sitevision page), a fact box holding a subheading and its list
(a decorated layout on the English Sitevision page: the quay works in brief; a Fusion custom embed: the night routes
in figures), a Ghost callout card (how a social grocery's appointments work), a paragraph typed after a <br>
(Shift+Enter, on the German Sitevision page, on joomla4 and on hugo); story structures that look like furniture but
are the story: question-and-answer interviews (questions typed in bold, some of a few words -- "Any disasters?",
"Anything you won't miss?" --, in English, Turkish, German and Russian: a cinema projectionist after forty years, a
tailor after 52, a village blacksmith, a school bus driver), lists inside the story (the taxi drivers' grants, a
library's borrowing rules as a numbered list, seven names for a war memorial, how the juice is shared, who fills a
social grocery's shelves, a port's new tariff in three points, the quay works, the night routes in figures),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("It cost £640 in
parts.", "Die Entscheidung fiel mit elf zu vier Stimmen."), a closing line with practical information (a drop-in
session for berth holders, grant applications, a film in a projectionist's honour, a shop's reopening, a library's
hours, a Remembrance service, a clock-winding rota, a fishing shelter's office, a tailor's farewell tea, an open
forge day, an apple-picking meet, a grocery's hours, a deadline for exemptions, an exhibition's hours, a port
office's hours, a farewell assembly, a tree planting, a timetable in an app), and story sentences that use furniture
words in ordinary reporting ("Share and share alike" opening a story, "shared more than 3,000 times on social
media", "can contact the school office" closing a story, "s'abonner à la lettre d'information de l'association"
closing another, "в мобильном приложении" closing a third), some at the start or end of a story.  Two pages carry no
residue at all (a German blacksmith's interview on semantic and a Russian avenue of limes on amp) and one only its
correction line (a Spanish band's centenary on storybody).
One page layout is new (sitevision: a news article on a site built with Sitevision, on two pages, an English town
council's harbour news and a German local paper on the Baltic coast; see the section of the layout below).
Sitevision's strings (SV_CORE) are left as they ship and not checked; the sites' own strings (SV_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- portal, amp, table,
legacy-br, semantic, storybody, cms, wordpress, ghost (make_pages.py), regional, magazine (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), blox (make_heldout8.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py) and ucoz
(make_heldout19.py) --, none of them in the language h89 or h90 gave it (9 English pages, 3 in each other language:
English on portal, table, regional, gutenberg, typo3, blox, joomla4 and ucoz; Turkish on legacy-br, wordpress and
chunks; German on semantic and magazine; French on cms, ghost and drupal; Spanish on quintype, storybody and hugo;
Russian on sanity, amp and fusion); while a page is rendered, the earlier modules' related headlines, the strings
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
import make_heldout89 as mp89  # noqa: E402
import make_heldout90 as mp90  # noqa: E402
from make_pages import E, A, UI  # noqa: E402
from articles_h92_en import ARTICLES as H92_EN  # noqa: E402
from articles_h92_intl import ARTICLES as H92_INTL  # noqa: E402





ARTICLES = H92_EN + H92_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90)
# parts whose layouts' languages this part avoids (the two latest finished parts; h91 is written at the same time
# and was not read)
LANG_PARTS = (mp89, mp90)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h92"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Aldwater Advertiser", "Aldbridge Evening News", "The Westerby Mercury", "The Aldwater Dispatch",
           "Corringham and Westerby Echo", "Aldbridge Weekly Chronicle", "The Staithe Packet"],
    "tr": ["Gümüşkıyı Ekspres", "Çınarlı Haber Merkezi", "Gümüşkıyı Sesi"],
    "de": ["Ostermoorer Tageblatt", "Brunnwalder Nachrichten"],
    "fr": ["Le Réveil de Sornac", "Sorne Actu", "L'Écho des Aubiers"],
    "es": ["Crónica de Valdeoria", "Tormal Digital", "El Faro de Arcela"],
    "ru": ["Верхнеозёрская неделя", "Озёрский край", "Кедровский курьер"],
}
# sites fixed per page (the two Sitevision sites, a village's website on uCoz) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h90 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Aldwater tide chart loads only after you accept functional cookies"],
        "tr": ["Gümüşkıyı haritası, işlevsel çerezlere onay verdiğinizde görünür"],
        "de": ["Die Ostermoor-Karte erscheint erst, wenn Sie funktionale Cookies erlauben"],
        "fr": ["La carte de Sornac ne s'affiche qu'après votre accord aux cookies fonctionnels"],
        "es": ["El mapa de Valdeoria solo aparece si aceptas las cookies funcionales"],
        "ru": ["Карта Верхнеозёрска появится после согласия на функциональные cookie"],
    },
    "newsletter": {
        "en": ["The Aldwater Evening Post arrives at five on weekdays: sign up free for the day's Aldbridge news",
               "You have read 4 of your 6 free Aldwater stories this month"],
        "tr": ["Gümüşkıyı Akşam Postası hafta içi saat beşte gelir: günün haberleri için ücretsiz kaydolun",
               "Bu ay 6 ücretsiz Gümüşkıyı haberinden 4'ünü okudunuz"],
        "de": ["Der Ostermoorer Feierabendbrief kommt werktags um fünf: kostenlos anmelden und die Nachrichten des Tages lesen",
               "Sie haben in diesem Monat 4 von 6 freien Ostermoor-Artikeln gelesen"],
        "fr": ["La Lettre du soir de Sornac arrive à 17 h en semaine : inscrivez-vous gratuitement pour l'actualité du jour",
               "Vous avez lu 4 des 6 articles gratuits de Sornac ce mois-ci"],
        "es": ["La Carta de la Tarde de Valdeoria llega a las cinco entre semana: apúntate gratis y recibe las noticias del día",
               "Has leído 4 de tus 6 noticias gratuitas de Valdeoria este mes"],
        "ru": ["«Вечерний Верхнеозёрск» приходит по будням в пять: подпишитесь бесплатно на новости дня",
               "В этом месяце вы прочитали 4 из 6 бесплатных материалов о Верхнеозёрске"],
    },
    "share": {
        "en": ["Pass it round Aldbridge: Facebook · WhatsApp · X · Email"],
        "tr": ["Gümüşkıyı'da paylaşın: Facebook · WhatsApp · X · E-posta"],
        "de": ["In Ostermoor weitersagen: Facebook · WhatsApp · X · E-Mail"],
        "fr": ["Faites circuler à Sornac : Facebook · WhatsApp · X · Courriel"],
        "es": ["Que se entere Valdeoria: Facebook · WhatsApp · X · Correo"],
        "ru": ["Расскажите Верхнеозёрску: ВКонтакте · Telegram · WhatsApp · Почта"],
    },
    "photo": {
        "en": ["Picture sent in to the Aldwater newsdesk by a reader"],
        "tr": ["Okurumuzun Gümüşkıyı haber merkezine ilettiği fotoğraf"],
        "de": ["Leserfoto, eingesandt an die Ostermoorer Lokalredaktion"],
        "fr": ["Photo envoyée par un lecteur à la rédaction de Sornac"],
        "es": ["Foto enviada por un lector a la redacción de Valdeoria"],
        "ru": ["Фото прислал читатель в редакцию Верхнеозёрска"],
    },
    "copyright": {
        "en": ["This Aldbridge report is the property of {site}; please ask before reproducing more than a short extract."],
        "tr": ["Bu Gümüşkıyı haberi {site} kuruluşuna aittir; kısa alıntı dışındaki kullanımlar için izin isteyin."],
        "de": ["Dieser Ostermoorer Bericht ist Eigentum von {site}; wer mehr als einen kurzen Auszug übernimmt, fragt bitte vorher."],
        "fr": ["Cet article de Sornac est la propriété de {site} ; demandez l'autorisation avant toute reprise au-delà d'un court extrait."],
        "es": ["Esta información de Valdeoria es propiedad de {site}; pide permiso antes de reproducir algo más que un breve extracto."],
        "ru": ["Этот материал о Верхнеозёрске принадлежит «{site}»; перепечатка больше короткой цитаты — только с разрешения."],
    },
    "section": {
        "en": ["{section} · Aldwater edition"],
        "tr": ["{section} · Gümüşkıyı baskısı"],
        "de": ["{section} · Ausgabe Ostermoor"],
        "fr": ["{section} · édition de Sornac"],
        "es": ["{section} · edición de Valdeoria"],
        "ru": ["{section} · выпуск Верхнеозёрска"],
    },
    "related": {
        "en": ["More from around Aldbridge"],
        "tr": ["Gümüşkıyı'dan başka haberler"],
        "de": ["Mehr aus Ostermoor und Umgebung"],
        "fr": ["D'autres nouvelles de Sornac et des environs"],
        "es": ["Más noticias de Valdeoria y alrededores"],
        "ru": ["Другие новости Верхнеозёрска и округи"],
    },
    "symbol": {"*": ["〜 ⚓ 〜", "— ⚓ —", "·  ✧  ·"]},
    "credit": {
        "en": ["With reporting from the {site} desk in Pelham Staithe"],
        "tr": ["{site} Gümüşkıyı bürosunun katkılarıyla"],
        "de": ["Mit Material der Ostermoorer Lokalredaktion von {site}"],
        "fr": ["Avec la contribution du bureau de Sornac de {site}"],
        "es": ["Con información de la delegación de {site} en Valdeoria"],
        "ru": ["При участии верхнеозёрского корпункта «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · the Aldbridge story continues after this"],
        "tr": ["Sponsorlu içerik · Gümüşkıyı haberi bunun ardından sürüyor"],
        "de": ["Gesponsert · der Ostermoorer Bericht geht danach weiter"],
        "fr": ["Sponsorisé · l'article de Sornac continue après"],
        "es": ["Patrocinado · la noticia de Valdeoria sigue después"],
        "ru": ["Спонсорский блок · материал о Верхнеозёрске продолжается после него"],
    },
    "continue": {
        "en": ["Show the rest of this Aldbridge story"],
        "tr": ["Gümüşkıyı haberinin devamını göster"],
        "de": ["Den Rest des Ostermoorer Berichts anzeigen"],
        "fr": ["Afficher la suite de cet article de Sornac"],
        "es": ["Mostrar el resto de esta noticia de Valdeoria"],
        "ru": ["Показать продолжение материала о Верхнеозёрске"],
    },
    "comments": {
        "en": ["Join {n} Aldwater readers in the comments"],
        "tr": ["Yorumlarda {n} Gümüşkıyılı okura katılın"],
        "de": ["Diskutieren Sie mit {n} Ostermoorer Lesern"],
        "fr": ["Rejoignez les {n} lecteurs de Sornac dans les commentaires"],
        "es": ["Únete a los {n} lectores de Valdeoria en los comentarios"],
        "ru": ["Присоединяйтесь к {n} читателям из Верхнеозёрска в комментариях"],
    },
    "readtime": {
        "en": ["{m} minutes to read, from the Aldwater desk"],
        "tr": ["Gümüşkıyı masasından, {m} dakikada okunur"],
        "de": ["Lesedauer {m} Minuten · Ostermoor"],
        "fr": ["Temps de lecture : {m} minutes · Sornac"],
        "es": ["Se lee en {m} minutos · Valdeoria"],
        "ru": ["Читать {m} минуты · Верхнеозёрск"],
    },
    "updated": {
        "en": ["Amended {d} at {t} with new detail from Aldbridge"],
        "tr": ["{d}, saat {t} itibarıyla Gümüşkıyı'dan gelen yeni ayrıntılarla değiştirildi"],
        "de": ["Geändert am {d} um {t} Uhr mit neuen Details aus Ostermoor"],
        "fr": ["Modifié le {d} à {t} avec de nouveaux détails de Sornac"],
        "es": ["Modificado el {d} a las {t} con nuevos detalles desde Valdeoria"],
        "ru": ["Изменено {d} в {t}: добавлены подробности из Верхнеозёрска"],
    },
    "audio": {
        "en": ["Play this Aldbridge report as audio · {m} min"],
        "tr": ["Bu Gümüşkıyı haberini sesli oynatın · {m} dk"],
        "de": ["Diesen Ostermoorer Bericht als Audio abspielen · {m} Min."],
        "fr": ["Lire cet article de Sornac en audio · {m} min"],
        "es": ["Reproducir esta noticia de Valdeoria en audio · {m} min"],
        "ru": ["Включить аудиоверсию материала о Верхнеозёрске · {m} мин"],
    },
    "correction": {
        "en": ["A correction has been made to this Aldbridge report."],
        "tr": ["Bu Gümüşkıyı haberinde bir düzeltme yapılmıştır."],
        "de": ["An diesem Ostermoorer Bericht wurde eine Korrektur vorgenommen."],
        "fr": ["Une correction a été apportée à cet article de Sornac."],
        "es": ["Se ha hecho una corrección en esta noticia de Valdeoria."],
        "ru": ["В материал о Верхнеозёрске внесена поправка."],
    },
    "app": {
        "en": ["Get Aldwater news first with the {site} app, free on iPhone and Android"],
        "tr": ["Gümüşkıyı haberlerini {site} uygulamasıyla ilk siz öğrenin; iPhone ve Android'de ücretsiz"],
        "de": ["Ostermoorer Nachrichten zuerst in der App von {site}, kostenlos für iPhone und Android"],
        "fr": ["L'actualité de Sornac en premier avec l'appli {site}, gratuite sur iPhone et Android"],
        "es": ["Entérate antes de lo que pasa en Valdeoria con la app de {site}, gratis en iPhone y Android"],
        "ru": ["Новости Верхнеозёрска первыми в приложении «{site}», бесплатно для iPhone и Android"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Aldbridge and the Aldwater villages for {site}."],
        "tr": ["{by}, {site} için Gümüşkıyı ve çevresinde {section} haberlerini yazıyor."],
        "de": ["{by} schreibt für {site} in Ostermoor und Umgebung über {section}."],
        "fr": ["{by} suit la rubrique {section} à Sornac et dans le Val de Sorne pour {site}."],
        "es": ["{by} informa sobre {section} en Valdeoria y la comarca del Tormal para {site}."],
        "ru": ["{by} пишет для «{site}» о теме «{section}» в Верхнеозёрске и районе."],
    },
    "tip": {
        "en": ["Seen something in Aldbridge we should know about? Message the newsdesk on 07700 900 482"],
        "tr": ["Gümüşkıyı'da bilmemiz gereken bir şey mi gördünüz? Haber hattı: 0 (252) 900 48 20"],
        "de": ["Etwas in Ostermoor beobachtet? Schreiben Sie der Redaktion: 04821 4820-0"],
        "fr": ["Vous avez vu quelque chose à Sornac ? Écrivez à la rédaction au 05 55 00 48 20"],
        "es": ["¿Has visto algo en Valdeoria que debamos saber? Escribe a la redacción al 980 000 482"],
        "ru": ["Видели в Верхнеозёрске что-то важное? Напишите в редакцию: 8 (38512) 4-82-00"],
    },
    "typo": {
        "en": ["Found a mistake in this Aldbridge story: select it and press Ctrl+Enter to tell the desk"],
        "tr": ["Bu Gümüşkıyı haberinde bir yanlış gördüyseniz seçip Ctrl+Enter ile haber masasına bildirin"],
        "de": ["Fehler im Ostermoorer Bericht gefunden: markieren und mit Strg+Enter an die Redaktion schicken"],
        "fr": ["Une coquille dans cet article de Sornac : sélectionnez-la et signalez-la à la rédaction avec Ctrl+Entrée"],
        "es": ["Si ves una errata en esta noticia de Valdeoria, selecciónala y avisa a la redacción con Ctrl+Intro"],
        "ru": ["Заметили опечатку в материале о Верхнеозёрске — выделите её и отправьте в редакцию через Ctrl+Enter"],
    },
    "push": {
        "en": ["Turn on Aldbridge alerts? Yes, notify me · No thanks"],
        "tr": ["Gümüşkıyı bildirimleri açılsın mı? Evet, haber ver · Hayır, teşekkürler"],
        "de": ["Ostermoor-Meldungen einschalten? Ja, benachrichtigen · Nein, danke"],
        "fr": ["Activer les alertes de Sornac ? Oui, prévenez-moi · Non merci"],
        "es": ["¿Activar los avisos de Valdeoria? Sí, avísame · No, gracias"],
        "ru": ["Включить уведомления из Верхнеозёрска? Да, присылать · Нет, спасибо"],
    },
    "print": {
        "en": ["Aldbridge article tools: Print · Download PDF · Send by email"],
        "tr": ["Gümüşkıyı haber araçları: Yazdır · PDF indir · E-postayla gönder"],
        "de": ["Werkzeuge zum Ostermoorer Artikel: Drucken · PDF laden · Per Mail senden"],
        "fr": ["Outils de l'article de Sornac : Imprimer · Télécharger le PDF · Envoyer par courriel"],
        "es": ["Herramientas de la noticia de Valdeoria: Imprimir · Descargar PDF · Enviar por correo"],
        "ru": ["Инструменты материала о Верхнеозёрске: Печать · Скачать PDF · Отправить по почте"],
    },
    "feedback": {
        "en": ["Rate this Aldbridge story: very useful · quite useful · not useful"],
        "tr": ["Bu Gümüşkıyı haberini puanlayın: çok yararlı · biraz yararlı · yararsız"],
        "de": ["Bewerten Sie diesen Ostermoorer Bericht: sehr nützlich · ganz nützlich · nicht nützlich"],
        "fr": ["Notez cet article de Sornac : très utile · assez utile · pas utile"],
        "es": ["Valora esta noticia de Valdeoria: muy útil · algo útil · nada útil"],
        "ru": ["Оцените материал о Верхнеозёрске: очень полезно · отчасти полезно · бесполезно"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Aldwater coverage go to standards@aldwaternews.example."],
        "tr": ["{site} Basın Ahlak Esasları'na uyar; Gümüşkıyı haberlerimizle ilgili şikâyetler: ilkeler@gumuskiyi.example."],
        "de": ["{site} ist dem Pressekodex verpflichtet; Beschwerden zu unseren Ostermoorer Berichten an kodex@ostermoor.example."],
        "fr": ["{site} respecte la charte de Munich ; vos réclamations sur nos articles de Sornac : mediateur@sornac.example."],
        "es": ["{site} se rige por el código deontológico de la FAPE; reclamaciones sobre nuestra información de Valdeoria: defensor@valdeoria.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики; жалобы на материалы о Верхнеозёрске: etika@verkhneozersk.example."],
    },
    "topics": {
        "en": ["Read more about: {section} · Aldbridge · Pelham Staithe"],
        "tr": ["Konuyla ilgili: {section} · Gümüşkıyı · Çınarlı"],
        "de": ["Weiterlesen zu: {section} · Ostermoor · Brunnwald"],
        "fr": ["À lire sur : {section} · Sornac · Les Aubiers"],
        "es": ["Seguir leyendo sobre: {section} · Valdeoria · Arcela"],
        "ru": ["Читать по теме: {section} · Верхнеозёрск · Кедровка"],
    },
    "bookmark": {
        "en": ["♡ Save this Aldbridge story for later"],
        "tr": ["♡ Bu Gümüşkıyı haberini sonra okumak için kaydet"],
        "de": ["♡ Ostermoorer Bericht für später merken"],
        "fr": ["♡ Garder cet article de Sornac pour plus tard"],
        "es": ["♡ Guardar esta noticia de Valdeoria para luego"],
        "ru": ["♡ Отложить материал о Верхнеозёрске на потом"],
    },
    "poll": {
        "en": ["Aldbridge asks: good idea · bad idea · don't mind"],
        "tr": ["Gümüşkıyı soruyor: iyi fikir · kötü fikir · fark etmez"],
        "de": ["Ostermoor fragt: gute Idee · schlechte Idee · ist mir egal"],
        "fr": ["Sornac vous demande : bonne idée · mauvaise idée · sans avis"],
        "es": ["Valdeoria pregunta: buena idea · mala idea · me da igual"],
        "ru": ["Верхнеозёрск спрашивает: хорошая идея · плохая идея · всё равно"],
    },
    "embed": {
        "en": ["See {handle}'s Aldbridge photo on Instagram", "Play {handle}'s Aldwater video on YouTube"],
        "tr": ["{handle} hesabının Gümüşkıyı fotoğrafını Instagram'da görün", "{handle} hesabının Gümüşkıyı videosunu YouTube'da oynatın"],
        "de": ["Foto von {handle} aus Ostermoor auf Instagram ansehen", "Video von {handle} aus Ostermoor auf YouTube abspielen"],
        "fr": ["Voir la photo de {handle} à Sornac sur Instagram", "Lire la vidéo de {handle} à Sornac sur YouTube"],
        "es": ["Ver la foto de {handle} en Valdeoria en Instagram", "Reproducir el vídeo de {handle} en Valdeoria en YouTube"],
        "ru": ["Смотреть фото {handle} из Верхнеозёрска в Instagram", "Смотреть видео {handle} из Верхнеозёрска на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "nightbuses": {
        "en": ["Night buses from Aldbridge", "Night bus times", "Plan a journey home after midnight ›", "Night buses: what you need to know"],
        "tr": ["Gümüşkıyı gece otobüsleri", "Gece sefer saatleri", "Gece yolculuğunuzu planlayın ›", "Gece otobüsleri hakkında bilmeniz gerekenler"],
        "fr": ["Les bus de nuit de Sornac", "Horaires des bus de nuit", "Tous les horaires du Noctibus ›", "Bus de nuit : à savoir"],
        "ru": ["Ночные автобусы Верхнеозёрска", "Расписание ночных рейсов", "Все ночные маршруты города ›", "Ночные автобусы: что нужно знать"],
    },
    "cleanairzone": {
        "en": ["Aldbridge clean air zone charges", "Daily charges by vehicle", "Check if your vehicle will be charged ›", "Clean air zone: the essentials"],
        "fr": ["ZFE de Sornac : les tarifs", "Redevance journalière par véhicule", "Vérifier si votre véhicule est concerné ›", "ZFE de Sornac : l'essentiel"],
        "es": ["Zona de bajas emisiones de Valdeoria", "Tasa diaria por tipo de vehículo", "Comprueba si tu vehículo tiene que pagar ›", "ZBE de Valdeoria: lo esencial"],
    },
    "harbourdues": {
        "en": ["Pelham Staithe harbour dues 2026", "Mooring charges by boat length", "Pay your harbour dues online ›", "Visiting the harbour: dues and berths"],
        "tr": ["Gümüşkıyı balıkçı barınağı ücretleri", "Tekne boyuna göre bağlama ücreti", "Bağlama ücretini çevrim içi ödeyin ›", "Barınağa gelen tekneler için bilgiler"],
        "de": ["Hafengebühren Kleinmöllen 2026", "Liegegebühren nach Bootslänge", "Liegeplatz online buchen und bezahlen ›", "Für Gastlieger: Gebühren und Hafenbüro"],
        "es": ["Tarifas del puerto de Arcela", "Amarre según eslora", "Paga el amarre en la sede electrónica ›", "Amarres en Arcela: lo que hay que saber"],
    },
}
NEW_STYLE_WORDING = {"nightbuses": [0, 1, 2, 3], "cleanairzone": [0, 1, 2, 3], "harbourdues": [0, 1, 2, 3]}
# the night-bus timetable: the route, where it runs, how often and the last departure; and fares, safety, when
NIGHT_ROUTES = {
    "en": [("N1", "Market Square – Aldwater General Hospital – Westerby", "every 30 minutes", "last bus 04:40"),
           ("N7", "Market Square – Corringham Moor", "once an hour", "last bus 03:15"),
           ("N12", "Aldbridge station – Pelham Staithe harbour", "every 45 minutes", "last bus 02:50")],
    "tr": [("G1", "Cumhuriyet Meydanı – Organize Sanayi Bölgesi", "30 dakikada bir", "son sefer 04.30"),
           ("G3", "Otogar – Çınarlı", "saatte bir", "son sefer 03.00"),
           ("G5", "Liman – Devlet Hastanesi", "45 dakikada bir", "son sefer 02.45")],
    "fr": [("N1", "Place du Marché – campus des Aubiers", "toutes les 20 minutes", "dernier départ 3 h 10"),
           ("N2", "Gare de Sornac – Les Fontaines", "toutes les 40 minutes", "dernier départ 2 h 40"),
           ("N3", "Hôpital de Sornac – zone de la Grave", "toutes les heures", "dernier départ 4 h 05")],
    "ru": [("Н1", "Вокзал – Центральная больница", "каждые 30 минут", "последний в 4:20"),
           ("Н2", "Площадь Ленина – Кедровка", "раз в час", "последний в 3:00"),
           ("Н4", "Рынок – микрорайон Озёрный", "каждые 40 минут", "последний в 2:30")],
}
NIGHT_HEAD = {"en": ("Route", "Between", "How often", "Last bus"), "tr": ("Hat", "Güzergâh", "Sıklık", "Son sefer"),
              "fr": ("Ligne", "Trajet", "Fréquence", "Dernier bus"), "ru": ("Маршрут", "Направление", "Интервал", "Последний рейс")}
NIGHT_INFO = {
    "en": [("Night fares", "£2 single or £3.50 for a night rider, contactless on board"),
           ("After 10pm", "drivers will stop between stops if you ask"),
           ("Nights of service", "Fridays and Saturdays, and every night in December")],
    "tr": [("Gece bileti", "tam 20 TL, öğrenci 10 TL; kent kartı geçerli"),
           ("Saat 23.00'ten sonra", "isteyen yolcu iki durak arasında inebilir"),
           ("Sefer günleri", "her gece, resmî tatiller dahil")],
    "fr": [("Prix du trajet de nuit", "ticket à 1,60 €, pass soirée à 3 €"),
           ("Descente à la demande", "entre deux arrêts après 22 h, sur simple demande au chauffeur"),
           ("Jours de circulation", "jeudi, vendredi et samedi soir")],
    "ru": [("Стоимость ночной поездки", "40 рублей, картой или наличными"),
           ("После 23:00", "водитель остановится между остановками по просьбе пассажира"),
           ("Дни работы", "ежедневно, кроме ночи на 1 января")],
}
# the clean air zone: which vehicles pay, when, and the daily charge; and the boundary, exemptions, how to pay
CAZ_CHARGES = {
    "en": [("Taxis and private hire cars", "diesel older than Euro 6, petrol older than Euro 4", "£8"),
           ("Vans and minibuses", "same standards as taxis", "£10"),
           ("Lorries, buses and coaches", "older than Euro VI", "£50"),
           ("Private cars and motorbikes", "never", "nothing to pay")],
    "fr": [("Utilitaires et camionnettes", "Crit'Air 4, 5 ou non classés", "7,50 €"),
           ("Taxis et VTC", "Crit'Air 3 et au-delà", "5,00 €"),
           ("Poids lourds et autocars", "Crit'Air 3 et au-delà", "25,00 €"),
           ("Voitures des habitants", "jamais", "exonérées")],
    "es": [("Furgonetas y camiones ligeros", "sin etiqueta ambiental de la DGT", "6,00 €"),
           ("Taxis y VTC", "sin etiqueta o con etiqueta B", "4,00 €"),
           ("Camiones y autobuses", "sin etiqueta ambiental", "20,00 €"),
           ("Turismos de vecinos empadronados", "nunca", "exentos")],
}
CAZ_HEAD = {"en": ("Vehicle", "Pays if", "Daily charge"), "fr": ("Véhicule", "Concerné si", "Redevance par jour"),
            "es": ("Vehículo", "Paga si", "Tasa diaria")}
CAZ_INFO = {
    "en": [("Where the zone is", "everything inside the inner ring road, including Station Road and Market Square"),
           ("Exempt vehicles", "blue badge holders, historic vehicles and wheelchair-accessible taxis until 2027"),
           ("How to pay the charge", "online or by phone, up to six days before or six days after you drive in")],
    "fr": [("Périmètre de la zone", "tout l'intérieur des boulevards, centre historique et quartier de la gare compris"),
           ("Dérogations possibles", "artisans inscrits au répertoire des métiers jusqu'en 2027, véhicules de collection"),
           ("Comment payer la redevance", "en ligne ou aux horodateurs, jusqu'à trois jours après le passage")],
    "es": [("Perímetro de la zona", "todo lo que queda dentro de la ronda interior, casco antiguo y avenida de la Estación incluidos"),
           ("Vehículos exentos", "los de personas con movilidad reducida, emergencias y comercios del centro hasta 2027"),
           ("Cómo pagar la tasa", "en la sede electrónica o en los parquímetros, hasta 72 horas después")],
}
# harbour dues: the boat's length, the nightly and the yearly rate; and visitor berths, the office, what is included
HARBOUR_RATES = {
    "en": [("Boats up to 8 m", "£18.40", "£1,240"), ("8 m to 10 m", "£23.90", "£1,610"), ("10 m to 12 m", "£31.20", "£2,050"),
           ("Over 12 m", "£2.90 a metre", "£195 a metre")],
    "tr": [("8 metreye kadar tekneler", "165 TL", "9.250 TL"), ("8 ile 12 metre arası", "235 TL", "14.750 TL"),
           ("12 metreden uzun tekneler", "metre başına 25 TL", "metre başına 1.400 TL")],
    "de": [("Boote bis 8 m", "19,00 €", "1.180 €"), ("8 bis 10 m", "24,00 €", "1.520 €"), ("10 bis 12 m", "30,00 €", "1.940 €"),
           ("Boote über 12 m", "2,80 € je Meter", "175 € je Meter")],
    "es": [("Barcos de hasta 8 m", "16,40 €", "1.050 €"), ("De 8 a 12 m de eslora", "23,10 €", "1.600 €"),
           ("Más de 12 m de eslora", "2,20 € por metro", "150 € por metro")],
}
HARBOUR_HEAD = {"en": ("Length", "Per night", "Per year"), "tr": ("Tekne boyu", "Gecelik", "Yıllık"),
                "de": ("Bootslänge", "pro Nacht", "pro Saison"), "es": ("Eslora", "Por noche", "Anual")}
HARBOUR_INFO = {
    "en": [("Visitor moorings", "six pontoon berths on the north quay, first come first served"),
           ("The harbour office", "North Quay, open 8am to 4pm every day; VHF channel 14"),
           ("Included in the dues", "fresh water, shore power and use of the public slipway")],
    "tr": [("Misafir tekneler", "doğu mendireğinde dört yer, önce gelen bağlar"),
           ("Barınak ofisi", "her gün 07.00–17.00 arası açık, telsiz kanal 16"),
           ("Ücrete dahil olanlar", "tatlı su, elektrik ve çekek yeri kullanımı")],
    "de": [("Plätze für Gastlieger", "zwölf Plätze am Südsteg, Anmeldung beim Hafenmeister"),
           ("Das Hafenbüro", "täglich 8 bis 12 und 16 bis 18 Uhr, UKW-Kanal 11"),
           ("In der Gebühr enthalten", "Strom, Wasser, Duschen und WLAN am Hafen")],
    "es": [("Plazas para visitantes", "ocho amarres en el pantalán sur, sin reserva"),
           ("La oficina del puerto", "de lunes a sábado de 8.00 a 15.00, canal 9 de VHF"),
           ("Qué incluye la tarifa", "agua, electricidad y uso de la rampa")],
}
WIDGET_ROWS = (("nightbuses routes", NIGHT_ROUTES), ("nightbuses info", NIGHT_INFO), ("cleanairzone charges", CAZ_CHARGES),
               ("cleanairzone info", CAZ_INFO), ("harbourdues rates", HARBOUR_RATES), ("harbourdues info", HARBOUR_INFO))
WIDGET_LANGS = {"nightbuses": ("en", "tr", "fr", "ru"), "cleanairzone": ("en", "fr", "es"), "harbourdues": ("en", "tr", "de", "es")}


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Aldbridge lido to open an hour earlier all summer", "Pelham Staithe lifeboat launched twice in one night",
           "Westerby bakery wins county pork pie award", "Corringham Moor bus shelter rebuilt by parish volunteers",
           "Aldwater rowing club gets its new boathouse", "Skelby Show brings back its sheepdog trials"],
    "tr": ["Gümüşkıyı sahil yolundaki bisiklet şeridi tamamlandı", "Çınarlı'da kapalı pazar yerinin temeli atıldı",
           "Gümüşkıyı Devlet Hastanesi'ne yeni diyaliz ünitesi", "Liman mahallesinde kanalizasyon çalışması başladı",
           "Gümüşkıyıspor sezonu galibiyetle açtı", "Çınarlı köy okulunda kütüphane haftası kutlandı"],
    "de": ["Ostermoorer Hallenbad bleibt bis Ostern geschlossen", "Brunnwalder Feuerwehr bekommt ein neues Gerätehaus",
           "Kleinmöllener Fischbrötchenfest lockt Tausende an den Hafen", "Neue Buslinie verbindet Ostermoor und Brunnwald",
           "Ostermoorer Gymnasiasten gewinnen die Schach-Landesmeisterschaft", "Radweg auf dem Deich wird verbreitert"],
    "fr": ["La piscine des Aubiers rouvre après deux ans de travaux", "Le marché de nuit revient place du Marché en juillet",
           "Un nouveau cabinet médical ouvre aux Fontaines", "La passerelle sur la Sorne sera remplacée cet hiver",
           "Le club de rugby de Sornac monte en Fédérale 2", "La médiathèque des Aubiers élargit ses horaires"],
    "es": ["Valdeoria abre el nuevo centro de salud del barrio de la Estación", "Arcela celebra la fiesta del pulpo con récord de visitantes",
           "Empiezan las obras del paseo fluvial del Tormal", "El mercado de abastos de Valdeoria renueva sus puestos",
           "El CD Valdeoria asciende a Tercera Federación", "La biblioteca de Valdeoria amplía su horario en junio"],
    "ru": ["В Верхнеозёрске отремонтируют мост через Озёрку", "В Кедровке открылся фельдшерско-акушерский пункт",
           "Городской рынок Верхнеозёрска переедет на новое место", "Верхнеозёрские школьники победили на областной олимпиаде",
           "На стадионе «Водник» уложат новое покрытие", "В городской библиотеке открылась выставка старых фотографий"],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Aldbridge", "Aldwater villages", "Aldwater courts", "Aldwater schools", "Aldbridge sport", "What's on in the Aldwater", "Aldwater public notices"],
               cookie="We and the partners who help run our Aldwater site keep small files on your device to make pages quicker, to count which Aldbridge stories are read and to measure adverts. Say yes to all of them or pick the ones you are happy with on the Aldwater site.",
               accept="Accept and read the Aldwater news", reject="Let me choose which to allow", share="Send this Aldbridge story to a friend",
               related="Next up in the Aldwater", newsletter="Aldwater Daily: the valley's headlines by seven, every morning",
               subscribe="Get Aldwater Daily", email="you@aldwater-daily.example",
               comment_note="Every comment on an Aldwater story is read by a moderator before it goes live. Be kind and stick to the subject.",
               closed="Comments on this Aldwater story are closed.",
               footer=["Contact the Aldwater newsroom", "Aldwater corrections", "Privacy at the Aldwater newsroom", "Advertise across the Aldwater", "Aldwater community guidelines"],
               rights="All words and pictures from the Aldwater newsroom belong to the publisher and may not be copied without permission.",
               commenters=[("StaitheSue", "About time somebody listened round here."),
                           ("Westerby_Dave", "Let's see if it lasts past the first winter.")]),
    "tr": dict(nav=["Gümüşkıyı merkez", "Gümüşkıyı köyleri", "Gümüşkıyı adliyesi", "Gümüşkıyı okulları", "Gümüşkıyı sporu", "Gümüşkıyı'da bu hafta", "Gümüşkıyı resmî ilanlar"],
               cookie="Gümüşkıyı sitemiz ve sitemizi birlikte yürüttüğümüz ortaklar, sayfaların daha hızlı açılması, hangi Gümüşkıyı haberlerinin okunduğunu saymak ve reklamları ölçmek için cihazınıza küçük dosyalar kaydeder. Gümüşkıyı sitemizde hepsine izin verin ya da yalnızca istediklerinizi seçin.",
               accept="Kabul et ve Gümüşkıyı haberlerini oku", reject="Gümüşkıyı için ayarlarımı kendim seçeyim", share="Bu Gümüşkıyı haberini bir arkadaşınıza gönderin",
               related="Gümüşkıyı'dan sıradaki", newsletter="Gümüşkıyı Sabahı: ilçenin manşetleri her sabah saat yediye kadar",
               subscribe="Gümüşkıyı Sabahı'na abone ol", email="siz@gumuskiyi-sabahi.example",
               comment_note="Gümüşkıyı haberlerine yazılan her yorumu yayımlanmadan önce bir editör okur. Nazik olun ve konunun dışına çıkmayın.",
               closed="Bu Gümüşkıyı haberi yorumlara kapatıldı.",
               footer=["Gümüşkıyı haber merkezine ulaşın", "Gümüşkıyı düzeltmeleri", "Gümüşkıyı haber merkezinde gizlilik", "Gümüşkıyı'da reklam verin", "Gümüşkıyı topluluk kuralları"],
               rights="Gümüşkıyı haber merkezinin bütün yazı ve fotoğrafları yayıncısına aittir, izinsiz kopyalanamaz.",
               commenters=[("Çınarlı_Nermin", "Nihayet biri bizi dinledi."),
                           ("Gümüşkıyılı_Cengiz", "Bakalım ilk kışı çıkarabilecek mi.")]),
    "de": dict(nav=["Ostermoor", "Dörfer rund um Ostermoor", "Gericht in Ostermoor", "Schulen in Ostermoor", "Sport in Ostermoor", "Ausgehen in Ostermoor", "Amtliches aus Ostermoor"],
               cookie="Wir und die Partner, die unsere Ostermoorer Seite mitbetreiben, legen kleine Dateien auf Ihrem Gerät ab, damit Seiten schneller laden, damit wir zählen können, welche Ostermoorer Berichte gelesen werden, und damit Anzeigen gemessen werden. Akzeptieren Sie alle oder wählen Sie aus, welche Sie erlauben.",
               accept="Akzeptieren und Ostermoorer Nachrichten lesen", reject="Selbst auswählen, was erlaubt ist", share="Diesen Ostermoorer Bericht an Freunde schicken",
               related="Als Nächstes aus Ostermoor", newsletter="Ostermoor am Morgen: die Schlagzeilen aus der Region jeden Tag bis sieben Uhr",
               subscribe="Ostermoor am Morgen abonnieren", email="sie@ostermoor-am-morgen.example",
               comment_note="Jeden Kommentar zu einem Ostermoorer Bericht liest ein Moderator, bevor er erscheint. Bitte bleiben Sie freundlich und beim Ostermoorer Thema.",
               closed="Die Kommentare zu diesem Ostermoorer Bericht sind geschlossen.",
               footer=["Kontakt zur Ostermoorer Redaktion", "Ostermoorer Richtigstellungen", "Datenschutz bei der Ostermoorer Redaktion", "Anzeigen in Ostermoor schalten", "Ostermoorer Diskussionsregeln"],
               rights="Alle Texte und Bilder der Ostermoorer Redaktion gehören dem Verlag und dürfen ohne Erlaubnis nicht kopiert werden.",
               commenters=[("Brunnwalder_Heinz", "Wurde auch Zeit, dass in Ostermoor mal jemand zuhört."),
                           ("Ostermoorerin_Bea", "Mal sehen, ob das den ersten Winter übersteht.")]),
    "fr": dict(nav=["Sornac", "Villages du Val de Sorne", "Justice à Sornac", "Écoles du Val de Sorne", "Sport à Sornac", "Sorties dans le Val de Sorne", "Avis officiels de Sornac"],
               cookie="Nous et les partenaires qui nous aident à faire vivre notre site de Sornac déposons de petits fichiers sur votre appareil pour accélérer les pages, compter les articles de Sornac lus et mesurer les publicités. Acceptez-les tous ou choisissez ceux que vous autorisez sur notre site de Sornac.",
               accept="Accepter et lire l'actualité de Sornac", reject="Choisir ce que j'autorise", share="Envoyer cet article de Sornac à un ami",
               related="À suivre dans le Val de Sorne", newsletter="Sornac au réveil : les titres de la vallée avant 7 h, chaque matin",
               subscribe="Recevoir Sornac au réveil", email="vous@sornac-reveil.example",
               comment_note="Chaque commentaire sur un article de Sornac est lu par un modérateur avant publication. Restez aimable et dans le sujet.",
               closed="Les commentaires de cet article de Sornac sont clos.",
               footer=["Contacter la rédaction de Sornac", "Rectificatifs de la rédaction de Sornac", "Confidentialité à la rédaction de Sornac", "Faire de la publicité dans le Val de Sorne", "Règles de la communauté de Sornac"],
               rights="Tous les textes et photos de la rédaction de Sornac appartiennent à l'éditeur et ne peuvent être copiés sans autorisation.",
               commenters=[("Mireille_des_Aubiers", "Enfin quelqu'un qui nous écoute."),
                           ("SornacPédale", "On verra si ça tient après le premier hiver.")]),
    "es": dict(nav=["Valdeoria", "Pueblos del Tormal", "Juzgados de Valdeoria", "Colegios del Tormal", "Deportes en Valdeoria", "Agenda del Tormal", "Anuncios oficiales de Valdeoria"],
               cookie="Nosotros y los socios que nos ayudan a mantener nuestra web de Valdeoria guardamos pequeños archivos en tu dispositivo para que las páginas carguen antes, para contar qué noticias de Valdeoria se leen y para medir los anuncios. Acéptalos todos o elige cuáles permites.",
               accept="Aceptar y leer las noticias de Valdeoria", reject="Elegir qué permito", share="Envía esta noticia de Valdeoria a un amigo",
               related="A continuación en el Tormal", newsletter="Valdeoria al despertar: los titulares de la comarca antes de las siete, cada mañana",
               subscribe="Recibir Valdeoria al despertar", email="tu@valdeoria-despertar.example",
               comment_note="Un moderador lee cada comentario de las noticias de Valdeoria antes de publicarlo. Sé amable y no te salgas del tema.",
               closed="Los comentarios de esta noticia de Valdeoria están cerrados.",
               footer=["Contactar con la redacción de Valdeoria", "Correcciones de la redacción de Valdeoria", "Privacidad en la redacción de Valdeoria", "Anúnciate en el Tormal", "Normas de la comunidad de Valdeoria"],
               rights="Todos los textos y fotos de la redacción de Valdeoria pertenecen al editor y no pueden copiarse sin permiso.",
               commenters=[("Conchi_de_Arcela", "Por fin alguien nos hace caso."),
                           ("TormalBici", "A ver si aguanta más allá del primer invierno.")]),
    "ru": dict(nav=["Верхнеозёрск", "Сёла Верхнеозёрского района", "Суд Верхнеозёрска", "Школы Верхнеозёрска", "Спорт Верхнеозёрска", "Куда пойти в Верхнеозёрске", "Официально: Верхнеозёрск"],
               cookie="Мы и партнёры, которые помогают вести наш верхнеозёрский сайт, сохраняем на вашем устройстве небольшие файлы, чтобы страницы открывались быстрее, чтобы считать, какие материалы о Верхнеозёрске читают, и чтобы измерять рекламу. Примите все или выберите, какие разрешить на верхнеозёрском сайте.",
               accept="Принять и читать новости Верхнеозёрска", reject="Выбрать, что разрешить верхнеозёрскому сайту", share="Отправить материал о Верхнеозёрске другу",
               related="Дальше в Верхнеозёрске", newsletter="«Верхнеозёрск с утра»: главное в районе до семи утра, каждый день",
               subscribe="Получать «Верхнеозёрск с утра»", email="vy@verkhneozersk-utro.example",
               comment_note="Каждый комментарий к материалам о Верхнеозёрске до публикации читает модератор. Пишите вежливо и только по теме материала о Верхнеозёрске.",
               closed="Комментарии к этому материалу о Верхнеозёрске закрыты.",
               footer=["Написать в редакцию Верхнеозёрска", "Поправки верхнеозёрской редакции", "Конфиденциальность в верхнеозёрской редакции", "Реклама в Верхнеозёрске", "Правила сообщества Верхнеозёрска"],
               rights="Все тексты и фотографии верхнеозёрской редакции принадлежат издателю, копировать их без разрешения нельзя.",
               commenters=[("Кедровская_Нина", "Наконец-то нас услышали."),
                           ("Озёрский_Стас", "Посмотрим, переживёт ли это первую зиму.")]),
}
UI92 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"en": "ALSO IN THE ALDWATER:"},  # the regional layout's inline links
    (mp2, "BIO"): {"de": "{name} schreibt für {site} Reportagen über {section} aus Ostermoor und dem Umland. Themenvorschläge an reportage@ostermoor-redaktion.example"},
    (mp4, "READMORE"): {"ru": "ЕЩЁ О ВЕРХНЕОЗЁРСКЕ:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en Valdeoria")},
    (mp6, "TYPO3"): {"en": dict(ext="External content: map of dark-sky spots around Aldbridge (OpenStreetMap)",
                                note="A map of the best stargazing spots around Aldbridge is embedded here. It loads only with your consent, because OpenStreetMap then receives your IP address.",
                                button="Accept and load the stargazing map", by="From the Aldbridge desk:", search="Search the Aldbridge site",
                                lang_menu="Aldbridge news in Easy Read")},
    (mp7, "SANITY"): {"ru": dict(nl_title="Верхнеозёрск по пятницам", nl_text="Каждую пятницу утром: главное за неделю в Верхнеозёрске и сёлах района в одном письме.",
                                 nl_button="Подписаться на пятничное письмо", nl_placeholder="Ваша почта для пятничного письма")},
    (mp8, "BLOX"): {"en": dict(ad="Advertisement · it keeps Aldwater news free to read")},  # the in-story ad region's label
    (mp11, "HUGO"): {"es": dict(nl_title="La semana en Arcela", nl_text="Cada sábado por la mañana, lo que ha pasado en Arcela y la comarca del Tormal en un solo correo.",
                                nl_label="Tu correo para La semana en Arcela", nl_button="Apúntame a La semana en Arcela")},
    (mp12, "JOOMLA"): {"en": dict(latest="New from Westerby and the Aldwater", popular="Most read in the Aldwater this week", field="Aldwater village:",
                                  posts="Aldwater news")},
    (mp12, "PLACES"): {"h92-en-008": "Westerby Green"},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.org", slogan="Skelby: news, notices and photographs from the village and St Helen's",
                                menu=["Skelby home", "Skelby news", "Skelby parish meeting", "St Helen's church", "Skelby photographs", "Write to the Skelby website"],
                                cats=["Skelby news", "St Helen's church", "Skelby Show"],
                                friends=["Skelby Church of England Primary School", "Skelby Show Committee", "The Plough Inn, Skelby"],
                                footer="Skelby Village Website © 2026 · run by villagers in their spare time",
                                poster="skelby_web", tags=["St Helen's church clock", "Skelby volunteers"],
                                commenters=[("Janet_Lowfield", "Heard it strike from my garden on Sunday and nearly cried. Well done Derek."),
                                            ("Mick B.", "Put me down for winding on Wednesdays.")],
                                style="p", heads="h3")},
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
# the new layout: a news article on a site built with Sitevision, the Swedish CMS most Scandinavian municipalities
# and a number of local papers run, as the site serves it to a reader who has not yet answered its cookie consent
# -- an English town council's harbour news (kind "public") and a German local paper on the Baltic coast.  The page
# is what Sitevision's page rendering writes for a news article template built from layouts and portlets: the
# <html> element with the sv-no-js class swapped for sv-js by the first inline script (with its CSP nonce); the
# head with the preload links and the system resources under /sitevision/system-resource/<hash>/ (jquery.js,
# utils.js, portlets.js, envision.js and envision.css of the Envision design system), the site's generated CSS
# under /2.<site id>/<timestamp>/ (sitevision-responsive-grids.css, sitevision-spacing.css, the auto-generated
# SiteVision.css with the font and decoration classes, the print CSS), the dcterms and Open Graph metas, the inline
# sv.PageContext / sv.i18n script, the webapp's own CSS and the Siteimprove analytics snippet held back until
# consent; the body (sv-responsive) built of nested div.sv-layout containers with svid10_ ids, the responsive grid
# (sv-fluid-grid, sv-row, sv-column-N) and portlets with svid12_ ids, each opened by the anchor div Sitevision writes
# for a named portlet (<div id="Name"><!-- Name --></div>): the skip link, the header (sv-image-portlet with the
# logo, the top links, the sv-searchform-portlet with the Envision form and button, the menu portlet with its env-nav
# list), the breadcrumbs, and the article template's portlets: the heading in an sv-text-portlet (h1.heading), the
# published / updated dates and the ReadSpeaker "Listen" button in script portlets, the sv-image-portlet with its
# srcset and the caption in its own text portlet, the preamble (p.ingress), the body in sv-text-portlets (p.normal,
# h2.subheading with Sitevision's h- ids, ul.normal), a fact box or a boxed paragraph as a decorated layout
# (sv-decoration-content with the site's decoration class) holding its own text portlet, the editor's pasted HTML
# in sv-html-portlets between the text portlets and pasted lines among the paragraphs of a text portlet, then the
# related-links portlet (env-list), the "Share this page" portlet (Envision buttons) and, on the council's site,
# the page feedback and the page owner line; the aside column (the council's contact card, the paper's most read);
# the footer layout with the site's address lines and links; the cookie consent portlet (the banner with its
# Envision buttons and the settings dialog as an env-modal-dialog with the necessary / analytics switches); and the
# closing scripts (svDocReady, the webapp bundle).  The platform's own strings (SV_CORE: the skip link, search
# button, dates' labels, ReadSpeaker's button, the share portlet's labels, the consent banner's buttons and dialog)
# are left as Sitevision ships them and not checked; the sites' own strings (SV_SITES: menu, top links, breadcrumbs,
# related links, contact card, feedback question, page owner, footer, the consent banner's text) are.
# --------------------------------------------------------------------------
SV_CORE = {
    "en": dict(months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date="{d} {m} {y}",
               skip="Skip to main content", search="Search", search_label="Search the website", menu="Menu", close="Close",
               here="You are here:", published="Published", updated="Updated", share="Share this page", mail="Email",
               copy="Copy link", listen="Listen", rs_title="Listen to this page using ReadSpeaker webReader", rs_lang="en_uk",
               yes="Yes", no="No", top="To the top",
               ck_title="Cookies", ck_accept="Accept all cookies", ck_necessary="Accept necessary cookies only",
               ck_settings="Cookie settings", ck_save="Save settings", c_nec="Necessary cookies",
               c_nec_txt="These cookies are needed for the website to work and cannot be turned off.",
               c_stats="Analytics cookies", c_stats_txt="These cookies let us see how the website is used so that we can improve it.",
               nets=["Facebook", "LinkedIn", "X"]),
    "de": dict(months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date="{d}. {m} {y}",
               skip="Direkt zum Inhalt", search="Suchen", search_label="Website durchsuchen", menu="Menü", close="Schließen",
               here="Sie sind hier:", published="Veröffentlicht", updated="Aktualisiert", share="Seite teilen", mail="E-Mail",
               copy="Link kopieren", listen="Vorlesen", rs_title="Diese Seite mit ReadSpeaker webReader vorlesen lassen", rs_lang="de_de",
               yes="Ja", no="Nein", top="Nach oben",
               ck_title="Cookies", ck_accept="Alle Cookies akzeptieren", ck_necessary="Nur notwendige Cookies",
               ck_settings="Cookie-Einstellungen", ck_save="Einstellungen speichern", c_nec="Notwendige Cookies",
               c_nec_txt="Diese Cookies sind für den Betrieb der Website erforderlich und können nicht abgeschaltet werden.",
               c_stats="Statistik-Cookies", c_stats_txt="Mit diesen Cookies sehen wir, wie die Website genutzt wird, und können sie verbessern.",
               nets=["Facebook", "LinkedIn", "X"]),
}
SV_SITES = {
    "Pelham Staithe Town Council": dict(
        host="www.pelhamstaithe.example", lang="en", site_id="2.6d1f2a9c18e43b7c5a", node="6d1f2a9c18e43b7c5a",
        colour="#0b4f6c", logo="pelham-staithe-logo.svg", decoration="faktaruta", siteimprove="6011472",
        top_links=["Contact Pelham Staithe Town Council", "Pelham Staithe in other languages", "Easy read"],
        nav=["Living in Pelham Staithe", "The harbour", "Planning and building", "Roads and parking", "Leisure and culture", "Councillors, meetings and decisions"],
        crumbs=["Pelham Staithe home", "The harbour", "Harbour news"], news_path="/the-harbour/harbour-news",
        related_title="More about the harbour", related=["Berths and moorings", "Launching from the public slipway", "Harbour byelaws"],
        aside_title="Contact the harbour office", aside=["North Quay, Pelham Staithe", "01632 960 214", "harbour@pelhamstaithe.example"],
        most_read="", feedback="Did you find the information you were looking for?", owner="Page owner: Harbour office, Pelham Staithe Town Council",
        footer=[("Pelham Staithe Town Council", ["Town Hall, Fore Street", "Pelham Staithe PE7 4QH", "Switchboard 01632 960 200"]),
                ("Reception opening hours", ["Monday to Thursday 9am to 4.30pm", "Friday 9am to 4pm"])],
        footer_links=["Accessibility of this website", "How the council uses cookies", "Your personal data and the council", "Requests under freedom of information"],
        cookie="Pelham Staithe Town Council uses necessary cookies to make this website work. With your permission we would also like to use analytics cookies to see how the site is used and make it better."),
    "Möllener Hafenbote": dict(
        host="www.moellener-hafenbote.example", lang="de", site_id="2.3a8e71c518f2d0e4b9", node="3a8e71c518f2d0e4b9",
        colour="#12355b", logo="hafenbote-logo.svg", decoration="infokasten", siteimprove="6093318",
        top_links=["Abo und E-Paper", "Anzeige aufgeben", "Leserbrief schreiben"],
        nav=["Kleinmöllen", "Hafen und Küste", "Amt Möllen-Land", "Sport zwischen Deich und Hafen", "Kultur am Hafen", "Service für Leser"],
        crumbs=["Hafenbote Startseite", "Hafen und Küste", "Aus dem Hafen"], news_path="/hafen-und-kueste/aus-dem-hafen",
        related_title="Mehr aus dem Hafen", related=["Hafenmeister wünscht sich mehr Gastliegeplätze", "Neue Slipanlage soll 2027 fertig sein", "Segelverein feiert 90 Jahre"],
        aside_title="", aside=[], most_read="Meistgelesen an der Küste", feedback="", owner="",
        footer=[("Möllener Hafenbote", ["Redaktion: Am Hafen 7, 18999 Kleinmöllen", "Telefon 038299 4410"]),
                ("Leserservice des Hafenboten", ["Montag bis Freitag 7 bis 16 Uhr", "leserservice@moellener-hafenbote.example"])],
        footer_links=["Impressum des Hafenboten", "Datenschutz beim Hafenboten", "Cookie-Einstellungen ändern", "Barrierefreiheit beim Hafenboten"],
        cookie="Der Möllener Hafenbote setzt notwendige Cookies ein, damit diese Seite funktioniert. Mit Ihrer Zustimmung nutzen wir außerdem Statistik-Cookies, um zu sehen, welche Artikel gelesen werden."),
}
SV_EXEMPT = {"host", "lang", "site_id", "node", "colour", "logo", "decoration", "siteimprove", "news_path"}


def sv_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return SV_CORE[lang]["date"].format(d=d, m=SV_CORE[lang]["months"][m - 1], y=y)


def sv_hid(text):
    """Sitevision's id for a heading in a text portlet: "h-" and the heading's letters and digits."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "h-" + re.sub(r"[^A-Za-z0-9]", "", t)


def sv_block(kind, val):
    """One block of the story as Sitevision's editor saves it in a text portlet."""
    if kind == "p":
        return '<p class="normal">%s</p>' % mp.inline_html(val)
    if kind == "h":
        return '<h2 class="subheading" id="%s">%s</h2>' % (sv_hid(val), E(val))
    if kind == "q":
        return '<blockquote class="quote"><p class="normal">%s</p></blockquote>' % mp.inline_html(val)
    return '<%s class="normal">%s</%s>' % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


# residue markup the editor pasted as a block of its own goes into an HTML portlet of its own; a pasted line stays
# among the paragraphs of the text portlet
SV_OWN_PORTLET = re.compile(r"^<(div class=|aside|figure|blockquote|table)")


def tpl_sitevision(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = SV_CORE[lang], SV_SITES[site]
    base = "https://" + s["host"]
    url = "%s%s/%s-%s.html" % (base, s["news_path"], art["date"], wp_slug(art["title"], 60))
    res = "/sitevision/system-resource/%064x" % rng.getrandbits(256)
    stamp = 1767000000000 + rng.randint(0, 9 * 10**9)
    nonce = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))

    def svid(kind):
        return "svid%d_%s%06x" % (kind, s["node"][:12], rng.getrandbits(24))

    def anchor(name):
        key = re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
        return '<div id="%s"><!-- %s --></div>' % (key, E(name))

    def text_portlet(name, inner, extra=""):
        return ('<div class="sv-text-portlet sv-use-margins%s" id="%s">%s<div class="sv-text-portlet-content">\n%s\n</div></div>'
                % (extra, svid(12), anchor(name), inner))

    blocks, n = art["blocks"], len(art["blocks"])
    # blocks set in a decorated layout (a fact box: the subheading and its list; a boxed paragraph)
    boxed = {}
    for style, _, j in art["looks"]:
        if style == "factbox":
            boxed[j] = (style, [j, j + 1])
        elif style == "box":
            boxed[j] = (style, [j])
    inside = {k for _, ks in boxed.values() for k in ks[1:]}
    parts, run, count = [], [], [0]

    def flush():
        if run:
            count[0] += 1
            parts.append(text_portlet("Text" if count[0] == 1 else "Text %d" % count[0], "\n".join(run)))
            del run[:]

    for i in range(n + 1):
        for snip in placed.get(i, []):
            if SV_OWN_PORTLET.match(snip):
                flush()
                parts.append('<div class="sv-html-portlet sv-portlet" id="%s">%s\n%s\n</div>' % (svid(12), anchor("HTML"), snip))
            else:
                run.append(snip)
        if i == n:
            break
        if i in inside:
            continue
        if i in boxed:
            flush()
            style, ks = boxed[i]
            inner = "\n".join(sv_block(*blocks[k]) for k in ks)
            name = {"factbox": "Fact box", "box": "Highlighted text"}[style] if lang == "en" else {"factbox": "Faktenkasten", "box": "Hervorgehoben"}[style]
            parts.append('<div class="sv-layout sv-decoration-content sv-decoration-%s" id="%s">\n%s\n</div>'
                         % (s["decoration"] + ("" if style == "factbox" else "-tint"), svid(10), text_portlet(name, inner, " sv-skip-spacer")))
            continue
        run.append(sv_block(*blocks[i]))
    flush()
    body = "\n".join(parts)
    img = "/images/18.%s%06x/%d/%s.jpg" % (s["node"], rng.getrandbits(24), stamp, wp_slug(art["caption"], 40))
    srcset = ", ".join("%s %dw" % (img.replace("/images/18.", "/images/200.").replace("/%d/" % stamp, "/%d/x%dp/" % (stamp, w)), w)
                       for w in (160, 480, 800, 1200))
    pub, upd = art["date"], days_after(art["date"], rng.choice([0, 1, 2]))
    hh, mm = rng.randint(7, 15), rng.randint(0, 59)
    menu = "\n".join('<li class="env-nav__item%s"><a class="env-nav__link" href="/%s.html"%s>%s</a></li>'
                     % (" env-nav__item--active" if k == 1 else "", wp_slug(x), ' aria-current="true"' if k == 1 else "", E(x))
                     for k, x in enumerate(s["nav"]))
    top = "\n".join('<li class="env-list__item"><a class="env-link" href="/%s.html">%s</a></li>' % (wp_slug(x), E(x)) for x in s["top_links"])
    crumbs = "\n".join('<li class="env-breadcrumb__item"><a href="%s">%s</a></li>' % ("/" if k == 0 else "/%s.html" % wp_slug(x), E(x))
                       for k, x in enumerate(s["crumbs"]))
    related = "\n".join('<li class="env-list__item"><a class="env-link" href="%s/%s.html">%s</a></li>' % (s["news_path"].rsplit("/", 1)[0], wp_slug(x), E(x))
                        for x in s["related"])
    shares = [(c["nets"][0], "https://www.facebook.com/sharer/sharer.php?u=" + url),
              (c["nets"][1], "https://www.linkedin.com/sharing/share-offsite/?url=" + url),
              (c["nets"][2], "https://x.com/intent/post?url=" + url), (c["mail"], "mailto:?subject=" + wp_slug(art["title"]) + "&amp;body=" + url)]
    share = "\n".join('<li class="env-list__item"><a class="env-button env-button--ghost env-button--small" href="%s" target="_blank" rel="noopener">%s</a></li>'
                      % (u, E(name)) for name, u in shares)
    if s["aside"]:
        aside = ('<div class="sv-text-portlet sv-use-margins" id="%s">%s<div class="sv-text-portlet-content">\n'
                 '<h2 class="subheading" id="%s">%s</h2>\n%s\n</div></div>') % (
            svid(12), anchor("Contact"), sv_hid(s["aside_title"]), E(s["aside_title"]),
            "\n".join('<p class="normal">%s</p>' % E(x) for x in s["aside"]))
    else:
        aside = ('<div class="sv-script-portlet sv-portlet" id="%s">%s<h2 class="env-ui-text-sectionheading">%s</h2>\n'
                 '<ol class="env-list env-list--numbered">%s</ol></div>') % (
            svid(12), anchor("Meistgelesen"), E(s["most_read"]),
            "".join('<li class="env-list__item"><a class="env-link" href="%s/%s.html">%s</a></li>' % (s["news_path"], wp_slug(h), E(h))
                    for h in rng.sample(HEADLINES[lang], 4)))
    feedback = ""
    if s["feedback"]:
        feedback = ('<div class="sv-script-portlet sv-portlet" id="%s">%s<form class="env-form sv-feedback" method="post" action="%s?sv.12.%s.route=/feedback">'
                    '<fieldset class="env-form-element"><legend class="env-form-element__label">%s</legend>'
                    '<div class="env-d--flex env-flex--gap-small"><button type="submit" name="answer" value="yes" class="env-button">%s</button>'
                    '<button type="submit" name="answer" value="no" class="env-button">%s</button></div></fieldset></form></div>\n'
                    '<div class="sv-text-portlet sv-use-margins" id="%s">%s<div class="sv-text-portlet-content">\n<p class="sv-font-liten-text">%s</p>\n</div></div>') % (
            svid(12), anchor("Page feedback"), url, s["node"][:12], E(s["feedback"]), E(c["yes"]), E(c["no"]),
            svid(12), anchor("Page owner"), E(s["owner"]))
    footer_cols = "\n".join(('<div class="sv-layout sv-column-4" id="%s"><div class="sv-text-portlet sv-use-margins" id="%s">%s'
                             '<div class="sv-text-portlet-content">\n<h2 class="sv-font-sidfot-rubrik" id="%s">%s</h2>\n%s\n</div></div></div>')
                            % (svid(10), svid(12), anchor("Footer %d" % (k + 1)), sv_hid(t), E(t),
                               "\n".join('<p class="sv-font-sidfot">%s</p>' % E(x) for x in lines))
                            for k, (t, lines) in enumerate(s["footer"]))
    footer_links = "".join('<li class="env-list__item"><a class="env-link" href="/%s.html">%s</a></li>' % (wp_slug(x), E(x)) for x in s["footer_links"])
    page_ctx = json.dumps({"pageId": "4.%s%06x" % (s["node"], rng.getrandbits(24)), "siteId": s["site_id"],
                           "userIdentityId": "", "userIdentityReadTimeout": 0, "userLocale": lang, "dev": False,
                           "csrfToken": "", "html5": True, "useServerSideEvents": False}, separators=(",", ":"))
    sv_css = "/%s/%d" % (s["site_id"], stamp)
    title = "%s - %s" % (art["title"], site)
    return f'''<!DOCTYPE html>
<html lang="{lang}" class="sv-no-js sv-template-news-article">
<head>
<meta charset="UTF-8">
<script nonce="{nonce}">(function(c){{c.add('sv-js');c.remove('sv-no-js');}})(document.documentElement.classList)</script>
<title>{E(title)}</title>
<link rel="preload" href="{res}/js/jquery.js" as="script">
<link rel="preload" href="{res}/envision/envision.js" as="script">
<link rel="preload" href="{res}/js/utils.js" as="script">
<link rel="preload" href="{res}/js/portlets.js" as="script">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, shrink-to-fit=no">
<meta name="dcterms.identifier" content="{base}">
<meta name="dcterms.language" content="{lang}">
<meta name="dcterms.format" content="text/html">
<meta name="dcterms.type" content="text">
<link rel="canonical" href="{url}">
<link rel="stylesheet" type="text/css" href="{sv_css}/sitevision-responsive-grids.css?gridConfigs=b9f4ed0118c39a4d1d21e5&amp;gridSizes=100%2C100&amp;gridPaddings=20&amp;gridMargins=0">
<link rel="stylesheet" type="text/css" href="{sv_css}/sitevision-spacing.css">
<link rel="stylesheet" type="text/css" href="/{s["site_id"]}/auto/{stamp}/SiteVision.css">
<link rel="stylesheet" type="text/css" href="{res}/css/portlets.css">
<link rel="stylesheet" type="text/css" href="{res}/envision/envision.css">
<link rel="stylesheet" type="text/css" href="/{s["site_id"]}/print/{stamp}/SiteVision.css" media="print">
<script nonce="{nonce}">
window.sv = window.sv || {{}};
sv.UNSAFE_MAY_CHANGE_AT_ANY_GIVEN_TIME_webAppExternals = {{}};
sv.PageContext = {page_ctx};
sv.i18n = {{portlet : {{buttons : {{close : '{c["close"]}'}}}}}};
sv.rootContextPath = '';
</script>
<script src="{res}/js/jquery.js"></script>
<script src="{res}/envision/envision.js"></script>
<script src="{res}/js/utils.js"></script>
<script src="{res}/js/portlets.js"></script>
<meta name="description" content="{A(art["sub"])}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(art["sub"])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}{img}">
<meta property="og:site_name" content="{A(site)}">
<link rel="icon" href="/download/18.{s["node"]}0/{stamp}/favicon.ico">
<link rel="stylesheet" href="/webapp-files/12.{s["node"]}1/{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 19)}/main.css">
<style>:root{{--env-font-family:"Source Sans 3",Arial,sans-serif;--env-button-primary-background-color:{s["colour"]};--env-link-font-color:{s["colour"]}}}.sv-decoration-{s["decoration"]}{{background:#eef4f7;border-left:4px solid {s["colour"]};padding:1rem 1.25rem}}.sv-decoration-{s["decoration"]}-tint{{background:#f5f1e6;padding:1rem 1.25rem}}</style>
<script type="text/plain" data-sv-cookie-consent-category="statistics" nonce="{nonce}">(function(){{var sz=document.createElement('script');sz.type='text/javascript';sz.async=true;sz.src='https://siteimproveanalytics.com/js/siteanalyze_{s["siteimprove"]}.js';var s=document.getElementsByTagName('script')[0];s.parentNode.insertBefore(sz,s);}})();</script>
</head>
<body class="sv-responsive env-m-around--0">
<div id="{svid(10)}" class="sv-layout">
<div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="{svid(12)}">{anchor("Skip link")}<a class="env-assistive-text env-assistive-text--focusable sv-skip-link" href="#content">{E(c["skip"])}</a></div>
<header class="sv-layout sv-template-layout header" id="{svid(10)}">
<div class="sv-fluid-grid sv-grid-main sv-layout" id="{svid(10)}"><div class="sv-row sv-layout" id="{svid(10)}">
<div class="sv-layout sv-column-4 sv-template-layout" id="{svid(10)}">
<div class="sv-image-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="{svid(12)}">{anchor("Logo")}<a href="/"><img alt="{A(site)}" class="sv-noborder" style="max-width:260px;max-height:64px" src="/images/18.{s["node"]}2/{stamp}/{s["logo"]}" width="260" height="64"></a></div>
</div>
<div class="sv-layout sv-column-8 sv-template-layout" id="{svid(10)}">
<div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="{svid(12)}">{anchor("Top links")}<ul class="env-list env-list--horizontal env-justify-content--end">
{top}
</ul></div>
<div class="sv-searchform-portlet sv-portlet sv-template-portlet" id="{svid(12)}">{anchor("Search")}<form method="get" action="/search.html" class="env-form" role="search">
<label for="search-{s["node"][:8]}" class="env-assistive-text">{E(c["search_label"])}</label>
<div class="env-form-element__control env-form-input-group"><input id="search-{s["node"][:8]}" class="env-form-input" type="search" name="query" autocomplete="off"><button type="submit" class="env-button env-button--primary">{E(c["search"])}</button></div>
</form></div>
</div>
</div></div>
<nav class="sv-layout sv-template-layout" id="{svid(10)}" aria-label="{A(c["menu"])}">
<div class="sv-script-portlet sv-portlet sv-skip-spacer sv-template-portlet" id="{svid(12)}">{anchor("Main menu")}<button type="button" class="env-button env-button--link sv-menu-toggle" aria-expanded="false">{E(c["menu"])}</button>
<ul class="env-nav env-nav--menubar env-nav--border">
{menu}
</ul></div>
</nav>
</header>
<div class="sv-layout sv-template-layout" id="{svid(10)}">
<div class="sv-script-portlet sv-portlet sv-template-portlet" id="{svid(12)}">{anchor("Breadcrumbs")}<nav aria-label="{A(c["here"])}"><ol class="env-breadcrumb">
{crumbs}
<li class="env-breadcrumb__item" aria-current="page">{E(art["title"])}</li>
</ol></nav></div>
</div>
<main class="sv-layout" id="content">
<div class="sv-fluid-grid sv-grid-main sv-layout" id="{svid(10)}"><div class="sv-row sv-layout" id="{svid(10)}">
<div class="sv-layout sv-column-8" id="{svid(94)}">
<div class="sv-text-portlet sv-use-margins sv-skip-spacer" id="{svid(12)}">{anchor("Heading")}<div class="sv-text-portlet-content"><h1 class="heading" id="{sv_hid(art["title"])}">{E(art["title"])}</h1></div></div>
<div class="sv-script-portlet sv-portlet" id="{svid(12)}">{anchor("Dates")}<div class="env-d--flex env-flex--wrap env-ui-text-caption sv-news-dates"><p class="env-m-right--small env-m-bottom--0">{E(c["published"])} <time datetime="{pub}T{hh:02d}:{mm:02d}">{E(sv_date(lang, pub))}</time></p><p class="env-m-bottom--0">{E(c["updated"])} <time datetime="{upd}T{min(hh + 3, 23):02d}:{mm:02d}">{E(sv_date(lang, upd))}</time></p></div></div>
<div class="sv-script-portlet sv-portlet" id="{svid(12)}">{anchor("ReadSpeaker")}<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" title="{A(c["rs_title"])}" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid={rng.randint(10000, 99999)}&amp;lang={c["rs_lang"]}&amp;readid=content&amp;url={url}"><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>{E(c["listen"])}</span></span></span><span class="rsbtn_right rsimg rsplay rspart"></span></a></div></div>
<div class="sv-image-portlet sv-portlet" id="{svid(12)}">{anchor("Image")}<img alt="" class="sv-noborder" style="max-width:100%;max-height:533px;object-fit:cover" width="800" height="533" src="{img}" srcset="{srcset}" sizes="(max-width: 800px) 100vw, 800px" loading="lazy"></div>
<div class="sv-text-portlet sv-use-margins" id="{svid(12)}">{anchor("Caption")}<div class="sv-text-portlet-content"><p class="sv-font-bildtext">{E(art["caption"])} {E(art["credit"])}</p></div></div>
<div class="sv-text-portlet sv-use-margins" id="{svid(12)}">{anchor("Preamble")}<div class="sv-text-portlet-content"><p class="ingress">{E(art["sub"])}</p></div></div>
{body}
<div class="sv-related-portlet sv-portlet" id="{svid(12)}">{anchor("Related links")}<h2 class="env-ui-text-sectionheading">{E(s["related_title"])}</h2>
<ul class="env-list env-list--dividers">
{related}
</ul></div>
<div class="sv-script-portlet sv-portlet" id="{svid(12)}">{anchor("Share this page")}<div class="sv-share env-m-top--medium"><h2 class="env-ui-text-overline">{E(c["share"])}</h2>
<ul class="env-list env-list--horizontal env-flex--gap-small">
{share}
<li class="env-list__item"><button type="button" class="env-button env-button--ghost env-button--small" data-sv-copy-link="{url}">{E(c["copy"])}</button></li>
</ul></div></div>
{feedback}
</div>
<aside class="sv-layout sv-column-4" id="{svid(10)}">
{aside}
</aside>
</div></div>
</main>
<footer class="sv-layout sv-template-layout footer" id="{svid(10)}">
<div class="sv-fluid-grid sv-grid-main sv-layout" id="{svid(10)}"><div class="sv-row sv-layout" id="{svid(10)}">
{footer_cols}
<div class="sv-layout sv-column-4" id="{svid(10)}"><div class="sv-script-portlet sv-portlet" id="{svid(12)}">{anchor("Footer links")}<ul class="env-list">{footer_links}</ul></div></div>
</div></div>
<div class="sv-script-portlet sv-portlet" id="{svid(12)}">{anchor("To the top")}<a class="env-button env-button--link sv-to-top" href="#content">{E(c["top"])}</a></div>
</footer>
<div class="sv-cookie-consent-banner env-shadow-large" role="region" aria-label="{A(c["ck_title"])}" data-cookie-consent-version="{rng.randint(2, 9)}" style="display:none">
<div class="sv-cookie-consent-banner__content env-p-around--medium">
<h2 class="env-ui-text-sectionheading">{E(c["ck_title"])}</h2>
<p class="env-text">{E(s["cookie"])}</p>
<div class="env-d--flex env-flex--wrap env-flex--gap-small env-m-top--small">
<button type="button" class="env-button env-button--primary" data-cookie-consent-button="accept-all">{E(c["ck_accept"])}</button>
<button type="button" class="env-button" data-cookie-consent-button="accept-necessary">{E(c["ck_necessary"])}</button>
<button type="button" class="env-button env-button--link" data-cookie-consent-button="settings" data-env-modal-dialog-trigger="sv-cookie-settings">{E(c["ck_settings"])}</button>
</div>
</div>
</div>
<div class="env-modal-dialog" id="sv-cookie-settings" role="dialog" aria-modal="true" aria-labelledby="sv-cookie-settings-title" aria-hidden="true" tabindex="-1">
<div class="env-modal-dialog__dialog"><section class="env-modal-dialog__content">
<header class="env-modal-dialog__header"><h2 class="env-text env-modal-dialog__header__title" id="sv-cookie-settings-title">{E(c["ck_settings"])}</h2></header>
<div class="env-modal-dialog__body">
<div class="env-form-element"><div class="env-form-element__control"><div class="env-switch"><input type="checkbox" id="sv-cc-necessary" checked disabled><label for="sv-cc-necessary">{E(c["c_nec"])}</label></div><p class="env-ui-text-caption">{E(c["c_nec_txt"])}</p></div></div>
<div class="env-form-element"><div class="env-form-element__control"><div class="env-switch"><input type="checkbox" id="sv-cc-statistics" name="statistics"><label for="sv-cc-statistics">{E(c["c_stats"])}</label></div><p class="env-ui-text-caption">{E(c["c_stats_txt"])}</p></div></div>
</div>
<footer class="env-modal-dialog__footer env-modal-dialog__footer--right"><button type="button" class="env-button env-button--primary" data-cookie-consent-button="save">{E(c["ck_save"])}</button><button type="button" class="env-button" data-env-modal-dialog-dismiss>{E(c["close"])}</button></footer>
</section></div>
<div class="env-modal-dialog__backdrop"></div>
</div>
</div>
<script nonce="{nonce}">svDocReady(function(){{sv.CookieConsent && sv.CookieConsent.init({{version:{rng.randint(2, 9)},categories:["necessary","statistics"]}});envision.modalDialog(document.querySelectorAll('.env-modal-dialog'));}});</script>
<script src="/webapp-files/12.{s["node"]}1/{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 19)}/main.js" nonce="{nonce}"></script>
<script src="https://cdn-eu.readspeaker.com/script/{rng.randint(10000, 99999)}/webReader/webReader.js?pids=wr" async></script>
</body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (Sitevision's editor sets inline text as make_pages does)



# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"sitevision": []}  # (the image portlet and its caption sit above the text portlets)
for _mod, _names in ((mp2, ["regional", "magazine"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp8, ["blox"]), (mp11, ["hugo"]),
                     (mp12, ["joomla4"]), (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "nightbuses", "cleanairzone", "harbourdues"]
NEW_FAMILIES = ["nightbuses", "cleanairzone", "harbourdues"]
# what an earlier docstring would say if it had described one of them (make_heldout45.py's and make_heldout51.py's
# summaries mention a night bus among their stories, so the bare "night bus" and "night-bus" are not listed)
NEW_FAMILY_WORDS = {"nightbuses": ["nightbuses", "night-bus timetable", "night bus timetable", "night-bus panel",
                                   "last departures", "night routes"],
                    "cleanairzone": ["cleanairzone", "clean air zone", "clean-air zone", "clean-air-zone", "low-emission zone",
                                     "low emission zone", "emission zone charge"],
                    "harbourdues": ["harbourdues", "harbour dues", "harbour-dues", "mooring fee", "mooring charge",
                                    "visitor mooring", "berth length"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a village's website would not carry (no newsroom to credit a photograph to, to update a story or to have
# reporters)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
# a town council's news page: no newspaper furniture (no newsroom's update line, reading time, audio player,
# related reporting, sponsored slot, app or comments either)
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll", "updated", "related", "readtime", "audio", "bookmark",
                      "continue"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "public": NOT_ON_PUBLIC_BODY}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="tide-gate-ob4"><p class="tide-gate-ob4__t">%s</p><button class="tide-gate-ob4__b" type="button">Allow</button></div>',
               '<p class="map-consent-ob4">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="evening-post-ob4"><p class="evening-post-ob4__t">%s</p><a class="evening-post-ob4__a" href="/newsletters/evening">&#10140;</a></div>',
                   '<p class="free-count-ob4">%s</p>', '<h5 class="five-oclock-ob4">%s</h5>'],
    "share": ['<ul class="pass-round-ob4">{items}</ul>', '<div class="pass-round-row-ob4">%s</div>', '<p><a href="#pass">%s</a></p>'],
    "photo": ['<p class="reader-pic-ob4">%s</p>', '<span class="reader-pic-tag-ob4">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="ask-first-ob4">%s</p>', '<div class="property-of-ob4"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="edition-tag-ob4">%s</p>', '<h6 class="edition-line-ob4">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="star-rule-ob4">%s</p>', '<div class="anchor-rule-ob4">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="desk-reporting-ob4">%s</p>', '<div class="bureau-help-ob4">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-twice-ob4"><b>%s</b></p>', '<h2 class="headline-repeat-ob4">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsored-slot-ob4">%s</div>', '<p class="continues-after-ob4">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-rest-ob4"><a href="#rest">%s</a></p>', '<div class="rest-toggle-ob4">%s</div>', '<div><a href="#rest"><b>%s</b></a></div>'],
    "comments": ['<p class="join-readers-ob4"><a href="#comments">%s</a></p>', '<div class="reader-count-ob4">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="minutes-line-ob4">%s</p>', '<span class="minutes-chip-ob4">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-line-ob4"><time>%s</time></p>', '<div class="amended-box-ob4">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="play-report-ob4"><button class="play-report-ob4__btn" type="button" aria-label="Play"></button><span class="play-report-ob4__l">%s</span></div>',
              '<p class="audio-link-ob4"><a href="#audio">%s</a></p>', '<div><a href="#audio">%s</a></div>'],
    "correction": ['<aside class="made-correction-ob4"><p>%s</p></aside>', '<p class="correction-note-ob4"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="app-first-ob4"><p class="app-first-ob4__t">%s</p><a class="app-first-ob4__a" href="/app">&#8595;</a></div>',
            '<p class="app-line-ob4">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="reporter-card-ob4"><p class="reporter-card-ob4__t">%s</p></div>', '<p class="reports-on-ob4"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-ob4"><p>%s</p></div>', '<p class="newsdesk-line-ob4">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="spotted-error-ob4"><p>%s</p></div>', '<p class="ctrl-enter-ob4">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="alerts-ask-ob4"><p class="alerts-ask-ob4__q">%s</p></div>', '<ul class="alerts-opts-ob4">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="report-tools-ob4">{items}</ul>', '<p class="tools-row-ob4">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="how-useful-ob4"><p class="how-useful-ob4__q">%s</p></div>', '<ul class="how-useful-opts-ob4">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-note-ob4"><p>%s</p></div>', '<p class="complaints-to-ob4"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="read-about-ob4"><span class="read-about-ob4__t">%s</span></div>', '<ul class="read-about-list-ob4">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="for-later-ob4"><a class="for-later-ob4__a" href="#later">%s</a></div>', '<p class="later-line-ob4"><a href="#later">%s</a></p>',
                 '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="town-asks-ob4"><p class="town-asks-ob4__q">%s</p><button class="town-asks-ob4__b" type="button">Vote</button></div>',
             '<ul class="town-asks-opts-ob4">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/E{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/E{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-poster-ob4"><a class="clip-poster-ob4__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({nightlist}: the night routes with where they run, how often and the last
    # bus, and the fares and notes, as a list; {nightrows}: the routes as a table; {nightdl}: fares, safety and nights
    # as a definition list; {cazlist}: the vehicles that pay with the standard and daily charge, and the boundary,
    # exemptions and how to pay, as a list; {cazrows}: the charges as a table; {cazdl}: boundary, exemptions and how
    # to pay as a definition list; {dueslist}: the berth lengths with nightly and yearly rates, and the visitor
    # moorings, the office and what is included, as a list; {duesrows}: the rates as a table; {duesdl}: visitor
    # moorings, office and what is included as a definition list)
    "nightbuses": ['<div class="late-routes-panel"><h4 class="late-routes-panel__hd">%s</h4><ul class="late-routes-panel__list">{nightlist}</ul></div>',
                   '<div class="late-times-grid"><p class="late-times-grid__hd"><strong>%s</strong></p><table class="late-times-grid__tbl">{nightrows}</table></div>',
                   '<p class="late-plan-link"><a href="/travel/night-buses">%s</a></p>',
                   '<div class="late-bus-card"><h5 class="late-bus-card__hd">%s</h5><dl class="late-bus-card__dl">{nightdl}</dl></div>'],
    "cleanairzone": ['<aside class="zone-charge-box"><h4 class="zone-charge-box__hd">%s</h4><ul class="zone-charge-box__list">{cazlist}</ul></aside>',
                     '<div class="zone-rates-grid"><p class="zone-rates-grid__hd"><b>%s</b></p><table class="zone-rates-grid__tbl">{cazrows}</table></div>',
                     '<p class="zone-check-btn"><a class="zone-check-btn__a" role="button" href="/clean-air-zone/vehicle-check">%s</a></p>',
                     '<div class="zone-facts-card"><h5 class="zone-facts-card__hd">%s</h5><dl class="zone-facts-card__dl">{cazdl}</dl></div>'],
    "harbourdues": ['<div class="quay-dues-panel"><h4 class="quay-dues-panel__hd">%s</h4><ul class="quay-dues-panel__list">{dueslist}</ul></div>',
                    '<div class="berth-rates-grid"><p class="berth-rates-grid__hd"><strong>%s</strong></p><table class="berth-rates-grid__tbl">{duesrows}</table></div>',
                    '<p class="dues-pay-btn"><a class="dues-pay-btn__a" role="button" href="/harbour/dues/pay">%s</a></p>',
                    '<div class="visitor-berth-card"><h5 class="visitor-berth-card__hd">%s</h5><dl class="visitor-berth-card__dl">{duesdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/evening"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass">%s</a>']),
          "section": (0.5, ['<b>%s</b> / ']),
          "nightbuses": (0.0, [' <a href="/travel/night-buses"><strong>%s</strong></a>']),
          "cleanairzone": (0.0, [' <a class="btn" href="/clean-air-zone/vehicle-check"><b>%s</b></a>']),
          "harbourdues": (0.0, ['<br><a href="/harbour/dues/pay"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "nightbuses": 2, "cleanairzone": 2, "harbourdues": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-photo-ob4"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-inline.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></p>']
RELATED_STYLES = ['<div class="around-town-ob4"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-around-ob4"><p class="more-around-ob4__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (NIGHT_HEAD, CAZ_HEAD, HARBOUR_HEAD, above), as the web teams left them (not checked)


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
    if "{night" in style:
        out = (out.replace("{nightlist}", "".join('<li><strong>%s</strong> %s: %s, %s</li>' % tuple(esc(x) for x in r) for r in NIGHT_ROUTES[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in NIGHT_INFO[lang]))
               .replace("{nightrows}", table(NIGHT_HEAD[lang], NIGHT_ROUTES[lang])).replace("{nightdl}", dl(NIGHT_INFO[lang])))
    if "{caz" in style:
        out = (out.replace("{cazlist}", "".join('<li><strong>%s</strong> (%s): %s</li>' % tuple(esc(x) for x in r) for r in CAZ_CHARGES[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CAZ_INFO[lang]))
               .replace("{cazrows}", table(CAZ_HEAD[lang], CAZ_CHARGES[lang])).replace("{cazdl}", dl(CAZ_INFO[lang])))
    if "{dues" in style:
        out = (out.replace("{dueslist}", "".join('<li><strong>%s</strong>: %s %s · %s %s</li>' % (esc(r[0]), esc(HARBOUR_HEAD[lang][1]), esc(r[1]), esc(HARBOUR_HEAD[lang][2]), esc(r[2])) for r in HARBOUR_RATES[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in HARBOUR_INFO[lang]))
               .replace("{duesrows}", table(HARBOUR_HEAD[lang], HARBOUR_RATES[lang])).replace("{duesdl}", dl(HARBOUR_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "nightbuses": rng.choice([mid, n, n]),
               "cleanairzone": rng.choice([0, mid, n]), "harbourdues": rng.choice([mid, n])}.get(fam, mid)
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
       "magazine": ("wrap", '<div class="feature-panel feature-panel--stone">\n', "\n</div>"),
       "sitevision": ("template",)}  # (a decorated layout holding its own text portlet, drawn by tpl_sitevision)
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>"),
           "sitevision": ("template",)}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">🛒</div><div class="kg-callout-text">', "</div></div>")}
BOLD = {"sitevision": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "sitevision": ("<em>", "</em>")}
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
# templates: sitevision is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"sitevision": tpl_sitevision, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion,
                 "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h90), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "sitevision"


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
            rng = random.Random("newsflow-heldout92-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI92[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 91) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.de", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}



def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h90), labels, furniture strings,
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
    # layouts: sitevision (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h89 or h90 gave it
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
    # the sitevision pages: a site of SV_SITES in its own language (SV_CORE); of the looks only those Sitevision's
    # text editor sets (bold, italic, a line break) and the decorations of a layout (a boxed paragraph, a fact box);
    # no story tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in SV_SITES or a["lang"] not in SV_CORE
                                       or SV_SITES[a["site"]]["lang"] != a["lang"]
                                       or any(st not in ("bold", "italic", "br", "box", "factbox") for st, _ in a.get("look", []))):
            problems.append("%s: sitevision page needs a Sitevision site in its language and the editor's looks only" % a["id"])
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
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    sv_sites = [{k: v for k, v in d.items() if k not in SV_EXEMPT} for d in SV_SITES.values()]
    # (SV_CORE, NIGHT_HEAD, CAZ_HEAD and HARBOUR_HEAD, the platform's strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("SV_SITES", sv_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "SV_SITES" and s.startswith("/")):
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






