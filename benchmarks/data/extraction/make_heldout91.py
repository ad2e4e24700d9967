#!/usr/bin/env python3
"""Ninety-first held-out part (h91-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout91.py           # write pages/h91-*.html
    python benchmarks/data/extraction/make_heldout91.py --check   # verify pages/h91-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout91.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout92.py and its stories, written at the same time by another writer, were not).  Built on the structure
of make_heldout90.py and make_heldout89.py: build() -> (pages, truth, meta) and verify(pages, truth) -> problems,
with the same signatures, so that make_pages.py can import this module and merge it the same way.
Stories are in articles_h91_en.py / articles_h91_intl.py (fictional local and regional outlets on an invented
stretch of coast and its rivers -- Wrayhaven and the Merrow coast, Çamlıkıyı and Sarıbayır, Lütjensiel and
Kaltenbrück, Port-Morvan and Saint-Brivel, Montejara and Puerto Salvela, Kovylsk on the Kovylka --; every name and
number invented).  The residue wordings -- thirty of the generic families of the earlier parts (one wording each in
every language, two for the newsletter, whose first is the pitch run into a paragraph, and for the embed) plus three
new ones -- their wrapper class names, related headlines, site names, the sites' own strings in the earlier layouts
and the first-round furniture strings are new here: verify() refuses to build if one reuses a sentence of
make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines or site names of
make_heldout2..90, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part recurs, if a
headline is also a story paragraph, or if a body is outside 150-400 words.  The earlier families placed only for a
reason in a story (calendar, map, gallery, scores) are not used: no story of this part needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in at least three languages, their four markups in turn over the part (a list, a table,
a link or button -- which "run_in" makes the editor type at the end of the last paragraph --, a definition-list
card): school-holiday activity club listings (holidayclubs: the clubs with their ages, days and times and prices,
and how to book, what to bring and the free places) on English working parents short of summer places after a
club lost its school hall (the list), a Turkish seaside town's free summer sports schools (the table), a French
town's full leisure centre for July (the booking button, run into the last paragraph) and a Spanish town's larger
summer day camps (the card); cruise-ship call schedules (cruisecalls: the ships with their dates, hours in port and
passengers, and the notes on shuttles, coaches and the visitor desk) on an English harbour town's busiest cruise
season (the Oxygen page: the list), an English pier's first expedition-ship passengers (the table), a German
harbour town's quarrel over shore power (the Oxygen page: the "whole season" link, which the editor ran into the
end of a paragraph) and a Russian river town's forty
river-cruise calls (the card); bike security-marking session notices (bikemarking: the sessions with their places,
days and times, and what to bring, the cost and registering the bike) on English thefts from a station's cycle
racks (the list), a Turkish town's frame numbers against thieves (the table), a German police prevention team's
engraving appointments (the booking link, run into the last paragraph) and French thefts near a station and a beach
car park (the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads
(CLUB_HEAD, CRUISE_HEAD, MARK_HEAD) are the web teams' generic strings and not checked; the rows (CLUB_ROWS,
CLUB_INFO, CRUISE_ROWS, CRUISE_INFO, MARK_ROWS, MARK_INFO) are, cell by cell.  (make_heldout45.py's summary mentions a
leisure centre's "holiday club" as the subject of a story carrying term dates, so NEW_FAMILY_WORDS does not list the
bare words "holiday club".)
The other generic families are balanced over the part, leaving out those a small site would not print (the story's
"kind": an English village's website on uCoz); a correction box goes only on a story that was corrected, with that
story's own wording (an English net loft turned boat workshop, a German baker's bus).  Residue markup varies as on
real pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted by editors,
headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a line run into the
end of a story paragraph (credit, tip, newsletter pitch, share line, the club booking button, the cruise schedule
link, the marking link; only one line in any paragraph) or a bold section tag run into the start of the first
paragraph.  On the new layout, residue the editor pasted into the post sits between the paragraphs of the post
content inside its Rich Text element.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (a
class on the paragraph, on gutenberg, wordpress, sanity and magazine), italics (a one-line quote on both Oxygen pages
and on semantic), bold (a one-line paragraph on both Oxygen pages), a highlighted sentence (a <mark> on quintype), a
paragraph in a box (a Gutenberg group, a CKEditor style on drupal, the magazine's panel), a fact box holding a
subheading and its list (a Fusion custom embed: a leisure centre's summer in figures), a Ghost callout card (where
and how long a baker's bus stops), a paragraph typed after a <br> (Shift+Enter, on both Oxygen pages and on hugo);
story structures that look like furniture but are the story: question-and-answer interviews (questions typed in
bold, some of a few words -- "Any close calls of your own?", "Ya fırtınalar?", "Bundan sonra?", "Et l'hiver ?",
"Un souvenir qui reste ?" --,
in English, Turkish and French: a lifeboat coxswain after 26 years, a fisherman after forty, a ferryman after
thirty), lists inside the story (a police officer's advice on locks, what a lido's money paid for, the sports of a
summer school, three reasons to engrave a bike, a leisure centre's summer in figures, a town's day camps),
crossheads as headings and as bold paragraphs, one-line quotes and short one-line paragraphs ("Not everyone is
celebrating.", "The gig should be launched next spring.", "Doch die Freude ist nicht ungeteilt.", « Un vélo marqué
se revend mal. Les voleurs le savent. », "“By the end we had a human chain.”"), a closing line with practical information (a harbour office's hours, a
library waiting list, a lifeboat open day, season passes at a lido's gate, a town council meeting, tool donations
on Saturdays, a church porch, a registration desk's hours, a museum's hours, a residents' meeting, a baker's
opening hours, a town hall's family portal, a market-square marking session, a farewell drink at a slipway,
guided visits of a fish market, an open-air cinema's show time, a repair café's hours, a river station's ticket
office, a riverside museum's Sunday visits), and story sentences that use furniture words in ordinary reporting
("We sold an awful lot of cookies", "take a photo of your bike", "on its Facebook page", "follow the group on
Instagram or sign up to its monthly email newsletter" closing a story, "Fotoğrafını çekip", "der einzige Kontakt in
der Woche", "photographier son vélo", "una foto", "Una foto no huele", "печенье к чаю"), some at the start or end
of a story.  Two pages carry no residue at all (a Turkish fisherman's interview on cms and a Russian repair café on
semantic) and one only its correction line (a German baker's bus on ghost).
One page layout is new (oxygen: a post on a WordPress site built with the Oxygen Builder, on two pages, an English
and a German one; see the section of the layout below).  The platforms' strings (OXY_CORE: WordPress's comment form
and feeds, Yoast's labels, the Cookie Notice plugin's buttons, Oxygen's social-icon titles, the date format) are
left as they ship and not checked; the sites' own strings (OXY_SITES) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- portal, amp, table,
legacy-br, semantic, storybody, cms, wordpress, ghost (make_pages.py), regional, magazine (make_heldout2.py), drupal
(make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), blox (make_heldout8.py), hugo (make_heldout11.py), joomla4 (make_heldout12.py) and ucoz
(make_heldout19.py) --, none of them in the language h89 or h90 gave it (9 English pages, 3 in each other language
but German, which has 2 besides its Oxygen page: English on portal, table, drupal, gutenberg, typo3, hugo, joomla4 and
ucoz; Turkish on blox, legacy-br and cms; German on chunks and ghost; French on fusion, amp and storybody; Spanish on
regional, quintype and sanity; Russian on semantic, wordpress and magazine); while a page is rendered, the earlier
modules' related headlines, the strings that belong to one site rather than to the platform (see SITE_STRINGS) and
the residue pools those helpers draw from themselves are swapped for this part's own, and the templates get this
part's furniture strings (UI_NEW) instead of make_pages.UI.
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
from make_pages import E, A, UI  # noqa: E402
from articles_h91_en import ARTICLES as H91_EN  # noqa: E402
from articles_h91_intl import ARTICLES as H91_INTL  # noqa: E402


ARTICLES = H91_EN + H91_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18, mp19, mp20,
                   mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34, mp35,
                   mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65,
                   mp66, mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78, mp79, mp80,
                   mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90)
# parts whose layouts' languages this part avoids (the two latest finished parts)
LANG_PARTS = (mp89, mp90)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h91"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["Merrow Coast Courier", "Pelham Cross Advertiser", "Skelmore and District Mercury", "The Merrow Chronicle",
           "Wrayhaven Weekly Post", "Ansty Vale Express", "The Merrow Coast Echo"],
    "tr": ["Çamlıkıyı Ekspres", "Sarıbayır Haber Postası", "Kıyı Gazetesi Çamlıkıyı"],
    "de": ["Kaltenbrücker Tageblatt", "Siel- und Marschkurier"],
    "fr": ["L'Écho de Port-Morvan", "Le Brivelois", "Côte du Lédan Infos"],
    "es": ["Crónica de Montejara", "El Faro de Salvela", "Montejara al Día"],
    "ru": ["Ковыльская заря", "Вестник Ковыльска", "Ковыльск сегодня"],
}
# sites fixed per page (the two Oxygen sites, an English village's website on uCoz) are given in the stories' "site"
# field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h90 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["The Wrayhaven tide table only loads once you accept functional cookies"],
        "tr": ["Çamlıkıyı gelgit ve rüzgâr çizelgesi, işlevsel çerezleri kabul ettiğinizde yüklenir"],
        "de": ["Die Lütjensieler Tidentabelle erscheint erst, wenn Sie funktionale Cookies erlauben"],
        "fr": ["Les horaires des marées de Port-Morvan ne s'affichent qu'avec les cookies fonctionnels"],
        "es": ["La tabla de mareas de Montejara solo se carga si aceptas las cookies funcionales"],
        "ru": ["Расписание теплоходов Ковыльска загрузится только после согласия на функциональные cookie"],
    },
    "newsletter": {
        "en": ["The Merrow Morning lands at seven: Wrayhaven's news in your inbox before the first ferry sails",
               "You have read 2 of your 4 free Wrayhaven stories this month"],
        "tr": ["Kıyı Sabahı her gün yedide: Çamlıkıyı haberleri ilk vapur kalkmadan e-postanızda",
               "Bu ay 4 ücretsiz Çamlıkıyı haberinden 2'sini okudunuz"],
        "de": ["Der Sielbrief kommt um sieben: Lütjensieler Nachrichten im Postfach, bevor die erste Fähre ablegt",
               "Sie haben diesen Monat 2 von 4 freien Lütjensieler Artikeln gelesen"],
        "fr": ["La Matinale de Port-Morvan arrive à 7 h : l'actualité dans votre boîte avant le premier bac",
               "Vous avez lu 2 de vos 4 articles gratuits de Port-Morvan ce mois-ci"],
        "es": ["La Mañana de Montejara llega a las siete: las noticias en tu correo antes de que zarpe el primer ferri",
               "Has leído 2 de tus 4 noticias gratuitas de Montejara este mes"],
        "ru": ["«Ковыльское утро» выходит в семь: новости города на почту раньше первого теплохода",
               "В этом месяце вы прочитали 2 из 4 бесплатных материалов о Ковыльске"],
    },
    "share": {
        "en": ["Pass it along the Merrow coast: Facebook · X · WhatsApp · Email a friend"],
        "tr": ["Kıyıda herkese ulaştırın: Facebook · X · WhatsApp · Arkadaşına e-posta"],
        "de": ["An der Küste weitersagen: Facebook · X · WhatsApp · Freunden mailen"],
        "fr": ["Faites circuler à Port-Morvan : Facebook · X · WhatsApp · Envoyer à un ami"],
        "es": ["Que se entere Montejara: Facebook · X · WhatsApp · Enviar a un amigo"],
        "ru": ["Расскажите Ковыльску: ВКонтакте · Одноклассники · Telegram · Отправить другу"],
    },
    "photo": {
        "en": ["Photograph from the Wrayhaven camera club's collection"],
        "tr": ["Fotoğraf: Çamlıkıyı foto kulübü koleksiyonu"],
        "de": ["Foto aus der Sammlung des Lütjensieler Fotoklubs"],
        "fr": ["Photo tirée du fonds du photo-club de Port-Morvan"],
        "es": ["Foto de la colección del fotoclub de Montejara"],
        "ru": ["Снимок из собрания ковыльского фотоклуба"],
    },
    "copyright": {
        "en": ["© {site} 2026: no part of this Wrayhaven report may be published again without the editor's written permission."],
        "tr": ["© {site} 2026: bu Çamlıkıyı haberinin hiçbir bölümü editörün yazılı izni olmadan yeniden yayımlanamaz."],
        "de": ["© {site} 2026: kein Teil dieses Lütjensieler Berichts darf ohne schriftliche Erlaubnis der Redaktion erneut erscheinen."],
        "fr": ["© {site} 2026 : aucun extrait de cet article de Port-Morvan ne peut être republié sans l'autorisation écrite de la rédaction."],
        "es": ["© {site} 2026: ninguna parte de esta información de Montejara puede volver a publicarse sin permiso escrito de la dirección."],
        "ru": ["© «{site}», 2026: перепечатка ковыльских материалов, полностью или частично, — только с письменного разрешения редактора."],
    },
    "section": {
        "en": ["{section} · Merrow coast desk"],
        "tr": ["{section} · Çamlıkıyı kıyı masası"],
        "de": ["{section} · Küstenredaktion Lütjensiel"],
        "fr": ["{section} · Desk de Port-Morvan"],
        "es": ["{section} · Mesa de costa de Montejara"],
        "ru": ["{section} · Ковыльская редакция"],
    },
    "related": {
        "en": ["More from the Merrow coast this week"],
        "tr": ["Bu hafta Çamlıkıyı kıyısından daha fazlası"],
        "de": ["Mehr von der Lütjensieler Küste"],
        "fr": ["Aussi cette semaine sur la côte de Port-Morvan"],
        "es": ["Más de la costa de Montejara esta semana"],
        "ru": ["Ещё о Ковыльске и Ковылке на этой неделе"],
    },
    "symbol": {"*": ["⚓ ∙ ⚓ ∙ ⚓", "≈≈ ⚓ ≈≈", "— ⚓ —"]},
    "credit": {
        "en": ["With reporting by the {site} coast team"],
        "tr": ["{site} kıyı ekibinin katkılarıyla hazırlandı"],
        "de": ["Mit Material des Lütjensieler Küstenteams von {site}"],
        "fr": ["Avec l'équipe littorale de {site}"],
        "es": ["Con información del equipo de costa de {site}"],
        "ru": ["С материалами ковыльской прибрежной группы «{site}»"],
    },
    "ad": {
        "en": ["Sponsored · the Wrayhaven story continues after this message"],
        "tr": ["Sponsorlu · Çamlıkıyı haberi bu mesajdan sonra sürüyor"],
        "de": ["Gesponsert · der Lütjensieler Bericht geht nach dieser Anzeige weiter"],
        "fr": ["Sponsorisé · l'article de Port-Morvan continue après ce message"],
        "es": ["Patrocinado · la noticia de Montejara continúa tras este mensaje"],
        "ru": ["Спонсорский блок · ковыльский материал продолжится ниже"],
    },
    "continue": {
        "en": ["Keep reading the whole Wrayhaven story"],
        "tr": ["Çamlıkıyı haberinin tamamını okumaya devam edin"],
        "de": ["Den ganzen Lütjensieler Bericht weiterlesen"],
        "fr": ["Continuer la lecture de l'article de Port-Morvan"],
        "es": ["Sigue leyendo la noticia completa de Montejara"],
        "ru": ["Дочитать ковыльский материал до конца"],
    },
    "comments": {
        "en": ["Join the {n} Merrow coast readers talking about this"],
        "tr": ["Bu konuyu konuşan {n} Çamlıkıyı okuruna katılın"],
        "de": ["Diskutieren Sie mit {n} Lesern von der Sielküste"],
        "fr": ["Rejoignez les {n} lecteurs de Port-Morvan qui en parlent"],
        "es": ["Únete a los {n} lectores de Montejara que ya opinan"],
        "ru": ["Присоединяйтесь к {n} читателям из Ковыльска в обсуждении"],
    },
    "readtime": {
        "en": ["{m} minutes from the Merrow coast"],
        "tr": ["Çamlıkıyı'dan {m} dakikalık haber"],
        "de": ["Lesezeit {m} Minuten, von der Sielküste"],
        "fr": ["Port-Morvan, lecture de {m} min"],
        "es": ["Montejara, {m} minutos de lectura"],
        "ru": ["Ковыльск, {m} мин на чтение"],
    },
    "updated": {
        "en": ["Brought up to date {d} at {t} as more came in from Wrayhaven"],
        "tr": ["Çamlıkıyı'dan yeni bilgiler geldikçe {d}, {t} itibarıyla güncellendi"],
        "de": ["Am {d} um {t} Uhr mit neuen Angaben aus Lütjensiel ergänzt"],
        "fr": ["Complété le {d} à {t} avec de nouveaux éléments de Port-Morvan"],
        "es": ["Ampliada el {d} a las {t} con más datos desde Montejara"],
        "ru": ["Дополнено {d} в {t} по новым данным из Ковыльска"],
    },
    "audio": {
        "en": ["Listen to this Wrayhaven report · {m} min"],
        "tr": ["Bu Çamlıkıyı haberini dinleyin · {m} dk"],
        "de": ["Diesen Lütjensieler Bericht anhören · {m} Min."],
        "fr": ["Écouter cet article de Port-Morvan · {m} min"],
        "es": ["Escucha esta noticia de Montejara · {m} min"],
        "ru": ["Слушать ковыльский материал · {m} мин"],
    },
    "correction": {
        "en": ["This Wrayhaven report was amended after publication."],
        "tr": ["Bu Çamlıkıyı haberi yayımlandıktan sonra düzeltildi."],
        "de": ["Dieser Lütjensieler Bericht wurde nach der Veröffentlichung korrigiert."],
        "fr": ["Cet article de Port-Morvan a été corrigé après sa publication."],
        "es": ["Esta noticia de Montejara se corrigió después de publicarse."],
        "ru": ["Ковыльский материал исправлен после публикации."],
    },
    "app": {
        "en": ["Get Wrayhaven alerts on your phone with the {site} app"],
        "tr": ["{site} uygulamasıyla Çamlıkıyı bildirimleri telefonunuzda"],
        "de": ["Lütjensieler Meldungen aufs Handy: mit der App von {site}"],
        "fr": ["Les alertes de Port-Morvan sur votre téléphone avec l'appli {site}"],
        "es": ["Los avisos de Montejara en tu móvil con la app de {site}"],
        "ru": ["Ковыльские новости в телефоне — в приложении «{site}»"],
    },
    "bio": {
        "en": ["{by} reports on {section} along the Merrow coast for {site}."],
        "tr": ["{by}, {site} için Çamlıkıyı kıyısında {section} haberlerini yazıyor."],
        "de": ["{by} schreibt für {site} über {section} an der Lütjensieler Küste."],
        "fr": ["{by} suit la rubrique {section} sur le littoral de Port-Morvan pour {site}."],
        "es": ["{by} se ocupa de {section} en la costa de Montejara para {site}."],
        "ru": ["{by} пишет на тему «{section}» о Ковыльске и Ковылке для «{site}»."],
    },
    "tip": {
        "en": ["Seen something on the Merrow coast? Message the Wrayhaven newsdesk on 01632 960 344"],
        "tr": ["Çamlıkıyı kıyısında bir şey mi gördünüz? Haber hattımız: 0 (252) 900 34 40"],
        "de": ["Etwas an der Sielküste beobachtet? Redaktion Lütjensiel: 04741 344-0"],
        "fr": ["Vous avez vu quelque chose à Port-Morvan ? Appelez la rédaction au 02 00 34 40 00"],
        "es": ["¿Has visto algo en Montejara? Llama a la redacción al 986 000 344"],
        "ru": ["Что-то видели в Ковыльске? Звоните в редакцию: 8 (48235) 3-44-00"],
    },
    "typo": {
        "en": ["Spotted a mistake in this Wrayhaven story: highlight the words and press Ctrl+Enter to tell the coast desk"],
        "tr": ["Bu Çamlıkıyı haberinde bir hata mı gördünüz? Seçip Ctrl+Enter'a basın"],
        "de": ["Fehler im Lütjensieler Bericht gefunden: Textstelle markieren und per Strg+Enter an die Küstenredaktion senden"],
        "fr": ["Une erreur dans cet article de Port-Morvan ? Sélectionnez-la et tapez Ctrl+Entrée"],
        "es": ["¿Un error en esta noticia de Montejara? Selecciónalo y pulsa Ctrl+Intro"],
        "ru": ["Нашли ошибку в ковыльском материале — выделите фрагмент и нажмите Ctrl+Enter, чтобы сообщить редакции"],
    },
    "push": {
        "en": ["Wrayhaven breaking news in this browser: Turn on alerts · No thanks"],
        "tr": ["Çamlıkıyı son dakika haberleri bu tarayıcıda: Bildirimleri aç · Hayır, teşekkürler"],
        "de": ["Lütjensieler Eilmeldungen in diesem Browser: Meldungen einschalten · Nein danke"],
        "fr": ["Les urgences de Port-Morvan dans ce navigateur : Activer les alertes · Non merci"],
        "es": ["Última hora de Montejara en este navegador: Activar avisos · No, gracias"],
        "ru": ["Срочные новости Ковыльска в этом браузере: Включить уведомления · Нет, спасибо"],
    },
    "print": {
        "en": ["Wrayhaven story tools: Print · Download as PDF · Send by email"],
        "tr": ["Çamlıkıyı haber araçları: Yazdır · PDF olarak indir · E-postayla gönder"],
        "de": ["Werkzeuge für diesen Lütjensieler Bericht: Drucken · Als PDF laden · Per Mail schicken"],
        "fr": ["Outils de l'article de Port-Morvan : Imprimer · Télécharger en PDF · Envoyer par courriel"],
        "es": ["Herramientas de la noticia de Montejara: Imprimir · Descargar en PDF · Enviar por correo"],
        "ru": ["Инструменты ковыльского материала: Печать · Скачать PDF · Переслать по почте"],
    },
    "feedback": {
        "en": ["Did this Wrayhaven story tell you what you needed: Yes, it helped · It helped a bit · It didn't help"],
        "tr": ["Bu Çamlıkıyı haberi işinize yaradı mı: Evet, yaradı · Biraz yaradı · Hayır, yaramadı"],
        "de": ["Hat Ihnen dieser Lütjensieler Bericht weitergeholfen: Ja, sehr · Ein wenig · Gar nicht"],
        "fr": ["Cet article de Port-Morvan vous a-t-il été utile : Oui, beaucoup · Un peu · Pas du tout"],
        "es": ["Esta noticia de Montejara te ha servido: Sí, mucho · Un poco · Nada de nada"],
        "ru": ["Помог ли вам ковыльский материал: Да, помог · Отчасти · Нет, не помог"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Merrow coast reporting go to standards@merrowcoast.example."],
        "tr": ["{site} basın meslek ilkelerine uyar; Çamlıkıyı haberlerimizle ilgili şikâyetler: ilkeler@camlikiyi.example."],
        "de": ["{site} hält sich an den Pressekodex; Beschwerden über unsere Küstenberichte an kodex@luetjensiel.example."],
        "fr": ["{site} respecte la charte de Munich ; vos réclamations sur nos articles de Port-Morvan : charte@portmorvan.example."],
        "es": ["{site} se rige por el código deontológico de la FAPE; reclamaciones sobre nuestra información de Montejara: codigo@montejara.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики; жалобы на ковыльские материалы: etika@kovylsk.example."],
    },
    "topics": {
        "en": ["Topics: {section} · Wrayhaven · Merrow coast"],
        "tr": ["Konular: {section} · Çamlıkıyı · Sarıbayır"],
        "de": ["Themen: {section} · Lütjensiel · Kaltenbrück"],
        "fr": ["Thèmes : {section} · Port-Morvan · Saint-Brivel"],
        "es": ["Temas: {section} · Montejara · Puerto Salvela"],
        "ru": ["Темы: {section} · Ковыльск · Сосновка"],
    },
    "bookmark": {
        "en": ["☆ Save this Wrayhaven story for later"],
        "tr": ["☆ Bu Çamlıkıyı haberini sonra okumak için kaydet"],
        "de": ["☆ Lütjensieler Bericht für später merken"],
        "fr": ["☆ Garder cet article de Port-Morvan pour plus tard"],
        "es": ["☆ Guardar esta noticia de Montejara para luego"],
        "ru": ["☆ Отложить ковыльский материал на потом"],
    },
    "poll": {
        "en": ["Your view, Wrayhaven: good news · bad news · makes no difference to me"],
        "tr": ["Sizce Çamlıkıyı: iyi haber · kötü haber · benim için fark etmez"],
        "de": ["Ihre Meinung, Lütjensiel: gute Nachricht · schlechte Nachricht · ist mir egal"],
        "fr": ["Votre avis, Port-Morvan : bonne nouvelle · mauvaise nouvelle · ça m'est égal"],
        "es": ["Tu opinión, Montejara: buena noticia · mala noticia · me da igual"],
        "ru": ["Ваше мнение, Ковыльск: хорошая новость · плохая новость · мне всё равно"],
    },
    "embed": {
        "en": ["See {handle}'s Merrow coast post on Instagram", "Play {handle}'s Wrayhaven video on YouTube"],
        "tr": ["{handle} hesabının Çamlıkıyı paylaşımını Instagram'da görün", "{handle} hesabının Çamlıkıyı videosunu YouTube'da oynatın"],
        "de": ["Beitrag von {handle} von der Sielküste auf Instagram ansehen", "Video von {handle} aus Lütjensiel auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur Port-Morvan dans Instagram", "Lancer la vidéo de {handle} sur Port-Morvan sur YouTube"],
        "es": ["Ver la publicación de {handle} sobre Montejara en Instagram", "Reproducir el vídeo de {handle} sobre Montejara en YouTube"],
        "ru": ["Посмотреть пост {handle} о Ковыльске в Instagram", "Включить видео {handle} о Ковыльске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "holidayclubs": {
        "en": ["Holiday activity clubs this summer", "Summer club places at a glance", "Book a holiday club place ›", "Holiday clubs: what parents need to know"],
        "tr": ["Bu yaz çocuklar için etkinlik kulüpleri", "Yaz kulüpleri bir bakışta", "Yaz kulübüne kayıt olun ›", "Yaz kulüpleri: velilerin bilmesi gerekenler"],
        "fr": ["Accueils de loisirs cet été", "Les accueils de loisirs en un coup d'œil", "Réserver une place en accueil de loisirs ›", "Centres de loisirs : infos pratiques"],
        "es": ["Campamentos urbanos este verano", "Los campamentos de un vistazo", "Inscríbete en un campamento urbano ›", "Campamentos urbanos: lo que debes saber"],
    },
    "cruisecalls": {
        "en": ["Cruise calls on the Merrow coast this season", "Cruise ship arrivals on the Merrow coast", "See the whole cruise call schedule ›", "Cruise days: visitor information"],
        "de": ["Kreuzfahrtanläufe in Lütjensiel", "Schiffsanläufe im Überblick", "Alle Anläufe der Saison ansehen ›", "Anlauftage: Hinweise für Gäste und Anwohner"],
        "ru": ["Заходы круизных теплоходов в Ковыльск", "Расписание стоянок у городского причала", "Всё расписание навигации ›", "Дни стоянок: что нужно знать"],
    },
    "bikemarking": {
        "en": ["Free bike marking sessions", "Bike security marking dates", "Book a bike marking slot ›", "Getting your bike marked"],
        "tr": ["Ücretsiz bisiklet işaretleme günleri", "Bisiklet işaretleme takvimi", "İşaretleme için randevu alın ›", "Bisiklet işaretleme: nasıl yapılıyor"],
        "de": ["Fahrradcodierung: die nächsten Termine", "Codiertermine der Polizei", "Codiertermin online buchen ›", "Fahrradcodierung: das sollten Sie wissen"],
        "fr": ["Marquage des vélos : prochaines permanences", "Les séances de marquage", "Prendre rendez-vous pour marquer son vélo ›", "Marquage vélo : mode d'emploi"],
    },
}
NEW_STYLE_WORDING = {"holidayclubs": [0, 1, 2, 3], "cruisecalls": [0, 1, 2, 3], "bikemarking": [0, 1, 2, 3]}
# the holiday activity clubs: the club, the ages, the days and times, the price; and how to book, what to bring,
# free places
CLUB_ROWS = {
    "en": [("Sandpipers at St Brannock's", "4 to 11", "Mon–Fri 8am–6pm, 20 Jul–7 Aug", "£32 a day, sibling discount"),
           ("Skelmore Leisure Centre multi-sport", "6 to 14", "Mon–Thu 9am–3pm", "£19 a day"),
           ("Merrow Coast Surf Club juniors", "8 to 15", "Tue and Thu mornings", "£85 for five sessions"),
           ("Pelham Cross library craft club", "5 to 10", "Wednesdays 2pm–4pm", "no charge, booking needed")],
    "tr": [("Sahil Spor Salonu yüzme okulu", "7-14 yaş", "Pzt–Cum 09.00–12.00", "belediye karşılıyor"),
           ("Çamlıkıyı Yelken Kulübü", "10-14 yaş", "Salı ve perşembe 10.00–13.00", "belediye karşılıyor, can yeleği kulüpten"),
           ("Kent Kütüphanesi yaz atölyesi", "6-11 yaş", "Çarşamba 14.00–16.00", "ücret alınmıyor"),
           ("Gençlik Merkezi satranç kursu", "8-14 yaş", "Cumartesi sabahı 10.30–12.30", "ücret alınmıyor, setler merkezden")],
    "fr": [("Accueil de loisirs de Kervian", "3-11 ans", "du lundi au vendredi, 7 h 30–18 h 30", "4 à 16 € la journée"),
           ("Groupe de l'école Jules-Verne", "6-11 ans", "à partir du 15 juillet, 8 h–18 h", "même tarif, selon le quotient"),
           ("Stage voile du Cercle nautique", "8-14 ans", "matinées, du lundi au vendredi", "95 € la semaine"),
           ("Ludothèque de Saint-Brivel", "3-10 ans", "mercredis, 14 h–17 h 30", "adhésion familiale de 12 €")],
    "es": [("Campamento del Polideportivo Municipal", "4-12 años", "de lunes a viernes, 9.00–14.00", "30–90 € por turno"),
           ("Vela y piragüismo en Puerto Salvela", "8-12 años", "de lunes a viernes, 10.00–13.30", "45–90 € por turno"),
           ("Teatro y música en la Casa de Cultura", "6-12 años", "de lunes a jueves, 9.30–13.30", "30–60 € por turno"),
           ("Aula de naturaleza del monte Faro", "4-10 años", "martes y jueves, 9.00–14.00", "gratis para rentas bajas")],
}
CLUB_HEAD = {"en": ("Club", "Ages", "When", "Price"), "tr": ("Kulüp", "Yaş", "Gün ve saat", "Ücret"),
             "fr": ("Accueil", "Âges", "Horaires", "Tarif"), "es": ("Campamento", "Edades", "Horario", "Precio")}
CLUB_INFO = {
    "en": [("Booking a club place", "online through the county's family portal, or in person at Skelmore library"),
           ("Packing list for the day", "a packed lunch, a water bottle, sun cream and a hat"),
           ("Free places", "for children on free school meals, through the holiday food and activities programme")],
    "tr": [("Kayıt", "Sahil Spor Salonu'ndaki masada, çocuğun nüfus cüzdanı ve sağlık raporuyla"),
           ("Çantaya konacaklar", "havlu, mayo, bone ve su şişesi"),
           ("Öncelik", "şehit ve gazi yakınları ile engelli çocuklara")],
    "fr": [("Où s'inscrire", "sur le portail famille de la commune ou à l'accueil de la mairie"),
           ("À prévoir", "une casquette, une gourde, de la crème solaire et un maillot les jours de plage"),
           ("Aides", "les bons CAF sont acceptés, paiement possible en trois fois")],
    "es": [("Dónde inscribirse", "en la sede electrónica o en la oficina de atención ciudadana"),
           ("En la mochila", "almuerzo de media mañana, gorra, crema solar y una botella de agua"),
           ("Plazas gratuitas", "para familias con rentas bajas, según el baremo municipal")],
}
# the cruise-ship calls: the ship, the date, the hours in port, the passengers; and the notes for visitors and
# residents
CRUISE_ROWS = {
    "en": [("Aurelia Star", "Tue 19 May", "8am–6pm", "1,900 at Wrayhaven, by tender to the fish quay"),
           ("Marisol Dawn", "Thu 2 July", "9am–7.30pm", "1,240 at Wrayhaven's deep-water berth"),
           ("Northern Petrel", "Sat 11 July", "7.30am–3pm", "180 at Skelmore pier, by launch"),
           ("Vindfjord", "Mon 24 August", "8am–5.30pm", "930 at Wrayhaven's deep-water berth")],
    "de": [("Nordlys Aurora", "Dienstag 12.05.", "8 bis 18 Uhr", "1.450 Gäste, Südkai"),
           ("Hanseatic Tern", "Samstag 30.05.", "7 bis 16 Uhr", "230 Gäste, Südkai"),
           ("Marisol Dawn", "Mittwoch 17.06.", "9 bis 19 Uhr", "1.240 Gäste, auf Reede"),
           ("Vindfjord", "Freitag 21.08.", "8 bis 17 Uhr", "930 Gäste, Südkai")],
    "ru": [("«Академик Стрельцов»", "27 мая", "10:00–16:30", "280 туристов"),
           ("«Волжская звезда»", "9 июня", "08:00–13:00", "310 туристов"),
           ("«Михаил Лермонтов»", "21 июня", "14:00–20:00", "190 туристов"),
           ("«Академик Стрельцов»", "5 июля", "09:30–15:30", "280 туристов")],
}
CRUISE_HEAD = {"en": ("Ship", "Date", "In port", "Passengers"), "de": ("Schiff", "Datum", "Liegezeit", "Passagiere"),
               "ru": ("Теплоход", "Дата", "Стоянка", "Пассажиры")}
CRUISE_INFO = {
    "en": [("Shuttle", "a free minibus runs from the fish quay to the Ansty road park-and-ride every 20 minutes"),
           ("Coaches", "kept out of Quay Street on ship days"),
           ("Visitor desk", "on the fish quay, staffed by volunteers while a ship is in")],
    "de": [("Pendelbus", "kostenlos vom Südkai zum Bahnhof, alle 15 Minuten"),
           ("Ausflugsbusse", "warten auf dem Parkplatz am Deich"),
           ("Gästeinfo", "Pavillon am Südkai, geöffnet während der Liegezeit")],
    "ru": [("Трансфер", "бесплатный автобус от причала до музея каждые полчаса"),
           ("Ярмарка мастеров", "на набережной в дни стоянок, с 9:00 до 18:00"),
           ("Справки", "в кассе речного вокзала ежедневно")],
}
# the bike security-marking sessions: where, the day, the hours; and what to bring, the cost, registering the bike
MARK_ROWS = {
    "en": [("Pelham Cross station forecourt", "Wednesday 18 March", "7am–10am"),
           ("Wrayhaven police station front office", "Sat 21 March", "10am–1.30pm"),
           ("Skelmore leisure centre car park", "Thursday 26 March", "3pm–7pm")],
    "tr": [("Sahil yolu, dernek standı", "Salı", "10.00–16.00"),
           ("İlçe Emniyet Müdürlüğü bahçesi", "Perşembe öğleden sonra", "13.00–17.00"),
           ("Sarıbayır Meslek Yüksekokulu", "Cumartesi sabahı", "10.30–14.30")],
    "de": [("Polizeirevier Kaltenbrück, Hof", "Donnerstag 09.04.", "14 bis 18 Uhr"),
           ("Wochenmarkt am Rathaus", "Samstag 18.04.", "9 bis 13 Uhr"),
           ("Berufsschule Kaltenbrück", "Mittwoch 29.04.", "13 bis 16.30 Uhr")],
    "fr": [("Place du Marché, Saint-Brivel", "samedi 19 septembre", "10 h–17 h"),
           ("Gare de Saint-Brivel, parvis", "mercredi 23 septembre", "16 h 30–19 h"),
           ("Parking de la plage des Dunes", "samedi 3 octobre", "9 h 30–12 h 30")],
}
MARK_HEAD = {"en": ("Where", "Day", "Time"), "tr": ("Yer", "Gün", "Saat"), "de": ("Ort", "Tag", "Uhrzeit"),
             "fr": ("Lieu", "Date", "Horaires")}
MARK_INFO = {
    "en": [("Bring", "your bike, photo ID and a receipt or other proof that it is yours"),
           ("Price of marking", "nothing; the marking kits are paid for by the police and crime commissioner"),
           ("Registering", "the frame mark and your postcode go on the national cycle database, so a found bike can be traced to you")],
    "tr": [("Getirmeniz gerekenler", "bisiklet, kimlik ve varsa fatura"),
           ("Ücret durumu", "işaretleme ve kayıt parasız"),
           ("Kayıt", "kadroya kazınan numara, sahibinin bilgileriyle emniyet kayıtlarına girilir")],
    "de": [("Zum Termin mitbringen", "Fahrrad, Personalausweis und Kaufbeleg"),
           ("Was es kostet", "nichts, die Codierung bezahlt der Präventionsrat"),
           ("Eintrag ins Register", "der Code wird mit Ihren Daten im Fahrradregister des Landkreises gespeichert")],
    "fr": [("Ce qu'il faut apporter", "le vélo, une pièce d'identité et la facture d'achat"),
           ("Prix du marquage", "5 €, gratuit pour les adhérents de Brivel à Vélo"),
           ("Enregistrement", "le numéro gravé est inscrit au fichier national avec vos coordonnées")],
}
WIDGET_ROWS = (("club listings", CLUB_ROWS), ("club booking", CLUB_INFO), ("cruise calls", CRUISE_ROWS),
               ("cruise notes", CRUISE_INFO), ("marking sessions", MARK_ROWS), ("marking notes", MARK_INFO))
WIDGET_LANGS = {"holidayclubs": ("en", "tr", "fr", "es"), "cruisecalls": ("en", "de", "ru"), "bikemarking": ("en", "tr", "de", "fr")}


# headlines of the linked stories (related lists, sidebars, "most read", "top stories", "more from this section")
HEADLINES = {
    "en": ["Wrayhaven fish market gets a new roof", "Skelmore primary school celebrates 150 years",
           "Pelham Cross bypass opens two months early", "Merrow coast ferry switches to its winter timetable",
           "Ansty Bridge rugby club promoted after unbeaten season", "New GP surgery planned for Hatherby"],
    "tr": ["Çamlıkıyı balık halinin çatısı yenilendi", "Sarıbayır'a yeni aile sağlığı merkezi",
           "Çamlıkıyı sahil yolu genişletiliyor", "Kıyı feribotunun kış tarifesi açıklandı",
           "Sarıbayır voleybol takımı bir üst lige çıktı", "Çamlıkıyı'da zeytin hasadı başladı"],
    "de": ["Lütjensieler Fischhalle bekommt ein neues Dach", "Kaltenbrücker Grundschule feiert 150 Jahre",
           "Ortsumgehung Kaltenbrück zwei Monate früher fertig", "Fähre nach Lütjensiel fährt im Winter seltener",
           "Handballerinnen aus Lütjensiel steigen auf", "Neue Hausarztpraxis für Birkenhagen geplant"],
    "fr": ["La criée de Port-Morvan change de toiture", "L'école de Saint-Brivel fête ses 150 ans",
           "La déviation de Saint-Brivel ouvre en avance", "Le bac du Lédan passe à l'horaire d'hiver",
           "Les handballeuses de Port-Morvan montent en Nationale 2", "Une maison de santé prévue à Kervian"],
    "es": ["La lonja de Puerto Salvela estrena tejado", "El colegio Rosalía de Montejara cumple 150 años",
           "La variante de Montejara abre dos meses antes", "El ferri de Salvela cambia al horario de invierno",
           "El balonmano femenino de Montejara asciende", "Proyectan un centro de salud en Puerto Salvela"],
    "ru": ["На рыбном рынке Ковыльска заменили крышу", "Ковыльской школе № 1 исполнилось 150 лет",
           "Объездную дорогу Ковыльска открыли досрочно", "Паром через Ковылку перешёл на зимнее расписание",
           "Ковыльские волейболистки вышли в высшую лигу", "В Сосновке построят новый фельдшерский пункт"],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["Wrayhaven", "Merrow coast villages", "Harbour and fishing", "Merrow coast courts", "Schools on the coast", "Wrayhaven sport", "What's on by the sea"],
               cookie="We and a handful of trusted partners keep small text files on your device so the Wrayhaven site works properly, so we can count which coast stories people read and so that adverts can be paid for. Accept them all or decide for yourself.",
               accept="Accept and read the coast's news", reject="Decide for myself", share="Send this Wrayhaven story to someone",
               related="Next from the Merrow coast", newsletter="The Merrow Tide: the coast's news every weekday lunchtime",
               subscribe="Send me The Merrow Tide", email="you@merrow-tide.example",
               comment_note="Someone in the Wrayhaven newsroom reads every comment before it goes live. Please be kind and stick to the subject of the story.",
               closed="Commenting on this Wrayhaven story has now closed.",
               footer=["Contact the Wrayhaven newsroom", "Wrayhaven corrections log", "Wrayhaven privacy notice", "Advertise on the Merrow coast", "Wrayhaven house rules"],
               rights="All words and photographs from the Wrayhaven newsroom belong to the publisher and may not be copied without written permission.",
               commenters=[("HarbourHilary", "About time this town had some good news to read."),
                           ("Skelmore_Steve", "We'll see if it lasts beyond the summer.")]),
    "tr": dict(nav=["Çamlıkıyı", "Kıyı köyleri", "Liman ve balıkçılık", "Çamlıkıyı adliyesi", "Kıyıda okullar", "Çamlıkıyı spor", "Sahilde bu hafta"],
               cookie="Biz ve güvendiğimiz birkaç ortağımız, Çamlıkıyı sitesinin düzgün çalışması, hangi kıyı haberlerinin okunduğunu sayabilmemiz ve reklamların ücretlendirilmesi için cihazınıza küçük metin dosyaları kaydederiz. Hepsini kabul edin ya da kendiniz karar verin.",
               accept="Kabul et ve kıyı haberlerini oku", reject="Çamlıkıyı çerez tercihlerimi kendim belirleyeyim", share="Bu Çamlıkıyı haberini birine gönderin",
               related="Kıyıdan sıradaki haber", newsletter="Kıyı Öğlesi: Çamlıkıyı haberleri hafta içi her gün öğle saatinde",
               subscribe="Kıyı Öğlesi'ni bana gönderin", email="siz@kiyi-oglesi.example",
               comment_note="Çamlıkıyı haber merkezinden biri her yorumu yayımlanmadan önce okur. Lütfen nazik olun ve haberin konusundan ayrılmayın.",
               closed="Bu Çamlıkıyı haberine yorum yapma süresi doldu.",
               footer=["Çamlıkıyı haber merkezine ulaşın", "Çamlıkıyı düzeltme kaydı", "Çamlıkıyı gizlilik bildirimi", "Çamlıkıyı kıyısında reklam verin", "Çamlıkıyı yorum kuralları"],
               rights="Çamlıkıyı haber merkezinin bütün yazı ve fotoğrafları yayıncıya aittir, yazılı izin olmadan kopyalanamaz.",
               commenters=[("Limanlı_Sevim", "Sonunda bu kasabada okuyacak güzel bir haber var."),
                           ("Sarıbayırlı_Cem", "Bakalım yaz bitince de sürecek mi.")]),
    "de": dict(nav=["Lütjensiel", "Dörfer an der Küste", "Hafen und Fischerei", "Amtsgericht Lütjensiel", "Schulen an der Sielküste", "Lütjensieler Sport", "Was los ist am Siel"],
               cookie="Wir und einige wenige vertrauenswürdige Partner legen kleine Textdateien auf Ihrem Gerät ab, damit die Lütjensieler Seite richtig funktioniert, damit wir zählen können, welche Küstenberichte gelesen werden, und damit Anzeigen abgerechnet werden können. Akzeptieren Sie alle oder entscheiden Sie selbst.",
               accept="Akzeptieren und Küstennachrichten lesen", reject="Lieber selbst auswählen", share="Diesen Lütjensieler Bericht jemandem schicken",
               related="Als Nächstes von der Sielküste", newsletter="Die Siel-Mittagspost: Nachrichten von der Küste werktags zur Mittagszeit",
               subscribe="Siel-Mittagspost bestellen", email="sie@siel-mittagspost.example",
               comment_note="Jemand aus der Lütjensieler Redaktion liest jeden Kommentar, bevor er erscheint. Bitte bleiben Sie freundlich und beim Thema des Berichts.",
               closed="Die Kommentare zu diesem Lütjensieler Bericht sind jetzt geschlossen.",
               footer=["Redaktion Lütjensiel kontaktieren", "Lütjensieler Korrekturen", "Datenschutz in Lütjensiel", "Werben an der Sielküste", "Lütjensieler Hausregeln"],
               rights="Alle Texte und Fotos der Lütjensieler Redaktion gehören dem Verlag und dürfen ohne schriftliche Erlaubnis nicht kopiert werden.",
               commenters=[("Hafenblick_Anke", "Endlich mal eine gute Nachricht aus unserem Städtchen."),
                           ("Kaltenbrücker_Ole", "Mal sehen, ob das auch nach dem Sommer noch so ist.")]),
    "fr": dict(nav=["Port-Morvan", "Communes du littoral", "Port et pêche", "Tribunal de Port-Morvan", "Écoles du littoral morvanais", "Sport à Port-Morvan", "Sorties en bord de mer"],
               cookie="Avec quelques partenaires de confiance, nous déposons de petits fichiers texte sur votre appareil pour que le site de Port-Morvan fonctionne correctement, pour compter les articles de la côte qui sont lus et pour que les publicités soient payées. Acceptez-les tous ou décidez vous-même.",
               accept="Accepter et lire l'actualité de Port-Morvan", reject="Décider moi-même", share="Envoyer cet article de Port-Morvan à quelqu'un",
               related="La suite sur la côte", newsletter="La Méridienne de Port-Morvan : l'actualité de la côte chaque midi en semaine",
               subscribe="Recevoir la Méridienne", email="vous@meridienne-portmorvan.example",
               comment_note="Un membre de la rédaction de Port-Morvan lit chaque commentaire avant sa mise en ligne. Restez courtois et restez dans le sujet.",
               closed="Il n'est plus possible de commenter cet article de Port-Morvan.",
               footer=["Contacter la rédaction de Port-Morvan", "Rectificatifs de Port-Morvan", "Confidentialité à Port-Morvan", "Annoncer à Port-Morvan", "Règles de la maison de Port-Morvan"],
               rights="Tous les textes et photos de la rédaction de Port-Morvan appartiennent à l'éditeur et ne peuvent être copiés sans autorisation écrite.",
               commenters=[("Maryvonne_du_port", "Enfin une bonne nouvelle à lire dans notre petite ville."),
                           ("Briveloi_29", "On verra si ça tient après l'été.")]),
    "es": dict(nav=["Montejara", "Pueblos de la costa", "Puerto y pesca", "Juzgados de Montejara", "Colegios de la costa de Montejara", "Deporte en Montejara", "Planes junto al mar"],
               cookie="Junto con unos pocos socios de confianza, guardamos pequeños archivos de texto en tu dispositivo para que la web de Montejara funcione bien, para contar qué noticias de la costa se leen y para que los anuncios se puedan cobrar. Acéptalos todos o decide tú.",
               accept="Aceptar y leer las noticias de la costa", reject="Decidir por mi cuenta", share="Envía esta noticia de Montejara a alguien",
               related="Lo siguiente en la costa", newsletter="El Mediodía de Montejara: las noticias de la costa cada día laborable a la hora de comer",
               subscribe="Quiero El Mediodía de Montejara", email="tu@mediodia-montejara.example",
               comment_note="Alguien de la redacción de Montejara lee cada comentario antes de publicarlo. Sé amable y no te salgas del tema de la noticia.",
               closed="Ya no se puede comentar esta noticia de Montejara.",
               footer=["Contacta con la redacción de Montejara", "Registro de correcciones de Montejara", "Privacidad en Montejara", "Anúnciate en la costa", "Normas de la casa de Montejara"],
               rights="Todos los textos y fotografías de la redacción de Montejara pertenecen al editor y no pueden copiarse sin permiso por escrito.",
               commenters=[("Pili_del_puerto", "Por fin una buena noticia que leer en este pueblo."),
                           ("Salvelano_77", "A ver si dura cuando acabe el verano.")]),
    "ru": dict(nav=["Ковыльск", "Сёла по Ковылке", "Порт и рыбалка", "Ковыльский суд", "Школы Ковыльска", "Ковыльский спорт", "Куда пойти на набережной"],
               cookie="Мы и несколько надёжных партнёров сохраняем на вашем устройстве небольшие текстовые файлы, чтобы ковыльский сайт работал правильно, чтобы считать, какие материалы о городе читают, и чтобы реклама оплачивалась. Примите все или решите сами.",
               accept="Принять и читать новости Ковыльска", reject="Выберу сам, какие файлы разрешить", share="Отправить ковыльский материал знакомым",
               related="Дальше о Ковыльске", newsletter="«Ковыльский полдень»: новости города по будням в обеденный перерыв",
               subscribe="Присылать «Ковыльский полдень»", email="vy@kovylsk-polden.example",
               comment_note="Каждый комментарий перед публикацией читает сотрудник ковыльской редакции. Будьте вежливы и не уходите от темы материала.",
               closed="Обсуждение этого ковыльского материала закрыто.",
               footer=["Связаться с ковыльской редакцией", "Журнал исправлений Ковыльска", "Конфиденциальность в Ковыльске", "Реклама на Ковылке", "Правила ковыльского сайта"],
               rights="Все тексты и фотографии ковыльской редакции принадлежат издателю и не могут копироваться без письменного разрешения.",
               commenters=[("Речница_Галя", "Наконец-то в нашем городе есть хорошая новость."),
                           ("Сосновский_Витя", "Посмотрим, что будет, когда кончится лето.")]),
}
UI91 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"es": "MÁS DE LA COSTA DE MONTEJARA:", "ru": "ЕЩЁ О КОВЫЛЬСКЕ И КОВЫЛКЕ:"},  # the regional and magazine layouts' inline links
    (mp2, "BIO"): {"ru": "{name} пишет для «{site}» на тему «{section}» и живёт на берегу Ковылки. Идеи для очерков: ocherk@kovylsk.example"},
    (mp4, "READMORE"): {"fr": "À LIRE AUSSI SUR LA CÔTE DE PORT-MORVAN :"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="También en la costa de Montejara")},
    (mp6, "TYPO3"): {"en": dict(ext="External content: map of the Skelmore pier pontoon (OpenStreetMap)",
                                note="A map of the pier and its new pontoon is embedded here. It only loads once you agree, because OpenStreetMap will then receive your IP address.",
                                button="Agree and show the pier map", by="Skelmore report by", search="Search the Skelmore news site",
                                lang_menu="Skelmore news in easy words")},
    (mp7, "SANITY"): {"es": dict(nl_title="Montejara los domingos", nl_text="Cada domingo por la mañana, lo mejor de la semana en Montejara y Puerto Salvela en un solo correo.",
                                 nl_button="Quiero Montejara los domingos", nl_placeholder="Tu correo para Montejara los domingos")},
    (mp8, "BLOX"): {"tr": dict(ad="Reklam · Çamlıkıyı'da yerel gazeteciliği ayakta tutar")},  # the in-story ad region's label
    (mp11, "HUGO"): {"en": dict(nl_title="Saturday on the Merrow coast", nl_text="Each Saturday morning: the week's news from Wrayhaven, Skelmore and the coves in a single email.",
                                nl_label="Your email for Saturday on the Merrow coast", nl_button="Send me Saturday on the Merrow coast")},
    (mp12, "JOOMLA"): {"en": dict(latest="New from the harbourside", popular="Read most on the Merrow coast this week", field="Part of the coast:",
                                  posts="Merrow coast stories")},
    (mp12, "PLACES"): {"h91-en-008": "Wrayhaven harbourside"},
    (mp19, "UCOZ"): {"en": dict(domain="ucoz.org", slogan="Hatherby's own website: parish news, church notices and photographs from the village",
                                menu=["Hatherby front page", "Hatherby village news", "Hatherby parish council", "St Petroc's church", "Hatherby photographs", "Write to Hatherby Village Online"],
                                cats=["Hatherby village news", "St Petroc's church", "Hatherby parish council"],
                                friends=["Hatherby Community Primary School", "Hatherby Bowls Club", "The Ship Inn, Hatherby"],
                                footer="Hatherby Village Online © 2026 · looked after by volunteers from the parish",
                                poster="hatherby_web", tags=["St Petroc's clock", "Hatherby bell tower"],
                                commenters=[("Jean_R", "Lovely to hear the chimes from the garden again."),
                                            ("Bob at the Old Forge", "Put me down for the rota, I can still manage the steps on a Sunday.")],
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


# --------------------------------------------------------------------------
# the new layout: a post on a WordPress site built with the Oxygen Builder, as the site serves it to a reader who
# has not yet answered its cookie notice -- an independent, reader-funded harbour-town news site (English) and a
# club-run town news portal (German).  Oxygen replaces the theme (the body carries WordPress's post classes, the
# "wp-theme-oxygen-is-not-a-theme" class of Oxygen's placeholder theme and "oxygen-body"); the page is built from
# Oxygen elements whose ids name the element, its number and the template post that holds it (section-2-31,
# div_block-4-31, headline-6-31, text_block-8-31, _rich_text-22-31, code_block-3-31, _dynamic_list-34-31, ...).
# The head: charset, the Yoast SEO block (title, description, canonical, Open Graph and Twitter metas with the
# "Written by" / "Est. reading time" labels, the yoast-schema-graph ld+json with the article, web page, image,
# breadcrumb list, web site, organisation and person), the feeds, the wp-emoji loader and its inline style, the
# block library, classic-theme and global-styles CSS WordPress still prints, the Cookie Notice plugin's CSS and its
# cnArgs script, jQuery, the REST / EditURI / generator / shortlink / oEmbed links, the site icons, Oxygen's
# WebFont loader, and Oxygen's per-template cache CSS (oxygen-cache-<id>-css) and universal.css.  The body: the
# SVG sprites of the social icons and the font icon set; the Main template's header builder (header.oxy-header-
# wrapper.oxy-sticky-header.oxy-header with two oxy-header-row rows, each an oxy-header-container with
# oxy-header-left / -center / -right: the site's tagline, the oxy-social-icons links, the logo in a ct-link with its
# ct-image, the oxy-nav-menu with the oxy-menu-toggle hamburger and ul.oxy-nav-menu-list of menu-item li's, the
# search toggle) and its sticky-header script; div.ct-inner-content holding the single-post template: a ct-section
# with the Yoast breadcrumbs in a ct-code-block, the post head (the category as a ct-link-text, the h1.ct-headline
# .oxy-post-title, the excerpt, div.oxy-post-author and div.oxy-post-date), the featured ct-image with its caption
# and credit, then ct-new-columns with the post column -- the post content in div.oxy-rich-text, the share links in
# a ct-code-block, the tags, the comments list (.oxy-comments) and WordPress's comment form (.oxy-comment-form) --
# and a sidebar column (a heading, the site's "about" text, the newsletter form in a ct-code-block); a ct-section of
# related posts in an oxy-dynamic-list repeater (each item a ct-div-block with data-id, its image, title and date,
# and the oxy-repeater-pages pagination); the Main template's footer section (ct-new-columns: the address, the footer
# links, the social icons, the copyright line); the Cookie Notice plugin's bar (#cookie-notice, cn-text-container
# and the Ok / No / privacy-policy buttons) and the closing scripts (the menu toggle, the Cookie Notice front
# script, the comment-reply script).  The platforms' strings (OXY_CORE) are left as they ship and not checked; the
# sites' own strings (OXY_SITES: tagline, menu, labels, sidebar, newsletter, related heading, teasers, footer,
# copyright, the cookie notice's text) are.
# --------------------------------------------------------------------------
OXY_VERSIONS = dict(wp="6.7.2", oxygen="4.9.1", yoast="24.5", cn="2.5.5", jquery="3.7.1", emoji="15.0.3")
OXY_CORE = {
    "en": dict(locale="en-GB", og_locale="en_GB", tz="+00:00",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"], date="{d} {m} {y}", time="{h12}:{mm} {ampm}",
               by="By", home="Home", feed="Feed", comments_feed="Comments Feed",
               written_by="Written by", reading="Est. reading time", minutes="{n} minutes",
               search_for="Search for:", search="Search", reply_title="Leave a Reply", cancel_reply="Cancel reply",
               email_notes="Your email address will not be published.",
               required='Required fields are marked <span class="required">*</span>',
               comment="Comment", name="Name", email="Email", website="Website",
               cookies_consent="Save my name, email, and website in this browser for the next time I comment.",
               post_comment="Post Comment", says="says:", reply="Reply", at="at",
               thoughts="{n} thoughts on &ldquo;{t}&rdquo;", cn_label="Cookie Notice", cn_ok="Ok", cn_no="No",
               cn_policy="Privacy policy", visit="Visit our {n}", prev="&laquo; Previous", next="Next &raquo;"),
    "de": dict(locale="de-DE", og_locale="de_DE", tz="+02:00",
               months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                       "November", "Dezember"], date="{d}. {m} {y}", time="{h24}:{mm} Uhr",
               by="Von", home="Startseite", feed="Feed", comments_feed="Kommentar-Feed",
               written_by="Verfasst von", reading="Geschätzte Lesezeit", minutes="{n} Minuten",
               search_for="Suche nach:", search="Suche", reply_title="Schreibe einen Kommentar",
               cancel_reply="Antworten abbrechen", email_notes="Deine E-Mail-Adresse wird nicht veröffentlicht.",
               required='Erforderliche Felder sind mit <span class="required">*</span> markiert',
               comment="Kommentar", name="Name", email="E-Mail", website="Website",
               cookies_consent="Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.",
               post_comment="Kommentar abschicken", says="sagt:", reply="Antworten", at="um",
               thoughts="{n} Gedanken zu &bdquo;{t}&ldquo;", cn_label="Cookie-Hinweis", cn_ok="Ok", cn_no="Nein",
               cn_policy="Datenschutzerklärung", visit="Visit our {n}", prev="&laquo; Zurück", next="Weiter &raquo;"),
}
# the sites' own strings (checked, but for the exempt keys)
OXY_SITES = {
    "The Wrayhaven Beacon": dict(
        host="wrayhavenbeacon.co.uk", colour="#0d4c63", handle="wrayhavenbeacon", logo="beacon-masthead", tpl_id="31",
        hdr_id="8", fonts=["Merriweather", "Source Sans 3"],
        tagline="Independent news for Wrayhaven and the Merrow coast",
        menu=["Beacon front page", "Wrayhaven harbour news", "Merrow coast villages", "Beacon comment", "What's on in Wrayhaven", "Support the Beacon"],
        share="Pass this Beacon story on:", tags="Filed in the Beacon under:",
        sidebar_title="The Beacon in brief",
        sidebar="The Wrayhaven Beacon is a not-for-profit news site run by two reporters and a team of volunteers from the harbour. It is owned by nobody but its readers.",
        nl_label="The Beacon on Friday, in your inbox", nl_placeholder="Your email for the Friday Beacon", nl_button="Send me the Friday Beacon",
        related="More stories from the Beacon",
        teasers=["Harbour board elects its first woman chair", "Quay Street traders agree a shared bin store",
                 "Lifeboat crew welcomes three new volunteers"],
        footer_about="The Wrayhaven Beacon CIC, Unit 4, Net Loft Yard, Wrayhaven · newsroom@wrayhavenbeacon.example",
        footer_links=["About the Beacon team", "The Beacon's corrections policy", "Beacon privacy and cookies", "Advertise in the Beacon", "Get in touch with the Beacon"],
        copyright="© 2026 The Wrayhaven Beacon CIC, registered community interest company 12873390",
        cookie_text="The Beacon uses cookies to count its readers and to remember your settings. We never sell anybody's data."),
    "Sielblick": dict(
        host="sielblick.de", colour="#1f3f6e", handle="sielblick", logo="sielblick-logo", tpl_id="27", hdr_id="11",
        fonts=["Source Serif 4", "Inter"],
        tagline="Nachrichten aus Lütjensiel und vom Sieldeich",
        menu=["Sielblick Startseite", "Lütjensieler Hafen", "Dörfer am Siel", "Sielblick Meinung", "Termine in Lütjensiel", "Sielblick unterstützen"],
        share="Diesen Sielblick-Artikel weitergeben:", tags="Im Sielblick abgelegt unter:",
        sidebar_title="Der Sielblick in Kürze",
        sidebar="Der Sielblick ist ein unabhängiges Nachrichtenportal für Lütjensiel, getragen von einem Verein und rund 900 zahlenden Leserinnen und Lesern.",
        nl_label="Der Sielblick am Freitag im Postfach", nl_placeholder="Ihre E-Mail für den Freitags-Sielblick", nl_button="Freitags-Sielblick bestellen",
        related="Mehr aus dem Sielblick",
        teasers=["Neuer Hafenmeister tritt im Juni an", "Sielfest kehrt auf den Alten Markt zurück",
                 "Deichschäferei sucht Helfer für die Lammzeit"],
        footer_about="Sielblick e.V., Am Südkai 7, Lütjensiel · redaktion@sielblick.example",
        footer_links=["Über den Sielblick", "Korrekturen im Sielblick", "Datenschutz beim Sielblick", "Werben im Sielblick", "Kontakt zum Sielblick"],
        copyright="© 2026 Sielblick e.V. – Nachdruck nur mit Genehmigung der Redaktion.",
        cookie_text="Der Sielblick setzt Cookies ein, um Besuche zu zählen und Ihre Einstellungen zu speichern. Daten verkaufen wir an niemanden."),
}
OXY_EXEMPT = {"host", "colour", "handle", "logo", "tpl_id", "hdr_id", "fonts"}  # (a domain, a colour, ids, file, font and account names)
OXY_SOCIAL = [("facebook", "Facebook", "https://www.facebook.com/{h}"), ("instagram", "Instagram", "https://www.instagram.com/{h}/"),
              ("twitter", "Twitter", "https://twitter.com/{h}"), ("youtube", "YouTube", "https://www.youtube.com/@{h}")]
OXY_ICONS = {
    "facebook": "M19 6h5V0h-5c-3.86 0-7 3.14-7 7v3H8v6h4v16h6V16h5l1-6h-6V7c0-.542.458-1 1-1z",
    "instagram": "M16 2.881c4.275 0 4.781.019 6.462.094 1.563.069 2.406.331 2.969.55a4.952 4.952 0 0 1 1.837 1.194 5.015 5.015 0 0 1 1.2 1.838c.219.563.481 1.412.55 2.969.075 1.688.094 2.194.094 6.463s-.019 4.781-.094 6.463c-.069 1.563-.331 2.406-.55 2.969a4.94 4.94 0 0 1-1.194 1.837 5.02 5.02 0 0 1-1.837 1.2c-.563.219-1.413.481-2.969.55-1.688.075-2.194.094-6.463.094s-4.781-.019-6.463-.094c-1.563-.069-2.406-.331-2.969-.55a4.952 4.952 0 0 1-1.838-1.194 5.02 5.02 0 0 1-1.2-1.837c-.219-.563-.481-1.413-.55-2.969-.075-1.688-.094-2.194-.094-6.463s.019-4.781.094-6.463c.069-1.563.331-2.406.55-2.969a4.964 4.964 0 0 1 1.2-1.838 5.015 5.015 0 0 1 1.838-1.2c.563-.219 1.412-.481 2.969-.55 1.681-.075 2.188-.094 6.463-.094z",
    "twitter": "M32 7.075a12.941 12.941 0 0 1-3.769 1.031 6.601 6.601 0 0 0 2.887-3.631 13.21 13.21 0 0 1-4.169 1.594A6.565 6.565 0 0 0 22.155 4a6.563 6.563 0 0 0-6.393 8.05A18.638 18.638 0 0 1 2.231 5.181a6.565 6.565 0 0 0 2.031 8.768 6.46 6.46 0 0 1-2.975-.819v.081a6.568 6.568 0 0 0 5.262 6.437 6.566 6.566 0 0 1-2.963.112 6.574 6.574 0 0 0 6.131 4.556A13.166 13.166 0 0 1 0 26.031 18.579 18.579 0 0 0 10.063 29c12.076 0 18.681-10.006 18.681-18.681 0-.287-.006-.569-.019-.85A13.216 13.216 0 0 0 32 7.075z",
    "youtube": "M31.681 9.6s-.313-2.206-1.275-3.175C29.187 5.15 27.825 5.144 27.2 5.069c-4.475-.325-11.194-.325-11.194-.325h-.012s-6.719 0-11.194.325c-.625.075-1.987.081-3.206 1.356C.631 7.394.325 9.6.325 9.6s-.319 2.588-.319 5.181v2.425c0 2.587.319 5.181.319 5.181s.313 2.206 1.269 3.175c1.219 1.275 2.819 1.231 3.531 1.369 2.563.244 10.881.319 10.881.319s6.725-.012 11.2-.331c.625-.075 1.988-.081 3.206-1.356.962-.969 1.275-3.175 1.275-3.175s.319-2.587.319-5.181v-2.425c-.006-2.588-.325-5.181-.325-5.181zM12.694 20.15v-8.994l8.644 4.513-8.644 4.481z",
}


def oxy_date(lang, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return OXY_CORE[lang]["date"].format(d=d, m=OXY_CORE[lang]["months"][m - 1], y=y)


def oxy_time(lang, h, mm):
    return OXY_CORE[lang]["time"].format(h12=(h - 1) % 12 + 1, h24=h, mm="%02d" % mm, ampm="am" if h < 12 else "pm")


def oxy_block(kind, val):
    """One block of the post content as WordPress prints it (the classic editor's paragraphs after wpautop)."""
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return "<h2>%s</h2>" % E(val)
    if kind == "q":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val)
    return "<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def oxy_social(lang, s, eid):
    links = "".join("<a href='%s' target='_blank' class='oxy-social-icons-%s'><svg><title>%s</title><use xlink:href='#oxy-social-icons-icon-%s'></use></svg></a>"
                    % (url.format(h=s["handle"]), key, E(OXY_CORE[lang]["visit"].format(n=name)), key) for key, name, url in OXY_SOCIAL)
    return '<div id="%s" class="oxy-social-icons" >%s</div>' % (eid, links)


def oxy_slugger(lang):
    """WordPress's sanitize_title as the site's locale sets it (de_DE spells the umlauts out: ä ae, ö oe, ü ue, ß ss)."""
    if lang != "de":
        return wp_slug
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
    return lambda text, n=75: wp_slug(text.translate(table), n)


def tpl_oxygen(art, ui, site, placed, rng):
    lang = art["lang"]
    c, s = OXY_CORE[lang], OXY_SITES[site]
    sl = oxy_slugger(lang)
    v = OXY_VERSIONS
    base = "https://" + s["host"]
    t, h = s["tpl_id"], s["hdr_id"]
    post_slug = sl(art["title"])
    url = "%s/%s/" % (base, post_slug)
    cat_url = "%s/category/%s/" % (base, sl(art["section"]))
    pid = rng.randint(2400, 9800)
    y, m = art["date"][:4], art["date"][5:7]
    img = "%s/wp-content/uploads/%s/%s/%s.jpg" % (base, y, m, sl(art["caption"], 40))
    blocks, n = art["blocks"], len(art["blocks"])
    pub = oxy_date(lang, art["date"])
    hour, minute = rng.randint(6, 9), rng.randint(0, 59)
    iso = "%sT%02d:%02d:00%s" % (art["date"], hour, minute, c["tz"])
    words = len(" ".join(mp.inline_text(x) if isinstance(x, str) else " ".join(x) for _, x in art["truth_blocks"]).split())
    author_slug = sl(art["byline"])
    ts = rng.randint(1735000000, 1745000000)
    ver = v["wp"]

    parts = []
    for i in range(n + 1):
        for snip in placed.get(i, []):
            parts.append(snip)
        if i < n:
            parts.append(oxy_block(*blocks[i]))
    text = "\n".join(parts)

    menu_ids = [rng.randint(20, 400) for _ in s["menu"]]
    # the menu: pages and two category archives (the post's own category marked as the current item's parent)
    menu = "".join('<li id="menu-item-%d" class="menu-item menu-item-type-%s menu-item-object-%s%s menu-item-%d"><a href="%s/%s/">%s</a></li>'
                   % (mid, "taxonomy" if k in (1, 2) else "post_type", "category" if k in (1, 2) else "page",
                      " current-post-ancestor current-menu-parent" if k == 1 else "", mid,
                      base, ("category/" if k in (1, 2) else "") + sl(x), E(x))
                   for k, (mid, x) in enumerate(zip(menu_ids, s["menu"])))
    footer_links = "".join('<a id="link_text-%d-%s" class="ct-link-text" href="%s/%s/" target="_self"  >%s</a>'
                           % (31 + k, h, base, sl(x), E(x)) for k, x in enumerate(s["footer_links"]))
    tags = art.get("tags", [art["section"]])
    tag_links = ", ".join('<a href="%s/tag/%s/" rel="tag">%s</a>' % (base, sl(x), E(x)) for x in tags)
    share = " ".join('<a class="share-%s" href="%s" target="_blank" rel="noopener nofollow">%s</a>' % (k, A(u), E(name)) for k, name, u in (
        ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + quote(url, safe="")),
        ("x", "X", "https://twitter.com/intent/tweet?url=%s&text=%s" % (quote(url, safe=""), quote(art["title"]))),
        ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text=%s" % quote(art["title"] + " " + url)),
        ("email", c["email"], "mailto:?subject=%s&body=%s" % (quote(art["title"]), quote(url, safe="")))))
    # the comments: the readers' comments of the page's language, as Oxygen's Comments List prints them
    cmts = []
    for k, (who, said) in enumerate(ui["commenters"]):
        cid = rng.randint(1200, 9900)
        when = "%s %s %s" % (oxy_date(lang, art["date"]), c["at"], oxy_time(lang, rng.randint(10, 22), rng.randint(0, 59)))
        cmts.append(f'''<li class="comment {"even" if k % 2 == 0 else "odd alt"} thread-{"even" if k % 2 == 0 else "odd"} depth-1" id="comment-{cid}">
<div id="div-comment-{cid}" class="comment-body">
<div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{rng.getrandbits(64):016x}?s=48&#038;d=mm&#038;r=g' class='avatar avatar-48 photo' height='48' width='48' loading='lazy' decoding='async'/><cite class="fn">{E(who)}</cite> <span class="says">{E(c["says"])}</span></div>
<div class="comment-meta commentmetadata"><a href="{url}#comment-{cid}">{E(when)}</a></div>
<p>{E(said)}</p>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{pid}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="{E(c["reply"])} {A(who)}" aria-label="{E(c["reply"])} {A(who)}">{E(c["reply"])}</a></div>
</div>
</li>''')
    comments = ""
    if cmts:
        comments = ('<h3 class="comments-title">%s</h3>\n<ol class="comment-list">\n%s\n</ol>'
                    % (c["thoughts"].format(n=len(cmts), t=E(art["title"])), "\n".join(cmts)))
    teasers = []
    for k, title in enumerate(s["teasers"]):
        turl = "%s/%s/" % (base, sl(title))
        tdate = oxy_date(lang, days_before(art["date"], 3 + 4 * k))
        timg = "%s/wp-content/uploads/%s/%s/%s-400x267.jpg" % (base, y, m, sl(title, 30))
        teasers.append(f'''<div id="div_block-36-{t}-{k + 1}" class="ct-div-block related-card" data-id="div_block-36-{t}"><a id="link-37-{t}-{k + 1}" class="ct-link" href="{turl}" target="_self" data-id="link-37-{t}"><img id="image-38-{t}-{k + 1}" alt="" src="{timg}" class="ct-image" data-id="image-38-{t}"/></a><h3 id="headline-39-{t}-{k + 1}" class="ct-headline" data-id="headline-39-{t}"><span id="span-40-{t}-{k + 1}" class="ct-span" data-id="span-40-{t}"><a href="{turl}">{E(title)}</a></span></h3><div id="text_block-41-{t}-{k + 1}" class="ct-text-block related-date" data-id="text_block-41-{t}"><span id="span-42-{t}-{k + 1}" class="ct-span" data-id="span-42-{t}">{E(tdate)}</span></div></div>''')
    base_js = base.replace("/", "\\/")
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": art["byline"], "@id": base + "/#/schema/person/%032x" % rng.getrandbits(128)},
         "headline": art["title"], "datePublished": iso, "dateModified": iso, "mainEntityOfPage": {"@id": url},
         "wordCount": words, "commentCount": len(cmts), "publisher": {"@id": base + "/#organization"},
         "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": img, "keywords": tags, "articleSection": [art["section"]],
         "inLanguage": c["locale"], "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [url + "#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (art["title"], site), "isPartOf": {"@id": base + "/#website"},
         "primaryImageOfPage": {"@id": url + "#primaryimage"}, "image": {"@id": url + "#primaryimage"}, "thumbnailUrl": img,
         "datePublished": iso, "dateModified": iso, "description": art["sub"], "breadcrumb": {"@id": url + "#breadcrumb"},
         "inLanguage": c["locale"], "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": c["locale"], "@id": url + "#primaryimage", "url": img, "contentUrl": img,
         "width": 1200, "height": 800, "caption": art["caption"]},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": c["home"], "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": art["section"], "item": cat_url},
            {"@type": "ListItem", "position": 3, "name": art["title"]}]},
        {"@type": "WebSite", "@id": base + "/#website", "url": base + "/", "name": site, "description": s["tagline"],
         "publisher": {"@id": base + "/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {"@type": "EntryPoint", "urlTemplate": base + "/?s={search_term_string}"},
                              "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True, "valueName": "search_term_string"}}],
         "inLanguage": c["locale"]},
        {"@type": "Organization", "@id": base + "/#organization", "name": site, "url": base + "/",
         "logo": {"@type": "ImageObject", "inLanguage": c["locale"], "@id": base + "/#/schema/logo/image/",
                  "url": "%s/wp-content/uploads/2024/02/%s.png" % (base, s["logo"]), "width": 720, "height": 180, "caption": site},
         "image": {"@id": base + "/#/schema/logo/image/"},
         "sameAs": [u.format(h=s["handle"]) for _, _, u in OXY_SOCIAL[:2]]},
        {"@type": "Person", "@id": base + "/#/schema/person/%032x" % rng.getrandbits(128), "name": art["byline"],
         "url": "%s/author/%s/" % (base, author_slug)}]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    cn_args = json.dumps({"ajaxUrl": base + "/wp-admin/admin-ajax.php", "nonce": "%010x" % rng.getrandbits(40), "hideEffect": "fade",
                          "position": "bottom", "onScroll": False, "onScrollOffset": 100, "onClick": False,
                          "cookieName": "cookie_notice_accepted", "cookieTime": 2592000, "cookieTimeRejected": 2592000,
                          "globalCookie": False, "redirection": False, "cache": True, "revokeCookies": False,
                          "revokeCookiesOpt": "automatic"}, separators=(",", ":")).replace("/", "\\/")
    fonts = ", ".join('"%s:100,200,300,400,500,600,700,800,900"' % f for f in s["fonts"])
    icon_defs = "\n".join('<symbol id="oxy-social-icons-icon-%s" viewBox="0 0 32 32"><title>%s</title><path d="%s"></path></symbol>'
                          % (key, key, OXY_ICONS[key]) for key, _, _ in OXY_SOCIAL)
    read_min = max(2, -(-words // 200))  # (Yoast's estimate, rounded up)
    title = "%s - %s" % (art["title"], site)
    return f'''<!DOCTYPE html>
<html lang="{c["locale"]}" >
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<style>img:is([sizes="auto" i], [sizes^="auto," i]) {{ contain-intrinsic-size: 3000px 1500px }}</style>
	
	<!-- This site is optimized with the Yoast SEO plugin v{v["yoast"]} - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{E(title)}</title>
	<meta name="description" content="{A(art["sub"])}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{c["og_locale"]}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{A(art["title"])}" />
	<meta property="og:description" content="{A(art["sub"])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{A(site)}" />
	<meta property="article:publisher" content="https://www.facebook.com/{s["handle"]}" />
	<meta property="article:published_time" content="{iso}" />
	<meta property="og:image" content="{img}" />
	<meta property="og:image:width" content="1200" />
	<meta property="og:image:height" content="800" />
	<meta property="og:image:type" content="image/jpeg" />
	<meta name="author" content="{A(art["byline"])}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="{A(c["written_by"])}" />
	<meta name="twitter:data1" content="{A(art["byline"])}" />
	<meta name="twitter:label2" content="{A(c["reading"])}" />
	<meta name="twitter:data2" content="{A(c["minutes"].format(n=read_min))}" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//ajax.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["feed"])}" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(c["comments_feed"])}" href="{base}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="{A(site)} &raquo; {A(art["title"])} {A(c["comments_feed"])}" href="{url}feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/{v["emoji"]}\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/{v["emoji"]}\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{base_js}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={ver}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}function p(e,t,n){{e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){{return e===r[t]}})}}function u(e,t,n){{switch(t){{case"flag":return n(e,"\\ud83c\\udff3\\ufe0f\\u200d\\u26a7\\ufe0f","\\ud83c\\udff3\\ufe0f\\u200b\\u26a7\\ufe0f")?!1:!n(e,"\\ud83c\\uddfa\\ud83c\\uddf3","\\ud83c\\uddfa\\u200b\\ud83c\\uddf3");case"emoji":return!n(e,"\\ud83d\\udc26\\u200d\\u2b1b","\\ud83d\\udc26\\u200b\\u2b1b")}}return!1}}function f(e,t,n){{var r="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope?new OffscreenCanvas(300,150):i.createElement("canvas"),a=r.getContext("2d",{{willReadFrequently:!0}}),o=(a.textBaseline="top",a.font="600 32px Arial",{{}});return e.forEach(function(e){{o[e]=t(a,e,n)}}),o}}function t(e){{var t=i.createElement("script");t.src=e,t.defer=!0,i.head.appendChild(t)}}"undefined"!=typeof Promise&&(o="wpEmojiSettingsSupports",s=["flag","emoji"],n.supports={{everything:!0,everythingExceptFlag:!0}},e=new Promise(function(e){{i.addEventListener("DOMContentLoaded",e,{{once:!0}})}}),new Promise(function(t){{var n=function(){{try{{var e=JSON.parse(sessionStorage.getItem(o));if("object"==typeof e&&"number"==typeof e.timestamp&&(new Date).valueOf()<e.timestamp+604800&&"object"==typeof e.supportTests)return e.supportTests}}catch(e){{}}return null}}();if(!n){{if("undefined"!=typeof Worker&&"undefined"!=typeof OffscreenCanvas&&"undefined"!=typeof URL&&URL.createObjectURL&&"undefined"!=typeof Blob)try{{var e="postMessage("+f.toString()+"("+[JSON.stringify(s),u.toString(),p.toString()].join(",")+"));",r=new Blob([e],{{type:"text/javascript"}}),a=new Worker(URL.createObjectURL(r),{{name:"wpTestEmojiSupports"}});return void(a.onmessage=function(e){{c(n=e.data),a.terminate(),t(n)}})}}catch(e){{}}c(n=f(s,u,p))}}t(n)}}).then(function(e){{for(var t in e)n.supports[t]=e[t],n.supports.everything=n.supports.everything&&n.supports[t],"flag"!==t&&(n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&n.supports[t]);n.supports.everythingExceptFlag=n.supports.everythingExceptFlag&&!n.supports.flag,n.DOMReady=!1,n.readyCallback=function(){{n.DOMReady=!0}}}}).then(function(){{return e}}).then(function(){{var e;n.supports.everything||(n.readyCallback(),(e=n.source||{{}}).concatemoji?t(e.concatemoji):e.wpemoji&&e.twemoji&&(t(e.twemoji),t(e.wpemoji)))}}))}}((window,document),window._wpemojiSettings);
</script>
<style id='wp-emoji-styles-inline-css'>

	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		box-shadow: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
		background: none !important;
		padding: 0 !important;
	}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={ver}' media='all' />
<style id='classic-theme-styles-inline-css'>
/*! This file is auto-generated */
.wp-block-button__link{{color:#fff;background-color:#32373c;border-radius:9999px;box-shadow:none;text-decoration:none;padding:calc(.667em + 2px) calc(1.333em + 2px);font-size:1.125em}}.wp-block-file__button{{background:#32373c;color:#fff;text-decoration:none}}
</style>
<style id='global-styles-inline-css'>
:root{{--wp--preset--aspect-ratio--square: 1;--wp--preset--aspect-ratio--4-3: 4/3;--wp--preset--aspect-ratio--16-9: 16/9;--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--color--vivid-red: #cf2e2e;--wp--preset--color--vivid-cyan-blue: #0693e3;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;--wp--preset--spacing--20: 0.44rem;--wp--preset--spacing--40: 1rem;--wp--preset--shadow--natural: 6px 6px 9px rgba(0, 0, 0, 0.2);}}:where(.is-layout-flex){{gap: 0.5em;}}:where(.is-layout-grid){{gap: 0.5em;}}body .is-layout-flex{{display: flex;}}.has-black-color{{color: var(--wp--preset--color--black) !important;}}.has-white-background-color{{background-color: var(--wp--preset--color--white) !important;}}
:where(.wp-block-post-template.is-layout-flex){{gap: 1.25em;}}:where(.wp-block-post-template.is-layout-grid){{gap: 1.25em;}}
</style>
<link rel='stylesheet' id='cookie-notice-front-css' href='{base}/wp-content/plugins/cookie-notice/css/front.min.css?ver={v["cn"]}' media='all' />
<link rel='stylesheet' id='oxygen-css' href='{base}/wp-content/plugins/oxygen/component-framework/oxygen.css?ver={v["oxygen"]}' media='all' />
<script id="cookie-notice-front-js-before">
var cnArgs = {cn_args};
</script>
<script src="{base}/wp-content/plugins/cookie-notice/js/front.min.js?ver={v["cn"]}" id="cookie-notice-front-js"></script>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver={v["jquery"]}" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {ver}" />
<link rel='shortlink' href='{base}/?p={pid}' />
<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url.replace(":", "%3A").replace("/", "%2F")}" />
<link rel="alternate" title="oEmbed (XML)" type="text/xml+oembed" href="{base}/wp-json/oembed/1.0/embed?url={url.replace(":", "%3A").replace("/", "%2F")}&#038;format=xml" />
<link rel="icon" href="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-32x32.png" sizes="32x32" />
<link rel="icon" href="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-192x192.png" sizes="192x192" />
<link rel="apple-touch-icon" href="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-180x180.png" />
<meta name="msapplication-TileImage" content="{base}/wp-content/uploads/2024/02/cropped-{s["logo"]}-icon-270x270.png" />
<script src="https://ajax.googleapis.com/ajax/libs/webfont/1/webfont.js"></script>
<script type="text/javascript">
WebFont.load({{
	google: {{
		families: [{fonts}]
	}}
}});
</script>
<link rel='stylesheet' id='oxygen-cache-{h}-css' href='//{s["host"]}/wp-content/uploads/oxygen/css/{h}.css?cache={ts}&#038;ver={ver}' media='all' />
<link rel='stylesheet' id='oxygen-cache-{t}-css' href='//{s["host"]}/wp-content/uploads/oxygen/css/{t}.css?cache={ts + 3617}&#038;ver={ver}' media='all' />
<link rel='stylesheet' id='oxygen-universal-styles-css' href='//{s["host"]}/wp-content/uploads/oxygen/css/universal.css?cache={ts + 3620}&#038;ver={ver}' media='all' />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard cookies-not-set wp-theme-oxygen-is-not-a-theme  wp-embed-responsive oxygen-body" >

<svg style="position: absolute; width: 0; height: 0; overflow: hidden;" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<defs>
{icon_defs}
</defs>
</svg>
<svg style="position: absolute; width: 0; height: 0; overflow: hidden;" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><symbol id="FontAwesomeicon-search" viewBox="0 0 26 28"><title>search</title><path d="M18 13c0-3.859-3.141-7-7-7s-7 3.141-7 7 3.141 7 7 7 7-3.141 7-7zM26 26c0 1.094-0.906 2-2 2-0.531 0-1.047-0.219-1.406-0.594l-5.359-5.344c-1.828 1.266-4.016 1.937-6.234 1.937-6.078 0-11-4.922-11-11s4.922-11 11-11 11 4.922 11 11c0 2.219-0.672 4.406-1.937 6.234l5.359 5.359c0.359 0.359 0.578 0.875 0.578 1.406z"></path></symbol><symbol id="FontAwesomeicon-close" viewBox="0 0 22 28"><title>close</title><path d="M20.281 20.656c0 0.391-0.156 0.781-0.438 1.062l-2.125 2.125c-0.281 0.281-0.672 0.438-1.062 0.438s-0.781-0.156-1.062-0.438l-4.594-4.594-4.594 4.594c-0.281 0.281-0.672 0.438-1.062 0.438s-0.781-0.156-1.062-0.438l-2.125-2.125c-0.281-0.281-0.438-0.672-0.438-1.062s0.156-0.781 0.438-1.062l4.594-4.594-4.594-4.594c-0.281-0.281-0.438-0.672-0.438-1.062s0.156-0.781 0.438-1.062l2.125-2.125c0.281-0.281 0.672-0.438 1.062-0.438s0.781 0.156 1.062 0.438l4.594 4.594 4.594-4.594c0.281-0.281 0.672-0.438 1.062-0.438s0.781 0.156 1.062 0.438l2.125 2.125c0.281 0.281 0.438 0.672 0.438 1.062s-0.156 0.781-0.438 1.062l-4.594 4.594 4.594 4.594c0.281 0.281 0.438 0.672 0.438 1.062z"></path></symbol></defs></svg>

<header id="_header-2-{h}" class="oxy-header-wrapper oxy-sticky-header oxy-header" ><div id="_header_row-3-{h}" class="oxygen-hide-in-sticky oxy-header-row" ><div class="oxy-header-container"><div id="_header_left-4-{h}" class="oxy-header-left" ><div id="text_block-5-{h}" class="ct-text-block site-tagline" >{E(s["tagline"])}</div></div><div id="_header_center-6-{h}" class="oxy-header-center" ></div><div id="_header_right-7-{h}" class="oxy-header-right" >{oxy_social(lang, s, "_social_icons-8-" + h)}</div></div></div><div id="_header_row-9-{h}" class="oxy-header-row" ><div class="oxy-header-container"><div id="_header_left-10-{h}" class="oxy-header-left" ><a id="link-11-{h}" class="ct-link" href="{base}/" target="_self"  ><img  id="image-12-{h}" alt="{A(site)}" src="{base}/wp-content/uploads/2024/02/{s["logo"]}.svg" class="ct-image" srcset="" sizes="(max-width: 360px) 100vw, 360px" /></a></div><div id="_header_center-13-{h}" class="oxy-header-center" ></div><div id="_header_right-14-{h}" class="oxy-header-right" ><nav id="_nav_menu-15-{h}" class="oxy-nav-menu oxy-nav-menu-dropdowns oxy-nav-menu-dropdown-arrow" ><div class='oxy-menu-toggle'><div class='oxy-nav-menu-hamburger-wrap' ><div class='oxy-nav-menu-hamburger'><div class='oxy-nav-menu-hamburger-line'></div><div class='oxy-nav-menu-hamburger-line'></div><div class='oxy-nav-menu-hamburger-line'></div></div></div></div><div class="menu-main-menu-container"><ul id="menu-main-menu" class="oxy-nav-menu-list">{menu}</ul></div></nav><div id="fancy_icon-16-{h}" class="ct-fancy-icon search-toggle" ><svg id="svg-fancy_icon-16-{h}"><use xlink:href="#FontAwesomeicon-search"></use></svg></div><div id="_search_form-17-{h}" class="oxy-search-form" ><form role="search" method="get" id="searchform" class="searchform" action="{base}/" >
				<div>
					<label class="screen-reader-text" for="s">{E(c["search_for"])}</label>
					<input type="text" value="" name="s" id="s" />
					<input type="submit" id="searchsubmit" value="{A(c["search"])}" />
				</div>
			</form></div></div></div></div></header>
				<script type="text/javascript">
			jQuery(document).ready(function() {{
				var selector = "#_header-2-{h}",
					scrollval = parseInt("200");
				if (!scrollval || scrollval < 1) {{
											if (jQuery(window).width() >= 1121){{
											jQuery("body").css("margin-top", jQuery(selector).outerHeight());
						jQuery(selector).addClass("oxy-sticky-header-active");
											}}
									}}
				else {{
					var scrollTopOld = 0;
					jQuery(window).scroll(function() {{
						if (!jQuery('body').hasClass('oxy-nav-menu-prevent-overflow')) {{
							if (jQuery(this).scrollTop() > scrollval 
																) {{
								if (
																		jQuery(window).width() >= 1121 &&
																		!jQuery(selector).hasClass("oxy-sticky-header-active")) {{
									if (jQuery(selector).css('position')!='absolute') {{
										jQuery("body").css("margin-top", jQuery(selector).outerHeight());
									}}
									jQuery(selector).addClass("oxy-sticky-header-active")
								}}
							}}
							else {{
								jQuery(selector).removeClass("oxy-sticky-header-active");
								jQuery("body").css("margin-top", "");
							}}
							scrollTopOld = jQuery(this).scrollTop();
						}}
					}});
				}}
			}});
		</script><div id='inner_content-18-{h}' class='ct-inner-content'><section id="section-2-{t}" class=" ct-section" ><div class="ct-section-inner-wrap"><div id="code_block-3-{t}" class="ct-code-block breadcrumbs-row" ><p id="breadcrumbs"><span><span><a href="{base}/">{E(c["home"])}</a></span> &raquo; <span><a href="{cat_url}">{E(art["section"])}</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">{E(art["title"])}</span></span></p></div><div id="div_block-4-{t}" class="ct-div-block post-head" ><a id="link_text-5-{t}" class="ct-link-text post-category" href="{cat_url}" target="_self"  >{E(art["section"])}</a><h1 id="headline-6-{t}" class="ct-headline oxy-post-title"><span id="span-7-{t}" class="ct-span" >{E(art["title"])}</span></h1><div id="text_block-8-{t}" class="ct-text-block post-excerpt" ><span id="span-9-{t}" class="ct-span" >{E(art["sub"])}</span></div><div id="div_block-10-{t}" class="ct-div-block post-meta" ><div id="text_block-11-{t}" class="ct-text-block oxy-post-author" >{E(c["by"])}&nbsp;<span id="span-12-{t}" class="ct-span" ><a href="{base}/author/{author_slug}/">{E(art["byline"])}</a></span></div><div id="text_block-13-{t}" class="ct-text-block oxy-post-date" ><span id="span-14-{t}" class="ct-span" ><time datetime="{iso}">{E(pub)}</time></span></div></div></div><div id="div_block-15-{t}" class="ct-div-block post-figure" ><img  id="image-16-{t}" alt="{A(art["caption"])}" src="{img}" class="ct-image" srcset="{img} 1200w, {img[:-4]}-300x200.jpg 300w, {img[:-4]}-768x512.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px" /><div id="text_block-17-{t}" class="ct-text-block post-caption" ><span id="span-18-{t}" class="ct-span" >{E(art["caption"])}</span> <span id="span-19-{t}" class="ct-span post-credit" >{E(art["credit"])}</span></div></div><div id="new_columns-20-{t}" class="ct-new-columns" ><div id="div_block-21-{t}" class="ct-div-block post-main" ><div id="_rich_text-22-{t}" class="oxy-rich-text" >{text}
</div><div id="code_block-23-{t}" class="ct-code-block share-row" ><div class="share-links"><span class="share-label">{E(s["share"])}</span> {share}</div></div><div id="text_block-24-{t}" class="ct-text-block post-tags" >{E(s["tags"])} <span id="span-25-{t}" class="ct-span" >{tag_links}</span></div><div id="_comments-26-{t}" class="oxy-comments" >{comments}
</div><div id="_comment_form-27-{t}" class="oxy-comment-form" >	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{E(c["reply_title"])} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{E(c["cancel_reply"])}</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{E(c["email_notes"])}</span> <span class="required-field-message">{c["required"]}</span></p><p class="comment-form-comment"><label for="comment">{E(c["comment"])} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">{E(c["name"])} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">{E(c["email"])} <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="comment-form-url"><label for="url">{E(c["website"])}</label> <input id="url" name="url" type="text" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{E(c["cookies_consent"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{A(c["post_comment"])}" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	</div></div><div id="div_block-28-{t}" class="ct-div-block post-sidebar" ><h4 id="headline-29-{t}" class="ct-headline">{E(s["sidebar_title"])}</h4><div id="text_block-30-{t}" class="ct-text-block" >{E(s["sidebar"])}</div><div id="code_block-31-{t}" class="ct-code-block newsletter-box" ><form class="nl-form" action="https://{s["handle"]}.us{rng.randint(2, 21)}.list-manage.com/subscribe/post?u={rng.getrandbits(100):025x}&amp;id={rng.getrandbits(40):010x}" method="post" target="_blank"><label for="mce-EMAIL">{E(s["nl_label"])}</label><input type="email" name="EMAIL" id="mce-EMAIL" placeholder="{A(s["nl_placeholder"])}" required><div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="text" name="b_{rng.getrandbits(40):010x}" tabindex="-1" value=""></div><input type="submit" value="{A(s["nl_button"])}" name="subscribe" class="nl-button"></form></div></div></div></div></section><section id="section-32-{t}" class=" ct-section related-posts" ><div class="ct-section-inner-wrap"><h2 id="headline-33-{t}" class="ct-headline">{E(s["related"])}</h2><div id="_dynamic_list-34-{t}" class="oxy-dynamic-list">{"".join(teasers)}<div class="oxy-repeater-pages-wrap"><div class="oxy-repeater-pages"></div></div></div></div></section></div><footer id="section-19-{h}" class=" ct-section site-footer" ><div class="ct-section-inner-wrap"><div id="new_columns-20-{h}" class="ct-new-columns" ><div id="div_block-21-{h}" class="ct-div-block" ><img  id="image-22-{h}" alt="" src="{base}/wp-content/uploads/2024/02/{s["logo"]}-white.svg" class="ct-image"/><div id="text_block-23-{h}" class="ct-text-block" >{E(s["footer_about"])}</div></div><div id="div_block-24-{h}" class="ct-div-block footer-links" >{footer_links}</div><div id="div_block-25-{h}" class="ct-div-block" >{oxy_social(lang, s, "_social_icons-26-" + h)}</div></div><div id="text_block-27-{h}" class="ct-text-block copyright" >{E(s["copyright"])}</div></div></footer>	<!-- WP_FOOTER -->
<script type="text/javascript">
		jQuery(document).ready(function() {{
			jQuery('body').on('click', '.oxy-menu-toggle', function() {{
				jQuery(this).parent('.oxy-nav-menu').toggleClass('oxy-nav-menu-open');
				jQuery('body').toggleClass('oxy-nav-menu-prevent-overflow');
				jQuery('html').toggleClass('oxy-nav-menu-prevent-overflow');
			}});
			var selector = '.oxy-nav-menu-open .menu-item a[href*="#"]';
			jQuery('body').on('click', selector, function(){{
				jQuery('.oxy-nav-menu-open').removeClass('oxy-nav-menu-open');
				jQuery('body').removeClass('oxy-nav-menu-prevent-overflow');
				jQuery('html').removeClass('oxy-nav-menu-prevent-overflow');
				jQuery(this).click();
			}});
		}});
	</script>
<script src="{base}/wp-includes/js/comment-reply.min.js?ver={ver}" id="comment-reply-js" async data-wp-strategy="async"></script>
<script type="text/javascript" id="ct-footer-js"></script>
		<!-- Cookie Notice plugin v{v["cn"]} by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="{A(c["cn_label"])}" style="background-color: rgba(13,34,48,0.96);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{E(s["cookie_text"])}</span><span id="cn-notice-buttons" class="cn-buttons-container"><button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="{A(c["cn_ok"])}" style="background-color: {s["colour"]}">{E(c["cn_ok"])}</button><button id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="{A(c["cn_no"])}" style="background-color: {s["colour"]}">{E(c["cn_no"])}</button><button data-link-url="{base}/privacy-policy/" data-link-target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="{A(c["cn_policy"])}" style="background-color: {s["colour"]}">{E(c["cn_policy"])}</button></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="{A(c["cn_no"])}"></span></div>
			
		</div>
		<!-- / Cookie Notice plugin --></body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (WordPress's post content sets inline text as make_pages does)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"oxygen": []}  # (caption, share row, tags and comments sit in their own elements outside the rich text)
for _mod, _names in ((mp2, ["regional", "magazine"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp8, ["blox"]), (mp11, ["hugo"]),
                     (mp12, ["joomla4"]), (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "holidayclubs", "cruisecalls", "bikemarking"]
NEW_FAMILIES = ["holidayclubs", "cruisecalls", "bikemarking"]
# what an earlier docstring would say if it had described one of them (make_heldout45.py's summary names a leisure
# centre's "holiday club" as a story's subject, so the bare words are not listed)
NEW_FAMILY_WORDS = {"holidayclubs": ["holidayclubs", "holiday activity club", "activity club listing", "holiday-club listing",
                                     "holiday club listing", "club places panel", "summer club places"],
                    "cruisecalls": ["cruisecalls", "cruise call", "cruise-ship", "cruise ship", "cruise schedule",
                                    "ship calls", "cruise season"],
                    "bikemarking": ["bikemarking", "bike marking", "bike-marking", "security marking", "security-marking",
                                    "cycle marking", "frame marking", "bike register"]}
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
    "cookie": ['<div class="tide-table-gate-mw1"><p class="tide-table-gate-mw1__t">%s</p><button class="tide-table-gate-mw1__ok" type="button">OK</button></div>',
               '<p class="func-cookie-ask-mw1">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="morning-lands-mw1"><p class="morning-lands-mw1__t">%s</p><a class="morning-lands-mw1__a" href="/newsletters/morning">&#9993;</a></div>',
                   '<p class="free-count-mw1">%s</p>', '<h5 class="inbox-pitch-mw1">%s</h5>'],
    "share": ['<ul class="pass-along-mw1">{items}</ul>', '<div class="pass-along-row-mw1">%s</div>', '<p><a href="#pass">%s</a></p>'],
    "photo": ['<p class="club-collection-mw1">%s</p>', '<span class="pic-source-chip-mw1">%s</span>', '<div><small><em>%s</em></small></div>'],
    "copyright": ['<p class="no-republish-mw1">%s</p>', '<div class="editor-permission-mw1"><small>%s</small></div>', '<p><small>%s</small></p>'],
    "section": ['<p class="coast-desk-mw1">%s</p>', '<h6 class="desk-rubric-mw1">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="anchor-row-mw1">%s</p>', '<div class="wave-break-mw1">%s</div>', '<p style="text-align: center;">%s</p>'],
    "credit": ['<p class="coast-team-mw1">%s</p>', '<div class="reporting-by-mw1">%s</div>', '<p><em>%s</em></p>'],
    "title": ['<p class="headline-twice-mw1"><b>%s</b></p>', '<h2 class="headline-repeat-mw1">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-break-mw1">%s</div>', '<p class="message-after-mw1">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-going-mw1"><a href="#whole">%s</a></p>', '<div class="whole-story-mw1">%s</div>', '<div><a href="#whole"><b>%s</b></a></div>'],
    "comments": ['<p class="talking-count-mw1"><a href="#comments">%s</a></p>', '<div class="join-talk-mw1">%s</div>', '<p><a href="#comments">%s</a></p>'],
    "readtime": ['<p class="minutes-coast-mw1">%s</p>', '<span class="minutes-chip-mw1">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="brought-date-mw1"><time>%s</time></p>', '<div class="more-came-in-mw1">%s</div>', '<p><i>%s</i></p>'],
    "audio": ['<div class="listen-bar-mw1"><button class="listen-bar-mw1__play" type="button" aria-label="Play"></button><span class="listen-bar-mw1__l">%s</span></div>',
              '<p class="listen-link-mw1"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="amended-box-mw1"><p>%s</p></aside>', '<p class="amended-line-mw1"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="phone-alerts-mw1"><p class="phone-alerts-mw1__t">%s</p><a class="phone-alerts-mw1__a" href="/app">&#8681;</a></div>',
            '<p class="app-get-mw1">%s</p>', '<div><b>%s</b></div>'],
    "bio": ['<div class="reporter-card-mw1"><p class="reporter-card-mw1__t">%s</p></div>', '<p class="reports-on-mw1"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-mw1"><p>%s</p></div>', '<p class="newsdesk-line-mw1">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="spot-error-mw1"><p>%s</p></div>', '<p class="ctrl-enter-mw1">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="browser-alerts-mw1"><p class="browser-alerts-mw1__q">%s</p></div>', '<ul class="alerts-yes-no-mw1">{items}</ul>', '<div><b>%s</b></div>'],
    "print": ['<ul class="story-kit-mw1">{items}</ul>', '<p class="kit-line-mw1">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="needed-know-mw1"><p class="needed-know-mw1__q">%s</p></div>', '<ul class="needed-know-opts-mw1">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-by-mw1"><p>%s</p></div>', '<p class="complaints-to-mw1"><small>%s</small></p>', '<div><i>%s</i></div>'],
    "topics": ['<div class="topic-row-mw1"><span class="topic-row-mw1__t">%s</span></div>', '<ul class="topic-list-mw1">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="later-save-mw1"><a class="later-save-mw1__a" href="#later">%s</a></div>', '<p class="later-line-mw1"><a href="#later">%s</a></p>',
                 '<div><a href="#later">%s</a></div>'],
    "poll": ['<div class="your-view-mw1"><p class="your-view-mw1__q">%s</p><button class="your-view-mw1__b" type="button">&#10003;</button></div>',
             '<ul class="your-view-opts-mw1">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/D{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/D{k}/" target="_blank">%s</a></blockquote>',
              '<div class="yt-facade-mw1"><a class="yt-facade-mw1__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({clublist}: the holiday activity clubs with their ages, days and prices and
    # how to book, as a list; {clubrows}: the clubs as a table; {clubdl}: booking, what to bring and free places as a
    # definition list; {calllist}: the cruise ships with their dates, hours in port and passengers and the notes on
    # shuttles, coaches and the visitor desk, as a list; {callrows}: the calls as a table; {calldl}: the notes as a
    # definition list; {marklist}: the bike-marking sessions with their places, days and times and what to bring, the
    # cost and registering, as a list; {markrows}: the sessions as a table; {markdl}: the notes as a definition list)
    "holidayclubs": ['<div class="club-places-panel"><h4 class="club-places-panel__hd">%s</h4><ul class="club-places-panel__list">{clublist}</ul></div>',
                     '<div class="club-grid-box"><p class="club-grid-box__hd"><strong>%s</strong></p><table class="club-grid-box__tbl">{clubrows}</table></div>',
                     '<p class="club-book-btn"><a class="club-book-btn__a" role="button" href="/families/holiday-clubs/book">%s</a></p>',
                     '<div class="club-facts-card"><h5 class="club-facts-card__hd">%s</h5><dl class="club-facts-card__dl">{clubdl}</dl></div>'],
    "cruisecalls": ['<aside class="ship-days-box"><h4 class="ship-days-box__hd">%s</h4><ul class="ship-days-box__list">{calllist}</ul></aside>',
                    '<div class="ship-calls-grid"><p class="ship-calls-grid__hd"><b>%s</b></p><table class="ship-calls-grid__tbl">{callrows}</table></div>',
                    '<p class="ship-season-link"><a href="/harbour/cruise-calls">%s</a></p>',
                    '<div class="ship-day-card"><h5 class="ship-day-card__hd">%s</h5><dl class="ship-day-card__dl">{calldl}</dl></div>'],
    "bikemarking": ['<div class="mark-sessions-panel"><h4 class="mark-sessions-panel__hd">%s</h4><ul class="mark-sessions-panel__list">{marklist}</ul></div>',
                    '<div class="mark-dates-grid"><p class="mark-dates-grid__hd"><strong>%s</strong></p><table class="mark-dates-grid__tbl">{markrows}</table></div>',
                    '<p class="mark-book-link"><a href="/community-safety/bike-marking">%s</a></p>',
                    '<div class="mark-howto-card"><h5 class="mark-howto-card__hd">%s</h5><dl class="mark-howto-card__dl">{markdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold section tag at the
# start of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/morning"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#pass">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "holidayclubs": (0.7, [' <a class="button" href="/families/holiday-clubs/book"><b>%s</b></a>']),
          "cruisecalls": (0.7, [' <a href="/harbour/cruise-calls"><strong>%s</strong></a>']),
          "bikemarking": (0.7, ['<br><a class="button" href="/community-safety/bike-marking"><strong>%s</strong></a>'])}
# of a family run into the text, only this wording (the section line; the newsletter pitch, not the meter; the
# booking button and the two links, not the lists, tables or cards)
INLINE_WORDING = {"newsletter": 0, "section": 0, "holidayclubs": 2, "cruisecalls": 2, "bikemarking": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="story-pic-mw1"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-body.jpg" alt="" width="640"><br><small>{cap} — {cr}</small></p>']
RELATED_STYLES = ['<div class="coast-more-mw1"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="week-more-mw1"><p class="week-more-mw1__hd">%s</p><ul>%s</ul></aside>',
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


# the tables' heads (CLUB_HEAD, CRUISE_HEAD, MARK_HEAD, above), as the web teams left them (not checked)


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
        out = (out.replace("{clublist}", "".join('<li><strong>%s</strong> (%s): %s, %s</li>' % tuple(esc(x) for x in row) for row in CLUB_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CLUB_INFO[lang]))
               .replace("{clubrows}", table(CLUB_HEAD[lang], CLUB_ROWS[lang])).replace("{clubdl}", dl(CLUB_INFO[lang])))
    if "{call" in style:
        out = (out.replace("{calllist}", "".join('<li><strong>%s</strong> — %s, %s, %s</li>' % tuple(esc(x) for x in row) for row in CRUISE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CRUISE_INFO[lang]))
               .replace("{callrows}", table(CRUISE_HEAD[lang], CRUISE_ROWS[lang])).replace("{calldl}", dl(CRUISE_INFO[lang])))
    if "{mark" in style:
        out = (out.replace("{marklist}", "".join('<li><strong>%s</strong>: %s, %s</li>' % tuple(esc(x) for x in row) for row in MARK_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in MARK_INFO[lang]))
               .replace("{markrows}", table(MARK_HEAD[lang], MARK_ROWS[lang])).replace("{markdl}", dl(MARK_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "holidayclubs": rng.choice([mid, n, n]),
               "cruisecalls": rng.choice([0, mid, n]), "bikemarking": rng.choice([mid, n])}.get(fam, mid)
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
BOLD = {"oxygen": ("<strong>", "</strong>")}
ITALIC = {"semantic": ("<i>", "</i>"), "oxygen": ("<em>", "</em>")}
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
# templates: oxygen is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"oxygen": tpl_oxygen, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg, "fusion": mp4.tpl_fusion,
                 "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype, "typo3": mp6.tpl_typo3,
                 "sanity": mp7.tpl_sanity, "blox": mp8.tpl_blox, "hugo": mp11.tpl_hugo, "joomla4": mp12.tpl_joomla4,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h90), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "oxygen"


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
            rng = random.Random("newsflow-heldout91-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI91[lang]
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
                       # and, of any earlier part, its pools, furniture, site dictionaries and teasers, whatever
                       # their names
                       [getattr(m, nm) for m in EARLIER_MODULES for nm in dir(m)
                        if re.search(r"^(R|UI_NEW|TEASERS|[A-Z_]*_SITES)$", nm) and isinstance(getattr(m, nm), (dict, list, tuple))],
                       [list(getattr(m, "SITE_STRINGS", {}).values()) for m in EARLIER_MODULES],
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
    # layouts: oxygen (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # the oxygen pages: a site of OXY_SITES in a language of OXY_CORE; of the looks only those WordPress's
    # text editor sets (bold, italic, a line break); no story
    # tables and no footnotes anywhere in this part
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in OXY_SITES or a["lang"] not in OXY_CORE
                                       or any(st not in ("bold", "italic", "br") for st, _ in a.get("look", []))):
            problems.append("%s: oxygen page needs an Oxygen site and the post editor's looks only" % a["id"])
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
        fam = {"club": "holidayclubs", "cruise": "cruisecalls", "marking": "bikemarking"}[name.split()[0]]
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
    oxy_sites = [{k: v for k, v in d.items() if k not in OXY_EXEMPT} for d in OXY_SITES.values()]
    # (OXY_CORE, CLUB_HEAD, CRUISE_HEAD and MARK_HEAD, the platforms' strings and the web teams' generic table heads,
    # are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("OXY_SITES", oxy_sites), ("UI_NEW", UI_NEW)):
        for s in _strings(obj):
            if not s or s in NOT_WORDS or isinstance(s, (int, bool)) or (name == "OXY_SITES" and s.startswith("/")):
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
