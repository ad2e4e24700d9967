#!/usr/bin/env python3
"""Hundred-and-eighth held-out part (h108-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout108.py           # write pages/h108-*.html
    python benchmarks/data/extraction/make_heldout108.py --check   # verify pages/h108-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout108.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout107.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout106.py and make_heldout105.py (themselves on make_heldout100.py): build() -> (pages, truth,
meta) and verify(pages, truth) -> problems, with the same signatures, so that make_pages.py can import this module
and merge it the same way; the earlier layouts are driven as make_heldout103.py, which last used all but one of the
list's layouts taken here, drove them.  The page ids carry a three-digit part number (h108-en-001 ...): nothing here
slices an id by position, the seed is the whole id, and verify() builds the expected ids from PART.
Stories are in articles_h108_en.py / articles_h108_intl.py (fictional local and regional outlets: two small newsrooms
publishing on public Notion pages, a village newsletter, a town paper, a residents' association, a reader-owned
paper, a local TV station, a volunteer-run town site, a village newsletter on Substack, an online town paper, a
district magazine, a neighbourhood paper, a local TV station, a town daily, a regional daily, a village forum, a
business site, a neighbourhood news site, a town gazette, a digital paper, a regional daily, a city news site, a
district TV station and a district paper, in invented places -- Stavenholme on the Ebbourne with Harnby Edge,
Pellowby, Fenny Crouch and Upper Ludsworth; Kirazpınar with Yalınçayır and Kuşluca; Hallbach an der Urse with
Kranzfeld and Niederweil; Montlieu-sur-Dorve with Les Graves and Vaucenne; Torrejuncal with El Cerrillo and
Navalosa; Ушминск on the Ушма with Гусиное and Борки --; every name and number invented; thefts, scams, cold and
bills, with a few portraits).  The residue wordings -- thirty of the generic families of the earlier parts (one
wording each in every language, two for the newsletter, whose first is the pitch run into a paragraph, and for the
embed) plus three new ones --, their wrapper class names, related headlines and teasers, the sites' own strings in
the earlier layouts and the furniture strings are new here: verify() refuses to build if one reuses a sentence of
make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines, tags or site names of
make_heldout2..106, if a wrapper class name of an earlier part recurs, if a "new" family is already in an earlier
pool, family list, template family or docstring, if a story paragraph or headline of an earlier part (first round
to h106) recurs, if a headline is also a story paragraph, or if a body is outside 150-400 words.  The earlier
families placed only for a reason in a story (calendar, map, gallery, scores and the earlier parts' new families)
are not used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three languages, their four markups over the part (a list, a table, a link or button
-- which "run_in" makes the editor type at the end of the last paragraph --, a definition-list card); each family's
four carriers take the four markups once each, in page order unless a story names its markup ("widget_style": a
Notion page keeps no definition list, so its carriers take the list and the link).  None of the earlier pools,
family lists or docstrings holds a lock give-away, a meter loan or a door-security kit (the nearest are the earlier
bike-light and hi-vis give-aways and the power-cut rows), so the brief's three subjects are taken as they stand:
free D-lock give-aways and lock swaps (bikelocks: where and when, bring proof of address, trade in a cable lock,
frame marking) on an English station's bike thefts (the new layout: the list), an English residents' association
at the start of the student term (the table), a German station's bike thefts (the "reserve a lock" button, run
into the last paragraph) and a Russian college's bike thefts (the card); plug-in energy-monitor loans
(energymonitors: where to borrow, for how long, what it shows, help to read it, where to return it) on an English
library of things (the list), an English cold snap (the table), a Turkish library's meter loans (the card) and a
Spanish library of things (the new layout: the "reserve a meter" link, run into the last paragraph); and free door
chains, viewers and "no cold callers" stickers (doorchains: who qualifies, fitting by volunteers, where to book,
what the kit holds) on an English village's doorstep roofing scam (the list), an English police safety week (the
table), a Turkish town's fake gas officials (the "apply" link, run into the last paragraph) and a French town's
fake plumbers (the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables'
heads (LOCK_HEAD, METER_HEAD, CHAIN_HEAD) are the web teams' generic strings and not checked; the rows (LOCK_ROWS,
LOCK_INFO, METER_ROWS, METER_INFO, CHAIN_ROWS, CHAIN_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for a residents' association and a village newsletter -- no newsroom to credit a
photograph to, update a story, sell adverts or send reporters --, "notion" for the two Notion pages -- a Notion page
has no consent box, adverts, app, alerts, comments, ratings, tools, polls, audio, reading time or embeds of the
newsroom's own to paste); a correction box goes only on a story that was corrected, with that story's own wording
(an English lido's closing date, the page's only residue).  Residue markup varies as on real pages: classed boxes,
bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted by editors, headings, links, lists,
spans, buttons, definition lists and tables, and, for a few families, a line run into the end of a story paragraph
(credit, tip, newsletter pitch, share line, the lock button, the meter link, the door-chain link; only one line in
any paragraph) or a section tag run into the start of the first paragraph.  On the new layout, residue the newsroom
pasted sits among the page's blocks as Notion's paste makes it (notion_blocks()).
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(Craft's has-dropcap on the Montlieu gazette), italics (one-line quotes and quoted paragraphs, Notion's italic token),
bold (one-line paragraphs: "Most of the bikes were locked.", "Please talk to your neighbours.", "La idea es
sencilla.", "Поют все, кто может."), a highlighted sentence (a <mark> on Neos), a paragraph in a box (HubSpot's
inline-styled box around "L'atelier en chiffres" and its paragraph), a fact box holding a subheading and its list
(Sitecore's fact-box rich text around "Warm spaces open this week"), a callout (the Jekyll site's callout div around
the bike hub's opening line), a paragraph typed after a line break (on Notion, a newline inside the block);
story structures that look like furniture but are the story: question-and-answer interviews (questions typed in
bold, in English, Turkish and German: a ferryman after thirty-two seasons, a watchmaker after fifty-one years, a
chimney sweep after 38 years), lists inside the story (police advice on bike locks, doorstep tricks, warm spaces, a
canteen menu, a roof work rota, a surgery's hours), crossheads as headings (police advice, warm spaces, a community
shop, a business in numbers, a drove road, a heating outage, a library's backers) and as bold paragraphs (a roofing
scam, a clubhouse roof, a surgery's new hours, a choir's centenary), one-line quotes and short one-line paragraphs,
a closing line with practical information (a railway police number, a Trading Standards drop-in, a bike hub's
hours, a ferry's timetable, a police stall, a shop's hours, a lido's season, a watchmaker's last days, a library's
hours, a farewell in a village hall, a work party's meeting point, apprenticeship applications, an open school
lunch, a library's hours, a choir's next concert, a police number, a warm room), and story sentences that use
furniture words in ordinary reporting ("Share a few minutes with the neighbourhood police team" opening a story,
"Cookies, tea and advice are free" closing another, "Subscribe in person at the shop counter", photographs and a
print edition mentioned in passing).  Two pages carry no residue at all (a Turkish watchmaker's interview on duda
and a Spanish drove road on beaverbuilder) and one only its correction line (an English lido on generatepress).
One page layout is new (notion: a story published as a public Notion page by a small newsroom, on two pages, an
English town's bulletin and a Spanish neighbourhood's; see the section of the layout below).  Notion's own strings
(NT_CORE) are left as Notion ships them and not checked; the workspaces' own strings (NT_SITES, and each page's
"notion" field) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers, all from the brief's list of
layouts no part since h104 has used (verify() refuses any that h104 .. h106 used, and checks the list's last parts
and languages against the modules) -- bolt (make_heldout94.py), escenic (make_heldout67.py), jekyll
(make_heldout47.py), silverstripe (make_heldout41.py), sitecore (make_heldout38.py), textpattern (make_heldout27.py),
substack (make_heldout3.py) and generatepress (make_heldout81.py) in English; neos (make_heldout45.py), duda
(make_heldout89.py) and aem (make_heldout36.py) in Turkish; pugpig (make_heldout70.py), methode (make_heldout73.py)
and xenforo (make_heldout56.py) in German; hubspot (make_heldout62.py), chorus (make_heldout71.py) and craft
(make_heldout35.py) in French; beaverbuilder (make_heldout85.py) and polopoly (make_heldout68.py) in Spanish; dle
(make_heldout20.py), liferay (make_heldout44.py) and magnolia (make_heldout46.py) in Russian -- fifteen of them in a
language the list does not give the layout.  Of the brief's list, sveltekit, sharepoint, zyro, jnews, plone, blox,
elementor and tumblr are not used.  While a page is rendered, the earlier modules' site-specific strings
(SITE_STRINGS: the sites this part adds to the layouts keyed by site name, and this part's own wordings for those
keyed by language), their related headlines and the residue pools they draw from themselves are swapped for this
part's own (site_strings()); the platforms' strings are left as the earlier parts ship them, and the three
languages a layout first had in make_heldout103.py (AEM and Duda in Turkish, Magnolia in Russian) are taken from its
PLATFORM_STRINGS.
Standard library only; deterministic (each page's choices seeded from its id).
"""
import collections
import contextlib
import copy
import datetime
import html.parser
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
from articles_h108_en import ARTICLES as H108_EN  # noqa: E402
from articles_h108_intl import ARTICLES as H108_INTL  # noqa: E402

ARTICLES = H108_EN + H108_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102, mp103, mp104, mp105, mp106)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h108"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h106 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Ebbourne valley maps and video players stay blank until you allow third-party cookies"],
        "tr": ["Kirazpınar haritaları ve video oynatıcıları, üçüncü taraf çerezlerine izin verene kadar boş kalır"],
        "de": ["Karten und Videoplayer aus dem Ursetal bleiben leer, bis Sie Drittanbieter-Cookies erlauben"],
        "fr": ["Les cartes et lecteurs vidéo de la Dorve restent vides tant que vous refusez les cookies tiers"],
        "es": ["Los mapas y vídeos de Torrejuncal no aparecen hasta que permitas las cookies de terceros"],
        "ru": ["Карты и видеоплееры Ушминска не отображаются, пока вы не разрешите сторонние cookie"],
    },
    "newsletter": {
        "en": ["Ebbourne Weekly, our Sunday round-up of the valley, is free to your inbox",
               "This is your last free Ebbourne valley article this month: sign in or register to keep reading"],
        "tr": ["Pazar günleri ilçenin özeti Kirazpınar Haftalık, e-postanıza ücretsiz gelir",
               "Bu ay Kirazpınar'dan son ücretsiz haberinizi okuyorsunuz: devam etmek için giriş yapın ya da kaydolun"],
        "de": ["Die Ursetal-Woche, unser Sonntagsüberblick aus dem Tal, kommt kostenlos in Ihr Postfach",
               "Das ist Ihr letzter freier Ursetal-Artikel in diesem Monat: anmelden oder registrieren und weiterlesen"],
        "fr": ["La Semaine de la Dorve, notre récapitulatif du dimanche, arrive gratuitement dans votre boîte",
               "C'est votre dernier article gratuit sur la Dorve ce mois-ci : connectez-vous ou créez un compte pour continuer"],
        "es": ["La Semana de Torrejuncal, nuestro resumen de los domingos, llega gratis a tu correo",
               "Es tu última noticia gratuita de Torrejuncal este mes: inicia sesión o regístrate para seguir leyendo"],
        "ru": ["«Ушминская неделя», наш воскресный обзор, приходит на почту бесплатно",
               "Это ваш последний бесплатный материал о Ушминске в этом месяце: войдите или зарегистрируйтесь, чтобы читать дальше"],
    },
    "share": {
        "en": ["Tell the Ebbourne valley: Facebook · WhatsApp · Threads · Copy link"],
        "tr": ["Kirazpınar'a duyurun: Facebook · WhatsApp · Threads · Bağlantıyı kopyala"],
        "de": ["Dem Ursetal erzählen: Facebook · WhatsApp · Threads · Link kopieren"],
        "fr": ["Le dire à toute la Dorve : Facebook · WhatsApp · Threads · Copier le lien"],
        "es": ["Cuéntaselo a Torrejuncal: Facebook · WhatsApp · Threads · Copiar enlace"],
        "ru": ["Рассказать Ушминску: ВКонтакте · Telegram · Одноклассники · Скопировать ссылку"],
    },
    "photo": {
        "en": ["Picture supplied to the Ebbourne valley newsroom by the family"],
        "tr": ["Fotoğraf, aile tarafından Kirazpınar haber merkezine verildi"],
        "de": ["Bild: von der Familie der Ursetal-Redaktion zur Verfügung gestellt"],
        "fr": ["Photo transmise à la rédaction de la Dorve par la famille"],
        "es": ["Imagen cedida a la redacción de Torrejuncal por la familia"],
        "ru": ["Снимок предоставлен редакции Ушминска семьёй героини"],
    },
    "copyright": {
        "en": ["Copying this Ebbourne valley report in full or in part needs the written consent of {site}."],
        "tr": ["Bu Kirazpınar haberinin tamamı ya da bir bölümü, {site} yazılı onayı olmadan kopyalanamaz."],
        "de": ["Wer diesen Ursetal-Bericht ganz oder in Teilen übernehmen will, braucht die schriftliche Zustimmung von {site}."],
        "fr": ["Toute copie, même partielle, de ce reportage de la Dorve exige l'accord écrit de {site}."],
        "es": ["Copiar esta información de Torrejuncal, entera o en parte, exige el consentimiento escrito de {site}."],
        "ru": ["Копирование этого материала о Ушминске целиком или частично возможно только с письменного согласия «{site}»."],
    },
    "section": {
        "en": ["Ebbourne valley › {section}"],
        "tr": ["Kirazpınar › {section}"],
        "de": ["Ursetal › {section}"],
        "fr": ["Vallée de la Dorve › {section}"],
        "es": ["Sierra de Torrejuncal › {section}"],
        "ru": ["Ушминск и район › {section}"],
    },
    "related": {
        "en": ["More from around the Ebbourne"],
        "tr": ["Kirazpınar'dan başka haberler"],
        "de": ["Mehr aus dem Ursetal"],
        "fr": ["D'autres nouvelles de la Dorve"],
        "es": ["Más noticias de Torrejuncal"],
        "ru": ["Другие новости Ушминска"],
    },
    "symbol": {"*": ["❖ ✧ ❖", "✥ · ❖ · ✥", "⁂ ✥ ⁂"]},
    "credit": {
        "en": ["With reporting from the {site} desk in Stavenholme"],
        "tr": ["{site} Kirazpınar masasının katkılarıyla"],
        "de": ["Mitarbeit: {site}-Lokalredaktion Hallbach"],
        "fr": ["Avec la rédaction locale de {site} à Montlieu"],
        "es": ["Con información de la mesa local de {site} en Torrejuncal"],
        "ru": ["При участии ушминской редакции «{site}»"],
    },
    "ad": {
        "en": ["Paid promotion · your Ebbourne valley article carries on below"],
        "tr": ["Ücretli tanıtım · Kirazpınar haberiniz aşağıda devam ediyor"],
        "de": ["Bezahlte Einblendung · Ihr Ursetal-Artikel geht unten weiter"],
        "fr": ["Contenu promotionnel · votre article de la Dorve continue plus bas"],
        "es": ["Promoción pagada · tu noticia de Torrejuncal sigue más abajo"],
        "ru": ["Оплаченный показ · материал о Ушминске продолжается ниже"],
    },
    "continue": {
        "en": ["Show the whole Ebbourne valley article"],
        "tr": ["Kirazpınar haberinin tamamını göster"],
        "de": ["Den ganzen Ursetal-Artikel zeigen"],
        "fr": ["Afficher tout l'article de la Dorve"],
        "es": ["Mostrar la noticia de Torrejuncal completa"],
        "ru": ["Показать материал о Ушминске полностью"],
    },
    "comments": {
        "en": ["Join {n} Ebbourne valley readers in the conversation"],
        "tr": ["{n} Kirazpınar okurunun sohbetine katılın"],
        "de": ["Diskutieren Sie mit {n} Leserinnen und Lesern aus dem Ursetal"],
        "fr": ["Rejoignez la discussion avec {n} lecteurs de la Dorve"],
        "es": ["Únete a la conversación con {n} lectores de Torrejuncal"],
        "ru": ["Присоединяйтесь к обсуждению: уже {n} читателей из Ушминска"],
    },
    "readtime": {
        "en": ["A {m}-minute Ebbourne valley read"],
        "tr": ["{m} dakikalık bir Kirazpınar haberi"],
        "de": ["Ursetal-Lektüre für {m} Minuten"],
        "fr": ["Une lecture de {m} minutes sur la Dorve"],
        "es": ["Una lectura de {m} minutos sobre Torrejuncal"],
        "ru": ["Чтение о Ушминске на {m} минуты"],
    },
    "updated": {
        "en": ["Revised by the Ebbourne valley desk on {d} at {t}"],
        "tr": ["Kirazpınar masası tarafından {d}, {t} itibarıyla yenilendi"],
        "de": ["Von der Ursetal-Redaktion überarbeitet am {d} um {t}"],
        "fr": ["Revu par la rédaction de la Dorve le {d} à {t}"],
        "es": ["Revisada por la mesa de Torrejuncal el {d} a las {t}"],
        "ru": ["Обновлено ушминской редакцией {d} в {t}"],
    },
    "audio": {
        "en": ["Hear this Ebbourne valley story read aloud · {m} min"],
        "tr": ["Bu Kirazpınar haberini sesli dinleyin · {m} dk"],
        "de": ["Diesen Ursetal-Artikel vorlesen lassen · {m} Min."],
        "fr": ["Écouter cet article de la Dorve lu à voix haute · {m} min"],
        "es": ["Escucha esta noticia de Torrejuncal leída en voz alta · {m} min"],
        "ru": ["Прослушать материал о Ушминске · {m} мин"],
    },
    "correction": {
        "en": ["The Ebbourne valley desk has amended this report since it first appeared."],
        "tr": ["Kirazpınar masası bu haberi ilk yayımından sonra düzeltti."],
        "de": ["Die Ursetal-Redaktion hat diesen Bericht nach dem ersten Erscheinen berichtigt."],
        "fr": ["La rédaction de la Dorve a rectifié ce reportage après sa première parution."],
        "es": ["La redacción de Torrejuncal ha rectificado esta información tras su primera publicación."],
        "ru": ["Ушминская редакция исправила этот материал после первой публикации."],
    },
    "app": {
        "en": ["Read the Ebbourne valley on the go: download the {site} app, free on iPhone and Android"],
        "tr": ["Kirazpınar yanınızda: {site} uygulamasını iPhone ve Android'de ücretsiz indirin"],
        "de": ["Das Ursetal unterwegs lesen: die {site}-App, gratis für iPhone und Android"],
        "fr": ["La Dorve partout avec vous : téléchargez l'application {site}, gratuite sur iPhone et Android"],
        "es": ["La Sierra allá donde vayas: descarga la app de {site}, gratis en iPhone y Android"],
        "ru": ["Ушминск всегда с собой: скачайте приложение «{site}» бесплатно для iPhone и Android"],
    },
    "bio": {
        "en": ["{by} reports on {section} in Stavenholme, Harnby Edge and the Ebbourne valley villages for {site}."],
        "tr": ["{by}, {site} için Kirazpınar, Yalınçayır ve Kuşluca'da {section} haberlerini yazıyor."],
        "de": ["{by} schreibt für {site} über {section} in Hallbach, Kranzfeld und Niederweil."],
        "fr": ["{by} suit la rubrique {section} à Montlieu-sur-Dorve, aux Graves et à Vaucenne pour {site}."],
        "es": ["{by} escribe sobre {section} en Torrejuncal, El Cerrillo y Navalosa para {site}."],
        "ru": ["{by} пишет о теме «{section}» в Ушминске, Гусином и Борках для «{site}»."],
    },
    "tip": {
        "en": ["Know something we should look into in the Ebbourne valley? Call the desk on 01632 960 818"],
        "tr": ["Kirazpınar'da araştırmamız gereken bir şey mi var? Masayı arayın: 0 (372) 900 81 81"],
        "de": ["Wissen Sie etwas, dem wir im Ursetal nachgehen sollten? Rufen Sie an: 06543 918 181"],
        "fr": ["Vous savez quelque chose sur la Dorve que nous devrions vérifier ? Appelez le 05 55 00 81 81"],
        "es": ["¿Sabes algo de Torrejuncal que deberíamos investigar? Llama al 920 000 818"],
        "ru": ["Знаете, что стоит проверить в Ушминске? Звоните в редакцию: 8 (48432) 8-18-18"],
    },
    "typo": {
        "en": ["Found a mistake in this Ebbourne valley report? Mark the words and press Ctrl+Enter so the Ebbourne desk can fix them"],
        "tr": ["Bu Kirazpınar haberinde yanlış mı buldunuz? Kelimeleri işaretleyip Ctrl+Enter'a basın, Kirazpınar masası düzeltsin"],
        "de": ["Fehler im Ursetal-Bericht gefunden? Wörter markieren, Strg+Enter drücken, die Ursetal-Redaktion korrigiert"],
        "fr": ["Une erreur dans ce reportage de la Dorve ? Surlignez les mots et appuyez sur Ctrl+Entrée pour prévenir la rédaction de la Dorve"],
        "es": ["¿Has encontrado un fallo en esta información de Torrejuncal? Marca las palabras y pulsa Ctrl+Intro para avisar a la redacción de Torrejuncal"],
        "ru": ["Нашли ошибку в материале о Ушминске? Выделите слова и нажмите Ctrl+Enter — ушминская редакция поправит"],
    },
    "push": {
        "en": ["Allow Ebbourne valley breaking news notifications? Ebbourne alerts on · Not now, thanks"],
        "tr": ["Kirazpınar son dakika bildirimlerine izin verilsin mi? Kirazpınar bildirimlerini aç · Şimdilik istemiyorum"],
        "de": ["Eilmeldungen aus dem Ursetal erlauben? Ursetal-Meldungen an · Lieber nicht"],
        "fr": ["Autoriser les notifications d'urgence de la Dorve ? Activer les alertes de la Dorve · Pas pour l'instant"],
        "es": ["¿Permitir notificaciones de última hora de Torrejuncal? Activar los avisos de Torrejuncal · Ahora no, gracias"],
        "ru": ["Разрешить срочные уведомления из Ушминска? Включить уведомления Ушминска · Пока не нужно"],
    },
    "print": {
        "en": ["Keep this Ebbourne valley report: Print page · Download PDF · Send by email"],
        "tr": ["Bu Kirazpınar haberini saklayın: Sayfayı yazdır · PDF indir · E-postayla gönder"],
        "de": ["Diesen Ursetal-Bericht behalten: Seite drucken · PDF laden · Per Mail schicken"],
        "fr": ["Garder ce reportage de la Dorve : Imprimer la page · Télécharger le PDF · Envoyer par courriel"],
        "es": ["Guarda esta información de Torrejuncal: Imprimir página · Descargar PDF · Enviar por correo"],
        "ru": ["Сохранить материал о Ушминске: Распечатать · Скачать PDF · Отправить письмом"],
    },
    "feedback": {
        "en": ["How useful was this Ebbourne valley report? Very useful · Fairly useful · Not useful"],
        "tr": ["Bu Kirazpınar haberi ne kadar yararlıydı? Çok yararlı · Biraz yararlı · Yararlı değil"],
        "de": ["Wie hilfreich war dieser Ursetal-Bericht? Sehr hilfreich · Einigermaßen · Gar nicht"],
        "fr": ["Ce reportage de la Dorve vous a-t-il été utile ? Très utile · Assez utile · Pas utile"],
        "es": ["¿Te ha sido útil esta información de Torrejuncal? Muy útil · Bastante útil · Nada útil"],
        "ru": ["Насколько полезен материал о Ушминске? Очень полезен · Отчасти · Бесполезен"],
    },
    "standards": {
        "en": ["{site} is regulated by IPSO; complaints about our Ebbourne valley coverage go to standards@ebbournevalley.example."],
        "tr": ["{site}, Basın Ahlak Esasları'na uyar; Kirazpınar haberlerimizle ilgili şikâyetler: ilkeler@kirazpinar.example."],
        "de": ["{site} hält sich an den Pressekodex; Beschwerden zu unserer Ursetal-Berichterstattung an kodex@ursetal.example."],
        "fr": ["{site} respecte la charte de Munich ; réclamations sur notre couverture de la Dorve à deontologie@dorve.example."],
        "es": ["{site} sigue el código deontológico de la profesión; quejas sobre nuestra información de Torrejuncal a etica@sierratorrejuncal.example."],
        "ru": ["«{site}» соблюдает кодекс профессиональной этики; жалобы на материалы о Ушминске: etika@ushminsk.example."],
    },
    "topics": {
        "en": ["Filed under: {section} · Stavenholme · River Ebbourne"],
        "tr": ["Konular: {section} · Kirazpınar · Yalınçayır"],
        "de": ["Abgelegt unter: {section} · Hallbach · Urse"],
        "fr": ["Classé dans : {section} · Montlieu-sur-Dorve · Vaucenne"],
        "es": ["Archivado en: {section} · Torrejuncal · El Cerrillo"],
        "ru": ["Рубрики: {section} · Ушминск · Ушма"],
    },
    "bookmark": {
        "en": ["＋ Add this Ebbourne valley report to your reading list"],
        "tr": ["＋ Bu Kirazpınar haberini okuma listenize ekleyin"],
        "de": ["＋ Ursetal-Bericht auf die Leseliste setzen"],
        "fr": ["＋ Ajouter ce reportage de la Dorve à votre liste de lecture"],
        "es": ["＋ Añadir esta información de Torrejuncal a tu lista de lectura"],
        "ru": ["＋ Добавить материал о Ушминске в список для чтения"],
    },
    "poll": {
        "en": ["Have your say, Ebbourne valley: yes · no · don't know"],
        "tr": ["Söz sizde, Kirazpınar: evet · hayır · bilmiyorum"],
        "de": ["Ihre Meinung, Ursetal: ja · nein · weiß nicht"],
        "fr": ["À vous de voter, la Dorve : oui · non · je ne sais pas"],
        "es": ["Opina, Torrejuncal: sí · no · no sé"],
        "ru": ["Ваше мнение, Ушминск: да · нет · затрудняюсь ответить"],
    },
    "embed": {
        "en": ["See {handle}'s Ebbourne valley post on Instagram", "Play {handle}'s Ebbourne valley video on YouTube"],
        "tr": ["{handle} hesabının Kirazpınar gönderisini Instagram'da görün", "{handle} hesabının Kirazpınar videosunu YouTube'da oynatın"],
        "de": ["Den Ursetal-Beitrag von {handle} auf Instagram ansehen", "Das Ursetal-Video von {handle} auf YouTube abspielen"],
        "fr": ["Voir la publication de {handle} sur la Dorve dans Instagram", "Lire la vidéo de {handle} sur la Dorve dans YouTube"],
        "es": ["Ver la publicación de {handle} sobre Torrejuncal en Instagram", "Reproducir el vídeo de {handle} sobre Torrejuncal en YouTube"],
        "ru": ["Посмотреть публикацию {handle} о Ушминске в Instagram", "Включить видео {handle} о Ушминске на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "bikelocks": {
        "en": ["Free D-locks for cyclists: how to get one", "D-lock give-away and lock swap: dates and places", "Book your free D-lock ›",
               "D-lock swap: what you need to know"],
        "de": ["Kostenlose Bügelschlösser: so kommen Sie an eins", "Bügelschloss-Tausch: Termine und Orte", "Kostenloses Bügelschloss reservieren ›",
               "Schlosstausch: das Wichtigste in Kürze"],
        "ru": ["Бесплатные U-образные замки: как получить", "Обмен тросиков на замки: где и когда", "Записаться на бесплатный замок ›",
               "Обмен велозамков: коротко о главном"],
    },
    "energymonitors": {
        "en": ["Borrow an energy monitor: how it works", "Energy monitor loans: where to borrow one", "Reserve a plug-in energy monitor ›",
               "Energy monitor loans at a glance"],
        "tr": ["Elektrik ölçer ödünç alın: nasıl işliyor", "Elektrik ölçer ödünç noktaları", "Bir elektrik ölçer ayırtın ›",
               "Elektrik ölçer ödüncü kısaca"],
        "es": ["Pide prestado un medidor de consumo: cómo funciona", "Préstamo de medidores de consumo: dónde pedirlos", "Reserva un medidor de consumo ›",
               "Préstamo de medidores, de un vistazo"],
    },
    "doorchains": {
        "en": ["Free door chains and viewers: who can apply", "Door chain fitting sessions: where and when", "Book a free door chain fitting ›",
               "Doorstep security kit: the details"],
        "tr": ["Ücretsiz kapı zinciri ve dürbünü: kimler başvurabilir", "Kapı zinciri takım günleri: yer ve saat", "Ücretsiz kapı zinciri takımı için başvurun ›",
               "Kapı güvenlik seti: ayrıntılar"],
        "fr": ["Chaînes de porte et judas gratuits : qui peut en bénéficier", "Pose de chaînes de porte : lieux et dates", "Demander la pose gratuite d'une chaîne de porte ›",
               "Kit de sécurité pour la porte : l'essentiel"],
    },
}
NEW_STYLE_WORDING = {"bikelocks": [0, 1, 2, 3], "energymonitors": [0, 1, 2, 3], "doorchains": [0, 1, 2, 3]}
# bike locks: where and when to collect or swap; and proof of address, trading in a cable lock, security marking
LOCK_ROWS = {
    "en": [("Stavenholme station forecourt", "Saturday 26 September", "9.15am to 12.45pm"),
           ("Stavenholme College bike hub", "weekdays in freshers' fortnight", "10am to 3pm"),
           ("Harnby Edge police office", "Wednesday evenings", "6pm to 8pm")],
    "de": [("Bahnhofsvorplatz Hallbach", "Samstag 17.10.2026", "9.15 bis 12.45 Uhr"),
           ("Bürgerbüro Hallbach", "dienstags und donnerstags", "8.30 bis 11.30 Uhr"),
           ("Fahrradwerkstatt im Jugendhaus Kranzfeld", "mittwochs", "15 bis 18 Uhr")],
    "ru": [("Вестибюль техникума", "улица Заводская, 5", "понедельник–пятница, 12:00–14:00"),
           ("Участковый пункт полиции", "улица Мира, 21", "вторник и четверг, 17:30–19:30"),
           ("Магазин «Велодруг»", "улица Ушминская, 3", "ежедневно, 10:00–19:00")],
}
LOCK_HEAD = {"en": ("Where", "When", "Times"), "de": ("Ort", "Tag", "Zeit"), "ru": ("Где", "Адрес", "Когда")}
LOCK_INFO = {
    "en": [("What to bring to the swap", "proof of address or a student card"),
           ("Swapping your cable lock", "hand in your old cable lock and take a D-lock away"),
           ("Marking your frame", "free frame marking and registration while you wait")],
    "de": [("Zum Tausch mitbringen", "Personalausweis oder Meldebescheinigung"),
           ("So läuft der Schlosstausch", "altes Kabelschloss abgeben, Bügelschloss mitnehmen"),
           ("Rahmen codieren lassen", "kostenlose Rahmencodierung vor Ort, Kaufbeleg mitbringen")],
    "ru": [("Что взять на обмен", "студенческий билет или паспорт с пропиской"),
           ("Как меняем замки", "старый тросик сдаёте, U-образный замок забираете"),
           ("Маркировка рамы", "бесплатно нанесём номер на раму и внесём в базу")],
}
# energy monitors: where to borrow one; and how to borrow, for how long, what it shows, help, returns
METER_ROWS = {
    "en": [("Stavenholme library", "Tallow Market Street", "lending desk, Mon–Sat 9am–5pm"),
           ("Pellowby community centre", "Mill Road", "reception, weekdays 10am–4pm"),
           ("Upper Ludsworth community shop", "Church Street", "ask at the till")],
    "tr": [("Kirazpınar İlçe Halk Kütüphanesi", "Cumhuriyet Caddesi 8", "ödünç masası, hafta içi 08.30–19.00"),
           ("Yalınçayır Muhtarlığı", "Çeşme Sokağı 2", "salı ve perşembe 10.00–15.00"),
           ("Enerji kooperatifi bürosu", "Kuşluca Yolu 14", "cumartesi 10.00–13.00")],
    "es": [("Biblioteca de las cosas", "antigua escuela, calle Real 4", "martes y jueves, 17.00–20.00"),
           ("Centro cívico de El Cerrillo", "plaza de la Fuente Vieja", "de lunes a viernes, 9.30–13.30"),
           ("Oficina de la cooperativa", "avenida de Navalosa 11", "sábados, 10.30–13.30")],
}
METER_HEAD = {"en": ("Borrow from", "Address", "Where to ask"), "tr": ("Nereden", "Adres", "Saatler"), "es": ("Dónde", "Dirección", "Horario")}
METER_INFO = {
    "en": [("How long you can keep it", "two weeks, renewable once if nobody is waiting"),
           ("What it shows", "watts used now, units used so far and the cost in pounds"),
           ("Help reading it", "volunteers at the energy cafe explain the readings"),
           ("Where to return it", "to any library in the district")],
    "tr": [("Ölçeri ne kadar tutabilirsiniz", "iki hafta, sırada bekleyen yoksa bir kez uzatılır"),
           ("Ne gösteriyor", "anlık watt, toplam tüketim ve liralık maliyet"),
           ("Yardım", "kooperatif gönüllüleri sonuçları birlikte okur"),
           ("Nereye iade edilir", "kütüphanenin ödünç masasına")],
    "es": [("Cuánto tiempo puedes tenerlo", "quince días, prorrogables si no hay lista de espera"),
           ("Qué muestra", "vatios en cada momento, consumo acumulado y coste en euros"),
           ("Ayuda con las lecturas", "los voluntarios explican las lecturas en el mismo local"),
           ("Dónde devolverlo", "en la biblioteca de las cosas o en el centro cívico")],
}
# door chains: who qualifies and where to book a fitting; and fitting by volunteers, what the kit holds, when
CHAIN_ROWS = {
    "en": [("Fenny Crouch village hall", "Thursday 12 March", "2pm to 4pm"),
           ("Pellowby market square police stall", "Saturday 17 October", "9am to 12.30pm"),
           ("Stavenholme Trading Standards", "by appointment", "Monday to Friday, ring first")],
    "tr": [("Belediye Sosyal Yardım Birimi", "Hükümet Meydanı 1", "hafta içi 08.30–16.30"),
           ("Yalınçayır Muhtarlığı", "Çeşme Sokağı 2", "salı 10.00–15.00"),
           ("Kuşluca Muhtarlığı", "Pınar Sokağı 7", "perşembe 10.00–15.00")],
    "fr": [("Maison des seniors", "2, place du Marché, Montlieu", "lundi au vendredi, 9 h–12 h"),
           ("Centre social des Graves", "rue des Acacias", "mercredi 14 h–17 h"),
           ("Mairie annexe de Vaucenne", "place de l'Église de Vaucenne", "samedi 10 h–12 h")],
}
CHAIN_HEAD = {"en": ("Where", "When", "Times"), "tr": ("Başvuru yeri", "Adres", "Saatler"), "fr": ("Lieu", "Adresse", "Horaires")}
CHAIN_INFO = {
    "en": [("Who can apply for a kit", "residents over 65, or anyone who has been targeted by a doorstep caller"),
           ("Fitting by volunteers", "trained volunteers fit the chain and viewer free of charge"),
           ("What the kit holds", "a door chain, a door viewer and a \u201cno cold callers\u201d sticker")],
    "tr": [("Seti kimler alabilir", "65 yaş üstü ve yalnız yaşayanlar"),
           ("Takım", "belediye gönüllüleri evinize gelip ücretsiz takar"),
           ("Sette", "kapı zinciri, kapı dürbünü ve \u201ckapıda satış istemiyoruz\u201d etiketi")],
    "fr": [("Qui peut demander le kit", "les plus de 70 ans et les personnes vivant seules"),
           ("Pose", "par des bénévoles formés, à domicile et sans frais"),
           ("Dans le kit", "une chaîne, un judas et un autocollant \u00ab pas de démarchage \u00bb")],
}
WIDGET_ROWS = (("bikelocks points", LOCK_ROWS), ("bikelocks info", LOCK_INFO), ("energymonitors points", METER_ROWS),
               ("energymonitors info", METER_INFO), ("doorchains points", CHAIN_ROWS), ("doorchains info", CHAIN_INFO))
WIDGET_LANGS = {"bikelocks": ("en", "de", "ru"), "energymonitors": ("en", "tr", "es"), "doorchains": ("en", "tr", "fr")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Stavenholme market hall clock is wound again after forty years", "Harnby Edge wins best-kept village for a third time",
           "Pellowby bypass public inquiry opens next month", "Ebbourne valley brass band heads to the national finals",
           "Upper Ludsworth school gets its first new classroom since 1972", "Fenny Crouch footpath reopens after landslip"],
    "tr": ["Kirazpınar'a yeni otobüs terminali yapılıyor", "Yalınçayır'da mahalle bostanı hasat şenliği",
           "Kirazpınarspor play-off biletini aldı", "Kuşluca köprüsü trafiğe yeniden açıldı",
           "Kirazpınar'da ceviz festivali ekimde", "İlçe devlet hastanesine yeni diyaliz ünitesi"],
    "de": ["Hallbacher Stadtbücherei öffnet auch sonntags", "Kranzfeld feiert 900 Jahre mit großem Festumzug",
           "Ursetalbahn: neue Haltestelle in Niederweil", "Hallbacher Wochenmarkt zieht auf den Kirchplatz",
           "Niederweiler Grundschule bekommt eine Mensa", "Radweg entlang der Urse wird bis Kranzfeld verlängert"],
    "fr": ["Montlieu-sur-Dorve : la fête de la châtaigne revient", "Vaucenne inaugure sa nouvelle salle des fêtes",
           "La piscine de Montlieu rouvre après travaux", "Les Graves : un jardin partagé au pied des immeubles",
           "Le club de rugby de la Dorve monte en Fédérale 3", "Une ligne de bus relie enfin Vaucenne à la gare"],
    "es": ["Torrejuncal estrena un mercado de productores los sábados", "El Cerrillo celebra sus fiestas de San Roque",
           "La carretera de Navalosa tendrá arcén para ciclistas", "El CD Torrejuncal asciende a Regional Preferente",
           "La antigua estación se convertirá en albergue", "Nueva ruta de senderismo por los pinares de Torrejuncal"],
    "ru": ["В Ушминске открыли обновлённую набережную Ушмы", "В Гусином построят новый фельдшерско-акушерский пункт",
           "Ушминские борцы привезли три медали с первенства области", "В Борках отремонтируют сельский клуб",
           "Автобус до Гусиного будет ходить по выходным", "В центральном парке Ушминска высадили аллею клёнов"],
}
TEASERS = {
    "en": ["The clock last chimed in 1986.", "Judges praised the verges and the bus shelter.",
           "The inquiry is expected to last six weeks.", "The band was formed by miners in 1889.",
           "Pupils moved in after half-term.", "The path had been shut since February."],
}
SITES = {"en": [], "tr": [], "de": [], "fr": [], "es": [], "ru": []}

UI_NEW = {
    "en": dict(nav=["Stavenholme", "Ebbourne valley villages", "Stavenholme crime", "Ebbourne valley schools", "Stavenholme sport", "What's on in the Ebbourne valley", "Ebbourne valley notices"],
               cookie="This Ebbourne valley news site and its advertising partners use cookies to remember your choices, count which Stavenholme stories are read and show adverts that pay for our reporters. Choose what the Ebbourne valley site may store.",
               accept="Allow all Ebbourne valley cookies", reject="Choose my Ebbourne valley cookies", share="Send this Ebbourne valley story to a friend",
               related="Keep reading about the Ebbourne valley", newsletter="Ebbourne Morning: the valley's news before breakfast, every weekday",
               subscribe="Get Ebbourne Morning", email="name@ebbourne-morning.example",
               comment_note="Comments are read by the Ebbourne valley desk before they go live. Keep it civil and keep it local.",
               closed="Comments are closed on this Ebbourne valley story.",
               footer=["Write to the Ebbourne valley desk", "Ebbourne valley corrections policy", "Ebbourne valley privacy and cookies", "Advertise in the Ebbourne valley", "Ebbourne valley house rules"],
               rights="Every article and photograph by the Ebbourne valley desk belongs to the publisher; do not reuse them without asking.",
               commenters=[("HarnbyMargaret", "This is the Ebbourne valley I know."),
                           ("stavenholme_bob", "Hope the council is reading this.")]),
    "tr": dict(nav=["Kirazpınar", "Kirazpınar mahalleleri", "Kirazpınar adliye", "Kirazpınar okulları", "Kirazpınar spor", "Kirazpınar'da bu hafta", "Kirazpınar ilanlar"],
               cookie="Kirazpınar haber sitesi ve reklam ortakları, tercihlerinizi hatırlamak, hangi Kirazpınar haberlerinin okunduğunu saymak ve muhabirlerimizi ayakta tutan reklamları göstermek için çerez kullanır. Nelere izin verdiğinizi seçin.",
               accept="Tüm Kirazpınar çerezlerine izin ver", reject="Kirazpınar çerezlerimi seç", share="Bu Kirazpınar haberini bir arkadaşınıza gönderin",
               related="Kirazpınar hakkında okumaya devam edin", newsletter="Kirazpınar Sabahı: ilçenin haberleri kahvaltıdan önce, her iş günü",
               subscribe="Kirazpınar Sabahı'nı alın", email="ad@kirazpinar-sabahi.example",
               comment_note="Yorumlar yayına girmeden önce Kirazpınar masası tarafından okunur. Saygılı ve yerel kalın.",
               closed="Bu Kirazpınar haberinde yorumlar kapalı.",
               footer=["Kirazpınar masasına yazın", "Kirazpınar düzeltme politikası", "Kirazpınar gizlilik ve çerezler", "Kirazpınar'da reklam verin", "Kirazpınar yorum kuralları"],
               rights="Kirazpınar masasının her haberi ve fotoğrafı yayıncıya aittir; izin almadan kullanmayın.",
               commenters=[("Yalınçayırlı_Nermin", "Bildiğimiz Kirazpınar işte bu."),
                           ("kuslucali_erol", "İnşallah belediye de okuyordur.")]),
    "de": dict(nav=["Hallbach", "Dörfer im Ursetal", "Blaulicht im Ursetal", "Schulen im Ursetal", "Sport in Hallbach", "Was ist los im Ursetal", "Amtliches aus dem Ursetal"],
               cookie="Diese Nachrichtenseite aus dem Ursetal und ihre Werbepartner nutzen Cookies, um sich Ihre Auswahl zu merken, zu zählen, welche Hallbacher Artikel gelesen werden, und Werbung zu zeigen, die unsere Redaktion bezahlt. Legen Sie fest, was die Ursetal-Seite speichern darf.",
               accept="Alle Ursetal-Cookies erlauben", reject="Meine Ursetal-Cookies wählen", share="Diesen Ursetal-Artikel weiterschicken",
               related="Weiterlesen über das Ursetal", newsletter="Ursetal am Morgen: die Nachrichten aus dem Tal vor dem Frühstück, werktags",
               subscribe="Ursetal am Morgen erhalten", email="name@ursetal-am-morgen.example",
               comment_note="Kommentare liest die Ursetal-Redaktion, bevor sie erscheinen. Bleiben Sie sachlich und beim Ursetal.",
               closed="Zu diesem Ursetal-Artikel sind keine Kommentare mehr möglich.",
               footer=["An die Ursetal-Redaktion schreiben", "Korrekturen im Ursetal", "Ursetal-Datenschutz und Cookies", "Werben im Ursetal", "Ursetal-Hausregeln"],
               rights="Jeder Artikel und jedes Foto der Ursetal-Redaktion gehört dem Verlag; bitte nicht ohne Nachfrage weiterverwenden.",
               commenters=[("Kranzfelderin_Gerda", "So kennt man das Ursetal."),
                           ("niederweiler_heinz", "Hoffentlich liest das die Gemeinde.")]),
    "fr": dict(nav=["Montlieu-sur-Dorve", "Villages de la Dorve", "Justice dans la Dorve", "Écoles de la Dorve", "Sport à Montlieu", "Sortir dans la Dorve", "Annonces légales de la Dorve"],
               cookie="Ce site d'information de la Dorve et ses partenaires publicitaires utilisent des cookies pour retenir vos choix, compter les articles de Montlieu lus et afficher les publicités qui paient nos journalistes. Choisissez ce que le site de la Dorve peut enregistrer.",
               accept="Autoriser tous les cookies de la Dorve", reject="Choisir mes cookies de la Dorve", share="Envoyer cet article de la Dorve à un proche",
               related="Continuer à lire sur la Dorve", newsletter="La Dorve au matin : les nouvelles de la vallée avant le petit-déjeuner, chaque jour de semaine",
               subscribe="Recevoir La Dorve au matin", email="nom@dorve-au-matin.example",
               comment_note="Les commentaires sont lus par la rédaction de la Dorve avant publication. Restez courtois et restez local.",
               closed="Les commentaires sont fermés sur cet article de la Dorve.",
               footer=["Écrire à la rédaction de la Dorve", "Politique de rectification de la Dorve", "Confidentialité et cookies de la Dorve", "Faire de la publicité dans la Dorve", "Règles de la maison de la Dorve"],
               rights="Chaque article et chaque photo de la rédaction de la Dorve appartient à l'éditeur ; ne les réutilisez pas sans demander.",
               commenters=[("Vaucennoise_Odile", "C'est bien la Dorve que je connais."),
                           ("montlieu_serge", "J'espère que la mairie lit ça.")]),
    "es": dict(nav=["Torrejuncal", "Pueblos de Torrejuncal", "Tribunales de Torrejuncal", "Colegios de Torrejuncal", "Deportes en Torrejuncal", "Planes en Torrejuncal", "Avisos de Torrejuncal"],
               cookie="Esta web de noticias de Torrejuncal y sus socios publicitarios usan cookies para recordar tus elecciones, contar qué noticias de Torrejuncal se leen y mostrar anuncios que pagan a nuestros periodistas. Elige lo que permites.",
               accept="Permitir todas las cookies de Torrejuncal", reject="Elegir mis cookies de Torrejuncal", share="Envía esta noticia de Torrejuncal a un amigo",
               related="Sigue leyendo sobre Torrejuncal", newsletter="La Sierra temprano: las noticias de la comarca antes del desayuno, de lunes a viernes",
               subscribe="Recibir La Sierra temprano", email="nombre@sierra-temprano.example",
               comment_note="La redacción de Torrejuncal lee los comentarios antes de publicarlos. Sé educado y habla de lo local.",
               closed="Los comentarios están cerrados en esta noticia de Torrejuncal.",
               footer=["Escribe a la redacción de Torrejuncal", "Política de rectificaciones de Torrejuncal", "Privacidad y cookies de Torrejuncal", "Anúnciate en Torrejuncal", "Normas de la casa de Torrejuncal"],
               rights="Cada noticia y cada foto de la redacción de Torrejuncal pertenece al editor; no las reutilices sin preguntar.",
               commenters=[("Navalosena_Pili", "Esta es Torrejuncal que yo conozco."),
                           ("cerrillero_paco", "Ojalá el ayuntamiento lea esto.")]),
    "ru": dict(nav=["Ушминск", "Сёла Ушминского района", "Суд и полиция Ушминска", "Школы Ушминска", "Спорт в Ушминске", "Куда пойти в Ушминске", "Объявления Ушминска"],
               cookie="Этот новостной сайт Ушминска и его рекламные партнёры используют cookie, чтобы запоминать ваш выбор, считать, какие материалы о Ушминске читают, и показывать рекламу, которая оплачивает работу журналистов. Выберите, что может сохранять сайт Ушминска.",
               accept="Разрешить все cookie Ушминска", reject="Выбрать cookie Ушминска", share="Отправить материал о Ушминске другу",
               related="Читать дальше о Ушминске", newsletter="«Ушминск утром»: новости района до завтрака, по будням",
               subscribe="Получать «Ушминск утром»", email="imya@ushminsk-utrom.example",
               comment_note="Комментарии читает ушминская редакция перед публикацией. Будьте вежливы и пишите об Ушминске.",
               closed="Комментарии к этому материалу о Ушминске закрыты.",
               footer=["Написать в ушминскую редакцию", "Как ушминская редакция исправляет ошибки", "Конфиденциальность и cookie Ушминска", "Реклама в Ушминске", "Правила сайта Ушминска"],
               rights="Все материалы и фотографии ушминской редакции принадлежат издателю; не используйте их без спроса.",
               commenters=[("Гусиновская_Нина", "Вот он, наш Ушминск."),
                           ("борковский_Михалыч", "Надеюсь, администрация это читает.")]),
}

UI108 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp36, "R"): {"ad": R["ad"]},  # the AEM ad-slot component's label
    (mp38, "R"): {"ad": R["ad"]},  # the Sitecore advert component's label
    (mp20, "R"): {"typo": R["typo"]},  # DLE's "select the error and press Ctrl+Enter" line
    (mp35, "R"): {"cookie": {"fr": [R["cookie"]["fr"][0],  # Craft's consent placeholder and its blocked-video notice
                                     "Le lecteur vidéo de la Gazette reste bloqué par vos réglages de confidentialité : modifiez-les pour voir cette vidéo de Montlieu"]}},
    (mp71, "CH_SITES"): {"Montlieu Quartiers": dict(
        domain="montlieu.quartiers.example", slug="quartiers_montlieu", community="3107", ot="7e2a9c44-1d0b-4b8e-9a53-2f61c8d0e9a1",
        handle="aureliencastagne", twitter="MontlieuQuartiers",
        nav=[("Les quartiers de Montlieu", "/neighborhoods"), ("Logement à Montlieu", "/homes"), ("Bus et routes de la Dorve", "/transportation"),
             ("Chantiers et urbanisme à Montlieu", "/development"), ("Guides pratiques de Montlieu", "/maps")],
        groups=[("Les Graves", "/les-graves"), ("Centre-ville de Montlieu", "/centre-ville"), ("Agenda de Montlieu", "/events")],
        nl_title="Recevez Montlieu Quartiers par courriel",
        nl_text="Rues, logement et chantiers de Montlieu, trois matins par semaine.",
        ot_text="Montlieu Quartiers et ses partenaires déposent des cookies pour faire fonctionner le site, mesurer ce qui est lu et financer nos reportages par la publicité. Acceptez-les, refusez ceux dont nous pouvons nous passer ou réglez-les un par un.",
        footer=[("Qui fait Montlieu Quartiers", "/about"), ("Signaler quelque chose à Montlieu Quartiers", "/tips"), ("Notre déontologie à Montlieu Quartiers", "/ethics"), ("L'équipe de Montlieu Quartiers", "/masthead")],
        copyright="© 2026 Montlieu Quartiers SAS — reproduction soumise à autorisation")},
    (mp73, "MT_SITES"): {"Ursetal-Zeitung": dict(
        host="www.ursetal-zeitung.example", path="lokales/hallbach", instance="52", account="3318", colour="#23415E",
        brand="Ursetal-Zeitung", role="Lokalredakteurin",
        nav=[("Hallbach", "/lokales/hallbach"), ("Kranzfeld und Niederweil", "/lokales/doerfer"), ("Wirtschaft im Ursetal", "/wirtschaft"),
             ("Sport im Ursetal", "/sport"), ("Leben im Ursetal", "/leben"), ("Leserbriefe an die Ursetal-Zeitung", "/meinung"), ("Rätsel der Ursetal-Zeitung", "/raetsel")],
        subscribe="Die Ursetal-Zeitung abonnieren", edition="Ausgabe Ursetal",
        hook_h="Weiterlesen in der Ursetal-Zeitung",
        hook_p="Registrieren Sie sich kostenlos für fünf weitere Artikel aus dem Ursetal in diesem Monat, oder lesen Sie alles ab 1,49 Euro pro Woche.",
        hook_yes="Jetzt kostenlos registrieren", hook_no="Abo-Angebote der Ursetal-Zeitung",
        footer=[("Über die Ursetal-Zeitung", "/ueber-uns"), ("Kontakt zur Ursetal-Redaktion", "/kontakt"), ("Nutzungsbedingungen der Ursetal-Zeitung", "/agb"),
                ("Datenschutz bei der Ursetal-Zeitung", "/datenschutz"), ("Cookies bei der Ursetal-Zeitung", "/cookies"), ("Anzeigen in der Ursetal-Zeitung", "/anzeigen")],
        copyright="© 2026 Ursetal Medien GmbH & Co. KG, Amtsgericht Hallbach HRA 4471.")},
    (mp27, "TXP"): {"en": dict(
        article_id=5182, comment_id=6217, image_id=904,
        commenters=[("Beryl Thwaite", "My sister lost her savings to a man who said he was from the water board. Please go and see the police on Saturday.", 0, "19:12"),
                    ("Pellowby Neighbourhood Watch", "We will be at the stall too with our new street coordinators' list.", 1, "08:47"),
                    ("Ken Aldridge", "Good to see PCSO Orrell out and about. Ten out of ten.", 1, "22:05")],
        domain="www.pellowbyclarion.example",
        footer="The Pellowby Clarion is written by volunteers for Pellowby and the lower Ebbourne. News and letters to desk@pellowbyclarion.example",
        links=[("Pellowby town council", "https://www.pellowby-tc.example/"),
               ("Ebbourne valley food bank", "https://www.ebbournefoodbank.example/"),
               ("Lower Ebbourne bus timetables", "https://www.ebbournebuses.example/lower"),
               ("Pellowby library", "https://libraries.ebbourne.example/pellowby")],
        section_names=["news", "community", "sport", "letters", "about"],
        sections=["Pellowby news", "Around Pellowby", "Pellowby sport", "Letters to the Clarion", "About the Pellowby Clarion"],
        slogan="Pellowby's own news, put together by the people who live here",
        theme="four-point-nine")},
    (mp70, "PG_SITES"): {"Hallbacher Kurier": dict(
        domain="www.hallbacher-kurier.example", code="hallbach", app_ios="1640287715", app_android="de.hallbacherkurier.app",
        sp_account="2417", sp_pm="1107265", slot="/21837465/hallbacher_kurier/web/artikel",
        nav=[("Hallbach aktuell", "/timeline/lokales"), ("Ursetal", "/timeline/ursetal"), ("Sport in Hallbach", "/timeline/sport"),
             ("Fußball im Ursetal", "/timeline/fussball"), ("Ausgehen in Hallbach", "/timeline/freizeit"), ("Rätselseite des Hallbacher Kuriers", "/timeline/raetsel"),
             ("Amtliche Mitteilungen Hallbach", "/timeline/amtlich")],
        tags=["Bahnhof Hallbach", "Fahrraddiebstahl in Hallbach", "Polizeiinspektion Hallbach"],
        meter="Dies ist einer Ihrer drei freien Artikel des Hallbacher Kuriers in diesem Monat.",
        meter_cta="Registrieren Sie sich für zehn Kurier-Artikel im Monat, oder abonnieren Sie alles aus Hallbach.",
        offer="Kurier digital: drei Monate für 3 Euro",
        storyline=["Neues Fahrradparkhaus am Bahnhof Hallbach geplant", "Polizei codiert Räder auf dem Wochenmarkt",
                   "Pendler fordern mehr Abstellplätze an der Ursetalbahn"],
        storyline_dates=["2026-07-21", "2026-05-09", "2025-11-03"],
        app="Die Frühausgabe des Kuriers ab 5 Uhr auf Ihrem Handy.",
        footer=[("Über den Hallbacher Kurier", "/ueber-uns"), ("Kontakt zur Kurier-Redaktion", "/kontakt"), ("Hilfe zum Kurier-Abo", "/hilfe/abo"),
                ("AGB des Hallbacher Kuriers", "/agb"), ("Datenschutz beim Hallbacher Kurier", "/datenschutz")],
        group="Der Hallbacher Kurier erscheint bei der Ursetal Medien GmbH & Co. KG, Bahnhofstraße 30, Hallbach.",
        copyright="© 2026 Ursetal Medien GmbH & Co. KG. Alle Rechte vorbehalten, Vervielfältigung nur mit Genehmigung.")},
    (mp68, "PP_SITES"): {"Diario de la Sierra": dict(
        domain="www.diariodelasierra-torrejuncal.example", code="dst", gtm="GTM-DS8K3QW", slot="/52190417/diario_sierra/noticias",
        cmp="https://cmp.diariodelasierra-torrejuncal.example/wrapper.js",
        tagline="El periódico de Torrejuncal y su sierra desde 1921",
        nav=[("Noticias de Torrejuncal", "/noticias"), ("Sanidad en la Sierra", "/noticias/sanidad"), ("Deportes del Diario", "/deportes"), ("CD Torrejuncal", "/deportes/cd-torrejuncal"),
             ("Memoria de la Sierra", "/memoria"), ("Empleo en la Sierra", "/empleo"), ("Esquelas del Diario", "/esquelas")],
        local="/noticias/local", topics=["consultorio de El Cerrillo", "Torrejuncal", "centro de salud de Torrejuncal"],
        nl_text="El Diario a mediodía: las noticias de la Sierra a la hora de comer, gratis en tu correo.",
        group="El Diario de la Sierra pertenece a Ediciones Serranas",
        footer=[("El Diario serrano", [("Envía tu noticia al Diario", "/contacto/noticias"), ("Compra fotos del Diario", "/fotos"), ("Edición impresa del Diario", "/kiosco")]),
                ("Servicios del Diario serrano", [("Publica una esquela en el Diario", "/esquelas/publicar"), ("Reparto a domicilio del Diario", "/reparto")])],
        address="Diario de la Sierra, calle de la Imprenta, 6, Torrejuncal",
        copyright="© 2026 Ediciones Serranas S.L. Inscrita en el Registro Mercantil, hoja 12045.",
        consent="El Diario y sus 150 socios publicitarios usan cookies para que la web funcione, medir la audiencia y mostrar anuncios que mantienen gratis la información local. Puedes cambiar tu elección desde el pie de página.")},
    (mp56, "XENFORO"): {"Kranzfelder Dorfforum": dict(
        domain="kranzfeld-forum.example", short="Dorfforum Kranzfeld", theme="#3b5d2a",
        tabs=["Neues aus Kranzfeld", "Termine in Kranzfeld", "Biete und suche"],
        category="Rund um Kranzfeld", forum="Dorfnachrichten und Aushänge",
        starter_title="Forumsteam Kranzfeld", starter_joined="Mär 2017", starter_posts="2.918", starter_score="7.604",
        replies=[("Vereinswirt_Rudi", "Stammgast seit 2018", "Ich bin Samstag mit dem Traktor und dem Hänger da."),
                 ("Landfrau_Brigitte", "Aktives Mitglied", "Erbsensuppe für 40 Leute ist angesetzt. Wer bringt Brötchen?"),
                 ("Kranzfelder_Jugend", "Neu dabei", "Wir kommen zu fünft zum Ziegeltragen, aber erst ab zehn.")],
        reacted=["Landfrau_Brigitte", "Vereinswirt_Rudi", "Ortsvorsteher_Kranzfeld"],
        footer_home="Startseite Dorfforum Kranzfeld")},
    (mp62, "HUBSPOT"): {"L'Éco de la Dorve": dict(
        domain="www.eco-dorve.example", portal="51920473", blog="actualites",
        tagline="L'actualité économique de Montlieu et de la vallée de la Dorve",
        menu=[("Dernières nouvelles économiques de la Dorve", "/actualites", []),
              ("Secteurs", None, [("Artisanat et commerce", "/actualites/tag/artisanat"), ("Agriculture du plateau", "/actualites/tag/agriculture"),
                                  ("Tourisme dans la Dorve", "/actualites/tag/tourisme"), ("Industrie et sous-traitance", "/actualites/tag/industrie")]),
              ("Nominations dans la Dorve", "/actualites/tag/nominations", []), ("Trophées de l'Éco de la Dorve", "/trophees", []), ("Annoncer dans l'Éco", "/publicite", [])],
        cta="Téléchargez le baromètre 2026 des artisans de la Dorve", cta_alt="Recevoir le baromètre des artisans de la Dorve",
        consent="L'Éco de la Dorve utilisera votre adresse pour vous envoyer la lettre économique hebdomadaire. Désinscription en un clic.",
        consent_box="Oui, envoyez-moi la lettre économique de la Dorve.",
        banner="L'Éco de la Dorve utilise des cookies pour comprendre l'usage du site et mesurer ses publicités. Notre politique de cookies détaille lesquels et pourquoi.",
        address="L'Éco de la Dorve SARL, 14, quai des Tanneurs, Montlieu-sur-Dorve",
        copyright="© 2026 L'Éco de la Dorve SARL, RCS Montlieu 882 104 551.",
        footer_menu=[("Qui sommes-nous à l'Éco", "/a-propos"), ("Proposer une information à l'Éco", "/contact"), ("Réclamations sur un article de l'Éco", "/reclamations")],
        social=[("LinkedIn", "https://www.linkedin.com/company/eco-de-la-dorve"), ("X", "https://x.com/ecodorve"),
                ("Facebook", "https://www.facebook.com/ecodeladorve")],
        authors=["Mathilde Verchère", "Bastien Roucayrol", "Nadia Ferhat"],
        commenters=[("Gérard Lapeyre", "Excellent atelier, mon vélo électrique est reparti en deux jours."),
                    ("Élodie Marsac", "Bravo pour l'apprentissage, il en faudrait plus dans la vallée.")])},
    (mp36, "AEM"): {"Kirazpınar TV": dict(
        domain="kirazpinartv.example", project="kirazpinartv",
        menu=["Kirazpınar haberleri", "Kirazpınar mahallelerinden", "Kirazpınar TV spor", "Hava ve yollar", "Kirazpınar TV canlı", "Kirazpınar FM"],
        slugs=["haberler", "mahalleler", "spor", "hava-yollar", "canli", "fm"],
        buttons=["Kirazpınar TV'yi canlı izle", "Kirazpınar FM'i dinle"], account="Kirazpınar TV hesabım",
        teaser_label="Kirazpınar TV'de bunlar da var", related_title="Kirazpınar TV haber merkezinden",
        popular_title="Kirazpınar TV'de bu hafta en çok izlenenler",
        promo_pre="Her akşam 19.30'da", promo_title="Kirazpınar Ana Haber", promo_text="İlçenin akşam bülteni, ekranda ve sitemizde.",
        nl_title="Kirazpınar TV Gündem", nl_text="Günün ilçe haberleri, akşam tek bir e-postada.", nl_button="Kirazpınar TV Gündem'e kaydolun",
        share_title="Bu Kirazpınar TV haberini paylaşın",
        footer_links=["Kirazpınar TV künye", "Kirazpınar TV izleyici temsilcisi", "Kirazpınar TV kişisel verilerin korunması", "Kirazpınar TV'de kariyer"],
        footer_note="Kirazpınar TV, Kirazpınar ve mahalleleri için yayın yapan yerel bir televizyon kanalıdır.")},
    (mp89, "DUDA_SITES"): {"Yalınçayır Gazetesi": dict(
        host="yalincayirgazetesi.com.tr", site_id="b72f19d4", alias="yalincayirgazetesi", mode="post", colour="rgba(28,82,120,1)",
        logo="yalincayir-gazetesi-logo", handle="yalincayirgazetesi",
        menu=["Gazete ana sayfası", "Yalınçayır sokakları", "Gazete ekonomi masası", "Yalınçayır kültür sanat", "Gazete söyleşileri", "Gazetenin ekibi"],
        related="Yalınçayır Gazetesi'nden başka haberler", sidebar_title="Yalınçayır Gazetesi kimdir",
        sidebar="Yalınçayır Gazetesi, Kirazpınar'ın Yalınçayır semtinde gönüllü gazetecilerin çıkardığı bir mahalle gazetesidir.",
        nl_title="Yalınçayır Cumartesi", nl_text="Her cumartesi, semtin haftalık haberleri tek e-postada.", nl_button="Yalınçayır Cumartesi'ye kaydol",
        footer_links=["Gazeteye bağış yapın", "Gazeteye haber gönderin", "Gazetede ilan verin", "Gazetenin gizlilik politikası", "Gazeteye itiraz yolu"],
        address="Yalınçayır Gazetesi, Çeşme Sokağı 9, Kirazpınar",
        copyright="© 2026 Yalınçayır Gazetesi · haberlerimiz kaynak gösterilerek paylaşılabilir",
        cookie_text="Yalınçayır Gazetesi, kaç kişinin okuduğunu saymak ve ayarlarınızı hatırlamak için çerez kullanır. Bilgilerinizi kimseyle paylaşmayız.")},
    (mp67, "ESC_SITES"): {"Stavenholme Echo": dict(
        domain="www.stavenholmeecho.example", pub="stavenholme", gtm="GTM-BE5T9QK", cmp_key="3f71c2a8-bre-0000-0000-stavenholme01",
        logo="Stavenholme Echo – the paper for Stavenholme and the Ebbourne valley",
        menu=[("Stavenholme", "/stavenholme"), ("Harnby Edge", "/harnby-edge"), ("Pellowby and the lower Ebbourne", "/pellowby"), ("Money and bills", "/money"),
              ("Echo sport", "/sport"), ("Ebbourne valley arts", "/arts"), ("Echo reader offers", "/offers"), ("Echo family notices", "/notices")],
        tags=["Stavenholme energy bills", "Stavenholme library of things"],
        author="{by} writes about money, bills and the cost of living in Stavenholme for the Echo.",
        newsletter="The Echo at Six: Stavenholme's news in your inbox every weekday evening.",
        paywall=("Echo Extra", "This story is part of Echo Extra. Every Stavenholme story for 99p in your first month."),
        publisher="Ebbourne Valley Newspapers Ltd", editor_name="Graham Pettifer",
        address="Stavenholme Echo, 22 Bridge Street, Stavenholme",
        copyright="© 2026 Ebbourne Valley Newspapers Ltd – no part may be reproduced without the publisher's consent",
        banner="The Stavenholme Echo and about 90 partners use cookies to make the site work, count visits and serve the adverts that pay for our newsroom. You can change your choice at the foot of any page.")},
    (mp38, "SITECORE"): {"Ebbourne TV": dict(
        domain="ebbourne-tv.example", tenant="Ebbourne", project="Regional",
        menu=["Stavenholme", "Harnby Edge", "Pellowby", "Ebbourne valley politics", "Ebbourne valley sport", "Ebbourne valley weather"],
        slugs=["stavenholme", "harnby-edge", "pellowby", "politics", "sport", "weather"],
        sub=["Stavenholme town centre", "Ebbourne riverside", "Upper Ludsworth and the hills", "Travel in the Ebbourne valley"],
        buttons=["Watch Ebbourne TV live", "Listen to Ebbourne Radio"], account="Sign in to Ebbourne TV",
        promo_label="Also on Ebbourne TV", related_title="More from Ebbourne TV",
        popular_title="Most watched in the Ebbourne valley today",
        promo_pre="Weeknights at half past six", promo_title="Ebbourne Tonight", promo_text="The valley's evening news, on air and in the app.",
        nl_title="Ebbourne in brief", nl_text="Our newsroom's pick, every afternoon by email.", nl_button="Get Ebbourne in brief",
        share_title="Share this Ebbourne TV report",
        footer_cols=[("Ebbourne TV near you", ["Ebbourne TV Stavenholme", "Ebbourne TV Harnby Edge", "Ebbourne TV Pellowby"]),
                     ("Watch and listen", ["Ebbourne TV schedule", "Ebbourne Radio", "Ebbourne valley podcasts", "The Ebbourne TV app"]),
                     ("About Ebbourne TV", ["Jobs at Ebbourne TV", "Editorial values", "Ebbourne TV press office", "Complaints to Ebbourne TV"]),
                     ("Help with Ebbourne TV", ["Accessibility at Ebbourne TV", "Subtitles", "Privacy at Ebbourne TV", "Contact Ebbourne TV"])],
        footer_note="Ebbourne TV is the independent local television service for Stavenholme and the Ebbourne valley, paid for by advertising.")},
    (mp20, "DLE"): {"ru": dict(
        domain="ushminsk.ru", skin="Ushminsk", slogan="Ушминск.ру: новости Ушминска и Ушминского района",
        menu=["Все новости Ушминска", "Происшествия в Ушминске", "Дороги Ушминского района", "Здоровье ушминцев", "Спорт в Ушминске",
              "Афиша выходных в Ушминске", "Новости от читателей Ушминска", "Реклама на Ушминск.ру"],
        cat_slug="proisshestviya", popular="Самое читаемое в Ушминске",
        poll=("Как вы добираетесь до учёбы или работы?", ["На велосипеде по Ушминску", "Городским автобусом", "На своей машине по объездной", "Пешком вдоль Ушмы"]),
        tags=["кражи велосипедов", "техникум", "полиция Ушминска"],
        cloud=["ушминские велосипедисты", "техникум", "Заводская улица в Ушминске", "ремонт ушминских дорог", "школы Ушминска", "ушминские автобусы", "рынок", "погода в Ушминске"],
        commenters=[("Заводская_17", "У нас во дворе тоже в прошлом месяце увели, никто ничего не видел."),
                    ("Мама первокурсника", "А камеры во дворе техникума когда поставят? Обещали ещё весной."),
                    ("ushma_velo", "Тросик — это не замок. Берите нормальный U-замок.")],
        poster="ushminsk_ru", editor="moderator_kl", reason="уточнено число краж по данным полиции",
        source_label="Источник информации:", source=("отдел полиции по Ушминскому району", "https://ushminsk-police.example/news/"),
        footer="© 2011–2026 Ушминск.ру — сетевое издание. При перепечатке ссылка на ushminsk.ru обязательна.",
        contacts="Адрес редакции — улица Мира, 8, Ушминск; телефон 8 (48432) 2-14-40",
        age="16+", style="p", wrap=("full-story", "full-text"))},
    (mp41, "SS"): {"Ebbourne Valley Voice": dict(
        domain="ebbournevalleyvoice.example", theme="ebbourne", society="Ebbourne Valley Voice, a community benefit society",
        menu=["Ebbourne valley news", "Stavenholme council", "Sport on the Ebbourne", "Countryside and river", "Shops and businesses", "A paper owned by its readers"],
        slugs=["news", "council", "sport", "countryside", "business", "members"],
        buttons=["Become a Voice member", "Members' area"], lang_switch="Read in Welsh",
        teaser_label="Also in the Voice", related_title="More from the Ebbourne Valley Voice",
        popular_title="Most read in the Ebbourne valley",
        promo_title="A paper you can own", promo_text="700 readers already own a share of the Voice. A share costs £20.",
        promo_button="Buy a £20 share",
        nl_title="The Saturday Voice", nl_text="The week in the Ebbourne valley, every Saturday morning.", nl_button="Get the Saturday Voice",
        share_title="Pass this Voice story on",
        footer_links=["Who owns the Voice", "The members' meeting", "Voice corrections", "Your data and the Voice"],
        footer_note="The Ebbourne Valley Voice is a community-owned newspaper run by its readers and staff.")},
    (mp94, "BOLT_SITES"): {"Fenny Crouch News": dict(
        lang="en", host="www.fennycrouchnews.example", theme="fenny-crouch-news", colour="#46602a", plausible="fennycrouchnews.example",
        payoff="The newsletter for Fenny Crouch and the upper Ebbourne since 1983",
        top_links=["Get Fenny Crouch News delivered", "Small ads in Fenny Crouch News", "Send your pictures to Fenny Crouch News"],
        menu=["Fenny Crouch news", "Neighbouring villages", "Clubs and societies", "Fenny Crouch sport", "Fenny Crouch diary", "Letters to Fenny Crouch News"],
        related="More from Fenny Crouch News",
        about_title="About Fenny Crouch News", about="Fenny Crouch News comes out every other Friday and is put together by volunteers from the village.",
        contact_title="How to reach Fenny Crouch News", contact=["The Old Forge, Chapel Row, Fenny Crouch", "Telephone 01632 960 377", "editor@fennycrouchnews.example"],
        footer_menu_title="Fenny Crouch News", footer_menu=["Order the paper copy", "Advertise in Fenny Crouch News", "Complaints to Fenny Crouch News", "Privacy at Fenny Crouch News"],
        copyright="© 2026 Fenny Crouch News, a volunteer community newsletter",
        cookie="Fenny Crouch News remembers your choice in a cookie and, if you agree, counts visits without knowing who you are.")},
    (mp81, "GP_SITES"): {"Stavenholme Today": dict(
        host="stavenholmetoday.example", colour="#1d4e6b", logo="stavenholme-today-logo",
        nav=["Stavenholme news", "Stavenholme council and politics", "Stavenholme leisure", "Ebbourne valley sport", "Letters to Stavenholme Today", "Who we are at Stavenholme Today"],
        sub_nav=["Harnby Edge", "Pellowby"],
        cats=["Stavenholme leisure", "Stavenholme parks", "Swimming in Stavenholme", "Stavenholme Park"],
        tags=["lido", "Stavenholme Park"],
        nl_head="Stavenholme Today on Monday", nl_text="Every Monday morning: the week ahead in Stavenholme and the valley.",
        nl_button="Send me the Monday email", nl_placeholder="Your email for the Monday round-up",
        related="More from Stavenholme Today",
        footer_head="About Stavenholme Today",
        footer_text="An independent online paper for Stavenholme, run by two reporters and a network of neighbours.",
        footer_links=["Contact Stavenholme Today", "Stavenholme Today corrections", "Privacy at Stavenholme Today", "Advertise with Stavenholme Today"])},
    (mp47, "JEKYLL"): {"Harnby Edge Notes": dict(
        domain="harnbyedgenotes.example.org", disqus="harnby-edge-notes",
        nav=["Who writes the Notes", "Streets of Harnby Edge", "Harnby Edge history", "Residents' diary", "Old photographs", "Write to the Notes"],
        slugs=["about", "streets", "history", "diary", "photos", "contact"],
        categories=["Residents' association", "Quarry Road", "Students and neighbours", "Harnby Edge community"],
        email="notes@harnbyedgenotes.example.org",
        social=[("facebook", "MarramEdgeNotes"), ("instagram", "harnby.edge.notes")],
        description="News from the Harnby Edge residents' association, written by neighbours since 2016.",
        printed="The Notes are also printed each term and left at the launderette and the corner shop.",
        related_title="More notes from Harnby Edge", comments_title="Have your say in the Notes",
        cookie_text="The Notes only store what is needed to count visits and show the comments.",
        cookie_button="Fine, hide this", cookie_more="More about our cookies")},
    (mp35, "CRAFT"): {"La Gazette de Montlieu": dict(
        domain="gazettedemontlieu.example", handle="GazetteMontlieu",
        menu=["Actualité de Montlieu", "Les villages de la Dorve", "Écoles et jeunesse de la Dorve", "Sport dans la Dorve", "Économie de la Dorve", "Sorties dans la Dorve"],
        slugs=["actualite", "villages", "ecoles", "sport", "economie", "sorties"],
        utility=["La Gazette en version papier numérique", "Les jeux de la Gazette", "Avis de décès de la Dorve"],
        subscribe="S'abonner à la Gazette", pick_label="La Gazette vous conseille", embed_service="Vidéo de la Gazette sur YouTube",
        related_title="Aussi dans la Gazette de Montlieu", popular_title="Les plus lus de la semaine dans la Dorve",
        nl_title="La lettre de la Gazette de Montlieu", nl_text="L'essentiel de Montlieu et de la Dorve chaque matin dans votre boîte.",
        nl_button="Recevoir la lettre de Montlieu", nl_placeholder="Votre adresse pour la lettre",
        share_title="Partager cet article de la Gazette",
        footer_heads=["La Gazette de Montlieu", "Lecteurs de la Gazette", "Annonceurs de la Dorve"],
        footer_cols=[["Qui sommes-nous à la Gazette", "Écrire à la rédaction de la Gazette", "Travailler à la Gazette"],
                     ["Abonnements à la Gazette", "Courrier des lecteurs de la Gazette", "Médiateur de la Gazette"],
                     ["Publicité dans la Gazette de Montlieu", "Annonces légales de la Dorve", "Emploi dans la Dorve"]],
        footer_note="La Gazette de Montlieu raconte Montlieu-sur-Dorve et ses villages depuis 1946.")},
    (mp85, "BB_SITES"): {"Crónica de Torrejuncal": dict(
        host="cronicadetorrejuncal.es", colour="#5a3a1f", logo="cronica-de-torrejuncal-logo", handle="cronicatorrejuncal", content="builder", cookie="cookieyes",
        tagline="Periódico digital de Torrejuncal y los pueblos de la Sierra",
        menu=["Actualidad de Torrejuncal", "Torrejuncal día a día", "Pueblos de la sierra de Torrejuncal", "Tradiciones serranas", "Qué hacer en la Sierra", "Quiénes hacemos la Crónica de Torrejuncal"],
        sidebar="Lo más leído en la Crónica de Torrejuncal", related="Otras noticias de la Crónica de Torrejuncal",
        bios={"Rafael Montesinos": "Rafael cuenta las tradiciones, el campo y la vida de los pueblos de la Sierra desde 2017."},
        about="La Crónica de Torrejuncal es un periódico digital independiente que cuenta lo que pasa en Torrejuncal y su sierra desde 2016.",
        footer_menu_title="Sobre la Crónica de Torrejuncal",
        footer_menu=["Quiénes hacemos la Crónica de Torrejuncal", "Escribe a la Crónica de Torrejuncal", "Anúnciate en la Crónica de Torrejuncal", "Privacidad en la Crónica de Torrejuncal", "Aviso legal de la Crónica de Torrejuncal"],
        nl_title="La Crónica del domingo", nl_text="Lo mejor de la semana en la Sierra, cada domingo por la mañana.", nl_button="Quiero La Crónica del domingo",
        copyright="© 2026 Crónica de Torrejuncal. No se permite reproducir textos ni fotografías sin autorización.",
        cookie_title="Tu privacidad en la Crónica de Torrejuncal",
        cookie_text="En la Crónica de Torrejuncal usamos cookies propias y de terceros para saber qué se lee y para que la web funcione. Acéptalas, recházalas o elige cuáles.",
        cookie_policy="Política de cookies de la Crónica de Torrejuncal")},
    (mp44, "LR"): {"ГТРК «Ушма»": dict(
        domain="ushma-tv.example", group="ushma", theme="ushma-theme",
        menu=["Новости Ушминска", "Сёла Ушминского района", "Спорт на Ушме", "Погода в Ушминске", "Телеканал", "Радио «Ушма»"],
        slugs=["novosti", "sela", "sport", "pogoda", "tv", "radio"],
        buttons=["Смотреть «Вести Ушмы»", "Слушать радио «Ушма»"], readmore="Ещё на ГТРК «Ушма»",
        related_title="Другие новости Ушминского района", popular_title="Самое читаемое на ГТРК «Ушма»",
        promo_pre="По будням в 19:10", promo_title="«Вести Ушмы»", promo_text="Главное за день в районе, в эфире и на сайте.",
        nl_title="Ушма за неделю", nl_text="Новости района одним письмом по воскресеньям.", nl_button="Подписаться на «Ушму за неделю»",
        share_title="Поделиться новостью ГТРК «Ушма»",
        footer_links=["О ГТРК «Ушма»", "Написать в редакцию «Ушмы»", "Персональные данные на сайте «Ушмы»", "Версия сайта «Ушмы» для слабовидящих"],
        footer_note="ГТРК «Ушма» — районная телерадиокомпания, в эфире с 1971 года.")},
    (mp46, "MGNL"): {"Ушминский вестник": dict(
        domain="ushminsk-vestnik.example", module="ushminsk", root="vestnik",
        menu=["Ушминск", "Сёла вокруг Ушминска", "Новости области для ушминцев", "Ушминский спорт", "Культура Ушминска", "Погода в Ушминске"],
        slugs=["gorod", "sela", "oblast", "sport", "kultura", "pogoda"],
        buttons=["Свежий номер «Ушминского вестника»", "Подписка на «Ушминский вестник»"],
        teaser_label="Ещё в «Ушминском вестнике»", related_title="Читайте также в «Ушминском вестнике»",
        popular_title="Самое читаемое в «Ушминском вестнике»",
        promo_pre="По субботам", promo_title="«Ушминский вестник» на выходные", promo_text="Афиша, огород и рецепты на субботу и воскресенье.",
        nl_title="«Ушминский вестник» по утрам", nl_text="Новости Ушминска и района каждое утро в 7:30.", nl_button="Получать «Ушминский вестник» по утрам",
        share_title="Поделиться материалом «Ушминского вестника»",
        footer_links=["О «Ушминском вестнике»", "Связаться с редакцией «Ушминского вестника»", "Персональные данные в «Ушминском вестнике»", "Реклама в «Ушминском вестнике»"],
        footer_note="«Ушминский вестник» — районная газета Ушминского района, выходит с 1929 года.",
        imprint="АНО «Редакция газеты „Ушминский вестник“» · ул. Ленина, 14 · Ушминск")},
    (mp45, "NEOS"): {"Kirazpınar Bugün": dict(
        domain="kirazpinarbugun.example", package="Kirazpinar.Site", dim="tr",
        menu=["Kirazpınar'da yaşam", "Kirazpınar'da ulaşım", "Aile ve okul", "Asayiş", "Kirazpınar'da ne yenir", "İlçeye yeni gelenler"],
        slugs=["yasam", "ulasim", "aile", "asayis", "yeme-icme", "yeni-gelenler"],
        home="Kirazpınar Bugün ana sayfa", buttons=["Basılı sayı", "Kirazpınar etkinlik takvimi"],
        teaser_label="Kirazpınar Bugün'de ayrıca", related_title="Kirazpınar Bugün'den daha fazlası",
        popular_title="Bu ay Kirazpınar'da en çok okunanlar",
        promo_pre="Her perşembe akşamı", promo_title="Kirazpınar'da hafta sonu", promo_text="Editörlerimizden hafta sonu için beş öneri.",
        nl_title="Kirazpınar'da bu hafta", nl_text="İlçe haberleri haftada bir, cuma günleri.", nl_button="Kirazpınar'da bu hafta bültenine kaydol",
        share_title="Kirazpınar Bugün haberini paylaş",
        lang_names=["Türkçe", "English", "Deutsch"],
        footer_links=["Kirazpınar Bugün hakkında", "Kirazpınar Bugün'de reklam", "Kirazpınar Bugün'de iş ilanları", "Kirazpınar Bugün Instagram'da"],
        footer_note="Kirazpınar Bugün, Kirazpınar Yayıncılık Ltd. Şti. tarafından yayımlanır, Cumhuriyet Caddesi 40, Kirazpınar.")},
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
# not checked): taken over from make_heldout103.py, which first gave AEM and Duda Turkish and Magnolia Russian
PLATFORM_STRINGS = {(mod, name): {lang: mp103.PLATFORM_STRINGS[(mod, name)][lang]}
                    for mod, name, lang in ((mp36, "AEM_CORE", "tr"), (mp89, "DUDA_CORE", "tr"), (mp46, "MGNL_CORE", "ru"))}


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
# the new layout: a story published as a public Notion page (a notion.site page) by a small newsroom that uses a
# Notion workspace as its website -- an English town's independent bulletin (The Stavenholme Bulletin) and a Spanish
# neighbourhood outlet (El Cerrillo al Día).  The page is what notion.site serves for a published page, rendered on
# the server: the head (the title "headline", the charset, the viewport, the description with the first words of
# the text, the Open Graph and Twitter metas, the canonical link to the workspace's notion.site address, the apple
# touch icon and the favicon, the preloaded fonts, the app's style sheets, the inline theme script and the
# window.__NOTION_HTML_CONFIG__ / CONFIG scripts); the body (body.notion-body): div#notion-app >
# div.notion-app-inner.notion-light-theme > div.notion-cursor-listener > div.notion-frame with the topbar
# (div.notion-topbar: the breadcrumb with the workspace's icon and name and the page's icon and title, the "Search"
# button, the "Duplicate" button with its tooltip, the "Get Notion free" link -- "Try Notion" in the mobile row --
# and the "..." more button, the share button), then div.notion-scroller.vertical with the page's cover
# (div.notion-page-cover with its image and the "Change cover" / "Reposition" controls the viewer does not see),
# the page's icon (div.notion-record-icon with the emoji), the title block (div.notion-page-block with the h1 leaf),
# the property rows (div.notion-collection-table with role="table" aria-label="Page properties": Date, Author and
# Tags, each a row with its property icon, name and value; the tags as coloured chips), and the page content
# (div.notion-page-content) in which every block is a div.notion-selectable with its data-block-id: paragraphs are
# notion-text-block divs holding a div with contenteditable="false" and data-content-editable-leaf="true" (never a
# <p>), headings notion-header-block (h2) / notion-sub_header-block (h3) / notion-sub_sub_header-block (h4), lists
# notion-bulleted_list-block / notion-numbered_list-block with their pseudoBefore markers, quotes
# notion-quote-block (a <blockquote> around the leaf), callouts notion-callout-block with the emoji icon, toggles
# notion-toggle-block with their "Open" button, images notion-image-block with the picture and its caption leaf,
# dividers notion-divider-block, tables notion-table-block; the overlay and peek containers; the cookie banner
# (div.notion-cookie-banner: the text, "Accept all", "Reject all" and "Cookie settings"); the scripts (the vendor
# and app bundles, the intercom and analytics loaders).  Notion's interface strings are in the language of the
# viewer's browser -- here the page's language (NT_CORE, as Notion ships them, not checked); the workspaces' own
# strings (NT_SITES: the workspace's notion.site subdomain, its closing callout line and its toggle; the story's "notion"
# field) are checked.  What the newsroom pasted among the paragraphs (residue) arrives as Notion blocks: Notion's
# paste keeps headings, list items, table rows, links, bold and italics, and sets every other line of text in a
# text block (notion_blocks()), so pasted boxes arrive as bare text blocks, headings, list items and tables; a
# definition list arrives as text lines (none is placed here).  Of the story's looks, Notion's editor sets bold,
# italics, a highlight (a background colour) and a line break inside a block (a newline in the leaf, which is
# pre-wrap); quotes and subheadings are Notion's own blocks.
# --------------------------------------------------------------------------
NT_CORE = {
    "en": dict(html_lang="en", search="Search", duplicate="Duplicate", duplicate_tip="Duplicate this page into your workspace",
               get="Get Notion free", try_="Try Notion", more="More actions", share="Share", caption_ph="Write a caption",
               props="Page properties", date="Date", author="Author", tags="Tags", open="Open", untitled="Untitled",
               cookie="Notion uses cookies and similar technologies to run the site, understand how it is used and help with our marketing. See our Cookie Notice for details.",
               accept="Accept all", reject="Reject all", settings="Cookie settings", cover="Change cover", reposition="Reposition",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
               date_fmt="{M} {d}, {y}", built="Built with Notion"),
    "es": dict(html_lang="es-ES", search="Buscar", duplicate="Duplicar", duplicate_tip="Duplicar esta página en tu espacio de trabajo",
               get="Obtén Notion gratis", try_="Prueba Notion", more="Más acciones", share="Compartir", caption_ph="Escribe una leyenda",
               props="Propiedades de la página", date="Fecha", author="Autor", tags="Etiquetas", open="Abrir", untitled="Sin título",
               cookie="Notion usa cookies y tecnologías similares para que el sitio funcione, entender cómo se usa y ayudar en nuestro marketing. Consulta nuestro Aviso de cookies.",
               accept="Aceptar todo", reject="Rechazar todo", settings="Configuración de cookies", cover="Cambiar portada", reposition="Reposicionar",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
               date_fmt="{d} de {M} de {y}", built="Creado con Notion"),
}
NT_SITES = {
    "The Stavenholme Bulletin": dict(lang="en", subdomain="stavenholmebulletin",
                                     toggle="How the Bulletin is made",
                                     toggle_text="The Bulletin is written by three freelance reporters in Stavenholme and published on this page every weekday.",
                                     callout=("\U0001F4EE", "Something happening on your street in Stavenholme? Drop the Bulletin a line at hello@stavenholmebulletin.example")),
    "El Cerrillo al Día": dict(lang="es", subdomain="elcerrilloaldia",
                               toggle="Quién hace El Cerrillo al Día",
                               toggle_text="El Cerrillo al Día lo escriben vecinas y vecinos del barrio y se publica en esta página cada semana.",
                               callout=("\U0001F4EC", "¿Pasa algo en tu calle de El Cerrillo? Escríbenos a hola@elcerrilloaldia.example")),
}
NT_EXEMPT = {"lang", "subdomain"}
NT_LOOKS = ("bold", "italic", "highlight", "br")
NT_TAG_COLOURS = ["rgba(227, 226, 224, 0.5)", "rgb(238, 224, 218)", "rgb(250, 222, 201)", "rgb(219, 237, 219)", "rgb(211, 229, 239)"]
NT_LEAF = ('<div spellcheck="true" placeholder=" " data-content-editable-leaf="true" contenteditable="false" '
           'style="max-width: 100%%; width: 100%%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px;">%s</div>')


def nt_uuid(rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def notion_inline(html):
    """Inline markup as Notion renders it: bold, italics and links as Notion's own token spans and anchors."""
    html = re.sub(r"<(strong|b)>", '<span style="font-weight:600" data-token-index="0" class="notion-enable-hover">', html)
    html = re.sub(r"<(em|i)>", '<span style="font-style:italic" data-token-index="0" class="notion-enable-hover">', html)
    html = re.sub(r"</(strong|b|em|i)>", "</span>", html)
    html = re.sub(r'<a href="([^"]*)"[^>]*>(.*?)</a>',
                  r'<a href="\1" class="notion-link-token notion-focusable-token notion-enable-hover" rel="noopener noreferrer" '
                  r'data-token-index="0" tabindex="0" style="color:inherit"><span class="link-annotation-unknown-block-id--1" '
                  r'style="border-bottom:0.05em solid;border-color:rgba(55,53,47,0.4);opacity:0.7">\2</span></a>', html)
    return html


def nt_wrap(rng, kind, inner, extra=""):
    return ('<div data-block-id="%s" class="notion-selectable notion-%s-block" style="width: 100%%; max-width: 100%%; margin-top: 2px; margin-bottom: 1px;"%s>'
            '%s</div>') % (nt_uuid(rng), kind, extra, inner)


def nt_text(rng, inner):
    return nt_wrap(rng, "text", '<div style="color: inherit; fill: inherit;"><div style="display: flex;">%s</div></div>' % (NT_LEAF % inner))


def nt_heading(rng, level, inner):
    kind, tag = {1: ("header", "h2"), 2: ("sub_header", "h3"), 3: ("sub_sub_header", "h4")}[level]
    return nt_wrap(rng, kind, '<div style="display: flex; width: 100%%; color: inherit; fill: inherit;"><%s spellcheck="true" placeholder="Heading %d" '
                   'data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%%; width: 100%%; white-space: pre-wrap; '
                   'word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; margin: 0px;">%s</%s></div>' % (tag, level, inner, tag))


def nt_item(rng, marker, inner, numbered=False):
    kind = "numbered_list" if numbered else "bulleted_list"
    mark = ('<span class="pseudoBefore" style="--pseudoBefore--content: &quot;%s&quot;;"></span>' % marker if numbered else
            '<div class="pseudoBefore" style="font-size: 1.5em; line-height: 1; margin-bottom: 0px; --pseudoBefore--fontFamily: Arial; --pseudoBefore--content: &quot;•&quot;;"></div>')
    return nt_wrap(rng, kind, '<div style="display: flex; align-items: flex-start; width: 100%%; padding-left: 2px; color: inherit; fill: inherit;">'
                   '<div style="margin-right: 2px; width: 24px; display: flex; align-items: center; justify-content: center; flex-grow: 0; flex-shrink: 0; min-height: calc(1.5em + 6px);">%s</div>'
                   '<div style="flex: 1 1 0px; min-width: 1px; display: flex; flex-direction: column;"><div style="display: flex;">%s</div></div></div>' % (mark, NT_LEAF % inner))


def nt_quote(rng, inner):
    return nt_wrap(rng, "quote", '<div style="display: flex; width: 100%%; color: inherit; fill: inherit;"><blockquote style="display: flex; width: 100%%; margin: 0px;">'
                   '<div style="border-left: 3px solid currentcolor; padding-left: 14px; padding-right: 14px; width: 100%%; font-size: 1em;">%s</div></blockquote></div>' % (NT_LEAF % inner))


def nt_callout(rng, icon, inners):
    body = "".join(x if x.startswith("<div data-block-id") else nt_text(rng, x) for x in inners)
    return nt_wrap(rng, "callout", '<div role="note" style="display: flex;"><div style="display: flex; width: 100%%; border-radius: 4px; background: rgb(241, 241, 239); padding: 16px 16px 16px 12px;">'
                   '<div class="notion-record-icon notranslate" role="button" aria-label="%s" tabindex="0" style="user-select: none; display: flex; align-items: center; justify-content: center; height: 24px; width: 24px; border-radius: 0.25em; flex-shrink: 0;">'
                   '<div style="display: flex; align-items: center; justify-content: center; height: 24px; width: 24px;"><span role="img" aria-label="%s" style="font-size: 21.6px; line-height: 1;">%s</span></div></div>'
                   '<div style="display: flex; flex-direction: column; min-width: 0px; margin-left: 8px; width: 100%%;">%s</div></div></div>' % (icon, icon, icon, body))


def nt_table(rng, rows, head):
    trs = []
    for k, row in enumerate(rows):
        cell = "th" if (k == 0 and head) else "td"
        trs.append('<tr style="display: table-row;">%s</tr>' % "".join(
            '<%s style="border: 1px solid rgb(233, 233, 231); padding: 7px 9px; vertical-align: top;"><div data-content-editable-leaf="true" contenteditable="false" style="white-space: pre-wrap;">%s</div></%s>'
            % (cell, c, cell) for c in row))
    return nt_wrap(rng, "table", '<div style="display: flex; overflow-x: auto;"><table style="border-collapse: collapse; border-spacing: 0px; table-layout: fixed;"><tbody>%s</tbody></table></div>' % "".join(trs))


def nt_divider(rng):
    return nt_wrap(rng, "divider", '<div role="separator" style="display: flex; align-items: center; justify-content: center; pointer-events: auto; width: 100%; height: 13px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.16);">'
                   '<div style="width: 100%; height: 1px; visibility: visible; border-bottom: 1px solid rgba(55, 53, 47, 0.16);"></div></div>')


def nt_image(rng, src, caption, c):
    cap = NT_LEAF.replace('placeholder=" "', 'placeholder="%s"' % c["caption_ph"]) % E(caption)
    return nt_wrap(rng, "image", '<div style="display: flex; flex-direction: column;"><div role="figure"><div style="position: relative; overflow: hidden; flex-grow: 1;">'
                   '<div style="position: relative;"><img alt="" src="%s" loading="lazy" referrerpolicy="same-origin" style="display: block; object-fit: cover; border-radius: 2px; width: 100%%; height: 100%%; pointer-events: auto;"></div></div>'
                   '<figcaption style="color: rgba(55, 53, 47, 0.65); font-size: 14px; line-height: 1.4;">%s</figcaption></div></div>' % (src, cap))


def nt_toggle(rng, c, summary, text):
    return nt_wrap(rng, "toggle", '<div style="display: flex; align-items: flex-start; width: 100%%; padding-left: 2px; color: inherit; fill: inherit;">'
                   '<div role="button" tabindex="0" aria-describedby="%s" aria-expanded="false" aria-label="%s" style="user-select: none; transition: background 20ms ease-in; cursor: pointer; display: flex; align-items: center; justify-content: center; width: 24px; height: 24px; border-radius: 4px; margin-right: 2px;">'
                   '<svg role="graphics-symbol" viewBox="0 0 100 100" class="triangle" style="width: 0.6875em; height: 0.6875em; display: block; fill: inherit; flex-shrink: 0; transition: transform 200ms ease-out 0s; transform: rotateZ(90deg); opacity: 1;"><polygon points="5.9,88.2 50,11.8 94.1,88.2 "></polygon></svg></div>'
                   '<div style="flex: 1 1 0px; min-width: 1px;">%s<div style="display: none;">%s</div></div></div>'
                   % (nt_uuid(rng), c["open"], NT_LEAF % E(summary), nt_text(rng, E(text))))


class _Paste(html.parser.HTMLParser):
    """What Notion's paste makes of a pasted snippet: a list of (kind, inline html) -- "text", "h", "li", "row"."""
    BLOCK = {"p", "div", "aside", "section", "figure", "figcaption", "blockquote", "dt", "dd", "ul", "ol", "dl", "table", "tbody", "thead"}
    INLINE = {"a", "strong", "b", "em", "i"}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out, self.cur, self.kind, self.row, self.cell = [], [], "text", None, None

    def flush(self):
        s = "".join(self.cur).strip()
        if s:
            self.out.append((self.kind, s))
        self.cur, self.kind = [], "text"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.flush()
            self.kind = "h"
        elif tag == "li":
            self.flush()
            self.kind = "li"
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th"):
            self.cur = []
        elif tag == "br":
            self.cur.append("\n")
        elif tag == "img":
            pass
        elif tag in self.BLOCK:
            self.flush()
        elif tag == "a":
            self.cur.append('<a href="%s">' % A(a.get("href") or ""))
        elif tag in self.INLINE:
            self.cur.append("<%s>" % tag)

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "li") or tag in self.BLOCK:
            self.flush()
        elif tag in ("td", "th"):
            self.row.append("".join(self.cur).strip())
            self.cur = []
        elif tag == "tr":
            self.out.append(("row", self.row))
            self.row = None
        elif tag in self.INLINE:
            self.cur.append("</%s>" % tag)

    def handle_data(self, data):
        self.cur.append(data)

    def handle_entityref(self, name):
        self.cur.append("&%s;" % name)

    def handle_charref(self, name):
        self.cur.append("&#%s;" % name)


def notion_blocks(snippet, rng):
    """A pasted residue snippet as Notion blocks (headings, list items, a table, text blocks)."""
    p = _Paste()
    p.feed(snippet)
    p.close()
    p.flush()
    out, rows = [], []
    for kind, val in p.out + [("end", "")]:
        if kind == "row":
            rows.append(val)
            continue
        if rows:
            out.append(nt_table(rng, [[notion_inline(c) for c in r] for r in rows], "<th" in snippet))
            rows = []
        if kind == "h":
            out.append(nt_heading(rng, 3, notion_inline(val)))
        elif kind == "li":
            out.append(nt_item(rng, "", notion_inline(val)))
        elif kind == "text":
            out.append(nt_text(rng, notion_inline(val)))
    return "\n".join(out)


def nt_block(rng, kind, val):
    if kind == "p":
        return nt_text(rng, notion_inline(mp.inline_html(val)))
    if kind == "h":
        return nt_heading(rng, 2, E(val))
    if kind == "q":
        return nt_quote(rng, notion_inline(mp.inline_html(val)))
    return "\n".join(nt_item(rng, "%d." % (k + 1), notion_inline(mp.inline_html(v)), kind == "ol") for k, v in enumerate(val))


def tpl_notion(art, ui, site, placed, rng):
    s, nt = NT_SITES[site], art["notion"]
    c = NT_CORE[s["lang"]]
    base = "https://%s.notion.site" % s["subdomain"]
    page_id = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", unicodedata.normalize("NFKD", art["title"]).encode("ascii", "ignore").decode()).strip("-")
    url = "%s/%s-%s" % (base, slug, page_id)
    space_id = nt_uuid(rng)
    y, m, d = (int(x) for x in art["date"].split("-"))
    shown = c["date_fmt"].format(M=c["months"][m - 1], d=d, y=y)
    first = mp.inline_text(next(v for k, v in art["truth_blocks"] if k == "p"))
    desc = first if len(first) <= 155 else first[:152].rsplit(" ", 1)[0] + "\u2026"
    cover = "https://www.notion.so/images/page-cover/%s" % rng.choice(["gradients_8.png", "met_william_morris_1877_willow.jpg", "rijksmuseum_jansz_1636.jpg", "woodcuts_13.jpg"])
    img = "%s/image/attachment%%3A%s%%3A%s.jpg?table=block&amp;id=%s&amp;spaceId=%s&amp;width=1420&amp;userId=&amp;cache=v2" % (
        base, nt_uuid(rng), slug.lower()[:24], nt_uuid(rng), space_id)
    blocks, n = art["blocks"], len(art["blocks"])
    parts = []
    if art.get("caption"):  # the picture the newsroom put first, with its caption
        parts.append(nt_image(rng, img, art["caption"], c))
    for i in range(n + 1):
        parts.extend(notion_blocks(x, rng) for x in placed.get(i, []))
        if i < n:
            parts.append(nt_block(rng, *blocks[i]))
    parts.append(nt_divider(rng))
    parts.append(nt_callout(rng, s["callout"][0], [E(s["callout"][1])]))  # the newsroom's standing note under every story
    parts.append(nt_toggle(rng, c, s["toggle"], s["toggle_text"]))
    tags = "".join('<div style="display: flex; align-items: center; flex-shrink: 0; min-width: 0px; max-width: 100%%; height: 20px; border-radius: 3px; padding-left: 6px; padding-right: 6px; font-size: 14px; line-height: 120%%; color: rgb(50, 48, 44); background: %s; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin: 0px 6px 6px 0px;"><span>%s</span></div>'
                   % (NT_TAG_COLOURS[k % len(NT_TAG_COLOURS)], E(t)) for k, t in enumerate(art.get("tags", [])))

    def prop(icon, name, value):
        return ('<div role="row" class="notion-collection-table-row" style="display: flex; width: 100%%; margin-bottom: 4px;">'
                '<div role="rowheader" style="display: flex; align-items: center; height: 34px; width: 160px; flex: 0 0 auto; color: rgba(55, 53, 47, 0.65);">'
                '<svg role="graphics-symbol" viewBox="0 0 16 16" class="%s" style="width: 16px; height: 16px; display: block; fill: rgba(55, 53, 47, 0.45); flex-shrink: 0; margin-right: 6px;"><path d="M2 3h12v2H2zm0 4h12v2H2zm0 4h8v2H2z"></path></svg>'
                '<div style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">%s</div></div>'
                '<div role="cell" style="display: flex; flex-wrap: wrap; align-items: center; min-height: 34px; padding: 6px 8px; width: 100%%;">%s</div></div>') % (icon, name, value)
    props = "".join([prop("typesDate", c["date"], '<div style="line-height: 1.5; white-space: pre-wrap;">%s</div>' % E(shown)),
                     prop("typesPerson", c["author"], '<div style="display: flex; align-items: center;"><div style="border-radius: 100%%; width: 20px; height: 20px; margin-right: 6px; background: rgb(227, 226, 224); font-size: 11px; text-align: center; line-height: 20px;">%s</div><span>%s</span></div>'
                          % (E(art["byline"][:1]), E(art["byline"]))),
                     prop("typesMultipleSelect", c["tags"], tags)])
    config = json.dumps({"isAppleSilicon": False, "isElectron": False, "spaceDomain": s["subdomain"], "pageId": page_id,
                         "env": "production", "isMobile": False, "locale": s["lang"]}, separators=(",", ":")).replace("/", "\\/")
    build = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    ver = "23.13.%d" % rng.randint(20, 99)
    return f'''<!DOCTYPE html>
<html lang="{c["html_lang"]}" class="notion-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">
<title>{E(art["title"])}</title>
<meta name="description" content="{A(desc)}">
<meta property="og:site_name" content="{A(nt["workspace"])} on Notion">
<meta property="og:type" content="website">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{A(art["title"])}">
<meta property="og:description" content="{A(desc)}">
<meta property="og:image" content="{A(cover)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@NotionHQ">
<meta name="twitter:title" content="{A(art["title"])}">
<meta name="twitter:description" content="{A(desc)}">
<meta name="twitter:image" content="{A(cover)}">
<meta name="apple-itunes-app" content="app-id=1232780281">
<meta name="theme-color" content="#ffffff">
<link rel="canonical" href="{url}">
<link rel="shortcut icon" href="/images/favicon.ico">
<link rel="apple-touch-icon" href="/images/logo-ios.png">
<link rel="preload" href="/fonts/inter-var-latin.woff2" as="font" type="font/woff2" crossorigin="">
<link rel="stylesheet" href="/_assets/app-{build}.css">
<link rel="stylesheet" href="/_assets/vendor-{"".join(rng.choice("0123456789abcdef") for _ in range(8))}.css">
<style>html, body {{ background: #fff; }} .notion-body.dark {{ background: #191919; }} #initial-loading-spinner {{ display: none; }} .notion-cookie-banner {{ position: fixed; bottom: 16px; left: 16px; max-width: 420px; z-index: 999; }}</style>
<script>(function(){{try{{var t=localStorage.getItem("theme");var d=t&&JSON.parse(t).mode==="dark";if(d){{document.documentElement.classList.add("dark")}}}}catch(e){{}}}})();</script>
<script>window.__NOTION_HTML_CONFIG__={config};window.CONFIG={{"version":"{ver}","env":"production","domainBaseUrl":"https://www.notion.so","publicDomainName":"notion.site","isDevelopment":false}};</script>
</head>
<body class="notion-body">
<div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor; line-height: 1.5; font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, &quot;Segoe UI&quot;, Helvetica, sans-serif;">
<div class="notion-cursor-listener" style="width: 100vw; height: 100%; position: relative; display: flex; flex: 1 1 0%; background: white; cursor: text;">
<main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column; background: white; z-index: 1; height: 100vh; max-height: 100%; position: relative; width: 100vw;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 44px; opacity: 1; transition: opacity 700ms ease 0s; color: rgb(55, 53, 47); position: relative; z-index: 100;">
<div style="display: flex; justify-content: space-between; align-items: center; overflow: hidden; height: 44px; padding-left: 12px; padding-right: 10px;">
<div class="notranslate shadow-cursor-breadcrumb" style="display: flex; align-items: center; line-height: 1.2; font-size: 14px; height: 100%; flex-grow: 0; margin-right: 8px; min-width: 0px;">
<a href="{base}/" role="button" tabindex="0" style="display: inline-flex; align-items: center; white-space: nowrap; height: 24px; border-radius: 4px; font-size: 14px; padding: 0px 6px; color: inherit; text-decoration: none;"><span>{E(nt["workspace"])}</span></a>
<span style="margin: 0px 2px; color: rgba(55, 53, 47, 0.35);">/</span>
<div role="button" tabindex="0" style="display: inline-flex; align-items: center; white-space: nowrap; height: 24px; border-radius: 4px; font-size: 14px; padding: 0px 6px;"><div class="notion-record-icon notranslate" style="margin-right: 6px;"><span role="img" aria-label="{nt["icon"]}">{nt["icon"]}</span></div><div class="notranslate" style="white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 240px;">{E(art["title"])}</div></div>
</div>
<div class="notion-topbar-action-buttons" style="display: flex; align-items: center; height: 100%; flex-grow: 0;">
<div role="button" tabindex="0" aria-label="{c["search"]}" class="notion-topbar-search-button" style="display: inline-flex; align-items: center; height: 28px; padding: 0px 8px; border-radius: 4px;"><svg role="graphics-symbol" viewBox="0 0 20 20" class="magnifyingGlass" style="width: 20px; height: 20px; display: block; fill: inherit;"><path d="M8.5 3a5.5 5.5 0 1 0 3.3 9.9l3.6 3.6 1.1-1.1-3.6-3.6A5.5 5.5 0 0 0 8.5 3z"></path></svg></div>
<div role="button" tabindex="0" class="notion-topbar-duplicate-button" aria-label="{c["duplicate_tip"]}" style="display: inline-flex; align-items: center; height: 28px; padding: 0px 8px; border-radius: 4px; font-size: 14px;"><svg role="graphics-symbol" viewBox="0 0 16 16" class="duplicate" style="width: 16px; height: 16px; display: block; fill: inherit; margin-right: 6px;"><path d="M4 2h8v2H4zm-2 3h10v9H2z"></path></svg>{c["duplicate"]}</div>
<a href="https://www.notion.so/signup?from=marketing&amp;pathname=%2F{s["subdomain"]}" target="_blank" rel="noopener noreferrer" class="notion-topbar-get-notion" role="button" tabindex="0" style="display: inline-flex; align-items: center; height: 28px; border-radius: 4px; padding: 0px 10px; font-size: 14px; font-weight: 500; color: white; background: rgb(35, 131, 226); text-decoration: none; margin-left: 6px;">{c["get"]}</a>
<div role="button" tabindex="0" aria-label="{c["more"]}" class="notion-topbar-more-button" style="display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 28px; border-radius: 4px; margin-left: 2px;"><svg role="graphics-symbol" viewBox="0 0 13 3" class="dots" style="width: 18px; height: 18px; display: block; fill: inherit;"><g><path d="M3,1.5A1.5,1.5,0,1,1,1.5,0,1.5,1.5,0,0,1,3,1.5Z"></path><path d="M8,1.5A1.5,1.5,0,1,1,6.5,0,1.5,1.5,0,0,1,8,1.5Z"></path><path d="M13,1.5A1.5,1.5,0,1,1,11.5,0,1.5,1.5,0,0,1,13,1.5Z"></path></g></svg></div>
<div role="button" tabindex="0" class="notion-topbar-share-menu" aria-label="{c["share"]}" style="display: inline-flex; align-items: center; height: 28px; border-radius: 4px; padding: 0px 8px; font-size: 14px; margin-left: 2px;">{c["share"]}</div>
</div></div>
<div class="notion-topbar-mobile" style="display: none;"><a href="https://www.notion.so/product?utm_source=notion-site" role="button" tabindex="0">{c["try_"]}</a></div>
</div>
<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative; align-items: center; margin-right: 0px; margin-bottom: 0px; overflow: hidden auto;">
<div class="whenContentEditable" style="width: 100%; display: flex; flex-direction: column; align-items: center; flex-shrink: 0; flex-grow: 0;">
<div class="layout layout-wide" style="--margin-left-width: 96px; --margin-right-width: 96px;">
<div class="layout-full"><div class="notion-page-cover" style="position: relative; width: 100%; height: 30vh; cursor: default;"><img src="{A(cover)}" referrerpolicy="same-origin" style="display: block; object-fit: cover; border-radius: 0px; width: 100%; height: 30vh; opacity: 1; object-position: center 50%;" alt="">
<div class="notion-page-cover-controls" style="display: none;"><div role="button" tabindex="0">{c["cover"]}</div><div role="button" tabindex="0">{c["reposition"]}</div></div></div></div>
<div class="layout-content">
<div class="pseudoSelection" style="user-select: none; --pseudoSelection--background: transparent; pointer-events: none;"><div class="notion-record-icon notranslate" aria-label="{nt["icon"]}" role="img" style="display: flex; align-items: center; justify-content: center; height: 78px; width: 78px; border-radius: 0.25em; flex-shrink: 0; margin-top: -42px; position: relative; z-index: 1;"><span style="font-size: 78px; line-height: 1.1;">{nt["icon"]}</span></div></div>
<div data-block-id="{nt_uuid(rng)}" class="notion-selectable notion-page-block" style="color: rgb(55, 53, 47); font-weight: 700; line-height: 1.2; font-size: 40px; cursor: text; display: flex; align-items: center;"><h1 spellcheck="true" placeholder="{c["untitled"]}" data-content-editable-leaf="true" contenteditable="false" style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; caret-color: rgb(55, 53, 47); padding: 3px 2px; margin: 0px; font-size: 1em; font-weight: inherit;">{E(art["title"])}</h1></div>
<div class="notion-page-details-controls" style="display: none;"></div>
<div role="table" aria-label="{c["props"]}" class="notion-collection-table" style="width: 100%; max-width: 100%; margin: 16px auto 0px;">{props}</div>
<div style="height: 1px; background: rgba(55, 53, 47, 0.09); margin: 16px 0px;"></div>
</div>
<div class="layout-content layout-content-with-divider"><div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; align-items: flex-start; flex-direction: column; font-size: 16px; line-height: 1.5; width: 100%; z-index: 4; padding-bottom: 30vh;">
{chr(10).join(parts)}
</div></div>
</div>
</div>
<a class="notion-built-with" href="https://www.notion.com/product?utm_source=notion-site&amp;utm_content={s["subdomain"]}" style="display: none;">{c["built"]}</a>
</div>
</main>
</div>
<div class="notion-overlay-container notion-default-overlay-container" style="position: fixed; inset: 0px; z-index: 999; pointer-events: none;"></div>
<div class="notion-peek-renderer" style="display: none;"></div>
<div class="notion-cookie-banner" role="dialog" aria-live="polite" style="background: white; box-shadow: rgba(15, 15, 15, 0.1) 0px 0px 0px 1px, rgba(15, 15, 15, 0.1) 0px 2px 4px; border-radius: 8px; padding: 16px;">
<div style="font-size: 14px; line-height: 1.5; margin-bottom: 12px;">{E(c["cookie"])}</div>
<div style="display: flex; gap: 8px;"><div role="button" tabindex="0" class="notion-cookie-accept" style="padding: 4px 10px; border-radius: 4px; background: rgb(35, 131, 226); color: white;">{c["accept"]}</div><div role="button" tabindex="0" class="notion-cookie-reject" style="padding: 4px 10px; border-radius: 4px; border: 1px solid rgba(55, 53, 47, 0.16);">{c["reject"]}</div><div role="button" tabindex="0" class="notion-cookie-settings" style="padding: 4px 10px;">{c["settings"]}</div></div>
</div>
</div></div>
<script src="/_assets/vendors~app-{"".join(rng.choice("0123456789abcdef") for _ in range(8))}.js" defer=""></script>
<script src="/_assets/app-{build}.js" defer=""></script>
<script>window.__pageLoadStart=Date.now();window.intercomSettings={{"app_id":"gpfdrxfd","hide_default_launcher":true}};</script>
<script async src="https://widget.intercom.io/widget/gpfdrxfd"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{"".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))}"></script>
</body></html>
'''


def render_inline(tpl, val):
    # (Notion sets bold, italics and links as its own token spans, Textile its glyphs; the other earlier layouts used
    # here set inline text as make_pages does)
    if tpl == NEW_LAYOUT:
        return notion_inline(mp.inline_html(val))
    if tpl == "textpattern":  # (Textile's glyph and caps rules)
        return mp27.txp_textile(mp.inline_html(val))
    return mp.inline_html(val)


# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"notion": ["title", "caption", "topics"]}  # (the page's title block, the picture with its caption
# the newsroom put first, and the Tags property row above the content)
for _mod, _names in ((mp94, ["bolt"]), (mp67, ["escenic"]), (mp47, ["jekyll"]), (mp41, ["silverstripe"]), (mp38, ["sitecore"]),
                     (mp27, ["textpattern"]), (mp3, ["substack"]), (mp81, ["generatepress"]), (mp45, ["neos"]), (mp36, ["aem"]),
                     (mp89, ["duda"]), (mp70, ["pugpig"]), (mp73, ["methode"]), (mp56, ["xenforo"]), (mp62, ["hubspot"]),
                     (mp71, ["chorus"]), (mp35, ["craft"]), (mp85, ["beaverbuilder"]), (mp68, ["polopoly"]), (mp20, ["dle"]),
                     (mp44, ["liferay"]), (mp46, ["magnolia"]), (mp103, list(mp103.TEMPLATE_FAMILIES))):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n) and _n != "tumblr":
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "bikelocks", "energymonitors", "doorchains"]
NEW_FAMILIES = ["bikelocks", "energymonitors", "doorchains"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them)
NEW_FAMILY_WORDS = {"bikelocks": ["bikelocks", "bike lock", "bike-lock", "d-lock", "lock swap", "bügelschloss", "велозам"],
                    "energymonitors": ["energymonitors", "energy monitor", "energy-monitor", "elektrik ölçer", "medidor de consumo",
                                       "medidores de consumo"],
                    "doorchains": ["doorchains", "door chain", "door-chain", "door viewer", "cold callers", "kapı zinciri",
                                   "chaîne de porte", "chaînes de porte"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small site (a residents' association, a village newsletter) would not carry (no newsroom to credit a
# photograph to, to update a story or to have reporters, no adverts, app or paywall)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
# what a newsroom publishing on a Notion page would not paste into it: Notion gives it no furniture of its own of
# these kinds (no consent box of its own, adverts, app, alerts, comments, ratings, tools, polls, audio, reading time,
# embeds or "read more" button); what it pastes is its own lines (a share or follow line, credits, a tip line, a
# section tag, a "read also", a copyright line, an update stamp, a newsletter pitch, a reporter's biography)
NOT_ON_NOTION = {"cookie", "ad", "app", "audio", "push", "typo", "comments", "readtime", "feedback", "continue",
                 "bookmark", "print", "poll", "embed", "standards"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "notion": NOT_ON_NOTION}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="tp-blocked-q108"><p class="tp-blocked-q108__msg">%s</p><button class="tp-blocked-q108__allow" type="button">Allow</button></div>',
               '<p class="frame-off-q108">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="sunday-roundup-q108"><p class="sunday-roundup-q108__pitch">%s</p><a class="sunday-roundup-q108__go" href="/newsletters/weekly">Sign me up</a></div>',
                   '<p class="last-free-q108">%s</p>', '<h5 class="roundup-line-q108">%s</h5>'],
    "share": ['<ul class="tell-valley-q108">{items}</ul>', '<div class="tell-bar-q108">%s</div>', '<p><a href="#tell">%s</a></p>'],
    "photo": ['<p class="family-pic-q108">%s</p>', '<span class="family-pic-tag-q108">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="consent-copy-q108">%s</p>', '<div class="copy-terms-q108"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="dale-trail-q108">%s</p>', '<h6 class="dale-label-q108">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="orn-rule-q108">%s</p>', '<div class="orn-break-q108">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="desk-credit-q108">%s</p>', '<div class="with-desk-q108">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="head-again-q108"><strong>%s</strong></p>', '<h2 class="head-dup-q108">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="paid-slot-q108">%s</div>', '<p class="carries-on-q108">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="show-all-q108"><a href="#full">%s</a></p>', '<div class="unfold-story-q108">%s</div>', '<div><a href="#full"><strong>%s</strong></a></div>'],
    "comments": ['<p class="join-talk-q108"><a href="#comments">%s</a></p>', '<div class="talk-count-q108">%s</div>', '<p><a href="#respond">%s</a></p>'],
    "readtime": ['<p class="read-mins-q108">%s</p>', '<span class="read-mins-chip-q108">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="revised-q108"><time>%s</time></p>', '<div class="revise-stamp-q108">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="read-aloud-q108"><button class="read-aloud-q108__btn" type="button" aria-label="Play"></button><span class="read-aloud-q108__txt">%s</span></div>',
              '<p class="aloud-line-q108"><a href="#aloud">%s</a></p>', '<div><a href="#aloud">%s</a></div>'],
    "correction": ['<aside class="amend-note-q108"><p>%s</p></aside>', '<p class="rectified-q108"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="on-the-go-q108"><p class="on-the-go-q108__txt">%s</p><a class="on-the-go-q108__dl" href="/app">Download</a></div>',
            '<p class="go-line-q108">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-box-q108"><p class="reporter-box-q108__txt">%s</p></div>', '<p class="reporter-note-q108"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="look-into-q108"><p>%s</p></div>', '<p class="call-desk-q108">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="spot-error-q108"><p>%s</p></div>', '<p class="select-report-q108">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="notify-ask-q108"><p class="notify-ask-q108__q">%s</p></div>', '<ul class="notify-opts-q108">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="keep-tools-q108">{items}</ul>', '<p class="keep-line-q108">%s</p>', '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="how-useful-q108"><p class="how-useful-q108__q">%s</p></div>', '<ul class="how-useful-opts-q108">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="regulated-q108"><p>%s</p></div>', '<p class="complaints-to-q108"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="filed-under-q108"><span class="filed-under-q108__txt">%s</span></div>', '<ul class="filed-list-q108">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="reading-list-q108"><a class="reading-list-q108__a" href="#list">%s</a></div>', '<p class="reading-list-line-q108"><a href="#list">%s</a></p>',
                 '<div><a href="#list">%s</a></div>'],
    "poll": ['<div class="say-so-q108"><p class="say-so-q108__q">%s</p><button class="say-so-q108__vote" type="button">Vote</button></div>',
             '<ul class="say-so-opts-q108">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="video-facade-q108"><a class="video-facade-q108__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({locklist}: where and when, then what to bring, the swap and the marking,
    # as a list; {lockrows}: where and when as a table; {lockdl}: bring, swap, marking as a definition list;
    # {meterlist}, {meterrows}, {meterdl}: where to borrow, and how long, what it shows, help, returns; {chainlist},
    # {chainrows}, {chaindl}: where to book, and who qualifies, fitting, what the kit holds)
    "bikelocks": ['<div class="lock-up-q108"><h4 class="lock-up-q108__hd">%s</h4><ul class="lock-up-q108__list">{locklist}</ul></div>',
                  '<div class="lock-dates-q108"><p class="lock-dates-q108__hd"><strong>%s</strong></p><table class="lock-dates-q108__tbl">{lockrows}</table></div>',
                  '<p class="lock-book-q108"><a class="lock-book-q108__btn" role="button" href="/schloss-tausch">%s</a></p>',
                  '<div class="lock-card-q108"><h5 class="lock-card-q108__hd">%s</h5><dl class="lock-card-q108__dl">{lockdl}</dl></div>'],
    "energymonitors": ['<aside class="meter-loan-q108"><h4 class="meter-loan-q108__hd">%s</h4><ul class="meter-loan-q108__list">{meterlist}</ul></aside>',
                       '<div class="meter-points-q108"><p class="meter-points-q108__hd"><b>%s</b></p><table class="meter-points-q108__tbl">{meterrows}</table></div>',
                       '<p class="meter-reserve-q108"><a class="meter-reserve-q108__a" href="https://elcerrilloaldia.notion.site/medidores">%s</a></p>',
                       '<div class="meter-card-q108"><h5 class="meter-card-q108__hd">%s</h5><dl class="meter-card-q108__dl">{meterdl}</dl></div>'],
    "doorchains": ['<div class="door-safe-q108"><h4 class="door-safe-q108__hd">%s</h4><ul class="door-safe-q108__list">{chainlist}</ul></div>',
                   '<div class="door-fit-q108"><p class="door-fit-q108__hd"><strong>%s</strong></p><table class="door-fit-q108__tbl">{chainrows}</table></div>',
                   '<p class="door-book-q108"><a class="door-book-q108__btn" role="button" href="/kapi-zinciri">%s</a></p>',
                   '<div class="door-card-q108"><h5 class="door-card-q108__hd">%s</h5><dl class="door-card-q108__dl">{chaindl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/weekly"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#tell">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "bikelocks": (0.0, [' <a class="btn" href="/schloss-tausch"><b>%s</b></a>']),
          "energymonitors": (0.0, [' <a href="https://elcerrilloaldia.notion.site/medidores"><strong>%s</strong></a>']),
          "doorchains": (0.0, ['<br><a href="/kapi-zinciri"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "bikelocks": 2, "energymonitors": 2, "doorchains": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="extra-pic-q108"><img src="/media/{id}-more.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-second.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="round-ebbourne-q108"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-round-q108"><p class="more-round-q108__hd">%s</p><ul>%s</ul></aside>',
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



# the tables' heads (PHONE_HEAD, BEE_HEAD, HIVIS_HEAD, above), as the web teams left them (not checked)




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
    if "{lock" in style:
        out = (out.replace("{locklist}", "".join('<li><strong>%s</strong>: %s, %s</li>' % tuple(esc(x) for x in r) for r in LOCK_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in LOCK_INFO[lang]))
               .replace("{lockrows}", table(LOCK_HEAD[lang], LOCK_ROWS[lang])).replace("{lockdl}", dl(LOCK_INFO[lang])))
    if "{meter" in style:
        out = (out.replace("{meterlist}", "".join('<li><strong>%s</strong> (%s) — %s</li>' % tuple(esc(x) for x in r) for r in METER_ROWS[lang])
                           + "".join('<li><b>%s</b>: %s</li>' % (esc(k), esc(v)) for k, v in METER_INFO[lang]))
               .replace("{meterrows}", table(METER_HEAD[lang], METER_ROWS[lang])).replace("{meterdl}", dl(METER_INFO[lang])))
    if "{chain" in style:
        out = (out.replace("{chainlist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in CHAIN_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in CHAIN_INFO[lang]))
               .replace("{chainrows}", table(CHAIN_HEAD[lang], CHAIN_ROWS[lang])).replace("{chaindl}", dl(CHAIN_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "bikelocks": rng.choice([mid, n, n]),
               "energymonitors": rng.choice([mid, n]), "doorchains": rng.choice([0, mid, n])}.get(fam, mid)
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
        if art["tpl"] == NEW_LAYOUT:  # typed into a Notion block: Notion's own link and token markup
            snippet = notion_inline(snippet)
        doc = doc[:at] + snippet + doc[at:]
    return doc












BR = "\ue000"  # a line break typed inside a paragraph (rendered as <br>)
LOOK_STYLES = {"dropcap", "bold", "italic", "highlight", "box", "factbox", "callout", "br"}
# per layout: a class added to the paragraph ("class", name), a span around the first letter ("span", markup), or a
# wrapper around the element(s) ("wrap", open, close) -- the markup make_heldout103.py gave these layouts
# Craft's rich-text drop cap class on the Montlieu gazette
DROPCAP = {"craft": ("class", "has-dropcap")}
# HubSpot's rich-text module with an inline-styled box around a subheading and its paragraph
BOX = {"hubspot": ("wrap", '<div style="border: 1px solid #d9d2c5; background-color: #f7f4ee; padding: 16px 20px; margin: 20px 0;">\n', "\n</div>")}
# Sitecore SXA's rich-text component styled as a fact box around a subheading and its list
FACTBOX = {"sitecore": ("wrap", '<div class="component rich-text fact-box">\n<div class="component-content">\n', "\n</div>\n</div>")}
# a kramdown callout div on the Jekyll site
CALLOUT = {"jekyll": ('<div class="callout" markdown="1"><p>', "</p></div>")}
# Notion's own token spans for bold, italics and a background colour
BOLD = {"notion": ('<span style="font-weight:600" data-token-index="0" class="notion-enable-hover">', "</span>")}
ITALIC = {"notion": ('<span style="font-style:italic" data-token-index="0" class="notion-enable-hover">', "</span>")}
HIGHLIGHT = {"notion": ('<span style="color:inherit;background:rgba(251, 243, 219, 1)" data-token-index="1" class="notion-enable-hover">', "</span>")}


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
# templates: notion is new, the others come from earlier parts (the helpers make_heldout103.py last drove)
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"notion": tpl_notion, "bolt": mp94.tpl_bolt, "escenic": mp67.tpl_escenic, "jekyll": mp47.tpl_jekyll,
                 "silverstripe": mp41.tpl_silverstripe, "sitecore": mp38.tpl_sitecore, "textpattern": mp27.tpl_textpattern,
                 "substack": mp3.tpl_substack, "generatepress": mp81.tpl_generatepress, "neos": mp45.tpl_neos,
                 "aem": mp36.tpl_aem, "duda": mp89.tpl_duda, "pugpig": mp70.tpl_pugpig, "methode": mp73.tpl_methode,
                 "xenforo": mp56.tpl_xenforo, "hubspot": mp62.tpl_hubspot, "chorus": mp71.tpl_chorus, "craft": mp35.tpl_craft,
                 "beaverbuilder": mp85.tpl_beaverbuilder, "polopoly": mp68.tpl_polopoly, "dle": mp20.tpl_dle,
                 "liferay": mp44.tpl_liferay, "magnolia": mp46.tpl_magnolia}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h106), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "notion"
# the brief's list of layouts, with the part that last used each and the languages it had there
LAYOUT_LIST = {"sveltekit": (54, ("de", "en")), "sharepoint": (60, ("de", "en")), "zyro": (96, ("en", "es")),
               "jnews": (97, ("en", "tr")), "plone": (97, ("de",)), "blox": (98, ("en",)), "elementor": (100, ("es",)),
               "aem": (103, ("tr",)), "beaverbuilder": (103, ("es",)), "bolt": (103, ("de",)), "chorus": (103, ("en",)),
               "craft": (103, ("es",)), "dle": (103, ("fr",)), "duda": (103, ("tr",)), "escenic": (103, ("de",)),
               "generatepress": (103, ("es",)), "hubspot": (103, ("en",)), "jekyll": (103, ("fr",)), "liferay": (103, ("ru",)),
               "magnolia": (103, ("ru",)), "methode": (103, ("en",)), "neos": (103, ("ru",)), "polopoly": (103, ("en",)),
               "pugpig": (103, ("en",)), "silverstripe": (103, ("fr",)), "sitecore": (103, ("de",)), "substack": (103, ("en",)),
               "textpattern": (103, ("en",)), "tumblr": (103, ("en", "tr")), "xenforo": (103, ("en",))}
ALLOWED = tuple(sorted(LAYOUT_LIST))
MIN_NEW_LANG = 14
# the parts whose layouts this part leaves alone
RECENT_PARTS = (mp104, mp105, mp106)
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"chorus": (mp71, "CH_SITES"), "methode": (mp73, "MT_SITES"), "pugpig": (mp70, "PG_SITES"), "polopoly": (mp68, "PP_SITES"),
              "xenforo": (mp56, "XENFORO"), "hubspot": (mp62, "HUBSPOT"), "aem": (mp36, "AEM"), "duda": (mp89, "DUDA_SITES"),
              "escenic": (mp67, "ESC_SITES"), "sitecore": (mp38, "SITECORE"), "craft": (mp35, "CRAFT"),
              "silverstripe": (mp41, "SS"), "bolt": (mp94, "BOLT_SITES"), "generatepress": (mp81, "GP_SITES"),
              "jekyll": (mp47, "JEKYLL"), "beaverbuilder": (mp85, "BB_SITES"), "liferay": (mp44, "LR"), "magnolia": (mp46, "MGNL"),
              "neos": (mp45, "NEOS")}
# the layouts keyed by language: a page on one of them needs this part's wordings in its language
LANG_DICTS = {"textpattern": (mp27, "TXP"), "dle": (mp20, "DLE")}
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
            rng = random.Random("newsflow-heldout108-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI108[lang]
            if "comments" in art.get("avoid", []):  # comments closed under a story
                ui = dict(ui, commenters=[], comment_note=ui["closed"])
            placed, inline, fams = residue_items(art, rng, site, used)
            if tpl in NEW_TEMPLATES:
                doc = NEW_TEMPLATES[tpl](art, ui, site, placed, rng)
                fams = fams + TEMPLATE_FAMILIES.get(tpl, [])
            else:
                fun, mode = OLD_TEMPLATES[tpl]
                doc = fun(art, ui, site, mp.body_html(art, placed, mode), rng)
            doc = apply_looks(apply_inline(doc, art, inline), art).replace(BR, "\n" if tpl == NEW_LAYOUT else "<br>\n")
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
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h106), labels, furniture strings,
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
    # layouts: notion (new to the set) on two pages, an English one and one other language; every other page on a
    # different earlier layout of the brief's list (LAYOUT_LIST, checked against the modules), none of them used by
    # h104 .. h106, at least MIN_NEW_LANG of them in a language the list does not give it
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
    problems.extend("template %s is not in the brief's list" % t for t in tpls if t != NEW_LAYOUT and t not in LAYOUT_LIST)
    problems.extend("unknown template %s" % t for t in tpls if t not in NEW_TEMPLATES and t not in OLD_TEMPLATES)
    for mod in RECENT_PARTS:
        problems.extend("template %s was used by %s" % (t, mod.__name__) for t in sorted({a["tpl"] for a in mod.ARTICLES} & set(tpls)))
    for t, (k, langs_then) in LAYOUT_LIST.items():  # the list's last parts and languages, as the modules have them
        last = [a["lang"] for a in __import__("make_heldout%d" % k).ARTICLES if a["tpl"] == t]
        if not last or set(last) != set(langs_then) or any(a["tpl"] == t for m in range(k + 1, 107)
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
    # the notion pages: a workspace of NT_SITES in its own language, with the page's workspace strings; of the looks
    # only those Notion's editor sets (bold, italics, a highlight, a line break); no new family's card (Notion keeps
    # no definition list); the later layouts keyed by site name: a site this part adds, by language: this part's
    # wordings in the page's language; the pictures some layouts need; no story tables and no footnotes
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in NT_SITES or NT_SITES[a["site"]]["lang"] != a["lang"]
                                       or a.get("kind") != "notion"
                                       or a.get("notion", {}).get("subdomain") != NT_SITES[a["site"]]["subdomain"]
                                       or any(st not in NT_LOOKS for st, _ in a.get("look", []))
                                       or any(widget_order(f).index(a["id"]) == 3 for f in a.get("carry", []) if f in NEW_FAMILIES)):
            problems.append("%s: notion page needs a workspace in its language, its workspace strings, the editor's looks only and no card" % a["id"])
        if a["tpl"] in SITE_DICTS and a.get("site") not in SITE_STRINGS[SITE_DICTS[a["tpl"]]]:
            problems.append("%s: %s page needs a site of this part's own" % (a["id"], a["tpl"]))
        if a["tpl"] in LANG_DICTS and a["lang"] not in SITE_STRINGS[LANG_DICTS[a["tpl"]]]:
            problems.append("%s: %s page needs this part's wordings in %s" % (a["id"], a["tpl"], a["lang"]))
        if a["tpl"] in ("liferay", "magnolia", "silverstripe") and not a.get("inset"):
            problems.append("%s: %s needs its inset picture" % (a["id"], a["tpl"]))
        if a["tpl"] in ("chorus", "methode", "pugpig", "polopoly", "escenic") and not a.get("body_caption"):
            problems.append("%s: %s needs its body picture's caption" % (a["id"], a["tpl"]))
        if marks or a.get("notes") or any(k == "table" for k, _ in blocks):
            problems.append("%s: footnotes, or a story table (none in this part)" % a["id"])
        if a.get("kind") and a["kind"] not in NOT_ON_KIND:
            problems.append("%s: unknown kind %s" % (a["id"], a["kind"]))
        if a.get("section_tag") and (mp.parse_body(a["body"])[0][0] != "p" or any(
                block_index(mp.parse_body(a["body"]), o) == [0] for _, o in a.get("look", []))):
            problems.append("%s: a section tag is run into an unstyled first paragraph" % a["id"])
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
    nt_sites = [{k: v for k, v in d.items() if k not in NT_EXEMPT} for d in NT_SITES.values()]
    nt_lines = [a.get("notion", {}).get("workspace", "") for a in ARTICLES]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (NT_CORE, PLATFORM_STRINGS, LOCK_HEAD, METER_HEAD and CHAIN_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("NT_SITES", nt_sites), ("workspace names", nt_lines), ("UI_NEW", UI_NEW), ("tags", tags)):
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








