#!/usr/bin/env python3
"""Hundred-and-sixth held-out part (h106-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout106.py           # write pages/h106-*.html
    python benchmarks/data/extraction/make_heldout106.py --check   # verify pages/h106-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout106.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories, pages and README of this directory were
read; make_heldout105.py and its stories, written at the same time by another writer, were not).  Built on the
structure of make_heldout104.py and make_heldout103.py (themselves on make_heldout100.py): build() -> (pages, truth,
meta) and verify(pages, truth) -> problems, with the same signatures, so that make_pages.py can import this module
and merge it the same way.  The page ids carry a three-digit part number (h106-en-001 ...): nothing here slices an
id by position, the seed is the whole id, and verify() builds the expected ids from PART.
Stories are in articles_h106_en.py / articles_h106_intl.py (fictional local and regional outlets: two newsrooms'
Telegram channels publishing on Telegraph, a parish news site, a news agency, a local TV station, a weekly, a
not-for-profit newsroom, a village association, a town council, a village news site, a neighbourhood association's
blog, a school's parents' association, a district news site, a Sunday-paper style regional site, a village blog, a
town paper, an association's gazette, a town hall, a regional site, a daily, a regional magazine, a town hall, a
village website and an independent town outlet, in invented places -- Gorsethorpe on the Tarnel with Ashcombe Parva,
Little Wyvering, Sallowmere and Stennings Cross; Yeşilkonak with Aşağıçamlık and Çınarbaşı; Lindgraben in the Sültetal with
Moosfeld and Obertann; Valbrézol-sur-Ardille with Saint-Ivry and Les Prés-Hauts; Villarcillo del Trebolar with Las
Hontanillas; Вересково on the Сежа with Туманово --; every name and number invented; storms, floods, dark
mornings and things that grow, with a few portraits).  The residue wordings -- thirty of the generic families of
the earlier parts (one wording each in every language, two for the newsletter, whose first is the pitch run into a
paragraph, and for the embed) plus three new ones --, their wrapper class names, related headlines and teasers, the
sites' own strings in the earlier layouts and the furniture strings are new here: verify() refuses to build if one
reuses a sentence of make_pages.RESIDUE / UI or of the pools, labels, furniture strings, widget rows, headlines,
tags or site names of make_heldout2..104, if a wrapper class name of an earlier part recurs, if a "new" family is
already in an earlier pool, family list, template family or docstring, if a story paragraph or headline of an
earlier part (first round to h104) recurs, if a headline is also a story paragraph, or if a body is outside 150-400
words.  The earlier families placed only for a reason in a story (calendar, map, gallery, scores and the earlier
parts' new families) are not used: no story needs one.
The three new families are carried only where a real site would print them (the "carry" field of a story), on
exactly four stories each in three languages, their four markups over the part (a list, a table, a link or button
-- which "run_in" makes the editor type at the end of the last paragraph --, a definition-list card); each family's
four carriers take the four markups once each, in page order unless a story names its markup ("widget_style": a
Telegraph page cannot hold a table or a definition list, so its carriers take the list and the link).  The nearest
earlier things are make_heldout98's and make_heldout99's volunteer-kit rows (a high-visibility jacket among a
volunteer's kit) and the earlier power-cut and weather rows; none of them is a panel of free charging points, a
give-away of insect-house kits or a give-away of reflective vests, so the brief's three subjects are taken as they
stand: free phone-charging points (phonecharging: where the sockets are and when, bring your own cable, who runs
them, how long you can stay) on an English village's second night without power after a storm (the new layout: the
list), an English town's flood rest centre (the table), a Turkish neighbourhood association's power cut after a storm
(the card) and a Russian village's flood and its rest centre (the new layout: the "find a charging point" link, run
into the last paragraph); free bee-hotel kit give-aways (beehotels: where to collect, what is in the kit, how to site
it, workshops, one per household while stocks last) on an English school garden's bee hotel (the list), an English
district council's pollinator plan (the table), a Turkish school garden's insect hotel (the "claim a kit" button)
and a German town's wildflower meadow (the card); and free hi-vis vest and reflective-band give-aways (hivis: where
to collect and when, who can have one, sizes, how to wear it) on an English agency report of a dog walker hurt on an
unlit lane (the list), an English village association on a lane without pavements (the table), a German village's
dark school route (the "ask for a vest" link, run into the last paragraph) and a French town's road without a
footway (the card).  Only the languages that carry a new family have its rows (WIDGET_LANGS); the tables' heads
(PHONE_HEAD, BEE_HEAD, HIVIS_HEAD) are the web teams' generic strings and not checked; the rows (PHONE_ROWS,
PHONE_INFO, BEE_ROWS, BEE_INFO, HIVIS_ROWS, HIVIS_INFO) are, cell by cell.
The other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": "small" for a village association, a neighbourhood association's blog, a school's parents'
association, a village blog and a village website -- no newsroom to credit a photograph to, update a story, sell adverts or send reporters --, "channel" for
the two Telegraph pages -- a channel has no consent banner, adverts, app, alerts, comments, ratings, tools, polls,
reading time, reporters' biographies or tag lists to paste); a correction box goes only on a story that was
corrected, with that story's own wording (a Spanish village bus's departure time, which the page carries among its
residue, and an English market hall's repair bill, the page's only residue).  Residue markup varies as on real
pages: classed boxes, bars, cards, chips, panels, strips and widgets, bare <p> / <div> lines pasted by editors,
headings, links, lists, spans, buttons, definition lists and tables, and, for a few families, a line run into the
end of a story paragraph (credit, tip, newsletter pitch, share line, the charging-point link, the hi-vis link; only
one line in any paragraph) or a section tag run into the start of the first paragraph.  On the new layout, residue
the poster pasted sits among the paragraphs of the page, as Telegraph's editor keeps pasted markup.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): a drop cap
(Gutenberg's has-drop-cap on a German village blog), italics (one-line quotes and quoted paragraphs), bold (one-line
paragraphs: "Please slow down.", "Şimdi sıra misafirlerde.", "Вода продолжает прибывать."), a highlighted sentence
(a <mark> on Quintype), a paragraph in a box (a feature panel around "Cómo se hace una cesta" and its paragraph on the
magazine layout), a fact box holding a subheading and its list (Fusion's factbox around "La senda, en cifras"), a
callout (Odoo's alert snippet around the repair café's opening line), a paragraph typed after a <br> (on Telegraph in
English and Russian, and on the wire); story structures that look like furniture but are the story:
question-and-answer interviews (questions typed in bold, some of a few words -- "Un souvenir ?", "Et la suite ?",
"How did you start?" --, in English, Turkish and French: a fishmonger after 41 years, a baker after forty years, a
mobile-library driver after twenty), lists inside the story (what to do in a power cut, what went into a bee hotel
in English and Turkish, a village bus's stops and fares, what to take to a rest centre), crossheads as headings (a
power cut, a pollinator plan, a wildflower meadow, a riverside path, a basket maker, a footbridge, a flood) and as
bold paragraphs (a Turkish baker, French bats, a Russian bath house), one-line quotes and short one-line paragraphs,
a closing line with practical information (the village hall's hours, a school open morning, the market stall's last
day, a committee meeting, the market hall office's hours, the repair café's dates, an open school garden, a
farewell with free simit, a library's opening hours, a leaving party, the technical services' line, a bat count's
sign-up, a path's start, a basket-making workshop, a bus booking line, a bath house's towels, a footbridge bus's
timetable, an emergency number), and story sentences that use furniture words in ordinary reporting ("Share a cup of
tea with the volunteers" opening a story, "Partagez un soir d'été" opening another, "contact Nadia" in a closing
line, "sign-up", photographs and newsletters mentioned in passing).  Two pages carry no residue at all (an English
repair café on odoo and a Turkish baker's interview on nextjs) and one only its correction line (an English market
hall on sitevision).
One page layout is new (telegraph: a story published as a Telegraph page by a newsroom's Telegram channel, on two
pages, an English town's channel and a Russian town's; see the section of the layout below).  Telegraph's own strings
(TG_CORE) are left as the site ships them and not checked; the channels' own strings (TG_SITES, and each page's "tg"
author line) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers, all from the brief's list of
layouts no part since h101 has used (verify() refuses any that h101 .. h104 used) -- drupal (make_heldout3.py),
wire (make_heldout5.py), broadcaster (make_heldout3.py), quintype (make_heldout6.py), newspack (make_heldout22.py),
jimdo (make_heldout76.py), sitevision (make_heldout92.py) and odoo (make_heldout87.py) in English; blogger
(make_heldout14.py), weebly (make_heldout18.py) and nextjs (make_heldout2.py) in Turkish; sanity (make_heldout7.py),
gutenberg (make_heldout4.py) and contao (make_heldout23.py) in German; spip (make_heldout24.py), kentico
(make_heldout65.py) and chunks (make_heldout4.py) in French; fusion (make_heldout4.py), magazine (make_heldout2.py)
and orchardcore (make_heldout86.py) in Spanish; ucoz (make_heldout19.py) and tilda (make_heldout15.py) in Russian --
seventeen of them in a language the part that last used the layout did not give it.  Of the brief's list, sharepoint,
blox and elementor are not used (sitevision is used instead of blox: the only layouts of the list without residue of
their own are odoo, nextjs and sitevision, and the part's three control pages need them).  While a page is
rendered, the earlier modules' site-specific strings (SITE_STRINGS: the sites this part adds to the layouts keyed by
site name, and this part's own wordings for those keyed by language), their related headlines and the residue pools
they draw from themselves are swapped for this part's own (site_strings()); the platforms' strings are left as the
earlier parts ship them (every page's language is among them, so PLATFORM_STRINGS is empty).
Standard library only; deterministic (each page's choices seeded from its id).
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
from make_pages import E, A, UI  # noqa: E402
from articles_h106_en import ARTICLES as H106_EN  # noqa: E402
from articles_h106_intl import ARTICLES as H106_INTL  # noqa: E402

ARTICLES = H106_EN + H106_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54, mp55, mp56, mp57, mp58, mp59, mp60, mp61, mp62, mp63, mp64, mp65, mp66,
                   mp67, mp68, mp69, mp70, mp71, mp72, mp73, mp74, mp75, mp76, mp77, mp78,
                   mp79, mp80, mp81, mp82, mp83, mp84, mp85, mp86, mp87, mp88, mp89, mp90, mp91, mp92, mp93, mp94,
                   mp95, mp96, mp97, mp98, mp99, mp100, mp101, mp102, mp103, mp104)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h106"


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h104 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Tarnel valley videos and maps load only once you switch on embedded-content cookies"],
        "tr": ["Yeşilkonak videoları ve haritaları, gömülü içerik çerezlerini açtığınızda yüklenir"],
        "de": ["Videos und Karten aus dem Sültetal laden erst, wenn Sie Cookies für eingebettete Inhalte einschalten"],
        "fr": ["Les vidéos et cartes de l'Ardille ne se chargent qu'après activation des cookies de contenus intégrés"],
        "es": ["Los vídeos y mapas del Trebolar solo se cargan si activas las cookies de contenido incrustado"],
        "ru": ["Видео и карты Верескова загрузятся, только если включить cookie встроенного контента"],
    },
    "newsletter": {
        "en": ["The Tarnel Weekender lands in your inbox every Friday teatime",
               "You've reached your free Tarnel valley stories for this month: register free to read on"],
        "tr": ["Yeşilkonak Hafta Sonu bülteni her cuma ikindi vakti e-postanızda",
               "Bu ayki ücretsiz Yeşilkonak haberlerinizi okudunuz: okumayı sürdürmek için ücretsiz kaydolun"],
        "de": ["Das Sültetal-Wochenende kommt jeden Freitagnachmittag in Ihr Postfach",
               "Ihre freien Sültetal-Artikel für diesen Monat sind aufgebraucht: kostenlos registrieren und weiterlesen"],
        "fr": ["Le Week-end de l'Ardille arrive dans votre boîte chaque vendredi à l'heure du goûter",
               "Vous avez lu vos articles gratuits de l'Ardille ce mois-ci : inscrivez-vous gratuitement pour poursuivre"],
        "es": ["El Finde del Trebolar llega a tu correo cada viernes a media tarde",
               "Ya has leído tus noticias gratuitas del Trebolar de este mes: regístrate gratis para seguir"],
        "ru": ["«Вересковские выходные» приходят на почту каждую пятницу к чаю",
               "Бесплатные материалы о Верескове на этот месяц закончились: зарегистрируйтесь бесплатно, чтобы читать дальше"],
    },
    "share": {
        "en": ["Spread the word along the Tarnel: Facebook · WhatsApp · Bluesky · Email"],
        "tr": ["Yeşilkonak'ta duyurun: Facebook · WhatsApp · Bluesky · E-posta"],
        "de": ["Im Sültetal herumschicken: Facebook · WhatsApp · Bluesky · E-Mail"],
        "fr": ["Faire passer dans l'Ardille : Facebook · WhatsApp · Bluesky · Courriel"],
        "es": ["Que se sepa en el Trebolar: Facebook · WhatsApp · Bluesky · Correo"],
        "ru": ["Рассказать в Верескове: ВКонтакте · Одноклассники · Max · Почта"],
    },
    "photo": {
        "en": ["Photograph taken for us by a Tarnel valley reader"],
        "tr": ["Fotoğraf: bir Yeşilkonak okurumuz bizim için çekti"],
        "de": ["Foto: für uns aufgenommen von einem Leser aus dem Sültetal"],
        "fr": ["Photo prise pour nous par une lectrice de l'Ardille"],
        "es": ["Foto tomada para nosotros por una lectora del Trebolar"],
        "ru": ["Фото сделала для нас читательница из Верескова"],
    },
    "copyright": {
        "en": ["This Tarnel valley article may not be reproduced in print or online without permission in writing from {site}."],
        "tr": ["Bu Yeşilkonak haberi, {site} yazılı izin vermeden basılı ya da çevrim içi ortamda çoğaltılamaz."],
        "de": ["Dieser Sültetal-Artikel darf ohne schriftliche Erlaubnis von {site} weder gedruckt noch online vervielfältigt werden."],
        "fr": ["Cet article de l'Ardille ne peut être reproduit sur papier ou en ligne sans l'autorisation écrite de {site}."],
        "es": ["Esta noticia del Trebolar no puede reproducirse en papel ni en internet sin permiso por escrito de {site}."],
        "ru": ["Этот материал о Верескове нельзя воспроизводить в печати или в сети без письменного разрешения «{site}»."],
    },
    "section": {
        "en": ["Tarnel valley » {section}"],
        "tr": ["Yeşilkonak ve köyleri » {section}"],
        "de": ["Sültetal » {section}"],
        "fr": ["Pays de l'Ardille » {section}"],
        "es": ["Comarca del Trebolar » {section}"],
        "ru": ["Вересково и округа » {section}"],
    },
    "related": {
        "en": ["Elsewhere in the Tarnel valley today"],
        "tr": ["Bugün Yeşilkonak'ta başka neler var"],
        "de": ["Heute sonst im Sültetal"],
        "fr": ["Ailleurs dans l'Ardille aujourd'hui"],
        "es": ["Hoy también en la comarca del Trebolar"],
        "ru": ["Ещё сегодня в Верескове"],
    },
    "symbol": {"*": ["✾ ✾ ✾", "❧ · ❧ · ❧", "✾ ⁂ ✾"]},
    "credit": {
        "en": ["Additional reporting by the {site} team in Gorsethorpe"],
        "tr": ["{site} Yeşilkonak ekibinin ek haberciliğiyle"],
        "de": ["Ergänzende Recherche: {site}-Team in Lindgraben"],
        "fr": ["Avec le concours de l'équipe de {site} à Valbrézol"],
        "es": ["Con la colaboración del equipo de {site} en Villarcillo"],
        "ru": ["Дополнительная информация — команда «{site}» в Верескове"],
    },
    "ad": {
        "en": ["Sponsored · the Tarnel valley story resumes after this"],
        "tr": ["Sponsorlu · Yeşilkonak haberi bundan sonra sürüyor"],
        "de": ["Gesponsert · der Sültetal-Artikel geht danach weiter"],
        "fr": ["Sponsorisé · l'article de l'Ardille reprend après ceci"],
        "es": ["Patrocinado · la noticia del Trebolar continúa después"],
        "ru": ["Спонсорский блок · материал о Верескове продолжится после него"],
    },
    "continue": {
        "en": ["Keep reading this Tarnel valley story"],
        "tr": ["Bu Yeşilkonak haberini okumaya devam edin"],
        "de": ["Diesen Sültetal-Artikel weiterlesen"],
        "fr": ["Poursuivre la lecture de cet article de l'Ardille"],
        "es": ["Seguir leyendo esta noticia del Trebolar"],
        "ru": ["Читать материал о Верескове дальше"],
    },
    "comments": {
        "en": ["{n} Tarnel valley neighbours have had their say: add yours"],
        "tr": ["{n} Yeşilkonaklı komşu fikrini söyledi, siz de yazın"],
        "de": ["{n} Nachbarn aus dem Sültetal haben mitgeredet: Ihre Meinung fehlt noch"],
        "fr": ["{n} voisins de l'Ardille ont donné leur avis : à vous"],
        "es": ["{n} vecinos del Trebolar ya han opinado: di la tuya"],
        "ru": ["{n} жителей Верескова уже высказались — добавьте своё мнение"],
    },
    "readtime": {
        "en": ["About {m} minutes of Tarnel valley reading"],
        "tr": ["Yaklaşık {m} dakikalık Yeşilkonak okuması"],
        "de": ["Etwa {m} Minuten Lesezeit aus dem Sültetal"],
        "fr": ["Environ {m} minutes de lecture sur l'Ardille"],
        "es": ["Unos {m} minutos de lectura del Trebolar"],
        "ru": ["Около {m} минут чтения о Верескове"],
    },
    "updated": {
        "en": ["Amended {d}, {t}, Tarnel valley newsroom"],
        "tr": ["Güncelleme {d}, {t}, Yeşilkonak haber odası"],
        "de": ["Ergänzt am {d}, {t} Uhr, Sültetal-Newsroom"],
        "fr": ["Complété le {d} à {t}, rédaction de l'Ardille"],
        "es": ["Ampliada el {d} a las {t}, redacción del Trebolar"],
        "ru": ["Дополнено {d} в {t}, редакция Верескова"],
    },
    "audio": {
        "en": ["Play the Tarnel valley audio version · {m} min"],
        "tr": ["Yeşilkonak haberinin sesli hâlini çalın · {m} dk"],
        "de": ["Die Sültetal-Audiofassung abspielen · {m} Min."],
        "fr": ["Écouter la version audio de l'Ardille · {m} min"],
        "es": ["Reproducir la versión en audio del Trebolar · {m} min"],
        "ru": ["Включить аудиоверсию о Верескове · {m} мин"],
    },
    "correction": {
        "en": ["We have corrected this Tarnel valley article since publication."],
        "tr": ["Bu Yeşilkonak haberini yayımlandıktan sonra düzelttik."],
        "de": ["Wir haben diesen Sültetal-Artikel nach Veröffentlichung korrigiert."],
        "fr": ["Nous avons corrigé cet article de l'Ardille après sa publication."],
        "es": ["Hemos corregido esta noticia del Trebolar tras su publicación."],
        "ru": ["Мы исправили этот материал о Верескове после публикации."],
    },
    "app": {
        "en": ["Tarnel valley news in your pocket: get the free {site} app for iOS and Android"],
        "tr": ["Yeşilkonak haberleri cebinizde: ücretsiz {site} uygulamasını iOS ve Android'e indirin"],
        "de": ["Sültetal-Nachrichten für die Hosentasche: die kostenlose {site}-App für iOS und Android"],
        "fr": ["L'Ardille dans votre poche : l'appli gratuite {site} pour iOS et Android"],
        "es": ["El Trebolar en tu bolsillo: descarga gratis la app de {site} para iOS y Android"],
        "ru": ["Вересково в кармане: бесплатное приложение «{site}» для iOS и Android"],
    },
    "bio": {
        "en": ["{by} covers {section} across Gorsethorpe, Ashcombe Parva and the Tarnel valley villages for {site}."],
        "tr": ["{by}, {site} için Yeşilkonak ve köylerinde {section} konularını izliyor."],
        "de": ["{by} berichtet für {site} über {section} in Lindgraben, Moosfeld und Obertann."],
        "fr": ["{by} couvre la rubrique {section} à Valbrézol et dans les hameaux de l'Ardille pour {site}."],
        "es": ["{by} cubre {section} en Villarcillo, Las Hontanillas y la comarca del Trebolar para {site}."],
        "ru": ["{by} освещает тему «{section}» в Верескове и Туманове для «{site}»."],
    },
    "tip": {
        "en": ["Seen something in the Tarnel valley? Message the newsroom on 01632 960 606"],
        "tr": ["Yeşilkonak'ta bir şey mi gördünüz? Haber odasına yazın: 0 (362) 900 60 60"],
        "de": ["Etwas im Sültetal beobachtet? Schreiben Sie dem Newsroom: 07452 960 606"],
        "fr": ["Vous avez vu quelque chose dans l'Ardille ? Écrivez à la rédaction au 05 65 00 60 60"],
        "es": ["¿Has visto algo en el Trebolar? Escribe a la redacción al 923 000 606"],
        "ru": ["Увидели что-то в Верескове? Напишите в редакцию: 8 (48431) 6-06-06"],
    },
    "typo": {
        "en": ["If you spot an error in this Tarnel valley article, highlight it and press Ctrl+Enter so the newsroom can put it right"],
        "tr": ["Bu Yeşilkonak haberinde bir hata görürseniz metni işaretleyip Ctrl+Enter tuşlarına basın, haber odası düzeltsin"],
        "de": ["Wenn Ihnen im Sültetal-Artikel ein Fehler auffällt, markieren Sie ihn und drücken Sie Strg+Enter, damit der Newsroom ihn korrigiert"],
        "fr": ["Si vous repérez une erreur dans cet article de l'Ardille, surlignez-la et faites Ctrl+Entrée pour que la rédaction la corrige"],
        "es": ["Si ves un error en esta noticia del Trebolar, márcalo y pulsa Ctrl+Intro para que la redacción lo corrija"],
        "ru": ["Если заметили ошибку в материале о Верескове, выделите её и нажмите Ctrl+Enter — редакция Верескова исправит"],
    },
    "push": {
        "en": ["Get Tarnel valley news alerts on this device? Send me Tarnel alerts · Maybe another day"],
        "tr": ["Yeşilkonak haber bildirimleri bu cihaza gelsin mi? Yeşilkonak bildirimlerini aç · Başka bir gün"],
        "de": ["Sültetal-Eilmeldungen auf diesem Gerät erhalten? Sültetal-Meldungen einschalten · Ein andermal"],
        "fr": ["Recevoir les alertes de l'Ardille sur cet appareil ? Activer les alertes de l'Ardille · Un autre jour"],
        "es": ["¿Recibir avisos del Trebolar en este dispositivo? Activar los avisos del Trebolar · Otro día"],
        "ru": ["Получать уведомления о Верескове на это устройство? Включить новости Верескова · Как-нибудь потом"],
    },
    "print": {
        "en": ["Save this Tarnel valley article: Print · Save as PDF · Email it"],
        "tr": ["Bu Yeşilkonak haberini kaydedin: Yazdır · PDF olarak kaydet · E-postala"],
        "de": ["Diesen Sültetal-Artikel sichern: Drucken · Als PDF speichern · Mailen"],
        "fr": ["Conserver cet article de l'Ardille : Imprimer · Enregistrer en PDF · Envoyer"],
        "es": ["Guarda esta noticia del Trebolar: Imprimir · Guardar como PDF · Enviar"],
        "ru": ["Сохранить материал о Верескове: Печать · Сохранить в PDF · Переслать"],
    },
    "feedback": {
        "en": ["Was this Tarnel valley article useful? It helped a lot · It helped a little · It did not help me"],
        "tr": ["Bu Yeşilkonak haberi işinize yaradı mı? Çok işime yaradı · Biraz yaradı · İşime yaramadı"],
        "de": ["War dieser Sültetal-Artikel nützlich? Hat mir sehr geholfen · Hat etwas geholfen · Hat mir nicht geholfen"],
        "fr": ["Cet article de l'Ardille vous a-t-il servi ? Il m'a beaucoup aidé · Il m'a un peu aidé · Il ne m'a pas aidé"],
        "es": ["¿Te ha servido esta noticia del Trebolar? Me ha ayudado mucho · Me ha ayudado algo · No me ha ayudado"],
        "ru": ["Был ли полезен материал о Верескове? Очень помог · Немного помог · Не помог"],
    },
    "standards": {
        "en": ["{site} follows the Editors' Code; to complain about our Tarnel valley reporting write to readers@tarnelvalley.example."],
        "tr": ["{site}, gazetecilik meslek ilkelerine bağlıdır; Yeşilkonak haberlerimizle ilgili başvurular: okur@yesilkonak.example."],
        "de": ["{site} arbeitet nach dem Pressekodex; Beschwerden über unsere Sültetal-Berichte an leser@sueltetal.example."],
        "fr": ["{site} applique la charte de déontologie des journalistes ; écrivez à lecteurs@ardille.example pour toute réclamation."],
        "es": ["{site} se rige por el código deontológico de la FAPE; reclamaciones sobre la información del Trebolar a lectores@trebolar.example."],
        "ru": ["«{site}» придерживается профессиональных стандартов; претензии к материалам о Верескове: chitateli@vereskovo.example."],
    },
    "topics": {
        "en": ["Tagged: {section} · Gorsethorpe · River Tarnel"],
        "tr": ["Etiketler: {section} · Yeşilkonak · Aşağıçamlık"],
        "de": ["Verschlagwortet: {section} · Lindgraben · Moosfeld"],
        "fr": ["Mots-clés : {section} · Valbrézol · Saint-Ivry"],
        "es": ["Etiquetas: {section} · Villarcillo · Las Hontanillas"],
        "ru": ["Метки: {section} · Вересково · Туманово"],
    },
    "bookmark": {
        "en": ["☆ Save this Tarnel valley story to read later"],
        "tr": ["☆ Bu Yeşilkonak haberini daha sonra okumak için kaydet"],
        "de": ["☆ Sültetal-Artikel zum späteren Lesen speichern"],
        "fr": ["☆ Enregistrer cet article de l'Ardille pour le lire plus tard"],
        "es": ["☆ Guardar esta noticia del Trebolar para leerla después"],
        "ru": ["☆ Сохранить материал о Верескове, чтобы прочитать позже"],
    },
    "poll": {
        "en": ["Tarnel valley vote: agree · disagree · not sure"],
        "tr": ["Yeşilkonak oylaması: katılıyorum · katılmıyorum · emin değilim"],
        "de": ["Sültetal-Abstimmung: dafür · dagegen · unentschieden"],
        "fr": ["Vote de l'Ardille : d'accord · pas d'accord · sans avis"],
        "es": ["Votación del Trebolar: a favor · en contra · no lo sé"],
        "ru": ["Голосование Верескова: за · против · не знаю"],
    },
    "embed": {
        "en": ["Open {handle}'s Tarnel valley photo on Instagram", "Watch {handle}'s Tarnel valley clip on YouTube"],
        "tr": ["{handle} hesabının Yeşilkonak fotoğrafını Instagram'da açın", "{handle} hesabının Yeşilkonak klibini YouTube'da izleyin"],
        "de": ["Das Sültetal-Foto von {handle} auf Instagram öffnen", "Den Sültetal-Clip von {handle} auf YouTube ansehen"],
        "fr": ["Ouvrir la photo de {handle} sur l'Ardille dans Instagram", "Regarder le clip de {handle} sur l'Ardille sur YouTube"],
        "es": ["Abrir la foto de {handle} sobre el Trebolar en Instagram", "Ver el clip de {handle} sobre el Trebolar en YouTube"],
        "ru": ["Открыть фото {handle} о Верескове в Instagram", "Смотреть ролик {handle} о Верескове на YouTube"],
    },
    # the three families new in this part (by markup: the list's heading, the table's heading, the button or link,
    # the card's heading)
    "phonecharging": {
        "en": ["Free phone charging: where to plug in", "Free phone charging points and opening times", "Find a free phone charging point ›",
               "Phone charging during the power cut"],
        "tr": ["Ücretsiz telefon şarjı: nereden şarj edilir", "Ücretsiz telefon şarj noktaları ve saatleri", "Ücretsiz şarj noktalarını görün ›",
               "Kesinti boyunca telefon şarjı"],
        "ru": ["Бесплатная зарядка телефонов: где подключиться", "Пункты бесплатной зарядки телефонов и часы работы", "Найти пункт бесплатной зарядки ›",
               "Зарядка телефонов на время отключения"],
    },
    "beehotels": {
        "en": ["Free bee hotel kits: where to collect yours", "Free bee hotel kits: collection points", "Claim a free bee hotel kit ›",
               "Bee hotel kits: the essentials"],
        "tr": ["Ücretsiz böcek oteli seti: nereden alınır", "Ücretsiz böcek oteli setleri: dağıtım noktaları", "Ücretsiz böcek oteli setinizi isteyin ›",
               "Böcek oteli setleri kısaca"],
        "de": ["Kostenlose Insektenhotel-Bausätze: hier abholen", "Insektenhotel-Bausätze: Ausgabestellen", "Kostenlosen Insektenhotel-Bausatz sichern ›",
               "Insektenhotel-Bausätze: das Wichtigste"],
    },
    "hivis": {
        "en": ["Free hi-vis vests: where to get one", "Free hi-vis vests and reflective bands: where and when", "Ask for a free hi-vis vest ›",
               "Hi-vis give-away: the details"],
        "de": ["Kostenlose Warnwesten: hier gibt es sie", "Warnwesten und Reflektorbänder: Ausgabe und Zeiten", "Kostenlose Warnweste anfordern ›",
               "Warnwesten-Aktion: das Wichtigste"],
        "fr": ["Gilets haute visibilité gratuits : où les retirer", "Gilets et brassards réfléchissants : lieux et horaires", "Demander un gilet haute visibilité gratuit ›",
               "Gilets haute visibilité offerts : l'essentiel"],
    },
}
NEW_STYLE_WORDING = {"phonecharging": [0, 1, 2, 3], "beehotels": [0, 1, 2, 3], "hivis": [0, 1, 2, 3]}
# phone charging: where the sockets are and when; and cables, who runs them, how long you can stay
PHONE_ROWS = {
    "en": [("Little Wyvering village hall", "Chapel Lane", "8am to 10pm, sockets along the stage"),
           ("Gorsethorpe Leisure Centre", "sports hall, Mill Street side", "open all night while the rest centre runs"),
           ("Sallowmere Arms", "the back room", "11am to 11pm, ask at the bar")],
    "tr": [("Aşağıçamlık Muhtarlığı", "Cami Sokağı", "08.00–22.00, jeneratörlü priz"),
           ("Mahalle Derneği lokali", "Dere Sokağı 4", "10.00–20.30, çay ocağının yanında"),
           ("Yeşilkonak Belediyesi hizmet binası", "zemin kat bekleme salonu", "7/24")],
    "ru": [("Школа, спортзал", "улица Лесная, 2", "круглосуточно, у шведской стенки"),
           ("Администрация поселения", "улица Центральная, 11", "8:00–20:00, кабинет 1"),
           ("Магазин «Надежда»", "улица Луговая, 7", "9:00–21:00, от генератора")],
}
PHONE_HEAD = {"en": ("Where", "Address", "Open"), "tr": ("Nokta", "Adres", "Saatler"), "ru": ("Где", "Адрес", "Часы")}
PHONE_INFO = {
    "en": [("Cables", "bring your own cable and plug; a few spares are kept at the desk"),
           ("Who runs the points", "parish council volunteers and the Red Cross"),
           ("How long you can stay", "up to an hour per phone when it is busy")],
    "tr": [("Kablo", "kablonuzu ve adaptörünüzü yanınızda getirin"),
           ("Kim yürütüyor", "muhtarlık ve mahalle derneği gönüllüleri"),
           ("Şarj süresi", "kalabalıkta telefon başına en fazla bir saat")],
    "ru": [("Провод", "зарядное устройство берите своё, запасные есть у дежурного"),
           ("Кто дежурит", "волонтёры и сотрудники администрации"),
           ("Сколько можно", "не больше часа на один телефон, если очередь")],
}
# bee hotels: where to collect a kit; and what is in it, how to site it, workshops, while stocks last
BEE_ROWS = {
    "en": [("Gorsethorpe library", "Sheep Street", "Tue–Sat 10am–4.30pm, at the returns desk"),
           ("Ashcombe Parva garden centre", "Tarnel Road", "every day 9am–5pm"),
           ("Council stall at the farmers' market", "Gorsethorpe market hall", "Saturdays 8am–1pm")],
    "tr": [("Çınarbaşı İlkokulu", "okul bahçesi kapısı", "hafta içi 15.30–17.00"),
           ("Yeşilkonak Belediyesi Park ve Bahçeler Müdürlüğü", "Fidanlık Yolu", "08.30–16.30"),
           ("Cumartesi üretici pazarı", "belediye tezgâhı", "cumartesi 09.00–13.30")],
    "de": [("Bürgerbüro Lindgraben", "Rathaus Lindgraben, Erdgeschoss links", "Mo–Fr 8.15–12 Uhr, Mi auch nachmittags"),
           ("Städtischer Bauhof Lindgraben", "Am Sülteufer 9", "Do 14–17.30 Uhr"),
           ("Wochenmarkt Lindgraben", "Stand der Stadtgärtnerei", "Sa 7.30–12 Uhr")],
}
BEE_HEAD = {"en": ("Collect from", "Where", "When"), "tr": ("Nereden", "Yer", "Saat"), "de": ("Ausgabe", "Ort", "Zeiten")}
BEE_INFO = {
    "en": [("In the kit", "a cedar frame, cut bamboo tubes, a drilled block and fixing screws"),
           ("Where to put it", "on a sunny wall or fence facing south or south-east, at least a metre off the ground"),
           ("Workshops", "build-your-own sessions at the library on Saturday mornings in May"),
           ("Kits per household", "one kit per household while stocks last")],
    "tr": [("Sette neler var", "ahşap çerçeve, kesilmiş kamışlar, delikli odun ve vidalar"),
           ("Nereye asılır", "güneye bakan, yerden en az bir metre yüksek bir duvara"),
           ("Atölye günleri", "mayıs boyunca cumartesi sabahları okul bahçesinde"),
           ("Kaç tane", "stoklar tükenene kadar her haneye bir set")],
    "de": [("Im Bausatz", "Rahmen aus Lärchenholz, Schilfröhrchen, gebohrter Hartholzblock und Schrauben"),
           ("Aufstellen", "sonnig, nach Süden oder Südosten, mindestens einen Meter über dem Boden"),
           ("Bauworkshop", "samstags im Mai im Bauhof, Anmeldung im Bürgerbüro"),
           ("Wie viele Bausätze", "ein Bausatz pro Haushalt, solange der Vorrat reicht")],
}
# hi-vis: where to collect and when; and who can have one, sizes, how to wear it
HIVIS_ROWS = {
    "en": [("Gorsethorpe police station front desk", "Bridge Street", "Mon–Fri 9am–5pm"),
           ("Stennings Cross village hall", "The Green", "Sunday 7 December, 6–8pm"),
           ("Ashcombe Parva post office", "High Street", "during opening hours")],
    "de": [("Bürgerbüro Lindgraben", "Marktplatz 1", "Mo–Fr 8.30–12 Uhr, Do auch 14–18.30 Uhr"),
           ("Ortsverwaltung Moosfeld", "Dorfstraße 14", "Di 17–19 Uhr"),
           ("Grundschule Lindgraben", "Sekretariat", "für Schulkinder über die Klassenlehrer")],
    "fr": [("Accueil de la mairie de Valbrézol", "place de l'Hôtel-de-Ville", "du lundi au vendredi, 8 h 45 – 12 h 15"),
           ("Mairie annexe de Saint-Ivry", "rue de l'Église", "mercredi 14 h – 17 h"),
           ("Police municipale", "4, avenue de la Gare", "sur rendez-vous au 05 65 00 41 30")],
}
HIVIS_HEAD = {"en": ("Where", "Address", "When"), "de": ("Ausgabestelle", "Adresse", "Zeiten"), "fr": ("Lieu", "Adresse", "Horaires")}
HIVIS_INFO = {
    "en": [("Who can have one", "anyone who walks, runs or cycles on the lanes around Gorsethorpe"),
           ("Vest sizes", "child (age 4 to 12), adult M/L and adult XL, plus clip-on bands for dogs"),
           ("Wearing it", "over your coat, zipped or fastened, so that the stripes show from the front and back")],
    "de": [("Wer bekommt eine", "Kinder, Fußgängerinnen und Fußgänger sowie Hundehalter aus allen Ortsteilen"),
           ("Westengrößen", "Kinder (116 bis 164) und Erwachsene M bis XXL, dazu Reflektorbänder"),
           ("Richtig tragen", "über der Jacke und geschlossen, damit die Streifen vorn und hinten zu sehen sind")],
    "fr": [("Qui peut en demander un", "tout habitant qui se déplace à pied sur la route de Saint-Ivry, enfants compris"),
           ("Tailles", "enfant (6-12 ans), adulte M-L et XL ; brassards taille unique"),
           ("Bien le porter", "par-dessus le manteau, fermé, bandes visibles devant et derrière")],
}
WIDGET_ROWS = (("phonecharging points", PHONE_ROWS), ("phonecharging info", PHONE_INFO), ("beehotels points", BEE_ROWS),
               ("beehotels info", BEE_INFO), ("hivis points", HIVIS_ROWS), ("hivis info", HIVIS_INFO))
WIDGET_LANGS = {"phonecharging": ("en", "tr", "ru"), "beehotels": ("en", "tr", "de"), "hivis": ("en", "de", "fr")}

# related headlines and teasers (new)
HEADLINES = {
    "en": ["Gorsethorpe swimming club celebrates its centenary with a night swim", "Ashcombe Parva pub reopens under community ownership",
           "New zebra crossing for Sheep Street after ten-year campaign", "Sallowmere chapel bell rings again after restoration",
           "Little Wyvering allotments waiting list tops sixty", "Tarnel valley cider makers win regional award"],
    "tr": ["Yeşilkonak'ta yeni semt pazarı hizmete girdi", "Aşağıçamlık yoluna yeni köprü yapılıyor",
           "Yeşilkonakspor sezonu lider tamamladı", "Çınarbaşı'nda çocuk kütüphanesi açıldı",
           "Yeşilkonak'ta kiraz festivali tarihi belli oldu", "Yeşilkonak Devlet Hastanesine yeni doğum servisi"],
    "de": ["Lindgrabener Freibad startet früher in die Saison", "Moosfeld bekommt einen Dorfladen",
           "Sültetalbahn fährt künftig im Stundentakt", "Obertanner Musikverein feiert 150 Jahre",
           "Neue Kita in Lindgraben nimmt erste Kinder auf", "Radweg nach Moosfeld wird verbreitert"],
    "fr": ["Valbrézol : le marché de nuit revient en juillet", "Saint-Ivry rouvre son école à classe unique",
           "L'Ardille : la passerelle du Moulin remise à neuf", "Le club de pétanque de Valbrézol champion départemental",
           "Les Prés-Hauts fêtent leur four à pain", "Une nouvelle maison de santé à Valbrézol"],
    "es": ["Villarcillo abre su piscina municipal renovada", "Las Hontanillas recupera la romería de mayo",
           "El CD Trebolar sube a Primera Regional", "Nuevo horario de la biblioteca de Villarcillo",
           "La carretera de Las Hontanillas, en obras hasta abril", "Villarcillo tendrá un centro de día para mayores"],
    "ru": ["В Верескове открыли новый детский сад", "В Туманово проложат водопровод",
           "Вересковские лыжники взяли золото области", "На набережной Сежи высадили сто лип",
           "В городском парке отремонтировали летнюю эстраду", "Из Верескова пустят автобус до областного центра"],
}
TEASERS = {
    "en": ["The club first swam in the Tarnel in 1926.", "Villagers raised £310,000 in shares.",
           "Campaigners collected 2,400 signatures.", "It had been silent since 1987.",
           "Some have been waiting since 2019.", "Their perry took the top prize."],
    "tr": ["Pazar her çarşamba kurulacak.", "Eski köprü 1968'de yapılmıştı.", "Takım sezonu 71 puanla bitirdi.",
           "Kütüphanede 3.000 kitap var.", "Festival haziranın ikinci hafta sonu.", "Servis mart ayında açılacak."],
}
SITES = {"en": [], "tr": [], "de": [], "fr": [], "es": [], "ru": []}

UI_NEW = {
    "en": dict(nav=["Gorsethorpe", "Tarnel valley villages", "Gorsethorpe courts", "Tarnel valley schools", "Gorsethorpe sport", "Things to do in the Tarnel valley", "Tarnel valley public notices"],
               cookie="This Tarnel valley news site and its partners store cookies to keep your settings, to measure which Gorsethorpe stories are read and to show the adverts that fund local journalism. Decide which you accept.",
               accept="Accept every Tarnel valley cookie", reject="Set my Tarnel valley cookies", share="Pass this Tarnel valley story on",
               related="Further Tarnel valley reading", newsletter="Tarnel Valley Daybreak: the valley's headlines by 7am, Monday to Friday",
               subscribe="Send me Tarnel Valley Daybreak", email="you@tarnel-daybreak.example",
               comment_note="A member of the Tarnel valley newsroom checks every comment before it appears. Be courteous and stick to the valley.",
               closed="Comments on this Tarnel valley story have been switched off.",
               footer=["Contact the Tarnel valley newsroom", "Tarnel valley corrections and clarifications", "Tarnel valley privacy notice", "Advertise across the Tarnel valley", "Tarnel valley community guidelines"],
               rights="All words and pictures from the Tarnel valley newsroom are owned by the publisher and may not be reused without permission.",
               commenters=[("Sallowmere_Maureen", "Good to see the valley pulling together."),
                           ("GorsethorpeKev", "Let's hope it lasts past the summer.")]),
    "tr": dict(nav=["Yeşilkonak", "Yeşilkonak köyleri", "Yeşilkonak asayiş", "Yeşilkonak eğitim", "Yeşilkonak spor", "Yeşilkonak'ta ne yapılır", "Yeşilkonak resmî duyurular"],
               cookie="Yeşilkonak haber sitemiz ve ortaklarımız, ayarlarınızı saklamak, hangi Yeşilkonak haberlerinin okunduğunu ölçmek ve yerel gazeteciliği finanse eden reklamları göstermek için çerez kaydeder. Hangilerini kabul ettiğinize karar verin.",
               accept="Tüm Yeşilkonak çerezlerini kabul et", reject="Yeşilkonak çerezlerimi ayarla", share="Bu Yeşilkonak haberini paylaşın",
               related="Yeşilkonak'tan okumaya devam", newsletter="Yeşilkonak Şafak: ilçenin manşetleri sabah 07.00'de, pazartesiden cumaya",
               subscribe="Yeşilkonak Şafak'ı bana gönderin", email="siz@yesilkonak-safak.example",
               comment_note="Yeşilkonak haber odasından bir arkadaşımız her yorumu yayımlanmadan önce kontrol eder. Nazik olun ve ilçeden konuşun.",
               closed="Bu Yeşilkonak haberine yorumlar kapatıldı.",
               footer=["Yeşilkonak haber odasıyla iletişim", "Yeşilkonak düzeltme ve açıklamalar", "Yeşilkonak gizlilik bildirimi", "Yeşilkonak'ta reklam", "Yeşilkonak topluluk kuralları"],
               rights="Yeşilkonak haber odasının tüm yazı ve fotoğrafları yayıncıya aittir, izinsiz kullanılamaz.",
               commenters=[("Çınarbaşılı_Ayşe", "İlçenin el ele vermesi ne güzel."),
                           ("Yeşilkonaklı_Rıza", "İnşallah yaz bitince de devam eder.")]),
    "de": dict(nav=["Lindgraben", "Dörfer im Sültetal", "Polizei und Gericht im Sültetal", "Schulen im Sültetal", "Sport in Lindgraben", "Freizeit im Sültetal", "Bekanntmachungen aus dem Sültetal"],
               cookie="Diese Nachrichtenseite aus dem Sültetal und ihre Partner speichern Cookies, um Ihre Einstellungen zu behalten, zu messen, welche Lindgrabener Artikel gelesen werden, und Werbung zu zeigen, die Lokaljournalismus finanziert. Entscheiden Sie, was Sie zulassen.",
               accept="Alle Sültetal-Cookies zulassen", reject="Sültetal-Cookies einstellen", share="Diesen Sültetal-Artikel teilen",
               related="Weiterlesen aus dem Sültetal", newsletter="Sültetal früh: die Schlagzeilen aus dem Tal bis 7 Uhr, montags bis freitags",
               subscribe="Sültetal früh bestellen", email="sie@sueltetal-frueh.example",
               comment_note="Jemand aus dem Sültetal-Newsroom prüft jeden Kommentar vor der Freischaltung. Bleiben Sie höflich und beim Tal.",
               closed="Die Kommentare zu diesem Sültetal-Artikel sind abgeschaltet.",
               footer=["Kontakt zum Sültetal-Newsroom", "Sültetal-Korrekturen und Klarstellungen", "Sültetal-Datenschutzhinweis", "Anzeigen im Sültetal", "Sültetal-Netiquette"],
               rights="Alle Texte und Bilder des Sültetal-Newsrooms gehören dem Verlag und dürfen ohne Erlaubnis nicht weiterverwendet werden.",
               commenters=[("Moosfelderin_Inge", "Schön, wie das Tal zusammenhält."),
                           ("Obertanner_Alois", "Hoffentlich hält das auch nach dem Sommer.")]),
    "fr": dict(nav=["Valbrézol", "Villages de l'Ardille", "Faits divers dans l'Ardille", "Écoles de l'Ardille", "Sport à Valbrézol", "Que faire dans l'Ardille", "Avis officiels de l'Ardille"],
               cookie="Ce site d'information de l'Ardille et ses partenaires enregistrent des cookies pour conserver vos réglages, mesurer les articles de Valbrézol lus et afficher les publicités qui financent le journalisme local. Décidez lesquels vous acceptez.",
               accept="Accepter tous les cookies de l'Ardille", reject="Régler mes cookies de l'Ardille", share="Partager cet article de l'Ardille",
               related="À lire encore dans l'Ardille", newsletter="L'Ardille au réveil : les titres de la vallée avant 7 heures, du lundi au vendredi",
               subscribe="Recevoir L'Ardille au réveil", email="vous@ardille-au-reveil.example",
               comment_note="Un membre de la rédaction de l'Ardille vérifie chaque commentaire avant sa publication. Restez courtois et parlez de la vallée.",
               closed="Les commentaires de cet article de l'Ardille sont désactivés.",
               footer=["Contacter la rédaction de l'Ardille", "Corrections et précisions de l'Ardille", "Politique de confidentialité de l'Ardille", "Annoncer dans l'Ardille", "Charte des commentaires de l'Ardille"],
               rights="Tous les textes et images de la rédaction de l'Ardille appartiennent à l'éditeur et ne peuvent être réutilisés sans autorisation.",
               commenters=[("Josette_de_Saint_Ivry", "Ça fait plaisir de voir la vallée se serrer les coudes."),
                           ("Valbrézolais_Rene", "Pourvu que ça dure après l'été.")]),
    "es": dict(nav=["Villarcillo", "Pueblos del Trebolar", "Sucesos del Trebolar", "Colegios del Trebolar", "Deportes en Villarcillo", "Qué hacer en el Trebolar", "Anuncios oficiales del Trebolar"],
               cookie="Esta web de noticias del Trebolar y sus socios guardan cookies para conservar tus ajustes, medir qué noticias de Villarcillo se leen y mostrar los anuncios que financian el periodismo local. Decide cuáles aceptas.",
               accept="Aceptar todas las cookies del Trebolar", reject="Configurar mis cookies del Trebolar", share="Comparte esta noticia del Trebolar",
               related="Sigue leyendo sobre el Trebolar", newsletter="El Trebolar al alba: los titulares de la comarca antes de las 7.00, de lunes a viernes",
               subscribe="Enviadme El Trebolar al alba", email="tu@trebolar-al-alba.example",
               comment_note="Alguien de la redacción del Trebolar revisa cada comentario antes de que aparezca. Sé respetuoso y habla de la comarca.",
               closed="Los comentarios de esta noticia del Trebolar están desactivados.",
               footer=["Contacta con la redacción del Trebolar", "Correcciones y aclaraciones del Trebolar", "Aviso de privacidad del Trebolar", "Publicidad en el Trebolar", "Normas de la comunidad del Trebolar"],
               rights="Todos los textos e imágenes de la redacción del Trebolar pertenecen al editor y no pueden reutilizarse sin permiso.",
               commenters=[("Reme_de_Las_Hontanillas", "Da gusto ver a la comarca arrimando el hombro."),
                           ("Villarcillero_Chema", "A ver si dura pasado el verano.")]),
    "ru": dict(nav=["Вересково", "Сёла вокруг Верескова", "Происшествия Верескова", "Школы Верескова", "Спорт Верескова", "Чем заняться в Верескове", "Официально о Верескове"],
               cookie="Этот новостной сайт Верескова и его партнёры сохраняют cookie, чтобы помнить ваши настройки, измерять, какие материалы о Верескове читают, и показывать рекламу, на которую живёт местная журналистика. Решите, что вы принимаете.",
               accept="Принять все cookie Верескова", reject="Настроить cookie Верескова", share="Поделиться материалом о Верескове",
               related="Читать ещё о Верескове", newsletter="«Вересково с утра»: главное о городе до 7:00 с понедельника по пятницу",
               subscribe="Присылайте «Вересково с утра»", email="vy@vereskovo-s-utra.example",
               comment_note="Сотрудник редакции Верескова проверяет каждый комментарий до публикации. Будьте вежливы и пишите о Верескове.",
               closed="Комментарии к этому материалу о Верескове отключены.",
               footer=["Связаться с редакцией Верескова", "Исправления и уточнения Верескова", "Политика конфиденциальности Верескова", "Реклама в Верескове", "Правила сообщества Верескова"],
               rights="Все тексты и снимки редакции Верескова принадлежат издателю и не могут использоваться без разрешения.",
               commenters=[("Тумановская_Валя", "Приятно видеть, как город держится вместе."),
                           ("Вересковский_Палыч", "Лишь бы и после лета так было.")]),
}

UI106 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp2, "BIO"): {"es": "{name} firma los reportajes de oficios de {site} desde Villarcillo. Propuestas e historias a oficios@tierrasdeltrebolar.example"},
    (mp4, "READMORE"): {"es": "MÁS DEL TORMAL:", "fr": "À LIRE AUSSI DANS L'ARDILLE :", "de": "MEHR AUS OBERTANN:"},  # fusion's and the others' inline link labels
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg's consent placeholder, chunks' and fusion's advert labels
    (mp3, "BROADCAST"): {"en": dict(watch="Watch the Tarnel Valley TV report:", fallback="This Tarnel Valley TV report won't play in your browser.",
                                    live="Tarnel Valley TV live", topics="More Tarnel Valley TV reports")},
    (mp5, "WIRE"): {"en": dict(agency="Tarnelvale News Agency", desk="Duty desk",
                               notice="Tarnelvale News Agency copy is supplied to subscribing titles only. It may not be passed on without a syndication agreement.",
                               related="Previously on this story from TNA")},
    (mp6, "QT"): {"en": dict(also="Also in the Gorsethorpe Courier")},
    (mp7, "SANITY"): {"de": dict(nl_title="Der Sülte-Kurier am Samstag", nl_text="Jeden Samstagmorgen das Wichtigste aus Lindgraben und den Ortsteilen in einer Mail.",
                                 nl_button="Samstagsmail bestellen", nl_placeholder="E-Mail für die Samstagsmail")},
    (mp87, "TEASERS"): {"en": TEASERS["en"]},  # the Odoo blog's "Read Next" card
    (mp14, "BLOGGER"): {"tr": dict(bio="Aşağıçamlık Mahalle Derneği yönetim kurulunun blogu.",
                                   comments=[("Hacer Teyze", "Allah razı olsun gençlerden, odunumuzu taşıdılar."),
                                             ("Oğuz Bayram", "Jeneratörü olan varsa muhtarlığa haber versin, lazım olabilir.")],
                                   desc="Aşağıçamlık Mahalle Derneği: duyurular, etkinlikler ve mahalleden haberler.",
                                   follow="Dernek duyurularını e-postayla alın:", follow_ph="Dernek duyuruları için e-posta adresiniz",
                                   follow_btn="Duyuru listesine yazıl")},
    (mp15, "TILDA"): {"ru": dict(nav=["Новости Верескова", "Туманово и сёла", "Наши репортажи", "Написать в «Вересково сегодня»"],
                                 by="Текст и фото редакции:", sub_title="Письмо «Вересково сегодня»",
                                 sub_text="Раз в неделю, по четвергам: всё, что случилось в Верескове и Туманове.",
                                 ph="Почта для четвергового письма", button="Хочу письмо по четвергам",
                                 ok="Осталось подтвердить подписку в письме, которое мы отправили.", share="Переслать материал «Вересково сегодня»",
                                 back="← Все материалы «Вересково сегодня»", about="«Вересково сегодня» — независимое городское издание, выходит с 2020 года.",
                                 cookie="«Вересково сегодня» использует cookie для статистики посещений и работы формы подписки.",
                                 cookie_ok="Согласен, закрыть")},
    (mp18, "WEEBLY"): {"tr": dict(bio=None, cats=["Okul bahçesi", "Etkinlikler"],
                                  commenters=[("Sevgi Öğretmen", "Çocuklarımızın emeğine sağlık, çok güzel olmuş!")],
                                  country="TR", currency="TRY",
                                  footer="Çınarbaşı İlkokulu Okul-Aile Birliği · Çınarbaşı Mahallesi, Okul Sokağı 3 · Yeşilkonak",
                                  form_button="Duyuru listesine ekleyin", form_text="Okul etkinlikleri ve veli toplantıları için ayda bir e-posta.",
                                  form_title="Okul-Aile Birliği duyuruları", free=True, heads="strong",
                                  nav=["Okulumuz", "Okul-Aile Birliği", "Okul bahçesi", "Okulumuzdan haberler", "Okul-Aile Birliğine ulaşın"],
                                  tld="com.tr")},
    (mp19, "UCOZ"): {"ru": dict(domain="ucoz.ru", slogan="Туманово: новости, объявления и фото нашего посёлка на Сеже",
                                menu=["Главная Туманова", "Новости Туманова", "Объявления тумановцев", "История Туманова", "Фотоальбом Туманова", "Написать на сайт Туманова"],
                                cats=["Новости Туманова", "Жизнь посёлка", "Объявления тумановцев"],
                                friends=["Тумановская основная школа", "Тумановский сельский клуб", "Вересковский лесхоз"],
                                footer="Сайт посёлка Туманово © 2026 · ведут жители по вечерам и в выходные",
                                poster="tumanovo_admin", tags=["баня", "инициативное бюджетирование"],
                                commenters=[("Зинаида_Туманово", "Пойду в пятницу первой, давно ждала."),
                                            ("Витёк_с_Лесной", "Могу помочь с дровами на следующую зиму, звоните.")],
                                style="p", heads="b")},
    (mp22, "NEWSPACK"): {"en": dict(
        about="The Tarnel Valley Record is an independent, reader-funded newsroom covering Gorsethorpe and the Tarnel valley villages since 2022.",
        about_title="About The Tarnel Valley Record",
        bio="{by} reports on the environment and rural affairs for The Tarnel Valley Record. Tell her what is happening on your patch.",
        commenters=[("Hedgerow Hannah", "Brilliant news. The cowslips on the Sallowmere road were stunning this spring."),
                    ("R. Gedling", "Fine in the country, but please keep the junctions cut so we can see.")],
        domain="tarnelvalleyrecord.org", donate_menu="Support the Record",
        donate_text="The Record is free to read because readers contribute. A donation of any size keeps our reporters in the valley.",
        donate_title="Keep the Tarnel valley informed", email="environment@tarnelvalleyrecord.org",
        footer_note="The Tarnel Valley Record is published by Tarnel Valley Journalism CIC, a not-for-profit community interest company.",
        gtag="G-WV6RCD42PQ", logo_id=88,
        menu=["Gorsethorpe News", "Around the Tarnel Villages", "Tarnel Valley Nature", "Gorsethorpe Council Watch", "Farms of the Tarnel", "Eating Out in the Tarnel Valley"],
        nl_text="Our free Tuesday and Friday email: the Tarnel valley stories that matter, in five minutes.",
        nl_title="The Record in your inbox",
        overlay_text="Over 8,000 people in the Tarnel valley read the Record each week. It is free to join them.",
        overlay_title="Don't miss a Tarnel valley story",
        popular_title="Most read in the Tarnel valley",
        prompt_name="Record mid-article ask spring 2026",
        related=["Gorsethorpe weir fish pass finally opens", "Ashcombe Parva farmers trial no-till barley",
                 "Tarnel valley hedgerow survey finds 40 miles of gaps", "Sallowmere quarry lake to become a nature reserve"],
        secondary=["The Record Team", "How the Record Is Funded", "Send the Record a Story", "Record Corrections"],
        social=["facebook", "instagram", "bluesky"],
        support_text="The Record is a community interest company; every donation goes into local reporting.",
        support_title="Back Local News",
        tagline="Independent news for Gorsethorpe and the Tarnel valley",
        tags=["verges", "pollinators", "Tarnel Valley District Council"],
        tiers=[("once", [10, 30, 75]), ("month", [4, 8, 20]), ("year", [40, 80, 200])])},
    (mp23, "CONTAO"): {"de": dict(
        article_id=143,
        commenters=[("Hiltrud S.", "Der kurz geschorene Rasen war nichts für Bienen, gut so.", "Danke, wir berichten im Sommer wieder von der Wiese."),
                    ("Friedhofsbesucher", "Hoffentlich sieht es im ersten Jahr nicht zu wild aus.", "")],
        cookie_text="Wir möchten gern zählen, welche Lindgrabener Artikel gelesen werden, und Karten sowie Videos externer Anbieter einbinden. Was geladen wird, entscheiden Sie.",
        cookie_title="Ihre Privatsphäre beim Lindgrabener Anzeiger",
        domain="www.lindgrabener-anzeiger.example",
        enclosure=[("lindgraben-blueht-programm.pdf", "Programm „Lindgraben blüht“: alle Flächen", "412,3 KiB")],
        events=[("2026-05-09", "09:30", "Pflanzenbörse auf dem Marktplatz Lindgraben"),
                ("2026-05-16", "14:00", "Führung über die Streuobstwiese Moosfeld"),
                ("2026-05-21", "19:30", "Sitzung des Gemeinderats im Rathaus Lindgraben")],
        events_title="Termine im Sültetal",
        footer_nav=["Redaktion des Anzeigers kontaktieren", "Anzeigen im Lindgrabener Anzeiger", "Abonnement des Anzeigers"],
        footer_text="© 2026 Lindgrabener Anzeiger · Sültetal Verlag GmbH · Bahnhofstraße 12, Lindgraben",
        matomo="stats.lindgrabener-anzeiger.example",
        media_cookie="Eingebundene Videos und Karten aus dem Sültetal",
        media_cookie_desc="Videos und Karten anderer Anbieter werden erst nach Ihrer Zustimmung geladen.",
        media_desc="Eingebettete Inhalte anderer Anbieter sehen Sie erst nach Ihrer Freigabe.",
        media_group="Inhalte Dritter", media_provider="Drittanbieter",
        nav=["Lindgraben", "Moosfeld und Obertann", "Schulen und Kitas in Lindgraben", "Vereinsleben im Sültetal", "Sport im Sültetal", "Kultur im Sültetal", "Polizeibericht Sültetal", "Leserbriefe an den Anzeiger"],
        news_id=812, newsletter_id=7, newslist_title="Mehr Meldungen aus Lindgraben",
        nl_text="Jeden Freitag die Woche im Sültetal per Mail, kostenlos und mit einem Klick abbestellbar.",
        nl_title="Der Sülte-Freitag", page_id=21,
        slogan="Nachrichten für Lindgraben und das Sültetal",
        stats_cookie="Zugriffsstatistik",
        stats_cookie_desc="Zählt wiederholte Besuche mit zwei Cookies; IP-Adressen werden gekürzt.",
        stats_desc="Wir messen ohne Werbung, welche Artikel aus dem Sültetal gelesen werden.",
        stats_group="Lesestatistik des Anzeigers", stats_provider="Sültetal Verlag GmbH")},
    (mp24, "SPIP"): {"fr": dict(
        agenda=[("2026-04-04", "Bourse aux plantes de la médiathèque de Valbrézol"), ("2026-04-10", "Pot de départ au bibliobus"),
                ("2026-04-18", "Randonnée des hameaux au départ des Prés-Hauts")],
        agenda_title="Prochainement autour de Valbrézol",
        article_id=3381, author_id=14,
        colophon="La Gazette de l'Ardille, journal associatif en ligne · Maison des associations, 6, place du Foirail, Valbrézol-sur-Ardille",
        commenters=[("Merci Josiane", "Marinette B.", "Vingt ans de passages aux Prés-Hauts, et jamais un retard. Bonne retraite !",
                     [("Réponse", "Josiane", "Merci Marinette, je passerai vous voir sans le camion.")]),
                    ("Et après ?", "Paul", "Qui va conduire le bibliobus maintenant ? J'espère que les tournées continuent.", [])],
        doc_id=4512,
        docs=[("tournees-bibliobus-2026.pdf", "Les tournées du bibliobus en 2026", "96,4 kio")],
        domain="www.gazette-ardille.example", forum_id=5127,
        keywords=["bibliobus", "Les Prés-Hauts", "lecture publique"],
        nav=["Actualité de Valbrézol", "Les hameaux de l'Ardille", "Portraits de l'Ardille", "Patrimoine de l'Ardille", "Sports et loisirs à Valbrézol", "Vie des associations de l'Ardille", "Écrire à la Gazette de l'Ardille"],
        nl_text="Chaque mardi, les nouvelles de Valbrézol et des hameaux de l'Ardille dans votre boîte.",
        nl_title="La lettre de la Gazette de l'Ardille",
        rubrique_id=8,
        see_online=("La médiathèque de Valbrézol", "https://mediatheque-valbrezol.example/"),
        slogan="Valbrézol-sur-Ardille et ses hameaux, racontés par leurs habitants")},
    (mp76, "JIMDO_SITES"): {"Stennings Cross Village Association": dict(
        host="www.stennings-cross.example", colour="#2f5d62", template="dm_grandview", wid="s7a21e4c05b98d3f1",
        tagline="News and notices from Stennings Cross, put together by the village association",
        nav=["Stennings Cross home", "Stennings Cross news", "Stennings Lane campaign", "Events in Stennings Cross", "Stennings Cross village hall", "Join the Stennings Cross association"],
        sub_nav=["Association committee minutes", "Stennings Cross noticeboard"],
        recent="Latest from Stennings Cross",
        side_head="About the village association",
        side_text="The Stennings Cross Village Association runs the hall, the summer show and this website, all with volunteers.",
        grid=["Hall bookings: 01632 960 552", "Chair: Mr D. Ashworth, 2 Pound Cottages"],
        tags=["Stennings Lane", "a footway for Stennings Lane", "Stennings Cross hall"],
        footer="Stennings Cross Village Association, a registered charity run by volunteers from the village.")},
    (mp65, "KENTICO"): {"Ville de Valbrézol-sur-Ardille": dict(
        banner="La Ville de Valbrézol-sur-Ardille dépose des cookies indispensables au site et, si vous l'acceptez, des cookies de statistiques pour améliorer ses services.",
        contact=("Contacter la mairie", "Une question sur une actualité de Valbrézol ? Écrivez au service communication de la mairie.", "05 65 00 41 00", "communication@valbrezol.example"),
        copyright="© 2026 Ville de Valbrézol-sur-Ardille · Hôtel de ville, place de l'Hôtel-de-Ville, Valbrézol-sur-Ardille",
        domain="www.valbrezol-sur-ardille.example",
        footer=[("La mairie de Valbrézol", [("Horaires de la mairie de Valbrézol", "/mairie/horaires"), ("Écrire à Monsieur le maire", "/mairie/ecrire"), ("Comptes rendus du conseil municipal", "/mairie/conseil")]),
                ("Démarches à Valbrézol", [("Carte d'identité et passeport à Valbrézol", "/demarches/identite"), ("Voirie et stationnement", "/demarches/voirie")]),
                ("Valbrézol en ligne", [("Plan de Valbrézol et des hameaux", "/plan"), ("Le magazine municipal", "/magazine")])],
        form_consent="J'accepte de recevoir Valbrézol Infos et de me désinscrire quand je le souhaite.",
        form_text="Chaque mois, l'actualité de Valbrézol et de ses hameaux : travaux, démarches, animations.",
        form_title="Valbrézol Infos",
        logo="Ville de Valbrézol-sur-Ardille – retour à l'accueil",
        menu=[("Découvrir Valbrézol", "/ma-ville"), ("Démarches en ligne", "/demarches"), ("Vivre à Valbrézol", "/vivre"), ("Agenda de l'Ardille", "/agenda"), ("Travaux et projets", "/projets"), ("Conseil municipal de Valbrézol", "/mairie")],
        site_code="Valbrézol",
        social=[("Facebook", "https://www.facebook.com/villedevalbrezol"), ("Instagram", "https://www.instagram.com/valbrezol_ardille"), ("LinkedIn", "https://www.linkedin.com/company/ville-de-valbrezol")],
        tags=["route de Saint-Ivry", "sécurité routière", "piétons"])},
    (mp86, "ORCHARD_SITES"): {"Ayuntamiento de Villarcillo del Trebolar": dict(
        host="www.villarcillodeltrebolar.es", path="noticias", theme="thetheme", ctype="Noticia", ga="G-VT7RM41N2C",
        staff=["prensa.villarcillo", "web.ayto", "alcaldia.vt"],
        nav=["El Ayuntamiento de Villarcillo", "Sede electrónica", "Noticias de Villarcillo", "Turismo en el Trebolar", "Deportes y juventud en Villarcillo", "Escribe al Ayuntamiento de Villarcillo"],
        related="Más noticias municipales de Villarcillo",
        feedback="¿Te ha resultado útil esta información de Villarcillo?", feedback_yes="Sí, me ha servido", feedback_no="No, faltaban datos",
        nl_title="Villarcillo al día", nl_text="Los viernes, los bandos, actividades y noticias del Ayuntamiento de Villarcillo en tu correo.",
        nl_label="Correo para recibir Villarcillo al día", nl_placeholder="Tu correo para Villarcillo al día", nl_button="Apuntarme a Villarcillo al día",
        footer="© 2026 Ayuntamiento de Villarcillo del Trebolar · Plaza Mayor, 1 · Información municipal 923 000 400",
        footer_links=["Aviso legal de Villarcillo", "Privacidad en la web municipal de Villarcillo", "Accesibilidad de la web de Villarcillo", "Cookies de la web de Villarcillo"],
        cookie="La web del Ayuntamiento de Villarcillo del Trebolar usa cookies técnicas y, solo si lo permites, cookies para medir las visitas.",
        cookie_accept="Permitir las cookies de medición", cookie_link="Consultar la política de cookies de Villarcillo")},
    (mp87, "ODOO_SITES"): {"Little Wyvering Chronicle": dict(
        host="littlewyveringchronicle.example", colour="#5a3e2b", logo="little-wyvering-chronicle", phone="01632 960 874",
        email="editor@littlewyveringchronicle.example", blog_id=1,
        blog="Chronicle stories",
        menu=["Chronicle news", "Little Wyvering and Sallowmere", "The Chronicle diary", "Wyvering clubs and societies", "The Chronicle volunteers"],
        cta="Send the Chronicle your news",
        about_head="What is the Chronicle?",
        about="The Little Wyvering Chronicle is a village news website written by a handful of neighbours in Little Wyvering and Sallowmere.",
        links_head="Chronicle odds and ends",
        links=["Join the Chronicle's volunteers", "Write something for the Chronicle", "The Chronicle's small print", "The Chronicle and your data"],
        contact="Email the Chronicle volunteers",
        nl_title="The Chronicle on Sunday", nl_text="A short email every Sunday with the week's news from Little Wyvering and Sallowmere.",
        cookie_text="The Chronicle uses cookies to count visitors and to keep contributors logged in. Nothing is shared with anyone else.",
        copyright="Copyright © Little Wyvering Chronicle")},
    (mp92, "SV_SITES"): {"Gorsethorpe Town Council": dict(
        host="www.gorsethorpe-tc.example", lang="en", site_id="2.4e7b19d0c6a3f8e2b1", node="4e7b19d0c6a3f8e2b1",
        colour="#3b4a1f", logo="gorsethorpe-tc-logo.svg", decoration="faktaruta", siteimprove="6120584",
        top_links=["Contact Gorsethorpe Town Council", "Gorsethorpe in other languages", "Easy read pages"],
        nav=["Living in Gorsethorpe", "The town centre", "Markets", "Parks and open spaces", "Events and culture", "Councillors and meetings"],
        crumbs=["Gorsethorpe Town Council home", "The town centre", "Town centre news"], news_path="/the-town-centre/town-centre-news",
        related_title="More about the market hall", related=["Renting a market stall", "Market hall opening hours", "History of the market hall"],
        aside_title="Contact the market hall office", aside=["Market Hall, Sheep Street, Gorsethorpe", "01632 960 330", "markethall@gorsethorpe-tc.example"],
        most_read="", feedback="Was this Gorsethorpe council page helpful?", owner="Page owner: Markets team, Gorsethorpe Town Council",
        footer=[("Gorsethorpe Town Council", ["The Guildhall, Bridge Street", "Gorsethorpe KB3 2WE", "Main number 01632 960 300"]),
                ("Guildhall opening hours", ["Monday to Friday 9am to 4pm", "Closed on bank holidays"])],
        footer_links=["Gorsethorpe council website accessibility", "Cookies on the Gorsethorpe council website", "How Gorsethorpe council uses your data", "Ask Gorsethorpe council for information"],
        cookie="Gorsethorpe Town Council uses essential cookies to run this website. With your consent we would also like to set analytics cookies to understand how it is used.")},
}
# the keys of those sites that are not wordings (a domain, colours, file names, ids, codes and markup choices)
SITE_EXEMPT = {"host", "palette", "colour", "color", "logo", "domain", "style", "heads", "gtag", "footer_id", "header_id", "kit",
               "single_id", "country", "currency", "free", "tld", "phone", "email", "blog_id", "template", "wid", "site_code",
               "social", "site_id", "path", "theme", "ctype", "ga", "staff", "lang", "node", "decoration", "siteimprove",
               "news_path", "matomo", "article_id", "news_id", "newsletter_id", "page_id", "author_id", "doc_id", "forum_id",
               "rubrique_id", "logo_id", "tiers"}

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
# the new layout: a story published as a Telegraph page (telegra.ph, Telegram's minimal publishing tool) by the
# Telegram channel a local newsroom uses for its stories -- an English town's news channel (Gorsethorpe Now) and a
# Russian town's (Вересковские новости).  The page is what telegra.ph serves for a published page: the head (the
# title "headline – Telegraph", the charset, the viewport and the mobile metas -- format-detection, X-UA-Compatible,
# MobileOptimized, HandheldFriendly, robots --, the Open Graph metas (og:type article, og:title, og:description with
# the first words of the text, og:image with the first picture, og:site_name "Telegraph", article:published_time,
# article:modified_time, article:author) and the Twitter card metas, the canonical and shorturl links (the page's
# address: the headline transliterated and hyphenated, then the month and day), the two favicons, quill.core.min.css
# and core.min.css); the body: div.tl_page_wrap > div.tl_page > main.tl_article with the header
# (header.tl_article_header: the h1 title and the address line -- the author link to the channel's t.me address,
# then the <time> of publication, the two joined by an HTML comment as Telegraph writes them --), the article
# (article#_tl_editor.tl_article_content: the editor's copy of the title and author, an h1 and an address with a
# trailing <br> that the style sheet hides, then the page's content as one line of the editor's elements: <p>, <h3>
# and <h4> with ids made from their text, <blockquote>, <aside>, <figure> with <img> and <figcaption>, <ul> and
# <ol>), the editor's tooltips and block buttons (#_tl_link_tooltip, #_tl_tooltip with the bold / italic / link /
# header / subheader / quote buttons and the link prompt, #_tl_blocks with the image and embed buttons), the
# aside.tl_article_buttons with the Edit and Publish buttons and the error message; the tl_page_footer with "Report
# content on this page"; the report popup (div.tl_popup#_report_popup: the "Report Page" form with the reasons --
# Violence, Child Abuse, Copyright, Illegal Drugs, Personal Details, Other --, the comment field, the DMCA line with
# its mailto link, Cancel and Report); and the scripts: the inline "var T={...}" configuration (apiUrl,
# uploadEnabled, datetime, pageId, editable) with the small function that writes the date into the <time>, the
# jQuery, jquery.selection, autosize, load-image, quill and core bundles, and the t.me "_websync_" script.
# Telegraph's interface is in English whatever the language of the page (TG_CORE, left as Telegraph ships it and
# not checked); the channels' own strings (TG_SITES: the channel's name and address; the story's "tg" field) are.
# What the poster pasted among the paragraphs (residue) goes through Telegraph's own cleaning: only the editor's
# elements survive (TG_ALLOWED), without their classes, a <div>, <span>, <small>, <time> or <button> is unwrapped and
# loose text set in a <p>, and an <h2>, <h5> or <h6> becomes an <h4> -- so pasted boxes arrive as bare paragraphs,
# headings, lists and links.  No table and no definition list survives the editor, so the new families' table and
# card are not placed on a Telegraph page (verify() checks it).
# --------------------------------------------------------------------------
TG_CORE = dict(edit="Edit", publish="Publish", report="Report content on this page", report_title="Report Page",
               reasons=[("violence", "Violence"), ("childabuse", "Child Abuse"), ("copyright", "Copyright"),
                        ("illegal_drugs", "Illegal Drugs"), ("personal_details", "Personal Details"), ("other", "Other")],
               comment="Add Comment\u2026", dmca="Please submit your DMCA takedown request to", cancel="Cancel",
               submit="Report", site_name="Telegraph",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"])
TG_SITES = {
    "Gorsethorpe Now": dict(lang="en", channel="gorsethorpenow"),
    "Вересковские новости": dict(lang="ru", channel="vereskovo_news"),
}
TG_EXEMPT = {"lang", "channel"}
TG_LOOKS = ("bold", "italic", "br")
TG_ALLOWED = {"a", "aside", "b", "blockquote", "br", "code", "em", "figcaption", "figure", "h3", "h4", "hr", "i", "img",
              "li", "ol", "p", "pre", "s", "strong", "u", "ul"}
TG_BLOCK = ("<p>", "<h3", "<h4", "<ul>", "<ol>", "<blockquote>", "<aside>", "<figure>", "<hr>")
TG_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                       ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                        "u", "f", "h", "c", "ch", "sh", "shch", "", "y", "", "eh", "yu", "ya"]))


def tg_path(title, iso):
    """The page's address as Telegraph makes it: the title transliterated, words joined by hyphens, then MM-DD."""
    t = "".join((TG_TRANSLIT[ch.lower()].capitalize() if ch.isupper() else TG_TRANSLIT[ch])
                if ch.lower() in TG_TRANSLIT else ch for ch in title)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", t)
    return "-".join(words)[:90].strip("-") + "-" + iso[5:7] + "-" + iso[8:10]


def tg_id(text):
    """The id Telegraph gives a heading: its text with the spaces turned into hyphens."""
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", text).strip())


def tg_clean(snippet):
    """What Telegraph's editor keeps of pasted markup: its own elements without attributes (a link keeps its href,
    an image its src), the rest unwrapped, headings other than h3 / h4 as h4, loose text in a <p>."""
    s = re.sub(r"<(/?)(h2|h5|h6)\b[^>]*>", r"<\1h4>", snippet)
    assert not re.search(r"<(table|dl)\b", s), snippet

    def tag(m):
        close, name, attrs = m.group(1), m.group(2).lower(), m.group(3) or ""
        if name not in TG_ALLOWED:
            return ""
        if close:
            return "</%s>" % name
        keep = ""
        if name == "a":
            h = re.search(r'href="([^"]*)"', attrs)
            keep = ' href="%s"' % h.group(1) if h else ""
        elif name == "img":
            h = re.search(r'src="([^"]*)"', attrs)
            keep = ' src="%s"' % h.group(1) if h else ""
        return "<%s%s>" % (name, keep)
    s = re.sub(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b([^>]*)>", tag, s).strip()
    # an <aside> holds a line of text only: one around a list or paragraphs is dropped
    s = re.sub(r"<aside>\s*(<(?:p|ul|ol|h3|h4)>.*?)</aside>", r"\1", s, flags=re.S)
    # headings get their ids as the editor gives them
    s = re.sub(r"<(h[34])>(.*?)</\1>", lambda m: '<%s id="%s">%s</%s>' % (
        m.group(1), A(tg_id(re.sub(r"<[^>]+>", "", m.group(2)))), m.group(2), m.group(1)), s)
    if not s.startswith(TG_BLOCK):
        s = "<p>%s</p>" % s
    return s


def tg_block(kind, val):
    if kind == "p":
        return "<p>%s</p>" % mp.inline_html(val)
    if kind == "h":
        return '<h3 id="%s">%s</h3>' % (A(tg_id(val)), E(val))
    if kind == "q":
        return "<blockquote>%s</blockquote>" % mp.inline_html(val)
    return "<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind)


def tpl_telegraph(art, ui, site, placed, rng):
    c, s = TG_CORE, TG_SITES[site]
    tg = art["tg"]
    path = tg_path(art["title"], art["date"])
    url = "https://telegra.ph/" + path
    hh, mm = rng.randint(6, 21), rng.randint(0, 59)
    iso = "%sT%02d:%02d:%02d+0000" % (art["date"], hh, mm, rng.randint(0, 59))
    mod = "%sT%02d:%02d:%02d+0000" % (art["date"], min(23, hh + rng.choice([0, 1, 2])), rng.randint(0, 59), rng.randint(0, 59))
    y, m, d = (int(x) for x in art["date"].split("-"))
    shown = "%s %02d, %d" % (c["months"][m - 1], d, y)
    stamp = int((datetime.datetime(y, m, d, hh, mm) - datetime.datetime(1970, 1, 1)).total_seconds())
    blocks, n = art["blocks"], len(art["blocks"])
    img = "/file/%s.jpg" % "".join(rng.choice("0123456789abcdef") for _ in range(20))
    parts = []
    if art.get("caption"):  # the picture the poster put at the top, with its caption
        parts.append("<figure><img src=\"%s\"><figcaption>%s</figcaption></figure>" % (img, E(art["caption"])))
    for i in range(n + 1):
        parts.extend(tg_clean(x) for x in placed.get(i, []))
        if i < n:
            parts.append(tg_block(*blocks[i]))
    author = '<a href="https://t.me/%s" target="_blank">%s</a>' % (s["channel"], E(tg["author"]))
    content = ("<h1>%s<br></h1><address>%s<br></address>" % (E(art["title"]), author)) + "".join(parts)
    first = mp.inline_text(next(v for k, v in art["truth_blocks"] if k == "p"))
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "\u2026"
    og_img = ("https://telegra.ph" + img) if art.get("caption") else ""
    page_id = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    ver = rng.randint(40, 70)
    reasons = "\n".join('''            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="%s">
              <span class="tl_radio_item_label">%s</span>
            </label>''' % (v, E(t)) for v, t in c["reasons"])
    mail = "mailto:dmca@telegram.org?subject=Report%%20to%%20Telegraph%%20page%%20%%22%s%%22%%20(%s)&body=Reported%%20page%%3A%%20https%%3A%%2F%%2Ftelegra.ph%%2F%s%%0A%%0A%%0A" % (
        quote(art["title"]), path, path)
    tjs = json.dumps({"apiUrl": "https://edit.telegra.ph", "uploadEnabled": False, "datetime": stamp, "pageId": page_id,
                      "editable": True}, separators=(",", ":")).replace("/", "\\/")
    return f'''<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{E(art["title"])} – {c["site_name"]}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{A(art["title"])}">
    <meta property="og:description" content="{A(desc)}">
    <meta property="og:image" content="{og_img}">
    <meta property="og:site_name" content="{c["site_name"]}">
    <meta property="article:published_time" content="{iso}">
    <meta property="article:modified_time" content="{mod}">
    <meta property="article:author" content="{A(tg["author"])}">
    <meta name="twitter:card" content="{"summary_large_image" if og_img else "summary"}">
    <meta name="twitter:title" content="{A(art["title"])}">
    <meta name="twitter:description" content="{A(desc)}">
    <meta name="twitter:image" content="{og_img}">
    <link rel="canonical" href="{url}" />
    <link rel="shorturl" href="{url}" />
    <link rel="icon" type="image/png" href="/images/favicon.png?1" sizes="16x16">
    <link rel="icon" type="image/png" href="/images/favicon_2x.png?1" sizes="32x32">
    <link href="/css/quill.core.min.css" rel="stylesheet">
    <link href="/css/core.min.css?{ver}" rel="stylesheet">
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{E(art["title"])}</h1>
            <address>
              <a rel="author" href="https://t.me/{s["channel"]}" target="_blank">{E(tg["author"])}</a><!--
           --><time datetime="{iso}">{shown}</time>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content">{content}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip">
            <div class="buttons">
              <span class="button_hover"></span>
              <span class="button_group"><!--
             --><button id="_bold_button"></button><!--
             --><button id="_italic_button"></button><!--
             --><button id="_link_button"></button><!--
           --></span><!--
           --><span class="button_group"><!--
             --><button id="_header_button"></button><!--
             --><button id="_subheader_button"></button><!--
             --><button id="_quote_button"></button><!--
           --></span>
            </div>
            <div class="prompt">
              <span class="close"></span>
              <div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div>
            </div>
          </div>
          <div id="_tl_blocks" class="tl_blocks">
            <div class="buttons">
              <button id="_image_button"></button><!--
           --><button id="_embed_button"></button>
            </div>
          </div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">{c["edit"]}</button><!--
         --><button id="_publish_button" class="button publish_button">{c["publish"]}</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
          <div class="tl_page_footer">
      <div id="_report_button" class="report_button">{c["report"]}</div>
    </div>
    </div>
      <div class="tl_popup tl_popup_hidden" id="_report_popup">
    <main class="tl_popup_body tl_report_popup">
      <form id="_report_form" method="post">
        <section>
          <h2 class="tl_popup_header">{c["report_title"]}</h2>
          <div class="tl_radio_items">
{reasons}
          </div>
          <div class="tl_textfield_item tl_comment_field">
            <input type="text" class="tl_textfield" name="comment" value="" placeholder="{c["comment"]}">
          </div>
          <div class="tl_copyright_field">
            {c["dmca"]} <a href="{mail}" target="_blank">dmca@telegram.org</a>
          </div>
        </section>
        <aside class="tl_popup_buttons">
          <button type="reset" class="button" id="_report_cancel">{c["cancel"]}</button>
          <button type="submit" class="button submit_button">{c["submit"]}</button>
        </aside>
      </form>
    </main>
  </div>
    
    <script>var T={tjs};(function(){{var b=document.querySelector('time');if(b&&T.datetime){{var a=new Date(1E3*T.datetime),d='January February March April May June July August September October November December'.split(' ')[a.getMonth()],c=a.getDate();b.innerText=d+' '+(10>c?'0':'')+c+', '+a.getFullYear()}}}})();</script>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?{ver + rng.randint(10, 20)}"></script>
    <script async src="https://t.me/_websync_?path={quote(path)}&hash={"".join(rng.choice("0123456789abcdef") for _ in range(18))}"></script>
  </body>
</html>
'''


def render_inline(tpl, val):
    return mp.inline_html(val)  # (the poster's text and the earlier layouts used here set inline text as make_pages does)

# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"telegraph": ["title", "caption"]}  # (the editor's hidden copy of the title and author at the top
# of the article element, and the picture with its caption the poster put first)
for _mod, _names in ((mp3, ["drupal", "broadcaster"]), (mp5, ["wire"]), (mp6, ["quintype"]), (mp22, ["newspack"]),
                     (mp76, ["jimdo"]), (mp92, ["sitevision"]), (mp87, ["odoo"]), (mp14, ["blogger"]), (mp18, ["weebly"]),
                     (mp2, ["nextjs", "magazine"]), (mp7, ["sanity"]), (mp4, ["gutenberg", "chunks", "fusion"]),
                     (mp23, ["contao"]), (mp24, ["spip"]), (mp65, ["kentico"]), (mp86, ["orchardcore"]),
                     (mp19, ["ucoz"]), (mp15, ["tilda"])):
    for _n in _names:
        if getattr(_mod, "TEMPLATE_FAMILIES", {}).get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "phonecharging", "beehotels", "hivis"]
NEW_FAMILIES = ["phonecharging", "beehotels", "hivis"]
# what an earlier docstring would say if it had described one of them (the names, and the descriptions this part
# gives them)
NEW_FAMILY_WORDS = {"phonecharging": ["phonecharging", "phone charging", "phone-charging", "charging point", "şarj noktası",
                                      "зарядка телефонов", "зарядки телефонов"],
                    "beehotels": ["beehotels", "bee hotel", "bee-hotel", "insektenhotel", "böcek oteli", "insect house"],
                    "hivis": ["hivis", "hi-vis", "hi vis", "reflective band", "reflektorb", "warnwesten-aktion",
                              "gilets haute visibilité", "gilet haute visibilité"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = list(NEW_FAMILIES)
# families a small site (a neighbourhood association's blog, a school's parents' association, a village website)
# would not carry (no newsroom to credit a photograph to, to update a story or to have reporters, no adverts, app or
# paywall)
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print", "photo",
                      "updated", "related", "continue"}
# what a newsroom's channel posting on Telegraph would not paste into a page: there is no page furniture of its own
# to carry (no consent, adverts, app, alerts, comments, ratings, tools, polls or reading time); what it pastes is the
# channel's own lines (a share or follow line, credits, a tip line, a section tag, a "read also", a copyright line,
# an update stamp, an embed, a newsletter pitch)
NOT_ON_CHANNEL = {"cookie", "ad", "app", "audio", "push", "typo", "comments", "readtime", "feedback", "continue",
                  "bookmark", "print", "poll", "standards", "bio", "topics"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "channel": NOT_ON_CHANNEL}
# of a family, only these wordings on a kind of site (none in this part)
KIND_WORDING = {}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), definition lists and tables
STYLES = {
    "cookie": ['<div class="embed-consent-w106"><p class="embed-consent-w106__txt">%s</p><button class="embed-consent-w106__on" type="button">Switch on</button></div>',
               '<p class="media-off-w106">%s</p>', '<div><small>%s</small></div>'],
    "newsletter": ['<div class="weekender-w106"><p class="weekender-w106__pitch">%s</p><a class="weekender-w106__join" href="/newsletters/weekender">Join</a></div>',
                   '<p class="meter-note-w106">%s</p>', '<h5 class="weekender-line-w106">%s</h5>'],
    "share": ['<ul class="spread-word-w106">{items}</ul>', '<div class="spread-bar-w106">%s</div>', '<p><a href="#spread">%s</a></p>'],
    "photo": ['<p class="reader-shot-w106">%s</p>', '<span class="reader-shot-tag-w106">%s</span>', '<div><small><i>%s</i></small></div>'],
    "copyright": ['<p class="no-reprint-w106">%s</p>', '<div class="reprint-rules-w106"><small>%s</small></div>', '<p><small><em>%s</em></small></p>'],
    "section": ['<p class="valley-crumb-w106">%s</p>', '<h6 class="valley-kicker-w106">%s</h6>', '<div><b>%s</b></div>'],
    "symbol": ['<p class="flower-rule-w106">%s</p>', '<div class="leaf-break-w106">%s</div>', '<p style="text-align:center">%s</p>'],
    "credit": ['<p class="team-credit-w106">%s</p>', '<div class="extra-hands-w106">%s</div>', '<p><i>%s</i></p>'],
    "title": ['<p class="head-echo-w106"><strong>%s</strong></p>', '<h2 class="head-repeat-w106">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-slot-w106">%s</div>', '<p class="resumes-after-w106">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="read-on-w106"><a href="#more">%s</a></p>', '<div class="expand-story-w106">%s</div>', '<div><a href="#more"><strong>%s</strong></a></div>'],
    "comments": ['<p class="had-say-w106"><a href="#comments">%s</a></p>', '<div class="say-count-w106">%s</div>', '<p><a href="#reply">%s</a></p>'],
    "readtime": ['<p class="read-length-w106">%s</p>', '<span class="read-length-chip-w106">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-w106"><time>%s</time></p>', '<div class="amend-stamp-w106">%s</div>', '<p><em>%s</em></p>'],
    "audio": ['<div class="listen-strip-w106"><button class="listen-strip-w106__play" type="button" aria-label="Play"></button><span class="listen-strip-w106__txt">%s</span></div>',
              '<p class="listen-line-w106"><a href="#listen">%s</a></p>', '<div><a href="#listen">%s</a></div>'],
    "correction": ['<aside class="put-straight-w106"><p>%s</p></aside>', '<p class="fixed-note-w106"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "app": ['<div class="pocket-app-w106"><p class="pocket-app-w106__txt">%s</p><a class="pocket-app-w106__get" href="/app">Get the app</a></div>',
            '<p class="pocket-line-w106">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="byline-card-w106"><p class="byline-card-w106__txt">%s</p></div>', '<p class="byline-note-w106"><em>%s</em></p>', '<div><small>%s</small></div>'],
    "tip": ['<div class="seen-something-w106"><p>%s</p></div>', '<p class="message-us-w106">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="found-error-w106"><p>%s</p></div>', '<p class="highlight-report-w106">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="device-alerts-w106"><p class="device-alerts-w106__ask">%s</p></div>', '<ul class="device-alerts-opts-w106">{items}</ul>', '<div><strong>%s</strong></div>'],
    "print": ['<ul class="save-tools-w106">{items}</ul>', '<p class="save-line-w106">%s</p>', '<div><a href="?format=print">%s</a></div>'],
    "feedback": ['<div class="useful-w106"><p class="useful-w106__q">%s</p></div>', '<ul class="useful-opts-w106">{items}</ul>', '<div><small>%s</small></div>'],
    "standards": ['<div class="editors-code-w106"><p>%s</p></div>', '<p class="complain-here-w106"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="tagged-w106"><span class="tagged-w106__txt">%s</span></div>', '<ul class="tagged-list-w106">{items}</ul>', '<div><small>%s</small></div>'],
    "bookmark": ['<div class="read-later-w106"><a class="read-later-w106__a" href="#save">%s</a></div>', '<p class="read-later-line-w106"><a href="#save">%s</a></p>',
                 '<div><a href="#save">%s</a></div>'],
    "poll": ['<div class="valley-vote-w106"><p class="valley-vote-w106__q">%s</p><button class="valley-vote-w106__go" type="button">Vote</button></div>',
             '<ul class="valley-vote-opts-w106">{items}</ul>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/W{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/W{k}/" target="_blank">%s</a></blockquote>',
              '<div class="clip-facade-w106"><a class="clip-facade-w106__a" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    # the three families new in this part ({phonelist}: the charging points, then cables, who runs them and how
    # long, as a list; {phonerows}: the points as a table; {phonedl}: cables, who and how long as a definition list;
    # {beelist}, {beerows}, {beedl}: the collection points, and what is in the kit, where to site it, workshops,
    # while stocks last; {hivislist}, {hivisrows}, {hivisdl}: where to collect, and who can have one, sizes, how to
    # wear it)
    "phonecharging": ['<div class="plug-in-w106"><h4 class="plug-in-w106__hd">%s</h4><ul class="plug-in-w106__list">{phonelist}</ul></div>',
                      '<div class="plug-points-w106"><p class="plug-points-w106__hd"><strong>%s</strong></p><table class="plug-points-w106__tbl">{phonerows}</table></div>',
                      '<p class="plug-find-w106"><a class="plug-find-w106__a" href="/power-cut/charging">%s</a></p>',
                      '<div class="plug-card-w106"><h5 class="plug-card-w106__hd">%s</h5><dl class="plug-card-w106__dl">{phonedl}</dl></div>'],
    "beehotels": ['<aside class="bee-kit-w106"><h4 class="bee-kit-w106__hd">%s</h4><ul class="bee-kit-w106__list">{beelist}</ul></aside>',
                  '<div class="bee-points-w106"><p class="bee-points-w106__hd"><b>%s</b></p><table class="bee-points-w106__tbl">{beerows}</table></div>',
                  '<p class="bee-claim-w106"><a class="bee-claim-w106__btn" role="button" href="/bocek-oteli">%s</a></p>',
                  '<div class="bee-card-w106"><h5 class="bee-card-w106__hd">%s</h5><dl class="bee-card-w106__dl">{beedl}</dl></div>'],
    "hivis": ['<div class="be-seen-w106"><h4 class="be-seen-w106__hd">%s</h4><ul class="be-seen-w106__list">{hivislist}</ul></div>',
              '<div class="vest-points-w106"><p class="vest-points-w106__hd"><strong>%s</strong></p><table class="vest-points-w106__tbl">{hivisrows}</table></div>',
              '<p class="vest-ask-w106"><a class="vest-ask-w106__btn" role="button" href="/warnwesten">%s</a></p>',
              '<div class="vest-card-w106"><h5 class="vest-card-w106__hd">%s</h5><dl class="vest-card-w106__dl">{hivisdl}</dl></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a section tag at the start
# of the first one): family -> (chance, markups); the new families' links only where "run_in" asks for it
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small>— %s</small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/weekender"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#spread">%s</a>']),
          "section": (0.5, ['<b>%s</b> – ']),
          "phonecharging": (0.0, ['<br><a href="https://vereskovo-news.example/zaryadka"><strong>%s</strong></a>']),
          "beehotels": (0.0, [' <a href="/bocek-oteli"><b>%s</b></a>']),
          "hivis": (0.0, ['<br><a class="btn" href="/warnwesten"><b>%s</b></a>'])}
# of a family run into the text, only this wording
INLINE_WORDING = {"newsletter": 0, "section": 0, "phonecharging": 2, "beehotels": 2, "hivis": 2}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media", "btn"}
CAPTION_STYLES = ['<figure class="pasted-pic-w106"><img src="/media/{id}-extra.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<p><img src="/media/{id}-pic.jpg" alt="" width="640"><br><small>{cap} · {cr}</small></p>']
RELATED_STYLES = ['<div class="along-tarnel-w106"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="more-valley-w106"><p class="more-valley-w106__hd">%s</p><ul>%s</ul></aside>',
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
    if "{phone" in style:
        out = (out.replace("{phonelist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in PHONE_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in PHONE_INFO[lang]))
               .replace("{phonerows}", table(PHONE_HEAD[lang], PHONE_ROWS[lang])).replace("{phonedl}", dl(PHONE_INFO[lang])))
    if "{bee" in style:
        out = (out.replace("{beelist}", "".join('<li><strong>%s</strong> (%s): %s</li>' % tuple(esc(x) for x in r) for r in BEE_ROWS[lang])
                           + "".join('<li><b>%s</b> — %s</li>' % (esc(k), esc(v)) for k, v in BEE_INFO[lang]))
               .replace("{beerows}", table(BEE_HEAD[lang], BEE_ROWS[lang])).replace("{beedl}", dl(BEE_INFO[lang])))
    if "{hivis" in style:
        out = (out.replace("{hivislist}", "".join('<li><strong>%s</strong>, %s — %s</li>' % tuple(esc(x) for x in r) for r in HIVIS_ROWS[lang])
                           + "".join('<li><b>%s:</b> %s</li>' % (esc(k), esc(v)) for k, v in HIVIS_INFO[lang]))
               .replace("{hivisrows}", table(HIVIS_HEAD[lang], HIVIS_ROWS[lang])).replace("{hivisdl}", dl(HIVIS_INFO[lang])))
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
               "scores": rng.choice([0, mid, n]), "phonecharging": rng.choice([mid, n, n]),
               "beehotels": rng.choice([mid, n]), "hivis": rng.choice([mid, n])}.get(fam, mid)
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
# the block editor's drop cap on the Gutenberg blog (core/paragraph with dropCap)
DROPCAP = {"gutenberg": ("class", "has-drop-cap")}
# the magazine layout's feature panel around a subheading and its paragraph
BOX = {"magazine": ("wrap", '<div class="feature-panel feature-panel--sand">\n', "\n</div>")}
# Fusion's factbox custom embed around a subheading and its list
FACTBOX = {"fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
# Odoo's alert snippet around a paragraph
CALLOUT = {"odoo": ('<div class="s_alert s_alert_md alert alert-info w-100 clearfix o_colored_level" data-snippet="s_alert" data-name="Alert">\n'
                    '<i class="fa fa-2x fa-info-circle s_alert_icon"></i><div class="s_alert_content"><p>', "</p></div>\n</div>")}
BOLD = {}
ITALIC = {}
# a highlight: a <mark>
HIGHLIGHT = {"quintype": ("<mark>", "</mark>")}


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
# templates: telegraph is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"telegraph": tpl_telegraph, "drupal": mp3.tpl_drupal, "broadcaster": mp3.tpl_broadcaster,
                 "wire": mp5.tpl_wire, "quintype": mp6.tpl_quintype, "newspack": mp22.tpl_newspack,
                 "jimdo": mp76.tpl_jimdo, "sitevision": mp92.tpl_sitevision, "odoo": mp87.tpl_odoo,
                 "blogger": mp14.tpl_blogger, "weebly": mp18.tpl_weebly, "nextjs": mp2.tpl_nextjs,
                 "sanity": mp7.tpl_sanity, "gutenberg": mp4.tpl_gutenberg, "contao": mp23.tpl_contao,
                 "spip": mp24.tpl_spip, "kentico": mp65.tpl_kentico, "chunks": mp4.tpl_chunks,
                 "fusion": mp4.tpl_fusion, "magazine": mp2.tpl_magazine, "orchardcore": mp86.tpl_orchardcore,
                 "ucoz": mp19.tpl_ucoz, "tilda": mp15.tpl_tilda}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h104), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "telegraph"
# the layouts this part may use besides its new one (the brief's list: none used by h101 .. h104), and at least
# MIN_NEW_LANG of them in a language the part that last used the layout did not give it
ALLOWED = ("sharepoint", "sitevision", "contao", "newspack", "spip", "wire", "blox", "drupal", "fusion", "jimdo",
           "kentico", "orchardcore", "sanity", "ucoz", "chunks", "gutenberg", "blogger", "broadcaster", "elementor",
           "magazine", "nextjs", "odoo", "quintype", "tilda", "weebly")
MIN_NEW_LANG = 14
RECENT_PARTS = (mp101, mp102, mp103, mp104)
# the later layouts that keep their sites' strings in a dictionary by site name: a page on one of them needs a site
# this part adds to it
SITE_DICTS = {"jimdo": (mp76, "JIMDO_SITES"), "kentico": (mp65, "KENTICO"), "orchardcore": (mp86, "ORCHARD_SITES"),
              "odoo": (mp87, "ODOO_SITES"), "sitevision": (mp92, "SV_SITES")}
# the platforms' strings by language (a page on one of them needs its language there, from the earlier part or
# from PLATFORM_STRINGS)
CORE_DICTS = {"drupal": (mp3, "DRUPAL"), "broadcaster": (mp3, "BROADCAST"), "wire": (mp5, "WIRE"), "quintype": (mp6, "QT"),
              "newspack": (mp22, "NEWSPACK_CORE"), "jimdo": (mp76, "JIMDO_CORE"), "sitevision": (mp92, "SV_CORE"),
              "odoo": (mp87, "ODOO_CORE"), "blogger": (mp14, "BLOGGER_CORE"), "weebly": (mp18, "WEEBLY_CORE"),
              "nextjs": (mp, "UI"), "magazine": (mp, "UI"), "chunks": (mp, "UI"), "sanity": (mp7, "SANITY"),
              "gutenberg": (mp4, "GUTENBERG"), "fusion": (mp4, "READMORE"), "contao": (mp23, "CONTAO_CORE"),
              "spip": (mp24, "SPIP_CORE"), "kentico": (mp65, "KENTICO_CORE"), "orchardcore": (mp86, "OC_CORE"),
              "ucoz": (mp19, "UCOZ_CORE"), "tilda": (mp15, "TILDA")}
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
            rng = random.Random("newsflow-heldout106-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI106[lang]
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


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 105) for x in ("en", "intl")]
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
    # layouts: telegraph (new to the set) on two pages, in two languages; every other page on a different earlier
    # layout of the brief's list, none of them used by h101 .. h104
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
    # the telegraph pages: a channel of TG_SITES in its own language, with the page's author line; of the looks only
    # those Telegraph's editor can set (bold, italics, a line break); no new family's table or card (the editor keeps
    # neither); the later layouts keyed by site name: a site this part adds; no story tables and no footnotes
    for a in ARTICLES:
        blocks, marks = parse_story(a["body"])
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in TG_SITES or TG_SITES[a["site"]]["lang"] != a["lang"]
                                       or a.get("tg", {}).get("channel") != TG_SITES[a["site"]]["channel"]
                                       or any(st not in TG_LOOKS for st, _ in a.get("look", []))
                                       or any(widget_order(f).index(a["id"]) in (1, 3) for f in a.get("carry", []) if f in NEW_FAMILIES)):
            problems.append("%s: telegraph page needs a channel in its language, its author line, the editor's looks only and no table or card" % a["id"])
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
    tg_sites = [{k: v for k, v in d.items() if k not in TG_EXEMPT} for d in TG_SITES.values()]
    tg_lines = [a.get("tg", {}).get("author", "") for a in ARTICLES]
    tags = [a.get("tags", []) for a in ARTICLES]
    # (TG_CORE, PLATFORM_STRINGS, PHONE_HEAD, BEE_HEAD and HIVIS_HEAD, the platform's strings and the web teams' generic table
    # heads, are left as their makers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("TG_SITES", tg_sites), ("author lines", tg_lines), ("UI_NEW", UI_NEW), ("tags", tags)):
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








