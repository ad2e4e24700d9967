#!/usr/bin/env python3
"""Fifty-fifth held-out part (h55-*) of the newsflow extraction ground-truth set.

    python benchmarks/data/extraction/make_heldout55.py           # write pages/h55-*.html
    python benchmarks/data/extraction/make_heldout55.py --check   # verify pages/h55-*.html (and their truth, once merged)
    python benchmarks/data/extraction/make_heldout55.py --stats   # template, words, residue per page

Written as a fresh, independent test, without looking at the cleaner's code, boilerplate pattern files, test
fixtures, docs, commit history or results (only the generators, stories and README of this directory were read;
make_heldout56.py and its stories, written at the same time by another writer, were not).  Stories are in
articles_h55_en.py / articles_h55_intl.py; the residue wordings (thirty-four of the generic families of the earlier
parts plus three new ones: council-meeting livestream cards on stories about council decisions, budgets and committee
votes -- the next meeting's committee, date and venue as a definition list with its live dot, the "watch live or
catch the recording" webcast link, the agenda-and-papers link, the form or deadline line for asking a question at the
meeting --, tide-time widgets on stories about harbours, beaches, coastal paths, mudflats and fishing -- today's high
and low water with times and heights as a table, the "tide times for <harbour>" link, the sunrise / sunset row, the
"tidal predictions are a guide only" disclaimer --, and volunteering-opportunity boards on stories about charities,
community groups, events run by volunteers and care -- the list of roles with organisation and hours, the "sign up to
volunteer" button, the "volunteers needed" badge, the volunteer-centre contact card --), their wrapper class names,
related headlines, site names, the sites' own strings in the earlier layouts and the first-round furniture strings
are new here: none of the sentences of make_pages.RESIDUE / UI or of the R pools of make_heldout2..54, nor their
labels, furniture strings, widget rows, headlines or site names; verify() refuses to build if one is reused, if a
wrapper class name of an earlier part recurs, if a "new" family is already in an earlier pool, family list, template
family or docstring, if a story paragraph or headline of an earlier part (h53 and h54 included) recurs, if a headline
is also a story paragraph, or if a body is outside 150-400 words.  Every name and number is fictional.
(h47's surf-forecast card, which prints a tide line among wave height and wind, and h44's sun-and-sky widgets are
other families with other wordings and markup; the tide-time widget here is a new family by name, wording and markup.
h51 mentions a rugby club's livestream only as story text.)  The words for high and low water, the tide table's head
and the meeting card's labels are the widgets' generic strings (TIDE_KIND, TIDE_HEAD, MEETING_LABELS, not checked);
the rows themselves (MEETING_ROWS, TIDE_ROWS, VOLUNTEER_ROLES, VOLUNTEER_CENTRE) are new.
The three new families are not drawn at random: a page carries them where a real site would (the "carry" field of a
story), on exactly four stories each in at least three languages: livestream cards on an English district council's
own news page about its budget (Drupal), a German town council voting its old town car-free, a French town council
voting one-euro school dinners (a corrected story) and a Spanish city magazine's report on the council's new terrace
bylaw (the new layout); tide times on an English non-profit newsroom's story about a silting fishing harbour (the new
layout), German mudflat guides warning visitors about the flood tide, a French harbour policing shellfish gatherers at
a spring tide and Russian fishermen going out on the White Sea ice with the tide (the tide widget is set to the
story's "harbour"); volunteering boards on an English village lunch club run by forty volunteers (a community
association's Ghost site), a Turkish association's volunteers taking hot meals to 180 older neighbours, a Spanish
befriending programme for older people living alone and volunteers at a Russian hospice.  Earlier families that
need a reason in the story are placed the same way (none of calendar, map, gallery or scores is carried in this
part); the other generic families are balanced over the part, leaving out those the page's site would not print (the
story's "kind": a district council -- no newspaper furniture --, a community association's or a village website, an
independent publication on Medium, a non-profit newsroom or independent magazine -- no ads, app or push prompts); a
correction box goes only on a story that was corrected, with that story's own wording.  Residue markup varies as on
real pages: classed boxes, badges, cards and widgets, bare <p> / <div> lines as pasted by editors, headings, links,
lists, spans, forms, definition lists and tables, and, for a few families, a line run into the end of a story
paragraph (credit, tip, newsletter pitch, share line, the watch-live link, the tide-times link, the sign-up button) or
a bold section tag run into the start of the first one.
Story text is set the way real sites set it (the "look" field of a story, all of it in the truth): drop caps (the
theme's initial-letter class on an MDX paragraph on the new layout), whole paragraphs in bold (interview questions,
a one-line quote) or italics, a highlighted sentence (a <mark> on the new layout), a paragraph in a box (the theme's
boxed <Callout> on the new layout, a CKEditor style on the council's Drupal page, a Gutenberg group, the magazine's
panel), a fact box holding a subheading and its list (the new layout's <FactFile> and a Fusion custom embed), a
callout (a Ghost callout card and the new layout's <Callout> note), a paragraph typed after a <br>; story structures
that look like furniture but are the story: question-and-answer interviews (bold questions, some of two words, in
English, German and French: a school crossing patrol retiring, a lock keeper, a harbour's last net mender), lists
inside the story (budget changes, a village shop's stock, old-town traffic rules, mudflat rules, shellfish sizes,
what volunteers do in Turkish and Russian, what the ice fisherman must know), crossheads as headings and as bold
paragraphs, one-line quotes and short one-line paragraphs ("Hamur beklemez.", "The ovens go cold on Saturday.",
«Los jueves me peino».), a closing line with practical information (opening hours, prices, a phone number, permits on
sale), and story sentences that mention furniture words in ordinary reporting ("Share a table with the Tuesday lunch
club" opening a community story, "Follow the path past the car park" opening a care-home garden story, skippers'
depth readings followed by 900 people, a bakery's page where 600 people left messages with old photos, a village
shop's newsletter and its cookies from the school's cooking club, households subscribing to a bakery's bread round, a lock keeper sharing a photo of rubbish with the neighbourhood, a lunch club's "contact Jean
Pargeter" closing line, a phone number to contact the headman closing a village notice), some at the start or end of
the story where furniture usually sits.  Two pages carry no residue at all and one only its correction line.
One page layout is new (astro: an Astro 4 site, built statically, as an English regional non-profit newsroom and a
Spanish independent city magazine serve an article, on two pages, an English and a Spanish one): the head with the
generator meta, canonical, RSS and sitemap links, Open Graph and JSON-LD, the /_astro/*.css links and the hashed
/_astro/hoisted.*.js module script and the astro-island display rule; data-astro-cid-<hash> attributes on every element
of a component (layout, header, post, prose, author card, "Keep reading", footer, the MDX figure and related card);
astro-island elements (uid, prefix, component-url, component-export, renderer-url, props serialized as Astro writes
them, ssr, client="idle" / "visible", opts, await-children, the <!--astro:end--> marker) around the search dialog,
the share bar, the comments loader, the footer's newsletter form and the cookie banner, with the inline idle / visible
directive and astro-island scripts before the first island; the skip link, the header with the logo, wordmark,
tagline, nav and support link; the post (kicker, h1, dek, byline and time, the <Image> hero with its srcset), the
body rendered from the Markdown / MDX entry (plain p, h2 with the slugger's ids, blockquote, ul / ol, the <Figure>
with the <Image> output and its figcaption and credit, the <Related> card, the theme's <Callout> and <FactFile>
components, and the HTML editors typed into the MDX file); the tags list, the author card, the comments island, the
"Keep reading" list, the footer with the newsletter island, about text, links, address and copyright, and the cookie
banner island.  The theme's generic strings (ASTRO_CORE, per language) are left as developers leave them and not
checked; the sites' own strings (ASTRO: nav, tagline, support link, author line, newsletter, footer texts, cookie
title) are.
The other 22 pages use 22 different layouts of earlier parts with their markup helpers -- wordpress, cms, amp,
table, legacy-br, portal, semantic, storybody, ghost (make_pages.py), regional, magazine, nextjs (make_heldout2.py),
drupal (make_heldout3.py), gutenberg, fusion, chunks (make_heldout4.py), quintype, typo3 (make_heldout6.py), sanity
(make_heldout7.py), hugo (make_heldout11.py), medium (make_heldout13.py) and ucoz (make_heldout19.py) --, none of
them in the language h53 or h54 gave it (9 English pages, 3 in each other language: English on wordpress, amp, table,
semantic, storybody, ghost, drupal and gutenberg; Turkish on nextjs, ucoz and portal; German on typo3, medium and
chunks; French on cms, magazine and hugo; Spanish on quintype and sanity; Russian on fusion, regional and legacy-br);
while a page is rendered, the earlier modules' related headlines, the strings that belong to one site rather than to
the platform (see SITE_STRINGS) and the residue pools those helpers draw from themselves are swapped for this part's
own, and the templates get this part's furniture strings (UI_NEW) instead of make_pages.UI.
This part is not yet merged by make_pages.py into truth.json and split.json: build() and verify() have the same
signatures as in make_heldout54.py, so that make_pages.py can import this module and merge it the same way.
Standard library only; deterministic (each page's choices are seeded from its id).
"""
import base64
import collections
import contextlib
import copy
import hashlib
import json
import os
import random
import re
import sys

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
from make_pages import E, A, UI  # noqa: E402
from articles_h55_en import ARTICLES as H55_EN  # noqa: E402
from articles_h55_intl import ARTICLES as H55_INTL  # noqa: E402

ARTICLES = H55_EN + H55_INTL
EARLIER_MODULES = (mp2, mp3, mp4, mp5, mp6, mp7, mp8, mp9, mp10, mp11, mp12, mp13, mp14, mp15, mp16, mp17, mp18,
                   mp19, mp20, mp21, mp22, mp23, mp24, mp25, mp26, mp27, mp28, mp29, mp30, mp31, mp32, mp33, mp34,
                   mp35, mp36, mp37, mp38, mp39, mp40, mp41, mp42, mp43, mp44, mp45, mp46, mp47, mp48, mp49, mp50,
                   mp51, mp52, mp53, mp54)
# parts whose layouts' languages this part avoids (the two before it; h56 is written at the same time)
LANG_PARTS = (mp53, mp54)
PAGES_PER_LANG = dict(en=9, tr=3, de=3, fr=3, es=3, ru=3)
PART = "h55"


# handed out in page order to the pages without a fixed site (one per page)
SITES = {
    "en": ["The Kestleford Evening Lantern", "Saltmere & Ottery Herald", "The Brackenfold Bugle", "Wendlebury Vale Post",
           "The Cransley Sentinel", "Upper Meon & Dunsby Advertiser"],
    "tr": ["Yamaçkent Postası", "Değirmendere Ekspres"],
    "de": ["Ostwaldener Kreiskurier", "Tiedenhafener Anzeiger"],
    "fr": ["Le Réveil des Combrailles", "Le Petit Tambour de Saint-Ormel", "La Vigie de Port-Kerbihan"],
    "es": ["El Faro de Villaseca", "Heraldo de la Vega Alta"],
    "ru": ["Беломорская заря", "Окская неделя", "Вести Старокаменска"],
}
# sites fixed per page (the Astro newsroom and city magazine, a district council on Drupal, a community association
# on Ghost, a village website on uCoz, an independent publication on Medium) are given in the stories' "site" field


# --------------------------------------------------------------------------
# residue pools: new wordings (no sentence of the make_pages / h2 .. h54 pools, labels or headlines)
# --------------------------------------------------------------------------
R = {
    "cookie": {
        "en": ["Turn on functional cookies and this audio clip will appear in this spot", "The interactive map here is switched off until you accept third-party cookies"],
        "tr": ["İşlevsel çerezleri açarsanız bu ses kaydı tam bu noktada belirecek", "Üçüncü taraf çerezlerini kabul edene kadar buradaki etkileşimli harita kapalı"],
        "de": ["Schalten Sie funktionale Cookies ein, dann erscheint der Audiobeitrag genau hier", "Die interaktive Karte an dieser Stelle bleibt aus, bis Sie Drittanbieter-Cookies zulassen"],
        "fr": ["Activez les cookies fonctionnels et l'extrait sonore apparaîtra à cet endroit", "La carte interactive reste masquée tant que vous refusez les cookies tiers"],
        "es": ["Activa las cookies funcionales y el audio aparecerá justo en este hueco", "El mapa interactivo de este punto sigue apagado hasta que aceptes las cookies de terceros"],
        "ru": ["Включите функциональные cookie, и аудиозапись появится прямо здесь", "Интерактивная карта в этом месте отключена, пока вы не примете сторонние cookie"],
    },
    "newsletter": {  # a newsletter pitch, a metered-paywall note, a donation appeal
        "en": ["Get The Tidewrack, our Thursday email of coast and country stories — free, no spam", "You've reached your limit of four free stories this month. Members get the rest",
               "We are a non-profit: a gift of any size keeps {site}'s reporters on the beat"],
        "tr": ["Perşembe bültenimiz Kıyı Notları'nı ücretsiz alın, istenmeyen e-posta yok", "Bu ay ücretsiz okuyabileceğiniz dört haberin sonuna geldiniz. Gerisi üyelerimize",
               "Kâr amacı gütmüyoruz: her büyüklükteki bağış {site} muhabirlerini sahada tutuyor"],
        "de": ["Holen Sie sich die Flutkante, unsere Donnerstagsmail mit Geschichten von Küste und Land — gratis, ohne Spam", "Ihre vier freien Artikel für diesen Monat sind aufgebraucht. Der Rest ist für Mitglieder",
               "Wir sind gemeinnützig: Jede Spende, ob groß oder klein, hält die Reporterinnen von {site} unterwegs"],
        "fr": ["Recevez La Laisse de mer, notre lettre du jeudi sur la côte et la campagne — gratuite, sans pourriel", "Vous avez atteint vos quatre articles offerts ce mois-ci. La suite est réservée aux membres",
               "Nous sommes à but non lucratif : chaque don, même petit, garde les reporters de {site} sur le terrain"],
        "es": ["Recibe La Bajamar, nuestro correo de los jueves con historias de costa y campo: gratis y sin spam", "Has llegado a tus cuatro noticias gratuitas de este mes. El resto es para socios",
               "No tenemos ánimo de lucro: cualquier aportación mantiene a los periodistas de {site} en la calle"],
        "ru": ["Получайте «Прибой», наше письмо по четвергам с историями побережья и глубинки — бесплатно и без спама", "Вы исчерпали четыре бесплатных материала в этом месяце. Остальное — для участников клуба",
               "Мы некоммерческая редакция: любое пожертвование помогает журналистам «{site}» оставаться в поле"],
    },
    "share": {  # the first wording is a list of networks (" · ")
        "en": ["Send this on: Bluesky · Signal · Email · Copy the address", "Think a neighbour should read this? Pass the link along"],
        "tr": ["Bunu gönderin: Bluesky · Signal · E-posta · Adresi kopyalayın", "Komşunuzun da okuması gerektiğini mi düşünüyorsunuz? Bağlantıyı ona geçin"],
        "de": ["Weiterschicken: Bluesky · Signal · E-Mail · Adresse kopieren", "Sollte Ihre Nachbarin das auch lesen? Reichen Sie den Link weiter"],
        "fr": ["Transmettre : Bluesky · Signal · Courriel · Copier l'adresse", "Un voisin devrait lire ceci ? Faites passer le lien"],
        "es": ["Hazlo llegar: Bluesky · Signal · Correo · Copiar la dirección", "¿Crees que tu vecina debería leer esto? Mándale el enlace por el grupo de la escalera"],
        "ru": ["Отправить: Telegram · Signal · Почта · Скопировать адрес", "Думаете, соседу стоит это прочитать? Передайте ему ссылку"],
    },
    "photo": {
        "en": ["Photograph: courtesy of the family", "From a reader's phone, used with permission"],
        "tr": ["Fotoğraf: ailenin izniyle", "Bir okurumuzun telefonundan, izin alınarak kullanıldı"],
        "de": ["Foto: mit freundlicher Genehmigung der Familie", "Vom Handy eines Lesers, mit Erlaubnis verwendet"],
        "fr": ["Photo : avec l'aimable autorisation de la famille", "Prise avec le téléphone d'un lecteur, utilisée avec son accord"],
        "es": ["Fotografía: cortesía de la familia", "Desde el móvil de una lectora, usada con su permiso"],
        "ru": ["Снимок из семейного альбома героини", "Снято на телефон читателя, публикуется с его разрешения"],
    },
    "copyright": {
        "en": ["Words and pictures © {site} unless stated. You may quote up to 200 words with a link; ask us for anything more."],
        "tr": ["Aksi belirtilmedikçe metin ve fotoğraflar © {site}. Bağlantı vererek 200 kelimeye kadar alıntı yapabilirsiniz; fazlası için bize sorun."],
        "de": ["Text und Bilder © {site}, sofern nicht anders angegeben. Zitate bis 200 Wörter mit Link sind erlaubt, für alles Weitere fragen Sie uns."],
        "fr": ["Textes et images © {site} sauf mention contraire. Citation libre jusqu'à 200 mots avec un lien ; au-delà, demandez-nous."],
        "es": ["Textos e imágenes © {site} salvo que se indique. Puedes citar hasta 200 palabras con enlace; para más, pregúntanos."],
        "ru": ["Тексты и снимки © «{site}», если не указано иное. Цитировать до 200 слов со ссылкой можно, остальное — по запросу."],
    },
    "section": {
        "en": ["Filed in our {section} notebook", "The latest from our {section} desk ›"],
        "tr": ["{section} sayfalarımızın arşivinden bugüne", "{section} masamızdan en yeniler ›"],
        "de": ["Aus unserem Notizbuch {section}", "Das Neueste aus dem Ressort {section} ›"],
        "fr": ["Rangé dans notre carnet {section}", "Le plus récent de notre service {section} ›"],
        "es": ["Guardado en nuestro cuaderno de {section}", "Lo más reciente de nuestra sección de {section} ›"],
        "ru": ["Из блокнота рубрики «{section}»", "Свежее из отдела «{section}» ›"],
    },
    "related": {
        "en": ["One more from the estuary before you go", "Previously, on this story"],
        "tr": ["Bugün bir şey daha okuyacaksanız", "Bu hikâyenin geçmiş bölümleri"],
        "de": ["Noch eine Geschichte, bevor Sie gehen", "Bisher zu dieser Geschichte"],
        "fr": ["Si vous ne deviez lire qu'un autre article aujourd'hui", "Précédemment dans cette affaire"],
        "es": ["Si hoy lees una cosa más", "Los capítulos anteriores de esta historia"],
        "ru": ["Если сегодня прочитаете ещё что-то одно", "Раньше в этой истории"],
    },
    "symbol": {"*": ["≋ ≋ ≋ ≋", "⚓ · ⚓ · ⚓", "· · ○ · ·", "~ ◦ ~ ◦ ~"]},
    "credit": {
        "en": ["With reporting from our riverside correspondents network", "Fact-checked by {site}'s verification desk"],
        "tr": ["Mahalle muhabirleri ağımızın katkısıyla hazırlandı", "{site} doğrulama masası tarafından kontrol edildi"],
        "de": ["Unter Mitarbeit unserer Ortskorrespondentinnen", "Geprüft vom Verifikationsteam von {site}"],
        "fr": ["Avec le concours de notre réseau de correspondants riverains", "Vérifié par la cellule de vérification de {site}"],
        "es": ["Con información de nuestros corresponsales de barrio", "Verificado por la mesa de comprobación de {site}"],
        "ru": ["При участии сети наших береговых корреспондентов", "Проверено отделом фактчекинга «{site}»"],
    },
    "ad": {
        "en": ["Sponsored message — the story carries on below", "Ads like this one keep {site} free to read"],
        "tr": ["Sponsorlu mesaj — haber aşağıda devam ediyor", "Bu tür reklamlar {site}'i ücretsiz okunur kılıyor"],
        "de": ["Gesponserte Botschaft — der Artikel läuft unten weiter", "Anzeigen wie diese halten {site} kostenlos lesbar"],
        "fr": ["Message sponsorisé — l'article se poursuit en dessous", "Ces annonces permettent de lire {site} gratuitement"],
        "es": ["Mensaje patrocinado: la noticia sigue más abajo", "Anuncios como este hacen que {site} sea gratis"],
        "ru": ["Спонсорское сообщение — текст продолжается ниже", "Такие объявления позволяют читать «{site}» бесплатно"],
    },
    "continue": {
        "en": ["There's more — tap to keep reading", "Open the rest of this piece ↓"],
        "tr": ["Devamı var — okumaya devam etmek için dokunun", "Yazının geri kalanını açın ↓"],
        "de": ["Da kommt noch mehr — tippen und weiterlesen", "Den Rest dieses Beitrags öffnen ↓"],
        "fr": ["Ce n'est pas fini — touchez pour poursuivre", "Ouvrir la suite de ce papier ↓"],
        "es": ["Hay más: toca para seguir leyendo", "Abrir el resto de este reportaje ↓"],
        "ru": ["Это ещё не всё — нажмите, чтобы читать дальше", "Открыть продолжение текста ↓"],
    },
    "comments": {
        "en": ["Join the conversation — {n} comments so far", "{n} people are talking about this ›"],
        "tr": ["Sohbete katılın — şimdiye kadar {n} yorum", "{n} kişi bunu konuşuyor ›"],
        "de": ["Diskutieren Sie mit — bisher {n} Kommentare", "{n} Menschen reden darüber ›"],
        "fr": ["Rejoignez la conversation — {n} commentaires pour l'instant", "{n} personnes en parlent ›"],
        "es": ["Ya hay {n} comentarios en la conversación de abajo: suma el tuyo", "{n} personas hablan de esto ›"],
        "ru": ["Присоединяйтесь к разговору — уже {n} комментариев", "Это обсуждают {n} человек ›"],
    },
    "readtime": {
        "en": ["Roughly {m} minutes with a cup of tea", "Settle in: {m}-minute read"],
        "tr": ["Bir çay eşliğinde aşağı yukarı {m} dakika", "Yerleşin: {m} dakikalık okuma"],
        "de": ["Ungefähr {m} Minuten bei einer Tasse Tee", "Machen Sie es sich bequem: {m} Minuten Lesestoff"],
        "fr": ["Environ {m} minutes, le temps d'un thé", "Installez-vous : {m} minutes de lecture"],
        "es": ["Calcula {m} minutos, lo que tarda en enfriarse un café", "Ponte cómodo: {m} minutos de lectura"],
        "ru": ["Примерно {m} минуты — как раз на чашку чая", "Устраивайтесь поудобнее: {m} минуты чтения"],
    },
    "updated": {
        "en": ["Story amended at {t} on {d}: figures added after publication", "Last touched {d}, {t}"],
        "tr": ["Haber {d} günü saat {t}'de yeni rakamlarla değiştirildi", "Son dokunuş: {d}, {t}"],
        "de": ["Artikel geändert am {d} um {t} Uhr, mit neuen Zahlen der Verwaltung", "Zuletzt bearbeitet: {d}, {t}"],
        "fr": ["Article modifié le {d} à {t} avec de nouveaux chiffres", "Dernière retouche : {d}, {t}"],
        "es": ["Noticia modificada el {d} a las {t} con cifras nuevas", "Último retoque: {d}, {t}"],
        "ru": ["Материал изменён {d} в {t}: добавлены новые цифры", "Текст последний раз правили {d} в {t}"],
    },
    "audio": {
        "en": ["▶ Play the narrated version of this piece ({m} min)", "Rather hear it on the bus? The narrated version lasts {m} minutes"],
        "tr": ["▶ Bu yazının seslendirilmiş hâlini açın ({m} dk)", "Otobüste dinlemek mi istersiniz? Seslendirilmiş hâli {m} dakika sürüyor"],
        "de": ["▶ Die gesprochene Fassung dieses Textes abspielen ({m} Min.)", "Lieber im Bus hören? Die gesprochene Fassung dauert {m} Minuten"],
        "fr": ["▶ Lancer la version lue de ce papier ({m} min)", "Plutôt écouter dans le bus ? La version lue dure {m} minutes"],
        "es": ["▶ Pon la versión narrada de este reportaje ({m} min)", "¿Mejor escucharlo en el autobús? La versión narrada dura {m} minutos"],
        "ru": ["▶ Включить озвученную версию текста ({m} мин)", "Хотите послушать в автобусе? Озвученная версия длится {m} минуты"],
    },
    "app": {
        "en": ["Stories like this land first in the {site} app — free on iOS and Android", "Switch to the app for offline reading ›"],
        "tr": ["Bu tür haberler önce {site} uygulamasına düşer — iOS ve Android'de ücretsiz", "Çevrimdışı okumak için uygulamaya geçin ›"],
        "de": ["Geschichten wie diese gibt es zuerst in der App von {site} — gratis für iOS und Android", "Zum Offline-Lesen in die App wechseln ›"],
        "fr": ["Ce genre d'article arrive d'abord dans l'appli {site}, gratuite sur iOS et Android", "Passer à l'appli pour lire hors connexion ›"],
        "es": ["Historias como esta llegan antes a la app de {site}, gratis en iOS y Android", "Pásate a la app para leer sin conexión ›"],
        "ru": ["Такие истории сначала появляются в приложении «{site}» — бесплатно для iOS и Android", "Перейти в приложение для чтения офлайн ›"],
    },
    "bio": {
        "en": ["{by} covers {section} for {site} and grew up a few miles from where this story happened.", "More from {by} · Email the reporter ›"],
        "tr": ["{by}, {site} için {section} konularını izliyor ve bu haberin geçtiği yere birkaç kilometre mesafede büyüdü.", "{by} imzalı diğer yazılar · Muhabire yazın ›"],
        "de": ["{by} berichtet für {site} über {section} und ist nur ein paar Kilometer von hier aufgewachsen.", "Mehr von {by} · Der Reporterin schreiben ›"],
        "fr": ["{by} suit la rubrique {section} pour {site} et a grandi à quelques kilomètres de là.", "Plus d'articles de {by} · Écrire au journaliste ›"],
        "es": ["{by} cubre {section} para {site} y se crio a pocos kilómetros de donde ocurre esta historia.", "Más de {by} · Escribe a la periodista ›"],
        "ru": ["{by} пишет о теме «{section}» для «{site}» и вырос в нескольких километрах от места событий.", "Другие тексты автора · Написать журналисту ›"],
    },
    "tip": {
        "en": ["Spotted something on the water or in your street? WhatsApp the newsdesk on 07700 900 554", "Story tips, in confidence: tips@lantern-desk.example"],
        "tr": ["Sokağınızda ya da sahilde gözünüze bir şey mi çarptı? Haber masasına WhatsApp'tan yazın: 0533 900 05 54", "Gizlilik içinde ihbar: ihbar@haber-masasi.example"],
        "de": ["Am Wasser oder in Ihrer Straße etwas bemerkt? Schreiben Sie dem Newsdesk per WhatsApp: 0160 900 554", "Hinweise vertraulich an: hinweise@lokaldesk.example"],
        "fr": ["Un détail repéré sur le port ou dans votre rue ? Écrivez à la rédaction sur WhatsApp au 06 00 90 05 54", "Vos infos, en toute confidentialité : infos@vigie-redac.example"],
        "es": ["¿Has visto algo raro en el puerto o en tu calle? Escribe por WhatsApp a la redacción: 600 900 554", "Pistas, con total discreción: pistas@faro-redaccion.example"],
        "ru": ["Заметили что-то на берегу или у себя во дворе? Напишите в WhatsApp редакции: +7 900 000-05-54", "Сообщить конфиденциально: tip@zarya-redakciya.example"],
    },
    "typo": {
        "en": ["A wrong name or number in this story? Highlight it, press Ctrl+Enter and our night editor gets a note"],
        "tr": ["Haberde yanlış bir isim ya da rakam mı var? İşaretleyin, Ctrl+Enter'a basın, gece editörümüze not düşsün"],
        "de": ["Ein falscher Name oder eine falsche Zahl im Text? Markieren, Strg+Enter drücken, und unser Nachtdienst bekommt eine Notiz"],
        "fr": ["Un nom ou un chiffre erroné dans cet article ? Surlignez-le, faites Ctrl+Entrée et notre secrétaire de nuit reçoit une note"],
        "es": ["¿Un nombre o una cifra mal en esta noticia? Márcalo, pulsa Ctrl+Intro y le llegará una nota a la editora de noche"],
        "ru": ["Неверное имя или цифра в тексте? Выделите, нажмите Ctrl+Enter — ночной редактор получит записку"],
    },
    "push": {
        "en": ["Let {site} send you a notification when news breaks near you? Ping me when it happens · Maybe another day"],
        "tr": ["Yakınınızda bir gelişme olduğunda {site} size bildirim göndersin mi? Olunca haber verin · Belki başka gün"],
        "de": ["Darf {site} Ihnen Bescheid geben, wenn in Ihrer Nähe etwas passiert? Sofort anpingen · Vielleicht ein andermal"],
        "fr": ["{site} peut-il vous prévenir quand l'actualité tombe près de chez vous ? Prévenez-moi aussitôt · Un autre jour peut-être"],
        "es": ["¿Dejas que {site} te avise cuando pase algo cerca de ti? Avisadme al momento · Quizá otro día"],
        "ru": ["Разрешить «{site}» присылать уведомления о новостях рядом с вами? Сообщайте сразу · Может, в другой раз"],
    },
    "print": {
        "en": ["Print-friendly version · Download as PDF", "Send to printer"],
        "tr": ["Yazıcı dostu sürüm · PDF olarak indir", "Yazıcıya gönder"],
        "de": ["Druckfreundliche Version · Als PDF herunterladen", "An den Drucker senden"],
        "fr": ["Version pour l'impression · Télécharger en PDF", "Envoyer à l'imprimante"],
        "es": ["Versión para imprimir · Descargar en PDF", "Mandar a la impresora"],
        "ru": ["Версия для печати · Скачать в PDF", "Отправить на принтер"],
    },
    "feedback": {
        "en": ["Did this piece answer the question that brought you here? Answered in full · Half answered · Still wondering"],
        "tr": ["Bu haber bilmeniz gerekenleri anlattı mı? Hepsini · Bir kısmını · Neredeyse hiçbirini"],
        "de": ["Hat Ihnen dieser Text gesagt, was Sie wissen mussten? Alles · Einiges · Kaum etwas"],
        "fr": ["Cet article vous a-t-il appris ce que vous cherchiez ? Tout · Une partie · Presque rien"],
        "es": ["¿Respondió este texto a la pregunta que te trajo hasta aquí? Del todo · En parte · En absoluto"],
        "ru": ["Узнали ли вы из текста то, что хотели? Всё · Кое-что · Почти ничего"],
    },
    "standards": {
        "en": ["{site} signs up to the Editors' Code of Practice and answers every complaint within ten working days."],
        "tr": ["{site}, Basın Meslek İlkeleri'ne bağlıdır ve her şikâyete on iş günü içinde yanıt verir."],
        "de": ["{site} hat sich dem Pressekodex verpflichtet und beantwortet jede Beschwerde binnen zehn Werktagen."],
        "fr": ["{site} adhère à la charte de Munich et répond à chaque réclamation sous dix jours ouvrés."],
        "es": ["{site} se rige por el código deontológico de la FAPE y contesta cada reclamación en diez días hábiles."],
        "ru": ["«{site}» следует кодексу профессиональной этики журналиста и отвечает на каждую жалобу в течение десяти рабочих дней."],
    },
    "topics": {
        "en": ["Tagged: {section} · coast · community", "Get an email whenever we write about {section} ›"],
        "tr": ["Etiketler: {section} · kıyı · topluluk", "{section} hakkında her yazdığımızda e-posta alın ›"],
        "de": ["Verschlagwortet: {section} · Küste · Gemeinschaft", "Eine Mail erhalten, sobald wir über {section} schreiben ›"],
        "fr": ["Mots-clés : {section} · littoral · vie locale", "Recevoir un courriel dès que nous écrivons sur {section} ›"],
        "es": ["Etiquetas: {section} · costa · comunidad", "Recibe un correo cada vez que escribamos sobre {section} ›"],
        "ru": ["Метки: {section} · побережье · сообщество", "Присылать мне письмо о каждом новом тексте рубрики «{section}» ›"],
    },
    "bookmark": {
        "en": ["☆ Keep this for the train home"], "tr": ["☆ Eve dönüş yolu için sakla"], "de": ["☆ Für die Heimfahrt aufheben"],
        "fr": ["☆ Mettre de côté pour plus tard"], "es": ["☆ Guardar para leer luego"], "ru": ["☆ Сохранить, чтобы прочитать потом"],
    },
    "poll": {
        "en": ["Have your say: was this the right decision? Right call · Wrong call · Too early to say", "Votes so far are shown after you choose"],
        "tr": ["Söz sizde: Bu doğru bir karar mıydı? Doğru karar · Yanlış karar · Söylemek için erken", "Şu ana kadarki oylar seçiminizden sonra görünür"],
        "de": ["Ihre Meinung: War das die richtige Entscheidung? Richtig entschieden · Falsch entschieden · Zu früh für ein Urteil", "Den Zwischenstand sehen Sie nach Ihrer Wahl"],
        "fr": ["À vous de dire : était-ce la bonne décision ? Bonne décision · Mauvaise décision · Trop tôt pour le dire", "Les votes s'affichent une fois votre choix fait"],
        "es": ["Opina: ¿fue la decisión correcta? Acertada · Equivocada · Es pronto para saberlo", "Verás cómo va la votación cuando elijas"],
        "ru": ["Ваше мнение: это было правильное решение? Верное решение · Неверное решение · Рано судить", "Промежуточные итоги видны после вашего выбора"],
    },
    "embed": {
        "en": ["View this post from {handle} on Instagram ↗", "Play {handle}'s video (loads from YouTube)"],
        "tr": ["{handle} hesabının bu gönderisini Instagram'da görün ↗", "{handle} videosunu oynatın (YouTube'dan yüklenir)"],
        "de": ["Diesen Beitrag von {handle} auf Instagram ansehen ↗", "Video von {handle} abspielen (wird von YouTube geladen)"],
        "fr": ["Voir cette publication de {handle} sur Instagram ↗", "Lire la vidéo de {handle} (chargée depuis YouTube)"],
        "es": ["Ver esta publicación de {handle} en Instagram ↗", "Reproducir el vídeo de {handle} (se carga desde YouTube)"],
        "ru": ["Посмотреть этот пост {handle} в Instagram ↗", "Воспроизвести видео {handle} (загрузится с YouTube)"],
    },
    "gallery": {
        "en": ["Swipe through {g} more frames from the shoot ›", "Our photographer's {g} best frames"],
        "tr": ["Çekimden {g} kare daha için kaydırın ›", "Foto muhabirimizin en iyi {g} karesi"],
        "de": ["Durch {g} weitere Bilder vom Termin wischen ›", "Die {g} besten Bilder unseres Fotografen"],
        "fr": ["Faire défiler {g} autres images du reportage ›", "Les {g} meilleures images de notre photographe"],
        "es": ["Desliza para ver {g} fotos más del reportaje ›", "Las {g} mejores fotos de nuestro fotógrafo"],
        "ru": ["Листайте ещё {g} кадров со съёмки ›", "Лучшие {g} кадров нашего фотографа"],
    },
    "map": {
        "en": ["Tap the map to zoom and pan", "Map data © OpenStreetMap · Open in your maps app ›"],
        "tr": ["Yakınlaştırmak ve kaydırmak için haritaya dokunun", "Harita verileri © OpenStreetMap · Harita uygulamanızda açın ›"],
        "de": ["Zum Zoomen und Verschieben auf die Karte tippen", "Kartendaten © OpenStreetMap · In der Karten-App öffnen ›"],
        "fr": ["Touchez la carte pour zoomer et vous déplacer", "Données cartographiques © OpenStreetMap · Ouvrir dans votre appli de cartes ›"],
        "es": ["Toca el mapa para acercarte y moverte", "Datos del mapa © OpenStreetMap · Abrir en tu app de mapas ›"],
        "ru": ["Нажмите на карту, чтобы приблизить и подвигать", "Картографические данные © OpenStreetMap · Открыть в приложении карт ›"],
    },
    "calendar": {
        "en": ["Pop it in the calendar: Google · Apple · Outlook · Proton", "Grab the .ics file for this date"],
        "tr": ["Takviminize işleyin: Google · Apple · Outlook · Proton", "Bu tarihin .ics dosyasını alın"],
        "de": ["Ab in den Kalender: Google · Apple · Outlook · Proton", "Die .ics-Datei zu diesem Datum holen"],
        "fr": ["Direction l'agenda : Google · Apple · Outlook · Proton", "Récupérer le fichier .ics de cette date"],
        "es": ["Al calendario: Google · Apple · Outlook · Proton", "Bájate el archivo .ics de esta fecha"],
        "ru": ["В календарь: Google · Apple · Outlook · Proton", "Забрать файл .ics с этой датой"],
    },
    "scores": {
        "en": ["All today's scores, as they happen ›", "Fixtures · Results · League table"],
        "tr": ["Bugünün tüm skorları, anbean ›", "Fikstür · Sonuçlar · Puan durumu"],
        "de": ["Alle Spielstände von heute, live ›", "Spielplan · Ergebnisse · Tabelle"],
        "fr": ["Tous les scores du jour, en direct ›", "Calendrier · Résultats · Classement"],
        "es": ["Todos los marcadores de hoy, al momento ›", "Calendario · Resultados · Clasificación"],
        "ru": ["Все счета сегодняшнего дня в реальном времени ›", "Календарь · Результаты · Турнирная таблица"],
    },
    "correction": {
        "en": ["Correction: we originally gave the wrong day for the next meeting. This has been fixed."],
        "tr": ["Düzeltme: Bir sonraki toplantının gününü ilk başta yanlış verdik; metin artık doğru günü gösteriyor."],
        "de": ["Korrektur: Wir hatten zunächst den falschen Tag für die nächste Sitzung genannt. Das ist behoben."],
        "fr": ["Rectificatif : nous avions d'abord donné un mauvais jour pour la prochaine séance ; le texte indique désormais le bon."],
        "es": ["Corrección: al principio dimos un día equivocado para la próxima sesión; el texto ya recoge el correcto."],
        "ru": ["Поправка: сначала мы указали неверный день следующего заседания. Исправлено."],
    },
    # the three families new in this part
    "councillive": {  # council-meeting livestream cards: the next meeting, the watch link, the papers link, the question deadline
        "en": ["When councillors meet next", "Watch live on the council's webcast, or catch the recording afterwards ›",
               "Agenda, reports and minutes for this meeting ›", "Want to ask a question at the meeting? Send it in by 12 noon on {q}"],
        "tr": ["Bu komisyonun bir sonraki toplantısı", "Meclis toplantısını canlı izleyin ya da kaydını sonra açın ›",
               "Bu toplantının gündemi, raporları ve tutanakları ›", "Toplantıda soru sormak ister misiniz? Sorunuzu en geç {q} saat 12.00'ye kadar iletin"],
        "de": ["Nächste Sitzung dieses Ausschusses", "Die Sitzung im Livestream verfolgen oder später die Aufzeichnung ansehen ›",
               "Tagesordnung, Vorlagen und Niederschrift zur Sitzung ›", "Sie möchten in der Einwohnerfragestunde etwas fragen? Bitte bis {q}, 12 Uhr, einreichen"],
        "fr": ["Prochaine séance de cette commission", "Suivre la séance en direct ou revoir l'enregistrement ›",
               "Ordre du jour, rapports et procès-verbal de la séance ›", "Vous souhaitez poser une question lors de la séance ? Envoyez-la avant le {q} à midi"],
        "es": ["Próxima sesión de esta comisión", "Sigue el pleno en directo o ve la grabación después ›",
               "Orden del día, expedientes y actas de la sesión ›", "¿Quieres preguntar en el turno de ruegos y preguntas? Envía tu pregunta antes de las 12:00 del {q}"],
        "ru": ["Следующее заседание комиссии", "Смотреть трансляцию заседания или запись после него ›",
               "Повестка, материалы и протокол заседания ›", "Хотите задать вопрос на заседании? Пришлите его до 12:00 {q}"],
    },
    "tidetimes": {  # tide-time widgets: today's high and low water, the harbour's tide-times link, sunrise / sunset, the disclaimer
        "en": ["High and low water today", "Tide times for {harbour} for the next 7 days ›",
               "Sunrise {sr} · Sunset {ss}", "Tidal predictions are a guide only and may be affected by wind and air pressure."],
        "tr": ["Bugünkü yüksek ve alçak su", "{harbour} için 7 günlük gelgit saatleri ›",
               "Gün doğumu {sr} · Gün batımı {ss}", "Gelgit tahminleri yalnızca yol göstericidir; rüzgâr ve hava basıncından etkilenebilir."],
        "de": ["Hoch- und Niedrigwasser heute", "Gezeiten für {harbour} für die nächsten 7 Tage ›",
               "Sonnenaufgang {sr} · Sonnenuntergang {ss}", "Gezeitenvorausberechnungen sind ohne Gewähr; Wind und Luftdruck können sie verschieben."],
        "fr": ["Pleines et basses mers du jour", "Horaires des marées à {harbour} sur 7 jours ›",
               "Lever du soleil {sr} · Coucher {ss}", "Les prédictions de marée sont données à titre indicatif et peuvent varier selon le vent et la pression."],
        "es": ["Pleamar y bajamar de hoy", "Tabla de mareas de {harbour} para los próximos 7 días ›",
               "Amanecer {sr} · Atardecer {ss}", "Las predicciones de marea son orientativas y pueden variar con el viento y la presión."],
        "ru": ["Полная и малая вода сегодня", "Приливы в {harbour} на 7 дней вперёд ›",
               "Восход {sr} · Заход {ss}", "Прогноз приливов носит справочный характер: ветер и давление могут его сдвинуть."],
    },
    "volunteering": {  # volunteering boards: the list of roles, the sign-up button, the badge, the volunteer-centre card
        "en": ["Volunteering opportunities near you", "Sign up to volunteer", "Volunteers needed",
               "Not sure where to start? Talk to the volunteer centre"],
        "tr": ["Yakınınızdaki gönüllülük fırsatları", "Gönüllü olmak için kaydolun", "Gönüllü aranıyor",
               "Nereden başlayacağınızı bilmiyor musunuz? Gönüllü merkeziyle konuşun"],
        "de": ["Ehrenamtliche Aufgaben in Ihrer Nähe", "Jetzt als Freiwillige oder Freiwilliger anmelden", "Helfende gesucht",
               "Unsicher, wo Sie anfangen sollen? Die Freiwilligenagentur berät Sie"],
        "fr": ["Missions bénévoles près de chez vous", "Je m'inscris comme bénévole", "Bénévoles recherchés",
               "Vous ne savez pas par où commencer ? Parlez-en au centre du bénévolat"],
        "es": ["Oportunidades de voluntariado cerca de ti", "Apúntate como voluntario", "Se buscan voluntarios",
               "¿No sabes por dónde empezar? Habla con la oficina de voluntariado"],
        "ru": ["Волонтёрские задачи рядом с вами", "Записаться в волонтёры", "Нужны волонтёры",
               "Не знаете, с чего начать? Обратитесь в волонтёрский центр"],
    },
}
# the wording each markup of a new family prints (by the markup's index in STYLES): the next-meeting card, the
# watch-live link, the papers link, the question form; the tide table, the tide-times link, the sunrise / sunset row,
# the disclaimer; the roles board, the sign-up button, the badge, the volunteer-centre card
NEW_STYLE_WORDING = {"councillive": [0, 1, 2, 3], "tidetimes": [0, 1, 2, 3], "volunteering": [0, 1, 2, 3]}
# the next meeting on a livestream card: committee, date and time, place (the labels are in MEETING_LABELS)
MEETING_ROWS = {
    "en": ["Full Council of Thornbury Vale", "Thursday 19 March, 7pm", "Council Chamber, Vale House, Brookmead, and on the webcast"],
    "tr": ["Yamaçkent Belediye Meclisi olağan oturumu", "Mart ayının ilk salısı, 14.00", "Hükümet Konağı meclis salonu ve belediyenin canlı yayını"],
    "de": ["Bau-, Umwelt- und Verkehrsausschuss Ostwalden", "Dienstag, 12. Mai, 18 Uhr", "Großer Sitzungssaal im Alten Rathaus und im Stream der Stadt"],
    "fr": ["Conseil municipal de Saint-Amable", "Lundi 29 juin, 19 h", "Salle des délibérations de la mairie et diffusion en ligne"],
    "es": ["Pleno ordinario de Puerto Alcaraz", "Jueves 26 de marzo, 10:00", "Salón de plenos de la Casa Consistorial y canal municipal"],
    "ru": ["Совет депутатов Беломорского района", "Четверг, 3 декабря, 15:00", "Зал заседаний районной администрации и прямая трансляция"],
}
# today's tides: high (H) or low (L) water, time, height (the words for high and low water are in TIDE_KIND)
TIDE_ROWS = {
    "en": [("H", "05:42", "5.14 m"), ("L", "11:58", "0.87 m"), ("H", "18:07", "5.31 m"), ("L", "00:21", "0.69 m")],
    "tr": [("H", "05.42", "0,37 m"), ("L", "11.58", "0,09 m"), ("H", "18.07", "0,41 m"), ("L", "00.21", "0,06 m")],
    "de": [("H", "04:16", "3,23 m"), ("L", "10:31", "0,28 m"), ("H", "16:44", "3,37 m"), ("L", "22:58", "0,19 m")],
    "fr": [("H", "06:12", "5,87 m"), ("L", "12:27", "0,71 m"), ("H", "18:36", "6,04 m"), ("L", "00:49", "0,56 m")],
    "es": [("H", "07:03", "3,93 m"), ("L", "13:15", "0,61 m"), ("H", "19:28", "4,02 m"), ("L", "01:37", "0,54 m")],
    "ru": [("H", "03:48", "2,13 м"), ("L", "10:02", "0,42 м"), ("H", "16:19", "2,27 м"), ("L", "22:33", "0,31 м")],
}
SUN_TIMES = {"en": ("06:51", "19:34"), "tr": ("06.12", "19.48"), "de": ("05:47", "20:58"), "fr": ("07:24", "20:41"),
             "es": ("07:38", "20:19"), "ru": ("04:12", "22:46")}
# roles on a volunteering board: role, organisation, hours
VOLUNTEER_ROLES = {
    "en": [("Lunch club driver", "Hollins Green Community Association", "Tuesdays, 11am–2pm"), ("Befriender for an older neighbour", "Age Well Thornbury", "1 hour a week"), ("Beach clean leader", "Saltmere Shore Keepers", "One Saturday a month")],
    "tr": [("Yemek dağıtım gönüllüsü", "Çınaraltı Dayanışma Derneği", "Hafta içi 11.00–14.00"), ("Yaşlı ziyaret gönüllüsü", "Yamaçkent Belediyesi Sosyal Destek", "Haftada 2 saat"), ("Kitap okuma gönüllüsü", "Mahalle çocuk kulübü", "Cumartesi 10.00–12.00")],
    "de": [("Fahrdienst zum Mittagstisch", "Nachbarschaftshilfe Ostwalden", "dienstags 11–14 Uhr"), ("Besuchsdienst im Pflegeheim", "Diakonie im Kreis", "2 Stunden pro Woche"), ("Lesepatin an der Grundschule", "Bürgerstiftung", "donnerstags 8–10 Uhr")],
    "fr": [("Livreur de repas", "Entraide du Combrailles", "mardi et vendredi, 11 h – 13 h"), ("Visiteur à domicile", "Petits Frères du canton", "1 heure par semaine"), ("Ramasseur de déchets sur la plage", "Vigie Littoral", "un samedi par mois")],
    "es": [("Acompañamiento a mayores", "Asociación Vecinal Nunca Solos", "2 horas a la semana"), ("Reparto de comidas", "Cocina Solidaria de la Vega", "lunes a viernes, 12:00–14:00"), ("Apoyo escolar", "Biblioteca del barrio", "martes y jueves, 17:00–19:00")],
    "ru": [("Сиделка-компаньон в хосписе", "Фонд «Свет в окне»", "2 часа в неделю"), ("Выгул собак", "Приют для собак «Лохматая пристань»", "по выходным, 10:00–13:00"), ("Водитель на своей машине", "Волонтёрский центр района", "по договорённости")],
}
VOLUNTEER_CENTRE = {
    "en": "Thornbury Vale Volunteer Centre · 01632 960 418 · hello@volunteer-thornbury.example",
    "tr": "Yamaçkent Gönüllü Merkezi · 0 (232) 900 41 18 · gonullu@yamackent-gonullu.example",
    "de": "Freiwilligenagentur Ostwalden · 05931 900 418 · engagement@ostwalden-hilft.example",
    "fr": "Maison du bénévolat des Combrailles · 04 73 00 04 18 · contact@benevolat-combrailles.example",
    "es": "Oficina Municipal de Voluntariado · 900 418 418 · voluntariado@vegaalta-ayto.example",
    "ru": "Районный волонтёрский центр · 8 (800) 900-04-18 · dobro@volonter-rayon.example",
}
WIDGET_ROWS = (("meeting rows", MEETING_ROWS), ("tide rows", TIDE_ROWS), ("volunteer roles", VOLUNTEER_ROLES),
               ("volunteer centre", VOLUNTEER_CENTRE))


# headlines of the linked stories (related lists, sidebars, "Keep reading")
HEADLINES = {
    "en": ["Lifeboat crew rescues two paddleboarders off Gull Point", "Bowls club's new green is ready for the first roll-up",
           "Mobile post office van to visit six villages a week", "Old signal box becomes a tiny railway museum",
           "Town's oldest oak gets a crown of steel cables", "Sea-swimming group marks its 500th winter dip"],
    "tr": ["Balıkçı barınağına yeni iskele yapılıyor", "Kent parkındaki süs havuzu yeniden su tuttu",
           "Köy kadınları ürettikleri tarhanayı pazarda satıyor", "Eski sinema salonu gençlik merkezi oluyor",
           "İlçede ilk kez sokak basketbolu turnuvası düzenlendi", "Tarihî hanın avlusu ziyarete açıldı"],
    "de": ["Seenotretter holen zwei Kajakfahrer aus der Strömung", "Der Dorfladen bekommt eine Kaffeeecke",
           "Alte Dorfschule wird zum Gemeinschaftshaus", "Neuer Rundweg führt um den Mühlenteich",
           "Schulkinder bauen Nistkästen für Mauersegler", "Der Kutterhafen feiert sein Hafenfest mit Shanty-Chor"],
    "fr": ["La criée rouvre après trois mois de travaux", "Un ponton flottant pour les kayaks au port",
           "L'école du bourg plante un verger de pommiers anciens", "La halle aux grains devient salle de concert",
           "Les sauveteurs en mer recrutent des bénévoles", "Le chemin des douaniers retrouve ses marches en granit"],
    "es": ["La lonja estrena una sala de subastas digital", "El paseo marítimo tendrá sombra en verano",
           "Los vecinos recuperan la fuente de la plaza vieja", "El antiguo cine de verano vuelve a proyectar",
           "Un mural de 40 metros cubre la tapia del colegio", "El club de remo cumple 75 años en la ría"],
    "ru": ["В порту Умбы отремонтировали причал для карбасов", "В городском саду снова работает летняя читальня",
           "Школьники собрали гербарий прибрежных трав", "Старая пожарная каланча станет смотровой площадкой",
           "На набережной поставили скамейки из лиственницы", "В селе открылась первая за 20 лет пекарня"],
}
# subtitles of the linked stories (Medium's link previews), in the order of HEADLINES["de"]
TEASERS = {
    "de": ["Die Strömung hatte die beiden fast zwei Kilometer aufs Watt hinausgezogen.",
           "Ehrenamtliche schenken dort ab März jeden Vormittag Kaffee aus.",
           "Im früheren Klassenzimmer treffen sich nun Chor, Skatrunde und Jugendfeuerwehr.",
           "Der Weg ist 3,4 Kilometer lang und auch mit dem Kinderwagen zu schaffen.",
           "Vierzig Kästen hängen jetzt unter dem Dach der Turnhalle.",
           "Zum Fest legen auch die alten Kutter wieder an der Kaje an."],
}


# the first-round furniture strings (make_pages.UI) that the earlier layouts' helpers print around the article:
# this part's own wordings, handed to the templates instead of make_pages.UI
UI_NEW = {
    "en": dict(nav=["What's happening today", "Along the coast and up the vale", "In the dock: courts and police", "Jobs, shops and bills", "From the touchline", "Nights out and days out", "Letters from the quayside"],
               cookie="We and our partners store and read small files on your device to keep this site secure, to count visits and, with your consent, to tailor adverts. Pick 'Accept and continue', allow only what is essential, or change your mind later in 'Privacy choices'.",
               accept="Yes to all cookies, let me read", reject="Allow only what is essential", share="Email this story to a friend on the coast",
               related="Also in the news round here", newsletter="The day's local news at 7am, free",
               subscribe="Yes, send me the 7am email", email="name@your-email.example",
               comment_note="Sign in to join the discussion. Our moderators check comments against our community rules.",
               closed="Commenting has been switched off for this story.",
               footer=["Who writes what here", "If a story upset you, tell us why", "Your data, in plain terms", "Adverts, notices and announcements", "House rules for the website"],
               rights="Every article, photograph and graphic on this site belongs to its publisher. Written permission is needed to reuse any of it.",
               commenters=[("gullpoint_grace", "Good to finally read the whole story in one place."),
                           ("Trev from Ottery", "Anyone know if there'll be a drop-in session about it?")]),
    "tr": dict(nav=["Bugün neler oluyor", "Sahil boyu ve vadi yukarı", "Karakol ve adliye koridorları", "İş, esnaf ve faturalar", "Saha kenarından", "Gece gezmeleri, gündüz gezileri", "Okurlar söz alıyor"],
               cookie="Biz ve iş ortaklarımız, bu siteyi güvende tutmak, ziyaretleri saymak ve onay verirseniz reklamları size göre ayarlamak için cihazınızda küçük dosyalar saklar ve okuruz. 'Kabul et ve devam et'i seçin, yalnızca zorunlu olanlara izin verin ya da kararınızı sonra 'Gizlilik tercihleri'nden değiştirin.",
               accept="Olur, devam edin", reject="Yalnızca zorunlu olanlara izin ver", share="Bu haberi sahildeki bir dosta e-postayla gönderin",
               related="Çevremizde gündemdeki diğer konular", newsletter="Günün yerel haberleri sabah 7'de, ücretsiz",
               subscribe="Evet, sabah 7 e-postasını istiyorum", email="siz@kiyi-postasi.example",
               comment_note="Tartışmaya katılmak için oturum açın. Moderatörlerimiz yorumları topluluk kurallarımıza göre denetler.",
               closed="Bu haberde yorum yapma özelliği kapatıldı.",
               footer=["Burada kim ne yazıyor", "Bir haber canınızı sıktıysa nedenini yazın", "Verileriniz, açık sözlerle", "İlanlar, duyurular ve vefat ilanları", "Bu sitede uyduğumuz ve uymanızı rica ettiğimiz kurallar"],
               rights="Bu sitedeki her haber, fotoğraf ve grafik yayıncısına aittir. Herhangi birini yeniden kullanmak için yazılı izin gerekir.",
               commenters=[("yamackentli_Sinan", "Nihayet biri bunu düzgünce yazdı."),
                           ("Gülsüm Hanım Değirmendere", "Bu konuda bir bilgilendirme toplantısı olacak mı, bilen var mı?")]),
    "de": dict(nav=["Was heute los ist", "Die Küste entlang und ins Hinterland", "Auf der Anklagebank: Gerichte und Polizei", "Jobs, Läden und Rechnungen", "Vom Spielfeldrand", "Abends aus, tagsüber raus", "Leserinnen und Leser haben das Wort"],
               cookie="Wir und unsere Partner speichern und lesen kleine Dateien auf Ihrem Gerät, um diese Seite sicher zu halten, Besuche zu zählen und – mit Ihrer Zustimmung – Werbung anzupassen. Wählen Sie „Akzeptieren und weiter“, erlauben Sie nur das Nötigste oder ändern Sie Ihre Wahl später unter „Datenschutz-Optionen“.",
               accept="Passt so, weiter", reject="Nur das Nötigste erlauben", share="Diesen Artikel per Mail weiterleiten",
               related="Was hier sonst noch los ist", newsletter="Die Lokalnachrichten des Tages um 7 Uhr, kostenlos",
               subscribe="Ja, die 7-Uhr-Mail bitte", email="name@ihre-mail.example",
               comment_note="Melden Sie sich an, um mitzudiskutieren. Unser Moderationsteam prüft Kommentare anhand der Community-Regeln.",
               closed="Unter diesem Artikel kann nicht mehr kommentiert werden, der Bereich ist geschlossen.",
               footer=["Wer hier was schreibt", "Hat Sie ein Artikel geärgert, sagen Sie uns warum", "Ihre Daten, in klaren Worten", "Anzeigen, Bekanntmachungen, Traueranzeigen", "Die Hausordnung dieser Website"],
               rights="Alle Artikel, Fotos und Grafiken dieser Seite gehören dem Verlag. Für jede Weiterverwendung ist eine schriftliche Erlaubnis nötig.",
               commenters=[("Deichgraf_Uwe", "Endlich steht die ganze Geschichte mal an einem Ort."),
                           ("Heike aus Tiedenhafen", "Weiß jemand, ob es dazu eine Infoveranstaltung gibt?")]),
    "fr": dict(nav=["Ce qui se passe aujourd'hui", "Le long de la côte et vers les terres", "À la barre : tribunaux et gendarmerie", "Emplois, commerces et factures", "Au bord du terrain", "Sorties du soir, balades du jour", "Le courrier des lecteurs du quai"],
               cookie="Nos partenaires et nous stockons et lisons de petits fichiers sur votre appareil pour sécuriser ce site, compter les visites et, avec votre accord, adapter les publicités. Choisissez « Accepter et continuer », autorisez seulement l'essentiel ou changez d'avis plus tard dans « Choix de confidentialité ».",
               accept="C'est d'accord, on continue", reject="N'autoriser que l'essentiel", share="Transférer cet article par courriel",
               related="Aussi dans l'actualité du coin", newsletter="L'actu locale du jour à 7 h, gratuitement",
               subscribe="Oui, je veux le courriel de 7 h", email="nom@votre-courriel.example",
               comment_note="Identifiez-vous pour participer. Nos modérateurs vérifient les commentaires au regard de nos règles.",
               closed="Cet article n'accepte plus de commentaires, l'espace est fermé.",
               footer=["Qui écrit quoi ici", "Un article vous a fâché : dites-nous pourquoi", "Vos données, en termes simples", "Annonces, avis et faire-part", "Les règles que nous suivons ici, et celles que nous vous demandons"],
               rights="Chaque article, photo et infographie de ce site appartient à son éditeur. Toute réutilisation exige une autorisation écrite.",
               commenters=[("kerbihannais_Yann", "Enfin quelqu'un qui raconte ça correctement."),
                           ("Maryvonne du port", "Quelqu'un sait s'il y aura une permanence d'information ?")]),
    "es": dict(nav=["Qué pasa hoy", "Costa abajo y vega arriba", "En el banquillo: juzgados y Guardia Civil", "Empleo, comercios y facturas", "Desde la banda", "Noches fuera y escapadas", "Cartas desde el muelle"],
               cookie="Nosotros y nuestros socios guardamos y leemos pequeños archivos en tu dispositivo para mantener segura esta web, contar las visitas y, si das tu consentimiento, adaptar los anuncios. Elige «Aceptar y seguir», permite solo lo imprescindible o cambia de opinión más tarde en «Opciones de privacidad».",
               accept="Vale, sigamos", reject="Permitir solo lo imprescindible", share="Reenviar esta noticia por correo",
               related="Más cosas que pasan por la zona", newsletter="Las noticias locales del día a las 7, gratis",
               subscribe="Sí, quiero el correo de las 7", email="nombre@tu-correo.example",
               comment_note="Inicia sesión para participar. Las moderadoras revisan los comentarios según nuestras normas.",
               closed="Esta noticia ya no admite comentarios, el espacio está cerrado.",
               footer=["Quién escribe qué aquí", "Si una noticia te ha molestado, cuéntanos por qué", "Tus datos, en palabras sencillas", "Anuncios, avisos y esquelas", "Las normas de la casa para esta web"],
               rights="Cada noticia, foto y gráfico de esta web pertenece a su editor. Para reutilizar cualquiera hace falta permiso por escrito.",
               commenters=[("villasecano_Rafa", "Por fin está toda la historia contada en un solo sitio."),
                           ("Conchi de la vega", "¿Alguien sabe si habrá una charla informativa?")]),
    "ru": dict(nav=["Что происходит сегодня", "Вдоль берега и вглубь района", "На скамье подсудимых: суды и полиция", "Работа, магазины и счета", "С кромки поля", "Вечером в город, днём за город", "Письма с набережной"],
               cookie="Мы и наши партнёры сохраняем и читаем небольшие файлы на вашем устройстве, чтобы защищать сайт, считать посещения и — с вашего согласия — подбирать рекламу. Нажмите «Принять и продолжить», разрешите только необходимое или передумайте позже в разделе «Настройки конфиденциальности».",
               accept="Хорошо, продолжим", reject="Разрешить только необходимое", share="Переслать текст по электронной почте",
               related="Ещё новости поблизости", newsletter="Местные новости дня в 7 утра, бесплатно",
               subscribe="Да, присылайте письмо в 7 утра", email="vy@beregovaya-pochta.example",
               comment_note="Чтобы оставить комментарий, авторизуйтесь. Модераторы сверяют каждый комментарий с правилами нашего сообщества.",
               closed="Обсуждение этого материала отключено.",
               footer=["Кто здесь что пишет", "Если материал вас задел, расскажите почему", "Ваши данные простыми словами", "Объявления, извещения и некрологи", "Внутренний распорядок сайта"],
               rights="Все тексты, фотографии и графика сайта принадлежат издателю. Для любого повторного использования нужно письменное разрешение.",
               commenters=[("беломор_Олег", "Наконец-то кто-то толком об этом написал."),
                           ("Тамара Ивановна", "А встреча с жителями по этому поводу будет, не знаете?")]),
}
UI55 = {lang: dict(copy.deepcopy(UI[lang]), **UI_NEW[lang]) for lang in UI}

# the strings that belong to one site in an earlier layout (not to the platform), and the residue pools the
# earlier helpers draw from themselves: swapped for this part's own while a page is rendered
SITE_STRINGS = {
    (mp, "RESIDUE"): {"ad": R["ad"]},  # the table layout's banner label in the right-hand column
    (mp2, "READMORE"): {"ru": "ЕЩЁ В «ОКСКОЙ НЕДЕЛЕ»:"},  # the regional layout's inline links
    (mp2, "BIO"): {"fr": "{name} écrit des portraits pour {site} depuis dix ans et tient la rubrique {section}. On peut lui écrire à portraits@petit-tambour.example"},
    (mp4, "READMORE"): {"ru": "ЧИТАЙТЕ В «БЕЛОМОРСКОЙ ЗАРЕ»:"},  # the fusion interstitial link's label
    (mp4, "R"): {"cookie": R["cookie"], "ad": R["ad"]},  # gutenberg consent placeholder, fusion / chunks ad labels
    (mp6, "QT"): {"es": dict(also="Te puede interesar en El Faro")},
    (mp6, "TYPO3"): {"de": dict(ext="Eingebettetes Video (Vimeo)", note="Hier ist ein Mitschnitt der Ratssitzung eingebunden. Er wird erst nach Ihrer Zustimmung von Vimeo geladen; dabei erhält Vimeo Daten über Ihren Besuch.",
                                button="Vimeo erlauben und Mitschnitt starten", by="Bericht:", search="Im Kreiskurier suchen",
                                lang_menu="Plattdüütsch")},
    (mp7, "SANITY"): {"es": dict(nl_title="La Vega, cada mañana", nl_text="Lo que pasa en la Vega Alta y sus pueblos, en un correo a las siete de lunes a viernes.",
                                 nl_button="Quiero La Vega cada mañana", nl_placeholder="Tu correo para La Vega cada mañana")},
    (mp11, "HUGO"): {"fr": dict(nl_title="La Lettre de la Vigie", nl_text="Chaque vendredi midi : le port, les marées, la commune et les bourgs d'alentour, dans un seul courriel.",
                                nl_label="Votre adresse pour la Lettre de la Vigie", nl_button="Je veux la Lettre de la Vigie")},
    (mp13, "PUB_NAV"): {"de": ["Neu im Kiezkompass", "Menschen aus Lindenau", "Rund um den Kanal", "Den Kiezkompass unterstützen"]},
    (mp13, "TEASERS"): {"de": TEASERS["de"]},
    (mp19, "UCOZ"): {"tr": dict(domain="ucoz.com", slogan="Kestanelik: köyümüzden haberler, duyurular ve imece günleri",
                                menu=["Kestanelik'e hoş geldiniz", "Kestanelik'ten son haberler", "Kestanelik muhtarlığından duyurular", "Kestanelik'in çeşmeleri ve camisi", "Eski ve yeni fotoğraflarla Kestanelik", "Muhtarımıza bir satır yazın"],
                                cats=["Kestanelik'ten son haberler", "Kestanelik muhtarlığından duyurular", "Kestanelik imece günleri"],
                                friends=["Kestanelik Köyü Yardımlaşma ve Güzelleştirme Derneği", "Kestanelik Yatılı Bölge Ortaokulu", "Yayla Tarımsal Kalkınma Kooperatifi"],
                                footer="Kestanelik Köyü İnternet Sitesi © 2026 · köyün gençleri gönüllü olarak güncelliyor",
                                poster="kestanelik_muhtari", tags=["ceviz fidanı", "köy yolu"],
                                commenters=[("Emine_Kestanelik", "Ellerinize sağlık, torunlarımız bu cevizlerin gölgesinde oturacak."),
                                            ("Gurbetçi Hasan", "Almanya'dan izledik, bayramda gelince fidanlara biz de su vereceğiz.")],
                                style="p", heads="h3")},
}
# the platform's own strings that an earlier layout lacks in a language: none needed in this part
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



# --------------------------------------------------------------------------
# the new layout: an Astro 4 site, built statically (an independent city magazine, a regional non-profit newsroom):
# the head with the generator meta, the /_astro/*.css links and the hashed /_astro/hoisted.*.js module script; the
# data-astro-cid-<hash> attributes Astro's scoped styles put on every element of a component; astro-island elements
# (uid, prefix, component-url, component-export, renderer-url, props as Astro serializes them, ssr, client="idle" /
# "visible", opts, await-children, the <!--astro:end--> marker) for the interactive components: the search dialog,
# the share bar, the comments loader, the footer's newsletter form and the cookie banner, with the inline scripts
# that define astro-island and the idle / visible directives before the first island; the header with the logo,
# tagline, nav and support link; the post rendered from its Markdown / MDX entry in a content collection (plain p,
# h2 with the slugger's ids, blockquote, ul / ol, the <Image> component's output with srcset inside a figure with its
# figcaption, MDX components -- a Callout / Aside box, a boxed note, a fact file, the "Related" card -- and the HTML
# editors typed into the MDX file); the tags list, the author card, the comments island, the "Keep reading" list, the
# footer with the newsletter island, links, address and copyright, and the cookie banner island
# --------------------------------------------------------------------------
def astro_cid(*parts):
    """A component's scope id: eight base-36 characters from a hash of its file (data-astro-cid-<hash>)."""
    v = int(hashlib.md5("/".join(parts).encode("utf-8")).hexdigest()[:12], 16)
    out = ""
    for _ in range(8):
        v, r = divmod(v, 36)
        out += "0123456789abcdefghijklmnopqrstuvwxyz"[r]
    return out


# the theme's generic strings, per language (not checked: they recur on any site built with the theme)
ASTRO_CORE = {
    "en": dict(skip="Skip to content", by="By", search="Search", search_ph="Search articles", close="Close",
               copy="Copy link", email_share="Email", tags="Tags", related="Related", keep="Keep reading",
               comments="Comments", load="Load comments", nav_label="Main", email_label="Email address",
               months=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
    "es": dict(skip="Saltar al contenido", by="Por", search="Buscar", search_ph="Buscar artículos", close="Cerrar",
               copy="Copiar enlace", email_share="Correo", tags="Etiquetas", related="Relacionado", keep="Sigue leyendo",
               comments="Comentarios", load="Cargar comentarios", nav_label="Principal", email_label="Correo electrónico",
               months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
}
# the sites' own strings: host, nav, tagline, the support link, the author card's line, the newsletter island, the
# footer, the cookie banner's title
ASTRO = {
    "Estuary Common": dict(
        domain="estuarycommon.example",
        nav=["Coast & water", "Farming & land", "Health & care", "Homes & rents", "Who runs the estuary", "Long reads"],
        tagline="Independent, non-profit news for the Saltmere estuary", support="Back our reporting",
        author_line="{name} covers the harbours, the fishing fleet and the shoreline for Estuary Common.",
        nl_title="The Estuary Weekly", nl_text="Our reporting from both banks of the river, in your inbox every Friday morning.",
        nl_button="Sign me up for the Weekly",
        footer_about="Estuary Common is a reader-funded, non-profit newsroom reporting on the towns, villages and waters of the Saltmere estuary.",
        footer_links=["About Estuary Common", "Our funders", "When we get it wrong: our corrections", "Republish our stories", "Your privacy with Estuary Common"],
        footer_address="Estuary Common CIC, The Old Net Loft, Quay Lane, Saltmere",
        cookie_title="Cookies on Estuary Common"),
    "Malecón": dict(
        domain="revistamalecon.example",
        nav=["La ciudad por dentro", "Barrios", "El pleno", "Mar y puerto", "Cultura y fiestas", "Comer y beber"],
        tagline="La revista de Puerto Alcaraz, sin prisas", support="Hazte de Malecón",
        author_line="{name} sigue el pleno y la vida de los barrios de Puerto Alcaraz para Malecón.",
        nl_title="La carta del domingo", nl_text="Una selección de lo mejor de la semana en la ciudad, cada domingo a la hora del café.",
        nl_button="Quiero la carta del domingo",
        footer_about="Malecón es una revista independiente sobre Puerto Alcaraz, editada por una cooperativa de periodistas y financiada por sus lectores.",
        footer_links=["Quiénes hacemos Malecón", "Cómo nos financiamos", "Nuestras erratas, corregidas", "Publicidad en Malecón", "Tu privacidad en Malecón"],
        footer_address="Malecón S. Coop., calle de la Aduana 7, Puerto Alcaraz",
        cookie_title="Malecón y tus cookies"),
}
ASTRO_EXEMPT = {"domain"}
ASTRO_VERSION = "4.16.18"
# the MDX components of the theme used for the looks (their scope ids do not depend on the site)
CID_CALLOUT, CID_FACT = astro_cid("src/components/mdx/Callout.astro"), astro_cid("src/components/mdx/FactFile.astro")
# the inline scripts Astro writes before the first island of a page: the idle and visible directives and the
# astro-island element (abridged as shipped, minified)
ASTRO_ISLAND_SCRIPTS = ('<script>(()=>{var l=(o,t)=>{let i=async()=>{await(await o())()},e=typeof t.value=="object"?t.value:void 0,s={timeout:e==null?void 0:e.timeout};"requestIdleCallback"in window?window.requestIdleCallback(i,s):setTimeout(i,s.timeout||200)};(self.Astro||(self.Astro={})).idle=l;window.dispatchEvent(new Event("astro:idle"));})();</script>'
                        '<script>(()=>{var l=(s,i,o)=>{let r=async()=>{await(await s())()},t=typeof i.value=="object"?i.value:void 0,c={rootMargin:t==null?void 0:t.rootMargin},n=new IntersectionObserver(e=>{for(let a of e)if(a.isIntersecting){n.disconnect(),r();break}},c);for(let e of o.children)n.observe(e)};(self.Astro||(self.Astro={})).visible=l;window.dispatchEvent(new Event("astro:visible"));})();</script>'
                        '<script>(()=>{var A=Object.defineProperty;var g=(i,o,a)=>o in i?A(i,o,{enumerable:!0,configurable:!0,writable:!0,value:a}):i[o]=a;var d=(i,o,a)=>g(i,typeof o!="symbol"?o+"":o,a);{let i={0:t=>m(t),1:t=>a(t),2:t=>new RegExp(t),3:t=>new Date(t),4:t=>new Map(a(t)),5:t=>new Set(a(t)),6:t=>BigInt(t),7:t=>new URL(t),8:t=>new Uint8Array(t),9:t=>new Uint16Array(t),10:t=>new Uint32Array(t)},o=t=>{let[l,e]=t;return l in i?i[l](e):void 0},a=t=>t.map(o),m=t=>typeof t!="object"||t===null?t:Object.fromEntries(Object.entries(t).map(([l,e])=>[l,o(e)]));class y extends HTMLElement{constructor(){super(...arguments);d(this,"Component");d(this,"hydrator");d(this,"hydrate",async()=>{var b;if(!this.hydrator||!this.isConnected)return;let e=(b=this.parentElement)==null?void 0:b.closest("astro-island[ssr]");if(e){e.addEventListener("astro:hydrate",this.hydrate,{once:!0});return}let c=this.querySelectorAll("astro-slot"),n={},h=this.querySelectorAll("template[data-astro-template]");for(let r of h){let s=r.closest(this.tagName);s!=null&&s.isSameNode(this)&&(n[r.getAttribute("data-astro-template")||"default"]=r.innerHTML,r.remove())}let p;try{p=this.hasAttribute("props")?m(JSON.parse(this.getAttribute("props"))):{}}catch(r){throw r}await this.hydrator(this)(this.Component,p,n,{client:this.getAttribute("client")}),this.removeAttribute("ssr"),this.dispatchEvent(new CustomEvent("astro:hydrate"))});}connectedCallback(){!this.hasAttribute("await-children")||document.readyState==="interactive"||document.readyState==="complete"?this.childrenConnectedCallback():(new MutationObserver((e,c)=>{c.disconnect(),setTimeout(()=>this.childrenConnectedCallback(),0)})).observe(this,{childList:!0})}async childrenConnectedCallback(){let e=this.getAttribute("before-hydration-url");e&&await import(e),this.start()}async start(){let e=JSON.parse(this.getAttribute("opts")),c=this.getAttribute("client");if(Astro[c]===void 0){window.addEventListener(`astro:${c}`,()=>this.start(),{once:!0});return}Astro[c](async()=>{let n=this.getAttribute("renderer-url"),[h,{default:p}]=await Promise.all([import(this.getAttribute("component-url")),n?import(n):()=>()=>{}]),u=this.getAttribute("component-export")||"default";this.Component=u.includes(".")?u.split(".").reduce((r,s)=>r[s],h):h[u],this.hydrator=p;return this.hydrate},e,this)}attributeChangedCallback(){this.hydrate()}}d(y,"observedAttributes",["props"]),customElements.get("astro-island")||customElements.define("astro-island",y)}})();</script>')


def astro_props(d):
    """Island props as Astro serializes them ([0, value] for plain values), escaped for the attribute."""
    return A(json.dumps({k: [0, v] for k, v in d.items()}, ensure_ascii=False, separators=(",", ":")))


def astro_island(rng, name, client, props, inner, prefix, renderer):
    uid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9))
    comp = "/_astro/%s.%s.js" % (name, astro_cid(name, str(rng.random()))[:8].upper())
    return ('<astro-island uid="%s" prefix="%s" component-url="%s" component-export="default" renderer-url="%s" '
            'props="%s" ssr="" client="%s" opts="%s" await-children="">%s<!--astro:end--></astro-island>') % (
        uid, prefix, comp, renderer, astro_props(props), client,
        A(json.dumps({"name": name, "value": True}, separators=(",", ":"))), inner)


def astro_image(path, alt, cid, cls, rng, eager=False):
    """What Astro's <Image> writes: a webp per width under /_astro/, the srcset and sizes, width and height."""
    h = astro_cid(path)[:8].upper()
    srcs = {w: "/_astro/%s.%s_%s.webp" % (path, h, astro_cid(path, str(w))[:6]) for w in (640, 960, 1280, 1600)}
    return ('<img src="%s" srcset="%s" alt="%s" sizes="(min-width: 1280px) 1280px, 100vw" class="%s" data-astro-cid-%s '
            'width="1600" height="900" loading="%s" decoding="async"%s>') % (
        srcs[1280], ", ".join("%s %dw" % (u, w) for w, u in srcs.items()), A(alt), cls, cid,
        "eager" if eager else "lazy", ' fetchpriority="high"' if eager else "")


def tpl_astro(art, ui, site, placed, rng):
    # an article page of an Astro 4 site (see the module docstring)
    lang, n, blocks = art["lang"], len(art["blocks"]), art["blocks"]
    c, s = ASTRO_CORE[lang], ASTRO[site]
    host = "https://" + s["domain"]
    sec = art["section"]
    sec_slug = slug(sec)
    post_slug = slug(art["title"])[:64].strip("-")
    url = "%s/%s/%s/" % (host, sec_slug, post_slug)
    y, m, d = art["date"].split("-")
    shown = ("%d %s %s" if lang == "en" else "%d de %s de %s") % (int(d), c["months"][int(m) - 1], y)
    cid_base, cid_head, cid_post, cid_prose = (astro_cid(site, x) for x in ("layouts/Base.astro", "components/Header.astro",
                                                                            "layouts/Post.astro", "components/Prose.astro"))
    cid_author, cid_keep, cid_foot = (astro_cid(site, x) for x in ("components/AuthorCard.astro", "components/KeepReading.astro",
                                                                   "components/Footer.astro"))
    cid_fig, cid_rel = astro_cid(site, "components/mdx/Figure.astro"), astro_cid(site, "components/mdx/Related.astro")

    def hx(k):
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(k))

    renderer = "/_astro/client.%s.js" % hx(8)
    # the body: the Markdown blocks, the <Figure> with the image and its caption a third of the way in, the <Related>
    # card nearer the end, and what editors typed into the MDX file between them
    slots = [i for i in safe_slots(art) if i not in art["no_slot"]] or [n]
    fig_at = min(slots, key=lambda i: (abs(i - n // 3), i))
    rel_at = max(slots, key=lambda i: (i != fig_at, -abs(i - (2 * n) // 3)))
    img_name = slug(art["caption"])[:40].strip("-")
    figure = ('<figure class="figure" data-astro-cid-%s>%s<figcaption data-astro-cid-%s>%s <span class="figure__credit" data-astro-cid-%s>%s</span></figcaption></figure>'
              % (cid_fig, astro_image(img_name, art["caption"], cid_fig, "figure__img", rng), cid_fig, E(art["caption"]), cid_fig, E(art["credit"])))
    rel_head = rng.choice(HEADLINES[lang])
    related = ('<aside class="related-card" data-astro-cid-%s><p class="related-card__label" data-astro-cid-%s>%s</p>'
               '<a class="related-card__link" href="/%s/%s/" data-astro-cid-%s><span class="related-card__title" data-astro-cid-%s>%s</span></a></aside>'
               % (cid_rel, cid_rel, E(c["related"]), slug(rng.choice(s["nav"])), slug(rel_head)[:50].strip("-"), cid_rel, cid_rel, E(rel_head)))
    parts = []
    for i in range(n + 1):
        if i == fig_at:
            parts.append(figure)
        if i == rel_at:
            parts.append(related)
        parts.extend(placed.get(i, []))
        if i < n:
            kind, val = blocks[i]
            if kind == "p":
                parts.append("<p>%s</p>" % mp.inline_html(val))
            elif kind == "h":
                parts.append('<h2 id="%s">%s</h2>' % (slug(val), E(val)))
            elif kind == "q":
                parts.append("<blockquote>\n<p>%s</p>\n</blockquote>" % mp.inline_html(val))
            else:
                parts.append("<%s>\n%s\n</%s>" % (kind, "\n".join("<li>%s</li>" % mp.inline_html(v) for v in val), kind))
    body = "\n".join(parts)
    nav = "".join('<li data-astro-cid-%s><a href="/%s/" data-astro-cid-%s%s>%s</a></li>' % (
        cid_head, slug(x), cid_head, ' aria-current="page"' if x == sec else "", E(x)) for x in s["nav"])
    keep = "".join('<li data-astro-cid-%s><a href="/%s/%s/" data-astro-cid-%s><span class="keep-reading__section" data-astro-cid-%s>%s</span> '
                   '<span class="keep-reading__title" data-astro-cid-%s>%s</span></a></li>' % (
                       cid_keep, slug(k), slug(t)[:50].strip("-"), cid_keep, cid_keep, E(k), cid_keep, E(t))
                   for t, k in zip(rng.sample([h for h in HEADLINES[lang] if h != rel_head], 4), rng.sample(s["nav"], 4)))
    tags = "".join('<li data-astro-cid-%s><a href="/tags/%s/" data-astro-cid-%s>#%s</a></li>' % (cid_post, slug(t), cid_post, E(t))
                   for t in art.get("tags", []))
    links = "".join('<li data-astro-cid-%s><a href="/%s/" data-astro-cid-%s>%s</a></li>' % (cid_foot, slug(t)[:30].strip("-"), cid_foot, E(t))
                    for t in s["footer_links"])
    author_slug = slug(art["byline"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"], "description": art["sub"],
                     "datePublished": art["date"] + "T07:00:00.000Z", "author": {"@type": "Person", "name": art["byline"],
                                                                                 "url": "%s/authors/%s/" % (host, author_slug)},
                     "publisher": {"@type": "NewsMediaOrganization", "name": site, "url": host + "/"}, "mainEntityOfPage": url},
                    ensure_ascii=False).replace("</", "<\\/")
    hero = astro_image(post_slug[:40].strip("-") + "-hero", art["caption"], cid_post, "post-hero", rng, eager=True)
    search = astro_island(rng, "SearchDialog", "idle", {"placeholder": c["search_ph"], "lang": lang},
                          '<button type="button" class="search-toggle" aria-haspopup="dialog" aria-label="%s"><svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2"></circle><path d="m20 20-4-4" stroke="currentColor" stroke-width="2"></path></svg></button>'
                          '<dialog class="search-dialog" aria-label="%s"><form role="search" action="/search/"><input type="search" name="q" placeholder="%s" autocomplete="off"><button type="button" class="search-dialog__close">%s</button></form></dialog>'
                          % (A(c["search"]), A(c["search"]), A(c["search_ph"]), E(c["close"])), "r0", renderer)
    share = astro_island(rng, "ShareBar", "visible", {"url": url, "title": art["title"]},
                         '<div class="share-bar"><button type="button" class="share-bar__copy">%s</button> <a class="share-bar__item" href="https://bsky.app/intent/compose?text=%s" rel="noopener" target="_blank">Bluesky</a> '
                         '<a class="share-bar__item" href="mailto:?subject=%s&amp;body=%s">%s</a></div>'
                         % (E(c["copy"]), A(url), A(art["title"]), A(url), E(c["email_share"])), "r1", renderer)
    comments = astro_island(rng, "CommentsLoader", "visible", {"slug": post_slug, "provider": "giscus"},
                            '<section class="comments-loader" id="comments"><h2 class="comments-loader__title">%s</h2><button type="button" class="comments-loader__button">%s</button></section>'
                            % (E(c["comments"]), E(c["load"])), "r2", renderer)
    newsletter = astro_island(rng, "NewsletterForm", "visible", {"list": slug(s["nl_title"]), "source": "footer"},
                              '<form class="newsletter-form" action="/api/subscribe" method="post"><h2 class="newsletter-form__title">%s</h2><p class="newsletter-form__text">%s</p>'
                              '<label for="nl-email" class="sr-only">%s</label><input id="nl-email" type="email" name="email" placeholder="%s" required=""><button type="submit">%s</button></form>'
                              % (E(s["nl_title"]), E(s["nl_text"]), E(c["email_label"]), A(ui["email"]), E(s["nl_button"])), "r3", renderer)
    cookie = astro_island(rng, "CookieBanner", "idle", {"policy": "/%s/" % slug(s["footer_links"][-1])},
                          '<div class="cookie-banner" role="region" aria-label="%s"><p class="cookie-banner__title">%s</p><p class="cookie-banner__text">%s</p>'
                          '<div class="cookie-banner__actions"><button type="button" data-consent="essential">%s</button><button type="button" data-consent="all">%s</button></div></div>'
                          % (A(s["cookie_title"]), E(s["cookie_title"]), E(ui["cookie"]), E(ui["reject"]), E(ui["accept"])), "r4", renderer)
    return f'''<!DOCTYPE html><html lang="{lang}" data-astro-cid-{cid_base}> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="Astro v{ASTRO_VERSION}"><link rel="sitemap" href="/sitemap-index.xml"><link rel="alternate" type="application/rss+xml" title="{A(site)}" href="{host}/rss.xml"><link rel="canonical" href="{url}"><title>{E(art["title"])} | {E(site)}</title><meta name="description" content="{A(art["sub"])}"><meta property="og:type" content="article"><meta property="og:url" content="{url}"><meta property="og:title" content="{A(art["title"])}"><meta property="og:description" content="{A(art["sub"])}"><meta property="og:image" content="{host}/_astro/{post_slug[:40].strip("-")}-og.png"><meta property="article:published_time" content="{art["date"]}T07:00:00.000Z"><meta name="twitter:card" content="summary_large_image"><script type="application/ld+json">{ld}</script><link rel="stylesheet" href="/_astro/_slug_.{hx(8)}.css"><link rel="stylesheet" href="/_astro/Base.{hx(8)}.css"><script type="module" src="/_astro/hoisted.{hx(8)}.js"></script><style>astro-island,astro-slot,astro-static-slot{{display:contents}}</style></head> <body data-astro-cid-{cid_base}> <a class="skip-link" href="#main" data-astro-cid-{cid_base}>{E(c["skip"])}</a> <header class="site-header" data-astro-cid-{cid_head}> <div class="site-header__inner" data-astro-cid-{cid_head}> <a class="brand" href="/" data-astro-cid-{cid_head}> <svg class="brand__mark" width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" data-astro-cid-{cid_head}><path d="M2 24c5-4 9-4 14 0s9 4 14 0M2 30c5-4 9-4 14 0s9 4 14 0" fill="none" stroke="currentColor" stroke-width="2.5" data-astro-cid-{cid_head}></path><circle cx="26" cy="10" r="5" data-astro-cid-{cid_head}></circle></svg> <span class="brand__name" data-astro-cid-{cid_head}>{E(site)}</span> <span class="brand__tagline" data-astro-cid-{cid_head}>{E(s["tagline"])}</span> </a> <nav class="site-nav" aria-label="{A(c["nav_label"])}" data-astro-cid-{cid_head}> <ul data-astro-cid-{cid_head}>{nav}</ul> </nav> {ASTRO_ISLAND_SCRIPTS}{search} <a class="support-link" href="/support/" data-astro-cid-{cid_head}>{E(s["support"])}</a> </div> </header> <main id="main" data-astro-cid-{cid_base}> <article class="post" data-astro-cid-{cid_post}> <header class="post-header" data-astro-cid-{cid_post}> <a class="post-kicker" href="/{sec_slug}/" data-astro-cid-{cid_post}>{E(sec)}</a> <h1 class="post-title" data-astro-cid-{cid_post}>{E(art["title"])}</h1> <p class="post-dek" data-astro-cid-{cid_post}>{E(art["sub"])}</p> <div class="post-meta" data-astro-cid-{cid_post}> <span class="post-meta__by" data-astro-cid-{cid_post}>{E(c["by"])} <a href="/authors/{author_slug}/" data-astro-cid-{cid_post}>{E(art["byline"])}</a></span> <time datetime="{art["date"]}T07:00:00.000Z" data-astro-cid-{cid_post}>{shown}</time> </div> </header> {hero} {share} <div class="prose" data-astro-cid-{cid_prose}>
{body}
</div> <footer class="post-footer" data-astro-cid-{cid_post}> <ul class="tag-list" aria-label="{A(c["tags"])}" data-astro-cid-{cid_post}>{tags}</ul> <section class="author-card" data-astro-cid-{cid_author}> <img class="author-card__photo" src="/_astro/{author_slug}.{hx(8)}_Z1x{hx(4)}.webp" alt="" width="96" height="96" loading="lazy" decoding="async" data-astro-cid-{cid_author}> <div data-astro-cid-{cid_author}> <p class="author-card__name" data-astro-cid-{cid_author}><a href="/authors/{author_slug}/" data-astro-cid-{cid_author}>{E(art["byline"])}</a></p> <p class="author-card__bio" data-astro-cid-{cid_author}>{E(s["author_line"].replace("{name}", art["byline"]))}</p> </div> </section> </footer> </article> {comments} <section class="keep-reading" aria-labelledby="keep-reading-title" data-astro-cid-{cid_keep}> <h2 id="keep-reading-title" data-astro-cid-{cid_keep}>{E(c["keep"])}</h2> <ol data-astro-cid-{cid_keep}>{keep}</ol> </section> </main> <footer class="site-footer" data-astro-cid-{cid_foot}> <div class="site-footer__newsletter" data-astro-cid-{cid_foot}>{newsletter}</div> <p class="site-footer__about" data-astro-cid-{cid_foot}>{E(s["footer_about"])}</p> <ul class="site-footer__links" data-astro-cid-{cid_foot}>{links}</ul> <p class="site-footer__address" data-astro-cid-{cid_foot}>{E(s["footer_address"])}</p> <p class="site-footer__copy" data-astro-cid-{cid_foot}>&copy; {y} {E(site)}</p> </footer> {cookie} </body></html>
'''
# --------------------------------------------------------------------------
# generic residue
# --------------------------------------------------------------------------
# residue every page of a template carries inside the article container, as the earlier parts list it
TEMPLATE_FAMILIES = {"astro": ["caption", "related"]}  # the <Figure> with its caption and credit, the MDX <Related> card
for _mod, _names in ((mp2, ["regional", "magazine", "nextjs"]), (mp3, ["drupal"]), (mp4, ["gutenberg", "fusion", "chunks"]),
                     (mp6, ["quintype", "typo3"]), (mp7, ["sanity"]), (mp11, ["hugo"]), (mp13, ["medium"]),
                     (mp19, ["ucoz"])):
    for _n in _names:
        if _mod.TEMPLATE_FAMILIES.get(_n):
            TEMPLATE_FAMILIES[_n] = list(_mod.TEMPLATE_FAMILIES[_n])
FAMILIES = ["cookie", "newsletter", "share", "photo", "caption", "copyright", "section", "related", "symbol",
            "credit", "title", "ad", "continue", "comments", "readtime", "updated", "audio", "correction",
            "app", "bio", "tip", "typo", "push", "print", "feedback", "standards", "topics", "bookmark", "poll",
            "embed", "gallery", "map", "calendar", "scores", "councillive", "tidetimes", "volunteering"]
NEW_FAMILIES = ["councillive", "tidetimes", "volunteering"]
# what an earlier docstring would say if it had described one of them
NEW_FAMILY_WORDS = {"councillive": ["council-meeting livestream", "meeting livestream", "livestream card", "webcast",
                                    "watch the recording", "agenda and papers", "ask a question at the meeting"],
                    "tidetimes": ["tide-time", "tide time", "tide table", "high and low water", "tidal prediction",
                                  "tide times for"],
                    "volunteering": ["volunteering opportunit", "volunteering board", "volunteering-opportunity",
                                     "sign up to volunteer", "volunteers needed", "volunteer centre", "volunteer-centre"]}
# families that need a reason in the story: placed only on the pages that carry them
CARRY_ONLY = NEW_FAMILIES + ["calendar", "map", "gallery", "scores"]
# families a village association's or residents' website would not carry
NOT_ON_SMALL_SITES = {"ad", "app", "bio", "audio", "tip", "typo", "push", "credit", "section", "readtime",
                      "comments", "feedback", "standards", "topics", "bookmark", "newsletter", "poll", "print"}
# an independent publication on Medium (Medium prints none of these of its own)
NOT_ON_INDIE = {"ad", "app", "push", "typo", "bookmark", "audio", "print", "comments", "standards"}
# a council's, a town hall's or a city administration's news page: no newspaper furniture
NOT_ON_PUBLIC_BODY = {"ad", "app", "push", "tip", "typo", "comments", "bio", "newsletter", "credit", "standards",
                      "section", "embed", "feedback", "photo", "poll"}
# a non-profit newsroom or an independent magazine on its own site: no ads, no app
NOT_ON_NONPROFIT = {"ad", "app", "push"}
NOT_ON_KIND = {"small": NOT_ON_SMALL_SITES, "indie": NOT_ON_INDIE, "public": NOT_ON_PUBLIC_BODY, "nonprofit": NOT_ON_NONPROFIT}
# of a family, only these wordings on a kind of site (the non-profit's newsletter family: its pitch or its appeal)
KIND_WORDING = {("indie", "newsletter"): 2}
# markup of the generic residue: classed wrappers as CMSs and plugins emit them (class names new to the set), bare
# <p>/<div> lines as left by editors pasting text into the body field, headings, links, spans, lists ({items}: the
# wording split at " · "), forms, definition lists and tables
STYLES = {
    "cookie": ['<div class="consent-wall-audio"><p class="consent-wall-audio__msg">%s</p><button class="consent-wall-audio__btn" type="button">&#10003;</button></div>',
               '<p class="thirdparty-off-note">%s</p>', '<div><em>%s</em></div>'],
    "newsletter": ['<div class="tidewrack-optin"><p class="tidewrack-optin__line">%s</p><a class="tidewrack-optin__go" href="/newsletters/tidewrack">&#9993;</a></div>',
                   '<p class="four-free-meter">%s</p>', '<h6 class="tidewrack-optin-title">%s</h6>', '<p><b><a href="/give">%s</a></b></p>'],
    "share": ['<ul class="send-on-links">{items}</ul>', '<div class="pass-link-on">%s</div>', '<p><a href="#send-on">%s</a></p>'],
    "photo": ['<p class="courtesy-photo-note">%s</p>', '<span class="reader-phone-pic">%s</span>', '<div><small>%s</small></div>'],
    "copyright": ['<p class="quote-200-rule">%s</p>', '<div class="reuse-terms-strip"><small>%s</small></div>', '<div><i>%s</i></div>'],
    "section": ['<p class="filed-in-section">%s</p>', '<h6 class="desk-latest-hd">%s</h6>', '<div><strong>%s</strong></div>'],
    "symbol": ['<p class="wave-divider">%s</p>', '<div class="section-asterism">%s</div>', '<div style="text-align:center">%s</div>'],
    "credit": ['<p class="community-corr-note">%s</p>', '<div class="verified-by-desk">%s</div>', '<div><small><em>%s</em></small></div>'],
    "title": ['<p class="hed-dupe"><b>%s</b></p>', '<h2 class="hed-dupe-h2">%s</h2>', '<h3>%s</h3>'],
    "ad": ['<div class="sponsor-msg-label">%s</div>', '<p class="sponsor-msg-line">%s</p>', '<div><small>%s</small></div>'],
    "continue": ['<p class="keep-going-link"><a href="#more">%s</a></p>', '<div class="open-rest-btn">%s</div>', '<div><a href="#more">%s</a></div>'],
    "comments": ['<p class="join-convo"><a href="#talk">%s</a></p>', '<div class="discussion-count-chip">%s</div>', '<div><a href="#talk">%s</a></div>'],
    "readtime": ['<p class="give-or-take-mins">%s</p>', '<span class="approx-read-chip">%s</span>', '<div><small>%s</small></div>'],
    "updated": ['<p class="amended-timestamp-line"><time>%s</time></p>', '<div class="touched-at">%s</div>', '<div><small><i>%s</i></small></div>'],
    "audio": ['<div class="narrated-version-bar"><button class="narrated-version-bar__btn" aria-label="Play"></button><span class="narrated-version-bar__txt">%s</span></div>',
              '<p class="spoken-edition-anchor"><a href="#read-aloud">%s</a></p>', '<div><a href="#read-aloud">%s</a></div>'],
    "correction": ['<aside class="we-fixed-it"><p>%s</p></aside>', '<p class="fixed-it-line"><i>%s</i></p>', '<div><i>%s</i></div>'],
    "app": ['<div class="first-in-app"><p class="first-in-app__txt">%s</p><a class="first-in-app__dl" href="/get-the-app">&#8595;</a></div>',
            '<p class="offline-app-link">%s</p>', '<div><strong>%s</strong></div>'],
    "bio": ['<div class="reporter-roots"><p class="reporter-roots__txt">%s</p></div>', '<p class="reporter-more-from"><em>%s</em></p>', '<div><em>%s</em></div>'],
    "tip": ['<div class="whatsapp-desk-box"><p class="whatsapp-desk-box__txt">%s</p></div>', '<p class="whisper-tips-line">%s</p>', '<div><i>%s</i></div>'],
    "typo": ['<div class="select-ctrl-enter"><p>%s</p></div>', '<p class="select-ctrl-enter-line">%s</p>', '<div><small><i>%s</i></small></div>'],
    "push": ['<div class="nearby-notify-ask"><p class="nearby-notify-ask__q">%s</p></div>', '<p class="nearby-notify-line">%s</p>', '<div><b>%s</b></div>'],
    "print": ['<ul class="printer-pdf-links">{items}</ul>', '<p class="to-printer-link"><a href="?print=1">%s</a></p>',
              '<div><a href="?print=1">%s</a></div>'],
    "feedback": ['<div class="answered-my-q"><p class="answered-my-q__q">%s</p></div>', '<p class="answered-my-q-line">%s</p>',
                 '<div><small>%s</small></div>'],
    "standards": ['<div class="ipso-pledge-note"><p>%s</p></div>', '<p class="ipso-member-strip"><small>%s</small></p>', '<div><em>%s</em></div>'],
    "topics": ['<div class="tagged-row"><span class="tagged-row__txt">%s</span></div>', '<p class="tag-alert-line">%s</p>',
               '<div><small>%s</small></div>'],
    "bookmark": ['<div class="later-star"><a class="later-star__btn" href="#saved">%s</a></div>',
                 '<p class="later-star-link"><a href="#saved">%s</a></p>', '<div><a href="#saved">%s</a></div>'],
    "poll": ['<div class="say-poll-box"><p class="say-poll-box__q">%s</p><button class="say-poll-box__vote" type="button">&#10004;</button></div>',
             '<h6 class="say-poll-hd">%s</h6>', '<div><small>%s</small></div>'],
    "embed": ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Q{k}/" data-instgrm-version="14"><a href="https://www.instagram.com/p/Q{k}/" target="_blank">%s</a></blockquote>',
              '<div class="youtube-click-facade"><a class="youtube-click-facade__play" href="https://www.youtube.com/watch?v={k}">%s</a></div>',
              '<div><a href="https://www.youtube.com/@{h}">%s</a></div>'],
    "gallery": ['<div class="all-photos-link"><a class="all-photos-link__a" href="#photos">%s</a></div>',
                '<p class="photo-count-line">%s</p>', '<div><b>%s</b></div>'],
    "map": ['<div class="osm-embed-wrap"><iframe src="https://www.openstreetmap.org/export/embed.html?bbox={bbox}&amp;layer=mapnik" width="640" height="360" loading="lazy"></iframe><p class="osm-embed-wrap__links">%s</p></div>',
            '<figure class="route-map-png"><img src="/maps/{k}.png" alt="" width="640" height="400"><figcaption>%s</figcaption></figure>',
            '<div><small>%s</small></div>'],
    "calendar": ['<ul class="add-to-diary-menu">{items}</ul>', '<p class="ics-download"><a href="/events/{k}.ics">%s</a></p>',
                 '<div class="add-to-diary-strip"><span class="add-to-diary-strip__label">%s</span></div>'],
    "scores": ['<div class="as-it-happens"><a class="as-it-happens__a" href="/sport/scores">%s</a></div>',
               '<ul class="fixtures-tables-nav">{items}</ul>', '<div><a href="/sport/scores"><strong>%s</strong></a></div>'],
    # the three families new in this part ({meeting}: the next meeting's committee, date and place; {tides}: today's
    # high and low water with times and heights; {roles}: volunteering roles with organisation and hours; {vcontact}:
    # the volunteer centre's phone and email)
    "councillive": ['<div class="meeting-stream-card"><p class="meeting-stream-card__hd"><strong>%s</strong></p><dl class="meeting-stream-card__facts">{meeting}</dl><span class="meeting-stream-card__live">&#9679; LIVE</span></div>',
                    '<p class="webcast-watch"><a class="webcast-watch__btn" href="/webcasts/{k}">&#9654; %s</a></p>',
                    '<p class="meeting-papers-link"><a href="/meetings/{k}/documents">%s</a></p>',
                    '<form class="public-question-form" action="/meetings/questions" method="post"><label class="public-question-form__label" for="pq-{k}">%s</label><textarea id="pq-{k}" name="question" rows="3"></textarea><button type="submit">&#10148;</button></form>'],
    "tidetimes": ['<div class="tide-widget"><h4 class="tide-widget__hd">%s</h4><table class="tide-widget__table">{tides}</table></div>',
                  '<p class="tide-times-link"><a href="/tides/{hslug}">%s</a></p>',
                  '<div class="sun-row"><span class="sun-row__txt">%s</span></div>',
                  '<p class="tide-guide-note"><small>%s</small></p>'],
    "volunteering": ['<div class="vol-board"><h4 class="vol-board__hd">%s</h4><ul class="vol-board__roles">{roles}</ul></div>',
                     '<p class="vol-signup"><a class="vol-signup__btn" href="/volunteer/sign-up" role="button">%s</a></p>',
                     '<p><span class="vol-needed-badge">%s</span></p>',
                     '<div class="vol-centre-card"><p class="vol-centre-card__lead">%s</p><p class="vol-centre-card__contact">{vcontact}</p></div>'],
}
# residue run into a story paragraph (the editor typed it at the end of a paragraph, or as a bold tag at the start
# of the first one): family -> (chance, markups)
INLINE = {"credit": (0.6, ['<br><i>%s</i>', ' <small><em>(%s)</em></small>']),
          "tip": (0.6, ['<br><strong>%s</strong>', ' <b>%s</b>']),
          "newsletter": (0.5, [' <a href="/newsletters/tidewrack"><strong>%s</strong></a>']),
          "share": (0.3, ['<br><a href="#send-on">%s</a>']),
          "section": (0.5, ['<b>%s</b> | ']),
          "councillive": (0.5, ['<br><a href="/webcasts/latest"><b>%s</b></a>']),
          "tidetimes": (0.5, [' <a href="/tides"><strong>%s</strong></a>']),
          "volunteering": (0.5, ['<br><a href="/volunteer/sign-up"><b>%s</b></a>'])}
# of a family run into the text, only this wording (the newsletter pitch, not the paywall or the donation note; the
# watch-live link, the tide-times link and the sign-up button, not the cards, tables, forms or badges)
INLINE_WORDING = {"newsletter": 0, "councillive": 1, "tidetimes": 1, "volunteering": 1}
# class names that belong to a platform's embed code, not to this part's wrappers (exempt from the "new" check)
PLATFORM_CLASSES = {"instagram-media"}
CAPTION_STYLES = ['<figure class="inline-pic-fig"><img src="/media/{id}-2.jpg" alt=""><figcaption>{cap} {cr}</figcaption></figure>',
                  '<div><img src="/media/{id}-b.jpg" alt="" width="640"><br><small>{cap} / {cr}</small></div>']
RELATED_STYLES = ['<div class="one-more-thing"><h3>%s</h3><ul>%s</ul></div>',
                  '<aside class="previously-box"><p class="previously-box__hd">%s</p><ul>%s</ul></aside>',
                  '<h6>%s</h6>\n<ul>%s</ul>']


def handle(site):
    """The site's social-media account name: its ASCII letters and digits, at most 24."""
    return mp11.host_name(site)[:24]


def question_deadline(art):
    """The last day to send in a question for the next council meeting: twelve days after the story."""
    import datetime
    y, m, d = (int(x) for x in art["date"].split("-"))
    return fmt_date(art["lang"], (datetime.date(y, m, d) + datetime.timedelta(days=12)).isoformat())


def fill_text(s, rng, site, art):
    sr, ss = SUN_TIMES[art["lang"]]
    return fill(s.replace("{by}", art["byline"]).replace("{section}", art["section"]).replace("{q}", question_deadline(art))
                .replace("{harbour}", art.get("harbour", "")).replace("{sr}", sr).replace("{ss}", ss)
                .replace("{handle}", handle(site)).replace("{g}", str(rng.randint(6, 24))), rng, site, art)


def pick(rng, fam, lang, site, art, idx=None):
    pool = R[fam][lang]
    if idx is None:
        idx = art.get("choose", {}).get(fam)
    if idx is None:
        idx = rng.randrange(len(pool))
    return idx, fill_text(pool[idx], rng, site, art)


# the tide table's head and its words for high and low water, and the labels of the meeting card, as the widgets'
# developers left them (not checked)
TIDE_KIND = {"en": ("High water", "Low water"), "tr": ("Yüksek su", "Alçak su"), "de": ("Hochwasser", "Niedrigwasser"),
             "fr": ("Pleine mer", "Basse mer"), "es": ("Pleamar", "Bajamar"), "ru": ("Полная вода", "Малая вода")}
MEETING_LABELS = {"en": ("Committee", "Date", "Venue"), "tr": ("Kurul", "Tarih", "Yer"), "de": ("Gremium", "Termin", "Ort"),
                  "fr": ("Instance", "Date", "Lieu"), "es": ("Órgano", "Fecha", "Lugar"), "ru": ("Орган", "Дата", "Место")}
TIDE_HEAD = {"en": ("Tide", "Time", "Height"), "tr": ("Durum", "Saat", "Yükseklik"), "de": ("Tide", "Zeit", "Höhe"),
             "fr": ("Marée", "Heure", "Hauteur"), "es": ("Marea", "Hora", "Altura"), "ru": ("Вода", "Время", "Высота")}


def widget_rows(style, lang, rng, art):
    """The rows of a widget's list, table or card, in the style's markup."""
    def esc(x):
        return E(x).replace("%", "%%")
    head = TIDE_HEAD[lang]
    return (style.replace("{meeting}", "".join("<dt>%s</dt><dd>%s</dd>" % (esc(a), esc(b))
                                               for a, b in zip(MEETING_LABELS[lang], MEETING_ROWS[lang])))
            .replace("{tides}", "<tr>%s</tr>" % "".join("<th>%s</th>" % esc(x) for x in head)
                     + "".join('<tr class="tide-%s"><td>%s</td><td><time>%s</time></td><td>%s</td></tr>' % (
                         "high" if a == "H" else "low", esc(TIDE_KIND[lang][0 if a == "H" else 1]), esc(b), esc(c))
                         for a, b, c in TIDE_ROWS[lang]))
            .replace("{hslug}", esc(slug(art.get("harbour", "")) or "local"))
            .replace("{roles}", "".join('<li><strong>%s</strong> <span class="vol-board__org">%s</span> <span class="vol-board__hours">%s</span></li>'
                                        % (esc(a), esc(b), esc(c)) for a, b, c in VOLUNTEER_ROLES[lang]))
            .replace("{vcontact}", esc(VOLUNTEER_CENTRE[lang])))


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
               "scores": rng.choice([0, mid, n]), "councillive": rng.choice([0, mid, n]),
               "tidetimes": rng.choice([0, mid, n]), "volunteering": rng.choice([mid, n, n])}.get(fam, mid)
        if fam == "section" and art.get("section_tag"):  # the story's section typed as a bold tag into its first line
            inline.append((0, "start", INLINE["section"][1][0] % E(text)))
            continue
        # run into a story paragraph: of some families only one wording (INLINE_WORDING)
        if (fam in INLINE and rng.random() < INLINE[fam][0] and tpl not in ("medium",)
                and INLINE_WORDING.get(fam, idx) == idx):
            markup = rng.choice(INLINE[fam][1])
            if markup.endswith(" – "):
                if pos == 0 and blocks[0][0] == "p" and 0 not in looked:
                    inline.append((0, "start", markup % E(text)))
                    continue
            else:
                at = n if pos == 0 else pos  # a line typed into the text goes at the end of a paragraph, not above it
                if blocks[at - 1][0] == "p" and not blocks[at - 1][1].endswith(":") and at - 1 not in looked:
                    inline.append((at - 1, "end", markup % E(text)))
                    continue
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
        s, e = find_text(doc, mp.inline_html(art["blocks"][i][1]), art["id"])
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
DROPCAP = {"astro": ("class", "has-initial"),  # an MDX paragraph the editor gave the theme's initial-letter class
           "gutenberg": ("class", "has-drop-cap"), "wordpress": ("class", "has-drop-cap"),
           "magazine": ("class", "dropcap"), "sanity": ("class", "pt-p--dropcap")}
BOX = {"astro": ("wrap", '<aside class="callout callout--boxed" data-astro-cid-%s>\n' % CID_CALLOUT, "\n</aside>"),  # the theme's <Callout boxed>
       "gutenberg": ("wrap", '<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">\n', "\n</div>"),
       "drupal": ("class", "text-box-highlight"),
       "magazine": ("wrap", '<div class="feature-panel feature-panel--mist">\n', "\n</div>")}
FACTBOX = {"astro": ("wrap", '<section class="fact-file" data-astro-cid-%s>\n' % CID_FACT, "\n</section>"),
           "fusion": ("wrap", '<div class="c-factbox b-article-body__factbox" data-type="custom_embed" data-subtype="factbox">\n', "\n</div>")}
CALLOUT = {"ghost": ('<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">🍲</div><div class="kg-callout-text">', "</div></div>"),
           "astro": ('<aside class="callout callout--note" data-astro-cid-%s><span class="callout__icon" aria-hidden="true" data-astro-cid-%s>⚓</span><div class="callout__body" data-astro-cid-%s>' % (CID_CALLOUT, CID_CALLOUT, CID_CALLOUT), "</div></aside>")}
BOLD = {"medium": ('<strong class="mt ra">', "</strong>"), "nextjs": ("<b>", "</b>")}
ITALIC = {"semantic": ("<i>", "</i>"), "medium": ('<em class="ob">', "</em>")}
HIGHLIGHT = {"astro": ("<mark>", "</mark>"), "quintype": ('<mark class="highlight">', "</mark>")}




def find_text(doc, inner, pid, start=0):
    """Where a block's rendered text sits in the page's markup (not in a script's JSON)."""
    m = re.compile(r"(?<=[>\n])%s(?=[<\n])" % re.escape(inner)).search(doc, start)
    assert m, (pid, inner[:60])
    return m.start(), m.end()


def block_index(blocks, opening):
    hits = [i for i, (kind, val) in enumerate(blocks) if kind in ("p", "h", "q") and mp.inline_text(val).startswith(opening)]
    return hits


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
        inner = E(val) if kind == "h" else mp.inline_html(val)
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
# templates: astro is new, the others come from earlier parts
# --------------------------------------------------------------------------
NEW_TEMPLATES = {"astro": tpl_astro, "regional": mp2.tpl_regional, "magazine": mp2.tpl_magazine,
                 "nextjs": mp2.tpl_nextjs, "drupal": mp3.tpl_drupal, "gutenberg": mp4.tpl_gutenberg,
                 "fusion": mp4.tpl_fusion, "chunks": mp4.tpl_chunks, "quintype": mp6.tpl_quintype,
                 "typo3": mp6.tpl_typo3, "sanity": mp7.tpl_sanity, "hugo": mp11.tpl_hugo, "medium": mp13.tpl_medium,
                 "ucoz": mp19.tpl_ucoz}
OLD_TEMPLATES = {name: (fun, mode) for name, fun, mode in mp.TEMPLATES}
# every layout of the earlier parts (first round and h2 .. h54), for the "earlier layout" check
EARLIER_LAYOUTS = set(OLD_TEMPLATES)
for _mod in EARLIER_MODULES:
    EARLIER_LAYOUTS |= set(getattr(_mod, "NEW_TEMPLATES", {}))
NEW_LAYOUT = "astro"


def build():
    pages, truth, meta = {}, {}, {}
    count, used = {}, collections.Counter()
    with site_strings():
        for art in ARTICLES:
            art = dict(art)
            art["truth_blocks"], art["marks"] = blocks_and_marks(art["body"])
            art["blocks"], art["looks"] = prepare_blocks(art)
            # paragraphs set entirely in bold: interview questions and crossheads typed as bold paragraphs
            bold = ({j for s, _, j in art["looks"] if s == "bold"}
                    | {j for j, (kind, val) in enumerate(art["blocks"]) if kind == "p" and re.fullmatch(r"\*\*[^*]+\*\*", val)})
            art["looked"] = {j for _, _, j in art["looks"]} | bold
            # no residue between a subheading set in a box and its text, nor inside a box, nor between a question or
            # a bold crosshead and what follows it
            art["no_slot"] = {j + 1 for s, _, j in art["looks"] if s in ("box", "factbox")} | {j + 1 for j in bold}
            rng = random.Random("newsflow-heldout55-" + art["id"])
            lang, tpl = art["lang"], art["tpl"]
            if art.get("site"):
                site = art["site"]
            else:
                site = SITES[lang][count.get(lang, 0) % len(SITES[lang])]
                count[lang] = count.get(lang, 0) + 1
            ui = UI55[lang]
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
            truth[art["id"]] = mp.truth_text(art["truth_blocks"])
            meta[art["id"]] = dict(template=tpl, residue=list(dict.fromkeys(fams)), inline=len(inline),
                                   looks=[s for s, _ in art.get("look", [])])
    return pages, truth, meta


STORY_MODULES = ["articles_en", "articles_intl"] + ["articles_h%d_%s" % (k, x) for k in range(2, 55) for x in ("en", "intl")]
# strings of the site dictionaries that are not wordings (codes, domains, markup choices)
NOT_WORDS = {"p", "br", "b", "h3", "title", "strong", "GB", "GBP", "org.uk", "ucoz.com", "ucoz.ru", "ucoz.es", "ucoz.net",
             "ucoz.org", "ru", "RU", "RUB", "full-story", "full-text"}


def old_strings():
    """The sentences (lower case) of the earlier parts' pools (first round, h2 .. h54), labels, furniture strings,
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
    # layouts: astro (new to the set) on two pages, in two languages; every other page on a different earlier layout
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
    # an earlier layout is not on a page in a language h53 or h54 gave it
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
    # the astro pages: a site of ASTRO, a section of the site's nav, tags; sites of the others
    for a in ARTICLES:
        if a["tpl"] == NEW_LAYOUT and (a.get("site") not in ASTRO or a["lang"] not in ASTRO_CORE
                                       or a["section"] not in ASTRO[a["site"]]["nav"] or not a.get("tags")):
            problems.append("%s: astro page needs an Astro site, a nav section and tags" % a["id"])
        if a["tpl"] != NEW_LAYOUT and a.get("tags"):
            problems.append("%s: tags only on the astro layout" % a["id"])
        if "tidetimes" in a.get("carry", []) and not a.get("harbour"):
            problems.append("%s: a tide widget needs the story's harbour" % a["id"])
        if a.get("harbour") and a["harbour"] not in a["body"]:
            problems.append("%s: the harbour %s is not in the story" % (a["id"], a["harbour"]))
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
        if fam not in R or (fam != "symbol" and set(R[fam]) != set(UI)):
            problems.append("residue family %s lacks wordings" % fam)
        if fam not in STYLES and fam not in ("caption", "related"):
            problems.append("residue family %s lacks markup" % fam)
    for fam, idxs in NEW_STYLE_WORDING.items():
        if len(idxs) != len(STYLES[fam]) or any(i >= len(R[fam][lang]) for i in idxs for lang in R[fam]):
            problems.append("new family %s: a markup without its wording" % fam)
    for name, obj in WIDGET_ROWS:
        if set(obj) != set(UI):
            problems.append("%s lack a language" % name)
    problems.extend("carried family %s is not a family" % f for a in ARTICLES for f in a.get("carry", []) if f not in FAMILIES)
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
        if len(carriers) < 4 or len({a["lang"] for a in carriers}) < 3:
            problems.append("new family %s carried by %d pages in %d languages (want 4 in 3)" % (
                f, len(carriers), len({a["lang"] for a in carriers})))
    # new wordings: no residue sentence of an earlier part's pools, labels, furniture, headlines or site names
    old = old_strings()
    story_mods = [__import__(name) for name in STORY_MODULES]
    for fam, by_lang in list(R.items()) + list(WIDGET_ROWS):
        for s in _strings(by_lang):
            problems.extend((PART + " pool %s reuses %r") % (fam, x) for x in sorted(_sentences(s) & old))
    fixed_sites = [a["site"] for a in ARTICLES if a.get("site")]
    site_strings_new = [v for (mod, name), v in SITE_STRINGS.items() if (mod, name) not in ((mp4, "R"), (mp, "RESIDUE"))]
    astro_sites = [{k: v for k, v in d.items() if k not in ASTRO_EXEMPT} for d in ASTRO.values()]
    # (ASTRO_CORE and TIDE_HEAD, the theme's and the tide widget's generic strings, are left as
    # developers left them)
    for name, obj in (("HEADLINES", HEADLINES), ("TEASERS", TEASERS), ("SITES", SITES), ("fixed sites", fixed_sites),
                      ("SITE_STRINGS", site_strings_new), ("ASTRO", astro_sites), ("UI_NEW", UI_NEW)):
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


